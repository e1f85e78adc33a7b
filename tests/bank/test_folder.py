"""The bank/ folder: which files are read (zips in memory), which are refused, and all problems at once."""

from __future__ import annotations

import os
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from incasso.bank import folder
from incasso.bank.books import read_books
from incasso.bank.folder import read_bank_folder
from incasso.ledger.problems import LedgerError
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, line_of, mt940, write_bank, zipped
from tests.support.ledgers import valid_debtor, write_ledger

DAY = date(2026, 11, 3)


def test_a_ledger_without_bank_folder_has_no_statements(tmp_path):
    assert read_bank_folder(write_ledger(tmp_path)) is None


def test_every_statement_file_is_read_zips_in_memory_and_hidden_files_skipped(tmp_path):
    root = write_ledger(tmp_path)
    inner = camt053(CREDITOR_IBAN, [Booking("20.00", DAY, ref="Z1")])
    bank = write_bank(
        root,
        {
            "a.xml": camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="X1")]),
            "b.STA": mt940(CREDITOR_IBAN, [Booking("30.00", DAY, ref="M1")]),
            "c.940": mt940(CREDITOR_IBAN, [Booking("40.00", DAY, ref="M2")]),
            "sub/d.mt940": mt940(CREDITOR_IBAN, [Booking("50.00", DAY, ref="M3")]),
            "e.zip": zipped(
                {"november/e.xml": inner, "__MACOSX/._e.xml": b"junk", ".DS_Store": b"junk", "Thumbs.db": b"junk"}
            ),
            # Rabobank's own names: MT940S_<date>_<time>.swi, alone or in a zip
            "MT940S_20261104_181502.swi": mt940(CREDITOR_IBAN, [Booking("60.00", DAY, ref="R1")], dialect="rabo"),
            "rabo.zip": zipped(
                {"MT940S_O_20261104.swi": mt940(CREDITOR_IBAN, [Booking("70.00", DAY, ref="R2")], dialect="rabo")}
            ),
            ".DS_Store": b"junk",
            # What Windows Explorer writes into a folder it showed (a shared drive): no export, and no problem.
            "Thumbs.db": b"\xd0\xcf\x11\xe0junk",
            "sub/desktop.ini": b"[.ShellClassInfo]\r\n",
            "DESKTOP.INI": b"[.ShellClassInfo]\r\n",
        },
    )
    statements, problems = read_bank_folder(root)
    assert problems == []
    assert sorted((s.entries[0].reference, s.source.path) for s in statements) == [
        ("M1", str(bank / "b.STA")),
        ("M2", str(bank / "c.940")),
        ("M3", str(bank / "sub" / "d.mt940")),
        ("R1", str(bank / "MT940S_20261104_181502.swi")),
        ("R2", str(bank / "rabo.zip") + "/MT940S_O_20261104.swi"),
        ("X1", str(bank / "a.xml")),
        ("Z1", str(bank / "e.zip") + "/november/e.xml"),
    ]


def test_files_are_read_by_name_each_copy_right_after_its_original(tmp_path):
    root = write_ledger(tmp_path)
    names = ["nov (2).xml", "nov (1) (1).xml", "nov.xml", "nov (1).xml", "dec (1).xml", "nov - kopie.xml", "nov-b.xml"]
    export = camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="X1")])
    write_bank(root, dict.fromkeys(names, export))
    statements, problems = read_bank_folder(root)
    assert problems == []
    # "dec (1).xml" copies no file here, nor does "nov-b.xml" any: they are names as any other.
    assert [os.path.basename(s.source.path) for s in statements] == [
        "dec (1).xml",
        "nov-b.xml",
        "nov.xml",
        "nov (1).xml",
        "nov (1) (1).xml",
        "nov - kopie.xml",
        "nov (2).xml",
    ]


def test_files_that_are_no_statement_are_refused_all_at_once(tmp_path):
    root = write_ledger(tmp_path)
    bank = write_bank(
        root,
        {
            "export.csv": b"Datum,Bedrag\n",
            "statements.zip": zipped({"overzicht.pdf": b"%PDF-1.4", "ok.xml": camt053(CREDITOR_IBAN, [])}),
            "broken.zip": b"PK\x03\x04 not really",
            "bad.xml": b"<Document>",
        },
    )
    _, problems = read_bank_folder(root)
    kinds = "camt.053 (.xml, or .xml inside .zip) or MT940 (.sta, .940, .mt940, .swi)"
    assert sorted(str(p) for p in problems) == sorted(
        [
            f"{bank / 'export.csv'}: is not a bank statement this build reads: export {kinds}",
            f"{bank / 'statements.zip'}/overzicht.pdf: is not a bank statement this build reads: export {kinds}",
            f"{bank / 'broken.zip'}: is damaged or incomplete, not a whole zip file (an interrupted download?): "
            "export it again from the bank (File is not a zip file)",
            f"{bank / 'bad.xml'}:1:11: ends before the statement is complete: the file is cut short (an interrupted "
            "download?); export it again from the bank",
        ]
    )


def test_a_backup_a_download_not_finished_and_a_folder_link_are_said_for_what_they_are(tmp_path):
    # Each got "export camt.053 ...", which is not what to do about them.
    root = write_ledger(tmp_path)
    statement = camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="X1")])
    bank = write_bank(
        root,
        {
            "nov.xml~": statement,
            "rabobank.xml.crdownload": statement[:100],
            "sub/a.xml": statement,
            "dec.zip": zipped({"dec.xml.part": b"<Doc"}),
        },
    )
    os.symlink(bank / "sub", bank / "linked")
    _, problems = read_bank_folder(root)
    unfinished = "is a download that has not finished: wait until it has, or download the statement again"
    assert sorted(str(p) for p in problems) == [
        f"{bank / 'dec.zip'}/dec.xml.part: {unfinished}",
        f"{bank / 'linked'}: is a link to a folder, which is not followed: put the statements in bank/ itself, "
        "or remove the link",
        f"{bank / 'nov.xml~'}: is an editor's backup copy (its name ends in ~): delete it, or move it out of bank/",
        f"{bank / 'rabobank.xml.crdownload'}: {unfinished}",
    ]


def test_a_camt_document_without_its_namespace_is_said_so_not_that_its_root_is_document(tmp_path):
    root = write_ledger(tmp_path)
    bank = write_bank(root, {"nov.xml": b'<?xml version="1.0"?>\n<Document><BkToCstmrStmt/></Document>\n'})
    _, problems = read_bank_folder(root)
    assert [str(p) for p in problems] == [
        f"{bank / 'nov.xml'}:2:1: is not a camt.053 bank statement (its <Document> has no camt.053 namespace, "
        'xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx"): export camt.053 (end-of-day statement)'
    ]


def test_empty_and_utf16_files_say_what_happened_and_what_to_do(tmp_path):
    root = write_ledger(tmp_path)
    statement = mt940(CREDITOR_IBAN, [Booking("10.00", DAY, ref="M1")]).decode()
    bank = write_bank(
        root,
        {
            "empty.sta": b"",
            "empty.xml": b"\r\n",
            "empty.zip": b"",
            "notepad.sta": b"\xff\xfe" + statement.encode("utf-16-le"),  # saved as "Unicode" in Notepad
            "no-bom.sta": statement.encode("utf-16-be"),
            "in.zip": zipped({"empty.xml": b"", "utf16.sta": statement.encode("utf-16")}),
        },
    )
    _, problems = read_bank_folder(root)
    empty = "is empty ({} bytes): the download failed; export it again from the bank"
    utf16 = (
        'is saved as UTF-16 ("Unicode"), as another program saved it, not as the bank wrote it: export it again '
        "from the bank, and do not open and save it before putting it in bank/ (or save it as UTF-8)"
    )
    assert sorted(str(p) for p in problems) == sorted(
        [
            f"{bank / 'empty.sta'}: {empty.format(0)}",
            f"{bank / 'empty.xml'}: {empty.format(2)}",
            f"{bank / 'empty.zip'}: {empty.format(0)}",
            f"{bank / 'notepad.sta'}: {utf16}",
            f"{bank / 'no-bom.sta'}: {utf16}",
            f"{bank / 'in.zip'}/empty.xml: {empty.format(0)}",
            f"{bank / 'in.zip'}/utf16.sta: {utf16}",
        ]
    )


def test_a_zip_cut_short_says_so_and_what_to_do(tmp_path):
    root = write_ledger(tmp_path)
    whole = zipped({"a.xml": camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="X1")])})
    bank = write_bank(root, {"a.zip": whole[: len(whole) // 2]})  # an interrupted download
    _, [problem] = read_bank_folder(root)
    assert str(problem).startswith(
        f"{bank / 'a.zip'}: is damaged or incomplete, not a whole zip file (an interrupted download?): export it "
        "again from the bank ("
    )


def test_an_encrypted_member_is_refused(tmp_path):
    root = write_ledger(tmp_path)
    data = zipped({"a.xml": camt053(CREDITOR_IBAN, [])})
    # Mark the member encrypted in both headers, as a password-protected export is.
    data = data.replace(b"PK\x03\x04\x14\x00\x00\x00", b"PK\x03\x04\x14\x00\x01\x00", 1)
    data = data.replace(b"PK\x01\x02\x14\x03\x14\x00\x00\x00", b"PK\x01\x02\x14\x03\x14\x00\x01\x00", 1)
    bank = write_bank(root, {"a.zip": data})
    _, problems = read_bank_folder(root)
    assert [str(p) for p in problems] == [
        f"{bank / 'a.zip'}/a.xml: is encrypted: export the statements without a password"
    ]


def test_a_member_that_unpacks_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(folder, "MAX_FILE_BYTES", 2048)
    root = write_ledger(tmp_path)
    bank = write_bank(root, {"big.zip": zipped({"a.xml": b"<Document>" + b" " * 10_000 + b"</Document>"})})
    _, problems = read_bank_folder(root)
    assert [str(p) for p in problems] == [f"{bank / 'big.zip'}: unpacks to more than 0 MiB: no bank export does"]


def test_a_zip_of_many_members_each_under_the_limit_is_refused_as_a_whole(tmp_path, monkeypatch):
    # A bomb need not be one large member: eight just under the limit unpack to eight times it.
    monkeypatch.setattr(folder, "MAX_FILE_BYTES", 4096)
    root = write_ledger(tmp_path)
    member = b"<Document>" + b" " * 3000 + b"</Document>"
    bank = write_bank(root, {"many.zip": zipped({f"{n}.xml": member for n in range(8)})})
    statements, problems = read_bank_folder(root)
    assert statements == []
    assert [str(p) for p in problems] == [f"{bank / 'many.zip'}: unpacks to more than 0 MiB: no bank export does"]
    # What is not read does not count: a large PDF beside the statements gets its own note only.
    write_bank(root, {"many.zip": zipped({"a.pdf": b" " * 10_000, "b.xml": camt053(CREDITOR_IBAN, [])})})
    statements, problems = read_bank_folder(root)
    assert len(statements) == 1 and [str(p) for p in problems] == [
        f"{bank / 'many.zip'}/a.pdf: is not a bank statement this build reads: export {folder._KINDS}"
    ]


def test_a_bank_folder_that_is_a_file_is_refused(tmp_path):
    root = write_ledger(tmp_path)
    (root / "bank").write_text("not a folder")
    with pytest.raises(LedgerError) as raised:
        read_books(root, DAY)
    assert [str(p) for p in raised.value.problems] == [f"{root / 'bank'}: must be a folder of bank statements"]


def test_ledger_and_bank_problems_come_together(tmp_path):
    root = write_ledger(tmp_path, debtors=[valid_debtor(name="")])
    bank = write_bank(root, {"a.sta": b"nothing", "b.xml": b"<x/>"})
    with pytest.raises(LedgerError) as raised:
        read_books(root, DAY)
    found = [str(p) for p in raised.value.problems]
    assert f"{bank / 'a.sta'}:1: is not an MT940 statement: it has no :20: tag; export it again from the bank" in found
    assert (
        f"{bank / 'b.xml'}:1:1: is not a camt.053 bank statement (its root element is x): export camt.053 (end-of-day statement)"
        in found
    )
    assert any("D-1001.yaml" in p and "name: must not be empty" in p for p in found)
    assert len(found) == 3


def test_zip_slip_names_are_only_names(tmp_path):
    # Nothing is unpacked to disk, so a member named ../../x cannot write anywhere.
    root = write_ledger(tmp_path)
    write_bank(root, {"a.zip": zipped({"../../evil.xml": camt053(CREDITOR_IBAN, [Booking("1.00", DAY, ref="E")])})})
    statements, problems = read_bank_folder(root)
    assert problems == [] and statements[0].entries[0].reference == "E"
    assert not (tmp_path / "evil.xml").exists() and not (root / "evil.xml").exists()
    assert zipfile.is_zipfile(root / "bank" / "a.zip")


# -- files that leave the ledger, block or cannot be read (issue 12) -----------------------------------


def test_a_statement_linked_from_outside_the_ledger_is_refused_unread(tmp_path):
    outside = tmp_path / "elsewhere.xml"
    outside.write_bytes(b"root:x:0:0:the-first-line-of-a-file-outside-the-ledger")
    root = write_ledger(tmp_path)
    bank = write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="X1")])})
    (bank / "b.xml").symlink_to(outside)
    (bank / "c.zip").symlink_to(outside)
    statements, problems = read_bank_folder(root)
    assert [s.entries[0].reference for s in statements] == ["X1"]
    assert [str(p) for p in problems] == [
        f"{bank / 'b.xml'}: is a link to a place outside the ledger: refused, not read",
        f"{bank / 'c.zip'}: is a link to a place outside the ledger: refused, not read",
    ]


def test_a_bank_folder_linked_from_outside_the_ledger_is_refused_unread(tmp_path):
    elsewhere = write_bank(write_ledger(tmp_path / "elsewhere"), {"a.xml": camt053(CREDITOR_IBAN, [])})
    root = write_ledger(tmp_path / "ledger")
    (root / "bank").symlink_to(elsewhere)
    statements, problems = read_bank_folder(root)
    assert statements == []
    assert [str(p) for p in problems] == [
        f"{root / 'bank'}: is a link to a place outside the ledger: refused, not read"
    ]


def test_a_fifo_or_a_broken_link_in_bank_is_reported_without_blocking(tmp_path):
    root = write_ledger(tmp_path)
    bank = write_bank(root, {})
    os.mkfifo(bank / "pipe.xml")
    (bank / "gone.sta").symlink_to(bank / "moved.sta")
    _, problems = read_bank_folder(root)  # a FIFO is no file: not even listed, so never opened
    assert [str(p) for p in problems] == [f"{bank / 'gone.sta'}: is a broken link: its target does not exist"]


def test_an_unreadable_statement_is_a_problem_beside_the_others(tmp_path, monkeypatch):
    root = write_ledger(tmp_path)
    bank = write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, []), "bad.xml": b"<Document>"})
    real_open = os.open

    def refusing(file, flags, *args, **kwargs):
        if os.fspath(file) == str(bank / "a.xml"):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    _, problems = read_bank_folder(root)
    assert str(problems[0]) == f"{bank / 'a.xml'}: cannot be read: Permission denied"
    assert len(problems) == 2 and str(problems[1]).startswith(str(bank / "bad.xml"))


@pytest.mark.parametrize("kind", ["camt.053", "MT940"])
@pytest.mark.parametrize("charges", ["2.50", "5.00"])
def test_incasso_check_refuses_a_return_whose_original_amount_and_charges_do_not_make_its_amount(
    tmp_path, capsys, kind, charges
):
    # D-1's payment of 75.00 taken back with 2.50 on top (MD06), the return naming its original amount (75.00) and
    # its charges. 75.00 and 2.50 make the 77.50 it debits: it takes back the credit of 75.00. 75.00 and 5.00 do
    # not: the file is refused, and nothing is paired.
    from incasso.cli.main import main
    from incasso.payments.reference import rf_reference
    from tests.support.ledgers import invoice, valid_creditor

    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F2026-1", amount="150.00")])
    ledger = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    paid = Booking("75.00", date(2026, 11, 4), ref="C1", scor=rf_reference("D-1"), end_to_end="E2E-1")
    back = Booking("77.50", date(2026, 11, 19), credit=False, ref="B1", return_reason="MD06", end_to_end="E2E-1")
    back = replace(back, instructed="75.00", charges=charges)
    files = {"a.xml": camt053(CREDITOR_IBAN, [paid, back], version="08")} if kind == "camt.053" else {}
    write_bank(ledger, files or {"a.sta": mt940(CREDITOR_IBAN, [paid, back])})
    code = main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22"])
    said = capsys.readouterr()
    out = " ".join((said.out + said.err).split())
    if charges == "2.50":
        assert code == 0
        assert "bank entry B1 (" in out and "takes back credit C1 of EUR 75.00" in out
        assert "debits EUR 77.50: EUR 2.50 more, charges the bank added" in out
        return
    assert code != 0
    field = "Stmt[0].Ntry[1].NtryDtls.TxDtls[0].AmtDtls.InstdAmt.Amt" if kind == "camt.053" else ":86:"
    assert f"bank/{next(iter(files), 'a.sta')}:" in out and f" {field}: says " in out
    assert "an original amount of EUR 75.00 and" in out and "charges of EUR 5.00" in out
    assert "they make EUR 80.00, not the EUR 77.50 this return debits: it contradicts itself" in out
    assert "takes back credit" not in out


@pytest.mark.parametrize("version", ["02", "08"])
@pytest.mark.parametrize("entry_charges", ["2.50", "3.00"])
def test_incasso_check_refuses_a_return_whose_transaction_and_entry_say_different_credits(
    tmp_path, capsys, version, entry_charges
):
    # D-1's payment of 75.00 taken back with 2.50 on top (MD06): the transaction names its original amount (75.00),
    # the entry itself the charges in its amount. 2.50 makes the same credit of 75.00: taken back. 3.00 makes one of
    # 74.50: which is right cannot be told, so the file is refused, and nothing is paired.
    from incasso.cli.main import main
    from incasso.payments.reference import rf_reference
    from tests.support.ledgers import invoice, valid_creditor

    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F2026-1", amount="150.00")])
    ledger = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    paid = Booking("75.00", date(2026, 11, 4), ref="C1", scor=rf_reference("D-1"), end_to_end="E2E-1")
    back = Booking("77.50", date(2026, 11, 19), credit=False, ref="B1", return_reason="MD06", end_to_end="E2E-1")
    back = replace(back, instructed="75.00", entry_charges=entry_charges)
    data = camt053(CREDITOR_IBAN, [paid, back], version=version)
    write_bank(ledger, {"a.xml": data})
    code = main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22"])
    said = capsys.readouterr()
    out = " ".join((said.out + said.err).split())
    if entry_charges == "2.50":
        assert code == 0
        assert "bank entry B1 (" in out and "takes back credit C1 of EUR 75.00" in out
        assert "debits EUR 77.50: EUR 2.50 more, charges the bank added" in out
        return
    assert code != 0
    instructed = data.index(b"<InstdAmt>")
    line = data.count(b"\n", 0, data.index(b"<Amt ", instructed)) + 1
    assert f"bank/a.xml:{line}:" in out and " Stmt[0].Ntry[1].NtryDtls.TxDtls[0].AmtDtls.InstdAmt.Amt: says " in out
    assert f"AmtDtls/InstdAmt EUR 75.00 (a credit of EUR 75.00) and its entry (line {line_of(data, '<Chrgs>')})" in out
    assert "says Chrgs EUR 3.00 (a credit of EUR 74.50): they disagree on what this return takes back" in out
    assert "takes back credit" not in out


@pytest.mark.parametrize(
    "in61, in86",
    [
        ("/OCMT/EUR75,00/", "/CHGS/EUR2,50/"),  # the same credit of 75.00, in other words
        ("/OCMT/EUR77,50/", "/CHGS/EUR2,50/"),  # the return's own amount: charges booked apart, a credit of 77.50
        ("/OCMT/EUR80,00/", "/CHGS/EUR2,50/"),  # a credit of 80.00 against one of 75.00
    ],
    ids=["one credit", "booked apart", "different credits"],
)
def test_incasso_check_reads_an_mt940_return_whose_61_and_86_say_its_credit_each_in_its_own_words(
    tmp_path, capsys, in61, in86
):
    # D-1's payment of 75.00 taken back with 2.50 on top (MD06): the :61:'s supplementary details name an original
    # amount, the :86: the charges in the 77.50 it debits. 75.00 is the credit the charges make: taken back. 77.50
    # is the return's own (the charges booked apart): a return of more that pairs with nothing. 80.00 is another
    # credit: which is right cannot be told, so the file is refused, and nothing is paired.
    from incasso.cli.main import main
    from incasso.payments.reference import rf_reference
    from tests.support.ledgers import invoice, valid_creditor

    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F2026-1", amount="150.00")])
    ledger = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    paid = Booking("75.00", date(2026, 11, 4), ref="C1", scor=rf_reference("D-1"), end_to_end="E2E-1")
    back = Booking("77.50", date(2026, 11, 19), credit=False, ref="B1", return_reason="MD06", end_to_end="E2E-1")
    data = mt940(CREDITOR_IBAN, [paid, back]).decode()
    assert data.count("/TRCD/00100/\r\n:86:/RTRN/MD06//EREF/E2E-1/") == 1
    data = data.replace(
        "/TRCD/00100/\r\n:86:/RTRN/MD06//EREF/E2E-1/", f"/TRCD/00100/{in61}\r\n:86:/RTRN/MD06//EREF/E2E-1/{in86}"
    )
    write_bank(ledger, {"a.sta": data.encode()})
    code = main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22"])
    said = capsys.readouterr()
    out = " ".join((said.out + said.err).split())
    if in61 == "/OCMT/EUR75,00/":
        assert code == 0
        assert "bank entry B1 (" in out and "takes back credit C1 of EUR 75.00" in out
        assert "debits EUR 77.50: EUR 2.50 more, charges the bank added" in out
        return
    assert "takes back credit" not in out  # never the 75.00 the charges alone would make
    if in61 == "/OCMT/EUR77,50/":
        assert code == 0
        assert "takes back EUR 77.50, more than credit C1 of EUR 75.00" in out
        return
    assert code != 0
    line = line_of(data.encode(), ":61:", 2)
    assert f"bank/a.sta:{line}: :61:: says /OCMT/EUR80,00/ in its supplementary details (a credit of EUR 80.00)" in out
    assert f"its :86: (line {line + 2}) says /CHGS/EUR2,50/ (a credit of EUR 75.00): they disagree on what" in out
