"""Under the interest table, who sets its percentages and where to check them (statement.tables.rate_source): a
debtor, or their counsellor, can check each rate against its source. Said per kind of interest, and true of every
row of the rate file the table's rates come from."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.law.rates import RateKind, shipped_rates
from incasso.statement.view import statement_view
from tests.support.ledgers import invoice, one_debtor_ledger

AS_OF = date(2026, 11, 24)
# Due in 2025: the table holds confirmed rates of 2025 and provisional ones of 2026.
OWED = invoice(date=date(2025, 3, 1), due=date(2025, 3, 31))

# What each sentence must name: who sets the percentage, how, the article that says so, and where to look it up.
NAMED = {
    ("consumer", "nl"): ("De overheid stelt het percentage vast", "1 januari en 1 juli", "artikel 6:120", "rijksoverheid.nl"),
    ("consumer", "en"): ("The government sets the rate", "1 January or 1 July", "article 6:120", "rijksoverheid.nl"),
    ("business", "nl"): ("herfinancieringsrente van de Europese Centrale Bank", "plus 8 procentpunt", "artikel 6:120", "rijksoverheid.nl"),
    ("business", "en"): ("main refinancing rate", "plus 8 percentage points", "article 6:120", "rijksoverheid.nl"),
}  # fmt: skip
# Each kind's words, which the other kind's sentence must not say.
OWN = {"consumer": ("De overheid", "The government"), "business": ("Centrale Bank", "Central Bank")}


def interest_of(tmp_path, interest: str = "statutory", **debtor):
    ledger = one_debtor_ledger(tmp_path, interest=interest, invoices=[OWED], **debtor)
    return statement_view(assess(ledger, ledger.debtors[0], AS_OF), ledger).interest


@pytest.mark.parametrize("kind, lang", list(NAMED))
def test_the_sentence_under_the_table_says_who_sets_the_rate_and_where_to_check_it(tmp_path, kind, lang):
    interest = interest_of(tmp_path, type=kind, language=lang)
    assert any(row.rate[0].isdigit() and "(" not in row.rate for row in interest.rows)  # a confirmed rate of 2025
    source = interest.source
    assert all(part in source for part in NAMED[(kind, lang)]), source
    other = next(k for k in OWN if k != kind)
    assert not any(word in source for word in OWN[other]), source
    assert source.endswith((".", "’."))


def test_a_page_without_interest_has_no_sentence_about_its_rate(tmp_path):
    assert interest_of(tmp_path, interest="none") is None


def test_every_commercial_rate_in_the_file_is_the_ecb_rate_plus_8_as_the_page_says():
    """The business's sentence says "plus 8 procentpunt" of every row: each row's derivation adds 8 to the ECB's
    rate and comes to the row's percent, and its source is art. 6:120 lid 2 BW."""
    rows = shipped_rates().of(RateKind.COMMERCIAL)
    assert rows
    for rate in rows:
        found = re.search(r"(\d+\.\d+)% (?:\([^)]*\) )?\+ 8 = (\d+\.\d+)$", rate.derivation)
        assert found, rate
        ecb, total = (Decimal(group) for group in found.groups())
        assert ecb + 8 == total == rate.percent, rate
        assert "art. 6:120 lid 2 BW" in rate.source, rate


def test_every_confirmed_statutory_rate_in_the_file_is_the_decree_s_as_the_page_says():
    """The consumer's sentence says the government sets it: each confirmed row's source is the decree."""
    rows = [rate for rate in shipped_rates().of(RateKind.STATUTORY) if rate.confirmed]
    assert rows
    assert all("Besluit vaststelling wettelijke rente" in rate.source for rate in rows)
