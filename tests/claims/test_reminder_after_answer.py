"""A missed instalment's reminder after a dispute's answer waits for the answer's term, as every other step does
(claims.escalation.answer_resumes; docs/computation.md "After a dispute's answer").

One consumer invoice of 1,250.00 due 4 February 2026, reminded and dunned, then a plan of three instalments (1 March,
1 April, 1 May) of which the first is paid. The second is missed: its reminder's own day is 2 April. The answer's
term counts the answer's day as its first (resume_after_dispute_days 14): answered on 8 April, up to 21 April.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import ActionKind, PlanState, Status
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
PLAN = [
    {"due": date(2026, 3, 1), "amount": D("300.00")},
    {"due": date(2026, 4, 1), "amount": D("300.00")},
    {"due": date(2026, 5, 1), "amount": D("650.00")},
]
FIRST_PAID = [payment(date=date(2026, 3, 1), amount=D("300.00"))]
PLANNED = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
AGREED = event(date(2026, 2, 20), "arrangement", installments=PLAN)
OWN_DAY = date(2026, 4, 2)  # the reminder's day by the policy: the day after the missed instalment


def _claim(tmp_path, on: date, events: list[dict], **changes):
    ledger = one_debtor_ledger(tmp_path / str(on), payments=FIRST_PAID, events=events, **changes)
    claim = assess(ledger, ledger.debtors[0], on)
    assert claim.status == Status.ARRANGEMENT and claim.running_plan.state == PlanState.IN_ARREARS
    return claim


def _answered(raised: date, answered: date, **fields) -> list[dict]:
    return [
        event(raised, "dispute", reason="Levering was niet compleet", **fields),
        event(answered, "dispute_resolved"),
    ]


def test_the_reminder_waits_for_the_day_after_the_answer_s_term(tmp_path) -> None:
    events = [*PLANNED, AGREED, *_answered(date(2026, 4, 3), date(2026, 4, 8))]
    waiting = _claim(tmp_path, date(2026, 4, 21), events).next_action  # the term's last day
    assert waiting is not None and waiting.kind == ActionKind.REMIND_INSTALLMENT
    assert waiting.due == date(2026, 4, 22) and not waiting.is_due(date(2026, 4, 21))
    assert waiting.reason == (
        "the instalment of 2026-04-01 was missed; the answer to the dispute gives a term up to 2026-04-21"
    )
    due = _claim(tmp_path, date(2026, 4, 22), events).next_action
    assert due is not None and due.kind == ActionKind.REMIND_INSTALLMENT and due.is_due(date(2026, 4, 22))


@pytest.mark.parametrize(
    "answered, reminded",
    [
        (date(2026, 3, 19), OWN_DAY),  # the term ends on 1 April, the instalment's day: its own day stands
        (date(2026, 3, 20), date(2026, 4, 3)),  # the term ends on 2 April, the reminder's own day: the day after
    ],
)
def test_the_reminder_s_own_day_stands_when_the_answer_s_term_ends_before_it(tmp_path, answered, reminded) -> None:
    events = [*PLANNED, AGREED, *_answered(date(2026, 3, 10), answered)]
    action = _claim(tmp_path, date(2026, 4, 3), events).next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, reminded)
    assert ("answer" in action.reason) == (reminded != OWN_DAY)


def test_the_dunning_step_after_the_reminder_counts_from_the_reminder_sent(tmp_path) -> None:
    """Sent on the day after the term, the usual steps follow the reminder's interval after it, as before."""
    events = [*PLANNED, AGREED, *_answered(date(2026, 4, 3), date(2026, 4, 8)), event(date(2026, 4, 22), "reminder")]
    action = _claim(tmp_path, date(2026, 4, 23), events).next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.FINAL_NOTICE, date(2026, 5, 6))


def test_a_dispute_of_another_invoice_answered_holds_the_reminder_as_it_holds_every_step(tmp_path) -> None:
    """A dispute naming an invoice the plan is not about: its answer's term applies to the whole dossier
    (escalation.pause_ended, docs/computation.md "Disputes of one invoice"), the reminder of the plan's instalment
    included."""
    later = invoice(number="F-B", date=date(2026, 3, 2), amount="400.00", due=date(2026, 3, 16))
    events = [*PLANNED, AGREED, *_answered(date(2026, 3, 20), date(2026, 4, 8), invoices=["F-B"])]
    first = invoice(number="F-A", amount="1250.00", due=DUE)
    action = _claim(tmp_path, date(2026, 4, 9), events, invoices=[first, later]).next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 4, 22))


def test_the_reminder_of_an_instalment_alone_overdue_waits_for_the_answer_too(tmp_path) -> None:
    """Only a few cents overdue besides the plan, whose invoice is not yet due (escalation.next_action's chase
    minimum): the instalment's reminder goes by the same rule."""
    plan = [{"due": date(2026, month, 20), "amount": 400} for month in (3, 4, 5)]
    ledger = one_debtor_ledger(
        tmp_path,
        interest="statutory",
        invoices=[
            invoice(number="A", amount="1000.00", due=DUE),
            invoice(number="B", date=date(2026, 3, 1), amount="1200.00", due=date(2026, 3, 31)),
        ],
        payments=[payment(date=date(2026, 2, 25), amount="1000.00", invoice="A")],
        events=[
            event(date(2026, 3, 10), "arrangement", channel="phone", installments=plan),
            *_answered(date(2026, 3, 12), date(2026, 3, 16)),
        ],
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 25))
    assert 0 < claim.amount_due_apart_from_a_plan < D("5.00")
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 3, 30))
