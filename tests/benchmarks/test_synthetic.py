"""The synthetic ledger's command line: a ledger to try a build by hand, into a new folder only."""

import pytest

from benchmarks.synthetic import _RECORDED_STEPS, AS_OF, main, record_the_night, write_ledger
from incasso.claims.assess import assess
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


def _steps_due(root, day):
    ledger = load_ledger(root)
    actions = (assess(ledger, debtor, day).next_action for debtor in ledger.debtors)
    return [a.kind for a in actions if a is not None and a.kind in _RECORDED_STEPS and a.due <= day]


def test_the_morning_after_records_the_nights_steps_and_leaves_the_next_days(tmp_path):
    root = write_ledger(tmp_path / "ledger", 200, night="recorded")
    due = _steps_due(root, AS_OF)
    assert len(set(due)) == 3, due  # a dunning letter, a final notice and a call
    before = {path.name: path.read_text(encoding="utf-8") for path in (root / "debtors").glob("*.yaml")}
    recorded = record_the_night(root, AS_OF)
    assert not _steps_due(root, AS_OF)  # every step of the night is recorded, and the ledger still loads
    after = {path.name: path.read_text(encoding="utf-8") for path in (root / "debtors").glob("*.yaml")}
    changed = [name for name in before if after[name] != before[name]]
    assert len(changed) == recorded == len(due)  # one step a debtor a night
    assert all(after[name].startswith(before[name]) for name in changed)  # lines added, none changed
    assert all(f"  - date: {AS_OF.isoformat()}\n" in after[name] for name in changed)


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


def _bank_year(tmp_path, debtors: int, own_accounts: bool):
    from benchmarks.synthetic import write_bank_year, write_ledger
    from incasso.bank.folder import read_bank_folder
    from incasso.bank.reconcile import reconcile

    root = write_ledger(tmp_path / "ledger", debtors, night="backlog")  # quicker: no steps played forward
    write_bank_year(root, debtors, own_accounts=own_accounts)
    statements, problems = read_bank_folder(root)
    assert not problems
    return root, reconcile(load_ledger(root), statements, AS_OF)[1]


@pytest.mark.parametrize("own_accounts", [True, False])
def test_each_return_of_a_synthetic_bank_year_takes_back_the_credit_it_names(tmp_path, own_accounts):
    # Returns that pair with no credit never exercise the pairing at scale: each refers to an earlier credit as a
    # bank writes it (its end-to-end reference, the payer's account, a return reason) and takes that one back.
    from incasso.bank.reconcile import NoteKind, SkipReason

    _, bank = _bank_year(tmp_path, 300, own_accounts)
    returns = [s for s in bank.skipped if s.reason == SkipReason.RETURN]
    assert len(returns) >= 40
    assert not [n for n in bank.notes if n.kind in (NoteKind.RETURN_WITHOUT_CREDIT, NoteKind.RETURN_GUESSED)]
    for s in returns:
        back, credit = s.entry, s.related
        assert credit is not None and back.return_reason == "FOCR"
        assert credit.booked < back.booked and credit.amount == back.amount and credit.payer_iban == back.payer_iban
        assert back.end_to_end == credit.end_to_end  # the payer's own, or neither has one (NOTPROVIDED)
    assert any(s.entry.end_to_end for s in returns) and any(not s.entry.end_to_end for s in returns)


def test_a_synthetic_year_is_written_to_the_camt053_standard(tmp_path):
    # write_bank_year leaves bankfiles' check out for the benchmarks' sizes: every file of a small year here.
    from lxml import etree

    from tests.support.iso20022 import camt053_problems

    root, _ = _bank_year(tmp_path, 300, True)
    paths = sorted((root / "bank").glob("*.xml"))
    assert len(paths) > 250
    assert {path.name: camt053_problems(path.read_bytes()) for path in paths} == {path.name: [] for path in paths}
    documents = [etree.parse(str(path)) for path in paths if path.name.startswith("20")]
    returns = [
        ntry for document in documents for ntry in document.iter("{*}Ntry") if ntry.find(".//{*}RtrInf") is not None
    ]
    assert returns
    for ntry in returns:
        codes = [e.text for e in ntry.find("{*}BkTxCd/{*}Domn").iter("{*}Cd", "{*}SubFmlyCd")]
        assert codes == ["PMNT", "RCDT", "RPCR"]  # a received transfer, taken back on a recall (camt.056)
        assert ntry.findtext("{*}NtryDtls/{*}TxDtls/{*}RtrInf/{*}Rsn/{*}Cd") == "FOCR"
