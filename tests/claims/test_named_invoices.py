"""A payment naming several invoices (`invoices:`, or a bank text "F2026-0142 en 0143"): art. 6:43 lid 1 BW.

The debtor's designation of a list binds: the payment pays the invoices it names, among them in the law's
order (due ones first, the oldest due first; within each its costs, interest, principal: art. 6:44 BW), and
only what is more than them goes on as money naming none does.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.settlement import Share, settle
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.view import staff_book
from incasso.statement.tables import payment_rows
from tests.claims.test_settlement import creditor, debtor, make_invoice, make_payment
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal

# The worked example of docs/computation.md ("A payment naming several invoices"): a business, handelsrente
# 10.15 % over 2026, no collection costs charged.
F141 = make_invoice("F2026-0141", date(2026, 3, 1), "1000.00")
F142 = make_invoice("F2026-0142", date(2026, 4, 1), "600.00")
F143 = make_invoice("F2026-0143", date(2026, 5, 1), "400.00")
PAID_ON = date(2026, 6, 30)


def named(amount: str, *numbers: str, on: date = PAID_ON):
    return replace(make_payment(on, amount), invoices=numbers)


def shares(settlement, k: int = 0):
    return [(a.to, a.amount, a.invoice) for a in settlement.payments[k].allocations]


def open_of(settlement, number: str) -> Decimal:
    return next(b.principal_open for b in settlement.invoices if b.number == number)


def example(payment):
    return settle(creditor("statutory"), debtor([F141, F142, F143], [payment], type_="business"), PAID_ON)


def test_a_payment_naming_two_invoices_pays_those_in_the_law_s_order():
    # Named "F2026-0143 en 0142": 0142 is due first, so paid first. Interest to 30 June: 0142 90 days,
    # 600.00 x 10.15 % x 90/365 = 15.02; 0143 60 days, 400.00 x 10.15 % x 60/365 = 6.67.
    settlement = example(named("800.00", "F2026-0143", "F2026-0142"))
    assert shares(settlement) == [
        (Share.INTEREST, D("15.02"), "F2026-0142"),
        (Share.PRINCIPAL, D("600.00"), "F2026-0142"),
        (Share.INTEREST, D("6.67"), "F2026-0143"),
        (Share.PRINCIPAL, D("178.31"), "F2026-0143"),
    ]
    assert open_of(settlement, "F2026-0141") == D("1000.00")  # not named: untouched
    assert open_of(settlement, "F2026-0143") == D("221.69")


def test_naming_none_the_same_payment_pays_the_oldest_invoice_as_before():
    # 0141, 121 days: 1,000.00 x 10.15 % x 121/365 = 33.65.
    settlement = example(make_payment(PAID_ON, "800.00"))
    assert shares(settlement) == [
        (Share.INTEREST, D("33.65"), "F2026-0141"),
        (Share.PRINCIPAL, D("766.35"), "F2026-0141"),
    ]


def test_what_is_more_than_the_named_invoices_goes_on_as_unnamed_money():
    # 615.02 + 406.67 = 1,021.69 for the named; the 78.31 left pays the oldest other, 0141.
    settlement = example(named("1100.00", "F2026-0142", "F2026-0143"))
    assert shares(settlement)[4:] == [
        (Share.INTEREST, D("33.65"), "F2026-0141"),
        (Share.PRINCIPAL, D("44.66"), "F2026-0141"),
    ]
    assert open_of(settlement, "F2026-0143") == 0 and settlement.credit == 0


def test_among_the_named_a_due_invoice_comes_before_one_not_yet_due():
    # On 15 April 0143 (due 1 May) is not due, 0142 is: 0142 first, whatever order the payer wrote.
    day = date(2026, 4, 15)
    settlement = settle(
        creditor(), debtor([F141, F142, F143], [named("700.00", "F2026-0143", "F2026-0142", on=day)]), day
    )
    assert shares(settlement) == [
        (Share.PRINCIPAL, D("600.00"), "F2026-0142"),
        (Share.PRINCIPAL, D("100.00"), "F2026-0143"),
    ]


def test_within_each_named_invoice_its_own_costs_come_first():
    # A final notice on 1 April over 0141 and 0142 (1,600.00: 15 % = 240.00: 150.00 and 90.00 by principal).
    from tests.claims.test_settlement import after_notice

    paid = named("200.00", "F2026-0142", on=date(2026, 4, 20))
    listed = named("200.00", "F2026-0142", "F2026-0143", on=date(2026, 4, 20))
    plan = after_notice(date(2026, 4, 15))
    one = settle(creditor(), debtor([F141, F142], [paid]), date(2026, 4, 20), plan)
    two = settle(creditor(), debtor([F141, F142, F143], [listed]), date(2026, 4, 20), plan)
    assert (
        shares(two)[:2]
        == shares(one)
        == [(Share.COSTS, D("90.00"), "F2026-0142"), (Share.PRINCIPAL, D("110.00"), "F2026-0142")]
    )


def test_a_list_of_one_and_invoice_mean_the_same():
    assert shares(example(named("800.00", "F2026-0143"))) == shares(
        example(make_payment(PAID_ON, "800.00", "F2026-0143"))
    )


# -- a list that names a disputed invoice ------------------------------------------------------------

DUE = date(2026, 2, 4)
INVOICES = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
    invoice(number="F-C", date=date(2026, 2, 1), due=date(2026, 3, 3), amount=D("300.00")),
]
B_DISPUTED = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B"])
B_ANSWERED = event(DUE + days(30), "dispute_resolved", invoices=["F-B"], outcome="Klopt")


def claim_on(tmp_path, as_of, events, payments, lang="nl"):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=events, payments=payments, language=lang)
    return ledger, assess(ledger, ledger.debtors[0], as_of)


def test_the_part_more_than_the_undisputed_named_invoices_is_kept_for_the_disputed_one(tmp_path):
    paid = payment(date=DUE + days(8), amount=D("500.00"), invoices=["F-B", "F-C"])
    _, claim = claim_on(tmp_path, DUE + days(20), [B_DISPUTED], [paid])
    assert shares(claim.settlement) == [(Share.PRINCIPAL, D("300.00"), "F-C"), (Share.DISPUTED, D("200.00"), "F-B")]
    assert claim.total_due == D("640.00")  # F-A, not named, untouched; F-C paid; F-B left out


def test_after_the_answer_the_undisputed_named_invoice_keeps_what_it_was_paid(tmp_path):
    # F-B is due before F-C, but was disputed apart on the payment's day: it comes last among the named.
    paid = payment(date=DUE + days(8), amount=D("500.00"), invoices=["F-B", "F-C"])
    _, claim = claim_on(tmp_path, DUE + days(40), [B_DISPUTED, B_ANSWERED], [paid])
    assert shares(claim.settlement) == [(Share.PRINCIPAL, D("300.00"), "F-C"), (Share.PRINCIPAL, D("200.00"), "F-B")]
    assert open_of(claim.settlement, "F-A") == D("640.00") and open_of(claim.settlement, "F-B") == D("980.00")


def test_what_is_more_than_the_named_invoices_ask_pays_the_others(tmp_path):
    # F-B is kept what it asks (1,180.00), not all that is left: the 180.00 beyond names no invoice (art. 6:43
    # lid 2 BW) and pays F-C, as it does once the dispute is answered.
    paid = payment(date=DUE + days(8), amount=D("2000.00"), invoices=["F-A", "F-B"])
    _, claim = claim_on(tmp_path, DUE + days(20), [B_DISPUTED], [paid])
    assert shares(claim.settlement) == [
        (Share.PRINCIPAL, D("640.00"), "F-A"),
        (Share.DISPUTED, D("1180.00"), "F-B"),
        (Share.PRINCIPAL, D("180.00"), "F-C"),
    ]
    assert open_of(claim.settlement, "F-C") == D("120.00")
    (row,) = payment_rows(claim, Language.NL)
    assert row.applied[1].endswith(". Wat u meer betaalde, gaat naar uw andere factuur")  # F-C: F-A was named
    _, later = claim_on(tmp_path, DUE + days(40), [B_DISPUTED, B_ANSWERED], [paid])
    assert shares(later.settlement)[2:] == [(Share.PRINCIPAL, D("180.00"), "F-C")]


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "facturen F-C en F-B, die u betwist: 500,00; wij houden dit apart voor die facturen tot wij u "
         "hebben geantwoord"),
        ("en", "invoices F-C and F-B, which you dispute: 500.00; we keep this for those invoices until we have "
         "answered you"),
    ],
)  # fmt: skip
def test_a_list_of_disputed_invoices_is_kept_whole_for_them(tmp_path, lang, words):
    both = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B", "F-C"])
    paid = payment(date=DUE + days(8), amount=D("500.00"), invoices=["F-C", "F-B"])
    _, claim = claim_on(tmp_path, DUE + days(20), [both], [paid], lang=lang)
    (kept,) = claim.settlement.payments[0].allocations
    # Kept for both, named in the payment's order: how much is whose is what the dispute is about.
    assert (kept.to, kept.amount, kept.kept_for) == (Share.DISPUTED, D("500.00"), ("F-C", "F-B"))
    (row,) = payment_rows(claim, Language(lang))
    assert row.applied == (words,)


def test_the_page_and_the_staff_dossier_say_which_invoices_the_payment_paid(tmp_path):
    paid = payment(date=DUE + days(8), amount=D("500.00"), invoices=["F-C", "F-A"])
    ledger, claim = claim_on(tmp_path, DUE + days(20), [], [paid])
    (row,) = payment_rows(claim, Language.NL)
    assert row.applied == ("factuur F-A: 500,00",)
    book = staff_book([claim], ledger.creditor, DUE + days(20), "", lambda c: "s/")
    (staff_row,) = dossier_page(book, book.rows[0]).payments
    assert staff_row.invoice == "F-C, F-A"
    assert staff_row.allocations == ("EUR\xa0500,00 hoofdsom F-A",)


def test_the_staff_dossier_names_every_disputed_invoice_a_payment_is_kept_for(tmp_path):
    both = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B", "F-C"])
    paid = payment(date=DUE + days(8), amount=D("500.00"), invoices=["F-C", "F-B"])
    ledger, claim = claim_on(tmp_path, DUE + days(20), [both], [paid])
    book = staff_book([claim], ledger.creditor, DUE + days(20), "", lambda c: "s/")
    (row,) = dossier_page(book, book.rows[0]).payments
    assert (row.invoice, row.allocations) == ("F-C, F-B", ("EUR\xa0500,00 apart voor betwiste facturen F-C, F-B",))


@pytest.mark.parametrize("lang, words", [("nl", "factuur F-C: 200,00"), ("en", "invoice F-C: 200.00")])
def test_a_payment_naming_the_disputed_invoice_and_another_that_takes_it_all_is_not_said_to_be_kept(
    tmp_path, lang, words
):
    # F-C (300.00 open) is paid first among the named, so 200.00 leaves nothing for F-B, and no payment before
    # kept anything for it: there is no "all it could ask is kept already" to explain.
    paid = payment(date=DUE + days(8), amount=D("200.00"), invoices=["F-B", "F-C"])
    _, claim = claim_on(tmp_path, DUE + days(20), [B_DISPUTED], [paid], lang=lang)
    assert shares(claim.settlement) == [(Share.PRINCIPAL, D("200.00"), "F-C")]
    (row,) = payment_rows(claim, Language(lang))
    assert row.applied == (words,)


def test_money_beyond_the_disputed_invoice_that_pays_two_others_says_so(tmp_path):
    paid = payment(date=DUE + days(8), amount=D("2000.00"), invoice="F-B")
    _, claim = claim_on(tmp_path, DUE + days(20), [B_DISPUTED], [paid])
    (row,) = payment_rows(claim, Language.NL)
    assert row.applied[0].endswith(". Wat u meer betaalde, gaat naar uw andere facturen")
    assert row.applied[1:] == ("factuur F-A: 640,00", "factuur F-C: 180,00")
