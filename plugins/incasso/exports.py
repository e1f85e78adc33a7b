"""Exports for other tools: the mail-merge list of personal links."""
from __future__ import annotations

import csv
import io

from .claim import Claim
from .money import plain

LINK_COLUMNS = ("id", "name", "email", "language", "stage", "status",
                "total_due", "amount_due_now", "url")


def links_rows(claims: list[Claim], url_of) -> list[dict[str, str]]:
    """One row per debtor; `url_of(claim)` gives the personal link or "" (no page)."""
    return [{
        "id": c.debtor.id,
        "name": c.debtor.name,
        "email": c.debtor.contact.email or "",
        "language": c.debtor.language,
        "stage": c.stage,
        "status": c.status,
        "total_due": plain(c.total_due),
        "amount_due_now": plain(c.amount_due_now),
        "url": url_of(c),
    } for c in claims]


def links_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=LINK_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
