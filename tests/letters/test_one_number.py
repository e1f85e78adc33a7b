"""A letter written on a day the page asks one number, the costs of a final notice's term over in it (its last days
not yet in the statements read: claims.demand.term_costs_on_top), asks that number too (s41).

D-1006 of the demo (final notice of 16 November, last day 2 December; bank data to 20 November) with a newer
invoice of EUR 100 due 19 November, on 4 December: the page and its QR code asked EUR 1.655,18, that night's
reminder of the newer invoice and its QR code EUR 1.453,34, and a final notice sent again said the costs "die
vragen wij apart".
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import page_asks, term_costs_on_top
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, DueLetter, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.site import DEMO_LEDGER, ledger_as_built

DEC_4 = date(2026, 12, 4)
NBSP = "\xa0"
APART = {"nl": "apart", "en": "separately"}


@pytest.fixture(scope="module")
def demo():
    return ledger_as_built(DEMO_LEDGER)


def _with_newer_invoice(ledger, language):
    debtor = next(d for d in ledger.debtors if d.id == "D-1006")
    newer = replace(
        debtor.invoices[0], number="F2026-9999", date=date(2026, 10, 20), due=date(2026, 11, 19), amount=Decimal("100")
    )
    debtor = replace(debtor, invoices=(*debtor.invoices, newer), language=language)
    return replace(ledger, debtors=tuple(debtor if d.id == debtor.id else d for d in ledger.debtors)), debtor


def _qr_amount(view) -> Decimal:
    return Decimal(view.pay.payload.split("\nEUR")[1].split("\n")[0])


def _said(view) -> str:
    return " ".join((*view.lead.lines, *view.terms, view.costs, *(row.label for row in view.totals)))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_of_a_newer_invoice_asks_what_the_page_asks_after_the_notice_s_term(demo, language):
    ledger, debtor = _with_newer_invoice(demo, language)
    claim = assess(ledger, debtor, DEC_4)
    assert term_costs_on_top(claim) == Decimal("201.84")
    page = statement_view(claim, ledger)
    assert page.pay.amount == page_asks(claim) == Decimal("1655.18")
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.REMINDER
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert _qr_amount(letter) == page.pay.amount  # was 1453.34: the amount without the costs
    assert letter.lead.amount == page.summary.amount
    assert letter.totals[-1].grand and letter.totals[-1].amount in page.summary.amount
    # The page's short words: what the amount is made of, and that the costs lapse if the notice was paid in time.
    assert letter.lead.lines[0] == page.summary.lines[0]
    assert APART[language] not in _said(letter)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_again_after_the_first_one_s_term_asks_what_the_page_asks(demo, language):
    ledger, debtor = _with_newer_invoice(demo, language)
    claim = assess(ledger, debtor, DEC_4)
    page = statement_view(claim, ledger)
    letter = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert _qr_amount(letter) == page.pay.amount == Decimal("1655.18")
    assert letter.lead.amount == page.summary.amount
    assert page.summary.amount.replace("EUR", "").strip(NBSP + " ") in letter.terms[0]  # "Wij vragen u ... te betalen"
    assert letter.totals[-1].amount in page.summary.amount
    assert letter.lead.by != page.summary.deadline  # its own fourteen days, not the first one's last day
    assert APART[language] not in _said(letter)


def test_a_letter_on_a_day_the_page_asks_no_costs_on_top_is_unchanged(demo):
    """4 December with the statements read to that day: the term is judged unpaid, the core charges the costs
    itself, and the reminder of the newer invoice asks what the core asks, nothing on top. (On 24 November, the
    term running, no letter is due: that reminder waits for the handover's day, so this test checked nothing.)"""
    ledger, debtor = _with_newer_invoice(demo, "nl")
    claim = assess(ledger, debtor, DEC_4, seen_until=DEC_4)
    assert term_costs_on_top(claim) == 0 and claim.costs.amount == Decimal("201.84")
    page = statement_view(claim, ledger)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.REMINDER
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert _qr_amount(letter) == page.pay.amount == claim.total_due == Decimal("1655.18")


FIRST = {
    "nl": "De termijn van onze eerste sommatie liep tot en met",
    "en": "The deadline in our first final notice was",
}
LATEST = {
    "nl": "De termijn van onze laatste brief (sommatie) liep tot en met",
    "en": "The deadline in our final notice was",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_again_names_the_first_one_in_its_box_not_itself(demo, language):
    """The box's line of the term over is the page's; in the letter that is itself the latest notice, "onze laatste
    brief (sommatie)" read as this letter (s42): the first one is named. The page of that day keeps its words."""
    ledger, debtor = _with_newer_invoice(demo, language)
    claim = assess(ledger, debtor, DEC_4)
    letter = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    box = " ".join(letter.lead.lines)
    assert FIRST[language] in box and LATEST[language] not in box
    page = " ".join(statement_view(claim, ledger).summary.lines)
    assert LATEST[language] in page
