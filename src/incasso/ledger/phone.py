"""Whether a phone field holds one number that can be called, by the numbering plans of
libphonenumber (the `phonenumbers` package): every page's "call us" link dials what is written, so
two numbers run together ("030 204 18 60 / 06 12345678" dials +313020418600612345678) or a digit too
many reach no one, on every page, without anyone noticing."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, ValidationResult

# What clerks write between two numbers: a slash, a comma, `of`/`or`/`en`/`and`, `&`, `;`.
_BETWEEN_TWO = re.compile(r"\s*(?:/|,|;|&|\b(?:of|or|en|and)\b)\s*", re.IGNORECASE)
_AT_MOST = 15  # digits in an international number, its country code included (ITU-T E.164)
_TOO_MANY = f"has too many digits for one phone number (at most {_AT_MOST}, the country code included)"
WRITE_ONE = "write only the number to call"
TWO_NUMBERS = f"holds two phone numbers: {WRITE_ONE}"


def phone_problem(text: str) -> str | None:
    """Why `text`, written as a phone number, is not one in use (a Dutch one when it has no `+`), or None."""
    try:
        number = phonenumbers.parse(text, "NL")
    except NumberParseException as refused:
        if refused.error_type == NumberParseException.TOO_LONG:
            return f"{_TOO_MANY}: are two numbers run together? {WRITE_ONE}"
        if refused.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            return "starts with no country code in use: after the + come the country code and the number (+31 30 ...)"
        return "is not a phone number that can be called: check its digits"
    return _length_or_range_problem(number)


def _length_or_range_problem(number: PhoneNumber) -> str | None:
    if phonenumbers.is_valid_number(number):  # nearly every one: the reasons below only for the rest
        return None
    where = "the Netherlands" if number.country_code == 31 else f"country code +{number.country_code}"
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in (ValidationResult.TOO_LONG, ValidationResult.INVALID_LENGTH) and _digits(number) > _AT_MOST:
        return f"{_TOO_MANY}: are two numbers run together? {WRITE_ONE}"
    if reason == ValidationResult.TOO_LONG:
        return f"has too many digits for a phone number in {where}: check its digits"
    if reason in (ValidationResult.TOO_SHORT, ValidationResult.INVALID_LENGTH):
        return f"has too few or too many digits for a phone number in {where}: check its digits"
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return "starts with no country code in use: after the + come the country code and the number (+31 30 ...)"
    abroad = "" if number.country_code != 31 else " (a number abroad starts with + and its country code)"
    return f"is not a phone number in use in {where}: check its digits{abroad}"


def two_numbers(text: str) -> bool:
    """Whether `text` is two or more numbers that are each one by themselves ("030/2041860" is one)."""
    parts = [part for part in _BETWEEN_TWO.split(text) if part.strip()]
    return len(parts) > 1 and all(_is_a_number(part) for part in parts)


def _is_a_number(text: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, "NL"))
    except NumberParseException:
        return False


def _digits(number: PhoneNumber) -> int:
    return len(str(number.country_code)) + len(str(number.national_number))
