"""What a debtor owes on a date: payments allocated, interest counted, costs charged.

One pass over the payments in date order. Each payment goes (art. 6:43 BW)
to the invoice it names, else to the invoices already due, oldest first, and
then to those not yet due; within that (art. 6:44 BW) to collection costs
first, then interest, then principal. What is left is a credit, kept and shown.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .costs import collection_costs
from .interest import InterestAccount, InterestLine
from .law import rates_for
from .model import Creditor, Debtor, Invoice, Payment
from .money import ZERO


@dataclass(frozen=True)
class Allocation:
    """One share of one payment: to `costs`, `interest`, `principal` or `credit`."""

    to: str
    amount: Decimal
    invoice: str | None = None


@dataclass(frozen=True)
class PaymentApplied:
    payment: Payment
    allocations: tuple[Allocation, ...]


@dataclass(frozen=True)
class InvoiceBalance:
    invoice: Invoice
    principal_paid: Decimal
    principal_open: Decimal
    interest: Decimal          # all interest counted on this invoice so far
    interest_open: Decimal
    interest_lines: tuple[InterestLine, ...]

    @property
    def number(self) -> str:
        return self.invoice.number

    @property
    def paid(self) -> Decimal:
        return self.principal_paid


@dataclass(frozen=True)
class CostCharge:
    """Collection costs fixed on `charged_on` over the principal then outstanding."""

    charged_on: date
    principal: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Settlement:
    as_of: date
    invoices: tuple[InvoiceBalance, ...]
    payments: tuple[PaymentApplied, ...]
    costs: CostCharge | None
    costs_paid: Decimal
    credit: Decimal

    @property
    def principal_open(self) -> Decimal:
        return sum((i.principal_open for i in self.invoices), ZERO)

    @property
    def interest_open(self) -> Decimal:
        return sum((i.interest_open for i in self.invoices), ZERO)

    @property
    def costs_open(self) -> Decimal:
        return (self.costs.amount if self.costs else ZERO) - self.costs_paid

    @property
    def total_due(self) -> Decimal:
        return self.principal_open + self.interest_open + self.costs_open

    @property
    def paid_total(self) -> Decimal:
        return sum((p.payment.amount for p in self.payments), ZERO)


def _allocation_order(invoices: list[Invoice], named: str | None, on: date) -> list[Invoice]:
    by_age = sorted(invoices, key=lambda i: (i.due, i.date, i.number))
    due = [i for i in by_age if i.due <= on]
    later = [i for i in by_age if i.due > on]
    order = due + later
    if named:
        order.sort(key=lambda i: i.number != named)  # stable: the named one first
    return order


def settle(creditor: Creditor, debtor: Debtor, as_of: date, cost_rule=None) -> Settlement:
    """Allocate every payment up to `as_of` and count interest and costs up to that day.

    `cost_rule(debtor)` gives (charge date, invoices covered) or None: when and
    over what the collection costs are charged (see claim.cost_moment).
    """
    invoices = list(debtor.invoices)
    principal = {i.number: i.amount for i in invoices}
    accounts = {
        i.number: InterestAccount(i.number, i.due + timedelta(days=1), rates_for(debtor.type),
                                  creditor.interest == "statutory")
        for i in invoices
    }
    moment = cost_rule(debtor) if cost_rule else None
    covered_numbers = {i.number for i in moment[1]} if moment else set()
    costs: CostCharge | None = None
    costs_paid = ZERO
    credit = ZERO
    applied: list[PaymentApplied] = []

    def charge_costs(on: date) -> None:
        nonlocal costs, credit, costs_paid
        covered = sum((principal[i.number] for i in moment[1]), ZERO)
        amount = collection_costs(covered)
        if amount > 0 and covered >= creditor.policy.chase_minimum:
            costs = CostCharge(on, covered, amount)
            share = min(credit, amount)  # a credit already held pays the costs
            costs_paid += share
            credit -= share

    payments = sorted((p for p in debtor.payments if p.date <= as_of), key=lambda p: p.date)
    for payment in payments:
        if moment and costs is None and moment[0] <= payment.date:
            charge_costs(moment[0])
        rest = payment.amount
        shares: list[Allocation] = []
        # Costs first (art. 6:44), but only from a payment for the claims they belong to (art. 6:43).
        pays_covered = payment.invoice is None or payment.invoice in covered_numbers
        if costs is not None and costs.amount > costs_paid and rest > 0 and pays_covered:
            share = min(rest, costs.amount - costs_paid)
            costs_paid += share
            rest -= share
            shares.append(Allocation("costs", share))
        for invoice in _allocation_order(invoices, payment.invoice, payment.date):
            if rest <= 0:
                break
            account = accounts[invoice.number]
            account.accrue(principal[invoice.number], payment.date)
            before = rest
            rest = account.pay(rest)
            if before > rest:
                shares.append(Allocation("interest", before - rest, invoice.number))
            share = min(rest, principal[invoice.number])
            if share > 0:
                principal[invoice.number] -= share
                rest -= share
                shares.append(Allocation("principal", share, invoice.number))
        if rest > 0:
            credit += rest
            shares.append(Allocation("credit", rest))
        applied.append(PaymentApplied(payment, tuple(shares)))
    if moment and costs is None and moment[0] <= as_of:
        charge_costs(moment[0])

    balances = []
    for invoice in invoices:
        account = accounts[invoice.number]
        account.accrue(principal[invoice.number], as_of)
        balances.append(InvoiceBalance(
            invoice=invoice,
            principal_paid=invoice.amount - principal[invoice.number],
            principal_open=principal[invoice.number],
            interest=account.total,
            interest_open=account.open,
            interest_lines=tuple(account.lines),
        ))
    return Settlement(as_of, tuple(balances), tuple(applied), costs, costs_paid, credit)
