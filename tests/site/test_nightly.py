"""The nightly publication (.github/workflows/nightly.yml): its order, what it installs and pins,
what it leaves in the job summary and the alert, and the clean-up of old deployments at the host;
the workflows beside it (the ledger check, the morning watch, the tests).

The workflows are read as YAML; their scripts (.github/scripts/) run for real: the summary on
real builds, the clean-up against a local server that answers as the Cloudflare API does, the alert
and the restore with a `gh` that answers as GitHub does. Some steps' shell runs too, as the runner runs it.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from packaging.requirements import Requirement

from incasso.ledger.load import load_ledger
from tests.support.site import AS_OF, DEMO_LEDGER, PRIVACY_LEDGER, REPO, build_site

GITHUB = REPO / ".github"
WORKFLOW = GITHUB / "workflows" / "nightly.yml"
LEDGER_CHECK = GITHUB / "workflows" / "ledger-check.yml"
WATCH = GITHUB / "workflows" / "nightly-watch.yml"
TESTS = GITHUB / "workflows" / "test.yml"
LOCK = REPO / "requirements" / "nightly.txt"
SHA = re.compile(r"[0-9a-f]{40}")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def job(workflow) -> dict:
    return workflow["jobs"]["build"]


def _steps(workflow: dict, job: str | None = None) -> list[dict]:
    """One job's steps, or every job's in the order the jobs run (build, deploy, report)."""
    if job is not None:
        return workflow["jobs"][job]["steps"]
    return [step for each in workflow["jobs"].values() for step in each["steps"]]


def _named(steps: list[dict], pattern: str) -> dict:
    """The one step whose name matches."""
    (found,) = [step for step in steps if re.search(pattern, step.get("name", ""))]
    return found


def _index(steps: list[dict], pattern: str) -> int:
    found = [i for i, s in enumerate(steps) if re.search(pattern, s.get("run", "") + s.get("uses", ""))]
    assert len(found) == 1, pattern
    return found[0]


def _runs(workflow: dict) -> str:
    return "\n".join(s.get("run", "") for s in _steps(workflow))


# -- when and in which order ------------------------------------------------------------------


def test_the_workflow_runs_every_night_and_by_hand(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert re.fullmatch(r"[\d*]+ [\d*]+ \* \* \*", triggers["schedule"][0]["cron"])
    assert "workflow_dispatch" in triggers


def test_the_workflow_builds_audits_publishes_then_prunes(workflow):
    steps = _steps(workflow, "build")
    build = _index(steps, r"incasso build --production")
    audit = _index(steps, r"incasso audit output --ledger ledger")
    artifact = steps.index(_named(steps, r"staff output as a private artifact"))
    handed = steps.index(_named(steps, r"public output to the deploy job"))
    summary = _index(steps, r"nightly_summary\.py")
    assert build < audit < handed and build < artifact and build < summary
    assert steps[build]["env"]["INCASSO_SECRET"] == "${{ secrets.INCASSO_SECRET }}"
    assert steps[audit]["env"]["INCASSO_SECRET"] == "${{ secrets.INCASSO_SECRET }}"
    assert "if" not in steps[audit] and "continue-on-error" not in steps[audit]
    # The public output goes to the deploy job only after a clean audit, and the deploy job only after the build job.
    assert "if" not in steps[handed] and steps[handed]["with"]["path"].rstrip("/") == "output"
    assert steps[handed]["with"]["name"] == "output"
    assert workflow["jobs"]["deploy"]["needs"] == "build" and "if" not in workflow["jobs"]["deploy"]
    deploy = _steps(workflow, "deploy")
    publish = _index(deploy, r"cloudflare/wrangler-action@")
    prune = _index(deploy, r"prune_deployments\.py")
    download = _index(deploy, r"gh run download \"\$GITHUB_RUN_ID\" --name output --dir output")
    assert download < publish < prune
    for step in (deploy[publish], deploy[prune]):  # only after everything before succeeded
        assert "if" not in step and "continue-on-error" not in step
    assert "output" in deploy[publish]["with"]["command"]
    assert deploy[prune]["env"]["KEEP"] == "${{ steps.deploy.outputs.pages-deployment-id }}"
    assert deploy[publish]["id"] == "deploy"
    assert steps[artifact]["with"]["path"].rstrip("/") == "internal"
    assert 1 <= steps[artifact]["with"]["retention-days"] <= 14


def test_the_deploy_job_never_sees_the_ledger_or_the_staff_output(workflow):
    """Finding 14 (s26): the deploy tool installs npm packages at run time; it runs where no debtor data is."""
    deploy = workflow["jobs"]["deploy"]
    (checkout,) = [step for step in deploy["steps"] if step.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["sparse-checkout"] == ".github/scripts/prune_deployments.py"
    assert checkout["with"]["sparse-checkout-cone-mode"] is False and checkout["with"]["filter"] == "blob:none"
    assert checkout["with"]["persist-credentials"] is False
    text = yaml.safe_dump(deploy)
    assert (
        "INCASSO_SECRET" not in text and "internal" not in text and "ledger" not in text.replace("never the ledger", "")
    )
    assert not any(
        "setup-python" in step.get("uses", "") or "pip install" in step.get("run", "") for step in deploy["steps"]
    )
    (download,) = [step for step in deploy["steps"] if "gh run download" in step.get("run", "")]
    assert "--name output" in download["run"]


def test_the_deploy_gives_cloudflare_a_neutral_message_not_the_last_commits(workflow):
    deploy = _steps(workflow, "deploy")
    command = deploy[_index(deploy, r"cloudflare/wrangler-action@")]["with"]["command"]
    assert command.endswith("--commit-message=nightly-${{ needs.build.outputs.as_of }}")
    assert workflow["jobs"]["build"]["outputs"]["as_of"] == "${{ steps.build.outputs.as_of }}"
    build = _steps(workflow, "build")[_index(_steps(workflow, "build"), r"incasso build --production")]
    assert 'echo "as_of=$as_of" >> "$GITHUB_OUTPUT"' in build["run"]


def test_the_workflow_restores_the_whole_previous_output_before_building(workflow):
    steps = _steps(workflow)
    restore = _index(steps, r"restore_internal\.py")
    assert steps[restore]["run"].strip().endswith('restore_internal.py "${GITHUB_REF_NAME}" internal')
    assert steps[restore]["env"] == {"GH_TOKEN": "${{ github.token }}", "GH_REPO": "${{ github.repository }}"}
    assert restore < _index(steps, r"incasso check --ledger") < _index(steps, r"incasso build --production")
    assert workflow["jobs"]["build"]["permissions"]["actions"] == "read"  # to list and download the artifacts
    artifact = _named(steps, r"staff output as a private artifact")
    assert artifact["with"]["include-hidden-files"] is True  # the marker travels with the artifact
    # A rerun of a night that uploaded its artifact (its clean-up failed) is the same run: a name is once per run.
    assert artifact["with"]["overwrite"] is True


def test_check_and_audit_read_the_ledger_cache_the_previous_night_left(workflow):
    """The restored staff output holds last night's ledger cache; the build writes tonight's into it."""
    steps = _steps(workflow)
    restore = _index(steps, r"restore_internal\.py")
    check = _index(steps, r"incasso check --ledger ledger --ledger-cache internal/ledger\.cache")
    audit = _index(steps, r"incasso audit output --ledger ledger .*--ledger-cache internal/ledger\.cache")
    assert restore < check < _index(steps, r"incasso build --production") < audit
    for step in (steps[check], steps[audit]):  # the cache is signed with the build's secret
        assert step["env"]["INCASSO_SECRET"] == "${{ secrets.INCASSO_SECRET }}"


def test_the_check_is_given_the_restored_staff_output_to_see_a_lowered_link_version(workflow):
    """The build refuses a link_version lower than last night's; the check before it says so, at the same line."""
    steps = _steps(workflow)
    check = _index(
        steps, r"incasso check --ledger ledger --ledger-cache internal/ledger\.cache --internal-output internal"
    )
    assert _index(steps, r"restore_internal\.py") < check


def test_the_workflow_refuses_a_public_repository_first(workflow):
    steps = _steps(workflow, "build")
    assert _index(steps, r"--jq \.private") == 0
    assert _index(steps, r"commits/main") == 1  # then a run of an older commit, before anything is read


def test_the_workflow_commands_are_valid(workflow):
    from incasso.cli.main import parser

    commands = re.findall(r"\.venv/bin/incasso ([^\n>|&]+)", _runs(workflow))
    assert len(commands) == 3
    for command in commands:
        command = re.sub(r'"\$(as_of|AS_OF)"', AS_OF.isoformat(), command)
        for rotation in ("--new-secret", ""):  # the by-hand run's input, ticked or not
            parser().parse_args(shlex.split(command.replace("$NEW_SECRET", rotation)))


def test_every_command_prints_the_ledgers_problems_without_the_values_written(workflow):
    """A ledger problem names the value written (a name, an address, an e-mail address), and the log is kept
    longer than the artifact, for everyone who can read the repository: --redact leaves it out (docs/cli.md)."""
    commands = re.findall(r"\.venv/bin/incasso ([^\n>|&]+)", _runs(workflow))
    assert len(commands) == 3
    assert [command for command in commands if "--redact" not in shlex.split(command)] == []


def test_a_changed_secret_is_built_only_from_a_run_by_hand_that_says_so(workflow):
    """A build with another secret than last night's is refused (docs/cli.md): the input lets it through."""
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["workflow_dispatch"]["inputs"]["new_secret"] == {
        "description": "INCASSO_SECRET was changed on purpose (it leaked): every personal link changes",
        "type": "boolean",
        "default": False,
    }
    build = _steps(workflow)[_index(_steps(workflow), r"incasso build --production")]
    assert build["env"]["NEW_SECRET"] == "${{ inputs.new_secret && '--new-secret' || '' }}"
    assert "$NEW_SECRET" in build["run"]
    for script in re.findall(r"\.github/scripts/\S+\.py", _runs(workflow)):
        assert (REPO / script).is_file(), script


# -- pinned, locked, kept apart --------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted((GITHUB / "workflows").glob("*.yml")), ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_tag_beside_it(path):
    uses = re.findall(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", path.read_text(encoding="utf-8"), re.M)
    assert len(uses) >= 1
    for action, comment in uses:
        name, _, ref = action.partition("@")
        assert SHA.fullmatch(ref), f"{action}: pin a full commit SHA, not a tag or branch"
        assert re.fullmatch(r"\s*# v\d+(\.\d+)*", comment), f"{action}: say which release the SHA is"


def test_dependabot_updates_the_pinned_actions():
    config = yaml.safe_load((GITHUB / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"]: update for update in config["updates"]}
    assert ecosystems["github-actions"]["directory"] == "/"


def test_secrets_come_from_the_production_environment(job, workflow):
    assert job["environment"] == "production"
    assert workflow["jobs"]["deploy"]["environment"] == "production"
    assert "environment" not in workflow["jobs"]["report"] and "secrets." not in yaml.safe_dump(
        workflow["jobs"]["report"]
    )
    text = WORKFLOW.read_text(encoding="utf-8")
    assert set(re.findall(r"secrets\.(\w+)", text)) == {
        "INCASSO_SECRET",
        "CLOUDFLARE_API_TOKEN",
        "CLOUDFLARE_ACCOUNT_ID",
    }
    assert "Deployment branches" in text and "`main` only" in text  # the settings it relies on, written down


def test_the_deploy_tool_is_pinned_to_one_version(workflow):
    steps = _steps(workflow)
    deploy = steps[_index(steps, r"cloudflare/wrangler-action@")]
    assert re.fullmatch(r"\d+\.\d+\.\d+", deploy["with"]["wranglerVersion"])


def _locked() -> dict[str, tuple[list[str], str]]:
    """The lock file's packages, each with its hashes and why it is there (pip-compile's "via")."""
    text = LOCK.read_text(encoding="utf-8").replace("\\\n", " ")
    found: dict[str, tuple[list[str], str]] = {}
    name = ""
    for line in text.splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", line)
        if match:
            name = match.group(1).lower().replace("_", "-")
            found[name] = (re.findall(r"--hash=sha256:([0-9a-f]{64})", line), "")
        elif name and line.startswith("    #"):
            found[name] = (found[name][0], found[name][1] + line)
    return found


def _name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9_.-]+", requirement).group().lower().replace("_", "-")


def test_the_lock_file_pins_every_runtime_package_with_hashes_and_no_test_tools():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    locked = _locked()
    assert all(hashes for hashes, _ in locked.values()), [name for name, (hashes, _) in locked.items() if not hashes]
    runtime = {_name(r) for r in project["project"]["dependencies"]}
    assert runtime <= locked.keys(), runtime - locked.keys()
    assert {_name(r) for r in project["build-system"]["requires"]} <= locked.keys()  # built offline
    extras = {_name(r) for group in project["project"]["optional-dependencies"].values() for r in group}
    # No pytest, playwright, ruff... in the nightly run; a test tool that a runtime package
    # needs itself (Pillow, through ReportLab) is there for that package, never for the tests.
    wanted_for_tests = [name for name in extras & locked.keys() if "incasso (pyproject.toml)" in locked[name][1]]
    assert wanted_for_tests == []
    assert {"pytest", "playwright", "hypothesis", "ruff", "mypy"} & locked.keys() == set()


def test_the_locked_versions_are_the_ones_the_package_asks_for():
    """A runtime package's pin in the lock file within pyproject's range: Jinja2's upper bound holds because
    the templating rewrites the code Jinja 3.1 writes (WholeIncludes), and a wheel install must not get 3.2."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    versions = dict(re.findall(r"(?m)^([A-Za-z0-9_.-]+)==(\S+)", LOCK.read_text(encoding="utf-8")))
    locked = {_name(name): version for name, version in versions.items()}
    wanted = {
        _name(requirement.name): requirement for requirement in map(Requirement, project["project"]["dependencies"])
    }
    outside = [
        f"{wanted[name]} (locked {locked[name]})" for name in wanted if locked[name] not in wanted[name].specifier
    ]
    assert outside == []
    assert not wanted["jinja2"].specifier.contains("3.2.0")


@pytest.fixture(scope="module")
def ledger_check() -> dict:
    return yaml.safe_load(LEDGER_CHECK.read_text(encoding="utf-8"))


def test_a_push_that_changes_the_ledger_is_checked_within_minutes_without_a_secret(ledger_check):
    """A typo committed in the morning is found then, not by the night, which would publish nothing."""
    triggers = ledger_check.get("on", ledger_check.get(True))
    # Every branch; a change of the ledger or of anything the build reads with it (s26 finding 6): the code
    # with law/rates.csv and the texts and theme (content/ and theme/ link into src/), both settings, the
    # locked packages, the workflows themselves.
    paths = triggers["push"]["paths"]
    assert set(paths) >= {"ledger/**", "src/**", "pelicanconf.py", "publishconf.py", "requirements/**", "theme"}
    assert {".github/**", "content"} <= set(paths) and "branches" not in triggers["push"]
    for link in ("content", "theme"):
        assert (REPO / link).resolve().is_relative_to(REPO / "src"), link
    assert (REPO / "src" / "incasso" / "law" / "rates.csv").is_file()
    assert ledger_check["permissions"] == {"contents": "read"}
    (job,) = ledger_check["jobs"].values()
    assert "environment" not in job  # the production secrets stay with the nightly run
    text = LEDGER_CHECK.read_text(encoding="utf-8")
    assert "secrets." not in text and "INCASSO_SECRET" not in "".join(s.get("run", "") for s in job["steps"])
    today, tomorrow = re.findall(r"\.venv/bin/incasso ([^\n>|&]+)", "\n".join(s.get("run", "") for s in job["steps"]))
    assert shlex.split(today) == ["check", "--ledger", "ledger", "-q", "--redact"]
    # The nightly run builds as of the next day in Amsterdam (s26 finding 6): some rules depend on the day.
    assert tomorrow == f'{today} --as-of "$(TZ=Europe/Amsterdam date -d tomorrow +%F)"'
    from incasso.cli.main import parser

    for command in (today, tomorrow.replace('"$(TZ=Europe/Amsterdam date -d tomorrow +%F)"', "2026-11-23")):
        parser().parse_args(shlex.split(command))
    second = next(step for step in job["steps"] if "date -d tomorrow" in step.get("run", ""))
    assert second["if"] == "${{ !cancelled() && steps.today.outcome != 'skipped' }}"  # also after today's failed
    checkout = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False
    runs = [step.get("run", "").strip() for step in job["steps"]]
    assert runs.index("make fonts") < runs.index(f".venv/bin/incasso {today}")  # as the build: an address
    # must fit the envelope's window in each font its letter may be drawn in


def test_the_ledger_check_as_of_tomorrow_finds_what_tonights_build_would_refuse(tmp_path):
    """A refund dated tomorrow for more than the credit passes today's check and stops tonight's build."""
    from datetime import timedelta

    from incasso.cli.main import main as incasso

    ledger = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, ledger)
    debtor = ledger / "debtors" / "D-1003.yaml"  # its events are the file's last lines
    tomorrow = AS_OF + timedelta(days=1)
    text = debtor.read_text(encoding="utf-8")
    assert text.rstrip().splitlines()[-1].startswith("    ") and "events:" in text
    refund = f"  - date: {tomorrow.isoformat()}\n    type: refund\n    amount: 500.00\n    by: Marieke\n"
    debtor.write_text(text.rstrip("\n") + "\n" + refund, encoding="utf-8")
    assert incasso(["check", "--ledger", str(ledger), "-q", "--redact", "--as-of", AS_OF.isoformat()]) == 0
    assert incasso(["check", "--ledger", str(ledger), "-q", "--redact", "--as-of", tomorrow.isoformat()]) == 1


def test_the_ledger_check_installs_what_the_nightly_run_installs(workflow, ledger_check):
    def installing(flow: dict) -> list[dict]:
        job = next(iter(flow["jobs"].values()))  # the nightly's: the build job
        return [step for step in job["steps"] if "uses" in step or "--require-hashes" in step.get("run", "")]

    def same(step: dict) -> dict:
        return {key: value for key, value in step.items() if key != "name"}

    assert [same(step) for step in installing(ledger_check)] == [same(step) for step in installing(workflow)][:3]


def test_the_nightly_installs_the_lock_file_with_hashes_and_caches_it(workflow):
    steps = _steps(workflow)
    install = steps[_index(steps, r"--require-hashes")]["run"]
    assert "--require-hashes --no-deps -r requirements/nightly.txt" in install
    assert "--no-deps --no-build-isolation --no-index ." in install
    # No test extras: no `pip install .[test]`, and no make target that sets up the development venv.
    assert ".[test" not in _runs(workflow)
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"^\s*make (\S+)", _runs(workflow), re.M):
        (rule,) = re.findall(rf"^{re.escape(target)}:(.*)$", makefile, re.M)
        assert "$(STAMP)" not in rule, f"make {target} installs the development venv"
    python = steps[_index(steps, r"actions/setup-python@")]["with"]
    assert (python["cache"], python["cache-dependency-path"]) == ("pip", "requirements/nightly.txt")


# -- what the summary and the alert may say -------------------------------------------------------


def test_nothing_but_the_summary_script_writes_the_job_summary(workflow):
    writers = [s for s in _steps(workflow) if "GITHUB_STEP_SUMMARY" in s.get("run", "")]
    assert len(writers) == 1
    assert re.fullmatch(
        r'\.venv/bin/python \.github/scripts/nightly_summary\.py output internal "\$AUDIT" >> "\$GITHUB_STEP_SUMMARY"',
        writers[0]["run"].strip(),
    )


def _debtor_words(ledger_dir: Path) -> set[str]:
    ledger = load_ledger(ledger_dir)
    found = set()
    for debtor in ledger.debtors:
        found |= {debtor.id, debtor.name, *(i.number for i in debtor.invoices)}
        found |= {text for text in (debtor.contact.person, debtor.contact.email, debtor.contact.phone) if text}
    return found


@pytest.mark.parametrize("ledger", [DEMO_LEDGER, PRIVACY_LEDGER], ids=["demo", "privacy"])
def test_the_summary_holds_counts_and_no_debtor_data(tmp_path, ledger):
    first = build_site(tmp_path, ledger=ledger)
    assert first.exit_code == 0 and build_site(tmp_path, ledger=ledger, as_of=AS_OF.replace(day=30)).exit_code == 0
    done = subprocess.run(
        [
            sys.executable,
            str(GITHUB / "scripts" / "nightly_summary.py"),
            str(first.output),
            str(first.internal),
            "success",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = done.stdout
    assert re.search(r"statement pages built: \d+", summary) and "open claims by stage: " in summary
    assert "changes since the previous night: " in summary
    leaked = [word for word in _debtor_words(ledger) if word.casefold() in summary.casefold()]
    assert leaked == []
    assert not re.search(r"\d[.,]\d\d\b|EUR|€", summary)  # no amount
    assert not re.search(r"s/[a-z2-7]{32}|[a-z2-7]{32}", summary)  # no link


def _summary(output: Path, internal: Path, limit: str | None) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin"} | ({"PAGES_FILE_LIMIT": limit} if limit is not None else {})
    script = GITHUB / "scripts" / "nightly_summary.py"
    return subprocess.run(
        [sys.executable, str(script), str(output), str(internal), "success"], env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(("limit", "warned"), [("30", True), ("29", True), ("40", False), ("", False), (None, False)])
def test_the_summary_warns_when_the_public_output_nears_the_hosts_file_limit(tmp_path, limit, warned):
    """s26 finding 8: Cloudflare Pages takes so many files per deployment (20,000 on the Free plan); past it every
    deploy fails. From 80 % the summary says so, and the run shows a warning. 24 files here: 80 % of 30."""
    internal = tmp_path / "internal"
    internal.mkdir()
    (internal / "claims.json").write_text(json.dumps({"as_of": "2026-11-22", "stages": {}, "claims": []}))
    output = tmp_path / "output"
    for n in range(20):
        (output / "s" / f"token{n}").mkdir(parents=True)
        (output / "s" / f"token{n}" / "index.html").write_text("page")
    for name in ("404.html", "robots.txt", "_headers", ".incasso-output"):
        (output / name).write_text("x")
    done = _summary(output, internal, limit)
    assert done.returncode == 0, done.stderr
    if warned:
        share = f"{24 / int(limit):.0%}"
        assert (
            f"- **warning**: the public output holds 24 files, {share} of the {limit} a deployment may hold"
            in done.stdout
        )
        assert done.stderr.startswith("::warning::the public output holds 24 files")
    else:
        assert "warning" not in done.stdout and done.stderr == ""


def _output_of(tmp_path: Path, files: int) -> tuple[Path, Path]:
    internal = tmp_path / "internal"
    internal.mkdir()
    (internal / "claims.json").write_text(json.dumps({"as_of": "2026-11-22", "stages": {}, "claims": []}))
    output = tmp_path / "output"
    output.mkdir()
    for n in range(files):
        (output / f"page{n}.html").write_text("page")
    return output, internal


@pytest.mark.parametrize("limit", ["1.000", "1 000", "1,000", "1\u00a0000", " 1000 "])
def test_a_file_limit_with_thousands_separators_is_read_as_meant(tmp_path, limit):
    """Review s27, 2: `int("100.000")` was a traceback that failed the build job, so nothing went online.
    800 files: 80 % of 1,000, warned only when the limit was read as 1,000."""
    output, internal = _output_of(tmp_path, 800)
    done = _summary(output, internal, limit)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("::warning::the public output holds 800 files, 80% of the 1,000 a deployment")


@pytest.mark.parametrize("limit", ["100k", "1.5", "100.00", "1.000 000", "0", "-5", "twintig", "100000\n::error::x"])
def test_a_file_limit_that_is_no_number_warns_and_takes_the_free_plans(tmp_path, limit):
    output, internal = _output_of(tmp_path, 16)
    done = _summary(output, internal, limit)
    assert done.returncode == 0, done.stderr
    assert "- statement pages built: 0" in done.stdout
    assert done.stderr.splitlines() == [  # one line: a line break in the value starts no workflow command
        f"::warning::the repository variable CLOUDFLARE_PAGES_FILE_LIMIT holds {json.dumps(limit)}, not a number "
        "of files: the Free plan's 20,000 is used. Write the plan's limit in digits (100000), or delete the "
        "variable on the Free plan (Settings > Secrets and variables > Actions > Variables; README, Hosting)"
    ]


def test_the_summary_takes_the_plans_file_limit_from_a_repository_variable(workflow):
    step = _steps(workflow, "build")[_index(_steps(workflow, "build"), r"nightly_summary\.py")]
    assert step["env"]["PAGES_FILE_LIMIT"] == "${{ vars.CLOUDFLARE_PAGES_FILE_LIMIT }}"
    # A summary never decides whether the pages go online: its failure leaves the job a success.
    assert step["continue-on-error"] is True
    assert "CLOUDFLARE_PAGES_FILE_LIMIT" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_failure_alert_carries_a_fixed_text_and_the_run_address(workflow):
    report = workflow["jobs"]["report"]
    # Whatever became of the build and the deploy: failed, cancelled by hand or at the timeout, or skipped.
    assert report["needs"] == ["build", "deploy"] and report["if"] == "${{ always() }}"
    # A step without a status function would be skipped after a failure or a cancel: none is left without one.
    for step in report["steps"]:
        assert re.search(r"always\(\)|failure\(\)|success\(\)", step.get("if", "")), step["name"]
    alert = _named(report["steps"], r"^Alert that the night failed$")
    condition = alert["if"].replace(" ", "")
    assert condition.startswith("${{") and "failure()" in condition and "cancelled()" in condition
    assert "needs.build.result!='success'" in condition and "needs.deploy.result!='success'" in condition
    text = alert["run"] + json.dumps(alert.get("env", {}))
    expressions = set(re.findall(r"\$\{\{\s*([^}]+?)\s*\}\}", text))
    allowed = {
        "github.token",
        "github.repository",
        "github.server_url",
        "github.run_id",
        "needs.deploy.outputs.published",
        "steps.mark.outputs.marked == 'true' && steps.keep.outcome == 'success'",
    }
    assert expressions <= allowed, expressions
    # Review s27, 12: the alert says NIET-GEPUBLICEERD.txt is there only when it was written and kept.
    assert alert["env"]["MARKED"] == "${{ steps.mark.outputs.marked == 'true' && steps.keep.outcome == 'success' }}"
    assert _named(report["steps"], r"marked staff output")["id"] == "keep"
    assert alert["run"].strip() == "python3 .github/scripts/night_alert.py failed"
    assert report["permissions"]["issues"] == "write"
    assert "issues" not in workflow["permissions"]  # only the report job may write issues
    for name in ("build", "deploy"):
        assert "issues" not in workflow["jobs"][name]["permissions"]
    close = _named(report["steps"], r"^Close the alert")
    assert close["if"].replace(" ", "") == (
        "${{success()&&needs.build.result=='success'&&needs.deploy.result=='success'}}"
    )
    assert close["run"].strip() == "python3 .github/scripts/night_alert.py recovered"
    assert workflow["jobs"]["deploy"]["outputs"]["published"] == "${{ steps.deploy.outcome }}"


# -- deleting old deployments -----------------------------------------------------------------


class FakePages(BaseHTTPRequestHandler):
    """Answers as the Cloudflare API's Pages deployments endpoints do: a paged list, and delete."""

    deployments: list[str] = []
    deleted: list[tuple[str, str]] = []
    failing: set[str] = set()
    per_page_seen: set[str] = set()

    def log_message(self, *args) -> None:
        pass

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        assert parts.path == "/client/v4/accounts/acc/pages/projects/statements/deployments"
        assert self.headers["Authorization"] == "Bearer token-x"
        query = parse_qs(parts.query)
        page, per_page = int(query["page"][0]), int(query["per_page"][0])
        items = self.deployments[(page - 1) * per_page : page * per_page]
        pages = -(-len(self.deployments) // per_page)
        info = {"page": page, "per_page": per_page, "total_count": len(self.deployments), "total_pages": pages}
        self._answer(200, {"success": True, "errors": [], "result": [{"id": d} for d in items], "result_info": info})

    def do_DELETE(self) -> None:
        parts = urlsplit(self.path)
        deployment = parts.path.rsplit("/", 1)[1]
        if deployment in self.failing:
            self._answer(400, {"success": False, "errors": [{"code": 8000034, "message": "cannot delete"}]})
            return
        FakePages.deleted.append((deployment, parse_qs(parts.query)["force"][0]))
        self._answer(200, {"success": True, "errors": [], "result": None})


@pytest.fixture
def fake_api():
    FakePages.deployments = [f"dep-{n:02d}" for n in range(60)]
    FakePages.deleted, FakePages.failing = [], set()
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakePages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/client/v4"
    finally:
        server.shutdown()
        server.server_close()


def prune(api: str, keep: str) -> subprocess.CompletedProcess:
    env = {
        "CLOUDFLARE_API_TOKEN": "token-x",
        "CLOUDFLARE_ACCOUNT_ID": "acc",
        "CLOUDFLARE_PAGES_PROJECT": "statements",
        "CLOUDFLARE_API": api,
        "KEEP": keep,
        "PATH": "/usr/bin:/bin",
    }
    script = GITHUB / "scripts" / "prune_deployments.py"
    return subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)


def test_every_deployment_but_tonights_is_deleted_over_every_page_of_the_list(fake_api):
    done = prune(fake_api, "dep-00")
    assert done.returncode == 0, done.stderr
    assert sorted(d for d, _ in FakePages.deleted) == [f"dep-{n:02d}" for n in range(1, 60)]
    assert {force for _, force in FakePages.deleted} == {"true"}  # aliased previews go too
    assert done.stdout.strip() == "kept deployment dep-00; deleted 59 earlier deployments; 0 failed"


@pytest.mark.parametrize("keep", ["", "dep-unknown"], ids=["no id", "an id not in the project"])
def test_nothing_is_deleted_when_tonights_deployment_is_not_known(fake_api, keep):
    done = prune(fake_api, keep)
    assert done.returncode != 0 and FakePages.deleted == []
    assert "refused: the deployment to keep" in done.stderr


def test_a_deletion_that_fails_fails_the_step_after_the_others(fake_api):
    FakePages.failing = {"dep-07"}
    done = prune(fake_api, "dep-00")
    assert done.returncode == 1
    assert len(FakePages.deleted) == 58 and "could not delete deployment dep-07" in done.stderr


# What `incasso build` prints on stdout: the status lines (counts and paths) and the change list (names, amounts).
BUILD_STDOUT = """\
note: 1 payment the last build counted is gone (D-1003): removed or corrected in a debtor file
Changes since the build as of 2026-11-21: newly due 1, payments gone 1; listed for staff in internal/changes.md.
  - D-1003 M. de Vries: EUR 189,52 open again
Ledger cache not used: internal/ledger.cache is not signed with this build's secret (or was changed since).
Statement pages (public): 14 in output/s/<token>/index.html
Staff overview (internal, never publish): internal/index.html
"""


def _run_step(step: dict, tmp_path: Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """A step's shell as the runner runs it (bash -eo pipefail, no profile), in `cwd`."""
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=cwd,
        env={"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("exit_code", [0, 1], ids=["built", "failed"])
def test_the_builds_counts_and_notes_reach_the_log_and_its_change_list_does_not(workflow, tmp_path, exit_code):
    """s26 finding 10: the lines with counts and paths only (a first build, an unreadable claims.json, a
    ledger cache not used) reach the log, and the notes do also when the build fails; names never."""
    build = _steps(workflow, "build")[_index(_steps(workflow, "build"), r"incasso build --production")]
    checkout = tmp_path / "checkout"
    (checkout / ".venv" / "bin").mkdir(parents=True)
    fake = checkout / ".venv" / "bin" / "incasso"
    fake.write_text(f"#!/bin/sh\ncat <<'END'\n{BUILD_STDOUT}END\nexit {exit_code}\n", encoding="utf-8")
    fake.chmod(0o755)
    (tmp_path / "bin").mkdir()
    runner = tmp_path / "runner"
    runner.mkdir()
    env = {"RUNNER_TEMP": str(runner), "GITHUB_ENV": str(tmp_path / "env"), "GITHUB_OUTPUT": str(tmp_path / "out")}
    done = _run_step(build, tmp_path, {**env, "NEW_SECRET": ""}, checkout)
    assert done.returncode == exit_code, done.stderr  # the build's failure stays the step's
    assert done.stdout.splitlines() == [
        line for line in BUILD_STDOUT.splitlines() if not line.startswith(("  - ", "Staff"))
    ]
    assert "de Vries" not in done.stdout and "189" not in done.stdout
    assert list(runner.iterdir()) == []  # the change list is not left on the runner
    assert (tmp_path / "out").read_text(encoding="utf-8").startswith("as_of=")


# -- refusing an older night -----------------------------------------------------------------------

FAKE_GH_ANSWERS = """#!{python}
# Answers as `gh` does, from a JSON list of (arguments it starts with, what it prints, its exit code, a folder
# to copy for `run download`); logs each call.
import json, os, shutil, sys

args = sys.argv[1:]
with open(os.environ["FAKE_GH_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
for answer in json.load(open(os.environ["FAKE_GH_ANSWERS"], encoding="utf-8")):
    if args[: len(answer["args"])] == answer["args"]:
        if answer.get("copy"):
            shutil.copytree(answer["copy"], args[args.index("--dir") + 1], dirs_exist_ok=True)
        sys.stdout.write(answer.get("out", ""))
        sys.exit(answer.get("rc", 0))
sys.exit(f"the fake gh does not know {{args}}")
"""


def _fake_gh(tmp_path: Path, answers: list[dict]) -> dict[str, str]:
    """A `gh` on PATH (tmp_path/bin) that answers `answers`; the environment it needs."""
    tools = tmp_path / "bin"
    tools.mkdir(exist_ok=True)
    (tools / "gh").write_text(FAKE_GH_ANSWERS.format(python=sys.executable), encoding="utf-8")
    (tools / "gh").chmod(0o755)
    (tmp_path / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
    return {
        "FAKE_GH_ANSWERS": str(tmp_path / "answers.json"),
        "FAKE_GH_LOG": str(tmp_path / "gh.log"),
        "GH_TOKEN": "token-x",
        "GH_REPO": "acme/incasso",
        "GITHUB_REPOSITORY": "acme/incasso",
        "GITHUB_RUN_ID": "1003",
    }


def _gh_calls(tmp_path: Path) -> list[list[str]]:
    log = tmp_path / "gh.log"
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.is_file() else []


@pytest.mark.parametrize("head", ["a" * 40, "b" * 40], ids=["main's newest", "an older commit"])
def test_a_run_of_an_older_commit_than_mains_newest_builds_nothing(workflow, tmp_path, head):
    """s26 finding 2: a Re-run of an older night runs its commit: that ledger, as of today, would take back
    the payments recorded since. It is refused, before anything is read, with what to do instead."""
    step = _named(_steps(workflow, "build"), r"older commit")
    env = _fake_gh(tmp_path, [{"args": ["api", "repos/acme/incasso/commits/main"], "out": "a" * 40 + "\n"}])
    done = _run_step(step, tmp_path, {**env, "GITHUB_SHA": head}, tmp_path)
    if head == "a" * 40:
        assert done.returncode == 0, done.stdout + done.stderr
    else:
        assert done.returncode == 1
        assert "refused: this run builds commit bbbbbbbbbbbb, but main is at aaaaaaaaaaaa now" in done.stdout
        assert "start a new run with Run workflow" in done.stdout and "Re-run" in done.stdout


@pytest.mark.parametrize("newest", ["1003", "1004"], ids=["this run", "a newer run"])
def test_the_deploy_of_an_older_run_never_replaces_a_newer_nights_pages(workflow, tmp_path, newest):
    step = _named(_steps(workflow, "deploy"), r"newer night")
    env = _fake_gh(
        tmp_path, [{"args": ["run", "list", "--workflow", "nightly.yml", "--branch", "main"], "out": newest}]
    )
    done = _run_step(step, tmp_path, env, tmp_path)
    assert done.returncode == (0 if newest == "1003" else 1), done.stdout
    if newest != "1003":
        assert "refused: run 1004 is newer than this one (1003)" in done.stdout
    deploy = _steps(workflow, "deploy")
    assert deploy.index(step) < _index(deploy, r"gh run download")


# -- a night that did not publish: the staff output says so ----------------------------------------------


def _checkout_with_scripts(tmp_path: Path) -> Path:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / ".github").symlink_to(GITHUB)
    (tmp_path / "bin").mkdir(exist_ok=True)
    (tmp_path / "bin" / "python3").symlink_to(sys.executable)  # the runner's python3
    return checkout


def test_the_staff_output_of_a_night_that_did_not_publish_says_so_inside(workflow, tmp_path):
    """s26 finding 1: after a failed audit or deploy, the staff output carries NIET-GEPUBLICEERD.txt (Dutch and
    English: hold the letters), uploaded in place of the unmarked one; tomorrow's restore takes it out."""
    report = _steps(workflow, "report")
    mark = _named(report, r"^Mark the staff output")
    assert mark["if"] == "${{ always() && needs.deploy.outputs.published != 'success' }}"
    checkout = _checkout_with_scripts(tmp_path)
    kept = _staff_output(tmp_path / "kept", "tonight")
    newest = {"args": ["run", "list", "--workflow", "nightly.yml", "--branch", "main"], "out": "1003\n"}
    download = {"args": ["run", "download", "1003", "--name", "internal"], "copy": str(kept)}
    env = _fake_gh(tmp_path, [newest, download])
    runner = tmp_path / "runner"
    runner.mkdir()
    env |= {"RUNNER_TEMP": str(runner), "GITHUB_OUTPUT": str(tmp_path / "out")}
    done = _run_step(mark, tmp_path, env, checkout)
    assert done.returncode == 0, done.stderr
    text = (checkout / "internal" / "NIET-GEPUBLICEERD.txt").read_text(encoding="utf-8")
    assert "NIET GEPUBLICEERD" in text and "NOT PUBLISHED" in text and "Houd de brieven" in text
    assert "Hold today's letters" in text
    assert _restored(checkout) == "tonight" and (tmp_path / "out").read_text() == "marked=true\n"
    upload = _named(report, r"marked staff output")
    assert upload["if"] == "${{ always() && steps.mark.outputs.marked == 'true' }}"
    assert upload["with"] | {"retention-days": 7} == _named(_steps(workflow, "build"), r"staff output as a")["with"]


@pytest.mark.parametrize("why", ["kept none", "a newer run"])
def test_a_night_that_kept_no_staff_output_or_an_older_one_is_not_marked(workflow, tmp_path, why):
    """Uploading an older run's staff output again would make it the newest, the one tomorrow restores."""
    mark = _named(_steps(workflow, "report"), r"^Mark the staff output")
    checkout = _checkout_with_scripts(tmp_path)
    newest = "1003" if why == "kept none" else "1004"
    kept = _staff_output(tmp_path / "kept", "tonight")
    answers = [{"args": ["run", "list", "--workflow", "nightly.yml", "--branch", "main"], "out": newest}]
    answers.append(
        {"args": ["run", "download"], "rc": 1}
        if why == "kept none"
        else {"args": ["run", "download"], "copy": str(kept)}
    )
    env = _fake_gh(tmp_path, answers)
    (tmp_path / "runner").mkdir()
    env |= {"RUNNER_TEMP": str(tmp_path / "runner"), "GITHUB_OUTPUT": str(tmp_path / "out")}
    done = _run_step(mark, tmp_path, env, checkout)
    assert done.returncode == 0 and not (checkout / "internal").exists() and not (tmp_path / "out").exists()
    if why == "a newer run":
        assert "Run 1004 is newer than this one" in done.stdout
        assert [call[:2] for call in _gh_calls(tmp_path)] == [["run", "list"]]


# -- the alert issue: opened, commented on, closed ------------------------------------------------------

OPEN_ISSUE = {"args": ["issue", "list"], "out": json.dumps([{"number": 7, "title": "Nightly publication failed"}])}
NO_ISSUE = {"args": ["issue", "list"], "out": "[]"}
ANY = [{"args": ["issue", "comment"]}, {"args": ["issue", "create"]}, {"args": ["issue", "close"]}]


def _alert(tmp_path: Path, answers: list[dict], *args: str, **env: str) -> subprocess.CompletedProcess:
    checkout = _checkout_with_scripts(tmp_path)
    environment = _fake_gh(tmp_path, answers + ANY) | {"RUN_URL": "https://github.com/acme/incasso/actions/runs/1003"}
    return subprocess.run(
        ["python3", ".github/scripts/night_alert.py", *args],
        cwd=checkout,
        env={"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", **environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_failed_night_opens_the_issue_and_a_second_comments_on_it(tmp_path):
    done = _alert(tmp_path, [NO_ISSUE], "failed", PUBLISHED="")
    assert done.returncode == 0, done.stderr
    created = [call for call in _gh_calls(tmp_path) if call[:2] == ["issue", "create"]]
    assert created and created[0][created[0].index("--title") + 1] == "Nightly publication failed"
    body = created[0][created[0].index("--body") + 1]
    assert "actions/runs/1003" in body and "hold the letters" in body and "earlier night's" in body


@pytest.mark.parametrize("marked", ["true", "false", ""])
def test_the_alert_says_the_staff_output_is_marked_only_when_it_is(tmp_path, marked):
    """Review s27, 12: a newer run, a night without staff output or a failed upload leaves it unmarked."""
    done = _alert(tmp_path, [NO_ISSUE], "failed", PUBLISHED="failure", MARKED=marked)
    assert done.returncode == 0, done.stderr
    (created,) = [call for call in _gh_calls(tmp_path) if call[:2] == ["issue", "create"]]
    body = created[created.index("--body") + 1]
    assert "Staff: hold the letters of this run's staff output" in body
    if marked == "true":
        assert "(it holds NIET-GEPUBLICEERD.txt)" in body and "not marked" not in body
    else:
        assert "if it kept one: it was not marked with NIET-GEPUBLICEERD.txt (the run's log says why)" in body
        assert "it holds" not in body


def test_a_night_whose_clean_up_alone_failed_says_the_site_is_tonights(tmp_path):
    done = _alert(tmp_path, [OPEN_ISSUE], "failed", PUBLISHED="success")
    assert done.returncode == 0, done.stderr
    (comment,) = [call for call in _gh_calls(tmp_path) if call[:2] == ["issue", "comment"]]
    assert comment[2] == "7" and "the site online is tonight's" in comment[comment.index("--body") + 1]


def test_a_good_night_closes_the_open_alert_saying_which_run_mended_it(tmp_path):
    """s26 finding 3: an open issue means it is still broken."""
    done = _alert(tmp_path, [OPEN_ISSUE], "recovered")
    assert done.returncode == 0, done.stderr
    (closed,) = [call for call in _gh_calls(tmp_path) if call[:2] == ["issue", "close"]]
    assert closed[2] == "7" and "actions/runs/1003" in closed[closed.index("--comment") + 1]
    assert done.stdout.strip() == "closed issue 7"


def test_a_good_night_without_an_open_alert_changes_nothing(tmp_path):
    done = _alert(tmp_path, [NO_ISSUE], "recovered")
    assert done.returncode == 0 and [c[:2] for c in _gh_calls(tmp_path)] == [["issue", "list"]]


# -- the morning watch: a night that never ran ---------------------------------------------------------


def _night_alert():
    sys.path.insert(0, str(GITHUB / "scripts"))
    try:
        import night_alert
    finally:
        sys.path.remove(str(GITHUB / "scripts"))
    return night_alert


def _listed(created: str, status: str = "completed", conclusion: str = "success") -> dict:
    return {"databaseId": 1003, "createdAt": created, "status": status, "conclusion": conclusion, "url": "u"}


@pytest.mark.parametrize(
    ("runs", "said"),
    [
        ([_listed("2026-12-03T02:17:05Z")], None),
        (
            [_listed("2026-12-01T02:17:05Z")],
            "no nightly run started on 2026-12-03: the newest is run 1003 (u) of 2026-12-01",
        ),
        ([_listed("2026-12-02T14:00:00Z")], "no nightly run started on 2026-12-03"),  # a run by hand yesterday
        ([], "no nightly run on main was found"),
        ([_listed("2026-12-03T02:17:05Z", "in_progress", "")], "tonight's run 1003 (u) has not finished (in_progress)"),
        ([_listed("2026-12-03T02:17:05Z", conclusion="cancelled")], "tonight's run 1003 (u) ended as cancelled"),
        ([_listed("2026-12-02T23:30:00Z")], None),  # 00:30 in Amsterdam: today's day already
    ],
    ids=[
        "tonight's succeeded",
        "none for two days",
        "only yesterday's",
        "none ever",
        "running",
        "cancelled",
        "after midnight",
    ],
)
def test_the_watch_says_what_is_wrong_with_tonights_night(runs, said):
    from datetime import UTC, datetime

    verdict = _night_alert().verdict(runs, datetime(2026, 12, 3, 5, 30, tzinfo=UTC))
    assert verdict == said if said is None else verdict.startswith(said), verdict


def test_the_watch_opens_the_issue_when_no_run_started_today(tmp_path):
    listed = {
        "args": ["run", "list", "--workflow", "nightly.yml", "--branch", "main"],
        "out": json.dumps([_listed("2020-01-01T02:17:00Z")]),
    }
    done = _alert(tmp_path, [listed, NO_ISSUE], "watch")
    assert done.returncode == 0, done.stderr
    (created,) = [call for call in _gh_calls(tmp_path) if call[:2] == ["issue", "create"]]
    assert "no nightly run started on" in created[created.index("--body") + 1]


def test_the_watch_runs_each_morning_after_the_night_with_no_secret():
    watch = yaml.safe_load(WATCH.read_text(encoding="utf-8"))
    triggers = watch.get("on", watch.get(True))
    nightly = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    minute, hour = (int(part) for part in triggers["schedule"][0]["cron"].split()[:2])
    night_minute, night_hour = (int(part) for part in nightly[True]["schedule"][0]["cron"].split()[:2])
    assert 2 * 60 <= (hour * 60 + minute) - (night_hour * 60 + night_minute) <= 4 * 60  # hours after, same day
    assert watch["permissions"] == {"contents": "read", "actions": "read", "issues": "write"}
    assert "secrets." not in WATCH.read_text(encoding="utf-8")
    (job,) = watch["jobs"].values()
    assert job["steps"][-1]["run"].strip() == "python3 .github/scripts/night_alert.py watch"
    assert job["steps"][0]["with"]["sparse-checkout"] == ".github/scripts/night_alert.py"


# -- the test suite in CI ------------------------------------------------------------------------------


def test_a_push_or_pull_request_to_main_runs_the_whole_test_suite():
    """s26 finding 7: README says CI runs .ci/run; this workflow is that CI."""
    tests = yaml.safe_load(TESTS.read_text(encoding="utf-8"))
    triggers = tests.get("on", tests.get(True))
    assert triggers["push"] == {"branches": ["main"]} and triggers["pull_request"] == {"branches": ["main"]}
    (job,) = tests["jobs"].values()
    assert job["steps"][-1]["run"].strip() == ".ci/run" and tests["permissions"] == {"contents": "read"}
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "CI (`.github/workflows/test.yml`) runs `.ci/run`" in (REPO / "README.md").read_text(encoding="utf-8")


# -- putting back the staff output of the newest night that kept one ---------------------------------

FAKE_GH = """#!{python}
# Answers as `gh` does, from a JSON file of runs, artifacts and what each run's artifact holds.
import json, os, shutil, sys

world = json.load(open(os.environ["FAKE_GH_WORLD"], encoding="utf-8"))
args = sys.argv[1:]
if args[0] == "api" and "/actions/artifacts?" in args[1]:
    assert "name=internal" in args[1], args
    print(json.dumps({{"total_count": len(world["artifacts"]), "artifacts": world["artifacts"]}}))
elif args[0] == "api" and "/actions/runs/" in args[1]:
    print(json.dumps(world["runs"][args[1].rsplit("/", 1)[1]]))
elif args[:2] == ["run", "download"]:
    held = world["held"].get(args[2])
    if held is None:
        sys.exit("error downloading internal: HTTP 500")
    shutil.copytree(held, args[args.index("--dir") + 1], dirs_exist_ok=True)
elif args[:2] == ["run", "list"]:  # `--status success --limit 1 --json databaseId --jq ...`: the id alone
    status = args[args.index("--status") + 1]
    runs = [r for r in world["runs"].values() if r["status"] == "completed" and status in ("completed", r["conclusion"])]
    print(max(runs, key=lambda r: r["created_at"])["id"] if runs else "")
else:
    sys.exit(f"the fake gh does not know {{args}}")
"""


def _night(number: int, conclusion: str, *, path: str = ".github/workflows/nightly.yml", branch: str = "main"):
    """A nightly run of December `number`, completed with `conclusion`."""
    return {
        "id": 1000 + number,
        "path": path,
        "head_branch": branch,
        "status": "completed",
        "conclusion": conclusion,
        "created_at": f"2026-12-{number:02d}T02:17:00Z",
    }


def _kept(run: dict, *, expired: bool = False) -> dict:
    """The internal artifact `run` uploaded, as the GitHub API lists it."""
    uploaded = run["created_at"].replace("T02:17", "T02:31")
    return {
        "id": 5000 + run["id"],
        "name": "internal",
        "expired": expired,
        "created_at": uploaded,
        "workflow_run": {"id": run["id"], "head_branch": run["head_branch"]},
    }


A_RECORD = '{"as_of": "2026-11-22", "built": "2026-11-22T03:00:00+01:00", "format": "incasso-build", "links": "f", "version": 1}'


def _staff_output(folder: Path, night: str, *, whole: bool | str = True) -> Path:
    """What a night's internal artifact holds: the build's marker, build.json and claims.json."""
    from incasso.audit.tree import MARKER, MARKER_TEXT

    folder.mkdir(parents=True)
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (folder / "claims.json").write_text(json.dumps({"night": night}), encoding="utf-8")
    if whole is True:
        (folder / "build.json").write_text(A_RECORD, encoding="utf-8")
    elif whole:  # a build.json there, but this
        (folder / "build.json").write_text(whole, encoding="utf-8")
    return folder


def restore_step(workflow: dict, tmp_path: Path, runs: list[dict], artifacts: list[dict], held: dict[int, Path]):
    """Run the workflow's restore step as the runner does (bash -eo pipefail, in the checkout), with a `gh`
    that answers from `runs` and `artifacts`; return what it did and the checkout."""
    checkout = tmp_path / "checkout"
    (checkout / ".venv" / "bin").mkdir(parents=True)
    python = checkout / ".venv" / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} "$@"\n', encoding="utf-8")
    (checkout / ".github").symlink_to(GITHUB)
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "gh").write_text(FAKE_GH.format(python=sys.executable), encoding="utf-8")
    for script in (python, tools / "gh"):
        script.chmod(0o755)
    world = tmp_path / "world.json"
    states = {str(run): str(folder) for run, folder in held.items()}
    world.write_text(json.dumps({"runs": {str(r["id"]): r for r in runs}, "artifacts": artifacts, "held": states}))
    steps = _steps(workflow)
    step = steps[_index(steps, r"restore_internal\.py")]
    env = {
        "PATH": f"{tools}:/usr/bin:/bin",
        "GH_TOKEN": "token-x",
        "GH_REPO": "acme/incasso",
        "GITHUB_REF_NAME": "main",
        "FAKE_GH_WORLD": str(world),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
    }
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done, checkout


def _restored(checkout: Path) -> str | None:
    claims = checkout / "internal" / "claims.json"
    return json.loads(claims.read_text(encoding="utf-8"))["night"] if claims.is_file() else None


def test_the_newest_staff_output_is_restored_also_from_a_night_that_failed_after_keeping_it(workflow, tmp_path):
    """Night 2 built and uploaded, then its clean-up failed; night 3 failed before its build. Staff worked
    from night 2's letters: tonight compares with its record, not with night 1's (the last success), which
    would confirm night 2's promises again, and after a rotation on night 2 refuse every night."""
    one, two, three = _night(1, "success"), _night(2, "failure"), _night(3, "failure")
    held = {one["id"]: _staff_output(tmp_path / "a1", "one"), two["id"]: _staff_output(tmp_path / "a2", "two")}
    done, checkout = restore_step(workflow, tmp_path, [one, two, three], [_kept(two), _kept(one)], held)
    assert done.returncode == 0, done.stderr
    assert _restored(checkout) == "two"
    assert done.stdout.strip() == "restored the staff output of run 1002 (failure)"
    assert sorted(p.name for p in checkout.iterdir()) == [".github", ".venv", "internal"]  # no download left


def test_an_artifact_of_another_branch_or_workflow_or_one_expired_is_not_restored(workflow, tmp_path):
    one = _night(1, "success")
    branch, other, gone = (
        _night(2, "success", branch="try-out"),
        _night(3, "success", path=".github/x.yml"),
        _night(4, "cancelled"),
    )
    artifacts = [_kept(gone, expired=True), _kept(other), _kept(branch), _kept(one)]
    held = {run["id"]: _staff_output(tmp_path / str(run["id"]), str(run["id"])) for run in (one, branch, other, gone)}
    done, checkout = restore_step(workflow, tmp_path, [one, branch, other, gone], artifacts, held)
    assert done.returncode == 0, done.stderr
    assert _restored(checkout) == "1001"


def test_the_mark_of_a_night_that_did_not_publish_is_not_restored(workflow, tmp_path):
    """NIET-GEPUBLICEERD.txt is for staff: tonight's build would refuse a file no build wrote."""
    one = _night(1, "failure")
    kept = _staff_output(tmp_path / "a1", "one")
    (kept / "NIET-GEPUBLICEERD.txt").write_text("hold the letters", encoding="utf-8")
    done, checkout = restore_step(workflow, tmp_path, [one], [_kept(one)], {one["id"]: kept})
    assert done.returncode == 0, done.stderr
    assert _restored(checkout) == "one" and not (checkout / "internal" / "NIET-GEPUBLICEERD.txt").exists()


def test_the_first_night_starts_fresh(workflow, tmp_path):
    done, checkout = restore_step(workflow, tmp_path, [_night(1, "failure")], [], {})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no previous staff output: the change list starts fresh tonight"
    assert not (checkout / "internal").exists()


@pytest.mark.parametrize("newest", ["not whole", "garbled", "no links", "not a build's", "no day", "not downloaded"])
def test_a_newest_staff_output_that_cannot_be_put_back_stops_the_night_rather_than_an_older_one(
    workflow, tmp_path, newest
):
    one, two = _night(1, "success"), _night(2, "success")
    held = {one["id"]: _staff_output(tmp_path / "a1", "one")}
    if newest != "not downloaded":
        record = {
            "not whole": False,
            "garbled": "{",
            "no links": A_RECORD.replace('"links": "f", ', ""),
            "not a build's": '{"as_of": "2026-11-22", "links": "f"}',  # as the build reads it (read_record)
            "no day": A_RECORD.replace('"as_of": "2026-11-22"', '"as_of": "gisteren"'),
        }[newest]
        held[two["id"]] = _staff_output(tmp_path / "a2", "two", whole=record)
    done, checkout = restore_step(workflow, tmp_path, [one, two], [_kept(two), _kept(one)], held)
    assert done.returncode != 0
    assert done.stderr.startswith("refused: the staff output of run 1002 (success), the newest, ")
    if newest == "not whole":
        assert "is not whole: it has no build.json." in done.stderr
    elif newest != "not downloaded":  # tonight's build could not check its secret against it
        assert "is not whole: it has no build.json that can be read (with as_of and links)" in done.stderr
    assert "nothing was restored. Rerun the night (Re-run if nothing was pushed to main since, else Run workflow)" in (
        done.stderr
    )
    assert sorted(p.name for p in checkout.iterdir()) == [".github", ".venv"]


# -- a fresh machine -----------------------------------------------------------------------------------


def _make_without_venv(tmp_path: Path) -> subprocess.CompletedProcess:
    """`make`'s first step on a machine whose python3 has no venv (its `import ensurepip` fails)."""
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "nightly.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin").mkdir()
    python = tmp_path / "bin" / "python3"
    python.write_text('#!/bin/sh\n[ "$1" = -c ] && exit 1\necho "venv made" > made\n', encoding="utf-8")
    python.chmod(0o755)
    env = os.environ | {"PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["make", ".venv/.installed-stamp"], cwd=tmp_path, capture_output=True, text=True, env=env)


def test_make_site_on_a_machine_without_pythons_venv_says_which_package_to_install(tmp_path):
    """s26 finding 15: Debian and Ubuntu ship ensurepip apart (python3-venv); `make site` says so first."""
    done = _make_without_venv(tmp_path)
    assert done.returncode != 0 and not (tmp_path / "made").exists()
    assert "install Python's venv first (Debian, Ubuntu: sudo apt-get install python3-venv)" in done.stderr


def test_the_readme_quotes_what_make_site_says_without_pythons_venv(tmp_path):
    """Review s27, 8: the README quoted venv's own 'ensurepip is not available', which the Makefile's check
    now comes before."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    quoted = re.search(r"`make site` stops at once with \*([^*]+)\*", readme)
    assert quoted is not None
    assert quoted.group(1) in " ".join(_make_without_venv(tmp_path).stderr.split())


def test_the_venv_make_builds_runs_the_nightly_s_locked_versions():
    """Tests of a version the nightly never installs prove nothing about a night (holidays 0.109 here beside
    the lock's 0.86 drove every term): `make` installs requirements/nightly.txt first, then the test tools."""
    locked = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", (REPO / "requirements" / "nightly.txt").read_text(), re.M)
    assert len(locked) > 30
    installed = {name: metadata.version(name) for name, _ in locked}
    assert installed == dict(locked)


def test_a_staff_output_without_its_marker_lacks_the_marker_not_a_readable_build_json(tmp_path):
    """The build reads build.json only beside its marker: without the marker, that is what is missing, and
    the record itself is not said to be unreadable (review s27, 7)."""
    sys.path.insert(0, str(GITHUB / "scripts"))
    try:
        import restore_internal
    finally:
        sys.path.remove(str(GITHUB / "scripts"))
    from incasso.audit.tree import MARKER

    folder = _staff_output(tmp_path / "kept", "one")
    assert restore_internal.missing(folder) == []
    (folder / MARKER).unlink()
    assert restore_internal.missing(folder) == [MARKER]
