"""What staff see of a settlement (minnelijk akkoord): its status and group, the dossier's facts, the signal when
it lapses (docs/computation.md, "A settlement")."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import Status
from incasso.ledger.model import Language
from incasso.staff.explain import why_stage
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind, flags, group_of, stage_groups
from incasso.staff.view import flag_detail
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment

AGREED = date(2026, 11, 28)
SETTLEMENT = event(AGREED, "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative")
REMINDER = event(date(2026, 2, 10), "reminder")


def _claim(tmp_path: Path, on: date, paid=(), events=(REMINDER, SETTLEMENT)):
    ledger = one_debtor_ledger(tmp_path, representative=COUNSELLOR, payments=list(paid), events=list(events))
    return ledger, assess(ledger, ledger.debtors[0], on)


def test_a_running_settlement_is_paused_in_its_stage_and_says_what_was_agreed(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 12, 5))
    assert claim.status == Status.SETTLEMENT and claim.paused and group_of(claim) == "reminder"
    with speaking(Language.NL):
        said = " ".join(why_stage(claim)).replace("\xa0", " ")
    assert (
        "Minnelijk akkoord van 28 november 2026 (op verzoek van schuldhulpverlener Schuldhulp Utrecht, Jan Smit): "
        "EUR 600,00 van EUR 1.250,00 als finale kwijting, te betalen uiterlijk 31 januari 2027; niets betaald "
        "sindsdien, nog EUR 600,00." in said
    ), said
    assert not flags(claim, ledger.creditor.policy)


def test_a_settled_claim_is_closed_in_its_own_group_with_the_rest_remitted(tmp_path: Path) -> None:
    _, claim = _claim(tmp_path, date(2027, 1, 20), paid=[payment(date=date(2027, 1, 15), amount=Decimal("600.00"))])
    assert claim.status == Status.SETTLED and group_of(claim) == "settled"
    (group,) = [g for g in stage_groups([claim]) if g.count]
    assert group.key == "settled" and group.closed and group.outstanding == Decimal("650.00")
    with speaking(Language.EN):
        said = " ".join(why_stage(claim)).replace("\xa0", " ")
    assert "Settled on 15 January 2027: the agreed EUR 600.00 (settlement of 28 November 2026) is paid." in said, said
    assert "EUR 650.00 is remitted, not paid." in said


def test_a_lapsed_settlement_is_a_signal_until_the_next_letter(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path / "a", date(2027, 2, 3), paid=[payment(date=date(2027, 1, 15), amount=100)])
    (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]
    assert (flag.amount, flag.paid, flag.day) == (Decimal("600.00"), Decimal("100"), date(2027, 1, 31))
    assert claim.status == Status.ACTIVE and claim.next_action is not None
    with speaking(Language.NL):
        said = " ".join(why_stage(claim)).replace("\xa0", " ")
    assert "Minnelijk akkoord van 28 november 2026 (EUR 600,00) vervallen op 1 februari 2027" in said, said
    dunning = event(date(2027, 2, 2), "dunning")
    ledger, later = _claim(tmp_path / "b", date(2027, 2, 3), events=(REMINDER, SETTLEMENT, dunning))
    assert not [f for f in flags(later, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]


IN_TWO = event(
    AGREED,
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            Language.NL,
            "EUR 600,00 afgesproken als finale kwijting, in termijnen; de termijn van 15 december 2026 (EUR 300,00) is "
            "niet betaald, ook niet in de 14 dagen erna (tot en met 29 december 2026); EUR 100,00 ontvangen. De hele "
            "vordering geldt weer en de stappen gaan door: laat het de schuldhulpverlener (of de debiteur) weten",
        ),
        (
            Language.EN,
            "EUR 600.00 agreed as full and final, in instalments; the instalment of 15 December 2026 (EUR 300.00) was "
            "not paid, nor in the 14 days after (up to and including 29 December 2026); EUR 100.00 received. The whole "
            "claim counts again and the steps go on: tell the debt counsellor (or the debtor)",
        ),
    ],
)
def test_a_lapse_in_instalments_names_the_instalment_missed_and_its_day_not_the_grace_s_last(tmp_path, lang, said):
    """The signal said "EUR 600,00 afgesproken als finale kwijting, te betalen tot en met 29 december 2026": the last
    day of the grace, as if the whole sum were due by then. It names the instalment missed, its day and amount, and
    the grace it had, as the page does ("de termijn van 15 december 2026 is niet op tijd betaald")."""
    paid = [payment(date=date(2026, 12, 1), amount=Decimal("100.00"))]
    ledger, claim = _claim(tmp_path, date(2027, 1, 5), paid=paid, events=(REMINDER, IN_TWO))
    assert claim.accord is not None and claim.accord.lapsed and claim.accord.ended_on == date(2026, 12, 30)
    (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]
    assert (flag.day, flag.part, flag.since, flag.days) == (
        date(2026, 12, 15),
        Decimal("300.00"),
        date(2026, 12, 29),
        14,
    )
    with speaking(lang):
        assert flag_detail(flag).replace("\xa0", " ") == said
    # A debtor nobody acts for: tell the debtor.
    ledger = one_debtor_ledger(tmp_path / "alone", payments=paid, events=[REMINDER, IN_TWO])
    alone = assess(ledger, ledger.debtors[0], date(2027, 1, 5))
    (flag,) = [f for f in flags(alone, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]
    assert flag.wording == "settlement_lapsed_instalment_debtor"


def test_a_lapse_by_one_day_names_that_day(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, date(2027, 2, 3))
    (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]
    with speaking(Language.NL):
        said = flag_detail(flag).replace("\xa0", " ")
    assert said.startswith("EUR 600,00 afgesproken als finale kwijting, te betalen tot en met 31 januari 2027;"), said


def test_a_settled_dossier_calls_its_rest_remitted_not_to_pay(tmp_path: Path) -> None:
    """The dossier's figures and its line at the top said "Totaal te betalen: EUR 650,00" of a claim settled, beside
    "EUR 650,00 is kwijtgescholden, niet betaald": a clerk who reads the top asks it of the debtor."""
    from incasso.staff.dossier_page import _amounts
    from incasso.staff.overview import NO_RETURNS

    _, claim = _claim(tmp_path, date(2027, 1, 20), paid=[payment(date=date(2027, 1, 15), amount=Decimal("600.00"))])
    with speaking(Language.NL):
        rows = {row.label: row.amount for row in _amounts(claim, (), NO_RETURNS)}
    assert "Totaal te betalen" not in rows, rows
    assert rows["Kwijtgescholden (niet betaald)"].replace("\xa0", " ") == "EUR 650,00", rows
