"""The audit's word search (`incasso.audit.ledger.find`) against an index by first word.

    python -m benchmarks.audit_find OUTPUT LEDGER [--pages 300]

On a real built tree and its ledger: the audit's ledger view (every debtor's
name, contact, id and invoice numbers, and the staff-only words), then, for
a sample of statement pages, the searches `check_people` makes per page,
timed with today's `find` (one tuple slice and lookup per needle length per
position) and with needles indexed by their first word (one lookup per word
of the page, then only the needles starting with it compared). Both must
return the same hits. Nothing in src/ changes.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.synthetic import AS_OF
from incasso.audit.html import check_page
from incasso.audit.ledger import Index, Needle, find, ledger_view, words
from incasso.audit.report import Report
from incasso.ledger.load import load_ledger
from incasso.payments.tokens import DEMO_SECRET

FirstWords = dict[str, list[tuple[Needle, list[object]]]]


def by_first_word(needles: Index) -> FirstWords:
    table: FirstWords = {}
    for entries in needles.values():
        for needle, labels in entries.items():
            table.setdefault(needle[0], []).append((needle, labels))
    return table


def find_by_first_word(haystack: Needle, table: FirstWords) -> list[tuple[int, int, object]]:
    hits: list[tuple[int, int, object]] = []
    for i, word in enumerate(haystack):
        for needle, labels in table.get(word, ()):
            if haystack[i : i + len(needle)] == needle:
                hits.extend((i, len(needle), label) for label in labels)
    return hits


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.audit_find", description=__doc__.split("\n\n")[0])
    p.add_argument("output", type=Path)
    p.add_argument("ledger", type=Path)
    p.add_argument("--pages", type=int, default=300)
    p.add_argument("--as-of", type=date.fromisoformat, default=AS_OF)
    args = p.parse_args(argv)
    view = ledger_view(load_ledger(args.ledger), DEMO_SECRET, args.as_of)
    lengths = sorted(set(view.marks) | set(view.staff))
    print(f"{len(view.people)} debtors; needle lengths {lengths}")
    pages = sorted(args.output.glob("s/*/index.html"))[: args.pages]
    haystacks = [words(" ".join(check_page("x", p.read_text(encoding="utf-8"), Report()).text)) for p in pages]
    print(f"{len(pages)} pages of {sum(map(len, haystacks)) // len(haystacks)} words on average")
    firsts = [by_first_word(view.marks), by_first_word(view.staff)]
    start = time.process_time()
    expected = [[sorted(find(h, t), key=repr) for t in (view.marks, view.staff)] for h in haystacks]
    today = time.process_time() - start
    start = time.process_time()
    indexed = [[sorted(find_by_first_word(h, t), key=repr) for t in firsts] for h in haystacks]
    faster = time.process_time() - start
    print(f"  today's find          {today * 1000 / len(pages):7.2f} ms per page (debtors' and staff-only needles)")
    print(f"  index by first word   {faster * 1000 / len(pages):7.2f} ms per page")
    print(f"  same hits on {sum(a == b for a, b in zip(indexed, expected))}/{len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
