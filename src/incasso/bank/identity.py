"""Who an entry is: the bank's reference, or failing that a fingerprint of what it says."""

from __future__ import annotations

import hashlib

from incasso.bank.entry import BankEntry

# A made-up reference starts with this, so staff and the overview can tell it from the bank's own.
FINGERPRINT_PREFIX = "X-"


def fingerprint(entry: BankEntry) -> str:
    """A stable reference for an entry the bank gave none: the same booking in two exports gets the same one."""
    parts = (
        entry.account,
        entry.booked.isoformat() if entry.booked else "",
        entry.direction,
        str(entry.amount),
        entry.end_to_end or "",
        entry.payer_iban or "",
        " ".join(entry.text.split()),
    )
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return FINGERPRINT_PREFIX + digest[:16].upper()
