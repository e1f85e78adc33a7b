"""Explicit conversion of YAML nodes into typed values, collecting problems.

Every converter takes the node, the field's path as users read it
(`invoices[1].amount`) and returns the value or None, having recorded a
Problem for anything wrong; callers carry on so that all problems surface
in one run.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from email_validator import EmailNotValidError, validate_email
from schwifty import IBAN
from schwifty.exceptions import InvalidChecksumDigits, InvalidLength, SchwiftyException

from incasso.ledger.phone import TWO_NUMBERS, phone_problem, two_numbers
from incasso.ledger.problems import (
    INVISIBLE_CATEGORIES,
    Problem,
    Source,
    named,
    ordinary_spaces,
    shown,
)
from incasso.ledger.yamlsafe import BlockScalar, Invalid, Mapping, Node, Scalar, Sequence

_Choice = TypeVar("_Choice", bound=str)
_AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]+)?")  # ASCII digits: Decimal() reads any script's digits
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGER = re.compile(r"[0-9]+")
NOTE_LENGTH = 5000
# The days a ledger and a build may name. Claims are counted forward from these dates by
# at most a few policy terms (up to 3,650 days each), which keeps every date computed far
# from Python's last day (9999-12-31), and interest over at most a century far within the
# precision of Decimal; an earlier or later date is a typo (0226 for 2026), not a claim.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
# What a phone field may hold (besides its digits counted), 5 characters at least: `14030`, of the PHONE_DIGITS
# below. An export writes such a value as it is (staff.exports).
PHONE_SHAPE = re.compile(r"\+?[0-9][0-9 ()./-]{4,}")
_AREA_CODE = re.compile(r"^\((\+?[0-9]+)\)\s*")


FIELDS_RULE = "must be fields written name: value, one per line"


def describe(node: Node) -> str:
    if isinstance(node, Scalar):
        return shown(node.text) if node.text else "nothing"
    return "a list" if isinstance(node, Sequence) else "fields written name: value"


class Refusal(ValueError):
    """A rule's refusal that ends by quoting the value (`; write 030 204 18 60`): that end is the
    problem's `mend`, which a redacted problem leaves out."""

    def __init__(self, rule: str, mend: str | None = None) -> None:
        super().__init__(rule)
        self.mend = mend


class Shared:
    """The values read from a few hundred debtor files, each once: the same description, name of staff, day or
    amount read again is the object read first. A worker process hands the records of its files back in one pickle,
    which keeps one object per value, so that the build holds each once a chunk of files instead of once a field:
    7 MB fewer at 10,000 debtors, in every process that copies the ledger's pages (BENCHMARKS.md, session 57)."""

    __slots__ = ("texts", "days", "amounts")

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.days: dict[date, date] = {}
        self.amounts: dict[str, Decimal] = {}


class Reader:
    """Collects problems while converting one file's nodes."""

    def __init__(self, *, whole: bool = True, shared: Shared | None = None) -> None:
        self.problems: list[Problem] = []
        # False for the part of a file above its YAML error: a field not written there may be written below
        # it, so that no field is said to be missing (`whole_file`).
        self.whole = whole
        # The texts, days and amounts already read from the files read with it: an equal value read again is
        # that same object (`Shared`).
        self.shared = shared if shared is not None else Shared()

    def report(
        self, at: Node | Source, field: str, message: str, got: str | None = None, mend: str | None = None
    ) -> None:
        # No word here on a non-breaking space in the value: `got` shows it as its escape (`\xa0`), and no rule
        # refuses one where it takes an ordinary space (`checked` hands its rule ordinary spaces; a choice, an
        # amount, an id refuse either), so "type the spaces again" would be advice that does not help.
        source = at if isinstance(at, Source) else at.source
        self.problems.append(Problem(source, field, message, got, mend))

    # -- structure -----------------------------------------------------------

    def mapping(
        self,
        node: Node | None,
        field: str,
        *,
        required: tuple[str, ...] = (),
        optional: tuple[str, ...] = (),
        at: Source | None = None,
        belongs: dict[str, str] | None = None,
        missing: dict[str, str] | None = None,
    ) -> dict[str, Node] | None:
        """The fields of a mapping; unknown and missing fields are problems. `belongs`: fields of a mapping
        inside this one, by the name it has here (`email` under `contact`), so that one written a level too high
        is said where it goes; `missing`: what to write for a required field left out, after "is required but
        missing"."""
        if node is None or isinstance(node, Invalid):
            return None
        if not isinstance(node, Mapping):
            self.report(node, field, FIELDS_RULE, describe(node))
            return None
        known = required + optional
        values: dict[str, Node] = {}
        meant_fields = set()  # a required field a misspelt one stands for: its "missing" would mislead
        for key, (key_node, value) in node.items.items():
            if key not in known and belongs and key in belongs:
                said = f"unknown field here: it belongs under `{belongs[key]}:`, indented"
                self.problems.append(Problem(key_node.source, field, said, key=key, typo=True))
                continue
            if key not in known:
                meant = _field_meant(key, known, [k for k in required if k not in node.items])
                hint = f" (did you mean '{meant}'?)" if meant else f"; known fields: {', '.join(known)}"
                mend = None
                if key.isdigit() and isinstance(value, Scalar) and value.is_null:
                    # `{due: 2026-09-30, amount: 600,00}`: YAML took the decimal comma for a field separator.
                    hint, mend = "; a comma separates the fields between { }", f": write {_comma_amount(node, key)}"
                elif (whole := _split_text(node, key, one_word=not meant)) is not None:
                    hint, mend = "; a comma between { } ends a text: put the text in quotes", f": {whole}"
                said = "unknown field" + hint
                self.problems.append(Problem(key_node.source, field, said, mend=mend, key=key, typo=bool(meant)))
                if meant:
                    meant_fields.add(meant)
                continue
            if isinstance(value, Scalar) and value.is_null:
                if key in required and not value.commented and self.whole:  # `name: #Jan`: its ' #' hint says why
                    self.report(value, _join(field, key), "is required but empty")
                continue
            values[key] = value
            if isinstance(value, BlockScalar):
                self._fields_in_text(value, _join(field, key), key, known)
        for key in required if self.whole else ():
            if key not in node.items and key not in meant_fields:
                self.report(node, _join(field, key), "is required but missing" + (missing or {}).get(key, ""))
        return values

    def _fields_in_text(self, text: BlockScalar, field: str, key: str, known: tuple[str, ...]) -> None:
        """A line of a block text (`note: |`) that is one of this entry's own fields (`costs: 300.00`),
        indented as the text is: YAML reads it as text, and the field would be lost without a word."""
        for name, source in text.field_lines:
            if name in known:
                message = (
                    f"this line reads as the field `{name}`, but it is indented as part of the text of `{key}` "
                    f"and so is not read as a field: indent `{name}:` as far as `{key}:` "
                    f"(or, if it is part of the text, write it without the ':')"
                )
                self.report(source, field, message)

    def sequence(self, node: Node | None, field: str, *, required: bool = False) -> list[Node]:
        if node is None:
            return []
        if isinstance(node, Invalid):
            return []
        if not isinstance(node, Sequence):
            self.report(node, field, "must be a list: start each entry on a line of its own with '- '", describe(node))
            return []
        if required and not node.items and self.whole:
            self.report(node, field, "must hold at least one entry")
        return node.items

    # -- scalars -------------------------------------------------------------

    def _scalar(self, node: Node | None, field: str) -> Scalar | None:
        if node is None or isinstance(node, Invalid):
            return None
        if not isinstance(node, Scalar):
            self.report(node, field, "must be a single value", describe(node))
            return None
        if not node.text.strip():  # a quoted "" (an unquoted empty is not written: `mapping` drops it)
            if not node.commented:  # `- #3`: the hint on its ' #' already says why it is empty
                self.report(node, field, "must not be empty: write its value, or delete the line if it may be left out")
            return None
        return node

    def text(self, node: Node | None, field: str, *, max_length: int = 500, multiline: bool = False) -> str | None:
        """Text a person reads: trimmed, not empty, no control or invisible characters, and on
        one line unless `multiline` (a note), whatever escapes (`"\\e"`, `"\\u202e"`) wrote it."""
        scalar = self._scalar(node, field)
        if scalar is None:
            return None
        value = scalar.text.strip()
        # A mapping drops its empty fields (`mapping`); one that gets here is a list's line: `~` or
        # `null` there would be printed as written.
        if not value or scalar.is_null:
            self.report(scalar, field, "must not be empty", value or None)
            return None
        if len(value) > max_length:
            self.report(scalar, field, f"must be at most {max_length} characters", f"{len(value)} characters")
            return None
        problem = _hidden_character(value, multiline)
        if problem:
            self.report(scalar, field, problem, shown(value))
            return None
        return self.shared.texts.setdefault(value, value)

    def note(self, node: Node | None, field: str) -> str | None:
        """Free text of several lines: a note, a reason, an outcome."""
        return self.text(node, field, max_length=NOTE_LENGTH, multiline=True)

    def checked(self, node: Node | None, field: str, rule: Callable[[str], str]) -> str | None:
        """Text that `rule` accepts, as `rule` returns it; the message of its ValueError is the problem.
        A non-breaking space is a space to the rule (a phone number copied from a web page)."""
        text = self.text(node, field)
        if node is None or text is None:
            return None
        try:
            return rule(ordinary_spaces(text))
        except ValueError as refused:
            self.report(node, field, str(refused), text, refused.mend if isinstance(refused, Refusal) else None)
            return None

    def email(self, node: Node | None, field: str) -> str | None:
        return self.checked(node, field, _email)

    def phone(self, node: Node | None, field: str) -> str | None:
        return self.checked(node, field, _phone)

    def iban(self, node: Node | None, field: str) -> str | None:
        """An IBAN with a valid checksum and country format, compact (no spaces)."""
        return self.checked(node, field, _iban)

    def lines(self, node: Node | None, field: str) -> tuple[str, ...]:
        """A list of text lines (an address); one text is taken as one line."""
        if isinstance(node, Scalar):
            text = self.text(node, field)
            return (text,) if text else ()
        return tuple(t for i, item in enumerate(self.sequence(node, field)) if (t := self.text(item, f"{field}[{i}]")))

    def choice(
        self, node: Node | None, field: str, options: tuple[_Choice, ...], elsewhere: dict[str, str] | None = None
    ) -> _Choice | None:
        """One of `options` (an enum's members, say), returned as that option. `elsewhere`: words (lower case)
        for what is written in another place of the file, with where (a credit note written as an event)."""
        scalar = self._scalar(node, field)
        if scalar is None:
            return None
        written = scalar.text.strip()  # a non-breaking space after it too (`str.strip`), as YAML trims a space
        chosen = next((option for option in options if option == written), None)
        if chosen is None:
            meant = _meant(scalar.text, options)
            hint = f"; did you mean '{meant}'?" if meant else ""
            if elsewhere and (there := elsewhere.get(scalar.text.strip().lower())):
                hint = f"; {there}"
            self.report(scalar, field, f"must be one of {', '.join(options)}{hint}", describe(scalar))
        return chosen

    def per_language(self, node: Node | None, field: str) -> tuple[str | None, str | None]:
        """A text shown in every language, or one per language (`nl:` and `en:`): (Dutch or as written,
        English or None)."""
        if not isinstance(node, Mapping):
            return self.text(node, field), None
        words = self.mapping(node, field, required=("nl", "en"), missing=_PER_LANGUAGE_MISSING) or {}
        return self.text(words.get("nl"), f"{field}.nl"), self.text(words.get("en"), f"{field}.en")

    def amount(self, node: Node | None, field: str, *, below_zero: str = "", at_zero: str = "") -> Decimal | None:
        """Euros with at most two decimals, greater than zero; never via float. `below_zero`: what
        to say to a negative amount (where a credit goes instead, say); `at_zero`: to 0."""
        scalar = self._scalar(node, field)
        if scalar is None:
            return None
        text = scalar.text.strip()
        if not _AMOUNT.fullmatch(text):
            rule = "must be an amount in euros like 1250 or 1250.50"
            self.report(scalar, field, rule, describe(scalar), _amount_mend(ordinary_spaces(text)))
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            self.report(scalar, field, "must be an amount in euros", describe(scalar))
            return None
        exponent = value.as_tuple().exponent  # an int: the pattern admits finite numbers only
        if isinstance(exponent, int) and exponent < -2:
            self.report(scalar, field, "must have at most 2 decimals", text, _thousands_hint(text) or None)
            return None
        if value <= 0:
            self.report(scalar, field, "must be greater than 0" + (below_zero if value < 0 else at_zero), text)
            return None
        if value > Decimal("999999999.99"):
            self.report(scalar, field, "must be at most 999999999.99", text)
            return None
        return self.shared.amounts.setdefault(text, value)  # by the text: 100.0 and 100.00 are equal, not the same

    def date(self, node: Node | None, field: str) -> date | None:
        scalar = self._scalar(node, field)
        if scalar is None:
            return None
        text = scalar.text.strip()
        if not _DATE.fullmatch(text):
            self.report(scalar, field, "must be a date written YYYY-MM-DD", describe(scalar), date_mend(text))
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:  # written right, but 2026-02-30
            self.report(scalar, field, "is not a day of the calendar", text)
            return None
        problem = day_problem(day)
        if problem:
            self.report(scalar, field, problem, text)
            return None
        return self.shared.days.setdefault(day, day)

    def integer(self, node: Node | None, field: str, *, minimum: int = 0, maximum: int = 3650) -> int | None:
        scalar = self._scalar(node, field)
        if scalar is None:
            return None
        text = scalar.text.strip()
        if not _INTEGER.fullmatch(text) or not minimum <= int(text) <= maximum:
            self.report(scalar, field, f"must be a whole number from {minimum} to {maximum}", describe(scalar))
            return None
        return int(text)

    def boolean(self, node: Node | None, field: str) -> bool | None:
        scalar = self._scalar(node, field)
        if scalar is None:
            return None
        # Only the two unambiguous words: YAML 1.1's yes/no/on/off are refused on purpose.
        written = scalar.text.strip()
        if written not in ("true", "false"):
            self.report(scalar, field, "must be true or false", describe(scalar))
            return None
        return written == "true"


def day_problem(day: date) -> str | None:
    """Why a day is outside the dates a ledger and a build may name, or None."""
    if not FIRST_DAY <= day <= LAST_DAY:
        return f"must be a date from {FIRST_DAY} to {LAST_DAY}"
    return None


def _hidden_character(value: str, multiline: bool) -> str | None:
    """What is wrong with the first character of `value` that is not text to read, if any.

    Controls (ESC, NUL, BEL, tab), invisible format characters (bidi overrides such as
    U+202E, zero-width spaces), line and paragraph separators and lone surrogates would
    reach pages, exports and terminals as they are; a line break only where text may
    run over several lines.
    """
    if value.isprintable():  # none of those categories (nor any other unprintable one): nearly every value
        return None
    for char in value:
        if char == "\n":
            if multiline:
                continue
            return "must be on one line"
        if unicodedata.category(char) in INVISIBLE_CATEGORIES:
            return f"must not hold control or invisible characters ({named(char)})"
    return None


def _email(text: str) -> str:
    """An address as written, when it is one address and nothing more (no `?bcc=`, no line break).

    email-validator checks the syntax (RFC 5321/5322); the domain is not looked up, so a
    check gives the same answer offline. Only ASCII: an internationalised address
    (`müller@bäcker.de`) cannot go into the letters' e-mail headers, nor reach every server.
    """
    if not text.isascii():
        raise ValueError(
            "must be an email address in ASCII letters like naam@voorbeeld.nl "
            "(write an internationalised domain as xn--...)"
        )
    try:
        validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as refused:
        reason = str(refused).rstrip(".")
        raise ValueError(f"must be an email address like naam@voorbeeld.nl: {reason[:1].lower()}{reason[1:]}") from None
    return text


PHONE_DIGITS = 5  # a municipality's 14 030 has five


def _phone(text: str) -> str:
    if two_numbers(text):  # before the characters' rule: `030 204 18 60 of 06 12345678` is two, not letters
        raise Refusal(TWO_NUMBERS)
    # Counted in digits: `0-----` or `+31 (0)` is punctuation printed as the number to call.
    if not PHONE_SHAPE.fullmatch(text) or sum(c.isdigit() for c in text) < PHONE_DIGITS:
        rule = (
            "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
            f"or '-', at least {PHONE_DIGITS} digits in all"
        )
        # `(030) 204 18 60`: the area code in brackets, as often printed; the number starts with its digit.
        unbracketed = _AREA_CODE.sub(r"\1 ", text)
        fits = unbracketed != text and PHONE_SHAPE.fullmatch(unbracketed)
        raise Refusal(rule, f"; write {unbracketed}" if fits else None)
    problem = phone_problem(text)
    if problem:
        raise Refusal(problem)
    return text


# An IBAN that fails its checks was copied wrong: say where to copy it from, not only what schwifty found.
IBAN_COPY = "copy it from a bank statement, or from an invoice of the account's holder"


def _iban(text: str) -> str:
    try:
        return IBAN(text).compact
    except InvalidChecksumDigits:
        raise ValueError(
            "is not a valid IBAN: its check digits (the two after the country code) do not match the rest, so a "
            f"character is mistyped or two are swapped: {IBAN_COPY}"
        ) from None
    except InvalidLength:
        raise ValueError(f"is not a valid IBAN: {_iban_length(text)}: {IBAN_COPY}") from None
    except SchwiftyException as err:
        raise ValueError(f"is not a valid IBAN: {err}: {IBAN_COPY}") from None


def _iban_length(text: str) -> str:
    """What is wrong with an IBAN's length: how many characters it has, and how many its country's have."""
    written = IBAN(text, allow_invalid=True)
    has, needs = len(written.compact), written.spec.iban_length
    off = f"{needs - has} missing" if has < needs else f"{has - needs} too many"
    return f"it has {has} letters and digits, where an IBAN of {written.country_code} has {needs}: {off}"


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


# The words a ledger's writer reaches for first (Dutch, a language's English name, or the English name the
# product itself gives an event type: its letters and staff pages, incasso.staff.words_en.EVENT), and the
# choices each may mean, in order: a field's own choices pick the first it has (`telefoon` is a channel,
# `phone`, and for an event's type a `call`). Looked up in lower case, '_' and '-' read as spaces
# (`formal_reminder`, `Payment-Plan`).
DUTCH_CHOICES: dict[str, tuple[str, ...]] = {
    "wettelijk": ("statutory",),
    "wettelijke": ("statutory",),
    "wettelijke rente": ("statutory",),
    "wettelijke handelsrente": ("statutory",),
    "handelsrente": ("statutory",),
    "rente": ("statutory",),
    "geen": ("none",),
    "geen rente": ("none",),
    "nee": ("none",),
    "particulier": ("consumer",),
    "consument": ("consumer",),
    "bedrijf": ("business",),
    "zakelijk": ("business",),
    "eenmanszaak": ("business",),
    "zzp": ("business",),
    "nederlands": ("nl",),
    "dutch": ("nl",),
    "engels": ("en",),
    "english": ("en",),
    "post": ("letter",),
    "brief": ("letter",),
    "mail": ("email",),
    "e-mail": ("email",),
    "telefoon": ("phone", "call"),
    "telefonisch": ("phone", "call"),
    "bezoek": ("visit", "call"),
    "herinnering": ("reminder",),
    "aanmaning": ("dunning",),
    "sommatie": ("final_notice",),
    "ingebrekestelling": ("final_notice",),
    "overdracht": ("handover",),
    "overgedragen": ("handover",),
    "incassobureau": ("handover",),
    "deurwaarder": ("legal",),
    "dagvaarding": ("legal",),
    "rechtszaak": ("legal",),
    "gerechtelijk": ("legal",),
    "bellen": ("call",),
    "gebeld": ("call",),
    "telefoongesprek": ("call",),
    "gesprek": ("call",),
    "toezegging": ("promise",),
    "betalingstoezegging": ("promise",),
    "belofte": ("promise",),
    "betalingsregeling": ("arrangement",),
    "regeling": ("arrangement",),
    "afbetalingsregeling": ("arrangement",),
    "geschil": ("dispute",),
    "betwist": ("dispute",),
    "bezwaar": ("dispute",),
    "opgelost": ("dispute_resolved",),
    "afgeboekt": ("written_off",),
    "afgeschreven": ("written_off",),
    "oninbaar": ("written_off",),
    "minnelijk akkoord": ("settlement",),
    "akkoord": ("settlement",),
    "schikking": ("settlement",),
    "finale kwijting": ("settlement",),
    "akkoord beëindigd": ("settlement_ended",),
    "akkoord ingetrokken": ("settlement_ended",),
    "uitstel": ("postpone",),
    "uitgesteld": ("postpone",),
    "terugbetaling": ("refund",),
    "terugbetaald": ("refund",),
    "doorgegeven": ("passed_on",),
    "doorgeven": ("passed_on",),
    "notitie": ("note",),
    "opmerking": ("note",),
    # Who acts for the debtor (a representative's `role`), and who asked for a wait (a postpone's `asked_by`): the
    # Dutch word, or the block's role where the person who asked is meant.
    "schuldhulpverlener": ("counsellor", "representative"),
    "schuldhulpverlening": ("counsellor", "representative"),
    "schuldhulp": ("counsellor", "representative"),
    "budgetcoach": ("counsellor", "representative"),
    "debt counsellor": ("counsellor", "representative"),
    "bewindvoerder": ("administrator", "representative"),
    "bewindvoering": ("administrator", "representative"),
    "bewind": ("administrator", "representative"),
    "counsellor": ("representative",),
    "counselor": ("counsellor", "representative"),
    "administrator": ("representative",),
    "vertegenwoordiger": ("representative",),
    "debiteur": ("debtor",),
    "schuldenaar": ("debtor",),
    "klant": ("debtor",),
    "customer": ("debtor",),
    # The product's English names for the event types, and the usual English words for them.
    "payment reminder": ("reminder",),
    "formal reminder": ("dunning",),
    "dunning letter": ("dunning",),
    "final demand": ("final_notice",),
    "letter of demand": ("final_notice",),
    "collection agency": ("handover",),
    "handed over": ("handover",),
    "legal action": ("legal",),
    "bailiff": ("legal",),
    "court": ("legal",),
    "contact": ("call",),
    "phone call": ("call",),
    "promise to pay": ("promise",),
    "payment promise": ("promise",),
    "payment plan": ("arrangement",),
    "payment arrangement": ("arrangement",),
    "instalment plan": ("arrangement",),
    "installment plan": ("arrangement",),
    "objection": ("dispute",),
    "dispute answered": ("dispute_resolved",),
    "write off": ("written_off",),
    "postponement": ("postpone",),
    "debt settlement": ("settlement",),
    "composition": ("settlement",),
    "settlement ended": ("settlement_ended",),
    "settlement cancelled": ("settlement_ended",),
    "credit refunded": ("refund",),
    "payment passed on": ("passed_on",),
    # Whom an invoice went to, in English: a debtor's `type`.
    "student": ("consumer",),
    "private": ("consumer",),
    "private person": ("consumer",),
    "individual": ("consumer",),
    "company": ("business",),
    "firm": ("business",),
    "organisation": ("business",),
    "organization": ("business",),
    "sole trader": ("business",),
}


# Field names written another way, each with what it may have meant, in order: the Dutch word, a
# longer English name, or the name the other file uses (a debtor's contact has a `person`, the
# creditor's desk a `name`).
_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("person",),
    "person": ("name",),
    "naam": ("name", "person"),
    "aanhef": ("salutation",),
    "greeting": ("salutation",),
    "date": ("due",),
    "due_date": ("due",),
    "agency_name": ("agency",),
    "bedrag": ("amount",),
    "datum": ("date", "due"),
    "vervaldatum": ("due",),
    "omschrijving": ("description",),
    "nummer": ("number",),
    "factuurnummer": ("number",),
    "facturen": ("invoices",),
    "creditnota": ("credit_notes",),
    "creditnotas": ("credit_notes",),
    "creditnota's": ("credit_notes",),
    "creditnotes": ("credit_notes",),
    "betalingen": ("payments",),
    "gebeurtenissen": ("events",),
    "telefoon": ("phone",),
    "adres": ("address",),
    "soort": ("type",),
    "kanaal": ("channel",),
    "notitie": ("note",),
    "termijnen": ("installments",),
    "instalments": ("installments",),
    "uiterlijk": ("pay_by",),
    "betalen_voor": ("pay_by",),
    # creditor.yaml: the KVK number is no VAT number (`kvk_nummer` is spelt most like `vat_number`).
    "kvk_nummer": ("kvk",),
    "kvk-nummer": ("kvk",),
    "kvknummer": ("kvk",),
    "kvk_number": ("kvk",),
    "btw_nummer": ("vat_number",),
    "btw-nummer": ("vat_number",),
    "btwnummer": ("vat_number",),
    "btw": ("vat_number",),
    "btw_id": ("vat_number",),
    "vat": ("vat_number",),
    "rekeningnummer": ("iban",),
    "rekening": ("iban",),
    "rente": ("interest",),
    "openingstijden": ("hours",),
    "bereikbaar": ("hours",),
    "taal": ("language",),
    "door": ("by",),
    "contactpersoon": ("person", "name"),
}


def _field_meant(key: str, known: tuple[str, ...], missing: list[str]) -> str | None:
    """The field an unknown key most likely meant: one it is another name of, a required field left out
    that the key holds (`due_date` for a missing `due`), or a near spelling."""
    word = key.strip().lower()
    for meant in _FIELD_ALIASES.get(word, ()):
        if meant in known:
            return meant
    held = [field for field in missing if field in word.split("_")]
    if held:
        return held[0]
    close = difflib.get_close_matches(word, known, n=1)
    return close[0] if close else None


def _meant(written: str, options: tuple[str, ...]) -> str | None:
    """The option a wrong choice most likely meant: a word for it (`DUTCH_CHOICES`), its lower case, or a
    near spelling."""
    word = written.strip().lower()
    spaced = " ".join(word.replace("_", " ").replace("-", " ").split())
    for meant in (*DUTCH_CHOICES.get(word, ()), *DUTCH_CHOICES.get(spaced, ()), word):
        if meant in options:
            return meant
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.75)
    return close[0] if close else None


# A day written the Dutch way (15-09-2026, 15/9/2026, 15.09.2026), or ISO without its zeros (2026-9-15).
_DAY_FIRST = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_YEAR_FIRST = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})")


# A date as a Dutch letter or an English one writes it: `5 november 2026`, `10 okt. 2026`, `5 November 2026`.
_DAY_MONTH_NAME = re.compile(r"([0-9]{1,2})\s+([^\W\d_]+)\.?,?\s+([0-9]{4})")
# The months' names and their usual shortenings, Dutch and English, in lower case (`mrt`, `okt`, `sept`).
_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "febr"),
            ("maart", "march", "mrt", "mar", "mrz"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


# A text per language holds both: the one left out says what to write (session 49).
_PER_LANGUAGE_MISSING = {
    "nl": ": write the Dutch text beside the English one, {nl: ..., en: ...}, or one text for every language",
    "en": ": write the English text beside the Dutch one, {nl: ..., en: ...}, or one text for every language",
}


def date_mend(text: str) -> str | None:
    """How to write a date written day first, without its zeros, or with its month's name as a letter writes
    it (`; write 2026-09-15`); None for any other text, or a day that is not in the calendar."""
    if found := _DAY_FIRST.fullmatch(text):
        day, month, year = found.groups()
    elif found := _YEAR_FIRST.fullmatch(text):
        year, month, day = found.groups()
    elif (found := _DAY_MONTH_NAME.fullmatch(text)) and found[2].lower() in _MONTHS:
        day, month, year = found[1], str(_MONTHS[found[2].lower()]), found[3]
    else:
        return None
    try:
        return f"; write {date(int(year), int(month), int(day)).isoformat()}"
    except ValueError:
        return None


def _thousands_hint(text: str) -> str:
    """For `1.250`, a Dutch thousands dot: the dot is the decimal point here, so say how to write
    one thousand two hundred and fifty; "at most 2 decimals" alone invites 1.25, a valid wrong amount."""
    whole, _, decimals = text.partition(".")
    if len(decimals) != 3 or not whole.isdigit() or len(whole) > 3 or whole.startswith("0"):
        return ""  # not a group of thousands (0.001, 1234.567)
    return f"; for {whole}{decimals} euros write {whole}{decimals} (a dot is the decimal point; thousands take none)"


_CURRENCY = re.compile(r"^(€|eur(o)?)\s*|\s*(€|eur(o)?)$", re.IGNORECASE)
# 845,00 or 460,- (Dutch cents), with thousands dots, spaces or none: 2.025,50, 1 250,00
_DECIMAL_COMMA = re.compile(r"(\d{1,3}(?:([. ])\d{3})(?:\2\d{3})*|\d+),(\d{1,2}|-{1,2})")
# 1,685.00 or 12 400.00: thousands set apart by a comma or a space
_GROUPED = re.compile(r"(\d{1,3}(?:([, ])\d{3})(?:\2\d{3})*)(\.\d{1,2})?")
# 1.250 after a currency: a Dutch thousands dot
_THOUSANDS_DOT = re.compile(r"(\d{1,3})\.(\d{3})")
_WRITTEN = re.compile(r"[0-9]+(\.[0-9]{1,2})?")  # what a hint may offer: an amount the ledger takes


def _amount_mend(text: str) -> str | None:
    """How to write an amount written the way a Dutch invoice or a bank app prints it (845,00,
    460,-, 2.025,50, 1 250,00, 1,685.00, € 395), or None when it is not plainly one. A comma before three
    digits (1,685) is a thousands group: cents have two, as `_comma_amount` reads them too. Only an amount the
    ledger takes is offered: never one the next run refuses (-20, 0.00)."""
    bare = _CURRENCY.sub("", text)
    why = ["the amount alone, without the currency"] if bare != text else []
    if comma := _DECIMAL_COMMA.fullmatch(bare):
        whole, separator, cents = comma.group(1), comma.group(2), comma.group(3)
        written = f"{whole.replace(separator or '.', '')}.{'00' if cents.startswith('-') else cents.ljust(2, '0')}"
        why.append("a dot is the decimal point, not a comma" + ("; thousands take none" if separator else ""))
    elif grouped := _GROUPED.fullmatch(bare):
        written = grouped.group(1).replace(grouped.group(2), "") + (grouped.group(3) or "")
        why.append("thousands take no separator")
    elif (dot := _THOUSANDS_DOT.fullmatch(bare)) and why:
        written = dot.group(1) + dot.group(2)
        why.append("a dot is the decimal point; thousands take none")
    elif _AMOUNT.fullmatch(bare) and why:
        written = bare
    else:
        return None
    if not _WRITTEN.fullmatch(written) or Decimal(written) <= 0:
        return None
    return f"; write {written} ({'; '.join(why)})"


def _split_text(node: Mapping, key: str, *, one_word: bool) -> str | None:
    """`{nl: ..., en: Boiler service, holiday home}`: the text after a comma read as a field of its own (words
    with a space, or, with `one_word`, one word: `{nl: Cursus Engels, september, en: ...}`; no value). How to
    write it whole, quoted, when the field before it holds text (a letter in it: not after a date or an amount).
    `one_word` is false for a key that is a field misspelt (`eng`): its "did you mean" says more."""
    keys = list(node.items)
    value = node.items[key][1]
    if not (isinstance(value, Scalar) and value.is_null) or keys.index(key) == 0:
        return None
    if " " not in key.strip() and not (one_word and any(c.isalpha() for c in key)):
        return None
    before, text = keys[keys.index(key) - 1], node.items[keys[keys.index(key) - 1]][1]
    if not isinstance(text, Scalar) or text.is_null or not any(c.isalpha() for c in text.text):
        return None
    whole = f"{text.text.strip()}, {key.strip()}".replace('"', '\\"')
    return f'{before}: "{whole}"'


def _comma_amount(node: Mapping, after: str) -> str:
    """How to write the amount a comma split (`amount: 600,00` read as 600 and a field `00`): two
    digits after it were cents; three, a thousands group (`12,345`); `1.250,00` a Dutch amount."""
    amount = node.items.get("amount")
    before = amount[1].text.strip() if amount is not None and isinstance(amount[1], Scalar) else ""
    whole = before.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", before) else before
    if not whole.isdigit():
        return "an amount with a decimal point (600.00)"
    if len(after) == 2:
        return f"amount: {whole}.{after}"
    if len(after) == 3 and whole == before:
        return f"amount: {whole}{after} (no thousands separator)"
    return "an amount with a decimal point (600.00)"
