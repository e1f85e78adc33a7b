"""Real builds on days no post is counted as collected: the overview's today's work and the print file say so.

A build writes the day's letters on a Sunday and on New Year's Day too, dated that day (docs/letters.md, "Weekends and
holidays"), and a posted letter of such a day counts its receipt from the next day post is collected
(law.calendar.posting_day). The clerk reading that day's overview, and the print room handed its print file, were
told neither: now the overview says it once, above today's work, and the print file's title names the day to post.
The ledger is the year change's (tests/site/test_year_change_build.py): D-2001's dunning letter, by post, falls due on
New Year's Day and is written again each night until it is recorded.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.site.test_year_change_build import DEBTORS
from tests.support.ledgers import valid_creditor, write_ledger
from tests.support.letters import flat, pdf_text

pytestmark = pytest.mark.slow

NOTE = re.compile(r'<p class="notice no-post">(.*?)</p>', re.S)
THEN = "Een sommatie telt dan vanaf die dag, en de build van die dag schrijft opnieuw wat nog nodig is."


def _build(tmp_path: Path, as_of: str, *extra: str) -> Path:
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=DEBTORS)
    internal = tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(tmp_path / "out")]
    args += ["--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet", *extra]
    assert main(args) == 0
    return internal


def _notes(internal: Path) -> list[str]:
    """The no-post notes on the overview, as read (tags and entities gone)."""
    overview = (internal / "index.html").read_text(encoding="utf-8")
    return [" ".join(html.unescape(found).split()) for found in NOTE.findall(overview)]


def _today(internal: Path) -> str:
    """The overview's today's work: its section, from its heading to the next section."""
    overview = (internal / "index.html").read_text(encoding="utf-8")
    return overview.split('<section id="vandaag">', 1)[1].split("</section>", 1)[0]


def _print_title(internal: Path, day: str) -> str:
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(internal / "letters" / f"print-{day}.pdf").get_metadata_dict()["Title"]


def _dunning(internal: Path) -> str:
    return flat(" ".join(pdf_text((internal / "letters" / "D-2001-dunning.pdf").read_bytes())))


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[str, tuple[list[str], str, str, str]]:
    """New Year's Day (a Friday), the Sunday after and the Monday, one night after the other into the same folders:
    each night's notes, today's work, the print file's title and D-2001's dunning letter."""
    tmp_path = tmp_path_factory.mktemp("nopost")
    built = {}
    for day in ("2027-01-01", "2027-01-03", "2027-01-04"):
        internal = _build(tmp_path, day)
        built[day] = (_notes(internal), _today(internal), _print_title(internal, day), _dunning(internal))
    return built


def test_new_years_day_names_the_holiday_and_the_monday_the_letters_go(nights):
    notes, today, title, _ = nights["2027-01-01"]
    said = "Vandaag (Nieuwjaarsdag) telt als dag zonder post: post de brieven op maandag 4 januari 2027."
    assert notes == [f"{said} {THEN}"]
    assert NOTE.search(today), "said in today's work"
    assert title == "Brieven om te versturen, 1 januari 2027, te posten op maandag 4 januari 2027: brief 1 tot en met 2"


def test_a_sunday_says_so_and_names_the_monday(nights):
    notes, today, title, _ = nights["2027-01-03"]
    said = "Vandaag (zondag) telt als dag zonder post: post de brieven op maandag 4 januari 2027."
    assert notes == [f"{said} {THEN}"]
    assert NOTE.search(today)
    assert title == "Brieven om te versturen, 3 januari 2027, te posten op maandag 4 januari 2027: brief 1 tot en met 2"


def test_a_weekday_with_post_has_no_such_line_and_its_print_file_its_plain_title(nights):
    notes, today, title, _ = nights["2027-01-04"]
    assert notes == []
    assert "zonder post" not in today
    assert title == "Brieven om te versturen, 4 januari 2027: brief 1 tot en met 2"


def test_the_monday_build_writes_the_holidays_step_again_dated_that_day(nights):
    """What the note says of the next day's build holds: the step not recorded on New Year's Day or the Sunday is
    written again on Monday, dated Monday."""
    for day, dated in (
        ("2027-01-01", "1 januari 2027"),
        ("2027-01-03", "3 januari 2027"),
        ("2027-01-04", "4 januari 2027"),
    ):
        assert f"Klantnummer D-2001 Utrecht, {dated} Aanmaning" in nights[day][3], nights[day][3]


def test_in_english_the_staff_read_it_in_english(tmp_path):
    internal = _build(tmp_path, "2027-01-01", "--staff-language", "en")
    assert _notes(internal) == [
        "Today (New Year's Day) counts as a day without post: post the letters on Monday 4 January 2027. A final "
        "notice posted then counts from that day, and that day's build writes again any letter still needed."
    ]
    assert (
        _print_title(internal, "2027-01-01")
        == "Letters to send, 1 January 2027, to post on Monday 4 January 2027: letters 1 to 2 inclusive"
    )
