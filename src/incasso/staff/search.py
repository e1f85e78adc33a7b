"""What the overview's search box finds a dossier by: every field staff know a debtor by.

The overview writes each dossier's fields, normalised, into its row of
the search index (incasso.staff.search_index, a break between two fields);
the page's script (theme/static_internal/staff.js) normalises what staff type the same way and shows the rows that
match. A row matches when every word typed occurs in its fields, or when
what was typed, without spaces and punctuation, occurs in one field without
them: so "RF18 5390 0754 7034", "rf18539007547034", "06-12345678" and
"3511zh" find what is written "RF18539007547034", "+31 6 12345678" and
"3511 ZH Utrecht". A Dutch number is also written as dialled at home
("0612345678") and from abroad ("+31612345678"), however it was stored. Of several words, the
rows that hold them as typed within one field ("oudegracht 73", the street and number) come
before the rows with the words spread over their fields ("73" in an id); and first of all, with one
word too, the rows where what was typed is a whole field ("000123" as an invoice number, before the
ids S-000123 and S-001234 that hold it); with one word, the rows whose debtor's name holds it come before
the rows where another field does (a contact person, an address), and each of those says which field
(search_record). Internal only: none of this reaches a public page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from incasso.claims.claim import Claim, is_closed
from incasso.ledger.model import Debtor, Representative, RepresentativeRole
from incasso.payments.reference import rf_reference
from incasso.staff.language import words
from incasso.staff.overview import paused_key, postponed_key

FIELD_SEPARATOR = "\n"  # between two fields; the search index writes search_index.FIELD_BREAK instead
_NUMBERED = re.compile(r"[^\W\d_]*[^\w]?0*([1-9]\d*)")  # "S-004821", "D-1006", "K000123": the number at its end
_DUTCH = "+31"  # the country code whose numbers are also dialled with a leading 0 at home
# Letters that NFD does not take apart into a plain letter and a mark, as typed without them
# (staff.js holds the same table).
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ı": "i"}
)


def normalise(text: str) -> str:
    """Lower case, accents dropped ("Łukasz Müller" -> "lukasz muller", "Åkerstraße" -> "akerstrasse"),
    spaces as one.

    staff.js does the same to what is typed: NFD, drop the combining marks (Mn), toLowerCase, and
    the letters no decomposition takes apart (ł, ø, æ, ß, ...) written as a Dutch keyboard would.
    """
    decomposed = unicodedata.normalize("NFD", text)
    # No ASCII character is a mark: most fields are ASCII and skip the walk by character
    # (the 128,962 fields of a 10,000-debtor overview took 0.26 s of CPU that way, now 0.05 s).
    if decomposed.isascii():
        return " ".join(decomposed.lower().split())
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(bare.lower().translate(_PLAIN_LETTERS).split())


def phone_forms(phone: str) -> tuple[str, ...]:
    """A phone number as written, and a Dutch one also as dialled at home and from abroad:
    "+31 6 1234", "+31 (0)6 1234", "0031 6 1234" and "06-1234" each also as "061234" and
    "+3161234". A foreign number stays as written."""
    written = phone.strip()
    if written.startswith(_DUTCH):
        national = written[len(_DUTCH) :].replace("(0)", "", 1)
    elif written.startswith("0031"):
        national = written[4:]
    elif written.startswith("0") and not written.startswith("00"):
        national = written[1:]
    else:
        return (phone,)
    digits = re.sub(r"\D", "", national)
    return tuple(dict.fromkeys((phone, "0" + digits, _DUTCH + digits)))


def dossier_number(debtor_id: str) -> str | None:
    """The dossier's number as a caller reads it, without its letters and leading zeros ("S-004821" -> "4821"):
    a whole field, it comes before the dossiers whose invoice numbers only hold the digits ("S000482-1"). None
    where the id is no letters (or zeros) before a number, or is that number already."""
    found = _NUMBERED.fullmatch(debtor_id)
    return found[1] if found and found[1] != debtor_id else None


def _agencies(debtor: Debtor) -> Iterator[str]:
    """Who has the file after a handover or a legal step, and the agency's own reference."""
    for event in debtor.events:
        yield from (v for v in (event.agency, event.agency_reference, event.bailiff) if v)


# Which field a line of the search text is, one letter each (search_record): the search names the field a
# dossier was found by ("gevonden in: contactpersoon"), and puts the dossiers found by their name first.
NAME = "N"
FIELD_KINDS = {
    "i": "id",
    "n": "number",
    NAME: "name",
    "p": "person",
    "e": "email",
    "t": "phone",
    "a": "address",
    "r": "reference",
    "f": "invoice",
    "c": "credit_note",
    "b": "agency",
    "k": "account",
    "s": "stage",
    "v": "administrator",
    "h": "counsellor",
}
_ROLE_KIND = {RepresentativeRole.ADMINISTRATOR: "v", RepresentativeRole.COUNSELLOR: "h"}


def _representative_fields(representative: Representative | None) -> list[tuple[str, str]]:
    """Who acts for the debtor, each field under their role ("gevonden in: bewindvoerder"): a counsellor's name
    finds every client they act for."""
    if representative is None:
        return []
    kind, phone = _ROLE_KIND[representative.role], representative.phone
    fields = [
        representative.name,
        representative.email or "",
        *(phone_forms(phone) if phone else ()),
        *representative.address,
    ]
    return [(kind, field) for field in fields]


def _labelled_fields(claim: Claim, accounts: Iterable[str]) -> dict[str, str]:
    """Every field staff know the claim's debtor by, each once (the first kind it is found as), with its kind
    (FIELD_KINDS' letter)."""
    # The debtor's own contact: `contact` holds an administrator's addresses when the letters go to them.
    debtor = claim.debtor
    contact = debtor.own_contact or debtor.contact
    fields = [("i", debtor.id), ("n", dossier_number(debtor.id) or ""), (NAME, debtor.name)]
    fields += [("p", contact.person or ""), ("e", contact.email or "")]
    fields += (("t", form) for form in (phone_forms(contact.phone) if contact.phone else ()))
    fields += (("a", line) for line in contact.address)  # street, postcode and town: each line a field
    fields += _representative_fields(debtor.written_block)  # also one whose help ended: they may still call
    fields += [("r", rf_reference(debtor.id))]  # the payment reference the debtor quotes
    fields += (("f", i.number) for i in debtor.invoices)
    fields += (("c", note.number) for i in debtor.invoices for note in i.credit_notes)
    fields += (("b", agency) for agency in _agencies(debtor))
    fields += (("k", account) for account in accounts)
    fields += (("s", name) for name in _stage_and_status(claim))
    labelled: dict[str, str] = {}
    for kind, field in fields:
        if field:
            labelled.setdefault(field, kind)
    return labelled


def search_fields(claim: Claim, accounts: Iterable[str] = ()) -> tuple[str, ...]:
    """Every field staff know the claim's debtor by, as written in the ledger, each once, and the
    `accounts` (IBANs) the debtor's bank payments came from."""
    return tuple(_labelled_fields(claim, accounts))


def _stage_and_status(claim: Claim) -> list[str]:
    """The stage and status as the overview names the claim: a closed one by its group (Betaald,
    Afgeschreven) only, not by the stage it stopped at ("sommatie" found written-off claims too)."""
    if is_closed(claim):
        return [words().STATUS[claim.status]]
    names = [words().STAGE[claim.stage], words().STATUS[claim.status]]
    if claim.paused:  # the badge the overview shows it with: "Gepauzeerd: regeling op schema"
        names.append(words().PAUSED[paused_key(claim)])
    postponed = postponed_key(claim)
    if postponed is not None:  # as its badge: "Gepauzeerd: uitstel ..."
        names.append(words().PAUSED[postponed])
    return names


def search_record(claim: Claim, accounts: Iterable[str] = ()) -> tuple[str, str]:
    """The row's search text, its fields normalised with FIELD_SEPARATOR between two (the search index writes its
    own break, search_index.FIELD_BREAK), and the kind of each of its fields (FIELD_KINDS' letters)."""
    labelled = _labelled_fields(claim, accounts)
    return FIELD_SEPARATOR.join(normalise(field) for field in labelled), "".join(labelled.values())
