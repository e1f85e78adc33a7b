"""Where things are, and a real build of a ledger, for every test."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import unescape
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
# The demo ledger the tests build: a copy of ledger/ as shipped, kept apart because ledger/ is where a user puts
# their own (README, "3. Your debtors"), and their pushes run these tests too (test.yml).
DEMO_LEDGER = FIXTURES / "demo" / "ledger"
PRIVACY_LEDGER = FIXTURES / "privacy" / "ledger"  # five debtors with CANARY strings in staff-only fields
AS_OF = date(2026, 11, 22)  # the demo ledger's "today"
# The secret of a test build given a public address (--public-url): a demo's secret is refused there, as
# its letters would be ready to send (docs/cli.md). A generated one, written down so the links stay the same.
LINKS_SECRET = "t3st-Links-9QvXk2mPz7RbW4nYc8LdJf6HsGa5Ue"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


LOOKS = 50  # how often wait_until looks, 0.1 s apart


def visible_text(html: str) -> str:
    """A page's words as a reader sees them, in one line: scripts and styles left out, tags dropped, character
    references read (Jinja writes an apostrophe as &#39;), spaces one."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ").split())


def page_text(site: Site, claim: dict) -> str:
    """The visible text of a claim's statement page in a build's output, found by its claims.json entry's `url`
    (the public address's path under the output)."""
    return visible_text((site.output / claim["url"].split("/", 3)[-1] / "index.html").read_text(encoding="utf-8"))


def build_night(
    tmp_path: Path, debtors: list[dict], night: date, until: date, bookings: Sequence = (), extra: Sequence[str] = ()
) -> Site:
    """One night's build of `debtors` into the same folders as the night before (its record read, as a nightly build
    reads it), with the bank's statements up to `until` in place of the night before's: one camt.053 of `bookings`
    and of the bank's own costs on that day, so that the statements reach it. A public address: the letters carry
    the link, and a build without INCASSO_SECRET may look ahead of today, as these nights do. `extra`: more options
    of the build (`--staff-language en`)."""
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import valid_creditor, write_ledger

    ledger = write_ledger(tmp_path, creditor=valid_creditor(), debtors=debtors)
    for old in (ledger / "bank").glob("*.xml"):
        old.unlink()
    costs = Booking("12.50", until, credit=False, text="Bankkosten", name=None, iban=None)
    write_bank(ledger, {f"{until}.xml": camt053(CREDITOR_IBAN, [*bookings, costs])})
    return build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000", *extra])


def night_read(site: Site) -> dict:
    """What one night's build shows, by debtor: the claims (claims.json), the statement pages' text, the day's
    letters' text (PDF and e-mail, `day_letters_text`) and the staff dossiers' text: what the nightly build tests
    read night by night."""
    from tests.support.letters import day_letters_text

    claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    return {
        "claims": claims,
        "pages": {i: page_text(site, c) for i, c in claims.items() if c.get("url")},
        "letters": day_letters_text(site.internal / "letters"),
        "dossiers": {i: visible_text((site.internal / "d" / f"{i}.html").read_text(encoding="utf-8")) for i in claims},
    }


def wait_until(page, script: str, page_ms: int = 0) -> None:
    """Until `script` is true in a Playwright page: polled from Python, as the pages' CSP lets no polling
    by a string of script run (Playwright's wait_for_function evaluates one when not true at once).

    `page_ms`: the page's clock is held (`hold_page_time`) and moved on that much at each look, so that what the
    page does a moment after an event (a copy's status, filled 50 ms after the copy) comes about, while what it
    undoes seconds later (a success's status, emptied after 2.5 or 4 s) cannot within the looks."""
    assert page_ms * LOOKS < 1000, "the looks would move the page's clock on by a second or more"
    for _ in range(LOOKS):
        if page.evaluate(script):
            return
        if page_ms:
            page.clock.run_for(page_ms)
        page.wait_for_timeout(100)
    raise AssertionError(f"never true: {script}")


def hold_page_time(page) -> None:
    """The page's own clock stopped (Playwright's clock, for the timers set from now on): its timers run only as
    the test moves it on (`page.clock.run_for`, `wait_until(..., page_ms=...)`). What a page says once typing
    pauses, or shows for a few seconds (a copy's status), is then read at a moment of the page's time, not in a
    window of real time that a browser on a loaded machine may overrun.

    Held before the page loads when it sets a timer while loading (the overview's search says its first, empty,
    count half a second on): a timer of the real clock runs on, and the held clock's clearTimeout cannot clear it."""
    page.clock.install()
    page.clock.pause_at(datetime.now() + timedelta(seconds=1))  # the time it shows stays the reader's day


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """`folder` served over HTTP on 127.0.0.1, as a host serves a site; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        return None


def ledger_as_built(root: Path = DEMO_LEDGER, as_of: date = AS_OF):
    """The ledger as `incasso build` reads it on `as_of`: each debtor with the payments its bank/ shows."""
    from incasso.bank.books import read_books

    return read_books(root, as_of).ledger


@dataclass
class Site:
    output: Path
    internal: Path
    exit_code: int


def settings_with(folder: Path, **incasso: object) -> Path:
    """A settings file in `folder`: this repository's pelicanconf.py with `incasso` over its INCASSO."""
    settings = folder / "settings.py"
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(REPO)!r})",
        "from pelicanconf import *  # noqa: F401,F403",
        f"PATH = {str(REPO / 'content')!r}",
        f"THEME = {str(REPO / 'theme')!r}",
        f"INCASSO = dict(INCASSO, **{incasso!r})",
    ]
    settings.write_text("\n".join(lines))
    return settings


def build_site(
    tmp_path: Path, ledger: Path = DEMO_LEDGER, as_of: date = AS_OF, extra: list[str] = (), secret: str | None = None
) -> Site:
    """Run `incasso build` in-process into tmp_path/output and tmp_path/internal."""
    from incasso.cli.main import main

    output, internal = tmp_path / "output", tmp_path / "internal"
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
                str(output),
                "--internal-output",
                str(internal),
                *extra,
            ]
        )
    finally:
        os.environ.pop("INCASSO_SECRET", None)
        if saved is not None:
            os.environ["INCASSO_SECRET"] = saved
    return Site(output, internal, code)
