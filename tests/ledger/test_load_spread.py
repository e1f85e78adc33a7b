"""Debtor files parsed a chunk at a time, in worker processes or here: the same ledger, the same problems."""

from __future__ import annotations

from decimal import Decimal

import pytest

from incasso import processes
from incasso.ledger import load as load_module
from incasso.ledger.cache import LedgerCache
from incasso.ledger.load import load_ledger
from incasso.ledger.problems import LedgerError
from incasso.processes import in_order
from tests.support.ledgers import invoice, payment, to_yaml, valid_debtor, write_ledger
from tests.support.site import DEMO_LEDGER

SECRET = "a-secret-for-the-spread-tests-0123456789"


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    """Two files a chunk, so that a small ledger is parsed in several chunks, by both workers (forked
    even if the test run left a thread of its own running, as `incasso.processes` would not)."""
    monkeypatch.setattr(load_module, "CHUNK", 2)
    monkeypatch.setattr(processes, "_threads_running", lambda: False)


def by_workers(task, items):
    return in_order(task, items, workers=2)


def _debtors(count: int) -> dict[str, object]:
    return {f"D-{n}.yaml": valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F-{n}")]) for n in range(count)}


def _problems(root, spread) -> list[str]:
    with pytest.raises(LedgerError) as raised:
        load_ledger(root, spread=spread)
    return [str(problem) for problem in raised.value.problems]


def test_the_demo_ledger_parsed_by_workers_is_the_ledger_read_here():
    assert load_ledger(DEMO_LEDGER, spread=by_workers) == load_ledger(DEMO_LEDGER)


def test_problems_found_by_workers_are_the_same_lines_in_the_same_order(tmp_path):
    debtors = _debtors(9)
    debtors["D-2.yaml"] = "id: [unclosed\n"  # not YAML
    debtors["D-4.yaml"] = valid_debtor(id="D-4", invoices=[invoice(number="F-4", amount="twelve")])
    debtors["D-5.yaml"] = valid_debtor(id="D-1", invoices=[invoice(number="F-5")])  # an id used before
    debtors["D-7.yaml"] = valid_debtor(
        id="D-7", invoices=[invoice(number="F-7")], payments=[payment(invoice="F-6", amount=Decimal("1.00"))]
    )
    root = write_ledger(tmp_path, debtors=debtors)
    here = _problems(root, map)
    assert len(here) == 4
    assert _problems(root, by_workers) == here


def test_files_the_cache_knows_are_taken_from_it_and_only_the_others_are_parsed(tmp_path):
    root = write_ledger(tmp_path, debtors=_debtors(8))
    first = LedgerCache()
    load_ledger(root, first, spread=by_workers)
    path = tmp_path / "ledger.cache"
    first.write(path, SECRET)
    for n in (1, 2, 5):
        changed = valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F-{n}", amount=Decimal("7.00"))])
        (root / "debtors" / f"D-{n}.yaml").write_text(to_yaml(changed), encoding="utf-8")
    handed_out: list[int] = []

    def counted(task, items):
        return by_workers(task, (handed_out.append(len(chunk)) or chunk for chunk in items))

    again = LedgerCache.open(path, SECRET)
    ledger = load_ledger(root, again, spread=counted)
    assert ledger == load_ledger(root)
    assert (again.reused, again.read, len(again.current)) == (5, 3, 8)
    assert handed_out == [2, 1]


def test_every_file_parsed_by_workers_is_kept_for_the_next_run(tmp_path):
    root = write_ledger(tmp_path, debtors=_debtors(7))
    by_them, here = LedgerCache(), LedgerCache()
    assert load_ledger(root, by_them, spread=by_workers) == load_ledger(root, here)
    assert by_them.current == here.current
    assert (by_them.reused, by_them.read) == (0, 7)


def _two_alike(tmp_path, amounts=("100.00", "100.00")):
    """Two debtors in one chunk with the same description, invoice date and amount (as written in `amounts`)."""
    debtors = {
        f"D-{n}.yaml": valid_debtor(
            id=f"D-{n}", invoices=[invoice(number=f"F-{n}", description="Onderhoud cv-ketel", amount=written)]
        )
        for n, written in enumerate(amounts)
    }
    return write_ledger(tmp_path, debtors=debtors)


@pytest.mark.parametrize("spread", [map, by_workers], ids=["here", "by workers"])
def test_a_value_read_again_in_a_chunk_is_the_object_read_first(tmp_path, spread):
    first, second = (debtor.invoices[0] for debtor in load_ledger(_two_alike(tmp_path), spread=spread).debtors)
    assert first.description is second.description
    assert first.date is second.date
    assert first.amount is second.amount


def test_amounts_equal_but_written_otherwise_stay_as_written(tmp_path):
    first, second = (debtor.invoices[0] for debtor in load_ledger(_two_alike(tmp_path, ("100.0", "100.00"))).debtors)
    assert first.amount == second.amount
    assert (str(first.amount), str(second.amount)) == ("100.0", "100.00")
