"""The escalation policy: what staff should do next for a claim, and from when.

Friendly first, step by step (domain.md): reminder the day after the due
date, dunning letter, a call, the final notice, and handover once its term
has passed. A dispute, a promise not yet due and a plan on schedule pause
the steps; when a pause ends, the next step is due no earlier than the day
after it ended. Steps follow what is actually overdue: letters about
invoices that have since been paid do not count towards the next step.
"""
from __future__ import annotations

from datetime import date, timedelta

from .claim import Action, Claim, final_notice_term_end
from .model import ESCALATION_EVENTS, Creditor, Event


def _last(events: list[Event], kind: str) -> Event | None:
    return next((e for e in reversed(events) if e.type == kind), None)


def next_action(creditor: Creditor, claim: Claim, events: list[Event]) -> Action | None:
    policy = creditor.policy
    if claim.status in ("paid", "written_off"):
        return None  # a closed claim is never chased
    if claim.status == "dispute":
        return Action("review_dispute", claim.dispute.date + timedelta(days=policy.dispute_max_days),
                      "dispute open: escalation paused until it is answered")
    if claim.status == "promise":
        return Action("check_promise", claim.promise.event.promised_date + timedelta(days=1),
                      "promise to pay: check that the payment arrived")
    if claim.status == "arrangement" and claim.plan.state == "on_schedule":
        upcoming = claim.plan.next_open.installment
        return Action("check_installment", upcoming.due + timedelta(days=1),
                      "payment plan on schedule: check the next instalment")
    if claim.total_due < policy.chase_minimum:
        return None  # a few cents left: not worth a letter, let alone costs
    step = _escalation_step(creditor, claim, events)
    if step is None:
        return None
    kind, due, reason = step
    resume = _pause_ended(claim, events)
    if resume is not None and resume > due:
        due = resume
    return Action(kind, due, reason)


def _open_for_escalation(claim: Claim, event: Event) -> bool:
    """Whether a letter still concerns something unpaid: an invoice it covered, or costs."""
    if claim.settlement.costs_open > 0:
        return True
    return any(b.invoice.due < event.date and b.principal_open + b.interest_open > 0
               for b in claim.settlement.invoices)


def _escalation_step(creditor: Creditor, claim: Claim, events: list[Event]):
    policy = creditor.policy
    days = lambda n: timedelta(days=n)  # noqa: E731 - reads as policy arithmetic
    sent = [e for e in events if e.type in ESCALATION_EVENTS and _open_for_escalation(claim, e)]
    restart = claim.agreement_ended
    if restart is not None and sent and restart > sent[-1].date:
        # The debtor kept the promise or the plan: what is left starts again with a friendly reminder.
        return ("reminder", restart, "a remainder after the promise or plan was kept")
    stage = max((e.type for e in sent), key=ESCALATION_EVENTS.index, default=None)
    if stage is None:
        open_dues = [b.invoice.due for b in claim.settlement.invoices if b.principal_open + b.interest_open > 0]
        if not open_dues:
            return None
        overdue = min(open_dues) < claim.as_of
        due = min(open_dues) + days(policy.reminder_after_days)
        # What is left after a late payment (often its interest) is reminded from the day after
        # that payment, not from the old due date: the debtor did act, and the list says so.
        last_paid = max((p.date for p in claim.debtor.payments if p.date <= claim.as_of), default=None)
        if last_paid is not None:
            due = max(due, last_paid + days(1))
        return ("reminder", due, "the payment term has passed" if overdue else "the payment term will pass")
    last = _last(sent, stage)
    if stage == "reminder":
        return ("dunning", last.date + days(policy.dunning_after_days), f"reminder sent on {last.date}")
    if stage == "dunning":
        called = any(e.type == "call" and e.date >= last.date for e in events)
        final_from = last.date + days(policy.final_notice_after_days)
        if not called and claim.as_of < final_from:
            return ("call", last.date + days(policy.call_after_days), f"dunning letter sent on {last.date}")
        return ("final_notice", final_from, f"dunning letter sent on {last.date}")
    if stage == "final_notice":
        # Hand over only once the term of the latest final notice has passed.
        term_end = final_notice_term_end(creditor, last.date, last.channel)
        return ("handover", term_end + days(1), f"the final notice's term ended on {term_end}")
    return None  # handover and legal: the agency or the court has the next step



def _pause_ended(claim: Claim, events: list[Event]) -> date | None:
    """The day escalation resumed after a broken or kept promise, a plan in arrears or completed,
    or a resolved dispute."""
    ends = []
    kept = claim.agreement_ended
    if kept is not None:
        ends.append(kept)
    if claim.promise is not None and claim.promise.state == "broken":
        ends.append(claim.promise.event.promised_date + timedelta(days=1))
    if claim.plan is not None and claim.plan.state == "in_arrears":
        missed = next(i for i in claim.plan.installments if i.state == "overdue")
        ends.append(missed.installment.due + timedelta(days=1))
    resolved = _last(events, "dispute_resolved")
    if resolved is not None:
        ends.append(resolved.date + timedelta(days=1))
    return max(ends, default=None)
