"""A dispute whose answer is late, as the page says it (incasso.statement): D-1013 weeks after the day staff meant to
answer by. The top says the day passed and apologises; the message above the page did point to that top for "when you
will hear from us", and the totals said "Totaal te betalen" of all that is open while the top asks only the part agreed.

One consumer invoice of 1250.00 due 4 February 2026 (tests.support.ledgers.valid_debtor), disputed on the 6th.
"""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import message_fallbacks, statement_view
from tests.support.ledgers import days, event, invoice, one_debtor_ledger

DUE = date(2026, 2, 4)
OPENED = DUE + days(2)
REASON = "Zes uur meerwerk zonder akkoord vooraf"


def _view(tmp_path, as_of, lang="nl", invoices=None, named=()):
    dispute = event(OPENED, "dispute", reason=REASON, **({"invoices": list(named)} if named else {}))
    extra = {"invoices": invoices} if invoices else {}
    ledger = one_debtor_ledger(tmp_path, language=lang, events=[dispute], **extra)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


def test_a_dispute_past_its_answer_day_has_a_message_that_does_not_promise_a_day(tmp_path):
    """ "Bovenaan deze pagina staat ... wanneer u antwoord krijgt" above a top that can only say the day passed: the
    message is `dispute_late`, and a site without it shows `dispute`, as before."""
    claim, view = _view(tmp_path, OPENED + days(40))
    assert claim.next_action.due < claim.as_of
    assert view.message_key == "dispute_late"
    assert view.message_fallbacks == ("dispute",)


def test_a_dispute_of_several_invoices_past_its_answer_day_falls_back_through_its_plural(tmp_path):
    two = [invoice(number="F-A"), invoice(number="F-B", amount="300.00")]
    claim, view = _view(tmp_path, OPENED + days(40), invoices=two, named=("F-A", "F-B"))
    assert view.message_key == "dispute_many_late"
    assert message_fallbacks(claim, view.message_key) == ("dispute_many", "dispute")


def test_a_dispute_within_its_answer_day_keeps_its_message(tmp_path):
    _, view = _view(tmp_path, OPENED + days(3))
    assert view.message_key == "dispute"


@pytest.mark.parametrize(
    ("lang", "label"),
    [("nl", "Totaal open, ook wat wij nog uitzoeken"), ("en", "Total outstanding, including what we are looking into")],
)
def test_a_dispute_s_total_is_not_said_to_be_paid(tmp_path, lang, label):
    """The top asks only the part agreed with (the QR code holds no amount): the total of all that is open is
    "Totaal open, ook wat wij nog uitzoeken", not "Totaal te betalen"."""
    claim, view = _view(tmp_path, OPENED + days(3), lang=lang)
    assert claim.status == "dispute"
    grand = view.totals[-1]
    assert grand.grand and grand.label == label
    assert REASON not in str(view)  # the dispute's reason is for staff (docs/ledger-format.md)
