"""A final notice e-mailed in a form that binds (a consumer who agreed to it, `final_notice_by: email`; a business)
called itself "onze laatste brief (sommatie)" in its opening and "Laatste brief ..." in its subject, while the page
named it "een sommatie per e-mail". Its opening says {this_notice}: "onze laatste e-mail (sommatie)" in the e-mail,
"onze laatste brief (sommatie)" in the posted letter; a text copied before reads with it all the same.

One invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning letter
e-mailed; the final notice is due on 10 March 2026.
"""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, forms, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import event, one_debtor_ledger
from tests.support.plan_notice import NOTICE, plan_notice_ledger
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
NOTICE_DAY = date(2026, 3, 10)
STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]
AGREED = {"contact.final_notice_by": "email", "contact.email_agreed": date(2026, 3, 1)}
IS_AN_EMAIL = {
    "nl": "Dit is onze laatste e-mail (sommatie).",
    "en": "This email is our final notice (in Dutch: sommatie).",
}
IS_A_LETTER = {"nl": "Dit is onze laatste brief (sommatie).", "en": "This is our final notice (in Dutch: sommatie)."}
EMAIL_SUBJECT = {"nl": "Laatste e-mail voordat wij kosten rekenen (sommatie)"}


def _views(ledger, as_of=NOTICE_DAY):
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    return {form: letter_view(ledger, claim, due, form) for form in forms(claim.debtor, due)}


def _opening(view, site=LETTERS):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return " ".join(b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_e_mailed_to_a_consumer_who_agreed_calls_itself_an_e_mail(tmp_path, language):
    (view,) = _views(one_debtor_ledger(tmp_path, events=STEPS, language=language, **AGREED)).values()
    assert view.form == Channel.EMAIL
    opening = _opening(view)
    assert IS_AN_EMAIL[language] in opening
    if language == "nl":
        assert "brief" not in opening and "brief" not in view.subject.lower()
        assert view.subject == EMAIL_SUBJECT["nl"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_business_s_notice_written_both_ways_says_what_each_is(tmp_path, language):
    views = _views(one_debtor_ledger(tmp_path, events=STEPS, language=language, type="business"))
    assert set(views) == {Channel.LETTER, Channel.EMAIL}
    assert IS_A_LETTER[language] in _opening(views[Channel.LETTER])
    assert IS_AN_EMAIL[language] in _opening(views[Channel.EMAIL])


def test_a_text_copied_before_reads_with_the_value(tmp_path):
    """A final_notice.md as shipped before {this_notice} existed ("Dit is onze laatste brief (sommatie).")."""
    import shutil

    site = tmp_path / "old-site"
    shutil.copytree(LETTERS, site)
    for lang, said in (
        ("nl", "Dit is onze laatste brief (sommatie)"),
        ("en", "This is our final notice (in Dutch: sommatie)"),
    ):
        path = site / lang / "final_notice.md"
        path.write_text(path.read_text(encoding="utf-8").replace("{this_notice}", said), encoding="utf-8")
    (view,) = _views(one_debtor_ledger(tmp_path, events=STEPS, **AGREED)).values()
    assert IS_AN_EMAIL["nl"] in _opening(view, site)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_e_mailed_with_consent_calls_itself_an_e_mail(tmp_path, language):
    ledger = plan_notice_ledger(tmp_path, language=language, **AGREED | {"contact.email_agreed": date(2026, 9, 1)})
    (view,) = _views(ledger, NOTICE).values()
    assert view.opening == "final_notice_plan"
    opening = _opening(view)
    assert ("onze laatste e-mail (sommatie)" if language == "nl" else "This email is our final notice") in opening
