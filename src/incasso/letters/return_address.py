"""The creditor's own address above the recipient in the envelope's window (the return address), so that the
post returns a letter it cannot deliver: a final notice that never arrived must be known. This module gives the
forms it may take, in the order they are tried; the renderer measures which fits (letters/pdf.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line for a desk or a person ("t.a.v. Debiteurenbeheer", "Attn: Accounts receivable"): the post returns a
# letter to the street address or PO box, so a return address too wide for the window can do without it.
_DESK_LINE = re.compile(r"\s*(t\.?\s*a\.?\s*v\.?|ter attentie van|attn\.?|for the attention of)(\s|:|$)", re.IGNORECASE)


def is_desk_line(line: str) -> bool:
    """Whether an address line only says for whom inside the business it is ("t.a.v. ...")."""
    return _DESK_LINE.match(line) is not None


def return_address_forms(name: str, address: Sequence[str], most_lines: int) -> list[tuple[str, ...]]:
    """The lines the return address may be, in the order they are tried: the name and the whole address on one
    line, then without the desk's line ("t.a.v. ..."); where the window has room for two lines (`most_lines`), the
    name above the address, the same two ways. None without an address."""
    if not address:
        return []
    whole = tuple(address)
    short = tuple(line for line in whole if not is_desk_line(line))
    addresses = [whole, short] if short and short != whole else [whole]
    forms: list[tuple[str, ...]] = [(", ".join((name, *lines)),) for lines in addresses]
    if most_lines >= 2:
        forms += [(name, ", ".join(lines)) for lines in addresses]
    return forms
