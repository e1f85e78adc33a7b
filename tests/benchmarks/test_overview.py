"""benchmarks.overview opens a staff output a build wrote and measures it: it is run by hand, so a test keeps it
working against the overview as it is today (it once waited for a count the page no longer wrote)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support.site import REPO

pytestmark = pytest.mark.browser


def test_the_overview_benchmark_measures_a_built_staff_output(demo_site, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.overview", "--internal", str(demo_site.internal), "--no-write"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if re.match(r"\| \d", line)]
    dossiers = len(list((demo_site.internal / "d").glob("*.html")))
    assert len(rows) == 1 and rows[0].startswith(f"| {dossiers} | "), done.stdout
    cells = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert re.fullmatch(r"\d+ kB, \d+ ms, [\d,]+", cells[1])  # the overview: its bytes, load time, DOM nodes
    assert re.fullmatch(r"\d+ ms", cells[5]) and re.fullmatch(r"\d+ / \d+ ms", cells[7])  # searched, keys typed
    assert re.fullmatch(r"\d+ ms \(\d+ ms\)", cells[6])  # the first key after the focus, the pointer resting or not
    assert cells[-2] == "-"  # not built here
