"""s59, real builds: a return of more than the payment it takes back that says nothing of charges, and the charges
staff write once the bank told them.

D-4001 (nl) owes 1250.00 and pays 150.00 on 3 November by its reference, end-to-end reference E1. On 10 November
the bank debits 152.50 with E1 (a refund at the payer's request, MD06) and says nothing of charges: the first build
of 22 November takes back no payment (a difference is never guessed to be charges), and tells staff, on the
overview and on D-4001's dossier page, to ask the bank, with the lines for creditor.yaml and the 2.50 that would be
charges. The bank says it was that payment and 2.50 were its charges: the lines as shown, filled in and pasted,
make the second build take back the 150.00 (the debtor owes it again, never the charges), the note gone, the bank
section saying the charges are the creditor's cost, claims.json keeping them.
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
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

AS_OF = date(2026, 11, 22)
ID = "D-4001"
REASON = "Rabobank, 12 november 2026, de betaling van 3 november; 2,50 bankkosten geboekt op 13 november"
RETURNED = "Uw betaling van EUR 150,00 op 3 november 2026 is op 10 november 2026 door de bank teruggeboekt."


class Night:
    """A build of 22 November: the site, D-4001's page and dossier page text, and the overview's HTML."""

    def __init__(self, tmp_path: Path, ledger: Path) -> None:
        self.site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
        assert self.site.exit_code == 0
        self.claims = json.loads((self.site.internal / "claims.json").read_text(encoding="utf-8"))
        [claim] = self.claims["claims"]
        self.page = page_text(self.site, claim)
        self.dossier = visible_text((self.site.internal / "d" / f"{ID}.html").read_text(encoding="utf-8"))
        self.overview = (self.site.internal / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> tuple[Night, Night, str]:
    """The build before the answer, the build after it, and the lines the first overview offered."""
    tmp_path: Path = tmp_path_factory.mktemp("charges")
    debtors = [valid_debtor(id=ID, language="nl", invoices=[invoice(number="F2026-4001")])]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    bookings = [
        Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference(ID), end_to_end="E1"),
        Booking("152.50", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", end_to_end="E1"),
        Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None),  # to the build's day
    ]
    write_bank(ledger, {"nov.xml": camt053(CREDITOR_IBAN, bookings)})
    before = Night(tmp_path / "before", ledger)
    [box] = re.findall(r'<textarea id="bank-note-lines-\d+"[^>]*>(.*?)</textarea>', before.overview, flags=re.S)
    lines = html.unescape(box)
    filled = re.sub(r"(?m)^(\s+credit):.*$", r'\1: "C1"', lines)
    filled = re.sub(r"(?m)^(\s+credit_date):.*$", r"\1: 2026-11-03", filled)
    filled = re.sub(r"(?m)^(\s+charges):.*$", r"\1: 2.50", filled)
    filled = re.sub(r"(?m)^(\s+reason):.*$", rf"\1: {REASON}", filled)
    creditor = ledger / "creditor.yaml"
    creditor.write_text(creditor.read_text(encoding="utf-8") + filled + "\n", encoding="utf-8")
    return before, Night(tmp_path / "after", ledger), lines


def test_staff_are_asked_to_ask_the_bank_on_the_overview_and_the_dossier_with_the_charges(nights):
    before, _, lines = nights
    said = (
        "Bankboeking B1 schrijft EUR 152,50 af, meer dan betaling C1 (EUR 150,00, hetzelfde end-to-end-kenmerk), en "
        "zegt niets over kosten: kosten van de bank erbij?"
    )
    assert said in visible_text(before.overview) and said in before.dossier
    assert "waren de EUR 2,50 meer haar kosten, zet haar antwoord dan in creditor.yaml" in before.dossier
    assert "C1 van 2026-11-03 (D-4001), met charges: 2.50; of none" in lines
    assert "\n    charges:   # de kosten die de bank noemt" in lines
    # No payment is taken back until the bank says which: the debtor's page says nothing of a return.
    assert "teruggeboekt" not in before.page
    [back] = before.claims["bank"]["returns"]
    assert (back["credit"], "charges" in back) == (None, False)


def test_the_charges_written_take_back_the_payment_and_stay_the_creditor_s(nights):
    _, after, _ = nights
    assert RETURNED in after.page
    assert "2,50" not in after.page and "152,50" not in after.page  # the charges are never the debtor's
    shown = visible_text(after.overview)
    assert "kosten van de bank erbij?" not in shown and "kosten van de bank erbij?" not in after.dossier
    assert (
        "telt niet. De EUR 2,50 kosten erbij zijn voor rekening van de schuldeiser. Zo gezet in creditor.yaml onder "
        f"bank_returns: {REASON}"
    ) in shown
    # s60: the dossier's line of the payment taken back says the charges as the bank section does; the page never.
    assert re.search(
        r"EUR 150,00 op 3 nov 2026 \(bankboeking C1[^)]*\): teruggeboekt op 10 nov 2026 \([^)]*\); telt niet\. De "
        r"EUR 2,50 kosten erbij zijn voor rekening van de schuldeiser\.",
        after.dossier,
    )
    [back] = after.claims["bank"]["returns"]
    assert (back["amount"], back["charges"], back["credit"]) == ("152.50", "2.50", "C1")
    assert back["answer"] == {"place": "bank_returns[0]", "reason": REASON}
    [claim] = after.claims["claims"]
    assert [(p["bank_ref"], p["amount"]) for p in claim["payments_returned"]] == [("C1", "150.00")]
