"""docs/cli.md's sample of what `incasso build` prints is what it prints (review 25, F10): the commands in
the sample run on the demo ledger, in a folder standing in for the sample's, line for line up to the timings."""

from __future__ import annotations

import re
import shutil

from incasso.cli.main import main
from tests.support.site import DEMO_LEDGER, REPO

SAMPLE_FOLDER = "/home/kantoor/incasso"


def sample_runs() -> list[tuple[list[str], list[str]]]:
    """Each `$ incasso build ...` of the sample: its arguments, and the lines it shows after the notes, up to
    the timings."""
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    start = text.index("What it prints, after the `note:` lines")
    opening = text.index("\n```\n", start) + len("\n```\n")
    block = text[opening : text.index("\n```\n", opening)]
    runs = []
    for command in re.split(r"\n\n(?=\$ )", block):
        first, *lines = command.splitlines()
        assert first.startswith("$ incasso "), first
        shown = [line for line in lines if line != "note: ..."]
        runs.append((first.removeprefix("$ incasso ").split(), shown[: shown.index("Time per phase (wall clock):")]))
    return runs


def test_the_sample_of_what_a_build_prints_is_what_it_prints(tmp_path, monkeypatch, capsys):
    runs = sample_runs()
    assert len(runs) == 2  # a first build, then one with changes to list
    shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    monkeypatch.chdir(tmp_path)  # `--ledger ledger`, and the outputs' defaults, as typed in the sample
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    for args, shown in runs:
        assert main(args) == 0
        printed = capsys.readouterr().out.replace(str(tmp_path), SAMPLE_FOLDER).splitlines()
        said = [line for line in printed if not line.startswith("note: ")]
        assert said[: len(shown)] == shown
