"""`incasso build`, `check` and `audit` on a terminal show a progress bar; in a pipe or with -q they show none.
Either way, unless quiet, they end with the time of each phase."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from tests.support.site import AS_OF, DEMO_LEDGER, REPO

PASS, STAFF = "pages, letters, dossiers", "staff overview, exports"
PHASES = ("load", "reconcile", "assess", PASS, "print file", STAFF, "swap", "total")
PARTS = (
    "statement views",
    "statement pages",
    "letters",
    "dossier pages",
    "staff overview",
    "exports",
    "ledger cache",
    "log notes",
    "print file",
)


def _build(tmp_path, *extra: str, terminal: bool) -> tuple[subprocess.CompletedProcess, str]:
    """Run `incasso build` of the demo, its stderr on a pseudo-terminal when `terminal`; what the
    terminal showed (or stderr, in a pipe)."""
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat()]
    args += ["--output", str(tmp_path / "out"), "--internal-output", str(tmp_path / "internal"), *extra]
    return _run(args, terminal=terminal)


def _run(command: list[str], terminal: bool) -> tuple[subprocess.CompletedProcess, str]:
    """Run `incasso COMMAND`, its stderr on a pseudo-terminal when `terminal`; what the terminal showed (or
    stderr, in a pipe)."""
    args = [sys.executable, "-m", "incasso", *command]
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm-256color"}
    if not terminal:
        done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        return done, done.stderr
    controller, terminal_end = pty.openpty()
    with subprocess.Popen(
        args, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal_end, text=True
    ) as process:
        os.close(terminal_end)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end closed: the build has ended
                break
            if not chunk:
                break
            shown += chunk
        stdout = process.stdout.read()
        code = process.wait(timeout=600)
    os.close(controller)
    return subprocess.CompletedProcess(args, code, stdout, ""), shown.decode("utf-8", "replace")


def test_a_terminal_shows_the_progress_of_the_debtors(tmp_path):
    done, shown = _build(tmp_path, terminal=True)
    assert done.returncode == 0
    assert "Debtors written" in shown and "20/20" in shown  # the demo's 20 debtors, all written
    assert "Time per phase" not in shown  # the summary goes with the rest of the output, to stdout


def test_no_progress_bar_in_a_pipe(tmp_path):
    done, stderr = _build(tmp_path, terminal=False)
    assert done.returncode == 0
    assert stderr == ""


def test_quiet_shows_no_progress_and_only_notes_even_on_a_terminal(tmp_path):
    done, shown = _build(tmp_path, "-q", terminal=True)
    assert done.returncode == 0
    assert shown == ""
    # Only the notes that need action, as `incasso check -q` prints them (the demo's rate table).
    assert all(line.startswith("note: ") for line in done.stdout.splitlines())


def _summary(done: subprocess.CompletedProcess) -> tuple[list, list]:
    """The summary's phases with their wall time, and the parts of the pass with their CPU time."""
    lines = done.stdout.splitlines()
    start, parts = (
        lines.index("Time per phase (wall clock):"),
        lines.index("CPU time of each part, all processes:"),
    )
    summary = [re.match(r"  (\S.*?) +(\d+\.\d) s(  \(.*\))?$", line) for line in lines[start + 1 : parts]]
    assert all(summary), lines[start + 1 : parts]  # every line a phase and its seconds
    cpu = [re.match(r"  (\S.*?) +(\d+\.\d) s$", line) for line in lines[parts + 1 :]]
    assert all(cpu), lines[parts + 1 :]
    return summary, cpu


def test_the_summary_names_every_phase_with_its_time(tmp_path):
    summary, cpu = _summary(_build(tmp_path, terminal=False)[0])
    names = [match[1] for match in summary]
    assert [name for name in names if name in PHASES] == list(PHASES)  # in the order they ran, the total last
    assert names[-1] == "total" and float(summary[-1][2]) >= max(float(match[2]) for match in summary)
    assert {match[1] for match in cpu} == set(PARTS)  # the demo posts letters today: a print file


def test_the_summary_says_which_phase_ran_beside_the_workers():
    from incasso.cli.progress import phase_summary
    from incasso.clock import CommandClock

    clock = CommandClock()
    clock.workers, clock.beside_pass = 2, STAFF
    with clock.phase(PASS):
        pass
    assert f"(2 worker processes; {STAFF} beside them)" in phase_summary(clock)[1]
    assert not any(line.lstrip().startswith(STAFF) for line in phase_summary(clock))


def _plain(shown: str) -> str:
    """What a terminal shows, without its colours and cursor moves."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_each_phase_is_shown_by_its_name_with_its_count_where_it_has_one():
    # A long phase without a word on the terminal looks hung: reading 20,000 files takes a minute,
    # removing last night's outputs minutes more.
    from incasso.cli.progress import command_clock

    terminal = _Terminal()
    with command_clock(quiet=False, stream=terminal) as clock:
        with clock.phase("load") as counted:
            counted(3, 5)
            counted(5, 5)
        with clock.phase(PASS) as counted:
            counted(2, 2)
        with clock.phase("swap"):
            shown_in_swap = terminal.getvalue()
        clock.finished()
    shown = _plain(terminal.getvalue())
    assert "Reading the ledger" in shown and "Debtor files read" in shown and "5/5" in shown
    assert "Debtors written" in shown and "2/2" in shown
    assert _plain(shown_in_swap).rstrip().endswith("Swapping in the new outputs, removing the previous ones")


def test_a_build_on_a_terminal_names_its_phases_from_the_start(tmp_path):
    done, shown = _build(tmp_path, terminal=True)
    assert done.returncode == 0
    shown = _plain(shown)
    assert "0/?" not in shown  # no count before there is one
    for label in ("Reading the ledger", "Debtor files read", "Assessing", "Swapping in the new outputs"):
        assert label in shown


def _phases(stdout: str) -> list[str]:
    """The phases a command's summary names, in order, the rest of the run and the total included."""
    lines = stdout.splitlines()
    start = lines.index("Time per phase (wall clock):")
    found = [re.match(r"  (\S.*?) +(\d+\.\d) s$", line) for line in lines[start + 1 :]]
    assert all(found), lines[start + 1 :]
    return [match[1] for match in found if match]


def test_a_check_on_a_terminal_counts_the_debtor_files_and_ends_with_its_phases():
    done, shown = _run(["check", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat()], terminal=True)
    assert done.returncode == 0, done.stdout
    shown = _plain(shown)
    assert "Reading the ledger" in shown and "Debtor files read" in shown and "20/20" in shown
    # Before and between its phases it says what it does: a check builds no site.
    assert "Checking the ledger" in shown and "Building the site" not in shown
    # The rest of the run is mostly after the phases: the tally per stage, the bank's summary, the notes.
    assert _phases(done.stdout) == ["load", "reconcile", "assess", "other (start-up, summary)", "total"]


def _audit(output: Path, *extra: str, terminal: bool) -> tuple[subprocess.CompletedProcess, str]:
    command = ["audit", str(output), "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat(), "--demo", *extra]
    return _run(command, terminal=terminal)


def test_an_audit_on_a_terminal_counts_the_files_it_checks_and_ends_with_its_phases(demo_site):
    # At 100,000 debtors an audit reads 100,000 pages for minutes: without a word on the terminal it looks hung.
    done, shown = _audit(demo_site.output, terminal=True)
    assert done.returncode == 0, done.stdout
    files = sum(1 for path in demo_site.output.rglob("*") if path.is_file())
    shown = _plain(shown)
    # Told by the process that reads the ledger; the demo's 20 files are read before the first look (TOLD_EVERY).
    assert "Reading the ledger" in shown
    assert "Indexing every debtor's words" in shown and "Debtors indexed" in shown and "20/20" in shown
    assert "Files checked" in shown and f"{files}/{files}" in shown
    assert "Auditing the output" in shown and "Building the site" not in shown  # an audit builds nothing
    assert done.stdout.startswith("audit passed:")
    assert _phases(done.stdout) == [
        "load",
        "index",
        "pages",
        "across pages",
        "other (start-up, summary)",
        "total",
    ]


def test_an_audit_in_a_pipe_or_quiet_shows_no_progress(demo_site):
    done, stderr = _audit(demo_site.output, terminal=False)
    assert (done.returncode, stderr) == (0, "")
    done, shown = _audit(demo_site.output, "-q", terminal=True)
    assert (done.returncode, shown, done.stdout) == (0, "", "")
