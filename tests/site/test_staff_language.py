"""The staff output in the staff's language (INCASSO["STAFF_LANGUAGE"], `incasso build --staff-language`):
real builds of the staff fixture, in Dutch and in English.

The English texts are taken from incasso.staff.words_en, never written here, so that these tests hold for
any translation of the staff's words.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import html5lib
import pytest

import pelican.plugins.incasso.debtors as debtors
from incasso import fmt
from incasso.ledger.model import Language
from incasso.staff import words, words_en
from incasso.staff.language import staff_language
from incasso.staff.search_index import SEARCH_INDEX
from pelican.plugins.incasso.settings import BuildRefused, prepare
from tests.support.site import Site, build_site, settings_with
from tests.support.staff_fixture import D1, D2, FIXTURE, second_ledger


def page(path: Path):
    return html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)


def text(element) -> str:
    return re.sub(r"[ \t\r\n]+", " ", "".join(element.itertext())).strip()


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def en(amount: str) -> str:
    return fmt.money(Decimal(amount), Language.EN)


def english_day(day: date) -> str:
    return fmt.day(day, Language.EN)


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Site]:
    """The fixture built as of D1 with the staff's words in Dutch (the default) and in English; the English
    build's dossier pages made in forked worker processes, which must inherit the language."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(debtors, "worker_count", lambda: 2)
        patch.setattr(debtors, "PARALLEL_FROM", 1)  # even the fixture's few debtors go to workers
        english = build_site(tmp_path_factory.mktemp("en"), FIXTURE / "ledger", D1, ["--staff-language", "en"])
    dutch = build_site(tmp_path_factory.mktemp("nl"), FIXTURE / "ledger", D1)
    assert english.exit_code == 0 and dutch.exit_code == 0
    return {"en": english, "nl": dutch}


def test_the_public_output_is_the_same_bytes_whatever_the_staff_language(builds):
    public = files(builds["nl"].output)
    assert any(name.startswith("s/") for name in public)
    assert files(builds["en"].output) == public


def test_the_overview_in_english(builds):
    tree = page(builds["en"].internal / "index.html")
    assert tree.get("lang") == "en"
    assert text(tree.find(".//title")) == words_en.UI["title"]
    body = text(tree.find("body"))
    for expected in (words_en.UI["today"], words_en.UI["claims"], words_en.UI["as_of"], words_en.UI["internal"]):
        assert expected in body, expected
    groups = {r.get("data-group"): r for r in tree.iter("tr") if "group" in (r.get("class") or "").split()}
    figures = {key: text(r.find(".//span[@class='g-figures']")) for key, r in groups.items()}
    assert figures["dunning"] == f"4 {words_en.UI['claim_many']} · {en('2650.00')}"
    assert figures["legal"] == f"1 {words_en.UI['claim_one']} · {en('5625.00')}"
    names = {key: text(r.find(".//span[@class='g-name']")) for key, r in groups.items()}
    assert names == {key: words_en.STAGE.get(key) or words_en.CLOSED_GROUP[key] for key in groups}
    assert english_day(D1) in text(tree.find(".//header"))


def test_the_overview_lists_todays_letters_in_english(builds):
    tree = page(builds["en"].internal / "index.html")
    letters = next(s for s in tree.iter("section") if s.get("id") == "brieven")
    said = text(letters)
    assert words_en.UI["letters"] in said
    assert words_en.LETTER["reminder"] in said  # B-OVER's reminder


def test_a_dossier_page_in_english_made_in_a_worker(builds):
    tree = page(builds["en"].internal / "d" / "I-PROMISE.html")
    assert tree.get("lang") == "en"
    body = text(tree.find("body"))
    for expected in (words_en.UI["why"], words_en.UI["what_next"], words_en.UI["figures"], en("650.00")):
        assert expected in body, expected
    assert english_day(date(2026, 5, 25)) in body  # the promise's day
    assert "Betaalt na vakantiegeld." in body  # the debtor's own words (a note in the log) stay as written


def test_the_search_index_labels_are_english(builds):
    index = (builds["en"].internal / SEARCH_INDEX).read_text(encoding="utf-8")
    assert f'"never": "{words_en.UI["never"]}"' in index
    assert f'["reminder", "{words_en.STAGE["reminder"]}", false]' in index


def test_the_dutch_default_is_unchanged(builds):
    tree = page(builds["nl"].internal / "index.html")
    assert tree.get("lang") == "nl"
    assert text(tree.find(".//title")) == words.UI["title"]
    assert "4 dossiers · EUR\xa02.650,00" in text(tree.find("body"))
    assert page(builds["nl"].internal / "d" / "I-PROMISE.html").get("lang") == "nl"


def test_the_language_is_the_builds_only(builds):
    assert staff_language() == Language.NL  # put back after the English build


def test_changes_in_english(tmp_path):
    """A second build lists what changed: stage names, amounts and dates in English, in changes.md and
    changes.html."""
    ledger = second_ledger(tmp_path)
    first = build_site(tmp_path, FIXTURE / "ledger", D1, ["--staff-language", "en"])
    second = build_site(tmp_path, ledger, D2, ["--staff-language", "en"])
    assert first.exit_code == 0 and second.exit_code == 0
    listed = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert listed.startswith(f"# {words_en.CHANGES['title']}\n")
    stage = words_en.CHANGES["stage_line"].format(
        who="D-REM-BIG Dijkstra Groot B.V.",
        old=words_en.STAGE["reminder"],
        new=words_en.STAGE["dunning"],
        why="",  # no return moved it
    )
    assert f"- {stage}\n" in listed
    assert words_en.CHANGES["dates"].format(previous=english_day(D1), current=english_day(D2)) in listed
    html = page(second.internal / "changes.html")
    assert html.get("lang") == "en"
    assert words_en.UI["back"] in text(html.find("body"))
    assert stage.replace("D-REM-BIG ", "", 1) in text(html.find("body"))


@pytest.mark.parametrize("value", ["de", "EN", "", 1])
def test_a_staff_language_that_is_none_is_refused_before_anything_is_built(tmp_path, capsys, value):
    settings = settings_with(tmp_path, STAFF_LANGUAGE=value)
    built = build_site(tmp_path, FIXTURE / "ledger", D1, ["--settings", str(settings)])
    assert built.exit_code == 1
    said = capsys.readouterr().err
    assert f'INCASSO STAFF_LANGUAGE must be "nl" or "en" (got {value!r})' in said
    assert not built.output.exists() and not built.internal.exists()


def test_pelican_run_by_hand_refuses_a_staff_language_that_is_none(tmp_path):
    settings = {"INCASSO": {"LEDGER": str(FIXTURE / "ledger"), "AS_OF": D1.isoformat(), "STAFF_LANGUAGE": "fr"}}
    with pytest.raises(BuildRefused, match=r"INCASSO STAFF_LANGUAGE must be \"nl\" or \"en\" \(got 'fr'\)"):
        prepare(settings)


@pytest.mark.parametrize(("language", "hint"), [("nl", "sommatie verstuurd"), ("en", "sent (sommatie)")])
def test_the_final_notice_group_names_the_letter_not_a_term_of_days(builds, language, hint):
    """The final notice's term is the policy's (final_notice_term_days, 21 days for some creditors): the group's
    hint names the letter staff know, not the "veertiendagenbrief" of the law's minimum."""
    tree = page(builds[language].internal / "index.html")
    group = next(r for r in tree.iter("tr") if r.get("data-group") == "final_notice")
    assert text(group.find(".//span[@class='g-hint']")) == hint
