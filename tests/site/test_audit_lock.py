"""An audit and a build take turns: the audit never reads an output a build is swapping, nor a build
swaps one an audit reads. Each test is two real processes: the lock is a process's own."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from incasso.audit.tree import MARKER, MARKER_TEXT
from tests.support.site import REPO, build_site

PRIVACY_LEDGER = REPO / "tests" / "fixtures" / "privacy" / "ledger"

# The build's and the audit's own lock code, in a process of its own, holding until its stdin closes.
HOLD = """
import sys
from pathlib import Path
from pelican.plugins.incasso.publish import claimed, read_claimed
how = {"build": claimed, "audit": read_claimed}[sys.argv[1]]
with how(Path(sys.argv[2])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)


@pytest.fixture
def site(tmp_path):
    built = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert built.exit_code == 0
    return built


def _env() -> dict:
    src = str(REPO / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, str(REPO), os.environ.get("PYTHONPATH", "")])}


def holder(how: str, target: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, how, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert process.stdout.readline() == "held\n"
    return process


@contextlib.contextmanager
def held(how: str, target: Path) -> Iterator[subprocess.Popen]:
    """Another process holding `target`'s lock as a build (`claimed`) or an audit (`read_claimed`) does."""
    process = holder(how, target)
    try:
        yield process
    finally:
        process.communicate("", timeout=60)


def audit(*args: str) -> subprocess.CompletedProcess:
    """`incasso audit` as its own process, as the nightly workflow runs it."""
    return subprocess.run(
        [sys.executable, "-m", "incasso", "audit", *args, "--demo"],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_an_audit_while_a_build_writes_is_refused_naming_the_folder(site):
    with held("build", site.output):
        done = audit(str(site.output))
    assert done.returncode == 75  # EX_TEMPFAIL: try again when the build is done
    assert done.stderr.startswith(f"audit refused: a build is writing {site.output} (it holds "), done.stderr
    assert "Run the audit when the build is done. No page was checked." in done.stderr
    assert "audit passed" not in done.stdout
    assert audit(str(site.output)).returncode == 0  # the lock went with the build's process


def test_an_audit_of_the_ledger_cache_waits_for_the_build_that_writes_the_staff_output(site):
    cache = site.internal / "ledger.cache"
    with held("build", site.internal):
        done = audit(str(site.output), "--ledger", str(PRIVACY_LEDGER), "--ledger-cache", str(cache))
    assert done.returncode == 75
    assert f"audit refused: a build is writing {site.internal} " in done.stderr, done.stderr


def test_a_build_while_an_audit_reads_is_refused_and_leaves_the_output(site, tmp_path, capsys):
    before = sorted(p.relative_to(site.output) for p in site.output.rglob("*"))
    with held("audit", site.output):
        capsys.readouterr()
        assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 75
    err = capsys.readouterr().err
    # `incasso check --internal-output` holds the lock as an audit does: the refusal names both (s44-review2).
    assert f"refused: an audit or a check is reading {site.output}; try again when it is done" in err, err
    assert sorted(p.relative_to(site.output) for p in site.output.rglob("*")) == before
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0  # the audit's lock went with it


def test_two_audits_read_side_by_side(site):
    with held("audit", site.output):
        done = audit(str(site.output))
    assert done.returncode == 0, done.stderr


def test_a_killed_builds_lock_stops_no_audit_and_the_audit_removes_no_lock_file(site, tmp_path):
    lock = tmp_path / ".output.lock"
    made = lock.stat().st_ino
    process = holder("build", site.output)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    done = audit(str(site.output))
    assert done.returncode == 0, done.stderr
    assert lock.stat().st_ino == made  # the build's file, left where it was


def test_an_audit_of_a_copied_tree_makes_its_lock_file_and_leaves_it_for_the_builds(tmp_path):
    # A build's output without its lock file beside it (copied): a build started on it meanwhile must
    # still find the audit's lock. A folder no build made gets none.
    tree = tmp_path / "copy"
    tree.mkdir()
    (tree / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    audit(str(tree))
    assert (tmp_path / ".copy.lock").is_file()
    plain = tmp_path / "plain"
    plain.mkdir()
    audit(str(plain))
    assert not (tmp_path / ".plain.lock").exists()


def test_make_clean_never_deletes_a_lock_file_a_build_took_as_clean_let_go(tmp_path, capsys):
    # The moment between clean letting go of the lock and being done: a build that locks the file then
    # must still hold the one a later build finds, or two would write at once.
    from tests.site.test_build_safety import clean_script

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    clean = clean_script()
    others: list[subprocess.Popen] = []

    @contextlib.contextmanager
    def claimed_then_taken(target: Path) -> Iterator[None]:
        with clean_claimed(target):
            yield
        if target.name == "output":
            others.append(holder("build", target))  # locks the file clean just let go of

    clean_claimed = clean.claimed
    clean.claimed = claimed_then_taken
    try:
        clean.main(tmp_path)
        assert not site.output.exists() and len(others) == 1
        capsys.readouterr()
        assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 75
        assert f"refused: another build is writing {site.output}" in capsys.readouterr().err
    finally:
        for other in others:
            other.communicate("", timeout=60)
