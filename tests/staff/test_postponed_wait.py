"""s50: a dossier whose next step a `postpone` holds back, and what follows a wait that held back the call.

A clerk's week (session 49) found two things. A postponed dossier's status said "Loopt" (running) beside "Bellen
vanaf 30 nov 2026": it waits, as a promise or a plan does, and the badge now says so, by who asked. And after a
counsellor's wait the next step went straight to the final notice: the call the wait held back was dropped once the
policy's day for the final notice (the dunning letter + 14 days) had passed during the wait, although the page had
told the debtor "wij bellen u, maar pas na ..." beside a promise (statement.steps.missed_step_held) and the dossier
had said "Bellen" for the first days of the wait. The policy's call stands until the final notice is due; a wait
moves the step, it does not take it (docs/computation.md, the escalation policy). Now the call comes first after the
wait, and uncalled, the final notice follows the policy's days between the two after it.

A consumer (D-1001 of tests.support.ledgers), 1,250.00 due 4 February 2026, reminded on 5 February, dunned on 19
February: the call is due on 26 February, the final notice on 5 March.
"""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import ActionKind
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.language import speaking
from incasso.staff.search import search_fields
from incasso.staff.view import staff_book, status_badge
from incasso.statement.view import statement_view
from tests.support.ledgers import (
    ADMINISTRATOR,
    COUNSELLOR,
    event,
    one_debtor_ledger,
    valid_creditor,
    valid_debtor,
    write_ledger,
)
from tests.support.site import build_site

DUNNED = date(2026, 2, 19)
STEPS = [event(date(2026, 2, 5), "reminder"), event(DUNNED, "dunning")]
UNTIL = date(2026, 4, 1)  # the wait's end: the step may be taken from this day
ACTING = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR, None: None}


def _pause(asked_by: str | None = "representative", on: date = date(2026, 2, 21), until: date = UNTIL) -> dict:
    pause = event(on, "postpone", until=until, reason="Schuldhulpverlener maakt een inventarisatie.")
    if asked_by is not None:
        pause["asked_by"] = asked_by
    return pause


def _ledger(tmp_path, events, role="counsellor"):
    acting = ACTING[role]
    more = {"representative": {**acting, "since": "2026-02-01"}} if acting else {}
    return one_debtor_ledger(tmp_path, events=events, **more)


def _claim(tmp_path, events, day, role="counsellor"):
    ledger = _ledger(tmp_path, events, role)
    return assess(ledger, ledger.debtors[0], day)


# -- the badge ---------------------------------------------------------------------------------------------------

BADGE = {
    (Language.NL, "representative", "counsellor"): "Gepauzeerd: uitstel op verzoek van de schuldhulpverlener",
    (Language.NL, "representative", "administrator"): "Gepauzeerd: uitstel op verzoek van de bewindvoerder",
    (Language.NL, "debtor", None): "Gepauzeerd: uitstel op verzoek van de debiteur",
    (Language.NL, None, None): "Gepauzeerd: uitstel",
    (Language.EN, "representative", "counsellor"): "Paused: postponed at the debt counsellor's request",
    (Language.EN, "debtor", None): "Paused: postponed at the debtor's request",
    (Language.EN, None, None): "Paused: postponed",
}


@pytest.mark.parametrize(("language", "asked_by", "role"), list(BADGE))
def test_a_postponed_dossier_is_shown_waiting_by_who_asked_not_running(tmp_path, language, asked_by, role):
    claim = _claim(tmp_path, [*STEPS, _pause(asked_by)], date(2026, 3, 10), role)
    assert claim.next_action is not None and claim.next_action.postponed is not None
    with speaking(language):
        badge = status_badge(claim)
        assert badge.text == BADGE[(language, asked_by, role)]
        assert badge.text in search_fields(claim)  # found as the overview names it
    assert "paused" in badge.css


def test_once_the_wait_is_over_the_dossier_runs_again(tmp_path):
    claim = _claim(tmp_path, [*STEPS, _pause()], UNTIL)
    assert claim.next_action is not None and claim.next_action.is_due(UNTIL)
    with speaking(Language.NL):
        assert status_badge(claim).text == "Loopt"


def test_the_overview_of_a_real_build_shows_the_wait(tmp_path):
    debtor = valid_debtor(events=[*STEPS, _pause("debtor")])
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=[debtor])
    site = build_site(tmp_path / "site", ledger=root, as_of=date(2026, 3, 10))
    assert site.exit_code == 0
    for page in (site.internal / "index.html", site.internal / "d" / "D-1001.html"):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())
        assert "Gepauzeerd: uitstel op verzoek van de debiteur" in text, page
        assert "Loopt" not in text, page


# -- the call the wait held back -----------------------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2026, 2, 25), date(2026, 3, 10), UNTIL, date(2026, 4, 7)])
def test_the_call_the_wait_held_back_comes_first_after_it(tmp_path, day):
    """Before: "Bellen" until 4 March, then "Sommatie sturen vanaf 1 april" from 5 March on, and the final notice
    on 1 April without a call."""
    action = _claim(tmp_path, [*STEPS, _pause()], day).next_action
    assert action is not None
    assert (action.kind, action.due) == (ActionKind.CALL, UNTIL)


def test_uncalled_the_final_notice_follows_the_policy_s_days_between_call_and_notice_after_the_wait(tmp_path):
    claim = _claim(tmp_path, [*STEPS, _pause()], date(2026, 4, 8))
    action = claim.next_action
    assert action is not None
    assert (action.kind, action.due, action.postponed) == (ActionKind.FINAL_NOTICE, date(2026, 4, 8), None)


def test_a_call_during_the_wait_leaves_the_final_notice_on_the_wait_s_end(tmp_path):
    call = event(date(2026, 3, 2), "call", channel="phone", spoke_with="Jan Smit")
    action = _claim(tmp_path, [*STEPS, _pause(), call], UNTIL).next_action
    assert action is not None
    assert (action.kind, action.due) == (ActionKind.FINAL_NOTICE, UNTIL)


def test_a_wait_recorded_once_the_final_notice_was_due_moves_the_final_notice_itself(tmp_path):
    """On 10 March the call's week had passed: the step was the final notice, and the wait moved that."""
    action = _claim(tmp_path, [*STEPS, _pause(on=date(2026, 3, 10))], UNTIL).next_action
    assert action is not None
    assert (action.kind, action.due) == (ActionKind.FINAL_NOTICE, UNTIL)


def test_a_short_wait_in_the_call_s_week_gives_the_call_its_days_after_it(tmp_path):
    """Waiting until 1 March, two days before the final notice's day: the call on 1 March, a week to make it."""
    events = [*STEPS, _pause(until=date(2026, 3, 1))]
    assert _claim(tmp_path, events, date(2026, 3, 7)).next_action.kind == ActionKind.CALL
    action = _claim(tmp_path, events, date(2026, 3, 8)).next_action
    assert (action.kind, action.due) == (ActionKind.FINAL_NOTICE, date(2026, 3, 8))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, "Sommatie sturen sinds 8 april 2026: de aanmaning ging uit op 19 februari 2026, en het uitstel "
         "tot 1 april 2026 hield het bellen tegen. Na het uitstel is niet gebeld: het beleid is dan een sommatie 7 "
         "dagen daarna."),
        (Language.EN, "Send final notice, due since 8 April 2026: the formal reminder went out on 19 February 2026, and "
         "the wait until 1 April 2026 held the call back. Nobody called after the wait: the policy is then a final "
         "notice 7 days later."),
    ],
)  # fmt: skip
def test_the_dossier_says_why_the_final_notice_comes_a_week_after_the_wait(tmp_path, language, said):
    ledger = _ledger(tmp_path, [*STEPS, _pause()])
    day = date(2026, 4, 8)
    book = staff_book([assess(ledger, ledger.debtors[0], day)], ledger.creditor, day, "", lambda c: "s/")
    with speaking(language):
        page = dossier_page(book, book.rows[0])
    assert said in [line.text for line in page.next]


def test_the_call_s_record_box_gives_the_final_notice_s_day_after_the_wait(tmp_path):
    ledger = _ledger(tmp_path, [*STEPS, _pause()])
    book = staff_book([assess(ledger, ledger.debtors[0], UNTIL)], ledger.creditor, UNTIL, "", lambda c: "s/")
    with speaking(Language.NL):
        page = dossier_page(book, book.rows[0])
    assert page.record is not None and "de sommatie volgt vanaf 8 april 2026." in page.record.intro


def test_the_page_after_the_wait_gives_the_day_before_the_final_notice_not_the_wait_s_eve(tmp_path):
    """On 3 April the call is due: the page's day to pay before the final notice is 7 April, not 31 March."""
    ledger = _ledger(tmp_path, [*STEPS, _pause()])
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 3))
    lines = statement_view(claim, ledger).next_steps
    assert any("uiterlijk 7 april 2026" in line for line in lines), lines
    assert not any("31 maart 2026" in line for line in lines), lines
