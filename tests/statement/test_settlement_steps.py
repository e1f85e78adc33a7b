"""A settlement's "Wat gebeurt er nu?" read on the days a debtor reads it (steps._settlement_next, _lapse_said): an
instalment overdue is named with the last day that still keeps the agreement, never a day already past; once it
lapsed, the page says so and why, so that the whole sum asked again is explained. One invoice of 1250.00 due
2026-02-04, 250.00 paid on 2026-02-20, no letters; the final notice's term (the grace) is the policy's 14 days."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.claims.states import Status
from incasso.ledger.model import Language
from incasso.statement.steps import next_steps, settlement_lapse, settlement_last_days
from tests.support.ledgers import event, one_debtor_ledger, payment

AGREED = date(2026, 11, 15)
IN_TWO = event(
    AGREED,
    "settlement",
    amount=Decimal("500.00"),
    installments=[
        {"due": date(2026, 11, 25), "amount": Decimal("200.00")},
        {"due": date(2026, 12, 1), "amount": Decimal("300.00")},
    ],
)
BY_DAY = event(AGREED, "settlement", amount=Decimal("500.00"), pay_by=date(2026, 12, 1))
BEFORE = payment(date=date(2026, 2, 20), amount=Decimal("250.00"))
FIRST = payment(date=date(2026, 11, 25), amount=Decimal("200.00"))


def _steps(tmp_path: Path, on: date, settlement=IN_TWO, language: str = "nl") -> tuple[Status, str]:
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, FIRST], events=[settlement], language=language)
    claim = assess(ledger, ledger.debtors[0], on)
    said = " ".join(next_steps(claim, ledger, claim.debtor.language, page=True))
    return claim.status, said.replace("\xa0", " ")


def test_an_overdue_last_instalment_is_asked_by_the_day_that_still_keeps_the_agreement(tmp_path: Path) -> None:
    status, said = _steps(tmp_path, date(2026, 12, 5))
    assert status == Status.SETTLEMENT
    assert "1 december 2026?" not in said, said  # a day already past, asked as if still to come
    assert "Betaalt u nog EUR 300,00 uiterlijk 15 december 2026?" in said, said
    assert "De termijn van 1 december 2026 is nog niet betaald." in said, said


def test_in_english_too(tmp_path: Path) -> None:
    _, said = _steps(tmp_path, date(2026, 12, 5), language="en")
    assert "Please pay the remaining EUR 300.00 by 15 December 2026. We will then waive the rest" in said, said
    assert "The instalment of 1 December 2026 has not been paid yet." in said, said


def test_before_its_day_the_instalment_is_not_called_late(tmp_path: Path) -> None:
    _, said = _steps(tmp_path, date(2026, 11, 28))
    assert "Betaalt u nog EUR 300,00 uiterlijk 1 december 2026?" in said, said
    assert "nog niet betaald" not in said, said


def test_a_lapsed_settlement_is_said_with_why_the_whole_claim_is_asked_again(tmp_path: Path) -> None:
    status, said = _steps(tmp_path, date(2026, 12, 20))
    assert status == Status.ACTIVE
    assert said.startswith(
        "De afspraak van 15 november 2026 is vervallen: de termijn van 1 december 2026 is niet op tijd betaald."
    ), said
    assert "Daarom vragen wij weer het hele bedrag" in said, said


def test_a_lapsed_settlement_by_one_day_names_that_day(tmp_path: Path) -> None:
    _, said = _steps(tmp_path, date(2026, 12, 5), settlement=BY_DAY, language="en")
    assert said.startswith(
        "The agreement of 15 November 2026 has ended: the agreed amount was not paid by 1 December 2026."
    ), said


def test_while_it_runs_the_dispute_box_does_not_promise_to_hold_a_step_back(tmp_path: Path) -> None:
    """Beside a settlement the box said "Zolang wij dat uitzoeken, wachten wij met de volgende stap": no step is
    due, and its own day does not wait for a dispute; the settlement is for all the invoices."""
    from incasso.statement.options import dispute_option

    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, FIRST], events=[IN_TWO])
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 28))
    box = dispute_option(claim, ledger.creditor, "RF18D1001", claim.debtor.language)
    assert "volgende stap" not in box.text, box.text
    assert "De afspraak geldt voor alle facturen" in box.text, box.text


def test_agreed_by_a_counsellor_before_the_administrator_took_over_names_no_role(tmp_path: Path) -> None:
    """The counsellor agreed it on 15 November; the administrator's block since 1 December: "Afgesproken met uw
    bewindvoerder" named one who agreed nothing. As a wait asked then, it is said without a role."""
    from incasso.statement.view import accord_values
    from tests.support.ledgers import ADMINISTRATOR

    agreed = event(AGREED, "settlement", amount=Decimal("500.00"), pay_by=date(2027, 1, 31), asked_by="representative")
    later = {**ADMINISTRATOR, "since": date(2026, 12, 1)}
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[agreed], representative=later)
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 5))
    assert accord_values(claim, claim.debtor.language)["agreed_with"] == ""


def test_its_day_passed_unseen_in_the_bank_statements_is_said_as_not_yet_seen(tmp_path: Path) -> None:
    """By one day: 1 December passed, the statements read reach 30 November. It has not lapsed; the page asked
    "uiterlijk 15 december 2026" (a grace only instalments have) before."""
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[BY_DAY])
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 5), seen_until=date(2026, 11, 30))
    assert claim.status == Status.SETTLEMENT
    said = " ".join(next_steps(claim, ledger, claim.debtor.language, page=True)).replace("\xa0", " ")
    assert "15 december" not in said, said
    assert "Wij zien nog niet of u EUR 500,00 uiterlijk 1 december 2026 heeft betaald." in said, said


IN_THREE = event(
    AGREED,
    "settlement",
    amount=Decimal("500.00"),
    installments=[
        {"due": date(2026, 11, 25), "amount": Decimal("200.00")},
        {"due": date(2026, 12, 1), "amount": Decimal("150.00")},
        {"due": date(2026, 12, 15), "amount": Decimal("150.00")},
    ],
)
REMINDED = event(date(2026, 2, 5), "reminder", channel="email")


def _top(tmp_path: Path, settlement, language: str = "nl") -> str:
    from incasso.statement.steps import summary

    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, FIRST], events=[REMINDED, settlement], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 28))
    top = summary(claim, ledger, claim.debtor.language)
    return " ".join((top.amount or "", *top.lines)).replace("\xa0", " ")


def test_an_instalment_paid_is_thanked_for_with_what_is_left_of_the_agreed_sum(tmp_path: Path) -> None:
    """s48 (the demo's D-1017): under "Te betalen EUR 150,00" the thanks said "Het bedrag hierboven is wat u nu nog
    moet betalen", while EUR 300,00 of the agreed sum was left: the amount above is the instalment."""
    top = _top(tmp_path, IN_THREE)
    assert top.startswith("EUR 150,00 "), top
    assert "Het bedrag hierboven is wat u nu nog moet betalen" not in top, top
    assert (
        "Dank u wel voor uw betaling van EUR 200,00 op 25 november 2026. Van het afgesproken bedrag staat nog "
        "EUR 300,00 open. Het bedrag hierboven is de termijn die u nu betaalt." in top
    ), top
    english = _top(tmp_path / "en", IN_THREE, language="en")
    assert (
        "You still have EUR 300.00 of the agreed amount to pay. The amount above is the instalment to pay now."
        in english
    )


def test_when_the_amount_above_is_all_that_is_left_the_thanks_says_so(tmp_path: Path) -> None:
    """By one day, or at the last instalment, the amount above is all that is left: "wat u nu nog moet betalen"."""
    for settlement in (BY_DAY, IN_TWO):
        top = _top(tmp_path / settlement["type"] / str(len(settlement.get("installments", ()))), settlement)
        assert top.startswith("EUR 300,00 "), top
        assert "Het bedrag hierboven is wat u nu nog moet betalen." in top, top


def test_abroad_what_a_miss_does_names_the_next_instalments_last_day_and_the_confirmation_each_ones(
    tmp_path: Path,
) -> None:
    """s56: posted to Antwerp, the reminder of an instalment arrives 12 days later than at home (10 PostNL delivery
    days against 2), and the grace waits as long (claims.accord.grace_ends). What a miss does names the last day, not
    "meer dan 14 dagen te laat": the page's the next instalment's (1 December, the one of 25 November paid), the
    confirmation's each one's."""
    antwerp = {"contact.address": ["Meir 24", "2000 Antwerpen", "België"]}
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, FIRST], events=[IN_TWO], **antwerp)
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 27))
    assert claim.accord is not None
    said = settlement_lapse(claim.accord, Language.NL)
    assert said == (
        "Betaalt u de termijn van 1 december 2026 niet uiterlijk 27 december 2026? Dan vervalt de afspraak en vragen "
        "wij weer het hele bedrag."
    )
    # The confirmation's: its table of instalments gives each one's last day (letters.view, settlement_last_days).
    assert settlement_lapse(claim.accord, Language.EN, every=True) == (
        "Each instalment has a last day. You will find it in the table of your instalments below. If you do not pay "
        "an instalment by that day, the agreement ends and we ask for the whole amount again."
    )
    assert settlement_last_days(claim.accord) == {
        date(2026, 11, 25): date(2026, 12, 21),
        date(2026, 12, 1): date(2026, 12, 27),
    }
    home = one_debtor_ledger(tmp_path / "home", payments=[BEFORE, FIRST], events=[IN_TWO])
    at_home = assess(home, home.debtors[0], date(2026, 11, 27)).accord
    assert at_home is not None
    for every in (False, True):  # at home each has the 14 days, and the sentence says so
        assert settlement_lapse(at_home, Language.NL, every=every).startswith("Betaalt u een termijn meer dan 14 dagen")
    assert settlement_last_days(at_home) is None
