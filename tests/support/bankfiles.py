"""Bank statement files for tests, written to the standards as Dutch banks export them.

    camt053(IBAN, [Booking("150.00", date(2026, 11, 3), scor=rf_reference("D-1001"))])
    mt940(IBAN, [Booking("150.00", date(2026, 11, 3), text="factuur F2026-0001")], dialect="rabo")

camt.053.001.02 is the version ING, Rabobank and ABN AMRO export; elements are
written in the schema's sequence (Stmt: Id, CreDtTm, FrToDt, Acct, Bal, Ntry;
Ntry: NtryRef, Amt, CdtDbtInd, RvslInd, Sts, BookgDt, ValDt, AcctSvcrRef,
BkTxCd, AmtDtls, Chrgs, NtryDtls; TxDtls: Refs, AmtDtls, BkTxCd, RltdPties, RmtInf, RtrInf).
`version="08"` writes camt.053.001.08 (a status as `<Sts><Cd>`, a party under
`<Pty>`), the first version with the status FUTR. Each file in the standard's
namespace is held to ISO 20022's message definition as it is written
(tests.support.iso20022): a test that wants a broken file breaks it afterwards.
MT940 follows the SWIFT layout (:20: :25: :28C: :60F: :61: :86: :62F:) with the
structured :86: of ING (`/EREF/..//CNTP/iban/bic/name/city//REMI/USTD//text/`)
or Rabobank (`/EREF/../ORDP//NAME/../REMI/..`), wrapped at 65 characters.
Balances are computed so every statement adds up, as a bank's does.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

from incasso.payments.reference import rf_reference
from tests.support.iso20022 import camt053_problems

NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
NS_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
CREDITOR_IBAN = "NL91ABNA0417164300"  # tests.support.ledgers.VALID_CREDITOR's account
OTHER_IBAN = "NL44RABO0123456789"  # an account of the creditor that is not the ledger's
PAYER_IBAN = "NL20INGB0001234567"


@dataclass(frozen=True)
class Booking:
    """One entry on a statement; `ref` is the bank's own reference of it (None: the bank wrote none)."""

    amount: str | Decimal
    booked: date
    credit: bool = True
    ref: str | None = None
    status: str = "BOOK"
    reversal: bool = False
    return_reason: str | None = None
    end_to_end: str | None = None
    scor: str | None = None
    text: str | None = None
    name: str | None = "J. de Vries"
    iban: str | None = PAYER_IBAN
    parts: tuple[Booking, ...] = field(default=())  # a batch booked as one entry
    valued: date | None = None  # the value date, when it is not the booking date
    # The bank transaction code's family and sub-family (camt.053 BkTxCd), when not a plain transfer's (RCDT/ESCT,
    # ICDT/ESCT; a return ICDT/RRTN): a received transfer taken back on a recall is RCDT/RPCR.
    codes: tuple[str, str] | None = None
    # A return that debits more than the credit it takes back: the original amount it names (camt.053
    # AmtDtls/InstdAmt, MT940 :86: /OCMT/) and the charges it holds (camt.053 Chrgs, MT940 /CHGS/).
    instructed: str | None = None
    charges: str | None = None
    # Those charges (and the entry's) said to be not in the return's amount, booked apart: camt.053.001.08 marks
    # their record ChrgInclInd false. Version 02 and MT940 cannot say so (an original amount that is the return's
    # own says it there): writing it in them is refused.
    charges_apart: bool = False
    # Beside `charges` in the return's amount, more charges its camt.053.001.08 transaction marks not in it (a second
    # Chrgs/Rcrd, ChrgInclInd false): charges both in what it debits and booked apart.
    charges_apart_too: str | None = None
    # The same as the camt.053 entry itself says them (Ntry/AmtDtls/InstdAmt, Ntry/Chrgs), beside or instead of its
    # transaction's: an unsplit return may say them in either place, or in both.
    entry_instructed: str | None = None
    entry_charges: str | None = None
    # Where MT940 writes those two: the :86: (the Dutch structured format), the :61:'s supplementary details (subfield
    # 9, SWIFT's own place: after the :61:'s line break, behind ING's transaction code), or both.
    amounts_in: tuple[str, ...] = (":86:",)

    @property
    def value_date(self) -> date:
        return self.valued or self.booked

    @property
    def money(self) -> Decimal:
        return Decimal(str(self.amount))

    @property
    def signed(self) -> Decimal:
        return self.money if self.credit else -self.money


def paid_and_returned(
    debtor_ids, amount: str, paid: date, returned: date, *, account: str = "NL20INGB000123456"
) -> list[Booking]:
    """For each debtor in turn (n from 1), a payment of `amount` on `paid` by their payment reference from account
    `account`n, and the bank's return of it on `returned` (AC04, the account closed)."""
    bookings = []
    for n, debtor_id in enumerate(debtor_ids, start=1):
        iban = f"{account}{n}"
        bookings.append(Booking(amount, paid, ref=f"C{n}", scor=rf_reference(debtor_id), iban=iban))
        bookings.append(Booking(amount, returned, credit=False, ref=f"B{n}", return_reason="AC04", iban=iban))
    return bookings


def _booked_total(bookings: list[Booking]) -> Decimal:
    return sum((b.signed for b in bookings if b.status == "BOOK"), Decimal(0))


# -- camt.053 ----------------------------------------------------------------------------


def camt053(
    account: str,
    bookings: list[Booking],
    *,
    opening: str = "1000.00",
    per_day: bool = False,
    namespace: str | None = None,
    version: str = "02",
    message_id: str = "CAMT053-TEST-1",
    statement_id: str | None = None,
    page: int | None = None,
    checked: bool = True,
) -> bytes:
    """A camt.053 document: one statement over all bookings, or one per booking day (as a daily download).

    `statement_id`: the statement's Id (else one by its last day); `page`: the message's page (MsgPgntn),
    as a bank writes a statement split over several files; `namespace`: another than the version's, for a file
    that is not a camt.053.001 (not held to a definition then); `checked`: False only where a test holds the
    files to the definition itself (a synthetic year's hundreds, tests/benchmarks/test_synthetic.py)."""
    standard = f"urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}"
    namespace = namespace or standard
    E = ElementMaker(namespace=namespace, nsmap={None: namespace})
    days = sorted({b.booked for b in bookings}) or [date(2026, 11, 2)]
    groups = [[b for b in bookings if b.booked == d] for d in days] if per_day else [bookings]
    statements, balance = [], Decimal(opening)
    for n, group in enumerate(groups, start=1):
        first = min((b.booked for b in group), default=days[0])
        last = max((b.booked for b in group), default=days[-1])
        closing = balance + _booked_total(group)
        statements.append(_statement(E, account, group, n, balance, closing, first, last, statement_id, version))
        balance = closing
    header = E.GrpHdr(E.MsgId(message_id), E.CreDtTm(f"{days[-1].isoformat()}T23:59:59"))
    if page is not None:
        header.append(E.MsgPgntn(E.PgNb(str(page)), E.LastPgInd("false")))
    document = E.Document(E.BkToCstmrStmt(header, *statements))
    data = etree.tostring(document, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    if checked and namespace == standard:
        problems = camt053_problems(data)
        assert not problems, "a camt.053 file the standard does not allow:\n" + "\n".join(problems)
    return data


def _statement(E, account, group, n, opening, closing, first, last, statement_id=None, version="02"):
    return E.Stmt(
        E.Id(statement_id or f"STMT-{last.isoformat()}-{n}"),
        E.ElctrncSeqNb(str(n)),
        E.CreDtTm(f"{last.isoformat()}T23:59:59"),
        E.FrToDt(E.FrDtTm(f"{first.isoformat()}T00:00:00"), E.ToDtTm(f"{last.isoformat()}T23:59:59")),
        E.Acct(E.Id(E.IBAN(account)), E.Ccy("EUR")),
        _balance(E, "PRCD", opening, first),
        _balance(E, "CLBD", closing, last),
        *[_entry(E, b, version) for b in group],
    )


def _balance(E, kind: str, amount: Decimal, on: date):
    return E.Bal(
        E.Tp(E.CdOrPrtry(E.Cd(kind))),
        E.Amt(f"{abs(amount):.2f}", Ccy="EUR"),
        E.CdtDbtInd("CRDT" if amount >= 0 else "DBIT"),
        E.Dt(E.Dt(on.isoformat())),
    )


def _entry(E, b: Booking, version: str):
    side = "CRDT" if b.credit else "DBIT"
    parts = [E.NtryRef(b.ref)] if b.ref else []
    parts += [E.Amt(f"{b.money:.2f}", Ccy="EUR"), E.CdtDbtInd(side)]
    if b.reversal:
        parts.append(E.RvslInd("true"))
    status = E.Sts(b.status) if version == "02" else E.Sts(E.Cd(b.status))
    parts += [status, E.BookgDt(E.Dt(b.booked.isoformat())), E.ValDt(E.Dt(b.value_date.isoformat()))]
    if b.ref:
        parts.append(E.AcctSvcrRef(b.ref))
    family, sub = b.codes or (("RCDT" if b.credit else "ICDT"), ("RRTN" if b.return_reason else "ESCT"))
    parts.append(E.BkTxCd(E.Domn(E.Cd("PMNT"), E.Fmly(E.Cd(family), E.SubFmlyCd(sub)))))
    if b.entry_instructed:
        parts.append(E.AmtDtls(E.InstdAmt(E.Amt(b.entry_instructed, Ccy="EUR"))))
    if b.entry_charges:
        parts.append(_charges(E, b.entry_charges, version, b.charges_apart))
    details = (
        [_transaction(E, t, side, version, batch=True) for t in b.parts]
        if b.parts
        else [_transaction(E, b, side, version)]
    )
    parts.append(E.NtryDtls(*details))
    return E.Ntry(*parts)


def _transaction(E, b: Booking, side: str, version: str, batch: bool = False):
    parts = [E.Refs(E.EndToEndId(b.end_to_end or "NOTPROVIDED"))]
    amounts = [E.InstdAmt(E.Amt(b.instructed, Ccy="EUR"))] if b.instructed else []
    if batch:
        amounts.append(E.TxAmt(E.Amt(f"{b.money:.2f}", Ccy="EUR")))
    if amounts:
        parts.append(E.AmtDtls(*amounts))
    if b.charges:
        parts.append(_charges(E, b.charges, version, b.charges_apart, b.charges_apart_too))
    party, account = ("Dbtr", "DbtrAcct") if side == "CRDT" else ("Cdtr", "CdtrAcct")
    named = [] if not b.name else [E.Nm(b.name)] if version == "02" else [E.Pty(E.Nm(b.name))]  # 08: or an agent
    related = ([getattr(E, party)(*named)] if named else []) + (
        [getattr(E, account)(E.Id(E.IBAN(b.iban)))] if b.iban else []
    )
    if related:
        parts.append(E.RltdPties(*related))
    remittance = [E.Ustrd(line) for line in textwrap.wrap(b.text or "", 140)]
    if b.scor:
        remittance.append(
            E.Strd(E.CdtrRefInf(E.Tp(E.CdOrPrtry(E.Cd("SCOR")), E.Issr("ISO")), E.Ref(b.scor))),
        )
    if remittance:
        parts.append(E.RmtInf(*remittance))
    if b.return_reason:
        parts.append(E.RtrInf(E.Rsn(E.Cd(b.return_reason))))
    return E.TxDtls(*parts)


def _charges(E, amount: str, version: str, apart: bool = False, besides: str | None = None):
    """Charges in an entry's amount: version 02 a Chrgs of its own, 08 their total and one record included in it
    (`apart`: one not included, ChrgInclInd false, which version 02 cannot say; `besides`: a second record, not
    included)."""
    money = E.Amt(amount, Ccy="EUR")
    if version == "02":
        if apart or besides:
            raise ValueError("camt.053.001.02 cannot say charges are not in an entry's amount (no ChrgInclInd)")
        return E.Chrgs(money, E.CdtDbtInd("DBIT"))
    records = [E.Rcrd(money, E.CdtDbtInd("DBIT"), E.ChrgInclInd("false" if apart else "true"))]
    if besides:
        records.append(E.Rcrd(E.Amt(besides, Ccy="EUR"), E.CdtDbtInd("DBIT"), E.ChrgInclInd("false")))
    total = Decimal(amount) + Decimal(besides or "0")
    return E.Chrgs(E.TtlChrgsAndTaxAmt(f"{total:.2f}", Ccy="EUR"), *records)


# -- MT940 ---------------------------------------------------------------------------------


def _mt_amount(amount: Decimal, width: int = 0) -> str:
    text = f"{abs(amount):.2f}".replace(".", ",")
    return text.rjust(width, "0") if width else text


def _yymmdd(on: date) -> str:
    return on.strftime("%y%m%d")


def _wrap86(text: str) -> list[str]:
    """The :86: content in lines of at most 65 characters, the first after the tag (SWIFT 6*65x)."""
    return [text[i : i + 65] for i in range(0, len(text), 65)] or [""]


def mt940(account: str, bookings: list[Booking], *, opening: str = "1000.00", dialect: str = "ing") -> bytes:
    """An MT940 file with one statement over all bookings, as ING or Rabobank write it."""
    days = sorted(b.booked for b in bookings) or [date(2026, 11, 2)]
    start, end = Decimal(opening), Decimal(opening) + _booked_total(bookings)
    rabo = dialect == "rabo"
    lines = [":940:"] if rabo else ["{1:F01INGBNL2ABXXX0000000000}", "{2:I940INGBNL2AXXXN}", "{4:"]
    lines += [
        f":20:{'940S' if rabo else 'P'}{_yymmdd(days[-1])}",
        f":25:{account} EUR" if rabo else f":25:{account}EUR",
        ":28C:00001",
        f":60F:{'C' if start >= 0 else 'D'}{_yymmdd(days[0])}EUR{_mt_amount(start, 15 if rabo else 0)}",
    ]
    for b in bookings:
        lines += _rabo_entry(b) if rabo else _ing_entry(b)
    lines.append(f":62F:{'C' if end >= 0 else 'D'}{_yymmdd(days[-1])}EUR{_mt_amount(end, 15 if rabo else 0)}")
    if not rabo:
        lines.append("-}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def mt940_pages(account: str, pages: list[list[Booking]], *, opening: str = "1000.00") -> bytes:
    """One MT940 statement split over several blocks, as ASN Bank, SNS and RegioBank write it: one :20:,
    :28C: numbering the pages (00001/001, 00001/002, ...), intermediate balances (:62M:, :60M:) between
    them, and entries without a bank reference (:61: ends in NONREF, no //)."""
    lines, balance = [], Decimal(opening)
    for k, bookings in enumerate(pages, start=1):
        first, last = k == 1, k == len(pages)
        day = bookings[0].booked
        closing = balance + _booked_total(bookings)
        lines += [":20:ASN1", f":25:{account}", f":28C:00001/{k:03d}"]
        lines.append(f":60{'F' if first else 'M'}:C{_yymmdd(day)}EUR{_mt_amount(balance)}")
        for b in bookings:
            lines.append(f":61:{_yymmdd(b.value_date)}{b.booked:%m%d}{_mark(b)}{_mt_amount(b.money)}NTRFNONREF")
            first86, *rest = _wrap86(f"/ORDP//NAME/{b.name or ''}/REMI/USTD//{b.scor or b.text or ''}/")
            lines += [f":86:{first86}", *rest]
        lines.append(f":62{'F' if last else 'M'}:C{_yymmdd(day)}EUR{_mt_amount(closing)}")
        balance = closing
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def _mark(b: Booking) -> str:
    if b.reversal:
        return "RD" if b.credit else "RC"
    return "C" if b.credit else "D"


def _amounts86(b: Booking, rabo: bool = False) -> str:
    """A return's original amount and charges (SWIFT's 3!a15d), as the bank writes its fields in :86: and ING in
    the :61:'s supplementary details: ING each closed by a slash (`/OCMT/EUR150,00//CHGS/EUR2,50/`), Rabobank one
    after the other (`/OCMT/EUR150,00/CHGS/...`)."""
    if b.charges_apart or b.charges_apart_too:
        raise ValueError("MT940 cannot mark charges as not in an entry's amount: write its /OCMT/ as its own amount")
    fields = [
        f"/{code}/EUR{_mt_amount(Decimal(amount))}"
        for code, amount in (("OCMT", b.instructed), ("CHGS", b.charges))
        if amount
    ]
    return "".join(fields) if rabo else "".join(f"{field}/" for field in fields)


def _ing_entry(b: Booking) -> list[str]:
    kind = "NRTI" if b.return_reason else "NTRF"
    reference = "EREF" if b.end_to_end else "NONREF"
    lines = [
        f":61:{_yymmdd(b.value_date)}{b.booked:%m%d}{_mark(b)}{_mt_amount(b.money)}{kind}{reference}//{b.ref or ''}"
    ]
    lines.append("/TRCD/00100/" + (_amounts86(b) if ":61:" in b.amounts_in else ""))
    fields = f"/RTRN/{b.return_reason}/" if b.return_reason else ""
    fields += f"/EREF/{b.end_to_end}/" if b.end_to_end else ""
    fields += _amounts86(b) if ":86:" in b.amounts_in else ""
    fields += f"/CNTP/{b.iban or ''}/INGBNL2A/{b.name or ''}//"
    if b.scor:
        fields += f"/REMI/STRD/ISO/{b.scor}/"
    elif b.text:
        fields += f"/REMI/USTD//{b.text}/"
    first, *rest = _wrap86(fields)
    return [*lines, f":86:{first}", *rest]


def _rabo_entry(b: Booking) -> list[str]:
    lines = [f":61:{_yymmdd(b.booked)}{_mark(b)}{_mt_amount(b.money, 15)}N541EREF//{b.ref or ''}"]
    if b.iban:
        lines.append(b.iban)
    fields = f"/EREF/{b.end_to_end or 'NOTPROVIDED'}"
    if b.return_reason:
        fields += f"/RTRN/{b.return_reason}"
    assert b.amounts_in == (":86:",), "Rabobank writes the payer's account in the :61:'s supplementary details"
    fields += _amounts86(b, rabo=True)
    fields += f"/{'ORDP' if b.credit else 'BENM'}//NAME/{b.name or ''}"
    if b.scor:
        fields += f"/REMI//CDTRREFTP//CD/SCOR/ISSR/CUR/CDTRREF/{b.scor}"
    elif b.text:
        fields += f"/REMI/{b.text}"
    fields += f"/ISDT/{b.booked.isoformat()}"
    first, *rest = _wrap86(fields)
    return [*lines, f":86:{first}", *rest]


# -- folders -------------------------------------------------------------------------------


def zipped(members: dict[str, bytes], *, when: tuple[int, ...] = (2026, 11, 20, 18, 0, 0)) -> bytes:
    """A zip of the members, stamped `when` (not now), so the same members give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def write_bank(ledger_root: Path, files: dict[str, bytes]) -> Path:
    """Write files into `ledger_root/bank` and return that folder."""
    folder = ledger_root / "bank"
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


# -- reading back ----------------------------------------------------------------------------------


def read_as_text(reader, data: bytes, path: str):
    """A reader's statements, and its problems as the lines users read."""
    statements, problems = reader(data, path)
    return statements, [str(p) for p in problems]


def line_of(data: bytes, needle: str, nth: int = 1) -> int:
    """The line on which `needle` stands the `nth` time in `data`."""
    at = -1
    for _ in range(nth):
        at = data.index(needle.encode(), at + 1)
    return data.count(b"\n", 0, at) + 1


def place_of(data: bytes, needle: str, nth: int = 1) -> str:
    """`line:column` of the `nth` `needle` in `data` (the column 1-based, in characters), as a problem names it."""
    at = -1
    for _ in range(nth):
        at = data.index(needle.encode(), at + 1)
    start = data.rfind(b"\n", 0, at) + 1
    line = data.count(b"\n", 0, at) + 1
    return f"{line}:{len(data[start:at].decode()) + 1}"
