"""The plan box on an instalment's own day (s52). "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan
contact met ons op, het liefst vóór de volgende termijn." read oddly on the day the next instalment is due: "before"
it is gone by tonight. That day the box asks for a word today, as a settlement's does on its day; the day before and
the day after (the next one then the following instalment) keep "vóór". One invoice of 1,250.00 due 4 February
2026, a plan of four instalments agreed the day after."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import InstallmentStatus, Status
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from incasso.statement.labels import LABELS
from incasso.statement.labels import text as labels_text
from incasso.statement.view import statement_view
from tests.support.ledgers import days, event, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
SECOND = date(2026, 4, 1)  # the second instalment's day
LAST = date(2026, 6, 1)
PLAN = [
    {"due": date(2026, 3, 1), "amount": D("300.00")},
    {"due": SECOND, "amount": D("300.00")},
    {"due": date(2026, 5, 1), "amount": D("300.00")},
    {"due": LAST, "amount": D("350.00")},
]
FIRST_PAID = payment(date=date(2026, 3, 1), amount=D("300.00"))
HANDOVER = event(DUE + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
NOTICE = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning"), event(DUE + days(30), "final_notice")]
# The agency's plan: its second instalment on 19 May 2026 (DUE + 105 days).
AGENCY_PLAN = [
    {"due": DUE + days(75), "amount": D("600.00")},
    {"due": DUE + days(105), "amount": D("600.00")},
    {"due": DUE + days(135), "amount": D("237.50")},
]


def _box(tmp_path, on: date, language: str, **changes) -> tuple[str, tuple[InstallmentStatus, ...]]:
    """The plan box's words on the page of day `on`, and the plan's instalments' states that day."""
    ledger = one_debtor_ledger(tmp_path / on.isoformat(), language=language, **changes)
    claim = assess(ledger, ledger.debtors[0], on)
    assert claim.status == Status.ARRANGEMENT and claim.plan is not None
    option = statement_view(claim, ledger).plan_option
    assert option is not None
    return option.text, tuple(i.state for i in claim.plan.installments)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_an_instalment_s_own_day_the_box_asks_for_a_word_today(tmp_path, language) -> None:
    labels = LABELS[language]
    plan = dict(payments=[FIRST_PAID], events=[event(DUE + days(1), "arrangement", installments=PLAN)])
    before, _ = _box(tmp_path, SECOND - days(1), language, **plan)
    today, states = _box(tmp_path, SECOND, language, **plan)
    after, later = _box(tmp_path, SECOND + days(1), language, **plan)
    assert states[1] == InstallmentStatus.DUE and later[1] in (InstallmentStatus.OVERDUE, InstallmentStatus.UNSEEN)
    assert before == labels["change_plan_text"]
    assert today == labels["change_plan_text_today"]
    assert ("vandaag nog" if language == "nl" else "preferably today") in today
    assert ("vóór" if language == "nl" else "before") not in today
    assert after == labels["change_plan_text"]  # the next is then the third instalment, on 1 May


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_day_s_instalment_paid_keeps_before_the_next(tmp_path, language) -> None:
    """Paid on its day (on the bank statements read): the next instalment is the one to come, not today."""
    paid = payment(date=SECOND, amount=D("300.00"))
    plan = dict(payments=[FIRST_PAID, paid], events=[event(DUE + days(1), "arrangement", installments=PLAN)])
    text, states = _box(tmp_path, SECOND, language, **plan)
    assert states[1] == InstallmentStatus.PAID
    assert text == LABELS[language]["change_plan_text"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_last_instalment_s_own_day_asks_as_soon_as_possible_as_before(tmp_path, language) -> None:
    """One instalment left to pay: "zo snel mogelijk" any day, its own day too (never "vóór")."""
    paid = [payment(date=d["due"], amount=d["amount"]) for d in PLAN[:3]]
    plan = dict(payments=paid, events=[event(DUE + days(1), "arrangement", installments=PLAN)])
    text, states = _box(tmp_path, LAST, language, **plan)
    assert states[3] == InstallmentStatus.DUE
    assert text == LABELS[language]["change_plan_text_single"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_agency_s_plan_box_on_its_instalment_s_day_asks_for_a_word_today_to_them(tmp_path, language) -> None:
    labels = LABELS[language]
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=AGENCY_PLAN)]
    plan = dict(payments=[payment(date=DUE + days(75), amount=D("600.00"))], events=events)
    day = DUE + days(105)
    said = {on: _box(tmp_path, on, language, **plan)[0] for on in (day - days(1), day, day + days(1))}
    assert said == {
        day - days(1): labels["change_plan_text_with"].format(handler="Incasso B.V."),
        day: labels["change_plan_text_with_today"].format(handler="Incasso B.V."),
        day + days(1): labels["change_plan_text_with"].format(handler="Incasso B.V."),
    }


@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
def test_a_letter_written_on_an_instalment_s_day_keeps_before_the_next(tmp_path, form) -> None:
    """The plan's confirmation written on its first instalment's day: read after it (as a settlement's letter on its
    day, letters.settlement), when the next is the plan's second, so its way out keeps "vóór de volgende termijn"."""
    on = PLAN[0]["due"]
    ledger = one_debtor_ledger(tmp_path, events=[event(on, "arrangement", installments=PLAN)])
    claim = assess(ledger, ledger.debtors[0], on)
    assert claim.plan is not None and claim.plan.installments[0].state == InstallmentStatus.DUE
    (due,) = letters_due(claim, NO_RECORD)
    way_out = letter_view(ledger, claim, due, form).way_out.lines
    assert LABELS["nl"]["change_plan_text"] in way_out
    assert statement_view(claim, ledger).plan_option.text == LABELS["nl"]["change_plan_text_today"]  # the page's


# Every instalment's day past, two or more still open (s54): no "next instalment" is left to be before, as after a
# final notice over a missed plan. The page, its letters and the agency's box ask for a word as soon as possible.
MISSED = dict(payments=[FIRST_PAID], events=[event(DUE + days(1), "arrangement", installments=PLAN)])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_with_no_instalment_to_come_the_box_asks_as_soon_as_possible(tmp_path, language) -> None:
    text, states = _box(tmp_path, LAST + days(1), language, **MISSED)
    assert InstallmentStatus.UPCOMING not in states and sum(s != InstallmentStatus.PAID for s in states) == 3
    assert text == LABELS[language]["change_plan_text_missed"]
    assert ("zo snel mogelijk" if language == "nl" else "as soon as possible") in text
    assert ("volgende termijn" if language == "nl" else "next instalment") not in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_the_last_instalment_s_day_with_others_missed_the_box_asks_for_a_word_today(tmp_path, language) -> None:
    text, states = _box(tmp_path, LAST, language, **MISSED)
    assert states[3] == InstallmentStatus.DUE and InstallmentStatus.UPCOMING not in states
    assert text == LABELS[language]["change_plan_text_today"]


@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
@pytest.mark.parametrize("on", [LAST, LAST + days(1)])
def test_a_letter_with_no_instalment_to_come_asks_as_soon_as_possible(tmp_path, form, on) -> None:
    """The reminder of the missed instalments, written on the last one's day or after it: read after that day, no
    next instalment is left to be before (a letter never asks for a word "today")."""
    ledger = one_debtor_ledger(tmp_path, language="en", **MISSED)
    claim = assess(ledger, ledger.debtors[0], on)
    assert claim.plan is not None
    (due,) = letters_due(claim, NO_RECORD)
    way_out = letter_view(ledger, claim, due, form).way_out.lines
    assert LABELS["en"]["change_plan_text_missed"] in way_out
    assert not any("next instalment" in line for line in way_out)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_agency_s_plan_box_with_no_instalment_to_come_asks_as_soon_as_possible(tmp_path, language) -> None:
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=AGENCY_PLAN)]
    plan = dict(payments=[payment(date=DUE + days(75), amount=D("600.00"))], events=events)
    text, _ = _box(tmp_path, DUE + days(136), language, **plan)
    assert text == labels_text(language, "change_plan_text_with_missed", handler="Incasso B.V.")  # no stop twice
    assert ("zo snel mogelijk" if language == "nl" else "as soon as possible") in text
