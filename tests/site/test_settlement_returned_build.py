"""s55, a real build: the reminder of a settlement's missed instalment does not say "nog niet ontvangen" beside the
payment of it the bank took back.

Two consumers (nl, en), each one invoice of 1250.00, agree a settlement (minnelijk akkoord) on 28 November 2026:
600.00 in two instalments of 300.00, on 15 December and 15 January. Each pays the first on 10 December; the bank takes
it back on the 14th (AC04, the account closed). The build of 16 December writes the reminder of the missed instalment
(held until staff have been in touch, DayLetter.contact_first). Until s55 its PDF said "De termijn van 15 december
2026 (EUR 300,00) hebben wij nog niet ontvangen." above "Uw betaling van EUR 300,00 op 10 december 2026 is op
14 december 2026 door de bank teruggeboekt": it came. It now says what counts, as the plan's reminder does
(letters.settlement, `settlement_reminder_unpaid_returned`), and its opening neither that it may have slipped their
mind nor that a payment just made needs nothing (shipped.RETURNED_TOLD), nor "is een termijn ... nog niet betaald":
what counts, as its line (shipped.SETTLEMENT_UNPAID).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.site.test_returned_build import ADDRESS
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, paid_and_returned, write_bank
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import build_site

pytestmark = pytest.mark.slow

AS_OF = date(2026, 12, 16)
PAID, RETURNED = date(2026, 12, 10), date(2026, 12, 14)
DEBTORS = {"D-3201": "nl", "D-3202": "en"}
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    reason="Afgesproken aan de telefoon",
)
COUNTS = {
    "D-3201": "Voor de termijn van 15 december 2026 (EUR 300,00) hebben wij nog geen betaling van u die meetelt. "
    "Wilt u dat uiterlijk 29 december 2026 betalen?",
    "D-3202": "For the instalment of 15 December 2026 (EUR 300.00), we have no payment from you that counts. If you "
    "pay it by 29 December 2026, the agreement stays in place.",
}
NOT_RECEIVED = ("nog niet ontvangen", "not yet received")
RETURNED_LINE = {
    "D-3201": "Uw betaling van EUR 300,00 op 10 december 2026 is op 14 december 2026 door de bank teruggeboekt.",
    "D-3202": "Your payment of EUR 300.00 on 10 December 2026 was returned by the bank on 14 December 2026.",
}
NOT_SAID = ("ontschoten", "net betaald", "slipped your mind", "just paid")
OPENING = {
    "D-3201": "Voor een termijn van onze afspraak over een lager bedrag hebben wij nog geen betaling van u die meetelt.",
    "D-3202": "For an instalment of our agreement on a lower amount, we have no payment from you that counts.",
}
NOT_PAID = ("nog niet betaald", "has not been paid")


@pytest.fixture(scope="module")
def reminders(tmp_path_factory) -> dict[str, str]:
    """Each debtor's settlement reminder of the build of 16 December (its PDF's text), by id."""
    tmp_path: Path = tmp_path_factory.mktemp("settlement_returned")
    debtors = [
        valid_debtor(
            id=debtor_id,
            language=language,
            contact={"person": "Jan de Vries", "address": ADDRESS},
            invoices=[invoice(number=f"F2026-{debtor_id[2:]}")],
            events=[SETTLEMENT],
        )
        for debtor_id, language in DEBTORS.items()
    ]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    bookings = paid_and_returned(DEBTORS, "300.00", PAID, RETURNED)
    bookings.append(Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None))  # to the build's day
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    letters = {
        p.name: flat(" ".join(pdf_text(p.read_bytes())))
        for p in (site.internal / "letters").glob("D-*settlement_reminder*.pdf")
    }
    return {debtor_id: text for debtor_id in DEBTORS for name, text in letters.items() if name.startswith(debtor_id)}


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_settlement_reminder_says_no_payment_counts_not_that_none_came(reminders, debtor_id):
    letter = reminders[debtor_id]
    assert COUNTS[debtor_id] in letter, letter
    assert RETURNED_LINE[debtor_id] in letter, letter
    assert not [words for words in NOT_RECEIVED if words in letter], letter
    assert not [words for words in NOT_SAID if words in letter], letter


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_settlement_reminder_opens_with_what_counts_not_that_it_is_unpaid(reminders, debtor_id):
    letter = reminders[debtor_id]
    assert OPENING[debtor_id] in letter, letter
    assert not [words for words in NOT_PAID if words in letter], letter
