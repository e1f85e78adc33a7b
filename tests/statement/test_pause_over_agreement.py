"""s47: a counsellor asks the creditors to wait while a payment plan or a promise runs. A `postpone` never moves the
check of an instalment or a promise (docs/ledger-format.md, 'Postponing the next step'): it moves only the step a
miss leads to. The page said nothing of the wait granted, so the counsellor had nothing to show for it, and a
promise's steps said "Dan gaan wij verder met de incasso: wij sturen u een laatste brief" as if no wait held it.

Now the wait is said first, by role, then that it changes nothing of the promise or the instalments (not read as a
break from paying), when a miss brings the next step (only after the wait), and, over a plan, who can ask to change
the plan. s50: the wait and that it changes nothing are said at the page's top, on a phone's first screen; 'Wat gebeurt
er nu?' goes on from there. A consumer (D-1001 of tests.support.ledgers), 1,250.00 due 4 February 2026, reminded and dunned."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger, payment

STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
REASON = "Schuldhulpverlener maakt een inventarisatie."
# Five instalments of 250.00 on the first of April to August; April's paid.
PLAN = event(
    date(2026, 3, 10),
    "arrangement",
    installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)],
)
APRIL_PAID = [payment(date=date(2026, 4, 1), amount=Decimal("250.00"))]
PROMISE = event(date(2026, 3, 10), "promise", promised_date=date(2026, 5, 15))
ACTING = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR, None: None}
TODAY = date(2026, 4, 20)


def _view(tmp_path, events, *, language="nl", role="counsellor", payments=(), day=TODAY):
    acting = ACTING[role]
    more = {"representative": {**acting, "since": "2026-03-01"}} if acting else {}
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", events=events, payments=list(payments), language=language, **more
    )
    claim = assess(ledger, ledger.debtors[0], day)
    return claim, statement_view(claim, ledger)


def _pause(asked_by="representative", *, on=date(2026, 4, 15), until=date(2026, 7, 1)):
    pause = event(on, "postpone", until=until, reason=REASON)
    if asked_by is not None:
        pause["asked_by"] = asked_by
    return pause


WAIT = {
    "nl": "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 geen "
    "volgende stap.",
    "en": "Your debt counsellor asked us to wait. So we will take no further step up to and including 30 June 2026.",
}
PLAN_RUNS = {
    ("nl", "counsellor"): "Het wachten verandert niets aan uw betalingsregeling: de termijnen blijven op de "
    "afgesproken dagen. Betaalt u de termijn van 1 mei 2026 niet? Dan sturen wij u daarover pas na 30 juni 2026 een "
    "herinnering. Kunt u in die tijd niet betalen? Dan kan uw schuldhulpverlener ons vragen de regeling aan te "
    "passen.",
    ("en", "counsellor"): "The wait does not change your payment plan: the instalments stay due on the agreed days. "
    "If you miss the instalment of 1 May 2026, we will remind you of it only after 30 June 2026. If you cannot pay "
    "in that time, your debt counsellor can ask us to change the plan.",
    ("nl", "administrator"): "Het wachten verandert niets aan uw betalingsregeling: de termijnen blijven op de "
    "afgesproken dagen. Betaalt u de termijn van 1 mei 2026 niet? Dan sturen wij u daarover pas na 30 juni 2026 een "
    "herinnering. Kunt u in die tijd niet betalen? Dan kan uw bewindvoerder ons vragen de regeling aan te passen.",
    ("nl", None): "Het wachten verandert niets aan uw betalingsregeling: de termijnen blijven op de afgesproken "
    "dagen. Betaalt u de termijn van 1 mei 2026 niet? Dan sturen wij u daarover pas na 30 juni 2026 een herinnering. "
    "Kunt u in die tijd niet betalen? Neem dan contact met ons op: dan kijken wij samen of wij de regeling kunnen "
    "aanpassen.",
    ("en", None): "The wait does not change your payment plan: the instalments stay due on the agreed days. If you "
    "miss the instalment of 1 May 2026, we will remind you of it only after 30 June 2026. If you cannot pay in that "
    "time, please contact us: we will see together whether we can change the plan.",
}


@pytest.mark.parametrize(("language", "role"), list(PLAN_RUNS))
def test_a_wait_over_a_plan_on_schedule_is_said_with_the_plan_running_on(tmp_path, language, role):
    asked_by = "debtor" if role is None else "representative"
    claim, view = _view(tmp_path, [*STEPS, PLAN, _pause(asked_by)], language=language, role=role, payments=APRIL_PAID)
    assert claim.next_action.postponed is None  # the instalment's check is not moved: the wait was unsaid
    granted, unchanged = view.summary.lines[:2]  # first, before the way to pay (s51): whether to pay, and what
    assert view.summary.before_pay == 2
    if role is not None:
        said = WAIT[language] if role == "counsellor" else WAIT[language].replace("schuldhulpverlener", "bewindvoerder")
        assert granted == said
    else:
        assert granted.startswith(("U heeft ons gevraagd om te wachten.", "You asked us to wait."))
    first, rest = PLAN_RUNS[(language, role)].split(". ", 1)
    assert (unchanged, view.next_steps[0]) == (first + ".", rest)
    # The plan's own line stays: its next instalment, by its day (the top asks it by that day too).
    assert view.next_steps[1].startswith(("Uw volgende termijn is EUR\xa0250,00, uiterlijk 1 mei 2026.", "Your next"))
    assert view.summary.deadline.endswith(("1 mei 2026", "1 May 2026"))
    page = str(view)
    assert REASON not in page and "Schuldhulp Utrecht" not in page and "Bewindvoering" not in page


def test_staff_s_own_postpone_over_a_plan_stays_unsaid(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause(None)], payments=APRIL_PAID)
    assert not [line for line in (*view.summary.lines, *view.next_steps) if "wachten" in line]


def test_a_wait_over_is_no_longer_said_beside_the_plan(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause(until=date(2026, 4, 20))], payments=APRIL_PAID)
    assert not [line for line in view.next_steps if "wachten" in line]


def test_a_wait_ending_before_a_miss_is_reminded_names_no_later_reminder(tmp_path):
    """The wait ends on 1 May, the day of the instalment: a miss of it is reminded on 2 May all the same."""
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause(until=date(2026, 5, 2))], payments=APRIL_PAID)
    assert view.summary.lines[0].endswith("tot en met 1 mei 2026 geen volgende stap.")
    assert view.summary.lines[1].startswith("Het wachten verandert niets aan uw betalingsregeling")
    assert "herinnering" not in view.next_steps[0]


def test_a_letter_after_the_pause_ends_it_over_the_plan_too(tmp_path):
    """A letter written after the postpone (here a reminder of a missed instalment, recorded) sets the steps by the
    policy again (escalation.standing_postpone): the wait no longer holds anything and is not said."""
    reminded = event(date(2026, 4, 18), "reminder")
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause(on=date(2026, 4, 2)), reminded], payments=APRIL_PAID)
    assert not [line for line in view.next_steps if "wachten" in line]


# A plan in arrears under the wait: the instalment's reminder is held back (the core moves it to `until`), and the
# page said "Dan sturen wij u eerst een herinnering voor deze termijn" under "tot en met 30 juni geen volgende stap".
REMINDER_HELD = {
    "nl": "Betaalt u de termijn niet? Dan sturen wij u pas na 30 juni 2026 een herinnering voor deze termijn. Pas als "
    "die ook onbetaald blijft, volgen de gewone stappen.",
    "en": "If you do not pay the instalment, we will send you a reminder of it, but only after 30 June 2026. Only if "
    "it stays unpaid do the usual steps follow.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_missed_instalment_s_reminder_is_said_only_after_the_wait(tmp_path, language):
    claim, view = _view(
        tmp_path, [*STEPS, PLAN, _pause()], language=language, payments=APRIL_PAID, day=date(2026, 5, 20)
    )
    assert claim.next_action.postponed is not None and claim.next_action.due == date(2026, 7, 1)
    assert view.next_steps[0] == WAIT[language]
    assert REMINDER_HELD[language] in view.next_steps


PROMISE_LINES = {
    "nl": (
        "Het wachten verandert niets aan uw toezegging om uiterlijk 15 mei 2026 te betalen.",
        "Ontvangen wij het bedrag van uw toezegging niet op tijd? Dan gaan wij verder met de incasso: wij sturen u "
        "een laatste brief (sommatie), maar pas na 30 juni 2026. Lukt het niet op tijd? Laat het ons dan vóór 15 mei "
        "2026 weten.",
    ),
    "en": (
        "The wait does not change your promise to pay by 15 May 2026.",
        "We need to receive the amount you promised in time. If we do not, we will send you a final notice, but only "
        "after 30 June 2026. If you cannot pay in time, please let us know before 15 May 2026.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_wait_over_a_pending_promise_is_said_and_its_step_comes_only_after_it(tmp_path, language):
    pause = _pause(on=date(2026, 3, 12))
    claim, view = _view(tmp_path, [*STEPS, PROMISE, pause], language=language)
    assert claim.next_action.postponed is None  # the promise's check is not moved
    assert view.summary.lines[:2] == (WAIT[language], PROMISE_LINES[language][0]) and view.summary.before_pay == 2
    assert view.next_steps[-1] == PROMISE_LINES[language][1]
    assert not [line for line in view.next_steps if line in view.summary.lines]  # each said once


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Dan gaan wij verder met de incasso: wij bellen u, maar pas na 31 maart 2026. Daarna sturen wij u een "
         "laatste brief (sommatie)."),
        ("en", "If we do not, we will call you, but only after 31 March 2026. Then we will send you a final notice."),
    ],
)  # fmt: skip
def test_a_call_held_back_by_the_wait_comes_before_what_follows_it(tmp_path, language, said):
    """The debtor promised the day after the dunning letter; a miss brings the call, then the final notice."""
    promise = event(date(2026, 2, 20), "promise", promised_date=date(2026, 2, 23))
    pause = _pause("debtor", on=date(2026, 2, 20), until=date(2026, 4, 1))
    _, view = _view(tmp_path, [*STEPS, promise, pause], language=language, role=None, day=date(2026, 2, 21))
    assert view.summary.lines[0].startswith(("U heeft ons gevraagd om te wachten.", "You asked us to wait."))
    assert said in view.next_steps[-1]


def test_a_wait_ending_before_the_promise_s_step_leaves_the_step_as_it_was(tmp_path):
    """The wait ends on 14 May, before the promised day: a miss brings the final notice as before."""
    _, view = _view(tmp_path, [*STEPS, PROMISE, _pause(on=date(2026, 3, 12), until=date(2026, 5, 15))])
    assert view.summary.lines[0].endswith("tot en met 14 mei 2026 geen volgende stap.")
    assert view.next_steps[-1].startswith("Ontvangen wij het bedrag van uw toezegging niet op tijd? Dan gaan wij "
                                          "verder met de incasso: wij sturen u een laatste brief (sommatie). Lukt")  # fmt: skip


def test_staff_s_own_postpone_over_a_promise_stays_unsaid(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PROMISE, _pause(None, on=date(2026, 3, 12))])
    assert not [line for line in (*view.summary.lines, *view.next_steps) if "wachten" in line or "pas na" in line]


# A promise of part: kept, one letter asks the rest (claims.escalation.asks_the_rest). The wait holds that letter back
# too, and the top said "Daarvoor sturen wij u na 15 mei 2026 een brief of een e-mail" under "tot en met 30 juni 2026
# geen volgende stap".
PART = event(date(2026, 3, 10), "promise", promised_date=date(2026, 5, 15), amount=Decimal("500.00"))
REST_LETTER = {
    "nl": "Daarvoor sturen wij u na 30 juni 2026 een brief of een e-mail, met het bedrag op die dag.",
    "en": "For it, we will send you a letter or an email after 30 June 2026, with the amount on that day.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_letter_for_the_rest_of_a_promise_of_part_comes_only_after_the_wait(tmp_path, language):
    _, view = _view(tmp_path, [*STEPS, PART, _pause(on=date(2026, 3, 12))], language=language)
    assert REST_LETTER[language] in view.summary.lines[2], view.summary.lines  # the wait is said first (s51)
    # A miss brings the final notice, only after the wait too.
    assert view.next_steps[-1].count("maar pas na 30 juni 2026" if language == "nl" else "but only after 30 June") == 1


def test_without_a_wait_the_letter_for_the_rest_comes_after_the_promised_day(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PART])
    assert "Daarvoor sturen wij u na 15 mei 2026 een brief of een e-mail" in view.summary.lines[0]


# s48: a wait that outlasts the plan (until 1 October, the last instalment on 1 August). A miss of any instalment, the
# last too, is reminded only after it; the plan's interest rest, which the core asks once the plan is paid, is asked
# by a letter the wait holds back too: the page said "Voor dat kleine bedrag krijgt u daarna een vriendelijke
# herinnering" and named the miss of the next instalment only, as if the wait ended before the plan.
LONG = date(2026, 10, 1)
OUTLASTS = {
    "nl": (
        "Betaalt u een termijn niet, ook de laatste van 1 augustus 2026? Dan sturen wij u daarover pas na 30 "
        "september 2026 een herinnering.",
        "Daarvoor sturen wij u na 30 september 2026 een herinnering.",
    ),
    "en": (
        "If you miss an instalment, even the last of 1 August 2026, we will remind you only after 30 September 2026.",
        "We will send you a reminder for it after 30 September 2026.",
    ),
}
KINDLY = "Voor dat kleine bedrag krijgt u na 30 september 2026 een vriendelijke herinnering, met het precieze bedrag."


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_wait_outlasting_the_plan_holds_back_any_miss_and_the_rest_s_letter(tmp_path, language):
    claim, view = _view(tmp_path, [*STEPS, PLAN, _pause(until=LONG)], language=language, payments=APRIL_PAID)
    said = " ".join(view.next_steps)
    missed, rest = OUTLASTS[language]
    assert missed in view.next_steps[0], view.next_steps[0]
    assert rest in said, said
    assert "daarna een herinnering" not in said and "reminder for it after that" not in said
    # As the core counts it: the plan paid, its rest's letter (a reminder) comes on the wait's `until`.
    from incasso.claims.assess import claim_if_completed

    ledger = one_debtor_ledger(
        tmp_path / "core",
        interest="statutory",
        events=[*STEPS, PLAN, _pause(until=LONG)],
        payments=APRIL_PAID,
        representative={**COUNSELLOR, "since": "2026-03-01"},
    )
    done = claim_if_completed(ledger, assess(ledger, ledger.debtors[0], TODAY)).next_action
    assert done is not None and (done.kind, done.due) == ("reminder", LONG)


def test_a_wait_ending_before_the_plan_names_the_next_miss_and_the_rest_s_letter_after_the_plan(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause()], payments=APRIL_PAID)
    said = " ".join(view.next_steps)
    assert "Betaalt u de termijn van 1 mei 2026 niet?" in said
    assert "Daarvoor sturen wij u daarna een herinnering." in said


def test_a_wait_outlasting_a_plan_in_arrears_holds_back_the_rest_s_letter_too(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause(until=LONG)], payments=APRIL_PAID, day=date(2026, 5, 20))
    said = " ".join(view.next_steps)
    assert "Dan sturen wij u pas na 30 september 2026 een herinnering voor deze termijn." in said
    assert KINDLY in said, said


def test_staff_s_own_wait_outlasting_the_plan_stays_unsaid(tmp_path):
    _, view = _view(tmp_path, [*STEPS, PLAN, _pause(None, until=LONG)], payments=APRIL_PAID)
    said = " ".join(view.next_steps)
    assert "30 september" not in said and "wachten" not in said


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Daarvoor sturen wij u na 30 september 2026 een brief of een e-mail, met het bedrag op die dag."),
        ("en", "We will send you a letter or an email for it after 30 September 2026, with the amount on that day."),
    ],
)
def test_the_letter_for_the_rest_of_a_plan_of_part_comes_only_after_a_wait_outlasting_it(tmp_path, language, said):
    part = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, m, 1), "amount": Decimal("100.00")} for m in range(4, 7)],
    )
    _, view = _view(tmp_path, [*STEPS, part, _pause(on=date(2026, 3, 12), until=LONG)], language=language,
                    day=date(2026, 3, 12))  # fmt: skip
    assert said in " ".join(view.next_steps), view.next_steps


def test_a_plan_paid_in_full_leaves_nothing_for_a_wait_outlasting_it_to_hold(tmp_path):
    paid = [payment(date=date(2026, m, 1), amount=Decimal("250.00")) for m in range(4, 8)]
    paid.append(payment(date=date(2026, 8, 1), amount=Decimal("300.00")))  # the last with the interest on top
    claim, view = _view(tmp_path, [*STEPS, PLAN, _pause(until=LONG)], payments=paid, day=date(2026, 8, 5))
    assert claim.next_action is None
    assert not [line for line in view.next_steps if "wachten" in line or "30 september" in line], view.next_steps


@pytest.mark.parametrize(
    ("language", "wait", "said"),
    [
        ("nl", True, "Betaalt u de termijnen niet? Dan sturen wij u pas na 30 juni 2026 een herinnering voor deze "
         "termijnen."),
        ("en", True, "If you do not pay the instalments, we will send you a reminder of them, but only after 30 June "
         "2026."),
        ("nl", False, "Betaalt u de termijnen niet? Dan sturen wij u eerst een herinnering voor deze termijnen;"),
        ("en", False, "If you do not pay the instalments, we will first send you a reminder of them."),
    ],
)  # fmt: skip
def test_two_missed_instalments_are_reminded_of_as_two(tmp_path, language, wait, said):
    """s48: April and May missed, the page names both ("De termijnen van 1 april 2026 ... en 1 mei 2026 zijn nog niet
    betaald"), then said "Betaalt u de termijn niet? ... een herinnering voor deze termijn" as if one."""
    events = [*STEPS, PLAN, _pause(on=date(2026, 5, 20))] if wait else [*STEPS, PLAN]
    _, view = _view(tmp_path, events, language=language, day=date(2026, 5, 20))
    assert said in " ".join(view.next_steps), view.next_steps
