"""The page of a consumer whose final notice stated more costs than the staffel allows (s41 review).

Such a notice brings no costs (claims.timing.overstates), and the steps send one that states the right costs once
its term is over. On that day the top said "Wij hebben u een laatste brief gestuurd (een sommatie)" and the steps
right under it "Wij sturen u nu een laatste brief (sommatie)": two last letters. The notice that brings no costs is
named as the e-mailed one a consumer never agreed to is: no "laatste" (statement.view._a_notice).
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import event, invoice, one_debtor_ledger

D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
DUNNING = event(date(2026, 9, 14), "dunning", channel="letter")


def _view(tmp_path, lang, costs, as_of=date(2026, 10, 21)):
    notice = event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal(costs))
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING, notice], language=lang)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


@pytest.mark.parametrize(("lang", "named"), [("nl", "een brief"), ("en", "a notice to pay")])
def test_the_day_the_right_notice_is_written_the_top_names_the_first_no_last_letter(tmp_path, lang, named):
    claim, view = _view(tmp_path, lang, "300.00")
    assert claim.next_action.kind == "final_notice" and claim.costs.state == "none"
    assert view.message_values["a_notice"] == named


def test_a_notice_that_stated_the_staffel_is_still_the_last_letter(tmp_path):
    _, view = _view(tmp_path, "nl", "225.00", as_of=date(2026, 10, 10))
    assert view.message_values["a_notice"] == "een laatste brief"


def test_once_the_right_notice_s_costs_are_charged_the_top_says_its_term_passed(tmp_path):
    # The overstated notice of 2 October, then the right one of 21 October (225.00), posted: its term ended on
    # 6 November (received 23 October); read on 20 November, the costs charged by it. Before, the two notices that
    # bind read as two episodes, and the top said the plain "Wij hebben u een laatste brief gestuurd" with no word
    # of the term that brought the costs.
    over = event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00"))
    right = event(date(2026, 10, 21), "final_notice", channel="letter", costs=Decimal("225.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING, over, right])
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 20))
    assert (claim.costs.state, claim.costs.from_date) == ("charged", date(2026, 11, 7))
    assert statement_view(claim, ledger).message_key == "final_notice_passed"


def _restated(tmp_path, as_of, bank_until):
    over = event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00"))
    right = event(date(2026, 10, 21), "final_notice", channel="letter", costs=Decimal("225.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING, over, right])
    ledger = replace(ledger, bank_until=bank_until)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


def test_the_right_notice_s_term_is_the_one_the_costs_follow(tmp_path):
    # The costs hang on the notice of 21 October (the overstated one of 2 October brings none). Before, the page
    # took the first notice that binds, the overstated one, found its term did not set the costs' day, and spoke of
    # them as of costs from the due date: no "Betaalt u te laat?" at the top, the law's wording in the costs.
    claim, view = _restated(tmp_path, date(2026, 11, 2), date(2026, 11, 1))
    assert claim.costs.from_date == date(2026, 11, 7)
    assert "Betaalt u te laat? Dan komen er tot EUR\xa0225,00 incassokosten bij." in view.summary.lines
    assert view.costs.startswith("Nog niet in rekening gebracht. Heeft u onze laatste brief (sommatie) van 21 oktober")


def test_the_right_notice_s_term_over_its_days_unread_the_costs_are_said_in_the_top(tmp_path):
    claim, view = _restated(tmp_path / "b", date(2026, 11, 9), date(2026, 11, 5))
    assert claim.term_unseen == date(2026, 11, 6) and view.pay.amount == Decimal("1725.00")
    assert view.costs.startswith("Geteld in het bedrag bovenaan, omdat de termijn voorbij is.")
    assert "Dan rekenen wij vanaf 7 november" not in " ".join(view.next_steps).replace("\xa0", " ")


CALM = {
    "nl": ("Betaal nu, zonder incassokosten", "Wij sturen u een nieuwe sommatie. Daarin krijgt u veertien dagen om te"),
    "en": ("Pay now, without collection costs", "We are sending you a new final notice. It gives you fourteen days"),
}
ASAP = {"nl": "zo snel mogelijk", "en": "as soon as possible"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_day_the_right_notice_is_written_the_top_is_calm_and_true(tmp_path, lang):
    """s42: the top said "Betaal zo snel mogelijk" (and the message "Wilt u het bedrag zo snel mogelijk betalen?")
    while the steps right under it send a new notice with fourteen days to pay. It says: pay now, no costs now, and
    what comes next. A site without the new message shows `final_notice_plain`, as before."""
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    claim, view = _view(tmp_path, lang, "300.00")
    by, line = CALM[lang]
    assert view.summary.deadline == by
    assert line in " ".join(view.summary.lines)
    assert view.message_key == "final_notice_restated" and view.message_fallbacks[0] == "final_notice_plain"
    message = str(Messages(REPO / "content" / "messages").for_page(view))
    for said in (view.summary.deadline, *view.summary.lines, message):
        assert ASAP[lang] not in said, said


def test_in_the_overstated_notice_s_term_the_top_keeps_its_day(tmp_path):
    _, view = _view(tmp_path, "nl", "300.00", as_of=date(2026, 10, 10))
    assert view.summary.deadline == "Betaal uiterlijk 20 oktober 2026"
    assert view.message_key == "final_notice_plain"


WITHDRAWN = {
    "nl": "In onze vorige sommatie, van 2 oktober 2026, stond een te hoog bedrag aan incassokosten. Dat bedrag "
    "vervalt.",
    "en": "Our previous final notice, of 2 October 2026, stated too high an amount of collection costs. That amount "
    "is withdrawn.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_right_notice_says_the_earlier_amount_was_wrong(tmp_path, lang):
    """s42: the new notice said nothing of the earlier one's costs; a debtor holding both read two amounts."""
    from incasso.ledger.model import Channel
    from incasso.letters.due import DueLetter, LetterKind
    from incasso.letters.view import letter_view

    notice = event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING, notice], language=lang)
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 21))
    letter = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert WITHDRAWN[lang] in letter.terms
    assert letter.lead.by.startswith({"nl": "Uiterlijk", "en": "By"}[lang])  # its own box keeps its own day


def test_a_notice_after_one_e_mailed_without_consent_says_no_amount_was_wrong(tmp_path):
    from incasso.ledger.model import Channel
    from incasso.letters.due import DueLetter, LetterKind
    from incasso.letters.view import letter_view

    notice = event(date(2026, 10, 2), "final_notice", channel="email")
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING, notice])
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 21))
    letter = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert "te hoog" not in " ".join(letter.terms)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "De termijn van onze laatste brief (sommatie) liep tot en met 6 november 2026."),
        ("en", "The deadline in our final notice was 6 November 2026."),
    ],
)
def test_the_top_names_the_notice_whose_term_brought_the_costs_not_the_overstated_first(tmp_path, lang, said):
    # s42 review: the top said "De termijn van onze eerste sommatie liep tot en met 6 november 2026": the first, of
    # 2 October, stated too much and brought nothing; its term ended on 20 October. 6 November ends the second's.
    over = event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00"))
    right = event(date(2026, 10, 21), "final_notice", channel="letter", costs=Decimal("225.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING, over, right], language=lang)
    ledger = replace(ledger, bank_until=date(2026, 11, 5))
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 11, 9)), ledger)
    lines = " ".join(view.summary.lines).replace("\xa0", " ")
    assert said in lines
    assert {"nl": "eerste", "en": "first"}[lang] not in lines


NOW_UNAGREED = {
    "nl": "Wij sturen u nu een e-mail (sommatie). Daarin krijgt u veertien dagen om te betalen.",
    "en": "We are now sending you a notice to pay by email. It gives you fourteen days to pay.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_day_a_notice_without_consent_is_written_the_top_is_calm_and_true(tmp_path, lang):
    """s42: a consumer with no postal address who never agreed to e-mail gets a first notice by e-mail that brings
    no costs (claims.timing.binds_by); the day it is written the top said "Betaal zo snel mogelijk" beside it. It
    reads as the day after an overstated one: pay now, without costs, and the notice's fourteen days."""
    from pelican.plugins.incasso.statements import Messages
    from tests.support.ledgers import MISSING
    from tests.support.site import REPO

    dunning = event(date(2026, 9, 14), "dunning", channel="email")
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[dunning], language=lang, **{"contact.address": MISSING})
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 1))
    view = statement_view(claim, ledger)
    assert view.summary.deadline == CALM[lang][0]
    assert NOW_UNAGREED[lang] in view.summary.lines
    assert not any("incassokosten bij" in line or "collection costs will" in line for line in view.summary.lines)
    message = str(Messages(REPO / "content" / "messages").for_page(view))
    for said in (view.summary.deadline, *view.summary.lines, message):
        assert ASAP[lang] not in said, said
