"""The nightly job summary: counts only, never a name, an amount or a link.

GitHub keeps a job summary with the run's logs, far longer than the 7-day
`internal` artifact, and shows it to everyone who can read the repository's
Actions. So it says how many pages went out and how many claims there are
per stage and status, and how many changes the night brought; who and how
much is in the artifact (changes.md, claims.json, the overview).

    python .github/scripts/nightly_summary.py OUTPUT INTERNAL [AUDIT_OUTCOME] >> "$GITHUB_STEP_SUMMARY"

It also warns when the public output nears the host's limit of files per deployment: Cloudflare
Pages takes 20,000 files on its Free plan, 100,000 on a paid one (README, "Hosting"), and each open
claim is a file. PAGES_FILE_LIMIT (the repository variable CLOUDFLARE_PAGES_FILE_LIMIT) gives the
plan's; unset, the Free plan's. From 80 % of it the summary says so, and so does a warning on the run.
A limit written with thousands separators (`100.000`, `100 000`, `100,000`) is read as meant; one that
is no number of files (`100k`, `1.5`) gives a warning and the Free plan's limit: a cosmetic warning's
setting must never stop a night's publication.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

FREE_PLAN_FILES = 20_000  # Cloudflare Pages, files per deployment on the Free plan
WARN_AT = 0.8
# Digits, or groups of three after the first with one separator throughout: 100000, 100.000, 100 000, 100,000.
_FILE_COUNT = re.compile(r"\d+|\d{1,3}(?P<sep>[.,_ \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*")


def file_limit(written: str) -> tuple[int, str | None]:
    """The files a deployment may hold, as the repository variable gives it, and a warning when what was
    written is no number of files (then the Free plan's limit, the lowest, is used)."""
    text = written.strip()
    if not text:
        return FREE_PLAN_FILES, None
    if _FILE_COUNT.fullmatch(text) and int(re.sub(r"\D", "", text)) > 0:
        return int(re.sub(r"\D", "", text)), None
    shown = json.dumps(written[:40], ensure_ascii=False)  # quoted, a line break as \n: one warning line
    return FREE_PLAN_FILES, (
        f"the repository variable CLOUDFLARE_PAGES_FILE_LIMIT holds {shown}, not a number of files: the Free "
        f"plan's {FREE_PLAN_FILES:,} is used. Write the plan's limit in digits (100000), or delete the variable "
        "on the Free plan (Settings > Secrets and variables > Actions > Variables; README, Hosting)"
    )


def file_warning(output: Path, limit: int) -> str | None:
    """A warning when the public output holds 80 % or more of the files a deployment may hold."""
    files = sum(1 for path in output.rglob("*") if path.is_file())
    if files < WARN_AT * limit:
        return None
    return (
        f"the public output holds {files:,} files, {files / limit:.0%} of the {limit:,} a deployment may hold "
        "(PAGES_FILE_LIMIT, Cloudflare Pages' plan): past it every deploy fails. A paid plan allows 100,000 "
        "(with the project variable PAGES_WRANGLER_MAJOR_VERSION=4; then set CLOUDFLARE_PAGES_FILE_LIMIT); "
        "see README, Hosting"
    )


def summary(output: Path, internal: Path, audit: str = "", limit: int = FREE_PLAN_FILES) -> str:
    """The summary in Markdown: counts of pages, claims by stage and status, and changes."""
    document = json.loads((internal / "claims.json").read_text(encoding="utf-8"))
    changes = internal / "changes.md"
    entries = changes.read_text(encoding="utf-8").splitlines() if changes.is_file() else []
    changed = sum(line.startswith("- ") for line in entries)  # one entry per changed claim
    stages = ", ".join(f"{stage} {int(facts['count'])}" for stage, facts in sorted(document["stages"].items()))
    statuses = Counter(str(claim["status"]) for claim in document["claims"])
    lines = [
        f"## Nightly publication, as of {document['as_of']}",
        "",
        f"- statement pages built: {sum(1 for _ in output.glob('s/*/index.html'))}",
        f"- debtors in the ledger: {len(document['claims'])}",
        f"- open claims by stage: {stages or 'none'}",
        f"- claims by status: {', '.join(f'{status} {n}' for status, n in sorted(statuses.items())) or 'none'}",
        f"- changes since the previous night: {changed}",
    ]
    if audit:
        lines.append(f"- audit of the public output: {audit}")
    warning = file_warning(output, limit)
    if warning:
        lines.append(f"- **warning**: {warning}")
        print(f"::warning::{warning}", file=sys.stderr)  # on the run's page too
    lines += [
        "",
        "Who and how much: changes.md, claims.json and the overview in this run's private `internal` artifact.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    limit, unreadable = file_limit(os.environ.get("PAGES_FILE_LIMIT", ""))
    if unreadable:
        print(f"::warning::{unreadable}", file=sys.stderr)
    sys.stdout.write(summary(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "", limit))
