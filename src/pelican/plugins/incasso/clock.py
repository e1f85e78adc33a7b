"""Where a build's time goes, phase by phase, and how far its pass over the debtors has come.

The command line hands a BuildClock to the build (settings CLOCK) to show progress on a
terminal and to print the time of each phase at the end; without one, a build still times
itself, and nobody looks. It measures and says nothing itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Told how many debtors of how many the pass has written, each time a slice of them is done.
Progress = Callable[[int, int], None]
# The phase that writes every debtor's page, letters and dossier page (incasso.debtors); its parts
# run at once in several processes, so they are timed in CPU seconds.
DEBTOR_PASS = "pages, letters, dossiers"


class BuildClock:
    """Wall seconds per phase of the build; CPU seconds per part of the work in the workers."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.started = time.perf_counter()
        self.wall: dict[str, float] = {}  # phase -> seconds, in the order the phases first ran
        self.cpu: dict[str, float] = {}  # part of the pass over the debtors -> CPU seconds, all workers
        self.workers = 0  # processes the pass over the debtors ran in (0: this one)
        self.beside_pass: str | None = None  # a phase run in this process while the workers wrote
        self.progress = progress

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Time what runs inside as the phase `name` (added up, when it runs more than once)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - start

    def add_cpu(self, seconds: dict[str, float]) -> None:
        for part, value in seconds.items():
            self.cpu[part] = self.cpu.get(part, 0.0) + value

    def advance(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def total(self) -> float:
        """Wall seconds since the clock started."""
        return time.perf_counter() - self.started
