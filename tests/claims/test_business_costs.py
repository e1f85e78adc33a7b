"""`business_costs_from_due`: a business owes costs per invoice paid late (art. 6:96 lid 4 BW).

Each invoice still open after its due date owes costs from the day after it,
without a letter: the staffel over the principal of all late invoices together,
and never less than EUR 40 for each of them (Late Payment Directive art. 6;
CJEU C-585/20). Switching the option on never earns less than leaving it off.
"""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.claims.assess import assess
from incasso.claims.settlement import settle
from incasso.claims.timing import cost_moment
from incasso.ledger.model import Channel, Event, EventType, Policy
from incasso.ledger.problems import Source
from tests.claims.test_settlement import creditor, debtor, make_invoice, make_payment
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
ON = {"business_costs_from_due": True}
EARLY = invoice(number="F-EARLY", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=D("1000.00"))
LATE = invoice(number="F-LATE", date=date(2026, 2, 1), due=date(2026, 3, 3), amount=D("1000.00"))


def business(tmp_path, **changes):
    ledger = one_debtor_ledger(tmp_path, type="business", policy=ON, **changes)
    return lambda as_of: assess(ledger, ledger.debtors[0], as_of)


def test_an_invoice_paid_on_time_brings_no_costs_and_the_overdue_one_does(tmp_path):
    # The oldest invoice was paid on its due date; before, the costs hung on it and so were none at all.
    claim_on = business(
        tmp_path, invoices=[EARLY, LATE], payments=[payment(date=date(2026, 1, 31), amount=D("1000.00"))]
    )
    announced = claim_on(date(2026, 3, 3)).costs
    assert (announced.state, announced.amount, announced.from_date) == ("announced", D("150.00"), date(2026, 3, 4))
    charged = claim_on(date(2026, 3, 4))
    assert (charged.costs.state, charged.costs.amount, charged.costs.principal) == (
        "charged",
        D("150.00"),
        D("1000.00"),
    )
    assert charged.total_due == D("1150.00")


def test_every_late_invoice_owes_at_least_40(tmp_path):
    small = [
        invoice(number=f"F-{n}", date=date(2026, 1, 1), due=date(2026, 1, 10 + n), amount=D("100.00")) for n in range(3)
    ]
    claim_on = business(tmp_path, invoices=small)
    # The staffel over 300.00 is 45.00; three late invoices owe at least 3 x 40.00.
    assert [claim_on(date(2026, 1, 11 + n)).costs.amount for n in range(3)] == [D("40.00"), D("80.00"), D("120.00")]
    assert claim_on(date(2026, 1, 12)).costs.from_date == date(2026, 1, 11)


def test_the_staffel_runs_once_over_the_late_invoices_together(tmp_path):
    claim_on = business(tmp_path, invoices=[EARLY, LATE])
    assert claim_on(date(2026, 2, 1)).costs.amount == D("150.00")  # 15% of the first 1,000
    both = claim_on(date(2026, 3, 4)).costs
    assert (both.amount, both.principal, both.from_date) == (D("300.00"), D("2000.00"), date(2026, 2, 1))
    three = invoice(number="F-BIG", date=date(2026, 2, 1), due=date(2026, 3, 10), amount=D("3000.00"))
    # 5,000 at the staffel: 375 + 250 = 625, once, not 150 + 150 + 425 = 725.
    assert business(tmp_path / "b", invoices=[EARLY, LATE, three])(date(2026, 3, 11)).costs.amount == D("625.00")


def test_costs_are_fixed_over_what_was_open_when_the_invoice_became_late(tmp_path):
    claim_on = business(
        tmp_path,
        invoices=[EARLY],
        payments=[
            payment(date=date(2026, 1, 31), amount=D("600.00")),  # on the due date: lowers the costs
            payment(date=date(2026, 2, 10), amount=D("100.00")),  # after it: pays the costs first
        ],
    )
    claim = claim_on(date(2026, 2, 10))
    assert (claim.costs.amount, claim.costs.principal) == (D("60.00"), D("400.00"))
    assert claim.settlement.costs_open == 0 and claim.settlement.principal_open == D("360.00")


def test_a_few_cents_late_bring_no_costs_below_the_chase_minimum(tmp_path):
    claim_on = business(tmp_path, invoices=[EARLY], payments=[payment(date=date(2026, 1, 31), amount=D("997.00"))])
    assert claim_on(date(2026, 3, 1)).costs.state == "none"


def test_a_later_final_notice_after_the_first_was_paid_brings_costs_for_the_newer_invoice(tmp_path):
    # Without the option, costs follow a final notice: the first notice's invoice was paid within its
    # term, so the second notice, for the newer invoice, opens an episode of its own (docs/computation.md,
    # "Costs hang on the first final notice"): announced in its term, charged after it.
    first, second = date(2026, 2, 10), date(2026, 4, 1)
    ledger = one_debtor_ledger(
        tmp_path,
        type="consumer",
        invoices=[EARLY, LATE],
        payments=[payment(date=first + days(5), amount=D("1000.00"), invoice="F-EARLY")],
        events=[
            event(first, "final_notice", channel="email"),
            event(second, "final_notice", channel="email", costs=D("150.00")),  # as its letter stated them
        ],
        **{"contact.final_notice_by": "email"},  # the consumer agreed to get the final notice by e-mail
    )
    in_term = assess(ledger, ledger.debtors[0], second + days(3))
    assert (in_term.costs.state, in_term.costs.amount, in_term.costs.from_date) == (
        "announced",
        D("150.00"),
        date(2026, 4, 16),
    )
    assert [n.date for n in in_term.final_notices] == [second]
    after = assess(ledger, ledger.debtors[0], second + days(60))
    assert (after.costs.state, after.costs.principal, after.total_due) == ("charged", D("1000.00"), D("1150.00"))


# -- switching the option on never earns less than leaving it off -----------------------------------

START = date(2025, 3, 1)
amounts = st.decimals(min_value=D("0.01"), max_value=D("30000"), places=2)
offsets = st.integers(min_value=0, max_value=300)


@st.composite
def business_dossiers(draw):
    n = draw(st.integers(min_value=1, max_value=5))
    invoices = [make_invoice(f"F{i}", START + timedelta(days=draw(offsets)), draw(amounts)) for i in range(n)]
    numbers = [i.number for i in invoices]
    payments = [
        make_payment(START + timedelta(days=draw(offsets)), draw(amounts), draw(st.none() | st.sampled_from(numbers)))
        for _ in range(draw(st.integers(min_value=0, max_value=6)))
    ]
    notices = sorted(START + timedelta(days=draw(offsets)) for _ in range(draw(st.integers(min_value=0, max_value=2))))
    channel = draw(st.sampled_from([Channel.EMAIL, Channel.LETTER]))
    events = tuple(Event(day, EventType.FINAL_NOTICE, Source("x.yaml"), channel=channel) for day in notices)
    deb = replace(debtor(invoices, payments, "business"), events=events)
    minimum = draw(st.sampled_from([D("0.01"), D("5.00"), D("50.00")]))
    interest = draw(st.sampled_from(["statutory", "none"]))
    as_of = START + timedelta(days=draw(st.integers(min_value=0, max_value=450)))
    return interest, minimum, deb, as_of


@settings(max_examples=300, deadline=None)
@given(business_dossiers())
def test_costs_from_the_due_date_never_earn_less_than_costs_after_a_final_notice(dossier):
    interest, minimum, deb, as_of = dossier
    off = replace(creditor(interest), policy=Policy(chase_minimum=minimum))
    on = replace(off, policy=Policy(chase_minimum=minimum, business_costs_from_due=True))
    settled_off = settle(off, deb, as_of, cost_moment(off, as_of))
    settled_on = settle(on, deb, as_of, cost_moment(on, as_of))
    # All costs charged: those of the episodes paid before, and the present one's.
    earned = lambda s: s.costs_earlier + (s.costs.amount if s.costs else D(0))
    assert earned(settled_on) >= earned(settled_off)
    charged_on = settled_on.costs
    if charged_on is not None:
        # At least EUR 40 for every invoice that was late with at least the chase minimum open.
        assert charged_on.amount >= D(40) and charged_on.amount % D("0.01") == 0


def test_the_page_says_when_40_per_late_invoice_set_the_costs(tmp_path):
    from incasso.statement.tables import costs_text

    small = [
        invoice(number=f"F-{n}", date=date(2026, 1, 1), due=date(2026, 1, 10 + n), amount=D("100.00")) for n in range(3)
    ]
    ledger = one_debtor_ledger(tmp_path, type="business", policy=ON, invoices=small)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 1))
    assert costs_text(claim, ledger.creditor, "nl") == (
        "Wij rekenen EUR\xa0120,00 incassokosten: 3 facturen zijn niet op tijd betaald. Voor elke te laat betaalde "
        "factuur geeft de wet ten minste EUR\xa040,00 (artikel 6:96 lid 4 Burgerlijk Wetboek). In rekening gebracht "
        "in delen: het eerste op 11 januari 2026, het laatste op 13 januari 2026."
    )
    staffel = one_debtor_ledger(tmp_path / "s", type="business", policy=ON, invoices=[EARLY, LATE])
    claim = assess(staffel, staffel.debtors[0], date(2026, 3, 4))
    assert costs_text(claim, staffel.creditor, "en").startswith(
        "We charge EUR\u00a0300.00 in collection costs, calculated on EUR\u00a02,000.00. This is set out in article 6:96"
    )


@settings(max_examples=200, deadline=None)
@given(business_dossiers())
def test_costs_from_the_due_date_create_and_lose_nothing(dossier):
    interest, minimum, deb, as_of = dossier
    on = replace(creditor(interest), policy=Policy(chase_minimum=minimum, business_costs_from_due=True))
    s = settle(on, deb, as_of, cost_moment(on, as_of))
    paid = sum((p.amount for p in deb.payments if p.date <= as_of), D(0))
    shares = [a for applied in s.payments for a in applied.allocations]
    assert (
        paid
        == sum((a.amount for a in shares), D(0))
        == sum(b.principal_paid for b in s.invoices)
        + sum(b.interest - b.interest_open for b in s.invoices)
        + s.costs_earlier
        + s.costs_paid
        + s.credit
    )
    if s.credit > 0:  # a credit only once everything owed, costs included, was paid
        assert s.principal_open == 0 and s.interest_open == 0 and s.costs_open == 0


def test_what_a_payment_leaves_after_every_invoice_and_its_costs_is_a_credit():
    # The payment names the newer invoice, which the costs do not concern; what it leaves goes to the
    # older invoice, its costs first (art. 6:44), and what is left after every invoice and its part of the
    # costs is a credit to refund.
    old, new = make_invoice("F-OLD", date(2026, 1, 31), "1000.00"), make_invoice("F-NEW", date(2026, 5, 31), "100.00")
    on = replace(creditor(), policy=Policy(business_costs_from_due=True))
    deb = debtor([old, new], [make_payment(date(2026, 3, 1), "1200.00", "F-NEW")], "business")
    s = settle(on, deb, date(2026, 3, 1), cost_moment(on, date(2026, 3, 1)))
    assert [(a.to, a.amount, a.invoice) for a in s.payments[0].allocations] == [
        ("principal", D("100.00"), "F-NEW"),
        ("costs", D("150.00"), "F-OLD"),
        ("principal", D("950.00"), "F-OLD"),
    ]
    assert (s.costs.amount, s.costs_open, s.credit) == (D("150.00"), D("0.00"), D("0.00"))
    more = make_payment(date(2026, 3, 1), "1300.00", "F-NEW")  # more than all: the rest is a credit
    s = settle(on, debtor([old, new], [more], "business"), date(2026, 3, 1), cost_moment(on, date(2026, 3, 1)))
    assert (s.costs_open, s.principal_open, s.credit) == (D("0.00"), D("0.00"), D("50.00"))


def test_an_invoice_late_after_all_before_was_paid_climbs_its_own_steps_from_a_reminder(tmp_path):
    # F-EARLY was reminded, and paid late with its costs (150.00); F-NEW fell due later: a new claim,
    # whose costs are fresh and whose first letter is a reminder, not the dunning letter after F-EARLY's.
    new = invoice(number="F-NEW", date=date(2026, 5, 31), due=date(2026, 6, 30), amount=D("1000.00"))
    claim_on = business(
        tmp_path,
        invoices=[EARLY, new],
        events=[event(date(2026, 2, 2), "reminder", channel="email")],
        payments=[payment(date=date(2026, 3, 1), amount=D("1150.00"), invoice="F-EARLY")],
    )
    claim = claim_on(date(2026, 7, 5))
    assert (claim.costs.amount, claim.settlement.costs_earlier, claim.settlement.costs_since) == (
        D("150.00"),
        D("150.00"),
        date(2026, 7, 1),
    )
    assert (claim.stage, claim.next_action.kind) == ("overdue", "reminder")


def test_announced_costs_from_the_due_date_name_the_invoices_falling_due_not_everything(tmp_path):
    from incasso.statement.tables import costs_text

    # On F-EARLY's due date F-LATE is not due yet: paying F-EARLY's 1000.00 stops these costs.
    ledger = one_debtor_ledger(tmp_path, type="business", policy=ON, invoices=[EARLY, LATE])
    claim = assess(ledger, ledger.debtors[0], date(2026, 1, 31))
    assert costs_text(claim, ledger.creditor, "nl").startswith(
        "Nog niet in rekening gebracht. Heeft u niet uiterlijk 31 januari 2026 EUR\u00a01.000,00 betaald? Dan "
        "rekenen wij vanaf 1 februari 2026 incassokosten van EUR\u00a0150,00"
    )


def test_a_younger_invoice_s_part_of_the_costs_does_not_keep_an_older_invoice_s_letters_counting(tmp_path):
    # The reminder and the dunning letter asked for F-EARLY only. A payment naming no invoice paid F-EARLY
    # whole with its costs (150.00) and part of F-LATE's (the staffel over 2,000.00: 300.00, 150.00 each):
    # F-LATE was never reminded, so its next step is a reminder, not the final notice after F-EARLY's letters.
    claim_on = business(
        tmp_path,
        invoices=[EARLY, LATE],
        events=[event(date(2026, 2, 2), "reminder", channel="email"), event(date(2026, 2, 16), "dunning")],
        payments=[payment(date=date(2026, 3, 10), amount=D("1200.00"))],
    )
    claim = claim_on(date(2026, 3, 12))
    early, late = claim.settlement.invoices
    assert (early.open, early.costs_open, late.costs_charged, late.costs_open) == (0, 0, D("150.00"), D("100.00"))
    assert (claim.stage, claim.next_action.kind) == ("overdue", "reminder")
