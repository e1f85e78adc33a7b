"""What staff read once a settlement lapsed. Its instalment is no part payment: when the settlement lapses, the next letter's step is due again, and
the part-payment signal ("Deelbetaling vóór de volgende brief: ... eerst een vriendelijk bericht sturen?") named the
instalment paid under it, beside the lapse's own signal (Minnelijk akkoord vervallen), which says what came in (s47
review). One invoice of 1250.00 due 2026-02-04, a reminder and a dunning letter; a settlement of 600.00 in two
instalments agreed on 2026-11-28, the first paid, the second (2027-01-15) missed: lapsed on 2027-01-30."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.explain import what_next
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind, flags
from incasso.staff.view import flag_detail
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment

LETTERS = [event(date(2026, 2, 10), "reminder"), event(date(2026, 3, 1), "dunning")]
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
INSTALMENT = payment(date=date(2026, 12, 14), amount=Decimal("300.00"))


def _raised(tmp_path: Path, on: date, paid: list[dict]) -> list[str]:
    ledger = one_debtor_ledger(tmp_path, events=[*LETTERS, SETTLEMENT], payments=paid)
    claim = assess(ledger, ledger.debtors[0], on)
    return [str(f.kind) for f in flags(claim, ledger.creditor.policy)]


def test_an_instalment_of_a_lapsed_settlement_is_no_part_payment(tmp_path: Path) -> None:
    found = _raised(tmp_path, date(2027, 1, 30), [INSTALMENT])
    assert FlagKind.SETTLEMENT_LAPSED in found and FlagKind.PART_PAYMENT not in found, found


def test_a_payment_after_the_lapse_still_is(tmp_path: Path) -> None:
    found = _raised(tmp_path, date(2027, 2, 3), [INSTALMENT, payment(date=date(2027, 2, 2), amount=Decimal("50.00"))])
    assert FlagKind.PART_PAYMENT in found, found


def test_the_next_step_is_said_held_by_the_settlement_from_its_lapse(tmp_path: Path) -> None:
    """It read "Sommatie sturen sinds 15 oktober"-like days from before the settlement; due from the lapse, the line
    on why it is later than the policy names the settlement, not "een toezegging, regeling, geschil of ..."."""
    ledger = one_debtor_ledger(tmp_path, events=[*LETTERS, SETTLEMENT], payments=[INSTALMENT])
    claim = assess(ledger, ledger.debtors[0], date(2027, 1, 30))
    with speaking(Language.NL):
        said = [line.replace("\xa0", " ") for line in what_next(claim, ledger.creditor)]
    assert said[0].startswith("Sommatie sturen sinds 30 januari 2027: de aanmaning ging uit op 1 maart 2026"), said
    assert "Later dan het beleid: een minnelijk akkoord hield de escalatie stil tot 30 januari 2027." in said, said


def test_the_lapse_signal_says_whom_to_tell(tmp_path: Path) -> None:
    """It said "laat het de schuldhulpverlener (of de debiteur) weten" of a debtor nobody acts for."""
    for name, acting in (("alone", {}), ("counselled", {"representative": COUNSELLOR})):
        ledger = one_debtor_ledger(tmp_path / name, events=[*LETTERS, SETTLEMENT], payments=[INSTALMENT], **acting)
        claim = assess(ledger, ledger.debtors[0], date(2027, 1, 30))
        (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]
        with speaking(Language.NL):
            said = flag_detail(flag)
        assert said.endswith("laat het de debiteur weten" if not acting else "(of de debiteur) weten"), said
