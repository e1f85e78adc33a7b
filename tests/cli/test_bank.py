"""What `incasso check` says about the bank statements (incasso.cli.bank)."""

from incasso.cli.main import main
from tests.support.ledgers import valid_debtor, write_ledger
from tests.support.site import AS_OF


def test_an_empty_bank_folder_is_said_as_the_normal_state_it_is(tmp_path, capsys):
    # A new installation's bank/ before the first export: nothing is wrong, nothing is counted from it.
    root = write_ledger(tmp_path, debtors=[valid_debtor()])
    (root / "bank").mkdir()
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "bank: no statement files in bank/ yet; payments come only from the debtors' files.\n" in out
    assert "0 statements" not in out and "none of the creditor's account" not in out
    assert "matched credits" not in out  # nothing could be matched: no line that reads as a failure
