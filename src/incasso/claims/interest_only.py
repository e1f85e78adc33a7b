"""Collection costs counted over interest only: the debtor paid the invoices' whole principal in the final
notice's term, but not the interest the notice asked with it.

A payment pays interest first (art. 6:44 BW), so what the notice asked stays unpaid by that interest,
and the costs are charged over it: at least the staffel's minimum (EUR 40) over a few euros. That is how
the law reads, and the core charges them; but a court may find such costs unreasonable (art. 6:96 lid 5,
6:248 BW). Staff are told, to decide whether to waive them (claims.dossier_notes), and the page says
plainly why they are charged (statement.tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from incasso.claims.claim import Claim
from incasso.claims.settlement import paid_in_term
from incasso.claims.states import CostsState
from incasso.claims.timing import cost_moment
from incasso.law.money import ZERO
from incasso.ledger.model import Creditor


@dataclass(frozen=True, slots=True)
class CostsOverInterest:
    """The final notice's `asked_on` day, the principal it asked (`principal`), what was paid of its invoices
    in its term (`paid`, at least that principal), and the interest left unpaid the costs are counted over."""

    asked_on: date
    principal: Decimal
    paid: Decimal
    interest: Decimal


def costs_over_interest(claim: Claim, creditor: Creditor) -> CostsOverInterest | None:
    """The costs' basis when it is only the interest a final notice asked, its principal paid in its term;
    None otherwise, or once the costs are paid (nothing is left to decide)."""
    return claim.answer(("costs over interest", creditor), lambda: _over_interest(claim, creditor))


def _over_interest(claim: Claim, creditor: Creditor) -> CostsOverInterest | None:
    costs, settlement = claim.costs, claim.settlement
    if costs.state != CostsState.CHARGED or not costs.over_asked or settlement.costs_open <= 0:
        return None
    plan = cost_moment(creditor, claim.as_of)(claim.debtor)
    checkpoint = settlement.episode or (plan.checkpoints[0] if plan is not None and plan.checkpoints else None)
    if checkpoint is None or checkpoint.asked_on is None:
        return None
    asked = {i.number for i in checkpoint.asked}
    principal = sum(
        (settlement.principal_open_on(b, checkpoint.asked_on) for b in settlement.invoices if b.number in asked),
        ZERO,
    )
    paid = paid_in_term(checkpoint, settlement.payments)
    if principal <= 0 or paid < principal:
        return None
    return CostsOverInterest(checkpoint.asked_on, principal, paid, costs.principal)
