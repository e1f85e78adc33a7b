"""`incasso audit`: every kind of problem it must catch, on a hand-made tree and on real builds.

The hand-made tree is a clean public tree written here, changed one thing
per case; the real builds are the demo and the privacy fixture ledger,
tampered with the way a broken template or a stale page would.
"""

from __future__ import annotations

import argparse
import re
import shutil
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from incasso.audit.scan import audit
from incasso.audit.tree import MARKER, MARKER_TEXT
from incasso.cli.main import main
from incasso.payments.tokens import DEMO_SECRET, statement_token
from tests.support.site import AS_OF, DEMO_LEDGER, REPO, build_site

PRIVACY_LEDGER = REPO / "tests" / "fixtures" / "privacy" / "ledger"
A = statement_token(DEMO_SECRET, "tree-a")
B = statement_token(DEMO_SECRET, "tree-b")
CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'"


def page(
    title="Uw betaaloverzicht",
    lang="nl",
    body="<p>Niets bijzonders.</p>",
    root="",
    head_extra="",
    csp=CSP,
    robots="noindex, nofollow",
    referrer="no-referrer",
):
    metas = ""
    if csp is not None:
        metas += f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
    if referrer is not None:
        metas += f'<meta name="referrer" content="{referrer}">\n'
    if robots is not None:
        metas += f'<meta name="robots" content="{robots}">\n'
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{metas}'
        f'<title>{title}</title>\n<link rel="icon" href="data:,">\n'
        f'<link rel="stylesheet" href="{root}theme/css/site.css">\n{head_extra}</head>\n'
        f'<body>\n<main>{body}</main>\n<script src="{root}theme/js/copy.js" defer></script>\n'
        f"</body>\n</html>\n"
    )


STATEMENT_BODY = (
    "<h1>Betaaloverzicht</h1><p>Te betalen: EUR 12,34.</p>"
    '<a href="#pay">Betalen</a> <a href="./">deze pagina</a> <a href="../../hulp.html">Hulp</a> '
    '<a href="https://www.geldfit.nl/">Geldfit</a> <a href="mailto:debiteuren@voorbeeld.nl">mail</a> '
    '<a href="tel:+31301234567">bel</a> <img src="data:image/png;base64,iVBORw0KGgo=" alt="">'
    '<svg viewBox="0 0 1 1"><title>QR-code met een titel van zichzelf</title></svg>'
)


def good_tree(root: Path) -> Path:
    """A clean public tree: two statements, a creditor page, the root files, theme assets."""
    files = {
        "index.html": page(
            "Betalingsoverzicht", body='<p>Gebruik uw persoonlijke link.</p><a href="hulp.html">Hulp</a>'
        ),
        "404.html": page("Betalingsoverzicht", root="/", body="<p>Niet gevonden.</p>"),
        "s/index.html": page("Betalingsoverzicht", root="/", body="<p>Niet gevonden.</p>"),
        "hulp.html": page("Hulp", body='<p>Hulp.</p><a href="https://www.juridischloket.nl/">Juridisch Loket</a>'),
        f"s/{A}/index.html": page(root="../../", body=STATEMENT_BODY),
        f"s/{B}/index.html": page(root="../../", body=STATEMENT_BODY),
        "theme/css/site.css": "body { color: #111; background: url(../img/dot.svg); }\n",
        "theme/js/copy.js": "(function () { 'use strict'; }());\n",
        "theme/img/dot.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n',
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    for name in ("robots.txt", "_headers"):  # the real ones, so they are audited too
        shutil.copy(REPO / "content" / "extra" / name, root / name)
    return root


def run(output: Path, ledger: Path | None = None, as_of: date | None = None, capsys=None, demo: bool = True):
    """`incasso audit`, of a demo tree (built with the demo secret) unless `demo` is False."""
    from incasso.cli.audit import run as run_audit

    namespace = argparse.Namespace(
        output=output, ledger=ledger, as_of=as_of, ledger_cache=None, quiet=False, demo=demo, redact=False
    )
    code = run_audit(namespace)
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)


@pytest.fixture
def tree(tmp_path) -> Path:
    return good_tree(tmp_path / "output")


def short(token: str) -> str:
    return token[:6] + "..."


# -- the clean tree ----------------------------------------------------------


def test_a_clean_tree_passes_with_a_one_line_summary_then_the_time_per_phase(tree, capsys):
    code, out, err = run(tree, capsys=capsys)
    assert (code, err) == (0, "")
    verdict, *times = out.splitlines()
    assert verdict.startswith("audit passed:") and "2 statement pages" in verdict
    assert times[0] == "Time per phase (wall clock):"
    assert [re.match(r"  (\S.*?) +\d+\.\d s$", line)[1] for line in times[1:]] == [
        "pages",
        "across pages",
        "other (start-up, summary)",
        "total",
    ]


def test_the_build_marker_with_its_fixed_sentence_passes(tree, capsys):
    (tree / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    code, out, err = run(tree, capsys=capsys)
    assert (code, err) == (0, "") and "2 statement pages" in out


def test_the_build_s_list_of_contents_passes_and_a_foreign_name_in_it_does_not(tree, capsys):
    """.incasso-contents names the tree's top: a name the site cannot hold there (notes, a path) is flagged."""
    contents = tree / ".incasso-contents"
    contents.write_text("404.html\n_headers\nindex.html\nrobots.txt\ns\n", encoding="utf-8")
    assert run(tree, capsys=capsys)[0] == 0
    for bad in ("notes.txt\n", "s/abc/index.html\n", "\n"):
        contents.write_text("index.html\n" + bad, encoding="utf-8")
        code, _, err = run(tree, capsys=capsys)
        assert code == 1 and ".incasso-contents: the build's list of what it wrote" in err, bad


def test_the_cli_runs_the_audit(tree, capsys):
    assert main(["audit", str(tree), "--demo"]) == 0
    assert capsys.readouterr().out.startswith("audit passed:")


# -- one problem per case -------------------------------------------------------


def _remove_meta(name):
    return lambda t: edit(t / f"s/{A}/index.html", f'<meta name="{name}"', '<meta name="x-removed"')


CASES = {
    "robots meta missing": (
        _remove_meta("robots"),
        f"s/{short(A)}/index.html",
        'missing <meta name="robots" content="noindex, nofollow">',
    ),
    "robots meta says index": (
        lambda t: edit(t / "index.html", 'content="noindex, nofollow"', 'content="index, follow"'),
        "index.html",
        'missing <meta name="robots"',
    ),
    "referrer meta missing": (
        _remove_meta("referrer"),
        f"s/{short(A)}/index.html",
        'missing <meta name="referrer" content="no-referrer">',
    ),
    "CSP missing": (
        lambda t: edit(t / "404.html", 'http-equiv="Content-Security-Policy"', 'http-equiv="x-removed"'),
        "404.html",
        "missing the Content-Security-Policy meta tag",
    ),
    "CSP default-src self": (
        lambda t: edit(t / "hulp.html", "default-src 'none'", "default-src 'self'"),
        "hulp.html",
        "needs default-src 'none'",
    ),
    "CSP after a stylesheet": (
        lambda t: edit(
            t / f"s/{B}/index.html",
            '<meta http-equiv="Content-Security-Policy"',
            '<link rel="stylesheet" href="../../theme/css/site.css">\n<meta http-equiv="Content-Security-Policy"',
        ),
        f"s/{short(B)}/index.html",
        "must come first in <head>",
    ),
    "CSP in body": (
        lambda t: edit(
            t / "index.html", "<main>", f'<main><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        ),
        "index.html",
        "outside <head>",
    ),
    "CSP allows a host": (
        lambda t: edit(t / f"s/{A}/index.html", "img-src 'self' data:", "img-src 'self' https://img.example"),
        f"s/{short(A)}/index.html",
        "lets img-src load from other sites (https://img.example)",
    ),
    "CSP allows inline script": (
        lambda t: edit(t / f"s/{A}/index.html", "script-src 'self'", "script-src 'self' 'unsafe-inline'"),
        f"s/{short(A)}/index.html",
        "allows inline or eval'd script in script-src",
    ),
    "external script": (
        lambda t: edit(t / f"s/{A}/index.html", "</main>", '<script src="https://cdn.example/x.js"></script></main>'),
        f"s/{short(A)}/index.html",
        'an external resource: <script src="https://cdn.example/x.js">',
    ),
    "protocol-relative stylesheet": (
        lambda t: edit(t / "index.html", "</head>", '<link rel="stylesheet" href="//fonts.example/a.css"></head>'),
        "index.html",
        'an external resource: <link href="//fonts.example/a.css">',
    ),
    "external image": (
        lambda t: edit(t / f"s/{B}/index.html", "</main>", '<img src="http://track.example/p.gif"></main>'),
        f"s/{short(B)}/index.html",
        'an external resource: <img src="http://track.example/p.gif">',
    ),
    "external srcset": (
        lambda t: edit(
            t / f"s/{B}/index.html",
            "</main>",
            '<img src="data:," srcset="a.png 1x, https://x.example/b.png 2x"></main>',
        ),
        f"s/{short(B)}/index.html",
        "an external resource: <img srcset=",
    ),
    "iframe": (
        lambda t: edit(t / "404.html", "</main>", '<iframe src="https://maps.example/embed"></iframe></main>'),
        "404.html",
        'an external resource: <iframe src="https://maps.example/embed">',
    ),
    "font in a style attribute": (
        lambda t: edit(t / "hulp.html", "<main>", '<main style="background:url(https://x.example/bg.png)">'),
        "hulp.html",
        "an external resource in CSS",
    ),
    "import in a style element": (
        lambda t: edit(t / "index.html", "</head>", '<style>@import "https://fonts.example/f.css";</style></head>'),
        "index.html",
        "an external resource in CSS",
    ),
    "external url in the theme css": (
        lambda t: edit(t / "theme/css/site.css", "url(../img/dot.svg)", "url(//fonts.example/f.woff2)"),
        "theme/css/site.css",
        "an external resource in CSS",
    ),
    "svg asset with a script": (
        lambda t: edit(t / "theme/img/dot.svg", "<rect", "<script>alert(1)</script><rect"),
        "theme/img/dot.svg",
        "an SVG image with a script",
    ),
    "meta refresh elsewhere": (
        lambda t: edit(
            t / "404.html", "</head>", '<meta http-equiv="refresh" content="0; url=https://elsewhere.example/"></head>'
        ),
        "404.html",
        "a meta refresh to another site",
    ),
    "javascript url": (
        lambda t: edit(t / "hulp.html", "</main>", '<a href="javascript:alert(1)">x</a></main>'),
        "hulp.html",
        "a javascript: URL in <a href>",
    ),
    "feed link": (
        lambda t: edit(
            t / "index.html",
            "</head>",
            '<link rel="alternate" type="application/atom+xml" href="feeds/all.atom.xml"></head>',
        ),
        "index.html",
        "links to a feed",
    ),
    "statement links to another": (
        lambda t: edit(t / f"s/{A}/index.html", "</main>", f'<a href="../{B}/">andere</a></main>'),
        f"s/{short(A)}/index.html",
        "links to another statement page (a listing)",
    ),
    "index links to a statement": (
        lambda t: edit(t / "index.html", "</main>", f'<a href="s/{A}/index.html">een</a></main>'),
        "index.html",
        "links to a statement page (a listing)",
    ),
    "404 links to the statements folder": (
        lambda t: edit(t / "404.html", "</main>", '<a href="/s/">alle</a></main>'),
        "404.html",
        "links to a statement page (a listing)",
    ),
    "another token in the text": (
        lambda t: edit(t / f"s/{B}/index.html", "</main>", f"<!-- {A} --></main>"),
        f"s/{short(B)}/index.html",
        f"shows another debtor's link: {short(A)}",
    ),
    "a token in the css": (
        lambda t: edit(t / "theme/css/site.css", "body", f"/* {B} */ body"),
        "theme/css/site.css",
        f"shows a statement link (a listing): {short(B)}",
    ),
    "statement title differs": (
        lambda t: edit(t / f"s/{B}/index.html", "<title>Uw betaaloverzicht", "<title>Overzicht voor J. Jansen"),
        f"s/{short(B)}/index.html",
        "the <title> differs from the other statement pages",
    ),
    "atom feed file": (
        lambda t: (t / "feeds").mkdir() or (t / "feeds/all.atom.xml").write_text("<feed/>"),
        "feeds/all.atom.xml",
        "a listing or feed",
    ),
    "sitemap": (lambda t: (t / "sitemap.xml").write_text("<urlset/>"), "sitemap.xml", "a listing or feed"),
    "archives page": (lambda t: (t / "archives.html").write_text(page()), "archives.html", "a listing or feed"),
    "tag page": (
        lambda t: (t / "tag").mkdir() or (t / "tag/betaling.html").write_text(page()),
        "tag/betaling.html",
        "a listing or feed",
    ),
    "paginated index": (lambda t: (t / "index2.html").write_text(page()), "index2.html", "a listing or feed"),
    "unexpected text file": (
        lambda t: (t / "notes.txt").write_text("x"),
        "notes.txt",
        "not expected in the public tree",
    ),
    "hidden file": (lambda t: (t / ".htaccess").write_text("x"), ".htaccess", "not expected in the public tree"),
    "statement folder without a token": (
        lambda t: (t / "s/jansen").mkdir() or (t / "s/jansen/index.html").write_text(page()),
        "s/jansen/index.html",
        "not expected in the public tree",
    ),
    "source file next to a page": (
        lambda t: (t / "hulp.md").write_text("x"),
        "hulp.md",
        "not expected in the public tree",
    ),
    "robots.txt missing": (lambda t: (t / "robots.txt").unlink(), "robots.txt", "missing: every public tree needs it"),
    # Without it a server that lists folders (Apache's default, `make serve`) lists every personal link.
    "the statement folder's index missing": (
        lambda t: (t / "s" / "index.html").unlink(),
        "s/index.html",
        "missing: every public tree needs it",
    ),
    "the statement folder's index a listing": (
        lambda t: edit(t / "s" / "index.html", "<p>Niet gevonden.</p>", f'<a href="{A}/">{A}</a>'),
        "s/index.html",
        "must be the same page as 404.html: the statement folder lists nothing",
    ),
    "robots.txt allows": (
        lambda t: edit(t / "robots.txt", "Disallow: /", "Allow: /"),
        "robots.txt",
        "must say `User-agent: *` and `Disallow: /`",
    ),
    "_headers without framing rule": (
        lambda t: edit(t / "_headers", "X-Frame-Options", "X-Removed"),
        "_headers",
        "missing the X-Frame-Options header",
    ),
    "_headers without HSTS": (
        lambda t: edit(t / "_headers", "Strict-Transport-Security", "X-Removed"),
        "_headers",
        "missing the Strict-Transport-Security header",
    ),
    "index.html missing": (lambda t: (t / "index.html").unlink(), "index.html", "missing: every public tree needs it"),
    "symbolic link": (lambda t: (t / "internal.html").symlink_to(t / "hulp.html"), "internal.html", "a symbolic link"),
    "the build's marker with other words": (
        lambda t: (t / MARKER).write_text("built for Jansen, P-001\n"),
        MARKER,
        "the build's marker file must hold its fixed sentence and nothing else",
    ),
    "the build's marker in a subfolder": (
        lambda t: (t / "theme" / MARKER).write_text(MARKER_TEXT),
        f"theme/{MARKER}",
        "not expected in the public tree",
    ),
    # A staff file under an asset's name passes the tree's shape: its first bytes give it away.
    "a staff file renamed as a font": (
        lambda t: (t / "theme" / "fonts").mkdir() or (t / "theme" / "fonts" / "x.woff2").write_text("id,name\n"),
        "theme/fonts/x.woff2",
        "is not a WOFF2 file",
    ),
    "a letter renamed as an image": (
        lambda t: (t / "s" / A / "qr.png").write_bytes(b"%PDF-1.4 ..."),
        f"s/{short(A)}/qr.png",
        "is not a PNG file",
    ),
    "the headers moved off every path": (
        lambda t: edit(t / "_headers", "/*\n", "/nothing-here/*\n"),
        "_headers",
        "missing the Strict-Transport-Security header for every path (/*)",
    ),
    "a statement kept in shared caches": (
        lambda t: edit(t / "_headers", "Cache-Control: private, no-store", "Cache-Control: public"),
        "_headers",
        "the statement pages (/s/*) must say Cache-Control: no-store",
    ),
    "other sites may read a page": (
        lambda t: edit(t / "_headers", "/s/*\n", "/s/*\n  Access-Control-Allow-Origin: *\n"),
        "_headers",
        "Access-Control-Allow-Origin lets other sites read a page",
    ),
    "a link preview fetched from another site": (
        lambda t: edit(
            t / "index.html", "</head>", '<meta property="og:image" content="https://evil.example/p.png"></head>'
        ),
        "index.html",
        "an external resource in a link preview",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_problem_is_caught_with_its_path(tree, capsys, case):
    change, path, problem = CASES[case]
    change(tree)
    code, out, err = run(tree, capsys=capsys)
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert any(line.startswith(f"{path}: ") and problem in line for line in lines), err
    assert lines[-1].endswith("do not publish it.")


def test_plain_links_to_other_sites_load_nothing_and_pass(tree, capsys):
    edit(
        tree / f"s/{A}/index.html",
        "</main>",
        '<p><a href="https://www.geldfit.nl/" rel="noreferrer">Geldfit</a> '
        '<a href="//www.juridischloket.nl/">Loket</a></p></main>',
    )
    assert run(tree, capsys=capsys)[0] == 0


def test_every_problem_is_reported_at_once(tree, capsys):
    _remove_meta("robots")(tree)
    (tree / "sitemap.xml").write_text("<urlset/>")
    edit(tree / "index.html", "</main>", '<img src="https://x.example/a.png"></main>')
    code, _, err = run(tree, capsys=capsys)
    lines = err.splitlines()
    assert code == 1
    assert len(lines) == 4 and lines[-1].startswith("3 problems in ")


def test_no_report_line_holds_a_whole_token(tree, capsys):
    edit(tree / f"s/{A}/index.html", "</main>", f'<a href="../{B}/index.html">x</a></main>')
    (tree / f"s/{B}/index.html").unlink()
    code, _, err = run(tree, capsys=capsys)
    assert code == 1 and short(A) in err
    assert A not in err and B not in err


# -- with the ledger: real builds of the privacy fixture --------------------------


@pytest.fixture(scope="module")
def privacy_site(tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("privacy"), ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    return site


@pytest.fixture
def copy(privacy_site, tmp_path) -> Path:
    return Path(shutil.copytree(privacy_site.output, tmp_path / "output"))


def statement(root: Path, debtor_id: str, secret: str = DEMO_SECRET) -> Path:
    return root / "s" / statement_token(secret, debtor_id) / "index.html"


def test_the_privacy_fixture_build_passes_the_audit(privacy_site, capsys):
    code, out, err = run(privacy_site.output, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 0, err
    assert "each showing only its own debtor (5 in the ledger)" in out


def test_the_demo_build_passes_the_audit(demo_site, capsys):
    code, out, err = run(demo_site.output, DEMO_LEDGER, AS_OF, capsys=capsys)
    assert code == 0, err


def test_a_demo_build_fails_the_audit_of_a_site_to_publish(demo_site, capsys, monkeypatch):
    # Its links come from the public demo secret, and a page's payment reference names its debtor's id:
    # anyone could work out every link. Only `--demo` passes it.
    code, _, err = run(demo_site.output, capsys=capsys, demo=False)
    assert code == 1 and err.startswith("audit refused: INCASSO_SECRET is not set.")
    monkeypatch.setenv("INCASSO_SECRET", "demo-secret-for-the-sample-ledger-only-not-for-production")
    code, _, err = run(demo_site.output, capsys=capsys, demo=False)
    assert code == 1 and err.startswith("audit refused: INCASSO_SECRET is the demo secret, or holds it.")
    # With a fit secret, the pages' demo banner gives the build away.
    monkeypatch.setenv("INCASSO_SECRET", "4f9c2a7e81d35b60c9e2f1a8473d6b5e")
    code, _, err = run(demo_site.output, capsys=capsys, demo=False)
    assert code == 1 and "18 pages were built as the demo (they show its banner)" in err


@pytest.mark.parametrize("secret", ["", "short-secret", "demo-secret-for-the-sample-ledger-only-not-for-production"])
def test_an_unfit_secret_stops_the_audit_before_any_page(privacy_site, capsys, monkeypatch, secret):
    # Under a secret that is not the build's, every page would be reported, a debtor's own page as
    # "another debtor's": the refusal is the one line said, and no page is reported.
    monkeypatch.setenv("INCASSO_SECRET", secret)
    code, out, err = run(privacy_site.output, PRIVACY_LEDGER, AS_OF, capsys=capsys, demo=False)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("audit refused: INCASSO_SECRET ")
    if not secret:
        assert "Run the audit with the build's INCASSO_SECRET set, or audit a demo site with --demo." in err
    else:  # the build's own, it may be: what to do is make a new one and build again with it
        assert "secrets.token_urlsafe(32)" in err and "--new-secret" in err
    assert "production build" not in err and "index.html" not in err


def test_a_site_built_with_a_real_secret_passes_without_demo(tree, capsys, monkeypatch):
    monkeypatch.setenv("INCASSO_SECRET", "4f9c2a7e81d35b60c9e2f1a8473d6b5e")
    code, out, err = run(tree, capsys=capsys, demo=False)
    assert (code, err) == (0, "") and out.startswith("audit passed:")


LEAKS = {
    "another debtor's name": ("P-001", "Zwanenburg Logistics Ltd", "shows the name of another debtor (P-002)"),
    "another debtor's contact person": (
        "P-001",
        "Bartholomeus Zwanenburg",
        "shows the contact person of another debtor (P-002)",
    ),
    "another debtor's invoice number": ("P-002", "PRV-1001", "shows an invoice number of another debtor (P-001)"),
    "another debtor's id": ("P-002", "klant P-004", "shows the id of another debtor (P-004)"),
    "a written-off debtor's name": ("P-004", "Willem Afgeschrevenhof", "shows the name of another debtor (P-005)"),
    "a staff note on its own page": (
        "P-001",
        "CANARYNOTETWO zegt dat het geld onderweg is",
        "shows staff-only data: a note from the dossier of P-001",
    ),
    "a staff name": (
        "P-002",
        "behandeld door Hendrika Kanariestaf",
        "shows staff-only data: a staff name (not the contact desk) from the dossier of P-002",
    ),
}


@pytest.mark.parametrize("case", list(LEAKS))
def test_a_page_showing_someone_else_is_caught(copy, capsys, case):
    owner, text, problem = LEAKS[case]
    page_path = statement(copy, owner)
    edit(page_path, "</main>", f"<p>{text}</p></main>")
    code, _, err = run(copy, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 1
    assert f"s/{short(page_path.parent.name)}/index.html: {problem}" in err.splitlines(), err


def test_a_name_split_over_markup_is_still_caught(copy, capsys):
    edit(statement(copy, "P-001"), "</main>", "<p><b>Zwanenburg</b>\n  <i>Logistics</i> Ltd</p></main>")
    code, _, err = run(copy, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 1 and "shows the name of another debtor (P-002)" in err


def test_the_own_name_in_the_title_is_caught(copy, capsys):
    edit(statement(copy, "P-004"), "<title>", "<title>Paula Betaaldijk - ")
    code, _, err = run(copy, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 1
    assert "the <title> shows the name of P-004: mail scanners and link previews read titles" in err


def test_a_debtor_name_on_a_page_that_is_no_statement_is_caught(copy, capsys):
    edit(copy / "index.html", "</main>", "<p>Annelies Kraaijeveld</p></main>")
    code, _, err = run(copy, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 1 and "index.html: shows the name of a debtor (P-001)" in err.splitlines()


def test_a_page_for_a_written_off_claim_is_caught(copy, capsys):
    written_off = statement(copy, "P-005")
    written_off.parent.mkdir()
    shutil.copy(statement(copy, "P-001"), written_off)
    code, _, err = run(copy, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 1 and "the claim is written off (P-005): its page must be gone" in err


def test_a_paid_page_past_its_retention_is_caught(privacy_site, capsys):
    later = date(2027, 1, 1)  # paid 2026-11-10, paid_page_days 30
    code, _, err = run(privacy_site.output, PRIVACY_LEDGER, later, capsys=capsys)
    assert code == 1
    assert "the claim was paid longer than paid_page_days (30) ago (P-004): its page must be gone" in err


def test_a_missing_page_is_caught(copy, capsys):
    shutil.rmtree(statement(copy, "P-003").parent)
    code, _, err = run(copy, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 1 and "missing: debtor P-003 has no statement page, but its claim must have one" in err


def test_pages_of_another_secret_belong_to_no_debtor(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret="another-secret-" + "x" * 40)
    assert site.exit_code == 0
    code, _, err = run(site.output, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    lines = err.splitlines()
    assert code == 1
    assert sum("no debtor in the ledger has this link" in line for line in lines) == 4
    assert sum(re.search(r"missing: debtor P-00\d has no statement page", line) is not None for line in lines) == 4


def test_the_audit_uses_the_secret_from_the_environment(tmp_path, capsys, monkeypatch):
    secret = "nightly-secret-" + "y" * 40
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=secret)
    monkeypatch.setenv("INCASSO_SECRET", secret)
    code, _, err = run(site.output, PRIVACY_LEDGER, AS_OF, capsys=capsys)
    assert code == 0, err


def test_a_bad_ledger_stops_the_audit(tmp_path, tree, capsys):
    bad = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    edit(bad / "debtors" / "P-001.yaml", "amount: 1234.57", "amount: -5")
    code, _, err = run(tree, bad, AS_OF, capsys=capsys)
    assert code == 1 and "cannot check the pages against it" in err


def test_the_audit_function_returns_findings_as_values(tree):
    (tree / "sitemap.xml").write_text("<urlset/>")
    report = audit(tree)
    assert [(f.path, f.problem.split(":")[0]) for f in report.findings] == [("sitemap.xml", "a listing or feed")]


# -- a large tree, checked in worker processes ------------------------------------


class _Phases:
    """A command's clock as the audit sees it: the phases it ran, in order, and what each counted."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.counts: dict[str, list[tuple[int, int]]] = {}

    @contextmanager
    def __call__(self, name: str):
        self.names.append(name)
        counts = self.counts.setdefault(name, [])
        yield lambda done, total: counts.append((done, total))


def test_a_large_tree_checked_by_workers_gives_the_one_process_report(copy, monkeypatch):
    """Above PARALLEL_FROM files the audit forks workers: the same findings, in the same order,
    a leak planted in any run of files found as one process finds it."""
    from incasso.audit import scan
    from incasso.ledger.load import load_ledger
    from incasso.processes import worker_pool

    for n in range(scan.PARALLEL_FROM + 3 * scan.RUN):  # clean pages: the creditor's help, copied
        shutil.copy(copy / "hulp.html", copy / f"hulp-{n:04d}.html")
    edit(copy / f"hulp-{scan.PARALLEL_FROM:04d}.html", "</main>", "<p>Annelies Kraaijeveld</p></main>")
    edit(statement(copy, "P-001"), "</main>", "<p>Zwanenburg Logistics Ltd</p></main>")
    edit(statement(copy, "P-003"), "<title>", "<title>Anders - ")
    pools = []
    monkeypatch.setattr(scan, "worker_pool", lambda *a, **k: pools.append(a) or worker_pool(*a, **k))
    ledger = load_ledger(PRIVACY_LEDGER)

    alone_counted, forked_counted = _Phases(), _Phases()
    alone = audit(copy, ledger, DEMO_SECRET, AS_OF, workers=1, phase=alone_counted)
    assert pools == []
    forked = audit(copy, ledger, DEMO_SECRET, AS_OF, workers=2, phase=forked_counted)
    assert len(pools) == 1
    # Each file counted as checked, one by one or a worker's run at a time, up to all of them.
    files = sum(1 for path in copy.rglob("*") if path.is_file())
    assert alone_counted.counts["pages"] == [(done, files) for done in range(1, files + 1)]
    counted = [done for done, _ in forked_counted.counts["pages"]]
    assert counted == sorted(counted) and counted[-1] == files and len(counted) == -(-files // scan.RUN)
    assert alone_counted.names == forked_counted.names == ["pages", "across pages"]

    assert forked.findings == alone.findings
    assert forked.counts == alone.counts and forked.debtors == alone.debtors
    problems = {(f.path, f.problem) for f in forked.findings}
    assert (f"hulp-{scan.PARALLEL_FROM:04d}.html", "shows the name of a debtor (P-001)") in problems
    p001 = statement(copy, "P-001").relative_to(copy).as_posix()
    assert (p001, "shows the name of another debtor (P-002)") in problems
    p003 = statement(copy, "P-003").relative_to(copy).as_posix()
    assert any(path == p003 and "the <title> differs" in problem for path, problem in problems)
    assert forked.counts["page"] > scan.PARALLEL_FROM
