"""Rules that keep the claim fair: when a letter arrives, what is demanded now,
what is still chased, and where a payment goes.

Dossiers as in test_claim.py: one consumer invoice of 1250.00 due 2026-02-04
unless a test adds more, no interest unless a test says so.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.timing import letter_received
from incasso.ledger.load import load_ledger
from incasso.ledger.problems import LedgerError
from incasso.statement.steps import payment_deadline
from tests.support.ledgers import (
    MISSING,
    days,
    event,
    invoice,
    one_debtor_ledger,
    payment,
    valid_creditor,
    valid_debtor,
    write_ledger,
)

D = Decimal
DUE = date(2026, 2, 4)
# The consumer agreed to get the final notice by e-mail: without that, an e-mailed one brings no costs.
AGREED = {"contact.final_notice_by": "email"}


def dossier(tmp_path, **changes):
    ledger = one_debtor_ledger(tmp_path, **changes)
    return lambda as_of: assess(ledger, ledger.debtors[0], as_of)


def post_of(tmp_path):
    """A creditor and a debtor in the Netherlands."""
    ledger = load_ledger(write_ledger(tmp_path, debtors=[valid_debtor()]))
    return ledger.creditor, ledger.debtors[0]


# -- when a letter arrives --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sent, channel, received",
    [
        (date(2026, 11, 13), None, date(2026, 11, 17)),  # Friday: Saturday, then no post on Sunday or Monday
        (date(2026, 11, 15), "letter", date(2026, 11, 18)),  # Sunday: Tuesday and Wednesday
        (date(2026, 11, 17), "letter", date(2026, 11, 19)),  # Tuesday: two delivery days later
        (date(2026, 11, 13), "email", date(2026, 11, 13)),  # email and the portal arrive the same day
        (date(2026, 11, 15), "portal", date(2026, 11, 15)),
        # no post on holidays: never assumed received on Christmas Day or another holiday
        (date(2026, 12, 23), "letter", date(2026, 12, 29)),  # Thursday 24th, then Tuesday 29th
        (date(2026, 4, 2), "letter", date(2026, 4, 7)),  # Good Friday and Easter Monday: Saturday, Tuesday
        (date(2026, 5, 2), "letter", date(2026, 5, 7)),  # Liberation Day on Tuesday 5 May: Wednesday, Thursday
    ],
)
def test_a_letter_arrives_on_a_postal_delivery_day(tmp_path, sent, channel, received):
    assert letter_received(*post_of(tmp_path), sent, channel) == received


def test_the_final_notice_term_counts_from_the_postal_day_of_receipt(tmp_path):
    friday = date(2026, 3, 6)  # received Tuesday 10 March; 14 days to 24 March; costs from 25 March
    claim_on = dossier(tmp_path, events=[event(friday, "final_notice", channel="letter")])
    assert claim_on(date(2026, 3, 24)).costs.state == "announced"
    assert claim_on(date(2026, 3, 24)).costs.from_date == date(2026, 3, 25)
    assert claim_on(date(2026, 3, 25)).costs.state == "charged"


def test_costs_start_the_day_after_the_term_the_atw_extended(tmp_path):
    # By e-mail on Friday 11 December 2026: 14 days to Christmas Day, Boxing Day is a
    # Saturday, so the term runs to Monday 28 December; costs from Tuesday 29 December.
    claim_on = dossier(tmp_path, events=[event(date(2026, 12, 11), "final_notice", channel="email")], **AGREED)
    for as_of in (date(2026, 12, 25), date(2026, 12, 28)):
        costs = claim_on(as_of).costs
        assert (costs.state, costs.from_date) == ("announced", date(2026, 12, 29))
    assert claim_on(date(2026, 12, 29)).costs.state == "charged"


def test_a_payment_on_the_extended_last_day_still_avoids_the_costs(tmp_path):
    claim = dossier(
        tmp_path,
        events=[event(date(2026, 12, 11), "final_notice", channel="email")],
        payments=[payment(date=date(2026, 12, 28), amount=D("1250.00"))],
        **AGREED,
    )(date(2027, 1, 15))
    assert (claim.costs.state, claim.status) == ("none", "paid")


def test_the_handover_waits_for_the_extended_term(tmp_path):
    # Posted Thursday 9 April 2026, received Saturday 11 April: 14 days to Saturday 25 April,
    # which runs on past the weekend and King's Day (Monday 27 April) to Tuesday 28 April.
    claim_on = dossier(tmp_path, events=[event(date(2026, 4, 9), "final_notice", channel="letter")])
    claim = claim_on(date(2026, 4, 20))
    assert letter_received(*post_of(tmp_path), date(2026, 4, 9), "letter") == date(2026, 4, 11)
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 4, 29))
    assert claim.costs.from_date == date(2026, 4, 29)


@pytest.mark.parametrize("term", ["13", "7"])
def test_the_final_notice_term_is_never_shorter_than_the_law_allows(tmp_path, term):
    from tests.support.ledgers import Raw

    root = write_ledger(
        tmp_path, creditor=valid_creditor(policy={"final_notice_term_days": Raw(term)}), debtors=[valid_debtor()]
    )
    with pytest.raises(LedgerError) as error:
        load_ledger(root)
    assert "policy.final_notice_term_days: must be a whole number from 14 to 3650" in str(error.value)


# -- what is demanded now ----------------------------------------------------------------------


def test_an_invoice_not_yet_due_is_not_demanded_with_an_overdue_one(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 2, 10), due=date(2026, 3, 12), amount=D("300.00"))
    claim = dossier(tmp_path, invoices=[invoice(), later], events=[event(DUE + days(1), "reminder")])(date(2026, 2, 12))
    assert claim.total_due == D("1550.00")
    assert claim.amount_overdue == claim.amount_due_now == D("1250.00")


def test_when_nothing_is_overdue_the_whole_balance_is_due_by_its_date(tmp_path):
    claim = dossier(tmp_path)(DUE)
    assert claim.amount_overdue == 0
    assert claim.amount_due_now == claim.total_due == D("1250.00")


# -- what is still chased ----------------------------------------------------------------------


def test_letters_about_a_paid_invoice_do_not_move_the_next_invoice_on(tmp_path):
    # F1 was reminded and paid; F2 falls due later and starts with its own reminder, not a dunning letter.
    later = invoice(number="F2026-0002", date=date(2026, 2, 10), due=date(2026, 3, 12), amount=D("300.00"))
    claim = dossier(
        tmp_path,
        invoices=[invoice(), later],
        events=[event(DUE + days(1), "reminder")],
        payments=[payment(date=DUE + days(5), amount=D("1250.00"))],
    )(date(2026, 3, 20))
    # The log keeps the reminder; the stage is F2's, which no letter asked for yet (its page says so).
    assert claim.stage == "overdue"
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 3, 13))


def test_nothing_overdue_after_a_reminder_means_nothing_to_chase_yet(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 2, 10), due=date(2026, 3, 12), amount=D("300.00"))
    claim = dossier(
        tmp_path,
        invoices=[invoice(), later],
        events=[event(DUE + days(1), "reminder")],
        payments=[payment(date=DUE + days(5), amount=D("1250.00"))],
    )(date(2026, 2, 20))
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 3, 13))
    assert not claim.next_action.is_due(claim.as_of)


def test_a_few_cents_left_are_not_chased_and_carry_no_costs(tmp_path):
    # Paid a day late with interest: 0.14 of principal stays open after the interest is paid first.
    claim_on = dossier(
        tmp_path,
        interest="statutory",
        events=[event(DUE + days(1), "reminder"), event(DUE + days(3), "final_notice")],
        payments=[payment(date=DUE + days(1), amount=D("1250.00"))],
    )
    claim = claim_on(DUE + days(60))
    assert 0 < claim.total_due < D("5.00")
    assert claim.next_action is None
    assert claim.costs.state == "none" and claim.settlement.costs is None


def test_a_missed_instalment_is_reminded_the_next_day_while_only_a_few_cents_besides_are_overdue(tmp_path):
    # Invoice A paid late (its interest, under the chase minimum, left open); B, due 31 March, in a plan whose
    # first instalment was due 20 March. The minimum held the instalment's reminder back until B fell due.
    plan = [{"due": date(2026, month, 20), "amount": 400} for month in (3, 4, 5)]
    claim_on = dossier(
        tmp_path,
        interest="statutory",
        invoices=[
            invoice(number="A", amount="1000.00", due=DUE),
            invoice(number="B", date=date(2026, 3, 1), amount="1200.00", due=date(2026, 3, 31)),
        ],
        payments=[payment(date=date(2026, 2, 25), amount="1000.00", invoice="A")],
        events=[event(date(2026, 3, 10), "arrangement", channel="phone", installments=plan)],
    )
    claim = claim_on(date(2026, 3, 21))
    assert 0 < claim.amount_due_apart_from_a_plan < D("5.00")  # the interest of A, paid late
    assert claim.next_action is not None and claim.next_action.kind == "remind_installment"
    assert claim.next_action.due == date(2026, 3, 21)


def test_the_chase_minimum_is_a_policy_setting(tmp_path):
    claim = dossier(tmp_path, policy={"chase_minimum": D("2000.00")})(DUE + days(5))
    assert claim.next_action is None


def test_a_kept_promise_of_part_goes_on_from_the_stage_reached(tmp_path):
    # 1,000.00 promised of 1,250.00 after a dunning letter, and paid: the rest is no remainder of a settled
    # debt but most of it, so it goes on where the dossier stood (the final notice), not from a reminder,
    # no earlier than the day after the promised day.
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "promise", promised_date=DUE + days(30), amount=D("1000.00")),
    ]
    claim_on = dossier(tmp_path, events=events, payments=[payment(date=DUE + days(29), amount=D("1000.00"))])
    claim = claim_on(DUE + days(40))
    assert (claim.status, claim.promise.state) == ("active", "kept")
    # The final notice was due before the promised day: the rest is first asked by one letter with a reminder's
    # term, the day after the promised day (a debtor who kept a promise is not treated harder than one who broke it).
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", DUE + days(31))
    assert not claim.remainder_after_agreement and claim.after_kept_part
    # That letter unpaid, the steps go on from the stage reached: the final notice, a reminder's term after it.
    asked = dossier(
        tmp_path / "asked",
        events=[*events, event(DUE + days(31), "reminder")],
        payments=[payment(date=DUE + days(29), amount=D("1000.00"))],
    )(DUE + days(50))
    assert (asked.next_action.kind, asked.next_action.due) == ("final_notice", DUE + days(45))


def test_a_final_notice_after_a_kept_part_promise_is_a_normal_one_with_its_term_and_costs(tmp_path):
    # A consumer: costs only after a final notice with its 14-day term; the one after the kept part is that notice.
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "promise", promised_date=DUE + days(30), amount=D("1000.00")),
        event(DUE + days(31), "final_notice", channel="email"),
    ]
    claim = dossier(tmp_path, events=events, payments=[payment(date=DUE + days(29), amount=D("1000.00"))], **AGREED)(
        DUE + days(33)
    )
    # E-mailed on Saturday 7 March: 14 days to Saturday 21 March, on to Monday 23 March (Atw); costs from the 24th.
    assert claim.costs.state == "announced" and claim.costs.amount == D("40.00")
    assert claim.costs.from_date == date(2026, 3, 24)
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 3, 24))


def test_a_kept_part_promise_after_a_reminder_goes_on_to_the_dunning_letter(tmp_path):
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(5), "promise", promised_date=DUE + days(10), amount=D("500.00")),
    ]
    claim_on = dossier(tmp_path, events=events, payments=[payment(date=DUE + days(9), amount=D("500.00"))])
    # The dunning letter's day after the reminder (14 days), later than the day after the promised day.
    assert (claim_on(DUE + days(12)).next_action.kind, claim_on(DUE + days(12)).next_action.due) == (
        "dunning",
        DUE + days(15),
    )


BIGGER = {"interest": "statutory", "invoices": [invoice(amount=D("10000.00"))]}
BEFORE_THE_PROMISE = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")]


def _balance_on(tmp_path, day: date) -> Decimal:
    return dossier(tmp_path / "then", events=BEFORE_THE_PROMISE, **BIGGER)(day).total_due


@pytest.mark.parametrize(
    "short, kind",
    [
        (None, "reminder"),  # the whole amount: what is left is the promise's interest, reminded friendly
        (D("0.00"), "reminder"),  # the whole balance of its day, named as an amount: the same
        (D("4.99"), "reminder"),  # short of it by less than the chase minimum: still the whole
        (D("5.00"), "rest_letter"),  # short by the chase minimum: a part, one letter for the rest, then the steps
        (D("5000.00"), "rest_letter"),
    ],
)
def test_a_kept_promise_restarts_friendly_only_when_it_was_of_the_whole_balance_of_its_day(tmp_path, short, kind):
    promised_on, promised_date = DUE + days(20), DUE + days(60)
    balance = _balance_on(tmp_path, promised_on)
    named = {} if short is None else {"amount": balance - short}
    promise = event(promised_on, "promise", promised_date=promised_date, **named)
    paid = payment(date=promised_date, amount=balance - (short or 0))
    claim = dossier(tmp_path / "kept", events=[*BEFORE_THE_PROMISE, promise], payments=[paid], **BIGGER)(
        promised_date + days(10)
    )
    assert (claim.status, claim.promise.state) == ("active", "kept")
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", promised_date + days(1))
    assert claim.remainder_after_agreement == (kind == "reminder")
    assert claim.after_kept_part == (kind == "rest_letter")


def test_a_promise_of_the_whole_is_kept_by_the_balance_of_its_day_whatever_was_invoiced_after_it(tmp_path):
    # "All of it" on the promise's day was that day's balance: an invoice written after it is not in the promise.
    promised_on, promised_date = DUE + days(20), DUE + days(60)
    later = invoice(number="F2026-0002", date=DUE + days(30), due=DUE + days(44), amount=D("500.00"))
    promise = event(promised_on, "promise", promised_date=promised_date)
    balance = _balance_on(tmp_path, promised_on)
    claim = dossier(
        tmp_path / "kept",
        events=[*BEFORE_THE_PROMISE, promise],
        payments=[payment(date=promised_date, amount=balance)],
        **{**BIGGER, "invoices": [*BIGGER["invoices"], later]},
    )(promised_date + days(10))
    assert (claim.promise.state, claim.promise.amount, claim.promise.of_part) == ("kept", balance, False)


def test_a_kept_part_promise_that_paid_what_the_letters_asked_leaves_a_newer_invoice_its_own_reminder(tmp_path):
    # The letters were about F2026-0001; the promise paid it. F2026-0002, due since, climbs from its own reminder.
    newer = invoice(number="F2026-0002", date=DUE, due=DUE + days(20), amount=D("500.00"))
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(16), "promise", promised_date=DUE + days(25), amount=D("1250.00")),
    ]
    claim = dossier(
        tmp_path,
        invoices=[invoice(), newer],
        events=events,
        payments=[payment(date=DUE + days(25), amount=D("1250.00"), invoice="F2026-0001")],
    )(DUE + days(30))
    assert claim.promise.state == "kept" and claim.next_action.kind == "reminder"
    assert claim.next_action.due == DUE + days(26)


def kept_plan(tmp_path, *later_events, **changes):
    """Reminded, dunned, then a plan of the whole 1,250.00 in two instalments of 625.00 paid on their days; with
    statutory interest, which the payments pay first (art. 6:44 BW): the plan's interest is left."""
    plan = [{"due": DUE + days(30), "amount": D("625.00")}, {"due": DUE + days(60), "amount": D("625.00")}]
    return dossier(
        tmp_path,
        interest="statutory",
        events=[
            event(DUE + days(1), "reminder"),
            event(DUE + days(15), "dunning"),
            event(DUE + days(20), "arrangement", installments=plan),
            *later_events,
        ],
        payments=[payment(date=DUE + days(30), amount=D("625.00")), payment(date=DUE + days(60), amount=D("625.00"))],
        **changes,
    )


def test_a_completed_plan_leaves_the_remainder_to_a_friendly_reminder(tmp_path):
    claim = kept_plan(tmp_path)(DUE + days(70))
    assert (claim.status, claim.plan.state, claim.plan.of_part) == ("active", "completed", False)
    assert D("5.00") <= claim.total_due < D("10.00")  # the interest of the plan's days, at least the chase minimum
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", DUE + days(61))


def test_an_invoice_dated_after_the_plan_s_day_does_not_make_it_a_plan_of_part(tmp_path):
    # F2026-0002 was written after the plan was agreed: the plan could not have been for it, so the plan was of
    # the whole balance of its day, and the newer invoice is not what the plan left.
    later = invoice(number="F2026-0002", date=DUE + days(40), due=DUE + days(54), amount=D("500.00"))
    claim = kept_plan(tmp_path, invoices=[invoice(), later])(DUE + days(70))
    assert (claim.plan.state, claim.plan.of_part) == ("completed", False)


def _plan_of(tmp_path, total: Decimal, *, before=(), **changes):
    """A plan agreed 20 days after the due date of two instalments making up `total`, paid on their days."""
    first = (total / 2).quantize(D("0.01"))
    plan = [{"due": DUE + days(40), "amount": first}, {"due": DUE + days(60), "amount": total - first}]
    return dossier(
        tmp_path,
        events=[*before, event(DUE + days(20), "arrangement", installments=plan)],
        payments=[payment(date=DUE + days(40), amount=first), payment(date=DUE + days(60), amount=total - first)],
        **changes,
    )


@pytest.mark.parametrize(
    "short, kind",
    [
        (D("0.00"), "reminder"),  # the whole balance of its day: what is left is the plan's interest, reminded friendly
        (D("4.99"), "reminder"),  # short of it by less than the chase minimum: still the whole
        (D("5.00"), "rest_letter"),  # short by the chase minimum: a plan of part, one letter for the rest first
        (D("5000.00"), "rest_letter"),
    ],
)
def test_a_completed_plan_restarts_friendly_only_when_it_was_of_the_whole_balance_of_its_day(tmp_path, short, kind):
    balance = dossier(tmp_path / "then", events=BEFORE_THE_PROMISE, **BIGGER)(DUE + days(20)).total_due
    claim = _plan_of(tmp_path / "kept", balance - short, before=BEFORE_THE_PROMISE, **BIGGER)(DUE + days(70))
    assert (claim.status, claim.plan.state, claim.plan.of_part) == ("active", "completed", kind != "reminder")
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", DUE + days(61))
    assert claim.remainder_after_agreement == (kind == "reminder")
    assert claim.after_kept_part == (kind != "reminder")


def test_a_completed_plan_of_the_principal_after_a_final_notice_s_term_goes_on_to_the_handover(tmp_path):
    # The final notice of 3 March gave until 19 March: 187.50 of costs from 20 March. The plan, agreed after that,
    # paid the 1,250.00 of the invoice only; the payments paid the costs first (art. 6:44 BW), 187.50 is left.
    notice = [event(date(2026, 3, 3), "final_notice")]
    plan = [{"due": date(2026, 4, 15), "amount": D("625.00")}, {"due": date(2026, 5, 15), "amount": D("625.00")}]
    claim = dossier(
        tmp_path,
        events=[*notice, event(date(2026, 3, 25), "arrangement", installments=plan)],
        payments=[
            payment(date=date(2026, 4, 15), amount=D("625.00")),
            payment(date=date(2026, 5, 15), amount=D("625.00")),
        ],
    )(date(2026, 5, 20))
    assert (claim.status, claim.plan.state, claim.total_due) == ("active", "completed", D("187.50"))
    # The rest is first asked by one letter with a reminder's term, the day after the last instalment: the debtor
    # kept the plan, and is not handed over at once (one who missed an instalment got a friendly reminder first).
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 5, 16))


REVIEWED_PLAN = [{"due": date(2026, 4, 15), "amount": D("625.00")}, {"due": date(2026, 5, 15), "amount": D("625.00")}]
REVIEWED_LETTERS = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 5), "dunning"),
    event(date(2026, 2, 26), "final_notice"),
]


def reviewed_plan(tmp_path, *later, paid=(date(2026, 4, 15), date(2026, 5, 15))):
    """The reviewer's case: 1,250.00 due 15 January 2026, reminded, dunned, a final notice of 26 February (costs
    187.50 from 17 March), a plan of the 1,250.00 agreed on 25 March, its instalments paid on the days in `paid`."""
    return dossier(
        tmp_path,
        invoices=[invoice(date=date(2025, 12, 15), due=date(2026, 1, 15), amount=D("1250.00"))],
        events=[*REVIEWED_LETTERS, event(date(2026, 3, 25), "arrangement", installments=REVIEWED_PLAN), *later],
        payments=[payment(date=day, amount=D("625.00")) for day in paid],
    )


def test_the_rest_of_a_completed_plan_of_part_is_asked_by_one_letter_before_the_handover(tmp_path):
    claim = reviewed_plan(tmp_path)(date(2026, 5, 16))
    assert (claim.total_due, claim.plan.of_part) == (D("187.50"), True)
    # Today's work: the letter for the rest, not the handover.
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 5, 16))
    assert claim.next_action.is_due(claim.as_of)


def test_the_rest_letter_unpaid_goes_on_to_the_stage_reached_not_a_restart(tmp_path):
    claim = reviewed_plan(tmp_path / "sent", event(date(2026, 5, 16), "reminder"))(date(2026, 5, 20))
    # Its term as a reminder's (dunning_after_days, 14): then the handover the final notice's term had reached,
    # not a dunning letter and a second final notice.
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 5, 30))
    assert reviewed_plan(tmp_path / "on", event(date(2026, 5, 16), "reminder"))(date(2026, 5, 30)).next_action.kind == (
        "handover"
    )


def test_a_missed_instalment_of_the_reviewed_plan_still_gets_its_friendly_reminder(tmp_path):
    claim = reviewed_plan(tmp_path, paid=(date(2026, 4, 15),))(date(2026, 5, 16))
    assert (claim.next_action.kind, claim.next_action.due) == ("remind_installment", date(2026, 5, 16))


def _plan_then_promise(tmp_path, *later):
    """kept_plan's plan of the whole, its remainder (the plan's interest) reminded the day after, then a promise of
    3.00 of it made on day 70 for day 80 and paid on day 79: of part, with a chase minimum of 3.00."""
    plan = [{"due": DUE + days(30), "amount": D("625.00")}, {"due": DUE + days(60), "amount": D("625.00")}]
    return dossier(
        tmp_path,
        interest="statutory",
        policy={"chase_minimum": D("3.00")},
        events=[
            event(DUE + days(1), "reminder"),
            event(DUE + days(15), "dunning"),
            event(DUE + days(20), "arrangement", installments=plan),
            event(DUE + days(61), "reminder"),
            event(DUE + days(70), "promise", promised_date=DUE + days(80), amount=D("3.00")),
            *later,
        ],
        payments=[
            payment(date=DUE + days(30), amount=D("625.00")),
            payment(date=DUE + days(60), amount=D("625.00")),
            payment(date=DUE + days(79), amount=D("3.00")),
        ],
    )


def test_a_promise_kept_after_a_completed_plan_decides_what_follows_not_the_plan(tmp_path):
    """The promise is the latest agreement: kept, of part, what is left goes on from the stage reached (one letter
    for the rest first, then the final notice the dunning letter had reached), as after any promise of part. The
    completed plan of the whole decided instead: the rest was a remainder again, from a friendly reminder and then a
    dunning letter, the steps counted from after the promise."""
    from incasso.claims.escalation import asks_the_rest

    claim = _plan_then_promise(tmp_path)(DUE + days(81))
    assert (claim.status, claim.plan.state, claim.plan.of_part) == ("active", "completed", False)
    assert (claim.promise.state, claim.promise.of_part) == ("kept", True)
    assert asks_the_rest(claim.next_action) and claim.next_action.then == "final_notice"
    assert claim.next_action.due == DUE + days(81)
    asked = _plan_then_promise(tmp_path / "asked", event(DUE + days(81), "reminder"))(DUE + days(90))
    assert (asked.next_action.kind, asked.next_action.due) == ("final_notice", DUE + days(95))
    assert claim.after_kept_part and not claim.remainder_after_agreement
    assert claim.kept_agreement is claim.promise and claim.kept_part is claim.promise and claim.completed_part is None


def test_a_promise_kept_within_a_plan_that_ends_after_it_leaves_the_plan_to_decide(tmp_path):
    """A promise made during the plan, for a day before its last instalment's (its arrears, say): the plan, completed
    later, is what ended last, and decides: a plan of the whole leaves a remainder, reminded friendly first."""
    plan = [{"due": DUE + days(30), "amount": D("625.00")}, {"due": DUE + days(60), "amount": D("625.00")}]
    claim = dossier(
        tmp_path,
        interest="statutory",
        events=[
            event(DUE + days(1), "reminder"),
            event(DUE + days(15), "dunning"),
            event(DUE + days(20), "arrangement", installments=plan),
            event(DUE + days(35), "promise", promised_date=DUE + days(40), amount=D("300.00")),
        ],
        payments=[
            payment(date=DUE + days(39), amount=D("625.00")),
            payment(date=DUE + days(60), amount=D("625.00")),
        ],
    )(DUE + days(70))
    assert (claim.plan.state, claim.promise.state, claim.promise.of_part) == ("completed", "kept", True)
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", DUE + days(61))
    assert claim.kept_part is None and claim.remainder_after_agreement
    assert claim.kept_agreement is claim.plan


def test_the_rest_of_a_kept_promise_of_part_after_a_final_notice_s_term_is_asked_by_one_letter_first(tmp_path):
    # The reviewer's p5: the final notice's term ended on 19 March; 500.00 promised on 1 April for 10 April, paid.
    events = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 5), "dunning"),
        event(date(2026, 3, 2), "final_notice", received=date(2026, 3, 5)),
        event(date(2026, 4, 1), "promise", promised_date=date(2026, 4, 10), amount=D("500.00")),
    ]
    paid = [payment(date=date(2026, 4, 10), amount=D("500.00"))]
    invoices = [invoice(date=date(2025, 12, 15), due=date(2026, 1, 15), amount=D("1250.00"))]
    claim = dossier(tmp_path, invoices=invoices, events=events, payments=paid)(date(2026, 4, 11))
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 4, 11))
    asked = dossier(
        tmp_path / "asked", invoices=invoices, events=[*events, event(date(2026, 4, 13), "reminder")], payments=paid
    )(date(2026, 4, 14))
    assert (asked.next_action.kind, asked.next_action.due) == ("handover", date(2026, 4, 27))


def test_a_kept_promise_of_part_within_a_final_notice_s_term_leaves_the_term_to_speak(tmp_path):
    # The notice's term runs on after the promised day: no letter for the rest in the middle of it; the handover
    # after the term, as the notice said.
    events = [
        event(date(2026, 3, 2), "final_notice", received=date(2026, 3, 5)),
        event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 10), amount=D("500.00")),
    ]
    claim = dossier(tmp_path, events=events, payments=[payment(date=date(2026, 3, 10), amount=D("500.00"))])(
        date(2026, 3, 12)
    )
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 3, 20))


def test_a_remainder_after_a_kept_plan_climbs_from_its_own_reminder_not_from_the_letters_before_the_plan(tmp_path):
    # A debtor who kept the plan is not sent the final notice (and its costs) next because a
    # dunning letter went out before the plan: the remainder climbs friendly first.
    remainder_reminded = DUE + days(61)
    claim = kept_plan(tmp_path, event(remainder_reminded, "reminder"))(DUE + days(70))
    assert (claim.status, claim.plan.state) == ("active", "completed")
    assert claim.next_action.kind == "dunning"
    assert claim.next_action.due == remainder_reminded + days(14)  # the default policy's dunning_after_days


def test_handover_waits_for_the_term_of_the_latest_final_notice(tmp_path):
    first, second = date(2026, 3, 3), date(2026, 3, 31)  # Tuesdays: received on Thursday
    claim = dossier(tmp_path, events=[event(first, "final_notice"), event(second, "final_notice")])(date(2026, 4, 20))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 4, 17))
    # the costs stay those of the first notice's term
    assert claim.costs.from_date == date(2026, 3, 20)


def two_on_a_day(tmp_path, sent: date, channels: tuple[str, str], as_of: date, **changes):
    """The claim on `as_of` after two final notices sent on one day, recorded in the order of `channels`."""
    notices = [event(sent, "final_notice", channel=channel) for channel in channels]
    return dossier(tmp_path, events=notices, **changes)(as_of)


BOTH_ORDERS = pytest.mark.parametrize("channels", [("letter", "email"), ("email", "letter")])


@BOTH_ORDERS
def test_two_final_notices_on_one_day_count_the_later_term_whatever_their_order(tmp_path, channels):
    # Friday 6 March 2026: the e-mail's term ends on Friday 20 March, the letter's (received Tuesday
    # 10 March) on 24 March. Each states its own last day: nothing is charged or handed over before
    # the later one, in whichever order they were recorded.
    claim = two_on_a_day(tmp_path, date(2026, 3, 6), channels, date(2026, 3, 24))
    assert (claim.costs.state, claim.costs.from_date) == ("announced", date(2026, 3, 25))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 3, 25))
    assert [n.channel for n in claim.final_notices] == ["letter"]
    assert len([e for e in claim.debtor.events if e.type == "final_notice"]) == 2  # the history keeps both


def test_a_notice_sent_again_later_by_e_mail_never_cuts_the_posted_one_s_term_short(tmp_path):
    # The letter of Friday 6 March gives to 24 March; the e-mail of Monday 9 March to 23 March. The
    # handover waits for the later of the two; the costs hang on the first, from 25 March.
    notices = [
        event(date(2026, 3, 6), "final_notice", channel="letter"),
        event(date(2026, 3, 9), "final_notice", channel="email"),
    ]
    claim = dossier(tmp_path, events=notices)(date(2026, 3, 23))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 3, 25))
    assert claim.costs.from_date == date(2026, 3, 25)


@BOTH_ORDERS
def test_of_two_notices_on_one_day_with_equal_terms_the_posted_one_stands(tmp_path, channels):
    # No delivery days: both arrive on Saturday 7 March. Only the letter's day of receipt may still
    # turn out later (the page asks about it), so it stands, in either order.
    claim = two_on_a_day(tmp_path, date(2026, 3, 7), channels, date(2026, 3, 10), policy={"delivery_days": 0})
    assert [n.channel for n in claim.final_notices] == ["letter"]


def test_of_two_final_notices_on_one_day_the_lower_recorded_costs_are_the_most_charged(tmp_path):
    friday = date(2026, 3, 6)
    notices = [
        event(friday, "final_notice", channel="letter", costs="100.00"),
        event(friday, "final_notice", channel="email", costs="90.00"),
    ]
    claim = dossier(tmp_path, events=notices)(date(2026, 3, 25))
    assert (claim.costs.state, claim.costs.amount) == ("charged", D("90.00"))


def _after_a_final_notice(tmp_path, later_due):
    """F1 had its final notice on 3 March (term to 19 March); F2 was invoiced after it, due `later_due`."""
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=later_due, amount=D("700.00"))
    return dossier(tmp_path, invoices=[invoice(), later], events=[event(date(2026, 3, 3), "final_notice")])


def test_an_invoice_due_after_the_final_notice_gets_its_own_letters_before_any_handover(tmp_path):
    # F2 was never asked for: handing it over with F1 would skip every friendly step for it.
    claim = _after_a_final_notice(tmp_path, date(2026, 4, 1))(date(2026, 4, 20))
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 4, 2))
    assert "F2026-0002" in claim.next_action.reason
    # its costs stay those of the first notice, over F1 only
    assert (claim.costs.from_date, claim.costs.principal) == (date(2026, 3, 20), D("1250.00"))


def test_the_newer_invoice_climbs_its_own_ladder_to_a_final_notice_then_the_handover(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 1), amount=D("700.00"))
    ladder = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 4, 2), "reminder")]
    claim = dossier(tmp_path, invoices=[invoice(), later], events=ladder)(date(2026, 4, 20))
    assert (claim.next_action.kind, claim.next_action.due) == ("dunning", date(2026, 4, 16))
    ladder += [event(date(2026, 4, 16), "dunning"), event(date(2026, 4, 23), "call", spoke_with="J. Jansen")]
    claim = dossier(tmp_path, invoices=[invoice(), later], events=ladder)(date(2026, 5, 1))
    assert (claim.next_action.kind, claim.next_action.due) == ("final_notice", date(2026, 4, 30))
    # Liberation Day, a Tuesday with no post counted: posted Wednesday 6, received Friday 8 May, 14 days to the 22nd
    ladder += [event(date(2026, 5, 5), "final_notice")]
    claim = dossier(tmp_path, invoices=[invoice(), later], events=ladder)(date(2026, 6, 1))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 5, 23))


def test_an_invoice_not_yet_due_on_the_day_of_the_handover_does_not_hold_it_up(tmp_path):
    claim = _after_a_final_notice(tmp_path, date(2026, 5, 1))(date(2026, 3, 25))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 3, 20))


def test_while_the_final_notice_term_runs_the_handover_after_it_stays_the_next_step(tmp_path):
    # The page states the term and its costs; a reminder in the middle of it would blur that term.
    dossier_on = _after_a_final_notice(tmp_path, date(2026, 3, 10))
    during = dossier_on(date(2026, 3, 15)).next_action
    assert (during.kind, during.due) == ("handover", date(2026, 3, 20))
    assert during.newer is not None and during.newer.number == "F2026-0002"  # staff are told it will wait
    # Once the term has passed, the invoice that fell due in it gets its reminder first.
    after = dossier_on(date(2026, 3, 23)).next_action
    assert (after.kind, after.due, after.newer.number) == ("reminder", date(2026, 3, 20), "F2026-0002")


def test_an_invoice_that_falls_due_before_a_late_handover_needs_its_letters_first(tmp_path):
    # The handover was due on 20 March; by 2 May F2 has fallen due too and was never asked for.
    claim = _after_a_final_notice(tmp_path, date(2026, 5, 1))(date(2026, 5, 2))
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 5, 2))


# -- where a payment goes -----------------------------------------------------------------------


def test_a_payment_named_for_an_invoice_without_costs_does_not_pay_the_costs(tmp_path):
    # Costs cover F1 (due before the final notice); F2 came later and is paid by name.
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 9), amount=D("300.00"))
    claim = dossier(
        tmp_path,
        invoices=[invoice(), later],
        events=[event(date(2026, 3, 3), "final_notice")],
        payments=[payment(date=date(2026, 4, 1), amount=D("300.00"), invoice="F2026-0002")],
    )(date(2026, 4, 2))
    (applied,) = claim.settlement.payments
    assert [(a.to, a.invoice, a.amount) for a in applied.allocations] == [("principal", "F2026-0002", D("300.00"))]
    assert claim.settlement.costs_open == D("187.50")


def test_an_unnamed_payment_pays_the_costs_first(tmp_path):
    claim = dossier(
        tmp_path,
        events=[event(date(2026, 3, 3), "final_notice")],
        payments=[payment(date=date(2026, 4, 1), amount=D("300.00"))],
    )(date(2026, 4, 2))
    (applied,) = claim.settlement.payments
    assert [(a.to, a.amount) for a in applied.allocations] == [("costs", D("187.50")), ("principal", D("112.50"))]


# -- a written-off claim is closed ----------------------------------------------------------------


def test_a_written_off_claim_keeps_the_figures_of_the_day_it_was_written_off(tmp_path):
    claim_on = dossier(tmp_path, interest="statutory", events=[event(date(2026, 5, 1), "written_off")])
    on_the_day, a_year_later = claim_on(date(2026, 5, 1)), claim_on(date(2027, 5, 1))
    assert a_year_later.status == "written_off" and a_year_later.next_action is None
    assert a_year_later.total_due == on_the_day.total_due


# -- the rate table's limits are said, not hidden ---------------------------------------------------


def test_interest_past_the_known_rates_is_noted(tmp_path):
    from incasso.claims.notices import claims_rate_notices

    claim_on = dossier(tmp_path, interest="statutory")
    creditor = load_ledger(tmp_path / "ledger").creditor
    assert claims_rate_notices([claim_on(date(2026, 3, 1))], creditor, date(2026, 3, 1)) == ("unconfirmed",)
    assert claims_rate_notices([claim_on(date(2026, 7, 1))], creditor, date(2026, 7, 1)) == (
        "unconfirmed",
        "beyond_table",
    )
    no_interest = dossier(tmp_path / "none")
    without = load_ledger(tmp_path / "none" / "ledger").creditor
    assert claims_rate_notices([no_interest(date(2026, 7, 1))], without, date(2026, 7, 1)) == ()


def test_past_the_known_rates_the_notice_shows_even_before_any_interest_reaches_that_day(tmp_path):
    from incasso.claims.notices import claims_rate_notices

    paid = dossier(tmp_path, interest="statutory", payments=[payment(date=DUE, amount=D("1250.00"))])
    creditor = load_ledger(tmp_path / "ledger").creditor
    claim = paid(date(2026, 7, 1))
    assert claim.settlement.interest == 0
    assert claims_rate_notices([claim], creditor, date(2026, 6, 30)) == ()
    assert claims_rate_notices([claim], creditor, date(2026, 7, 1)) == ("beyond_table",)


def test_the_staff_overview_and_check_say_when_the_rate_table_needs_an_update(demo_site, capsys):
    from incasso.cli.main import main
    from tests.support.site import DEMO_LEDGER

    overview = (demo_site.internal / "index.html").read_text(encoding="utf-8")
    assert "na 30 juni 2026 is geen wettelijk rentepercentage bekend" in overview
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", "2026-11-22"]) == 0
    out = capsys.readouterr().out
    assert "no statutory interest rate is known after 2026-06-30" in out
    # Staff are told the rate file by the name they find it under, not a module name nor a machine path.
    assert "add each kind's rows from 2026-07-01 on, one per half year, to src/incasso/law/rates.csv" in out
    assert "Vul in src/incasso/law/rates.csv de regels vanaf 1 juli 2026 aan" in overview
    assert "incasso/law.py" not in out + overview
    checkout = str(Path(__file__).resolve().parents[2])
    notices = [line for line in (out + overview).splitlines() if "rentepercentage" in line or "interest rate" in line]
    assert notices and [line for line in notices if checkout in line] == []


def test_a_remainder_after_a_plan_without_earlier_letters_waits_for_the_plan_to_end(tmp_path):
    plan = [{"due": DUE + days(30), "amount": D("600.00")}, {"due": DUE + days(60), "amount": D("600.00")}]
    claim = dossier(
        tmp_path,
        events=[event(DUE + days(2), "arrangement", installments=plan)],
        payments=[payment(date=DUE + days(30), amount=D("600.00")), payment(date=DUE + days(60), amount=D("600.00"))],
    )(DUE + days(70))
    assert (claim.status, claim.plan.state, claim.total_due) == ("active", "completed", D("50.00"))
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", DUE + days(61))


def test_interest_left_after_a_late_payment_is_reminded_from_the_day_after_it(tmp_path):
    claim = dossier(tmp_path, interest="statutory", payments=[payment(date=DUE + days(90), amount=D("1250.00"))])(
        DUE + days(100)
    )
    assert claim.total_due > D("5.00")  # interest first, so a little principal is left
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", DUE + days(91))


def test_a_remainder_after_a_kept_agreement_gets_its_own_thankful_message(tmp_path):
    from incasso.statement.view import message_key

    claim = kept_plan(tmp_path)(DUE + days(65))  # 1,200.00 of 1,250.00 in a plan, kept
    assert claim.remainder_after_agreement and message_key(claim) == "remainder"
    # once a new letter has gone out, the page speaks for the stage again (the dunning letter before the plan)
    later = kept_plan(tmp_path / "later", event(DUE + days(66), "reminder"))(DUE + days(70))
    assert not later.remainder_after_agreement and message_key(later) == "dunning"


def test_what_a_kept_part_promise_left_gets_its_own_thankful_message(tmp_path):
    from incasso.statement.view import message_key

    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(20), "promise", promised_date=DUE + days(30), amount=D("1000.00")),
    ]
    paid = [payment(date=DUE + days(29), amount=D("1000.00"))]
    claim = dossier(tmp_path, events=events, payments=paid)(DUE + days(35))
    assert claim.after_kept_part and not claim.remainder_after_agreement
    assert message_key(claim) == "promise_kept"
    # once the dunning letter has gone out, the page speaks for it
    later = dossier(tmp_path / "later", events=events + [event(DUE + days(40), "dunning")], payments=paid)
    assert message_key(later(DUE + days(45))) == "dunning"


def test_an_instalment_due_before_the_plan_was_agreed_is_an_error(tmp_path):
    plan = [{"due": DUE + days(5), "amount": D("600.00")}]
    with pytest.raises(LedgerError) as error:
        one_debtor_ledger(tmp_path, events=[event(DUE + days(10), "arrangement", installments=plan)])
    assert "events[0].installments[0].due: must not be before the plan was agreed (2026-02-14) (got 2026-02-09)" in str(
        error.value
    )


def test_the_links_export_has_the_amount_the_page_asks_for(demo_site):
    import csv

    rows = {r["id"]: r for r in csv.DictReader((demo_site.internal / "links.csv").open(encoding="utf-8"))}
    assert (rows["D-1011"]["amount_due_now"], rows["D-1011"]["amount_to_pay"]) == ("0.00", "460.00")
    assert rows["D-1016"]["amount_to_pay"] == "0.00"  # written off: never asked for
    assert rows["D-1006"]["amount_to_pay"] == rows["D-1006"]["amount_due_now"]


# -- a promise made during a plan ----------------------------------------------------------------


def test_a_promise_during_a_plan_pauses_and_the_plan_stays(tmp_path):
    plan = [{"due": DUE + days(30), "amount": D("600.00")}, {"due": DUE + days(60), "amount": D("650.00")}]
    claim_on = dossier(
        tmp_path,
        events=[
            event(DUE + days(20), "arrangement", installments=plan),
            event(DUE + days(35), "promise", promised_date=DUE + days(40), amount=D("600.00")),
        ],
        payments=[payment(date=DUE + days(39), amount=D("600.00"))],
    )
    during = claim_on(DUE + days(36))  # the first instalment is in arrears; the promise covers it
    assert (during.status, during.plan.state, during.promise.state) == ("promise", "in_arrears", "pending")
    assert during.next_action.kind == "check_promise"
    kept = claim_on(DUE + days(45))
    assert (kept.status, kept.plan.state, kept.promise.state) == ("arrangement", "on_schedule", "kept")
    assert kept.next_action.kind == "check_installment" and kept.agreement_ended is None
    assert kept.amount_due_now == 0  # the next instalment is not due yet


def test_a_plan_agreed_after_a_promise_replaces_it(tmp_path):
    plan = [{"due": DUE + days(30), "amount": D("1250.00")}]
    claim = dossier(
        tmp_path,
        events=[
            event(DUE + days(5), "promise", promised_date=DUE + days(10)),
            event(DUE + days(20), "arrangement", installments=plan),
        ],
    )(DUE + days(25))
    assert (claim.status, claim.promise) == ("arrangement", None)


def test_a_final_notice_whose_term_has_passed_has_its_own_message(tmp_path):
    from incasso.statement.view import message_key

    claim_on = dossier(tmp_path, events=[event(date(2026, 3, 3), "final_notice")])
    assert message_key(claim_on(date(2026, 3, 19))) == "final_notice"  # the last day of the term
    assert message_key(claim_on(date(2026, 3, 20))) == "final_notice_passed"  # costs charged from here


# -- a missed instalment is reminded first --------------------------------------------------------

PLAN = [{"due": date(2026, 6, 15), "amount": D("300.00")}, {"due": date(2026, 7, 15), "amount": D("950.00")}]
BEFORE_PLAN = [event(date(2026, 4, 1), "reminder"), event(date(2026, 4, 15), "dunning")]


def test_one_missed_instalment_gets_a_friendly_reminder_before_the_final_notice(tmp_path):
    claim_on = dossier(tmp_path, events=BEFORE_PLAN + [event(date(2026, 4, 20), "arrangement", installments=PLAN)])
    claim = claim_on(date(2026, 6, 16))
    # Before: the final notice, the day after the missed instalment.
    assert (claim.next_action.kind, claim.next_action.due) == ("remind_installment", date(2026, 6, 16))
    assert claim.next_action.reason == "the instalment of 2026-06-15 was missed"


def test_after_the_instalment_reminder_the_usual_steps_follow_a_reminder_interval_later(tmp_path):
    reminded = event(date(2026, 6, 17), "reminder")
    claim_on = dossier(
        tmp_path, events=BEFORE_PLAN + [event(date(2026, 4, 20), "arrangement", installments=PLAN), reminded]
    )
    claim = claim_on(date(2026, 6, 20))
    assert (claim.next_action.kind, claim.next_action.due) == ("final_notice", date(2026, 7, 1))


def test_each_missed_instalment_is_reminded_first(tmp_path):
    # The first was reminded and then paid; the second is missed: a reminder of that one first.
    claim_on = dossier(
        tmp_path,
        events=BEFORE_PLAN
        + [event(date(2026, 4, 20), "arrangement", installments=PLAN), event(date(2026, 6, 16), "reminder")],
        payments=[payment(date=date(2026, 6, 20), amount=D("300.00"))],
    )
    assert claim_on(date(2026, 7, 1)).next_action.kind == "check_installment"  # back on schedule
    missed = claim_on(date(2026, 7, 16)).next_action
    assert (missed.kind, missed.due) == ("remind_installment", date(2026, 7, 16))


# Agreed on Tuesday 10 March 2026 with its first instalment that day. Staff enter it after that night's build, so
# the next night's build writes the confirmation, dated Wednesday 11 March; posted that day, two delivery days
# later it is assumed to arrive on Friday 13 March (claims.timing.confirmation_received, letter_received).
FIRST_ON_AGREED_DAY = [
    {"due": date(2026, 3, 10), "amount": D("500.00")},
    {"due": date(2026, 4, 25), "amount": D("750.00")},
]


def _plan_on(tmp_path, installments, channel=None, **changes):
    fields = {"channel": channel} if channel else {}
    return dossier(
        tmp_path, events=[event(date(2026, 3, 10), "arrangement", installments=installments, **fields)], **changes
    )


def test_an_instalment_due_before_the_plan_s_letter_arrives_is_reminded_only_after_the_day_the_letter_gives(tmp_path):
    """The reminder went out on 11 March, the day after the instalment, before the debtor had the confirmation that
    told them of it. Then (s51) it waited for the letter's arrival (13 March) + reminder_after_days: the 14th, a
    day after a letter that asked it "zo snel mogelijk". Now the letter asks it by 14 days after it arrives (the
    27th, dunning_after_days): a late confirmation does not make the debtor late. Reminded on the 28th."""
    claim_on = _plan_on(tmp_path, FIRST_ON_AGREED_DAY)
    early = claim_on(date(2026, 3, 11)).next_action
    assert (early.kind, early.due) == ("remind_installment", date(2026, 3, 28))
    assert not early.is_due(date(2026, 3, 27))
    assert early.reason == (
        "the instalment of 2026-03-10 was missed (the plan's confirmation arrives on 2026-03-13 and asks it by "
        "2026-03-27)"
    )
    assert claim_on(date(2026, 3, 28)).next_action.is_due(date(2026, 3, 28))


def test_the_reminder_of_an_instalment_due_before_arrival_follows_the_policy_s_intervals(tmp_path):
    # The letter's arrival (13 March) + dunning_after_days (7) = the 20th, + reminder_after_days (3).
    policy = {"reminder_after_days": 3, "dunning_after_days": 7}
    claim_on = _plan_on(tmp_path / "p", FIRST_ON_AGREED_DAY, policy=policy)
    assert claim_on(date(2026, 3, 11)).next_action.due == date(2026, 3, 23)


@pytest.mark.parametrize("channel", ["email", "portal"])
def test_a_plan_confirmed_by_e_mail_arrives_with_the_next_night_s_build_and_is_reminded_after_its_day(
    tmp_path, channel
):
    """E-mailed by the build of Wednesday 11 March, the night after the plan was entered, the confirmation arrives
    that day, not on the 10th: it asks the instalment of the 10th by the 25th, reminded on the 26th."""
    claim_on = _plan_on(tmp_path, FIRST_ON_AGREED_DAY, channel=channel)
    missed = claim_on(date(2026, 3, 11)).next_action
    assert (missed.kind, missed.due) == ("remind_installment", date(2026, 3, 26))
    assert missed.reason == (
        "the instalment of 2026-03-10 was missed (the plan's confirmation arrives on 2026-03-11 and asks it by "
        "2026-03-25)"
    )


def test_a_plan_agreed_by_phone_with_a_debtor_without_a_postal_address_is_confirmed_by_e_mail(tmp_path):
    # No address: no letter is posted (letters.due.forms), the e-mail the build of the 11th writes arrives that day;
    # it asks the instalment by the 25th, reminded the day after, the 26th.
    claim_on = _plan_on(tmp_path, FIRST_ON_AGREED_DAY, channel="phone", **{"contact.address": MISSING})
    assert claim_on(date(2026, 3, 11)).next_action.due == date(2026, 3, 26)


def test_a_plan_agreed_by_phone_and_confirmed_by_post_waits_for_the_letter(tmp_path):
    # Written on the 11th, posted that day, received on Friday the 13th: asked by the 27th, reminded on the 28th.
    claim_on = _plan_on(tmp_path, FIRST_ON_AGREED_DAY, channel="phone")
    assert claim_on(date(2026, 3, 11)).next_action.due == date(2026, 3, 28)


@pytest.mark.parametrize(
    "due, reminded, reason",
    [
        # Due the day it arrives (Friday the 13th): no day to pay by either, asked by the 27th (s51: the 14th).
        (
            date(2026, 3, 13),
            date(2026, 3, 28),
            " (the plan's confirmation arrives on 2026-03-13 and asks it by 2026-03-27)",
        ),
        (date(2026, 3, 16), date(2026, 3, 17), ""),  # due after it arrives: the day after, as always
    ],
)
def test_an_instalment_due_once_the_plan_s_letter_arrived_is_reminded_the_day_after(tmp_path, due, reminded, reason):
    claim_on = _plan_on(
        tmp_path, [{"due": due, "amount": D("500.00")}, {"due": date(2026, 4, 25), "amount": D("750.00")}]
    )
    missed = claim_on(due + days(1)).next_action
    assert (missed.kind, missed.due) == ("remind_installment", reminded)
    assert missed.reason == f"the instalment of {due} was missed{reason}"


# A final notice posted on Sunday 1 March 2026 (received on the 4th, its term's last day the 18th); the plan of
# FIRST_ON_AGREED_DAY agreed in its term. The confirmation asks the instalment gone by its arrival by the 18th
# ("Betaal hem dan uiterlijk 18 maart 2026", letters.terms.letter_deadline).
NOTICE_1_MARCH = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="letter"),
]


@pytest.mark.parametrize("channel, arrives", [(None, "2026-03-13"), ("email", "2026-03-11")])
def test_an_instalment_the_plan_s_letter_asks_by_the_term_s_last_day_is_reminded_only_after_that_day(
    tmp_path, channel, arrives
):
    """The reminder was due on 14 March (the letter's arrival on the 13th + reminder_after_days), before the 18th
    the letter itself gave: it waits for that day, as the letter's, posted or e-mailed (arriving on the 11th, the
    day the next night's build sends it)."""
    fields = {"channel": channel} if channel else {}
    plan = event(date(2026, 3, 10), "arrangement", installments=FIRST_ON_AGREED_DAY, **fields)
    claim_on = dossier(tmp_path, events=[*NOTICE_1_MARCH, plan])
    early = claim_on(date(2026, 3, 11)).next_action
    assert (early.kind, early.due) == ("remind_installment", date(2026, 3, 19))
    assert early.reason == (
        f"the instalment of 2026-03-10 was missed (the plan's confirmation arrives on {arrives} and asks it by "
        "2026-03-18)"
    )
    assert not claim_on(date(2026, 3, 18)).next_action.is_due(date(2026, 3, 18))
    on_the_day = claim_on(date(2026, 3, 19)).next_action
    assert (on_the_day.kind, on_the_day.due) == ("remind_installment", date(2026, 3, 19))


def test_an_instalment_due_after_the_plan_s_letter_arrives_in_the_term_is_reminded_the_day_after_as_before(tmp_path):
    plan = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, 3, 14), "amount": D("500.00")}, {"due": date(2026, 4, 25), "amount": 750}],
    )
    missed = dossier(tmp_path, events=[*NOTICE_1_MARCH, plan])(date(2026, 3, 15)).next_action
    assert (missed.kind, missed.due, missed.reason) == (
        "remind_installment",
        date(2026, 3, 15),
        "the instalment of 2026-03-14 was missed",
    )


def test_a_plan_on_schedule_and_a_handed_over_dossier_get_no_instalment_reminder(tmp_path):
    on_schedule = dossier(tmp_path, events=[event(date(2026, 4, 20), "arrangement", installments=PLAN)])
    assert on_schedule(date(2026, 6, 1)).next_action.kind == "check_installment"
    handed_over = dossier(
        tmp_path / "h",
        events=[event(date(2026, 4, 1), "handover"), event(date(2026, 4, 20), "arrangement", installments=PLAN)],
    )
    assert handed_over(date(2026, 6, 16)).next_action is None  # the agency handles its plan


# -- staff postpone the next step ----------------------------------------------------------------

WAIT = "Klant wacht op subsidie; betaalt eind november."


def postpone(on: date, until: date) -> dict:
    return event(on, "postpone", until=until, reason=WAIT, by="Sanne")


def test_a_postponement_moves_the_next_step_to_its_date(tmp_path):
    reminded = date(2026, 10, 1)  # the dunning letter would be due on 15 October
    claim_on = dossier(tmp_path, events=[event(reminded, "reminder"), postpone(date(2026, 10, 10), date(2026, 11, 30))])
    claim = claim_on(date(2026, 10, 20))
    assert (claim.next_action.kind, claim.next_action.due) == ("dunning", date(2026, 11, 30))
    assert claim.next_action.postponed.reason == WAIT
    assert not claim.next_action.is_due(date(2026, 11, 29)) and claim.next_action.is_due(date(2026, 11, 30))


def test_a_postponement_to_before_the_step_changes_nothing(tmp_path):
    claim = dossier(
        tmp_path, events=[event(date(2026, 10, 1), "reminder"), postpone(date(2026, 10, 2), date(2026, 10, 5))]
    )(date(2026, 10, 3))
    assert (claim.next_action.due, claim.next_action.postponed) == (date(2026, 10, 15), None)


def test_a_letter_sent_after_the_postponement_ends_it(tmp_path):
    claim = dossier(
        tmp_path,
        events=[
            event(date(2026, 10, 1), "reminder"),
            postpone(date(2026, 10, 10), date(2026, 12, 31)),
            event(date(2026, 10, 20), "dunning"),
        ],
    )(date(2026, 10, 21))
    assert (claim.next_action.kind, claim.next_action.due, claim.next_action.postponed) == (
        "call",
        date(2026, 10, 27),
        None,
    )


def test_a_postponement_never_moves_the_final_notice_term_or_its_costs(tmp_path):
    # E-mailed on Friday 11 December 2026: the term ends Monday 28 December, costs from the 29th.
    claim_on = dossier(
        tmp_path,
        events=[
            event(date(2026, 12, 11), "final_notice", channel="email"),
            postpone(date(2026, 12, 14), date(2027, 2, 1)),
        ],
        **AGREED,
    )
    waiting = claim_on(date(2026, 12, 28))
    assert (waiting.costs.state, waiting.costs.from_date) == ("announced", date(2026, 12, 29))
    assert (waiting.next_action.kind, waiting.next_action.due) == ("handover", date(2027, 2, 1))
    assert claim_on(date(2026, 12, 29)).costs.state == "charged"


@pytest.mark.parametrize(
    "events, check, due",
    [
        (
            [event(date(2026, 10, 1), "promise", promised_date=date(2026, 10, 15))],
            "check_promise",
            date(2026, 10, 16),
        ),
        ([event(date(2026, 10, 1), "dispute", reason="Oven werkt niet.")], "review_dispute", date(2026, 10, 31)),
    ],
)
def test_a_postponement_never_hides_a_check_on_a_pause(tmp_path, events, check, due):
    claim = dossier(tmp_path, events=events + [postpone(date(2026, 10, 2), date(2026, 12, 31))])(date(2026, 10, 10))
    assert (claim.next_action.kind, claim.next_action.due, claim.next_action.postponed) == (check, due, None)


def test_the_staff_see_the_postponement_and_todays_work_waits_for_it(tmp_path):
    from incasso.staff.explain import what_next
    from incasso.staff.overview import todays_work

    ledger = one_debtor_ledger(
        tmp_path, events=[event(date(2026, 10, 1), "reminder"), postpone(date(2026, 10, 10), date(2026, 11, 30))]
    )
    before, on_the_day = (assess(ledger, ledger.debtors[0], day) for day in (date(2026, 11, 29), date(2026, 11, 30)))
    assert what_next(before, ledger.creditor) == [
        # s53: a day still to come, by which the debtor may yet pay: said as a condition
        "Aanmaning sturen op 30 november 2026 als er dan nog niet (helemaal) betaald is: de herinnering ging uit op 1 "
        "oktober 2026; het beleid is een aanmaning 14 dagen daarna.",
        f"Uitgesteld tot 30 november 2026 (vastgelegd op 10 oktober 2026 door Sanne): {WAIT}",
    ]
    assert todays_work([before], date(2026, 11, 29)) == []
    assert [t.action.kind for t in todays_work([on_the_day], date(2026, 11, 30))] == ["dunning"]
    assert before.last_contact == date(2026, 10, 1)  # a postponement is no contact with the debtor


def test_invoices_falling_due_every_month_hold_the_handover_up_once_not_for_ever(tmp_path):
    # F1's notice on 3 March; F2 fell due on 10 March and had its own steps up to a second notice on 5 May.
    # F3 fell due on 10 May, after that notice: it does not start the steps again, the handover follows.
    monthly = [
        invoice(number=f"F2026-000{n}", date=date(2026, n + 1, 1), due=date(2026, n + 1, 10), amount=D("300.00"))
        for n in (2, 3, 4)
    ]
    ladder = [
        event(date(2026, 3, 3), "final_notice"),
        event(date(2026, 3, 20), "reminder"),
        event(date(2026, 4, 3), "dunning"),
        event(date(2026, 4, 10), "call", spoke_with="J. de Vries"),
        event(date(2026, 5, 5), "final_notice"),  # Liberation Day: posted the 6th, received the 8th
    ]
    claim = dossier(tmp_path, invoices=[invoice(), *monthly], events=ladder)(date(2026, 6, 1))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 5, 23))


def test_a_final_notice_sent_again_for_the_same_invoices_does_not_use_up_the_newer_invoices_steps(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 3, 1), due=date(2026, 3, 15), amount=D("300.00"))
    resent = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 10), "final_notice")]
    claim = dossier(tmp_path, invoices=[invoice(), later], events=resent)(date(2026, 3, 30))
    assert (claim.next_action.kind, claim.next_action.newer.number) == ("reminder", "F2026-0002")


def test_invoices_falling_due_every_week_join_the_oldest_newer_invoices_steps(tmp_path):
    weekly = [
        invoice(number=f"F2026-1{n:03d}", date=date(2026, 3, 1), due=date(2026, 3, 10) + days(7 * n), amount=D("100"))
        for n in range(8)
    ]
    ladder = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 20), "reminder")]
    claim = dossier(tmp_path, invoices=[invoice(), *weekly], events=ladder)(date(2026, 4, 10))
    # The ladder of the oldest (due 10 March) goes on, whatever fell due since: no new reminder each week.
    assert (claim.next_action.kind, claim.next_action.newer.number) == ("dunning", "F2026-1000")


def test_a_few_cents_left_of_a_newer_invoice_do_not_hold_the_handover_up(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 3, 1), due=date(2026, 3, 10), amount=D("300.00"))
    almost = payment(date=date(2026, 3, 25), amount=D("299.60"), invoice="F2026-0002")
    claim = dossier(
        tmp_path, invoices=[invoice(), later], events=[event(date(2026, 3, 3), "final_notice")], payments=[almost]
    )(date(2026, 4, 3))
    assert claim.next_action.kind == "handover"


def test_cents_overdue_beside_an_invoice_not_yet_due_are_not_chased(tmp_path):
    # The notice's amount was paid in its term; its interest (cents) is overdue, F2 is not yet due.
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 9), amount=D("700.00"))
    paid = payment(date=date(2026, 3, 10), amount=D("1250.00"), invoice="F2026-0001")
    claim = dossier(
        tmp_path,
        interest="statutory",
        invoices=[invoice(), later],
        events=[event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 20), "reminder")],
        payments=[paid],
    )(date(2026, 4, 3))
    assert 0 < claim.amount_overdue < D("5.00") and claim.total_due > D("700")
    assert claim.next_action is None  # no dunning letter over the cents; F2 has its own steps from its due date


def test_a_notice_sent_again_after_the_newer_invoice_was_paid_is_no_second_one(tmp_path):
    f2 = invoice(number="F2026-0002", date=date(2026, 3, 1), due=date(2026, 3, 10), amount=D("300.00"))
    f3 = invoice(number="F2026-0003", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("300.00"))
    notices = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 20), "final_notice")]
    paid = [payment(date=date(2026, 3, 12), amount=D("300.00"), invoice="F2026-0002")]
    claim = dossier(tmp_path, invoices=[invoice(), f2, f3], events=notices, payments=paid)(date(2026, 4, 20))
    assert (claim.next_action.kind, claim.next_action.newer.number) == ("reminder", "F2026-0003")


def test_a_final_notice_of_an_earlier_settled_episode_is_not_the_first_of_this_one(tmp_path):
    f0 = invoice(number="F2025-0100", date=date(2025, 9, 1), due=date(2025, 10, 1), amount=D("100.00"))
    f2 = invoice(number="F2026-0002", date=date(2026, 4, 10), due=date(2026, 5, 10), amount=D("300.00"))
    history = [
        event(date(2025, 11, 3), "final_notice"),
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(22), "call", spoke_with="J. de Vries"),
        event(date(2026, 3, 10), "final_notice"),
    ]
    paid = [payment(date=date(2025, 11, 5), amount=D("100.00"), invoice="F2025-0100")]
    claim = dossier(tmp_path, invoices=[f0, invoice(), f2], events=history, payments=paid)(date(2026, 6, 1))
    assert (claim.next_action.kind, claim.next_action.newer.number) == ("reminder", "F2026-0002")


def test_a_paid_final_notice_sets_no_stage_for_a_newer_invoice_but_stays_that_of_a_paid_claim(tmp_path):
    f2 = invoice(number="F2026-0002", date=date(2026, 4, 1), due=date(2026, 5, 1), amount=D("300.00"))
    history = [
        event(DUE + days(1), "reminder"),
        event(date(2026, 3, 3), "final_notice"),
        event(date(2026, 5, 2), "reminder"),
    ]
    paid_f1 = payment(date=date(2026, 3, 10), amount=D("1250.00"), invoice="F2026-0001")
    claim_on = dossier(tmp_path, invoices=[invoice(), f2], events=history, payments=[paid_f1])
    assert claim_on(date(2026, 5, 4)).stage == "reminder"  # F2's own reminder, not F1's final notice
    paid = dossier(
        tmp_path,
        invoices=[invoice(), f2],
        events=history,
        payments=[paid_f1, payment(date=date(2026, 5, 5), amount=D("300.00"))],
    )
    assert paid(date(2026, 5, 6)).stage == "final_notice"  # nothing owed: the heaviest letter sent


def test_a_new_invoice_after_a_handover_paid_in_full_is_ours_again(tmp_path):
    from incasso.statement.handler import handler_of

    f2 = invoice(number="F2026-0002", date=date(2026, 6, 1), due=date(2026, 7, 1), amount=D("800.00"))
    handover = event(date(2026, 4, 1), "handover", agency="Incasso BV", agency_iban="NL91ABNA0417164300")
    handover["agency_reference"] = "INC-78"
    paid = [payment(date=date(2026, 5, 1), amount=D("1250.00"), invoice="F2026-0001")]
    claim_on = dossier(tmp_path, invoices=[invoice(), f2], events=[handover], payments=paid)
    assert claim_on(date(2026, 4, 20)).stage == "handover"  # F1 still open: the agency's
    claim = claim_on(date(2026, 7, 5))
    assert (claim.stage, handler_of(claim)) == ("overdue", None)  # F2 is paid to us, with its own steps
    assert claim.next_action.kind == "reminder"


def test_a_handover_on_the_due_date_takes_what_fell_due_that_day(tmp_path):
    claim = dossier(tmp_path, events=[event(DUE, "handover")])(DUE + days(1))
    assert claim.stage == "handover" and claim.next_action is None


def test_a_new_claim_s_notice_paid_as_asked_naming_its_invoice_starts_again_friendly(tmp_path):
    # F0's notice was paid in its term but for the term's interest; F1's notice (a new claim, 1,775.00
    # stated) asked that rest too. Paid exactly, in its term, naming F1: what is left is the interest
    # again, chased from a friendly reminder, not handed over as "not received".
    f0 = invoice(number="F2025-0100", date=date(2025, 9, 1), due=date(2025, 10, 1), amount=D("20000.00"))
    notice = date(2026, 3, 10)
    history = [event(date(2025, 10, 10), "final_notice", channel="email")]
    history.append(event(notice, "final_notice", channel="email", costs=D("1775.00")))
    invoices = [f0, invoice(amount=D("100000.00"))]
    on_day = dossier(tmp_path / "a", interest="statutory", invoices=invoices, events=history[:1], **AGREED)
    first_asked = on_day(date(2025, 10, 10)).amount_overdue  # F0's, as its notice asked
    paid = [payment(date=date(2025, 10, 20), amount=first_asked, invoice="F2025-0100")]
    asked = dossier(tmp_path / "b", interest="statutory", invoices=invoices, events=history, payments=paid, **AGREED)(
        notice
    ).costs.asked_left
    paid.append(payment(date=notice + days(10), amount=asked, invoice="F2026-0001"))
    claim = dossier(tmp_path / "c", interest="statutory", invoices=invoices, events=history, payments=paid, **AGREED)(
        date(2026, 4, 10)
    )
    assert claim.costs.state == "none" and claim.amount_overdue > 0  # the term's interest
    assert claim.remainder_after_notice is not None and claim.next_action.kind == "reminder"


# -- a final notice's amount paid while its term runs ---------------------------------------------------

BIG = {"interest": "statutory", "invoices": [invoice(amount=D("10000.00"))], **AGREED}
EMAILED = event(date(2026, 4, 2), "final_notice", channel="email")  # term to 16 April, costs from 17 April


def _asked(tmp_path) -> Decimal:
    return dossier(tmp_path / "asked", events=[EMAILED], **BIG)(EMAILED["date"]).total_due


def test_a_reminder_sent_in_the_term_after_a_kept_promise_is_the_remainder_s_reminder(tmp_path):
    # The promise paid what the notice asked on 8 April; staff sent the reminder of the rest on 9 April.
    # Next comes the dunning letter, not a second friendly reminder after the term.
    asked = _asked(tmp_path)
    promised = event(date(2026, 4, 5), "promise", promised_date=date(2026, 4, 8), amount=asked)
    events = [EMAILED, promised, event(date(2026, 4, 9), "reminder", channel="email")]
    claim_on = dossier(tmp_path / "kept", events=events, payments=[payment(date=date(2026, 4, 8), amount=asked)], **BIG)
    for day in (date(2026, 4, 10), date(2026, 4, 17)):
        action = claim_on(day).next_action
        assert (action.kind, action.due) == ("dunning", date(2026, 4, 23))


def test_an_invoice_falling_due_after_the_notice_was_paid_as_asked_gets_its_reminder_not_a_handover(tmp_path):
    # F2026-0002 falls due on 9 April, in the term of a notice whose amount was paid on 8 April: no costs
    # and no handover follow that term, so the new invoice's own reminder is the next step (after the term).
    asked = _asked(tmp_path)
    newer = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 9), amount=D("500.00"))
    claim_on = dossier(
        tmp_path / "paid",
        interest="statutory",
        invoices=[invoice(amount=D("10000.00")), newer],
        events=[EMAILED],
        payments=[payment(date=date(2026, 4, 8), amount=asked)],
        **AGREED,
    )
    for day in (date(2026, 4, 10), date(2026, 4, 16)):
        action = claim_on(day).next_action
        assert (action.kind, action.due, action.newer.number) == ("reminder", date(2026, 4, 17), "F2026-0002")


# -- a call set no earlier than the final notice (s53) ---------------------------------------

REMINDED_ON, DUNNED_ON = date(2026, 2, 5), date(2026, 2, 19)


def _dunned(tmp_path, call_after: int, *more):
    ledger = one_debtor_ledger(
        tmp_path,
        policy={"call_after_days": call_after},
        events=[event(REMINDED_ON, "reminder"), event(DUNNED_ON, "dunning"), *more],
    )
    return ledger, lambda night: assess(ledger, ledger.debtors[0], DUNNED_ON + days(night))


@pytest.mark.parametrize("call_after", [14, 21])
def test_a_call_set_no_earlier_than_the_final_notice_is_no_step_and_the_letter_asks_by_the_notice_s_eve(
    tmp_path, call_after
):
    """The call is the step only until the final notice is due: set on its day or later, it never comes. The final
    notice is the next step from the dunning letter on, and the day to pay is its eve: before s53, with 21 days the
    page asked payment by the eve of the call (day 20) while the final notice came on day 14."""
    ledger, claim_on = _dunned(tmp_path, call_after)
    for night in (1, 13, 14):
        action = claim_on(night).next_action
        assert (action.kind, action.due) == ("final_notice", DUNNED_ON + days(14)), night
    assert payment_deadline(claim_on(1), ledger.creditor) == DUNNED_ON + days(13)


def test_a_wait_asked_after_the_dunning_letter_moves_that_final_notice_and_the_day_to_pay_with_it(tmp_path):
    """A `postpone` recorded before the final notice's day, to after the call's: the final notice waits till its
    end, the page asks by its eve (as when the wait held a call back), and no call comes in between."""
    wait = event(DUNNED_ON + days(3), "postpone", until=DUNNED_ON + days(25), reason="Schuldhulp neemt contact op")
    ledger, claim_on = _dunned(tmp_path, 21, wait)
    for night in (4, 14, 21, 24):
        action = claim_on(night).next_action
        assert (action.kind, action.due) == ("final_notice", DUNNED_ON + days(25)), night
        assert payment_deadline(claim_on(night), ledger.creditor) == DUNNED_ON + days(24), night
    assert claim_on(25).next_action.is_due(DUNNED_ON + days(25))
