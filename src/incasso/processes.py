"""Worker processes forked from this one: they inherit what it holds instead of receiving it, and
they end with it however it ends (a build's pages, an audit's files); a thread beside them that has
ended whenever its caller goes on (`thread_beside`).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, TypeVar

from incasso.ledger.collector import frozen

PR_SET_PDEATHSIG = 1  # linux/prctl.h

A = TypeVar("A")
R = TypeVar("R")

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
    (Ctrl-C at a terminal, `timeout`), they reach it too, and its parent says what stopped and cleans up.
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
    with frozen():
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_start,
            initargs=(os.getpid(), setup, setup_args),
        )
        try:
            yield pool
        finally:
            # On an error, what has not started yet never starts; what has is waited for, a second Ctrl-C or
            # SIGTERM too (`stops_held`): the build deletes the folders the workers write in once they end.
            with stops_held():
                pool.shutdown(wait=True, cancel_futures=True)


def aside(task: Callable[..., R], *args: Any) -> R:
    """`task(*args)` run in a forked process of its own; its result is sent back (pickled).

    For a task that reads much to make a little (an audit's view of a whole ledger): what it
    reads is freed with that process. Made here, it would leave the view scattered among the
    holes the freed records leave, which this process keeps; workers forked later share those
    pages, fill the holes with what they allocate, and so copy them (BENCHMARKS.md).
    """
    with worker_pool(1) as pool:
        return pool.submit(task, *args).result()


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


@contextmanager
def stops_noted() -> Iterator[list[int]]:
    """Ctrl-C, SIGTERM and SIGHUP noted in the list yielded, not acted on, until the block ends; the caller
    acts on them then. A signal ignored (SIGHUP under `nohup`) stays ignored. Only the main thread receives
    Python's signal handlers: in another, nothing changes (and no stop can interrupt it)."""
    noted: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield noted
        return
    stops = [stop for stop in STOPS if signal.getsignal(stop) is not signal.SIG_IGN]
    before = {stop: signal.signal(stop, lambda signum, frame: noted.append(signum)) for stop in stops}
    try:
        yield noted
    finally:
        for stop, handler in before.items():
            signal.signal(stop, handler)


@contextmanager
def stops_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends, then act as they would have (the first of them,
    raised by the handler that was there before: KeyboardInterrupt, the command line's stop, or the default
    action). For a step a stop must not cut in two: starting a thread, or waiting for one to end."""
    noted: list[int] = []
    try:
        with stops_noted() as noted:
            yield
    finally:
        if noted:
            signal.raise_signal(noted[0])  # its handler is back, and Python runs it before this returns


@contextmanager
def thread_beside(task: Callable[[], R], name: str, stopped: Callable[[], None] | None = None) -> Iterator[Future[R]]:
    """`task()` run in a thread named `name` while the block runs: its result, or its error, in the future
    yielded. The thread has ended when the block is left, however it is left; left by an error or a stop,
    `stopped()` first tells the task so (one that waits for the block would wait for ever).

    A stop (Ctrl-C, SIGTERM, SIGHUP) raised here while the thread started left it running unseen: the
    executor notes a thread only once it has started, and waits at its end for those it noted. The stopped
    build deleted its temporary staff output while the thread went on writing the staff files there, which
    made the folder again, unmarked, with every debtor's data in it (session 50). So a stop waits while the
    thread starts, and while it is waited for (a second Ctrl-C too).
    """
    side = ThreadPoolExecutor(1, thread_name_prefix=name)
    try:
        with stops_held():
            done = side.submit(task)
        yield done
    except BaseException:
        if stopped is not None:
            with stops_held():
                stopped()
        raise
    finally:
        with stops_held():
            side.shutdown(wait=True)
