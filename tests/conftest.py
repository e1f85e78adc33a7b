"""Shared fixtures: real builds of the demo ledger and a real browser."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO_LEDGER = REPO / "ledger"
AS_OF = date(2026, 11, 22)  # the demo ledger's "today"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class Site:
    output: Path
    internal: Path
    exit_code: int


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


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Site:
    """The demo ledger built once, as of AS_OF, with the demo secret. Do not modify it."""
    site = build_site(tmp_path_factory.mktemp("demo"))
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (its own browser download is not used)."""
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (installs Debian's chromium)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
