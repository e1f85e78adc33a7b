"""EPC QR code ("GiroCode") for a SEPA credit transfer, per EPC069-12.

The payload builder is pure and separate from rendering, so its text can be
tested character for character against the guidelines' own example.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import lru_cache
from html import escape
from urllib.parse import quote, urlsplit

import segno
import zxingcpp
from schwifty import BIC, IBAN
from stdnum import iso11649

from incasso.payments.qr_mask import best_mask, remasked
from incasso.payments.reference import RF_BODY_MAX, is_valid_rf, rf_reference
from incasso.payments.urls import address_problem

# EPC069-12 section 2, "2D Code Guidelines" (v2.1 text; v3.0 numbers its
# parameters 2.1 and its data elements 2.2, unchecked against the v3.0 PDF).
ERROR_CORRECTION = "M"
MAX_QR_VERSION = 13
MAX_PAYLOAD_BYTES = 331

# EPC069-12 data elements, in payload order.
SERVICE_TAG = "BCD"
FORMAT_VERSION = "002"  # 002: the BIC may be left empty within the EEA
CHARACTER_SET = "1"  # 1 = UTF-8
IDENTIFICATION = "SCT"
CURRENCY = "EUR"
MAX_NAME_LENGTH = 70
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")
MAX_PURPOSE_LENGTH = 4
MAX_REFERENCE_LENGTH = 35
MAX_TEXT_LENGTH = 140
MAX_INFO_LENGTH = 70

# ISO/IEC 18004: a QR code needs a light quiet zone 4 modules wide.
QUIET_ZONE = 4

CENT = Decimal("0.01")
# A fixed context, so a caller's decimal settings cannot change the checks.
_DECIMAL = Context(prec=28)
# Elements are separated by line feeds: a line break inside a value would
# shift every later element, and other control characters have no place.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_PURPOSE = re.compile(r"[A-Z0-9]{1,4}")
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
# The longest creditor reference a dossier id can give: RF, two check digits, 21 characters.
_LONGEST_REFERENCE = rf_reference("Z" * RF_BODY_MAX)


class EPCError(ValueError):
    """Invalid EPC QR input; the message has one problem per line."""

    def __init__(self, problems: Iterable[str]):
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


def _require_text(field: str, value: object) -> str:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{field}: must be a str (got {type(value).__name__})")
    return (value or "").strip()


def _check_text(problems: list[str], field: str, value: str, limit: int) -> None:
    if _CONTROL.search(value):
        problems.append(f"{field}: must not contain line breaks or control characters (got {value!r})")
    elif len(value) > limit:
        problems.append(f"{field}: must be at most {limit} characters (got {len(value)})")


def _require_decimal(amount: object) -> None:
    # Floats cannot hold most cent amounts exactly, so they are refused outright.
    if isinstance(amount, bool) or not isinstance(amount, Decimal):
        raise TypeError(f"amount: must be a Decimal, not {type(amount).__name__} (got {amount!r})")


def _amount_problem(amount: Decimal) -> str | None:
    """Return the problem with a Decimal amount, or None when it is valid."""
    if not amount.is_finite():
        return f"amount: must be a finite number (got {amount})"
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        return f"amount: must be between {MIN_AMOUNT} and {MAX_AMOUNT} (got {amount})"
    # Sub-cent input is an error, never rounded: rounding belongs upstream.
    if amount.quantize(CENT, context=_DECIMAL) != amount:
        return f"amount: must be in whole cents, at most 2 decimals (got {amount})"
    return None


def _epc_amount(amount: Decimal) -> str:
    """EUR + shortest form: 1250.50 -> EUR1250.5, 12.00 -> EUR12 (as in EPC069-12's examples)."""
    digits = f"{amount.quantize(CENT, context=_DECIMAL):f}".rstrip("0").rstrip(".")
    return CURRENCY + digits


def _check_name(problems: list[str], name: str) -> None:
    if not name:
        problems.append(f"name: must not be empty (got {name!r})")
    _check_text(problems, "name", name, MAX_NAME_LENGTH)


def _compact_iban(problems: list[str], iban: str) -> str:
    """The IBAN as the payload carries it (no spaces), or as given when it is wrong."""
    if not iban:
        problems.append(f"iban: must not be empty (got {iban!r})")
        return iban
    compact, problem = _checked_iban(iban)
    if problem:
        problems.append(problem)
    return compact


def _compact_bic(problems: list[str], bic: str) -> str:
    """The BIC as the payload carries it; it may be left empty (version 002)."""
    if not bic:
        return bic
    compact, problem = _checked_bic(bic)
    if problem:
        problems.append(problem)
    return compact


# Every page's payload names the same creditor's account: schwifty checks each IBAN and BIC once.
@lru_cache(maxsize=64)
def _checked_iban(iban: str) -> tuple[str, str | None]:
    try:
        return IBAN(iban).compact, None
    except ValueError as error:  # schwifty's exceptions are ValueErrors
        return iban, f"iban: must be a valid IBAN (got {iban!r}: {error})"


@lru_cache(maxsize=64)
def _checked_bic(bic: str) -> tuple[str, str | None]:
    try:
        return BIC(bic).compact, None
    except ValueError as error:
        return bic, f"bic: must be a valid BIC of 8 or 11 characters (got {bic!r}: {error})"


def _check_purpose(problems: list[str], purpose: str) -> None:
    if purpose and not _PURPOSE.fullmatch(purpose):
        problems.append(
            f"purpose: must be 1 to {MAX_PURPOSE_LENGTH} capital letters or digits, like CHAR (got {purpose!r})"
        )


def _compact_reference(problems: list[str], reference: str, text: str) -> str:
    """The creditor reference as the payload carries it (compact); it excludes a text."""
    if reference and text:
        problems.append("reference, text: only one of a structured reference or a text may be given (got both)")
    if not reference:
        return reference
    reference = iso11649.compact(reference)
    if len(reference) > MAX_REFERENCE_LENGTH:
        problems.append(f"reference: must be at most {MAX_REFERENCE_LENGTH} characters (got {len(reference)})")
    elif not is_valid_rf(reference):
        problems.append(
            f"reference: must be an ISO 11649 creditor reference (RF...) with valid check digits (got {reference!r})"
        )
    return reference


def _joined(lines: list[str]) -> str:
    """The data elements, one a line; the guidelines let a payload end after its last element that has a value."""
    while not lines[-1]:
        lines.pop()
    payload = "\n".join(lines)
    size = len(payload.encode("utf-8"))
    if size > MAX_PAYLOAD_BYTES:
        raise EPCError([f"payload: must be at most {MAX_PAYLOAD_BYTES} bytes in UTF-8 (got {size})"])
    return payload


def epc_payload(
    *,
    name: str,
    iban: str,
    amount: Decimal | None,
    bic: str | None = None,
    reference: str | None = None,
    text: str | None = None,
    purpose: str | None = None,
    info: str | None = None,
) -> str:
    """Return the exact EPC069-12 version 002 payload, lines joined by "\\n".

    amount is a Decimal in euros with at most 2 decimals, or None for a code
    whose payer fills in the amount (the guidelines make it optional). reference must be
    an ISO 11649 creditor reference; reference and text exclude each other.
    Surrounding whitespace of text values is dropped. Every problem found
    is raised together in one EPCError; wrong types raise TypeError.
    """
    name, iban, bic = _require_text("name", name), _require_text("iban", iban), _require_text("bic", bic)
    reference, text = _require_text("reference", reference), _require_text("text", text)
    purpose, info = _require_text("purpose", purpose), _require_text("info", info)
    if amount is not None:
        _require_decimal(amount)
    problems: list[str] = []
    _check_name(problems, name)
    iban = _compact_iban(problems, iban)
    bic = _compact_bic(problems, bic)
    amount_problem = _amount_problem(amount) if amount is not None else None
    if amount_problem:
        problems.append(amount_problem)
    _check_purpose(problems, purpose)
    reference = _compact_reference(problems, reference, text)
    _check_text(problems, "text", text, MAX_TEXT_LENGTH)
    _check_text(problems, "info", info, MAX_INFO_LENGTH)
    if problems:
        raise EPCError(problems)
    return _joined(
        [
            SERVICE_TAG,
            FORMAT_VERSION,
            CHARACTER_SET,
            IDENTIFICATION,
            bic,
            name,
            iban,
            _epc_amount(amount) if amount is not None else "",
            purpose,
            reference,
            text,
            info,
        ]
    )


@dataclass(frozen=True)
class QRCode:
    """A QR code's modules, row by row (1 for dark), without the quiet zone; square."""

    rows: tuple[bytes, ...]
    error: str  # the error correction level: L, M, Q or H

    @property
    def size(self) -> int:
        return len(self.rows)

    @property
    def version(self) -> int:
        return (self.size - 17) // 4  # version 1 is 21 modules wide, each version 4 more


# zxing-cpp's image of a code: 0 for a dark module, 255 for a light one.
_ZXING_DARK = bytes.maketrans(b"\x00\xff", b"\x01\x00")


def qr_code(data: str, level: str = ERROR_CORRECTION) -> QRCode:
    """The QR code of `data`, its UTF-8 bytes (no ECI), at error correction `level`; raise ValueError
    when no QR code holds it.

    zxing-cpp's writer (Zint, compiled) draws the code, a hundred times faster than segno in pure
    Python (BENCHMARKS.md). It is handed bytes: given a str, it would write "é" in ISO 8859-1,
    while an EPC payload's character set line promises UTF-8. The mask is chosen beside it, as
    Zint would choose it but in a fraction of the time (`incasso.payments.qr_mask`): the code is
    drawn with mask 0, scored for every mask, and given the best by turning over the modules
    where that mask and mask 0 differ.
    """
    content = data.encode("utf-8")
    try:
        modules, width = _zint_modules(content, level)
    except ValueError as error:  # too long for any version
        raise ValueError(f"no QR code holds {len(content)} bytes at level {level} ({error})") from None
    modules = remasked(modules, level, best_mask(modules, level))
    return QRCode(tuple(modules[start : start + width] for start in range(0, len(modules), width)), level)


def _zint_modules(content: bytes, level: str) -> tuple[bytes, int]:
    """The code's modules with mask 0, row after row, 1 for dark, and its width."""
    code = zxingcpp.create_barcode(content, zxingcpp.BarcodeFormat.QRCode, ec_level=level, data_mask=0)
    image = code.to_image(scale=1, add_quiet_zones=False)
    return bytes(image).translate(_ZXING_DARK), image.shape[1]  # type: ignore[call-overload]  # a buffer; the stub omits it


def _segno_code(payload: str) -> QRCode:
    """The code as segno makes it: byte mode in the fewest modules the standard allows."""
    try:
        code = segno.make_qr(payload, error=ERROR_CORRECTION, encoding="utf-8", boost_error=False)
    except segno.DataOverflowError as error:
        raise EPCError([f"payload: must fit a QR code of version {MAX_QR_VERSION} or lower ({error})"]) from None
    return QRCode(tuple(bytes(row) for row in code.matrix), ERROR_CORRECTION)


def epc_qr(payload: str) -> QRCode:
    """Return the QR code for an EPC payload: level M, version 13 at most."""
    if not isinstance(payload, str):
        raise TypeError(f"payload: must be a str (got {type(payload).__name__})")
    try:
        qrcode = qr_code(payload)
    except ValueError:
        qrcode = None
    if qrcode is None or qrcode.version > MAX_QR_VERSION:
        # Zint fills version 13-M with at most 329 bytes, where the standard (and segno) fit
        # the 331 an EPC payload may have: the last two bytes of room are segno's to use.
        qrcode = _segno_code(payload)
    if qrcode.version > MAX_QR_VERSION:
        raise EPCError(
            [f"payload: must fit a QR code of version {MAX_QR_VERSION} or lower (got version {qrcode.version})"]
        )
    return qrcode


# Drawing a code's path: its rows joined by a row end (2), read as runs of dark modules, each with
# the light ones before it and, for a row's first run, the end of the row before.
_ROW_END = b"\x02"
# A run ends where a dark module is followed by a light one or a row end: cut there, the code falls
# apart into its runs (and what follows the last, no run) with no pattern matched, three times
# fewer instructions than finding the runs with a regular expression. A code has about 400 runs, a
# build only a few thousand different ones, so each is worded once.
_RUN_ENDS = ((b"\x01\x00", b"\x01|\x00"), (b"\x01\x02", b"\x01|\x02"))


def _runs(modules: bytes) -> list[bytes]:
    """The code's runs in order, each its light modules (and row ends) then its dark ones."""
    for end, cut in _RUN_ENDS:
        modules = modules.replace(end, cut)
    runs = modules.split(b"|")
    if not runs[-1].endswith(b"\x01"):
        runs.pop()  # the light modules after the last run
    return runs


class _Steps(dict[bytes, str]):
    """The path's steps for runs of a code of one width, worded the first time they are met."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self.width = width

    def __missing__(self, run: bytes) -> str:
        steps = self[run] = self._step(run)
        return steps

    def _step(self, run: bytes) -> str:
        """Move past the run's light modules, then a line over its dark ones; from the end of the last
        line of the row before when the run is its row's first (each row end is a line down)."""
        dark = len(run) - run.index(1)
        rows_down = run.count(2)
        if not rows_down:
            return f"m{len(run) - dark} 0h{dark}"
        light_after, light_before = run.index(2), len(run) - dark - run.rindex(2) - 1
        return f"m{light_before - (self.width - light_after)} {rows_down}h{dark}"


_STEPS: dict[int, _Steps] = {}


def _modules_path(rows: tuple[bytes, ...]) -> str:
    """The dark modules as one path of horizontal lines 1 wide, each relative to the end of the one before."""
    width = len(rows[0])
    if (steps := _STEPS.get(width)) is None:
        steps = _STEPS[width] = _Steps(width)
    runs = _runs(_ROW_END.join(rows))
    if not runs:
        return ""
    run = runs[0]
    dark, rows_down = len(run) - run.index(1), run.count(2)
    x = len(run) - dark - (run.rindex(2) + 1 if rows_down else 0)
    # The first line is absolute, through the middle of its row of modules.
    start = f"M{x + QUIET_ZONE} {rows_down + QUIET_ZONE}.5h{dark}"
    return start + "".join(map(steps.__getitem__, runs[1:]))


def qr_svg(qrcode: QRCode, *, title: str, css_class: str = "qr") -> str:
    """Return the QR code as inline SVG sized by CSS, with title as its text alternative.

    Black modules on white with the quiet zone included, so it scans on a
    dark page too; a viewBox and no width or height, so CSS sets its size;
    crispEdges keeps module edges sharp when CSS scales by a fraction.
    """
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"title: must be a non-empty text alternative (got {title!r})")
    side = qrcode.size + 2 * QUIET_ZONE
    return (
        '<svg role="img" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {side} {side}" class="{escape(css_class)}"><title>{escape(title, quote=False)}</title>'
        f'<path fill="#fff" d="M0 0h{side}v{side}h-{side}z"/>'
        f'<path stroke="#000" d="{_modules_path(qrcode.rows)}"/></svg>'
    )


def qr_matrix(qrcode: QRCode) -> tuple[bytes, ...]:
    """The code's modules row by row, 1 for dark, without the quiet zone: for drawing it elsewhere (a PDF)."""
    return qrcode.rows


def payee_problems(
    *, name: str, iban: str, bic: str | None = None, reference: str | None = None, text: str | None = None
) -> list[str]:
    """What keeps a payload to this payee from being made, whatever the amount (checked with the largest),
    as `epc_payload` words it; empty when every payload fits."""
    try:
        epc_payload(name=name, iban=iban, bic=bic, amount=MAX_AMOUNT, reference=reference, text=text)
    except EPCError as error:
        return list(error.problems)
    return []


def max_name_bytes(*, iban: str, bic: str | None) -> int:
    """How many bytes of UTF-8 a payee name may take so that every payload for this account fits:
    with the largest amount and the longest creditor reference (EPC069-12 allows 70 characters,
    but 70 letters of two or more bytes would pass the 331-byte payload limit)."""
    longest = epc_payload(name="X", iban=iban, bic=bic, amount=MAX_AMOUNT, reference=_LONGEST_REFERENCE)
    return MAX_PAYLOAD_BYTES - len(longest.encode("utf-8")) + 1


@lru_cache(maxsize=64)  # a build asks it of the creditor's one template for every debtor's link
def payment_url_problem(template: str) -> str | None:
    """Why a payment URL template cannot give a link every page can show, or None.

    The link must be an https address with a real host name (see
    `incasso.payments.urls.address_problem`), and {reference} and {amount} (the only
    placeholders) are filled in after the host, so that the host shown on the page
    ("Pay online (pay.example.nl)") is the same for every debtor.
    """
    if not template.startswith("https://"):
        return "must start with https://"
    if any(name not in ("reference", "amount") for name in _PLACEHOLDER.findall(template)):
        return "may fill in only {reference} and {amount}"
    try:
        netloc = urlsplit(template).netloc
    except ValueError as error:
        return f"is not a valid web address: {error}"
    if "{" in netloc:
        return "may fill in {reference} and {amount} only after the host name"
    filled = _filled(template, _LONGEST_REFERENCE, MAX_AMOUNT)
    if "{" in filled or "}" in filled:  # `{reference` unclosed, `{{reference}}`: braces the link would show
        return "has a { or } that is not part of {reference} or {amount}"
    return address_problem(filled)


def payment_link(template: str, *, reference: str, amount: Decimal) -> str:
    """Fill {reference} and {amount} ("1250.50") into a creditor's payment URL template.

    The values are URL-quoted; only https templates with a host are accepted
    (see `payment_url_problem`), so a ledger cannot turn the link into script.
    """
    if not isinstance(template, str):
        raise TypeError(f"template: must be a str (got {type(template).__name__})")
    if not isinstance(reference, str):
        raise TypeError(f"reference: must be a str (got {type(reference).__name__})")
    _require_decimal(amount)
    url_problem = payment_url_problem(template)
    if url_problem:
        raise ValueError(f"payment_url: {url_problem} (got {template!r})")
    amount_problem = _amount_problem(amount)
    if amount_problem:
        raise ValueError(amount_problem)
    return _filled(template, reference, amount)


def _filled(template: str, reference: str, amount: Decimal) -> str:
    values = {
        "reference": quote(reference, safe=""),
        "amount": quote(f"{amount.quantize(CENT, context=_DECIMAL):f}", safe=""),
    }
    # One pass, so a value that happens to contain "{amount}" is not filled again.
    return re.sub(r"\{(reference|amount)\}", lambda match: values[match[1]], template)
