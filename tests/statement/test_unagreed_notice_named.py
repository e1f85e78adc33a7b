"""A final notice e-mailed to a consumer who had not agreed to e-mail is named one way throughout (s62).

The steps, its subject and docs/letters.md call it "een e-mail (sommatie)" ("a notice to pay by email"): it brings no
costs, and one that does may follow. The line by the page's QR code over a plan said "Dat vraagt onze sommatie per
e-mail.", the words of a notice the consumer agreed to; so did the top the day it went ("Wij sturen u nu een sommatie
per e-mail") and after its term, its term in the steps ("Onze sommatie per e-mail van ..."), a newer invoice's
message, and the reminder for that invoice ("stond nog niet in onze sommatie per e-mail van ..."). Every text the
debtor reads in those states, page, message and the letters due, is read here."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.outlook import claim_as_sent
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, invoice, one_debtor_ledger
from tests.support.plan_notice import NOTICE, plan_notice_ledger
from tests.support.site import REPO

MAIL_ONLY = {"contact.address": MISSING}  # no postal address, no consent: the notice is e-mailed, unagreed
D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
D2 = invoice(number="D2", date=date(2026, 10, 5), due=date(2026, 10, 10), amount=Decimal("200.00"))
DUNNING = event(date(2026, 9, 14), "dunning", channel="letter")
EMAILED = event(date(2026, 10, 1), "final_notice", channel="email")
AGREED_WORDING = {"nl": "sommatie per e-mail", "en": "emailed final notice"}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _said(ledger, day: date) -> str:
    """Everything the debtor reads on `day`: the page, its message, and each letter due as its e-mail."""
    from pelican.plugins.incasso.statements import Messages

    claim = assess(ledger, ledger.debtors[0], day)
    view = statement_view(claim_as_sent(ledger, claim), ledger)
    said = [*_strings(view), str(Messages(REPO / "content" / "messages").for_page(view))]
    for due in letters_due(claim, NO_RECORD):
        said += _strings(letter_view(ledger, claim, due, Channel.EMAIL))
    return "\n".join(said)


def _plain(tmp_path, lang, *invoices, sent=True):
    events = [DUNNING, EMAILED] if sent else [DUNNING]
    return one_debtor_ledger(tmp_path, invoices=[D1, *invoices], events=events, language=lang, **MAIL_ONLY)


# Each state, and a line it must say: the unagreed wording where the agreed one stood.
STATES = {
    "written today": (
        lambda tmp, lang: (_plain(tmp, lang, sent=False), date(2026, 10, 1)),
        {"nl": "Wij sturen u nu een e-mail (sommatie).", "en": "We are now sending you a notice to pay by email."},
    ),
    "in its term": (
        lambda tmp, lang: (_plain(tmp, lang), date(2026, 10, 3)),
        {"nl": "Onze e-mail (sommatie) van 1 oktober 2026 geeft u", "en": "Our notice to pay, emailed on 1 October"},
    ),
    "term over": (
        lambda tmp, lang: (_plain(tmp, lang), date(2026, 10, 16)),
        {"nl": "De termijn van onze e-mail (sommatie) liep tot en met", "en": "The deadline in our notice to pay by"},
    ),
    "a newer invoice": (
        lambda tmp, lang: (_plain(tmp, lang, D2), date(2026, 10, 16)),
        {
            "nl": "Factuur D2 stond nog niet in onze e-mail (sommatie) van 1 oktober 2026.",
            "en": "Invoice D2 was not yet in our notice to pay, emailed on 1 October 2026.",
        },
    ),
    "over a plan, written today": (
        lambda tmp, lang: (plan_notice_ledger(tmp, language=lang, **MAIL_ONLY), NOTICE),
        {"nl": "Dat vraagt onze e-mail (sommatie).", "en": "That is what our notice to pay by email asks."},
    ),
    "over a plan, sent": (
        lambda tmp, lang: (
            plan_notice_ledger(tmp, notice=True, channel="email", paid_after=False, language=lang, **MAIL_ONLY),
            NOTICE + timedelta(days=10),
        ),
        {
            "nl": "Daarom hebben wij u onze e-mail (sommatie) gestuurd.",
            "en": "So we have sent you our notice to pay by",
        },
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("state", list(STATES))
def test_an_unagreed_e_mail_is_named_as_one_wherever_it_is_named(tmp_path, state, lang):
    build, line = STATES[state]
    said = _said(*build(tmp_path, lang))
    assert line[lang] in said
    assert AGREED_WORDING[lang] not in said


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_notice_e_mailed_with_consent_keeps_its_own_name(tmp_path, lang):
    """The agreed wording stays where it is true: a consumer who agreed to e-mail."""
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[D1],
        events=[DUNNING, EMAILED],
        language=lang,
        **{"contact.final_notice_by": "email", "contact.email_agreed": date(2026, 9, 1)},
    )
    said = _said(ledger, date(2026, 10, 3))
    assert {"nl": "Onze sommatie per e-mail van 1 oktober 2026", "en": "Our final notice, emailed on"}[lang] in said
    assert {"nl": "e-mail (sommatie) van", "en": "notice to pay"}[lang] not in said
