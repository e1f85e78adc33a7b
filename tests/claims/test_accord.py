"""A settlement (minnelijk akkoord): what it asks while it runs, settled once paid, lapsed once missed
(claims.accord; docs/computation.md, "A settlement"). Exact amounts: one invoice of 1250.00 due 2026-02-04, 250.00
paid on 2026-02-20, no letters (no costs)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.claims.demand import amount_to_pay
from incasso.claims.states import AccordState, ActionKind, Status
from incasso.ledger.model import ReturnedPayment
from tests.support.ledgers import event, one_debtor_ledger, payment

AGREED = date(2026, 11, 28)
SETTLEMENT = event(AGREED, "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
BEFORE = payment(date=date(2026, 2, 20), amount=Decimal("250.00"))


def _claim(tmp_path: Path, on: date, *, paid: list[dict] = (), interest: str = "none", events=(SETTLEMENT,)):
    ledger = one_debtor_ledger(tmp_path, interest=interest, payments=[BEFORE, *paid], events=list(events))
    return assess(ledger, ledger.debtors[0], on)


def test_while_it_runs_the_agreed_sum_is_asked_and_no_step_is_taken(tmp_path: Path) -> None:
    claim = _claim(tmp_path, date(2026, 12, 5))
    assert claim.status == Status.SETTLEMENT
    assert claim.accord is not None and claim.accord.state == AccordState.RUNNING
    assert claim.accord.owed == Decimal("1000.00")  # the payment before it stays as it was
    assert claim.accord.remitted == Decimal("400.00")
    assert amount_to_pay(claim) == Decimal("600.00")
    # No step: staff check the day after pay_by that the agreed sum came in (escalation.settlement_check).
    assert claim.next_action is not None and claim.next_action.kind == ActionKind.CHECK_SETTLEMENT
    assert claim.next_action.due == date(2027, 2, 1)
    assert not claim.closed


def test_a_payment_since_lowers_what_is_asked(tmp_path: Path) -> None:
    claim = _claim(tmp_path, date(2026, 12, 15), paid=[payment(date=date(2026, 12, 10), amount=Decimal("350.55"))])
    assert claim.status == Status.SETTLEMENT
    assert amount_to_pay(claim) == Decimal("249.45")
    assert claim.total_due == Decimal("649.45")  # the whole claim stands until the agreed sum is paid


def test_paid_in_time_the_claim_is_settled_and_the_rest_remitted_not_paid(tmp_path: Path) -> None:
    paid = [payment(date=date(2026, 12, 10), amount=Decimal("300.00")), payment(date=date(2027, 1, 31), amount=300)]
    claim = _claim(tmp_path, date(2027, 2, 3), paid=paid)
    assert claim.status == Status.SETTLED and claim.closed
    assert claim.accord is not None and claim.accord.ended_on == date(2027, 1, 31)
    assert claim.paid_on == date(2027, 1, 31)
    assert claim.accord.remitted == Decimal("400.00")
    assert claim.total_due == Decimal("400.00")  # what was remitted, never counted as paid
    assert claim.settlement.credit == 0
    assert amount_to_pay(claim) == 0 and claim.next_action is None


def test_a_settled_page_stays_up_for_the_paid_page_days(tmp_path: Path) -> None:
    paid = [payment(date=date(2027, 1, 10), amount=Decimal("600.00"))]
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, *paid], events=[SETTLEMENT])
    policy = ledger.creditor.policy
    assert statement_visible(assess(ledger, ledger.debtors[0], date(2027, 2, 9)), policy)
    assert not statement_visible(assess(ledger, ledger.debtors[0], date(2027, 2, 10)), policy)


def test_the_figures_stand_still_from_its_day_while_it_runs(tmp_path: Path) -> None:
    with_it = _claim(tmp_path / "a", date(2027, 1, 20), interest="statutory")
    on_the_day = _claim(tmp_path / "b", AGREED, interest="statutory", events=())
    later = _claim(tmp_path / "c", date(2027, 1, 20), interest="statutory", events=())
    assert with_it.total_due == on_the_day.total_due
    assert with_it.accord is not None and with_it.accord.owed == on_the_day.total_due
    assert later.total_due > on_the_day.total_due  # the interest it froze


def test_missed_it_lapses_and_the_whole_claim_comes_back_as_if_never_agreed(tmp_path: Path) -> None:
    paid = [payment(date=date(2027, 1, 5), amount=Decimal("100.00"))]
    lapsed = _claim(tmp_path / "a", date(2027, 2, 2), interest="statutory", paid=paid)
    never = _claim(tmp_path / "b", date(2027, 2, 2), interest="statutory", paid=paid, events=())
    assert lapsed.accord is not None and lapsed.accord.state == AccordState.LAPSED
    assert lapsed.accord.ended_on == date(2027, 2, 1)
    assert lapsed.status == Status.ACTIVE
    assert lapsed.total_due == never.total_due
    assert amount_to_pay(lapsed) == amount_to_pay(never)
    assert lapsed.next_action is not None and never.next_action is not None
    assert (lapsed.next_action.kind, lapsed.next_action.reason) == (never.next_action.kind, never.next_action.reason)
    # From the stage reached, due from the lapse: not as overdue as if no settlement had held the steps.
    assert lapsed.next_action.due == max(never.next_action.due, date(2027, 2, 1))


def test_paid_after_its_day_it_has_lapsed_all_the_same(tmp_path: Path) -> None:
    claim = _claim(tmp_path, date(2027, 2, 10), paid=[payment(date=date(2027, 2, 3), amount=Decimal("600.00"))])
    assert claim.accord is not None and claim.accord.lapsed
    assert claim.status == Status.ACTIVE
    assert claim.total_due == Decimal("400.00")


def test_its_last_day_is_not_missed_while_the_bank_statements_do_not_reach_it(tmp_path: Path) -> None:
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE], events=[SETTLEMENT])
    claim = assess(ledger, ledger.debtors[0], date(2027, 2, 5), seen_until=date(2027, 1, 30))
    assert claim.status == Status.SETTLEMENT


INSTALMENTS = event(
    AGREED,
    "settlement",
    amount=Decimal("60.00"),
    installments=[
        {"due": date(2026, 12, 20), "amount": Decimal("20.00")},
        {"due": date(2027, 1, 20), "amount": Decimal("20.00")},
        {"due": date(2027, 2, 20), "amount": Decimal("20.00")},
    ],
)


def test_in_instalments_the_next_one_is_asked(tmp_path: Path) -> None:
    claim = _claim(tmp_path, date(2026, 12, 1), events=(INSTALMENTS,))
    assert claim.status == Status.SETTLEMENT
    assert amount_to_pay(claim) == Decimal("20.00")
    assert claim.running_accord.asked_by == date(2026, 12, 20)
    assert claim.running_accord.remitted == Decimal("940.00")


def test_an_instalment_late_within_the_term_is_asked_and_the_settlement_holds(tmp_path: Path) -> None:
    # 14 days (a final notice's term, policy.final_notice_term_days) after its day, the first instalment is unpaid.
    claim = _claim(tmp_path, date(2027, 1, 3), events=(INSTALMENTS,))
    assert claim.status == Status.SETTLEMENT
    assert amount_to_pay(claim) == Decimal("20.00")


def test_an_instalment_unpaid_past_the_term_ends_it(tmp_path: Path) -> None:
    claim = _claim(tmp_path, date(2027, 1, 4), events=(INSTALMENTS,))
    assert claim.accord is not None and claim.accord.lapsed and claim.accord.ended_on == date(2027, 1, 4)
    assert claim.status == Status.ACTIVE and claim.total_due == Decimal("1000.00")


def test_every_instalment_paid_settles_it(tmp_path: Path) -> None:
    paid = [payment(date=date(2026, 12, 20 + n), amount=Decimal("20.00")) for n in range(3)]
    claim = _claim(tmp_path, date(2026, 12, 28), events=(INSTALMENTS,), paid=paid)
    assert claim.status == Status.SETTLED and claim.paid_on == date(2026, 12, 22)


# A payment of the first instalment's 20.00 the bank took back: reconcile leaves it out of the debtor's payments and
# lists it (Ledger.bank_returned).
def _taken_back(tmp_path: Path, on: date, returns: list[tuple[date, date]], paid: list[dict] = ()):
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, *paid], events=[INSTALMENTS])
    debtor = ledger.debtors[0]
    back = tuple(ReturnedPayment(f"B{n}", Decimal("20.00"), p, r, "AC04", None) for n, (p, r) in enumerate(returns))
    return assess(replace(ledger, bank_returned={debtor.id: back}), debtor, on)


def test_an_instalment_paid_in_time_and_taken_back_after_its_grace_counts_from_the_return(tmp_path: Path) -> None:
    # Paid on 19 December, its grace to 3 January, taken back on 10 January: until s56 lapsed on 4 January.
    returned = [(date(2026, 12, 19), date(2027, 1, 10))]
    claim = _taken_back(tmp_path / "a", date(2027, 1, 10), returned)
    accord = claim.running_accord
    assert claim.status == Status.SETTLEMENT and accord.missed is not None
    assert accord.counts_from(date(2026, 12, 20)) == date(2027, 1, 10)
    assert accord.pay_by == date(2027, 1, 24)
    assert accord.reminder_day == date(2027, 1, 10)  # at once, by the build that reads the return (s57)
    assert claim.next_action is not None and claim.next_action.due == date(2027, 1, 25)
    assert _taken_back(tmp_path / "b", date(2027, 1, 24), returned).status == Status.SETTLEMENT
    lapsed = _taken_back(tmp_path / "c", date(2027, 1, 25), returned).accord
    assert lapsed is not None and lapsed.lapsed and lapsed.ended_on == date(2027, 1, 25)
    assert lapsed.lapsed_instalment is not None and lapsed.lapsed_instalment.due == date(2026, 12, 20)


def test_paid_again_within_the_grace_from_the_return_the_settlement_holds(tmp_path: Path) -> None:
    again = [payment(date=date(2027, 1, 15), amount=Decimal("20.00"))]
    claim = _taken_back(tmp_path, date(2027, 1, 26), [(date(2026, 12, 19), date(2027, 1, 10))], again)
    assert claim.status == Status.SETTLEMENT
    assert claim.running_accord.plan is not None and claim.running_accord.plan.installments[0].paid == 20


def test_taken_back_within_its_grace_it_still_has_the_whole_grace_from_the_return(tmp_path: Path) -> None:
    claim = _taken_back(tmp_path, date(2026, 12, 30), [(date(2026, 12, 19), date(2026, 12, 30))])
    assert claim.running_accord.pay_by == date(2027, 1, 13)  # not 3 January, four days after the return


def test_taken_back_before_its_day_its_grace_is_its_own(tmp_path: Path) -> None:
    claim = _taken_back(tmp_path, date(2026, 12, 21), [(date(2026, 12, 10), date(2026, 12, 18))])
    assert claim.running_accord.pay_by == date(2027, 1, 3)
    assert claim.running_accord.restarted == ()


def test_a_payment_after_the_grace_taken_back_does_not_bring_the_lapsed_settlement_back(tmp_path: Path) -> None:
    claim = _taken_back(tmp_path, date(2027, 1, 12), [(date(2027, 1, 5), date(2027, 1, 10))])
    assert claim.accord is not None and claim.accord.lapsed and claim.accord.ended_on == date(2027, 1, 4)


def test_a_later_instalments_payment_fills_the_earlier_one_and_the_later_one_counts_from_the_return(
    tmp_path: Path,
) -> None:
    # Both paid in time; the first payment taken back on 25 January, after the second instalment's day (20 January):
    # the second payment fills the first instalment, and the second is missed from the return, to 8 February.
    paid = [payment(date=date(2027, 1, 19), amount=Decimal("20.00"))]
    returned = [(date(2026, 12, 19), date(2027, 1, 25))]
    claim = _taken_back(tmp_path / "a", date(2027, 2, 8), returned, paid)
    accord = claim.running_accord
    assert accord.missed is not None and accord.missed.installment.due == date(2027, 1, 20)
    assert accord.pay_by == date(2027, 2, 8)
    lapsed = _taken_back(tmp_path / "b", date(2027, 2, 9), returned, paid).accord
    assert lapsed is not None and lapsed.ended_on == date(2027, 2, 9)
    assert lapsed.lapsed_instalment is not None and lapsed.lapsed_instalment.due == date(2027, 1, 20)


def test_a_later_instalments_grace_never_ends_before_the_earlier_ones(tmp_path: Path) -> None:
    # The first instalment counts from 25 January (to 8 February); the second, unpaid, would end on 3 February: the
    # page asks both by the 8th, and the settlement holds until then.
    returned = [(date(2026, 12, 19), date(2027, 1, 25))]
    claim = _taken_back(tmp_path / "a", date(2027, 2, 5), returned)
    assert claim.status == Status.SETTLEMENT
    assert claim.running_accord.pay_by == date(2027, 2, 8) and amount_to_pay(claim) == Decimal("40.00")
    lapsed = _taken_back(tmp_path / "b", date(2027, 2, 9), returned).accord
    assert lapsed is not None and lapsed.ended_on == date(2027, 2, 9)
    assert lapsed.lapsed_instalment is not None and lapsed.lapsed_instalment.due == date(2026, 12, 20)


# The settlement by one day (SETTLEMENT, 600.00 by 31 January 2027), paid in full on the 29th: that payment taken back.
def _sum_taken_back(tmp_path: Path, on: date, returned: date, paid: list[dict] = ()):
    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, *paid], events=[SETTLEMENT])
    debtor = ledger.debtors[0]
    back = (ReturnedPayment("B1", Decimal("600.00"), date(2027, 1, 29), returned, "AC04", None),)
    return assess(replace(ledger, bank_returned={debtor.id: back}), debtor, on)


def test_a_sum_paid_in_time_and_taken_back_after_its_day_counts_from_the_return(tmp_path: Path) -> None:
    # Taken back on 10 February: until s56 lapsed on 1 February, a day gone before anyone knew.
    claim = _sum_taken_back(tmp_path / "a", date(2027, 2, 10), date(2027, 2, 10))
    accord = claim.running_accord
    assert claim.status == Status.SETTLEMENT and accord.missed_sum and accord.missed is not None
    assert accord.counts_from(date(2027, 1, 31)) == date(2027, 2, 10)
    assert accord.pay_by == date(2027, 2, 24) and amount_to_pay(claim) == Decimal("600.00")
    assert accord.reminder_day == date(2027, 2, 10)  # at once (s57)
    assert claim.next_action is not None and claim.next_action.due == date(2027, 2, 25)
    assert _sum_taken_back(tmp_path / "b", date(2027, 2, 24), date(2027, 2, 10)).status == Status.SETTLEMENT
    lapsed = _sum_taken_back(tmp_path / "c", date(2027, 2, 25), date(2027, 2, 10)).accord
    assert lapsed is not None and lapsed.lapsed and lapsed.ended_on == date(2027, 2, 25)
    again = [payment(date=date(2027, 2, 20), amount=Decimal("600.00"))]
    settled = _sum_taken_back(tmp_path / "d", date(2027, 2, 26), date(2027, 2, 10), again)
    assert settled.status == Status.SETTLED and settled.accord.ended_on == date(2027, 2, 20)


def test_a_sum_taken_back_by_its_day_keeps_its_day(tmp_path: Path) -> None:
    claim = _sum_taken_back(tmp_path / "a", date(2027, 1, 31), date(2027, 1, 30))
    assert claim.running_accord.missed is None and claim.running_accord.restarted == ()
    lapsed = _sum_taken_back(tmp_path / "b", date(2027, 2, 1), date(2027, 1, 30)).accord
    assert lapsed is not None and lapsed.lapsed and lapsed.ended_on == date(2027, 2, 1)


def _day_problems(tmp_path: Path, on: date, events: list[dict], paid: list[dict] = ()) -> list[str]:
    from incasso.claims.checks import claim_problems

    ledger = one_debtor_ledger(tmp_path, payments=[BEFORE, *paid], events=events)
    return [str(p) for p in claim_problems([assess(ledger, ledger.debtors[0], on)])]


def _type_line(tmp_path: Path, kind: str, nth: int = 0) -> str:
    """`file:line:column` of the `nth` event's `type: kind` as the ledger's file writes it (the field a rule names)."""
    (written,) = (tmp_path / "ledger" / "debtors").glob("*.yaml")
    lines = written.read_text(encoding="utf-8").splitlines()
    typed = (f"type: {kind}", f'type: "{kind}')
    found = [(n, line) for n, line in enumerate(lines, 1) if line.strip().removeprefix("- ").strip('"') in typed]
    number, line = found[nth]
    return f"{written}:{number}:{line.index('type: ') + len('type: ') + 1}"


def test_a_settlement_of_all_that_was_owed_or_more_is_refused_at_its_amount(tmp_path: Path) -> None:
    whole = event(AGREED, "settlement", amount=Decimal("1000.00"), pay_by=date(2027, 1, 31))
    (problem,) = _day_problems(tmp_path, date(2026, 12, 5), [whole])
    assert (
        "events[0].amount: is not below the claim's total on 2026-11-28 (1000.00): a settlement remits part" in problem
    )
    assert problem.endswith("(got 1000.00)") and "D-1001.yaml:" in problem


def test_a_settlement_while_another_runs_is_refused_and_one_after_a_lapse_is_not(tmp_path: Path) -> None:
    again = event(date(2027, 1, 15), "settlement", amount=Decimal("500.00"), pay_by=date(2027, 3, 31))
    (problem,) = _day_problems(tmp_path / "a", date(2027, 1, 20), [SETTLEMENT, again])
    assert "events[1].type: another settlement runs (events[0], agreed on 2026-11-28): change its terms" in problem
    assert problem.startswith(f"{_type_line(tmp_path / 'a', 'settlement', 1)}: events[1].type:")  # its field's line
    later = event(date(2027, 2, 15), "settlement", amount=Decimal("500.00"), pay_by=date(2027, 3, 31))
    assert _day_problems(tmp_path / "b", date(2027, 2, 20), [SETTLEMENT, later]) == []


def test_a_sum_taken_back_after_its_day_still_runs_beside_a_settlement_agreed_within_its_grace(tmp_path: Path) -> None:
    """SETTLEMENT's sum paid on 29 January, taken back on 10 February: it runs to the 24th (`counted_from`), and a
    second agreed on the 15th is one too many; one agreed on the 26th, after it lapsed, is not."""
    from incasso.claims.checks import claim_problems

    def problems(path: Path, agreed: date) -> list[str]:
        second = event(agreed, "settlement", amount=Decimal("500.00"), pay_by=date(2027, 3, 31))
        ledger = one_debtor_ledger(path, payments=[BEFORE], events=[SETTLEMENT, second])
        back = (ReturnedPayment("B1", Decimal("600.00"), date(2027, 1, 29), date(2027, 2, 10), "AC04", None),)
        ledger = replace(ledger, bank_returned={ledger.debtors[0].id: back})
        return [str(p) for p in claim_problems([assess(ledger, ledger.debtors[0], date(2027, 3, 1))])]

    (problem,) = problems(tmp_path / "a", date(2027, 2, 15))
    assert "events[1].type: another settlement runs (events[0], agreed on 2026-11-28)" in problem
    assert problems(tmp_path / "b", date(2027, 2, 26)) == []


def test_a_final_notices_term_running_on_its_day_brings_no_costs_until_it_lapses(tmp_path: Path) -> None:
    from incasso.claims.states import CostsState

    notice = event(date(2026, 11, 20), "final_notice", channel="letter")
    running = _claim(tmp_path / "a", date(2026, 12, 10), events=(notice, SETTLEMENT))
    assert running.status == Status.SETTLEMENT
    assert running.costs.state == CostsState.NONE and running.settlement.costs is None
    assert running.total_due == Decimal("1000.00")
    lapsed = _claim(tmp_path / "b", date(2027, 2, 2), events=(notice, SETTLEMENT))
    assert lapsed.costs.state == CostsState.CHARGED and lapsed.costs.amount == Decimal("150.00")  # 15 % of 1000.00
    assert lapsed.total_due == Decimal("1150.00")


def test_more_than_the_agreed_sum_paid_is_a_credit_to_refund(tmp_path: Path) -> None:
    """600.00 agreed of 1000.00, 650.00 paid: once the 600.00 came in the rest was remitted, so the 50.00 after it
    is the debtor's (art. 6:203 BW), as a payment on a paid claim. It was counted against the remitted rest, and a
    refund of it was refused; the page said 400.00 remitted beside 350.00 open."""
    paid = [payment(date=date(2026, 12, 10), amount=Decimal("600.00")), payment(date=date(2026, 12, 12), amount=50)]
    claim = _claim(tmp_path / "a", date(2026, 12, 15), paid=paid)
    assert claim.status == Status.SETTLED and claim.accord is not None
    assert claim.accord.remitted == claim.total_due == Decimal("400.00")
    assert claim.settlement.credit == Decimal("50.00")
    assert claim.accord.ended_on == date(2026, 12, 10)
    at_once = _claim(tmp_path / "b", date(2026, 12, 15), paid=[payment(date=date(2026, 12, 10), amount=620)])
    assert at_once.settlement.credit == Decimal("20.00") and at_once.total_due == Decimal("400.00")
    refund = event(date(2026, 12, 14), "refund", amount=Decimal("50.00"))
    assert _day_problems(tmp_path / "c", date(2026, 12, 15), [SETTLEMENT, refund], paid=paid) == []
    refunded = _claim(tmp_path / "d", date(2026, 12, 15), paid=paid, events=(SETTLEMENT, refund))
    assert refunded.settlement.credit == 0 and refunded.status == Status.SETTLED


def test_a_dispute_open_while_a_settlement_runs_is_refused_at_the_dispute(tmp_path: Path) -> None:
    """The settlement is for the whole claim: beside an open dispute the page asked the agreed sum "for your other
    invoice" (one disputed), or said the interest runs (the whole) while the figures stood still and the
    settlement's day went by unsaid. Before it or after it, the dispute is answered (dispute_resolved)."""
    after = event(date(2026, 12, 1), "dispute", reason="Klopt niet")
    (problem,) = _day_problems(tmp_path / "a", date(2026, 12, 5), [SETTLEMENT, after])
    assert "D-1001.yaml:" in problem and "events[1].type: a dispute is open while the settlement of" in problem
    assert "record its answer (dispute_resolved)" in problem
    assert problem.startswith(f"{_type_line(tmp_path / 'a', 'dispute')}: events[1].type:")  # its field's line
    before = event(date(2026, 11, 1), "dispute", reason="Klopt niet", invoices=["F2026-0001"])
    (problem,) = _day_problems(tmp_path / "b", date(2026, 12, 5), [before, SETTLEMENT])
    assert "events[0].type: a dispute is open while the settlement of 2026-11-28 runs (events[1])" in problem
    assert problem.startswith(f"{_type_line(tmp_path / 'b', 'dispute')}: events[0].type:")
    answered = event(date(2026, 11, 28), "dispute_resolved", outcome="Opgelost met het akkoord")
    assert _day_problems(tmp_path / "c", date(2026, 12, 5), [before, answered, SETTLEMENT]) == []


def test_links_csvs_amount_due_now_is_the_agreed_sums_while_it_runs_and_nothing_once_settled(tmp_path: Path) -> None:
    """A mail merge on amount_due_now asked the whole claim (1000.00) of a debtor agreed to pay 600.00, and the
    remitted rest of one settled, as "due now"; a plan's is its instalments, a paid claim's nothing."""
    running = _claim(tmp_path / "a", date(2026, 12, 15), paid=[payment(date=date(2026, 12, 10), amount=100)])
    assert running.amount_due_now == amount_to_pay(running) == Decimal("500.00")
    settled = _claim(tmp_path / "b", date(2027, 1, 5), paid=[payment(date=date(2026, 12, 10), amount=600)])
    assert settled.status == Status.SETTLED and settled.amount_due_now == 0
