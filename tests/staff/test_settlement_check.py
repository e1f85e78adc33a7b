"""Staff's work while a settlement (minnelijk akkoord) runs: a check, as a plan's instalment gets one, on the day after
its pay_by or its next instalment's day, and for a missed instalment on the day after the last day that keeps the
agreement; the dossier's "Wat nu" says it and what a miss brings, never "Geen stap gepland" (claims.escalation
.settlement_check; docs/ledger-format.md, "A settlement (minnelijk akkoord)"). One invoice of 1250.00, a reminder sent,
the settlement of 600.00 agreed on 2026-11-28."""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import ActionKind, Status
from incasso.ledger.model import Language
from incasso.staff import words
from incasso.staff.explain import what_next
from incasso.staff.exports import claim_record
from incasso.staff.language import speaking
from incasso.staff.overview import todays_work
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment

AGREED = date(2026, 11, 28)
REMINDER = event(date(2026, 2, 10), "reminder")
BY_DAY = event(AGREED, "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative")
IN_TWO = event(
    AGREED,
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
PART_PAID = [payment(date=date(2026, 12, 1), amount=Decimal("100.00"))]  # of the first instalment (300.00)


def _claim(tmp_path: Path, on: date, settlement=BY_DAY, paid=(), seen_until: date | None = None):
    ledger = one_debtor_ledger(tmp_path, representative=COUNSELLOR, payments=list(paid), events=[REMINDER, settlement])
    return ledger, assess(ledger, ledger.debtors[0], on, seen_until=seen_until)


def _said(claim, ledger, lang: Language) -> str:
    with speaking(lang):
        return " ".join(what_next(claim, ledger.creditor)).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            Language.NL,
            "Controle: akkoord betaald? Vanaf 1 februari 2027: het afgesproken bedrag van EUR 600,00 (minnelijk "
            "akkoord) moest uiterlijk 31 januari 2027 betaald zijn. Niet (helemaal) betaald: dan vervalt het akkoord",
        ),
        (
            Language.EN,
            "Check: settlement paid? From 1 February 2027: the agreed sum of EUR 600.00 (settlement) was to be paid "
            "by 31 January 2027. Not paid (in full): the settlement lapses",
        ),
    ],
)
def test_a_settlement_by_one_day_is_checked_the_day_after_it(tmp_path: Path, lang, said) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 12, 5))
    assert claim.status == Status.SETTLEMENT
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.CHECK_SETTLEMENT, date(2027, 2, 1))
    text = _said(claim, ledger, lang)
    assert said in text, text
    assert "Geen stap gepland" not in text and "No step planned" not in text
    assert not todays_work([claim], claim.as_of)  # not due yet


def test_its_check_is_todays_work_while_the_statements_do_not_show_the_day(tmp_path: Path) -> None:
    """On 1 February the statements read end on 30 January: not lapsed, not settled; staff check (and read them in)."""
    ledger, claim = _claim(tmp_path, date(2027, 2, 1), seen_until=date(2027, 1, 30))
    assert claim.status == Status.SETTLEMENT
    (task,) = todays_work([claim], claim.as_of)
    assert task.is_check and task.action.kind == ActionKind.CHECK_SETTLEMENT and task.amount == Decimal("600.00")
    record = claim_record(claim, ledger.creditor.policy, "https://example.org/x")["next_action"]
    assert (record["kind"], record["due"], record["is_due"]) == ("check_settlement", "2027-02-01", True)


def test_once_the_statements_show_it_missed_the_check_gives_way_to_the_steps(tmp_path: Path) -> None:
    _, claim = _claim(tmp_path, date(2027, 2, 1))
    assert claim.status == Status.ACTIVE and claim.next_action is not None
    assert claim.next_action.kind not in (ActionKind.CHECK_SETTLEMENT, ActionKind.CHECK_INSTALLMENT)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            Language.NL,
            "Controle: akkoord betaald? Vanaf 16 december 2026: de termijn van EUR 300,00 van het minnelijk akkoord "
            "vervalt op 15 december 2026. Niet betaald: een herinnering voor die termijn volgt, en 14 dagen na die "
            "dag vervalt het akkoord.",
        ),
        (
            Language.EN,
            "Check: settlement paid? From 16 December 2026: the settlement's instalment of EUR 300.00 is due on 15 "
            "December 2026. Not paid: a reminder for that instalment follows, and 14 days after that day the "
            "settlement lapses.",
        ),
    ],
)
def test_a_settlement_in_instalments_is_checked_the_day_after_the_next(tmp_path: Path, lang, said) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 12, 5), settlement=IN_TWO)
    assert claim.next_action is not None and claim.next_action.due == date(2026, 12, 16)
    assert said in _said(claim, ledger, lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            Language.NL,
            "Controle: akkoord betaald? Vanaf 30 december 2026: de gemiste termijn van 15 december 2026 (EUR 200,00 "
            "open) van het minnelijk akkoord; 29 december 2026 is de laatste dag om het akkoord te houden. De "
            "herinnering voor die termijn is de brief van 16 december 2026. Niet betaald: dan vervalt het akkoord",
        ),
        (
            Language.EN,
            "Check: settlement paid? From 30 December 2026: the settlement's missed instalment of 15 December 2026 "
            "(EUR 200.00 open); 29 December 2026 is the last day that keeps the settlement. The reminder for that "
            "instalment is the letter dated 16 December 2026. Not paid: the settlement lapses",
        ),
    ],
)
def test_a_missed_instalment_is_checked_after_its_grace_with_its_reminder_said(tmp_path: Path, lang, said) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 12, 20), settlement=IN_TWO, paid=PART_PAID)
    assert claim.status == Status.SETTLEMENT and claim.running_accord.missed is not None
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.CHECK_SETTLEMENT, date(2026, 12, 30))
    assert said in _said(claim, ledger, lang)
    # Paid after all in its grace: the check moves on to the next instalment.
    paid_up = [*PART_PAID, payment(date=date(2026, 12, 18), amount=Decimal("200.00"))]
    _, kept = _claim(tmp_path / "kept", date(2026, 12, 20), settlement=IN_TWO, paid=paid_up)
    assert kept.next_action is not None and kept.next_action.due == date(2027, 1, 16)


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    return []


def test_a_reminder_is_for_an_instalment_in_the_dutch_staff_texts() -> None:
    """s61: the check of a settlement's instalment said "Niet betaald: een herinnering voor die termijn volgt", and the
    plan's steps "eerst een vriendelijke herinnering voor die termijn": a herinnering is "voor" an instalment (the
    check of a missed one: "De herinnering voor die termijn is de brief van ..."); "van" goes with its date."""
    said = [text for name in dir(words) if name.isupper() for text in _texts(getattr(words, name))]
    assert len(said) > 500
    wrong = [text for text in said if re.search(r"herinnering(?:en)? van (?:de|die|deze)\b", text)]
    assert wrong == [], wrong
