"""The cyclic garbage collector kept out of the way of the records a run makes and keeps."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def records_kept() -> Iterator[None]:
    """Around loading, assessing or unpickling a ledger: the cyclic garbage collector stays off.

    Those steps only make records that the run keeps (hundreds of thousands of them for a
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
