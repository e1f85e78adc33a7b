"""The staff fixture ledger (tests/fixtures/staff, see its README) and its second build."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "staff"
D1 = date(2026, 6, 30)  # the first build
D2 = date(2026, 7, 10)  # the second build, with the edits in fixtures/staff/second
# The fixture's dossiers as the overview lists them on D1: heaviest stage first (see its README).
BUILT_ORDER = [
    "O-LEGAL",
    "N-HANDOVER",
    "M-FINAL-DUE",
    "L-FINAL",
    "K-PLAN-LATE",
    "H-CALL",
    "I-PROMISE",
    "J-PLAN-OK",
    "G-DISPUTE",
    "F-BROKEN",
    "D-REM-BIG",
    "E-REM-SMALL",
    "C-SILENT",
    "B-OVER",
    "A-OPEN",
    "P-PAID",
    "Q-OFF",
]


def second_ledger(tmp_path: Path) -> Path:
    """The fixture ledger as it stood before the second build (see fixtures/staff/README.md)."""
    root = tmp_path / "ledger"
    shutil.copytree(FIXTURE / "ledger", root)
    for changed in (FIXTURE / "second").glob("*.yaml"):
        shutil.copy(changed, root / "debtors" / changed.name)
    return root
