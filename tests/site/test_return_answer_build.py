"""s57, real builds: staff write the bank's answer on a return tied by a guess, and the next build takes back the
payment the bank named.

Two consumers owe 1250.00 each. D-4001 (nl) pays 150.00 on 3 November, D-4002 (en) 150.00 on 4 November, both by
their references from accounts the camt.053 does not name; on 10 November the bank returns 150.00 without naming a
payer. The first build of 22 November ties the return to the latest payment, D-4002's, and tells staff to ask the
bank, with the lines for creditor.yaml in the overview's copy box. The bank says it was D-4001's: the lines as the
overview shows them, filled in and pasted at the end of creditor.yaml, make the second build take back D-4001's
payment (its page says so, D-4002's no more), the note gone and the answer beside the return.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import Site, build_site, page_text, visible_text

pytestmark = pytest.mark.slow

AS_OF = date(2026, 11, 22)
REASON = "Rabobank, telefonisch op 12 november 2026, de betaling van 3 november"
RETURNED = {
    "D-4001": "Uw betaling van EUR 150,00 op 3 november 2026 is op 10 november 2026 door de bank teruggeboekt.",
    "D-4002": "Your payment of EUR 150.00 on 4 November 2026 was returned by the bank on 10 November 2026.",
}


def _build(tmp_path: Path, ledger: Path) -> tuple[Site, dict[str, str], str]:
    """A build of 22 November: the site, each debtor's page text by id, and the overview's HTML."""
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    pages = {c["id"]: page_text(site, c) for c in claims["claims"]}
    return site, pages, (site.internal / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> tuple[tuple[Site, dict[str, str], str], tuple[Site, dict[str, str], str], str]:
    """The build before the answer, the build after it, and the lines the first overview offered."""
    tmp_path: Path = tmp_path_factory.mktemp("answered")
    debtors = [
        valid_debtor(id=debtor_id, language=language, invoices=[invoice(number=f"F2026-{debtor_id[2:]}")])
        for debtor_id, language in (("D-4001", "nl"), ("D-4002", "en"))
    ]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    bookings = [
        Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference("D-4001"), iban=None),
        Booking("150.00", date(2026, 11, 4), ref="C2", scor=rf_reference("D-4002"), iban=None),
        Booking("150.00", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", iban=None, name=None),
        Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None),  # to the build's day
    ]
    write_bank(ledger, {"nov.xml": camt053(CREDITOR_IBAN, bookings)})
    before = _build(tmp_path / "before", ledger)
    [box] = re.findall(r'<textarea id="bank-note-lines-\d+"[^>]*>(.*?)</textarea>', before[2], flags=re.S)
    lines = html.unescape(box)
    filled = re.sub(r"(?m)^(\s+credit):.*$", r'\1: "C1"', lines)
    filled = re.sub(r"(?m)^(\s+credit_date):.*$", r"\1: 2026-11-03", filled)
    filled = re.sub(r"(?m)^(\s+reason):.*$", rf"\1: {REASON}", filled)
    creditor = ledger / "creditor.yaml"
    creditor.write_text(creditor.read_text(encoding="utf-8") + filled + "\n", encoding="utf-8")
    return before, _build(tmp_path / "after", ledger), lines


def test_the_overview_asks_staff_to_ask_the_bank_and_gives_the_lines_to_paste(nights):
    (_, pages, overview), _, lines = nights
    assert "vraag het de bank, en zet haar antwoord in creditor.yaml met de regels hieronder" in visible_text(overview)
    assert lines.startswith('bank_returns:\n  - bank_ref: "B1"\n    date: 2026-11-10\n    credit:   # ')
    assert "C1 van 2026-11-03 (D-4001) of C2 van 2026-11-04 (D-4002); of none" in lines
    # Tied to the latest until staff say which: D-4002's page tells it, D-4001's does not.
    assert RETURNED["D-4002"] in pages["D-4002"] and "teruggeboekt" not in pages["D-4001"]


def test_the_answer_takes_back_the_payment_the_bank_named_and_the_note_goes(nights):
    _, (site, pages, overview), _ = nights
    assert RETURNED["D-4001"] in pages["D-4001"]
    assert "returned by the bank" not in pages["D-4002"].lower()
    shown = visible_text(overview)
    assert "vraag het de bank" not in shown
    assert f"telt niet. Zo gezet in creditor.yaml onder bank_returns: {REASON}" in shown
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    [back] = claims["bank"]["returns"]
    assert (back["credit"], back["answer"]) == ("C1", {"place": "bank_returns[0]", "reason": REASON})
    returned = {c["id"]: [p["bank_ref"] for p in c["payments_returned"]] for c in claims["claims"]}
    assert returned == {"D-4001": ["C1"], "D-4002": []}
