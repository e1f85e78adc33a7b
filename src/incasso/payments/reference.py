"""Payment references a debtor quotes when paying, and IBAN display.

Two schemes: the international ISO 11649 creditor reference ("RF...") that
also goes into the EPC QR code, and the Dutch 16-digit betalingskenmerk.
"""

import re
import string
from functools import cache, lru_cache

from schwifty import IBAN
from stdnum import iso11649

# ISO 11649: "RF", two check digits, then 1 to 21 letters or digits.
RF_BODY_MAX = 21

# Dutch betalingskenmerk (16 digits): weights applied from the rightmost of
# the 15 payload digits leftwards, repeating (Currence acceptgiro rules).
_KENMERK_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
_KENMERK_PAYLOAD_LENGTH = 15

# str.isalnum() and int() accept non-ASCII digits ("٣", "５"); a reference
# must be typeable into any banking app, so only ASCII counts.
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_RF_COMPACT = re.compile(r"RF[0-9]{2}[A-Z0-9]{1,21}")
# A page, its letters and its dossier ask for the same debtor's reference, and every page for the
# creditor's IBAN, many times over: each is computed and checked once (the last few kept).
_RECENT = 256


def letters_and_digits(text: str) -> str:
    """The text's ASCII letters and digits, upper case: what a reference is made of, and what a bank
    transfer's text is matched on ("F2026-0092", "f2026/0092" and "F 2026 0092" are one number)."""
    return "".join(_ASCII_ALNUM.findall(text)).upper()


def rf_reference(dossier_id: str) -> str:
    """Return the ISO 11649 creditor reference for a dossier id, compact.

    The body is the id's ASCII letters and digits, uppercased; everything
    else is dropped, so "D-1001", "d 1001" and "D1001" share one reference.
    The same id always gives the same reference.
    """
    if not isinstance(dossier_id, str):
        raise TypeError(f"dossier_id: must be a str (got {type(dossier_id).__name__})")
    return _rf_reference(dossier_id)


# Every debtor's reference, kept for the build: the loader, the pass, claims.json, links.csv and the
# search index each go through every debtor in turn, so a cache of the last few missed each time.
@cache
def _rf_reference(dossier_id: str) -> str:
    body = letters_and_digits(dossier_id)
    if not 1 <= len(body) <= RF_BODY_MAX:
        raise ValueError(
            f"dossier_id: must contain 1 to {RF_BODY_MAX} ASCII letters or digits "
            f"to form an ISO 11649 reference (got {dossier_id!r}, which has {len(body)})"
        )
    reference = "RF" + _check_digits(body) + body
    _MADE.add(reference)
    return reference


# ISO 7064 MOD 97-10 as ISO 11649 counts: a digit is itself, a letter its place after the digits (A = 10 ... Z = 35).
_BASE10 = {char: str(int(char, 36)) for char in string.digits + string.ascii_uppercase}


def _check_digits(body: str) -> str:
    """ISO 11649's check digits for `body` (upper-case ASCII letters and digits): with "RF" and them moved
    behind the body, the number leaves 1 when divided by 97. Worked out as stdnum's mod_97_10 does (the tests
    hold every reference to stdnum's validate), at a seventh of its cost: the loader makes every debtor's."""
    return f"{98 - int(''.join([_BASE10[char] for char in body + 'RF00'])) % 97:02d}"


# The references made here, each valid as it was made (compact: "RF", check digits, upper-case letters
# and digits): a page, its letters, its dossier and the staff files check and group every debtor's
# reference again, 136,000 instructions a reference through stdnum, once per debtor even with a cache
# (the staff files go through the debtors after the pass). A reference is made for every debtor anyway.
_MADE: set[str] = set()


def is_valid_rf(ref: str) -> bool:
    """Tell whether ref is a valid ISO 11649 reference (spaces allowed)."""
    if not isinstance(ref, str):
        return False
    return ref in _MADE or _is_valid_rf(ref)


@lru_cache(maxsize=_RECENT)
def _is_valid_rf(ref: str) -> bool:
    compact = iso11649.compact(ref)
    return bool(_RF_COMPACT.fullmatch(compact)) and iso11649.is_valid(compact)


def format_rf(ref: str) -> str:
    """Return a valid ISO 11649 reference grouped by 4 ("RF18 5390 0754 7034")."""
    if not is_valid_rf(ref):
        raise ValueError(f"reference: must be an ISO 11649 creditor reference with valid check digits (got {ref!r})")
    if ref in _MADE:  # compact already: grouped as iso11649.format groups it
        return " ".join(ref[start : start + 4] for start in range(0, len(ref), 4))
    return _format_rf(ref)


@lru_cache(maxsize=_RECENT)
def _format_rf(ref: str) -> str:
    return iso11649.format(ref)


def _kenmerk_check_digit(digits: str) -> str:
    total = sum(int(digit) * _KENMERK_WEIGHTS[i % len(_KENMERK_WEIGHTS)] for i, digit in enumerate(reversed(digits)))
    check = 11 - total % 11
    return {10: "1", 11: "0"}.get(check, str(check))


def _is_ascii_digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


def betalingskenmerk(number15: str) -> str:
    """Return the 16-digit Dutch betalingskenmerk: check digit + number15."""
    if not isinstance(number15, str):
        raise TypeError(f"number15: must be a str (got {type(number15).__name__})")
    if len(number15) != _KENMERK_PAYLOAD_LENGTH or not _is_ascii_digits(number15):
        raise ValueError(
            f"number15: must be exactly {_KENMERK_PAYLOAD_LENGTH} digits to form a betalingskenmerk (got {number15!r})"
        )
    return _kenmerk_check_digit(number15) + number15


def is_valid_betalingskenmerk(s: str) -> bool:
    """Tell whether s is a valid 16-digit betalingskenmerk (spaces allowed)."""
    if not isinstance(s, str):
        return False
    compact = s.replace(" ", "")
    return (
        len(compact) == _KENMERK_PAYLOAD_LENGTH + 1
        and _is_ascii_digits(compact)
        and _kenmerk_check_digit(compact[1:]) == compact[0]
    )


def format_iban(iban: str) -> str:
    """Return a valid IBAN grouped by 4 ("NL91 ABNA 0417 1643 00")."""
    if not isinstance(iban, str):
        raise TypeError(f"iban: must be a str (got {type(iban).__name__})")
    return _format_iban(iban)


@lru_cache(maxsize=_RECENT)
def _format_iban(iban: str) -> str:
    try:
        return IBAN(iban).formatted
    except ValueError as error:  # schwifty's exceptions are ValueErrors
        raise ValueError(f"iban: must be a valid IBAN (got {iban!r}): {error}") from None
