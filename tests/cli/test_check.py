"""`incasso check`: what it prints about a ledger, valid or not."""

from incasso.cli.main import main
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger


def test_entries_not_read_are_noted_even_when_quiet(tmp_path, capsys):
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none"),
        debtors={"D-1001.yaml": valid_debtor(), "README.md": "# our debtors"},
    )
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01", "--quiet"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"note: {root / 'debtors' / 'README.md'}: not read: only files ending in .yaml or .yml are debtor files"
    ]
