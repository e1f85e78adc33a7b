"""The generated tables' rows are read back as written, and a table the tools did not write is not read at all."""

import pytest

from benchmarks.tables import Run, between, cells, count, kept_rows, markdown, read_rows, write_section

HEADER = ["size", "time", "measured"]
ALIGNMENT = ["---:", "---:", "---"]
BEGIN, END = "<!-- t: begin -->", "<!-- t: end -->"
EARLIER, NOW = Run("29ca42e6", "2026-12-07 20:13"), Run("e903826d", "2026-12-08 00:10")


def _section(rows):
    return "\n".join([BEGIN, "Last run: ...", "", markdown(HEADER, ALIGNMENT, rows), "", "Notes.", END])


def _file(tmp_path, rows):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\nBefore.\n\n" + _section(rows) + "\n\nAfter.\n", encoding="utf-8")
    return path


def test_a_table_written_is_read_back_cell_by_cell():
    rows = [["10,000", "213 ms", EARLIER.cell], ["100,000", "1110 ms", NOW.cell]]
    assert read_rows(_section(rows), HEADER) == rows
    assert cells("| 10,000 | 27.8 MiB (29.1) | e903826d, 2026-12-08 00:10 |") == [
        "10,000",
        "27.8 MiB (29.1)",
        "e903826d, 2026-12-08 00:10",
    ]


def test_the_rows_a_run_did_not_measure_are_kept_with_the_run_that_measured_them(tmp_path):
    path = _file(tmp_path, [["10,000", "213 ms", EARLIER.cell], ["100,000", "1110 ms", EARLIER.cell]])
    kept = kept_rows(path, BEGIN, END, HEADER, [["100,000", "990 ms", NOW.cell]], lambda row: count(row[0]))
    assert kept == [["10,000", "213 ms", EARLIER.cell]]


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ("| size | time |\n| ---: | ---: |\n| 10,000 | 213 ms |", "its columns are not the ones this run writes"),
        ("| size | time | measured |\n| ---: | ---: | --- |\n| 10,000 | 213 ms |", "its row 1 has 2 cells, not 3"),
        ("| size | time | measured |\n| ---: | ---: | --- |\n| 10,000 | 213 ms | yesterday |", "'yesterday'"),
        ("| size | time | measured |\n| ---: | ---: | --- |\n| 10k | 213 ms | 29ca42e6, 2026-12-07 20:13 |", "'10k'"),
        ("A table to come.", "no table there"),
    ],
)
def test_a_table_edited_by_hand_is_written_anew_with_a_warning(tmp_path, capsys, table, said):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(f"{BEGIN}\n{table}\n{END}\n", encoding="utf-8")
    assert kept_rows(path, BEGIN, END, HEADER, [["100,000", "990 ms", NOW.cell]], lambda row: count(row[0])) == []
    warning = capsys.readouterr().err
    assert warning.startswith(f"warning: {path}: the t table cannot be read (") and said in warning
    assert "the rows of sizes not measured in this run are gone" in warning


def test_nothing_to_keep_the_first_time(tmp_path, capsys):
    path = tmp_path / "BENCHMARKS.md"
    assert kept_rows(path, BEGIN, END, HEADER, [], lambda row: count(row[0])) == []
    path.write_text("# Benchmarks\n", encoding="utf-8")
    assert kept_rows(path, BEGIN, END, HEADER, [], lambda row: count(row[0])) == []
    assert capsys.readouterr().err == ""


def test_the_section_goes_between_the_markers_and_the_text_around_them_stays(tmp_path):
    path = _file(tmp_path, [["10,000", "213 ms", EARLIER.cell]])
    write_section(path, _section([["10,000", "200 ms", NOW.cell]]), BEGIN, END)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nBefore.\n\n" + BEGIN) and text.endswith(END + "\n\nAfter.\n")
    assert read_rows(between(text, BEGIN, END), HEADER) == [["10,000", "200 ms", NOW.cell]]


def test_a_count_is_read_as_the_tables_write_it():
    assert count("100,000") == 100_000 and count("200") == 200
    for cell in ("10k", "1,00", "?", ""):
        with pytest.raises(ValueError):
            count(cell)
