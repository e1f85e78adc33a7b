"""The cyclic garbage collector kept out of the way of the records a run makes and keeps.

Two tools, both measured (BENCHMARKS.md, "The collector kept off what the build keeps"):
the collector switched off while records are made, and the records alive at a point frozen
(gc.freeze) out of its reach, so that no later collection walks them. A freeze is held: what is
frozen is handed back to the collector (gc.unfreeze) when the outermost holder is done, never
while another still holds it (a run around a worker pool around a batch).

The collector is switched by one thread at a time: the build's main thread, then while the
workers write, the staff files' thread alone (the main thread only counts their slices).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Freezes held open in this process. gc.get_freeze_count() would tell whether any is, but it
# counts every frozen object (millions at 100,000 debtors) each time it is asked.
_holders = 0


@contextmanager
def held() -> Iterator[None]:
    """A hold on what is frozen while it lasts (by gc.freeze, here or inside): handed back to the
    collector when the outermost hold ends; a run's own, around everything it does."""
    global _holders
    _holders += 1
    try:
        yield
    finally:
        _holders -= 1
        if _holders == 0:
            gc.unfreeze()


@contextmanager
def frozen() -> Iterator[None]:
    """Everything alive now out of the collector's reach while this lasts (and longer when it is
    held from outside): before forking workers, so that no collection in a worker writes to, and
    so copies, the memory it shares with this process."""
    with held():
        gc.freeze()
        yield


@contextmanager
def records_kept(*, for_the_run: bool = False) -> Iterator[None]:
    """Around loading, assessing or unpickling a ledger: the cyclic garbage collector stays off.

    Those steps only make records that the run keeps (hundreds of thousands of them for a
    large ledger), so every collection the allocations trigger walks a growing heap and frees
    nothing (BENCHMARKS.md: about 15 % of loading and assessing).

    for_the_run, inside a run's hold (`held`): what is alive on leaving lives as long as the
    run (the build's ledger and claims), so it is frozen before the collector is back on, until
    the run's hold ends. Otherwise the collections that follow would walk every record three
    times over, moving them up a generation at a time: 0.7 s of the serial part of a build at
    10,000 debtors.
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

    What is alive on entering is frozen out of the collector's reach, and the collector stays
    off until the batch is done: otherwise each of the thousands of collections the batch's
    allocations trigger may walk every record of the ledger (BENCHMARKS.md: more than half of
    the print file's time on a backlog night at 10,000 debtors). On leaving, one collection
    frees the batch's cycles, before what was frozen is handed back (if nothing else holds it),
    so that it walks the batch alone.
    """
    was_enabled = gc.isenabled()
    with frozen():
        gc.disable()
        try:
            yield
        finally:
            gc.collect()
            if was_enabled:
                gc.enable()
