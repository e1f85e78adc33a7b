"""s63, two real nights, staff reading Dutch and English: a return staff answered `credit: none` names its charges on
the overview as the change list does.

D-4101 pays 150.00 on 3 November by its reference, from an account the camt.053.001.08 does not name; on 10 November
the bank returns 150.00 naming no payer, and charges of 1.00 it books apart (ChrgInclInd false: not in the 150.00).
The night of 22 November ties the return to that payment, the only one of its amount. The bank tells staff it was
another payment, of before the statements read: they answer `credit: none`. The night of 23 November counts D-4101's
payment again; changes.md's line of the answer names the 1.00 booked apart (s62), and now the overview's bank line of
that answer does too, in the same words, where it named no charges.
"""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import Site, build_site, visible_text

pytestmark = pytest.mark.slow

FIRST, SECOND = date(2026, 11, 22), date(2026, 11, 23)
BACK = date(2026, 11, 10)
REASON = "Rabobank, telefonisch op 12 november 2026: een betaling van september"
ANSWER = {"bank_ref": "B1", "date": BACK, "credit": "none", "reason": REASON}
# What the overview's line and the change list's both say of the charges booked apart.
APART = {
    "nl": "daarnaast EUR 1,00 kosten die zij apart geboekt noemt (niet in dit bedrag; voor rekening van de schuldeiser)",
    "en": "besides EUR 1.00 in charges it names booked apart (not in this amount; the creditor's cost)",
}
OVERVIEW = {
    "nl": "Terugboeking B1 (EUR 150,00 op 10 nov 2026), {apart}, boekt geen betaling terug, niet uit de ingelezen "
    "afschriften en niet uit het bestand van een debiteur: elke betaling telt. Zo gezet in creditor.yaml onder "
    "bank_returns: " + REASON,
    "en": "Return B1 (EUR 150.00 on 10 Nov 2026), {apart}, takes back no payment, none in the statements read and "
    "none in a debtor's file: every payment counts. So written in creditor.yaml under bank_returns: " + REASON,
}
CHANGES = {
    "nl": "- **10 november 2026**: terugboeking B1 van EUR 150,00, {apart}: nam geen betaling terug (niet van de "
    "gelezen afschriften, niet uit het bestand van een debiteur); eerder gekoppeld aan betaling C1 (D-4101). Zo gezet "
    "in creditor.yaml onder bank_returns[0]: " + REASON,
    "en": "- **10 November 2026**: return B1 of EUR 150.00, {apart}: took back no payment (none in the statements "
    "read, none in a debtor's file); tied before to payment C1 (D-4101). So written in creditor.yaml under "
    "bank_returns[0]: " + REASON,
}


def _ledger(tmp_path: Path, answered: bool) -> Path:
    debtors = [valid_debtor(id="D-4101", invoices=[invoice(number="F2026-4101")])]
    creditor = valid_creditor(interest="none", **({"bank_returns": [ANSWER]} if answered else {}))
    ledger = write_ledger(tmp_path / "ledger", creditor=creditor, debtors=debtors)
    bookings = [
        Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference("D-4101"), iban=None),
        Booking(
            "150.00",
            BACK,
            credit=False,
            ref="B1",
            return_reason="MD06",
            iban=None,
            name=None,
            charges="1.00",
            charges_apart=True,
        ),
        Booking("4.50", SECOND, credit=False, ref="K1", name="Bank", iban=None),  # to the second night
    ]
    write_bank(ledger, {"nov.xml": camt053(CREDITOR_IBAN, bookings, version="08")})
    return ledger


@pytest.fixture(scope="module", params=["nl", "en"])
def nights(request, tmp_path_factory) -> tuple[str, dict, Site]:
    """The staff's language, the first night's claims.json and the second night's build, into the same folders."""
    language = request.param
    tmp_path: Path = tmp_path_factory.mktemp(f"none-{language}")
    extra = ["--staff-language", language]
    first = build_site(tmp_path, ledger=_ledger(tmp_path, answered=False), as_of=FIRST, extra=extra)
    assert first.exit_code == 0
    claims = json.loads((first.internal / "claims.json").read_text(encoding="utf-8"))
    second = build_site(tmp_path, ledger=_ledger(tmp_path, answered=True), as_of=SECOND, extra=extra)
    assert second.exit_code == 0
    return language, claims, second


def test_the_first_night_ties_the_return_to_the_payment_of_its_amount(nights):
    _, claims, _ = nights
    [back] = claims["bank"]["returns"]
    assert (back["bank_ref"], back["credit"], back["charges_apart"]) == ("B1", "C1", "1.00")


def test_the_overview_s_line_of_the_answer_names_the_charges_booked_apart_as_the_change_list_does(nights):
    language, _, second = nights
    page = visible_text((second.internal / "index.html").read_text(encoding="utf-8"))
    overview = html.unescape(page).replace("\xa0", " ")  # the page writes the apostrophe as &#39;
    assert OVERVIEW[language].format(apart=APART[language]) in overview
    changes = (second.internal / "changes.md").read_text(encoding="utf-8").replace("\xa0", " ")
    assert CHANGES[language].format(apart=APART[language]) in changes.splitlines()
