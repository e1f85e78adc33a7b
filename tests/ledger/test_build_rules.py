"""Rules the build relies on are rules of the ledger: refused at load with file:line, not in the night."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import (
    VALID_CREDITOR,
    changed,
    debtor_path,
    invoice,
    ledger_problems,
    valid_debtor,
    where,
    write_ledger,
)


def creditor_problem(tmp_path, **change) -> list[str]:
    doc = changed(VALID_CREDITOR, change)
    return doc, ledger_problems(write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor()]))


def test_a_creditor_name_of_70_characters_may_still_be_too_many_bytes_for_the_qr_code(tmp_path):
    doc, problems = creditor_problem(tmp_path, name="😀" * 70)
    assert problems == [
        f"{tmp_path / 'ledger' / 'creditor.yaml'}:{where(doc, 'name')}: name: must take at most 246 bytes in UTF-8 "
        "to fit the EPC QR code with this IBAN and BIC (a letter like é takes 2 bytes, € 3) (got 280 bytes)"
    ]


def test_a_creditor_name_that_fits_is_kept(tmp_path):
    name = "😀" * 61 + "ab"  # 246 bytes: room for the longest reference and the largest amount with this IBAN and BIC
    root = write_ledger(tmp_path, creditor=changed(VALID_CREDITOR, {"name": name}), debtors=[valid_debtor()])
    assert load_ledger(root).creditor.name == name


@pytest.mark.parametrize(
    "url, message",
    [
        ("https://", "must name a host, like https://betalen.voorbeeld.nl"),
        ("https://[::1/{reference}", "is not a valid web address: Invalid IPv6 URL"),
        ("https://pay.example.nl:99999/", "is not a valid web address: Port out of range 0-65535"),
        ("https://bank.nl@evil.example/{reference}", "must not hold a user name or password"),
        ("https://{reference}.example.nl/", "may fill in {reference} and {amount} only after the host name"),
    ],
)
def test_a_payment_url_the_build_cannot_show_is_refused(tmp_path, url, message):
    doc, problems = creditor_problem(tmp_path, payment_url=url)
    assert problems == [
        f"{tmp_path / 'ledger' / 'creditor.yaml'}:{where(doc, 'payment_url')}: payment_url: {message} (got {url})"
    ]


def test_a_debtors_invoices_may_add_up_to_one_bank_transfer_at_most(tmp_path):
    big = Decimal("600000000.00")
    doc = valid_debtor(invoices=[invoice(amount=big), invoice(number="F2026-0002", amount=big)])
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'invoices[1]')}: invoices[1].amount: brings this debtor's "
        "invoices to more than 999999999.99, the most one bank transfer (an EPC QR code) can ask; split the claim "
        "over more than one dossier (got 1200000000.00)"
    ]


def handover(**fields) -> dict:
    return {
        "date": date(2026, 3, 1),
        "type": "handover",
        "agency": "Incasso B.V.",
        "agency_iban": "NL02ABNA0123456789",
        "agency_reference": "DOS-2026-0042",
        **fields,
    }


@pytest.mark.parametrize(
    "fields",
    [
        {"agency": "😀" * 70, "agency_reference": "€" * 140},
        {"agency": "Incassobureau " + "é" * 56, "agency_reference": "Dossier " + "ü" * 132},
    ],
)
def test_an_agency_payment_the_qr_code_cannot_hold_is_refused(tmp_path, fields):
    doc = valid_debtor(events=[handover(**fields)])
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    (problem,) = ledger_problems(root)
    assert problem.startswith(
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'events[0].agency_iban')}: events[0].agency_iban: the EPC QR "
        "code that pays the agency cannot hold payload: must be at most 331 bytes in UTF-8 (got "
    )


def test_an_agency_payment_that_fits_is_kept(tmp_path):
    root = write_ledger(tmp_path, debtors=[valid_debtor(events=[handover(agency_reference="Dossier " + "x" * 132)])])
    (event,) = load_ledger(root).debtors[0].events
    assert event.agency_reference == "Dossier " + "x" * 132


def test_an_agency_account_outside_the_sepa_zone_is_refused_as_the_creditor_s_is(tmp_path):
    # The page asks for a SEPA transfer to it, with an EPC QR code: a Brazilian account takes none.
    doc = valid_debtor(events=[handover(agency_iban="BR1800360305000010009795493C1")])
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'events[0].agency_iban')}: events[0].agency_iban: must be an "
        "account in the SEPA zone: the page asks for a SEPA transfer to it, with a QR code "
        "(got BR1800360305000010009795493C1)"
    ]
