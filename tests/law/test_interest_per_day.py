"""What one more day of interest adds (InterestAccount.day_after, Settlement.interest_per_day): the same base, rate
and day count as the computation. Each period's line is rounded to cents once, so the figure of one more day is
exact unrounded; to the cent it is "about" the next day's increase, and N days add N times it within a cent a line."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.settlement import settle
from incasso.law.interest import InterestAccount, anniversary
from incasso.law.money import cents
from incasso.ledger.load import load_ledger
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger

from .test_interest import COMMERCIAL_RATES, STATUTORY_RATES, by_hand

PRINCIPAL = Decimal("1234.56")


def account(rates=STATUTORY_RATES, first_day=date(2026, 1, 16), enabled=True) -> InterestAccount:
    return InterestAccount("F-1", first_day, rates, enabled)


@pytest.mark.parametrize("rates", [STATUTORY_RATES, COMMERCIAL_RATES])
def test_one_more_day_is_the_base_times_the_rate_over_365(rates):
    acc = account(rates)
    acc.accrue(PRINCIPAL, date(2026, 3, 10))
    percent = acc.lines[-1].percent
    assert acc.day_after(PRINCIPAL, date(2026, 3, 10)) == PRINCIPAL * percent / 100 * 1 / 365
    assert cents(acc.day_after(PRINCIPAL, date(2026, 3, 10))) == by_hand(PRINCIPAL, str(percent), 1)


@pytest.mark.parametrize("days", [1, 2, 7, 30, 90])
def test_days_within_one_rate_and_base_add_that_many_times_it_within_a_cent(days):
    """The total counted to a later day minus today's: within a cent of the per-day figure times the days."""
    today = date(2026, 1, 31)
    acc, later = account(), account()
    acc.accrue(PRINCIPAL, today)
    before, per_day = acc.total, acc.day_after(PRINCIPAL, today)
    later.accrue(PRINCIPAL, today + timedelta(days=days))
    assert len(later.lines) == 1  # the same rate and base throughout
    acc = later
    # The line before and after: each rounded once, half a cent at most either way.
    assert abs(acc.total - before - per_day * days) <= Decimal("0.01")
    # The page's figure, to the cent: "about", half a cent a day at most on top.
    assert abs(acc.total - before - cents(per_day) * days) <= Decimal("0.01") + Decimal("0.005") * days


def test_the_day_a_year_s_interest_joins_the_base_counts_it():
    first = date(2025, 1, 16)
    acc = account(first_day=first)
    year_end = anniversary(first, 1) - timedelta(days=1)
    acc.accrue(PRINCIPAL, year_end)
    assert acc.capitalised > 0
    per_day = acc.day_after(PRINCIPAL, year_end)
    assert per_day == (PRINCIPAL + acc.capitalised) * acc.lines[-1].percent / 100 * 1 / 365
    before = acc.total
    acc.accrue(PRINCIPAL, year_end + timedelta(days=1))
    assert acc.lines[-1].base == PRINCIPAL + acc.capitalised
    assert acc.total - before == cents(per_day)  # a new line of one day: rounded once, exactly this


def test_none_before_the_first_day_of_interest_without_a_base_or_when_not_charged():
    acc = account(first_day=date(2026, 3, 1))
    acc.accrue(PRINCIPAL, date(2026, 2, 10))
    assert acc.day_after(PRINCIPAL, date(2026, 2, 10)) == 0  # the invoice falls due later than tomorrow
    acc.accrue(PRINCIPAL, date(2026, 2, 28))  # due today: interest from tomorrow
    assert acc.day_after(PRINCIPAL, date(2026, 2, 28)) > 0
    assert account().day_after(Decimal("0"), date(2026, 3, 10)) == 0
    off = account(enabled=False)
    off.accrue(PRINCIPAL, date(2026, 3, 10))
    assert off.day_after(PRINCIPAL, date(2026, 3, 10)) == 0


def test_the_settlement_adds_every_invoice_s_day(tmp_path):
    debtor = valid_debtor(
        invoices=[
            invoice(number="F-1", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=Decimal("1000.00")),
            invoice(number="F-2", date=date(2026, 2, 1), due=date(2026, 3, 3), amount=Decimal("250.50")),
            invoice(number="F-3", date=date(2026, 3, 1), due=date(2026, 5, 1), amount=Decimal("99.99")),
        ]
    )
    ledger = load_ledger(write_ledger(tmp_path, creditor=valid_creditor(), debtors=[debtor]))
    today = date(2026, 3, 20)
    now = settle(ledger.creditor, ledger.debtors[0], today)
    later = settle(ledger.creditor, ledger.debtors[0], today + timedelta(days=10))
    per_day = now.interest_per_day
    assert per_day == sum(b.interest_next_day for b in now.invoices)
    assert now.invoices[2].interest_next_day == 0  # not due yet
    # Two invoices with interest: each line within half a cent of exact, so within a cent together.
    assert abs(later.interest - now.interest - per_day * 10) <= Decimal("0.01")
