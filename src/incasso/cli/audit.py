"""`incasso audit OUTPUT`: scan a public tree before it is published; exit 1 on any finding."""

from __future__ import annotations

import argparse
import os

from incasso.audit.ledger import ledger_view
from incasso.audit.scan import audit
from incasso.bank.books import read_books
from incasso.cli.ledger_cache import cache_line, opened
from incasso.cli.report import FAILED, OK, problem, say
from incasso.law.calendar import today
from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import DEMO_SECRET


def run(args: argparse.Namespace) -> int:
    """Print every problem (`path: problem`) and exit 1, or a one-line summary."""
    secret = os.environ.get("INCASSO_SECRET") or DEMO_SECRET
    view = cache = None
    if args.ledger:
        cache = opened(args.ledger_cache)
        try:
            ledger = read_books(args.ledger, args.as_of or today(), cache=cache).ledger
        except LedgerError as error:
            for found in error.problems:
                problem(str(found))
            problem("the ledger has problems: the audit cannot check the pages against it")
            return FAILED
        # The view is all the audit reads of the ledger: the records go before its workers are
        # forked, so that they do not share (and copy) them (BENCHMARKS.md, session 3).
        view = ledger_view(ledger, secret, args.as_of or today())
        del ledger
        if cache is not None:
            cache.current.clear()
    report = audit(args.output, secret=secret, as_of=args.as_of, view=view)
    if not report.ok:
        for finding in sorted(report.findings, key=lambda f: f.path):  # stable: per file, in found order
            problem(str(finding))
        count = len(report.findings)
        problem(f"{count} problem{'s' if count != 1 else ''} in {args.output}: do not publish it.")
        return FAILED
    if cache is not None:
        say(cache_line(cache, kept=False), quiet=args.quiet)
    counts = report.counts
    against = f", each showing only its own debtor ({report.debtors} in the ledger)" if view else ""
    say(
        f"audit passed: {args.output}: {counts['statement']} statement pages, {counts['page']} other "
        f"pages and files, {counts['asset']} assets; no listing, no external resource, "
        f"privacy meta tags on every page{against}.",
        quiet=args.quiet,
    )
    return OK
