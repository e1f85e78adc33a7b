"""`make test-quick` leaves out the slow tests, which tests/conftest.py marks by where they live and what
they use: a new test in tests/site is slow without a mark of its own, a unit test is quick."""

from __future__ import annotations

from types import SimpleNamespace

from tests.conftest import TESTS, _slow


def item(where: str, fixtures: tuple[str, ...] = (), marks: tuple[str, ...] = (), module=None):
    return SimpleNamespace(
        path=TESTS / where,
        fixturenames=fixtures,
        module=module,
        get_closest_marker=lambda name: name if name in marks else None,
    )


def test_a_test_where_real_builds_the_browser_or_the_goldens_are_tested_is_slow():
    for where in ("site/test_new.py", "browser/test_new.py", "golden/test_new.py", "cli/test_new.py"):
        assert _slow(item(where)), where


def test_a_unit_test_is_quick_unless_it_asks_for_a_build_or_a_browser():
    assert not _slow(item("claims/test_new.py", fixtures=("tmp_path",)))
    assert _slow(item("staff/test_new.py", fixtures=("demo_site",)))
    assert _slow(item("statement/test_new.py", marks=("browser",)))


def test_a_module_that_builds_sites_itself_is_slow():
    from tests.support.site import build_site

    assert _slow(item("audit/test_new.py", module=SimpleNamespace(build_site=build_site)))
    assert not _slow(item("audit/test_new.py", module=SimpleNamespace()))
