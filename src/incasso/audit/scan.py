"""Scan a public tree: every file once, every check on it, every problem reported.

Files are checked one by one, each on its own (what is shared across files,
the titles of the statement pages, is compared at the end), so a large tree
is checked in worker processes: the tree is cut into runs of files in path
order, each worker checks its runs with the index of every debtor's words
it inherited when forked (nothing large is sent), and the runs' findings are
put back together in path order. The report is the same as one process's.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incasso.audit.html import check_image, check_page, check_titles
from incasso.audit.ledger import LedgerView, check_ledger, check_people, ledger_view
from incasso.audit.report import Finding, Report
from incasso.audit.text import Haystack, Words, css_unescape, js_unescape, words
from incasso.audit.tree import (
    CONTENTS,
    FOLDER_INDEX,
    MARKER,
    NOT_REGULAR,
    TEXT_SUFFIXES,
    check_binary,
    check_contents,
    check_marker,
    check_text_file,
    check_tokens,
    read_regular,
    token_of,
    walk,
)
from incasso.law.calendar import today
from incasso.ledger.load import Counted, Phase, untimed
from incasso.ledger.model import Ledger
from incasso.payments.tokens import DEMO_SECRET
from incasso.processes import worker_pool

DEMO_BANNER = 'class="demo-banner"'  # what a page built without a real secret shows (theme base.html)
WORKERS = 2  # worker processes for a large tree (never more than the machine has cores)
PARALLEL_FROM = 400  # files: below this one process is quicker than starting workers
RUN = 64  # files a worker checks at a time


@dataclass
class _Scan:
    """What one audit knows across files: the tokens, the ledger, the statement titles."""

    output: Path
    report: Report
    known: set[str]
    view: LedgerView | None
    titles: dict[str, str] = field(default_factory=dict)
    langs: dict[str, str] = field(default_factory=dict)


def audit(
    output: Path,
    ledger: Ledger | None = None,
    secret: str = DEMO_SECRET,
    as_of: date | None = None,
    workers: int | None = None,
    view: LedgerView | None = None,
    demo: bool = False,
    phase: Phase = untimed,
) -> Report:
    """Every problem of the public tree at `output`; with a ledger, per-debtor checks too.

    `view`: the ledger as the audit sees it (`ledger_view`), instead of `ledger`: a caller that
    makes it first can let the ledger go before the workers are forked (less memory to share).

    A tree of PARALLEL_FROM files or more is checked by `workers` processes (by default WORKERS,
    never more than the machine's cores; 1: in this one); the report is the same either way,
    the findings in the same order.

    A page built for the demo (its banner says so; its link comes from the public demo secret, and its
    payment reference names the debtor's id) is a finding unless `demo`: anyone could work out every link.

    `phase` surrounds the steps, "pages" (the files listed and each checked, counted) and "across pages"
    (the checks that compare them), for whoever times and shows them (a command's clock).
    """
    report = Report()
    if not output.is_dir():
        report.add(str(output), "not a folder")
        return report
    if ledger is not None:
        view = ledger_view(ledger, secret, as_of or today())
    with phase("pages") as counted:
        files = walk(output, report)
        known = {token for rel in files if (token := token_of(rel))} | set(view.by_token if view else ())
        scan = _Scan(output, report, known, view)
        _check_files(scan, sorted(files.items()), workers, counted)
    with phase("across pages"):
        _check_across(scan, files, demo)
    return report


def _check_across(scan: _Scan, files: dict[str, str], demo: bool) -> None:
    """What no file says on its own: one title for every statement page, the folder's index, the demo's
    banner, and (with the ledger) a page for every debtor whose claim may have one, and for no one else."""
    report, output, view = scan.report, scan.output, scan.view
    check_titles(scan.titles, scan.langs, report)
    _check_folder_index(output, files, report)
    if report.counts["demo"] and not demo:
        report.add(
            ".",
            f"{report.counts['demo']} pages were built as the demo (they show its banner): their links come from "
            "the public demo secret, so anyone can work out every debtor's link; build with INCASSO_SECRET set "
            "(--production), or audit a demo site with --demo",
        )
    if view:
        check_ledger(files, view, report)
        report.debtors = len(view.people)


def _check_folder_index(output: Path, files: dict[str, str], report: Report) -> None:
    """The statement folder's index is the missing page, nothing else: it says no link exists there."""
    if FOLDER_INDEX not in files or "404.html" not in files:
        return  # said missing by the walk
    if read_regular(output / FOLDER_INDEX) != read_regular(output / "404.html"):
        report.add(FOLDER_INDEX, "must be the same page as 404.html: the statement folder lists nothing")


def _check_files(scan: _Scan, files: list[tuple[str, str]], workers: int | None, counted: Counted | None) -> None:
    """Check every file, in worker processes when the tree is large, in path order either way; `counted` is
    told how many are done (after each file, or each run of them a worker sends back)."""
    workers = workers or min(WORKERS, os.cpu_count() or 1)
    count = counted or _uncounted
    if len(files) < PARALLEL_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for done, (rel, kind) in enumerate(files, start=1):
            _check_file(scan, rel, kind)
            count(done, len(files))
        return
    global _forked
    _forked = scan  # the workers inherit it when forked: the index of every debtor's words is not sent
    try:
        runs = [files[start : start + RUN] for start in range(0, len(files), RUN)]
        done = 0
        with worker_pool(workers) as pool:  # forked, frozen out of the collector, ending with the audit
            for run, (findings, counts, titles, langs) in zip(runs, pool.map(_check_run, runs), strict=True):
                scan.report.findings += findings
                scan.report.counts.update(counts)
                scan.titles.update(titles)
                scan.langs.update(langs)
                done += len(run)
                count(done, len(files))
    finally:
        _forked = None


def _uncounted(done: int, total: int) -> None:
    """Nobody counts the files checked."""


_forked: _Scan | None = None  # the audit's scan, as a forked worker inherits it


def _check_run(files: list[tuple[str, str]]) -> tuple[list[Finding], dict[str, int], dict[str, str], dict[str, str]]:
    """In a worker: check a run of files; their findings, counts and statement titles."""
    if _forked is None:
        raise RuntimeError("a worker of the audit runs only in a process forked by _check_files")
    scan = _Scan(_forked.output, Report(), _forked.known, _forked.view)
    for rel, kind in files:
        _check_file(scan, rel, kind)
    return scan.report.findings, dict(scan.report.counts), scan.titles, scan.langs


def _check_file(scan: _Scan, rel: str, kind: str) -> None:
    report = scan.report
    raw = read_regular(scan.output / rel)
    if raw is None:
        report.add(rel, NOT_REGULAR)
    elif kind == MARKER:
        check_marker(rel, raw, report)
    elif kind == CONTENTS:
        check_contents(rel, raw, report)
    else:
        report.counts[kind if kind in ("statement", "page", "asset") else "page"] += 1
        if rel.endswith(TEXT_SUFFIXES) or kind == "_headers":
            _check_text(scan, rel, kind, raw.decode("utf-8", errors="replace"))
        else:
            check_binary(rel, raw, report)


def _check_text(scan: _Scan, rel: str, kind: str, raw: str) -> None:
    """One text file: its links, its own checks, and (with the ledger) whose words it shows."""
    report = scan.report
    check_tokens(rel, raw, scan.known, report)
    title: Words = ()
    if rel.endswith(".html"):
        facts = check_page(rel, raw, report)
        if DEMO_BANNER in raw:
            report.counts["demo"] += 1
        if kind == "statement":
            scan.titles[rel], scan.langs[rel] = facts.title, facts.lang
        haystacks, title = facts.haystacks(), words(facts.title)
    elif rel.endswith(".svg"):
        haystacks = check_image(rel, raw, report).haystacks()
    else:
        check_text_file(rel, kind, raw, report)
        decoded = css_unescape(raw) if rel.endswith(".css") else js_unescape(raw) if rel.endswith(".js") else raw
        haystacks = [Haystack(words(decoded))]
    if scan.view:
        check_people(rel, haystacks, scan.view, report, title)
