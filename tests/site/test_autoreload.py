"""Every Pelican run reads the ledger afresh, and `pelican -r` rebuilds when it changes.

The ledger is watched, never published: Pelican's watcher is handed it, the
settings the generators read never name it.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import DEMO_SECRET, statement_token
from tests.support.site import AS_OF, DEMO_LEDGER, REPO

OLD_NAME, NEW_NAME = "M. van den Berg", "M. van den Berg-Autoreload"


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)


@pytest.fixture
def ledger(tmp_path) -> Path:
    folder = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, folder)
    return folder


def rename_debtor(ledger: Path) -> None:
    debtor = ledger / "debtors" / "D-1001.yaml"
    text = debtor.read_text(encoding="utf-8")
    debtor.write_text(text.replace(f"name: {OLD_NAME}\n", f"name: {NEW_NAME}\n"), encoding="utf-8")


def page(output: Path) -> Path:
    return output / "s" / statement_token(DEMO_SECRET, "D-1001") / "index.html"


def incasso_settings(tmp_path: Path, ledger: Path) -> dict:
    return {"LEDGER": str(ledger), "AS_OF": AS_OF.isoformat(), "INTERNAL_OUTPUT": str(tmp_path / "internal")}


def test_a_pelican_object_run_twice_shows_the_edited_ledger(tmp_path, ledger):
    from pelican.settings import read_settings

    from pelican import Pelican

    output = tmp_path / "output"
    settings = read_settings(
        str(REPO / "pelicanconf.py"),
        override={"OUTPUT_PATH": str(output), "INCASSO": incasso_settings(tmp_path, ledger)},
    )
    site = Pelican(settings)
    site.run()
    assert OLD_NAME in page(output).read_text(encoding="utf-8")

    rename_debtor(ledger)
    site.run()
    assert NEW_NAME in page(output).read_text(encoding="utf-8")
    assert NEW_NAME in (tmp_path / "internal" / "d" / "D-1001.html").read_text(encoding="utf-8")

    # A ledger broken between two runs stops the next one before the output is emptied.
    (ledger / "debtors" / "D-1001.yaml").write_text("id: [", encoding="utf-8")
    with pytest.raises(LedgerError):
        site.run()
    assert NEW_NAME in page(output).read_text(encoding="utf-8")
    assert str(ledger) not in settings["STATIC_PATHS"]


def test_pelicans_watcher_is_handed_the_ledger_and_the_generators_are_not():
    import pelican
    from pelican.plugins.incasso.autoreload import watch_ledger, watching_ledger

    # Fails when Pelican renames or reshapes its watcher: then `pelican -r` misses ledger edits.
    assert watch_ledger() is True
    assert pelican.wait_for_changes.watches_ledger
    settings = {"STATIC_PATHS": ["extra/robots.txt"], "INCASSO": {"LEDGER": "some/ledger"}}
    watched = watching_ledger(settings)
    assert watched["STATIC_PATHS"] == ["extra/robots.txt", os.path.abspath("some/ledger")]
    assert settings["STATIC_PATHS"] == ["extra/robots.txt"]


def _wait_for(condition, seconds: float, every: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()


def _shows(path: Path, text: str) -> bool:
    try:
        return text in path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):  # between Pelican emptying and rewriting it
        return False


class Server:
    """What `pelican -r` has done so far, read from its log: runs started, runs finished, reports."""

    def __init__(self, log_file: Path):
        self.log_file = log_file

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def idle(self) -> bool:
        """The last run started has ended, built or refused: Pelican waits for the next change (or is about to)."""
        log = self.log()
        ended = max(log.rfind("Done: Processed"), log.rfind(WAITING))
        return ended > log.rfind("-> Modified:")

    def reports(self) -> int:
        """How often the ledger's problems were said (each time with their count, as `incasso build` says it)."""
        return len(re.findall(r"\d+ problems? in the ledger; nothing was built or deleted", self.log()))

    def banners(self) -> int:
        return self.log().count("AutoReload Mode")


WAITING = "Nothing was rebuilt: the server goes on serving the last pages built."


# How long the server may be idle after an edit before the edit counts as missed: watchfiles
# gathers changes for 1.6 s before it answers, and a loaded machine is slow to print.
MISSED_AFTER = 10
PATIENCE = 240  # seconds for one step at most, on a machine shared with other builds


def _edit_until(server: Server, write, condition, seconds: float = PATIENCE) -> int:
    """Write an edit, and write it again whenever Pelican missed it, until `condition` holds.

    Pelican watches only while it waits: an edit made during a run (or just before the
    watcher started) is never seen. So an edit is repeated, each time the server has been
    idle for MISSED_AFTER seconds without showing it. Returns how many times it was written.
    """
    deadline = time.monotonic() + seconds
    writes = 0
    while time.monotonic() < deadline:
        write()
        writes += 1
        idle_since = None
        while time.monotonic() < deadline:
            if condition():
                return writes
            if not server.idle():
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since > MISSED_AFTER:
                break  # missed: write it again
            time.sleep(0.2)
    raise AssertionError(f"no effect of the edit after {seconds} s and {writes} writes:\n{server.log()}")


def _write_atomically(path: Path, text: str, staging: Path) -> None:
    """Replace the file in one step: Pelican never reads it half written (an empty ledger file is a problem)."""
    staged = staging / path.name
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)


def test_pelican_autoreload_rebuilds_when_the_ledger_changes(tmp_path, ledger):
    output = tmp_path / "output"
    log_file = tmp_path / "pelican.log"
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    env["COLUMNS"] = "300"  # Pelican's log (rich) wraps at the terminal width
    with log_file.open("w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pelican",
                "-r",
                "-s",
                str(REPO / "pelicanconf.py"),
                "-o",
                str(output),
                "-e",
                f"INCASSO={json.dumps(incasso_settings(tmp_path, ledger))}",
            ],
            cwd=tmp_path,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _autoreload_session(tmp_path, ledger, output, log_file)
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert not [p for p in output.rglob("*") if p.suffix in (".yaml", ".yml")]
    assert not (output / "ledger").exists() and not (output / "debtors").exists()


def _autoreload_session(tmp_path: Path, ledger: Path, output: Path, log_file: Path) -> None:
    server = Server(log_file)
    staging = tmp_path / "staging"  # beside the ledger, on the same file system: os.replace is one step
    staging.mkdir()
    debtor = ledger / "debtors" / "D-1001.yaml"
    good = debtor.read_text(encoding="utf-8")
    renamed = good.replace(f"name: {OLD_NAME}\n", f"name: {NEW_NAME}\n")
    dossier = tmp_path / "internal" / "d" / "D-1001.html"
    assert _wait_for(lambda: _shows(page(output), OLD_NAME) and server.idle(), PATIENCE), server.log()

    # Edited: the statement page and the staff dossier show the new name.
    _edit_until(
        server,
        lambda: _write_atomically(debtor, renamed, staging),
        lambda: _shows(page(output), NEW_NAME) and _shows(dossier, NEW_NAME) and server.idle(),
    )

    # Broken: reported, the previous pages stay, and Pelican waits for the next edit instead of
    # retrying at once: no further report while nothing changes.
    broken_writes = _edit_until(
        server, lambda: _write_atomically(debtor, "id: [\n", staging), lambda: server.reports() > 0
    )
    assert "D-1001.yaml" in server.log()
    # The count line after the YAML error: the rebuild on the next save shows the rest, not "run check again".
    assert "once it is mended and saved, the rebuild shows any problems further on." in server.log(), server.log()
    assert "run check again" not in server.log(), server.log()
    assert _shows(page(output), NEW_NAME)
    time.sleep(MISSED_AFTER)
    assert server.reports() <= broken_writes, server.log()  # once per edit seen, never over and over

    # Fixed: rebuilt, and not reported again.
    reported = server.reports()
    fixed = good.replace(f"name: {OLD_NAME}\n", "name: M. van den Berg-Fixed\n")
    _edit_until(
        server,
        lambda: _write_atomically(debtor, fixed, staging),
        lambda: _shows(page(output), "M. van den Berg-Fixed") and server.idle(),
    )
    assert server.reports() == reported, server.log()
    assert server.banners() == 1, server.log()  # said at the start, not again on the restart after the wait
    assert server.log().count(f"the ledger is watched too ({ledger})") == 1, server.log()  # the banner leaves it out
    assert "Open a statement page" not in server.log() and "not served" not in server.log()  # nothing serves it


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _served(port: int, path: str) -> str:
    """The page the server answers at `path` now; "" while a run writes it (Pelican empties the output first)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=10) as answer:
            return answer.read().decode("utf-8")
    except (OSError, http.client.HTTPException):  # URLError, HTTPError (404) and a dropped connection are OSErrors
        return ""


# Another build's lock, in a process of its own, until its stdin closes (the lock goes with its process).
HOLD = """
import sys
from pathlib import Path
from pelican.plugins.incasso.publish import claimed
with claimed(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_make_serve_refused_as_busy_says_it_once_per_edit_serves_the_last_pages_and_builds_once_free(tmp_path, ledger):
    # `make serve` is `pelican -r -l`. A run it was refused as busy ended its rebuilding for good, unsaid, while
    # the server went on; a staff file opened in Office after it started was written over in place.
    from tests.site.test_lock_owner import office_owner_file

    output, port = tmp_path / "output", _free_port()
    log_file = tmp_path / "pelican.log"
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    env["COLUMNS"] = "1000"  # Pelican's log (rich) wraps at the terminal width
    command = [sys.executable, "-m", "pelican", "-r", "-l", "-p", str(port), "-s", str(REPO / "pelicanconf.py")]
    command += ["-o", str(output), "-e", f"INCASSO={json.dumps(incasso_settings(tmp_path, ledger))}"]
    with log_file.open("w") as log:
        # A session of its own: with -l, Pelican's autoreload and server are processes of their own, which a
        # SIGTERM to Pelican alone leaves running (Ctrl-C in a terminal reaches them all, as this does).
        server = subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            _busy_session(tmp_path, ledger, port, Server(log_file), office_owner_file("Anna de Vries", "Excel"))
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _busy_session(tmp_path: Path, ledger: Path, port: int, server: Server, owner_file: bytes) -> None:
    output, internal = tmp_path / "output", tmp_path / "internal"
    staging = tmp_path / "staging"
    staging.mkdir()
    debtor = ledger / "debtors" / "D-1001.yaml"
    good = debtor.read_text(encoding="utf-8")
    assert _wait_for(lambda: _shows(page(output), OLD_NAME) and server.idle(), PATIENCE), server.log()
    address = page(output).relative_to(output).as_posix()

    def refusals() -> int:
        return server.log().count("links.xlsx is open in Excel by Anna de Vries since ")

    (internal / "~$links.xlsx").write_bytes(owner_file)  # Anna opens links.xlsx
    workbook = (internal / "links.xlsx").read_bytes()
    named = good.replace(f"name: {OLD_NAME}\n", f"name: {NEW_NAME}\n")
    _edit_until(server, lambda: _write_atomically(debtor, named, staging), lambda: refusals() > 0)
    assert "Ask Anna de Vries to close it" in server.log() and "the server goes on serving" in server.log()
    assert (internal / "links.xlsx").read_bytes() == workbook  # not written over under her
    assert OLD_NAME in _served(port, address)  # the last pages built, still served
    seen = refusals()
    time.sleep(MISSED_AFTER)
    assert refusals() == seen, server.log()  # not said again while nothing changes
    again = good.replace(f"name: {OLD_NAME}\n", "name: M. van den Berg-Again\n")
    _edit_until(server, lambda: _write_atomically(debtor, again, staging), lambda: refusals() > seen)
    assert OLD_NAME in _served(port, address)

    (internal / "~$links.xlsx").unlink()  # she closes it: built, without another edit
    assert _wait_for(lambda: "M. van den Berg-Again" in _served(port, address), PATIENCE), server.log()
    assert "The outputs are free again: rebuilding." in server.log()

    # Another build writes the outputs: said, waited for, then built over what it left.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(internal)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        last = good.replace(f"name: {OLD_NAME}\n", "name: M. van den Berg-Last\n")
        busy = f"refused: another build is writing {internal}; try again when it is done"
        _edit_until(server, lambda: _write_atomically(debtor, last, staging), lambda: busy in server.log())
        assert "M. van den Berg-Again" in _served(port, address)
    finally:
        holder.communicate(timeout=30)  # its stdin closed: it lets go
    assert _wait_for(lambda: "M. van den Berg-Last" in _served(port, address), PATIENCE), server.log()
    assert server.log().count(busy) == 1, server.log()


# A Pelican that opens links.xlsx in Excel (an owner file in the staff output) once, in the autoreload process
# only: after the check Pelican's first process made before it started that process, in the seconds before the
# loop's own check (OPEN_IN=check) or its first run (OPEN_IN=run). A real `pelican -r -l`, the window made exact.
OPENS_WORKBOOK = """
import multiprocessing
import os
from pathlib import Path

from pelican import Pelican

HERE = Path(__file__).resolve().parent


def _open_once(window):
    opened = HERE / "opened"
    if os.environ["OPEN_IN"] == window and multiprocessing.parent_process() and not opened.exists():
        opened.touch()
        (HERE / "internal" / "~$links.xlsx").write_bytes((HERE / "owner").read_bytes())


class OpensWorkbook(Pelican):
    def __init__(self, settings):
        _open_once("check")
        super().__init__(settings)

    def run(self):
        _open_once("run")
        super().run()
"""

SITE_SETTINGS = """
from pelican.plugins.incasso.pelicanconf import *

PLUGINS = ["incasso"]
PELICAN_CLASS = "opens_workbook.OpensWorkbook"
SITENAME = "{name}"
"""


@pytest.mark.parametrize("window", ["check", "run", "later"])
def test_make_serve_waits_out_a_workbook_opened_at_any_run_and_retries_on_the_settings_edited_meanwhile(
    tmp_path, ledger, window
):
    # Refused as busy between the startup check and the first run (check, run), `pelican -r` ended its rebuilding
    # for good, the server going on unsaid; a refusal waited out (later) was retried on the settings read before.
    output, internal, port = tmp_path / "output", tmp_path / "internal", _free_port()
    settings_file, log_file = tmp_path / "site.py", tmp_path / "pelican.log"
    with log_file.open("w") as log:
        server = _serving_with_a_workbook_opened(tmp_path, ledger, window, port, log)
        try:
            if window == "later":  # built first; then Anna opens links.xlsx, and the ledger is edited
                _opened_after_a_build(tmp_path, ledger, Server(log_file))
            _waited_out_on_the_settings_edited(tmp_path, port, Server(log_file), settings_file)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    assert (internal / "links.xlsx").exists() and _shows(page(output), "M. van den Berg")


def _serving_with_a_workbook_opened(tmp_path: Path, ledger: Path, window: str, port: int, log) -> subprocess.Popen:
    """`pelican -r -l` (make serve) on the demo ledger, with site.py for settings and a Pelican that opens links.xlsx
    in Excel once, in `window` (OPENS_WORKBOOK); a session of its own, as the busy test's."""
    from tests.site.test_lock_owner import office_owner_file

    (tmp_path / "opens_workbook.py").write_text(OPENS_WORKBOOK, encoding="utf-8")
    (tmp_path / "owner").write_bytes(office_owner_file("Anna de Vries", "Excel"))
    settings_file = tmp_path / "site.py"
    settings_file.write_text(SITE_SETTINGS.format(name="Betaaloverzicht"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    env.update(COLUMNS="1000", OPEN_IN=window)
    command = [sys.executable, "-m", "pelican", "-r", "-l", "-p", str(port), "-s", str(settings_file)]
    command += ["-o", str(tmp_path / "output"), "-e", f"INCASSO={json.dumps(incasso_settings(tmp_path, ledger))}"]
    return subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def _opened_after_a_build(tmp_path: Path, ledger: Path, server: Server) -> None:
    assert _wait_for(lambda: _shows(page(tmp_path / "output"), OLD_NAME) and server.idle(), PATIENCE), server.log()
    (tmp_path / "internal" / "~$links.xlsx").write_bytes((tmp_path / "owner").read_bytes())
    debtor = ledger / "debtors" / "D-1001.yaml"
    renamed = debtor.read_text(encoding="utf-8").replace(f"name: {OLD_NAME}\n", f"name: {NEW_NAME}\n")
    (tmp_path / "staging-ledger").mkdir()
    _edit_until(
        server,
        lambda: _write_atomically(debtor, renamed, tmp_path / "staging-ledger"),
        lambda: "links.xlsx is open in Excel by Anna de Vries since " in server.log(),
    )


def _waited_out_on_the_settings_edited(tmp_path: Path, port: int, server: Server, settings_file: Path) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    built = server.log().count("Done: Processed")  # 1 when the workbook was opened after a build, else none

    def refusals() -> int:
        return server.log().count("links.xlsx is open in Excel by Anna de Vries since ")

    assert _wait_for(lambda: refusals() == 1 and WAITING in server.log(), PATIENCE), server.log()

    # The settings edited while it waits: tried again on them (said again, the workbook still open) ...
    edited = SITE_SETTINGS.format(name="Betaaloverzicht-Nieuw")
    deadline = time.monotonic() + PATIENCE
    while refusals() < 2 and time.monotonic() < deadline:
        _write_atomically(settings_file, edited, staging)
        _wait_for(lambda: refusals() >= 2, MISSED_AFTER)
    assert refusals() == 2 and server.log().count("Done: Processed") == built, server.log()

    # ... and built on them once Anna closes it, without another edit; the server serves what it built.
    (tmp_path / "internal" / "~$links.xlsx").unlink()
    assert _wait_for(lambda: "<title>Betaaloverzicht-Nieuw" in _served(port, "index.html"), PATIENCE), server.log()
    assert _wait_for(lambda: server.log().count("Done: Processed") == built + 1, PATIENCE), server.log()
    assert "The outputs are free again: rebuilding." in server.log()
    assert "Caught exception" not in server.log() and "Traceback" not in server.log(), server.log()
    assert server.banners() == 1, server.log()  # said at the start, not again on each restart after a wait


# A site of its own: the texts in a folder of the test's (PATH), the settings file beside them.
TEXTS_SETTINGS = """
from pelican.plugins.incasso.pelicanconf import *

PLUGINS = ["incasso"]
PATH = "texts"
SITENAME = "{name}"
"""


def test_make_serve_with_a_broken_ledger_tries_again_on_an_edit_of_the_settings_or_texts_and_builds_on_them(
    tmp_path, ledger
):
    # s47 left it: a ledger broken under `make serve` was waited out on the ledger only; an edit of the settings
    # or texts was not seen, and the ledger mended was built on the settings read before.
    port, log_file = _free_port(), tmp_path / "pelican.log"
    shutil.copytree(REPO / "content", tmp_path / "texts")
    (tmp_path / "site.py").write_text(TEXTS_SETTINGS.format(name="Betaaloverzicht"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    env["COLUMNS"] = "1000"  # Pelican's log (rich) wraps at the terminal width
    command = [sys.executable, "-m", "pelican", "-r", "-l", "-p", str(port), "-s", str(tmp_path / "site.py")]
    command += ["-o", str(tmp_path / "output"), "-e", f"INCASSO={json.dumps(incasso_settings(tmp_path, ledger))}"]
    with log_file.open("w") as log:
        server = subprocess.Popen(  # a session of its own, as the busy test's
            command, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            _broken_then_settings_and_texts_edited(tmp_path, ledger, port, Server(log_file))
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _until_said(server: Server, write, said) -> None:
    """Write an edit made while the server waits, again every MISSED_AFTER seconds until `said()` holds: the
    wait starts a moment after its line is logged, and an edit before it is not seen."""
    deadline = time.monotonic() + PATIENCE
    while not said() and time.monotonic() < deadline:
        write()
        _wait_for(said, MISSED_AFTER)
    assert said(), server.log()


def _broken_then_settings_and_texts_edited(tmp_path: Path, ledger: Path, port: int, server: Server) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    debtor, settings = ledger / "debtors" / "D-1001.yaml", tmp_path / "site.py"
    good = debtor.read_text(encoding="utf-8")
    assert _wait_for(lambda: _shows(page(tmp_path / "output"), OLD_NAME) and server.idle(), PATIENCE), server.log()
    # Where to look, once: the home page links no statement page, and the staff overview is not served.
    address = f"http://127.0.0.1:{port}/s/{statement_token(DEMO_SECRET, 'D-1001')}/index.html"
    assert server.log().count(f"Open a statement page of the demo: {address}") == 1, server.log()
    assert f"Staff overview (internal, not served): {tmp_path / 'internal'}/index.html" in server.log()
    _edit_until(server, lambda: _write_atomically(debtor, "id: [\n", staging), lambda: server.reports() == 1)
    assert _wait_for(lambda: WAITING in server.log(), PATIENCE), server.log()
    assert "Tried again on the next edit of the ledger, texts, theme or settings." in server.log()

    # The settings edited: tried again (the ledger's problems said again), not silently ignored until the ledger
    # changes; a half-saved settings file is said and waited out as well, and the texts edited are tried too.
    renamed = TEXTS_SETTINGS.format(name="Betaaloverzicht-Nieuw")
    _until_said(server, lambda: _write_atomically(settings, renamed, staging), lambda: server.reports() == 2)
    _until_said(
        server,
        lambda: _write_atomically(settings, "SITENAME = (\n", staging),
        lambda: f"The settings file {settings} could not be read" in server.log(),
    )
    _until_said(server, lambda: _write_atomically(settings, renamed, staging), lambda: server.reports() == 3)
    help_page = tmp_path / "texts" / "pages" / "hulp.md"
    helped = help_page.read_text(encoding="utf-8") + "\nZorbel qua vintra.\n"
    _until_said(server, lambda: _write_atomically(help_page, helped, staging), lambda: server.reports() == 4)
    assert "Betaaloverzicht-Nieuw" not in _served(port, "index.html")  # the last pages built, still served

    # The ledger mended: built on the settings and texts as they are now.
    named = good.replace(f"name: {OLD_NAME}\n", f"name: {NEW_NAME}\n")
    _until_said(server, lambda: _write_atomically(debtor, named, staging), lambda: server.log().count("Done:") == 2)
    assert _wait_for(lambda: "<title>Betaaloverzicht-Nieuw" in _served(port, "index.html"), PATIENCE), server.log()
    assert "Zorbel qua vintra." in _served(port, "hulp.html")
    assert NEW_NAME in _served(port, page(tmp_path / "output").relative_to(tmp_path / "output").as_posix())
    assert server.reports() == 4 and server.log().count(WAITING) == 5, server.log()  # the settings' problem too

    # The ledger folder moved away (a checkout switched, say): said, and built again once it is back.
    away = tmp_path / "ledger-away"
    _until_said(server, lambda: ledger.exists() and ledger.rename(away), lambda: server.reports() == 5)
    assert "is not a ledger folder (no such directory)" in server.log()
    built = server.log().count("Done:")
    away.rename(ledger)
    assert _wait_for(lambda: server.log().count("Done:") == built + 1, PATIENCE), server.log()
    assert server.banners() == 1, server.log()  # said at the start, not again on each restart after a wait
    assert server.log().count("Open a statement page") == 1, server.log()  # said once, not after each build
    assert "Caught exception" not in server.log() and "Traceback" not in server.log(), server.log()


def test_make_serve_names_a_statement_page_of_a_demo_only(tmp_path):
    # A real debtor's link in a log others read is a leak: only a demo's page, whose links anyone works out.
    from types import SimpleNamespace

    from pelican.plugins.incasso import demo_page

    claims = [SimpleNamespace(id="written-off"), SimpleNamespace(id="D-1")]
    (tmp_path / "s" / "D-1").mkdir(parents=True)
    (tmp_path / "s" / "D-1" / "index.html").write_text("page", encoding="utf-8")
    for demo, expected in ((True, "s/D-1/"), (False, None)):
        build = SimpleNamespace(demo=demo, claims=claims, path=lambda claim: f"s/{claim.id}/")
        assert demo_page(build, tmp_path) == expected
    assert demo_page(None, tmp_path) is None
