"""s50: a bank credit whose payer shares only a first name with a debtor adds no "kijk die na" to their letter.

Session 49 made a credit listed for a dossier by a likeness of name alone add a word to that dossier's letter of
the day ("... kijk die na vóór het versturen: een naam alleen houdt de brief niet tegen"). A clerk's week found it
on letters whose debtor only shared a first name with the payer ("DAAN VOS" beside Daan Jansen's reminder): a first
name many share is no evidence. The bank section still lists the dossier (the clerk decides); only a surname or the
whole name puts the word on the letter. Real builds: the overview's letters of the day and the dossier page.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import html5lib
import pytest

from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_debtor, write_ledger
from tests.support.site import build_site

AS_OF = date(2026, 12, 4)
LOOK = "kijk die na vóór het versturen"


def _text(path: Path) -> str:
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    return re.sub(r"[ \t\r\n]+", " ", "".join(tree.find("body").itertext()))


def _build(tmp_path: Path, payer: str):
    jansen = valid_debtor(
        id="D-0001",
        name="Daan Jansen",
        contact={
            "person": "Daan Jansen",
            "email": "d.jansen@example.nl",
            "address": ["Kruiskamp 1", "3813 AB Amersfoort"],
        },
        invoices=[invoice(number="2026-0231", date=date(2026, 10, 1), due=date(2026, 11, 1), amount="389.80")],
    )
    credit = Booking("75.00", date(2026, 12, 3), ref="2026120300013", name=payer, iban="NL69INGB0123456789", text="x")
    ledger = write_ledger(tmp_path / "ledger", debtors=[jansen])
    write_bank(ledger, {"camt053_2026-12-03.xml": camt053(CREDITOR_IBAN, [credit])})
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF)
    assert site.exit_code == 0
    return site


@pytest.mark.parametrize(("payer", "warns"), [("DAAN VOS", False), ("D JANSEN", True), ("DAAN JANSEN", True)])
def test_only_a_surname_or_the_whole_name_puts_a_word_on_the_letter(tmp_path, payer, warns):
    site = _build(tmp_path, payer)
    overview = _text(site.internal / "index.html")
    assert re.search(rf"{payer}.*Daan Jansen D-0001 ?naam lijkt op de betaler", overview)  # listed all the same
    assert "Herinnering sturen" in overview
    assert (LOOK in overview) is warns
    assert (LOOK in _text(site.internal / "d" / "D-0001.html")) is warns
