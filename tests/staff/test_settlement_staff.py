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

    ledger, claim = _claim(
        tmp_path, date(2027, 1, 20), paid=[payment(date=date(2027, 1, 15), amount=Decimal("600.00"))]
    )
    with speaking(Language.NL):
        rows = {row.label: row.amount for row in _amounts(claim, (), NO_RETURNS, ledger.creditor)}
    assert "Totaal te betalen" not in rows, rows
    assert rows["Kwijtgescholden (niet betaald)"].replace("\xa0", " ") == "EUR 650,00", rows


# -- s49: nothing said as "EUR 0,00"; a settlement's day the bank statements do not reach ------------------------


def test_a_settled_dossier_has_no_row_of_a_kind_nothing_of_which_was_remitted(tmp_path: Path) -> None:
    """Interest ran (statutory) and the agreed sum paid it first (art. 6:44 BW): nothing of the interest is remitted.
    The dossier showed "Rente kwijtgescholden EUR 0,00" (and the costs alike): a figure that means "none"."""
    from incasso.staff.dossier_page import _amounts
    from incasso.staff.overview import NO_RETURNS

    paid = [payment(date=date(2027, 1, 15), amount=Decimal("600.00"))]
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", representative=COUNSELLOR, payments=paid, events=[REMINDER, SETTLEMENT]
    )
    claim = assess(ledger, ledger.debtors[0], date(2027, 1, 20))
    assert claim.status == Status.SETTLED and claim.settlement.interest_open == 0 and claim.settlement.costs_open == 0
    # s50: one kind remitted is said once, in the total's row, as the debtor's page says it
    # (tests/staff/test_dossier_settlement_figures).
    for lang, labels in (
        (Language.NL, ["Afgesproken", "Kwijtgescholden (niet betaald)"]),
        (Language.EN, ["Agreed", "Remitted (not paid)"]),
    ):
        with speaking(lang):
            rows = _amounts(claim, (), NO_RETURNS, ledger.creditor)
        assert [row.label for row in rows] == labels, (
            rows
        )  # s50: the agreed sum first (tests/staff/test_closed_dossier)
        assert not [row for row in rows if row.amount.endswith("0,00") or row.amount.endswith("0.00")], rows
    # Open, a zero stays a figure of the claim, as for any claim: the rows are the same three and what the whole
    # claim is if the settlement lapses (s50: not "Totaal te betalen", which the debtor's page does not ask).
    running = assess(ledger, ledger.debtors[0], date(2026, 12, 5))
    with speaking(Language.NL):
        labels = [row.label for row in _amounts(running, (), NO_RETURNS, ledger.creditor)]
    # s51: beside the agreed sum, what it lets go once paid, as the debtor's page says it.
    assert labels[:2] == ["Afgesproken", "Kwijtgescholden na betaling van het afgesproken bedrag"], labels
    assert labels[3:7] == [
        "Hoofdsom open",
        "Rente open",
        "Incassokosten open",
        "Vervalt het akkoord, dan weer te betalen",
    ], labels


@pytest.mark.parametrize(
    ("lang", "running", "lapsed"),
    [
        (Language.NL, "; niets betaald sindsdien, nog EUR 600,00.", "31 januari 2027; niets ontvangen. De hele"),
        (Language.EN, "; nothing paid since, EUR 600.00 left.", "31 January 2027; nothing received. The whole"),
    ],
)
def test_nothing_paid_is_said_in_words_not_as_eur_0(tmp_path: Path, lang, running, lapsed) -> None:
    _, runs = _claim(tmp_path / "a", date(2026, 12, 5))
    with speaking(lang):
        said = " ".join(why_stage(runs)).replace("\xa0", " ")
    assert running in said and "EUR 0,00" not in said and "EUR 0.00" not in said, said
    ledger, missed = _claim(tmp_path / "b", date(2027, 2, 3))
    (flag,) = [f for f in flags(missed, ledger.creditor.policy) if f.kind == FlagKind.SETTLEMENT_LAPSED]
    with speaking(lang):
        assert lapsed in flag_detail(flag).replace("\xa0", " ")


def _unseen(tmp_path: Path, settlement, seen: date, on: date, paid=()):
    """The claim on `on` with the bank statements read up to `seen` (a bank folder whose last statement ends then)."""
    from dataclasses import replace

    written = one_debtor_ledger(tmp_path, representative=COUNSELLOR, payments=list(paid), events=[REMINDER, settlement])
    ledger = replace(written, bank_until=seen)
    return ledger, assess(ledger, ledger.debtors[0], on)


def _awaiting(ledger, claim, lang=Language.NL) -> list[str]:
    with speaking(lang):
        return [
            f"{f.wording}: {flag_detail(f)}".replace("\xa0", " ")
            for f in flags(claim, ledger.creditor.policy)
            if f.kind == FlagKind.AWAITS_BANK
        ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            Language.NL,
            "awaits_bank_settlement: minnelijk akkoord: EUR 600,00 te betalen uiterlijk 31 januari 2027, maar betalingen "
            "zijn verwerkt tot en met 25 januari 2027: lees eerst de afschriften van daarna in bank/ in. Tot dan is niet "
            "te zien of het akkoord is betaald of vervallen",
        ),
        (
            Language.EN,
            "awaits_bank_settlement: settlement: EUR 600.00 to pay by 31 January 2027, but payments are processed up to "
            "and including 25 January 2027: put the later statements in bank/ and build again first. Until then it "
            "cannot be seen whether the settlement was paid or lapsed",
        ),
    ],
)
def test_a_pay_by_the_statements_do_not_reach_is_a_signal_beside_its_check(tmp_path: Path, lang, said) -> None:
    """The check (Controle: akkoord betaald?) was due the day after pay_by, and nothing said that what it looks for
    is in statements not read: a plan's instalment has that signal, a settlement had none."""
    ledger, claim = _unseen(tmp_path / "a", SETTLEMENT, seen=date(2027, 1, 25), on=date(2027, 2, 3))
    assert claim.status == Status.SETTLEMENT  # neither lapsed nor settled till the statements reach its day
    assert claim.next_action is not None and claim.next_action.is_due(claim.as_of)
    assert _awaiting(ledger, claim, lang) == [said]
    # Read to its day: lapsed (nothing came in), no waiting; before its day, nothing to wait for either.
    ledger, read = _unseen(tmp_path / "b", SETTLEMENT, seen=date(2027, 1, 31), on=date(2027, 2, 3))
    assert read.status == Status.ACTIVE and not _awaiting(ledger, read)
    ledger, ahead = _unseen(tmp_path / "c", SETTLEMENT, seen=date(2026, 12, 1), on=date(2027, 1, 31))
    assert ahead.status == Status.SETTLEMENT and not _awaiting(ledger, ahead)


def test_an_instalment_the_statements_do_not_reach_is_a_signal(tmp_path: Path) -> None:
    ledger, claim = _unseen(tmp_path / "a", IN_TWO, seen=date(2026, 12, 10), on=date(2026, 12, 20))
    assert _awaiting(ledger, claim) == [
        "awaits_bank_settlement_installment: termijn van 15 december 2026 (EUR 300,00) van het minnelijk akkoord, "
        "maar betalingen zijn verwerkt tot en met 10 december 2026: lees eerst de afschriften van daarna in bank/ in. "
        "Tot dan is niet te zien of die is betaald"
    ]
    assert (
        "instalment of 15 December 2026 (EUR 300.00) of the settlement, but" in _awaiting(ledger, claim, Language.EN)[0]
    )
    # Read past its day, paid: nothing to wait for.
    paid = [payment(date=date(2026, 12, 14), amount=Decimal("300.00"))]
    ledger, kept = _unseen(tmp_path / "b", IN_TWO, seen=date(2026, 12, 16), on=date(2026, 12, 20), paid=paid)
    assert kept.status == Status.SETTLEMENT and not _awaiting(ledger, kept)


def test_a_missed_instalments_last_day_of_grace_the_statements_do_not_reach_is_a_signal(tmp_path: Path) -> None:
    """Missed on 15 December (read), its grace to 29 December: on 2 January, statements read to 20 December, the
    settlement has not lapsed (claims.accord), and the check of the 30th is due: staff read why it cannot be done."""
    ledger, claim = _unseen(tmp_path / "a", IN_TWO, seen=date(2026, 12, 20), on=date(2027, 1, 2))
    assert claim.status == Status.SETTLEMENT and claim.accord is not None and claim.accord.missed is not None
    assert _awaiting(ledger, claim) == [
        "awaits_bank_settlement_grace: gemiste termijn van 15 december 2026 (EUR 300,00 open) van het minnelijk "
        "akkoord, te betalen tot en met 29 december 2026, maar betalingen zijn verwerkt tot en met 20 december 2026: "
        "lees eerst de afschriften van daarna in bank/ in. Tot dan vervalt het akkoord niet"
    ]
    # Its grace still runs (its last day today or later): nothing waits.
    ledger, grace = _unseen(tmp_path / "b", IN_TWO, seen=date(2026, 12, 20), on=date(2026, 12, 29))
    assert grace.status == Status.SETTLEMENT and not _awaiting(ledger, grace)


def test_a_sums_last_day_of_grace_after_its_return_the_statements_do_not_reach_is_a_signal(tmp_path: Path) -> None:
    """The sum by 31 January paid on the 29th, taken back on 10 February: missed from the return, its grace to the
    24th (claims.accord.counted_from). On 1 March, statements read to the 20th, it has not lapsed, and the check of
    the 25th is due: staff read why it cannot be done, of the agreed sum, not of an instalment."""
    from dataclasses import replace

    from incasso.ledger.model import ReturnedPayment

    written = one_debtor_ledger(tmp_path, representative=COUNSELLOR, events=[REMINDER, SETTLEMENT])
    back = (ReturnedPayment("B1", Decimal("600.00"), date(2027, 1, 29), date(2027, 2, 10), "AC04", None),)
    ledger = replace(written, bank_until=date(2027, 2, 20), bank_returned={written.debtors[0].id: back})
    claim = assess(ledger, ledger.debtors[0], date(2027, 3, 1))
    assert claim.status == Status.SETTLEMENT and claim.running_accord.missed_sum
    assert _awaiting(ledger, claim) == [
        "awaits_bank_settlement_sum_grace: afgesproken bedrag van 31 januari 2027 (EUR 600,00 open) van het minnelijk "
        "akkoord, door de bank teruggeboekt, te betalen tot en met 24 februari 2027, maar betalingen zijn verwerkt tot "
        "en met 20 februari 2027: lees eerst de afschriften van daarna in bank/ in. Tot dan vervalt het akkoord niet"
    ]
    assert (
        "agreed sum of 31 January 2027 (EUR 600.00 open) of the settlement, taken back"
        in (_awaiting(ledger, claim, Language.EN)[0])
    )
    from incasso.staff.explain import _policy_step

    with speaking(Language.NL):
        said = " ".join(_policy_step(claim, claim.next_action, ledger.creditor)).replace("\xa0", " ")
    assert (
        "Zodra de afschriften tot en met 24 februari 2027 zijn ingelezen: dat is de laatste dag om het akkoord te "
        "houden, voor het afgesproken bedrag van EUR 600,00 van 31 januari 2027, waarvan de bank de betaling heeft "
        "teruggeboekt. De herinnering voor dat bedrag is de brief van 10 februari 2027." in said
    ), said
    # s60: "The reminder of it is a letter of 10 February 2027", of a sum: the letter by its date, as staff say it.
    with speaking(Language.EN):
        said = " ".join(_policy_step(claim, claim.next_action, ledger.creditor)).replace("\xa0", " ")
    assert "The reminder for that sum is the letter dated 10 February 2027." in said, said
