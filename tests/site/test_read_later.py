"""The demo's statement pages read on days after the bank data ends (20 November 2026), as a newcomer read them on a
phone beside the day's letters (s38): built by `incasso build` on 4 December 2026 and 8 January 2027.

- D-1006, a final notice's term that ended on 2 December: said in the past, and what the top asks now.
- D-1013, a dispute past the day we meant to answer by: the message and the totals agree with the top.
- D-1003 (English), a credit note: the invoice row adds up.
- D-1001, an invoice due 3 December: not "not received" of days the bank data does not cover.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.site.test_statement_pages import parse, statement_pages, text_of
from tests.support.site import DEMO_LEDGER, REPO, build_site

DEC_4 = date(2026, 12, 4)
JAN_8 = date(2027, 1, 8)


def _pages(site, as_of):
    return {debtor: parse(path) for debtor, (_, path) in statement_pages(site, as_of=as_of).items()}


@pytest.fixture(scope="module")
def dec_4(tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("dec-4"), as_of=DEC_4)
    assert site.exit_code == 0
    return _pages(site, DEC_4)


@pytest.fixture(scope="module")
def jan_8(tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("jan-8"), as_of=JAN_8)
    assert site.exit_code == 0
    return _pages(site, JAN_8)


def section(tree, name: str) -> str:
    return text_of(tree.find(f".//section[@class='{name}']"))


def test_a_final_notice_s_term_gone_by_is_said_in_the_past_and_the_top_names_its_cause(dec_4):
    tree = dec_4["D-1006"]
    after = section(tree, "next")
    assert (
        "Heeft u de brief op 18 november 2026 ontvangen? Dan was uw laatste betaaldag 2 december 2026." in after
        and "Had u toen niet EUR 1.350,52 betaald? Dan zijn er vanaf 3 december 2026 incassokosten van EUR 201,84 "
        "verschuldigd."
        in after
    )
    assert "Dan is uw laatste betaaldag" not in after and "Heeft u dan niet" not in after
    top = section(tree, "summary")
    # One number, the costs in it, and what it is made of (s41): not the amount and the costs "apart" beside it.
    assert "Dit is EUR 1.353,18 voor uw facturen en de rente, en EUR 201,84 incassokosten." in top
    assert "EUR 1.555,02" in top and "apart" not in top
    assert "Die termijn is voorbij. Daarom staan de incassokosten erbij." in top
    assert "Dan komen er wel" not in top


def test_a_late_answer_to_a_dispute_is_said_alike_above_and_below_and_its_total_is_not_asked(dec_4):
    tree = dec_4["D-1013"]
    assert "Wij wilden u uiterlijk 13 november 2026 antwoord geven. Dat is niet gelukt" in section(tree, "summary")
    message = section(tree, "message")
    assert "Dat duurt langer dan wij u hadden gezegd, en dat spijt ons." in message
    assert "wanneer u antwoord krijgt" not in message
    grand = tree.find(".//table[@class='totals pairs']//tr[@class='grand-total']")
    assert [text_of(cell) for cell in grand] == ["Totaal open, ook wat wij nog uitzoeken", "3.522,34"]


def test_an_invoice_row_with_a_credit_note_adds_up(dec_4):
    row = dec_4["D-1003"].find(".//table[@class='invoices stack']//tr[@class='invoice-main']")
    assert [text_of(cell) for cell in row] == [
        "F2026-0101",
        "Amount239.00",  # each cell's label for a phone's stacked rows, then its amount
        "Paid or credited50.00",
        "Open189.00",
    ]


@pytest.mark.parametrize(
    ("debtor", "unseen", "message"),
    [
        (
            "D-1001",
            "Betalingen van na 20 november 2026 hebben wij nog niet verwerkt. Heeft u op tijd betaald? Dan hoeft u "
            "niets te doen.",
            # Its reminder is held for a look (a credit in the bank may be its: s54-review): the page speaks as before
            # the letter, in the words of the days the bank data do not cover.
            "maar wij hebben nog geen betaling van u verwerkt",
        ),
        (
            "D-1003",
            "We have not yet processed payments made after 20 November 2026. If you paid in time, you do not need "
            "to do anything.",
            "We have not yet processed a payment from you",
        ),
    ],
)
def test_days_the_bank_data_does_not_cover_are_not_said_unpaid(jan_8, debtor, unseen, message):
    tree = jan_8[debtor]
    assert unseen in section(tree, "summary")
    assert message in section(tree, "message")
    assert "nog niet ontvangen" not in section(tree, "message") and "not yet received" not in section(tree, "message")


def test_a_site_without_the_late_dispute_s_message_shows_the_dispute_s_as_before(tmp_path):
    content = shutil.copytree(REPO / "content", tmp_path / "content")
    for lang in ("nl", "en"):
        (content / "messages" / lang / "dispute_late.md").unlink()
    settings = tmp_path / "conf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(REPO)!r})\nfrom pelicanconf import *\nPATH = {str(content)!r}\n"
        f"THEME = {str(REPO / 'theme')!r}\n",
        encoding="utf-8",
    )
    site = build_site(tmp_path / "build", DEMO_LEDGER, DEC_4, extra=["--settings", str(settings)])
    assert site.exit_code == 0
    message = section(_pages(site, DEC_4)["D-1013"], "message")
    assert "Bovenaan deze pagina staat wat er nu gebeurt, en wanneer u antwoord krijgt." in message
