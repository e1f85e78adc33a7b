"""Private by construction: what the public output holds, and what it must never hold.

Real builds of the demo and of tests/fixtures/privacy/ledger (five debtors
with CANARY strings in every staff-only field, markup in their names, a paid
and a written-off claim), read back with html5lib, a different parser from
the audit's, and in a real browser.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import threading
from datetime import date
from decimal import Decimal
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import html5lib
import pytest

from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.ledger.load import load_ledger
from incasso.payments.tokens import DEMO_SECRET, statement_token
from tests.support.site import AS_OF, DEMO_LEDGER, REPO, build_site, ledger_as_built

PRIVACY_LEDGER = REPO / "tests" / "fixtures" / "privacy" / "ledger"
TOKEN_DIR = re.compile(r"s/([a-z2-7]{32})/")
# What may be in the public tree, by path; written out here, apart from the audit's own rules.
EXPECTED = [
    re.compile(p)
    for p in (
        r"index\.html",
        r"404\.html",
        r"s/index\.html",  # the statement folder's own index: the missing page, so no server lists the folder
        r"robots\.txt",
        r"_headers",
        r"s/[a-z2-7]{32}/index\.html",
        r"theme/[\w/.-]+\.(css|js|svg|png|woff2?)",
        r"(voorwaarden|hulp)(-en)?\.html",
        r"\.incasso-output",  # the build's marker: one fixed sentence (checked below)
        r"\.incasso-contents",  # the names at the tree's top, so the next build keeps what it did not write
    )
]
LISTING_SETTINGS = [
    "FEED_ALL_ATOM",
    "FEED_ALL_RSS",
    "FEED_ATOM",
    "FEED_RSS",
    "CATEGORY_FEED_ATOM",
    "CATEGORY_FEED_RSS",
    "TAG_FEED_ATOM",
    "TAG_FEED_RSS",
    "AUTHOR_FEED_ATOM",
    "AUTHOR_FEED_RSS",
    "TRANSLATION_FEED_ATOM",
    "TRANSLATION_FEED_RSS",
    "ARCHIVES_SAVE_AS",
    "AUTHORS_SAVE_AS",
    "CATEGORIES_SAVE_AS",
    "TAGS_SAVE_AS",
    "AUTHOR_SAVE_AS",
    "CATEGORY_SAVE_AS",
    "TAG_SAVE_AS",
    "ARTICLE_SAVE_AS",
    "ARTICLE_LANG_SAVE_AS",
    "DRAFT_SAVE_AS",
    "DRAFT_LANG_SAVE_AS",
    "DRAFT_PAGE_SAVE_AS",
    "DRAFT_PAGE_LANG_SAVE_AS",
    "YEAR_ARCHIVE_SAVE_AS",
    "MONTH_ARCHIVE_SAVE_AS",
    "DAY_ARCHIVE_SAVE_AS",
    "PAGINATED_TEMPLATES",
    "OUTPUT_SOURCES",
]
REAL_SECRET = "a-real-production-secret-for-tests-" + "k" * 20


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)


@pytest.fixture(scope="module")
def privacy_site(tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("privacy"), ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    return site


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def text_of(raw: bytes) -> str:
    """What a page says, markup gone, entities decoded, whitespace folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw.decode("utf-8"))).split())


def visible_claims(ledger_dir: Path, as_of: date = AS_OF):
    ledger = ledger_as_built(ledger_dir, as_of)
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    return ledger, [c for c in claims if statement_visible(c, ledger.creditor.policy)]


def page_of(output: Path, debtor_id: str, secret: str = DEMO_SECRET) -> Path:
    return output / "s" / statement_token(secret, debtor_id) / "index.html"


def amount_forms(amount: Decimal) -> set[str]:
    """An amount as a Dutch or an English page may write it, grouped or not."""
    whole, cents = f"{amount:.2f}".split(".")
    grouped = f"{int(whole):,}"
    return {f"{grouped.replace(',', '.')},{cents}", f"{grouped}.{cents}", f"{whole},{cents}", f"{whole}.{cents}"}


# -- listings --------------------------------------------------------------------


@pytest.mark.parametrize("settings_file", ["pelicanconf.py", "publishconf.py"])
def test_every_pelican_listing_is_switched_off(settings_file, monkeypatch):
    from pelican.settings import read_settings

    monkeypatch.setenv("INCASSO_SECRET", REAL_SECRET)
    settings = read_settings(str(REPO / settings_file))
    switched_on = {key: settings.get(key) for key in LISTING_SETTINGS if settings.get(key)}
    assert switched_on == {}
    assert settings["DIRECT_TEMPLATES"] == ["index", "404", "statements"]
    assert settings["STATEMENTS_SAVE_AS"] == "s/index.html"
    assert settings["PLUGINS"] == ["incasso"]  # no plugin found by itself, such as a sitemap
    assert settings["STATIC_PATHS"] == ["extra/robots.txt", "extra/_headers"]


ARTICLE = """Title: Nieuws over betalingen WEGLATEN-ARTIKEL
Date: 2026-11-01
Category: nieuws-categorie
Tags: tag-weglaten, betalen
Author: Auteur Weglaten

Een artikel dat nergens mag verschijnen.
"""
DRAFT_PAGE = """Title: Concept WEGLATEN-CONCEPT
Slug: concept
Status: draft

Een conceptpagina.
"""


@pytest.mark.parametrize("articles_on", [False, True], ids=["as configured", "articles switched on"])
def test_listings_stay_off_when_the_content_has_articles_tags_authors_and_drafts(tmp_path, articles_on, capsys):
    content = Path(shutil.copytree(REPO / "content", tmp_path / "content"))
    (content / "articles").mkdir()
    (content / "articles" / "nieuws.md").write_text(ARTICLE, encoding="utf-8")
    (content / "nieuws-los.md").write_text(ARTICLE.replace("WEGLATEN-ARTIKEL", "WEGLATEN-LOS"), encoding="utf-8")
    (content / "articles" / "concept.md").write_text(ARTICLE.replace("Date:", "Status: draft\nDate:"), encoding="utf-8")
    (content / "pages" / "concept.md").write_text(DRAFT_PAGE, encoding="utf-8")
    settings = tmp_path / "settings.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(REPO)!r})\nfrom pelicanconf import *\n"
        f"PATH = {str(content)!r}\nTHEME = {str(REPO / 'theme')!r}\n"
        + ('ARTICLE_PATHS = ["articles", ""]\n' if articles_on else ""),
        encoding="utf-8",
    )
    site = build_site(tmp_path / "site", extra=["--settings", str(settings)])
    assert site.exit_code == 0
    tree = files(site.output)
    assert [rel for rel in tree if not any(p.fullmatch(rel) for p in EXPECTED)] == []
    for rel, raw in tree.items():
        for word in ("WEGLATEN", "nieuws-categorie", "tag-weglaten", "Auteur Weglaten"):
            assert word.encode() not in raw, f"{word} in {rel}"
    from incasso.cli.main import main

    assert main(["audit", str(site.output), "--demo"]) == 0, capsys.readouterr().err


# -- the shape of the tree ----------------------------------------------------------


def test_the_public_tree_holds_only_what_is_expected(demo_site):
    tree = files(demo_site.output)
    assert [rel for rel in tree if not any(p.fullmatch(rel) for p in EXPECTED)] == []
    ledger, visible = visible_claims(DEMO_LEDGER)
    pages = {rel for rel in tree if rel.startswith("s/") and rel != "s/index.html"}
    assert pages == {f"s/{statement_token(DEMO_SECRET, c.debtor.id)}/index.html" for c in visible}
    # The folder's own index is the missing page: a server that lists folders lists no link there.
    assert tree["s/index.html"] == tree["404.html"]
    assert len(visible) < len(ledger.debtors)  # the demo has closed claims: they must have no page
    for name in ("robots.txt", "_headers"):
        assert tree[name] == (REPO / "content" / "extra" / name).read_bytes()
    # The marker is the same fixed sentence in every build, so it tells nothing of anyone.
    assert (
        tree[".incasso-output"]
        == b"An output folder of an incasso build: the next build replaces this folder as a whole.\n"
    )
    # Its list of contents names the top-level files and folders, nothing below them (no token).
    top = {rel.split("/")[0] for rel in tree} - {".incasso-output", ".incasso-contents"}
    assert tree[".incasso-contents"].decode().splitlines() == sorted(top)


def test_robots_txt_and_headers_say_what_hosts_need():
    robots = (REPO / "content" / "extra" / "robots.txt").read_text(encoding="utf-8")
    assert re.search(r"^User-agent: \*\nDisallow: /$", robots, re.M)
    headers = (REPO / "content" / "extra" / "_headers").read_text(encoding="utf-8")
    rules = re.split(r"^(?=/)", headers, flags=re.M)
    everything = next(rule for rule in rules if rule.startswith("/*\n"))
    for header in (
        "Strict-Transport-Security: max-age=",
        "X-Frame-Options: DENY",
        "X-Content-Type-Options: nosniff",
        "X-Robots-Tag: noindex, nofollow",
        "Referrer-Policy: no-referrer",
        "Content-Security-Policy: frame-ancestors 'none'",
    ):
        assert re.search(rf"^  {re.escape(header)}", everything, re.M), header
    statements = next(rule for rule in rules if rule.startswith("/s/*\n"))
    assert "Cache-Control: private, no-store" in statements


# -- every page: meta tags, title ------------------------------------------------------


def head_of(raw: bytes):
    doc = html5lib.parse(raw, treebuilder="etree", namespaceHTMLElements=False)
    return doc, doc.find("head")


@pytest.mark.parametrize("site_name", ["demo_site", "privacy_site"])
def test_every_page_has_the_privacy_meta_tags_first_in_head(site_name, request):
    output = request.getfixturevalue(site_name).output
    pages = sorted(output.rglob("*.html"))
    assert len(pages) > 6
    for path in pages:
        doc, head = head_of(path.read_bytes())
        children = list(head)
        metas = {
            (m.get("name") or m.get("http-equiv") or "").lower(): m.get("content", "")
            for m in children
            if m.tag == "meta"
        }
        where = path.relative_to(output)
        assert {"noindex", "nofollow"} <= {w.strip() for w in metas.get("robots", "").split(",")}, where
        assert metas.get("referrer") == "no-referrer", where
        csp = metas.get("content-security-policy", "")
        assert re.search(r"(^|;)\s*default-src 'none'\s*(;|$)", csp), where
        assert not re.search(r"https?:|\*|//", csp), where
        first_fetch = next((i for i, e in enumerate(children) if e.tag in ("link", "style", "script", "base")), 99)
        csp_at = next(
            i for i, e in enumerate(children) if (e.get("http-equiv") or "").lower() == "content-security-policy"
        )
        assert csp_at < first_fetch, where
        assert doc.find(".//title") is not None and doc.find(".//title").text.strip(), where


@pytest.mark.parametrize("ledger_dir, site_name", [(DEMO_LEDGER, "demo_site"), (PRIVACY_LEDGER, "privacy_site")])
def test_statement_titles_are_generic(ledger_dir, site_name, request):
    output = request.getfixturevalue(site_name).output
    ledger, visible = visible_claims(ledger_dir)
    titles = {}
    for claim in visible:
        doc, head = head_of(page_of(output, claim.debtor.id).read_bytes())
        titles.setdefault(claim.debtor.language, set()).add(head.find("title").text)
    assert all(len(found) == 1 for found in titles.values()), titles
    for title in set().union(*titles.values()):
        for debtor in ledger.debtors:
            for value in (debtor.name, debtor.contact.person, debtor.id, *[i.number for i in debtor.invoices]):
                assert not value or value not in title


@pytest.mark.parametrize("ledger_dir, site_name", [(DEMO_LEDGER, "demo_site"), (PRIVACY_LEDGER, "privacy_site")])
def test_index_404_and_creditor_pages_list_nothing(ledger_dir, site_name, request):
    output = request.getfixturevalue(site_name).output
    ledger = load_ledger(ledger_dir)
    tokens = {statement_token(DEMO_SECRET, d.id) for d in ledger.debtors}
    others = list(output.glob("*.html"))
    assert {p.name for p in others} >= {"index.html", "404.html"}
    for path in others:
        raw = path.read_bytes().decode("utf-8")
        assert not re.search(r"""(href|src)=["']?(\.{0,2}/)*s(/|["'])""", raw), path.name
        assert not any(token in raw for token in tokens), path.name
        text = text_of(path.read_bytes())
        for debtor in ledger.debtors:
            for value in (debtor.name, debtor.contact.person, *[i.number for i in debtor.invoices]):
                assert not value or value not in text, (path.name, debtor.id)


# -- staff-only data and other debtors --------------------------------------------------


def test_staff_only_data_appears_nowhere_public(privacy_site):
    ledger = load_ledger(PRIVACY_LEDGER)
    staff_only = {value for d in ledger.debtors for e in d.events for value in (e.note, e.by, e.spoke_with) if value}
    not_needed = {
        value for d in ledger.debtors for value in (d.contact.email, d.contact.phone, *d.contact.address) if value
    }
    assert len(staff_only) >= 8 and len(not_needed) >= 5
    for rel, raw in files(privacy_site.output).items():
        text = raw.decode("utf-8", "replace")
        readable = html.unescape(text)
        assert not re.search(r"canary|kanarie", readable, re.I), rel
        for value in staff_only | not_needed:
            assert value not in readable and value not in text_of(raw), (rel, value)


def test_the_canaries_are_in_the_ledger_the_build_read(privacy_site):
    """Guards the test above: its canaries are real values of the ledger that was built."""
    ledger = load_ledger(PRIVACY_LEDGER)
    notes = " ".join(e.note or "" for d in ledger.debtors for e in d.events)
    assert all(f"CANARYNOTE{n}" in notes for n in ("ONE", "TWO", "THREE", "FOUR", "FIVE"))
    assert page_of(privacy_site.output, "P-001").is_file()


@pytest.mark.parametrize(
    "ledger_dir, site_name, with_amounts", [(DEMO_LEDGER, "demo_site", False), (PRIVACY_LEDGER, "privacy_site", True)]
)
def test_each_page_shows_its_own_debtor_and_no_other(ledger_dir, site_name, with_amounts, request):
    output = request.getfixturevalue(site_name).output
    ledger, visible = visible_claims(ledger_dir)
    claims = {c.debtor.id: c for c in (assess(ledger, d, AS_OF) for d in ledger.debtors)}
    for claim in visible:
        raw = page_of(output, claim.debtor.id).read_bytes()
        text, own = text_of(raw), claim.debtor
        assert all(i.number in text for i in own.invoices), own.id
        for other in ledger.debtors:
            if other.id == own.id:
                continue
            shown = [
                v
                for v in (other.name, other.contact.person, *[i.number for i in other.invoices])
                if v and v in text and v not in (own.name, own.contact.person)
            ]
            assert shown == [], (own.id, other.id)
            assert statement_token(DEMO_SECRET, other.id).encode() not in raw, (own.id, other.id)
            if with_amounts:
                amounts = {claims[other.id].total_due, *[i.amount for i in other.invoices]}
                forms = set().union(*(amount_forms(a) for a in amounts if a)) - set().union(
                    *(amount_forms(a) for a in {claim.total_due, *[i.amount for i in own.invoices]} if a)
                )
                assert [f for f in forms if f in text] == [], (own.id, other.id)


def test_markup_and_template_syntax_in_ledger_data_are_shown_as_text(privacy_site):
    raw = page_of(privacy_site.output, "P-003").read_bytes()
    source = raw.decode("utf-8")
    for attack in ("<script>alert(1)", "<img src=x", "<svg onload"):
        assert attack not in source
    doc = html5lib.parse(raw, treebuilder="etree", namespaceHTMLElements=False)
    for element in doc.iter():
        assert not [a for a in element.attrib if a.lower().startswith("on")], element.tag
        if element.tag == "script":
            assert element.get("src", "").partition("?")[0].endswith(".js") and not (element.text or "").strip()
    text = text_of(raw)
    assert '"><script>alert(1)</script>{{7*7}} Xanthippe' in text
    assert '"><svg onload=alert(3)>{{7*7}}{% raw %}' in text


# -- links: unguessable, per debtor, stable ------------------------------------------------


def test_tokens_differ_per_debtor_and_stay_the_same_across_builds(tmp_path):
    first = build_site(tmp_path / "first", ledger=PRIVACY_LEDGER, secret=REAL_SECRET)
    again = build_site(tmp_path / "again", ledger=PRIVACY_LEDGER, secret=REAL_SECRET)
    other = build_site(tmp_path / "other", ledger=PRIVACY_LEDGER, secret=REAL_SECRET + "-rotated")
    assert (first.exit_code, again.exit_code, other.exit_code) == (0, 0, 0)

    def tokens(site):
        return {m.group(1) for rel in files(site.output) if (m := TOKEN_DIR.match(rel))}

    _, visible = visible_claims(PRIVACY_LEDGER)
    assert len(tokens(first)) == len(visible) == 4
    assert tokens(first) == tokens(again)
    assert tokens(first) == {statement_token(REAL_SECRET, c.debtor.id) for c in visible}
    assert tokens(first).isdisjoint(tokens(other))


# -- closed claims and earlier builds ---------------------------------------------------------


def test_a_paid_claim_says_thank_you_then_its_page_is_gone(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    paid = page_of(site.output, "P-004")
    thanks = " ".join((REPO / "content/messages/nl/paid.md").read_text(encoding="utf-8").split()[:3])
    assert site.exit_code == 0 and thanks in text_of(paid.read_bytes())
    (site.output / "s" / "stale").mkdir()  # a stray leftover of some earlier build
    (site.output / "s" / "stale" / "index.html").write_text("old", encoding="utf-8")

    later = build_site(tmp_path, ledger=PRIVACY_LEDGER, as_of=date(2027, 1, 1))  # 52 days after payment
    assert later.exit_code == 0
    assert not paid.exists() and not (site.output / "s" / "stale").exists()
    fresh = build_site(tmp_path / "fresh", ledger=PRIVACY_LEDGER, as_of=date(2027, 1, 1))
    assert files(later.output) == files(fresh.output)


def test_a_debtor_removed_from_the_ledger_loses_the_page(tmp_path, capsys):
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    site = build_site(tmp_path, ledger=ledger)
    assert site.exit_code == 0 and page_of(site.output, "P-002").is_file()
    (ledger / "debtors" / "P-002.yaml").unlink()
    assert build_site(tmp_path, ledger=ledger).exit_code == 0
    assert not page_of(site.output, "P-002").exists()
    assert not page_of(site.output, "P-002").parent.exists()
    assert page_of(site.output, "P-001").is_file()


def test_a_new_link_version_moves_one_debtors_page_and_the_old_link_stops_working(tmp_path, capsys, monkeypatch):
    # A letter went to the wrong address: staff write `link_version: 2`, and the next build gives that debtor
    # alone a new link; the one the wrong recipient has finds the missing page, every other link stays.
    from incasso.cli.main import main

    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    site = build_site(tmp_path, ledger=ledger, secret=REAL_SECRET)
    old, other = page_of(site.output, "P-002", REAL_SECRET), page_of(site.output, "P-001", REAL_SECRET)
    assert site.exit_code == 0 and old.is_file() and other.is_file()
    capsys.readouterr()
    debtor = ledger / "debtors" / "P-002.yaml"
    debtor.write_text(debtor.read_text(encoding="utf-8") + "link_version: 2\n", encoding="utf-8")

    again = build_site(tmp_path, ledger=ledger, secret=REAL_SECRET)
    new = site.output / "s" / statement_token(REAL_SECRET, "P-002", link_version=2) / "index.html"
    assert again.exit_code == 0
    assert new.is_file() and not old.exists() and not old.parent.exists() and other.is_file()
    assert "Zwanenburg Logistics Ltd" in text_of(new.read_bytes())
    links = (site.internal / "links.csv").read_text(encoding="utf-8-sig")
    assert f"s/{new.parent.name}/" in links and old.parent.name not in links
    out = capsys.readouterr()
    assert "1 dossier has a new personal link since the last build (link_version): P-002" in out.out + out.err
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0  # said once: the next build has it
    assert "new personal link" not in capsys.readouterr().out
    monkeypatch.setenv("INCASSO_SECRET", REAL_SECRET)
    audit = ["audit", str(site.output), "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]
    assert main(audit) == 0, capsys.readouterr().err
    shutil.copytree(new.parent, old.parent)  # the old link left online (an old deployment put back)
    assert main(audit) == 1
    assert "no debtor in the ledger has this link" in capsys.readouterr().err


def test_a_new_link_version_of_a_debtor_without_a_page_is_not_said_to_be_sent(tmp_path, capsys):
    # D-1016 is written off: no page, no link in links.csv. A raised link_version (their last link reached someone
    # else) moves nothing staff could send; the log must not ask them to send it every night.
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0
    debtor = ledger / "debtors" / "D-1016.yaml"
    debtor.write_text(debtor.read_text(encoding="utf-8") + "link_version: 2\n", encoding="utf-8")
    capsys.readouterr()
    for _ in range(2):
        assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0
        assert "new personal link" not in capsys.readouterr().out


CACHE_OR_NOT = pytest.mark.parametrize("extra", [[], ["--no-ledger-cache"]], ids=["ledger-cache", "no-ledger-cache"])


@CACHE_OR_NOT
def test_a_link_version_taken_out_again_refuses_the_build_at_the_file(tmp_path, capsys, extra):
    # The first link reached someone else (link_version: 2); the line removed again (a tidy-up, a merge) would give
    # the page back its first link, the one the wrong recipient has: refused, at the file, with the cache or without
    # (a note said once, and only from the cache, let the page go back to the old link the next night unsaid).
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    debtor = ledger / "debtors" / "D-1003.yaml"
    written = debtor.read_text(encoding="utf-8")
    debtor.write_text(written + "link_version: 2\n", encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger, secret=REAL_SECRET, extra=extra)
    assert site.exit_code == 0
    published = files(site.output)
    debtor.write_text(written, encoding="utf-8")
    capsys.readouterr()
    for _ in range(2):  # and the night after: refused again, not said once
        assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET, extra=extra).exit_code != 0
        err = capsys.readouterr().err
        assert f"{debtor}:3:5: link_version: is not written (so 1), lower than at the last build (2)" in err, err
        assert files(site.output) == published


def _link_version_3(tmp_path: Path, source: Path, debtor_id: str) -> tuple[Path, Path, str]:
    """A copy of the ledger `source` whose debtor `debtor_id` has link_version: 3; the ledger, the debtor's file and
    what it said before."""
    ledger = Path(shutil.copytree(source, tmp_path / "ledger"))
    debtor = ledger / "debtors" / f"{debtor_id}.yaml"
    written = debtor.read_text(encoding="utf-8")
    debtor.write_text(written + "link_version: 3\n", encoding="utf-8")
    return ledger, debtor, written


@CACHE_OR_NOT
def test_a_link_version_written_lower_refuses_the_build_at_its_line(tmp_path, capsys, extra):
    ledger, debtor, written = _link_version_3(tmp_path, DEMO_LEDGER, "D-1003")
    line = written.count("\n") + 1
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET, extra=extra).exit_code == 0
    debtor.write_text(written + "link_version: 2\n", encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET, extra=extra).exit_code != 0
    err = capsys.readouterr().err
    assert f"{debtor}:{line}:" in err and "link_version: is lower than at the last build (3)" in err, err
    debtor.write_text(written + "link_version: 4\n", encoding="utf-8")  # one higher: a new link, built
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET, extra=extra).exit_code == 0


CHECK_CACHE_OR_NOT = pytest.mark.parametrize("cache", [True, False], ids=["ledger-cache", "claims.json"])


def _check(tmp_path: Path, ledger: Path, *more: str, cache: bool = False) -> int:
    """`incasso check` in-process, with the build's secret, as of the build's day."""
    from incasso.cli.main import main

    with_cache = ["--ledger-cache", str(tmp_path / "internal" / "ledger.cache")] if cache else []
    os.environ["INCASSO_SECRET"] = REAL_SECRET
    try:
        return main(["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat(), "-q", *with_cache, *more])
    finally:
        del os.environ["INCASSO_SECRET"]


@CHECK_CACHE_OR_NOT
def test_check_given_the_staff_output_refuses_a_lowered_link_version_at_its_line_as_the_build(
    tmp_path, capsys, monkeypatch, cache
):
    # s44 review: a ledger check (a PR's) passed a lowered link_version that the nightly build then refused.
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    ledger, debtor, written = _link_version_3(tmp_path, DEMO_LEDGER, "D-1003")
    line = written.count("\n") + 1
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0
    debtor.write_text(written + "link_version: 2\n", encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 1
    built = capsys.readouterr().err
    assert f"{debtor}:{line}:" in built and "link_version: is lower than at the last build (3)" in built, built
    assert _check(tmp_path, ledger, "--internal-output", str(tmp_path / "internal"), cache=cache) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == built.splitlines(), err  # the same error at the same file:line, and the same count
    assert _check(tmp_path, ledger, cache=cache) == 0  # without the staff output: as before
    debtor.write_text(written + "link_version: 4\n", encoding="utf-8")  # one higher: a new link, checked
    assert _check(tmp_path, ledger, "--internal-output", str(tmp_path / "internal"), cache=cache) == 0


def test_check_given_the_staff_output_of_the_demo_s_build_finds_no_lowered_link(tmp_path, capsys, monkeypatch):
    # The demo's links were never sent: the first real build after it refuses no link_version, nor does check.
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    ledger, debtor, written = _link_version_3(tmp_path, DEMO_LEDGER, "D-1003")
    assert build_site(tmp_path, ledger=ledger).exit_code == 0
    debtor.write_text(written, encoding="utf-8")
    assert _check(tmp_path, ledger, "--internal-output", str(tmp_path / "internal")) == 0


def test_a_lowered_link_version_is_refused_after_another_creditor_s_build_too(tmp_path, capsys, monkeypatch):
    # s45 review 2: a link is made of the secret, the id and its version, not the creditor: another ledger's P-002
    # at version 1 would publish its page at the link retired for the last one's. Check and build refuse it; only
    # the change list starts fresh.
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    ledger, debtor, written = _link_version_3(tmp_path, PRIVACY_LEDGER, "P-002")
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0
    debtor.write_text(written, encoding="utf-8")
    creditor = ledger / "creditor.yaml"
    other = creditor.read_text(encoding="utf-8").replace("Installatiebedrijf Voorbeeld B.V.", "Andere Zaak B.V.")
    other = other.replace('kvk: "12345678"', 'kvk: "87654321"').replace("NL91ABNA0417164300", "NL02ABNA0123456789")
    other = other.replace("Industrieweg 12, 3542 AD", "Kanaalweg 3, 3526 KL")
    creditor.write_text(other, encoding="utf-8")
    capsys.readouterr()
    assert _check(tmp_path, ledger, "--internal-output", str(tmp_path / "internal")) == 1
    err = capsys.readouterr().err
    assert f"{debtor}:2:5: link_version: is not written (so 1), lower than at the last build (3)" in err, err
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 1
    err = capsys.readouterr().err
    assert f"{debtor}:2:5: link_version: is not written (so 1), lower than at the last build (3)" in err, err
    assert not (tmp_path / "output" / "s" / statement_token(REAL_SECRET, "P-002")).exists()
    debtor.write_text(written + "link_version: 4\n", encoding="utf-8")  # a new link: built, compared with nothing
    assert _check(tmp_path, ledger, "--internal-output", str(tmp_path / "internal")) == 0
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0
    out = capsys.readouterr().out
    assert "was of another creditor's ledger (Installatiebedrijf Voorbeeld B.V.;" in out, out
    assert "new personal link" not in out, out  # no dossier's link counts as renewed against another ledger's


def test_check_waits_for_no_build_writing_the_staff_output_it_is_refused_busy(tmp_path, capsys, monkeypatch):
    from tests.site.test_audit_lock import held

    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    site = build_site(tmp_path, ledger=DEMO_LEDGER, secret=REAL_SECRET)
    capsys.readouterr()
    with held("build", site.internal):
        assert _check(tmp_path, DEMO_LEDGER, "--internal-output", str(site.internal)) == 75
    err = capsys.readouterr().err
    assert err.startswith(f"check refused: a build is writing {site.internal} (it holds "), err
    assert _check(tmp_path, DEMO_LEDGER, "--internal-output", str(site.internal)) == 0


# -- production needs a real secret, by both ways in ----------------------------------------

SECRETS = {"unset": None, "demo": DEMO_SECRET, "short": "too-short-secret"}


@pytest.mark.parametrize("secret", list(SECRETS))
def test_a_production_build_refuses_without_a_real_secret(tmp_path, capsys, secret):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    before = files(site.output)
    refused = build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=["--production"], secret=SECRETS[secret])
    err = capsys.readouterr().err
    assert refused.exit_code == 1
    assert "refused: INCASSO_SECRET" in err and "nothing was built or published" in err
    assert files(site.output) == before


@pytest.mark.parametrize("secret", list(SECRETS))
def test_pelican_with_publishconf_refuses_without_a_real_secret_and_touches_nothing(tmp_path, secret):
    out = tmp_path / "out"
    out.mkdir()
    (out / "previous.html").write_text("the previous night's page", encoding="utf-8")
    (tmp_path / "ledger").symlink_to(PRIVACY_LEDGER)
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    if SECRETS[secret]:
        env["INCASSO_SECRET"] = SECRETS[secret]
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(REPO / "publishconf.py"), "-o", str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "refused: INCASSO_SECRET" in result.stderr + result.stdout
    assert [p.name for p in out.iterdir()] == ["previous.html"]
    assert not (tmp_path / "internal").exists()


def test_the_plugin_itself_refuses_production_without_a_real_secret():
    from pelican.plugins.incasso.settings import BuildRefused, prepare

    with pytest.raises(BuildRefused, match="INCASSO_SECRET is not set"):
        prepare({"INCASSO": {"PRODUCTION": True, "LEDGER": str(PRIVACY_LEDGER), "AS_OF": "2026-11-22"}})


def test_a_production_build_with_a_real_secret_uses_it(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=["--production"], secret=REAL_SECRET)
    assert site.exit_code == 0, capsys.readouterr().err
    assert page_of(site.output, "P-001", REAL_SECRET).is_file()
    assert not page_of(site.output, "P-001").exists()
    assert not (site.output / "s" / statement_token(DEMO_SECRET, "P-001")).exists()


# -- in a real browser: nothing loads from elsewhere, no script runs from the ledger -----------------


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def served(privacy_site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(privacy_site.output)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


WATCH_CSP = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
    e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.browser
def test_pages_load_nothing_from_elsewhere_and_run_no_ledger_script(browser, served, privacy_site):
    context = browser.new_context()
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    foreign, dialogs = [], []
    page.on("request", lambda r: None if r.url.startswith((served, "data:")) else foreign.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    paths = sorted(p.relative_to(privacy_site.output).as_posix() for p in privacy_site.output.rglob("*.html"))
    for rel in paths:
        page.goto(f"{served}/{rel}")
        page.wait_for_load_state("load")
        assert page.evaluate("window.__violations") == [], rel
        assert page.evaluate("[...document.scripts].filter(s => !s.src).length") == 0, rel
    page.goto(f"{served}/{page_of(privacy_site.output, 'P-003').relative_to(privacy_site.output).as_posix()}")
    page.wait_for_load_state("load")
    assert '"><script>alert(1)</script>{{7*7}} Xanthippe' in page.inner_text("body")
    assert page.evaluate("[...document.styleSheets].some(s => s.cssRules.length > 0)")  # 'self' CSS did load
    assert (foreign, dialogs) == ([], [])
    context.close()


def test_check_given_the_staff_output_without_the_builds_secret_says_what_it_could_not_compare(
    tmp_path, capsys, monkeypatch
):
    # s44: without INCASSO_SECRET no link in claims.json is a debtor's, and a lowered link_version passed unsaid.
    from incasso.cli.main import main

    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    ledger, debtor, written = _link_version_3(tmp_path, DEMO_LEDGER, "D-1003")
    assert build_site(tmp_path, ledger=ledger, secret=REAL_SECRET).exit_code == 0
    debtor.write_text(written + "link_version: 2\n", encoding="utf-8")
    internal = tmp_path / "internal"
    check = ["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat(), "-q", "--internal-output", str(internal)]
    capsys.readouterr()
    assert main(check) == 0  # a check that otherwise passes still passes: a clerk's, a pull request's
    said = f"note: link_version not compared with the last build in {internal}: INCASSO_SECRET is not set."
    out = capsys.readouterr().out
    assert said in out and "with the build's INCASSO_SECRET in its environment" in out, out
    monkeypatch.setenv("INCASSO_SECRET", REAL_SECRET[::-1])  # another real secret: said so, not "not set"
    assert main(check) == 0
    assert "INCASSO_SECRET is not the secret it made its links with" in capsys.readouterr().out
    # With the build's secret it compares (the lowered version refused), and with nothing left out, says nothing.
    assert _check(tmp_path, ledger, "--internal-output", str(internal)) == 1
    assert "link_version: is lower than at the last build (3)" in capsys.readouterr().err
    debtor.write_text(written + "link_version: 3\n", encoding="utf-8")
    assert _check(tmp_path, ledger, "--internal-output", str(internal)) == 0
    assert "not compared" not in capsys.readouterr().out


def test_check_given_a_demo_builds_staff_output_compares_without_a_secret_and_notes_nothing(tmp_path, capsys):
    from incasso.cli.main import main

    site = build_site(tmp_path, ledger=DEMO_LEDGER)  # the demo's: its links, the demo secret's, were never sent
    assert site.exit_code == 0
    capsys.readouterr()
    check = ["check", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat(), "-q"]
    assert main([*check, "--internal-output", str(site.internal)]) == 0
    assert "not compared" not in capsys.readouterr().out
