"""Shared fixtures: real builds of the demo ledger and a real browser."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from tests.support.site import CHROMIUM, CHROMIUM_ARGS, Site, build_site

TESTS = Path(__file__).resolve().parent
# `make test-quick` leaves out the tests marked slow. They are marked here, by where they live and what they
# use, so that a new slow test is slow without a mark of its own: the folders of the real Pelican builds, the
# browser, the goldens, the benchmarks and the command line (which runs real builds, and `incasso` in
# processes of its own); a test that asks for the demo build or the browser; a module that builds sites
# itself (it imports build_site); a browser or install test. A long search in a unit test is marked by hand.
SLOW_FOLDERS = frozenset({"site", "browser", "golden", "benchmarks", "cli"})
SLOW_FIXTURES = frozenset({"demo_site", "browser"})
SLOW_MARKS = ("browser", "install")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: real builds, the browser, the goldens, exhaustive searches (make test-quick leaves them out)"
    )


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _slow(item):
            item.add_marker(pytest.mark.slow)


def _slow(item) -> bool:
    builds = getattr(getattr(item, "module", None), "build_site", None) is build_site
    return (
        _folder(str(item.path)) in SLOW_FOLDERS
        or builds
        or bool(SLOW_FIXTURES & set(getattr(item, "fixturenames", ())))
        or any(item.get_closest_marker(mark) for mark in SLOW_MARKS)
    )


@functools.cache
def _folder(path: str) -> str:
    """The folder under tests/ a test module is in: resolved once per module, not once per test (5,500 of them)."""
    return Path(path).resolve().relative_to(TESTS).parts[0]


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
