"""The collection costs as charged and checked: the staffel rounded down (never a fraction of a cent above
it), and VAT on them for a creditor that cannot reclaim it (policy.costs_vat). Hand computations in the
comments: 21 % is the general rate (Wet OB art. 9 lid 1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import NoteKind, dossier_notes
from tests.support.ledgers import (
    MISSING,
    event,
    invoice,
    one_debtor_ledger,
    payment,
    valid_creditor,
    valid_debtor,
    write_ledger,
)

D = Decimal
NOTICE = date(2026, 3, 2)
AFTER_TERM = date(2026, 4, 1)  # the notice's term (2 days' post + 14) is over


def _claim(tmp_path, amount: str, costs: str | None = None, *, policy: dict | None = None, **changes):
    notice = event(NOTICE, "final_notice", channel="letter", **({"costs": D(costs)} if costs else {}))
    ledger = one_debtor_ledger(
        tmp_path, policy=policy, invoices=[invoice(amount=D(amount))], events=[notice], **changes
    )
    return assess(ledger, ledger.debtors[0], AFTER_TERM), ledger.creditor


CHECKED = (
    NoteKind.COSTS_ABOVE_STAFFEL,
    NoteKind.COSTS_BELOW_STAFFEL,
    NoteKind.COSTS_WITH_VAT,
    NoteKind.NOTICE_ASKED_PAID,
)


def _notes(claim, creditor) -> list[tuple[NoteKind, dict]]:
    """What the check says of the costs a final notice recorded."""
    return [(n.kind, n.values) for n in dossier_notes(claim, creditor) if n.kind in CHECKED]


# -- the staffel, rounded down (the lawyer's review, finding 8) ---------------------------------------------


def test_half_a_cent_of_the_staffel_is_not_charged(tmp_path):
    # 15 % of the first 2,500 = 375.00, 10 % of the next 0.05 = 0.005: 375.005, so 375.00 (was 375.01).
    claim, creditor = _claim(tmp_path, "2500.05")
    assert (claim.costs.state, claim.costs.amount) == ("charged", D("375.00"))
    assert _notes(claim, creditor) == []


def test_a_letter_that_stated_the_staffel_in_cents_down_is_not_noted(tmp_path):
    claim, creditor = _claim(tmp_path, "2500.05", "375.00")
    assert claim.costs.amount == D("375.00")
    assert _notes(claim, creditor) == []


def test_a_letter_that_stated_the_half_cent_rounded_up_is_noted_and_brings_no_costs(tmp_path):
    # A letter written before the rounding was corrected stated 375.01: said as any over-ask (a note, no
    # error: the build goes on). A consumer owes costs only after a letter that states an amount the law allows
    # (session 41: before, the staffel's 375.00 was charged): none, and a new final notice comes next.
    claim, creditor = _claim(tmp_path, "2500.05", "375.01")
    assert (claim.costs.state, claim.costs.amount) == ("none", D("0"))
    assert claim.next_action.kind == "final_notice"
    facts = {"date": NOTICE, "costs": D("375.01"), "most": D("375.00"), "debtor_type": "consumer"}
    assert _notes(claim, creditor) == [(NoteKind.COSTS_ABOVE_STAFFEL, facts)]


# -- VAT on the costs, for a creditor that cannot reclaim it (the lawyer's review, finding 7) --------------


VAT = {"costs_vat": True}


@pytest.mark.parametrize(
    ("amount", "costs"),
    [
        ("1000.00", "181.50"),  # 150.00 + 31.50
        ("200.00", "48.40"),  # the minimum 40.00 + 8.40: the minimum is the staffel's, before VAT
        ("2500.05", "453.75"),  # 375.00 (down) + 78.75
        ("1000.10", "181.51"),  # 150.015 -> 150.01; 21 % of it 31.5021 -> 31.50
        ("1000.20", "181.53"),  # 150.03; 21 % of it 31.5063 -> 31.50, down as the staffel (half up: 31.51)
        ("2000000.00", "8197.75"),  # the maximum 6,775.00 + 1,422.75: the maximum is the staffel's, before VAT
    ],
)
def test_vat_on_top_of_the_staffel(tmp_path, amount, costs):
    claim, _ = _claim(tmp_path, amount, policy=VAT)
    assert claim.costs.amount == D(costs)


def test_vat_for_a_business_too(tmp_path):
    # A business that can deduct VAT itself still pays it when the creditor cannot reclaim it.
    claim, _ = _claim(tmp_path, "1000.00", policy=VAT, type="business")
    assert claim.costs.amount == D("181.50")


def test_vat_on_the_minimum_of_each_late_invoice(tmp_path):
    # Costs from the due date: EUR 40 for each of three invoices (the staffel over 300.00 gives 45.00):
    # 120.00 + 25.20.
    invoices = [invoice(number=f"F-{k}", amount=D("100.00")) for k in range(3)]
    ledger = one_debtor_ledger(
        tmp_path, policy={**VAT, "business_costs_from_due": True}, type="business", invoices=invoices
    )
    claim = assess(ledger, ledger.debtors[0], AFTER_TERM)
    assert claim.costs.amount == D("145.20")


def test_a_letter_that_stated_the_costs_with_vat_is_not_noted(tmp_path):
    # The review's L4: a medical practice's own final notice asked 150.00 + 21 %.
    claim, creditor = _claim(tmp_path, "1000.00", "181.50", policy=VAT)
    assert claim.costs.amount == D("181.50")
    assert _notes(claim, creditor) == []


def test_a_letter_that_stated_more_than_the_staffel_with_vat_is_noted(tmp_path):
    claim, creditor = _claim(tmp_path, "1000.00", "181.51", policy=VAT)
    assert claim.costs.amount == D("0")  # a consumer's letter that stated more than the law allows brings none
    # The VAT in the most allowed is a fact of its own: the note names it apart (dossier_notes.VAT_ENGLISH).
    facts = {"date": NOTICE, "costs": D("181.51"), "most": D("181.50"), "vat": D("31.50"), "debtor_type": "consumer"}
    assert _notes(claim, creditor) == [(NoteKind.COSTS_ABOVE_STAFFEL, facts)]


def _part_paid_in_term(tmp_path, costs: str):
    """1,000.00 (no interest), a final notice that stated `costs`, 500.00 paid in its term."""
    paid = [payment(date=date(2026, 3, 6), amount=D("500.00"))]
    return _claim(tmp_path, "1000.00", costs, policy=VAT, payments=paid)[0]


def test_a_part_paid_after_a_letter_with_vat_lowers_the_costs_with_their_vat(tmp_path):
    # The letter stated 181.50, VAT in it: 15 % of the 500.00 left is 75.00, and 21 % of that 15.75.
    claim = _part_paid_in_term(tmp_path, "181.50")
    assert (claim.costs.amount, claim.costs.vat) == (D("90.75"), D("15.75"))


def test_a_part_paid_after_a_letter_without_vat_adds_no_vat(tmp_path):
    # The letter stated 150.00, the staffel without VAT (written before costs_vat was set): a creditor may add
    # VAT only when it says so, and this letter did not. Its amount caps the costs, and a part paid in its term
    # lowers them to the staffel over the 500.00 left, 75.00, without the 15.75 VAT it never announced.
    claim = _part_paid_in_term(tmp_path, "150.00")
    assert (claim.costs.amount, claim.costs.vat) == (D("75.00"), D("0.00"))


def test_without_the_setting_the_staffel_with_vat_is_said_with_the_setting_to_set(tmp_path):
    # The review's L4 as it was written: the practice's letter asked 150.00 + 21 %, the setting left off.
    from incasso.claims.dossier_notes import in_english

    claim, creditor = _claim(tmp_path, "1000.00", "181.50")
    assert claim.costs.amount == D("150.00")
    facts = {"date": NOTICE, "costs": D("181.50"), "most": D("150.00")}
    assert _notes(claim, creditor) == [(NoteKind.COSTS_WITH_VAT, facts)]
    (note,) = [n for n in dossier_notes(claim, creditor) if n.kind == NoteKind.COSTS_WITH_VAT]
    assert in_english(note).endswith(
        "the final notice of 2026-03-02 records costs: 181.50, the staffel's 150.00 with 21 % VAT: only a creditor "
        "that cannot reclaim VAT may add it, and must say so; if that is you, set costs_vat: true in creditor.yaml's "
        "policy (docs/settings.md), else its letter asked more than the law allows; until then no more than 150.00 "
        "is charged"
    )


def test_without_the_setting_other_amounts_above_the_staffel_are_an_over_ask(tmp_path):
    claim, creditor = _claim(tmp_path, "1000.00", "181.51")
    assert claim.costs.amount == D("0")  # a consumer's letter that stated more than the law allows brings none
    facts = {"date": NOTICE, "costs": D("181.51"), "most": D("150.00"), "debtor_type": "consumer"}
    assert _notes(claim, creditor) == [(NoteKind.COSTS_ABOVE_STAFFEL, facts)]


def test_check_says_the_half_cent_over_the_staffel_and_passes(tmp_path, capsys):
    # A letter already sent with 375.01 is said as the check says other over-asks: a note, exit code 0.
    from incasso.cli.main import main

    notice = event(NOTICE, "final_notice", channel="letter", costs=D("375.01"))
    debtor = valid_debtor(invoices=[invoice(amount=D("2500.05"))], events=[notice])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    assert main(["check", "--ledger", str(root), "--as-of", AFTER_TERM.isoformat(), "-q"]) == 0
    out = capsys.readouterr().out
    assert (
        "the final notice of 2026-03-02 records costs: 375.01, more than the staffel gives over its invoices "
        "(375.00 at most): a consumer owes costs only after a letter that states the amount the law allows (art. "
        "6:96 lid 6 BW), so it brings none"
    ) in out


@pytest.mark.parametrize("written", ["yes", "1", "ja"])
def test_costs_vat_is_true_or_false(tmp_path, written):
    from tests.support.ledgers import Raw, ledger_problems, where

    creditor = valid_creditor(policy={"costs_vat": Raw(written)})
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor()])
    (problem,) = ledger_problems(root)
    place = where(creditor, "policy.costs_vat")
    assert problem.endswith(f"creditor.yaml:{place}: policy.costs_vat: must be true or false (got {written})"), problem


# -- costs_vat beside a VAT number (the lawyer's L2, session 41) ---------------------------------------------


def test_check_warns_that_a_creditor_with_a_vat_number_usually_reclaims_vat(tmp_path, capsys):
    # The valid creditor has vat_number: NL001234511B01. A note, no error: some cannot reclaim all of it.
    from incasso.cli.main import main

    root = write_ledger(tmp_path, creditor=valid_creditor(policy=VAT), debtors=[valid_debtor()])
    assert main(["check", "--ledger", str(root), "--as-of", AFTER_TERM.isoformat(), "-q"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "policy.costs_vat" in line)
    assert line.startswith(f"note: {root / 'creditor.yaml'}:")
    assert line.endswith(
        ": policy.costs_vat is true while vat_number is set: a creditor with a VAT number usually reclaims VAT, and "
        "may add VAT to the collection costs only if it cannot reclaim it (Besluit art. 2 lid 3), saying so; if you "
        "can reclaim it, leave costs_vat out"
    )
    # Its line is the field's own.
    number = int(line.split(":")[2])
    assert (root / "creditor.yaml").read_text().splitlines()[number - 1].strip().startswith("costs_vat:")


def test_no_warning_without_a_vat_number_or_without_costs_vat(tmp_path):
    from incasso.claims.notices import ledger_notes

    for name, changes in (("none", {"vat_number": MISSING}), ("off", {})):
        policy = VAT if name == "none" else None
        ledger = one_debtor_ledger(tmp_path / name, policy=policy, creditor_changes=changes)
        assert not [n for n in ledger_notes(ledger, AFTER_TERM) if "costs_vat" in n]
