"""Statement pages as Pelican builds them: the demo and small fixture ledgers.

The pages are read back as HTML (html5lib, strict) and checked for what
every public page must carry, what each statement must say, and what it
must never show. Five demo pages are compared with golden HTML, and a small
ledger with one debtor per finding of the legal review is built and read back.
"""

import hashlib
import re
import shutil
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.claims.demand import asked_in_notice, plan_under_final_notice
from incasso.ledger.load import load_ledger
from incasso.ledger.model import latest
from incasso.letters.outlook import claim_as_sent
from incasso.payments.reference import format_iban, format_rf, rf_reference
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.statement.labels import LABELS
from incasso.statement.lead import answer_late
from incasso.statement.returned import returned_now
from incasso.statement.view import MESSAGE_VALUES, statement_view
from pelican.plugins.incasso.shipped import PAGE_RETURNED_TOLD, as_shipped_now
from tests import golden
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import AS_OF, DEMO_LEDGER, FIXTURES, PRIVACY_LEDGER, REPO, Site, build_site, ledger_as_built

FIXTURES = FIXTURES / "statements"
HOSTILE = FIXTURES / "hostile"
SECRET = "a-real-secret-for-tests-only-0123456789abcdef"
SVG = "{http://www.w3.org/2000/svg}"
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; base-uri 'none'; form-action 'none'"
)


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
    ledger = ledger_as_built(DEMO_LEDGER)
    return ledger, [assess(ledger, debtor, AS_OF) for debtor in ledger.debtors]


def statement_pages(site, secret=DEMO_SECRET, ledger_dir=DEMO_LEDGER, as_of=AS_OF):
    ledger = ledger_as_built(ledger_dir, as_of)
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    return {
        c.debtor.id: (c, site.output / "s" / statement_token(secret, c.debtor.id) / "index.html")
        for c in claims
        if statement_visible(c, ledger.creditor.policy)
    }


def html_files(site):
    return sorted(site.output.rglob("*.html"))


# -- where pages are --------------------------------------------------------------------------------


def test_every_open_claim_has_a_page_and_closed_ones_have_none(demo_site):
    ledger, claims = demo_claims()
    for claim in claims:
        page = demo_site.output / "s" / statement_token(DEMO_SECRET, claim.debtor.id) / "index.html"
        assert page.is_file() == statement_visible(claim, ledger.creditor.policy), claim.debtor.id
    assert len([p for p in (demo_site.output / "s").iterdir() if p.is_dir()]) == sum(
        statement_visible(c, ledger.creditor.policy) for c in claims
    )
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
        if path.name == "404.html" or path.relative_to(demo_site.output).as_posix() == "s/index.html":
            continue  # the missing page, at any depth: its stylesheet is root-absolute (owned by the 404 page)
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
                if parts.fragment:  # a link to a part of a page lands on it
                    assert parse(target).find(f".//*[@id='{parts.fragment}']") is not None, (path, url)
                checked += 1
    assert checked > 50


def test_every_page_names_the_theme_s_files_by_the_digest_of_what_was_written(demo_site):
    # A phone that kept an old style sheet asks again once the theme changed it: another file, another address.
    named = set()
    for path in html_files(demo_site):
        for el in parse(path).iter():
            url = el.get("href") if el.tag == "link" else el.get("src") if el.tag == "script" else None
            parts = urlsplit(url or "")
            if url and not parts.scheme:  # not the icon (data:)
                # The missing page's from the site's root (here the host's), every other page's from its own folder.
                target = (
                    demo_site.output / parts.path[1:] if url.startswith("/") else path.parent / parts.path
                ).resolve()
                named.add((target.relative_to(demo_site.output.resolve()).as_posix(), parts.query))
    assert {"theme/css/site.css", "theme/js/copy.js", "theme/js/back.js"} <= {file for file, _ in named}
    for file, query in named:
        assert query == f"v={hashlib.sha256((demo_site.output / file).read_bytes()).hexdigest()[:12]}", file


def test_statement_titles_are_generic(demo_site):
    pages = statement_pages(demo_site)
    ledger = load_ledger(DEMO_LEDGER)
    names = [d.name for d in ledger.debtors]
    for claim, path in pages.values():
        title = text_of(parse(path).find("head/title"))
        expected = "Uw betaaloverzicht – " if claim.debtor.language == "nl" else "Your payment overview – "
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
        for needle in (
            creditor.name,
            creditor.kvk,
            *creditor.address,
            creditor.contact.name,
            creditor.contact.phone,
            creditor.contact.hours_in(lang),
            fmt.day(AS_OF, lang),
        ):
            assert needle in text, (debtor_id, needle)
        links = [a.get("href") for a in tree.iter("a")]
        assert "tel:+31302041860" in links
        mail = [unquote(h) for h in links if h.startswith(f"mailto:{creditor.contact.email}?subject=")]
        assert mail and all(format_rf(rf_reference(debtor_id)) in m for m in mail)
        terms = "../../voorwaarden.html" if lang == "nl" else "../../voorwaarden-en.html"
        assert terms in links
        svgs = tree.findall(f".//{SVG}svg")
        if claim.status in ("paid", "settled"):
            assert svgs == [] and tree.find(".//section[@id='pay']") is None
            closed = {"paid": ("Betaald", "Paid"), "settled": ("Kwijtgescholden", "Waived")}[claim.status]
            assert closed[lang != "nl"] in text
            continue
        # A settlement asks what is left of the agreed sum; the claim's total stands in the totals, remitted once paid.
        asked = claim.accord.left if claim.status == "settlement" else claim.total_due
        assert norm(fmt.money(asked, lang)) in text
        assert format_rf(rf_reference(debtor_id)) in text  # what the creditor knows the file by
        if claim.stage == "legal":
            # The court's and bailiff's costs are not in the ledger: no QR code for an incomplete amount.
            assert svgs == [] and tree.find(".//section[@id='pay']") is None
            continue
        handover = latest(claim.events, "handover")
        payee_iban = handover.agency_iban if handover and handover.agency_iban else creditor.iban
        assert format_iban(payee_iban) in text
        assert svgs[0].get("role") == "img" and svgs[0].find(f"{SVG}title").text.startswith(
            "QR-code" if lang == "nl" else "QR code"
        )


def test_a_payment_plan_is_shown_per_instalment(demo_site):
    plans = [(c, p) for c, p in statement_pages(demo_site).values() if c.status == "arrangement"]
    assert {c.plan.state for c, _ in plans} == {"on_schedule", "in_arrears"}
    for claim, path in plans:
        rows = parse(path).findall(".//section[@class='plan']//tbody/tr")
        assert [r.get("class") for r in rows] == [f"installment-{i.state}" for i in claim.plan.installments]
        states = [text_of(r.find("td[@class='plan-state']/span")) for r in rows]
        words = LABELS[claim.debtor.language]
        # Still to come, but asked by the final notice over the plan (D-1020): said so, not "Komt nog" (s66).
        asked = asked_in_notice(claim)
        said = ["plan_asked_in_notice" if i in asked else f"plan_{i.state}" for i in claim.plan.installments]
        assert states == [words[key] for key in said]
    assert any(asked_in_notice(c) for c, _ in plans)


def test_headings_landmarks_and_tables_are_accessible(demo_site):
    for _claim, path in statement_pages(demo_site).values():
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
            assert (
                section.get("aria-labelledby")
                and tree.find(f".//*[@id='{section.get('aria-labelledby')}']") is not None
            )


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
            # The agency and the bailiff are named on purpose (whom to call and pay); these are for staff.
            for value in (e.note, e.reason, e.outcome):
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


def test_the_creditor_s_words_in_dutch_only_are_marked_dutch_on_an_english_page(hostile_site):
    """A screen reader reads "Debiteuren & incasso" and "ma-vr" in Dutch, not with English sounds."""
    pages = statement_pages(hostile_site, ledger_dir=HOSTILE)
    english = pages["X-2"][1].read_text(encoding="utf-8")
    assert '<span lang="nl">Debiteuren &amp; incasso</span>' in english
    assert '<dd lang="nl">ma-vr 9.00-17.00</dd>' in english
    dutch = pages["X-1"][1].read_text(encoding="utf-8")
    assert 'lang="nl">Debiteuren' not in dutch and '<dd lang="nl">' not in dutch
    missing = (hostile_site.output / "404.html").read_text(encoding="utf-8")
    english_part = missing[missing.index('<section lang="en">') :]
    assert '(<span lang="nl">Debiteuren &amp; incasso</span>)' in english_part
    assert '(<span lang="nl">ma-vr 9.00-17.00</span>)' in english_part


def test_an_agency_s_own_reference_is_labelled_the_description_it_goes_in(demo_site):
    """A Dutch bank app's Betalingskenmerk field takes only an RF or 16-digit reference: DOM-2026-0815 is
    typed in the description, and the page calls it that."""
    pages = statement_pages(demo_site)
    handed_over = parse(pages["D-1008"][1])
    terms = [text_of(dt) for dt in handed_over.iter("dt")]
    assert "Omschrijving" in terms and "Betalingskenmerk" not in terms
    assert "Vul dit kenmerk in bij ‘Omschrijving’" in text_of(handed_over.find(".//section[@id='pay']"))
    ours = [text_of(dt) for dt in parse(pages["D-1006"][1]).iter("dt")]
    assert "Betalingskenmerk" in ours and "Omschrijving" not in ours


# -- messages -----------------------------------------------------------------------------------------


def test_the_message_for_the_stage_or_status_is_on_the_page(demo_site):
    import markdown

    ledger, _ = demo_claims()
    for assessed, path in statement_pages(demo_site).values():
        claim = claim_as_sent(ledger, assessed)  # on the day of a reminder or dunning letter: as it states it
        statuses = ("promise", "arrangement", "dispute", "paid", "settlement", "settled")
        key = claim.status if claim.status in statuses else claim.stage
        if key == "arrangement" and plan_under_final_notice(claim):
            key = "final_notice_plan"  # D-1020: the final notice over the plan, its term running
        elif key == "arrangement" and claim.plan.state == "in_arrears":
            key = "plan_missed"  # D-1012: a missed instalment is reminded first
        if key == "final_notice" and claim.costs.state == "charged":
            key = "final_notice_passed"  # D-1007: the term has passed
        if key == "dispute" and answer_late(claim):
            key = "dispute_late"  # D-1013: past the day we meant to answer by
        if key == "dunning" and claim.promise is not None and claim.promise.state == "broken":
            key = "dunning_promise"  # D-1005: the dunning letter after a broken promise was about it
        source = (REPO / "content" / "messages" / claim.debtor.language / f"{key}.md").read_text(encoding="utf-8")
        if returned_now(claim):  # beside a payment the bank took back, as it reads then (shipped.PAGE_RETURNED_TOLD)
            source = as_shipped_now(source, PAGE_RETURNED_TOLD)
        first = markdown.markdown(source).split("</p>")[0].removeprefix("<p>")
        section = parse(path).find(".//section[@class='message']")
        pattern = re.escape(re.sub(r"\s+", " ", first).strip()).replace(re.escape("{pay_by}"), "(.+)")
        for value in ("{not_received}", "{the_invoice}", "{this_invoice}", "{a_notice}", "{the_notice}", "{agency}"):
            pattern = pattern.replace(re.escape(value), "(.+)")
        for value in ("{agreed_with}", "{agreed_amount}", "{agreed_terms}", "{remitted}"):  # D-1017, D-1018
            pattern = pattern.replace(re.escape(value), "(.*)")
        shown = text_of(section.find("p"))
        assert re.fullmatch(pattern, shown), (path, shown)
        assert "{" not in text_of(section)


def test_a_paid_or_settled_page_says_each_thing_once_and_no_empty_figure(demo_site):
    """The demo's D-1014 (paid, the interest paid too) and D-1018 (settled): the thanks and "nothing more to do" once
    each (the top and "Wat gebeurt er nu?", not the shipped message again), the rest remitted once, with its amount,
    and no EUR 0,00 beside the interest paid in full: not "nog open: EUR 0,00" nor "EUR 0,00 kwijtgescholden"."""
    pages = statement_pages(demo_site)
    paid, settled = (norm(text_of(parse(pages[d][1]).find(".//main"))) for d in ("D-1014", "D-1018"))
    for said in (paid, settled):
        assert said.count("Dank u wel") == 1 and said.count("U hoeft niets meer te doen") == 1, said[:1500]
        assert "0,00 kwijtgescholden" not in said and "nog open: EUR 0,00" not in said
        assert "Heeft u nog een vraag? Neem dan gerust contact met ons op." in said
    # Closed, the interest stopped: its total, not "tot nu toe" (so far).
    assert "Rente in totaal: EUR 0,49, helemaal betaald." in paid and "tot nu toe" not in paid
    assert "Dank u wel! U heeft het afgesproken bedrag van EUR 440,00 betaald." in settled
    assert "U hoeft niets meer te doen. De rest, EUR 660,76, hebben wij kwijtgescholden." in settled
    assert "Rente in totaal: EUR 5,76, helemaal betaald." in settled and "Rente, kwijtgescholden" not in settled
    # A settled claim's provisional rate changes nothing: not "Wijkt dat af, dan passen wij de rente aan".
    assert "Aan het afgesproken bedrag verandert dat niets." in settled and "passen wij de rente aan" not in settled


def test_a_paid_or_settled_page_does_not_say_what_a_late_payment_brings(demo_site):
    """D-1014 (paid) and D-1018 (settled) are done: "Betaalt u niet op tijd? Dan sturen wij eerst een herinnering ..."
    under the terms would read as a warning. The term and the interest's basis stay (they explain the figures), as
    the steps do on an open page (D-1003)."""
    pages = statement_pages(demo_site)
    terms = {d: norm(text_of(parse(pages[d][1]).find(".//section[@class='contact']"))) for d in pages}
    for done in ("D-1014", "D-1018"):
        assert "Betaalt u niet op tijd" not in terms[done] and "Betaaltermijn" in terms[done], terms[done]
        assert "wettelijke rente" in terms[done]
    assert "Betaalt u niet op tijd" in terms["D-1004"] or "If you do not pay on time" in terms["D-1004"]


def test_messages_give_the_date_to_pay_by_where_the_text_asks_for_it(demo_site):
    pages = statement_pages(demo_site)
    expected = {
        # reminder, its last day before the second reminder: the page built that day says so
        "D-1003": "Please pay the amount today (22 November 2026).",
        "D-1004": "Wilt u het bedrag uiterlijk 23 november 2026 betalen?",  # dunning, before the final notice
        "D-1005": "Wilt u het bedrag uiterlijk 25 november 2026 betalen?",
    }
    for debtor_id, sentence in expected.items():
        claim, path = pages[debtor_id]
        assert claim.stage in ("reminder", "dunning")
        assert sentence in text_of(parse(path).find(".//section[@class='message']")), debtor_id


def test_a_business_is_pointed_to_help_for_entrepreneurs(demo_site):
    for claim, path in statement_pages(demo_site).values():
        if claim.status in ("paid", "settled"):  # nothing to pay: no options
            continue
        options = parse(path).find(".//section[@class='options']")
        links = [a.get("href") for a in options.iter("a")]
        page = "../../hulp.html" if claim.debtor.language == "nl" else "../../hulp-en.html"
        if claim.debtor.type == "business":
            assert "https://www.kvk.nl" in links and "https://www.juridischloket.nl" not in links
            assert page + "#ondernemers" in links
        else:
            assert "https://www.juridischloket.nl" in links and "https://www.kvk.nl" not in links
            assert page in links


def build_with_own_content(tmp_path, change) -> tuple[Site, Path]:
    """A build of the demo with a copy of content/ that `change(content)` edited; returns the site and the copy."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    change(content)
    settings = tmp_path / "conf.py"
    settings.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from pelicanconf import *\n"
        f"PATH = {str(content)!r}\n"
        f"THEME = {str(REPO / 'theme')!r}\n",
        encoding="utf-8",
    )
    return build_site(tmp_path / "build", extra=["--settings", str(settings)]), content


def test_a_message_naming_an_unknown_value_fails_the_build_naming_the_file(tmp_path, capsys):
    def misspell(content):
        (content / "messages" / "nl" / "reminder.md").write_text("Wilt u {betaal_voor} betalen?\n", encoding="utf-8")

    site, content = build_with_own_content(tmp_path, misspell)
    wrong = content / "messages" / "nl" / "reminder.md"
    assert site.exit_code == 1
    assert (
        f"{wrong}: {{betaal_voor}} is not a value a page fills in (known: {{pay_by}}, {{not_received}}, {{the_invoice}}, "
        "{this_invoice}, {a_notice}, {the_notice}, {plan_notice}, {the_instalment}, {handler}, "
        "{agency}, {the_agency}, {earlier_agency}, {ask_plan}, {way_out}, {agreed_with}, {agreed_amount}, {agreed_terms}, "
        "{remitted})" in capsys.readouterr().err
    )
    assert not site.output.exists()


def test_a_missing_message_fails_the_build_naming_the_file(tmp_path, capsys):
    site, content = build_with_own_content(tmp_path, lambda c: (c / "messages" / "en" / "dispute.md").unlink())
    assert site.exit_code == 1
    assert str(content / "messages" / "en" / "dispute.md") in capsys.readouterr().err
    assert not site.output.exists()


# -- golden pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("debtor_id", golden.DEBTORS)
def test_golden_page(demo_site, debtor_id):
    assert golden.AS_OF == AS_OF
    expected = golden.golden_file(debtor_id).read_text(encoding="utf-8")
    actual = golden.normalise(golden.page_of(demo_site.output, debtor_id).read_text(encoding="utf-8"))
    assert actual == expected, (
        golden.diff(expected, actual, debtor_id) + "\nIf the change is intended, run `make golden`."
    )


def test_a_creditor_with_only_the_required_fields_still_gets_full_pages(tmp_path):
    from tests.support.ledgers import MISSING, valid_creditor, valid_debtor, write_ledger

    creditor = valid_creditor(
        bic=MISSING,
        kvk=MISSING,
        vat_number=MISSING,
        payment_url=MISSING,
        interest=MISSING,
        contact={"name": "Sanne Jansen"},
    )
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor(language="en")])
    site = build_site(tmp_path / "build", ledger=root, as_of=date(2026, 3, 1))
    assert site.exit_code == 0
    ((claim, path),) = statement_pages(site, ledger_dir=root, as_of=date(2026, 3, 1)).values()
    tree = parse(path)
    text = text_of(tree.find("body"))
    assert norm(fmt.money(claim.total_due, "en")) in text and "Sanne Jansen" in text
    links = [a.get("href", "") for a in tree.iter("a")]
    assert [h for h in links if h.startswith("mailto:")] == []
    assert {h for h in links if h.startswith("tel:")} == {"tel:08008115", "tel:09008020"}  # debt help only
    assert tree.find(".//div[@class='pay-online']") is None
    assert "Please note: we never change our bank account number by email." in text
    assert tree.find(f".//{SVG}svg") is not None


# -- the legal review, on built pages ---------------------------------------------------------------

REVIEW_AS_OF = date(2026, 3, 12)
SUNDAY = date(2026, 3, 1)


def review_ledger(tmp_path):
    """One debtor per finding of the legal review, all as of 12 March 2026 (statutory interest)."""
    from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

    def ev(on, kind, **fields):
        return {"date": on, "type": kind, **fields}

    before = [ev(date(2026, 2, 5), "reminder"), ev(date(2026, 2, 19), "dunning")]
    notice = ev(SUNDAY, "final_notice", channel="letter")
    plan = [
        {"due": date(2026, 3, 1), "amount": Decimal("625.00")},
        {"due": date(2026, 4, 1), "amount": Decimal("625.00")},
    ]
    answered = [ev(date(2026, 2, 5), "reminder"), ev(date(2026, 2, 10), "dispute", reason="Niet besteld")]
    by_phone = {"channel": "phone", "outcome": "Gebeld met de heer Smit: de factuur klopt."}
    later = invoice(number="R-J-2", date=date(2026, 2, 1), due=date(2026, 4, 2), amount=Decimal("300.00"))
    debtors = {
        "R-A": dict(events=before + [notice]),
        "R-B": dict(language="en", events=[ev(date(2026, 3, 5), "promise", promised_date=date(2026, 3, 20))]),
        "R-C": dict(events=before + [notice, ev(date(2026, 3, 5), "promise", promised_date=date(2026, 3, 31))]),
        "R-D": dict(
            events=[ev(date(2026, 2, 5), "arrangement", installments=plan)],
            payments=[payment(date=date(2026, 2, 4), amount=Decimal("1000.00"))],
        ),
        "R-G": dict(invoices=[invoice(number="R-G-1"), invoice(number="R-G-2", amount=Decimal("1.00"))]),
        "R-H": dict(
            events=[
                ev(
                    date(2026, 2, 5),
                    "arrangement",
                    installments=[{"due": date(2026, 3, 20), "amount": Decimal("1260.00")}],
                )
            ]
        ),
        "R-I": dict(events=[ev(date(2026, 3, 2), "dispute", reason="Meerwerk zonder akkoord")]),
        "R-J": dict(invoices=[invoice(number="R-J-1"), later], events=[ev(date(2026, 2, 5), "reminder")]),
        # The final notice falls due on the review's day: tonight's build writes it.
        "R-N": dict(events=[ev(date(2026, 2, 12), "reminder"), ev(date(2026, 2, 26), "dunning")]),
        "R-L": dict(
            events=[
                ev(date(2026, 2, 5), "reminder"),
                ev(date(2026, 2, 6), "promise", promised_date=date(2026, 3, 1), amount=Decimal("500.00")),
            ],
            payments=[payment(date=date(2026, 2, 20), amount=Decimal("500.00"))],
        ),
        # A dispute answered by phone (incasso writes no answer letter): while its term runs (R-K, R-KE), with the
        # dunning letter after it recorded (R-K2), and with that letter due tonight (R-K3).
        "R-K": dict(events=answered + [ev(date(2026, 3, 5), "dispute_resolved", **by_phone)]),
        "R-KE": dict(language="en", events=answered + [ev(date(2026, 3, 5), "dispute_resolved", **by_phone)]),
        "R-K2": dict(events=answered + [ev(date(2026, 2, 20), "dispute_resolved", **by_phone), ev(SUNDAY, "dunning")]),
        "R-K3": dict(language="en", events=answered + [ev(date(2026, 2, 20), "dispute_resolved", **by_phone)]),
        # The final notice's amount (1250.00 and its interest to 1 March) paid in its term: the term's interest
        # is left, and went first, so the rest stands on the invoice (art. 6:44 BW).
        "R-P": dict(events=before + [notice], payments=[payment(date=date(2026, 3, 6), amount=Decimal("1253.42"))]),
        "R-PE": dict(
            language="en",
            events=before + [notice],
            payments=[payment(date=date(2026, 3, 6), amount=Decimal("1253.42"))],
        ),
        # Whom a reminder written tonight greets, as a Dutch office stores it.
        "R-S": {"contact.salutation": "de heer Yilmaz"},
        "R-X": {"contact.address": ["Rue de la Loi 16", "1000 Bruxelles", "België"]},
        "R-Y": {"type": "business", "contact.address": ["Rue de la Loi 16", "1000 Bruxelles", "België"]},
        # The final notice posted on Sunday 1 March to Antwerp: received after the days abroad, not R-A's 4 March.
        "R-XA": {"contact.address": ["Meir 24", "2000 Antwerpen", "België"], "events": before + [notice]},
        "R-XAE": {
            "language": "en",
            "contact.address": ["Meir 24", "2000 Antwerpen", "België"],
            "events": before + [notice],
        },
    }
    # Invoice numbers are unique in a ledger: each debtor's own.
    docs = [
        valid_debtor(id=i, name=f"Klant {i}", **{"invoices": [invoice(number=f"{i}-1")], **changes})
        for i, changes in debtors.items()
    ]
    return write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=docs)


@pytest.fixture(scope="module")
def review_build(tmp_path_factory) -> tuple[Path, Site]:
    tmp = tmp_path_factory.mktemp("review")
    root = review_ledger(tmp)
    site = build_site(tmp / "build", ledger=root, as_of=REVIEW_AS_OF)
    assert site.exit_code == 0
    return root, site


@pytest.fixture(scope="module")
def review(review_build):
    root, site = review_build
    return {
        debtor_id: (claim, parse(path))
        for debtor_id, (claim, path) in statement_pages(site, ledger_dir=root, as_of=REVIEW_AS_OF).items()
    }


def section(tree, name: str) -> str:
    return text_of(tree.find(f".//section[@class='{name}']"))


def test_review_a_and_e_the_final_notice_term_counts_from_the_assumed_day_of_receipt(review):
    claim, tree = review["R-A"]
    assert claim.costs.from_date == date(2026, 3, 19)
    said = "Heeft u de brief op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 18 maart 2026."
    assert said in section(tree, "next")
    assert "vanaf 19 maart 2026 incassokosten" in section(tree, "next")
    costs = section(tree, "details")
    assert (
        "Heeft u onze laatste brief (sommatie) van 1 maart 2026 op 4 maart 2026 ontvangen? "
        "Dan is uw laatste betaaldag 18 maart 2026."
    ) in costs
    assert "Heeft u niet uiterlijk" not in costs
    assert "kunnen de kosten lager worden" in costs and "worden de kosten lager" not in costs.replace(
        "kunnen de kosten lager worden", ""
    )
    assert text_of(tree.find(".//p[@class='deadline']")) == "Betaal uiterlijk 18 maart 2026"


def test_review_b_a_promise_of_the_whole_amount(review):
    claim, tree = review["R-B"]
    summary = section(tree, "summary")
    assert (
        norm(
            f"You promised to pay the whole amount by 20 March 2026. Today that is "
            f"{fmt.money(claim.total_due, 'en')}; interest runs until the day you pay."
        )
        in summary
    )
    assert amount_copied(tree, "Amount") == f"{claim.total_due:.2f}"  # the balance, as the QR code asks


def test_review_b_and_c_say_which_amount_keeps_a_promise_and_why_the_top_is_higher(review):
    """The top asked today's balance, "what happens next" a lower sum "on the day of your promise": the page says
    that the lower sum keeps the promise, that the top is higher by the interest since, and that the top is asked;
    then what follows if the promise is not kept, naming the promise's amount, not repeating it."""
    for debtor_id, said, missed in (
        (
            "R-B",
            "If we receive at least {keeps} by 20 March 2026, you have kept your promise. That was the amount on "
            "the day you made it, 5 March 2026. We ask you to pay the amount at the top, {top}. That is {more} more: "
            "the interest since that day. If you pay only the amount you promised, that interest is still open "
            "afterwards.",
            "We need to receive the amount you promised in time. If we do not, we will send you a payment reminder. "
            "If you cannot pay in time, please let us know before 20 March 2026.",
        ),
        (
            "R-C",
            "Ontvangen wij uiterlijk 31 maart 2026 ten minste {keeps}? Dan houdt u zich aan uw toezegging. Dat was het "
            "bedrag op de dag dat u die deed, 5 maart 2026. Het bedrag bovenaan, {top}, vragen wij u te betalen. Dat "
            "is {more} meer: de rente sinds die dag. Betaalt u alleen het bedrag van uw toezegging? Dan staat die "
            "rente daarna nog open.",
            "Ontvangen wij het bedrag van uw toezegging niet op tijd? Dan gaan wij verder met de incasso: wij kunnen "
            "uw dossier overdragen aan een incassobureau. Lukt het niet op tijd? Laat het ons dan vóór 31 maart 2026 "
            "weten.",
        ),
    ):
        claim, tree = review[debtor_id]
        lang = claim.debtor.language
        keeps, top = claim.promise.amount, claim.total_due
        assert 0 < top - keeps < 1  # a week of interest on 1250.00
        money = {"keeps": fmt.money(keeps, lang), "top": fmt.money(top, lang), "more": fmt.money(top - keeps, lang)}
        steps = section(tree, "next")
        assert norm(said.format(**money)) in steps
        assert norm(missed) in steps
        # Each fact once: the sum that keeps the promise, and what it is, are said in one place.
        assert steps.count(norm(money["keeps"])) == 1
        assert steps.count("5 March 2026" if lang == "en" else "5 maart 2026") == 1
        assert text_of(tree.find(".//span[@class='amount']")) == norm(fmt.money(top, lang))


def amount_copied(tree, label: str) -> str:
    """The amount the page gives to copy into a banking app (the QR code asks the same, see the view tests)."""
    return tree.find(f".//section[@id='pay']//span[@data-copy-name='{label}']").get("data-copy")


def test_review_c_a_promise_past_the_term_keeps_the_term_and_the_cost_warning(review):
    claim, tree = review["R-C"]
    assert claim.status == "promise"
    assert text_of(tree.find(".//p[@class='deadline']")) == "Betaal uiterlijk 18 maart 2026"
    steps = section(tree, "next")
    assert "Ontvangen wij uiterlijk 31 maart 2026 ten minste" in steps  # a promise of the whole amount
    assert (
        "Ontvangen wij het bedrag van uw toezegging niet op tijd? Dan gaan wij verder met de incasso: wij kunnen"
        in steps
    )
    assert norm(f"Dan rekenen wij vanaf 19 maart 2026 incassokosten van {fmt.money(claim.costs.amount)}.") in steps


def test_review_d_a_plan_in_arrears_asks_no_more_than_the_balance(review):
    claim, tree = review["R-D"]
    assert claim.plan.arrears > claim.total_due
    assert norm(f"er staat {fmt.money(claim.total_due)} open.") in section(tree, "next")
    assert text_of(tree.find(".//span[@class='amount']")) == norm(fmt.money(claim.total_due))


def test_review_g_interest_periods_worth_nothing_are_hidden(review):
    claim, tree = review["R-G"]
    assert any(line.amount == 0 for b in claim.settlement.invoices for line in b.interest_lines)
    rows = tree.findall(".//table[@class='interest stack']/tbody/tr")
    assert [text_of(r.find("th/span")) for r in rows] == ["R-G-1"]


def test_review_h_and_k_a_running_plan_offers_a_change_and_says_interest_runs(review):
    claim, tree = review["R-H"]
    options = tree.find(".//section[@class='options']")
    assert "Uw betalingsregeling aanpassen" in text_of(options)
    assert "Niet alles in één keer betalen" not in text_of(options)
    links = [unquote(a.get("href")) for a in options.iter("a") if a.get("href", "").startswith("mailto:")]
    assert any("?subject=Regeling aanpassen, betalingskenmerk " in link for link in links)
    assert "loopt de rente door zolang u de regeling betaalt" in section(tree, "next")


def test_review_i_a_dispute_leads_with_the_dispute_and_the_answer_date_and_says_interest_runs(review):
    # Issue 11 reverses the earlier choice: the debtor is told by when staff answer (the core's review date,
    # dispute_max_days after the dispute), before the amount, and the page says interest still runs.
    claim, tree = review["R-I"]
    summary = section(tree, "summary")
    dispute = summary.index("U bent het niet eens met de factuur")
    answer = summary.index(f"U krijgt uiterlijk {fmt.day(claim.next_action.due)} antwoord van ons.")
    assert claim.next_action.kind == "review_dispute"
    assert dispute < answer < summary.index("Openstaand bedrag")
    assert "De rente loopt in die tijd door." in section(tree, "next")


def test_review_i_a_dispute_s_transfer_holds_no_amount_and_the_page_says_to_fill_it_in(review):
    _, tree = review["R-I"]
    pay = section(tree, "pay")
    assert "Bedraghet deel waarmee u het eens bent (vult u zelf in)" in pay  # (dt and dd, no space between)
    assert "Het betalingskenmerk staat er al in; het bedrag vult u zelf in." in pay
    assert "Maak dat deel over met uw bank-app." in pay and "Maak het bedrag over" not in pay
    assert "Het bedrag en het betalingskenmerk staan er al in" not in pay
    # Nothing to copy for the amount: a copy button would copy the whole disputed sum.
    copied = [el.get("data-copy-name") for el in tree.iter("span") if el.get("class") == "copy-value"]
    assert "Bedrag" not in copied and "IBAN" in copied


def test_review_j_invoices_not_yet_due_are_apart_and_not_demanded(review):
    claim, tree = review["R-J"]
    assert claim.amount_due_now < claim.total_due
    assert text_of(tree.find(".//span[@class='amount']")) == norm(fmt.money(claim.amount_due_now))
    said = f"Apart te betalen: {fmt.money(Decimal('300'))}, uiterlijk op de vervaldatum van de factuur, 2 april 2026."
    assert norm(said) in section(tree, "summary")
    assert amount_copied(tree, "Bedrag") == f"{claim.amount_due_now:.2f}".replace(".", ",")
    # The dunning letter due that day is written: the page says what it says, its date and the step after it.
    assert norm(
        f"Hebben wij uw betaling van {fmt.money(claim.amount_due_now)} niet uiterlijk 25 maart 2026 ontvangen? "
        "Dan sturen wij u een laatste brief (sommatie)."
    ) in section(tree, "next")


def test_review_l_a_kept_promise_of_part_thanks_first_and_goes_on_to_the_dunning_letter(review):
    claim, tree = review["R-L"]
    # The reminder's term ran out before the promised day: one letter asks the rest first, tonight.
    assert claim.status == "active" and claim.promise.state == "kept" and claim.next_action.kind == "reminder"
    assert norm(
        "Dank u wel: u heeft betaald wat u ons had toegezegd, EUR 500,00 uiterlijk 1 maart 2026. Er staat nog "
        f"{fmt.money(claim.total_due)} open."
    ) in section(tree, "summary")
    assert "Dat was een deel van het bedrag: de rest staat nog open." in section(tree, "message")
    # Tonight's letter for the rest gives until 25 March; after it comes the dunning letter, not a second reminder.
    assert "uiterlijk 25 maart 2026 ontvangen? Dan sturen wij u een aanmaning." in section(tree, "next")


def test_review_n_on_the_day_the_final_notice_is_written_the_message_does_not_announce_it_as_a_threat(review):
    """The dunning message left "if we do not hear from you, we send a final notice" beside "we are sending
    you a final notice now": it points to what happens next instead, which says the one true thing."""
    claim, tree = review["R-N"]
    assert (claim.stage, claim.next_action.kind, claim.next_action.due) == ("dunning", "final_notice", REVIEW_AS_OF)
    assert section(tree, "next").startswith("Wat gebeurt er nu? Wij sturen u nu een laatste brief (sommatie).")
    message = section(tree, "message")
    assert "Hieronder leest u wat er gebeurt als u niet betaalt, en wat dat kost." in message
    assert "laatste brief" not in message


def test_review_k_an_answer_given_by_phone_is_not_said_to_have_been_sent(review, review_build):
    """incasso writes no answer letter, and `dispute_resolved` may record a call: the page and the letter say
    that we answered the objection, whatever the channel, and how to hear the answer again."""
    for debtor_id, key in (("R-K", "dispute_answered"), ("R-KE", "dispute_answered"), ("R-K2", "dunning_answered")):
        claim, tree = review[debtor_id]
        assert statement_view(claim, ledger_as_built(review_build[0], REVIEW_AS_OF)).message_key == key
        message = section(tree, "message")
        if claim.debtor.language == "nl":
            assert "Wij hebben uw bezwaar beantwoord" in message, message
            assert "Wilt u ons antwoord nog eens horen of lezen? Neem dan contact met ons op." in message
        else:
            assert "We have answered your dispute" in message, message
            assert "Would you like to hear or read our answer again? Please contact us." in message
    letter = flat(" ".join(pdf_text((review_build[1].internal / "letters" / "R-K3-dunning.pdf").read_bytes())))
    assert "We have answered your dispute" in letter
    for page in review_build[1].output.rglob("*.html"):
        assert not re.search(r"antwoord gestuurd|sent you our answer", page.read_text(encoding="utf-8")), page
    assert not re.search(r"antwoord gestuurd|sent you our answer", letter)


def test_every_debtor_text_says_the_answer_was_given_not_sent():
    """The shipped texts a site copies, and the letters' and the page's own words: none says an answer was sent."""
    from incasso.letters.words import WORDS

    texts = [p.read_text(encoding="utf-8") for p in (REPO / "content").glob("*/*/*.md")]
    texts += [str(v) for lang in LABELS.values() for v in lang.values()]
    texts += [str(v) for lang in WORDS.values() for v in lang.values()]
    said = [t for t in texts if re.search(r"antwoord gestuurd|sent you our answer|sent you our answer", t)]
    assert said == []


def test_review_p_the_rest_after_a_paid_final_notice_is_explained_where_the_table_shows_it(review):
    """The message said the rest was the term's interest while the table shows it open on the invoice and the
    interest at 0,00: the payment went to the interest first, then to the invoice (art. 6:44 BW)."""
    for debtor_id, said in (
        (
            "R-P",
            ("eerst naar de rente en daarna naar de factuur", "Daarom staat het bedrag hieronder open bij de factuur"),
        ),
        (
            "R-PE",
            ("first to the interest, then to the invoice", "That is why the amount below is open on the invoice"),
        ),
    ):
        claim, tree = review[debtor_id]
        assert claim.settlement.interest_open == 0 and claim.settlement.principal_open == claim.total_due > 0
        message = section(tree, "message")
        assert all(words in message for words in said), message


def test_review_s_a_dutch_office_s_salutation_greets_without_its_article(review_build):
    """ "de heer Yilmaz" as stored: "Geachte heer Yilmaz,", never "Geachte de heer"."""
    letters = review_build[1].internal / "letters"
    letter = flat(" ".join(pdf_text((letters / "R-S-reminder.pdf").read_bytes())))
    mail = read_eml(letters / "R-S-reminder.eml")
    plain = mail.get_body(preferencelist=("plain",)).get_content()
    assert "Geachte heer Yilmaz," in letter and "Geachte heer Yilmaz," in plain
    html_part = mail.get_body(preferencelist=("html",)).get_content()
    assert "<p>Geachte heer Yilmaz,</p>" in html_part
    for path in letters.glob("*.pdf"):
        assert "Geachte de heer" not in flat(" ".join(pdf_text(path.read_bytes()))), path
    for path in letters.glob("*.eml"):
        parts = [part.get_content() for part in read_eml(path).walk() if part.get_content_maintype() == "text"]
        assert parts and not [part for part in parts if "Geachte de heer" in part], path


def test_the_demo_pages_count_the_term_from_the_day_of_receipt(demo_site):
    pages = statement_pages(demo_site)
    body = text_of(parse(pages["D-1006"][1]).find("body"))
    assert "Heeft u de brief op 18 november 2026 ontvangen? Dan is uw laatste betaaldag 2 december 2026." in body
    assert (
        "op 18 november 2026 ontvangen? Dan is uw laatste betaaldag 2 december 2026. Heeft u dan niet "
        f"{norm(fmt.money(Decimal('1350.52')))} betaald? Dan rekenen wij vanaf 3 december 2026" in body
    )
    assert "17 november" not in body
    promise = text_of(parse(pages["D-1010"][1]).find("body"))
    assert "You promised to pay the whole amount by 28 November 2026." in promise


@pytest.mark.parametrize(
    "page, needles",
    [
        (
            "voorwaarden.html",
            [
                "eerst naar de facturen waarvan de uiterste betaaldatum al voorbij is. Van die facturen gaat de "
                "betaling eerst naar de oudste (artikel 6:43 lid 2 Burgerlijk Wetboek)",
                "fatale termijn (artikel 6:83 onder a Burgerlijk Wetboek)",
            ],
        ),
        (
            "voorwaarden-en.html",
            [
                "first to the invoices whose due date has already passed. Among those, it goes to the oldest "
                "first (article 6:43(2) of the Dutch Civil Code)",
                "fatale termijn, article 6:83(a) of the Dutch Civil Code",
            ],
        ),
    ],
)
def test_review_m_the_terms_allocate_as_the_law_does_and_name_the_fatal_term(demo_site, page, needles):
    text = text_of(parse(demo_site.output / page).find("body"))
    for needle in needles:
        assert needle in text
    assert "gaat de betaling naar de oudste factuur die nog openstaat" not in text
    assert "it goes to the oldest invoice that is still open" not in text


@pytest.mark.parametrize(
    ("page", "lang", "needle"),
    [
        ("hulp.html", "nl", "Bellen kost EUR 0,25 per minuut"),
        ("hulp-en.html", "en", "A call costs EUR 0.25 a minute"),
        ("voorwaarden.html", "nl", "minimaal EUR 40 en hoogstens EUR 6.775"),
        ("voorwaarden-en.html", "en", "at least EUR 40 and at most EUR 6,775"),
    ],
)
def test_the_help_and_terms_pages_write_amounts_as_the_statements_do_and_offer_the_way_back(
    demo_site, page, lang, needle
):
    """'EUR 0,25' as on the statement pages, not '€ 0,25', kept on one line (phone review, finding 13); and a
    way back to the statement page that linked here, which these pages cannot link to: a button that
    back.js shows only when there is a page to go back to, hidden without it."""
    html = (demo_site.output / page).read_text(encoding="utf-8")
    body = parse(demo_site.output / page).find("body")
    assert "€" not in html
    assert needle in text_of(body)
    assert re.search(r"EUR [0-9]", html) is None  # no plain space: each EUR keeps its figure on its line
    back = body.find(".//p[@class='back']")
    assert back is not None and back.get("hidden") is not None
    button = back.find("button")
    assert button.get("type") == "button" and button.get("data-back") is not None
    assert text_of(button) == LABELS[lang]["back_to_overview"]
    assert back.find(".//a") is None  # no link: these pages name no debtor
    digest = hashlib.sha256((demo_site.output / "theme/js/back.js").read_bytes()).hexdigest()[:12]
    assert [e.get("src") for e in body.iter("script")] == [f"./theme/js/back.js?v={digest}"]


@pytest.mark.parametrize(
    ("paid", "reason"),
    [
        # Before the reminder of 9 November: the part paid was known to that letter, its reason is the rest.
        ("2026-11-08", "because we have not yet received the whole amount"),
        # After it: the letter knew of no payment; the part paid since is no reason of it (s66, D-1004's case).
        ("2026-11-15", "because we have not received the amount in time"),
    ],
)
def test_a_reminder_after_a_part_payment_does_not_say_nothing_came_in(tmp_path, paid: str, reason: str):
    """D-1003 (a reminder sent on 9 November, English) pays 50.00 of its 189.00: the message never says nothing came
    in, and gives as the reminder's reason what was true on the reminder's day."""
    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "D-1003.yaml"
    text = dossier.read_text(encoding="utf-8").replace(
        "events:\n", f"payments:\n  - {{date: {paid}, amount: 50.00}}\nevents:\n", 1
    )
    dossier.write_text(text, encoding="utf-8")
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    tree = parse(site.output / "s" / statement_token(DEMO_SECRET, "D-1003") / "index.html")
    message = text_of(tree.find(".//section[@class='message']"))
    assert reason in message, message
    assert "not yet received your payment" not in message


def test_the_404_page_gives_the_desk_in_each_language_with_its_own_hours(demo_site):
    page = (demo_site.output / "404.html").read_text(encoding="utf-8")
    assert "(ma-vr 8.30-16.30)" in page  # the Dutch part
    english = page.split('<section lang="en">', 1)[1]
    assert "(Mon-Fri 8.30am-4.30pm)." in english and "ma-vr" not in english
    # Someone with an old link, on a phone: the number and the address are tapped, not copied by hand.
    for part in page.split('<section lang="en">', 1):
        assert 'href="tel:+31' in part and 'href="mailto:' in part
    # As fully as the Dutch part, in the words the letters use; the tab says what the page is.
    assert "(Accounts receivable), phone " in english and "A payment overview is removed" in english
    assert "<title>Pagina niet gevonden – Page not found</title>" in page


def test_the_front_page_gives_the_desk_in_english_as_fully_as_in_dutch(demo_site):
    page = (demo_site.output / "index.html").read_text(encoding="utf-8")
    dutch, english = page.split('<section lang="en">', 1)
    for part, hours in ((dutch, "(ma-vr 8.30-16.30)"), (english, "(Mon-Fri 8.30am-4.30pm)")):
        assert hours in part and 'href="tel:+31' in part and 'href="mailto:' in part
    assert "ma-vr" not in english and "e-mail" not in english


def test_an_english_page_marks_its_dutch_words_as_dutch_and_a_dutch_page_marks_none(demo_site):
    # A screen reader says "Betalingskenmerk" and "wettelijke rente" in Dutch only when marked (WCAG 3.1.2).
    pages = {debtor_id: path.read_text(encoding="utf-8") for debtor_id, (_, path) in statement_pages(demo_site).items()}
    english = pages["D-1003"]
    assert 'lang="en"' in english
    for word in ("Betalingskenmerk", "wettelijke rente", "gemeente"):
        assert f'<span lang="nl">{word}</span>' in english, word
    assert english.count("Betalingskenmerk") == english.count('<span lang="nl">Betalingskenmerk</span>')
    assert '<i lang="nl">aanmaning</i>' not in english  # D-1003 has a reminder, not a dunning letter
    assert '<span lang="nl">' not in pages["D-1006"]  # a Dutch page is Dutch throughout


@pytest.mark.parametrize("key", ["final_notice", "final_notice_plain", "final_notice_passed"])
def test_the_english_final_notice_messages_give_its_dutch_name_for_an_adviser_to_know_it_by(key):
    # Debt help works in Dutch; the dunning letter's message glosses "aanmaning" the same way.
    text = (REPO / "content" / "messages" / "en" / f"{key}.md").read_text(encoding="utf-8")
    assert text.startswith('We have sent you {a_notice} (in Dutch: <i lang="nl">sommatie</i>)')


def test_an_invoice_s_dates_and_a_payment_s_shares_are_read_with_their_own_row(demo_site):
    # The full-width line under a row is announced under its invoice or payment, not a column alone.
    for _, path in statement_pages(demo_site).values():
        tree = parse(path)
        ids = {el.get("id") for el in tree.iter() if el.get("id")}
        rows = [tr for tr in tree.iter("tr") if tr.get("class") in ("invoice-info", "payment-info")]
        infos = [td for tr in rows for td in tr.iter("td")]
        assert infos and all(td.get("headers") in ids for td in infos), path
        heads = {td.get("headers") for td in infos}
        assert len(heads) == len(infos)  # each its own row


def test_an_optional_message_a_site_lacks_falls_back_to_the_one_it_showed_before(tmp_path):
    from incasso.statement.view import statement_view
    from pelican.plugins.incasso.statements import Messages
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    # A newer invoice climbs its own steps after a final notice whose costs were charged.
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
    ledger = one_debtor_ledger(
        tmp_path / "l", invoices=[invoice(), newer], events=[event(date(2026, 3, 3), "final_notice")]
    )
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 4, 20)), ledger)
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    assert "bijgekomen" in Messages(messages).for_page(view)
    for lang in ("nl", "en"):
        (messages / lang / "newer_invoice.md").unlink()  # a site whose texts were copied before it
    older = Messages(messages)
    assert "De termijn daarvan is voorbij" in older.for_page(view)  # final_notice_passed: what it showed before


class _Noting(Mapping):
    """A page's message values that note each name read."""

    def __init__(self, values, read: list[str]) -> None:
        self.values, self.read = values, read

    def __getitem__(self, name):
        self.read.append(name)
        return self.values[name]

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)


def test_a_page_s_message_reads_only_the_values_it_names():
    """Each value a message names is filled in; no other is read, so none other is worked out or escaped
    (statement.view.MessageValues): a message names none to four of the eighteen."""
    from pelican.plugins.incasso.statements import Messages

    ledger, claims = demo_claims()
    messages = Messages(REPO / "content" / "messages")
    counts = set()
    for claim in claims:
        if not statement_visible(claim, ledger.creditor.policy):
            continue
        view = statement_view(claim, ledger)
        read: list[str] = []
        view.message_values = _Noting(view.message_values, read)
        html = messages.for_page(view)
        source = messages.html[(view.lang, view.message_key)]
        assert read == [name for name in MESSAGE_VALUES if f"{{{name}}}" in source], claim.debtor.id
        assert not re.search(r"\{\w+\}", html), claim.debtor.id
        counts.add(len(read))
    assert 0 in counts and max(counts) >= 3  # pages that name none, and pages that name several


def test_the_front_page_dials_the_desk_as_the_statement_pages_do(tmp_path):
    """The one page for a debtor without a personal link: its phone link is tel_link's, not the number
    with its spaces taken out ("+31 (0)30 ..." dialled as +31(0)30, which no phone dials)."""
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    creditor = ledger / "creditor.yaml"
    text = creditor.read_text(encoding="utf-8")
    phone = re.search(r'phone: "([^"]+)"', text).group(1)
    creditor.write_text(text.replace(phone, "+31 (0)30 204 18 60", 1), encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger)
    front = (site.output / "index.html").read_text(encoding="utf-8")
    assert 'href="tel:+31302041860"' in front


def test_review_x_a_debtor_abroad_is_pointed_to_help_where_they_live_on_the_help_page_s_part_for_them(
    review, review_build
):
    _claim, tree = review["R-X"]
    options = tree.find(".//section[@class='options']")
    links = {a.get("href"): a.get("hreflang") for a in options.iter("a")}
    ecc = next(url for url in links if url.startswith("https://commission.europa.eu/"))
    assert links[ecc] == "en" and links["https://www.juridischloket.nl"] == "nl"
    assert "../../hulp.html#buitenland" in links
    assert not [url for url in links if url.startswith("tel:0")]  # a Dutch 0800/0900 line, not callable abroad
    help_page = parse(review_build[1].output / "hulp.html")
    assert help_page.find(".//*[@id='buitenland']") is not None
    _claim, at_home = review["R-A"]
    assert "tel:08008115" in [a.get("href") for a in at_home.find(".//section[@class='options']").iter("a")]


def test_review_y_a_business_abroad_is_told_to_ask_where_it_is_established_without_an_empty_list(review):
    _claim, tree = review["R-Y"]
    options = tree.find(".//section[@class='options']")
    assert "in het land van uw bedrijf" in text_of(options)
    assert options.find(".//ul[@class='help-list']") is None
    assert "../../hulp.html#buitenland" in [a.get("href") for a in options.iter("a")]


@pytest.mark.parametrize(
    "debtor_id, term, costs",
    [
        (
            "R-XA",
            "Heeft u de brief op 14 maart 2026 ontvangen? Dan is uw laatste betaaldag 30 maart 2026.",
            "vanaf 31 maart 2026 incassokosten",
        ),
        (
            "R-XAE",
            "If you received the letter on 14 March 2026, your last day to pay is 30 March 2026.",
            "from 31 March 2026",
        ),
    ],
)
def test_review_xa_a_final_notice_posted_abroad_counts_its_term_from_the_later_day_abroad(
    review, debtor_id, term, costs
):
    # Posted Sunday 1 March 2026 to Antwerp: 10 PostNL delivery days (3 to 7 and 10 to 14 March), not the
    # 2 within the Netherlands (R-A: 4 March); 14 days to Saturday 28 March, on to Monday 30 March (Atw).
    claim, tree = review[debtor_id]
    assert claim.costs.from_date == date(2026, 3, 31)
    said = section(tree, "next")
    assert term in said
    assert costs in said
    assert not re.search(r"\b4 (maart|March) 2026", said)  # R-A's day within the Netherlands


def test_the_legal_page_gives_whom_to_call_before_what_the_court_may_add(demo_site):
    # On a phone the bailiff's number sat two screens down, below the costs and the papers' dates.
    page = (demo_site.output / "s" / statement_token(DEMO_SECRET, "D-1009") / "index.html").read_text(encoding="utf-8")
    box = page[page.index('<div class="lead-box lead-legal">') : page.index('<div class="amount-box">')]
    assert box.index('<dl class="contact-data lead-contact">') < box.index("kosten van de rechter")
    assert box.index("kosten van de rechter") < box.index("dagvaarding")


def test_a_payment_s_shares_keep_their_separator_so_a_line_never_starts_with_it(demo_site):
    # A share kept whole on a phone (inline-block) left its "; " outside: at large text ";" stood alone on a line.
    shares = []
    for _, path in statement_pages(demo_site).values():
        for cell in parse(path).iter("td"):
            found = [s for s in cell.iter("span") if s.get("class") == "share"]
            shares += found
            assert all(text_of(s).endswith(";") for s in found[:-1]) and not any(
                (s.tail or "").strip() for s in found
            ), text_of(cell)
    assert len(shares) > 10


# -- a final notice written tonight, posted later -----------------------------------------------------

NOTICE_ON_ITS_WAY = {
    "L-FINAL": "Wij sturen u nu een laatste brief (sommatie). Daarin krijgt u veertien dagen om te betalen, vanaf de "
    "dag nadat u de brief heeft ontvangen. In de brief staat uw laatste betaaldag.",
    "L-FINAL-EN": "We are now sending you a final notice. It gives you fourteen days to pay, from the day after you "
    "receive it. The letter states your last day to pay.",
}

# What a page may say only once staff recorded the notice: a day it was sent, or that it was sent.
NOT_SENT_YET = (
    "(sommatie) van 2",
    "final notice of 2",
    "laatste brief gestuurd",
    "laatste e-mail gestuurd",
    "sent you a final notice",
)


def _letters_fixture_pages(root: Path, ledger: Path, as_of: date) -> dict:
    from tests.support.letters import PUBLIC_URL
    from tests.support.site import LINKS_SECRET

    site = build_site(root, ledger=ledger, as_of=as_of, extra=["--public-url", PUBLIC_URL], secret=LINKS_SECRET)
    assert site.exit_code == 0
    pages = statement_pages(site, secret=LINKS_SECRET, ledger_dir=ledger, as_of=as_of)
    return {debtor_id: parse(pages[debtor_id][1]) for debtor_id in NOTICE_ON_ITS_WAY}


def test_a_final_notice_written_tonight_is_on_its_way_until_staff_record_the_day_it_went(tmp_path):
    """The build writes the notice on the night it falls due (Tuesday 24 November), staff post it later. Until
    they record it, the page (both languages) says it is on its way and that its term counts from its receipt:
    no date it was sent, no last day counted from the build's. Recorded as posted on Thursday 26 November (its
    `written` the letter's date), the term counts from that day: received Saturday 28, last day Monday
    14 December (Atw), never from the 24th."""
    ledger = tmp_path / "ledger"
    shutil.copytree(FIXTURES.parent / "letters" / "ledger", ledger)
    for night in (date(2026, 11, 24), date(2026, 11, 25)):
        for debtor_id, tree in _letters_fixture_pages(tmp_path / str(night), ledger, night).items():
            page = text_of(tree)
            assert section(tree, "next").split("? ", 1)[1].startswith(NOTICE_ON_ITS_WAY[debtor_id]), night
            for untrue in NOT_SENT_YET:
                assert untrue not in page, (night, debtor_id, untrue)
            assert "laatste betaaldag 10 december" not in page and "last day to pay is 10 December" not in page
    posted = ledger / "debtors" / "L-FINAL.yaml"
    posted.write_text(
        posted.read_text(encoding="utf-8")
        + "  - date: 2026-11-26\n    type: final_notice\n    channel: letter\n    written: 2026-11-24\n"
        + "    costs: 201.84\n",
        encoding="utf-8",
    )
    tree = _letters_fixture_pages(tmp_path / "recorded", ledger, date(2026, 11, 27))["L-FINAL"]
    assert (
        "Onze laatste brief (sommatie) van 24 november 2026 geeft u veertien dagen om te betalen: “binnen veertien "
        "dagen na de dag waarop u deze brief heeft ontvangen”. Heeft u de brief op 28 november 2026 ontvangen? "
        "Dan is uw laatste betaaldag 14 december 2026."
    ) in section(tree, "next")
    assert "vanaf 15 december 2026 incassokosten van EUR 201,84" in section(tree, "next").replace("\xa0", " ")


def test_a_plan_of_one_kept_on_a_site_without_its_message_shows_the_one_before_it_and_that_one_s(tmp_path):
    """`plan_kept_single` (a plan of one, kept) falls back to `plan_kept`, and on a site copied before that one too,
    to `remainder`: not a missing text."""
    from incasso.statement.view import statement_view
    from pelican.plugins.incasso.statements import Messages
    from tests.support.ledgers import event, one_debtor_ledger, payment

    plan = event(date(2026, 3, 10), "arrangement", installments=[{"due": date(2026, 3, 20), "amount": 1000}])
    events = [event(date(2026, 2, 10), "reminder"), event(date(2026, 2, 24), "dunning"), plan]
    paid = [payment(date=date(2026, 3, 18), amount="1000.00")]
    ledger = one_debtor_ledger(tmp_path / "l", events=events, payments=paid)
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 24)), ledger)
    assert (view.message_key, view.message_fallbacks) == ("plan_kept_single", ("plan_kept", "remainder"))
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    assert "de termijn van uw betalingsregeling" in Messages(messages).for_page(view)
    shown = {}
    for name in ("plan_kept_single", "plan_kept"):
        for lang in ("nl", "en"):
            (messages / lang / f"{name}.md").unlink()  # a site whose texts were copied before them
        shown[name] = Messages(messages).for_page(view)
    assert "alle termijnen van uw betalingsregeling" in shown["plan_kept_single"]  # plan_kept's
    assert shown["plan_kept"] == Messages(REPO / "content" / "messages").html[("nl", "remainder")]


INVITES = {
    "nl": "Werkt u al met een schuldhulpverlener of bewindvoerder? Laat het ons weten. Dan overleggen wij met hem of haar.",
    "en": "Already working with a debt counsellor or an administrator (bewindvoerder)? Let us know, and we will "
    "discuss this bill with them.",
}


def test_a_household_without_a_representative_is_asked_whether_it_has_help(demo_site):
    seen = set()
    for claim, path in statement_pages(demo_site).values():
        if claim.status in ("paid", "settled"):  # nothing to pay: no options
            continue
        options = text_of(parse(path).find(".//section[@class='options']"))
        invited = claim.debtor.type == "consumer" and not claim.debtor.contact.is_abroad
        invited = invited and claim.debtor.representative is None
        assert (INVITES[claim.debtor.language] in options) == invited, claim.debtor.id
        seen.add(invited)
    assert seen == {True, False}


def test_a_site_without_the_invitation_text_shows_the_help_box_as_before(tmp_path):
    def remove(content):
        for lang in ("nl", "en"):
            (content / "messages" / lang / "help_invite.md").unlink()

    site, _ = build_with_own_content(tmp_path, remove)
    assert site.exit_code == 0
    for _, path in statement_pages(site).values():
        assert "schuldhulpverlener of bewindvoerder?" not in path.read_text(encoding="utf-8")
