"""s50: a check waiting for the bank statements says its day once in the dossier's "Wat nu".

Session 49 made a promise's, an instalment's or a settlement's check wait for the statements of its day rather than
show as late. The dossier then read "Controleren of de toegezegde betaling binnen is, zodra de afschriften tot en met
28 november 2026 zijn ingelezen: de toezegging was uiterlijk 28 november 2026." The day the statements must reach is
the check's own day: said once, then "die dag" ("that day"). One invoice of 1250.00 due 4 February 2026, a reminder
sent; the bank statements read end on 1 December 2026 (one unrelated entry), the build is of 20 December 2026.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.explain import what_next
from incasso.staff.language import speaking
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import COUNSELLOR, event, payment, valid_creditor, valid_debtor, write_ledger

REMINDER = event(date(2026, 2, 10), "reminder")
SEEN, TODAY = date(2026, 12, 1), date(2026, 12, 20)
TWO = [{"due": date(2026, 12, 10), "amount": "600.00"}, {"due": date(2027, 1, 10), "amount": "650.00"}]
HALVES = [{"due": date(2026, 12, 10), "amount": "300.00"}, {"due": date(2027, 1, 10), "amount": "300.00"}]
CASES = {
    "promise": (event(date(2026, 11, 28), "promise", promised_date=date(2026, 12, 5)), (), "5"),
    "installment": (event(date(2026, 11, 20), "arrangement", installments=TWO), (), "10"),
    "settlement": (
        event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2026, 12, 5)),
        (),
        "5",
    ),
    "settlement_installment": (
        event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), installments=HALVES),
        (),
        "10",
    ),
}
SAID = {
    ("promise", Language.NL): "Controle: toezegging betaald? Zodra de afschriften tot en met 5 december 2026 zijn "
    "ingelezen: de betaling was uiterlijk die dag toegezegd.",
    ("promise", Language.EN): "Check: promise paid? Once the statements up to and including 5 December 2026 are read "
    "in: the payment was promised for that day at the latest.",
    ("installment", Language.NL): "Controle: termijn betaald? Zodra de afschriften tot en met 10 december 2026 zijn "
    "ingelezen: de termijn van EUR 600,00 verviel die dag.",
    ("installment", Language.EN): "Check: instalment paid? Once the statements up to and including 10 December 2026 "
    "are read in: the instalment of EUR 600.00 was due that day.",
    ("settlement", Language.NL): "Controle: akkoord betaald? Zodra de afschriften tot en met 5 december 2026 zijn "
    "ingelezen: het afgesproken bedrag van EUR 600,00 (minnelijk akkoord) moest uiterlijk die dag betaald zijn. Niet "
    "(helemaal) betaald: dan vervalt het akkoord,",
    ("settlement", Language.EN): "Check: settlement paid? Once the statements up to and including 5 December 2026 are "
    "read in: the agreed sum of EUR 600.00 (settlement) was to be paid by that day. Not paid (in full): the "
    "settlement lapses,",
    ("settlement_installment", Language.NL): "Controle: akkoord betaald? Zodra de afschriften tot en met 10 december "
    "2026 zijn ingelezen: de termijn van EUR 300,00 van het minnelijk akkoord verviel die dag. Niet betaald:",
    ("settlement_installment", Language.EN): "Check: settlement paid? Once the statements up to and including 10 "
    "December 2026 are read in: the settlement's instalment of EUR 300.00 was due that day. Not paid:",
}


def _ledger(tmp_path: Path, events: list, paid: list, seen: date, day: date = TODAY):
    """The ledger, its bank folder's statements ending on `seen` (an unrelated entry of that day)."""
    debtor = valid_debtor(representative=COUNSELLOR, payments=paid, events=events)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("0.01", seen, ref="E1")])})
    return read_books(root, day).ledger  # as a build reads it: with the day its bank/ reaches


@pytest.mark.parametrize(("kind", "lang"), list(SAID))
def test_the_check_s_day_is_said_once(tmp_path: Path, kind: str, lang: Language) -> None:
    agreement, paid, day = CASES[kind]
    ledger = _ledger(tmp_path, [REMINDER, agreement], list(paid), SEEN)
    claim = assess(ledger, ledger.debtors[0], TODAY)
    with speaking(lang):
        first = what_next(claim, ledger.creditor)[0].replace("\xa0", " ")
    assert first.startswith(SAID[(kind, lang)]), first
    month = "december" if lang == Language.NL else "December"
    assert first.count(f"{day} {month} 2026") == 1, first


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_a_missed_settlement_instalment_in_its_grace_says_its_last_day_once(tmp_path: Path, lang: Language) -> None:
    """The first of two instalments missed on 10 December, 100.00 of it paid; its grace ends on 24 December."""
    settlement = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), installments=HALVES)
    paid = [payment(date=date(2026, 11, 30), amount=Decimal("100.00"))]
    ledger = _ledger(tmp_path, [REMINDER, settlement], paid, date(2026, 12, 20), date(2026, 12, 28))
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 28))
    with speaking(lang):
        first = what_next(claim, ledger.creditor)[0].replace("\xa0", " ")
    last = "24 december 2026" if lang == Language.NL else "24 December 2026"
    assert first.count(last) == 1, first
    assert ("Zodra de afschriften tot en met 24 december 2026 zijn ingelezen: dat is de laatste dag" in first) or (
        "Once the statements up to and including 24 December 2026 are read in: that is the last day" in first
    ), first
