"""The escalation policy: what staff should do next for a claim, and from when.

Friendly first, step by step: reminder the day after the due date, dunning
letter, a call, the final notice, and handover once its term has passed. A
dispute, a promise not yet due and a plan on schedule pause the steps; when
a pause ends, the next step is due no earlier than the day after it ended
(after a dispute's answer, once the term it gives to pay is over).
A missed instalment of a plan first gets a friendly reminder of that
instalment, not before the day the plan's confirmation asked it by (a day
after it could be read, when its own day came before); the usual steps follow
only a reminder's interval after it.
What a kept promise or a completed plan of part leaves is likewise first
asked by one letter (a reminder); unpaid in its term, the steps go on from
the stage reached before the agreement.
Staff may postpone the next step to a date (a `postpone` event): it moves
that step only, never a check on a pause, nor any legal term.
Steps follow what is actually overdue: letters about invoices that have
since been paid do not count towards the next step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.agreements import InstallmentState, reminded_after, reminder_may_cross
from incasso.claims.claim import Action, Claim
from incasso.claims.demand import instalment_day_read, plan_confirmation_arrives
from incasso.claims.disputes import disputed_apart_when_dated
from incasso.claims.states import HANDED_OVER, ActionKind, CostsState, PlanState, PromiseState, Status
from incasso.claims.timing import (
    answer_term_end,
    brings_costs,
    longest_term,
    next_notice_binds,
    notice_term_end,
    overstates,
    step_after_letter,
)
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    WRITTEN_CHANNELS,
    Channel,
    Creditor,
    Debtor,
    Event,
    EventType,
    Invoice,
    Policy,
    latest,
)

DAY = timedelta(days=1)
# The reason of the one letter (a reminder) that first asks what a kept promise or a completed plan of part left.
REST_OF_PART = "the rest after a kept promise or a completed plan of part"


def next_action(creditor: Creditor, claim: Claim, events: list[Event]) -> Action | None:
    """The next step for `claim`, or None when nothing is to be done (closed, too small, with others)."""
    if claim.closed:
        return None  # a closed claim is never chased
    if claim.status == Status.SETTLEMENT:
        return settlement_check(claim)  # a running settlement takes no step, only its check (claims.accord)
    check = _check_on_pause(creditor, claim)
    if check is not None:
        return check
    if claim.amount_due_apart_from_a_plan < creditor.policy.chase_minimum:
        # A few cents left: not worth a letter, let alone costs. A missed instalment is no few cents, though only
        # the plan asks it while its invoice is not yet due: its reminder goes (the letter asks the instalment).
        return _missed_installment_reminder(creditor, claim, events)
    step = _chasing_step(creditor, claim, events)
    if step is None:
        return None
    return _awaiting_call_off(claim, _postponed(_awaiting_statements(claim, step), events))


def _awaiting_call_off(claim: Claim, step: Action) -> Action:
    """A settlement called off (`settlement_ended`) on a day the bank statements read do not reach: paid in full
    that day, it holds after all (the payment wins: claims.checks), and a binding letter with costs must not go out
    while that is unknown. No step until the statements reach the day, as a `pay_by` they do not reach waits
    (claims.accord: still running); the page and the dossier say what it waits for (`called_off_unseen`)."""
    called_off = claim.unseen_call_off
    if called_off is None:
        return step
    reason = f"the settlement was called off on {called_off}: waits for the bank statements of that day"
    day = max(step.due, called_off)
    return replace(step, due=max(day, claim.as_of + DAY), reason=reason, awaits_statements=day, call_off_unseen=True)


def _awaiting_statements(claim: Claim, step: Action) -> Action:
    """A handover after a final notice whose term has passed unjudged (claim.term_unseen: the statements read
    end before its last day) is not due: a payment in the term stops it (art. 6:114 lid 2 BW). It waits for
    the statements, as a promise's check does; staff are told to read them in (staff.overview's AWAITS_BANK)."""
    if step.kind != ActionKind.HANDOVER or claim.term_unseen is None or step.due > claim.as_of:
        return step
    reason = f"the final notice's term ended on {claim.term_unseen}: waits for the bank statements of its days"
    return replace(step, due=claim.as_of + DAY, reason=reason, awaits_statements=step.due)


def _missed_installment_reminder(creditor: Creditor, claim: Claim, events: list[Event]) -> Action | None:
    """The reminder of a plan's missed instalment not yet reminded, of at least the chase minimum, or None."""
    missed = _missed_installment(claim)
    if missed is None or missed.open < creditor.policy.chase_minimum:
        return None
    reminded = _letter_since(events, claim.running_plan.missed_since(missed))
    return None if reminded else _reminder_of(missed, creditor, claim, events)


def _reminder_of(missed: InstallmentState, creditor: Creditor, claim: Claim, events: list[Event]) -> Action:
    """The reminder of `missed`, reminder_after_days after the day the plan's confirmation asked it by
    (demand.instalment_day_read: its own day; when its day came no later than that letter arrives, in a final
    notice's term its last day, else a day of its own): an instalment is not chased before the debtor could act on
    what the letter said (letters.terms.letter_deadline, the same rule), and a confirmation that came late does not
    make them late. After a dispute's answer, no earlier than the day after the answer's term, as every other step
    (`answer_resumes`): the debtor who just heard that the claim stands gets that term to pay first. Its payment taken
    back by the bank after its day (Plan.counts_from), no earlier than the return's day, and at once then: the debtor
    had the instalment's day, and the return alone tells them nothing (claims.accord.reminded_on, the same rule). Taken
    back on or after the day its own reminder falls, the day after the return (Plan.missed_since): a reminder written
    up to the return's day may have crossed the payment, and the return's is another letter."""
    due_day = missed.installment.due
    reason = f"the instalment of {due_day} was missed"
    arrives = plan_confirmation_arrives(creditor, claim)
    asked = instalment_day_read(creditor, claim, due_day, arrives)
    if asked > due_day:
        reason += f" (the plan's confirmation arrives on {arrives} and asks it by {asked})"
    due = asked + timedelta(days=creditor.policy.reminder_after_days)
    returned = claim.running_plan.counts_from(due_day)
    if returned != due_day:
        # Missed again from the return: told at once, as a settlement's instalment is (claims.accord.reminder_due).
        reason += f"; its payment was taken back on {returned}"
        due = max(due, claim.running_plan.missed_since(missed))
    resumes = answer_resumes(creditor.policy, events)
    if resumes is None or resumes <= due:
        return Action(ActionKind.REMIND_INSTALLMENT, due, reason)
    reason += f"; the answer to the dispute gives a term up to {resumes - DAY}"
    answer = latest(events, EventType.DISPUTE_RESOLVED)
    return Action(ActionKind.REMIND_INSTALLMENT, resumes, reason, after_answer=answer)


def _chasing_step(creditor: Creditor, claim: Claim, events: list[Event]) -> Action | None:
    """The next chasing step by the policy, friendly first, after any pause."""
    missed = _missed_installment(claim)
    reminded = None
    if missed is not None:
        # A reminder written before a payment the bank later took back does not stand for the miss from the return.
        reminded = _letter_since(events, claim.running_plan.missed_since(missed))
        if reminded is None:
            return _reminder_of(missed, creditor, claim, events)
    step = _escalation_step(creditor, claim, events)
    if step is None:
        return None
    rest_first = _letter_for_the_rest(claim, events, step)
    if rest_first is not None:
        return rest_first
    resume = pause_ended(creditor.policy, claim, events)
    reminded = reminded or _rest_asked(claim, events)
    if reminded is not None:
        # The debtor had the instalment's reminder, or the letter for the rest of a kept agreement of part: the
        # usual steps wait as long as after any reminder.
        after_reminder = step_after_letter(creditor, claim.debtor, reminded.date, creditor.policy.dunning_after_days)
        resume = max(resume, after_reminder) if resume is not None else after_reminder
    if resume is not None and resume > step.due:
        return replace(step, due=resume)
    return step


def _letter_for_the_rest(claim: Claim, events: list[Event], step: Action) -> Action | None:
    """After a kept promise or a completed plan of part (Claim.agreement_of_part), the rest is first asked by one
    letter, a reminder with a reminder's term, from the day after the promised day or the last instalment's: a
    debtor who kept the agreement is not handed over (or sent the final notice) at once, while one who missed an
    instalment gets a friendly reminder first. Only when the step reached (`step`) was due by then: a letter whose
    term still runs (a final notice's, say) is the way out already, and a reminder in it would blur that term."""
    ended = claim.agreement_ended
    if claim.agreement_of_part is None or ended is None or step.kind == ActionKind.REMINDER or step.due > ended:
        return None
    if _letter_since(events, ended) is not None:
        return None
    return Action(ActionKind.REMINDER, ended, REST_OF_PART, then=step.kind)


def asks_the_rest(action: Action | None) -> bool:
    """Whether `action` is the one letter that first asks what a kept agreement of part left (`_letter_for_the_rest`):
    the page, the letters and staff say what follows it (the step reached), not a dunning letter."""
    return action is not None and action.kind == ActionKind.REMINDER and action.reason == REST_OF_PART


def _rest_asked(claim: Claim, events: list[Event]) -> Event | None:
    """The letter (a reminder) that asked the rest of a kept agreement of part (`_letter_for_the_rest`), or None."""
    ended = claim.agreement_ended
    if claim.agreement_of_part is None or ended is None:
        return None
    letter = _letter_since(events, ended)
    return letter if letter is not None and letter.type == EventType.REMINDER else None


def _postponed(step: Action, events: list[Event]) -> Action:
    """`step`, moved to the date of the staff's latest postponement, if no letter went out since it.

    Only the day staff act moves: the final notice's term and the costs follow the
    letters (claims.timing), whatever staff postpone.
    """
    postponement = standing_postpone(events)
    if postponement is None or postponement.until is None or postponement.until <= step.due:
        return step
    # Staff's own later day stands: not the term's day the statements decide on.
    return replace(step, due=postponement.until, postponed=postponement, awaits_statements=None)


# What ends a `postpone` recorded before it: a letter (the next step follows the policy again), or a settlement.
_ENDS_A_WAIT = (*ESCALATION_EVENTS, EventType.SETTLEMENT)


def standing_postpone(events: list[Event]) -> Event | None:
    """The staff's latest `postpone` with its `until`, if no letter went out after it (a letter's next step follows
    the policy again) and no settlement was agreed after it: the one that moves the next chasing step
    (`_postponed`), and, while a promise or a plan on schedule is checked, the step a miss of it leads to. A
    settlement is the new agreement about the whole claim the wait was asked for: once it lapses or is called off
    the steps go on from that day (claims.accord), not from a day asked for before it (docs/ledger-format.md)."""
    postponement = latest(events, EventType.POSTPONE)
    if postponement is None or postponement.until is None:
        return None
    if any(e.type in _ENDS_A_WAIT for e in events[events.index(postponement) + 1 :]):
        return None  # a letter went out after it, or a settlement replaced it: the wait was for what came before
    return postponement


def postponed_over_check(claim: Claim) -> Event | None:
    """The `postpone` standing (`standing_postpone`) while the next action is the check of a promise or of a plan's
    instalment, its `until` still to come: it moves not the check but the step a miss leads to. The dossier's "what
    next" and claims.json (`next_action.postponed_if_missed`) say it; None otherwise (a step it moved has it as its
    Action.postponed)."""
    action = claim.next_action
    if action is None or action.kind not in (ActionKind.CHECK_PROMISE, ActionKind.CHECK_INSTALLMENT):
        return None
    pause = standing_postpone(claim.events)
    return pause if pause is not None and pause.until is not None and pause.until > claim.as_of else None


def _missed_installment(claim: Claim) -> InstallmentState | None:
    """The first missed instalment of a plan in arrears, while the creditor still has the steps."""
    if claim.status != Status.ARRANGEMENT or claim.stage in HANDED_OVER:
        return None  # the agency or the court handles a plan made after a handover
    plan = claim.running_plan
    return plan.missed_installment if plan.state == PlanState.IN_ARREARS else None


def crossed_reminder(claim: Claim) -> Event | None:
    """The last reminder staff recorded between the payment of the plan's first missed instalment and the day the bank
    took it back, from the day its own reminder falls, when the return came on or after that day and the payment was
    not read before it (claims.agreements.reminder_may_cross): a build that had not read the payment (booked late)
    wrote it ("not received"), so it crossed the payment, and the return's reminder is another letter, of the day
    after the return (Plan.missed_since). None otherwise: one recorded before the payment was answered by it."""
    missed = _missed_installment(claim)
    if missed is None:
        return None
    plan, due = claim.running_plan, missed.installment.due
    start = plan.counts_from(due)
    if not reminder_may_cross(due, start, plan.remind_after, plan.booked_on(due)):
        return None
    paid = min((r.paid for r in claim.returned if r.returned == start), default=due)
    since = max(paid, reminded_after(due, plan.remind_after))
    crossed = [e for e in claim.events if e.type == EventType.REMINDER and since <= e.date <= start]
    return crossed[-1] if crossed else None


def _letter_since(events: list[Event], day: date) -> Event | None:
    """The first letter (an escalation event) sent on or after `day`."""
    return next((e for e in events if e.type in ESCALATION_EVENTS and e.date >= day), None)


def settlement_check(claim: Claim) -> Action:
    """The check on a running settlement, as a plan's instalment is checked: the day after its `pay_by` or its next
    instalment's day, did the money come in? Of a missed instalment, the day after the last day that keeps the
    agreement (its day and the grace, Accord.pay_by): its reminder is a letter of its own (letters.due), and unpaid
    by then the settlement lapses, the whole claim comes back and the steps go on (claims.accord)."""
    accord = claim.running_accord
    missed = accord.missed
    if missed is not None:
        what = "the agreed sum's payment was taken back" if accord.missed_sum else "the instalment"
        reason = f"settlement: {what} of {missed.installment.due} was missed; it lapses unless paid by"
        return Action(ActionKind.CHECK_SETTLEMENT, accord.pay_by + DAY, f"{reason} {accord.pay_by}")
    what = "the agreed sum" if accord.plan is None else "the next instalment"
    return Action(ActionKind.CHECK_SETTLEMENT, accord.asked_by + DAY, f"settlement running: check {what} came in")


def _check_on_pause(creditor: Creditor, claim: Claim) -> Action | None:
    """While a dispute, a promise or a plan on schedule pauses the steps: the check that ends it."""
    policy = creditor.policy
    if claim.status == Status.DISPUTE and claim.dispute is not None:
        return Action(
            ActionKind.REVIEW_DISPUTE,
            claim.dispute.date + timedelta(days=policy.dispute_max_days),
            "dispute open: escalation paused until it is answered",
        )
    if claim.status == Status.PROMISE:
        return Action(
            ActionKind.CHECK_PROMISE,
            claim.pending_promise.promised_date + DAY,
            "promise to pay: check that the payment arrived",
        )
    if claim.status == Status.ARRANGEMENT and claim.running_plan.state == PlanState.ON_SCHEDULE:
        return Action(
            ActionKind.CHECK_INSTALLMENT,
            claim.running_plan.next_installment.installment.due + DAY,
            "payment plan on schedule: check the next instalment",
        )
    return None


def _escalation_step(creditor: Creditor, claim: Claim, events: list[Event]) -> Action | None:
    sent = [e for e in events if e.type in ESCALATION_EVENTS and claim.settlement.concerns_unpaid(e)]
    # A kept promise or a completed plan of part of the balance restarts nothing: what is left is most of the debt,
    # and goes on from the stage reached (no earlier than the day after the promised day or the last instalment's:
    # pause_ended), as the confirmation said.
    restart = claim.agreement_ended if claim.agreement_of_part is None else None
    if restart is not None and sent:
        # The debtor kept the promise or the plan of the whole: what is left (often interest) starts again with
        # a friendly reminder, and climbs from the letters sent since, not from those before the agreement.
        sent = [e for e in sent if e.date >= restart]
        if not sent:
            return Action(ActionKind.REMINDER, restart, "a remainder after the promise or plan was kept")
    if not sent:
        return _first_reminder(creditor, claim)
    paid_notice = claim.remainder_after_notice
    if paid_notice is not None:
        # The final notice's amount was paid in its term: what is left starts again, friendly first,
        # and climbs from the letters sent after the notice (one may go in its term: after a kept
        # promise, say), not from the notice.
        notice = claim.final_notices[0].date if claim.final_notices else paid_notice
        sent = [e for e in sent if e.date > notice]
        if not sent:
            return Action(ActionKind.REMINDER, paid_notice, "the final notice's amount was paid in its term")
    step = _step_after(creditor, claim, events, _heaviest(sent))
    if step is not None and step.kind == ActionKind.HANDOVER:
        return _before_handover(creditor, claim, events, sent, step)
    return step


def _heaviest(sent: list[Event]) -> Event:
    """The latest of the heaviest letters: max() keeps the first of equals, and this runs newest first."""
    return max(reversed(sent), key=lambda e: ESCALATION_EVENTS.index(e.type))


def _before_handover(
    creditor: Creditor, claim: Claim, events: list[Event], sent: list[Event], handover: Action
) -> Action:
    """The handover, unless an invoice the first final notice did not ask for (due on or after its
    day, or disputed apart on the day it is dated: `asked_for`) is overdue once its term has passed:
    then the oldest such invoice climbs its own steps first, friendly first, counted from the letters
    sent after its due date that asked for it; what falls due meanwhile is swept into that ladder's
    final notice. Once per dossier: after a second final
    notice that asked for such an invoice, all that is overdue is handed over.

    While the term runs the handover stays the next step: the page and the letter state that
    term and its costs, and a reminder in the middle of it would blur the term the law requires
    to be clear; staff are told (`newer`) what will hold it up. A few cents left of an invoice
    (below the chase minimum) hold nothing up.
    """
    # The first notice of this episode: one about something still unpaid (an earlier, settled one is not).
    first = next(e for e in sent if e.type == EventType.FINAL_NOTICE)
    # A term that brings no costs (its notice's amount paid as asked, or a notice recorded without costs
    # after a paid claim) holds nothing back: the newer invoice's own steps come next, as after the term.
    running = claim.as_of < handover.due and claim.costs.state != CostsState.NONE
    overdue_by = handover.due if running else claim.as_of
    minimum = creditor.policy.chase_minimum
    asked = asked_for(claim, first)
    uncovered = [
        b.invoice
        for b in claim.settlement.invoices
        if b.open >= minimum and b.invoice.due < overdue_by and b.number not in asked
    ]
    if not uncovered or second_notice(claim, first, minimum):
        return handover
    oldest = min(uncovered, key=_due_order)
    if running:
        return replace(handover, newer=oldest)
    own = [e for e in sent if e.date > oldest.due and oldest.number not in disputed_apart_when_dated(claim.debtor, e)]
    why = "was disputed on the final notice's day" if oldest.due < first.date else "came due after the final notice"
    reason = f"invoice {oldest.number} {why} and was never in one"
    if not own:
        # Its reminder was held back by the term, if it fell due in it.
        due = max(oldest.due + timedelta(days=creditor.policy.reminder_after_days), handover.due)
        return Action(ActionKind.REMINDER, due, reason, newer=oldest)
    step = _step_after(creditor, claim, events, _heaviest(own))
    return handover if step is None else replace(step, reason=f"{reason}; {step.reason}", newer=oldest)


def newer_was_disputed(claim: Claim) -> bool:
    """Whether the invoice the next step is for (`Action.newer`) is there because a dispute held it apart
    on the day a final notice was dated, and was since answered: not an invoice that was added, but one
    the debtor disagreed with, so the page and the letter name the answer (as `dunning_answered` does)."""
    step = claim.next_action
    if step is None or step.newer is None:
        return False
    number = step.newer.number
    return any(number in disputed_apart_when_dated(claim.debtor, notice) for notice in claim.final_notices)


def second_notice(claim: Claim, first: Event, minimum: Decimal) -> bool:
    """Whether a later final notice asked for an invoice the first did not (`asked_for`), with at least
    `minimum` of its principal still open that day. A notice sent again for the same invoices, or after
    the newer one was paid, is no second one."""
    settlement = claim.settlement
    before = asked_for(claim, first)
    for notice in (n for n in claim.final_notices if n.date > first.date):
        newly = asked_for(claim, notice) - before  # once a notice, not once an invoice
        newer = (b for b in settlement.invoices if b.number in newly)
        if any(settlement.principal_open_on(b, notice.date) >= minimum for b in newer):
            return True
    return False


def asked_for(claim: Claim, notice: Event) -> frozenset[str]:
    """The numbers of the invoices a final notice asked for: those due before the day it went, less those
    a dispute held apart on the day the letter is dated (its page and letter asked for the rest only; once
    answered, such an invoice climbs its own steps as one due after the notice: claims.disputes)."""
    apart = disputed_apart_when_dated(claim.debtor, notice)
    return frozenset(i.number for i in claim.debtor.invoices if i.due < notice.date and i.number not in apart)


def _due_order(invoice: Invoice) -> tuple[date, date, str]:
    return (invoice.due, invoice.date, invoice.number)


def _first_reminder(creditor: Creditor, claim: Claim) -> Action | None:
    oldest = claim.oldest_open_due
    if oldest is None:
        return None
    due = oldest + timedelta(days=creditor.policy.reminder_after_days)
    # What is left after a late payment (often its interest) is reminded from the day after
    # that payment, not from the old due date: the debtor did act, and the list says so.
    last_paid = claim.last_payment_day
    if last_paid is not None:
        due = max(due, last_paid + DAY)
    reason = "the payment term has passed" if oldest < claim.as_of else "the payment term will pass"
    return Action(ActionKind.REMINDER, due, reason)


def _step_after(creditor: Creditor, claim: Claim, events: list[Event], last: Event) -> Action | None:
    """The step that follows the heaviest letter still open (`last`): the policy's days after it, posted abroad
    later by the days it arrives later (claims.timing.step_after_letter)."""
    policy = creditor.policy
    after = lambda days: step_after_letter(creditor, claim.debtor, last.date, days)
    if last.type == EventType.REMINDER:
        return Action(ActionKind.DUNNING, after(policy.dunning_after_days), f"reminder sent on {last.date}")
    if last.type == EventType.DUNNING:
        reason = f"dunning letter sent on {last.date}"
        called = any(does_the_call(e, claim) and e.date >= last.date for e in events)
        if not calls_first(policy) or called:
            return Action(ActionKind.FINAL_NOTICE, after(policy.final_notice_after_days), reason)
        final_from = uncalled_final_notice(creditor, claim.debtor, events, last)
        if claim.as_of < final_from:  # the call is the step until the final notice is due (`_postponed` moves it)
            return Action(ActionKind.CALL, after(policy.call_after_days), reason)
        return Action(ActionKind.FINAL_NOTICE, final_from, reason)
    if last.type == EventType.FINAL_NOTICE:
        # Hand over only once every final notice's term has passed: a notice sent again may end sooner.
        notice = standing_notice(creditor, claim, last.date) or last
        term_end = notice_term_end(creditor, claim.debtor, notice)
        # While its term runs, the notice's page and letter stand as sent (its term, then the handover).
        if claim.as_of > term_end and notice_that_binds_now(creditor, claim):
            stated_more = overstates(creditor, claim.debtor, notice)
            how = "its letter stated more costs than the staffel" if stated_more else "e-mailed without consent"
            why = f"the final notice of {last.date} brings no costs ({how}); its term ended on"
            return Action(ActionKind.FINAL_NOTICE, term_end + DAY, f"{why} {term_end}")
        return Action(ActionKind.HANDOVER, term_end + DAY, f"the final notice's term ended on {term_end}")
    return None  # handover and legal: the agency or the court has the next step


def calls_first(policy: Policy) -> bool:
    """Whether the policy has a call between the dunning letter and the final notice: staff call, on a day before
    the final notice is due. A `call_after_days` on or after `final_notice_after_days` gives the call no day of its
    own (it is the step only until the final notice is due): the final notice, which comes first, is the next step
    from the dunning letter on, as with `calls: false`, and the dunning letter and the page ask payment by its eve,
    the day the notice really follows; not the eve of a call that never comes, a day after the notice and its
    costs' term have begun. `check` says so at the field's line (claims.notices.call_without_days)."""
    return policy.calls and policy.call_after_days < policy.final_notice_after_days


def call_without_step(policy: Policy) -> bool:
    """Whether the policy says staff call, but the call has no step (`calls_first`): what `check` notes at the field's
    line (claims.notices.call_without_days) and the dossier says beside the final notice (staff.explain)."""
    return policy.calls and not calls_first(policy)


def uncalled_final_notice(creditor: Creditor, debtor: Debtor, events: list[Event], dunning: Event) -> date:
    """The day the final notice follows `dunning` when nobody called: `final_notice_after_days` after the letter,
    or, when a `postpone` (standing_postpone) recorded before that day held the call back past its day, the end of
    the wait plus the days the policy leaves between the call and the final notice. The wait held the call back as
    any step; it does not drop it: the page, and a promise's or a plan's confirmation, told the debtor "wij bellen
    u, maar pas na ..." (statement.steps.missed_step_held), and the counsellor who asked for the wait is best
    called before a final notice that brings costs. Posted abroad, the days count later
    (claims.timing.step_after_letter)."""
    policy = creditor.policy
    final_from = step_after_letter(creditor, debtor, dunning.date, policy.final_notice_after_days)
    held = call_held(creditor, debtor, events, dunning)
    if held is None:
        return final_from
    gap = max(policy.final_notice_after_days - policy.call_after_days, 0)
    return max(final_from, held + timedelta(days=gap))


def call_held(creditor: Creditor, debtor: Debtor, events: list[Event], dunning: Event) -> date | None:
    """The `until` of the `postpone` that holds back the call after `dunning` (`uncalled_final_notice`): recorded
    before the final notice's day, while the call was still the step, and lasting beyond the call's day; None
    otherwise (a wait recorded later moved the final notice itself)."""
    pause = standing_postpone(events)
    if pause is None or pause.until is None or pause.date < dunning.date:
        return None
    after = lambda days: step_after_letter(creditor, debtor, dunning.date, days)
    if pause.date >= after(creditor.policy.final_notice_after_days):
        return None
    return pause.until if pause.until > after(creditor.policy.call_after_days) else None


def notice_that_binds_now(creditor: Creditor, claim: Claim) -> bool:
    """Whether a consumer none of whose final notices brings costs (claims.timing.brings_costs: e-mailed
    without their consent, or stating more costs than the staffel allowed) can now be sent one that does: by
    post (a postal address on file), or by e-mail once they agreed (`final_notice_by: email` with
    `email_agreed` after those notices). That notice follows once the last one's term has passed (a second
    term inside the first would blur it), and brings its costs after its own term; else the handover
    follows, without costs, as before."""
    debtor = claim.debtor
    notices = [n for n in claim.final_notices if n.date <= claim.as_of]
    if not debtor.is_consumer or not notices or any(brings_costs(creditor, debtor, n) for n in notices):
        return False
    return next_notice_binds(debtor, claim.as_of)


def does_the_call(event: Event, claim: Claim) -> bool:
    """Whether `event` is the personal contact the call step after a dunning letter asks: a call; for a debtor
    without a phone number, whom nobody can call, a message sent in writing (a `note` by e-mail, letter or
    portal) too, or the step would stand as work nobody can do until the final notice is due."""
    if event.type == EventType.CALL:
        return True
    no_phone = not claim.debtor.contact.phone
    return no_phone and event.type == EventType.NOTE and event.channel in WRITTEN_CHANNELS


def call_in_writing(debtor: Debtor) -> Channel | None:
    """How the call step reaches `debtor` when nobody can call: for a debtor without a phone number, the channel of
    the message sent in writing in its place (`does_the_call`, `note_channel`); None with a phone number. The page
    and the letters say what staff will do by it, not "wij bellen u"."""
    return None if debtor.contact.phone else note_channel(debtor)


def note_channel(debtor: Debtor) -> Channel:
    """How a note in place of a call goes to a debtor without a phone number: by e-mail when there is an
    address for it, else by post."""
    return Channel.EMAIL if debtor.contact.email else Channel.LETTER


def standing_notice(creditor: Creditor, claim: Claim, until: date | None = None) -> Event | None:
    """The final notice whose term the handover waits for, and the page states: of the present claim's
    notices sent by `until` (by default the claim's date), the one whose term ends last
    (claims.timing.longest_term). With none of the present claim's, the latest of an earlier claim's
    (a heaviest letter that still concerns what is unpaid); None when none was sent."""
    day = claim.as_of if until is None else until
    standing = longest_term(creditor, claim.debtor, (n for n in claim.final_notices if n.date <= day))
    return standing or next((n for n in reversed(claim.notices) if n.date <= day), None)


def pause_ended(policy: Policy, claim: Claim, events: list[Event]) -> date | None:
    """The day escalation resumed after a broken or kept promise, a plan in arrears or completed, a settlement
    lapsed or called off (not due before its day: "Sommatie sturen sinds 15 oktober" read as months overdue), or a
    resolved dispute (once its answer term is over, resume_after_dispute_days)."""
    ends = []
    accord = claim.accord
    if accord is not None and accord.undone and accord.ended_on is not None:
        ends.append(accord.ended_on)
    kept = claim.agreement_ended
    if kept is not None:
        ends.append(kept)
    if claim.promise is not None and claim.promise.state == PromiseState.BROKEN:
        ends.append(claim.promise.promised_date + DAY)
    missed = claim.plan.first_missed if claim.plan is not None and claim.plan.state == PlanState.IN_ARREARS else None
    if missed is not None and claim.plan is not None:
        ends.append(claim.plan.missed_since(missed))
    answered = answer_resumes(policy, events)
    if answered is not None:
        ends.append(answered)
    return max(ends, default=None)


def answer_resumes(policy: Policy, events: list[Event]) -> date | None:
    """The day after the term the latest dispute's answer gives (resume_after_dispute_days), whatever the dispute
    named: no step, a missed instalment's reminder included, is due before it (docs/computation.md "After a
    dispute's answer"); None without an answer."""
    resolved = latest(events, EventType.DISPUTE_RESOLVED)
    return None if resolved is None else answer_term_end(policy, resolved) + DAY


def answer_that_holds(policy: Policy, events: list[Event], action: Action) -> Event | None:
    """The dispute's answer whose term set the day of `action`, a missed instalment's reminder (`_reminder_of`,
    Action.after_answer): due the day after that term (`answer_resumes`), not moved since (a postponement, a
    settlement's call-off). None when no answer held it. The page asks by the term's last day (statement.steps),
    and the dossier says why the reminder waits (staff.explain): one rule, so that the two never tell it apart."""
    answer = action.after_answer
    if answer is None or action.postponed is not None or action.due != answer_resumes(policy, events):
        return None
    return answer


# After a dispute's answer, what speaks instead of it: a letter, a new dispute, an agreement made since.
_AFTER_THE_ANSWER = (*ESCALATION_EVENTS, EventType.DISPUTE, EventType.PROMISE, EventType.ARRANGEMENT)


def dispute_answered(creditor: Creditor, events: list[Event], as_of: date) -> Event | None:
    """The answer to a dispute whose term runs on `as_of`, while nothing was sent or agreed since it."""
    resolved = latest(events, EventType.DISPUTE_RESOLVED)
    if resolved is None or as_of > answer_term_end(creditor.policy, resolved):
        return None
    since = events[events.index(resolved) + 1 :]
    return None if any(e.type in _AFTER_THE_ANSWER for e in since) else resolved
