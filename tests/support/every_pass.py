"""The demo ledger with one problem for each pass of the checks, as a reviewer found them.

Loading refuses D-1001's type; reconciling, D-1011's payment dated a day before
the bank credited the entry it names; the rules of the day, D-1005's address (too
wide for the envelope's window) and D-1014's refund (more than the credit).
`incasso check` and `incasso build` report all four in one run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.site import DEMO_LEDGER

# (file, the line as the demo writes it, the line with the problem)
EDITS = [
    ("D-1001.yaml", "type: consumer\n", "type: consumr\n"),
    ("D-1011.yaml", "  - date: 2026-10-30\n", "  - date: 2026-10-29\n"),
    (
        "D-1005.yaml",
        "  address: [Cartesiusweg 213, 3534 BD Utrecht]\n",
        "  address: [Cartesiusweg 213 achterom via de steeg naast de bakkerij tegenover de kerk, 3534 BD Utrecht]\n",
    ),
]
REFUND = "  - {date: 2026-11-09, type: refund, amount: 50.00}\n"


def ledger_with_a_problem_in_every_pass(tmp_path: Path) -> Path:
    """A copy of the demo ledger in tmp_path/ledger with the four problems."""
    root = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, root)
    debtors = root / "debtors"
    for name, line, wrong in EDITS:
        path = debtors / name
        text = path.read_text(encoding="utf-8")
        assert text.count(line) == 1, (name, line)
        path.write_text(text.replace(line, wrong), encoding="utf-8")
    with (debtors / "D-1014.yaml").open("a", encoding="utf-8") as file:
        file.write(REFUND)
    return root


def every_pass_problems(root: Path) -> list[str]:
    """What `incasso check` and `incasso build` print for that ledger, as of the demo's day."""
    debtors = root / "debtors"
    return [
        f"{debtors / 'D-1001.yaml'}:4:7: type: must be one of business, consumer; did you mean 'consumer'? (got consumr)",
        f"{debtors / 'D-1005.yaml'}:11:12: contact.address: with the name above it, the address does not fit the "
        "envelope's window, even in 7 pt type (3 lines, at most 7, each at most the window's width): shorten the "
        "lines or write fewer (got Johan Visser / Cartesiusweg 213 achterom via de steeg naast de bakkerij tegenover "
        "de kerk / 3534 BD Utrecht)",
        f"{debtors / 'D-1011.yaml'}:21:5: payments[1].date: must be the day the bank credited the entry it names "
        f"(2026-10-30, {root / 'bank' / 'rabobank_mt940_2026-10-26_2026-10-30.sta'}:10) (got 2026-10-29)",
        f"{debtors / 'D-1014.yaml'}:29:5: events[2].amount: is more than the credit on 2026-11-09 (1.11): a refund "
        "pays back only what was paid too much (got 50.00)",
        "4 problems in the ledger; nothing was built or published.",
    ]
