"""Read SWIFT MT940 statements as Dutch banks export them (ING, Rabobank, ABN AMRO).

The `mt-940` package parses the tags; this module checks what it cannot
(every statement has its account and balances, every :61: became one entry,
the entries add up to the closing balance), finds the line of each entry
and reads the structured :86: field that Dutch banks write
(`/EREF/.../CNTP/iban/bic/name/city/REMI/USTD//text/` at ING,
`/EREF/.../ORDP//NAME/.../REMI/...` at Rabobank, `/IBAN/.../NAME/...` at ABN AMRO), and of a
return, the original amount and charges its :61:'s supplementary details say too (subfield 9).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

import mt940
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from incasso.bank.domestic import bank_abroad, domestic_iban
from incasso.bank.entry import (
    EXPORT_AGAIN,
    INCOMPLETE,
    BankEntry,
    Direction,
    EntryStatus,
    Statement,
    StatementFormat,
    booked_after,
    contradicted,
    credit_said,
    places_agree,
    with_credit_said,
)
from incasso.bank.identity import fingerprint
from incasso.ledger.problems import Problem, Source, shown

_TAG = re.compile(r":([0-9]{2}[A-Z]?|NS):")
# SWIFT's layouts, checked before the lenient parser reads them: it would take "15O,00" for 15.
# :61: 6!n[4!n]2a[1!a]15d1!a3!c..., a balance 1!a6!n3!a15d; an amount always has its decimal comma.
# Triodos writes its type code with a space ("NET ", "NID "), which the parser accepts too.
_ENTRY_HEAD = r"[0-9]{6}(?:[0-9]{4}| {4})?R?[CD][A-Z]?[0-9]{1,14},[0-9]{0,2}[A-Z][A-Z0-9 ]{3}"
_LAYOUTS = {
    "61": (re.compile(_ENTRY_HEAD), "6!n[4!n]2a[1!a]15d1!a3!c"),
    "60": (re.compile(r"[CD][0-9]{6}[A-Z]{3}[0-9]{1,14},[0-9]{0,2}\s*$"), "1!a6!n3!a15d"),
}
_LAYOUTS["62"] = _LAYOUTS["60"]
_ENVELOPE = re.compile(r"\{[0-9]:|-\}?\s*$")
# ASN, SNS and RegioBank write the payer's IBAN as the :61: customer reference, past SWIFT's 16x,
# which the parser refuses: it is read here and the parser given NONREF in its place.
_LONG_REFERENCE = re.compile(rf"^({_ENTRY_HEAD})([^/\n]{{17,34}})(?=\n|$)")
# A bank named in :25: by its name rather than its BIC, before its domestic number.
_BANK_NAMES = {"TRIODOSBANK": "TRIONL2U"}
_IBAN_LIKE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")
# The :86: code words of the Dutch structured format (Betaalvereniging / bank manuals).
_CODES = (
    *("RTRN", "CREF", "EREF", "PREF", "IREF", "KREF", "MARF", "CSID", "CNTP", "REMI", "PURP", "ULTC", "ULTD"),
    *("ULTB", "EXCH", "CHGS", "TRCD", "BENM", "ORDP", "ISDT", "TRTP", "IBAN", "BIC", "NAME", "ADDR", "OCMT"),
    *("INIT", "RREF", "BUSP"),
)
_CODE = re.compile(r"/(" + "|".join(_CODES) + r")/")
# Placeholders banks write where the payer gave no end-to-end reference.
_NO_REFERENCE = ("NOTPROVIDED", "NONREF", "")
# The tags of a statement before its closing balance: a file whose last tag is one was cut short.
_BEFORE_CLOSING = ("20", "21", "25", "28", "28C", "60F", "60M", "61", "86")
_CUT = f"the file is cut short (an interrupted download?); {EXPORT_AGAIN}"
_DAMAGED = f"the file was edited or is damaged; {EXPORT_AGAIN}"
_STATUS = {"C": Direction.CREDIT, "D": Direction.DEBIT, "RC": Direction.DEBIT, "RD": Direction.CREDIT}


@dataclass(frozen=True)
class _Tag:
    name: str
    line: int
    value: str


def read_mt940(data: bytes, path: str) -> tuple[list[Statement], list[Problem]]:
    """The statements of one MT940 file, and every problem found in it."""
    text = _decode(data)
    tags = _tags(text)
    blocks = _blocks(tags)
    if not blocks:
        return [], [Problem(Source(path, 1), "", f"is not an MT940 statement: it has no :20: tag; {EXPORT_AGAIN}")]
    statements, problems = [], []
    sender = _sender(text)
    for block in blocks:
        statement, found = _statement(block, text, path, sender, tags[-1])
        problems += found
        if statement is not None:
            statements.append(statement)
    return statements, problems


def _decode(data: bytes) -> str:
    """Dutch banks write ASCII or Latin-1; UTF-8 is tried first, Windows-1252 (which maps every byte) last."""
    text = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError:
        return text.decode("cp1252", errors="replace")


def _tags(text: str) -> list[_Tag]:
    """Every tag with its line and value (continuation lines joined by newlines).

    The SWIFT envelope (`{1:...}{2:...}{4:` and the closing `-}`) is not part of any tag.
    """
    tags: list[_Tag] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _TAG.match(line)
        if match:
            tags.append(_Tag(match.group(1), number, line[match.end() :]))
        elif tags and line.strip() and not _ENVELOPE.match(line):
            last = tags[-1]
            tags[-1] = replace(last, value=f"{last.value}\n{line}")
    return tags


def _blocks(tags: list[_Tag]) -> list[list[_Tag]]:
    """The tags per statement: each :20: starts one."""
    blocks: list[list[_Tag]] = []
    for tag in tags:
        if tag.name == "20":
            blocks.append([])
        if blocks:
            blocks[-1].append(tag)
    return blocks


def _statement(
    block: list[_Tag], text: str, path: str, sender: str, file_end: _Tag | None = None
) -> tuple[Statement | None, list[Problem]]:
    """One statement (`block`); `file_end`, the file's last tag: a statement that ends there unclosed was cut
    short."""
    start = Source(path, block[0].line)
    unclosed = _missing_tags(block, start, file_end)
    if unclosed is not None:
        return None, [unclosed]
    wrong = [_layout_problem(tag, path) for tag in block if tag.name[:2] in _LAYOUTS]
    if any(wrong):
        return None, [p for p in wrong if p is not None]
    long_references = {
        t.line: m.group(2).strip() for t in block if t.name == "61" and (m := _LONG_REFERENCE.match(t.value))
    }
    source = "\n".join(f":{tag.name}:{_for_the_parser(tag)}" for tag in block)
    try:
        with _parser_quiet():
            parsed = mt940.parse(source, options=mt940.Options.all())
    except Exception as error:  # the parser raises RuntimeError, ValueError and others on bad input
        return None, [_parser_problem(error, block, path)]
    lines = [tag for tag in block if tag.name == "61"]
    if len(parsed) != len(lines):
        return None, [Problem(start, "", f"has {len(lines)} :61: entries but only {len(parsed)} could be read")]
    identification = str(parsed.data.get("account_identification") or "")
    bank = _bank(identification, sender)
    account = _account(identification, bank)
    damaged = _account_problem(account, next(t for t in block if t.name == "25"), path, bank)
    if damaged is not None:
        return None, [damaged]
    details = _information(block)
    read = [
        _entry(t.data, details.get(tag.line), account, Source(path, tag.line), n, long_references.get(tag.line, ""))
        for n, (t, tag) in enumerate(zip(parsed, lines, strict=True), start=1)
    ]
    entries = [entry for entry, _ in read]
    opening = parsed.data.get("final_opening_balance") or parsed.data.get("intermediate_opening_balance")
    closing = parsed.data.get("final_closing_balance") or parsed.data.get("intermediate_closing_balance")
    problems = [problem for _, said in read for problem in said] + _check_sum(start, block, entries, opening, closing)
    dated = [e for t, e in zip(parsed, entries, strict=True) if t.data.get("entry_date")]  # a booking date written
    problems += _booked_after_closing(block, path, closing, dated)
    currency = str(getattr(getattr(closing, "amount", None), "currency", None) or "EUR")
    until = _day(getattr(closing, "date", None)) or max((e.booked for e in entries if e.booked), default=None)
    opened = _day(getattr(opening, "date", None)) or min((e.booked for e in entries if e.booked), default=None)
    first, last = _balance(opening), _balance(closing)
    both = first is not None and last is not None
    statement = Statement(
        account,
        currency,
        until,
        StatementFormat.MT940,
        tuple(entries),
        start,
        opening=first if both else None,
        closing=last if both else None,
        opened=opened,
        number=f"{parsed.data.get('transaction_reference') or ''}/{parsed.data.get('statement_number') or ''}",
        page=_sequence(parsed.data.get("sequence_number")),
    )
    return statement, problems


def _sequence(value: object) -> int | None:
    """:28C:'s sequence number (the page of a statement split over several blocks), when it has one."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None


def _missing_tags(block: list[_Tag], start: Source, file_end: _Tag | None) -> Problem | None:
    """A statement without its account or a balance: cut short when the file ends where its closing balance
    should come (an interrupted download), else damaged."""
    names = {tag.name for tag in block}
    missing = [
        label
        for label, options in ((":25:", ("25",)), (":60F:", ("60F", "60M")), (":62F:", ("62F", "62M")))
        if not names & set(options)
    ]
    if missing == [":62F:"] and block[-1] is file_end and block[-1].name in _BEFORE_CLOSING:
        return Problem(start, "", f"ends before the statement is complete (it has no closing balance, :62F:): {_CUT}")
    if missing:
        return Problem(start, "", f"is an MT940 statement without {', '.join(missing)}, so {_DAMAGED}")
    return None


def _for_the_parser(tag: _Tag) -> str:
    """A tag's value as the parser takes it: a :61: customer reference past 16 characters as NONREF."""
    if tag.name != "61":
        return tag.value
    return _LONG_REFERENCE.sub(lambda m: m.group(1) + "NONREF", tag.value, count=1)


@contextmanager
def _parser_quiet() -> Iterator[None]:
    """The parser logs its whole pattern when a tag does not match it: the problem we report says it."""
    logger = logging.getLogger("mt940")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _balance(balance) -> Decimal | None:
    """A balance tag's signed amount (the library signs a debit balance), or None without one."""
    amount = getattr(balance, "amount", None)
    return None if amount is None else Decimal(amount.amount)


def _layout_problem(tag: _Tag, path: str) -> Problem | None:
    pattern, _ = _LAYOUTS[tag.name[:2]]
    first = tag.value.split("\n", 1)[0]
    if not pattern.match(first):
        wrong = _wrong_part(tag.name[:2], first)
        said = f"does not follow the MT940 layout: {wrong}; {_DAMAGED}"
        return Problem(Source(path, tag.line), f":{tag.name}:", said, shown(first))
    # The parser would refuse a date that does not exist without saying where: say it here.
    day = first[:6] if tag.name.startswith("61") else first[1:7]
    entry_day = first[6:10] if tag.name.startswith("61") and first[6:10].isdigit() else "0101"
    try:
        date(2000 + int(day[:2]), int(day[2:4]), int(day[4:]))
        date(2000, int(entry_day[:2]), int(entry_day[2:]))  # a leap year: 29 February may be written
    except ValueError:
        return Problem(Source(path, tag.line), f":{tag.name}:", "holds a date that does not exist", shown(first))
    return None


_AMOUNT = r"[0-9]{1,14},[0-9]{0,2}"
_AMOUNT_WORDS = "the amount must be digits with a decimal comma, as 460,00"
# The parts of a :61: and of a balance, in order, and what each must be; "" for an optional part.
_PARTS = {
    "61": (
        (r"[0-9]{6}", "it must start with the value date, 6 digits (YYMMDD)"),
        (r"(?:[0-9]{4}| {4})?", ""),
        (r"R?[CD]", "after the date must come C (credit) or D (debit), or RC or RD"),
        (r"[A-Z]?", ""),
        (_AMOUNT, _AMOUNT_WORDS),
        (r"[A-Z][A-Z0-9 ]{3}", "after the amount must come the entry's type, a letter and 3 characters (as NTRF)"),
    ),
    "60": (
        (r"[CD]", "it must start with C (credit) or D (debit)"),
        (r"[0-9]{6}", "after C or D must come the date, 6 digits (YYMMDD)"),
        (r"[A-Z]{3}", "after the date must come the currency (EUR)"),
        (_AMOUNT + r"\s*$", _AMOUNT_WORDS + ", and nothing after it"),
    ),
}
_PARTS["62"] = _PARTS["60"]


def _wrong_part(name: str, first: str) -> str:
    """Which part of a :61: or balance line is wrong, in words (SWIFT's layout notation tells staff nothing)."""
    at = 0
    for pattern, words in _PARTS[name]:
        found = re.compile(pattern).match(first, at)
        if found is None:
            # 1.460,00: the thousands dot a Dutch bank app shows; 460.00: the decimal point a spreadsheet writes
            if words.startswith(_AMOUNT_WORDS) and re.match(r"[0-9]{1,3}(\.[0-9]{3})+,", first[at:]):
                return "the amount has a thousands separator, which MT940 never writes (460,00)"
            if words.startswith(_AMOUNT_WORDS) and re.match(r"[0-9]+\.[0-9]", first[at:]):
                return "the amount is written with a decimal point, where MT940 writes a decimal comma (460,00)"
            return words
        at = found.end()
    return _LAYOUTS[name][1]


def _parser_problem(error: Exception, block: list[_Tag], path: str) -> Problem:
    """The parser's complaint, at the line of the tag it could not read when it says which."""
    line = block[0].line
    if isinstance(error, RuntimeError) and len(error.args) == 3:
        _, tag, value = error.args
        wanted = str(getattr(tag, "id", ""))
        line = next((t.line for t in block if t.name.startswith(wanted) and _same(t.value, str(value))), line)
        return Problem(Source(path, line), f":{wanted}:", "is not valid MT940", shown(str(value)))
    return Problem(Source(path, line), "", f"could not be read as MT940: {shown(str(error), 120)}")


def _same(raw: str, parsed: str) -> bool:
    """Whether a tag's value as written is the value the parser complains about (it strips every line)."""
    return "\n".join(line.strip() for line in raw.splitlines()).strip() == parsed.strip()


def _sender(text: str) -> str:
    """The BIC an ABN AMRO file starts with (`ABNANL2A`, then `940`), or ""."""
    first = next((line.strip().upper() for line in text.splitlines() if line.strip()), "")
    return first if re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", first) else ""


_IBAN_LIKE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")


def _account_problem(account: str, tag: _Tag, path: str, bank: str = "") -> Problem | None:
    """A :25: that names no account at all, an IBAN whose check digits fail, or a number no IBAN can be made of
    (`_account`; `bank`, the BIC it was tried with), is refused: its payments must not be skipped as those of
    another account (only a valid IBAN other than the creditor's is one, a savings account say)."""
    at = Source(path, tag.line)
    if not re.fullmatch(r"[A-Z0-9.\-]+", account):  # a domestic number may be written 12.34.56.789
        return Problem(at, ":25:", "names no account (an IBAN, or a BIC and an account number)", shown(tag.value))
    # ING writes the currency after the IBAN ("...EUR"): the IBAN is what is left.
    candidates = (account[:-3], account) if account[-3:].isalpha() else (account,)
    errors = []
    for candidate in candidates:
        if _IBAN_LIKE.fullmatch(candidate):
            try:
                IBAN(candidate)
                return None
            except SchwiftyException as error:
                errors.append(error)
    if errors:
        return Problem(at, ":25:", f"is not a valid IBAN: {errors[0]}; {_DAMAGED}", shown(tag.value))
    # A domestic number without its bank (no BIC before it, none at the file's start), or at a bank abroad:
    # whose account it is cannot be told, and skipping it as another account's would drop the creditor's own
    # payments unseen.
    if bank_abroad(bank):
        return Problem(
            at,
            ":25:",
            f"names an account number at a bank outside the Netherlands ({bank}), not an IBAN: only a Dutch number "
            "makes an IBAN with its bank's BIC, so whose account it is cannot be told: export the statement again "
            "with the IBAN (in most banks' MT940 settings)",
            shown(tag.value),
        )
    return Problem(
        at,
        ":25:",
        "names an account number without its bank, not an IBAN, so whose account it is cannot be told: export "
        "the statement again with the IBAN (in most banks' MT940 settings), or write the bank's BIC before "
        "the number (RABONL2U/0372918465)",
        shown(tag.value),
    )


def _account(identification: str, bank: str = "") -> str:
    """The IBAN of a :25: field: ING writes `NL69INGB0123456789EUR`, some banks `BIC/IBAN`, and
    ABN AMRO `ABNANL2A/0417164300` or only `417164300` in a file that starts with its BIC: the
    account's domestic number, which with the BIC's bank code makes the IBAN (a Dutch IBAN is the
    bank code and the number in ten digits; a number at a bank abroad makes none, see `domestic`); `bank`:
    the BIC written before it or the file's sender (`_bank`)."""
    compact = identification.replace(" ", "").upper().rpartition("/")[2]
    for candidate in (compact, compact[:-3]):
        try:
            return IBAN(candidate).compact
        except SchwiftyException:
            continue
    number = compact[:-3] if compact[-3:].isalpha() else compact  # "0417164300EUR": a currency after it
    return domestic_iban(number, bank) or compact


def _bank(identification: str, sender: str) -> str:
    """The BIC of the bank that keeps a :25:'s account: written before it (`ABNANL2A/`), else the file's sender."""
    bank = identification.replace(" ", "").upper().rpartition("/")[0]
    return _BANK_NAMES.get(bank, bank) or sender


def _day(value) -> date | None:
    return date(value.year, value.month, value.day) if value is not None else None


def _information(block: list[_Tag]) -> dict[int, _Tag]:
    """The :86: that follows each :61: (by the :61:'s line), as written: the parser strips the
    end of each line, and with it the space where a bank wrapped the text between two words."""
    found: dict[int, _Tag] = {}
    entry = None
    for tag in block:
        if tag.name == "61":
            entry = tag.line
        elif tag.name == "86" and entry is not None:
            found[entry] = tag
            entry = None
        elif tag.name.startswith("62"):
            entry = None
    return found


def _entry(
    data: dict, information: _Tag | None, account: str, source: Source, position: int, long_reference: str = ""
) -> tuple[BankEntry, list[Problem]]:
    """One :61: entry, the `position`th of its statement, and what is wrong in what it says of a return's credit
    (`_original`); `information`, its :86:; `long_reference`, a customer reference the parser could not take (ASN
    writes the payer's IBAN there)."""
    status = str(data.get("status") or "").upper()
    details = _details(information.value if information else "")
    extra = str(data.get("extra_details") or "").replace(" ", "").upper()
    if _IBAN_LIKE.fullmatch(long_reference.replace(" ", "").upper()):
        extra = long_reference.replace(" ", "").upper()
    booked = _day(data.get("entry_date") or data.get("date"))
    entry = BankEntry(
        account=account,
        reference=str(data.get("bank_reference") or "").strip(),
        booked=booked,
        amount=abs(Decimal(data["amount"].amount)),
        direction=_STATUS.get(status, Direction.CREDIT),
        status=EntryStatus.BOOKED,  # MT940 lists booked entries only (MT942 carries the rest)
        currency=str(data["amount"].currency or "EUR"),
        source=source,
        value_date=_day(data.get("date")),
        reversal=status.startswith("R"),
        return_reason=details.get("RTRN"),
        end_to_end=details.get("EREF"),
        creditor_reference=details.get("structured"),
        text=details.get("text", ""),
        payer_name=details.get("name"),
        payer_iban=details.get("iban") or (extra if _IBAN_LIKE.fullmatch(extra) else None),
        position=position,
    )
    problems: list[Problem] = []
    if entry.is_return:
        # SWIFT's place for them is the :61:'s supplementary details (subfield 9, the parser's extra_details).
        supplementary = _fields(str(data.get("extra_details") or ""))
        said = {":61:": (supplementary, source.line), ":86:": (details, information.line if information else 0)}
        entry, problems = _original(entry, said)
    return (entry if entry.reference else replace(entry, reference=fingerprint(entry))), problems


# SWIFT's 3!a15d, as the :61:'s supplementary details and the Dutch :86: write /OCMT/ (the original amount) and
# /CHGS/ (charges): EUR152,50.
_MONEY = re.compile(r"([A-Z]{3})([0-9]{1,14}),([0-9]{0,2})")


_AMOUNT_CODES = ("OCMT", "CHGS")


class _Said(NamedTuple):
    """What a return's :61: (its supplementary details) or :86: says of the credit it takes back (`_original`)."""

    field: str  # ":61:" or ":86:"
    line: int
    codes: dict[str, str]  # its code words, as written
    named: Decimal | None  # its /OCMT/, the original amount, in the entry's currency
    charges: Decimal | None  # its /CHGS/, the charges in the entry's amount, in the entry's currency

    def credit(self, amount: Decimal) -> Decimal | None:
        """The credit it says, on its own, that a return of `amount` takes back (`credit_said`)."""
        return credit_said(amount, self.named, self.charges)

    def agrees(self, other: _Said, amount: Decimal) -> bool:
        """Whether it and `other` say the same credit, each in its own words (`places_agree`)."""
        return places_agree(amount, (self.named, self.charges), (other.named, other.charges))


def _original(entry: BankEntry, said: dict[str, tuple[dict[str, str], int]]) -> tuple[BankEntry, list[Problem]]:
    """The return with the credit it takes back when it debits more (`with_credit_said`), as each place says
    it (`said`: the code words of its :61:'s supplementary details and of its :86:, with their lines): /OCMT/ the
    original amount, /CHGS/ the charges in the entry's amount. An amount that cannot be read is refused, as any
    of the file's. Each place says its credit on its own (`_Said.credit`): where both say one and not the same
    (`_Said.agrees`), which is right cannot be told, so the return takes back no credit by either (never one
    guessed, nor a mix) and the file is refused as one that contradicts itself; so it is where one place says both
    and they do not make the amount (`_contradiction`). Where they agree, what they say together is read as one
    place saying it."""
    problems: list[Problem] = []
    stated: list[_Said] = []
    for field, (codes, line) in said.items():
        amounts = [_code_amount(entry, field, line, codes, code, problems) for code in _AMOUNT_CODES]
        if any(amount is not None for amount in amounts):
            stated.append(_Said(field, line, codes, *amounts))
    torn = [problem for place in stated if (problem := _contradiction(entry, place)) is not None]
    disagree = len(stated) == 2 and not stated[0].agrees(stated[1], entry.amount)
    if torn or disagree:
        return entry, [*problems, *torn, *([_disagreement(entry, *stated)] if disagree else [])]
    named = next((place.named for place in stated if place.named is not None), None)
    charges = next((place.charges for place in stated if place.charges is not None), None)
    return with_credit_said(entry, named, charges), problems


def _code_amount(
    entry: BankEntry, field: str, line: int, codes: dict[str, str], code: str, problems: list[Problem]
) -> Decimal | None:
    """The amount a field's /OCMT/ or /CHGS/ (`code`) says in the entry's currency; one that cannot be read is
    added to `problems`, at the field's line."""
    value = codes.get(code, "")
    if value and _MONEY.fullmatch(value.replace(" ", "")) is None:
        place = " in its supplementary details" if field == ":61:" else ""
        why = f"/{code}/{place} must be a currency and an amount with a decimal comma, as EUR150,00; {_DAMAGED}"
        problems.append(Problem(Source(entry.source.path, line), field, why, shown(value)))
    return _money(value, entry.currency)


def _contradiction(entry: BankEntry, place: _Said) -> Problem | None:
    """A field (:61:'s supplementary details or :86:) that says both /OCMT/ and /CHGS/ of a return when they do not
    make the amount it debits (`contradicted`), at the field's line, with what it says."""
    named, charges = place.named, place.charges
    wrong = contradicted(entry.amount, named, charges, entry.currency)
    if wrong is None or named is None or charges is None:
        return None
    where = " in its supplementary details" if place.field == ":61:" else ""
    return Problem(
        Source(entry.source.path, place.line),
        place.field,
        f"says {_written(place.codes)}{where}: an original amount of {entry.currency} {named:.2f} and charges of "
        f"{entry.currency} {charges:.2f}: {wrong}",
    )


def _written(codes: dict[str, str]) -> str:
    """A field's original amount and charges, as written: /OCMT/EUR150,00//CHGS/EUR2,50/."""
    return "".join(f"/{code}/{codes[code]}/" for code in _AMOUNT_CODES if codes.get(code))


def _disagreement(entry: BankEntry, supplementary: _Said, information: _Said) -> Problem:
    """A return whose :61: and :86: say different credits it takes back, at its :61:, with what each says as written
    and the credit it makes."""
    currency = entry.currency
    return Problem(
        entry.source,
        ":61:",
        f"says {_written(supplementary.codes)} in its supplementary details (a credit of {currency} "
        f"{supplementary.credit(entry.amount):.2f}) and its :86: (line {information.line}) says "
        f"{_written(information.codes)} (a credit of {currency} {information.credit(entry.amount):.2f}): they "
        f"disagree on what this return takes back, and which is right cannot be told, so it is tied to no credit; "
        f"{_DAMAGED}",
    )


def _money(value: str, currency: str) -> Decimal | None:
    """An amount of a code word (`EUR2,50`) in `currency`; None when absent, in another currency or not an amount."""
    found = _MONEY.fullmatch(value.replace(" ", ""))
    if found is None or found.group(1) != currency:
        return None
    return Decimal(f"{found.group(2)}.{found.group(3) or '0'}")


def _details(raw: str) -> dict[str, str]:
    """The :86: field: its code words when structured, else all of it as the payer's text."""
    joined = "".join(line.rstrip("\r") for line in raw.split("\n")).strip()  # code words wrap mid-word
    if not _CODE.match(joined):
        text = _joined(raw)
        return {"text": " ".join(text.split())} | _knab_counterparty(text) if text else {}
    fields = _fields(joined)
    found: dict[str, str] = {}
    if fields.get("EREF", "").upper() not in _NO_REFERENCE:
        found["EREF"] = fields["EREF"]
    if fields.get("RTRN"):
        found["RTRN"] = fields["RTRN"].split("/")[0]
    for code in _AMOUNT_CODES:  # a return's original amount and the charges in it
        if fields.get(code):
            found[code] = fields[code]
    found |= _counterparty(fields)
    found |= _remittance(fields.get("REMI", ""))
    return found


def _fields(joined: str) -> dict[str, str]:
    """The structured code words in a text (`/EREF/E2E-9/OCMT/EUR150,00/`) and each one's value (the first,
    where one is written twice), without the slash that closes it."""
    fields: dict[str, str] = {}
    marks = list(_CODE.finditer(joined))
    for mark, following in zip(marks, marks[1:] + [None]):
        value = joined[mark.end() : following.start() if following else len(joined)]
        fields.setdefault(mark.group(1), value.strip().rstrip("/"))
    return fields


_FULL_LINE = 65  # SWIFT's 6*65x: a line this long was wrapped where it was full, maybe mid-word


def _joined(raw: str) -> str:
    """An unstructured :86:'s lines as one text. A full line (banks wrap at 65, mid-word) goes on
    without a space; a shorter one ended where the bank broke between words (Knab), so a space.
    Structured code words are always joined without one: a field may wrap anywhere."""
    lines = [line.rstrip("\r") for line in raw.split("\n")]
    text = lines[0]
    for before, line in zip(lines, lines[1:]):
        text += ("" if len(before) >= _FULL_LINE else " ") + line
    return text.strip()


_KNAB = re.compile(r"REK:\s*(?P<iban>[A-Z]{2}[0-9]{2}[A-Z0-9 ]+?)\s*/\s*NAAM:\s*(?P<name>[^/]+)")


def _knab_counterparty(text: str) -> dict[str, str]:
    """Knab writes the payer in its free text: `REK: NL20INGB0001234567/NAAM: R BAKKER`."""
    found = _KNAB.search(text)
    if found is None:
        return {}
    return {"iban": found["iban"].replace(" ", "").upper(), "name": " ".join(found["name"].split())}


def _counterparty(fields: dict[str, str]) -> dict[str, str]:
    """ING writes /CNTP/account/BIC/name/city/; Rabobank /ORDP//NAME/name/; ABN AMRO /IBAN/.../NAME/.../."""
    iban, name = "", ""
    if "CNTP" in fields:
        parts = fields["CNTP"].split("/") + ["", "", ""]
        iban, name = parts[0], parts[2]
    iban = (iban or fields.get("IBAN", "")).replace(" ", "").upper()
    name = " ".join((name or fields.get("NAME", "")).split())
    return {key: value for key, value in (("iban", iban), ("name", name)) if value}


_RABO_REFERENCE = re.compile(r"CDTRREF/([^/]+)")
_RABO_SCOR = re.compile(r"/CD/SCOR\b")


def _remittance(remi: str) -> dict[str, str]:
    """ING: `USTD//text` or `STRD/CUR/reference`; Rabobank: text, or `/CDTRREFTP//CD/SCOR/.../CDTRREF/ref`."""
    if remi.startswith("USTD/"):
        return {"text": " ".join(remi.split("/", 2)[2:]).strip()}
    if remi.startswith("STRD/"):
        parts = remi.split("/", 2)
        return {"structured": parts[2].replace(" ", "").upper()} if len(parts) == 3 and parts[2] else {}
    reference = _RABO_REFERENCE.search(remi)
    if reference and _RABO_SCOR.search(remi):
        return {"structured": reference.group(1).replace(" ", "").upper()}
    text = " ".join(remi.split())
    return {"text": text} if text else {}


def _booked_after_closing(block: list[_Tag], path: str, closing, booked: list[BankEntry]) -> list[Problem]:
    """A closing balance (:62F:, or :62M: for a page) dated before entries its statement books: refused, as
    camt.053's (`booked_after`). Only an entry with its booking date written (ING, ABN AMRO: MMDD after the
    value date) is `booked`: without one the value date is all there is, and a bank may date that ahead."""
    day = _day(getattr(closing, "date", None))
    tag = next((t for t in block if t.name.startswith("62")), None)
    wrong = booked_after(day, booked, "a closing balance is the balance at the end of") if day else None
    if wrong is None or tag is None:
        return []
    said = f"the closing balance is dated {day}, {wrong}"
    return [Problem(Source(path, tag.line), f":{tag.name}:", said, shown(tag.value.split("\n", 1)[0]))]


def _check_sum(start: Source, block: list[_Tag], entries: list[BankEntry], opening, closing) -> list[Problem]:
    """Whether the opening balance and the entries make the closing balance; a statement that does not add up is
    refused at its closing balance's line (:62F:, :62M: for a page), with the opening balance's line (:60F:, :60M:)
    named: the two lines to compare with the bank's, not the statement's first."""
    if opening is None or closing is None or getattr(opening, "amount", None) is None:
        return []
    first, last = Decimal(opening.amount.amount), Decimal(closing.amount.amount)
    booked = sum((e.signed for e in entries), Decimal(0))
    if first + booked == last:
        return []
    opened = next((t for t in block if t.name.startswith("60")), None)
    closed = next((t for t in block if t.name.startswith("62")), None)
    where = Source(start.path, closed.line) if closed else start
    field = f":{closed.name}:" if closed else ""
    line = f" (:{opened.name}:, line {opened.line})" if opened else ""
    return [
        Problem(
            where,
            field,
            f"does not add up: opening balance {first}{line} and the entries ({booked}) make "
            f"{first + booked}, not the closing balance {last}; {INCOMPLETE}",
        )
    ]
