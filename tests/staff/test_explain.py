"""staff.explain: the dossier's next step for a plan's instalment whose payment the bank took back on the very day its
own reminder falls (s61): why a second reminder goes the day after the one staff recorded, in Dutch and in English."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language, ReturnedPayment
from incasso.staff.explain import what_next
from incasso.staff.language import speaking
from tests.support.ledgers import event, one_debtor_ledger

PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
REMINDED = event(date(2026, 12, 16), "reminder", channel="letter")
SAID = {
    Language.NL: (
        "Herinnering gemiste termijn sturen sinds 17 december 2026",
        "De herinnering van 16 december 2026 kruiste de betaling van die termijn, die de bank diezelfde dag "
        "terugboekte. Deze herinnering zegt dat de betaling is teruggeboekt; daarom gaat zij apart, vanaf de dag erna.",
    ),
    Language.EN: (
        "Send instalment reminder, due since 17 December 2026",
        "The reminder of 16 December 2026 crossed that instalment's payment, which the bank returned that same day. "
        "This reminder says the payment was returned, so it goes separately, from the day after.",
    ),
}


def _said(tmp_path: Path, back: date, language: Language, paid: date = date(2026, 12, 15)) -> str:
    """The dossier's next step the day after `back`, the plan's payment of `paid` taken back by the bank on `back`."""
    ledger = one_debtor_ledger(tmp_path, policy={"reminder_after_days": 1}, events=[PLAN, REMINDED])
    debtor = ledger.debtors[0]
    returned = (ReturnedPayment("C1", Decimal("625.00"), paid, back, "AC04", None),)
    ledger = replace(ledger, bank_returned={debtor.id: returned})
    claim = assess(ledger, debtor, back + timedelta(days=1))
    with speaking(language):
        return " ".join(what_next(claim, ledger.creditor)).replace("\xa0", " ")


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_reminder_after_one_that_crossed_the_payment_says_why(tmp_path: Path, language: Language) -> None:
    said = _said(tmp_path, date(2026, 12, 16), language)
    for line in SAID[language]:
        assert line in said, said


# s64: taken back on the 17th, the payment of the 15th booked two days late: the reminder of the 16th crossed it too.
LATER = {
    Language.NL: (
        "Herinnering gemiste termijn sturen sinds 18 december 2026",
        "De herinnering van 16 december 2026 kruiste de betaling van die termijn, die de bank op 17 december 2026 "
        "terugboekte. Deze herinnering zegt dat de betaling is teruggeboekt; daarom gaat zij apart, vanaf de dag na die "
        "terugboeking.",
    ),
    Language.EN: (
        "Send instalment reminder, due since 18 December 2026",
        "The reminder of 16 December 2026 crossed that instalment's payment, which the bank returned on 17 December "
        "2026. This reminder says the payment was returned, so it goes separately, from the day after that return.",
    ),
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_after_the_reminder_s_day_says_the_reminder_crossed_the_payment(
    tmp_path: Path, language: Language
) -> None:
    """Until s64 the reminder of the 16th was said to cross nothing, and the return's was due on the 17th."""
    said = _said(tmp_path, date(2026, 12, 17), language)
    for line in LATER[language]:
        assert line in said, said


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_payment_after_the_reminder_crossed_nothing(tmp_path: Path, language: Language) -> None:
    """Paid on the 17th, after the reminder of the 16th, and taken back on the 18th: the payment answered the reminder,
    which is not said to cross it; the return's reminder is due the night that reads the return."""
    said = _said(tmp_path, date(2026, 12, 18), language, paid=date(2026, 12, 17))
    since = {Language.NL: "sturen sinds 19 december 2026", Language.EN: "due since 19 December 2026"}[language]
    assert since in said, said
    assert "kruiste" not in said and "crossed" not in said, said
