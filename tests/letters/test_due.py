"""Which letters a claim needs on its date, and in which forms (see incasso.letters.due).

The fixture ledger (tests/fixtures/letters, as of Tuesday 2026-11-24) has a
dossier for every letter kind and for every reason not to write one.
"""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import ActionKind, Status
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel, ReturnedPayment
from incasso.letters.due import (
    AWAY,
    AWAY_DAYS,
    NO_RECORD,
    STEP_LETTERS,
    DueLetter,
    FirstSeen,
    LetterKind,
    booked_as_recorded,
    booked_key,
    confirmation_key,
    confirmations,
    confirmed_as_written,
    confirmed_days,
    file_stem,
    first_seen_days,
    forms,
    letters_after,
    letters_due,
    seen_record,
    unwritten_days,
)
from tests.support.ledgers import event, one_debtor_ledger, payment
from tests.support.letters import AS_OF, LETTERS_LEDGER

DUE = date(2026, 2, 4)  # valid_debtor's invoice


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(LETTERS_LEDGER)


def due_of(ledger, debtor_id, as_of=AS_OF):
    debtor = next(d for d in ledger.debtors if d.id == debtor_id)
    claim = assess(ledger, debtor, as_of)
    return [(d.kind, d.recorded is not None, forms(debtor, d)) for d in letters_due(claim, NO_RECORD)]


BOTH = (Channel.LETTER, Channel.EMAIL)


@pytest.mark.parametrize(
    "debtor_id, expected",
    [
        ("L-REMIND", [(LetterKind.REMINDER, False, BOTH)]),
        ("L-DUNNING", [(LetterKind.DUNNING, False, BOTH)]),
        # A consumer's final notice is posted only: two forms would state two last days.
        ("L-FINAL", [(LetterKind.FINAL_NOTICE, False, (Channel.LETTER,))]),
        ("L-FINAL-EN", [(LetterKind.FINAL_NOTICE, False, (Channel.LETTER,))]),
        ("L-HANDOVER", [(LetterKind.HANDOVER, True, BOTH)]),
        ("L-PROMISE", [(LetterKind.PROMISE, True, BOTH)]),
        ("L-PLAN", [(LetterKind.ARRANGEMENT, True, BOTH)]),
        ("L-PLAN-MISSED", [(LetterKind.INSTALLMENT_REMINDER, False, BOTH)]),  # remind_installment is due
        ("L-LUKASZ", [(LetterKind.REMINDER, False, (Channel.LETTER,))]),  # no e-mail address
        ("L-MAILONLY", [(LetterKind.REMINDER, False, (Channel.EMAIL,))]),  # no postal address
        ("L-RECORDED", [(LetterKind.REMINDER, True, (Channel.EMAIL,))]),  # recorded as sent by e-mail
        ("L-NOWHERE", [(LetterKind.REMINDER, False, ())]),  # due, but no way to send it
        ("L-PAUSE", [(LetterKind.PAUSE, True, BOTH)]),  # a wait her counsellor asked for today, confirmed
        ("L-PAUSE-PLAN", [(LetterKind.ARRANGEMENT, True, BOTH)]),  # a plan and a wait agreed today: one letter
    ],
)
def test_the_letters_of_the_day(ledger, debtor_id, expected):
    assert due_of(ledger, debtor_id) == expected


def test_a_claim_s_confirmations_are_found_once(ledger, monkeypatch):
    """The day's letters, the page's letter and the record each ask them of every claim: found the first time."""
    import incasso.letters.due as due

    asked = []
    monkeypatch.setattr(due, "asked_pause", lambda claim: asked.append(claim))
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-PLAN"), AS_OF)
    found = confirmations(claim)
    assert [kind for kind, _ in found] == [LetterKind.ARRANGEMENT] and asked == [claim]
    assert letters_due(claim, NO_RECORD) and confirmations(claim) == found and asked == [claim]


@pytest.mark.parametrize(
    "debtor_id, why",
    [
        ("L-DISPUTE", "a dispute pauses the steps"),
        ("L-WAITING", "a promise not yet due pauses them"),
        ("L-PLAN-OK", "so does a plan on schedule"),
        ("L-PAID", "paid"),
        ("L-OFF", "written off"),
        ("L-SMALL", "below the chase minimum"),
        ("L-CALL", "the next step is a call, not a letter"),
    ],
)
def test_no_letter(ledger, debtor_id, why):
    assert due_of(ledger, debtor_id) == [], why


def test_a_step_left_undone_stays_due_every_day_until_it_is_recorded(tmp_path):
    ledger = one_debtor_ledger(tmp_path)  # the reminder is due on 5 February
    debtor = ledger.debtors[0]
    for as_of in (date(2026, 2, 4), date(2026, 2, 5), date(2026, 2, 9)):
        expected = [] if as_of < date(2026, 2, 5) else [DueLetter(LetterKind.REMINDER)]
        assert list(letters_due(assess(ledger, debtor, as_of), NO_RECORD)) == expected


def test_once_recorded_the_letter_is_that_days_only(tmp_path):
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 9), "reminder", channel="letter")])
    debtor = ledger.debtors[0]
    on_the_day = letters_due(assess(ledger, debtor, date(2026, 2, 9)), NO_RECORD)
    assert [(d.kind, d.recorded.date) for d in on_the_day] == [(LetterKind.REMINDER, date(2026, 2, 9))]
    assert forms(debtor, on_the_day[0]) == (Channel.LETTER,)
    assert letters_due(assess(ledger, debtor, date(2026, 2, 10)), NO_RECORD) == ()


@pytest.mark.parametrize("order", [("letter", "email"), ("email", "letter")])
def test_of_two_final_notices_recorded_today_the_letter_is_the_one_the_claim_counts_from(tmp_path, order):
    # Its form and its words must be one notice's: the posted one, whose term ends later.
    friday = date(2026, 3, 6)
    notices = [event(friday, "final_notice", channel=channel) for channel in order]
    contact = {"contact.email": "debtor@example.nl"}
    ledger = one_debtor_ledger(tmp_path, events=notices, **contact)
    debtor = ledger.debtors[0]
    (due,) = letters_due(assess(ledger, debtor, friday), NO_RECORD)
    assert (due.kind, due.recorded.channel) == (LetterKind.FINAL_NOTICE, "letter")
    assert forms(debtor, due) == (Channel.LETTER,)


def test_a_promise_made_earlier_is_not_confirmed_again(tmp_path):
    promise = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20))
    ledger = one_debtor_ledger(tmp_path, events=[promise])
    debtor = ledger.debtors[0]
    assert [d.kind for d in letters_due(assess(ledger, debtor, date(2026, 2, 10)), NO_RECORD)] == [LetterKind.PROMISE]
    assert letters_due(assess(ledger, debtor, date(2026, 2, 11)), NO_RECORD) == ()


def test_a_promise_entered_after_the_nights_build_is_confirmed_by_the_next_one(tmp_path):
    """Staff enter the day's promise (dated that day) after the night's build: the next night, a day
    later, has not seen it in the record the previous build left, so it confirms it; later nights not."""
    made = date(2026, 2, 10)
    ledger = one_debtor_ledger(tmp_path, events=[event(made, "promise", promised_date=date(2026, 2, 20))])
    debtor = ledger.debtors[0]
    night_before = FirstSeen({})  # the build of the 10th ran before the promise was entered
    next_night = assess(ledger, debtor, made + timedelta(days=1))
    assert [d.kind for d in letters_due(next_night, night_before)] == [LetterKind.PROMISE]
    record = FirstSeen(seen_record([next_night], night_before))
    assert record.days == {debtor.id: {"promise:2026-02-10:2026-02-20:all": made + timedelta(days=1)}}
    assert [d.kind for d in letters_due(next_night, record)] == [LetterKind.PROMISE]  # a second build that day
    after = assess(ledger, debtor, made + timedelta(days=2))
    assert letters_due(after, record) == ()
    assert FirstSeen(seen_record([after], record)).days == record.days  # the first day is carried on


def _nights(ledger, debtor, first, last):
    """The confirmations each night's build writes, from `first` to `last`, each reading the last's record."""
    seen, written = FirstSeen({}), {}
    day = first
    while day <= last:
        claim = assess(ledger, debtor, day)
        written[day] = [d.kind for d in letters_due(claim, seen) if d.kind not in STEP_LETTERS.values()]
        seen = FirstSeen(seen_record([claim], seen))
        day += timedelta(days=1)
    return {day: kinds for day, kinds in written.items() if kinds}


def test_a_promise_paused_by_a_dispute_is_not_confirmed_again_when_the_dispute_ends(tmp_path):
    events = [
        event(date(2026, 2, 10), "promise", promised_date=date(2026, 3, 20)),
        event(date(2026, 2, 14), "dispute", reason="Factuur klopt niet"),
        event(date(2026, 2, 20), "dispute_resolved", outcome="De factuur klopt"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    assert _nights(ledger, ledger.debtors[0], date(2026, 2, 10), date(2026, 3, 1)) == {
        date(2026, 2, 10): [LetterKind.PROMISE]
    }


def test_a_promise_corrected_later_is_confirmed_as_it_now_stands(tmp_path):
    made = date(2026, 2, 10)
    first = one_debtor_ledger(tmp_path / "a", events=[event(made, "promise", promised_date=date(2026, 2, 20))])
    claim = assess(first, first.debtors[0], made + timedelta(days=1))
    record = FirstSeen(seen_record([claim], FirstSeen({})))
    assert letters_due(assess(first, first.debtors[0], made + timedelta(days=2)), record) == ()
    # Staff correct the promised day of the same promise: the debtor gets it in writing again.
    second = one_debtor_ledger(tmp_path / "b", events=[event(made, "promise", promised_date=date(2026, 2, 27))])
    again = assess(second, second.debtors[0], made + timedelta(days=2))
    assert [d.kind for d in letters_due(again, record)] == [LetterKind.PROMISE]


def test_without_a_record_a_confirmation_is_due_on_its_events_date_only(tmp_path):
    made = date(2026, 2, 10)
    ledger = one_debtor_ledger(
        tmp_path,
        events=[
            event(
                made,
                "arrangement",
                installments=[{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 4, 1), "amount": 650}],
            )
        ],
    )
    debtor = ledger.debtors[0]
    assert [d.kind for d in letters_due(assess(ledger, debtor, made), NO_RECORD)] == [LetterKind.ARRANGEMENT]
    assert letters_due(assess(ledger, debtor, made + timedelta(days=1)), NO_RECORD) == ()
    # A first build with the record: what it finds is recorded as seen on its own date, never confirmed later.
    found = made + timedelta(days=5)
    first = FirstSeen(seen_record([assess(ledger, debtor, found)], NO_RECORD))
    key = "arrangement:2026-02-10:2026-03-01=600,2026-04-01=650"
    # ... and that this build wrote no letter for it, so the dossier pages of the builds after say so too.
    assert first.days == {debtor.id: {key: made, f"unwritten:{key}": found}}
    later = assess(ledger, debtor, found + timedelta(days=7))
    assert unwritten_days([later], first) == {debtor.id: {("arrangement", made): found}}
    # Written by the build of its own day: confirmed, not unwritten, also in the record that build leaves.
    on_its_day = FirstSeen(seen_record([assess(ledger, debtor, made)], NO_RECORD))
    assert unwritten_days([later], on_its_day) == {}
    # A record gone missing (the builds before may have written it): nothing is said either way.
    assert unwritten_days([later], FirstSeen(since=found)) == {}


def test_a_handover_entered_after_the_nights_build_is_announced_by_the_next_one(tmp_path):
    handed = date(2026, 4, 1)
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 3, 5), "final_notice"),
        event(handed, "handover", agency="Incasso Voorbeeld B.V."),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], handed + timedelta(days=1))
    assert [d.kind for d in letters_due(claim, FirstSeen({}))] == [LetterKind.HANDOVER]
    assert letters_due(claim, NO_RECORD) == ()
    # The first build found it: no notice, and the record keeps that day, so the dossier pages after say so.
    first = FirstSeen(seen_record([claim], NO_RECORD))
    assert unwritten_days([assess(ledger, ledger.debtors[0], handed + timedelta(days=9))], first) == {
        ledger.debtors[0].id: {("handover", handed): claim.as_of}
    }
    # Announced by the build after it was entered: written, so nothing of the kind is said.
    announced = FirstSeen(seen_record([claim], FirstSeen({})))
    assert unwritten_days([assess(ledger, ledger.debtors[0], handed + timedelta(days=9))], announced) == {}


def test_a_handover_dated_before_anything_was_due_hands_nothing_over_and_no_notice_tells_it(tmp_path):
    # Recorded on the invoice's date (a slip, which check notes): the build wrote a notice for a claim its
    # own stage did not count as handed over, and stopped on it.
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 1, 5), "handover", agency="X")])
    claim = assess(ledger, ledger.debtors[0], date(2026, 1, 5))
    assert claim.stage == "open" and letters_due(claim, NO_RECORD) == ()


def test_a_promise_kept_on_the_day_it_was_made_needs_no_confirmation(tmp_path):
    promise = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20), amount=1250)
    ledger = one_debtor_ledger(tmp_path, events=[promise], payments=[{"date": date(2026, 2, 10), "amount": 1250}])
    assert letters_due(assess(ledger, ledger.debtors[0], date(2026, 2, 10)), NO_RECORD) == ()


def test_the_reminder_of_a_missed_instalment_recorded_today_is_that_letter_not_a_plain_reminder(tmp_path):
    """Staff record the instalment's reminder as a `reminder` (claims.escalation): on its day it is still
    the instalment's letter, in the form it was recorded with; the next day no letter is due."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 4, 1), "amount": 650}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    recorded = event(date(2026, 3, 3), "reminder", channel="email")
    before = one_debtor_ledger(tmp_path / "a", events=events)
    assert [d.kind for d in letters_due(assess(before, before.debtors[0], date(2026, 3, 3)), NO_RECORD)] == [
        LetterKind.INSTALLMENT_REMINDER
    ]
    ledger = one_debtor_ledger(tmp_path / "b", events=[*events, recorded])
    debtor = ledger.debtors[0]
    (due,) = letters_due(assess(ledger, debtor, date(2026, 3, 3)), NO_RECORD)
    assert (due.kind, due.recorded.date, forms(debtor, due)) == (
        LetterKind.INSTALLMENT_REMINDER,
        date(2026, 3, 3),
        (Channel.EMAIL,),
    )
    assert letters_due(assess(ledger, debtor, date(2026, 3, 4)), NO_RECORD) == ()


def test_the_file_names_hold_the_debtor_and_the_step():
    assert file_stem("D-1006", LetterKind.FINAL_NOTICE) == "D-1006-final_notice"


def test_the_staff_overview_links_each_step_to_its_own_letter():
    """The overview finds a step's letter by kind: the instalment's reminder is not named as its step."""
    from incasso.staff.rows import TASK_LETTERS

    assert {kind: TASK_LETTERS.get(kind, str(kind)) for kind in STEP_LETTERS} == {
        kind: str(letter) for kind, letter in STEP_LETTERS.items()
    }


def test_a_debtor_whose_file_is_away_for_a_night_keeps_its_record(tmp_path):
    made = date(2026, 2, 10)
    ledger = one_debtor_ledger(tmp_path, events=[event(made, "promise", promised_date=date(2026, 2, 20))])
    debtor = ledger.debtors[0]
    record = FirstSeen(seen_record([assess(ledger, debtor, made + timedelta(days=1))], FirstSeen({})))
    night = made + timedelta(days=2)
    away = FirstSeen(seen_record([], record, night))  # a night without the file
    assert away.days == {debtor.id: {**record.days[debtor.id], AWAY: night}}
    back = assess(ledger, debtor, made + timedelta(days=3))
    assert letters_due(back, away) == ()  # not confirmed a second time
    assert AWAY not in FirstSeen(seen_record([back], away)).days[debtor.id]  # back: no longer away
    # Away for AWAY_DAYS, the file is taken as gone: nothing of the debtor stays in the record.
    assert FirstSeen(seen_record([], away, night + AWAY_DAYS - timedelta(days=1))).days
    assert FirstSeen(seen_record([], away, night + AWAY_DAYS)).days == {}


def test_the_record_keeps_the_day_a_build_first_saw_a_dossier_new_since_the_last(tmp_path):
    from incasso.letters.seen_file import read_seen, seen_json

    ledger = one_debtor_ledger(tmp_path)
    debtor, day = ledger.debtors[0], date(2026, 4, 1)
    claim = assess(ledger, debtor, day)
    last = FirstSeen({"D-OTHER": {}}, complete=True)  # the last build's record: every dossier it saw, not this one
    assert first_seen_days([claim], last) == {debtor.id: day}
    written = seen_json(seen_record([claim], last, day), day)  # confirmations.json
    later = assess(ledger, debtor, day + timedelta(days=3))
    assert first_seen_days([later], read_seen(written)) == {debtor.id: day}  # kept, not moved to each day
    # No record (a first build), an older version's (naming only debtors with confirmations), or a dossier the
    # record held before it kept the day: nothing is known, and nothing said.
    assert first_seen_days([claim], NO_RECORD) == {}
    assert first_seen_days([claim], FirstSeen({}, complete=False)) == {}
    assert first_seen_days([claim], FirstSeen({debtor.id: {}}, complete=True)) == {}


def test_a_lost_record_confirms_what_is_dated_from_the_last_builds_day_on(tmp_path):
    """The record went missing; the build before ran as of the 10th: what staff entered on the 10th
    is confirmed tonight, what is older is taken as confirmed before."""
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20))])
    debtor = ledger.debtors[0]
    tonight = assess(ledger, debtor, date(2026, 2, 11))
    assert [d.kind for d in letters_due(tonight, FirstSeen(since=date(2026, 2, 10)))] == [LetterKind.PROMISE]
    assert letters_due(tonight, FirstSeen(since=date(2026, 2, 11))) == ()
    assert letters_due(tonight, NO_RECORD) == ()


def test_the_day_a_confirmation_was_written_is_known_from_the_record_or_tonight(tmp_path):
    made = date(2026, 2, 10)
    ledger = one_debtor_ledger(tmp_path, events=[event(made, "promise", promised_date=date(2026, 2, 20))])
    debtor = ledger.debtors[0]
    tonight = assess(ledger, debtor, made + timedelta(days=1))
    key = ("promise", made)
    assert confirmed_days([tonight], FirstSeen({})) == {debtor.id: {key: made + timedelta(days=1)}}
    record = FirstSeen(seen_record([tonight], FirstSeen({})))
    later = assess(ledger, debtor, made + timedelta(days=4))
    assert confirmed_days([later], record) == {debtor.id: {key: made + timedelta(days=1)}}  # the weekend's letter
    assert confirmed_days([later], NO_RECORD) == {}  # without a record an older day is not known
    assumed = FirstSeen(seen_record([later], NO_RECORD))  # a first build records it on its own date
    assert confirmed_days([assess(ledger, debtor, made + timedelta(days=5))], assumed) == {}


# A plan agreed on Monday 2 March 2026 (500.00 on Thursday the 5th, 750.00 on 5 April), entered after the build of
# the 9th: the build of Tuesday the 10th is the first to see it.
LATE_PLAN = event(
    date(2026, 3, 2),
    "arrangement",
    installments=[{"due": date(2026, 3, 5), "amount": 500}, {"due": date(2026, 4, 5), "amount": 750}],
)


def test_a_plan_entered_late_is_counted_from_the_night_a_build_wrote_its_confirmation(tmp_path):
    """Counted from the night after the plan (the 3rd, received the 5th), its instalment of the 5th was reminded
    from the 6th: the build of the 10th wrote the reminder beside the confirmation. Marked as confirmed on the 10th
    (posted that day, received on the 12th), the instalment is asked by the 26th and reminded on the 27th; a later
    build's record keeps that day."""
    ledger = one_debtor_ledger(tmp_path, events=[LATE_PLAN])
    tonight = date(2026, 3, 10)
    (claim,) = [assess(ledger, d, tonight) for d in ledger.debtors]
    # Unmarked, the core counts the letter received on the 5th, the instalment's day: asked by the 19th.
    assert claim.next_action.due == date(2026, 3, 20)
    marked, (again,) = confirmed_as_written(ledger, [claim], FirstSeen({}))
    assert marked.debtors[0].events[-1].confirmed == tonight
    assert again.next_action.due == date(2026, 3, 27)
    assert [d.kind for d in letters_due(again, FirstSeen({}))] == [LetterKind.ARRANGEMENT]  # no reminder beside it
    record = FirstSeen(seen_record([again], FirstSeen({})))
    later = assess(ledger, ledger.debtors[0], date(2026, 3, 14))
    _, (read,) = confirmed_as_written(ledger, [later], record)
    assert read.plan.event.confirmed == tonight and read.next_action.due == date(2026, 3, 27)


@pytest.mark.parametrize(
    "seen",
    [
        NO_RECORD,  # a first build, `incasso check`: confirmed on its own date, as before
        "the night after",  # a build on the 3rd wrote it
    ],
)
def test_a_plan_confirmed_the_night_after_it_changes_nothing(tmp_path, seen):
    ledger = one_debtor_ledger(tmp_path, events=[LATE_PLAN])
    claims = [assess(ledger, d, date(2026, 3, 10)) for d in ledger.debtors]
    if seen == "the night after":
        seen = FirstSeen(seen_record([assess(ledger, ledger.debtors[0], date(2026, 3, 3))], FirstSeen({})))
    marked, again = confirmed_as_written(ledger, claims, seen)
    assert marked is ledger and again is claims


AGREED = date(2026, 11, 28)
IN_TWO = event(
    AGREED,
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)


def test_a_settlements_later_letters_are_said_at_the_settlement_on_the_day_a_build_wrote_them(tmp_path):
    """The reminder of a missed instalment (its day + reminder_after_days, 7) and the letter that the settlement was
    paid are dated after the settlement: keyed by the settlement's own row, each with its kind and the day written.
    Written on its own day (a build each night), a reminder is still said the next night; none is a confirmation."""
    reminded = date(2026, 12, 22)
    ledger = one_debtor_ledger(tmp_path / "a", events=[event(date(2026, 2, 10), "reminder"), IN_TWO])
    debtor, key = ledger.debtors[0], ("settlement", AGREED)
    first = assess(ledger, debtor, AGREED)
    record = FirstSeen(seen_record([first], FirstSeen({})), complete=True, built=AGREED)
    night = assess(ledger, debtor, reminded)
    assert letters_after([night], record) == {debtor.id: {key: ((LetterKind.SETTLEMENT_REMINDER, reminded),)}}
    # The settlement's own confirmation was written on its own day (not said, as ever); the reminder is none.
    assert confirmed_days([night], record) == {}
    record = FirstSeen(seen_record([night], record), complete=True, built=reminded)
    next_night = assess(ledger, debtor, reminded + timedelta(days=1))
    assert letters_after([next_night], record) == {debtor.id: {key: ((LetterKind.SETTLEMENT_REMINDER, reminded),)}}
    # Found already due by the first build that had the dossier: no build wrote it, nothing is said.
    assert letters_after([next_night], FirstSeen({}, complete=True, built=reminded + timedelta(days=1))) == {}
    paid = [
        payment(date=date(2026, 12, 20), amount=Decimal("300")),
        payment(date=date(2027, 1, 14), amount=Decimal("300")),
    ]
    settled = one_debtor_ledger(tmp_path / "b", events=[event(date(2026, 2, 10), "reminder"), IN_TWO], payments=paid)
    found = assess(settled, settled.debtors[0], date(2027, 1, 16))
    assert letters_after([found], record) == {debtor.id: {key: ((LetterKind.SETTLED, date(2027, 1, 16)),)}}


def test_a_settlements_reminder_written_late_counts_its_grace_from_the_day_a_build_wrote_it(tmp_path):
    """s56: the instalment of 15 December 2026 is reminded of on the 16th (reminder_after_days 1), and its grace ends on
    the 29th. No build saw it missed until Monday the 28th (the bank statements came in late): that build writes the
    reminder, and its grace counts from the 28th, 12 days later, to 10 January 2027 (the record keeps the day for every
    later night), not to the 29th, the day after the letter is written. Paid on 8 January, after the 29th, the
    instalment keeps the settlement on every later night, also once no reminder of it is due."""
    ledger = one_debtor_ledger(tmp_path / "a", events=[IN_TWO])
    debtor, written = ledger.debtors[0], date(2026, 12, 28)
    record = FirstSeen(seen_record([assess(ledger, debtor, AGREED)], FirstSeen({})), complete=True, built=AGREED)
    night = assess(ledger, debtor, written)
    assert night.accord is not None and night.accord.pay_by == date(2026, 12, 29)  # as the ledger alone counts it
    marked, (again,) = confirmed_as_written(ledger, [night], record)
    assert again.accord is not None and again.accord.pay_by == date(2027, 1, 10)
    assert again.accord.event.reminded == ((date(2026, 12, 15), written),)
    assert again.next_action is not None and again.next_action.due == date(2027, 1, 11)
    assert LetterKind.SETTLEMENT_REMINDER in [d.kind for d in letters_due(again, record)]
    # Without a record (a first build, `incasso check`) it counts as written on its own day: nothing changes.
    assert confirmed_as_written(ledger, [night], NO_RECORD)[1] == [night]
    record = FirstSeen(seen_record([again], record), complete=True, built=written)
    paid = [payment(date=date(2027, 1, 8), amount=Decimal("300"))]
    later = one_debtor_ledger(tmp_path / "b", events=[IN_TWO], payments=paid)
    found = assess(later, later.debtors[0], date(2027, 1, 14))
    assert found.accord is not None and found.accord.lapsed  # by the 14 days alone
    _, (kept,) = confirmed_as_written(later, [found], record)
    assert kept.accord is not None and kept.status == Status.SETTLEMENT and kept.accord.missed is None


def test_a_step_letter_counts_as_written_from_the_first_build_that_wrote_it(tmp_path):
    """A step due for days is written by every build until recorded: the next build says since when, from
    the record of the build that first wrote it, not from the step's own day (the claim may have been paid
    then, paused, or not yet in the ledger: no letter went out)."""
    ledger = one_debtor_ledger(tmp_path)
    debtor = ledger.debtors[0]
    step = assess(ledger, debtor, DUE + timedelta(days=60)).next_action
    assert step is not None and step.kind in STEP_LETTERS
    kind = STEP_LETTERS[step.kind]
    first_day = step.due + timedelta(days=3)  # the first build to see it due (the dossier was added that day)
    first = assess(ledger, debtor, first_day)
    record = FirstSeen(seen_record([first], FirstSeen({})), built=first_day, complete=True)
    assert record.days == {debtor.id: {f"step:{kind}:{step.due.isoformat()}": first_day}}
    later = assess(ledger, debtor, first_day + timedelta(days=2))
    assert record.step_written(later, kind) == first_day
    assert FirstSeen(seen_record([later], record)).days == record.days  # the first day is carried on
    # The last build did not write it (no step in its record): nothing can have gone out.
    assert FirstSeen({}, built=first_day, complete=True).step_written(later, kind) is None
    # Rebuilt the same day (a ledger mended in the morning): the night's build wrote it, maybe sent since.
    assert FirstSeen(record.days, built=first_day, complete=True).step_written(first, kind) == first_day
    # A record an older version wrote keeps no steps: the step's day stands in, as before.
    assert FirstSeen({}, built=first_day).step_written(later, kind) == step.due


def test_a_step_recorded_leaves_the_record(tmp_path):
    plain = one_debtor_ledger(tmp_path / "a")
    step = assess(plain, plain.debtors[0], DUE + timedelta(days=60)).next_action
    claim = assess(plain, plain.debtors[0], step.due)
    record = FirstSeen(seen_record([claim], FirstSeen({})))
    # There was a step to leave: without it the check below held of any record.
    assert any(k.startswith("step:") for k in record.days[plain.debtors[0].id])
    sent = one_debtor_ledger(tmp_path / "b", events=[event(step.due, step.kind.value, channel="letter")])
    after = assess(sent, sent.debtors[0], step.due + timedelta(days=1))
    assert not any(k.startswith("step:") for k in seen_record([after], record).get(sent.debtors[0].id, {}))


def test_a_dossier_the_last_build_did_not_have_confirms_what_is_dated_since_that_build(tmp_path):
    made = date(2026, 2, 10)
    ledger = one_debtor_ledger(tmp_path, events=[event(made, "promise", promised_date=date(2026, 2, 20))])
    claim = assess(ledger, ledger.debtors[0], made + timedelta(days=3))
    others = {"SOMEONE-ELSE": {}}  # the last build's record, without this dossier

    def confirmed(built, complete=True):
        return [d.kind for d in letters_due(claim, FirstSeen(others, built=built, complete=complete))]

    assert confirmed(made) == [LetterKind.PROMISE]  # entered after that build: new
    assert confirmed(made + timedelta(days=1)) == []  # history by the time the dossier came
    assert confirmed(made + timedelta(days=1), complete=False) == [LetterKind.PROMISE]  # an older record: as before
    record = seen_record([claim], FirstSeen(others, built=made + timedelta(days=1), complete=True))
    # The promise seen on its own day; the dossier first seen tonight.
    assert record[ledger.debtors[0].id] == {
        "promise:2026-02-10:2026-02-20:all": made,
        "first-seen": claim.as_of,
        "unwritten:promise:2026-02-10:2026-02-20:all": claim.as_of,  # no build wrote its letter
    }
    assert "SOMEONE-ELSE" in record  # away: kept for AWAY_DAYS


def test_after_an_older_record_a_waiting_step_keeps_the_day_it_was_written_since(tmp_path):
    # An older version's record keeps no steps: the first build after the update marks the letter by its step's
    # day, and the record it leaves keeps that day, so the next build says the same (not the update's day).
    ledger = one_debtor_ledger(tmp_path)
    debtor = ledger.debtors[0]
    step = assess(ledger, debtor, DUE + timedelta(days=60)).next_action
    kind = STEP_LETTERS[step.kind]
    update_day = step.due + timedelta(days=5)
    older = FirstSeen({}, built=update_day - timedelta(days=1))  # the version before: complete False
    first = assess(ledger, debtor, update_day)
    assert older.step_written(first, kind) == step.due
    record = FirstSeen(seen_record([first], older), built=update_day, complete=True)
    assert record.step_written(assess(ledger, debtor, update_day + timedelta(days=1)), kind) == step.due


def test_an_instalments_payment_taken_back_the_day_after_its_day_is_one_reminder_recorded_once(tmp_path):
    """s60: the instalment of 15 December 2026 paid on the 14th, the payment taken back on the 16th, the day its own
    reminder would be due (reminder_after_days 1). The build of the 16th read the statements up to the 15th (paid: no
    reminder); the build of the 17th reads the return and writes the one reminder, under the 16th. Until s60 the
    settlement recorded two reminders under that one date, written on the 17th: one from the return, and one of the
    instalment's own day as if it had been missed then and reminded late (it was paid); staff read the reminder as a
    letter of the 16th, while the letter is dated the 17th."""
    from incasso.ledger.model import Language, ReturnedPayment
    from incasso.staff.explain import what_next
    from incasso.staff.language import speaking

    paid, back, night = date(2026, 12, 14), date(2026, 12, 16), date(2026, 12, 17)
    before = one_debtor_ledger(tmp_path / "a", events=[IN_TWO], payments=[payment(date=paid, amount=Decimal("300"))])
    seen = assess(before, before.debtors[0], back)
    assert seen.accord is not None and seen.accord.missed is None  # paid in time, as the 16th's build read it
    record = FirstSeen(seen_record([seen], FirstSeen({})), complete=True, built=back)
    ledger = one_debtor_ledger(tmp_path / "b", events=[IN_TWO])
    debtor = ledger.debtors[0]
    returned = (ReturnedPayment("C1", Decimal("300.00"), paid, back, "AC04", None),)
    ledger = replace(ledger, bank_returned={debtor.id: returned})
    claim = assess(ledger, debtor, night)
    assert [d.kind for d in letters_due(claim, record)] == [LetterKind.SETTLEMENT_REMINDER]
    _, (again,) = confirmed_as_written(ledger, [claim], record)
    assert again.accord is not None
    assert again.accord.event.reminded == ((back, night),)  # the return's reminder alone, written on the 17th
    assert again.accord.pay_by == date(2026, 12, 31)  # 14 days from the return, one more as it was written a day later
    with speaking(Language.NL):
        said = " ".join(what_next(again, ledger.creditor)).replace("\xa0", " ")
    assert "De herinnering voor die termijn is de brief van 17 december 2026." in said
    # The next night, from the record: still the one reminder, of the 17th; nothing new is due.
    record = FirstSeen(seen_record([again], record), complete=True, built=night)
    later = assess(ledger, debtor, night + timedelta(days=1))
    assert [d.kind for d in letters_due(later, record)] == []
    _, (kept,) = confirmed_as_written(ledger, [later], record)
    assert kept.accord is not None and kept.accord.event.reminded == ((back, night),)


def test_a_payment_booked_late_and_taken_back_the_next_day_has_a_reminder_of_its_own_after_the_one_it_crossed(
    tmp_path,
):
    """s60: the instalment of 15 December 2026 paid on the 15th (its value date) but booked on the 16th, so that the
    build of the 16th (the statements up to the 15th) saw it missed and wrote its reminder ("hebben wij nog niet
    ontvangen", asking by the 29th), and the payment taken back on the 16th, the very day that reminder falls. The
    debtor had paid: that letter crossed their payment, and the return alone tells them nothing. Until s60 the build of
    the 17th took that reminder for the return's (one key, one day) and wrote none, while the grace ran from the return
    (the page: the 30th, the letter: the 29th). Now the return's reminder is a letter of its own, written on the 17th
    and saying the payment was taken back; it, the page and the staff check ask by the 31st."""
    from incasso.ledger.model import Language, ReturnedPayment
    from incasso.staff.explain import what_next
    from incasso.staff.language import speaking

    paid, back, night = date(2026, 12, 15), date(2026, 12, 16), date(2026, 12, 17)
    unread = one_debtor_ledger(tmp_path / "a", events=[IN_TWO])  # the statements up to the 15th: nothing came
    crossed = assess(unread, unread.debtors[0], back)
    assert [d.kind for d in letters_due(crossed, FirstSeen({}, complete=True, built=paid))] == [
        LetterKind.SETTLEMENT_REMINDER
    ]
    assert crossed.accord is not None and crossed.accord.pay_by == date(2026, 12, 29)
    record = FirstSeen(seen_record([crossed], FirstSeen({})), complete=True, built=back)
    ledger = one_debtor_ledger(tmp_path / "b", events=[IN_TWO])
    debtor = ledger.debtors[0]
    returned = (ReturnedPayment("C1", Decimal("300.00"), paid, back, "AC04", None),)
    ledger = replace(ledger, bank_returned={debtor.id: returned})
    claim = assess(ledger, debtor, night)
    assert [d.kind for d in letters_due(claim, record)] == [LetterKind.SETTLEMENT_REMINDER]
    _, (again,) = confirmed_as_written(ledger, [claim], record)
    assert again.accord is not None
    assert again.accord.event.reminded == ((back, night),)  # the return's reminder, written on the 17th
    assert again.accord.pay_by == date(2026, 12, 31)  # as the one paid on the 14th and taken back on the 16th
    with speaking(Language.NL):
        said = " ".join(what_next(again, ledger.creditor)).replace("\xa0", " ")
    assert "De herinnering voor die termijn is de brief van 17 december 2026." in said
    # The next night, from the record: the two letters written, nothing new due, the 31st stands.
    record = FirstSeen(seen_record([again], record), complete=True, built=night)
    later = assess(ledger, debtor, night + timedelta(days=1))
    assert [d.kind for d in letters_due(later, record)] == []
    _, (kept,) = confirmed_as_written(ledger, [later], record)
    assert kept.accord is not None and kept.accord.pay_by == date(2026, 12, 31)


@pytest.mark.parametrize("back", [date(2026, 12, 16), date(2026, 12, 17)], ids=["on its reminder's day", "after it"])
def test_a_record_of_before_keeps_the_return_s_reminder_written_after_the_return_s_day(tmp_path, back):
    """A record an older version wrote keeps the return's reminder on the instalment's own reminder's day under that
    reminder's key: written after the return's day (paid on the 14th, taken back on the 16th, read on the 17th), it
    was the return's, and is not written again; written on that day itself, it was the own day's (`_held_day`). Since
    s64 a return after the own reminder's day has that key of its own too (claims.accord.return_reminder_apart): a
    record of before holds it under the plain key of the return's day, which stands for it the same way."""
    from incasso.ledger.model import ReturnedPayment

    paid, night = date(2026, 12, 14), back + timedelta(days=1)
    ledger = one_debtor_ledger(tmp_path, events=[IN_TWO])
    debtor = ledger.debtors[0]
    returned = (ReturnedPayment("C1", Decimal("300.00"), paid, back, "AC04", None),)
    ledger = replace(ledger, bank_returned={debtor.id: returned})
    later = assess(ledger, debtor, night + timedelta(days=1))
    (reminder,) = [e for k, e in confirmations(later) if k == LetterKind.SETTLEMENT_REMINDER]
    assert reminder.of_return
    older = confirmation_key(LetterKind.SETTLEMENT_REMINDER, replace(reminder, of_return=False))
    assert confirmation_key(LetterKind.SETTLEMENT_REMINDER, reminder) != older
    for written, again in ((night, []), (back, [LetterKind.SETTLEMENT_REMINDER])):
        record = FirstSeen({debtor.id: {older: written}}, complete=True, built=night)
        due = [d.kind for d in letters_due(later, record) if d.kind == LetterKind.SETTLEMENT_REMINDER]
        assert due == again, written


# s65: a plan's instalment paid and booked on 15 December 2026, the payment taken back by the bank on the 18th.
PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
PAID, BACK = date(2026, 12, 15), date(2026, 12, 18)


def _taken_back(booked: date | None) -> ReturnedPayment:
    return ReturnedPayment("C1", Decimal("625.00"), PAID, BACK, "AC04", None, booked=booked)


def test_the_record_keeps_the_day_a_payment_taken_back_was_booked_for_the_builds_after_its_statement_is_archived(
    tmp_path,
):
    """Read from the statement, the payment was booked before the return's day: the return's reminder was due on that
    day, and staff recorded it then. Its statement archived, no statement says the day any more; taken for unknown,
    that reminder would count as one that crossed the payment and another would be asked the day after (until s65).
    The record (confirmations.json) keeps the day the build read, and the next build reads it back."""
    ledger = one_debtor_ledger(
        tmp_path, policy={"reminder_after_days": 1}, events=[PLAN, event(BACK, "reminder", channel="letter")]
    )
    debtor = ledger.debtors[0]
    read = replace(ledger, bank_returned={debtor.id: (_taken_back(PAID),)})
    record = FirstSeen(seen_record([assess(read, debtor, BACK)], FirstSeen({})))
    assert record.days is not None and record.days[debtor.id][booked_key(_taken_back(None))] == PAID
    archived = replace(ledger, bank_returned={debtor.id: (_taken_back(None),)})
    night = date(2026, 12, 21)
    # Without the record (a first build, `incasso check`): as until s65.
    action = assess(archived, debtor, night).next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, BACK + timedelta(1))
    known = booked_as_recorded(archived, record)
    assert known.bank_returned[debtor.id] == (_taken_back(PAID),)
    assert known.bank_returned[debtor.id][0].booked == PAID
    claim = assess(known, debtor, night)
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.DUNNING, date(2027, 1, 1)), action
    # Kept night after night, with no statement to say it.
    assert FirstSeen(seen_record([claim], record)).booked(debtor.id, _taken_back(None)) == PAID


def test_a_statement_read_says_the_booking_day_before_the_record_and_no_record_changes_nothing(tmp_path):
    ledger = one_debtor_ledger(tmp_path)
    debtor_id = ledger.debtors[0].id
    read = replace(ledger, bank_returned={debtor_id: (_taken_back(PAID),)})
    record = FirstSeen({debtor_id: {booked_key(_taken_back(None)): date(2026, 12, 16)}})
    assert booked_as_recorded(read, record) is read
    archived = replace(ledger, bank_returned={debtor_id: (_taken_back(None),)})
    assert booked_as_recorded(archived, NO_RECORD) is archived
    assert booked_as_recorded(archived, FirstSeen({})) is archived
    # Another payment (another day, another amount) or another dossier's: not this one's day.
    other = ReturnedPayment(None, Decimal("625.00"), date(2026, 12, 14), BACK, None, None)
    elsewhere = FirstSeen({"D-2": {booked_key(_taken_back(None)): PAID}, debtor_id: {booked_key(other): PAID}})
    assert booked_as_recorded(archived, elsewhere) is archived
    # The same payment written by staff without its bank entry: one return, one day.
    written = replace(ledger, bank_returned={debtor_id: (replace(_taken_back(None), reference=None, reason=None),)})
    assert booked_as_recorded(written, record).bank_returned[debtor_id][0].booked == date(2026, 12, 16)


def test_the_record_finds_the_booking_day_of_a_payment_the_file_dates_on_either_day(tmp_path):
    """Credited on the 14th (its value date) and booked on the 15th: a debtor's file may date the payment on either day
    (reconcile names the credit by both). The return read says the credited day; once its statement is archived, the
    return staff wrote has only the file's day: the record keeps the booking day under both (before, only
    under the credited one, and a file dated on the 15th got a second reminder)."""
    ledger = one_debtor_ledger(tmp_path)
    debtor = ledger.debtors[0]
    credited = date(2026, 12, 14)
    read = ReturnedPayment("C1", Decimal("625.00"), credited, BACK, "AC04", None, booked=PAID)
    record = FirstSeen(
        seen_record([assess(replace(ledger, bank_returned={debtor.id: (read,)}), debtor, BACK)], NO_RECORD)
    )
    for dated in (credited, PAID):
        written = ReturnedPayment(None, Decimal("625.00"), dated, BACK, None, None)
        archived = replace(ledger, bank_returned={debtor.id: (written,)})
        assert booked_as_recorded(archived, record).bank_returned[debtor.id][0].booked == PAID, dated


def test_two_payments_alike_taken_back_on_one_day_keep_the_later_booking_day(tmp_path):
    """As claims.agreements.payments_booked counts the returns of one day by the latest booking."""
    ledger = one_debtor_ledger(tmp_path)
    debtor = ledger.debtors[0]
    alike = (_taken_back(PAID), replace(_taken_back(date(2026, 12, 17)), reference="C2"))
    record = FirstSeen(
        seen_record([assess(replace(ledger, bank_returned={debtor.id: alike}), debtor, BACK)], NO_RECORD)
    )
    assert record.booked(debtor.id, _taken_back(None)) == date(2026, 12, 17)


def test_a_settlements_return_reminder_is_the_same_letter_whatever_is_known_of_the_payments_booking_day(tmp_path):
    """A guard (as until s65): a settlement's instalment reminded from the return is reminded on the return's day, under
    a key of the days alone (claims.accord.return_reminder_apart), whether the statement says when the bank booked the
    payment or it is archived: the record of that letter stands the same before and after the archiving."""
    settlement = event(
        date(2026, 11, 28),
        "settlement",
        amount=Decimal("600.00"),
        installments=[{"due": PAID, "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    )
    ledger = one_debtor_ledger(tmp_path, policy={"reminder_after_days": 1}, events=[settlement])
    debtor = ledger.debtors[0]

    def letters(booked: date | None) -> tuple[list[tuple[str, str]], object]:
        taken = ReturnedPayment("C1", Decimal("300.00"), PAID, BACK, "AC04", None, booked=booked)
        claim = assess(replace(ledger, bank_returned={debtor.id: (taken,)}), debtor, date(2026, 12, 21))
        found = [(kind, confirmation_key(kind, e)) for kind, e in confirmations(claim)]
        return found, claim.next_action

    read, archived = letters(PAID), letters(None)
    assert read == archived
    reminders = [key for kind, key in read[0] if kind == LetterKind.SETTLEMENT_REMINDER]
    assert len(reminders) == 1 and reminders[0].startswith("settlement_reminder:2026-12-18:"), reminders
