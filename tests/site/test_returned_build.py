"""s54, a real build: a payment the bank took back is told on the debtor's own page and in their letter.

Five consumers, each one invoice of 1250.00 due 4 February 2026, reminded on 5 February. D-3001 (nl) and D-3002 (en)
pay it whole on 4 November; the bank takes both back on 19 November, in a camt.053 as the standard writes it: D-3001's
with reason AC04 (the account is closed), D-3002's with MD06 (the direct debit reversed on the payer's request).
D-3003 paid nothing. D-3004 (nl) and D-3005 (en) were sent a dunning letter too, on 19 February, and their payments
went as D-3001's and D-3002's: their final notice is due, held out of the print file for contact (its costs, the
day after the last day to pay the notice will give: s55). The build of 22
November (the statement runs to that day) shows each page's visible text: the returned payment under the payments,
in the debtor's language, with what to do; not "nog niet ontvangen"; and nothing of it on the page of anyone else.
The day's letter (the dunning letter) says it under its payments too.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, paid_and_returned, write_bank
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text

pytestmark = pytest.mark.slow

AS_OF = date(2026, 11, 22)
PAID, RETURNED = date(2026, 11, 4), date(2026, 11, 19)
ADDRESS = ["Dorpsstraat 1", "1234 AB Ergens"]
# id: (language, reason, the payer's account)
DEBTORS = {
    "D-3001": ("nl", "AC04", "NL20INGB0001234567"),
    "D-3002": ("en", "MD06", "NL02ABNA0123456789"),
    "D-3003": ("nl", None, None),
    "D-3004": ("nl", "AC04", "NL69INGB0123456789"),
    "D-3005": ("en", "MD06", "NL44RABO0123456789"),
}
DUNNED = {"D-3004", "D-3005"}  # a dunning letter sent: the day's held letter is the final notice
SAID = {
    "D-3001": (
        "Teruggeboekt door de bank Uw betaling van EUR 1.250,00 op 4 november 2026 is op 19 november 2026 door de "
        "bank teruggeboekt. Daarom telt die betaling niet mee en staat dat bedrag nog open. Volgens de bank is de "
        "rekening waarvan u betaalde opgeheven. Wilt u opnieuw betalen, vanaf een andere rekening? Denkt u dat dit "
        "niet klopt? Neem dan contact met ons op."
    ),
    "D-3002": (
        "Returned by the bank Your payment of EUR 1,250.00 on 4 November 2026 was returned by the bank on 19 November "
        "2026. So that payment does not count, and that amount is still open. According to the bank, this was done "
        "at your request: the direct debit was reversed. Please pay again. If you think this is not right, please "
        "contact us."
    ),
}
NOT_RECEIVED = ("nog niet ontvangen", "not yet received your payment")
# The message above ({not_received}): no "nog niet ontvangen" to someone who paid, nor a reason for a step.
COUNTS = {
    "D-3001": "nog geen betaling van u die meetelt",
    "D-3002": "no payment from you that counts",
}
RETURNED_WORDS = ("teruggeboekt", "returned by the bank")


def _debtor(debtor_id: str, language: str) -> dict:
    contact = {"person": "Jan de Vries", "address": ADDRESS, "email": f"{debtor_id.lower()}@example.nl"}
    return valid_debtor(
        id=debtor_id,
        language=language,
        contact=contact,
        invoices=[invoice(number=f"F2026-{debtor_id[2:]}")],
        events=[
            event(date(2026, 2, 5), "reminder", channel="email"),
            *([event(date(2026, 2, 19), "dunning", channel="email")] if debtor_id in DUNNED else []),
        ],
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Each debtor's page, PDF letter and e-mail (plain text) of the build of 22 November, by id."""
    tmp_path: Path = tmp_path_factory.mktemp("returned")
    debtors = [_debtor(debtor_id, language) for debtor_id, (language, _, _) in DEBTORS.items()]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    bookings = []
    for n, (debtor_id, (_, reason, account)) in enumerate(DEBTORS.items(), start=1):
        if reason is None:
            continue
        bookings.append(Booking("1250.00", PAID, ref=f"C{n}", scor=rf_reference(debtor_id), iban=account))
        bookings.append(Booking("1250.00", RETURNED, credit=False, ref=f"B{n}", return_reason=reason, iban=account))
    bookings.append(Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None))  # to the page's day
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    pages = {c["id"]: page_text(site, c) for c in claims}
    letters = site.internal / "letters"
    pdfs = {p.stem.split("-dunning")[0]: flat(" ".join(pdf_text(p.read_bytes()))) for p in letters.glob("D-*.pdf")}
    mails = {}
    for path in letters.glob("D-*.eml"):
        body = read_eml(path).get_body(preferencelist=("plain",))
        assert body is not None
        mails[path.stem.split("-dunning")[0]] = flat(body.get_content())
    return pages, pdfs, mails


@pytest.mark.parametrize("debtor_id", ["D-3001", "D-3002"])
def test_the_page_tells_the_returned_payment_under_the_payments(built, debtor_id):
    pages, _, _ = built
    page = pages[debtor_id]
    assert SAID[debtor_id] in page
    assert COUNTS[debtor_id] in page
    assert not any(words in page for words in NOT_RECEIVED)
    assert "AC04" not in page and "MD06" not in page  # the debtor's words, never the bank's code


def test_the_page_of_a_debtor_without_a_return_says_nothing_of_anyone_else_s(built):
    pages, _, _ = built
    page = pages["D-3003"]
    assert not any(words in page.lower() for words in RETURNED_WORDS)
    assert "uw betaling nog niet ontvangen" in page  # as before: nothing of theirs came


@pytest.mark.parametrize("debtor_id", ["D-3001", "D-3002"])
def test_the_day_s_letter_says_it_under_its_payments(built, debtor_id):
    _, pdfs, mails = built
    said = SAID[debtor_id].split(" ", 4)[-1]  # the lines, without the page's heading
    assert debtor_id in pdfs or debtor_id in mails, "the dunning letter is due today"
    for letter in (pdfs.get(debtor_id), mails.get(debtor_id)):
        if letter is not None:
            assert said in letter
            assert COUNTS[debtor_id] in letter
            assert not any(words in letter for words in NOT_RECEIVED)


# The day's dunning letter is held out of the print file until staff record contact (DayLetter.contact_first): the
# page must not say it was sent, nor ask by its date. It shows the claim as before the letter: the reminder sent,
# the dunning letter still to come.
SENT_HELD = {"D-3001": "Daarom hebben wij u een aanmaning gestuurd", "D-3002": "so we have sent you a formal reminder"}
TO_COME = {
    "D-3001": "Ontvangen wij uw betaling niet binnenkort? Dan sturen wij u een aanmaning.",
    "D-3002": "If we do not receive your payment soon, we will send you a formal reminder.",
}


@pytest.mark.parametrize("debtor_id", ["D-3001", "D-3002"])
def test_the_page_does_not_say_a_letter_held_for_contact_was_sent(built, debtor_id):
    pages, _, _ = built
    page = pages[debtor_id]
    assert SENT_HELD[debtor_id] not in page
    assert TO_COME[debtor_id] in page


# s54: the page's message at the reminder's stage (the dunning letter held) said "Misschien is het u ontschoten" right
# above the returned payment: untrue for someone who paid (statement messages, shipped.RETURNED_TOLD).
@pytest.mark.parametrize("debtor_id", ["D-3001", "D-3002"])
def test_the_page_does_not_say_it_slipped_their_mind(built, debtor_id):
    pages, _, _ = built
    page = pages[debtor_id]
    reminded = {"D-3001": "Wij hebben u een herinnering gestuurd", "D-3002": "We have sent you a reminder"}
    assert reminded[debtor_id] in page
    assert "ontschoten" not in page and "slipped your mind" not in page


# s55: and it gave what counts as the reminder's reason, clumsily: "Wij hebben u een herinnering gestuurd, omdat wij nog
# geen betaling van u die meetelt hebben." The reminder went in February, the payment came back in November: the
# message states the letter, then what counts, as the dunning letter's does (shipped.RETURNED_TOLD).
REMINDER_THEN_COUNTS = {
    "D-3001": "Wij hebben u een herinnering gestuurd. Wij hebben nog geen betaling van u die meetelt. Wilt u het bedrag",
    "D-3002": "We have sent you a reminder. We have no payment from you that counts. Please pay the amount",
}


@pytest.mark.parametrize("debtor_id", ["D-3001", "D-3002"])
def test_the_page_s_message_states_the_reminder_then_what_counts(built, debtor_id):
    pages, _, _ = built
    page = pages[debtor_id]
    assert REMINDER_THEN_COUNTS[debtor_id] in page, page
    assert "die meetelt hebben" not in page and "because we have" not in page, page


def test_a_page_without_a_return_says_its_message_as_before(built):
    pages, _, _ = built
    # D-3003's dunning letter went out today (no return holds it): the message as shipped, "Daarom" and all.
    assert "Wij hebben uw betaling nog niet ontvangen. Daarom hebben wij u een aanmaning gestuurd." in pages["D-3003"]


# The day's final notice is held out of the print file until staff record contact: the page must not say it is sent
# now ("Wij sturen u nu een laatste brief"), but that it comes soon; its term, from the day after receipt, as before.
NOTICE_NOW = {"D-3004": "Wij sturen u nu", "D-3005": "We are now sending you"}
NOTICE_SOON = {
    "D-3004": (
        "Wij sturen u binnenkort een sommatie. Daarin krijgt u veertien dagen om te betalen, vanaf de dag nadat u die "
        "heeft ontvangen.",
        "Wij sturen u binnenkort een laatste brief (sommatie).",
    ),
    "D-3005": (
        "We will shortly send you a final notice. It gives you fourteen days to pay, from the day after you receive "
        "it.",
    ),
}


@pytest.mark.parametrize("debtor_id", ["D-3004", "D-3005"])
def test_the_page_does_not_say_a_final_notice_held_for_contact_is_sent_now(built, debtor_id):
    pages, _, _ = built
    page = pages[debtor_id]
    assert NOTICE_NOW[debtor_id] not in page
    for said in NOTICE_SOON[debtor_id]:
        assert said in page


# s55: beside the payment that came back, neither the page's message nor the letter said "Heeft u het net betaald? Dan
# hoeft u niets te doen." any more: to someone who paid, and whose payment the bank took back, it read "nothing to do"
# (shipped.JUST_PAID). D-3003, with nothing returned, still reads it in its dunning message.
JUST_PAID = ("net betaald", "just paid")


@pytest.mark.parametrize("debtor_id", ["D-3001", "D-3002"])
def test_neither_page_nor_letter_says_just_paid_beside_the_return(built, debtor_id):
    pages, pdfs, mails = built
    for said in (pages[debtor_id], pdfs.get(debtor_id), mails.get(debtor_id)):
        if said is not None:
            assert not [words for words in JUST_PAID if words in said], said


def test_a_page_without_a_return_still_says_just_paid(built):
    pages, _, _ = built
    assert "Heeft u het net betaald? Dan hoeft u niets te doen." in pages["D-3003"]


# s55: the costs the held final notice will announce were dated as if it went today ("op zijn vroegst vanaf ..."):
# while it waits for staff's contact, the page gives the day the notice itself will give.
COSTS_HELD = {
    "D-3004": "zijn dat EUR 187,50, vanaf de dag na de laatste betaaldag in die brief.",
    "D-3005": "these would be EUR 187.50, from the day after the last day to pay in that letter.",
}
EARLIEST = {"D-3004": "op zijn vroegst", "D-3005": "no earlier than"}


@pytest.mark.parametrize("debtor_id", ["D-3004", "D-3005"])
def test_the_costs_of_a_final_notice_held_for_contact_are_not_dated_from_today(built, debtor_id):
    pages, _, _ = built
    page = pages[debtor_id]
    assert COSTS_HELD[debtor_id] in page, page
    assert EARLIEST[debtor_id] not in page, page


# s55: a final notice's term over, its last day not yet in the bank statements read, the page's message said "stond
# uw betaling op tijd op onze rekening, dan hoeft u niets te doen" (final_notice_unseen): to D-3101 and D-3102, whose
# payment reached the account in the term and came back, it read "nothing to do", while that amount is still open.
# Beside a return it is left out (shipped.IN_TIME); D-3103, nothing paid, reads it as before. Each was posted a final
# notice on 4 November (its term to 20 November); D-3101 and D-3102 paid that day, the bank took it back on the 19th;
# the statements reach the 19th; the build is of 22 November.
UNSEEN = {"D-3101": "nl", "D-3102": "en", "D-3103": "nl"}
UNSEEN_RETURNED = ("D-3101", "D-3102")
IN_TIME = {"D-3101": "op tijd op onze rekening", "D-3102": "reached our account in time"}
NOTHING_TO_DO = ("niets te doen", "do not need to do anything")
UNSEEN_SAID = {
    "D-3101": "De termijn daarvan is voorbij. Hierboven staat wat dat voor u betekent.",
    "D-3102": "Its deadline has passed. Above you can see what that means for you.",
}


@pytest.fixture(scope="module")
def unseen_pages(tmp_path_factory) -> dict[str, str]:
    """Each debtor's page of the build of 22 November, the statements to the 19th, by id."""
    tmp_path: Path = tmp_path_factory.mktemp("returned_unseen")
    notice = event(date(2026, 11, 4), "final_notice")
    debtors = [
        valid_debtor(
            id=debtor_id,
            language=language,
            contact={"person": "Jan de Vries", "address": ADDRESS},
            invoices=[invoice(number=f"F2026-{debtor_id[2:]}")],
            events=[event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning"), notice],
        )
        for debtor_id, language in UNSEEN.items()
    ]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    bookings = paid_and_returned(UNSEEN_RETURNED, "1250.00", PAID, RETURNED, account="NL20INGB000765432")
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, bookings)})  # to the 19th: the term's last day unseen
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    return {c["id"]: page_text(site, c) for c in claims}


@pytest.mark.parametrize("debtor_id", UNSEEN_RETURNED)
def test_a_term_over_unseen_does_not_say_nothing_to_do_beside_the_return(unseen_pages, debtor_id):
    page = unseen_pages[debtor_id]
    assert UNSEEN_SAID[debtor_id] in page, page
    assert IN_TIME[debtor_id] not in page, page
    assert not [words for words in NOTHING_TO_DO if words in page], page
    assert any(words in page.lower() for words in RETURNED_WORDS), page  # the return is told, under the payments


def test_a_term_over_unseen_without_a_return_says_it_as_before(unseen_pages):
    page = unseen_pages["D-3103"]
    assert "stond uw betaling op tijd op onze rekening, dan hoeft u niets te doen." in page, page
