"""Who handles a file once it has left the creditor's own steps: the collection agency, or the bailiff.

Read from the ledger as it is: the latest `handover` event names the agency
(and may give its phone, email and account), the latest `legal` event may name
the bailiff. Without a bailiff, the agency of the handover stays the one to
talk to. Nothing here is guessed: a field the ledger lacks stays None, and the
page then points to the creditor instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from incasso.claims.claim import Claim
from incasso.claims.states import HANDED_OVER, Stage, Status
from incasso.contact import dialled_from_abroad
from incasso.ledger.model import ESCALATION_EVENTS, EventType, latest


class HandlerKind(StrEnum):
    AGENCY = "agency"
    BAILIFF = "bailiff"


@dataclass(frozen=True)
class PayTo:
    """An account other than the creditor's that the debtor now pays: the agency's, with its reference."""

    name: str
    iban: str
    reference: str


@dataclass(frozen=True)
class Handler:
    """The step the file is in (handover or legal), since when, and who handles it, as far as the ledger says."""

    stage: Stage
    since: date
    kind: HandlerKind | None
    name: str | None
    phone: str | None
    email: str | None
    pay_to: PayTo | None

    @property
    def reachable(self) -> bool:
        """Whether the page can say how to reach them: a name and a phone number or an email address."""
        return self.name is not None and (self.phone is not None or self.email is not None)


def _recorded_in_the_dispute(claim: Claim) -> bool:
    """Whether the handover or legal step was recorded while the open dispute ran: no letter told the
    debtor of it (none goes out in a dispute), so the page does not send them to pay an agency they never
    heard of; it speaks for us until the dispute is answered (`check` says to answer it first)."""
    if claim.status != Status.DISPUTE or claim.dispute is None:
        return False
    events = list(claim.events)
    disputed = events.index(claim.dispute)
    return any(e.type in (EventType.HANDOVER, EventType.LEGAL) for e in events[disputed + 1 :])


def stage_told(claim: Claim) -> Stage:
    """The stage the debtor was told of: a handover or legal step recorded while the open dispute ran is
    not (see `_recorded_in_the_dispute`), so its page speaks of the letters before it, not of court costs."""
    if not _recorded_in_the_dispute(claim):
        return claim.stage
    events = list(claim.events)
    before = events[: events.index(claim.open_dispute)]
    sent = [ESCALATION_EVENTS.index(e.type) for e in before if e.type in ESCALATION_EVENTS]
    return Stage(ESCALATION_EVENTS[max(sent)]) if sent else Stage.OVERDUE


def handler_of(claim: Claim) -> Handler | None:
    """Who handles the claim after a handover or a legal step; None while the creditor still does."""
    if claim.stage not in HANDED_OVER:
        return None
    # A page asks it a dozen times (its top, steps, ways to pay, options, contact), its letter and dossier again:
    # kept with the claim, which it depends on alone.
    return claim.answer(_HANDLER, lambda: _handler(claim))


_HANDLER = "handler"  # the question `handler_of` keeps its answer under (Claim.answer)


def _handler(claim: Claim) -> Handler | None:
    if _recorded_in_the_dispute(claim):
        return None
    handover = latest(claim.events, EventType.HANDOVER)
    pay_to = None
    if handover is not None and handover.agency and handover.agency_iban and handover.agency_reference:
        pay_to = PayTo(handover.agency, handover.agency_iban, handover.agency_reference)
    legal = latest(claim.events, EventType.LEGAL) if claim.stage == Stage.LEGAL else None
    if legal is not None and (legal.bailiff or legal.bailiff_phone or legal.bailiff_email):
        phone = _as_dialled(claim, legal.bailiff_phone)
        return Handler(Stage.LEGAL, legal.date, HandlerKind.BAILIFF, legal.bailiff, phone, legal.bailiff_email, None)
    since = legal.date if legal is not None else handover.date if handover is not None else claim.as_of
    if handover is None or not (handover.agency or handover.agency_phone or handover.agency_email):
        return Handler(claim.stage, since, None, None, None, None, pay_to)
    return Handler(
        claim.stage,
        since,
        HandlerKind.AGENCY,
        handover.agency,
        _as_dialled(claim, handover.agency_phone),
        handover.agency_email,
        pay_to,
    )


def _as_dialled(claim: Claim, phone: str | None) -> str | None:
    """The number as the debtor dials it: from abroad, with the country code (contact.dialled_from_abroad)."""
    return dialled_from_abroad(phone) if phone is not None and claim.debtor.contact.is_abroad else phone
