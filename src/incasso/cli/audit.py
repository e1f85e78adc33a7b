"""`incasso audit OUTPUT`: scan a public tree before it is published; exit 1 on any finding."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incasso.audit.ledger import LedgerView, ledger_view
from incasso.audit.report import Report
from incasso.audit.scan import audit
from incasso.bank.books import read_books
from incasso.cli.ledger_cache import cache_line, opened
from incasso.cli.progress import BETWEEN_IN_AN_AUDIT, timed
from incasso.cli.report import BUSY, FAILED, OK, REDACTED, problem, problem_lines, say, values_left_out
from incasso.clock import CommandClock
from incasso.law.calendar import today
from incasso.ledger.collector import records_kept
from incasso.ledger.load import Counted
from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import DEMO_SECRET, MAKE_ONE, SECRET_MISSING, secret_problem
from incasso.processes import aside, in_order, tell_aside
from pelican.plugins.incasso.publish import OutputBusy, lock_file, read_claimed


def run(args: argparse.Namespace) -> int:
    """Print every problem (`path: problem`) and exit 1, or a one-line summary and the time per phase."""
    secret = os.environ.get("INCASSO_SECRET") or DEMO_SECRET
    # The page shows its debtor's id (in the payment reference): with a secret anyone has or can guess,
    # anyone works out every link from the ids. Only a demo site may be audited so.
    unfit = None if args.demo else secret_problem(os.environ.get("INCASSO_SECRET"))
    if unfit is not None:
        # Refused before a page is read: under a secret other than the build's, no link belongs to its
        # debtor, and a report of every page (a debtor's own page as "another debtor's") would mislead.
        problem(_refusal(unfit))
        return FAILED
    with ExitStack() as locks:
        try:
            for folder in _read_folders(args):
                locks.enter_context(read_claimed(folder))
        except OutputBusy as busy:
            problem(_busy(busy.target))
            return BUSY
        return timed(lambda clock: _audited(args, secret, clock), args.quiet, between=BETWEEN_IN_AN_AUDIT)


def _read_folders(args: argparse.Namespace) -> list[Path]:
    """The folders a build writes that the audit reads: the public output, and the one the ledger cache
    is in (the staff output's internal/ledger.cache), each once."""
    folders = [args.output]
    if args.ledger and args.ledger_cache and args.ledger_cache.parent.resolve() != args.output.resolve():
        folders.append(args.ledger_cache.parent)
    return folders


def _busy(target: Path) -> str:
    """Why the audit did not start while a build holds a folder's lock, and what to do."""
    return (
        f"audit refused: a build is writing {target} (it holds {lock_file(target)}), and may be swapping it "
        "for its new one while the audit reads. Run the audit when the build is done. No page was checked."
    )


def _audited(args: argparse.Namespace, secret: str, clock: CommandClock) -> int:
    """The audit proper, under the locks of the folders it reads, its phases timed and shown by `clock`."""
    day = args.as_of or today()  # one day for the ledger and for what is said of it, past midnight too
    try:
        found = _audit_report(args, day, secret, clock)
    finally:
        clock.finished()  # before a line is printed: the display would take it for its own, on stderr
    return _said(args, day, *found)


def _audit_report(
    args: argparse.Namespace, day: date, secret: str, clock: CommandClock
) -> tuple[Report | LedgerProblems, LedgerView | None, str | None]:
    """The audit's report (or the ledger's problems, which stop it), the view of the ledger it checked against,
    and the ledger cache's line."""
    view = said = None
    if args.ledger:
        # The view is all the audit reads of the ledger: made aside, so that this process (and the
        # workers it forks) never holds the records it was made from (BENCHMARKS.md, session 4).
        # Received with the collector off: unpickling the view makes every one of its objects at once, and the
        # collections that would set off walk it all, freeing nothing (2.0 s against 0.5 s at 30,000 debtors).
        # The process that makes it is forked with the collector off too, and reads the ledger so, as a build
        # does: it ends with the reading, and its reading leaves no cycle to collect (none at 3,000 debtors).
        with records_kept(), _Steps(clock) as steps:
            made = aside(_ledger_view, args.ledger, day, args.ledger_cache, secret, args.redact, told=steps.told)
        if isinstance(made, LedgerProblems):
            return made, None, None
        view, said = made
    return audit(args.output, secret=secret, as_of=args.as_of, view=view, demo=args.demo, phase=clock.phase), view, said


def _said(
    args: argparse.Namespace, day: date, report: Report | LedgerProblems, view: LedgerView | None, said: str | None
) -> int:
    """Print what the audit found (or the ledger's problems, which stopped it), or that it passed."""
    if isinstance(report, LedgerProblems):
        for found in report.lines:
            problem(found)
        said_so = "the ledger has problems: the audit cannot check the pages against it"
        problem(said_so + ("." + REDACTED if report.left_out else ""))
        return FAILED
    if not report.ok:
        for finding in sorted(report.findings, key=lambda f: f.path):  # stable: per file, in found order
            problem(str(finding))
        count = len(report.findings)
        problem(
            f"{count} problem{'s' if count != 1 else ''} in {args.output}: do not publish it.{_day_checked(args, day)}"
        )
        return FAILED
    if said is not None:
        say(said, quiet=args.quiet)
    counts = report.counts
    against = f", each showing only its own debtor ({report.debtors} in the ledger)" if view else ""
    say(
        f"audit passed: {args.output}: {counts['statement']} statement pages, {counts['page']} other "
        f"pages and files, {counts['asset']} assets; no listing, no external resource, "
        f"privacy meta tags on every page{against}.",
        quiet=args.quiet,
    )
    return OK


def _day_checked(args: argparse.Namespace, day: date) -> str:
    """The day the pages were checked against the ledger, when the audit took today for it: a page paid
    exactly paid_page_days ago is one to go the next day, so an audit after midnight, or a day after the
    build, stops a good night's publication unless it is given the build's day."""
    if args.ledger is None or args.as_of is not None:
        return ""
    return (
        f" The pages were checked as of today, {day} (no --as-of): if the build was as of another day, audit "
        "again with the build's --as-of."
    )


def _refusal(unfit: str) -> str:
    """Why the audit did not start, in the audit's words: what is wrong with the secret, and what to do."""
    what = re.split(r"[:;]", unfit, maxsplit=1)[0]  # "INCASSO_SECRET is not set", "... is the demo secret, ..."
    if unfit.startswith(SECRET_MISSING):
        advice = "Run the audit with the build's INCASSO_SECRET set, or audit a demo site with --demo."
    else:  # the build's own secret, it seems, and unfit: its links must be made again with a new one
        advice = (
            f"If the site was built with it, {MAKE_ONE}, build again with it and --new-secret (every personal "
            "link changes: send the new ones) and audit that; or audit a demo site with --demo."
        )
    return (
        f"audit refused: {what}. The audit checks each page's link against its debtor, so it needs the "
        "INCASSO_SECRET the build used, and a site built with a secret anyone has or can guess must not be "
        f"published (a page's payment reference names its debtor's id, so every link can be worked out). {advice} "
        "No page was checked."
    )


@dataclass(frozen=True)
class LedgerProblems:
    """The ledger's problems as the audit prints them, and whether --redact left a value out of one."""

    lines: list[str]
    left_out: bool


def _ledger_view(
    ledger: Path, as_of: date, cache_file: Path | None, secret: str, redact: bool
) -> tuple[LedgerView, str | None] | LedgerProblems:
    """The audit's view of the ledger and the cache's line; or, when the ledger has problems, each one. Run aside:
    how far it has come is told (`tell_aside`) to the process waiting for it, in two steps, READ then INDEX."""
    cache = opened(cache_file)
    try:
        books = read_books(ledger, as_of, phase=_read_told, cache=cache, spread=in_order)
    except LedgerError as error:
        return LedgerProblems(problem_lines(error.problems, redact=redact), redact and values_left_out(error.problems))
    view = ledger_view(books.ledger, secret, as_of, counted=lambda done, total: tell_aside(INDEX, done, total))
    return view, cache_line(cache, kept=False) if cache is not None else None


READ, INDEX = 1, 2  # the steps of the audit's ledger, as the process reading it tells them (`_Steps`)


@contextmanager
def _read_told(name: str) -> Iterator[Counted | None]:
    """A step of reading the ledger (`Phase`): its debtor files (`load`) counted for the process waiting."""
    yield (lambda done, total: tell_aside(READ, done, total)) if name == "load" else None


class _Steps:
    """The audit's ledger as the clock shows it: the phase `load` (debtor files read), then `index` (every debtor's
    words indexed), as the process that does both, aside, tells them (`told`). Both are always shown, in that
    order: a step too quick to be seen takes no time."""

    def __init__(self, clock: CommandClock) -> None:
        self.clock = clock
        self.open = ExitStack()
        self.step = 0
        self.counted: Counted | None = None

    def __enter__(self) -> _Steps:
        self._to(READ)
        return self

    def __exit__(self, *_: object) -> None:
        self._to(INDEX)
        self.open.close()

    def told(self, step: int, done: int, total: int) -> None:
        if step > self.step:
            self._to(step)
        if step == self.step and total and self.counted is not None:
            self.counted(done, total)

    def _to(self, step: int) -> None:
        while self.step < step:
            self.open.close()
            self.step += 1
            self.counted = self.open.enter_context(self.clock.phase("load" if self.step == READ else "index"))
