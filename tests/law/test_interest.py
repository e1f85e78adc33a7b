"""Statutory interest: lines per rate period, simple within a year, compounded yearly.

Expected amounts are worked out here by hand with the rule of domain.md:
base * rate * days / 365 per line, rounded half up to cents once per line.
"""

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from incasso.claims.settlement import settle
from incasso.law.interest import InterestAccount, anniversary, rate_notices, rate_on
from incasso.law.rates import RateNotice, half_year_end, rates_for
from incasso.ledger.load import load_ledger
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

STATUTORY_RATES = rates_for(consumer=True)
COMMERCIAL_RATES = rates_for(consumer=False)


def by_hand(base: str | Decimal, percent: str, days: int) -> Decimal:
    exact = Decimal(base) * Decimal(percent) * days / (100 * 365)
    return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def settled(tmp_path, debtor, as_of, **creditor_changes):
    ledger = load_ledger(write_ledger(tmp_path, creditor=valid_creditor(**creditor_changes), debtors=[debtor]))
    return settle(ledger.creditor, ledger.debtors[0], as_of)


def lines(balance):
    return [(line.start, line.end, line.days, line.base, line.percent, line.amount) for line in balance.interest_lines]


def test_across_a_rate_change(tmp_path):
    debtor = valid_debtor(
        invoices=[invoice(date=date(2025, 11, 15), due=date(2025, 12, 15), amount=Decimal("1000.00"))]
    )
    (balance,) = settled(tmp_path, debtor, date(2026, 2, 15)).invoices
    assert by_hand("1000.00", "6", 16) == Decimal("2.63")
    assert by_hand("1000.00", "4", 46) == Decimal("5.04")
    assert lines(balance) == [
        (date(2025, 12, 16), date(2025, 12, 31), 16, Decimal("1000.00"), Decimal("6"), Decimal("2.63")),
        (date(2026, 1, 1), date(2026, 2, 15), 46, Decimal("1000.00"), Decimal("4"), Decimal("5.04")),
    ]
    assert balance.interest == balance.interest_open == Decimal("7.67")


def test_business_claims_carry_handelsrente(tmp_path):
    debtor = valid_debtor(
        type="business", invoices=[invoice(date=date(2025, 11, 15), due=date(2025, 12, 15), amount=Decimal("1000.00"))]
    )
    (balance,) = settled(tmp_path, debtor, date(2026, 2, 15)).invoices
    assert [line.percent for line in balance.interest_lines] == [Decimal("10.15"), Decimal("10.15")]
    assert [line.amount for line in balance.interest_lines] == [
        by_hand("1000.00", "10.15", 16),
        by_hand("1000.00", "10.15", 46),
    ]
    assert balance.interest == Decimal("4.45") + Decimal("12.79")


def test_after_a_full_year_the_interest_joins_the_base(tmp_path):
    debtor = valid_debtor(invoices=[invoice(date=date(2024, 5, 31), due=date(2024, 6, 30), amount=Decimal("1000.00"))])
    (balance,) = settled(tmp_path, debtor, date(2025, 9, 30)).invoices
    first_year = by_hand("1000.00", "7", 184) + by_hand("1000.00", "6", 181)
    assert first_year == Decimal("35.29") + Decimal("29.75")
    second_base = Decimal("1000.00") + first_year
    assert lines(balance) == [
        (date(2024, 7, 1), date(2024, 12, 31), 184, Decimal("1000.00"), Decimal("7"), Decimal("35.29")),
        (date(2025, 1, 1), date(2025, 6, 30), 181, Decimal("1000.00"), Decimal("6"), Decimal("29.75")),
        (date(2025, 7, 1), date(2025, 9, 30), 92, second_base, Decimal("6"), by_hand(second_base, "6", 92)),
    ]
    assert balance.interest == first_year + by_hand(second_base, "6", 92)


def test_a_year_without_rate_change_is_split_at_the_anniversary(tmp_path):
    # Handelsrente is 10.15% through 2025-07-01 .. ; first day 2025-07-01, a year later it compounds.
    debtor = valid_debtor(
        type="business", invoices=[invoice(date=date(2025, 6, 1), due=date(2025, 6, 30), amount=Decimal("500.00"))]
    )
    (balance,) = settled(tmp_path, debtor, date(2026, 7, 10)).invoices
    first_year = by_hand("500.00", "10.15", 184) + by_hand("500.00", "10.15", 181)
    assert [(line.start, line.end, line.base) for line in balance.interest_lines] == [
        (date(2025, 7, 1), date(2025, 12, 31), Decimal("500.00")),
        (date(2026, 1, 1), date(2026, 6, 30), Decimal("500.00")),
        (date(2026, 7, 1), date(2026, 7, 10), Decimal("500.00") + first_year),
    ]


def test_interest_none_gives_no_interest(tmp_path):
    debtor = valid_debtor(invoices=[invoice(date=date(2025, 11, 15), due=date(2025, 12, 15))])
    settlement = settled(tmp_path, debtor, date(2026, 6, 1), interest="none")
    assert settlement.invoices[0].interest_lines == ()
    assert settlement.interest_open == 0
    assert settlement.total_due == Decimal("1250.00")


def test_interest_starts_the_day_after_the_due_date(tmp_path):
    debtor = valid_debtor(invoices=[invoice(due=date(2026, 2, 4), amount=Decimal("3650.00"))])
    (on_due,) = settled(tmp_path / "a", debtor, date(2026, 2, 4)).invoices
    assert on_due.interest_lines == ()
    (day_after,) = settled(tmp_path / "b", debtor, date(2026, 2, 5)).invoices
    assert lines(day_after) == [
        (date(2026, 2, 5), date(2026, 2, 5), 1, Decimal("3650.00"), Decimal("4"), Decimal("0.40"))
    ]


def test_a_payment_stops_interest_on_what_it_paid(tmp_path):
    debtor = valid_debtor(
        invoices=[invoice(due=date(2026, 1, 31), amount=Decimal("1000.00"))],
        payments=[payment(date=date(2026, 3, 2), amount=Decimal("500.00"))],
    )
    settlement = settled(tmp_path, debtor, date(2026, 3, 31))
    (balance,) = settlement.invoices
    first = by_hand("1000.00", "4", 30)  # 2026-02-01 .. 2026-03-02, the payment day included
    rest = Decimal("1000.00") - (Decimal("500.00") - first)
    assert lines(balance) == [
        (date(2026, 2, 1), date(2026, 3, 2), 30, Decimal("1000.00"), Decimal("4"), first),
        (date(2026, 3, 3), date(2026, 3, 31), 29, rest, Decimal("4"), by_hand(rest, "4", 29)),
    ]
    assert balance.principal_open == rest
    assert balance.interest_open == by_hand(rest, "4", 29)


def test_unconfirmed_rates_are_flagged_on_their_lines(tmp_path):
    debtor = valid_debtor(invoices=[invoice(date=date(2025, 11, 15), due=date(2025, 12, 15))])
    (balance,) = settled(tmp_path, debtor, date(2026, 2, 15)).invoices
    assert [line.confirmed for line in balance.interest_lines] == [False, False]


def test_past_the_table_the_last_rate_runs_on_half_year_by_half_year():
    # The table ends with a half year; after it each half year is its own line, as the row staff add for it
    # would make it (art. 6:120 BW: a rate changes only on 1 January or 1 July), marked carried and unconfirmed.
    last = STATUTORY_RATES[-1]
    first_after = half_year_end(last.start) + timedelta(days=1)
    second_after = half_year_end(first_after) + timedelta(days=1)
    account = InterestAccount("F1", last.start, STATUTORY_RATES, True)
    account.accrue(Decimal("1000"), second_after + timedelta(days=9))
    assert [(li.start, li.end, li.percent) for li in account.lines] == [
        (last.start, first_after - timedelta(days=1), last.percent),
        (first_after, second_after - timedelta(days=1), last.percent),
        (second_after, second_after + timedelta(days=9), last.percent),
    ]
    within, *beyond = account.lines
    assert (within.carried, within.confirmed) == (False, last.confirmed)
    assert [(li.carried, li.confirmed) for li in beyond] == [(True, False), (True, False)]
    assert rate_notices(beyond) == (RateNotice.BEYOND_TABLE,)  # no row of the file is marked unconfirmed


def test_a_carried_rate_starts_on_its_half_year():
    last = COMMERCIAL_RATES[-1]
    two_later = date(last.start.year + 1, last.start.month, 15)
    carried = rate_on(COMMERCIAL_RATES, two_later)
    assert (carried.start, carried.percent, carried.carried, carried.confirmed) == (
        two_later.replace(day=1),
        last.percent,
        True,
        False,
    )
    assert rate_on(COMMERCIAL_RATES, last.start) is last


# -- the account itself ----------------------------------------------------------------------


def test_accrual_is_idempotent_and_stepwise_equals_at_once():
    at_once = InterestAccount("F1", date(2025, 1, 1), STATUTORY_RATES, True)
    at_once.accrue(Decimal("1000"), date(2025, 3, 31))
    stepwise = InterestAccount("F1", date(2025, 1, 1), STATUTORY_RATES, True)
    stepwise.accrue(Decimal("1000"), date(2025, 3, 31))
    stepwise.accrue(Decimal("1000"), date(2025, 3, 31))
    stepwise.accrue(Decimal("1000"), date(2025, 2, 1))  # going back changes nothing
    assert stepwise.lines == at_once.lines
    assert at_once.total == by_hand("1000", "6", 90)


def test_paying_interest_takes_capitalised_interest_first():
    account = InterestAccount("F1", date(2024, 7, 1), STATUTORY_RATES, True)
    account.accrue(Decimal("1000"), date(2025, 7, 31))
    assert account.capitalised == Decimal("65.04")
    running = by_hand("1065.04", "6", 31)
    assert account.running == running
    assert account.pay(Decimal("70.00")) == 0
    assert (account.capitalised, account.running) == (0, running - Decimal("4.96"))
    assert account.pay(Decimal("100")) == Decimal("100") - (running - Decimal("4.96"))
    assert account.open == 0


def test_a_disabled_account_counts_nothing():
    account = InterestAccount("F1", date(2025, 1, 1), COMMERCIAL_RATES, False)
    account.accrue(Decimal("1000"), date(2026, 1, 1))
    assert (account.lines, account.open) == ([], 0)


def test_anniversary_of_29_february():
    # A year from 29 February 2024 runs through 28 February 2025: the next one starts on 1 March.
    assert anniversary(date(2024, 2, 29), 1) == date(2025, 3, 1)
    assert anniversary(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_interest_from_29_february_joins_the_base_after_28_february():
    account = InterestAccount("F1", date(2024, 2, 29), COMMERCIAL_RATES, True)
    account.accrue(Decimal("1000"), date(2025, 3, 31))
    first_year = [line for line in account.lines if line.capitalised == 0]
    assert first_year[-1].end == date(2025, 2, 28)
    later = [line for line in account.lines if line.capitalised > 0]
    assert later[0].start == date(2025, 3, 1)
    assert later[0].capitalised == sum((line.amount for line in first_year), Decimal(0))


def test_no_rate_before_the_first_known():
    with pytest.raises(ValueError):
        rate_on(STATUTORY_RATES, date(2022, 12, 31))
    assert rate_on(STATUTORY_RATES, date(2026, 1, 1)).percent == Decimal("4")
    assert rate_on(COMMERCIAL_RATES, date(2025, 6, 30)).percent == Decimal("11.15")
