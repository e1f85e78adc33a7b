"""The head of a letter's first page with the longest values a valid ledger allows, in both envelope windows.

The letterhead (the creditor's name, address, phone, e-mail, KVK, VAT and IBAN), the address in the window,
the reference block (payment reference, customer number) and the place and date, read back from the PDF:
each piece of text's ink box as pdfium measures it. Nothing overlaps, nothing leaves the margins, nothing but
the address (and the return address above it) is where the window may show the letter, and all of it stands
above the subject, so above the first fold. What no layout holds, `incasso check` refuses at its place.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.cli.main import main
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from pelican.plugins.incasso import checks
from pelican.plugins.incasso.letters import pdf
from pelican.plugins.incasso.letters.envelope import ENVELOPES, Area
from tests import golden
from tests.support.letters import AS_OF, LETTERS_LEDGER

MM = 72 / 25.4
WINDOWS = ["right", "left"]
# The widest id the ledger format allows (docs/ledger-format.md): 40 characters, 21 letters and digits (the
# payment reference is made of them), the widest of each: W and _.
LONGEST_ID = "W_" * 19 + "WW"
# A long, real-looking e-mail address and the longest SEPA IBAN (Malta, 31 characters: 38 as letters print it).
LONG_EMAIL = "debiteurenadministratie.vaartscherijn@installatietechniek-utrecht.example.nl"
LONG_IBAN, LONG_BIC = "MT84MALT011000012345MTLCAST001S", "MALTMTMT"
LONG_NAME = "Coöperatieve Installatietechniek en Woningonderhoud Vaartsche Rijn U.A."[:70]


@dataclass(frozen=True)
class Box:
    text: str
    left: float  # points from the page's top left corner
    top: float
    right: float
    bottom: float

    def meets(self, other: Area | Box, slack: float = 0.0) -> bool:
        return (
            self.left < other.right - slack
            and self.right > other.left + slack
            and self.top < other.bottom - slack
            and self.bottom > other.top + slack
        )


def head_boxes(data: bytes) -> list[Box]:
    """Every line of text on page 1 down to the subject, as the ink pdfium finds (one box per text segment)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(data)[0]
    text, height = page.get_textpage(), page.get_height()
    boxes = []
    for n in range(text.count_rects()):
        left, bottom, right, top = text.get_rect(n)
        if height - top < pdf.SUBJECT_TOP + 4 * MM:  # the subject's line (at 96 mm) and all above it
            said = text.get_text_bounded(left, bottom, right, top).strip()
            boxes.append(Box(said, left, height - top, right, height - bottom))
    return boxes


def assert_head_holds(data: bytes, window: str) -> list[Box]:
    """The head of `data`'s first page laid out as it must be for the envelope `window`."""
    envelope = ENVELOPES[window]
    boxes = head_boxes(data)
    for box in boxes:
        assert box.left >= pdf.LEFT - 1 and box.right <= pdf.RIGHT + 1, box  # within the margins
        if box.top < pdf.SUBJECT_TOP:
            assert box.bottom < pdf.SUBJECT_TOP, box  # above the subject, so above the first fold
        if box.meets(envelope.window_reach):  # only the address where the window may show the letter
            assert box.meets(envelope.address_area) and box.left >= envelope.address_area.left - 1, box
            assert box.right <= envelope.address_area.right + 1 and box.bottom <= envelope.address_area.bottom, box
    for n, box in enumerate(boxes):
        for other in boxes[n + 1 :]:
            assert not box.meets(other, slack=0.3), (box, other)  # ink boxes touch at most by a hair
    return boxes


def ledger_copy(folder: Path, window: str) -> Path:
    if window == "left":
        return golden.left_window_ledger(folder)
    return Path(shutil.copytree(LETTERS_LEDGER, folder / "ledger"))


def set_creditor(root: Path, **fields: str) -> None:
    """creditor.yaml's top-level `name`, `address` (YAML), `iban`, `bic` and the desk's `email` rewritten."""
    creditor = root / "creditor.yaml"
    text = creditor.read_text(encoding="utf-8")
    for field, value in fields.items():
        indent = "  " if field == "email" else ""
        text, count = re.subn(rf"(?m)^{indent}{field}: .*$", f"{indent}{field}: {value}", text, count=1)
        assert count == 1, field
    creditor.write_text(text, encoding="utf-8")


def rename_debtor(root: Path, old: str, new: str) -> None:
    dossier = root / "debtors" / f"{old}.yaml"
    text = dossier.read_text(encoding="utf-8").replace(f"id: {old}", f"id: {new}", 1)
    dossier.unlink()
    (root / "debtors" / f"{new}.yaml").write_text(text, encoding="utf-8")


def rendered(root: Path, debtor_id: str, window: str) -> bytes:
    ledger = load_ledger(root)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == debtor_id), AS_OF)
    due = next(iter(letters_due(claim, NO_RECORD)))
    view = letter_view(ledger, claim, due, Channel.LETTER)
    return pdf.render_pdf(view, (), ENVELOPES[window])[0]


def yaml_list(lines: list[str]) -> str:
    return "[" + ", ".join(f'"{line}"' for line in lines) + "]"


def accepted(root: Path) -> bool:
    ledger = load_ledger(root)
    return not checks.letterhead_problems(ledger.creditor, ENVELOPES[ledger.creditor.policy.envelope_window])


# -- the reference block: the longest customer number and payment reference -----------------------------------


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("debtor", ["L-REMIND", "L-LUKASZ"])  # drawn in Liberation Sans, and in DejaVu Sans (wider)
def test_the_longest_customer_number_stays_beside_the_window_and_above_the_date(tmp_path, window, debtor):
    root = ledger_copy(tmp_path, window)
    rename_debtor(root, debtor, LONGEST_ID)
    set_creditor(root, address=yaml_list(["Vlampijpstraat 48", "2900 AA Capelle aan den IJssel-Schollevaar"]))
    boxes = assert_head_holds(rendered(root, LONGEST_ID, window), window)
    reference_left = ENVELOPES[window].reference_left
    top = ENVELOPES[window].address_area.top - 1 * MM  # the block starts level with the address
    block = [box for box in boxes if abs(box.left - reference_left) < 1.5 and top < box.top < pdf.SUBJECT_TOP]
    said = "".join(box.text for box in block)
    assert LONGEST_ID in said and "RF" in said  # all of it, broken over lines, nothing cut off
    assert all(box.right <= reference_left + pdf.reference_width(ENVELOPES[window]) + 1 for box in block)
    dated = next(box for box in block if "Capelle" in box.text)  # with the longest place, broken before the date
    assert dated.top >= max(box.bottom for box in block[: block.index(dated)])  # the date below the numbers


@pytest.mark.parametrize("window", WINDOWS)
def test_a_long_place_and_date_is_broken_beside_the_window_not_set_tiny(tmp_path, window):
    """'Capelle aan den IJssel-Schollevaar, 24 november 2026' at 9.5 pt reached into a right window's reach."""
    root = ledger_copy(tmp_path, window)
    set_creditor(root, address=yaml_list(["Vlampijpstraat 48", "2900 AA Capelle aan den IJssel-Schollevaar"]))
    boxes = assert_head_holds(rendered(root, "L-REMIND", window), window)
    left = ENVELOPES[window].reference_left
    dated = [box for box in boxes if abs(box.left - left) < 1.5 and ("Capelle" in box.text or "2026" in box.text)]
    assert " ".join(box.text for box in dated) == "Capelle aan den IJssel-Schollevaar, 24 november 2026"


def test_a_value_is_set_smaller_then_broken_after_a_separator():
    font, width = pdf.STANDARD.regular, 50 * MM
    assert pdf.value_lines("L-FINAL", font, width) == (9.5, ["L-FINAL"])
    size, lines = pdf.value_lines(LONGEST_ID, font, width)
    assert size == pdf.VALUE_FLOOR and "".join(lines) == LONGEST_ID and len(lines) == 2
    assert lines[0].endswith("_") and all(pdf.text_width(line, font, size) <= width for line in lines)
    size, lines = pdf.value_lines("RF45 WWWW WWWW WWWW WWWW WWWW W", font, width)
    assert lines == ["RF45 WWWW WWWW WWWW", "WWWW WWWW W"]  # between the groups


# -- the letterhead: as long as a ledger may write it -----------------------------------------------------------


def longest_accepted_address(root: Path, line: str) -> list[str]:
    """The most address lines like `line` the check accepts for this creditor (and that one more is refused)."""
    lines = ["Postbus 1001", "3500 BA Utrecht"]
    for _ in range(20):  # a letterhead has room for far fewer
        set_creditor(root, address=yaml_list([line, *lines]))
        if not accepted(root):
            set_creditor(root, address=yaml_list(lines))
            assert accepted(root)
            return lines
        lines = [line, *lines]
    raise AssertionError("the check accepts a letterhead of any length")


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("debtor", ["L-REMIND", "L-LUKASZ", "L-FINAL-EN"])  # in DejaVu Sans, in English
def test_the_longest_letterhead_check_accepts_stays_above_the_window(tmp_path, window, debtor):
    """What the check accepts a letter draws: in both fonts, with both languages' labels ("Telefoon", "Phone")."""
    root = ledger_copy(tmp_path, window)
    set_creditor(root, name=f'"{LONG_NAME}"', email=LONG_EMAIL, iban=LONG_IBAN, bic=LONG_BIC)
    lines = longest_accepted_address(root, "Gebouw De Vaartsche Poort, 3e etage")
    assert len(lines) >= 5  # a long address with every detail: more than one column beside the name held (7 in all)
    boxes = assert_head_holds(rendered(root, debtor, window), window)
    said = " ".join(box.text for box in boxes)
    for part in (*lines, LONG_EMAIL, "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "30274519"):
        assert part in said, part
    assert LONG_NAME[:40] in said


@pytest.mark.parametrize("window", WINDOWS)
def test_a_letterhead_that_fits_beside_the_name_keeps_its_place_and_one_more_line_moves_it(tmp_path, window):
    """Seven lines stand beside the name, as every letter had them; an eighth reached into the window's reach
    (the envelope would show it, and in a left window it ran into the reference block): the address then
    stands under the name, the details on the right."""
    root = ledger_copy(tmp_path, window)
    seven = assert_head_holds(rendered(root, "L-REMIND", window), window)
    street = next(box for box in seven if box.text.startswith("Vlampijpstraat"))
    assert street.right == pytest.approx(pdf.RIGHT, abs=1) and street.top < 20 * MM
    set_creditor(root, address=yaml_list(["t.a.v. Debiteurenbeheer", "Vlampijpstraat 48", "3534 AR Utrecht"]))
    eight = assert_head_holds(rendered(root, "L-REMIND", window), window)
    street = next(box for box in eight if box.text.startswith("Vlampijpstraat"))
    assert street.left == pytest.approx(pdf.LEFT, abs=1)


def test_check_refuses_a_letterhead_no_layout_holds_at_its_place_saying_what_fits(tmp_path, capsys):
    root = ledger_copy(tmp_path, "right")
    set_creditor(root, address=yaml_list([f"Regel {n}" for n in range(1, 9)]))
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--quiet"]) != 0
    said = capsys.readouterr().err
    assert re.search(r"creditor\.yaml:5:\d+: address: with the name, phone, e-mail, KVK, VAT and IBAN, the", said)
    assert "(8 lines; beside the other details at most 5, each at most" in said
    ledger_root = ledger_copy(tmp_path / "left", "left")
    set_creditor(ledger_root, address=yaml_list([f"Regel {n}" for n in range(1, 9)]))
    ledger = load_ledger(ledger_root)
    with pytest.raises(pdf.LetterDoesNotFit):
        rendered(ledger_root, "L-REMIND", "left")
    (problem,) = checks.letterhead_problems(ledger.creditor, ENVELOPES["left"])
    assert problem.field == "address"


def test_a_letterhead_name_or_e_mail_too_wide_for_any_layout_is_refused_at_its_field(tmp_path):
    root = ledger_copy(tmp_path, "right")
    set_creditor(root, name='"' + "W" * 40 + " " + "W" * 25 + '"')  # 65 characters, 70 allowed
    ledger = load_ledger(root)
    (problem,) = checks.letterhead_problems(ledger.creditor)
    assert (problem.field, problem.source.line) == ("name", 2)
    set_creditor(
        root,
        name="Vaartsche Rijn B.V.",
        email="d" * 64 + "@vaartscherijn-installatietechniek-en-woningonderhoud-utrecht.example.nl",
    )
    (problem,) = checks.letterhead_problems(load_ledger(root).creditor)
    assert problem.field == "contact.email" and "too long for the letters' letterhead" in str(problem)


def test_a_name_too_wide_for_the_return_address_alone_is_named_at_the_name_not_the_address(tmp_path):
    # s45 review 2: in the left window the name stands alone above the address; wider than the window even in 6 pt,
    # no shorter address makes room, so the note points at the name (its line), not at the address.
    root = ledger_copy(tmp_path, "left")
    set_creditor(root, name='"INSTALLATIETECHNIEK EN WONINGONDERHOUD VAARTSCHE RIJN B.V."')
    creditor = load_ledger(root).creditor
    assert not checks.letterhead_problems(creditor, ENVELOPES["left"])  # the letterhead holds it
    (note,) = checks.return_address_notes(creditor)
    assert note.startswith(f"{root / 'creditor.yaml'}:2:7: name: too wide for the return address"), note
    assert "even alone on its line in 6 pt type (at most 72 mm)" in note and "Shorten the address" not in note, note
    set_creditor(root, name='"Installatietechniek en Woningonderhoud Vaartsche Rijn B.V."')  # fits alone
    assert not checks.return_address_notes(load_ledger(root).creditor)


# -- the address in a left window: on the letter's left margin ---------------------------------------------------


def test_a_left_window_address_starts_on_the_letter_s_margin_in_line_with_the_text(tmp_path):
    """DIN 5008 B: the address field from 20 mm, its text 5 mm inside it, on the margin (25 mm) the text keeps."""
    root = ledger_copy(tmp_path, "left")
    boxes = head_boxes(rendered(root, "L-REMIND", "left"))
    area = ENVELOPES["left"].address_area
    assert area.left == pytest.approx(pdf.LEFT)
    inside = [box for box in boxes if box.meets(area)]
    assert len(inside) >= 4 and all(box.left == pytest.approx(pdf.LEFT, abs=0.6 * MM) for box in inside)
    subject = next(box for box in boxes if box.top >= pdf.SUBJECT_TOP)
    assert subject.left == pytest.approx(pdf.LEFT, abs=0.6 * MM)
