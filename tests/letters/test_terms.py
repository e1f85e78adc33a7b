"""What a letter asks and promises in its own paragraph (incasso.letters.terms): the words around the figures."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import event, one_debtor_ledger

# -- a promise of part: keeping it is progress, missing it the firmer step ----------------------------------------


def _promise_of_part(tmp_path, language):
    """1,250.00 open; on 24 February a promise of 1,000.00 by 6 March: kept, 250.00 is left for the dunning letter."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1000.00")),
    ]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    return letter_view(ledger, claim, due, Channel.LETTER)


KEPT = {
    "nl": "Zodra u dat heeft betaald, is EUR\xa01.000,00 van de EUR\xa01.250,00 betaald. Voor de EUR\xa0250,00 die dan "
    "nog openstaat, is de volgende stap: wij sturen u een aanmaning. Wilt u die liever in termijnen betalen? Vraag "
    "dan een betalingsregeling aan.",
    "en": "Once you have paid it, EUR\xa01,000.00 of the EUR\xa01,250.00 is paid. For the EUR\xa0250.00 still open "
    "then, we will send you a formal reminder. Would you rather pay that in instalments? Then ask us for a payment "
    "plan.",
}
MISSED = {
    "nl": "Hebben wij EUR\xa01.000,00 niet uiterlijk 6 maart 2026 ontvangen? Dan gaan wij verder met de incasso: wij "
    "sturen u een aanmaning. Lukt het niet op tijd? Laat het ons dan vóór 6 maart 2026 weten.",
    "en": "If we have not received EUR\xa01,000.00 by 6 March 2026, we will send you a formal reminder. If you cannot "
    "pay in time, please let us know before 6 March 2026.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_kept_promise_of_part_reads_as_progress_and_the_rest_has_a_way_out(tmp_path, language):
    """The letter said "Once you have paid the EUR 1,000.00 in time, we will ask you for the rest: we will send you
    a formal reminder", above "If we have not received EUR 1,000.00 by 6 March 2026, we will send you a formal
    reminder": the reward for keeping the promise read as the threat for breaking it. Kept: how much of the whole is then paid,
    the step for what is left, and a plan for it; missed: the step, and to say so in time."""
    view = _promise_of_part(tmp_path, language)
    assert view.terms[0].endswith(" " + KEPT[language])
    assert view.terms[-1] == MISSED[language]
    assert not any("ask you for the rest" in line or "vragen wij u daarna" in line for line in view.terms)
