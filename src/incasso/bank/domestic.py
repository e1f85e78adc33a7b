"""A bank statement's account written as a domestic number: the IBAN it stands for, where one can be told.

A Dutch IBAN is the country, two check digits, the bank's code (the first four letters of its BIC) and the
account number in ten digits, so a Dutch number and its bank's BIC make the IBAN. Elsewhere they do not: a
British IBAN needs the branch's sort code too, which neither gives, and a made-up IBAN would look valid yet
name no account, so the creditor's own statement would be skipped as another account's without a word.
"""

from __future__ import annotations

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

DUTCH = "NL"


def domestic_iban(number: str, bic: str | None) -> str | None:
    """The IBAN of a Dutch account `number` (digits) at the bank of `bic`; None for any other bank or number."""
    if not bic or not number.isdigit():
        return None
    try:
        bank = BIC(bic)
        if bank.country_code != DUTCH:
            return None
        return IBAN.generate(DUTCH, bank_code=bank.bank_code, account_code=number).compact
    except SchwiftyException:
        return None


def bank_abroad(bic: str | None) -> bool:
    """Whether `bic` is a valid BIC of a bank outside the Netherlands (whose numbers make no IBAN here)."""
    try:
        return bool(bic) and BIC(bic or "").country_code != DUTCH
    except SchwiftyException:
        return False
