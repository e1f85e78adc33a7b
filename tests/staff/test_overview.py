"""The staff overview's core: order, totals, today's work, flags, ageing, JSON and changes.

The fixture ledger (tests/fixtures/staff) holds one dossier per stage and
status, without interest, so every expected figure below follows from the
YAML by hand; each expectation says which rule it checks.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.dossier_notes import dossier_notes
from incasso.claims.states import STAGES, Status
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.payments.reference import rf_reference
from incasso.staff.ageing import BUCKETS, ageing, bucket, chart, claim_ageing
from incasso.staff.changes import (
    Changes,
    Entry,
    changes_markdown,
    compare,
    ids_changed_note,
    parse_previous,
    parse_previous_lines,
    with_earlier_today,
)
from incasso.staff.explain import what_next, why_stage
from incasso.staff.exports import CLAIMS_FORMAT, CLAIMS_VERSION, claims_document, claims_json
from incasso.staff.language import speaking
from incasso.staff.overview import (
    FLAG_KINDS,
    FlagKind,
    dossier_path,
    flags,
    is_closed,
    next_step,
    personal_link,
    signals,
    staff_rows,
    stage_groups,
    todays_work,
)
from incasso.staff.search import search_fields
from incasso.staff.view import flag_detail
from incasso.staff.words import UI
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment
from tests.support.site import AS_OF, DEMO_LEDGER, REPO, ledger_as_built
from tests.support.staff_fixture import D1, D2, FIXTURE, second_ledger

D = Decimal

STATUSES = tuple(Status)


def assessed(root: Path, as_of: date):
    ledger = load_ledger(root)
    return ledger, [assess(ledger, d, as_of) for d in ledger.debtors]


@pytest.fixture(scope="module")
def book():
    return assessed(FIXTURE / "ledger", D1)


@pytest.fixture(scope="module")
def claims(book):
    return book[1]


@pytest.fixture(scope="module")
def policy(book):
    return book[0].creditor.policy


def by_id(claims, debtor_id):
    return next(c for c in claims if c.debtor.id == debtor_id)


def test_the_fixture_covers_every_stage_and_status(claims):
    assert {c.stage for c in claims} == set(STAGES)
    # A settlement's two (running, settled) are built by tests/staff/test_settlement_staff.py's own ledger: added to
    # this fixture they would change the counts every staff page test of it reads.
    assert {c.status for c in claims} == set(STATUSES) - {Status.SETTLEMENT, Status.SETTLED}


def test_stages_most_advanced_first_then_next_action_then_amount(claims):
    # Within reminder: the dispute's review (31 May) and the broken promise's dunning
    # (2 June) are the most overdue; D and E are both due 25 June: 1200 before 800.
    order = [(g.key, [c.debtor.id for c in g.claims]) for g in stage_groups(claims)]
    assert order == [
        ("legal", ["O-LEGAL"]),
        ("handover", ["N-HANDOVER"]),
        ("final_notice", ["M-FINAL-DUE", "L-FINAL"]),
        ("dunning", ["K-PLAN-LATE", "H-CALL", "I-PROMISE", "J-PLAN-OK"]),
        ("reminder", ["G-DISPUTE", "F-BROKEN", "D-REM-BIG", "E-REM-SMALL"]),
        ("overdue", ["C-SILENT", "B-OVER"]),
        ("open", ["A-OPEN"]),
        ("paid", ["P-PAID"]),
        ("settled", []),
        ("written_off", ["Q-OFF"]),
    ]


def test_per_stage_count_and_outstanding(claims):
    # Principal + costs (no interest): M 2500 + 375 costs, N 900 + 135, O 5000 + 625;
    # J and K have paid 800 and 300 of 1200 and 900.
    totals = {g.key: (g.count, g.outstanding) for g in stage_groups(claims)}
    assert totals == {
        "legal": (1, Decimal("5625.00")),
        "handover": (1, Decimal("1035.00")),
        "final_notice": (2, Decimal("4375.00")),
        "dunning": (4, Decimal("2650.00")),
        "reminder": (4, Decimal("3100.00")),
        "overdue": (2, Decimal("500.00")),
        "open": (1, Decimal("500.00")),
        "paid": (1, Decimal("0.00")),
        "settled": (0, Decimal("0")),
        "written_off": (1, Decimal("120.00")),
    }
    for group in stage_groups(claims):
        assert group.outstanding == sum(c.total_due for c in group.claims)


def test_closed_claims_only_in_their_own_groups_at_the_end(claims):
    groups = stage_groups(claims)
    assert [g.closed for g in groups] == [False] * len(STAGES) + [True, True, True]
    assert not any(is_closed(c) for g in groups if not g.closed for c in g.claims)
    assert sum(g.count for g in groups) == len(claims)


def test_paused_claims_are_the_dispute_the_promise_and_the_plan_on_schedule(claims):
    assert {c.debtor.id for c in claims if c.paused} == {"G-DISPUTE", "I-PROMISE", "J-PLAN-OK"}


def test_todays_work_oldest_first_then_larger_amount(claims):
    tasks = [(t.claim.debtor.id, t.action.kind, t.action.due, t.is_check) for t in todays_work(claims, D1)]
    assert tasks == [
        ("C-SILENT", "reminder", date(2026, 4, 2), False),
        ("M-FINAL-DUE", "handover", date(2026, 4, 21), False),  # Good Friday, then a Saturday (Atw)
        ("G-DISPUTE", "review_dispute", date(2026, 5, 31), True),
        ("F-BROKEN", "dunning", date(2026, 6, 2), False),
        ("K-PLAN-LATE", "remind_installment", date(2026, 6, 16), False),
        ("B-OVER", "reminder", date(2026, 6, 21), False),
        # The same day: the larger amount the list shows first, E's 800.00 before the 700.00 overdue of
        # D's 1,200.00 (not by what is open in all, which put D first beside a smaller figure).
        ("E-REM-SMALL", "dunning", date(2026, 6, 25), False),
        ("D-REM-BIG", "dunning", date(2026, 6, 25), False),
        ("H-CALL", "call", date(2026, 6, 27), False),
    ]
    assert todays_work(claims, D1)[0].waiting_days == (D1 - date(2026, 4, 2)).days
    same_day = [t.amount for t in todays_work(claims, D1) if t.action.due == date(2026, 6, 25)]
    assert same_day == [Decimal("800.00"), Decimal("700.00")]


def test_checks_join_todays_work_on_the_day_they_fall_due(claims):
    # I-PROMISE's check is due the day after the promised 5 July; J-PLAN-OK's after its 5 July instalment.
    on_the_day = {t.claim.debtor.id: t.action.kind for t in todays_work(claims, date(2026, 7, 6)) if t.is_check}
    assert on_the_day["I-PROMISE"] == "check_promise"
    assert "I-PROMISE" not in {t.claim.debtor.id for t in todays_work(claims, date(2026, 7, 5))}


def test_flags_per_claim(book, claims, policy):
    creditor = book[0].creditor
    raised = {c.debtor.id: [f.kind for f in flags(c, policy, notes=dossier_notes(c, creditor))] for c in claims}
    assert {k: v for k, v in raised.items() if v} == {
        # B-OVER has no phone number, but no step of theirs calls: no signal (a shop that writes needs none).
        "C-SILENT": ["no_contact", "missing_contact"],
        "F-BROKEN": ["broken_promise"],
        "G-DISPUTE": ["dispute_too_long"],  # the dispute's own signal: no "no contact" beside it
        # Last contact: the plan of 20 April; it ran on schedule until 15 June, so no silence before that.
        "K-PLAN-LATE": ["plan_in_arrears"],
        # Final notice of 1 April, by e-mail to a consumer with no postal address: its costs hold only if they
        # agreed to e-mail, which staff check before the handover it leads to (the next step of both).
        "L-FINAL": ["note_before_step"],
        "M-FINAL-DUE": ["no_contact", "note_before_step"],
    }
    assert_every_signal_is_tested({k for v in raised.values() for k in v})


# The signals the staff fixture does not raise, each with the test that does (a ledger of its own): the fixture has
# no money over and no bank statements, no dispute naming its invoices, no small rest or credit, no part payment, no
# note but about the next step. A new signal kind (FlagKind) the fixture does not raise goes here too.
TESTED_ELSEWHERE = {
    "part_payment": "tests/staff/test_part_payment.py",  # a part payment before the next letter
    "passed_on_over": "tests/staff/test_pass_on.py",  # more passed on to the agency than came in
    "credit": "tests/staff/test_overview.py",  # test_a_credit_is_flagged_even_on_a_paid_claim
    "awaits_bank": "tests/staff/test_overview.py",  # test_a_promise_or_instalment_past_the_last_bank_statement...
    "dossier_note": "tests/staff/test_notes.py",  # a note not about the next step
    "disputed_invoices": "tests/claims/test_invoice_disputes.py",  # a dispute naming its invoices
    "small_rest": "tests/staff/test_small_rest.py",  # a rest below the chase minimum that nothing chases
    "small_credit": "tests/staff/test_small_credit.py",  # a credit of a few cents
    "possible_payment": "tests/staff/test_bank_section.py",
    "payment_returned": "tests/staff/test_returns.py",
    "refund_returned": "tests/staff/test_returns.py",
    "paid_after_write_off": "tests/staff/test_paid_after_write_off.py",
    "settlement_lapsed": "tests/staff/test_settlement_staff.py",  # a settlement missed
}


def assert_every_signal_is_tested(raised: set[str]) -> None:
    """Every signal kind is raised by the staff fixture or listed, with the test that raises it, in
    TESTED_ELSEWHERE: the failure says which kind and where it goes (it said "Extra items in the left set")."""
    here = "TESTED_ELSEWHERE in tests/staff/test_overview.py"
    kinds = {str(kind) for kind in FLAG_KINDS}
    untested = sorted(kinds - raised - set(TESTED_ELSEWHERE))
    assert not untested, (
        f"signal kind {', '.join(untested)}: the staff fixture (tests/fixtures/staff) raises no such signal. "
        f"Raise it in a test of its own and list it in {here}, with that test's file (or add it to the fixture "
        "and to the expected flags of test_flags_per_claim)"
    )
    both = sorted(raised & set(TESTED_ELSEWHERE))
    assert not both, f"the staff fixture raises {', '.join(both)} now: take it out of {here}"
    gone = sorted(set(TESTED_ELSEWHERE) - kinds)
    assert not gone, f"{', '.join(gone)} is no signal kind (FlagKind) any more: take it out of {here}"
    for kind, test in TESTED_ELSEWHERE.items():
        source = (REPO / test).read_text(encoding="utf-8") if (REPO / test).is_file() else ""
        named = f'"{kind}"' in source or f"FlagKind.{kind.upper()}" in source
        assert named, f"{here}: {test} is to raise the signal {kind}, but it does not name it"


def test_a_promise_or_instalment_past_the_last_bank_statement_waits_for_it_and_says_so(tmp_path):
    """Nothing is judged broken on days whose payments are not read: staff are told to read them in."""
    from dataclasses import replace

    promised, stamp = date(2026, 3, 2), date(2026, 2, 25)
    events = [event(date(2026, 2, 20), "promise", promised_date=promised, amount=Decimal("500.00"))]
    ledger = one_debtor_ledger(tmp_path / "promise", events=events)
    behind = replace(ledger, bank_until=stamp)
    claim = assess(behind, behind.debtors[0], date(2026, 3, 10))
    assert claim.status == "promise" and claim.promise.state == "pending"
    assert claim.next_action.kind == "check_promise"
    (flag,) = flags(claim, behind.creditor.policy)
    assert flag_detail(flag) == (
        f"{fmt.money(Decimal('500.00'))} toegezegd voor 2 maart 2026, maar betalingen zijn verwerkt tot en met "
        "25 februari 2026: lees eerst de afschriften van daarna in bank/ in"
    )
    # Once the statements reach the promised day, the promise is judged: broken.
    caught_up = assess(replace(ledger, bank_until=promised), ledger.debtors[0], date(2026, 3, 10))
    assert caught_up.promise.state == "broken"
    assert [f.kind for f in flags(caught_up, ledger.creditor.policy)] == ["broken_promise"]

    plan = [{"due": date(2026, 2, 15), "amount": Decimal("600.00")}, {"due": promised, "amount": Decimal("650.00")}]
    installments = one_debtor_ledger(
        tmp_path / "plan",
        events=[event(date(2026, 2, 10), "arrangement", installments=plan)],
        payments=[payment(date=date(2026, 2, 15), amount=Decimal("600.00"))],
    )
    claim = assess(replace(installments, bank_until=stamp), installments.debtors[0], date(2026, 3, 10))
    assert claim.plan.state == "on_schedule" and claim.plan.installments[1].state == "unseen"
    assert claim.next_action.kind == "check_installment"
    assert [f.wording for f in flags(claim, installments.creditor.policy)] == ["awaits_bank_installment"]


def test_a_credit_is_flagged_even_on_a_paid_claim():
    # The demo's D-1014 paid EUR 320.00 on a balance of 318.40 plus interest: the rest is the debtor's.
    ledger = ledger_as_built(DEMO_LEDGER)
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "D-1014"), AS_OF)
    assert claim.status == "paid" and claim.settlement.credit > 0
    raised = flags(claim, ledger.creditor.policy)
    assert [f.kind for f in raised] == ["credit"]
    assert raised[0].amount == claim.settlement.credit
    assert fmt.money(claim.settlement.credit) in flag_detail(raised[0])


# -- a credit is work: refund it or set it off -----------------------------------------------------


@pytest.fixture(scope="module")
def demo():
    ledger = ledger_as_built(DEMO_LEDGER)  # D-1014's payment came in through the bank
    return ledger, [assess(ledger, d, AS_OF) for d in ledger.debtors]


def test_a_credit_on_a_paid_claim_is_in_todays_work_with_its_amount(demo):
    ledger, claims = demo
    refunds = [t for t in todays_work(claims, AS_OF) if t.action.kind == "refund_credit"]
    assert [(t.claim.debtor.id, t.action.due, t.amount, t.is_check) for t in refunds] == [
        ("D-1014", date(2026, 11, 4), Decimal("1.11"), False)  # the payment of 4 November left 1.11 over
    ]
    d1014 = refunds[0].claim
    assert d1014.status == "paid" and d1014.next_action is None  # the escalation policy stays out of it
    assert refunds[0].waiting_days == 18


def test_a_credit_is_a_signal_also_on_a_closed_claim(demo):
    ledger, claims = demo
    rows = staff_rows(claims, ledger.creditor.policy, {c.debtor.id: "" for c in claims})
    assert [(f.kind, r.id) for f, r in signals(rows) if f.kind == "credit"] == [("credit", "D-1014")]


def test_what_next_for_a_credit_is_the_refund_not_nothing(demo):
    ledger, claims = demo
    lines = what_next(by_id(claims, "D-1014"), ledger.creditor)
    assert lines == [
        "Tegoed terugbetalen sinds 4 november 2026: er is EUR\xa01,11 te veel betaald. Dat is geld van de "
        "debiteur: terugbetalen, of verrekenen met een nieuwe factuur."
    ]
    assert next_step(by_id(claims, "D-1014")).kind == "refund_credit"


def test_a_refund_recorded_clears_the_task_and_the_signal(tmp_path):
    overpaid = [payment(date=date(2026, 3, 2), amount=Decimal("1300.00"))]
    refunded = event(date(2026, 3, 9), "refund", amount=Decimal("50.00"), channel="email", by="Sanne")
    ledger = one_debtor_ledger(tmp_path, payments=overpaid, events=[refunded])
    policy = ledger.creditor.policy
    for day, work in ((date(2026, 3, 8), [("refund_credit", Decimal("50.00"))]), (date(2026, 3, 9), [])):
        claim = assess(ledger, ledger.debtors[0], day)
        assert [(t.action.kind, t.amount) for t in todays_work([claim], day)] == work
        assert [f.kind for f in flags(claim, policy)] == (["credit"] if work else [])
    assert next_step(claim) is None
    assert what_next(claim, ledger.creditor) == ["Niets meer te doen."]
    assert "Tegoed terugbetaald: EUR\xa050,00, laatst op 9 maart 2026." in why_stage(claim)
    record = claims_document([claim], claim.as_of, policy, lambda c: "")["claims"][0]
    assert (record["credit"], record["refunded"]) == ("0.00", "50.00")


def test_a_promise_broken_after_a_handover_clears_with_a_call_no_letter_of_ours_follows(tmp_path):
    events = [
        event(date(2026, 2, 5), "final_notice"),
        event(date(2026, 3, 1), "handover", agency="Incasso B.V."),
        event(date(2026, 3, 2), "promise", promised_date=date(2026, 3, 10)),
    ]
    broken = one_debtor_ledger(tmp_path / "broken", events=events)
    claim = assess(broken, broken.debtors[0], date(2026, 3, 20))
    assert claim.stage == "handover" and "broken_promise" in [f.kind for f in flags(claim, broken.creditor.policy)]
    called = one_debtor_ledger(
        tmp_path / "called", events=[*events, event(date(2026, 3, 12), "call", spoke_with="Jan")]
    )
    claim = assess(called, called.debtors[0], date(2026, 3, 20))
    assert "broken_promise" not in [f.kind for f in flags(claim, called.creditor.policy)]


def test_a_rest_under_the_chase_minimum_says_why_no_step_is_planned_and_what_staff_may_do(tmp_path):
    # The invoice paid to the cent on its due date + 10 days: the interest of those days is left, EUR 0,55.
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", payments=[payment(date=date(2026, 2, 14), amount=Decimal("1250.00"))]
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 20))
    assert 0 < claim.total_due < ledger.creditor.policy.chase_minimum and claim.next_action is None
    assert what_next(claim, ledger.creditor) == [
        f"Geen stap gepland: er staat nog {fmt.money(claim.total_due)} open, minder dan het minimum om na te lopen "
        "(EUR\xa05,00, chase_minimum). De debiteur krijgt er geen herinnering voor. Laten staan, of afschrijven "
        "met een written_off in het dossier."
    ]


def test_an_instalment_due_before_the_plan_s_letter_arrives_is_today_s_work_only_after_the_day_it_gives(tmp_path):
    # Agreed on Tuesday 10 March, first instalment that day: the letter, written by the next night's build on the
    # 11th and posted then, arrives on Friday the 13th and asks it by 14 days later, the 27th; reminded from the 28th
    # (s51: from the 14th, the day after a letter that asked it "zo snel mogelijk").
    plan = [{"due": date(2026, 3, 10), "amount": Decimal("500.00")}, {"due": date(2026, 4, 25), "amount": 750}]
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 3, 10), "arrangement", installments=plan)])
    waiting = assess(ledger, ledger.debtors[0], date(2026, 3, 11))
    assert [t.action.kind for t in todays_work([waiting], waiting.as_of)] == []
    assert what_next(waiting, ledger.creditor) == [
        # s53: a day still to come, by which the debtor may yet pay: said as a condition, not as a miss
        "Herinnering gemiste termijn sturen op 28 maart 2026 als de termijn van 10 maart 2026 (EUR\xa0500,00) dan nog "
        "niet (helemaal) betaald is: eerst een vriendelijke herinnering voor die termijn; de gewone stappen volgen pas "
        "daarna.",
        "Later dan het beleid: de bevestiging van de regeling wordt aangenomen binnen te zijn op 13 maart 2026, niet "
        "vóór de dag van de termijn. Daarom vraagt zij de termijn uiterlijk 27 maart 2026, 14 dagen na die dag (zoals "
        "een herinnering: dunning_after_days). De herinnering gaat pas daarna uit: een bevestiging die laat komt, maakt "
        "de debiteur niet te laat.",
    ]
    assert [t.action.kind for t in todays_work([waiting], date(2026, 3, 27))] == []
    assert not [f for f in flags(waiting, ledger.creditor.policy) if f.kind == FlagKind.PLAN_IN_ARREARS]
    due = assess(ledger, ledger.debtors[0], date(2026, 3, 28))
    assert [t.action.kind for t in todays_work([due], due.as_of)] == ["remind_installment"]
    assert [f.kind for f in flags(due, ledger.creditor.policy)] == [FlagKind.PLAN_IN_ARREARS]


def test_an_instalment_asked_by_the_next_instalment_s_day_says_so(tmp_path):
    # Agreed on 10 March with instalments on the 10th and the 20th: the letter arrives on the 13th and asks the first
    # by the second's day, sooner than 14 days after it.
    plan = [{"due": date(2026, 3, 10), "amount": Decimal("500.00")}, {"due": date(2026, 3, 20), "amount": 750}]
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 3, 10), "arrangement", installments=plan)])
    waiting = assess(ledger, ledger.debtors[0], date(2026, 3, 11))
    assert what_next(waiting, ledger.creditor)[1] == (
        "Later dan het beleid: de bevestiging van de regeling wordt aangenomen binnen te zijn op 13 maart 2026, niet "
        "vóór de dag van de termijn. Daarom vraagt zij de termijn uiterlijk 20 maart 2026, samen met de volgende "
        "termijn van die dag. De herinnering gaat pas daarna uit: een bevestiging die laat komt, maakt de debiteur niet "
        "te laat."
    )


def test_an_instalment_the_plan_s_letter_asks_by_the_term_s_last_day_is_today_s_work_only_after_that_day(tmp_path):
    # In the term of a final notice posted on 1 March (last day 18 March), a plan agreed on Tuesday 10 March, first
    # instalment that day: the letter, written and posted on the 11th, arrives on the 13th and asks it by the 18th.
    plan = [{"due": date(2026, 3, 10), "amount": Decimal("500.00")}, {"due": date(2026, 4, 25), "amount": 750}]
    notice = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 10), "dunning"),
        event(date(2026, 3, 1), "final_notice", channel="letter"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=[*notice, event(date(2026, 3, 10), "arrangement", installments=plan)])
    waiting = assess(ledger, ledger.debtors[0], date(2026, 3, 13))
    assert [t.action.kind for t in todays_work([waiting], waiting.as_of)] == []
    assert what_next(waiting, ledger.creditor) == [
        "Herinnering gemiste termijn sturen op 19 maart 2026 als de termijn van 10 maart 2026 (EUR\xa0500,00) dan nog "
        "niet (helemaal) betaald is: eerst een vriendelijke herinnering voor die termijn; de gewone stappen volgen pas "
        "daarna.",
        "Later dan het beleid: de bevestiging van de regeling wordt aangenomen binnen te zijn op 13 maart 2026, niet "
        "vóór de dag van de termijn. Daarom vraagt zij de termijn uiterlijk 18 maart 2026, de dag vóór de "
        "aangekondigde incassokosten verschuldigd zijn. De herinnering gaat pas daarna uit.",
    ]
    assert [t.action.kind for t in todays_work([waiting], date(2026, 3, 18))] == []
    due = assess(ledger, ledger.debtors[0], date(2026, 3, 19))
    assert [t.action.kind for t in todays_work([due], due.as_of)] == ["remind_installment"]


def test_a_credit_on_a_written_off_claim_is_work_too(tmp_path):
    ledger = one_debtor_ledger(
        tmp_path,
        payments=[payment(date=date(2026, 3, 2), amount=Decimal("1300.00"))],
        events=[event(date(2026, 3, 20), "written_off")],
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 1))
    assert claim.status == "written_off"
    assert [(t.action.kind, t.amount) for t in todays_work([claim], claim.as_of)] == [
        ("refund_credit", Decimal("50.00"))
    ]
    assert what_next(claim, ledger.creditor)[0].startswith("Tegoed terugbetalen sinds 2 maart 2026")


@pytest.mark.parametrize(
    "debtor_id, details",
    [
        ("B-OVER", []),  # no phone number, but its next step is a reminder: no call needs one
        # No address either: no letter can go out, so that comes first.
        (
            "C-SILENT",
            [
                "geen adres, e-mailadres of telefoonnummer: geen brief kan weg; zet ten minste een adres onder "
                "contact: in het dossierbestand"
            ],
        ),
    ],
)
def test_missing_contact_says_what_is_missing(claims, policy, debtor_id, details):
    found = [f for f in flags(by_id(claims, debtor_id), policy) if f.kind == "missing_contact"]
    assert [flag_detail(f) for f in found] == details


def test_flag_details_name_the_dates_and_amounts(claims, policy):
    details = {
        f.kind: flag_detail(f) for c in claims for f in flags(c, policy) if c.debtor.id in ("F-BROKEN", "K-PLAN-LATE")
    }
    assert details["broken_promise"] == "EUR\xa0400,00 toegezegd voor 1 juni 2026; niets ontvangen"
    # The dossier's why-line says it in the same words: "EUR 0,00 ontvangen" read as an amount, where none came.
    assert "EUR\xa0400,00 voor 1 juni 2026 toegezegd, niets ontvangen." in " ".join(
        why_stage(by_id(claims, "F-BROKEN"))
    )
    assert details["plan_in_arrears"] == "EUR\xa0300,00 achterstallig, termijn van 15 juni 2026 niet betaald"
    silent = next(f for f in flags(by_id(claims, "C-SILENT"), policy) if f.kind == "no_contact")
    assert flag_detail(silent) == "nog nooit contact, 90 dagen te laat (maximaal 45)"


@pytest.mark.parametrize(
    "paid, as_of, detail",
    [
        ([], date(2026, 6, 20), "EUR\xa0300,00 achterstallig, termijn van 15 juni 2026 niet betaald"),
        (
            [payment(date=date(2026, 6, 10), amount=D("290.00"))],
            date(2026, 6, 20),
            "EUR\xa010,00 achterstallig, termijn van 15 juni 2026 niet helemaal betaald",
        ),
        # Review s25 #5: the line named only 15 June, though 15 July was missed too and is in the arrears.
        (
            [payment(date=date(2026, 6, 10), amount=D("290.00"))],
            date(2026, 7, 20),
            "EUR\xa0310,00 achterstallig over 2 termijnen, de eerste van 15 juni 2026",
        ),
    ],
)
def test_a_plan_in_arrears_names_every_missed_instalment(tmp_path, paid, as_of, detail):
    plan = [{"due": date(2026, 6, 15), "amount": D("300.00")}, {"due": date(2026, 7, 15), "amount": D("300.00")}]
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[invoice(amount=D("1000.00"))],
        payments=paid,
        events=[event(date(2026, 4, 1), "reminder"), event(date(2026, 4, 20), "arrangement", installments=plan)],
    )
    claim = assess(ledger, ledger.debtors[0], as_of)
    (found,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == "plan_in_arrears"]
    assert flag_detail(found) == detail


@pytest.mark.parametrize("days_after, flagged", [(45, False), (46, True)])
def test_no_contact_after_more_than_the_policy_days(days_after, flagged):
    # D-REM-BIG's last contact is the reminder of 11 June; no_contact_days is 45.
    as_of = date(2026, 6, 11) + timedelta(days=days_after)
    ledger, claims = assessed(FIXTURE / "ledger", as_of)
    kinds = [f.kind for f in flags(by_id(claims, "D-REM-BIG"), ledger.creditor.policy)]
    assert ("no_contact" in kinds) is flagged


@pytest.mark.parametrize("days_after, flagged", [(30, False), (31, True)])
def test_dispute_flagged_after_more_than_the_policy_days(days_after, flagged):
    as_of = date(2026, 5, 1) + timedelta(days=days_after)
    ledger, claims = assessed(FIXTURE / "ledger", as_of)
    kinds = [f.kind for f in flags(by_id(claims, "G-DISPUTE"), ledger.creditor.policy)]
    assert ("dispute_too_long" in kinds) is flagged


# -- no contact: every message counts, and only where someone should act ----------------------------

REMINDED = date(2026, 2, 5)  # the day after valid_debtor's invoice fell due (4 February)


def no_contact(tmp_path, as_of: date, policy: dict | None = None, **debtor) -> str | None:
    """The no-contact flag's sentence for one debtor on `as_of`, or None."""
    ledger = one_debtor_ledger(tmp_path, policy=policy, **debtor)
    claim = assess(ledger, ledger.debtors[0], as_of)
    found = [flag_detail(f) for f in flags(claim, ledger.creditor.policy) if f.kind == "no_contact"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "note, flagged",
    [
        ({"channel": "email", "note": "Vriendelijke mail gestuurd."}, False),  # a message sent counts
        ({"channel": "phone", "note": "Geen gehoor."}, True),  # an attempt does not
        ({"note": "Intern overleg."}, True),
    ],
)
def test_a_message_recorded_in_a_note_counts_as_contact(tmp_path, note, flagged):
    # The dunning letter has been due since 19 February; the reminder was 55 days ago, the note 22.
    events = [event(REMINDED, "reminder", channel="email"), event(date(2026, 3, 10), "note", **note)]
    found = no_contact(tmp_path, date(2026, 4, 1), events=events)
    assert (found is not None) is flagged
    if flagged:
        assert found == "laatste contact 5 februari 2026 (55 dagen; maximaal 45)"


def test_no_signal_for_a_promise_not_yet_due(tmp_path):
    events = [event(REMINDED, "reminder"), event(date(2026, 2, 10), "promise", promised_date=date(2026, 5, 1))]
    assert no_contact(tmp_path, date(2026, 4, 15), events=events) is None  # 64 days since the promise
    # Broken on 2 May: the 81 days since the promise were no silence (a promise pauses the steps), so the
    # silence counts from the day after the promised day, the broken promise being a signal of its own.
    assert no_contact(tmp_path / "broken", date(2026, 5, 2), events=events) is None
    assert no_contact(tmp_path / "later", date(2026, 6, 16), events=events) == (
        "laatste contact 10 februari 2026; sinds een toezegging, regeling of geschil de stappen niet meer "
        "tegenhoudt (2 mei 2026): 46 dagen (maximaal 45)"
    )


def test_no_signal_for_a_dispute_in_its_answer_time_nor_beside_its_own_signal(tmp_path):
    events = [event(REMINDED, "reminder"), event(date(2026, 2, 10), "dispute", reason="Niet geleverd.")]
    policy = {"dispute_max_days": 60}
    assert no_contact(tmp_path, date(2026, 4, 1), policy, events=events) is None  # 50 days: in its time
    ledger = one_debtor_ledger(tmp_path / "late", policy=policy, events=events)
    late = assess(ledger, ledger.debtors[0], date(2026, 4, 15))  # 64 days: the dispute's own signal
    assert [f.kind for f in flags(late, ledger.creditor.policy)] == ["dispute_too_long"]


def test_no_signal_while_the_policy_sets_the_next_step_for_later(tmp_path):
    events = [event(REMINDED, "reminder")]
    policy = {"dunning_after_days": 60}  # the dunning letter from 6 April
    assert no_contact(tmp_path, date(2026, 3, 30), policy, events=events) is None
    assert no_contact(tmp_path / "due", date(2026, 4, 10), policy, events=events) == (
        "laatste contact 5 februari 2026 (64 dagen; maximaal 45)"
    )


def test_no_signal_while_staff_postponed_the_next_step(tmp_path):
    postponed = event(date(2026, 2, 20), "postpone", until=date(2026, 5, 1), reason="Wacht op subsidie.")
    events = [event(REMINDED, "reminder"), postponed]
    assert no_contact(tmp_path, date(2026, 4, 15), events=events) is None  # 69 days: staff chose to wait
    assert no_contact(tmp_path / "after", date(2026, 5, 1), events=events) == (
        "laatste contact 5 februari 2026 (85 dagen; maximaal 45)"  # the postponement is no contact
    )


def test_a_dossier_new_to_the_builds_is_not_silent_on_its_first_day(tmp_path):
    # Added today, its invoice overdue since 4 February and no step taken: no one here could have contacted the
    # debtor yet, and the reminder due is the work. Its silence counts from the day a build first saw it.
    as_of = date(2026, 4, 1)
    ledger = one_debtor_ledger(tmp_path)
    policy = ledger.creditor.policy
    claim = assess(ledger, ledger.debtors[0], as_of)
    assert "no_contact" in [f.kind for f in flags(claim, policy)]  # not known when it came: from the due date
    assert "no_contact" not in [f.kind for f in flags(claim, policy, first_seen=as_of)]
    assert claim.next_action is not None and claim.next_action.is_due(as_of)
    later = assess(ledger, ledger.debtors[0], as_of + timedelta(days=policy.no_contact_days + 1))
    (flag,) = [f for f in flags(later, policy, first_seen=as_of) if f.kind == "no_contact"]
    # claims.json's flags are the overview's.
    record = claims_document([claim], as_of, policy, lambda c: "", first_seen={"D-1001": as_of})["claims"][0]
    assert "no_contact" not in record["flags"]


def test_contact_about_an_invoice_paid_long_ago_is_not_this_claims(tmp_path):
    old = invoice(number="F2025-0001", date=date(2025, 5, 2), due=date(2025, 6, 1), amount=Decimal("80.00"))
    debtor = {
        "invoices": [old, invoice()],
        "payments": [payment(date=date(2025, 7, 1), amount=Decimal("80.00"), invoice="F2025-0001")],
        "events": [event(date(2025, 6, 2), "reminder")],
    }
    assert no_contact(tmp_path, date(2026, 2, 20), **debtor) is None  # 16 days overdue, silent 263 days
    assert no_contact(tmp_path / "later", date(2026, 4, 1), **debtor) == (
        "geen contact sinds de vervaldatum, 56 dagen te laat; laatste contact 2 juni 2025 (maximaal 45)"
    )


def test_handover_and_legal_are_not_flagged_for_silence(claims, policy):
    for debtor_id in ("N-HANDOVER", "O-LEGAL"):
        claim = by_id(claims, debtor_id)
        assert (D1 - claim.last_contact).days > policy.no_contact_days
        assert not flags(claim, policy)


@pytest.mark.parametrize(
    "days, name",
    [
        (-3, "not_due"),
        (0, "not_due"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "90+"),
        (400, "90+"),
    ],
)
def test_bucket_edges(days, name):
    assert bucket(days) == name


def test_ageing_per_invoice_and_per_stage(claims):
    # D-REM-BIG: 700 at 20 days, 500 not yet due. M-FINAL-DUE's costs go with its invoice (121 days).
    assert claim_ageing(by_id(claims, "D-REM-BIG")) == {
        "not_due": Decimal("500.00"),
        "1-30": Decimal("700.00"),
        "31-60": 0,
        "61-90": 0,
        "90+": 0,
    }
    assert claim_ageing(by_id(claims, "M-FINAL-DUE"))["90+"] == Decimal("2875.00")
    table = ageing(claims)
    assert dict(zip(BUCKETS, table.columns)) == {
        "not_due": Decimal("1000.00"),  # A-OPEN, D-REM-BIG's second invoice
        "1-30": Decimal("1800.00"),  # B-OVER 300, D-REM-BIG 700, E-REM-SMALL 800
        "31-60": Decimal("2050.00"),  # F-BROKEN 400 (46 d), H-CALL 1000 (41 d), I-PROMISE 650 (60 d)
        "61-90": Decimal("2400.00"),  # C-SILENT 200 (90 d), G-DISPUTE 700 (81 d), L-FINAL 1500 (76 d)
        "90+": Decimal("10535.00"),  # J 400, K 600, M 2875, N 1035, O 5625
    }
    assert table.row("reminder") == [
        Decimal("500.00"),
        Decimal("1500.00"),
        Decimal("400.00"),
        Decimal("700.00"),
        Decimal("0.00"),
    ]
    assert table.stages == ("legal", "handover", "final_notice", "dunning", "reminder", "overdue", "open")
    assert table.counts["dunning"] == 4 and table.count == 15


def test_a_new_claims_costs_age_with_its_own_invoice_not_with_an_old_ones_interest(tmp_path):
    # F2026-0001's final notice was paid in its term (what it asked, 1253.70), leaving the term's
    # interest; F2026-0002 is a new claim with a notice and costs of its own, 61 days late on 1 July.
    first_notice = date(2026, 3, 3)
    alone = one_debtor_ledger(tmp_path / "alone", interest="statutory", events=[event(first_notice, "final_notice")])
    asked = assess(alone, alone.debtors[0], first_notice).total_due
    newer = invoice(number="F2026-0002", date=date(2026, 4, 1), due=date(2026, 5, 1), amount=Decimal("900.00"))
    ledger = one_debtor_ledger(
        tmp_path / "both",
        interest="statutory",
        invoices=[invoice(), newer],
        payments=[payment(date=date(2026, 3, 10), amount=asked, invoice="F2026-0001")],
        events=[event(first_notice, "final_notice"), event(date(2026, 6, 2), "final_notice", costs=Decimal("135.00"))],
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 7, 1))
    old_interest, newer_open = (b.open for b in claim.settlement.invoices)
    assert claim.settlement.costs_open == Decimal("135.00") and 0 < old_interest < 1
    parts = claim_ageing(claim)
    assert (parts["61-90"], parts["90+"]) == (newer_open + Decimal("135.00"), old_interest)


def test_each_invoice_s_part_of_the_costs_ages_with_that_invoice(tmp_path):
    # A business owing costs from the due dates: the staffel over 2,000.00 (300.00) is 150.00 for each
    # invoice; on 20 April the first is 79 days late, the second 48 days.
    first = invoice(number="F-1", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=Decimal("1000.00"))
    second = invoice(number="F-2", date=date(2026, 2, 1), due=date(2026, 3, 3), amount=Decimal("1000.00"))
    ledger = one_debtor_ledger(
        tmp_path, type="business", policy={"business_costs_from_due": True}, invoices=[first, second]
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    assert claim.settlement.costs_open == Decimal("300.00")
    parts = claim_ageing(claim)
    assert (parts["61-90"], parts["31-60"]) == (Decimal("1150.00"), Decimal("1150.00"))


def test_ageing_adds_up_to_the_outstanding_amount(claims):
    for claim in claims:
        assert sum(claim_ageing(claim).values()) == claim.total_due
    table = ageing(claims)
    groups = {g.key: g for g in stage_groups(claims)}
    for stage in table.stages:
        assert table.row_total(stage) == groups[stage].outstanding
    assert table.total == sum(c.total_due for c in claims if not is_closed(c))


def test_chart_bars_scale_to_the_largest_bucket(claims):
    table = ageing(claims)
    bars = chart(table, width=440)
    assert [b.bucket for b in bars] == list(BUCKETS)
    longest = max(bars, key=lambda b: b.total)
    assert abs(longest.end - 440) <= Decimal("0.5")  # rounding to 0.1 per segment
    for bar in bars:
        assert sum(s.amount for s in bar.segments) == bar.total
        assert [s.stage for s in bar.segments] == [s for s in table.stages if table.cells[(s, bar.bucket)] > 0]


@pytest.mark.parametrize(
    "debtor_id, why, then",
    [
        (
            "H-CALL",
            "Aanmaning verstuurd op 20 juni 2026 door Sanne",
            "Bellen sinds 27 juni 2026: de aanmaning ging uit op 20 juni 2026",
        ),
        (
            "L-FINAL",
            "Sommatie verstuurd op 25 juni 2026",
            # 11 July is a Saturday: the term runs on to Monday (Atw); a payment in it spares the handover (s53)
            "Overdragen aan incassobureau op 14 juli 2026 als er dan nog niet (helemaal) betaald is: de termijn van "
            "de sommatie van 25 juni 2026 loopt af op 13 juli 2026.",
        ),
        ("M-FINAL-DUE", "Sommatie verstuurd op 1 april 2026", "liep af op 20 april 2026"),
        (
            "G-DISPUTE",
            "Geschil gemeld op 1 mei 2026: Werk niet afgemaakt.",
            "Controle: geschil beantwoorden sinds 31 mei 2026:",  # as today's work names the task (s50)
        ),
        (
            "I-PROMISE",
            "Betaaltoezegging van 25 mei 2026: EUR\xa0650,00 uiterlijk 5 juli 2026",
            "Controle: toezegging betaald? Vanaf 6 juli 2026: de betaling was uiterlijk 5 juli 2026 toegezegd.",
        ),
        ("J-PLAN-OK", "2 van 3 termijnen betaald", "Controle: termijn betaald? Vanaf 6 juli 2026: de termijn van EUR"),
        ("N-HANDOVER", "Overgedragen aan Incassobureau Test B.V. op 20 maart 2026", "Het incassobureau heeft"),
        (
            "B-OVER",
            "De betaaltermijn verliep op 20 juni 2026 (10 dagen geleden)",
            "Herinnering sturen sinds 21 juni 2026",
        ),
        ("A-OPEN", "de eerste factuur vervalt op 15 juli 2026", "verloopt op 15 juli 2026"),
        ("P-PAID", "Volledig betaald op 5 juni 2026.", "Niets meer te doen."),
        ("Q-OFF", "Afgeschreven op 1 februari 2026.", "de vordering is afgeschreven"),
    ],
)
def test_why_this_stage_and_what_next(book, claims, debtor_id, why, then):
    claim = by_id(claims, debtor_id)
    assert why in " ".join(why_stage(claim))
    assert then in " ".join(what_next(claim, book[0].creditor))


def test_a_claim_closed_by_credit_notes_alone_is_not_said_to_be_paid(tmp_path):
    notes = [{"number": "C2026-0003", "date": date(2026, 1, 20), "amount": Decimal("1250.00")}]
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(credit_notes=notes)])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    assert claim.status == "paid" and claim.paid_on is None
    assert why_stage(claim)[-1] == "Niets meer open: de creditnota's heffen de facturen op, er is niets betaald."
    assert "C2026-0003" in search_fields(claim)  # staff find the dossier by the credit note's number too


def test_an_agreement_under_an_open_dispute_does_not_say_the_escalation_runs_again(tmp_path):
    plan = [{"due": date(2026, 3, 1), "amount": 200}, {"due": date(2026, 4, 1), "amount": 200}]
    events = [
        event(date(2026, 2, 10), "dispute", reason="Niet geleverd."),
        event(date(2026, 2, 20), "arrangement", installments=plan),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))  # the first instalment missed
    assert claim.status == "dispute" and claim.plan.state == "in_arrears"
    assert why_stage(claim)[-1] == (
        "Betalingsregeling van 20 februari 2026 loopt achter: EUR\u00a0200,00 achterstallig. Het geschil gaat voor: "
        "zolang dat open is, volgt hier geen stap uit."
    )


def test_a_completed_plan_of_part_says_the_steps_go_on_from_the_stage_reached(tmp_path):
    # The final notice's term ran (costs from 20 March); the plan paid the invoice's 1,250.00 only, 187.50 is left.
    plan = [{"due": date(2026, 4, 15), "amount": 625}, {"due": date(2026, 5, 15), "amount": 625}]
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 25), "arrangement", installments=plan)]
    paid = [payment(date=date(2026, 4, 15), amount=D("625.00")), payment(date=date(2026, 5, 15), amount=D("625.00"))]
    ledger = one_debtor_ledger(tmp_path, events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 16))
    assert (claim.plan.state, claim.next_action.kind) == ("completed", "reminder")
    assert why_stage(claim)[-1] == (
        "Betalingsregeling van 25 maart 2026 nagekomen: alle 2 termijnen betaald, samen EUR\u00a01.250,00, een deel "
        "van het bedrag. Wat openstaat vragen wij eerst met één brief (een herinnering met een eigen termijn); blijft "
        "die onbetaald, dan verder vanaf de bereikte stap, niet opnieuw vanaf een herinnering."
    )
    # Today's work is that letter, and why it comes (not "Later dan het beleid" after the last instalment).
    assert what_next(claim, ledger.creditor) == [
        "Herinnering sturen sinds 16 mei 2026: de brief voor wat de nagekomen betalingsregeling van een deel overliet "
        "(EUR\u00a0187,50). Blijft die 14 dagen onbetaald, dan gaat het verder na de bereikte fase (Sommatie)."
    ]


PLAN_OF_ONE = {
    "nl": (
        "Betalingsregeling van 10 maart 2026: de ene termijn nog niet betaald.",
        "Betalingsregeling van 10 maart 2026 nagekomen: de ene termijn betaald, EUR\u00a01.000,00, een deel van het "
        "bedrag.",
    ),
    "en": (
        "Payment plan of 10 March 2026: its one instalment not paid yet.",
        "Payment plan of 10 March 2026 kept: its one instalment paid, EUR\u00a01,000.00, part of the amount.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_one_instalment_is_told_in_the_singular(tmp_path, language):
    """A plan of one instalment of 1000.00 (16 March 2026) of the 1250.00: the dossier said "0 van 1 termijnen
    betaald" while it ran and "nagekomen: alle 1 termijnen betaald, samen EUR 1.000,00" once paid ("all 1
    instalments paid, EUR 1,000.00 together"), where the debtor's page says "de termijn"."""
    plan = event(date(2026, 3, 10), "arrangement", installments=[{"due": date(2026, 3, 16), "amount": 1000}])
    paid = [payment(date=date(2026, 3, 16), amount=D("1000.00"))]
    running = one_debtor_ledger(tmp_path / "running", events=[plan])
    kept = one_debtor_ledger(tmp_path / "kept", events=[plan], payments=paid)
    with speaking(Language(language)):
        on_schedule = why_stage(assess(running, running.debtors[0], date(2026, 3, 12)))[-1]
        completed = why_stage(assess(kept, kept.debtors[0], date(2026, 3, 18)))[-1]
    assert on_schedule.startswith(PLAN_OF_ONE[language][0]), on_schedule
    assert completed.startswith(PLAN_OF_ONE[language][1]), completed


# The plan of 10 March is confirmed by the build of the 11th, posted then and assumed received on the 13th: the
# instalment of the 12th, asked "zo snel mogelijk", is reminded from the 14th.
# The plan's letter arrives on the 13th and asks the first by the second's day, the 16th: reminded from the 17th.
TWO_MISSED_NEXT = {
    "nl": "Herinnering gemiste termijn sturen sinds 17 maart 2026: 2 termijnen zijn niet (helemaal) betaald, de eerste "
    "van 12 maart 2026, samen EUR\u00a01.250,00. Eerst een vriendelijke herinnering voor die termijnen;",
    "en": "Send instalment reminder, due since 17 March 2026: 2 instalments have not been paid (in full), the first of 12 "
    "March 2026, EUR\u00a01,250.00 together. First a friendly reminder for those instalments;",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_of_two_missed_instalments_is_told_to_staff_as_the_letter_asks_it(tmp_path, language):
    """Two instalments of 625.00 (12 and 16 March 2026), neither paid on the 24th: the reminder written that night
    asks EUR 1,250.00 for both, but the dossier's next step said "de termijn van 12 maart 2026 (EUR 625,00) is niet
    (helemaal) betaald. Eerst een vriendelijke herinnering voor die termijn"."""
    installments = [{"due": date(2026, 3, 12), "amount": 625}, {"due": date(2026, 3, 16), "amount": 625}]
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 3, 10), "arrangement", installments=installments)])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 24))
    with speaking(Language(language)):
        said = what_next(claim, ledger.creditor)[0]
    assert said.startswith(TWO_MISSED_NEXT[language]), said


def test_a_kept_promise_of_part_says_the_steps_go_on_from_the_stage_reached(tmp_path):
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20), amount=D("500.00")),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events, payments=[payment(date=date(2026, 2, 18), amount=D("500.00"))])
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 22))
    # The reminder's term ran out before the promised day: one letter asks the rest first, then the dunning letter.
    assert (claim.promise.state, claim.next_action.kind) == ("kept", "reminder")
    assert why_stage(claim)[-1] == (
        "Toezegging van 10 februari 2026 nagekomen: EUR\u00a0500,00 uiterlijk 20 februari 2026 betaald, een deel van "
        "het bedrag. Wat openstaat vragen wij eerst met één brief (een herinnering met een eigen termijn); blijft die "
        "onbetaald, dan verder vanaf de bereikte stap, niet opnieuw vanaf een herinnering."
    )
    assert what_next(claim, ledger.creditor)[0].startswith(
        "Herinnering sturen sinds 21 februari 2026: de brief voor wat de nagekomen toezegging van een deel overliet"
    )
    # Within the reminder's term the dunning letter was still ahead: that letter is the way out, no extra one.
    inside = [event(date(2026, 2, 9), "reminder"), *events[1:]]
    ledger = one_debtor_ledger(
        tmp_path / "inside", events=inside, payments=[payment(date=date(2026, 2, 18), amount=D("500.00"))]
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 22))
    assert (claim.next_action.kind, claim.next_action.due) == ("dunning", date(2026, 2, 23))
    assert why_stage(claim)[-1].endswith(
        "Wat openstaat gaat verder vanaf de bereikte stap, niet opnieuw vanaf een herinnering."
    )


# A final notice's term ran (187.50 of costs); handed over (or taken to court) on 5 April, then a plan of the
# invoice's 1,250.00 or a promise of 600.00 agreed with the agency, kept: what is left is theirs to ask.
AFTER_NOTICE = [
    event(date(2026, 2, 5), "reminder"),
    event(date(2026, 2, 19), "dunning"),
    event(date(2026, 3, 6), "final_notice"),
]
HANDED = {
    "handover": [event(date(2026, 4, 5), "handover", agency="Incasso B.V.")],
    "legal": [event(date(2026, 4, 1), "handover", agency="Incasso B.V."), event(date(2026, 4, 5), "legal")],
}
KEPT_WITH_THEM = {
    "plan": (
        event(
            date(2026, 4, 10),
            "arrangement",
            installments=[{"due": date(2026, 4, 20), "amount": 600}, {"due": date(2026, 5, 20), "amount": 650}],
        ),
        [payment(date=date(2026, 4, 20), amount=D("600.00")), payment(date=date(2026, 5, 20), amount=D("650.00"))],
        date(2026, 5, 21),
    ),
    "promise": (
        event(date(2026, 4, 10), "promise", promised_date=date(2026, 4, 20), amount=D("600.00")),
        [payment(date=date(2026, 4, 19), amount=D("600.00"))],
        date(2026, 4, 21),
    ),
}
WHO_ASKS_THE_REST = {
    ("handover", "nl"): "Wat openstaat vraagt het incassobureau, bij wie het dossier ligt; wij sturen er geen brief "
    "meer voor.",
    ("handover", "en"): "What is open is asked by the collection agency, which has the file; we send no letter for it.",
    ("legal", "nl"): "Wat openstaat loopt via de deurwaarder of de rechter, bij wie het dossier ligt; wij sturen er "
    "geen brief meer voor.",
    ("legal", "en"): "What is open goes through the bailiff or the court, who have the file; we send no letter for it.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("stage", HANDED)
@pytest.mark.parametrize("agreement", KEPT_WITH_THEM)
def test_an_agreement_of_part_kept_with_the_agency_says_they_ask_the_rest(tmp_path, agreement, stage, language):
    """It said "Wat openstaat gaat verder vanaf de bereikte stap, niet opnieuw vanaf een herinnering": no step of ours
    follows a handover (what_next: theirs), as the debtor's page says (plan_kept_agency, promise_kept_agency)."""
    agreed, paid, day = KEPT_WITH_THEM[agreement]
    ledger = one_debtor_ledger(tmp_path, events=[*AFTER_NOTICE, *HANDED[stage], agreed], payments=paid)
    claim = assess(ledger, ledger.debtors[0], day)
    assert (claim.stage, claim.after_kept_part, claim.next_action) == (stage, True, None)
    with speaking(Language(language)):
        assert why_stage(claim)[-1].endswith(WHO_ASKS_THE_REST[stage, language])


def test_a_claim_one_day_overdue_says_yesterday(tmp_path):
    ledger = one_debtor_ledger(tmp_path)  # due 4 February 2026
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 5))
    assert (
        why_stage(claim)[0]
        == "De betaaltermijn verliep op 4 februari 2026 (gisteren); er is hierover nog niets verstuurd."
    )


def test_what_next_reminds_a_missed_instalment_before_any_harder_step(book, claims):
    # K-PLAN-LATE's final notice was due 14 days after the dunning letter (29 April); the plan
    # held it back, and its missed instalment of 15 June first gets a friendly reminder.
    lines = what_next(by_id(claims, "K-PLAN-LATE"), book[0].creditor)
    assert lines == [
        "Herinnering gemiste termijn sturen sinds 16 juni 2026: de termijn van 15 juni 2026 (EUR\u00a0300,00) "
        "is niet (helemaal) betaald. Eerst een vriendelijke herinnering voor die termijn; de gewone stappen "
        "volgen pas daarna."
    ]


def test_what_next_says_when_a_pause_moved_the_step(tmp_path):
    # Dunning on 15 April; a plan on 20 April; its instalment of 15 June missed and reminded on 16 June:
    # the final notice (due 29 April by the policy) waits until 30 June, 14 days after that reminder.
    plan = [{"due": date(2026, 6, 15), "amount": D("300.00")}, {"due": date(2026, 7, 15), "amount": D("700.00")}]
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[invoice(amount=D("1000.00"))],
        events=[
            event(date(2026, 4, 1), "reminder"),
            event(date(2026, 4, 15), "dunning"),
            event(date(2026, 4, 20), "arrangement", installments=plan),
            event(date(2026, 6, 16), "reminder", note="Herinnering termijn 15 juni"),
        ],
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 6, 30))
    assert what_next(claim, ledger.creditor) == [
        "Sommatie sturen sinds 30 juni 2026: de aanmaning ging uit op 15 april 2026; "
        "het beleid is een sommatie 14 dagen daarna.",
        "Later dan het beleid: een toezegging, regeling, geschil of termijnherinnering hield de escalatie stil tot "
        "30 juni 2026.",
    ]


def test_links_and_dossier_paths():
    assert personal_link("https://betalen.example.nl/", "s/abc/") == "https://betalen.example.nl/s/abc/"
    assert personal_link("", "s/abc/") == "s/abc/"
    assert dossier_path("D-1001.a_b") == "d/D-1001.a_b.html"


def test_ui_words_do_not_hide_behind_dict_methods():
    # Jinja reads t.UI.copy as dict.copy: a key named like a dict method would never show.
    assert not set(UI) & set(dir(dict))


# --- the claims document and the change list ---------------------------------------------


def document(root: Path, as_of: date) -> dict:
    ledger, claims = assessed(root, as_of)
    return claims_document(claims, as_of, ledger.creditor.policy, lambda c: f"s/{c.debtor.id}/")


def test_claims_document_format(claims, policy):
    doc = document(FIXTURE / "ledger", D1)
    assert (doc["format"], doc["version"], doc["as_of"]) == (CLAIMS_FORMAT, CLAIMS_VERSION, "2026-06-30")
    ids = [c["id"] for c in doc["claims"]]
    assert ids == sorted(ids) and len(ids) == len(claims)
    assert doc["stages"]["dunning"] == {"count": 4, "outstanding": "2650.00"}
    m = next(c for c in doc["claims"] if c["id"] == "M-FINAL-DUE")
    assert (m["total_due"], m["costs_open"], m["principal_open"]) == ("2875.00", "375.00", "2500.00")
    assert m["next_action"] == {
        "kind": "handover",
        "due": "2026-04-21",
        "is_due": True,
        "awaits_statements": False,
        "postponed": None,
        "postponed_if_missed": None,
    }
    assert m["flags"] == ["no_contact"] and m["dossier"] == "d/M-FINAL-DUE.html"
    j = next(c for c in doc["claims"] if c["id"] == "J-PLAN-OK")
    assert [i["state"] for i in j["plan"]["installments"]] == ["paid", "paid", "upcoming"]
    assert j["payments"] == [
        {"date": "2026-05-04", "amount": "400.00", "invoice": None, "invoices": [], "bank_ref": None},
        {"date": "2026-06-04", "amount": "400.00", "invoice": None, "invoices": [], "bank_ref": None},
    ]
    assert j["reference"] == rf_reference("J-PLAN-OK")


def test_claims_document_amounts_and_dates_are_plain_strings():
    text = claims_json(document(FIXTURE / "ledger", D1))
    amount_keys = {
        "principal_open",
        "interest_open",
        "costs_open",
        "total_due",
        "amount_due_now",
        "credit",
        "paid_total",
        "amount",
        "paid",
        "arrears",
        "due_now",
        "outstanding",
    }

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in amount_keys:
                    assert isinstance(value, str) and re.fullmatch(r"-?\d+\.\d\d", value), (key, value)
                if key in ("date", "due", "as_of", "last_contact", "paid_on", "since") and value is not None:
                    assert date.fromisoformat(value).isoformat() == value
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(text))
    assert "Decimal" not in text and text.endswith("}\n")


def test_claims_json_is_stable_and_sorted():
    first = claims_json(document(FIXTURE / "ledger", D1))
    assert first == claims_json(document(FIXTURE / "ledger", D1))
    assert first == json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_first_build_has_no_changes_to_list():
    changes = compare(None, document(FIXTURE / "ledger", D1))
    assert changes.first
    assert "Eerste build: er is geen vorige claims.json" in changes_markdown(changes)


def test_each_earlier_list_of_the_day_is_headed_with_the_time_of_its_build():
    first = changes_markdown(compare(None, document(FIXTURE / "ledger", D1)))
    rebuilt = "# Wijzigingen\n\nVorige build: ...\n\n## Betalingen ontvangen (1)\n\n- A-OPEN ...\n"
    second = with_earlier_today(rebuilt, first, datetime(2026, 12, 2, 8, 5))
    third = with_earlier_today("# Wijzigingen\n\nGeen wijzigingen.\n", second, datetime(2026, 12, 2, 10, 12))
    kept = third.split("\n## Eerder vandaag\n\n", 1)[1]
    assert kept == (
        "### Build van 10.12 uur\n\nVorige build: ...\n\n#### Betalingen ontvangen (1)\n\n- A-OPEN ...\n\n"
        "### Build van 8.05 uur\n\nEerste build: er is geen vorige claims.json om mee te vergelijken.\n"
    )
    # A build.json from before builds recorded their time: the list is kept under a heading all the same.
    unknown = with_earlier_today("# Wijzigingen\n\nGeen wijzigingen.\n", first, None)
    assert "\n## Eerder vandaag\n\n### Een eerdere build (tijd niet vastgelegd)\n\nEerste build:" in unknown


def test_an_english_list_keeps_the_earlier_ones_under_the_time_as_english_writes_it():
    with speaking(Language.EN):
        first = changes_markdown(compare(None, document(FIXTURE / "ledger", D1)))
    rebuilt = "# Changes since the previous build\n\nNo changes.\n"
    kept = with_earlier_today(rebuilt, first, datetime(2026, 12, 2, 8, 5), Language.EN)
    assert "\n## Earlier today\n\n### Build at 8:05\n\nFirst build: there is no previous claims.json" in kept


def test_changes_between_two_builds(tmp_path):
    before = document(FIXTURE / "ledger", D1)
    after = document(second_ledger(tmp_path), D2)
    changes = compare(before, after)
    found = {name: [(e.id, e.values) for e in entries] for name, entries in changes.sections.items() if entries}
    assert found == {
        # What today's work asks that the last build did not (another step, or one that fell due since):
        "due": [
            ("D-REM-BIG", {"what": "Bellen, vanaf 8 juli 2026 (EUR\xa01.200,00 open)"}),
            ("H-CALL", {"what": "Sommatie sturen, vanaf 4 juli 2026 (EUR\xa01.000,00 open)"}),
            ("I-PROMISE", {"what": "Sommatie sturen, vanaf 6 juli 2026 (EUR\xa0650,00 open)"}),
            ("J-PLAN-OK", {"what": "Herinnering gemiste termijn, vanaf 6 juli 2026 (EUR\xa0400,00 open)"}),
        ],
        "stage": [("D-REM-BIG", {"old": "Herinnering", "new": "Aanmaning", "why": ""})],
        "payments": [
            (
                "E-REM-SMALL",
                {"amount": "EUR\xa0800,00", "date": "3 juli 2026", "invoice": " (factuur FR-1)", "answered": ""},
            )
        ],
        "broken": [("I-PROMISE", {"amount": "EUR\xa0650,00", "date": "5 juli 2026", "paid": "niets"})],
        "behind": [("J-PLAN-OK", {"missed": "termijn van 5 juli 2026 (EUR\xa0400,00)", "unpaid": "niet betaald"})],
        "status": [
            ("E-REM-SMALL", {"old": "Loopt", "new": "Betaald", "why": ""}),
            ("I-PROMISE", {"old": "Betaaltoezegging", "new": "Loopt", "why": ""}),
        ],
    }
    text = changes_markdown(changes)
    assert "Vorige build: stand per 30 juni 2026. Deze build: stand per 10 juli 2026." in text
    assert (
        "## Betalingen ontvangen (1)\n\n- E-REM-SMALL Eerland Klein V.O.F.: EUR\xa0800,00 op 3 juli 2026 (factuur FR-1)"
        in text
    )
    assert "- D-REM-BIG Dijkstra Groot B.V.: Herinnering → Aanmaning" in text
    assert "## Nieuw aan de beurt sinds de vorige build (4)" in text
    assert "- H-CALL " in text and ": Sommatie sturen, vanaf 4 juli 2026 (EUR\xa01.000,00 open)" in text


def test_a_credit_that_arose_since_the_last_build_is_new_work(tmp_path):
    before = one_debtor_ledger(tmp_path / "before")
    after = one_debtor_ledger(tmp_path / "after", payments=[payment(date=date(2026, 3, 2), amount=Decimal("1300.00"))])
    old = claims_document(
        [assess(before, before.debtors[0], date(2026, 3, 1))], date(2026, 3, 1), before.creditor.policy, lambda c: ""
    )
    new = claims_document(
        [assess(after, after.debtors[0], date(2026, 3, 3))], date(2026, 3, 3), after.creditor.policy, lambda c: ""
    )
    due = [(e.id, e.values) for e in compare(old, new).sections["due"]]
    assert due == [("D-1001", {"what": "Tegoed terugbetalen: EUR\xa050,00 te veel betaald"})]
    # Where the overview doubts it (a payment in the file looks like a bank entry that counts too), so does the list.
    doubted = claims_document(
        [assess(after, after.debtors[0], date(2026, 3, 3))],
        date(2026, 3, 3),
        after.creditor.policy,
        lambda c: "",
        doubted={"D-1001"},
    )
    assert doubted["claims"][0]["credit_doubt"] is True and new["claims"][0]["credit_doubt"] is False
    (entry,) = compare(old, doubted).sections["due"]
    assert entry.values["what"].endswith("(kijk eerst op het overzicht: het kan een dubbel geteld bedrag zijn)")
    # A dossier new since the last build that paid too much already: the same work.
    first = claims_document([], date(2026, 3, 1), before.creditor.policy, lambda c: "")
    assert [e.id for e in compare(first, new).sections["due"]] == ["D-1001"]


def _one_claim_document(tmp_path, name: str, as_of: date, invoices: list[dict]) -> dict:
    ledger = one_debtor_ledger(tmp_path / name, invoices=invoices)
    claims = [assess(ledger, ledger.debtors[0], as_of)]
    return claims_document(claims, as_of, ledger.creditor.policy, lambda c: "")


def test_an_invoice_edited_added_or_removed_is_listed_with_its_amounts(tmp_path):
    # A typo in the debtor file (1150.00 written 115.00) after the final notice went out must show the next
    # morning, as must an invoice taken out or added: nothing else reviews an edit made in the web editor.
    first = [
        invoice(number="F-1", amount="1150.00"),
        invoice(number="F-2", amount="8513.01", due="2026-02-10"),
    ]
    edited = [
        invoice(number="F-1", amount="115.00", due="2026-02-06"),
        invoice(number="F-3", amount="40.00", due="2026-03-01"),
    ]
    before = _one_claim_document(tmp_path, "before", date(2026, 3, 2), first)
    after = _one_claim_document(tmp_path, "after", date(2026, 3, 3), edited)
    changes = compare(before, after)
    found = {name: [(e.id, e.values) for e in changes.sections[name]] for name in ("invoices_changed", "invoices_new")}
    assert found == {
        "invoices_changed": [
            (
                "D-1001",
                {
                    "number": "F-1",
                    "what": "bedrag EUR\xa01.150,00 → EUR\xa0115,00 (EUR\xa01.035,00 minder); "
                    "vervaldatum 4 februari 2026 → 6 februari 2026",
                },
            )
        ],
        "invoices_new": [("D-1001", {"number": "F-3", "details": ", EUR\xa040,00, vervalt 1 maart 2026"})],
    }
    text = changes_markdown(changes)
    assert "\n\n- D-1001 Bakkerij De Vries: factuur F-2, EUR\xa08.513,01, vervalt 10 februari 2026\n" in text
    assert "## Facturen niet meer in het dossier (verwijderd, of het nummer gewijzigd) (1)" in text
    assert "## Facturen gewijzigd (bedrag of vervaldatum): een tikfout?" in text
    # Read from the previous build's file, as a build does (the record is cut to what is compared).
    previous, problem = parse_previous(json.dumps(before))
    assert problem is None and compare(previous, after).sections == changes.sections


def test_a_previous_record_without_invoice_amounts_is_read_without_comparing_them(tmp_path):
    before = _one_claim_document(tmp_path, "before", date(2026, 3, 2), [invoice(amount="1150.00")])
    after = _one_claim_document(tmp_path, "after", date(2026, 3, 3), [invoice(amount="115.00")])
    for old in before["claims"][0]["invoices"]:
        del old["amount"], old["due"]  # as an older claims.json might have it
    previous, problem = parse_previous(json.dumps(before))
    assert problem is None
    changes = compare(previous, after)
    assert changes.problem is None and not changes.sections["invoices_changed"]


def test_a_step_still_due_since_the_last_build_is_not_new(tmp_path):
    from incasso.staff.changes import _newly_due

    waiting = {"kind": "dunning", "due": "2026-06-25", "is_due": True}
    assert _newly_due(waiting, dict(waiting)) is None  # the same step, still waiting: yesterday's news
    assert _newly_due({**waiting, "is_due": False}, waiting) == waiting  # fell due since
    assert _newly_due(waiting, {**waiting, "kind": "call"}) is not None  # another step now
    assert _newly_due(None, waiting) == waiting
    assert _newly_due(waiting, None) is None and _newly_due(None, {**waiting, "is_due": False}) is None


def test_the_previous_claims_json_read_line_by_line_compares_as_the_whole_document(tmp_path):
    """The build reads last night's claims.json claim by claim, each cut to what the change list compares;
    the list is the same as from the whole document, and so is what a claims.json laid out otherwise gives."""
    before = document(FIXTURE / "ledger", D1)
    after = document(second_ledger(tmp_path), D2)
    text = claims_json(before)
    previous, problem = parse_previous_lines(text.splitlines(keepends=True))
    assert problem is None and previous == parse_previous(text)[0]
    assert previous["as_of"] == before["as_of"] and len(previous["claims"]) == len(before["claims"])
    assert set(previous["claims"][0]) == {
        "id",
        "name",
        "stage",
        "status",
        "payments",
        "promise",
        "plan",
        "refunded",
        "next_action",
        "credit",
        "invoices",  # of each, its number, amount, due date and credit notes
        "payments_returned",
        "refunds_returned",
        "pass_on",
        "pass_on_earlier",
        "handovers",
        "dispute_answer",
        "disputed_invoices",
        "disputes",
        "contact",  # of it, the e-mail address
        "ended",  # each promise as `promise`, each plan as `plan`, cut the same way
        "costs",  # of them, the state, amount and day
        "settlement",  # of it, the day agreed, the amount and how it stands
    }
    assert set(previous["claims"][0]["costs"]) == {"state", "amount", "from_date", "vat"}  # vat: said with the amount
    assert set(previous["claims"][0]["invoices"][0]) == {"number", "amount", "due", "credit_notes"}
    assert set(previous["claims"][0]["contact"]) == {"email"}
    assert compare(previous, after) == compare(before, after)
    for other in (json.dumps(before), json.dumps(before, indent=4)):  # edited by hand, say: read whole
        assert parse_previous_lines(other.splitlines(keepends=True)) is None
        assert parse_previous(other)[0] == previous


def test_a_previous_claims_json_cut_short_is_read_whole_and_reported():
    text = claims_json(document(FIXTURE / "ledger", D1))
    cut = text[: len(text) // 2]
    assert parse_previous_lines(cut.splitlines(keepends=True)) is None
    previous, problem = parse_previous(cut)
    assert previous is None and problem.startswith("JSON: ")


def test_a_broken_promise_is_a_signal_until_staff_record_a_step_after_it(tmp_path):
    promised = date(2026, 3, 1)
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 20), "promise", promised_date=promised)]
    broken = one_debtor_ledger(tmp_path / "broken", events=events)
    claim = assess(broken, broken.debtors[0], date(2026, 3, 10))
    assert [f.kind for f in flags(claim, broken.creditor.policy)] == ["broken_promise"]
    called = one_debtor_ledger(tmp_path / "call", events=[*events, event(date(2026, 3, 4), "call", spoke_with="Jan")])
    claim = assess(called, called.debtors[0], date(2026, 3, 10))  # a call may come before the bank shows it
    assert "broken_promise" in [f.kind for f in flags(claim, called.creditor.policy)]
    acted = one_debtor_ledger(tmp_path / "dunning", events=[*events, event(date(2026, 3, 3), "dunning")])
    claim = assess(acted, acted.debtors[0], date(2026, 3, 10))
    assert claim.promise.state == "broken"  # still broken: the history says so
    assert "broken_promise" not in [f.kind for f in flags(claim, acted.creditor.policy)]


def test_a_broken_promise_or_missed_instalment_is_listed_once(tmp_path):
    after = document(second_ledger(tmp_path), D2)
    later = document(second_ledger(tmp_path / "again"), D2 + timedelta(days=1))
    changes = compare(after, later)
    assert not changes.sections["broken"] and not changes.sections["behind"]


def test_a_plan_already_behind_that_misses_another_instalment_did_not_fall_behind(tmp_path):
    # K-PLAN-LATE has been behind since 15 June (the overview's signal "Regeling achter" on it since); on
    # 20 July it misses the instalment of 15 July too. Listed as fallen behind, it made the section count
    # plans that were behind the night before (19 of 38 on a 10,000-dossier build).
    root = second_ledger(tmp_path)
    changes = compare(document(root, D2), document(root, date(2026, 7, 20)))
    assert not changes.sections["behind"]
    assert [(e.id, e.values) for e in changes.sections["behind_more"]] == [
        ("K-PLAN-LATE", {"missed": "termijn van 15 juli 2026 (EUR\xa0300,00)", "unpaid": "niet betaald"})
    ]
    text = changes_markdown(changes)
    assert "## Regelingen achter geraakt" not in text
    assert (
        "## Nog een termijn niet betaald (regeling was al achter) (1)\n\n"
        "- K-PLAN-LATE Kees Achterstand: termijn van 15 juli 2026 (EUR\xa0300,00) niet betaald\n"
    ) in text
    # Since 30 June: J-PLAN-OK, on schedule then, fell behind; K-PLAN-LATE was behind then already.
    since = compare(document(FIXTURE / "ledger", D1), document(root, date(2026, 7, 20)))
    assert [e.id for e in since.sections["behind"]] == ["J-PLAN-OK"]
    assert [e.id for e in since.sections["behind_more"]] == ["K-PLAN-LATE"]


def test_a_plan_that_missed_two_instalments_since_the_last_build_is_listed_once():
    from incasso.staff.changes import _behind

    def plan(*states):
        days = ("2026-05-05", "2026-06-05", "2026-07-05")
        return {
            "agreed": "2026-04-20",
            "installments": [{"due": d, "amount": "400.00", "state": s} for d, s in zip(days, states, strict=True)],
        }

    missed = _behind(plan("paid", "upcoming", "upcoming"), plan("paid", "overdue", "overdue"))
    assert missed == (
        "behind",
        "termijnen van 5 juni 2026 (EUR\xa0400,00) en 5 juli 2026 (EUR\xa0400,00)",
        "niet betaald",
    )
    assert _behind(plan("overdue", "upcoming", "upcoming"), plan("overdue", "overdue", "upcoming")) == (
        "behind_more",
        "termijn van 5 juni 2026 (EUR\xa0400,00)",
        "niet betaald",
    )
    assert _behind(None, plan("paid", "overdue", "upcoming"))[0] == "behind"  # a plan agreed since
    assert _behind(plan("paid", "overdue", "upcoming"), plan("paid", "overdue", "upcoming")) is None


def test_a_missed_instalment_paid_in_part_says_what_is_still_open():
    # Review s25 #5: EUR 450 of a EUR 460 instalment paid read "31 oktober 2026 (EUR 460,00) ... niet betaald",
    # as if 920 were unpaid where 470 is.
    from incasso.staff.changes import _behind

    def plan(*paid):
        days = ("2026-10-31", "2026-11-30")
        return {
            "agreed": "2026-09-20",
            "installments": [
                {"due": d, "amount": "460.00", "paid": p, "state": "overdue"} for d, p in zip(days, paid, strict=True)
            ],
        }

    assert _behind(None, plan("450.00", "0.00")) == (
        "behind",
        "termijnen van 31 oktober 2026 (EUR\xa010,00 van EUR\xa0460,00 open) en 30 november 2026 (EUR\xa0460,00)",
        "niet (helemaal) betaald",
    )
    changes = Changes(
        "2026-12-03",
        "2026-12-02",
        sections={
            "behind": (
                Entry(
                    "D-1011",
                    "Fatima",
                    dict(zip(("missed", "unpaid"), _behind(None, plan("450.00", "0.00"))[1:], strict=True)),
                ),
            )
        },
    )
    assert (
        "- D-1011 Fatima: termijnen van 31 oktober 2026 (EUR\xa010,00 van EUR\xa0460,00 open) en 30 november 2026 "
        "(EUR\xa0460,00) niet (helemaal) betaald\n"
    ) in changes_markdown(changes)


def test_new_unassigned_bank_credits_and_the_statements_last_day_are_listed(tmp_path):
    # Review s25 #3: a credit no dossier was matched to (staff must assign it, or the debtor who paid is chased)
    # and the later statements read were in no change list.
    old_credit = {"date": "2026-06-20", "amount": "55.00", "payer": "A. Oud", "bank_ref": "REF-OLD"}
    new_credit = {"date": "2026-07-01", "amount": "55.55", "payer": "K [DE] BOER", "bank_ref": "REF-NEW"}
    before = document(FIXTURE / "ledger", D1)
    after = document(second_ledger(tmp_path), D2)
    before["bank"] = {"payments_until": "2026-06-26", "unassigned": [old_credit]}
    after["bank"] = {"payments_until": "2026-07-08", "unassigned": [old_credit, new_credit]}
    changes = compare(before, after)
    assert [e.values for e in changes.sections["bank_credits"]] == [
        {"date": "1 juli 2026", "amount": "EUR\xa055,55", "payer": " van K [DE] BOER", "ref": "REF-NEW", "answered": ""}
    ]
    assert changes.bank_until == ("2026-06-26", "2026-07-08")
    text = changes_markdown(changes)
    assert "\n\nBankafschriften nu tot en met 8 juli 2026 (was 26 juni 2026).\n\n" in text
    assert (
        "## Nieuwe bankbetalingen om te koppelen (1)\n\n- **1 juli 2026**: EUR\xa055,55 van K [DE] BOER "
        "(bankboeking REF-NEW)\n"
    ) in text
    assert text.index("## Nieuw aan de beurt") < text.index("## Nieuwe bankbetalingen") < text.index("## Andere fase")
    # The same statements again: nothing new of the bank.
    again = compare(after, dict(after, as_of="2026-07-11"))
    assert not again.sections["bank_credits"] and again.bank_until is None
    # A previous claims.json of before the bank was carried: nothing said of it, not every credit as new.
    del before["bank"]
    unknown = compare(before, after)
    assert not unknown.sections["bank_credits"] and unknown.bank_until is None
    assert "Bankafschriften" not in changes_markdown(unknown)
    # A previous build without a bank/ folder: every unassigned credit is new to staff.
    before["bank"] = None
    assert len(compare(before, after).sections["bank_credits"]) == 2
    assert "Bankafschriften nu tot en met 8 juli 2026.\n" in changes_markdown(compare(before, after))


def test_a_dossier_whose_id_changed_is_listed_once_with_its_new_link(tmp_path):
    # Review s25 #4: `id: B-OVER` edited to `B-OVER-2` showed as one new and one gone dossier, its waiting task
    # as new, while its personal link (from the id) changed and every letter sent carries a dead one.
    root = shutil.copytree(FIXTURE / "ledger", tmp_path / "ledger")
    path = root / "debtors" / "B-OVER.yaml"
    path.write_text(path.read_text().replace("id: B-OVER", "id: B-OVER-2"))
    before = document(FIXTURE / "ledger", D1)
    changes = compare(before, document(root, D1))
    assert [(e.id, e.values) for e in changes.sections["ids_changed"]] == [
        ("B-OVER-2", {"old": "B-OVER", "new": "B-OVER-2"})
    ]
    assert {name: entries for name, entries in changes.sections.items() if entries}.keys() == {"ids_changed"}
    text = changes_markdown(changes)
    assert (
        "## Id gewijzigd: de persoonlijke link is nieuw; de oude link in verstuurde brieven werkt niet meer: stuur "
        "de nieuwe (links.csv) (1)\n\n- B-OVER-2 Bram Vervallen: id gewijzigd, B-OVER → B-OVER-2\n"
    ) in text
    assert ids_changed_note(changes) == (
        "1 dossier changed id since the last build (B-OVER → B-OVER-2): the personal link follows the id, so the "
        "link in every letter sent so far no longer works; send the new one (links.csv), or put the old id back "
        "(changes.md has the names)"
    )
    # Under another name too, the same e-mail address with its invoices tells the same debtor.
    renamed = document(root, D1)
    (claim,) = [c for c in renamed["claims"] if c["id"] == "B-OVER-2"]
    claim["name"] = "Bram Vervallen Holding"
    assert [e.id for e in compare(before, renamed).sections["ids_changed"]] == ["B-OVER-2"]
    # A returning customer: the old dossier archived, a new one with the same name and address but new invoices.
    returning = document(root, D1)
    (again,) = [c for c in returning["claims"] if c["id"] == "B-OVER-2"]
    again["invoices"] = [dict(invoice, number=f"{invoice['number']}-2027") for invoice in again["invoices"]]
    later = compare(before, returning)
    assert not later.sections["ids_changed"]
    assert [e.id for e in later.sections["new"]] == ["B-OVER-2"] and [e.id for e in later.sections["gone"]] == [
        "B-OVER"
    ]
    # Two new dossiers with those invoices may be two debtors: new and gone, as before.
    twin = dict(claim, id="B-OVER-3")
    renamed["claims"].append(twin)
    both = compare(before, renamed)
    assert not both.sections["ids_changed"] and ids_changed_note(both) is None
    assert [e.id for e in both.sections["new"]] == ["B-OVER-2", "B-OVER-3"]
    assert [e.id for e in both.sections["gone"]] == ["B-OVER"]


def test_new_and_removed_dossiers(tmp_path):
    root = second_ledger(tmp_path)
    (root / "debtors" / "A-OPEN.yaml").unlink()
    shutil.copy(FIXTURE / "ledger" / "debtors" / "B-OVER.yaml", root / "debtors" / "B-OVER-2.yaml")
    text = (root / "debtors" / "B-OVER-2.yaml").read_text()
    (root / "debtors" / "B-OVER-2.yaml").write_text(text.replace("B-OVER", "B-OVER-2").replace("FV-1", "FV-2"))
    changes = compare(document(FIXTURE / "ledger", D1), document(root, D1))
    assert [e.id for e in changes.sections["new"]] == ["B-OVER-2"]
    assert [e.id for e in changes.sections["gone"]] == ["A-OPEN"]
    # A new dossier whose step is due today is new work, as B-OVER's was when it fell due.
    new = next(c for c in document(root, D1)["claims"] if c["id"] == "B-OVER-2")
    assert new["next_action"]["is_due"]
    assert [e.id for e in changes.sections["due"]] == ["B-OVER-2"]


def test_no_changes_says_so():
    doc = document(FIXTURE / "ledger", D1)
    changes = compare(doc, doc)
    assert changes.empty and "Geen wijzigingen." in changes_markdown(changes)


def test_the_same_payment_twice_counts_twice():
    doc = document(FIXTURE / "ledger", D1)
    later = json.loads(claims_json(doc))
    j = next(c for c in later["claims"] if c["id"] == "J-PLAN-OK")
    j["payments"].append(dict(j["payments"][0]))
    entries = compare(doc, later).sections["payments"]
    assert [(e.id, e.values["date"]) for e in entries] == [("J-PLAN-OK", "4 mei 2026")]


def test_a_promise_kept_and_a_credit_refunded_are_listed():
    doc = document(FIXTURE / "ledger", D1)
    pending = next(c for c in doc["claims"] if c["promise"] is not None and c["promise"]["state"] == "pending")
    later = json.loads(claims_json(doc))
    kept = next(c for c in later["claims"] if c["id"] == pending["id"])
    kept["promise"]["state"] = "kept"
    kept["refunded"] = "1.11"
    changes = compare(doc, later)
    promise = pending["promise"]
    assert [(e.id, e.values) for e in changes.sections["kept"]] == [
        (
            pending["id"],
            {
                "amount": fmt.money(Decimal(promise["amount"])),
                "date": fmt.day(date.fromisoformat(promise["promised_date"])),
            },
        )
    ]
    assert [(e.id, e.values) for e in changes.sections["refunds"]] == [(pending["id"], {"amount": "EUR\xa01,11"})]
    text = changes_markdown(changes)
    assert "## Toezeggingen nagekomen (1)" in text and "## Tegoed terugbetaald (1)" in text
    assert not compare(later, later).sections["kept"]  # listed once, on the build that sees it


def test_a_payment_removed_or_corrected_in_the_ledger_is_listed_as_gone():
    doc = document(FIXTURE / "ledger", D1)
    later = json.loads(claims_json(doc))
    j = next(c for c in later["claims"] if c["id"] == "J-PLAN-OK")
    first = dict(j["payments"][0])
    j["payments"][0]["amount"] = "1.00"  # corrected: the old one gone, the new one arrived
    changes = compare(doc, later)
    assert [(e.id, e.values["amount"]) for e in changes.sections["payments_gone"]] == [
        ("J-PLAN-OK", fmt.money(Decimal(first["amount"])))
    ]
    assert [(e.id, e.values["amount"]) for e in changes.sections["payments"]] == [("J-PLAN-OK", "EUR\xa01,00")]
    assert "## Betalingen niet meer in het dossier (verwijderd of gewijzigd) (1)" in changes_markdown(changes)
    del j["payments"][0]  # removed
    assert [e.id for e in compare(doc, later).sections["payments_gone"]] == ["J-PLAN-OK"]
    assert not compare(doc, later).sections["payments"]


@pytest.mark.parametrize(
    "text",
    [
        "{",
        "[]",
        json.dumps({"format": CLAIMS_FORMAT, "version": CLAIMS_VERSION + 1}),
        json.dumps({"format": "something-else", "version": CLAIMS_VERSION}),
    ],
)
def test_an_unusable_previous_document_is_reported_not_compared(text):
    previous, problem = parse_previous(text)
    assert previous is None and problem
    markdown = changes_markdown(compare(previous, document(FIXTURE / "ledger", D1), problem))
    assert "De vorige claims.json is niet te lezen" in markdown


def test_a_previous_document_with_missing_fields_is_reported_not_a_crash():
    doc = document(FIXTURE / "ledger", D1)
    broken = {"format": CLAIMS_FORMAT, "version": CLAIMS_VERSION, "as_of": "2026-06-29", "claims": [{"id": "A-OPEN"}]}
    changes = compare(broken, doc)
    assert changes.problem and "niet te lezen" in changes_markdown(changes)


def test_markdown_takes_ledger_text_literally():
    doc = document(FIXTURE / "ledger", D1)
    later = json.loads(claims_json(doc))
    evil = next(c for c in later["claims"] if c["id"] == "D-REM-BIG")
    evil["name"] = "[klik](https://evil.example) <b>*vet*</b> # kop"
    evil["stage"] = "dunning"
    text = changes_markdown(compare(doc, later))
    # Only what Markdown would read as markup is escaped: the link's "](", the tag, the emphasis (not the "#"
    # mid-line, which heads nothing there).
    assert r"[klik\](https://evil.example) \<b>\*vet\*\</b> # kop" in text


@pytest.mark.parametrize("root", [FIXTURE / "ledger", DEMO_LEDGER], ids=["fixture", "demo"])
def test_every_third_day_for_fifteen_months_reads_and_adds_up(root):
    # Walk both ledgers through many dates: every state they pass through must explain
    # itself, age into buckets that add up, and put only due actions on today's list.
    ledger = ledger_as_built(root, date(2025, 11, 1) + timedelta(days=460))
    for offset in range(0, 460, 3):
        as_of = date(2025, 11, 1) + timedelta(days=offset)
        claims = [assess(ledger, d, as_of) for d in ledger.debtors]
        for claim in claims:
            assert why_stage(claim) or claim.stage in ("open", "overdue")
            assert what_next(claim, ledger.creditor)
            assert sum(claim_ageing(claim).values()) == claim.total_due
            flags(claim, ledger.creditor.policy)
        for task in todays_work(claims, as_of):
            assert task.action.due <= as_of
            assert not is_closed(task.claim) or task.action.kind == "refund_credit"
        groups = stage_groups(claims)
        assert sorted(c.debtor.id for g in groups for c in g.claims) == sorted(d.id for d in ledger.debtors)
        assert ageing(claims).total == sum(g.outstanding for g in groups if not g.closed)


def test_an_address_alone_still_misses_email_and_phone(claims):
    from dataclasses import replace

    from incasso.staff.overview import missing_contact

    silent = by_id(claims, "C-SILENT").debtor
    assert missing_contact(silent) == "missing_everything"
    posted = replace(silent, contact=replace(silent.contact, address=("Kerkstraat 1", "1234 AB Utrecht")))
    assert missing_contact(posted) == "missing_email_phone"
    phoned = replace(silent, contact=replace(silent.contact, phone="+31 30 123 45 67"))
    assert missing_contact(phoned) == "missing_letters"  # a phone, but no letter can go out


def test_what_next_names_the_newer_invoice_that_holds_up_the_handover(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 1), amount=Decimal("700.00"))
    notice = event(date(2026, 3, 3), "final_notice")
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), later], events=[notice])
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    assert what_next(claim, ledger.creditor) == [
        "Herinnering sturen sinds 2 april 2026: de betaaltermijn van de nieuwere factuur verliep op 1 april 2026.",
        "Factuur F2026-0002 stond niet in de sommatie van 3 maart 2026: die krijgt na de termijn daarvan eerst een "
        "eigen herinnering, aanmaning en sommatie. Overdragen pas als de termijn van een sommatie waarin ze staat "
        "voorbij is.",
    ]


def test_what_next_says_a_payment_not_a_pause_moved_the_reminder(tmp_path):
    late = payment(date=date(2026, 5, 5), amount=Decimal("1250.00"))
    ledger = one_debtor_ledger(tmp_path, interest="statutory", payments=[late])
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 15))
    assert what_next(claim, ledger.creditor) == [
        "Herinnering sturen sinds 6 mei 2026: de betaaltermijn van de oudste open factuur verliep op 4 februari 2026.",
        "Later dan het beleid: er kwam op 5 mei 2026 een betaling binnen, en wat daarna openstaat wordt pas vanaf "
        "de dag erna herinnerd.",
    ]


def test_during_the_term_staff_are_told_the_handover_will_wait_for_a_newer_invoice(tmp_path):
    from incasso.statement.view import message_key

    later = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 3, 10), amount=Decimal("700.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), later], events=[event(date(2026, 3, 3), "final_notice")])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 15))
    lines = what_next(claim, ledger.creditor)
    assert lines[0].startswith("Overdragen aan incassobureau op 20 maart 2026 als er dan nog niet (helemaal) betaald")
    assert lines[1].startswith("Factuur F2026-0002 stond niet in de sommatie van 3 maart 2026")
    assert message_key(claim) == "final_notice"  # the page states the term that runs


def test_the_claims_document_counts_an_earlier_claim_s_costs_apart(tmp_path):
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 5, 5), "final_notice", costs=Decimal("105.00"))]
    paid = [payment(date=date(2026, 4, 1), amount=Decimal("1437.50"), invoice="F2026-0001")]
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), newer], events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 6, 30))
    record = claims_document([claim], claim.as_of, ledger.creditor.policy, lambda c: "")["claims"][0]
    # The second notice is dated Liberation Day: posted the 6th, received the 8th, costs from the 23rd.
    costs = {"state": "charged", "amount": "105.00", "from_date": "2026-05-23", "earlier": "187.50", "vat": "0.00"}
    assert record["costs"] == costs


def test_the_claims_document_gives_the_vat_in_the_costs_where_the_creditor_charges_it(tmp_path):
    # 187.50 over 1,250.00, and 21 % of it (39.375, down: 39.37): policy.costs_vat.
    ledger = one_debtor_ledger(tmp_path, policy={"costs_vat": True}, events=[event(date(2026, 3, 3), "final_notice")])
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 30))
    record = claims_document([claim], claim.as_of, ledger.creditor.policy, lambda c: "")["claims"][0]
    assert (record["costs"]["amount"], record["costs"]["vat"]) == ("226.87", "39.37")
    assert record["costs_open"] == "226.87"


def test_a_credit_note_booked_removed_or_corrected_is_listed():
    doc = document(FIXTURE / "ledger", D1)
    later = json.loads(claims_json(doc))
    j = next(c for c in later["claims"] if c["id"] == "J-PLAN-OK")
    note = {"number": "C-9", "date": "2026-03-02", "amount": "25.00", "counts": True}
    j["invoices"][0]["credit_notes"] = [note]
    invoice = j["invoices"][0]["number"]
    changes = compare(doc, later)
    assert [(e.id, e.values) for e in changes.sections["credit_notes"]] == [
        (
            "J-PLAN-OK",
            {"number": "C-9", "invoice": invoice, "when": "", "amount": "EUR\xa025,00", "date": "2 maart 2026"},
        )
    ]
    text = changes_markdown(changes)
    assert f"## Creditnota's geboekt (1)\n\n- J-PLAN-OK {j['name']}: creditnota C-9 van 2 maart 2026" in text
    assert not compare(later, later).sections["credit_notes"]  # listed once, on the build that sees it
    corrected = json.loads(claims_json(later))
    next(c for c in corrected["claims"] if c["id"] == "J-PLAN-OK")["invoices"][0]["credit_notes"][0]["amount"] = "30.00"
    changes = compare(later, corrected)
    assert [e.values["amount"] for e in changes.sections["credit_notes_gone"]] == ["EUR\xa025,00"]
    assert [e.values["amount"] for e in changes.sections["credit_notes"]] == ["EUR\xa030,00"]
    assert [e.id for e in compare(later, doc).sections["credit_notes_gone"]] == ["J-PLAN-OK"]  # removed


def test_a_credit_note_dated_ahead_says_from_when_it_counts_and_is_listed_again_when_it_does():
    doc = document(FIXTURE / "ledger", D1)
    entered = json.loads(claims_json(doc))
    j = next(c for c in entered["claims"] if c["id"] == "J-PLAN-OK")
    j["invoices"][0]["credit_notes"] = [{"number": "C-9", "date": "2026-12-01", "amount": "20.00", "counts": False}]
    (line,) = changes_markdown(compare(doc, entered)).split("## Creditnota's geboekt (1)\n\n")[1].splitlines()[:1]
    assert line.endswith(
        "creditnota C-9 van 1 december 2026, EUR\xa020,00 (factuur FPL-1); telt pas vanaf 1 december 2026"
    )
    counting = json.loads(claims_json(entered))
    next(c for c in counting["claims"] if c["id"] == "J-PLAN-OK")["invoices"][0]["credit_notes"][0]["counts"] = True
    changes = compare(entered, counting)
    assert [e.values["when"] for e in changes.sections["credit_notes"]] == ["; telt nu mee"]
    assert not changes.sections["credit_notes_gone"]
    assert not compare(counting, counting).sections["credit_notes"]


def test_a_change_list_with_only_the_statements_new_day_says_nothing_else_changed_not_nothing_changed():
    from incasso.staff.changes import Changes, changes_markdown

    text = changes_markdown(Changes("2026-12-03", "2026-12-02", sections={}, bank_until=("2026-11-20", "2026-12-02")))
    assert "Bankafschriften nu tot en met 2 december 2026 (was 20 november 2026)." in text
    assert text.rstrip().endswith("Verder geen wijzigingen in de dossiers.") and "Geen wijzigingen." not in text


# A handover waiting for the bank statements of its final notice's term (claims.escalation._awaiting_statements).
AWAITED = {
    "nl": (
        "Overdragen aan incassobureau sinds 13 maart 2026, als de afschriften geen betaling in de termijn tonen: de "
        "termijn van de sommatie van 24 februari 2026 liep af op 12 maart 2026.",
        "sinds 13 mrt 2026, als de afschriften geen betaling in de termijn tonen",
    ),
    "en": (
        "Hand over to agency, due since 13 March 2026, if the statements show no payment in the period: the "
        "payment period of the final notice of 24 February 2026 ended on 12 March 2026.",
        "due since 13 Mar 2026, if the statements show no payment in the period",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_handover_waiting_for_the_statements_gives_the_day_its_term_sets(tmp_path, language):
    """The notice of 24 February's term ended on 12 March; the statements read end on 11 March. The overview
    said "Overdragen aan incassobureau vanaf 16 maart 2026" on the 15th (tomorrow, each build), and "sinds 13 maart
    2026" on the 16th once the statements were in: two days for one handover. The day follows from the term; the
    missing statements only leave open whether it comes: said beside that day, on both days the same."""
    from dataclasses import replace

    from incasso.ledger.model import Language
    from incasso.staff.language import speaking
    from incasso.staff.rows import claim_row

    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 24), "final_notice")])
    early = replace(ledger, bank_until=date(2026, 3, 11))
    claim = assess(early, early.debtors[0], date(2026, 3, 15))
    assert claim.term_unseen == date(2026, 3, 12) and not claim.next_action.is_due(claim.as_of)
    with speaking(Language(language)):
        lines = what_next(claim, early.creditor)
        (row,) = staff_rows([claim], early.creditor.policy, {claim.debtor.id: "d.html"})
        shown = claim_row(row, "final_notice", claim.as_of).next
    told, badge = AWAITED[language]
    assert lines[0].startswith(told)
    assert {"nl": "Later dan het beleid", "en": "Later than the usual"}[language] not in " ".join(lines)
    assert shown.when.text == badge and shown.when_iso == "2026-03-13"
    assert shown.when.css == "later"  # not today's work: the statements decide it
