"""Which disputes are open, and what they pause: the whole dossier, or only the invoices they name.

A dispute without `invoices` pauses the whole dossier until it is answered. A
dispute that names invoices pauses only those: in Dutch practice what the debtor
does not dispute stays payable and may be chased, so the rest of the dossier is
assessed as if the disputed invoices were not there (claims.assess). Once no
undisputed invoice is left open, the dossier waits for the answer as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from incasso.ledger.model import Debtor, Event, EventType, Invoice
from incasso.records import init_by_slots


@init_by_slots
@dataclass(frozen=True, slots=True)
class OpenDisputes:
    """The disputes open on a day: the one about the whole dossier, and each disputed invoice's."""

    whole: Event | None = None
    by_invoice: tuple[tuple[str, Event], ...] = ()  # (number, the latest dispute naming it), in file order

    @property
    def numbers(self) -> frozenset[str]:
        return frozenset(number for number, _ in self.by_invoice)

    @property
    def earliest(self) -> Event | None:
        """The oldest dispute naming an invoice still disputed: the one open longest."""
        return min((event for _, event in self.by_invoice), key=lambda e: e.date, default=None)

    @property
    def latest(self) -> Event | None:
        """The latest dispute naming an invoice still disputed."""
        return max((event for _, event in self.by_invoice), key=lambda e: e.date, default=None)


def open_disputes(events: list[Event]) -> OpenDisputes:
    """The disputes still open on the last day of `events`: an answer naming invoices settles the
    disputes about those; one naming none settles every open dispute."""
    whole: Event | None = None
    named: dict[str, Event] = {}
    for event in events:
        if event.type == EventType.DISPUTE and event.invoices:
            named.update(dict.fromkeys(event.invoices, event))
        elif event.type == EventType.DISPUTE:
            whole = event
        elif event.type == EventType.DISPUTE_RESOLVED and event.invoices:
            for number in event.invoices:
                named.pop(number, None)
        elif event.type == EventType.DISPUTE_RESOLVED:
            whole, named = None, {}
    return OpenDisputes(whole, tuple(named.items()))


@dataclass(frozen=True, slots=True)
class DisputeSpan:
    """One dispute, and the answer that closed it (None: still open)."""

    raised: Event
    answered: Event | None = None


def dispute_spans(events: list[Event]) -> tuple[DisputeSpan, ...]:
    """Every dispute in `events`, in file order, each with the answer that closed it, as `open_disputes`
    settles them: an answer naming invoices closes a dispute once every invoice it named is answered (a
    dispute of the whole dossier only by an answer naming none); an answer naming none closes them all."""
    raised: list[Event] = []
    answered: list[Event | None] = []
    waiting: dict[int, set[str]] = {}  # a dispute still open, by its place: the invoices not answered yet
    for event in events:
        if event.type == EventType.DISPUTE:
            waiting[len(raised)] = set(event.invoices)
            raised.append(event)
            answered.append(None)
        elif event.type == EventType.DISPUTE_RESOLVED:
            for index, numbers in list(waiting.items()):
                if event.invoices and not numbers:
                    continue  # a dispute of the whole dossier: not answered by one about invoices
                numbers -= set(event.invoices)
                if not event.invoices or not numbers:
                    answered[index] = event
                    del waiting[index]
    return tuple(DisputeSpan(r, a) for r, a in zip(raised, answered, strict=True))


def answered_invoices(debtor: Debtor, answer: Event) -> frozenset[str]:
    """The invoices `answer` (a dispute_resolved) settled the dispute about: those it names, or, naming
    none, every invoice then disputed: those named by an open dispute, and with a dispute about the
    whole dossier every invoice dated by that dispute's day."""
    if answer.invoices:
        return frozenset(answer.invoices)
    before = list(debtor.events[: debtor.events.index(answer)])
    disputes = open_disputes(before)
    whole = {i.number for i in debtor.invoices if i.date <= disputes.whole.date} if disputes.whole else set()
    return frozenset(whole) | disputes.numbers


def hold_apart(debtor: Debtor) -> Debtor:
    """The debtor with each payment marking the invoices disputed apart on its day (`Payment.held_apart`).

    While they were disputed apart, the page asked for the other invoices only, and a payment naming
    none paid those: the amount and reference the page gave are the debtor's choice of the debt
    (art. 6:43 lid 1 BW). Once the dossier is counted whole again (the answer came, or nothing else is
    left open) such a payment keeps paying what it paid then: it pays the invoices it holds apart only
    after all the others (claims.settlement), so its money is never moved onto the disputed invoice."""
    if not any(e.type == EventType.DISPUTE and e.invoices for e in debtor.events):
        return debtor  # nothing was ever disputed apart: the payments are as written
    payments = []
    for payment in debtor.payments:
        disputes = open_disputes(debtor.events_until(payment.date))
        held = frozenset() if disputes.whole is not None else disputes.numbers
        payments.append(replace(payment, held_apart=held) if held else payment)
    return replace(debtor, payments=tuple(payments))


def disputed_apart_when_dated(debtor: Debtor, letter: Event) -> frozenset[str]:
    """The invoices a dispute naming them held apart on the day `letter` is dated (`Event.letter_day`):
    the letter asked for the rest only, as its page did, so once the dispute is answered such an invoice
    is like one due after the letter (its own reminder first), and the letter's costs stay over the rest.
    An event of that day counts when the file has it before the letter."""
    before = []
    for event in debtor.events:
        if event == letter:
            break
        if event.date <= letter.letter_day:
            before.append(event)
    return open_disputes(before).numbers


def disputed_invoices(debtor: Debtor, disputes: OpenDisputes) -> tuple[Invoice, ...]:
    """The debtor's invoices an open dispute names, in the file's order."""
    numbers = disputes.numbers
    return tuple(i for i in debtor.invoices if i.number in numbers)


def without(debtor: Debtor, invoices: tuple[Invoice, ...]) -> Debtor:
    """The debtor as if `invoices` were not there: what the rest of the dossier owes and how it is chased.
    They are kept as `set_apart`: a payment naming one keeps for it at most what it asks, and what is more
    pays the others (claims.settlement)."""
    paused = {i.number for i in invoices}
    kept = tuple(i for i in debtor.invoices if i.number not in paused)
    return replace(debtor, invoices=kept, set_apart=tuple(i for i in debtor.invoices if i.number in paused))
