"""The creditor's own invoice numbers a credit's text names (creditor.yaml's `invoice_numbers`), and whether the
ledger holds them: a credit of an invoice that was paid on time, and so was never written in the ledger, names
one the ledger does not hold. A credit note's number counts as the ledger's: many bookkeepers number credit notes
in the invoices' series, and a payer who names one (a refund to settle, a rest paid after it) is a dossier's."""

from __future__ import annotations

from collections.abc import Iterable

from incasso.ledger.invoice_masks import as_the_mask_writes, mask_pattern, numbers_of
from incasso.ledger.model import Debtor
from incasso.payments.reference import letters_and_digits


class OwnInvoices:
    """The masks, compiled once, and the ledger's invoice and credit note numbers by their letters and digits."""

    def __init__(self, masks: Iterable[str], debtors: Iterable[Debtor]) -> None:
        self.patterns = [(mask, mask_pattern(mask)) for mask in masks]
        # Each number by its letters and digits: as written, and whose dossier it is.
        self.in_ledger = {
            letters_and_digits(number): (number, debtor.id) for debtor in debtors for number in numbers_of(debtor)
        }

    def named(self, text: str) -> tuple[str, ...]:
        """The numbers of the creditor's form the text names, as the masks write them, each once, in the text's
        order."""
        found = sorted(
            (m.start(), as_the_mask_writes(mask, m.group()))
            for mask, pattern in self.patterns
            for m in pattern.finditer(text)
        )
        return tuple(dict.fromkeys(number for _, number in found))

    def outside(self, text: str) -> tuple[str, ...]:
        """The numbers of the creditor's form the text names when the ledger holds none of them; () when it names
        none, or one the ledger holds (then the credit may well be that dossier's: staff look)."""
        named = self.named(text)
        if any(letters_and_digits(number) in self.in_ledger for number in named):
            return ()
        return named

    def swapped(self, numbers: Iterable[str]) -> tuple[tuple[str, str], ...]:
        """The ledger's numbers (with their dossiers) that `numbers` are with two neighbouring digits swapped
        (F2026-0213 for F2026-0231): the typo a payer makes most that no rule tells from a number of its own. Only
        a hint for staff: one digit changed would fit nearly every number of a series, and so tell nothing."""
        found = []
        for number in numbers:
            key = letters_and_digits(number)
            for at in range(len(key) - 1):
                first, second = key[at], key[at + 1]
                if first != second and first.isdigit() and second.isdigit():
                    held = self.in_ledger.get(key[:at] + second + first + key[at + 2 :])
                    if held is not None and held not in found:
                        found.append(held)
        return tuple(found)
