"""What the page and the dunning letter say the final notice will charge: only costs that notice can bring.
A consumer with no postal address who has not agreed to e-mail gets the final notice by e-mail, which states
no costs and brings none (claims.timing.binds); announcing them before it would mislead (art. 6:193c BW)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, one_debtor_ledger

DUNNED = date(2026, 2, 20)  # the invoice of 1,250.00 was due on 4 February
AFTER = date(2026, 2, 23)
NO_ADDRESS = {"contact.address": MISSING}
AGREED = {**NO_ADDRESS, "contact.final_notice_by": "email"}


def _claim(tmp_path, as_of: date = AFTER, **contact):
    steps = [event(date(2026, 2, 5), "reminder", channel="email"), event(DUNNED, "dunning", channel="email")]
    ledger = one_debtor_ledger(tmp_path, events=steps, **contact)
    return ledger, assess(ledger, ledger.debtors[0], as_of)


def _page_steps(tmp_path, **contact) -> str:
    ledger, claim = _claim(tmp_path, **contact)
    return " ".join(statement_view(claim, ledger).next_steps)


def test_the_page_announces_no_costs_the_e_mailed_notice_without_consent_cannot_bring(tmp_path):
    said = _page_steps(tmp_path, **NO_ADDRESS)
    assert "een e-mail (sommatie)" in said  # no "laatste brief" (s40): e-mailed, and a posted one may follow
    assert "187,50" not in said and "incassokosten" not in said


@pytest.mark.parametrize("contact", [{}, AGREED], ids=["posted", "e-mailed-with-consent"])
def test_the_page_announces_the_costs_a_binding_notice_will_bring(tmp_path, contact):
    # 15 % of 1,250.00.
    medium = "e-mail" if contact else "brief"  # e-mailed with consent: "In die e-mail staat" (s40)
    assert f"In die {medium} staat hoeveel incassokosten wij rekenen" in _page_steps(tmp_path, **contact)
    assert "EUR\xa0187,50" in _page_steps(tmp_path, **contact)


def test_the_dunning_letter_announces_no_costs_the_notice_after_it_cannot_bring(tmp_path):
    ledger, claim = _claim(tmp_path, DUNNED, **NO_ADDRESS)
    (due,) = (d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.DUNNING)
    said = " ".join(letter_view(ledger, claim, due, Channel.EMAIL).next_steps.lines)
    assert "een e-mail (sommatie)" in said
    assert "187,50" not in said and "incassokosten" not in said


def test_after_the_posted_notice_that_followed_an_e_mailed_one_the_page_says_its_costs_are_charged(tmp_path):
    # The consumer has a postal address and did not agree to e-mail: the notice e-mailed on 2 March brings no
    # costs, the one posted on 17 March (received 19 March, term to 2 April) brings them from 3 April. The
    # page's message then says the term passed and costs are charged, as after one notice: the e-mailed one
    # counted as a first notice and left the plain message, which said neither.
    steps = [
        event(date(2026, 3, 2), "final_notice", channel="email"),
        event(date(2026, 3, 17), "final_notice", channel="letter", costs=Decimal("187.50")),
    ]
    ledger = one_debtor_ledger(tmp_path, events=steps)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 6))
    assert (claim.costs.state, claim.costs.amount) == ("charged", Decimal("187.50"))
    assert statement_view(claim, ledger).message_key == "final_notice_passed"
