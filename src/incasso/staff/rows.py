"""One dossier's rows in the overview's lists: its claims-table row, its work, its letters, its signals.

Each row is made from one dossier alone (its Row and its letters of the day),
so the rows of every dossier can be made apart and in any order (incasso.staff
.entries gathers them); the sections (incasso.staff.sections) only put them in
order and in pages. Links are paths from the internal output's root: a page
elsewhere puts its way to the root before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from incasso.claims.claim import Action, Claim, is_closed
from incasso.claims.closing import days_late_when_closed
from incasso.claims.demand import amount_asked, amount_left_to_debtor
from incasso.claims.escalation import note_channel
from incasso.claims.kept import kept_in_all
from incasso.claims.states import ActionKind, Stage, Status
from incasso.law.money import plain
from incasso.ledger.model import Debtor, DebtorContact, Language
from incasso.records import init_by_slots
from incasso.staff import formats as fmt
from incasso.staff.explain import pass_on_facts, pause_asker
from incasso.staff.language import action_name, words
from incasso.staff.notes import events_place, with_events_key
from incasso.staff.overview import MONEY_STEPS, Flag, FlagKind, PassOn, Row, Step, Task, check_unseen, next_step
from incasso.staff.record import is_letter, record_lines
from incasso.staff.view import (
    Badge,
    ContactView,
    DayLetter,
    DebtorLink,
    FlagView,
    LetterLinks,
    acting_for,
    badge,
    contact_view,
    css,
    debtor_link,
    flag_brief,
    flag_view,
    flag_views,
    iso,
    letter_views,
    missing,
    place_badge,
    status_badge,
    waiting,
)

# A due step that has waited more than a week stands out in today's work.
LATE_AFTER_DAYS = 7
NO_STEP = "9999-12-31"  # the sort value of "no next step": such claims sort last


# -- today's work ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskRow:
    css: str
    id: str
    kind: str
    action: Badge
    debtor: DebtorLink
    stage: Badge
    due: str
    due_iso: str
    waiting: Badge
    amount: str
    page_amount: str | None  # beside a letter that asks another amount: what the debtor's page asks
    contact: ContactView
    flags: tuple[FlagView, ...]
    letters: tuple[LetterLinks, ...]  # the letter this step sends, ready to post or e-mail
    language: Badge | None = None  # set when not Dutch: the clerk who calls knows before dialling
    detail: str | None = None  # under the amount: the payments to pass on to the agency, and their reference
    instead: str | None = None  # under the action: what to do instead of a call nobody can make (no phone)
    acting: str | None = None  # under the contact: a counsellor or administrator who acts for the debtor
    asked_pause: str | None = None  # under the action: the step comes after a pause the debtor or their helper asked


def _task_class(task: Task) -> str:
    if isinstance(task.action, MONEY_STEPS):
        return "refund"
    return "check" if task.is_check else "step"


# A step's letter has the step's name, except the instalment's reminder (incasso.letters.due names it).
TASK_LETTERS: dict[str, str] = {ActionKind.REMIND_INSTALLMENT: "installment_reminder"}


def with_its_letter(task: Task, letters: Sequence[DayLetter]) -> Task:
    """The task with what its letter of the day asks, when that is not what the debtor's page asks
    (DayLetter.asks): its amount is then the letter's, and the list orders by it."""
    kind = TASK_LETTERS.get(str(task.action.kind), str(task.action.kind))
    asks = next((letter.asks for letter in letters if letter.kind == kind and letter.asks is not None), None)
    return replace(task, letter_asks=asks) if asks is not None else task


def _waiting(days: int, unseen: date | None = None) -> Badge:
    """How long a task has waited; after a week "te laat" too, in red for the eye and in words for all. A check whose
    day the bank statements read do not reach (`unseen`) cannot be done yet: it waits for them, and is not late."""
    if unseen is not None:
        return badge("waiting", words().PHRASE["waiting_statements"].format(date=fmt.short_day(unseen)))
    if days > LATE_AFTER_DAYS:
        return badge("waiting late", words().PHRASE["waiting_late"].format(waiting=waiting(days)))
    return badge("waiting", waiting(days))


def task_row(task: Task, row: Row, letters: Sequence[DayLetter]) -> TaskRow:
    """A due step, check or refund (`with_its_letter`), with how to reach the debtor and the letter it sends;
    a payment to pass on (`_pass_on_row`) with the agency's contact instead."""
    row_of = _task_row(task, row, letters)
    return _pass_on_row(row_of, task.action) if isinstance(task.action, PassOn) else row_of


def _pass_on_row(row: TaskRow, step: PassOn) -> TaskRow:
    """Money to pass on: to whom (the action names the agency), the payments with their bank entries, and how
    to reach the agency, not the debtor (who paid already)."""
    facts = pass_on_facts(step, fmt.short_day)
    handover, phrase = step.handover, words().PHRASE
    detail = facts["payments"]
    if handover.agency_reference:
        detail += "; " + phrase["pass_on_their_reference"].format(reference=handover.agency_reference)
    if step.later is not None:  # owed to an earlier agency: not the one that has the file now
        now = step.later.agency or phrase["pass_on_agency"]
        detail += "; " + phrase["pass_on_earlier"].format(handed=fmt.short_day(handover.date), now=now)
    reach = DebtorContact(person=step.agency, phone=handover.agency_phone, email=handover.agency_email)
    agency = contact_view(reach, missing(words().UI["phone"]), missing(words().UI["email"]))
    action = badge(f"action action-{step.kind}", phrase["pass_on_to"].format(agency=facts["agency"]))
    return replace(row, action=action, contact=agency, detail=detail)


def _task_row(task: Task, row: Row, letters: Sequence[DayLetter]) -> TaskRow:
    claim, kind = task.claim, task.action.kind
    days = task.waiting_days
    cannot_call = kind == ActionKind.CALL and not claim.debtor.contact.phone
    return TaskRow(
        css=css("task", _task_class(task)),
        id=row.id,
        kind=str(kind),
        action=badge(f"action action-{kind}", action_name(kind, claim.debtor)),
        debtor=debtor_link(row),
        stage=place_badge(claim),
        due=fmt.short_day(task.action.due),
        due_iso=task.action.due.isoformat(),
        waiting=_waiting(days, task.unseen),
        amount=fmt.money(task.amount),
        page_amount=None if task.letter_asks is None else _asked_on_page(claim),
        contact=_reachable(claim.debtor.own_contact or claim.debtor.contact),
        acting=acting_for(claim.debtor.representative, claim.as_of),  # today's work: who acts today
        instead=_instead_of_a_call(claim.debtor) if cannot_call else None,
        asked_pause=_after_asked_pause(task),
        # A signal about the step says it here in short (a part payment's amount and day), its name elsewhere.
        flags=tuple(flag_brief(f) for f in row.flags),
        letters=letter_views(letters, root="", kind=TASK_LETTERS.get(str(kind), str(kind)), short=True),
        language=badge("badge", words().LANGUAGE[claim.debtor.language])
        if claim.debtor.language != Language.NL
        else None,
    )


def _after_asked_pause(task: Task) -> str | None:
    """The step due now that a pause the debtor or their counsellor (administrator) asked for is over: who asked,
    by name, so that the clerk may call them before the letter goes."""
    postponed = task.action.postponed if isinstance(task.action, Action) else None
    asker = pause_asker(task.claim.debtor, postponed) if postponed is not None else None
    if postponed is None or asker is None:
        return None
    return words().PHRASE["after_asked_pause"].format(date=fmt.short_day(task.action.due), asker=asker)


def _asked_on_page(claim: Claim) -> str:
    """What the debtor's page asks, beside a letter that asks another amount; where it asks no amount (a dispute:
    the debtor pays the part they agree with; legal steps: court and bailiff costs come on top), why: the claim's
    total there is no figure to quote to a caller (claims.demand.amount_asked)."""
    asked = amount_asked(claim)
    if asked is not None:
        return words().PHRASE["asked_on_page"].format(amount=fmt.money(asked))
    # A settlement's deciding day not in the statements read leaves the amount to the debtor too (demand).
    why = ("dispute" if claim.status == Status.DISPUTE else "undecided") if amount_left_to_debtor(claim) else "legal"
    return words().PHRASE[f"asked_on_page_none_{why}"]


def _instead_of_a_call(debtor: Debtor) -> str:
    """The call step of a debtor without a phone number: a note in writing does it (claims.escalation.does_the_call),
    as the dossier page's lines to paste record it."""
    channel = note_channel(debtor)
    return words().PHRASE["call_instead"].format(how=words().PHRASE[f"how_{channel}"], channel=channel)


def _reachable(contact: DebtorContact) -> ContactView:
    """How to reach the debtor for today's work: what there is beside what is missing ("Geen telefoon: per
    e-mail"), so that the clerk sees the way to take, not only the one that is not there."""
    phrase = words().PHRASE
    address = ", ".join(contact.address)
    no_phone = phrase["no_phone_email"] if contact.email else phrase["no_phone_post"] if address else None
    no_email = phrase["no_email_post"].format(address=address) if address else phrase["no_email_address"]
    return contact_view(contact, no_phone or missing(words().UI["phone"]), no_email)


# -- the day's letters -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterRecord:
    """The lines that record a step's letter once sent, as its dossier page gives them, and for which file."""

    intro: str
    lines: str


@dataclass(frozen=True, slots=True)
class LetterRow:
    debtor: DebtorLink
    letter: LetterLinks
    # A step's letter not recorded yet: the lines to paste once sent, on the list itself. Each letter sent is
    # recorded in its debtor's file, and the lines were on the dossier page only: a morning of 168 letters was
    # 168 pages opened and left.
    record: LetterRecord | None = None


def letter_rows(row: Row, letters: Sequence[DayLetter]) -> tuple[LetterRow, ...]:
    """Every letter written today for the dossier (steps, confirmations, handover notices)."""
    record = _letter_record(row, letters)
    return tuple(
        LetterRow(debtor_link(row), view, record if day.written_again and not day.recorded else None)
        for day, view in zip(letters, letter_views(letters, root="", listed=True), strict=True)
    )


def _letter_record(row: Row, letters: Sequence[DayLetter]) -> LetterRecord | None:
    """The lines of the dossier page's box for the day's step, when that step is a letter due today."""
    claim = row.claim
    step = next_step(claim)
    if step is None or not is_letter(step) or not step.is_due(claim.as_of):
        return None
    costs = next((letter.costs for letter in letters if letter.costs is not None), None)
    lines = record_lines(step, claim.debtor, claim.as_of, costs)
    place = events_place(claim)
    if lines is None:
        return None
    return LetterRecord(words().PHRASE["record_letter_here"].format(events=place), with_events_key(lines, claim))


# -- signals ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignalRow:
    id: str
    flag: FlagView
    debtor: DebtorLink
    amount: str


# The signals about a sum of their own: their amount is that sum, not what is open. Money of the debtor's (the claim
# has 0,00 open); the disputed invoices' (what of them is open, which the claim's figures leave out while they are
# apart); what came in after a write-off (the claim's rest is written off, or 0,00 when it paid all).
_OWN_SUM = (
    FlagKind.CREDIT,
    FlagKind.SMALL_CREDIT,
    FlagKind.REFUND_RETURNED,
    FlagKind.DISPUTED_INVOICES,
    FlagKind.PAID_AFTER_WRITE_OFF,
)


def signal_row(flag: Flag, row: Row) -> SignalRow:
    """The amount is what is open, except for a signal about a sum of its own (_OWN_SUM); with nothing open, none
    ("—", read out as "geen"): "EUR 0,00" beside a paid dossier's note read as a figure to reckon with."""
    amount = flag.amount if flag.kind in _OWN_SUM and flag.amount is not None else row.claim.total_due
    return SignalRow(row.id, flag_view(flag), debtor_link(row), fmt.money_or_blank(amount))


# -- the claims table ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NextStep:
    action: Badge
    when: Badge  # "sinds ..." when due (class "due"), else "vanaf ..." (class "later")
    when_iso: str


@init_by_slots
@dataclass(frozen=True, slots=True)
class ClaimRow:
    css: str
    id: str
    group: str
    name_value: str  # the sort values of the columns (the search sorts by them)
    status_value: str
    amount_value: str
    days_value: str
    next_value: str
    last_contact_value: str
    flags_value: str
    debtor: DebtorLink
    status: Badge
    amount: str  # what is open; BLANK when nothing is (a paid dossier: its badge says "Betaald op ...")
    disputed: str | None  # under the amount: what of the invoices a dispute holds apart is open, which it leaves out
    days_overdue: str  # "" when not overdue; closed, how late it was on the day it closed (BLANK: no such day)
    next: NextStep | None
    next_none: str  # without a next step: whose turn it is
    last_contact: str | None
    flags: tuple[FlagView, ...]
    # Under a settled or written-off dossier's amount: what it is (kwijtgescholden, afgeschreven), not open.
    let_go: str | None = None
    # Under a closed dossier's days: the day they count to ("bij betaling", "bij afschrijven"), not today.
    late_when: str | None = None


# The closed statuses whose amount is let go, not open: the word under it (UI row_settled, row_written_off).
LET_GO = {Status.SETTLED: "row_settled", Status.WRITTEN_OFF: "row_written_off"}


# A closed dossier's days late count to the day it closed, said under them (UI row_late_paid, row_late_written_off).
LATE_WHEN = {Status.PAID: "row_late_paid", Status.SETTLED: "row_late_paid", Status.WRITTEN_OFF: "row_late_written_off"}


def _days_late(claim: Claim, closed: bool) -> tuple[int, str, str | None]:
    """The days column (its sort value, its text, the word under it): an open dossier's days overdue today ("" when
    none); a closed one's on the day it closed (claims.closing, as its dossier counts them), not today's count, which
    grew every night beside a dossier long settled; BLANK when it has no such day (credited in full)."""
    if not closed:
        days = claim.days_overdue
        return days, str(days) if days else "", None
    late = days_late_when_closed(claim)
    if late is None:
        return 0, fmt.BLANK, None
    return late, str(late) if late else "", words().UI[LATE_WHEN[claim.status]] if late else None


def _no_next(claim: Claim, closed: bool) -> str:
    if claim.stage == Stage.HANDOVER and not closed:
        return words().UI["with_agency"]
    if claim.stage == Stage.LEGAL and not closed:
        return words().UI["with_court"]
    return words().UI["none"]


def _shown_day(action: Step) -> date:
    """The day the row shows and sorts by: the step's (claims.claim.Action.day, as claims.json gives it), for a
    handover waiting for the statements of its final notice's term the day that term sets, not tomorrow."""
    return action.day if isinstance(action, Action) else action.due


def _next_step(action: Step, as_of: date, claim: Claim) -> NextStep:
    due, debtor = action.is_due(as_of), claim.debtor
    day, when = _shown_day(action), words().WHEN_DUE if due else words().WHEN_LATER
    if isinstance(action, Action) and action.awaits_statements is not None:
        when = words().WHEN_AWAITS_CALL_OFF if action.call_off_unseen else words().WHEN_AWAITS
    unseen = check_unseen(claim, action)
    if unseen is not None:  # as today's work says it (`_waiting`): it waits for the statements, not late
        day, when = unseen, words().WHEN_CHECK_UNSEEN
    return NextStep(
        action=badge(
            css("action", f"action-{action.kind}", None if due else "later"), action_name(action.kind, debtor)
        ),
        when=badge("due" if due else "later", when.format(date=fmt.short_day(day))),
        when_iso=day.isoformat(),
    )


def _status_value(claim: Claim, status: Badge) -> str:
    """What the status column sorts by: the badge as staff read it ("Gepauzeerd: geschil", "Loopt"),
    and for a paid claim its day written to sort ("Betaald 2026-11-05", not "Betaald op 5 nov")."""
    if claim.status in (Status.PAID, Status.SETTLED) and claim.paid_on:
        return f"{words().STATUS[claim.status]} {claim.paid_on.isoformat()}"
    return status.text


def _disputed_apart(claim: Claim) -> str | None:
    """ "daarnaast EUR 1.180,00 betwist": the invoices disputed apart, as the overview's header counts them
    beside what is open (a dispute of the whole dossier is in the amount already); "; EUR 500,00 al betaald,
    ligt apart" when payments naming them keep money for them (the amount is their principal all the same)."""
    amount = claim.disputed_apart_open
    if not amount:
        return None
    kept = kept_in_all(claim.settlement)
    key = "row_disputed_kept" if kept else "row_disputed"
    return words().UI[key].format(amount=fmt.money(amount), kept=fmt.money(kept))


def claim_row(row: Row, group: str, as_of: date) -> ClaimRow:
    """The dossier's row in the table of all dossiers, in `group` (its stage or closed status)."""
    claim, action = row.claim, next_step(row.claim, row.returns)
    closed = is_closed(claim)
    status = status_badge(claim)
    total = claim.total_due  # worked out from the claim when asked: asked once
    days, days_text, late_when = _days_late(claim, closed)
    return ClaimRow(
        css=css("claim", "paused" if claim.paused else None, "closed" if closed else None),
        id=row.id,
        group=group,
        name_value=claim.debtor.name.lower(),
        status_value=_status_value(claim, status),
        amount_value=plain(total),
        days_value=str(days),
        next_value=_shown_day(action).isoformat() if action else NO_STEP,
        last_contact_value=iso(claim.last_contact),
        flags_value=str(len(row.flags)),
        debtor=debtor_link(row),
        status=status,
        amount=fmt.money_or_blank(total),  # a paid dossier's nothing open: "—" ("geen"), not "EUR 0,00"
        disputed=_disputed_apart(claim),
        days_overdue=days_text,
        next=_next_step(action, as_of, claim) if action else None,
        next_none=_no_next(claim, closed),
        last_contact=fmt.short_day(claim.last_contact) if claim.last_contact else None,
        flags=flag_views(row.flags),
        let_go=words().UI[LET_GO[claim.status]] if claim.status in LET_GO and total else None,
        late_when=late_when,
    )
