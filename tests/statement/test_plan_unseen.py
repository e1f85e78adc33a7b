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
