"""A final notice sent again: the page's message names the first one as the box does (s42).

`{the_notice}` in a message ("het bedrag uit {the_notice}") and the lines of a dispute's lead and its answer's term
said "onze laatste brief (sommatie)" of the first notice once a later one had gone out: read as the later one. With
one notice the words stay.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import EventType
from incasso.statement.view import statement_view
from tests.letters.test_one_number import _with_newer_invoice
from tests.support.site import DEMO_LEDGER, ledger_as_built

FIRST = {"nl": "onze eerste sommatie", "en": "our first final notice"}
ONE = {"nl": "onze laatste brief (sommatie)", "en": "our final notice"}


@pytest.fixture(scope="module")
def demo():
    return ledger_as_built(DEMO_LEDGER)


def _sent_again(demo, language):
    """D-1006 with a newer invoice, its final notice of 16 November sent again on 4 December."""
    ledger, debtor = _with_newer_invoice(demo, language)
    notice = next(e for e in debtor.events if e.type == EventType.FINAL_NOTICE)
    debtor = replace(debtor, events=(*debtor.events, replace(notice, date=date(2026, 12, 4))))
    return replace(ledger, debtors=tuple(debtor if d.id == debtor.id else d for d in ledger.debtors)), debtor


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_message_names_the_first_of_two_notices_as_the_first(demo, language):
    ledger, debtor = _sent_again(demo, language)
    claim = assess(ledger, debtor, date(2026, 12, 7))
    assert len(claim.final_notices) == 2
    assert statement_view(claim, ledger).message_values["the_notice"] == FIRST[language]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_message_of_one_notice_keeps_its_words(demo, language):
    ledger, debtor = _with_newer_invoice(demo, language)
    claim = assess(ledger, debtor, date(2026, 12, 3))
    assert len(claim.final_notices) == 1
    assert statement_view(claim, ledger).message_values["the_notice"] == ONE[language]


@pytest.mark.parametrize(
    ("channel", "nl", "en"),
    [
        ("email", "onze eerste sommatie per e-mail", "our first emailed final notice"),
        ("portal", "onze eerste sommatie in ons klantportaal", "our first final notice in our customer portal"),
    ],
)
def test_the_first_of_two_is_named_by_how_it_went(demo, channel, nl, en):
    from incasso.ledger.model import Channel
    from incasso.statement.tables import first_notice_named

    ledger, debtor = _sent_again(demo, "nl")
    claim = assess(ledger, debtor, date(2026, 12, 7))
    first = replace(claim.final_notices[0], channel=Channel(channel))
    claim = replace(claim, notices=(first, *claim.notices[1:]))
    assert first_notice_named(claim, "nl", "the_notice") == nl
    assert first_notice_named(claim, "en", "the_notice") == en


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_an_overstated_notice_the_one_the_costs_follow_is_named_not_the_first(tmp_path, language):
    """A consumer's notice of 2 October stated more costs than the staffel (it brings none); the right one of 21
    October brought them, its term over on 6 November, unread. The top said "De termijn van onze eerste sommatie
    liep tot en met 6 november": that day is the second one's term."""
    from incasso.claims.assess import assess as assess_claim
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    d1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
    events = [
        event(date(2026, 9, 14), "dunning", channel="letter"),
        event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00")),
        event(date(2026, 10, 21), "final_notice", channel="letter", costs=Decimal("225.00")),
    ]
    ledger = replace(
        one_debtor_ledger(tmp_path, invoices=[d1], events=events, language=language), bank_until=date(2026, 11, 5)
    )
    claim = assess_claim(ledger, ledger.debtors[0], date(2026, 11, 9))
    view = statement_view(claim, ledger)
    assert view.message_values["the_notice"] == ONE[language]
    lines = " ".join(view.summary.lines)
    assert FIRST[language] not in lines
    assert {"nl": "De termijn van onze laatste brief (sommatie) liep", "en": "The deadline in our final notice was"}[
        language
    ] in lines


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_the_costs_hang_on_is_named_by_its_date_when_a_later_one_followed(tmp_path, language):
    """As above, and the right one of 21 October sent again on 2 November: "onze laatste brief (sommatie)" read as
    the latest, the third; "onze eerste sommatie" would be the overstated one. Its date names it."""
    from incasso.claims.assess import assess as assess_claim
    from incasso.statement.tables import first_notice_named
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    d1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
    events = [
        event(date(2026, 9, 14), "dunning", channel="letter"),
        event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00")),
        event(date(2026, 10, 21), "final_notice", channel="letter", costs=Decimal("225.00")),
        event(date(2026, 11, 2), "final_notice", channel="letter", costs=Decimal("225.00")),
    ]
    ledger = replace(
        one_debtor_ledger(tmp_path, invoices=[d1], events=events, language=language), bank_until=date(2026, 11, 5)
    )
    claim = assess_claim(ledger, ledger.debtors[0], date(2026, 11, 9))
    assert len(claim.final_notices) == 3
    dated = {"nl": "onze sommatie van 21 oktober 2026", "en": "our final notice of 21 October 2026"}[language]
    assert first_notice_named(claim, language) == dated
    assert first_notice_named(claim, language, "the_notice") == dated
    view = statement_view(claim, ledger)
    assert view.message_values["the_notice"] == dated
    lines = " ".join(view.summary.lines)
    assert dated in lines
    assert ONE[language] not in lines.replace(dated, "")  # "our final notice" is in "our final notice of ..."
    assert FIRST[language] not in lines


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Er is een factuur bijgekomen die nog niet in onze sommaties stond."),
        ("en", "You have a newer invoice that was not in our final notices."),
    ],
)
def test_a_newer_invoice_in_neither_notice_is_said_to_be_in_neither(demo, language, said):
    """s42: D-1006's notice of 16 November sent again on 18 November, the newer invoice due 19 November: in neither
    (claims.escalation.asked_for). The message said "nog niet in onze eerste sommatie", as if the second held it."""
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    ledger, debtor = _with_newer_invoice(demo, language)
    notice = next(e for e in debtor.events if e.type == EventType.FINAL_NOTICE)
    debtor = replace(debtor, events=(*debtor.events, replace(notice, date=date(2026, 11, 18))))
    ledger = replace(ledger, debtors=tuple(debtor if d.id == debtor.id else d for d in ledger.debtors))
    view = statement_view(assess(ledger, debtor, date(2026, 12, 10)), ledger)
    assert view.message_key == "newer_invoice"
    assert said in str(Messages(REPO / "content" / "messages").for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_newer_invoice_after_one_notice_keeps_its_words(demo, language):
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    ledger, debtor = _with_newer_invoice(demo, language)
    view = statement_view(assess(ledger, debtor, date(2026, 12, 10)), ledger)
    assert view.message_key == "newer_invoice"
    assert f"in {ONE[language]}" in str(Messages(REPO / "content" / "messages").for_page(view))


AS_LATEST = {"nl": "onze laatste brief (sommatie) van 16 november 2026", "en": "our final notice of 16 November 2026"}
DATED = {"nl": "onze sommatie van 16 november 2026", "en": "our final notice of 16 November 2026"}


def _sent_again_on(demo, language, resent: date):
    debtor = replace(next(d for d in demo.debtors if d.id == "D-1006"), language=language)
    notice = next(e for e in debtor.events if e.type == EventType.FINAL_NOTICE)
    debtor = replace(debtor, events=(*debtor.events, replace(notice, date=resent)))
    return replace(demo, debtors=tuple(debtor if d.id == debtor.id else d for d in demo.debtors)), debtor


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("today", [date(2026, 11, 22), date(2026, 12, 3), date(2026, 12, 7)])
def test_the_costs_box_names_the_notice_they_hang_on_by_its_date_after_it_was_sent_again(demo, language, today):
    """s43: D-1006's notice of 16 November sent again on 20 November. The costs box asked "Heeft u onze laatste brief
    (sommatie) van 16 november 2026 op 18 november 2026 ontvangen?" in the term and after it: the latest letter is the
    one of 20 November. Named by its date, "onze sommatie van 16 november 2026", as among three (s42)."""
    ledger, debtor = _sent_again_on(demo, language, date(2026, 11, 20))
    claim = assess(ledger, debtor, today)
    assert len(claim.final_notices) == 2
    costs = statement_view(claim, ledger).costs
    if language == "nl":
        assert AS_LATEST["nl"] not in costs
    assert DATED[language] in costs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_box_of_one_notice_keeps_its_words(demo, language):
    ledger, debtor = _with_newer_invoice(demo, language)
    costs = statement_view(assess(ledger, debtor, date(2026, 11, 22)), ledger).costs
    assert {"nl": AS_LATEST["nl"], "en": "We sent our final notice on 16 November 2026"}[language] in costs
