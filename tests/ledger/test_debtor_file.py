"""A debtor file's own rules: an invoice number in other digits than 0-9, and entries under the wrong list."""

import pytest

from tests.support.ledgers import debtor_file_problems, valid_debtor, where


@pytest.mark.parametrize(
    "number, named, mend",
    [
        ("F２０２６-0088", "U+FF12, fullwidth digit two", "; write F2026-0088"),
        ("F٢٠٢٦-0088", "U+0662, arabic-indic digit two", "; write F2026-0088"),
        ("Fé2026-0088", "U+00E9, latin small letter e with acute", ""),
    ],
)
def test_an_invoice_number_is_written_in_the_letters_and_digits_a_bank_transfer_names(tmp_path, number, named, mend):
    # As an id is: told apart by its ASCII letters and digits, `F２０２６-0088` would be `F0088`.
    doc = valid_debtor(**{"invoices[0].number": number})
    path, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [
        f"{path}:{where(doc, 'invoices[0].number')}: invoices[0].number: must be written with the letters A-Z and the "
        f"digits 0-9, as a bank transfer names it ({named}){mend} (got {number})"
    ]
