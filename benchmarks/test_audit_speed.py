"""Audit-speed benchmarks: `make bench`. The audit reads every page once, whatever the number of debtors."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.audit.scan import audit
from incasso.ledger.load import load_ledger
from incasso.payments.tokens import DEMO_SECRET

from .synthetic import write_ledger

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from incasso.cli.main import main

    root = tmp_path_factory.mktemp("audit-bench")
    ledger = write_ledger(root / "ledger", 1000)
    args = ["build", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]
    assert main([*args, "--output", str(root / "out"), "--internal-output", str(root / "int"), "-q"]) == 0
    return root / "out", load_ledger(ledger)


def test_audit_1000_debtors(benchmark, built):
    output, ledger = built
    report = benchmark.pedantic(audit, args=(output, ledger, DEMO_SECRET, AS_OF), rounds=3, iterations=1)
    assert report.ok, report.findings[:5]
