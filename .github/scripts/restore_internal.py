"""Put back the staff output of the newest nightly run that kept one, whatever became of that run.

Tonight's build compares itself with the last build whose letters staff got: its claims.json (the
change list), confirmations.json (what was confirmed already), build.json (its day, and which secret
made its links) and ledger.cache. That is the `internal` artifact of the newest run that uploaded one,
also when that run failed after the upload (the audit, the deploy, the clean-up of old deployments):
staff downloaded that night's letters. Taking the last *successful* run's instead would confirm a
promise a second time, and after a rotation whose clean-up failed, refuse every later night.

    GH_TOKEN=... GH_REPO=owner/name python .github/scripts/restore_internal.py BRANCH FOLDER

Only an artifact of this workflow's runs on BRANCH counts (a run of another branch or workflow may
upload anything under that name), and one not expired. It must be whole, as the build expects a staff
output: the build's marker, build.json and claims.json. When the newest cannot be downloaded or is not
whole, nothing is restored and the step fails: an older artifact would stand in silently for the night
staff worked from. Rerun the night (Run workflow once anything was pushed since); an artifact that
stays broken can be deleted on its run's page, and the run before it is then the newest. Without any
artifact (the first night, or none within the artifacts' 7 days) nothing is restored and the build
starts fresh. It prints run ids, never what the artifact holds. It runs `gh` (on GitHub's runners),
with the token the workflow gives it.

A night that did not publish has NIET-GEPUBLICEERD.txt in its staff output (night_alert.py), for
staff; it is taken out here, as tomorrow's build refuses a file in its staff output that no build wrote.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from night_alert import UNPUBLISHED  # beside this script

from incasso.audit.tree import MARKER, MARKER_TEXT
from pelican.plugins.incasso.previous import read_record

ARTIFACT = "internal"
WORKFLOW = ".github/workflows/nightly.yml"
# What a build's staff output always holds, and the next build reads (pelican.plugins.incasso).
WHOLE = (MARKER, "build.json", "claims.json")


class NotRestored(Exception):
    """The newest staff output could not be put back: the night must not build on an older one."""


def gh(*args: str) -> str:
    """`gh` with these arguments; its standard output."""
    done = subprocess.run(["gh", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise NotRestored(f"gh {' '.join(args[:2])} failed: {done.stderr.strip()[:300]}")
    return done.stdout


def newest_run(repo: str, branch: str) -> dict | None:
    """The run of this workflow on `branch` that uploaded the newest artifact, or None."""
    listed = json.loads(gh("api", f"repos/{repo}/actions/artifacts?name={ARTIFACT}&per_page=100"))
    candidates = [
        artifact
        for artifact in listed.get("artifacts", [])
        if artifact.get("name") == ARTIFACT
        and not artifact.get("expired")
        and (artifact.get("workflow_run") or {}).get("head_branch") == branch
    ]
    candidates.sort(key=lambda artifact: (artifact.get("created_at") or "", artifact["id"]), reverse=True)
    for artifact in candidates:
        run = json.loads(gh("api", f"repos/{repo}/actions/runs/{artifact['workflow_run']['id']}"))
        if run.get("path", "").split("@")[0] == WORKFLOW and run.get("head_branch") == branch:
            return run
    return None


def missing(folder: Path) -> list[str]:
    """What a whole staff output holds that `folder` does not (its marker must be a build's, and its
    build.json readable: a garbled one would leave tonight's build unable to check its secret)."""
    gone = [name for name in WHOLE if not (folder / name).is_file()]
    if MARKER not in gone and (folder / MARKER).read_text(encoding="utf-8", errors="replace") != MARKER_TEXT:
        gone.append(f"{MARKER} (not a build's marker)")
    # Read as tonight's build reads it, which takes a build.json only beside the marker: without one, the
    # marker alone is what is missing.
    if MARKER not in gone and "build.json" not in gone and read_record(folder)[0] is None:
        gone.append("build.json that can be read (with as_of and links)")
    return gone


def restore(repo: str, branch: str, target: Path) -> str:
    """Put the newest staff output into `target`; say which run it came from (or that there was none)."""
    if target.exists():
        raise NotRestored(f"{target} exists already; it is made here, from the artifact")
    run = newest_run(repo, branch)
    if run is None:
        return "no previous staff output: the change list starts fresh tonight"
    which = f"run {run['id']} ({run.get('conclusion') or run.get('status')})"
    target.parent.mkdir(parents=True, exist_ok=True)
    download = Path(tempfile.mkdtemp(prefix=f".{target.name}.restore-", dir=target.parent))
    try:
        try:
            gh("run", "download", str(run["id"]), "--name", ARTIFACT, "--dir", str(download))
        except NotRestored as failed:
            raise NotRestored(f"the staff output of {which}, the newest, could not be downloaded: {failed}") from None
        gone = missing(download)
        if gone:
            raise NotRestored(
                f"the staff output of {which}, the newest, is not whole: it has no {', '.join(gone)}. Delete "
                "that artifact on its run's page to fall back on the one before it"
            )
        (download / UNPUBLISHED).unlink(missing_ok=True)  # for staff, not a build's file
        download.rename(target)
    finally:
        shutil.rmtree(download, ignore_errors=True)
    return f"restored the staff output of {which}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: restore_internal.py BRANCH FOLDER", file=sys.stderr)
        return 2
    try:
        print(restore(os.environ["GH_REPO"], argv[0], Path(argv[1])))
    except NotRestored as refused:
        print(
            f"refused: {refused}; nothing was restored. Rerun the night (Re-run if nothing was pushed to main "
            "since, else Run workflow): a build from an older staff output would confirm again what the newest "
            "confirmed, and refuse a secret it rotated",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
