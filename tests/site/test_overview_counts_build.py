"""s66: the demo's staff overview as a morning clerk read it on 8 December 2026, in a real build.

The Signalen card said "11, waarvan 3 ook als taak" while D-1010, D-1011 and D-1019 waited for the statements beside
their check, and D-1001's possible payment held its reminder; the letters card counted that held reminder as one to
send; each letter row of today's work carried the same 38 words; two dossiers with no letter that day read "Gevraagd op
pagina en brief", and every dossier named a setting staff never see (PUBLIC_URL).
"""

from __future__ import annotations

import re
from datetime import date

import html5lib
import pytest

from incasso.staff.words import PHRASE, UI
from tests.support.site import build_site

REVIEWED = date(2026, 12, 8)


@pytest.fixture(scope="module")
def internal(tmp_path_factory):
    built = build_site(tmp_path_factory.mktemp("reviewed"), as_of=REVIEWED)
    assert built.exit_code == 0
    return built.internal


def _tree(path):
    return html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)


def _text(element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _cards(tree) -> dict[str, str]:
    """Each card of the summary at the top: its label, and its figure with the note under it."""
    summary = next(dl for dl in tree.iter("dl") if dl.get("class") == "summary")
    return {_text(card.find("dt")): " ".join(_text(dd) for dd in card.findall("dd")) for card in summary}


def test_the_signals_card_counts_each_matter_once_and_the_letters_card_the_letters_to_send(internal):
    index = _tree(internal / "index.html")
    cards = _cards(index)
    # D-1013's dispute, D-1014's credit, D-1012's plan behind (as before); D-1010's, D-1011's and D-1019's wait for
    # the statements beside their check; D-1001's possible payment beside the reminder it holds.
    assert cards["Signalen"] == "11 waarvan 7 ook als taak bij Werk voor vandaag"
    # D-1001's reminder waits for a look at the credit: not one to send yet.
    assert cards["Brieven te versturen"] == "4 van de 6 van vandaag, 1 eerst nakijken"


def test_today_s_letter_rows_say_their_two_forms_in_a_few_words_and_the_note_says_what_to_do_once(internal):
    html = (internal / "index.html").read_text(encoding="utf-8")
    today = _tree(internal / "index.html")
    rows = [tr for tr in today.iter("tr") if "task" in (tr.get("class") or "").split()]
    two_forms = [tr for tr in rows if tr.find(".//a[@class='letter-eml']") is not None]
    assert {tr.get("data-id") for tr in two_forms} == {"D-1001", "D-1003", "D-1004", "D-1012"}
    for row in two_forms:
        action = _text(row.find("td"))
        assert "twee keer" not in action and "printbestand, verstuur" not in action
    ready = [tr.get("data-id") for tr in two_forms if PHRASE["letter_both_forms_short"] in _text(tr.find("td"))]
    assert ready == ["D-1012", "D-1003", "D-1001"]  # D-1004's final notice says which form and why: its own
    assert html.count(UI["today_both_forms"]) == 1
    assert PHRASE["letter_both_forms"].split(":")[1] not in html  # the 38 words, on no row


@pytest.mark.parametrize(
    ("debtor", "asked"),
    [
        ("D-1011", "Gevraagd op de pagina"),
        ("D-1019", "Gevraagd op de pagina"),
        ("D-1012", "Gevraagd op pagina en brief"),
    ],
)
def test_a_dossier_says_who_asks_what_and_how_to_make_its_link_whole(internal, debtor, asked):
    said = _text(_tree(internal / "d" / f"{debtor}.html").find(".//body"))
    assert f"{asked}: EUR" in said
    assert "--public-url of INCASSO_PUBLIC_URL" in said and "PUBLIC_URL is niet ingesteld" not in said
