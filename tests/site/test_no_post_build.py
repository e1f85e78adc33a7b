"""Real builds on days no post is counted as collected: the overview's today's work and the print file say so.

A build writes the day's letters on a Sunday and on New Year's Day too, dated that day (docs/letters.md, "Weekends and
holidays"), and a posted letter of such a day counts its receipt from the next day post is collected
(law.calendar.posting_day). The clerk reading that day's overview, and the print room handed its print file, were
told neither: now the overview says it once, above today's work, and the print file's title names the next day with
post. What to post then is what the docs say: a step's letter from that day's build, which writes it again dated that
day (once told to post the holiday's on Monday, a clerk had two print files with the same steps on Monday), and a
confirmation from the holiday's letters, as no later build writes it.
The ledger is the year change's (tests/site/test_year_change_build.py): D-2001's dunning letter, by post, falls due on
New Year's Day and is written again each night until it is recorded; D-2005's promise, made on New Year's Day, is
confirmed by that day's build only.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from incasso.cli.main import main
from tests.site.test_year_change_build import DEBTORS
from tests.support.ledgers import event, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text

pytestmark = pytest.mark.slow

NOTE = re.compile(r'<p class="notice no-post">(.*?)</p>', re.S)
STEPS = "De build van die dag schrijft de stappen van vandaag opnieuw, met zijn eigen datum en bedragen: post die."
ONCE = "Bewaar de brief die alleen deze build schrijft (een bevestiging of bericht van overdracht) en post die dan."
# A promise made on New Year's Day, by phone: its confirmation is the one letter only that day's build writes.
PROMISED = valid_debtor(
    id="D-2005",
    events=[event(date(2027, 1, 1), "promise", channel="phone", promised_date=date(2027, 1, 29))],
)


def _build(tmp_path: Path, as_of: str, *extra: str) -> Path:
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[*DEBTORS, PROMISED])
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
    title = PdfReader(internal / "letters" / f"print-{day}.pdf").metadata.title
    assert title is not None
    return title


def _dunning(internal: Path) -> str:
    return flat(" ".join(pdf_text((internal / "letters" / "D-2001-dunning.pdf").read_bytes())))


def _letters(internal: Path) -> list[str]:
    return sorted(p.name for p in (internal / "letters").glob("*.pdf") if not p.name.startswith("print-"))


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[str, tuple[list[str], str, str, str, list[str]]]:
    """New Year's Day (a Friday), the Sunday after and the Monday, one night after the other into the same folders:
    each night's notes, today's work, the print file's title, D-2001's dunning letter and the letters to post."""
    tmp_path = tmp_path_factory.mktemp("nopost")
    built = {}
    for day in ("2027-01-01", "2027-01-03", "2027-01-04"):
        internal = _build(tmp_path, day)
        built[day] = (_notes(internal), _today(internal), _print_title(internal, day), _dunning(internal))
        built[day] += (_letters(internal),)
    return built


def test_on_new_years_day_the_steps_go_from_mondays_build_and_the_confirmation_from_todays(nights):
    """The dunning letter and the reminder are written again on Monday, dated Monday: those are posted; the promise's
    confirmation only New Year's Day's build writes: kept, and posted on Monday from that day's letters."""
    notes, today, title, _, letters = nights["2027-01-01"]
    said = "Vandaag (Nieuwjaarsdag) telt als dag zonder post: de eerstvolgende dag met post is maandag 4 januari 2027."
    assert notes == [f"{said} {STEPS} {ONCE}"]
    assert NOTE.search(today), "said in today's work"
    assert "D-2005-promise.pdf" in letters and "D-2001-dunning.pdf" in letters
    assert title == (
        "Brieven van 1 januari 2027, dag zonder post: post op maandag 4 januari 2027 alleen de bevestiging of het "
        "bericht van overdracht; de build van die dag schrijft de stappen opnieuw: brief 1 tot en met 3"
    )
    assert "te posten op" not in title


def test_a_sunday_with_steps_only_says_mondays_build_writes_them_again(nights):
    """The promise was confirmed on Friday: Sunday's build does not write it again, and neither does Monday's."""
    notes, today, title, _, letters = nights["2027-01-03"]
    said = "Vandaag (zondag) telt als dag zonder post: de eerstvolgende dag met post is maandag 4 januari 2027."
    assert notes == [f"{said} {STEPS}"]
    assert NOTE.search(today)
    assert "D-2005-promise.pdf" not in letters and "D-2005-promise.pdf" not in nights["2027-01-04"][4]
    assert title == (
        "Brieven van 3 januari 2027, dag zonder post: de build van maandag 4 januari 2027 schrijft de stappen "
        "opnieuw: brief 1 tot en met 2"
    )


def test_a_weekday_with_post_has_no_such_line_and_its_print_file_its_plain_title(nights):
    notes, today, title, _, _ = nights["2027-01-04"]
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
        "Today (New Year's Day) counts as a day without post: the next day with post is Monday 4 January 2027. "
        "That day's build writes today's steps again, with its own date and amounts: post those. Keep the letter "
        "only this build writes (a confirmation or handover notice) to post then."
    ]
    assert _print_title(internal, "2027-01-01") == (
        "Letters of 1 January 2027, a day without post: on Monday 4 January 2027 post only the confirmation or "
        "handover notice; that day's build writes the steps again: letters 1 to 3 inclusive"
    )
