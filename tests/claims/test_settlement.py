"""Allocation of payments (art. 6:43 and 6:44 BW): which claim, and within it costs, interest, principal."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.claims.settlement import notice_asked, settle
from incasso.claims.timing import CostCheckpoint, CostPlan, cost_moment
from incasso.law import rates
from incasso.law.costs import collection_costs
from incasso.law.rates import RateKind, RateTable
from incasso.ledger.model import (
    Channel,
    Creditor,
    Debtor,
    DebtorContact,
    Desk,
    Event,
    EventType,
    Invoice,
    Payment,
    Policy,
)
from incasso.ledger.problems import Source

D = Decimal


def creditor(interest: str = "none") -> Creditor:
    return Creditor(
        name="Voorbeeld B.V.",
        address=("Industrieweg 12",),
        iban="NL91ABNA0417164300",
        contact=Desk("Sanne", None, None, None, None),
        interest=interest,
    )


def make_invoice(number: str, due: date, amount: str | Decimal, issued: date | None = None) -> Invoice:
    return Invoice(number, issued or due - timedelta(days=30), due, D(amount), None, Source("x.yaml", 1, 1))


def make_payment(on: date, amount: str | Decimal, invoice: str | None = None) -> Payment:
    return Payment(on, D(amount), invoice, Source("x.yaml", 1, 1))


def debtor(invoices, payments=(), type_="consumer") -> Debtor:
    return Debtor("D-1", "Jan", type_, "nl", DebtorContact(), tuple(invoices), tuple(payments), (), Source("x.yaml"))


def after_notice(day: date):
    """A cost rule as a final notice gives: every invoice, from `day`, at the staffel."""
    return lambda d: CostPlan((CostCheckpoint(day, tuple(d.invoices)),), D("0"))


OLD = make_invoice("F-OLD", date(2026, 1, 31), "500.00")
NEW = make_invoice("F-NEW", date(2026, 2, 28), "300.00")


def shares(settlement, n: int = 0) -> list[tuple]:
    return [(a.to, a.amount, a.invoice) for a in settlement.payments[n].allocations]


def open_principal(settlement) -> dict[str, Decimal]:
    return {b.number: b.principal_open for b in settlement.invoices}


# -- which claim (art. 6:43) ------------------------------------------------------------------


def test_a_named_invoice_is_paid_first():
    s = settle(creditor(), debtor([OLD, NEW], [make_payment(date(2026, 3, 10), "300.00", "F-NEW")]), date(2026, 3, 31))
    assert shares(s) == [("principal", D("300.00"), "F-NEW")]
    assert open_principal(s) == {"F-OLD": D("500.00"), "F-NEW": D("0.00")}


def test_what_a_named_invoice_does_not_need_goes_to_the_oldest_due():
    s = settle(creditor(), debtor([OLD, NEW], [make_payment(date(2026, 3, 10), "400.00", "F-NEW")]), date(2026, 3, 31))
    assert shares(s) == [("principal", D("300.00"), "F-NEW"), ("principal", D("100.00"), "F-OLD")]


def test_an_unnamed_payment_goes_to_the_oldest_due_first_whatever_the_file_order():
    s = settle(creditor(), debtor([NEW, OLD], [make_payment(date(2026, 3, 10), "600.00")]), date(2026, 3, 31))
    assert shares(s) == [("principal", D("500.00"), "F-OLD"), ("principal", D("100.00"), "F-NEW")]


def test_claims_already_due_come_before_claims_not_yet_due():
    # Issued earlier but due later: on the payment day only F-DUE is due.
    long_term = make_invoice("F-LONG", date(2026, 6, 30), "200.00", issued=date(2025, 12, 1))
    due = make_invoice("F-DUE", date(2026, 2, 15), "100.00", issued=date(2026, 1, 15))
    s = settle(creditor(), debtor([long_term, due], [make_payment(date(2026, 3, 1), "150.00")]), date(2026, 3, 31))
    assert shares(s) == [("principal", D("100.00"), "F-DUE"), ("principal", D("50.00"), "F-LONG")]


def test_payments_are_applied_in_date_order():
    payments = [make_payment(date(2026, 3, 20), "100.00", "F-NEW"), make_payment(date(2026, 3, 10), "550.00")]
    s = settle(creditor(), debtor([OLD, NEW], payments), date(2026, 3, 31))
    assert [p.payment.date for p in s.payments] == [date(2026, 3, 10), date(2026, 3, 20)]
    assert shares(s, 0) == [("principal", D("500.00"), "F-OLD"), ("principal", D("50.00"), "F-NEW")]
    assert shares(s, 1) == [("principal", D("100.00"), "F-NEW")]


def test_payments_after_the_day_are_not_counted_yet():
    s = settle(creditor(), debtor([OLD], [make_payment(date(2026, 4, 1), "100.00")]), date(2026, 3, 31))
    assert s.payments == ()
    assert s.principal_open == D("500.00")


# -- within a claim (art. 6:44): costs, interest, principal ------------------------------------------


def test_costs_then_interest_then_principal():
    invoice = make_invoice("F1", date(2026, 1, 31), "1000.00")
    charge_on = date(2026, 3, 1)
    rule = after_notice(charge_on)
    s = settle(
        creditor("statutory"), debtor([invoice], [make_payment(date(2026, 3, 10), "200.00")]), date(2026, 3, 10), rule
    )
    interest = (D("1000.00") * 4 * 38 / 36500).quantize(D("0.01"))  # 2026-02-01 .. 03-10: 38 days at 4%
    assert interest == D("4.16")
    assert s.costs.amount == D("150.00") and s.costs.charged_on == charge_on
    assert shares(s) == [
        ("costs", D("150.00"), "F1"),
        ("interest", interest, "F1"),
        ("principal", D("200.00") - D("150.00") - interest, "F1"),
    ]
    assert s.costs_open == 0 and s.interest_open == 0


def test_a_small_payment_covers_costs_only():
    invoice = make_invoice("F1", date(2026, 1, 31), "1000.00")
    s = settle(
        creditor("statutory"),
        debtor([invoice], [make_payment(date(2026, 3, 10), "100.00")]),
        date(2026, 3, 10),
        after_notice(date(2026, 3, 1)),
    )
    assert shares(s) == [("costs", D("100.00"), "F1")]
    assert s.costs_open == D("50.00")
    assert s.principal_open == D("1000.00")


def test_interest_of_the_named_claim_before_its_principal():
    a = make_invoice("A", date(2026, 1, 31), "1000.00")
    b = make_invoice("B", date(2026, 1, 31), "1000.00")
    s = settle(creditor("statutory"), debtor([a, b], [make_payment(date(2026, 3, 2), "50.00", "B")]), date(2026, 3, 2))
    interest = (D("1000.00") * 4 * 30 / 36500).quantize(D("0.01"))
    assert shares(s) == [("interest", interest, "B"), ("principal", D("50.00") - interest, "B")]


# -- overpayment ------------------------------------------------------------------------------------


def test_a_payment_naming_one_invoice_pays_that_invoice_s_part_of_the_costs_not_the_others():
    """Art. 6:43 lets the debtor name the claim, and art. 6:44 takes that claim's costs first: the costs over
    two invoices (the staffel over 1,500.00: 225.00) are 150.00 for the 1,000.00 one and 75.00 for the 500.00
    one; a payment of 575.00 naming the 500.00 one pays its 75.00 and the invoice, not the other's costs."""
    a = make_invoice("A", date(2026, 1, 31), "1000.00")
    b = make_invoice("B", date(2026, 2, 15), "500.00")
    named = make_payment(date(2026, 3, 10), "575.00", "B")
    s = settle(creditor(), debtor([a, b], [named]), date(2026, 3, 10), after_notice(date(2026, 3, 1)))
    assert s.costs.amount == D("225.00")
    assert shares(s) == [("costs", D("75.00"), "B"), ("principal", D("500.00"), "B")]
    assert open_principal(s) == {"A": D("1000.00"), "B": D("0")} and s.costs_open == D("150.00")
    # A second payment naming B has nothing of B left to pay: it goes to the oldest open, A, its costs first.
    again = make_payment(date(2026, 3, 12), "100.00", "B")
    s = settle(creditor(), debtor([a, b], [named, again]), date(2026, 3, 12), after_notice(date(2026, 3, 1)))
    assert shares(s, 1) == [("costs", D("100.00"), "A")]
    # One naming none goes to the oldest open, A, its costs first too.
    plain = make_payment(date(2026, 3, 12), "200.00")
    s = settle(creditor(), debtor([a, b], [named, plain]), date(2026, 3, 12), after_notice(date(2026, 3, 1)))
    assert shares(s, 1) == [("costs", D("150.00"), "A"), ("principal", D("50.00"), "A")]


def test_a_payment_naming_no_invoice_pays_the_oldest_invoice_whole_before_a_younger_one_s_costs():
    """Art. 6:43 lid 2 picks the claim (the oldest due), art. 6:44 takes that claim's costs, interest and
    principal: the younger invoice's part of the costs waits, as the published terms say ("binnen een factuur
    eerst naar de kosten"). Paying all costs first would leave more principal open, and more interest."""
    a = make_invoice("A", date(2026, 1, 31), "1000.00")
    b = make_invoice("B", date(2026, 2, 15), "500.00")
    plain = make_payment(date(2026, 3, 10), "400.00")
    s = settle(creditor(), debtor([a, b], [plain]), date(2026, 3, 10), after_notice(date(2026, 3, 1)))
    assert shares(s) == [("costs", D("150.00"), "A"), ("principal", D("250.00"), "A")]
    assert open_principal(s) == {"A": D("750.00"), "B": D("500.00")} and s.costs_open == D("75.00")
    # With statutory interest: A's interest up to the payment is paid before its principal, B's costs wait.
    s = settle(creditor("statutory"), debtor([a, b], [plain]), date(2026, 3, 10), after_notice(date(2026, 3, 1)))
    interest = (D("1000.00") * 4 * 38 / 36500).quantize(D("0.01"))  # 2026-02-01 .. 03-10: 38 days at 4%
    assert shares(s) == [
        ("costs", D("150.00"), "A"),
        ("interest", interest, "A"),
        ("principal", D("250.00") - interest, "A"),
    ]


def test_what_a_named_payment_leaves_for_another_invoice_pays_that_invoice_s_costs_first():
    # Art. 6:44 within each claim: 1,500.00 naming A pays A's 150.00 of costs and A, then B's 75.00 and B.
    a = make_invoice("A", date(2026, 1, 31), "1000.00")
    b = make_invoice("B", date(2026, 2, 15), "500.00")
    paid = make_payment(date(2026, 3, 10), "1500.00", "A")
    s = settle(creditor(), debtor([a, b], [paid]), date(2026, 3, 10), after_notice(date(2026, 3, 1)))
    assert shares(s) == [
        ("costs", D("150.00"), "A"),
        ("principal", D("1000.00"), "A"),
        ("costs", D("75.00"), "B"),
        ("principal", D("275.00"), "B"),
    ]


def test_no_invoice_s_part_of_a_charge_is_below_zero_and_the_parts_make_the_charge():
    # Three invoices of 100.03 and one with 0.01 open: the staffel over 300.10 is 45.015, down 45.01, a third of
    # it 15.0033.
    invoices = [make_invoice(n, date(2026, 1, 31), "100.03") for n in "ABC"] + [
        make_invoice("E", date(2026, 1, 31), "100.00")
    ]
    paid = make_payment(date(2026, 2, 10), "99.99", "E")  # E has 0.01 open when the costs are charged
    s = settle(creditor(), debtor(invoices, [paid]), date(2026, 3, 10), after_notice(date(2026, 3, 1)))
    assert s.costs.amount == D("45.01")
    parts = {n: D("0") for n in "ABCE"}
    for n in "ABCE":  # what a payment naming each pays of the costs, paid one after the other
        more = make_payment(date(2026, 3, 10), "100.00", n)
        settled = settle(creditor(), debtor(invoices, [paid, more]), date(2026, 3, 10), after_notice(date(2026, 3, 1)))
        parts[n] = sum(
            (a.amount for a in settled.payments[1].allocations if a.to == "costs" and a.invoice == n), D("0")
        )
    assert all(part >= 0 for part in parts.values()) and sum(parts.values()) == D("45.01")


def test_an_overpayment_becomes_a_credit_that_is_shown():
    s = settle(creditor(), debtor([OLD, NEW], [make_payment(date(2026, 3, 10), "850.00")]), date(2026, 3, 31))
    assert shares(s) == [
        ("principal", D("500.00"), "F-OLD"),
        ("principal", D("300.00"), "F-NEW"),
        ("credit", D("50.00"), None),
    ]
    assert s.credit == D("50.00")
    assert s.total_due == 0
    assert s.paid_total == D("850.00")


def test_a_credit_brings_no_costs_later():
    invoice = make_invoice("F1", date(2026, 1, 31), "100.00")
    # A credit exists only once every invoice is paid: the costs of a later checkpoint have no principal.
    s = settle(
        creditor(),
        debtor([invoice], [make_payment(date(2026, 2, 10), "150.00")]),
        date(2026, 3, 31),
        after_notice(date(2026, 3, 1)),
    )
    assert s.costs is None
    assert s.credit == D("50.00")


# -- what allocation keeps: property tests -----------------------------------------------------------

amounts = st.decimals(min_value=D("0.01"), max_value=D("5000"), places=2)
days = st.integers(min_value=0, max_value=500)
START = date(2025, 1, 1)


@st.composite
def dossiers(draw):
    n = draw(st.integers(min_value=1, max_value=4))
    invoices = [make_invoice(f"F{i}", START + timedelta(days=draw(days)), draw(amounts)) for i in range(n)]
    numbers = [i.number for i in invoices]
    payments = [
        make_payment(START + timedelta(days=draw(days)), draw(amounts), draw(st.none() | st.sampled_from(numbers)))
        for _ in range(draw(st.integers(min_value=0, max_value=6)))
    ]
    interest = draw(st.sampled_from(["statutory", "none"]))
    cost_day = draw(st.none() | days)
    rule = None if cost_day is None else after_notice(START + timedelta(days=cost_day))
    as_of = START + timedelta(days=draw(st.integers(min_value=0, max_value=700)))
    return creditor(interest), debtor(invoices, payments, draw(st.sampled_from(["consumer", "business"]))), as_of, rule


@settings(max_examples=300, deadline=None)
@given(dossiers())
def test_allocation_creates_and_loses_nothing(dossier):
    cred, deb, as_of, rule = dossier
    s = settle(cred, deb, as_of, rule)
    for applied in s.payments:
        assert sum(a.amount for a in applied.allocations) == applied.payment.amount
        assert all(a.amount > 0 for a in applied.allocations)
        assert all(a.to in ("costs", "interest", "principal", "credit") for a in applied.allocations)
    for balance in s.invoices:
        assert balance.principal_paid + balance.principal_open == balance.invoice.amount
        assert 0 <= balance.principal_open <= balance.invoice.amount
        assert 0 <= balance.interest_open <= balance.interest
    every = [a for applied in s.payments for a in applied.allocations]
    principal_shares = sum((a.amount for a in every if a.to == "principal"), D(0))
    interest_shares = sum((a.amount for a in every if a.to == "interest"), D(0))
    assert principal_shares == sum(b.principal_paid for b in s.invoices)
    assert interest_shares == sum(b.interest - b.interest_open for b in s.invoices)
    paid = sum((p.amount for p in deb.payments if p.date <= as_of), D(0))
    assert s.paid_total == paid == sum((a.amount for a in every), D(0))
    # Every euro paid is principal, interest, costs or a credit still held.
    assert paid == principal_shares + interest_shares + s.costs_earlier + s.costs_paid + s.credit
    assert 0 <= s.costs_paid <= (s.costs.amount if s.costs else 0)
    if s.credit > 0:  # a credit only once everything owed was paid
        assert s.principal_open == 0 and s.interest_open == 0 and s.costs_open == 0


@settings(max_examples=200, deadline=None)
@given(dossiers())
def test_a_payment_naming_an_open_invoice_pays_it_first(dossier):
    cred, deb, as_of, _ = dossier
    s = settle(cred, deb, as_of)
    for applied in s.payments:
        to_invoices = [a for a in applied.allocations if a.invoice is not None]
        named = applied.payment.invoice
        if named and to_invoices and any(a.invoice == named for a in to_invoices):
            assert to_invoices[0].invoice == named


# -- the costs' episodes: a later final notice after everything before was paid ----------------------

A_DUE, B_DUE = date(2026, 1, 31), date(2026, 3, 3)
FIRST, SECOND = date(2026, 2, 10), date(2026, 4, 1)  # by e-mail: the terms end on 24 February and 15 April


# The later notices' recorded costs: the staffel over all each could ask (the letter a build writes states it).
THE_STAFFEL = Decimal(-1)


def with_notices(deb: Debtor, *sent: date, stated: Decimal | None = THE_STAFFEL) -> Debtor:
    """Final notices by e-mail on `sent`, as the debtor agreed to get them (`final_notice_by: email`); the
    later ones recorded with the costs their letters stated (`stated`: by default the staffel over all they could
    ask, whole, so that the core's own amount is never more than they stated; more would bring none: session 41)."""

    def costs(day: date) -> Decimal | None:
        if stated != THE_STAFFEL:
            return stated
        return collection_costs(sum((i.owed(day) for i in deb.invoices if i.due < day), Decimal(0)))

    notices = tuple(
        Event(day, EventType.FINAL_NOTICE, Source("x.yaml"), channel=Channel.EMAIL, costs=costs(day) if k else None)
        for k, day in enumerate(sent)
    )
    return replace(deb, events=notices, contact=replace(deb.contact, final_notice_by=Channel.EMAIL))


def two_episodes(
    a: str, b: str, payments=(), interest: str = "none", as_of: date = date(2026, 6, 1), stated=THE_STAFFEL
):
    """F-A's notice on 10 February, F-B's on 1 April, settled with the cost rule as the product runs it."""
    invoices = [make_invoice("F-A", A_DUE, a), make_invoice("F-B", B_DUE, b)]
    cred = creditor(interest)
    deb = with_notices(debtor(invoices, payments), FIRST, SECOND, stated=stated)
    return settle(cred, deb, as_of, cost_moment(cred, as_of))


def test_a_later_notice_after_the_first_was_paid_in_its_term_brings_costs_of_its_own():
    s = two_episodes("1000.00", "1000.00", [make_payment(FIRST + timedelta(days=5), "1000.00", "F-A")])
    assert (s.costs.amount, s.costs.principal, s.costs.charged_on) == (D("150.00"), D("1000.00"), date(2026, 4, 16))
    assert s.episode is not None and (s.episode.asked_on, [i.number for i in s.episode.invoices]) == (SECOND, ["F-B"])


def test_a_later_notice_while_the_first_is_unpaid_brings_no_costs_of_its_own():
    s = two_episodes("1000.00", "1000.00")
    assert (s.costs.amount, s.costs.principal, s.costs.charged_on) == (D("150.00"), D("1000.00"), date(2026, 2, 25))
    assert s.episode is None and s.paid_episode is None


def test_a_payment_on_the_later_notice_s_own_day_counts_as_the_letter_written_that_day_knew_it():
    # The build that wrote the notice read that day's payments: its letter stated F-B's own costs.
    s = two_episodes("1000.00", "1000.00", [make_payment(SECOND, "1150.00", "F-A")])
    assert s.episode is not None and (s.costs.amount, s.costs_earlier) == (D("150.00"), D("150.00"))
    # Not known that day, the letter stated none of its own: recorded without `costs`, none follow.
    s = two_episodes("1000.00", "1000.00", [make_payment(SECOND, "1150.00", "F-A")], stated=None)
    assert (s.episode, s.costs, s.costs_earlier, s.total_due) == (None, None, D("150.00"), D("1000.00"))


def test_a_new_episode_counts_the_staffel_afresh_and_keeps_the_costs_paid_before():
    # F-A's costs (625.00) were charged after its term and paid with it; F-B is a new claim: the
    # staffel over 5,000 again (625.00), not what 10,000 adds to 5,000 (250.00).
    s = two_episodes("5000.00", "5000.00", [make_payment(date(2026, 3, 10), "5625.00", "F-A")])
    assert (s.costs.amount, s.costs_paid, s.costs_open, s.costs_earlier) == (
        D("625.00"),
        D("0.00"),
        D("625.00"),
        D("625.00"),
    )
    assert shares(s) == [("costs", D("625.00"), "F-A"), ("principal", D("5000.00"), "F-A")]
    assert s.total_due == D("5625.00")


def test_the_term_s_interest_left_of_a_notice_paid_in_its_term_does_not_hold_a_new_episode_back():
    cred = creditor("statutory")
    asked = settle(cred, debtor([make_invoice("F-A", A_DUE, "20000.00")]), FIRST).total_due
    s = two_episodes("20000.00", "1000.00", [make_payment(FIRST + timedelta(days=10), asked, "F-A")], "statutory")
    assert open_principal(s)["F-A"] > D("5.00")  # the term's interest, over the chase minimum
    assert s.episode is not None and (s.costs.amount, s.costs.principal) == (D("150.00"), D("1000.00"))


def test_costs_from_the_due_date_count_afresh_for_an_invoice_late_after_all_before_was_paid():
    business = replace(creditor(), policy=Policy(business_costs_from_due=True))
    invoices = [make_invoice("F-A", A_DUE, "5000.00"), make_invoice("F-B", B_DUE, "5000.00")]
    deb = debtor(invoices, [make_payment(date(2026, 2, 20), "5625.00", "F-A")], "business")
    s = settle(business, deb, date(2026, 4, 1), cost_moment(business, date(2026, 4, 1)))
    assert (s.costs.amount, s.costs.charged_on, s.costs_earlier) == (D("625.00"), date(2026, 3, 4), D("625.00"))


def test_a_new_episode_s_notice_asked_its_invoices_whole_after_the_earlier_costs_were_paid():
    # The 5,625.00 paid F-A's costs first (art. 6:44) and F-A; none of it went to F-B, so the second
    # notice asked all of F-B: a part paid in its term lowers its costs as with any notice.
    paid = [make_payment(date(2026, 3, 10), "5625.00", "F-A"), make_payment(date(2026, 4, 10), "4375.00", "F-B")]
    s = two_episodes("5000.00", "5000.00", paid)
    deb = with_notices(
        debtor([make_invoice("F-A", A_DUE, "5000.00"), make_invoice("F-B", B_DUE, "5000.00")], paid), FIRST, SECOND
    )
    plan = cost_moment(creditor(), date(2026, 6, 1))(deb)
    assert notice_asked(creditor(), deb, plan, s.episode, date(2026, 6, 1)) == D("5000.00")
    assert (s.costs.amount, s.costs.principal) == (D("93.75"), D("625.00"))


def test_a_new_episode_s_notice_asked_the_older_rest_too_and_paying_that_stops_its_costs():
    # F-A's notice was paid in its term but for the term's interest; F-B's notice asked that rest too,
    # and a payment naming no invoice pays the older F-A first (art. 6:43): paying what the letter
    # asked stops the costs, and that is what the page names (notice_asked), not F-B's part alone.
    cred = creditor("statutory")
    a_asked = settle(cred, debtor([make_invoice("F-A", A_DUE, "20000.00")]), FIRST).total_due
    first_paid = [make_payment(FIRST + timedelta(days=10), a_asked, "F-A")]
    letter = two_episodes("20000.00", "1000.00", first_paid, "statutory", as_of=SECOND).total_due
    s = two_episodes("20000.00", "1000.00", first_paid, "statutory")
    invoices = [make_invoice("F-A", A_DUE, "20000.00"), make_invoice("F-B", B_DUE, "1000.00")]
    deb = with_notices(debtor(invoices, first_paid), FIRST, SECOND)
    assert notice_asked(cred, deb, cost_moment(cred, SECOND)(deb), s.episode, SECOND) == letter
    paid = two_episodes(
        "20000.00", "1000.00", [*first_paid, make_payment(SECOND + timedelta(days=5), letter)], "statutory"
    )
    assert paid.episode is not None and paid.costs is None and paid.costs_earlier == 0


def test_a_later_notice_recorded_without_costs_of_its_own_opens_no_episode():
    # Its letter stated none (written, say, before the payment that settled F-A was known): none follow.
    s = two_episodes("1000.00", "1000.00", [make_payment(FIRST + timedelta(days=5), "1000.00", "F-A")], stated=None)
    assert (s.episode, s.costs, s.total_due) == (None, None, D("1000.00"))


def test_a_new_episode_never_charges_more_than_its_letter_stated():
    s = two_episodes("1000.00", "1000.00", [make_payment(FIRST + timedelta(days=5), "1000.00", "F-A")], stated=D("100"))
    assert (s.costs.amount, s.total_due) == (D("100"), D("1100.00"))


# -- past the rate table's last half year ----------------------------------------------------------


def with_half_year_added(table: RateTable) -> RateTable:
    """The table with each kind's next half year written in at the rate it already had (as staff add it)."""
    return replace(
        table,
        **{
            kind.value: table.of(kind)
            + (replace(table.of(kind)[-1], start=table.known_until + timedelta(days=1), confirmed=True),)
            for kind in RateKind
        },
    )


def figures(s) -> tuple:
    """Every figure a page and a letter state of a settlement: lines, what each payment paid, the totals."""
    lines = [(li.start, li.end, li.base, li.percent, li.amount) for b in s.invoices for li in b.interest_lines]
    paid = [[(a.to, a.amount, a.invoice) for a in p.allocations] for p in s.payments]
    return lines, paid, s.interest, s.interest_open, s.principal_open


def test_adding_the_next_half_year_at_the_same_rate_changes_no_figure(monkeypatch):
    # A ledger past the table's end (30 June 2026 as shipped): the interest from 1 July on is already counted
    # per half year, so that the row staff add later, at the same rate, leaves every figure sent as it was.
    table = rates.shipped_rates()
    later = make_invoice("W-1", table.known_until - timedelta(days=1), "2150.00")
    paid = make_payment(table.known_until + timedelta(days=122), "500.00")
    as_of = table.known_until + timedelta(days=157)
    ahead = settle(creditor("statutory"), debtor([later], [paid]), as_of)
    monkeypatch.setattr(rates, "shipped_rates", lambda: with_half_year_added(table))
    added = settle(creditor("statutory"), debtor([later], [paid]), as_of)
    assert figures(ahead) == figures(added)
    assert [li.end for li in ahead.invoices[0].interest_lines][:2] == [table.known_until, paid.date]
