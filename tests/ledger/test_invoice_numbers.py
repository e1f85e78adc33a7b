"""creditor.yaml's `invoice_numbers`: the masks of the creditor's own invoice numbers, read and checked (all
problems at once, each at its file, line, column and field)."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.notices import ledger_notes
from incasso.ledger.invoice_masks import as_the_mask_writes, mask_pattern, mask_problem
from incasso.ledger.load import load_ledger
from tests.support.ledgers import (
    VALID_CREDITOR,
    changed,
    invoice,
    ledger_problems,
    to_yaml,
    valid_debtor,
    write_ledger,
)

AS_OF = date(2026, 3, 2)


def _creditor_text(tail: str) -> str:
    return to_yaml(VALID_CREDITOR) + tail


def test_left_out_there_are_none(tmp_path):
    assert load_ledger(write_ledger(tmp_path, debtors=[valid_debtor()])).creditor.invoice_numbers == ()


def test_masks_are_read_as_written(tmp_path):
    creditor = changed(VALID_CREDITOR, {"invoice_numbers": ["F####-####", "CN 2026/###"]})
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor()])
    assert load_ledger(root).creditor.invoice_numbers == ("F####-####", "CN 2026/###")


def test_every_bad_mask_is_said_at_its_line_and_column_all_at_once(tmp_path):
    text = _creditor_text(
        "invoice_numbers:\n"
        "  - F2026-0150\n"  # one number, not a form
        "  - 'F\\d{4}'\n"  # a regular expression
        "  - F##\n"  # too short
        "  - F####*\n"  # a sign no mask holds
        "  - F####-####\n"
        "  - f####/####\n"  # the same numbers again
        "  - ####-####\n"  # YAML: a comment after the dash
    )
    root = write_ledger(tmp_path, creditor=text, debtors=[valid_debtor()])
    file = root / "creditor.yaml"
    first = text.splitlines().index("invoice_numbers:") + 2
    assert ledger_problems(root) == [
        f"{file}:{first}:5: invoice_numbers[0]: holds no #: write a # for each digit that changes from invoice to "
        "invoice (F2026-#### or F####-####); a mask is the form of every number, not one number (got F2026-0150)",
        f"{file}:{first + 1}:5: invoice_numbers[1]: is no regular expression: write a mask of letters, digits, # "
        "for each digit that changes, and - / . _ or a space between them (F####-#### for F2026-0150) "
        "(got F\\d{4})",
        f"{file}:{first + 2}:5: invoice_numbers[2]: must stand for numbers of at least 5 letters and digits: a "
        "shorter number turns up in transfer texts that mean something else (a house number, a year) (got F##)",
        f"{file}:{first + 3}:5: invoice_numbers[3]: is no regular expression: write a mask of letters, digits, # "
        "for each digit that changes, and - / . _ or a space between them (F####-#### for F2026-0150) "
        "(got F####*)",
        f"{file}:{first + 5}:5: invoice_numbers[5]: finds the same numbers as F####-####, written before it: "
        "write each form once (got f####/####)",
        f"{file}:{first + 6}:4: invoice_numbers[6]: is empty: a mask that starts with # is a comment to YAML; "
        "quote it ('####-####')",
    ]


def test_a_single_mask_without_the_list_is_said_so(tmp_path):
    root = write_ledger(tmp_path, creditor=_creditor_text("invoice_numbers: F####-####\n"), debtors=[valid_debtor()])
    [problem] = ledger_problems(root)
    assert "invoice_numbers: must be a list" in problem


@pytest.mark.parametrize(
    "mask, problem",
    [
        ("-F####", "must start and end with a letter, a digit or #"),
        ("F####!", "may hold only letters, digits, # for each digit that changes, and - / . _ or a space between "
         "them, not !"),
    ],
)  # fmt: skip
def test_a_mask_s_form(mask, problem):
    assert mask_problem(mask) == problem


@pytest.mark.parametrize(
    "text, found",
    [
        ("Factuur F2026-0150", ["F2026-0150"]),
        ("f 2026 0150 bedankt", ["F2026-0150"]),  # written apart, in lower case
        ("F2026/0150 en F20260151", ["F2026-0150", "F2026-0151"]),
        ("XF2026-0150", []),  # part of a longer word
        ("F2026-01501", []),  # part of a longer number
        ("2026-0150", []),  # without its letter: any number's
        ("F2026-015", []),  # a digit short
    ],
)
def test_a_mask_finds_its_numbers_as_payers_write_them(text, found):
    mask = "F####-####"
    assert [as_the_mask_writes(mask, m.group()) for m in mask_pattern(mask).finditer(text)] == found


# -- a mask that fits none of the ledger's numbers: a likely typo, said as a note where it was written -------------


def _notes(tmp_path, masks, debtors=None):
    text = _creditor_text("invoice_numbers:\n" + "".join(f"  - '{mask}'\n" for mask in masks))
    root = write_ledger(tmp_path, creditor=text, debtors=debtors or [valid_debtor()])
    first = text.splitlines().index("invoice_numbers:") + 2
    notes = [n for n in ledger_notes(load_ledger(root), AS_OF) if "invoice_numbers" in n]
    return notes, f"{root / 'creditor.yaml'}", first


def test_a_mask_fitting_none_of_the_ledger_s_numbers_is_noted_at_its_line_and_column(tmp_path):
    # The valid debtor's invoice is F2026-0001: F####-### is a digit short, CN ####/#### fits nothing written yet.
    notes, file, first = _notes(tmp_path, ["F####-####", "F####-###", "CN ####/####"])
    assert notes == [
        f"{file}:{first + 1}:5: invoice_numbers[1]: F####-### fits none of the ledger's 1 invoice and credit note "
        "numbers (such as F2026-0001): a typo? Write a # for each digit that changes (F####-#### for F2026-0150). "
        "Said, not refused: a new series may have no overdue invoice in the ledger yet",
        f"{file}:{first + 2}:5: invoice_numbers[2]: CN ####/#### fits none of the ledger's 1 invoice and credit "
        "note numbers (such as F2026-0001): a typo? Write a # for each digit that changes (F####-#### for "
        "F2026-0150). Said, not refused: a new series may have no overdue invoice in the ledger yet",
    ]


def test_a_mask_that_fits_a_credit_note_s_number_or_one_written_apart_is_not_noted(tmp_path):
    note = {"number": "CN 2026/0003", "date": "2026-02-01", "amount": "10.00"}
    debtor = valid_debtor(invoices=[invoice(number="F 2026 0001", credit_notes=[note])])
    notes, _, _ = _notes(tmp_path, ["F####-####", "CN ####/####"], debtors=[debtor])
    assert notes == []
