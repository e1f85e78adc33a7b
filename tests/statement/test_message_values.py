"""A page's message values (statement.view.MessageValues): every name a message may hold, each worked out only when
it is read, and then the same as working out all of them."""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.statement import view as view_module
from incasso.statement.view import _WORKED_OUT, MESSAGE_VALUES, MessageValues, statement_view
from tests.support.site import DEMO_LEDGER

DEMO_TODAY = date(2026, 11, 22)


def demo_claims():
    ledger = load_ledger(DEMO_LEDGER)
    return ledger, [assess(ledger, debtor, DEMO_TODAY) for debtor in ledger.debtors]


def test_every_value_a_message_may_name_is_worked_out_by_its_own_rule():
    assert tuple(_WORKED_OUT) == MESSAGE_VALUES


def test_each_rule_gives_the_value_it_is_read_for():
    ledger, claims = demo_claims()
    for name, work_out in _WORKED_OUT.items():
        assert name in work_out(claims[0], ledger.creditor, None, claims[0].debtor.language)


def test_the_values_are_the_message_s_names_in_order_and_the_same_read_one_by_one_or_all_at_once():
    ledger, claims = demo_claims()
    for claim in claims:
        lang = claim.debtor.language
        all_at_once = dict(MessageValues(claim, ledger.creditor, DEMO_TODAY, lang))
        one_by_one = MessageValues(claim, ledger.creditor, DEMO_TODAY, lang)
        assert list(all_at_once) == list(MESSAGE_VALUES) == list(one_by_one)
        assert {name: one_by_one[name] for name in reversed(MESSAGE_VALUES)} == all_at_once, claim.debtor.id


def test_a_page_works_out_no_value_until_its_message_reads_it(monkeypatch):
    """The agencies' names (three looks through the dossier's history) on a page whose message names none of them."""
    asked = []
    real = view_module.earlier_agency_named
    monkeypatch.setattr(
        view_module, "earlier_agency_named", lambda claim, lang: asked.append(claim) or real(claim, lang)
    )
    ledger, claims = demo_claims()
    view = statement_view(claims[0], ledger)
    assert asked == []
    said = view.message_values["earlier_agency"]
    assert asked == [claims[0]] and view.message_values["earlier_agency"] == said  # once: then it is known
    assert asked == [claims[0]]


def test_a_name_no_message_may_hold_is_none_of_its_values():
    ledger, claims = demo_claims()
    with pytest.raises(KeyError):
        MessageValues(claims[0], ledger.creditor, None, claims[0].debtor.language)["debtor_iban"]
