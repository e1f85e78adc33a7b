"""A Ctrl-C in the main thread, sent from another (the thread beside a pass), the two ways it can land there."""

from __future__ import annotations

import _thread
import signal
import threading


def ctrl_c_sent() -> None:
    """A Ctrl-C as the terminal sends it: a SIGINT to the main thread, which wakes a wait it sleeps in."""
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


def ctrl_c_due() -> None:
    """A Ctrl-C that lands as the main thread starts a wait, after it has let go of the GIL and before it sleeps: its
    handler is due, but CPython wakes a lock's wait for a signal only while it sleeps. This one wakes no wait at all."""
    _thread.interrupt_main(signal.SIGINT)


CTRL_C_COMES = [ctrl_c_sent, ctrl_c_due]
CTRL_C_IDS = ["sent", "due as a wait starts"]
