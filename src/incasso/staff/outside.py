"""Credits of invoices outside the ledger: a business's bank export holds every customer's payment, also of the
invoices paid on time and so never written in the ledger. With creditor.yaml's `invoice_numbers` set, such a credit
is counted and listed apart, not as staff's work, when both hold:

- it matches no dossier by any means the matcher has: no reference or invoice number of the ledger placed it
  (bank.matching), its text names no dossier nor holds one's reference with other check digits, and no dossier
  is likely by the payer's account, the payer's name, the amount or a payment written by hand (staff.candidates);
- its text names a number of the creditor's form (incasso.ledger.invoice_masks) that the ledger does not hold, and
  none that it holds.

A credit from a payer who matches a debtor stays work, whatever it names: a debtor may pay a late invoice with the
number of a new one. A batch the export lists whole stays work too (its transactions' texts are not its own). Such
a credit still counts for no dossier: nothing is booked, nothing is lost from sight. One that names a ledger's number
with two neighbouring digits swapped is listed with it, and counted in the list's summary: it may be a debtor's typo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from incasso.bank.own_invoices import OwnInvoices
from incasso.bank.reconcile import Reconciliation, Unmatched
from incasso.claims.claim import Claim
from incasso.ledger.model import Creditor
from incasso.staff.candidates import Candidate, Candidates
from incasso.staff.overview import Row


@dataclass(frozen=True)
class Outside:
    """An unassigned credit of an invoice outside the ledger, and the creditor's invoice numbers its text names."""

    item: Unmatched
    numbers: tuple[str, ...]
    # The ledger's numbers, with their dossiers, that `numbers` are with two neighbouring digits swapped (a typo?):
    # a hint on the folded list, that a debtor's payment may be among them (OwnInvoices.swapped).
    like: tuple[tuple[str, str], ...] = ()


def outside_ledger(
    bank: Reconciliation | None,
    likely: Sequence[tuple[Candidate, ...]],
    creditor: Creditor,
    claims: Sequence[Claim],
) -> tuple[Outside, ...]:
    """The credits of `bank.unmatched` (with their likely dossiers, `likely`, in its order) that are invoices
    outside the ledger; none without `invoice_numbers` in creditor.yaml."""
    if not creditor.invoice_numbers or bank is None or not bank.unmatched:
        return ()
    own = OwnInvoices(creditor.invoice_numbers, (claim.debtor for claim in claims))
    found = []
    for item, candidates in zip(bank.unmatched, likely, strict=True):
        if candidates or item.named or item.near is not None or item.entry.parts:
            continue
        numbers = own.outside(item.entry.text)
        if numbers:
            found.append(Outside(item, numbers, own.swapped(numbers)))
    return tuple(found)


def outside_of_claims(bank: Reconciliation | None, claims: Sequence[Claim], creditor: Creditor) -> tuple[Outside, ...]:
    """`outside_ledger`, the likely dossiers found here (incasso check draws no overview to find them for)."""
    if not creditor.invoice_numbers or bank is None or not bank.unmatched:
        return ()
    index = Candidates((Row(claim, (), "", "") for claim in claims), bank)
    return outside_ledger(bank, [index.of(item) for item in bank.unmatched], creditor, claims)
