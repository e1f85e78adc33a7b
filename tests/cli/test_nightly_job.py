"""docs/cli.md's "A nightly job of your own" runs as written: its script builds, audits, copies the staff output
for staff and leaves the public output to publish, on one day for build and audit (review s44-ops, 13 and 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from tests.support.site import DEMO_LEDGER, LINKS_SECRET, REPO


def nightly_script() -> str:
    """The section's shell script, as the docs print it."""
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split("\n## A nightly job of your own\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def _script_in(tmp_path: Path) -> tuple[Path, Path, str]:
    """The docs' script, run in a folder of the test's: the site's folder, the staff share and the script."""
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
    return site, share, script


def _env(**more: str) -> dict[str, str]:
    return {**{key: value for key, value in os.environ.items() if not key.startswith("INCASSO_")}, **more}


def test_the_docs_nightly_script_builds_audits_and_copies_the_staff_output(tmp_path):
    site, share, script = _script_in(tmp_path)
    done = subprocess.run(["sh", "-c", script], env=_env(), capture_output=True, text=True, timeout=300)
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
    before = today().isoformat()
    done = subprocess.run(["sh", "-c", f'{line}\nprintf %s "$day"'], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout in {before, today().isoformat()}  # either day if Amsterdam's midnight passed meanwhile


# Another build's lock, in a process of its own, until it is killed (the lock goes with its process).
HOLD = """
import sys
from pathlib import Path
from pelican.plugins.incasso.publish import claimed
with claimed(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_the_docs_nightly_script_tries_a_busy_build_again_later(tmp_path):
    # Another build (one by hand) holds the outputs: the script's build is refused with 75 (try again later), not
    # 1 (mend the ledger), waits, and builds once that build is done. `sleep` ends the other build instead.
    site, share, script = _script_in(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(site / "output")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO), os.environ.get("PYTHONPATH", "")])),
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    threading.Thread(target=holder.wait, daemon=True).start()  # reaped once killed: `kill -0` then says it is gone
    shims = tmp_path / "bin"
    shims.mkdir()
    (shims / "sleep").write_text(
        f'#!/bin/sh\necho "slept $1" >&2\nkill {holder.pid}\nwhile kill -0 {holder.pid} 2>/dev/null; do :; done\n'
    )
    (shims / "sleep").chmod(0o755)
    try:
        done = subprocess.run(
            ["sh", "-c", script],
            env=_env(PATH=f"{shims}:{os.environ['PATH']}"),
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("refused: another build is writing") == 1 and "slept 900" in done.stderr, done.stderr
    assert done.stdout.count("Statement pages (public): ") == 1 and "audit passed: output:" in done.stdout
    assert len(list(share.iterdir())) == 1


def _clock_shims(tmp_path: Path) -> dict[str, str]:
    """`date +%s` from a clock of the test's, which `sleep` moves on by an hour (the script's 15 minutes, four
    times over: the 5 hours pass in 5 sleeps). Other dates are the system's."""
    shims, clock = tmp_path / "bin", tmp_path / "clock"
    shims.mkdir(parents=True)
    clock.write_text("1764900000")  # 2025-12-05 02:00 UTC, a night's start
    real_date = shutil.which("date")
    (shims / "date").write_text(f'#!/bin/sh\nif [ "$1" = +%s ]; then cat {clock}; else exec {real_date} "$@"; fi\n')
    (shims / "sleep").write_text(f'#!/bin/sh\necho "slept $1" >&2\necho $(( $(cat {clock}) + 3600 )) > {clock}\n')
    for shim in ("date", "sleep"):
        (shims / shim).chmod(0o755)
    return _env(PATH=f"{shims}:{os.environ['PATH']}")


def test_the_docs_nightly_script_names_who_has_a_staff_file_open_retries_until_its_deadline_then_gives_up(tmp_path):
    # A workbook left open overnight in the staff output: each try is refused as busy (75), the log names whom to
    # ask; the script tries again until its deadline, then stops with 75 for the scheduler to alert: no pages, no
    # copy for staff, last night's outputs as they were. (Closed in time, the next try builds: as in the test above.)
    from tests.site.test_lock_owner import office_owner_file

    site, share, script = _script_in(tmp_path)
    first = subprocess.run(["sh", "-c", script], env=_env(), capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    (site / "internal" / "~$links.xlsx").write_bytes(office_owner_file("Anna de Vries", "Excel"))
    links = (site / "internal" / "links.csv").read_bytes()
    env = _clock_shims(tmp_path)
    done = subprocess.run(["sh", "-c", script], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 75, done.stderr
    refused = (
        f"refused: {site / 'internal'} has a file open in Office now: links.xlsx is open in Excel by Anna de Vries"
    )
    assert done.stderr.count(refused) == 6 and done.stderr.count("slept 900") == 5, done.stderr  # 0, 1, ... 5 hours
    assert done.stderr.count("busy (exit 75): nothing built yet; trying again in 15 minutes") == 5
    assert "Ask Anna de Vries to close it, then try again" in done.stderr
    assert "audit" not in done.stdout and len(list(share.iterdir())) == 1  # no audit, no copy for staff
    assert (site / "internal" / "links.csv").read_bytes() == links
