"""The generated tables of BENCHMARKS.md: each row names the run that measured it, and a run keeps the rows it
did not measure.

A tool writes its table between its own markers. Its last column, "measured", holds the commit and time of the
run that measured the row. A run of some sizes (or nights) replaces the rows it measured and keeps the others as
they were, so one table can hold rows of several runs, each saying which. A table the tool cannot read (edited by
hand, or written with other columns) is replaced whole, with a warning on stderr: the rows of sizes not measured
in this run are gone then, and the warning says so.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.synthetic import REPO

MEASURED = "measured"
_RUN = re.compile(r"(?:[0-9a-f]{4,40}|\?), \d{4}-\d\d-\d\d \d\d:\d\d")
_ALIGNMENT = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")

Row = list[str]


@dataclass(frozen=True)
class Run:
    """The run a row was measured in: the repository's commit and the time it wrote its table."""

    commit: str
    when: str  # "2026-12-07 20:13"

    @classmethod
    def now(cls) -> Run:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
        ).stdout.strip()
        return cls(commit or "?", datetime.now().strftime("%Y-%m-%d %H:%M"))

    @property
    def cell(self) -> str:
        return f"{self.commit}, {self.when}"


class Unreadable(ValueError):
    """The table between the markers is not one this tool writes."""


def count(cell: str) -> int:
    """A count as a table writes it ("10,000"); ValueError for anything else."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})*", cell):
        raise ValueError(f"a count {cell!r}")
    return int(cell.replace(",", ""))


def cells(line: str) -> Row:
    return [cell.strip() for cell in line.strip().removeprefix("|").removesuffix("|").split("|")]


def markdown(header: Row, alignment: Row, rows: list[Row]) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in [header, alignment, *rows])


def between(text: str, begin: str, end: str) -> str | None:
    """What the markers hold, or None where the text has no such pair."""
    if begin not in text or end not in text.split(begin, 1)[1]:
        return None
    return text.split(begin, 1)[1].split(end, 1)[0]


def read_rows(section: str, header: Row) -> list[Row]:
    """The rows of the table in `section`, each a list of cells; Unreadable unless it has `header`'s columns, and
    every row as many cells and a run in its last."""
    lines = [line for line in section.splitlines() if line.startswith("|")]
    if len(lines) < 2 or not _ALIGNMENT.fullmatch(lines[1].replace(" ", "")):
        raise Unreadable("no table there")
    if cells(lines[0]) != header:
        raise Unreadable("its columns are not the ones this run writes")
    rows = [cells(line) for line in lines[2:]]
    for number, row in enumerate(rows, start=1):
        if len(row) != len(header):
            raise Unreadable(f"its row {number} has {len(row)} cells, not {len(header)}")
        if not _RUN.fullmatch(row[-1]):
            raise Unreadable(f"its row {number} says {row[-1]!r} where a commit and a time were expected")
    return rows


def kept_rows(
    path: Path, begin: str, end: str, header: Row, measured: list[Row], key: Callable[[Row], Hashable]
) -> list[Row]:
    """The rows of the table between the markers in `path` that no row measured now replaces (the same `key`: the
    size, the night). A table there that cannot be read keeps nothing and says so on stderr; `key` raises
    ValueError on a row it cannot read."""
    section = between(path.read_text(encoding="utf-8"), begin, end) if path.is_file() else None
    if section is None:
        return []  # the first table of its kind: nothing to keep
    try:
        rows = read_rows(section, header)
        keys = [key(row) for row in rows]
    except ValueError as unreadable:  # Unreadable, or a key cell that is not a size or night
        print(
            f"warning: {path}: the {begin.removeprefix('<!-- ').split(':')[0]} table cannot be read ({unreadable}); "
            "it is written anew with this run's rows only: the rows of sizes not measured in this run are gone",
            file=sys.stderr,
        )
        return []
    replaced = {key(row) for row in measured}
    return [row for row, row_key in zip(rows, keys) if row_key not in replaced]


def write_section(path: Path, text: str, begin: str, end: str) -> None:
    """Put the generated section between the markers, or at the end the first time."""
    current = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    if between(current, begin, end) is not None:
        before, rest = current.split(begin, 1)
        after = rest.split(end, 1)[1]
        updated = before + text + after
    else:
        updated = current.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(updated, encoding="utf-8")
