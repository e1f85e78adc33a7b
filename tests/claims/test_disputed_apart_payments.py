"""A payment naming no invoice, made while an invoice was disputed apart, and a promise made then.

The reviewer's ledger (session 28, ledger B): a consumer with A (1,000.00, due 31 August 2026) and
B (500.00, due 14 September), statutory interest. While one invoice is disputed apart the page asks
for the other only, under the dossier's reference: a payment of that amount is the debtor's choice of
the debt (art. 6:43 lid 1 BW). When the dossier is later counted whole (after the answer, or when
nothing undisputed is left open) it must keep paying what it paid, not move onto the disputed invoice.
"""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.settlement import Share
from incasso.claims.states import ActionKind, CostsState, PromiseState, Status
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

D = Decimal
INVOICES = [
    invoice(number="F-A", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=D("1000.00")),
    invoice(number="F-B", date=date(2026, 8, 15), due=date(2026, 9, 14), amount=D("500.00")),
]
A_DISPUTED = event(date(2026, 10, 1), "dispute", invoices=["F-A"], reason="Niet eens")
NOTICE = event(date(2026, 10, 5), "final_notice", channel="letter", costs=D("75.00"))
A_ANSWERED = event(date(2026, 10, 25), "dispute_resolved", invoices=["F-A"], outcome="Klopt")
# B with the interest of 12 October: the EUR 501,48 the page asked on the 11th, and a day more.
B_IN_FULL = payment(date=date(2026, 10, 12), amount=D("501.53"))


def claim_on(tmp_path, as_of, events, payments):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", invoices=INVOICES, events=events, payments=payments)
    return assess(ledger, ledger.debtors[0], as_of)


def shares(claim):
    (applied,) = claim.settlement.payments
    return [(a.to, a.amount, a.invoice) for a in applied.allocations]


def balance(claim, number):
    return next(b for b in claim.settlement.invoices if b.number == number)


PAID_B = [(Share.INTEREST, D("1.53"), "F-B"), (Share.PRINCIPAL, D("500.00"), "F-B")]


def test_paying_what_the_page_asked_keeps_paying_the_undisputed_invoice(tmp_path):
    """Nothing undisputed is left: the dossier is counted whole and waits for A's answer, with B paid."""
    claim = claim_on(tmp_path, date(2026, 10, 13), [A_DISPUTED, NOTICE], [B_IN_FULL])
    assert shares(claim) == PAID_B
    assert balance(claim, "F-B").principal_open == 0 and balance(claim, "F-A").principal_open == D("1000.00")
    assert claim.status == Status.DISPUTE and claim.next_action.kind == ActionKind.REVIEW_DISPUTE


def test_after_the_answer_the_payment_stays_with_the_undisputed_invoice(tmp_path):
    claim = claim_on(tmp_path, date(2026, 11, 10), [A_DISPUTED, NOTICE, A_ANSWERED], [B_IN_FULL])
    assert shares(claim) == PAID_B
    assert balance(claim, "F-B").open == 0 and balance(claim, "F-A").principal_open == D("1000.00")


def test_paying_the_notice_in_its_term_brings_no_costs_nor_a_handover(tmp_path):
    claim = claim_on(tmp_path, date(2026, 10, 23), [A_DISPUTED, NOTICE], [B_IN_FULL])
    assert claim.costs.state == CostsState.NONE
    assert claim.next_action.kind != ActionKind.HANDOVER


def test_a_part_payment_stays_with_the_undisputed_invoice_after_the_answer(tmp_path):
    part = payment(date=date(2026, 10, 12), amount=D("200.00"))
    during = claim_on(tmp_path, date(2026, 10, 20), [A_DISPUTED], [part])
    after = claim_on(tmp_path, date(2026, 11, 10), [A_DISPUTED, A_ANSWERED], [part])
    paid_then = [(Share.INTEREST, D("1.53"), "F-B"), (Share.PRINCIPAL, D("198.47"), "F-B")]
    assert shares(during) == shares(after) == paid_then
    assert balance(after, "F-A").principal_open == D("1000.00")


def test_what_is_left_after_the_undisputed_invoice_pays_the_disputed_one(tmp_path):
    """More than B: once A is counted again, the rest pays A (before, it was a credit while A was apart)."""
    more = payment(date=date(2026, 10, 12), amount=D("601.53"))
    claim = claim_on(tmp_path, date(2026, 11, 10), [A_DISPUTED, A_ANSWERED], [more])
    assert shares(claim) == [*PAID_B, (Share.INTEREST, D("4.60"), "F-A"), (Share.PRINCIPAL, D("95.40"), "F-A")]


# -- a promise of "the whole balance" made while an invoice was disputed apart -----------------

B_DISPUTED = event(date(2026, 10, 1), "dispute", invoices=["F-B"], reason="Niet eens")
PROMISED = event(date(2026, 10, 5), "promise", promised_date=date(2026, 10, 20))
B_ANSWERED = event(date(2026, 10, 25), "dispute_resolved", invoices=["F-B"], outcome="Klopt")
A_AS_ASKED = payment(date=date(2026, 10, 18), amount=D("1004.50"))


def test_a_promise_kept_while_an_invoice_was_disputed_stays_kept_after_the_answer(tmp_path):
    """The reviewer's C-4: the promise was for A as counted on its day (1,003.84), not for A and B."""
    during = claim_on(tmp_path, date(2026, 10, 21), [B_DISPUTED, PROMISED], [A_AS_ASKED])
    after = claim_on(tmp_path, date(2026, 11, 20), [B_DISPUTED, PROMISED, B_ANSWERED], [A_AS_ASKED])
    assert during.promise.amount == after.promise.amount == D("1003.84")
    assert during.promise.state == after.promise.state == PromiseState.KEPT


def test_a_write_off_while_an_invoice_is_disputed_writes_off_the_whole_dossier(tmp_path):
    """F-A disputed apart, then the dossier written off: F-A is written off with F-B, not dropped from it (review
    of session 28, the second pass: it vanished from the dossier and the amount written off), and money paid
    for it afterwards counts against it, the rest a credit."""
    written_off = event(date(2026, 10, 20), "written_off")
    paid_for_a = payment(date=date(2026, 11, 1), amount=D("1100.00"), invoice="F-A")
    claim = claim_on(tmp_path, date(2026, 11, 10), [A_DISPUTED, written_off], [paid_for_a])
    assert claim.status == "written_off" and claim.disputed == ()
    assert {b.number for b in claim.settlement.invoices} == {"F-A", "F-B"}
    # Interest frozen on the write-off day (4 %): F-A 5.48 (50 days), F-B 1.97 (36 days). 1,100.00 pays F-A's
    # 1,005.48 first (it names F-A), then 94.52 of F-B: 1.97 interest, 92.55 principal.
    assert balance(claim, "F-A").principal_open == 0 and balance(claim, "F-B").principal_open == D("407.45")
    assert claim.settlement.credit == 0
    assert [a.invoice for a in claim.settlement.payments[0].allocations][:2] == ["F-A", "F-A"]
