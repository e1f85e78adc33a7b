"""A final notice over a plan asks everything overdue, "niet alleen de termijn": said so also when two instalments
were missed, where the page's schedule shows both "Te laat". Where the count is known it says "niet alleen de
termijnen" ({the_instalment}): the notice's opening, the line by the QR code, and a site's page message that says it
(the shipped one leaves it to the top since s61). A text copied before it existed, which still says "niet alleen de
termijn", is read with the value.

A plan of three instalments of 500.00 (30 September, 31 October, 30 November 2026) over one invoice of 1500.00,
the first paid; the October one reminded of on 1 November. On 15 November the notice is due over the October one;
on 1 December, the November one missed too, over both.
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.outlook import claim_as_sent
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment
from tests.support.site import REPO

ONE_MISSED, TWO_MISSED = date(2026, 11, 15), date(2026, 12, 1)
EVENTS = [
    event(date(2026, 8, 1), "reminder", channel="email"),
    event(date(2026, 8, 20), "dunning", channel="email"),
    event(
        date(2026, 9, 1),
        "arrangement",
        channel="email",
        installments=[
            {"due": date(2026, 9, 30), "amount": "500.00"},
            {"due": date(2026, 10, 31), "amount": "500.00"},
            {"due": date(2026, 11, 30), "amount": "500.00"},
        ],
    ),
    event(date(2026, 11, 1), "reminder", channel="email"),
]
ONLY = {
    ("nl", True): "niet alleen de termijnen",
    ("nl", False): "niet alleen de termijn",
    ("en", True): "not only the instalments",
    ("en", False): "not only the instalment",
}


def _ledger(tmp_path, language):
    invoices = [invoice(number="F2026-0301", date=date(2026, 7, 1), due=date(2026, 7, 31), amount="1500.00")]
    paid = [payment(date=date(2026, 9, 30), amount="500.00")]
    return one_debtor_ledger(
        tmp_path, interest="statutory", invoices=invoices, payments=paid, events=EVENTS, language=language
    )


def _opening(view, site=REPO / "content" / "letters"):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return " ".join(b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks)


def _said(words: str, several: bool, language: str) -> bool:
    """Whether `words` say "niet alleen" of the number missed: the plural, or the singular not followed by "en"."""
    only = ONLY[(language, several)]
    return f"{only}," in words or f"{only}." in words or f"{only}:" in words


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("as_of", [ONE_MISSED, TWO_MISSED])
def test_the_notice_and_its_page_say_the_instalments_missed_in_their_number(tmp_path, language, as_of):
    ledger = _ledger(tmp_path, language)
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    several = as_of == TWO_MISSED
    assert letter.opening == "final_notice_plan"
    assert _said(_opening(letter), several, language)
    page = statement_view(claim_as_sent(ledger, claim), ledger)
    assert page.message_key == "final_notice_plan"
    # The message leaves what the notice asks to the top (s61); a site's own may say it, by {the_instalment}.
    only = {"nl": "niet alleen", "en": "not only"}[language]
    assert _said(f"{only} {page.message_values['the_instalment']}.", several, language)
    assert page.pay is not None and _said(page.pay.note or "", several, language)


def test_a_text_copied_before_reads_with_the_value(tmp_path):
    site = tmp_path / "old-site"
    shutil.copytree(REPO / "content" / "letters", site)
    path = site / "nl" / "final_notice_plan.md"
    path.write_text(path.read_text(encoding="utf-8").replace("{the_instalment}", "de termijn"), encoding="utf-8")
    ledger = _ledger(tmp_path, "nl")
    claim = assess(ledger, ledger.debtors[0], TWO_MISSED)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    assert _said(_opening(letter_view(ledger, claim, due, Channel.LETTER), site), True, "nl")
