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

A run refused under `pelican -r` is said once and waited out: a ledger with
problems (said as the first run's check says it), an output busy (a file of
it open in Office, another build writing it) or a secret the outputs were not
made with; Pelican's loop would otherwise retry the failed run at once, over
and over, and the server goes on serving what the output holds, untouched.
That holds from the autoreload loop's own start on, its first run included
(only the check before Pelican starts that loop stops `pelican -r`, said and
serving nothing). The wait ends on an edit of anything the build reads: the
ledger (creditor.yaml and the bank statements with it), the texts (PATH), the
theme and the settings file (`wait_out`). Pelican's loop is then started
again (`RunAgain`, Pelican's `autoreload` wrapped as its watcher is), so it
reads the settings file afresh: an edit of the settings made while it waited
counts. Its banner ("AutoReload Mode") is said at the start only, and each
restart says what changed as Pelican's own loop does ("-> Modified: ...").
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import pelican

from .settings import incasso_settings

_EXPECTED = ["settings_file", "settings"]
_LOOP_EXPECTED = ["args", "excqueue"]


# How often a run refused as busy looks whether the outputs are free again (the file closed, the build done):
# nothing tells it, and the look is a scan of the staff output for lock files.
POLL_SECONDS = 5


class _State:
    waited = False  # Pelican's autoreload loop has waited for changes in this process
    autoreloading = False  # this process runs Pelican's autoreload loop (`pelican -r`)
    settings_file: str | None = None  # the settings file that loop watches
    sources: list[str] = []  # what the build reads, as the last wait after a refusal watched it (absolute)
    listening = False  # `pelican -r -l` (make serve): a server serves the public output
    addressed = False  # where to look was said (where_to_look)


class RunAgain(BaseException):
    """A run refused under `pelican -r` was waited out: start Pelican's loop again, which reads the settings
    file afresh and checks the run as its first one. Not an Exception: Pelican's loop catches those and
    retries at once, on the settings it read before the wait."""


def waited() -> bool:
    """Whether Pelican's autoreload loop has waited for changes in this process: a run now is a later one."""
    return _State.waited


def autoreloading() -> bool:
    """Whether this process runs Pelican's autoreload loop: a refused run is waited out, not the end of it."""
    return _State.autoreloading


def waiting_said(busy: bool) -> None:
    """What a refused run under `pelican -r` does next, said below the refusal, each time: on stderr as the
    refusal is (Pelican's log says a warning once a process, and this is said once a refusal)."""
    then = ", or once the outputs are free again" if busy else ""
    _say(
        "Nothing was rebuilt: the server goes on serving the last pages built. Tried again on the next edit of "
        f"the ledger, texts, theme or settings{then}."
    )


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


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

    if settings:  # none when the settings file could not be read: what the last wait watched
        sources = [ledger_folder(settings), settings.get("PATH", ""), settings.get("THEME", ""), _State.settings_file]
        _State.sources = [os.path.abspath(path) for path in sources if path]
    watched = sorted({_there(path) for path in _State.sources})
    for changes in watchfiles.watch(*watched, rust_timeout=POLL_SECONDS * 1000, yield_on_timeout=True):
        if changes:
            _say_modified({path for _, path in changes})
            return
        if not refused():
            _say("The outputs are free again: rebuilding.")
            return


def _there(path: str) -> str:
    """The path, or the nearest folder above it that is there: a ledger folder not there (yet) is waited for."""
    while not os.path.exists(path) and os.path.dirname(path) != path:
        path = os.path.dirname(path)
    return path


def where_to_look(settings: dict, page: Callable[[], str | None]) -> None:
    """Once, after the first run `make serve` built: the address of a statement page (`page()`, a demo's only;
    the home page lists none, on purpose) and the staff overview's file, which is not served."""
    if _State.addressed or not _State.listening:
        return
    _State.addressed = True
    path = page()
    if path is not None:
        _say_console(
            f"Open a statement page of the demo: http://{settings['BIND']}:{settings['PORT']}/{path}index.html"
        )
    _say_console(f"Staff overview (internal, not served): {incasso_settings(settings)['INTERNAL_OUTPUT']}/index.html")


def _say_modified(paths: set[str]) -> None:
    """What ended the wait, as Pelican's loop says an edit that starts a run (its banner is not said again)."""
    _say_console("\n-> Modified: {}. re-generating...".format(", ".join(sorted(paths))))


def _say_console(line: str) -> None:
    """A line said as Pelican's autoreload loop says its own (its console), else on stderr."""
    say = getattr(getattr(pelican, "console", None), "print", None)
    if callable(say):
        say(line)
    else:
        _say(line)


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
        _State.listening = bool(getattr(args, "listen", False))
        restarted = False
        while True:
            _State.settings_file = os.path.abspath(args.settings) if args.settings else None
            try:
                return loop(args, excqueue)
            except RunAgain:
                _banner_said()
            except Exception as error:  # Pelican's loop reads the settings before its own `try`
                if not restarted or args.verbosity == logging.DEBUG:  # -D: Pelican's own way, a traceback
                    raise
                _settings_unread(error)
            restarted = True

    autoreload.runs_again = True  # type: ignore[attr-defined]
    return autoreload


def _settings_unread(error: Exception) -> None:
    """A restart of Pelican's loop that could not read the settings file (saved half-way, a typo): said, then
    waited out as a refusal is, instead of ending the rebuilding for good while the server goes on unsaid."""
    _say(f"The settings file {_State.settings_file} could not be read: {error}")
    waiting_said(False)
    wait_out({}, lambda: True)


class _WithoutBanner:
    """Pelican's console, less the banner its autoreload loop prints each time it starts ("AutoReload Mode:
    Monitoring ..."): said at the start, it is not news on each restart after a wait. Reworded by Pelican, the
    banner is said again on a restart, nothing worse."""

    def __init__(self, console: Any):
        self._console = console

    def print(self, *objects: Any, **options: Any) -> None:
        if objects and isinstance(objects[0], str) and "AutoReload Mode" in objects[0]:
            return
        self._console.print(*objects, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._console, name)


def _banner_said() -> None:
    """The loop's banner was said: a restart of the loop (RunAgain) starts without it."""
    console = getattr(pelican, "console", None)
    if console is not None and not isinstance(console, _WithoutBanner):
        pelican.console = _WithoutBanner(console)


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
        if not _State.waited:  # Pelican's banner names content, theme and settings: the ledger too, once
            _say_console(f"  --- incasso: the ledger is watched too ({ledger_folder(settings)}). ---")
        _State.waited = True
        _State.settings_file = settings_file
        return wait(settings_file, watching_ledger(settings))

    wait_for_changes.watches_ledger = True  # type: ignore[attr-defined]
    return wait_for_changes
