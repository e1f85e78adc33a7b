"""Statement pages as Pelican builds them: the demo and small fixture ledgers.

The pages are read back as HTML (html5lib, strict) and checked for what
every public page must carry, what each statement must say, and what it
must never show. Three demo pages are compared with golden HTML.
"""
import re
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest

import golden
from conftest import AS_OF, DEMO_LEDGER, REPO, build_site
from incasso import fmt
from incasso.claim import assess, statement_visible
from incasso.labels import LABELS
from incasso.load import load_ledger
from incasso.reference import format_iban, format_rf, rf_reference
from incasso.tokens import DEMO_SECRET, statement_token

FIXTURES = Path(__file__).parent / "fixtures" / "statements"
HOSTILE = FIXTURES / "hostile"
SECRET = "a-real-secret-for-tests-only-0123456789abcdef"
SVG = "{http://www.w3.org/2000/svg}"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
       "base-uri 'none'; form-action 'none'")


def parse(path: Path):
    """The page as an element tree; html5lib in strict mode raises on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(path.read_bytes())


def norm(text: str) -> str:
    """Runs of white space (no-break spaces too) as one space, as a reader sees them."""
    return re.sub(r"\s+", " ", text).strip()


def text_of(element) -> str:
    return norm("".join(element.itertext()))


def demo_claims():
    ledger = load_ledger(DEMO_LEDGER)
    return ledger, [assess(ledger, debtor, AS_OF) for debtor in ledger.debtors]


def statement_pages(site, secret=DEMO_SECRET, ledger_dir=DEMO_LEDGER, as_of=AS_OF):
    ledger = load_ledger(ledger_dir)
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    return {c.debtor.id: (c, site.output / "s" / statement_token(secret, c.debtor.id) / "index.html")
            for c in claims if statement_visible(c, ledger.creditor.policy)}


def html_files(site):
    return sorted(site.output.rglob("*.html"))


# -- where pages are --------------------------------------------------------------------------------

def test_every_open_claim_has_a_page_and_closed_ones_have_none(demo_site):
    ledger, claims = demo_claims()
    for claim in claims:
        page = demo_site.output / "s" / statement_token(DEMO_SECRET, claim.debtor.id) / "index.html"
        assert page.is_file() == statement_visible(claim, ledger.creditor.policy), claim.debtor.id
    assert len(list((demo_site.output / "s").iterdir())) == sum(
        statement_visible(c, ledger.creditor.policy) for c in claims)
    assert {c.status for c in claims if not statement_visible(c, ledger.creditor.policy)} == {"paid", "written_off"}


# -- what every public page carries -------------------------------------------------------------------

def test_every_page_starts_with_the_privacy_meta_tags(demo_site):
    for path in html_files(demo_site):
        head = parse(path).find("head")
        first = [el for el in head if el.tag != "meta" or el.get("charset") is None]
        assert first[0].tag == "meta" and first[0].get("http-equiv") == "Content-Security-Policy", path
        assert first[0].get("content") == CSP
        metas = {m.get("name"): m.get("content") for m in head.iter("meta") if m.get("name")}
        assert metas["robots"] == "noindex, nofollow", path
        assert metas["referrer"] == "no-referrer", path


def test_no_inline_style_or_script_so_the_policy_holds(demo_site):
    for path in html_files(demo_site):
        tree = parse(path)
        for el in tree.iter():
            assert not isinstance(el.tag, str) or el.tag != "style", path
            if el.tag == "script":
                assert el.get("src") and not (el.text or "").strip(), path
            attributes = [a for a in el.attrib if a == "style" or a.startswith("on")]
            assert attributes == [], (path, el.tag, attributes)


def test_every_local_link_and_asset_resolves_relatively(demo_site):
    checked = 0
    for path in html_files(demo_site):
        if path.name == "404.html":
            continue  # served at any depth, so its stylesheet is root-absolute (owned by the 404 page)
        for el in parse(path).iter():
            for attribute in ("href", "src"):
                url = el.get(attribute)
                if not url or url.startswith(("#", "mailto:", "tel:", "data:")):
                    continue
                parts = urlsplit(url)
                if parts.scheme:
                    assert el.tag == "a" and parts.scheme == "https", (path, url)
                    continue
                assert not url.startswith("/"), (path, url)
                target = (path.parent / unquote(parts.path)).resolve()
                assert target.is_file() and demo_site.output.resolve() in target.parents, (path, url)
                checked += 1
    assert checked > 50


def test_statement_titles_are_generic(demo_site):
    pages = statement_pages(demo_site)
    ledger = load_ledger(DEMO_LEDGER)
    names = [d.name for d in ledger.debtors]
    for claim, path in pages.values():
        title = text_of(parse(path).find("head/title"))
        expected = ("Uw betaaloverzicht – " if claim.debtor.language == "nl" else "Your payment overview – ")
        assert title == expected + ledger.creditor.name
        assert not any(name in title for name in names)


# -- what a statement says ----------------------------------------------------------------------------

def test_each_statement_shows_who_how_much_how_to_pay(demo_site):
    ledger = load_ledger(DEMO_LEDGER)
    creditor = ledger.creditor
    for debtor_id, (claim, path) in statement_pages(demo_site).items():
        tree = parse(path)
        text = text_of(tree.find("body"))
        lang = claim.debtor.language
        assert tree.get("lang") == lang
        assert claim.debtor.name in text
        for needle in (creditor.name, creditor.kvk, *creditor.address, creditor.contact.name,
                       creditor.contact.phone, creditor.contact.hours, fmt.day(AS_OF, lang)):
            assert needle in text, (debtor_id, needle)
        links = [a.get("href") for a in tree.iter("a")]
        assert "tel:+31302041860" in links
        mail = [unquote(h) for h in links if h.startswith(f"mailto:{creditor.contact.email}?subject=")]
        assert mail and all(format_rf(rf_reference(debtor_id)) in m for m in mail)
        terms = "../../voorwaarden.html" if lang == "nl" else "../../voorwaarden-en.html"
        assert terms in links
        svgs = tree.findall(f".//{SVG}svg")
        if claim.status == "paid":
            assert svgs == [] and tree.find(".//section[@id='pay']") is None
            assert ("Betaald" if lang == "nl" else "Paid") in text
            continue
        assert norm(fmt.money(claim.total_due, lang)) in text
        assert format_iban(creditor.iban) in text and format_rf(rf_reference(debtor_id)) in text
        assert svgs[0].get("role") == "img" and svgs[0].find(f"{SVG}title").text.startswith(
            "QR-code" if lang == "nl" else "QR code")


def test_a_payment_plan_is_shown_per_instalment(demo_site):
    plans = [(c, p) for c, p in statement_pages(demo_site).values() if c.status == "arrangement"]
    assert {c.plan.state for c, _ in plans} == {"on_schedule", "in_arrears"}
    for claim, path in plans:
        rows = parse(path).findall(".//section[@class='plan']//tbody/tr")
        assert [r.get("class") for r in rows] == [f"installment-{i.state}" for i in claim.plan.installments]
        states = [text_of(r.find("td/span")) for r in rows]
        words = LABELS[claim.debtor.language]
        assert states == [words[f"plan_{i.state}"] for i in claim.plan.installments]


def test_headings_landmarks_and_tables_are_accessible(demo_site):
    for claim, path in statement_pages(demo_site).values():
        tree = parse(path)
        body = tree.find("body")
        assert len(body.findall(".//h1")) == 1
        levels = [int(el.tag[1]) for el in body.iter() if el.tag in ("h1", "h2", "h3", "h4")]
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
        assert [el.tag for el in body if el.tag in ("header", "main", "footer")] == ["header", "main", "footer"]
        for table in body.iter("table"):
            assert table.find("caption") is not None
            assert all(th.get("scope") in ("col", "row") for th in table.iter("th"))
            for row in table.iter("tr"):
                if row.find("td") is not None and row.find("td").get("colspan") is None:
                    assert row.find("th") is not None  # each data row has a row header
        for section in body.iter("section"):
            assert section.get("aria-labelledby") and tree.find(f".//*[@id='{section.get('aria-labelledby')}']") is not None


def test_no_staff_only_data_and_no_other_debtor_on_any_page(demo_site):
    ledger = load_ledger(DEMO_LEDGER)
    desk = ledger.creditor.contact.name
    pages = statement_pages(demo_site)
    for debtor_id, (claim, path) in pages.items():
        html = path.read_text(encoding="utf-8")
        for other in ledger.debtors:
            if other.id != debtor_id:
                assert other.name not in html and other.id not in html, (debtor_id, other.id)
        for e in claim.debtor.events:
            for value in (e.note, e.reason, e.outcome, e.agency):
                assert not value or value not in html, (debtor_id, value)
            assert not e.by or e.by in desk or e.by not in html
        contact = claim.debtor.contact
        for value in (contact.email, contact.phone, *contact.address):
            assert not value or value not in html, (debtor_id, value)


def test_the_demo_is_marked_and_a_real_build_is_not(demo_site, tmp_path):
    for _, path in statement_pages(demo_site).values():
        assert parse(path).find(".//p[@class='demo-banner']") is not None
    site = build_site(tmp_path, ledger=HOSTILE, secret=SECRET)
    assert site.exit_code == 0
    pages = statement_pages(site, secret=SECRET, ledger_dir=HOSTILE)
    assert pages
    for _, path in pages.values():
        assert parse(path).find(".//p[@class='demo-banner']") is None


# -- escaping -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    site = build_site(tmp_path_factory.mktemp("hostile"), ledger=HOSTILE)
    assert site.exit_code == 0
    return site


def test_names_that_look_like_markup_stay_text(hostile_site):
    pages = statement_pages(hostile_site, ledger_dir=HOSTILE)
    _, path = pages["X-1"]
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bis" not in html
    assert "<i>Jansen" not in html and "De <Hoek>" not in html
    tree = parse(path)  # strict: escaped text parses cleanly
    text = text_of(tree.find("body"))
    assert '"><script>alert(1)</script>{{7*7}}' in text  # shown as written: not run, not evaluated
    assert "{% raw %}{{ 7*7 }}" in text and "49" not in text
    assert 'Bouw & Zn "De <Hoek>" B.V.' in text_of(tree.find("head/title"))
    assert [el.tag for el in tree.iter("script")] == ["script"]  # only the copy script
    assert "Interne notitie" not in html and "Joost" not in html


def test_a_page_does_not_show_the_other_debtor(hostile_site):
    pages = statement_pages(hostile_site, ledger_dir=HOSTILE)
    english = pages["X-2"][1].read_text(encoding="utf-8")
    assert "alert(1)" not in english and "F-1" not in english
    assert 'lang="en"' in english and "Your payment overview" in english
    assert fmt.money(pages["X-2"][0].total_due, "en") == "EUR\u00a02,500.00"
    assert "EUR\u00a02,500.00" in english.replace("&nbsp;", "\u00a0")


# -- messages -----------------------------------------------------------------------------------------

def test_the_message_for_the_stage_or_status_is_on_the_page(demo_site):
    import markdown

    for claim, path in statement_pages(demo_site).values():
        key = claim.status if claim.status in ("promise", "arrangement", "dispute", "paid") else claim.stage
        source = REPO / "content" / "messages" / claim.debtor.language / f"{key}.md"
        first = markdown.markdown(source.read_text(encoding="utf-8")).split("</p>")[0].removeprefix("<p>")
        section = parse(path).find(".//section[@class='message']")
        assert text_of(section.find("p")) == re.sub(r"\s+", " ", first).strip()


def test_a_missing_message_fails_the_build_naming_the_file(tmp_path, capsys):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    missing = content / "messages" / "en" / "dispute.md"
    missing.unlink()
    settings = tmp_path / "conf.py"
    settings.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from pelicanconf import *\n"
        f"PATH = {str(content)!r}\n"
        f"THEME = {str(REPO / 'theme')!r}\n", encoding="utf-8")
    site = build_site(tmp_path / "build", extra=["--settings", str(settings)])
    assert site.exit_code == 1
    assert str(missing) in capsys.readouterr().err
    assert not site.output.exists()


# -- golden pages -------------------------------------------------------------------------------------

@pytest.mark.parametrize("debtor_id", golden.DEBTORS)
def test_golden_page(demo_site, debtor_id):
    assert golden.AS_OF == AS_OF
    expected = golden.golden_file(debtor_id).read_text(encoding="utf-8")
    actual = golden.normalise(golden.page_of(demo_site.output, debtor_id).read_text(encoding="utf-8"))
    assert actual == expected, (golden.diff(expected, actual, debtor_id)
                                + "\nIf the change is intended, run `make golden`.")


def test_a_creditor_with_only_the_required_fields_still_gets_full_pages(tmp_path):
    from ledgers import MISSING, valid_creditor, valid_debtor, write_ledger

    creditor = valid_creditor(bic=MISSING, kvk=MISSING, vat_number=MISSING, payment_url=MISSING,
                              interest=MISSING, contact={"name": "Sanne Jansen"})
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor(language="en")])
    site = build_site(tmp_path / "build", ledger=root, as_of=date(2026, 3, 1))
    assert site.exit_code == 0
    (claim, path), = statement_pages(site, ledger_dir=root, as_of=date(2026, 3, 1)).values()
    tree = parse(path)
    text = text_of(tree.find("body"))
    assert norm(fmt.money(claim.total_due, "en")) in text and "Sanne Jansen" in text
    links = [a.get("href", "") for a in tree.iter("a")]
    assert [h for h in links if h.startswith("mailto:")] == []
    assert {h for h in links if h.startswith("tel:")} == {"tel:08008115", "tel:09008020"}  # debt help only
    assert tree.find(".//div[@class='pay-link']") is None
    assert "Please note: we never change our bank account number by email." in text
    assert tree.find(f".//{SVG}svg") is not None
