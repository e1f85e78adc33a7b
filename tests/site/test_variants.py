"""The terms pages say what the creditor's policy does (pelican.plugins.incasso.variants): a line of a page
marked `<!-- if business_costs_from_due: true -->` (or `false`) is published only under that setting, so
the sample terms tell a business when its collection costs come, whichever the creditor chose. Real builds;
a page without such marks is published as written."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

from incasso.cli.main import main
from pelican.plugins.incasso.build import SAMPLE_TERMS_COSTS, SAMPLE_TERMS_SHIPPED, terms_digest
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger
from tests.support.site import REPO, build_site

AS_OF = date(2026, 3, 2)
SAMPLE = REPO / "src" / "pelican" / "plugins" / "incasso" / "content"
# What each page tells a business about its collection costs, by the setting (the page's words, as read).
AFTER_NOTICE = {
    "voorwaarden.html": "Bent u een bedrijf, dan mogen wij volgens de wet al vanaf de dag na de uiterste "
    "betaaldatum incassokosten rekenen (minimaal EUR 40). Wij doen dat pas als ook de termijn in de laatste "
    "brief voorbij is.",
    "voorwaarden-en.html": "If you are a business, the law allows us to charge collection costs (at least "
    "EUR 40) from the day after the due date. We only do so once the deadline in the final notice has also "
    "passed.",
}
FROM_DUE = {
    "voorwaarden.html": "Bent u een bedrijf, dan rekenen wij incassokosten al vanaf de dag na de uiterste "
    "betaaldatum, ook zonder laatste brief (artikel 6:96 lid 4 Burgerlijk Wetboek).",
    "voorwaarden-en.html": "If you are a business, we charge collection costs from the day after the due "
    "date, also without a final notice (article 6:96(4) of the Dutch Civil Code).",
}
FROM_DUE_AMOUNT = {
    "voorwaarden.html": "minimaal EUR 40 per te laat betaalde factuur",
    "voorwaarden-en.html": "at least EUR 40 for each invoice paid late",
}


def ledger_with(tmp_path, costs_from_due: bool):
    policy = {"business_costs_from_due": costs_from_due}
    debtor = valid_debtor(type="business")
    return write_ledger(tmp_path, creditor=valid_creditor(policy=policy), debtors=[debtor])


def own_texts(tmp_path):
    """A site with texts of its own, copied from the plugin's as the README says: (settings, content)."""
    content = shutil.copytree(SAMPLE, tmp_path / "content")
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f'from pelican.plugins.incasso.pelicanconf import *\n\nPATH = "{content}"\n')
    return settings, content


def page_text(site, name: str) -> str:
    """The page's text as a reader sees it: tags out, entities and white space as one space."""
    html = (site.output / name).read_text(encoding="utf-8")
    body = re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1]).replace("&nbsp;", " ").replace("\xa0", " ")
    return " ".join(body.split())


@pytest.mark.parametrize("costs_from_due", [False, True], ids=["after_the_final_notice", "from_the_due_date"])
def test_the_sample_terms_tell_a_business_when_costs_come_as_the_policy_charges_them(tmp_path, costs_from_due):
    site = build_site(tmp_path, ledger=ledger_with(tmp_path, costs_from_due), as_of=AS_OF)
    assert site.exit_code == 0
    for name in ("voorwaarden.html", "voorwaarden-en.html"):
        text = page_text(site, name)
        said, unsaid = (FROM_DUE, AFTER_NOTICE) if costs_from_due else (AFTER_NOTICE, FROM_DUE)
        assert said[name] in text, name
        assert unsaid[name] not in text, name
        assert (FROM_DUE_AMOUNT[name] in text) == costs_from_due, name
        html = (site.output / name).read_text(encoding="utf-8")
        assert "business_costs_from_due" not in html and "<!--" not in html  # the marks are not published


def test_the_marks_pick_in_terms_a_creditor_edited_too_and_terms_without_marks_stay_as_written(tmp_path, capsys):
    settings, content = own_texts(tmp_path)
    dutch, english = content / "pages" / "voorwaarden.md", content / "pages" / "voorwaarden.en.md"
    dutch.write_text(dutch.read_text(encoding="utf-8").replace("**30 dagen**", "**14 dagen**"), encoding="utf-8")
    # The English page written without marks, its business line the creditor's own: published as written.
    own = "- If you are a business, we charge collection costs as our contract with you says."
    lines = english.read_text(encoding="utf-8").splitlines()
    lines = [own if "business_costs_from_due: true" in line else line for line in lines]
    english.write_text("\n".join(line for line in lines if "<!--" not in line) + "\n", encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger_with(tmp_path, True), as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 0
    dutch_page, english_page = page_text(site, "voorwaarden.html"), page_text(site, "voorwaarden-en.html")
    assert "binnen 14 dagen" in dutch_page and FROM_DUE["voorwaarden.html"] in dutch_page
    assert AFTER_NOTICE["voorwaarden.html"] not in dutch_page
    assert own[2:] in english_page and FROM_DUE["voorwaarden-en.html"] not in english_page
    assert SAMPLE_TERMS_COSTS not in capsys.readouterr().out  # neither page is a sample


@pytest.mark.parametrize(
    ("mark", "why"),
    [
        ("<!-- if business_costs_from_due: yes -->", "must be true or false (got 'yes')"),
        ("<!-- if business_costs_from_dew: true -->", "names no setting a terms line can follow"),
    ],
)
def test_a_mark_the_build_cannot_read_stops_it_naming_the_file_and_line(tmp_path, capsys, mark, why):
    settings, content = own_texts(tmp_path)
    terms = content / "pages" / "voorwaarden.md"
    lines = terms.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if "business_costs_from_due: true" in line)
    lines[number - 1] = re.sub(r"<!--.*-->", mark, lines[number - 1])
    terms.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ledger = ledger_with(tmp_path, False)
    assert main(["check", "--ledger", str(ledger), "--settings", str(settings), "--as-of", AS_OF.isoformat()]) == 1
    said = capsys.readouterr()
    assert f"{terms}:{number}: {mark}: {why}" in said.out + said.err
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code != 0
    said = capsys.readouterr()
    assert f"{terms}:{number}: {mark}: {why}" in said.out + said.err
    assert not (site.output / "voorwaarden.html").exists()


def test_sample_terms_of_an_earlier_version_under_costs_from_the_due_date_are_noted(tmp_path, capsys):
    """The samples shipped before the marks tell a business that costs come after the final notice only: a
    build that publishes one while charging a business from the due date says so (the current sample says
    what the policy does)."""
    settings, content = own_texts(tmp_path)
    for name in ("voorwaarden.md", "voorwaarden.en.md"):
        page = content / "pages" / name
        lines = page.read_text(encoding="utf-8").splitlines()
        earlier = [re.sub(r" <!-- if business_costs_from_due: false -->$", "", line) for line in lines]
        earlier = [line for line in earlier if "business_costs_from_due" not in line]
        page.write_text("\n".join(earlier) + "\n", encoding="utf-8")
        assert terms_digest(page.read_bytes()) in SAMPLE_TERMS_SHIPPED, name  # as that version shipped it
    extra = ["--settings", str(settings)]
    assert build_site(tmp_path, ledger=ledger_with(tmp_path / "a", True), as_of=AS_OF, extra=extra).exit_code == 0
    assert SAMPLE_TERMS_COSTS in capsys.readouterr().out
    assert build_site(tmp_path, ledger=ledger_with(tmp_path / "b", False), as_of=AS_OF, extra=extra).exit_code == 0
    assert SAMPLE_TERMS_COSTS not in capsys.readouterr().out
