"""incasso.processes: forked workers that inherit what the parent holds and end with it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from incasso import processes
from incasso.processes import AHEAD, aside, in_order, worker_pool

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


def _squared_where(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def _slow_squared_where(n: int) -> tuple[int, int]:
    time.sleep(0.01)  # long enough that both workers take items
    return _squared_where(n)


@pytest.fixture
def no_other_thread(monkeypatch):
    """As in a build: the test run may have left a thread of its own running (a browser's server)."""
    monkeypatch.setattr(processes, "_threads_running", lambda: False)


def test_in_order_shares_the_items_among_workers_and_gives_the_results_in_order(no_other_thread):
    results = list(in_order(_slow_squared_where, range(40), workers=2))
    assert [square for square, _ in results] == [n * n for n in range(40)]
    pids = {pid for _, pid in results}
    assert os.getpid() not in pids
    assert len(pids) == 2


def test_in_order_takes_the_items_as_the_workers_need_them(no_other_thread):
    taken = []

    def items():
        for n in range(100):
            taken.append(n)
            yield n

    results = in_order(_slow_squared_where, items(), workers=2)
    assert next(results)[0] == 0
    # The first result came back while at most two items a worker were handed out, and one more waits.
    assert len(taken) <= 2 * AHEAD + 1
    assert [square for square, _ in results] == [n * n for n in range(1, 100)]


def test_in_order_with_one_item_runs_it_here():
    assert list(in_order(_squared_where, [3], workers=2)) == [(9, os.getpid())]


def test_in_order_with_one_worker_runs_every_item_here():
    assert list(in_order(_squared_where, range(5), workers=1)) == [(n * n, os.getpid()) for n in range(5)]


def test_in_order_forks_no_worker_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        results = list(in_order(_squared_where, range(5), workers=2))
    finally:
        stop.set()
        thread.join()
    assert results == [(n * n, os.getpid()) for n in range(5)]


def test_in_order_raises_a_workers_error_here(no_other_thread):
    with pytest.raises(ValueError, match="item 3"):
        list(in_order(_fails_at_three, range(6), workers=2))


def _fails_at_three(n: int) -> int:
    if n == 3:
        raise ValueError("item 3")
    return n


# -- a stop never leaves a thread or a worker writing ------------------------------------------------------


@pytest.fixture
def ctrl_c():
    """Ctrl-C raises KeyboardInterrupt here, as at a terminal (a suite started in the background of a shell without
    job control runs with SIGINT ignored)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_a_stop_inside_stops_held_waits_until_its_end_then_acts_as_it_would_have(ctrl_c):
    seen: list[str] = []
    with pytest.raises(KeyboardInterrupt), processes.stops_held():
        signal.raise_signal(signal.SIGINT)
        seen.append("the step finished")
    assert seen == ["the step finished"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_stop_held_is_raised_by_the_handler_that_was_there_before():
    """SIGTERM in a build: the command line's own handler raises its stop (incasso.cli.main.Stopped)."""

    class Stopped(BaseException):
        pass

    def stop(signum, frame):
        raise Stopped(signum)

    seen: list[str] = []
    before = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(Stopped) as stopped, processes.stops_held():
            signal.raise_signal(signal.SIGTERM)
            seen.append("the step finished")
    finally:
        signal.signal(signal.SIGTERM, before)
    assert seen == ["the step finished"] and stopped.value.args == (signal.SIGTERM,)


def test_a_hang_up_ignored_stays_ignored_while_stops_are_held():
    """`nohup incasso build &`: the hang-up it was told to ignore is not noted, to be acted on after the step."""
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with processes.stops_held():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            signal.raise_signal(signal.SIGHUP)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def _stopped_as_a_thread_starts(monkeypatch) -> None:
    """A Ctrl-C that comes while a thread starts: a signal acts at once, in this thread, once the thread runs."""
    real = threading.Thread.start

    def start(thread):
        real(thread)
        signal.raise_signal(signal.SIGINT)  # KeyboardInterrupt here, unless held

    monkeypatch.setattr(threading.Thread, "start", start)


def _stopped_as_a_thread_is_waited_for(monkeypatch) -> None:
    real = threading.Thread.join

    def join(thread, timeout=None):
        signal.raise_signal(signal.SIGINT)  # KeyboardInterrupt here, before the wait, unless held
        return real(thread, timeout)

    monkeypatch.setattr(threading.Thread, "join", join)


def test_a_stop_while_the_thread_beside_starts_waits_for_it_to_end(monkeypatch, ctrl_c):
    """Session 50: a SIGTERM that came while the staff files' thread started left it writing unseen (the executor
    notes a thread once it has started): the build deleted its temporary staff output, and the thread made it
    again, with every debtor's data in it. Now the stop waits until the thread is noted, which is then waited for;
    `stopped` first tells the task (the staff files' thread waits for the pass's letters to join them)."""
    told, ended = threading.Event(), threading.Event()

    def task() -> None:
        assert told.wait(60)  # a guard against a hang
        ended.set()

    _stopped_as_a_thread_starts(monkeypatch)
    with pytest.raises(KeyboardInterrupt), processes.thread_beside(task, "staff files", told.set):
        pytest.fail("the stop is raised before the block")
    assert ended.is_set()


def test_a_second_stop_while_the_thread_beside_is_waited_for_waits_for_it_too(monkeypatch, ctrl_c):
    ended = threading.Event()
    release = threading.Event()

    def task() -> None:
        assert release.wait(60)
        ended.set()

    with pytest.raises(KeyboardInterrupt), processes.thread_beside(task, "staff files", release.set):
        _stopped_as_a_thread_is_waited_for(monkeypatch)  # the second Ctrl-C, as the first is acted on
        raise KeyboardInterrupt  # the first
    assert ended.is_set()


def test_the_thread_beside_gives_its_result_and_its_error():
    with processes.thread_beside(lambda: 42, "answer") as done:
        assert done.result(60) == 42
    with processes.thread_beside(lambda: _fails("a staff file"), "staff files") as done:
        error = done.exception(60)
    assert isinstance(error, ValueError) and str(error) == "a staff file"


_told: list = []  # the events a worker waits on: inherited with the fork (an event cannot be sent to it)


def _busy_until_told() -> int:
    started, release = _told
    started.set()
    release.wait(60)
    return os.getpid()


def test_a_second_stop_while_the_workers_are_waited_for_waits_for_them_too(monkeypatch, ctrl_c):
    """A worker still writing its slice (the letters, the dossier pages) when a stopped build deletes its folders
    would write on in them: the pool's end waits for it whatever stop comes meanwhile."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    started, release = context.Event(), context.Event()
    _told[:] = [started, release]  # before the fork
    pids: list[int] = []
    real = ProcessPoolExecutor.shutdown

    def shutdown(self, *args, **kwargs):
        release.set()  # the worker may end now, if it is waited for
        signal.raise_signal(signal.SIGINT)  # the second Ctrl-C: KeyboardInterrupt here, unless held
        return real(self, *args, **kwargs)

    try:
        with pytest.raises(KeyboardInterrupt), worker_pool(1) as pool:
            pool.submit(_busy_until_told)
            assert started.wait(60)
            pids = list(pool._processes)
            monkeypatch.setattr(ProcessPoolExecutor, "shutdown", shutdown)
            raise KeyboardInterrupt  # the first
    finally:
        _told.clear()
    assert pids and not any(_alive(pid) for pid in pids)


# A parent whose one worker has done a task and waits for the next, when a Ctrl-C reaches that worker as a
# terminal's does (the whole process group); the parent then closes the pool.
_IDLE_WORKER_STOPPED = """
import os, signal, sys, time
from incasso.processes import worker_pool
with worker_pool(1) as pool:
    worker = pool.submit(os.getpid).result()
    os.kill(worker, int(sys.argv[1]))
    deadline = time.monotonic() + 60  # a guard against a worker that lives on, not a timing assertion
    while time.monotonic() < deadline:  # until the pool sees its worker gone
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    else:
        sys.exit("the worker lived on")
"""


def _stops_as_at_a_terminal() -> None:
    """Ctrl-C's and a hang-up's default actions: a suite started in the background without job control runs with
    SIGINT ignored (and under `nohup` SIGHUP), which a worker rightly keeps ignoring."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stop_reaching_an_idle_worker_ends_it_without_a_traceback(stop):
    """Ctrl-C at a terminal reaches the page workers too: Python's own handler raised KeyboardInterrupt where the
    idle worker waited for work, and its traceback went above the build's "stopped" line."""
    done = subprocess.run(
        [sys.executable, "-c", _IDLE_WORKER_STOPPED, str(int(stop))],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_stops_as_at_a_terminal,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
