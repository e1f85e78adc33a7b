"""The details of a statement page as rows of formatted figures.

Invoices, payments, interest, costs and totals (the page's details), and the
payment plan of an arrangement: what the debtor checks the amount against.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import Literal

from incasso import fmt
from incasso.claims.agreements import InstallmentState, Plan
from incasso.claims.claim import Claim
from incasso.claims.demand import (
    amount_to_pay,
    asked_by,
    asked_in_notice,
    falling_due_by,
    falling_due_sum,
    not_yet_due,
    notice_written_today,
    plan_beside_promise,
    plan_under_final_notice,
    replaced_undecided,
    settlement_undecided,
    term_costs_on_top,
    unseen_not_asked,
    unseen_sum,
)
from incasso.claims.disputes import disputed_apart_when_dated
from incasso.claims.escalation import asked_for
from incasso.claims.interest_only import costs_over_interest
from incasso.claims.kept import asking, credited_in_full
from incasso.claims.settlement import Allocation, InvoiceBalance, PaymentApplied, Share
from incasso.claims.states import CostsState, InstallmentStatus, Stage, Status
from incasso.claims.timing import answer_term_end, binds, binds_by, letter_received, notice_term_end
from incasso.law.costs import CostCalculation, at_the_minimum, cost_calculation, lowered_by_a_part
from incasso.law.interest import InterestLine
from incasso.law.money import ZERO, cents
from incasso.law.tables import (
    COST_BASIS,
    COST_BASIS_EN,
    COST_MAXIMUM,
    COST_MINIMUM,
    COSTS_VAT_RATE,
    LATE_COMMERCIAL_MINIMUM,
)
from incasso.ledger.model import (
    INSTANT_CHANNELS,
    Channel,
    CreditNote,
    Creditor,
    Debtor,
    Event,
    EventType,
    InterestChoice,
    Language,
)
from incasso.statement.handler import stage_told
from incasso.statement.labels import invoices_named, listed, text

DAY = timedelta(days=1)


# The page's tables, made anew for each debtor and never changed after: slotted, not frozen (a frozen
# dataclass's __init__ costs some 1,300 instructions more a field: BENCHMARKS.md, session 43).
@dataclass(slots=True)
class InvoiceRow:
    number: str
    description: str | None
    date: str
    due: str
    amount: str  # as the invoice was written
    paid: str  # paid and open: of what it asks after its credit notes
    open: str
    credit_notes: tuple[str, ...] = ()  # one line per credit note that counts, under the invoice's dates


@dataclass(slots=True)
class PaymentRow:
    date: str
    amount: str
    applied: tuple[str, ...]


@dataclass(slots=True)
class InterestRow:
    invoice: str
    period: str
    rate: str
    amount: str


@dataclass(slots=True)
class InterestView:
    basis: str
    rows: tuple[InterestRow, ...]
    summary: str
    source: str  # who sets the rows' percentages and where to check them, said under the table (`rate_source`)
    assumed: str = ""  # what a rate called provisional means, when a row has one (interest_rate)
    per_day: str = ""  # what one more day adds, while interest runs (`interest_per_day`)


@dataclass(slots=True)
class PlanRow:
    number: int
    due: str
    amount: str
    paid: str
    state: InstallmentStatus  # for the CSS class
    state_text: str
    nothing_paid: str  # what `paid` of BLANK is read out as (`nothing_paid_word`): "geen", "nog niet"


@dataclass(slots=True)
class PlanView:
    rows: tuple[PlanRow, ...]
    summary: str
    caption: str  # the table's: "Termijn van uw betalingsregeling" of a plan of one (`instalment_key`)
    heading: str = ""  # the section's, when not the plan's (L.h_plan): a settlement's instalments


@dataclass(slots=True)
class Total:
    label: str
    amount: str
    grand: bool = False


def plan_view(claim: Claim, lang: Language, unread: Collection[InstallmentState] = ()) -> PlanView | None:
    """The payment plan of an arrangement, one row per installment; None for any other claim. `unread`: the
    instalments due before the plan's confirmation arrives (claims.demand.instalments_asked_later), to pay now
    by the day that letter gives, not "Te laat" nor "Vandaag betalen" beside them. Nothing paid of an instalment is
    BLANK, not "0,00", read out as `nothing_paid_word` says (page, letter and e-mail alike)."""
    plan = _schedule(claim)
    if plan is None:
        return None
    # Still to come by its day, but asked now by the final notice over the plan: said so, not "Komt nog".
    asked = asked_in_notice(claim)  # none but under a final notice over a running plan
    rows = tuple(_plan_row(n, i, i in unread, lang, asked=i in asked) for n, i in enumerate(plan.installments, start=1))
    total = sum((i.installment.amount for i in plan.installments), ZERO)
    key = "plan_summary_one" if len(rows) == 1 else "plan_summary"
    key += "_notice" if asked else ""
    summary = text(lang, key, count=fmt.in_words(len(rows), lang), amount=fmt.money(total, lang))
    if claim.status == Status.SETTLEMENT:  # not "uw betalingsregeling": the agreement to pay less
        return PlanView(rows, summary, text(lang, "settlement_plan_caption"), text(lang, "h_settlement_plan"))
    return PlanView(rows, summary, text(lang, instalment_key(claim, "plan_caption", counting="all")))


def _plan_row(
    number: int, instalment: InstallmentState, unread: bool, lang: Language, *, asked: bool = False
) -> PlanRow:
    """`asked`: still to come by its day, but asked now by the final notice over the plan (demand.asked_in_notice)."""
    num = partial(fmt.number, lang=lang)
    state = InstallmentStatus.DUE if unread else instalment.state
    said = "plan_unread" if unread else "plan_asked_in_notice" if asked else f"plan_{instalment.state}"
    return PlanRow(
        number,
        fmt.short_day(instalment.installment.due, lang),
        num(instalment.installment.amount),
        num(instalment.paid) if instalment.paid else fmt.BLANK,
        state,
        text(lang, said),
        nothing_paid_word(state, lang),
    )


def nothing_paid_word(state: InstallmentStatus, lang: Language) -> str:
    """What an instalment's "—" (nothing paid of it) is read out as: "geen" once it is overdue, "nog niet" while it
    is to come (fmt.nothing_paid_key, the staff's dossier's rule too)."""
    return text(lang, fmt.nothing_paid_key(state))


def _schedule(claim: Claim) -> Plan | None:
    """The instalments a page and a letter show: a running plan's, or a running settlement's in instalments (its
    instalments go as a plan's: claims.accord)."""
    if claim.status == Status.ARRANGEMENT:
        return claim.running_plan
    if claim.status == Status.SETTLEMENT:
        return claim.running_accord.plan
    return None


def invoice_rows(claim: Claim, lang: Language) -> tuple[InvoiceRow, ...]:
    """One row per invoice: its dates and amount as written, each credit note that counts, what is paid (and
    credited, `paid_column`) and what is still open (of what it asks after them)."""
    num = partial(fmt.number, lang=lang)
    return tuple(
        InvoiceRow(
            b.number,
            b.invoice.description_in(lang),
            text(lang, "invoice_date", date=fmt.day(b.invoice.date, lang)),
            text(lang, "invoice_due", date=fmt.day(b.invoice.due, lang)),
            num(b.invoice.amount),
            paid_cell(claim, b, lang),
            open_cell(claim, b, lang),
            credit_note_lines(b.credit_notes, lang),
        )
        for b in claim.settlement.invoices
    )


def paid_column(claim: Claim, lang: Language) -> str:
    """The invoice table's middle column: "Betaald", or "Betaald of gecrediteerd" once a credit note counts on any
    invoice shown: a row of 239,00 / 0,00 / 189,00 does not add up as a reader sums it, the credit note a line
    below. Page and letters alike."""
    credited = any(b.credit_notes for b in claim.settlement.invoices)
    return text(lang, "col_paid_credited" if credited else "col_paid")


def open_column(claim: Claim, lang: Language) -> str:
    """The invoice table's last column: "Open", or on a settled claim "Kwijtgescholden": a settlement paid in time
    leaves nothing open, and what stands of each invoice is what was let go of. Page and letters alike."""
    return text(lang, "col_remitted" if claim.status == Status.SETTLED else "col_open")


def paid_or_credited(claim: Claim, balance: InvoiceBalance) -> Decimal:
    """What the middle column shows of an invoice (`paid_column`): paid, and credited where any invoice is, so
    that amount less it is what is open."""
    credited = any(b.credit_notes for b in claim.settlement.invoices)
    return balance.principal_paid + (balance.credited if credited else ZERO)


def paid_cell(claim: Claim, balance: InvoiceBalance, lang: Language) -> str:
    """The invoice table's middle cell (`paid_or_credited`), BLANK where nothing was: "0,00" under "Betaald" read as
    a figure to reckon with. Page and letters alike."""
    paid = paid_or_credited(claim, balance)
    return fmt.number(paid, lang) if paid else fmt.BLANK


def open_cell(claim: Claim, balance: InvoiceBalance, lang: Language) -> str:
    """The invoice table's last cell (`open_column`): what is open, "0,00" of a paid invoice (a balance); on a settled
    claim what was let go of it, BLANK where nothing was (the invoice paid in full), not "kwijtgescholden 0,00"."""
    if claim.status == Status.SETTLED and not balance.principal_open:
        return fmt.BLANK
    return fmt.number(balance.principal_open, lang)


def _open_balances(claim: Claim) -> list[InvoiceBalance]:
    """The invoices with something open in the claim's figures. An invoice disputed apart is not in them (the
    page asks for the others), nor is one paid or credited in full."""
    return [b for b in claim.settlement.invoices if b.open > 0]


def open_invoices(claim: Claim) -> int:
    """How many invoices a page or letter is about: those open in its figures (`_open_balances`)."""
    return len(_open_balances(claim))


def asked_invoices(claim: Claim) -> int:
    """How many invoices a message or letter asks payment for: those open in its figures, but only the overdue
    ones when any is (one not yet due is asked apart, with its own date: "De betaaltermijn van deze facturen
    is voorbij" would be untrue of it)."""
    open_now = _open_balances(claim)
    return len([b for b in open_now if b.invoice.due < claim.as_of] or open_now)


def invoice_question(claim: Claim) -> str:
    """The label asking whether the debtor has a question about the invoice itself, or the invoices, as many as
    are open: after a handover, on the page and in the letters alike."""
    return "contact_invoice_question_many" if open_invoices(claim) > 1 else "contact_invoice_question"


def invoice_words(claim: Claim, lang: Language) -> dict[str, str]:
    """{the_invoice} and {this_invoice} in a message or letter text: "de factuur" and "deze factuur", or
    "de facturen" and "deze facturen" when it asks for several (`asked_invoices`); a text written for one
    invoice read "deze factuur" to a debtor with three open. Beside an invoice disputed apart {the_invoice} is "uw
    andere factuur", as the top names what it asks (labels dispute_apart): "Bent u het niet eens met de factuur?"
    read as if the debtor had disputed nothing."""
    several = asked_invoices(claim) > 1
    if claim.disputed_apart:
        the = "other_invoices" if several else "other_invoice"
    else:
        the = "the_invoices" if several else "the_invoice"
    return {
        "the_invoice": text(lang, the),
        "this_invoice": text(lang, "these_invoices" if several else "this_invoice"),
    }


def credit_note_lines(notes: Iterable[CreditNote], lang: Language) -> tuple[str, ...]:
    """'Creditnota C2026-0003 van 20 maart 2026: EUR 500,00 minder. Omschrijving: “Korting”', one per credit note."""
    lines = []
    for note in notes:
        values = dict(number=note.number, date=fmt.day(note.date, lang), amount=fmt.money(note.amount, lang))
        description = note.description_in(lang)
        if description:
            lines.append(text(lang, "credit_note_described", description=description, **values))
        else:
            lines.append(text(lang, "credit_note", **values))
    return tuple(lines)


def payment_rows(claim: Claim, lang: Language, doubted: bool = False) -> tuple[PaymentRow, ...]:
    """One row per payment: its date, its amount and what it paid off; money beyond what was owed is
    'paid too much', or, `doubted` (a payment may be counted twice until staff check it), 'being checked'."""
    num = partial(fmt.number, lang=lang)
    rows = []
    several = len(claim.settlement.invoices) > 1
    apart = {i.number for i in claim.disputed} if claim.disputed_apart else set()
    credited = credited_in_full(claim)
    for applied in claim.settlement.payments:
        count = len(applied.allocations)
        # Where money beyond the invoices it named went ("uw andere factuur", or "facturen"): after a disputed
        # one's share, or instead of it once all it could ask is kept.
        elsewhere = {a.invoice for a in applied.allocations if a.invoice and a.invoice not in applied.payment.named}
        others = other_invoices(len(elsewhere), lang)
        shares = tuple(
            text(
                lang,
                _applied_key(a, several, doubted, k == count - 1),
                invoice=_invoices_of(a, lang),
                amount=num(a.amount),
                others=others,
            )
            for k, a in enumerate(asking(a, credited) for a in applied.allocations)
        )
        named_apart = [n for n in applied.payment.named if n in apart]
        if named_apart:
            shares = _with_named_apart(claim, applied, named_apart, shares, bool(elsewhere), lang, others)
        elif elsewhere and (went := _named_credited_away(claim, applied, lang, others)) is not None:
            shares = (went, *shares)
        rows.append(PaymentRow(fmt.short_day(applied.payment.date, lang), num(applied.payment.amount), shares))
    return tuple(rows)


def _named_credited_away(claim: Claim, applied: PaymentApplied, lang: Language, others: str) -> str | None:
    """Why a payment went to other invoices than those it named, when credit notes took all of those (a returned
    order paid before): "u noemde factuur W-1006: die hebben wij na deze betaling helemaal gecrediteerd; deze
    betaling telt nu voor uw andere factuur". None when it paid any of them (its shares say so)."""
    named = applied.payment.named
    invoices = {i.number: i for i in claim.debtor.invoices}
    if not named or any(a.invoice in named for a in applied.allocations):
        return None
    if any(n not in invoices or invoices[n].owed(claim.as_of) > 0 for n in named):
        return None
    # Each said as it came: one credited before the payment was not credited "na deze betaling".
    before = [n for n in named if invoices[n].owed(applied.payment.date) <= 0]
    after = [n for n in named if n not in before]
    invoice = listed(list(named), lang) if len(named) > 1 else named[0]
    if before and after:
        both = _before_and_after(before, after, lang)
        return text(lang, "applied_disputed_credited_mixed", invoice=invoice, credited=both, others=others)
    many = "_many" if len(named) > 1 else ""
    return text(lang, f"applied_disputed_credited{many}{'_later' if after else ''}", invoice=invoice, others=others)


def _with_named_apart(
    claim: Claim,
    applied: PaymentApplied,
    named: list[str],
    shares: tuple[str, ...],
    went_on: bool,
    lang: Language,
    others: str,
) -> tuple[str, ...]:
    """A payment's shares with what became of the disputed invoices it `named` said too: why it paid the others
    only (`_already_kept`), or, before what it keeps for one, that another it named was credited in full."""
    kept_now = [k for k, a in enumerate(applied.allocations) if a.to == Share.DISPUTED]
    if went_on and not kept_now:
        return (_already_kept(claim, named, applied.payment.date, lang, others), *shares)
    in_full = credited_in_full(claim)
    credited = [n for n in named if n in in_full]
    if not kept_now or not credited:
        return shares
    said = _named_credited(claim, credited, applied.payment.date, lang)
    return (*shares[: kept_now[0]], said, *shares[kept_now[0] :])


def other_invoices(count: int, lang: Language) -> str:
    """ "uw andere factuur" or "uw andere facturen": the invoices besides those disputed apart, `count` of them."""
    return text(lang, "other_invoices" if count > 1 else "other_invoice")


def _credited_when(claim: Claim, numbers: Iterable[str], day: date) -> tuple[list[str], list[str]]:
    """Those of the invoices credited in full credited by `day`, and those a credit note dated after it took the
    last of: the figures count it from the invoice's own date (docs/computation.md, Credit notes), but on `day`
    that invoice still asked money. Each is said as it came: "na deze betaling" of one credited before it is
    not true."""
    owed_then = {i.number for i in claim.disputed if i.owed(day) > 0}
    numbers = list(numbers)
    return [n for n in numbers if n not in owed_then], [n for n in numbers if n in owed_then]


def _before_and_after(before: list[str], after: list[str], lang: Language) -> str:
    """ "factuur F-B hebben wij helemaal gecrediteerd en factuur F-C na deze betaling"."""
    return text(
        lang, "credited_before_and_after", before=invoices_named(before, lang), after=invoices_named(after, lang)
    )


def _named_credited(claim: Claim, credited: list[str], paid_on: date, lang: Language) -> str:
    """ "u noemde factuur F-B: die hebben wij helemaal gecrediteerd", or "na deze betaling" when it came later;
    of several, one credited before the payment and one after, each as it came."""
    before, after = _credited_when(claim, credited, paid_on)
    named = invoices_named(credited, lang)
    if before and after:
        return text(
            lang, "applied_named_credited_mixed", invoices=named, credited=_before_and_after(before, after, lang)
        )
    return text(lang, "applied_named_credited" + ("_later" if after else ""), invoices=named)


def _already_kept(claim: Claim, named: list[str], paid_on: date, lang: Language, others: str) -> str:
    """Why a payment naming a disputed invoice paid others only: all that invoice could ask is kept already
    (claims.settlement `_keep_apart`), or credit notes took all of it, or both, one invoice each, so the debtor
    does not read their choice as overlooked. A credit note dated after the payment is not why it went on that
    day: the line then says it counts for the others now (and which invoice was credited before, which after)."""
    in_full = credited_in_full(claim)
    credited = [n for n in named if n in in_full]
    kept = [n for n in named if n not in credited]
    before, after = _credited_when(claim, credited, paid_on)
    later = "_later" if after else ""
    invoices = listed(named, lang) if len(named) > 1 else named[0]
    many = "_many" if len(named) > 1 else ""
    if not credited:
        return text(lang, f"applied_disputed_kept{many}", invoice=invoices, others=others)
    if before and after:
        both = _before_and_after(before, after, lang)
        key = "applied_disputed_kept_credited_mixed" if kept else "applied_disputed_credited_mixed"
        return text(lang, key, invoice=invoices, credited=both, kept=invoices_named(kept, lang), others=others)
    if not kept:
        return text(lang, f"applied_disputed_credited{many}{later}", invoice=invoices, others=others)
    return text(
        lang,
        f"applied_disputed_kept_credited{later}",
        invoice=invoices,
        credited=invoices_named(credited, lang),
        kept=invoices_named(kept, lang),
        others=others,
    )


def _applied_key(share: Allocation, several: bool, doubted: bool = False, last: bool = True) -> str:
    """The words for what a payment paid: costs of one invoice of `several` name it (each has its part);
    a credit `doubted` is being checked, not yet 'paid too much'; money kept for several disputed invoices
    names them all, and money kept before other shares (not `last`) is all they ask, the rest went on."""
    if share.to == Share.COSTS and share.invoice and several:
        return "applied_costs_of"
    if share.to == Share.CREDIT and doubted:
        return "applied_credit_checked"
    if share.to == Share.DISPUTED:
        return "applied_disputed" + ("_many" if len(share.kept_for) > 1 else "") + ("" if last else "_full")
    return f"applied_{share.to}"


def _invoices_of(share: Allocation, lang: Language) -> str | None:
    """The invoice a share is of, or the disputed invoices it is kept for ("F-B en F-C")."""
    return listed(share.kept_for, lang) if len(share.kept_for) > 1 else share.invoice


def allocation_note(claim: Claim, lang: Language) -> str:
    """Why a payment paid costs or interest before the invoice (art. 6:44 BW): said once any did, so
    that "Betaald" beside an invoice, less than what came in, does not read as a mistake."""
    to = {a.to for applied in claim.settlement.payments for a in applied.allocations}
    if "costs" in to:
        # With several invoices "first to the costs" would read as all of them before any invoice: each
        # invoice's own part comes first, the invoice named or else the oldest (art. 6:43 and 6:44 BW).
        several = len(claim.settlement.invoices) > 1
        return text(lang, "allocation_costs_invoices" if several else "allocation_costs")
    if "interest" in to:
        return text(lang, "allocation_interest")
    return ""


def situation_text(claim: Claim, lang: Language) -> str:
    """The day the figures stand on, and up to which day the payments linked to the debtor are in them: never
    that every payment received is (a credit without the reference waits for staff), and the same words
    whatever the bank statements hold, which tell nothing of other debtors. Payments staff wrote in by hand can
    be later than the last bank statement: those are named too, so the list below it agrees."""
    later = any(p.payment.date > claim.payments_until for p in claim.settlement.payments)
    day = partial(fmt.day, lang=lang)
    key = "situation_later" if later else "situation"
    return text(lang, key, date=day(claim.as_of), paid_until=day(claim.payments_until))


def interest_view(claim: Claim, creditor: Creditor, lang: Language) -> InterestView | None:
    """The statutory interest per period and in total; None when no interest is charged."""
    balances = claim.settlement.invoices
    # A period worth less than half a cent is only noise to a reader; the totals stay the same.
    lines = [line for b in balances for line in b.interest_lines if cents(line.amount) != 0]
    if creditor.interest != InterestChoice.STATUTORY or not lines:
        return None
    num = partial(fmt.number, lang=lang)
    rows = tuple(
        InterestRow(line.invoice, _interest_period(line, lang), interest_rate(line, lang), num(line.amount))
        for line in lines
    )
    total, still_open = claim.settlement.interest, claim.settlement.interest_open
    basis = text(lang, f"interest_statutory_{claim.debtor.type}")
    if any(line.capitalised > 0 for line in lines):
        basis += " " + text(lang, f"interest_compound_{claim.debtor.type}")  # why a base grew beyond the invoice
    # "Daarvan is EUR 0,00 betaald" reads as a reproach to whoever has paid nothing yet: the total alone.
    summary = _interest_summary(claim, lang, total, still_open)
    assumed = _assumed_note(claim, lang) if any(not line.confirmed for line in lines) else ""
    return InterestView(basis, rows, summary, rate_source(claim, lang), assumed, interest_per_day(claim, lang))


def rate_source(claim: Claim, lang: Language) -> str:
    """Who sets the percentages in the table, and where a debtor or their counsellor can check them: the government
    by decree for a consumer's statutory interest (art. 6:119 and 6:120 lid 1 BW), the ECB's rate plus 8 points for a
    business's commercial interest (art. 6:119a and 6:120 lid 2 BW). "Each amount with its basis": the rate too."""
    return text(lang, f"interest_source_{claim.debtor.type}")


def _interest_summary(claim: Claim, lang: Language, total: Decimal, still_open: Decimal) -> str:
    """The interest so far and what of it is paid: the rest open, or remitted once a settlement was paid in time.
    "Daarvan is EUR 0,00 betaald" reads as a reproach to whoever has paid nothing yet: then the total alone."""
    money = partial(fmt.money, lang=lang)
    settled = claim.status == Status.SETTLED
    if still_open == total:
        return text(lang, "interest_summary_all_remitted" if settled else "interest_summary_unpaid", total=money(total))
    if still_open == 0:  # nothing open, nothing remitted: a "EUR 0,00" beside it would mean nothing
        # Paid in full, the interest stopped with the last payment: its total, not "so far".
        key = "interest_summary_all_paid_closed" if claim.closed else "interest_summary_all_paid"
        return text(lang, key, total=money(total))
    key = "interest_summary_remitted" if settled else "interest_summary"
    return text(lang, key, total=money(total), paid=money(total - still_open), open=money(still_open))


def _assumed_note(claim: Claim, lang: Language) -> str:
    """Why a rate is marked provisional, and what another rate would do: adjust the interest, or, once a settlement
    was paid, nothing (the agreed sum ended the debt whatever the interest)."""
    return text(lang, "interest_assumed_settled" if claim.status == Status.SETTLED else "interest_assumed")


def interest_per_day(claim: Claim, lang: Language) -> str:
    """What one more day adds, "Per dag komt er ongeveer EUR 0,12 rente bij", for a counsellor's inventory. "About":
    each period's line is rounded to cents once (law.interest), so a day's increase of the total is this figure
    rounded up or down by a cent, but N days add N times it within a cent a line. Not after a write-off (the
    figures stop on its day), nor when less than half a cent (nothing to the cent)."""
    settlement = claim.settlement
    per_day = cents(settlement.interest_per_day)
    if settlement.as_of != claim.as_of or per_day == 0:
        return ""
    return text(lang, "interest_per_day", amount=fmt.money(per_day, lang))


def interest_rate(line: InterestLine, lang: Language) -> str:
    """A line's rate, "4%", or "4% (voorlopig)" when it is not confirmed: a row of the rate table marked so, or a
    half year past its end at its last rate. One rule for both: to the debtor either may still change."""
    rate = fmt.percent(line.percent, lang)
    return rate if line.confirmed else text(lang, "interest_rate_assumed", rate=rate)


def _interest_period(line: InterestLine, lang: Language) -> str:
    """A period's dates, days and base; a base with earlier years' interest in it says how much."""
    values = dict(
        start=fmt.short_day(line.start, lang),
        end=fmt.short_day(line.end, lang),
        days=line.days,
        base=fmt.money(line.base, lang),
    )
    period = text(lang, "interest_period_one" if line.days == 1 else "interest_period", **values)
    if line.capitalised > 0:
        period += text(lang, "interest_period_capitalised", interest=fmt.money(line.capitalised, lang))
    return period


def costs_notice(claim: Claim, creditor: Creditor) -> Event | None:
    """The final notice the costs hang on: the first one of their episode, as the core charges them.

    None when the costs do not follow from a letter (a business owing them from the due date).
    """
    # An e-mail the consumer had not agreed to, or a letter stating more costs than the law allows, brings no costs
    # (claims.timing.brings_costs): a notice after it does.
    notice = next((n for n in claim.final_notices if n not in claim.costless_notices), None)
    if claim.costs.state == CostsState.NONE or notice is None:
        return None
    if notice_term_end(creditor, claim.debtor, notice) + DAY != claim.costs.owed_from:
        return None
    return notice


def costs_answer(claim: Claim, creditor: Creditor) -> Event | None:
    """The dispute's answer whose term set the day the costs come (claims.timing.wait_for_disputes): a final
    notice's term passed while the whole claim was disputed, so the costs follow the answer's term, not the
    notice's (costs_notice is None: its term does not set their day). None otherwise. The words name that term,
    not the notice's: "De termijn van onze sommatie liep tot en met" the answer's last day is not true."""
    costs = claim.costs
    if costs.state == CostsState.NONE or costs.owed_from is None or costs_notice(claim, creditor) is not None:
        return None
    answers = (e for e in reversed(claim.events) if e.type == EventType.DISPUTE_RESOLVED)
    return next((e for e in answers if answer_term_end(creditor.policy, e) + DAY == costs.owed_from), None)


def channel_variant(channel: Channel | None) -> str:
    """How the words name the way a letter went: "_email", "_portal" or "" (post, or handed over). A message in the
    creditor's customer portal arrives the day it is sent, as an e-mail does (claims.timing.letter_received), and
    the same rules hold for it; but it is no e-mail, and a debtor who read it in the portal is told so ("onze
    sommatie in ons klantportaal", "dit bericht"), not "per e-mail"."""
    if channel == Channel.PORTAL:
        return "_portal"
    return "_email" if channel in INSTANT_CHANNELS else ""


def notice_form(debtor: Debtor, notice: Event) -> str:
    """How the words name the way a final notice went (`channel_variant`), "_unagreed" before it where it went by
    e-mail or in the portal to a consumer who had not agreed to that (claims.timing.binds): "onze e-mail (sommatie)",
    no final notice in English; "" of a posted one."""
    variant = channel_variant(notice.channel)
    return f"_unagreed{variant}" if variant and not binds(debtor, notice) else variant


def term_key(notice: Event, key: str) -> str:
    """Which wording of a notice's term: by e-mail ("deze e-mail"), in the customer portal ("dit bericht") or post
    (`channel_variant`), and, once the debtor told us the day it arrived (`received`), that day as told rather than
    asked."""
    told = notice.received is not None
    variant = channel_variant(notice.channel)
    return f"{key}{variant}_told" if told else f"{key}{variant}"


def dated_key(claim: Claim, notice: Event, key: str) -> str:
    """`key`, or `<key>_dated` for a posted notice a later final notice of the episode followed (one sent again):
    its wording "onze laatste brief (sommatie) van 16 november" reads as the latest letter, the later one; named
    by its date alone, "onze sommatie van 16 november", as `first_notice_named` names a middle one. An e-mailed
    notice's wording ("onze sommatie per e-mail van") says no "laatste": it stays."""
    later = claim.final_notices and notice is not claim.final_notices[-1]
    return f"{key}_dated" if later and not channel_variant(notice.channel) else key


def notice_named(notice: Event | None, lang: Language, key: str = "notice", debtor: Debtor | None = None) -> str:
    """A final notice as a sentence names it by how it went: "onze sommatie per e-mail" (or "in ons klantportaal")
    is no "brief" (None: the costs follow from no notice, and the sentence names none; the posted wording stands
    in). `key`: the words, `<key>_email`, `<key>_portal` or `<key>_letter` (a page's message has its own, `a_notice`
    and `the_notice`). Given its `debtor`, one e-mailed to a consumer who had not agreed to it (claims.timing.binds)
    is `<key>_unagreed_email`: "onze e-mail (sommatie)", as the steps and its subject name it, no final notice."""
    if notice is None:
        return text(lang, f"{key}_letter")
    form = notice_form(debtor, notice) if debtor is not None else channel_variant(notice.channel)
    return text(lang, f"{key}{form or '_letter'}")


def episode_notice_named(claim: Claim, lang: Language, key: str = "notice") -> str:
    """`notice_named` of the first final notice of the costs' episode (costs_notice's, where no creditor is at hand
    to check its term): for a sentence that only names it."""
    return notice_named(claim.final_notices[0] if claim.final_notices else None, lang, key, claim.debtor)


def first_notice_named(claim: Claim, lang: Language, key: str = "notice") -> str:
    """`episode_notice_named`, but once a later final notice of the episode went out (a notice sent again, and its
    own letter, whose claim holds it): "onze eerste sommatie", not "onze laatste brief (sommatie)", which reads as
    the latest one, or in that letter as the letter itself. `key` as there: `the_notice` in a page's message.
    After a notice that brought no costs (`claim.costless_notices`: overstated, or e-mailed without consent) the
    costs hang on the next one: that one named, and "eerste" only when it is the first one sent (a later notice
    after a costless one is no first); with a notice after it too, by its date ("onze sommatie van 21 oktober
    2026"), as "laatste brief" would read as that later one."""
    notices = claim.final_notices
    binding = [n for n in notices if n not in claim.costless_notices]
    if binding and len(notices) > 1 and binding[0] is notices[0]:
        return notice_named(binding[0], lang, f"first_{key}")
    if binding and binding[0] is not notices[-1]:  # not the first (above): a middle one
        variant = channel_variant(binding[0].channel) or "_letter"
        return text(lang, f"dated_{key}{variant}", sent=fmt.day(binding[0].letter_day, lang))
    return notice_named(binding[0] if binding else (notices[0] if notices else None), lang, key, claim.debtor)


def newer_notice_named(claim: Claim, lang: Language) -> str:
    """{the_notice} in the message of a newer invoice's own step ("die nog niet in {the_notice} stond"): once
    several notices went out and none asked for it (claims.escalation.asked_for), "onze sommaties", not "onze
    eerste sommatie", which says a later one held it. Else `first_notice_named`: the first did not ask for it."""
    step, notices = claim.next_action, claim.final_notices
    newer = step.newer if step is not None and step.newer_first else None
    if newer is not None and len(notices) > 1 and not any(newer.number in asked_for(claim, n) for n in notices):
        return text(lang, "the_notices")
    return first_notice_named(claim, lang, "the_notice")


def plan_notice_named(claim: Claim, lang: Language) -> str:
    """The final notice over a plan in arrears (demand.plan_under_final_notice) as the sentences that say it asks
    everything overdue name it ("dat vraagt {notice}"): by how it went, or on the day it is written how it goes
    (the first of `Debtor.final_notice_forms`, as letters.outlook.claim_as_sent records it). An e-mail is no "laatste
    brief"; one e-mailed to a consumer who had not agreed to it calls itself no final notice either (its subject is
    "Sommatie", "Notice to pay"): `the_notice_unagreed_email`. Written both ways (a business's, staff sending one),
    `the_notice_either`: "onze sommatie", no "brief" that may come as an e-mail."""
    notice = None if notice_written_today(claim) else claim.latest_notice
    if notice is not None:
        channel, sent = notice.channel, notice.date
    else:
        forms = claim.debtor.final_notice_forms()
        if Channel.LETTER in forms and Channel.EMAIL in forms:
            return text(lang, "the_notice_either")  # a business's, staff send one: no "brief" that may be an e-mail
        channel, sent = (forms[0] if forms else Channel.LETTER), claim.as_of
    variant = channel_variant(channel)
    if variant and not binds_by(claim.debtor, channel, sent):
        return text(lang, f"the_notice_unagreed{variant}")
    return text(lang, f"the_notice{variant or '_letter'}")


def received_values(creditor: Creditor, debtor: Debtor, notice: Event, lang: Language) -> dict[str, str]:
    """The day a final notice to `debtor` arrived, as its term's wording names it: the day the debtor told us
    (`received`), or else the assumed one. A told day before the assumed one never shortens the term
    (claims.timing.notice_received): `counted` then says the days still count from the assumed day."""
    day = partial(fmt.day, lang=lang)
    assumed = letter_received(creditor, debtor, notice.date, notice.channel)
    told = notice.received
    counted = ""
    if told is not None and told < assumed:
        counted = " " + text(lang, "counted_from", assumed=day(assumed))
    return {"received": day(told or assumed), "counted": counted}


def what_to_pay(claim: Claim, lang: Language) -> str:
    """What must be paid to stop the next step: everything, or only the overdue part."""
    if claim.amount_overdue > 0 and not_yet_due(claim):
        return text(lang, "what_overdue", amount=fmt.money(claim.amount_overdue, lang))
    return text(lang, "what_all")


def _falling_due(claim: Claim, lang: Language) -> str:
    """Costs from the due date (business_costs_from_due): what stops them is what is open of the invoices
    due on their last day, named when the top asks more (invoices due later too); else what_to_pay."""
    due = due_on_costs_eve(claim)
    if claim.amount_overdue > 0 or not 0 < due < claim.amount_due_apart_from_a_plan:
        return what_to_pay(claim, lang)
    return text(lang, "what_asked", amount=fmt.money(due, lang))


def due_on_costs_eve(claim: Claim) -> Decimal:
    """What is open of the invoices due on the last day before announced costs: under
    business_costs_from_due, what stops them."""
    last_day = claim.costs.owed_from - DAY
    return sum((b.open for b in claim.settlement.invoices if b.invoice.due == last_day), ZERO)


def costs_come_beside(claim: Claim) -> bool:
    """Whether a plan or a promise runs in a final notice's term without stopping its costs: they come
    unless what the notice asks is paid by its last day, whatever the agreement puts later. The top of the
    page and the letters say so, and nothing beside them puts what the agreement leaves open off to "later".
    Not a plan that notice followed in arrears (`plan_under_final_notice`): the page asks what stops them."""
    costs = claim.costs
    if claim.status not in (Status.ARRANGEMENT, Status.PROMISE) or plan_under_final_notice(claim):
        return False
    return costs.state == CostsState.ANNOUNCED and costs.owed_from is not None and not promise_stops_the_costs(claim)


def promise_stops_the_costs(claim: Claim) -> bool:
    """Whether a pending promise, kept, pays what stops announced costs in time: by the term's last day,
    at least what is left of the notice's amount (from the due date: what falls due that day)."""
    costs = claim.costs
    if claim.status != Status.PROMISE or costs.state != CostsState.ANNOUNCED or costs.owed_from is None:
        return False
    return claim.pending_promise.promised_date < costs.owed_from and promised_enough(claim)


def promised_enough(claim: Claim) -> bool:
    """Whether the amount promised is at least what stops the announced costs."""
    promise = claim.pending_promise
    stops = claim.costs.asked_left if claim.costs.asked_left is not None else due_on_costs_eve(claim)
    promised = claim.total_due if promise.whole_balance else promise.amount - promise.paid
    return promised >= stops


def instalments_stopping_the_costs(claim: Claim) -> int:
    """How many open instalments of a running plan fall due by a final notice's last day, when together they pay at
    least what stops its announced costs (as `promised_enough` of a promise); 0 when they fall short or none does.
    Paid by that day, they stop the costs: "your instalments alone do not stop them" would be untrue. An instalment
    due before a letter can be read, which the letter asks by that last day (letters.terms.letter_deadline), falls
    due by it all the same."""
    costs = claim.costs
    if claim.status != Status.ARRANGEMENT or costs.state != CostsState.ANNOUNCED or costs.owed_from is None:
        return 0
    last_day = costs.owed_from - DAY
    due = [i.open for i in claim.running_plan.installments if i.installment.due <= last_day and i.open > 0]
    stops = costs.asked_left if costs.asked_left is not None else due_on_costs_eve(claim)
    return len(due) if due and sum(due, ZERO) >= stops else 0


def plan_costs_variant(claim: Claim) -> str:
    """Which words a plan's sentence on a final notice's costs takes: "_one" or "_several" when the instalments due
    by its last day stop them (`instalments_stopping_the_costs`), else "_single" when one instalment is left to pay
    ("Uw termijn alleen houdt die niet tegen", not "Uw termijnen" of a plan of one), or "" for several."""
    stopping = instalments_stopping_the_costs(claim)
    if stopping:
        return "_one" if stopping == 1 else "_several"
    return instalment_key(claim, "") if claim.status == Status.ARRANGEMENT else ""


def instalment_key(claim: Claim, key: str, counting: Literal["open", "all", "upcoming"] = "open") -> str:
    """The text key of a sentence about the plan's instalments in the number it speaks of: `key` + "_single" when it
    speaks of one, else `key`. Counted (`counting`): "open", the instalments still to pay, not all of the plan's ("Uw
    termijn dekt niet alles" of a plan of two with one paid); "all", the whole plan's, for words that name its
    schedule ("Uw termijnen" of a plan of two, paid or not); "upcoming", those whose day is still to come ("uw
    volgende termijn blijft zoals afgesproken" beside a missed one). One rule for the page and the letters."""
    plan = claim.plan
    if plan is None:
        return key
    if counting == "all":
        count = len(plan.installments)
    elif counting == "upcoming":
        count = sum(i.state == InstallmentStatus.UPCOMING for i in plan.installments)
    else:
        count = sum(i.open > 0 for i in plan.installments)
    return f"{key}_single" if count == 1 else key


def missed_instalments_named(claim: Claim, lang: Language) -> str:
    """What a final notice over a plan asks beside ("alles wat te laat is, niet alleen {the_instalment}"): "de
    termijn", or "de termijnen" when more than one was missed (`several_missed`)."""
    return text(lang, "the_instalments" if several_missed(claim) else "the_instalment")


def several_missed(claim: Claim) -> bool:
    """Whether more than one instalment of the plan is past its day unpaid: one reminder may be for more than one
    (statement.steps.missed_named). One rule for the page's message (plan_missed_several), the reminder's subject
    and its opening (installment_reminder_several): "die termijnen", not "een termijn"."""
    return claim.plan is not None and len(claim.plan.missed) > 1


def costs_stopped_by(claim: Claim, lang: Language, *, on_top: bool = False) -> tuple[str, str | None]:
    """What must be paid in a final notice's term to stop its costs, in words, and the note that
    says why the amount at the top is more, or None. Costs from the due date (no notice asked an
    amount): what falls due on their last day.

    Interest runs on in the term, and an invoice the notice did not ask for may be overdue beside
    it: "everything" would ask more than stops the costs (claims.settlement.cost_base). Then what is
    left of the notice's amount is named, on the page and in the letters alike. The note is said
    only when the top asks more than that: not while it asks a promise or an instalment.
    """
    left = claim.costs.asked_left
    if left is None:
        return _falling_due(claim, lang), None
    what = what_to_pay(claim, lang)
    notices = claim.final_notices
    if not notices:
        return what, None
    named = text(lang, "what_asked", amount=fmt.money(left, lang))
    if left >= claim.amount_due_apart_from_a_plan:
        # All that is open is the notice's amount (its own day, mostly): named as its letter names it,
        # since "everything" asks more by the term's last day once interest runs on.
        return (named if what == text(lang, "what_all") else what), None
    if _top_asks_other(claim) or amount_to_pay(claim) <= left:
        return named, None
    # The notice asked for the invoices due before its day (claims.timing.cost_moment): another one
    # overdue beside them is in the top's amount too; else what the top asks more is the interest since.
    notice = notices[0]
    # An invoice a dispute held apart that day is like a newer one: the letter did not ask for it.
    apart = disputed_apart_when_dated(claim.debtor, notice)
    newer = any(
        b.open > 0 and b.invoice.due < claim.as_of and (notice.letter_day <= b.invoice.due or b.number in apart)
        for b in claim.settlement.invoices
    )
    # The notice named by its day: a notice sent again later is "our last letter" too, and asked more.
    # `on_top`: the page's top holds the costs too (term_costs_on_top), not only the interest since.
    key = ("costs_asked_note_newer" if newer else "costs_asked_note") + ("_costs" if on_top else "")
    note = text(
        lang,
        key,
        amount=fmt.money(left, lang),
        sent=fmt.day(notice.letter_day, lang),
    )
    return named, note


def _top_asks_other(claim: Claim) -> bool:
    """Whether the top of the page asks something else than what is overdue: a promise, an instalment,
    or during a dispute the whole balance (invoices not yet due too). No note then compares the two."""
    if claim.status == Status.ARRANGEMENT:
        return not plan_under_final_notice(claim)  # under the notice, the plan asks what is overdue
    return claim.status in (Status.PROMISE, Status.DISPUTE)


def costs_text(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """The collection costs in one sentence: charged, announced, or none; and the costs of an
    earlier claim, paid (claims.settlement: a later notice's new episode), where there are.

    Announced costs depend on when the final notice arrived, which we can only assume:
    the text says so, as the next steps do, and takes its dates from claim.costs. The costs of a term over whose
    days are not read are said to be in the amount asked (term_costs_on_top), as the page's top and a letter ask.
    """
    return _present_costs_text(claim, creditor, lang) + earlier_costs_sentence(claim, lang)


def costs_vat_sentence(claim: Claim, lang: Language) -> str:
    """' The collection costs include 21% VAT (EUR 31,50), because we cannot reclaim the VAT.', where the
    creditor charges VAT on them (policy.costs_vat): a creditor may add it only when it says so."""
    vat = claim.costs.vat
    if claim.costs.state == CostsState.NONE or vat <= 0:
        return ""
    return " " + text(lang, "costs_vat", rate=_vat_rate(lang), vat=fmt.money(vat, lang))


def costs_amount(claim: Claim, lang: Language) -> str:
    """The costs' amount (claim.costs.amount) as a sentence away from the costs paragraph names it: with the VAT in
    it beside it where the creditor charges it (`vat_beside`), as the final notice stated it."""
    return vat_beside(fmt.money(claim.costs.amount, lang), claim.costs.vat, lang)


def costs_cap(claim: Claim, lang: Language, key: str, **values: str) -> str:
    """The cap on a consumer's collection costs (steps.costs_are_final: an agency may charge no more), `key` its
    sentence ("handover_costs_stay", "agency_costs_stay"). The cap is of the total: once part of them is paid, the
    total, what was paid and what is left ("_part"), or that they are paid ("_paid"); not "De incassokosten
    blijven EUR 390,22" beside the totals' "Incassokosten, nog open 190,22"."""
    amount = costs_amount(claim, lang)
    paid, left = claim.settlement.costs_paid, claim.settlement.costs_open
    if paid <= 0:
        return text(lang, key, amount=amount, **values)
    if left <= 0:
        return text(lang, f"{key}_paid", amount=amount, **values)
    money = partial(fmt.money, lang=lang)
    return text(lang, f"{key}_part", amount=amount, paid=money(paid), open=money(left), **values)


def vat_beside(amount: str, vat: Decimal | None, lang: Language) -> str:
    """`amount`, an amount of collection costs, with the VAT in it said beside it: 'EUR 181,50 (inclusief 21% btw:
    EUR 31,50)', or with `vat` None (a part of them, or the most they can be) its rate only; as it is without VAT
    (`vat` zero). A debtor who read the final notice's 'inclusief 21% btw' reads the same amount on the same basis
    wherever it is named, not an amount that looks like the staffel's."""
    if vat is not None and vat <= 0:
        return amount
    if vat is None:
        return text(lang, "costs_amount_vat_rate", amount=amount, rate=_vat_rate(lang))
    return text(lang, "costs_amount_vat", amount=amount, rate=_vat_rate(lang), vat=fmt.money(vat, lang))


def _vat_rate(lang: Language) -> str:
    return fmt.percent(COSTS_VAT_RATE * 100, lang)


def earlier_costs_sentence(claim: Claim, lang: Language) -> str:
    """' The EUR 425,00 ... you paid before belong to invoices that are paid ...', or nothing: the
    costs of an earlier claim stay in the payments that paid them, not in today's costs."""
    earlier = claim.settlement.costs_earlier
    return " " + text(lang, "costs_earlier", amount=fmt.money(earlier, lang)) if earlier > 0 else ""


def _present_costs_text(claim: Claim, creditor: Creditor, lang: Language) -> str:
    if claim.costs.state == CostsState.CHARGED:
        # The VAT is part of the amount charged: said beside it, before what of it was paid and is open.
        charged = _charged_text(claim, creditor, lang) + costs_vat_sentence(claim, lang)
        return charged + costs_parts_sentence(claim, lang) + costs_paid_sentence(claim, lang)
    return _costs_not_charged_text(claim, creditor, lang)


def _costs_not_charged_text(claim: Claim, creditor: Creditor, lang: Language) -> str:
    costs = claim.costs
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    if costs.state == CostsState.ANNOUNCED:
        basis = COST_BASIS if lang == Language.NL else COST_BASIS_EN
        values = dict(
            amount=money(costs.amount),
            basis=basis,
            date=day(costs.owed_from),
            last_day=day(costs.owed_from - DAY),
            what=what_to_pay(claim, lang),
        )
        notice = costs_notice(claim, creditor)
        answer = costs_answer(claim, creditor)
        if answer is not None:
            return _costs_after_answer_text(claim, creditor, lang, answer, values)
        if notice is None:
            values["what"] = costs_stopped_by(claim, lang)[0]
            announced_due = text(lang, "costs_announced_due", **values) + costs_vat_sentence(claim, lang)
            return announced_due + part_lowers_sentence(claim, creditor, lang)
        if claim.term_unseen is not None:  # the term is over: said as owed unless paid in it, as a letter says it
            # Asked at the top with the rest (term_costs_on_top): not "Nog niet in rekening gebracht" beside it.
            on_top = term_costs_on_top(claim) > 0
            opening = text(lang, "costs_on_top" if on_top else "costs_not_yet")
            return opening + " " + costs_after_term(creditor, claim, lang, on_top=on_top)
        values["what"], note = costs_stopped_by(claim, lang)
        # An e-mailed notice by its name, its day of receipt stated: the day it went (term_key).
        announced = text(
            lang,
            term_key(notice, dated_key(claim, notice, "costs_announced")),
            sent=day(notice.letter_day),
            **received_values(creditor, claim.debtor, notice, lang),
            **values,
        )
        if note is not None:
            announced += " " + note
        # The VAT in the amount beside it, before what a part paid does to it (as the final notice says it).
        return announced + costs_vat_sentence(claim, lang) + part_lowers_sentence(claim, creditor, lang)
    if costs.waiting is not None:  # a final notice's term passed in a dispute of all it asked: they wait for us
        return text(lang, "costs_wait_answer", amount=money(costs.waiting))
    # Paid, or nothing late: not "no costs at this time", which reads as costs to come to whom did nothing wrong.
    return text(lang, "costs_none" if claim.amount_overdue > 0 and not claim.closed else "costs_none_owed")


def _costs_after_answer_text(
    claim: Claim, creditor: Creditor, lang: Language, answer: Event, values: dict[str, str]
) -> str:
    """Announced costs whose day a dispute's answer set (`costs_answer`): that term named, in the present while it
    runs, in the past once it is over (its days not yet read: claim.term_unseen); on the page whose top then asks
    them (term_costs_on_top), said to be in the amount there, not "Nog niet in rekening gebracht"."""
    values = {**values, "what": costs_stopped_by(claim, lang)[0], "answered": fmt.day(answer.date, lang)}
    if claim.term_unseen is None:
        said = text(lang, "costs_announced_answer", **values) + costs_vat_sentence(claim, lang)
        return said + part_lowers_sentence(claim, creditor, lang)
    on_top = term_costs_on_top(claim) > 0
    opening = text(lang, "costs_on_top" if on_top else "costs_not_yet")
    return f"{opening} {text(lang, 'costs_answer_term_ended', **values)}" + costs_vat_sentence(claim, lang)


def costs_after_term(
    creditor: Creditor, claim: Claim, lang: Language, *, today: bool = False, first: bool = False, on_top: bool = False
) -> str:
    """The announced costs said once the term they hang on is over: owed from the day after it unless what it
    asked was paid, in the past tense; in the present when read on that last day itself (`today`: the debtor can
    still pay that day). Said by a letter read after the term (letters.terms.costs_after_term) and by the page once
    the term is over, its days not yet in the statements read (claim.term_unseen): one wording, so the page and the
    letter of the same night agree. The amount holds the parts paid until the figures' last day
    (claim.payments_until): only a part paid after it, in the term, lowers it further, said while the figures end
    before the term does (read on that last day, by the letter: letters.terms.costs_after_term). `first`: said by a
    final notice sent again, of the first one. A day of receipt the debtor told us (the notice's `received`) is
    stated, not asked; an e-mailed notice is named as one (term_key). `on_top`: the page's top asks the costs too
    (term_costs_on_top), and the note on what it asks more says so (costs_stopped_by)."""
    costs = claim.costs
    notice = costs_notice(claim, creditor)
    if notice is None or costs.owed_from is None:
        raise ValueError(f"costs of {claim.debtor.id} said after a term that no final notice set")
    day = partial(fmt.day, lang=lang)
    last_day = costs.owed_from - DAY
    key = "costs_term_ends_today" if today else "costs_term_ended"
    key = f"{key}_first" if first else dated_key(claim, notice, key)
    what, note = costs_stopped_by(claim, lang, on_top=on_top)
    said = text(
        lang,
        term_key(notice, key),
        sent=day(notice.letter_day),
        **received_values(creditor, claim.debtor, notice, lang),
        last_day=day(last_day),
        what=what,
        date=day(costs.owed_from),
        amount=fmt.money(costs.amount, lang),
        basis=COST_BASIS if lang == Language.NL else COST_BASIS_EN,
    )
    if note is not None:  # what that amount is, where the top asks more (costs_stopped_by), as the term's wording says
        said += " " + note
    said += costs_vat_sentence(claim, lang)  # beside the amount, before what a part paid in the term does to it
    if (
        today
        or claim.payments_until >= last_day
        or not lowered_by_a_part(costs.amount, creditor.policy.chase_minimum, vat=creditor.policy.costs_vat)
    ):
        return said  # read on that last day, a letter says what a part paid then still does (letters.terms)
    return said + " " + text(lang, "part_lowered", paid_until=day(claim.payments_until), last_day=day(last_day))


def _charged_text(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """The costs charged, with what set them: EUR 40 per late invoice, the amount a notice stated, or the
    staffel over the principal (and where that principal comes from when it is not what was open)."""
    costs = claim.costs
    money = partial(fmt.money, lang=lang)
    if costs.each_late_invoice:
        # EUR 40 per invoice paid late, not the staffel over the principal, set the amount.
        return text(
            lang,
            "costs_charged_each",
            amount=money(costs.amount),
            count=costs.each_late_invoice,
            minimum=money(LATE_COMMERCIAL_MINIMUM),
            when=charged_when(claim, lang),
        )
    if costs.capped_from is not None:
        # Less than the staffel gives: what the final notice stated (recorded on it) sets them.
        values = dict(amount=money(costs.amount), when=charged_when(claim, lang))
        stated = text(lang, "costs_charged_stated", notice=notice_named(costs_notice(claim, creditor), lang), **values)
        return stated + unseen_payment_sentence(claim, lang)
    charged = text(
        lang,
        "costs_charged",
        amount=money(costs.amount),
        principal=money(costs.principal),
        basis=COST_BASIS if lang == Language.NL else COST_BASIS_EN,
        when=charged_when(claim, lang),
    )
    # The minimum, where it set the amount, is said in the steps under this text (costs_steps).
    return charged + _over_asked_sentence(claim, creditor, lang) + unseen_payment_sentence(claim, lang)


def shown_calculation(claim: Claim) -> CostCalculation | None:
    """The scale's calculation of the costs charged or announced, when it gave their amount: None for EUR 40
    per late invoice (its text says so), an amount a final notice stated below the scale, or no costs. What is
    shown of it adds up to what is charged (law.costs.cost_calculation)."""
    costs = claim.costs
    if costs.state == CostsState.NONE or costs.each_late_invoice:
        return None
    calculation = cost_calculation(costs.principal, vat=costs.vat > 0)
    return calculation if calculation.amount == costs.amount and calculation.steps else None


def _bands(calculation: CostCalculation, lang: Language, between: str) -> list[str]:
    """'15% over de eerste EUR 2.500,00' and its amount, `between` them, per band of the scale."""
    money = partial(fmt.money, lang=lang)
    only = len(calculation.steps) == 1
    return [
        text(
            lang,
            "costs_step_only" if only else "costs_step_first" if step.first else "costs_step_next",
            rate=fmt.percent(step.rate * 100, lang),
            part=money(step.part),
        )
        + between
        + money(step.amount)
        for step in calculation.steps
    ]


def _limit_sentence(calculation: CostCalculation, lang: Language) -> str | None:
    """That the minimum or the maximum, not the bands' sum, set the amount; None when neither did."""
    if calculation.at_minimum:
        return text(lang, "costs_steps_minimum", minimum=fmt.money(COST_MINIMUM, lang))
    if calculation.at_maximum:
        return text(lang, "costs_steps_maximum", maximum=fmt.money(COST_MAXIMUM, lang))
    return None


def costs_steps(claim: Claim, lang: Language) -> tuple[str, ...]:
    """The page's lines of how the scale gives the costs ('15% over de eerste EUR 2.500,00: EUR 375,00'), their
    sum, and the minimum or maximum where that set the amount; () where the scale did not (shown_calculation)."""
    calculation = shown_calculation(claim)
    if calculation is None:
        return ()
    lines = _bands(calculation, lang, ": ")
    if len(lines) > 1:
        sum_line = text(
            lang,
            "costs_steps_sum",
            principal=fmt.money(claim.costs.principal, lang),
            amount=fmt.money(calculation.scale, lang),
        )
        lines.append(sum_line)
    limit = _limit_sentence(calculation, lang)
    return (*lines, *((limit,) if limit else ()), *_vat_lines(calculation, lang))


def _vat_lines(calculation: CostCalculation, lang: Language) -> tuple[str, ...]:
    """The VAT on the scale's amount and the costs with it, where the creditor charges it (policy.costs_vat)."""
    if calculation.vat <= 0:
        return ()
    money = partial(fmt.money, lang=lang)
    vat = text(lang, "costs_steps_vat", rate=_vat_rate(lang), net=money(calculation.net), vat=money(calculation.vat))
    return vat, text(lang, "costs_steps_with_vat", amount=money(calculation.amount))


def costs_steps_sentence(claim: Claim, lang: Language) -> str:
    """The same calculation in a sentence, for a letter: ' Zo berekend: 15% over EUR 1.345,65 = EUR 201,84.'"""
    calculation = shown_calculation(claim)
    if calculation is None:
        return ""
    steps = _bands(calculation, lang, " = ")
    if len(steps) > 1:
        steps[-1] += ", " + text(lang, "costs_steps_inline_sum", amount=fmt.money(calculation.scale, lang))
    limit = _limit_sentence(calculation, lang)
    said = " " + text(lang, "costs_steps_inline", steps="; ".join(steps)) + (" " + limit if limit else "")
    if calculation.vat <= 0:
        return said
    money = partial(fmt.money, lang=lang)
    vat = dict(net=money(calculation.net), vat=money(calculation.vat), amount=money(calculation.amount))
    return said + " " + text(lang, "costs_steps_inline_vat", rate=_vat_rate(lang), **vat)


def _over_asked_sentence(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """' X is what was left of the amount of our final notice of D after your payment in its term.': the
    principal the costs were counted over is then less than the invoices show open (the term's interest
    brings no costs, claims.settlement.cost_base), and said nowhere else once the term is over."""
    if not claim.costs.over_asked:
        return ""
    notice = costs_notice(claim, creditor)
    if notice is None:
        return ""
    principal = fmt.money(claim.costs.principal, lang)
    sent = fmt.day(notice.letter_day, lang)
    over = costs_over_interest(claim, creditor)
    if over is not None:  # the invoices paid in full, their interest not: said plainly (claims.interest_only)
        return " " + text(lang, "costs_over_interest", principal=principal, sent=sent, paid=fmt.money(over.paid, lang))
    return " " + text(lang, "costs_over_asked", principal=principal, sent=sent)


def costs_paid_sentence(claim: Claim, lang: Language) -> str:
    """' Of them you have paid X; still open: Y.', or ' You have already paid them.': costs charged read
    as on top of the amount asked unless the page says what of them was paid."""
    settlement = claim.settlement
    money = partial(fmt.money, lang=lang)
    if settlement.costs_paid <= 0:
        return ""
    if settlement.costs_open > 0:
        paid, left = money(settlement.costs_paid), money(settlement.costs_open)
        key = "costs_partly_remitted" if claim.status == Status.SETTLED else "costs_partly_paid"
        return " " + text(lang, key, paid=paid, open=left)
    return " " + text(lang, "costs_all_paid")


def costs_parts_sentence(claim: Claim, lang: Language) -> str:
    """' Divided over the invoices: F1 EUR 150,00, F2 EUR 75,00.' when more than one invoice has a part: each
    payment's line names the part it paid, and this says where those parts come from."""
    parts = [b for b in claim.settlement.invoices if b.costs_charged > 0]
    if len(parts) < 2 or claim.costs.each_late_invoice:  # EUR 40 each: the text says so already
        return ""
    said = ", ".join(f"{b.number} {fmt.money(b.costs_charged, lang)}" for b in parts)
    return " " + text(lang, "costs_parts", parts=said)


def part_lowers_sentence(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """' Paying part of it before then may lower the costs', when it can: above the staffel's minimum, and
    while the term runs (one over, its days not yet in the statements read, is no time to pay in any more)."""
    if claim.term_unseen is not None or not lowered_by_a_part(
        claim.costs.amount, creditor.policy.chase_minimum, vat=creditor.policy.costs_vat
    ):
        return ""
    return " " + text(lang, "part_lowers")


def costs_at_most(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """A final notice's announced costs as a sentence beside what stops them names them: 'ten hoogste EUR 187,50'
    where a part paid in the term still lowers them (recomputed on what is left then, as `part_lowers_sentence`
    says below), else the amount. The amount is over what is open now: payments made have lowered it already.
    Costs from the due date (business_costs_from_due) are named as they are."""
    amount = fmt.money(claim.costs.amount, lang)
    lowers = lowered_by_a_part(claim.costs.amount, creditor.policy.chase_minimum, vat=creditor.policy.costs_vat)
    if costs_notice(claim, creditor) is None or not lowers:
        return vat_beside(amount, claim.costs.vat, lang)
    # The most they can be: the VAT's rate, its amount lowered with them.
    return text(lang, "costs_at_most", amount=vat_beside(amount, None if claim.costs.vat > 0 else ZERO, lang))


def unseen_term_day(claim: Claim) -> date | None:
    """The last day of the term the costs hang on, when the payments read end before it: a payment made
    in the term may not be here yet, and then the costs are not owed. None otherwise."""
    last_day = claim.costs.owed_from - DAY if claim.costs.owed_from else None
    if last_day is None or claim.costs.each_late_invoice or claim.payments_until >= last_day:
        return None
    return last_day


def unseen_payment_sentence(claim: Claim, lang: Language) -> str:
    """When the payments read end before the final notice's term did (`unseen_term_day`): said rather than
    charged on silence."""
    last_day = unseen_term_day(claim)
    if last_day is None:
        return ""
    day = partial(fmt.day, lang=lang)
    values = dict(last_day=day(last_day), paid_until=day(claim.payments_until))
    return " " + text(lang, "costs_unseen", notice=episode_notice_named(claim, lang), **values)


def minimum_sentence(principal: Decimal, lang: Language, vat: bool = False) -> str:
    """' That is the legal minimum ...' after the base the costs are counted over, when the minimum set them;
    with `vat` (the costs stated hold VAT), ' Without VAT, that is ...': the amount just stated is more."""
    if not at_the_minimum(principal):
        return ""
    return " " + text(lang, "costs_minimum_vat" if vat else "costs_minimum", minimum=fmt.money(COST_MINIMUM, lang))


def charged_when(claim: Claim, lang: Language) -> str:
    """When the costs charged were charged: 'op 9 oktober 2026', or the first and the last day of their parts."""
    costs = claim.costs
    if costs.last_part_on is None:
        return text(lang, "charged_on", date=fmt.day(costs.owed_from, lang))
    return text(lang, "charged_parts", first=fmt.day(costs.owed_from, lang), last=fmt.day(costs.last_part_on, lang))


def credit_text(claim: Claim, lang: Language, doubted: bool = False, bounced: bool = False) -> str | None:
    """What became of money paid too much: to be refunded, refunded (on the day of the last refund), or
    part of it refunded and the rest to come; None when the debtor never paid too much.

    `doubted`: a payment may count twice until staff check it (the overview says so), so the credit may be
    money still owed: no refund of it is promised, and the page says the payments are being checked.
    `bounced`: a refund came back from the debtor's bank: it is not said to be paid back, and the debtor is
    asked for an account that works.
    """
    s = claim.settlement
    money = partial(fmt.money, lang=lang)
    lines = []
    if s.refunded > 0:
        last = fmt.day(s.refunds[-1].event.date, lang)
        key = "credit_refunded" if s.credit <= 0 else "credit_refunded_part"
        lines.append(text(lang, "credit_refund_returned" if bounced else key, amount=money(s.refunded), date=last))
        if s.credit > 0:
            rest = "credit_rest_checking" if doubted else "credit_rest_returned" if bounced else "credit_rest"
            lines.append(text(lang, rest, amount=money(s.credit)))
    elif s.credit > 0:
        lines.append(text(lang, "credit_checking" if doubted else "credit", amount=money(s.credit)))
    return " ".join(lines) or None


def _open_later(claim: Claim, lang: Language, deadline: date | None, handed_over: date | None = None) -> str:
    """The total's label when part of it is not asked now: how much is paid later, and what is paid before
    then with its day, so the part the label leaves unnamed is what the page asks now, and only that.

    The amount asked is itself named when it is not due yet (demand.asked_by: the next instalment while
    none is due, a part promised), and so is an instalment that falls due by the day given to pay what is
    asked now (the page asks it from then). In a final notice's term nothing is "later" beside a plan or a
    promise (`costs_come_beside`): the total is said plain, and the top says what stops the costs.
    `handed_over`: the day the file goes to the agency after a part promised even when it is kept
    (steps.rest_handed_over): the rest is owed now, not "later"."""
    money = partial(fmt.money, lang=lang)
    if costs_come_beside(claim):
        return text(lang, "total_open_plain")
    asked = amount_to_pay(claim)
    later = claim.total_due - asked
    not_yet = asked_by(claim)
    if not_yet is not None and claim.status == Status.ARRANGEMENT and not_yet != deadline:
        # An instalment due before the plan's confirmation arrives is asked by that letter's day, not its own
        # (steps.payment_deadline, claims.demand.instalment_asked_later); none: it is asked now.
        not_yet = deadline
    if handed_over is not None and not_yet is not None and later > 0:
        values = {"soon": money(asked), "date": fmt.day(not_yet, lang), "now": money(later)}
        return text(lang, "total_open_due_by_now", **values)
    beside, last = plan_beside_promise(claim)
    if last is not None:
        return _beside_a_plan(claim, lang, (asked, not_yet), beside, last)
    if unseen_not_asked(claim):
        return _beside_unseen(claim, lang, later, deadline)
    if not_yet is not None:
        return text(lang, "total_open_due_by_later", soon=money(asked), date=fmt.day(not_yet, lang), later=money(later))
    soon = falling_due_by(claim, deadline) if deadline else ()
    if not soon or deadline is None:
        return text(lang, "total_open_later", later=money(later))
    by = fmt.day(max(i.installment.due for i in soon), lang)
    amount = falling_due_sum(claim, deadline)
    if amount == later:
        return text(lang, "total_open_due_by", soon=money(amount), date=by)
    return text(lang, "total_open_due_by_later", soon=money(amount), date=by, later=money(later - amount))


def _beside_unseen(claim: Claim, lang: Language, later: Decimal, deadline: date | None) -> str:
    """The total's label beside a plan's instalments whose day has passed while the statements read do not reach it
    (demand.unseen_not_asked): they were due by their day, not "later", though the page asks only the missed ones.
    Beside one falling due by the day given to pay those as well, the split is left out rather than said wrong."""
    money = partial(fmt.money, lang=lang)
    unseen = unseen_sum(claim)
    if deadline is not None and falling_due_by(claim, deadline):
        return text(lang, "total_open_plain")
    by = fmt.day(max(i.installment.due for i in unseen_not_asked(claim)), lang)
    if later - unseen > 0:
        return text(lang, "total_open_unseen_later", unseen=money(unseen), date=by, later=money(later - unseen))
    return text(lang, "total_open_unseen", unseen=money(unseen), date=by)


def _beside_a_plan(claim: Claim, lang: Language, asked: tuple[Decimal, date | None], now: Decimal, by: date) -> str:
    """The total's label beside a part promised during a plan (`asked`: that part and the day it is asked by,
    None when asked now) whose instalments due by that day ask `now` more (demand.plan_beside_promise, the last
    due on `by`): that is not "later". Overdue, it is named as due now; one falling due before the promised day
    is neither due now nor later, and then the split is left out rather than said wrong."""
    money = partial(fmt.money, lang=lang)
    soon, not_yet = asked
    later = claim.total_due - soon - now
    if by > claim.as_of:
        return text(lang, "total_open_plain")
    if not_yet is None:  # the part promised is asked now too: all but `later` is due now, left unnamed
        return text(lang, "total_open_later", later=money(later)) if later > 0 else text(lang, "total_open_plain")
    values = {"soon": money(soon), "date": fmt.day(not_yet, lang), "now": money(now)}
    if later > 0:
        return text(lang, "total_open_due_by_now_later", later=money(later), **values)
    return text(lang, "total_open_due_by_now", **values)


def undecided_total(claim: Claim) -> str | None:
    """The total's label while the day that decides a settlement is not in the bank statements read: the figures are
    those of the top's "Nee?" (the agreement ended, or the promise or plan that replaced it runs), and "Ja?" asks
    nothing, so the total says which it is, not "Totaal te betalen" nor the plan's "waarvan ... later te betalen"
    under a question whether anything is owed (demand.settlement_undecided, replaced_undecided). None otherwise: a
    settlement whose `pay_by` passed unseen says what is remitted if it was paid (`total_open_settlement_passed`)."""
    if replaced_undecided(claim) is not None:
        return "total_if_promise" if claim.status == Status.PROMISE else "total_if_plan"
    if settlement_undecided(claim) is not None and claim.status == Status.ACTIVE:
        return "total_if_ended"
    return None


def paid_rows(claim: Claim, lang: Language) -> tuple[Total, ...]:
    """A paid claim's totals: what was paid of each kind (when more than one was) and in all, on the day the last of
    it came, where "Facturen, nog open 0,00 ... Totaal te betalen 0,00" said only what is not asked; paid off by
    credit notes alone, what they took off. As the staff dossier says it ("Volledig betaald op ...")."""
    s = claim.settlement
    num = partial(fmt.number, lang=lang)
    kinds = (
        ("total_invoices_paid", s.principal_paid),
        ("total_interest_paid", s.interest_paid),
        ("total_costs_paid", s.costs_paid + s.costs_earlier),  # those of earlier claims too: the page names them
    )
    paid = [(key, amount) for key, amount in kinds if amount > 0]
    total = s.paid_of_owed
    if total <= 0:
        return (Total(text(lang, "total_credited"), num(s.credited), grand=True),)
    rows = [Total(text(lang, key), num(amount)) for key, amount in paid] if len(paid) > 1 else []
    on = claim.paid_on
    label = text(lang, "total_paid_on", date=fmt.day(on, lang)) if on is not None else text(lang, "total_paid_all")
    return (*rows, Total(label, num(total), grand=True))


def total_rows(
    claim: Claim,
    creditor: Creditor,
    lang: Language,
    deadline: date | None = None,
    *,
    handed_over: date | None = None,
) -> tuple[Total, ...]:
    """What is open, per kind, and the total due; `deadline` the day given to pay what is asked now; `handed_over`
    see `_open_later`; the costs of a term over whose days are not read, which the page and a letter ask
    (term_costs_on_top), a row of their own. Paid: what was paid (`paid_rows`)."""
    if claim.status == Status.PAID and not term_costs_on_top(claim):
        return paid_rows(claim, lang)
    s = claim.settlement
    num = partial(fmt.number, lang=lang)
    t = partial(text, lang)
    # Settled, each kind's rest is remitted, not open: the grand total says so too.
    settled = claim.status == Status.SETTLED
    kind = "_remitted" if settled else ""
    figures = [("total_invoices", s.principal_open)]
    # Interest once any was counted: "Rente, nog open 0,00" then says that all of it is paid; before any (not yet
    # late), it said nothing true, and the page has no interest section above it to read it by.
    if s.interest or s.interest_open:
        figures.append(("total_interest", s.interest_open))
    if s.costs is not None:
        figures.append(("total_costs", s.costs_open))
    # Settled, a kind of which nothing was remitted (the interest paid in full) has no row: "Rente, kwijtgescholden
    # 0,00" means nothing. Open, a 0,00 says that nothing of it is open.
    rows = [Total(t(f"{key}{kind}"), num(amount)) for key, amount in figures if amount or not settled]
    if settled and len(rows) == 1:
        rows = []  # one kind remitted: the total is its sum, said once (it stood twice, in two words)
    on_top = term_costs_on_top(claim)
    if on_top > 0:  # asked at the top, not charged yet: the row says what they hang on
        rows.append(Total(t("total_costs_on_top"), num(on_top)))
    # In legal steps the court's and the bailiff's costs come on top: the total says it leaves them out.
    legal = stage_told(claim) == Stage.LEGAL
    label = t("total_due_legal") if legal else t("total_due")
    if claim.status == Status.DISPUTE:
        # The top asks only the part agreed with (no amount in the QR code): the total is not "to pay".
        label = t("total_disputed")
    elif claim.accord is not None and claim.status in (Status.SETTLEMENT, Status.SETTLED):
        # Of what stands, the part a settlement lets go of: remitted once paid, never "later to pay" nor paid.
        remitted = fmt.money(claim.accord.remitted, lang)
        # Its `pay_by` gone by unseen, the top asks whether it was paid: "if you paid", not "once you pay".
        passed = "_passed" if settlement_undecided(claim) is not None else ""
        label = t("total_remitted") if claim.closed else t(f"total_open_settlement{passed}", remitted=remitted)
    elif not legal and (if_undecided := undecided_total(claim)) is not None:
        label = t(if_undecided)
    elif not claim.closed and not legal and amount_to_pay(claim) < claim.total_due:
        # Not a second "to pay" beside the amount asked now: the total, and how much of it comes later.
        label = _open_later(claim, lang, deadline, handed_over)
    rows.append(Total(label, num(claim.total_due + on_top), grand=True))
    return tuple(rows)
