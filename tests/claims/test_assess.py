"""A claim as of a date: costs timing, stage, status, promise, plan and the next action.

The dossiers are one consumer invoice of 1250.00 dated 2026-01-05, due
2026-02-04 (see ledgers.valid_debtor), without interest unless a test says so,
and the default escalation policy (domain.md).
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import (
    assess,
    claim_after_the_rest_letter,
    claim_if_completed,
    claim_if_kept,
    claim_if_missed,
    plan_rest,
)
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment
from tests.support.site import DEMO_LEDGER, ledger_as_built

D = Decimal
DUE = date(2026, 2, 4)
AMOUNT = D("1250.00")
COSTS = D("187.50")  # 15% of 1250.00
DEMO = DEMO_LEDGER
DEMO_TODAY = date(2026, 11, 22)


def dossier(tmp_path, **changes):
    """A function as_of -> Claim for one debtor."""
    ledger = one_debtor_ledger(tmp_path, **changes)
    return lambda as_of: assess(ledger, ledger.debtors[0], as_of)


# -- when collection costs are charged -------------------------------------------------------------

NOTICE = date(2026, 3, 2)
CHARGE_DAY = NOTICE + days(2 + 14 + 1)  # delivered after 2 days, then 14 days to pay, then charged


def test_no_costs_before_the_final_notice(tmp_path):
    claim = dossier(tmp_path)(NOTICE - days(1))
    assert (claim.costs.state, claim.costs.amount, claim.costs.from_date) == ("none", 0, None)


def test_costs_are_announced_during_the_final_notice_term(tmp_path):
    claim_on = dossier(tmp_path, events=[event(NOTICE, "final_notice")])
    assert date(2026, 3, 19) == CHARGE_DAY
    for as_of in (NOTICE, CHARGE_DAY - days(1)):
        claim = claim_on(as_of)
        assert (claim.costs.state, claim.costs.amount, claim.costs.from_date, claim.costs.principal) == (
            "announced",
            COSTS,
            CHARGE_DAY,
            AMOUNT,
        )
        assert claim.settlement.costs is None
        assert claim.total_due == AMOUNT


def test_costs_are_charged_once_the_term_has_passed(tmp_path):
    claim = dossier(tmp_path, events=[event(NOTICE, "final_notice")])(CHARGE_DAY)
    assert (claim.costs.state, claim.costs.amount, claim.costs.from_date) == ("charged", COSTS, CHARGE_DAY)
    assert claim.total_due == AMOUNT + COSTS


def test_the_delivery_days_and_term_come_from_the_policy(tmp_path):
    claim_on = dossier(
        tmp_path, policy={"delivery_days": 0, "final_notice_term_days": 14}, events=[event(NOTICE, "final_notice")]
    )
    assert claim_on(NOTICE + days(14)).costs.state == "announced"
    assert claim_on(NOTICE + days(15)).costs.state == "charged"


@pytest.mark.parametrize(
    ("posted", "received"),
    [
        (date(2026, 6, 29), date(2026, 7, 1)),  # Monday: two delivery days (at least two, the norm then one)
        (date(2027, 6, 28), date(2027, 6, 30)),  # Monday before July 2027: two
        (date(2027, 7, 5), date(2027, 7, 8)),  # Monday from 1 July 2027: three (the Postbesluit's norm)
        (date(2027, 7, 9), date(2027, 7, 14)),  # Friday: Saturday, then Tuesday and Wednesday
    ],
)
def test_a_posted_letter_is_assumed_to_take_the_postal_norm_of_its_day(tmp_path, posted, received):
    from incasso.claims.timing import notice_received

    ledger = one_debtor_ledger(tmp_path, events=[event(posted, "final_notice", channel="letter")])
    notice = ledger.debtors[0].events[0]
    assert notice_received(ledger.creditor, ledger.debtors[0], notice) == received


def test_delivery_days_set_below_the_postal_norm_are_kept_and_said(tmp_path):
    from incasso.claims.notices import ledger_notes
    from incasso.claims.timing import notice_received

    notice = [event(date(2027, 7, 5), "final_notice", channel="letter")]
    ledger = one_debtor_ledger(tmp_path, policy={"delivery_days": 2}, events=notice)
    assert notice_received(ledger.creditor, ledger.debtors[0], ledger.debtors[0].events[0]) == date(2027, 7, 7)
    (note,) = ledger_notes(ledger, date(2027, 7, 5))
    assert note.endswith(
        "policy.delivery_days is 2, fewer than the 3 days the post may take for a letter posted on 2027-07-05 "
        "(Postbesluit): a final notice's term would count from a day before it may arrive; leave delivery_days "
        "out to follow the norm"
    )
    assert ledger_notes(ledger, date(2027, 6, 30)) == ()  # the norm was two days then
    # Built on Saturday 3 July 2027: a letter written that day is posted on Monday the 5th (law.calendar.posting_day),
    # whose norm the note names, as the letter's receipt counts from it.
    (saturday,) = ledger_notes(ledger, date(2027, 7, 3))
    assert "for a letter posted on 2027-07-05 (Postbesluit)" in saturday


def test_a_part_payment_within_the_term_lowers_the_costs(tmp_path):
    claim_on = dossier(
        tmp_path,
        events=[event(NOTICE, "final_notice")],
        payments=[payment(date=CHARGE_DAY - days(1), amount=D("250.00"))],
    )
    announced = claim_on(CHARGE_DAY - days(1)).costs
    assert (announced.state, announced.amount, announced.principal) == ("announced", D("150.00"), D("1000.00"))
    charged = claim_on(CHARGE_DAY + days(10))
    assert (charged.costs.state, charged.costs.amount) == ("charged", D("150.00"))
    assert charged.total_due == D("1000.00") + D("150.00")


def test_a_payment_after_the_term_pays_the_costs_first(tmp_path):
    claim = dossier(
        tmp_path, events=[event(NOTICE, "final_notice")], payments=[payment(date=CHARGE_DAY, amount=D("250.00"))]
    )(CHARGE_DAY)
    assert claim.costs.amount == COSTS
    assert [(a.to, a.amount) for a in claim.settlement.payments[0].allocations] == [
        ("costs", COSTS),
        ("principal", D("250.00") - COSTS),
    ]
    assert claim.total_due == AMOUNT + COSTS - D("250.00")


def test_paying_all_within_the_term_means_no_costs(tmp_path):
    claim = dossier(
        tmp_path, events=[event(NOTICE, "final_notice")], payments=[payment(date=NOTICE + days(10), amount=AMOUNT)]
    )(CHARGE_DAY + days(30))
    assert (claim.costs.state, claim.status, claim.total_due) == ("none", "paid", 0)


@pytest.mark.parametrize("paid_on", [NOTICE + days(1), NOTICE + days(10), CHARGE_DAY - days(1)])
def test_paying_what_the_notice_asked_within_its_term_means_no_costs(tmp_path, paid_on):
    """The notice asks principal and interest as they stood on its day. Interest runs on in the
    term and a payment pays interest first, so the term's interest stays open as principal: owed,
    but no reason for costs (art. 6:96 lid 6)."""
    notice = [event(NOTICE, "final_notice")]
    big = {"interest": "statutory", "events": notice, "invoices": [invoice(amount=D("5000.00"))]}
    asked = dossier(tmp_path / "asked", **big)(NOTICE).total_due
    assert asked > D("5000.00")  # interest since the due date
    claim = dossier(tmp_path / "paid", **big, payments=[payment(date=paid_on, amount=asked)])(CHARGE_DAY + days(5))
    assert (claim.costs.state, claim.settlement.costs) == ("none", None)
    # The term's interest (4 % over 5000.00 for up to 16 days), owed; above the chase minimum from day 10 on.
    assert 0 < claim.settlement.principal_open < D("9")
    assert claim.total_due < D("9")


@pytest.mark.parametrize("posted_late_by", [3, 6])
def test_a_notice_posted_days_after_its_letter_s_date_asked_what_stood_on_that_date(tmp_path, posted_late_by):
    """Recorded on the day it went (`date`) with the letter's own day (`written`): what was paid of the
    amount the letter asked, in the term, counts; the interest of the days in between is no reason for
    costs. Without `written` the notice asks as of the posting day, and 40.00 of costs follow."""
    big = {"interest": "statutory", "invoices": [invoice(amount=D("20000.00"))]}
    asked = dossier(tmp_path / "asked", events=[event(NOTICE, "final_notice")], **big)(NOTICE).total_due
    posted = NOTICE + days(posted_late_by)
    paid = [payment(date=posted + days(7), amount=asked)]
    on_letter = [event(posted, "final_notice", written=NOTICE)]
    claim = dossier(tmp_path / "written", events=on_letter, payments=paid, **big)(posted + days(40))
    assert (claim.costs.state, claim.settlement.costs) == ("none", None)
    unwritten = dossier(tmp_path / "unwritten", events=[event(posted, "final_notice")], payments=paid, **big)
    assert unwritten(posted + days(40)).costs.amount == D("40.00")


def test_a_notice_posted_after_its_letter_s_date_did_not_ask_for_an_invoice_due_in_between(tmp_path):
    # The letter of 2 March asked for F2026-0001; F2026-0002 fell due on 3 March, before it was posted.
    newer = invoice(number="F2026-0002", date=date(2026, 2, 1), due=NOTICE + days(1), amount=D("1000.00"))
    posted = NOTICE + days(2)
    paid = [payment(date=posted + days(5), amount=AMOUNT, invoice="F2026-0001")]
    events = [event(posted, "final_notice", written=NOTICE)]
    claim = dossier(tmp_path, invoices=[invoice(), newer], events=events, payments=paid)(posted + days(40))
    assert claim.costs.state == "none" and claim.total_due == D("1000.00")


def test_what_is_left_after_paying_what_the_notice_asked_is_reminded_not_handed_over(tmp_path):
    notice = [event(NOTICE, "final_notice")]
    big = {"interest": "statutory", "invoices": [invoice(amount=D("5000.00"))]}
    asked = dossier(tmp_path / "asked", events=notice, **big)(NOTICE).total_due
    paid = [payment(date=CHARGE_DAY - days(1), amount=asked)]  # the last day of the term
    claim = dossier(tmp_path / "paid", events=notice, payments=paid, **big)(CHARGE_DAY + days(1))
    assert claim.total_due >= D("5.00")  # the term's interest, above the chase minimum
    assert claim.remainder_after_notice == CHARGE_DAY
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", CHARGE_DAY)
    # Reminded, the rest climbs from there: a dunning letter next, not the handover.
    reminded = notice + [event(CHARGE_DAY + days(2), "reminder")]
    later = dossier(tmp_path / "reminded", events=reminded, payments=paid, **big)(CHARGE_DAY + days(3))
    assert later.next_action.kind == "dunning"


def test_paid_what_the_notice_asked_while_its_term_runs_no_handover_is_planned(tmp_path):
    # Paid on the last day of the term: the rest (its interest) starts again from a reminder the day
    # after, as it will once the term is over; the page and staff must not say a handover comes.
    notice = [event(NOTICE, "final_notice")]
    big = {"interest": "statutory", "invoices": [invoice(amount=D("5000.00"))]}
    asked = dossier(tmp_path / "asked", events=notice, **big)(NOTICE).total_due
    paid = [payment(date=CHARGE_DAY - days(1), amount=asked)]
    claim = dossier(tmp_path / "paid", events=notice, payments=paid, **big)(CHARGE_DAY - days(1))
    assert claim.costs.state == "none" and claim.total_due > 0
    assert claim.remainder_after_notice == CHARGE_DAY
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", CHARGE_DAY)
    part = [payment(date=CHARGE_DAY - days(1), amount=asked - D("100.00"))]  # 100.00 of it still to pay
    unpaid = dossier(tmp_path / "part", events=notice, payments=part, **big)(CHARGE_DAY - days(1))
    assert (unpaid.costs.state, unpaid.remainder_after_notice, unpaid.next_action.kind) == (
        "announced",
        None,
        "handover",
    )


def test_an_unpaid_final_notice_still_leads_to_the_handover(tmp_path):
    claim = dossier(tmp_path, events=[event(NOTICE, "final_notice")])(CHARGE_DAY + days(1))
    assert claim.remainder_after_notice is None and claim.costs.state == "charged"
    assert claim.next_action.kind == "handover"


def paid_in_the_term(tmp_path, short: Decimal, on: date):
    """as_of -> Claim: a final notice of 1250.00 with interest, and a payment on `on` of what it asked less `short`."""
    notice = [event(NOTICE, "final_notice")]
    asked = dossier(tmp_path / "asked", interest="statutory", events=notice)(NOTICE).total_due
    paid = [payment(date=on, amount=asked - short)]
    return dossier(tmp_path / "paid", interest="statutory", events=notice, payments=paid)


def test_a_part_of_what_the_notice_asked_lowers_the_costs_to_the_staffel_over_the_rest(tmp_path):
    claim_on = paid_in_the_term(tmp_path, D("1000.00"), CHARGE_DAY - days(1))
    announced, charged = claim_on(CHARGE_DAY - days(1)).costs, claim_on(CHARGE_DAY).costs
    assert (announced.state, announced.principal, announced.amount) == ("announced", D("1000.00"), D("150.00"))
    assert (charged.state, charged.principal, charged.amount) == ("charged", D("1000.00"), D("150.00"))


def test_a_few_euros_short_of_what_the_notice_asked_stays_under_the_chase_minimum(tmp_path):
    short = paid_in_the_term(tmp_path, D("3.00"), NOTICE + days(5))(CHARGE_DAY)
    assert short.costs.state == "none"  # EUR 3 of the asked amount open: below policy.chase_minimum


def test_only_invoices_due_before_the_notice_are_covered(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 2, 20), due=date(2026, 3, 20), amount=D("5000.00"))
    claim = dossier(tmp_path, invoices=[invoice(), later], events=[event(NOTICE, "final_notice")])(CHARGE_DAY)
    assert (claim.costs.amount, claim.costs.principal) == (COSTS, AMOUNT)


def test_costs_over_several_invoices_use_the_staffel_once(tmp_path):
    second = invoice(number="F2026-0002", amount=D("1750.00"))
    claim = dossier(tmp_path, invoices=[invoice(), second], events=[event(NOTICE, "final_notice")])(CHARGE_DAY)
    assert (claim.costs.principal, claim.costs.amount) == (D("3000.00"), D("425.00"))


def test_a_business_owes_costs_from_the_day_after_the_due_date_under_that_policy(tmp_path):
    claim_on = dossier(tmp_path, type="business", policy={"business_costs_from_due": True})
    before = claim_on(DUE).costs
    assert (before.state, before.amount, before.from_date) == ("announced", COSTS, DUE + days(1))
    after = claim_on(DUE + days(1)).costs
    assert (after.state, after.amount, after.from_date) == ("charged", COSTS, DUE + days(1))


def test_a_later_final_notice_does_not_move_the_costs_of_a_business(tmp_path):
    claim_on = dossier(
        tmp_path, type="business", policy={"business_costs_from_due": True}, events=[event(NOTICE, "final_notice")]
    )
    for as_of in (NOTICE - days(1), NOTICE, CHARGE_DAY):
        costs = claim_on(as_of).costs
        assert (costs.state, costs.amount, costs.from_date) == ("charged", COSTS, DUE + days(1))


def test_the_minimum_of_40_for_a_small_business_claim(tmp_path):
    claim = dossier(
        tmp_path, type="business", policy={"business_costs_from_due": True}, invoices=[invoice(amount=D("100.00"))]
    )(DUE + days(1))
    assert claim.costs.amount == D("40.00")


def test_without_that_policy_a_business_is_like_a_consumer(tmp_path):
    claim_on = dossier(tmp_path, type="business")
    assert claim_on(DUE + days(60)).costs.state == "none"


def test_a_consumer_never_owes_costs_from_the_due_date(tmp_path):
    claim = dossier(tmp_path, policy={"business_costs_from_due": True})(DUE + days(60))
    assert claim.costs.state == "none"


# -- stage -------------------------------------------------------------------------------------------


def test_open_until_the_due_date_then_overdue(tmp_path):
    claim_on = dossier(tmp_path)
    assert claim_on(DUE).stage == "open"
    assert claim_on(DUE + days(1)).stage == "overdue"


@pytest.mark.parametrize(
    "kinds, stage",
    [
        (["reminder"], "reminder"),
        (["reminder", "call"], "reminder"),
        (["reminder", "dunning"], "dunning"),
        (["reminder", "dunning", "final_notice"], "final_notice"),
        (["final_notice", "reminder"], "final_notice"),  # the highest, not the latest
        (["reminder", "dunning", "final_notice", "handover"], "handover"),
        (["handover", "legal", "note"], "legal"),
        (["note", "promise"], "overdue"),
    ],
)
def test_the_stage_is_the_highest_escalation_recorded(tmp_path, kinds, stage):
    events = []
    for n, kind in enumerate(kinds):
        extra = {"promised_date": DUE + days(40)} if kind == "promise" else {}
        extra |= {"spoke_with": "Jan"} if kind == "call" else {}
        events.append(event(DUE + days(1 + n), kind, **extra))
    assert dossier(tmp_path, events=events)(DUE + days(20)).stage == stage


def test_events_after_the_day_are_not_known_yet(tmp_path):
    claim_on = dossier(tmp_path, events=[event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")])
    assert claim_on(DUE + days(14)).stage == "reminder"
    assert claim_on(DUE + days(15)).stage == "dunning"


# -- status ------------------------------------------------------------------------------------------


def test_active_while_unpaid(tmp_path):
    claim = dossier(tmp_path)(DUE + days(1))
    assert claim.status == "active"
    assert not claim.paused


def test_paid(tmp_path):
    claim = dossier(tmp_path, payments=[payment(date=DUE + days(3), amount=AMOUNT)])(DUE + days(10))
    assert (claim.status, claim.paid_on, claim.total_due, claim.next_action) == ("paid", DUE + days(3), 0, None)


def test_paid_with_a_credit_shown(tmp_path):
    claim = dossier(tmp_path, payments=[payment(date=DUE, amount=D("1300.00"))])(DUE + days(10))
    assert (claim.status, claim.settlement.credit) == ("paid", D("50.00"))


def test_written_off_wins_and_is_never_chased(tmp_path):
    claim = dossier(tmp_path, events=[event(DUE + days(1), "reminder"), event(DUE + days(90), "written_off")])(
        DUE + days(200)
    )
    assert (claim.status, claim.next_action, claim.stage) == ("written_off", None, "reminder")
    assert claim.total_due == AMOUNT


def test_a_dispute_pauses_until_resolved(tmp_path):
    claim_on = dossier(
        tmp_path,
        events=[
            event(DUE + days(1), "reminder"),
            event(DUE + days(5), "dispute", reason="Oven defect"),
            event(DUE + days(25), "dispute_resolved", outcome="Gerepareerd"),
        ],
    )
    during = claim_on(DUE + days(10))
    assert (during.status, during.paused, during.dispute.reason) == ("dispute", True, "Oven defect")
    assert (during.next_action.kind, during.next_action.due) == ("review_dispute", DUE + days(5 + 30))
    after = claim_on(DUE + days(25))
    assert (after.status, after.dispute, after.paused) == ("active", None, False)
    # The dunning letter was due 14 days after the reminder, but the answer gives the debtor its own
    # term to pay (resume_after_dispute_days, 14): not the day after the answer.
    assert (after.next_action.kind, after.next_action.due) == ("dunning", DUE + days(25 + 14))
    assert after.dispute_answered is not None and after.dispute_answered.outcome == "Gerepareerd"
    assert claim_on(DUE + days(25 + 13)).dispute_answered is not None
    assert claim_on(DUE + days(25 + 14)).dispute_answered is None


def test_the_answer_term_of_a_dispute_is_the_policys_and_a_letter_in_it_ends_it(tmp_path):
    history = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(5), "dispute", reason="Oven defect"),
        event(DUE + days(25), "dispute_resolved", outcome="Gerepareerd"),
    ]
    next_day = dossier(tmp_path / "next_day", events=history, policy={"resume_after_dispute_days": 1})
    claim = next_day(DUE + days(25))
    assert (claim.next_action.kind, claim.next_action.due, claim.dispute_answered is not None) == (
        "dunning",
        DUE + days(26),
        True,
    )
    assert next_day(DUE + days(26)).dispute_answered is None
    # A dunning letter sent in the term anyway: the usual steps count from it, the answer no longer speaks.
    sent = dossier(tmp_path / "sent", events=[*history, event(DUE + days(30), "dunning")])(DUE + days(31))
    assert (sent.dispute_answered, sent.stage, sent.next_action.kind) == (None, "dunning", "call")


def test_a_dispute_outranks_a_payment_plan(tmp_path):
    claim = dossier(
        tmp_path,
        events=[
            event(DUE + days(1), "arrangement", installments=[{"due": DUE + days(30), "amount": AMOUNT}]),
            event(DUE + days(2), "dispute", reason="Te hoog"),
        ],
    )(DUE + days(3))
    assert claim.status == "dispute"


# -- promises ------------------------------------------------------------------------------------------

PROMISED_ON = DUE + days(6)  # 2026-02-10
PROMISED_FOR = DUE + days(16)  # 2026-02-20


def promise(**fields) -> list[dict]:
    return [event(PROMISED_ON, "promise", promised_date=PROMISED_FOR, **fields)]


def test_a_promise_is_pending_until_its_date(tmp_path):
    claim_on = dossier(tmp_path, events=promise())
    for as_of in (PROMISED_ON, PROMISED_FOR):
        claim = claim_on(as_of)
        assert (claim.status, claim.promise.state, claim.promise.amount, claim.paused) == (
            "promise",
            "pending",
            AMOUNT,
            True,
        )
        assert (claim.next_action.kind, claim.next_action.due) == ("check_promise", PROMISED_FOR + days(1))
        assert claim.amount_due_now == AMOUNT


def test_a_promise_not_kept_is_broken_and_escalation_resumes(tmp_path):
    claim = dossier(tmp_path, events=promise())(PROMISED_FOR + days(1))
    assert (claim.status, claim.promise.state, claim.paused) == ("active", "broken", False)
    # the reminder was due on 2026-02-05, but not before the day after the promised date
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", PROMISED_FOR + days(1))


def test_a_promise_for_part_of_the_balance_kept(tmp_path):
    claim = dossier(
        tmp_path, events=promise(amount=D("500.00")), payments=[payment(date=PROMISED_FOR, amount=D("500.00"))]
    )(PROMISED_FOR + days(5))
    assert (claim.promise.state, claim.promise.paid, claim.status) == ("kept", D("500.00"), "active")
    assert claim.total_due == D("750.00")


def test_a_promise_paid_in_full_is_kept_and_the_claim_paid(tmp_path):
    claim = dossier(tmp_path, events=promise(), payments=[payment(date=PROMISED_FOR, amount=AMOUNT)])(PROMISED_FOR)
    assert (claim.promise.state, claim.status) == ("kept", "paid")


def test_paying_after_the_promised_date_does_not_keep_the_promise(tmp_path):
    claim = dossier(
        tmp_path,
        events=promise(amount=D("500.00")),
        payments=[payment(date=PROMISED_FOR + days(1), amount=D("500.00"))],
    )(PROMISED_FOR + days(2))
    assert (claim.promise.state, claim.promise.paid) == ("broken", 0)


def test_a_promise_without_amount_covers_the_balance_with_interest(tmp_path):
    claim = dossier(tmp_path, interest="statutory", events=promise())(PROMISED_ON)
    interest = (AMOUNT * 4 * 6 / 36500).quantize(D("0.01"))  # 2026-02-05 .. 02-10 at 4%
    assert claim.promise.amount == AMOUNT + interest


# -- payment plans -------------------------------------------------------------------------------------

AGREED = DUE + days(6)  # 2026-02-10
PLAN = [
    {"due": date(2026, 3, 1), "amount": D("400.00")},
    {"due": date(2026, 4, 1), "amount": D("400.00")},
    {"due": date(2026, 5, 1), "amount": D("450.00")},
]


def plan_dossier(tmp_path, *payments):
    return dossier(
        tmp_path,
        events=[event(AGREED, "arrangement", installments=PLAN)],
        payments=[payment(date=on, amount=D(amount)) for on, amount in payments],
    )


def states(claim) -> list[tuple[str, Decimal]]:
    return [(i.state, i.paid) for i in claim.plan.installments]


def test_a_plan_on_schedule_before_the_first_instalment(tmp_path):
    claim = plan_dossier(tmp_path)(date(2026, 2, 20))
    assert (claim.status, claim.plan.state, claim.paused) == ("arrangement", "on_schedule", True)
    assert states(claim) == [("upcoming", 0), ("upcoming", 0), ("upcoming", 0)]
    assert claim.amount_due_now == 0
    assert (claim.next_action.kind, claim.next_action.due) == ("check_installment", date(2026, 3, 2))


def test_an_instalment_is_due_on_its_day(tmp_path):
    claim = plan_dossier(tmp_path)(date(2026, 3, 1))
    assert states(claim)[0] == ("due", 0)
    assert (claim.plan.state, claim.amount_due_now, claim.plan.arrears) == ("on_schedule", D("400.00"), 0)


def test_an_unpaid_instalment_is_overdue_the_day_after_and_the_plan_in_arrears(tmp_path):
    claim = plan_dossier(tmp_path)(date(2026, 3, 2))
    assert states(claim)[0] == ("overdue", 0)
    assert (claim.status, claim.plan.state, claim.plan.arrears, claim.paused) == (
        "arrangement",
        "in_arrears",
        D("400.00"),
        False,
    )
    assert claim.amount_due_now == D("400.00")
    # first a friendly reminder of the missed instalment, the day after it
    assert (claim.next_action.kind, claim.next_action.due) == ("remind_installment", date(2026, 3, 2))


def test_paid_instalments_and_the_next_one(tmp_path):
    claim = plan_dossier(tmp_path, (date(2026, 2, 28), "400.00"), (date(2026, 4, 1), "400.00"))(date(2026, 4, 10))
    assert states(claim) == [("paid", D("400.00")), ("paid", D("400.00")), ("upcoming", 0)]
    assert (claim.plan.state, claim.amount_due_now, claim.total_due) == ("on_schedule", 0, D("450.00"))
    assert (claim.next_action.kind, claim.next_action.due) == ("check_installment", date(2026, 5, 2))


def test_a_part_paid_instalment(tmp_path):
    claim = plan_dossier(tmp_path, (date(2026, 3, 1), "250.00"))(date(2026, 3, 1))
    assert states(claim)[0] == ("due", D("250.00"))
    assert claim.amount_due_now == D("150.00")
    assert claim.plan.next_open.open == D("150.00")


def test_arrears_count_every_missed_instalment(tmp_path):
    claim = plan_dossier(tmp_path, (date(2026, 3, 1), "400.00"))(date(2026, 5, 1))
    assert states(claim) == [("paid", D("400.00")), ("overdue", 0), ("due", 0)]
    assert (claim.plan.arrears, claim.amount_due_now) == (D("400.00"), D("850.00"))


def test_a_completed_plan_leaves_a_paid_claim(tmp_path):
    claim = plan_dossier(
        tmp_path, (date(2026, 3, 1), "400.00"), (date(2026, 4, 1), "400.00"), (date(2026, 5, 1), "450.00")
    )(date(2026, 5, 2))
    assert (claim.plan.state, claim.status, claim.next_action) == ("completed", "paid", None)


def test_payments_before_the_agreement_do_not_count_for_the_plan(tmp_path):
    claim = plan_dossier(tmp_path, (AGREED - days(1), "400.00"))(date(2026, 3, 1))
    assert states(claim)[0] == ("due", 0)
    assert claim.total_due == D("850.00")


# -- what a status guarantees ---------------------------------------------------------------------------


def test_a_status_gives_its_promise_plan_and_costs_day(tmp_path):
    promised = dossier(tmp_path / "promise", events=promise(amount=D("500.00")))(PROMISED_ON)
    assert promised.pending_promise is promised.promise
    assert (promised.pending_promise.promised_date, promised.pending_promise.whole_balance) == (PROMISED_FOR, False)
    in_plan = plan_dossier(tmp_path / "plan")(date(2026, 3, 2))
    assert in_plan.running_plan is in_plan.plan
    assert in_plan.running_plan.missed_installment.installment.due == date(2026, 3, 1)
    assert in_plan.running_plan.next_installment.installment.due == date(2026, 3, 1)
    announced = dossier(tmp_path / "costs", events=[event(NOTICE, "final_notice")])(NOTICE)
    assert announced.costs.owed_from == CHARGE_DAY


def test_asking_a_claim_for_what_its_status_does_not_hold_is_an_error(tmp_path):
    active = dossier(tmp_path)(DUE + days(1))
    on_schedule = plan_dossier(tmp_path / "plan")(date(2026, 2, 20)).running_plan
    for ask, message in (
        (lambda: active.pending_promise, r"the claim on D-1001 has no pending promise \(status active\)"),
        (lambda: active.running_plan, r"the claim on D-1001 has no running payment plan \(status active\)"),
        (lambda: active.costs.owed_from, "collection costs in state none have no day they are owed from"),
        (lambda: on_schedule.missed_installment, "a plan not in arrears has no missed instalment"),
    ):
        with pytest.raises(ValueError, match=message):
            ask()


# -- next action under the default policy -----------------------------------------------------------------

REMINDED = DUE + days(1)  # 2026-02-05
DUNNED = REMINDED + days(14)  # 2026-02-19
FINAL = DUNNED + days(14)  # 2026-03-05


def next_action(claim) -> tuple[str, date] | None:
    return (claim.next_action.kind, claim.next_action.due) if claim.next_action else None


def test_a_reminder_the_day_after_the_due_date(tmp_path):
    claim_on = dossier(tmp_path)
    assert next_action(claim_on(DUE - days(10))) == ("reminder", DUE + days(1))
    assert claim_on(DUE - days(10)).next_action.reason == "the payment term will pass"
    claim = claim_on(DUE + days(1))
    assert next_action(claim) == ("reminder", DUE + days(1))
    assert claim.next_action.is_due(DUE + days(1)) and not claim.next_action.is_due(DUE)


def test_the_reminder_follows_the_oldest_open_due_date(tmp_path):
    older = invoice(number="F2026-0000", date=date(2025, 12, 1), due=date(2025, 12, 31), amount=D("10.00"))
    claim_on = dossier(
        tmp_path,
        invoices=[invoice(), older],
        payments=[payment(date=date(2026, 1, 15), amount=D("10.00"), invoice="F2026-0000")],
    )
    assert next_action(claim_on(date(2026, 1, 10))) == ("reminder", date(2026, 1, 1))
    assert next_action(claim_on(date(2026, 1, 20))) == ("reminder", DUE + days(1))


def test_a_dunning_letter_14_days_after_the_reminder(tmp_path):
    claim = dossier(tmp_path, events=[event(REMINDED, "reminder")])(REMINDED + days(3))
    assert next_action(claim) == ("dunning", REMINDED + days(14))


def test_a_call_7_days_after_the_dunning_letter(tmp_path):
    claim_on = dossier(tmp_path, events=[event(REMINDED, "reminder"), event(DUNNED, "dunning")])
    assert next_action(claim_on(DUNNED + days(1))) == ("call", DUNNED + days(7))
    assert next_action(claim_on(DUNNED + days(13))) == ("call", DUNNED + days(7))
    # without a call, the final notice is due 14 days after the dunning letter all the same
    assert next_action(claim_on(DUNNED + days(14))) == ("final_notice", DUNNED + days(14))


def test_after_the_call_the_final_notice_14_days_after_the_dunning_letter(tmp_path):
    claim = dossier(
        tmp_path,
        events=[
            event(REMINDED, "reminder"),
            event(DUNNED, "dunning"),
            event(DUNNED + days(7), "call", spoke_with="Jan de Vries"),
        ],
    )(DUNNED + days(8))
    assert next_action(claim) == ("final_notice", DUNNED + days(14))


def test_handover_when_the_final_notice_term_has_passed(tmp_path):
    claim = dossier(
        tmp_path, events=[event(REMINDED, "reminder"), event(DUNNED, "dunning"), event(FINAL, "final_notice")]
    )(FINAL + days(1))
    # Received Saturday 7 March, 14 days to Saturday 21 March, which the Atw moves to Monday 23 March.
    assert next_action(claim) == ("handover", date(2026, 3, 24))
    assert claim.next_action.reason == "the final notice's term ended on 2026-03-23"


@pytest.mark.parametrize("last", ["handover", "legal"])
def test_no_next_step_once_handed_over(tmp_path, last):
    claim = dossier(tmp_path, events=[event(FINAL, "final_notice"), event(FINAL + days(20), last)])(FINAL + days(21))
    assert claim.next_action is None


def test_paid_claims_are_never_chased(tmp_path):
    claim = dossier(
        tmp_path, events=[event(REMINDED, "reminder")], payments=[payment(date=REMINDED + days(2), amount=AMOUNT)]
    )(REMINDED + days(60))
    assert (claim.status, claim.next_action) == ("paid", None)


def test_overdue_since_and_days_overdue(tmp_path):
    claim = dossier(tmp_path)(DUE + days(6))
    assert (claim.overdue_since, claim.days_overdue) == (DUE + days(1), 6)
    assert dossier(tmp_path / "b")(DUE).overdue_since is None


def test_last_contact_ignores_notes(tmp_path):
    claim = dossier(tmp_path, events=[event(REMINDED, "reminder"), event(REMINDED + days(3), "note", note="x")])(
        REMINDED + days(5)
    )
    assert claim.last_contact == REMINDED


@pytest.mark.parametrize(
    "later, counts",
    [
        (event(REMINDED + days(3), "dunning", channel="email"), True),  # every letter and e-mail of a step
        (event(REMINDED + days(3), "call", channel="visit", spoke_with="Jan de Vries"), True),
        (event(REMINDED + days(3), "promise", promised_date=REMINDED + days(20)), True),
        (event(REMINDED + days(3), "dispute", reason="Niet geleverd."), True),
        (event(REMINDED + days(3), "note", channel="email", note="Vriendelijke mail gestuurd."), True),
        (event(REMINDED + days(3), "note", channel="letter", note="Kopie factuur gestuurd."), True),
        (event(REMINDED + days(3), "note", channel="phone", note="Geen gehoor, voicemail ingesproken."), False),
        (event(REMINDED + days(3), "note", note="Intern: eind november overdragen."), False),
    ],
    ids=["dunning", "visit", "promise", "dispute", "note-email", "note-letter", "note-phone", "note"],
)
def test_last_contact_is_every_message_sent_and_every_conversation(tmp_path, later, counts):
    claim = dossier(tmp_path, events=[event(REMINDED, "reminder"), later])(REMINDED + days(5))
    assert claim.last_contact == (REMINDED + days(3) if counts else REMINDED)


# -- the demo ledger shows what its files say they demonstrate ---------------------------------------------


@pytest.mark.parametrize(
    "debtor_id, stage, status, costs, action",
    [
        ("D-1001", "open", "active", "none", "reminder"),
        ("D-1002", "overdue", "active", "none", "reminder"),
        ("D-1003", "reminder", "active", "none", "dunning"),
        ("D-1004", "dunning", "active", "none", "final_notice"),
        ("D-1005", "dunning", "active", "none", "call"),
        ("D-1006", "final_notice", "active", "announced", "handover"),
        ("D-1007", "final_notice", "active", "charged", "handover"),
        ("D-1008", "handover", "active", "charged", None),
        ("D-1009", "legal", "active", "charged", None),
        ("D-1010", "reminder", "promise", "none", "check_promise"),
        ("D-1011", "dunning", "arrangement", "none", "check_installment"),
        ("D-1012", "dunning", "arrangement", "none", "remind_installment"),
        ("D-1013", "reminder", "dispute", "none", "review_dispute"),
        ("D-1014", "reminder", "paid", "none", None),
        ("D-1015", "open", "paid", "none", None),
        ("D-1016", "final_notice", "written_off", "charged", None),
    ],
)
def test_the_demo_dossiers(debtor_id, stage, status, costs, action):
    ledger = ledger_as_built(DEMO, DEMO_TODAY)
    debtor = next(d for d in ledger.debtors if d.id == debtor_id)
    claim = assess(ledger, debtor, DEMO_TODAY)
    assert (claim.stage, claim.status, claim.costs.state) == (stage, status, costs)
    assert (claim.next_action.kind if claim.next_action else None) == action


def test_a_part_paid_on_the_day_of_a_promise_of_the_whole_amount_counts_once(tmp_path):
    """1250 open; the debtor pays 250 and promises the rest that same day: 1000 more keeps the promise."""
    made = DUE + days(10)
    claim_on = dossier(
        tmp_path,
        payments=[payment(date=made, amount=D("250.00"))],
        events=[event(made, "promise", promised_date=made + days(10))],
    )
    pending = claim_on(made + days(1))
    assert (pending.promise.amount, pending.promise.paid, pending.total_due) == (AMOUNT, D("250.00"), D("1000.00"))
    assert pending.status == "promise"
    claim_with = dossier(
        tmp_path / "kept",
        payments=[payment(date=made, amount=D("250.00")), payment(date=made + days(5), amount=D("750.00"))],
        events=[event(made, "promise", promised_date=made + days(10))],
    )
    assert claim_with(made + days(6)).promise.state == "pending"  # 250 of the whole 1250 still open


@pytest.mark.parametrize("step", ["handover", "legal"])
def test_a_handover_or_legal_step_ends_the_plan_and_the_promise_agreed_before_it(tmp_path, step):
    """The file went on because the agreement failed: the page speaks for the agency or the court, not
    for a plan that "simply runs on" (it asked the missed instalment beside "Uw dossier ligt nu bij ...")."""
    plan = [{"due": DUE + days(40), "amount": D("400.00")}, {"due": DUE + days(70), "amount": D("850.00")}]
    agreed = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(20), "arrangement", installments=plan),
        event(DUE + days(35), "promise", promised_date=DUE + days(45)),
    ]
    extra = {"agency": "Incasso B.V."} if step == "handover" else {}
    later = event(DUE + days(80), step, **extra)
    before = dossier(tmp_path / "before", events=agreed)(DUE + days(79))
    assert before.status == "arrangement" and before.plan.state == "in_arrears"
    after = dossier(tmp_path / "after", events=[*agreed, later])(DUE + days(80))
    assert (after.status, after.stage, after.plan, after.promise) == ("active", step, None, None)
    assert after.amount_due_apart_from_a_plan == after.total_due
    # One agreed with the agency afterwards is recorded after the step, and runs.
    again = [
        *agreed,
        later,
        event(DUE + days(85), "arrangement", installments=[{"due": DUE + days(90), "amount": D("1250.00")}]),
    ]
    assert dossier(tmp_path / "again", events=again)(DUE + days(86)).status == "arrangement"


def test_an_agreement_made_after_a_dispute_s_answer_speaks_instead_of_it(tmp_path):
    """A promise agreed at the answer and broken: the page no longer says "we answered, pay by ..." as if
    nothing had been agreed since."""
    history = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(5), "dispute", reason="Oven defect"),
        event(DUE + days(25), "dispute_resolved", outcome="Gerepareerd"),
        event(DUE + days(25), "promise", promised_date=DUE + days(30)),
    ]
    claim = dossier(tmp_path, events=history)(DUE + days(31))
    assert claim.promise.state == "broken" and claim.dispute_answered is None


# -- a what-if asked once of a claim ----------------------------------------------------------------------

# A final notice of 2 March (187.50 of costs from 19 March), then a plan of the invoice alone agreed on 25 March:
# on 1 April it runs, on schedule, and leaves the costs open: a plan of part.
PLAN_OF_PART = [
    event(NOTICE, "final_notice"),
    event(
        date(2026, 3, 25),
        "arrangement",
        installments=[
            {"due": date(2026, 4, 15), "amount": D("625.00")},
            {"due": date(2026, 5, 15), "amount": D("625.00")},
        ],
    ),
]
PLAN_DAY = date(2026, 4, 1)


def counted(monkeypatch, name: str) -> list[date]:
    """The days of each call of claims.assess's `name` (assess, settle) made from now on, the what-ifs' own."""
    import incasso.claims.assess as module

    days, real = [], getattr(module, name)

    def counting(ledger_or_creditor, debtor, as_of, *args, **options):
        days.append(as_of)
        return real(ledger_or_creditor, debtor, as_of, *args, **options)

    monkeypatch.setattr(module, name, counting)
    return days


def plan_of_part(tmp_path):
    ledger = one_debtor_ledger(tmp_path, events=PLAN_OF_PART)
    claim = assess(ledger, ledger.debtors[0], PLAN_DAY)
    assert (claim.status, claim.plan_leaves_open) == ("arrangement", COSTS)
    return ledger, claim


def test_what_follows_a_running_plan_is_assessed_once_for_the_page_and_the_letter(tmp_path, monkeypatch):
    """The page of a running plan of part and the plan's letter both say what follows it (statement.steps._plan_then):
    the claim once the plan is completed, then once the letter for the rest is sent. Each is a whole assessment;
    asked again of the same claim, the answer is the one already worked out."""
    ledger, claim = plan_of_part(tmp_path)
    made = counted(monkeypatch, "assess")
    done = claim_if_completed(ledger, claim)
    after = claim_after_the_rest_letter(ledger, done)
    assert after is not None and made == [date(2026, 5, 16), date(2026, 5, 16)]
    assert claim_if_completed(ledger, claim) is done and claim_after_the_rest_letter(ledger, done) is after
    assert len(made) == 2


def test_a_what_if_is_asked_anew_of_a_claim_of_another_day_or_of_other_rules(tmp_path, monkeypatch):
    """The answer kept is the claim's own, under the rules it was asked with: a copy of the claim on another day
    (`replace`) starts without it, and so does a ledger whose policy or bank statements differ. A ledger as a
    debtor abroad reads it (the desk's number dialled from abroad: contact.as_read_by) has the same rules."""
    ledger, claim = plan_of_part(tmp_path)
    done = claim_if_completed(ledger, claim)
    made = counted(monkeypatch, "assess")
    creditor = ledger.creditor
    abroad = replace(ledger, creditor=replace(creditor, contact=replace(creditor.contact, phone="+31 20 555 0100")))
    assert claim_if_completed(abroad, claim) is done and made == []
    later = replace(claim, as_of=PLAN_DAY + days(1))
    assert later == replace(claim, as_of=PLAN_DAY + days(1)) and claim_if_completed(ledger, later) == done
    stricter = replace(creditor, policy=replace(creditor.policy, chase_minimum=D("500.00")))
    claim_if_completed(replace(ledger, creditor=stricter), claim)
    claim_if_completed(replace(ledger, bank_until=PLAN_DAY), claim)
    assert len(made) == 3


def test_what_a_running_plan_leaves_is_settled_once_for_the_page_and_the_dossier(tmp_path, monkeypatch):
    """`plan_rest` settles the dossier a second time: the page, the plan's letter and the staff's dossier page
    each say it, from one settlement."""
    ledger, claim = plan_of_part(tmp_path)
    settled = counted(monkeypatch, "settle")
    rest = plan_rest(ledger.creditor, claim)
    assert rest == COSTS and plan_rest(ledger.creditor, claim) == rest and len(settled) == 1


def test_what_follows_a_promise_kept_or_missed_is_assessed_once(tmp_path, monkeypatch):
    """A pending promise of part: its page and its confirmation say what follows it kept (`claim_if_kept`) and
    missed (`claim_when_chased`), each from one assessment."""
    ledger = one_debtor_ledger(
        tmp_path, events=[event(DUE + days(5), "promise", promised_date=DUE + days(20), amount=D("500.00"))]
    )
    claim = assess(ledger, ledger.debtors[0], DUE + days(10))
    assert claim.status == "promise"
    made = counted(monkeypatch, "assess")
    kept = claim_if_kept(ledger, claim, claim.pending_promise)
    missed = claim_if_missed(ledger, claim, DUE + days(21))
    assert made == [DUE + days(21), DUE + days(21)]
    assert claim_if_kept(ledger, claim, claim.pending_promise) is kept
    assert claim_if_missed(ledger, claim, DUE + days(21)) is missed and len(made) == 2
