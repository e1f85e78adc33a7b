"""The interest table's percentages with their basis, on the pages Pelican builds: right under the table, who sets
them and where to check them (rijksoverheid.nl, named as text), per kind of interest, in Dutch and English. A
consumer's statutory rate is set by the government; a business's commercial rate is the ECB's plus 8 points."""

from __future__ import annotations

import html
from datetime import date

import html5lib
import pytest

from incasso.law.rates import Rate, RateKind, carried_on, rates_known_until, shipped_rates
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.staff.formats import short_day
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF, build_site

# One debtor per kind of interest and language, each owing since 2025: confirmed rates and provisional ones.
DEBTORS = {
    "R-CONSUMER-NL": ("consumer", "nl"),
    "R-CONSUMER-EN": ("consumer", "en"),
    "R-BUSINESS-NL": ("business", "nl"),
    "R-BUSINESS-EN": ("business", "en"),
}
# Who sets the percentage, and where to check it, as each page must say it.
SAID = {
    ("consumer", "nl"): ("De overheid stelt het percentage vast", "zoek op ‘wettelijke rente’"),
    ("consumer", "en"): ("The government sets the rate", "search for ‘wettelijke rente’"),
    ("business", "nl"): ("herfinancieringsrente van de Europese Centrale Bank", "zoek op ‘wettelijke rente’"),
    ("business", "en"): ("main refinancing rate", "search for ‘wettelijke rente’"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rates")
    debtors = [
        valid_debtor(
            id=debtor_id,
            type=kind,
            language=lang,
            invoices=[invoice(number=f"F-{n}", date=date(2025, 3, 1), due=date(2025, 3, 31))],
        )
        for n, (debtor_id, (kind, lang)) in enumerate(DEBTORS.items(), start=1)
    ]
    ledger = write_ledger(folder, creditor=valid_creditor(interest="statutory"), debtors=debtors)
    built = build_site(folder, ledger=ledger, as_of=AS_OF)
    assert built.exit_code == 0
    return built


def page(site, debtor_id: str):
    path = site.output / "s" / statement_token(DEMO_SECRET, debtor_id) / "index.html"
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(path.read_bytes())


def words(element) -> str:
    return " ".join("".join(element.itertext()).split())


def after_the_interest_table(tree):
    """The element that follows the interest table, in the same section."""
    parent = tree.find(".//table[@class='interest stack']/..")
    children = list(parent)
    table = next(n for n, child in enumerate(children) if child.get("class") == "interest stack")
    return children[table + 1]


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_under_the_interest_table_the_page_says_who_sets_the_rate_and_where_to_check_it(site, debtor_id):
    kind, lang = DEBTORS[debtor_id]
    tree = page(site, debtor_id)
    under = after_the_interest_table(tree)
    assert under.tag == "p" and "rate-source" in under.get("class", "").split()
    said = words(under)
    who, where = SAID[(kind, lang)]
    assert who in said and "rijksoverheid.nl" in said and where in said and "6:120" in said
    # Said once, and of this page's kind only.
    whole = words(tree.find(".//main"))
    assert whole.count("rijksoverheid.nl") == 1
    other = next(k for k in ("consumer", "business") if k != kind)
    assert SAID[(other, lang)][0] not in whole
    # Named as text: the page links nowhere it did not before (the help lines' sites, the creditor's pay link).
    assert not [a for a in tree.iter("a") if "rijksoverheid" in (a.get("href") or "")]


@pytest.mark.parametrize("debtor_id", ["R-CONSUMER-EN", "R-BUSINESS-EN"])
def test_an_english_page_marks_the_dutch_words_to_search_for_as_dutch(site, debtor_id):
    """A screen reader says 'wettelijke rente' in Dutch (WCAG 3.1.2), as the basis above the table does."""
    under = after_the_interest_table(page(site, debtor_id))
    assert [words(span) for span in under.iter("span") if span.get("lang") == "nl"] == ["wettelijke rente"]


def test_a_provisional_rate_s_note_follows_the_rate_s_source(site):
    """Who sets the rate first, then what 'voorlopig' beside some of the rows means."""
    tree = page(site, "R-CONSUMER-NL")
    under = after_the_interest_table(tree)
    parent = tree.find(".//table[@class='interest stack']/..")
    notes = [words(p) for p in parent.iter("p") if "table-note" in p.get("class", "").split()]
    source = notes.index(words(under))
    assert notes[source + 1].startswith("‘Voorlopig’: nog niet vergeleken met het officiële tarief.")


def rates_used(kind: str) -> list[Rate]:
    """The rates of the half years from the interest's first day (1 April 2025) to the build's day, as the rate file
    has them, or past its end its last rate carried on."""
    table = shipped_rates().of(RateKind.STATUTORY if kind == "consumer" else RateKind.COMMERCIAL)
    starts = [date(year, month, 1) for year in (2025, 2026) for month in (1, 7) if date(year, month, 1) <= AS_OF]
    return [next((r for r in table if r.start == start), None) or carried_on(table[-1], start) for start in starts]


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_dossier_lists_each_rate_with_its_source_and_the_public_output_none(site, debtor_id):
    """Staff answer a debtor who asks where a percentage comes from, and see which to check: each rate of the
    dossier's interest with the rate file's source, confirmed or not. Internal only: the page says who sets them."""
    kind, _ = DEBTORS[debtor_id]
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    dossier = parser.parse((site.internal / "d" / f"{debtor_id}.html").read_bytes())
    found = dossier.findall(".//table[@class='rates']/tbody/tr")
    rows = [[words(cell) for cell in row] for row in found]
    used = rates_used(kind)
    # The rate file's English, read out so on a Dutch page; a rate carried on past its end, in the staff's Dutch.
    assert [row[3].get("lang") for row in found] == [None if rate.carried else "en" for rate in used]
    carried = f"niet in het tarievenbestand: het laatste tarief daarin (tot en met {short_day(rates_known_until())}), doorgetrokken"
    assert [row[3] for row in rows] == [carried if rate.carried else rate.source for rate in used]
    assert any(rate.carried for rate in used)
    assert [row[2] for row in rows] == ["ja" if rate.confirmed else "nee" for rate in used]
    assert any(row[2] == "ja" for row in rows) and any(row[2] == "nee" for row in rows)
    public = " ".join(html.unescape(path.read_text(encoding="utf-8")) for path in site.output.rglob("*.html"))
    assert not [rate.source for rate in used if rate.source in public]
