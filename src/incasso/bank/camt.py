"""Read ISO 20022 camt.053 statements (BankToCustomerStatement) as Dutch banks export them.

lxml parses with a hardened parser: no DTD loaded, no entity resolved, no
network. A document that declares a DTD at all is refused: a bank statement
never has one, and a DTD is how entity expansion and external entities get
in. Versions 001.02 (ING, Rabobank, ABN AMRO) up to the current ones are read;
the few elements that moved between versions are looked up in both places.
Every problem names the file, the line and the element path, and the column of the element's start tag where the
file's bytes tell it without doubt (`_Columns`: lxml gives an element's line only).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple
from zoneinfo import ZoneInfo

from lxml import etree
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from incasso.bank.domestic import bank_abroad, domestic_iban
from incasso.bank.entry import (
    DAMAGED,
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
from incasso.law.calendar import TIMEZONE
from incasso.ledger.fields import FIRST_DAY, LAST_DAY
from incasso.ledger.problems import Problem, Source, shown

_NAMESPACE = re.compile(r"urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.[0-9]{2}")
_WHERE = re.compile(r", line [0-9]+, column [0-9]+$")
_AMOUNT = re.compile(r"[0-9]{1,18}(\.[0-9]{1,2})?")
# An amount as a Dutch bank app or a spreadsheet shows it: 337,50 or 1.337,50 (a decimal comma, maybe thousands
# dots), 1,337.50 (thousands commas). camt.053 writes neither (XML Schema's decimal): said as such, with the amount.
_DECIMAL_COMMA = re.compile(r"([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+),([0-9]{1,2})")
_THOUSANDS_COMMA = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+)(\.[0-9]{1,2})?")
# FUTR (version 08 on): booked on a later day; until then not money received, as pending.
_STATUS = {
    "BOOK": EntryStatus.BOOKED,
    "PDNG": EntryStatus.PENDING,
    "FUTR": EntryStatus.PENDING,
    "INFO": EntryStatus.INFO,
}
_STATUS_WORDS = "BOOK (booked), or PDNG, FUTR or INFO (not booked)"
_SIDES = {"CRDT": Direction.CREDIT, "DBIT": Direction.DEBIT}
_OPENING = ("OPBD", "PRCD")  # opening booked, or the previous day's closing
_CLOSING = "CLBD"
# Bank transaction sub-families that take a credit back (ISO 20022 external code list): a returned or
# recalled transfer, and a direct debit reversed, returned or refunded (unpaid, reversal, refund).
_RETURN_FAMILIES = ("RRTN", "RPCR", "UPDD", "PRDD", "RCDD")
# Elements read with an index of their own (see _Reader.index).
_OWN_INDEX = ("Stmt", "Ntry", "TxDtls")


class _Balance(NamedTuple):
    """A statement's opening or closing balance: signed, its date, its `Bal` element and the field of its date."""

    amount: Decimal
    day: date | None
    element: object
    field: str


class _Said(NamedTuple):
    """What a return's transaction or entry says of the credit it takes back (`_Reader.said`)."""

    named: Decimal | None  # its original amount as written: InstdAmt, else a TxAmt less than the return's amount
    charges: Decimal | None  # the charges it says the return's amount holds (`_Reader.charges`)
    outside: Decimal | None  # the charges it says are not in the return's amount (`_Reader.outside`)
    at: object  # the element that says it: its original amount's, else its Chrgs; and that element's field path
    field: str
    chrgs_line: int  # its Chrgs element's line (0: none, or not known)
    written: str  # what it says, as the file writes it: "AmtDtls/InstdAmt EUR 150.00", "Chrgs EUR 2.50"

    def credit(self, amount: Decimal) -> Decimal | None:
        """The credit it says, on its own, that a return of `amount` takes back (`credit_said`)."""
        return credit_said(amount, self.named, self.charges)

    def agrees(self, other: _Said, amount: Decimal) -> bool:
        """Whether it and `other` say the same credit, each in its own words (`places_agree`)."""
        return places_agree(amount, (self.named, self.charges), (other.named, other.charges))


def _local_day(stamp: str) -> date:
    """The day of an ISO date and time in the Netherlands: one with a time zone (`Z`, `+00:00`) is turned to
    Europe/Amsterdam first (23:30 UTC on 4 November is 5 November there); one without is taken as local."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(ZoneInfo(TIMEZONE))
    return moment.date()


def _zoned(stamp: str) -> bool:
    """Whether an ISO date and time names its time zone (`Z`, `+00:00`)."""
    try:
        return datetime.fromisoformat(stamp).tzinfo is not None
    except ValueError:  # said where the day is read
        return False


_A_DAY = timedelta(days=1)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
        remove_comments=True,
    )


def read_camt(data: bytes, path: str) -> tuple[list[Statement], list[Problem]]:
    """The statements of one camt.053 document, and every problem found in it."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        # libxml2's column counts characters from 1 (a BOM not counted), as an editor and the YAML errors do:
        # "é" and "€" count one each (libxml2 2.12 and 2.14; tests.bank.test_camt holds it to that).
        line, column = error.position
        return [], [Problem(Source(path, line or 0, column or 0), "", _not_xml(data, error))]
    if root.getroottree().docinfo.doctype:
        return [], [
            Problem(
                Source(path, *_place_of(data, b"<!DOCTYPE")),
                "",
                "declares a DTD (<!DOCTYPE>), which a bank statement never does: refused, "
                "as it could expand entities or read other files",
            )
        ]
    name = etree.QName(root)
    if name.localname != "Document" or not _NAMESPACE.fullmatch(name.namespace or ""):
        return [], [
            Problem(
                _Columns(data, root).source(path, root),
                "",
                f"is not a camt.053 bank statement ({_what_it_is(name)}): export camt.053 (end-of-day statement)",
            )
        ]
    reader = _Reader(path, name.namespace or "", _Columns(data, root))
    found = reader.findall(root, "BkToCstmrStmt/Stmt")
    if not found:
        reader.report(root, "BkToCstmrStmt.Stmt", "holds no statement")
    statements = [reader.statement(stmt, f"Stmt[{i}]") for i, stmt in enumerate(found)]
    # A message split over several files numbers its pages in the group header; a statement's own wins.
    page = _page(reader.text(root, "BkToCstmrStmt/GrpHdr/MsgPgntn/PgNb"))
    return [s if s.page is not None else replace(s, page=page) for s in statements if s is not None], reader.problems


def _page(text: str | None) -> int | None:
    """A page number (camt.053 PgNb, Max5NumericText); None when absent or not a number."""
    return int(text) if text is not None and text.isdigit() else None


_CLOSED = re.compile(rb"</([A-Za-z0-9_.-]+:)?Document>\s*$")


def _not_xml(data: bytes, error: etree.XMLSyntaxError) -> str:
    """What is wrong with a file XML cannot read, in words staff can act on: a download cut short (the
    commonest), a file another program saved in another encoding, or else the parser's own words."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return f"is not XML, so no camt.053 statement (one starts with <?xml or <Document): {EXPORT_AGAIN} as camt.053"
    if not _CLOSED.search(data[-200:]):
        return (
            f"ends before the statement is complete: the file is cut short (an interrupted download?); {EXPORT_AGAIN}"
        )
    message = _WHERE.sub("", error.msg)  # the line and column are in the problem's place already
    if "encoding" in message.lower():
        return (
            "holds characters that are not in its encoding (UTF-8): another program saved it, or it is "
            f"damaged; {EXPORT_AGAIN}, and put it in bank/ without opening and saving it"
        )
    return f"is not well-formed XML: {message}; the file was edited or is damaged: {EXPORT_AGAIN}"


def _place_of(data: bytes, needle: bytes) -> tuple[int, int]:
    """The line and column (1-based, in characters) where `needle` first stands; (0, 0) when it does not."""
    at = data.find(needle)
    if at < 0:
        return 0, 0
    start = data.rfind(b"\n", 0, at) + 1
    return data.count(b"\n", 0, at) + 1, len(data[start:at].decode("utf-8", "replace").lstrip("\ufeff")) + 1


class _Columns:
    """The column of an element's start tag, which lxml does not give (its `sourceline` only): found in the file's
    own line, as the YAML errors give theirs (1-based, in characters). Only where it is certain: the element the
    k-th of its name to start on that line, and that line holding exactly as many of its start tags (a comment or a
    CDATA section holding "<Amt" would shift them). Else 0, and the problem names the line alone."""

    def __init__(self, data: bytes, root) -> None:
        self.data, self.root = data, root
        self.encoding = root.getroottree().docinfo.encoding or "UTF-8"
        # Split and indexed on the first problem (most files have none), once: a file with an amount wrong in each of
        # its thousands of entries is said in one pass, not one a problem.
        self.lines: list[bytes] = []
        self.starting: dict[tuple[str, int], list] = {}  # the elements of a name that start on a line, in order

    def source(self, path: str, element) -> Source:
        return Source(path, element.sourceline or 0, self.of(element))

    def of(self, element) -> int:
        line, tag = element.sourceline, element.tag
        if not line or not isinstance(tag, str):
            return 0
        if not self.lines:
            self.lines = self.data.split(b"\n")
            for e in self.root.iter():
                if isinstance(e.tag, str):
                    self.starting.setdefault((e.tag, e.sourceline or 0), []).append(e)
        if line > len(self.lines):
            return 0
        same = self.starting.get((tag, line), [])
        name = f"{element.prefix}:" if element.prefix else ""
        written = re.compile(b"<" + re.escape((name + etree.QName(tag).localname).encode()) + rb"(?=[\s/>])")
        starts = [m.start() for m in written.finditer(self.lines[line - 1])]
        if len(starts) != len(same):
            return 0
        before = self.lines[line - 1][: starts[next(i for i, e in enumerate(same) if e is element)]]
        try:
            return len(before.decode(self.encoding, "replace").lstrip("\ufeff")) + 1
        except LookupError:  # an encoding Python does not know: the bytes are not its characters
            return 0


class _Reader:
    """Reads the elements of one document, collecting problems with their line.

    Elements are looked up by path (`RmtInf/Strd/CdtrRefInf`) in an index made in one
    pass over each statement, entry and transaction: a year of statements makes a few
    hundred thousand lookups, and lxml's ElementPath would take several seconds for them.
    """

    def __init__(self, path: str, namespace: str, columns: _Columns) -> None:
        self.path, self.columns = path, columns
        self.brace = f"{{{namespace}}}"
        self.problems: list[Problem] = []
        self.indexes: dict = {}

    def report(self, element, field: str, message: str, got: str | None = None) -> None:
        self.problems.append(Problem(self.columns.source(self.path, element), field, message, got))

    def index(self, element) -> dict[str, list]:
        """Every element below `element` by its path; statements, entries and transactions get their own."""
        found = self.indexes.get(element)
        if found is None:
            found = self.indexes[element] = defaultdict(list)
            self._walk(element, "", found)
        return found

    def _walk(self, element, prefix: str, found: dict[str, list]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):  # an entity reference left unresolved
                continue
            local = tag.removeprefix(self.brace)
            found[prefix + local].append(child)
            if local not in _OWN_INDEX:
                self._walk(child, f"{prefix}{local}/", found)

    def find(self, element, steps: str):
        found = self.index(element).get(steps)
        return found[0] if found else None

    def findall(self, element, steps: str) -> list:
        return list(self.index(element).get(steps, ()))

    def text(self, element, steps: str) -> str | None:
        found = self.find(element, steps)
        value = found.text.strip() if found is not None and found.text else ""
        return value or None

    def texts(self, element, steps: str) -> list[str]:
        return [e.text.strip() for e in self.findall(element, steps) if e.text and e.text.strip()]

    def day(self, element, steps: str, field: str) -> date | None:
        """A DateAndDateTimeChoice (Dt or DtTm) under `steps`; None when absent."""
        holder = self.find(element, steps)
        if holder is None:
            return None
        plain, stamp = self.text(holder, "Dt"), self.text(holder, "DtTm")
        try:
            day = date.fromisoformat(plain) if plain else _local_day(stamp) if stamp else None
        except ValueError:
            self.report(holder, field, "must be a date (YYYY-MM-DD) or date and time", plain or stamp)
            return None
        if day is None:
            self.report(holder, field, "must hold Dt or DtTm")
        elif not FIRST_DAY <= day <= LAST_DAY:  # as a ledger's dates: 1926 for 2026 is a typo, not a payment
            self.report(holder, field, f"must be between {FIRST_DAY} and {LAST_DAY}", plain or stamp)
            return None
        return day

    def date_time(self, element, steps: str, field: str) -> date | None:
        """The day of an ISODateTime under `steps` (a statement's period ends with one); None when absent."""
        holder = self.find(element, steps)
        stamp = self.text(element, steps)
        if holder is None or stamp is None:
            return None
        try:
            return _local_day(stamp)
        except ValueError:
            self.report(holder, field, "must be a date and time (YYYY-MM-DDThh:mm:ss)", stamp)
            return None

    def amount(self, element, field: str) -> tuple[Decimal, str] | None:
        """An amount with its currency (Ccy), in euros at most two decimals."""
        if element is None:
            return None
        text = (element.text or "").strip()
        currency = element.get("Ccy")
        if not _AMOUNT.fullmatch(text):
            said, mend = _amount_words(text)
            self.problems.append(Problem(self.columns.source(self.path, element), field, said, shown(text), mend))
            return None
        if not currency:
            self.report(element, field, "must name its currency (Ccy)")
            return None
        return Decimal(text), currency

    # -- a statement -------------------------------------------------------------

    def account(self, stmt, field: str) -> str | None:
        """The statement's own account as an IBAN; None, reported, when it is damaged or cannot be told.

        A damaged account, or a domestic number without its bank (`Othr/Id`, no `Svcr` BIC to make the
        IBAN with) or at a bank abroad (no IBAN can be made of it, `domestic`), is not another account:
        skipped as a savings account's, the creditor's own payments would stop counting without a word
        (as MT940's `:25:` is read)."""
        iban = self.text(stmt, "Acct/Id/IBAN")
        if iban is not None:
            if (problem := _iban_problem(iban)) is not None:
                self.report(stmt, f"{field}.Acct.Id.IBAN", problem, iban)
                return None
            return iban
        other = self.text(stmt, "Acct/Id/Othr/Id")
        if other is None:
            self.report(stmt, f"{field}.Acct.Id.IBAN", "is required but missing")
            return None
        bic = self.text(stmt, "Acct/Svcr/FinInstnId/BIC") or self.text(stmt, "Acct/Svcr/FinInstnId/BICFI")
        made = _iban_of(other, bic)
        if made is None:
            why = (
                f"names an account number at a bank outside the Netherlands ({bic}), not an IBAN: only a Dutch "
                "number makes an IBAN with its bank's BIC"
                if bank_abroad(bic) and re.sub(r"[\s.]", "", other).isdigit()
                else "names an account number without its bank, not an IBAN"
            )
            self.report(
                self.find(stmt, "Acct/Id/Othr/Id"),
                f"{field}.Acct.Id.Othr.Id",
                f"{why}, so whose account it is cannot be told: export the statement again with the IBAN (in most "
                "banks' camt.053 settings)",
                other,
            )
        return made

    def statement(self, stmt, field: str) -> Statement | None:
        account = self.account(stmt, field)
        if account is None:
            return None
        entries: list[BankEntry] = []
        clean = True
        account_currency = self.text(stmt, "Acct/Ccy")
        for j, ntry in enumerate(self.findall(stmt, "Ntry")):
            before = len(self.problems)
            found = self.entries(ntry, f"{field}.Ntry[{j}]", account.replace(" ", "").upper(), j + 1)
            if account_currency and found and found[0].currency != account_currency:
                # An entry is booked in the account's currency; a foreign amount belongs in AmtDtls/InstdAmt.
                self.report(
                    self.find(ntry, "Amt"),
                    f"{field}.Ntry[{j}].Amt",
                    f"is in {found[0].currency}, not in the account's currency {account_currency}",
                    shown(f"{found[0].amount} {found[0].currency}"),
                )
            entries.extend(found)
            clean = clean and len(self.problems) == before
        opening, closing = self.balances(stmt, field)
        if clean and opening is not None and closing is not None:
            self.check_sum(stmt, field, entries, opening.amount, closing.amount)
        period_end = self.date_time(stmt, "FrToDt/ToDtTm", f"{field}.FrToDt.ToDtTm")
        self.check_last_day(stmt, field, entries, closing, period_end)
        until = (
            (closing.day if closing else None)
            or period_end
            or max((e.booked for e in entries if e.booked), default=None)
        )
        currency = self.text(stmt, "Acct/Ccy") or next((e.currency for e in entries), "EUR")
        both = opening is not None and closing is not None
        return Statement(
            account.replace(" ", "").upper(),
            currency,
            until,
            StatementFormat.CAMT053,
            tuple(entries),
            Source(self.path, stmt.sourceline or 0),
            opening=opening.amount if opening and both else None,
            closing=closing.amount if closing and both else None,
            opened=(opening.day if opening else None)
            or self.date_time(stmt, "FrToDt/FrDtTm", f"{field}.FrToDt.FrDtTm")
            or min((e.booked for e in entries if e.booked), default=None),
            number=self.text(stmt, "Id"),
            page=_page(self.text(stmt, "StmtPgntn/PgNb")),
        )

    def balances(self, stmt, field: str) -> tuple[_Balance | None, _Balance | None]:
        """(opening, closing): each a signed amount, its date and where that is written, or None when the
        statement has none."""
        found: dict[str, _Balance] = {}
        for k, bal in enumerate(self.findall(stmt, "Bal")):
            kind = self.text(bal, "Tp/CdOrPrtry/Cd")
            if kind not in _OPENING + (_CLOSING,) or kind in found:
                continue
            amount = self.amount(self.find(bal, "Amt"), f"{field}.Bal[{k}].Amt")
            side = self.text(bal, "CdtDbtInd")
            if amount is None or side not in _SIDES:
                continue
            signed = amount[0] if side == "CRDT" else -amount[0]
            found[kind] = _Balance(signed, self.day(bal, "Dt", f"{field}.Bal[{k}].Dt"), bal, f"{field}.Bal[{k}].Dt")
        opening = next((found[k] for k in _OPENING if k in found), None)
        return opening, found.get(_CLOSING)

    def check_last_day(
        self, stmt, field: str, entries: list[BankEntry], closing: _Balance | None, period_end: date | None
    ) -> None:
        """Refuse a statement that books entries after the day it says it runs to: its closing balance's date
        (CLBD, the balance at the end of the period, after every entry booked in it), else its period's end
        (FrToDt). That day is the payments stamp of every page (`Statement.until`): a day before a payment
        counted would say it is not processed yet (`booked_after`); entries not booked yet (PDNG, FUTR) may lie
        after it."""
        if closing is not None and closing.day is not None:
            holder = self.find(closing.element, "Dt/Dt")  # an element without children is false: no `or`
            holder = self.find(closing.element, "Dt/DtTm") if holder is None else holder
            day, where, written = closing.day, closing.field, (holder.text or "").strip()
            what, rule = "the closing balance (CLBD) is dated", "a closing balance is the balance at the end of"
        elif period_end is not None:
            day, holder, where = period_end, self.find(stmt, "FrToDt/ToDtTm"), f"{field}.FrToDt.ToDtTm"
            what, rule = "the statement's period (FrToDt) ends on", "a statement's period ends with"
            written = self.text(stmt, "FrToDt/ToDtTm")
        else:
            return
        zoned = self.zoned_bookings(stmt)
        # An entry stamped with a zone is a day in Amsterdam (`_local_day`); a bank keeping UTC days dates its
        # balance by its own, so such an entry may lie a day after it: later still, the file contradicts itself.
        checked = [e for e in entries if not (e.position in zoned and e.booked and e.booked - _A_DAY <= day)]
        wrong = booked_after(day, checked, rule)
        if wrong is not None:
            self.report(holder, where, f"{what} {day}, {wrong}", written)

    def zoned_bookings(self, stmt) -> set[int]:
        """The places (from 1, as `BankEntry.position`) of the entries whose booking is a time with a zone."""
        return {
            j + 1 for j, ntry in enumerate(self.findall(stmt, "Ntry")) if _zoned(self.text(ntry, "BookgDt/DtTm") or "")
        }

    def check_sum(self, stmt, field: str, entries: list[BankEntry], opening: Decimal, closing: Decimal) -> None:
        booked = sum((e.signed for e in entries if e.status == EntryStatus.BOOKED), Decimal(0))
        if opening + booked != closing:
            self.report(
                stmt,
                field,
                f"does not add up: opening balance {opening} and the booked entries ({booked}) "
                f"make {opening + booked}, not the closing balance {closing}; {INCOMPLETE}",
            )

    # -- an entry ------------------------------------------------------------------

    def code_problem(self, ntry, field: str, code: str | None, what: str, codes: str) -> None:
        """An entry's code (`what`) that is missing (said so: "must be" alone reads as a wrong value) or not one
        of `codes`, at the entry's line."""
        if code is None:
            state = "missing" if self.find(ntry, field.rpartition(".")[2]) is None else "empty"
            self.report(ntry, field, f"is required but {state}: {what}, {codes}")
        else:
            self.report(ntry, field, f"must be {codes}", shown(code))

    def entries(self, ntry, field: str, account: str, position: int) -> list[BankEntry]:
        """The entry, or one per transaction of a batch whose transactions carry their own amounts."""
        money = self.amount(self.find(ntry, "Amt"), f"{field}.Amt")
        if self.find(ntry, "Amt") is None:
            self.report(ntry, f"{field}.Amt", "is required but missing")
        side = self.text(ntry, "CdtDbtInd")
        if side not in _SIDES:
            self.code_problem(
                ntry, f"{field}.CdtDbtInd", side, "the entry's side", "CRDT (money in) or DBIT (money out)"
            )
        code = self.text(ntry, "Sts/Cd") or self.text(ntry, "Sts")
        if code not in _STATUS:
            self.code_problem(ntry, f"{field}.Sts", code, "the entry's status", _STATUS_WORDS)
        booked = self.day(ntry, "BookgDt", f"{field}.BookgDt")
        if booked is None and code == "BOOK" and self.find(ntry, "BookgDt") is None:  # a refused one is said once
            self.report(ntry, f"{field}.BookgDt", "is required for a booked entry")
        if money is None or side not in _SIDES or code not in _STATUS:
            return []
        base = dict(
            account=account,
            booked=booked,
            direction=_SIDES[side],
            status=_STATUS[code],
            currency=money[1],
            source=Source(self.path, ntry.sourceline or 0),
            value_date=self.day(ntry, "ValDt", f"{field}.ValDt"),
            reversal=(self.text(ntry, "RvslInd") or "").lower() in ("true", "1"),
            position=position,
        )
        reference = self.text(ntry, "AcctSvcrRef") or self.text(ntry, "NtryRef")
        family = self.text(ntry, "BkTxCd/Domn/Fmly/SubFmlyCd")
        details = self.findall(ntry, "NtryDtls/TxDtls")
        parts = self.batch(details, money[0], field)
        if parts is None:
            found = self.details(details, _SIDES[side], account, fallback=self.text(ntry, "AddtlNtryInf"))
            entry = self.entry(base, reference, money[0], found, family)
            if entry.is_return and len(details) < 2:  # a batch this export cannot split names no one credit's amount
                own = [(details[0], f"{field}.NtryDtls.TxDtls[0]")] if details else []
                entry = self.with_credit([*own, (ntry, field)], entry)
            return [entry]
        whole = {"batch": (reference, money[0])} if reference else {}
        split = [
            self.entry(
                {**base, **whole},
                f"{reference}/{n}" if reference else None,
                part,
                self.details([tx], _SIDES[side], account),
                family,
            )
            for n, (tx, part) in enumerate(parts, start=1)
        ]
        # A batch of returns split: each transaction says its own credit's amount or none (the entry's: the batch's).
        return [
            self.with_credit([(tx, f"{field}.NtryDtls.TxDtls[{k}]")], e) if e.is_return else e
            for k, ((tx, _), e) in enumerate(zip(parts, split, strict=True))
        ]

    def entry(self, base: dict, reference: str | None, amount: Decimal, found: dict, family: str | None) -> BankEntry:
        if found["return_reason"] is None and family in _RETURN_FAMILIES:
            found = {**found, "return_reason": family}
        entry = BankEntry(reference=reference or "", amount=amount, **base, **found)
        if reference:
            return entry
        return replace(entry, reference=fingerprint(entry))

    def with_credit(self, holders: list[tuple[object, str]], entry: BankEntry) -> BankEntry:
        """The return with the credit it takes back, when it debits more (`with_credit_said`): the original
        amount it names (AmtDtls: InstdAmt, else TxAmt), else its amount less the charges it says it holds (Chrgs:
        records with ChrgInclInd true or not said, debited; their total), read in `holders` in turn (a transaction,
        its entry; each element with its field path), and the charges it says are not in its amount (ChrgInclInd
        false: booked apart, `BankEntry.apart`, of a return that takes back all it debits). Only amounts in the
        entry's currency: an instructed amount in another is no credit's of ours. A holder that names both when they
        do not make the entry's amount contradicts itself (`contradicted`), and a transaction and its entry that say
        different credits disagree (`disagree`): refused, all at once, and the return takes back no credit by
        either."""
        said = [self.said(holder, where, entry) for holder, where in holders]
        torn = [amounts for amounts in said if self.contradicts(entry, amounts)]  # each one said, all at once
        if self.disagree(entry, said) or torn:
            return entry
        named = next((amounts.named for amounts in said if amounts.named is not None), None)
        charges = next((amounts.charges for amounts in said if amounts.charges is not None), None)
        outside = next((amounts.outside for amounts in said if amounts.outside is not None), None)
        return with_credit_said(entry, named, charges, outside)

    def said(self, holder, where: str, entry: BankEntry) -> _Said:
        """What a transaction or entry (`holder`, at `where`) says of the credit a return takes back, each amount in
        the entry's currency read once (so one that cannot be read is said once)."""
        instructed = self.money_in(holder, "AmtDtls/InstdAmt/Amt", entry.currency, where)
        transaction = self.money_in(holder, "AmtDtls/TxAmt/Amt", entry.currency, where)
        if transaction is not None and transaction >= entry.amount:
            transaction = None  # the amount moved, not the credit's
        named = instructed if instructed is not None else transaction
        steps = "AmtDtls/InstdAmt/Amt" if instructed is not None else "AmtDtls/TxAmt/Amt"
        chrgs = self.find(holder, "Chrgs")
        charges = self.charges(holder, entry.currency, where)
        written = [f"{steps.removesuffix('/Amt')} {_as_written(self.find(holder, steps))}"] if named is not None else []
        written += [f"Chrgs {charges[1]}"] if charges is not None else []
        at, field = (self.find(holder, steps), steps.replace("/", ".")) if named is not None else (chrgs, "Chrgs")
        return _Said(
            named=named,
            charges=charges[0] if charges is not None else None,
            outside=self.outside(holder, entry.currency, where),
            at=at,
            field=f"{where}.{field}",
            chrgs_line=getattr(chrgs, "sourceline", 0) or 0,
            written=" and ".join(written),
        )

    def contradicts(self, entry: BankEntry, said: _Said) -> bool:
        """Whether a transaction's or entry's original amount and charges do not make the return's amount
        (`contradicted`); said at its original amount's element, with its Chrgs' line."""
        wrong = contradicted(entry.amount, said.named, said.charges, entry.currency)
        if wrong is None or said.named is None or said.charges is None:
            return False
        line = f" (line {said.chrgs_line})" if said.chrgs_line else ""
        self.report(
            said.at,
            said.field,
            f"says an original amount of {entry.currency} {said.named:.2f} and, in its Chrgs{line}, charges of "
            f"{entry.currency} {said.charges:.2f} in its amount: {wrong}",
        )
        return True

    def disagree(self, entry: BankEntry, said: list[_Said]) -> bool:
        """Whether a return's transaction and its entry (`said`, in that order) each say a credit it takes back and
        not the same one (`_Said.agrees`), as MT940's :61: and :86: may: which is right cannot be told, so neither
        is taken. Said at the transaction's element, naming the entry's line, with what each says as written."""
        stating = [amounts for amounts in said if amounts.credit(entry.amount) is not None]
        if len(stating) < 2 or stating[0].agrees(stating[1], entry.amount):
            return False
        transaction, own = stating
        place = getattr(own.at, "sourceline", 0) or 0
        line = f" (line {place})" if place else ""
        currency = entry.currency
        self.report(
            transaction.at,
            transaction.field,
            f"says {transaction.written} (a credit of {currency} {transaction.credit(entry.amount):.2f}) and its "
            f"entry{line} says {own.written} (a credit of {currency} {own.credit(entry.amount):.2f}): they disagree on "
            f"what this return takes back, and which is right cannot be told, so it is tied to no credit; {DAMAGED}",
        )
        return True

    def money_in(self, holder, steps: str, currency: str, where: str) -> Decimal | None:
        """An amount under `steps` in `currency`; None when absent, unreadable (reported) or in another."""
        money = self.amount(self.find(holder, steps), f"{where}.{steps.replace('/', '.')}")
        return money[0] if money is not None and money[1] == currency else None

    def charges(self, holder, currency: str, where: str) -> tuple[Decimal, str] | None:
        """The charges an entry or transaction says its amount holds (ISO 20022 Chrgs), and them as written
        ("EUR 1.00 + EUR 1.50"): version 04 on, each record (Rcrd) not said to be outside it (ChrgInclInd false)
        nor credited, else their total (TtlChrgsAndTaxAmt); version 02, each Chrgs not credited. None when it says
        none."""
        records = self.findall(holder, "Chrgs/Rcrd") or self.findall(holder, "Chrgs")
        records = [record for record in records if self.find(record, "Amt") is not None]
        if not records:
            total = self.money_in(holder, "Chrgs/TtlChrgsAndTaxAmt", currency, where)
            return None if total is None else (total, _as_written(self.find(holder, "Chrgs/TtlChrgsAndTaxAmt")))
        counted = [
            record
            for record in records
            if (self.text(record, "ChrgInclInd") or "").lower() not in ("false", "0")
            and self.text(record, "CdtDbtInd") != "CRDT"
        ]
        amounts = [self.money_in(record, "Amt", currency, f"{where}.Chrgs") for record in counted]
        if not amounts or None in amounts:  # none in its amount, or one that cannot be read: none said for sure
            return None
        written = " + ".join(_as_written(self.find(record, "Amt")) for record in counted)
        return sum((amount for amount in amounts if amount is not None), Decimal(0)), written

    def outside(self, holder, currency: str, where: str) -> Decimal | None:
        """The charges an entry or transaction says are not in its amount, debited apart (ISO 20022 from version 04
        on: each Chrgs/Rcrd with ChrgInclInd false, not credited): their total; None when it says none, or one that
        cannot be read (said where it is read, as any amount)."""
        records = [
            record
            for record in self.findall(holder, "Chrgs/Rcrd")
            if (self.text(record, "ChrgInclInd") or "").lower() in ("false", "0")
            and self.text(record, "CdtDbtInd") != "CRDT"
            and self.find(record, "Amt") is not None
        ]
        amounts = [self.money_in(record, "Amt", currency, f"{where}.Chrgs.Rcrd") for record in records]
        if not amounts or None in amounts:
            return None
        return sum((amount for amount in amounts if amount is not None), Decimal(0))

    def batch(self, details: list, total: Decimal, field: str) -> list[tuple[object, Decimal]] | None:
        """A batch entry split into its transactions, when each has an amount and they add up."""
        if len(details) < 2:
            return None
        parts = []
        for k, tx in enumerate(details):
            element = self.find(tx, "Amt")
            if element is None:
                element = self.find(tx, "AmtDtls/TxAmt/Amt")
            money = self.amount(element, f"{field}.NtryDtls.TxDtls[{k}].Amt") if element is not None else None
            if money is None:
                return None
            parts.append((tx, money[0]))
        return parts if sum(amount for _, amount in parts) == total else None

    def details(self, txs: list, direction: Direction, account: str, fallback: str | None = None) -> dict:
        """Who paid and what they wrote, from the entry's transaction details.

        Several transactions this export could not split (no amount of each) name a payer, a
        reference or an end-to-end reference only when every one of them names the same: a batch
        of several payers is no one payer's payment. Each one's reference and text are kept
        (`parts`), so the batch is matched only when every transaction names the same dossier.
        """
        texts: list[str] = []
        names, ibans, ends, structured, reasons, parts = [], [], [], [], [], []
        for tx in txs:
            own_texts = self.texts(tx, "RmtInf/Ustrd") + self.texts(tx, "RmtInf/Strd/AddtlRmtInf")
            own_structured = None
            for ref in self.findall(tx, "RmtInf/Strd/CdtrRefInf"):
                value = self.text(ref, "Ref")
                if value and self.text(ref, "Tp/CdOrPrtry/Cd") == "SCOR":
                    own_structured = value.replace(" ", "").upper()
                elif value:
                    own_texts.append(value)
            if not texts and not own_texts:
                own_texts += self.texts(tx, "AddtlTxInf")
            texts += own_texts
            structured.append(own_structured)
            parts.append((own_structured, " ".join(own_texts)))
            name, iban = self.counterparty(tx, direction, account)
            names.append(name)
            ibans.append(iban)
            ends.append(next((e for e in self.texts(tx, "Refs/EndToEndId") if e != "NOTPROVIDED"), None))
            reasons += self.texts(tx, "RtrInf/Rsn/Cd") + self.texts(tx, "RtrInf/Rsn/Prtry")
        if not texts and fallback:
            texts.append(fallback)
        return dict(
            end_to_end=_one(ends),
            creditor_reference=_one(structured),
            text=" ".join(texts),
            payer_name=_one(names),
            payer_iban=_one(ibans),
            return_reason=reasons[0] if reasons else None,
            parts=tuple(parts) if len(parts) > 1 else (),
        )

    def counterparty(self, tx, direction: Direction, account: str) -> tuple[str | None, str | None]:
        """The other party's name and IBAN: the debtor of a credit, the creditor of a debit.

        A debit that returns a credit may keep the parties of the payment it takes back (the payer
        as debtor, us as creditor): for a debit, a creditor that is our own account, or names none
        while the debtor does, is not the counterparty, and the debtor is.
        """
        sides = ("Dbtr",) if direction == Direction.CREDIT else ("Cdtr", "Dbtr")
        found = []
        for party in sides:
            name = next(
                iter(self.texts(tx, f"RltdPties/{party}/Nm") + self.texts(tx, f"RltdPties/{party}/Pty/Nm")), None
            )
            iban = next(iter(self.texts(tx, f"RltdPties/{party}Acct/Id/IBAN")), None)
            iban = iban.replace(" ", "").upper() if iban else None
            if iban != account and (name or iban):
                found.append((name, iban))
        if len(found) > 1 and found[0][1] is None and found[1][1] is not None:
            return found[1]  # the expected side names no account; the other side names one not ours
        return found[0] if found else (None, None)


# The messages a bank offers beside camt.053, by the name their namespace gives.
_OTHER_MESSAGES = {
    "camt.052": "a camt.052 intraday account report",
    "camt.054": "a camt.054 debit/credit notification",
    "pain.001": "a pain.001 payment order",
    "pain.008": "a pain.008 direct debit order",
}


def _what_it_is(name: etree.QName) -> str:
    """What a document that is no camt.053 is, in words: the bank's other messages by name."""
    if name.localname == "Document" and not name.namespace:  # a camt.053's root, without what says it is one
        return 'its <Document> has no camt.053 namespace, xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx"'
    found = re.search(r"(camt|pain)\.[0-9]{3}", name.namespace or "")
    if name.localname == "Document" and found and found.group(0) in _OTHER_MESSAGES:
        return f"it is {_OTHER_MESSAGES[found.group(0)]}"
    return f"its root element is {shown(name.localname)}" + (f" in {shown(name.namespace)}" if name.namespace else "")


def _amount_words(text: str) -> tuple[str, str | None]:
    """What is wrong with an amount camt.053 cannot hold, and how to write it (a Dutch decimal comma, a thousands
    separator: a file typed by hand or saved by a spreadsheet; a bank writes neither)."""
    if comma := _DECIMAL_COMMA.fullmatch(text):
        whole, cents = comma.group(1), comma.group(2)
        thousands = " and no thousands separator" if "." in whole else ""
        return (
            f"has a decimal comma, where camt.053 writes a decimal point{thousands} (1250.50)",
            f"; write {whole.replace('.', '')}.{cents.ljust(2, '0')}",
        )
    if grouped := _THOUSANDS_COMMA.fullmatch(text):
        written = grouped.group(1).replace(",", "") + (grouped.group(2) or "")
        return "has a thousands separator, which camt.053 never writes (1250.50)", f"; write {written}"
    return "must be an amount like 1250.50 (at most 2 decimals)", None


def _as_written(element) -> str:
    """An amount element as the file writes it, its currency first: EUR 150.00 (or 150, or 150.5)."""
    return f"{element.get('Ccy')} {(element.text or '').strip()}"


def _iban_of(number: str, bic: str | None) -> str | None:
    """The IBAN a camt.053 `Othr/Id` stands for: an IBAN written there, or a Dutch domestic number with the
    BIC of the bank that keeps the account (`Svcr`)."""
    compact = re.sub(r"[\s.]", "", number).upper()
    try:
        return IBAN(compact).compact
    except SchwiftyException:
        return domestic_iban(compact, bic)


def _iban_problem(iban: str) -> str | None:
    try:
        IBAN(iban)
    except SchwiftyException as error:
        return f"is not a valid IBAN: {error}; the file was edited or is damaged; {EXPORT_AGAIN}"
    return None


def _one(values: list[str | None]) -> str | None:
    """The value when every transaction has one and all agree, else None (a batch of several payers,
    or of one that names itself and others that do not, names no one payer)."""
    distinct = set(values)
    return values[0] if len(distinct) == 1 else None
