"""The statutory interest rates, per half year, read from the data file beside this module.

`rates.csv` (package data) holds every rate with its source and how it is
derived, so that staff add a new half year's rate to a data file, not to code.
The file is read strictly: every problem is reported with its line, all at once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path

RATES_FILE = "rates.csv"
# What staff read for it: in a checkout of the repository, and inside the installed package.
CHECKOUT_NAME = "src/incasso/law/rates.csv"
PACKAGE_NAME = "incasso/law/rates.csv"
COLUMNS = ("kind", "from", "percent", "confirmed", "source", "derivation")
_BOOLEANS = {"true": True, "false": False}
_HALF_YEAR_STARTS = ((1, 1), (7, 1))
_PERCENT = re.compile(r"[0-9]{1,2}(\.[0-9]{1,2})?")  # ASCII digits: Decimal() reads any script's


class RateKind(StrEnum):
    STATUTORY = "statutory"  # wettelijke rente, art. 6:119 BW
    COMMERCIAL = "commercial"  # wettelijke handelsrente, art. 6:119a BW


@dataclass(frozen=True)
class Rate:
    start: date
    percent: Decimal
    confirmed: bool
    source: str
    derivation: str = ""
    # Not a row of the file: the last row's rate carried on to a half year after it (`carried_on`).
    carried: bool = False


@dataclass(frozen=True)
class RateTable:
    """Both kinds of statutory rate, each in date order, and the file they were read from."""

    path: str
    statutory: tuple[Rate, ...]
    commercial: tuple[Rate, ...]

    def of(self, kind: RateKind) -> tuple[Rate, ...]:
        return self.statutory if kind == RateKind.STATUTORY else self.commercial

    @property
    def known_until(self) -> date:
        """The last day both kinds are known for: the end of the half year of the last rate of each."""
        return min(half_year_end(rates[-1].start) for rates in (self.statutory, self.commercial))


class RateFileError(ValueError):
    """A rate file that breaks its rules; `problems` lists every one as `file:line: column: what`."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))

    def __reduce__(self) -> tuple[type[RateFileError], tuple[list[str]]]:
        # Raised in a worker process (the audit reads the ledger in one), it is sent back pickled: by
        # default with its text as `problems`, which a caller then printed a character a line.
        return (type(self), (self.problems,))


def half_year_end(start: date) -> date:
    """The last day of the half year `start` is in: 30 June or 31 December (the rates change only after it)."""
    following = date(start.year, 7, 1) if start.month < 7 else date(start.year + 1, 1, 1)
    return following - timedelta(days=1)


def read_rates(text: str, path: str) -> RateTable:
    """The rates written in `text` (the contents of the file at `path`); RateFileError lists all problems.

    Lines starting with '#' are comments. Each kind's rows must follow each other
    half year by half year, without gaps, from 1 January or 1 July.
    """
    problems: list[str] = []
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if not line.lstrip().startswith("#")]
    lines = [(n, line) for n, line in lines if line.strip()]
    rows = list(csv.reader(line for _, line in lines))
    if not rows or tuple(cell.strip() for cell in rows[0]) != COLUMNS:
        where = f"{path}:{lines[0][0]}" if lines else path
        raise RateFileError([f"{where}: the first row must name the columns {','.join(COLUMNS)}"])
    found: dict[RateKind, list[Rate]] = {kind: [] for kind in RateKind}
    written = {row[0].strip() for row in rows[1:] if row}  # a kind with only wrong rows is not missing
    for (line, _), row in zip(lines[1:], rows[1:]):
        read = _row(row, f"{path}:{line}", problems)
        if read is None:
            continue
        kind, rate = read
        earlier = found[kind]
        if earlier and rate.start != half_year_end(earlier[-1].start) + timedelta(days=1):
            expected = half_year_end(earlier[-1].start) + timedelta(days=1)
            problems.append(
                f"{path}:{line}: from: must be {expected}, the half year after the {kind} rate above (got {rate.start})"
            )
        earlier.append(rate)
    for kind in RateKind:
        if kind not in written:
            problems.append(f"{path}: holds no {kind} rate")
    if problems:
        raise RateFileError(problems)
    return RateTable(path, tuple(found[RateKind.STATUTORY]), tuple(found[RateKind.COMMERCIAL]))


def _row(row: list[str], where: str, problems: list[str]) -> tuple[RateKind, Rate] | None:
    """One row as a rate of its kind; None (with the problems noted) when a value is wrong."""
    if len(row) != len(COLUMNS):
        problems.append(f"{where}: must have {len(COLUMNS)} values ({','.join(COLUMNS)}), has {len(row)}")
        return None
    values = dict(zip(COLUMNS, (cell.strip() for cell in row)))
    before = len(problems)
    kinds = {k.value: k for k in RateKind}
    kind = kinds.get(values["kind"])
    if kind is None:
        problems.append(f"{where}: kind: must be one of {', '.join(kinds)} (got {values['kind']})")
    start = _start(values["from"], where, problems)
    percent = _percent(values["percent"], where, problems)
    confirmed = _BOOLEANS.get(values["confirmed"])
    if confirmed is None:
        problems.append(f"{where}: confirmed: must be true or false (got {values['confirmed']})")
    for column in ("source", "derivation"):
        if not values[column]:
            problems.append(f"{where}: {column}: must not be empty: say where the rate comes from and how")
    if len(problems) > before or kind is None or start is None or percent is None or confirmed is None:
        return None
    return kind, Rate(start, percent, confirmed, values["source"], values["derivation"])


def _start(text: str, where: str, problems: list[str]) -> date | None:
    try:
        start = date.fromisoformat(text)
    except ValueError:
        problems.append(f"{where}: from: must be a date like 2026-07-01 (got {text})")
        return None
    if (start.month, start.day) not in _HALF_YEAR_STARTS:
        problems.append(f"{where}: from: rates are set per half year: must be a 1 January or 1 July (got {text})")
        return None
    return start


def _percent(text: str, where: str, problems: list[str]) -> Decimal | None:
    if not _PERCENT.fullmatch(text):
        problems.append(
            f"{where}: percent: must be a percentage like 10.15, with a dot and at most 2 decimals (got {text})"
        )
        return None
    return Decimal(text)


@lru_cache(maxsize=1)
def shipped_rates() -> RateTable:
    """The rates shipped with incasso (src/incasso/law/rates.csv)."""
    data = resources.files("incasso.law").joinpath(RATES_FILE)
    return read_rates(data.read_text(encoding="utf-8"), rates_file_path())


def rates_file_path() -> str:
    """Where the shipped rate file lives on this machine (to read it; never shown on a page)."""
    return str(resources.files("incasso.law").joinpath(RATES_FILE))


def rate_problems_counted(error: RateFileError, not_done: str) -> str:
    """The line the rate file's problems end with, from the command line and from Pelican run by hand."""
    count = len(error.problems)
    return (
        f"{count} problem{'s' if count != 1 else ''} in the interest rate file {rates_file_name()} "
        f"(docs/computation.md, 'The rate table', says how to write a line); {not_done}."
    )


def rates_file_name() -> str:
    """The rate file's name as staff find it, the same on every machine: no machine path.

    `src/incasso/law/rates.csv` when incasso runs from a checkout of its repository
    (the file to edit, commit and test); else `incasso/law/rates.csv`, its place inside
    the installed package (docs/computation.md says how to find that on a machine).
    """
    path = Path(rates_file_path())
    checkout = path.parents[3] if len(path.parents) > 3 else None
    if checkout is not None and path.parents[2].name == "src" and (checkout / "pyproject.toml").is_file():
        return CHECKOUT_NAME
    return PACKAGE_NAME


def rates_for(consumer: bool) -> tuple[Rate, ...]:
    """The statutory rates for a consumer (art. 6:119 BW), else the commercial ones (art. 6:119a BW)."""
    return shipped_rates().of(RateKind.STATUTORY if consumer else RateKind.COMMERCIAL)


def carried_on(last: Rate, day: date) -> Rate:
    """The rate for `day`, a day after the half year of `last` (a table's last row): its rate, carried on.

    Carried on for `day`'s own half year, from its 1 January or 1 July, as the row staff add for that
    half year would make it (the rates change only then, art. 6:120 BW): a row added later at the same
    rate then moves no figure. Not confirmed: nobody checked it against a published rate.
    """
    return _carried_on(last, date(day.year, 1, 1) if day.month < 7 else date(day.year, 7, 1))


@lru_cache(maxsize=64)
def _carried_on(last: Rate, start: date) -> Rate:
    # Made once a half year, not once an interest line: a build after the table's last half year asks for it
    # some ten times a debtor (BENCHMARKS.md, session 62). A rate is frozen: every line may share it.
    source = f"not in the rate file: the rate from {last.start} carried on"
    return Rate(start, last.percent, False, source, last.derivation, carried=True)


def rates_known_until() -> date:
    """The last day the shipped rates cover; interest after it is counted at the last known rate."""
    return shipped_rates().known_until


class RateNotice(StrEnum):
    """What staff must know about the rates behind a set of interest lines."""

    UNCONFIRMED = "unconfirmed"  # a rate marked not confirmed in the rate file
    BEYOND_TABLE = "beyond_table"  # a day after the rate file's last half year


def rate_notice(notice: RateNotice) -> str:
    """What `incasso check` prints about a notice, naming the rate file as staff find it."""
    if notice == RateNotice.UNCONFIRMED:
        return (
            f"some statutory interest rates used are marked 'not confirmed' in {rates_file_name()}: "
            "check them against the published rates (docs/computation.md, 'Statutory interest'), or ask whoever "
            "maintains this installation for a version of incasso with confirmed rates"
        )
    known = rates_known_until()
    return (
        f"no statutory interest rate is known after {known}: interest after it is counted at the last known rate, "
        "half year by half year, called provisional on the debtors' pages and letters; add each kind's rows from "
        f"{known + timedelta(days=1)} on, one per half year, to {rates_file_name()} (docs/computation.md, "
        "'The rate table'; at the same rate no figure moves), or ask whoever maintains this installation for a "
        "version of incasso that has them"
    )
