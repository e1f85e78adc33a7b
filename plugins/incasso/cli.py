"""The `incasso` command: check a ledger, build the site, audit a public tree."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from .claim import STAGES, assess
from .dates import today
from .interest import RATE_NOTICES, claims_rate_notices
from .load import load_ledger
from .money import plain
from .problems import LedgerError

REPO = Path(__file__).resolve().parents[2]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date written YYYY-MM-DD (got {text})") from None


def _report(error: LedgerError) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''} in the ledger; nothing was built or published.",
          file=sys.stderr)
    return 1


def cmd_check(args) -> int:
    try:
        ledger = load_ledger(args.ledger)
    except LedgerError as error:
        return _report(error)
    as_of = args.as_of or today()
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    open_claims = [c for c in claims if c.status not in ("paid", "written_off")]
    print(f"{args.ledger}: valid. {len(ledger.debtors)} debtors, {len(open_claims)} open claims "
          f"as of {as_of}.")
    per_stage = Counter()
    amounts: dict[str, Decimal] = {}
    for claim in open_claims:
        per_stage[claim.stage] += 1
        amounts[claim.stage] = amounts.get(claim.stage, Decimal(0)) + claim.total_due
    for stage in reversed(STAGES):
        if per_stage[stage]:
            print(f"  {stage:<13} {per_stage[stage]:>3} claims  EUR {plain(amounts[stage]):>12}")
    total = sum(amounts.values(), Decimal(0))
    print(f"  {'total':<13} {len(open_claims):>3} claims  EUR {plain(total):>12}")
    for notice in claims_rate_notices(open_claims):
        print(f"note: {RATE_NOTICES[notice]}")
    return 0


def cmd_build(args) -> int:
    from incasso_pelican.build import run_build

    return run_build(args)


def cmd_audit(args) -> int:
    from .audit import run_audit

    return run_audit(args)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="incasso", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the ledger and print a summary")
    check.add_argument("--ledger", default="ledger", type=Path)
    check.add_argument("--as-of", type=_date, help="the date to compute on (default: today, Europe/Amsterdam)")
    check.set_defaults(func=cmd_check)
    build = sub.add_parser("build", help="build the public statement pages and the staff overview")
    build.add_argument("--ledger", default="ledger", type=Path)
    build.add_argument("--as-of", type=_date, help="the date to compute on (default: today, Europe/Amsterdam)")
    build.add_argument("--output", default="output", type=Path, help="public output folder")
    build.add_argument("--internal-output", default="internal", type=Path, help="staff output folder")
    build.add_argument("--public-url", help="the site's address, for the links in links.csv "
                       "(default: INCASSO_PUBLIC_URL, else links are relative: s/<token>/)")
    build.add_argument("--production", action="store_true",
                       help="use publishconf.py: requires a real INCASSO_SECRET")
    build.add_argument("--settings", type=Path, help="Pelican settings file (default: pelicanconf.py)")
    build.set_defaults(func=cmd_build)
    audit = sub.add_parser("audit", help="scan a public output tree for anything that must not be published")
    audit.add_argument("output", type=Path)
    audit.add_argument("--ledger", type=Path, help="also check that no page shows another debtor's data")
    audit.add_argument("--as-of", type=_date, help="the build's date, for retention checks (default: today)")
    audit.set_defaults(func=cmd_audit)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
