"""The overview with a year of credits of invoices outside the ledger: how big its first page is, and how fast
chromium opens it.

    python -m benchmarks.outside_overview                     # 2,000 credits
    python -m benchmarks.outside_overview --credits 5000

A business's export holds every customer's payment: some 40 a week of invoices paid on time, never in the ledger
(creditor.yaml's `invoice_numbers`; docs/ledger-format.md, "Credits of invoices not in the ledger"). This writes a
ledger of two dossiers and one camt.053 statement of a year with that many such credits, runs a real
`incasso build`, and opens the overview (index.html) and the credits' first page in Debian's chromium (through
Playwright, as the browser tests drive it): bytes, DOM nodes, and the time to the load event (the median of three).
It uses the command line only, so that it measures an older checkout too (PYTHONPATH=its src). Times are never
asserted: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import tempfile
from datetime import timedelta
from pathlib import Path

from benchmarks.overview import COUNT_NODES, LOAD_EVENT
from tests.site.test_outside_build import CREDITED, D2, _ledger
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.site import CHROMIUM, CHROMIUM_ARGS, build_site


def year_of_credits(count: int) -> list[Booking]:
    """`count` credits of invoices outside the ledger, spread over the year up to CREDITED, oldest first."""
    first = CREDITED - timedelta(days=364)
    return [
        Booking(f"{20 + n % 900}.{n % 100:02}", first + timedelta(days=n * 365 // count), ref=f"Y{n:07}",
                text=f"Factuur F2026-{n % 9000 + 1000:04}", name=f"Klant {n}", iban=None)
        for n in range(count)
    ]  # fmt: skip


def measure(internal: Path, path: str) -> tuple[int, int, float]:
    """A page's bytes, DOM nodes and milliseconds to its load event (median of three) in chromium."""
    from playwright.sync_api import sync_playwright

    loads, nodes = [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(3):
            page = browser.new_page()
            page.goto((internal / path).as_uri(), wait_until="load", timeout=600_000)
            loads.append(page.evaluate(LOAD_EVENT))
            nodes = page.evaluate(COUNT_NODES)
            page.close()
        browser.close()
    return (internal / path).stat().st_size, nodes, statistics.median(loads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--credits", type=int, default=2000)
    count = parser.parse_args().credits
    with tempfile.TemporaryDirectory() as work:
        tmp = Path(work)
        ledger = _ledger(tmp)
        write_bank(ledger, {"camt053_year.xml": camt053(CREDITOR_IBAN, year_of_credits(count), checked=False)})
        with contextlib.redirect_stdout(io.StringIO()):
            assert build_site(tmp, ledger=ledger, as_of=D2).exit_code == 0
        internal = tmp / "internal"
        pages = [p.relative_to(internal).as_posix() for p in (internal / "bank").glob("outside*.html")]
        for path in ["index.html", *(["bank/outside.html"] if pages else [])]:
            size, nodes, load = measure(internal, path)
            print(f"{path}: {size / 1024:,.0f} KiB, {nodes:,} DOM nodes, load event {load:,.0f} ms")
        print(f"pages of their own: {len(pages)}")


if __name__ == "__main__":
    main()
