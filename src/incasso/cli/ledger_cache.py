"""The ledger cache on the command line: `check` and `audit` read a build's, `build` says what it spared."""

from __future__ import annotations

from pathlib import Path

from incasso.ledger.cache import LedgerCache
from pelican.plugins.incasso.build import cache_secret


def opened(path: Path | None) -> LedgerCache | None:
    """The cache `--ledger-cache` names, to read from only; None without the option."""
    if path is None:
        return None
    if not path.exists():  # named on the command line: a typo must not pass for "nothing cached yet"
        return LedgerCache(note=f"{path} does not exist; every debtor file was read")
    return LedgerCache.open(path, cache_secret())


def cache_line(cache: LedgerCache, *, kept: bool) -> str:
    """One line: how many debtor files the cache spared, or why it was not used.

    `kept`: this command writes the records it read into a new cache (a build does).
    """
    if cache.unwritten:
        return f"Ledger cache not written: {cache.unwritten}; the next build reads every debtor file."
    if cache.note:
        return f"Ledger cache not used: {cache.note}."
    if not cache.reused:
        after = ", kept for the next build" if kept else ""
        return f"Ledger cache: no records to reuse; {cache.read:,} debtor files read{after}."
    total = cache.reused + cache.read
    return (
        f"Ledger cache: {cache.reused:,} of {total:,} debtor files unchanged since the cache was written, "
        "not read again."
    )
