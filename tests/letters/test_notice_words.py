"""s40: letters' words that are false for some debtors. A notice sent in the customer portal said "Aan deze e-mail
verbinden wij geen incassokosten"; the handover letter after our own plan was kept said "Dat vinden wij jammer" where
the page thanks the debtor; the second handover letter named the agency in its opening and again a few lines on ("Wij
hebben uw dossier op ... overgedragen aan ...")."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.statement import test_agency_pages as agency
from tests.support.ledgers import MISSING, days, event, one_debtor_ledger, payment
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"

PORTAL_NOTICE = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="portal"),
]
NO_COSTS_PORTAL = {
    "nl": ("Aan dit bericht verbinden wij geen incassokosten.", "Antwoord dan op dit bericht."),
    "en": ("This message brings no collection costs.", "Just reply to this message."),
}


def _letter(ledger, as_of, kind, form=Channel.LETTER):
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == kind]
    return letter_view(ledger, claim, due, form)


def _opening(view, site=LETTERS) -> str:
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return " ".join(b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks)


@pytest.mark.parametrize("address", [True, False], ids=["address", "no_address"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_in_the_portal_without_consent_says_this_message_brings_no_costs(tmp_path, language, address):
    changes = {} if address else {"contact.address": MISSING}
    ledger = one_debtor_ledger(tmp_path, events=PORTAL_NOTICE, language=language, **changes)
    view = _letter(ledger, date(2026, 3, 1), LetterKind.FINAL_NOTICE, Channel.EMAIL)
    said = " ".join(view.terms)
    no_costs, reply = NO_COSTS_PORTAL[language]
    assert no_costs in said
    assert (reply in said) == (not address)
    assert "e-mail verbinden" not in said and "This email" not in said and "this email" not in said


THANKS = {
    "nl": "Dank u wel. Wij hebben alle termijnen van uw betalingsregeling ontvangen, maar nog niet het hele bedrag. "
    "Omdat er daarna nog een bedrag openstond, hebben wij uw dossier overgedragen aan Incasso B.V.",
    "en": "Thank you. We have received all the instalments of your payment plan, but not yet the whole amount. "
    "Because an amount was still open after that, we have handed your file over to Incasso B.V.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_letter_after_our_plan_was_kept_thanks_for_it(tmp_path, language):
    """The page says "U heeft uw betalingsregeling betaald zoals afgesproken. Dank u wel daarvoor."; the letter said
    "Dat vinden wij jammer". It opens `handover_plan_kept`, as `handover_agency_plan_kept` does for an agency's plan;
    a site without the text writes handover.md, as before."""
    ledger = one_debtor_ledger(tmp_path, language=language, events=agency.PART_THEN_HANDOVER, payments=agency.PART_PAID)
    view = _letter(ledger, agency.DUE + days(90), LetterKind.HANDOVER)
    assert view.opening == "handover_plan_kept"
    opening = _opening(view)
    assert opening.startswith(THANKS[language])
    assert "jammer" not in opening and "sorry" not in opening
    old = tmp_path / "old-site"
    shutil.copytree(LETTERS, old)
    for lang in ("nl", "en"):
        (old / lang / "handover_plan_kept.md").unlink()
    assert _opening(view, old) == _opening(replace_opening(view, "handover"))


def replace_opening(view, key):
    from dataclasses import replace

    return replace(view, opening=key)


HANDED_ON = {"nl": "De overdracht was op 24 juli 2026.", "en": "The handover was on 24 July 2026."}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_second_handover_letter_names_the_agency_once(tmp_path, language):
    """The opening of `handover_agency_plan_kept` names the agency the file went to; the terms said it again ("Wij
    hebben uw dossier op 24 juli 2026 overgedragen aan Tweede Incasso B.V."): now only the day."""
    paid = [payment(date=i["due"], amount=i["amount"]) for i in agency.AGENCY_PLAN]
    again = event(agency.DUE + days(170), "handover", agency="Tweede Incasso B.V.")
    events = [*agency.AGENCY_PLAN_EVENTS, again]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events, payments=paid, interest="statutory")
    view = _letter(ledger, agency.DUE + days(170), LetterKind.HANDOVER)
    assert view.opening == "handover_agency_plan_kept"
    assert view.terms[0] == HANDED_ON[language]
    assert "Tweede Incasso B.V" in _opening(view)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_first_handover_letter_names_the_agency_and_the_day(tmp_path, language):
    """Its opening names the agency ({agency}, as handover.md does since s41): the terms give the day alone. Below a
    site's own opening that does not, they name the agency with the day (LetterView.read_with)."""
    events = [*agency.NOTICE, agency.HANDOVER]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events)
    view = _letter(ledger, agency.DUE + days(60), LetterKind.HANDOVER)
    assert view.opening == "handover"
    assert "Incasso B.V" in _opening(view)
    assert (
        view.terms[0]
        == {"nl": "De overdracht was op 5 april 2026.", "en": "The handover was on 5 April 2026."}[language]
    )
    said = {"nl": "Wij hebben uw dossier op 5 april 2026 overgedragen aan Incasso B.V.", "en": "On 5 April 2026 we "}
    assert view.read_with(()).terms[0].startswith(said[language])


# -- the handover letter says the costs an agency may charge a consumer, as the page does ------------------------

COSTS_STAY = {
    ("nl", False): "De incassokosten blijven EUR\xa0187,50: meer mag Incasso B.V. u niet rekenen.",
    ("en", False): "The collection costs stay at EUR\xa0187.50: Incasso B.V. may not charge you more.",
    ("nl", True): "De incassokosten blijven EUR\xa0226,87 (inclusief 21% btw: EUR\xa039,37): meer mag Incasso B.V. u "
    "niet rekenen.",
    ("en", True): "The collection costs stay at EUR\xa0226.87 (including 21% VAT: EUR\xa039.37): Incasso B.V. may not "
    "charge you more.",
}


@pytest.mark.parametrize("vat", [False, True], ids=["no_vat", "vat"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_letter_says_the_agency_may_charge_no_more_costs_as_the_page_does(tmp_path, language, vat):
    """s40: the page said "De incassokosten blijven EUR 226,87 (inclusief 21% btw: EUR 39,37): meer mag Incasso B.V.
    u niet rekenen." after the handover of a consumer's file; the handover letter said nothing of the costs' cap,
    with VAT on the costs or without."""
    from incasso.statement.view import statement_view

    policy = {"costs_vat": True} if vat else None
    ledger = one_debtor_ledger(tmp_path, language=language, events=[*agency.NOTICE, agency.HANDOVER], policy=policy)
    on = agency.DUE + days(60)
    view = _letter(ledger, on, LetterKind.HANDOVER)
    said = COSTS_STAY[(language, vat)]
    assert said in view.next_steps.lines, view.next_steps.lines
    assert said in statement_view(assess(ledger, ledger.debtors[0], on), ledger).next_steps


def test_the_handover_letter_to_a_business_says_no_cap_on_the_agency_s_costs(tmp_path):
    # No staffel cap on what an agency may ask a business (the page says none either).
    ledger = one_debtor_ledger(tmp_path, type="business", events=[*agency.NOTICE, agency.HANDOVER])
    view = _letter(ledger, agency.DUE + days(60), LetterKind.HANDOVER)
    assert not [line for line in view.next_steps.lines if "incassokosten" in line]
