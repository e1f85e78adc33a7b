"""The cyclic garbage collector kept out of the way of the records a run makes and keeps."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def records_kept(*, for_the_run: bool = False) -> Iterator[None]:
    """Around loading, assessing or unpickling a ledger: the cyclic garbage collector stays off.

    Those steps only make records that the run keeps (hundreds of thousands of them for a
    large ledger), so every collection the allocations trigger walks a growing heap and frees
    nothing (BENCHMARKS.md: about 15 % of loading and assessing).

    for_the_run: what is alive on leaving lives as long as the run (the build's ledger, claims
    and staff book), so it is frozen out of the collector's reach (gc.freeze) before the
    collector is back on. Otherwise the collections that follow would walk every record three
    times over, moving them up a generation at a time: 0.7 s of the serial part of a build at
    10,000 debtors (BENCHMARKS.md). A worker pool hands them back to the collector when it
    closes, and so does `run_ends` around the run.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if for_the_run:
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def collected_once() -> Iterator[None]:
    """Around a batch of work that makes many short-lived objects beside the records a run keeps
    (the staff files, a batch of the print file): its garbage is collected once, at the end.

    The records alive on entering are frozen out of the collector's reach (gc.freeze), and the
    collector stays off until the batch is done: otherwise each of the thousands of collections
    the batch's allocations trigger may walk every record of the ledger (BENCHMARKS.md: more
    than half of the print file's time on a backlog night at 10,000 debtors). On leaving, one
    collection frees the batch's cycles, and what was frozen here is handed back; a freeze made
    before (a worker pool's) is left to its maker.
    """
    frozen_before = gc.get_freeze_count() > 0
    was_enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()
        if not frozen_before:
            gc.unfreeze()


@contextmanager
def run_ends() -> Iterator[None]:
    """Around a run that keeps its records with records_kept(for_the_run=True): when it ends, what
    was frozen is handed back to the collector, so that nothing the run let go of stays out of its
    reach in a process that goes on (a test session, a server); a freeze made before is left."""
    frozen_before = gc.get_freeze_count() > 0
    try:
        yield
    finally:
        if not frozen_before:
            gc.unfreeze()
