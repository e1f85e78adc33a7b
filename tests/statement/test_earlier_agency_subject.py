"""{earlier_agency} of a file handed over twice to the same agency (s43).

Its value was the pronoun "hen" ("them"), the agency named just before by {agency}: right after "met" in the shipped
message, but a site's message using it as a subject read "die hen met u had afgesproken", "Hen heeft". It is now a
noun phrase, "dat incassobureau" ("that collection agency"), right in any place, and a value that opens a sentence
opens with a capital. The shipped texts (and sites' copies of them) keep reading right.
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.fmt import filled_in
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger, payment
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
AGENCY = "Incasso Domstad B.V."
SECOND = date(2026, 5, 5)
STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]


def _handed_over_again(tmp_path, language):
    """Handed over on 20 March to Incasso Domstad B.V., a plan agreed with them on 25 March (one instalment paid),
    handed over to them again on 5 May."""
    first = event(date(2026, 3, 20), "handover", agency=AGENCY, agency_phone="+31 30 999 99 99")
    plan = event(
        date(2026, 3, 25),
        "arrangement",
        channel="email",
        installments=[{"due": date(2026, m, 20), "amount": "300.00"} for m in (4, 5, 6)],
    )
    again = event(SECOND, "handover", agency=AGENCY, agency_phone="+31 30 999 99 99")
    ledger = one_debtor_ledger(
        tmp_path,
        events=[*STEPS, first, plan, again],
        payments=[payment(date=date(2026, 4, 20), amount="300.00")],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], SECOND)
    return statement_view(claim, ledger)


AS_SUBJECT = {
    "nl": (
        "Daarmee stopt de regeling die {earlier_agency} met u had afgesproken. {earlier_agency} heeft uw betalingen.",
        "Daarmee stopt de regeling die dat incassobureau met u had afgesproken. Dat incassobureau heeft uw betalingen.",
    ),
    "en": (
        "This ends the plan {earlier_agency} agreed with you. {earlier_agency} has your payments.",
        "This ends the plan that collection agency agreed with you. That collection agency has your payments.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_site_message_may_use_earlier_agency_as_a_subject(tmp_path, language):
    from pelican.plugins.incasso.statements import Messages

    view = _handed_over_again(tmp_path, language)
    assert view.message_key == "handover_agency_plan_running"
    assert (
        view.message_values["earlier_agency"] == {"nl": "dat incassobureau", "en": "that collection agency"}[language]
    )
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    written, read = AS_SUBJECT[language]
    (site / language / "handover_agency_plan_running.md").write_text(written, encoding="utf-8")
    said = str(Messages(site).for_page(view))
    assert read in said, said
    assert not any(f"{pronoun} " in said for pronoun in ("hen", "Hen", "them", "Them"))


@pytest.mark.parametrize(
    ("language", "shipped"),
    [
        ("nl", "Daarmee stopt de betalingsregeling die u met dat incassobureau had afgesproken."),
        ("en", "This ends the payment plan you agreed with that collection agency."),
    ],
)
def test_the_shipped_message_still_reads(tmp_path, language, shipped):
    from pelican.plugins.incasso.statements import Messages

    view = _handed_over_again(tmp_path, language)
    assert shipped in str(Messages(MESSAGES).for_page(view))


def test_a_value_that_opens_a_sentence_opens_with_a_capital():
    assert filled_in("<p>{x} heeft. Ja? {x} wel, met {x}.</p>", "x", "dat bureau") == (
        "<p>Dat bureau heeft. Ja? Dat bureau wel, met dat bureau.</p>"
    )
    assert filled_in("{x}. Dan met {x}.", "x", "Domstad B.V.") == "Domstad B.V. Dan met Domstad B.V."
