"""Leaks planted into a real build, one per case: the audit must find every one.

The tree is a real build of the privacy fixture ledger plus P-006
(tests/fixtures/audit/), a debtor with every field filled: contact details,
an invoice description, a dispute reason and outcome, whom staff spoke with,
a collection agency. Each case copies the tree, plants one thing the way a
broken template, a careless text edit or a hostile ledger value would, and
runs the audit: the finding must name the file and what leaked. The clean
build passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from incasso.audit.scan import audit
from incasso.ledger.load import load_ledger
from incasso.payments.tokens import DEMO_SECRET, statement_token
from tests.support.site import AS_OF, FIXTURES, PRIVACY_LEDGER, REPO, build_site

NAME = "Zwanenburg Logistics Ltd"  # P-002's name
OTHER = "shows the name of another debtor (P-002)"
EXTERNAL = "an external resource: "
CSS_EXTERNAL = "an external resource in CSS"


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> Path:
    root = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path_factory.mktemp("leaks") / "ledger"))
    shutil.copy(FIXTURES / "audit" / "P-006.yaml", root / "debtors" / "P-006.yaml")
    return root


@pytest.fixture(scope="module")
def built(ledger, tmp_path_factory) -> Path:
    site = build_site(tmp_path_factory.mktemp("leaks-site"), ledger=ledger)
    assert site.exit_code == 0
    return site.output


def page(debtor_id: str) -> str:
    return f"s/{statement_token(DEMO_SECRET, debtor_id)}/index.html"


def shown(path: str) -> str:
    """A path as a finding prints it: tokens cut short."""
    return path.replace(path.split("/")[1], path.split("/")[1][:6] + "...") if path.startswith("s/") else path


def findings(output: Path, ledger: Path) -> list[str]:
    return [str(f) for f in audit(output, load_ledger(ledger), DEMO_SECRET, AS_OF, demo=True).findings]


def test_the_clean_build_passes(built, ledger):
    assert findings(built, ledger) == []


# A plant: (file, text to find there, what to put in its place); a text of None adds to the end of the file.
def body(html: str, owner: str = "P-001") -> tuple[str, str | None, str]:
    return page(owner), "</main>", html + "</main>"


def head(html: str, owner: str = "P-001") -> tuple[str, str | None, str]:
    return page(owner), "</head>", html + "</head>"


def tag(element: str, attribute: str, owner: str = "P-001") -> tuple[str, str | None, str]:
    return page(owner), f"<{element}", f"<{element} {attribute}"


def append(rel: str, text: str) -> tuple[str, str | None, str]:
    return rel, None, text


P001 = page("P-001")
P006 = page("P-006")
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">{}</svg>\n'

# name: (plant, the file the finding names, what the finding says)
LEAKS = {
    # -- every field of another debtor --------------------------------------------
    "name": (body(f"<p>{NAME}</p>"), P001, OTHER),
    "contact person": (body("<p>Bartholomeus Zwanenburg</p>"), P001, "the contact person of another debtor (P-002)"),
    "id": (body("<p>klant P-004</p>", "P-002"), page("P-002"), "the id of another debtor (P-004)"),
    "invoice number": (body("<p>PRV-2002</p>"), P001, "an invoice number of another debtor (P-002)"),
    "invoice description": (
        body("<p>Installation of heat pump</p>"),
        P001,
        "an invoice description of another debtor (P-002)",
    ),
    "e-mail": (
        body("<p>canary-mail-p002@privacy.example</p>"),
        P001,
        "the e-mail address of another debtor (P-002): no page shows a debtor's contact details",
    ),
    "e-mail in a mailto link": (
        body('<a href="mailto:canary-mail-p006@privacy.example">mail</a>'),
        P001,
        "the e-mail address of another debtor (P-006)",
    ),
    "phone": (body("<p>+31 20 987 65 43</p>"), P001, "the phone number of another debtor (P-002)"),
    "phone in a tel link": (
        body('<a href="tel:+31209876543">bel</a>'),
        P001,
        "the phone number of another debtor (P-002)",
    ),
    "street": (body("<p>Kanariestraat 88</p>"), P001, "an address line of another debtor (P-006)"),
    "postcode and town": (body("<p>9711 KZ Vogeldorp</p>"), P001, "an address line of another debtor (P-006)"),
    "dispute reason": (
        body("<p>CANARYREASON koelcel bleef lekken na het onderhoud</p>"),
        P001,
        "shows staff-only data: a reason from the dossier of P-006",
    ),
    "dispute outcome": (
        body("<p>CANARYOUTCOME lekkage was een ander onderdeel</p>"),
        P001,
        "shows staff-only data: an outcome from the dossier of P-006",
    ),
    "the agency's file reference": (
        body("<p>KANARIE-2026-0606</p>"),
        P001,
        "the agency's file reference of another debtor (P-006)",
    ),
    "whom staff spoke with, another's": (
        body("<p>Theodoor Kanariebuurman boekhouder</p>"),
        P001,
        "shows staff-only data: whom staff spoke with from the dossier of P-006",
    ),
    "a written-off debtor's name": (
        body("<p>Willem Afgeschrevenhof</p>", "P-004"),
        page("P-004"),
        "the name of another debtor (P-005)",
    ),
    # -- what no page shows, not even the debtor's own ------------------------------
    "whom staff spoke with, its own": (
        body("<p>CANARYSPOKEWITH partner van de klant</p>"),
        P001,
        "shows staff-only data: whom staff spoke with from the dossier of P-001",
    ),
    "a note, its own": (
        body("<p>CANARYNOTETWO zegt dat het geld onderweg is</p>"),
        P001,
        "shows staff-only data: a note from the dossier of P-001",
    ),
    "a staff name": (
        body("<p>behandeld door Hendrika Kanariestaf</p>", "P-002"),
        page("P-002"),
        "shows staff-only data: a staff name (not the contact desk) from the dossier of P-002",
    ),
    "its own dispute reason": (
        body("<p>CANARYREASON koelcel bleef lekken na het onderhoud</p>", "P-006"),
        P006,
        "shows staff-only data: a reason from the dossier of P-006",
    ),
    "its own e-mail": (
        body("<p>canary-mail-p001@privacy.example</p>"),
        P001,
        "the e-mail address of its own debtor (P-001): no page shows a debtor's contact details",
    ),
    "its own phone": (body("<p>+31 6 11 22 33 44</p>"), P001, "the phone number of its own debtor (P-001)"),
    "its own address": (body("<p>Canarylaan 7</p>"), P001, "an address line of its own debtor (P-001)"),
    # -- where a name hides in a page -------------------------------------------------
    "split by an empty tag": (body("<p>Zwanen<b></b>burg Logistics Ltd</p>"), P001, OTHER),
    "split over inline elements": (body("<p><span>Zwan</span><span>enburg</span> Logistics Ltd</p>"), P001, OTHER),
    "split by a zero-width space": (body("<p>Zwanen\u200bburg Logistics\u200b Ltd</p>"), P001, OTHER),
    "split by a zero-width reference": (body("<p>Zwanen&#8203;burg Logistics Ltd</p>"), P001, OTHER),
    "split by a soft hyphen": (body("<p>Zwanen&shy;burg Logis&shy;tics Ltd</p>"), P001, OTHER),
    "character references": (body("<p>&#90;wanenburg &#x4c;ogistics L&#116;d</p>"), P001, OTHER),
    "full-width letters": (
        body("<p>\uff3a\uff57\uff41\uff4e\uff45\uff4e\uff42\uff55\uff52\uff47 Logistics Ltd</p>"),
        P001,
        OTHER,
    ),
    "capitals": (body("<p>ZWANENBURG LOGISTICS LTD</p>"), P001, OTHER),
    "in an href, percent-encoded": (
        body('<a href="mailto:x@example.nl?subject=Zwanenburg%20Logistics%20Ltd">x</a>'),
        P001,
        OTHER,
    ),
    "in an href, plus-encoded": (body('<a href="?naam=Zwanenburg+Logistics+Ltd">x</a>'), P001, OTHER),
    "in an href fragment": (body('<a href="#Zwanenburg-Logistics-Ltd">x</a>'), P001, OTHER),
    "in an alt text": (body(f'<img src="data:," alt="{NAME}">'), P001, OTHER),
    "in a title attribute": (body(f'<span title="{NAME}">i</span>'), P001, OTHER),
    "in a data attribute": (tag("main", f'data-debtor="{NAME}"'), P001, OTHER),
    "in a comment": (body(f"<!-- {NAME} -->"), P001, OTHER),
    "in a meta description": (head(f'<meta name="description" content="{NAME}">'), P001, OTHER),
    "in a style element": (head(f'<style>main::after {{ content: "{NAME}"; }}</style>'), P001, OTHER),
    "in a style element, CSS-escaped": (
        head('<style>main::after { content: "\\5A wanenburg \\4C ogistics Ltd"; }</style>'),
        P001,
        OTHER,
    ),
    "in a style attribute, CSS-escaped": (
        body("<p style=\"--n: '\\5a\\77 anenburg Logistics Ltd'\">x</p>"),
        P001,
        OTHER,
    ),
    "in an inline script": (body(f'<script>var debtor = "{NAME}";</script>'), P001, OTHER),
    "in a script, JS-escaped": (
        body('<script>var debtor = "\\u005Awanenburg Logistics\\x20Ltd";</script>'),
        P001,
        OTHER,
    ),
    "in noscript": (body(f"<noscript><p>{NAME}</p></noscript>"), P001, OTHER),
    "in a template": (body(f"<template><p>{NAME}</p></template>"), P001, OTHER),
    "in a textarea": (body(f"<textarea>{NAME}</textarea>"), P001, OTHER),
    "in an iframe srcdoc": (body(f'<iframe srcdoc="<p>{NAME}</p>"></iframe>'), P001, OTHER),
    "in an iframe srcdoc, split and escaped": (
        body('<iframe srcdoc="&lt;p&gt;Zwanen&lt;i&gt;&lt;/i&gt;burg Logistics Ltd&lt;/p&gt;"></iframe>'),
        P001,
        OTHER,
    ),
    "in inline SVG text": (body(f'<svg viewBox="0 0 10 10"><text x="0" y="5">{NAME}</text></svg>'), P001, OTHER),
    "in the title": (
        (P001, "<title>", "<title>Zwanenburg Logistics Ltd - "),
        P001,
        "the <title> shows the name of P-002",
    ),
    "on a creditor page": (
        ("hulp.html", "</main>", f"<p>{NAME}</p></main>"),
        "hulp.html",
        "shows the name of a debtor (P-002)",
    ),
    "in robots.txt": (append("robots.txt", f"# {NAME}\n"), "robots.txt", "shows the name of a debtor (P-002)"),
    # -- names in assets ------------------------------------------------------------------
    "in the stylesheet": (
        append("theme/css/site.css", f'\nbody::after {{ content: "{NAME}"; }}\n'),
        "theme/css/site.css",
        "shows the name of a debtor (P-002)",
    ),
    "in the stylesheet, CSS-escaped": (
        append("theme/css/site.css", '\nbody::after { content: "\\00005A wanenburg Logistics Ltd"; }\n'),
        "theme/css/site.css",
        "shows the name of a debtor (P-002)",
    ),
    "in the script": (
        append("theme/js/copy.js", f'\nconsole.log("{NAME}");\n'),
        "theme/js/copy.js",
        "shows the name of a debtor (P-002)",
    ),
    "in the script, JS-escaped": (
        append("theme/js/copy.js", '\nconsole.log("\\u{5A}wanenburg Logistics Ltd");\n'),
        "theme/js/copy.js",
        "shows the name of a debtor (P-002)",
    ),
    "in an SVG asset": (
        append("theme/img/mark.svg", SVG.format(f"<text>{NAME}</text>")),
        "theme/img/mark.svg",
        "shows the name of a debtor (P-002)",
    ),
    "in a statement's own image": (
        append(page("P-001").replace("index.html", "qr.svg"), SVG.format(f"<desc>{NAME}</desc>")),
        page("P-001").replace("index.html", "qr.svg"),
        OTHER,
    ),
    # -- pages that make the browser ask another site -------------------------------------
    "\\\\host image path": (body('<img src="\\\\evil.example\\share\\p.png">'), P001, EXTERNAL + "<img src="),
    "/\\host image path": (body('<img src="/\\evil.example/p.png">'), P001, EXTERNAL + "<img src="),
    "scheme without slashes": (body('<img src="https:evil.example/p.png">'), P001, EXTERNAL + "<img src="),
    "tab inside the scheme": (body('<img src="ht&#9;tps://evil.example/p.png">'), P001, EXTERNAL + "<img src="),
    "body background": (tag("body", 'background="https://evil.example/bg.png"'), P001, EXTERNAL + "<body background="),
    "table cell background": (
        body('<table><tr><td background="//evil.example/bg.png">x</td></tr></table>'),
        P001,
        EXTERNAL + "<td background=",
    ),
    "iframe srcdoc with an image": (
        body('<iframe srcdoc="&lt;img src=https://evil.example/p.png&gt;"></iframe>'),
        P001,
        EXTERNAL + "<img src=",
    ),
    "a ping": (
        body('<a href="https://www.geldfit.nl/" ping="https://track.example/p">Geldfit</a>'),
        P001,
        EXTERNAL + "<a ping=",
    ),
    "noscript image": (body('<noscript><img src="https://evil.example/p.png"></noscript>'), P001, EXTERNAL),
    "video poster": (body('<video poster="https://evil.example/p.png"></video>'), P001, EXTERNAL + "<video poster="),
    "inline SVG image": (
        body('<svg viewBox="0 0 1 1"><image href="https://evil.example/p.png"/></svg>'),
        P001,
        EXTERNAL + "<image href=",
    ),
    "inline SVG use": (
        body('<svg viewBox="0 0 1 1"><use xlink:href="https://evil.example/s.svg#a"/></svg>'),
        P001,
        EXTERNAL + "<use xlink:href=",
    ),
    "image input": (body('<input type="image" src="https://evil.example/p.png">'), P001, EXTERNAL + "<input src="),
    "preloaded image set": (
        head('<link rel="preload" as="image" imagesrcset="https://evil.example/p.png 2x">'),
        P001,
        EXTERNAL + "<link imagesrcset=",
    ),
    "CSS escape in a style attribute": (
        body('<p style="background: url(\\68 ttps://evil.example/a.png)">x</p>'),
        P001,
        CSS_EXTERNAL,
    ),
    "CSS escape in @import": (head('<style>@\\69mport "https://evil.example/a.css";</style>'), P001, CSS_EXTERNAL),
    "image-set() in a style attribute": (
        body("<p style=\"background-image: image-set('a.png' 1x, 'https://evil.example/b.png' 2x)\">x</p>"),
        P001,
        CSS_EXTERNAL,
    ),
    "image-set() in the stylesheet": (
        append("theme/css/site.css", '\nmain { background-image: -webkit-image-set("//evil.example/a.png" 1x); }\n'),
        "theme/css/site.css",
        CSS_EXTERNAL,
    ),
    "CSS escape in the stylesheet": (
        append("theme/css/site.css", "\nmain { background: u\\72l(https://evil.example/a.png); }\n"),
        "theme/css/site.css",
        CSS_EXTERNAL,
    ),
    "SVG asset with an outside image": (
        append("theme/img/mark.svg", SVG.format('<image href="\\\\evil.example\\p.png"/>')),
        "theme/img/mark.svg",
        EXTERNAL + "<image href=",
    ),
    "SVG asset with an outside stylesheet": (
        append("theme/img/mark.svg", SVG.format("<style>@import url(//evil.example/a.css);</style>")),
        "theme/img/mark.svg",
        CSS_EXTERNAL,
    ),
    "javascript: URL with a tab": (
        body('<a href="java&#9;script:alert(1)">x</a>'),
        P001,
        "a javascript: URL in <a href>",
    ),
    "meta refresh without slashes": (
        head('<meta http-equiv="refresh" content="0; url=https:evil.example">'),
        P001,
        "a meta refresh to another site",
    ),
    "a backslashed link to another statement": (
        body(f'<a href="..\\{statement_token(DEMO_SECRET, "P-002")}\\">x</a>'),
        P001,
        "links to another statement page (a listing)",
    ),
}


@pytest.mark.parametrize("case", list(LEAKS))
def test_a_planted_leak_is_found(built, ledger, tmp_path, case):
    (rel, old, new), where, problem = LEAKS[case]
    tree = Path(shutil.copytree(built, tmp_path / "output"))
    path = tree / rel
    if old is None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as file:
            file.write(new)
    else:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = findings(tree, ledger)
    assert any(line.startswith(f"{shown(where)}: ") and problem in line for line in found), found


def test_every_kind_of_leak_the_audit_missed_is_planted():
    """The 19 kinds the red team planted and the audit missed, each at least once above."""
    missed = [
        "e-mail",
        "phone",
        "street",
        "invoice description",
        "dispute reason",
        "whom staff spoke with, its own",
        "in an href, percent-encoded",
        "split by an empty tag",
        "split by a zero-width space",
        "in the stylesheet",
        "in the script",
        "in an SVG asset",
        "\\\\host image path",
        "body background",
        "iframe srcdoc with an image",
        "a ping",
        "CSS escape in a style attribute",
        "image-set() in a style attribute",
        "postcode and town",
    ]
    assert len(missed) == 19 and set(missed) <= set(LEAKS)
    assert len(LEAKS) >= 62


def test_a_fifo_in_the_tree_is_reported_and_never_opened(built, ledger, tmp_path):
    tree = Path(shutil.copytree(built, tmp_path / "output"))
    os.mkfifo(tree / "theme" / "css" / "extra.css")  # opening it to read would wait for a writer forever
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "incasso",
            "audit",
            str(tree),
            "--ledger",
            str(ledger),
            "--as-of",
            AS_OF.isoformat(),
            "--demo",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a guard: before the fix the audit never returned
    )
    assert done.returncode == 1
    assert "theme/css/extra.css: not a regular file (a FIFO, socket or device)" in done.stderr
