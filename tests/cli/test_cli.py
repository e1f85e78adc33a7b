"""The command line as people expect it: help everywhere, -q/-v, exit codes, pipes, --version."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from incasso.cli.build import CHANGE_NAMES, changes_line, sample_terms_text
from incasso.cli.main import main, parser
from incasso.payments.tokens import TOKEN_PATTERN
from incasso.staff.changes import LISTED, SECTIONS, Changes, Entry
from pelican.plugins.incasso import build as build_module
from pelican.plugins.incasso.build import SAMPLE_TERMS_COSTS, publishes_sample_terms
from tests.support.every_pass import every_pass_problems, ledger_with_a_problem_in_every_pass
from tests.support.site import AS_OF, DEMO_LEDGER, REPO

DATE = AS_OF.isoformat()


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    monkeypatch.delenv("INCASSO_PUBLIC_URL", raising=False)


def incasso(*args: str, cwd: Path = REPO, buffered: bool = True) -> subprocess.CompletedProcess:
    """`python -m incasso ...` in a process of its own, as a shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "incasso", *args], cwd=cwd, env=_env(buffered), capture_output=True, text=True
    )


def _env(buffered: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("INCASSO_SECRET", "PYTHONUNBUFFERED")}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture
def broken_ledger(tmp_path) -> Path:
    ledger = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, ledger)
    (ledger / "debtors" / "D-1001.yaml").write_text("id: [\n", encoding="utf-8")
    return ledger


# --- version, python -m, help ---------------------------------------------------------------


def test_version_names_the_installed_package():
    done = incasso("--version")
    assert done.returncode == 0
    assert done.stdout == f"incasso {version('incasso')}\n"


def test_python_m_incasso_is_the_command():
    done = incasso("check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{DEMO_LEDGER}: valid. 20 debtors")


def _parsers() -> dict[str, argparse.ArgumentParser]:
    top = parser()
    [commands] = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return {"incasso": top, **{f"incasso {name}": p for name, p in commands.choices.items()}}


def test_every_subcommand_has_help_text():
    top = parser()
    [commands] = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    helped = {choice.dest: choice.help for choice in commands._choices_actions}
    assert set(helped) == {"check", "build", "audit"} == set(commands.choices)
    assert all(helped.values()), helped


@pytest.mark.parametrize("command", list(_parsers()))
def test_every_option_has_help_text(command):
    for action in _parsers()[command]._actions:
        assert action.help and action.help != argparse.SUPPRESS, f"{command}: {action.option_strings or action.dest}"


@pytest.mark.parametrize("command", ["", "build", "audit"])
def test_help_names_the_environment_variables_and_exit_codes(command):
    done = incasso(*command.split(), "--help")
    assert done.returncode == 0
    for words in (
        "INCASSO_SECRET",
        "INCASSO_PUBLIC_URL",
        "exit codes:",
        "0  done",
        "1  the ledger is invalid",
        "2  the",
    ):
        assert words in done.stdout, (command, words)


def test_check_help_names_the_exit_codes():
    done = incasso("check", "--help")
    assert done.returncode == 0
    assert "exit codes:" in done.stdout and "--as-of YYYY-MM-DD" in done.stdout


# --- quiet and verbose ----------------------------------------------------------------------


def test_check_quiet_prints_only_notices(capsys):
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "-q"]) == 0
    out = capsys.readouterr().out
    # The demo's date lies past the last known statutory rate: that notice needs action, so it stays.
    assert out and all(line.startswith("note: ") for line in out.splitlines()), out
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE]) == 0
    assert "valid. 20 debtors" in capsys.readouterr().out


def test_build_quiet_prints_only_the_notices_check_prints(tmp_path, capsys):
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "-q"]) == 0
    said = ("interest rate", "no letter can go")  # past the last known rate; D-1002 has no address nor e-mail
    notices = [line for line in capsys.readouterr().out.splitlines() if any(words in line for words in said)]
    assert len(notices) == 3
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", str(tmp_path / "out")]
    args += ["--public-url", "http://localhost:8000"]  # a preview's (else the day's letters are noted as unlinked)
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "-q"]) == 0
    out, err = capsys.readouterr()
    assert (sorted(out.splitlines()), err) == (sorted(notices), "")
    assert len(list((tmp_path / "out" / "s").glob("*/index.html"))) == 18


def test_an_invoice_dated_after_the_day_is_said_by_check_and_build(tmp_path, capsys):
    # A year written wrong (2027 for 2026) would ask for the money on the page: the log says so.
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    path = ledger / "debtors" / "D-1001.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.lstrip().startswith("- number:"))
    path.write_text(text.replace("date: 2026-11-03", "date: 2027-11-03").replace("due: 2026-12-03", "due: 2027-12-03"))
    said = re.compile(
        rf"^note: {re.escape(str(path))}:{line}:\d+: invoice \S+ is dated 2027-\d\d-\d\d, after {DATE}; it counts "
        r"already \(its page shows it\): is the year right\?$",
        re.M,
    )
    assert main(["check", "--ledger", str(ledger), "--as-of", DATE, "-q"]) == 0
    assert len(said.findall(capsys.readouterr().out)) == 1
    args = ["build", "--ledger", str(ledger), "--as-of", DATE, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "-q"]) == 0
    assert len(said.findall(capsys.readouterr().out)) == 1
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "-q"]) == 0
    assert "is the year right" not in capsys.readouterr().out


def test_build_says_what_it_built_and_not_what_pelican_did(tmp_path):
    done = incasso(
        "build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", "out", "--internal-output", "internal",
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Statement pages (public): 18" in done.stdout
    # 19 debtor files read: the two without a page are said, not left to wonder about.
    assert "(2 dossiers without one: written off, or paid longer ago than paid_page_days)" in done.stdout
    assert "Done: Processed" not in done.stdout + done.stderr
    assert done.stderr == ""
    # Where the links are, and which file to open in a spreadsheet.
    internal = (tmp_path / "internal").resolve()
    assert f"Personal links for mail merge: {internal}/links.csv (in a spreadsheet: links.xlsx)\n" in done.stdout


def test_build_for_a_log_others_read_prints_no_personal_link(tmp_path, capsys):
    # --redact is for a cron mail or a CI log: a debtor's whole link there is a leak, production or not.
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "--redact"]) == 0
    said = capsys.readouterr().out
    assert "Statement pages (public): 18" in said
    assert not re.search(r"/s/[a-z2-7]{6,}", said)


def test_build_with_a_real_secret_prints_no_personal_link_production_or_not(tmp_path, capsys, monkeypatch):
    # `incasso build` with the site's own secret in a cron job mails its output: a real debtor's link there is a
    # leak. Only a demo's page (its links worked out from the published demo secret) is offered to open.
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(tmp_path / "demo")]) == 0
    assert re.search(r"open one in a browser: \S+/s/[a-z2-7]{32}/index\.html", capsys.readouterr().out)
    monkeypatch.setenv("INCASSO_SECRET", "a-real-production-secret-for-tests-" + "k" * 20)
    args[-1] = str(tmp_path / "real")
    assert main([*args, "--internal-output", str(tmp_path / "internal")]) == 0
    said = capsys.readouterr().out
    assert "Statement pages (public): 18" in said
    assert not TOKEN_PATTERN.search(said)


def test_build_verbose_shows_pelicans_log_with_the_links_cut_short(tmp_path):
    done = incasso(
        "build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", "out", "--internal-output", "internal",
        "-v", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    writing = [line for line in done.stderr.splitlines() if re.match(r"INFO pelican[.\w]*: Writing", line)]
    assert len([line for line in writing if "/s/" in line and "/s/index.html" not in line]) == 18
    assert not TOKEN_PATTERN.search(done.stderr)


def test_verbose_is_taken_by_every_command(capsys):
    # Only build runs Pelican; check and audit accept -v so that scripts may pass it to any command.
    args = ["check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE]
    assert main(args) == 0
    plain = _untimed(capsys.readouterr())
    assert main([*args, "-v"]) == 0
    assert _untimed(capsys.readouterr()) == plain


def _untimed(said) -> tuple[str, str]:
    """What a command printed, the seconds of its phases left out (they differ from run to run)."""
    return re.sub(r"\d+\.\d s$", "_ s", said.out, flags=re.M), said.err


def test_audit_quiet_prints_nothing_when_it_passes(tmp_path, capsys):
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "-q"]) == 0
    capsys.readouterr()  # the build's notices on the rates
    assert main(["audit", str(tmp_path / "out"), "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "-q", "--demo"]) == 0
    assert capsys.readouterr() == ("", "")


# --- exit codes -----------------------------------------------------------------------------


def test_exit_0_for_a_valid_ledger():
    assert incasso("check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE).returncode == 0


def test_exit_1_for_an_invalid_ledger_with_every_problem_on_stderr(broken_ledger, tmp_path):
    for command in (["check"], ["build", "--output", "out", "--internal-output", "internal"]):
        done = incasso(*command, "--ledger", str(broken_ledger), cwd=tmp_path)
        assert done.returncode == 1, command
        assert "D-1001.yaml:2:1:" in done.stderr
        assert "nothing was built or published" in done.stderr
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_build_reports_the_problems_of_every_pass_in_one_run_and_publishes_nothing(tmp_path, capsys):
    root = ledger_with_a_problem_in_every_pass(tmp_path)
    output, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", DATE, "--output", str(output)]
    assert main([*args, "--internal-output", str(internal)]) == 1
    assert capsys.readouterr().err.splitlines() == every_pass_problems(root)
    assert not output.exists()
    assert not internal.exists()


def test_exit_1_for_a_public_address_without_a_secret_and_nothing_made(tmp_path):
    # As a newcomer ran it: letters ready to send, every one pointing at a "do not pay" demo page whose link
    # anyone could work out from the published demo secret. Refused before anything is made.
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", "2026-12-03", "--output", "out"]
    done = incasso(*args, "--internal-output", "internal", "--public-url", "https://betalen.example.nl", cwd=tmp_path)
    assert done.returncode == 1
    assert (done.stdout, done.stderr.count("\n")) == ("", 1)
    assert done.stderr.startswith(
        "refused: INCASSO_SECRET is not set, yet the build was given a public address (https://betalen.example.nl)"
    )
    assert 'make one with: python3 -c "import secrets; print(secrets.token_urlsafe(32))"' in done.stderr
    assert "leave out --public-url and unset INCASSO_PUBLIC_URL); nothing was built or published." in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_exit_1_for_audit_findings(tmp_path):
    (tmp_path / "public").mkdir()
    (tmp_path / "public" / "creditor.yaml").write_text("name: x\n", encoding="utf-8")
    done = incasso("audit", str(tmp_path / "public"), "--demo")
    assert done.returncode == 1
    assert "creditor.yaml: not expected in the public tree" in done.stderr
    assert "do not publish it" in done.stderr


@pytest.mark.parametrize(
    "args",
    [[], ["bogus"], ["check", "--no-such-option"], ["check", "--as-of", "2026-13-01"], ["audit"]],
    ids=["no command", "unknown command", "unknown option", "bad date", "missing argument"],
)
def test_exit_2_for_a_wrong_command_line(args):
    done = incasso(*args)
    assert done.returncode == 2
    assert "usage: incasso" in done.stderr
    assert "Traceback" not in done.stderr


# --- pipes ----------------------------------------------------------------------------------


def test_check_into_head_leaves_no_traceback():
    """`incasso check | head -1`, through a real shell pipe."""
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {sys.executable} -m incasso check --ledger ledger | head -1"],
        cwd=REPO,
        env=_env(buffered=True),
        capture_output=True,
        text=True,
    )
    assert done.stdout.startswith("ledger: valid.") and done.stdout.count("\n") == 1
    assert done.stderr == ""
    assert done.returncode == 0  # pipefail: the check's own verdict, whichever line met the closed pipe


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(
    "args, codes",
    [
        # The check still gives its verdict (the demo ledger is valid): nobody reading it changes nothing.
        (["check", "--ledger", "ledger"], {0}),
        # argparse ignores a failed write of its own help (exit 0) unless the output was buffered.
        (["--help"], {0, 1}),
        (["--version"], {0, 1}),
        (["check", "--help"], {0, 1}),
    ],
)
def test_a_reader_gone_before_the_output_leaves_no_traceback(args, codes, buffered):
    """The reader of the pipe left before anything was written (`head` that already had its line)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "incasso", *args],
        cwd=REPO,
        env=_env(buffered),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in codes
    assert stderr == ""


@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_a_build_whose_output_cannot_be_written_keeps_its_own_exit_code(tmp_path, stdout):
    """A full disk behind stdout, or stdout closed (`>&-`): the build published, so it exits 0, no traceback."""
    out = f"{tmp_path}/o"
    command = f"{sys.executable} -m incasso build --ledger ledger --as-of 2026-11-22 --output {out} "
    command += f"--internal-output {tmp_path}/i " + (">/dev/full" if stdout == "full" else ">&-")
    done = subprocess.run(["bash", "-c", command], cwd=REPO, env=_env(buffered=True), capture_output=True, text=True)
    assert "Traceback" not in done.stderr
    assert done.returncode == 0 and (tmp_path / "o" / "index.html").is_file()


def test_a_terminal_that_cannot_show_a_name_gets_it_escaped_not_a_crash(tmp_path):
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "Zoë")
    env = {**_env(buffered=True), "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "incasso", "check", "--ledger", str(ledger), "--as-of", "2026-11-22"],
        env=env,
        capture_output=True,
        text=True,
        encoding="ascii",
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "Zo\\xeb" in done.stdout


@pytest.mark.parametrize(
    "changes, line",
    [
        (Changes("2026-07-10", first=True), "Changes: a first build, nothing to compare with (internal/changes.md)."),
        (
            Changes("2026-07-10", "2026-06-30", problem="JSON: Expecting value"),
            "Changes: the previous claims.json could not be read; nothing was compared (internal/changes.md).",
        ),
        (
            Changes("2026-07-10", "2026-06-30", sections={"stage": ()}),
            "Changes since the build as of 2026-06-30: none.",
        ),
        (
            Changes("2026-07-10", "2026-06-30", sections={"new": (Entry("A", "Anna"), Entry("B", "Bob")), "gone": ()}),
            "Changes since the build as of 2026-06-30: new dossiers 2; listed for staff in internal/changes.md.",
        ),
        (  # an edited invoice is counted where the nightly log shows it: a typo must show the next morning
            Changes(
                "2026-11-24",
                "2026-11-23",
                sections={"invoices_changed": (Entry("D-1006", "X"),), "invoices_gone": (Entry("S-200", "Y"),)},
            ),
            "Changes since the build as of 2026-11-23: invoices edited 1, invoices removed 1; listed for staff in "
            "internal/changes.md.",
        ),
    ],
)
def test_the_build_counts_the_changes_in_english_and_leaves_the_list_to_changes_md(changes, line):
    assert changes_line(changes, Path("internal")) == line


def test_the_build_counts_changed_ids_new_bank_credits_and_the_statements_new_last_day():
    changes = Changes(
        "2026-12-03",
        "2026-12-02",
        sections={"ids_changed": (Entry("D-1013B", "X"),), "bank_credits": (Entry("", ""), Entry("", ""))},
        bank_until=("2026-11-20", "2026-12-02"),
    )
    assert changes_line(changes, Path("internal")) == (
        "Changes since the build as of 2026-12-02: ids changed 1, new bank credits to assign 2, bank statements "
        "now up to 2026-12-02; listed for staff in internal/changes.md."
    )


def test_every_kind_of_change_has_its_english_name():
    # A kind without one would stop the build's last line on the first night it has such a change.
    assert list(CHANGE_NAMES) == list(LISTED)
    assert set(LISTED) == set(SECTIONS) | {"ids_changed", "bank_credits", "bank_set_aside", "returns_answered"}
    assert len(LISTED) == len(set(LISTED))
    returned = Changes("2026-11-22", "2026-11-18", sections={"payments_returned": (Entry("D-1014", "Peter"),)})
    assert changes_line(returned, Path("internal")) == (
        "Changes since the build as of 2026-11-18: payments returned by the bank 1; listed for staff in "
        "internal/changes.md."
    )


# --- the sample terms ------------------------------------------------------------------------


def test_whether_the_terms_published_are_the_sample_is_read_from_the_site_s_own_content(tmp_path):
    plugin = REPO / "src" / "pelican" / "plugins" / "incasso"
    both = ("voorwaarden.en.md", "voorwaarden.md")
    assert publishes_sample_terms(plugin / "pelicanconf.py") == both  # as shipped: its digests are known
    shutil.copytree(plugin / "content", tmp_path / "content")
    settings = tmp_path / "pelicanconf.py"
    settings.write_text('from pelican.plugins.incasso.pelicanconf import *\n\nPATH = "content"\n')
    assert publishes_sample_terms(settings) == both  # a copy, not yet edited
    terms = tmp_path / "content" / "pages" / "voorwaarden.md"
    terms.write_bytes(terms.read_bytes().replace(b"\n", b"\r\n") + b"\r\n")
    assert publishes_sample_terms(settings) == both  # saved by a Windows editor: still the sample
    terms.write_text(terms.read_text().replace("**{payment_term_days}**", "**14 dagen**"))
    assert publishes_sample_terms(settings) == ("voorwaarden.en.md",)  # the English terms are still the sample
    english = tmp_path / "content" / "pages" / "voorwaarden.en.md"
    english.write_text(english.read_text().replace("**{payment_term_days}**", "**14 days**"))
    assert publishes_sample_terms(settings) == ()


def test_terms_edited_where_a_checkout_keeps_them_are_no_longer_the_sample(tmp_path, monkeypatch):
    # In a checkout content/ is the plugin's own folder (README, 'Your texts'): edited there, the site's terms and
    # the plugin's are one file, so comparing the two would call the creditor's own terms the sample for ever.
    plugin = shutil.copytree(
        REPO / "src" / "pelican" / "plugins" / "incasso" / "content", tmp_path / "plugin" / "content"
    )
    monkeypatch.setattr(build_module, "PACKAGE", tmp_path / "plugin")
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f'from pelican.plugins.incasso.pelicanconf import *\n\nPATH = "{plugin}"\n')
    for name, term in (("voorwaarden.md", "**14 dagen**"), ("voorwaarden.en.md", "**14 days**")):
        page = plugin / "pages" / name
        page.write_text(page.read_text().replace("**{payment_term_days}**", term))
    assert publishes_sample_terms(settings) == ()


def test_the_note_on_the_sample_terms_names_the_pages_still_the_sample():
    assert sample_terms_text(("voorwaarden.en.md",)).startswith(
        "content/pages/voorwaarden.en.md published is incasso's sample terms, word for word (its numbers of days "
        "are your policy's, the rest is an example): replace it with the terms your customers agreed to (README, "
        "'Your texts'"
    )
    assert sample_terms_text(("voorwaarden.en.md", "voorwaarden.md")).startswith(
        "content/pages/voorwaarden.en.md and content/pages/voorwaarden.md published are incasso's sample terms"
    )


def test_a_build_with_a_secret_that_publishes_the_sample_terms_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INCASSO_SECRET", "a" * 64)
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "-q"]) == 0
    assert sample_terms_text(("voorwaarden.en.md", "voorwaarden.md")) in capsys.readouterr().out


def test_a_build_charging_a_business_costs_from_the_due_date_under_the_current_sample_terms_has_no_note_on_them(
    tmp_path, capsys
):
    """The current sample tells a business when costs come by the policy (its lines marked for it, see
    tests/site/test_variants.py, where a sample of an earlier version, which does not, is noted)."""
    from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

    def built(folder, costs_from_due):
        policy = {"business_costs_from_due": costs_from_due}
        ledger = write_ledger(tmp_path / folder, creditor=valid_creditor(policy=policy), debtors=[valid_debtor()])
        out = tmp_path / folder / "out"
        args = ["build", "--ledger", str(ledger), "--as-of", DATE, "--output", str(out / "public")]
        assert main([*args, "--internal-output", str(out / "internal"), "-q"]) == 0
        return capsys.readouterr().out

    assert SAMPLE_TERMS_COSTS not in built("from_due", True)
    assert SAMPLE_TERMS_COSTS not in built("after_notice", False)


def test_a_desk_written_in_one_language_is_noted_when_debtors_read_english(capsys):
    # "ma-vr 8.30-16.30" in an English letter: the creditor's file can say it per language.
    from tests.support.letters import AS_OF as LETTERS_DAY
    from tests.support.letters import LETTERS_LEDGER

    assert main(["check", "--ledger", str(LETTERS_LEDGER), "--as-of", LETTERS_DAY.isoformat(), "-q"]) == 0
    assert (
        "creditor.yaml: contact.role and contact.hours are written in one language, and 4 debtors read English: "
        "their pages and letters show it as written; write it per language (nl: ..., en: ...)"
    ) in capsys.readouterr().out
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", DATE, "-q"]) == 0
    assert "one language" not in capsys.readouterr().out  # the demo writes both


def test_a_hang_up_stops_a_command_as_sigterm_does_unless_it_is_ignored():
    """A dropped ssh session (SIGHUP) stops a command with its line and clean-up, as SIGTERM does; under `nohup`,
    which ignores it so that the build outlives the session, it stays ignored."""
    import signal

    from incasso.cli.main import Stopped, stop_on_signals

    before = {stop: signal.getsignal(stop) for stop in (signal.SIGTERM, signal.SIGHUP)}
    try:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        stop_on_signals()
        with pytest.raises(Stopped) as stopped:
            signal.raise_signal(signal.SIGHUP)
        assert stopped.value.signum == signal.SIGHUP
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        stop_on_signals()
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        for stop, handler in before.items():
            signal.signal(stop, handler)
