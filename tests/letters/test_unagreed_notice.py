"""A consumer's final notice e-mailed without their consent (no postal address, or `final_notice_by: email` agreed
only after it) brings no costs and says so ("Aan deze e-mail verbinden wij geen incassokosten"); a notice that does
may follow (posted, or e-mailed once they agreed). It opened "Dit is onze laatste brief (sommatie)" and its subject
was "Laatste brief (sommatie)" all the same: it opens `final_notice_unagreed` (after a dispute's answer
`final_notice_answered_unagreed`), falling back to what a site showed before, and its subject names no last letter.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning
letter e-mailed; the final notice is due on 10 March 2026.
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, forms, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import MISSING, event, one_debtor_ledger
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
NOTICE_DAY = date(2026, 3, 10)
STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]
MAIL_ONLY = {"contact.address": MISSING}
NO_COSTS = {"nl": "Aan deze e-mail verbinden wij geen incassokosten.", "en": "This email brings no collection costs."}
OPENS = {
    "nl": "Wij hebben u een herinnering en een aanmaning gestuurd, maar wij hebben uw betaling nog niet ontvangen. "
    "Daarom vragen wij u nu om te betalen binnen een vaste termijn (sommatie).",
    "en": "We have sent you a reminder and a formal reminder, but we have not yet received your payment. We therefore "
    "now ask you to pay within a set term (in Dutch: sommatie).",
}
SUBJECT = {"nl": "Sommatie", "en": "Notice to pay (in Dutch: sommatie)"}
LAST = {"nl": "laatste brief", "en": "final notice"}


def _notice(tmp_path, language, events=STEPS, as_of=NOTICE_DAY, **changes):
    """The final notice due on `as_of`, as the build writes it: in its one form."""
    ledger = one_debtor_ledger(tmp_path, events=events, language=language, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    (form,) = forms(claim.debtor, due)
    return letter_view(ledger, claim, due, form)


def _says_no_costs(view, language):
    return any(term.startswith(NO_COSTS[language]) for term in view.terms)


def _opening(view, site=LETTERS):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return " ".join(b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks)


def _without(tmp_path, *names):
    """A site whose texts were copied before `names` existed."""
    site = tmp_path / "old-site"
    shutil.copytree(LETTERS, site)
    for lang in ("nl", "en"):
        for name in names:
            (site / lang / f"{name}.md").unlink()
    return site


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_e_mailed_to_a_consumer_without_a_postal_address_is_no_last_letter(tmp_path, language):
    view = _notice(tmp_path, language, **{"contact.address": MISSING})
    assert view.form == Channel.EMAIL
    assert _says_no_costs(view, language)
    assert view.opening == "final_notice_unagreed"
    opening = _opening(view)
    assert opening.startswith(OPENS[language] + " ")
    assert LAST[language] not in opening.lower()
    assert view.subject == SUBJECT[language]
    assert LAST[language] not in view.email_subject.lower()
    # A site whose texts were copied before writes its final_notice.md, as it did.
    old = _without(tmp_path, "final_notice_unagreed")
    assert _opening(view, old) == _opening(view.__class__(**{**_fields(view), "opening": "final_notice"}))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_e_mailed_before_the_consumer_agreed_is_no_last_letter_either(tmp_path, language):
    """They agreed on 15 March: a notice e-mailed on the 10th, recorded so, is written again that day unagreed."""
    recorded = [*STEPS, event(NOTICE_DAY, "final_notice", channel="email")]
    agreed = {"contact.final_notice_by": "email", "contact.email_agreed": date(2026, 3, 15)}
    view = _notice(tmp_path, language, events=recorded, **agreed)
    assert _says_no_costs(view, language)
    assert (view.opening, view.subject) == ("final_notice_unagreed", SUBJECT[language])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_e_mailed_with_consent_is_the_last_letter_as_before(tmp_path, language):
    view = _notice(tmp_path, language, **MAIL_ONLY, **{"contact.final_notice_by": "email"})
    assert view.form == Channel.EMAIL
    assert not _says_no_costs(view, language)
    assert view.opening == "final_notice"
    # A last one, named as what it is: "Laatste e-mail ..." (tests/letters/test_notice_by_email_words.py).
    assert {"nl": "laatste e-mail", "en": "final notice"}[language] in view.subject.lower()


ANSWERED = [
    event(date(2026, 2, 10), "dispute", reason="Te duur"),
    event(date(2026, 3, 2), "dispute_resolved", outcome="De prijs klopt"),
]
ANSWERED_OPENS = {
    "nl": "Op 2 maart 2026 hebben wij uw bezwaar beantwoord. Het bedrag hieronder moet u nog betalen: wij hebben uw "
    "betaling nog niet ontvangen. Daarom vragen wij u nu om te betalen binnen een vaste termijn (sommatie).",
    "en": "On 2 March 2026 we answered your dispute. The amount below is still owed: we have not yet received your "
    "payment. We therefore now ask you to pay within a set term (in Dutch: sommatie).",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_first_notice_after_a_dispute_s_answer_e_mailed_without_consent_names_the_answer_and_no_last_letter(
    tmp_path, language
):
    """Disputed before any letter, answered on 2 March; the reminder and the dunning letter after it e-mailed, then
    the final notice. A site without the new text writes final_notice_answered.md, as before."""
    steps = [*ANSWERED, event(date(2026, 3, 17), "reminder", channel="email")]
    steps.append(event(date(2026, 3, 31), "dunning", channel="email"))
    view = _notice(tmp_path, language, events=steps, as_of=date(2026, 4, 20), **MAIL_ONLY)
    assert _says_no_costs(view, language)
    assert view.opening == "final_notice_answered_unagreed"
    assert _opening(view).startswith(ANSWERED_OPENS[language] + " ")
    old = _without(tmp_path, "final_notice_answered_unagreed")
    assert _opening(view, old) == _opening(view.__class__(**{**_fields(view), "opening": "final_notice_answered"}))


def _fields(view):
    import dataclasses

    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}


@pytest.mark.parametrize(
    ("language", "sent"),
    [("nl", "Wij hebben u een e-mail gestuurd (een sommatie)"), ("en", "We have sent you a notice to pay by email")],
)
def test_the_page_after_it_calls_it_no_last_email_either(tmp_path, language, sent):
    """Recorded as sent, the page said "Wij hebben u een laatste e-mail gestuurd (een sommatie)"."""
    from incasso.statement.view import statement_view
    from pelican.plugins.incasso.statements import Messages

    recorded = [*STEPS, event(NOTICE_DAY, "final_notice", channel="email")]
    ledger = one_debtor_ledger(tmp_path, events=recorded, language=language, **MAIL_ONLY)
    view = statement_view(assess(ledger, ledger.debtors[0], NOTICE_DAY), ledger)
    page = str(Messages(REPO / "content" / "messages").for_page(view))
    assert sent in page
    assert "laatste" not in page and "final notice" not in page


COMING = {
    "nl": "Wij sturen u nu een e-mail (sommatie). Daarin krijgt u veertien dagen om te betalen, vanaf de dag nadat u de "
    "e-mail heeft ontvangen. In de e-mail staat uw laatste betaaldag.",
    "en": "We are now sending you a notice to pay by email. It gives you fourteen days to pay, from the day after you "
    "receive it. The email states your last day to pay.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_on_the_day_it_is_written_says_an_e_mail_is_coming(tmp_path, language):
    """The page said "Wij sturen u nu een laatste brief (sommatie) ... vanaf de dag nadat u de brief heeft ontvangen"
    to a consumer without a postal address, who gets the notice by e-mail only."""
    from incasso.statement.view import statement_view

    ledger = one_debtor_ledger(tmp_path, events=STEPS, language=language, **MAIL_ONLY)
    view = statement_view(assess(ledger, ledger.debtors[0], NOTICE_DAY), ledger)
    assert COMING[language] in view.next_steps


PLAN_OFFERED = {"nl": "betalingsregeling is nog steeds mogelijk", "en": "payment plan is still possible"}
COSTS_PROMISED = {"nl": "incassokosten wij rekenen", "en": "collection costs we will charge"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_e_mailed_unagreed_over_a_plan_in_arrears_offers_no_plan_and_is_no_last_letter(tmp_path, language):
    """E-2001 (tests.support.plan_notice) without a postal address: its notice, e-mailed unagreed, opened "Wij hebben
    u ... gestuurd, maar ... een betalingsregeling is nog steeds mogelijk" to a debtor with a plan in arrears, and
    the page beside it said "Daarom vraagt onze laatste brief (sommatie) alles wat te laat is ... hoeveel
    incassokosten wij rekenen als u niet op tijd betaalt" of an e-mail that brings none. A site without the new
    texts writes and shows what it did: final_notice_unagreed.md, final_notice_plan.md."""
    from incasso.letters.outlook import claim_as_sent
    from incasso.statement.view import message_fallbacks, statement_view
    from pelican.plugins.incasso.statements import Messages
    from tests.support.plan_notice import NOTICE, plan_notice_ledger

    ledger = plan_notice_ledger(tmp_path, language=language, **MAIL_ONLY)
    claim = assess(ledger, ledger.debtors[0], NOTICE)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert _says_no_costs(view, language)
    assert view.opening == "final_notice_plan_unagreed"
    opening = _opening(view)
    assert LAST[language] not in opening.lower() and PLAN_OFFERED[language] not in opening
    old = _without(tmp_path, "final_notice_plan_unagreed")
    assert _opening(view, old) == _opening(view.__class__(**{**_fields(view), "opening": "final_notice_unagreed"}))
    shown = claim_as_sent(ledger, claim)
    page = statement_view(shown, ledger)
    assert page.message_key == "final_notice_plan_unagreed"
    message = str(Messages(REPO / "content" / "messages").for_page(page))
    assert LAST[language] not in message.lower() and COSTS_PROMISED[language] not in message
    assert PLAN_OFFERED[language] not in message
    assert message_fallbacks(shown, page.message_key)[:1] == ("final_notice_plan",)


def test_recorded_the_page_keeps_saying_so(tmp_path):
    """Once staff record it as e-mailed, the page said "een betalingsregeling is nog steeds mogelijk"
    (final_notice_plain) to a debtor with a plan in arrears; a site without the text shows that, as before."""
    from datetime import timedelta

    from incasso.statement.view import message_fallbacks, statement_view
    from tests.support.plan_notice import NOTICE, plan_notice_ledger

    ledger = plan_notice_ledger(tmp_path, notice=True, channel="email", language="nl", **MAIL_ONLY)
    claim = assess(ledger, ledger.debtors[0], NOTICE + timedelta(days=2))
    page = statement_view(claim, ledger)
    assert page.message_key == "final_notice_plan_unagreed"
    assert message_fallbacks(claim, page.message_key)[:1] == ("final_notice_plain",)
