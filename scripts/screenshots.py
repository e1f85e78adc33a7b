"""The README's pictures: a statement page on a phone and the staff overview, from the demo, and
the first page of a final notice, from the letters fixture (tests/fixtures/letters).

Builds the demo ledger as of its own "today" (2026-11-22) with the demo
secret into a temporary folder, serves it on 127.0.0.1 (as a host would, so
the pages' Content-Security-Policy applies), and photographs two pages in
Debian's chromium through Playwright. Run it with `make screenshots`; the
PNGs go to docs/images/ and are committed.
"""

from __future__ import annotations

import csv
import functools
import http.server
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, sync_playwright

from incasso.cli.main import main as incasso

REPO = Path(__file__).resolve().parents[1]
IMAGES = REPO / "docs" / "images"
AS_OF = "2026-11-22"  # the demo ledger is written for this day (tests/support/site.py)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A consumer after the final notice: amount, deadline, costs announced, QR code.
STATEMENT_DEBTOR = "D-1006"
# The phone screens of that statement: (file name, the section at the top, or None for the page's top).
STATEMENT_SCREENS = (
    ("statement-phone.png", None),
    ("statement-phone-next.png", "next-title"),
    ("statement-phone-pay.png", "pay"),
)
# A Dutch consumer's final notice: the statutory term and the exact costs (tests/fixtures/letters, README).
LETTER = ("L-FINAL-final_notice.pdf", "letter-final-notice.png")
LETTERS_LEDGER = REPO / "tests" / "fixtures" / "letters" / "ledger"
LETTERS_AS_OF = "2026-11-24"
# The letter prints its personal link: a build given a public address needs a secret of its own (with the
# demo's it is refused, docs/cli.md). A fixed one, so that the picture's link stays the same at each refresh.
LETTER_SECRET = "screenshot-Letter-7kQ2vNx9RbT4mWc8LpJf3HsGa6Ue"
LETTER_SCALE = 1.5  # 108 dpi: an A4 page of about 890 x 1260 pixels
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 1000}
SCALE = 2  # a phone's pixel ratio: sharp text in the README
# Screenshots hold few colours: a 256-colour palette keeps the text sharp at a third of the size.
PALETTE_COLOURS = 256


def build_demo(root: Path) -> tuple[Path, Path]:
    """`incasso build` of the demo ledger into root; returns (public output, internal output)."""
    os.environ.pop("INCASSO_SECRET", None)  # the demo secret: stable links, and the page says it is a demo
    output, internal = root / "output", root / "internal"
    code = incasso(
        [
            "build",
            "--ledger",
            str(REPO / "ledger"),
            "--as-of",
            AS_OF,
            "--output",
            str(output),
            "--internal-output",
            str(internal),
            "--settings",
            str(REPO / "pelicanconf.py"),
            "--quiet",
        ]
    )
    if code != 0:
        sys.exit(f"the demo build failed (exit {code})")
    return output, internal


def photograph_letter(root: Path) -> None:
    """The first page of a letter as written by `incasso build`, rendered with pdfium."""
    import pypdfium2 as pdfium

    internal = root / "letters-internal"
    os.environ["INCASSO_SECRET"] = LETTER_SECRET
    try:
        code = _build_letters(root, internal)
    finally:
        os.environ.pop("INCASSO_SECRET", None)
    if code != 0:
        sys.exit(f"the letters fixture's build failed (exit {code})")
    name, picture = LETTER
    target = IMAGES / picture
    page = pdfium.PdfDocument(internal / "letters" / name)[0]
    image = page.render(scale=LETTER_SCALE).to_pil().convert("RGB")
    image.quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=0).save(target, optimize=True)
    print(f"{target.relative_to(REPO)}: {image.width}x{image.height}, {target.stat().st_size // 1024} KB")


def _build_letters(root: Path, internal: Path) -> int:
    """`incasso build` of the letters fixture, its letters linked to betalen.example.nl; returns its exit code."""
    return incasso(
        [
            "build",
            "--ledger",
            str(LETTERS_LEDGER),
            "--as-of",
            LETTERS_AS_OF,
            "--output",
            str(root / "letters-output"),
            "--internal-output",
            str(internal),
            "--public-url",
            "https://betalen.example.nl",
            "--quiet",
        ]
    )


def personal_path(internal: Path, debtor_id: str) -> str:
    """The statement's path (s/<token>/) as the staff's links.csv gives it."""
    with open(internal / "links.csv", encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if row["id"] == debtor_id and row["url"]:
                return row["url"]
    sys.exit(f"{debtor_id} has no statement page in the demo as of {AS_OF}")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # the request log would bury the result lines
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """The folder over HTTP on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


def photograph(browser: Browser, url: str, viewport: dict, target: Path, section: str | None = None) -> None:
    """One screen of the page at url, from its top or from the element with id `section`, as a palette PNG."""
    page = browser.new_page(viewport=viewport, device_scale_factor=SCALE, reduced_motion="reduce")
    try:
        page.goto(url, wait_until="networkidle")
        if section is not None:
            page.locator(f"#{section}").evaluate("element => element.scrollIntoView({block: 'start'})")
        page.screenshot(path=str(target), animations="disabled", caret="hide")
    finally:
        page.close()
    with Image.open(target) as shot:
        small = shot.convert("RGB").quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=0)
    small.save(target, optimize=True)
    print(f"{target.relative_to(REPO)}: {small.width}x{small.height}, {target.stat().st_size // 1024} KB")


def run() -> None:
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: run `make browser` (installs Debian's chromium)")
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="incasso-screenshots-") as tmp:
        root = Path(tmp)
        _output, internal = build_demo(root)
        statement = personal_path(internal, STATEMENT_DEBTOR)
        with served(root) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for name, section in STATEMENT_SCREENS:
                    photograph(browser, f"{base}/output/{statement}", PHONE, IMAGES / name, section)
                photograph(browser, f"{base}/internal/index.html", DESKTOP, IMAGES / "staff-overview.png")
            finally:
                browser.close()
        photograph_letter(root)


if __name__ == "__main__":
    run()
