"""Golden HTML of three statement pages of the demo, as of the demo's date.

    python -m tests.golden --refresh   # after an intended template change (`make golden`)
    python -m tests.golden             # compare, print a readable diff, exit 1 on a change

The test suite compares the same pages (tests/test_statement_pages.py).
Pages are normalised first: no trailing spaces or blank lines, and each QR
code's drawing replaced by a digest, so a diff shows text, not SVG paths.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GOLDEN = HERE / "golden"
AS_OF = date(2026, 11, 22)
# A consumer in the final notice's term (nl), a plan in arrears (en), paid with a credit (nl).
DEBTORS = ("D-1006", "D-1012", "D-1014")

_QR_PATH = re.compile(r'(<path [^>]*?\bd=")([^"]{120,})(")')


def page_of(output: Path, debtor_id: str) -> Path:
    """Where the demo build (demo secret) writes a debtor's page."""
    from incasso.payments.tokens import DEMO_SECRET, statement_token

    return output / "s" / statement_token(DEMO_SECRET, debtor_id) / "index.html"


def normalise(html: str) -> str:
    """The page as compared: QR drawings as digests, no trailing spaces or empty lines."""
    html = _QR_PATH.sub(lambda m: m[1] + "sha256:" + hashlib.sha256(m[2].encode()).hexdigest()[:16] + m[3], html)
    lines = (line.rstrip() for line in html.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def golden_file(debtor_id: str) -> Path:
    return GOLDEN / f"{debtor_id}.html"


def diff(expected: str, actual: str, debtor_id: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"tests/golden/{debtor_id}.html",
            tofile=f"built page of {debtor_id}",
        )
    )


def build_demo(target: Path) -> Path:
    """Build the demo ledger with the demo secret into target; return the public output."""
    from incasso.cli.main import main

    saved = os.environ.pop("INCASSO_SECRET", None)
    try:
        code = main(
            [
                "build",
                "--ledger",
                str(REPO / "ledger"),
                "--as-of",
                AS_OF.isoformat(),
                "--output",
                str(target / "output"),
                "--internal-output",
                str(target / "internal"),
            ]
        )
    finally:
        if saved is not None:
            os.environ["INCASSO_SECRET"] = saved
    if code != 0:
        raise SystemExit("the demo build failed; golden pages were not touched")
    return target / "output"


def main(argv: list[str]) -> int:
    refresh = "--refresh" in argv
    with tempfile.TemporaryDirectory() as tmp:
        output = build_demo(Path(tmp))
        changed = 0
        for debtor_id in DEBTORS:
            actual = normalise(page_of(output, debtor_id).read_text(encoding="utf-8"))
            target = golden_file(debtor_id)
            if refresh:
                GOLDEN.mkdir(exist_ok=True)
                target.write_text(actual, encoding="utf-8")
                print(f"wrote {target.relative_to(REPO)}")
                continue
            expected = target.read_text(encoding="utf-8") if target.is_file() else ""
            if expected != actual:
                changed += 1
                print(diff(expected, actual, debtor_id))
        if not refresh:
            print(f"{changed} of {len(DEBTORS)} golden pages differ" if changed else "golden pages match")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
