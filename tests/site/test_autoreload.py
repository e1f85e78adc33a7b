"""Every Pelican run reads the ledger afresh, and `pelican -r` rebuilds when it changes.

The ledger is watched, never published: Pelican's watcher is handed it, the
settings the generators read never name it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
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


def _wait_for(condition, seconds: float, every: float = 0.2, nudge=None) -> bool:
    deadline = time.monotonic() + seconds
    next_nudge = time.monotonic()
    while time.monotonic() < deadline:
        if nudge and time.monotonic() >= next_nudge:
            nudge()
            next_nudge = time.monotonic() + 5
        if condition():
            return True
        time.sleep(every)
    return False


def _shows(path: Path, text: str) -> bool:
    try:
        return text in path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):  # between Pelican emptying and rewriting it
        return False


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
    debtor = ledger / "debtors" / "D-1001.yaml"
    good = debtor.read_text(encoding="utf-8")
    assert _wait_for(lambda: _shows(page(output), OLD_NAME), 120), log_file.read_text()
    # An edit made before the watcher started is not seen: the nudge writes it again now and then.
    assert _wait_for(lambda: _shows(page(output), NEW_NAME), 120, nudge=lambda: rename_debtor(ledger)), (
        log_file.read_text()
    )
    assert _wait_for(lambda: _shows(tmp_path / "internal" / "d" / "D-1001.html", NEW_NAME), 30)

    # Broken: reported once, the previous pages stay, and Pelican waits for the next edit.
    debtor.write_text("id: [\n", encoding="utf-8")
    assert _wait_for(lambda: _shows(log_file, "The ledger has problems"), 60), log_file.read_text()
    assert "D-1001.yaml" in log_file.read_text()
    assert _shows(page(output), NEW_NAME)

    # Fixed: rebuilt.
    debtor.write_text(good.replace(f"name: {OLD_NAME}\n", "name: M. van den Berg-Fixed\n"), encoding="utf-8")
    assert _wait_for(lambda: _shows(page(output), "M. van den Berg-Fixed"), 120), log_file.read_text()
    assert log_file.read_text().count("The ledger has problems") == 1
