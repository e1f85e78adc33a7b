"""s54, a real build: a debtor whose payment the bank took back is not told it may have slipped their mind.

Two consumers (nl, en), each one invoice of 1250.00 due 4 February 2026 and no letter yet, pay it whole on 4 November;
the bank takes it back on 19 November (AC04, the account closed). The build of 22 November writes each one's reminder
(held until staff have been in touch, DayLetter.contact_first) and shows the page as before it (the `overdue`
message). Neither the page's visible text nor the reminder's PDF says "Misschien is het u ontschoten; dat kan
gebeuren" / "Perhaps it slipped your mind – it happens", right above the payment that came back
(tests/site/test_returned_build.py has the build this one mirrors).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.site.test_returned_build import ADDRESS, AS_OF, PAID, RETURNED
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, paid_and_returned, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import build_site, page_text

pytestmark = pytest.mark.slow

DEBTORS = {"D-3101": "nl", "D-3102": "en"}
SLIPPED = ("ontschoten", "dat kan gebeuren", "slipped your mind", "it happens")
# s55: nor "Heeft u het net betaald? Dan hoeft u niets te doen." beside a payment that came back (shipped.JUST_PAID).
JUST_PAID = ("net betaald", "just paid")
# What each says where the sentence was, and the payment that came back below it (s58: what counts a sentence of its
# own, shipped.COUNTS_APART).
PAGE = {
    "D-3101": "is voorbij. Wij hebben nog geen betaling van u die meetelt. Wilt u het bedrag",
    "D-3102": "has ended. We have no payment from you that counts. Please pay the amount",
}
LETTER = {
    "D-3101": "hebben wij nog geen betaling van u die meetelt; het bedrag staat hieronder. Wilt u het bedrag alsnog "
    "betalen?",
    "D-3102": "we have no payment from you that counts. The amount is below. Could you still pay the amount?",
}
RETURNED_LINE = {"D-3101": "door de bank teruggeboekt", "D-3102": "was returned by the bank"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[dict[str, str], dict[str, str]]:
    """Each debtor's page (visible text) and reminder PDF (text) of the build of 22 November, by id."""
    tmp_path: Path = tmp_path_factory.mktemp("returned_tone")
    debtors = [
        valid_debtor(
            id=debtor_id,
            language=language,
            contact={"person": "Jan de Vries", "address": ADDRESS},
            invoices=[invoice(number=f"F2026-{debtor_id[2:]}")],
        )
        for debtor_id, language in DEBTORS.items()
    ]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    bookings = paid_and_returned(DEBTORS, "1250.00", PAID, RETURNED)
    bookings.append(Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None))  # to the page's day
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    pages = {c["id"]: page_text(site, c) for c in claims}
    pdfs = {
        p.stem.split("-reminder")[0]: flat(" ".join(pdf_text(p.read_bytes())))
        for p in (site.internal / "letters").glob("D-*-reminder*.pdf")
    }
    return pages, pdfs


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_page_does_not_say_it_slipped_their_mind(built, debtor_id):
    pages, _ = built
    page = pages[debtor_id]
    assert PAGE[debtor_id] in page, page
    assert RETURNED_LINE[debtor_id] in page
    assert not [words for words in SLIPPED if words in page], page
    assert not [words for words in JUST_PAID if words in page], page


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_reminder_letter_does_not_open_saying_it_slipped_their_mind(built, debtor_id):
    _, pdfs = built
    letter = pdfs[debtor_id]
    assert LETTER[debtor_id] in letter, letter
    assert RETURNED_LINE[debtor_id] in letter
    assert not [words for words in SLIPPED if words in letter], letter
    assert not [words for words in JUST_PAID if words in letter], letter
