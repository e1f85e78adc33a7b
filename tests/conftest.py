"""Shared fixtures: real builds of the demo ledger and a real browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.site import CHROMIUM, CHROMIUM_ARGS, Site, build_site


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
