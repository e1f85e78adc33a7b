"""Links that reach a person: tel: and mailto:, built one way for every page."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from incasso.ledger.model import Debtor, Language, Ledger


def tel_link(phone: str) -> str:
    """A tel: link: the digits and a leading plus of the number as dialled from abroad ("030 123 45 67" ->
    "tel:+31301234567"): a debtor abroad, or with a foreign SIM, cannot dial the national form. Free and paid
    service numbers (0800, 090x) reach only from the Netherlands, in the national form: they stay as written."""
    return "tel:" + re.sub(r"[^\d+]", "", dialled_from_abroad(phone))


@lru_cache(maxsize=4096)  # mostly the desk's and agencies' few numbers, on every page and letter
def dialled_from_abroad(phone: str) -> str:
    """A Dutch number written the national way, as a reader abroad dials it: "050 311 22 33" -> "+31 50 311 22
    33" (dialled in Belgium, 050 is Bruges). "0031 ..." reads "+31 ...", and the national 0 written after the
    country code ("+31 (0)30", "+31 030") goes. An international number stays as written, and so does a free
    or paid service number (0800, 090x: reachable from the Netherlands only)."""
    written = re.sub(r"\(\s*0\s*\)\s*", "", phone.strip())
    if written.startswith("00"):
        written = "+" + written[2:].lstrip()
    written = re.sub(r"^\+\s*31[\s-]*0", "+31 ", written)
    if written.startswith("0") and not written.startswith(("0800", "090")):
        return "+31 " + written[1:].lstrip(" -")
    return written


def as_read_by(ledger: Ledger, debtor: Debtor) -> Ledger:
    """The ledger as `debtor`'s page and letters show it: to a debtor abroad, the desk's number as dialled
    from abroad (on paper and on a desktop screen no tel: link dials it for them)."""
    desk = ledger.creditor.contact
    if not debtor.contact.is_abroad or desk.phone is None or dialled_from_abroad(desk.phone) == desk.phone:
        return ledger
    creditor = replace(ledger.creditor, contact=replace(desk, phone=dialled_from_abroad(desk.phone)))
    return replace(ledger, creditor=creditor)


def mailto_link(address: str, subject: str | None = None, body: str | None = None) -> str:
    """A mailto: link (RFC 6068) with every part percent-encoded, spaces as %20 as mail clients expect.

    Only the address's `@` stays as it is: a `?`, `&`, `%` or line break in any part is
    encoded, so no part can end early and add a header (`?bcc=`) or another field.
    """
    fields = [f"{name}={_percent_encoded(value)}" for name, value in (("subject", subject), ("body", body)) if value]
    return f"mailto:{_percent_encoded(address, safe='@')}" + ("?" + "&".join(fields) if fields else "")


# RFC 3986's unreserved characters, which urllib.parse.quote never encodes.
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"


@cache
def _byte_table(safe: str) -> dict[int, str]:
    return {byte: chr(byte) if chr(byte) in _UNRESERVED + safe else f"%{byte:02X}" for byte in range(256)}


def _percent_encoded(value: str, safe: str = "") -> str:
    """urllib.parse.quote(value, safe) in one translation of the UTF-8 bytes, where quote looks up a
    byte at a time in Python: a statement page has four mailto links, their bodies paragraphs."""
    return value.encode("utf-8").decode("latin-1").translate(_byte_table(safe))


# A letter for the debtor sent to the administrator who manages their mail (beschermingsbewind): the Dutch
# "per adres", the English "care of", before the administrator's address.
_CARE_OF = {Language.NL: "p/a {name}", Language.EN: "c/o {name}"}


def addressee(debtor: Debtor) -> str:
    """Whom the letters' address belongs to, in one line (an e-mail's To:): the debtor's name, and "p/a" the
    administrator who receives the letters (`contact` then holds the administrator's e-mail address), as the
    envelope writes it: their office files it under its client, and a mail client that remembers the address
    does not remember it as the debtor's own."""
    representative = debtor.representative
    if representative is None or not representative.receives_letters:
        return debtor.name
    return f"{debtor.name} {_CARE_OF[debtor.language].format(name=representative.name)}"


def postal_lines(debtor: Debtor) -> tuple[str, ...]:
    """The lines of the postal address under the debtor's name (and a business's contact person): the
    administrator's "p/a" line first when the letters go to them (`contact` then holds their address)."""
    representative, address = debtor.representative, debtor.contact.address
    if representative is None or not representative.receives_letters or not address:
        return address
    return (_CARE_OF[debtor.language].format(name=representative.name), *address)
