"""How `incasso build`, `check` and `audit` show a long run: each phase by name as it runs, with a progress bar
where it counts (debtor files read, debtors written, files checked), on a terminal; the time per phase at the end.

The display is rich's (Pelican's own dependency, maintained): on stderr, only when
stderr is a terminal and the command was not told to be quiet, so a log file or
CI output never fills with redrawn lines. It is redrawn when the build reports
progress or starts a phase, never from a thread of its own: the build forks its
workers from this process, and a fork should not find another thread half-way
through a write. So a phase that counts nothing shows its name alone, with no
clock that would stand still.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console, RenderableType
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from incasso.cli.report import OK, say
from incasso.clock import DEBTOR_PASS, CommandClock

REDRAW_SECONDS = 0.1  # at most this often: a slice of debtors can take a few milliseconds
# The rest of a check's or audit's run: before its phases, and after them what it prints (a check's tally per
# stage, bank summary and notes: 0.5 of the 0.6 s at 3,000 debtors).
OTHER = "other (start-up, summary)"
OTHER_IN_A_BUILD = "other (Pelican, start-up)"
# Each phase as the terminal names it while it runs; for one that counts, what it says beside its count.
PHASES = {
    "load": ("Reading the ledger", "Debtor files read"),
    "reconcile": ("Reconciling the bank statements", ""),
    "assess": ("Assessing the debtors", ""),
    DEBTOR_PASS: ("Writing pages, letters, dossiers", "Debtors written"),
    "print file": ("Joining the print file", ""),
    "staff overview, exports": ("Writing the staff overview and exports", ""),
    "swap": ("Swapping in the new outputs, removing the previous ones", ""),
    "index": ("Indexing every debtor's words", "Debtors indexed"),  # the audit's, after "load"
    "pages": ("Checking the pages", "Files checked"),
    "across pages": ("Comparing the pages, and them with the ledger", ""),
}
# What the terminal says before and between the phases: in a build, Pelican's own work; a check or audit builds nothing.
BETWEEN = "Building the site"
BETWEEN_IN_A_CHECK = "Checking the ledger"
BETWEEN_IN_AN_AUDIT = "Auditing the output"


class _WhenCounted(ProgressColumn):
    """A column shown only while the phase counts: a phase without a count shows its name alone."""

    def __init__(self, column: ProgressColumn) -> None:
        super().__init__()
        self.column = column

    def render(self, task: Task) -> RenderableType:
        return self.column.render(task) if task.total is not None else Text("")


class _Display:
    """The phase running, by name, with a bar, its count and its time where it counts; redrawn on the command's
    own reports (`incasso.clock.Shown`)."""

    def __init__(self, stream: TextIO, between: str) -> None:
        self.between = between  # what the command does before and between its phases
        self.progress = Progress(
            TextColumn("{task.description}"),
            *(
                _WhenCounted(column)
                for column in (
                    BarColumn(bar_width=24),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    TextColumn("elapsed,"),
                    TimeRemainingColumn(),
                    TextColumn("left"),
                )
            ),
            console=Console(file=stream),
            auto_refresh=False,
            transient=True,
        )
        self.task: TaskID | None = None
        self.counted = ""
        self.drawn = 0.0
        self.phase(None)

    def phase(self, name: str | None) -> None:
        label, counted = PHASES.get(name, (name.capitalize(), "")) if name else (self.between, "")
        if self.task is not None:
            self.progress.remove_task(self.task)
        self.task = self.progress.add_task(label, total=None)
        self.counted = counted or label
        self._draw()

    def count(self, done: int, total: int) -> None:
        if self.task is None:  # pragma: no cover - a task is made on creation
            return
        self.progress.update(self.task, description=self.counted, completed=done, total=total)
        if done == total or time.monotonic() - self.drawn >= REDRAW_SECONDS:
            self._draw()

    def finished(self) -> None:
        self.progress.stop()  # gone from the terminal before the build says what it did

    def _draw(self) -> None:
        self.progress.refresh()
        self.drawn = time.monotonic()


@contextmanager
def command_clock(quiet: bool, stream: TextIO | None = None, between: str = BETWEEN) -> Iterator[CommandClock]:
    """A clock for one build, check or audit, shown on `stream` (stderr) as it runs when that is a terminal and
    not quiet; `between` is what it shows before and between the phases."""
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        yield CommandClock()
        return
    display = _Display(stream, between)
    with display.progress:
        yield CommandClock(shown=display)


def timed(command: Callable[[CommandClock], int], quiet: bool, between: str = BETWEEN, other: str = OTHER) -> int:
    """`command(clock)`: a build, check or audit, its phases shown as it runs (`command_clock`); once it has
    succeeded, the time per phase (`phase_summary`, the rest of the run named `other`). Its exit code."""
    with command_clock(quiet, between=between) as clock:
        code = command(clock)
    if code == OK:
        for line in phase_summary(clock, other):
            say(line, quiet=quiet)
    return code


def phase_summary(clock: CommandClock, other: str = OTHER) -> list[str]:
    """The wall time of each phase in the order they ran, the rest of the run (named `other`) and the total;
    then the CPU time of each part of the work, whose parts run at once in several processes during a build's
    pass."""
    total = clock.total()
    rows = [*clock.wall.items(), (other, max(0.0, total - sum(clock.wall.values()))), ("total", total)]
    width = max(len(name) for name, _ in rows)
    lines = ["Time per phase (wall clock):"]
    for name, seconds in rows:
        where = ""
        if name == DEBTOR_PASS:
            where = f"{clock.workers} worker processes" if clock.workers else "in one process"
            if clock.beside_pass:
                where += f"; {clock.beside_pass} beside them"
            where = f"  ({where})"
        lines.append(f"  {name:<{width}}  {seconds:7.1f} s{where}")
    if clock.cpu:
        lines.append("CPU time of each part, all processes:")
        width = max(len(part) for part in clock.cpu)
        lines += [f"  {part:<{width}}  {seconds:7.1f} s" for part, seconds in clock.cpu.items()]
    return lines
