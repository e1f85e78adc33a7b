"""How late a closed claim (paid, settled, written off) was on the day it closed, not today: a closed claim is late
no more, and a figure that grows each night beside it reads as a debt still running. The staff dossier gives it per
invoice ("Dagen te laat betaald"), the table of all dossiers per claim; both read it from here, so they never differ.
"""

from __future__ import annotations

from datetime import date

from incasso.claims.claim import Claim
from incasso.claims.states import Status
from incasso.ledger.model import EventType, latest


def closed_on(claim: Claim) -> dict[str, date]:
    """The day each invoice of a closed claim closed, by number: paid, the day of the last payment any of it went
    to (an invoice credited in full, or paid by none, has none); one with a rest let go, the day the agreed sum was
    complete (settled) or the write-off's day."""
    numbers = {b.number for b in claim.settlement.invoices}
    closed: dict[str, date] = {}
    for p in claim.settlement.payments:
        for a in p.allocations:
            if a.invoice in numbers and a.amount > 0:
                closed[a.invoice] = max(closed.get(a.invoice, p.payment.date), p.payment.date)
    let_go = claim.accord.ended_on if claim.status == Status.SETTLED and claim.accord is not None else None
    if claim.status == Status.WRITTEN_OFF:
        written_off = latest(claim.events, EventType.WRITTEN_OFF)
        let_go = written_off.date if written_off is not None else None
    if let_go is not None:
        closed |= {b.number: let_go for b in claim.settlement.invoices if b.open > 0}
    return closed


def days_late_when_closed(claim: Claim) -> int | None:
    """How many days the latest of a closed claim's invoices was late on the day it closed (`closed_on`), as an open
    claim's days overdue count from its oldest due date: 0 when none was late; None when no invoice has such a day
    (credited in full, or written off without a day)."""
    days = closed_on(claim)
    lates = [(days[b.number] - b.invoice.due).days for b in claim.settlement.invoices if b.number in days]
    return max(0, *lates) if lates else None
