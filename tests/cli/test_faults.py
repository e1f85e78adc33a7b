"""Faults around a command give clean messages, never a traceback: dates out of range, a reader that left."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from incasso.cli.main import main
from pelican.plugins.incasso.settings import BuildRefused, prepare
from tests.support.ledgers import (
    VALID_CREDITOR,
    changed,
    debtor_path,
    ledger_problems,
    valid_debtor,
    where,
    write_ledger,
)
from tests.support.site import AS_OF, DEMO_LEDGER, REPO

RANGE = "must be a date from 2000-01-01 to 2099-12-31"


@pytest.mark.parametrize("day", ["9999-12-31", "2100-01-01", "1999-12-31", "0001-01-01"])
def test_as_of_outside_the_supported_dates_is_a_usage_error(day, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", day])
    assert exit_.value.code == 2
    assert f"argument --as-of: {RANGE} (got {day})" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("day", "rule"),
    [
        ("2026-02-31", "is not a day of the calendar"),  # written right: the day is wrong
        ("2026-13-01", "is not a day of the calendar"),
        # Written as a Dutch office writes it: the day to give, as the ledger's dates say it (session 49).
        ("31-01-2026", "must be a date written YYYY-MM-DD; write 2026-01-31"),
        ("31 januari 2026", "must be a date written YYYY-MM-DD; write 2026-01-31"),
        ("morgen", "must be a date written YYYY-MM-DD"),
    ],
)
def test_as_of_that_is_no_day_says_what_is_wrong_with_it(day, rule, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", day])
    assert exit_.value.code == 2
    assert f"argument --as-of: {rule} (got {day})" in capsys.readouterr().err


def test_the_edges_of_the_supported_dates_are_accepted(tmp_path, capsys):
    root = write_ledger(tmp_path, creditor=changed(VALID_CREDITOR, {"interest": "none"}), debtors=[valid_debtor()])
    for day in ("2000-01-01", "2099-12-31"):
        assert main(["check", "--ledger", str(root), "--as-of", day, "--quiet"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "field",
    [
        "invoices[0].date",
        "invoices[0].due",
        "payments[0].date",
        "events[0].date",
        "events[0].promised_date",
        "events[1].installments[0].due",
    ],
)
@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1999, 12, 31)])
def test_a_ledger_date_outside_the_supported_dates_is_refused(tmp_path, field, day):
    doc = valid_debtor(
        payments=[{"date": date(2026, 2, 20), "amount": "250.00"}],
        events=[
            {"date": date(2026, 2, 5), "type": "promise", "promised_date": date(2026, 3, 1)},
            {
                "date": date(2026, 3, 5),
                "type": "arrangement",
                "installments": [{"due": date(2026, 4, 1), "amount": 100}],
            },
        ],
    )
    doc = changed(doc, {field: day})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    # The rules that compare dates skip a date refused: no other problem stems from it.
    assert ledger_problems(root) == [f"{debtor_path(root, 'x.yaml')}:{where(doc, field)}: {field}: {RANGE} (got {day})"]


def test_the_as_of_setting_outside_the_supported_dates_refuses_the_build(tmp_path):
    settings = {"INCASSO": {"LEDGER": str(DEMO_LEDGER), "AS_OF": "9999-12-31"}}
    with pytest.raises(BuildRefused, match=f"INCASSO AS_OF {RANGE} \\(got 9999-12-31\\)"):
        prepare(settings)


# -- a reader that left: `incasso check | head -1` ---------------------------------------------------


def run_with_closed(stream: str, *args: str) -> subprocess.CompletedProcess:
    """Run `python -m incasso ARGS` with stdout or stderr a pipe whose reader has already gone."""
    reader, writer = os.pipe()
    os.close(reader)
    other = "stderr" if stream == "stdout" else "stdout"
    try:
        return subprocess.run(
            [sys.executable, "-m", "incasso", *args],
            **{stream: writer, other: subprocess.PIPE},
            cwd=REPO,
            timeout=300,
            env={**os.environ, "INCASSO_SECRET": ""},
        )
    finally:
        os.close(writer)


def no_traceback(done: subprocess.CompletedProcess) -> None:
    said = (done.stdout or b"") + (done.stderr or b"")
    assert b"Traceback" not in said and b"Exception ignored" not in said, said.decode()


def test_check_keeps_its_verdict_when_nobody_reads_it(tmp_path):
    valid = run_with_closed("stdout", "check", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat())
    no_traceback(valid)
    assert valid.returncode == 0
    root = write_ledger(tmp_path, debtors=[valid_debtor(type="busines")])
    invalid = run_with_closed("stderr", "check", "--ledger", str(root))
    no_traceback(invalid)
    assert invalid.returncode == 1


def test_a_build_whose_output_nobody_reads_is_still_built(tmp_path):
    done = run_with_closed(
        "stdout",
        "build",
        "--ledger",
        str(DEMO_LEDGER),
        "--as-of",
        AS_OF.isoformat(),
        "--output",
        str(tmp_path / "output"),
        "--internal-output",
        str(tmp_path / "internal"),
    )
    no_traceback(done)
    assert done.returncode == 0, done.stderr.decode()
    assert len(list((tmp_path / "output" / "s").glob("*/index.html"))) == 18
    audit = run_with_closed("stdout", "audit", str(tmp_path / "output"), "--demo")
    no_traceback(audit)
    assert audit.returncode == 0


@pytest.mark.parametrize("value", ["abc", "-5", "99999999999999", "1.5", "١٢٣"])
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_source_date_epoch_that_is_no_time_is_refused_by_name_before_anything_runs(
    tmp_path, monkeypatch, capsys, value, command
):
    """Read later, `abc` ended a build with ReportLab's ValueError, a year past 9999 with datetime's,
    and `-5` was taken for unset without a word."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    outputs = ["--output", str(tmp_path / "o"), "--internal-output", str(tmp_path / "i")] if command == "build" else []
    assert main([command, "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat(), *outputs]) == 1
    err = capsys.readouterr().err
    assert err.startswith("refused: SOURCE_DATE_EPOCH must be the build's time as whole seconds since 1970")
    assert f"(got {value!r})" in err and err.endswith("nothing was built or published.\n")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("value", ["", " ", "0", "1764547200", " 1764547200\n"])
def test_a_source_date_epoch_of_seconds_or_none_is_taken(monkeypatch, capsys, value):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    assert "SOURCE_DATE_EPOCH" not in capsys.readouterr().err


BAD_RATE = "2027-01-01,statutory,4.x,source,derivation,true\n"  # the columns in the wrong order


@pytest.mark.parametrize("command", ["check", "build", "audit"])
def test_a_wrong_line_in_the_rate_file_is_reported_as_the_ledger_s_problems_are(tmp_path, monkeypatch, capsys, command):
    """The one file of the program staff edit each half year (README): its problems with file and line, no
    traceback, and that nothing went out."""
    from incasso.law import rates

    text = Path(rates.rates_file_path()).read_text(encoding="utf-8") + BAD_RATE
    line = len(text.splitlines())
    monkeypatch.setattr(rates, "shipped_rates", lambda: rates.read_rates(text, "rates.csv"))
    where = ["--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat()]
    args = {
        "check": ["check", *where],
        "build": ["build", *where, "--output", str(tmp_path / "o"), "--internal-output", str(tmp_path / "i")],
        "audit": ["audit", str(tmp_path), *where, "--demo"],
    }[command]
    assert main(args) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"rates.csv:{line}: kind: must be one of statutory, commercial (got 2027-01-01)",
        f"rates.csv:{line}: from: must be a date like 2026-07-01 (got statutory)",
        f"rates.csv:{line}: percent: must be a percentage like 10.15, with a dot and at most 2 decimals (got 4.x)",
        f"rates.csv:{line}: confirmed: must be true or false (got source)",
        "4 problems in the interest rate file src/incasso/law/rates.csv (docs/computation.md, 'The rate table', "
        "says how to write a line); nothing was built or published.",
    ]
    assert not (tmp_path / "o").exists()


def test_the_rate_file_is_not_read_by_an_audit_without_the_ledger(tmp_path, monkeypatch, capsys):
    from incasso.law import rates

    def unread():
        raise AssertionError("read")

    monkeypatch.setattr(rates, "shipped_rates", unread)
    site = tmp_path / "site"
    site.mkdir()
    assert main(["audit", str(site), "--demo"]) in (0, 1)
    assert "rate file" not in capsys.readouterr().err
