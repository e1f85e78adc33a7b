"""Missing statements found by their balances, in files written to the standards: what the stamp may say."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incasso.bank.books import Books, read_books
from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

AS_OF = date(2026, 11, 22)
RF1 = rf_reference("D-1")


def _books(tmp_path, files: dict[str, bytes], as_of: date = AS_OF) -> Books:
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    write_bank(root, files)
    return read_books(root, as_of)


def _credit(amount: str, day: int, ref: str) -> Booking:
    return Booking(amount, date(2026, 11, day), ref=ref)


def _debit(amount: str, day: int, ref: str) -> Booking:
    return Booking(amount, date(2026, 11, day), credit=False, ref=ref)


EARLY = [_credit("100.00", 3, "A1"), _debit("30.00", 4, "A2"), _credit("12.50", 6, "A3")]
LATE = [_credit("40.00", 16, "B1"), Booking("75.00", date(2026, 11, 18), ref="B2", scor=RF1)]
AFTER_EARLY = str(Decimal("1000.00") + 100 - 30 + Decimal("12.50"))


def _gaps(result: Books) -> list[tuple[date, str, str]]:
    assert result.bank is not None
    return [
        (g.last_day, g.previous.source.path.rsplit("/", 1)[-1], g.statement.source.path[-5:]) for g in result.bank.gaps
    ]


def _no_gap(result: Books, until: date) -> None:
    assert result.bank is not None
    assert result.bank.gaps == ()
    assert result.bank.payments_until == until


def test_statements_that_chain_by_their_balances_have_no_gap_and_the_stamp_is_the_last_day(tmp_path):
    files = {
        "early.xml": camt053(CREDITOR_IBAN, EARLY, per_day=True),
        "late.sta": mt940(CREDITOR_IBAN, LATE, opening=AFTER_EARLY, dialect="rabo"),
    }
    _no_gap(_books(tmp_path, files), date(2026, 11, 18))


def test_days_missing_between_two_exports_stop_the_stamp_before_them_and_later_payments_still_count(tmp_path):
    files = {
        "early.xml": camt053(CREDITOR_IBAN, EARLY, per_day=True),
        "late.xml": camt053(CREDITOR_IBAN, LATE, opening="1200.00", per_day=True),  # 117.50 came and went unseen
    }
    result = _books(tmp_path, files)
    assert _gaps(result) == [(date(2026, 11, 6), "early.xml", "e.xml")]
    gap = result.bank.gaps[0]
    assert gap.missing_from == date(2026, 11, 7)
    assert (gap.statement.opening, gap.previous.closing) == (Decimal("1200.00"), Decimal(AFTER_EARLY))
    assert result.bank.payments_until == date(2026, 11, 6)
    assert result.ledger.bank_until == date(2026, 11, 6)
    debtor = result.ledger.debtors[0]
    assert [(p.date, p.amount) for p in debtor.payments] == [(date(2026, 11, 18), Decimal("75.00"))]


def test_a_debit_balance_in_mt940_chains_with_the_camt_statement_after_it(tmp_path):
    overdrawn = [_debit("250.00", 3, "A1")]
    files = {
        "early.sta": mt940(CREDITOR_IBAN, overdrawn, opening="100.00", dialect="ing"),
        "late.xml": camt053(CREDITOR_IBAN, LATE, opening="-150.00", per_day=True),
    }
    result = _books(tmp_path, files)
    assert result.bank is not None
    mt940_statement = next(s for s in result.bank.statements if s.source.path.endswith(".sta"))
    assert (mt940_statement.opening, mt940_statement.closing) == (Decimal("100.00"), Decimal("-150.00"))
    assert result.bank.gaps == ()


def test_a_day_exported_again_or_beside_the_month_is_no_gap(tmp_path):
    month = EARLY + LATE
    day_18 = str(Decimal(AFTER_EARLY) + 40)
    files = {
        "month.xml": camt053(CREDITOR_IBAN, month),  # one statement, 3 to 18 November
        "day.xml": camt053(CREDITOR_IBAN, LATE[1:], opening=day_18, message_id="DAY-18"),
        "day.sta": mt940(CREDITOR_IBAN, LATE[1:], opening=day_18, dialect="rabo"),
    }
    _no_gap(_books(tmp_path, files), date(2026, 11, 18))


def test_the_first_statement_read_starts_the_chain_whatever_it_opens_with(tmp_path):
    result = _books(tmp_path, {"late.xml": camt053(CREDITOR_IBAN, LATE, opening="98765.43", per_day=True)})
    assert result.bank is not None
    assert result.bank.gaps == ()


def test_a_gap_after_the_as_of_date_is_not_known_yet(tmp_path):
    files = {
        "early.xml": camt053(CREDITOR_IBAN, EARLY, per_day=True),
        "late.xml": camt053(CREDITOR_IBAN, LATE, opening="1200.00", per_day=True),
    }
    result = _books(tmp_path, files, as_of=date(2026, 11, 5))
    assert result.bank is not None
    assert result.bank.gaps == ()
    assert result.bank.payments_until == date(2026, 11, 5)


def test_the_gap_names_the_statement_that_counts_not_its_copy_dropped_in_twice(tmp_path):
    # s54: a day's export saved twice by the browser ("nov.xml", "nov (1).xml"): the bank section says the copy's
    # entries were skipped, and the missing days' note then named the copy as the statement before the gap (by
    # name alone " (1)" sorts before ".xml"). It names the statement read first, the one that counts.
    early = camt053(CREDITOR_IBAN, EARLY, per_day=False)
    files = {
        "nov.xml": early,
        "nov (1).xml": early,
        "late.xml": camt053(CREDITOR_IBAN, LATE, opening="1200.00", per_day=True),
    }
    assert _gaps(_books(tmp_path, files)) == [(date(2026, 11, 6), "nov.xml", "e.xml")]


def test_two_gaps_are_both_shown_and_the_stamp_stops_at_the_first(tmp_path):
    middle = [_credit("10.00", 10, "M1")]
    files = {
        "early.xml": camt053(CREDITOR_IBAN, EARLY, per_day=True),
        "middle.xml": camt053(CREDITOR_IBAN, middle, opening="2000.00", message_id="MID"),
        "late.xml": camt053(CREDITOR_IBAN, LATE, opening="3000.00", per_day=True),
    }
    result = _books(tmp_path, files)
    assert [g[0] for g in _gaps(result)] == [date(2026, 11, 6), date(2026, 11, 10)]
    assert result.bank.payments_until == date(2026, 11, 6)


def test_exports_of_overlapping_periods_leave_no_day_out_whatever_they_open_with(tmp_path):
    later = [_debit("30.00", 4, "A2"), _credit("12.50", 6, "A3"), *LATE]  # 4 to 18 November, chosen in the portal
    files = {
        "early.xml": camt053(CREDITOR_IBAN, EARLY[:1] + EARLY[1:2], message_id="A"),  # 3 and 4 November
        "overlap.xml": camt053(CREDITOR_IBAN, later, opening="1100.00", message_id="B"),
    }
    _no_gap(_books(tmp_path, files), date(2026, 11, 18))


def test_a_day_and_its_month_read_first_start_the_chain_together(tmp_path):
    files = {
        "day.xml": camt053(CREDITOR_IBAN, EARLY[:1], message_id="DAY"),  # 3 November alone
        "month.xml": camt053(CREDITOR_IBAN, EARLY + LATE, message_id="MONTH"),  # 3 to 18 November
    }
    result = _books(tmp_path, files)
    assert result.bank is not None
    assert result.bank.gaps == ()


def test_a_balance_that_comes_back_to_an_earlier_one_still_shows_the_gap(tmp_path):
    """3 November: 1000.00 to 1100.00; 16 November opens at 1000.00 again: 100.00 went out unseen."""
    files = {
        "early.xml": camt053(CREDITOR_IBAN, [_credit("100.00", 3, "A1")], message_id="A"),
        "late.xml": camt053(CREDITOR_IBAN, LATE, opening="1000.00", message_id="B"),
    }
    result = _books(tmp_path, files)
    assert [g[0] for g in _gaps(result)] == [date(2026, 11, 3)]
