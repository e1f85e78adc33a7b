"""The nightly publication (.github/workflows/nightly.yml): its order, what it installs and pins,
what it leaves in the job summary and the alert, and the clean-up of old deployments at the host.

The workflow is read as YAML; its two scripts (.github/scripts/) run for real: the summary on
real builds, the clean-up against a local server that answers as the Cloudflare API does.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import threading
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from incasso.ledger.load import load_ledger
from tests.support.site import AS_OF, DEMO_LEDGER, PRIVACY_LEDGER, REPO, build_site

GITHUB = REPO / ".github"
WORKFLOW = GITHUB / "workflows" / "nightly.yml"
LEDGER_CHECK = GITHUB / "workflows" / "ledger-check.yml"
LOCK = REPO / "requirements" / "nightly.txt"
SHA = re.compile(r"[0-9a-f]{40}")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def job(workflow) -> dict:
    (only,) = workflow["jobs"].values()
    return only


def _steps(workflow: dict) -> list[dict]:
    (job,) = workflow["jobs"].values()
    return job["steps"]


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
    steps = _steps(workflow)
    build = _index(steps, r"incasso build --production")
    audit = _index(steps, r"incasso audit output --ledger ledger")
    artifact = _index(steps, r"actions/upload-artifact@")
    summary = _index(steps, r"nightly_summary\.py")
    publish = _index(steps, r"cloudflare/wrangler-action@")
    prune = _index(steps, r"prune_deployments\.py")
    assert build < audit < publish < prune and build < artifact < publish and build < summary < publish
    assert steps[build]["env"]["INCASSO_SECRET"] == "${{ secrets.INCASSO_SECRET }}"
    assert steps[audit]["env"]["INCASSO_SECRET"] == "${{ secrets.INCASSO_SECRET }}"
    assert "if" not in steps[audit] and "continue-on-error" not in steps[audit]
    for step in (steps[publish], steps[prune]):  # only after everything before succeeded
        assert "if" not in step and "continue-on-error" not in step
    assert "output" in steps[publish]["with"]["command"]
    assert steps[prune]["env"]["KEEP"] == "${{ steps.deploy.outputs.pages-deployment-id }}"
    assert steps[publish]["id"] == "deploy"
    assert steps[artifact]["with"]["path"].rstrip("/") == "internal"
    assert 1 <= steps[artifact]["with"]["retention-days"] <= 14


def test_the_workflow_restores_the_whole_previous_output_before_building(workflow):
    steps = _steps(workflow)
    restore = _index(steps, r"restore_internal\.py")
    assert steps[restore]["run"].strip().endswith('restore_internal.py "${GITHUB_REF_NAME}" internal')
    assert steps[restore]["env"] == {"GH_TOKEN": "${{ github.token }}", "GH_REPO": "${{ github.repository }}"}
    assert restore < _index(steps, r"incasso check --ledger") < _index(steps, r"incasso build --production")
    assert workflow["permissions"]["actions"] == "read"  # to list and download the artifacts
    artifact = steps[_index(steps, r"actions/upload-artifact@")]
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


def test_the_workflow_refuses_a_public_repository_first(workflow):
    steps = _steps(workflow)
    assert _index(steps, r"--jq \.private") == 0


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
    assert len(uses) >= 2
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


@pytest.fixture(scope="module")
def ledger_check() -> dict:
    return yaml.safe_load(LEDGER_CHECK.read_text(encoding="utf-8"))


def test_a_push_that_changes_the_ledger_is_checked_within_minutes_without_a_secret(ledger_check):
    """A typo committed in the morning is found then, not by the night, which would publish nothing."""
    triggers = ledger_check.get("on", ledger_check.get(True))
    # Every branch, only a change of the ledger or of the texts check reads (content/ links to the plugin's).
    assert triggers["push"] == {"paths": ["ledger/**", "src/pelican/plugins/incasso/content/**", "pelicanconf.py"]}
    assert (REPO / "content").resolve() == REPO / "src" / "pelican" / "plugins" / "incasso" / "content"
    assert ledger_check["permissions"] == {"contents": "read"}
    (job,) = ledger_check["jobs"].values()
    assert "environment" not in job  # the production secrets stay with the nightly run
    text = LEDGER_CHECK.read_text(encoding="utf-8")
    assert "secrets." not in text and "INCASSO_SECRET" not in "".join(s.get("run", "") for s in job["steps"])
    (command,) = re.findall(r"\.venv/bin/incasso ([^\n>|&]+)", "\n".join(s.get("run", "") for s in job["steps"]))
    assert shlex.split(command) == ["check", "--ledger", "ledger", "-q", "--redact"]
    from incasso.cli.main import parser

    parser().parse_args(shlex.split(command))
    checkout = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False
    runs = [step.get("run", "").strip() for step in job["steps"]]
    assert runs.index("make fonts") < runs.index(f".venv/bin/incasso {command}")  # as the build: an address
    # must fit the envelope's window in each font its letter may be drawn in


def test_the_ledger_check_installs_what_the_nightly_run_installs(workflow, ledger_check):
    def installing(flow: dict) -> list[dict]:
        (job,) = flow["jobs"].values()
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


def test_the_failure_alert_carries_a_fixed_text_and_the_run_address(workflow):
    steps = _steps(workflow)
    alert = steps[-1]
    assert alert["if"].replace(" ", "") in ("${{failure()}}", "failure()")
    text = alert["run"] + json.dumps(alert.get("env", {}))
    expressions = set(re.findall(r"\$\{\{\s*([^}]+?)\s*\}\}", text))
    assert expressions <= {"github.token", "github.repository", "github.server_url", "github.run_id"}, expressions
    assert not re.search(
        r"\b(output|internal|claims\.json|changes\.md|links\.csv|cat|\$GITHUB_STEP_SUMMARY)\b", alert["run"]
    )
    assert "gh issue create" in alert["run"]
    assert "issues" in workflow["permissions"] and workflow["permissions"]["issues"] == "write"


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


def test_the_builds_notes_reach_the_log_and_its_change_list_does_not(workflow):
    build = _steps(workflow)[_index(_steps(workflow), r"incasso build --production")]
    run = build["run"]
    assert '> "$RUNNER_TEMP/build.out"' in run  # the change list (names, amounts) stays off the log
    assert "grep '^note: ' \"$RUNNER_TEMP/build.out\"" in run and 'rm -f "$RUNNER_TEMP/build.out"' in run


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


def _staff_output(folder: Path, night: str, *, whole: bool | str = True) -> Path:
    """What a night's internal artifact holds: the build's marker, build.json and claims.json."""
    from incasso.audit.tree import MARKER, MARKER_TEXT

    folder.mkdir(parents=True)
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (folder / "claims.json").write_text(json.dumps({"night": night}), encoding="utf-8")
    if whole is True:
        (folder / "build.json").write_text('{"as_of": "2026-11-22", "links": "f"}', encoding="utf-8")
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
    step = steps[_index(steps, r"restore_internal\.py|gh run download")]
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


def test_the_first_night_starts_fresh(workflow, tmp_path):
    done, checkout = restore_step(workflow, tmp_path, [_night(1, "failure")], [], {})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no previous staff output: the change list starts fresh tonight"
    assert not (checkout / "internal").exists()


@pytest.mark.parametrize("newest", ["not whole", "garbled", "no links", "not downloaded"])
def test_a_newest_staff_output_that_cannot_be_put_back_stops_the_night_rather_than_an_older_one(
    workflow, tmp_path, newest
):
    one, two = _night(1, "success"), _night(2, "success")
    held = {one["id"]: _staff_output(tmp_path / "a1", "one")}
    if newest != "not downloaded":
        record = {"not whole": False, "garbled": "{", "no links": '{"as_of": "2026-11-22"}'}[newest]
        held[two["id"]] = _staff_output(tmp_path / "a2", "two", whole=record)
    done, checkout = restore_step(workflow, tmp_path, [one, two], [_kept(two), _kept(one)], held)
    assert done.returncode != 0
    assert done.stderr.startswith("refused: the staff output of run 1002 (success), the newest, ")
    if newest == "not whole":
        assert "is not whole: it has no build.json." in done.stderr
    elif newest != "not downloaded":  # tonight's build could not check its secret against it
        assert "is not whole: it has no build.json that can be read (with as_of and links)" in done.stderr
    assert "nothing was restored. Rerun the night" in done.stderr
    assert sorted(p.name for p in checkout.iterdir()) == [".github", ".venv"]
