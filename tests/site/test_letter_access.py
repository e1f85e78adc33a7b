"""A letter's PDF read by assistive technology (WCAG 2.2 AA, PDF/UA's basics): its language, its title in
the viewer's bar, and a structure tree (tagged PDF) that holds every word of the letter in reading order,
headings, tables, and the QR code as a figure with a text alternative. Read back with pypdf, as a screen
reader's PDF library would."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

from pelican.plugins.incasso.letters import pdf
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.letters import after_the_term, flat, pdf_text
from tests.support.site import REPO


def letter(tmp_path, lang: str):
    """A dunning letter with a QR code, an invoice table and a list (the open invoices' letter after a term)."""
    view, _, _ = after_the_term(tmp_path, lang)
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    data, _ = pdf.render_pdf(view, blocks)
    return view, blocks, data


@pytest.mark.parametrize(("lang", "tag"), [("nl", "nl-NL"), ("en", "en-GB")])
def test_a_letter_names_its_language_and_shows_its_title(tmp_path, lang, tag):
    """Without /Lang a screen reader reads a Dutch letter with an English voice; without DisplayDocTitle the
    viewer's bar shows a file name ("D-1003-dunning.pdf") where the letter's title is set."""
    view, _, data = letter(tmp_path, lang)
    root = PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert root["/Lang"] == tag
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert view.subject in PdfReader(io.BytesIO(data)).metadata.title


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_qr_code_s_caption_is_a_line_of_its_own(tmp_path, lang):
    """It ran into the bank-account warning beside it: "... call us on +31 30 204 18 60. Scan with your banking app"."""
    view, _, data = letter(tmp_path, lang)
    lines = [line.strip() for page in pdf_text(data) for line in page.splitlines()]
    assert view.pay.scan in lines
    assert not [line for line in lines if view.pay.scan in line and line != view.pay.scan]


# -- the structure tree ---------------------------------------------------------------------------------------------


def marked_texts(reader: PdfReader) -> tuple[dict[tuple[int, int], str], list[str]]:
    """The text of each marked-content sequence, by (page, MCID), and the text shown outside any (untagged,
    neither content nor artifact). A string is read in its font's own codes: an embedded subset's through its
    ToUnicode map, a standard font's bytes as cp1252 (WinAnsi)."""
    texts: dict[tuple[int, int], str] = {}
    loose: list[str] = []
    for number, page in enumerate(reader.pages):
        fonts = {name: _decoder(ref.get_object()) for name, ref in page["/Resources"]["/Font"].items()}
        stack: list[int | None] = []
        font, saved = _decoder(DictionaryObject()), []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC":
                props = operands[1]
                mcid = props.get("/MCID") if isinstance(props, DictionaryObject) else None
                stack.append(mcid)
                if mcid is not None:  # a figure's sequence shows no text
                    texts.setdefault((number, int(mcid)), "")
            elif operator == b"BMC":
                stack.append(None)  # an artifact
            elif operator == b"EMC":
                stack.pop()
            elif operator == b"q":
                saved.append(font)
            elif operator == b"Q":
                font = saved.pop()
            elif operator == b"Tf":
                font = fonts[operands[0]]
            elif operator in (b"Tj", b"TJ"):
                parts = operands[0] if operator == b"TJ" else [operands[0]]
                shown = "".join(font(p.original_bytes) for p in parts if hasattr(p, "original_bytes"))
                if not stack:
                    loose.append(shown)
                elif stack[-1] is not None:
                    key = (number, int(stack[-1]))
                    texts[key] = (texts.get(key, "") + " " + shown).strip()
        assert not stack, "a marked-content sequence left open"
    return texts, loose


def _decoder(font: DictionaryObject) -> Callable[[bytes], str]:
    """How a string shown in `font` reads: through its ToUnicode map (`<05> <00EB>` pairs, as ReportLab writes an
    embedded subset's), else as cp1252 (a standard font's WinAnsi)."""
    if "/ToUnicode" not in font:
        return lambda data: data.decode("cp1252")
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    chars = {int(code, 16): chr(int(char, 16)) for code, char in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap)}
    return lambda data: "".join(chars[byte] for byte in data)


def walk(element, reader: PdfReader, pages: dict, texts: dict, found: list, depth: int = 0) -> str:
    """(role, text, element) of every structure element, in the tree's order; returns the element's text."""
    element = element.get_object()
    role = element["/S"]
    kids = element.get("/K")
    kids = kids if isinstance(kids, list) else [kids] if kids is not None else []
    words = []
    for kid in kids:
        if isinstance(kid, int):
            words.append(texts.get((pages[element.raw_get("/Pg").idnum], kid), ""))
            continue
        obj = kid.get_object()
        if obj.get("/Type") == "/MCR":
            words.append(texts.get((pages[obj.raw_get("/Pg").idnum], int(obj["/MCID"])), ""))
        else:
            assert obj.raw_get("/P").idnum == element.indirect_reference.idnum, "a kid's /P is not its parent"
            words.append(walk(kid, reader, pages, texts, found, depth + 1))
    text = " ".join(w for w in words if w)
    found.append((role, text, element))
    return text


def structure(data: bytes):
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    texts, loose = marked_texts(reader)
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    found: list = []
    tree = root["/StructTreeRoot"]
    walk(tree.raw_get("/K"), reader, pages, texts, found)
    return reader, root, texts, loose, found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_letter_is_tagged_every_word_in_the_structure_tree(tmp_path, lang):
    """A screen reader reads a tagged PDF by its structure tree: each paragraph, heading, table and the QR code
    must be in it, and nothing shown outside it but the page's furniture (marked as artifacts)."""
    view, blocks, data = letter(tmp_path, lang)
    reader, root, texts, loose, found = structure(data)
    assert root["/MarkInfo"]["/Marked"].value is True
    assert data.startswith(b"%PDF-1.4")  # tagged PDF's version
    assert loose == [], "text neither tagged nor an artifact"
    roles = [role for role, _, _ in found]
    assert roles[-1] == "/Document"
    assert {"/H1", "/H2", "/P", "/Table", "/TR", "/TH", "/TD", "/Figure", "/Caption"} <= set(roles)
    tagged = flat(found[-1][1])
    for _, text in blocks:
        assert flat(text) in tagged
    for text in (view.salutation, view.subject, view.pay.hint, view.pay.warning, view.pay.scan, *view.closing):
        assert flat(text) in tagged
    # The footer and page numbers are the page's furniture: not read as the letter's text.
    assert flat(view.footer) not in tagged
    # Headings are headings, in reading order: the subject first, then the letter's sections.
    headings = [text for role, text, _ in found if role in ("/H1", "/H2")]
    assert headings[0] == view.subject and view.pay_heading in headings and view.figures_heading in headings
    # The invoice table: its header cells are TH, each row's cells TD.
    header = [text for role, text, _ in found if role == "/TH"]
    assert all(column in header for column in view.invoices.columns)
    rows = [element for role, _, element in found if role == "/TR"]
    assert all(kid.get_object()["/S"] in ("/TH", "/TD") for row in rows for kid in row["/K"])


def test_bullets_are_a_list_each_with_its_label_and_body(tmp_path):
    """A letter's text may hold a list (Markdown's "- "): read as one, "list of two items", not as paragraphs
    that begin with a stray "•"."""
    view, _, _ = after_the_term(tmp_path, "en")
    blocks = (("p", "We ask you:"), ("li", "to pay the invoice;"), ("li", "or to call us."), ("p", "Thank you."))
    _, _, _, _, found = structure(pdf.render_pdf(view, blocks)[0])
    (listed,) = [element for role, _, element in found if role == "/L"]
    items = [kid.get_object() for kid in listed["/K"]]
    assert [item["/S"] for item in items] == ["/LI", "/LI"]
    texts = {id(element): text for _, text, element in found}
    assert [[kid.get_object()["/S"] for kid in item["/K"]] for item in items] == [["/Lbl", "/LBody"]] * 2
    bodies = [text for role, text, _ in found if role == "/LBody"]
    assert bodies == ["to pay the invoice;", "or to call us."] and texts


def test_a_list_item_of_several_lines_is_one_marked_sequence_after_its_bullet(tmp_path):
    """The bullet was drawn after the body's first line, so the body was two sequences with the label's between
    them: read in the content's order, "pay the invoice, • or part of it"."""
    view, _, _ = after_the_term(tmp_path, "en")
    long = (
        "to pay the invoice in full, or the part of it you agree with, and to tell us in a letter or an e-mail"
        " why you do not pay the rest of it, so that we can answer you"
    )
    blocks = (("p", "We ask you:"), ("li", long), ("li", "or to call us."))
    assert len(pdf.wrap(long, pdf.STANDARD.regular, 9.5, pdf.WIDTH - 4 * pdf.mm)) > 1
    data = pdf.render_pdf(view, blocks)[0]
    reader, _, texts, _, found = structure(data)
    items = [element for role, _, element in found if role == "/LI"]
    for item in items:
        label, body = (kid.get_object() for kid in item["/K"])
        assert (label["/S"], len(label["/K"]), body["/S"], len(body["/K"])) == ("/Lbl", 1, "/LBody", 1)
        page = {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages)}[body.raw_get("/Pg").idnum]
        assert int(body["/K"][0]) == int(label["/K"][0]) + 1  # read in turn: the bullet, then the body
        assert texts[(page, int(label["/K"][0]))] == "•"
    assert flat(texts[(0, int(items[0]["/K"][1].get_object()["/K"][0]))]) == flat(long)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_qr_code_is_a_figure_whose_text_names_amount_iban_and_reference(tmp_path, lang):
    view, _, data = letter(tmp_path, lang)
    _, _, _, _, found = structure(data)
    (figure,) = [element for role, _, element in found if role == "/Figure"]
    alt = str(figure["/Alt"])
    fields = dict(view.pay.fields)
    amount, iban, reference = fields[view.pay.fields[0][0]], fields["IBAN"], view.pay.fields[-1][1]
    assert amount in alt and iban in alt and reference in alt


def test_the_qr_code_s_figure_has_the_box_it_is_drawn_in(tmp_path):
    """PDF/UA asks a bounding box of every Figure (a Layout attribute): the square the code is drawn in, quiet
    zone included, read here from the figure's own drawing operators and the transformations before them."""
    view, _, data = letter(tmp_path, "en")
    reader, _, _, _, found = structure(data)
    (figure,) = [element for role, _, element in found if role == "/Figure"]
    attributes = figure["/A"]
    assert attributes["/O"] == "/Layout"
    box = [float(n) for n in attributes["/BBox"]]
    assert box[2] - box[0] == pytest.approx(pdf.QR_SIZE, abs=0.01) == box[3] - box[1]
    page = reader.pages[
        {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages)}[figure.raw_get("/Pg").idnum]
    ]
    drawn = figure_extent(page, reader, int(figure["/K"][0]))
    margins = (drawn[0] - box[0], drawn[1] - box[1], box[2] - drawn[2], box[3] - drawn[3])
    quiet = pdf.QR_SIZE * pdf.QUIET_ZONE / (len(view.pay.qr_matrix) + 2 * pdf.QUIET_ZONE)
    assert margins == pytest.approx((quiet,) * 4, abs=0.01)  # the dark modules, the quiet zone round them


def figure_extent(page, reader: PdfReader, mcid: int) -> tuple[float, float, float, float]:
    """The smallest box round the rectangles drawn in the sequence `mcid`, in the page's coordinates."""
    matrix, saved, inside, xs, ys = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), [], False, [], []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"BDC" and isinstance(operands[1], DictionaryObject) and operands[1].get("/MCID") == mcid:
            inside = True
        elif operator == b"EMC":
            inside = False
        elif operator == b"q":
            saved.append(matrix)
        elif operator == b"Q":
            matrix = saved.pop()
        elif operator == b"cm":
            matrix = _times([float(n) for n in operands], matrix)
        elif operator == b"re" and inside:
            x, y, w, h = (float(n) for n in operands)
            for px, py in ((x, y), (x + w, y + h)):
                a, b, c, d, e, f = matrix
                xs.append(a * px + c * py + e)
                ys.append(b * px + d * py + f)
    assert xs, "nothing drawn in the figure's sequence"
    return min(xs), min(ys), max(xs), max(ys)


def _times(m, n):
    """The matrix m then n (PDF's row-vector order: a `cm` operand m before the current matrix n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_parent_tree_leads_from_every_marked_sequence_to_its_element(tmp_path, lang):
    """What a reader uses to go from the text under the finger (or the cursor) to its paragraph or cell."""
    _, _, data = letter(tmp_path, lang)
    reader, root, texts, _, found = structure(data)
    parents = root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    by_page = {int(parents[k]): parents[k + 1] for k in range(0, len(parents), 2)}
    for number, page in enumerate(reader.pages):
        marks = by_page[int(page["/StructParents"])]
        assert len(marks) == len([key for key in texts if key[0] == number])
    owner = {}
    for _, _, element in found:
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, int):
                owner[(element.raw_get("/Pg").idnum, kid)] = element.indirect_reference.idnum
            elif kid is not None and kid.get_object().get("/Type") == "/MCR":
                mcr = kid.get_object()
                owner[(mcr.raw_get("/Pg").idnum, int(mcr["/MCID"]))] = element.indirect_reference.idnum
    for page in reader.pages:
        marks = by_page[int(page["/StructParents"])]
        for mcid, element in enumerate(marks):
            assert owner[(page.indirect_reference.idnum, mcid)] == element.idnum


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_paragraph_s_lines_are_one_marked_sequence(tmp_path, lang):
    """One marked-content sequence per paragraph (heading, cell) and page, not one per line: the same tree, read
    the same, with a third of the operators and parent tree entries (BENCHMARKS.md, session 42). A list item's
    body too: its bullet is drawn before it, not between its first line and the next."""
    _, blocks, data = letter(tmp_path, lang)
    reader, _, _, _, found = structure(data)
    longest = max((text for kind, text in blocks if kind == "p"), key=len)
    assert len(pdf.wrap(longest, pdf.STANDARD.regular, 9.5, pdf.WIDTH)) > 1
    (paragraph,) = [element for role, text, element in found if role == "/P" and flat(text) == flat(longest)]
    assert list(paragraph["/K"]) == [paragraph["/K"][0]] and isinstance(paragraph["/K"][0], int)
    for role, _, element in found:
        kids = [kid if isinstance(kid, int) else kid.get_object() for kid in element.get("/K", [])]
        pages = [
            None if isinstance(kid, int) else kid.raw_get("/Pg").idnum
            for kid in kids
            if isinstance(kid, int) or "/S" not in kid
        ]
        assert len(pages) == len(set(pages)), role


def test_a_table_s_header_row_repeated_over_the_page_is_read_once(tmp_path):
    """L-MANY's thirty invoices go over the page, their header row again on top of page 2: the page's
    furniture there (an artifact), or a screen reader reads the table's header twice, once as a row of it."""
    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger
    from incasso.ledger.model import Channel
    from incasso.letters.due import NO_RECORD, letters_due
    from incasso.letters.view import letter_view
    from tests.support.letters import AS_OF, LETTERS_LEDGER

    ledger = load_ledger(LETTERS_LEDGER)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-MANY"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    data, pages = pdf.render_pdf(view, blocks)
    _, _, texts, loose, found = structure(data)
    assert pages == 2 and loose == []
    assert view.invoices.columns[0] in pdf_text(data)[1]  # drawn again on page 2 ...
    header = [text for role, text, _ in found if role == "/TH"]
    assert header.count(view.invoices.columns[0]) == 1  # ... and read once


def test_a_plan_s_table_has_no_header_cell_without_a_name(tmp_path):
    """The instalments' number column has no heading: a plain cell, not an empty TH (read as "blank")."""
    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger
    from incasso.ledger.model import Channel
    from incasso.letters.due import NO_RECORD, letters_due
    from incasso.letters.view import letter_view
    from tests.support.letters import AS_OF, LETTERS_LEDGER

    ledger = load_ledger(LETTERS_LEDGER)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-PLAN"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.plan is not None and view.plan.columns[0] == ""
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    _, _, _, _, found = structure(pdf.render_pdf(view, blocks)[0])
    headers = [text for role, text, _ in found if role == "/TH"]
    assert "" not in headers and all(column in headers for column in view.plan.columns[1:])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", {"2. 15 nov 2026 200,00 — Te laat": "geen", "3. 15 dec 2026 200,00 — Komt nog": "nog niet"}),
        ("en", {"2. 15 Nov 2026 200.00 — Overdue": "none", "3. 15 Dec 2026 200.00 — Upcoming": "not yet"}),
    ],
)
def test_an_instalment_still_to_come_with_nothing_paid_is_read_out_as_not_yet(lang, expected):
    """s52: the letter's "—" under "Betaald" was read out as "geen" of every instalment, also of one still to come
    ("paid: none" says it was missed). As the page says it: "geen" once overdue, "nog niet" while to come."""
    from dataclasses import replace

    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger
    from incasso.ledger.model import Channel
    from incasso.letters.due import NO_RECORD, letters_due
    from incasso.letters.view import letter_view
    from tests.support.letters import AS_OF, LETTERS_LEDGER

    ledger = load_ledger(LETTERS_LEDGER)
    debtor = replace(next(d for d in ledger.debtors if d.id == "L-PLAN-MISSED"), language=lang)
    claim = assess(ledger, debtor, AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    _, _, _, _, found = structure(pdf.render_pdf(view, blocks)[0])
    said = {
        text: str(cell["/Alt"])
        for role, text, row in found
        if role == "/TR"
        for cell in (kid.get_object() for kid in row["/K"])
        if "/Alt" in cell
    }
    assert said == expected


# -- every letter the demo writes ------------------------------------------------------------------------------------

# The demo's days its pages and letters are read on: today, a final notice's term running, its last days, its term over.
DEMO_DAYS = ("2026-11-22", "2026-11-24", "2026-12-02", "2026-12-04")


def _demo_letters():
    """(day, debtor, letter kind, opening, language) of every PDF the demo's builds write on DEMO_DAYS, each in Dutch
    and English: the openings this session added among them, where a letter of that day uses one."""
    from dataclasses import replace
    from datetime import date

    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger
    from incasso.ledger.model import Channel
    from incasso.letters.due import NO_RECORD, letters_due
    from incasso.letters.view import letter_view
    from tests.support.letters import AS_OF, LETTERS_LEDGER
    from tests.support.site import DEMO_LEDGER, ledger_as_built

    # The letters' own test ledger too: a letter of each kind and opening (a handover, an answered dispute's ...).
    built = [(date.fromisoformat(day), ledger_as_built(DEMO_LEDGER, date.fromisoformat(day))) for day in DEMO_DAYS]
    for as_of, ledger in [*built, (AS_OF, load_ledger(LETTERS_LEDGER))]:
        day = as_of.isoformat()
        for debtor in ledger.debtors:
            for lang in ("nl", "en"):
                spoken = replace(debtor, language=lang)
                claim = assess(ledger, spoken, as_of)
                for due in letters_due(claim, NO_RECORD):
                    view = letter_view(ledger, claim, due, Channel.LETTER)
                    yield pytest.param(view, id=f"{day}-{debtor.id}-{view.opening}-{lang}")


@pytest.mark.parametrize("view", list(_demo_letters()))
def test_every_letter_the_demo_writes_is_tagged_every_word_in_the_tree(view):
    """The tagging test above reads one dunning letter; a letter of another kind, or with an opening added later, must
    be as fully tagged: every block of its text, its payment box and its closing in the structure tree, nothing
    outside it but the page's furniture."""
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    data, _ = pdf.render_pdf(view, blocks)
    reader, root, _, loose, found = structure(data)
    assert root["/MarkInfo"]["/Marked"].value is True
    assert loose == [], "text neither tagged nor an artifact"
    tagged = flat(found[-1][1])
    said = [text for _, text in blocks] + [view.salutation, view.subject, *view.closing]
    if view.pay is not None:
        said += [view.pay.hint, view.pay.warning, view.pay.scan]
    for text in said:
        assert flat(text) in tagged
    assert flat(view.footer) not in tagged
