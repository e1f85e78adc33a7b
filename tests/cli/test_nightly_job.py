"""docs/cli.md's "A nightly job of your own" runs as written: its script builds, audits, copies the staff output
for staff and leaves the public output to publish, on one day for build and audit (review s44-ops, 13 and 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.site import DEMO_LEDGER, LINKS_SECRET, REPO


def nightly_script() -> str:
    """The section's shell script, as the docs print it."""
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split("\n## A nightly job of your own\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def test_the_docs_nightly_script_builds_audits_and_copies_the_staff_output(tmp_path):
    site, share = tmp_path / "srv", tmp_path / "share"
    site.mkdir()
    share.mkdir()
    shutil.copytree(DEMO_LEDGER, site / "ledger")
    (site / "secrets.env").write_text(f"INCASSO_SECRET={LINKS_SECRET}\nINCASSO_PUBLIC_URL=https://betalen.example\n")
    command = f"{sys.executable} -m incasso"
    script = (
        nightly_script()
        .replace("/srv/incasso", str(site))
        .replace("/mnt/staff/incasso", str(share))
        .replace(".venv/bin/python", sys.executable)  # first: the command below holds the path too
        .replace(".venv/bin/incasso", command)
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("INCASSO_")}
    done = subprocess.run(["sh", "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Statement pages (public): ") == 1 and "audit passed: output:" in done.stdout
    (copy,) = share.iterdir()  # one new folder for this run, the staff output whole
    assert (copy / "index.html").is_file() and (copy / "links.csv").is_file()
    assert (site / "output" / "s").is_dir()
    assert Path(copy / "build.json").read_text() == (site / "internal" / "build.json").read_text()


def test_the_docs_nightly_day_is_amsterdam_s_without_the_system_s_zone_data(tmp_path):
    # A server without zone data (a slim Debian image has no tzdata) runs `TZ=Europe/Amsterdam date +%F` in UTC,
    # unsaid: from midnight to 01:00 (02:00 in summer) yesterday, every page a day behind. The `date` below stands
    # in for it; the day must be incasso's own (its zone data comes with it, as the build's does).
    from incasso.law.calendar import today

    shims = tmp_path / "bin"
    shims.mkdir()
    (shims / "date").write_text("#!/bin/sh\necho 1999-12-31\n")
    (shims / "date").chmod(0o755)
    (line,) = [line for line in nightly_script().splitlines() if line.startswith("day=")]
    line = line.replace(".venv/bin/python", sys.executable)
    env = {**os.environ, "PATH": f"{shims}:{os.environ['PATH']}"}
    done = subprocess.run(["sh", "-c", f'{line}\nprintf %s "$day"'], env=env, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, today().isoformat()), done.stderr
