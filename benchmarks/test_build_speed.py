"""Micro-benchmarks with pytest-benchmark (loading, assessing, building 1,000 debtors).

Run by hand: `.venv/bin/python -m pytest benchmarks --benchmark-enable`. `make bench`
runs benchmarks/run.py (whole commands, beside plain Pelican). No test asserts a time.
"""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger

from .synthetic import DEMO_LEDGER, write_large_dossier, write_ledger

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def large_ledger(tmp_path_factory):
    return write_ledger(tmp_path_factory.mktemp("bench") / "ledger", 1000)


@pytest.fixture(scope="module")
def large_dossier(tmp_path_factory):
    return write_large_dossier(tmp_path_factory.mktemp("bench") / "ledger")


def test_load_demo(benchmark):
    benchmark(load_ledger, DEMO_LEDGER)


def test_load_1000_debtors(benchmark, large_ledger):
    benchmark.pedantic(load_ledger, args=(large_ledger,), rounds=3, iterations=1)


def test_assess_1000_debtors(benchmark, large_ledger):
    ledger = load_ledger(large_ledger)
    benchmark.pedantic(lambda: [assess(ledger, d, AS_OF) for d in ledger.debtors], rounds=3, iterations=1)


def test_check_one_dossier_of_3000_invoices_and_10000_payments(benchmark, large_dossier):
    def check():
        ledger = load_ledger(large_dossier)
        return assess(ledger, ledger.debtors[0], AS_OF)

    benchmark.pedantic(check, rounds=3, iterations=1)


def _build(ledger, tmp_path):
    from incasso.cli.main import main

    code = main(
        [
            "build",
            "--ledger",
            str(ledger),
            "--as-of",
            AS_OF.isoformat(),
            "--output",
            str(tmp_path / "out"),
            "--internal-output",
            str(tmp_path / "int"),
        ]
    )
    assert code == 0


def test_build_demo(benchmark, tmp_path):
    benchmark.pedantic(_build, args=(DEMO_LEDGER, tmp_path), rounds=3, iterations=1)


def test_build_1000_debtors(benchmark, large_ledger, tmp_path):
    benchmark.pedantic(_build, args=(large_ledger, tmp_path), rounds=1, iterations=1)
