"""Junk in a ledger file gives a clean LedgerError pointing at path:line:column, never another exception."""

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.ledger.load import load_ledger
from incasso.ledger.problems import LedgerError
from tests.support.ledgers import VALID_CREDITOR, Raw, to_yaml, valid_debtor, write_ledger

JUNK = {
    "python object tag": b"id: !!python/object/apply:os.system ['echo pwned']\nname: x\n",
    "python object tag at the top": b"!!python/object:__main__.Debtor {id: D-1}\n",
    "alias bomb": b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    "alias as a key": b"id: &k D-1\n*k : x\n",
    "huge flow nesting": b"[" * 10_000,
    "huge flow nesting, closed": b"[" * 10_000 + b"]" * 10_000,
    "huge mapping nesting": b"{a: " * 10_000 + b"1" + b"}" * 10_000,
    "huge block nesting": b"".join(b" " * i + b"- \n" for i in range(0, 4000, 2)),
    "binary": bytes(range(256)) * 4,
    "png header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "nul bytes": b"id: D-1\x00\x00\nname: x\n",
    "only nul": b"\x00",
    "invalid utf-8": b"id: D-1\nname: caf\xe9\n",
    "utf-16": "id: D-1\nname: x\n".encode("utf-16"),
    "lone surrogate as utf-8": b"name: \xed\xa0\x80\n",
    "empty": b"",
    "whitespace": b"  \n\t\n",
    "comment only": b"# nothing here\n# still nothing\n",
    "bom only": b"\xef\xbb\xbf",
    "empty document": b"---\n",
    "document end only": b"...\n",
    "directive only": b"%YAML 1.1\n---\n",
    "list at top level": b"- id: D-1\n- name: x\n",
    "scalar at top level": b"just some text\n",
    "number at top level": b"12\n",
    "null at top level": b"~\n",
    "multiple documents": b"id: D-1\n---\nid: D-2\n",
    "unclosed quote": b'name: "open\n',
    "tab indentation": b"invoices:\n\t- number: F1\n",
    "six megabytes": b"note: " + b"x" * 6_000_000 + b"\n",
    "one long line": b"name: " + b"x" * 100_000 + b"\n",
    "huge number": b"id: D-1\nname: x\ntype: consumer\ninvoices:\n  - {number: F1, date: 2026-01-01, due: 2026-01-31, "
    b"amount: " + b"9" * 5000 + b"}\n",
    "huge exponent": b"id: D-1\nname: x\ntype: consumer\ninvoices:\n  - {number: F1, date: 2026-01-01, due: 2026-01-31, "
    b"amount: 1e999999999}\n",
    "date far out": b"id: D-1\nname: x\ntype: consumer\ninvoices:\n  - {number: F1, date: 0000-01-01, due: 9999-99-99, "
    b"amount: 1}\n",
    "complex key": b"? [a, b]\n: c\n",
    "merge key": b"base: &b {id: D-1}\n<<: *b\n",
    "control character": b"name: x\x1by\n",
    "del and c1 controls": "name: x\x7f\x85\x9fy\n".encode(),
    "only a dash": b"-\n",
    "only a colon": b":\n",
    "unicode line separators": "id: D-1\u2028name: x\u2029\n".encode("utf-8"),
    "mapping as id": b"id: {a: 1}\nname: [1, 2]\ntype: [consumer]\ninvoices: {number: F1}\n",
    "deep wrong types": b"id: D-1\nname: x\ntype: consumer\ninvoices:\n  - [1, 2]\n  - 12\n  - ~\npayments: [[], {}, x]\n"
    b"events: [{type: [a]}, {type: ~}, 12, {date: [1], type: call, spoke_with: {a: b}}]\n",
    "events all wrong": b"id: D-1\nname: x\ntype: consumer\ninvoices: [{number: F1, date: 2026-01-01, due: 2026-01-31, "
    b"amount: 1}]\nevents:\n"
    b"  - {date: 2026-02-01, type: arrangement, installments: [1, [2], {due: x}]}\n"
    b"  - {type: dispute_resolved}\n  - {date: ~, type: promise, promised_date: ~}\n",
}

LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): ")


def assert_clean_error(root, path):
    with pytest.raises(LedgerError) as caught:
        load_ledger(root)
    error = caught.value
    assert error.problems, "a LedgerError must list its problems"
    for problem in error.problems:
        text = str(problem)
        match = LINE.match(text)
        assert match, text
        assert match["path"] == str(path)
        assert int(match["line"]) >= 1 and int(match["column"]) >= 1
        assert "\n" not in text
    assert str(error) == "\n".join(str(p) for p in error.problems)
    return error


@pytest.mark.parametrize("junk", JUNK.values(), ids=JUNK.keys())
def test_junk_as_a_debtor_file(tmp_path, junk):
    root = write_ledger(tmp_path, debtors={"junk.yaml": junk})
    assert_clean_error(root, root / "debtors" / "junk.yaml")


@pytest.mark.parametrize("junk", JUNK.values(), ids=JUNK.keys())
def test_junk_as_the_creditor_file(tmp_path, junk):
    root = write_ledger(tmp_path, creditor=junk, debtors=[valid_debtor()])
    assert_clean_error(root, root / "creditor.yaml")


def test_the_six_megabyte_file_is_refused_as_too_large(tmp_path):
    root = write_ledger(tmp_path, debtors={"junk.yaml": JUNK["six megabytes"]})
    error = assert_clean_error(root, root / "debtors" / "junk.yaml")
    assert [str(p) for p in error.problems] == [
        f"{root / 'debtors' / 'junk.yaml'}:1:1: file is larger than 5000000 bytes"
    ]


def test_junk_next_to_a_good_file_is_the_only_problem(tmp_path):
    root = write_ledger(tmp_path, debtors={"good.yaml": valid_debtor(), "junk.yaml": JUNK["binary"]})
    assert_clean_error(root, root / "debtors" / "junk.yaml")


# -- fuzzing ---------------------------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None)

YAMLISH = "-:[]{}!&*#|>'\",?%@` \n\t.~0123456789aDFn\\\x00\x85\u2028é"


def load_debtor_file(folder, data: bytes) -> None:
    """Load a ledger with `data` as its one debtor file: it loads or raises a clean LedgerError."""
    root = folder / "ledger"
    if not root.exists():
        write_ledger(folder)
    path = root / "debtors" / "fuzz.yaml"
    path.write_bytes(data)
    try:
        load_ledger(root)
    except LedgerError as error:
        for problem in error.problems:
            match = LINE.match(str(problem))
            assert match and match["path"] == str(path), str(problem)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(folder, data):
    load_debtor_file(folder, data)


@FUZZ
@given(st.text(max_size=300))
def test_fuzz_random_text(folder, text):
    load_debtor_file(folder, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.text(alphabet=YAMLISH, max_size=300))
def test_fuzz_yaml_punctuation(folder, text):
    load_debtor_file(folder, text.encode("utf-8", "surrogatepass"))


FIELDS = [
    "id",
    "name",
    "type",
    "language",
    "contact",
    "person",
    "email",
    "phone",
    "address",
    "invoices",
    "number",
    "date",
    "due",
    "amount",
    "description",
    "payments",
    "invoice",
    "events",
    "channel",
    "by",
    "note",
    "spoke_with",
    "agency",
    "agency_phone",
    "agency_email",
    "agency_iban",
    "agency_reference",
    "bailiff",
    "bailiff_phone",
    "bailiff_email",
    "promised_date",
    "installments",
    "reason",
    "outcome",
    "typo",
]
SCALARS = st.one_of(
    st.sampled_from(
        [
            "D-1",
            "F1",
            "consumer",
            "business",
            "nl",
            "en",
            "reminder",
            "call",
            "promise",
            "arrangement",
            "dispute",
            "dispute_resolved",
            "note",
            "written_off",
            "email",
            "",
            "no",
            "0",
        ]
    ),
    st.dates(min_value=date(2022, 1, 1), max_value=date(2027, 12, 31)),
    st.decimals(min_value=Decimal("-10"), max_value=Decimal("100000"), places=3),
    st.sampled_from(
        [Raw("~"), Raw("12:30"), Raw("1,250.00"), Raw("2026-02-30"), Raw("&a x"), Raw("*a"), Raw("!!str x")]
    ),
    st.text(max_size=10).filter(lambda s: "\x00" not in s),
)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(FIELDS), inner, max_size=5),
    max_leaves=25,
)
TOP_LEVEL = ["id", "name", "type", "language", "contact", "invoices", "payments", "events"]
DEBTORS = st.fixed_dictionaries({}, optional=dict.fromkeys(TOP_LEVEL, TREES))


@FUZZ
@given(DEBTORS)
def test_fuzz_debtor_shaped_documents(folder, doc):
    load_debtor_file(folder, to_yaml(doc).encode("utf-8"))


@FUZZ
@given(st.dictionaries(st.sampled_from(list(VALID_CREDITOR) + ["policy", "typo"]), TREES, max_size=8))
def test_fuzz_creditor_shaped_documents(tmp_path_factory, doc):
    root = write_ledger(tmp_path_factory.mktemp("creditor"), creditor=to_yaml(doc), debtors=[valid_debtor()])
    try:
        load_ledger(root)
    except LedgerError as error:
        assert all(LINE.match(str(p)) for p in error.problems)
