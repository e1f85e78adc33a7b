"""`invoices:` on a payment: the debtor named several invoices when paying (art. 6:43 lid 1 BW)."""

from datetime import date

from incasso.ledger.load import load_ledger
from tests.support.ledgers import debtor_path, invoice, ledger_problems, payment, valid_debtor, where, write_ledger

INVOICES = [invoice(number="F2026-0001"), invoice(number="F2026-0002"), invoice(number="F2026-0003")]


def loaded_payment(tmp_path, **fields):
    root = write_ledger(tmp_path, debtors=[valid_debtor(invoices=INVOICES, payments=[payment(**fields)])])
    return load_ledger(root).debtors[0].payments[0]


def test_a_payment_may_name_several_invoices(tmp_path):
    paid = loaded_payment(tmp_path, invoices=["F2026-0003", "F2026-0001"])
    assert (paid.invoice, paid.invoices, paid.named) == (
        None,
        ("F2026-0003", "F2026-0001"),
        ("F2026-0003", "F2026-0001"),
    )


def test_a_list_of_one_is_a_payment_naming_that_invoice(tmp_path):
    listed = loaded_payment(tmp_path / "a", invoices=["F2026-0002"])
    alone = loaded_payment(tmp_path / "b", invoices="F2026-0002")
    one = loaded_payment(tmp_path / "c", invoice="F2026-0002")
    assert (listed.invoice, listed.invoices) == (alone.invoice, alone.invoices) == (one.invoice, one.invoices)
    assert one.named == ("F2026-0002",) and loaded_payment(tmp_path / "d").named == ()


def test_every_slip_in_the_lists_is_said_at_once_with_its_line(tmp_path):
    # A number that is no invoice of the debtor is said at its payment, as one under `invoice:` is.
    payments = [
        payment(invoice="F2026-0001", invoices=["F2026-0002", "F2026-0003"]),
        payment(invoices=["F2026-0001", "F2026-0002", "F2026-0001"]),
        payment(invoices=["F2026-0002", "F2026-0009"]),
        payment(date=date(2026, 2, 21), invoices=[]),
        payment(invoices=["f2026 0003", "F2026-0001"]),
    ]
    doc = valid_debtor(invoices=INVOICES, payments=payments)
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    path = debtor_path(root, "x.yaml")
    assert ledger_problems(root) == [
        f"{path}:{where(doc, 'payments[0].invoices')}: payments[0].invoices: write one invoice as `invoice:` or "
        "several as `invoices:`, not both (got F2026-0002, F2026-0003)",
        f"{path}:{where(doc, 'payments[1].invoices[2]')}: payments[1].invoices[2]: names F2026-0001 twice: write "
        "each invoice once (got F2026-0001)",
        f"{path}:{where(doc, 'payments[2]')}: payments[2].invoices[1]: names no invoice of this debtor: write the "
        "number as it stands under `invoices:` (F2026-0001, F2026-0002, F2026-0003) (got F2026-0009)",
        f"{path}:{where(doc, 'payments[3].invoices')}: payments[3].invoices: must name at least one invoice "
        "(leave it out when the debtor named none) (got [])",
        f"{path}:{where(doc, 'payments[4]')}: payments[4].invoices[0]: names no invoice of this debtor "
        "(did you mean 'F2026-0003'?): write the number as it stands under `invoices:` (F2026-0001, F2026-0002, "
        "F2026-0003) (got f2026 0003)",
    ]


def test_a_list_naming_another_debtor_s_invoice_says_whose_it_is(tmp_path):
    other = valid_debtor(id="D-2", invoices=[invoice(number="F2026-0100")])
    mine = valid_debtor(id="D-1", invoices=INVOICES, payments=[payment(invoices=["F2026-0001", "F2026-0100"])])
    root = write_ledger(tmp_path, debtors={"a.yaml": mine, "b.yaml": other})
    a, b = debtor_path(root, "a.yaml"), debtor_path(root, "b.yaml")
    assert ledger_problems(root) == [
        f"{a}:{where(mine, 'payments[0]')}: payments[0].invoices[1]: names no invoice of this debtor "
        f"(F2026-0100 is an invoice of D-2, in {b}): write the number as it stands under `invoices:` (F2026-0001, "
        "F2026-0002, F2026-0003) (got F2026-0100)"
    ]


def test_a_number_written_wrong_gets_the_invoice_it_most_likely_means_and_the_debtor_s_invoices(tmp_path):
    # A zero dropped: it got "names no invoice of this debtor" alone, and a list of one was said as `invoice`.
    own = [invoice(number="CES-2026-0288"), invoice(number="CES-2026-0350")]
    doc = valid_debtor(invoices=own, payments=[payment(invoice="CES-2026-350"), payment(invoices=["CES-2026-350"])])
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    path = debtor_path(root, "x.yaml")
    said = (
        "names no invoice of this debtor (did you mean 'CES-2026-0350'?): write the number as it stands under "
        "`invoices:` (CES-2026-0288, CES-2026-0350) (got CES-2026-350)"
    )
    assert ledger_problems(root) == [
        f"{path}:{where(doc, 'payments[0]')}: payments[0].invoice: {said}",
        f"{path}:{where(doc, 'payments[1]')}: payments[1].invoices[0]: {said}",
    ]


def test_a_number_as_near_to_two_invoices_gets_no_guess_but_the_debtor_s_invoices(tmp_path):
    doc = valid_debtor(invoices=INVOICES, payments=[payment(invoice="F2026-0009")])
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'payments[0]')}: payments[0].invoice: names no invoice of this "
        "debtor: write the number as it stands under `invoices:` (F2026-0001, F2026-0002, F2026-0003) (got F2026-0009)"
    ]
