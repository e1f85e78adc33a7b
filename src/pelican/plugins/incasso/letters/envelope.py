"""Where the address goes: the window of a Dutch window envelope, as data.

The envelope is the common Dutch EA5/6 (220 x 110 mm) with its window on the
right ("venster rechts"): 110 x 40 mm, 20 mm from the right edge and 15 mm
from the bottom (suppliers' specification, e.g. "EA5/6 venster rechts 4x11 cm";
not checked against NEN norms: measure your own envelopes before printing).
An A4 letter folded in three (the top panel 99 mm) slides inside it: up to
10 mm sideways and 11 mm up and down. The address area is the part of the
window that shows the same part of the letter wherever it slides, less a
margin, so no line is ever cut off.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

ENVELOPE_WIDTH, ENVELOPE_HEIGHT = 220 * mm, 110 * mm
WINDOW_WIDTH, WINDOW_HEIGHT = 110 * mm, 40 * mm
WINDOW_FROM_RIGHT, WINDOW_FROM_BOTTOM = 20 * mm, 15 * mm
LETTER_WIDTH, FOLDED_HEIGHT = 210 * mm, 297 * mm / 3
MARGIN = 3 * mm


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


def address_area() -> Area:
    """The part of the letter the window always shows, less MARGIN on every side."""
    window_left = ENVELOPE_WIDTH - WINDOW_FROM_RIGHT - WINDOW_WIDTH
    window_top = ENVELOPE_HEIGHT - WINDOW_FROM_BOTTOM - WINDOW_HEIGHT
    slide_x = ENVELOPE_WIDTH - LETTER_WIDTH  # the letter's left edge lies 0 .. slide_x from the envelope's
    slide_y = ENVELOPE_HEIGHT - FOLDED_HEIGHT  # its top edge 0 .. slide_y from the envelope's top
    left, right = window_left, window_left + WINDOW_WIDTH - slide_x
    top, bottom = window_top, window_top + WINDOW_HEIGHT - slide_y
    return Area(left + MARGIN, top + MARGIN, right - left - 2 * MARGIN, bottom - top - 2 * MARGIN)


def window_reach() -> Area:
    """Every part of the letter the window may show, wherever the letter slides: nothing but the address
    and the return address may be printed here (a subject line showing on the envelope tells the world
    what the letter is about)."""
    window_left = ENVELOPE_WIDTH - WINDOW_FROM_RIGHT - WINDOW_WIDTH
    window_top = ENVELOPE_HEIGHT - WINDOW_FROM_BOTTOM - WINDOW_HEIGHT
    left = window_left - (ENVELOPE_WIDTH - LETTER_WIDTH)
    top = window_top - (ENVELOPE_HEIGHT - FOLDED_HEIGHT)
    return Area(left, top, window_left + WINDOW_WIDTH - left, window_top + WINDOW_HEIGHT - top)


ADDRESS_AREA = address_area()
# Where the sheet is folded in three (from its top), and how far either side a crease and its shadow reach:
# a QR code or a payment reference across one scans and reads badly (pdf.clear_of_folds).
FOLDS = (FOLDED_HEIGHT, 2 * FOLDED_HEIGHT)
FOLD_MARGIN = 5 * mm
WINDOW_REACH = window_reach()
