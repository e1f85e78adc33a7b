"""s63, real builds: a consumer's final notice sent by a way they had not agreed to brings no costs, and a notice that
does may follow (docs/letters.md, the final notice). Session 62 named one e-mailed so "een e-mail (sommatie)", "a
notice to pay by email", wherever it is named. Two places were left:

- Put in the customer portal, the Dutch page and letters still called it "onze sommatie in ons klantportaal" (its term
  "Onze sommatie van ... in ons klantportaal"), the words of the notice whose term brings the costs: now "ons bericht
  (sommatie) in ons klantportaal", as the message calls it "een bericht in ons klantportaal" and as the e-mail is
  "onze e-mail (sommatie)". The English said "our notice to pay in our customer portal" already.
- The letters' list of the steps sent before ({steps_sent}) named it "a final notice" ("een sommatie"): the notice
  posted after it opened "We have sent you a reminder, a formal reminder and a final notice, but ... This is our final
  notice". Now it is named as the page names it.

Each sentence is read where the debtor reads it: the page of a real build, and the letter it writes (its PDF's text).
One invoice of 1500.00 due 31 August 2026, a reminder and a dunning letter posted, the notice sent on 1 October.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.support.ledgers import MISSING, event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import day_letters_text
from tests.support.plan_notice import NOTICE, plan_notice_ledger
from tests.support.site import build_site, page_text

pytestmark = pytest.mark.slow

PUBLIC = ["--public-url", "http://localhost:8000"]  # claims.json links each page by its address (page_text)

NIGHT = date(2026, 10, 16)  # the term of a notice sent on 1 October ran to the 15th: the posted notice is due
SENT, LATE_SENT = date(2026, 10, 1), date(2026, 10, 14)  # the notice; one sent later, still in its term
# Per debtor: its language, its way, the day it went, whether a newer invoice (<id>-2, due 10 October) came after it,
# and whether it has a postal address: with one, the notice that binds is posted on NIGHT (and the page says so); with
# none, it can only be e-mailed, unagreed again, and the page tells what the one before it was.
DEBTORS = {
    "D-OVER-NL": ("nl", "portal", SENT, False, False),
    "D-OVER-EN": ("en", "portal", SENT, False, False),
    "D-TERM-NL": ("nl", "portal", LATE_SENT, False, False),
    "D-TERM-EN": ("en", "portal", LATE_SENT, False, False),
    "D-NEWER-NL": ("nl", "portal", SENT, True, False),
    "D-NEWER-EN": ("en", "portal", SENT, True, False),
    "D-PORTAL-NL": ("nl", "portal", SENT, False, True),
    "D-PORTAL-EN": ("en", "portal", SENT, False, True),
    "D-EMAIL-NL": ("nl", "email", SENT, False, True),
    "D-EMAIL-EN": ("en", "email", SENT, False, True),
}


def _debtor(debtor_id: str) -> dict:
    """A consumer who never agreed to e-mail or the portal for a final notice."""
    language, channel, sent, newer, posted = DEBTORS[debtor_id]
    invoices = [invoice(number=f"{debtor_id}-1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal(1500))]
    if newer:
        invoices.append(
            invoice(number=f"{debtor_id}-2", date=date(2026, 10, 5), due=date(2026, 10, 10), amount=Decimal(200))
        )
    events = [
        event(date(2026, 9, 1), "reminder", channel="letter"),
        event(date(2026, 9, 14), "dunning", channel="letter"),
        event(sent, "final_notice", channel=channel),
    ]
    address = {} if posted else {"contact.address": MISSING}
    return valid_debtor(id=debtor_id, language=language, invoices=invoices, events=events, **address)


def _pages(site) -> dict[str, str]:
    """Each debtor's page text by id (claims.json's link to it)."""
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    return {claim["id"]: page_text(site, claim) for claim in claims}


@pytest.fixture(scope="module")
def night(tmp_path_factory) -> tuple[dict[str, str], dict[str, str]]:
    """The pages' text and the letters' text of NIGHT's build."""
    root = tmp_path_factory.mktemp("unagreed")
    ledger = write_ledger(root, creditor=valid_creditor(interest="none"), debtors=[_debtor(d) for d in DEBTORS])
    site = build_site(root, ledger=ledger, as_of=NIGHT, extra=PUBLIC)
    assert site.exit_code == 0
    return _pages(site), day_letters_text(site.internal / "letters")


@pytest.fixture(scope="module")
def plan_pages(tmp_path_factory) -> dict[str, str]:
    """The page of tests.support.plan_notice's plan in arrears, its notice put in the portal without consent and
    unpaid, ten days on, per language."""
    pages = {}
    for lang in ("nl", "en"):
        root = tmp_path_factory.mktemp(f"plan-{lang}")
        plan_notice_ledger(root, notice=True, channel="portal", paid_after=False, language=lang)
        site = build_site(root, ledger=root / "ledger", as_of=NOTICE + timedelta(days=10), extra=PUBLIC)
        assert site.exit_code == 0
        (pages[lang],) = _pages(site).values()
    return pages


AGREED_PORTAL = {"nl": "onze sommatie in ons klantportaal", "en": "our final notice"}


def _portal_page_says(said: str, lang: str, *lines: str) -> None:
    for line in lines:
        assert line in said, said
    assert AGREED_PORTAL[lang] not in said.lower(), said
    if lang == "nl":
        assert "Onze sommatie van" not in said, said


def test_the_page_after_its_term_names_a_portal_notice_without_consent_as_a_message(night):
    pages, _ = night
    _portal_page_says(
        pages["D-OVER-NL"],
        "nl",
        "De termijn van ons bericht (sommatie) in ons klantportaal liep tot en met 15 oktober 2026.",
        "Ons bericht (sommatie) van 1 oktober 2026 in ons klantportaal gaf u veertien dagen om te betalen",
        "Wij hebben u een bericht in ons klantportaal gestuurd (een sommatie)",
    )
    _portal_page_says(
        pages["D-OVER-EN"],
        "en",
        "The deadline in our notice to pay in our customer portal was 15 October 2026.",
        "Our notice to pay, sent in our customer portal on 1 October 2026, gave you fourteen days to pay",
    )


def test_the_page_in_its_term_names_it_so_too(night):
    pages, _ = night
    _portal_page_says(
        pages["D-TERM-NL"],
        "nl",
        "Ons bericht (sommatie) van 14 oktober 2026 in ons klantportaal geeft u veertien dagen om te betalen",
    )
    _portal_page_says(
        pages["D-TERM-EN"],
        "en",
        "Our notice to pay, sent in our customer portal on 14 October 2026, gives you fourteen days to pay",
    )


def test_a_newer_invoice_s_message_and_reminder_name_it_so(night):
    pages, letters = night
    _portal_page_says(
        pages["D-NEWER-NL"],
        "nl",
        "Er is een factuur bijgekomen die nog niet in ons bericht (sommatie) in ons klantportaal",
    )
    _portal_page_says(
        pages["D-NEWER-EN"], "en", "You have a newer invoice that was not in our notice to pay in our customer portal."
    )
    said = letters["D-NEWER-NL-reminder.eml"]
    assert (
        "Factuur D-NEWER-NL-2 stond nog niet in ons bericht (sommatie) van 1 oktober 2026 in ons klantportaal." in said
    ), said
    said = letters["D-NEWER-EN-reminder.eml"]
    assert (
        "Invoice D-NEWER-EN-2 was not yet in our notice to pay, sent in our customer portal on 1 October 2026." in said
    ), said


def test_the_page_over_a_plan_names_it_so(plan_pages):
    _portal_page_says(
        plan_pages["nl"],
        "nl",
        "Daarom hebben wij u ons bericht (sommatie) in ons klantportaal gestuurd.",
        "Dat vraagt ons bericht (sommatie) in ons klantportaal.",
    )
    _portal_page_says(
        plan_pages["en"],
        "en",
        "So we have sent you our notice to pay in our customer portal.",
        "That is what our notice to pay in our customer portal asks.",
    )


# The opening of the notice posted after it: the steps before it, the one without consent named as the page names it.
LISTED = {
    "D-PORTAL-NL": "Wij hebben u een herinnering, een aanmaning en een bericht (sommatie) in ons klantportaal gestuurd, maar",
    "D-PORTAL-EN": "We have sent you a reminder, a formal reminder and a notice to pay in our customer portal, but",
    "D-EMAIL-NL": "Wij hebben u een herinnering, een aanmaning en een e-mail (sommatie) gestuurd, maar",
    "D-EMAIL-EN": "We have sent you a reminder, a formal reminder and a notice to pay by email, but",
}
THIS_NOTICE = {"nl": "Dit is onze laatste brief (sommatie).", "en": "This is our final notice (in Dutch: sommatie)."}


@pytest.mark.parametrize("debtor_id", list(LISTED))
def test_the_notice_posted_after_it_lists_it_as_no_final_notice(night, debtor_id):
    _, letters = night
    said = letters[f"{debtor_id}-final_notice.pdf"]
    assert LISTED[debtor_id] in said, said
    assert THIS_NOTICE[DEBTORS[debtor_id][0]] in said, said  # the final notice is this letter, and named once
    assert "een sommatie gestuurd" not in said and "and a final notice" not in said, said
