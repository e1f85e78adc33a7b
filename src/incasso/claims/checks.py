"""The rules of a claim on a day: what `incasso check` accepts on that day, a build can build.

The ledger's own rules are checked when it is loaded; a few depend on the day the
claims are computed for. Interest and costs keep growing, so the amount a page asks
may pass what one bank transfer (an EPC QR code) can carry long after the ledger was
written. Check and build both apply `claim_problems` (the build's plugin adds the
letters' rules of the day, `incasso.letters.checks`), so both refuse such a day alike,
with the debtor's file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from incasso.claims.accord import Accord, called_off
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.claims.demand import amount_to_pay
from incasso.claims.disputes import open_disputes
from incasso.claims.states import AccordState
from incasso.law.money import plain
from incasso.ledger.model import Event, EventType, Ledger
from incasso.ledger.problems import LedgerError, Problem, Source
from incasso.payments.epc import MAX_AMOUNT


def assess_ledger(ledger: Ledger, as_of: date) -> list[Claim]:
    """Every debtor's claim as of `as_of`, in ledger order; LedgerError when a claim breaks a rule of the day.

    Only the claims' own rules: the letters' (what a letter due today asks, `incasso.letters.checks`;
    whether an address fits the envelope, in the plugin) come on top. `incasso check` and every build
    apply them all, through the plugin's `checked_claims`.
    """
    claims = [assess(ledger, debtor, as_of) for debtor in ledger.debtors]
    problems = claim_problems(claims)
    if problems:
        raise LedgerError(problems)
    return claims


def claim_problems(claims: Iterable[Claim]) -> list[Problem]:
    """The rules of the day each claim breaks, at its debtor's file (or the event that breaks one)."""
    problems = []
    for claim in claims:
        problems += _refund_problems(claim)
        problems += _representative_dates_to_come(claim)
        problems += _settlement_problems(claim)
        amount = amount_to_pay(claim)
        if amount > MAX_AMOUNT:
            problems.append(
                Problem(
                    claim.debtor.source,
                    "invoices",
                    f"on {claim.as_of} the amount to pay, with interest and costs, is more than {MAX_AMOUNT}, "
                    "the most one bank transfer (an EPC QR code) can ask; split the claim over more than one dossier",
                    plain(amount),
                )
            )
    return problems


def _refund_problems(claim: Claim) -> list[Problem]:
    """A refund pays back at most the credit held on its day: what was paid too much, after that day's
    payments and less earlier refunds. More would be money the debtor still owes, or never paid."""
    events = claim.debtor.events
    return [
        Problem(
            refund.event.source,
            f"events[{events.index(refund.event)}].amount",
            f"is more than the credit on {refund.event.date} ({plain(refund.credit_before)}): a refund pays back "
            "only what was paid too much",
            plain(refund.asked),
        )
        for refund in claim.settlement.refunds
        if refund.asked > refund.credit_before
    ]


def _settlement_problems(claim: Claim) -> list[Problem]:
    """A settlement agrees less than the claim's total on its day (one of all of it, or more, remits nothing: record
    a promise or a plan), and is not agreed while an earlier one runs (change that one's terms instead, or agree the
    new one once it has ended: paid, or missed)."""
    accord = claim.accord
    if accord is None:
        return []
    events = claim.debtor.events
    at = events.index(accord.event)
    problems = []
    if accord.amount >= accord.owed:
        said = (
            f"is not below the claim's total on {accord.event.date} ({plain(accord.owed)}): a settlement remits part "
            "of the claim; for all of it, record a promise or an arrangement"
        )
        problems.append(
            Problem(
                accord.event.amount_source or accord.event.source, f"events[{at}].amount", said, plain(accord.amount)
            )
        )
    earlier = accord.beside
    if earlier is not None:
        said = (
            f"another settlement runs (events[{events.index(earlier)}], agreed on {earlier.date}): change its "
            "terms there, or record a new one once it has been paid or missed, or called off (settlement_ended)"
        )
        problems.append(Problem(_type_line(accord.event), f"events[{at}].type", said, str(EventType.SETTLEMENT)))
    return problems + _dispute_beside_settlement(claim, at) + _called_off_problems(claim, accord)


# What a running settlement leaves no room for: another agreement about the same claim, until it is called off.
_AGREED_BESIDE = (EventType.PROMISE, EventType.ARRANGEMENT)


def _called_off_problems(claim: Claim, accord: Accord) -> list[Problem]:
    """A `settlement_ended` calls off a settlement that still ran on its day: one paid or missed before it had ended
    already (its page said so), and calling it off would be said as news. A promise or a plan agreed while it runs
    replaces it only once it is called off: before, the page kept asking the agreed sum and the plan went unsaid. So
    does a `postpone` (_POSTPONE_BESIDE)."""
    events = claim.debtor.events
    at = events.index(accord.event)
    off = called_off(list(events), accord.event)
    problems = []
    if off is not None and accord.state in (AccordState.SETTLED, AccordState.LAPSED) and accord.ended_on is not None:
        problems.append(_nothing_to_call_off(claim, accord, off))
    last = events.index(off) if off is not None else len(events)
    for e in events[at + 1 : last]:
        if e.type not in (*_AGREED_BESIDE, EventType.POSTPONE) or (
            accord.ended_on is not None and e.date >= accord.ended_on
        ):
            continue
        running = f"a settlement runs (events[{at}], agreed on {accord.event.date}): "
        if e.type == EventType.POSTPONE:
            said = running + _POSTPONE_BESIDE
        else:
            said = running + (
                f"it is for the whole claim; to replace it by this {e.type}, record a settlement_ended before it, on "
                "the day it was called off"
            )
        problems.append(Problem(_type_line(e), f"events[{events.index(e)}].type", said, str(e.type)))
    return problems


# A wait recorded while a settlement runs: no step is due then, and the wait moves none of its days; kept, it held
# back the step after a lapse months later, a wait nobody had asked for then, its confirmation written that day.
_POSTPONE_BESIDE = (
    "no step is taken while it runs, and a postpone moves none of its days; to give more time, change its pay_by "
    "or installments; to wait after it, record the postpone once it has lapsed or been called off (settlement_ended)"
)


def _nothing_to_call_off(claim: Claim, accord: Accord, off: Event) -> Problem:
    """A `settlement_ended` after the settlement had ended by itself. Paid in full on the day it is called off, the
    payment wins: the debtor did what was agreed, the claim is settled and the page thanks them (an agreement kept
    is not called off after the fact)."""
    events = claim.debtor.events
    at = events.index(accord.event)
    if accord.settled and accord.ended_on == off.date:
        how = f"was paid in full on {accord.ended_on}, the day it was called off: paid, it is settled"
    else:
        how = f"had already {'been paid' if accord.settled else 'lapsed'} on {accord.ended_on}"
    said = (
        f"the settlement of {accord.event.date} (events[{at}]) {how}: there is nothing to call off; take this event "
        "out, or write it as a note"
    )
    return Problem(_type_line(off), f"events[{events.index(off)}].type", said, str(off.type))


def _dispute_beside_settlement(claim: Claim, at: int) -> list[Problem]:
    """No dispute open while a settlement runs: it is for the whole claim, disputed invoices included, and ends
    the disputes about it. Beside one, the page asked the agreed sum "for your other invoice" or said that interest
    runs while the figures stood still, and the settlement's own day went unsaid. Raised before it or after it, the
    dispute is answered (dispute_resolved)."""
    accord = claim.accord
    if accord is None or accord.state != AccordState.RUNNING:
        return []
    events = claim.debtor.events
    disputes = open_disputes(list(claim.events))
    raised = dict.fromkeys([*([disputes.whole] if disputes.whole else []), *(e for _, e in disputes.by_invoice)])
    said = (
        f"a dispute is open while the settlement of {accord.event.date} runs (events[{at}]): a settlement is for the "
        "whole claim, disputed invoices included; record its answer (dispute_resolved), on the settlement's day if "
        "the settlement ended it"
    )
    return [Problem(_type_line(e), f"events[{events.index(e)}].type", said, str(EventType.DISPUTE)) for e in raised]


def _type_line(event: Event) -> Source:
    """Where an event's `type` is written, the field a rule about the event itself names (its first line when not
    read from a file)."""
    return event.type_source or event.source


def _representative_dates_to_come(claim: Claim) -> list[Problem]:
    """A representative's `since` or `until` after the day: they are days that were, as staff know them (the court's
    decision, the day help began or ended). A day to come would send today's letters to an address not yet (or no
    longer) theirs: staff write it on the day itself."""
    block = claim.debtor.written_block
    if block is None:
        return []
    written = (("since", block.since, block.since_source), ("until", block.until, block.until_source))
    return [
        Problem(
            source or block.source,
            f"representative.{key}",
            f"is after {claim.as_of}, the day the claims are computed for: add it once that day has come",
            str(day),
        )
        for key, day, source in written
        if day is not None and day > claim.as_of
    ]
