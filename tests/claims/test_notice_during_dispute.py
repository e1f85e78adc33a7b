"""A final notice sent while an invoice was disputed apart asked for the others only, also once answered.

A consumer (no interest) with F-A (1000.00, due 2026-08-31) and F-B (500.00, due 2026-09-14). F-B is
disputed on 10-01; a final notice by post on 10-05 asks for F-A only, its page and letter say so, and
its costs are the staffel over F-A: 150.00. The dispute is answered on 10-25 (F-B stands). The review
of session 28 (C-1, C-1b) found the notice then read as if it had asked for both: 225.00 charged, a
note inviting staff to raise the recorded costs, and F-B handed over without a letter of its own.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import NoteKind, dossier_notes
from incasso.claims.states import ActionKind, CostsState
from incasso.ledger.model import Channel, Language
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.tables import costs_stopped_by
from incasso.statement.view import statement_view
from tests.support.ledgers import event, invoice, one_debtor_ledger

D = Decimal
INVOICES = [
    invoice(number="F-A", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=D("1000.00")),
    invoice(number="F-B", date=date(2026, 8, 15), due=date(2026, 9, 14), amount=D("500.00")),
]
DISPUTED = event(date(2026, 10, 1), "dispute", invoices=["F-B"], reason="Niet eens")
ANSWERED = event(date(2026, 10, 25), "dispute_resolved", invoices=["F-B"], outcome="Klopt")
AFTER = date(2026, 11, 20)


def notice(costs=None, on=date(2026, 10, 5), **fields):
    return event(on, "final_notice", channel="letter", **({"costs": costs} if costs else {}), **fields)


def claim_on(tmp_path, as_of, *events):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=list(events))
    return assess(ledger, ledger.debtors[0], as_of), ledger.creditor


@pytest.mark.parametrize("costs", [None, D("150.00")], ids=["costs-unrecorded", "costs-recorded"])
def test_the_costs_stay_over_the_invoice_the_notice_asked_for(tmp_path, costs):
    claim, _ = claim_on(tmp_path, AFTER, DISPUTED, notice(costs), ANSWERED)
    assert claim.disputed == ()  # answered: the whole dossier is counted again
    assert claim.costs.state == CostsState.CHARGED
    assert (claim.costs.amount, claim.costs.principal) == (D("150.00"), D("1000.00"))
    assert claim.costs.capped_from is None  # 150.00 is the staffel over F-A: nothing was capped


def test_no_note_invites_raising_the_recorded_costs(tmp_path):
    claim, creditor = claim_on(tmp_path, AFTER, DISPUTED, notice(D("150.00")), ANSWERED)
    kinds = {note.kind for note in dossier_notes(claim, creditor)}
    assert NoteKind.COSTS_BELOW_STAFFEL not in kinds


def test_costs_above_the_staffel_over_what_the_notice_asked_are_noted(tmp_path):
    # 225.00 is the staffel over both invoices, but the letter asked for F-A only: 150.00 at most.
    claim, creditor = claim_on(tmp_path, AFTER, DISPUTED, notice(D("225.00")), ANSWERED)
    kinds = {note.kind for note in dossier_notes(claim, creditor)}
    assert NoteKind.COSTS_ABOVE_STAFFEL in kinds


def test_the_disputed_invoice_gets_its_own_reminder_before_any_handover(tmp_path):
    claim, _ = claim_on(tmp_path, AFTER, DISPUTED, notice(), ANSWERED)
    step = claim.next_action
    assert step.kind == ActionKind.REMINDER and step.newer is not None and step.newer.number == "F-B"
    assert step.due == date(2026, 11, 8)  # after the answer's term: the notice's term ended long before
    assert "disputed on the final notice's day" in step.reason


def test_after_its_own_reminder_the_disputed_invoice_climbs_on(tmp_path):
    reminded = event(date(2026, 11, 9), "reminder", channel="letter")
    claim, _ = claim_on(tmp_path, AFTER, DISPUTED, notice(), ANSWERED, reminded)
    assert claim.next_action.kind == ActionKind.DUNNING and claim.next_action.newer.number == "F-B"


def test_the_day_the_letter_is_dated_decides(tmp_path):
    # Written on 09-30, before the dispute, and posted on 10-05: the letter asked for both.
    claim, _ = claim_on(tmp_path, AFTER, DISPUTED, notice(written=date(2026, 9, 30)), ANSWERED)
    assert (claim.costs.amount, claim.costs.principal) == (D("225.00"), D("1500.00"))
    assert claim.next_action.kind == ActionKind.HANDOVER


def test_a_notice_after_the_answer_asks_for_both(tmp_path):
    answered_early = event(date(2026, 10, 3), "dispute_resolved", invoices=["F-B"], outcome="Klopt")
    claim, _ = claim_on(tmp_path, AFTER, DISPUTED, answered_early, notice())
    assert (claim.costs.amount, claim.costs.principal) == (D("225.00"), D("1500.00"))
    assert claim.next_action.kind == ActionKind.HANDOVER


def test_a_handover_taking_the_disputed_invoice_too_is_noted(tmp_path):
    handed_over = event(date(2026, 11, 10), "handover", agency="Incasso BV")
    claim, creditor = claim_on(tmp_path, AFTER, DISPUTED, notice(), ANSWERED, handed_over)
    notes = [note for note in dossier_notes(claim, creditor) if note.kind == NoteKind.HANDOVER_UNASKED_INVOICE]
    assert [dict(note.facts)["invoice"] for note in notes] == ["F-B"]


def test_the_page_says_the_answered_invoice_was_not_in_the_notice(tmp_path):
    # Answered in the notice's term (to 10-21): the top asks F-B too, which the letter did not ask.
    answered = event(date(2026, 10, 10), "dispute_resolved", invoices=["F-B"], outcome="Klopt")
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=[DISPUTED, notice(), answered])
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 15))
    _, note = costs_stopped_by(claim, Language.NL)
    assert note is not None and "daarin staat ook wat niet in die sommatie stond" in note


@pytest.mark.parametrize(
    ("lang", "message", "opening", "line"),
    [
        ("nl", "newer_answered", "reminder_newer_answered", "U was het niet eens met factuur F-B. Daarom stond die"),
        ("en", "newer_answered", "reminder_newer_answered", "You disagreed with invoice F-B, so it was not in our"),
    ],
)
def test_the_answered_invoice_s_reminder_names_the_dispute_not_an_added_invoice(tmp_path, lang, message, opening, line):
    # Review of session 28 (second pass, finding 5): "Er is een factuur bijgekomen" and a first reminder's
    # tone for an invoice the debtor disputed and was answered about.
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=[DISPUTED, notice(), ANSWERED], language=lang)
    claim = assess(ledger, ledger.debtors[0], AFTER)
    assert statement_view(claim, ledger).message_key == message
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.REMINDER, opening)
    assert any(term.startswith(line) for term in view.terms)


def test_an_invoice_due_after_the_notice_is_still_one_that_was_added(tmp_path):
    later = invoice(number="F-C", date=date(2026, 10, 1), due=date(2026, 10, 31), amount=D("200.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[INVOICES[0], later], events=[notice()])
    claim = assess(ledger, ledger.debtors[0], AFTER)
    assert statement_view(claim, ledger).message_key == "newer_invoice"
