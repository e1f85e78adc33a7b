"""benchmarks.search_results searches a staff output a build wrote, and tells two runs apart: it is run by hand
when the search index's form changes, so a test keeps it working against the overview as it is today."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.site import REPO

pytestmark = pytest.mark.browser


def _search_results(*args: str, cwd: Path) -> int:
    """The benchmark run as staff run it, in a process of its own: Playwright's sync API refuses to start in a
    pytest worker where a browser test before it left its event loop running (as `make test` hands out the files)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.search_results", *args],
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(cwd)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.returncode


def test_the_searches_of_a_built_staff_output_compare_equal_and_a_changed_result_does_not(demo_site, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert _search_results("--internal", str(demo_site.internal), "--out", str(first), cwd=tmp_path) == 0
    run = json.loads(first.read_text(encoding="utf-8"))
    assert "de wit" in run["queries"] and "d-1006" in run["queries"]  # fixed ones, and an indexed dossier's id
    assert run["results"]['["de wit", "", ""]']["ids"] == ["D-1006"]
    internal, queries = str(demo_site.internal), str(first)
    assert _search_results("--internal", internal, "--queries-from", queries, "--out", str(second), cwd=tmp_path) == 0
    assert _search_results("--compare", str(first), str(second), cwd=tmp_path) == 0
    changed = json.loads(second.read_text(encoding="utf-8"))
    changed["results"]['["de wit", "", ""]']["ids"] = []
    second.write_text(json.dumps(changed), encoding="utf-8")
    assert _search_results("--compare", str(first), str(second), cwd=tmp_path) == 1
