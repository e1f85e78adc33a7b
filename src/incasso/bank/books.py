"""The one way in: the ledger with the payments its bank statements show, as known on a date.

`incasso check`, every build and the audit call `read_books`, so what they
say about a ledger always agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incasso.bank.folder import read_bank_folder
from incasso.bank.reconcile import Reconciliation, reconcile
from incasso.ledger.cache import LedgerCache
from incasso.ledger.load import Spread, load_ledger
from incasso.ledger.model import Ledger
from incasso.ledger.problems import LedgerError, Problem


@dataclass(frozen=True)
class Books:
    """The ledger (each debtor with the payments the bank showed) and what the statements held."""

    ledger: Ledger
    bank: Reconciliation | None  # None when the ledger has no bank/ folder


def read_books(
    root: str | Path,
    as_of: date,
    phase: Callable[[str], AbstractContextManager[object]] = nullcontext,
    cache: LedgerCache | None = None,
    spread: Spread = map,
) -> Books:
    """Load the ledger in `root` and reconcile its bank statements as known on `as_of`.

    Raises LedgerError with every problem of the ledger and of the bank files
    at once; nothing is returned from a ledger or a statement that has one.
    `phase("load")` and `phase("reconcile")` surround the two steps (a build times them).
    A `cache` spares reading the debtor files it knows (incasso.ledger.cache); `spread` parses the
    others (`load_ledger`).
    """
    root = Path(root)
    problems: list[Problem] = []
    ledger = None
    with phase("load"):
        try:
            ledger = load_ledger(root, cache, spread)
        except LedgerError as error:
            problems += error.problems
    with phase("reconcile"):
        folder = read_bank_folder(root) if root.is_dir() else None
    if folder is not None:
        problems += folder[1]
    if problems or ledger is None:
        raise LedgerError(problems)
    if folder is None:
        return Books(ledger, None)
    with phase("reconcile"):
        ledger, bank, found = reconcile(ledger, folder[0], as_of)
    if found:
        raise LedgerError(found)
    return Books(ledger, bank)
