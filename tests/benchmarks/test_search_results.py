"""benchmarks.search_results searches a staff output a build wrote, and tells two runs apart: it is run by hand
when the search index's form changes, so a test keeps it working against the overview as it is today."""

from __future__ import annotations

import json

import pytest

from benchmarks.search_results import main

pytestmark = pytest.mark.browser


def test_the_searches_of_a_built_staff_output_compare_equal_and_a_changed_result_does_not(demo_site, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main(["--internal", str(demo_site.internal), "--out", str(first)]) == 0
    run = json.loads(first.read_text(encoding="utf-8"))
    assert "de wit" in run["queries"] and "d-1006" in run["queries"]  # fixed ones, and an indexed dossier's id
    assert run["results"]['["de wit", "", ""]']["ids"] == ["D-1006"]
    assert main(["--internal", str(demo_site.internal), "--queries-from", str(first), "--out", str(second)]) == 0
    assert main(["--compare", str(first), str(second)]) == 0
    changed = json.loads(second.read_text(encoding="utf-8"))
    changed["results"]['["de wit", "", ""]']["ids"] = []
    second.write_text(json.dumps(changed), encoding="utf-8")
    assert main(["--compare", str(first), str(second)]) == 1
