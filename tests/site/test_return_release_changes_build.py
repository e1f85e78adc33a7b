"""s60, three real nights: a return read, then answered `credit: none`, and what the morning's change list says of
the money it moved.

D-4101 owes 150.00 and pays it on 3 November by its reference (C1); 80.00 comes in on 4 November naming no one
(C9). On 10 November the bank returns 150.00 and 80.00, naming no payer (B1, B9): each is tied to the latest credit
of its amount. The night of 22 November takes both back: D-4101 runs again. Staff then write the bank's answers,
none of the credits read (payments from October): the night of 23 November counts C1 and C9 again. changes.md (and
changes.html) said D-4101's status moved without a word of why, and listed C9 as money to assign without why it was
back: now each says the return (and the answer) that moved it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import Site, build_site, visible_text

pytestmark = pytest.mark.slow

NIGHTS = (date(2026, 11, 9), date(2026, 11, 22), date(2026, 11, 23))
BACK = date(2026, 11, 10)
REASON = "Rabobank, 20 november 2026: een betaling van oktober"
CREDITS = [
    Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference("D-4101"), iban=None),
    Booking("80.00", date(2026, 11, 4), ref="C9", text="factuur", name="Onbekende Naam", iban=None),
]
RETURNS = [
    Booking("150.00", BACK, credit=False, ref="B1", return_reason="MD06", iban=None, name=None),
    Booking("80.00", BACK, credit=False, ref="B9", return_reason="MD06", iban=None, name=None),
]


def _ledger(tmp_path: Path, night: date, returns: list[Booking], answered: bool) -> Path:
    debtors = [valid_debtor(id="D-4101", invoices=[invoice(number="F2026-4101", amount="150.00")])]
    answers = [{"bank_ref": ref, "date": BACK, "credit": "none", "reason": REASON} for ref in ("B1", "B9")]
    creditor = valid_creditor(interest="none", **({"bank_returns": answers} if answered else {}))
    ledger = write_ledger(tmp_path / "ledger", creditor=creditor, debtors=debtors)
    day = Booking("4.50", night, credit=False, ref=f"K{night.day}", name="Bank", iban=None)  # to the night's day
    write_bank(ledger, {"nov.xml": camt053(CREDITOR_IBAN, [*CREDITS, *returns, day])})
    return ledger


@pytest.fixture(scope="module")
def mornings(tmp_path_factory) -> tuple[str, str, Site, str]:
    """The change lists of the second and third nights (changes.md), the third night's build, and the second night's
    changes.html as a browser shows it."""
    tmp_path: Path = tmp_path_factory.mktemp("released")
    lists, pages = [], []
    for night, returns, answered in zip(NIGHTS, ([], RETURNS, RETURNS), (False, False, True), strict=True):
        site = build_site(tmp_path, ledger=_ledger(tmp_path, night, returns, answered), as_of=night)
        assert site.exit_code == 0
        lists.append((site.internal / "changes.md").read_text(encoding="utf-8").replace("\xa0", " "))
        pages.append(visible_text((site.internal / "changes.html").read_text(encoding="utf-8")))
    return lists[1], lists[2], site, pages[1]


def test_a_status_a_return_moved_says_the_payment_it_took_back(mornings):
    read, _, _, _ = mornings
    assert (
        "## Andere status (1)\n\n- D-4101 Bakkerij De Vries: Betaald → Loopt; betaling C1 teruggeboekt door de bank\n"
        in read
    )


def test_a_stage_a_return_moved_says_the_payment_it_took_back(mornings):
    """The stage line ("Andere fase") said only "Open → Vervallen", where the status line said why."""
    read, _, _, _ = mornings
    assert (
        "## Andere fase (1)\n\n- D-4101 Bakkerij De Vries: Open → Vervallen; betaling C1 teruggeboekt door de bank\n"
        in read
    )
    *_, page = mornings
    assert "Open → Vervallen; betaling C1 teruggeboekt door de bank" in page


def test_a_status_and_a_credit_to_assign_moved_by_an_answer_say_why(mornings):
    _, answered, _, _ = mornings
    assert (
        "- D-4101 Bakkerij De Vries: Loopt → Betaald; betaling C1 telt weer: terugboeking B1 nam haar niet terug "
        "(creditor.yaml, bank_returns[0])\n"
    ) in answered
    assert (
        "## Nieuwe bankbetalingen om te koppelen (1)\n\n- **4 november 2026**: EUR 80,00 van Onbekende Naam "
        "(bankboeking C9); telt weer: terugboeking B9 nam haar niet terug (creditor.yaml, bank_returns[1])\n"
    ) in answered


def test_the_reasons_read_the_same_in_a_browser(mornings):
    _, _, site, _ = mornings
    page = visible_text((site.internal / "changes.html").read_text(encoding="utf-8"))
    assert "Loopt → Betaald; betaling C1 telt weer: terugboeking B1 nam haar niet terug" in page
    assert "(bankboeking C9); telt weer: terugboeking B9 nam haar niet terug (creditor.yaml, bank_returns[1])" in page
