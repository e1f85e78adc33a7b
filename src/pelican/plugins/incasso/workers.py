"""How many worker processes a build starts (the pool itself, forked and ending with the build:
incasso.processes)."""

from __future__ import annotations

import os


def worker_count() -> int:
    """How many worker processes a build starts: one per processor (none when there is one)."""
    return os.cpu_count() or 1
