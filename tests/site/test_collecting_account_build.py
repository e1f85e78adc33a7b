"""A credit from an account that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT), through a real build:
the overview's to-assign list says so under "no candidates", and the staff search still finds every dossier that
account paid for: the search by that account says what it is (an account that paid for 4 dossiers) instead of
listing all of them, which for a debt counsellor's account are dozens."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import html5lib
import pytest

from incasso.payments.reference import rf_reference
from incasso.staff.bank_section import account_text
from incasso.staff.search import normalise
from incasso.staff.search_index import SEARCH_INDEX, read_index
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

AS_OF = date(2026, 12, 4)
PAID = date(2026, 11, 3)
COUNSELLOR = "NL22INGB0000000002"
IDS = ("D-1", "D-2", "D-3", "D-4")


def collecting_site(tmp: Path):
    """A build of four dossiers a counsellor's account paid for (matched by reference), and one credit of it left
    to assign."""
    debtors = [
        valid_debtor(id=i, name=f"Klant {n}", invoices=[invoice(number=f"F2026-{n}", amount=Decimal("480.00"))])
        for n, i in enumerate(IDS, start=1)
    ]
    ledger = write_ledger(tmp, creditor=valid_creditor(interest="none"), debtors=debtors)
    credits = [
        Booking("10.00", PAID, ref=f"P{n}", scor=rf_reference(i), iban=COUNSELLOR, name="Stichting Schuldhulp")
        for n, i in enumerate(IDS)
    ]
    credits.append(Booking("12.00", date(2026, 11, 5), ref="NEW", text="betaling", iban=COUNSELLOR, name="Stichting"))
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, credits)})
    built = build_site(tmp, ledger=ledger, as_of=AS_OF)
    assert built.exit_code == 0
    return built


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return collecting_site(tmp_path_factory.mktemp("collecting"))


def _text(path: Path) -> str:
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    return re.sub(r"[ \t\r\n]+", " ", "".join(tree.find("body").itertext()))


def test_the_to_assign_list_says_the_account_paid_for_many(site):
    overview = _text(site.internal / "index.html")
    assert re.search(
        r"geen: zoek op naam of rekening ?Deze rekening betaalde voor 4 dossiers \(schuldhulpverlening, "
        r"bewindvoerder, betaaldienst of familie\): dat zegt niet voor wie deze betaling is\.",
        overview,
    )


def _index(site) -> dict:
    script = (site.internal / SEARCH_INDEX).read_text(encoding="utf-8")
    return read_index(script)


def test_the_search_by_the_account_says_what_it_is_instead_of_listing_every_dossier_it_paid_for(site):
    index = _index(site)
    account = normalise(COUNSELLOR).replace(" ", "")
    assert [r[0] for r in index["rows"] if account in r[11].replace(" ", "")] == []
    assert index["collecting"] == [[account, 4, account_text(COUNSELLOR)]]  # as the bank section writes it
