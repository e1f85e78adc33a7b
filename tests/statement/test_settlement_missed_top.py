"""A settlement's instalment overdue, read on a phone: the box at the top says so and what a miss brings (the
agreement ends), as a plan's box does for its arrears; the debtor need not scroll to "Wat gebeurt er nu?" to learn
that the remitted rest is at stake. On schedule, or before its day, the box says nothing of it. One invoice of
1250.00, 250.00 paid before, a settlement of 500.00 in two instalments (the grace is the policy's 14 days)."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import settlement_undecided
from incasso.claims.states import Status
from incasso.letters.settlement import settlement_way_out
from incasso.statement.options import plan_option
from incasso.statement.steps import next_steps, summary
from tests.support.ledgers import event, one_debtor_ledger, payment

IN_TWO = event(
    date(2026, 11, 15),
    "settlement",
    amount=Decimal("500.00"),
    installments=[
        {"due": date(2026, 11, 25), "amount": Decimal("200.00")},
        {"due": date(2026, 12, 1), "amount": Decimal("300.00")},
    ],
)
BEFORE = payment(date=date(2026, 2, 20), amount=Decimal("250.00"))
FIRST = payment(date=date(2026, 11, 25), amount=Decimal("200.00"))


def _top(tmp_path: Path, on: date, language: str = "nl", paid=(BEFORE, FIRST), read_today: bool = True):
    ledger = one_debtor_ledger(tmp_path, payments=list(paid), events=[IN_TWO], language=language)
    claim = assess(ledger, ledger.debtors[0], on)
    assert claim.status == Status.SETTLEMENT
    top = summary(claim, ledger, claim.debtor.language, read_today=read_today)
    return top.label, " ".join(top.lines).replace("\xa0", " ")


def test_an_overdue_instalment_is_said_in_the_box_with_what_a_miss_brings(tmp_path: Path) -> None:
    label, said = _top(tmp_path, date(2026, 12, 5))
    assert label == "Nu te betalen"
    assert said.startswith(
        "Er staat een termijn van de afspraak open. Betaalt u die niet op tijd? Dan vervalt de afspraak."
    ), said


def test_in_english_too(tmp_path: Path) -> None:
    label, said = _top(tmp_path, date(2026, 12, 5), language="en")
    assert label == "To pay now"
    assert said.startswith(
        "An instalment of the agreement is overdue. If you do not pay it on time, the agreement ends."
    ), said


def test_the_first_instalment_missed_with_nothing_paid_since_is_said_too(tmp_path: Path) -> None:
    label, said = _top(tmp_path, date(2026, 11, 30), paid=(BEFORE,))
    assert label == "Nu te betalen" and said.startswith("Er staat een termijn van de afspraak open."), said


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("nl", "Er staan termijnen van de afspraak open. Betaalt u die niet op tijd? Dan vervalt de afspraak."),
        ("en", "Instalments of the agreement are overdue. If you do not pay them on time, the agreement ends."),
    ],
)
def test_two_instalments_overdue_are_said_as_two(tmp_path: Path, language, lead) -> None:
    """Nothing paid of either: the first in its grace (to 9 December), the second past its day. The box asks both
    (EUR 500,00), not "Er staat een termijn van de afspraak open"."""
    label, said = _top(tmp_path, date(2026, 12, 5), language=language, paid=(BEFORE,))
    assert label in ("Nu te betalen", "To pay now")
    assert said.startswith(lead), said


@pytest.mark.parametrize(
    ("language", "remits"),
    [
        ("nl", "Betaalt u nog EUR 500,00 uiterlijk 9 december 2026? Dan schelden wij de rest van EUR 500,00 kwijt."),
        ("en", "Please pay the remaining EUR 500.00 by 9 December 2026. We will then waive the rest: EUR 500.00."),
    ],
)
def test_the_remission_is_promised_by_the_overdue_instalment_s_last_day_not_a_later_one(
    tmp_path: Path, language, remits
) -> None:
    """Nothing paid: the first instalment's grace ends on 9 December, the last one's (1 December) on the 15th. Until
    s56's review "Wat gebeurt er nu?" promised the remission for all of it by 15 December: paid on the 12th, the
    settlement had lapsed on the 10th. The box asks it by the 9th too."""
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[IN_TWO], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 5))
    below = " ".join(next_steps(claim, ledger, claim.debtor.language, page=True)).replace("\xa0", " ")
    assert remits in below, below
    assert "15 december 2026" not in below and "15 December 2026" not in below, below
    top = summary(claim, ledger, claim.debtor.language, read_today=True)
    assert top.deadline is not None and top.deadline.replace("\xa0", " ").endswith(
        ("9 december 2026", "9 December 2026")
    )


LAPSES = {
    "nl": "Betaalt u een termijn meer dan 14 dagen te laat? Dan vervalt de afspraak en vragen wij weer het hele bedrag.",
    "en": "If you pay an instalment more than 14 days late, the agreement ends and we ask for the whole amount again.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_schedule_the_box_says_what_a_miss_brings_not_that_one_is_overdue(tmp_path: Path, language) -> None:
    """s50: on D-1017's page what a miss brings sat under the message, below a phone's first screen; the top says it
    now, after the thanks, and 'Wat gebeurt er nu?' does not say it again. A letter's box does not: its own terms do."""
    label, said = _top(tmp_path / "page", date(2026, 11, 28), language)
    assert label in ("Te betalen", "To pay") and "termijn van de afspraak open" not in said, said
    assert said.endswith(LAPSES[language]) and said.count(LAPSES[language]) == 1, said
    ledger = one_debtor_ledger(tmp_path / "next", payments=[BEFORE, FIRST], events=[IN_TWO], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 28))
    below = " ".join(next_steps(claim, ledger, claim.debtor.language, page=True)).replace("\xa0", " ")
    assert LAPSES[language] not in below and LAPSES[language][:25] not in below, below
    _, letter = _top(tmp_path / "letter", date(2026, 11, 28), language, read_today=False)
    assert LAPSES[language] not in letter, letter


def test_by_one_day_the_box_says_it_without_the_day_again(tmp_path: Path) -> None:
    """One `pay_by`: the box's own line names the day ("Betaal uiterlijk 31 januari 2027"), the sentence does not."""
    by_day = event(date(2026, 11, 15), "settlement", amount=Decimal("500.00"), pay_by=date(2027, 1, 31))
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[by_day])
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 28))
    top = summary(claim, ledger, claim.debtor.language)
    assert top.deadline == "Betaal uiterlijk 31 januari 2027", top
    assert top.lines[-1] == "Betaalt u niet alles op tijd? Dan vervalt de afspraak en vragen wij weer het hele bedrag."


def test_a_letter_keeps_its_own_words(tmp_path: Path) -> None:
    """A letter says its own terms (the settlement's reminder): the box line is the page's."""
    _, said = _top(tmp_path, date(2026, 12, 5), read_today=False)
    assert "termijn van de afspraak open" not in said, said


def _change(tmp_path: Path, on: date, language: str = "nl") -> str:
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, FIRST], events=[IN_TWO], language=language)
    claim = assess(ledger, ledger.debtors[0], on)
    option = plan_option(claim, ledger.creditor, "RF00 TEST", claim.debtor.language)
    assert option.heading in ("Lukt het afgesproken bedrag niet?", "Can't pay the agreed amount?"), option.heading
    return option.text.replace("\xa0", " ")


def test_the_way_out_asks_to_write_soon_once_an_instalment_is_missed(tmp_path: Path) -> None:
    """ "het liefst vóór de afgesproken dag" read after that day is behind the debtor: as soon as possible (the last
    day that keeps the agreement is said in the box and under "Wat gebeurt er nu?", not a third time here)."""
    said = _change(tmp_path, date(2026, 12, 5))
    assert said.startswith("Neem dan zo snel mogelijk contact met ons op. Dan kijken wij samen"), said
    assert "vóór de afgesproken dag" not in said and "december" not in said
    english = _change(tmp_path, date(2026, 12, 5), language="en")
    assert english.startswith("Please contact us as soon as possible. We will then see together"), english


def test_before_its_day_the_way_out_keeps_the_agreed_day(tmp_path: Path) -> None:
    assert _change(tmp_path, date(2026, 11, 28)).startswith(
        "Neem dan contact met ons op, het liefst vóór de afgesproken"
    )


# s52: on the agreed day itself (an instalment's, or the one sum's `pay_by`) the box said "het liefst vóór de
# afgesproken dag", a day gone by tonight. The page asks for a word today; the day before keeps "vóór", the day after
# asks as soon as possible (missed, or for the one sum, asked whether it was paid); a letter written on that day
# is read after it: as soon as possible.
THE_DAY = {
    "nl": (
        "Neem dan contact met ons op, het liefst vóór de afgesproken dag.",
        "Neem dan contact met ons op, het liefst vandaag nog. Dan kijken wij samen of wij de afspraak kunnen aanpassen.",
        "Neem dan zo snel mogelijk contact met ons op.",
    ),
    "en": (
        "Please contact us, preferably before the agreed day.",
        "Please contact us, preferably today. We will then see together whether we can change the agreement.",
        "Please contact us as soon as possible.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("settlement", ["instalment", "pay_by"])
def test_on_the_agreed_day_the_way_out_asks_for_a_word_today(tmp_path: Path, language, settlement) -> None:
    before, today, soon = THE_DAY[language]
    if settlement == "instalment":  # the second instalment's day, 1 December
        ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, FIRST], events=[IN_TWO], language=language)
        day = date(2026, 12, 1)
    else:  # the one sum's day, 30 November; the statements read to the 29th (the day after asks whether it was paid)
        written = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[BY_DAY], language=language)
        ledger, day = replace(written, bank_until=date(2026, 11, 29)), date(2026, 11, 30)
    for on, said in ((day - timedelta(days=1), before), (day, today), (day + timedelta(days=1), soon)):
        claim = assess(ledger, ledger.debtors[0], on)
        box = plan_option(claim, ledger.creditor, "RF00 TEST", claim.debtor.language).text.replace("\xa0", " ")
        assert box.startswith(said), (on, box)
        letter = " ".join(settlement_way_out(claim, ()).lines).replace("\xa0", " ")
        assert letter.startswith(soon if said == today else said), (on, letter)  # read after the day


@pytest.mark.parametrize(
    ("language", "soon"), [("nl", "Neem dan zo snel mogelijk"), ("en", "Please contact us as soon")]
)
def test_a_pay_by_passed_unseen_the_way_out_asks_to_write_soon(tmp_path: Path, language, soon) -> None:
    """s50: its one day passed, the bank statements read not reaching it (the top asks whether it was paid): the box
    said "het liefst vóór de afgesproken dag", a day gone, as the message's "Lukt het niet op tijd?" did."""
    by_day = event(date(2026, 11, 15), "settlement", amount=Decimal("500.00"), pay_by=date(2026, 11, 30))
    written = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[by_day], language=language)
    ledger = replace(written, bank_until=date(2026, 11, 28))
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 3))
    assert settlement_undecided(claim) is not None
    said = plan_option(claim, ledger.creditor, "RF00 TEST", claim.debtor.language).text
    assert said.startswith(soon) and "vóór de afgesproken" not in said and "before the agreed" not in said, said


BY_DAY = event(date(2026, 11, 15), "settlement", amount=Decimal("500.00"), pay_by=date(2026, 11, 30))
PASSED = {
    "nl": (
        "Heeft u het afgesproken bedrag niet op tijd kunnen betalen?",
        "Neem dan zo snel mogelijk contact met ons op. Dan kijken wij samen wat er nog mogelijk is.",
        "is niet op tijd betaald",
    ),
    "en": (
        "Were you unable to pay the agreed amount in time?",
        "Please contact us as soon as possible. We will then see together what is still possible.",
        "was not paid on time",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_pay_by_passed_unseen_the_box_asks_in_the_past(tmp_path: Path, language) -> None:
    """s51: after its one day, unseen, the box still asked "Lukt het afgesproken bedrag niet?" and offered to change
    an agreement that lapsed if it was not paid (the top's "Nee?"). It asks in the past, and what is still possible;
    the mail says the amount was not paid on time. On the day itself it asks as before."""
    written = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[BY_DAY], language=language)
    ledger = replace(written, bank_until=date(2026, 11, 28))
    heading, words, mail = PASSED[language]
    after = assess(ledger, ledger.debtors[0], date(2026, 12, 1))
    assert settlement_undecided(after) is not None
    option = plan_option(after, ledger.creditor, "RF00 TEST", after.debtor.language)
    assert (option.heading, option.text) == (heading, words), option
    assert option.mailto is not None and mail.replace(" ", "%20") in option.mailto, option.mailto
    on_the_day = assess(ledger, ledger.debtors[0], date(2026, 11, 30))
    option = plan_option(on_the_day, ledger.creditor, "RF00 TEST", on_the_day.debtor.language)
    assert option.heading in ("Lukt het afgesproken bedrag niet?", "Can't pay the agreed amount?"), option
    assert "mogelijk is" not in option.text and "still possible" not in option.text, option
    assert option.mailto is not None and ("lukt%20niet" in option.mailto or "I%20cannot" in option.mailto), option
