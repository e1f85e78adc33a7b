"""Credit notes in the figures: the credited part was never owed, so from the invoice's own date no interest
runs on it and no collection costs are counted over it; one dated after the build's day does not count yet.

The reviewer's case (credit_finding, ledger L6): a consumer, statutory interest, an invoice of 1500.00
dated and due 31 January 2026, a final notice e-mailed on 10 February (costs from 25 February), as of
20 May 2026. Booked as a payment, a credit note of 500.00 paid costs and interest first and overcharged.
"""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.claims.assess import assess
from incasso.claims.notices import claim_notes, ledger_notes
from incasso.claims.settlement import settle
from incasso.ledger.model import CreditNote
from tests.claims.test_settlement import dossiers
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

D = Decimal
INVOICED = date(2026, 1, 31)
NOTICE = event(date(2026, 2, 10), "final_notice", channel="email")
AGREED = {"contact.final_notice_by": "email"}  # the consumer agreed to get it by e-mail: no note on that
CREDITED_ON = date(2026, 3, 20)
AS_OF = date(2026, 5, 20)


def credit(amount: str, on: date = CREDITED_ON, number: str = "C2026-0003") -> dict:
    return {"number": number, "date": on, "amount": D(amount)}


def bill(amount: str, *notes: dict, number: str = "F2026-0001") -> dict:
    return invoice(number=number, date=INVOICED, due=INVOICED, amount=D(amount), credit_notes=list(notes))


def claim_on(tmp_path, invoices: list[dict], as_of: date = AS_OF, **changes):
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", invoices=invoices, **{"events": [NOTICE], **AGREED, **changes}
    )
    return assess(ledger, ledger.debtors[0], as_of)


def figures(claim) -> tuple:
    s = claim.settlement
    return (claim.total_due, s.interest, s.interest_open, claim.costs.state, claim.costs.amount, claim.costs.principal)


def test_an_invoice_with_a_credit_note_owes_exactly_what_an_invoice_of_the_rest_owes(tmp_path):
    credited = claim_on(tmp_path / "credited", [bill("1500.00", credit("500.00"))])
    corrected = claim_on(tmp_path / "corrected", [bill("1000.00")])
    assert figures(credited) == figures(corrected)
    assert figures(credited) == (D("1161.95"), D("11.95"), D("11.95"), "charged", D("150.00"), D("1000.00"))
    # The invoice keeps its written amount; what it asks, what is paid and what is open follow the credit note.
    (balance,) = credited.settlement.invoices
    assert (balance.invoice.amount, balance.credited, balance.owed) == (D("1500.00"), D("500.00"), D("1000.00"))
    assert (balance.principal_paid, balance.principal_open) == (0, D("1000.00"))
    assert [line.base for line in balance.interest_lines] == [D("1000.00")]  # from the invoice's own date on
    assert [n.number for n in balance.credit_notes] == ["C2026-0003"]


def test_a_credit_note_dated_after_the_build_s_day_does_not_count_yet(tmp_path):
    the_day_before = date(2026, 3, 19)
    credited = claim_on(tmp_path / "credited", [bill("1500.00", credit("500.00"))], the_day_before)
    uncredited = claim_on(tmp_path / "whole", [bill("1500.00")], the_day_before)
    assert figures(credited) == figures(uncredited)
    assert credited.costs.amount == D("225.00")  # the staffel over 1500.00 until then
    (balance,) = credited.settlement.invoices
    assert (balance.credit_notes, balance.owed) == ((), D("1500.00"))
    # On its own day it counts, and from the invoice's date: as if the invoice had said 1000.00.
    on_the_day = claim_on(tmp_path / "on", [bill("1500.00", credit("500.00"))], CREDITED_ON)
    assert figures(on_the_day) == figures(claim_on(tmp_path / "rest", [bill("1000.00")], CREDITED_ON))


def test_a_wholly_credited_invoice_has_nothing_open_and_closes_the_claim(tmp_path):
    claim = claim_on(tmp_path, [bill("1500.00", credit("1000.00"), credit("500.00", number="C2026-0004"))])
    assert (claim.status, claim.total_due, claim.costs.state, claim.settlement.interest) == ("paid", 0, "none", 0)
    assert claim.next_action is None
    assert claim.paid_on is None  # nothing was paid: no "thank you for your payment" page
    (balance,) = claim.settlement.invoices
    assert (balance.owed, balance.principal_paid, balance.open) == (0, 0, 0)


def test_a_wholly_credited_invoice_beside_an_open_one_takes_no_payment_and_brings_no_costs(tmp_path):
    other = bill("1000.00", number="F2026-0002")
    claim = claim_on(
        tmp_path,
        [bill("1500.00", credit("1500.00")), other],
        payments=[payment(date=date(2026, 4, 1), amount=D("100.00"), invoice="F2026-0001")],
    )
    credited, rest = claim.settlement.invoices
    assert (credited.open, credited.principal_paid) == (0, 0)
    # The payment named the credited invoice: nothing to pay there, so it went to the other (art. 6:43).
    assert {a.invoice for a in claim.settlement.payments[0].allocations} == {"F2026-0002"}
    assert claim.costs.principal == D("1000.00")
    assert claim.overdue_since == date(2026, 2, 1) and rest.open > 0


def test_costs_a_final_notice_stated_before_a_credit_note_are_a_ceiling_not_the_amount(tmp_path):
    stated = {**NOTICE, "costs": D("225.00")}  # the staffel over 1500.00, as its letter said
    claim = claim_on(tmp_path, [bill("1500.00", credit("500.00"))], events=[stated])
    assert (claim.costs.amount, claim.costs.capped_from) == (D("150.00"), None)
    assert claim_notes([claim], one_debtor_ledger(tmp_path / "c").creditor) == ()  # the letter was right then


def test_costs_a_final_notice_stated_over_what_a_credit_note_had_taken_off_already_are_said(tmp_path):
    stated = {**NOTICE, "costs": D("225.00")}
    early = credit("500.00", on=date(2026, 2, 5))  # before the letter: it asked too much
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", invoices=[bill("1500.00", early)], events=[stated], **AGREED
    )
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    # A consumer's letter that stated more than the staffel over what it could ask brings none (session 41).
    assert claim.costs.amount == D("0")
    (line,) = claim_notes([claim], ledger.creditor)
    assert "records costs: 225.00, more than the staffel gives over its invoices (150.00 at most)" in line


def test_what_a_final_notice_asked_leaves_out_a_credit_note_dated_in_its_term(tmp_path):
    """The credited part was never owed: to stop the costs the debtor pays what is owed, not the 500.00 too."""
    in_the_term = date(2026, 2, 16)
    credited = claim_on(tmp_path / "credited", [bill("1500.00", credit("500.00", on=date(2026, 2, 15)))], in_the_term)
    corrected = claim_on(tmp_path / "corrected", [bill("1000.00")], in_the_term)
    assert credited.costs.state == "announced"
    assert credited.costs.asked_left == corrected.costs.asked_left < D("1010.00")
    assert credited.costs.amount == D("150.00")


def test_a_promise_of_the_whole_balance_is_kept_by_paying_what_is_owed_after_a_later_credit_note(tmp_path):
    promise = event(date(2026, 3, 1), "promise", promised_date=date(2026, 3, 31))
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[bill("1500.00", credit("500.00"))],
        events=[promise],
        payments=[payment(date=date(2026, 3, 25), amount=D("1000.00"))],
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 26))
    assert (claim.promise.amount, claim.promise.state) == (D("1000.00"), "kept")


def test_a_credit_note_dated_more_than_a_month_after_the_build_s_day_is_said(tmp_path):
    typo = bill("1500.00", credit("500.00", on=date(2027, 3, 20)))
    ledger = one_debtor_ledger(tmp_path, invoices=[typo])
    (line,) = [line for line in ledger_notes(ledger, AS_OF) if "credit note" in line]
    assert line.endswith(
        ": credit note C2026-0003 of 2027-03-20 on invoice F2026-0001 is dated after 2026-05-20: it does not "
        "count until that day (its page asks for what it credits): is the year right?"
    )
    assert not any("credit note" in line for line in ledger_notes(ledger, date(2027, 2, 20)))  # entered ahead


# -- the invariant, over many dossiers ------------------------------------------------------------------


@st.composite
def credited_dossiers(draw):
    """A dossier of tests/claims/test_settlement.py with a credit note on each invoice, of a part of its amount,
    dated from the invoice's date to well after the settlement's day."""
    cred, deb, as_of, rule = draw(dossiers())
    invoices = []
    for bill_ in deb.invoices:
        part = draw(st.decimals(min_value=D("0.01"), max_value=bill_.amount, places=2))
        on = bill_.date + timedelta(days=draw(st.integers(min_value=0, max_value=800)))
        note = CreditNote("C-" + bill_.number, on, part, None, bill_.source)
        invoices.append(replace(bill_, credit_notes=(note,)))
    return cred, replace(deb, invoices=tuple(invoices)), as_of, rule


@settings(max_examples=200, deadline=None)
@given(credited_dossiers())
def test_a_credit_note_settles_as_an_invoice_written_for_the_rest_would(dossier):
    cred, deb, as_of, rule = dossier
    rest = replace(deb, invoices=tuple(replace(i, amount=i.owed(as_of), credit_notes=()) for i in deb.invoices))
    credited, corrected = settle(cred, deb, as_of, rule), settle(cred, rest, as_of, rule)
    assert credited.payments == corrected.payments
    assert (credited.costs, credited.costs_paid, credited.credit) == (
        corrected.costs,
        corrected.costs_paid,
        corrected.credit,
    )
    for balance, plain in zip(credited.invoices, corrected.invoices, strict=True):
        assert balance.owed == plain.invoice.amount == balance.invoice.owed(as_of)
        assert balance.principal_paid + balance.principal_open == balance.owed
        assert (balance.principal_open, balance.interest, balance.interest_open, balance.interest_lines) == (
            plain.principal_open,
            plain.interest,
            plain.interest_open,
            plain.interest_lines,
        )
