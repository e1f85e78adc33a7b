"""The day's letters from a real build: PDFs read back, QR codes decoded from rendered pages, e-mails parsed.

One build of tests/fixtures/letters/ledger as of Tuesday 2026-11-24 (see the
fixture's README for what each dossier shows), with a public address for the
personal links.
"""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from incasso import fmt
from incasso.audit.scan import audit
from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.cli.main import main
from incasso.contact import tel_link
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel, DebtorType
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view, recipient
from incasso.payments.reference import rf_reference
from incasso.payments.tokens import statement_token
from pelican.plugins.incasso.letters import pdf
from pelican.plugins.incasso.letters.envelope import ENVELOPES
from tests import golden
from tests.support.dutch import dutch_texts, english_in
from tests.support.letters import (
    AS_OF,
    LETTERS_LEDGER,
    PUBLIC_URL,
    flat,
    fonts_of,
    page_count,
    page_runs,
    page_texts,
    pdf_text,
    qr_codes,
    qr_spans,
    read_eml,
)
from tests.support.site import DEMO_LEDGER, LINKS_SECRET, REPO, build_site

IBAN = "NL34RABO0372918465"
LOCAL_URL = "http://localhost:8000"
# In the order of the print file: by debtor id.
PDFS = [
    "L-DUNNING-dunning",
    "L-FINAL-final_notice",
    "L-FINAL-EN-final_notice",
    "L-HANDOVER-handover",
    "L-LUKASZ-reminder",
    "L-MANY-reminder",
    "L-PAUSE-pause",
    "L-PAUSE-PLAN-arrangement",
    "L-PLAN-arrangement",
    "L-PLAN-MISSED-installment_reminder",
    "L-PROMISE-promise",
    "L-REMIND-reminder",
]
EMLS = [  # a consumer's final notice is posted only (letters.due.forms)
    "L-DUNNING-dunning",
    "L-HANDOVER-handover",
    "L-MAILONLY-reminder",
    "L-MANY-reminder",
    "L-PAUSE-pause",
    "L-PAUSE-PLAN-arrangement",
    "L-PLAN-arrangement",
    "L-PLAN-MISSED-installment_reminder",
    "L-PROMISE-promise",
    "L-RECORDED-reminder",
    "L-REMIND-reminder",
]
LEDGER = load_ledger(LETTERS_LEDGER)


def _linked(folder: Path, ledger: Path, as_of: date = AS_OF):
    """A build of `ledger` whose letters carry the personal link (a public address and the links' secret)."""
    site = build_site(folder, ledger=ledger, as_of=as_of, extra=["--public-url", PUBLIC_URL], secret=LINKS_SECRET)
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return _linked(tmp_path_factory.mktemp("letters"), LETTERS_LEDGER)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo's letters on 2 December 2026 (a plan in arrears, dunning and final notices)."""
    return _linked(tmp_path_factory.mktemp("demo"), DEMO_LEDGER, date(2026, 12, 2))


@pytest.fixture(scope="module")
def left_site(tmp_path_factory):
    """The same letters for a creditor who posts in a left-window envelope (policy envelope_window: left)."""
    return _linked(tmp_path_factory.mktemp("left"), golden.left_window_ledger(tmp_path_factory.mktemp("left-ledger")))


WINDOWS = ["right", "left"]


def site_of(request, window: str):
    """The letters fixture's build for an envelope window."""
    return request.getfixturevalue("site" if window == "right" else "left_site")


def letter(site, name: str) -> bytes:
    return (site.internal / "letters" / f"{name}.pdf").read_bytes()


def text_of(site, name: str) -> str:
    return flat(" ".join(pdf_text(letter(site, name))))


# -- the files -----------------------------------------------------------------------------------


def test_the_days_letters_are_written_to_the_internal_output_only(site):
    written = sorted(p.name for p in (site.internal / "letters").iterdir())
    expected = sorted([f"{n}.pdf" for n in PDFS] + [f"{n}.eml" for n in EMLS] + ["print-2026-11-24.pdf"])
    assert written == expected
    public = [p for p in site.output.rglob("*") if p.is_file()]
    assert not [p for p in public if p.suffix in (".pdf", ".eml") or "letters" in p.parts]
    report = audit(site.output, load_ledger(LETTERS_LEDGER), LINKS_SECRET, AS_OF)
    assert report.ok, [str(f) for f in report.findings]


@pytest.mark.parametrize("name", PDFS)
def test_every_letter_is_one_or_two_pages(site, name):
    assert 1 <= page_count(letter(site, name)) <= 2


def test_a_plan_confirmation_that_needed_a_third_page_for_its_signature_fits_two_with_tight_spacing(tmp_path):
    from pelican.plugins.incasso.letters.pdf import render_pdf
    from pelican.plugins.incasso.letters.texts import LetterTexts

    root = tmp_path / "ledger"
    (root / "debtors").mkdir(parents=True)
    shutil.copy(LETTERS_LEDGER / "creditor.yaml", root)
    shutil.copy(LETTERS_LEDGER.parent / "long" / "B-LONG.yaml", root / "debtors")
    ledger = load_ledger(root)
    claim = assess(ledger, ledger.debtors[0], date(2025, 6, 15))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    data, pages = render_pdf(view, blocks)
    assert (due.kind, pages, page_count(data)) == ("arrangement", 2, 2)
    text = flat(" ".join(pdf_text(data)))
    assert "Kind regards" in text and "6. 1 Dec 2025 400.00" in text  # nothing left out to fit


def test_thirty_invoices_still_fit_two_pages(site):
    text = text_of(site, "L-MANY-reminder")
    assert page_count(letter(site, "L-MANY-reminder")) == 2
    # As many rows as fit (a fixed cut at 12 left open invoices out with room to spare), the open first:
    # the paid L2026-2000 goes below the cut, and of the 29 open ones all but the last three fit (the rate
    # line names the rate provisional, and the line under it says what that means: two lines).
    assert "Er staan vier facturen niet in deze brief; u ziet ze op uw persoonlijke overzicht." in text
    assert "L2026-2000" not in text
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == "L-MANY"), AS_OF)
    open_ = [b.number for b in claim.settlement.invoices if b.open > 0]
    assert len(open_) == 29 and [number for number in open_ if number not in text] == [
        "L2026-2027",
        "L2026-2028",
        "L2026-2029",
    ]


@pytest.mark.parametrize(
    ("lang", "linked", "said"),
    [
        ("nl", True, "Er staat één factuur niet in deze brief; u ziet hem op uw persoonlijke overzicht."),
        ("en", True, "This letter leaves out one invoice; you can see it on your personal overview."),
        (
            "nl",
            False,
            "Er staat één factuur niet in deze brief. Wilt u de hele lijst? Bel of mail ons, dan sturen wij hem u.",
        ),
        (
            "en",
            False,
            "This letter leaves out one invoice. Would you like the whole list? Call or email us and we will send it "
            "to you.",
        ),
    ],
)
def test_one_invoice_left_out_is_said_in_a_sentence_in_the_singular(lang, linked, said):
    """Not "Facturen die hier niet staan: 1.", a form's line: L-MANY with fewer invoices, until its PDF
    leaves out one row (how many fit depends on the language's words)."""
    from dataclasses import replace

    from pelican.plugins.incasso.letters.texts import LetterTexts

    many = next(d for d in LEDGER.debtors if d.id == "L-MANY")
    texts = []
    for fewer in range(1, 5):
        debtor = replace(many, invoices=many.invoices[:-fewer], language=lang)
        claim = assess(LEDGER, debtor, AS_OF)
        (due,) = letters_due(claim, NO_RECORD)
        view = letter_view(LEDGER, claim, due, Channel.LETTER, link=PUBLIC_URL + "s/x/" if linked else None)
        blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
        texts.append(flat(" ".join(pdf_text(pdf.render_pdf(view, blocks)[0]))))
    assert any(said in text for text in texts)
    assert not any("hier niet staan" in text or "not listed here" in text for text in texts)


def test_the_print_file_holds_every_posted_letter_in_order(site):
    combined = (site.internal / "letters" / "print-2026-11-24.pdf").read_bytes()
    pages = pdf_text(combined)
    assert len(pages) == sum(page_count(letter(site, name)) for name in PDFS)
    firsts = [flat(pdf_text(letter(site, name))[0]) for name in PDFS]
    assert [flat(page) for page in pages if "1 van 2" in page or "1 of 2" in page] == firsts


def test_the_print_file_has_a_bookmark_at_each_letter_s_first_page(site):
    """A print service inserts the letters of one file by their pages: each letter's bookmark (its file's name) at its
    first page splits the file per letter, a blank back page with the letter before it; a viewer opens with them."""
    from pypdf import PdfReader

    reader = PdfReader(site.internal / "letters" / "print-2026-11-24.pdf")
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    sheets = [page_count(letter(site, name)) + page_count(letter(site, name)) % 2 for name in PDFS]
    assert marks == [(name, sum(sheets[:n])) for n, name in enumerate(PDFS)]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_the_print_file_is_dated_its_letters_day_and_says_what_it_holds(site):
    """Kept as proof of what was posted: pypdf alone left it with no day, no title and no owner."""
    import pypdfium2 as pdfium

    info = pdfium.PdfDocument(site.internal / "letters" / "print-2026-11-24.pdf").get_metadata_dict()
    assert info["CreationDate"] == info["ModDate"] == "D:20261124080000+01'00'"
    assert info["Title"] == f"Brieven om te versturen, 24 november 2026: brief 1 tot en met {len(PDFS)}"
    assert (info["Author"], info["Creator"]) == (LEDGER.creditor.name, "incasso")
    # Where it came from, as a preflight reads it: the letters' own Producer (it said "pypdf"), their language.
    one = pdfium.PdfDocument(letter(site, PDFS[0])).get_metadata_dict()
    assert info["Producer"] == one["Producer"] and "ReportLab" in info["Producer"]
    from pypdf import PdfReader

    assert PdfReader(site.internal / "letters" / "print-2026-11-24.pdf").trailer["/Root"]["/Lang"] == "nl-NL"


def test_the_print_file_is_in_the_language_most_of_its_letters_are_in():
    """Its catalog's /Lang: one print file holds Dutch and English letters; the most of them, or the first's."""
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from pelican.plugins.incasso.letters.generator import PrintFile

    def in_(lang: str) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, lang=lang)
        canvas.drawString(72, 720, lang)
        canvas.save()
        return out.getvalue()

    for langs, said in ((["nl-NL", "en-GB", "en-GB"], "en-GB"), (["en-GB", "nl-NL"], "en-GB"), (["nl-NL"], "nl-NL")):
        printed = PrintFile()
        for lang in langs:
            printed.add(in_(lang))
        assert PdfReader(io.BytesIO(printed.data())).trailer["/Root"]["/Lang"] == said, langs


@pytest.mark.parametrize("name", PDFS)
def test_a_letter_is_printed_in_black_and_grey_only(site, name):
    """A print service runs letters in black only (cheaper), and flags an RGB colour in one; on a colour press RGB black
    becomes a black of four inks, and small type blurs when they do not register: every colour is a grey (DeviceGray,
    black being 0), the QR code's and the lines' too."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(letter(site, name)))
    colours = {b"rg", b"RG", b"k", b"K", b"sc", b"SC", b"scn", b"SCN", b"cs", b"CS"}
    for page in reader.pages:
        used = {op for _, op in ContentStream(page.get_contents(), reader).operations if op in colours}
        assert not used, used
        assert {op for _, op in ContentStream(page.get_contents(), reader).operations} >= {b"g"}


@pytest.mark.parametrize(
    "text, whole",
    [
        (
            "De termijn van 15 november 2026 is nog niet betaald: er staat EUR\xa0250,00 open.",
            ("15 november 2026", "EUR 250,00"),
        ),
        ("The instalment of 15 Sept 2026 has not been paid: EUR\xa0250.00 is open.", ("15 Sept 2026", "EUR 250.00")),
        ("Costs under art. 6:96 of the Dutch Civil Code, from 11 December 2026.", ("art. 6:96", "11 December 2026")),
    ],
)
def test_a_letter_breaks_its_lines_between_words_never_inside_a_date_or_an_amount(text, whole):
    # "instalment of 15" over "November 2026" read as two things on paper (the English review).
    for width in range(40, 400, 5):
        lines = [line.replace("\xa0", " ") for line in pdf.wrap(text, pdf.STANDARD.regular, 10, width)]
        assert " ".join(lines) == text.replace("\xa0", " ")
        assert all(any(part in line for line in lines) for part in whole), (width, lines)


def test_a_letter_of_an_odd_number_of_pages_is_followed_by_a_blank_one_so_each_starts_on_a_new_sheet():
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from pelican.plugins.incasso.letters.generator import PrintFile

    def pdf(name: str, pages: int) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out)
        for page in range(1, pages + 1):
            canvas.drawString(72, 720, f"{name} {page}")
            canvas.showPage()
        canvas.save()
        return out.getvalue()

    printed = PrintFile()
    for name, pages in [("plan", 3), ("reminder", 2), ("note", 1), ("dunning", 2)]:
        printed.add(pdf(name, pages))
    # Printed on both sides, every letter's first page is the front of a sheet (an odd page).
    assert [flat(text) for text in pdf_text(printed.data())] == [
        "plan 1",
        "plan 2",
        "plan 3",
        "",
        "reminder 1",
        "reminder 2",
        "note 1",
        "",
        "dunning 1",
        "dunning 2",
    ]
    # Split by its bookmarks, each letter takes its blank page with it: whole sheets, none shared.
    reader = PdfReader(io.BytesIO(printed.data()))
    assert [(item.title, reader.get_destination_page_number(item)) for item in reader.outline] == [
        ("1", 0),
        ("2", 4),
        ("3", 6),
        ("4", 8),
    ]


# -- what the letters say, read back from the PDFs ----------------------------------------------


def test_the_consumer_final_notice_states_the_statutory_term_and_the_costs(site):
    text = text_of(site, "L-FINAL-final_notice")
    assert (
        "Wij vragen u EUR 1.356,28 te betalen binnen veertien dagen na de dag waarop u deze brief heeft ontvangen."
    ) in text
    assert "Heeft u deze brief op 26 november 2026 ontvangen? Dan is uw laatste betaaldag 10 december 2026." in text
    assert "Dan rekenen wij vanaf 11 december 2026 incassokosten van EUR 201,84." in text
    assert "Dat bedrag is berekend over EUR 1.345,65, volgens art. 6:96 BW" in text
    assert "Laatste brief voordat wij kosten rekenen (sommatie)" in text


def test_the_english_final_notice_says_the_same(site):
    text = text_of(site, "L-FINAL-EN-final_notice")
    assert "within fourteen days after the day on which you received this letter." in text
    assert "If you received this letter on 26 November 2026, your last day to pay is 10 December 2026." in text
    assert "we will charge collection costs of EUR 147.84 from 11 December 2026." in text


@pytest.mark.parametrize(
    "name, sentences",
    [
        (
            "L-REMIND-reminder",
            [
                "Betalingsherinnering",
                "Geachte Sanne de Boer,",
                "Betaal uiterlijk 7 december 2026",
                "Dan sturen wij u een aanmaning.",
            ],
        ),
        ("L-DUNNING-dunning", ["Formal reminder", "Dear Emma Clarke,", "Please pay by 7 December 2026"]),
        ("L-HANDOVER-handover", ["overgedragen aan Incassobureau Domstad."]),
        ("L-PROMISE-promise", ["you promised to pay us EUR 300.00 by 5 December 2026", "send you a final notice"]),
        ("L-PLAN-arrangement", ["U betaalt drie termijnen, samen EUR 909,50.", "1 feb 2027 309,50"]),
        (
            "L-PLAN-MISSED-installment_reminder",
            [
                "Herinnering: een termijn van uw betalingsregeling",
                "De termijn van 15 november 2026 (EUR 200,00) hebben wij nog niet ontvangen.",
                "Wilt u EUR 200,00 uiterlijk 7 december 2026 betalen?",
                "15 nov 2026 200,00 — Te laat",
                "Hebben wij EUR 200,00 niet uiterlijk 7 december 2026 ontvangen? Dan gaan wij verder met de incasso",
                "Misschien is het u ontschoten",  # the editable opening text
            ],
        ),
    ],
)
def test_each_letter_says_what_it_is_for(site, name, sentences):
    text = text_of(site, name)
    for sentence in sentences:
        assert sentence in text


@pytest.mark.parametrize("name", PDFS)
def test_every_letter_has_the_figures_the_way_out_and_whom_to_call(site, name):
    text = text_of(site, name)
    nl = "Facturen (bedragen in euro)" in text
    assert nl or "Invoices (amounts in euros)" in text
    assert "Geldfit, 0800-8115" in text
    # Households are pointed to legal aid, businesses to help for entrepreneurs (the page's help, by type).
    debtor = next(d for d in LEDGER.debtors if name.startswith(f"{d.id}-"))
    if debtor.type == DebtorType.BUSINESS:
        assert "KVK (Kamer van Koophandel), 0800-2117" in text and "Juridisch Loket" not in text
    else:
        assert "Het Juridisch Loket, 0900-8020" in text
    assert "Marieke Bosman" in text and "+31 30 204 18 60" in text
    assert f"{PUBLIC_URL}/s/" in text
    assert ("Pagina 1 van" if nl else "Page 1 of") in text


@pytest.mark.parametrize("built", ["site", "demo"])
def test_no_dutch_letter_has_an_english_word_amount_or_date_left(request, built):
    """The Dutch letters (PDF and e-mail) and pages of this module's builds, read as tests/site/test_dutch_outputs.py
    reads the demo's pages (tests.support.dutch): the fixture's letters of each kind, and the demo's of 2 December
    (dunning and final notices, a plan in arrears), which the demo as every test reads it does not write."""
    texts = dutch_texts(request.getfixturevalue(built), LETTERS_LEDGER if built == "site" else DEMO_LEDGER)
    letters = {where.split(".")[0] for where in texts if where.endswith((".pdf", ".eml"))}
    assert len(letters) >= {"site": 8, "demo": 2}[built], sorted(texts)  # it reads what it says it reads
    assert not (found := english_in(texts)), found


# -- the QR code, the address window and the fonts ----------------------------------------------


@pytest.mark.parametrize("name", PDFS)
def test_the_qr_code_on_the_printed_page_pays_the_amount_asked(site, name):
    debtor_id = name.rsplit("-", 1)[0]
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == debtor_id), AS_OF)
    amount = amount_to_pay(claim)
    (payload,) = qr_codes(letter(site, name))
    lines = payload.split("\n")
    assert lines[:4] == ["BCD", "002", "1", "SCT"]
    assert (lines[6], lines[7], lines[9]) == (IBAN, f"EUR{amount.normalize():f}", rf_reference(debtor_id))
    assert f"Bedrag {fmt.money(amount)}".replace("\xa0", " ") in text_of(site, name) or (
        f"Amount {fmt.money(amount, 'en')}".replace("\xa0", " ") in text_of(site, name)
    )


def test_a_long_public_address_is_broken_left_of_the_qr_code_which_still_scans(tmp_path):
    # Drawn on one line, a 44-character address ran across the code beside it: no code was found.
    url = "https://betalen.vaartscherijn-installatie.example.nl"
    built = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=AS_OF, extra=["--public-url", url], secret=LINKS_SECRET)
    links = {row["id"]: row["url"] for row in csv.DictReader((built.internal / "links.csv").open())}
    for name in PDFS:
        data = (built.internal / "letters" / f"{name}.pdf").read_bytes()
        (payload,) = qr_codes(data)
        assert payload.startswith("BCD\n002\n1\nSCT"), name
        host, token = links[name.rsplit("-", 1)[0]].rsplit("/s/", 1)
        assert f"{host}/s/ {token}" in flat(" ".join(pdf_text(data))), name
        runs = [r for page in range(page_count(data)) for r in page_runs(data, page)]
        drawn = [r for r in runs if "/s/" in r.text or token in r.text]
        qr_left = pdf.RIGHT - pdf.QR_SIZE
        assert drawn and all(r.x + pdf.text_width(r.text, pdf.STANDARD.mono, 9) < qr_left for r in drawn), name


def in_reach(run, reach) -> bool:
    """Whether any of a line drawn on page 1 may show in the window: its box, measured generously (10 pt bold,
    wider than any line above the subject, the 12 pt subject aside, which is checked on its own)."""
    right = run.x + pdf.text_width(run.text.strip(), pdf.STANDARD.bold, 10)
    return run.x < reach.right and right > reach.left and run.y - 10 < reach.bottom and run.y + 3 > reach.top


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("name", PDFS)
def test_the_address_sits_inside_the_envelopes_window(request, window, name):
    """Every line of the address, above it the creditor's return address, and nothing else, where the
    window may show the letter (in a left window the reference block stood there: it moved to the right)."""
    debtor_id = name.rsplit("-", 1)[0]
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == debtor_id), AS_OF)
    envelope = ENVELOPES[window]
    area, near = envelope.address_area, 0.01  # positions are written to the PDF with three decimals
    runs = page_runs(letter(site_of(request, window), name))
    inside = [r for r in runs if in_reach(r, envelope.window_reach)]
    back = ["Installatietechniek Vaartsche Rijn B.V., Vlampijpstraat 48, 3534 AR Utrecht"]
    if window == "left":  # too wide for the narrower window on one line
        back = ["Installatietechniek Vaartsche Rijn B.V.", "Vlampijpstraat 48, 3534 AR Utrecht"]
    assert [r.text.strip() for r in sorted(inside, key=lambda r: r.y)] == [*back, *recipient(claim)]
    for n, run in enumerate(sorted(inside, key=lambda r: r.y)):
        assert area.top <= run.y <= area.bottom - 3, run  # the baseline, with room below for descenders
        size = pdf.RETURN_SIZE if n < len(back) else pdf.ADDRESS_SIZES[0]  # at most: the recipient may be smaller
        assert area.left - near <= run.x and run.x + pdf.text_width(run.text.strip(), pdf.STANDARD.regular, size) <= (
            area.right + near
        )


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("name", PDFS)
def test_the_subject_the_date_and_the_reference_stay_out_of_every_part_the_window_may_show(request, window, name):
    # The letter slides in its envelope: the subject's top was at 94.5 mm, the window may show down to 95 mm.
    reach = ENVELOPES[window].window_reach
    view = letter_view_of(name)
    head = [r for r in page_runs(letter(site_of(request, window), name)) if r.y <= pdf.SUBJECT_TOP + 15]
    runs = {r.text.strip(): r for r in head}  # the first page above the text (the pay box repeats the reference)
    subject, dated = runs[view.subject], runs[view.place_date]
    assert subject.y - 0.76 * 12 > reach.bottom  # the baseline less Helvetica-Bold's ascender
    for label, value in (("", view.place_date), *view.meta):
        for text in filter(None, (label, value)):
            drawn = runs[text]
            right = drawn.x + pdf.text_width(text, pdf.STANDARD.regular, 9.5)
            assert right < reach.left or drawn.x > reach.right, (window, text)
    assert (dated.x > reach.right) == (window == "left")  # beside a left window: on the right


@pytest.mark.parametrize("window", WINDOWS)
def test_a_long_place_and_date_beside_the_window_stays_within_its_width(window):
    """Right of a left window the reference block has 65 mm up to the margin, left of a right window 53 mm up to
    all the window may show (at 9.5 pt this place and date reached 108 mm, well into it): a place too long is set
    smaller, to 8 pt, then broken before its date, which stays whole (65 mm is too narrow for it in 8 pt too)."""
    from dataclasses import replace

    import pypdfium2 as pdfium

    long = "Capelle aan den IJssel-Schollevaar, 24 september 2026"
    view = replace(letter_view_of("L-REMIND-reminder"), place_date=long)
    data, _ = pdf.render_pdf(view, (), ENVELOPES[window])
    page = pdfium.PdfDocument(data)[0]
    text = page.get_textpage()
    found = text.search("Capelle", match_case=True).get_next()
    assert found is not None
    start = text.get_charbox(found[0])[0]
    assert start == pytest.approx(ENVELOPES[window].reference_left, abs=1)
    end = start + pdf.reference_width(ENVELOPES[window])
    head = [text.get_rect(n) for n in range(text.count_rects())]
    below, above = (page.get_height() - y for y in (ENVELOPES[window].address_area.top - 3, pdf.SUBJECT_TOP))
    head = [box for box in head if above < box[3] < below and abs(box[0] - start) < 1]  # the reference block
    assert all(box[2] <= end for box in head)
    said = [text.get_text_bounded(*box).strip() for box in head]
    assert said[-2:] == ["Capelle aan den IJssel-Schollevaar,", "24 september 2026"]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("face", [pdf.STANDARD.bold, "DejaVuSans-Bold"])
def test_a_subject_that_names_a_day_stays_within_the_margins(language, face):
    """A final notice sent again on the first one's last day names that day in its subject (letters.view._subject):
    with September's name in DejaVu Sans (wider, for a name Helvetica cannot draw) it ran past the right margin
    at 12 pt. It is set smaller then, on one line; what fits keeps 12 pt."""
    from incasso.letters.words import WORDS

    pdf._register_unicode()
    words = WORDS[language]
    long = words["subject_final_notice_last_day"].format(last_day=fmt.day(date(2026, 9, 16), language))
    size = pdf.subject_size(long, face)
    assert 9 <= size <= 12 and pdf.text_width(long, face, size) <= pdf.WIDTH
    assert (size < 12) == (pdf.text_width(long, face, 12) > pdf.WIDTH)
    assert pdf.subject_size(words["subject_final_notice"], face) == 12


def letter_view_of(name: str):
    debtor_id, kind = name.rsplit("-", 1)
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == debtor_id), AS_OF)
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == kind)
    return letter_view(LEDGER, claim, due, Channel.LETTER)


def test_a_name_helvetica_cannot_draw_is_drawn_in_an_embedded_font(site):
    assert "Łukasz Wiśniewski" in text_of(site, "L-LUKASZ-reminder")
    assert {font.split("+")[-1] for font in fonts_of(letter(site, "L-LUKASZ-reminder"))} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSansMono",
    }
    assert {font.split("+")[-1] for font in fonts_of(letter(site, "L-REMIND-reminder"))} == {
        "LiberationSans",
        "LiberationSans-Bold",
        "LiberationMono",
    }


def test_every_letter_and_the_print_file_embed_every_font_they_use(site):
    """A print service's preflight rejects a PDF with a font it does not hold (Helvetica was not embedded), or prints
    it in a Helvetica of its own: each font a page names is embedded, as a subset, and its text is extractable."""
    from pypdf import PdfReader

    for path in sorted((site.internal / "letters").glob("*.pdf")):
        for page in PdfReader(path).pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert "/FontFile2" in font["/FontDescriptor"], (path.name, font["/BaseFont"])
                assert "+" in str(font["/BaseFont"]) and "/ToUnicode" in font, (path.name, font["/BaseFont"])


def test_the_embedded_fonts_keep_every_line_where_helvetica_put_it():
    """Liberation Sans and Mono have Helvetica's and Courier's widths: drawn in them, a letter breaks its lines and
    pages where it did in Helvetica (the window's address, one or two pages, the goldens), word for word."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    assert pdf.STANDARD == pdf.LIBERATION  # installed by `make fonts`
    compared = 0
    for name in PDFS:
        debtor_id, kind = name.rsplit("-", 1)
        claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == debtor_id), AS_OF)
        due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == kind)
        view = letter_view(LEDGER, claim, due, Channel.LETTER, link=PUBLIC_URL + "s/x/")
        if any(pdf.needs_unicode(line) for line in view.recipient):
            continue  # drawn in DejaVu Sans, as before
        blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
        embedded, pages = pdf._render(view, blocks, pdf.LIBERATION)
        standard, before = pdf._render(view, blocks, pdf.HELVETICA)
        assert (pages, pdf_text(embedded)) == (before, pdf_text(standard)), name
        compared += 1
    assert compared == len(PDFS) - 1


# -- the e-mails ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def emailed(tmp_path_factory):
    """The letters ledger with L-FINAL agreed to get its final notice by e-mail (`contact.final_notice_by`):
    every build writes it as the e-mail only, until staff record it as sent."""
    root = tmp_path_factory.mktemp("emailed")
    ledger = shutil.copytree(LETTERS_LEDGER, root / "ledger")
    path = ledger / "debtors" / "L-FINAL.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("contact:\n", "contact:\n  final_notice_by: email\n", 1), encoding="utf-8")
    site = build_site(root, ledger=ledger, as_of=AS_OF, extra=["--public-url", PUBLIC_URL], secret=LINKS_SECRET)
    assert site.exit_code == 0
    return site


def test_a_consumer_s_final_notice_agreed_by_e_mail_is_written_as_the_e_mail_only(site, emailed):
    assert (site.internal / "letters" / "L-FINAL-final_notice.pdf").is_file()
    assert not (site.internal / "letters" / "L-FINAL-final_notice.eml").exists()  # posted: one last day
    assert not (emailed.internal / "letters" / "L-FINAL-final_notice.pdf").exists()
    assert (emailed.internal / "letters" / "L-FINAL-final_notice.eml").is_file()
    overview = (emailed.internal / "index.html").read_text(encoding="utf-8")
    assert "niet opnieuw versturen" not in overview.split("L-FINAL-final_notice.eml", 1)[1][:300]  # not yet sent


def test_the_email_is_ready_to_send(emailed):
    site = emailed
    message = read_eml(site.internal / "letters" / "L-FINAL-final_notice.eml")
    reference = "RF" + rf_reference("L-FINAL")[2:4]
    assert message["Subject"].startswith("Laatste e-mail voordat wij kosten rekenen (sommatie) – betalingskenmerk RF")
    assert reference in message["Subject"]
    assert message["To"] == "Anouk de Wit <anouk.dewit@example.nl>"
    assert message["From"].addresses[0].addr_spec == "debiteuren@vaartscherijn.example.nl"
    # Sent from whichever account staff use: an answer still goes to the desk.
    assert message["Reply-To"].addresses[0].addr_spec == "debiteuren@vaartscherijn.example.nl"
    assert message["X-Unsent"] == "1"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert list(message.iter_attachments()) == []
    plain = flat(message.get_body(("plain",)).get_content())
    html = message.get_body(("html",)).get_content()
    token = statement_token(LINKS_SECRET, "L-FINAL")
    assert f"{PUBLIC_URL}/s/{token}/" in plain and f'href="{PUBLIC_URL}/s/{token}/"' in html
    assert "binnen veertien dagen na de dag waarop u deze e-mail heeft ontvangen." in plain
    assert "Heeft u deze e-mail op 24 november 2026 ontvangen? Dan is uw laatste betaaldag 8 december 2026." in plain
    assert "incassokosten van EUR 201,84" in plain


@pytest.mark.parametrize("name", EMLS)
def test_every_email_has_the_payment_reference_in_its_subject(site, name):
    debtor_id = name.rsplit("-", 1)[0]
    message = read_eml(site.internal / "letters" / f"{name}.eml")
    compact = message["Subject"].replace(" ", "")
    assert rf_reference(debtor_id) in compact
    assert IBAN in message.get_body(("plain",)).get_content().replace(" ", "")


@pytest.mark.parametrize("name", ["L-PLAN-arrangement", "L-PLAN-MISSED-installment_reminder", "L-PROMISE-promise"])
def test_an_email_says_what_the_amount_to_transfer_is_as_the_letter_does(site, name):
    # "Te betalen" beside a larger total is explained under the payment details, in both forms.
    debtor_id = name.rsplit("-", 1)[0]
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == debtor_id), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    note = letter_view(LEDGER, claim, due, Channel.EMAIL).pay.note
    message = read_eml(site.internal / "letters" / f"{name}.eml")
    assert note and flat(note) in flat(message.get_body(("plain",)).get_content())
    assert flat(note) in flat(re.sub(r"<[^>]+>", " ", html.unescape(message.get_body(("html",)).get_content())))


REFERENCE_HINT = {
    "nl": "Vermeld altijd het betalingskenmerk: vul het in bij ‘Betalingskenmerk’ in uw bank-app, of als dat niet "
    "kan bij ‘Omschrijving’.",
    "en": "Always include the payment reference. Enter it in your banking app's payment reference field "
    "(Betalingskenmerk), or, if you cannot, in the description.",
}


@pytest.mark.parametrize("name", ["L-REMIND-reminder", "L-DUNNING-dunning", "L-FINAL-EN-final_notice"])
def test_a_letter_says_where_to_put_the_reference_when_the_bank_app_refuses_it_as_the_page_does(site, name):
    debtor_id = name.rsplit("-", 1)[0]
    lang = next(d for d in LEDGER.debtors if d.id == debtor_id).language
    assert REFERENCE_HINT[lang] in text_of(site, name)
    eml = site.internal / "letters" / f"{name}.eml"
    if eml.exists():
        message = read_eml(eml)
        assert REFERENCE_HINT[lang] in flat(message.get_body(("plain",)).get_content())
        # Its Dutch word in an English e-mail is marked Dutch (<span lang="nl">): read without the marks.
        marked = re.sub(r'</?span( lang="nl")?>', "", message.get_body(("html",)).get_content())
        assert REFERENCE_HINT[lang] in flat(html.unescape(marked))


@pytest.mark.parametrize(
    ("name", "words"), [("L-REMIND-reminder", "Betaal online"), ("L-DUNNING-dunning", "Pay online")]
)
def test_an_email_links_the_creditor_s_payment_page_as_the_statement_page_does(site, name, words):
    debtor_id = name.rsplit("-", 1)[0]
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == debtor_id), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    link = letter_view(LEDGER, claim, due, Channel.EMAIL).pay.online[2]
    assert link.startswith("https://betalen.example.nl/RF")
    message = read_eml(site.internal / "letters" / f"{name}.eml")
    assert f"{words}, " in message.get_body(("plain",)).get_content()
    assert link in message.get_body(("plain",)).get_content().splitlines()
    html_part = message.get_body(("html",)).get_content()
    assert f'href="{html.escape(link)}"' in html_part and f"{words} (betalen.example.nl)</a>" in html_part


@pytest.mark.parametrize("name", ["L-REMIND-reminder", "L-DUNNING-dunning"])
def test_an_email_links_the_phone_numbers_and_the_address_as_the_page_does(site, name):
    """The HTML part named the desk's number, its e-mail address and the help lines' numbers as plain text (s38): a
    reader on a phone could not tap them, as on the page. Linked now (tel:, mailto: with the page's subject); the
    plain text part says them as before."""
    message = read_eml(site.internal / "letters" / f"{name}.eml")
    html_part, plain = message.get_body(("html",)).get_content(), message.get_body(("plain",)).get_content()
    desk = LEDGER.creditor.contact
    assert f'<a href="{tel_link(desk.phone)}"><span style="white-space:nowrap;">{desk.phone}</span></a>' in html_part
    assert f'<a href="mailto:{desk.email}?subject=' in html_part and f">{desk.email}</a>" in html_part
    assert '<a href="tel:08008115">0800-8115</a>' in html_part  # Geldfit
    assert "<a " not in plain and "tel:" not in plain and desk.phone in plain


def test_the_emailed_instalments_have_their_column_headings(site):
    """Plain text has no table: each column is named, as in the PDF and the HTML part."""
    message = read_eml(site.internal / "letters" / "L-PLAN-MISSED-installment_reminder.eml")
    plain = message.get_body(("plain",)).get_content().splitlines()
    heading = " | Uiterlijk | Bedrag | Betaald | Stand"
    assert heading in plain
    assert plain[plain.index(heading) + 1].startswith("1. | ")
    html = message.get_body(("html",)).get_content()
    assert ">Uiterlijk</th>" in html and ">Betaald</th>" in html


def test_markup_in_the_ledger_is_text_in_the_html_email(tmp_path):
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-REMIND.yaml"
    dossier.write_text(
        dossier.read_text(encoding="utf-8").replace("Sanne de Boer", '"<b>Sanne</b> & co"'),
        encoding="utf-8",
    )
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    html = read_eml(site.internal / "letters" / "L-REMIND-reminder.eml").get_body(("html",)).get_content()
    assert "<b>Sanne</b>" not in html and "&lt;b&gt;Sanne&lt;/b&gt; &amp; co" in html
    assert "<b>Sanne</b> & co" in text_of(site, "L-REMIND-reminder")


# -- builds that change what is written ----------------------------------------------------------


def test_without_a_public_address_the_letters_print_no_link_and_the_build_says_so(tmp_path, capsys):
    unlinked = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=AS_OF)
    assert unlinked.exit_code == 0
    assert "/s/" not in text_of(unlinked, "L-REMIND-reminder")
    count = len(set(PDFS) | set(EMLS))
    assert (
        f"note: {count} letters written without the link to the debtor's own page: the build had no public "
        "address; give it with --public-url or INCASSO_PUBLIC_URL" in capsys.readouterr().out
    )
    # With the address, no such note.
    linked = build_site(
        tmp_path / "linked", ledger=LETTERS_LEDGER, as_of=AS_OF, extra=["--public-url", PUBLIC_URL], secret=LINKS_SECRET
    )
    assert linked.exit_code == 0
    assert "without the link" not in capsys.readouterr().out


def _built_with_texts(tmp_path, edit):
    """The letters' fixture built with a copy of content/ changed by `edit(content)`."""
    content = shutil.copytree(REPO / "content", tmp_path / "content")
    edit(content)
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(
        f"from pelican.plugins.incasso.pelicanconf import *\nPATH = {str(content)!r}\n", encoding="utf-8"
    )
    return build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=AS_OF, extra=["--settings", str(settings)])


def test_a_missing_letter_text_stops_the_build_with_its_name(tmp_path, capsys):
    site = _built_with_texts(tmp_path, lambda content: (content / "letters" / "en" / "promise.md").unlink())
    err = capsys.readouterr().err
    assert site.exit_code == 1
    assert "letter text missing" in err and str(Path("letters") / "en" / "promise.md") in err
    assert not site.output.exists() and not site.internal.exists()


def test_a_letter_text_naming_an_unknown_value_stops_the_build_with_its_name(tmp_path, capsys):
    def unknown(content):
        (content / "letters" / "nl" / "handover.md").write_text("Wij hebben {niet_ontvangen}.\n", encoding="utf-8")

    site = _built_with_texts(tmp_path, unknown)
    err = capsys.readouterr().err
    assert site.exit_code == 1
    wrong = str(Path("letters") / "nl" / "handover.md")
    assert (
        f"{wrong}: {{niet_ontvangen}} is not a value a letter fills in "
        "(known: {not_received}, {get_help}, {steps_sent}, {this_letter}, {this_notice}, {the_instalment}, "
        "{answered_on}, {the_invoice}, {this_invoice}, {agency}, {the_agency}, {earlier_agency}, {asked_to_wait}, "
        "{when_to_call}, {asked_again})" in err
    )


def test_the_handover_notice_says_no_payment_came_in_only_when_none_did(tmp_path):
    """L-HANDOVER paid nothing; with a payment of 100.00 its notice says the whole amount did not come in."""
    assert "Wij hebben uw betaling nog niet ontvangen. Daarom hebben wij uw dossier overgedragen" in text_of_site(
        build_site(tmp_path / "none", ledger=LETTERS_LEDGER, as_of=AS_OF), "L-HANDOVER-handover"
    )
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-HANDOVER.yaml"
    dossier.write_text(
        dossier.read_text(encoding="utf-8") + "payments:\n  - date: 2026-09-01\n    amount: 100.00\n",
        encoding="utf-8",
    )
    site = build_site(tmp_path / "part", ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    pdf = text_of_site(site, "L-HANDOVER-handover")
    email = flat(read_eml(site.internal / "letters" / "L-HANDOVER-handover.eml").get_body(("plain",)).get_content())
    for text in (pdf, email):
        assert "Wij hebben nog niet het hele bedrag ontvangen. Daarom hebben wij uw dossier overgedragen" in text
        # Not "and could make no agreement with you": after a broken promise or plan there was one.
        assert "geen afspraak met u" not in text  # (the next step's "maakt u geen afspraak?" asks ahead)
        assert "geen betaling" not in text and "{" not in text


def text_of_site(site, name: str) -> str:
    return flat(" ".join(pdf_text((site.internal / "letters" / f"{name}.pdf").read_bytes())))


def test_a_day_without_letters_writes_no_print_file(tmp_path):
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    for dossier in (root / "debtors").glob("*.yaml"):
        if dossier.name not in ("L-PAID.yaml", "L-WAITING.yaml"):
            dossier.unlink()
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    assert list((site.internal / "letters").iterdir()) == []


def test_a_promise_entered_after_the_nights_build_is_confirmed_by_the_next_nights(tmp_path):
    """The nightly workflow: staff enter the day's promise, dated that day, after the night's build; the
    next night's build (the staff output restored, as the workflow does) writes its confirmation, a
    second build that day writes it again, and the night after that it is done."""
    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    assert build_site(tmp_path, ledger=root, as_of=date(2026, 11, 22)).exit_code == 0
    debtor = root / "debtors" / "D-1003.yaml"
    debtor.write_text(
        debtor.read_text(encoding="utf-8")
        + "  - {date: 2026-11-22, type: promise, channel: phone, by: Marieke, promised_date: 2026-12-04}\n",
        encoding="utf-8",
    )
    for as_of, confirmed in ((date(2026, 11, 23), True), (date(2026, 11, 23), True), (date(2026, 11, 24), False)):
        site = build_site(tmp_path, ledger=root, as_of=as_of)
        assert site.exit_code == 0
        letters = sorted(p.name for p in (site.internal / "letters").glob("D-1003-*"))
        assert letters == (["D-1003-promise.eml", "D-1003-promise.pdf"] if confirmed else []), as_of
    seen = (site.internal / "confirmations.json").read_text(encoding="utf-8")
    assert '"promise:2026-11-22:2026-12-04:all": "2026-11-23"' in seen


# -- a demo's letters --------------------------------------------------------------------------------

# The mark a letter of a demo (links made without a real INCASSO_SECRET) carries, as a demo page carries its banner.
DEMO_MARK = {
    "nl": "Demo: dit is een voorbeeldbrief, niet om te versturen. Betaal niets.",
    "en": "Demo: this is a sample letter, not to be sent. Do not pay anything.",
}
LANGUAGES = {debtor.id: debtor.language for debtor in LEDGER.debtors}


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    """The letters fixture built as a demo (no secret of its own) linked to a preview on this machine: allowed,
    as no debtor can open it (tokens.demo_links_problem)."""
    site = build_site(
        tmp_path_factory.mktemp("preview"), ledger=LETTERS_LEDGER, as_of=AS_OF, extra=["--public-url", LOCAL_URL]
    )
    assert site.exit_code == 0
    return site


def _lang(name: str) -> str:
    return LANGUAGES[name.rsplit("-", 1)[0]]


@pytest.mark.parametrize("name", PDFS)
def test_a_demos_letter_linked_to_localhost_is_marked_a_demo_on_every_page(preview, name):
    """Its localhost link looks like any other: only the mark tells it from a letter ready to send."""
    data = letter(preview, name)
    assert f"{LOCAL_URL}/s/" in flat(" ".join(pdf_text(data)))
    pages = page_texts(data)
    assert all(DEMO_MARK[_lang(name)] in page for page in pages), name
    for page in range(len(pages)):  # at the top, above the letterhead and the running header
        (mark,) = [run for run in page_runs(data, page) if run.text.startswith("Demo:")]
        assert mark.y < pdf.TOP


@pytest.mark.parametrize("name", EMLS)
def test_a_demos_email_is_marked_a_demo_in_its_subject_and_both_parts(preview, name):
    message = read_eml(preview.internal / "letters" / f"{name}.eml")
    mark = DEMO_MARK[_lang(name)]
    assert message["Subject"].startswith("Demo: ")
    assert flat(message.get_body(("plain",)).get_content()).startswith(mark)
    part = html.unescape(message.get_body(("html",)).get_content())
    assert mark in flat(re.sub(r"<[^>]+>", " ", part))


def test_a_demos_letters_without_an_address_are_marked_too(tmp_path):
    site = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=AS_OF)
    assert site.exit_code == 0
    assert DEMO_MARK["nl"] in page_texts(letter(site, "L-FINAL-final_notice"))[0]
    assert read_eml(site.internal / "letters" / "L-REMIND-reminder.eml")["Subject"].startswith("Demo: ")


def test_the_overview_says_a_demos_letters_are_a_demo_and_a_real_builds_do_not(preview, site):
    said = "Let op: dit is een demo"
    assert said in html.unescape((preview.internal / "index.html").read_text(encoding="utf-8"))
    assert said not in html.unescape((site.internal / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["L-FINAL-final_notice", "L-DUNNING-dunning"])
def test_a_real_builds_letters_carry_no_demo_mark(site, name):
    assert "Demo:" not in " ".join(page_texts(letter(site, name)))
    message = read_eml(site.internal / "letters" / "L-DUNNING-dunning.eml")
    assert "Demo" not in message["Subject"] and "Demo:" not in message.get_body(("plain",)).get_content()


# -- golden letters ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", golden.LETTERS)
def test_golden_letter(site, name):
    assert (golden.LETTERS_LEDGER, golden.LETTERS_AS_OF, golden.LETTERS_URL) == (LETTERS_LEDGER, AS_OF, PUBLIC_URL)
    expected = golden.golden_letter(name).read_text(encoding="utf-8")
    actual = golden.letter_text(site.internal / "letters" / name)
    assert actual == expected, golden.diff(expected, actual, name) + "\nIf the change is intended, run `make golden`."


# -- the staff pages link to the letters -------------------------------------------------------


def test_the_overview_links_todays_work_and_the_days_letters_to_their_files(site):
    import html5lib

    page = html5lib.parse((site.internal / "index.html").read_text(encoding="utf-8"), namespaceHTMLElements=False)
    task = page.find(".//table[@class='tasks']/tbody/tr[@data-id='L-REMIND']")
    assert [a.get("href") for a in task.iter("a") if "letter" in (a.get("class") or "")] == [
        "letters/L-REMIND-reminder.pdf",
        "letters/L-REMIND-reminder.eml",
    ]
    listed = page.findall(".//table[@class='letters']/tbody/tr")
    assert len(listed) == len({n.rsplit("-", 1)[0] for n in PDFS + EMLS}) + 1  # and L-NOWHERE, with no file
    hrefs = [a.get("href") for a in page.iter("a") if a.get("href", "").startswith("letters/")]
    assert "letters/print-2026-11-24.pdf" in hrefs
    for href in hrefs:
        assert (site.internal / href).is_file(), href
    nowhere = page.find(".//table[@class='letters']/tbody/tr[@data-id='L-NOWHERE']")
    assert "geen post- of e-mailadres" in "".join(nowhere.itertext())


def test_the_overview_lists_the_reminder_of_a_missed_instalment_as_the_days_work_and_letter(site):
    import html5lib

    page = html5lib.parse((site.internal / "index.html").read_text(encoding="utf-8"), namespaceHTMLElements=False)
    files = ["letters/L-PLAN-MISSED-installment_reminder.pdf", "letters/L-PLAN-MISSED-installment_reminder.eml"]
    task = page.find(".//table[@class='tasks']/tbody/tr[@data-id='L-PLAN-MISSED']")
    assert "Herinnering gemiste termijn" in "".join(task.itertext())
    assert [a.get("href") for a in task.iter("a") if "letter" in (a.get("class") or "")] == files
    listed = page.find(".//table[@class='letters']/tbody/tr[@data-id='L-PLAN-MISSED']")
    assert "Herinnering gemiste termijn" in "".join(listed.itertext())
    assert [a.get("href") for a in listed.iter("a") if a.get("href", "").startswith("letters/")] == files


def test_the_dossier_page_links_its_letters(site):
    import html5lib

    dossier = site.internal / "d" / "L-PROMISE.html"
    page = html5lib.parse(dossier.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    hrefs = [a.get("href") for a in page.iter("a") if "letter" in (a.get("class") or "")]
    assert hrefs == ["../letters/L-PROMISE-promise.pdf", "../letters/L-PROMISE-promise.eml"]
    assert all((dossier.parent / href).resolve().is_file() for href in hrefs)


def test_links_csv_holds_the_postal_address_for_a_mail_merge(site):
    import csv

    with (site.internal / "links.csv").open(encoding="utf-8") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    columns = ("name", "person", "address_1", "address_2", "address_3", "address_4")
    assert [rows["L-DUNNING"][c] for c in columns] == [
        "Harbour Coffee Ltd.",
        "Emma Clarke",
        "Oudegracht 200",
        "3511 NR Utrecht",
        "",
        "",
    ]
    assert [rows["L-MAILONLY"][c] for c in columns[2:]] == ["", "", "", ""]


def test_an_address_too_long_for_the_window_is_refused_by_check_and_build_alike(tmp_path, capsys):
    """What check accepts, the build builds: the build refuses such an address before anything, as check does."""
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-REMIND.yaml"
    lines = ", ".join(f"Regel {n}" for n in range(1, 9))
    dossier.write_text(
        dossier.read_text(encoding="utf-8").replace("address: [Kanaalweg 12, 3526 KL Utrecht]", f"address: [{lines}]"),
        encoding="utf-8",
    )
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 1
    checked = capsys.readouterr().err
    assert checked.startswith(f"{dossier}:9:12: contact.address: with the name above it, the address does not fit")
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 1
    assert capsys.readouterr().err == checked
    assert not site.output.exists() and not site.internal.exists()


ROOMY = ["Kanaalweg 12", "3526 KL Utrecht"]
SEVEN = [f"Regel {n}" for n in range(1, 7)]  # with the name: 7 lines, all the window holds in 7 pt
EIGHT = [f"Regel {n}" for n in range(1, 8)]
WIDE = "Bedrijventerrein De Lange Rijn, Unit 14-16, Achteringang Via De Laadkade"  # fits in 7 pt only
WIDER = WIDE + " En Loskade Achter"


@pytest.mark.parametrize(
    "name, address, accepted, rendered",
    [
        ("Sanne de Boer", ROOMY, True, True),
        ("Sanne de Boer", SEVEN, True, True),
        ("Sanne de Boer", EIGHT, False, False),
        ("Sanne de Boer", [WIDE, "3526 KL Utrecht"], True, True),
        ("Sanne de Boer", [WIDER, "3526 KL Utrecht"], False, False),
        ("Łukasz Wiśniewski", [WIDE, "3526 KL Utrecht"], True, True),  # drawn in DejaVu Sans
        ("Łukasz Wiśniewski", [WIDER, "3526 KL Utrecht"], False, False),
        # Fits in Helvetica, not in the wider DejaVu Sans a letter may need for other text: check errs safe.
        ("Sanne de Boer", [WIDE + " En", "3526 KL Utrecht"], False, True),
    ],
)
def test_check_measures_the_address_as_the_letter_draws_it(tmp_path, capsys, name, address, accepted, rendered):
    """Near the window's edge, check's verdict is the renderer's: no address passes check and stops a build."""
    from pelican.plugins.incasso.letters.pdf import LetterDoesNotFit, render_pdf

    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-REMIND.yaml"
    written = ", ".join(f'"{line}"' for line in address)
    dossier.write_text(
        dossier.read_text(encoding="utf-8")
        .replace("address: [Kanaalweg 12, 3526 KL Utrecht]", f"address: [{written}]")
        .replace("Sanne de Boer", name),
        encoding="utf-8",
    )
    checked = main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--quiet"]) == 0
    capsys.readouterr()
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    try:
        render_pdf(letter_view(ledger, claim, due, Channel.LETTER), ())
        drawn = True
    except LetterDoesNotFit:
        drawn = False
    assert (checked, drawn) == (accepted, rendered)


ELEVEN = [f"Regel {n}" for n in range(1, 11)]  # with the name: 11 lines, all a left window holds in 7 pt
TWELVE = [f"Regel {n}" for n in range(1, 12)]


@pytest.mark.parametrize(
    "address, right, left",
    [
        (EIGHT, False, True),  # a left window is taller (34 mm against 23)
        (ELEVEN, False, True),
        (TWELVE, False, False),
        ([WIDE, "3526 KL Utrecht"], True, False),  # and narrower (72 mm against 94)
    ],
)
def test_check_and_the_letter_measure_the_address_against_the_creditor_s_window(tmp_path, capsys, address, right, left):
    from pelican.plugins.incasso.letters.pdf import LetterDoesNotFit, render_pdf

    verdicts = {}
    for window, root in (
        ("right", shutil.copytree(LETTERS_LEDGER, tmp_path / "right" / "ledger")),
        ("left", golden.left_window_ledger(tmp_path / "left")),
    ):
        dossier = root / "debtors" / "L-REMIND.yaml"
        written = ", ".join(f'"{line}"' for line in address)
        text = dossier.read_text(encoding="utf-8")
        dossier.write_text(text.replace("address: [Kanaalweg 12, 3526 KL Utrecht]", f"address: [{written}]"), "utf-8")
        checked = main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--quiet"]) == 0
        said = capsys.readouterr().err
        assert checked or f"at most {7 if window == 'right' else 11}, each at most the window's width" in said
        ledger = load_ledger(root)
        claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
        (due,) = letters_due(claim, NO_RECORD)
        try:
            render_pdf(letter_view(ledger, claim, due, Channel.LETTER), (), ENVELOPES[window])
            drawn = True
        except LetterDoesNotFit:
            drawn = False
        verdicts[window] = (checked, drawn)
    assert verdicts == {"right": (right, right), "left": (left, left)}


@pytest.mark.parametrize("name", golden.LEFT_WINDOW_LETTERS)
def test_a_left_window_letter_matches_its_golden_text_and_the_places_of_its_head(left_site, name):
    expected = golden.golden_left_window_letter(name).read_text(encoding="utf-8")
    actual = golden.left_window_text(left_site.internal / "letters" / name)
    assert actual == expected, golden.diff(expected, actual, name) + "\nIf the change is intended, run `make golden`."


def test_the_day_s_letters_know_a_step_recorded_today(tmp_path):
    """A second build on the day staff recorded the step keeps its letter (the same terms), marked as sent."""
    from incasso.letters.due import NO_RECORD
    from pelican.plugins.incasso.letters.generator import day_letters
    from tests.support.ledgers import event, one_debtor_ledger

    day = date(2026, 2, 5)  # the reminder's day: due 4 February
    for events, channel in (([], None), ([event(day, "reminder", channel="email")], "email")):
        ledger = one_debtor_ledger(tmp_path / str(channel), events=events)
        claim = assess(ledger, ledger.debtors[0], day)
        (letter,) = day_letters(ledger, claim, NO_RECORD)
        assert (letter.kind, letter.recorded) == ("reminder", channel)


def test_a_consumer_s_final_notice_is_posted_only_a_business_s_written_both_ways_to_send_one(tmp_path):
    from incasso.claims.assess import assess
    from incasso.letters.due import NO_RECORD, FirstSeen
    from pelican.plugins.incasso.letters.generator import day_letters, to_print
    from tests.support.ledgers import event, one_debtor_ledger

    day = date(2026, 3, 5)  # the dunning letter of 19 February + 14 days: the final notice is due
    letters = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    letters += [event(date(2026, 2, 26), "call", spoke_with="de klant")]
    # Two forms would state two last days (post and e-mail arrive on different days).
    for kind, eml in (("consumer", False), ("business", True)):
        ledger = one_debtor_ledger(tmp_path / kind, type=kind, events=letters)
        (letter,) = day_letters(ledger, assess(ledger, ledger.debtors[0], day), NO_RECORD)
        assert (letter.kind, letter.one_way, bool(letter.pdf), bool(letter.eml)) == ("final_notice", True, True, eml)
        assert str(letter.costs) == "187.50"  # what it states, for staff to record with it
        # The mailroom prints the day's file whole: a notice written both ways stays out until staff choose.
        assert to_print(letter) == (None if eml else letter.pdf)
        assert letter.ready_since is None  # due today
        # Not recorded, the next day's build writes it again: staff are told it may have gone out, when a build
        # as of its day (or later) was made; without one (a first build) nobody can have sent it yet.
        tomorrow = assess(ledger, ledger.debtors[0], day + timedelta(days=1))
        (again,) = day_letters(ledger, tomorrow, FirstSeen(built=day))
        assert (again.kind, again.ready_since) == ("final_notice", day)
        assert day_letters(ledger, tomorrow, NO_RECORD)[0].ready_since is None
        assert day_letters(ledger, tomorrow, FirstSeen(built=day - timedelta(days=1)))[0].ready_since is None
        # Rebuilt the same day (a ledger fixed in the morning): the first build of the day wrote it too.
        assert day_letters(ledger, tomorrow, FirstSeen(built=tomorrow.as_of))[0].ready_since == day
    # Agreed to go by e-mail (the debtor's file says so): every build writes the e-mail only, until recorded.
    ledger = one_debtor_ledger(tmp_path / "email", events=letters, **{"contact.final_notice_by": "email"})
    for as_of in (day, day + timedelta(days=1)):
        (letter,) = day_letters(ledger, assess(ledger, ledger.debtors[0], as_of), NO_RECORD)
        assert (letter.pdf, letter.eml is not None, letter.one_way) == (None, True, True)


def test_a_long_total_label_ends_before_its_amount(site):
    # "Totaal open (waarvan EUR 120,00 later te betalen)" once ran into "1.476,28".
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(letter(site, "L-FINAL-final_notice"))
    text = document[len(document) - 1].get_textpage()
    whole = text.get_text_range()
    label = whole.index("Totaal open (waarvan")
    end = whole.index(")", label)
    amount = whole.index("1.476,28", end)
    assert text.get_charbox(end)[2] < text.get_charbox(amount)[0] - 5  # points apart, as a reader sees them


@pytest.mark.parametrize("debtor_id", ["L-FINAL-EN", "L-FINAL"])
def test_a_long_creditor_name_in_the_wider_font_keeps_the_footer_clear_of_the_page_number(tmp_path, debtor_id):
    # DejaVu Sans (drawn for a name Helvetica cannot) is wider: the footer once ran over "Page 1 of 2".
    import pypdfium2 as pdfium

    from pelican.plugins.incasso.letters.pdf import render_pdf

    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    creditor = root / "creditor.yaml"
    long_name = "Garage Ömer Yılmaz en Zonen Installatie- en Onderhoudsbedrijf V.O.F."
    creditor.write_text(
        creditor.read_text(encoding="utf-8").replace("Installatietechniek Vaartsche Rijn B.V.", long_name)
    )
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == debtor_id), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    data, pages = render_pdf(letter_view(ledger, claim, due, Channel.LETTER), ())
    for index in range(pages):
        page = pdfium.PdfDocument(data)[index]
        text = page.get_textpage()
        whole = text.get_text_range()
        english = debtor_id.endswith("EN")
        label = f"{'Page' if english else 'Pagina'} {index + 1} {'of' if english else 'van'} {pages}"
        start = whole.index(label)
        page_left = min(text.get_charbox(i)[0] for i in range(start, start + len(label)))
        bottom = text.get_charbox(start)[1]
        footer = [
            text.get_charbox(i)
            for i in range(len(whole))
            if whole[i].strip() and abs(text.get_charbox(i)[1] - bottom) < 3 and not start <= i < start + len(label)
        ]
        assert footer, "the footer shares the page number's line"
        assert max(box[2] for box in footer) < page_left, f"page {index + 1}: the footer runs into the page number"
        # All of it still there, in the footer's lines (one, or two just above the page number's).
        foot = "".join(
            whole[i]
            for i in range(len(whole))
            if bottom - 1 <= text.get_charbox(i)[1] <= bottom + 12 and not start <= i < start + len(label)
        )
        assert long_name in " ".join(foot.split()) and "IBAN NL34 RABO 0372 9184 65" in " ".join(foot.split())


def test_a_confirmation_is_to_be_sent_and_a_step_recorded_today_is_not_printed_again(site, tmp_path):
    # The promise's event is what the letter confirms, not the letter: the overview must not say "sent".
    overview = (site.internal / "index.html").read_text(encoding="utf-8")
    for name in ("L-PROMISE-promise", "L-PLAN-arrangement", "L-HANDOVER-handover"):
        after = overview.split(f"{name}.pdf", 1)[1][:300]
        assert "niet opnieuw versturen" not in after.split("</span></span>")[0], name
    # A reminder recorded as posted today keeps its PDF, but printing it again would post it twice.
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    path = root / "debtors" / "L-REMIND.yaml"
    recorded = f"  - date: {AS_OF.isoformat()}\n    type: reminder\n    channel: letter\n"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + ("\n" if "events:" in text else "\nevents:\n") + recorded, encoding="utf-8")
    again = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert again.exit_code == 0
    letters = again.internal / "letters"
    assert (letters / "L-REMIND-reminder.pdf").is_file()
    printed = page_count((letters / "print-2026-11-24.pdf").read_bytes())
    assert printed == page_count(letter(site, "print-2026-11-24")) - page_count(letter(site, "L-REMIND-reminder"))
    assert (
        "al vastgelegd (brief): niet opnieuw versturen"
        in (again.internal / "index.html").read_text(encoding="utf-8").split("L-REMIND-reminder.pdf", 1)[1][:300]
    )


def test_a_step_s_letter_to_a_dossier_a_bank_credit_may_have_paid_waits_out_of_the_print_file_and_says_why(
    site, tmp_path
):
    # L-REMIND paid the creditor's old account, naming its reference: the reminder ("we have not received your
    # payment") must not go out with the print file before staff look. Its PDF stays, to print after a look.
    from tests.support.bankfiles import Booking, camt053, write_bank

    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    paid = Booking("100.00", AS_OF - timedelta(days=2), ref="OLD1", scor=rf_reference("L-REMIND"))
    fee = Booking("1.00", AS_OF, credit=False)  # the creditor's own statement runs to the build's day
    statements = {"a.xml": camt053("NL34RABO0372918465", [fee]), "old.xml": camt053("NL44RABO0123456789", [paid])}
    write_bank(root, statements)
    held = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert held.exit_code == 0
    letters = held.internal / "letters"
    assert (letters / "L-REMIND-reminder.pdf").is_file()
    printed = page_count((letters / "print-2026-11-24.pdf").read_bytes())
    assert printed == page_count(letter(site, "print-2026-11-24")) - page_count(letter(site, "L-REMIND-reminder"))
    said = (held.internal / "index.html").read_text(encoding="utf-8").split("L-REMIND-reminder.pdf", 1)[1][:600]
    # "De brief", not "Hij" right after "Mogelijke betaling in de bank": the letter waits, not the payment (s56).
    assert (
        "mogelijk al betaald (Mogelijke betaling in de bank): eerst nakijken. De brief staat daarom niet in het "
        "printbestand" in html.unescape(said)
    )
    # The dossier's "Wat nu" offers to record it: it says first what Brieven van vandaag says, not "send it now".
    assert _record_offer(held) == (
        "Kijk eerst na of de debiteur al betaald heeft (Mogelijke betaling in de bank): de brief staat daarom niet "
        "in het printbestand. Verstuurd? Zet dit onderaan debtors/L-REMIND.yaml"
    )


@pytest.mark.parametrize("staff_language", ["nl", "en"])
def test_a_step_s_letter_to_a_dossier_whose_payment_the_bank_took_back_waits_out_of_the_print_file_and_says_why(
    site, tmp_path, staff_language
):
    # s54 (a morning with the bank's files): L-REMIND paid by its reference, and two days later the bank took the
    # money back (the account was closed). The signal says "Neem contact op vóór de volgende brief", yet the
    # reminder went into the print file without a word: a mailroom posting the whole file sent "we have not
    # received your payment" to a debtor who thinks they paid. Held out until contact is recorded; its PDF stays.
    from tests.support.bankfiles import Booking, camt053, write_bank

    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    paid = Booking("100.00", AS_OF - timedelta(days=3), ref="P1", scor=rf_reference("L-REMIND"), end_to_end="E1")
    back = Booking("100.00", AS_OF - timedelta(days=1), credit=False, ref="R1", return_reason="AC04", end_to_end="E1")
    fee = Booking("1.00", AS_OF, credit=False)  # the statement runs to the build's day
    write_bank(root, {"a.xml": camt053("NL34RABO0372918465", [paid, back, fee])})
    held = build_site(tmp_path, ledger=root, as_of=AS_OF, extra=["--staff-language", staff_language])
    assert held.exit_code == 0
    letters = held.internal / "letters"
    assert (letters / "L-REMIND-reminder.pdf").is_file()
    printed = page_count((letters / "print-2026-11-24.pdf").read_bytes())
    assert printed == page_count(letter(site, "print-2026-11-24")) - page_count(letter(site, "L-REMIND-reminder"))
    said = html.unescape((held.internal / "index.html").read_text(encoding="utf-8").split("L-REMIND-reminder.pdf")[1])
    expected = {
        "nl": "betaling teruggeboekt door de bank (Betaling teruggeboekt): neem eerst contact op met de debiteur en "
        "leg dat vast, want die denkt misschien dat er betaald is. De brief staat daarom niet in het printbestand",
        "en": "the bank took a payment back (Payment returned by the bank): contact the debtor first and record it, "
        "as they may think they have paid. That is why the letter is not in the print file",
    }
    # "De brief" ("the letter"), not "Hij" ("it") after the debtor and the payment: the letter waits (s56).
    assert expected[staff_language] in said[:700]
    # s55: the dossier's "Wat nu" offered to record the reminder ("Verstuurd? Zet dit ...") without a word of the
    # contact that must come first; it says it now, as Brieven van vandaag does.
    first = {
        "nl": "Neem eerst contact op met de debiteur en leg dat vast: de bank boekte een betaling terug (Betaling "
        "teruggeboekt), en de debiteur denkt misschien dat er betaald is. De brief staat daarom niet in het "
        "printbestand. Verstuurd? Zet dit onderaan debtors/L-REMIND.yaml",
        "en": "Contact the debtor first and record it: the bank took a payment back (Payment returned by the bank), "
        "and the debtor may think they have paid. That is why the letter is not in the print file. Sent? Put this "
        "at the end of debtors/L-REMIND.yaml",
    }
    assert _record_offer(held) == first[staff_language]


def _record_offer(built) -> str:
    """The start of L-REMIND's dossier's offer to record its step, as read (to the ledger file's name)."""
    page = (built.internal / "d" / "L-REMIND.html").read_text(encoding="utf-8")
    offer = html.unescape(page.split('<p id="record-heading">', 1)[1].split("</p>", 1)[0])
    return offer.split("L-REMIND.yaml", 1)[0] + "L-REMIND.yaml"


def test_a_heading_and_its_caption_go_with_the_table_s_first_row_to_the_next_page():
    from pelican.plugins.incasso.letters.pdf import FLOW_BOTTOM, FLOW_TOP_FIRST, Item, _paginate

    def drawn(sheet, y):  # not _nothing: that is a gap, dropped at the top of a page
        pass

    filler = Item(FLOW_BOTTOM - FLOW_TOP_FIRST - 30, drawn)  # leaves 30 points on the first page
    heading, caption = Item(12, drawn, keep_with_next=True), Item(12, drawn, keep_with_next=True)
    header = Item(12, drawn, keep_with_next=True)
    row = Item(12, drawn, header=header)
    pages = _paginate([filler, heading, caption, header, row])
    assert [[item for _, item in page] for page in pages] == [[filler], [heading, caption, header, row]]


def _heading_intro_and_table(room: str) -> list[str]:
    """Each page's part of a heading, a one-line intro under it and a table of two rows, as "h", "i", "c"
    (caption), "r" (header and rows), when the first page has room below a filler for the items in `room`."""
    from incasso.letters.records import Table
    from pelican.plugins.incasso.letters.pdf import FLOW_BOTTOM, FLOW_TOP_FIRST, STANDARD, Flow, Item, _paginate

    def drawn(sheet, y):  # not _nothing: that is a gap, dropped at the top of a page
        pass

    flow = Flow(STANDARD)
    flow.heading("What you owe and why")
    flow.paragraph("As of 24 November 2026.", size=8.5, grey=True, lead_in=True)
    rows = (("L2026-0120", "540.00"), ("L2026-0121", "60.00"))
    flow.table(Table("Invoices", ("Invoice", "Open"), (False, True), rows))
    names = ["", "h", "i", "c", "r", "r", "r", ""]  # the heading's gap first, the table's gap last
    assert len(flow.items) == len(names)
    mark = {id(item): name for item, name in zip(flow.items, names, strict=True)}
    height = sum(item.height for item in flow.items[: 1 + len(room)]) + 0.5
    pages = _paginate([Item(FLOW_BOTTOM - FLOW_TOP_FIRST - height, drawn), *flow.items])
    return ["".join(mark.get(id(item), "") for _, item in page) for page in pages]


@pytest.mark.parametrize(
    ("room", "pages"),
    [
        ("hi", ["", "hicrrr"]),  # not the heading and its intro at the foot, the table over the page
        ("hic", ["", "hicrrr"]),
        ("hicr", ["", "hicrrr"]),
        ("hicrr", ["hicrr", "rr"]),  # with the first row the table may break (its header again)
    ],
)
def test_a_heading_and_its_one_line_intro_go_with_the_table_s_first_row(room, pages):
    assert _heading_intro_and_table(room) == pages


def test_the_promise_letter_keeps_what_you_owe_with_its_invoices(site):
    """The fixture's promise letter: its heading and one line ended page 1, the invoices began page 2."""
    pages = page_texts(letter(site, "L-PROMISE-promise"))
    (together,) = [page for page in pages if "What you owe and why" in page]
    assert "Invoices (amounts in euros)" in together
    assert "L2026-0120 20 Sept 2026 20 Oct 2026 540.00 — 540.00" in together


def _paragraph_over_a_break(lines: int, room_in_lines: int, *, heading: bool = False) -> list[str]:
    """Each page's part of a paragraph of `lines` lines (after a heading: "h"), as "h" and "l" per line,
    when the first page has room below a filler for the heading and `room_in_lines` of those lines."""
    from pelican.plugins.incasso.letters.pdf import FLOW_BOTTOM, FLOW_TOP_FIRST, STANDARD, WIDTH, Flow, Item, _paginate

    def drawn(sheet, y):  # not _nothing: that is a gap, dropped at the top of a page
        pass

    text = " ".join(f"woord{n}" for n in range(200))
    while len(pdf.wrap(text, STANDARD.regular, 9.5, WIDTH)) > lines:
        text = text.rsplit(" ", 1)[0]
    flow = Flow(STANDARD)
    if heading:
        flow.heading("Wat gebeurt er hierna?")
    above = len(flow.items)  # the heading's gap and its line
    flow.paragraph(text)
    assert len(flow.items) == above + lines
    room = sum(item.height for item in flow.items[: above + room_in_lines]) + 0.5
    pages = _paginate([Item(FLOW_BOTTOM - FLOW_TOP_FIRST - room, drawn), *flow.items])
    names = {id(item): "l" for item in flow.items[above:]} | ({id(flow.items[1]): "h"} if heading else {})
    return ["".join(names.get(id(item), "") for _, item in page) for page in pages]


@pytest.mark.parametrize(
    ("lines", "room", "pages"),
    [
        (5, 1, ["", "lllll"]),  # not one line alone at the foot of the page
        (5, 4, ["lll", "ll"]),  # nor one alone at the top of the next
        (5, 2, ["ll", "lll"]),
        (2, 1, ["", "ll"]),
        (3, 2, ["", "lll"]),  # two and one, or one and two: both leave one alone
        (4, 3, ["ll", "ll"]),
        (6, 6, ["llllll"]),
    ],
)
def test_a_page_break_leaves_at_least_two_lines_of_a_paragraph_on_either_side(lines, room, pages):
    assert _paragraph_over_a_break(lines, room) == pages


@pytest.mark.parametrize(
    ("lines", "room", "pages"), [(2, 1, ["", "hll"]), (5, 1, ["", "hlllll"]), (5, 2, ["hll", "lll"]), (1, 1, ["hl"])]
)
def test_a_heading_goes_to_the_next_page_unless_two_lines_of_its_paragraph_go_with_it(lines, room, pages):
    assert _paragraph_over_a_break(lines, room, heading=True) == pages


@pytest.mark.parametrize(
    ("name", "together"),
    [
        (  # its last line was alone at the top of page 2
            "L-FINAL-EN-final_notice",
            "Interest keeps running on the amount outstanding until you have paid everything. If you pay the amount "
            "asked in time, no collection costs are added. We may later ask you for the small amount of interest "
            "that runs from today until you pay.",
        ),
        (  # so was this one's
            "L-FINAL-final_notice",
            "Hebben wij uiterlijk 10 december 2026 uw betaling van EUR 1.356,28 niet ontvangen? En heeft u geen "
            "afspraak met ons gemaakt? Dan kunnen wij uw dossier overdragen aan een incassobureau.",
        ),
        (  # the heading and one line were at the foot of page 1
            "L-PLAN-MISSED-installment_reminder",
            "Wat gebeurt er nu? Hebben wij EUR 200,00 niet uiterlijk 7 december 2026 ontvangen? Dan gaan wij verder "
            "met de incasso: wij sturen u een laatste brief (sommatie).",
        ),
    ],
)
def test_a_real_letter_keeps_a_heading_with_its_lines_and_no_line_alone_over_the_page(site, name, together):
    pages = page_texts(letter(site, name))
    assert len(pages) == 2
    assert [together in page for page in pages].count(True) == 1


def test_a_qr_code_that_would_lie_on_a_fold_goes_below_it_with_its_heading():
    from pelican.plugins.incasso.letters.envelope import FOLD_MARGIN, FOLDS
    from pelican.plugins.incasso.letters.pdf import FLOW_TOP_FIRST, Item, _paginate

    def drawn(sheet, y):
        pass

    mm = FOLD_MARGIN / 5
    filler = Item(FOLDS[1] - 20 * mm - FLOW_TOP_FIRST, drawn)  # the heading at 178 mm, the code from 184 mm
    heading = Item(6 * mm, drawn, keep_with_next=True)
    box = Item(38 * mm, drawn, unfolded=(2 * mm, 30 * mm))
    after = Item(5 * mm, drawn)
    (page,) = _paginate([filler, heading, box, after])
    top = FOLDS[1] + FOLD_MARGIN - 2 * mm  # its modules start 5 mm below the fold, the heading right above
    assert [(y, item) for y, item in page] == [
        (FLOW_TOP_FIRST, filler),
        (pytest.approx(top - 6 * mm), heading),
        (pytest.approx(top), box),
        (pytest.approx(top + 38 * mm), after),
    ]
    assert pdf.clear_of_folds(150 * mm, (2 * mm, 30 * mm)) == 150 * mm  # clear: where it was
    assert pdf.clear_of_folds(80 * mm, (2 * mm, 30 * mm)) == pytest.approx(FOLDS[0] + FOLD_MARGIN - 2 * mm)


FOLDS_MM = (99, 198)  # the sheet folded in three (envelope.FOLDS)
# Folded for a left window at DIN 5008's fold marks (envelope.ENVELOPES).
LEFT_FOLDS_MM = (105, 210)


def _on_a_fold(data: bytes, folds: tuple[int, int] = FOLDS_MM) -> list[tuple[int, float, float]]:
    return [span for span in qr_spans(data) if any(span[1] < f + 5 and span[2] > f - 5 for f in folds)]


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("name", PDFS)
def test_no_qr_code_lies_on_a_fold_of_the_sheet(request, window, name):
    """A crease (and its shadow) across the code makes it scan badly: 5 mm clear of each fold."""
    data = letter(site_of(request, window), name)
    assert qr_spans(data)
    assert _on_a_fold(data, FOLDS_MM if window == "right" else LEFT_FOLDS_MM) == []


def test_the_folds_are_the_standards():
    from reportlab.lib.units import mm

    assert [f / mm for f in ENVELOPES["right"].folds] == pytest.approx(FOLDS_MM)
    assert [f / mm for f in ENVELOPES["left"].folds] == pytest.approx(LEFT_FOLDS_MM)


def test_no_qr_code_of_the_demo_s_letters_lies_on_a_fold(demo):
    names = sorted(p.stem for p in (demo.internal / "letters").glob("D-*.pdf"))
    assert len(names) >= 4
    assert {name: _on_a_fold(letter(demo, name)) for name in names} == {name: [] for name in names}


def test_a_letter_s_pdf_is_dated_its_own_day_and_still_the_same_bytes_when_made_again(site):
    """Not ReportLab's invariant 2000-01-01: a final notice produced as evidence says when it was made."""
    import pypdfium2 as pdfium

    info = pdfium.PdfDocument(letter(site, "L-FINAL-final_notice")).get_metadata_dict()
    assert info["CreationDate"] == info["ModDate"] == "D:20261124080000+01'00'"  # 24 November, as it is dated
    assert (info["Subject"], info["Creator"]) == ("Laatste brief voordat wij kosten rekenen (sommatie)", "incasso")
    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == "L-FINAL"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(LEDGER, claim, due, Channel.LETTER)
    assert pdf.render_pdf(view, ()) == pdf.render_pdf(view, ())
    assert pdf.pdf_date(date(2026, 7, 1)) == "D:20260701080000+02'00'"  # summer time in Amsterdam


def test_a_letter_s_pages_are_compressed_binary_and_reportlab_s_setting_is_left_as_found():
    """ReportLab encodes a compressed page in ASCII85 as well, for a 7-bit channel a PDF file never goes over: a
    quarter larger, and more work on a backlog night (BENCHMARKS.md, session 42)."""
    from pypdf import PdfReader
    from reportlab import rl_config

    claim = assess(LEDGER, next(d for d in LEDGER.debtors if d.id == "L-FINAL"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    before = rl_config.useA85
    data, _ = pdf.render_pdf(letter_view(LEDGER, claim, due, Channel.LETTER), ())
    assert rl_config.useA85 == before
    for page in PdfReader(io.BytesIO(data)).pages:
        assert page["/Contents"].get_object()["/Filter"] == ["/FlateDecode"]


def test_a_variant_opening_is_optional_and_its_kind_s_text_stands_in(tmp_path):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letters = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    texts = LetterTexts(letters)
    assert "laatste bedrag" in texts[("nl", "reminder_rest")].html
    assert texts[("en", "reminder_rest")].html != texts[("en", "reminder")].html
    for lang in ("nl", "en"):  # a reminder after a final notice: not "it may have slipped your mind"
        assert texts[(lang, "reminder_newer")].html != texts[(lang, "reminder")].html
    assert "ontschoten" not in texts[("nl", "reminder_newer")].html
    for lang in ("nl", "en"):  # the first dunning letter after an answer: not "do you disagree?" again
        assert texts[(lang, "dunning_answered")].html != texts[(lang, "dunning")].html
    assert "niet eens" not in texts[("nl", "dunning_answered")].html
    assert "disagree" not in texts[("en", "dunning_answered")].html
    assert "slipped" not in texts[("en", "reminder_newer")].html
    (letters / "nl" / "reminder_rest.md").unlink()  # a site whose texts were copied before the variant
    older = LetterTexts(letters)
    assert older[("nl", "reminder_rest")] == older[("nl", "reminder")]
    (letters / "en" / "reminder_rest.md").write_text("Nog {open}.\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"reminder_rest\.md: \{open\} is not a value a letter fills in"):
        LetterTexts(letters)


def test_a_final_notice_text_copied_before_steps_sent_says_what_its_dossier_records(tmp_path):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letters = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    shipped = {  # the opening's first words as shipped before {steps_sent}
        "nl": "Wij hebben u een herinnering en een aanmaning gestuurd, maar wij hebben {not_received}.",
        "en": "We have sent you a reminder and a second reminder, but we have {not_received}.",
    }
    for lang, old in shipped.items():
        (letters / lang / "final_notice.md").write_text(old + "\n", encoding="utf-8")
    texts = LetterTexts(letters)
    values = (("steps_sent", "een aanmaning"), ("not_received", "uw betaling nog niet ontvangen"))
    assert texts[("nl", "final_notice")].filled(values).blocks == (
        ("p", "Wij hebben u een aanmaning gestuurd, maar wij hebben uw betaling nog niet ontvangen."),
    )
    values = (("steps_sent", "a formal reminder"), ("not_received", "not received your payment"))
    assert texts[("en", "final_notice")].filled(values).blocks == (
        ("p", "We have sent you a formal reminder, but we have not received your payment."),
    )


@pytest.mark.parametrize("kind", ["dunning", "dunning_costs_charged"])
def test_a_dunning_text_copied_before_steps_sent_names_the_invoices_a_reminder_was_about(tmp_path, kind):
    """As shipped, "Wij hebben u eerder een herinnering gestuurd" also of an invoice that had none of its own."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letters = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    shipped = {
        "nl": "Wij hebben u eerder een herinnering gestuurd, maar wij hebben {not_received}.",
        "en": "We sent you a reminder earlier, but we have {not_received}.",
    }
    for lang, old in shipped.items():
        (letters / lang / f"{kind}.md").write_text(old + "\n", encoding="utf-8")
    texts = LetterTexts(letters)
    values = (("steps_sent", "voor factuur F-A een herinnering"), ("not_received", "uw betaling nog niet ontvangen"))
    assert texts[("nl", kind)].filled(values).blocks == (
        (
            "p",
            "Wij hebben u eerder voor factuur F-A een herinnering gestuurd, maar wij hebben uw betaling nog niet "
            "ontvangen.",
        ),
    )
    values = (("steps_sent", "a reminder about invoice F-A"), ("not_received", "not received your payment"))
    assert texts[("en", kind)].filled(values).blocks == (
        ("p", "We sent you a reminder about invoice F-A earlier, but we have not received your payment."),
    )


@pytest.mark.parametrize("kind", ["promise", "arrangement"])
def test_a_confirmation_s_text_says_e_mail_in_the_e_mail_even_as_copied_before_this_letter(tmp_path, kind):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letters = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    # A site's own words (the shipped text no longer says what the letter is: the core does, s49).
    (letters / "nl" / f"{kind}.md").write_text("Dank u wel. In deze brief zetten wij alles op een rij.\n", "utf-8")
    (letters / "en" / f"{kind}.md").write_text("Thank you. In this letter we set out what we agreed.\n", "utf-8")
    texts = LetterTexts(letters)
    assert texts[("nl", kind)].filled((("this_letter", "deze e-mail"),)).blocks == (
        ("p", "Dank u wel. In deze e-mail zetten wij alles op een rij."),
    )
    assert texts[("en", kind)].filled((("this_letter", "this email"),)).blocks == (
        ("p", "Thank you. In this email we set out what we agreed."),
    )


@pytest.mark.parametrize("name", ["L-PROMISE-promise", "L-PLAN-arrangement"])
def test_a_confirmation_e_mail_never_calls_itself_a_letter(site, name):
    message = read_eml(site.internal / "letters" / f"{name}.eml")
    for part in ("plain", "html"):
        words = flat(message.get_body((part,)).get_content())
        assert "deze brief" not in words and "this letter" not in words
        assert "deze e-mail" in words or "this email" in words
    assert "deze brief" in text_of(site, name) or "this letter" in text_of(site, name)


@pytest.mark.parametrize(
    "address, returned",
    [
        (["Kanaalweg 12", "3526 KL Utrecht"], True),
        # Four lines under the name: the recipient's type shrinks a little to leave room for it.
        (["t.a.v. de administratie", "Kanaalweg 12", "Gebouw C", "3526 KL Utrecht"], True),
        # A window filled by the recipient: the return address gives way, the letter is still drawn.
        (["t.a.v. de administratie", "Afdeling crediteuren", "Kanaalweg 12", "Gebouw C", "3526 KL Utrecht"], False),
    ],
)
def test_a_posted_letter_carries_the_return_address_in_the_window_when_there_is_room(tmp_path, address, returned):
    from pelican.plugins.incasso.letters.pdf import render_pdf

    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-REMIND.yaml"
    written = ", ".join(f'"{line}"' for line in address)
    dossier.write_text(
        dossier.read_text(encoding="utf-8").replace(
            "address: [Kanaalweg 12, 3526 KL Utrecht]", f"address: [{written}]"
        ),
        encoding="utf-8",
    )
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    data, _ = render_pdf(letter_view(ledger, claim, due, Channel.LETTER), ())
    lines = pdf_text(data)[0].splitlines()
    back = "Installatietechniek Vaartsche Rijn B.V., Vlampijpstraat 48, 3534 AR Utrecht"
    assert (back in lines) == returned
    if returned:
        assert lines[lines.index(back) + 1] == "Sanne de Boer"  # right above the recipient


# Addresses from two lines to six, and one of two with a line too wide for 8.5 pt type in the window (right: 94 mm,
# left: 72 mm), which fits it in smaller type.
CROWDING = [
    ["Kanaalweg 12", "3526 KL Utrecht"],
    ["t.a.v. de administratie", "Kanaalweg 12", "Gebouw C", "3526 KL Utrecht"],
    ["t.a.v. de administratie", "Afdeling crediteuren", "Kanaalweg 12", "Gebouw C", "3526 KL Utrecht"],
    ["Afdeling crediteuren", "t.a.v. mw. Bosman", "c/o Kantoor Oost", "Kanaalweg 12", "Gebouw C", "3526 KL Utrecht"],
]
WIDE = {
    "right": ["Bedrijfsverzamelgebouw De Liesbosch, Afdeling Crediteurenadministratie", "3526 KL Utrecht"],  # 98 mm
    "left": ["Bedrijfsverzamelgebouw De Liesbosch, Afdeling Crediteuren", "3526 KL Utrecht"],  # 81 mm in 8.5 pt
}
# The letters go p/a an administrator: the window shows the debtor's name, the p/a line and their address.
CARE_OF = "representative:\n  role: administrator\n  name: Bewindvoering Domstad B.V.\n  address: [{address}]\n"


def _crowded(root: Path, address: list[str], care_of: bool) -> None:
    """L-REMIND's address (or, care of an administrator, the administrator's) written as `address`."""
    dossier = root / "debtors" / "L-REMIND.yaml"
    written = ", ".join(f'"{line}"' for line in address)
    text = dossier.read_text(encoding="utf-8")
    if care_of:
        text += CARE_OF.format(address=written)
    else:
        text = text.replace("address: [Kanaalweg 12, 3526 KL Utrecht]", f"address: [{written}]")
    dossier.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("care_of", [False, True], ids=["own", "care_of"])
@pytest.mark.parametrize("window", ["right", "left"])
def test_check_names_each_debtor_whose_letter_goes_without_the_return_address_as_the_letter_is_drawn(
    tmp_path, window, care_of
):
    """The check asks what the renderer asks (pdf.window_layout): for every address, a note exactly where the PDF
    (read back with pypdf) has no return address, in the creditor's envelope, for the address the letters go to."""
    from pelican.plugins.incasso.checks import address_problems, return_address_dropped
    from pelican.plugins.incasso.letters.pdf import LetterDoesNotFit, render_pdf

    dropped, addresses = [], [*CROWDING, WIDE[window]]
    for n, address in enumerate(addresses):
        root = golden.left_window_ledger(tmp_path / str(n)) if window == "left" else tmp_path / str(n) / "ledger"
        if window == "right":
            shutil.copytree(LETTERS_LEDGER, root)
        _crowded(root, address, care_of)
        ledger = load_ledger(root)
        claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
        (due,) = letters_due(claim, NO_RECORD)
        try:
            data, _ = render_pdf(letter_view(ledger, claim, due, Channel.LETTER), (), ENVELOPES[window])
        except LetterDoesNotFit:  # eight lines in the right window: refused by the check, no note beside it
            assert address_problems([claim.debtor], ENVELOPES[window]) and (window, n, care_of) == ("right", 3, True)
            assert not return_address_dropped([claim], ledger.creditor)
            continue
        page = pdf_text(data)[0]
        assert ("p/a Bewindvoering Domstad B.V." in page) == care_of and address[-2] in page
        notes = return_address_dropped([claim], ledger.creditor)
        assert ("Vlampijpstraat 48, 3534 AR Utrecht" not in page) == bool(notes), (window, address, page[:400])
        if notes:
            (note,) = notes
            field = "representative.address" if care_of else "contact.address"
            assert (note.kind, note.values["lines"], note.values["field"]) == (
                "return_address_left_out",
                len(address) + (2 if care_of else 1),
                field,
            )
            dropped.append(n)
    # Neither always nor never: the short address keeps it, the line too wide for 8.5 pt loses it.
    assert 0 not in dropped and len(CROWDING) in dropped, dropped


# A line that fits beside the return address in Liberation Sans, not in the wider DejaVu Sans (the right window).
LIBERATION_ONLY = ["Bedrijfsverzamelgebouw De Liesbosch, Afdeling Crediteurenadm.", "Kanaalweg 12", "3526 KL Utrecht"]


def _fonts_of(data: bytes) -> set[str]:
    """The fonts a PDF's pages use, by name (without the subset's prefix)."""
    from pypdf import PdfReader

    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(data)).pages
        for font in page["/Resources"]["/Font"].values()
    }


@pytest.mark.parametrize("switched_by", ["site_text", "agency_name"])
def test_check_knows_the_return_address_of_a_letter_a_text_beyond_its_debtor_switches_to_dejavu(tmp_path, switched_by):
    """A site's text or an agency's name outside Windows-1252 draws the letter in DejaVu Sans. The window was drawn in
    it too, and the return address gave way, while the check, which knows the debtor and the creditor only, said
    nothing. The window is drawn in the font of its own lines (pdf.window_font, inside window_layout): the PDF read
    back and the check agree."""
    from pelican.plugins.incasso.checks import return_address_dropped
    from pelican.plugins.incasso.letters.texts import LetterTexts

    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    letters = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    debtor_id = "L-REMIND" if switched_by == "site_text" else "L-HANDOVER"
    dossier = root / "debtors" / f"{debtor_id}.yaml"
    written = dossier.read_text(encoding="utf-8")
    old_address = re.search(r"address: \[.*\]", written).group(0)
    written = written.replace(old_address, "address: [" + ", ".join(f'"{line}"' for line in LIBERATION_ONLY) + "]")
    if switched_by == "agency_name":
        written = written.replace("agency: Incassobureau Domstad", "agency: Incassobureau Wiśniewski")
    dossier.write_text(written, encoding="utf-8")
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == debtor_id), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    if switched_by == "site_text":  # the site's reminder says where to pay with an arrow
        text = letters / "nl" / "reminder.md"
        text.write_text(text.read_text(encoding="utf-8") + "\nBetaal in uw bankapp via Overschrijven → Nieuw.\n")
    view = letter_view(ledger, claim, due, Channel.LETTER)
    opening = LetterTexts(letters)[(view.lang, view.opening)]
    view = view.read_with(opening.named)
    data, _ = pdf.render_pdf(view, opening.filled(view.text_values).blocks)

    page = flat(pdf_text(data)[0])
    assert ("→" in page) if switched_by == "site_text" else ("Wiśniewski" in page)
    # The check says no note, and the letter has the return address in its window, as it says.
    assert not return_address_dropped([claim], ledger.creditor)
    assert "Vlampijpstraat 48, 3534 AR Utrecht" in page
    assert {"DejaVuSans", "LiberationSans"} <= _fonts_of(data)  # the letter in DejaVu, its window in Liberation
    assert flat(" ".join(LIBERATION_ONLY)) in page


def test_the_return_address_note_is_worked_out_once_a_claim_for_the_staff_pages_and_the_log(tmp_path, monkeypatch):
    # The staff pages ask it before the pass, the log after it, once the debtor's files are written and its other
    # answers forgotten: the measuring of each line is done once (BENCHMARKS.md, session 46).
    from incasso.claims.dossier_notes import NOTES_ASKED, in_english
    from pelican.plugins.incasso import checks

    root = tmp_path / "ledger"
    shutil.copytree(LETTERS_LEDGER, root)
    _crowded(root, CROWDING[-1], care_of=False)
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
    measured = []
    real = checks._return_address_dropped
    monkeypatch.setattr(checks, "_return_address_dropped", lambda *given: measured.append(1) or real(*given))
    (first,) = checks.return_address_dropped([claim], ledger.creditor)
    claim.forget_answers(but=NOTES_ASKED)
    assert checks.return_address_said([claim], ledger.creditor) == [in_english(first)]
    assert len(measured) == 1


def test_a_debtor_whose_address_leaves_no_room_for_the_return_address_is_named_by_check_log_and_dossier(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    root = Path(shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger"))
    _crowded(root, CROWDING[2], care_of=False)  # six lines with the name: the window holds five below it
    said = (
        f"note: {root / 'debtors' / 'L-REMIND.yaml'}:9:12: L-REMIND's name and postal address (6 lines) leave the "
        "return address no room above them in the envelope's window, in 8.5 pt type or larger: their posted letters "
        "go without it, so the post cannot return one it cannot deliver (a final notice never received stays "
        "unknown); below it the window holds 5 lines, each at most 94 mm wide: shorten contact.address, in fewer or "
        "shorter lines"
    )
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert said in out and out.count("leave the return address no room") == 1, out
    built = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert built.exit_code == 0
    assert said in capsys.readouterr().out  # the build's log
    page = (built.internal / "d" / "L-REMIND.html").read_text(encoding="utf-8")
    assert "Retouradres past niet boven het adres" in page and "Onder het retouradres passen 5 regels" in page
    others = [path for path in (built.internal / "d").glob("*.html") if path.name != "L-REMIND.html"]
    assert others and not any("Retouradres past niet" in path.read_text(encoding="utf-8") for path in others)
    data = (built.internal / "letters" / "L-REMIND-reminder.pdf").read_bytes()  # drawn, without it
    assert "Sanne de Boer" in pdf_text(data)[0] and "Vlampijpstraat 48, 3534 AR Utrecht" not in pdf_text(data)[0]


def _with_creditor_address(tmp_path: Path, address: list[str]) -> Path:
    """The letters' ledger, the creditor's address written as `address`."""
    root = Path(shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger"))
    creditor = root / "creditor.yaml"
    written = ", ".join(f'"{line}"' for line in address)
    text = creditor.read_text(encoding="utf-8")
    creditor.write_text(text.replace("address: [Vlampijpstraat 48, 3534 AR Utrecht]", f"address: [{written}]"))
    return root


def _font_size_of(data: bytes, text: str) -> float:
    """The type size the first page draws `text` in, as the PDF says (pdfium)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    page = pdfium.PdfDocument(data)[0].get_textpage()
    found = page.search(text, match_case=True).get_next()
    assert found is not None, text
    return round(pdfium_c.FPDFText_GetFontSize(page.raw, found[0]), 2)


@pytest.mark.parametrize(
    "address, back, size",
    [
        # Too wide with the desk's line: the post returns to the street, so the line is left out.
        (
            ["t.a.v. Debiteurenbeheer", "Vlampijpstraat 48", "3534 AR Utrecht"],
            "Vlampijpstraat 48, 3534 AR Utrecht",
            6.5,
        ),
        # No line to leave out: smaller type, not below 6 pt.
        (
            ["Vlampijpstraat 48", "Bedrijvenpark Oost", "3534 AR Utrecht"],
            "Vlampijpstraat 48, Bedrijvenpark Oost, 3534 AR Utrecht",
            6.25,
        ),
    ],
)
def test_a_return_address_too_wide_for_the_window_is_shortened_or_set_smaller_not_dropped(
    tmp_path, address, back, size
):
    from pelican.plugins.incasso.letters.pdf import render_pdf

    ledger = load_ledger(_with_creditor_address(tmp_path, address))
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    data, _ = render_pdf(letter_view(ledger, claim, due, Channel.LETTER), ())
    lines = pdf_text(data)[0].splitlines()
    back = f"Installatietechniek Vaartsche Rijn B.V., {back}"
    assert back in lines and lines[lines.index(back) + 1] == "Sanne de Boer", lines[:12]
    assert _font_size_of(data, back) == size


def test_a_return_address_that_fits_in_no_form_is_named_by_check_and_build(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    address = ["t.a.v. Debiteurenbeheer", "Bedrijfsverzamelgebouw De Liesbosch", "Vlampijpstraat 48", "3534 AR Utrecht"]
    root = _with_creditor_address(tmp_path, address)
    said = (
        f"note: {root / 'creditor.yaml'}:5:10: address: with the name, too wide for the return address above the "
        "recipient in the envelope's window on one line (at most 94 mm), even in 6 pt type and without a 't.a.v.' "
        "line: posted letters go without it, so the post cannot return one it cannot deliver"
    )
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert said in out, out
    built = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert built.exit_code == 0
    assert said in capsys.readouterr().out
    data = (built.internal / "letters" / "L-REMIND-reminder.pdf").read_bytes()  # drawn, without it
    assert "Sanne de Boer" in pdf_text(data)[0] and "Vlampijpstraat 48, 3534 AR Utrecht" not in pdf_text(data)[0]


def test_the_print_file_gives_each_letter_s_font_subsets_names_of_their_own(site):
    # Every letter names its DejaVu subsets AAAAAA+...: two such letters in one file held two different
    # subsets under one name, which a printer caching fonts by name prints with the wrong glyphs.
    import io as bytes_io

    from pypdf import PdfReader

    from pelican.plugins.incasso.letters.generator import PrintFile

    printed = PrintFile()
    for name in ("L-LUKASZ-reminder", "L-REMIND-reminder", "L-LUKASZ-reminder"):
        printed.add(letter(site, name))
    reader = PdfReader(bytes_io.BytesIO(printed.data()))
    subsets: dict[str, set[int]] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "+" in str(font["/BaseFont"]):
                subsets.setdefault(str(font["/BaseFont"]), set()).add(id(font))
                assert font["/FontDescriptor"]["/FontName"] == font["/BaseFont"]
    assert len(subsets) >= 2 and all(len(fonts) == 1 for fonts in subsets.values()), subsets
    assert "Łukasz Wiśniewski" in flat(" ".join(pdf_text(printed.data())))


def test_a_body_line_starting_with_from_is_written_so_no_mailbox_mangles_it():
    # "From now on, please pay ..." (the English handover notice) became ">From now on" in mbox tools.
    from email import policy
    from email.mime.multipart import MIMEMultipart
    from email.parser import BytesParser

    from pelican.plugins.incasso.letters.mail import _text_part, wire

    message = MIMEMultipart("alternative", boundary="b")
    message.attach(_text_part("Dear Sir,\nFrom now on, please pay the agency.\n", "plain"))
    data = wire(message)
    assert b"\r\nFrom " not in data and b"\r\n=46rom now on" in data
    parsed = BytesParser(policy=policy.default).parsebytes(data)
    assert "\nFrom now on, please pay the agency." in parsed.get_body(("plain",)).get_content()


def test_the_next_day_s_build_marks_the_letters_yesterday_s_build_wrote_and_nobody_recorded(tmp_path):
    # The build passes the previous build's day to the letters: a first build marks nothing.
    first = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=AS_OF)
    assert "klaar sinds" not in (first.internal / "index.html").read_text(encoding="utf-8")
    again = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=AS_OF + timedelta(days=1))
    listed = (again.internal / "index.html").read_text(encoding="utf-8")
    assert re.search(r"klaar sinds \d+ \w+ 2026, ook in de builds sindsdien: al verstuurd\?", html.unescape(listed))
    # Rebuilt the same day (a ledger mended in the morning): the night's build wrote them too.
    first_day = build_site(tmp_path / "same", ledger=LETTERS_LEDGER, as_of=AS_OF)
    assert "klaar sinds" not in (first_day.internal / "index.html").read_text(encoding="utf-8")
    rebuilt = build_site(tmp_path / "same", ledger=LETTERS_LEDGER, as_of=AS_OF)
    assert f"klaar sinds {fmt.day(AS_OF)}" in html.unescape(
        (rebuilt.internal / "index.html").read_text(encoding="utf-8")
    )


def test_a_letter_for_a_dossier_new_since_the_last_build_is_not_marked_written(tmp_path):
    # Its step fell due weeks ago, but no build wrote its letter: "al verstuurd?" would have staff record a
    # letter that never went out (its term would then run from it).
    ledger = tmp_path / "ledger"
    shutil.copytree(LETTERS_LEDGER, ledger)
    new = ledger / "debtors" / "L-DUNNING.yaml"
    held = new.read_text(encoding="utf-8")
    new.unlink()
    build_site(tmp_path / "a", ledger=ledger, as_of=AS_OF)
    new.write_text(held, encoding="utf-8")
    later = build_site(tmp_path / "a", ledger=ledger, as_of=AS_OF + timedelta(days=1))
    build_site(tmp_path / "b", ledger=LETTERS_LEDGER, as_of=AS_OF)  # the same, the dossier there both nights
    again = build_site(tmp_path / "b", ledger=LETTERS_LEDGER, as_of=AS_OF + timedelta(days=1))

    def marked(site, debtor_id):
        page = html.unescape((site.internal / "index.html").read_text(encoding="utf-8"))
        rows = re.findall(rf'<tr[^>]*data-id="{debtor_id}"[^>]*>.*?</tr>', page, re.S)
        return [re.search(r"klaar sinds ([^,]+),", row)[1] for row in rows if "klaar sinds" in row]

    assert marked(later, "L-DUNNING") == []
    assert marked(later, "L-REMIND") == ["24 november 2026"] * 2  # today's work and the letters' list
    # Since the first build that wrote it, not since the step fell due (16 October).
    assert marked(again, "L-DUNNING") == ["24 november 2026"] * 2


@pytest.mark.parametrize("last_build, written", [(AS_OF - timedelta(days=1), True), (AS_OF + timedelta(days=1), False)])
def test_a_dossier_new_since_the_last_build_confirms_only_what_is_dated_since(tmp_path, last_build, written):
    # L-HANDOVER's handover is dated AS_OF. Its file added after a build of the day before: the handover was
    # recorded since, and its notice is due. Added after a later build: the handover is its history, told
    # in the letters of then (a notice dated today for it would be old news, or a second one).
    ledger = tmp_path / "ledger"
    shutil.copytree(LETTERS_LEDGER, ledger)
    new = ledger / "debtors" / "L-HANDOVER.yaml"
    held = new.read_text(encoding="utf-8")
    new.unlink()
    build_site(tmp_path, ledger=ledger, as_of=last_build)
    new.write_text(held, encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger, as_of=last_build + timedelta(days=1))
    assert (site.internal / "letters" / "L-HANDOVER-handover.pdf").exists() is written


@pytest.mark.parametrize(
    "link",
    [
        "https://betalen.example.nl/s/tp5brqcqxentelswg7oqq5txqpjev2au/",
        "https://betalen.vaartscherijn.example.nl/s/tp5brqcqxentelswg7oqq5txqpjev2au/",
        "https://mijn-betaaloverzicht.installatietechniek-vaartsche-rijn.example.nl/incasso/persoonlijke-"
        "overzichten/s/tp5brqcqxentelswg7oqq5txqpjev2au/",
    ],
)
def test_the_link_s_lines_fit_left_of_the_qr_code_and_keep_it_whole(link):
    from reportlab.lib.units import mm

    width = pdf.WIDTH - pdf.QR_SIZE - 6 * mm
    lines = pdf.link_lines(link, "Courier", 9, width)
    assert "".join(lines) == link and all(pdf.text_width(line, "Courier", 9) <= width for line in lines)
    assert lines[0] != "https://" and lines[-1].endswith("tp5brqcqxentelswg7oqq5txqpjev2au/")


def test_the_first_real_build_after_the_demo_s_starts_as_a_first_build(tmp_path):
    # The demo's records are of its own dossiers, whose ids a real ledger may use (D-1001): the real D-1001's
    # promise of weeks ago is its history, not a new promise to confirm; the change list has nothing to compare.
    build_site(tmp_path, ledger=DEMO_LEDGER, as_of=AS_OF)
    real = tmp_path / "real"
    shutil.copytree(LETTERS_LEDGER, real)
    promised = (real / "debtors" / "L-PROMISE.yaml").read_text(encoding="utf-8")
    (real / "debtors" / "L-PROMISE.yaml").write_text(promised.replace("id: L-PROMISE", "id: D-1001"), "utf-8")
    site = build_site(tmp_path, ledger=real, as_of=AS_OF + timedelta(days=1), secret="k" * 32)
    assert site.exit_code == 0
    assert not list((site.internal / "letters").glob("D-1001-promise.*"))
    assert "Eerste build" in (site.internal / "changes.md").read_text(encoding="utf-8")


def _renamed(tmp_path: Path, names: dict[str, tuple[str, str]]) -> Path:
    """A copy of the letters' fixture with each debtor's name (and person) replaced: {id: (old, new)}."""
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    for debtor_id, (old, new) in names.items():
        dossier = root / "debtors" / f"{debtor_id}.yaml"
        dossier.write_text(dossier.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return root


def _shapes(data: bytes, text: str) -> list[bytes]:
    """The pixels each character of `text` (its first place on page 1) is drawn with, rendered by pdfium."""
    import pypdfium2

    page = pypdfium2.PdfDocument(data)[0]
    scale = 4
    image = page.render(scale=scale, grayscale=True).to_pil()
    chars = page.get_textpage()
    start = chars.get_text_range().index(text)
    height = page.get_height()
    shapes = []
    for n in range(len(text)):
        left, bottom, right, top = chars.get_charbox(start + n)
        box = (left * scale, (height - top) * scale, right * scale, (height - bottom) * scale)
        shapes.append(image.crop(tuple(round(v) for v in box)).tobytes())
    return shapes


def test_a_chinese_name_is_drawn_in_the_window_and_the_salutation_not_as_boxes(tmp_path):
    """DejaVu Sans has no Han characters: the name went out as three empty boxes. WenQuanYi Zen Hei draws them."""
    root = _renamed(tmp_path, {"L-REMIND": ("Sanne de Boer", "王小明")})
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-REMIND"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    data, _ = pdf.render_pdf(letter_view(ledger, claim, due, Channel.LETTER), ())
    text = text_of_bytes(data)
    assert "王小明 Kanaalweg 12" in text and "Geachte 王小明," in text
    assert any(font.endswith("WenQuanYiZenHei-0") for font in fonts_of(data))
    shapes = _shapes(data, "王小明")
    assert len(set(shapes)) == 3 and all(any(pixel < 128 for pixel in shape) for shape in shapes)  # no three boxes


def text_of_bytes(data: bytes) -> str:
    return flat(" ".join(pdf_text(data)))


def test_a_character_no_font_draws_is_named_by_check_and_build_and_its_letter_is_not_posted(tmp_path, capsys):
    """A Thai name: no font of the letters has it. Check and build say where; the PDF is not written, the
    day's letters say why (the e-mail still goes); the page is built."""
    root = _renamed(tmp_path, {"L-REMIND": ("Sanne de Boer", "สมชาย"), "L-FINAL": ("Anouk de Wit", "ใจดี")})
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--quiet"]) == 0
    checked = capsys.readouterr().out
    for debtor_id, chars in (("L-REMIND", "สมชาย"), ("L-FINAL", "ใจดี")):
        counted = f"{len(set(chars))} characters"  # not which (not even code points): a CI log may be shared
        assert (
            f"{root / 'debtors' / debtor_id}.yaml:2:1: name: holds {counted} no font of the letters can draw" in checked
        )
        assert chars[0] not in checked and f"U+{ord(chars[0]):04X}" not in checked
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    assert "L-REMIND.yaml:2:1: name: holds 5 characters no font of the letters can draw" in capsys.readouterr().out
    letters = site.internal / "letters"
    assert not (letters / "L-REMIND-reminder.pdf").exists() and (letters / "L-REMIND-reminder.eml").exists()
    assert not (letters / "L-FINAL-final_notice.pdf").exists()
    assert "ใจดี" not in " ".join(pdf_text((letters / f"print-{AS_OF}.pdf").read_bytes()))
    overview = flat(html.unescape((site.internal / "index.html").read_text(encoding="utf-8")))
    for chars in ("สมชาย", "ใจดี"):
        assert f"per post niet verstuurbaar: geen lettertype van de brief heeft de tekens {chars} uit naam" in overview
    pages = " ".join(page.read_text(encoding="utf-8") for page in site.output.glob("s/*/index.html"))
    assert "สมชาย" in pages and "ใจดี" in pages


@pytest.mark.parametrize("room", ["hicrrr", "hicrrr_n"])  # "_": the table's gap
def test_a_credit_note_line_goes_with_the_invoice_row_above_it_to_the_next_page(room):
    """D-1003's dunning letter ended page 1 with "239.00 0.00 189.00", its credit note of 50.00 on page 2."""
    from incasso.letters.records import Table
    from pelican.plugins.incasso.letters.pdf import FLOW_BOTTOM, FLOW_TOP_FIRST, STANDARD, Flow, Item, _paginate

    def drawn(sheet, y):
        pass

    flow = Flow(STANDARD)
    flow.heading("What you owe and why")
    flow.paragraph("As of 24 November 2026.", size=8.5, grey=True, lead_in=True)
    rows = (("F2026-0100", "540.00"), ("F2026-0101", "189.00"))
    flow.table(Table("Invoices", ("Invoice", "Open"), (False, True), rows), explained=True)
    flow.paragraph("Credit note C2026-0007 on invoice F2026-0101: EUR 50.00 deducted.", size=8.5)
    names = ["", "h", "i", "c", "r", "r", "r", "", "n"]
    mark = {id(item): name for item, name in zip(flow.items, names, strict=True)}
    height = sum(item.height for item in flow.items[: 1 + len(room)]) + 0.5
    pages = _paginate([Item(FLOW_BOTTOM - FLOW_TOP_FIRST - height, drawn), *flow.items])
    split = ["".join(mark.get(id(item), "") for _, item in page) for page in pages]
    # Room for the last row but not its note: the row goes over with it (and the header again).
    assert split == (["hicrr", "rrn"] if room == "hicrrr" else ["hicrrrn"])


def test_a_letter_that_leaves_the_interest_table_out_still_states_the_rate_and_period(site):
    """L-MANY's reminder leaves the interest per period to the page: its rate and period stay on paper."""
    text = text_of(site, "L-MANY-reminder")
    assert "Interest per period" not in text and "Rente per periode" not in text
    assert "Rente: 10,15% (voorlopig) per jaar, van 2 okt 2026 t/m 24 nov 2026. De rente per periode staat" in text
    assert "‘Voorlopig’: nog niet vergeleken met het officiële tarief." in text  # a rate past the table


# Under the interest figures, as the page says it under its table: the basis, then who sets the percentage and where
# to check it, then what 'voorlopig' means. Per kind of interest and language.
RATE_SOURCE = {
    "L-FINAL-final_notice": (
        "Wij rekenen de wettelijke rente (artikel 6:119",
        "De overheid stelt het percentage vast, zo nodig opnieuw per 1 januari en 1 juli (artikel 6:120 Burgerlijk "
        "Wetboek). U kunt het nakijken op rijksoverheid.nl: zoek op ‘wettelijke rente’.",
        "‘Voorlopig’:",
    ),
    "L-FINAL-EN-final_notice": (
        "We charge Dutch statutory interest",
        "The government sets the rate and can change it on 1 January or 1 July (Dutch Civil Code, article 6:120). "
        "You can check it on rijksoverheid.nl: search for ‘wettelijke rente’.",
        "‘Provisional’:",
    ),
    "L-MANY-reminder": (
        "Wij rekenen de wettelijke handelsrente (artikel 6:119a",
        "Het percentage is de herfinancieringsrente van de Europese Centrale Bank op 1 januari of 1 juli, plus 8 "
        "procentpunt. Zo staat het in artikel 6:120 Burgerlijk Wetboek. U kunt het nakijken op rijksoverheid.nl: zoek "
        "op ‘wettelijke rente’.",
        "‘Voorlopig’:",
    ),
    "L-DUNNING-dunning": (
        "We charge statutory commercial interest",
        "The rate is the European Central Bank's main refinancing rate on 1 January or 1 July, plus 8 percentage "
        "points. This is set out in article 6:120 of the Dutch Civil Code. You can check it on rijksoverheid.nl: search "
        "for ‘wettelijke rente’.",
        "‘Provisional’:",
    ),
}


def _email_texts(site, name: str) -> list[str]:
    """An e-mail's plain part and its HTML part's text, its Dutch words' marks (lang="nl") left out; none without one."""
    eml = site.internal / "letters" / f"{name}.eml"
    if not eml.exists():
        return []
    message = read_eml(eml)
    marked = re.sub(r'</?span( lang="nl")?>', "", message.get_body(("html",)).get_content())
    return [flat(message.get_body(("plain",)).get_content()), flat(re.sub(r"<[^>]+>", " ", html.unescape(marked)))]


@pytest.mark.parametrize("name", RATE_SOURCE)
def test_a_letter_says_under_its_interest_figures_who_sets_the_rate_and_where_to_check_it(site, name):
    basis, source, provisional = RATE_SOURCE[name]
    pdf_said = text_of(site, name)
    shortened = "niet in deze brief" in pdf_said  # L-MANY's reminder: 30 invoices, some left to the page
    for text in ([] if shortened else [pdf_said]) + _email_texts(site, name):
        assert text.count("rijksoverheid.nl") == 1
        assert text.index(basis) < text.index(source) < text.index(provisional)


def test_a_letter_cut_short_leaves_where_the_rate_comes_from_to_the_page_before_an_invoice_row(site):
    """The 30-invoice reminder keeps the basis and what 'voorlopig' means (what a debtor must be told of interest),
    and leaves who sets the rate to the page, as the tables' other notes, so that no more invoices are cut for it.
    Its e-mail, of any length, says it."""
    basis, source, provisional = RATE_SOURCE["L-MANY-reminder"]
    text = text_of(site, "L-MANY-reminder")
    assert "Er staan vier facturen niet in deze brief" in text
    assert basis in text and provisional in text and "rijksoverheid.nl" not in text
    assert all(source in said for said in _email_texts(site, "L-MANY-reminder"))


X_LONG = """id: X-LONG
name: Stichting Vrienden van het Historisch Openluchtmuseum Groot-Zuylenste
type: business
language: nl
contact:
  person: mevrouw drs. Anne-Marie van Heemskerck van Beest-Oldenbarnevelt
  address: [Afdeling Crediteurenadministratie en Inkoop, Burgemeester Reigerstraat 123 bis zwart, Postbus 40123,
    3581 KP Utrecht]
invoices:
  - {number: X-0003, date: 2026-09-10, due: 2026-10-10, amount: 1500.00}
events:
  - {date: 2026-10-12, type: reminder, channel: letter}
"""


def test_what_happens_next_fills_the_room_above_the_fold_the_payment_block_is_pushed_below(tmp_path):
    """A long address and salutation put the QR code on the fold: the payment block went below it and left
    about 45 mm empty mid-page, and the costs of the next step went over the page."""
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    (root / "debtors" / "X-LONG.yaml").write_text(X_LONG, encoding="utf-8")
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    data = letter(site, "X-LONG-dunning")
    first = flat(pdf_text(data)[0])
    assert first.index("Wat gebeurt er nu?") < first.index("Zo betaalt u")
    assert "zijn dat EUR 225,00, op zijn vroegst vanaf 25 december 2026" in first
    assert [(page, top > 198) for page, top, _ in qr_spans(data)] == [(1, True)]  # below the fold, on page 1


# -- what a missed instalment leads to ---------------------------------------------------------


def _late_plan_ledger(tmp_path):
    """Two consumers (Dutch, English), each with invoice A paid late in full on 25 February (its interest, below
    the chase minimum, left open) and B, due 31 March, in a plan agreed on 10 March whose first instalment is
    due 20 March: missed, it is overdue while nothing but that interest is, and the core acts once B is."""
    from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger

    plan = [{"due": date(2026, month, 20), "amount": 400} for month in (3, 4, 5)]

    def debtor(debtor_id, language):
        return valid_debtor(
            id=debtor_id,
            language=language,
            invoices=[
                invoice(number=f"A-{language}", amount="1000.00", due=date(2026, 2, 4)),
                invoice(number=f"B-{language}", date=date(2026, 3, 1), amount="1200.00", due=date(2026, 3, 31)),
            ],
            payments=[payment(date=date(2026, 2, 25), amount="1000.00", invoice=f"A-{language}")],
            events=[event(date(2026, 3, 10), "arrangement", channel="phone", installments=plan)],
        )

    debtors = [debtor("D-NL", "nl"), debtor("D-EN", "en")]
    return write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=debtors)


@pytest.mark.parametrize(
    ("debtor_id", "confirmed", "reminded"),
    [
        (
            "D-NL",
            "Betaalt u een termijn niet op tijd? Dan gaan wij verder met de incasso: wij sturen u een "
            "betalingsherinnering.",
            ("De termijn van 20 maart 2026 (EUR 400,00) hebben wij nog niet ontvangen.", "wij sturen u een aanmaning."),
        ),
        (
            "D-EN",
            "If you miss an instalment, we will send you a payment reminder.",
            ("We have not yet received the instalment of 20 March 2026 (EUR 400.00).", "send you a formal reminder."),
        ),
    ],
    ids=["nl", "en"],
)
def test_the_plan_confirmation_names_the_letter_the_build_sends_when_an_instalment_is_missed(
    tmp_path, debtor_id, confirmed, reminded
):
    """Not "we will contact you" because on the day after the instalment only a rest of interest below the
    chase minimum is overdue: the build's first step on the miss is the instalment's reminder, once invoice B is
    overdue too, and the confirmation says so."""
    root = _late_plan_ledger(tmp_path)
    letters = tmp_path / "internal" / "letters"
    assert build_site(tmp_path, ledger=root, as_of=date(2026, 3, 10)).exit_code == 0
    confirmation = flat(read_eml(letters / f"{debtor_id}-arrangement.eml").get_body(("plain",)).get_content())
    assert confirmed in confirmation
    assert "contact met u op" not in confirmation and "contact you" not in confirmation
    # The day after the miss: the instalment's reminder goes, though only a few cents besides are overdue.
    assert build_site(tmp_path, ledger=root, as_of=date(2026, 3, 21)).exit_code == 0
    assert sorted(p.name for p in letters.glob(f"{debtor_id}-*")) == [
        f"{debtor_id}-installment_reminder.eml",
        f"{debtor_id}-installment_reminder.pdf",
    ]
    reminder = flat(read_eml(letters / f"{debtor_id}-installment_reminder.eml").get_body(("plain",)).get_content())
    assert all(said in reminder for said in reminded)  # the instalment, and the step after it the confirmation named


@pytest.mark.parametrize(
    "language, title",
    [
        # The demo's day is a Sunday: the title names the Monday, whose build writes its step again
        # (tests/site/test_no_post_build.py).
        (
            "nl",
            "Brieven van 22 november 2026, dag zonder post: de build van maandag 23 november 2026 schrijft de stappen "
            "opnieuw: brief 1",
        ),
        (
            "en",
            "Letters of 22 November 2026, a day without post: the build of Monday 23 November 2026 writes the steps "
            "again: letter 1",
        ),
    ],
)
def test_a_print_file_of_one_letter_names_that_letter_not_a_range_of_one(tmp_path, language, title):
    import pypdfium2 as pdfium

    site = build_site(tmp_path, extra=["--staff-language", language])  # the demo's day: one letter to post
    assert site.exit_code == 0
    info = pdfium.PdfDocument(site.internal / "letters" / "print-2026-11-22.pdf").get_metadata_dict()
    assert info["Title"] == title


def test_letters_in_helvetica_when_liberation_is_missing_are_named_by_the_build(tmp_path, capsys, monkeypatch):
    """Without fonts-liberation2 the letters fall back to the standard Helvetica, not embedded, which a print
    service's preflight rejects: the fallback was silent, and the letters looked right on screen."""
    monkeypatch.setattr(pdf, "STANDARD", pdf.HELVETICA)
    site = build_site(tmp_path, as_of=AS_OF)
    said = capsys.readouterr().out
    written = [p for p in (site.internal / "letters").glob("*.pdf") if not p.name.startswith("print-")]
    assert site.exit_code == 0 and written
    assert f"{len(written)} letters written in PDF's standard Helvetica, not embedded" in flat(said)
    assert "run `make fonts`" in flat(said)
    assert b"/FontFile2" not in written[0].read_bytes()  # drawn in Helvetica indeed: no font embedded
