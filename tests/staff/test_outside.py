"""Credits of invoices outside the ledger (creditor.yaml's `invoice_numbers`, staff.outside): set apart only when
no means of the matcher places them (reference, invoice number, account, name, amount) and their text names a
number of the creditor's form that the ledger does not hold. Anything else stays staff's work."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.payments.reference import rf_reference
from incasso.staff.bank_record import bank_record
from incasso.staff.bank_section import BankSection, bank_credits, bank_section
from incasso.staff.candidates import Candidates, Why
from incasso.staff.outside import outside_of_claims
from incasso.staff.overview import Row
from incasso.staff.overview_page import ListPage, overview_of, overview_pages
from incasso.staff.paging import Limits
from incasso.staff.view import staff_book
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger

AS_OF = date(2026, 12, 4)
DAY = date(2026, 12, 3)
MASKS = ["F####-####"]
KNOWN = "NL36INGB0007654321"  # paid D-2's invoice before: the account matches that debtor


def _bookings() -> list[Booking]:
    return [
        Booking("205.00", DAY, ref="PAID", scor=rf_reference("D-2"), name="Stichting Beheer", iban=KNOWN),
        Booking("40.00", DAY, ref="OUT1", text="Factuur F2026-0301", name="Bakkerij Jansen", iban="NL70INGB0001112223"),
        Booking("75.50", DAY, ref="OUT2", text="f2026 0302 bedankt", name="P. Smit", iban=None),
        # The payer's account paid D-2 before: a debtor's, whatever number it names.
        Booking("12.00", DAY, ref="ACCOUNT", text="F2026-0303", name="Stichting Beheer", iban=KNOWN),
        # The payer's name is like D-1's.
        Booking("13.00", DAY, ref="NAME", text="F2026-0304", name="A. de Boer", iban="NL21INGB0009998887"),
        # The amount is what D-1 owes.
        Booking("389.80", DAY, ref="AMOUNT", text="F2026-0305", name="Onbekend", iban=None),
        # A number of the form that IS in the ledger (after "ordernr", so the matcher does not take it): staff look.
        Booking("14.00", DAY, ref="INLEDGER", text="ordernr F2026-0231 en F2026-0306", name="Onbekend", iban=None),
        # No number of the creditor's form at all.
        Booking("15.00", DAY, ref="NONUMBER", text="betaling", name="Onbekend", iban=None),
        # Another dossier's reference with other check digits beside it: near D-2, a likely dossier.
        Booking("16.00", DAY, ref="NEAR", text="RF99 D2 F2026-0307", name="Onbekend", iban=None),
    ]


def _read(tmp_path, masks=MASKS):
    creditor = valid_creditor(interest="none") | ({"invoice_numbers": masks} if masks else {})
    debtors = [
        valid_debtor(id="D-1", name="Anna de Boer", invoices=[invoice(number="F2026-0231", amount="389.80")]),
        valid_debtor(id="D-2", name="Bram Visser", invoices=[invoice(number="F2026-0254", amount="1245.00")]),
    ]
    root = write_ledger(tmp_path, creditor=creditor, debtors=debtors)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, _bookings())})
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    return books, claims


def test_only_a_credit_nothing_places_that_names_an_invoice_outside_the_ledger_is_set_apart(tmp_path):
    books, claims = _read(tmp_path)
    assert books.bank is not None
    assert [m.entry.reference for m in books.bank.matched] == ["PAID"]
    outside = outside_of_claims(books.bank, claims, books.ledger.creditor)
    assert [(o.item.entry.reference, o.numbers) for o in outside] == [
        ("OUT1", ("F2026-0301",)),
        ("OUT2", ("F2026-0302",)),
    ]
    # Nothing is booked for them: still unassigned, and no dossier's payments changed.
    assert {u.entry.reference for u in books.bank.unmatched} >= {"OUT1", "OUT2", "ACCOUNT", "NAME", "AMOUNT"}
    assert all(p.bank_ref == "PAID" for d in books.ledger.debtors for p in d.payments)


def test_claims_json_marks_them_where_the_unassigned_money_is_listed(tmp_path):
    books, claims = _read(tmp_path)
    outside = outside_of_claims(books.bank, claims, books.ledger.creditor)
    record = bank_record(books.bank, claims, outside)
    assert record is not None
    marked = {u["bank_ref"]: u.get("outside_ledger") for u in record["unassigned"]}
    assert marked == {
        "OUT1": ["F2026-0301"],
        "OUT2": ["F2026-0302"],
        **dict.fromkeys(("ACCOUNT", "NAME", "AMOUNT", "INLEDGER", "NONUMBER", "NEAR")),
    }
    credits = {c["bank_ref"]: c for c in record["credits"]}
    assert credits["OUT1"]["status"] == "unassigned" and credits["OUT1"]["unassigned"] == "40.00"
    assert credits["OUT1"]["outside_ledger"] == ["F2026-0301"] and "outside_ledger" not in credits["NAME"]
    assert sum(Decimal(u["amount"]) for u in record["unassigned"]) == Decimal("575.30")  # nothing lost


def test_without_the_setting_nothing_is_set_apart_and_claims_json_is_as_before(tmp_path):
    books, claims = _read(tmp_path, masks=None)
    assert outside_of_claims(books.bank, claims, books.ledger.creditor) == ()
    record = bank_record(books.bank, claims)
    assert record is not None
    assert all("outside_ledger" not in item for item in record["unassigned"] + record["credits"])


def test_each_credit_kept_as_work_is_kept_for_its_own_reason(tmp_path):
    # The test above holds only if each of these credits is placed by what its comment says, and by nothing else.
    books, claims = _read(tmp_path)
    index = Candidates((Row(c, (), "", "") for c in claims), books.bank)
    found = {u.entry.reference: u for u in books.bank.unmatched}
    assert found["NEAR"].near == "D-2"
    why = {ref: {(c.row.id, w) for c in index.of(found[ref]) for w in c.why} for ref in found}
    assert why["ACCOUNT"] == {("D-2", Why.SAME_ACCOUNT)}
    assert why["NAME"] == {("D-1", Why.NAME)}
    assert why["AMOUNT"] == {("D-1", Why.AMOUNT)}
    assert why["INLEDGER"] == why["NONUMBER"] == why["OUT1"] == why["OUT2"] == set()


def test_the_bank_section_lists_them_apart_and_says_none_is_left_to_assign(tmp_path):
    creditor = valid_creditor(interest="none", invoice_numbers=MASKS)
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor(id="D-1", name="Anna de Boer")])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, _bookings()[1:3])})  # OUT1 and OUT2 only
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda claim: "s/x/", bank=books.bank)
    credits = bank_credits(book)
    assert credits == ()
    section = bank_section(book, credits, len(credits))
    assert section.empty == "Geen betalingen om te koppelen."
    assert section.outside is not None
    assert section.outside.summary == "2 betalingen van facturen buiten incasso (EUR\xa0115,50 samen)"
    assert [(r.payer, r.numbers, r.reference) for r in section.outside.rows] == [
        ("Bakkerij Jansen", "F2026-0301", "OUT1"),
        ("P. Smit", "F2026-0302", "OUT2"),
    ]
    # The overview's count of credits to assign leaves them out.
    assert [f.value for f in section.figures] == ["0"]


def test_a_credit_naming_a_credit_note_of_the_ledger_stays_work(tmp_path):
    # The creditor numbers credit notes in the invoices' series: F2026-0400 is D-1's credit note, in the ledger.
    note = {"number": "F2026-0400", "date": date(2026, 11, 2), "amount": "10.00"}
    debtors = [valid_debtor(id="D-1", invoices=[invoice(number="F2026-0231", amount="389.80", credit_notes=[note])])]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none", invoice_numbers=MASKS), debtors=debtors)
    named = [
        Booking("7.77", DAY, ref="NOTE", text="creditnota F2026-0400", name="Onbekend", iban=None),
        Booking("8.88", DAY, ref="OUT", text="F2026-0401", name="Onbekend", iban=None),
    ]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, named)})
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    assert books.bank is not None and {u.entry.reference for u in books.bank.unmatched} == {"NOTE", "OUT"}
    outside = outside_of_claims(books.bank, claims, books.ledger.creditor)
    assert [(o.item.entry.reference, o.numbers) for o in outside] == [("OUT", ("F2026-0401",))]


# -- at an agency's size: the overview shows the newest few, the rest on pages of their own ----------------------


def _many_outside(tmp_path, count: int):
    """A book with `count` credits of invoices outside the ledger, one a day up to DAY, given oldest first."""
    days = [DAY - timedelta(days=count - 1 - n) for n in range(count)]
    bookings = [
        Booking(f"{41 + n}.00", day, ref=f"OUT{n:03}", text=f"F2026-{n + 500:04}", name=f"Klant {n}", iban=None)
        for n, day in enumerate(days)
    ]
    creditor = valid_creditor(interest="none", invoice_numbers=MASKS)
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor(id="D-1", name="Anna de Boer")])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda claim: "s/x/", bank=books.bank)
    assert len(book.outside) == count
    return book


def test_the_overview_shows_the_newest_few_and_links_pages_with_all_newest_first(tmp_path):
    book = _many_outside(tmp_path, 7)
    overview = overview_of(book, limits=Limits(outside_rows=2, page_rows=3))
    pages = dict(overview_pages(overview))
    [bank] = [s for s in pages["index.html"].sections if isinstance(s, BankSection)]
    folded = bank.outside
    assert folded is not None
    assert folded.summary == "7 betalingen van facturen buiten incasso (EUR\xa0308,00 samen)"  # all of them
    assert [r.reference for r in folded.rows] == ["OUT006", "OUT005"]  # the newest two
    assert folded.shown == "De nieuwste 2 van 7 staan hier; alle, de nieuwste eerst, op eigen pagina's:"
    assert folded.more is not None
    assert (folded.more.label, folded.more.href) == (
        "Alle 7 betalingen van facturen buiten incasso",
        "bank/outside.html",
    )
    outside = {path: page for path, page in pages.items() if path.startswith("bank/outside")}
    assert list(outside) == ["bank/outside.html", "bank/outside-2.html", "bank/outside-3.html"]
    refs = [[r.reference for r in page.section.rows] for page in outside.values()]  # type: ignore[attr-defined]
    assert refs == [["OUT006", "OUT005", "OUT004"], ["OUT003", "OUT002", "OUT001"], ["OUT000"]]
    first = outside["bank/outside.html"]
    assert isinstance(first, ListPage) and first.pager is not None and first.pager.label == "Pagina 1 van 3"
    assert (first.title, first.count, first.back) == ("Betalingen van facturen buiten incasso", "7", "index.html#bank")


def test_as_few_as_the_overview_shows_are_all_on_it_with_no_pages(tmp_path):
    book = _many_outside(tmp_path, 3)
    pages = dict(overview_pages(overview_of(book, limits=Limits(outside_rows=3))))
    [bank] = [s for s in pages["index.html"].sections if isinstance(s, BankSection)]
    assert bank.outside is not None and len(bank.outside.rows) == 3
    assert (bank.outside.shown, bank.outside.more) == (None, None)
    assert not [path for path in pages if path.startswith("bank/outside")]


def test_a_debtor_s_part_payment_with_a_typo_from_an_unknown_account_is_set_apart_and_the_block_says_it_may_be(
    tmp_path,
):
    """s46 review: a debtor's partner pays part of F2026-0231 from their own account, writing F2026-0213. No means
    places it (no reference, no ledger number, an account and a name new to the ledger, no amount asked), and it
    names a number of the form outside the ledger: it is set apart. No rule tells a typo from an invoice paid on
    time (numbers run on: F2026-0232 may well be one), so the block says plainly that a debtor's payment can be
    among them, and what to look at."""
    creditor = valid_creditor(interest="none", invoice_numbers=MASKS)
    debtor = valid_debtor(id="D-1", name="Anna de Boer", invoices=[invoice(number="F2026-0231", amount="389.80")])
    root = write_ledger(tmp_path, creditor=creditor, debtors=[debtor])
    typo = Booking("100.00", DAY, ref="TYPO", text="F2026-0213 deel 1", name="K. Yilmaz", iban="NL55INGB0004445556")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [typo])})
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda claim: "s/x/", bank=books.bank)
    section = bank_section(book, bank_credits(book) or (), 0)
    assert section.outside is not None and [r.reference for r in section.outside.rows] == ["TYPO"]
    said = section.outside.why
    assert "Ook een betaling van een debiteur kan hier staan" in said
    assert "een ander (partner, familie)" in said and "verkeerd" in said
    # Its number is the ledger's with two digits swapped: said on its row, and counted where the list is folded.
    assert section.outside.rows[0].numbers == "F2026-0213 (lijkt op F2026-0231 van D-1: cijfers omgewisseld?)"
    assert section.outside.summary.endswith("; 1 lijkt op een factuur in incasso")


def test_only_two_neighbouring_digits_swapped_are_hinted_not_any_near_number(tmp_path):
    """One digit changed fits nearly every number of a series (F2026-0232 beside F2026-0231): no hint, or every row
    would carry one. Nor are equal digits swapped, or a letter with a digit."""
    from incasso.bank.own_invoices import OwnInvoices
    from incasso.ledger.load import load_ledger

    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F2026-0231"), invoice(number="F2026-0455")])
    ledger = load_ledger(write_ledger(tmp_path, creditor=valid_creditor(invoice_numbers=MASKS), debtors=[debtor]))
    own = OwnInvoices(MASKS, ledger.debtors)
    assert own.swapped(("F2026-0213",)) == (("F2026-0231", "D-1"),)
    assert own.swapped(("F2026-2031", "F2206-0231")) == (("F2026-0231", "D-1"),)  # one of them: said once
    assert own.swapped(("F2026-0232", "F2026-0331", "F2026-0455", "F2026-0545")) == (("F2026-0455", "D-1"),)
    assert own.swapped(("F2026-0554",)) == ()
