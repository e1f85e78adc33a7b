"""A payment the bank brought is a payment like any other: every figure and state is the one a
hand-written payment of the same day and amount gives (allocation, costs in the final notice's
term, promises, plans, interest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.claims.timing import notice_term_end
from incasso.payments.reference import rf_reference
from incasso.staff.explain import what_next
from incasso.staff.overview import flags
from incasso.staff.view import flag_detail
from incasso.statement.view import statement_view
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger


@dataclass(frozen=True)
class Case:
    debtor: dict
    paid_on: date
    amount: str
    invoice: str | None
    as_of: date
    interest: str = "none"


NOTICE = date(2026, 3, 2)
SECOND = invoice(number="F2026-0002", date=date(2026, 1, 20), due=date(2026, 2, 19), amount=Decimal("400.00"))
CASES = {
    # A part-payment in the final notice's term lowers the costs (art. 6:96 BW, Bik).
    "final notice term": Case(
        valid_debtor(events=[event(NOTICE, "final_notice")]), date(2026, 3, 10), "500.00", None, date(2026, 4, 30)
    ),
    # The debtor named the newer invoice (art. 6:43 BW); interest and costs come first within it (6:44).
    "named invoice": Case(
        valid_debtor(invoices=[invoice(), SECOND], events=[event(NOTICE, "final_notice")]),
        date(2026, 4, 2),
        "300.00",
        "F2026-0002",
        date(2026, 5, 1),
        interest="statutory",
    ),
    "promise kept": Case(
        valid_debtor(events=[event(NOTICE, "promise", promised_date=date(2026, 3, 20), amount=Decimal("1250.00"))]),
        date(2026, 3, 19),
        "1250.00",
        None,
        date(2026, 3, 25),
    ),
    "plan instalment": Case(
        valid_debtor(
            events=[
                event(
                    NOTICE,
                    "arrangement",
                    installments=[
                        {"due": date(2026, 3, 15), "amount": Decimal("500.00")},
                        {"due": date(2026, 4, 15), "amount": Decimal("750.00")},
                    ],
                )
            ]
        ),
        date(2026, 3, 14),
        "500.00",
        None,
        date(2026, 4, 1),
    ),
}


def figures(claim: Claim) -> tuple:
    """Everything a claim says, without where its payments were written down."""
    s = claim.settlement
    return (
        s.total_due,
        s.principal_open,
        s.interest_open,
        s.costs,
        s.costs_paid,
        s.credit,
        tuple((p.payment.date, p.payment.amount, p.payment.invoice, p.allocations) for p in s.payments),
        tuple((b.number, b.principal_open, b.interest_open, b.interest_lines) for b in s.invoices),
        claim.stage,
        claim.status,
        claim.costs,
        claim.promise and (claim.promise.state, claim.promise.paid, claim.promise.amount),
        claim.plan and (claim.plan.state, tuple((i.paid, i.state) for i in claim.plan.installments)),
        claim.next_action,
        claim.paid_on,
        claim.amount_due_now,
    )


@pytest.mark.parametrize("name", CASES)
def test_a_bank_payment_counts_as_the_same_payment_written_by_hand(tmp_path, name):
    case = CASES[name]
    creditor = valid_creditor(interest=case.interest)
    by_hand = {
        **case.debtor,
        "payments": [
            payment(
                date=case.paid_on, amount=Decimal(case.amount), **({"invoice": case.invoice} if case.invoice else {})
            )
        ],
    }
    hand_root = write_ledger(tmp_path / "hand", creditor=creditor, debtors=[by_hand])
    bank_root = write_ledger(tmp_path / "bank", creditor=creditor, debtors=[case.debtor])
    text = f"factuur {case.invoice}" if case.invoice else None
    scor = None if case.invoice else rf_reference(case.debtor["id"])
    # The statements run to the day of the claim (a debit on it): every day's payments are read, as by hand.
    bookings = [Booking(case.amount, case.paid_on, ref="R1", scor=scor, text=text)]
    bookings.append(Booking("1.00", case.as_of, credit=False, ref="D1"))
    write_bank(bank_root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})

    hand = read_books(hand_root, case.as_of).ledger
    bank = read_books(bank_root, case.as_of).ledger
    hand_claim = assess(hand, hand.debtors[0], case.as_of)
    bank_claim = assess(bank, bank.debtors[0], case.as_of)
    assert bank.debtors[0].payments[0].bank_ref == "R1"
    assert figures(bank_claim) == figures(hand_claim)


@pytest.mark.parametrize("name, write", [("a.xml", camt053), ("a.sta", mt940)])
def test_a_payment_credited_on_the_term_s_last_day_and_booked_after_it_owes_no_costs(tmp_path, name, write):
    # Paid when the creditor's account is credited (art. 6:114 lid 2 BW): the value date. A bank books a
    # credit that arrives after its cut-off, or over a weekend, on a later day; the debtor paid in time.
    debtor = valid_debtor(events=[event(NOTICE, "final_notice")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor])
    unpaid = read_books(root, NOTICE).ledger
    last = notice_term_end(unpaid.creditor, unpaid.debtors[0], unpaid.debtors[0].events[0])
    as_of = last + timedelta(days=10)
    owed = assess(unpaid, unpaid.debtors[0], last).settlement.total_due  # the whole of it, on the term's last day
    booking = Booking(owed, last + timedelta(days=1), valued=last, ref="R1", scor=rf_reference(debtor["id"]))
    write_bank(root, {name: write(CREDITOR_IBAN, [booking])})
    books = read_books(root, as_of)
    claim = assess(books.ledger, books.ledger.debtors[0], as_of)
    assert [p.date for p in books.ledger.debtors[0].payments] == [last]
    assert (claim.settlement.costs, claim.settlement.total_due) == (None, Decimal("0.00"))


def test_a_final_notice_s_term_past_the_last_statement_waits_for_it_as_a_promise_does(tmp_path):
    # The statements end three days before the term's last day, the build is two days after it: a payment
    # in the term may be in the statements not read yet. Handover and costs wait for them (review-bank
    # finding 3); the next statement brings the payment in the term, and no costs follow.
    debtor = valid_debtor(events=[event(NOTICE, "final_notice")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor])
    unpaid = read_books(root, NOTICE).ledger
    last = notice_term_end(unpaid.creditor, unpaid.debtors[0], unpaid.debtors[0].events[0])
    as_of = last + timedelta(days=2)
    owed = assess(unpaid, unpaid.debtors[0], last).settlement.total_due
    earlier = Booking("0.01", last - timedelta(days=3), ref="E1", text="rente")  # a statement up to that day
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [earlier])})
    books = read_books(root, as_of)
    claim = assess(books.ledger, books.ledger.debtors[0], as_of)
    assert (claim.costs.state, claim.settlement.costs, claim.term_unseen) == ("announced", None, last)
    assert claim.next_action.kind == "handover" and not claim.next_action.is_due(as_of)
    (flag,) = flags(claim, books.ledger.creditor.policy)
    # The page asks the costs with the rest meanwhile (s41): the signal says so, not "geen kosten".
    assert flag.wording == "awaits_bank_notice_page" and flag.seen == last - timedelta(days=3)
    assert flag_detail(flag).startswith(f"de termijn van de sommatie liep tot en met {fmt.day(last)}")
    # The day that decides stands still from build to build (the handover's own day moves with each one), and
    # the dossier says what holds the handover: not "a promise, plan, dispute or reminder".
    for day in (as_of, as_of + timedelta(days=1)):
        later = assess(books.ledger, books.ledger.debtors[0], day)
        view = statement_view(later, books.ledger)
        assert not any(fmt.day(day) in line for line in view.next_steps), view.next_steps
    why = what_next(claim, books.ledger.creditor)
    assert any(
        line.startswith(f"Wacht op de bankafschriften: de termijn van de sommatie liep tot en met {fmt.day(last)}")
        for line in why
    ), why
    assert not any("toezegging, regeling, geschil" in line for line in why)
    # The handover's day is the term's, as the build with the statements will say it, not tomorrow's.
    assert why[0].startswith(f"Overdragen aan incassobureau sinds {fmt.day(last + timedelta(days=1))}, als de "), why

    paid = Booking(owed, last + timedelta(days=1), valued=last, ref="P1", scor=rf_reference(debtor["id"]))
    write_bank(root, {"b.xml": camt053(CREDITOR_IBAN, [paid], opening="1000.01")})
    books = read_books(root, as_of)
    claim = assess(books.ledger, books.ledger.debtors[0], as_of)
    assert (claim.settlement.costs, claim.term_unseen, claim.settlement.total_due) == (None, None, Decimal("0.00"))
