"""A letter as an A4 PDF for a Dutch window envelope, drawn with ReportLab.

The renderer only places the strings of a LetterView (incasso.letters): the
letterhead, the address in the envelope's window, the reference, the subject,
then the letter's text flowing over one or two pages, each page with a footer.
A letter is drawn in Liberation Sans, embedded as a subset (a print service
takes no PDF with a font it lacks), which has Helvetica's widths; a letter with
a character outside Windows-1252 (a Polish or Turkish name, say) is drawn in an
embedded DejaVu Sans instead, and a run of characters DejaVu lacks (Chinese,
Japanese, Korean) in WenQuanYi Zen Hei. A character no
installed font has is not printed as a box: `undrawable` names it, and the
letter is not written (pelican.plugins.incasso.checks).

ReportLab was measured against WeasyPrint and fpdf2 for the nightly build (see
BENCHMARKS.md): the canvas is fastest by far, and a letter is simple enough to
lay out by hand.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from incasso.fmt import BLANK
from incasso.law.calendar import TIMEZONE
from incasso.letters.records import Letterhead, LetterView, PayBlock, Table
from incasso.letters.return_address import return_address_forms

from .envelope import FOLD_MARGIN, FOLDS, RIGHT_WINDOW, Area, Envelope
from .tagging import END, Node, Tags, artifact, mark, unmark, write

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = PAGE_WIDTH - 20 * mm
WIDTH = RIGHT - LEFT
TOP = 18 * mm
FLOW_TOP_FIRST = 102.5 * mm  # where the text starts on page 1, below the address and the subject
# The subject's top: below all the envelope's window can show (envelope.WINDOW_REACH, 95 mm), with room.
SUBJECT_TOP = 96 * mm
SUBJECT_SIZES = (12, 11.5, 11, 10.5, 10, 9.5, 9)  # largest first: `subject_size`
DATED_AT = time(8, 0)  # a letter's moment: the morning of its day, in Amsterdam (the e-mail's Date header too)
FLOW_TOP_NEXT = 24 * mm
FLOW_BOTTOM = PAGE_HEIGHT - 20 * mm
MAX_PAGES = 2
QR_SIZE = 32 * mm  # quiet zone included; EPC069-12 asks for no minimum, banks scan from about 2 cm
QUIET_ZONE = 4  # modules, ISO/IEC 18004
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}  # the catalog's /Lang: the voice a screen reader reads it in
# Greys, black 0 (DeviceGray): a print service runs black only and flags RGB, and a colour press prints RGB black
# in four inks, which blur small type when they do not register. Only a demo's mark is red (never sent).
GREY = 0.35
SHADE = 0.94

# The address's type sizes, largest first, and the distance of its lines as a multiple of the size.
ADDRESS_SIZES = (10, 9.5, 9, 8.5, 8, 7.5, 7)
LEADING = 1.2
RETURN_SIZE = 6.5  # the return address above the recipient, in the window
# Smaller for a return address too wide in RETURN_SIZE, not below 6 pt: DIN 5008's least for the window's top zone.
RETURN_SIZES = (RETURN_SIZE, 6.25, 6.0)
RETURN_GAP = 1.5 * mm  # between the return address and the recipient
RETURN_FLOOR = 8.5  # the smallest recipient size the return address may take room from

# Markdown blocks of a letter's opening text: ("p" | "li", plain text).
Block = tuple[str, str]


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    mono: str


# PDF's standard fonts, not embedded: a print service's preflight flags a letter in them, and one that prints it
# anyway draws it in a Helvetica of its own. The fallback only, where Liberation is not installed (below).
HELVETICA = Fonts("Helvetica", "Helvetica-Bold", "Courier")
# Liberation Sans and Liberation Mono have Helvetica's and Courier's widths (they match Arial's and Courier New's,
# which match those): embedded as subsets, a letter prints in the glyphs it was laid out with, and its lines break
# where they did in Helvetica. Debian: fonts-liberation2 (`make fonts`); fonts-liberation, version 1, as well.
LIBERATION_FILES = {
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
}
LIBERATION_DIRS = tuple(
    Path(root) / folder
    for root in ("/usr/share/fonts/truetype", "/usr/share/fonts")
    for folder in ("liberation2", "liberation")
)
LIBERATION = Fonts("LiberationSans", "LiberationSans-Bold", "LiberationMono")
# DejaVu Sans covers the Latin, Greek and Cyrillic alphabets (Debian: fonts-dejavu-core).
DEJAVU_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSansMono": "DejaVuSansMono.ttf",
}
DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
UNICODE = Fonts("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono")
# WenQuanYi Zen Hei draws the Chinese, Japanese and Korean characters DejaVu Sans lacks (Debian:
# fonts-wqy-zenhei), run by run within a line. One file holds its faces (a TTC: the proportional one
# first, the monospaced second); it has no bold, so a bold run in it is drawn regular.
CJK_FILE = "wqy-zenhei.ttc"
CJK_DIRS = (Path("/usr/share/fonts/truetype/wqy"), Path("/usr/share/fonts/wqy"))
CJK_FACES = {"WenQuanYiZenHei": 0, "WenQuanYiZenHeiMono": 1}
FALLBACK = {
    UNICODE.regular: "WenQuanYiZenHei",
    UNICODE.bold: "WenQuanYiZenHei",
    UNICODE.mono: "WenQuanYiZenHeiMono",
}


def _embedded_standard() -> Fonts:
    """The fonts a letter in Windows-1252 characters is drawn in: Liberation, registered once per process (each
    file read takes a few milliseconds), or Helvetica where it is not installed."""
    found = {
        name: next((d / f for d in LIBERATION_DIRS if (d / f).is_file()), None) for name, f in LIBERATION_FILES.items()
    }
    if any(path is None for path in found.values()):
        return HELVETICA
    for name, path in found.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    return LIBERATION


STANDARD = _embedded_standard()


class LetterFontMissing(Exception):
    """A letter needs a character outside Windows-1252, and DejaVu Sans is not installed."""


class LetterDoesNotFit(Exception):
    """The address does not fit the envelope's window, even in the smallest type."""


class _NeedsUnicode(Exception):
    """A string outside Windows-1252: the letter is drawn again in DejaVu Sans."""


def needs_unicode(text: str) -> bool:
    """Whether `text` needs DejaVu Sans: a character outside Windows-1252 (WinAnsi, the letters' standard encoding)."""
    if text.isascii():
        return False
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def dejavu_installed() -> bool:
    """Whether DejaVu Sans can be used: registered now, or its files found."""
    try:
        _register_unicode()
    except LetterFontMissing:
        return False
    return True


def undrawable(text: str) -> str:
    """The characters of `text` (each once, in order) that no installed font of the letters can draw in
    both regular and bold type, read from each font's own table of glyphs: a letter would print them as
    empty boxes."""
    if not needs_unicode(text):
        return ""
    if not dejavu_installed():
        return "".join(dict.fromkeys(c for c in text if needs_unicode(c)))
    faces = [_glyphs(UNICODE.regular), _glyphs(UNICODE.bold)]
    lacking = [c for c in text if any(ord(c) not in face for face in faces)]
    if not lacking:
        return ""
    cjk = _glyphs(FALLBACK[UNICODE.regular]) if _cjk_registered() else frozenset()
    return "".join(dict.fromkeys(c for c in lacking if ord(c) not in cjk))


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` cut into runs, each with the font that draws it: `font`, or its fallback (FALLBACK) for the
    characters `font` lacks and the fallback has. A character neither has stays with `font` (check names it)."""
    other = FALLBACK.get(font)
    if other is None or text.isascii():
        return [(text, font)]
    own = _glyphs(font)
    if all(ord(c) in own for c in text) or not _cjk_registered():
        return [(text, font)]
    theirs = _glyphs(other)
    found: list[tuple[str, str]] = []
    for char in text:
        face = font if ord(char) in own or ord(char) not in theirs else other
        if found and found[-1][1] == face:
            found[-1] = (found[-1][0] + char, face)
        else:
            found.append((char, face))
    return found


@lru_cache(maxsize=8)
def _glyphs(font: str) -> frozenset[int]:
    """The code points a registered TrueType font has a glyph for (its cmap)."""
    face = pdfmetrics.getFont(font).face  # a TTFont's
    return frozenset(face.charToGlyph)


@lru_cache(maxsize=1)
def _cjk_registered() -> bool:
    """WenQuanYi Zen Hei, registered the first time a text needs a character DejaVu Sans lacks: reading its
    17 MB file takes a second or two, which every build and worker paid for at start while hardly any
    ledger holds such a name. False when it is not installed: those characters are `undrawable`."""
    cjk = next((folder / CJK_FILE for folder in CJK_DIRS if (folder / CJK_FILE).is_file()), None)
    if cjk is None:
        return False
    for name, index in CJK_FACES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(cjk), subfontIndex=index))
    return True


def _register_unicode() -> None:
    """DejaVu Sans (LetterFontMissing without it); WenQuanYi Zen Hei only when needed (`_cjk_registered`)."""
    if UNICODE.regular in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in DEJAVU_FILES.items():
        path = next((folder / file for folder in DEJAVU_DIRS if (folder / file).is_file()), None)
        if path is None:
            raise LetterFontMissing(
                f"a letter needs characters outside Windows-1252, and {file} was not found in "
                + ", ".join(str(d) for d in DEJAVU_DIRS)
                + ": install it with `make fonts` (Debian's fonts-dejavu-core)"
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))


# -- drawing: one text object per page, widths measured once per worker ---------------------------


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """A string's width in points, each run in the font that draws it; the same words recur in every letter,
    so they are measured once."""
    return sum(pdfmetrics.stringWidth(part, face, size) for part, face in runs(text, font))


# A date as the letters write it ("15 november 2026", "15 Sept 2026"): read as one, "15" over "november 2026"
# is not. Its spaces become no-break ones, as an amount's ("EUR 250,00") already are.
_DATE = re.compile(r"(?<!\w)(\d{1,2}) ([^\W\d]{3,9}\.?) ((?:19|20)\d\d)(?!\d)")
_KEPT = "\ue000"  # a no-break space while str.split() cuts the text at every other white space


def words_of(text: str) -> list[str]:
    """The words a line may break between: never at a no-break space, nor inside a date. (Checked for a
    year first: the search costs more than the rest of the line breaking, and most lines have none.)"""
    if " 20" in text or " 19" in text:
        text = _DATE.sub("\\1\xa0\\2\xa0\\3", text)
    if "art. " in text:  # "art." over "6:96 BW" reads as a word cut off
        text = text.replace("art. ", "art.\xa0")
    if "\xa0" not in text:
        return text.split()
    return [word.replace(_KEPT, "\xa0") for word in text.replace("\xa0", _KEPT).split()]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces (a word wider than the line stands on its own); never at a no-break
    space, so that an amount or a date stays on one line."""
    space = text_width(" ", font, size)
    lines: list[str] = []
    words: list[str] = []
    used = -space
    for word in words_of(text):
        w = text_width(word, font, size)
        if words and used + space + w > width:
            lines.append(" ".join(words))
            words, used = [], -space
        words.append(word)
        used += space + w
    if words:
        lines.append(" ".join(words))
    return lines


def link_lines(link: str, font: str, size: float, width: float) -> list[str]:
    """The personal link in lines of at most `width`: broken after a '/', so that no line runs into the
    QR code beside it (a long public address did, and the code no longer scanned); a part wider than
    the line on its own is cut where it must be."""
    lines: list[str] = []
    line = ""
    for part in re.findall(r"[a-z][a-z0-9+.-]*://[^/]*/?|[^/]*/|[^/]+", link):  # the scheme stays with its host
        if line and text_width(line + part, font, size) > width:
            lines.append(line)
            line = ""
        line += part
        while text_width(line, font, size) > width and len(line) > 1:
            cut = next(k for k in range(len(line) - 1, 0, -1) if text_width(line[:k], font, size) <= width)
            lines.append(line[:cut])
            line = line[cut:]
    return [*lines, line] if line else lines


_NOBODY = object()  # no sequence yet in a text object


class Sheet:
    """The canvas of one letter: text collected per page in one text object, shapes drawn at once; each
    piece marked as the content of the node it belongs to, or as an artifact (tagging)."""

    def __init__(self, canvas: Canvas, fonts: Fonts, tags: Tags | None = None, envelope: Envelope = RIGHT_WINDOW):
        self.canvas = canvas
        self.fonts = fonts
        self.envelope = envelope
        self.tags = tags or Tags()
        self._text = canvas.beginText()
        self._font: tuple[str, float] | None = None
        self._grey = False
        self._last: Node | None | object = _NOBODY  # whose sequence the text object's code ends with

    def text(
        self, x: float, y: float, text: str, font: str, size: float, *, align: str = "left", grey: bool = False
    ) -> None:
        """`text` with its top at y (points from the page's top); x is its left, right or centre."""
        if self.fonts is STANDARD and needs_unicode(text):
            raise _NeedsUnicode
        if align != "left":
            width = text_width(text, font, size)
            x -= width if align == "right" else width / 2
        self._sequence()
        if self._grey != grey:
            self._text.setFillGray(GREY if grey else 0)
            self._grey = grey
        self._text.setTextOrigin(x, PAGE_HEIGHT - y - size * 0.85)
        for part, face in runs(text, font):
            if self._font != (face, size):
                self._text.setFont(face, size)
                self._font = (face, size)
            self._text.textOut(part)
        self._text._code.append(END)

    def _sequence(self) -> None:
        """The marked-content sequence the next text goes in: the one just closed when it belongs to the same
        node (a paragraph's next line), else a new one. One sequence per paragraph and text object, not per
        line: fewer operators, MCIDs and parent tree entries for the same tree."""
        owner, code = self.tags.owner(), self._text._code
        if self._last is not _NOBODY and self._last is owner and code and code[-1] == END:
            code.pop()
        else:
            code.append(self.tags.begin())
            self._last = owner

    def apart(self) -> None:
        """What follows in a text object of its own: text beside other text at about the same height (the QR
        code's caption beside the warning) is read by text extraction as one line with it."""
        self.canvas.drawText(self._text)
        self._text = self.canvas.beginText()
        self._font, self._grey, self._last = None, False, _NOBODY

    def end_page(self) -> None:
        self.canvas.drawText(self._text)
        self.tags.page_done(self.canvas._doc.thisPageRef())
        self.canvas.showPage()
        self._text = self.canvas.beginText()
        self._font, self._grey, self._last = None, False, _NOBODY


# -- the flow: items of known height, placed top down over the pages ------------------------------


@dataclass
class Item:
    height: float
    draw: Callable[[Sheet, float], None]  # draws with its top at y (points from the page's top)
    keep_with_next: bool = False
    header: Item | None = None  # a table row's header row, repeated when the row starts a page
    unfolded: tuple[float, float] | None = None  # the part (from its top) no fold may cross: a QR code
    node: Node | None = None  # the structure element its text belongs to (tagging); None: the item says


def _nothing(sheet: Sheet, y: float) -> None:
    pass


class Flow:
    """Items in reading order, measured with the letter's fonts; `tight` sets the space between paragraphs,
    headings and tables at half and the lines a little closer (the last resort of a letter that must fit
    two pages: the same words, nothing left out)."""

    def __init__(self, fonts: Fonts, *, tight: bool = False):
        self.fonts = fonts
        self.items: list[Item] = []
        self.spacing = 0.5 if tight else 1.0
        self.leading = 1.25 if tight else 1.32
        self._list: Node | None = None  # the list that bullets go on in (tagging)

    def gap(self, height: float) -> None:
        self.items.append(Item(height * self.spacing, _nothing))

    def line(
        self, text: str, size: float, *, bold: bool = True, keep: bool = True, height: float = 0, node: Node
    ) -> None:
        font = self.fonts.bold if bold else self.fonts.regular
        self._list = None
        self.items.append(
            Item(
                height or size * 1.45,
                lambda sheet, y: sheet.text(LEFT, y, text, font, size),
                keep_with_next=keep,
                node=node,
            )
        )

    def heading(self, text: str) -> None:
        self.gap(3 * mm)
        self.line(text, 11, height=6 * mm, node=Node("H2"))

    def paragraph(
        self,
        text: str,
        *,
        size: float = 9.5,
        grey: bool = False,
        bullet: bool = False,
        after: float = 2 * mm,
        lead_in: bool = False,
    ) -> None:
        """Wrapped to the text width, one item per line, so a paragraph may break over two pages: with at
        least two lines on each (`_kept`). A `lead_in` introduces what follows (a table under a heading): its
        last line goes with it, so a heading and its one-line intro never end a page their table starts."""
        font = self.fonts.regular
        indent = 4 * mm if bullet else 0
        leading = size * self.leading
        after *= self.spacing
        lines = wrap(text, font, size, WIDTH - indent)
        node, label = self._paragraph_node(bullet)
        for n, line in enumerate(lines):

            def draw(sheet: Sheet, y: float, line=line, first=n == 0) -> None:
                if label is not None and first:  # the bullet first, as it is read: the item's body then
                    with sheet.tags.into(label):  # stays one marked sequence, its lines unbroken by it
                        sheet.text(LEFT, y, "•", font, size)
                sheet.text(LEFT + indent, y, line, font, size, grey=grey)

            last = n == len(lines) - 1
            kept = _kept(n, len(lines)) or (last and lead_in)
            self.items.append(Item(leading + (after if last else 0), draw, keep_with_next=kept, node=node))

    def _paragraph_node(self, bullet: bool) -> tuple[Node, Node | None]:
        """A paragraph's element, P; a bullet's the body of an item (LBody, with its label, Lbl) on the list
        the bullets before it began (L)."""
        if not bullet:
            self._list = None
            return Node("P"), None
        if self._list is None:
            self._list = Node("L")
        item = Node("LI", self._list)
        return Node("LBody", item), Node("Lbl", item)

    def table(self, table: Table, *, limit: int | None = None, explained: bool = False) -> None:
        """A table with a caption and a header row; rows beyond `limit` are left out, saying so. `explained`:
        the paragraph that follows explains rows (a credit note under its invoice): the last row goes with it."""
        size = 8.5
        widths = _column_widths(table, self.fonts, size)
        rows = table.rows if limit is None or len(table.rows) <= limit else table.rows[:limit]
        element = Node("Table")
        self.line(table.caption, 9, height=size * 1.3 + 1 * mm, node=Node("Caption", element))
        header = self._row(table.columns, table.numeric, widths, self.fonts.bold, size, header=True, table=element)
        self.items.append(header)
        for n, row in enumerate(rows):
            item = self._row(
                row, table.numeric, widths, self.fonts.regular, size, header=False, table=element, blank=table.blank(n)
            )
            item.header = header
            self.items.append(item)
        last_row = len(self.items) - 1
        if len(rows) < len(table.rows):
            self.paragraph(table.more_line(len(table.rows) - len(rows)), size=8.5, grey=True, after=0)
        self.gap(2.5 * mm)
        for item in self.items[last_row:] if explained else ():  # a row that does not add up alone on page 1
            item.keep_with_next = True

    def _row(
        self, cells, numeric, widths, font: str, size: float, *, header: bool, table: Node, blank: str = ""
    ) -> Item:
        """One row; a cell of BLANK ("—") tagged with what it is read out as (`blank`, its /Alt), not "dash"."""
        leading = size * 1.3
        wrapped = [
            [cell] if is_number else wrap(cell, font, size, width - 2 * mm) or [""]
            for cell, is_number, width in zip(cells, numeric, widths)
        ]
        height = max(len(lines) for lines in wrapped) * leading + 1.2 * mm
        row = Node("TR", table)
        self._list = None

        def draw(sheet: Sheet, y: float) -> None:
            x = LEFT
            for lines, is_number, width in zip(wrapped, numeric, widths):
                # A header without a name (the instalments' numbers) is a plain cell: an empty TH reads "blank".
                named = header and any(lines)
                said = blank if blank and lines == [BLANK] else None
                cell = Node("TH", row, scope="Column") if named else Node("TD", row, alt=said)
                with sheet.tags.into(cell):
                    for n, line in enumerate(lines):
                        if is_number:
                            sheet.text(x + width - 2.5 * mm, y + n * leading, line, font, size, align="right")
                        else:
                            sheet.text(x, y + n * leading, line, font, size)
                x += width
            if header:
                artifact(sheet.canvas)
                sheet.canvas.setLineWidth(0.4)
                sheet.canvas.line(LEFT, _up(y + height - 0.6 * mm), RIGHT, _up(y + height - 0.6 * mm))
                unmark(sheet.canvas)

        return Item(height, draw, keep_with_next=header, node=row)


def _kept(line: int, count: int) -> bool:
    """Whether a paragraph of `count` lines may not break after `line` (from 0): a page break leaves at
    least two of its lines on either side, never one alone at a page's foot or top; a heading, kept
    with the first line, so goes with two (a heading and one line at the foot, 'notice.' over the page)."""
    return line < count - 1 and not 2 <= line + 1 <= count - 2


def _column_widths(table: Table, fonts: Fonts, size: float) -> list[float]:
    """Figures get their natural width; text columns share what is left: a narrow one keeps its
    width, the widest ones wrap. Any width to spare goes to the last text column."""
    widths = [
        max(
            [text_width(table.columns[i], fonts.bold, size)]
            + [text_width(row[i], fonts.regular, size) for row in table.rows]
        )
        + 4 * mm
        for i in range(len(table.columns))
    ]
    text_columns = sorted((i for i, number in enumerate(table.numeric) if not number), key=lambda i: widths[i])
    room = WIDTH - sum(w for w, number in zip(widths, table.numeric) if number)
    for n, i in enumerate(text_columns):
        widths[i] = min(widths[i], room / (len(text_columns) - n))
        room -= widths[i]
    if text_columns and room > 0:
        widths[max(text_columns)] += room
    return widths


def _up(y: float) -> float:
    """Points from the page's top, as ReportLab counts them: from the bottom."""
    return PAGE_HEIGHT - y


# -- the letter ----------------------------------------------------------------------------------


def render_pdf(view: LetterView, blocks: tuple[Block, ...], envelope: Envelope = RIGHT_WINDOW) -> tuple[bytes, int]:
    """The letter as PDF bytes and its number of pages (one or two), for the window and folds of `envelope`
    (the creditor's policy.envelope_window).

    When the full specification would need a third page, the note on how
    payments are allocated goes first, then the payments and interest periods
    are left to the personal page, then the invoice list is shortened to as
    many rows as fit (the open invoices come first), then the spacing is
    tightened.
    """
    try:
        return _render(view, blocks, STANDARD, envelope)
    except _NeedsUnicode:
        _register_unicode()
        return _render(view, blocks, UNICODE, envelope)


# The fewest invoice rows a shortened list keeps (a letter that cannot fit them takes a third page).
MIN_INVOICE_ROWS = 4

Pages = list[list[tuple[float, "Item"]]]


def _fitted(view: LetterView, blocks: tuple[Block, ...], fonts: Fonts, folds: tuple[float, ...] = FOLDS) -> Pages:
    """The letter laid out in at most two pages: everything, then without the notes below the tables and
    the payments' and interest periods' lists, then with tight spacing, then without the line on where the
    interest's rates come from (the page says it), then with the longest invoice list that fits (searched: a
    fixed cut left open invoices out of a final notice with room to spare)."""

    def layout(detail: int | None, notes: bool, tight: bool, source: bool = True) -> Pages:
        """The pages in reading order, unless the fold pushed the payment block (its QR code) down and
        what happens next fills that room: then it goes first, not a hole mid-page and the consequences
        over the page; never when that takes the payment block to a later page, nor the letter to more."""
        pages, folded = _paginated(_flow(view, blocks, fonts, Layout(detail, notes, tight, source)).items, folds)
        if not folded or not view.next_steps.lines:
            return pages
        moved, still = _paginated(
            _flow(view, blocks, fonts, Layout(detail, notes, tight, source, next_first=True)).items, folds
        )
        if len(moved) > len(pages) or _pay_page(moved) > _pay_page(pages) or still >= folded:
            return pages
        return moved

    # Who sets the rates goes before a row of the tables does: it was added beside them (s56), and cost a 30-invoice
    # reminder a row it had listed; the page says it under its interest table.
    for notes, tight, source in ((True, False, True), (False, False, True), (False, True, True), (False, True, False)):
        pages = layout(None, notes, tight, source)
        if len(pages) <= MAX_PAGES:
            return pages
    low, high, best = MIN_INVOICE_ROWS, len(view.invoices.rows) - 1, None
    while low <= high:  # more rows never take fewer pages: the longest list that fits, by halving
        middle = (low + high) // 2
        pages = layout(middle, False, True, False)
        if len(pages) <= MAX_PAGES:
            low, best = middle + 1, pages
        else:
            high = middle - 1
    return best or layout(MIN_INVOICE_ROWS, False, True, False)


def _pay_page(pages: Pages) -> int:
    """The page (from 0) the payment block, the item kept off the folds, stands on."""
    return next((n for n, page in enumerate(pages) for _, item in page if item.unfolded is not None), 0)


def _render(
    view: LetterView, blocks: tuple[Block, ...], fonts: Fonts, envelope: Envelope = RIGHT_WINDOW
) -> tuple[bytes, int]:
    pages = _fitted(view, blocks, fonts, envelope.folds)
    buffer = io.BytesIO()
    # The canvas starts in the letter's own font: ReportLab's default, Helvetica, was listed on every page, unused and
    # not embedded, and a print service's preflight flags it all the same.
    canvas = Canvas(
        buffer,
        pagesize=A4,
        invariant=True,
        pageCompression=1,
        lang=LANGUAGE_TAGS.get(view.lang),
        initialFontName=fonts.regular,
    )
    canvas.setViewerPreference("DisplayDocTitle", "true")  # the viewer's bar shows the title, not the file's name
    # Invariant (two builds write the same bytes), but dated the letter's day, not ReportLab's 2000-01-01:
    # a final notice produced as evidence must not claim it was made in 2000.
    stamp = pdf_date(view.dated)
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle(f"{'Demo: ' if view.demo else ''}{view.subject} – {view.debtor_id}")
    canvas.setAuthor(view.letterhead.name)
    canvas.setSubject(view.subject)
    canvas.setCreator("incasso")
    sheet = Sheet(canvas, fonts, envelope=envelope)
    drawn: set[int] = set()
    for number, items in enumerate(pages, start=1):
        if number == 1:
            _first_page(sheet, view)
        else:  # the running header, the footer and the page number are the page's furniture: artifacts
            header = f"{view.letterhead.name} – {view.subject} – {view.meta[0][1]}"
            sheet.text(
                LEFT, 12 * mm, header, fonts.regular, _fitting(header, fonts.regular, 8, RIGHT - LEFT), grey=True
            )
        if view.demo:
            _demo_mark(sheet, view.demo)
        for top, item in items:
            _draw(sheet, item, top, again=id(item) in drawn)
            drawn.add(id(item))
        page_of = view.page_of.format(page=number, pages=len(pages))
        _footer(sheet, view.footer, RIGHT - LEFT - text_width(page_of, fonts.regular, 7) - 4 * mm)
        sheet.text(RIGHT, PAGE_HEIGHT - 12 * mm, page_of, fonts.regular, 7, align="right", grey=True)
        sheet.end_page()
    write(canvas, sheet.tags)
    _save(canvas)
    return buffer.getvalue(), len(pages)


def _save(canvas: Canvas) -> None:
    """The document written, its pages' text compressed and kept binary: ReportLab encodes a compressed page in
    ASCII85 as well (for a 7-bit channel, which a PDF file is not), a quarter larger and more work. It reads the
    setting as it writes the pages."""
    before, rl_config.useA85 = rl_config.useA85, 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = before


def _draw(sheet: Sheet, item: Item, top: float, *, again: bool) -> None:
    """An item as the content of its node; drawn `again` (a table's header row over the page), an artifact:
    read once."""
    with sheet.tags.into(item.node):
        if again:
            with sheet.tags.furniture():
                item.draw(sheet, top)
        else:
            item.draw(sheet, top)


DEMO_TOP = 6 * mm  # a demo's mark: above the letterhead and the running header, clear of the envelope's window
DEMO_RED = (0.75, 0.0, 0.0)


def _demo_mark(sheet: Sheet, mark: str) -> None:
    """A demo's mark at the top of a page, in bold red: a demo's letter must never look ready to send."""
    font = sheet.fonts.bold
    size = _fitting(mark, font, 9, RIGHT - LEFT)
    canvas = sheet.canvas
    artifact(canvas)
    canvas.saveState()
    canvas.setFillColorRGB(*DEMO_RED)
    canvas.setFont(font, size)  # the mark's words are the letters' own, in Windows-1252
    canvas.drawString(LEFT, PAGE_HEIGHT - DEMO_TOP - size * 0.85, mark)
    canvas.restoreState()
    unmark(canvas)


def pdf_date(day: date) -> str:
    """The letter's day as a PDF date (ISO 32000-1, 7.9.4): the morning the e-mail says it was sent, in
    Amsterdam ("D:20261202080000+01'00'")."""
    moment = datetime.combine(day, DATED_AT, ZoneInfo(TIMEZONE))
    minutes = int(moment.utcoffset().total_seconds()) // 60  # type: ignore[union-attr]  # aware: it has one
    sign = "+" if minutes >= 0 else "-"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


SMALLEST = 5.5  # points: the least a footer or running header is set in before it wraps


def _fitting(text: str, font: str, size: float, width: float, smallest: float = SMALLEST) -> float:
    """The size, from `size` down to `smallest`, at which `text` fits `width` on one line (`smallest` if none):
    a long name, or a wider fallback font, must not run into the page number or off the page."""
    while size > smallest and text_width(text, font, size) > width:
        size = max(smallest, size - 0.25)
    return size


def _footer(sheet: Sheet, text: str, width: float) -> None:
    """The creditor's details at the foot of the page, left of the page number: smaller when long, and
    on two lines (the second at the usual place) when still too long."""
    font = sheet.fonts.regular
    size = _fitting(text, font, 7, width)
    lines = wrap(text, font, size, width) if text_width(text, font, size) > width else [text]
    for n, line in enumerate(lines):  # read in order, the last line at the footer's usual place
        sheet.text(LEFT, PAGE_HEIGHT - 12 * mm - (len(lines) - 1 - n) * size * 1.25, line, font, size, grey=True)


def clear_of_folds(top: float, span: tuple[float, float], folds: tuple[float, ...] = FOLDS) -> float:
    """The first top, from `top` down, at which `span` (from the top, in points) keeps FOLD_MARGIN from
    every fold of the sheet (`folds`, the envelope's): a QR code or a reference line on a crease scans and
    reads badly."""
    for fold in folds:
        if top + span[0] < fold + FOLD_MARGIN and top + span[1] > fold - FOLD_MARGIN:
            top = fold + FOLD_MARGIN - span[0]
    return top


def _fold_gap(items: list[Item], first: int, last: int, y: float, folds: tuple[float, ...]) -> float:
    """The room to leave above items[first] so that no fold crosses an item of the chain up to `last`
    that must stay unfolded: the chain moves as one, a heading with its QR code."""
    offset = 0.0
    for item in items[first : last + 1]:
        if item.unfolded is not None:
            return clear_of_folds(y + offset, item.unfolded, folds) - y - offset
        offset += item.height
    return 0.0


def _paginate(items: list[Item], folds: tuple[float, ...] = FOLDS) -> list[list[tuple[float, Item]]]:
    return _paginated(items, folds)[0]


def _paginated(items: list[Item], folds: tuple[float, ...] = FOLDS) -> tuple[list[list[tuple[float, Item]]], float]:
    """The items placed over the pages, and the room left empty above a fold for an item kept off it."""
    pages: list[list[tuple[float, Item]]] = [[]]
    y, folded = FLOW_TOP_FIRST, 0.0
    for n, item in enumerate(items):
        # A heading, its table's caption and header row stay with the first row: the whole chain
        # of items kept with the next one, not only the next (a heading left alone at a page's foot).
        need, last = item.height, n
        while items[last].keep_with_next and last + 1 < len(items):
            last += 1
            need += items[last].height
        gap = _fold_gap(items, n, last, y, folds)
        if y + gap + need > FLOW_BOTTOM and pages[-1]:
            pages.append([])
            y = FLOW_TOP_NEXT
            if item.draw is _nothing:
                continue  # no gap at the top of a page
            if item.header is not None:  # a table goes on: its header again
                pages[-1].append((y, item.header))
                y += item.header.height
            gap = _fold_gap(items, n, last, y, folds)
        y += gap
        folded += gap
        pages[-1].append((y, item))
        y += item.height
    return pages, folded


@dataclass(frozen=True)
class Layout:
    """How much of the letter's figures a layout holds, and how tightly: see `_fitted`."""

    detail: int | None = None
    notes: bool = True
    tight: bool = False
    source: bool = True  # the line on where the interest's rates come from (LetterView.interest_source)
    next_first: bool = False


def _flow(view: LetterView, blocks: tuple[Block, ...], fonts: Fonts, layout: Layout) -> Flow:
    """The letter's text in reading order; `detail` None for everything, else the most invoice
    rows to list, with payments and interest periods left to the personal page; `notes` False
    leaves out a table's note (a letter that only just fits keeps its tables); `tight` spacing last;
    `source` False leaves where the interest's rates come from to the page (before a row goes);
    `next_first`: what happens next before the payment block (which a fold pushed down)."""
    flow = Flow(fonts, tight=layout.tight)
    flow.paragraph(view.salutation, after=3 * mm)
    for kind, text in blocks:
        flow.paragraph(text, bullet=kind == "li", after=1.5 * mm if kind == "li" else 2.5 * mm)
    flow.items.append(_lead(view, fonts))
    for line in view.terms:
        flow.paragraph(line)
    if view.plan is not None:
        flow.table(view.plan)
    if layout.next_first:
        _next_steps(flow, view)
    if view.pay is not None:
        flow.heading(view.pay_heading)
        flow.items.append(_pay_box(view, view.pay, fonts))
    if not layout.next_first:
        _next_steps(flow, view)
    _figures(flow, view, layout)
    for section in (view.way_out, view.contact):
        if not section.lines:
            continue  # a settled letter has no way out: nothing is left to pay
        flow.heading(section.heading)
        for line in section.lines:
            flow.paragraph(line, after=0.8 * mm)
    flow.gap(4 * mm)
    for n, line in enumerate(view.closing):
        flow.paragraph(line, after=(6 * mm if n == 0 else 0))
    return flow


def _next_steps(flow: Flow, view: LetterView) -> None:
    if view.next_steps.lines:
        flow.heading(view.next_steps.heading)
        for line in view.next_steps.lines:
            flow.paragraph(line)


def _lead(view: LetterView, fonts: Fonts) -> Item:
    """The shaded box at the top: how much, by when."""
    lead = view.lead
    notes = [line for text in lead.lines for line in wrap(text, fonts.regular, 9, WIDTH - 8 * mm)]
    by = wrap(lead.by or "", fonts.bold, 10, WIDTH - 8 * mm)
    box = 10.5 * mm + len(by) * 4.6 * mm + len(notes) * 4.2 * mm + 2 * mm

    def draw(sheet: Sheet, y: float) -> None:
        artifact(sheet.canvas)
        sheet.canvas.setFillGray(SHADE)
        sheet.canvas.rect(LEFT, _up(y + box), WIDTH, box, stroke=0, fill=1)
        sheet.canvas.setFillGray(0)
        unmark(sheet.canvas)
        with sheet.tags.into(Node("P")):  # "To pay EUR 189.54": one sentence
            sheet.text(LEFT + 4 * mm, y + 3 * mm, lead.label, fonts.regular, 9)
            sheet.text(RIGHT - 4 * mm, y + 2.5 * mm, lead.amount or "", fonts.bold, 15, align="right")
        line_y = y + 10.5 * mm
        with sheet.tags.into(Node("P")):
            for line in by:
                sheet.text(LEFT + 4 * mm, line_y, line, fonts.bold, 10)
                line_y += 4.6 * mm
        with sheet.tags.into(Node("P")):
            for line in notes:
                sheet.text(LEFT + 4 * mm, line_y, line, fonts.regular, 9)
                line_y += 4.2 * mm

    return Item(box + 3 * mm, draw)


def _pay_box(view: LetterView, pay: PayBlock, fonts: Fonts) -> Item:
    """Bank details as text on the left, the EPC QR code on the right, the personal link below."""
    label_width = max(text_width(label, fonts.regular, 9) for label, _ in pay.fields) + 4 * mm
    text_width_ = WIDTH - QR_SIZE - 6 * mm
    hint = wrap(pay.hint, fonts.regular, 8, text_width_)
    notes = wrap(pay.note, fonts.regular, 8.5, text_width_) if pay.note else []
    warning = wrap(pay.warning, fonts.regular, 7.5, text_width_)
    link = link_lines(view.link, fonts.mono, 9, text_width_) if view.link else []
    link_height = 5.4 * mm + len(link) * 3.6 * mm if link else 0
    rows = len(pay.fields) * 4.3 * mm + len(hint) * 3.8 * mm + len(notes) * 4 * mm + link_height
    rows += len(warning) * 3.4 * mm
    height = max(QR_SIZE + 6 * mm, rows + 3 * mm)

    def draw(sheet: Sheet, y: float) -> None:
        line_y = y + 1 * mm
        table = Node("Table")  # label and value, read as pairs
        for label, value in pay.fields:
            row = Node("TR", table)
            with sheet.tags.into(Node("TH", row, scope="Row")):
                sheet.text(LEFT, line_y, label, fonts.regular, 9)
            with sheet.tags.into(Node("TD", row)):
                sheet.text(LEFT + label_width, line_y, value, fonts.bold, 9.5)
            line_y += 4.3 * mm
        with sheet.tags.into(Node("P")):
            for line in hint:
                sheet.text(LEFT, line_y, line, fonts.regular, 8)
                line_y += 3.8 * mm
        with sheet.tags.into(Node("P")):
            for line in notes:
                sheet.text(LEFT, line_y, line, fonts.regular, 8.5)
                line_y += 4 * mm
        if link:
            with sheet.tags.into(Node("P")):
                sheet.text(LEFT, line_y + 1 * mm, view.link_intro, fonts.regular, 8.5)
                for k, part in enumerate(link):
                    sheet.text(LEFT, line_y + 4.6 * mm + k * 3.6 * mm, part, fonts.mono, 9)
            line_y += link_height
        with sheet.tags.into(Node("P")):
            for line in warning:
                sheet.text(LEFT, line_y + 1 * mm, line, fonts.regular, 7.5, grey=True)
                line_y += 3.4 * mm
        box = (RIGHT - QR_SIZE, _up(y + QR_SIZE), RIGHT, _up(y))  # the code with its quiet zone
        mark(sheet.canvas, sheet.tags, Node("Figure", alt=qr_alt(pay), bbox=box))
        _qr(sheet.canvas, pay.qr_matrix, RIGHT - QR_SIZE, y)
        unmark(sheet.canvas)
        sheet.apart()  # the caption read as a line of its own, not the end of the warning's last line
        with sheet.tags.into(Node("P")):
            sheet.text(RIGHT - QR_SIZE / 2, y + QR_SIZE + 0.5 * mm, pay.scan, fonts.regular, 7.5, align="centre")
        sheet.apart()

    # No fold across the QR code's modules (its quiet zone may take one) nor the bank details beside it.
    quiet = QR_SIZE * QUIET_ZONE / (len(pay.qr_matrix) + 2 * QUIET_ZONE)
    unfolded = (min(quiet, 1 * mm), max(QR_SIZE - quiet, 1 * mm + len(pay.fields) * 4.3 * mm))
    return Item(height, draw, unfolded=unfolded)


def qr_alt(pay: PayBlock) -> str:
    """The QR code's text alternative: what it holds, in the letter's own labels ("Scan with your banking app
    (QR code): Amount EUR 189.54; IBAN NL34 RABO 0372 9184 65; ...; Payment reference RF28 D100 3")."""
    return f"{pay.scan} (QR): " + "; ".join(f"{label} {value}" for label, value in pay.fields)


def _qr(c: Canvas, matrix: tuple[bytes, ...], x: float, y: float) -> None:
    """The QR code at (x, y from the top), quiet zone included, drawn in module units: one path of
    rectangles, each a run of dark modules repeated in the rows below it."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = QR_SIZE / count
    c.saveState()
    c.translate(x, _up(y + QR_SIZE))
    c.scale(module, module)  # one unit is one module; row 0 is the top row, at count - QUIET_ZONE
    path = c.beginPath()
    open_runs: dict[tuple[int, int], int] = {}  # (first column, length) -> the row where it began
    for row, modules in enumerate((*matrix, b"")):
        runs = set(_runs(modules))
        for run in [run for run in open_runs if run not in runs]:
            first = open_runs.pop(run)
            # As path.rect writes it, without its general number formatting: every number is a whole module.
            path._code_append(f"{run[0] + QUIET_ZONE} {count - QUIET_ZONE - row} {run[1]} {row - first} re")
        for run in runs:
            open_runs.setdefault(run, row)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _runs(modules: bytes) -> list[tuple[int, int]]:
    """(first column, length) of each run of dark modules in a row."""
    runs, start = [], None
    for col, dark in enumerate((*modules, 0)):
        if dark and start is None:
            start = col
        elif not dark and start is not None:
            runs.append((start, col - start))
            start = None
    return runs


def _figures(flow: Flow, view: LetterView, layout: Layout) -> None:
    detail, notes = layout.detail, layout.notes
    flow.heading(view.figures_heading)
    # The heading announces the invoices: it and the line under it go with the table's first row.
    flow.paragraph(view.situation, size=8.5, grey=True, lead_in=True)
    flow.table(view.invoices, limit=detail, explained=bool(view.invoices.note))
    if view.invoices.note:  # the credit notes: without them the invoices' amounts and what is open disagree
        flow.paragraph(view.invoices.note, size=8.5)
    if view.payments is not None:
        if detail is None:
            flow.table(view.payments)
        else:
            flow.paragraph(view.payments.more_line(len(view.payments.rows)), size=8.5, grey=True)
        if notes and view.payments.note:
            flow.paragraph(view.payments.note, size=8.5)
    for line in view.returned:  # why the amount is still open, though the debtor paid: never left out
        flow.paragraph(line, size=8.5)
    if view.interest is not None:
        if detail is None:
            flow.table(view.interest)
        else:
            # The rate and period stay on paper when the table goes (what a debtor must be told of interest),
            # in the line that points to the rest: a line more would cost an invoice row.
            more = view.interest.more_line(len(view.interest.rows))
            flow.paragraph(f"{view.interest_rates} {more}".strip(), size=8.5)
        for note in view.interest_notes:
            if layout.source or note != view.interest_source:
                flow.paragraph(note, size=8.5)
    flow.line(view.costs_heading, 9, height=6 * mm, node=Node("H3"))
    flow.paragraph(view.costs, size=8.5)
    flow.items += _totals(flow.fonts, view)
    if view.credit:
        flow.paragraph(view.credit, size=8.5)


def _totals(fonts: Fonts, view: LetterView) -> list[Item]:
    """The totals, labels in one column from the middle of the page, amounts at the right; the column
    starts further left when a label would run into its amount ("Totaal open (waarvan ... later)")."""
    amounts = RIGHT - 1 * mm
    start = LEFT + WIDTH / 2
    for total in view.totals:
        font = fonts.bold if total.grand else fonts.regular
        room = amounts - text_width(total.amount, font, 9) - 3 * mm
        start = min(start, room - text_width(total.label, font, 9))
    return [_total(fonts, total.label, total.amount, total.grand, max(start, LEFT)) for total in view.totals]


def _total(fonts: Fonts, label: str, amount: str, grand: bool, x: float) -> Item:
    font = fonts.bold if grand else fonts.regular

    def draw(sheet: Sheet, y: float) -> None:
        sheet.text(x, y, label, font, 9)
        sheet.text(RIGHT - 1 * mm, y, amount, font, 9, align="right")

    return Item(4.6 * mm, draw, node=Node("P"))  # "Total open EUR 189.54": a line read as one


def _first_page(sheet: Sheet, view: LetterView) -> None:
    """Letterhead, the address in the window, the references beside it, the date and the subject."""
    fonts = sheet.fonts
    placed = letterhead_layout(view.letterhead, fonts, sheet.envelope)
    if placed is None:
        raise LetterDoesNotFit(f"{view.debtor_id}: the creditor's letterhead does not fit above the envelope's window")
    _letterhead(sheet, placed)
    _address(sheet, view)
    _reference_block(sheet, view)
    with sheet.tags.into(Node("H1")):
        sheet.text(LEFT, SUBJECT_TOP, view.subject, fonts.bold, subject_size(view.subject, fonts.bold))


# -- the letterhead: the creditor's name, and its address and details in small grey type ------------------------

NAME_SIZE, NAME_FLOOR = 15, 9  # the creditor's name, set smaller (to 9 pt) where it would not fit the line
# The letterhead's lines: their sizes, largest first, and the distance between lines of each (mm).
HEAD_STEPS = {8: 3.6, 7.5: 3.4, 7: 3.15}
DESCENDS = 1.06  # a line's ink from its top to the foot of its descenders, as a multiple of its size
HEAD_GAP = 1 * mm  # kept clear between the letterhead and all the envelope's window may show
NAME_GAP = 4 * mm  # between the name and a line beside it
COLUMN_GAP = 5 * mm  # between the address and the details below a long letterhead's name


@dataclass(frozen=True)
class Head:
    """Where the letterhead stands. Usually the name on the left and every line right-aligned beside it, one
    column from the top (`left` empty); a letterhead too long for that (more lines than reach above the window,
    or lines that would run into the name) has the name on a line of its own, the address under it on the left
    and the phone, e-mail, KVK, VAT and IBAN on the right, smaller where that is needed."""

    name: str
    name_size: float
    size: float  # the lines'
    left: tuple[str, ...]  # under the name, on the left
    right: tuple[str, ...]  # right-aligned at the margin
    top: float  # where the columns of lines start

    @property
    def step(self) -> float:
        return HEAD_STEPS[self.size] * mm

    @property
    def bottom(self) -> float:
        """The foot of its lowest line's descenders."""
        rows = max(len(self.left), len(self.right))
        return self.top + (rows - 1) * self.step + self.size * DESCENDS if rows else TOP + self.name_size * DESCENDS


def head_room(envelope: Envelope) -> float:
    """How far down the letterhead may reach: HEAD_GAP above all the envelope's window may show."""
    return envelope.window_reach.top - HEAD_GAP


def letterhead_layout(head: Letterhead, fonts: Fonts, envelope: Envelope) -> Head | None:
    """The letterhead as it fits above the window of `envelope`: in one column beside the name when it fits (as
    every letter had it), else stacked (`Head`), or None when even that does not fit in 7 pt (`incasso check`
    refuses such a creditor.yaml: pelican.plugins.incasso.checks)."""
    lines = (*head.address, *head.details)
    room = head_room(envelope)
    beside = Head(head.name, NAME_SIZE, 8, (), lines, TOP)
    if beside.bottom <= room and _clear_of_the_name(beside, fonts):
        return beside
    name_size = _fitting(head.name, fonts.bold, NAME_SIZE, WIDTH, smallest=NAME_FLOOR)
    if text_width(head.name, fonts.bold, name_size) > WIDTH:
        return None
    top = TOP + name_size * LEADING + 1 * mm
    for size in HEAD_STEPS:
        stacked = Head(head.name, name_size, size, head.address, head.details, top)
        used = _widest(head.address, fonts.regular, size) + _widest(head.details, fonts.regular, size)
        if stacked.bottom <= room and used + COLUMN_GAP * bool(head.address and head.details) <= WIDTH:
            return stacked
    return None


def letterhead_room(head: Letterhead, fonts: Fonts, envelope: Envelope) -> tuple[int, float]:
    """What a stacked letterhead holds in its smallest type, for the message of a creditor.yaml refused: how many
    address lines, and how wide (points) each, beside `head`'s details."""
    size = min(HEAD_STEPS)
    top = TOP + _fitting(head.name, fonts.bold, NAME_SIZE, WIDTH) * LEADING + 1 * mm
    rows = int((head_room(envelope) - top - size * DESCENDS) // (HEAD_STEPS[size] * mm)) + 1
    details = _widest(head.details, fonts.regular, size)
    return rows, WIDTH - details - (COLUMN_GAP if details else 0)


def _clear_of_the_name(head: Head, fonts: Fonts) -> bool:
    """Whether every line of a one-column letterhead stays within the margin, and right of the name where
    it stands beside it."""
    name_right = LEFT + text_width(head.name, fonts.bold, head.name_size) + NAME_GAP
    name_foot = TOP + head.name_size * DESCENDS
    for n, line in enumerate(head.right):
        start = RIGHT - text_width(line, fonts.regular, head.size)
        if start < LEFT or (head.top + n * head.step < name_foot and start < name_right):
            return False
    return name_right - NAME_GAP <= RIGHT


def _widest(lines: tuple[str, ...], font: str, size: float) -> float:
    return max((text_width(line, font, size) for line in lines), default=0)


def _letterhead(sheet: Sheet, head: Head) -> None:
    fonts = sheet.fonts
    with sheet.tags.into(Node("P")):
        sheet.text(LEFT, TOP, head.name, fonts.bold, head.name_size)
    for column, x, align in ((head.left, LEFT, "left"), (head.right, RIGHT, "right")):
        if column:
            with sheet.tags.into(Node("P")):
                for n, line in enumerate(column):
                    step = HEAD_STEPS[head.size]  # as one column always placed them: TOP + n * 3.6 * mm
                    sheet.text(x, head.top + n * step * mm, line, fonts.regular, head.size, align=align, grey=True)


# -- the reference block beside the window: payment reference, customer number, place and date ------------------

VALUE_SIZE, VALUE_FLOOR = 9.5, 8  # a value of the reference block: smaller down to 8 pt, then on more lines
VALUE_STEP = 3.4 * mm  # between the lines of a value broken over lines
DATE_TOP = 88 * mm
WINDOW_GAP = 2 * mm  # kept clear between the reference block and all the window may show


def reference_width(envelope: Envelope) -> float:
    """The width of the reference block: up to the margin right of a left window, up to WINDOW_GAP short of all
    a right window may show (the payment reference or the date must never show on the envelope)."""
    x, reach = envelope.reference_left, envelope.window_reach
    return reach.left - WINDOW_GAP - x if x < reach.left else RIGHT - x


def value_lines(text: str, font: str, width: float) -> tuple[float, list[str]]:
    """A value of the reference block in `width`: its size and lines. One line in 9.5 pt, or smaller down to
    8 pt; longer, broken in 8 pt between words (a date kept whole), and a word still too wide (a long customer
    number) after a '-', '_' or '.', or where it must."""
    size = _fitting(text, font, VALUE_SIZE, width, smallest=VALUE_FLOOR)
    if text_width(text, font, size) <= width:
        return size, [text]
    return size, [part for line in wrap(text, font, size, width) for part in _cut(line, font, size, width)]


def _cut(line: str, font: str, size: float, width: float) -> list[str]:
    """`line` in parts of at most `width`: each as long as fits, ending after its last '-', '_' or '.' when it
    has one in its second half (not 'L-' alone over the rest)."""
    parts: list[str] = []
    while text_width(line, font, size) > width and len(line) > 1:
        fits = next(k for k in range(len(line) - 1, 0, -1) if text_width(line[:k], font, size) <= width)
        mark = max(line.rfind(c, 0, fits) for c in "-_.") + 1
        cut = mark if mark > fits // 2 else fits
        parts.append(line[:cut])
        line = line[cut:]
    return [*parts, line]


def _reference_block(sheet: Sheet, view: LetterView) -> None:
    """The references and the date beside the window, out of its reach (the envelope's reference_left): a value
    too long for its width is set smaller, then broken over lines (`value_lines`), and what follows moves down;
    the date stays at 88 mm unless its lines would reach the subject."""
    fonts, envelope = sheet.fonts, sheet.envelope
    x, y, width = envelope.reference_left, envelope.address_area.top, reference_width(envelope)
    for label, value in view.meta:
        size, lines = value_lines(value, fonts.regular, width)
        with sheet.tags.into(Node("P")):
            sheet.text(x, y, label, fonts.regular, 7.5, grey=True)
            for n, line in enumerate(lines):
                sheet.text(x, y + 3.4 * mm + n * VALUE_STEP, line, fonts.regular, size)
        y += 9 * mm + (len(lines) - 1) * VALUE_STEP
    size, lines = value_lines(view.place_date, fonts.regular, width)
    top = max(y, DATE_TOP - (len(lines) - 1) * VALUE_STEP)
    with sheet.tags.into(Node("P")):
        for n, line in enumerate(lines):
            sheet.text(x, top + n * VALUE_STEP, line, fonts.regular, size)


def subject_size(subject: str, font: str) -> float:
    """The subject's type size: 12 pt, or smaller where it would run past the right margin (a final notice sent
    again on the first one's last day names that day, and DejaVu Sans is wider than Helvetica); one line, as the
    text starts right below it (FLOW_TOP_FIRST)."""
    return next((size for size in SUBJECT_SIZES if text_width(subject, font, size) <= WIDTH), SUBJECT_SIZES[-1])


def address_size(
    lines: tuple[str, ...], font: str, above: float = 0, area: Area = RIGHT_WINDOW.address_area
) -> float | None:
    """The largest type size (10 pt down to 7 pt) in which `lines` fit the envelope's window, below
    `above` points kept for something else (the return address), or None; `area`: the envelope's address area.

    `incasso check` asks the same (pelican.plugins.incasso.checks), so no address it accepts stops a build.
    """
    for size in ADDRESS_SIZES:
        widest = max((text_width(line, font, size) for line in lines), default=0)
        if len(lines) * size * LEADING + above <= area.height and widest <= area.width:
            return size
    return None


@dataclass(frozen=True, slots=True)
class Window:
    """What the envelope's window shows: the return address's lines and type size (none: left out), the
    recipient's type size, and the font both are drawn in (window_font)."""

    back: tuple[str, ...]
    back_size: float
    size: float
    font: str


def window_font(lines: tuple[str, ...], head: Letterhead) -> str:
    """The font the envelope's window is drawn in: DejaVu Sans when the recipient's lines or the creditor's name
    and address hold a character outside Windows-1252 (and it is installed: without it such a letter is not
    written), else Liberation Sans. Of the window's own texts only, not the letter's: a site's text or an agency's
    name that switches the letter to DejaVu Sans would otherwise change what fits the window (DejaVu is wider),
    unknown to the check, which knows the debtor and the creditor but not every text a letter of theirs prints."""
    texts = (*lines, head.name, *head.address)
    return (UNICODE if any(needs_unicode(text) for text in texts) and dejavu_installed() else STANDARD).regular


def window_layout(lines: tuple[str, ...], head: Letterhead, envelope: Envelope) -> Window | None:
    """The window of a letter to `lines` from `head`, in its font (window_font): the recipient in the largest size
    that fits (10 pt down to 7 pt), and above it the creditor's own address (`return_address`) only where the
    recipient still fits beside it in RETURN_FLOOR or larger: readable first, returned second, so no address that
    fits without it is refused. None: the recipient does not fit at all (LetterDoesNotFit; `incasso check` refuses
    it).

    The renderer draws what this says, and `incasso check` and the build ask it too (checks.return_address_dropped):
    a letter that goes without the return address is said, per debtor, before it is posted."""
    area, font = envelope.address_area, window_font(lines, head)
    size = address_size(lines, font, area=area)
    if size is None:
        return None
    back, back_size = return_address(head, font, area.width, envelope.return_lines) or ((), 0.0)
    beside = address_size(lines, font, above=return_room(back, back_size), area=area) if back else None
    if beside is None or beside < RETURN_FLOOR:
        return Window((), 0.0, size, font)
    return Window(back, back_size, beside, font)


def return_room(back: tuple[str, ...], back_size: float) -> float:
    """The height the return address takes above the recipient, with the gap below it."""
    return len(back) * back_size * LEADING + RETURN_GAP


def _address(sheet: Sheet, view: LetterView) -> None:
    """The recipient inside the window, and above it, in small grey type, the creditor's own address, so that
    PostNL returns a letter it cannot deliver (a final notice that never arrived must be known): as
    `window_layout` lays them out. Too wide for the window, the return address is set smaller or without the
    desk's line (return_address); when it is left out, `incasso check` and the build say so: of the creditor's
    address (checks.return_address_notes) or of the debtor's (checks.return_address_dropped).
    """
    area, lines = sheet.envelope.address_area, view.recipient
    window = window_layout(lines, view.letterhead, sheet.envelope)
    if window is None:
        raise LetterDoesNotFit(
            f"{view.debtor_id}: the name and postal address ({len(lines)} lines) do not fit the envelope's window "
            f"even in {ADDRESS_SIZES[-1]} pt type: shorten contact.address ({' / '.join(lines)})"
        )
    top, font = area.top, window.font
    if window.back:
        with sheet.tags.into(Node("P")):
            for n, line in enumerate(window.back):
                sheet.text(area.left, top + n * window.back_size * LEADING, line, font, window.back_size, grey=True)
        top += return_room(window.back, window.back_size)
    with sheet.tags.into(Node("P")):
        for n, line in enumerate(lines):
            sheet.text(area.left, top + n * window.size * LEADING, line, font, window.size)


@lru_cache(maxsize=32)
def return_address(head: Letterhead, font: str, width: float, most: int) -> tuple[tuple[str, ...], float] | None:
    """The return address's lines and type size: the first of its forms (return_address_forms: on one line,
    without the desk's line, and where the window has room for `most` 2 on two) that fits the window's `width`
    in RETURN_SIZE, else the first in smaller type, down to 6 pt (a line the post needs not is left out before
    the type shrinks); None when none fits (`incasso check` says so). Kept: the same for every letter of a build
    in one font and window, asked for each letter and each open dossier's check."""
    forms = return_address_forms(head.name, head.address, most)
    for size in RETURN_SIZES:
        for lines in forms:
            if all(text_width(line, font, size) <= width for line in lines):
                return lines, size
    return None
