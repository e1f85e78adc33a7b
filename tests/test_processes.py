"""incasso.processes: forked workers that inherit what the parent holds and end with it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from incasso.processes import aside, worker_pool

REPO = Path(__file__).resolve().parents[1]

_held: list[str] = []  # what a forked worker inherits instead of receiving


def _inherited(_: int) -> tuple[int, list[str]]:
    return os.getpid(), _held


def test_workers_inherit_what_the_parent_holds():
    _held[:] = ["built before the fork"]
    try:
        with worker_pool(2) as pool:
            answers = list(pool.map(_inherited, range(4)))
    finally:
        _held.clear()
    assert all(held == ["built before the fork"] for _, held in answers)
    assert all(pid != os.getpid() for pid, _ in answers)


# A parent that starts two workers busy for a minute, says their ids, and waits.
_PARENT = """
import os, sys, time
from incasso.processes import worker_pool
with worker_pool(2) as pool:
    futures = [pool.submit(time.sleep, 60) for _ in range(2)]
    while len(pool._processes) < 2:
        time.sleep(0.01)
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    """Whether pid runs (a zombie, already ended, does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="reads processes from /proc")
def test_workers_end_when_their_parent_is_killed():
    """SIGKILL (the OOM killer, `timeout -s KILL`) runs no clean-up in the parent: the workers go anyway."""
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT], cwd=REPO, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    workers: list[int] = []
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=60)
        deadline = time.monotonic() + 30  # a guard against a hang, not a timing assertion
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers)
    finally:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _made_aside(size: int) -> tuple[int, int, list[int]]:
    """A task that reads much (here: makes a large list) to return a little."""
    read = list(range(size))
    _held.append("made in the process aside")  # stays there: this process never sees it
    return os.getpid(), len(read), read[:3]


def _fails(message: str) -> None:
    raise ValueError(message)


def test_a_task_aside_runs_in_another_process_and_only_its_result_comes_back():
    pid, count, first = aside(_made_aside, 100_000)
    assert pid != os.getpid()
    assert (count, first) == (100_000, [0, 1, 2])
    assert _held == []


def test_a_task_aside_that_fails_fails_here():
    with pytest.raises(ValueError, match="the ledger folder is gone"):
        aside(_fails, "the ledger folder is gone")
