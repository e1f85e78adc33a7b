"""Where a command's time goes, phase by phase, and how far its phase has come.

`incasso build`, `check` and `audit` each run with a CommandClock (`incasso.cli.progress`): it
times their phases, and shows their progress on a terminal through what it is given (`Shown`),
so that each can print its time per phase at the end. The build gets it from the command line
(settings CLOCK); without one, a build still times itself, and nobody looks. The clock measures
and says nothing itself: what it is `Shown` does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

# Told how many of how many a phase has done: debtor files read, debtors written (each slice of them), files checked.
Progress = Callable[[int, int], None]
# The phase that writes every debtor's page, letters and dossier page (pelican.plugins.incasso.debtors); its parts
# run at once in several processes, so they are timed in CPU seconds.
DEBTOR_PASS = "pages, letters, dossiers"


class Shown(Protocol):
    """What shows a command as it runs (a progress display on a terminal): each phase as it starts, and how far
    it has come where it counts."""

    def phase(self, name: str | None) -> None:
        """The phase `name` starts; None: one has ended, and the command goes on between phases (a build in
        Pelican's own)."""

    def count(self, done: int, total: int) -> None:
        """`done` of `total` in the phase running (debtor files read, debtors written, files checked)."""

    def finished(self) -> None:
        """The command has ended: nothing more to show."""


class CommandClock:
    """Wall seconds per phase of a command; for a build, CPU seconds per part of its pass over the debtors, which
    runs in worker processes."""

    def __init__(self, shown: Shown | None = None) -> None:
        self.started = time.perf_counter()
        self.wall: dict[str, float] = {}  # phase -> seconds, in the order the phases first ran
        self.cpu: dict[str, float] = {}  # part of the pass over the debtors -> CPU seconds, all workers
        self.workers = 0  # processes the pass over the debtors ran in (0: this one)
        self.beside_pass: str | None = None  # a phase run in this process while the workers wrote
        self.shown = shown

    @contextmanager
    def phase(self, name: str) -> Iterator[Progress]:
        """Time what runs inside as the phase `name` (added up, when it runs more than once); what runs inside
        may count its work with what is yielded (`advance`)."""
        start = time.perf_counter()
        if self.shown is not None:
            self.shown.phase(name)
        try:
            yield self.advance
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - start
            if self.shown is not None:
                self.shown.phase(None)

    def add_cpu(self, seconds: dict[str, float]) -> None:
        for part, value in seconds.items():
            self.cpu[part] = self.cpu.get(part, 0.0) + value

    def advance(self, done: int, total: int) -> None:
        """`done` of `total` in the phase running."""
        if self.shown is not None:
            self.shown.count(done, total)

    def finished(self) -> None:
        """The command has ended, whichever way: what it prints next is not drawn over."""
        if self.shown is not None:
            self.shown.finished()

    def total(self) -> float:
        """Wall seconds since the clock started."""
        return time.perf_counter() - self.started
