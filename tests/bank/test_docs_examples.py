"""The two example statements in docs/ledger-format.md ('Two example statements') are files incasso reads
(review 25, F7): taken from the docs as a reader copies them, put in a small ledger's bank/ beside the demo's
creditor and the two dossiers they pay, each credit counts for its dossier, by the rule the docs say."""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.bank.camt import read_camt
from incasso.bank.matching import MatchRule
from incasso.bank.mt940_file import read_mt940
from incasso.cli.main import main
from incasso.payments.reference import rf_reference
from tests.support.site import DEMO_LEDGER, REPO

DOCS = REPO / "docs" / "ledger-format.md"
MT940 = "example_mt940_2026-11-23.sta"
CAMT = "example_camt053_2026-11-24.xml"
AS_OF = date(2026, 11, 24)


def example(name: str) -> str:
    """The fenced block that follows the file's name in the docs, as a reader copies it."""
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(rf"`bank/{re.escape(name)}`:\n\n```[a-z]*\n(.*?)\n```\n", text, re.DOTALL)
    assert found is not None, f"{name} is not in {DOCS}"
    return found[1] + "\n"


@pytest.fixture
def ledger(tmp_path) -> Path:
    root = tmp_path / "ledger"
    (root / "debtors").mkdir(parents=True)
    (root / "bank").mkdir()
    shutil.copy(DEMO_LEDGER / "creditor.yaml", root)
    for debtor in ("D-1001", "D-1002"):
        shutil.copy(DEMO_LEDGER / "debtors" / f"{debtor}.yaml", root / "debtors")
    for name in (MT940, CAMT):
        (root / "bank" / name).write_text(example(name), encoding="utf-8")
    return root


def test_the_examples_name_the_demo_creditor_and_the_references_the_project_makes():
    assert "NL34RABO0372918465" in example(MT940) and "NL34RABO0372918465" in example(CAMT)
    assert "RF82 D100 1" in example(MT940) and rf_reference("D-1001") == "RF82D1001"
    assert f"<Ref>{rf_reference('D-1002')}</Ref>" in example(CAMT)


@pytest.mark.parametrize(("name", "reader"), [(MT940, read_mt940), (CAMT, read_camt)])
def test_each_example_is_read_without_a_problem(name, reader):
    statements, problems = reader(example(name).encode("utf-8"), name)
    assert problems == []
    assert [statement.account for statement in statements] == ["NL34RABO0372918465"]
    assert len(statements[0].entries) == 1


def test_each_example_credit_counts_for_its_dossier(ledger):
    books = read_books(ledger, AS_OF)
    assert books.bank is not None and books.bank.gaps == ()  # the camt.053 opens where the MT940 closed
    matched = {
        match.found.debtor_id: (match.payment.date, match.payment.amount, match.found.rule)
        for match in books.bank.matched
    }
    assert matched == {
        "D-1001": (date(2026, 11, 23), Decimal("500.00"), MatchRule.TEXT_REFERENCE),
        "D-1002": (date(2026, 11, 24), Decimal("246.00"), MatchRule.STRUCTURED),
    }
    assert books.bank.unmatched == () and books.bank.payments_until == AS_OF


def test_incasso_check_says_what_the_docs_say(ledger, capsys):
    assert main(["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "  matched credits: 2 (1 by structured reference, 1 by RF reference in the text)" in out.splitlines()
    assert "(`matched credits: 2 (1 by structured reference, 1 by RF reference\nin the text)`)" in DOCS.read_text(
        encoding="utf-8"
    )


def structured_forms() -> list[str]:
    """The `:86:` fields the docs give for a payment made with the structured reference, ING's and Rabobank's."""
    text = DOCS.read_text(encoding="utf-8")
    ing = re.search(r"rule 1 below:\n\n```text\n:86:(.*?)\n```\n", text, re.DOTALL)
    rabo = re.search(r"\n`/REMI/(CDTRREFTP[^`]*)` at Rabobank", text)
    assert ing is not None and rabo is not None, "the structured forms are not in the docs"
    return [ing[1], f"/EREF/NOTPROVIDED/ORDP//NAME/M. van den Berg\n/REMI/{rabo[1]}"]


@pytest.mark.parametrize("field", structured_forms(), ids=["ING", "Rabobank"])
def test_the_structured_reference_forms_the_docs_give_are_read_as_structured(field):
    """A newcomer writing a first MT940 found no `/REMI/STRD/` shown (review s35)."""
    written = example(MT940).replace(
        ":86:/EREF/NOTPROVIDED/ORDP//NAME/M. van den Berg\n/REMI/Aanbetaling cv-ketel RF82 D100 1", f":86:{field}"
    )
    assert written != example(MT940)
    statements, problems = read_mt940(written.encode("utf-8"), MT940)
    assert problems == []
    assert statements[0].entries[0].creditor_reference == rf_reference("D-1001")


def test_an_open_invoice_written_before_it_is_late_takes_its_on_time_payment_as_the_docs_say(tmp_path, capsys):
    # 'Credits of invoices not in the ledger' (findings s45-newcomer, 5): a customer paying on time names an
    # invoice the ledger holds, not yet due: matched, and paid; one naming an invoice not in it is left to assign.
    text = DOCS.read_text(encoding="utf-8")
    section = re.search(r"### Credits of invoices not in the ledger\n(.*?)\n### ", text, re.DOTALL)
    assert section is not None
    (debtor,) = re.findall(r"  ```yaml\n(.*?)  ```\n", section[1], re.DOTALL)
    root = tmp_path / "ledger"
    (root / "debtors").mkdir(parents=True)
    (root / "bank").mkdir()
    shutil.copy(DEMO_LEDGER / "creditor.yaml", root)
    (root / "debtors" / "D-1017.yaml").write_text(re.sub(r"(?m)^  ", "", debtor), encoding="utf-8")
    (root / "bank" / "okt.sta").write_text(ON_TIME_STATEMENT, encoding="utf-8")
    books = read_books(root, date(2026, 11, 23))
    assert books.bank is not None
    assert [(m.found.debtor_id, m.payment.amount) for m in books.bank.matched] == [("D-1017", Decimal("150.00"))]
    assert [credit.entry.amount for credit in books.bank.unmatched] == [Decimal("75.00")]
    assert main(["check", "--ledger", str(root), "--as-of", "2026-11-23"]) == 0  # paid: no open claim
    assert "valid. 1 debtor, 0 open claims as of 2026-11-23." in capsys.readouterr().out


def test_the_docs_setting_sets_the_on_time_payment_of_an_invoice_outside_the_ledger_apart(tmp_path, capsys):
    # The same section's setting first (session 46): with the docs' `invoice_numbers`, the credit naming F2026-0120,
    # an invoice not in the ledger, from a payer no dossier knows, is counted on one line of check, not a note.
    text = DOCS.read_text(encoding="utf-8")
    section = re.search(r"### Credits of invoices not in the ledger\n(.*?)\n### ", text, re.DOTALL)
    assert section is not None
    setting = re.search(r"(?m)^```yaml\n(invoice_numbers: .*?\n)```\n", section[1])
    assert setting is not None
    root = tmp_path / "ledger"
    (root / "debtors").mkdir(parents=True)
    (root / "bank").mkdir()
    creditor = (DEMO_LEDGER / "creditor.yaml").read_text(encoding="utf-8")
    (root / "creditor.yaml").write_text(creditor + setting[1], encoding="utf-8")
    (root / "bank" / "okt.sta").write_text(ON_TIME_STATEMENT, encoding="utf-8")
    assert main(["check", "--ledger", str(root), "--as-of", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert (
        "  invoices outside the ledger (creditor.yaml, invoice_numbers): 2 credits, EUR 225.00, counted for no "
        "dossier (the staff overview lists them: look over their payers and numbers, a debtor's payment with a "
        "wrong number can be among them)"
    ) in out.splitlines()
    assert "matches no dossier" not in out


# Two customers paying on time on 20 November 2026: one names an invoice in the ledger, one an invoice that is not.
ON_TIME_STATEMENT = """:20:STMT261120
:25:NL34RABO0372918465 EUR
:28C:00001
:60F:C261120EUR1000,00
:61:2611201120C150,00NTRFNONREF//2611200001
NL35INGB0004455667
:86:/EREF/NOTPROVIDED/ORDP//NAME/Fam. de Groot
/REMI/Factuur F2026-0150 dank u
:61:2611201120C75,00NTRFNONREF//2611200002
NL81RABO0312345678
:86:/EREF/NOTPROVIDED/ORDP//NAME/J. Smit
/REMI/Factuur F2026-0120
:62F:C261120EUR1225,00
"""
