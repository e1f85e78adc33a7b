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
from incasso.claims.timing import could_ask
from incasso.law.costs import collection_costs
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
    if due.kind not in _STEP_EVENTS or due.recorded is not None:
        return claim
    question = ("letter sent", due, form, *assessed_under(ledger))
    return claim.answer(question, lambda: _sent_today(ledger, claim, due, form))


def _sent_today(ledger: Ledger, claim: Claim, due: DueLetter, form: Channel) -> Claim:
    """`claim_after`'s assessment: with the letter recorded as sent today in `form`. A final notice e-mailed
    to a consumer who has not agreed to e-mail brings no costs (claims.timing.binds), so its letter states
    none: announcing costs that will not be charged would mislead (art. 6:193c BW), and a consent recorded
    later does not make it bind (`email_agreed`). Staff are told to ask for the postal address or the consent."""
    debtor = claim.debtor
    # A final notice being written states the costs the core gives it (then recorded as its `costs`):
    # any amount up to the staffel over all it could ask, with the VAT the creditor charges on it
    # (policy.costs_vat); more would be a letter that states more than the law allows, which brings none
    # (claims.timing.overstates).
    kind = _STEP_EVENTS[due.kind]
    sent = Event(claim.as_of, kind, Source(f"{due.kind} letter of {claim.as_of}"), channel=form)
    if kind == EventType.FINAL_NOTICE:
        sent = replace(sent, costs=collection_costs(could_ask(debtor, sent), ledger.creditor.policy.costs_vat))
    known = [e for e in debtor.events if e.date <= claim.as_of]
    later = [e for e in debtor.events if e.date > claim.as_of]
    # Judged on the days `claim` was: a reminder in a what-if of a missed instalment (its day after the statements
    # read) is followed by the step the core takes once they reach it, not by a check that waits for them.
    return assess(ledger, replace(debtor, events=(*known, sent, *later)), claim.as_of, seen_until=claim.seen_until)


def _notice_form(debtor: Debtor) -> Channel:
    """The form whose final notice states the costs staff record with it: the posted one when it is
    written (a business's two forms state the same costs), else the e-mail."""
    return Channel.LETTER if Channel.LETTER in debtor.final_notice_forms() else Channel.EMAIL


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
    after = claim_after(ledger, claim, due, _notice_form(claim.debtor))
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
