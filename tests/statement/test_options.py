"""The way out the page offers (statement.options): what it says about disputing an invoice is true of the dossier.

A consumer with F-A (640.00) and F-B (1180.00), both due 2026-02-04, a reminder sent, no interest. The box
asks "Klopt een factuur niet?" under a table of several; that the other invoices stay payable meanwhile is
said only where another invoice is still open.
"""

from datetime import date
from decimal import Decimal
from urllib.parse import quote, unquote

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.statement.labels import LABELS
from incasso.statement.options import dispute_option
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
AS_OF = DUE + days(20)
TWO = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
]
REMINDED = event(DUE + days(1), "reminder", channel="letter")
PAID_A = payment(date=DUE + days(3), amount=D("640.00"), invoice="F-A")
OTHERS = {
    Language.NL: "Uw andere facturen blijven gewoon te betalen.",
    Language.EN: "Your other invoices remain payable.",
}


def option_of(tmp_path, lang, *payments, invoices=TWO):
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=[REMINDED], payments=list(payments), language=lang)
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    return dispute_option(claim, ledger.creditor, "RF82 D100 1", Language(lang))


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_one_invoice_of_two_paid_the_box_does_not_say_the_other_invoices_stay_payable(tmp_path, lang):
    """The brief's case: F-A paid, F-B open. "Uw andere facturen blijven gewoon te betalen" was untrue (F-A is
    paid); the box still asks about "een factuur" of the table, and pauses that one only."""
    option = option_of(tmp_path, lang.value, PAID_A)
    assert OTHERS[lang] not in option.text
    assert option.heading == LABELS[lang]["h_dispute_many"]
    assert option.text == LABELS[lang]["dispute_text_many_one_open"]
    assert option.text.startswith(LABELS[lang]["dispute_text_many"].split("?")[0])  # "Klopt een factuur niet"


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_two_invoices_open_the_box_says_the_other_stays_payable(tmp_path, lang):
    option = option_of(tmp_path, lang.value)
    assert OTHERS[lang] in option.text and option.heading == LABELS[lang]["h_dispute_many"]


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_two_of_three_open_the_other_still_stays_payable(tmp_path, lang):
    third = invoice(number="F-C", date=date(2026, 1, 20), amount=D("90.00"))
    assert OTHERS[lang] in option_of(tmp_path, lang.value, PAID_A, invoices=[*TWO, third]).text


# -- one invoice disputed apart while another is chased ------------------------------------------------

DISPUTED_B = event(DUE + days(6), "dispute", reason="Niet besteld", invoices=["F-B"])


def disputed_option_of(tmp_path, lang, *payments, events=(REMINDED, DISPUTED_B), as_of=AS_OF):
    ledger = one_debtor_ledger(tmp_path, invoices=TWO, events=list(events), payments=list(payments), language=lang)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, dispute_option(claim, ledger.creditor, "RF82 D100 1", Language(lang))


def mail_body(mailto):
    return unquote(mailto.split("&body=", 1)[1])


# The box of an open dispute adds to it and asks about another invoice: not "Niet eens met een factuur" ("If you
# disagree with an invoice") above "Would you like to add something to your dispute", as if none were open.
HEADING_DISPUTE_OPEN = {Language.NL: "Uw bezwaar", Language.EN: "Your dispute"}


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_while_one_invoice_is_disputed_apart_the_box_also_offers_to_dispute_the_one_still_chased(tmp_path, lang):
    """F-B disputed apart, F-A chased: the page and the final notice ask "Klopt een factuur niet?", so the box
    lets the debtor add to the dispute of F-B and dispute F-A too, each by its own mail."""
    claim, option = disputed_option_of(tmp_path, lang.value)
    assert claim.disputed_apart
    labels = LABELS[lang]
    assert option.heading == HEADING_DISPUTE_OPEN[lang]
    assert option.text == labels["dispute_add_text"] and option.mail_label == labels["dispute_add_mail"]
    added = mail_body(option.mailto)
    assert "F-B" in added and "F-A" not in added
    other = option.other
    assert other is not None
    assert other.text == labels["dispute_other_text"] and other.mail_label == labels["dispute_other_mail"]
    assert other.mailto.split("?subject=")[1].startswith(quote(labels["dispute_subject"].split(",")[0]))
    # The mail names the invoice still chased, never the one already disputed (it is not put in their mouth twice).
    body = mail_body(other.mailto)
    assert "F-A" in body and "F-B" not in body


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_the_other_invoice_paid_the_box_only_adds_to_the_dispute(tmp_path, lang):
    """Nothing but F-B is open: the dossier waits for the answer as a whole (not apart), and no other invoice is
    asked for, so there is none to dispute (the box looks for one, as it does whenever a dispute names invoices,
    and finds none)."""
    claim, option = disputed_option_of(tmp_path, lang.value, PAID_A)
    assert [i.number for i in claim.disputed] == ["F-B"] and not claim.disputed_apart
    assert option.other is None
    assert option.heading == LABELS[lang]["h_dispute_add"]


THREE = [*TWO, invoice(number="F-C", date=date(2026, 1, 20), amount=D("90.00"))]
CHOOSE = {
    Language.NL: "Beste Sanne Jansen,\n\nIk ben het niet eens met een factuur (betalingskenmerk RF82 D100 1)."
    "\n\nWelke factuur ({x} of {y}): \nWaarom: \n\n\nMet vriendelijke groet,\n\n",
    Language.EN: "Dear Sanne Jansen,\n\nI do not agree with an invoice (payment reference RF82 D100 1)."
    "\n\nWhich invoice ({x} or {y}): \nWhy: \n\n\nKind regards,\n\n",
}


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_two_invoices_still_chased_the_mail_leaves_the_choice_to_the_debtor(tmp_path, lang):
    """It said "Ik ben het niet eens met factuur F-A, F-C" under the button "Mail ons dat een andere factuur niet
    klopt": a dispute of both put in the debtor's mouth."""
    ledger = one_debtor_ledger(tmp_path, invoices=THREE, events=[REMINDED, DISPUTED_B], language=lang.value)
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    option = dispute_option(claim, ledger.creditor, "RF82 D100 1", lang)
    assert mail_body(option.other.mailto) == CHOOSE[lang].format(x="F-A", y="F-C")


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_before_any_dispute_the_mail_leaves_the_choice_of_the_open_invoices_to_the_debtor(tmp_path, lang):
    """Likewise the first dispute's mail: "Ik ben het niet eens met factuur F-B, F-C" of two open (F-A paid)."""
    option = option_of(tmp_path, lang.value, PAID_A, invoices=THREE)
    assert mail_body(option.mailto) == CHOOSE[lang].format(x="F-B", y="F-C")


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_one_invoice_open_the_mail_names_it(tmp_path, lang):
    body = mail_body(option_of(tmp_path, lang.value, PAID_A).mailto)
    assert body.startswith(LABELS[lang]["dispute_body"].split("{invoices}")[0].format(desk="Sanne Jansen") + "F-B (")


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_the_mail_adding_to_a_dispute_of_two_invoices_names_them_in_the_plural(tmp_path, lang):
    """It read "Over factuur F-B, F-C (betalingskenmerk ...)": one dispute naming two invoices."""
    both = event(DUE + days(6), "dispute", reason="Niet besteld", invoices=["F-B", "F-C"])
    ledger = one_debtor_ledger(tmp_path, invoices=THREE, events=[REMINDED, both], language=lang.value)
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    body = mail_body(dispute_option(claim, ledger.creditor, "RF82 D100 1", lang).mailto)
    about = {Language.NL: "Over facturen F-B en F-C (betalingskenmerk", Language.EN: "About invoices F-B and F-C ("}
    assert about[lang] in body


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_the_mail_adding_to_a_dispute_of_one_invoice_names_it(tmp_path, lang):
    _, option = disputed_option_of(tmp_path, lang.value)
    about = {Language.NL: "Over factuur F-B (betalingskenmerk", Language.EN: "About invoice F-B ("}
    assert about[lang] in mail_body(option.mailto)
