"""The nightly job summary: counts only, never a name, an amount or a link.

GitHub keeps a job summary with the run's logs, far longer than the 7-day
`internal` artifact, and shows it to everyone who can read the repository's
Actions. So it says how many pages went out and how many claims there are
per stage and status, and how many changes the night brought; who and how
much is in the artifact (changes.md, claims.json, the overview).

    python .github/scripts/nightly_summary.py OUTPUT INTERNAL [AUDIT_OUTCOME] >> "$GITHUB_STEP_SUMMARY"
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def summary(output: Path, internal: Path, audit: str = "") -> str:
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
    lines += [
        "",
        "Who and how much: changes.md, claims.json and the overview in this run's private `internal` artifact.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(summary(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else ""))
