"""incasso.processes: forked workers that inherit what the parent holds and end with it."""

from __future__ import annotations

import contextlib
import dis
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from incasso import processes
from incasso.processes import AHEAD, TOLD_EVERY, aside, in_order, tell_aside, worker_pool
from tests.support.ctrl_c import CTRL_C_COMES, CTRL_C_IDS

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


def _telling(steps: int) -> str:
    for step in range(1, steps + 1):
        for done in range(4):
            tell_aside(step, done, 3)
        time.sleep(3 * TOLD_EVERY)  # looked at while it waits, however busy the machine
    return "done"


def test_a_task_aside_tells_how_far_it_has_come_while_it_runs_and_when_it_is_done():
    told: list[tuple[int, int, int]] = []
    assert aside(_telling, 2, told=lambda *now: told.append(now)) == "done"
    assert (1, 3, 3) in told and told[-1] == (2, 3, 3)
    steps = [step for step, _, _ in told]
    assert steps == sorted(steps)  # a step, then the next: never back
    tell_aside(9, 9, 9)  # here, with nobody waiting: nothing, and no error
    assert aside(_telling, 1) == "done"  # nobody asked: the task's telling goes nowhere


def test_a_task_aside_that_fails_fails_here():
    with pytest.raises(ValueError, match="the ledger folder is gone"):
        aside(_fails, "the ledger folder is gone")


def _squared_where(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


_both: list = []  # a barrier for two workers: inherited with the fork (one cannot be sent to a worker)


def _squared_where_both_take_one(n: int) -> tuple[int, int]:
    """The first two items wait for each other: a worker holds one until the other worker has taken the other, so
    both take items however slowly the second starts (on a loaded machine the first could do all forty alone)."""
    if n < 2:
        (both,) = _both
        both.wait(60)  # a guard against a hang: broken, it fails the item, and the test
    return _squared_where(n)


@pytest.fixture
def no_other_thread(monkeypatch):
    """As in a build: the test run may have left a thread of its own running (a browser's server)."""
    monkeypatch.setattr(processes, "_threads_running", lambda: False)


def test_in_order_shares_the_items_among_workers_and_gives_the_results_in_order(no_other_thread):
    import multiprocessing

    _both[:] = [multiprocessing.get_context("fork").Barrier(2)]  # before the fork
    try:
        results = list(in_order(_squared_where_both_take_one, range(40), workers=2))
    finally:
        _both.clear()
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

    results = in_order(_squared_where, items(), workers=2)
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


# -- a second stop that comes a few bytecodes after the first ------------------------------------------------


class _Stopped(BaseException):
    """The command line's stop (incasso.cli.main.Stopped), as its handler of SIGTERM raises it."""


@pytest.fixture
def stops_as_in_a_build():
    """Ctrl-C raises KeyboardInterrupt and SIGTERM the command line's stop, as in `incasso build`."""

    def stop(signum, frame):
        raise _Stopped(signum)

    before = {signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler)}
    before[signal.SIGTERM] = signal.signal(signal.SIGTERM, stop)
    yield
    for stop_, handler in before.items():
        signal.signal(stop_, handler)


def _two_stops_at_once() -> None:
    """A Ctrl-C and a SIGTERM that come together (a CI job cancelled as someone presses Ctrl-C): Python acts on the
    first (the lower number, SIGINT) here, and on the second at its next check for signals, a few bytecodes on,
    wherever the first's exception has got to by then. Both wait in the kernel until the mask lets them in at once."""
    both = {signal.SIGINT, signal.SIGTERM}
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, both)
    try:
        for stop in both:
            signal.pthread_kill(threading.main_thread().ident, stop)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def test_two_stops_at_once_leave_the_block_only_once_the_thread_beside_has_ended(stops_as_in_a_build):
    """Session 51: the second stop landed as the first's exception left the block, before the clean-up held the
    stops: the block was left with the staff files' thread running, never told that the pass had ended."""
    told = threading.Event()

    def task() -> bool:
        return told.wait(30)  # False when never told (a guard against a hang, not a timing assertion)

    with (
        pytest.raises((KeyboardInterrupt, _Stopped)) as stopped,
        processes.thread_beside(task, "staff", told.set) as done,
    ):
        _two_stops_at_once()
        pytest.fail("the first stop is raised in the block")
    assert done.done() and done.result() is True  # told, and ended, before the block was left
    assert isinstance(stopped.value, KeyboardInterrupt)  # the first stop's: the second asked for nothing more


def test_two_stops_at_once_leave_the_pool_only_once_its_workers_have_ended(stops_as_in_a_build):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    started, release = context.Event(), context.Event()
    _told[:] = [started, release]  # before the fork
    pids: list[int] = []
    try:
        with pytest.raises((KeyboardInterrupt, _Stopped)) as stopped, worker_pool(1) as pool:
            pool.submit(_busy_until_told)
            assert started.wait(60)
            pids = list(pool._processes)
            release.set()  # the worker may end once it is waited for
            _two_stops_at_once()
        assert pids and not any(_alive(pid) for pid in pids)
        assert isinstance(stopped.value, KeyboardInterrupt)
    finally:
        _told.clear()


def _stop_at_check(number: int, stop: int, fired: list[str]):
    """A profile function that sends `stop` at the `number`-th point (from 0) where Python may run a signal's handler
    while incasso.processes runs: as one of its functions starts, or resumes after a `yield` (not when an exception
    is thrown in: Python checks for signals at neither), as a function it calls starts, and as a call it makes to C
    returns. Raised from there, the handler's exception goes on from that point, as it would (and the profiling
    ends)."""
    points = iter(range(number + 1))

    def ours(frame) -> bool:
        return frame is not None and frame.f_code.co_filename == processes.__file__

    def checks(frame, event: str) -> bool:
        if event == "c_return":
            return ours(frame)
        starts = event == "call" and frame.f_code.co_code[frame.f_lasti] == dis.opmap["RESUME"]
        return starts and (ours(frame) or ours(frame.f_back))

    def profile(frame, event, arg):
        if checks(frame, event) and next(points, None) == number:
            line = frame.f_lineno if ours(frame) else frame.f_back.f_lineno
            fired.append(f"incasso/processes.py:{line} ({event} {frame.f_code.co_name})")
            signal.raise_signal(stop)

    return profile


def _block_left(stop_first: bool, number: int, fired: list[str]) -> tuple[bool, bool]:
    """A thread beside, its block left by a Ctrl-C (or an error), and a SIGTERM at the `number`-th point of what runs
    next where Python may act on it: whether the thread was told and had ended when the block was left."""
    told = threading.Event()
    done = None
    profiling = sys.getprofile()
    try:
        with (
            contextlib.suppress(KeyboardInterrupt, _Stopped, ValueError),
            processes.thread_beside(lambda: told.wait(30), "staff", told.set) as done,  # 30 s: a guard against a hang
        ):
            sys.setprofile(_stop_at_check(number, signal.SIGTERM, fired))
            if stop_first:
                signal.raise_signal(signal.SIGINT)
            raise ValueError("a failed pass")
    finally:
        sys.setprofile(profiling)
    assert done is not None
    return told.is_set(), done.done()


@pytest.mark.parametrize("first", ["a Ctrl-C", "an error"])
def test_a_stop_at_any_point_of_the_thread_beside_s_clean_up_still_tells_it_and_waits_for_it(
    stops_as_in_a_build, first
):
    """After a Ctrl-C, a SIGTERM at each point of the clean-up where Python may act on it (a second stop); after a
    failed pass, the same SIGTERM as the first stop. On session 50's code, one as `stops_held()` began, before it held
    the stops and before `stopped()`, skipped that, and the join that followed waited for a thread never told: for
    ever, in a build whose staff files waited for the pass's letters to join them. (Not here: a first stop as
    contextlib's own `__exit__` starts, before the clean-up, after an error; see incasso.processes.thread_beside.)"""
    points = []
    for number in range(1000):
        fired: list[str] = []
        told, ended = _block_left(first == "a Ctrl-C", number, fired)
        if not fired:  # past the last point
            break
        points.append(fired[0])
        assert (told, ended) == (True, True), f"a SIGTERM at {fired[0]}"
    assert len(points) >= 20  # the stop came at each point of the clean-up in turn
    with pytest.raises(KeyboardInterrupt):  # and a Ctrl-C acts as before
        signal.raise_signal(signal.SIGINT)


# -- a stop ends the work beside the pass at its next safe point -----------------------------------------------


@pytest.mark.parametrize("ctrl_c_comes", CTRL_C_COMES, ids=CTRL_C_IDS)
def test_a_stop_ends_the_thread_beside_at_its_next_safe_point(ctrl_c, ctrl_c_comes):
    """A Ctrl-C while the thread beside works through its debtors: it ends before the next one, not at the end of
    the list. The stop's own handler calls the thread off, not the clean-up after it. The main thread waits for the
    thread as the pass does (`result_of`): one wait of 60 s here (`done.result(60)`), with the thread beside waiting
    for the handler, returned only when the thread's 30 s guard failed, for a Ctrl-C that landed as it started
    (`ctrl_c_due`): session 54's one failure, and 7 of 200 runs of these steps on a loaded machine (BENCHMARKS.md,
    session 55)."""
    told, in_block, reached = threading.Event(), threading.Event(), []

    def task() -> None:
        assert in_block.wait(30)  # guards against a hang, here and below
        for number in processes.until_called_off(range(1000)):
            reached.append(number)
            if number == 3:
                ctrl_c_comes()
                assert told.wait(30)  # the stop's handler has run

    with pytest.raises(KeyboardInterrupt), processes.thread_beside(task, "staff", told.set) as done:
        in_block.set()
        processes.result_of(done)
    assert reached == [0, 1, 2, 3]
    assert isinstance(done.exception(0), processes.CalledOff)


def test_a_failed_block_ends_the_thread_beside_at_its_next_safe_point():
    """The thread's first item waits until its work is called off (`stopped`, told by the clean-up of the failed
    block): the next safe point ends it, however long the clean-up took to come (on a loaded machine the thread
    could otherwise reach the end of its list first)."""
    started, told, reached = threading.Event(), threading.Event(), []

    def task() -> None:
        for number in processes.until_called_off(range(1000)):
            reached.append(number)
            started.set()
            assert told.wait(60)  # a guard against a hang: never told, the thread fails with an AssertionError

    with pytest.raises(ValueError), processes.thread_beside(task, "staff", told.set) as done:
        assert started.wait(60)
        raise ValueError("a failed pass")
    assert reached == [0] and isinstance(done.exception(0), processes.CalledOff)


def test_safe_points_outside_a_thread_beside_let_everything_through():
    processes.safe_point()
    assert list(processes.until_called_off(range(5))) == [0, 1, 2, 3, 4]
    with processes.thread_beside(lambda: list(processes.until_called_off(range(5))), "staff") as done:
        assert done.result(60) == [0, 1, 2, 3, 4]


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


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_sent_to_the_parent_alone_ends_its_busy_workers_as_it_leaves_the_pool(stops_as_in_a_build, stop):
    """`kill PID` (a scheduler, a supervisor, systemd with KillMode=process) reaches the parent, not its workers. The
    pool's end waited for each worker to finish the slice it was writing, seconds with nothing to show for them; now
    it passes the stop on, and the worker ends at once as a stop sent to the whole group ends it, and is waited for."""
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork")
    started, release = context.Event(), context.Event()  # never released here: the worker would wait its 60 s
    _told[:] = [started, release]  # before the fork
    try:
        with pytest.raises((KeyboardInterrupt, _Stopped)), worker_pool(1) as pool:
            busy = pool.submit(_busy_until_told)
            assert started.wait(60)
            workers = list(pool._processes.values())
            signal.raise_signal(stop)  # to this process alone
    finally:
        _told.clear()
    assert [worker.exitcode for worker in workers] == [128 + stop]  # ended by the stop, as _end_on_stops ends it
    assert isinstance(busy.exception(0), BrokenProcessPool)  # its task not finished, and nobody waits for it
    assert not any(_alive(worker.pid) for worker in workers)


def _lets_its_first_stop_slip() -> int:
    """A busy worker whose handler lets the first SIGTERM slip, as CPython does with one that lands as the worker starts
    a wait (its handler runs only when the wait returns); the next one ends it, as `_end_on_stops` would."""
    started, release = _told
    slipped: list[int] = []

    def first_slips(signum, frame):
        if not slipped:
            slipped.append(signum)
            return
        processes._end(signum, frame)

    signal.signal(signal.SIGTERM, first_slips)
    started.set()
    release.wait(60)  # never released here: a guard against a hang
    return os.getpid()


def test_a_worker_still_there_after_the_stop_passed_on_is_sent_it_again(stops_as_in_a_build):
    """Session 55: a two-worker run of the tests hung in a pool's end, an idle worker asleep on the call queue's lock
    with the SIGTERM passed on to it noted and its handler never run; its sibling had ended holding that lock."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    started, release = context.Event(), context.Event()
    _told[:] = [started, release]  # before the fork
    try:
        with pytest.raises(_Stopped), worker_pool(1) as pool:
            pool.submit(_lets_its_first_stop_slip)
            assert started.wait(60)
            workers = list(pool._processes.values())
            signal.raise_signal(signal.SIGTERM)  # to this process alone
    finally:
        _told.clear()
    assert [worker.exitcode for worker in workers] == [128 + signal.SIGTERM]  # ended by the second, not its task's end


def test_an_error_leaving_the_pool_lets_the_workers_finish_what_they_started(monkeypatch):
    """A failed pass is no stop: what a worker has started is finished (and what has not is cancelled), as before."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    started, release = context.Event(), context.Event()
    _told[:] = [started, release]  # before the fork
    real = ProcessPoolExecutor.shutdown

    def shutdown(self, *args, **kwargs):
        release.set()  # the worker may finish now, if it is not ended first
        return real(self, *args, **kwargs)

    try:
        with pytest.raises(ValueError), worker_pool(1) as pool:
            busy = pool.submit(_busy_until_told)
            assert started.wait(60)
            monkeypatch.setattr(ProcessPoolExecutor, "shutdown", shutdown)
            raise ValueError("a failed pass")
    finally:
        _told.clear()
    assert busy.result(0) > 0  # its pid: the task was finished


def test_a_stop_that_reaches_a_worker_before_it_has_its_own_handlers_ends_it_quietly(stops_as_in_a_build):
    """A worker forked under the pool's guard has the parent's handlers until it sets its own (`_start`). A stop that
    reached it then, passed on as the pool's end began (or sent to the whole group), acted as in the parent: a
    KeyboardInterrupt or the command line's stop raised as the worker started, and its traceback in the cron mail."""
    with worker_pool(1):
        child = os.fork()  # a worker as it starts, forked under the guard as the pool's are
        if child == 0:
            try:
                signal.raise_signal(signal.SIGINT)
            finally:
                os._exit(1)  # only reached if the handler raised, or returned
        _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGINT


def _reaped(pid: int) -> bool:
    """Whether this process's child pid has ended and been waited for (asking waits for one that has just ended)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("where", ["a worker forked", "the pool's thread starting"])
def test_a_stop_as_the_pool_starts_acts_once_it_has_started_and_ends_it_whole(stops_as_in_a_build, monkeypatch, where):
    """The pool's first task forks its workers and starts its thread. A stop raised in the middle of that left a
    worker forked but not yet noted, or the thread not yet noted as started: the pool's end neither waited for the
    one nor could wait for the other ("cannot join thread before it is started"), and a stop raised in a hook Python
    runs after each fork was lost ("Exception ignored"), the build going on to publish. Now it waits until the pool
    has started, then acts: the workers are sent it and waited for."""
    import concurrent.futures.process as futures_process
    import multiprocessing.process

    forked: list[int] = []
    fork = multiprocessing.process.BaseProcess.start

    def forking(process) -> None:
        fork(process)
        forked.append(process.pid)
        if where == "a worker forked" and len(forked) == 1:
            signal.raise_signal(signal.SIGTERM)  # after the fork, before the pool notes the worker

    start = futures_process._ExecutorManagerThread.start

    def starting(thread) -> None:
        if where == "the pool's thread starting":
            signal.raise_signal(signal.SIGTERM)  # before the pool's thread is started
        start(thread)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", forking)
    monkeypatch.setattr(futures_process._ExecutorManagerThread, "start", starting)
    try:
        with pytest.raises(_Stopped), worker_pool(2) as pool:
            pool.submit(os.getpid)
            pytest.fail("the stop acts once the pool has started, as the first task is handed to it")
        assert len(forked) == 2 and all(_reaped(pid) for pid in forked)
    finally:
        for pid in forked:  # only the workers forked here, by id
            if not _reaped(pid):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)


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
