"""`pelican -r` rebuilds when the ledger changes, not only the content, theme or settings.

Pelican's autoreload waits in `pelican.wait_for_changes(settings_file,
settings)`, which watches the settings file, PATH, THEME and the
STATIC_PATHS; it has no setting for other folders. The ledger must never be
a static path: Pelican would copy it into the public output. So Pelican's
own function is wrapped: while it waits, it is handed a copy of the settings
whose STATIC_PATHS also names the ledger folder (an absolute path stays
itself when joined to PATH). The settings the generators read never contain
it, and nothing else changes.

This leans on Pelican's internals (the name and signature of that function,
checked at startup). Should they change, the wrapper stays out of the way:
`pelican -r` then misses ledger edits (save the settings file to rebuild) but
still publishes nothing it should not. tests/site/test_autoreload.py runs
`pelican -r` for real and says so.

A ledger broken while `pelican -r` runs is reported once and waited out:
Pelican's loop would otherwise retry the failed run at once, over and over.
So is a run refused (`wait_out`): an output busy (a file of it open in
Office, another build writing it) or a secret the outputs were not made
with; the server goes on serving what the output holds, untouched. That
holds from the autoreload loop's own start on, its first run included (only
the check before Pelican starts that loop stops `pelican -r`, said and
serving nothing). Once waited out, Pelican's loop is started again (`RunAgain`,
Pelican's `autoreload` wrapped as its watcher is), so it reads the settings
file afresh: an edit of the settings made while it waited counts.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pelican
from incasso.ledger.problems import LedgerError

from .settings import Build, incasso_settings, prepare

logger = logging.getLogger(__name__)

_EXPECTED = ["settings_file", "settings"]
_LOOP_EXPECTED = ["args", "excqueue"]


# How often a run refused as busy looks whether the outputs are free again (the file closed, the build done):
# nothing tells it, and the look is a scan of the staff output for lock files.
POLL_SECONDS = 5


class _State:
    waited = False  # Pelican's autoreload loop has waited for changes in this process
    autoreloading = False  # this process runs Pelican's autoreload loop (`pelican -r`)
    settings_file: str | None = None  # the settings file that loop watches


class RunAgain(BaseException):
    """A run refused under `pelican -r` was waited out: start Pelican's loop again, which reads the settings
    file afresh and checks the run as its first one. Not an Exception: Pelican's loop catches those and
    retries at once, on the settings it read before the wait."""


def read_ledger(settings: dict) -> Build:
    """prepare(); under `pelican -r`, a ledger with problems is reported, then waited out."""
    while True:
        try:
            return prepare(settings)
        except LedgerError as error:
            if not _State.waited:
                raise
            logger.error("%s\nThe ledger has problems: nothing was rebuilt. Save the fixed ledger to rebuild.", error)
            _wait_for_change(ledger_folder(settings))


def _wait_for_change(folder: str) -> None:
    import watchfiles  # Pelican's own watcher, a dependency of Pelican

    watched = Path(folder)
    while not watched.is_dir():  # a ledger folder not there (yet): wait for it to appear
        watched = watched.parent
    next(iter(watchfiles.watch(watched, rust_timeout=0)))


def waited() -> bool:
    """Whether Pelican's autoreload loop has waited for changes in this process: a run now is a later one."""
    return _State.waited


def autoreloading() -> bool:
    """Whether this process runs Pelican's autoreload loop: a refused run is waited out, not the end of it."""
    return _State.autoreloading


def waiting_said(busy: bool) -> None:
    """What a refused run under `pelican -r` does next, said below the refusal."""
    then = ", or once the outputs are free again" if busy else ""
    logger.warning(
        "Nothing was rebuilt: the server goes on serving the last pages built. Tried again on the next edit of "
        "the ledger, texts, theme or settings%s.",
        then,
    )


def wait_then_run_again(settings: dict, busy: Callable[[], bool] | None) -> NoReturn:
    """After a refusal under `pelican -r` (said already): say what happens next, wait for an edit or, when
    refused as busy, for `busy()` to be False (wait_out), then start Pelican's loop again on the settings
    file as it is then."""
    waiting_said(busy is not None)
    wait_out(settings, busy or (lambda: True))
    raise RunAgain


def wait_out(settings: dict, refused: Callable[[], bool]) -> None:
    """Wait, after a run refused under `pelican -r`, for an edit of what the build reads (then the run is tried,
    and said, again) or for `refused()` to be False (asked every POLL_SECONDS, unsaid)."""
    import watchfiles  # Pelican's own watcher, a dependency of Pelican

    sources = [ledger_folder(settings), settings.get("PATH", ""), settings.get("THEME", ""), _State.settings_file]
    watched = [os.path.abspath(path) for path in sources if path and os.path.exists(path)]
    for changes in watchfiles.watch(*watched, rust_timeout=POLL_SECONDS * 1000, yield_on_timeout=True):
        if changes:
            return
        if not refused():
            logger.warning("The outputs are free again: rebuilding.")
            return


def ledger_folder(settings: dict) -> str:
    """The ledger folder the settings name, as an absolute path (relative: to the working folder)."""
    return os.path.abspath(incasso_settings(settings)["LEDGER"])


def watching_ledger(settings: dict) -> dict:
    """A copy of the settings for Pelican's watcher: its STATIC_PATHS also name the ledger folder."""
    return {**settings, "STATIC_PATHS": [*settings.get("STATIC_PATHS", []), ledger_folder(settings)]}


def wait_out_refusals() -> bool:
    """Make Pelican's autoreload loop start again after a refused run was waited out (RunAgain); True when it
    does (idempotent). Unwrapped, a refusal in that loop's first run ends the loop, as before."""
    loop = getattr(pelican, "autoreload", None)
    if loop is None or getattr(loop, "runs_again", False):
        return loop is not None
    if list(inspect.signature(loop).parameters) != _LOOP_EXPECTED:
        return False
    pelican.autoreload = _restarting(loop)
    return True


def _restarting(loop: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(loop)
    def autoreload(args: Any, excqueue: Any = None) -> Any:
        _State.autoreloading = True
        while True:
            _State.settings_file = os.path.abspath(args.settings) if args.settings else None
            try:
                return loop(args, excqueue)
            except RunAgain:
                continue

    autoreload.runs_again = True  # type: ignore[attr-defined]
    return autoreload


def watch_ledger() -> bool:
    """Make `pelican -r` watch the ledger too; True when it does (idempotent)."""
    wait = getattr(pelican, "wait_for_changes", None)
    if wait is None:
        return False
    if getattr(wait, "watches_ledger", False):
        return True
    if list(inspect.signature(wait).parameters) != _EXPECTED:
        return False
    pelican.wait_for_changes = _wrapped(wait)
    return True


def _wrapped(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def wait_for_changes(settings_file: str, settings: dict) -> Any:
        _State.waited = True
        _State.settings_file = settings_file
        return wait(settings_file, watching_ledger(settings))

    wait_for_changes.watches_ledger = True  # type: ignore[attr-defined]
    return wait_for_changes
