"""`incasso build`: the site, through the Pelican plugin, published only when all went well.

What it prints is English, as every command's output, help and errors (the
ledger's field names are English too); what staff read is in the staff's
language (Dutch unless --staff-language en), so the change list itself is
written for them to internal/changes.md and only counted here.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from incasso.cli.bank import counted, gap_text
from incasso.cli.ledger_cache import cache_line
from incasso.cli.progress import OTHER_IN_A_BUILD, timed
from incasso.cli.report import BUSY, FAILED, OK, ledger_problems, note, problem, say
from incasso.clock import CommandClock
from incasso.law.rates import rate_notice
from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import secret_problem
from incasso.staff.changes import LISTED, Changes, Entry
from pelican.plugins.incasso.build import BuildFailed, BuildRequest, BuildResult, build_site
from pelican.plugins.incasso.publish import BuildBusy
from pelican.plugins.incasso.settings import BuildRefused

SAMPLE_TERMS = (
    "{pages} published {is_are} incasso's sample terms, word for word (its numbers of days are your policy's, "
    "the rest is an example): replace {it_them} with the terms your customers agreed to (README, 'Your texts'; "
    "in a folder of your own, docs/settings.md, 'Your own texts')"
)


def sample_terms_text(pages: tuple[str, ...]) -> str:
    """The note on the sample terms, naming each page still the sample (the Dutch, the English or both)."""
    named = " and ".join(f"content/pages/{page}" for page in pages)
    one = len(pages) == 1
    return SAMPLE_TERMS.format(pages=named, is_are="is" if one else "are", it_them="it" if one else "them")


def run(args: argparse.Namespace) -> int:
    return timed(lambda clock: _build(args, clock), args.quiet, other=OTHER_IN_A_BUILD)


def _build(args: argparse.Namespace, clock: CommandClock) -> int:
    request = BuildRequest(
        ledger=args.ledger,
        output=args.output,
        internal=args.internal_output,
        as_of=args.as_of,
        public_url=args.public_url,
        production=args.production,
        settings=args.settings,
        clock=clock,
        ledger_cache=args.ledger_cache,
        new_secret=args.new_secret,
        staff_language=args.staff_language,
    )
    try:
        result = _built(request, clock)
    except LedgerError as error:
        return ledger_problems(error, redact=args.redact)
    except BuildRefused as refused:
        problem(f"refused: {refused}; nothing was built or published.")
        return FAILED
    except BuildBusy as busy:
        problem(f"refused: {busy}")
        return BUSY
    except BuildFailed as failed:
        return _failed(failed.errors)
    except OSError as error:  # the outputs' file system: read-only, not ours to write, gone
        return _failed([str(error)])
    _report(result, args)
    return OK


def _built(request: BuildRequest, clock: CommandClock) -> BuildResult:
    """The build's result; its display is gone from the terminal before anything is said of it."""
    try:
        return build_site(request)
    finally:
        clock.finished()


def _report(result: BuildResult, args: argparse.Namespace) -> None:
    """What a build that went through says: the notes that need action first (even with -q), then what it made."""
    quiet = args.quiet
    for gap in result.bank_gaps:  # the nightly log must show it: payments may be missing
        note(gap_text(gap, result.bank_until))
    for notice in result.rate_notices:  # as `incasso check` says them: the figures rest on these rates
        note(rate_notice(notice))
    if result.sample_terms:
        note(sample_terms_text(result.sample_terms))
    if args.new_secret:  # the nightly log must say it: every link sent so far stopped working tonight
        note(
            f"every personal link changed with the new secret: send each debtor with an open claim their new link "
            f"({result.internal}/links.csv); changes.md says so first"
        )
    for line in result.notices:
        note(line)
    if result.changes is not None and result.changes.sections.get("renamed"):
        note(renamed_text(result.changes.sections["renamed"]))
    if result.changes is not None and result.changes.sections.get("payments_gone"):
        note(payments_gone_text(result.changes.sections["payments_gone"]))
    if result.changes is not None and result.changes.returns_gone:
        note(returns_gone_text(result.changes.returns_gone))
    if result.changes is not None:
        say(changes_line(result.changes, result.internal), quiet=quiet)
    if result.cache is not None:
        say(cache_line(result.cache, kept=True), quiet=quiet)
    if result.carried:
        say(carried_line(result.internal, result.carried), quiet=quiet)
    hidden = (
        f" ({counted(result.without_page, 'dossier', 'dossiers')} without one: written off, or paid longer ago "
        "than paid_page_days)"
        if result.without_page
        else ""
    )
    say(f"Statement pages (public): {len(result.pages)} in {result.output}/s/<token>/index.html{hidden}", quiet=quiet)
    if result.pages and _demo_pages(args):
        say(f"  open one in a browser: {result.pages[0]}", quiet=quiet)
    say(f"Staff overview (internal, never publish): {result.internal}/index.html", quiet=quiet)
    say(f"Personal links for mail merge: {result.internal}/links.csv (in a spreadsheet: links.xlsx)", quiet=quiet)


def carried_line(internal: Path, carried: tuple[str, ...]) -> str:
    """What the build carried from the previous staff output into the new one: a desktop's files, not its own."""
    shown = ", ".join(carried[:5]) + (f" and {len(carried) - 5} more" if len(carried) > 5 else "")
    return (
        f"Carried into the new staff output as they were: {shown} (in {internal}: a desktop's files, such as "
        "Finder's .DS_Store, left when the folder was opened)"
    )


def _demo_pages(args: argparse.Namespace) -> bool:
    """Whether a page may be offered to open: only a demo's, whose links anyone works out from the published
    demo secret. A real debtor's link in a log others read (a cron mail, CI) is a leak, production or not."""
    return not (args.production or args.redact) and secret_problem(os.environ.get("INCASSO_SECRET")) is not None


def _failed(errors: list[str]) -> int:
    for message in errors:
        problem(f"error: {message}")
    problem("the build failed; the previous output was left as it was.")
    return FAILED


# The change list's sections as this output names them (changes.md names them for staff, in the staff language).
CHANGE_NAMES = {
    "ids_changed": "ids changed",
    "renamed": "names changed",
    "due": "newly due",
    "bank_credits": "new bank credits to assign",
    "bank_set_aside": "bank money set aside as no debtor's",
    "returns_answered": "returns answered in creditor.yaml",
    "stage": "stage",
    "handovers": "handed over",
    "invoices_changed": "invoices edited",
    "invoices_new": "invoices added",
    "invoices_gone": "invoices removed",
    "payments": "payments",
    "payments_returned": "payments returned by the bank",
    "payments_gone": "payments gone",
    "credit_notes": "credit notes",
    "credit_notes_gone": "credit notes gone",
    "refunds": "refunds",
    "kept": "promises kept",
    "kept_late": "promises kept after all",
    "broken": "promises broken",
    "behind": "plans behind",
    "behind_more": "plans further behind",
    "caught_up": "plans back on schedule",
    "plan_between": "plans agreed and paid off",
    "settlement_started": "settlements agreed",
    "settlement_settled": "settlements paid",
    "settlement_lapsed": "settlements lapsed",
    "settlement_ended": "settlements called off",
    "disputed": "invoices disputed",
    "dispute_answered": "invoice disputes answered",
    "dispute_between": "disputes raised and answered",
    "costs_announced": "announced costs changed",
    "costs_charged": "costs charged",
    "costs_uncharged": "costs no longer charged",
    "status": "status",
    "new": "new dossiers",
    "gone": "dossiers gone",
}


def renamed_text(entries: tuple[Entry, ...]) -> str:
    """Dossiers whose name changed (ids only: a log holds no names): a link follows its id, so an id
    given to someone else shows the new person's claim at the old person's link."""
    ids = ", ".join(entry.id for entry in entries[:5]) + (", ..." if len(entries) > 5 else "")
    return (
        f"{counted(len(entries), 'dossier carries', 'dossiers carry')} another name than in the last build "
        f"({ids}): each keeps its link; a dossier that is now someone else's needs an id of its own, or the "
        "old link shows the new claim (changes.md has the names)"
    )


def payments_gone_text(entries: tuple[Entry, ...]) -> str:
    """Payments the last build counted that this one does not (ids only): a claim paid is open again. The
    nightly log must show it: a bank statement taken out of bank/ takes its payments with it."""
    ids = ", ".join(dict.fromkeys(entry.id for entry in entries[:5])) + (", ..." if len(entries) > 5 else "")
    return (
        f"{counted(len(entries), 'payment', 'payments')} the last build counted "
        f"{'is' if len(entries) == 1 else 'are'} gone ({ids}): removed or corrected in a debtor file, or its bank "
        "statement taken out of bank/ (a statement's payments count only while it is there: to archive one, "
        "first write its payments into the debtor files with bank_ref); changes.md lists them"
    )


def returns_gone_text(entries: tuple[Entry, ...], listed: str = "changes.md lists them") -> str:
    """Payments the last build counted as taken back by the bank that count again because the statement holding
    the return is no longer read (ids only): the debtor is asked less, though the money came back. `listed`: where
    staff find them (`incasso check` writes no changes.md: the next build's lists them)."""
    ids = ", ".join(dict.fromkeys(entry.id for entry in entries[:5])) + (", ..." if len(entries) > 5 else "")
    return (
        f"{counted(len(entries), 'payment', 'payments')} the last build counted as taken back by the bank "
        f"{'counts' if len(entries) == 1 else 'count'} again ({ids}): "
        f"{'the statement holding its return is' if len(entries) == 1 else 'the statements holding their returns are'}"
        " no longer in bank/ (a return counts only "
        "while its statement is read); if the bank did take the money back, write the day it did in that payment "
        "in the debtor file (returned: YYYY-MM-DD, with return_ref: the return's bank entry) and it counts no more; "
        f"{listed}"
    )


def changes_line(changes: Changes, internal: Path) -> str:
    """One line on what changed since the previous build, and where staff read the list."""
    where = f"{internal}/changes.md"
    if changes.first:
        return f"Changes: a first build, nothing to compare with ({where})."
    if changes.problem is not None:
        return f"Changes: the previous claims.json could not be read; nothing was compared ({where})."
    counts = [f"{CHANGE_NAMES[name]} {len(changes.sections[name])}" for name in LISTED if changes.sections.get(name)]
    if changes.outside is not None:  # no work: counted, as changes.md says them, on one line
        counts.append(f"new credits of invoices outside the ledger {changes.outside[0]}")
    if changes.bank_until is not None:
        counts.append(f"bank statements now up to {changes.bank_until[1]}")
    if not counts:
        return f"Changes since the build as of {changes.previous_as_of}: none."
    return f"Changes since the build as of {changes.previous_as_of}: {', '.join(counts)}; listed for staff in {where}."
