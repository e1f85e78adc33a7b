"""benchmarks.overview opens a staff output a build wrote and measures it: it is run by hand, so a test keeps it
working against the overview as it is today (it once waited for a count the page no longer wrote). Its table keeps
the sizes a run did not measure, each row naming the run that measured it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from benchmarks import overview
from benchmarks.overview import BEGIN, END, HEADER, Opened, SizeResult, rows, write_table
from benchmarks.run import Measured
from benchmarks.tables import Run, between, read_rows
from benchmarks.units import MIB
from tests.support.site import REPO

EARLIER, NOW = Run("47b33d66", "2026-12-07 22:54"), Run("e903826d", "2026-12-08 00:10")


@pytest.mark.browser
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
    lines = [line for line in done.stdout.splitlines() if re.match(r"\| \d", line)]
    dossiers = len(list((demo_site.internal / "d").glob("*.html")))
    assert len(lines) == 1 and lines[0].startswith(f"| {dossiers} | "), done.stdout
    cells = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert re.fullmatch(r"\d+ KiB, \d+ ms, [\d,]+", cells[1])  # the overview: its bytes, load time, DOM nodes
    assert re.fullmatch(r"\d+ ms", cells[5]) and re.fullmatch(r"\d+ / \d+ ms", cells[7])  # searched, keys typed
    assert re.fullmatch(r"\d+ ms \(\d+ ms\)", cells[6])  # the first key after the focus, the pointer resting or not
    assert cells[-3] == "-"  # not built here
    assert re.fullmatch(r"(?:[0-9a-f]+|\?), \d{4}-\d\d-\d\d \d\d:\d\d", cells[-1])  # the run (commit, time)


@pytest.mark.browser
def test_the_first_search_is_measured_on_three_overviews_each_in_a_context_of_its_own(demo_site, browser):
    counted = _Counted(browser)
    waited = overview._first_search(counted, demo_site.internal)
    assert len(counted.contexts) == 3 and waited > 0
    assert not set(counted.contexts) & set(browser.contexts)  # each closed after its search


class _Counted:
    """The real browser, the contexts opened on it counted."""

    def __init__(self, browser):
        self.browser, self.contexts = browser, []

    def new_context(self, **options):
        context = self.browser.new_context(**options)
        self.contexts.append(context)
        return context


def _result(dossiers: int | None, first_search_ms: float) -> SizeResult:
    build = Measured(295.2, 380.0, 23.2, 1_280 * MIB, 1_434 * MIB, 0)
    result = SizeResult(dossiers, build, 100_879, 933_752_832, 29_150_000, first_search_ms=first_search_ms)
    result.opened = [Opened("index.html", 279_552, 211, 13_066), Opened("dossiers/x.html", 146_432, 161, 7_897)]
    result.after_focus_ms, result.after_rest_ms, result.keystrokes_ms = 742, 464, [47, 70, 30]
    return result


def _table(path) -> list[list[str]]:
    return read_rows(between(path.read_text(encoding="utf-8"), BEGIN, END), HEADER)


def test_a_run_of_100000_keeps_the_10000_row_with_its_own_run(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    write_table(path, rows([_result(10_000, 213), _result(100_000, 1110)], EARLIER), EARLIER)
    assert write_table(path, rows([_result(100_000, 990)], NOW), NOW) == 1
    assert [(row[0], row[5], row[-1]) for row in _table(path)] == [
        ("10,000", "213 ms", EARLIER.cell),
        ("100,000", "990 ms", NOW.cell),
    ]
    assert f"Last `python -m benchmarks.overview`: {NOW.when}, commit {NOW.commit}," in path.read_text()


def test_the_sizes_stay_in_order_and_an_output_of_unknown_size_comes_last(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    write_table(path, rows([_result(None, 50), _result(100_000, 1110)], EARLIER), EARLIER)
    write_table(path, rows([_result(10_000, 213)], NOW), NOW)
    assert [row[0] for row in _table(path)] == ["10,000", "100,000", "?"]


def test_the_table_of_before_the_measured_column_is_written_anew_with_a_warning(tmp_path, capsys):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(f"Notes before.\n\n{BEGIN}\nLast run.\n\n{OLD_TABLE}\n\nOld notes.\n{END}\n\nNotes after.\n")
    assert write_table(path, rows([_result(100_000, 990)], NOW), NOW) == 0
    assert "the overview bench table cannot be read" in capsys.readouterr().err
    text = path.read_text()
    assert [row[0] for row in _table(path)] == ["100,000"]
    assert text.startswith("Notes before.\n\n") and text.endswith("\n\nNotes after.\n") and "Old notes" not in text


def test_the_sizes_say_mib_and_kib():
    row = rows([_result(100_000, 1110)], NOW)[0]
    assert row[1] == "273 KiB, 211 ms, 13,066" and row[3] == "100,879 (890.5 MiB)" and row[4] == "27.8 MiB"
    assert row[9] == "295.2 s / 403.2 s, 1,434 MiB"
    assert not any(re.search(r"\d (MB|kB)\b", cell) for cell in row)


OLD_TABLE = """\
| dossiers | overview: bytes, load, DOM nodes | a stage's page: bytes, load, DOM nodes | pages (all) | search index | first search | first key 300 ms after the focus (the pointer resting before) | keystroke (median / max) | sort all | the build: wall / CPU, peak memory | load |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 10,000 | 272 kB, 327 ms, 13,023 | 133 kB, 180 ms, 7,629 | 10,103 (89.3 MB) | 2.8 MB | 213 ms | 42 ms (64 ms) | 22 / 44 ms | 33 ms | 25.3 s / 40.7 s, 522 MB | 1.4 |
| 100,000 | 273 kB, 211 ms, 13,066 | 143 kB, 161 ms, 7,897 | 100,879 (890.5 MB) | 27.8 MB | 1110 ms | 742 ms (464 ms) | 47 / 70 ms | 66 ms | 295.2 s / 403.2 s, 1,434 MB | 1.7 |"""
