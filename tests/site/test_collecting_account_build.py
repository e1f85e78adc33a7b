"""A credit from an account that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT), through a real build:
the overview's to-assign list says so under "no candidates", and the staff search still finds every dossier that
account paid for (a search by the account is what the line tells staff to do)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import html5lib
import pytest

from incasso.payments.reference import rf_reference
from incasso.staff.search import normalise
from incasso.staff.search_index import SEARCH_INDEX
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

AS_OF = date(2026, 12, 4)
PAID = date(2026, 11, 3)
COUNSELLOR = "NL22INGB0000000002"
IDS = ("D-1", "D-2", "D-3", "D-4")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("collecting")
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


def test_the_search_by_the_account_finds_every_dossier_it_paid_for(site):
    index = (site.internal / SEARCH_INDEX).read_text(encoding="utf-8")
    account = normalise(COUNSELLOR)
    rows = re.findall(r'\["(D-\d)",[^\]]*\][^\]]*?"([^"]*)",""\]', index)
    assert sorted(i for i, fields in rows if account in fields) == list(IDS)
