"""A dispute that names its invoices (`invoices:` on a dispute): only those wait for the answer.

A consumer with two invoices of 2026-02-04: F-A (640.00, accepted) and F-B (1180.00, disputed),
no interest. In Dutch practice what the debtor does not dispute stays payable and is chased;
a dispute without `invoices` still pauses the whole dossier, as it always did.
"""

from datetime import date
from decimal import Decimal
from urllib.parse import unquote

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.settlement import Share
from incasso.claims.states import ActionKind, CostsState, PromiseState, Status
from incasso.law.costs import collection_costs
from incasso.ledger.model import Language
from incasso.staff.changes import changes_markdown, compare
from incasso.staff.dossier_page import dossier_page
from incasso.staff.exports import claims_document
from incasso.staff.overview import flags
from incasso.staff.view import flag_detail, staff_book
from incasso.statement.tables import payment_rows
from incasso.statement.view import statement_view
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import (
    days,
    event,
    invoice,
    ledger_problems,
    one_debtor_ledger,
    payment,
    valid_creditor,
    valid_debtor,
    where,
    write_ledger,
)

D = Decimal
DUE = date(2026, 2, 4)
INVOICES = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
]
REMINDED = event(DUE + days(1), "reminder", channel="letter")
DISPUTED = DUE + days(5)


def claim_on(tmp_path, as_of, *events, lang="nl", invoices=INVOICES, **changes):
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=[REMINDED, *events], language=lang, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


def dispute(*numbers, on=DISPUTED):
    fields = {"invoices": list(numbers)} if numbers else {}
    return event(on, "dispute", reason="De afzuiging was niet schoon", **fields)


# -- the escalation and the amount asked ---------------------------------------------------


def test_a_dispute_of_one_invoice_leaves_the_other_to_be_chased(tmp_path):
    claim, view = claim_on(tmp_path, DUE + days(20), dispute("F-B"))
    assert claim.status == Status.ACTIVE and claim.dispute is None
    assert [i.number for i in claim.disputed] == ["F-B"]
    # The dunning letter follows the reminder, for what is not disputed.
    assert claim.next_action.kind == ActionKind.DUNNING and claim.next_action.due == DUE + days(15)
    assert claim.amount_due_now == D("640.00") and claim.total_due == D("640.00")
    assert view.pay.amount_set and view.pay.amount == D("640.00")
    assert "EUR640" in view.pay.payload.splitlines()  # the QR code asks the same
    assert [b.number for b in claim.settlement.invoices] == ["F-A"]


def test_a_dispute_without_invoices_still_pauses_the_whole_dossier(tmp_path):
    claim, view = claim_on(tmp_path, DUE + days(20), dispute())
    assert claim.status == Status.DISPUTE and claim.disputed == ()
    assert claim.next_action.kind == ActionKind.REVIEW_DISPUTE
    assert claim.total_due == D("1820.00") and not view.pay.amount_set
    assert view.summary.lead.heading == "U bent het niet eens met de factuur"


def test_the_collection_costs_are_counted_over_the_undisputed_invoice_only(tmp_path):
    notice = event(DUE + days(16), "final_notice", channel="letter")
    claim, _ = claim_on(tmp_path, DUE + days(60), dispute("F-B"), notice)
    assert claim.costs.state == CostsState.CHARGED
    assert claim.costs.principal == D("640.00") and claim.costs.amount == collection_costs(D("640.00"))
    assert claim.total_due == D("640.00") + collection_costs(D("640.00"))


def test_once_the_answer_comes_the_invoice_is_chased_again(tmp_path):
    answered = event(DUE + days(12), "dispute_resolved", invoices=["F-B"], outcome="Factuur klopt")
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), answered)
    assert claim.disputed == () and claim.total_due == D("1820.00")


def test_with_only_the_disputed_invoice_left_the_dossier_waits_for_the_answer(tmp_path):
    paid = [payment(date=DUE + days(8), amount=D("640.00"), invoice="F-A")]
    claim, view = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=paid)
    assert claim.status == Status.DISPUTE and claim.total_due == D("1180.00")
    assert claim.next_action.kind == ActionKind.REVIEW_DISPUTE
    lead = view.summary.lead
    assert lead.heading == "U bent het niet eens met factuur F-B"
    assert lead.lines[0] == "Op 9 februari 2026 liet u ons weten dat u het niet eens bent met factuur F-B."


# -- a payment naming the disputed invoice stays with it (art. 6:43 lid 1 BW) ---------------


FOR_B = payment(date=DUE + days(8), amount=D("500.00"), invoice="F-B")


def test_a_payment_naming_the_disputed_invoice_does_not_pay_the_others(tmp_path):
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=[FOR_B])
    assert claim.total_due == D("640.00") and claim.amount_due_now == D("640.00")
    (kept,) = claim.settlement.payments
    assert [(a.to, a.amount, a.invoice) for a in kept.allocations] == [(Share.DISPUTED, D("500.00"), "F-B")]
    assert claim.next_action.kind == ActionKind.DUNNING  # the undisputed invoice is still unpaid


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "factuur F-B, die u betwist: 500,00; wij houden dit apart voor die factuur tot wij u hebben geantwoord"),
        ("en", "invoice F-B, which you dispute: 500.00; we keep this for that invoice until we have answered you"),
    ],
)
def test_the_page_says_the_payment_was_received_for_the_disputed_invoice(tmp_path, lang, words):
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=[FOR_B], lang=lang)
    (row,) = payment_rows(claim, Language(lang))
    assert row.amount == ("500,00" if lang == "nl" else "500.00") and row.applied == (words,)


def test_once_answered_the_payment_counts_against_the_disputed_invoice(tmp_path):
    answered = event(DUE + days(12), "dispute_resolved", invoices=["F-B"], outcome="Factuur klopt")
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), answered, payments=[FOR_B])
    assert claim.total_due == D("1320.00")
    (balance_b,) = [b for b in claim.settlement.invoices if b.number == "F-B"]
    assert balance_b.principal_open == D("680.00")


def test_a_payment_naming_the_disputed_invoice_keeps_no_promise_about_the_rest(tmp_path):
    promised = event(DUE + days(6), "promise", promised_date=DUE + days(10), amount=D("500.00"))
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), promised, payments=[FOR_B])
    assert claim.promise is not None and claim.promise.state == PromiseState.BROKEN


# -- what is more than the disputed invoice asks pays the others (art. 6:43 lid 2 BW) ---------

MORE_FOR_B = payment(date=DUE + days(8), amount=D("1500.00"), invoice="F-B")


def kept_and_paid(claim, payment_index=0):
    return [(a.to, a.amount, a.invoice) for a in claim.settlement.payments[payment_index].allocations]


def test_a_payment_naming_the_disputed_invoice_keeps_what_it_asks_and_the_rest_pays_the_others(tmp_path):
    claim, view = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=[MORE_FOR_B])
    assert kept_and_paid(claim) == [(Share.DISPUTED, D("1180.00"), "F-B"), (Share.PRINCIPAL, D("320.00"), "F-A")]
    assert claim.total_due == D("320.00") and claim.amount_due_now == D("320.00")
    assert view.pay.payload.split("\n")[7] == "EUR320"  # the QR code asks what is left of F-A


def test_once_answered_the_same_payment_pays_the_disputed_invoice_then_the_other(tmp_path):
    answered = event(DUE + days(12), "dispute_resolved", invoices=["F-B"], outcome="Factuur klopt")
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), answered, payments=[MORE_FOR_B])
    assert kept_and_paid(claim) == [(Share.PRINCIPAL, D("1180.00"), "F-B"), (Share.PRINCIPAL, D("320.00"), "F-A")]
    assert claim.total_due == D("320.00")  # the same figures: the dispute's answer moved no money


def test_what_an_earlier_payment_kept_for_the_disputed_invoice_is_no_longer_asked_of_a_later_one(tmp_path):
    first = payment(date=DUE + days(8), amount=D("1000.00"), invoice="F-B")
    second = payment(date=DUE + days(9), amount=D("500.00"), invoice="F-B")
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=[first, second])
    assert kept_and_paid(claim, 0) == [(Share.DISPUTED, D("1000.00"), "F-B")]
    assert kept_and_paid(claim, 1) == [(Share.DISPUTED, D("180.00"), "F-B"), (Share.PRINCIPAL, D("320.00"), "F-A")]


def test_a_credit_note_on_the_disputed_invoice_lowers_what_is_kept_for_it(tmp_path):
    credited = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(7), "amount": D("180.00")}]}
    claim, _ = claim_on(
        tmp_path, DUE + days(20), dispute("F-B"), payments=[MORE_FOR_B], invoices=[INVOICES[0], credited]
    )
    assert kept_and_paid(claim) == [(Share.DISPUTED, D("1000.00"), "F-B"), (Share.PRINCIPAL, D("500.00"), "F-A")]
    assert claim.total_due == D("140.00")


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", ("factuur F-B, die u betwist: 1.180,00, wat die factuur vraagt als die blijft staan (met eventuele "
                "rente en kosten). Wij houden dit apart voor die factuur tot wij u hebben geantwoord. Wat u meer "
                "betaalde, gaat naar uw andere factuur",
                "factuur F-A: 320,00")),
        ("en", ("invoice F-B, which you dispute: 1,180.00, what that invoice asks if it stands (with any interest "
                "and costs). We keep this for that invoice until we have answered you. What you paid on top of it "
                "goes to your other invoice",
                "invoice F-A: 320.00")),
    ],
)  # fmt: skip
def test_the_page_says_the_disputed_invoice_keeps_what_it_asks_and_where_the_rest_went(tmp_path, lang, words):
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=[MORE_FOR_B], lang=lang)
    (row,) = payment_rows(claim, Language(lang))
    assert row.applied == words


def test_the_staff_dossier_shows_what_was_kept_and_where_the_rest_went(tmp_path):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=[REMINDED, dispute("F-B")], payments=[MORE_FOR_B])
    as_of = DUE + days(20)
    book = staff_book([assess(ledger, ledger.debtors[0], as_of)], ledger.creditor, as_of, "", lambda c: "s/")
    (row,) = dossier_page(book, book.rows[0]).payments
    assert row.allocations[0] == "EUR\xa01.180,00 apart voor betwiste factuur F-B"
    assert "320,00" in row.allocations[1] and "F-A" in row.allocations[1]


def test_what_the_payment_paid_of_the_other_invoice_counts_towards_a_promise(tmp_path):
    promised = event(DUE + days(6), "promise", promised_date=DUE + days(10), amount=D("300.00"))
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), promised, payments=[MORE_FOR_B])
    assert claim.promise is not None and claim.promise.state == PromiseState.KEPT
    assert claim.promise.paid == D("320.00")  # not the 1,180.00 kept for F-B


def test_what_the_payment_paid_of_the_other_invoice_counts_towards_a_plan(tmp_path):
    plan = event(DUE + days(6), "arrangement", installments=[{"due": DUE + days(10), "amount": D("400.00")}])
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), plan, payments=[MORE_FOR_B])
    (installment,) = claim.plan.installments
    assert installment.paid == D("320.00")


def test_a_bank_payment_matched_to_the_disputed_invoice_stays_with_it(tmp_path):
    # Long enough for the bank's matching to take as an invoice number (incasso.bank.matching).
    numbered = [invoice(number="F2026-0001", amount=D("640.00")), invoice(number="F2026-0002", amount=D("1180.00"))]
    doc = valid_debtor(invoices=numbered, events=[REMINDED, dispute("F2026-0002")])
    root = write_ledger(tmp_path, valid_creditor(interest="none"), [doc])
    booking = Booking("500.00", DUE + days(8), ref="B1", text="Factuur F2026-0002")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [booking])})
    ledger = read_books(root, DUE + days(20)).ledger
    claim = assess(ledger, ledger.debtors[0], DUE + days(20))
    (kept,) = claim.settlement.payments
    assert kept.payment.bank_ref == "B1" and kept.allocations[0].to == Share.DISPUTED
    assert claim.total_due == D("640.00")


def test_the_staff_dossier_shows_the_payment_kept_for_the_disputed_invoice(tmp_path):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=[REMINDED, dispute("F-B")], payments=[FOR_B])
    as_of = DUE + days(20)
    book = staff_book([assess(ledger, ledger.debtors[0], as_of)], ledger.creditor, as_of, "", lambda c: "s/")
    (row,) = dossier_page(book, book.rows[0]).payments
    assert (row.invoice, row.allocations) == ("F-B", ("EUR\xa0500,00 apart voor betwiste factuur F-B",))


# -- the page's words and the e-mail it fills in ---------------------------------------------


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "U bent het niet eens met factuur F-B. Dat zoeken wij eerst uit."),
        ("en", "You disagree with invoice F-B. We are looking into that first."),
    ],
)
def test_the_page_names_the_disputed_invoice_and_mails_only_about_it(tmp_path, lang, words):
    _, view = claim_on(tmp_path, DUE + days(20), dispute("F-B"), lang=lang)
    assert any(line.startswith(words) for line in view.summary.lines)
    mail = unquote(view.dispute.mailto)
    # What the debtor adds is about the invoice they dispute, never the one they accept.
    assert "F-B" in mail and "F-A" not in mail


def test_two_disputed_invoices_are_named_together(tmp_path):
    more = [*INVOICES, invoice(number="F-C", amount=D("100.00"))]
    claim, view = claim_on(tmp_path, DUE + days(20), dispute("F-B", "F-C"), invoices=more)
    assert any(line.startswith("U bent het niet eens met facturen F-B en F-C.") for line in view.summary.lines)
    assert claim.total_due == D("640.00")


@pytest.mark.parametrize(
    ("lang", "part", "after"),
    [
        (
            "nl",
            "Bent u het met een deel van de facturen wel eens?",
            "Blijken de facturen niet te kloppen? Dan passen wij ze aan.",
        ),
        (
            "en",
            "Do you agree with part of the invoices?",
            "If the invoices turn out to be wrong, we will correct them.",
        ),
    ],
)
def test_a_dispute_of_every_invoice_speaks_of_the_invoices(tmp_path, lang, part, after):
    # Review of session 28 (second pass, finding 7): "de factuur ... hem" under "niet eens met facturen F-A en F-B".
    claim, view = claim_on(tmp_path, DUE + days(20), dispute("F-A", "F-B"), lang=lang)
    assert claim.status == Status.DISPUTE
    assert (view.message_key, view.message_fallback) == ("dispute_many", "dispute")
    assert view.summary.lines[0].startswith(part) and view.next_steps[0].startswith(after)


def test_a_dispute_of_one_invoice_of_the_whole_dossier_speaks_of_the_invoice(tmp_path):
    _, view = claim_on(tmp_path, DUE + days(20), dispute("F-B"), invoices=INVOICES[1:])
    assert view.message_key == "dispute" and view.next_steps[0].startswith("Blijkt de factuur niet te kloppen?")


def test_staff_see_which_invoices_are_disputed(tmp_path):
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"))
    (flag,) = [f for f in flags(claim, claim_policy(tmp_path)) if f.kind == "disputed_invoices"]
    assert flag_detail(flag).startswith("betwist sinds 9 februari 2026: F-B. Die staan stil")


def claim_policy(tmp_path):
    return one_debtor_ledger(tmp_path / "policy").creditor.policy


# -- claims.json and the change list -------------------------------------------------------


def claims_on(tmp_path, as_of, *events, **changes):
    claim, _ = claim_on(tmp_path, as_of, *events, **changes)
    return claims_document([claim], as_of, claim_policy(tmp_path), lambda c: "")


def test_claims_json_names_the_disputed_invoices(tmp_path):
    paid = [payment(date=DUE + days(8), amount=D("640.00"), invoice="F-A")]
    apart = claims_on(tmp_path / "apart", DUE + days(20), dispute("F-B"))["claims"][0]
    whole = claims_on(tmp_path / "whole", DUE + days(20), dispute("F-B"), payments=paid)["claims"][0]
    none = claims_on(tmp_path / "none", DUE + days(20))["claims"][0]
    assert apart["disputed_invoices"] == [
        {
            "number": "F-B",
            "since": "2026-02-09",
            "apart": True,
            "open": "1180.00",
            "credit_notes": [],
            "kept": "0.00",
            "kept_together": [],
            "passed_on": "0.00",
        }
    ]
    assert whole["disputed_invoices"] == [
        {
            "number": "F-B",
            "since": "2026-02-09",
            "apart": False,
            "open": "1180.00",
            "credit_notes": [],
            "kept": "0.00",
            "kept_together": [],
            "passed_on": "0.00",
        }
    ]
    assert none["disputed_invoices"] == []


def test_the_change_list_says_when_an_invoice_is_disputed_and_when_answered(tmp_path):
    answered = event(DUE + days(12), "dispute_resolved", invoices=["F-B"], outcome="Factuur klopt")
    before = claims_on(tmp_path / "before", DUE + days(4))
    disputed = claims_on(tmp_path / "disputed", DUE + days(10), dispute("F-B"))
    after = claims_on(tmp_path / "after", DUE + days(20), dispute("F-B"), answered)
    opened = compare(before, disputed)
    assert [(e.id, e.values) for e in opened.sections["disputed"]] == [
        ("D-1001", {"invoice": "F-B", "since": "9 februari 2026"})
    ]
    assert "## Factuur betwist (1)\n\n- D-1001 " in changes_markdown(opened)
    closed = compare(disputed, after)
    assert closed.sections["disputed"] == ()
    assert [(e.id, e.values) for e in closed.sections["dispute_answered"]] == [
        ("D-1001", {"invoice": "F-B", "since": "9 februari 2026"})
    ]
    assert ": factuur F-B (betwist sinds 9 februari 2026) telt weer mee" in changes_markdown(closed)
    # A claims.json of before this field: nothing is said of disputes then.
    older = {**before, "claims": [{k: v for k, v in c.items() if k != "disputed_invoices"} for c in before["claims"]]}
    assert compare(older, disputed).sections["disputed"] == ()


def test_a_credit_note_of_the_disputed_invoice_is_not_listed_as_gone_or_new(tmp_path):
    """While disputed apart the invoice is out of `invoices`: its credit notes are still compared."""
    note = {"number": "C-1", "date": DUE - days(10), "amount": D("80.00")}
    noted = [INVOICES[0], {**INVOICES[1], "credit_notes": [note]}]
    answered = event(DUE + days(12), "dispute_resolved", invoices=["F-B"], outcome="Factuur klopt")
    before = claims_on(tmp_path / "before", DUE + days(4), invoices=noted)
    disputed = claims_on(tmp_path / "disputed", DUE + days(10), dispute("F-B"), invoices=noted)
    after = claims_on(tmp_path / "after", DUE + days(20), dispute("F-B"), answered, invoices=noted)
    for old, new in ((before, disputed), (disputed, after)):
        sections = compare(old, new).sections
        assert sections["credit_notes"] == () and sections["credit_notes_gone"] == ()
        # Nor is the invoice itself taken out or added: a dispute is no edit of the debtor file.
        assert sections["invoices_gone"] == sections["invoices_new"] == sections["invoices_changed"] == ()


# -- the ledger: only the debtor's own invoices ---------------------------------------------


def test_a_dispute_of_an_invoice_the_debtor_does_not_have_is_refused(tmp_path):
    doc = valid_debtor(invoices=INVOICES, events=[dispute("F-B", "F-X")])
    root = write_ledger(tmp_path, valid_creditor(), [doc])
    assert ledger_problems(root) == [
        f"{root}/debtors/D-1001.yaml:{where(doc, 'events[0].invoices[1]')}: events[0].invoices[1]: names no "
        "invoice of this debtor: write the number as it stands under `invoices:` (F-A, F-B) (got F-X)"
    ]


def test_a_dispute_of_a_number_near_one_invoice_of_the_debtor_is_offered_that_one(tmp_path):
    doc = valid_debtor(invoices=INVOICES, events=[dispute("F-AA")])
    root = write_ledger(tmp_path, valid_creditor(), [doc])
    assert ledger_problems(root) == [
        f"{root}/debtors/D-1001.yaml:{where(doc, 'events[0].invoices[0]')}: events[0].invoices[0]: names no "
        "invoice of this debtor (did you mean 'F-A'?): write the number as it stands under `invoices:` (F-A, F-B) "
        "(got F-AA)"
    ]


def test_an_answer_names_only_invoices_under_dispute(tmp_path):
    answers = [
        dispute("F-B"),
        event(DUE + days(9), "dispute_resolved", invoices=["F-A"]),
        dispute(on=DUE + days(10)),
        event(DUE + days(11), "dispute_resolved", invoices=["F-B"]),
    ]
    doc = valid_debtor(invoices=INVOICES, events=answers)
    root = write_ledger(tmp_path, valid_creditor(), [doc])
    path = f"{root}/debtors/D-1001.yaml"
    assert ledger_problems(root) == [
        f"{path}:{where(doc, 'events[1].invoices[0]')}: events[1].invoices[0]: no open dispute is about this "
        "invoice (open: F-B) (got F-A)",
        f"{path}:{where(doc, 'events[3].invoices[0]')}: events[3].invoices[0]: the open dispute is about the "
        "whole dossier: leave `invoices` out to record its answer (got F-B)",
    ]


def test_one_number_may_be_written_without_a_list(tmp_path):
    alone = event(DISPUTED, "dispute", reason="Niet schoon", invoices="F-B")
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=[REMINDED, alone])
    assert ledger.debtors[0].events[1].invoices == ("F-B",)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "Zolang wij dat uitzoeken, wachten wij met de volgende stap voor die factuur. Uw andere facturen "
            "blijven gewoon te betalen.",
        ),
        (
            "en",
            "While we look into it, we hold off the next step for that invoice. Your other invoices remain payable.",
        ),
    ],
)
def test_the_page_of_several_invoices_promises_a_pause_of_the_disputed_one_only(tmp_path, lang, said):
    # Before any dispute: a dispute may name one invoice, and then the others are chased (review of session 28).
    _, view = claim_on(tmp_path, DUE + days(3), lang=lang)
    assert view.dispute.text.endswith(said)


# -- the answer's day ---------------------------------------------------------------------------


def _answered_on(tmp_path, notice_day: int, answer_day: int):
    """F-A and F-B reminded and dunned, F-B disputed apart, a final notice asking F-A only (its term to
    DUE + 48), then the answer on DUE + `answer_day`: the claim on the answer's day and the day after."""
    events = [
        event(DUE + days(15), "dunning", channel="letter"),
        dispute("F-B", on=DUE + days(20)),
        event(DUE + days(notice_day), "final_notice", channel="letter"),
        event(DUE + days(answer_day), "dispute_resolved", invoices=["F-B"], outcome="Factuur klopt"),
    ]
    return [claim_on(tmp_path / str(n), DUE + days(answer_day + n), *events) for n in (0, 1)]


@pytest.mark.parametrize("answer_day", [31, 40, 55, 60])
def test_the_answer_s_day_reads_as_the_day_after(tmp_path, answer_day):
    """The answer's day and the day after have the same next step and amount: during the notice's term the
    handover (the term speaks), after it F-B's own steps after the answer's term. No date comparison of the
    answer's (`<` for `<=`) sets its own day apart."""
    (today, _), (tomorrow, _) = _answered_on(tmp_path, 30, answer_day)
    assert (today.next_action.kind, today.next_action.due) == (tomorrow.next_action.kind, tomorrow.next_action.due)
    assert today.amount_due_now == tomorrow.amount_due_now


def test_an_answer_on_the_notice_s_last_day_leaves_that_day_to_the_notice_s_term(tmp_path):
    """What the brief saw: the answer came on the final notice's last day (DUE + 48). That day the term still
    runs, so the notice speaks (what stops its costs, paid today); the day after, its costs are charged and
    F-B's own final notice follows the answer's term. The day, not the answer, makes the difference."""
    (today, view), (tomorrow, after) = _answered_on(tmp_path, 30, 48)
    assert today.costs.state == CostsState.ANNOUNCED and view.message_key == "final_notice"
    assert view.summary.deadline == "Betaal uiterlijk vandaag, 24 maart 2026"
    assert tomorrow.costs.state == CostsState.CHARGED and after.message_key == "dispute_answered"
    assert tomorrow.next_action.kind == ActionKind.FINAL_NOTICE and tomorrow.next_action.newer.number == "F-B"
    assert after.summary.deadline == "Betaal uiterlijk 6 april 2026"  # the answer's fourteen days


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", ("u noemde factuur F-B, die u betwist: wat die factuur kan vragen, houden wij al apart. Deze betaling "
                "ging daarom naar uw andere factuur", "factuur F-A: 300,00")),
        ("en", ("you named invoice F-B, which you dispute: what that invoice could ask is already kept apart. So "
                "this payment went to your other invoice", "invoice F-A: 300.00")),
    ],
)  # fmt: skip
def test_a_payment_naming_the_disputed_invoice_once_all_it_asks_is_kept_says_why_it_paid_the_others(
    tmp_path, lang, words
):
    whole = payment(date=DUE + days(8), amount=D("1180.00"), invoice="F-B")
    again = payment(date=DUE + days(9), amount=D("300.00"), invoice="F-B")
    claim, _ = claim_on(tmp_path, DUE + days(20), dispute("F-B"), payments=[whole, again], lang=lang)
    first, second = payment_rows(claim, Language(lang))
    assert len(first.applied) == 1 and second.applied == words


@pytest.mark.parametrize(
    "lang, one, several",
    [
        ("nl", "Het bedrag hierboven is voor uw andere factuur.", "Het bedrag hierboven is voor uw andere facturen."),
        ("en", "The amount above is for your other invoice.", "The amount above is for your other invoices."),
    ],
)
def test_the_page_says_the_amount_is_for_the_other_invoice_or_invoices(tmp_path, lang, one, several):
    third = invoice(number="F-C", date=date(2026, 1, 20), amount=D("90.00"))
    _, alone = claim_on(tmp_path / "one", DUE + days(20), dispute("F-B"), lang=lang)
    _, two = claim_on(tmp_path / "two", DUE + days(20), dispute("F-B"), lang=lang, invoices=[*INVOICES, third])
    said_alone, said_two = " ".join(alone.summary.lines), " ".join(two.summary.lines)
    assert one in said_alone and several not in said_alone
    assert several in said_two


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "u noemde factuur F-B: die hebben wij helemaal gecrediteerd; deze betaling ging daarom naar uw andere "
               "factuur"),
        ("en", "you named invoice F-B: we have credited it in full, so this payment went to your other invoice"),
    ],
)  # fmt: skip
def test_a_payment_naming_a_disputed_invoice_credited_in_full_says_so_and_paid_the_other(tmp_path, lang, words):
    credited = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(7), "amount": D("1180.00")}]}
    paid = payment(date=DUE + days(8), amount=D("300.00"), invoice="F-B")
    claim, _ = claim_on(
        tmp_path, DUE + days(20), dispute("F-B"), payments=[paid], lang=lang, invoices=[INVOICES[0], credited]
    )
    (row,) = payment_rows(claim, Language(lang))
    assert row.applied[0] == words
    assert claim.total_due == D("340.00")


def test_the_staff_dossier_says_under_the_disputed_invoice_what_is_kept_for_it(tmp_path):
    third = invoice(number="F-C", date=date(2026, 1, 20), amount=D("90.00"))
    both = payment(date=DUE + days(9), amount=D("50.00"), invoices=["F-B", "F-C"])
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[*INVOICES, third],
        events=[REMINDED, dispute("F-B", "F-C")],
        payments=[MORE_FOR_B, both],
    )
    as_of = DUE + days(20)
    book = staff_book([assess(ledger, ledger.debtors[0], as_of)], ledger.creditor, as_of, "", lambda c: "s/")
    rows = {row.number: row.disputed for row in dossier_page(book, book.rows[0]).invoices}
    assert rows["F-B"] == (
        "betwist: telt niet mee tot het antwoord (dispute_resolved met invoices); EUR\xa01.180,00 van betalingen die "
        "deze factuur noemden ligt hiervoor apart; EUR\xa050,00 ligt apart voor deze factuur en F-C samen"
    )
    assert rows["F-C"].endswith("; EUR\xa050,00 ligt apart voor deze factuur en F-B samen")
