"""`pelican -s pelicanconf.py` builds the same site, leaves nothing of an earlier build behind,
and never empties a folder that no build made."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import DEMO_SECRET, statement_token
from pelican.plugins.incasso.publish import MARKER, mark
from pelican.plugins.incasso.settings import prepare
from tests.support.every_pass import every_pass_problems, ledger_with_a_problem_in_every_pass
from tests.support.site import AS_OF, DEMO_LEDGER, PRIVACY_LEDGER, REPO


def pelican(
    output: Path, internal: Path, ledger: Path = DEMO_LEDGER, secret: str | None = None, **settings: object
) -> subprocess.CompletedProcess:
    incasso = {"LEDGER": str(ledger), "AS_OF": AS_OF.isoformat(), "INTERNAL_OUTPUT": str(internal), **settings}
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    if secret is not None:
        env["INCASSO_SECRET"] = secret
    env["COLUMNS"] = "1000"  # Pelican's log wraps to the terminal's width
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            "-s",
            str(REPO / "pelicanconf.py"),
            "-o",
            str(output),
            "-e",
            f"INCASSO={json.dumps(incasso)}",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_pelican_by_hand_replaces_earlier_pages_and_dossiers(tmp_path):
    output, internal = tmp_path / "output", tmp_path / "internal"
    (output / "s" / "staletoken").mkdir(parents=True)
    (output / "s" / "staletoken" / "index.html").write_text("an earlier build's page", encoding="utf-8")
    # and a demo page of its own: links none of the ledger's debtors has under any secret are refused
    (output / "s" / statement_token(DEMO_SECRET, "D-1001")).mkdir()
    (internal / "d").mkdir(parents=True)
    (internal / "d" / "D-0000.html").write_text("a removed debtor's dossier", encoding="utf-8")
    mark(output)  # as an earlier build left them
    mark(internal)
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    done = pelican(output, internal, ledger)
    assert done.returncode == 0, done.stderr
    assert not (output / "s" / "staletoken").exists()
    assert len(list(output.glob("s/*/index.html"))) == 18
    assert not (internal / "d" / "D-0000.html").exists()
    assert (internal / "d" / "D-1001.html").is_file()
    assert (output / MARKER).is_file() and (internal / MARKER).is_file()


def test_pelican_by_hand_marks_its_outputs_and_keeps_the_staff_output_private(tmp_path):
    output, internal = tmp_path / "output", tmp_path / "internal"
    done = pelican(output, internal, PRIVACY_LEDGER)
    assert done.returncode == 0, done.stderr
    assert (output / MARKER).is_file() and (internal / MARKER).is_file()
    loose = [p for p in [internal, *internal.rglob("*")] if p.stat().st_mode & 0o077]
    assert loose == [] and stat.S_IMODE(internal.stat().st_mode) == 0o700
    assert pelican(output, internal, PRIVACY_LEDGER).returncode == 0  # and the next run takes them


@pytest.mark.parametrize("which", ["output", "internal"])
def test_pelican_by_hand_refuses_a_folder_no_build_made(tmp_path, which):
    folders = {"output": tmp_path / "output", "internal": tmp_path / "internal"}
    precious = folders[which]
    precious.mkdir()
    (precious / "contract.pdf").write_text("precious", encoding="utf-8")
    (precious / "sub").mkdir()
    (precious / "sub" / "notes.txt").write_text("precious too", encoding="utf-8")
    done = pelican(folders["output"], folders["internal"], PRIVACY_LEDGER)
    assert done.returncode != 0
    assert f"{precious} is not empty and no earlier build made it" in done.stdout + done.stderr
    assert sorted(p.relative_to(precious).as_posix() for p in precious.rglob("*")) == [
        "contract.pdf",
        "sub",
        "sub/notes.txt",
    ]
    assert not any(p.exists() for p in folders.values() if p != precious)


def test_pelican_by_hand_and_make_serve_report_the_problems_of_every_pass_at_once(tmp_path):
    """What `pelican` (and `make serve`, rebuilding on each edit) reads before it builds: as `incasso check`."""
    root = ledger_with_a_problem_in_every_pass(tmp_path)
    with pytest.raises(LedgerError) as refused:
        prepare({"INCASSO": {"LEDGER": str(root), "AS_OF": AS_OF.isoformat()}})
    assert [str(problem) for problem in refused.value.problems] == every_pass_problems(root)[:-1]


def test_the_demo_settings_name_the_ledger_and_staff_output_from_their_own_folder(tmp_path, monkeypatch):
    # Pelican resolves PATH, THEME and OUTPUT_PATH against the settings file; the plugin's own two
    # folders must not follow the working folder, or `pelican -s` run elsewhere writes staff pages there.
    from pelican.settings import read_settings

    monkeypatch.chdir(tmp_path)
    settings = read_settings(str(REPO / "pelicanconf.py"))
    assert (settings["INCASSO"]["LEDGER"], settings["INCASSO"]["INTERNAL_OUTPUT"]) == (
        str(REPO / "ledger"),
        str(REPO / "internal"),
    )
    assert settings["OUTPUT_PATH"] == str(REPO / "output")


SECRET = "reproducible-build-secret-" + "r" * 20


def test_pelican_by_hand_is_refused_the_demo_secret_after_a_build_with_a_secret(tmp_path):
    """`make serve` in the checkout that publishes: it rewrote output/ under the demo's public secret, and the
    next build then took any secret. Refused now, as `incasso build` is, naming what to do; nothing touched."""
    from tests.support.site import build_site

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    before = {p: p.read_bytes() for p in sorted(site.output.rglob("*")) if p.is_file()}
    record = (site.internal / "build.json").read_bytes()
    done = pelican(site.output, site.internal, PRIVACY_LEDGER)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert "refused: INCASSO_SECRET is not set, but the last build made its personal links with a secret" in (
        done.stderr
    )
    assert "use a checkout of its own; nothing was built or deleted." in done.stderr
    assert (site.internal / "build.json").read_bytes() == record
    assert {p: p.read_bytes() for p in sorted(site.output.rglob("*")) if p.is_file()} == before


# Another creditor's ledger in the same folders (s45 review 2): a link is the secret's, the id's and the version's,
# not the creditor's, so the lowered one is refused all the same.
ANOTHER_CREDITOR = {
    "Installatietechniek Vaartsche Rijn B.V.": "Andere Zaak B.V.",
    '"30274519"': '"87654321"',
    "NL34RABO0372918465": "NL02ABNA0123456789",
    "bic: RABONL2U\n": "",
    "Vlampijpstraat 48, 3534 AR": "Kanaalweg 3, 3526 KL",
}


@pytest.mark.parametrize("creditor", [{}, ANOTHER_CREDITOR], ids=["same-creditor", "another-creditor"])
def test_pelican_by_hand_is_refused_a_lowered_link_version_as_incasso_build_is(tmp_path, creditor):
    """A link_version lower than the last build's gives back the link that reached someone else: `make serve`
    refuses it at the file, as `incasso build` does, before anything is touched."""
    from tests.support.site import build_site

    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    debtor = ledger / "debtors" / "D-1003.yaml"
    written = debtor.read_text(encoding="utf-8")
    debtor.write_text(written + "link_version: 2\n", encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger, secret=SECRET)
    before = {p: p.read_bytes() for p in sorted(site.output.rglob("*")) if p.is_file()}
    debtor.write_text(written, encoding="utf-8")
    yaml = ledger / "creditor.yaml"
    for was, now in creditor.items():
        yaml.write_text(yaml.read_text(encoding="utf-8").replace(was, now), encoding="utf-8")
    if creditor:  # the demo's bank statements are of the demo's account
        shutil.rmtree(ledger / "bank")
    done = pelican(site.output, site.internal, ledger, secret=SECRET)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert f"{debtor}:3:5: link_version: is not written (so 1), lower than at the last build (2)" in done.stderr
    assert {p: p.read_bytes() for p in sorted(site.output.rglob("*")) if p.is_file()} == before


def test_pelican_by_hand_with_a_public_address_and_no_secret_is_refused_and_touches_nothing(tmp_path):
    """`make serve` with INCASSO_PUBLIC_URL set and no INCASSO_SECRET: letters to send, pointing at demo pages."""
    output, internal = tmp_path / "output", tmp_path / "internal"
    done = pelican(output, internal, PRIVACY_LEDGER, PUBLIC_URL="https://betalen.example.nl")
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert "INCASSO_SECRET is not set, yet the build was given a public address (https://betalen.example.nl)" in (
        done.stderr
    )
    assert "unset INCASSO_PUBLIC_URL, or take PUBLIC_URL out of the settings' INCASSO" in done.stderr
    assert not output.exists() and not internal.exists()


def test_pelican_by_hand_without_the_staff_output_is_refused_the_demo_secret_by_the_published_links(tmp_path):
    """With the staff output gone (a fresh checkout beside the published folder), the links output/ holds
    stand in for the last build's record, as they do for `incasso build` (review s27, finding 3)."""
    from tests.support.site import build_site

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    before = {p: p.read_bytes() for p in sorted(site.output.rglob("*")) if p.is_file()}
    shutil.rmtree(site.internal)
    done = pelican(site.output, site.internal, PRIVACY_LEDGER)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"refused: INCASSO_SECRET is not set, but the personal links in {site.output} were made with a " in (
        done.stderr
    )
    assert {p: p.read_bytes() for p in sorted(site.output.rglob("*")) if p.is_file()} == before


def test_pelican_by_hand_with_new_secret_changes_the_secret_as_incasso_build_new_secret_does(tmp_path):
    from tests.support.site import build_site

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER, secret=SECRET)
    same = pelican(site.output, site.internal, PRIVACY_LEDGER, secret=SECRET, NEW_SECRET=True)
    assert same.returncode == 1 and "refused: --new-secret, but INCASSO_SECRET is the secret the last build" in (
        same.stderr
    )
    changed = pelican(site.output, site.internal, PRIVACY_LEDGER, secret=SECRET.upper(), NEW_SECRET=True)
    assert changed.returncode == 0, changed.stderr
    refused = pelican(site.output, site.internal, PRIVACY_LEDGER, secret=SECRET)  # the old one: links changed
    assert refused.returncode == 1 and "refused: " in refused.stderr


def test_pelican_by_hand_waits_for_no_build_it_is_refused_while_one_writes(tmp_path):
    from tests.site.test_build_safety import HOLD_LOCK

    output, internal = tmp_path / "output", tmp_path / "internal"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / ".output.lock")], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline()
        done = pelican(output, internal, PRIVACY_LEDGER)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 75 and "Traceback" not in done.stderr  # EX_TEMPFAIL, as `incasso build`
    assert f"refused: another build is writing {output}" in done.stderr
    assert not (output / "index.html").exists()


def test_pelican_by_hand_on_a_bad_ledger_reports_as_check_does_without_a_traceback(tmp_path):
    root = ledger_with_a_problem_in_every_pass(tmp_path)
    done = pelican(tmp_path / "output", tmp_path / "internal", root)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    expected = every_pass_problems(root)[:-1]
    assert done.stderr.splitlines() == [
        *expected,
        f"{len(expected)} problems in the ledger; nothing was built or deleted.",
    ]


def test_pelican_by_hand_after_a_yaml_error_says_that_more_may_follow_as_check_does(tmp_path):
    """The count line is the command line's (ledger.counted), with a run by hand's own ending (review s27, 6)."""
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    debtor = sorted((ledger / "debtors").glob("*.yaml"))[0]
    debtor.write_text(debtor.read_text(encoding="utf-8") + "note:oops\n", encoding="utf-8")
    done = pelican(tmp_path / "output", tmp_path / "internal", ledger)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == (
        "1 problem in the ledger; nothing was built or deleted. A file with a YAML error is checked above it, and "
        "below it only for slips of the same kind: once it is mended, run check again for any problems further on."
    )


# Pelican run by hand, with a build taking the public output's lock in the gap between the run's check
# (check_ledger, at startup, which lets the lock go again) and its own hold on the outputs (get_generators).
BUILD_IN_THE_GAP = """
import subprocess, sys
import pelican
import pelican.plugins.incasso as plugin

checked = plugin.checked_by_hand

def checked_then_taken(pelican_object):
    checked(pelican_object)
    # Another build, holding the lock until this run ends (and with it the holder's input).
    holder = subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2]], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout.readline() == b"held\\n"

plugin.checked_by_hand = checked_then_taken
pelican.main(sys.argv[3:])
"""


def test_pelican_by_hand_refused_as_busy_when_a_build_takes_the_lock_between_its_check_and_its_run(tmp_path):
    from tests.site.test_build_safety import HOLD_LOCK

    output, internal = tmp_path / "output", tmp_path / "internal"
    incasso = {"LEDGER": str(PRIVACY_LEDGER), "AS_OF": AS_OF.isoformat(), "INTERNAL_OUTPUT": str(internal)}
    argv = ["-s", str(REPO / "pelicanconf.py"), "-o", str(output), "-e", f"INCASSO={json.dumps(incasso)}"]
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"} | {"COLUMNS": "1000"}
    done = subprocess.run(
        [sys.executable, "-c", BUILD_IN_THE_GAP, HOLD_LOCK, str(tmp_path / ".output.lock"), *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 75, done.stdout + done.stderr  # EX_TEMPFAIL, as `incasso build`
    assert "Traceback" not in done.stderr and "CRITICAL" not in done.stderr, done.stderr
    assert (
        f"refused: another build is writing {output}; try again when it is done; nothing was built or deleted.\n"
        in (done.stderr)
    )
    assert not (output / "index.html").exists()
