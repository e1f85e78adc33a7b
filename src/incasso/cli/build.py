"""`incasso build`: the site, through the Pelican plugin, published only when all went well."""

from __future__ import annotations

import argparse

from incasso.cli.report import FAILED, OK, ledger_problems, problem, say
from incasso.ledger.problems import LedgerError
from pelican.plugins.incasso.build import BuildFailed, BuildRequest, build_site
from pelican.plugins.incasso.publish import BuildBusy
from pelican.plugins.incasso.settings import BuildRefused


def run(args: argparse.Namespace) -> int:
    request = BuildRequest(
        ledger=args.ledger,
        output=args.output,
        internal=args.internal_output,
        as_of=args.as_of,
        public_url=args.public_url,
        production=args.production,
        settings=args.settings,
    )
    try:
        result = build_site(request)
    except LedgerError as error:
        return ledger_problems(error)
    except BuildRefused as refused:
        problem(f"refused: {refused}; nothing was built or published.")
        return FAILED
    except BuildBusy as busy:
        problem(f"refused: {busy}")
        return FAILED
    except BuildFailed as failed:
        for message in failed.errors:
            problem(f"error: {message}")
        problem("the build failed; the previous output was left as it was.")
        return FAILED
    quiet = args.quiet
    if result.changes is not None:
        say(result.changes, quiet=quiet)
    say(f"Statement pages (public): {len(result.pages)} in {result.output}/s/<token>/index.html", quiet=quiet)
    if result.pages and not args.production:  # a production link in a CI log would be a leak
        say(f"  open one in a browser: {result.pages[0]}", quiet=quiet)
    say(f"Staff overview (internal, never publish): {result.internal}/index.html", quiet=quiet)
    say(f"Personal links for mail merge: {result.internal}/links.csv", quiet=quiet)
    return OK
