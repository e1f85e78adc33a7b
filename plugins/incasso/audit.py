"""`incasso audit OUTPUT`: scan a public tree for anything that must not be published.

The audit reads files only (no Pelican, no templates): it is the last gate
before the nightly upload, so it trusts nothing the build says about itself.
Without --ledger it checks the shape of the tree: expected files only, the
privacy meta tags on every page, no external resource, no listing. With
--ledger it also knows every debtor and checks that each page shows one
debtor only, and that no page is left for a closed claim.

Every problem is reported at once, one line `path: problem`. Tokens are
secret links: a line never holds a whole one, so a CI log leaks no page.

The checks live beside this module: audit_tree (which files, and those that
are not pages), audit_html (one page) and audit_ledger (against the ledger).
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .audit_html import check_page, check_titles
from .audit_ledger import check_ledger, check_people, ledger_view
from .audit_tree import TEXT_SUFFIXES, TOKEN, check_text_file, check_tokens, token_of, walk
from .dates import today
from .load import load_ledger
from .model import Ledger
from .problems import LedgerError
from .tokens import DEMO_SECRET


@dataclass(frozen=True)
class Finding:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{masked(self.path)}: {masked(self.problem)}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    debtors: int | None = None

    def add(self, path: str, problem: str) -> None:
        self.findings.append(Finding(path, problem))

    @property
    def ok(self) -> bool:
        return not self.findings


def masked(text: str) -> str:
    """The text with every token cut to its first 6 characters: enough to find the folder."""
    return TOKEN.sub(lambda m: m.group()[:6] + "...", text)


def audit(output: Path, ledger: Ledger | None = None, secret: str = DEMO_SECRET,
          as_of: date | None = None) -> Report:
    """Every problem of the public tree at `output`; with a ledger, per-debtor checks too."""
    report = Report()
    if not output.is_dir():
        report.add(str(output), "not a folder")
        return report
    files = walk(output, report)
    view = None
    if ledger:
        view = ledger_view(ledger, secret, as_of or today())
    known = {token_of(rel) for rel in files if token_of(rel)} | set(view.by_token if view else ())
    titles, langs = {}, {}
    for rel, kind in sorted(files.items()):
        report.counts[kind if kind in ("statement", "page", "asset") else "page"] += 1
        if not rel.endswith(TEXT_SUFFIXES) and kind != "_headers":
            continue
        raw = (output / rel).read_text(encoding="utf-8", errors="replace")
        check_tokens(rel, raw, known, report)
        if rel.endswith(".html"):
            facts = check_page(rel, raw, report)
            if kind == "statement":
                titles[rel], langs[rel] = facts.title, facts.lang
            if view:
                check_people(rel, facts, view, report)
        else:
            check_text_file(rel, kind, raw, report)
    check_titles(titles, langs, report)
    if view:
        check_ledger(files, view, report)
        report.debtors = len(view.people)
    return report


def run_audit(args) -> int:
    """The CLI: print every problem (`path: problem`) and exit 1, or a one-line summary."""
    ledger = None
    if args.ledger:
        try:
            ledger = load_ledger(args.ledger)
        except LedgerError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            print("the ledger has problems: the audit cannot check the pages against it", file=sys.stderr)
            return 1
    secret = os.environ.get("INCASSO_SECRET") or DEMO_SECRET
    report = audit(args.output, ledger, secret, getattr(args, "as_of", None))
    if not report.ok:
        for finding in sorted(report.findings, key=lambda f: f.path):  # stable: per file, in found order
            print(finding, file=sys.stderr)
        count = len(report.findings)
        print(f"{count} problem{'s' if count != 1 else ''} in {args.output}: do not publish it.",
              file=sys.stderr)
        return 1
    counts = report.counts
    against = f", each showing only its own debtor ({report.debtors} in the ledger)" if ledger else ""
    print(f"audit passed: {args.output}: {counts['statement']} statement pages, {counts['page']} other "
          f"pages and files, {counts['asset']} assets; no listing, no external resource, "
          f"privacy meta tags on every page{against}.")
    return 0
