"""A consumer's final notice whose recorded `costs` are more than the staffel allowed brings no costs.

The lawyer's L3 C-908 (session 41): 1,000.00 due 31 August 2026, a final notice posted on Friday 2 October
2026 recording `costs: 200.00`. A consumer owes collection costs only after a letter that states the exact
amount that will be charged (art. 6:96 lid 6 BW); the staffel over 1,000.00 is 150.00, so a letter that stated
200.00 did not, and brings none (as a notice e-mailed without consent brings none: claims.timing.binds). The
steps send a new final notice after its term, which states 150.00 and brings it after its own term. A business
keeps the rule it had: the staffel is charged, and staff are told. No interest (the ledgers' default).
Receipt: posted Friday 2 October, two PostNL days (Saturday 3, Tuesday 6 October), 14 days to Tuesday 20 October.
"""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import NoteKind, dossier_notes, in_english
from incasso.claims.states import ActionKind, CostsState
from tests.support.ledgers import event, invoice, one_debtor_ledger

D = Decimal
E11 = invoice(number="E11", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=D("1000.00"))
SENT = date(2026, 10, 2)
AS_OF = date(2026, 11, 24)


def claim_of(tmp_path, *events, as_of=AS_OF, **changes):
    ledger = one_debtor_ledger(tmp_path, invoices=[E11], events=list(events), **changes)
    return assess(ledger, ledger.debtors[0], as_of), ledger.creditor


def notice(costs, on=SENT, **fields):
    return event(on, "final_notice", channel="letter", costs=D(costs), **fields)


def costs(claim) -> tuple:
    return (claim.costs.state, claim.costs.amount, claim.costs.from_date, claim.total_due)


def test_a_consumer_s_notice_stating_more_than_the_staffel_brings_no_costs(tmp_path):
    claim, _ = claim_of(tmp_path, notice("200.00"))
    assert costs(claim) == (CostsState.NONE, D("0"), None, D("1000.00"))
    # Its term ended on 20 October: a new final notice, one that states the right costs, comes next.
    assert (claim.next_action.kind, claim.next_action.due) == (ActionKind.FINAL_NOTICE, date(2026, 10, 21))
    assert "stated more costs than the staffel" in claim.next_action.reason


def test_the_new_notice_brings_the_staffel_after_its_own_term(tmp_path):
    # Posted Tuesday 24 November: received Thursday 26 November, 14 days to Thursday 10 December.
    again = notice("150.00", on=AS_OF)
    claim, _ = claim_of(tmp_path, notice("200.00"), again)
    assert costs(claim) == (CostsState.ANNOUNCED, D("150.00"), date(2026, 12, 11), D("1000.00"))
    later, _ = claim_of(tmp_path / "later", notice("200.00"), again, as_of=date(2026, 12, 15))
    assert costs(later) == (CostsState.CHARGED, D("150.00"), date(2026, 12, 11), D("1150.00"))
    assert later.next_action.kind == ActionKind.HANDOVER


def test_staff_are_told_why_and_what_to_do(tmp_path):
    claim, creditor = claim_of(tmp_path, notice("200.00"))
    (note,) = [n for n in dossier_notes(claim, creditor) if n.kind == NoteKind.COSTS_ABOVE_STAFFEL]
    assert in_english(note).endswith(
        ": the final notice of 2026-10-02 records costs: 200.00, more than the staffel gives over its invoices "
        "(150.00 at most): a consumer owes costs only after a letter that states the amount the law allows (art. "
        "6:96 lid 6 BW), so it brings none: none are charged (page, figures, handover); if the event was written "
        "wrong, correct it; else the steps send a new final notice after its term, which states the right costs and "
        "brings them after its own term"
    )


def test_a_business_is_charged_the_staffel_as_before(tmp_path):
    claim, creditor = claim_of(tmp_path, notice("200.00"), type="business")
    assert costs(claim) == (CostsState.CHARGED, D("150.00"), date(2026, 10, 21), D("1150.00"))
    kinds = {n.kind for n in dossier_notes(claim, creditor)}
    assert NoteKind.COSTS_ABOVE_STAFFEL in kinds


def test_a_notice_stating_less_charges_its_amount(tmp_path):
    claim, _ = claim_of(tmp_path, notice("100.00"))
    assert costs(claim) == (CostsState.CHARGED, D("100.00"), date(2026, 10, 21), D("1100.00"))


def test_the_staffel_is_over_what_the_letter_could_ask_on_its_day(tmp_path):
    # A credit note of 500.00 dated after the letter lowers the costs (75.00), but did not make the 150.00 the
    # letter stated wrong: it brings its costs, over what is left.
    credited = invoice(
        number="E11",
        date=date(2026, 8, 1),
        due=date(2026, 8, 31),
        amount=D("1000.00"),
        credit_notes=[{"number": "C1", "date": date(2026, 10, 9), "amount": D("500.00")}],
    )
    ledger = one_debtor_ledger(tmp_path, invoices=[credited], events=[notice("150.00")])
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    assert (claim.costs.state, claim.costs.amount) == (CostsState.CHARGED, D("75.00"))


def test_the_staffel_with_its_vat_unset_keeps_its_rule(tmp_path):
    # 181.50 is the staffel's 150.00 with 21 % VAT: a creditor that cannot reclaim VAT and left costs_vat off;
    # staff are told to set it (COSTS_WITH_VAT), and the staffel is charged meanwhile.
    claim, creditor = claim_of(tmp_path, notice("181.50"))
    assert costs(claim) == (CostsState.CHARGED, D("150.00"), date(2026, 10, 21), D("1150.00"))
    assert NoteKind.COSTS_WITH_VAT in {n.kind for n in dossier_notes(claim, creditor)}
    with_vat, _ = claim_of(tmp_path / "vat", notice("181.50"), policy={"costs_vat": True})
    assert costs(with_vat) == (CostsState.CHARGED, D("181.50"), date(2026, 10, 21), D("1181.50"))


def test_a_business_s_note_says_the_staffel_is_charged_with_its_vat(tmp_path):
    claim, creditor = claim_of(tmp_path, notice("900.00"), type="business", policy={"costs_vat": True})
    assert (claim.costs.state, claim.costs.amount) == (CostsState.CHARGED, D("181.50"))
    (note,) = [n for n in dossier_notes(claim, creditor) if n.kind == NoteKind.COSTS_ABOVE_STAFFEL]
    assert in_english(note).endswith(
        ": the final notice of 2026-10-02 records costs: 900.00, more than the staffel with its VAT gives over its "
        "invoices (181.50 at most, 31.50 of it VAT): no more than that is charged; if its letter stated this amount it "
        "asked more than the law allows, else correct the event"
    )


def test_after_a_handover_the_note_says_only_the_agency_s_notice_can_bring_the_costs(tmp_path):
    handed = event(date(2026, 11, 2), "handover", agency="Incassobureau Domstad B.V.")
    claim, creditor = claim_of(tmp_path, notice("200.00"), handed)
    assert claim.costs.state == CostsState.NONE
    (note,) = [n for n in dossier_notes(claim, creditor) if n.kind == NoteKind.COSTS_ABOVE_STAFFEL]
    said = in_english(note)
    assert "so it brings none" in said and "the steps send a new final notice" not in said
    assert said.endswith("only the agency's own final notice can still bring the costs (tell the agency)")


def test_the_dossier_s_next_step_says_why_a_new_notice_goes(tmp_path):
    from incasso.ledger.model import Language
    from incasso.staff.explain import what_next
    from incasso.staff.language import speaking

    claim, creditor = claim_of(tmp_path, notice("200.00"))
    (line,) = what_next(claim, creditor)
    assert line.endswith(
        "bij de sommatie van 2 oktober 2026 stonden meer incassokosten dan de staffel toestaat, en daarom brengt ze "
        "geen incassokosten; haar termijn liep af op 20 oktober 2026. Deze sommatie noemt het juiste bedrag en brengt "
        "ze wel, na haar eigen termijn."
    )
    with speaking(Language.EN):
        (line,) = what_next(claim, creditor)
    assert "the final notice of 2 October 2026 stated more collection costs than the statutory scale allows" in line
