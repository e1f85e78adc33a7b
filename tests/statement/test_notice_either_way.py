"""A business with a postal address and an e-mail address gets its final notice one way or the other: the build
writes both, staff send one (docs/letters.md, "In which form"). The page said "Wij sturen u nu een laatste brief
(sommatie) ... In de brief staat uw laatste betaaldag" and, before, "Dan sturen wij u een laatste brief (sommatie)",
of a notice that may come by e-mail: it says it comes by post or by e-mail.

One business invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning
letter e-mailed; the final notice is due on 10 March 2026.
"""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger

STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]
COMING = {
    "nl": "Hebben wij uw betaling niet uiterlijk 4 maart 2026 ontvangen? Dan sturen wij u een sommatie, per post of "
    "per e-mail.",
    "en": "If we have not received your payment by 4 March 2026, we will send you a final notice, by post or by email.",
}
NOW = {
    "nl": "Wij sturen u nu een sommatie, per post of per e-mail. Daarin krijgt u veertien dagen om te betalen, vanaf "
    "de dag nadat u die heeft ontvangen. In de sommatie staat uw laatste betaaldag.",
    "en": "We are now sending you a final notice, by post or by email. It gives you fourteen days to pay, from the day "
    "after you receive it. The notice states your last day to pay.",
}


def _steps(tmp_path, language, as_of):
    ledger = one_debtor_ledger(tmp_path, events=STEPS, language=language, type="business")
    return " ".join(statement_view(assess(ledger, ledger.debtors[0], as_of), ledger).next_steps)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_to_come_is_said_to_come_by_post_or_by_e_mail(tmp_path, language):
    said = _steps(tmp_path, language, date(2026, 3, 1))
    assert COMING[language] in said
    assert {"nl": "brief", "en": "letter"}[language] not in said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_its_day_the_page_says_it_goes_by_post_or_by_e_mail(tmp_path, language):
    said = _steps(tmp_path, language, date(2026, 3, 10))
    assert NOW[language] in said
    assert {"nl": "brief", "en": "letter"}[language] not in said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_written_today_is_named_without_brief(tmp_path, language):
    """A business's plan in arrears (tests.support.plan_notice), its final notice written on 24 November 2026: the
    message and the line by the QR code said "onze laatste brief (sommatie)" of what staff may send as an e-mail
    (`plan_notice_named`, by the first form written). The message names it no more (s61: the top says what it asks),
    but a site's own may, by {plan_notice}."""
    from tests.support.plan_notice import NOTICE, plan_notice_ledger

    ledger = plan_notice_ledger(tmp_path, language=language, type="business")
    view = statement_view(assess(ledger, ledger.debtors[0], NOTICE), ledger)
    named = {"nl": "onze sommatie", "en": "our final notice"}[language]
    assert view.message_key == "final_notice_plan"
    assert view.message_values["plan_notice"] == named
    notes = [n for n in (view.pay.note, view.pay.note_email) if n]
    assert notes and all(named in n and "brief" not in n for n in notes), notes
