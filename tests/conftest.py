"""Shared fixtures: real builds of the demo ledger and a real browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.site import CHROMIUM, CHROMIUM_ARGS, Site, build_site

# Every build in the tests is made at 08:05 on the demo's day, in Amsterdam (build.json records the time):
# two builds of one ledger are the same bytes, as the reproducibility tests check. A test of the time
# itself sets its own.
os.environ["SOURCE_DATE_EPOCH"] = "1795331100"


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
