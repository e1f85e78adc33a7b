"""Assess a claim: settle the money, read the history, apply the escalation policy.

`assess(ledger, debtor, as_of)` is the one entry point the adapters use; it
combines the settlement (money) with the dossier's history (what was sent,
promised, agreed or disputed) and the creditor's escalation policy.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.accord import Accord, accord_of
from incasso.claims.agreements import Plan, Promise, agreements, ended_agreements
from incasso.claims.claim import AskedLater, Claim, CostsOutlook
from incasso.claims.demand import instalment_asked_by, instalments_asked_later
from incasso.claims.disputes import disputed_invoices, hold_apart, open_disputes, without
from incasso.claims.escalation import asks_the_rest, dispute_answered, next_action
from incasso.claims.settlement import Settlement, cost_base, notice_asked, paid_in_term, settle
from incasso.claims.states import CostsState, PlanState, PromiseState, Stage, Status
from incasso.claims.timing import CostPlan, brings_costs, cost_moment, notices_a_day
from incasso.law.money import ZERO
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    WRITTEN_CHANNELS,
    Creditor,
    Debtor,
    Event,
    EventType,
    InterestChoice,
    Ledger,
    Payment,
    Policy,
    earliest,
)
from incasso.ledger.problems import Source

# Contact with the debtor (docs/computation.md, "Signals for staff"): every letter and e-mail of a
# step, a conversation (a call, by phone or on a visit), a promise or plan agreed, a dispute raised
# and its answer. Named one by one: an event type added later is no contact until it is added here
# (a `postpone` is a decision of staff, not contact).
CONTACT_EVENTS = frozenset(
    (
        *ESCALATION_EVENTS,
        EventType.CALL,
        EventType.PROMISE,
        EventType.ARRANGEMENT,
        EventType.SETTLEMENT,
        EventType.SETTLEMENT_ENDED,
        EventType.DISPUTE,
        EventType.DISPUTE_RESOLVED,
    )
)


def is_contact(event: Event) -> bool:
    """Whether the event is contact with the debtor: a message sent or a conversation held."""
    if event.type == EventType.NOTE:
        return event.channel in WRITTEN_CHANNELS
    return event.type in CONTACT_EVENTS


def assess(ledger: Ledger, debtor: Debtor, as_of: date, *, seen_until: date | None = None) -> Claim:
    """The claim on `as_of`. Promises and instalments are judged on the payments read up to `seen_until`,
    by default the last day the bank statements cover (`payments_until`)."""
    creditor = ledger.creditor
    # Who acts for the debtor on the day (an administrator's `until` passed: the letters go to the debtor again).
    debtor = hold_apart(debtor.on(as_of))  # a payment made while invoices were disputed apart keeps paying the others
    events = debtor.events_until(as_of)
    # A written-off claim is closed: its interest and costs stay as they were on the day it was written
    # off. Money paid after it still counts against those figures (the rest is a credit to refund):
    # the bank has it, and staff are told (staff.overview's PAID_AFTER_WRITE_OFF).
    written_off = earliest(events, EventType.WRITTEN_OFF)
    seen_until = payments_until(ledger, as_of) if seen_until is None else seen_until
    accord = accord_of(ledger, debtor, events, as_of, seen_until) if written_off is None else None
    figures_on = _figures_on(written_off, accord, as_of)
    disputes = open_disputes(events)
    # Invoices an open dispute names are left out of the figures (claims.disputes), unless nothing else is open.
    # A write-off closes the whole dossier: a disputed invoice is written off with the rest, not dropped.
    whole = disputes.whole is not None or written_off is not None
    disputed = () if whole else disputed_invoices(debtor, disputes)
    counted = without(debtor, disputed) if disputed else debtor
    # A final notice's term is judged on its payments: the day after it, once the statements cover it.
    judged = min(figures_on, seen_until + timedelta(days=1))
    agreed = (accord.event.date, accord.amount) if accord is not None and accord.settled else None
    costs_plan, settlement = _figures(creditor, counted, (figures_on, as_of, judged), agreed)
    if disputed and settlement.total_due <= 0 and settlement.principal_open <= 0:
        counted = debtor  # only disputed invoices are open: the dossier waits for the answer as a whole
        costs_plan, settlement = _figures(creditor, counted, (figures_on, as_of, judged), agreed)
    dispute = disputes.whole or (disputes.latest if counted is debtor else None)
    promise, plan = agreements(ledger, counted, events, as_of, seen_until)
    paid = settlement.total_due <= 0 and settlement.principal_open <= 0
    status = _status(written_off is not None, paid, dispute, promise, plan, accord)
    paid_on = accord.ended_on if status == Status.SETTLED and accord else _paid_on(debtor, settlement, as_of, paid)
    last_contact = max((e.date for e in events if is_contact(e)), default=None)
    costs = _held(_costs_outlook(creditor, counted, settlement, costs_plan, figures_on, judged), accord)
    notices = notices_a_day(creditor, debtor, (e for e in events if e.type == EventType.FINAL_NOTICE))
    claim = Claim(
        debtor,
        as_of,
        settlement,
        stage_of(events, settlement, as_of),
        status,
        costs,
        promise,
        plan,
        dispute,
        None,
        paid_on,
        last_contact,
        payments_until(ledger, as_of),
        _remainder_after_notice(settlement, costs_plan, costs, events, figures_on, judged),
        notices,
        dispute_answered(creditor, events, as_of) if dispute is None else None,
        disputed,
        _term_unseen(settlement, costs_plan, judged, figures_on),
        ended_agreements(ledger, counted, events, (promise, plan), seen_until),
        costless_notices=tuple(e for e in notices if not brings_costs(creditor, debtor, e)),
        accord=accord,
        seen_until=seen_until,
    )
    return _finished(ledger, claim, events)


def _finished(ledger: Ledger, claim: Claim, events: list[Event]) -> Claim:
    """`claim` with what is read of it whole: the debtor's payments the bank took back by its day (no figure holds
    them: Ledger.bank_returned), the policy's next action, and the instalments a confirmation asks later."""
    returned = tuple(r for r in ledger.bank_returned.get(claim.debtor.id, ()) if r.returned <= claim.as_of)
    claim = replace(claim, returned=returned, next_action=next_action(ledger.creditor, claim, events))
    return _asked_later(ledger.creditor, claim)


def _asked_later(creditor: Creditor, claim: Claim) -> Claim:
    """`claim` with the running plan's instalments its confirmation asks by a later day than their own, and that day
    (Claim.asked_later): the staff pages read it, and they have no creditor to count it from."""
    later = instalments_asked_later(creditor, claim)
    if not later:
        return claim
    return replace(claim, asked_later=AskedLater(later, instalment_asked_by(creditor, claim, later[0].installment.due)))


def _held(costs: CostsOutlook, accord: Accord | None) -> CostsOutlook:
    """No costs are announced while a settlement holds: the agreement fixed the sum on its day (a final notice's
    term running then brings none; lapsed, they come back as if it had never been agreed: claims.accord)."""
    if accord is None or not accord.holds or costs.state != CostsState.ANNOUNCED:
        return costs
    return CostsOutlook(CostsState.NONE, ZERO, None, ZERO)


def _figures_on(written_off: Event | None, accord: Accord | None, as_of: date) -> date:
    """The day the claim's interest and costs are counted to: a write-off's; a settlement's that runs or was paid
    (the agreement fixes the sum); else as_of (a lapsed settlement is as if never agreed: claims.accord)."""
    if written_off is not None:
        return written_off.date
    return accord.event.date if accord is not None and accord.holds else as_of


def _paid_on(debtor: Debtor, settlement: Settlement, as_of: date, paid: bool) -> date | None:
    """The day the claim was paid: the last payment's, or a later credit note's that the payments needed to cover
    it all. None when nothing was paid (credit notes alone: no "paid, thank you" page)."""
    last = max((p.date for p in debtor.payments if p.date <= as_of), default=None)
    return None if last is None or not paid else settlement.settled_on(last)


def _figures(
    creditor: Creditor, debtor: Debtor, days: tuple[date, date, date], agreed: tuple[date, Decimal] | None = None
) -> tuple[CostPlan | None, Settlement]:
    """The cost plan once (the settlement, the costs announced and a paid notice's remainder all read
    it), and the settlement on it. `days`: the figures' day (a write-off's, else as_of), the last day a
    payment counts (as_of: after a write-off too), the day a final notice's term is judged until. `agreed`: a
    settlement paid, its day and amount (beyond it, money is a credit: claims.settlement.settle)."""
    figures_on, paid_until, judged = days
    costs_plan = cost_moment(creditor, figures_on)(debtor)
    settlement = settle(
        creditor, debtor, figures_on, lambda _: costs_plan, paid_until=paid_until, judged_until=judged, agreed=agreed
    )
    return costs_plan, settlement


def plan_rest(creditor: Creditor, claim: Claim) -> Decimal:
    """What is left after the running plan's last instalment (or today, when that day has passed) when each
    open instalment is paid in full on its due date (one overdue, today): what the plan does not cover, the
    interest until then and any costs charged meanwhile, at the rates known today. Asked only where a page,
    a letter or the dossier says it: a second settlement of the dossier, made once for them all (Claim.answer)."""
    return claim.answer(("plan rest", creditor.policy, creditor.interest), lambda: _plan_rest(creditor, claim))


def _plan_rest(creditor: Creditor, claim: Claim) -> Decimal:
    plan, debtor, as_of = claim.running_plan, claim.counted_debtor, claim.as_of
    as_agreed = tuple(
        Payment(max(i.installment.due, as_of), i.open, None, plan.event.source) for i in plan.installments if i.open > 0
    )
    known = tuple(p for p in debtor.payments if p.date <= as_of)
    last = max(as_of, plan.last_due)
    projected = replace(debtor, payments=known + as_agreed)
    costs_plan = cost_moment(creditor, as_of)(debtor)  # as assess counts them: the plan runs, nothing is written off
    # The credit notes of today only: one dated later does not count yet.
    return settle(creditor, projected, last, lambda _: costs_plan, credited_by=as_of).total_due


def claim_if_completed(ledger: Ledger, claim: Claim) -> Claim:
    """`claim` on the day after the running plan's last instalment (or after today, when that day has passed) when
    each open instalment is paid in full on its due date (one overdue, today), as `plan_rest` counts it, and
    nothing else is paid or recorded: what the rest of a completed plan leads to (the steps go on from the stage
    reached after a plan of part: claims.escalation), as the page and the plan's letter name it: assessed once for
    them both (Claim.answer)."""
    return claim.answer(("completed", *assessed_under(ledger)), lambda: _if_completed(ledger, claim))


def _if_completed(ledger: Ledger, claim: Claim) -> Claim:
    plan, as_of = claim.running_plan, claim.as_of
    known = _known(claim)
    as_agreed = tuple(
        Payment(max(i.installment.due, as_of), i.open, None, plan.event.source) for i in plan.installments if i.open > 0
    )
    day = max(as_of, plan.last_due) + timedelta(days=1)
    return assess(ledger, replace(known, payments=known.payments + as_agreed), day, seen_until=day)


def claim_after_the_rest_letter(ledger: Ledger, done: Claim) -> Claim | None:
    """`done` (`claim_if_completed`, `claim_if_kept`) once the one letter for what a kept agreement of part left
    (claims.escalation.asks_the_rest) has gone on its day and nothing more is paid: its next step is what follows
    that letter unpaid (the step reached before the agreement, a reminder's term later), as the page and the
    agreement's letter name it (assessed once for them both: Claim.answer). None when no such letter comes first
    (the step reached's own term still runs)."""
    question = ("after the rest letter", *assessed_under(ledger))
    return done.answer(question, lambda: _after_the_rest_letter(ledger, done))


def _after_the_rest_letter(ledger: Ledger, done: Claim) -> Claim | None:
    action = done.next_action
    if action is None or not asks_the_rest(action):
        return None
    day = max(action.due, done.as_of)
    known = _known(done)
    sent = Event(day, EventType.REMINDER, Source("the letter for the rest"))
    return assess(ledger, replace(known, events=(*known.events, sent)), day, seen_until=day)


def claim_if_missed(ledger: Ledger, claim: Claim, day: date) -> Claim:
    """`claim` on `day` when nothing more is paid or recorded until then: what a missed promise or
    instalment leads to. The page and the letter that name that step both ask this: assessed once (Claim.answer)."""
    # Nothing more is paid until `day`: that is seen, so the promise or instalment is judged on it.
    question = ("missed", day, *assessed_under(ledger))
    return claim.answer(question, lambda: assess(ledger, _known(claim), day, seen_until=day))


def claim_if_kept(ledger: Ledger, claim: Claim, promise: Promise) -> Claim:
    """`claim` on the day after `promise`'s day when what it still asks is paid on that day, and nothing else
    is paid or recorded: what a kept promise of part leads to (the steps go on: claims.escalation), as its
    confirmation names it: assessed once for the page and the confirmation (Claim.answer)."""
    return claim.answer(("kept", promise, *assessed_under(ledger)), lambda: _if_kept(ledger, claim, promise))


def _if_kept(ledger: Ledger, claim: Claim, promise: Promise) -> Claim:
    known = _known(claim)
    rest = promise.amount - promise.paid
    if rest > 0:
        paid = Payment(promise.promised_date, rest, None, promise.event.source)
        known = replace(known, payments=(*known.payments, paid))
    day = promise.promised_date + timedelta(days=1)
    return assess(ledger, known, day, seen_until=day)


def assessed_under(ledger: Ledger) -> tuple[Policy, InterestChoice, date | None]:
    """What an assessment reads of the ledger besides the debtor's file: the creditor's policy and choice of interest,
    and the last day the bank statements read cover. A what-if kept with a claim is asked afresh under other rules,
    not of a ledger that differs elsewhere only (the desk's number as a debtor abroad dials it: contact.as_read_by)."""
    creditor = ledger.creditor
    return creditor.policy, creditor.interest, ledger.bank_until


def _known(claim: Claim) -> Debtor:
    """The debtor's file as `claim` knew it: what is dated after its day left out."""
    debtor = claim.debtor
    return replace(
        debtor,
        invoices=tuple(replace(i, credit_notes=i.credit_notes_until(claim.as_of)) for i in debtor.invoices),
        payments=tuple(p for p in debtor.payments if p.date <= claim.as_of),
        events=tuple(e for e in debtor.events if e.date <= claim.as_of),
    )


def claim_when_chased(ledger: Ledger, claim: Claim, day: date) -> Claim:
    """`claim_if_missed` on `day`, or, when the core takes no step then though something is owed, on the
    first later day it does: what a missed promise or instalment leads to first, as a confirmation names it.

    Below the chase minimum nothing is chased: a plan's instalment missed while what is past its due date is
    a rest of interest (its invoice not yet due) waits until an invoice or another instalment falls due, and
    then its reminder comes first. Nothing but a due date moves what is overdue, so those days are the ones
    to try; none brings a step (a file handed over): the claim on `day`."""
    missed = claim_if_missed(ledger, claim, day)
    if missed.next_action is not None or missed.closed:
        return missed
    dues = {i.due for i in claim.debtor.invoices}
    if claim.plan is not None:
        dues |= {i.installment.due for i in claim.plan.installments}
    for later in sorted(due + timedelta(days=1) for due in dues if due >= day):
        ahead = claim_if_missed(ledger, claim, later)
        if ahead.next_action is not None:
            return ahead
    return missed


def _term_unseen(settlement: Settlement, plan: CostPlan | None, judged: date, as_of: date) -> date | None:
    """The last day of a final notice's term that has passed unjudged: the statements read end before it."""
    if settlement.costs is not None or plan is None:
        return None
    for checkpoint in (settlement.episode,) if settlement.episode is not None else plan.checkpoints:
        if checkpoint.asked_on is not None and checkpoint.awaits is None and judged < checkpoint.day <= as_of:
            return checkpoint.day - timedelta(days=1)
    return None


def _remainder_after_notice(
    settlement: Settlement,
    plan: CostPlan | None,
    costs: CostsOutlook,
    events: list[Event],
    as_of: date,
    judged: date,
) -> date | None:
    """The day after the final notice's term when its term passes without costs: the debtor paid what
    it asked (or too little was open for costs), in a term that is over or still runs (then no costs
    are announced: nothing is left that could bring them, and no handover follows either). Only for
    the only notice of the costs' episode (the first, or the later one that opened it): after a
    second notice the usual steps follow it. Only while what is overdue is of the notice's own
    invoices (the term's interest, mostly): an overdue invoice it did not ask for goes its own way."""
    if settlement.costs is not None or plan is None or not plan.checkpoints:
        return None
    checkpoint = settlement.episode or plan.checkpoints[0]
    if checkpoint.asked_on is None or (checkpoint.day > judged and costs.state != CostsState.NONE):
        return None  # costs from the due date, or the term runs with its costs still to avoid
    if checkpoint.awaits is not None:
        return None  # the costs wait for a dispute's answer: nothing was paid that stopped them
    if len({e.date for e in events if e.type == EventType.FINAL_NOTICE and e.date >= checkpoint.asked_on}) != 1:
        return None
    asked = {i.number for i in checkpoint.asked}
    if any(b.open > 0 and b.number not in asked and b.invoice.due < as_of for b in settlement.invoices):
        return None  # an overdue invoice the notice did not ask for: its own reminder comes first
    return checkpoint.day


def payments_until(ledger: Ledger, as_of: date) -> date:
    """The last day whose payments the figures hold: the latest bank statement's day, at most as_of."""
    return min(ledger.bank_until, as_of) if ledger.bank_until is not None else as_of


def _status(
    written_off: bool,
    paid: bool,
    dispute: Event | None,
    promise: Promise | None,
    plan: Plan | None,
    accord: Accord | None,
) -> Status:
    if written_off:
        return Status.WRITTEN_OFF
    if paid:
        return Status.PAID  # all of it paid: nothing was remitted
    if accord is not None and accord.settled:
        return Status.SETTLED
    if dispute is not None:
        return Status.DISPUTE
    if accord is not None and accord.holds:
        return Status.SETTLEMENT
    if promise is not None and promise.state == PromiseState.PENDING:
        return Status.PROMISE
    if plan is not None and plan.state != PlanState.COMPLETED:
        return Status.ARRANGEMENT
    return Status.ACTIVE


def stage_of(events: list[Event], settlement: Settlement, as_of: date) -> Stage:
    """The heaviest escalation step recorded; else overdue or open by the invoices' due dates. While
    something is owed, a letter about what was paid since sets no stage: a new invoice after a paid
    final notice is at its own first step, as escalation counts it (its page says so), and one after
    a handover that was paid in full is ours again (paid to us, not to the agency)."""
    owed = settlement.total_due > 0
    sent = [
        ESCALATION_EVENTS.index(e.type)
        for e in events
        if e.type in ESCALATION_EVENTS and (not owed or settlement.concerns_unpaid(e))
    ]
    if sent:
        return Stage(ESCALATION_EVENTS[max(sent)])
    overdue = any(b.open > 0 and b.invoice.due < as_of for b in settlement.invoices)
    return Stage.OVERDUE if overdue else Stage.OPEN


def _costs_outlook(
    creditor: Creditor, debtor: Debtor, settlement: Settlement, plan: CostPlan | None, as_of: date, judged: date
) -> CostsOutlook:
    """Costs charged so far; else the first checkpoint still to come with something open, announced: a final
    notice's whose term has passed but whose payments are not all read (after `judged`) too."""
    charged = settlement.costs
    if charged is not None:
        return CostsOutlook(
            CostsState.CHARGED,
            charged.amount,
            charged.charged_on,
            charged.principal,
            charged.each_late_invoice,
            charged.last_part_on,
            capped_from=charged.capped_from,
            over_asked=charged.over_asked,
            vat=charged.vat,
        )
    none = CostsOutlook(CostsState.NONE, ZERO, None, ZERO)
    if plan is None:
        return none
    minimum = creditor.policy.chase_minimum
    # A later final notice that opened a new episode: its own costs are the ones to come.
    for checkpoint in (settlement.episode,) if settlement.episode is not None else plan.checkpoints:
        if checkpoint.awaits is None and checkpoint.day <= (as_of if checkpoint.asked_on is None else judged):
            continue  # passed without costs: paid in time, or too little open (or they wait for an answer)
        covered = {i.number for i in checkpoint.invoices}
        open_parts = [b.principal_open for b in settlement.invoices if b.number in covered and b.principal_open > 0]
        # What the notice asked: once, for the cost base and for what is left of it to pay.
        credited_by = settlement.as_of
        asked = notice_asked(creditor, debtor, plan, checkpoint, credited_by) if checkpoint.asked_on else None
        principal = cost_base(
            creditor,
            debtor,
            plan,
            checkpoint,
            sum(open_parts, ZERO),
            settlement.payments,
            asked,
            credited_by=credited_by,
        )
        if principal >= minimum:
            invoices = sum(1 for p in open_parts if p >= minimum)
            full = plan.total(principal, invoices)
            stated = checkpoint.announced
            amount = full if stated is None else min(full, stated)  # never more than the letter stated
            if checkpoint.awaits is not None:  # a dispute of all it asked is open: the costs wait for the answer
                return replace(none, waiting=amount)
            left = None if asked is None else max(asked - paid_in_term(checkpoint, settlement.payments), ZERO)
            return CostsOutlook(
                CostsState.ANNOUNCED,
                amount,
                checkpoint.day,
                principal,
                asked_left=left,
                capped_from=full if amount < full else None,
                vat=plan.vat_in(principal, invoices) if amount == full else ZERO,
            )
    return none
