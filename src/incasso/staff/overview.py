"""The staff overview as data: claims per stage, today's work and the flags.

Pure: it reads assessed claims (incasso.claims) and the creditor's policy and
returns records the staff pages render. What the words are lives in
staff_text; why a claim is where it is lives in explain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from incasso import fmt
from incasso.claims.claim import Action, Claim, is_closed
from incasso.claims.states import CHASING_ACTIONS, CHECK_ACTIONS, CLOSED_STATUSES, STAGE_ORDER
from incasso.law.money import ZERO
from incasso.ledger.model import Debtor, Policy
from incasso.staff.words import FLAG, FLAG_DETAIL

FLAG_KINDS = tuple(FLAG)
# The agency or the court talks to the debtor then: silence from us is expected.
NO_CONTACT_EXEMPT_STAGES = ("handover", "legal")


def claim_order(claim: Claim):
    """Within a stage: the most overdue next action first, then the larger amount."""
    due = claim.next_action.due if claim.next_action else date.max
    return (due, -claim.total_due, claim.debtor.id)


def _closed_order(claim: Claim):
    # Paid: the most recent payment first; written off: the larger amount first.
    recent = -(claim.paid_on.toordinal() if claim.paid_on else 0)
    return (recent, -claim.total_due, claim.debtor.id)


@dataclass(frozen=True)
class Group:
    """One stage (or the paid / written-off claims) with its claims in order."""

    key: str  # a stage, or a closed status
    closed: bool
    claims: tuple[Claim, ...]

    @property
    def count(self) -> int:
        return len(self.claims)

    @property
    def outstanding(self) -> Decimal:
        return sum((c.total_due for c in self.claims), ZERO)


def stage_groups(claims: list[Claim]) -> list[Group]:
    """Every stage, most advanced first (empty ones included), then paid, then written off."""
    groups = [
        Group(
            stage, False, tuple(sorted((c for c in claims if c.stage == stage and not is_closed(c)), key=claim_order))
        )
        for stage in STAGE_ORDER
    ]
    groups += [
        Group(status, True, tuple(sorted((c for c in claims if c.status == status), key=_closed_order)))
        for status in CLOSED_STATUSES
    ]
    return groups


@dataclass(frozen=True)
class Task:
    """An action that is due: a chasing step, or a check on a pause."""

    claim: Claim
    action: Action

    @property
    def is_check(self) -> bool:
        return self.action.kind in CHECK_ACTIONS

    @property
    def waiting_days(self) -> int:
        """Days since the action became due (0: due today)."""
        return (self.claim.as_of - self.action.due).days


def todays_work(claims: list[Claim], as_of: date) -> list[Task]:
    """Every due action, the longest waiting first, then the larger amount."""
    tasks = [
        Task(c, c.next_action)
        for c in claims
        if not is_closed(c)
        and c.next_action is not None
        and c.next_action.is_due(as_of)
        and c.next_action.kind in CHASING_ACTIONS + CHECK_ACTIONS
    ]
    return sorted(tasks, key=lambda t: (t.action.due, -t.claim.total_due, t.claim.debtor.id))


@dataclass(frozen=True)
class Flag:
    kind: str  # one of FLAG_KINDS
    detail: str  # Dutch, with the particulars

    @property
    def label(self) -> str:
        return FLAG[self.kind]


def missing_contact(debtor: Debtor) -> str | None:
    """Which way to reach the debtor is missing (email, phone or both), or None."""
    email, phone = debtor.contact.email, debtor.contact.phone
    if not email and not phone:
        return "missing_email_phone"
    if not email:
        return "missing_email"
    if not phone:
        return "missing_phone"
    return None


def flags(claim: Claim, policy: Policy) -> tuple[Flag, ...]:
    """What needs a look beyond the next step; a closed claim raises only a credit to refund."""
    found = []
    if claim.settlement.credit > 0:  # an overpayment is the debtor's money: refund or set off
        found.append(Flag("credit", FLAG_DETAIL["credit"].format(amount=fmt.money(claim.settlement.credit))))
    if is_closed(claim):
        return tuple(found)
    as_of = claim.as_of
    promise = claim.promise
    if promise is not None and promise.state == "broken":
        found.append(
            Flag(
                "broken_promise",
                FLAG_DETAIL["broken_promise"].format(
                    amount=fmt.money(promise.amount),
                    date=fmt.day(promise.event.promised_date),
                    paid=fmt.money(promise.paid),
                ),
            )
        )
    plan = claim.plan
    if plan is not None and plan.state == "in_arrears":
        missed = next(i for i in plan.installments if i.state == "overdue")
        found.append(
            Flag(
                "plan_in_arrears",
                FLAG_DETAIL["plan_in_arrears"].format(
                    amount=fmt.money(plan.arrears), date=fmt.day(missed.installment.due)
                ),
            )
        )
    if claim.dispute is not None:
        days = (as_of - claim.dispute.date).days
        if days > policy.dispute_max_days:
            found.append(
                Flag(
                    "dispute_too_long",
                    FLAG_DETAIL["dispute_too_long"].format(
                        date=fmt.day(claim.dispute.date), days=days, limit=policy.dispute_max_days
                    ),
                )
            )
    silence = _no_contact(claim, policy)
    if silence is not None:
        found.append(Flag("no_contact", silence))
    missing = missing_contact(claim.debtor)
    if missing is not None:
        found.append(Flag("missing_contact", FLAG_DETAIL[missing]))
    return tuple(found)


def _no_contact(claim: Claim, policy: Policy) -> str | None:
    if claim.stage in NO_CONTACT_EXEMPT_STAGES:
        return None
    limit = policy.no_contact_days
    if claim.last_contact is None:
        if claim.days_overdue > limit:
            return FLAG_DETAIL["no_contact_never"].format(days=claim.days_overdue, limit=limit)
        return None
    days = (claim.as_of - claim.last_contact).days
    if days > limit:
        return FLAG_DETAIL["no_contact"].format(date=fmt.day(claim.last_contact), days=days, limit=limit)
    return None


DOSSIER_DIR = "d"


def dossier_path(debtor_id: str) -> str:
    """The staff page of a dossier; ids hold only [A-Za-z0-9._-] and start alphanumeric (load.py)."""
    return f"{DOSSIER_DIR}/{debtor_id}.html"


def personal_link(public_url: str, path: str) -> str:
    """The debtor's link: the site's address + the page's path, or the bare path when none is set."""
    base = (public_url or "").rstrip("/")
    return f"{base}/{path}" if base else path
