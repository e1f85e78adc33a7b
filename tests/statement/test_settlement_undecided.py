"""A settlement whose deciding day has passed while the bank statements read do not reach it (claims.demand.
settlement_undecided): called off on that day (`settlement_ended`), or its one `pay_by`. Paid by then, nothing more is
owed; else the whole claim, which paying the rest now does not change. Only the debtor knows which yet (s49, a phone
review: the top said "Te betalen EUR 1.192,44" and the QR code asked it, to a debtor who may have paid). The top asks
the question with both answers; the QR code, the details and the mail merge carry no amount, and no payment link is
given (its amount is fixed). One invoice of 1250.00, 250.00 paid on 2026-02-20, a settlement of 600.00 agreed on
2026-11-28 to pay by 2027-01-31."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import amount_asked, settlement_undecided
from incasso.ledger.model import Language
from incasso.letters.due import NO_RECORD, letters_due
from incasso.statement.labels import text
from incasso.statement.pay import pay_details
from incasso.statement.steps import next_steps, summary
from tests.support.ledgers import event, one_debtor_ledger, payment

REMINDER = event(date(2026, 2, 10), "reminder", channel="letter")
SETTLEMENT = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
OFF = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt")
PAID = [payment(date=date(2026, 2, 20), amount=Decimal("250.00"))]


def _assessed(tmp_path, events, seen: date, on: date, language="nl"):
    written = one_debtor_ledger(tmp_path, interest="statutory", events=events, payments=PAID, language=language)
    ledger = replace(written, bank_until=seen)
    return ledger, assess(ledger, ledger.debtors[0], on)


def _plain(said: str) -> str:
    return said.replace("\xa0", " ")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_call_off_the_statements_do_not_reach_asks_no_amount_in_the_qr_code_nor_by_a_link(tmp_path, language):
    lang = Language(language)
    ledger, claim = _assessed(
        tmp_path / "a", [REMINDER, SETTLEMENT, OFF], date(2026, 12, 8), date(2026, 12, 11), language
    )
    assert settlement_undecided(claim) == (date(2026, 12, 10), Decimal("600.00"))
    pay = pay_details(claim, ledger.creditor, lang)
    assert pay is not None and not pay.amount_set and pay.link is None and pay.link_qr_svg is None, pay
    assert pay.payload.split("\n")[7] == "", pay.payload  # EPC069-12: the amount's line, left to the payer
    assert pay.note == text(lang, "undecided_qr") and pay.note_email == text(lang, "undecided_qr_email")
    assert pay.amount_text == text(lang, "amount_yours_undecided") and not pay.part
    assert amount_asked(claim) is None  # links.csv's amount_to_pay: no sum a mail merge would demand
    assert not letters_due(claim, NO_RECORD)
    # The statements reach the day and show the rest unpaid: the whole claim is asked, by its figure and its link.
    ledger, known = _assessed(tmp_path / "b", [REMINDER, SETTLEMENT, OFF], date(2026, 12, 10), date(2026, 12, 11))
    pay = pay_details(known, ledger.creditor, Language.NL)
    assert settlement_undecided(known) is None and amount_asked(known) == known.total_due
    assert pay is not None and pay.amount_set and pay.link is not None, pay


TOP = {
    "nl": (
        "Heeft u uiterlijk 31 januari 2027 nog EUR 600,00 betaald?",
        "Ja? Dan hoeft u niets meer te betalen. De rest van EUR {remitted} schelden wij kwijt. Nee? Dan vervalt de "
        "afspraak en vragen wij weer het hele bedrag. Wij zien uw betalingen nu tot en met 29 januari 2027. Daarom "
        "weten wij het nog niet.",
        "Tot wij uw betalingen van 31 januari 2027 zien, zetten wij geen volgende stap.",
    ),
    "en": (
        "Did you pay the remaining EUR 600.00 by 31 January 2027?",
        "If so, you need not pay anything more. We will waive the rest of EUR {remitted}. If not, the agreement lapses "
        "and we will ask for the whole amount again. We can see your payments up to and including 29 January 2027, "
        "so we do not know yet.",
        "Until we can see your payments of 31 January 2027, we will take no further step.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_pay_by_the_statements_do_not_reach_asks_at_the_top_whether_it_was_paid(tmp_path, language):
    """Before: "Te betalen EUR 600,00, Betaal zo snel mogelijk" with "Het bedrag hierboven is wat u nu nog moet
    betalen" and the QR code asking it, two days after the day that decided: untrue whichever way it went (paid, nothing
    is owed; not paid, the whole claim, and the 600.00 no longer keeps the agreement). Below the top, said once: only
    that no step is taken till the statements reach the day."""
    lang = Language(language)
    ledger, claim = _assessed(tmp_path, [REMINDER, SETTLEMENT], date(2027, 1, 29), date(2027, 2, 2), language)
    assert settlement_undecided(claim) == (date(2027, 1, 31), Decimal("600.00"))
    top = summary(claim, ledger, lang)
    label, lines, below = TOP[language]
    assert claim.accord is not None
    remitted = _plain(claim.accord.remitted.to_eng_string()).replace(".", "," if language == "nl" else ".")
    assert (_plain(top.label), top.amount, top.deadline) == (label, None, None), top
    assert _plain(" ".join(top.lines)) == lines.format(remitted=remitted), top.lines
    assert _plain(" ".join(next_steps(claim, ledger, lang, page=True))) == below
    pay = pay_details(claim, ledger.creditor, lang)
    assert pay is not None and not pay.amount_set and pay.link is None and pay.payload.split("\n")[7] == ""
    assert amount_asked(claim) is None and not letters_due(claim, NO_RECORD)


def test_on_its_pay_by_day_and_with_an_instalment_s_grace_the_rest_is_asked_as_before(tmp_path):
    """On the day itself the rest still keeps it: asked, with its day. An instalment missed within its grace is still
    kept by paying it (claims.accord.terms_of): asked as before, the page's own words for an unseen one beside it."""
    ledger, today = _assessed(tmp_path / "a", [REMINDER, SETTLEMENT], date(2027, 1, 29), date(2027, 1, 31))
    assert settlement_undecided(today) is None and amount_asked(today) == Decimal("600.00")
    assert summary(today, ledger, Language.NL).amount is not None
    instalments = {key: value for key, value in SETTLEMENT.items() if key != "pay_by"}
    instalments["installments"] = [
        {"due": date(2026, 12, 15), "amount": "300.00"},
        {"due": date(2027, 1, 15), "amount": "300.00"},
    ]
    ledger, graced = _assessed(tmp_path / "b", [REMINDER, instalments], date(2026, 12, 12), date(2026, 12, 20))
    assert settlement_undecided(graced) is None and amount_asked(graced) == Decimal("300.00")
