"""When things happen by law and policy: a letter's receipt, a term's end, the costs' moment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from incasso.law.tables import POSTAL_DELIVERY_WEEKDAYS
from incasso.ledger.model import INSTANT_CHANNELS, Channel, Creditor, Debtor, DebtorType, EventType, Invoice, earliest

# When costs are charged and over which invoices: (first day they are owed, invoices covered).
CostMoment = tuple[date, list[Invoice]]
CostRule = Callable[[Debtor], CostMoment | None]


def letter_received(creditor: Creditor, sent: date, channel: Channel | None = None) -> date:
    """The assumed day a letter arrived: on the day for email or the portal, else by post.

    By post, `delivery_days` counts only days PostNL delivers letters, so the
    assumed day errs late: a term counted from too early a day costs the claim its costs.
    """
    if channel in INSTANT_CHANNELS:
        return sent
    day, left = sent, creditor.policy.delivery_days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() in POSTAL_DELIVERY_WEEKDAYS:
            left -= 1
    return day


def final_notice_term_end(creditor: Creditor, sent: date, channel: Channel | None = None) -> date:
    """The last day to pay: 14 days counted from the day after the letter arrived."""
    return letter_received(creditor, sent, channel) + timedelta(days=creditor.policy.final_notice_term_days)


def cost_moment(creditor: Creditor, as_of: date) -> CostRule:
    """The rule for when costs are charged, and over which invoices (see docs/computation.md)."""

    def rule(debtor: Debtor) -> CostMoment | None:
        # A business owing costs from the due date keeps that date: a later letter must not move it.
        if creditor.policy.business_costs_from_due and debtor.type == DebtorType.BUSINESS:
            first_due = min(i.due for i in debtor.invoices)
            return first_due + timedelta(days=1), [i for i in debtor.invoices if i.due == first_due]
        notice = earliest(debtor.events_until(as_of), EventType.FINAL_NOTICE)
        if notice is not None:
            covered = [i for i in debtor.invoices if i.due < notice.date]
            return final_notice_term_end(creditor, notice.date, notice.channel) + timedelta(days=1), covered
        return None

    return rule
