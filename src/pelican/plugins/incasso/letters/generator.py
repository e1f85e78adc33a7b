"""The day's letters: a PDF per letter to post, an .eml per letter to send, one PDF to print them all.

Written to INTERNAL_OUTPUT/letters/ only, never to the public output. Which
letters are due and what they say comes from the core (incasso.letters); this
module renders and writes them, one debtor at a time, in the pass over the
debtors (incasso.debtors): the letters take their QR code from the statement
view made there for the page, so no code is encoded twice. The print file is
joined afterwards from the PDFs written, in debtor order.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from incasso.claims.claim import Claim
from incasso.law.calendar import posting_day
from incasso.ledger.model import Channel, Ledger
from incasso.letters.due import STEPS, DueLetter, FirstSeen, LetterKind, file_stem, forms, letters_due
from incasso.letters.outlook import asked_apart, costs_stated
from incasso.letters.view import letter_view
from incasso.staff import formats as staff_fmt
from incasso.staff.language import words
from incasso.staff.view import DayLetter, PrintBatch
from incasso.statement.pay import PayDetails

from .envelope import ENVELOPES
from .mail import mail_environment, render_eml
from .pdf import pdf_date, render_pdf
from .texts import LetterTexts
from .unprintable import unprintable

FOLDER = "letters"
EXTENSIONS = {Channel.LETTER: "pdf", Channel.EMAIL: "eml"}


@dataclass(frozen=True)
class Job:
    """One letter in one form, with what it needs that the core does not compute."""

    claim: Claim
    due: DueLetter
    form: Channel
    link: str | None
    pay: PayDetails | None


@dataclass(frozen=True)
class Rendered:
    debtor_id: str
    kind: str
    form: Channel
    name: str  # the file name inside letters/
    data: bytes
    pages: int  # 0 for an e-mail


@dataclass(frozen=True)
class RenderContext:
    ledger: Ledger
    texts: LetterTexts
    theme: str
    demo: bool = False  # no real secret made the links: every letter carries the demo's mark (LetterView.demo)


def render(context: RenderContext, job: Job, mail_env=None) -> Rendered:
    """One letter in one form, as the bytes of its file."""
    claim = job.claim
    view = letter_view(context.ledger, claim, job.due, job.form, link=job.link, pay=job.pay, demo=context.demo)
    opening = context.texts.opening(
        view.lang, view.opening, wait_too=job.due.wait is not None, returned=bool(view.returned)
    )
    view = view.read_with(opening.named)  # the agency named once: in the opening, or else below it
    text = opening.filled(view.text_values)
    name = f"{view.file_stem}.{EXTENSIONS[job.form]}"
    if job.form == Channel.LETTER:
        envelope = ENVELOPES[context.ledger.creditor.policy.envelope_window]
        data, pages = render_pdf(view, text.blocks, envelope)
        return Rendered(claim.debtor.id, job.due.kind, job.form, name, data, pages)
    env = mail_env or mail_environment(context.theme)
    data = render_eml(view, text, env, context.ledger.creditor.name, claim.as_of)
    return Rendered(claim.debtor.id, job.due.kind, job.form, name, data, 0)


def day_letters(
    ledger: Ledger,
    claim: Claim,
    seen: FirstSeen,
    possibly_paid: bool = False,
    named: bool = False,
    returned: bool = False,
) -> tuple[DayLetter, ...]:
    """The letters due for `claim` today, each with the files it is written to: a PDF when the debtor
    has a postal address, an e-mail when they have an e-mail address (neither: none can be written),
    a final notice with the costs it states as its own (staff record them with it), and a letter that asks
    another amount than the debtor's page with that amount. With `possibly_paid` (a bank credit may be
    the debtor's) a step's letter waits for staff's look (DayLetter.look_first); with `named` (a credit the
    bank section lists for the debtor by a likeness of name alone) it goes out, with a word to look first; with
    `returned` (the bank took a payment back, no contact recorded since) it waits until staff have been in touch
    (DayLetter.contact_first)."""
    found = []
    boxes = _boxes(claim)
    for due in letters_due(claim, seen):
        reachable = _written(claim, due, boxes)
        stem = f"{FOLDER}/{file_stem(claim.debtor.id, due.kind)}"
        pdf = f"{stem}.{EXTENSIONS[Channel.LETTER]}" if Channel.LETTER in reachable else None
        eml = f"{stem}.{EXTENSIONS[Channel.EMAIL]}" if Channel.EMAIL in reachable else None
        recorded = (due.sent.channel or Channel.LETTER) if due.sent is not None else None
        # A final notice in two forms states two last days: staff send one, and record which.
        one_way = due.kind == LetterKind.FINAL_NOTICE and recorded is None
        costs = costs_stated(ledger, claim, due) if pdf or eml else None
        asks = asked_apart(ledger, claim, due) if pdf or eml else None  # staff see it beside the page's
        # A confirmation an earlier build today wrote too (its record says so): this build writes it again
        # (it replaces the letters folder), and staff must send it once.
        again = (
            due.kind not in STEPS
            and due.recorded is not None
            and seen.recorded(claim.debtor.id, due.kind, due.recorded) == claim.as_of
        )
        since = seen.step_written(claim, due.kind) if due.kind in STEPS and (pdf or eml) and recorded is None else None
        look = possibly_paid and due.kind in STEPS and recorded is None
        call = returned and due.kind in STEPS and recorded is None and not look
        found.append(
            DayLetter(
                due.kind,
                pdf,
                eml,
                recorded,
                one_way=one_way,
                costs=costs,
                earlier_today=again,
                asks=asks,
                ready_since=since,
                look_first=look,
                contact_first=call,
                named_credit=named and due.kind in STEPS and recorded is None and not look,
                unprintable=boxes,
                wait_until=_wait_until(due),
                of_sum=due.kind == LetterKind.SETTLEMENT_REMINDER and _by_one_day(claim),
            )
        )
    return tuple(found)


def _by_one_day(claim: Claim) -> bool:
    """Whether the claim's settlement is paid by one day (`pay_by`): its reminder is of the agreed sum, not of an
    instalment (staff.view.letter_name_key)."""
    return claim.accord is not None and claim.accord.event.pay_by is not None


class LetterWriter:
    """Writes each debtor's letters of the day into letters/ of the internal output."""

    def __init__(self, context: RenderContext, folder: Path, seen: FirstSeen) -> None:
        self.context, self.folder, self.seen = context, folder, seen
        self.mail = mail_environment(context.theme)

    def write(self, claim: Claim, link: str | None, pay: PayDetails | None) -> None:
        """Write the letters due for `claim`, each in every form the debtor can be reached by (as
        day_letters names their files)."""
        boxes = _boxes(claim)
        for due in letters_due(claim, self.seen):
            for form in _written(claim, due, boxes):
                letter = render(self.context, Job(claim, due, form, link, pay), self.mail)
                (self.folder / letter.name).write_bytes(letter.data)


def _wait_until(due: DueLetter) -> date | None:
    """The last day of the wait asked for that a promise's or a plan's confirmation confirms too (DueLetter.wait)."""
    until = due.wait.until if due.wait is not None else None
    return until - timedelta(days=1) if until is not None else None


def _boxes(claim: Claim) -> str | None:
    """The characters of the debtor's name or address no font of the letters draws (letters.unprintable)."""
    return "".join(dict.fromkeys("".join(found.chars for found in unprintable(claim.debtor)))) or None


def _written(claim: Claim, due: DueLetter, boxes: str | None) -> tuple[Channel, ...]:
    """The forms a letter is written in: those the debtor is reached by, without the PDF when it would print
    boxes (the statement page and the e-mail draw every character)."""
    reachable = forms(claim.debtor, due)
    return tuple(form for form in reachable if not (boxes and form == Channel.LETTER))


# Letters per print file. The joining library holds about 150 kB a letter until it writes the file, most
# of it the letter's embedded font subsets (57 kB before they were embedded; BENCHMARKS.md, session 44):
# a first build after importing a backlog posts tens of thousands of letters, which in one file would
# cost gigabytes here and be more than a printer takes in one job (a part is about 22 MB).
PRINT_BATCH = 500


def to_print(letter: DayLetter) -> str | None:
    """The PDF a letter puts in the day's print file: one to post, not recorded yet (a step staff
    recorded today was sent already; its PDF stays beside the others, printed again it is posted twice),
    not a final notice written both ways (staff choose one: a mailroom printing the whole file and
    staff e-mailing it would send two letters with two different last days), and not a step's letter to a
    dossier a bank credit may have paid (staff look first) or whose payment the bank took back (staff get in
    touch first)."""
    held = letter.form_to_choose or letter.held_first
    return letter.pdf if letter.recorded is None and not held else None


def print_files(as_of: date, posted: int) -> tuple[PrintBatch, ...]:
    """The PDFs that print the day's `posted` letters: one for a day of at most PRINT_BATCH letters
    (print-DATE.pdf), else parts of PRINT_BATCH letters each (print-DATE-1.pdf, ...)."""
    day, batch = as_of.isoformat(), PRINT_BATCH
    if posted <= batch:
        return (PrintBatch(f"{FOLDER}/print-{day}.pdf", 1, posted),) if posted else ()
    starts = range(1, posted + 1, batch)
    width = len(str(len(starts)))  # parts sort in order in a file listing
    return tuple(
        PrintBatch(f"{FOLDER}/print-{day}-{part:0{width}d}.pdf", first, min(first + batch - 1, posted))
        for part, first in enumerate(starts, start=1)
    )


# A subset's name: six capital letters and a plus before the font's own name ("/AAAAAA+DejaVuSans").
_SUBSET = re.compile(r"^/[A-Z]{6}\+")


def _subset_tag(number: int) -> str:
    """Six capital letters for `number`, in base 26: AAAAAA, AAAAAB, ..."""
    letters = []
    for _ in range(6):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("A") + digit))
    return "".join(reversed(letters))


def print_title(about: PrintBatch, day: date, once: int = 0) -> str:
    """The print file's title: its day and its letters. Of a day no post is counted as collected
    (law.calendar.posting_day) it says what the overview does (staff.sections.no_post_note), for a print room handed
    the file: the next day with post, and that the steps in it are written again by that day's build, dated that
    day (those are posted, not these); the `once` letters only this build writes (a confirmation, a handover notice)
    go from this file then."""
    phrase = words().PHRASE
    first, last = about.first, about.last
    letters = phrase["print_letters" if last > first else "print_letters_one"].format(first=first, last=last)
    dated, posting = staff_fmt.day(day), posting_day(day)
    if posting == day:
        return phrase["print_title"].format(date=dated, letters=letters)
    named = staff_fmt.weekday_day(posting)
    if once >= last - first + 1:  # no step in it: the file goes as it is
        return phrase["print_title"].format(
            date=phrase["print_posting"].format(date=dated, posting=named), letters=letters
        )
    if not once:
        return phrase["print_again"].format(date=dated, posting=named, letters=letters)
    some = phrase["print_once_one" if once == 1 else "print_once_many"].format(count=staff_fmt.count(once))
    return phrase["print_again_some"].format(date=dated, posting=named, once=some, letters=letters)


class PrintFile:
    """The day's PDF letters joined into one file to print, letter by letter in the order added.

    A letter of an odd number of pages (a plan's instalments can take three) is followed by a blank
    page: printed on both sides, the next debtor's letter would otherwise begin on the back of its
    last sheet, and go in its envelope. Each letter has a bookmark at its first page, named as its
    file: a print service splits the file per letter by them (an inserter counts a letter's pages).

    Its document information says where it came from, as each letter's does (Creator incasso, the letters'
    Producer, not pypdf's), and its catalog the language most of its letters are in (/Lang). It has no tag
    tree: a print service reads none, and each letter's own PDF keeps its tags for a screen reader."""

    def __init__(
        self, about: PrintBatch | None = None, day: date | None = None, creditor: str = "", once: int = 0
    ) -> None:
        self.writer = PdfWriter()
        self.letters = 0
        self.subsets = 0  # embedded font subsets renamed so far
        self.producer: str | None = None  # the first letter's: the program that drew the pages
        self.languages: Counter[str] = Counter()  # the letters' /Lang, counted
        self.writer.page_mode = "/UseOutlines"  # a viewer opens with the letters' list beside them
        if about is not None and day is not None:
            self._describe(about, day, creditor, once)

    def _describe(self, about: PrintBatch, day: date, creditor: str, once: int) -> None:
        """Dated the day its letters are, as each letter is (pdf.pdf_date), and named for the print room (print_title):
        pypdf's bare "Producer" left a file kept as proof of posting without a day or an owner."""
        stamp = pdf_date(day)
        self.writer.add_metadata(
            {
                "/Title": print_title(about, day, once),
                "/Author": creditor,
                "/Creator": "incasso",
                "/CreationDate": stamp,
                "/ModDate": stamp,
            }
        )

    def add(self, letter: bytes | Path) -> None:
        """`letter` added, with its bookmark: its file's name without .pdf, or (bytes) its number in the file."""
        first = len(self.writer.pages)
        reader = PdfReader(io.BytesIO(letter) if isinstance(letter, bytes) else letter)
        self._note_origin(reader)
        self.writer.append(reader, import_outline=False)
        self._rename_subsets(self.writer.pages[first:])
        name = letter.stem if isinstance(letter, Path) else str(self.letters + 1)
        self.writer.add_outline_item(title=name, page_number=first)
        if len(self.writer.pages) % 2:
            self.writer.add_blank_page()  # the size of the page before it
        self.letters += 1

    def _note_origin(self, reader: PdfReader) -> None:
        """The letter's Producer (the first letter's is the file's) and its language, counted."""
        if self.producer is None and reader.metadata is not None:
            self.producer = reader.metadata.get("/Producer")
        lang = reader.root_object.get("/Lang")
        if lang:
            self.languages[str(lang)] += 1

    def _rename_subsets(self, pages: Sequence[PageObject]) -> None:
        """Give each embedded font subset of a letter just added a tag of its own: every letter names its
        subsets AAAAAA+, AAAAAB+, ... and one file may not hold two different subsets under one name (ISO
        32000-1, 9.6.4): a printer that caches fonts by name would print a later letter with another's
        glyphs."""
        renamed: set[int] = set()
        for page in pages:
            resources = page.get("/Resources")
            fonts = resources.get_object().get("/Font") if resources is not None else None
            for ref in fonts.get_object().values() if fonts is not None else ():
                font = ref.get_object()
                base = str(font.get("/BaseFont", ""))
                if id(font) in renamed or not _SUBSET.match(base):
                    continue
                renamed.add(id(font))
                name = NameObject(f"/{_subset_tag(self.subsets)}{base[7:]}")
                self.subsets += 1
                font[NameObject("/BaseFont")] = name
                if "/FontDescriptor" in font:
                    font["/FontDescriptor"].get_object()[NameObject("/FontName")] = name

    def data(self) -> bytes:
        if self.producer:  # pypdf wrote "pypdf": a preflight tracing an odd page would look there first
            self.writer.add_metadata({"/Producer": self.producer})
        if self.languages:  # equal counts: the language of the letter that came first
            self.writer.root_object[NameObject("/Lang")] = TextStringObject(self.languages.most_common(1)[0][0])
        out = io.BytesIO()
        self.writer.write(out)
        return out.getvalue()
