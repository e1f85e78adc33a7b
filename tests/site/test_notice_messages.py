"""A page's top message names a final notice as it went: a posted one a "laatste brief" ("final notice"), an
e-mailed one an e-mail ("onze sommatie per e-mail", "our emailed final notice"), through {a_notice} and
{the_notice} (statements.Messages). A site's own message without them says what it says; one copied before
they existed, in the sentences shipped then, gets them all the same.

Fixture dossiers: one consumer invoice of 1250.00 due 2026-02-04 (ledgers.valid_debtor), no interest, who
agreed to get a final notice by e-mail; the notice sent on Sunday 1 March 2026 by post or by e-mail.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment
from tests.support.site import REPO

SUNDAY = date(2026, 3, 1)
STEPS_BEFORE = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
AGREED = {"contact.final_notice_by": "email"}
SHIPPED = Messages(REPO / "content" / "messages")


def page_message(tmp_path, channel: str, lang: str, as_of: date, messages: Messages = SHIPPED, **changes):
    """The message key and the top message as the page shows it, after the notice of Sunday 1 March."""
    changes.setdefault("events", [*STEPS_BEFORE, event(SUNDAY, "final_notice", channel=channel)])
    ledger = one_debtor_ledger(tmp_path / f"{channel}-{lang}", language=lang, **AGREED, **changes)
    view = statement_view(assess(ledger, ledger.debtors[0], as_of), ledger)
    return view.message_key, str(messages.for_page(view))


WHAT_WE_SENT = {
    ("letter", "nl"): "Wij hebben u een laatste brief gestuurd (een sommatie).",
    ("email", "nl"): "Wij hebben u een laatste e-mail gestuurd (een sommatie).",
    ("letter", "en"): 'We have sent you a final notice (in Dutch: <i lang="nl">sommatie</i>).',
    ("email", "en"): 'We have sent you a final notice by email (in Dutch: <i lang="nl">sommatie</i>).',
}
CHANNELS = [(channel, lang) for channel in ("letter", "email") for lang in ("nl", "en")]


def no_letter_named(channel: str, lang: str, message: str) -> bool:
    """An e-mailed notice's message names no letter ("brief", "letter"); a posted one may."""
    return channel == "letter" or ("brief" if lang == "nl" else "letter") not in message


@pytest.mark.parametrize("channel, lang", CHANNELS)
def test_the_final_notice_s_message_names_it_as_it_was_sent(tmp_path, channel, lang):
    key, message = page_message(tmp_path, channel, lang, SUNDAY + days(3))
    assert key == "final_notice"
    assert WHAT_WE_SENT[channel, lang] in message
    assert no_letter_named(channel, lang, message)


@pytest.mark.parametrize("channel, lang", CHANNELS)
def test_the_message_after_the_notice_s_term_names_it_as_it_was_sent_and_its_term_as_its_own(tmp_path, channel, lang):
    key, message = page_message(tmp_path, channel, lang, SUNDAY + days(30))
    assert key == "final_notice_passed"
    term = "De termijn daarvan is voorbij" if lang == "nl" else "Its deadline has passed"
    assert f"{WHAT_WE_SENT[channel, lang]} {term}" in message
    assert no_letter_named(channel, lang, message)


@pytest.mark.parametrize(
    "channel, lang, said",
    [
        ("letter", "nl", "Er is een factuur bijgekomen die nog niet in onze laatste brief (sommatie) stond."),
        ("email", "nl", "Er is een factuur bijgekomen die nog niet in onze sommatie per e-mail stond."),
        ("letter", "en", "You have a newer invoice that was not in our final notice. Also, we have"),
        ("email", "en", "You have a newer invoice that was not in our emailed final notice. Also, we have"),
    ],
)
def test_a_newer_invoice_s_message_names_the_notice_it_was_not_in_as_it_was_sent(tmp_path, channel, lang, said):
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
    events = [event(SUNDAY, "final_notice", channel=channel)]
    key, message = page_message(tmp_path, channel, lang, date(2026, 4, 20), invoices=[invoice(), newer], events=events)
    assert key == "newer_invoice"
    assert said in message
    assert no_letter_named(channel, lang, message)


@pytest.mark.parametrize(
    "channel, lang, said",
    [
        ("letter", "nl", "U heeft het bedrag uit onze laatste brief (sommatie) op tijd betaald. Daarom"),
        ("email", "nl", "U heeft het bedrag uit onze sommatie per e-mail op tijd betaald. Daarom"),
        ("letter", "en", "You paid the amount of our final notice in time. So"),
        ("email", "en", "You paid the amount of our emailed final notice in time. So"),
    ],
)
def test_the_thanks_for_paying_the_notice_names_it_as_it_was_sent(tmp_path, channel, lang, said):
    # What the notice asked on its day, paid in its term: the interest since is what is left.
    events = [*STEPS_BEFORE, event(SUNDAY, "final_notice", channel=channel)]
    ledger = one_debtor_ledger(tmp_path / "asked", interest="statutory", events=events, **AGREED)
    asked = assess(ledger, ledger.debtors[0], SUNDAY).total_due
    paid = [payment(date=SUNDAY + days(5), amount=asked)]
    key, message = page_message(tmp_path, channel, lang, SUNDAY + days(20), interest="statutory", payments=paid)
    assert key == "notice_paid"
    assert said in message
    between = "tussen die sommatie en uw betaling" if lang == "nl" else "between that notice and your payment"
    assert between in message
    assert no_letter_named(channel, lang, message)


def test_a_site_s_own_message_without_the_notice_s_words_says_what_it_says(tmp_path):
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    own = "Wij hebben u een sommatie gestuurd. Betaal {pay_by}."
    (messages / "nl" / "final_notice.md").write_text(own, encoding="utf-8")
    _, message = page_message(tmp_path, "email", "nl", SUNDAY + days(3), messages=Messages(messages))
    assert "Wij hebben u een sommatie gestuurd. Betaal uiterlijk" in message


@pytest.mark.parametrize("channel, lang", CHANNELS)
def test_a_message_copied_before_the_notice_s_words_existed_names_the_notice_as_it_was_sent(tmp_path, channel, lang):
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    shipped_before = {
        "nl": "Wij hebben u een laatste brief gestuurd (een sommatie). De termijn in die brief is voorbij en wij "
        "hebben {not_received}.",
        "en": 'We have sent you a final notice (in Dutch: <i lang="nl">sommatie</i>). The deadline in that letter '
        "has passed and we have {not_received}.",
    }
    (messages / lang / "final_notice_passed.md").write_text(shipped_before[lang], encoding="utf-8")
    _, message = page_message(tmp_path, channel, lang, SUNDAY + days(30), messages=Messages(messages))
    term = "De termijn daarvan is voorbij" if lang == "nl" else "Its deadline has passed"
    assert f"{WHAT_WE_SENT[channel, lang]} {term}" in message


@pytest.mark.parametrize(
    "channel, lang, said",
    [
        ("letter", "nl", "Daarom stond die niet in onze laatste brief (sommatie)."),
        ("email", "nl", "Daarom stond die niet in onze sommatie per e-mail."),
        ("letter", "en", "You disagreed with an invoice, so it was not in our final notice."),
        ("email", "en", "You disagreed with an invoice, so it was not in our emailed final notice."),
    ],
)
def test_an_answered_invoice_s_message_names_the_notice_it_was_held_out_of_as_it_was_sent(
    tmp_path, channel, lang, said
):
    # F2026-0002 disputed apart when the notice went, answered since: it climbs its own steps.
    held_out = invoice(number="F2026-0002", date=date(2026, 2, 1), due=date(2026, 2, 20), amount=Decimal("500.00"))
    events = [
        event(date(2026, 2, 25), "dispute", invoices=["F2026-0002"], reason="Niet eens"),
        event(SUNDAY, "final_notice", channel=channel),
        event(date(2026, 3, 25), "dispute_resolved", invoices=["F2026-0002"], outcome="Klopt"),
    ]
    key, message = page_message(
        tmp_path, channel, lang, date(2026, 4, 20), invoices=[invoice(), held_out], events=events
    )
    assert key == "newer_answered"
    assert said in message
    assert no_letter_named(channel, lang, message)


# The sentences as shipped before {the_notice}, and what a page after an e-mailed notice reads of them.
COPIED_BEFORE = [
    (
        "nl",
        "notice_paid",
        "U heeft het bedrag uit onze laatste brief (sommatie) op tijd betaald, dus wij rekenen geen incassokosten. "
        "Er staat nog een klein bedrag open: de rente over de dagen tussen die brief en uw betaling.",
        "U heeft het bedrag uit onze sommatie per e-mail op tijd betaald, dus wij rekenen geen incassokosten. "
        "Er staat nog een klein bedrag open: de rente over de dagen tussen die sommatie en uw betaling.",
    ),
    (
        "en",
        "notice_paid",
        "You paid the amount of our final notice in time, so we do not charge collection costs.",
        "You paid the amount of our emailed final notice in time, so we do not charge collection costs.",
    ),
    (
        "nl",
        "newer_invoice",
        "Er is een factuur bijgekomen die nog niet in onze laatste brief (sommatie) stond. Ook hebben wij "
        "{not_received}.",
        "Er is een factuur bijgekomen die nog niet in onze sommatie per e-mail stond. Ook hebben wij",
    ),
    (
        "en",
        "newer_invoice",
        "You have a newer invoice that was not in our final notice, and we have {not_received}.",
        "You have a newer invoice that was not in our emailed final notice, and we have",
    ),
]


@pytest.mark.parametrize("lang, key, copied, read", COPIED_BEFORE)
def test_a_thanks_or_a_newer_invoice_s_message_copied_before_names_an_emailed_notice_so(
    tmp_path, lang, key, copied, read
):
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    (messages / lang / f"{key}.md").write_text(copied, encoding="utf-8")
    if key == "notice_paid":
        events = [*STEPS_BEFORE, event(SUNDAY, "final_notice", channel="email")]
        ledger = one_debtor_ledger(tmp_path / "asked", interest="statutory", events=events, **AGREED)
        paid = [payment(date=SUNDAY + days(5), amount=assess(ledger, ledger.debtors[0], SUNDAY).total_due)]
        changes = dict(interest="statutory", payments=paid)
        as_of = SUNDAY + days(20)
    else:
        newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
        changes = dict(invoices=[invoice(), newer], events=[event(SUNDAY, "final_notice", channel="email")])
        as_of = date(2026, 4, 20)
    shown, message = page_message(tmp_path, "email", lang, as_of, messages=Messages(messages), **changes)
    assert shown == key
    assert read in message


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_agency_s_name_ending_in_a_full_stop_ends_the_message_s_sentence_once(tmp_path, lang):
    """A promise to "Incasso B.V.": the page's message read "Dank u wel voor uw betaalbelofte aan Incasso B.V..
    Bovenaan ..." and "contact op met Incasso B.V..", the name's stop and the sentence's both. A message is filled
    in as the page's other sentences are (fmt.sentence): one full stop."""
    due = date(2026, 2, 4)
    handover = event(due + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
    events = [event(due + days(30), "final_notice"), handover]
    events.append(event(due + days(65), "promise", promised_date=due + days(80)))
    ledger = one_debtor_ledger(tmp_path, language=lang, events=events)
    view = statement_view(assess(ledger, ledger.debtors[0], due + days(70)), ledger)
    said = str(SHIPPED.for_page(view))
    assert view.message_key == "promise_agency"
    assert said.count("Incasso B.V.") == 2
    assert "B.V.." not in said


PLAIN_BEFORE = (
    "Wij hebben u een laatste brief gestuurd (een sommatie), omdat wij {not_received}. Wilt u het bedrag {pay_by} "
    "betalen? Heeft u het net betaald? Dan hoeft u niets te doen. Hieronder staat wat u moet betalen en waarom."
)


@pytest.mark.parametrize("copied", [False, True], ids=["shipped", "copied-before"])
def test_a_second_notice_s_message_says_why_in_a_whole_dutch_sentence(tmp_path, copied):
    """final_notice_plain (a second notice in its term) read "..., omdat wij uw betaling nog niet ontvangen." with
    no verb at its end, as the reminder's "omdat wij {not_received} hebben" has; a site's copy in those words
    gets it too."""
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    if copied:
        (messages / "nl" / "final_notice_plain.md").write_text(PLAIN_BEFORE, encoding="utf-8")
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 5, 5), "final_notice")]
    key, message = page_message(
        tmp_path, "letter", "nl", date(2026, 5, 8), Messages(messages), invoices=[invoice(), newer], events=events
    )
    assert key == "final_notice_plain"
    assert "(een sommatie), omdat wij uw betaling nog niet ontvangen hebben. Wilt u het bedrag" in message
