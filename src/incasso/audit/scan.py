"""Scan a public tree: every file once, every check on it, every problem reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from incasso.audit.html import check_page, check_titles
from incasso.audit.ledger import check_ledger, check_people, ledger_view
from incasso.audit.report import Report
from incasso.audit.tree import TEXT_SUFFIXES, check_text_file, check_tokens, token_of, walk
from incasso.law.calendar import today
from incasso.ledger.model import Ledger
from incasso.payments.tokens import DEMO_SECRET


def audit(output: Path, ledger: Ledger | None = None, secret: str = DEMO_SECRET, as_of: date | None = None) -> Report:
    """Every problem of the public tree at `output`; with a ledger, per-debtor checks too."""
    report = Report()
    if not output.is_dir():
        report.add(str(output), "not a folder")
        return report
    files = walk(output, report)
    view = None
    if ledger:
        view = ledger_view(ledger, secret, as_of or today())
    known = {token for rel in files if (token := token_of(rel))} | set(view.by_token if view else ())
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
