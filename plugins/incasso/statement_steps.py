"""The top of a statement page and what happens next: how much, by when, then what.

The summary and the next steps both hang on one date, the last day to pay
before something happens (`payment_deadline`), so they live together.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from . import fmt
from .claim import Claim, final_notice_term_end, known_events
from .costs import collection_costs
from .labels import text
from .model import Creditor
from .money import ZERO
from .statement_pay import amount_to_pay


@dataclass(frozen=True)
class Summary:
    """The top of the page: how much, by when, in one look."""

    label: str
    amount: str | None
    deadline: str | None
    lines: tuple[str, ...]


def payment_deadline(claim: Claim, creditor: Creditor) -> date | None:
    """The last day to pay before something happens, or None when there is no such day ahead."""
    if claim.status in ("paid", "dispute"):
        return None
    if claim.status == "promise":
        return claim.promise.event.promised_date
    if claim.status == "arrangement" and claim.plan is not None:
        if claim.plan.state == "on_schedule" and claim.plan.next_open is not None:
            return claim.plan.next_open.installment.due
        return None
    if claim.stage == "open":
        dues = [b.invoice.due for b in claim.settlement.invoices if b.principal_open + b.interest_open > 0]
        return min(dues, default=None)
    day = _escalation_date(claim, creditor)
    return day if day is not None and day >= claim.as_of else None


def _escalation_date(claim: Claim, creditor: Creditor) -> date | None:
    """The last day before the next letter or handover: the day before staff act."""
    action = claim.next_action
    if action is None or claim.stage in ("handover", "legal"):
        return None
    if action.kind == "call":
        # Calling is how staff help, not a step to warn about: the step that counts is the final notice.
        dunning = [e for e in known_events(claim.debtor, claim.as_of) if e.type == "dunning"][-1]
        return dunning.date + timedelta(days=creditor.policy.final_notice_after_days - 1)
    if action.kind in ("reminder", "dunning", "final_notice", "handover"):
        return action.due - timedelta(days=1)
    return None


def _next_letter(claim: Claim) -> str | None:
    action = claim.next_action
    if action is None:
        return None
    return "final_notice" if action.kind == "call" else action.kind


def next_steps(claim: Claim, creditor: Creditor, lang: str) -> tuple[str, ...]:
    """What happens next, in the debtor's words: steps and dates, never staff tasks."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    as_of = claim.as_of
    if claim.status == "paid":
        return (t("paid_next"),)
    if claim.status == "dispute":
        answer_by = claim.next_action.due if claim.next_action else None
        if answer_by is not None and answer_by >= as_of:
            return (t("dispute_next_by", date=day(answer_by)),)
        return (t("dispute_next_soon"),)
    if claim.status == "promise":
        return (t("promise_next", date=day(claim.promise.event.promised_date)),)
    plan = claim.plan
    if claim.status == "arrangement" and plan.state == "on_schedule":
        upcoming = plan.next_open
        return (t("plan_next", amount=money(min(upcoming.open, claim.total_due)),
                  date=day(upcoming.installment.due)),)
    lines = []
    if claim.status == "arrangement":
        missed = next(i for i in plan.installments if i.state == "overdue")
        lines.append(t("plan_arrears", date=day(missed.installment.due), amount=money(plan.arrears)))
    lines += _escalation_lines(claim, creditor, lang)
    if creditor.interest == "statutory" and claim.stage != "open":
        lines.append(t("interest_runs"))
    return tuple(lines)


def _escalation_lines(claim: Claim, creditor: Creditor, lang: str) -> list[str]:
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    stage, costs = claim.stage, claim.costs
    if stage == "handover":
        return [t("handover_done")]
    if stage == "legal":
        return [t("legal_done")]
    when = _escalation_date(claim, creditor)
    ahead = when is not None and when >= claim.as_of
    if stage == "final_notice":
        lines = []
        notice = next(e for e in known_events(claim.debtor, claim.as_of) if e.type == "final_notice")
        received = notice.date + timedelta(days=creditor.policy.delivery_days)
        if costs.state == "charged":
            lines.append(t("costs_now", amount=money(costs.amount)))
        else:
            lines.append(t("final_term", sent=day(notice.date), received=day(received),
                           last_day=day(final_notice_term_end(creditor, notice.date))))
            if costs.state == "announced":
                lines.append(t("final_costs", date=day(costs.from_date), amount=money(costs.amount)))
        lines.append(t("next_handover_by", date=day(when)) if ahead else t("next_handover_soon"))
        return lines
    if stage == "open":
        due = payment_deadline(claim, creditor)
        if due is None:
            return []
        return [t("next_open", date=day(due)), t("next_by", date=day(due), step=t("step_reminder"))]
    letter = _next_letter(claim)
    if letter not in ("reminder", "dunning", "final_notice"):
        return []
    step = t(f"step_{letter}")
    lines = [t("next_by", date=day(when), step=step) if ahead else t("next_soon", step=step)]
    if letter == "final_notice" and costs.state == "none":
        # What the final notice will announce, on what is overdue today.
        overdue = sum((b.principal_open for b in claim.settlement.invoices if b.invoice.due < claim.as_of), ZERO)
        if overdue > 0:
            # The earliest the notice can go out is the step's day (or today, when that has passed).
            sent = max(when + timedelta(days=1), claim.as_of) if when else claim.as_of
            charged_from = final_notice_term_end(creditor, sent) + timedelta(days=1)
            lines.append(t("next_final_costs", amount=money(collection_costs(overdue)), date=day(charged_from)))
    return lines


def summary(claim: Claim, creditor: Creditor, lang: str) -> Summary:
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    status = claim.status
    if status == "paid":
        paid_on = (t("paid_on", date=day(claim.paid_on)),) if claim.paid_on else ()
        return Summary(t("paid_label"), None, None, (t("paid_lead"),) + paid_on)
    if status == "dispute":
        return Summary(t("open_amount"), money(claim.total_due), None, (t("dispute_lead"),))
    amount = amount_to_pay(claim)
    deadline = payment_deadline(claim, creditor)
    by = t("pay_by", date=day(deadline)) if deadline else t("pay_asap")
    if status == "promise":
        lead = t("promise_lead", amount=money(amount), date=day(claim.promise.event.promised_date))
        return Summary(t("to_pay"), money(amount), by, (lead,))
    if status == "arrangement":
        total = t("total_open", amount=money(claim.total_due))
        if claim.plan.state == "in_arrears":
            return Summary(t("to_pay_now"), money(amount), by, (t("plan_arrears_lead"), total))
        label = t("to_pay_now") if claim.plan.due_now > 0 else t("next_instalment")
        return Summary(label, money(amount), by, (total,))
    return Summary(t("to_pay"), money(amount), by, ())
