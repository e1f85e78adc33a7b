"""Real builds over Christmas and the new year: each date and amount a debtor or clerk reads, checked by hand.

Session 51 lived the nightly build from 18 December 2026 to 12 January 2027 (the demo ledger and a synthetic one
of 300 debtors): no build had yet run over a year change in the tests. The nights below are the ones where the
calendar decides: New Year's Day (a holiday, on a Friday) with a letter dated on it, a final notice's term that ends
on it, one whose post waits out Christmas, the interest's half year and a year's compounding both on 1 January
2027, past the rate table's end (docs/computation.md, "Statutory interest" and "The final notice's term").
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import visible_text

pytestmark = pytest.mark.slow

EARLIER = [event(date(2026, 10, 2), "reminder", channel="email"), event(date(2026, 10, 16), "dunning", channel="email")]
CALLED = event(date(2026, 10, 23), "call", channel="phone", spoke_with="Jan de Vries")


def _late(number: str) -> dict:
    return invoice(number=number, date=date(2026, 9, 1), due=date(2026, 10, 1), amount=Decimal("1000.00"))


DEBTORS = [
    # Due on New Year's Eve 2025: interest from 1 January 2026, a full year on 31 December 2026, so from 1 January
    # 2027 the year's interest joins the base, on the day a new half year starts; reminded on 18 December, its
    # dunning letter falls due on New Year's Day.
    valid_debtor(
        id="D-2001",
        invoices=[invoice(number="F2025-0090", date=date(2025, 12, 1), due=date(2025, 12, 31), amount="1000.00")],
        events=[event(date(2026, 12, 18), "reminder", channel="letter")],
    ),
    # A business's final notice e-mailed on Friday 18 December: fourteen days end on New Year's Day, a Friday, so
    # the term runs on over the weekend to Monday 4 January (Algemene termijnenwet art. 1).
    valid_debtor(
        id="D-2002",
        type="business",
        invoices=[_late("F2026-0100")],
        events=[*EARLIER, CALLED, event(date(2026, 12, 18), "final_notice", channel="email", costs="150.00")],
    ),
    # A consumer's final notice posted on Wednesday 23 December: Thursday 24 is a delivery day, then no post on
    # Christmas Day, Boxing Day, Sunday and Monday: received Tuesday 29 December, last day Tuesday 12 January.
    valid_debtor(
        id="D-2003",
        invoices=[_late("F2026-0101")],
        events=[*EARLIER, CALLED, event(date(2026, 12, 23), "final_notice", channel="letter", costs="150.00")],
    ),
    # Due on 2 December: 30 days late on New Year's Day, 31 the day after (the ageing's buckets).
    valid_debtor(
        id="D-2004",
        invoices=[invoice(number="F2026-0200", date=date(2026, 11, 2), due=date(2026, 12, 2), amount="500.00")],
    ),
]


def _build(tmp_path: Path, as_of: str) -> Path:
    """A night's build into the same folders as the night before, as the nightly workflow runs it."""
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=DEBTORS)
    internal = tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet"]) == 0
    return internal


def _claims(internal: Path) -> dict[str, dict]:
    return {c["id"]: c for c in json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]}


def _page(tmp_path: Path, claim: dict) -> str:
    return visible_text((tmp_path / "out" / claim["url"].split("/", 3)[-1] / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[str, tuple[Path, dict[str, dict]]]:
    """The builds of New Year's Eve, New Year's Day and the Tuesday after, one after the other."""
    tmp_path = tmp_path_factory.mktemp("year")
    built = {}
    for as_of in ("2026-12-31", "2027-01-01", "2027-01-05"):
        internal = _build(tmp_path, as_of)
        pages = {i: _page(tmp_path, c) for i, c in _claims(internal).items() if c["url"]}
        letters = {p.name: p.read_bytes() for p in (internal / "letters").iterdir()}
        built[as_of] = (_claims(internal), pages, letters, (internal / "changes.md").read_text(encoding="utf-8"))
    return built


def test_a_letter_written_on_new_years_day_is_dated_that_day_and_its_print_file_named_by_it(nights):
    claims, _, letters, changes = nights["2027-01-01"]
    assert claims["D-2001"]["next_action"] == {
        **claims["D-2001"]["next_action"],
        "kind": "dunning",
        "due": "2027-01-01",
    }
    assert "print-2027-01-01.pdf" in letters and "print-2026-12-31.pdf" not in letters
    text = flat(" ".join(pdf_text(letters["D-2001-dunning.pdf"])))
    assert "Klantnummer D-2001 Utrecht, 1 januari 2027 Aanmaning" in text, text
    # Its day to pay by is the eve of the final notice's day (the dunning letter + 14 days): no term set by law.
    assert "Betaal uiterlijk 14 januari 2027" in text, text
    # The final notice of 15 January, posted: Saturday 16 and Tuesday 19 are delivery days, 14 days to 2 February.
    assert "EUR 150,00, op zijn vroegst vanaf 3 februari 2027" in text, text
    assert "Vorige build: stand per 31 december 2026. Deze build: stand per 1 januari 2027." in changes


def test_interest_over_the_year_change_starts_a_line_with_the_years_interest_in_its_base_called_provisional(nights):
    lines = (
        "1 jan 2026 t/m 30 jun 2026 (181 dagen) over EUR 1.000,00 4% (voorlopig) 19,84",
        "1 jul 2026 t/m 31 dec 2026 (184 dagen) over EUR 1.000,00 4% (voorlopig) 20,16",
        "1 jan 2027 t/m 1 jan 2027 (1 dag) over EUR 1.040,00, waarvan EUR 40,00 rente van eerdere jaren"
        " 4% (voorlopig) 0,11",
    )
    claims, pages, letters, _ = nights["2027-01-01"]
    letter = flat(" ".join(pdf_text(letters["D-2001-dunning.pdf"])))
    page = pages["D-2001"].replace("Rente per jaar ", "").replace("Bedrag ", "")
    for line in lines:
        assert line in letter, letter
        assert line in page, page
    for said in (letter, page):
        assert "‘Voorlopig’: nog niet vergeleken met het officiële tarief." in said
        assert "Rente tot nu toe: EUR 40,11" in said
    assert claims["D-2001"]["interest_open"] == "40.11"
    # Four days on: 1,040.00 × 4% × 5 / 365 = 0.5699.
    assert nights["2027-01-05"][0]["D-2001"]["interest_open"] == "40.57"
    assert nights["2026-12-31"][0]["D-2001"]["interest_open"] == "40.00"


def test_a_term_ending_on_new_years_day_runs_on_to_monday_and_costs_come_the_day_after(nights):
    for as_of in ("2026-12-31", "2027-01-01"):
        claims, pages, _, _ = nights[as_of]
        costs = claims["D-2002"]["costs"]
        assert (costs["state"], costs["amount"], costs["from_date"]) == ("announced", "150.00", "2027-01-05")
        page = pages["D-2002"]
        assert "kwam bij u binnen op de dag dat wij hem stuurden: 18 december 2026." in page, page
        assert "Uw laatste betaaldag is dus 4 januari 2027." in page, page
        assert "Dan rekenen wij vanaf 5 januari 2027 incassokosten van EUR 150,00." in page, page
    claims = nights["2027-01-05"][0]
    assert (claims["D-2002"]["costs"]["state"], claims["D-2002"]["costs"]["from_date"]) == ("charged", "2027-01-05")
    assert claims["D-2002"]["next_action"]["kind"] == "handover"
    assert claims["D-2002"]["next_action"]["due"] == "2027-01-05"


def test_a_final_notice_posted_before_christmas_is_received_after_the_holidays_and_its_term_counts_from_then(nights):
    for as_of in ("2026-12-31", "2027-01-01", "2027-01-05"):
        claims, pages, _, _ = nights[as_of]
        assert claims["D-2003"]["costs"]["from_date"] == "2027-01-13"
        assert claims["D-2003"]["costs"]["state"] == "announced"
        page = pages["D-2003"]
        assert "Heeft u de brief op 29 december 2026 ontvangen? Dan is uw laatste betaaldag 12 januari 2027." in page
        assert "Dan rekenen wij vanaf 13 januari 2027 incassokosten van EUR 150,00." in page, page


def test_days_late_and_the_ageing_buckets_count_on_over_the_year_change(nights):
    seen = {as_of: nights[as_of][0]["D-2004"] for as_of in nights}
    assert {as_of: c["days_overdue"] for as_of, c in seen.items()} == {
        "2026-12-31": 29,
        "2027-01-01": 30,
        "2027-01-05": 34,
    }
    assert seen["2027-01-01"]["ageing"]["1-30"] == seen["2027-01-01"]["total_due"]
    assert seen["2027-01-05"]["ageing"]["31-60"] == seen["2027-01-05"]["total_due"]
