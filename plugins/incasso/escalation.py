"""The escalation policy: what staff should do next for a claim, and from when.

Friendly first, step by step (domain.md): reminder the day after the due
date, dunning letter, a call, the final notice, and handover once its term
has passed. A dispute, a promise not yet due and a plan on schedule pause
the steps; when a pause ends, the next step is due no earlier than the day
after it ended.
"""
from __future__ import annotations

from datetime import date, timedelta

from .claim import Action, Claim, final_notice_term_end
from .model import Creditor, Event


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
    step = _escalation_step(creditor, claim, events)
    if step is None:
        return None
    kind, due, reason = step
    resume = _pause_ended(claim, events)
    if resume is not None and resume > due:
        due = resume
    return Action(kind, due, reason)


def _escalation_step(creditor: Creditor, claim: Claim, events: list[Event]):
    policy = creditor.policy
    days = lambda n: timedelta(days=n)  # noqa: E731 - reads as policy arithmetic
    if claim.stage in ("open", "overdue"):
        open_dues = [b.invoice.due for b in claim.settlement.invoices if b.principal_open + b.interest_open > 0]
        if not open_dues:
            return None
        return ("reminder", min(open_dues) + days(policy.reminder_after_days),
                "the payment term has passed" if claim.stage == "overdue" else "the payment term will pass")
    last = _last(events, claim.stage)
    if claim.stage == "reminder":
        return ("dunning", last.date + days(policy.dunning_after_days), f"reminder sent on {last.date}")
    if claim.stage == "dunning":
        called = any(e.type == "call" and e.date >= last.date for e in events)
        final_from = last.date + days(policy.final_notice_after_days)
        if not called and claim.as_of < final_from:
            return ("call", last.date + days(policy.call_after_days), f"dunning letter sent on {last.date}")
        return ("final_notice", final_from, f"dunning letter sent on {last.date}")
    if claim.stage == "final_notice":
        first = _first(events, "final_notice")
        term_end = final_notice_term_end(creditor, first.date)
        return ("handover", term_end + days(1), f"the final notice's term ended on {term_end}")
    return None  # handover and legal: the agency or the court has the next step


def _first(events: list[Event], kind: str) -> Event:
    return next(e for e in events if e.type == kind)


def _pause_ended(claim: Claim, events: list[Event]) -> date | None:
    """The day escalation resumed after a broken promise, a plan in arrears or a resolved dispute."""
    ends = []
    if claim.promise is not None and claim.promise.state == "broken":
        ends.append(claim.promise.event.promised_date + timedelta(days=1))
    if claim.plan is not None and claim.plan.state == "in_arrears":
        missed = next(i for i in claim.plan.installments if i.state == "overdue")
        ends.append(missed.installment.due + timedelta(days=1))
    resolved = _last(events, "dispute_resolved")
    if resolved is not None:
        ends.append(resolved.date)
    return max(ends, default=None)
