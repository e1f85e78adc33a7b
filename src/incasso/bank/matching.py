"""Which dossier a credit pays: by its structured reference, an RF reference in its text, or an invoice number.

The rules, in this order:
1. the structured creditor reference (SCOR) is a dossier's RF reference;
2. the free text holds a dossier's RF reference, whatever its spacing or case;
3. the free text holds an invoice number of the ledger (the payment then names that invoice), on its own:
   split only where the number is ("F 2026 0142", "F2026:0142"), and no part of an amount or a longer number.
   A list that goes on with its last piece ("F2026-0142 en 0143") names the invoices of that dossier those
   complete; a tail never finds a dossier.
A short invoice number ("17", "F18") names its invoice only once rule 1 or 2 found the dossier, and only
where the text says it is one (`Index.short_in`).
A credit that names several dossiers, by any mix of the three (one dossier's reference and another's
invoice number, say), is matched to none: staff decide. So is one that names a dossier and holds another's
reference with other check digits (below): it points to two.
A credit none of them places may still hold a dossier's reference with other check digits ("RF80 D000 5" for
RF08 D0005, "RF D0005"): the body is the dossier's, but a mistyped reference may be anyone's, so it is never
assigned; `Index.near_owner` names the dossier for staff to look at (incasso.staff.candidates).
Lookups go through dictionaries built once, so matching costs the same for 10 or 10,000 dossiers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from incasso.bank.entry import BankEntry
from incasso.ledger.model import Debtor
from incasso.payments.reference import RF_BODY_MAX, letters_and_digits, rf_reference

_RF = re.compile(r"R[ \t]*F", re.IGNORECASE)
_SEPARATORS = " \t-.:"  # what payers put inside a reference: "RF18 5390 0754 7034", "rf18-5390..."
_WORD = re.compile(r"[A-Za-z0-9]+")
_MAX_WORDS = 6  # an invoice number written in at most this many pieces ("F 2026 0142")
# Between the pieces of one invoice number: "F 2026 0142", "2026-0142", "2026/0142", "F.2026", "F2026:0142". A
# dot, comma or colon between two digits before at most `_GROUP_MAX` digits only where the number has one
# (`_fits`): else it is an amount's, its decimals or a thousands group ("123,45", "12.345"), or a time's
# ("12:30"); before more ("2026.0142", "2026:0142") it is none.
_PIECE_GAP = re.compile(r"\s*[-/._,:]?\s*")
_GROUP_MAX = 3
_AMOUNT_MARKS = (".", ",", ":")
_PIECES = re.compile(r"([^A-Za-z0-9]*)([A-Za-z]+|[0-9]+)")  # an invoice number's letters and digits, marks before
# A number in a transfer text counts from this many letters and digits: a shorter one ("17", "F17",
# "2026") turns up in texts that mean something else (a house number, a year) and would book one
# debtor's money to another's invoice. Without its letters ("2026-0142" for "F2026-0142") the same.
_MIN_BARE = 5
# A list goes on with an invoice number's last piece of digits alone, of at least this many ("F2026-0142 en
# 0143"): a shorter piece ("04" of F2025-10-04) is anything ("F2025-10-04 en 12 november").
_MIN_TAIL = 3
_POSTCODE = re.compile(r"[1-9][0-9]{3}\s?[A-Za-z]{2}\b")  # "1234 AB": an address's, no invoice's tail
# What says the number after it is an invoice's: "factuur 17", "fact. 17", "inv: 17".
_INVOICE_WORDS = frozenset(
    {"FACTUUR", "FACTUREN", "FACT", "FACTUURNR", "FACTUURNUMMER", "FACTUURNUMMERS", "FNR", "NOTA"}  # Dutch
    | {"INVOICE", "INVOICES", "INV"}  # English
)
_APOSTROPHES = frozenset("'’‘`´")  # "nota's", "nota’s": the word's plural, read as the word
# A number of anything ("klant nr 17", "order #19"): an invoice's only after no other noun ("factuur nr 17").
_NUMBER_WORDS = frozenset({"NR", "NRS", "NO", "NOS", "NUMMER", "NUMMERS", "NUMBER", "NUMBERS"})
_KIND_GAP = re.compile(r"\s*[-.:]{0,2}\s*#?\s*")  # "KvK-nummer 12345", "klant nr. 12345", "KvK: 12345"
# Another kind of number: a number after one ("ordernr 12345", "klantnummer 12345", "KvK 12345", "postbus
# 12345", "klant nr. 12345") is that, whatever invoice of the ledger it also spells. A dossier's number too,
# ours (the letters' "Klantnummer") or another collector's: ours is found by its RF reference, never so. Not
# "kenmerk" or "ref": the letters call the payment reference so, and payers write the invoice's number after it.
_OTHER_NUMBERS = frozenset(
    {"ORDER", "ORDERNR", "ORDERNUMMER", "BESTELLING", "BESTELNR", "BESTELNUMMER", "KLANT", "KLANTNR", "KLANTNUMMER",
     "KLANTCODE", "KL", "KLNR", "DEBITEUR", "DEBITEURNR", "DEBITEURNUMMER", "DEB", "DEBNR", "RELATIE", "RELATIENR",
     "RELATIENUMMER", "RELNR", "CLIENT", "CLIENTNR", "CLIENTNUMMER", "PATIENT", "PATIENTNR", "PATIENTNUMMER",
     "LID", "LIDNR", "LIDNUMMER", "POLIS", "POLISNR", "POLISNUMMER", "CONTRACT", "CONTRACTNR", "CONTRACTNUMMER",
     "ABONNEMENT", "ABONNEMENTSNR", "ABONNEMENTSNUMMER", "DOSSIER", "DOSSIERNR", "DOSSIERNUMMER", "ZAAK", "ZAAKNR",
     "ZAAKNUMMER", "BOEKING", "BOEKINGSNR", "BOEKINGSNUMMER", "RESERVERING", "RESERVERINGSNR", "RESERVERINGSNUMMER",
     "TRANSACTIE", "TRANSACTIENR", "TRANSACTIENUMMER", "STUDENTNR", "STUDENTNUMMER", "LEERLINGNR",
     "LEERLINGNUMMER", "PERSONEELSNR", "PERSONEELSNUMMER", "PAS", "PASNR", "PASNUMMER", "ARTIKEL", "ARTIKELNR",
     "ARTIKELNUMMER", "KVK", "KVKNR", "KVKNUMMER", "BTW", "BTWNR", "BTWNUMMER", "BSN", "POSTBUS", "HUISNR",
     "HUISNUMMER", "POSTCODE", "TEL", "TELNR", "TELEFOON", "TELEFOONNR", "TELEFOONNUMMER", "MOBIEL", "GSM", "FAX",
     "REKENING", "REKNR", "REKENINGNR", "REKENINGNUMMER", "IBAN"}  # Dutch
    | {"CUSTOMER", "MEMBER", "MEMBERSHIP", "ACCOUNT", "PHONE", "MOBILE", "POLICY", "BOX", "PO", "BOOKING",
       "RESERVATION", "TRANSACTION", "SUBSCRIPTION", "SUBSCRIBER", "TICKET", "STUDENT", "EMPLOYEE", "CASE",
       "VAT"}  # English
)  # fmt: skip
_MARK_GAP = re.compile(r"\s*[.:]{0,2}\s*#?\s*")  # between the word and the number: "fact.17", "factuur: #17"
_LIST_GAP = re.compile(r"\s*[,&+/;]?\s*")  # between the numbers of a list: "17, 18 & 19", "17/18"
_CONNECTORS = frozenset({"EN", "AND", "OF", "OR"})  # "17 en 18", "17, 18 of 19"
# What a number counts or orders ("2 termijnen", "2e termijn", "3 maanden"): such a number is no list's member.
_COUNTED = frozenset(
    {"TERMIJN", "TERMIJNEN", "MAAND", "MAANDEN", "KEER", "DEEL", "DELEN", "BETALING", "BETALINGEN"}  # Dutch
    | {"INSTALMENT", "INSTALMENTS", "INSTALLMENT", "INSTALLMENTS", "MONTH", "MONTHS", "TIMES", "PAYMENT"}
    | {"PAYMENTS", "PART", "PARTS"}  # English
)
# An amount: "7,50", "17,-", "17 euro", "€ 17"; its parts are no invoice's number (in "17 EUR 7,50" the EUR is 7,50's).
_MONEY_AFTER = re.compile(r"[,.][0-9-]|\s*(?:€|eur(?:os?)?\b)(?!\s*[0-9])", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:€|\beur|\beuro)\s*$|[0-9][,.]$", re.IGNORECASE)
# Part of a day, a range or a longer number: "3-11", "17/11", "17-20", "17 t/m 20", "17-A". The group: a number
# after or before a slash, a day's with it or not ("17/18" is none: a list, where a list may stand).
_RANGE = r"\s*(?:-|t/m|tm|tot(?:\s+en\s+met)?|to|till|until|through|thru)\s*"
_JOINED_AFTER = re.compile(rf"-[A-Za-z0-9]|{_RANGE}[0-9]|/([0-9]+)", re.IGNORECASE)
_JOINED_BEFORE = re.compile(rf"[A-Za-z0-9]-$|[0-9]{_RANGE}$|([0-9]+)/$", re.IGNORECASE)
_DATE = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")


# (debtor id, invoice number) a text names; None for a number of the dossier's that is none of its invoices.
_Named = tuple[str, str | None]


class MatchRule(StrEnum):
    STRUCTURED = "structured_reference"
    TEXT_REFERENCE = "text_reference"
    INVOICE = "invoice_number"


@dataclass(frozen=True)
class Found:
    """The dossier a credit pays, by which rule, and the invoice it names (exactly one) or the invoices
    (two or more, in the text's order): the payment names them (art. 6:43 lid 1 BW)."""

    debtor_id: str
    rule: MatchRule
    invoice: str | None
    invoices: tuple[str, ...] = ()


def named_found(owner: str, rule: MatchRule, numbers: tuple[str | None, ...]) -> Found:
    """The match of `owner` naming `numbers`: one invoice, several, or none when one of them is none of its
    invoices (None)."""
    if None in numbers or not numbers:
        return Found(owner, rule, None)
    if len(numbers) == 1:
        return Found(owner, rule, numbers[0])
    return Found(owner, rule, None, tuple(n for n in numbers if n is not None))


@dataclass(frozen=True)
class _Run:
    """Words `first` to `last` of a text that together are an invoice's number: `hit`, (debtor id, number)."""

    first: int
    last: int
    hit: tuple[str, str]


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
        named two (art. 6:43 BW), and only staff can tell how much is whose. Nor does one that holds another
        dossier's reference with other check digits (`near_owner`): it gives the one it names, the near one is
        found apart.
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
        if self.near_owner(f"{entry.text} {entry.creditor_reference or ''}") not in (None, owner):
            # Another dossier's reference with other check digits beside it: the text points to two, and a typo in
            # the one may be as likely as the other is right. Staff decide: this one named, that one near
            # (reconcile's Unmatched.near), each listed with its reason.
            return (owner,)
        # Its own short invoice numbers count once its reference has named it (rules 1 and 2), where the text
        # says they are invoices' numbers.
        short = self.short_in(owner, entry.text) if rule != MatchRule.INVOICE else []
        # A list that goes on with a tail that is none of its invoices (None) names no invoice: the payer meant
        # something the text does not say. Several of its invoices: the payment names each.
        own = tuple(dict.fromkeys(number for _, number in [*invoices, *short]))
        return named_found(owner, rule, own)

    def invoices_named(self, entry: BankEntry, owners: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Per dossier of `owners` (those a credit that names several names), the invoices of it the credit
        names, as `match` would name them were the credit that dossier's alone: its invoice numbers in the text,
        and its short ones where its reference names it; none where a number of it is none of its invoices.
        Staff who split the credit paste each part with them, so it pays what the payer named (art. 6:43 BW)."""
        numbers: dict[str, list[str | None]] = {owner: [] for owner in owners}
        for debtor_id, number in self.invoices_in(entry.text):
            if debtor_id in numbers:
                numbers[debtor_id].append(number)
        referenced = {*self.owners_in(entry.text), self.owner(entry.creditor_reference or "")}
        for debtor_id in numbers.keys() & referenced:
            numbers[debtor_id] += [number for _, number in self.short_in(debtor_id, entry.text)]
        found = {owner: named_found(owner, MatchRule.INVOICE, tuple(dict.fromkeys(n))) for owner, n in numbers.items()}
        named = {owner: (f.invoice,) if f.invoice else f.invoices for owner, f in found.items()}
        return tuple((owner, invoices) for owner, invoices in named.items() if invoices)

    def short_in(self, debtor_id: str, text: str) -> list[tuple[str, str]]:
        """The dossier's own short invoice numbers ("17", "F18") that `text` says are invoices' numbers.

        Each a whole word, never part of an amount ("7,50", "17,-") or of a day or range ("3-11", "17/11",
        "17-20"), and only: the only thing in the text besides the dossier's reference ("RF18 5390 0754 7034
        17"), or after an invoice word, alone or in a list ("factuur 17", "nr.17", "#17", "facturen 17, 18
        & 19", "fact 17/18"). A list that holds, after a separator or "en", a number that is no invoice of the
        dossier names none of its numbers: the payer meant something we cannot read ("factuur 17/18" without an
        invoice 18); after a plain space such a number ends the list ("factuur 17 2e termijn"). Else
        "Merelstraat 17", "7,50" or "betaling 3-11" would name invoice 17, 50 or 11, and move the payment
        away from the invoice the law's order would pay.
        """
        short = self.short.get(debtor_id)
        if not short:
            return []
        words = _words(text)
        sole = [w for w in words[:1] + words[-1:] if self._sole(debtor_id, text, w)]
        if sole:
            return [(debtor_id, short[sole[0].group().upper()])]
        lists = [self._listed(short, text, words, k) for k in range(len(words)) if _introduced(text, words, k)]
        return [(debtor_id, number) for numbers in lists for number in numbers]

    def _sole(self, debtor_id: str, text: str, word: re.Match[str]) -> bool:
        """Whether `word` is the dossier's short number and the only thing in `text` besides its reference."""
        if word.group().upper() not in self.short[debtor_id] or not _alone(text, word.span()):
            return False
        rest = letters_and_digits(text[: word.start()] + " " + text[word.end() :])
        return rest == "" or rest == self._reference(debtor_id)

    def _listed(self, short: dict[str, str], text: str, words: list[re.Match[str]], k: int) -> list[str]:
        """The short invoice numbers of the list that starts at word `k` ("17", "17 en 18", "17/18"); none
        when a separator or "en" puts a number in it that is no invoice of the dossier (another's long number:
        staff decide anyway). Such a number after a plain space, or one that counts ("2 termijnen"), ends it:
        "factuur 17 2e termijn", "factuur 17 2026" and "factuur 17 en 2 termijnen" name 17."""
        numbers: list[str] = []
        separated = False  # whether a separator or connector, not just a space, stands before word `k`
        while k < len(words) and _alone(text, words[k].span()):
            word = words[k].group().upper()
            if word in short:
                numbers.append(short[word])
            elif word in self.by_invoice or word in self.by_bare:
                pass  # a long one: invoices_in names it
            elif not any(c.isdigit() for c in word) or not separated or _counts(words, k):
                break  # a word, a year, a count: the list has ended
            else:
                return []
            k, separated = _next_in_list(text, words, k)
        return numbers

    def owner(self, reference: str) -> str | None:
        """The dossier whose RF reference `reference` (compact, upper case) is, or None."""
        debtor_id = self.by_body.get(reference[4:]) if reference.startswith("RF") else None
        if debtor_id is None:
            return None
        return debtor_id if self._reference(debtor_id) == reference else None

    def _reference(self, debtor_id: str) -> str:
        if debtor_id not in self.references:
            self.references[debtor_id] = rf_reference(debtor_id)
        return self.references[debtor_id]

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

    def near_owner(self, text: str) -> str | None:
        """The one dossier whose reference body `text` holds after "RF" with other check digits, or none
        ("RF80 D000 5" for RF08 D0005; "RF D0005" without any): what a payer who swapped or left out the check
        digits wrote. Read with and without two digits after "RF", and only to where a word could end (a
        space, a letter after a digit or a digit after a letter, the text's end): "RF80 D12" is D-12's, not
        D-1's. None when it reads as two dossiers' (D-1's and D-12's in "RF80 D1 2e"): a likely payer is one.
        The dossier's own reference is no near one: rule 2 matched it, or it names others too."""
        found: set[str] = set()
        for start in _RF.finditer(text):
            if start.start() and text[start.start() - 1].isalpha():
                continue  # the end of a word ("werf D10", "Tarf"): no reference a payer typed
            body, ends = _reference_chars(text, start.end())
            for skip in (0, 2) if body[:2].isdigit() else (0,):
                for end in range(skip + 1, len(body) + 1):
                    if skip == 0 and body[:end].isdigit():
                        continue  # digits with no check digits before them ("rf 2026", "RF10 01"): too weak a sign
                    ended = _group_ends(body, ends, skip, end) if end in ends else _word_end(body, end)
                    owner = self.by_body.get(body[skip:end]) if ended else None
                    if owner is not None and self._reference(owner) != "RF" + body[:end]:
                        found.add(owner)
        return found.pop() if len(found) == 1 else None

    def invoices_in(self, text: str) -> list[_Named]:
        """(debtor id, invoice number) for each of the ledger's invoice numbers written in `text`, and for each
        tail a list goes on with (`_tails`); (debtor id, None) for a tail that is none of that dossier's.

        A number may be written in pieces ("F 2026 0142"), split where the number is split (`_fits`), and
        must stand on its own (`_on_its_own`): "bedrag 123,45", "EUR 12345,-" and "06 12345 678" do not
        name invoice 12345, and read so would book one debtor's money to another's dossier.
        """
        words = _words(text)
        runs = self._runs(text, words)
        starts, ends = {run.first for run in runs}, {run.last for run in runs}
        found: list[_Named] = []
        for run in runs:
            if _on_its_own(text, words, run, starts, ends):
                found.append(run.hit)
                found += self._tails(text, words, run, starts)
        return found

    def _tails(self, text: str, words: list[re.Match[str]], run: _Run, starts: set[int]) -> list[_Named]:
        """The list after the invoice number at `run` that goes on with its last piece alone ("F2026-0142 en
        0143", "F2026-0142, 0143 & 0144", "2026-0142/0143"): (debtor id, invoice) for each piece that completes
        an invoice of the same dossier, (debtor id, None) for one that completes none of it (another dossier's
        or none: a tail never names another dossier). Only a piece of as many digits, standing on its own
        after a separator or "en", and no count ("en 2 termijnen") nor group of a longer number ("& 0612 345
        678"): anything else ends the list."""
        k, separated = _next_in_list(text, words, run.last)
        if not separated:
            return []  # most numbers end their list: spare them the number's pieces
        debtor_id, number = run.hit
        key, breaks = letters_and_digits(number), _breaks(number)
        size = len(key) - max(breaks, default=len(key))
        if size < _MIN_TAIL or not key[-size:].isdigit():
            return []
        tails: list[_Named] = []
        while separated and k < len(words) and k not in starts and _tail(text, words, k, size):
            hit = self.by_invoice.get(key[:-size] + words[k].group())
            tails.append((debtor_id, hit[1] if hit and hit[0] == debtor_id else None))
            k, separated = _next_in_list(text, words, k)
        return tails

    def _runs(self, text: str, words: list[re.Match[str]]) -> list[_Run]:
        """The invoice numbers written in the words, each in at most `_MAX_WORDS` pieces, split where it is."""
        pieces = [word.group().upper() for word in words]
        marks = [_mark(text[a.end() : b.start()]) for a, b in zip(words, words[1:], strict=False)]
        runs = []
        for i in range(len(words)):
            joined, splits = pieces[i], []
            for j in range(i, min(i + _MAX_WORDS, len(words))):
                if j > i:
                    if (mark := marks[j - 1]) is None:
                        break
                    splits.append((len(joined), mark))
                    joined += pieces[j]
                if joined not in self.by_invoice and joined not in self.by_bare:
                    continue  # most joins are no number: spare them the checks below
                hit = self._hit(text[words[i].start() : words[j].end()], joined)
                if hit and _fits(hit[1], joined, splits):
                    runs.append(_Run(i, j, hit))
        return runs

    def _hit(self, written: str, joined: str) -> tuple[str, str] | None:
        """(debtor id, invoice number) whose letters and digits are `joined`, whole or without its letters."""
        hit = self.by_invoice.get(joined)
        if hit is None and (bare := self.by_bare.get(joined)) is not None:
            # "2026-11-05" is a date before it is invoice F2026-11-05 without its letters.
            hit = None if _is_date(written) else bare
        return hit


def _words(text: str) -> list[re.Match[str]]:
    """The text's words: runs of ASCII letters and digits, what invoice numbers are looked for in."""
    return list(_WORD.finditer(text))


def _introduced(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether the text says word `k` is an invoice's number: it follows an invoice word ("factuur 17",
    "fact.17", "factuur: #17"), or a number word or "#" that follows no other noun ("nr 17", "#17", "factuur
    nr. 17", "RF.. nr 17"; not "klant nr 17", "order #19")."""
    before = words[k - 1] if k else None
    gap = text[before.end() if before else 0 : words[k].start()]
    if before is None or not _MARK_GAP.fullmatch(gap):
        return before is None and gap.strip() == "#"
    word = _noun(text, words, k - 1)
    if word in _INVOICE_WORDS:
        return True
    if word in _NUMBER_WORDS:
        return _no_noun_before(text, words, k - 1)
    return "#" in gap and _no_noun_before(text, words, k)


def _no_noun_before(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether the word before word `k` is no noun a number word could be of: none, an invoice or number
    word, or a number (the reference's last group)."""
    if k == 0:
        return True
    word = _noun(text, words, k - 1)
    return word in _INVOICE_WORDS or word in _NUMBER_WORDS or any(c.isdigit() for c in word)


def _noun(text: str, words: list[re.Match[str]], i: int) -> str:
    """Word `i` in upper case; for the "s" of a plural or genitive with an apostrophe ("nota's", "factuur's",
    "nota’s"), the word it ends: "NOTA"."""
    word = words[i].group().upper()
    if word == "S" and i > 0 and text[words[i - 1].end() : words[i].start()] in _APOSTROPHES:
        return words[i - 1].group().upper()
    return word


def _next_in_list(text: str, words: list[re.Match[str]], k: int) -> tuple[int, bool]:
    """The index of the word after word `k` that continues its list ("17, 18", "17 en 18", "17/18"), or
    past the last word when the list ends there; and whether a separator or connector stands before it
    ("17, 18", "17 en 18"), not only a space ("17 18")."""
    j = k + 1
    connector = j + 1 < len(words) and words[j].group().upper() in _CONNECTORS
    if connector:
        j += 1  # "17 en 18": both gaps beside "en" must be a list's
    gaps = [text[words[i].end() : words[i + 1].start()] for i in range(k, min(j, len(words) - 1))]
    if not (gaps and all(_LIST_GAP.fullmatch(gap) for gap in gaps)):
        return len(words), False
    return j, connector or any(gap.strip() for gap in gaps)


def _tail(text: str, words: list[re.Match[str]], k: int, size: int) -> bool:
    """Whether word `k` can be an invoice number's last piece of `size` digits, written alone in a list: as
    many digits, on its own (`_alone`), no count ("2 termijnen"), postcode ("1234 AB") or group of a longer
    number ("0612 345")."""
    word = words[k]
    if len(word.group()) != size or not word.group().isdigit() or not _alone(text, word.span()):
        return False
    if _POSTCODE.match(text, word.start()):
        return False
    return not (_counts(words, k) or (k + 1 < len(words) and _continues(text, word, words[k + 1])))


def _counts(words: list[re.Match[str]], k: int) -> bool:
    """Whether word `k` is a number of what the next word names: "2 termijnen", "2e termijn", "3 maanden"."""
    return k + 1 < len(words) and words[k + 1].group().upper() in _COUNTED


def _mark(gap: str) -> str | None:
    """The mark between two pieces of one invoice number ("" for spaces), or None when `gap` joins none."""
    return gap.strip() if _PIECE_GAP.fullmatch(gap) else None


def _alone(text: str, span: tuple[int, int]) -> bool:
    """Whether the word(s) at `span` stand on their own: no part of an amount ("7,50", "17,-", "€ 17", "17
    euro"), a day, a range or a longer number ("3-11", "17/11", "5/11/2026", "17-20", "17 t/m 20", "17-A").
    "17/18" is no day: a list of two, where a list may stand."""
    start, end = span
    if _MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(text, 0, start):
        return False
    after, before = _JOINED_AFTER.match(text, end), _JOINED_BEFORE.search(text, 0, start)
    if after and (after[1] is None or _day_month(text[start:end], after[1])):
        return False
    return not (before and (before[1] is None or _day_month(before[1], text[start:end])))


def _fits(number: str, joined: str, splits: list[tuple[int, str]]) -> bool:
    """Whether `joined`, split at `splits` (where in it, the mark there), is `number` split where the number is
    split: at a mark of it or between its letters and digits ("F 2026 0142", "2026/0142" for F2026-0142; not
    "123 45" or "12-345" for 12345, two numbers). A dot or comma between two digits, before at most three, is
    an amount's ("123,45", "12.345") unless the number has one there; before four or more it is a separator
    inside the number ("2026.0142" for F2026-0142)."""
    breaks = _breaks(number)
    lacking = len(letters_and_digits(number)) - len(joined)  # the letters a bare number is written without
    ends = [at for at, _ in splits[1:]] + [len(joined)]  # where the piece after each split ends
    for (at, mark), end in zip(splits, ends, strict=False):
        if at + lacking not in breaks:
            return False
        if _decimal(mark, joined[at - 1], joined[at:end]) and mark not in breaks[at + lacking]:
            return False
    return True


def _decimal(mark: str, before: str, piece: str) -> bool:
    """Whether `mark`, between the digit `before` and the piece after it, is an amount's decimal or thousands
    separator or a time's: a dot, comma or colon before at most `_GROUP_MAX` digits ("123,45", "12.345",
    "12:30"; not "2026.0142" or "2026:0142")."""
    digits = len(piece) - len(piece.lstrip("0123456789"))
    return mark in _AMOUNT_MARKS and before.isdigit() and 0 < digits <= _GROUP_MAX


def _breaks(number: str) -> dict[int, str]:
    """Where an invoice number may be written apart, by position in its letters and digits, with the marks it
    has there: {1: "", 5: "-"} for F2026-0142."""
    breaks, at = {}, 0
    for marks, piece in _PIECES.findall(number):
        if at:
            breaks[at] = marks
        at += len(piece)
    return breaks


def _on_its_own(text: str, words: list[re.Match[str]], run: _Run, starts: set[int], ends: set[int]) -> bool:
    """Whether the invoice number at `run` is one of its own: no part of an amount, day or range (`_alone`),
    nor a group of a longer number written in groups of digits ("06 12345 678", "NL72 RABO 2026 0001 23").
    A group that is another invoice's number of the ledger is that ("12345 12346" names both)."""
    first, last = words[run.first], words[run.last]
    if not _alone(text, (first.start(), last.end())) or _of_another_kind(text, words, run.first):
        return False
    k, m = run.first - 1, run.last + 1
    before = k >= 0 and k not in ends and _continues(text, first, words[k])
    after = m < len(words) and m not in starts and _continues(text, last, words[m])
    return not (before or after)


def _of_another_kind(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether the number starting at word `k` follows a word naming another kind of number ("ordernr 12345",
    "klant nr. 12345", "KvK: 12345"), with at most a number word and marks between."""
    while k > 0 and _KIND_GAP.fullmatch(text[words[k - 1].end() : words[k].start()]):
        word = _whole_word(text, words[k - 1])
        if word in _OTHER_NUMBERS:
            return True
        if word not in _NUMBER_WORDS:
            return False
        k -= 1
    return False


def _whole_word(text: str, word: re.Match[str]) -> str:
    """`word` in upper case, with the letters beside it that are no ASCII, their accents dropped: the "nt" of
    "cliënt" is read as "CLIENT"."""
    start, end = word.span()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    if (start, end) == word.span():
        return word.group().upper()
    return "".join(c for c in unicodedata.normalize("NFKD", text[start:end]) if c.isascii()).upper()


def _continues(text: str, word: re.Match[str], neighbour: re.Match[str]) -> bool:
    """Whether `neighbour`, the word just before or after `word`, is the next group of digits of one longer
    number: all digits, beside a digit of `word`, apart from it by spaces only, and no amount or day of its
    own ("12345 2e termijn", "12345 17,50" and "12345 18-11-2026" are no longer number)."""
    if not (neighbour.group().isdigit() and _alone(text, neighbour.span())):
        return False
    left, right = (neighbour, word) if neighbour.start() < word.start() else (word, neighbour)
    return left.group()[-1].isdigit() and right.group()[0].isdigit() and text[left.end() : right.start()].isspace()


def _day_month(day: str, month: str) -> bool:
    """Whether two numbers can be a day and its month, as "17/11" is (and "17/18" is not)."""
    return day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


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


def _reference_chars(text: str, at: int) -> tuple[str, set[int]]:
    """`_reference_body`, and where in it the payer put a separator (a word could end there: "D000 5")."""
    body: list[str] = []
    ends: set[int] = set()
    for char in text[at:]:
        if char.isascii() and char.isalnum():
            body.append(char.upper())
            if len(body) == RF_BODY_MAX + 2:
                break
        elif char in _SEPARATORS:
            ends.add(len(body))
        else:
            break
    return "".join(body), ends


def _group_ends(body: str, ends: set[int], skip: int, end: int) -> bool:
    """Whether a reference read up to a separator at `end` may end there. A reference is printed in groups of four
    ("RF08 D000 5"): after a whole group, a group of at most four more ("RF47 1001 2345") goes on with it, so the
    body is not the first group's; a group of another length ("D000 5", "D0005 nov"), a longer word ("factuur")
    or the text's end closes it."""
    start = max((e for e in ends if skip <= e < end), default=skip)
    following = min((e for e in ends if e > end), default=len(body))
    return end - start != 4 or following - end > 4 or end == len(body)


def _word_end(body: str, end: int) -> bool:
    """Whether a reference's body may end at `end` of the characters read after "RF": at their end, or where
    letters turn to digits or digits to letters ("D0005betaling")."""
    return end == len(body) or body[end - 1].isdigit() != body[end].isdigit()


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
