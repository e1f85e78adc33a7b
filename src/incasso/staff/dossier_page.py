"""One dossier page (d/<id>.html of the internal output) as a view model.

Everything staff read about one debtor: where the claim stands and why, what
comes next, how to reach them, their personal link, the figures, invoices,
payments, plan and the whole event log (events after the date marked); first, under Let op, what the
build's log notes on the dossier (staff.notes).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from incasso.bank.accounts import PayingAccounts
from incasso.claims import closing
from incasso.claims.agreements import InstallmentState
from incasso.claims.assess import plan_rest
from incasso.claims.claim import Action, Claim
from incasso.claims.demand import (
    amount_asked,
    asked_by,
    asked_in_notice,
    page_asks,
    settlement_undecided,
    term_costs_on_top,
)
from incasso.claims.escalation import note_channel, uncalled_final_notice
from incasso.claims.kept import asking, credited_in_full, kept_for, passed_on
from incasso.claims.settlement import Allocation, InvoiceBalance
from incasso.claims.states import ActionKind, CostsState, InstallmentStatus, PlanState, Status
from incasso.contact import addressee
from incasso.law.interest import rate_on
from incasso.law.money import cents
from incasso.law.rates import Rate, rates_file_name, rates_for, rates_known_until
from incasso.ledger.model import (
    Channel,
    CreditNote,
    Creditor,
    Debtor,
    Event,
    EventType,
    InterestChoice,
    Invoice,
    Language,
    Payment,
    ReturnedPayment,
    latest,
)
from incasso.ledger.problems import Source
from incasso.payments.reference import format_rf, rf_reference
from incasso.staff import formats as fmt
from incasso.staff.bank_section import (
    NoteRow,
    account_text,
    dossier_note_rows,
    empty_payments_line,
    has_payments,
    payment_lines,
    split_lines,
    with_payments_key,
)
from incasso.staff.candidates import Why
from incasso.staff.explain import next_tasks, pass_on_facts, pause_asker, what_next, why_stage
from incasso.staff.language import staff_language, words
from incasso.staff.notes import NoteView, in_ledger, note_views, place, with_events_key
from incasso.staff.notes import events_place as _events_place
from incasso.staff.overview import (
    BankReturns,
    CreditRefund,
    FlagKind,
    PassOn,
    Row,
    next_step,
    passes_on,
    small_credit,
)
from incasso.staff.record import is_letter, one_form, record_lines, write_off_lines
from incasso.staff.returns import day_text, reason_text
from incasso.staff.sections import CLAIMS_ANCHOR
from incasso.staff.view import (
    OVERVIEW,
    Badge,
    ContactView,
    DayLetter,
    FlagView,
    Frame,
    LetterLinks,
    StaffBook,
    Suggested,
    acting_for,
    contact_view,
    css,
    flag_views,
    frame,
    letter_links,
    letter_name_key,
    stage_badge,
    status_badge,
    suggested_credits,
)

BLANK = fmt.BLANK  # in a table cell or fact that has no value: seen as empty on purpose


# A dossier page and its rows, made anew for each debtor and never changed after: slotted, not frozen (a frozen
# dataclass's __init__ costs some 1,300 instructions more a field: BENCHMARKS.md, session 43).
@dataclass(slots=True)
class Record:
    """The event to paste into the debtor's file once the day's step is taken (for a refund that came back,
    the refund to take out), and where."""

    intro: str
    lines: str


@dataclass(slots=True)
class SuggestedCredit:
    """An unassigned bank credit the overview suggests for this dossier: what it is and why it may be this
    debtor's (`credit`), and the payment to paste to assign it (`intro`, `lines`, as a Record's)."""

    credit: str
    intro: str
    lines: str


@dataclass(slots=True)
class Line:
    """A paragraph and, where it has one, its class."""

    text: str
    css: str = ""


@dataclass(slots=True)
class Detail:
    """One particular of an event; the note has no label."""

    text: str
    label: str = ""


@dataclass(slots=True)
class Amount:
    label: str
    amount: str
    css: str = ""


# The css of the figures the dossier's top repeats (dossier.html's "glance"): a settlement's sum against what was
# owed, the total (while a settlement runs: its sum's rest; paid: what was paid), what is asked, and what a running
# settlement's lapse brings back (the whole claim).
AGREED, TOTAL, ASKED, LAPSE = "agreed", "total", "asked", "lapse"
# Beside a running settlement's sum: what it lets go once paid (not bold, as the lapse's: not asked).
REMIT = "remit"


@dataclass(slots=True)
class PersonalLink:
    """The debtor's personal link to copy, or (url "") why there is none."""

    url: str
    note: str | None  # beside a link: it is a path, not yet an address
    absent: str | None  # instead of a link


@dataclass(slots=True)
class CreditNoteLine:
    """A credit note under its invoice: the staff's words around the description, which is in `lang`."""

    before: str
    description: str | None = None
    after: str = ""
    lang: str | None = None


@dataclass(slots=True)
class InvoiceRow:
    number: str
    description: str | None
    date: str
    due: str
    amount: str
    paid: str
    open: str
    interest: str
    days_overdue: str  # "" when not overdue or nothing open
    credit_notes: tuple[CreditNoteLine, ...] = ()  # amount is as written; paid and open are of what is left after these
    description_lang: str | None = None  # set where the description is not in the staff language (written_in)
    disputed: str | None = None  # for an invoice a dispute holds apart: that it counts nowhere until the answer


@dataclass(slots=True)
class RateRow:
    """A rate the dossier's interest is counted at, with its source as the rate file writes it (English): what staff
    check a rate by, or read to a debtor who asks. The debtor's page says only who sets the rates."""

    start: str  # the first day of its half year
    percent: str
    confirmed: str  # "ja" or "nee": a row marked not confirmed, or a half year past the file's end
    source: str
    # "en" where `source` is the rate file's line (English), "" for the staff's words for a rate carried on past it.
    source_lang: str


@dataclass(slots=True)
class PaymentRow:
    date: str
    amount: str
    invoice: str
    allocations: tuple[str, ...]
    origin: str  # a bank statement, or the dossier's file (with the bank entry it names)


@dataclass(slots=True)
class InstallmentRow:
    css: str
    due: str
    amount: str
    paid: str
    state: str
    nothing_paid: str  # what `paid` of BLANK is read out as: "geen" once overdue, else "nog niet" (as the page's)


@dataclass(slots=True)
class EventRow:
    css: str
    date: str
    date_iso: str
    what: str
    future: str | None  # after the date of the build: not counted yet
    channel: str
    by: str
    spoke_with: str
    details: tuple[Detail, ...]


@dataclass(slots=True)
class DossierPage:
    frame: Frame
    back: str  # to the claims on the overview
    name: str
    id: str
    badges: tuple[Fact, ...]
    flags: tuple[FlagView, ...]  # but the notes' own (they are under Let op)
    notes: tuple[NoteView, ...]  # Let op: what the build's log notes on the dossier, and what to do
    why: tuple[str, ...]
    next: tuple[Line, ...]
    record: Record | None  # only while a step is due, or a rest below the chase minimum waits (a write-off)
    passes_on: tuple[Record, ...]  # each payment to pass on to an agency that is due: its `passed_on`
    answer: Record | None  # the answer to a dispute of invoices open too long, once due
    undo: tuple[Record, ...]  # each refund that came back: the refund to take out of the file
    # Each unassigned bank credit the overview's bank section suggests for this dossier: what, the payment to paste.
    assign: tuple[SuggestedCredit, ...]
    bank_notes: tuple[NoteRow, ...]  # what the overview's bank section notes on this dossier, lines to paste too
    contact: ContactView
    address: tuple[str, ...]
    acting: str | None  # who acts for the debtor (a counsellor, an administrator), with how to reach them
    last_contact: str
    link: PersonalLink
    reference: str  # the payment reference the debtor quotes (RF...), as their page and letters write it
    amounts: tuple[Amount, ...]
    asked_note: str | None  # why the page and the day's letter ask two amounts
    costs_note: str | None
    invoices: tuple[InvoiceRow, ...]
    open_column: str  # the invoices' "Open", or "Kwijtgescholden" once a settlement was paid in time, "Afgeschreven"
    interest_column: str  # "Rente" open, or once closed "Rente in totaal": counted, paid or let go
    late_column: str  # "Dagen te laat" today, or once closed how late it was then ("Dagen te laat betaald")
    rates: tuple[RateRow, ...]  # the interest's rates with their sources: none where no interest is charged
    rates_note: str  # where the rates come from, and what the debtor reads of them
    payments: tuple[PaymentRow, ...]
    returned: tuple[str, ...]  # each payment the bank took back: it does not count
    plan: tuple[InstallmentRow, ...] | None
    plan_note: str | None  # what the plan leaves open, as the debtor's page says it
    events: tuple[EventRow, ...]
    letters: tuple[LetterLinks, ...]  # the letters written for this dossier today


@dataclass(slots=True)
class Fact:
    """A badge under the dossier's name, with what it tells (its label, for a screen reader)."""

    label: str
    badge: Badge


def _badges(claim: Claim) -> tuple[Fact, ...]:
    debtor = claim.debtor
    return (
        Fact(words().UI["stage"], _stage(claim)),
        Fact(words().UI["status"], status_badge(claim)),
        Fact(words().UI["type"], Badge("badge", words().DEBTOR_TYPE[debtor.type])),
        Fact(words().UI["language"], Badge("badge", words().LANGUAGE[debtor.language])),
    )


def _stage(claim: Claim) -> Badge:
    """The stage, or once closed (paid, settled, written off) that it was closed and the heaviest step it reached
    ("Afgerond na aanmaning"): the stage's name alone ("Aanmaning") read as a claim still chased there."""
    if not claim.closed:
        return stage_badge(claim.stage)
    return Badge(f"stage stage-{claim.status}", words().STAGE_CLOSED[claim.stage])


def _next(row: Row, book: StaffBook) -> tuple[Line, ...]:
    """What comes next: a line per task (a credit to refund, each refund that came back, the next step, in
    what_next's order), each marked when it is due; the lines that explain a step after it."""
    claim = row.claim
    tasks = next_tasks(claim, row.returns, row.review)
    lines = what_next(claim, book.creditor, row.returns, row.review, tasks=tasks)
    due = [step.is_due(book.as_of) for step in tasks]
    return tuple(Line(text, "due" if index < len(due) and due[index] else "") for index, text in enumerate(lines))


def _undo(row: Row) -> tuple[Record, ...]:
    """Each refund that came back: the refund event to take out of the file (it counts as paid out until then)."""
    claim = row.claim
    if not row.returns.refunds:
        return ()
    key = "record_refund_returned_open" if claim.total_due > 0 else "record_refund_returned"
    intro = words().PHRASE[key].format(path=_ledger_path(claim))
    found = ((record_lines(back, claim.debtor, claim.as_of), back) for back in row.returns.refunds)
    return tuple(Record(intro, lines) for lines, back in found if lines is not None and back.is_due(claim.as_of))


def _record(row: Row, as_of: date, creditor: Creditor, letters: Sequence[DayLetter]) -> Record | None:
    """How to write down the step that is due today: the event, in the ledger's own words (a final
    notice with the costs its letter of the day states). A refund that came back has its own (`_undo`)."""
    claim = row.claim
    step = next_step(claim)
    if step is None and any(flag.kind == FlagKind.SMALL_REST for flag in row.flags):
        # Nothing is due, but a rest below the chase minimum waits for staff to decide: the write-off to paste.
        written_off = with_events_key(write_off_lines(as_of), claim)
        return Record(words().PHRASE["record_small_rest"].format(events=_events_place(claim)), written_off)
    if step is None and small_credit(claim):  # no task either, but refunded it is recorded as any refund
        lines = record_lines(CreditRefund(claim.settlement.credit, as_of), claim.debtor, as_of)
        said = words().PHRASE["record_small_credit"].format(events=_events_place(claim))
        return Record(said, with_events_key(lines, claim) if lines else "")
    if step is None or not step.is_due(as_of) or isinstance(step, PassOn):  # a pass-on has its own box (_passes_on)
        return None
    costs = next((letter.costs for letter in letters if letter.costs is not None), None)
    lines = record_lines(step, claim.debtor, as_of, costs)
    if lines is None:
        return None
    path = _ledger_path(claim)
    key = "record_intro_letter" if is_letter(step) else "record_intro"
    form = one_form(step.kind, claim.debtor) if isinstance(step, Action) else None
    if form is not None:  # written one way only: offering the other would record a form that never went
        key = "record_intro_by_post" if form == Channel.LETTER else "record_intro_by_email"
    intro = words().PHRASE[key].format(events=_events_place(claim))
    held = _held_first(letters)
    if held is not None:  # what to do before it is sent, as Brieven van vandaag says beside the letter
        intro = f"{words().PHRASE[held]} {intro}"
    dunning = latest(claim.events, EventType.DUNNING) if step.kind == ActionKind.CALL else None
    if dunning is not None:  # a call is contact only when someone answered; the final notice does not wait
        # After a wait, a week after it; posted abroad, later by the days it arrived later.
        final_from = fmt.day(uncalled_final_notice(creditor, claim.debtor, claim.events, dunning))
        if not claim.debtor.contact.phone:
            how = words().PHRASE[f"how_{note_channel(claim.debtor)}"]
            intro = (
                words()
                .PHRASE["record_no_phone"]
                .format(path=path, events=_events_place(claim), date=final_from, how=how)
            )
        else:
            intro += " " + words().PHRASE["record_no_answer"].format(date=final_from)
    return Record(intro, with_events_key(lines, claim))


def _held_first(letters: Sequence[DayLetter]) -> str | None:
    """Why the step's letter of the day is out of the print file, and what to do first (DayLetter.held_first):
    the record's offer would otherwise read as "send it now"."""
    for letter in letters:
        if letter.look_first:
            return "record_look_first"
        if letter.contact_first:
            return "record_contact_first"
    return None


def _passes_on(row: Row) -> tuple[Record, ...]:
    """The `passed_on` to paste for each payment to pass on that is due, the oldest agency's first: money owed to an
    earlier agency and money for the one that has the file are passed on apart, each recorded once done. With
    several, each box says what, to whom, and the payments it is for (the lines alone tell them apart only by
    amount)."""
    claim = row.claim
    due = [step for step in passes_on(claim) if step.is_due(claim.as_of)]
    if not due:  # nearly every claim: where the lines go is not worked out for none
        return ()
    events = _events_place(claim)
    found = []
    for step in due:
        lines = record_lines(step, claim.debtor, claim.as_of)
        if lines is None:
            continue
        if len(due) == 1:
            intro = words().PHRASE["record_intro_pass_on"].format(events=events)
        else:
            facts = pass_on_facts(step, fmt.day)
            intro = (
                words()
                .PHRASE["record_intro_pass_on_each"]
                .format(
                    amount=fmt.money(step.amount), agency=facts["agency"], payments=facts["payments"], events=events
                )
            )
        found.append(Record(intro, lines))
    return tuple(found)


def _answer(row: Row) -> Record | None:
    """The answer to a dispute of invoices open too long, once due: its `dispute_resolved` naming them, to fill in
    and paste (the claim's own step, the rest's, has its record beside it)."""
    review, claim = row.review, row.claim
    if review is None or not review.is_due(claim.as_of):
        return None
    lines = record_lines(review, claim.debtor, claim.as_of)
    if lines is None:
        return None
    return Record(words().PHRASE["record_invoice_dispute"].format(events=_events_place(claim)), lines)


def _ledger_path(claim: Claim) -> str:
    """The debtor's file, from the ledger's own folder on (staff.notes.in_ledger)."""
    return in_ledger(claim.debtor.source.path)


def _assign(book: StaffBook, row: Row) -> tuple[SuggestedCredit, ...]:
    """Each unassigned bank credit the overview suggests for this dossier (also for a likeness of name alone),
    with the payment to paste as the bank section gives it: where staff edit the file, not only on the overview."""
    path = _ledger_path(row.claim)
    return tuple(_suggested(found, path, row) for found in suggested_credits(book, row.id))


def _suggested(found: Suggested, path: str, row: Row) -> SuggestedCredit:
    entry = found.entry
    day = fmt.day(entry.credited) if entry.credited else ""
    account = account_text(entry.payer_iban)
    payer = f"{entry.payer_name} ({account})" if entry.payer_name and account else entry.payer_name or account
    why = [words().PHRASE["suggested_written"] if w == Why.WRITTEN else words().CANDIDATE[w] for w in found.why]
    if found.shared_amount:  # as the bank section says it (bank_section._why): why no signal holds the letter back
        why.append(words().BANK["candidate_shared"])
    credit = (
        words()
        .PHRASE["suggested_credit"]
        .format(
            why="; ".join(why),
            amount=fmt.money(entry.amount),
            date=day,
            payer=words().PHRASE["suggested_payer"].format(payer=payer) if payer else "",
            text=words().PHRASE["suggested_text"].format(text=entry.said) if entry.said else "",
            ref=entry.reference,
        )
    )
    if found.others:  # as the bank section lists them: pasted here, it is this dossier's and none of theirs
        credit += " " + words().PHRASE["suggested_others"].format(others=", ".join(found.others))
    line = empty_payments_line(row)
    said = "assign_intro" if has_payments(row) else "assign_intro_first" if line is None else "assign_intro_replace"
    intro = words().PHRASE[said].format(path=path, amount=fmt.money(entry.amount), date=day, line=line)
    if found.split_with:  # the text names others too: this one's part, the amount left to staff
        split = (
            words().PHRASE["assign_split"].format(others=", ".join(found.split_with), amount=fmt.money(entry.amount))
        )
        return SuggestedCredit(credit, f"{intro} {split}", split_lines(entry, row, found.named))
    return SuggestedCredit(credit, intro, with_payments_key(payment_lines(entry), row))


def _plan_note(claim: Claim, creditor: Creditor) -> str | None:
    """What a plan on schedule leaves open or asks beyond what is open: the debtor's page says it (only
    then), so staff see it too."""
    if claim.status != Status.ARRANGEMENT or claim.running_plan.state != PlanState.ON_SCHEDULE:
        return None
    left, minimum = claim.plan_leaves_open, creditor.policy.chase_minimum
    if left >= minimum:
        if creditor.interest == InterestChoice.STATUTORY:  # the figure the debtor's page gives, interest included
            return words().PHRASE["plan_leaves"].format(amount=fmt.money(plan_rest(creditor, claim)))
        return words().PHRASE["plan_leaves_no_interest"].format(amount=fmt.money(left))
    if -left >= minimum:
        asks_more = (
            "plan_asks_more_vat" if _costs_with_vat(claim) and claim.settlement.costs_open > 0 else "plan_asks_more"
        )
        return words().PHRASE[asks_more].format(amount=fmt.money(-left))
    return None


def _link(row: Row, book: StaffBook) -> PersonalLink:
    if row.link:
        return PersonalLink(row.link, words().LINK["relative"] if book.relative_links else None, None)
    if row.claim.status == Status.WRITTEN_OFF:
        return PersonalLink("", None, words().LINK["none_written_off"])
    return PersonalLink("", None, words().LINK["none_paid"].format(days=book.creditor.policy.paid_page_days))


def _amounts(
    claim: Claim, letters: Sequence[DayLetter], returns: BankReturns, creditor: Creditor
) -> tuple[Amount, ...]:
    """What is open, the total, and (where they differ or exist) what the page and letters ask, any credit,
    and beside what was refunded what of it came back."""
    s = claim.settlement
    rows = _agreed(claim)
    if _running_settlement(claim):
        # What the debtor is asked is the agreed sum's rest: the whole claim (frozen on the settlement's day) is
        # no figure to quote on the phone, only what its lapse brings back, named last (_lapse).
        rows += _remit(claim) + _agreed_left(claim) + _asked(claim, letters) + _parts(claim, None)
        rows += _lapse(claim, creditor)
    elif claim.status == Status.PAID:
        rows += _paid_parts(claim) + _paid_total(claim)
    else:
        let_go = _LET_GO.get(claim.status)
        rows += _parts(claim, let_go) + _total(claim, let_go) + _asked(claim, letters)
    if s.credit > 0:
        rows.append(Amount(words().UI["credit"], fmt.money(s.credit)))
    if s.refunded > 0:
        rows.append(Amount(words().UI["refunded"], fmt.money(s.refunded)))
    rows += [Amount(words().UI["refund_returned"], fmt.money(back.amount)) for back in returns.refunds]
    if s.costs_earlier > 0:  # a later final notice began a new claim: its costs are counted apart
        rows.append(Amount(words().UI["costs_earlier"], fmt.money(s.costs_earlier)))
    return tuple(rows)


def _parts(claim: Claim, let_go: str | None) -> list[Amount]:
    """Principal, interest and costs: open; settled or written off, remitted or written off, never open nor to
    pay (the line at the top reads the total's row)."""
    s = claim.settlement
    kind = f"_{let_go}" if let_go else "_open"
    parts = (
        (words().UI[f"principal{kind}"], s.principal_open),
        (words().UI[f"interest{kind}"], s.interest_open),
        (words().UI[f"costs{kind}_vat" if _costs_with_vat(claim) else f"costs{kind}"], s.costs_open),
    )
    if not let_go:  # open, a zero stays a figure of the claim
        return [Amount(label, fmt.money(amount)) for label, amount in parts]
    # A kind of which nothing was let go (the interest paid before the agreed sum came in) has no row: "Rente
    # kwijtgescholden EUR 0,00" says "none" as a figure, as the debtor's settled page never does. One kind alone
    # is the total's row itself: the debtor's page says it once, so does the dossier.
    let_go_parts = [Amount(label, fmt.money(amount)) for label, amount in parts if amount > 0]
    return let_go_parts if len(let_go_parts) > 1 else []


def _paid_amounts(claim: Claim) -> tuple[tuple[str, Decimal], ...]:
    """What a paid claim's payments paid of each kind, by the UI key of its row (the costs of earlier claims have
    their own row, costs_earlier)."""
    s = claim.settlement
    costs = "costs_paid_vat" if _costs_with_vat(claim) else "costs_paid"
    return (("principal_paid", s.principal_paid), ("interest_paid", s.interest_paid), (costs, s.costs_paid))


def _paid_parts(claim: Claim) -> list[Amount]:
    """A paid claim's kinds, as a closed claim's let-go ones (_parts): only those paid, and none when one kind alone
    was (the total's row says it)."""
    parts = [Amount(words().UI[key], fmt.money(amount)) for key, amount in _paid_amounts(claim) if amount > 0]
    return parts if len(parts) > 1 else []


def _paid_total(claim: Claim) -> list[Amount]:
    """A paid claim's total's row: what was paid in all and the day the last of it came, where "Totaal te betalen
    EUR 0,00" said only that nothing is asked; paid off by credit notes alone, what they took off."""
    paid = claim.settlement.paid_of_owed
    if paid <= 0:
        return [Amount(words().UI["total_credited"], fmt.money(claim.settlement.credited), TOTAL)]
    if claim.paid_on is None:
        return [Amount(words().UI["total_paid_unknown"], fmt.money(paid), TOTAL)]
    return [Amount(words().UI["total_paid"].format(date=fmt.day(claim.paid_on)), fmt.money(paid), TOTAL)]


def _remit(claim: Claim) -> list[Amount]:
    """What a running settlement lets go once its sum is paid, beside that sum, as the debtor's page says it ("Dan
    schelden wij de rest van ... kwijt"): the top said the sum and what comes back on a lapse, not what it saves."""
    remitted = claim.running_accord.remitted
    return [Amount(words().UI["remit_when_paid"], fmt.money(remitted), REMIT)] if remitted > 0 else []


def _running_settlement(claim: Claim) -> bool:
    """A settlement that runs and asks a figure: not while the day that decides it is not in the statements read
    (claims.demand.settlement_undecided; _total gives both outcomes then)."""
    accord = claim.accord
    running = claim.status == Status.SETTLEMENT and accord is not None and accord.holds and not claim.closed
    return running and settlement_undecided(claim) is None


def _agreed_left(claim: Claim) -> list[Amount]:
    """The agreed sum's rest, as the debtor's page says it ("Van het afgesproken bedrag staat nog ... open"): the
    total's place at the top. Left out when it is what is asked now (a sum paid by one day), said there once."""
    left = claim.running_accord.left
    if amount_asked(claim) == left:
        return []
    return [Amount(words().UI["agreed_left"], fmt.money(left), TOTAL)]


def _lapse(claim: Claim, creditor: Creditor) -> list[Amount]:
    """What a running settlement's lapse brings back: the whole claim less what was paid, its interest counted
    again from the settlement's day as if never agreed (claims.accord). The debtor's page says "het hele bedrag"."""
    total = fmt.money(claim.total_due)
    if creditor.interest == InterestChoice.STATUTORY:
        day = fmt.day(claim.running_accord.event.date)
        total = words().PHRASE["lapse_interest"].format(total=total, date=day)
    return [Amount(words().UI["lapse_whole"], total, LAPSE)]


# What a closed claim's rest is, by status: let go, not open (a paid claim's rest, if any, is open).
_LET_GO = {Status.SETTLED: "remitted", Status.WRITTEN_OFF: "written_off"}


def _agreed(claim: Claim) -> list[Amount]:
    """A settlement that holds (running, or settled): its sum against what was owed on its day, at the top beside
    the total (css AGREED), where before only the log and the why said it."""
    accord = claim.accord
    if accord is None or not accord.holds:
        return []
    said = words().PHRASE["agreed_of"].format(amount=fmt.money(accord.amount), owed=fmt.money(accord.owed))
    return [Amount(words().UI["agreed"], said, AGREED)]


def _total(claim: Claim, let_go: str | None) -> list[Amount]:
    """The total's row: to pay, remitted or written off; or, while the day that decides a settlement is not in the
    statements read (claims.demand.settlement_undecided), both outcomes as the debtor's page asks them: paid by
    then, nothing more; else the whole claim (called off: its total; a `pay_by` passed: it lapses, its interest
    and costs counted again, which the page names no figure for either). Not a plain total that may not be owed."""
    total = fmt.money(claim.total_due)
    undecided = settlement_undecided(claim)
    if undecided is None:
        return [Amount(words().UI[f"total_{let_go}" if let_go else "total_due"], total, TOTAL)]
    day, left = undecided
    paid = words().UI["undecided_paid"].format(date=fmt.day(day), left=fmt.money(left))
    whole = "undecided_lapses" if claim.status == Status.SETTLEMENT else "undecided_whole"
    return [
        Amount(paid, words().PHRASE["undecided_nothing"], TOTAL),
        Amount(words().UI["undecided_not_paid"], words().PHRASE[whole].format(total=total), TOTAL),
    ]


def _asked(claim: Claim, letters: Sequence[DayLetter]) -> list[Amount]:
    """What a debtor who calls reads on their page (an instalment, the overdue part, or the whole claim), and
    the day's letter's amount when it asks another (DayLetter.asks): a final notice to a plan in arrears asks
    everything overdue, the page the instalments until the notice is recorded. Nothing when both ask the total
    and it is due now.

    What is asked and not due yet (demand.asked_by: an instalment ahead, a part promised) says its day, as the
    debtor's total does, also when it is the whole total: else a clerk chases money that is not due."""
    # The costs of a term over too, as the page asks them (_costs_note says why); None where the page asks no
    # figure (a dispute leaves it to the debtor, legal steps name what is owed): no row says it asks one then.
    asked = amount_asked(claim)
    by = asked_by(claim)
    # Due today is due, as a plan's instalment due today is (asked_by gives no day then): "not due yet" is ahead.
    not_yet = by if by is not None and by > claim.as_of else None
    apart = next((letter for letter in letters if letter.asks is not None), None)
    if apart is not None and apart.asks is not None:
        page = [] if asked is None else [Amount(_asked_label("asked_page", not_yet), fmt.money(asked), ASKED)]
        letter = words().PHRASE["asked_letter"].format(letter=words().LETTER[apart.kind])
        return [*page, Amount(letter, fmt.money(apart.asks), ASKED)]
    if asked is not None and asked > 0 and (asked != claim.total_due or not_yet is not None):
        # No letter asks the costs before the statements show them charged: the page alone does; so it does on a day
        # without a letter (a check of a plan's instalment), where "op pagina en brief" named a letter not written.
        written = any(letter.pdf or letter.eml for letter in letters)
        key = "asked_page" if term_costs_on_top(claim) > 0 or not written else "asked"
        return [Amount(_asked_label(key, not_yet), fmt.money(asked), ASKED)]
    return []


def _asked_label(key: str, not_yet: date | None) -> str:
    """ "Gevraagd op pagina en brief", with ", uiterlijk <day> (nog niet vervallen)" while it is not due yet."""
    label = words().UI[key]
    return label if not_yet is None else words().UI["asked_by"].format(asked=label, date=fmt.day(not_yet))


def _asked_note(letters: Sequence[DayLetter]) -> str | None:
    """Why the page and the day's letter ask two amounts, and when the page follows the letter."""
    apart = next((letter for letter in letters if letter.asks is not None), None)
    return None if apart is None else words().PHRASE["asked_apart"].format(letter=words().LETTER[apart.kind].lower())


def _costs_note(claim: Claim) -> str | None:
    costs = claim.costs
    if costs.waiting is not None:  # a final notice's term passed in a dispute of all it asked (claims.timing)
        return words().UI["costs_waiting"].format(amount=fmt.money(costs.waiting))
    if costs.state != CostsState.ANNOUNCED or costs.from_date is None:
        return None
    said = "costs_announced_vat" if _costs_with_vat(claim) else "costs_announced"
    note = words().UI[said].format(amount=fmt.money(costs.amount), date=fmt.day(costs.from_date))
    last_day = claim.term_unseen
    return note if last_day is None or term_costs_on_top(claim) <= 0 else f"{note} {_costs_on_page(claim, last_day)}"


def _costs_on_page(claim: Claim, last_day: date) -> str:
    """Why the page asks more than the total due while a final notice's term is over but not yet read
    (claims.demand.term_costs_on_top): a clerk on the phone must see what the debtor sees, and why."""
    return (
        words()
        .UI["costs_on_page"]
        .format(
            date=fmt.day(last_day),
            seen=fmt.day(claim.payments_until),
            asked=fmt.money(page_asks(claim)),
            amount=fmt.money(claim.costs.amount),
        )
    )


def _costs_with_vat(claim: Claim) -> bool:
    """Whether the costs' amount holds VAT (policy.costs_vat), which staff amounts then say: else an amount with it
    reads as the staffel's. Not when a final notice's recorded `costs` set the amount (claim.costs.vat is none)."""
    return claim.costs.state != CostsState.NONE and claim.costs.vat > 0


def _invoices(claim: Claim) -> tuple[InvoiceRow, ...]:
    """Oldest due date first; days overdue only while principal or interest is open. A closed claim's (paid,
    settled, written off): the interest counted in all and what became of it, and how late each invoice was on the
    day it closed (claims.closing), not today: a closed claim is late no more."""
    rows = []
    closed_on = closing.closed_on(claim) if claim.closed else {}
    for b in sorted(claim.settlement.invoices, key=lambda b: b.invoice.due):
        if claim.closed:
            closed = closed_on.get(b.number)
            late = (closed - b.invoice.due).days if closed is not None else 0
            interest, still = _interest_closed(claim, b), True
        else:
            late, interest = (claim.as_of - b.invoice.due).days, fmt.money(b.interest_open)
            still = b.principal_open + b.interest_open > 0
        rows.append(
            InvoiceRow(
                number=b.number,
                **_description(b.invoice, claim.debtor.language),
                date=fmt.short_day(b.invoice.date),
                due=fmt.short_day(b.invoice.due),
                amount=fmt.money(b.invoice.amount),
                paid=fmt.money_or_blank(b.principal_paid),
                open=fmt.money(b.principal_open),
                interest=interest,
                days_overdue=str(late) if late > 0 and still else "",
                credit_notes=tuple(_credit_note(note, claim) for note in b.invoice.credit_notes),
            )
        )
    return tuple(rows) + _disputed_apart(claim)


def _rates(claim: Claim, creditor: Creditor) -> tuple[RateRow, ...]:
    """Each rate of the interest lines the debtor's page lists (a period worth less than half a cent it leaves out),
    in date order, with its source in the rate file: a rate carried on past the file's end says so."""
    if creditor.interest != InterestChoice.STATUTORY:
        return ()
    table = rates_for(claim.debtor.is_consumer)
    lines = (line for b in claim.settlement.invoices for line in b.interest_lines if cents(line.amount) != 0)
    used: set[Rate] = {rate_on(table, line.start) for line in lines}
    return tuple(
        RateRow(
            fmt.short_day(rate.start),
            fmt.percent(rate.percent),
            words().UI["yes" if rate.confirmed else "no"],
            # Carried on past the file's end, the rate has no source line of its own: said in the staff's language.
            words().PHRASE["rate_carried"].format(day=fmt.short_day(rates_known_until()))
            if rate.carried
            else rate.source,
            source_lang="" if rate.carried else "en",
        )
        for rate in sorted(used, key=lambda rate: rate.start)
    )


@cache
def _rates_file() -> str:
    """The rate file's name (law.rates.rates_file_name), asked once a process: it looks at the disk, and is the same
    for every dossier."""
    return rates_file_name()


# The invoices' last column once a claim is closed: how late it was paid, or when it was written off.
_LATE_COLUMN = {Status.PAID: "late_paid", Status.SETTLED: "late_paid", Status.WRITTEN_OFF: "late_written_off"}


def _interest_closed(claim: Claim, b: InvoiceBalance) -> str:
    """A closed claim's interest on one invoice: what was counted, said as what was paid of it and what was let go
    ("EUR 5,76 betaald"; "EUR 2,46 afgeschreven"), or none: its open interest ("EUR 0,00" once paid) read as none
    charged."""
    if b.interest <= 0:
        return BLANK
    paid, left = b.interest - b.interest_open, b.interest_open
    said = [words().PHRASE["interest_paid"].format(amount=fmt.money(paid))] if paid > 0 else []
    if left > 0:
        key = f"interest_left_{_LET_GO.get(claim.status, 'paid')}"
        said.append(words().PHRASE[key].format(amount=fmt.money(left)))
    return ", ".join(said)


def _disputed_apart(claim: Claim) -> tuple[InvoiceRow, ...]:
    """The invoices a dispute holds apart, after the others: out of the figures, yet with their credit notes
    (often the answer to the dispute) and what of them is open, so staff do not forget them."""
    if not claim.disputed_apart:
        return ()
    credited = claim.disputed_credited_in_full
    return tuple(
        InvoiceRow(
            number=invoice.number,
            **_description(invoice, claim.debtor.language),
            date=fmt.short_day(invoice.date),
            due=fmt.short_day(invoice.due),
            amount=fmt.money(invoice.amount),
            paid=BLANK,
            open=fmt.money(claim.disputed_open(invoice)),
            interest=BLANK,
            days_overdue="",
            credit_notes=tuple(_credit_note(note, claim) for note in invoice.credit_notes),
            disputed=_disputed_row(claim, invoice, invoice in credited),
        )
        for invoice in sorted(claim.disputed, key=lambda i: (i.due, i.number))
    )


def _disputed_row(claim: Claim, invoice: Invoice, credited: bool) -> str:
    """What the dossier says under an invoice disputed apart: that it waits for the answer, and what payments
    naming it keep for it (alone, or with the other disputed invoices a payment named: how much is whose is
    disputed too), so that whoever answers knows what is held already; credited in full, nothing is kept for it,
    and it says what payments naming it paid of the other invoices instead (claims.kept.passed_on)."""
    phrase = words().PHRASE
    said = [phrase["disputed_credited_row" if credited else "disputed_apart_row"]]
    passed = passed_on(claim, invoice.number)  # credited in full: nothing kept, the money paid the others
    if passed:
        said.append(phrase["disputed_passed_on"].format(amount=fmt.money(passed)))
    kept = kept_for(claim, invoice.number)  # as claims.json says it (exports._disputed_invoices)
    if kept.alone:
        said.append(phrase["disputed_kept"].format(amount=fmt.money(kept.alone)))
    for others, amount in kept.together:
        said.append(phrase["disputed_kept_together"].format(amount=fmt.money(amount), others=", ".join(others)))
    return "; ".join(said)


def _credit_note(note: CreditNote, claim: Claim) -> CreditNoteLine:
    """A credit note as staff read it: also one written ahead, which does not count until its day."""
    key = "credit_note_later" if note.date > claim.as_of else "credit_note"
    line = words().PHRASE[key].format(number=note.number, date=fmt.short_day(note.date), amount=fmt.money(note.amount))
    if not note.description:
        return CreditNoteLine(line)
    before, after = words().PHRASE["credit_note_described"].split("{description}")
    shown = _description(note, claim.debtor.language)
    return CreditNoteLine(
        before.format(line=line), shown["description"], after.format(line=line), shown["description_lang"]
    )


def _description(item: Invoice | CreditNote, reader: Language) -> dict[str, str | None]:
    """An invoice's or credit note's description as staff read it: a text written per language in the
    staff's own (an English desk reads the English the ledger holds), marked where it is not that."""
    shown = item.description_in(staff_language())
    return {"description": shown, "description_lang": written_in(reader, item.description_en)}


def written_in(reader: Language, english: str | None) -> str | None:
    """The language of a description the ledger holds, as the staff page shows it, for its `lang` where it
    is not the page's own (a Dutch voice reads English badly, and the other way round): a text written per
    language (`english` set) is shown in the page's language; a single text is English when written for a
    debtor who reads English, which their page shows them as it is, Dutch otherwise."""
    if english is not None:
        return None
    written = Language.EN if reader == Language.EN else Language.NL
    return None if written == staff_language() else written.value


def _origin(payment: Payment, from_bank: Set[tuple[str, date]], accounts: PayingAccounts) -> str:
    """Where a payment came from, with the account that paid it when a bank entry says (a refund goes there)."""
    if not payment.bank_ref:
        return words().PHRASE["origin_file"]
    matched = (payment.bank_ref, payment.date) in from_bank
    origin = words().PHRASE["origin_bank" if matched else "origin_named"].format(ref=payment.bank_ref)
    account = accounts.of(payment.bank_ref, payment.date)  # its own credit's, under a reference the bank reused too
    return origin + _from_account(account)


def _payments(claim: Claim, from_bank: Set[tuple[str, date]], accounts: PayingAccounts) -> tuple[PaymentRow, ...]:
    """Each payment, where it went (costs, interest, principal of an invoice, or credit) and where it came from.

    `from_bank` holds the bank entries the build matched to a dossier, by reference and day credited; `accounts`
    the paying account of each credit a payment may be, by reference and day (bank.accounts.paying_accounts)."""
    rows = []
    credited = credited_in_full(claim)  # money kept is named for the disputed invoices that still ask it
    for p in claim.settlement.payments:
        shares = tuple(_allocation(asking(a, credited)) for a in p.allocations)
        rows.append(
            PaymentRow(
                fmt.short_day(p.payment.date),
                fmt.money(p.payment.amount),
                ", ".join(p.payment.named) or BLANK,
                shares,
                _origin(p.payment, from_bank, accounts),
            )
        )
    return tuple(rows)


def _allocation(a: Allocation) -> str:
    """What one share of a payment went to ("EUR 500,00 hoofdsom F-A"); money kept for several disputed
    invoices names them all."""
    to = words().ALLOCATION["disputed_many" if len(a.kept_for) > 1 else a.to]
    invoice = ", ".join(a.kept_for) if len(a.kept_for) > 1 else a.invoice
    key = "allocation_invoice" if invoice else "allocation"
    return words().PHRASE[key].format(amount=fmt.money(a.amount), to=to, invoice=invoice)


def _returned(returns: BankReturns) -> tuple[str, ...]:
    """Each payment the bank took back, with the account it came from and the bank's reason: it left no
    payment behind, so without this the dossier says nothing was paid to a debtor who calls to say they did. One staff
    wrote as taken back (`returned:`) says so and where, with its bank entry or not: no statement read says it; its
    account, as the payments' lines say it, when a statement read still holds that entry (the file keeps none:
    bank.books.returns_written finds it). The charges its return debited on top, where it did, as the bank
    section says them, and the ones it names booked apart: the creditor's cost."""
    return tuple(
        words()
        .PHRASE["payment_returned" if p.written is None else "payment_returned_written"]
        .format(
            amount=fmt.money(p.amount),
            date=day_text(p.paid),
            ref=p.reference,
            entry=_written_entry(p),
            account=_from_account(p.account),
            returned=day_text(p.returned),
            reason=reason_text(p.reason),
            where=_written_where(p.written),
        )
        + (words().PHRASE["payment_returned_charges"].format(charges=fmt.money(p.charges)) if p.charges else "")
        + (words().PHRASE["payment_returned_apart"].format(charges=fmt.money(p.apart)) if p.apart else "")
        for p in returns.payments
    )


def _from_account(iban: str | None) -> str:
    """ ", van NL91 ABNA 0417 1643 00": the account a payment came from, in its line (`_origin`) and a return's."""
    return words().PHRASE["origin_account"].format(account=account_text(iban)) if iban else ""


def _written_entry(p: ReturnedPayment) -> str:
    """ " (bankboeking C2, van NL91 ABNA 0417 1643 00)": the bank entry a payment written as taken back names, with
    the account that paid it when a statement read holds that entry (the file keeps no account: its account is then
    that entry's, bank.books.returns_written); nothing without one."""
    if not p.reference:
        return ""
    return words().PHRASE["payment_returned_entry"].format(ref=p.reference, account=_from_account(p.account))


def _written_where(written: tuple[Source, str] | None) -> str:
    """Where staff wrote a payment as taken back, as the dossier's notes say a place: "debtors/D-1.yaml, regel 14:
    payments[0].returned"."""
    if written is None:
        return ""
    source, field = written
    return f"{place(source)}: {field}"


def _plan(claim: Claim) -> tuple[InstallmentRow, ...] | None:
    if claim.plan is None:
        return None
    asked = asked_in_notice(claim)  # none but under a final notice over a running plan
    return tuple(_installment_row(claim, i, i in asked) for i in claim.plan.installments)


def _installment_row(claim: Claim, instalment: InstallmentState, asked: bool = False) -> InstallmentRow:
    """One instalment as it stands; one the plan's confirmation asks by a later day than its own (Claim.asked_later)
    by that day, as the debtor's page and letter ask it, not "te laat"; one still to come that a final notice over
    the plan asks now (`asked`: claims.demand.asked_in_notice) as asked in it, as the page says, not "komt nog"."""
    later = claim.asked_later
    if later is not None and instalment in later.instalments:
        state, said = InstallmentStatus.DUE, words().PHRASE["installment_asked_later"].format(date=fmt.day(later.by))
    elif asked:
        state, said = instalment.state, words().PHRASE["installment_asked_in_notice"]
    else:
        state, said = instalment.state, words().INSTALLMENT_STATE[instalment.state]
    return InstallmentRow(
        css=f"installment-{state}",
        due=fmt.short_day(instalment.installment.due),
        amount=fmt.money(instalment.installment.amount),
        paid=fmt.money_or_blank(instalment.paid),
        state=said,
        nothing_paid=words().UI[fmt.nothing_paid_key(state)],
    )


# What the dossier says of a letter no build wrote (letters.due.unwritten_days), where a confirmation's words
# do not fit: the handover notice tells, it confirms nothing.
NOT_WRITTEN = {EventType.HANDOVER: "no_handover_notice"}


def _event_details(
    e: Event,
    confirmed: date | None = None,
    unwritten: date | None = None,
    sent_to: str | None = None,
    asker: str | None = None,
    followed: Sequence[tuple[str, date]] = (),
    carried: str | None = None,
) -> tuple[Detail, ...]:
    """The event's particulars, each labelled, whom its letter went to (`sent_to`), who asked for a postpone
    (`asker`, by name: explain.pause_asker), the day its confirmation was written (or that none was; `carried`: the
    kind of the promise's or plan's letter that said it, a wait asked for first seen with them), the letters
    that followed it on later days (`followed`: a settlement's reminder, the letter that it was paid), and its note
    last."""
    details = [Detail(sent_to, words().UI["sent_to"])] if sent_to else []
    if asker:
        details.append(Detail(asker, words().UI["pause_asked_by"]))
    details += [
        Detail(text, words().UI[label])
        for label, text in (("reason", e.reason), ("outcome", e.outcome), ("agency", e.agency))
        if text
    ]
    if e.until:
        details.append(Detail(fmt.short_day(e.until), words().UI["until"]))
    if e.written and e.written != e.date:  # the day the debtor's letter says ("uw brief van 16 november")
        details.append(Detail(fmt.short_day(e.written), words().UI["written"]))
    if e.costs is not None:
        details.append(Detail(fmt.money(e.costs), words().UI["notice_costs"]))
    if e.received:
        details.append(Detail(fmt.short_day(e.received), words().UI["received"]))
    if e.promised_date:
        amount = fmt.money(e.amount) if e.amount is not None else words().PHRASE["promised_whole"]
        details.append(
            Detail(
                words().PHRASE["promised"].format(amount=amount, date=fmt.short_day(e.promised_date)),
                words().UI["promised"],
            )
        )
    if e.type in (EventType.REFUND, EventType.PASSED_ON) and e.amount is not None:
        details.append(Detail(fmt.money(e.amount), words().UI["amount"]))
    if e.type == EventType.SETTLEMENT and e.amount is not None:
        details.append(Detail(fmt.money(e.amount), words().UI["settlement_amount"]))
    if e.pay_by:
        details.append(Detail(fmt.short_day(e.pay_by), words().UI["pay_by"]))
    if e.installments:
        parts = (
            words().PHRASE["installment"].format(amount=fmt.money(i.amount), date=fmt.short_day(i.due))
            for i in e.installments
        )
        details.append(Detail(words().PHRASE["installments_separator"].join(parts), words().UI["installments"]))
    details += _letters_of(e, confirmed, unwritten, followed, carried)
    if e.note:
        details.append(Detail(e.note))
    return tuple(details)


def _letters_of(
    e: Event,
    confirmed: date | None,
    unwritten: date | None,
    followed: Sequence[tuple[str, date]],
    carried: str | None,
) -> list[Detail]:
    """What was written for the event: its confirmation's day (or, `carried`, the promise's or plan's letter that
    said it), that none was (`unwritten`), and the letters that followed it on later days."""
    details = []
    if confirmed is not None and carried is not None:  # no letter of its own: the one that said it, by its name
        said = words().PHRASE["confirmed_in"].format(letter=words().LETTER[carried], date=fmt.short_day(confirmed))
        details.append(Detail(said, words().UI["confirmed"]))
    elif confirmed is not None:
        details.append(
            Detail(words().PHRASE["confirmed_on"].format(date=fmt.short_day(confirmed)), words().UI["confirmed"])
        )
    if unwritten is not None:  # staff would take it as sent: it is not, by design (docs/letters.md)
        phrase = words().PHRASE[NOT_WRITTEN.get(e.type, "not_confirmed")]
        details.append(Detail(phrase.format(date=fmt.short_day(unwritten)), words().UI["confirmed"]))
    for kind, day in followed:  # each under its own name: "Minnelijk akkoord betaald: brief klaargezet op ..."
        name = words().LETTER[letter_name_key(kind, of_sum=e.pay_by is not None)]
        details.append(Detail(words().PHRASE["confirmed_on"].format(date=fmt.short_day(day)), name))
    return details


@cache
def _event_css(kind: EventType, future: bool) -> str:
    """A log row's class: a few dozen, each in thousands of rows."""
    return css("event", f"event-{kind}", "future" if future else None)


# The steps a build writes a letter for, to the debtor or p/a their administrator.
_LETTERS_SENT = frozenset((EventType.REMINDER, EventType.DUNNING, EventType.FINAL_NOTICE))


def _sent_to(debtor: Debtor, e: Event) -> str | None:
    """Whom a step's letter went to, when an administrator is written with their days (`since`, `until`): "p/a"
    them on the days they act, the debtor's own address on the others. None without those days: every letter
    went where the dossier's contact says (the debtor, or p/a the administrator, as their line says)."""
    written = debtor.written_block
    if written is None or not written.receives_letters or e.type not in _LETTERS_SENT:
        return None
    if written.since is None and written.until is None:
        return None
    return addressee(debtor.on(e.date))


def _event(
    e: Event,
    as_of: date,
    confirmed: date | None = None,
    unwritten: date | None = None,
    sent_to: str | None = None,
    asker: str | None = None,
    followed: Sequence[tuple[str, date]] = (),
    carried: str | None = None,
) -> EventRow:
    future = e.date > as_of
    return EventRow(
        css=_event_css(e.type, future),
        date=fmt.short_day(e.date),
        date_iso=e.date.isoformat(),
        what=words().EVENT[e.type],
        future=words().UI["future"] if future else None,
        channel=words().CHANNEL[e.channel] if e.channel else "",
        by=e.by or "",
        spoke_with=e.spoke_with or "",
        details=_event_details(e, confirmed, unwritten, sent_to, asker, followed, carried),
    )


def dossier_page(book: StaffBook, row: Row) -> DossierPage:
    """The dossier page of one row of the book."""
    claim = row.claim
    debtor = claim.debtor
    written = book.confirmed.get(debtor.id, {})
    unwritten = book.unwritten.get(debtor.id, {})
    followed = book.followed.get(debtor.id, {})
    carried = book.carried.get(debtor.id, {})
    day = book.letters.get(debtor.id, ())
    own = debtor.own_contact or debtor.contact  # the debtor's own, when the letters go to an administrator
    return DossierPage(
        frame=frame(book, words().PHRASE["dossier_title"].format(name=debtor.name, id=debtor.id), root="../"),
        back=f"../{OVERVIEW}#{CLAIMS_ANCHOR}",
        name=debtor.name,
        id=debtor.id,
        badges=_badges(claim),
        flags=flag_views(tuple(flag for flag in row.flags if not flag.notes)),
        notes=note_views(claim, row.notes),
        why=tuple(why_stage(claim, row.returns)),
        next=_next(row, book),
        record=_record(row, book.as_of, book.creditor, day),
        passes_on=_passes_on(row),
        answer=_answer(row),
        undo=_undo(row),
        assign=_assign(book, row),
        bank_notes=dossier_note_rows(book, row),
        contact=contact_view(own, words().UI["missing"], words().UI["missing"], no_person=BLANK),
        address=tuple(own.address) or (BLANK,),
        acting=acting_for(debtor.written_block, claim.as_of),  # an ended one too: which letters went p/a them
        last_contact=fmt.day(claim.last_contact) if claim.last_contact else words().UI["never"],
        link=_link(row, book),
        reference=format_rf(rf_reference(debtor.id)),
        amounts=_amounts(claim, day, row.returns, book.creditor),
        asked_note=_asked_note(day),
        costs_note=_costs_note(claim),
        invoices=_invoices(claim),
        open_column=words().UI[_LET_GO.get(claim.status, "open")],
        interest_column=words().UI["interest_closed" if claim.closed else "interest"],
        late_column=words().UI[_LATE_COLUMN.get(claim.status, "days_overdue")],
        rates=_rates(claim, book.creditor),
        rates_note=words().PHRASE["rates_note"].format(file=_rates_file()),
        payments=_payments(claim, book.matched_credits, book.paying_accounts),
        returned=_returned(row.returns),
        plan=_plan(claim),
        plan_note=_plan_note(claim, book.creditor),
        events=tuple(
            _event(
                e,
                book.as_of,
                written.get((e.type, e.date)),
                unwritten.get((e.type, e.date)),
                _sent_to(debtor, e),
                pause_asker(debtor, e),
                followed.get((e.type, e.date), ()),
                carried.get((e.type, e.date)),
            )
            for e in debtor.events
        ),
        letters=letter_links(book, row.id, root="../"),
    )
