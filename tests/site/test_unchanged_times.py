"""A public file the night did not change keeps last night's time, so that a copy by time and size (`rsync -a`)
does not send it again; a file with other bytes keeps the time it was written (unchanged.py)."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from incasso.audit.tree import MARKER, MARKER_TEXT
from pelican.plugins.incasso.previous import BUILD_FORMAT
from pelican.plugins.incasso.unchanged import keep_unchanged_times
from tests.support.site import AS_OF, build_site

LONG_AGO = 1_500_000_000 * 10**9  # July 2017, in ns: a time no build writes now


def times(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.lstat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def contents(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def set_long_ago(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(LONG_AGO, LONG_AGO))


def test_a_build_of_the_same_day_again_leaves_every_public_file_its_time_and_a_new_day_only_the_unchanged(tmp_path):
    assert build_site(tmp_path).exit_code == 0
    output, internal = tmp_path / "output", tmp_path / "internal"
    set_long_ago(output)
    set_long_ago(internal)
    before = contents(output)

    assert build_site(tmp_path).exit_code == 0  # a retry, or a build again after a mended ledger
    assert contents(output) == before
    assert {rel for rel, t in times(output).items() if t != LONG_AGO} == set()
    # The staff output is copied into a new folder each night: its times are the build's own.
    assert {rel for rel, t in times(internal).items() if t == LONG_AGO} == set()

    assert build_site(tmp_path, as_of=AS_OF + timedelta(days=1)).exit_code == 0
    after = contents(output)
    changed = {rel for rel in after if after[rel] != before.get(rel)}
    assert any(rel.startswith("s/") for rel in changed)  # a day later every statement page says another day
    assert {"theme/css/site.css", "404.html", "robots.txt"} <= set(after) - changed
    assert {rel for rel, t in times(output).items() if t == LONG_AGO} == set(after) - changed


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def staff_output(folder: Path, as_of: str) -> Path:
    """A staff output as a build leaves it, as far as its day goes: marked, with its build.json."""
    write(folder / MARKER, MARKER_TEXT.encode())
    write(
        folder / "build.json", json.dumps({"format": BUILD_FORMAT, "version": 1, "as_of": as_of, "links": "x"}).encode()
    )
    return folder


def outputs(root: Path, as_of: str) -> tuple[Path, Path]:
    return root / "output", staff_output(root / "internal", as_of)


@pytest.mark.parametrize("last_day", ["2026-11-22", "2026-11-21"], ids=["same day", "a day before"])
def test_only_the_same_bytes_at_the_same_place_take_the_old_time(tmp_path, last_day):
    (old, _), (new, _) = last, tonight = outputs(tmp_path / "old", last_day), outputs(tmp_path / "new", "2026-11-22")
    for name, data in {"same.html": b"x" * 70_000, "a/deep.css": b"body{}", "edited.html": b"page of day 5"}.items():
        write(old / name, data)
    write(old / "s" / "token" / "index.html", b"<p>EUR 10</p>")
    set_long_ago(old)
    write(new / "same.html", b"x" * 70_000)  # more than one block read
    write(new / "a" / "deep.css", b"body{}")
    write(new / "edited.html", b"page of day 6")  # the same size, other bytes
    write(new / "longer.html", b"x" * 70_001)
    write(new / "new.html", b"body{}")  # the same bytes as a file elsewhere: not its place
    write(new / "s" / "token" / "index.html", b"<p>EUR 10</p>")
    (new / "a" / "link.css").symlink_to(new / "a" / "deep.css")
    write(old / "a" / "link.css", b"body{}")
    os.utime(old / "a" / "link.css", ns=(LONG_AGO, LONG_AGO))

    # A statement page names its day: compared only after a build of the same day.
    pages = {"s/token/index.html"} if last_day == "2026-11-22" else set()
    assert keep_unchanged_times(tonight, last) == 2 + len(pages)
    assert {rel for rel, t in times(new).items() if t == LONG_AGO} == {"same.html", "a/deep.css"} | pages
    assert os.lstat(new / "a" / "link.css").st_mtime_ns != LONG_AGO


def test_a_first_build_has_nothing_to_keep(tmp_path):
    tonight = outputs(tmp_path / "new", "2026-11-22")
    write(tonight[0] / "index.html", b"<p>")
    assert keep_unchanged_times(tonight, (tmp_path / "missing", tmp_path / "missing-staff")) == 0
