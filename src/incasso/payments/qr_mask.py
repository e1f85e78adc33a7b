"""Which of the eight masks a QR code gets: the standard's four penalty rules, scored as Zint
scores them, for all eight masks at once.

Zint (zxing-cpp's writer) picks the mask itself, and that choice was most of the time a code
took: 279 microseconds a code of a night's build, where a code with its mask given takes 45
(BENCHMARKS.md, "The QR code's mask chosen beside Zint, and values printed without MarkupSafe's
wrapper"). Here the eight candidates are scored together, bit-parallel on Python integers, in
about 77 microseconds; `remasked` then turns the code Zint drew with mask 0 into the code with
the mask chosen, module for module the code Zint draws with that mask. The rules are ISO/IEC
18004:2015 section 7.8.3, scored the way Zint's `qr_evaluate` scores them (for the finder-like
pattern of rule 3 the symbol's edge counts as light; a tie goes to the lowest mask), so the
choice is the one Zint makes: tests/payments/test_qr_mask.py compares the two for every
version and level.

The layout: a candidate's modules are bits of an integer, one row of the symbol after another
with 4 light bits between rows (rule 3 looks 4 modules past a pattern, and no rule may reach
from one row into the next), then a blank row. Each candidate is there twice, as rows and
turned into columns, so that every rule reads along rows only; the sixteen halves lie side by
side in one integer, and each shift, AND or OR works on all of them at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from math import isqrt

GUARD = 4  # light bits before, between and after the rows
MASKS = 8

# ISO/IEC 18004:2015 Table 10: the modules mask k turns over (row i, column j).
_MASK_RULES: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)
_LEVEL_BITS = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}  # Table 12
_FORMAT_GENERATOR = 0b10100110111  # the BCH (15, 5) code's generator, Annex C
_FORMAT_XOR = 0b101010000010010  # Annex C: so that no format information is all light
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")

Cell = tuple[int, int]  # (row, column)


def best_mask(modules: bytes, level: str) -> int:
    """The mask (0 to 7) Zint chooses for this code at error correction `level` (L, M, Q or H).

    `modules` is the code as made with mask 0, row by row, a byte a module, 1 for dark. Its
    data modules are unmasked again and each mask applied in turn with its own format
    information: the finished symbol is what the standard scores.
    """
    size = isqrt(len(modules))
    layout = _layout(size)
    symbol = _rows_and_columns(modules, size, layout)
    candidates = layout.candidates(symbol, level)
    return _best_of(_Penalties.of(candidates, layout), layout)


def remasked(modules: bytes, level: str, mask: int) -> bytes:
    """The code `modules` (made with mask 0, as `best_mask` takes it) as made with `mask`.

    A mask only turns data modules over, and the format information names it: the modules where
    `mask` and mask 0 differ are turned over in one XOR, a few microseconds where Zint takes 50
    to draw the code again. The tests compare it with Zint's drawing for every version, level
    and mask.
    """
    if mask == 0:
        return modules
    turned = _turned_over(isqrt(len(modules)), level, mask)
    return (int.from_bytes(modules, "big") ^ turned).to_bytes(len(modules), "big")


@lru_cache(maxsize=64)  # a build meets a few sizes at one level; all 1,120 would hold 40 MB
def _turned_over(size: int, level: str, mask: int) -> int:
    """A byte a module, row by row, 1 where mask `mask` and mask 0 make the symbol differ."""
    cells = bytearray(size * size)
    for row, column in _layout(size).turned[mask]:
        cells[row * size + column] = 1
    format_change = format_information(level, mask) ^ format_information(level, 0)
    for index, (row, column) in format_cells(size):
        cells[row * size + column] ^= format_change >> index & 1
    return int.from_bytes(cells, "big")


def _rows_and_columns(modules: bytes, size: int, layout: _Layout) -> int:
    """The symbol as it is: a half of rows and a half of columns, each row with its guard bits."""
    text = modules.translate(_AS_DIGITS).decode("ascii")
    guard = "0" * GUARD
    rows = guard + guard.join(text[start : start + size] for start in range(0, size * size, size)) + guard
    columns = guard + guard.join(text[column::size] for column in range(size)) + guard
    # int(text, 2) makes the first row the highest bits: the symbol turned half round, which no
    # rule can tell (each is symmetric); `_Placing.bit` places the tables' cells the same way.
    return int(rows, 2) | int(columns, 2) << layout.half_bits


@dataclass(frozen=True)
class _Penalties:
    """What each rule counts, as bits of all candidates side by side."""

    runs: int  # rule 1, a bit a point: 5 in a line of one colour score 3, each one more 1 more
    blocks: int  # rule 2: 2 x 2 of one colour, 3 points each (counted in the rows' half)
    finders: int  # rule 3: 1011101 with 4 light modules before or after it, 40 points each
    dark: int  # rule 4: the dark modules (counted in the rows' half)

    @classmethod
    def of(cls, dark: int, layout: _Layout) -> _Penalties:
        # Each shift of the eight candidates at once is a long integer made anew: the rules share the
        # ones they have in common (two of a colour side by side, four dark ones in a row).
        light = dark ^ layout.modules
        dark_pairs, light_pairs = dark & dark >> 1, light & light >> 1
        windows = _fives(dark, dark_pairs) | _fives(light, light_pairs)  # where five of one colour start
        ends = windows & ~(windows >> 1)  # each run's last window
        # A run of n >= 5 scores n - 2: its n - 4 windows, and 2 for its end, written on the two
        # bits after its last window: they are the run's own colour, so no window starts there.
        runs = windows | ends << 1 | ends << 2
        below = layout.stride
        blocks = dark_pairs & dark_pairs >> below | light_pairs & light_pairs >> below
        pattern = dark & light >> 1 & dark_pairs >> 2 & dark >> 4 & light >> 5 & dark >> 6
        dark_in_four = dark | dark << 1
        dark_in_four |= dark_in_four << 2  # a dark module in this one or the three after it
        dark_before, dark_after = dark_in_four << 1, dark_in_four >> 10  # 1 to 4 before, 7 to 10 after
        return cls(runs, blocks, pattern & ~(dark_before & dark_after), dark)


def _fives(bits: int, pairs: int) -> int:
    """Where five of `bits` start in a row, `pairs` being where two do."""
    return pairs & pairs >> 2 & bits >> 4


def _best_of(penalties: _Penalties, layout: _Layout) -> int:
    """The mask with the lowest penalty, the first of equals (Zint compares with <).

    Each candidate's bits are counted where they lie: the lowest candidate masked off and
    counted, then all shifted down by one candidate. Written out as bytes and read back a
    candidate at a time they cost twice the instructions, most of a code's mask choice."""
    runs, blocks, finders, dark = penalties.runs, penalties.blocks, penalties.finders, penalties.dark
    both, rows, step = layout.candidate_bits, layout.half_mask, layout.half_bits * 2
    area = layout.size * layout.size
    scores = []
    for _ in range(MASKS):
        share = 100.0 * (dark & rows).bit_count() / area  # as Zint computes it, in floating point
        scores.append(
            (runs & both).bit_count()
            + 3 * (blocks & rows).bit_count()
            + 40 * (finders & both).bit_count()
            + 10 * int(abs(share - 50.0) / 5.0)
        )
        runs, blocks, finders, dark = runs >> step, blocks >> step, finders >> step, dark >> step
    return scores.index(min(scores))


@dataclass(frozen=True)
class _Layout:
    """Where a symbol of one size lies in the integers, and what is fixed for that size."""

    size: int
    stride: int  # a row and its guard
    bytes_per_half: int
    turned: tuple[tuple[Cell, ...], ...]  # per mask, the data modules where it and mask 0 differ
    flips: int  # per candidate, those modules: turned over, mask 0 becomes it
    format_area: int  # the format information's modules, in every candidate
    formats: dict[str, int]  # per level, each candidate's format information
    modules: int  # every module of every candidate (not the guards)

    @property
    def half_bits(self) -> int:
        return self.bytes_per_half * 8

    @property
    def bytes_per_candidate(self) -> int:
        return 2 * self.bytes_per_half

    @property
    def half_mask(self) -> int:
        """Every bit of a candidate's half of rows (the lowest candidate's)."""
        return (1 << self.half_bits) - 1

    @property
    def candidate_bits(self) -> int:
        """Every bit of a candidate, both halves (the lowest candidate's)."""
        return (1 << 2 * self.half_bits) - 1

    def candidates(self, symbol: int, level: str) -> int:
        """The eight finished symbols, from the symbol as made with mask 0."""
        unformatted = (symbol & ~self.format_area).to_bytes(self.bytes_per_candidate, "little")
        return (int.from_bytes(unformatted * MASKS, "little") ^ self.flips) | self.formats[level]


@cache
def _layout(size: int) -> _Layout:
    stride = size + GUARD
    half_bytes = -(-((size + 1) * stride + GUARD) // 8)  # rounded up to whole bytes, a blank row included
    place = _Placing(size, stride, half_bytes * 8)
    data = data_modules(size)
    turned = tuple(
        tuple(cell for cell in data if _MASK_RULES[mask](*cell) != _MASK_RULES[0](*cell)) for mask in range(MASKS)
    )
    formats = {
        level: place.per_candidate([place.both(_format_dark(size, level, mask)) for mask in range(MASKS)])
        for level in _LEVEL_BITS
    }
    every_module = place.both((row, column) for row in range(size) for column in range(size))
    return _Layout(
        size=size,
        stride=stride,
        bytes_per_half=half_bytes,
        turned=turned,
        flips=place.per_candidate([place.both(cells) for cells in turned]),
        format_area=place.per_candidate([place.both(cell for _, cell in format_cells(size))] * MASKS),
        formats=formats,
        modules=place.per_candidate([every_module] * MASKS),
    )


@dataclass(frozen=True)
class _Placing:
    size: int
    stride: int
    half_bits: int

    def bit(self, row: int, column: int) -> int:
        """A module's bit in the rows' half, the symbol turned half round (see `_rows_and_columns`)."""
        return (self.size - 1 - row) * self.stride + GUARD + (self.size - 1 - column)

    def both(self, cells: Iterable[Cell]) -> int:
        """The cells in the rows' half and, row and column swapped, in the columns' half."""
        bits = 0
        for row, column in cells:
            bits |= 1 << self.bit(row, column) | 1 << (self.half_bits + self.bit(column, row))
        return bits

    def per_candidate(self, values: list[int]) -> int:
        return sum(value << (mask * 2 * self.half_bits) for mask, value in enumerate(values))


def _format_dark(size: int, level: str, mask: int) -> list[Cell]:
    """The dark modules of the format information for this level and mask."""
    bits = format_information(level, mask)
    return [cell for index, cell in format_cells(size) if bits >> index & 1]


def format_information(level: str, mask: int) -> int:
    """The 15 bits of format information (ISO/IEC 18004:2015 section 7.9, Annex C)."""
    data = _LEVEL_BITS[level] << 3 | mask
    remainder = data << 10
    for power in range(14, 9, -1):
        if remainder >> power & 1:
            remainder ^= _FORMAT_GENERATOR << (power - 10)
    return (data << 10 | remainder) ^ _FORMAT_XOR


def format_cells(size: int) -> list[tuple[int, Cell]]:
    """Each bit of the format information (0 the least significant) with its module, both copies,
    placed as Zint places them (Figure 25)."""
    cells = [(index, (index, 8)) for index in range(6)]
    cells += [(6, (7, 8)), (7, (8, 8)), (8, (8, 7))]
    cells += [(9 + index, (8, 5 - index)) for index in range(6)]
    cells += [(index, (8, size - 1 - index)) for index in range(8)]
    cells += [(8 + index, (size - 7 + index, 8)) for index in range(7)]
    return cells


def data_modules(size: int) -> list[Cell]:
    """The modules a mask turns over: all but the function patterns and the format and version
    information (section 7.7)."""
    reserved = _function_modules(size)
    return [(row, column) for row in range(size) for column in range(size) if (row, column) not in reserved]


def _function_modules(size: int) -> set[Cell]:
    version = (size - 17) // 4
    reserved = {(6, index) for index in range(size)} | {(index, 6) for index in range(size)}  # timing
    for top, left in ((0, 0), (0, size - 8), (size - 8, 0)):  # finders with their separators
        reserved |= {(top + row, left + column) for row in range(8) for column in range(8)}
    for row, column in _alignment_centres(version):
        reserved |= {(row + dr, column + dc) for dr in range(-2, 3) for dc in range(-2, 3)}
    reserved |= {cell for _, cell in format_cells(size)} | {(size - 8, 8)}  # and the dark module
    if version >= 7:  # version information, 6 x 3 beside two finders
        reserved |= {(size - 11 + k, index) for k in range(3) for index in range(6)}
        reserved |= {(index, size - 11 + k) for k in range(3) for index in range(6)}
    return reserved


def _alignment_centres(version: int) -> list[Cell]:
    """Annex E: the alignment patterns' centres, except where a finder is. The spacing rule gives
    Table E.1's rows and columns (the tests compare every version's codes with Zint's)."""
    if version == 1:
        return []
    count = version // 7 + 2
    size = 17 + 4 * version
    step = 26 if version == 32 else (version * 4 + count * 2 + 1) // (count * 2 - 2) * 2
    lines = [6, *sorted(size - 7 - k * step for k in range(count - 1))]
    corners = {(6, 6), (6, lines[-1]), (lines[-1], 6)}
    return [(row, column) for row in lines for column in lines if (row, column) not in corners]
