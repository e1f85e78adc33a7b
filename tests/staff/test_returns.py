"""Money the bank sent back, on the staff side: a payment it took back, and a refund that bounced.

Both were only in the overview's bank section (Na te kijken); the dossier page said "Nog geen betalingen"
or "Niets meer te doen", and the change list filed a returned payment as edited out of the ledger. Here
each shows on its dossier, in today's work or the signals, in claims.json and in changes.md.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.ledger.problems import LedgerError
from incasso.payments.reference import rf_reference
from incasso.staff.bank_section import BankSection
from incasso.staff.changes import changes_markdown, compare, parse_previous, parse_previous_lines
from incasso.staff.dossier_page import DossierPage, dossier_page
from incasso.staff.entries import book_entries
from incasso.staff.exports import claims_document, claims_json
from incasso.staff.language import speaking
from incasso.staff.overview_page import overview_page
from incasso.staff.returns import bank_returns
from incasso.staff.sections import ClaimsSection, Section, SignalsSection, TodaySection
from incasso.staff.view import StaffBook, doubted_credits, staff_book
from tests.support.bankfiles import CREDITOR_IBAN, PAYER_IBAN, Booking, camt053, place_of, write_bank
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import DEMO_LEDGER, build_site

NBSP = "\xa0"
PAID, RETURNED = date(2026, 11, 4), date(2026, 11, 19)  # W2 of the staff review: D-1014's payment and its return
REFUNDED, BOUNCED = date(2026, 11, 2), date(2026, 11, 3)


def nb(text: str) -> str:
    """Money as incasso.fmt writes it: a no-break space after EUR."""
    return text.replace("EUR ", "EUR" + NBSP)


def book_of(root: Path, as_of: date) -> StaffBook:
    books = read_books(root, as_of)  # as a build reads it: with the payments its bank/ shows
    claims = [assess(books.ledger, d, as_of) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, as_of, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


def document(root: Path, as_of: date) -> dict:
    """claims.json as the build writes it (pelican.plugins.incasso.staff)."""
    books = read_books(root, as_of)
    claims = [assess(books.ledger, d, as_of) for d in books.ledger.debtors]
    policy = books.ledger.creditor.policy
    return claims_document(
        claims, as_of, policy, lambda c: "", doubted_credits(books.bank), bank_returns(books.bank), books.bank
    )


def dossier(book: StaffBook, debtor_id: str) -> DossierPage:
    return dossier_page(book, next(r for r in book.rows if r.id == debtor_id))


def section(book: StaffBook, kind: type[Section]):
    return next(s for s in overview_page(book).sections if isinstance(s, kind))


def record_of(document: dict, debtor_id: str) -> dict:
    return next(c for c in document["claims"] if c["id"] == debtor_id)


# -- a payment the bank took back ------------------------------------------------------------------------


@pytest.fixture
def returned(tmp_path) -> Path:
    """A consumer reminded in February pays the whole invoice on 4 November and recalls it on 19 November."""
    debtor = valid_debtor(id="D-1", events=[event(date(2026, 2, 5), "reminder", channel="email")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"))
    back = Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="FOCR")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back])})
    return root


def test_a_payment_the_bank_took_back_is_under_the_dossier_s_payments(returned):
    view = dossier(book_of(returned, date(2026, 11, 22)), "D-1")
    assert view.payments == ()  # it does not count
    assert view.returned == (
        nb(
            "EUR 1.250,00 op 4 nov 2026 (bankboeking C1, van NL20 INGB 0001 2345 67): teruggeboekt op 19 nov 2026 "
            "(teruggevraagd door de betaler, FOCR); telt niet."
        ),
    )


WRITTEN = {
    Language.NL: "EUR 150,00 op 4 nov 2026{entry}: teruggeboekt op 19 nov 2026, zo geschreven in het dossierbestand "
    "(debtors/D-1.yaml, regel {line}: payments[0].returned); telt niet.",
    Language.EN: "EUR 150.00 on 4 Nov 2026{entry}: returned on 19 Nov 2026, as written in the dossier file "
    "(debtors/D-1.yaml, line {line}: payments[0].returned); does not count.",
}
ENTRY = {Language.NL: " (bankboeking C1)", Language.EN: " (bank entry C1)"}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
@pytest.mark.parametrize("bank_ref", ["C1", None], ids=["with its entry", "without"])
def test_a_payment_staff_wrote_as_returned_says_so_and_where_on_the_dossier(tmp_path, language, bank_ref):
    """s61: a payment written as taken back (`returned:`) that names its bank entry read on the dossier as one a
    statement's return took back; only one without said it was written so. Both say it, and where: no statement read
    says it, and a debtor who calls may say the bank never took it back."""
    paid = payment(
        date=PAID, amount=Decimal("150.00"), returned=RETURNED, **({"bank_ref": bank_ref} if bank_ref else {})
    )
    root = write_ledger(
        tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1", payments=[paid])]
    )
    text = (root / "debtors" / "D-1.yaml").read_text(encoding="utf-8").splitlines()
    [line] = [number for number, written in enumerate(text, 1) if written.strip().startswith("returned:")]
    with speaking(language):
        [said] = dossier(book_of(root, date(2026, 11, 22)), "D-1").returned
    entry = ENTRY[language] if bank_ref else ""
    assert said == nb(WRITTEN[language].format(entry=entry, line=line))


ACCOUNT = {
    Language.NL: " (bankboeking C1, van NL20 INGB 0001 2345 67)",
    Language.EN: " (bank entry C1, from NL20 INGB 0001 2345 67)",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_payment_written_as_returned_whose_entry_a_statement_read_holds_names_the_account_that_paid_it(
    tmp_path, language
):
    """s62: the credit C1 is still in bank/ (its return is not: archived, or never in a statement), and the payment
    naming it is written as taken back. The dossier's payment lines name the account a credit read came from (a
    refund goes there); the line of this one did not, though the same statement says it. It does now, in the same
    words as the line of D-1's other payment, C2, from the same account."""
    paid = payment(date=PAID, amount=Decimal("150.00"), returned=RETURNED, bank_ref="C1")
    root = write_ledger(
        tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1", payments=[paid])]
    )
    bookings = [
        Booking("150.00", PAID, ref="C1"),
        Booking("50.00", date(2026, 11, 6), ref="C2", scor=rf_reference("D-1")),
    ]
    write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, bookings)})
    text = (root / "debtors" / "D-1.yaml").read_text(encoding="utf-8").splitlines()
    [line] = [number for number, written in enumerate(text, 1) if written.strip().startswith("returned:")]
    with speaking(language):
        page = dossier(book_of(root, date(2026, 11, 22)), "D-1")
    [said] = page.returned
    assert said == nb(WRITTEN[language].format(entry=ACCOUNT[language], line=line))
    [other] = page.payments
    assert other.origin.endswith(ACCOUNT[language].split(", ", 1)[1].removesuffix(")"))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, " De EUR 2,50 kosten erbij zijn voor rekening van de schuldeiser."),
        (Language.EN, " The EUR 2.50 in charges on top are the creditor's cost."),
    ],
)
@pytest.mark.parametrize("charged", ["by its file", "by staff"])
def test_the_charges_of_a_return_are_said_beside_the_payment_it_took_back_on_the_dossier(
    tmp_path, language, said, charged
):
    """s60: the dossier listed the payment without the charges its return debited on top (the creditor's cost), which
    the bank section and claims.json say: as its file says them, or as staff wrote them (bank_returns' charges)."""
    file_says = {"charges": "2.50"} if charged == "by its file" else {}
    answer = {"bank_ref": "B1", "date": RETURNED, "credit": "C1", "credit_date": PAID, "charges": "2.50"}
    answers = {"bank_returns": [answer | {"reason": "ING, 20 november"}]} if charged == "by staff" else {}
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none", **answers), debtors=[valid_debtor(id="D-1")])
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    back = Booking("1252.50", RETURNED, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", **file_says)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back])})
    with speaking(language):
        [line] = dossier(book_of(root, date(2026, 11, 22)), "D-1").returned
    assert line.startswith(nb("EUR 1.250,00 " if language == Language.NL else "EUR 1,250.00 "))
    assert line.endswith(nb(said))
    claim = record_of(document(root, date(2026, 11, 22)), "D-1")
    assert [(p["bank_ref"], p["amount"]) for p in claim["payments_returned"]] == [("C1", "1250.00")]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            Language.NL,
            {
                "apart": " De EUR 1,00 kosten die de terugboeking apart geboekt noemt (niet in wat zij afschreef) zijn "
                "voor rekening van de schuldeiser.",
                "both": " De EUR 2,50 kosten erbij zijn voor rekening van de schuldeiser. De EUR 1,00 kosten die de "
                "terugboeking apart geboekt noemt (niet in wat zij afschreef) zijn voor rekening van de schuldeiser.",
            },
        ),
        (
            Language.EN,
            {
                "apart": " The EUR 1.00 in charges its return names booked apart (not in what it debited) are the "
                "creditor's cost.",
                "both": " The EUR 2.50 in charges on top are the creditor's cost. The EUR 1.00 in charges its return "
                "names booked apart (not in what it debited) are the creditor's cost.",
            },
        ),
    ],
)
@pytest.mark.parametrize("charges", ["apart", "both"])
def test_the_charges_a_return_names_booked_apart_are_said_beside_the_payment_it_took_back_on_the_dossier(
    tmp_path, language, said, charges
):
    """s60: a return whose camt.053.001.08 file names charges booked apart (ChrgInclInd false), alone or beside
    charges in its amount: the dossier said only the ones in it (or none), though the creditor bears both."""
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    debits = {"apart": ("1250.00", {}), "both": ("1252.50", {"charges": "2.50", "charges_apart_too": "1.00"})}
    amount, said_in = debits[charges]
    apart = {"charges": "1.00", "charges_apart": True} if charges == "apart" else said_in
    back = Booking(amount, RETURNED, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", **apart)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back], version="08")})
    with speaking(language):
        book = book_of(root, date(2026, 11, 22))
        [line] = dossier(book, "D-1").returned
        bank = section(book, BankSection).lines
    assert line.endswith(nb(said[charges]))
    # The overview's bank section said the return without them (s60): its line says the ones booked apart as the
    # dossier does (the ones in its amount are the note's, and the answer's once staff write it).
    [returned] = [said for said in bank if said.startswith(("Teruggeboekt (D-1)", "Returned (D-1)"))]
    assert returned.endswith(nb(said["apart"])), returned


def test_the_demo_s_recalled_payment_is_on_its_dossier_and_found_by_its_account():
    book = book_of(DEMO_LEDGER, date(2026, 11, 22))
    assert dossier(book, "D-1008").returned == (
        nb(
            "EUR 150,00 op 9 nov 2026 (bankboeking 2026110900031, van NL73 SNSB 0932 8471 65): teruggeboekt op "
            "12 nov 2026 (teruggevraagd door de betaler, FOCR); telt niet."
        ),
    )
    # The debtor who calls to say they paid names the account they paid from.
    found = {e.id for e in book_entries(book) if "nl73snsb0932847165" in e.search.split("\n")}
    assert found == {"D-1008"}


def test_a_return_that_turns_a_paid_claim_active_again_is_a_signal_before_the_next_letter(returned):
    as_of = date(2026, 11, 22)
    book = book_of(returned, as_of)
    row = next(r for r in book.rows if r.id == "D-1")
    assert row.claim.status == "active" and row.claim.next_action is not None  # a dunning letter is due
    (signal,) = [s for s in section(book, SignalsSection).signals if s.flag.kind == "payment_returned"]
    assert (signal.id, signal.flag.label, signal.flag.detail) == (
        "D-1",
        "Betaling teruggeboekt",
        nb(
            "EUR 1.250,00 van 4 november 2026 is op 19 november 2026 door de bank teruggeboekt (teruggevraagd door "
            "de betaler, FOCR) en telt niet: de debiteur denkt misschien dat er betaald is. Neem contact op vóór de "
            "volgende brief"
        ),
    )
    assert [f.kind for f in dossier(book, "D-1").flags][0] == "payment_returned"
    assert "payment_returned" in record_of(document(returned, as_of), "D-1")["flags"]


def test_the_signal_of_a_payment_taken_back_goes_once_staff_are_in_touch_after_it(returned):
    path = returned / "debtors" / "D-1.yaml"
    called = "  - date: 2026-11-20\n    type: call\n    channel: phone\n    spoke_with: Jan de Vries\n"
    path.write_text(path.read_text(encoding="utf-8") + called, encoding="utf-8")
    book = book_of(returned, date(2026, 11, 22))
    assert not [s for s in section(book, SignalsSection).signals if s.flag.kind == "payment_returned"]
    assert dossier(book, "D-1").returned  # the dossier keeps it


def test_no_signal_once_the_agency_has_the_claim():
    # No letter of ours follows a handover (the demo's D-1008): the dossier and the bank section say it.
    book = book_of(DEMO_LEDGER, date(2026, 11, 22))
    assert not [s for s in section(book, SignalsSection).signals if s.flag.kind == "payment_returned"]


def _undated(data: bytes, reference: str) -> bytes:
    """A camt.053 file with the BookgDt of the entry `reference` left out (an optional element of the schema)."""
    text = data.decode()
    start = text.index(f"<NtryRef>{reference}</NtryRef>")
    begin = text.index("<BookgDt>", start)
    end = text.index("</BookgDt>", begin) + len("</BookgDt>")
    return (text[:begin] + text[end:]).encode()


def test_a_booked_return_without_its_day_is_refused_naming_the_file_line_and_field(tmp_path):
    """s52: a return the bank gave no day would read "teruggeboekt op —". No statement read can give one: a booked
    camt.053 entry without BookgDt is refused (an MT940 :61: starts with its value date: tests/bank/test_mt940.py)."""
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"))
    back = Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="FOCR")
    data = _undated(camt053(CREDITOR_IBAN, [paid, back]), "B1")
    write_bank(root, {"a.xml": data})
    with pytest.raises(LedgerError) as refused:
        read_books(root, date(2026, 11, 22))
    place = place_of(data, "<Ntry>", 2)  # the return's entry, the file's second
    assert str(refused.value) == (
        f"{root / 'bank' / 'a.xml'}:{place}: Stmt[0].Ntry[1].BookgDt: is required for a booked entry"
    )


def test_a_pending_return_without_its_day_takes_nothing_back(tmp_path):
    """Not booked (PDNG), the bank may write no day: the payment counts until the return is booked."""
    debtor = valid_debtor(id="D-1", events=[event(date(2026, 2, 5), "reminder", channel="email")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"))
    back = Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="FOCR", status="PDNG")
    write_bank(root, {"a.xml": _undated(camt053(CREDITOR_IBAN, [paid, back]), "B1")})
    view = dossier(book_of(root, date(2026, 11, 22)), "D-1")
    assert view.returned == () and len(view.payments) == 1


def test_claims_json_carries_the_returns_of_each_dossier(returned):
    record = record_of(document(returned, date(2026, 11, 22)), "D-1")
    assert record["payments"] == []
    assert record["payments_returned"] == [
        {
            "date": "2026-11-04",
            "amount": "1250.00",
            "returned": "2026-11-19",
            "reason": "FOCR",
            "account": PAYER_IBAN,
            "bank_ref": "C1",
        }
    ]
    assert record["refunds_returned"] == []


def test_the_change_list_lists_a_payment_taken_back_under_its_own_heading_once(returned):
    before, after = document(returned, date(2026, 11, 18)), document(returned, date(2026, 11, 22))
    assert record_of(before, "D-1")["status"] == "paid"
    changes = compare(before, after)
    assert changes.sections["payments_gone"] == ()  # nobody edited the ledger
    assert [(e.id, e.values) for e in changes.sections["payments_returned"]] == [
        (
            "D-1",
            {
                "amount": nb("EUR 1.250,00"),
                "date": "4 november 2026",
                "returned": "19 november 2026",
                "reason": " (teruggevraagd door de betaler, FOCR)",
                "answered": "",
            },
        )
    ]
    assert (
        "## Betalingen teruggeboekt door de bank (1)\n\n- D-1 Bakkerij De Vries: "
        + nb("EUR 1.250,00 op 4 november 2026, teruggeboekt op 19 november 2026 (teruggevraagd door de betaler, ")
        + "FOCR); telt niet"
    ) in changes_markdown(changes)
    assert compare(after, document(returned, date(2026, 11, 23))).sections["payments_returned"] == ()


def test_a_claims_json_of_before_returns_were_carried_still_tells_a_return_from_an_edit(returned):
    before, after = document(returned, date(2026, 11, 18)), document(returned, date(2026, 11, 22))
    for claim in before["claims"]:
        del claim["payments_returned"], claim["refunds_returned"]
    changes = compare(before, after)
    assert [e.id for e in changes.sections["payments_returned"]] == ["D-1"]
    assert changes.sections["payments_gone"] == ()


@pytest.mark.parametrize(
    ("field", "value", "said"), [("date", None, "null"), ("returned", "19-11-2026", '"19-11-2026"')]
)
def test_a_previous_claims_json_whose_return_has_no_day_is_said_and_not_compared(returned, field, value, said):
    """Every build writes both days of a payment taken back (the statements give them). A previous claims.json
    holding a null (edited by hand) matched none of this build's returns: the one staff saw was listed as news. It
    is said, with where, and nothing is compared, however the build reads it (line by line, or whole)."""
    before, after = document(returned, date(2026, 11, 22)), document(returned, date(2026, 11, 23))
    record_of(before, "D-1")["payments_returned"][0][field] = value
    text = claims_json(before)
    reason = f"D-1: payments_returned[0].{field} is {said}, not a date (YYYY-MM-DD)"
    for previous, problem in (parse_previous_lines(text.splitlines(keepends=True)), parse_previous(text)):
        assert problem is None
        changes = compare(previous, after)
        assert changes.problem == reason and changes.sections == {}
        assert f"De vorige claims.json is niet te lezen ({reason}); er is niets vergeleken." in changes_markdown(
            changes
        )


def test_a_build_after_one_whose_claims_json_holds_a_null_return_day_says_so_and_goes_on(returned, tmp_path, capsys):
    site = build_site(tmp_path / "site", ledger=returned, as_of=date(2026, 11, 22))
    assert site.exit_code == 0
    written = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    record_of(written, "D-1")["payments_returned"][0]["date"] = None
    (site.internal / "claims.json").write_text(claims_json(written), encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path / "site", ledger=returned, as_of=date(2026, 11, 23)).exit_code == 0
    assert "Changes: the previous claims.json could not be read; nothing was compared" in capsys.readouterr().out
    listed = (site.internal / "changes.md").read_text(encoding="utf-8")
    assert "(D-1: payments_returned[0].date is null, not a date (YYYY-MM-DD))" in listed


def test_a_payment_edited_out_of_the_ledger_is_still_listed_as_gone(tmp_path):
    hand = payment(date=date(2026, 11, 4), amount=Decimal("100.00"))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(payments=[hand])])
    before = document(root, date(2026, 11, 18))
    (root / "debtors" / "D-1001.yaml").write_text(
        (root / "debtors" / "D-1001.yaml").read_text(encoding="utf-8").split("payments:")[0], encoding="utf-8"
    )
    changes = compare(before, document(root, date(2026, 11, 22)))
    assert [e.id for e in changes.sections["payments_gone"]] == ["D-1001"]
    assert changes.sections["payments_returned"] == ()


@pytest.fixture
def returned_split(tmp_path) -> Path:
    """A transfer of EUR 600,00 for two dossiers that staff split by bank_ref (400,00 and 200,00, as the
    overview's lines for a credit naming both have it), taken back whole by the payer on 19 November."""
    reminded = [event(date(2026, 2, 5), "reminder", channel="email")]
    first = valid_debtor(
        id="D-1",
        events=reminded,
        payments=[payment(date=PAID, amount=Decimal("400.00"), bank_ref="C1")],
    )
    second = valid_debtor(
        id="D-2",
        name="Anouk de Wit",
        invoices=[invoice(number="F2026-0002", amount=Decimal("200.00"))],
        events=reminded,
        payments=[payment(date=PAID, amount=Decimal("200.00"), bank_ref="C1")],
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[first, second])
    paid = Booking("600.00", PAID, ref="C1", text="D-1 en D-2")
    back = Booking("600.00", RETURNED, credit=False, ref="B1", return_reason="FOCR")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back])})
    return root


def test_a_credit_staff_assigned_by_bank_ref_and_taken_back_counts_for_no_dossier_it_was_split_over(returned_split):
    # Each payment naming the credit is taken back as an auto-matched one is: it does not count, it is on its
    # dossier and in claims.json with its own part, the dossier is flagged, and the change list lists each once.
    as_of = date(2026, 11, 22)
    books = read_books(returned_split, as_of)
    assert [(d.id, d.payments) for d in books.ledger.debtors] == [("D-1", ()), ("D-2", ())]
    after = document(returned_split, as_of)
    for debtor_id, amount in (("D-1", "400.00"), ("D-2", "200.00")):
        record = record_of(after, debtor_id)
        assert (record["paid_total"], record["payments"]) == ("0.00", [])
        assert record["payments_returned"] == [
            {
                "date": "2026-11-04",
                "amount": amount,
                "returned": "2026-11-19",
                "reason": "FOCR",
                "account": PAYER_IBAN,
                "bank_ref": "C1",
            }
        ]
        assert "payment_returned" in record["flags"]
    book = book_of(returned_split, as_of)
    # The overview's bank section names the dossiers whose payments named it, not the one its text may name.
    assert any(line.startswith("Teruggeboekt (D-1, D-2): ") for line in section(book, BankSection).lines)
    view = dossier(book, "D-2")
    assert view.returned == (
        nb(
            "EUR 200,00 op 4 nov 2026 (bankboeking C1, van NL20 INGB 0001 2345 67): teruggeboekt op 19 nov 2026 "
            "(teruggevraagd door de betaler, FOCR); telt niet."
        ),
    )
    changes = compare(document(returned_split, date(2026, 11, 18)), after)
    assert changes.sections["payments_gone"] == ()
    assert [(e.id, e.values["amount"]) for e in changes.sections["payments_returned"]] == [
        ("D-1", nb("EUR 400,00")),
        ("D-2", nb("EUR 200,00")),
    ]


def test_a_transaction_of_a_batch_one_payment_names_whole_taken_back_counts_no_more_on_its_own(tmp_path):
    # s41: batch B1 (a payroll-like collective transfer: 400,00 and 200,00 in two transactions) was booked whole on
    # D-1 by `bank_ref: B1`; the bank took back its second transaction. It still counted all 600,00, with a note to
    # write what stayed; the statements say which transaction came back and how much, as of a single credit.
    reminded = [event(date(2026, 2, 5), "reminder", channel="email")]
    first = valid_debtor(
        id="D-1", events=reminded, payments=[payment(date=PAID, amount=Decimal("600.00"), bank_ref="B1")]
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[first])
    parts = (Booking("400.00", PAID, end_to_end="E1"), Booking("200.00", PAID, end_to_end="E2"))
    back = Booking("200.00", RETURNED, credit=False, ref="R2", return_reason="AC04", end_to_end="E2")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("600.00", PAID, ref="B1", parts=parts), back])})
    as_of = date(2026, 11, 22)
    after = document(root, as_of)
    record = record_of(after, "D-1")
    assert record["paid_total"] == "400.00"
    assert record["payments_returned"] == [
        {
            "date": "2026-11-04",
            "amount": "200.00",
            "returned": "2026-11-19",
            "reason": "AC04",
            "account": PAYER_IBAN,
            "bank_ref": "B1/2",
        }
    ]
    assert "payment_returned" in record["flags"]
    batch = next(c for c in after["bank"]["credits"] if c["bank_ref"] == "B1")
    assert (batch["amount"], batch["booked_to"], batch["unassigned"]) == (
        "400.00",
        [{"id": "D-1", "amount": "400.00"}],
        "0.00",
    )
    returned = next(c for c in after["bank"]["credits"] if c["bank_ref"] == "B1/2")
    assert returned["returned"]["dossiers"] == [{"id": "D-1", "amount": "200.00"}]
    view = dossier(book_of(root, as_of), "D-1")
    assert len(view.returned) == 1 and view.returned[0].startswith(nb("EUR 200,00 op 4 nov 2026 (bankboeking B1/2"))
    changes = compare(document(root, date(2026, 11, 18)), after)
    assert [(e.id, e.values["amount"]) for e in changes.sections["payments_returned"]] == [("D-1", nb("EUR 200,00"))]
    # The payment counts less, not gone and paid anew: no 'removed or corrected' for a file nobody edited.
    assert (changes.sections["payments"], changes.sections["payments_gone"]) == ((), ())


# -- a refund that came back ----------------------------------------------------------------------------


@pytest.fixture
def bounced(tmp_path) -> Path:
    """A paid claim with EUR 10,00 paid too much, refunded on 2 November; the bank sends it back on the 3rd."""
    refund = event(REFUNDED, "refund", amount=Decimal("10.00"))
    paid = payment(date=date(2026, 10, 20), amount=Decimal("1260.00"))  # 10.00 more than the invoice
    debtor = valid_debtor(id="D-3", name="Bakkerij Smit", payments=[paid], events=[refund])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    out = Booking("10.00", REFUNDED, credit=False, ref="OUT1", end_to_end="REFUND-3")  # our transfer
    back = Booking("10.00", BOUNCED, ref="BACK1", return_reason="AC04", end_to_end="REFUND-3")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [out, back])})
    return root


def test_a_refund_that_came_back_is_on_the_dossier_with_what_to_do(bounced):
    view = dossier(book_of(bounced, date(2026, 11, 22)), "D-3")
    assert view.why[-1] == nb(
        "De terugbetaling van EUR 10,00 op 2 november 2026 is op 3 november 2026 teruggekomen van de bank "
        "(rekening opgeheven, AC04): de debiteur heeft dat geld niet."
    )
    assert [(line.css, line.text) for line in view.next] == [
        (
            "due",
            nb(
                "Opnieuw terugbetalen sinds 3 november 2026: de terugbetaling van EUR 10,00 op 2 november 2026 kwam "
                "op 3 november 2026 terug van de bank (rekening opgeheven, AC04), dus de debiteur heeft het geld "
                "niet. Vraag de debiteur om een rekening die werkt (hun pagina vraagt er ook om) en betaal het "
                "bedrag daarheen."
            ),
        )
    ]
    amounts = [(a.label, a.amount) for a in view.amounts]
    assert ("Tegoed terugbetaald", nb("EUR 10,00")) in amounts
    assert ("Terugbetaling teruggekomen", nb("EUR 10,00")) in amounts
    # The refund to take out of the file, as it is written there: then the credit is open again.
    (undo,) = view.undo
    assert undo.lines == "  - date: 2026-11-02\n    type: refund\n    amount: 10.00"
    assert undo.intro.startswith("Haal deze refund weg onder events: in debtors/D-3.yaml,")
    assert "Het tegoed staat dan weer open" in undo.intro
    assert view.record is None  # no step of the policy's is due: nothing else to record


def test_a_refund_that_came_back_beside_a_step_due_leaves_the_step_s_record(tmp_path):
    # A new invoice fell due: its reminder is due too. The page offered only the refund to take out, so the
    # reminder posted had nothing to record it with; the money pays the open invoice once the refund goes.
    refund = event(REFUNDED, "refund", amount=Decimal("10.00"))
    paid = payment(date=date(2026, 10, 20), amount=Decimal("1260.00"), invoice="F2026-0001")
    new = invoice(number="F-NEW", date=date(2026, 10, 9), due=date(2026, 11, 8), amount=Decimal("300.00"))
    debtor = valid_debtor(id="D-3", name="Bakkerij Smit", payments=[paid], events=[refund])
    debtor["invoices"].append(new)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    out = Booking("10.00", REFUNDED, credit=False, ref="OUT1", end_to_end="REFUND-3")
    back = Booking("10.00", BOUNCED, ref="BACK1", return_reason="AC04", end_to_end="REFUND-3")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [out, back])})
    view = dossier(book_of(root, date(2026, 11, 22)), "D-3")
    assert [line.css for line in view.next][:2] == ["due", "due"]  # the refund, and the reminder: each due
    assert "verreken het bedrag daarmee" in view.next[0].text
    assert view.record is not None and "type: reminder" in view.record.lines
    (undo,) = view.undo
    assert "telt het bedrag als betaling op wat open staat" in undo.intro


def test_a_refund_that_came_back_is_today_s_work_a_signal_and_the_next_step(bounced):
    book = book_of(bounced, date(2026, 11, 22))
    (task,) = [t for t in section(book, TodaySection).tasks if t.id == "D-3"]
    assert (task.css, task.kind, task.action.text, task.amount, task.due, task.stage.text) == (
        "task refund",
        "refund_returned",
        "Opnieuw terugbetalen",
        nb("EUR 10,00"),
        "3 nov 2026",
        "Betaald",
    )
    (signal,) = [s for s in section(book, SignalsSection).signals if s.id == "D-3"]
    assert (signal.flag.label, signal.flag.detail, signal.amount) == (
        "Terugbetaling teruggekomen",
        nb(
            "de terugbetaling van EUR 10,00 op 2 november 2026 kwam op 3 november 2026 terug (rekening opgeheven, "
            "AC04): de debiteur heeft het geld niet. Vraag om een rekening die werkt en betaal opnieuw"
        ),
        nb("EUR 10,00"),  # the debtor's money, not the 0,00 open
    )
    assert signal.flag in task.flags
    row = next(r for g in section(book, ClaimsSection).groups for r in g.rows if r.id == "D-3")
    assert row.next is not None and (row.next.action.text, row.next.when.text) == (
        "Opnieuw terugbetalen",
        "sinds 3 nov 2026",
    )


def test_a_refund_that_came_back_is_in_claims_json_and_the_change_list_once(bounced):
    before, after = document(bounced, date(2026, 11, 2)), document(bounced, date(2026, 11, 4))
    assert record_of(before, "D-3")["refunds_returned"] == []
    record = record_of(after, "D-3")
    assert record["refunds_returned"] == [
        {"date": "2026-11-02", "amount": "10.00", "returned": "2026-11-03", "reason": "AC04", "bank_ref": "BACK1"}
    ]
    assert record["flags"] == ["refund_returned"]
    due = [(e.id, e.values["what"]) for e in compare(before, after).sections["due"]]
    assert due == [
        (
            "D-3",
            nb(
                "Opnieuw terugbetalen: de terugbetaling van EUR 10,00 op 2 november 2026 kwam op 3 november 2026 "
                "terug (rekening opgeheven, AC04)"
            ),
        )
    ]
    assert compare(after, document(bounced, date(2026, 11, 5))).sections["due"] == ()


def test_after_an_update_only_a_refund_that_came_back_since_the_last_build_is_new_work(bounced):
    # A claims.json of before names no refunds that came back: the one of 3 November its pages told already.
    for last, listed in ((date(2026, 11, 20), []), (date(2026, 11, 2), ["D-3"])):
        before = document(bounced, last)
        for claim in before["claims"]:
            del claim["refunds_returned"]
        changes = compare(before, document(bounced, date(2026, 11, 22)))
        assert [e.id for e in changes.sections["due"] if "Opnieuw terugbetalen" in e.values["what"]] == listed


def test_a_refund_that_came_back_once_taken_out_of_the_file_is_a_credit_to_refund_again(bounced):
    path = bounced / "debtors" / "D-3.yaml"
    path.write_text(path.read_text(encoding="utf-8").split("events:")[0], encoding="utf-8")
    book = book_of(bounced, date(2026, 11, 22))
    assert [t.kind for t in section(book, TodaySection).tasks if t.id == "D-3"] == ["refund_credit"]
    assert dossier(book, "D-3").amounts[-1].label == "Tegoed (te veel betaald)"


# -- claims.json's bank: every credit accounted for ----------------------------------------------------------


def test_claims_json_s_bank_accounts_for_every_credit_read(tmp_path):
    # A 600.00 credit staff booked 400 + 150 of (the 50.00 left is no dossier's: unassigned, as a credit no rule
    # placed is), a credit matched by its reference and taken back, a return of a credit in no statement, one in
    # dollars, one pending, one no rule placed: each is there with what became of it, so a program reconciling the
    # statements with the exports finds every euro once.
    first = valid_debtor(id="D-1", payments=[payment(date=PAID, amount=Decimal("400.00"), bank_ref="C1")])
    second = valid_debtor(
        id="D-2",
        name="Anouk de Wit",
        invoices=[invoice(number="F2026-0002")],
        payments=[payment(date=PAID, amount=Decimal("150.00"), bank_ref="C1")],
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[first, second])
    eur = [
        Booking("600.00", PAID, ref="C1", text="D-1 en D-2"),
        Booking("75.00", PAID, ref="C2", text="betaling", name="ONBEKEND"),
        Booking("250.00", PAID, ref="C3", scor=rf_reference("D-2"), end_to_end="E3"),
        Booking("250.00", RETURNED, credit=False, ref="R3", return_reason="MD06", end_to_end="E3"),
        Booking("40.00", RETURNED, credit=False, ref="R9", return_reason="AC04", end_to_end="E9"),
        Booking("30.00", RETURNED, ref="P1", status="PDNG"),
    ]
    usd = camt053(CREDITOR_IBAN, [Booking("20.00", PAID, ref="U1", scor=rf_reference("D-1"))])
    usd = usd.replace(b'Ccy="EUR"', b'Ccy="USD"').replace(b">EUR<", b">USD<")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, eur), "b.xml": usd})
    bank = document(root, date(2026, 11, 22))["bank"]

    def credit(**fields) -> dict:
        base = {
            "date": "2026-11-04",
            "currency": "EUR",
            "payer": "J. de Vries",
            "account": PAYER_IBAN,
            "booked_to": [],
            "unassigned": None,
            "set_aside": None,
            "returned": None,
            "skipped": None,
        }
        # booked + unassigned + set aside = amount for a credit that counts (none is set aside here)
        counts = fields.get("status") in ("booked", "unassigned") and fields.get("unassigned") is not None
        return base | ({"set_aside": "0.00"} if counts else {}) | fields

    assert bank["credits"] == [
        credit(
            bank_ref="C1",
            amount="600.00",
            status="booked",
            booked_to=[{"id": "D-1", "amount": "400.00"}, {"id": "D-2", "amount": "150.00"}],
            unassigned="50.00",
        ),
        credit(bank_ref="C2", amount="75.00", payer="ONBEKEND", status="unassigned", unassigned="75.00"),
        credit(
            bank_ref="C3",
            amount="250.00",
            status="returned",
            returned={
                "date": "2026-11-19",
                "bank_ref": "R3",
                "reason": "MD06",
                "dossiers": [{"id": "D-2", "amount": "250.00"}],
            },
        ),
        credit(bank_ref="P1", date="2026-11-19", amount="30.00", status="skipped", skipped="pending"),
        credit(bank_ref="U1", amount="20.00", currency="USD", status="skipped", skipped="other_currency"),
    ]
    assert bank["returns"] == [
        {
            "bank_ref": "R3",
            "date": "2026-11-19",
            "amount": "250.00",
            "reason": "MD06",
            "credit": "C3",
            "dossiers": [{"id": "D-2", "amount": "250.00"}],
        },
        {"bank_ref": "R9", "date": "2026-11-19", "amount": "40.00", "reason": "AC04", "credit": None, "dossiers": []},
    ]
    # The rest of C1 is to assign, as C2 is: the change list and the overview's count read it there.
    assert bank["unassigned"] == [
        {"date": "2026-11-04", "amount": "50.00", "payer": "J. de Vries", "bank_ref": "C1", "credit_amount": "600.00"},
        {"date": "2026-11-04", "amount": "75.00", "payer": "ONBEKEND", "bank_ref": "C2", "credit_amount": "75.00"},
    ]


def rest_ledger(tmp_path: Path, booked: str = "400.00") -> Path:
    """C1 (600.00, naming D-1 and D-2 in words) with `booked` of it booked on D-1, and C2 (75.00) no rule placed."""
    first = valid_debtor(id="D-1", payments=[payment(date=PAID, amount=Decimal(booked), bank_ref="C1")])
    second = valid_debtor(id="D-2", name="Anouk de Wit", invoices=[invoice(number="F2026-0002")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[first, second])
    credits = [Booking("600.00", PAID, ref="C1", text="D-1 en D-2"), Booking("75.00", PAID, ref="C2", text="?")]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, credits)})
    return root


def book_on(root: Path, debtor_id: str, amount: str) -> None:
    """A payment of `amount` naming C1 added to the dossier's file, as staff paste it (its first payment)."""
    path = root / "debtors" / f"{debtor_id}.yaml"
    lines = f'payments:\n  - date: 2026-11-04\n    amount: {amount}\n    bank_ref: "C1"\n'
    path.write_text(path.read_text(encoding="utf-8") + lines, encoding="utf-8")


def test_the_rest_of_a_credit_booked_in_part_is_counted_to_assign_and_listed_as_new_in_the_change_list(tmp_path):
    # 400 + 150 of 600 booked: the 50.00 left was only a note under "Na te kijken" against one dossier. A rest no
    # build had to assign before (C1 was booked whole: 600.00 on D-1, then 550.00) is listed as new.
    root = rest_ledger(tmp_path, booked="600.00")
    before = document(root, date(2026, 11, 22))
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("amount: 600.00", "amount: 400.00"), encoding="utf-8")
    book_on(root, "D-2", "150.00")
    book = book_of(root, date(2026, 11, 23))
    (figure,) = [f for f in section(book, BankSection).figures if f.label == "Te koppelen betalingen"]
    assert figure.value == "2"  # C2, and the rest of C1
    changes = compare(before, document(root, date(2026, 11, 23)))
    assert [e.values for e in changes.sections["bank_credits"]] == [
        {
            "date": "4 november 2026",
            "amount": nb("EUR 50,00 (rest van EUR 600,00)"),
            "payer": " van J. de Vries",
            "ref": "C1",
            "answered": "",
        }
    ]


def test_a_rest_that_shrinks_is_not_listed_again_as_a_credit_to_assign(tmp_path):
    # s40: 400.00 of C1 booked on D-1 left 200.00 to assign; 150.00 more booked on D-2 between builds, the 50.00
    # left was listed as a new credit to assign, as if a second payment had come in. It is the same credit, with
    # less to assign: nothing new to do (the part booked is listed as D-2's payment). Nor is the first part booked
    # of a credit the previous build had unassigned whole.
    root = rest_ledger(tmp_path)
    before = document(root, date(2026, 11, 22))
    book_on(root, "D-2", "150.00")
    after = document(root, date(2026, 11, 23))
    assert [c["amount"] for c in after["bank"]["unassigned"] if c["bank_ref"] == "C1"] == ["50.00"]
    changes = compare(before, after)
    assert changes.sections["bank_credits"] == ()
    assert [(e.id, e.values["amount"]) for e in changes.sections["payments"]] == [("D-2", nb("EUR 150,00"))]
    whole = {**before, "bank": {**before["bank"], "unassigned": [_whole(c) for c in before["bank"]["unassigned"]]}}
    assert compare(whole, after).sections["bank_credits"] == ()


def _whole(credit: dict) -> dict:
    """An unassigned credit as a build had it before any of it was booked: all of it to assign."""
    return credit | {"amount": credit["credit_amount"]}


def test_a_rest_that_grows_is_listed_as_the_same_credit_s_rest_changed(tmp_path):
    # A part booked by mistake taken out again (D-1's 400.00 made 100.00): more of C1 to assign than the previous
    # build said. Listed as C1's rest, with what it was, not as a credit that came in.
    root = rest_ledger(tmp_path)
    before = document(root, date(2026, 11, 22))
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("amount: 400.00", "amount: 100.00"), encoding="utf-8")
    changes = compare(before, document(root, date(2026, 11, 23)))
    assert [e.values["amount"] for e in changes.sections["bank_credits"]] == [
        nb("EUR 500,00 (rest van EUR 600,00; was EUR 200,00)")
    ]
    assert changes_markdown(changes).count("C1") == 1
