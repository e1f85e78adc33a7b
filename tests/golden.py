"""Golden HTML of five statement pages of the demo, and golden letters, as of their dates.

    python -m tests.golden --refresh   # after an intended template or text change (`make golden`)
    python -m tests.golden             # compare, print a readable diff, exit 1 on a change

The test suite compares the same pages and letters (tests/site/test_statement_pages.py,
tests/site/test_letters.py). Pages are normalised first: no trailing spaces or blank
lines, and each QR code's drawing replaced by a digest, so a diff shows text, not SVG
paths. Letters are kept as the text read back from their PDFs (pypdf), page by page,
and as the plain text part of an e-mail: a diff shows what a debtor reads.
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
# A consumer in the final notice's term (nl), a plan in arrears (en), paid with a credit (nl), a settlement in
# instalments agreed by a counsellor (nl), a plan under a wait the counsellor asked for (en).
DEBTORS = ("D-1006", "D-1012", "D-1014", "D-1017", "D-1019")
# One letter of every kind from the letters fixture (tests/fixtures/letters), and one e-mail.
LETTERS_LEDGER = HERE / "fixtures" / "letters" / "ledger"
LETTERS_AS_OF = date(2026, 11, 24)
LETTERS_URL = "https://betalen.example.nl"
LETTERS = (
    "L-REMIND-reminder.pdf",
    "L-DUNNING-dunning.pdf",
    "L-FINAL-final_notice.pdf",
    "L-FINAL-EN-final_notice.pdf",
    "L-HANDOVER-handover.pdf",
    "L-PROMISE-promise.pdf",
    "L-PLAN-arrangement.pdf",
    "L-PLAN-MISSED-installment_reminder.pdf",
    "L-PAUSE-pause.pdf",
    "L-PAUSE-PLAN-arrangement.pdf",  # the plan's confirmation says the wait agreed with it (no pause letter)
    "L-DUNNING-dunning.eml",  # a consumer's final notice is posted only
)

# One letter of the same fixture posted in a left-window envelope (policy envelope_window: left, DIN 5008 B):
# its text, and where each line above the subject stands (the window's part of the page).
LEFT_WINDOW_LETTERS = ("L-FINAL-final_notice.pdf",)

_QR_PATH = re.compile(r'(<path [^>]*?\bd=")([^"]{120,})(")')
# The digest a theme file is named by (site.css?v=...): a change of style is no change of the page (its digest
# is tested in tests/site/test_statement_pages.py).
_THEME_DIGEST = re.compile(r'(/theme/[^"?]+\?v=)[0-9a-f]+(")')


def page_of(output: Path, debtor_id: str) -> Path:
    """Where the demo build (demo secret) writes a debtor's page."""
    from incasso.payments.tokens import DEMO_SECRET, statement_token

    return output / "s" / statement_token(DEMO_SECRET, debtor_id) / "index.html"


def normalise(html: str) -> str:
    """The page as compared: QR drawings as digests, the theme's files without theirs, no trailing spaces or empty
    lines."""
    html = _THEME_DIGEST.sub(r"\1(digest)\2", html)
    html = _QR_PATH.sub(lambda m: m[1] + "sha256:" + hashlib.sha256(m[2].encode()).hexdigest()[:16] + m[3], html)
    lines = (line.rstrip() for line in html.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def golden_file(debtor_id: str) -> Path:
    return GOLDEN / f"{debtor_id}.html"


def diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of a golden page (a debtor id) or letter (a file name) against what was built."""
    golden = f"tests/golden/{name}.html" if name in DEBTORS else f"tests/golden/letters/{name}.txt"
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=golden,
            tofile=f"built {name}",
        )
    )


def build_demo(
    target: Path,
    ledger: Path = HERE / "fixtures" / "demo" / "ledger",
    as_of: date = AS_OF,
    extra: tuple = (),
    secret: str | None = None,
) -> Path:
    """Build a ledger (the demo's by default) with the demo secret (or `secret`) into target; return the public
    output."""
    from incasso.cli.main import main

    saved = os.environ.pop("INCASSO_SECRET", None)
    if secret is not None:
        os.environ["INCASSO_SECRET"] = secret
    try:
        code = main(
            [
                "build",
                "--ledger",
                str(ledger),
                "--as-of",
                as_of.isoformat(),
                "--output",
                str(target / "output"),
                "--internal-output",
                str(target / "internal"),
                *extra,
            ]
        )
    finally:
        os.environ.pop("INCASSO_SECRET", None)
        if saved is not None:
            os.environ["INCASSO_SECRET"] = saved
    if code != 0:
        raise SystemExit(f"the build of {ledger} failed; golden files were not touched")
    return target / "output"


def build_letters(target: Path) -> Path:
    """Build the letters fixture into target; return the folder of its letters. Its letters print the personal
    link: a build given a public address needs a secret of its own (a demo's is refused)."""
    from tests.support.site import LINKS_SECRET

    build_demo(target, LETTERS_LEDGER, LETTERS_AS_OF, ("--public-url", LETTERS_URL), secret=LINKS_SECRET)
    return target / "internal" / "letters"


def left_window_ledger(target: Path) -> Path:
    """The letters fixture copied into `target`, its creditor posting in a left-window envelope."""
    import shutil

    root = Path(shutil.copytree(LETTERS_LEDGER, target / "ledger"))
    creditor = root / "creditor.yaml"
    creditor.write_text(creditor.read_text(encoding="utf-8") + "policy:\n  envelope_window: left\n", encoding="utf-8")
    return root


def build_left_window_letters(target: Path) -> Path:
    """The letters fixture in a left-window envelope, built into target; the folder of its letters."""
    from tests.support.site import LINKS_SECRET

    ledger = left_window_ledger(target)
    build_demo(target, ledger, LETTERS_AS_OF, ("--public-url", LETTERS_URL), secret=LINKS_SECRET)
    return target / "internal" / "letters"


def head_layout(path: Path) -> str:
    """Where each line of a letter's first page above its subject stands (x, y of its baseline, in mm from the
    top left): the window's part of the page, which a letter's text alone does not show."""
    from tests.support.letters import page_runs

    runs = [r for r in page_runs(path.read_bytes()) if r.y < 100 * 72 / 25.4]
    return "".join(f"{r.x * 25.4 / 72:6.1f} {r.y * 25.4 / 72:6.1f}  {r.text.strip()}\n" for r in runs)


def left_window_text(path: Path) -> str:
    return letter_text(path) + "--- first page above the subject (x, y in mm) ---\n" + head_layout(path)


def letter_text(path: Path) -> str:
    """What a debtor reads: a PDF's text page by page, or an e-mail's plain text part."""
    if path.suffix == ".eml":
        from email import policy
        from email.parser import BytesParser

        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        body = message.get_body(("plain",))
        assert body is not None
        text = f"Subject: {message['Subject']}\nTo: {message['To']}\n\n" + body.get_content()
    else:
        from pypdf import PdfReader

        pages = PdfReader(path).pages
        text = "".join(f"--- page {n} of {len(pages)} ---\n{page.extract_text()}\n" for n, page in enumerate(pages, 1))
    lines = (line.rstrip() for line in text.replace("\xa0", " ").splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def golden_letter(name: str) -> Path:
    return GOLDEN / "letters" / f"{name}.txt"


def golden_left_window_letter(name: str) -> Path:
    return GOLDEN / "letters" / "left-window" / f"{name}.txt"


def main(argv: list[str]) -> int:
    refresh = "--refresh" in argv
    with tempfile.TemporaryDirectory() as tmp:
        output = build_demo(Path(tmp) / "demo")
        letters = build_letters(Path(tmp) / "letters")
        found = {golden_file(d): normalise(page_of(output, d).read_text(encoding="utf-8")) for d in DEBTORS}
        found |= {golden_letter(name): letter_text(letters / name) for name in LETTERS}
        left = build_left_window_letters(Path(tmp) / "left-window")
        found |= {golden_left_window_letter(n): left_window_text(left / n) for n in LEFT_WINDOW_LETTERS}
        changed = 0
        for target, actual in found.items():
            if refresh:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(actual, encoding="utf-8")
                print(f"wrote {target.relative_to(REPO)}")
                continue
            expected = target.read_text(encoding="utf-8") if target.is_file() else ""
            if expected != actual:
                changed += 1
                print(diff(expected, actual, target.stem))
        if not refresh:
            print(f"{changed} of {len(found)} golden files differ" if changed else "golden files match")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
