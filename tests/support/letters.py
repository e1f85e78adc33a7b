"""The letters fixture (tests/fixtures/letters, see its README) and reading letters back.

PDFs are read for real: text with pypdf, pages rendered with pdfium
(pypdfium2) and their QR codes decoded with zxing-cpp; e-mails parsed with
the standard library's email parser.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from tests.support.ledgers import event, invoice

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


# -- a letter written after another letter's term ------------------------------------------------------------------

# The newcomer's D-0004 (s37): F-A (385.00) asked by a final notice posted on Tuesday 1 December 2026 (assumed
# received Thursday the 3rd, last day the 17th), F-B (1210.00) disputed apart on 20 September and answered on 2
# December. The dunning letter for F-B is written on the 18th, the bank statements read up to 3 December: the build
# cannot know whether the notice was paid in its term (claim.term_unseen), but it knows the term is over.
AFTER_TERM = date(2026, 12, 18)
BANK_UNTIL = date(2026, 12, 3)
NOTICE_OF_F_A = [
    event(date(2026, 9, 8), "reminder", channel="email"),
    event(date(2026, 9, 20), "dispute", reason="Boiler maakt lawaai", invoices=["F-B"]),
    event(date(2026, 10, 5), "dunning"),
    event(date(2026, 12, 1), "final_notice", channel="letter", costs="57.75"),
    event(date(2026, 12, 2), "dispute_resolved", invoices=["F-B"], outcome="Monteur geweest", channel="phone"),
]
TWO_INVOICES = [
    invoice(number="F-A", date=date(2026, 8, 10), due=date(2026, 8, 24), amount="385.00"),
    invoice(number="F-B", date=date(2026, 8, 24), due=date(2026, 9, 7), amount="1210.00"),
]


def after_the_term(
    root: Path, language: str, *, events=NOTICE_OF_F_A, day=AFTER_TERM, kind=None, form=None, invoices=TWO_INVOICES
):
    """The letter due on `day` (of `kind`, when several are, or one of `kind` written that day when none is due; posted
    unless `form`), its claim, and the ledger it was read from."""
    from incasso.claims.assess import assess
    from incasso.ledger.model import Channel
    from incasso.letters.due import NO_RECORD, DueLetter, letters_due
    from incasso.letters.view import letter_view
    from tests.support.ledgers import one_debtor_ledger

    ledger = one_debtor_ledger(
        root / f"{language}-{day}", interest="statutory", invoices=invoices, events=events, language=language
    )
    ledger = replace(ledger, bank_until=BANK_UNTIL)
    claim = assess(ledger, ledger.debtors[0], day)
    due = next((d for d in letters_due(claim, NO_RECORD) if kind is None or d.kind == kind), None) or DueLetter(kind)
    return letter_view(ledger, claim, due, form or Channel.LETTER), claim, ledger


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


def day_letters_text(folder: Path) -> dict[str, str]:
    """The text of each of a build's letters in `folder` (the internal output's letters/) by file name: a debtor's
    PDF as pypdf extracts it, an e-mail's plain part, white space made single."""
    letters = {p.name: flat(" ".join(pdf_text(p.read_bytes()))) for p in folder.glob("D-*.pdf")}
    for mail in folder.glob("*.eml"):
        body = read_eml(mail).get_body(preferencelist=("plain",))
        assert body is not None
        letters[mail.name] = " ".join(body.get_content().split())
    return letters
