"""s59, two real nights: staff answer two bank returns in creditor.yaml, and the next morning's change list says so.

D-4001 and D-4002 pay 150.00 on 3 and 4 November by their references from accounts the camt.053 does not name; on
10 November the bank returns 150.00 naming no payer (B1): the night of 22 November ties it to the latest payment,
D-4002's. D-4003 pays 150.00 on 2 November (end-to-end E3); on 11 November the bank debits 152.50 with E3 and says
nothing of charges (B3): that night takes back no payment. Staff then write the bank's answers: B1 took back
D-4001's payment, B3 D-4003's with 2.50 charges. The night of 23 November takes back what they name, and its
changes.md (and changes.html) lists both answers, and says why D-4002's payment counts again and why D-4001's and
D-4003's were taken back: before, the clerk saw money move and not that a colleague's answer moved it.
"""

from __future__ import annotations

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
ANSWERS = [
    {
        "bank_ref": "B1",
        "date": date(2026, 11, 10),
        "credit": "C1",
        "credit_date": date(2026, 11, 3),
        "reason": "Rabobank, telefonisch op 12 november 2026",
    },
    {
        "bank_ref": "B3",
        "date": date(2026, 11, 11),
        "credit": "C3",
        "credit_date": date(2026, 11, 2),
        "charges": "2.50",
        "reason": "ING, 13 november 2026; 2,50 als bankkosten geboekt",
    },
]


def _ledger(tmp_path: Path, answers: list[dict]) -> Path:
    debtors = [
        valid_debtor(id=debtor_id, invoices=[invoice(number=f"F2026-{debtor_id[2:]}")])
        for debtor_id in ("D-4001", "D-4002", "D-4003")
    ]
    creditor = valid_creditor(interest="none", **({"bank_returns": answers} if answers else {}))
    ledger = write_ledger(tmp_path / "ledger", creditor=creditor, debtors=debtors)
    bookings = [
        Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference("D-4001"), iban=None),
        Booking("150.00", date(2026, 11, 4), ref="C2", scor=rf_reference("D-4002"), iban=None),
        Booking("150.00", date(2026, 11, 2), ref="C3", scor=rf_reference("D-4003"), end_to_end="E3"),
        Booking("150.00", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", iban=None, name=None),
        Booking("152.50", date(2026, 11, 11), credit=False, ref="B3", return_reason="MD06", end_to_end="E3"),
        Booking("4.50", SECOND, credit=False, ref="K1", name="Bank", iban=None),  # to the second night
    ]
    write_bank(ledger, {"nov.xml": camt053(CREDITOR_IBAN, bookings)})
    return ledger


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> tuple[dict, Site]:
    """The first night's claims.json and the second night's build, both into the same folders."""
    tmp_path: Path = tmp_path_factory.mktemp("answers")
    first = build_site(tmp_path, ledger=_ledger(tmp_path, []), as_of=FIRST)
    assert first.exit_code == 0
    claims = json.loads((first.internal / "claims.json").read_text(encoding="utf-8"))
    second = build_site(tmp_path, ledger=_ledger(tmp_path, ANSWERS), as_of=SECOND)
    assert second.exit_code == 0
    return claims, second


def test_the_first_night_ties_the_returns_as_the_statements_say(nights):
    claims, _ = nights
    returns = {r["bank_ref"]: (r["credit"], [d["id"] for d in r["dossiers"]]) for r in claims["bank"]["returns"]}
    assert returns == {"B1": ("C2", ["D-4002"]), "B3": (None, [])}


def test_the_change_list_says_each_answer_and_why_each_dossier_s_money_moved(nights):
    _, second = nights
    text = (second.internal / "changes.md").read_text(encoding="utf-8").replace("\xa0", " ")
    assert (
        "## Terugboekingen beantwoord in creditor.yaml (2)\n\n"
        "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam betaling C1 terug (D-4001); eerder gekoppeld "
        "aan betaling C2 (D-4002). Zo gezet in creditor.yaml onder bank_returns[0]: Rabobank, telefonisch op 12 "
        "november 2026\n"
        "- **11 november 2026**: terugboeking B3 van EUR 152,50, waarvan EUR 2,50 kosten van de bank (voor rekening "
        "van de schuldeiser): nam betaling C3 terug (D-4003); eerder aan geen betaling gekoppeld. Zo gezet in "
        "creditor.yaml onder bank_returns[1]: ING, 13 november 2026; 2,50 als bankkosten geboekt\n"
    ) in text
    assert (
        "## Betalingen ontvangen (1)\n\n- D-4002 Bakkerij De Vries: EUR 150,00 op 4 november 2026; telt weer: "
        "terugboeking B1 nam haar niet terug (creditor.yaml, bank_returns[0])\n"
    ) in text
    returned = [line for line in text.splitlines() if "teruggeboekt op" in line]
    assert [line.split(":")[0] for line in returned] == ["- D-4001 Bakkerij De Vries", "- D-4003 Bakkerij De Vries"]
    assert returned[0].endswith("telt niet (zo gezet in creditor.yaml onder bank_returns[0])")
    assert returned[1].endswith("telt niet (zo gezet in creditor.yaml onder bank_returns[1])")


def test_the_change_list_in_a_browser_reads_the_same(nights):
    _, second = nights
    page = visible_text((second.internal / "changes.html").read_text(encoding="utf-8"))
    assert "Terugboekingen beantwoord in creditor.yaml (2)" in page
    assert "10 november 2026 : terugboeking B1 van EUR 150,00: nam betaling C1 terug (D-4001)" in page
    assert "bank_returns[1]: ING, 13 november 2026; 2,50 als bankkosten geboekt" in page
