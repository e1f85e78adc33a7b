"""Credit notes on an invoice, as the ledger reads them: from one valid example, one field changed per case.

Each case asserts the exact line a user reads: `path:line:column: field: what is wrong (got VALUE)`.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from tests.support.ledgers import (
    MISSING,
    Raw,
    changed,
    debtor_path,
    invoice,
    ledger_problems,
    valid_debtor,
    where,
    write_ledger,
)

# An invoice of 1250.00 dated 2026-01-05, with two credit notes: 250.00 and 100.50.
CREDITED = valid_debtor(
    invoices=[
        invoice(
            credit_notes=[
                {
                    "number": "C2026-0003",
                    "date": date(2026, 1, 20),
                    "amount": Decimal("250.00"),
                    "description": {"nl": "Korting wegens vertraging", "en": "Discount for the delay"},
                },
                {"number": "C2026-0004", "date": date(2026, 1, 5), "amount": Decimal("100.50")},
            ]
        )
    ]
)
NOTE = "invoices[0].credit_notes[0]"
OTHER = "invoices[0].credit_notes[1]"

EMPTY = "must not be empty: write its value, or delete the line if it may be left out"  # a quoted "" (docs/ledger-format.md)


def test_credit_notes_load_as_exact_decimals_and_keep_the_invoice_as_written(tmp_path):
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[CREDITED])).debtors
    (bill,) = debtor.invoices
    assert bill.amount == Decimal("1250.00")  # the amount written: nothing silently changed
    first, second = bill.credit_notes
    assert (first.number, first.date, first.amount) == ("C2026-0003", date(2026, 1, 20), Decimal("250.00"))
    assert type(first.amount) is Decimal and str(second.amount) == "100.50"
    assert (first.description_in(Language.NL), first.description_in(Language.EN)) == (
        "Korting wegens vertraging",
        "Discount for the delay",
    )
    assert (second.description, second.description_en) == (None, None)
    assert first.source.line == int(where(CREDITED, NOTE).split(":")[0])


def test_what_an_invoice_asks_on_a_day_leaves_out_the_credit_notes_of_that_day_and_before(tmp_path):
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[CREDITED])).debtors
    (bill,) = debtor.invoices
    assert bill.owed(date(2026, 1, 4)) == Decimal("1250.00")
    assert bill.owed(date(2026, 1, 5)) == Decimal("1149.50")
    assert bill.owed(date(2026, 1, 20)) == Decimal("899.50")
    assert [n.number for n in bill.credit_notes_until(date(2026, 1, 19))] == ["C2026-0004"]


def test_a_credit_note_may_credit_the_whole_invoice(tmp_path):
    whole = changed(CREDITED, {f"{NOTE}.amount": Decimal("1149.50")})
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[whole])).debtors
    assert debtor.invoices[0].owed(date(2026, 2, 1)) == 0


# (change, field, message, where the problem is reported: a path, and whether at its key)
CASES = [
    ({"invoices[0].credit_notes": "C2026-0003"}, "invoices[0].credit_notes", "must be a list: start each entry on a line of its own with '- ' (got C2026-0003)",
     ("invoices[0].credit_notes", False)),
    ({NOTE: "C2026-0003"}, NOTE, "must be fields written name: value, one per line (got C2026-0003)", (NOTE, False)),
    ({f"{NOTE}.number": MISSING}, f"{NOTE}.number", "is required but missing: write the credit note's number, as the credit note has it", (NOTE, False)),
    ({f"{NOTE}.date": MISSING}, f"{NOTE}.date", "is required but missing: write the credit note's date (date: YYYY-MM-DD)", (NOTE, False)),
    ({f"{NOTE}.amount": MISSING}, f"{NOTE}.amount", "is required but missing: write what it takes off the invoice (amount: 500.00)", (NOTE, False)),
    ({f"{NOTE}.number": ""}, f"{NOTE}.number", EMPTY, (f"{NOTE}.number", False)),
    ({f"{NOTE}.number": "C" * 36}, f"{NOTE}.number", "must be at most 35 characters (got 36 characters)",
     (f"{NOTE}.number", False)),
    ({f"{NOTE}.date": "20-01-2026"}, f"{NOTE}.date", "must be a date written YYYY-MM-DD; write 2026-01-20 (got 20-01-2026)",
     (f"{NOTE}.date", False)),
    ({f"{NOTE}.date": date(2026, 1, 4)}, f"{NOTE}.date",
     "must not be before the invoice date 2026-01-05 (got 2026-01-04)", (f"{NOTE}.date", False)),
    ({f"{NOTE}.amount": Raw("0")}, f"{NOTE}.amount", "must be greater than 0 (got 0)", (f"{NOTE}.amount", False)),
    ({f"{NOTE}.amount": Raw("-250.00")}, f"{NOTE}.amount", "must be greater than 0 (got -250.00)",
     (f"{NOTE}.amount", False)),
    ({f"{NOTE}.amount": Raw("250.0001")}, f"{NOTE}.amount", "must have at most 2 decimals (got 250.0001)",
     (f"{NOTE}.amount", False)),
    ({f"{NOTE}.amount": "vijftig"}, f"{NOTE}.amount", "must be an amount in euros like 1250 or 1250.50 (got vijftig)",
     (f"{NOTE}.amount", False)),
    ({f"{NOTE}.description": {"nl": "Korting"}}, f"{NOTE}.description.en", "is required but missing: write the "
     "English text beside the Dutch one, {nl: ..., en: ...}, or one text for every language",
     (f"{NOTE}.description", False)),
    ({f"{NOTE}.reason": "Te laat"}, f"{NOTE}.reason", "unknown field; known fields: number, date, amount, description",
     (f"{NOTE}.reason", True)),
    ({f"{NOTE}.bedrag": "250.00", f"{NOTE}.amount": MISSING}, f"{NOTE}.bedrag",
     "unknown field (did you mean 'amount'?)", (f"{NOTE}.bedrag", True)),
    # The Dutch word for the list, on the invoice.
    ({"invoices[0].creditnota": []}, "invoices[0].creditnota", "unknown field (did you mean 'credit_notes'?)",
     ("invoices[0].creditnota", True)),
    # Together they credit more than the invoice's 1250.00: said at the one that goes over.
    ({f"{OTHER}.amount": Decimal("1000.01")}, f"{OTHER}.amount",
     "brings this invoice's credit notes to more than its amount, 1250.00 (got 1250.01)", (f"{OTHER}.amount", False)),
    ({f"{OTHER}.number": "C2026-0003"}, f"{OTHER}.number",
     f"is written twice on this invoice (first at {NOTE}): write a credit note once, whole (got C2026-0003)",
     (OTHER, False)),
]  # fmt: skip


@pytest.mark.parametrize(
    "change, field, message, at", CASES, ids=[f"{next(iter(c))}={next(iter(c.values()))!r}" for c, *_ in CASES]
)
def test_credit_note_rule(tmp_path, change, field, message, at):
    doc = changed(CREDITED, change)
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    path, key = at
    assert ledger_problems(root) == [f"{debtor_path(root, 'x.yaml')}:{where(doc, path, key=key)}: {field}: {message}"]


def test_every_problem_of_credit_notes_is_reported_at_once(tmp_path):
    doc = changed(
        CREDITED,
        {
            f"{NOTE}.date": date(2025, 12, 31),
            f"{NOTE}.amount": Raw("1.0001"),
            f"{OTHER}.amount": Decimal("1300.00"),
            "invoices[0].due": date(2026, 1, 1),
        },
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    file = debtor_path(root, "x.yaml")
    assert ledger_problems(root) == [
        f"{file}:{where(doc, 'invoices[0].due')}: invoices[0].due: must not be before the invoice date 2026-01-05 "
        "(got 2026-01-01)",
        f"{file}:{where(doc, f'{NOTE}.date')}: {NOTE}.date: must not be before the invoice date 2026-01-05 "
        "(got 2025-12-31)",
        f"{file}:{where(doc, f'{NOTE}.amount')}: {NOTE}.amount: must have at most 2 decimals (got 1.0001)",
        f"{file}:{where(doc, f'{OTHER}.amount')}: {OTHER}.amount: brings this invoice's credit notes to more than "
        "its amount, 1250.00 (got 1300.00)",
    ]
