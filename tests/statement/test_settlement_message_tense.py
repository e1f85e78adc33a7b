"""s50: a settlement's message said "u betaalt EUR 600,00 uiterlijk 28 november 2026" on a page built after that day
(the bank statements not reaching it yet, or a late instalment in its grace), as if the day were still to come. Once
its last day has passed the shipped message says what was agreed in the past ("u zou ... betalen"); a site whose
copied texts lack it keeps its own `settlement` text."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
BY_DAY = event(
    date(2026, 11, 20), "settlement", amount=Decimal("600.00"), pay_by=date(2026, 11, 28), asked_by="representative"
)
IN_INSTALMENTS = event(
    date(2026, 10, 1),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 10, 28), "amount": "300.00"}, {"due": date(2026, 11, 28), "amount": "300.00"}],
    asked_by="representative",
)
SAID = {
    ("nl", "by_day", False): "Afgesproken met uw schuldhulpverlener: u betaalt EUR 600,00 uiterlijk 28 november 2026.",
    # s51: as a person says it, not "Afgesproken ...: u zou EUR 600,00 betalen uiterlijk ..." (a form's field).
    ("nl", "by_day", True): "Wij hadden met uw schuldhulpverlener afgesproken dat u EUR 600,00 zou betalen, uiterlijk "
    "28 november 2026.",
    ("nl", "instalments", True): "Wij hadden met uw schuldhulpverlener afgesproken dat u EUR 600,00 zou betalen, in 2 "
    "termijnen, de laatste uiterlijk 28 november 2026.",
    ("en", "by_day", False): "Agreed with your debt counsellor: you pay EUR 600.00 by 28 November 2026.",
    (
        "en",
        "by_day",
        True,
    ): "We agreed with your debt counsellor that you would pay EUR 600.00 by 28 November 2026.",
    ("en", "instalments", True): "We agreed with your debt counsellor that you would pay EUR 600.00 in 2 "
    "instalments, the last by 28 November 2026.",
}
# The message as session 50 shipped it: a site's copy of it reads as the message shipped now.
SHIPPED_S50 = {
    "nl": "Afgesproken{agreed_with}: u zou {agreed_amount} betalen {agreed_terms}.",
    "en": "Agreed{agreed_with}: you were to pay {agreed_amount} {agreed_terms}.",
}


def _page(tmp_path, language: str, agreed: dict, on: date):
    paid = [payment(date=date(2026, 10, 27), amount=Decimal("300.00"))] if agreed is IN_INSTALMENTS else []
    written = one_debtor_ledger(
        tmp_path / "ledger", language=language, events=[agreed], representative=COUNSELLOR, payments=paid
    )
    ledger = replace(written, bank_until=date(2026, 11, 25))  # the statements read reach 25 November
    return statement_view(assess(ledger, ledger.debtors[0], on), ledger)


def _message(page, site=MESSAGES) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(Messages(site).for_page(page)))).replace("\xa0", " ").strip()


@pytest.mark.parametrize(("language", "kind", "passed"), list(SAID))
def test_the_agreement_is_said_in_a_tense_that_fits_the_page_s_day(tmp_path, language, kind, passed):
    agreed = BY_DAY if kind == "by_day" else IN_INSTALMENTS
    page = _page(tmp_path, language, agreed, date(2026, 12, 5) if passed else date(2026, 11, 24))
    assert page.message_key == ("settlement_passed" if passed else "settlement")
    assert _message(page) == SAID[(language, kind, passed)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_site_whose_copied_texts_lack_it_keeps_its_own_settlement_text(tmp_path, language):
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    (site / language / "settlement_passed.md").unlink()
    own = {"nl": "Wij spraken {agreed_amount} af.", "en": "We agreed on {agreed_amount}."}[language]
    (site / language / "settlement.md").write_text(own + "\n", encoding="utf-8")
    page = _page(tmp_path, language, BY_DAY, date(2026, 12, 5))
    assert _message(page, site) == own.replace("{agreed_amount}", {"nl": "EUR 600,00", "en": "EUR 600.00"}[language])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_site_s_copy_of_the_message_as_session_50_shipped_it_reads_as_shipped_now(tmp_path, language):
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    (site / language / "settlement_passed.md").write_text(SHIPPED_S50[language] + "\n", encoding="utf-8")
    page = _page(tmp_path, language, BY_DAY, date(2026, 12, 5))
    assert _message(page, site) == SAID[(language, "by_day", True)]
