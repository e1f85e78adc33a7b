"""A plan in arrears whose next instalment's day has passed while the bank statements read do not reach it (its
status "Nog niet verwerkt"): the page and the instalment's reminder ask the missed one, and neither calls the
unseen one "later" nor says that paying the missed one pays the whole plan.

The newcomer's K-003 (tests.statement.test_total_line): 900.00 due 31 August 2026, statutory interest, four
instalments of 225.00 from 1 October, the December one unpaid; read on 8 January 2027 with the statements to 20
December 2026, so the instalment of 1 January 2027 is unseen (the demo's D-1012 on 18 December 2026, alike).
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.claims.states import InstallmentStatus
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.statement.test_total_line import K_003
from tests.support.ledgers import write_ledger

D = Decimal
NB = "\xa0"
READ = date(2027, 1, 8)


def _k_003(tmp_path, language):
    debtor = K_003.format(language=language, december="", more="")
    ledger = load_ledger(write_ledger(tmp_path, debtors={"K-003.yaml": debtor}))
    ledger = replace(ledger, bank_until=date(2026, 12, 20))
    claim = assess(ledger, ledger.debtors[0], READ)
    assert [i.state for i in claim.running_plan.installments][2:] == [
        InstallmentStatus.OVERDUE,
        InstallmentStatus.UNSEEN,
    ]
    assert amount_to_pay(claim) == D("225.00")
    return ledger, claim


LABEL = {
    "nl": "Totaal open (waarvan EUR{nb}225,00 uiterlijk 1 januari 2027 te betalen was en {later} later te betalen)",
    "en": "Total outstanding (EUR{nb}225.00 of it was due by 1 January 2027, {later} later)",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_total_does_not_call_an_unseen_instalment_later(tmp_path, language):
    """It read "Totaal open (waarvan EUR 233,75 later te betalen)": the instalment of 1 January 2027 with the interest,
    as if not due yet, beside its status "Nog niet verwerkt"."""
    ledger, claim = _k_003(tmp_path, language)
    later = fmt.money(claim.total_due - D("450.00"), language)
    assert statement_view(claim, ledger).totals[-1].label == LABEL[language].format(nb=NB, later=later)


UNSEEN = {
    "nl": "Uw termijn van 1 januari 2027 (EUR\xa0225,00) was ook al te betalen. Heeft u die nog niet betaald? Betaal "
    "die dan ook.",
    "en": "Your instalment of 1 January 2027 (EUR\xa0225.00) was due too. If you have not paid it yet, please pay it "
    "as well.",
}
ALL_PAID = {
    "nl": "Dan heeft u alle termijnen van uw regeling betaald.",
    "en": "You will then have paid every instalment of your plan.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_of_the_missed_instalment_does_not_say_it_pays_the_whole_plan(tmp_path, language):
    """The reminder said "Wilt u EUR 225,00 uiterlijk 21 januari 2027 betalen? Dan heeft u alle termijnen van uw
    regeling betaald.": only if the unseen one of 1 January was paid. It asks the missed one, and that one too if it
    is not paid yet; so does the page."""
    ledger, claim = _k_003(tmp_path, language)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.INSTALLMENT_REMINDER]
    letter = letter_view(ledger, claim, due, Channel.EMAIL)
    assert not [t for t in letter.terms if ALL_PAID[language] in t], letter.terms
    assert UNSEEN[language] in letter.terms
    assert UNSEEN[language] in statement_view(claim, ledger).next_steps


# The demo's D-1012: 985.60 due 22 July 2026, reminded and dunned, a plan of four agreed on 20 August, two paid.
D_1012_PLAN = [
    {"due": date(2026, 9, 15), "amount": "250.00"},
    {"due": date(2026, 10, 15), "amount": "250.00"},
    {"due": date(2026, 11, 15), "amount": "250.00"},
    {"due": date(2026, 12, 15), "amount": "235.60"},
]


def _d_1012(tmp_path, language, as_of):
    from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

    ledger = one_debtor_ledger(
        tmp_path,
        interest="statutory",
        language=language,
        invoices=[invoice(number="F2026-0057", date=date(2026, 6, 22), due=date(2026, 7, 22), amount="985.60")],
        payments=[payment(date=date(2026, 9, 15), amount="250.00"), payment(date=date(2026, 10, 16), amount="250.00")],
        events=[
            event(date(2026, 7, 23), "reminder"),
            event(date(2026, 8, 6), "dunning"),
            event(date(2026, 8, 20), "arrangement", installments=D_1012_PLAN),
        ],
    )
    ledger = replace(ledger, bank_until=date(2026, 11, 20))
    return ledger, assess(ledger, ledger.debtors[0], as_of)


REST = {
    "nl": "Betaalt u de gemiste termijn nu en de volgende op tijd? Dan staat er na uw laatste termijn, op 15 december "
    "2026, naar verwachting nog EUR\xa011,41 open. Vandaag is dat EUR\xa011,11; de rente tot dan komt erbij. Voor "
    "dat kleine bedrag krijgt u daarna een vriendelijke herinnering, met het precieze bedrag. Wilt u er liever meteen vanaf zijn? Tel het dan op bij uw laatste termijn.",
    "en": "Your last instalment is due on 15 December 2026. If you pay the missed one now and the next one on time, "
    "about EUR\xa011.41 will be left after it. Today that is EUR\xa011.11; the interest until then comes on top. For "
    "that small amount you will then get a friendly reminder, with the exact amount. To be done with it at once, add "
    "it to your last instalment.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_what_the_plan_leaves_is_told_kindly_and_beside_today_s_figure(tmp_path, language):
    """On 4 December the total said "EUR 11.11 later" and the interest line "about EUR 11.41 will still be open after
    your last instalment", then "We will send you a reminder for it after that": two leftovers, and a cold word to a
    debtor keeping the plan. The line says what today's figure is, that the rest is small, what comes for it and
    how to pay it at once."""
    ledger, claim = _d_1012(tmp_path, language, date(2026, 12, 4))
    (line,) = [s for s in statement_view(claim, ledger).next_steps if REST[language][:40] in s]
    assert line.endswith(REST[language]), line


STEP = {
    "nl": "Betaalt u nu wat er van uw termijnen nog openstaat, dan blijft er naar verwachting EUR\xa011,87 open. Dat is "
    "een klein bedrag. Staat het daarna nog open? Dan vragen wij het u met een aanmaning. Wilt u er liever meteen vanaf zijn? Betaal het dan "
    "nu, samen met wat er van uw termijnen openstaat. Lukt dat niet?",
    "en": "If you pay what is still open of your instalments now, about EUR\xa011.87 will remain open. That is a "
    "small amount. If it is still open after that, we will ask you for it in a formal reminder. To be done with it at once, pay "
    "it now, together with what is still open of your instalments. If you cannot pay it,",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_rest_asked_by_a_step_is_told_with_the_way_to_avoid_it(tmp_path, language):
    """On 18 December the instalment's reminder said "We will then ask you for it: we will send you a formal
    reminder." It says when that letter comes (only if the rest is still open) and how to pay the rest at once."""
    ledger, claim = _d_1012(tmp_path, language, date(2026, 12, 18))
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.INSTALLMENT_REMINDER]
    letter = letter_view(ledger, claim, due, Channel.EMAIL)
    texts = _all_strings(letter)
    assert any(STEP[language] in t for t in texts), [t for t in texts if "11" in t]


def _all_strings(value):
    import dataclasses

    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _all_strings(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _all_strings(v)]
    return []
