"""Each handover's money, asked some seven times a debtor (the overview's row, the tasks, the dossier's steps, the
exports), is worked out once a claim, with the same answer (BENCHMARKS.md, session 42)."""

from __future__ import annotations

from datetime import date

from incasso.claims.assess import assess
from incasso.staff.overview import _handed_money, handed_money
from tests.support.ledgers import event, one_debtor_ledger

AGENCY = "Incassobureau Domstad B.V."
HANDOVER = event(date(2026, 11, 10), "handover", agency=AGENCY, agency_phone="+31 30 298 40 00")


def _claim(tmp_path, *events):
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 10, 5), "final_notice", channel="letter"), *events])
    return assess(ledger, ledger.debtors[0], date(2026, 12, 4))


def test_each_handovers_money_is_kept_with_the_claim_as_worked_out(tmp_path):
    claim = _claim(tmp_path, HANDOVER)
    handed = handed_money(claim)
    assert [h.handover.agency for h in handed] == [AGENCY]
    assert handed_money(claim) is handed
    assert handed == _handed_money(claim)


def test_without_a_handover_there_is_no_handovers_money(tmp_path):
    assert handed_money(_claim(tmp_path)) == ()
