"""The fields of a debtor that a posted letter would print as empty boxes: characters no installed font of
the letters draws (pdf.undrawable reads each font's glyph table). Such a letter's PDF is not written;
`incasso check` and the build say where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from incasso.ledger.model import Debtor
from incasso.ledger.problems import Source
from pelican.plugins.incasso.letters import pdf
from pelican.plugins.incasso.letters.pdf import undrawable


@dataclass(frozen=True, slots=True)
class Unprintable:
    """A field a posted letter prints that holds characters no installed font of the letters draws."""

    source: Source
    field: str
    chars: str  # each once, in order


def unprintable(debtor: Debtor) -> tuple[Unprintable, ...]:
    """The fields of `debtor` that a posted letter would print as empty boxes: its PDF is not written (a
    letter with an unreadable addressee may not arrive, nor be proved to have); the page and e-mail are."""
    contact = debtor.contact
    if not contact.address:
        return ()
    at = contact.address_source or debtor.source
    fields = [
        ("name", debtor.source, debtor.name),
        ("contact.person", debtor.source, contact.person),
        ("contact.salutation", debtor.source, contact.salutation),
        *((f"contact.address[{n}]", at, line) for n, line in enumerate(contact.address)),
        *(
            (f"invoices[{n}].description", invoice.source, invoice.description_in(debtor.language))
            for n, invoice in enumerate(debtor.invoices)
        ),
    ]
    return tuple(
        Unprintable(source, field, chars) for field, source, value in fields if value and (chars := undrawable(value))
    )


def unprintable_notes(debtors: Iterable[Debtor]) -> list[str]:
    """What `check` and the build say of each field `unprintable` finds: where, which characters, what to do."""
    return [
        f"{found.source}: {found.field}: holds {_counted(found.chars)} no font of the letters can draw: "
        f"{debtor.id}'s posted letters are not written (the day's letters say 'niet verstuurbaar'); the page and "
        "e-mails are. Write it in Latin script (a name as the passport spells it); `make fonts` installs the "
        "letters' fonts (Latin, Greek, Cyrillic, Chinese, Japanese, Korean)"
        for debtor in debtors
        for found in unprintable(debtor)
    ]


def _counted(chars: str) -> str:
    """How many such characters, not which: the log may be read by others than staff (a CI log), and even
    code points spell a name back; the day's letters on the staff pages show the characters themselves."""
    return "1 character" if len(chars) == 1 else f"{len(chars)} characters"


UNEMBEDDED_FONTS = (
    "{count} written in PDF's standard Helvetica, not embedded: Liberation Sans is not installed on this machine. "
    "A print service's preflight rejects such a PDF or prints it in a font of its own: run `make fonts` "
    "(Debian's fonts-liberation2) and build again before sending them to be printed"
)


def unembedded_notes(letters: Path) -> list[str]:
    """The note for today's PDF letters when Liberation is missing and they fell back to Helvetica (pdf.STANDARD):
    without it the fallback was silent, and the letters looked right on screen."""
    if pdf.STANDARD is not pdf.HELVETICA:
        return []
    count = sum(1 for path in letters.glob("*.pdf") if not path.name.startswith("print-"))
    return [UNEMBEDDED_FONTS.format(count=f"{count} letter{'s' if count != 1 else ''}")] if count else []
