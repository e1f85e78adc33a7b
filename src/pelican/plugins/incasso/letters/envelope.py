"""Where the address goes: the window of a window envelope, as data, for either envelope a creditor posts in.

Right (the default, policy `envelope_window: right`): the common Dutch EA5/6
(220 x 110 mm) with its window on the right ("venster rechts"): 110 x 40 mm,
20 mm from the right edge and 15 mm from the bottom (suppliers' specification,
e.g. "EA5/6 venster rechts 4x11 cm"; not checked against NEN norms: measure your
own envelopes before printing). An A4 letter folded in three (the top panel
99 mm) slides inside it: up to 10 mm sideways and 11 mm up and down.

Left (`envelope_window: left`): DIN 5008 form B, the Dutch "venster links" of
many hybrid-mail services. The envelope is DIN lang (DL, 220 x 110 mm) with the
window of DIN 680 / DIN EN ISO 269: 90 x 45 mm, 20 mm from the left edge and
15 mm from the bottom. DIN 5008 folds the letter at its fold marks, 105 mm and
210 mm from the top, so the top panel is 105 mm: the letter slides 10 mm
sideways and 5 mm up and down, and the window shows the letter's address field
of DIN 5008 B (20 mm from the left, 45 to 90 mm from the top). The address is
written 5 mm inside that field, at 25 mm, the letter's left margin (DIN 5008's
Fluchtlinie), so it lines up with the subject and the text below. The reference
block moves to the right, where DIN 5008 puts its information block (125 mm
from the left), out of the window's reach.

The address area is the part of the window that shows the same part of the
letter wherever it slides, less a margin, so no line is ever cut off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from reportlab.lib.units import mm

from incasso.ledger.model import EnvelopeWindow

ENVELOPE_WIDTH, ENVELOPE_HEIGHT = 220 * mm, 110 * mm
LETTER_WIDTH, LETTER_HEIGHT = 210 * mm, 297 * mm
MARGIN = 3 * mm
# How far either side of a crease it and its shadow reach: a QR code or a payment reference across one
# scans and reads badly (pdf.clear_of_folds).
FOLD_MARGIN = 5 * mm


@dataclass(frozen=True)
class Area:
    """A rectangle on the letter, in points from its top left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Envelope:
    """A window envelope (ENVELOPE_WIDTH x ENVELOPE_HEIGHT) and how the letter is folded into it; all in points."""

    window_left: float  # from the envelope's left edge
    window_width: float
    window_height: float
    window_from_bottom: float
    folded_height: float  # the letter's top panel: its first fold, from its top
    reference_left: float  # where the letter's reference block and date stand, beside the window
    # How many lines the return address may take above the recipient: two where one is too wide for a narrow
    # window that is tall enough (DIN 5008 B keeps the field's top for it).
    return_lines: int
    # The furthest left the address starts, when the window leaves room left of it: DIN 5008 B writes it on the
    # letter's left margin (its Fluchtlinie, 25 mm), 5 mm inside its address field, in line with the text below.
    address_left: float = 0

    @property
    def window_top(self) -> float:
        return ENVELOPE_HEIGHT - self.window_from_bottom - self.window_height

    @cached_property  # asked for each letter and each open dossier's check (a frozen Area, made once)
    def address_area(self) -> Area:
        """The part of the letter the window always shows, less MARGIN on every side."""
        slide_x = ENVELOPE_WIDTH - LETTER_WIDTH  # the letter's left edge lies 0 .. slide_x from the envelope's
        slide_y = ENVELOPE_HEIGHT - self.folded_height  # its top edge 0 .. slide_y from the envelope's top
        left, right = self.window_left, self.window_left + self.window_width - slide_x
        top, bottom = self.window_top, self.window_top + self.window_height - slide_y
        left = max(left, self.address_left - MARGIN)
        return Area(left + MARGIN, top + MARGIN, right - left - 2 * MARGIN, bottom - top - 2 * MARGIN)

    @property
    def window_reach(self) -> Area:
        """Every part of the letter the window may show, wherever the letter slides: nothing but the address
        and the return address may be printed here (a subject line showing on the envelope tells the world
        what the letter is about)."""
        left = self.window_left - (ENVELOPE_WIDTH - LETTER_WIDTH)
        top = self.window_top - (ENVELOPE_HEIGHT - self.folded_height)
        return Area(left, top, self.window_left + self.window_width - left, self.window_top + self.window_height - top)

    @property
    def folds(self) -> tuple[float, float]:
        """Where the sheet is folded, from its top: the top panel, and as much again below it."""
        return (self.folded_height, 2 * self.folded_height)


ENVELOPES = {
    # EA5/6 venster rechts: window 110 x 40 mm, 20 mm from the right, 15 mm from the bottom; folded in three.
    EnvelopeWindow.RIGHT: Envelope(
        window_left=ENVELOPE_WIDTH - 20 * mm - 110 * mm,
        window_width=110 * mm,
        window_height=40 * mm,
        window_from_bottom=15 * mm,
        folded_height=LETTER_HEIGHT / 3,
        reference_left=25 * mm,
        return_lines=1,
    ),
    # DIN 5008 form B in a DL envelope (DIN 680): window 90 x 45 mm, 20 mm from the left, 15 mm from the
    # bottom; folded at DIN 5008's fold marks (105 and 210 mm); the reference block at its information block.
    EnvelopeWindow.LEFT: Envelope(
        window_left=20 * mm,
        window_width=90 * mm,
        window_height=45 * mm,
        window_from_bottom=15 * mm,
        folded_height=105 * mm,
        reference_left=125 * mm,
        return_lines=2,
        address_left=25 * mm,
    ),
}
RIGHT_WINDOW = ENVELOPES[EnvelopeWindow.RIGHT]
# The default envelope's measures, as every letter used them before the left window could be chosen.
ADDRESS_AREA = RIGHT_WINDOW.address_area
FOLDS = RIGHT_WINDOW.folds
WINDOW_REACH = RIGHT_WINDOW.window_reach
