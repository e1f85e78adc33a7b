"""The letters fixture (tests/fixtures/letters, see its README) and reading letters back.

PDFs are read for real: text with pypdf, pages rendered with pdfium
(pypdfium2) and their QR codes decoded with zxing-cpp; e-mails parsed with
the standard library's email parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "letters"
LETTERS_LEDGER = FIXTURE / "ledger"
AS_OF = date(2026, 11, 24)  # a Tuesday: a letter posted today is received on Thursday 26 November
PUBLIC_URL = "https://betalen.example.nl"
RENDER_SCALE = 3  # 216 dpi: what a phone's camera sees of a printed page, roughly
NOTICE_DAY = date(2026, 12, 8)  # L-PLAN-MISSED: the instalment's reminder recorded on 24 November + 14 days


def plan_missed_ledger(root: Path, *, notice: bool = False, paid: str | None = None) -> Path:
    """In a copy of the letters ledger at `root`: L-PLAN-MISSED with its instalment reminder recorded, so
    its final notice is due on NOTICE_DAY; that notice sent by post on its day; a payment on that day."""
    dossier = root / "debtors" / "L-PLAN-MISSED.yaml"
    yaml = dossier.read_text(encoding="utf-8") + "  - date: 2026-11-24\n    type: reminder\n    channel: letter\n"
    if notice:
        yaml += f"  - date: {NOTICE_DAY}\n    type: final_notice\n    channel: letter\n"
    if paid:
        yaml = yaml.replace("payments:\n", f"payments:\n  - date: {NOTICE_DAY}\n    amount: {paid}\n")
    dossier.write_text(yaml, encoding="utf-8")
    return root


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn on a page: where it starts, in points from the page's top left."""

    text: str
    x: float
    y: float


def pdf_text(data: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    import io

    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with every run of white space as one space (lines wrap where the layout decides)."""
    return " ".join(text.replace("\xa0", " ").split())


def page_runs(data: bytes, page: int = 0) -> list[Run]:
    """Every piece of text on a page with its position (top-left origin, points)."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    sheet = reader.pages[page]
    height = float(sheet.mediabox.height)
    runs: list[Run] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append(Run(text, x, height - y))

    sheet.extract_text(visitor_text=visit)
    return runs


def page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def qr_codes(data: bytes) -> list[str]:
    """The texts of the QR codes on every rendered page (EPC payloads are UTF-8, as their line 3 says)."""
    import pypdfium2 as pdfium
    import zxingcpp

    texts = []
    for page in pdfium.PdfDocument(data):
        image = page.render(scale=RENDER_SCALE).to_pil().convert("L")
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        texts += [barcode.bytes.decode("utf-8") for barcode in found]
    return texts


def page_texts(data: bytes) -> list[str]:
    """The text of each page as pypdfium2 reads it, every run of white space one space."""
    import pypdfium2 as pdfium

    return [flat(page.get_textpage().get_text_range()) for page in pdfium.PdfDocument(data)]


def qr_spans(data: bytes) -> list[tuple[int, float, float]]:
    """Where each QR code is drawn: (page from 1, its top and its bottom in mm from the page's top), as
    zxing-cpp finds it on the rendered page (the code's modules, not its quiet zone)."""
    import pypdfium2 as pdfium
    import zxingcpp

    spans = []
    for number, page in enumerate(pdfium.PdfDocument(data), start=1):
        image = page.render(scale=RENDER_SCALE).to_pil().convert("L")
        per_mm = image.height / 297
        for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            p = barcode.position
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            spans.append((number, min(ys) / per_mm, max(ys) / per_mm))
    return spans


def fonts_of(data: bytes) -> set[str]:
    """The base font names a PDF uses (embedded ones carry a subset prefix)."""
    import io

    from pypdf import PdfReader

    names = set()
    for sheet in PdfReader(io.BytesIO(data)).pages:
        for font in sheet["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


def read_eml(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message
