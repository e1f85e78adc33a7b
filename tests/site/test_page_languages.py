"""The theme publishes the creditor's pages in nl and en only (pelican.plugins.incasso.page_languages): a page
whose `Lang:` is another (`de`, or a near miss such as `NL`, `nl-NL`), or a site whose DEFAULT_LANG is, is
refused by `incasso check` and by the build, naming the file and line (or the setting) and what to write
instead; the previous output stays as it was. Real `incasso check` runs and real builds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.site.test_variants import AS_OF, ledger_with, own_texts
from tests.support.site import build_site

ONLY = "the theme publishes pages in nl and en only"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def check(ledger: Path, settings: Path, capsys) -> tuple[int, str]:
    code = main(["check", "--ledger", str(ledger), "--settings", str(settings), "--as-of", AS_OF.isoformat()])
    said = capsys.readouterr()
    return code, said.out + said.err


def refused_after_a_good_build(tmp_path, capsys, settings, spoil) -> tuple[str, str]:
    """A good build, then `spoil()` the site: `check` and the build both refuse, and the build leaves the
    previous output, public and staff, byte for byte as it was. What check and the build said."""
    ledger = ledger_with(tmp_path, False)
    extra = ["--settings", str(settings)]
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=extra)
    assert site.exit_code == 0
    before = (files(site.output), files(site.internal))
    capsys.readouterr()
    spoil()
    code, checked = check(ledger, settings, capsys)
    assert code == 1
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=extra).exit_code == 1
    built = capsys.readouterr()
    assert (files(site.output), files(site.internal)) == before
    return checked, built.out + built.err


@pytest.mark.parametrize(
    ("lang", "instead"),
    [
        ("de", "write the page in Dutch with Lang: nl or in English with Lang: en"),
        ("NL", "write Lang: nl"),
        ("nl-NL", "write Lang: nl"),
        ("EN", "write Lang: en"),
        ("en_GB", "write Lang: en"),
        ("English", "write Lang: en"),
        ("", "write Lang: nl or Lang: en, or leave the line out for DEFAULT_LANG ('nl')"),
    ],
    ids=["german", "capitals", "region", "capitals_en", "underscore", "a_name", "empty"],
)
def test_a_page_in_another_language_is_refused_by_check_and_build_naming_its_lang_line(tmp_path, capsys, lang, instead):
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "zahlung.md"

    def spoil():
        page.write_text(f"Title: Zahlung\nSlug: zahlung\nLang: {lang}\n\nSie zahlen binnen 30 Tagen.\n")

    said = f"{page}:3: Lang: {lang}: {ONLY}: {instead}"
    checked, built = refused_after_a_good_build(tmp_path, capsys, settings, spoil)
    assert said in checked
    assert said in built
    assert "UndefinedError" not in built and "Traceback" not in built


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        (":lang: de\n", ":3: :lang: de: {only}: write the page in Dutch with :lang: nl or in English with :lang: en"),
        (":slug: zahlung\n:Lang: nl-NL\n", ":4: :Lang: nl-NL: {only}: write :Lang: nl"),
        # Pelican keeps the last of two fields: that one is the page's language.
        (
            ":lang: nl\n:lang: de\n",
            ":4: :lang: de: {only}: write the page in Dutch with :lang: nl or in English with :lang: en",
        ),
    ],
    ids=["german", "region", "the_last_of_two"],
)
def test_a_restructuredtext_page_in_another_language_is_refused_by_check_and_build(tmp_path, capsys, fields, said):
    """Pelican reads .rst pages too (docutils is one of its requirements): its fields under the title."""
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "zahlung.rst"

    def spoil():
        page.write_text(f"Zahlung\n#######\n{fields}\nSie zahlen binnen 30 Tagen.\n")

    checked, built = refused_after_a_good_build(tmp_path, capsys, settings, spoil)
    assert f"{page}{said.format(only=ONLY)}" in checked
    assert f"{page}{said.format(only=ONLY)}" in built


def test_a_placeholder_in_a_page_of_another_language_is_refused_once_at_its_lang_line(tmp_path, capsys):
    """The page is refused for its language; its placeholder is not a second problem of its own."""
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "zahlung.md"

    def spoil():
        page.write_text("Title: Zahlung\nSlug: zahlung\nLang: de\n\nSie zahlen binnen {payment_term_days}.\n")

    checked, built = refused_after_a_good_build(tmp_path, capsys, settings, spoil)
    for said in (checked, built):
        assert f"{page}:3: Lang: de: {ONLY}" in said
        assert f"{page}:5" not in said


def test_check_reports_every_page_in_another_language_at_once_with_the_ledger_s_problems(tmp_path, capsys):
    settings, content = own_texts(tmp_path)
    pages = content / "pages"
    (pages / "zahlung.md").write_text("Title: Zahlung\nslug: zahlung\nlang: de\n\nHallo.\n")
    (pages / "sub").mkdir()
    (pages / "sub" / "hulp.nl-NL.md").write_text("Title: Hulp\nSlug: hulp-2\nLang: nl-NL\n\nHulp.\n")
    # Two Lang lines: Pelican would read both, a list no page can be published in.
    (pages / "twice.md").write_text("Title: Twee\nSlug: twee\nLang: nl\nLang: en\n\nTwee.\n")
    html = pages / "seite.html"
    html.write_text(
        '<html>\n<head>\n<title>Seite</title>\n<meta name="slug" content="seite">\n'
        '<meta name="Lang" content="de">\n</head>\n<body>Hallo.</body>\n</html>\n'
    )
    ledger = ledger_with(tmp_path, False)
    debtor = next((ledger / "debtors").glob("*.yaml"))
    debtor.write_text(debtor.read_text(encoding="utf-8").replace('type: "business"', 'type: "martian"'))
    code, said = check(ledger, settings, capsys)
    assert code == 1
    assert f"{pages / 'zahlung.md'}:3: lang: de: {ONLY}: write the page in Dutch with lang: nl or in " in said
    assert f"{pages / 'sub' / 'hulp.nl-NL.md'}:3: Lang: nl-NL: {ONLY}: write Lang: nl" in said
    assert f"{pages / 'twice.md'}:4: Lang: en: a page has one Lang: line (the first is line 3)" in said
    assert f'{html}:5: <meta name="Lang" content="de">: {ONLY}: write the page in Dutch with <meta name="Lang" ' in said
    assert "martian" in said  # the ledger's own problem, in the same report
    assert "problems in the texts (content/)" in said


@pytest.mark.parametrize(
    ("value", "read", "instead"),
    [
        ("de", "de", 'write DEFAULT_LANG = "nl" or DEFAULT_LANG = "en"'),
        ("nl-NL", "nl-nl", 'write DEFAULT_LANG = "nl"'),  # as Pelican reads the setting: in small letters
    ],
    ids=["german", "region"],
)
def test_a_default_lang_other_than_nl_or_en_is_refused_by_check_and_build(tmp_path, capsys, value, read, instead):
    settings, _ = own_texts(tmp_path)

    def spoil():
        settings.write_text(settings.read_text() + f"DEFAULT_LANG = {value!r}\n")

    said = f"DEFAULT_LANG = {read!r}: {ONLY}: {instead}"
    checked, built = refused_after_a_good_build(tmp_path, capsys, settings, spoil)
    assert f"{settings}: {said}" in checked
    assert said in built


def test_a_default_lang_in_capitals_is_the_language_pelican_reads_it_as(tmp_path, capsys):
    """Pelican reads DEFAULT_LANG in small letters (a page's Lang: as written): "NL" is nl, as it always was."""
    settings, content = own_texts(tmp_path)
    settings.write_text(settings.read_text() + 'DEFAULT_LANG = "NL"\n')
    (content / "pages" / "eigen.md").write_text("Title: Eigen\nSlug: eigen\n\nZonder taal.\n")
    ledger = ledger_with(tmp_path, False)
    code, said = check(ledger, settings, capsys)
    assert code == 0, said
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 0
    assert '<html lang="nl"' in (site.output / "eigen.html").read_text(encoding="utf-8")
    assert (site.output / "voorwaarden.html").is_file() and (site.output / "voorwaarden-en.html").is_file()


def test_a_page_without_a_lang_line_is_in_the_default_language_whatever_its_text_says(tmp_path, capsys):
    """Only the metadata on top names the language: a `Lang:` in the text, after the blank line or after a
    line that is no metadata, is text."""
    settings, content = own_texts(tmp_path)
    pages = content / "pages"
    (pages / "eigen.md").write_text("Title: Eigen\nSlug: eigen\n\nLang: de staat hier als tekst.\n")
    (pages / "los.md").write_text("Title: Los\nSlug: los\nDit is tekst, geen metadata\nLang: de\n")
    ledger = ledger_with(tmp_path, False)
    code, said = check(ledger, settings, capsys)
    assert code == 0, said
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 0
    for name, text in (("eigen.html", "Lang: de staat hier als tekst."), ("los.html", "Lang: de")):
        html = (site.output / name).read_text(encoding="utf-8")
        assert re.search(r'<html lang="nl"', html), name
        assert text in html, name


def pelican_by_hand(tmp_path: Path, settings: Path, ledger: Path, **override: object) -> subprocess.CompletedProcess:
    """`pelican -s settings` run by hand (`make html`), the ledger and the staff output in tmp_path."""
    incasso = {"LEDGER": str(ledger), "AS_OF": AS_OF.isoformat(), "INTERNAL_OUTPUT": str(tmp_path / "internal")}
    extra = [f"{key}={json.dumps(value)}" for key, value in {"INCASSO": incasso, **override}.items()]
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    env["COLUMNS"] = "1000"  # Pelican's log wraps to the terminal's width
    command = [sys.executable, "-m", "pelican", "-s", str(settings), "-o", str(tmp_path / "output"), "-e", *extra]
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


def test_pelican_by_hand_publishes_no_page_in_another_language_and_says_why(tmp_path):
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "zahlung.md"
    page.write_text("Title: Zahlung\nSlug: zahlung\nLang: NL\n\nHallo.\n")
    done = pelican_by_hand(tmp_path, settings, ledger_with(tmp_path, False))
    said = done.stdout + done.stderr
    assert f"{page}:3: Lang: NL: {ONLY}: write Lang: nl" in " ".join(said.split())
    assert "UndefinedError" not in said and "Traceback" not in said
    assert not (tmp_path / "output" / "zahlung.html").exists()
    assert (tmp_path / "output" / "voorwaarden.html").is_file()  # the others are published as they were


def test_pelican_by_hand_refuses_a_default_lang_other_than_nl_or_en_before_anything_is_built(tmp_path):
    settings, _ = own_texts(tmp_path)
    done = pelican_by_hand(tmp_path, settings, ledger_with(tmp_path, False), DEFAULT_LANG="de")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f'refused: DEFAULT_LANG = \'de\': {ONLY}: write DEFAULT_LANG = "nl" or DEFAULT_LANG = "en"; nothing was '
        "built or deleted."
    ]
    assert not (tmp_path / "output").exists() and not (tmp_path / "internal").exists()


@pytest.mark.parametrize(
    "text",
    [
        "Zahlung\n#######\n\n:lang: de\n:slug: zahlung\n\nHallo.\n",
        "=======\nZahlung\n=======\n\nUntertitel\n----------\n\n:slug: zahlung\n:Lang: en\n\nHallo.\n",
        ":lang: en\n:slug: zahlung\n\nOhne Titel.\n",
        "Zahlung\n#######\n\nErst ein Absatz.\n\n:lang: de\n",  # not under the title: no docinfo, no language
        "Zahlung\n#######\n:summary: lang\n   geht weiter\n:lang: nl\n\nHallo.\n",
        "Zahlung\n#######\n\n:lang: nl\n:lang: de\n",
    ],
    ids=["title", "overline_and_subtitle", "no_title", "after_a_paragraph", "a_field_going_on", "two"],
)
def test_a_restructuredtext_page_s_language_is_read_as_pelican_reads_it(tmp_path, text):
    from pelican.readers import RstReader
    from pelican.settings import DEFAULT_CONFIG

    from pelican.plugins.incasso.page_languages import rst_languages

    page = tmp_path / "zahlung.rst"
    page.write_text(text, encoding="utf-8")
    _, metadata = RstReader(dict(DEFAULT_CONFIG)).read(str(page))
    said = rst_languages(text.splitlines())
    assert (said[-1][2] if said else None) == metadata.get("lang")
