"""Worker processes forked from this one: they inherit what it holds instead of receiving it, and
they end with it however it ends (a build's pages, an audit's files); a thread beside them that has
ended whenever its caller goes on (`thread_beside`).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any, ParamSpec, TypeVar

from incasso.ledger.collector import frozen

PR_SET_PDEATHSIG = 1  # linux/prctl.h

A = TypeVar("A")
R = TypeVar("R")
P = ParamSpec("P")

AHEAD = 2  # tasks handed to each worker before the oldest result is waited for


def die_with(parent: int) -> None:
    """Make this worker end when the process `parent` ends, however it ends.

    A build or audit killed by the OOM killer, `timeout` or SIGKILL runs no clean-up: its
    forked workers would wait for work forever. On Linux the kernel kills them
    with the parent (PR_SET_PDEATHSIG); elsewhere a thread watches the parent.
    The parent may have died before this ran: then the worker goes at once.
    """
    if not (sys.platform.startswith("linux") and _kill_with_parent()):
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _kill_with_parent() -> bool:
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    return prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _start(parent: int, setup: Callable[..., None] | None, args: tuple) -> None:
    die_with(parent)
    _end_on_stops()
    if setup is not None:
        setup(*args)


def _end_on_stops() -> None:
    """This worker ends at once, and quietly, on Ctrl-C, SIGTERM or SIGHUP: sent to the whole process group
    (Ctrl-C at a terminal, `timeout`), they reach it too, and its parent says what stopped and cleans up; sent to
    the parent alone (`kill PID`), the parent passes them on as it leaves the pool (`_pass_on`).
    Python's own Ctrl-C raised KeyboardInterrupt wherever the idle worker waited for work, and the pool
    printed its traceback into the cron mail or the terminal. A stop ignored (SIGHUP under `nohup`) stays so."""
    for stop in STOPS:
        if signal.getsignal(stop) is not signal.SIG_IGN:
            signal.signal(stop, _end)


def _end(signum: int, frame: object) -> None:
    os._exit(128 + signum)  # as the shell reports a process a signal ended


@contextmanager
def worker_pool(
    workers: int, setup: Callable[..., None] | None = None, setup_args: tuple = ()
) -> Iterator[ProcessPoolExecutor]:
    """`workers` forked processes, each having run `setup(*setup_args)` first (if given); closed on leaving.

    With fork, what a worker is given is inherited, not pickled: only each task's arguments and
    result travel. The objects alive now are frozen out of the collector's reach first
    (`incasso.ledger.collector.frozen`), so that no collection in a worker writes to, and so
    copies, the memory it shares with this process; they are handed back to it afterwards, unless
    a run holds them longer.
    """
    # Ask for the start method we rely on: fork is cheap and safe here (no threads yet).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # Guarded (`_guarded`): once a stop is acted on in the block, every later one waits until the workers have ended.
    with frozen(), _guarded():
        pool = _Pool(
            workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_start,
            initargs=(os.getpid(), setup, setup_args),
        )
        try:
            yield pool
        finally:
            # What has not started yet never starts; what has is finished, or on a stop ended (`_close`), and the
            # workers are waited for, a second Ctrl-C or SIGTERM too (`stops_held`): the build deletes the folders the
            # workers write in once they end.
            try:
                with stops_held():
                    _close(pool)
            finally:  # a first stop that came before the hold, an error under way: waited for all the same
                _close(pool)


class _Pool(ProcessPoolExecutor):
    """A pool whose start a stop does not cut in two: its first task forks the workers (all of them, with fork) and
    starts its thread, and a stop (Ctrl-C, SIGTERM, SIGHUP) waits until both are done (`stops_held`), then acts.

    Raised in the middle of it, the stop was lost in a hook Python runs after a fork ("Exception ignored in:
    _releaseLock"), and the build went on to publish; or it left a worker forked but not yet noted, or the thread
    started but not yet noted as started, and the pool's end neither waited for the one nor could wait for the other
    ("cannot join thread before it is started": the build failed, with a traceback). Of 30 builds stopped as their
    workers were forked (session 52), 6 went on to publish, 1 failed so, and 4 ended before their workers."""

    started = False

    def submit(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        if self.started:
            return super().submit(fn, *args, **kwargs)
        with stops_held():
            self.started = True
            return super().submit(fn, *args, **kwargs)


def _close(pool: ProcessPoolExecutor) -> None:
    """Close the pool and wait for its workers to end. Left because of a stop, the workers are sent it first
    (`_pass_on`); else what they have started is finished, and what has not is cancelled."""
    if _stops.acted:
        _pass_on(pool, _stops.acted)
    pool.shutdown(wait=True, cancel_futures=True)


PASS_ON_AGAIN = 0.1  # seconds a worker is given to end on a stop passed on, before it is sent it again
PASS_ON_TIMES = 20  # times at most: a worker that ignores the stop is then waited for as any other


def _pass_on(pool: ProcessPoolExecutor, stop: int) -> None:
    """Send `stop` to each worker still there, which ends it at once (`_end_on_stops`), as a stop sent to the whole
    process group does. One sent to this process alone (`kill PID`: a scheduler, a supervisor, systemd with
    KillMode=process) left the pool's end waiting for the slices the workers were writing: seconds, for a build thrown
    away (BENCHMARKS.md, session 52). The pool's thread sees them gone and waits for them: none is left unreaped.

    A worker still there a moment later is sent it again. One that lands as an idle worker starts to wait for its next
    task (after it let go of the GIL, before it sleeps on the call queue's lock) has its handler run only when that
    wait returns: with its sibling ended holding that lock, never, and the pool's end waited for it for ever (session
    55, a two-worker run of the tests). One that comes while it sleeps wakes it."""
    workers = tuple((pool._processes or {}).values())
    for _ in range(PASS_ON_TIMES):
        # `exitcode` waits for one that has ended (the stop went to the group too): its pid is free for another then.
        workers = tuple(worker for worker in workers if worker.pid and worker.exitcode is None)
        if not workers:
            return
        for pid in (worker.pid for worker in workers if worker.pid):
            with contextlib.suppress(ProcessLookupError):  # it ended since
                os.kill(pid, stop)
        multiprocessing.connection.wait([worker.sentinel for worker in workers], timeout=PASS_ON_AGAIN)


TOLD_EVERY = 0.1  # seconds between looks at how far a task run aside has come (`aside`'s `told`)
# How far the task run aside has come, as it tells it (`tell_aside`): its step, done and total, in memory the
# process it runs in shares with the one waiting for it (made before the fork; None when nobody asked).
_told: Any = None


def aside(task: Callable[..., R], *args: Any, told: Callable[[int, int, int], None] | None = None) -> R:
    """`task(*args)` run in a forked process of its own; its result is sent back (pickled).

    For a task that reads much to make a little (an audit's view of a whole ledger): what it
    reads is freed with that process. Made here, it would leave the view scattered among the
    holes the freed records leave, which this process keeps; workers forked later share those
    pages, fill the holes with what they allocate, and so copy them (BENCHMARKS.md).

    `told(step, done, total)`: how far the task has come, as it says with `tell_aside`, every TOLD_EVERY seconds
    while it runs and once when it is done (a progress display; step 0, nothing told yet).
    """
    global _told
    _told = multiprocessing.RawArray(ctypes.c_longlong, 3) if told is not None else None
    try:
        with worker_pool(1) as pool:
            future = pool.submit(task, *args)
            if told is not None:
                while future not in wait([future], timeout=TOLD_EVERY).done:
                    told(*_told)
                told(*_told)
            return future.result()
    finally:
        _told = None


def tell_aside(step: int, done: int, total: int) -> None:
    """In a task run by `aside`: how far it has come (`done` of `total` in its `step`), for whoever waits for it;
    nothing when nobody asked, or it runs elsewhere."""
    if _told is not None:
        _told[1], _told[2] = done, total
        _told[0] = step  # last: a step is never seen with the count of the one before


def in_order(task: Callable[[A], R], items: Iterable[A], workers: int | None = None) -> Iterator[R]:
    """`map(task, items)` shared among `workers` forked processes (one per processor), results in order.

    The items are taken one by one as the workers need them, at most `AHEAD` a worker in flight, so
    a long run of items (a ledger's debtor files, read as they are handed out) is never all held at
    once. One item, one processor or another thread running (a fork would copy it half-way through
    whatever it holds) and it is plain `map` in this process: a pool costs more than it gives.
    """
    items = iter(items)
    first = list(islice(items, 2))
    workers = workers or os.cpu_count() or 1
    if len(first) < 2 or workers < 2 or _threads_running():
        yield from map(task, chain(first, items))
        return
    with worker_pool(workers) as pool:
        pending: deque[Future[R]] = deque(pool.submit(task, item) for item in first)
        for item in items:
            if len(pending) >= workers * AHEAD:
                yield pending.popleft().result()
            pending.append(pool.submit(task, item))
        while pending:
            yield pending.popleft().result()


def _threads_running() -> bool:
    """Whether a thread besides this one runs: a fork would copy whatever lock it holds, held."""
    return threading.active_count() > 1


# Ctrl-C, and the command line's SIGTERM and SIGHUP (incasso.cli.main.stop_on_signals): the stops a process acts on.
STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class CalledOff(BaseException):
    """The work of a thread beside (`thread_beside`) was called off: its block was left by a stop or an error.
    Raised in that thread at its next safe point (`safe_point`); an exit, not an error, as KeyboardInterrupt is."""


class _CallOff:
    """Tells a thread beside that its work is called off, once however often it is asked: a stop's handler may ask
    while the main thread is asking (in a step that holds the stops, which then goes on to its end). `stopped` (the
    task's own word, if any) must be quick and safe to run at any point of the main thread, as a signal's handler
    runs: an event set, a condition notified under its RLock."""

    def __init__(self, stopped: Callable[[], None] | None) -> None:
        self.called = False
        self.stopped = stopped

    def __call__(self) -> None:
        if self.called:
            return
        self.called = True
        if self.stopped is not None:
            self.stopped()


@dataclass
class _Stops:
    """How this process acts on the stops while something writes beside its main thread (`_guarded`).

    The first stop acts as it would have (unless a step holds it, `stops_held`), and each one after it is noted,
    not acted on, until the last guard ends. The handler decides that itself, as it raises the first: there is no
    moment between the two. A second stop used to be acted on wherever it came until the clean-up the first had
    started held the stops, a few bytecodes later: in those it cut the clean-up short, before the staff files'
    thread was told the pass had ended, and waiting for that thread then waited for ever (session 51).
    """

    guards: int = 0  # guards up in the main thread, one inside another
    held: int = 0  # steps under way that hold the stops
    acted: int = 0  # the stop acted on (its number; 0 for none): the clean-up it started is under way
    owner: int = 0  # the process whose handlers they are (a worker forked under a guard inherits them)
    noted: list[int] = field(default_factory=list)
    before: dict[int, Any] = field(default_factory=dict)  # each stop's handler before the guards
    call_offs: list[_CallOff] = field(default_factory=list)  # the threads beside, each called off by any stop


_stops = _Stops()
_here = threading.local()  # in a thread beside: its _CallOff


def _on_stop(signum: int, frame: object) -> None:
    """The handler of every stop while a guard is up: it acts or is noted (see _Stops), and calls off the threads
    beside, so that each ends at its next safe point whatever the main thread does meanwhile. Decided first: a stop
    Python runs the handler of within this one's (at a check for signals in the threads' `stopped`) is noted. With no
    guard up (one whose putting back a stop cut short left it), it acts as the handler before it. In a worker forked
    under a guard that has not set its own handlers yet (`_start`), it ends the worker as they would."""
    if os.getpid() != _stops.owner:
        _end(signum, frame)
    if _stops.held or _stops.guards and _stops.acted:
        _stops.noted.append(signum)
        _call_off_all()
        return
    _stops.acted = signum if _stops.guards else 0
    _call_off_all()
    _act(signum, frame)


def _call_off_all() -> None:
    for call_off in tuple(_stops.call_offs):
        call_off()


def _act(signum: int, frame: object) -> None:
    """Act on a stop as the handler it had before the guards would have: raise (KeyboardInterrupt, the command line's
    stop), or take the default action (the process ends)."""
    handler = _stops.before.get(signum, signal.SIG_DFL)
    if callable(handler):
        handler(signum, frame)
    else:
        signal.signal(signum, signal.SIG_DFL)
        signal.raise_signal(signum)


@contextmanager
def _guarded() -> Iterator[bool]:
    """The stops handled by `_on_stop` while the block runs (the outermost guard sets it, and puts back what was
    there). True in the main thread, the only one Python's handlers run in; in another nothing changes (and no stop
    can interrupt it)."""
    if threading.current_thread() is not threading.main_thread():
        yield False
        return
    _stops.guards += 1
    try:
        if _stops.guards == 1:
            _install()
        yield True
    finally:
        _stops.guards -= 1
        if not _stops.guards:
            _uninstall()


def _install() -> None:
    _stops.acted, _stops.noted, _stops.call_offs = 0, [], []  # what a guard cut short may have left
    _stops.owner = os.getpid()
    for stop in STOPS:
        handler = signal.getsignal(stop)
        if handler is _on_stop:  # left by a guard whose putting back a stop cut short: it acts as before
            continue
        if handler is None or handler is signal.SIG_IGN:  # not Python's to handle; a hang-up under nohup stays ignored
            _stops.before.pop(stop, None)
            continue
        _stops.before[stop] = handler  # before the handler goes in: a stop that comes next finds it
        signal.signal(stop, _on_stop)


def _uninstall() -> None:
    """The handlers put back. A stop that comes meanwhile is noted, and acts as before once they are all back (unless
    one was acted on already: its clean-up is done by now). Python also runs a stop whose handler it has not run yet
    as a handler is set: a second one, after a first whose handler ran code of its own (see _on_stop)."""
    _stops.held += 1
    try:
        for stop, handler in tuple(_stops.before.items()):
            if signal.getsignal(stop) is _on_stop:
                signal.signal(stop, handler)
    finally:
        first = _stops.noted[0] if _stops.noted and not _stops.acted else None
        _stops.held, _stops.acted, _stops.noted, _stops.call_offs = 0, 0, [], []
        if first is not None:
            _act(first, None)


@contextmanager
def stops_held(then: Callable[[int], None] | None = None) -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends, then the first of them acts: as it would have (by the
    handler that was there before: KeyboardInterrupt, the command line's stop, or the default action), or by
    `then(signum)`. For a step a stop must not cut in two: starting a thread, waiting for one to end, swapping the
    outputs in. One that came after a stop was acted on asks for nothing more: that stop's clean-up is under way.
    A stop ignored (SIGHUP under `nohup`) stays ignored."""
    with _guarded() as main:
        if not main:
            yield
            return
        _stops.held += 1
        try:
            yield
        finally:
            _stops.held -= 1
            _act_on_noted(then)


def _act_on_noted(then: Callable[[int], None] | None) -> None:
    if _stops.held or not _stops.noted:
        return
    first, _stops.noted = _stops.noted[0], []
    if _stops.acted:
        return
    _stops.acted = first
    if then is not None:
        then(first)
    else:
        _act(first, None)


def safe_point() -> None:
    """A point where a thread beside may end its work: between two files, or two debtors of one. Once its work is
    called off, CalledOff is raised here; in any other thread, nothing happens."""
    call_off = getattr(_here, "call_off", None)
    if call_off is not None and call_off.called:
        raise CalledOff


def until_called_off(items: Iterable[A]) -> Iterator[A]:
    """The items one by one, with a safe point before each: in a thread beside whose work was called off,
    CalledOff instead of the next one."""
    for item in items:
        safe_point()
        yield item


STOP_SEEN_WITHIN = 0.1  # seconds a wait in the main thread lasts at the most (`result_of`)


def result_of(done: Future[R]) -> R:
    """`done`'s result (or its error), waited for in this (the main) thread a tenth of a second at a time. A stop
    (Ctrl-C, SIGTERM, SIGHUP) that lands as a wait starts, after it has let go of the GIL and before it sleeps, wakes
    no wait: CPython wakes a lock's wait for a signal only while it sleeps, and runs the stop's handler once the wait
    returns. One wait for the thread beside the pass returned only when that thread had written every staff file,
    which the stop's handler calls off; waited for so, the handler runs within a tenth of a second."""
    while not done.done():
        wait([done], timeout=STOP_SEEN_WITHIN)
    return done.result()


def _beside(task: Callable[[], R], call_off: _CallOff) -> R:
    _here.call_off = call_off
    return task()


@contextmanager
def thread_beside(task: Callable[[], R], name: str, stopped: Callable[[], None] | None = None) -> Iterator[Future[R]]:
    """`task()` run in a thread named `name` while the block runs: its result, or its error, in the future
    yielded. The thread has ended when the block is left, however it is left; left by an error or a stop, the
    task's work is called off first: it ends at its next safe point (`safe_point`, `until_called_off`), and
    `stopped()` tells it so (one that waits for the block would wait for ever; see _CallOff for what it may do).
    A stop calls it off at once, from its handler, not when the main thread gets to it.

    A stop (Ctrl-C, SIGTERM, SIGHUP) raised here while the thread started left it running unseen: the
    executor notes a thread only once it has started, and waits at its end for those it noted. The stopped
    build deleted its temporary staff output while the thread went on writing the staff files there, which
    made the folder again, unmarked, with every debtor's data in it (session 50). So a stop waits while the
    thread starts, and while it is waited for (a second Ctrl-C too).

    What no code here can hold: a first stop that comes as the `with` statement's `__exit__` starts, an error under
    way. The clean-up below then runs only once that error is let go; the stop has called the thread off, so it
    ends at its next safe point meanwhile.
    """
    side = ThreadPoolExecutor(1, thread_name_prefix=name)
    call_off = _CallOff(stopped)
    with _guarded() as main:
        if main:
            _stops.call_offs.append(call_off)
        try:
            with stops_held():
                done = side.submit(_beside, task, call_off)
            yield done
        except BaseException:
            with stops_held():  # not cut short by a stop that acts (one that comes first, an error under way)
                call_off()
            raise
        finally:
            try:
                with stops_held():
                    side.shutdown(wait=True)
            finally:  # a first stop that came before the hold, an error under way: it called the thread off
                side.shutdown(wait=True)
            if call_off in _stops.call_offs:
                _stops.call_offs.remove(call_off)
