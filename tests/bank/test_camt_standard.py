"""The tests' camt.053 files are held to ISO 20022's message definition (tests.support.iso20022) as bankfiles
writes them; here: that the check finds what the standard does not allow, so a test file cannot drift from it,
and that the files a user copies or gets (the docs' example, the demo's statements) are the standard's too."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bank.test_docs_examples import CAMT, example
from tests.support.bankfiles import CREDITOR_IBAN, NS, Booking, camt053
from tests.support.iso20022 import camt053_problems
from tests.support.site import DEMO_LEDGER

DAY = date(2026, 11, 3)
EVERY_KIND = [
    Booking("150.00", DAY, ref="R1", scor="RF82D1001", end_to_end="E2E-1", text="factuur F2026-0001"),
    Booking("20.00", DAY, credit=False, ref="D1", name="Technische Unie", text="inkoop"),
    Booking("30.00", DAY, ref="P1", status="PDNG", name=None, iban=None),
    Booking("40.00", DAY, credit=False, ref="T1", return_reason="AC04", end_to_end="E2E-9"),
    Booking("50.00", DAY, credit=False, ref="V1", reversal=True, valued=date(2026, 11, 2)),
    Booking("35.50", DAY, ref="B1", parts=(Booking("10.00", DAY, text="a"), Booking("25.50", DAY, text="b"))),
    Booking("12.00", DAY, credit=False, ref="C1", codes=("RCDT", "RPCR")),
]


def _statement() -> bytes:
    return camt053(CREDITOR_IBAN, EVERY_KIND, per_day=True, page=1)


def test_a_file_with_every_kind_of_entry_is_the_standards():
    assert camt053_problems(_statement()) == []
    future = Booking("60.00", DAY, ref="F1", status="FUTR")
    assert camt053_problems(camt053(CREDITOR_IBAN, [*EVERY_KIND, future], version="08")) == []


@pytest.mark.parametrize(
    "before, after, found",
    [
        # Sts before CdtDbtInd: the entry's sequence broken.
        (
            b"<CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK</Sts>",
            b"<Sts>BOOK</Sts><CdtDbtInd>CRDT</CdtDbtInd>",
            "order",
        ),
        (b"<Sts>BOOK</Sts>", b"<Sts>BOOK</Sts><Remark>x</Remark>", "Remark"),  # an element the message has not
        (b"<CdtDbtInd>CRDT</CdtDbtInd>", b"<CdtDbtInd>CREDIT</CdtDbtInd>", "CREDIT"),  # not in the code list
        (b"<Dt>2026-11-03</Dt>\n        </BookgDt>", b"<Dt>3-11-2026</Dt></BookgDt>", "3-11-2026"),  # not a date
        (b"<Ccy>EUR</Ccy>", b"<Ccy>euro</Ccy>", "euro"),  # the pattern [A-Z]{3,3}
        (b'<Amt Ccy="EUR">150.00</Amt>', b'<Amt Ccy="EUR">150.000001</Amt>', "decimals"),
        (b"<Ustrd>factuur F2026-0001</Ustrd>", b"<Ustrd>" + b"x" * 141 + b"</Ustrd>", "at most 140"),
        (b"<ElctrncSeqNb>1</ElctrncSeqNb>", b"<ElctrncSeqNb>1</ElctrncSeqNb><ElctrncSeqNb>2</ElctrncSeqNb>", "Elctrnc"),
    ],
)
def test_the_check_finds_what_the_standard_does_not_allow(before, after, found):
    data = _statement()
    assert before in data, "the written file changed: pick another place to break it"
    problems = camt053_problems(data.replace(before, after, 1))
    assert problems and found in "\n".join(problems)


def test_a_missing_required_element_is_found():
    data = _statement()
    start, end = data.index(b"<Acct>"), data.index(b"</Acct>") + len(b"</Acct>")
    assert camt053_problems(data[:start] + data[end:]) != []  # a statement's account is required


def test_the_writer_refuses_a_status_its_version_has_not():
    with pytest.raises(AssertionError, match="FUTR"):
        camt053(CREDITOR_IBAN, [Booking("60.00", DAY, ref="F1", status="FUTR")])  # FUTR came with 001.08


def test_the_docs_example_and_the_demos_statements_are_the_standards():
    assert camt053_problems(example(CAMT).encode()) == []
    files = sorted((DEMO_LEDGER / "bank").glob("*.xml"))
    assert files
    for path in files:
        assert NS.encode() in path.read_bytes()
        assert camt053_problems(path.read_bytes()) == [], path.name
