"""The top of a statement page and what happens next: how much, by when, then what.

The summary and the next steps both hang on one date, the last day to pay
before something happens (`payment_deadline`), so they live together. Dates of
letters and costs come from the core (`letter_received`, `final_notice_term_end`,
`claim.costs`), never recounted here, so the page says what staff will do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.demand import amount_to_pay, not_yet_due, overdue_part_only
from incasso.claims.timing import final_notice_term_end, letter_received
from incasso.law.costs import collection_costs
from incasso.law.money import ZERO
from incasso.law.tables import CONSUMER_TERM_DAYS
from incasso.ledger.model import Creditor, Event, EventType, latest
from incasso.statement.labels import text
from incasso.statement.tables import costs_notice, what_to_pay

DAY = timedelta(days=1)
LETTERS = ("reminder", "dunning", "call", "final_notice")  # next actions that announce a letter


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
    if claim.status == "arrangement" and claim.plan is not None:
        if claim.plan.state == "on_schedule" and claim.plan.next_open is not None:
            return claim.plan.next_open.installment.due
        return None
    if claim.status == "promise":
        day = claim.promise.event.promised_date
    elif claim.amount_overdue <= 0:
        day = claim.oldest_open_due
    else:
        day = _escalation_date(claim, creditor)
        day = day if day is not None and day >= claim.as_of else None
    if claim.costs.state == "announced":
        # Neither a promise nor a later letter moves the term the costs hang on: the earlier day counts.
        last_day = claim.costs.from_date - DAY
        day = min(day, last_day) if day else last_day
    return day


def _escalation_date(claim: Claim, creditor: Creditor) -> date | None:
    """The last day before the next letter or handover: the day before staff act."""
    action = claim.next_action
    if action is None:
        return None
    if action.kind == "call":
        # Calling is how staff help, not a step to warn about: the step that counts is the final notice.
        dunning = latest(claim.events, EventType.DUNNING)
        return dunning.date + timedelta(days=creditor.policy.final_notice_after_days) - DAY
    if action.kind in ("reminder", "dunning", "final_notice", "handover"):
        return action.due - DAY
    return None


def next_steps(claim: Claim, creditor: Creditor, lang: str) -> tuple[str, ...]:
    """What happens next, in the debtor's words: steps and dates, never staff tasks."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    interest = creditor.interest == "statutory"
    if claim.status == "paid":
        return (t("paid_next"),)
    if claim.status == "dispute":
        # No answer date: dispute_max_days flags a file for staff, it is not a promise to the debtor.
        return (t("dispute_next"),) + ((t("dispute_interest"),) if interest else ())
    if claim.status == "promise":
        return (
            t("promise_next", date=day(claim.promise.event.promised_date)),
            *_announced_costs(claim, creditor, lang, shown_term_end=None),
        )
    plan = claim.plan
    if claim.status == "arrangement":
        if plan.state == "on_schedule":
            upcoming = plan.next_open
            lines = [
                t("plan_next", amount=money(min(upcoming.open, claim.total_due)), date=day(upcoming.installment.due))
            ]
        else:
            missed = next(i for i in plan.installments if i.state == "overdue")
            lines = [
                t("plan_arrears", date=day(missed.installment.due), amount=money(min(plan.arrears, claim.total_due)))
            ]
            lines += _escalation_lines(claim, creditor, lang)
        # Interest runs while the plan does: say so now, not after the last instalment.
        return tuple(lines + ([t("plan_interest")] if interest else []))
    lines = _escalation_lines(claim, creditor, lang)
    if interest and claim.amount_overdue > 0:
        lines.append(t("interest_runs"))
    return tuple(lines)


def _escalation_lines(claim: Claim, creditor: Creditor, lang: str) -> list[str]:
    """The next letter or handover, read from the core's next action; else where the claim stands."""
    t = partial(text, lang)
    action = claim.next_action
    kind = action.kind if action else None
    if kind == "handover":
        return _final_notice_lines(claim, creditor, lang)
    if kind in LETTERS:
        return _letter_lines(claim, creditor, lang)
    if claim.stage == "handover":
        return [t("handover_done")]
    if claim.stage == "legal":
        return [t("legal_done")]
    if 0 < claim.total_due < creditor.policy.chase_minimum:
        return [t("small_rest")]
    return []


def _your_payment(claim: Claim, lang: str) -> str:
    """'your payment', naming the overdue amount when some invoices are not yet due."""
    if overdue_part_only(claim):
        return text(lang, "your_payment_of", amount=fmt.money(claim.amount_overdue, lang))
    return text(lang, "your_payment")


def _letter_lines(claim: Claim, creditor: Creditor, lang: str) -> list[str]:
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    when = _escalation_date(claim, creditor)
    letter = "final_notice" if claim.next_action.kind == "call" else claim.next_action.kind
    step = t(f"step_{letter}")
    if claim.amount_overdue <= 0:
        due = payment_deadline(claim, creditor)
        lines = [t("next_open", date=day(due))] if due else []
        return lines + [t("next_by", payment=t("your_payment"), date=day(when), step=step)]
    payment = _your_payment(claim, lang)
    ahead = when is not None and when >= claim.as_of
    lines = [
        t("next_by", payment=payment, date=day(when), step=step)
        if ahead
        else t("next_soon", payment=payment, step=step)
    ]
    if letter == "final_notice" and claim.costs.state == "none":
        lines += _final_notice_forecast(claim, creditor, lang, when)
    return lines


def _final_notice_forecast(claim: Claim, creditor: Creditor, lang: str, when: date | None) -> list[str]:
    """What the final notice will announce, on the invoices overdue today."""
    overdue = sum((b.principal_open for b in claim.settlement.invoices if b.invoice.due < claim.as_of), ZERO)
    if overdue < creditor.policy.chase_minimum or collection_costs(overdue) <= 0:
        return []
    # At the earliest: the notice goes out on the step's day (or today) and arrives that
    # day, as by email; by post, or later, the costs come later still.
    sent = max(when + DAY, claim.as_of) if when else claim.as_of
    charged_from = final_notice_term_end(creditor, sent, "email") + DAY
    return [
        text(
            lang,
            "next_final_costs",
            amount=fmt.money(collection_costs(overdue), lang),
            date=fmt.day(charged_from, lang),
        )
    ]


def _term_line(creditor: Creditor, notice: Event, lang: str, key: str = "final_term") -> str:
    """A final notice's term, from the day we assume it arrived: 'if you received it on D, ...'."""
    day = partial(fmt.day, lang=lang)
    term = creditor.policy.final_notice_term_days
    # The accepted statutory wording spells out fourteen; a longer term is given in figures.
    days = text(lang, "fourteen") if term == CONSUMER_TERM_DAYS else str(term)
    return text(
        lang,
        key,
        days=days,
        sent=day(notice.date),
        received=day(letter_received(creditor, notice.date, notice.channel)),
        last_day=day(final_notice_term_end(creditor, notice.date, notice.channel)),
    )


def _final_notice_lines(claim: Claim, creditor: Creditor, lang: str) -> list[str]:
    """The latest final notice's term, the costs after it, and the handover after that."""
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    notice = latest(claim.events, EventType.FINAL_NOTICE)
    lines = []
    if claim.costs.state == "charged":
        fixed_by = costs_notice(claim, creditor)
        lines.append(
            t("costs_now", sent=day(fixed_by.date), amount=fmt.money(claim.costs.amount, lang))
            if fixed_by
            else t("costs_now_due", amount=fmt.money(claim.costs.amount, lang))
        )
    elif notice is not None:
        lines.append(_term_line(creditor, notice, lang))
        term_end = final_notice_term_end(creditor, notice.date, notice.channel)
        lines += _announced_costs(claim, creditor, lang, shown_term_end=term_end)
    when = _escalation_date(claim, creditor)
    payment = _your_payment(claim, lang)
    lines.append(
        t("next_handover_by", payment=payment, date=day(when))
        if when and when >= claim.as_of
        else t("next_handover_soon", payment=payment)
    )
    return lines


def _announced_costs(claim: Claim, creditor: Creditor, lang: str, shown_term_end: date | None) -> list[str]:
    """The costs the final notice announced, from claim.costs; with that notice's term if not yet shown."""
    costs = claim.costs
    if costs.state != "announced":
        return []
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    values = dict(date=day(costs.from_date), amount=fmt.money(costs.amount, lang), what=what_to_pay(claim, lang))
    notice = costs_notice(claim, creditor)
    if notice is None:
        return [t("costs_from_due", last_day=day(costs.from_date - DAY), **values)]
    if shown_term_end is None:
        return [_term_line(creditor, notice, lang), t("final_costs", **values)]
    if costs.from_date - DAY != shown_term_end:
        # A later notice gave a later term; the costs still follow the first one.
        return [_term_line(creditor, notice, lang, "costs_term"), t("final_costs", **values)]
    return [t("final_costs", **values)]


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
        promised = day(claim.promise.event.promised_date)
        if claim.promise.event.amount is not None:
            lead = t("promise_lead", amount=money(amount), date=promised)
        else:
            lead = t(
                "promise_whole_lead_interest" if creditor.interest == "statutory" else "promise_whole_lead",
                amount=money(amount),
                date=promised,
            )
        return Summary(t("to_pay"), money(amount), by, (lead,))
    if status == "arrangement":
        total = t("total_open", amount=money(claim.total_due))
        if claim.plan.state == "in_arrears":
            return Summary(t("to_pay_now"), money(amount), by, (t("plan_arrears_lead"), total))
        label = t("to_pay_now") if claim.plan.due_now > 0 else t("next_instalment")
        return Summary(label, money(amount), by, (total,))
    lines = []
    if claim.remainder_after_agreement:
        when = t("by_date", date=day(deadline)) if deadline else t("asap")
        # Payments go to interest first (art. 6:44 BW), so read the rest by size: no more than the
        # interest counted means the agreed amounts paid everything else.
        interest_only = amount <= sum((b.interest for b in claim.settlement.invoices), ZERO)
        lines.append(t("kept_lead_interest" if interest_only else "kept_lead", amount=money(amount), when=when))
    later = not_yet_due(claim)
    if claim.amount_overdue > 0:
        # Invoices not yet due are never demanded early: they are shown apart, with their own date.
        lines += [t("not_yet_due", amount=money(part), date=day(due)) for due, part in later]
    elif len(later) > 1:
        lines += [t("part_due", amount=money(part), date=day(due)) for due, part in later]
    return Summary(t("to_pay"), money(amount), by, tuple(lines))
