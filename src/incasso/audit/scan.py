"""Scan a public tree: every file once, every check on it, every problem reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incasso.audit.html import check_image, check_page, check_titles
from incasso.audit.ledger import LedgerView, check_ledger, check_people, ledger_view
from incasso.audit.report import Report
from incasso.audit.text import Haystack, Words, css_unescape, js_unescape, words
from incasso.audit.tree import (
    MARKER,
    NOT_REGULAR,
    TEXT_SUFFIXES,
    check_marker,
    check_text_file,
    check_tokens,
    read_regular,
    token_of,
    walk,
)
from incasso.law.calendar import today
from incasso.ledger.model import Ledger
from incasso.payments.tokens import DEMO_SECRET


@dataclass
class _Scan:
    """What one audit knows across files: the tokens, the ledger, the statement titles."""

    report: Report
    known: set[str]
    view: LedgerView | None
    titles: dict[str, str] = field(default_factory=dict)
    langs: dict[str, str] = field(default_factory=dict)


def audit(output: Path, ledger: Ledger | None = None, secret: str = DEMO_SECRET, as_of: date | None = None) -> Report:
    """Every problem of the public tree at `output`; with a ledger, per-debtor checks too."""
    report = Report()
    if not output.is_dir():
        report.add(str(output), "not a folder")
        return report
    files = walk(output, report)
    view = ledger_view(ledger, secret, as_of or today()) if ledger else None
    known = {token for rel in files if (token := token_of(rel))} | set(view.by_token if view else ())
    scan = _Scan(report, known, view)
    for rel, kind in sorted(files.items()):
        raw = read_regular(output / rel)
        if raw is None:
            report.add(rel, NOT_REGULAR)
        elif kind == MARKER:
            check_marker(rel, raw, report)
        else:
            report.counts[kind if kind in ("statement", "page", "asset") else "page"] += 1
            if rel.endswith(TEXT_SUFFIXES) or kind == "_headers":
                _check_text(scan, rel, kind, raw.decode("utf-8", errors="replace"))
    check_titles(scan.titles, scan.langs, report)
    if view:
        check_ledger(files, view, report)
        report.debtors = len(view.people)
    return report


def _check_text(scan: _Scan, rel: str, kind: str, raw: str) -> None:
    """One text file: its links, its own checks, and (with the ledger) whose words it shows."""
    report = scan.report
    check_tokens(rel, raw, scan.known, report)
    title: Words = ()
    if rel.endswith(".html"):
        facts = check_page(rel, raw, report)
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
