"""The days the law and the post do not count: the Algemene termijnenwet's holidays, with real dates."""

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from incasso.law.calendar import is_holiday, is_postal_delivery_day, is_rest_day, term_end


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 1),  # New Year's Day
        date(2026, 1, 2),  # Friday made equal to a holiday by decree (Atw art. 3 lid 3)
        date(2026, 4, 3),  # Good Friday (Atw art. 3 lid 2)
        date(2026, 4, 6),  # Easter Monday
        date(2026, 4, 27),  # King's Day, a Monday
        date(2025, 4, 26),  # King's Day 2025 on Saturday 26 April: the 27th was a Sunday
        date(2026, 5, 5),  # Liberation Day: named by the Atw every year, not only every fifth
        date(2026, 5, 14),  # Ascension Day
        date(2026, 5, 15),  # the Friday after it, by decree
        date(2026, 5, 25),  # Whit Monday
        date(2026, 12, 25),  # Christmas Day
        date(2026, 12, 26),  # Boxing Day
    ],
)
def test_the_atw_holidays(day):
    assert is_holiday(day) and is_rest_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 4, 28),  # the day after King's Day
        date(2026, 5, 4),  # Remembrance Day is no holiday, nor made equal to one by the 2026-2028 decree
        date(2027, 4, 26),  # the Monday before King's Day on a Tuesday: not in the 2026-2028 decree
        date(2026, 12, 24),  # Christmas Eve
        date(2026, 12, 31),  # New Year's Eve
        date(2025, 4, 28),  # a Monday after King's Day on Saturday
    ],
)
def test_working_days_are_no_holidays(day):
    assert not is_holiday(day) and not is_rest_day(day)


def test_the_holidays_package_lacks_5_may_outside_lustrum_years_so_it_is_added():
    nl = holidays.country_holidays("NL", years=(2025, 2026))
    assert date(2025, 5, 5) in nl and date(2026, 5, 5) not in nl
    assert is_holiday(date(2026, 5, 5))


@pytest.mark.parametrize(
    "last_day, extended",
    [
        (date(2026, 3, 21), date(2026, 3, 23)),  # a Saturday: Monday
        (date(2026, 3, 22), date(2026, 3, 23)),  # a Sunday: Monday
        (date(2026, 3, 24), date(2026, 3, 24)),  # a Tuesday stays
        (date(2026, 4, 3), date(2026, 4, 7)),  # Good Friday, the weekend, Easter Monday: Tuesday
        (date(2026, 4, 27), date(2026, 4, 28)),  # King's Day on a Monday: Tuesday
        (date(2026, 5, 5), date(2026, 5, 6)),  # Liberation Day 2026, a Tuesday: Wednesday
        (date(2026, 5, 14), date(2026, 5, 18)),  # Ascension Day, the decree's Friday, the weekend: Monday
        (date(2026, 12, 25), date(2026, 12, 28)),  # Christmas on a Friday, Boxing Day on Saturday: Monday
        (date(2026, 12, 31), date(2026, 12, 31)),  # New Year's Eve is a working day
        (date(2027, 1, 1), date(2027, 1, 4)),  # New Year's Day on a Friday: Monday
    ],
)
def test_a_statutory_term_ending_on_a_rest_day_runs_on_to_the_next_working_day(last_day, extended):
    assert term_end(last_day) == extended


@given(st.dates(min_value=date(2023, 1, 1), max_value=date(2030, 12, 31)))
def test_a_term_ends_on_the_first_working_day_from_its_last_day(last_day):
    end = term_end(last_day)
    assert end >= last_day and not is_rest_day(end)
    assert all(is_rest_day(last_day + timedelta(days=n)) for n in range((end - last_day).days))


@pytest.mark.parametrize(
    "day, delivers",
    [
        (date(2026, 12, 24), True),  # Thursday
        (date(2026, 12, 25), False),  # Christmas Day
        (date(2026, 12, 26), False),  # Boxing Day, a Saturday
        (date(2026, 4, 3), False),  # Good Friday: PostNL may deliver, but the assumed day errs late
        (date(2026, 5, 5), False),  # Liberation Day, idem
        (date(2026, 4, 28), True),  # a Tuesday
        (date(2026, 4, 27), False),  # a Monday (and King's Day)
        (date(2026, 3, 22), False),  # a Sunday
    ],
)
def test_postal_delivery_days(day, delivers):
    assert is_postal_delivery_day(day) == delivers


def test_bank_days_between_leave_out_both_ends_weekends_and_target_holidays():
    from incasso.law.calendar import bank_days_between

    assert bank_days_between(date(2026, 11, 20), date(2026, 11, 23)) == 0  # Friday to Monday
    assert bank_days_between(date(2026, 11, 20), date(2026, 11, 24)) == 1  # the Monday
    assert bank_days_between(date(2026, 12, 24), date(2026, 12, 29)) == 1  # Christmas, Boxing Day, weekend
    assert bank_days_between(date(2026, 11, 20), date(2026, 11, 20)) == 0
    # Banks book on King's Day and on 5 May (public holidays, not TARGET's); not on Good Friday or Easter Monday.
    assert bank_days_between(date(2027, 4, 26), date(2027, 4, 28)) == 1
    assert bank_days_between(date(2027, 5, 4), date(2027, 5, 6)) == 1
    assert bank_days_between(date(2027, 3, 25), date(2027, 3, 30)) == 0


@pytest.mark.parametrize(
    "written, posted",
    [
        (date(2026, 12, 24), date(2026, 12, 24)),  # Thursday: collected that day
        (date(2026, 12, 25), date(2026, 12, 28)),  # Christmas Day, then Boxing Day and Sunday: Monday
        (date(2027, 1, 1), date(2027, 1, 4)),  # New Year's Day, a Friday: the Monday after
        (date(2027, 5, 6), date(2027, 5, 10)),  # Ascension Day, then a Friday equal to a holiday by decree: Monday
        (date(2026, 5, 25), date(2026, 5, 26)),  # Whit Monday: the Tuesday
        (date(2026, 12, 5), date(2026, 12, 7)),  # a Saturday: the Monday (the day of receipt is the same)
    ],
)
def test_a_letter_goes_the_first_day_post_is_collected(written, posted):
    from incasso.law.calendar import posting_day

    assert posting_day(written) == posted


@pytest.mark.parametrize(
    "day, dutch, english",
    [
        (date(2027, 1, 1), "Nieuwjaarsdag", "New Year's Day"),
        # A Saturday, a holiday all the same; in English as the Dutch say it, not the package's "Second Day of
        # Christmas" (nor British "Boxing Day"): law.tables.HOLIDAY_NAMES_EN.
        (date(2026, 12, 26), "Tweede Kerstdag", "Second Christmas Day"),
        (date(2026, 12, 25), "Eerste Kerstdag", "Christmas Day"),
        (date(2027, 3, 28), "Eerste paasdag", "Easter Sunday"),
        # 5 May every year, as the Atw names it: the package's public holidays have it only every fifth year.
        (date(2027, 5, 5), "Bevrijdingsdag", "Liberation Day"),
        (date(2025, 5, 5), "Bevrijdingsdag", "Liberation Day"),
        # A Friday the decree makes equal to a holiday is one, without a name of its own.
        (date(2027, 5, 7), None, None),
        (date(2027, 1, 3), None, None),  # a Sunday, no holiday
        (date(2027, 1, 4), None, None),
    ],
)
def test_a_holiday_is_named_in_the_staffs_language(day, dutch, english):
    from incasso.law.calendar import holiday_name

    assert holiday_name(day, "nl") == dutch
    assert holiday_name(day, "en_NL") == english


def test_every_holiday_the_package_names_has_its_english_name_in_the_one_table():
    """The Dutch names are the `holidays` package's, unchanged; each has its English one in law.tables, so none is
    said in the package's own English (a name the package changes shows here, not on a staff page)."""
    import holidays

    from incasso.law.tables import HOLIDAY_NAMES_EN

    for year in range(2023, 2031):
        named = holidays.country_holidays("NL", years=year, language="nl", categories=("public", "optional"))
        missing = set(named.values()) - set(HOLIDAY_NAMES_EN)
        assert not missing, f"{year}: no English name in law.tables.HOLIDAY_NAMES_EN for {sorted(missing)}"
