"""A dossier's notes (incasso.claims.dossier_notes) in Dutch, where staff work on the dossier.

The build's log says each note in English, for whoever reads it at night; the
staff read the same note on the dossier page, under Let op: what it is, what
it means and what to do, where in the debtor's file, and whether it is about
the next step. The overview flags the dossier (staff.overview.note_flags),
naming each note by its title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from incasso.claims.claim import Claim
from incasso.claims.dossier_notes import DossierNote, NoteValue, by_next_step, in_business_words, with_vat
from incasso.ledger.model import EventType
from incasso.ledger.problems import Source
from incasso.staff import formats as fmt
from incasso.staff.language import action_name, words


@dataclass(frozen=True, slots=True)
class NoteView:
    """One note under Let op: its title, what it means and what to do, and where it was written."""

    kind: str  # for data-kind
    css: str
    title: str
    text: str
    where: str  # "debtors/D-1026.yaml, regel 18"
    before: str | None  # "vóór de volgende stap: sommatie sturen", when the note is about it


def note_title(note: DossierNote) -> str:
    return words().NOTE_TITLE[note.kind]


def note_text(note: DossierNote) -> str:
    """What the note means and what to do, its dates and amounts as staff read them; a business's in its own
    words where a rule it names protects only a consumer (NOTE_BUSINESS)."""
    said = words().NOTE[note.kind]
    if "handed_over" in note.values:  # the steps send no final notice after a handover: the note says so
        said = words().NOTE_HANDED_OVER.get(note.kind, said)
    if in_business_words(note):
        said = words().NOTE_BUSINESS.get(note.kind, said)
    if "vat" in note.values:  # its amounts hold the VAT on the costs: said with it, not as the staffel's
        said = with_vat(said, words().NOTE_VAT.get(note.kind))
    return fmt.sentence(said, **{name: _dutch(value) for name, value in note.facts})


def _dutch(value: NoteValue) -> str:
    if isinstance(value, tuple):  # an address's parts, a plan's days: each short
        return ", ".join(fmt.short_day(item) if isinstance(item, date) else str(item) for item in value)
    if isinstance(value, EventType):
        return words().EVENT[value]
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, Decimal):
        return fmt.money(value)
    return str(value)


def in_ledger(path: str) -> str:
    """A debtor's file from the ledger's own folder on ("debtors/D-1001.yaml"): the path before it is the
    build machine's (CI's, at night)."""
    start = path.rfind("debtors/")
    return path[start:] if start >= 0 else path


def next_step_words(claim: Claim) -> str:
    """The claim's next step as a note names it: "sommatie sturen"."""
    return action_name(claim.next_action.kind, claim.debtor).lower() if claim.next_action is not None else ""


def note_views(claim: Claim, notes: tuple[DossierNote, ...]) -> tuple[NoteView, ...]:
    """The dossier's notes under Let op, those about the next step first (in their order otherwise)."""
    before, rest = by_next_step(notes, claim)
    marker = words().PHRASE["note_before"].format(step=next_step_words(claim))
    return tuple(_note_view(note, marker) for note in before) + tuple(_note_view(note, None) for note in rest)


def _note_view(note: DossierNote, before: str | None) -> NoteView:
    return NoteView(
        kind=str(note.kind),
        css="flag flag-note_before_step" if before else "flag flag-dossier_note",
        title=note_title(note),
        text=note_text(note),
        where=place(note.source),
        before=before,
    )


def place(source: Source) -> str:
    """A place in the ledger as the dossier says it: "debtors/D-1.yaml, regel 14" (the file alone without a line)."""
    path = in_ledger(source.path)
    return words().PHRASE["note_where"].format(path=path, line=source.line) if source.line else path


def events_place(claim: Claim) -> str:
    """Where in the debtor's file the lines to paste go: at the end of `events:`, and before the key the file
    writes after its events (`payments:`, `representative:`): pasted at the end of such a file, they would be read
    as that key's and refused (new1 review, #5; s43 review)."""
    debtor = claim.debtor
    path = in_ledger(debtor.source.path)
    if not debtor.events:  # no history yet: the lines bring `events:` (`with_events_key`), at the end or in its place
        written = debtor.events_key
        if written is not None and written.path == debtor.source.path:
            return words().PHRASE["events_place_replace"].format(path=path, line=written.line)
        return words().PHRASE["events_place_new"].format(path=path)
    last = max(event.source.line for event in debtor.events)
    # The key itself, not what is under it: a file ending in `payments: []` has nothing under it, and lines pasted
    # after it are refused all the same; so are lines pasted under a `representative:` written after the events.
    after = debtor.key_after_events
    if after is not None and after[1].path == debtor.source.path and after[1].line > last:
        return words().PHRASE["events_place_before"].format(path=path, key=after[0])
    return words().PHRASE["events_place"].format(path=path)


def with_events_key(lines: str, claim: Claim) -> str:
    """The event lines to paste into the claim's file, with the `events:` line before them when the file has no
    event yet: pasted at its end (`events_place`) they then read as the file's events, not as one more item of the
    list above them, or as lines the check refuses. A file with `events: []` has them replace that line."""
    return lines if claim.debtor.events else "events:\n" + lines
