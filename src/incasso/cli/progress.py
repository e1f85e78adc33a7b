"""How `incasso build` shows a long run: a progress bar on a terminal, the time per phase at the end.

The bar is rich's (Pelican's own dependency, maintained): on stderr, only when
stderr is a terminal and the command was not told to be quiet, so a log file or
CI output never fills with redrawn lines. It is redrawn when the build reports
progress, never from a thread of its own: the build forks its workers from this
process, and a fork should not find another thread half-way through a write.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from pelican.plugins.incasso.clock import DEBTOR_PASS, BuildClock

REDRAW_SECONDS = 0.1  # at most this often: a slice of debtors can take a few milliseconds
OTHER = "other (Pelican, start-up)"


class _Bar:
    """A rich progress bar of the debtors written, redrawn on the build's own reports."""

    def __init__(self, stream: TextIO) -> None:
        self.progress = Progress(
            TextColumn("Debtors written"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("elapsed,"),
            TimeRemainingColumn(),
            TextColumn("left"),
            console=Console(file=stream),
            auto_refresh=False,
            transient=True,
        )
        self.task = self.progress.add_task("debtors", total=None)
        self.drawn = 0.0

    def __call__(self, done: int, total: int) -> None:
        self.progress.update(self.task, completed=done, total=total)
        now = time.monotonic()
        if done == total:
            self.progress.stop()  # gone from the terminal before the build says what it wrote
        elif now - self.drawn >= REDRAW_SECONDS:
            self.progress.refresh()
            self.drawn = now


@contextmanager
def build_clock(quiet: bool, stream: TextIO | None = None) -> Iterator[BuildClock]:
    """A clock for one build, with a progress bar on `stream` (stderr) when it is a terminal and not quiet."""
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        yield BuildClock()
        return
    bar = _Bar(stream)
    with bar.progress:
        yield BuildClock(progress=bar)


def phase_summary(clock: BuildClock) -> list[str]:
    """The wall time of each phase in the order they ran, the rest of the run and the total; then the
    CPU time of each part of the work, whose parts run at once in several processes during the pass."""
    total = clock.total()
    rows = [*clock.wall.items(), (OTHER, max(0.0, total - sum(clock.wall.values()))), ("total", total)]
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
