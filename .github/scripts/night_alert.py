"""How the night went, where on-call and staff look: the issue "Nightly publication failed", and a
file in the staff output of a night whose pages did not go online.

    python3 .github/scripts/night_alert.py failed       # RUN_URL, PUBLISHED (the deploy's outcome), MARKED
    python3 .github/scripts/night_alert.py recovered    # RUN_URL: closes the open issue, saying so
    python3 .github/scripts/night_alert.py unpublished FOLDER
    python3 .github/scripts/night_alert.py watch        # after the night: alert if no good run today

`failed` opens the issue, or comments on the one still open: one issue per outage, closed by the
next good night (`recovered`), so an open issue means it is still broken. `watch` (nightly-watch.yml,
hours after the night) catches what the night itself cannot report: a run that never started
(GitHub skipped the schedule, no Actions minutes left), or one still queued or running. The texts are
fixed, with run ids and addresses only: the details are behind the link, for those who may see them.
It runs `gh` (GH_TOKEN, GH_REPO), and needs nothing but Python's standard library.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

TITLE = "Nightly publication failed"
WORKFLOW = "nightly.yml"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")  # the day the build computes as of
# In the staff output of a night that did not publish; restore_internal.py takes it out again.
UNPUBLISHED = "NIET-GEPUBLICEERD.txt"
UNPUBLISHED_TEXT = """\
NIET GEPUBLICEERD - VERSTUUR NIETS UIT DEZE MAP

De pagina's van deze nacht staan niet online: de controle (audit) of de publicatie
is mislukt. Online staat nog een eerdere nacht. Een brief uit deze map noemt een
bedrag of een link die de debiteur online niet (zo) ziet.
Houd de brieven van vandaag vast. Meld het aan wie de nachtelijke publicatie beheert
(GitHub-issue "Nightly publication failed"), en neem de map van de eerstvolgende
nacht die wel gelukt is (een groene run, zonder dit bestand).

NOT PUBLISHED - SEND NOTHING FROM THIS FOLDER

This night's pages are not online: the audit or the deploy failed. The site still
shows an earlier night. A letter from this folder names an amount or a link the
debtor cannot see (or sees otherwise) online.
Hold today's letters. Tell whoever runs the nightly publication (GitHub issue
"Nightly publication failed"), and take the folder of the next night that did
publish (a green run, without this file).
"""


def gh(*args: str) -> str:
    """`gh` with these arguments; its standard output (a failure stops the step, with gh's message)."""
    done = subprocess.run(["gh", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"gh {' '.join(args[:2])} failed: {done.stderr.strip()[:300]}")
    return done.stdout


def open_issues() -> list[str]:
    """The numbers of the open alert issues (one, normally)."""
    found = gh("issue", "list", "--state", "open", "--search", f'"{TITLE}" in:title', "--json", "number,title")
    return [str(issue["number"]) for issue in json.loads(found or "[]") if issue.get("title") == TITLE]


def alert(body: str) -> str:
    """Comment on the open alert issue, or open one; say which."""
    numbers = open_issues()
    if numbers:
        gh("issue", "comment", numbers[0], "--body", body)
        return f"commented on issue {numbers[0]}"
    gh("issue", "create", "--title", TITLE, "--body", body)
    return "opened the issue"


def failed(run_url: str, published: str, today: str, marked: str = "") -> str:
    """The night's own alert: what is online now, and what staff must do with its letters. `marked`: "true"
    when the staff output was marked with UNPUBLISHED (the report job's mark step, and its upload, did it)."""
    if published == "success":
        online = "the site online is tonight's: only the clean-up of earlier deployments failed"
    elif marked == "true":
        online = (
            "the site online is an earlier night's. Staff: hold the letters of this run's staff output "
            f"(it holds {UNPUBLISHED})"
        )
    else:  # a newer run came first, the night kept no staff output, or the marking failed: the log says which
        online = (
            "the site online is an earlier night's. Staff: hold the letters of this run's staff output, if it "
            f"kept one: it was not marked with {UNPUBLISHED} (the run's log says why)"
        )
    return alert(f"The nightly publication failed on {today}: {run_url} ({online}).")


def recovered(run_url: str, today: str) -> str:
    """After a good night: close every open alert issue, saying which run mended it."""
    numbers = open_issues()
    for number in numbers:
        gh("issue", "close", number, "--comment", f"Recovered: the night of {today} was published by {run_url}.")
    return f"closed issue {', '.join(numbers)}" if numbers else "no open alert issue"


def unpublished(folder: Path) -> str:
    """Mark a staff output whose pages did not go online."""
    (folder / UNPUBLISHED).write_text(UNPUBLISHED_TEXT, encoding="utf-8")
    return f"wrote {UNPUBLISHED} into the staff output"


def verdict(runs: list[dict], now: datetime) -> str | None:
    """What is wrong with today's night (Amsterdam's day), or None: the newest run is today's and succeeded."""
    today = now.astimezone(AMSTERDAM).date()
    if not runs:
        return f"no nightly run on main was found, and none on {today}"
    newest = runs[0]
    started = datetime.fromisoformat(newest["createdAt"].replace("Z", "+00:00")).astimezone(AMSTERDAM).date()
    which = f"run {newest['databaseId']} ({newest.get('url', '')})"
    if started != today:
        return (
            f"no nightly run started on {today}: the newest is {which} of {started}, so the site and the "
            "staff output are that night's"
        )
    if newest.get("status") != "completed":
        return f"tonight's {which} has not finished ({newest.get('status')})"
    if newest.get("conclusion") != "success":
        return f"tonight's {which} ended as {newest.get('conclusion')}"
    return None


def watch(now: datetime) -> str:
    """Alert when today's night did not run, has not finished, or did not succeed."""
    listed = gh(
        "run", "list", "--workflow", WORKFLOW, "--branch", "main", "--limit", "1",
        "--json", "databaseId,status,conclusion,createdAt,url",
    )  # fmt: skip
    wrong = verdict(json.loads(listed or "[]"), now)
    if wrong is None:
        return "tonight's nightly run succeeded"
    body = (
        f"The nightly publication was not done this morning: {wrong}. Staff: send no letters from an older "
        "staff output. On-call: start a run with Run workflow (Actions, nightly)."
    )
    return f"{wrong}; {alert(body)}"


def main(argv: list[str]) -> int:
    env = os.environ
    now = datetime.now(UTC)
    today = now.astimezone(AMSTERDAM).date().isoformat()
    match argv:
        case ["failed"]:
            said = failed(env["RUN_URL"], env.get("PUBLISHED", ""), today, env.get("MARKED", ""))
        case ["recovered"]:
            said = recovered(env["RUN_URL"], today)
        case ["unpublished", folder]:
            said = unpublished(Path(folder))
        case ["watch"]:
            said = watch(now)
        case _:
            print("usage: night_alert.py failed | recovered | unpublished FOLDER | watch", file=sys.stderr)
            return 2
    print(said)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
