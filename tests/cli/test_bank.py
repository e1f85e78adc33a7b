"""What `incasso check` says about the bank statements (incasso.cli.bank)."""

import shutil
from decimal import Decimal

from incasso.cli.main import main
from tests.support.ledgers import to_yaml, valid_debtor, write_ledger
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


# -- s61: the payments staff wrote as taken back (returned:), said beside the returns read -----------------------------


def _returns_written(tmp_path):
    """D-1's payment kept with its archived statement's entry is taken back by the return November's statement holds;
    D-2's and D-3's are written as taken back (`returned:`), one with the entry it was, one without."""
    from tests.bank.test_archived_returns import BACK, OCTOBER, books, kept
    from tests.support.ledgers import invoice, payment, valid_debtor

    books(tmp_path, [kept()], [kept("30.00", ref="C2") | {"returned": BACK}])
    root = tmp_path / "ledger"
    third = valid_debtor(
        id="D-3",
        name="Fietsenmaker Jansen",
        invoices=[invoice(number="F2026-0003")],
        payments=[payment(date=OCTOBER, amount=Decimal("20.00"), returned=BACK)],
    )
    (root / "debtors" / "D-3.yaml").write_text(to_yaml(third), encoding="utf-8")
    return root


def test_check_says_a_payment_written_as_returned_as_written_not_as_read(tmp_path, capsys):
    """s60's `returned:` took a payment back, but check listed only the returns its statements hold: a payment a
    debtor file says the bank took back was in no line. Now each is said at its place, as written on the payment."""
    root = _returns_written(tmp_path)
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "returned:" in line]
    debtors = root / "debtors"
    assert said == [
        f"  returned: EUR 150.00 of 2026-10-05 (for D-1) (its statement archived, as {debtors / 'D-1.yaml'}:19:5 "
        f"keeps it) taken back on 2026-11-10 ({root / 'bank' / 'nov.xml'}:88, reason MD06); neither counts",
        f"  returned: EUR 30.00 of 2026-10-05 (for D-2, bank entry C2) taken back on 2026-11-10, as staff wrote on the "
        f"payment ({debtors / 'D-2.yaml'}:22:15: payments[0].returned), not read from a statement; it does not count",
        f"  returned: EUR 20.00 of 2026-10-05 (for D-3) taken back on 2026-11-10, as staff wrote on the payment "
        f"({debtors / 'D-3.yaml'}:21:15: payments[0].returned), not read from a statement; it does not count",
    ]


def test_without_a_bank_folder_check_says_the_payments_written_as_returned(tmp_path, capsys):
    """No bank/ folder (a creditor without bank files, a chargeback no statement shows): no bank summary, but the
    payments the files say the bank took back, each as written."""
    root = _returns_written(tmp_path)
    shutil.rmtree(root / "bank")
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    said = [line for line in out.splitlines() if "returned:" in line]
    # D-1's payment, not written as returned, counts: its return was only in the statement gone with bank/.
    assert [line.split(" taken back on ")[0] for line in said] == [
        "returned: EUR 30.00 of 2026-10-05 (for D-2, bank entry C2)",
        "returned: EUR 20.00 of 2026-10-05 (for D-3)",
    ]
    assert all(line.endswith("not read from a statement; it does not count") for line in said)
    assert "bank:" not in out
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    assert "returned:" not in capsys.readouterr().out  # what the ledger holds, not a note: quiet leaves it out
