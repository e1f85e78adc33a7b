"""The sample terms pages shipped in `content/` state the collection costs in their own words: their
figures must be the law tables' (incasso.law.tables), or a debtor reads one scale there and is charged
another on the statement page."""

import re
from decimal import Decimal

import pytest

from incasso.law.costs import collection_costs
from incasso.law.tables import CONSUMER_TERM_DAYS, COST_BANDS, COST_MAXIMUM, COST_MINIMUM
from incasso.ledger.model import Policy
from tests.support.site import REPO

# The plugin's own copy, which `content/` in this repo links to and a new site copies.
PAGES_DIR = REPO / "src" / "pelican" / "plugins" / "incasso" / "content" / "pages"
PAGES = [
    pytest.param(PAGES_DIR / "voorwaarden.md", ".", id="nl"),
    pytest.param(PAGES_DIR / "voorwaarden.en.md", ",", id="en"),
]
EURO = r"(?:€ ?|EUR&nbsp;)([\d.,]+)"  # "EUR&nbsp;2.500" as the statements write it (once "€ 2.500", "€2,500")


def amount(written: str, thousands: str) -> Decimal:
    """ "6.775" and "0,5" in Dutch, "6,775" and "0.5" in English."""
    bare = written.replace(thousands, "")
    return Decimal(bare.replace(",", ".") if thousands == "." else bare)


@pytest.mark.parametrize(("page", "thousands"), PAGES)
def test_the_sample_terms_state_the_scale_of_the_law_tables(page, thousands):
    text = page.read_text(encoding="utf-8")
    rows = re.findall(rf"^\| [^|]*?{EURO} \| ([\d.,]+)% \|$", text, flags=re.M)
    widths = [amount(width, thousands) for width, _ in rows]
    rates = [amount(rate, thousands) / 100 for _, rate in rows]
    # Each row names the band's width ("the next 2,500"), the last the bound it lies above.
    uppers, bound = [], Decimal(0)
    for width in widths[:-1]:
        bound += width
        uppers.append(bound)
    assert widths[-1] == bound, "the last band lies above the sum of the ones before"
    assert list(zip([*uppers, None], rates, strict=True)) == list(COST_BANDS)


@pytest.mark.parametrize(("page", "thousands"), PAGES)
def test_the_sample_terms_state_the_minimum_maximum_examples_and_term(page, thousands):
    text = page.read_text(encoding="utf-8")
    limits = re.search(rf"(?:minimaal|at least) {EURO} (?:en hoogstens|and at most) {EURO}", text)
    assert limits is not None
    assert (amount(limits[1], thousands), amount(limits[2], thousands)) == (COST_MINIMUM, COST_MAXIMUM)
    example = rf"{EURO} (?:(?!€|EUR&nbsp;).)*?(?:de kosten|the costs are) {EURO}"
    # The line published under `costs_vat: true` gives its example with the VAT (pelican.plugins.incasso.variants).
    with_vat = [line for line in text.splitlines() if line.endswith("<!-- if costs_vat: true -->")]
    examples = re.findall(example, "\n".join(line for line in text.splitlines() if line not in with_vat))
    assert len(examples) == 2
    for principal, costs in examples:
        assert collection_costs(amount(principal, thousands)) == amount(costs, thousands)
    ((principal, costs),) = re.findall(example, "\n".join(with_vat))
    assert collection_costs(amount(principal, thousands), vat=True) == amount(costs, thousands)
    # The final notice's term is the policy's, filled in by the build (pelican.plugins.incasso.variants), which
    # creditor.yaml never sets below the law's.
    assert "**{final_notice_term_days}**" in text
    assert Policy().final_notice_term_days == CONSUMER_TERM_DAYS
