"""A debtor file's own rules: an invoice number in other digits than 0-9, and entries under the wrong list."""

from datetime import date

import pytest

from tests.support.ledgers import MISSING, debtor_file_problems, event, payment, to_yaml, valid_debtor, where


@pytest.mark.parametrize(
    "number, named, mend",
    [
        ("F２０２６-0088", "U+FF12, fullwidth digit two", "; write F2026-0088"),
        ("F٢٠٢٦-0088", "U+0662, arabic-indic digit two", "; write F2026-0088"),
        ("Fé2026-0088", "U+00E9, latin small letter e with acute", ""),
        ("ＦＡ-0088", "U+FF26, fullwidth latin capital letter f", "; write FA-0088"),
        # a footnote's mark, not a digit: `F2026-01012` would be another invoice's number
        ("F2026-0101²", "U+00B2, superscript two", ""),
        ("F2026-0101①", "U+2460, circled digit one", ""),
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


def test_events_whose_line_events_was_deleted_are_said_once_not_as_fields_an_invoice_lacks(tmp_path):
    doc = valid_debtor(events=[event(date(2026, 2, 10), "reminder"), event(date(2026, 2, 20), "dunning")])
    text = to_yaml(doc).replace("events:\n", "")  # the events now read as the third and fourth invoice
    path, problems = debtor_file_problems(tmp_path, text)
    line = text.splitlines().index("  - date: 2026-02-10") + 1
    assert problems == [
        f"{path}:{line}:5: invoices[1]: has a `type`, as an event has: is the line `events:` missing above line {line}?"
    ]


def test_an_event_among_the_payments_beside_the_events_is_to_be_moved(tmp_path):
    doc = valid_debtor(
        payments=[payment(), event(date(2026, 2, 10), "reminder")],
        events=[event(date(2026, 2, 1), "call", spoke_with="Jan")],
    )
    path, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [
        f"{path}:{where(doc, 'payments[1]')}: payments[1]: has a `type`, as an event has: move them under `events:`"
    ]


def test_payments_whose_line_payments_was_deleted_are_said_once_not_as_fields_an_invoice_lacks(tmp_path):
    doc = valid_debtor(payments=[payment(), payment(date=date(2026, 3, 1), amount="50.00")])
    text = to_yaml(doc).replace("payments:\n", "")  # the payments now read as the second and third invoice
    path, problems = debtor_file_problems(tmp_path, text)
    line = text.splitlines().index(next(s for s in text.splitlines()[13:] if s.startswith("  - date:"))) + 1
    assert problems == [
        f"{path}:{line}:5: invoices[1]: has the fields of a payment: is the line `payments:` missing above line {line}?"
    ]


def test_a_payment_among_the_invoices_beside_the_payments_is_to_be_moved(tmp_path):
    doc = valid_debtor(payments=[payment()])
    doc["invoices"].append(payment(invoice="F2026-0001"))
    path, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [
        f"{path}:{where(doc, 'invoices[1]')}: invoices[1]: has the fields of a payment: move them under `payments:`"
    ]


def test_an_invoice_without_its_number_and_due_date_is_still_an_invoice(tmp_path):
    doc = valid_debtor(payments=[payment()], **{"invoices[0].number": MISSING, "invoices[0].due": MISSING})
    path, problems = debtor_file_problems(tmp_path, doc)
    assert [p.split(": ", 2)[1:] for p in problems] == [
        [
            "invoices[0].due",
            "is required but missing: write the last day to pay (due: YYYY-MM-DD); payment_term_days does not fill it in",
        ],
        ["invoices[0].number", "is required but missing: write the invoice's number, as the invoice has it"],
    ]


# -- link_version: one debtor's new personal link --------------------------------------------------


def test_a_debtor_has_their_first_link_unless_the_file_says_which(tmp_path):
    from incasso.ledger.load import load_ledger
    from tests.support.ledgers import write_ledger

    first = valid_debtor()
    again = valid_debtor(id="D-1002", link_version=3, **{"invoices[0].number": "F2026-0002"})
    ledger = load_ledger(write_ledger(tmp_path, debtors=[first, again]))
    assert [d.link_version for d in ledger.debtors] == [1, 3]


@pytest.mark.parametrize("written", [0, -1, 1000, "twee"])
def test_a_link_version_is_a_whole_number_from_one(tmp_path, written):
    doc = valid_debtor(link_version=written)
    path, problems = debtor_file_problems(tmp_path, doc)
    assert len(problems) == 1
    assert problems[0].startswith(
        f"{path}:{where(doc, 'link_version')}: link_version: must be a whole number from 1 to 999"
    )
