"""creditor.yaml's `invoice_numbers`: how the creditor's own invoice numbers are written, as masks.

A mask is an invoice number as a bookkeeper writes it, with a `#` for each digit that changes from invoice to
invoice: `F####-####` for F2026-0150, `2026####` for 20260150. No regular expression: a bookkeeper can write a
mask, and read one back, without knowing that language; and a mask says how long the number is, where a prefix
("F2026") would also fit a year or the start of a longer number in a transfer's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from incasso.ledger.model import Debtor

DIGIT = "#"
# Between the pieces of a number: what bookkeeping programs put there.
MARKS = frozenset("-/._ ")
# A number of fewer letters and digits turns up in transfer texts that mean something else (a house number, a
# year), as bank.matching's `_MIN_BARE` says of the ledger's own invoice numbers.
MIN_LENGTH = 5
_REGEX_SIGNS = frozenset("\\[]{}()*+?^$|")
_ALLOWED = "letters, digits, # for each digit that changes, and - / . _ or a space between them"


def mask_problem(mask: str) -> str | None:
    """What is wrong with a mask as written (trimmed), in words a bookkeeper can act on; None when it is sound."""
    if _REGEX_SIGNS.intersection(mask):
        return f"is no regular expression: write a mask of {_ALLOWED} (F####-#### for F2026-0150)"
    odd = sorted({c for c in mask if not (_is_piece(c) or c in MARKS)})
    if odd:
        return f"may hold only {_ALLOWED}, not {' '.join(odd)}"
    if DIGIT not in mask:
        return (
            "holds no #: write a # for each digit that changes from invoice to invoice (F2026-#### or F####-####); "
            "a mask is the form of every number, not one number"
        )
    if mask[0] in MARKS or mask[-1] in MARKS:
        return "must start and end with a letter, a digit or #"
    if sum(_is_piece(c) for c in mask) < MIN_LENGTH:
        return (
            f"must stand for numbers of at least {MIN_LENGTH} letters and digits: a shorter number turns up in "
            "transfer texts that mean something else (a house number, a year)"
        )
    return None


def mask_key(mask: str) -> str:
    """A mask's letters, digits and #, upper case: two masks with the same key find the same numbers."""
    return "".join(c for c in mask if _is_piece(c)).upper()


def mask_pattern(mask: str) -> re.Pattern[str]:
    """What finds a sound mask's numbers in a transfer's text, written as payers write them: in either case,
    with a space or another mark where the mask has a mark or turns from letters to digits ("f 2026 0150",
    "F2026/0150" for F####-####), never part of a longer word or number."""
    body, previous = [], ""
    for char in mask:
        if char in MARKS:
            previous = " "
            continue
        kind = "a" if char.isalpha() else "9"
        if previous and previous != kind:
            body.append(r"\s*[-/._:]?\s*")
        body.append(f"[{char.upper()}{char.lower()}]" if char.isalpha() else "[0-9]" if char == DIGIT else char)
        previous = kind
    return re.compile(r"(?<![A-Za-z0-9])" + "".join(body) + r"(?![A-Za-z0-9])")


def as_the_mask_writes(mask: str, found: str) -> str:
    """A number found by `mask_pattern`, written as the mask writes it: its marks and letters, the digits found."""
    pieces = iter(c for c in found if c.isascii() and c.isalnum())
    written = []
    for char in mask:
        if _is_piece(char):
            piece = next(pieces)  # a letter or digit of the mask's own is written as the mask has it
            written.append(piece if char == DIGIT else char)
        else:
            written.append(char)
    return "".join(written)


def numbers_of(debtor: Debtor) -> Iterator[str]:
    """The numbers a debtor's file writes of the creditor's own: its invoices' and their credit notes'."""
    for invoice in debtor.invoices:
        yield invoice.number
        yield from (note.number for note in invoice.credit_notes)


def written_numbers(debtors: Iterable[Debtor]) -> Iterator[str]:
    """The numbers the debtors' files write of the creditor's own (`numbers_of` each)."""
    for debtor in debtors:
        yield from numbers_of(debtor)


def unfitted_masks(masks: Iterable[str], numbers: Iterable[str]) -> list[str]:
    """The masks that fit none of `numbers` (whole, as a payer may write it): likely a typo (F####-### for
    F2026-0150). One pass over the numbers, each tried only on the masks not fitted yet."""
    left = {mask: mask_pattern(mask) for mask in masks}
    for number in numbers:
        if not left:
            break
        for mask in [mask for mask, pattern in left.items() if pattern.fullmatch(number.strip())]:
            del left[mask]
    return list(left)


def _is_piece(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char == DIGIT
