"""What is demanded now: the amount a page, a QR code and a letter ask for today.

Decided once, here, because the statement page, its QR code, the letters and
the staff exports must all ask for the same figure.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.agreements import InstallmentState
from incasso.claims.claim import Claim
from incasso.claims.states import HANDED_OVER, ActionKind, CostsState, InstallmentStatus, PlanState, Stage, Status
from incasso.claims.timing import confirmation_received
from incasso.law.money import ZERO
from incasso.ledger.model import ESCALATION_EVENTS, Creditor, Event, EventType

MIN_PAYMENT = Decimal("0.01")
DAY = timedelta(days=1)


def not_yet_due(claim: Claim) -> tuple[tuple[date, Decimal], ...]:
    """What is open but not yet due, per due date (earliest first): not to be demanded early."""
    parts: dict[date, Decimal] = {}
    for b in claim.settlement.invoices:
        if b.open > 0 and b.invoice.due >= claim.as_of:
            parts[b.invoice.due] = parts.get(b.invoice.due, ZERO) + b.open
    return tuple(sorted(parts.items()))


def amount_to_pay(claim: Claim) -> Decimal:
    """What the QR code asks for now; zero when nothing is to be paid.

    `claim.amount_due_now`, except: during a promise, what is left of the promised
    part (the whole balance if the whole amount was promised); during a plan with
    nothing due, the next instalment; during a dispute, the whole balance (the
    page says the debtor may pay only the part they agree with). A plan in arrears
    under a final notice (`plan_under_final_notice`) asks what it would without
    the plan: what that notice's costs follow.
    """
    if claim.closed:
        return ZERO
    if claim.status == Status.SETTLEMENT:
        return claim.running_accord.due_now  # the agreed sum less what was paid since (claims.accord)
    if plan_under_final_notice(claim):
        return claim.amount_due_apart_from_a_plan
    if claim.status == Status.ARRANGEMENT:
        plan = claim.running_plan
        if plan.due_now > 0:
            return claim.amount_due_now
        return min(plan.next_installment.open, claim.total_due)
    if claim.status == Status.PROMISE:
        promise = claim.pending_promise
        if promise.whole_balance:
            return claim.total_due
        promised = min(promise.amount - promise.paid, claim.total_due)
        if promised >= MIN_PAYMENT:
            return promised
    if claim.status == Status.DISPUTE:
        return claim.total_due
    return claim.amount_due_now


def term_costs_on_top(claim: Claim) -> Decimal:
    """The costs of a final notice whose term is over, its last days not yet in the bank statements read
    (claim.term_unseen), that the page's top asks with the rest: zero but on a claim ours to chase that asks
    everything now (no promise, plan or dispute; not handed over). Whoever pays now did not pay in the term, so
    owes them (art. 6:96 BW): the top says one number, what it is made of, and that a payment in the term stops
    them, not an amount without them and the costs "apart" beside it. The core charges them only once the
    statements show the term unpaid (claims.assess): `page_asks` adds them, for the page and for whoever reads
    what the page asks (the staff pages, links.csv, claims.json, a letter written that day: letters.view); the
    claim's own figures do not."""
    costs = claim.costs
    if claim.term_unseen is None or costs.state != CostsState.ANNOUNCED or costs.asked_left is None:
        return ZERO
    # Active: no open dispute, so the stage is the one the debtor was told of (statement.handler.stage_told). A plan
    # in arrears whose final notice asks everything overdue (`plan_under_final_notice`) asks as without the plan: the
    # costs are owed over what the notice asked as they are without one (until s66 the top left them out, and paying
    # its "whole amount" left them open).
    ours = claim.status == Status.ACTIVE or plan_under_final_notice(claim)
    if not ours or claim.stage in HANDED_OVER:
        return ZERO
    return costs.amount


def page_asks(claim: Claim) -> Decimal:
    """What the statement page, its QR code and payment link ask today: `amount_to_pay`, with the costs of a
    final notice's term over but not yet read (`term_costs_on_top`). A clerk on the phone and a merged letter
    must ask what the debtor sees."""
    return amount_to_pay(claim) + term_costs_on_top(claim)


def amount_left_to_debtor(claim: Claim) -> bool:
    """Whether the page's QR code and details leave the amount to the debtor: during a dispute of the whole
    dossier (or of invoices, once nothing else is open) they pay only the part they agree with; while the day that
    decides a settlement is not in the bank statements read (`settlement_undecided`, `replaced_undecided`), what
    they owe depends on what they paid that day, which they know and we do not yet."""
    undecided = settlement_undecided(claim) is not None or replaced_undecided(claim) is not None
    return not claim.closed and (claim.status == Status.DISPUTE or undecided)


def settlement_undecided(claim: Claim) -> tuple[date, Decimal] | None:
    """The day that decides a settlement, passed while the bank statements read do not reach it, and what of the
    agreed sum was still to pay by it (on the statements read): called off on that day (Claim.unseen_call_off), or
    its one `pay_by` day. Paid by then, the debtor owes nothing more (settled); else the whole claim, and paying the
    rest now does not keep the agreement. So neither the agreed rest nor the whole claim is an amount to ask: the
    page's top asks which it is (statement.steps), its QR code and details carry no amount, and no payment link is
    given (its amount cannot be changed). None otherwise: an instalment's grace still lets its payment keep it."""
    accord = claim.accord
    if claim.closed or accord is None:
        return None
    called_off = claim.unseen_call_off
    if called_off is not None and claim.status == Status.ACTIVE:
        return called_off, accord.left
    if claim.status == Status.SETTLEMENT and accord.plan is None and claim.payments_until < accord.last_day:
        return (accord.last_day, accord.left) if accord.last_day < claim.as_of else None
    return None


def replaced_undecided(claim: Claim) -> tuple[date, Decimal] | None:
    """A settlement called off on a day the bank statements read do not reach yet (Claim.unseen_call_off), replaced
    by a promise or a plan agreed since: the day, and what of the agreed sum was still to pay by it. Paid by then,
    the settlement holds and the new agreement asks nothing (claims.accord); else the promise or the plan runs. So
    its instalment is not an amount to ask as owed: the page's and the letter's top ask which it is (statement.steps),
    as `settlement_undecided` does for the settlement itself. None otherwise."""
    accord, called_off = claim.accord, claim.unseen_call_off
    if claim.closed or accord is None or called_off is None:
        return None
    return (called_off, accord.left) if claim.status in (Status.PROMISE, Status.ARRANGEMENT) else None


def legal_asks_nothing(claim: Claim) -> bool:
    """Whether the page, in legal steps, names what is owed to us without asking it: the court's and the
    bailiff's costs come on top, and the page does not know them (an agreement with the bailiff asks its own)."""
    return not claim.closed and claim.stage == Stage.LEGAL and claim.status == Status.ACTIVE


def amount_asked(claim: Claim) -> Decimal | None:
    """What the page and its QR code ask as a figure (`page_asks`), or None when they ask none
    (`amount_left_to_debtor`, `legal_asks_nothing`): an export for a mail merge must not demand a sum there."""
    return None if amount_left_to_debtor(claim) or legal_asks_nothing(claim) else page_asks(claim)


def promise_kept_by(claim: Claim) -> Decimal | None:
    """The lower sum that keeps a pending promise of the whole amount whose balance has grown since its day (the
    amount asked is today's): the balance of that day less what came since, as promise_progress judges it. None
    when what is asked keeps it. The page and the promise's letter both name it, or the letter threatens the
    next step over a payment that keeps the promise."""
    if claim.closed or claim.status != Status.PROMISE:
        return None
    promise = claim.pending_promise
    keeps = min(promise.amount - promise.paid, claim.total_due)
    return keeps if promise.whole_balance and keeps < amount_to_pay(claim) else None


def asked_by(claim: Claim) -> date | None:
    """The day `amount_to_pay` is asked by when it is not due yet: a running plan's next instalment while none
    is due (its own day), a part promised (the day promised, today or ahead). None when what is asked is due
    now (overdue, an instalment due or missed, a promised day past and not yet in the statements read) or is
    the whole total. Whoever says the total beside it names this day with it, or the rest reads as due now."""
    if claim.closed or plan_under_final_notice(claim):
        return None
    if claim.status == Status.SETTLEMENT:  # the agreed day, or the next instalment's (one missed: due now)
        day = claim.running_accord.asked_by
        return day if day >= claim.as_of else None
    if claim.status == Status.ARRANGEMENT and claim.running_plan.due_now <= 0:
        return claim.running_plan.next_installment.installment.due
    if claim.status == Status.PROMISE and not claim.pending_promise.whole_balance:
        promise = claim.pending_promise
        ahead = promise.promised_date >= claim.as_of and promise.amount - promise.paid >= MIN_PAYMENT
        return promise.promised_date if ahead else None
    return None


def plan_beside_promise(claim: Claim) -> tuple[Decimal, date | None]:
    """What a plan's instalments due by the day a part promised during the plan is asked by (`asked_by`, or today
    when it is asked now) ask beyond that part, and the last of their days; (0, None) when nothing does.

    A promise made during a plan, to pay part of its arrears say, leaves the plan running: its instalments
    overdue are due now, and one falling due before the promised day is due on its own day, whatever the
    promise. So they are not "later" beside the part promised: a total that calls the rest later says this
    apart. The part promised fills the earliest instalments first, as its payments do."""
    if claim.closed or claim.status != Status.PROMISE or claim.pending_promise.whole_balance:
        return ZERO, None
    plan = claim.plan
    if plan is None or plan.state == PlanState.COMPLETED:
        return ZERO, None
    asked = amount_to_pay(claim)
    day = asked_by(claim) or claim.as_of
    due = [i for i in plan.installments if i.open > 0 and i.installment.due <= day]
    beyond = min(sum((i.open for i in due), ZERO), claim.total_due) - asked
    if beyond <= 0:
        return ZERO, None
    return beyond, max(i.installment.due for i in due)


def falling_due_by(claim: Claim, day: date) -> tuple[InstallmentState, ...]:
    """A running plan's instalments not asked now that fall due on or before `day`, the day a page or a
    letter gives to pay what it asks: asked from their own due date (the page then asks them too), so not
    "to pay later" beside that day. Empty (no instalment) while the next instalment is itself what is asked,
    and for a claim without a running plan or with its plan under a final notice."""
    if claim.closed or claim.status != Status.ARRANGEMENT or plan_under_final_notice(claim):
        return ()
    plan = claim.running_plan
    if plan.due_now <= 0:
        return ()
    upcoming = (i for i in plan.installments if i.state == InstallmentStatus.UPCOMING)
    return tuple(i for i in upcoming if i.installment.due <= day and i.open > 0)


def unseen_not_asked(claim: Claim) -> tuple[InstallmentState, ...]:
    """A running plan's instalments whose day has passed while the bank statements read do not reach it, that the
    page does not ask now: a plan in arrears asks what it missed (agreements.ASKED_IN_ARREARS), and an unseen one
    may well be paid. Not "later" beside what is asked (its day is past), nor paid by paying the missed one: the
    page and the reminder name it apart. Empty for a claim without a running plan or with its plan under a final
    notice (that notice asks everything overdue)."""
    if claim.closed or claim.status != Status.ARRANGEMENT or plan_under_final_notice(claim):
        return ()
    plan = claim.running_plan
    if plan.state != PlanState.IN_ARREARS:
        return ()  # on schedule, an unseen instalment is what the page asks (agreements.ASKED)
    return tuple(i for i in plan.installments if i.state == InstallmentStatus.UNSEEN and i.open > 0)


def unseen_sum(claim: Claim) -> Decimal:
    """What the unseen instalments not asked (`unseen_not_asked`) leave open of the total beside the amount asked:
    their open sum, never more than the total due leaves above that amount (as `falling_due_sum`)."""
    unseen = unseen_not_asked(claim)
    return min(sum((i.open for i in unseen), ZERO), claim.total_due - amount_to_pay(claim)) if unseen else ZERO


def falling_due_sum(claim: Claim, day: date) -> Decimal:
    """What the instalments falling due by `day` (`falling_due_by`) add to the amount asked now: their open
    sum, but never more than the total due leaves above that amount (a plan may add up to more than is
    owed). The letter and the page both say this sum, so it is computed here once."""
    soon = falling_due_by(claim, day)
    return min(sum((i.open for i in soon), ZERO), claim.total_due - amount_to_pay(claim)) if soon else ZERO


def overdue_part_only(claim: Claim) -> bool:
    """Whether what is asked now is only the overdue part, with later invoices not yet due."""
    return claim.status == Status.ACTIVE and claim.amount_overdue > 0 and bool(not_yet_due(claim))


def plan_under_final_notice(claim: Claim) -> bool:
    """Whether a plan is in arrears and a final notice over it decides what is asked: one that went out after its
    first missed instalment; one being written today (`notice_written_today`); or, its instalment missed after
    a notice that went out over the plan, while that notice's costs can still be stopped (`notice_over_plan_runs`).

    The costs such a notice announces are counted over the principal still open
    after its term, as without the plan (claims.timing): so the notice, the page
    and its QR code ask for what stops them, not the instalments in arrears. An
    instalment missed after that notice is reminded of first, for itself; once the
    notice's term is over, the reminder and the page ask that instalment again.
    """
    if claim.status != Status.ARRANGEMENT or claim.running_plan.state != PlanState.IN_ARREARS:
        return False
    missed = claim.running_plan.missed_installment.installment.due
    if any(e.type == EventType.FINAL_NOTICE and e.date > missed for e in claim.events):
        return True
    return notice_written_today(claim) or notice_over_plan_runs(claim)


def notice_written_today(claim: Claim) -> bool:
    """Whether the next step, due, is a final notice: the build writes it today, and it asks what is overdue. The
    page asks the same that day (not the instalment, "Dan blijft onze afspraak gewoon staan", beside a letter that
    asks everything), though its term waits for staff to record how it was sent."""
    contact = claim.debtor.contact
    if not contact.address and not contact.email:
        return False  # no letter can go out (letters.outlook.claim_as_sent): the page must not ask as if one did
    action = claim.next_action
    return action is not None and action.kind == ActionKind.FINAL_NOTICE and action.is_due(claim.as_of)


def notice_restated_today(claim: Claim) -> bool:
    """Whether the final notice written today follows one that brought no costs (claims.timing.brings_costs:
    e-mailed to a consumer who had not agreed to it, or stating more costs than the staffel allows), its term over:
    the new one gives its own term, so the page asks to pay now, without costs, not "zo snel mogelijk"."""
    latest = claim.latest_notice
    return (
        claim.status == Status.ACTIVE
        and claim.costs.state == CostsState.NONE
        and latest is not None
        and latest in claim.costless_notices
        and notice_written_today(claim)
    )


def notice_over_plan_runs(claim: Claim) -> bool:
    """Whether a final notice sent over the running plan (after the plan's day) still runs its term, its costs
    announced: what it asks, paid by its last day, stops them, whatever instalment is missed since. The instalment
    alone would leave the debtor short of that (the interest since), and owing the costs."""
    if claim.costs.state != CostsState.ANNOUNCED:
        return False
    made = claim.running_plan.event.date
    return any(e.type == EventType.FINAL_NOTICE and e.date > made for e in claim.events)


def asked_in_notice(claim: Claim) -> tuple[InstallmentState, ...]:
    """The running plan's instalments still to come that a final notice over it asks with the rest
    (`plan_under_final_notice`): it asks what is overdue by the invoices' due dates, as without the plan, so an
    instalment whose day is still ahead is asked now once what is asked covers it after the open ones before it.
    The page's schedule says so beside it, not "Komt nog", and its box no longer asks for a word before it
    (statement.tables, statement.options). Until s66 the schedule showed them as to come beside a top that asked
    them."""
    if not plan_under_final_notice(claim):
        return ()
    left = amount_to_pay(claim)
    asked = []
    for instalment in claim.running_plan.installments:
        left -= instalment.open
        if left < 0:
            break
        if instalment.open > 0 and instalment.state == InstallmentStatus.UPCOMING:
            asked.append(instalment)
    return tuple(asked)


def notice_before_missed(claim: Claim) -> Event | None:
    """The final notice over the plan sent before the instalment now missed (`notice_over_plan_runs`): that
    instalment did not bring it, and the page and the reminder say which notice still runs. None otherwise."""
    if not plan_under_final_notice(claim) or notice_written_today(claim):
        return None
    missed = claim.running_plan.missed_installment.installment.due
    notices = [e for e in claim.events if e.type == EventType.FINAL_NOTICE]
    if any(e.date > missed for e in notices):
        return None
    return notices[-1] if notices else None


def instalment_day_read(creditor: Creditor, claim: Claim, due: date, arrives: date) -> date:
    """The day a plan's confirmation that reaches the debtor on `arrives` asks an instalment due on `due` by: that
    day, when the letter comes before it. One due no later than the day it arrives could not be paid by its own day
    once read, and a late letter must not make the debtor late: the letter asks it by the last day before announced
    costs are owed (a final notice's term the plan was agreed in), while that day still lies after `arrives`; else
    by a day of its own (`late_instalment_day`). The letter (letters.terms.letter_deadline), the page and the reminder
    of the instalment missed (escalation: not before that day) all follow this. Costs charged since were announced
    for the same day: the core, assessing later, reads the day the letter gave."""
    if due > arrives:
        return due
    costs = claim.costs
    if costs.state != CostsState.NONE and costs.from_date is not None and costs.from_date - DAY > arrives:
        return costs.from_date - DAY
    return late_instalment_day(creditor, claim, arrives)


def late_instalment_day(creditor: Creditor, claim: Claim, arrives: date) -> date:
    """The day a plan's confirmation that reaches the debtor on `arrives` asks the instalments by whose agreed days
    came no later than that (the plan entered late, or its first instalment due at once): the room a reminder gives
    (policy.dunning_after_days, 14 by default), counted from the day after it arrives as a term is, but no later than
    the next instalment's own day after it (then both by that day): agreed on 10 March with its first instalment
    that day, posted on the 11th and read on the 13th, by 27 March."""
    room = arrives + timedelta(days=creditor.policy.dunning_after_days)
    plan = claim.plan
    later = [i.installment.due for i in plan.installments if i.installment.due > arrives] if plan is not None else []
    return min([room, *later])


def plan_confirmation_arrives(creditor: Creditor, claim: Claim) -> date:
    """The day the running plan's confirmation is assumed to reach the debtor (claims.timing.confirmation_received):
    until then they know the plan only as agreed, and its instalments' days as that letter will give them."""
    return confirmation_received(creditor, claim.debtor, claim.running_plan.event)


def instalment_asked_by(creditor: Creditor, claim: Claim, due: date) -> date:
    """The day the running plan's confirmation asks its instalment due on `due` by (`instalment_day_read`, from the
    day it arrives): its own day, or one later. The page, the plan's letter and the instalment's reminder
    (claims.escalation) all go by it."""
    return instalment_day_read(creditor, claim, due, plan_confirmation_arrives(creditor, claim))


def instalment_asked_later(creditor: Creditor, claim: Claim) -> InstallmentState | None:
    """The running plan's first open instalment when it falls due no later than the day the plan's confirmation
    arrives, while that letter still asks it: until the day it asks it by (`instalment_asked_by`: in a final notice's
    term its last day, else `late_instalment_day`). The core reminds of it only after that day
    (escalation._reminder_of); until then the page asks it by that day too, also on the plan's own day, and does not
    call it missed: "niet betaald" beside a letter that asks it by the 18th reads as a contradiction, and a letter that
    came late must not make the debtor late. None otherwise, and for a plan under a final notice (the notice asks what
    stops its costs)."""
    if claim.closed or claim.status != Status.ARRANGEMENT or plan_under_final_notice(claim):
        return None
    upcoming = claim.running_plan.next_open
    if upcoming is None:
        return None
    arrives = plan_confirmation_arrives(creditor, claim)
    if upcoming.installment.due > arrives or _letter_after(claim, upcoming.installment.due):
        return None
    return upcoming if claim.as_of <= instalment_day_read(creditor, claim, upcoming.installment.due, arrives) else None


def _letter_after(claim: Claim, day: date) -> bool:
    """Whether a letter of a step was sent after `day`: after an instalment's day it counts as that instalment's
    reminder (claims.escalation), and the steps go on from it, so the instalment is missed, as the page then says."""
    return any(e.type in ESCALATION_EVENTS and e.date > day for e in claim.events)


def instalments_asked_later(creditor: Creditor, claim: Claim) -> tuple[InstallmentState, ...]:
    """The running plan's open instalments the plan's confirmation asks by one day later than their own
    (`instalment_asked_later`, then every open one due no later than the day that letter arrives, all asked by that
    day: a plan entered a month late has two such): empty otherwise. The page's and the letter's line and the plan's
    table name each of them, not only the first beside a box that asks them all."""
    first = instalment_asked_later(creditor, claim)
    if first is None:
        return ()
    arrives = plan_confirmation_arrives(creditor, claim)
    return tuple(i for i in claim.running_plan.installments if i.open > 0 and i.installment.due <= arrives)
