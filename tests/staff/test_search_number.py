"""A caller reads the dossier's number without its letters and zeros ("dossier 4821" for S-004821): typed so, the
search found it among strangers whose invoice numbers squeeze to hold the digits ("S000482-1" as "s0004821"),
stage by stage. The number itself is now one of the dossier's fields, so it matches whole and comes first."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.staff.search import dossier_number, search_fields
from tests.support.ledgers import one_debtor_ledger


@pytest.mark.parametrize(
    ("debtor_id", "number"),
    [("S-004821", "4821"), ("D-1006", "1006"), ("K000123", "123"), ("0042", "42")],
)
def test_the_number_as_a_caller_reads_it(debtor_id, number):
    assert dossier_number(debtor_id) == number


@pytest.mark.parametrize("debtor_id", ["K-PLAN-LATE", "1006", "2026-0091", "D-1006-B"])
def test_no_number_of_its_own_where_the_id_is_not_letters_then_a_number(debtor_id):
    assert dossier_number(debtor_id) is None  # "1006" is the id itself; the others hold no plain number


def test_the_dossier_is_found_by_its_number_as_a_whole_field(tmp_path):
    ledger = one_debtor_ledger(tmp_path, id="S-004821")
    fields = search_fields(assess(ledger, ledger.debtors[0], date(2026, 5, 1)))
    assert fields[:2] == ("S-004821", "4821")
