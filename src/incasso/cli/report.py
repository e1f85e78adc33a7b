"""How the command line tells people what went wrong: one problem a line, on stderr."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from incasso.law.rates import RateFileError, rate_problems_counted
from incasso.ledger.counted import problems_counted
from incasso.ledger.problems import LedgerError, Problem

# Exit codes, as documented in `incasso --help` and docs/cli.md.
OK = 0
FAILED = 1  # the ledger is invalid, the audit found problems, or a build was refused or failed
USAGE = 2  # the command line itself was wrong (argparse's own code)
# Another build (or an audit) holds the outputs: try again when it is done. EX_TEMPFAIL of sysexits.h, what
# schedulers and mail systems read as "try again later", apart from 1, a ledger to mend.
BUSY = os.EX_TEMPFAIL  # 75


def say(message: str, *, quiet: bool = False) -> None:
    """Print an informational line to stdout, unless asked to be quiet."""
    if not quiet:
        _write(sys.stdout, message)


def shown(message: str) -> None:
    """A line on stdout shown even when quiet: staff must act on it."""
    _write(sys.stdout, message)


def note(message: str) -> None:
    """A `note:` line on stdout, shown even when quiet: it needs a look or an action."""
    _write(sys.stdout, f"note: {message}")


def problem(message: str) -> None:
    _write(sys.stderr, message)


def _write(stream: TextIO, message: str) -> None:
    """One line, flushed; once the reader has gone (`incasso check | head -1`) the rest is dropped.

    The command carries on and exits with its own code: a build already published is not
    a failed build because nobody read its last lines.
    """
    if stream is None:  # closed before the command ran (`>&-`): nothing can be said
        return
    try:
        print(message, file=stream, flush=True)
    except OSError:
        # The reader gone (a broken pipe) or the disk full: as the Python docs advise ("Note on SIGPIPE"),
        # point the stream at devnull, so that later lines and the flush at exit go nowhere instead of
        # raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


# The end of the count line under --redact: the problems above name no value, and where to see them.
REDACTED = " The values written are left out (--redact): incasso check without it, where the ledger is, shows them."


def problem_lines(problems: list[Problem], *, redact: bool) -> list[str]:
    """Each problem in a line; redacted (--redact, for a log others read) without what the ledger says."""
    return [found.redacted() if redact else str(found) for found in problems]


def values_left_out(problems: list[Problem]) -> bool:
    """Whether --redact left anything out: a missing folder or file has no value written to leave out."""
    return any(found.redacted() != str(found) for found in problems)


def ledger_problems(error: LedgerError, *, redact: bool = False) -> int:
    """Every problem of a ledger, then how many, and that nothing was built or published; and the entries
    of debtors/ not read, as a valid ledger's notes (a .csv export among them may be why a dossier is missing)."""
    for skipped in error.skipped:
        note(skipped)
    for line in problem_lines(error.problems, redact=redact):
        problem(line)
    said = problems_counted(error.problems, "nothing was built or published")
    problem(said + (REDACTED if redact and values_left_out(error.problems) else ""))
    return FAILED


def rate_file_problems(error: RateFileError) -> int:
    """Every problem of the interest rate file, as the ledger's are (file:line: column: what), then how many
    and that nothing was built or published: the one file of the program staff edit (README, each half year)."""
    for line in error.problems:
        problem(line)
    problem(rate_problems_counted(error, "nothing was built or published"))
    return FAILED
