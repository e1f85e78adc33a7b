"""The `incasso` command line: check a ledger, build the site, audit a public tree.

It sits on top of the core (`incasso.*`) and the Pelican plugin
(`pelican.plugins.incasso`); nothing below it prints or exits.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import signal
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeAlias

from incasso.audit.report import masked
from incasso.cli.report import FAILED, problem, rate_file_problems
from incasso.law import rates
from incasso.ledger.fields import LAST_DAY, date_mend, day_problem
from incasso.payments.urls import public_url_problem
from incasso.staff.language import WORDS

_FORMATTER = argparse.RawDescriptionHelpFormatter
# The subcommands' parsers, as add_subparsers returns them.
_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_CODES = """exit codes:
  0  done (check: the ledger is valid; audit: nothing found)
  1  the ledger is invalid, the audit found problems, or the build was refused or failed
     (a reader of the output that stops early, as `| head` does, changes no command's code)
  2  the command line was wrong (an unknown option, a bad date)
  75 busy (EX_TEMPFAIL): another build or an audit holds the outputs, or a file of one is open
     in Office; run it again when it is done (nothing is wrong with the ledger)
  130, 143, 129  stopped by Ctrl-C, SIGTERM or SIGHUP; a build's outputs stay as the last finished
                 build left them"""

ENVIRONMENT = """environment:
  INCASSO_SECRET      the secret the personal links are derived from (required with --production
                      and with a public address; without it a demo secret is used and every page
                      says it is a demo); it also signs the ledger cache (--ledger-cache reads
                      only what it signed)
  INCASSO_PUBLIC_URL  the public site's address, put before the links in links.csv and in the
                      letters; a build with it needs INCASSO_SECRET (unset it for a demo)"""


_WRITTEN_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        # 2026-02-31 is written right: say what is wrong with it, as the ledger's dates do.
        rule = "is not a day of the calendar" if _WRITTEN_DAY.fullmatch(text) else "must be a date written YYYY-MM-DD"
        # 28-12-2026, as a Dutch office writes it: the day to give, as the ledger's dates say it.
        raise argparse.ArgumentTypeError(f"{rule}{date_mend(text) or ''} (got {text})") from None
    problem = day_problem(day)
    if problem:
        raise argparse.ArgumentTypeError(f"{problem} (got {text})")
    return day


def _public_url(text: str) -> str:
    problem = public_url_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(f"the public site's address {problem} (got {text})")
    return text


def _version() -> str:
    try:
        return version("incasso")
    except PackageNotFoundError:  # run from a checkout without an install
        return "unknown"


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems and notices")
    p.add_argument(
        "--redact",
        action="store_true",
        help="for a log that others read (CI): print each ledger problem without the value written (file, "
        "line, column, field and rule stay), and a bank credit no dossier matches without payer and amount",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print what Pelican logs, personal links cut short (only build runs Pelican)",
    )


def _ledger(p: argparse.ArgumentParser, *, default: Path | None = Path("ledger")) -> None:
    p.add_argument(
        "--ledger",
        type=Path,
        default=default,
        metavar="DIR",
        help="the ledger folder: creditor.yaml and debtors/ (default: %(default)s)",
    )


def _ledger_cache(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ledger-cache",
        type=Path,
        metavar="FILE",
        help="reuse the records of the debtor files unchanged since the build that wrote FILE (normally "
        "internal/ledger.cache); it must be signed with INCASSO_SECRET (the demo secret when unset), and "
        "one that does not fit is ignored with a note; nothing is written",
    )


def _as_of(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help=f"{what} (default: today in Europe/Amsterdam)")


def parser() -> argparse.ArgumentParser:
    """The command line: `incasso check | build | audit`, each with its own options and help."""
    p = argparse.ArgumentParser(
        prog="incasso",
        description=__doc__.split("\n\n")[0],
        formatter_class=_FORMATTER,
        epilog=f"{EXIT_CODES}\n\n{ENVIRONMENT}",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="one of these (`incasso COMMAND --help` says more):"
    )
    _check_command(sub)
    _build_command(sub)
    _audit_command(sub)
    return p


def _check_command(sub: _Commands) -> None:
    check = sub.add_parser(
        "check",
        help="validate the ledger and print a summary",
        formatter_class=_FORMATTER,
        description="Validate the ledger, and the site's editable texts as a build reads them: every problem "
        "at once, as file:line:column: field: problem (a text's: file: problem). Exit 1 when there is any.",
        epilog=f"{EXIT_CODES}\n\n{ENVIRONMENT}",
    )
    _ledger(check)
    _as_of(check, "the date to compute the claims on")
    _ledger_cache(check)
    check.add_argument(
        "--internal-output",
        type=Path,
        metavar="DIR",
        help="the staff output of the last build (as build names it): also refuse, as that build's next one "
        "would, a link_version lower than it was (needs the build's INCASSO_SECRET); nothing is written",
    )
    _settings(check)  # whose editable texts (content/) are checked as a build would
    _common(check)


def _build_command(sub: _Commands) -> None:
    build = sub.add_parser(
        "build",
        help="build the public statement pages and the staff overview",
        formatter_class=_FORMATTER,
        epilog=f"{EXIT_CODES}\n\n{ENVIRONMENT}",
        description="Validate the ledger, build into fresh folders and swap them in only when everything succeeded.",
    )
    _ledger(build)
    _as_of(build, "the date to compute the claims on")
    build.add_argument(
        "--output",
        default=Path("output"),
        type=Path,
        metavar="DIR",
        help="the public output folder (default: %(default)s)",
    )
    build.add_argument(
        "--internal-output",
        default=Path("internal"),
        type=Path,
        metavar="DIR",
        help="the staff output folder, never published (default: %(default)s)",
    )
    build.add_argument(
        "--public-url",
        default=os.environ.get("INCASSO_PUBLIC_URL") or None,
        type=_public_url,
        metavar="URL",
        help="the public site's address, for the links in links.csv and the personal link in each letter "
        "(default: INCASSO_PUBLIC_URL; without it the links are relative, s/<token>/, and letters carry none); "
        "it needs INCASSO_SECRET: a demo is refused one (http://localhost aside, a preview)",
    )
    build.add_argument(
        "--staff-language",
        choices=[language.value for language in WORDS],
        help="the language of the staff output: the overview, dossier pages, changes.md, the day's letters list "
        "(default: the settings' STAFF_LANGUAGE, else nl); the public pages and the letters follow each debtor's",
    )
    build.add_argument(
        "--production", action="store_true", help="a production build: requires a real INCASSO_SECRET (publishconf.py)"
    )
    build.add_argument(
        "--no-ledger-cache",
        dest="ledger_cache",
        action="store_false",
        help="read every debtor file, and keep no ledger.cache in the internal output "
        "(by default a build takes the records of unchanged files from the last build's cache)",
    )
    build.add_argument(
        "--new-secret",
        action="store_true",
        help="INCASSO_SECRET was changed on purpose: build although every personal link changes "
        "(without it such a build is refused)",
    )
    _settings(build)
    _common(build)


def _settings(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--settings",
        type=Path,
        metavar="FILE",
        help="a Pelican settings file (default: pelicanconf.py here, else the plugin's own)",
    )


def _audit_command(sub: _Commands) -> None:
    audit = sub.add_parser(
        "audit",
        help="scan a public output tree for anything that must not be published",
        formatter_class=_FORMATTER,
        epilog=f"{EXIT_CODES}\n\n{ENVIRONMENT}",
        description="Scan a public tree; with --ledger also check that each page shows "
        "its own debtor only. Exit 1 on any finding.",
    )
    audit.add_argument("output", type=Path, metavar="OUTPUT", help="the public output folder to scan")
    audit.add_argument(
        "--demo",
        action="store_true",
        help="a demo site: pass pages built with the demo secret (or none), which may never be published",
    )
    _ledger(audit, default=None)
    _as_of(audit, "the build's date, for retention checks")
    _ledger_cache(audit)
    _common(audit)


def _commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    # Imported here so `incasso --help` answers without loading Pelican.
    from incasso.cli import audit, build, check

    return {"check": check.run, "build": build.run, "audit": audit.run}


class _VerboseLog(logging.StreamHandler):
    """What Pelican logs, on stderr, with every personal link cut short (a CI log is not private)."""

    def format(self, record: logging.LogRecord) -> str:
        return masked(super().format(record))


def _logging(verbose: bool) -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _VerboseLog)]:  # main() may run again
        root.removeHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    if verbose:
        handler = _VerboseLog(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code (argparse exits with 2 on a wrong command line)."""
    p = parser()
    args = p.parse_args(argv)
    if args.command == "audit" and args.ledger_cache and not args.ledger:  # no ledger read, no cache to use
        p.error("--ledger-cache is read only together with --ledger")
    _logging(args.verbose)
    refused = source_date_epoch_problem(os.environ.get("SOURCE_DATE_EPOCH"))
    if refused:
        problem(f"refused: {refused}; nothing was built or published.")
        return FAILED
    if args.command != "audit" or args.ledger:  # what reads the ledger computes interest with the rates
        try:
            rates.shipped_rates()  # read here, once: every later reader (a worker too) is handed it
        except rates.RateFileError as error:
            return rate_file_problems(error)
    try:
        return _commands()[args.command](args)
    except rates.RateFileError as error:  # a reader that bypasses the rates read above still gets the plain lines
        return rate_file_problems(error)


# The last moment a build may be dated: the last day incasso supports (ledger.fields.day_problem), to its end.
_LAST_MOMENT = int(datetime.combine(LAST_DAY, time.max, tzinfo=UTC).timestamp())


def source_date_epoch_problem(value: str | None) -> str | None:
    """Why SOURCE_DATE_EPOCH cannot be a build's time, checked once before anything runs: read later (the
    build's record, the PDF library), `abc` or a year past 9999 ended a build with Python's own words, and
    `-5` was taken for unset without a word."""
    if value is None or not value.strip():
        return None
    written = value.strip()
    if written.isascii() and written.isdigit() and int(written) <= _LAST_MOMENT:
        return None
    return (
        "SOURCE_DATE_EPOCH must be the build's time as whole seconds since 1970-01-01 UTC, digits only, at most "
        f"{_LAST_MOMENT} (the end of 2099) (got {value!r}): correct it, or unset it to use the clock"
    )


class Stopped(BaseException):
    """SIGTERM (`timeout`, a CI cancel, systemd stopping the job) or SIGHUP (the ssh session or terminal that
    started it gone), raised where the process is.

    A BaseException, as KeyboardInterrupt is: no `except Exception` on the way takes it for a failure."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def stop_on_signals() -> None:
    """SIGTERM and SIGHUP end a command as Ctrl-C does, with a line for the cron mail and the temporary
    folders removed; a forked worker just ends. A hang-up ignored (`nohup`) stays ignored: that is how a
    build is told to outlive the session that started it."""
    main_process = os.getpid()

    def stop(signum: int, frame: object) -> None:
        if os.getpid() != main_process:
            os._exit(128 + signum)
        raise Stopped(signum)

    signal.signal(signal.SIGTERM, stop)
    if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
        signal.signal(signal.SIGHUP, stop)


def run() -> None:
    """The console script and `python -m incasso`: main(), and quiet when a pipe's reader left."""
    stop_on_signals()
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show "Zoë" gets "Zo\xeb", not a crash
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        try:
            code = main()
        except SystemExit as done:  # argparse after --help, --version or a wrong command line
            if not isinstance(done.code, int):
                raise
            code = done.code
        except (KeyboardInterrupt, Stopped) as stopped:
            code = 128 + getattr(stopped, "signum", signal.SIGINT)  # as a shell reports the signal
            if getattr(stopped, "after_swap", False):  # publish.StoppedAfterSwap: held until both were in
                problem("stopped right after this build's outputs were swapped in: they are this build's, complete.")
            else:
                # Nothing half-done is published: the outputs swap only at the end, and the next build tidies up.
                problem("stopped; the outputs are those of the last build that finished (the next build tidies up).")
        # Flushed here, not at exit, so that a reader gone by now is noticed where we can handle it.
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        # Piped into `head`: the reader left. Say nothing more (Python docs, "Note on SIGPIPE").
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = FAILED
    _exit(code)


def _exit(code: int) -> None:
    """End the process now that everything is written and every worker has ended.

    Python's own exit frees every object one by one: 1.2 s after a 10,000-debtor build had
    printed its summary (BENCHMARKS.md), for memory the system takes back at once. What an
    exit would still do is done here first: flush the output and the log handlers. (mypy ends
    the same way.)
    """
    logging.shutdown()
    with contextlib.suppress(BrokenPipeError, ValueError):  # stderr's reader gone, or stderr closed
        sys.stderr.flush()
    os._exit(code)
