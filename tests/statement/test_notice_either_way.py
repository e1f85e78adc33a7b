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
