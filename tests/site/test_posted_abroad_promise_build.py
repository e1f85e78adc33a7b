"""s55, real nightly builds: on Friday 4 December 2026, after a reminder and a dunning letter, a debtor in Antwerp
(D-ABROAD, in Dutch; D-ABROAD-EN, in English) and one in Utrecht (D-HOME) each promise on the phone to pay all by
Thursday the 10th; each has an e-mail address too.

The night's build confirms each promise, posted and by e-mail. At home the letter arrives on Tuesday the 8th (2 PostNL
delivery days) and asks to say so before the 10th if paying in time will not work. Posted to Antwerp it arrives on
Friday the 18th (10 delivery days), after the promised day: until s55 it too asked to say so "vóór 10 december 2026",
a day gone by when it is read. Now it asks "zo snel mogelijk" ("as soon as possible"; letters.terms.promise_tell), and
its e-mail, read the day it is sent, still asks before the 10th. The promised day itself is the debtor's own, and
nothing is counted from the confirmation's receipt: the promise broken, the final notice follows on the 11th, its
term counted from its own receipt, abroad ten delivery days after it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import day_letters_text
from tests.support.site import build_site

pytestmark = pytest.mark.slow

ADDRESSES = {
    "D-ABROAD": ["Meir 24", "2000 Antwerpen", "België"],
    "D-ABROAD-EN": ["Meir 26", "2000 Antwerpen", "België"],
    "D-HOME": ["Dorpsstraat 1", "3511 AB Utrecht"],
}
PROMISED, BROKEN = date(2026, 12, 4), date(2026, 12, 11)
EVENTS = [
    event(date(2026, 10, 2), "reminder", channel="letter"),
    event(date(2026, 10, 16), "dunning", channel="letter"),
    event(PROMISED, "promise", promised_date=date(2026, 12, 10), channel="phone"),
]
TELL = {
    "nl": ("Lukt het niet op tijd? Laat het ons dan vóór 10 december 2026 weten.", "Laat het ons dan zo snel mogelijk"),
    "en": ("please let us know before 10 December 2026.", "please let us know as soon as possible."),
}


def _build(tmp_path: Path, night: date):
    """A night's build into the same folders as the night before: nothing paid."""
    debtors = [
        valid_debtor(
            id=debtor_id,
            language="en" if debtor_id.endswith("-EN") else "nl",
            invoices=[invoice(number=f"F2026-{n}", date=date(2026, 9, 1), due=date(2026, 10, 1))],
            events=EVENTS,
            **{"contact.address": address},
        )
        for n, (debtor_id, address) in enumerate(ADDRESSES.items(), start=1)
    ]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
    site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night: the claims and the letters' text (PDF and e-mail)."""
    tmp_path = tmp_path_factory.mktemp("abroad_promise")
    built = {}
    for night in (PROMISED, BROKEN):
        site = _build(tmp_path, night)
        claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
        letters = day_letters_text(site.internal / "letters")
        built[night] = {"claims": claims, "letters": letters}
    return built


@pytest.mark.parametrize("debtor_id", list(ADDRESSES))
def test_the_confirmation_asks_to_be_told_before_the_promised_day_only_while_it_is_read_before_it(nights, debtor_id):
    letters = nights[PROMISED]["letters"]
    before, soon = TELL["en" if debtor_id.endswith("-EN") else "nl"]
    posted, mailed = letters[f"{debtor_id}-promise.pdf"], letters[f"{debtor_id}-promise.eml"]
    assert before in mailed, mailed  # an e-mail is read the day it is sent, before the 10th
    if debtor_id == "D-HOME":  # read on the 8th
        assert before in posted and soon not in posted, posted
    else:  # read on the 18th: not a day gone by, as until s55
        assert soon in posted and before not in posted, posted
    # The promised day is the debtor's own: the letter confirms it, abroad as at home.
    promised = "10 December 2026" if debtor_id.endswith("-EN") else "uiterlijk 10 december 2026"
    assert promised in posted


def test_a_broken_promise_abroad_brings_the_final_notice_the_day_after_with_its_term_counted_from_receipt_abroad(
    nights,
):
    built = nights[BROKEN]
    for debtor_id in ADDRESSES:
        action = built["claims"][debtor_id]["next_action"]
        assert (action["kind"], action["due"]) == ("final_notice", "2026-12-11"), (debtor_id, action)
    abroad, home = built["letters"]["D-ABROAD-final_notice.pdf"], built["letters"]["D-HOME-final_notice.pdf"]
    assert "Uiterlijk 12 januari 2027 als u deze brief op 29 december 2026 heeft ontvangen" in abroad, abroad
    assert "Uiterlijk 29 december 2026 als u deze brief op 15 december 2026 heeft ontvangen" in home, home
