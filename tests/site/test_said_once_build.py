"""s60, a real build: two things a debtor of a payment plan read twice.

The reminder of two missed instalments said their sum and then asked it again ("Samen is dat EUR 800,00. Wilt u
EUR 800,00 uiterlijk 6 april 2026 betalen?"): in the letter's PDF and in its e-mail (HTML and text) the ask now names
"dat bedrag" ("that amount"); the page beside it asks "dit bedrag", as it did. The reminder of one missed instalment
keeps the figure: its line names the instalment's own amount, not the sum.

Under the final notice over one missed instalment, the page's top said "U heeft een termijn van uw betalingsregeling
niet betaald." and its first next step "De termijn van 31 oktober 2026 van uw betalingsregeling is nog niet betaald.":
the top now names it once, by its day and amount, and the step says what to do and by when.

Under that notice, two instalments missed after it: the page's first next step named only the first ("De termijn van
30 november 2026 van uw betalingsregeling (EUR 500,00) is nog niet betaald."), and the top said "ook uw termijn" of
two; the reminder said "Onze sommatie geldt nog" in its box and again in its text, there "ook deze termijn" right
after naming both. The step names them all with their sum, the top says "ook uw termijnen", and the reminder (PDF,
e-mail text and HTML) says the notice still asks them once, "ook deze termijnen".

The plans: tests/letters/test_missed_instalment_paid.py's (instalments of 12 and 16 March and 30 April 2026, read on
24 March, nothing paid of the first two or the first paid), and tests/statement/test_instalments_missed_words.py's
(the October instalment missed, its notice sent on 15 November, read on the 20th), and tests/support/plan_notice.py's
two_missed_since (read on 5 December), in Dutch and English.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.statement.test_instalments_missed_words import EVENTS as NOTICE_PLAN
from tests.statement.test_instalments_missed_words import ONE_MISSED
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.plan_notice import SINCE_READ, two_missed_since
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

LANGUAGES = ("nl", "en")
REMINDED, NOTICED = date(2026, 3, 24), date(2026, 11, 20)
THREE = [
    {"due": date(2026, 3, 12), "amount": "400.00"},
    {"due": date(2026, 3, 16), "amount": "400.00"},
    {"due": date(2026, 4, 30), "amount": "450.00"},
]
PLAN = event(date(2026, 3, 10), "arrangement", installments=THREE, channel="letter")
# name: (the plan's payments, the sum the line says, the ask)
REMINDERS = {
    "more": ([], {"nl": "Samen is dat EUR 800,00.", "en": "In total, that is EUR 800.00."}),
    "one": ([("2026-03-12", "400.00")], {"nl": "(EUR 400,00) hebben wij nog niet ontvangen.", "en": "(EUR 400.00)."}),
}
ASK = {
    ("more", "nl"): "Wilt u dat bedrag uiterlijk 6 april 2026 betalen?",
    ("more", "en"): "Please pay that amount by 6 April 2026.",
    ("one", "nl"): "Wilt u EUR 400,00 uiterlijk 6 april 2026 betalen?",
    ("one", "en"): "Please pay EUR 400.00 by 6 April 2026.",
}
TWICE = {"nl": "Wilt u EUR 800,00", "en": "Please pay EUR 800.00"}
PAGE_ASK = {"nl": "Wilt u dit bedrag uiterlijk 6 april 2026 betalen?", "en": "Please pay this amount by 6 April 2026."}
TOP = {
    "nl": "De termijn van 31 oktober 2026 van uw betalingsregeling (EUR 500,00) is nog niet betaald. Daarom vragen wij "
    "nu alles wat te laat is.",
    "en": "The instalment of 31 October 2026 of your payment plan (EUR 500.00) has not been paid. So we now ask for the "
    "whole overdue amount.",
}
NEXT = {"nl": "Wat gebeurt er nu?", "en": "What happens next?"}
OLD_TOP = {"nl": "U heeft een termijn van uw betalingsregeling niet betaald.", "en": "You did not pay an instalment"}


def _reminded(name: str, language: str) -> dict:
    payments, _ = REMINDERS[name]
    debtor_id = f"D-{name.upper()}-{language.upper()}"
    return valid_debtor(
        id=debtor_id,
        language=language,
        invoices=[invoice(number=f"F-{debtor_id}")],
        events=[PLAN],
        payments=[payment(date=date.fromisoformat(day), amount=amount) for day, amount in payments],
        **{"contact.address": ["Dorpsstraat 1", "3511 AB Utrecht"]},
    )


def _noticed(language: str) -> dict:
    return valid_debtor(
        id=f"D-NOTICE-{language.upper()}",
        language=language,
        invoices=[
            invoice(
                number=f"F-NOTICE-{language.upper()}", date=date(2026, 7, 1), due=date(2026, 7, 31), amount="1500.00"
            )
        ],
        payments=[payment(date=date(2026, 9, 30), amount="500.00")],
        events=[*NOTICE_PLAN, event(ONE_MISSED, "final_notice", channel="letter")],
    )


def _build(tmp, debtors: list[dict], night: date):
    ledger = write_ledger(tmp / "ledger", creditor=valid_creditor(interest="statutory"), debtors=debtors)
    site = build_site(tmp, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    return site, claims


def _reminders_read(tmp, debtors: list[dict], night: date) -> dict[str, dict[str, str]]:
    """Each reminder's words, by debtor: its PDF, its e-mail's text and HTML parts, and the page."""
    site, claims = _build(tmp, debtors, night)
    letters = site.internal / "letters"
    read = {}
    for debtor in debtors:
        debtor_id = debtor["id"]
        mail = read_eml(letters / f"{debtor_id}-installment_reminder.eml")
        plain, html = mail.get_body(preferencelist=("plain",)), mail.get_body(preferencelist=("html",))
        assert plain is not None and html is not None
        read[debtor_id] = {
            "pdf": flat(" ".join(pdf_text((letters / f"{debtor_id}-installment_reminder.pdf").read_bytes()))),
            "text": flat(plain.get_content()),
            "html": flat(visible_text(html.get_content())),
            "page": page_text(site, claims[debtor_id]),
        }
    return read


@pytest.fixture(scope="module")
def reminders(tmp_path_factory) -> dict[str, dict[str, str]]:
    debtors = [_reminded(name, language) for name in REMINDERS for language in LANGUAGES]
    return _reminders_read(tmp_path_factory.mktemp("reminders"), debtors, REMINDED)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", REMINDERS)
def test_the_reminder_asks_the_sum_it_just_said_as_that_amount(reminders, name, language):
    said = reminders[f"D-{name.upper()}-{language.upper()}"]
    line = REMINDERS[name][1][language]
    for form in ("pdf", "text", "html"):
        assert f"{line} {ASK[(name, language)]}" in said[form], (form, said[form])
        assert TWICE[language] not in said[form], form
    assert PAGE_ASK[language] in said["page"], said["page"]  # the page says the sum, then asks it as "dit bedrag"
    assert TWICE[language] not in said["page"]


@pytest.fixture(scope="module")
def noticed(tmp_path_factory) -> dict[str, str]:
    site, claims = _build(tmp_path_factory.mktemp("noticed"), [_noticed(language) for language in LANGUAGES], NOTICED)
    return {language: page_text(site, claims[f"D-NOTICE-{language.upper()}"]) for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_missed_under_its_notice_is_named_once_at_the_top(noticed, language):
    text = noticed[language]
    top, _, steps = text.partition(NEXT[language])
    assert TOP[language] in top and steps, text
    assert text.count("31 oktober 2026" if language == "nl" else "31 October 2026") == 1, text
    assert OLD_TOP[language] not in text


@pytest.fixture(scope="module")
def since(tmp_path_factory) -> dict[str, dict[str, str]]:
    debtors = [two_missed_since(f"D-SINCE-{language.upper()}", language) for language in LANGUAGES]
    read = _reminders_read(tmp_path_factory.mktemp("since"), debtors, SINCE_READ)
    return {language: read[f"D-SINCE-{language.upper()}"] for language in LANGUAGES}


STILL = {"nl": "Onze sommatie geldt nog", "en": "Our final notice still applies"}
SINCE_TOP = {
    "nl": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook uw termijnen.",
    "en": "Our final notice still applies: it asks for the whole overdue amount, your instalments included.",
}
BOTH = {
    "nl": "Deze termijnen staan nog open: 30 november 2026 (EUR 500,00) en 4 december 2026 (EUR 500,00). Samen is dat "
    "EUR 1.000,00.",
    "en": "These instalments are still open: 30 November 2026 (EUR 500.00) and 4 December 2026 (EUR 500.00). In total, "
    "that is EUR 1,000.00.",
}
THESE = {
    "nl": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook deze termijnen.",
    "en": "Our final notice still applies: it asks for the whole overdue amount, these instalments included.",
}
DAYS = {"nl": ("30 november 2026", "4 december 2026"), "en": ("30 November 2026", "4 December 2026")}
ONE_OF_TWO = {"nl": ("ook uw termijn.", "ook deze termijn."), "en": ("your instalment included", "this instalment")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_missed_since_the_notice_are_both_named_on_the_page_once(since, language):
    text = since[language]["page"]
    top, _, steps = text.partition(NEXT[language])
    assert SINCE_TOP[language] in top and steps, text
    assert steps.startswith(f" {BOTH[language]} "), steps[:300]  # the first step names both, and their sum
    assert text.count(STILL[language]) == 1
    for day in DAYS[language]:  # once each, in that step (the schedule says "30 nov 2026")
        assert text.count(day) == 1, (day, text)
    assert not any(one in text for one in ONE_OF_TWO[language])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", ["pdf", "text", "html"])
def test_the_reminder_of_two_missed_since_the_notice_says_once_that_it_asks_them_both(since, language, form):
    said = since[language][form]
    assert f"{BOTH[language]} {THESE[language]}" in said, said
    assert said.count(STILL[language]) == 1, said
    assert not any(one in said for one in ONE_OF_TWO[language])
