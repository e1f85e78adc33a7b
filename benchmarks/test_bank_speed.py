"""Bank statement speed: reading a year of exports and reconciling them with 10,000 dossiers."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.bank.folder import read_bank_folder
from incasso.bank.reconcile import reconcile
from incasso.ledger.load import load_ledger

from .synthetic import write_bank_year, write_ledger

AS_OF = date(2026, 11, 22)
DEBTORS = 10_000


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """10,000 dossiers and a year of daily camt.053 statements (about 10,000 credits), and the same in MT940."""
    root = write_ledger(tmp_path_factory.mktemp("bank") / "ledger", DEBTORS)
    write_bank_year(root, DEBTORS)
    mt940_root = tmp_path_factory.mktemp("bank-mt940") / "ledger"
    mt940_root.mkdir()
    write_bank_year(mt940_root, DEBTORS, mt940_format=True)
    return load_ledger(root), root, mt940_root


def test_read_a_year_of_camt053(benchmark, year):
    _, root, _ = year
    benchmark.pedantic(read_bank_folder, args=(root,), rounds=3, iterations=1)


def test_read_a_year_of_mt940(benchmark, year):
    _, _, root = year
    benchmark.pedantic(read_bank_folder, args=(root,), rounds=3, iterations=1)


def test_reconcile_a_year_with_10000_debtors(benchmark, year):
    ledger, root, _ = year
    statements, problems = read_bank_folder(root)
    assert not problems
    _, bank, found = benchmark.pedantic(reconcile, args=(ledger, statements, AS_OF), rounds=5, iterations=1)
    assert not found and len(bank.matched) > 8000
