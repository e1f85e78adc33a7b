"""What a debtor reading the page on a phone needs near the top or in plain words: the payments not yet
read next to costs charged, what a handover costs, what a free-text reference is called, which words are
Dutch on an English page."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.statement.steps import summary
from incasso.statement.view import statement_view
from tests.support.ledgers import VALID_CREDITOR, days, event, invoice, one_debtor_ledger
from tests.support.site import DEMO_LEDGER, ledger_as_built

DUE = date(2026, 2, 4)
NOTICE = DUE + days(20)
DEC_3 = date(2026, 12, 3)  # the demo a week and a half on: D-1006's notice term is over (its statements not read)


@pytest.fixture(scope="module")
def demo_on_dec_3():
    ledger = ledger_as_built(DEMO_LEDGER)
    return ledger, {d.id: assess(ledger, d, DEC_3) for d in ledger.debtors}


def view_on_dec_3(demo, debtor_id):
    ledger, claims = demo
    return statement_view(claims[debtor_id], ledger)


# -- 2: the costs charged, and the payments not read yet, in the amount box ----------------------------


def test_costs_wait_for_the_bank_to_reach_the_terms_end_and_the_amount_box_says_a_payment_needs_nothing(tmp_path):
    """A term that ended after the last day the statements cover is judged as a promise is: on its payments
    (a payment in it stops the costs, art. 6:114 lid 2 BW), so its costs are still to come, and the amount
    box says a payment made since needs nothing more (review-bank finding 3)."""
    ledger = one_debtor_ledger(tmp_path, events=[event(NOTICE, "final_notice")])
    claim = assess(ledger, ledger.debtors[0], NOTICE + days(40))
    assert claim.costs.state == "charged"
    assert not [line for line in statement_view(claim, ledger).summary.lines if "verwerkt" in line]  # bank reached it
    last_day = claim.costs.owed_from - days(1)
    early = replace(ledger, bank_until=last_day - days(3))
    claim = assess(early, early.debtors[0], NOTICE + days(40))
    assert (claim.costs.state, claim.costs.owed_from, claim.settlement.costs) == ("announced", last_day + days(1), None)
    view = statement_view(claim, early)
    # The top asks the costs with the rest, one number (s41), and ends on the payments not read yet.
    assert view.summary.amount == fmt.money(claim.total_due + claim.costs.amount)
    assert view.summary.lines[-1] == (
        "Wij zien een betaling zodra de afschriften van onze bank over die dagen binnen zijn. Betalingen van na "
        f"{fmt.day(last_day - days(3))} hebben wij nog niet verwerkt."
    )
    assert view.summary.deadline == "Betaal zo snel mogelijk"  # not the term's last day, gone by
    # A letter is read days later: it does not speak for the bank statements of the build's day.
    assert not [line for line in summary(claim, early, "nl", read_today=False).lines if "verwerkt" in line]


def test_the_demo_s_costs_on_dec_3_wait_for_the_statements_of_the_term_s_last_day(demo_on_dec_3):
    # The demo's statements run to 20 November; D-1006's term ended on 2 December.
    ledger, claims = demo_on_dec_3
    assert (claims["D-1006"].costs.state, claims["D-1006"].next_action.is_due(DEC_3)) == ("announced", False)
    top = view_on_dec_3(demo_on_dec_3, "D-1006").summary
    assert top.amount == "EUR\u00a01.554,88"  # EUR 1.353,04 and the costs: one number (s41)
    assert top.lines == (
        "Dit is EUR\u00a01.353,04 voor uw facturen en de rente, en EUR\u00a0201,84 incassokosten.",
        "De termijn van onze laatste brief (sommatie) liep tot en met 2 december 2026. Die termijn is voorbij. Daarom "
        "staan de incassokosten erbij. Stond het bedrag uit die sommatie uiterlijk 2 december 2026 op onze rekening? "
        "Dan zijn er geen incassokosten.",
        "Wij zien een betaling zodra de afschriften van onze bank over die dagen binnen zijn. Betalingen van na "
        "20 november 2026 hebben wij nog niet verwerkt.",
    )
    assert top.deadline == "Betaal zo snel mogelijk"  # on 3 December, not "Betaal uiterlijk 2 december"


def test_costs_announced_while_the_bank_lags_say_a_payment_made_since_needs_nothing_more(tmp_path):
    ledger = one_debtor_ledger(tmp_path, language="en", events=[event(NOTICE, "final_notice")])
    claim = assess(ledger, ledger.debtors[0], NOTICE + days(5))
    assert claim.costs.state == "announced"
    assert not [line for line in statement_view(claim, ledger).summary.lines if "processed" in line]
    lagging = replace(ledger, bank_until=NOTICE + days(2))
    claim = assess(lagging, lagging.debtors[0], NOTICE + days(5))
    assert statement_view(claim, lagging).summary.lines[-1] == (
        f"We have not yet processed payments made after {fmt.day(NOTICE + days(2), 'en')}. If you have already "
        "paid, you do not need to do anything."
    )


# -- 4: what a handover costs a consumer ---------------------------------------------------------------


def test_after_the_notices_term_a_consumer_reads_a_handover_brings_no_more_costs(demo_on_dec_3):
    # With the statements of the term's days read: the costs are charged, the handover is next.
    ledger, _ = demo_on_dec_3
    read = replace(ledger, bank_until=DEC_3)
    consumer = statement_view(assess(read, next(d for d in read.debtors if d.id == "D-1006"), DEC_3), read).next_steps
    assert "Ook dan blijven de incassokosten EUR\xa0201,84: een incassobureau mag u niet meer rekenen." in consumer
    business = view_on_dec_3(demo_on_dec_3, "D-1007").next_steps  # no cap on what an agency may ask a business
    assert not [line for line in business if "blijven de incassokosten" in line]


def test_after_the_handover_a_consumer_reads_the_agency_charges_no_more_costs(demo_on_dec_3):
    assert (
        "De incassokosten blijven EUR\xa0322,50: meer mag Incassobureau Domstad B.V. u niet rekenen."
        in view_on_dec_3(demo_on_dec_3, "D-1008").next_steps
    )


def test_an_invoice_the_costs_do_not_cover_keeps_the_handover_s_costs_unsaid(tmp_path):
    """A later invoice, once overdue, brings costs of its own after a letter of its own: "no more costs" is
    then not true."""
    later = invoice(number="F2026-0002", date=date(2026, 3, 20), due=date(2026, 6, 20), amount=Decimal("300.00"))
    for invoices, said in (([invoice()], True), ([invoice(), later], False)):
        ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=[event(NOTICE, "final_notice")])
        claim = assess(ledger, ledger.debtors[0], NOTICE + days(40))
        assert claim.costs.state == "charged"
        lines = statement_view(claim, ledger).next_steps
        assert bool([line for line in lines if "blijven de incassokosten" in line]) is said, lines


# -- 5: an agency's reference that is no RF reference is a description --------------------------------


def test_an_agency_s_free_text_reference_is_named_a_description(demo_on_dec_3):
    pay = view_on_dec_3(demo_on_dec_3, "D-1008").pay
    assert (pay.reference, pay.reference_label) == ("DOM-2026-0815", "Omschrijving")
    assert pay.reference_hint.startswith("Vul dit kenmerk in bij ‘Omschrijving’ in uw bank-app, niet bij")
    assert pay.scan.endswith("Het bedrag en de omschrijving staan er al in.")
    assert "omschrijving DOM-2026-0815" in pay.qr_svg
    ours = view_on_dec_3(demo_on_dec_3, "D-1006").pay  # an RF reference: the bank app's own field
    assert (ours.reference_label, ours.scan.endswith("het betalingskenmerk staan er al in.")) == (
        "Betalingskenmerk",
        True,
    )


# -- 11: the creditor's Dutch words on an English page ---------------------------------------------------


def test_a_role_and_hours_given_in_dutch_only_are_marked_dutch_on_an_english_page(tmp_path):
    ledger = one_debtor_ledger(tmp_path, language="en")
    contact = statement_view(assess(ledger, ledger.debtors[0], DUE + days(3)), ledger).contact
    assert contact.dutch == ("Debiteurenbeheer", "ma-vr 9.00-17.00")
    english = {
        "role": {"nl": "Debiteurenbeheer", "en": "Accounts receivable"},
        "hours": {"nl": "ma-vr", "en": "Mon-Fri"},
    }
    contact = {**VALID_CREDITOR["contact"], **english}
    both = one_debtor_ledger(tmp_path, language="en", creditor_changes={"contact": contact})
    assert statement_view(assess(both, both.debtors[0], DUE + days(3)), both).contact.dutch == ()
    dutch = one_debtor_ledger(tmp_path)
    assert statement_view(assess(dutch, dutch.debtors[0], DUE + days(3)), dutch).contact.dutch == ()
