"""A credit that a credit note makes of an earlier payment arises on the credit note's day, not the payment's:
a webshop's customer paid an order, returned it weeks later and got a credit note for it (their D-004). The
claim is paid from that day too, the refund is staff's work from it, and the debtor's page stays while the
credit is owed (and `paid_page_days` after it was refunded), so that it tells her about the refund."""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.claim import SMALL_CREDIT, statement_visible
from incasso.staff.overview import credit_refund
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

D = Decimal
PAID = date(2026, 9, 20)
CREDITED = date(2026, 10, 15)
REFUNDED = date(2026, 10, 21)
RETURNED = invoice(
    number="W-1006",
    date=date(2026, 9, 10),
    due=date(2026, 9, 24),
    amount=D("249.00"),
    credit_notes=[{"number": "C-002", "date": CREDITED, "amount": D("249.00"), "description": "Retour"}],
)
SECOND = invoice(number="W-1007", date=date(2026, 10, 1), due=date(2026, 10, 15), amount=D("59.95"))


def shop_ledger(tmp_path, events=()):
    return one_debtor_ledger(
        tmp_path,
        invoices=[RETURNED, SECOND],
        payments=[payment(date=PAID, amount=D("249.00"), invoice="W-1006")],
        events=list(events),
    )


def test_the_credit_to_refund_dates_from_the_credit_note(tmp_path):
    ledger = shop_ledger(tmp_path)
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 20))
    refund = credit_refund(claim)
    assert refund is not None and (refund.amount, refund.due) == (D("189.05"), CREDITED)
    assert claim.paid_on == CREDITED  # not "Volledig betaald op 20 september": the credit note paid it


def test_a_credit_that_a_payment_left_on_its_own_day_dates_from_that_payment(tmp_path):
    ledger = one_debtor_ledger(tmp_path, payments=[payment(date=date(2026, 3, 2), amount=D("1300.00"))])
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 1))
    refund = credit_refund(claim)
    assert refund is not None and refund.due == date(2026, 3, 2)
    assert claim.paid_on == date(2026, 3, 2)


def test_the_page_stays_while_the_credit_is_owed_and_a_while_after_its_refund(tmp_path):
    ledger = shop_ledger(tmp_path)
    policy = ledger.creditor.policy
    late = CREDITED + (REFUNDED - CREDITED) * 20  # long past paid_page_days (30) after the credit note
    assert statement_visible(assess(ledger, ledger.debtors[0], late), policy)
    refunded = shop_ledger(tmp_path / "r", [event(REFUNDED, "refund", amount=D("189.05"), channel="email")])
    debtor = refunded.debtors[0]
    last_day = REFUNDED + (date(2026, 1, 31) - date(2026, 1, 1))  # paid_page_days (30) after the refund
    assert statement_visible(assess(refunded, debtor, last_day), policy)
    assert not statement_visible(assess(refunded, debtor, last_day + (date(2026, 1, 2) - date(2026, 1, 1))), policy)


def test_a_later_payment_s_own_credit_does_not_date_the_credit_note_s_back(tmp_path):
    """Paid 100.00 on 2 March for an invoice a credit note of 30.00 lowered on 1 April, then 10.00 more on 1 May
    with nothing open: the first 30.00 became the debtor's on 1 April, not on 2 March (the 10.00 paid in May was
    read as if the March payment had left money over on its own day: 'Tegoed terugbetalen' a month late)."""
    noted = invoice(
        credit_notes=[{"number": "C-1", "date": date(2026, 4, 1), "amount": D("30.00"), "description": "Korting"}],
        amount=D("100.00"),
    )
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[noted],
        payments=[payment(date=date(2026, 3, 2), amount=D("100.00")), payment(date=date(2026, 5, 1), amount=D("10"))],
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 10))
    refund = credit_refund(claim)
    assert refund is not None and (refund.amount, refund.due) == (D("40.00"), date(2026, 4, 1))


def test_a_credit_of_a_few_cents_does_not_keep_the_page_online(tmp_path):
    """A credit below SMALL_CREDIT is no task (staff refund it without haste, or set it off), so it would keep a
    public page up for months (a 0,04 credit was online five months on, s38 review): the page goes paid_page_days
    after the day it was paid, as a paid page without a credit does."""
    ledger = one_debtor_ledger(tmp_path, payments=[payment(date=date(2026, 3, 2), amount=D("1250.04"))])
    policy, debtor = ledger.creditor.policy, ledger.debtors[0]
    claim = assess(ledger, debtor, date(2026, 4, 1))
    assert D("0") < claim.settlement.credit < SMALL_CREDIT
    assert statement_visible(claim, policy)  # 30 days after 2 March
    assert not statement_visible(assess(ledger, debtor, date(2026, 4, 2)), policy)
