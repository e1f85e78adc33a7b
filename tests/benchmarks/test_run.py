"""`make bench`'s table: a run of some sizes or nights keeps the other rows, each naming the run that measured it;
memory and files in MiB and KiB."""

from __future__ import annotations

import re

from benchmarks.run import BEGIN, END, Built, Measured, SizeResult, rows, size_and_night, write_table
from benchmarks.tables import Run, between, cells, read_rows
from benchmarks.units import KIB, MIB

EARLIER, NOW = Run("29ca42e6", "2026-12-07 20:13"), Run("e903826d", "2026-12-08 00:10")
PELICAN_PAGES = 10_000


def _measured(seconds: float, peak_mib: int) -> Measured:
    return Measured(seconds, seconds * 1.5, 0.5, peak_mib // 2 * MIB, peak_mib * MIB, 0)


def _result(debtors: int, night: str, build_seconds: float) -> SizeResult:
    built = Built(_measured(build_seconds, 522), _measured(15.4, 300), debtors, 300, 272 * KIB, 1.4)
    again = Built(_measured(build_seconds + 2, 571), _measured(18.9, 300), debtors, 260, 261 * KIB, 2.0)
    audit = _measured(36.2, 254) if night == "recorded" else None
    return SizeResult(debtors, night, 1.0, _measured(8.1, 200), built, again, audit)


def _table(path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    header = cells(next(line for line in between(text, BEGIN, END).splitlines() if line.startswith("| debtors")))
    return read_rows(between(text, BEGIN, END), header)


def _rows(measured: list[SizeResult], run: Run) -> list[list[str]]:
    return rows(measured, PELICAN_PAGES, run)


def test_a_run_of_one_size_keeps_the_other_sizes_rows_with_their_own_run(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n## Results\n\nThe notes.\n", encoding="utf-8")
    earlier = [_result(10_000, night, 27.4) for night in ("recorded", "backlog")]
    earlier += [_result(100_000, night, 295.2) for night in ("recorded", "backlog")]
    assert write_table(path, _rows(earlier, EARLIER), PELICAN_PAGES, EARLIER) == 0
    kept = write_table(path, _rows([_result(100_000, "recorded", 312.0)], NOW), PELICAN_PAGES, NOW)
    table = _table(path)
    assert kept == 6  # 10,000's four rows, 100,000's backlog night and its next night
    assert [(row[0], row[1], row[5].split(" / ")[0], row[-1]) for row in table] == [
        ("10,000", "recorded", "27.4 s", EARLIER.cell),
        ("10,000", "recorded, next night (cache)", "29.4 s", EARLIER.cell),
        ("10,000", "backlog", "27.4 s", EARLIER.cell),
        ("10,000", "backlog, next night (cache)", "29.4 s", EARLIER.cell),
        ("100,000", "recorded", "312 s", NOW.cell),
        ("100,000", "recorded, next night (cache)", "314 s", NOW.cell),
        ("100,000", "backlog", "295 s", EARLIER.cell),
        ("100,000", "backlog, next night (cache)", "297 s", EARLIER.cell),
    ]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\n## Results\n\nThe notes.\n\n" + BEGIN)
    assert f"Last `make bench`: {NOW.when}, commit {NOW.commit}," in text


def test_a_night_measured_again_replaces_its_next_night_too(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    write_table(path, _rows([_result(1_000, "recorded", 4.0)], EARLIER), PELICAN_PAGES, EARLIER)
    again = _result(1_000, "recorded", 4.4)
    again.next_night = None  # the first night failed: no next night measured
    write_table(path, _rows([again], NOW), PELICAN_PAGES, NOW)
    assert [(row[1], row[-1]) for row in _table(path)] == [("recorded", NOW.cell)]


def test_the_table_on_main_before_the_measured_column_is_written_anew_with_a_warning(tmp_path, capsys):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(f"{BEGIN}\nLast `make bench`: 2026-12-07 20:13, commit 29ca42e6.\n\n{OLD_TABLE}\n{END}\n")
    assert write_table(path, _rows([_result(1_000, "recorded", 4.0)], NOW), PELICAN_PAGES, NOW) == 0
    assert (
        "the make bench table cannot be read (its columns are not the ones this run writes)" in capsys.readouterr().err
    )
    assert [row[0] for row in _table(path)] == ["1,000", "1,000"]


def test_a_row_with_a_night_not_known_is_not_read(tmp_path, capsys):
    path = tmp_path / "BENCHMARKS.md"
    write_table(path, _rows([_result(1_000, "recorded", 4.0)], EARLIER), PELICAN_PAGES, EARLIER)
    path.write_text(path.read_text().replace("| recorded |", "| quiet |"))
    write_table(path, _rows([_result(10_000, "recorded", 27.4)], NOW), PELICAN_PAGES, NOW)
    assert "a night 'quiet'" in capsys.readouterr().err
    assert {row[0] for row in _table(path)} == {"10,000"}


def test_memory_and_files_say_mib_and_kib():
    row = _rows([_result(10_000, "recorded", 27.4)], NOW)[0]
    assert row[8] == "522 MiB (261)"  # the build's tree, and its largest process
    assert row[10] == "254 MiB (127)" and row[11] == "272 KiB"  # the audit, the overview page
    assert not any(re.search(r"\d (MB|kB)\b", cell) for cell in row)


def test_a_row_names_its_size_and_night():
    assert size_and_night(["10,000", "backlog, next night (cache)"]) == (10_000, "backlog")


OLD_TABLE = """\
| debtors | night | pages | letters | check (wall / CPU) | build (wall / CPU) | plain Pelican, 10,000 pages | build ÷ plain Pelican (wall, CPU) | build peak memory (largest process) | audit (wall / CPU) | audit peak memory | overview page | load |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 1,000 | recorded | 880 | 28 | 2.4 s / 2.7 s | 4.0 s / 5.6 s | 11.4 s / 11.4 s | 3.54x, 4.94x | 210 MB (134) | 3.5 s / 5.1 s | 121 MB (102) | 196 kB | 1.7 |
| 10,000 | recorded | 8,780 | 317 | 8.1 s / 10.6 s | 27.4 s / 43.6 s | 15.4 s / 15.4 s | 1.78x, 2.83x | 522 MB (268) | 36.2 s / 58.4 s | 254 MB (230) | 272 kB | 1.4 |"""
