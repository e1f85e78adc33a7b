"""A settlement's instalment overdue, read on a phone: the box at the top says so and what a miss brings (the
agreement ends), as a plan's box does for its arrears; the debtor need not scroll to "Wat gebeurt er nu?" to learn
that the remitted rest is at stake. On schedule, or before its day, the box says nothing of it. One invoice of
1250.00, 250.00 paid before, a settlement of 500.00 in two instalments (the grace is the policy's 14 days)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.claims.states import Status
from incasso.statement.options import plan_option
from incasso.statement.steps import summary
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


def test_on_schedule_the_box_says_no_miss(tmp_path: Path) -> None:
    label, said = _top(tmp_path, date(2026, 11, 28))
    assert label == "Te betalen" and "termijn van de afspraak open" not in said and "vervalt" not in said, said


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
