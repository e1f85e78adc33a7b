"""What the letters cost in a build: one letter as PDF and as e-mail, its QR code, the print file.

`make bench`; the numbers go to BENCHMARKS.md. The engines' comparison (ReportLab,
WeasyPrint, fpdf2) runs only where WeasyPrint and fpdf2 are installed: they are
not the project's dependencies, only the measurement behind choosing ReportLab.
"""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from pelican.plugins.incasso.letters.generator import Job, PrintFile, RenderContext, render
from pelican.plugins.incasso.letters.mail import mail_environment, render_eml
from pelican.plugins.incasso.letters.pdf import QR_SIZE, render_pdf
from pelican.plugins.incasso.letters.texts import LetterTexts

from .synthetic import REPO

FIXTURE = REPO / "tests" / "fixtures" / "letters" / "ledger"
AS_OF = date(2026, 11, 24)
LINK = "https://betalen.example.nl/s/klgkjy4wj47fiylytuoqflnp3g7o2wz7/"


@pytest.fixture(scope="module")
def final_notice():
    """The Dutch consumer final notice of the letters fixture: three invoices, a payment, interest."""
    ledger = load_ledger(FIXTURE)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-FINAL"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    pay = statement_view(claim, ledger).pay
    texts = LetterTexts(REPO / "content" / "letters")
    return ledger, claim, due, pay, texts


def test_letter_view(benchmark, final_notice):
    ledger, claim, due, pay, _ = final_notice
    benchmark(letter_view, ledger, claim, due, Channel.LETTER, link=LINK, pay=pay)


def test_letter_pdf(benchmark, final_notice):
    ledger, claim, due, pay, texts = final_notice
    view = letter_view(ledger, claim, due, Channel.LETTER, link=LINK, pay=pay)
    benchmark(render_pdf, view, texts[("nl", "final_notice")].blocks)


def test_letter_pdf_without_qr(benchmark, final_notice):
    """The same letter without its payment block: the difference is the QR code's cost (with the bank details)."""
    from dataclasses import replace

    ledger, claim, due, pay, texts = final_notice
    view = replace(letter_view(ledger, claim, due, Channel.LETTER, link=LINK, pay=pay), pay=None)
    benchmark(render_pdf, view, texts[("nl", "final_notice")].blocks)


def test_letter_qr_drawing(benchmark, final_notice):
    """Only the EPC QR code drawn on a page (its modules come encoded from the statement view)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from pelican.plugins.incasso.letters.pdf import _qr

    matrix = final_notice[3].qr_matrix
    canvas = Canvas(io.BytesIO())
    benchmark(_qr, canvas, matrix, 0, QR_SIZE)


def test_letter_email(benchmark, final_notice):
    ledger, claim, due, pay, texts = final_notice
    view = letter_view(ledger, claim, due, Channel.EMAIL, link=LINK, pay=pay)
    env = mail_environment(REPO / "theme")
    benchmark(render_eml, view, texts[("nl", "final_notice")], env, ledger.creditor.name, AS_OF)


@pytest.fixture(scope="module")
def many_jobs(final_notice):
    """200 letters (100 as PDF, 100 as e-mail): enough for the worker processes to start."""
    ledger, claim, due, pay, texts = final_notice
    context = RenderContext(ledger, texts, str(REPO / "theme"))
    jobs = [Job(claim, due, form, LINK, pay) for _ in range(100) for form in (Channel.LETTER, Channel.EMAIL)]
    return context, jobs


def test_200_letters_in_one_process(benchmark, many_jobs):
    """The build renders a debtor's letters in the worker that writes its page (debtors.py): per process."""
    context, jobs = many_jobs
    benchmark.pedantic(lambda: [render(context, job) for job in jobs], rounds=3, iterations=1)


def test_print_file_of_100_letters(benchmark, many_jobs):
    context, jobs = many_jobs
    letters = [render(context, job).data for job in jobs if job.form == Channel.LETTER]
    benchmark.pedantic(_print_file, args=(letters,), rounds=3, iterations=1)


def _print_file(letters: list[bytes]) -> bytes:
    """The day's print file of `letters`, as the build joins it."""
    joined = PrintFile()
    for letter in letters:
        joined.add(letter)
    return joined.data()


# -- the engines compared: the same letter, the same QR code ------------------------------------


def test_engine_weasyprint(benchmark, final_notice):
    """The e-mail's HTML (the same strings) with a print stylesheet and the QR code as inline SVG."""
    weasyprint = pytest.importorskip("weasyprint")
    ledger, claim, due, pay, texts = final_notice
    view = letter_view(ledger, claim, due, Channel.LETTER, link=LINK, pay=pay)
    env = mail_environment(REPO / "theme")
    html = env.get_template("email.html").render(view=view, body=texts[("nl", "final_notice")])
    css = "<style>@page { size: A4; margin: 20mm 20mm 20mm 25mm } body { font: 9.5pt Helvetica }</style>"
    html = html.replace("</head>", css + "</head>").replace("</body>", pay.qr_svg + "</body>")
    benchmark(lambda: weasyprint.HTML(string=html).write_pdf())


def test_engine_fpdf2(benchmark, final_notice):
    """The same strings flowed with fpdf2's multi_cell, the QR code as rectangles."""
    fpdf = pytest.importorskip("fpdf")
    ledger, claim, due, pay, texts = final_notice
    view = letter_view(ledger, claim, due, Channel.LETTER, link=LINK, pay=pay)
    paragraphs = [text for _, text in texts[("nl", "final_notice")].blocks] + list(view.terms)
    paragraphs += list(view.next_steps.lines) + [" ".join(row) for row in view.invoices.rows]
    paragraphs += [" ".join(row) for row in view.interest.rows] + list(view.way_out.lines) + list(view.contact.lines)

    def draw() -> bytes:
        pdf = fpdf.FPDF(format="A4")
        pdf.add_page()
        pdf.set_font("Helvetica", size=9.5)
        for text in paragraphs:
            pdf.multi_cell(165, 4.6, text.replace("\u2013", "-").replace("\u2026", "..."))
        for row, modules in enumerate(pay.qr_matrix):
            for col, dark in enumerate(modules):
                if dark:
                    pdf.rect(150 + col * 0.65, 230 + row * 0.65, 0.65, 0.65, style="F")
        return bytes(pdf.output())

    benchmark(draw)


def test_engine_reportlab(benchmark, final_notice):
    """Ours, for the same table: render_pdf of the same letter."""
    ledger, claim, due, pay, texts = final_notice
    view = letter_view(ledger, claim, due, Channel.LETTER, link=LINK, pay=pay)
    benchmark(render_pdf, view, texts[("nl", "final_notice")].blocks)
