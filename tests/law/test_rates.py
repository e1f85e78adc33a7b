"""The statutory rate table: a data file staff extend, read strictly, with its source beside each rate."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.law import rates
from incasso.law.rates import (
    COLUMNS,
    RateFileError,
    RateKind,
    rate_notice,
    rates_file_name,
    rates_file_path,
    rates_for,
    read_rates,
    shipped_rates,
)

HEADER = ",".join(COLUMNS)
ROW = 'statutory,2026-01-01,4,true,"a decree","ECB 2.15% + 2.25 = 4.40, rounded to 4"'
REPO = Path(__file__).resolve().parents[2]
COMMERCIAL = 'commercial,2026-01-01,10.15,true,"art. 6:120 lid 2 BW","ECB 2.15% + 8"'


def test_the_shipped_file_holds_the_known_rates():
    statutory = [(r.start, r.percent, r.confirmed) for r in rates_for(consumer=True)]
    commercial = [(r.start, r.percent, r.confirmed) for r in rates_for(consumer=False)]
    assert statutory == [
        (date(2023, 1, 1), Decimal("4"), True),
        (date(2023, 7, 1), Decimal("6"), True),
        (date(2024, 1, 1), Decimal("7"), True),
        (date(2024, 7, 1), Decimal("7"), True),
        (date(2025, 1, 1), Decimal("6"), True),
        (date(2025, 7, 1), Decimal("6"), False),  # the formula gives 5: not confirmed
        (date(2026, 1, 1), Decimal("4"), False),
    ]
    assert commercial == [
        (date(2023, 1, 1), Decimal("10.5"), True),
        (date(2023, 7, 1), Decimal("12"), True),
        (date(2024, 1, 1), Decimal("12.5"), True),
        (date(2024, 7, 1), Decimal("12.25"), True),
        (date(2025, 1, 1), Decimal("11.15"), True),
        (date(2025, 7, 1), Decimal("10.15"), True),
        (date(2026, 1, 1), Decimal("10.15"), True),
    ]
    assert shipped_rates().known_until == date(2026, 6, 30)
    assert all(r.source and r.derivation for r in rates_for(True) + rates_for(False))


def test_a_rate_not_confirmed_says_where_a_user_checks_it():
    """Staff read each row's source on a dossier (*Rentetarieven*): one not confirmed says what to check it
    against and where, never a note the users do not have (s66: "the team's domain notes")."""
    unconfirmed = [r for r in rates_for(True) + rates_for(False) if not r.confirmed]
    assert unconfirmed
    for rate in unconfirmed:
        assert rate.source.startswith("not yet checked against the decree: "), rate
        assert "wetten.overheid.nl" in rate.source and "notes" not in rate.source, rate


def test_the_rate_file_is_package_data_at_a_real_path():
    path = Path(rates_file_path())
    assert path.name == "rates.csv" and path.is_file()
    assert shipped_rates().path == str(path)


def test_a_new_half_year_is_one_line_per_kind():
    text = Path(rates_file_path()).read_text(encoding="utf-8")
    extended = read_rates(
        text
        + 'statutory,2026-07-01,4,false,"staff","ECB + 2.25"\ncommercial,2026-07-01,10.15,false,"staff","ECB + 8"\n',
        "x.csv",
    )
    assert extended.known_until == date(2026, 12, 31)
    assert extended.of(RateKind.STATUTORY)[-1].percent == Decimal("4")
    only_one_kind = read_rates(text + 'statutory,2026-07-01,4,false,"staff","ECB + 2.25"\n', "x.csv")
    assert only_one_kind.known_until == date(2026, 6, 30)  # both kinds must be known


def test_comments_and_blank_lines_are_skipped_and_lines_are_counted_as_written():
    text = f"# a comment\n\n{HEADER}\n# another\n{ROW}\n{COMMERCIAL}\n"
    table = read_rates(text, "r.csv")
    assert [r.start for r in table.statutory] == [date(2026, 1, 1)]
    with pytest.raises(RateFileError) as err:
        read_rates(text.replace("2026-01-01,4,", "2026-01-01,4%,"), "r.csv")
    assert err.value.problems == [
        "r.csv:5: percent: must be a percentage like 10.15, with a dot and at most 2 decimals (got 4%)"
    ]


def test_every_problem_is_reported_at_once_with_its_line():
    text = "\n".join(
        [
            HEADER,
            ROW,
            'statutory,2026-07-01,"10,15",yes,"",""',
            'statutory,2027-03-01,4,true,"s","d"',
            'statutory,2028-01-01,4,true,"s","d"',
            'interest,2026-01-01,4,true,"s","d"',
            "commercial,2026-01-01,10.155,true,s,d",
            "commercial,2026-01-01,10.15,true,s",
        ]
    )
    with pytest.raises(RateFileError) as err:
        read_rates(text, "r.csv")
    assert err.value.problems == [
        "r.csv:3: percent: must be a percentage like 10.15, with a dot and at most 2 decimals (got 10,15)",
        "r.csv:3: confirmed: must be true or false (got yes)",
        "r.csv:3: source: must not be empty: say where the rate comes from and how",
        "r.csv:3: derivation: must not be empty: say where the rate comes from and how",
        "r.csv:4: from: rates are set per half year: must be a 1 January or 1 July (got 2027-03-01)",
        "r.csv:5: from: must be 2026-07-01, the half year after the statutory rate above (got 2028-01-01)",
        "r.csv:6: kind: must be one of statutory, commercial (got interest)",
        "r.csv:7: percent: must be a percentage like 10.15, with a dot and at most 2 decimals (got 10.155)",
        "r.csv:8: must have 6 values (kind,from,percent,confirmed,source,derivation), has 5",
    ]


def test_each_kind_needs_a_rate():
    with pytest.raises(RateFileError) as err:
        read_rates(f"{HEADER}\n{ROW}\n", "r.csv")
    assert err.value.problems == ["r.csv: holds no commercial rate"]


def test_the_columns_must_be_named_first():
    with pytest.raises(RateFileError) as err:
        read_rates(f"# rates\n{ROW}\n", "r.csv")
    assert err.value.problems == ["r.csv:2: the first row must name the columns " + HEADER]


def test_the_notices_name_the_rate_file_as_staff_find_it_in_the_checkout():
    assert rates_file_name() == "src/incasso/law/rates.csv"  # the tests run from a checkout
    assert (REPO / rates_file_name()).resolve() == Path(rates_file_path()).resolve()
    assert "in src/incasso/law/rates.csv: check them" in rate_notice("unconfirmed")
    assert rate_notice("beyond_table").startswith("no statutory interest rate is known after 2026-06-30")
    beyond = rate_notice("beyond_table")
    assert "counted at the last known rate, half year by half year, called provisional" in beyond
    assert (
        "add each kind's rows from 2026-07-01 on, one per half year, to src/incasso/law/rates.csv (docs/computation.md, "
        "'The rate table'; at the same rate no figure moves), or ask whoever maintains" in beyond
    )
    for notice in ("unconfirmed", "beyond_table"):
        assert str(REPO) not in rate_notice(notice)  # no machine path


def test_installed_as_a_package_the_rate_file_is_named_inside_the_package(tmp_path, monkeypatch):
    installed = tmp_path / "lib" / "python3.11" / "site-packages" / "incasso" / "law" / "rates.csv"
    monkeypatch.setattr(rates, "rates_file_path", lambda: str(installed))
    assert rates.rates_file_name() == "incasso/law/rates.csv"
    assert "site-packages" not in rates.rate_notice(rates.RateNotice.BEYOND_TABLE)
    # A folder named src without the project beside it is no checkout either.
    stray = tmp_path / "src" / "incasso" / "law" / "rates.csv"
    monkeypatch.setattr(rates, "rates_file_path", lambda: str(stray))
    assert rates.rates_file_name() == "incasso/law/rates.csv"


def test_a_rate_file_error_keeps_its_problems_across_a_process():
    """The audit reads the ledger in a worker: its error came back pickled with its text as `problems`."""
    import pickle

    with pytest.raises(RateFileError) as err:
        read_rates(f"{HEADER}\n{ROW}\nstatutory,2026-07-01,4.x,true,s,d\n", "r.csv")
    again = pickle.loads(pickle.dumps(err.value))
    assert again.problems == err.value.problems and str(again) == str(err.value)
