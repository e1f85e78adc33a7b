"""s51: the way to pay ("Zo betaalt u", and the payment link's button) stands right under the amount and its day, before
the notes on them; at 200 % text on a phone it began at 788 to 1831 px, below late costs, thanks, a settlement's lapse
sentence. Only a note that decides whether or what to pay comes before it (`Summary.before_pay`): a dispute's part,
an undecided settlement's answers, a counsellor's wait over an agreement. The page's template puts it there
(tests/browser: test_the_first_screen_says_how_much_and_by_when_at_every_stage_in_both_languages); here, which
lines come first at each stage."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import settlement_undecided
from incasso.ledger.load import load_ledger
from incasso.statement.view import statement_view
from tests.support.ledgers import COUNSELLOR, disputed_apart_ledger, event, one_debtor_ledger, payment

REMINDER = event(date(2026, 2, 10), "reminder", channel="letter")
DUNNING = event(date(2026, 2, 24), "dunning", channel="letter")


def _view(ledger, on: date):
    claim = assess(ledger, ledger.debtors[0], on)
    return claim, statement_view(claim, ledger)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notes_on_an_amount_asked_come_after_the_way_to_pay(tmp_path, language):
    # Dunned, part paid: the thanks and what is left are notes on the amount; the way to pay comes first.
    paid = [payment(date=date(2026, 3, 1), amount=Decimal("200.00"))]
    ledger = one_debtor_ledger(tmp_path, events=[REMINDER, DUNNING], payments=paid, language=language)
    claim, view = _view(ledger, date(2026, 3, 5))
    assert claim.status == "active" and view.pay is not None and view.summary.amount is not None
    assert view.summary.lines and view.summary.before_pay == 0, view.summary


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dispute_says_which_part_may_be_paid_before_the_way_to_pay(tmp_path, language):
    dispute = event(date(2026, 2, 20), "dispute", reason="Niet besteld")
    ledger = one_debtor_ledger(tmp_path, events=[REMINDER, dispute], language=language)
    claim, view = _view(ledger, date(2026, 3, 5))
    assert claim.status == "dispute" and view.pay is not None
    assert view.summary.before_pay == 1 == len(view.summary.lines), view.summary
    assert view.summary.lines[0].startswith(("Bent u het met een deel", "Do you agree with part")), view.summary


def test_an_invoice_disputed_apart_is_a_note_after_the_way_to_pay(tmp_path):
    # The amount asked is the other invoices': what to pay is in it, the dispute apart is said after the way to pay.
    ledger = load_ledger(disputed_apart_ledger(tmp_path))
    claim, view = _view(ledger, date(2026, 3, 5))
    assert claim.disputed_apart and view.pay is not None and view.summary.before_pay == 0, view.summary


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_undecided_settlement_asks_whether_anything_is_owed_before_the_way_to_pay(tmp_path, language):
    settlement = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
    paid = [payment(date=date(2026, 2, 20), amount=Decimal("250.00"))]
    written = one_debtor_ledger(
        tmp_path, interest="statutory", events=[REMINDER, settlement], payments=paid, language=language
    )
    ledger = replace(written, bank_until=date(2027, 1, 29))
    claim, view = _view(ledger, date(2027, 2, 2))
    assert settlement_undecided(claim) is not None and view.pay is not None
    assert view.summary.amount is None and view.summary.before_pay == len(view.summary.lines) == 3, view.summary


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_counsellor_s_wait_over_a_plan_is_said_before_the_way_to_pay_and_the_total_after_it(tmp_path, language):
    plan = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)],
    )
    wait = event(
        date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason="Inventarisatie", asked_by="representative"
    )
    paid = [payment(date=date(2026, 4, 1), amount=Decimal("250.00"))]
    ledger = one_debtor_ledger(
        tmp_path,
        interest="statutory",
        events=[REMINDER, DUNNING, plan, wait],
        payments=paid,
        language=language,
        representative={**COUNSELLOR, "since": "2026-03-01"},
    )
    claim, view = _view(ledger, date(2026, 4, 20))
    top = view.summary
    assert claim.status == "arrangement" and view.pay is not None and top.before_pay == 2, top
    assert top.lines[0].startswith(("Uw schuldhulpverlener heeft ons gevraagd om te wachten.", "Your debt counsellor"))
    assert top.lines[1].startswith(("Het wachten verandert niets", "The wait does not change"))
    assert top.lines[2].startswith(("In totaal staat nog", "In total,")), top.lines  # a note: after the way to pay


def test_a_paid_page_has_no_way_to_pay(tmp_path):
    paid = [payment(date=date(2026, 3, 1), amount=Decimal("1250.00"))]
    ledger = one_debtor_ledger(tmp_path, events=[REMINDER], payments=paid)
    claim, view = _view(ledger, date(2026, 3, 5))
    assert claim.status == "paid" and view.pay is None and view.summary.before_pay == 0
