"""The allocation as first written, kept as a reference: every payment sorts every invoice and
walks them all, oldest due first (the named one first). Slow (quadratic) but plain to read;
`incasso.claims.settlement` must give exactly the same settlement, only faster."""

from __future__ import annotations

from datetime import date

from incasso.claims.settlement import Allocation, PaymentApplied, Settlement, Share, _Allocator
from incasso.claims.timing import CostRule
from incasso.ledger.model import Creditor, Debtor, Invoice, Payment


def _allocation_order(invoices: list[Invoice], named: str | None, on: date) -> list[Invoice]:
    by_age = sorted(invoices, key=lambda i: (i.due, i.date, i.number))
    due = [i for i in by_age if i.due <= on]
    later = [i for i in by_age if i.due > on]
    order = due + later
    if named:
        order.sort(key=lambda i: i.number != named)  # stable: the named one first
    return order


class _ReferenceAllocator(_Allocator):
    def apply(self, payment: Payment, on: date) -> None:
        rest = payment.amount
        shares: list[Allocation] = []
        for invoice in _allocation_order(self.invoices, payment.invoice, payment.date):
            if rest <= 0:
                break
            rest = self._pay_invoice(self.place[invoice.number], on, rest, shares)
        if rest > 0:
            self.credit += rest
            shares.append(Allocation(Share.CREDIT, rest))
        self.applied.append(PaymentApplied(payment, tuple(shares)))


def reference_settle(creditor: Creditor, debtor: Debtor, as_of: date, cost_rule: CostRule | None = None) -> Settlement:
    return _ReferenceAllocator(creditor, debtor, cost_rule(debtor) if cost_rule else None, as_of).run(debtor, as_of)
