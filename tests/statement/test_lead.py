"""What a page says first once the file is handed over or in legal steps: who has it, whom to call, whom to pay.

Fixture dossiers are one consumer invoice of 1250.00 due 2026-02-04 (see
test_view.py), taken through the letters to a handover and a legal step.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.statement.handler import handler_of
from incasso.statement.labels import text
from incasso.statement.view import statement_view
from tests.support.ledgers import days, event, one_debtor_ledger
from tests.support.qrdecode import decode_svg
from tests.support.site import DEMO_LEDGER

DUE = date(2026, 2, 4)
LETTERS = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning"), event(DUE + days(30), "final_notice")]
HANDED_OVER = DUE + days(60)
AS_OF = DUE + days(70)
AGENCY = {
    "agency": "Incasso Voorbeeld B.V.",
    "agency_phone": "030 123 45 67",
    "agency_email": "dossiers@incasso.example.nl",
}
AGENCY_ACCOUNT = {"agency_iban": "NL02 INGB 0006 8412 97", "agency_reference": "IV-2026-0042"}
BAILIFF = {"bailiff": "Deurwaarders Voorbeeld", "bailiff_phone": "030 765 43 21"}


def page(tmp_path, handover: dict, legal: dict | None = None, as_of: date = AS_OF, **changes):
    events = LETTERS + [event(HANDED_OVER, "handover", **handover)]
    if legal is not None:
        events.append(event(HANDED_OVER + days(5), "legal", **legal))
    ledger = one_debtor_ledger(tmp_path, events=events, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, ledger.creditor, statement_view(claim, ledger)


# -- handover -----------------------------------------------------------------------------------------


def test_a_handover_names_the_agency_whom_to_call_and_that_the_debtor_pays_it(tmp_path):
    claim, _, view = page(tmp_path, {**AGENCY, **AGENCY_ACCOUNT})
    lead = view.summary.lead
    assert lead.heading == "Uw dossier ligt nu bij Incasso Voorbeeld B.V."
    assert lead.lines == (
        # The name's own full stop ends the sentence: never "B.V..".
        f"Op {fmt.day(HANDED_OVER)} hebben wij uw dossier overgedragen aan Incasso Voorbeeld B.V. "
        "Zij regelen de betaling nu met u.",
        "Betaal voortaan aan Incasso Voorbeeld B.V. De gegevens staan hieronder, bij ‘Zo betaalt u’.",
        "Wilt u een betalingsregeling, of heeft u een vraag over de betaling? Neem dan contact op met "
        "Incasso Voorbeeld B.V.:",
    )
    assert [(c.label, c.text, c.href.split("?")[0]) for c in lead.contact] == [
        ("Telefoon", "030 123 45 67", "tel:+31301234567"),
        ("E-mail", "dossiers@incasso.example.nl", "mailto:dossiers@incasso.example.nl"),
    ]
    # No date of ours to pay by: the next step is the agency's, and the page says they set it.
    assert view.summary.deadline == "Tot wanneer u kunt betalen, bepaalt nu Incasso Voorbeeld B.V."
    assert view.summary.label == "Te betalen"
    assert view.next_steps[0].startswith("Betaalt u niet, en maakt u geen afspraak? Dan kan een rechtszaak")


def test_paying_the_agency_puts_its_account_and_reference_in_the_qr_code_and_drops_our_link(tmp_path, browser):
    claim, creditor, view = page(tmp_path, {**AGENCY, **AGENCY_ACCOUNT})
    pay = view.pay
    lines = pay.payload.split("\n")
    assert lines[5:7] == ["Incasso Voorbeeld B.V.", "NL02INGB0006841297"]
    assert lines[4] == ""  # no BIC: the creditor's BIC is not the agency's
    assert lines[9] == "" and lines[10] == "IV-2026-0042"  # not an RF reference: sent as text
    assert decode_svg(pay.qr_svg, browser=browser) == [pay.payload]
    assert (pay.name, pay.iban, pay.reference) == ("Incasso Voorbeeld B.V.", "NL02 INGB 0006 8412 97", "IV-2026-0042")
    assert pay.link is None  # the creditor's payment page would pay the creditor
    assert pay.note == "U betaalt aan Incasso Voorbeeld B.V. De QR-code en de betaalgegevens zijn van hun rekening."
    assert pay.warning.startswith("Let op: dit is de rekening van Incasso Voorbeeld B.V., niet die van ons.")
    assert view.contact.mention.startswith("Noem ons kenmerk ")


def test_an_agency_reference_that_is_an_rf_reference_stays_structured(tmp_path):
    _, _, view = page(
        tmp_path, {**AGENCY, "agency_iban": "NL02INGB0006841297", "agency_reference": "RF18 5390 0754 7034"}
    )
    lines = view.pay.payload.split("\n")
    assert lines[9] == "RF18539007547034" and view.pay.reference == "RF18 5390 0754 7034"


def test_without_the_agency_account_the_debtor_may_pay_either_but_only_once(tmp_path):
    claim, creditor, view = page(tmp_path, AGENCY)
    assert view.summary.lead.lines[1] == (
        "U kunt betalen aan Incasso Voorbeeld B.V., zoals zij u laten weten, of rechtstreeks aan ons, met de "
        "gegevens hieronder. Betaalt u aan ons? Dan laten wij Incasso Voorbeeld B.V. weten dat u heeft betaald. "
        "Betaal wel maar één keer."
    )
    assert view.pay.payload.split("\n")[6] == creditor.iban


def test_an_agency_the_ledger_gives_no_phone_or_email_for_sends_the_debtor_to_us(tmp_path):
    _, _, view = page(tmp_path, {"agency": "Incasso Voorbeeld B.V."})
    assert view.summary.lead.contact == ()
    assert view.summary.lead.lines[-1] == (
        "U hoort van Incasso Voorbeeld B.V. hoe u hen kunt bereiken. Wilt u nu al iets afspreken? "
        "Bel of mail dan ons, dan helpen wij u verder."
    )
    assert view.plan_option.text.startswith("Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling")


def test_an_unnamed_agency_is_called_a_collection_agency(tmp_path):
    _, _, view = page(tmp_path, {})
    assert view.summary.lead.heading == "Uw dossier ligt nu bij een incassobureau"
    assert "overgedragen aan een incassobureau." in view.summary.lead.lines[0]
    assert "betalen aan het incassobureau" in view.summary.lead.lines[1]


def test_after_a_handover_a_plan_is_agreed_with_the_agency_and_a_dispute_pauses_nothing(tmp_path):
    _, _, view = page(tmp_path, AGENCY)
    assert view.plan_option.text == (
        "Kunt u niet alles in één keer betalen? Neem dan contact op met Incasso Voorbeeld B.V. "
        "Samen spreekt u een betalingsregeling af."
    )
    assert (view.plan_option.call, view.plan_option.tel) == ("Bel Incasso Voorbeeld B.V.:", "tel:+31301234567")
    assert view.plan_option.mailto.startswith("mailto:dossiers@incasso.example.nl?subject=")
    assert view.dispute.text == (
        "Klopt de factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
        "Wij zoeken het uit, en laten Incasso Voorbeeld B.V. weten dat u het niet eens bent."
    )
    assert view.contact.intro.startswith("Heeft u een vraag over de factuur zelf? U kunt terecht bij ")


# -- legal steps ------------------------------------------------------------------------------------


def test_legal_steps_name_the_bailiff_say_their_costs_are_not_here_and_ask_for_no_payment(tmp_path):
    claim, _, view = page(tmp_path, AGENCY, legal=BAILIFF)
    assert claim.stage == "legal"
    lead = view.summary.lead
    assert lead.heading == "Er loopt een juridische procedure"
    # Whom to call right under the first line (on a phone the number was two screens down), then the rest.
    assert lead.lines == (
        f"Op {fmt.day(HANDED_OVER + days(5))} hebben wij juridische stappen gezet om deze vordering te innen, "
        "via de rechter of een deurwaarder. Dit loopt via de gerechtsdeurwaarder: Deurwaarders Voorbeeld.",
        "Wilt u betalen of een betalingsregeling afspreken? Dat kan ook nu nog. Neem dan zo snel mogelijk "
        "contact op met Deurwaarders Voorbeeld. Zij vertellen u welk bedrag u precies moet betalen, en hoe:",
    )
    assert [c.text for c in lead.contact] == ["030 765 43 21"]
    assert lead.after == (
        "Het bedrag hieronder is wat u ons nog moet betalen. Daar kunnen de kosten van de rechter en de "
        "deurwaarder nog bij komen; die staan niet op deze pagina.",
        "Heeft u een dagvaarding of een vonnis gekregen? Dan gelden de data die daarin staan. Reageer op tijd, "
        "ook als u met ons een afspraak maakt.",
    )
    assert view.pay is None  # no QR code for a figure the court's costs may add to
    assert view.summary.label == "Openstaand bedrag"
    assert view.summary.lines == ("Zonder de kosten van de rechter en de deurwaarder.",)
    assert view.totals[-1].label == "Totaal aan ons, zonder kosten van rechter en deurwaarder"
    assert view.next_steps[0] == "Wat er verder gebeurt, hoort u van Deurwaarders Voorbeeld."
    # What no longer applies is not promised: no pause, no "we charge no fee for a plan".
    shown = " ".join((view.dispute.text, view.plan_option.text, *lead.lines, *lead.after, *view.next_steps))
    assert "stil" not in shown and "geen kosten voor" not in shown


def test_legal_steps_without_a_bailiff_keep_the_agency_and_without_either_send_to_us(tmp_path):
    _, _, view = page(tmp_path, AGENCY, legal={})
    assert view.summary.lead.lines[0].endswith("Dit loopt via Incasso Voorbeeld B.V.")
    assert view.summary.lead.lines[-1].startswith("Wilt u betalen of een betalingsregeling afspreken?")
    assert "contact op met Incasso Voorbeeld B.V." in view.summary.lead.lines[-1]
    _, _, view = page(tmp_path / "nobody", {}, legal={})
    assert view.summary.lead.lines[-1] == (
        "Wilt u betalen of een betalingsregeling afspreken? Dat kan ook nu nog. Neem dan zo snel mogelijk "
        "contact met ons op. Wij vertellen u welk bedrag u precies moet betalen, en hoe."
    )
    assert view.next_steps[0] == "Wat er verder gebeurt, hoort u van ons."


def test_the_english_legal_page_explains_the_dutch_words_and_names_where_to_get_advice(tmp_path):
    _, _, view = page(tmp_path, AGENCY, legal=BAILIFF, language="en")
    lines = view.summary.lead.lines
    assert lines[0].endswith(
        "This is handled by a firm of court bailiffs (gerechtsdeurwaarders): Deurwaarders Voorbeeld."
    )
    assert view.summary.lead.after[1].startswith(
        "If you have received a court summons (dagvaarding) or a judgment (vonnis),"
    )
    assert "Het Juridisch Loket" in view.dispute.text


def test_the_english_page_says_the_same(tmp_path):
    _, _, view = page(tmp_path, {**AGENCY, **AGENCY_ACCOUNT}, language="en")
    assert view.summary.lead.heading == "Your file is now with Incasso Voorbeeld B.V."
    assert view.summary.lead.lines[1] == (
        "From now on, please pay Incasso Voorbeeld B.V. The details are below, under ‘How to pay’."
    )


def test_before_a_handover_nobody_else_handles_the_file(tmp_path):
    ledger = one_debtor_ledger(tmp_path, events=LETTERS)
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    assert handler_of(claim) is None
    assert statement_view(claim, ledger).summary.lead is None


# -- the demo ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "debtor_id, heading",
    [("D-1008", "Uw dossier ligt nu bij Incassobureau Domstad B.V."), ("D-1009", "Er loopt een juridische procedure")],
)
def test_the_demo_handover_and_legal_pages(debtor_id, heading):
    ledger = load_ledger(DEMO_LEDGER)
    debtor = next(d for d in ledger.debtors if d.id == debtor_id)
    view = statement_view(assess(ledger, debtor, date(2026, 11, 22)), ledger)
    assert view.summary.lead.heading == heading
    assert view.summary.lead.contact


def test_a_name_ending_in_a_full_stop_ends_the_sentence_once():
    assert text("nl", "handover_heading", agency="X B.V.") == "Uw dossier ligt nu bij X B.V."
    assert text("nl", "legal_via", handler="X B.V.") == "Dit loopt via X B.V."
    assert text("nl", "legal_via", handler="Van Rijn") == "Dit loopt via Van Rijn."
    assert text("en", "total_open", amount=Decimal("1")) == "In total, 1 is still outstanding."


TERM_RAN_IN_DISPUTE = {
    "nl": "Let op: de termijn van onze laatste brief (sommatie) liep tot en met 17 december 2026. Had u het deel waarmee "
    "u het eens bent uiterlijk die dag betaald? Dan rekenen wij daarover geen incassokosten.",
    "en": "Please note: the deadline in our final notice was 17 December 2026. If you paid the part you agree with "
    "by the end of that day, we charge no collection costs on it.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dispute_after_the_notice_s_term_says_that_term_in_the_past(tmp_path, language):
    """A dispute raised on 10 December in the term of a final notice of 1 December (last day the 17th): on the 18th,
    the statements read to 3 December, the page said "the deadline in our final notice still applies: your last day
    to pay is 17 December 2026. Pay the part you agree with by the end of that day", a day gone. It says when the
    term ran, and what paying the part agreed by then did."""
    from dataclasses import replace

    events = [
        event(date(2026, 9, 8), "reminder"),
        event(date(2026, 10, 5), "dunning"),
        event(date(2026, 12, 1), "final_notice", channel="letter"),
        event(date(2026, 12, 10), "dispute", reason="Niet besteld"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    ledger = replace(ledger, bank_until=date(2026, 12, 3))
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 18))
    # Session 41: the costs of a dispute of the whole claim wait for our answer (no term unseen, nothing announced),
    # so neither "the term ran" nor, in the term, "it still applies" is said.
    assert (claim.status, claim.term_unseen, claim.costs.state) == ("dispute", None, "none")
    lines = statement_view(claim, ledger).summary.lead.lines
    assert claim.costs.waiting is not None and TERM_RAN_IN_DISPUTE[language] not in lines
    running = statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 17)), ledger).summary.lead.lines
    notice = {"nl": "onze laatste brief (sommatie)", "en": "our final notice"}[language]
    day = fmt.day(date(2026, 12, 17), language)
    assert text(language, "dispute_term_runs", notice=notice, date=day) not in running
