"""s53, real nightly builds: a reminder written on Friday 4 December 2026 to a debtor in Antwerp (D-ABROAD) and to one
in Utrecht (D-HOME), both with an e-mail address too, each with one invoice due the day before.

At home the reminder arrives on Tuesday 8 December (2 PostNL delivery days: Saturday 5, Tuesday 8) and asks payment
by the 17th, the eve of the dunning letter 14 days after it. Posted to Antwerp it arrives on Friday 18 December (10
delivery days), 10 days later; until s53 it still asked by the 17th, a day gone before it could be read, and the
dunning letter followed on the 18th, the day it arrived. Now the wait counts those 10 days too
(claims.timing.step_after_letter): the reminder asks by the 27th, and the dunning letter follows on the 28th. That
letter, posted on Monday 28 December, arrives on 12 January 2027 (no post on New Year's Day), 13 days after the 30th
at home: it asks by 23 January, the eve of the final notice (14 + 13 days after it). The PDF, the e-mail beside it,
the page, claims.json, the staff overview and dossier and the change list all give those days."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import day_letters_text
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

FRIDAY = date(2026, 12, 4)
ADDRESSES = {"D-ABROAD": ["Meir 24", "2000 Antwerpen", "België"], "D-HOME": ["Dorpsstraat 1", "3511 AB Utrecht"]}
NIGHTS = [FRIDAY, date(2026, 12, 18), date(2026, 12, 28)]
# What each reminder asks by, and the day its dunning letter is due.
REMINDER_ASKS = {"D-ABROAD": "27 december 2026", "D-HOME": "17 december 2026"}
DUNNING_DUE = {"D-ABROAD": date(2026, 12, 28), "D-HOME": date(2026, 12, 18)}


def _build(tmp_path: Path, night: date):
    """A night's build into the same folders as the night before; the reminders recorded from the night after."""
    reminded = [event(FRIDAY, "reminder", channel="letter")] if night > FRIDAY else []
    debtors = [
        valid_debtor(
            id=debtor_id,
            invoices=[invoice(number=f"F2026-{debtor_id[2:]}", date=date(2026, 11, 3), due=date(2026, 12, 3))],
            events=reminded,
            **{"contact.address": address},
        )
        for debtor_id, address in ADDRESSES.items()
    ]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
    # No INCASSO_SECRET (a local address): a build without it may look ahead of today, as these nights do.
    site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night: the claims, the pages' text, the letters' text (PDF and e-mail), the staff overview, the dossiers
    and the change list."""
    tmp_path = tmp_path_factory.mktemp("abroad")
    built = {}
    for night in NIGHTS:
        site = _build(tmp_path, night)
        claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
        letters = day_letters_text(site.internal / "letters")
        built[night] = {
            "claims": claims,
            "pages": {i: page_text(site, c) for i, c in claims.items()},
            "letters": letters,
            "overview": visible_text((site.internal / "index.html").read_text(encoding="utf-8")),
            "dossiers": {
                i: visible_text((site.internal / "d" / f"{i}.html").read_text(encoding="utf-8")) for i in claims
            },
            "changes": (site.internal / "changes.md").read_text(encoding="utf-8"),
        }
    return built


@pytest.mark.parametrize("debtor_id", list(ADDRESSES))
def test_friday_s_reminder_asks_by_a_day_after_it_arrives_in_the_pdf_the_e_mail_and_the_page(nights, debtor_id):
    friday = nights[FRIDAY]
    asked = f"Betaal uiterlijk {REMINDER_ASKS[debtor_id]}"
    for name in (f"{debtor_id}-reminder.pdf", f"{debtor_id}-reminder.eml"):
        assert asked in friday["letters"][name], (name, friday["letters"][name])
    assert asked in friday["pages"][debtor_id]
    if debtor_id == "D-ABROAD":  # not the day before it arrives (the 18th), as until s53
        assert "17 december" not in friday["letters"]["D-ABROAD-reminder.pdf"] + friday["pages"]["D-ABROAD"]


@pytest.mark.parametrize("debtor_id", list(ADDRESSES))
def test_the_dunning_letter_comes_the_day_after_the_day_the_reminder_gave_and_not_before(nights, debtor_id):
    due = DUNNING_DUE[debtor_id]
    for night in NIGHTS[1:]:
        built = nights[night]
        action = built["claims"][debtor_id]["next_action"]
        assert (action["kind"], action["due"]) == ("dunning", due.isoformat()), (night, action)
        assert (f"{debtor_id}-dunning.pdf" in built["letters"]) == (night >= due), night
    # The 18th: the page in Antwerp still asks by the reminder's day; the change list names only the letter due.
    eighteenth = nights[date(2026, 12, 18)]
    assert "Betaal uiterlijk 27 december 2026" in eighteenth["pages"]["D-ABROAD"]
    (due_now,) = [line for line in eighteenth["changes"].splitlines() if "Aanmaning sturen" in line]
    assert due_now.startswith("- D-HOME ")
    assert "- D-ABROAD " in nights[date(2026, 12, 28)]["changes"].split("## Nieuw aan de beurt")[1].split("##")[0]


def test_the_staff_overview_and_the_dossier_give_the_later_day_and_say_why(nights):
    eighteenth = nights[date(2026, 12, 18)]
    assert "Aanmaning sturen vanaf 28 dec 2026" in eighteenth["overview"], eighteenth["overview"]
    dossier = eighteenth["dossiers"]["D-ABROAD"]
    assert "Aanmaning sturen op 28 december 2026 als er dan nog niet (helemaal) betaald is" in dossier, dossier
    said = (
        "Per post naar het buitenland: de brief van 4 december 2026 komt naar verwachting op 18 december 2026 aan, "
        "10 dagen later dan binnen Nederland."
    )
    assert said in dossier
    assert "buitenland: de brief" not in eighteenth["dossiers"]["D-HOME"]


def test_the_dunning_letter_posted_abroad_asks_by_the_eve_of_the_final_notice_counted_from_its_later_arrival(nights):
    built = nights[date(2026, 12, 28)]
    asked = "Betaal uiterlijk 23 januari 2027"  # 28 December + 14 days + the 13 days it arrives later, less one
    for name in ("D-ABROAD-dunning.pdf", "D-ABROAD-dunning.eml"):
        assert asked in built["letters"][name], (name, built["letters"][name])
    assert asked in built["pages"]["D-ABROAD"]
    # At home the dunning letter (due since the 18th, written again tonight) asks by 14 days after it, less one.
    assert "Betaal uiterlijk 10 januari 2027" in built["letters"]["D-HOME-dunning.pdf"]
