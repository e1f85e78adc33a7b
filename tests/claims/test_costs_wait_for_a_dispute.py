"""Collection costs wait while the whole claim is disputed and unanswered (the lawyer's L1 C-600, session 41).

A consumer (no interest) with D1, 1,500.00 due 31 August 2026; a final notice posted on Friday 2 October 2026
(received Tuesday 6 October, 14 days to Tuesday 20 October: costs from the 21st, 15 % of 1,500.00 = 225.00). The
debtor disputes the whole claim on 12 October, inside the term. Before, the page asked the 225.00 "in rekening
gebracht op 21 oktober 2026" under a header saying our answer was overdue. Now the costs the term brought while
the dispute is open wait for our answer: not in the total, nor in the letters; once answered, they come only if
the debtor has not paid what the notice asked by the end of the answer's term (resume_after_dispute_days, 14:
the answer's day + 13), the day the steps resume too. A dispute of one invoice leaves the costs over the others.
"""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.states import ActionKind, CostsState
from incasso.ledger.model import Language
from incasso.statement.tables import costs_text
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

D = Decimal
D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=D("1500.00"))
D2 = invoice(number="D2", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=D("1000.00"))
NOTICE = event(date(2026, 10, 2), "final_notice", channel="letter", costs=D("225.00"))
DISPUTE = event(date(2026, 10, 12), "dispute", reason="Werk niet af")
AS_OF = date(2026, 11, 24)


def claim_of(tmp_path, *events, invoices=(D1,), as_of=AS_OF, **changes):
    ledger = one_debtor_ledger(tmp_path, invoices=list(invoices), events=list(events), **changes)
    return assess(ledger, ledger.debtors[0], as_of), ledger


def costs(claim) -> tuple:
    return (claim.costs.state, claim.costs.amount, claim.costs.from_date, claim.total_due)


def test_costs_the_term_brought_during_an_open_dispute_are_not_asked(tmp_path):
    claim, _ = claim_of(tmp_path, NOTICE, DISPUTE)
    assert costs(claim) == (CostsState.NONE, D("0"), None, D("1500.00"))
    assert claim.costs.waiting == D("225.00")  # what waits for the answer
    assert claim.settlement.costs is None
    assert claim.next_action.kind == ActionKind.REVIEW_DISPUTE


def test_the_page_says_they_wait_for_our_answer(tmp_path):
    claim, ledger = claim_of(tmp_path, NOTICE, DISPUTE)
    assert costs_text(claim, ledger.creditor, Language.NL) == (
        "De incassokosten (EUR\xa0225,00) rekenen wij niet zolang wij uw bezwaar nog niet hebben beantwoord."
    )
    assert costs_text(claim, ledger.creditor, Language.EN) == (
        "We do not charge the collection costs (EUR\xa0225.00) while we have not yet answered your dispute."
    )


def test_once_answered_they_come_after_the_answer_s_term_unless_paid(tmp_path):
    # Answered (rejected) on Monday 16 November: the answer's term runs to Sunday 29 November, costs from the 30th.
    answered = event(date(2026, 11, 16), "dispute_resolved", outcome="Werk was af")
    claim, _ = claim_of(tmp_path, NOTICE, DISPUTE, answered)
    assert costs(claim) == (CostsState.ANNOUNCED, D("225.00"), date(2026, 11, 30), D("1500.00"))
    later, _ = claim_of(tmp_path / "later", NOTICE, DISPUTE, answered, as_of=date(2026, 12, 1))
    assert costs(later) == (CostsState.CHARGED, D("225.00"), date(2026, 11, 30), D("1725.00"))
    assert (later.next_action.kind, later.next_action.due) == (ActionKind.HANDOVER, date(2026, 11, 30))
    # Paid in the answer's term, what the notice asked: no costs.
    paid = [payment(date=date(2026, 11, 27), amount=D("1500.00"))]
    settled, _ = claim_of(tmp_path / "paid", NOTICE, DISPUTE, answered, as_of=date(2026, 12, 1), payments=paid)
    assert settled.costs.state == CostsState.NONE and settled.total_due == 0


def test_a_dispute_answered_in_the_term_gives_the_answer_s_term(tmp_path):
    # Answered on Thursday 15 October: its term runs to the 28th, past the notice's (20 October): costs from the 29th.
    answered = event(date(2026, 10, 15), "dispute_resolved", outcome="Werk was af")
    claim, _ = claim_of(tmp_path, NOTICE, DISPUTE, answered)
    assert costs(claim) == (CostsState.CHARGED, D("225.00"), date(2026, 10, 29), D("1725.00"))
    # Raised and answered early in the term: the notice's own term ends later, and sets the day.
    early = [event(date(2026, 10, 3), "dispute", reason="X"), event(date(2026, 10, 5), "dispute_resolved")]
    claim, _ = claim_of(tmp_path / "early", NOTICE, *early)
    assert costs(claim) == (CostsState.CHARGED, D("225.00"), date(2026, 10, 21), D("1725.00"))


def test_a_dispute_raised_after_the_costs_were_charged_leaves_them(tmp_path):
    after = event(date(2026, 10, 25), "dispute", reason="Werk niet af")
    claim, _ = claim_of(tmp_path, NOTICE, after)
    assert costs(claim) == (CostsState.CHARGED, D("225.00"), date(2026, 10, 21), D("1725.00"))


def test_a_dispute_of_one_invoice_leaves_the_costs_over_the_others(tmp_path):
    # D1 and D2 asked together (2,500.00: 375.00); D2 disputed in the term: the costs over D1 alone, 225.00,
    # are charged after the term as before (the debtor does not dispute D1, and was told to pay it in the term).
    notice = event(date(2026, 10, 2), "final_notice", channel="letter", costs=D("375.00"))
    one = event(date(2026, 10, 12), "dispute", invoices=["D2"], reason="Werk niet af")
    claim, _ = claim_of(tmp_path, notice, one, invoices=(D1, D2))
    assert costs(claim) == (CostsState.CHARGED, D("225.00"), date(2026, 10, 21), D("1725.00"))
    assert claim.costs.waiting is None


def test_staff_read_what_waits_on_the_dossier(tmp_path):
    from incasso.staff.dossier_page import _costs_note
    from incasso.staff.language import speaking

    claim, _ = claim_of(tmp_path, NOTICE, DISPUTE)
    assert _costs_note(claim) == (
        "Incassokosten EUR\xa0225,00 wachten op ons antwoord op het geschil: beantwoord, dan volgen ze na de termijn "
        "van het antwoord (resume_after_dispute_days), tenzij wat de sommatie vroeg dan betaald is."
    )
    with speaking(Language.EN):
        assert _costs_note(claim).startswith("Collection costs of EUR\xa0225.00 wait for our answer to the dispute")
