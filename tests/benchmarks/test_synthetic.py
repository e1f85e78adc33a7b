"""The synthetic ledger's command line: a ledger to try a build by hand, into a new folder only."""

import pytest

from benchmarks.synthetic import main
from incasso.ledger.load import load_ledger


def test_the_command_writes_a_ledger_that_loads_and_never_over_a_folder(tmp_path, capsys):
    root = tmp_path / "ledger"
    assert main([str(root), "--debtors", "12", "--night", "backlog"]) == 0
    assert len(load_ledger(root).debtors) == 12
    assert "12 debtors as of 2026-11-22 (backlog)" in capsys.readouterr().out
    (root / "debtors" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        main([str(root), "--debtors", "3"])
    assert refused.value.code == 2
    assert (root / "debtors" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert len(load_ledger(root).debtors) == 12


def test_a_count_of_no_debtors_is_refused(tmp_path):
    for count in ("-5", "0", "ten"):
        with pytest.raises(SystemExit) as refused:
            main([str(tmp_path / count), "--debtors", count])
        assert refused.value.code == 2 and not (tmp_path / count).exists()


def test_a_synthetic_bank_year_chains_with_no_days_missing(tmp_path):
    # Each statement opens with the cents the one before closed with: a balance rounded to euros reads as a
    # day missing before every statement, and a build of it reports the bank statements incomplete.
    from benchmarks.synthetic import write_bank_year
    from incasso.bank.continuity import gaps
    from incasso.bank.folder import read_bank_folder

    write_bank_year(tmp_path, 300)
    read = read_bank_folder(tmp_path)
    assert read is not None
    statements, problems = read
    assert not problems and len(statements) > 250
    assert gaps(statements) == []
