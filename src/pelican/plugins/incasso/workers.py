"""How many worker processes a build starts, and the collector kept out of the way of the records
it makes (the pool itself, forked and ending with the build: incasso.processes).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager


def worker_count() -> int:
    """How many worker processes a build starts: one per processor (none when there is one)."""
    return os.cpu_count() or 1


@contextmanager
def records_kept() -> Iterator[None]:
    """Around loading and assessing a ledger: the cyclic garbage collector stays off.

    Those steps only make records that the build keeps (hundreds of thousands of them for a
    large ledger), so every collection the allocations trigger walks a growing heap and frees
    nothing (BENCHMARKS.md: about 15 % of loading and assessing).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
