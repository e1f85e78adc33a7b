"""A plan in arrears and the final notice over it tell the debtor one thing on the page (s40 newcomer, E-2001:
tests.support.plan_notice): the day the notice is written the page asks what it asks, not the instalment with "our
agreement then simply stands"; while its term runs the top asks what stops its costs, not an instalment EUR 15.24
short of that beside "Your instalment alone does not stop them"; after the plan's last day, the costs charged, the
rest after the instalment is not called leftover interest nor small, nor does the plan "simply stand"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.outlook import claim_after, claim_as_sent
from incasso.letters.view import letter_view
from incasso.statement.view import message_fallbacks, statement_view
from tests.support.ledgers import MISSING
from tests.support.plan_notice import AFTER, NOTICE, REMINDED, plan_notice_ledger, plan_of_one_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
STANDS = {"nl": "blijft onze afspraak gewoon staan", "en": "payment plan then stays in place"}


def _page(tmp_path, day, *, notice=True, language="en", **changes):
    ledger = plan_notice_ledger(tmp_path, notice=notice, language=language, **changes)
    claim = assess(ledger, ledger.debtors[0], day)
    page = claim_as_sent(ledger, claim)
    return ledger, claim, page, statement_view(page, ledger)


def _message(view) -> str:
    return (MESSAGES / view.lang / f"{view.message_key}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_day_the_notice_over_the_plan_is_written_the_page_asks_what_it_asks(tmp_path, language):
    """It asked the instalment's EUR 250.00 "as soon as possible: our agreement then simply stands", beside "We are now
    sending you a final notice", which asks EUR 765.24, "the whole overdue amount"."""
    ledger, claim, page, view = _page(tmp_path, NOTICE, notice=False, language=language)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    letter = amount_to_pay(claim_after(ledger, claim, due, Channel.LETTER))
    assert amount_to_pay(page) == letter == amount_to_pay(claim_after(ledger, claim, due, Channel.EMAIL))
    assert str(letter) == "765.24"
    assert STANDS[language] not in _message(view)
    said = " ".join([*view.summary.lines, *view.next_steps])
    assert ("wij sturen u nu" if language == "nl" else "we are now sending you") in said.lower()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_in_the_notice_s_term_the_top_asks_what_stops_its_costs(tmp_path, language):
    """The QR asked EUR 250.00 ("You will then have paid every instalment of your plan") beside "If you have not paid
    EUR 265.24 by 10 December 2026, collection costs of EUR 40.00 are added. Your instalment alone does not stop
    them.": paying what it asked left him EUR 15.24 short and owing EUR 40.00."""
    _, _, page, view = _page(tmp_path, REMINDED, language=language)
    asked = amount_to_pay(page)
    assert asked >= page.costs.asked_left
    assert str(asked) == "265.86"
    said = " ".join([*view.summary.lines, *view.next_steps])
    assert ("alleen houdt" if language == "nl" else "alone does not stop") not in said
    assert STANDS[language] not in _message(view)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_instalment_missed_after_the_notice_is_not_said_to_have_brought_it(tmp_path, language):
    """ "The instalment of 30 November 2026 ... has not been paid in full. So we have sent you our final notice." of a
    notice sent on 24 November, over the instalment of 31 October."""
    _, _, _, view = _page(tmp_path, REMINDED, language=language)
    first = view.next_steps[0]
    assert ("30 november 2026" if language == "nl" else "30 November 2026") in first
    assert ("Daarom hebben wij" if language == "nl" else "So we have sent") not in first
    # That the notice still runs and asks it too, the top says (s60: this step said it again).
    assert ("geldt nog" if language == "nl" else "still applies") in view.summary.lines[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_plan_s_last_day_the_rest_names_the_costs_in_it(tmp_path, language):
    """ "Interest keeps running ... about EUR 56.32 will remain open. That is a small amount.": EUR 40.00 of it is the
    collection costs charged; and "our agreement then simply stands" after the plan's last day."""
    _, _, _, view = _page(tmp_path, AFTER, language=language)
    (rest,) = [line for line in view.next_steps if "56" in line]
    assert ("56,32" if language == "nl" else "56.32") in rest
    assert ("40,00" if language == "nl" else "40.00") in rest
    assert ("klein bedrag" if language == "nl" else "small amount") not in rest
    assert view.message_key == "plan_missed_last_part"
    message = _message(view)
    assert STANDS[language] not in message
    assert ("alle termijnen" if language == "nl" else "every instalment") in message


def test_a_site_without_the_last_texts_shows_what_it_showed(tmp_path):
    _, _, page, view = _page(tmp_path, AFTER)
    assert message_fallbacks(page, view.message_key) == ("plan_missed_part", "plan_missed")


# "onze laatste brief (sommatie)" / "our final notice": what an e-mailed notice over the plan is not called.
LAST_LETTER = {"nl": "laatste brief", "en": "final notice"}
MAIL_ONLY = {"contact.address": MISSING}  # a consumer without a postal address: the notice is e-mailed, unagreed


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_notice_e_mailed_over_the_plan_is_not_called_our_last_letter(tmp_path, language):
    """The day it was written, the page's "Zo betaalt u" said "dat vraagt onze laatste brief (sommatie)" beside "Wij
    sturen u nu een e-mail (sommatie)", and the e-mail itself, subject "Sommatie", said it of itself; once recorded,
    "Daarom hebben wij u onze laatste brief (sommatie) gestuurd." above "Onze sommatie per e-mail van 24 november"."""
    ledger = plan_notice_ledger(tmp_path, language=language, **MAIL_ONLY)
    claim = assess(ledger, ledger.debtors[0], NOTICE)
    view = statement_view(claim_as_sent(ledger, claim), ledger)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    letter = letter_view(ledger, claim, due, Channel.EMAIL)
    for said in (view.pay.note, view.pay.note_email, letter.pay.note):
        assert said is not None
        assert LAST_LETTER[language] not in said.lower()
    sent = plan_notice_ledger(tmp_path / "sent", notice=True, channel="email", language=language, **MAIL_ONLY)
    page = assess(sent, sent.debtors[0], NOTICE + timedelta(days=2))
    view = statement_view(page, sent)
    # The steps name the notice after what to do (s60: the first no longer names the missed instalment, the top does).
    named = view.next_steps[1]
    assert LAST_LETTER[language] not in " ".join([*view.next_steps[:2], view.pay.note or ""]).lower()
    assert ("e-mail (sommatie)" if language == "nl" else "emailed") in named  # unagreed: no "sommatie per e-mail"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_posted_notice_over_the_plan_is_still_our_last_letter(tmp_path, language):
    _, _, _, view = _page(tmp_path, NOTICE + timedelta(days=2), language=language)
    assert LAST_LETTER[language] in view.next_steps[1].lower()  # the step naming the notice, after what to do
    assert LAST_LETTER[language] in (view.pay.note or "").lower()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_in_the_rest_after_the_plan_are_named_with_their_vat(tmp_path, language):
    """With VAT on the costs (policy.costs_vat), the rest's "Daarin zitten de incassokosten van EUR 48,40." stood under
    "Daarom rekenen wij EUR 48,40 (inclusief 21% btw: EUR 8,40) incassokosten": the same amount as if the staffel's."""
    _, _, _, view = _page(tmp_path, AFTER, language=language, policy={"costs_vat": True}, costs="138.26")
    (rest,) = [line for line in view.next_steps if ("Daarin zitten" if language == "nl" else "That includes") in line]
    with_vat = {"nl": "EUR 48,40 (inclusief 21% btw: EUR 8,40)", "en": "EUR 48.40 (including 21% VAT: EUR 8.40)"}
    assert with_vat[language] in rest.replace("\xa0", " ")


def _two_missed(tmp_path, language, paid_since=None):
    """E-2001 with its third instalment on 15 November: on the 24th, the notice's day, two instalments are missed
    (31 October and 15 November), with `paid_since` paid on 12 November."""
    ledger = plan_notice_ledger(tmp_path, language=language)
    debtor = ledger.debtors[0]
    plan = next(e for e in debtor.events if e.type == "arrangement")
    instalments = list(plan.installments)
    instalments[2] = replace(instalments[2], due=date(2026, 11, 15))
    payments = [p for p in debtor.payments if p.date != date(2026, 11, 12)]
    if paid_since is not None:
        payments.append(replace(debtor.payments[1], amount=Decimal(paid_since)))
    events = tuple(replace(e, installments=tuple(instalments)) if e is plan else e for e in debtor.events)
    ledger = replace(ledger, debtors=(replace(debtor, events=events, payments=tuple(payments)),))
    claim = assess(ledger, ledger.debtors[0], NOTICE)
    return statement_view(claim_as_sent(ledger, claim), ledger)


BOTH = {
    "nl": "31 oktober 2026 (EUR\xa0500,00) en 15 november 2026 (EUR\xa0500,00)",
    "en": "31 October 2026 (EUR\xa0500.00) and 15 November 2026 (EUR\xa0500.00)",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("paid_since", [None, "250.00"], ids=["none_paid", "part_paid"])
def test_two_instalments_missed_on_the_notice_s_day_are_both_named(tmp_path, language, paid_since):
    """Nothing paid of them: the top said "U heeft een termijn van uw betalingsregeling niet betaald" and the steps
    "De termijn van 31 oktober 2026 ... is nog niet betaald", of two instalments missed (the top named both when
    part was paid)."""
    view = _two_missed(tmp_path, language, paid_since)
    lead = view.summary.lines[0]
    assert BOTH[language] in lead
    assert BOTH[language] not in view.next_steps[0]  # s59: named once, at the top; the step asks the amount
    assert view.summary.amount in view.next_steps[0]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("day", [REMINDED, AFTER])
def test_an_instalment_due_after_the_notice_is_not_said_to_have_brought_it_beside_an_earlier_one(
    tmp_path, language, day
):
    """The notice of 24 November, over the October instalment, and the 500.00 after it never came: "The instalments of
    31 October 2026 (EUR 500.00) and 30 November 2026 (EUR 500.00) ... have not been paid in full. So we have sent you
    our final notice.", as if the November instalment, due six days after it, had brought it. Said at the top (s59:
    not again in the steps, which said it word for word)."""
    _, _, _, view = _page(tmp_path, day, language=language, paid_after=False)
    first = view.summary.lines[0]
    brought, _, after = first.partition("Daarom hebben wij" if language == "nl" else "So we have sent")
    assert after, first
    assert ("30 november 2026" if language == "nl" else "30 November 2026") not in brought
    assert ("31 oktober 2026" if language == "nl" else "31 October 2026") in brought
    assert ("30 november 2026" if language == "nl" else "30 November 2026") in after


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("day", [NOTICE, REMINDED])
def test_the_message_over_the_plan_names_an_e_mailed_notice_as_the_steps_do(tmp_path, language, day):
    """E-mailed with the consumer's consent: the top said "Daarom vraagt onze laatste brief (sommatie) alles wat te
    laat is" beside the steps' "Onze sommatie per e-mail van 24 november 2026" (and on the notice's day "Wij sturen u
    nu ... per e-mail"). The message names it no more (s61: the top says what it asks); a site's own may, by
    {plan_notice}."""
    notice = day != NOTICE
    changes = {"contact.final_notice_by": "email"}
    _, _, _, view = _page(tmp_path, day, notice=notice, language=language, channel="email", **changes)
    assert view.message_key == "final_notice_plan"
    said = _message(view).format_map(view.message_values)
    assert ("laatste brief" if language == "nl" else "our final notice (") not in said
    named = view.message_values["plan_notice"]
    assert named == ("onze sommatie per e-mail" if language == "nl" else "our emailed final notice")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_day_a_second_notice_over_the_plan_is_written_the_page_says_what_it_asks(tmp_path, language):
    """The first notice e-mailed without consent (no costs), its term over, the posted one written on 20 December:
    the top said "Wij hebben u een e-mail gestuurd (een sommatie) ... Wilt u het bedrag ... betalen?"
    (`final_notice_plain_plan`, of the e-mail) beside the steps' "Wij sturen u nu een laatste brief (sommatie)" and
    the costs it will state; before final_notice_plain_plan it was the notice's own message, as on any notice's
    day."""
    _, claim, _, view = _page(tmp_path, AFTER, language=language, channel="email", paid_after=False)
    assert view.message_key == "final_notice_plan"
    named = view.message_values["plan_notice"]  # as a site's message may name it (s61: the shipped one does not)
    assert named == ("onze laatste brief (sommatie)" if language == "nl" else "our final notice")


# A plan of one (tests.support.plan_notice.plan_of_one_ledger), the final notice over it posted on 15 October (costs
# 180.00). Once its term was over, the page said the notice went
# "omdat de termijnen van uw betalingsregeling niet allemaal op tijd betaald waren" of a plan that had one.
ONE_INSTALMENT = {
    "nl": "omdat de termijn van uw betalingsregeling niet op tijd betaald was",
    "en": "because the instalment of your plan was not paid on time",
}
NOT_ALL = {"nl": "niet allemaal", "en": "not all instalments"}


def _plan_of_one_page(tmp_path, language, day):
    ledger = plan_of_one_ledger(tmp_path, language=language, notice_costs="180.00")
    page = claim_as_sent(ledger, assess(ledger, ledger.debtors[0], day))
    return page, statement_view(page, ledger)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_notice_over_a_plan_of_one_the_page_speaks_of_its_one_instalment(tmp_path, language):
    page, view = _plan_of_one_page(tmp_path, language, date(2026, 11, 10))
    assert view.message_key == "final_notice_passed_plan_single"
    said = _message(view)
    assert ONE_INSTALMENT[language] in said
    assert NOT_ALL[language] not in said
    # A site whose texts were copied before shows the plan's message, as it did.
    assert message_fallbacks(page, view.message_key)[0] == "final_notice_passed_plan"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_notice_over_a_plan_of_several_the_page_says_not_all_were_paid(tmp_path, language):
    _, _, _, view = _page(tmp_path, AFTER, notice=True, language=language, paid_after=False)
    assert view.message_key == "final_notice_passed_plan"
    assert NOT_ALL[language] in _message(view)
