"""The claim as it will stand once a letter is sent today (a missed agreement: `claims.assess.claim_if_missed`).

A letter's terms, dates and costs are not counted here: the claim is assessed
again by the core (incasso.claims.assess) with the letter recorded as staff
will record it, so the letter says what the statement page will say, and
what the core will charge, from the day the letter is entered in the ledger.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from incasso.claims.assess import assess, assessed_under
from incasso.claims.claim import Claim
from incasso.claims.demand import amount_to_pay
from incasso.claims.states import CostsState
from incasso.claims.timing import binds_by
from incasso.law.costs import vat_on_costs
from incasso.law.tables import COST_MAXIMUM
from incasso.ledger.model import Channel, Debtor, Event, EventType, Ledger
from incasso.ledger.problems import Source
from incasso.letters.due import NO_RECORD, DueLetter, LetterKind, letters_due
from incasso.statement.tables import costs_notice

# The letters that are escalation steps: sending one is recording its event.
_STEP_EVENTS = {
    LetterKind.REMINDER: EventType.REMINDER,
    LetterKind.DUNNING: EventType.DUNNING,
    LetterKind.FINAL_NOTICE: EventType.FINAL_NOTICE,
    LetterKind.INSTALLMENT_REMINDER: EventType.REMINDER,  # staff record it as a reminder (claims.escalation)
}


def claim_after(ledger: Ledger, claim: Claim, due: DueLetter, form: Channel) -> Claim:
    """`claim` as it stands once this letter is sent today in `form` (post or e-mail).

    A step already recorded, a confirmation and a handover notice change
    nothing: the claim is already as the letter describes it. Assessed once
    (Claim.answer) for the check of the day's letters, the staff's list of
    them, the page on the letter's day and the letter itself.
    """
    kind = _STEP_EVENTS.get(due.kind)
    if kind is None:
        return claim
    debtor = _as_stating_costs(claim.debtor, kind, form)
    if due.recorded is not None and debtor is claim.debtor:
        return claim
    question = ("letter sent", due, form, *assessed_under(ledger))
    return claim.answer(question, lambda: _sent_today(ledger, claim, due, form, debtor))


def _sent_today(ledger: Ledger, claim: Claim, due: DueLetter, form: Channel, debtor: Debtor) -> Claim:
    """`claim_after`'s assessment: of `debtor` (as the letter is written for) with the letter recorded, unless it is."""
    if due.recorded is not None:
        return assess(ledger, debtor, claim.as_of)
    # A final notice being written states the costs the core gives it (then recorded as its `costs`):
    # any amount up to the staffel's maximum, with the VAT the creditor charges on it (policy.costs_vat).
    kind = _STEP_EVENTS[due.kind]
    most = COST_MAXIMUM + vat_on_costs(COST_MAXIMUM, ledger.creditor.policy.costs_vat)
    costs = most if kind == EventType.FINAL_NOTICE else None
    sent = Event(claim.as_of, kind, Source(f"{due.kind} letter of {claim.as_of}"), channel=form, costs=costs)
    known = [e for e in debtor.events if e.date <= claim.as_of]
    later = [e for e in debtor.events if e.date > claim.as_of]
    return assess(ledger, replace(debtor, events=(*known, sent, *later)), claim.as_of)


def _as_stating_costs(debtor: Debtor, kind: EventType, form: Channel) -> Debtor:
    """The debtor as a final notice in `form` is written for: a consumer's e-mail, while their file does not
    record that they agreed to it, as if it did. Without that consent the notice brings no costs
    (claims.timing.binds), but its e-mail states them all the same, as the posted letter does: recorded
    later (they had agreed), the costs count from this notice, as it stated them. The page charges none
    until then, and staff are told so (a note on the dossier)."""
    if kind != EventType.FINAL_NOTICE or binds_by(debtor, form):
        return debtor
    return replace(debtor, contact=replace(debtor.contact, final_notice_by=Channel.EMAIL))


# The steps whose page shows the claim as the day's letter states it: a new term that does not hang
# on how the letter is sent. A final notice's term counts from its day of receipt, which differs by
# post and by e-mail: its page waits until staff record how it was sent.
_PAGE_AS_SENT = (LetterKind.REMINDER, LetterKind.DUNNING, LetterKind.INSTALLMENT_REMINDER)


def claim_as_sent(ledger: Ledger, claim: Claim) -> Claim:
    """The claim as its statement page shows it: on a day a reminder or dunning letter is written and
    not yet recorded, as that letter states it (pay by its new date), not "as soon as possible"
    beside a letter that names a day."""
    contact = claim.debtor.contact
    if not contact.address and not contact.email:
        return claim  # no letter can go out: the page must not say one was sent
    for due in letters_due(claim, NO_RECORD):  # steps only: no confirmation is asked about
        if due.kind in _PAGE_AS_SENT and due.recorded is None:
            form = Channel.LETTER if contact.address else Channel.EMAIL
            return claim_after(ledger, claim, due, form)
    return claim


def costs_stated(ledger: Ledger, claim: Claim, due: DueLetter) -> Decimal | None:
    """The collection costs a final notice written today states as its own (announced with its
    term), for staff to record with it (`costs`); None when it states none of its own, or when
    staff recorded it already (then the record says what it stated)."""
    if due.kind != LetterKind.FINAL_NOTICE or due.recorded is not None:
        return None
    after = claim_after(ledger, claim, due, Channel.LETTER)  # the amount is the same by e-mail
    notice = costs_notice(after, ledger.creditor)
    if after.costs.state != CostsState.ANNOUNCED or notice is None or notice.date != claim.as_of:
        return None
    return after.costs.amount


def asked_apart(ledger: Ledger, claim: Claim, due: DueLetter) -> Decimal | None:
    """What a letter written today asks (its payment block) when the debtor's page asks another amount
    that day; None when they ask the same, or when staff recorded it already.

    The page follows a reminder or dunning letter on its day (`claim_as_sent`), not a final notice: to a
    plan in arrears the notice asks everything overdue (demand.plan_under_final_notice), while the page
    asks the instalments until staff record the notice. Staff see both (incasso.staff)."""
    if due.kind in _PAGE_AS_SENT or due.recorded is not None or due.kind not in _STEP_EVENTS:
        return None
    letter = amount_to_pay(claim_after(ledger, claim, due, Channel.LETTER))  # the amount is the same by e-mail
    return letter if letter != amount_to_pay(claim_as_sent(ledger, claim)) else None
