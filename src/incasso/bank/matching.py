"""Which dossier a credit pays: by its structured reference, an RF reference in its text, or an invoice number.

The rules, in this order:
1. the structured creditor reference (SCOR) is a dossier's RF reference;
2. the free text holds a dossier's RF reference, whatever its spacing or case;
3. the free text holds an invoice number of the ledger (the payment then names that invoice).
A credit that names several dossiers, by any mix of the three (one dossier's reference and another's
invoice number, say), is matched to none: staff decide.
Lookups go through dictionaries built once, so matching costs the same for 10 or 10,000 dossiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from incasso.bank.entry import BankEntry
from incasso.ledger.model import Debtor
from incasso.payments.reference import RF_BODY_MAX, letters_and_digits, rf_reference

_RF = re.compile(r"R[ \t]*F", re.IGNORECASE)
_SEPARATORS = " \t-.:"  # what payers put inside a reference: "RF18 5390 0754 7034", "rf18-5390..."
_WORD = re.compile(r"[A-Za-z0-9]+")
_AMOUNT_AFTER = re.compile(r"[,.][0-9]")
_MAX_WORDS = 6  # an invoice number written in at most this many pieces ("F 2026 0142")
# A number in a transfer text counts from this many letters and digits: a shorter one ("17", "F17",
# "2026") turns up in texts that mean something else (a house number, a year) and would book one
# debtor's money to another's invoice. Without its letters ("2026-0142" for "F2026-0142") the same.
_MIN_BARE = 5
_DATE = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")


class MatchRule(StrEnum):
    STRUCTURED = "structured_reference"
    TEXT_REFERENCE = "text_reference"
    INVOICE = "invoice_number"


@dataclass(frozen=True)
class Found:
    """The dossier a credit pays, by which rule, and the invoice it names (if exactly one)."""

    debtor_id: str
    rule: MatchRule
    invoice: str | None


class Index:
    """The ledger's references and invoice numbers, looked up by what a payer writes."""

    def __init__(self, debtors: tuple[Debtor, ...]) -> None:
        # A reference is "RF", two check digits and the id's letters and digits: look the dossier up by
        # those, and compute its reference only for a candidate (computing 10,000 up front costs more).
        self.by_body = {letters_and_digits(d.id): d.id for d in debtors}
        self.references: dict[str, str] = {}
        self.by_invoice: dict[str, tuple[str, str]] = {}
        # A short number names an invoice only once its dossier is known (by its reference, rules 1 and 2).
        self.short: dict[str, dict[str, str]] = {}
        bare: dict[str, list[tuple[str, str]]] = {}
        for debtor in debtors:
            for invoice in debtor.invoices:
                key = letters_and_digits(invoice.number)
                if len(key) < _MIN_BARE:
                    self.short.setdefault(debtor.id, {})[key] = invoice.number
                    continue  # never found in every "Merelstraat 17" of another dossier's payer
                self.by_invoice[key] = (debtor.id, invoice.number)
                stripped = key.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                if stripped != key and len(stripped) >= _MIN_BARE:
                    bare.setdefault(stripped, []).append((debtor.id, invoice.number))
        # A bare number counts only when it is no other invoice's number, bare or whole.
        self.by_bare = {k: v[0] for k, v in bare.items() if len(v) == 1 and k not in self.by_invoice}

    def match(self, entry: BankEntry) -> Found | tuple[str, ...]:
        """The dossier the credit pays, or the dossiers it could pay (none, or several it names).

        The first rule that finds a dossier says which rule matched; every rule is asked all the same, and a
        credit that names another dossier too (its reference, or an invoice of it) pays neither: the payer
        named two (art. 6:43 BW), and only staff can tell how much is whose.
        """
        invoices = self.invoices_in(entry.text)
        structured = self.owner(entry.creditor_reference or "")
        in_text = self.owners_in(entry.text)
        named = {debtor_id for debtor_id, _ in invoices} | set(in_text)
        if structured is not None:
            owner, rule = structured, MatchRule.STRUCTURED
        elif in_text:
            owner, rule = in_text[0], MatchRule.TEXT_REFERENCE
        elif invoices:
            owner, rule = invoices[0][0], MatchRule.INVOICE
        else:
            return ()
        if named - {owner}:
            return tuple(sorted(named | {owner}))
        # Its own short invoice numbers count once its reference has named it (rules 1 and 2).
        short = self.short_in(owner, entry.text) if rule != MatchRule.INVOICE else []
        own = {number for _, number in invoices + short}
        return Found(owner, rule, own.pop() if len(own) == 1 else None)

    def short_in(self, debtor_id: str, text: str) -> list[tuple[str, str]]:
        """The dossier's own short invoice numbers ("17", "F18") written in `text`, as whole words."""
        short = self.short.get(debtor_id)
        if not short:
            return []
        return [
            (debtor_id, short[word.group().upper()])
            for word in _WORD.finditer(text)
            if word.group().upper() in short and not _AMOUNT_AFTER.match(text, word.end())
        ]

    def owner(self, reference: str) -> str | None:
        """The dossier whose RF reference `reference` (compact, upper case) is, or None."""
        debtor_id = self.by_body.get(reference[4:]) if reference.startswith("RF") else None
        if debtor_id is None:
            return None
        if debtor_id not in self.references:
            self.references[debtor_id] = rf_reference(debtor_id)
        return debtor_id if self.references[debtor_id] == reference else None

    def owners_in(self, text: str) -> list[str]:
        """The dossiers whose RF reference is written in `text`, with any spacing, in any case."""
        found = []
        for start in _RF.finditer(text):
            body = _reference_body(text, start.end())
            # The longest of the ledger's references the characters begin with: the payer may
            # have run the reference into the next word ("RF18 5390 0754 7034betaling").
            for length in range(len(body), 2, -1):
                owner = self.owner("RF" + body[:length])
                if owner is not None:
                    found.append(owner)
                    break
        return found

    def invoices_in(self, text: str) -> list[tuple[str, str]]:
        """(debtor id, invoice number) for each of the ledger's invoice numbers written in `text`.

        A number may be written in pieces ("F 2026 0142") but must start and end at
        word boundaries, and a number followed by decimals is an amount, not an invoice.
        """
        words = list(_WORD.finditer(text))
        found: list[tuple[str, str]] = []
        for i in range(len(words)):
            joined = ""
            for j in range(i, min(i + _MAX_WORDS, len(words))):
                joined += words[j].group().upper()
                hit = self.by_invoice.get(joined)
                if hit is None and (bare := self.by_bare.get(joined)) is not None:
                    # "2026-11-05" is a date before it is invoice F2026-1105 without its letters.
                    hit = None if _is_date(text[words[i].start() : words[j].end()]) else bare
                if hit and not (joined.isdigit() and _AMOUNT_AFTER.match(text, words[j].end())):
                    found.append(hit)
        return found


def _is_date(written: str) -> bool:
    """Whether `written` is a day as people write one: 2026-11-05, 5-11-2026, 05/11/2026, 5.11.2026."""
    found = _DATE.fullmatch(written)
    if found is None:
        return False
    year, month, day = (found[1], found[2], found[3]) if found[1] else (found[6], found[5], found[4])
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _reference_body(text: str, at: int) -> str:
    """The letters and digits after "RF", across the separators payers put in, at most a reference long."""
    body: list[str] = []
    for char in text[at:]:
        if char.isascii() and char.isalnum():
            body.append(char.upper())
            if len(body) == RF_BODY_MAX + 2:
                break
        elif char not in _SEPARATORS:
            break
    return "".join(body)
