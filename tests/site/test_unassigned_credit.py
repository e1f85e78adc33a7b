"""A bank credit no rule assigned, through a real build: what the debtor's page may say, and what staff see.

The credit (EUR 150,00 from "A YILMAZ", no reference) may be D-0002's by the payer's name alone: the
overview's to-assign list suggests that dossier. The public pages must not say that every payment received
is processed (it is not), nor anything of the credit; the suggested dossier's staff page shows it with the
lines to paste.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import html5lib
import pytest

from incasso.payments.reference import rf_reference
from incasso.payments.tokens import DEMO_SECRET, statement_token
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import MISSING, event, invoice, valid_debtor, write_ledger
from tests.support.site import build_site

AS_OF = date(2026, 12, 4)
CREDITED = date(2026, 12, 3)
UNASSIGNED = Booking(
    "150.00", CREDITED, ref="2026120300013", name="A YILMAZ", iban="NL69INGB0123456789", text="deel betaling badkamer"
)


def _debtors() -> list[dict]:
    late = [invoice(number="2026-0254", date=date(2026, 9, 22), due=date(2026, 10, 6), amount="1245.00")]
    yilmaz = valid_debtor(
        id="D-0002",
        name="Ahmed Yilmaz",
        contact={
            "person": "Ahmed Yilmaz",
            "email": "a.yilmaz@example.nl",
            "phone": "06-18765432",
            "address": ["Kruiskamp 101", "3813 AB Amersfoort"],
        },
        invoices=late,
        events=[event(date(2026, 10, 8), "reminder", channel="email")],
    )
    evans = valid_debtor(
        id="D-0003",
        name="Sarah Evans",
        language="en",
        contact={"person": "Sarah Evans", "email": "s.evans@example.com", "address": ["1 High Street", "London"]},
        invoices=[invoice(number="2026-0260", date=date(2026, 10, 1), due=date(2026, 10, 15), amount="95.00")],
    )
    hendriks = valid_debtor(
        id="D-0001",
        name="Karin Hendriks",
        invoices=[invoice(number="2026-0231", date=date(2026, 10, 1), due=date(2026, 10, 15), amount="389.80")],
        **{"contact.phone": MISSING},
    )
    return [hendriks, yilmaz, evans]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unassigned")
    ledger = write_ledger(tmp, debtors=_debtors())
    paid = Booking("200.00", CREDITED, ref="2026120300012", scor=rf_reference("D-0001"), name="K HENDRIKS")
    write_bank(ledger, {"camt053_2026-12-03.xml": camt053(CREDITOR_IBAN, [paid, UNASSIGNED])})
    built = build_site(tmp, ledger=ledger, as_of=AS_OF)
    assert built.exit_code == 0
    return built


def _text(path: Path) -> str:
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    return re.sub(r"[ \t\r\n]+", " ", "".join(tree.find("body").itertext()))  # a no-break space stays


def _public(site, debtor_id: str) -> str:
    return _text(site.output / "s" / statement_token(DEMO_SECRET, debtor_id) / "index.html")


@pytest.mark.parametrize(
    "debtor_id, said",
    [
        (
            "D-0002",
            "Stand op 4 december 2026, met de betalingen tot en met 3 december 2026 die wij aan u konden koppelen. "
            "Een betaling zonder betalingskenmerk verwerken wij soms een paar dagen later. Mist u een betaling? "
            "Neem dan contact met ons op.",
        ),
        (
            "D-0003",
            "As of 4 December 2026, with the payments up to and including 3 December 2026 that we could link to you. "
            "A payment without the payment reference may take us a few days longer. Is a payment of yours missing? "
            "Please contact us.",
        ),
    ],
)
def test_the_page_does_not_say_every_payment_received_is_processed(site, debtor_id, said):
    # The bank statements hold a credit no dossier was given: it may be this debtor's, who paid.
    page = _public(site, debtor_id)
    assert said in page
    assert "hebben ontvangen, zijn verwerkt" not in page and "are included." not in page


def test_no_public_file_tells_of_the_credit_no_dossier_was_given(site):
    for path in site.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"YILMAZ" not in data and b"2026120300013" not in data and b"badkamer" not in data, path


def test_the_dossier_the_overview_suggests_shows_the_credit_and_how_to_assign_it(site):
    # Suggested for a likeness of name alone: no flag holds its letters, yet staff who open the dossier see it.
    overview = _text(site.internal / "index.html")
    assert re.search(r"A YILMAZ.*Ahmed Yilmaz D-0002 ?naam lijkt op de betaler", overview)
    page = _text(site.internal / "d" / "D-0002.html")
    assert (
        "Mogelijk van deze debiteur (naam lijkt op de betaler): EUR\xa0150,00, bijgeschreven op 3 december 2026, "
        "van A YILMAZ (NL69 INGB 0123 4567 89), omschrijving: deel betaling badkamer, bankboeking 2026120300013. "
        "Nog aan geen dossier gekoppeld."
    ) in page
    assert "Is de betaling van EUR\xa0150,00 op 3 december 2026 in de bank van deze debiteur?" in page
    assert 'bank_ref: "2026120300013"' in page
    other = _text(site.internal / "d" / "D-0003.html")
    assert "A YILMAZ" not in other and "2026120300013" not in other


def test_the_contact_signal_is_named_for_what_it_says(site):
    # D-0001 has an e-mail and a postal address, no phone: letters reach them, and no step of theirs calls (a
    # reminder is next), so no phone is missing yet: no signal says a detail is missing, nor that they cannot be
    # reached.
    overview = _text(site.internal / "index.html")
    assert "Contactgegevens ontbreken" not in overview
    assert not re.search(r"Contactgegevens onvolledig Karin Hendriks D-0001", overview)
