"""How the command line tells people what went wrong: one problem a line, on stderr."""

from __future__ import annotations

import sys

from incasso.ledger.problems import LedgerError

# Exit codes, as documented in `incasso --help` and docs/cli.md.
OK = 0
FAILED = 1  # the ledger is invalid, the audit found problems, or a build was refused or failed
USAGE = 2  # the command line itself was wrong (argparse's own code)


def say(message: str, *, quiet: bool = False) -> None:
    """Print an informational line to stdout, unless asked to be quiet."""
    if not quiet:
        print(message)


def problem(message: str) -> None:
    print(message, file=sys.stderr)


def ledger_problems(error: LedgerError) -> int:
    """Every problem of a ledger, then how many, and that nothing was built or published."""
    for found in error.problems:
        problem(str(found))
    count = len(error.problems)
    problem(f"{count} problem{'s' if count != 1 else ''} in the ledger; nothing was built or published.")
    return FAILED
