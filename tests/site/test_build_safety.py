"""Safe to publish every night: atomic, repairable, reproducible builds (the workflow: test_nightly.py).

Builds run for real, in this process or as `incasso build` subprocesses
(for a different PYTHONHASHSEED, and to kill one half-way with SIGKILL).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pelican.plugins.incasso import publish as build_module
from tests.support.ctrl_c import CTRL_C_COMES, CTRL_C_IDS
from tests.support.site import AS_OF, DEMO_LEDGER, REPO, build_site

PRIVACY_LEDGER = REPO / "tests" / "fixtures" / "privacy" / "ledger"
SECRET = "reproducible-build-secret-" + "r" * 20
DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    """Temporary folders of a build beside the outputs (the lock files stay, by design)."""
    return sorted(p.name for p in parent.iterdir() if re.match(r"\.(output|internal)\.(tmp|old)-", p.name))


def incasso(*args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "incasso", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def build_args(ledger: Path, root: Path) -> list[str]:
    return [
        "build",
        "--ledger",
        str(ledger),
        "--as-of",
        AS_OF.isoformat(),
        "--output",
        str(root / "output"),
        "--internal-output",
        str(root / "internal"),
    ]


# -- reproducible --------------------------------------------------------------------


def test_two_builds_with_different_hash_seeds_are_byte_identical(tmp_path):
    trees = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "INCASSO_SECRET": SECRET}
        process = incasso(*build_args(DEMO_LEDGER, tmp_path / seed), env=env)
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        trees.append((files(tmp_path / seed / "output"), files(tmp_path / seed / "internal")))
    (public_1, internal_1), (public_2, internal_2) = trees
    assert len(public_1) > 10 and len(internal_1) > 3
    assert sorted(public_1) == sorted(public_2) and sorted(internal_1) == sorted(internal_2)
    assert [rel for rel in public_1 if public_1[rel] != public_2[rel]] == []
    assert [rel for rel in internal_1 if internal_1[rel] != internal_2[rel]] == []


# -- a failed build leaves the previous output ------------------------------------------


@pytest.fixture
def previous(tmp_path):
    """A finished build of the privacy ledger, and a snapshot of both outputs."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    return site, files(site.output), files(site.internal)


def bad_ledger(tmp_path: Path) -> Path:
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "bad-ledger"))
    text = (ledger / "debtors" / "P-001.yaml").read_text(encoding="utf-8")
    (ledger / "debtors" / "P-001.yaml").write_text(text.replace("amount: 1234.57", "amount: -5"), encoding="utf-8")
    return ledger


def test_a_bad_ledger_leaves_the_previous_output_and_says_why(tmp_path, previous, capsys):
    site, public, internal = previous
    ledger = bad_ledger(tmp_path)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=ledger).exit_code == 1
    err = capsys.readouterr().err
    assert re.search(r"P-001\.yaml:\d+:\d+: invoices\[0\]\.amount: .*\(got -5\)", err), err
    assert "nothing was built or published" in err
    assert (files(site.output), files(site.internal)) == (public, internal)
    assert leftovers(tmp_path) == []


def _broken_theme_settings(tmp_path: Path) -> Path:
    theme = Path(shutil.copytree(REPO / "theme", tmp_path / "theme"))
    (theme / "templates" / "statement.html").write_text(
        '{% extends "base.html" %}{% block content %}{% if %}{% endblock %}', encoding="utf-8"
    )
    settings = tmp_path / "broken.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(REPO)!r})\nfrom pelicanconf import *\n"
        f"PATH = {str(REPO / 'content')!r}\nTHEME = {str(theme)!r}\n",
        encoding="utf-8",
    )
    return settings


def test_a_first_build_of_a_bad_ledger_leaves_nothing_behind(tmp_path, capsys):
    # "Nothing was built or published": not the folders made for the outputs, nor their lock files.
    ledger = bad_ledger(tmp_path)
    assert build_site(tmp_path / "site" / "night", ledger=ledger).exit_code == 1
    assert "nothing was built or published" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()
    (tmp_path / "mine").mkdir()
    assert build_site(tmp_path / "mine", ledger=ledger).exit_code == 1
    assert list((tmp_path / "mine").iterdir()) == []  # a folder it did not make stays, empty as it was
    for output in ("output", "internal"):  # empty output folders made beforehand: as they were
        (tmp_path / "empty" / output).mkdir(parents=True)
    assert build_site(tmp_path / "empty", ledger=ledger).exit_code == 1
    assert sorted(p.name for p in (tmp_path / "empty").iterdir()) == ["internal", "output"]


def test_a_failed_first_build_leaves_a_lock_file_made_by_another_build_alone(tmp_path):
    # Its own lock file taken away from outside (a clean-up by hand) and another build's made in its
    # place: the failing first build must not take that one, which would let a third build in.
    path = tmp_path / ".output.lock"
    with pytest.raises(RuntimeError, match="the ledger is bad"), build_module.claimed(tmp_path / "output"):
        path.unlink()
        path.write_text("", encoding="utf-8")  # another build's
        raise RuntimeError("the ledger is bad")
    assert path.is_file()


def test_a_bad_ledger_after_a_build_keeps_the_lock_files_beside_the_outputs(tmp_path, previous):
    assert build_site(tmp_path, ledger=bad_ledger(tmp_path / "l")).exit_code == 1
    assert (tmp_path / ".output.lock").is_file() and (tmp_path / ".internal.lock").is_file()


TRY_LOCK = """
import fcntl, sys
with open(sys.argv[1], "a") as lock:
    try:
        fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print("held")
    else:
        print("free")
"""


def held_by_another(path: Path) -> str:
    return subprocess.run([sys.executable, "-c", TRY_LOCK, str(path)], capture_output=True, text=True).stdout.strip()


def test_a_lock_file_taken_away_after_a_build_opened_it_is_not_its_lock(tmp_path, monkeypatch):
    # A first build that made nothing removes its lock file while it holds it: a build that opened
    # that file meanwhile locks the one at the path then, never a file no other build can see.
    path = tmp_path / ".output.lock"
    path.touch()
    real_lockf, removed = build_module.fcntl.lockf, []

    def lockf_after_removal(fd, how):
        if not removed:
            removed.append(fd)
            path.unlink()
        return real_lockf(fd, how)

    monkeypatch.setattr(build_module.fcntl, "lockf", lockf_after_removal)
    with build_module.claimed(tmp_path / "output"):
        assert removed and held_by_another(path) == "held"
    assert held_by_another(path) == "free"


@pytest.mark.parametrize("inside", ["content/pages/staff", "theme/static/staff", "ledger/internal"])
def test_an_output_inside_what_the_build_reads_is_refused(tmp_path, monkeypatch, capsys, inside):
    # In the content or the theme's static folder the next build copies the staff output into the public
    # site (links.csv with every personal link); in the ledger it is committed with it. Refused before the
    # build starts, as the other folders are: naming the folder given, not a temporary one beside it.
    from incasso.cli.main import main

    content = shutil.copytree(REPO / "content", tmp_path / "content")
    theme = shutil.copytree(REPO / "theme", tmp_path / "theme")
    shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger")
    settings = tmp_path / "site.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(REPO)!r})\nfrom pelicanconf import *\n"
        f"PATH = {str(content)!r}\nTHEME = {str(theme)!r}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    args = ["build", "--ledger", "ledger", "--as-of", "2026-11-22", "--settings", str(settings)]
    code = main([*args, "--output", "output", "--internal-output", inside])
    err = capsys.readouterr().err
    name = inside.split("/")[0]
    folder = "ledger" if name == "ledger" else tmp_path / name  # as the command line and the settings name it
    assert code == 1
    assert err == (
        f"refused: {inside} lies inside the {name} folder {folder}, which the build reads: put the outputs "
        "elsewhere; nothing was built or published.\n"
    )
    assert not (tmp_path / inside).exists() and not (tmp_path / "output").exists()
    assert leftovers((tmp_path / inside).parent) == [] and leftovers(tmp_path) == []


def test_pelican_run_by_hand_refuses_an_output_inside_the_theme_before_it_empties_anything(tmp_path, capsys):
    """`pelican -s ... -o theme/static/out` has no command line before it: the plugin refuses as it starts,
    in a line on stderr, and exits 1 (no traceback)."""
    from types import SimpleNamespace

    from pelican.plugins.incasso import check_ledger

    theme, content = tmp_path / "theme", tmp_path / "content"
    settings = {
        "PATH": str(content),
        "THEME": str(theme),
        "OUTPUT_PATH": str(theme / "static" / "out"),
        "INCASSO": {"LEDGER": str(PRIVACY_LEDGER), "INTERNAL_OUTPUT": str(tmp_path / "internal")},
    }
    with pytest.raises(SystemExit) as refused:
        check_ledger(SimpleNamespace(settings=settings, output_retention=[]))
    assert refused.value.code == 1
    assert capsys.readouterr().err == (
        f"refused: {theme / 'static' / 'out'} lies inside the theme folder {theme}, which the build reads: put the "
        "outputs elsewhere; nothing was built or deleted.\n"
    )
    assert sorted(tmp_path.iterdir()) == []


def test_an_output_inside_the_ledger_is_refused_with_the_paths_as_given(tmp_path, monkeypatch, capsys):
    from incasso.cli.main import main

    shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger")
    monkeypatch.chdir(tmp_path)
    args = [
        "build",
        "--ledger",
        "ledger",
        "--as-of",
        "2026-11-22",
        "--output",
        "ledger/out",
        "--internal-output",
        "int",
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("refused: ledger/out lies inside the ledger folder ledger, which the build reads")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger"]


def test_a_template_error_leaves_the_previous_output_and_says_why(tmp_path, previous, capsys):
    site, public, internal = previous
    capsys.readouterr()
    failed = build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=["--settings", str(_broken_theme_settings(tmp_path))])
    err = capsys.readouterr().err
    assert failed.exit_code == 1
    assert re.search(r"^error: .*TemplateSyntaxError|^error: .*Expected an expression", err, re.M), err
    assert err.rstrip().endswith("the build failed; the previous output was left as it was.")
    assert (files(site.output), files(site.internal)) == (public, internal)
    assert leftovers(tmp_path) == []


HOLD_LOCK = """
import fcntl, sys
lock = open(sys.argv[1], "a")
fcntl.lockf(lock, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def lock_held(path: Path) -> Iterator[None]:
    """Another process holding a build's lock (the lock is a process's own: another build is another process)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline() == "held\n"
        yield
    finally:
        holder.communicate("", timeout=60)


def clean_script():
    """scripts/clean.py, as `make clean` runs it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("clean", REPO / "scripts" / "clean.py")
    clean = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(clean)
    return clean


def test_a_build_while_another_runs_is_refused(tmp_path, previous, capsys):
    site, public, _ = previous
    # The lock is a process's own: another build is another process.
    with lock_held(tmp_path / ".output.lock"):
        capsys.readouterr()
        # 75 (EX_TEMPFAIL): try again later, not a ledger to mend (1)
        assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 75
    assert "refused: another build is writing" in capsys.readouterr().err
    assert files(site.output) == public
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0  # the lock is gone with its holder


@pytest.mark.parametrize("what", ["the ledger", "the working folder"])
def test_an_output_folder_that_holds_precious_things_is_refused(tmp_path, monkeypatch, capsys, what):
    work = tmp_path / "work"
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, (work if what == "the ledger" else tmp_path) / "ledger"))
    if what == "the working folder":
        (work / "notes").mkdir(parents=True)
        monkeypatch.chdir(work / "notes")
    from incasso.cli.main import main

    code = main(
        [
            "build",
            "--ledger",
            str(ledger),
            "--as-of",
            AS_OF.isoformat(),
            "--output",
            str(work),
            "--internal-output",
            str(tmp_path / "internal"),
        ]
    )
    name = "the ledger folder" if what == "the ledger" else "the current folder"
    assert code == 1 and f"refused: {work} holds {name} (" in capsys.readouterr().err
    assert (ledger / "creditor.yaml").is_file() and work.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    "given, said",
    [
        ("/", "refused: / "),  # a mount point, or the folder that holds everything: its own reason
        ("ledger", "is the ledger folder: an output folder is replaced as a whole"),
        ("ledger/debtors", "lies inside the ledger folder"),
        ("", "is the current folder: an output folder is replaced as a whole"),
    ],
)
def test_a_refused_output_is_told_its_own_reason(tmp_path, monkeypatch, capsys, given, said):
    """Not "must be separate folders" for `--output /`, nor "X holds X" for the ledger itself."""
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    monkeypatch.chdir(tmp_path)
    from incasso.cli.main import main

    args = ["build", "--ledger", str(ledger), "--as-of", AS_OF.isoformat(), "--output", given]
    assert main([*args, "--internal-output", str(tmp_path / "internal")]) == 1
    err = capsys.readouterr().err
    assert said in err and "must be separate folders" not in err
    assert (ledger / "creditor.yaml").is_file()


def _someones_folder(tmp_path: Path, what: str) -> Path:
    """A folder a careless --output could name: the ledger's debtors, a git folder, texts, documents."""
    if what == "ledger/debtors":
        return Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger")) / "debtors"
    folder = tmp_path / what
    folder.mkdir(parents=True)
    names = {
        ".git": ["HEAD", "config"],
        "content": ["hulp.md"],
        "documents": ["contract.pdf", "notes.txt"],
    }[what]
    for name in names:
        (folder / name).write_text(f"precious {name}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("option", ["--output", "--internal-output"])
@pytest.mark.parametrize("what", ["ledger/debtors", ".git", "content", "documents"])
def test_an_output_folder_that_no_build_made_is_refused_and_left_alone(tmp_path, capsys, monkeypatch, option, what):
    monkeypatch.chdir(tmp_path)
    folder = _someones_folder(tmp_path / "work", what)
    before = files(folder)
    outputs = {"--output": tmp_path / "output", "--internal-output": tmp_path / "internal", option: folder}
    from incasso.cli.main import main

    code = main(
        [
            "build",
            "--ledger",
            str(PRIVACY_LEDGER),
            "--as-of",
            AS_OF.isoformat(),
            "--output",
            str(outputs["--output"]),
            "--internal-output",
            str(outputs["--internal-output"]),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert f"refused: {folder} is not empty and no earlier build made it (it has no .incasso-output file)" in err
    assert files(folder) == before
    assert not (tmp_path / "output").exists() and not (tmp_path / "internal").exists()


def test_an_empty_folder_and_an_earlier_output_are_replaced(tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "internal").mkdir()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    for folder in (tmp_path / "output", tmp_path / "internal"):
        marker = (folder / ".incasso-output").read_text(encoding="utf-8")
        assert marker == "An output folder of an incasso build: the next build replaces this folder as a whole.\n"
    # A page an earlier build wrote (so its list of contents names it) goes with the folder.
    (tmp_path / "output" / "stale.html").write_text("an earlier build's page", encoding="utf-8")
    with (tmp_path / "output" / ".incasso-contents").open("a", encoding="utf-8") as contents:
        contents.write("stale.html\n")
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert not (tmp_path / "output" / "stale.html").exists()


@pytest.mark.parametrize("folder", ["output", "internal"])
def test_what_no_build_wrote_in_an_earlier_output_is_never_deleted_with_it(tmp_path, capsys, folder):
    """A .git to deploy from, a CNAME, the staff's notes: the build refuses and names them, and keeps them."""
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    target = tmp_path / folder
    (target / ".git").mkdir()
    (target / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (target / "CNAME").write_text("betalen.example.nl\n", encoding="utf-8")
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert f"{target} is an earlier build's output, but holds .git, CNAME, which no build wrote" in err
    assert (target / ".git" / "HEAD").is_file() and (target / "CNAME").is_file()
    # An output from before the list was kept: in a public one what the audit would not take for a page of
    # the site, in a staff one what is not one of the names a build writes there.
    (target / ".incasso-contents").unlink()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert "holds .git, CNAME, which no build wrote" in err and "would delete them. Move them out" in err


def test_a_file_saved_deep_in_the_staff_output_is_named_and_kept_not_deleted_with_it(tmp_path, capsys):
    """A scan saved in internal/letters/: only the folder's top was compared, and the next build deleted it."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    letters = site.internal / "letters"
    (letters / "scan-handtekening.pdf").write_bytes(b"%PDF-1.7 a signed letter")
    (letters / "mine").mkdir()
    (letters / "mine" / "a.pdf").write_bytes(b"%PDF-1.7")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert (
        f"{site.internal} is an earlier build's output, but holds letters/mine, letters/scan-handtekening.pdf, "
        "which no build wrote" in err
    )
    assert (letters / "scan-handtekening.pdf").is_file() and (letters / "mine" / "a.pdf").is_file()
    shutil.rmtree(letters / "mine")
    (letters / "scan-handtekening.pdf").unlink()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0


def test_a_marker_without_the_build_s_sentence_does_not_make_a_folder_an_output(tmp_path, capsys):
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "thesis.txt").write_text("precious", encoding="utf-8")
    (tmp_path / "output" / ".incasso-output").touch()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    assert "no earlier build made it" in capsys.readouterr().err
    assert (tmp_path / "output" / "thesis.txt").is_file()


def test_the_two_outputs_given_the_other_way_round_are_refused(tmp_path, capsys):
    """Staff files must never land in the folder published last night, whatever the flags say."""
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    swapped = ["--output", str(tmp_path / "internal"), "--internal-output", str(tmp_path / "output")]
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=swapped).exit_code == 1
    assert "--output and --internal-output may have been given the other way round" in capsys.readouterr().err
    assert not (tmp_path / "output" / "links.csv").exists() and (tmp_path / "internal" / "links.csv").is_file()


def test_a_folder_whose_marker_is_a_link_is_not_taken_for_an_output(tmp_path, capsys):
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "thesis.txt").write_text("precious", encoding="utf-8")
    (tmp_path / "elsewhere").write_text("x", encoding="utf-8")
    (tmp_path / "output" / ".incasso-output").symlink_to(tmp_path / "elsewhere")
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    assert "no earlier build made it" in capsys.readouterr().err
    assert (tmp_path / "output" / "thesis.txt").is_file()


def test_the_public_output_is_readable_by_the_web_server(tmp_path):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    umask = os.umask(0)
    os.umask(umask)
    assert site.output.stat().st_mode & 0o777 == 0o777 & ~umask
    assert all(p.stat().st_mode & 0o444 & ~umask == 0o444 & ~umask for p in site.output.rglob("*"))


def private_modes(root: Path) -> dict[str, str]:
    """Every path of a tree whose mode lets anyone but the owner in: path -> mode."""
    paths = [root, *root.rglob("*")]
    return {p.relative_to(root).as_posix(): stat.filemode(p.stat().st_mode) for p in paths if p.stat().st_mode & 0o077}


def test_the_internal_output_is_readable_by_its_owner_only(tmp_path):
    old = os.umask(0o022)  # the usual umask, which makes files world-readable
    try:
        site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    finally:
        os.umask(old)
    assert site.exit_code == 0
    assert stat.S_IMODE(site.internal.stat().st_mode) == 0o700
    assert (site.internal / "links.csv").is_file() and (site.internal / "d").is_dir()
    assert private_modes(site.internal) == {}


# -- the swap -------------------------------------------------------------------------------


def _folder(path: Path, text: str) -> Path:
    path.mkdir()
    (path / "index.html").write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("exchange", [True, False], ids=["one exchange", "two renames"])
def test_the_swap_puts_the_new_folder_in_place_and_drops_the_old(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(build_module, "exchange", lambda a, b: False)
    target = _folder(tmp_path / "output", "old")
    old = build_module.swap(_folder(tmp_path / ".output.tmp-1", "new"), target)
    assert (target / "index.html").read_text() == "new"
    # The previous output is kept for the caller to remove once both outputs are in.
    assert (old / "index.html").read_text() == "old"
    build_module.remove_made(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_the_exchange_is_one_atomic_step_on_linux(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("renameat2 is Linux only; elsewhere the swap is two renames")
    a, b = _folder(tmp_path / "a", "A"), _folder(tmp_path / "b", "B")
    assert build_module.exchange(a, b) is True
    assert ((a / "index.html").read_text(), (b / "index.html").read_text()) == ("B", "A")


def test_a_build_killed_between_the_two_renames_is_repaired_by_the_next(tmp_path, previous, capsys):
    """Where there is no exchange, a kill can leave only `.output.old-*`: even a failing build restores it."""
    site, public, _ = previous
    site.output.rename(tmp_path / ".output.old-killed")
    build_module.mark(_folder(tmp_path / ".output.tmp-killed", "half a site"))  # marked before it is written in
    failed = build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=["--settings", str(_broken_theme_settings(tmp_path))])
    assert failed.exit_code == 1
    assert files(site.output) == public
    assert leftovers(tmp_path) == []


def test_a_delete_killed_half_way_leaves_the_folder_marked_and_the_next_tidy_finishes_it(tmp_path, monkeypatch):
    # Deleted marker first (rmtree's order is the file system's), a killed delete would leave an unmarked
    # old staff output (links.csv with every link) that no build removes.
    leftover = tmp_path / ".internal.tmp-killed"
    for name in ("links.csv", "claims.json", "zz.txt", "aa.txt"):
        (leftover / "d").mkdir(parents=True, exist_ok=True)
        (leftover / name).write_text("x", encoding="utf-8")
    build_module.mark(leftover)
    real_unlink, calls = Path.unlink, []

    def killed(path, missing_ok=False):
        calls.append(path.name)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the delete stops here
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", killed)
    with pytest.raises(KeyboardInterrupt):
        build_module.remove_made(leftover)
    monkeypatch.undo()
    assert (leftover / build_module.MARKER).is_file() and ".incasso-output" not in calls
    build_module.tidy(tmp_path / "internal")
    assert not leftover.exists()


def _old_output(folder: Path, pages: int) -> Path:
    (folder / "s").mkdir(parents=True)
    for number in range(pages):
        _folder(folder / "s" / f"page-{number}", "a page")
    (folder / "d").mkdir()
    for number in range(pages):
        (folder / "d" / f"D-{number}.html").write_text("a dossier", encoding="utf-8")
    build_module.mark(folder)
    return folder


def test_an_old_output_is_deleted_whole_and_no_link_in_it_is_followed(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("kept", encoding="utf-8")
    old = _old_output(tmp_path / ".output.old-1", pages=300)
    (old / "s" / "a-link").symlink_to(mine, target_is_directory=True)
    (old / "d" / "a-link.html").symlink_to(mine / "keep.txt")
    build_module.remove_made(old)
    assert not old.exists()
    assert sorted(p.name for p in mine.iterdir()) == ["keep.txt"]


def test_a_delete_stopped_among_the_pages_leaves_the_folder_marked(tmp_path, monkeypatch):
    old = _old_output(tmp_path / ".output.old-1", pages=300)
    real_unlink, calls = os.unlink, []

    def stopped(path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 100:
            raise KeyboardInterrupt  # in one of the deleting threads
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", stopped)
    with pytest.raises(KeyboardInterrupt):
        build_module.remove_made(old)
    monkeypatch.undo()
    assert (old / build_module.MARKER).is_file()
    build_module.tidy(tmp_path / "output")
    assert not old.exists()


def test_a_writer_late_for_a_deleted_temporary_folder_fails_rather_than_make_it_again(tmp_path):
    """The other half of session 50's fix: whatever writes into a build's temporary output after it was deleted
    (a stopped build's) makes only folders below it, never the output itself, so it fails instead of leaving a
    folder no build marked, with staff data in it, that the next build's tidy must leave alone."""
    from pelican.plugins.incasso import staff
    from pelican.plugins.incasso.publish import make_below

    internal = tmp_path / ".internal.tmp-late"
    internal.mkdir()
    make_below(str(internal), "vandaag")  # a page folder of the overview: made below the output
    make_below(str(internal), os.path.join("static", "css"))
    make_below(str(internal), "vandaag")  # already there: nothing to do
    assert sorted(p.relative_to(internal).as_posix() for p in internal.rglob("*")) == [
        "static",
        "static/css",
        "vandaag",
    ]
    build_module.remove_made(internal)
    for late in (
        lambda: make_below(str(internal), os.path.join("s", "token")),  # a statement page's folder
        lambda: staff._write(internal, os.path.join("vandaag", "reminder.html"), b"<html>"),  # an overview page
        lambda: staff._write_text(internal, "claims.json", ("{}",)),
    ):
        with pytest.raises(FileNotFoundError):
            late()
        assert not internal.exists()


def test_a_folder_only_named_like_a_build_s_leftover_is_not_deleted(tmp_path, previous):
    # No command destroys a folder it did not make: the name alone does not make it the build's.
    site, _, _ = previous
    theirs = [_folder(tmp_path / ".output.old-2025-backup", "notes"), _folder(tmp_path / ".output.tmp-keepme", "x")]
    empty = tmp_path / ".output.tmp-empty"
    empty.mkdir()  # a build's folder before it is marked: empty, and removed
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert [(p / "index.html").read_text(encoding="utf-8") for p in theirs] == ["notes", "x"]
    assert not empty.exists()
    assert (site.output / "index.html").is_file()


# -- killed half-way ------------------------------------------------------------------------


def many_debtors(root: Path, count: int) -> Path:
    """A ledger of `count` plain debtors under root/ledger."""
    ledger = root / "ledger"
    (ledger / "debtors").mkdir(parents=True)
    shutil.copy(PRIVACY_LEDGER / "creditor.yaml", ledger / "creditor.yaml")
    for n in range(count):
        (ledger / "debtors" / f"B-{n:05d}.yaml").write_text(
            f"id: B-{n:05d}\nname: Debiteur {n:05d}\ntype: consumer\ninvoices:\n"
            f"  - number: BIG-{n:05d}\n    date: 2026-08-01\n    due: 2026-08-31\n"
            f"    amount: {100 + n}.{n % 100:02d}\n",
            encoding="utf-8",
        )
    return ledger


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory) -> Path:
    """2,000 debtors: a build long enough to be killed while it writes pages."""
    return many_debtors(tmp_path_factory.mktemp("big"), 2000)


def _wait_for_pages(process: subprocess.Popen, parent: Path, limit: float = 900) -> Path:
    """The killed build's temporary public folder, once it holds statement pages."""
    deadline = time.monotonic() + limit  # a guard against a hung build, not a timing assertion
    while time.monotonic() < deadline:
        assert process.poll() is None, "the build finished before it could be killed: " + process.stderr.read()
        for tmp in parent.glob(".output.tmp-*"):
            if list(tmp.glob("s/*/index.html")):
                return tmp
        time.sleep(0.05)
    raise AssertionError("no statement page was written in time")


def test_a_build_killed_half_way_leaves_the_previous_output_and_the_next_cleans_up(tmp_path, previous, big_ledger):
    site, public, internal = previous
    process = incasso(*build_args(big_ledger, tmp_path), env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        half = _wait_for_pages(process, tmp_path)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert half.is_dir() and leftovers(tmp_path)  # the killed build's half-written folders
    assert (files(site.output), files(site.internal)) == (public, internal)

    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert leftovers(tmp_path) == []
    fresh = build_site(tmp_path / "fresh", ledger=PRIVACY_LEDGER)
    assert files(site.output) == files(fresh.output)


def _ctrl_c_as_at_a_terminal() -> None:
    """Ctrl-C's and a hang-up's default actions in the build: a suite started in the background of a shell without
    job control (`make test &` in a script) runs with SIGINT ignored, and one started under `nohup` with SIGHUP
    ignored, which every process it starts inherits (and the build keeps: `nohup incasso build` is meant to
    outlive its terminal)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGHUP, 129)])
def test_a_build_stopped_by_a_signal_says_so_and_leaves_the_previous_output(tmp_path, previous, big_ledger, stop, code):
    """`timeout`, a CI cancel, Ctrl-C or a dropped ssh session (SIGHUP): a line for the cron mail, the shell's
    exit code, no traceback, and no temporary folder left with the staff output's personal data in it."""
    site, public, internal = previous
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = incasso(*build_args(big_ledger, tmp_path), env=env, preexec_fn=_ctrl_c_as_at_a_terminal)
    try:
        _wait_for_pages(process, tmp_path)
    finally:
        process.send_signal(stop)
        _, err = process.communicate(timeout=120)
    assert process.returncode == code, err
    assert "stopped; the outputs are those of the last build that finished" in err and "Traceback" not in err
    assert (files(site.output), files(site.internal)) == (public, internal)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert leftovers(tmp_path) == []


def test_a_stop_while_the_staff_files_thread_starts_leaves_no_staff_data_behind(tmp_path, previous, monkeypatch):
    """Session 49's flake, made certain: a SIGTERM that came while the thread that writes the staff files beside the
    pass started (one stopped build in about sixteen, under load) left that thread running unseen. The build deleted
    its temporary staff output, and the thread made it again and wrote the overview, claims.json, links.csv in it:
    a folder no build marked, which the next build's tidy rightly leaves alone. Here the thread writes only once
    the build has deleted its temporary folders, or once it is waited for, whichever comes first."""
    import threading

    import pelican.plugins.incasso.debtors as debtors

    site, public, internal = previous
    monkeypatch.setattr(debtors, "worker_count", lambda: 2)  # the pass in workers, the staff files beside it
    monkeypatch.setattr(debtors, "PARALLEL_FROM", 1)
    monkeypatch.setattr(debtors, "STAFF_BESIDE_PASS_UP_TO", 10**6)
    go, staff, alive_at_removal = threading.Event(), [], []
    real_start, real_join, real_remove = threading.Thread.start, threading.Thread.join, build_module.remove_made

    def start(thread):
        if not thread.name.startswith(debtors.STAFF_FILES):
            return real_start(thread)
        run = thread.run
        thread.run = lambda: go.wait(60) and run()  # a guard against a hang
        staff.append(thread)
        real_start(thread)
        signal.raise_signal(signal.SIGINT)  # the stop, while the thread starts

    def join(thread, timeout=None):
        if thread in staff:
            go.set()
        return real_join(thread, timeout)

    def remove_made(folder):
        alive_at_removal.append(any(thread.is_alive() for thread in staff))
        real_remove(folder)
        if folder.name.startswith(".internal.tmp-"):
            go.set()

    monkeypatch.setattr(threading.Thread, "start", start)
    monkeypatch.setattr(threading.Thread, "join", join)
    monkeypatch.setattr("pelican.plugins.incasso.build.remove_made", remove_made)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C, as at a terminal
    try:
        with pytest.raises(KeyboardInterrupt):
            build_site(tmp_path, ledger=PRIVACY_LEDGER)
    finally:
        signal.signal(signal.SIGINT, before)
    for thread in staff:
        real_join(thread, 60)  # a guard against a hang
    assert len(staff) == 1 and alive_at_removal == [False, False]  # ended before either temporary folder went
    assert leftovers(tmp_path) == []
    assert (files(site.output), files(site.internal)) == (public, internal)


@pytest.mark.parametrize("ctrl_c_comes", CTRL_C_COMES, ids=CTRL_C_IDS)
@pytest.mark.parametrize(
    ("module", "step"),
    [
        ("pelican.plugins.incasso.staff", "_made_for"),  # a staff file: the overview's first page
        ("incasso.staff.entries", "overview_entry"),  # a debtor's entry in the overview, before any file
    ],
)
def test_a_stop_while_the_staff_files_are_written_ends_them_at_the_next_safe_point(
    tmp_path, previous, monkeypatch, module, step, ctrl_c_comes
):
    """Session 51: a stopped build's staff files' thread went on to write every staff file (the overview's pages,
    claims.json, the workbook: seconds at 25,000 debtors, for a build thrown away) before the build could end. Now the
    stop's own handler calls it off, and it ends at its next safe point: before its next file, or its next debtor.
    The stop comes here as the thread takes its first step, which waits until the stop's handler has run. Session 56:
    one that landed as the build started its wait for the thread after the pass (`ctrl_c_due`) ran its handler only
    once that wait returned, after the thread's guard had failed and it had written every staff file; the build now
    waits a tenth of a second at a time (incasso.processes.result_of)."""
    import importlib
    import threading

    import pelican.plugins.incasso.debtors as debtors

    site, public, internal = previous
    monkeypatch.setattr(debtors, "worker_count", lambda: 2)  # the pass in workers, the staff files beside it
    monkeypatch.setattr(debtors, "PARALLEL_FROM", 1)
    monkeypatch.setattr(debtors, "STAFF_BESIDE_PASS_UP_TO", 10**6)
    told, stopped_at, taken_after, told_in_time = threading.Event(), [], [], []
    where = importlib.import_module(module)
    real_ended, real_step = debtors.PrintQueue.ended, getattr(where, step)

    def ended(queue, *, whole=True):
        real_ended(queue, whole=whole)
        if not whole:
            told.set()  # the staff files' thread was told the pass was stopped

    def stopped_in(*args):
        taken = args[1] if step == "_made_for" else args[0].id  # the file's path, or the debtor's id
        if threading.current_thread() is not threading.main_thread() and not stopped_at:
            stopped_at.append(taken)
            ctrl_c_comes()  # in the main thread
            told_in_time.append(told.wait(60))  # a guard against a hang, not a timing assertion
        elif stopped_at:
            taken_after.append(taken)
        return real_step(*args)

    monkeypatch.setattr(debtors.PrintQueue, "ended", ended)
    monkeypatch.setattr(where, step, stopped_in)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C, as at a terminal
    try:
        with pytest.raises(KeyboardInterrupt):
            build_site(tmp_path, ledger=PRIVACY_LEDGER)
    finally:
        signal.signal(signal.SIGINT, before)
    assert stopped_at and taken_after == [] and told_in_time == [True]
    assert leftovers(tmp_path) == []
    assert (files(site.output), files(site.internal)) == (public, internal)


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_sent_to_the_whole_process_group_prints_no_traceback(tmp_path, previous, big_ledger, stop, code):
    """`timeout` and Ctrl-C at a terminal signal the build's whole process group, its page workers too. Python
    3.11's pool then set an error on each slice still queued, one `pool.map` had just cancelled among them:
    "Exception in thread ... InvalidStateError: CANCELLED" above the stopped line, in 4 of 6 cron mails."""
    site, public, internal = previous
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = incasso(
        *build_args(big_ledger, tmp_path), env=env, preexec_fn=_ctrl_c_as_at_a_terminal, start_new_session=True
    )
    try:
        _wait_for_pages(process, tmp_path)
    finally:
        os.killpg(process.pid, stop)  # its own session: the group is the build and its workers
        _, err = process.communicate(timeout=120)
    assert process.returncode == code, err
    assert "stopped; the outputs are those of the last build that finished" in err, err
    assert "Traceback" not in err and "Exception in thread" not in err, err
    assert (files(site.output), files(site.internal)) == (public, internal)


def _started(pid: int) -> str | None:
    """When pid started (clock ticks after boot), to tell it from a process given the same pid later; None if none."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (FileNotFoundError, ProcessLookupError):
        return None


def _pending(pid: int) -> int:
    """The signals sent to pid (not to one of its threads) that wait until it handles them, as a bit mask."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("ShdPnd:"):
            return int(line.split()[1], 16)
    return 0


def _frozen(pid: int) -> bool:
    """Whether each thread of pid has stopped (SIGSTOP), so that none writes on: os.kill returns before it has."""
    try:
        threads = [(task / "stat").read_text() for task in Path(f"/proc/{pid}/task").iterdir()]
    except (FileNotFoundError, ProcessLookupError):
        return False  # gone
    return all(stat.rsplit(")", 1)[1].split()[0] == "T" for stat in threads)


def _pages_written(parent: Path) -> int:
    """The statement pages in the build's temporary public folder so far."""
    return sum(len(list(tmp.glob("s/*/index.html"))) for tmp in parent.glob(".output.tmp-*"))


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_sent_to_the_build_alone_is_passed_on_to_its_workers(tmp_path, previous, big_ledger, stop, code):
    """`kill PID` (a scheduler, a supervisor, systemd with KillMode=process) signals the build, not its page workers.
    It used to wait for them to finish the slices they were writing before it could end; now it passes the stop on.
    The workers are frozen here (SIGSTOP) as the stop comes, so that it finds them busy whatever the machine's speed;
    each is let go on once the build's stop waits in it. Then all ends as a stop sent to the whole group does.

    The stop must come during the pass, and the test checks that it does: once the pass has ended, the build's pool
    is closing and holds a stop until its workers have ended (the next test), which frozen workers never do. Session
    53's one failure under two pytest workers on a loaded machine was that: the workers frozen as the pass ended."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one processor: the build starts no page workers")
    site, public, internal = previous
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = incasso(*build_args(big_ledger, tmp_path), env=env, preexec_fn=_ctrl_c_as_at_a_terminal)
    workers: dict[int, str | None] = {}
    try:
        _wait_for_pages(process, tmp_path)
        workers = {pid: _started(pid) for pid, (parent, _) in _processes().items() if parent == process.pid}
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)
        assert len(workers) >= 2, workers
        assert _until(lambda: all(_frozen(pid) for pid in workers)), "the build's workers did not stop"
        # Each debtor of the ledger has a page, and the pass ends only once every slice, each page in it, is written:
        # with the workers frozen, a page still missing is a slice still to come back, so the pass is under way.
        written = _pages_written(tmp_path)
        assert written < len(list((big_ledger / "debtors").iterdir())), "the pass had ended before the freeze"
        process.send_signal(stop)  # to the build alone
        passed_on = _until(lambda: all(_pending(pid) & 1 << (stop - 1) for pid in workers))
        assert passed_on, "the build did not pass the stop on to its workers"
    finally:
        for pid, started in workers.items():  # only the build's own workers, by id, and only as they started
            if _started(pid) == started:
                os.kill(pid, signal.SIGCONT)
        _, err = process.communicate(timeout=120)
    assert process.returncode == code, err
    assert "stopped; the outputs are those of the last build that finished" in err, err
    assert "Traceback" not in err and "Exception in thread" not in err, err
    assert [pid for pid, started in workers.items() if _started(pid) == started] == []  # each ended and reaped
    assert leftovers(tmp_path) == []
    assert (files(site.output), files(site.internal)) == (public, internal)


def test_a_stop_as_the_pass_s_pool_closes_waits_for_its_idle_workers_then_acts(tmp_path, previous, monkeypatch):
    """The other state the stop can find: the pass whole, its pool closing. The stop is held there until the workers
    have ended, then acts, neither lost nor passed on: they have nothing left to write and end as soon as they are
    let go (BENCHMARKS.md, session 54), and the build ends as stopped, with the previous outputs kept."""
    import incasso.processes as processes
    import pelican.plugins.incasso.debtors as debtors

    site, public, internal = previous
    monkeypatch.setattr(debtors, "worker_count", lambda: 2)  # the pass in workers
    monkeypatch.setattr(debtors, "PARALLEL_FROM", 1)
    real_close, ended = processes._close, []

    def close(pool):
        workers = list((pool._processes or {}).values())
        first = pool._initargs[1] is debtors._set_work and not ended  # the pass's pool, the first of its two closes
        if first:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C, as it starts to close
        real_close(pool)
        if first:
            ended.append([worker.exitcode for worker in workers])

    monkeypatch.setattr(processes, "_close", close)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C, as at a terminal
    try:
        with pytest.raises(KeyboardInterrupt):
            build_site(tmp_path, ledger=PRIVACY_LEDGER)
    finally:
        signal.signal(signal.SIGINT, before)
    assert ended == [[0, 0]]  # each let go with the pass whole, and ended of itself, before the stop acted
    assert leftovers(tmp_path) == []
    assert (files(site.output), files(site.internal)) == (public, internal)


def test_a_mount_point_as_output_is_refused_before_the_work(tmp_path, monkeypatch, capsys):
    target = tmp_path / "volume"
    target.mkdir()
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) == target)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=["--output", str(target)]).exit_code == 1
    assert f"refused: {target} is a mount point, which a build cannot swap whole" in capsys.readouterr().err


def _processes() -> dict[int, tuple[int, int]]:
    """Every live process on the machine: pid -> (parent pid, session id), from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone while we looked
        if fields[0] not in ("Z", "X"):  # state; a zombie has ended, only its exit status is left
            found[int(entry.name)] = (int(fields[1]), int(fields[3]))
    return found


def _until(condition, limit: float = 60):
    """Poll until condition() is truthy; a guard against a hang, not a timing assertion."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.01)
    return condition()


def test_a_build_killed_while_its_workers_run_leaves_no_process_and_no_lock(tmp_path):
    """The OOM killer or `timeout -s KILL` hits the build's main process: its page workers go with it."""
    if not Path("/proc/self/stat").is_file():
        pytest.skip("reads processes from /proc")
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one processor: the build starts no page workers")
    from pelican.plugins.incasso.debtors import PARALLEL_FROM

    ledger = many_debtors(tmp_path / "many", 5 * PARALLEL_FROM)
    with open(tmp_path / "build.log", "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "incasso", *build_args(ledger, tmp_path)],
            cwd=REPO,
            stdout=log,
            stderr=log,
            start_new_session=True,  # its own session: every process it forks is found by the session id
        )
    session = process.pid
    survivors: list[int] = []
    try:
        workers = lambda: [pid for pid, (parent, _) in _processes().items() if parent == session]
        assert _until(lambda: len(workers()) >= 2), "no page workers: " + (tmp_path / "build.log").read_text()
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=60) == -signal.SIGKILL
        gone = _until(lambda: not [pid for pid, (_, sid) in _processes().items() if sid == session])
        survivors = [pid for pid, (_, sid) in _processes().items() if sid == session]
        assert gone and survivors == []
    finally:
        for pid in survivors:  # only the killed build's own processes, by id
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0  # no lock outlived its build
    assert leftovers(tmp_path) == []


# -- a night that would undo the last one's publication -------------------------------------------

OTHER_SECRET = "another-real-secret-for-the-rotation-" + "x1y2z3" * 4


def test_a_build_without_the_secret_after_one_with_it_is_refused(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    public, internal = files(site.output), files(site.internal)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, as_of=AS_OF + DAY).exit_code == 1
    err = capsys.readouterr().err
    assert "refused: INCASSO_SECRET is not set, but the last build made its personal links with a secret" in err
    assert (files(site.output), files(site.internal)) == (public, internal)


def test_another_secret_is_refused_unless_it_was_changed_on_purpose(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    before = (site.output / "s").iterdir().__next__().name
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET).exit_code == 1
    assert "is not the secret the last build made its personal links with" in capsys.readouterr().err
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET, extra=["--new-secret"]).exit_code == 0
    assert before not in {p.name for p in (site.output / "s").iterdir()}  # every link is new
    # Said in the log and first in changes.md: staff must send every debtor their new link.
    assert "note: every personal link changed with the new secret" in capsys.readouterr().out
    renewed = "Alle persoonlijke links zijn vernieuwd"
    assert renewed in (site.internal / "changes.md").read_text(encoding="utf-8").split("\n## ")[0]
    # A rebuild the same day keeps it under "Eerder vandaag", though that list found nothing else.
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET).exit_code == 0
    assert renewed in (site.internal / "changes.md").read_text(encoding="utf-8").split("## Eerder vandaag")[1]
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET, as_of=AS_OF + DAY).exit_code == 0
    assert renewed not in (site.internal / "changes.md").read_text(encoding="utf-8")


def test_a_new_secret_must_be_given(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    public = files(site.output)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=["--new-secret"]).exit_code == 1
    assert "refused: --new-secret needs the new secret in INCASSO_SECRET" in capsys.readouterr().err
    assert files(site.output) == public


def test_a_first_real_build_after_the_demo_goes_ahead(tmp_path):
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET, as_of=AS_OF + DAY).exit_code == 0


def test_a_real_build_of_an_earlier_day_is_refused_and_a_demo_one_is_noted(tmp_path, capsys):
    site = build_site(tmp_path / "real", ledger=PRIVACY_LEDGER, secret=SECRET, as_of=AS_OF + DAY)
    public = files(site.output)
    capsys.readouterr()
    assert build_site(tmp_path / "real", ledger=PRIVACY_LEDGER, secret=SECRET).exit_code == 1
    err = capsys.readouterr().err
    assert f"the last build in the staff output was as of {AS_OF + DAY}; a build as of {AS_OF} leaves out" in err
    assert files(site.output) == public
    assert build_site(tmp_path / "demo", ledger=PRIVACY_LEDGER, as_of=AS_OF + DAY).exit_code == 0
    capsys.readouterr()
    assert build_site(tmp_path / "demo", ledger=PRIVACY_LEDGER).exit_code == 0
    assert f"note: the last build in the staff output was as of {AS_OF + DAY}" in capsys.readouterr().out


def test_the_build_record_holds_the_day_and_no_secret(tmp_path):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    record = (site.internal / "build.json").read_text()
    assert f'"as_of": "{AS_OF}"' in record and SECRET not in record
    assert stat.S_IMODE((site.internal / "build.json").stat().st_mode) == 0o600


def test_a_lost_record_of_confirmations_still_confirms_what_staff_entered_after_the_last_build(tmp_path, capsys):
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    site = build_site(tmp_path, ledger=ledger)
    with (ledger / "debtors" / "D-1003.yaml").open("a", encoding="utf-8") as dossier:
        dossier.write(f"  - date: {AS_OF}\n    type: promise\n    promised_date: {AS_OF + 8 * DAY}\n")
    (site.internal / "confirmations.json").write_text("not json", encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF + DAY).exit_code == 0
    assert (
        f"note: the record of confirmations seen (confirmations.json) was missing or unreadable: the promises, "
        f"plans and handovers dated from {AS_OF} on are confirmed in today's letters" in capsys.readouterr().out
    )
    assert (site.internal / "letters" / "D-1003-promise.eml").is_file()


def test_a_staff_output_caught_mid_swap_is_put_back_before_the_next_build_reads_it(tmp_path, capsys):
    """A build killed between its renames leaves the staff output aside: the next one restores it
    first, so its record still stops a build with another secret."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    site.internal.rename(tmp_path / ".internal.old-killed")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET).exit_code == 1
    assert "is not the secret the last build made its personal links with" in capsys.readouterr().err
    assert (site.internal / "build.json").is_file()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_during_the_swap_waits_until_both_outputs_are_in(stop):
    """A hang-up between the two renames would leave no public output at all, or tonight's pages beside last
    night's staff output: it waits, as SIGTERM does."""
    from pelican.plugins.incasso.publish import StoppedAfterSwap, signals_held

    seen: list[str] = []
    before = signal.signal(stop, lambda signum, frame: seen.append("stopped"))
    try:
        with pytest.raises(StoppedAfterSwap) as stopped, signals_held():
            os.kill(os.getpid(), stop)
            seen.append("public swapped")
            seen.append("internal swapped")
        seen.append("after")
    finally:
        signal.signal(stop, before)
    # Acted on once both are in, and said as such (the command line: "stopped after ... swapped in").
    assert seen == ["public swapped", "internal swapped", "after"] and stopped.value.signum == stop


def test_a_hang_up_ignored_as_nohup_ignores_it_stays_ignored_through_the_swap():
    """`nohup incasso build &` is how a build outlives the ssh session that started it: the swap must not
    turn the hang-up it was told to ignore into a stop."""
    from pelican.plugins.incasso.publish import signals_held

    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with signals_held():
            os.kill(os.getpid(), signal.SIGHUP)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def test_a_new_secret_that_is_the_old_one_is_refused(tmp_path, capsys):
    """Rotated after a leak, but set where the build does not read it: the leaked links would go out as new."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    public = files(site.output)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET, extra=["--new-secret"]).exit_code == 1
    assert (
        "--new-secret, but INCASSO_SECRET is the secret the last build made its links with" in capsys.readouterr().err
    )
    assert files(site.output) == public


def test_a_secret_with_a_space_or_line_break_around_it_is_named_as_such(tmp_path, capsys):
    build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET + "\n").exit_code == 1
    err = capsys.readouterr().err
    assert "INCASSO_SECRET starts or ends with a space or a line break" in err
    assert err.endswith(": remove it (--new-secret would change every link); nothing was built or published.\n")


def test_without_the_record_the_published_links_still_hold_the_secret_to_its_own(tmp_path, capsys):
    """The staff output gone (deleted, a CI artifact expired): the public pages being replaced show which
    secret made them, and another one is refused unless changed on purpose."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    public = files(site.output)
    shutil.rmtree(site.internal)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET).exit_code == 1
    assert "INCASSO_SECRET gives none of the" in capsys.readouterr().err
    assert files(site.output) == public
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1  # no secret: the demo's, refused too
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET).exit_code == 0
    shutil.rmtree(site.internal)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET, extra=["--new-secret"]).exit_code == 0


@pytest.mark.parametrize(
    "record", ["{", "{}", '{"format": "incasso-build", "version": 1, "as_of": "2026-11-22"}', "\xff"]
)
def test_a_record_of_the_secret_that_cannot_be_read_does_not_switch_the_check_off(tmp_path, capsys, record):
    """A fresh CI runner (no public output) whose restored build.json is garbage: the links claims.json lists
    stand in, and with neither the secret cannot be checked, so only --new-secret goes ahead."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    shutil.rmtree(site.output)
    (site.internal / "build.json").write_bytes(record.encode("latin-1"))
    staff = files(site.internal)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET).exit_code == 1
    err = capsys.readouterr().err
    assert f"INCASSO_SECRET gives none of the 4 personal links in {site.internal / 'claims.json'}" in err
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1  # no secret: the demo's, refused too
    assert files(site.internal) == staff and not site.output.exists()
    (site.internal / "claims.json").write_text("{", encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET).exit_code == 1  # nothing left to check by
    err = capsys.readouterr().err
    assert f"refused: {site.internal / 'build.json'}, the last build's record of its day and of the secret" in err
    assert "cannot be read (" in err and "Put back the last build's staff output" in err
    assert "or, to change the secret on purpose, build with --new-secret" in err
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=OTHER_SECRET, extra=["--new-secret"]).exit_code == 0


def test_a_record_that_cannot_be_read_with_the_links_listed_lets_the_same_secret_build(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    shutil.rmtree(site.output)
    (site.internal / "build.json").write_text("{", encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET).exit_code == 0
    assert "could not be read" in capsys.readouterr().out  # said in the log; the build writes a new one
    assert json.loads((site.internal / "build.json").read_text(encoding="utf-8"))["as_of"] == AS_OF.isoformat()


def test_a_real_build_of_a_day_after_today_is_refused_and_a_demo_one_goes_ahead(tmp_path, capsys):
    from incasso.law.calendar import today

    later = today() + 2 * DAY  # still after today if Amsterdam's midnight passes during the test
    assert build_site(tmp_path / "real", ledger=PRIVACY_LEDGER, secret=SECRET, as_of=later).exit_code == 1
    assert f"--as-of {later} is after today" in capsys.readouterr().err
    assert not (tmp_path / "real" / "output").exists()
    assert build_site(tmp_path / "demo", ledger=PRIVACY_LEDGER, as_of=later).exit_code == 0


def test_a_previous_output_that_cannot_be_deleted_is_said_not_left_in_silence(tmp_path, monkeypatch, capsys):
    build_site(tmp_path, ledger=PRIVACY_LEDGER)
    from pelican.plugins.incasso import build

    monkeypatch.setattr(build, "remove_made", lambda folder: None)  # as if a file in it were immutable
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    out = capsys.readouterr().out
    assert out.count("note: the previous output could not be deleted entirely: ") == 2  # public and staff
    monkeypatch.undo()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0  # the next build tidies them away
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".") and "tmp" in p.name) == []


def test_make_clean_removes_what_a_build_made_and_keeps_the_rest(tmp_path, capsys):
    """scripts/clean.py, as `make clean` runs it: the build's own rule, not `rm -rf output internal`."""
    clean = clean_script()
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    (site.internal / "mynotes.txt").write_text("staff notes", encoding="utf-8")
    look = tmp_path / ".output.tmp-mine"  # named like a killed build's leftover, but someone's
    look.mkdir()
    (look / "thesis.txt").write_text("precious", encoding="utf-8")
    assert clean.main(tmp_path) == 1
    out = capsys.readouterr().out
    assert "removed output" in out and "kept internal: " in out and "mynotes.txt" in out
    assert not site.output.exists() and (site.internal / "mynotes.txt").is_file() and (look / "thesis.txt").is_file()
    (site.internal / "mynotes.txt").unlink()
    assert clean.main(tmp_path) == 0
    assert not site.internal.exists() and not (tmp_path / ".internal.lock").exists()
    assert (look / "thesis.txt").is_file()  # a look-alike of a killed build's leftover is never touched


def test_the_public_output_given_as_the_staff_output_is_refused(tmp_path, capsys):
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    public = files(tmp_path / "output")
    other = ["--output", str(tmp_path / "new-output"), "--internal-output", str(tmp_path / "output")]
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER, extra=other).exit_code == 1
    assert "is an earlier build's public output (it holds s/, the statement pages)" in capsys.readouterr().err
    assert files(tmp_path / "output") == public


def test_a_leftover_whose_marker_is_not_the_build_s_sentence_is_not_tidied_away(tmp_path):
    look = tmp_path / ".output.tmp-mine"
    look.mkdir()
    (look / ".incasso-output").write_text("mine\n", encoding="utf-8")
    (look / "thesis.txt").write_text("precious", encoding="utf-8")
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert (look / "thesis.txt").is_file()


def test_the_previous_outputs_are_deleted_only_once_both_new_ones_are_in(tmp_path, monkeypatch):
    """A kill while a large old tree is deleted must find the two new outputs, not one new beside one old."""
    from pelican.plugins.incasso import build

    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    done: list[str] = []
    real_swap, real_remove = build.swap, build.remove_made
    monkeypatch.setattr(build, "swap", lambda tmp, target: done.append(f"swap {target.name}") or real_swap(tmp, target))
    for module in (build, build_module):  # the build's, and the swap's own if it deleted there
        monkeypatch.setattr(module, "remove_made", lambda folder: done.append("remove") or real_remove(folder))
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    assert done[:3] == ["swap output", "swap internal", "remove"]


def test_make_clean_leaves_a_build_that_is_writing_alone(tmp_path, capsys):
    clean = clean_script()
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    with lock_held(tmp_path / ".output.lock"):
        assert clean.main(tmp_path) == 1
    assert "kept output: another build is writing" in capsys.readouterr().out
    assert site.output.is_dir() and (tmp_path / ".output.lock").exists()


def test_a_staff_output_without_its_list_keeps_what_no_build_writes(tmp_path, capsys):
    """The first night after the upgrade (no .incasso-contents yet), and a run stopped before it wrote its
    list: the staff output's names are fixed, so notes are kept and the paged lists are never taken for
    someone's."""
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    (site.internal / ".incasso-contents").unlink()
    (site.internal / "vandaag").mkdir()  # a paged list a stopped run wrote before its list
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    (site.internal / "mynotes.txt").write_text("staff notes", encoding="utf-8")
    (site.internal / ".incasso-contents").write_text("build.json\n", encoding="utf-8")  # a stale list
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert "holds mynotes.txt, which no build wrote" in err and "vandaag" not in err and "letters" not in err
    assert "would delete it. Move it out, then build again" in err  # one file: "it"


def test_the_staff_output_holds_only_names_a_build_is_known_to_write(tmp_path):
    from pelican.plugins.incasso.publish import CONTENTS, MARKER, STAFF_NAMES

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert {p.name for p in site.internal.iterdir()} - {MARKER, CONTENTS} <= STAFF_NAMES


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EDQUOT])
def test_a_full_disk_names_the_folders_the_build_was_writing(tmp_path, monkeypatch, capsys, number):
    """A write that fails for want of room names no file: the error must say where to make room."""
    from pelican.plugins.incasso import build as plugin_build

    def full(settings, override):
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(plugin_build, "pelican_build", full)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert os.strerror(number) in err
    assert f"beside {tmp_path / 'output'} and {tmp_path / 'internal'}: make room on their disk" in err


def test_a_file_too_large_names_the_folders_the_build_was_writing(tmp_path, monkeypatch, capsys):
    """s44-ops: under `ulimit -f` (systemd's LimitFSIZE=) the build failed with `[Errno 27] File too large`,
    naming no file: the error must say where, and what limits it, as a full disk's does."""
    from pelican.plugins.incasso import build as plugin_build

    def too_large(settings, override):
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    monkeypatch.setattr(plugin_build, "pelican_build", too_large)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert f"OSError: [Errno {errno.EFBIG}] {os.strerror(errno.EFBIG)}" in err
    assert f"beside {tmp_path / 'output'} and {tmp_path / 'internal'}: a file grew past" in err, err
    assert "ulimit -f" in err and "make room" not in err


def test_a_worker_stopped_from_outside_points_to_the_memory_it_most_often_lacked(tmp_path, monkeypatch, capsys):
    """s44-ops: a worker killed by the out-of-memory killer ended the build in a traceback and BrokenProcessPool,
    with nothing to say where to look; the operator looked for a fault in the ledger."""
    from concurrent.futures.process import BrokenProcessPool

    from pelican.plugins.incasso import build as plugin_build

    def killed(settings, override):
        raise BrokenProcessPool("A process in the process pool was terminated abruptly while the future was running")

    monkeypatch.setattr(plugin_build, "pelican_build", killed)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert "BrokenProcessPool: A process in the process pool was terminated abruptly" in err
    assert "most often by the system for want of memory" in err and "dmesg" in err
    assert "make room" not in err


@pytest.mark.parametrize(
    "error",
    [TimeoutError("timed out"), BrokenPipeError(errno.EPIPE, "Broken pipe"), OSError("cannot write mode RGBA as JPEG")],
)
def test_a_failure_that_is_no_want_of_room_sends_nobody_to_free_disk_space(tmp_path, monkeypatch, capsys, error):
    """Review s27, 5: every OSError without a file name was told to make room on the disk."""
    from pelican.plugins.incasso import build as plugin_build

    def failing(settings, override):
        raise error

    monkeypatch.setattr(plugin_build, "pelican_build", failing)
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert f"{type(error).__name__}: {error}" in err
    assert "make room" not in err and "writing the new outputs beside" not in err
