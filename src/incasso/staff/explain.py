"""Why a claim is at its stage and what comes next, in sentences staff read.

The dates and reasons are the ones the escalation policy used (escalation.py):
the last letter of each kind, the latest final notice for its term.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from incasso.claims.accord import Accord
from incasso.claims.agreements import Plan
from incasso.claims.claim import Action, AskedLater, Claim
from incasso.claims.demand import instalment_day_read, late_instalment_day, plan_confirmation_arrives
from incasso.claims.escalation import (
    answer_that_holds,
    asks_the_rest,
    call_held,
    call_without_step,
    crossed_reminder,
    notice_that_binds_now,
    postponed_over_check,
    standing_notice,
    uncalled_final_notice,
)
from incasso.claims.states import (
    CLOSED_STATUSES,
    HANDED_OVER,
    ActionKind,
    InstallmentStatus,
    PlanState,
    PromiseState,
    Stage,
    Status,
)
from incasso.claims.timing import later_abroad, letter_received, notice_term_end, overstates, step_after_letter
from incasso.law.money import ZERO
from incasso.ledger.model import Creditor, Debtor, Event, EventType, PauseAsker, latest
from incasso.staff import formats as fmt
from incasso.staff.language import action_name, words
from incasso.staff.overview import (
    NO_RETURNS,
    SMALL_CREDIT,
    BankReturns,
    CreditRefund,
    DisputeReview,
    PassOn,
    RefundReturned,
    Step,
    check_unseen,
    credit_refund,
    passes_on,
    small_credit,
)
from incasso.staff.returns import reason_text


def _latest(claim: Claim, kind: str) -> Event:
    """The latest event of a kind that the claim's stage or next step says was sent."""
    event = latest(claim.events, EventType(kind))
    if event is None:  # the stage or step was derived from that event
        raise ValueError(f"the claim on {claim.debtor.id} has no {kind} event, yet its stage or step says so")
    return event


def _known(claim: Claim, value: date | None, what: str) -> date:
    """A date the claim's state implies is set (the oldest open due date, the day it fell overdue)."""
    if value is None:
        raise ValueError(f"the claim on {claim.debtor.id} has no {what}, yet its state says so")
    return value


def _by(event: Event) -> str:
    return words().WHY["by"].format(name=event.by) if event.by else ""


def pause_asker(debtor: Debtor, pause: Event) -> str | None:
    """Who asked for a `postpone` (`asked_by`), for staff: the debtor, or whoever acted for them on its day by role
    and name ("schuldhulpverlener Schuldhulp Utrecht"); one before the block's own (a counsellor before the
    administrator) is no longer written, so said as such. None: staff's own postpone."""
    if pause.asked_by is None:
        return None
    if pause.asked_by == PauseAsker.DEBTOR:
        return words().PHRASE["asked_by_debtor"]
    acted = debtor.on(pause.date).representative
    if acted is None:
        return words().PHRASE["asked_by_earlier"]
    return words().PHRASE[f"asked_by_{acted.role}"].format(name=acted.name)


def _text(value: str | None) -> str:
    """A ledger note as one sentence ending in a full stop."""
    value = " ".join((value or "").split())
    return value if value.endswith((".", "!", "?")) else value + "."


def _paid(claim: Claim) -> str:
    """Closed: paid in full on the day of the last payment, or with nothing paid, credited in full."""
    if claim.paid_on:
        return words().WHY["paid"].format(date=fmt.day(claim.paid_on))
    credited = any(b.credit_notes for b in claim.settlement.invoices)
    return words().WHY["credited"] if credited else words().WHY["paid_unknown"]


def why_stage(claim: Claim, returns: BankReturns = NO_RETURNS) -> list[str]:
    """The facts that put the claim where it is: the step taken, then any pause or closure, and what became
    of money paid too much (a refund that came back from the bank among it)."""
    fact = _stage_fact(claim)
    lines = [fact] if fact else []
    if claim.status == Status.PAID:
        lines.append(_paid(claim))
    elif claim.status == Status.WRITTEN_OFF:
        lines.append(words().WHY["written_off"].format(date=fmt.day(_latest(claim, EventType.WRITTEN_OFF).date)))
    elif claim.status == Status.DISPUTE:
        event = claim.open_dispute
        lines.append(
            words().WHY["dispute"].format(date=fmt.day(event.date), reason=_text(event.reason))
            if event.reason
            else words().WHY["dispute_no_reason"].format(date=fmt.day(event.date))
        )
    lines += _accord_facts(claim)
    lines += _agreement_facts(claim)
    settlement = claim.settlement
    if settlement.refunded > 0:
        last = settlement.refunds[-1].event.date
        lines.append(words().WHY["refunded"].format(amount=fmt.money(settlement.refunded), date=fmt.day(last)))
    lines += [words().WHY["refund_returned"].format(**_refund_returned(back)) for back in returns.refunds]
    if settlement.credit > 0:
        lines.append(words().WHY["credit"].format(amount=fmt.money(settlement.credit)))
    return lines


def _accord_facts(claim: Claim) -> list[str]:
    """The settlement (minnelijk akkoord): what was agreed and how it stands, running, settled, lapsed or ended."""
    accord = claim.accord
    if accord is None:
        return []
    made, amount = fmt.day(accord.event.date), fmt.money(accord.amount)
    if accord.settled and accord.ended_on is not None:
        remitted = fmt.money(accord.remitted)
        return [
            words().WHY["settled"].format(date=fmt.day(accord.ended_on), amount=amount, made=made, remitted=remitted)
        ]
    if accord.undone and accord.ended_on is not None:
        said = words().WHY["settlement_ended" if accord.ended else "settlement_lapsed"]
        return [said.format(made=made, amount=amount, date=fmt.day(accord.ended_on)), *_ended_unseen(claim, accord)]
    asker = pause_asker(claim.debtor, accord.event)
    return [
        words()
        .WHY["settlement"]
        .format(
            made=made,
            asked=words().WHY["settlement_asked"].format(asker=asker) if asker else "",
            amount=amount,
            owed=fmt.money(accord.owed),
            terms=_accord_terms(accord),
            paid=fmt.paid(accord.paid),
            left=fmt.money(accord.left),
        )
    ]


def _ended_unseen(claim: Claim, accord: Accord) -> list[str]:
    """A settlement called off on a day the statements read do not reach: a payment of the rest that day keeps it
    (the payment wins, and the next build refuses the settlement_ended: claims.checks), as the page says too
    (statement.steps.called_off_unseen). Staff know what to look for, and what to take out then; replaced by a
    promise or a plan, that it then asks nothing more (the page and its confirmation tell the debtor so)."""
    called_off = claim.unseen_call_off
    if called_off is None:
        return []
    values = dict(seen=fmt.day(claim.payments_until), date=fmt.day(called_off), left=fmt.money(accord.left))
    if claim.status in (Status.PROMISE, Status.ARRANGEMENT):
        agreement = words().STATUS[claim.status].lower()
        return [words().WHY["settlement_ended_unseen_replaced"].format(agreement=agreement, **values)]
    return [words().WHY["settlement_ended_unseen"].format(**values)]


def _accord_terms(accord: Accord) -> str:
    """ "uiterlijk 31 januari 2027", or "in 36 termijnen, de laatste op ..." """
    if accord.plan is None:
        return words().WHY["settlement_by"].format(date=fmt.day(accord.last_day))
    count = len(accord.event.installments)
    return words().WHY["settlement_instalments"].format(count=count, date=fmt.day(accord.last_day))


def _stage_fact(claim: Claim) -> str | None:
    if claim.stage in (Stage.OPEN, Stage.OVERDUE) and claim.status in CLOSED_STATUSES:
        return None  # closed before any letter: the closure says it all
    if claim.stage == Stage.OPEN:
        oldest = claim.oldest_open_due
        return words().WHY["open"].format(date=fmt.day(oldest)) if oldest else None
    if claim.stage == Stage.OVERDUE:
        last_day = _known(claim, claim.overdue_since, "overdue_since") - timedelta(days=1)
        days = claim.days_overdue
        return words().WHY["overdue_one" if days == 1 else "overdue"].format(date=fmt.day(last_day), days=days)
    event = _latest(claim, claim.stage)
    if claim.stage == Stage.HANDOVER:
        return (
            words()
            .WHY["handover"]
            .format(agency=event.agency or words().WHY["agency_unknown"], date=fmt.day(event.date), by=_by(event))
        )
    if claim.stage == Stage.LEGAL:
        return words().WHY["legal"].format(date=fmt.day(event.date), by=_by(event))
    sent = "sent_closed" if claim.closed else "sent"  # closed, no step comes after it: not "so far"
    return words().WHY[sent].format(step=words().EVENT[claim.stage], date=fmt.day(event.date), by=_by(event))


def _agreement_facts(claim: Claim) -> list[str]:
    if claim.status in CLOSED_STATUSES:
        return []
    promise, plan = claim.promise, claim.plan
    if promise is not None and promise.state in (PromiseState.PENDING, PromiseState.BROKEN):
        key = "promise_pending" if promise.state == PromiseState.PENDING else "promise_broken"
        values: dict[str, object] = dict(
            made=fmt.day(promise.event.date),
            amount=fmt.money(promise.amount),
            date=fmt.day(promise.promised_date),
            paid=fmt.paid(promise.paid),  # "niets ontvangen", not "EUR 0,00 ontvangen"
        )
    elif plan is not None and plan.state == PlanState.ON_SCHEDULE:
        key = "plan_on_schedule_single" if len(plan.installments) == 1 else "plan_on_schedule"  # not "0 van 1"
        paid = sum(1 for i in plan.installments if i.state == InstallmentStatus.PAID)
        values = dict(made=fmt.day(plan.event.date), paid=paid, count=len(plan.installments))
    elif plan is not None and claim.asked_later is not None:
        # Its instalments' days came before its confirmation could be read: asked by a later day, not missed yet.
        key, values = _asked_later_fact(plan, claim.asked_later)
    elif plan is not None and plan.state == PlanState.IN_ARREARS:
        key = "plan_in_arrears"
        values = dict(made=fmt.day(plan.event.date), amount=fmt.money(plan.arrears))
    elif claim.after_kept_part:
        return [_kept_part_fact(claim)]
    else:
        return []
    escalation = words().ESCALATION_UNDER["dispute" if claim.status == Status.DISPUTE else _under(claim, key)]
    return [f"{words().WHY[key].format(**values)} {escalation}"]


def _under(claim: Claim, key: str) -> str:
    """What the agreement does to the escalation: a plan behind whose missed instalment is reminded of first says
    so, as "Wat nu" below it does ("eerst een vriendelijke herinnering voor die termijn"), not that the steps resume."""
    action = claim.next_action
    if key == "plan_in_arrears" and action is not None and action.kind == ActionKind.REMIND_INSTALLMENT:
        return "plan_in_arrears_reminded_first"
    return key


def _asked_later_fact(plan: Plan, later: AskedLater) -> tuple[str, dict[str, object]]:
    """The fact of a plan whose confirmation asks instalments by a later day than their own (Claim.asked_later): which,
    and by when, as the page and the letter say; the plan is not behind until then."""
    first = later.instalments[0]
    values: dict[str, object] = dict(
        made=fmt.day(plan.event.date),
        date=fmt.day(first.installment.due),
        amount=fmt.money(sum((i.open for i in later.instalments), ZERO)),
        asked=fmt.day(later.by),
        count=len(later.instalments),
    )
    return ("plan_asked_later_more" if len(later.instalments) > 1 else "plan_asked_later"), values


def _kept_part_fact(claim: Claim) -> str:
    """A kept promise or a completed plan of part of the balance, no letter since (Claim.after_kept_part): what is
    left goes on from the stage reached, not from a reminder (claims.escalation), as the debtor's page says."""
    promise, plan = claim.kept_part, claim.completed_part
    if promise is not None:
        values = dict(made=fmt.day(promise.event.date), amount=fmt.money(promise.amount))
        fact = words().WHY["promise_kept_part"].format(date=fmt.day(promise.promised_date), **values)
    elif plan is not None:
        total = sum((i.installment.amount for i in plan.installments), ZERO)
        made, count = fmt.day(plan.event.date), len(plan.installments)
        key = "plan_completed_part_single" if count == 1 else "plan_completed_part"  # not "alle 1 termijnen"
        fact = words().WHY[key].format(made=made, count=count, total=fmt.money(total))
    else:
        raise ValueError(f"the claim on {claim.debtor.id} has no agreement of part kept")
    # When the step reached was due by then, one letter asks the rest first (claims.escalation.asks_the_rest); with
    # the agency or in court, no step of ours follows (what_next: theirs), as the debtor's page says.
    under = "kept_part_letter" if asks_the_rest(claim.next_action) else "kept_part"
    if claim.stage in HANDED_OVER:
        under = f"kept_part_{claim.stage}"
    return f"{fact} {words().ESCALATION_UNDER[under]}"


def next_tasks(claim: Claim, returns: BankReturns = NO_RETURNS, review: DisputeReview | None = None) -> list[Step]:
    """What staff have to do on the claim, in the order what_next says it: a credit to refund, each refund
    that came back, the answer to a dispute of invoices open too long (`review`), a payment to pass on to the
    agency, then the policy's next step."""
    steps: list[Step | None] = [credit_refund(claim), *returns.refunds, review, *passes_on(claim), claim.next_action]
    return [step for step in steps if step is not None]


def what_next(
    claim: Claim,
    creditor: Creditor,
    returns: BankReturns = NO_RETURNS,
    review: DisputeReview | None = None,
    *,
    tasks: Sequence[Step] | None = None,
) -> list[str]:
    """A line for each of `next_tasks`, from when (the policy's step with the rule that sets that date);
    "nothing more to do" only when there is none of these. `tasks`: next_tasks' answer when the caller has it
    already (the dossier page, which marks the due ones), not worked out again."""
    lines: list[str] = []
    for step in next_tasks(claim, returns, review) if tasks is None else tasks:
        if isinstance(step, CreditRefund):
            lines.append(_refund(step, claim.as_of))
        elif isinstance(step, RefundReturned):
            lines.append(_refund_again(step, claim))
        elif isinstance(step, DisputeReview):
            lines.append(_answer_invoice_dispute(step, claim, creditor))
        elif isinstance(step, PassOn):
            lines.append(_pass_on(step, claim.as_of))
        else:
            lines += _policy_step(claim, step, creditor)
    if small_credit(claim):  # no task, so no step: said after the tasks' lines (staff.dossier_page marks those due)
        credit, below = fmt.money(claim.settlement.credit), fmt.money(SMALL_CREDIT)
        lines.append(words().NEXT["small_credit"].format(amount=credit, minimum=below))
    if lines:
        return lines
    key = claim.status if claim.status in CLOSED_STATUSES else claim.stage
    minimum = creditor.policy.chase_minimum
    if key not in CLOSED_STATUSES and 0 < claim.total_due < minimum:
        # Why nothing is planned, and what staff may do: the debtor's page says no reminder comes.
        return [words().NEXT["small_rest"].format(amount=fmt.money(claim.total_due), minimum=fmt.money(minimum))]
    return [words().NEXT.get(f"{key}_none", words().NEXT["other_none"])]


def _refund(refund: CreditRefund, as_of: date) -> str:
    when = (words().WHEN_DUE if refund.is_due(as_of) else words().WHEN_LATER).format(date=fmt.day(refund.due))
    return (
        words().NEXT[refund.kind].format(action=words().ACTION[refund.kind], when=when, amount=fmt.money(refund.amount))
    )


def _answer_invoice_dispute(review: DisputeReview, claim: Claim, creditor: Creditor) -> str:
    """The answer to a dispute of some invoices, due once it has been open `dispute_max_days`: the rest is chased
    meanwhile, so the policy's step does not say it."""
    when = (words().WHEN_DUE if review.is_due(claim.as_of) else words().WHEN_LATER).format(date=fmt.day(review.due))
    key = "review_invoice_dispute" if len(review.invoices) == 1 else "review_invoice_dispute_many"
    return (
        words()
        .NEXT[key]
        .format(
            action=words().ACTION["review_dispute"],
            invoices=", ".join(review.invoices),
            date=fmt.day(review.raised),
            when=when,
            days=creditor.policy.dispute_max_days,
        )
    )


def _pass_on(step: PassOn, as_of: date) -> str:
    """Money that reached us after the handover: to whom it goes, how to reach them, and what to name."""
    when = (words().WHEN_DUE if step.is_due(as_of) else words().WHEN_LATER).format(date=fmt.day(step.due))
    values = dict(
        action=words().ACTION[step.kind],
        when=when,
        amount=fmt.money(step.amount),
        handed=fmt.day(step.handover.date),
        **pass_on_facts(step, fmt.day),
    )
    if step.later is None:
        return words().NEXT[step.kind].format(**values)
    # Owed to an earlier agency: who has the file now, and the handover its `passed_on` names.
    now = step.later.agency or words().PHRASE["pass_on_agency"]
    taken, handed_iso = fmt.day(step.later.date), step.handover.date.isoformat()
    return words().NEXT["pass_on_earlier"].format(now=now, taken=taken, handed_iso=handed_iso, **values)


def pass_on_facts(step: PassOn, day: Callable[[date], str]) -> dict[str, str]:
    """The agency, its contact and reference, and the payments, as the dossier and today's work say them."""
    handover, phrase = step.handover, words().PHRASE
    contact = ", ".join(c for c in (handover.agency_phone, handover.agency_email) if c)
    payments = (
        phrase["pass_on_payment"].format(amount=fmt.money(p.amount), date=day(p.date), ref=p.bank_ref)
        for p in step.payments
    )
    return {
        "agency": step.agency or phrase["pass_on_agency"],
        "contact": phrase["pass_on_contact"].format(contact=contact) if contact else "",
        "reference": phrase["pass_on_reference"].format(reference=handover.agency_reference)
        if handover.agency_reference
        else "",
        "payments": "; ".join(payments),
    }


def _refund_returned(back: RefundReturned) -> dict[str, str]:
    """The facts of a refund that came back, as the sentences about it fill them in."""
    return {
        "amount": fmt.money(back.amount),
        "date": fmt.day(back.refunded),
        "returned": fmt.day(back.due),
        "reason": reason_text(back.reason),
    }


def _refund_again(back: RefundReturned, claim: Claim) -> str:
    """A refund that came back; with an invoice still open, the money may pay it instead (taken out of the
    file, the refund's amount counts towards what is open: there is no credit left to refund)."""
    when = (words().WHEN_DUE if back.is_due(claim.as_of) else words().WHEN_LATER).format(date=fmt.day(back.due))
    key = f"{back.kind}_open" if claim.total_due > 0 else back.kind
    return words().NEXT[key].format(action=words().ACTION[back.kind], when=when, **_refund_returned(back))


# The steps taken only if the debtor has not paid (in full) by their day: planned for a day still to come, staff are
# told so ("op 3 december als er dan nog niet (helemaal) betaald is"), not a step already certain.
_UNLESS_PAID = frozenset(
    {ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.CALL, ActionKind.FINAL_NOTICE, ActionKind.HANDOVER}
)


def _when(claim: Claim, action: Action) -> str:
    """From when the step is due, as the overview's row says it (staff.rows._next_step): one waiting for the bank
    statements, the day it falls on if they show nothing paid (in a final notice's term, or of a called-off
    settlement's agreed sum). One still to come that the debtor's payment would spare says so: a condition on its
    day, where the missed instalment's reminder says what must be paid itself (NEXT remind_installment_later)."""
    if action.awaits_statements is not None:
        awaits = words().WHEN_AWAITS_CALL_OFF if action.call_off_unseen else words().WHEN_AWAITS
        return awaits.format(date=fmt.day(action.awaits_statements))
    unseen = check_unseen(claim, action)
    if unseen is not None:  # a check on a day the statements read do not reach: it waits for them, is not late
        return words().WHEN_CHECK_UNSEEN.format(date=fmt.day(unseen))
    if action.is_due(claim.as_of):
        return words().WHEN_DUE.format(date=fmt.day(action.due))
    if action.kind == ActionKind.REMIND_INSTALLMENT:  # its text says the condition itself (remind_installment_later)
        return words().WHEN_ON.format(date=fmt.day(action.due))
    later = words().WHEN_LATER_UNPAID if action.kind in _UNLESS_PAID else words().WHEN_LATER
    return later.format(date=fmt.day(action.due))


def _later(claim: Claim, action: Action) -> bool:
    """Whether the step is planned for a day still to come, `_when` saying that day plainly (not one waiting for the
    bank statements, which says what it hangs on; a check waiting for them is due, so never later)."""
    return action.awaits_statements is None and not action.is_due(claim.as_of)


# The checks, named by a question (ACTION "Controle: toezegging betaald?"): their dossier line leads with it, as the
# task list does, and goes on with from when as a sentence of its own.
_CHECKS = frozenset({ActionKind.CHECK_PROMISE, ActionKind.CHECK_INSTALLMENT, ActionKind.CHECK_SETTLEMENT})


def _policy_step(claim: Claim, action: Action, creditor: Creditor) -> list[str]:
    """The escalation policy's next action (the claim's), from when, and the rule that sets that date."""
    policy = creditor.policy
    when = _when(claim, action)
    if action.kind in _CHECKS:  # after the task's question ("Controle: termijn betaald?"), a new sentence
        when = when[:1].upper() + when[1:]
    values: dict[str, object] = {"action": action_name(action.kind, claim.debtor), "when": when}
    natural = None  # the date the policy gives before any pause moved it
    kind, key = action.kind, str(action.kind)  # key: the text of NEXT, the kind's or a variant of it
    if asks_the_rest(action):
        return [_rest_of_part(claim, action, creditor, values), *_moved(claim, action, None)]
    if kind == ActionKind.REMINDER:
        # A reminder is planned only with an open invoice: the oldest, or the one after the final notice
        # (whose reminder waits for that notice's term: the `newer` line says so).
        oldest = action.newer.due if action.newer else _known(claim, claim.oldest_open_due, "open invoice")
        values.update(
            date=fmt.day(oldest), term=(words().TERM_PASSED if oldest < claim.as_of else words().TERM_PASSES)[kind]
        )
        natural = None if action.newer else oldest + timedelta(days=policy.reminder_after_days)
        paid = _moved_by_payment(claim, action, natural)
        if paid is not None:
            # escalation._first_reminder: what is left after a payment is reminded from the day after it.
            return [words().NEXT[kind].format(**values), words().NEXT["after_payment"].format(date=fmt.day(paid))]
    elif kind == ActionKind.DUNNING:
        sent = _latest(claim, EventType.REMINDER).date
        values.update(date=fmt.day(sent), days=policy.dunning_after_days)
        natural = step_after_letter(creditor, claim.debtor, sent, policy.dunning_after_days)
    elif kind == ActionKind.FINAL_NOTICE and (unbound := _unbound_notice(claim, action, creditor)) is not None:
        # escalation.notice_that_binds_now: no pause held it; the e-mailed notice's term did.
        key, natural = "final_notice_again", unbound[1] + timedelta(days=1)
        values.update(date=fmt.day(unbound[0].date), end=fmt.day(unbound[1]))
        if overstates(creditor, claim.debtor, unbound[0]):  # its letter stated more costs than the staffel
            key = "final_notice_restated"
    elif kind in (ActionKind.CALL, ActionKind.FINAL_NOTICE):
        key, natural = _after_dunning(claim, action, creditor, values)
    elif kind == ActionKind.HANDOVER:
        natural = _handover_values(claim, creditor, values)
    elif kind == ActionKind.REMIND_INSTALLMENT:
        key, natural, said = _instalment_reminder(claim, action, creditor, values)
        if said:
            return said
    elif kind == ActionKind.CHECK_PROMISE:
        values.update(date=fmt.day(claim.pending_promise.promised_date))
    elif kind == ActionKind.CHECK_INSTALLMENT:
        upcoming = claim.running_plan.next_installment
        values.update(date=fmt.day(upcoming.installment.due), amount=fmt.money(upcoming.open))
    elif kind == ActionKind.CHECK_SETTLEMENT:
        key = _settlement_check(claim.running_accord, values)
    elif kind == ActionKind.REVIEW_DISPUTE:
        values.update(days=policy.dispute_max_days)
    if action.newer and kind == ActionKind.REMINDER:
        key = f"{kind}_newer"
    if check_unseen(claim, action) is not None:  # its day is the one the statements must reach: said once
        key += "_unseen"
    said = [words().NEXT[key].format(**values), *_newer(claim, action), *_moved(claim, action, natural)]
    return said + _no_call_step(creditor, key) + (_posted_abroad(claim, creditor, key) if natural == action.due else [])


def _no_call_step(creditor: Creditor, key: str) -> list[str]:
    """Why no call comes before the final notice while the policy says staff call: `call_after_days` set on or
    after `final_notice_after_days` (escalation.calls_first). The build's log says it once; the clerk who opens the
    dossier, missing the call they expected, reads it here."""
    policy = creditor.policy
    if key != "final_notice" or not call_without_step(policy):
        return []
    return [words().NEXT["no_call_step"].format(call=policy.call_after_days, final=policy.final_notice_after_days)]


# The policy's steps whose day follows a letter (claims.timing.step_after_letter), by their key in NEXT: that letter.
_AFTER_LETTER = {"dunning": EventType.REMINDER, "call": EventType.DUNNING, "final_notice": EventType.DUNNING}


def _posted_abroad(claim: Claim, creditor: Creditor, key: str) -> list[str]:
    """Why the step after a reminder or dunning letter posted abroad (`key`, the step's text) comes later than the
    policy's days: the letter arrives later, and the step waits as many days more (claims.timing.step_after_letter).
    Not said of a step a pause or a postponement moved (its day is not the policy's: `_moved` says why)."""
    letter = latest(claim.events, _AFTER_LETTER[key]) if key in _AFTER_LETTER else None
    if letter is None:
        return []
    sent = letter.date
    later = later_abroad(creditor, claim.debtor, sent).days
    if later <= 0:
        return []
    received = letter_received(creditor, claim.debtor, sent)
    return [words().NEXT["posted_abroad"].format(date=fmt.day(sent), received=fmt.day(received), days=later)]


def _after_dunning(claim: Claim, action: Action, creditor: Creditor, values: dict[str, object]) -> tuple[str, date]:
    """The call or the final notice after the dunning letter, its values put in `values`: the key of its text and the
    day the policy gives it. A final notice after a wait that held the call back, nobody called since
    (escalation.uncalled_final_notice), says so: it follows the policy's days after the wait, not the letter's."""
    policy = creditor.policy
    sent = _latest(claim, EventType.DUNNING)
    if action.kind == ActionKind.CALL:
        values.update(date=fmt.day(sent.date), days=policy.call_after_days)
        return "call", step_after_letter(creditor, claim.debtor, sent.date, policy.call_after_days)
    held = call_held(creditor, claim.debtor, claim.events, sent)
    if (
        held is not None
        and action.postponed is None
        and action.due == uncalled_final_notice(creditor, claim.debtor, claim.events, sent)
    ):
        gap = max(policy.final_notice_after_days - policy.call_after_days, 0)
        values.update(date=fmt.day(sent.date), until=fmt.day(held), days=gap)
        return "final_notice_after_held_call", action.due
    values.update(date=fmt.day(sent.date), days=policy.final_notice_after_days)
    return "final_notice", step_after_letter(creditor, claim.debtor, sent.date, policy.final_notice_after_days)


def _settlement_check(accord: Accord, values: dict[str, object]) -> str:
    """The check on a running settlement (escalation.settlement_check), its values put in `values`: the key of its
    text, of the agreed sum by `pay_by`, of the next instalment, or of a missed one in its grace."""
    missed = accord.missed
    if missed is not None:
        # The agreed sum by one day, its payment taken back after it (claims.accord.counted_from): not "de termijn".
        kind = "sum" if accord.missed_sum else "missed"
        due, amount = missed.installment.due, missed.open
        reminder = _reminder_written(accord, due)
        said = words().NEXT[f"check_settlement_{kind}_reminder"].format(date=fmt.day(reminder)) if reminder else ""
        values.update(last=fmt.day(accord.pay_by), reminder=said)
        key = f"check_settlement_{kind}"
    elif accord.plan is not None:
        due, amount, key = accord.asked_by, accord.due_now, "check_settlement_installment"
        values.update(grace=accord.grace_for(accord.asked_by))
    else:
        due, amount, key = accord.last_day, accord.left, "check_settlement"
    values.update(date=fmt.day(due), amount=fmt.money(amount))
    return key


def _reminder_written(accord: Accord, due: date) -> date | None:
    """The day of the letter that reminds of the missed term of day `due`: the day a build wrote it where that was later
    than its own (the bank statements came in late: the build's record, `Event.reminded`, by the day the term counts
    from), the letter's date; else its own day (`Accord.reminder_day`)."""
    reminder = accord.reminder_day
    written = dict(accord.event.reminded).get(accord.counts_from(due))
    return max(reminder, written) if reminder is not None and written is not None else reminder


def _handover_values(claim: Claim, creditor: Creditor, values: dict[str, object]) -> date:
    """The handover waits for the term of the latest final notice, as escalation.py counts it: that notice's
    day and term put in `values`, and the day after the term returned (the policy's date)."""
    notice = standing_notice(creditor, claim) or _latest(claim, EventType.FINAL_NOTICE)
    end = notice_term_end(creditor, claim.debtor, notice)
    passed = end < claim.as_of
    values.update(
        date=fmt.day(notice.date),
        end=fmt.day(end),
        term=(words().TERM_PASSED if passed else words().TERM_PASSES)[ActionKind.HANDOVER],
    )
    return end + timedelta(days=1)


def _unbound_notice(claim: Claim, action: Action, creditor: Creditor) -> tuple[Event, date] | None:
    """The final notice sent before the one due now, with its term's last day: it was e-mailed to a consumer
    who had not agreed to e-mail, or stated more costs than the staffel, so it brings no costs and the steps send
    one that does after its term."""
    if action.newer is not None or not notice_that_binds_now(creditor, claim):
        return None  # the notice of an invoice due after the first one follows its own dunning letter
    notice = standing_notice(creditor, claim)
    if notice is None:
        return None
    return notice, notice_term_end(creditor, claim.debtor, notice)


def _missed(plan: Plan, *, later: bool) -> tuple[str, dict[str, object]]:
    """The text of the next step that is the reminder of a missed instalment, and its values: the first one missed,
    or the count of them and what they leave open together when the one reminder asks more than one, as its subject
    and the page say (statement.tables.several_missed). `later`: planned for a day still to come, by which the debtor
    may yet pay, so said as a condition on it (remind_installment_later), not as a miss already certain."""
    first = plan.missed_installment
    values: dict[str, object] = dict(date=fmt.day(first.installment.due), amount=fmt.money(first.open))
    tail = "_later" if later else ""
    if len(plan.missed) > 1:
        several = {**values, "count": len(plan.missed), "amount": fmt.money(plan.arrears)}
        return f"remind_installment_several{tail}", several
    return f"{ActionKind.REMIND_INSTALLMENT}{tail}", values


def _rest_of_part(claim: Claim, action: Action, creditor: Creditor, values: dict[str, object]) -> str:
    """The one letter for what a kept promise or a completed plan of part left, and what follows it unpaid: the step
    after the stage reached, a reminder's term later (claims.escalation._letter_for_the_rest)."""
    key = "reminder_rest_of_promise" if claim.kept_part is not None else "reminder_rest_of_plan"
    values = dict(values, amount=fmt.money(claim.total_due), days=creditor.policy.dunning_after_days)
    return words().NEXT[key].format(stage=words().STAGE[claim.stage], **values)


def _instalment_reminder(
    claim: Claim, action: Action, creditor: Creditor, values: dict[str, object]
) -> tuple[str, date, list[str]]:
    """The reminder of a missed instalment, its values put in `values`: the key of its text, the day the policy gives
    it, and its lines when they are said here: with why it waits for a late confirmation's day
    (`_instalment_reminder_waits`) or a dispute answer's term (`_answer_holds`); [] when `_moved` says the rest."""
    key, missed = _missed(claim.running_plan, later=_later(claim, action))
    values.update(missed)
    natural, waits = _instalment_reminder_waits(claim, creditor, claim.running_plan.missed_installment.installment.due)
    answered = _answer_holds(claim, creditor, action)
    crossed = _crossed(claim)
    if answered:
        return key, natural, [words().NEXT[key].format(**values), *([waits] if waits else []), *crossed, *answered]
    if waits is not None and action.postponed is None:
        return key, natural, [words().NEXT[key].format(**values), waits, *crossed]
    if crossed:
        return key, natural, [words().NEXT[key].format(**values), *crossed, *_moved(claim, action, natural)]
    return key, natural, []


def _crossed(claim: Claim) -> list[str]:
    """Why the instalment is reminded again the day after the return, after a reminder staff recorded: that reminder
    crossed its payment, which the bank took back that same day or later (escalation.crossed_reminder); [] when none
    did."""
    crossed = crossed_reminder(claim)
    if crossed is None:
        return []
    plan = claim.running_plan
    returned = plan.counts_from(plan.missed_installment.installment.due)
    if returned == crossed.date:
        return [words().NEXT["remind_installment_crossed"].format(date=fmt.day(crossed.date))]
    line = words().NEXT["remind_installment_crossed_later"]
    return [line.format(date=fmt.day(crossed.date), returned=fmt.day(returned))]


def _instalment_reminder_waits(claim: Claim, creditor: Creditor, due: date) -> tuple[date, str | None]:
    """The day a missed instalment (due on `due`) is reminded by the policy, as escalation._reminder_of counts it:
    not before the day the plan's confirmation asked it by (claims.demand.instalment_day_read); and why, when that is
    later than the day after the instalment: in a final notice's term its last day, else the room a reminder gives
    from the day the letter arrives (claims.demand.late_instalment_day), or the next instalment's day before that."""
    arrives = plan_confirmation_arrives(creditor, claim)
    asked = instalment_day_read(creditor, claim, due, arrives)
    natural = asked + timedelta(days=creditor.policy.reminder_after_days)
    # Its payment taken back after its day: reminded from the return, at once, or the day after where it was taken back
    # on or after its own reminder's day (escalation._reminder_of, Plan.missed_since).
    plan = claim.running_plan
    if plan.counts_from(due) != due:
        natural = max(natural, plan.missed_since(plan.missed_installment))
    if asked <= due:
        return natural, None
    days = creditor.policy.dunning_after_days
    if asked != late_instalment_day(creditor, claim, arrives):
        key = "plan_letter_term"
    else:
        key = "plan_letter" if asked == arrives + timedelta(days=days) else "plan_letter_next"
    return natural, words().NEXT[key].format(arrives=fmt.day(arrives), date=fmt.day(asked), days=days)


def _answer_holds(claim: Claim, creditor: Creditor, action: Action) -> list[str]:
    """Why a missed instalment's reminder waits past the policy's day for a dispute's answer (Action.after_answer):
    the day after the answer's term, as every step (escalation.answer_resumes), the answer's day and the term's last
    named; [] when that did not set its day (none held it, or a postponement or a call-off moved it since), by the rule
    the page asks by (escalation.answer_that_holds)."""
    answer = answer_that_holds(creditor.policy, claim.events, action)
    if answer is None:
        return []
    values = dict(answered=fmt.day(answer.date), end=fmt.day(action.due - timedelta(days=1)))
    return [words().NEXT["reminder_after_answer"].format(days=creditor.policy.resume_after_dispute_days, **values)]


def _moved_by_payment(claim: Claim, action: Action, natural: date | None) -> date | None:
    """The payment whose next day the reminder waits for, when that, not a pause, set its day."""
    last_paid = claim.last_payment_day
    if natural is None or last_paid is None or action.postponed is not None:
        return None
    return last_paid if action.due == last_paid + timedelta(days=1) > natural else None


def _newer(claim: Claim, action: Action) -> list[str]:
    """Why a step comes before the handover: an invoice fell due after the last final notice."""
    if action.newer is None:
        return []
    notice = _latest(claim, EventType.FINAL_NOTICE)
    return [words().NEXT["newer"].format(number=action.newer.number, date=fmt.day(notice.date))]


def _pause_values(claim: Claim, pause: Event, until: date) -> dict[str, str]:
    """A `postpone`'s day, who recorded it and who asked for it (by name), and its reason, as "Uitgesteld tot ..."
    says them."""
    asker = pause_asker(claim.debtor, pause)
    asked = words().WHY["asked"].format(asker=asker) if asker else ""
    made, reason = fmt.day(pause.date), _text(pause.reason)
    return dict(date=fmt.day(until), made=made, by=_by(pause), asked=asked, reason=reason)


def _postponed_over_check(claim: Claim, action: Action) -> list[str]:
    """A `postpone` standing while a promise or a plan's instalment is checked (claims.escalation.standing_postpone):
    it does not move the check, only the step a miss leads to; said while it runs, with who asked for it (the page
    says an asked one too: statement.steps.wait_over_agreement), so staff do not take it for a pause of the plan.
    One that lasts beyond the promised day or the plan's last instalment holds back the letter for what is open after
    it too (`_beyond`): not "alleen de herinnering na een gemiste termijn"."""
    pause = postponed_over_check(claim)
    if pause is None or pause.until is None:
        return []
    promise = action.kind == ActionKind.CHECK_PROMISE
    end = claim.pending_promise.promised_date if promise else claim.running_plan.last_due
    beyond = "_beyond" if pause.until > end + timedelta(days=1) else ""  # past the day the rest is first asked
    return [words().NEXT[f"postponed_over_{action.kind}{beyond}"].format(**_pause_values(claim, pause, pause.until))]


def _moved(claim: Claim, action: Action, natural: date | None) -> list[str]:
    """Why the step is due later than the policy's own date: staff postponed it, a pause held it, or the
    bank statements of a final notice's term are not read yet."""
    postponed = action.postponed
    if postponed is not None:
        return [words().NEXT["postponed"].format(**_pause_values(claim, postponed, action.due))]
    if action.kind in (ActionKind.CHECK_PROMISE, ActionKind.CHECK_INSTALLMENT):
        return _postponed_over_check(claim, action)
    called_off = claim.unseen_call_off
    if action.call_off_unseen and called_off is not None:
        return [words().NEXT["awaits_call_off"].format(date=fmt.day(called_off))]
    if action.kind == ActionKind.HANDOVER and claim.term_unseen is not None:
        return [words().NEXT["awaits_statements"].format(date=fmt.day(claim.term_unseen))]
    if natural is not None and action.due > natural:
        accord = claim.accord
        held = accord is not None and accord.undone and accord.ended_on == action.due
        return [words().NEXT["resumed_settlement" if held else "resumed"].format(date=fmt.day(action.due))]
    return []
