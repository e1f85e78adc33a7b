"""What a build checks before it builds: the core's rules of the day, and the letters' own.

A letter's address must fit the window of the envelope it is posted in, and
the creditor's letterhead the room above it. Only the renderer knows how wide
a line is drawn (pelican.plugins.incasso.letters), so those rules are checked
here, with the renderer's own measure, and `incasso check` asks them too:
whatever check accepts, a build builds, and a problem is reported with its
file, line and field before anything is touched.

`checked_books` is the one way in for both: the books and the claims, or every
problem of every pass in one LedgerError. A ledger with problems still has the
rules of the day checked for the debtors a problem leaves sound.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from incasso.bank.books import Books, BooksRead, read_books_so_far
from incasso.claims.assess import assess
from incasso.claims.checks import claim_problems
from incasso.claims.claim import Claim
from incasso.claims.dossier_notes import NOTES_ASKED, DossierNote, NoteKind, in_english
from incasso.ledger.cache import LedgerCache
from incasso.ledger.load import Phase, Spread, untimed
from incasso.ledger.model import LANGUAGES, Creditor, Debtor, Ledger
from incasso.ledger.problems import LedgerError, Problem
from incasso.letters.checks import letter_problems
from incasso.letters.due import FirstSeen, booked_as_recorded, confirmed_as_written
from incasso.letters.records import Letterhead
from incasso.letters.view import letterhead, recipient_lines
from pelican.plugins.incasso.letters.envelope import ENVELOPES, RIGHT_WINDOW, Envelope
from pelican.plugins.incasso.letters.pdf import (
    ADDRESS_SIZES,
    HEAD_STEPS,
    LEADING,
    NAME_FLOOR,
    RETURN_FLOOR,
    RETURN_SIZES,
    STANDARD,
    UNICODE,
    WIDTH,
    Fonts,
    address_size,
    dejavu_installed,
    letterhead_layout,
    letterhead_room,
    needs_unicode,
    return_address,
    return_room,
    text_width,
    window_layout,
)

# What the window shows above the address: the debtor's name, and "p/a" an administrator who receives the letters.
_ABOVE = {False: "the name", True: "the debtor's name and the p/a line"}


def checked_books(
    root: str | Path,
    as_of: date,
    seen: FirstSeen,
    phase: Phase = untimed,
    cache: LedgerCache | None = None,
    spread: Spread = map,
) -> tuple[Books, list[Claim]]:
    """The books as of `as_of` (`read_books`) and every debtor's claim (`checked_claims`).

    LedgerError with every problem at once: the ledger's files', the bank files', and the rules of
    the day and of the letters (the confirmations due as `seen` says) for the debtors whose files
    (and bank entries) have none. `phase` surrounds the steps: "load", "reconcile", "assess".
    """
    read = read_books_so_far(root, as_of, phase, cache, spread)
    if not read.problems and read.books is not None:
        with phase("assess"):
            ledger, claims = checked_claims(read.books.ledger, as_of, seen)
            return replace(read.books, ledger=ledger), claims
    with phase("assess"):
        found = _problems_of_the_sound(read, as_of, seen)
    raise LedgerError([*read.problems, *found], skipped=read.skipped)


def checked_claims(ledger: Ledger, as_of: date, seen: FirstSeen) -> tuple[Ledger, list[Claim]]:
    """Every debtor's claim as of `as_of`, with the ledger they were assessed from (a plan's confirmation written
    late marked as `seen` says: letters.due.confirmed_as_written); LedgerError with every problem of the day and of
    the letters (the confirmations due as `seen` says)."""
    ledger, claims = _assessed(ledger, as_of, seen)
    envelope = ENVELOPES[ledger.creditor.policy.envelope_window]
    found = claim_problems(claims) + letter_problems(ledger, claims, seen) + address_problems(ledger.debtors, envelope)
    found += letterhead_problems(ledger.creditor, envelope)
    if found:
        raise LedgerError(found, skipped=ledger.skipped)
    return ledger, claims


def _assessed(ledger: Ledger, as_of: date, seen: FirstSeen) -> tuple[Ledger, list[Claim]]:
    """Every debtor's claim as of `as_of`, a plan whose confirmation a build wrote late counted from that day, and a
    payment taken back whose statement is archived booked on the day a build read (letters.due.booked_as_recorded)."""
    ledger = booked_as_recorded(ledger, seen)
    return confirmed_as_written(ledger, [assess(ledger, debtor, as_of) for debtor in ledger.debtors], seen)


def _problems_of_the_sound(read: BooksRead, as_of: date, seen: FirstSeen) -> list[Problem]:
    """The rules of the day and of the letters, for what a ledger with problems leaves sound.

    An address is checked for every debtor whose file is sound; a claim only for one whose bank
    entries are sound too, and only when the creditor's file and every bank file could be read:
    a claim computed without the creditor's policy, or without a payment an unreadable
    statement holds, would break rules it keeps. Without the creditor's file, the addresses are measured
    against the default envelope's window (its policy.envelope_window unknown).
    """
    envelope = ENVELOPES[read.books.ledger.creditor.policy.envelope_window] if read.books else RIGHT_WINDOW
    problems = address_problems(read.debtors, envelope)
    if read.books is not None:
        problems += letterhead_problems(read.books.ledger.creditor, envelope)
    if read.books is not None and read.payments_known:
        ledger, claims = _assessed(read.books.ledger, as_of, seen)
        problems += claim_problems(claims) + letter_problems(ledger, claims, seen)
    return problems


def address_problems(debtors: Iterable[Debtor], envelope: Envelope = RIGHT_WINDOW) -> list[Problem]:
    """Every postal address that, with the name above it, does not fit the window of `envelope` (the
    creditor's policy.envelope_window)."""
    return [problem for debtor in debtors if (problem := _address_problem(debtor, envelope)) is not None]


def most_lines(envelope: Envelope) -> int:
    """How many lines the envelope's window holds in the smallest type."""
    return int(envelope.address_area.height // (ADDRESS_SIZES[-1] * LEADING))


def _address_problem(debtor: Debtor, envelope: Envelope) -> Problem | None:
    if not debtor.contact.address:
        return None  # no letter goes by post
    lines = recipient_lines(debtor)
    # The address must fit in each font its letter may be drawn in (DejaVu Sans is wider).
    area = envelope.address_area
    if all(address_size(lines, fonts.regular, area=area) is not None for fonts in _fonts_for(lines)):
        return None
    # Care of an administrator (`contact` holds their address), the p/a line takes a line of the window too.
    care_of = debtor.representative is not None and debtor.representative.receives_letters
    return Problem(
        debtor.contact.address_source or debtor.source,
        "representative.address" if care_of else "contact.address",
        f"with {_ABOVE[care_of]} above it, the address does not fit the envelope's window, even in "
        f"{ADDRESS_SIZES[-1]} pt type ({len(lines)} lines, at most {most_lines(envelope)}, each at most the window's "
        "width): shorten the lines or write fewer",
        " / ".join(lines),
    )


# The least an address line must have beside the details of a long letterhead: "3534 AR Utrecht" needs 19 mm.
ADDRESS_AT_LEAST = 40 * mm


def letterhead_problems(creditor: Creditor, envelope: Envelope = RIGHT_WINDOW) -> list[Problem]:
    """The creditor's letterhead (name, address, phone, e-mail, KVK, VAT, IBAN), if it does not fit above the
    window of `envelope` in any layout the letters have (pdf.letterhead_layout), in either language and in each
    font a letter may be drawn in: one problem, at the name when that alone is too wide, else at the address."""
    fonts = _fonts_for((creditor.name, *creditor.address))
    heads = [letterhead(creditor, lang) for lang in LANGUAGES]  # with the IBAN: the longest it is
    if all(letterhead_layout(head, font, envelope) is not None for head in heads for font in fonts):
        return []
    return [_letterhead_problem(creditor, heads, fonts, envelope)]


def return_address_notes(creditor: Creditor) -> list[str]:
    """The note for a creditor's name and address that fit the window as the return address in no form the letters
    try (pdf.return_address): the post could not return a letter it cannot deliver. Not a problem: the letters
    are drawn, without it, as before it was printed."""
    envelope = ENVELOPES[creditor.policy.envelope_window]
    width, most = envelope.address_area.width, envelope.return_lines
    head = Letterhead(creditor.name, tuple(creditor.address), ())
    fonts = _fonts_for((creditor.name, *creditor.address))
    missing = [font for font in fonts if return_address(head, font.regular, width, most) is None]
    if not creditor.address or not missing:
        return []
    which = "posted letters go" if missing[0] == fonts[0] else "letters in DejaVu Sans (a name in another script) go"
    if most > 1 and text_width(creditor.name, missing[0].regular, min(RETURN_SIZES)) > width:
        # Alone on its line in the left window: no shorter address makes room, so the name is the place to say it.
        return [
            f"{creditor.name_source or creditor.source}: name: too wide for the return address above the recipient "
            f"in the envelope's window, even alone on its line in 6 pt type (at most {width / mm:.0f} mm): {which} "
            "without it, so the post cannot return one it cannot deliver (a shorter address makes no room for it)"
        ]
    shape = "on one line or two" if most > 1 else "on one line"
    return [
        f"{creditor.address_source or creditor.source}: address: with the name, too wide for the return address "
        f"above the recipient in the envelope's window {shape} (at most {width / mm:.0f} mm), even in 6 pt type and "
        f"without a 't.a.v.' line: {which} without it, so the post cannot return one it cannot deliver. Shorten the "
        "address (or the name)"
    ]


def return_address_said(claims: Iterable[Claim], creditor: Creditor) -> list[str]:
    """What `check` and the build's log say of the return address: the creditor's note (`return_address_notes`),
    else one per dossier whose letters go without it (`return_address_dropped`), in English."""
    said = return_address_notes(creditor)
    return said or [in_english(note) for note in return_address_dropped(claims, creditor)]


def return_address_dropped(claims: Iterable[Claim], creditor: Creditor) -> tuple[DossierNote, ...]:
    """A note for each open dossier whose posted letters go without the return address (pdf.window_layout, which
    the renderer draws by): its name and address leave it no room above them in RETURN_FLOOR type or larger. Of the
    address its letters go to today, the administrator's where they go p/a, in the creditor's envelope. Not a
    problem: the letters are drawn, without it; nor where the creditor's address fits no form of it at all
    (`return_address_notes` says that once)."""
    envelope = ENVELOPES[creditor.policy.envelope_window]
    head = Letterhead(creditor.name, tuple(creditor.address), ())
    # Asked twice a build, for the staff pages and then for the log (some 30 us a debtor of measuring text): kept
    # with the claim as its other notes are (NOTES_ASKED outlives the debtor's files), under what it depends on.
    question = (NOTES_ASKED, "return address dropped", creditor.policy.envelope_window, head)
    return tuple(
        note
        for claim in claims
        if not claim.closed and (note := _dropped_from(claim, question, head, envelope)) is not None
    )


def _dropped_from(
    claim: Claim, question: tuple[object, ...], head: Letterhead, envelope: Envelope
) -> DossierNote | None:
    return claim.answer(question, lambda: _return_address_dropped(claim.debtor, head, envelope))


def _return_address_dropped(debtor: Debtor, head: Letterhead, envelope: Envelope) -> DossierNote | None:
    if not debtor.contact.address:
        return None  # no letter goes by post
    lines = recipient_lines(debtor)
    window = window_layout(lines, head, envelope)  # in the font the letter draws its window in, whatever its text
    back = return_address(head, window.font, envelope.address_area.width, envelope.return_lines) if window else None
    if window is None or window.back or back is None:
        return None  # refused (address_problems), printed, or the creditor's own note (return_address_notes)
    area = envelope.address_area
    room = area.height - return_room(*back)
    care_of = debtor.representative is not None and debtor.representative.receives_letters
    return DossierNote(
        NoteKind.RETURN_ADDRESS_LEFT_OUT,
        debtor.id,
        debtor.contact.address_source or debtor.source,
        (
            ("lines", len(lines)),
            ("most", _lines_within(room)),
            ("width", int(area.width / mm)),
            ("field", "representative.address" if care_of else "contact.address"),
        ),
    )


def _lines_within(room: float) -> int:
    """How many lines of RETURN_FLOOR type `room` points hold, as pdf.address_size counts them."""
    most = 0
    while (most + 1) * RETURN_FLOOR * LEADING <= room:
        most += 1
    return most


def _fonts_for(lines: tuple[str, ...]) -> list[Fonts]:
    """The fonts a letter with `lines` on it may be drawn in: Liberation Sans unless a line needs DejaVu Sans,
    which any letter switches to when its debtor's name needs it."""
    fonts = [] if any(needs_unicode(line) for line in lines) else [STANDARD]
    return [*fonts, UNICODE] if dejavu_installed() else fonts


def _letterhead_problem(creditor: Creditor, heads: list[Letterhead], fonts: list[Fonts], envelope: Envelope) -> Problem:
    """The letterhead's problem, saying what fits in the narrowest of `fonts` and the longest of `heads`."""
    smallest = min(HEAD_STEPS)
    if any(text_width(creditor.name, font.bold, NAME_FLOOR) > WIDTH for font in fonts):
        return Problem(
            creditor.name_source or creditor.source,
            "name",
            f"is too wide for the letters' letterhead, even in {NAME_FLOOR} pt type (at most {WIDTH / mm:.0f} mm): "
            "write it shorter",
            creditor.name,
        )
    rooms = [letterhead_room(head, font, envelope) for head in heads for font in fonts]
    rows, width = min(rows for rows, _ in rooms), min(width for _, width in rooms)
    if width < ADDRESS_AT_LEAST and creditor.contact.email:  # the e-mail address leaves the address no room
        return Problem(
            creditor.source,
            "contact.email",
            f"is too long for the letters' letterhead: beside it an address line would have {max(width, 0) / mm:.0f} "
            f"mm, less than {ADDRESS_AT_LEAST / mm:.0f}: write a shorter address for the desk",
            creditor.contact.email,
        )
    return Problem(
        creditor.address_source or creditor.source,
        "address",
        f"with the name, phone, e-mail, KVK, VAT and IBAN, the letterhead does not fit above the envelope's window, "
        f"even in {smallest} pt type ({len(creditor.address)} lines; beside the other details at most {rows}, each at "
        f"most {width / mm:.0f} mm wide): shorten the lines or write fewer",
        " / ".join(creditor.address),
    )
