"""Bank money that is no debtor's (creditor.yaml's `bank_set_aside`): a credit, or the rest of one booked in part,
that staff know belongs to no dossier (a payer's mistake, money to refund). It counts for no dossier, is offered to
none and flags none, and stays visible as what it is."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.bank.books import Books, read_books
from incasso.bank.reconcile import NoteKind, SkipReason
from incasso.ledger.problems import LedgerError
from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, where, write_ledger

AS_OF = date(2026, 11, 22)
DAY = date(2026, 11, 3)
REASON = "Verkeerd overgemaakt door de betaler; op 5 november teruggestort."


def aside(amount: str = "150.00", **changes) -> dict:
    """A set-aside of `amount` of bank entry T2 (credited on DAY), with a reason."""
    return {"bank_ref": "T2", "date": DAY, "amount": Decimal(amount), "reason": REASON} | changes


def creditor(*items: dict) -> dict:
    return valid_creditor(interest="none", bank_set_aside=list(items))


def books(tmp_path, doc: dict, booked: str | None = "100.00", text: str | None = None) -> Books:
    """D-1 and D-3, and one credit of 250.00 (T2) whose text names D-3; `booked` of it on D-1 by bank_ref."""
    paid = [payment(date=DAY, amount=Decimal(booked), bank_ref="T2")] if booked else []
    debtors = [
        valid_debtor(id="D-1", name="Anna de Boer", payments=paid),
        valid_debtor(id="D-3", name="Bram Visser", invoices=[invoice(number="F2026-0003")]),
    ]
    root = write_ledger(tmp_path, creditor=doc, debtors=debtors)
    credit = Booking("250.00", DAY, ref="T2", text=text or rf_reference("D-3"), name="Onbekende Naam")
    debit = Booking("40.00", DAY, credit=False, ref="D9")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit, debit])})
    return read_books(root, AS_OF)


def test_the_rest_of_a_credit_set_aside_is_offered_to_no_dossier(tmp_path):
    result = books(tmp_path, creditor(aside()))
    assert result.bank is not None
    assert [n.kind for n in result.bank.notes] == []  # no rest: nothing to assign, D-3 flagged by nothing
    [found] = result.bank.set_aside
    assert (found.entry.reference, found.item.amount, found.item.reason) == ("T2", Decimal("150.00"), REASON)
    d1 = next(d for d in result.ledger.debtors if d.id == "D-1")
    assert [p.amount for p in d1.payments] == [Decimal("100.00")]


def test_a_credit_set_aside_whole_is_no_credit_to_assign(tmp_path):
    result = books(tmp_path, creditor(aside("250.00")), booked=None, text="onbekend")
    assert result.bank is not None
    assert result.bank.unmatched == ()
    assert [(s.entry.reference, s.reason) for s in result.bank.skipped if s.entry.reference == "T2"] == [
        ("T2", SkipReason.NAMED)
    ]
    # Set aside in part, the rest is still to assign, said as a rest (no dossier holds any of it).
    part = books(tmp_path / "part", creditor(aside("50.00")), booked=None, text="onbekend")
    assert [(n.kind, n.debtor_id, n.amount) for n in part.bank.notes] == [
        (NoteKind.PART_UNASSIGNED, None, Decimal("200.00"))
    ]


def test_a_credit_set_aside_the_text_names_a_dossier_of_is_not_booked_on_it(tmp_path):
    # Set aside whole, a credit whose reference names D-3 is not matched to D-3.
    result = books(tmp_path, creditor(aside("250.00")), booked=None)
    assert result.bank is not None and result.bank.matched == ()
    assert all(d.payments == () for d in result.ledger.debtors)


def test_every_set_aside_problem_is_said_at_once_with_its_place(tmp_path):
    doc = creditor(
        aside("0.00", reason=""),
        {"bank_ref": "T2", "date": "2026-13-01", "amount": Decimal("10.00"), "colour": "rood"},
    )
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, doc)
    at = f"{tmp_path / 'ledger' / 'creditor.yaml'}:"
    assert [str(p).removeprefix(at) for p in raised.value.problems] == [
        f"{where(doc, 'bank_set_aside[0].amount')}: bank_set_aside[0].amount: must be greater than 0 (got 0.00)",
        f"{where(doc, 'bank_set_aside[0].reason')}: bank_set_aside[0].reason: must not be empty: write its value, or "
        "delete the line if it may be left out",
        f"{where(doc, 'bank_set_aside[1]')}: bank_set_aside[1].reason: is required but missing",
        f"{where(doc, 'bank_set_aside[1].date')}: bank_set_aside[1].date: is not a day of the calendar (got 2026-13-01)",
        f"{where(doc, 'bank_set_aside[1].colour', key=True)}: bank_set_aside[1].colour: unknown field; known fields: "
        "bank_ref, date, amount, reason",
    ]


@pytest.mark.parametrize(
    ("item", "field", "message"),
    [
        (aside("200.00"), "bank_ref", "names a bank entry of 250.00 ("),
        (aside(date=DAY + timedelta(days=1)), "date", "must be the day the bank credited the entry it names"),
        (aside("40.00", bank_ref="D9"), "bank_ref", "names a debit (money out)"),
    ],
)
def test_a_set_aside_is_checked_against_the_entry_it_names(tmp_path, item, field, message):
    doc = creditor(item)
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, doc)
    path = tmp_path / "ledger" / "creditor.yaml"
    [problem] = [str(p) for p in raised.value.problems if str(p).startswith(str(path))]
    assert problem.startswith(f"{path}:{where(doc, 'bank_set_aside[0]')}: bank_set_aside[0].{field}: {message}")
    if field == "bank_ref" and "250.00" in message:
        assert problem.endswith("but the payments and set-asides naming it add up to 300.00 (got T2)")


def test_check_says_what_is_set_aside(tmp_path, capsys):
    from incasso.cli.main import main

    books(tmp_path, creditor(aside()))
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    assert "  set aside as no debtor's (creditor.yaml, bank_set_aside): 1, EUR 150.00\n" in capsys.readouterr().out


def test_check_counts_no_credit_set_aside_whole_as_named_by_a_payment(tmp_path, capsys):
    # T2 set aside whole, no dossier's payment naming it: before, check also said "credits named by a payment in a
    # debtor's file (bank_ref): 1" of it. Booked in part on D-1 and the rest set aside, it is named by a payment.
    from incasso.cli.main import main

    books(tmp_path, creditor(aside("250.00")), booked=None, text="onbekend")
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "  set aside as no debtor's (creditor.yaml, bank_set_aside): 1, EUR 250.00\n" in out
    assert "credits named by a payment" not in out
    books(tmp_path / "part", creditor(aside()))
    assert main(["check", "--ledger", str(tmp_path / "part" / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    assert "  credits named by a payment in a debtor's file (bank_ref): 1\n" in capsys.readouterr().out


def batch_books(tmp_path, *items: dict, paid: str | None = None) -> Books:
    """Batch B1 of 150.00 (100.00 and 50.00, each naming no dossier), its 50.00 taken back a week later; the
    set-asides `items` and, with `paid`, a payment of that much naming B1 whole on D-1."""
    payments = [payment(date=DAY, amount=Decimal(paid), bank_ref="B1")] if paid else []
    debtors = [valid_debtor(id="D-1", name="Anna de Boer", payments=payments)]
    root = write_ledger(tmp_path, creditor=creditor(*items), debtors=debtors)
    parts = (Booking("100.00", DAY, text="gift", end_to_end="E1"), Booking("50.00", DAY, text="gift", end_to_end="E2"))
    back = Booking("50.00", DAY + timedelta(days=7), credit=False, ref="R2", return_reason="AC04", end_to_end="E2")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", parts=parts), back])})
    return read_books(root, AS_OF)


def batch_record(result: Books) -> dict:
    from incasso.claims.assess import assess
    from incasso.staff.bank_record import bank_record

    claims = [assess(result.ledger, d, AS_OF) for d in result.ledger.debtors]
    record = bank_record(result.bank, claims)
    assert record is not None
    [batch] = [c for c in record["credits"] if c["bank_ref"] == "B1"]
    return batch


@pytest.mark.parametrize(
    ("written", "paid", "counted", "rest"),
    [
        ("150.00", None, "100.00", "0.00"),  # the whole batch set aside: what it still holds counts
        ("100.00", None, "100.00", "0.00"),  # no more than it still holds: as written
        ("40.00", None, "40.00", "60.00"),  # the rest still to assign
        ("50.00", "100.00", None, "0.00"),  # a payment holds what the batch still holds: none of it counts
        ("30.00", "50.00", "30.00", "20.00"),
    ],
)
def test_a_set_aside_of_a_batch_part_of_which_came_back_counts_what_it_can_and_says_why(
    tmp_path, written, paid, counted, rest
):
    # Before, it vanished: no Aside, no note, and claims.json's bank.set_aside left it out without a word.
    result = batch_books(tmp_path, aside(written, bank_ref="B1"), paid=paid)
    assert result.bank is not None
    assert [a.item.amount for a in result.bank.set_aside] == ([Decimal(counted)] if counted else [])
    [said] = [n for n in result.bank.notes if n.kind == NoteKind.SET_ASIDE_PART_RETURNED]
    assert (said.amount, said.entry.amount, said.place) == (
        Decimal(counted or "0"),
        Decimal("50.00"),
        "bank_set_aside[0]",
    )
    assert said.payment is not None and said.payment.source.path.endswith("creditor.yaml")
    record = batch_record(result)
    held = sum((Decimal(b["amount"]) for b in record["booked_to"]), Decimal(0))
    assert (record["amount"], record["set_aside"], record["unassigned"]) == ("100.00", counted or "0.00", rest)
    assert held + Decimal(record["unassigned"]) + Decimal(record["set_aside"]) == Decimal("100.00")


def test_a_set_aside_of_a_credit_taken_back_whole_is_said(tmp_path):
    result = batch_books(tmp_path, aside("50.00", bank_ref="B1/2"))
    assert result.bank is not None and result.bank.set_aside == ()
    [said] = [n for n in result.bank.notes if n.kind == NoteKind.SET_ASIDE_PART_RETURNED]
    assert (said.amount, said.entry.reference, said.place) == (Decimal("0"), "B1/2", "bank_set_aside[0]")


def test_check_says_where_a_set_aside_of_a_batch_part_of_which_came_back_is_and_what_counts(tmp_path, capsys):
    from incasso.cli.main import main

    doc = creditor(aside("150.00", bank_ref="B1"))
    batch_books(tmp_path, doc["bank_set_aside"][0])
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    at = f"{tmp_path / 'ledger' / 'creditor.yaml'}:{where(doc, 'bank_set_aside[0]')}"
    assert (
        f"note: {at}: bank_set_aside[0].amount: names bank entry B1 of 2026-11-03, of which the bank took back "
        "EUR 50.00 (entry B1/2"
    ) in capsys.readouterr().out


def test_a_set_aside_naming_an_entry_in_no_statement_read_is_said_at_its_place(tmp_path, capsys):
    # Before, it did nothing without a word: a typo in bank_ref left the money in sight as a credit to assign.
    from incasso.cli.main import main

    doc = creditor(aside(bank_ref="T7"))
    result = books(tmp_path, doc)
    assert result.bank is not None and result.bank.set_aside == ()
    [said] = [n for n in result.bank.notes if n.kind == NoteKind.SET_ASIDE_NOT_FOUND]
    assert (said.place, said.payment.bank_ref) == ("bank_set_aside[0]", "T7")
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    at = f"{tmp_path / 'ledger' / 'creditor.yaml'}:{where(doc, 'bank_set_aside[0]')}"
    assert (
        f"note: {at}: bank_set_aside[0].bank_ref: names bank entry T7 of 2026-11-03, in no statement read: "
        "nothing is set aside"
    ) in capsys.readouterr().out


def test_the_overview_says_what_of_a_set_aside_counts_where_its_entry_came_back_or_is_not_read(tmp_path):
    # Before, both did nothing without a word: the clerk saw neither the money set aside nor why not.
    from incasso.claims.assess import assess
    from incasso.staff.bank_section import BankSection
    from incasso.staff.overview_page import overview_page
    from incasso.staff.view import staff_book

    def notes(result: Books) -> list[str]:
        claims = [assess(result.ledger, d, AS_OF) for d in result.ledger.debtors]
        book = staff_book(claims, result.ledger.creditor, AS_OF, "", lambda c: "", bank=result.bank)
        section = next(s for s in overview_page(book).sections if isinstance(s, BankSection))
        return [n.text.replace("\xa0", " ") for n in section.notes if n.text.startswith("bank_set_aside[")]

    doc = creditor(aside("150.00", bank_ref="B1"))
    line = where(doc, "bank_set_aside[0]").split(":")[0]
    assert notes(batch_books(tmp_path / "back", doc["bank_set_aside"][0])) == [
        f"bank_set_aside[0] (creditor.yaml, regel {line}) zet EUR 150,00 van bankboeking B1 van 3 nov 2026 apart als "
        "geld van geen debiteur; de bank heeft daarvan EUR 50,00 teruggeboekt (transactie B1/2). De boeking bevat "
        "nog EUR 100,00, en daarvan telt EUR 100,00 als geld van geen debiteur. Zet in creditor.yaml wat nog van geen "
        "debiteur is."
    ]
    # Less than the batch still holds: what came first is said.
    assert notes(batch_books(tmp_path / "paid", aside("50.00", bank_ref="B1"), paid="80.00")) == [
        f"bank_set_aside[0] (creditor.yaml, regel {line}) zet EUR 50,00 van bankboeking B1 van 3 nov 2026 apart als "
        "geld van geen debiteur; de bank heeft daarvan EUR 50,00 teruggeboekt (transactie B1/2). De boeking bevat "
        "nog EUR 100,00, en daarvan telt EUR 20,00 als geld van geen debiteur (betalingen in dossierbestanden die "
        "hem noemen, en regels erboven, gaan voor). Zet in creditor.yaml wat nog van geen debiteur is."
    ]
    assert notes(books(tmp_path / "unread", creditor(aside(bank_ref="T7")))) == [
        f"bank_set_aside[0] (creditor.yaml, regel {line}) zet EUR 150,00 van bankboeking T7 van 3 nov 2026 apart als "
        "geld van geen debiteur, maar die boeking staat in geen ingelezen afschrift: er is niets apart gezet. Kijk "
        "bank_ref en date na, of zet het afschrift in bank/ (is het afschrift gearchiveerd, haal de regel dan weg)."
    ]


def test_the_build_says_a_set_aside_naming_an_entry_in_no_statement_read_at_its_place(tmp_path, capsys):
    from incasso.cli.main import main

    doc = creditor(aside(bank_ref="T7"))
    books(tmp_path, doc)
    root = tmp_path / "ledger"
    args = ["build", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--output", str(tmp_path / "out")]
    args += ["--internal-output", str(tmp_path / "internal"), "--public-url", "http://localhost:8000", "-q"]
    assert main(args) == 0
    at = f"{root / 'creditor.yaml'}:{where(doc, 'bank_set_aside[0]')}"
    assert f"note: {at}: bank_set_aside[0].bank_ref: names bank entry T7 of 2026-11-03, in no statement read" in (
        capsys.readouterr().out
    )


def test_what_a_batch_part_of_which_came_back_still_holds_beyond_its_payments_is_to_assign(tmp_path):
    # Before, a payment of 50.00 naming the batch left the other 50.00 it still holds nowhere: claims.json's credit
    # said booked 50.00 + unassigned 0.00 of 100.00.
    result = batch_books(tmp_path, paid="50.00")
    assert result.bank is not None
    assert [(n.kind, n.debtor_id, n.amount) for n in result.bank.notes if n.kind == NoteKind.PART_UNASSIGNED] == [
        (NoteKind.PART_UNASSIGNED, "D-1", Decimal("50.00"))
    ]
    record = batch_record(result)
    assert (record["amount"], record["booked_to"], record["unassigned"]) == (
        "100.00",
        [{"id": "D-1", "amount": "50.00"}],
        "50.00",
    )


def test_a_transaction_taken_back_of_a_batch_whose_payment_still_counts_as_written_is_no_dossier_s_in_claims_json(
    tmp_path,
):
    # Before, claims.json's returned credit B1/2 said it was D-1's 50.00 ("it counts no more: that dossier's
    # payments_returned"), while D-1's payment of 80.00 naming the batch still counted as written, and its
    # payments_returned was empty: whose part came back the statements cannot say (NAMED_PART_RETURNED).
    from incasso.claims.assess import assess
    from incasso.staff.bank_record import bank_record

    result = batch_books(tmp_path, paid="80.00")
    assert result.bank is not None
    assert {n.kind for n in result.bank.notes} >= {NoteKind.NAMED_PART_RETURNED}
    record = bank_record(result.bank, [assess(result.ledger, d, AS_OF) for d in result.ledger.debtors])
    assert record is not None
    [back] = [c for c in record["credits"] if c["bank_ref"] == "B1/2"]
    assert back["status"] == "returned" and back["returned"]["dossiers"] == []


@pytest.mark.parametrize("folder", ["none", "empty"])
def test_a_set_aside_with_no_statement_in_bank_at_all_is_said_at_its_place(tmp_path, capsys, folder):
    # Before, it set nothing aside without a word: the notes named entries only among statements read.
    from incasso.cli.main import main

    doc = creditor(aside(bank_ref="T7"))
    root = write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor(id="D-1", name="Anna de Boer")])
    if folder == "empty":
        (root / "bank").mkdir(exist_ok=True)
    at = f"{root / 'creditor.yaml'}:{where(doc, 'bank_set_aside[0]')}"
    said = (
        f"note: {at}: bank_set_aside[0].bank_ref: names bank entry T7 of 2026-11-03, but bank/ holds no statement: "
        "nothing is set aside; put the statement that holds it in bank/"
    )
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    assert capsys.readouterr().out.count(said) == 1
    args = ["build", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--output", str(tmp_path / "out")]
    args += ["--internal-output", str(tmp_path / "internal"), "--public-url", "http://localhost:8000", "-q"]
    assert main(args) == 0
    assert capsys.readouterr().out.count(said) == 1
    # The overview says it too where it has a bank section (a bank/ folder): staff read it, not the log.
    overview = (tmp_path / "internal" / "index.html").read_text(encoding="utf-8").replace("\xa0", " ")
    assert ("maar bank/ bevat geen afschrift: er is niets apart gezet" in overview) == (folder == "empty")


def batch_back_books(tmp_path, item: dict | None, returned: int, paid: str | None = None) -> Books:
    """Batch B1 of a 100.00 transaction and `returned` of 5.00 (each naming no dossier), all of these taken back a
    week later, in the order of the batch; the set-aside `item`, and D-1's payment of `paid` naming B1."""
    payments = [payment(date=DAY, amount=Decimal(paid), bank_ref="B1")] if paid else []
    debtors = [valid_debtor(id="D-1", name="Anna de Boer", payments=payments)]
    root = write_ledger(tmp_path, creditor=creditor(*([item] if item else [])), debtors=debtors)
    kept = Booking("100.00", DAY, text="gift", end_to_end="E0")
    parts = [Booking("5.00", DAY, text="gift", end_to_end=f"E{k}") for k in range(1, returned + 1)]
    back = [
        Booking("5.00", DAY + timedelta(days=7), credit=False, ref=f"R{k}", return_reason="AC04", end_to_end=f"E{k}")
        for k in range(1, returned + 1)
    ]
    whole = Booking(str(100 + 5 * returned), DAY, ref="B1", parts=(kept, *parts))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [whole, *back])})
    return read_books(root, AS_OF)


@pytest.mark.parametrize(
    ("returned", "log", "overview"),
    [
        (
            3,
            "took back EUR 15.00 in 3 entries (B1/2, B1/3 and B1/4, ",
            "de bank heeft daarvan EUR 15,00 teruggeboekt (3 transacties: B1/2, B1/3 en B1/4).",
        ),
        (
            20,
            "took back EUR 100.00 in 20 entries (B1/2, B1/3, B1/4 and 17 more, ",
            "de bank heeft daarvan EUR 100,00 teruggeboekt (20 transacties: B1/2, B1/3, B1/4 en 17 andere).",
        ),
    ],
)
def test_a_set_aside_of_a_batch_several_transactions_of_which_came_back_names_them_all(
    tmp_path, capsys, returned, log, overview
):
    # Before, its note named only the last transaction taken back, with that one's amount: "EUR 5.00 (entry B1/4".
    from incasso.cli.main import main

    doc = creditor(aside("100.00", bank_ref="B1"))
    result = batch_back_books(tmp_path, doc["bank_set_aside"][0], returned)
    assert result.bank is not None
    [said] = [n for n in result.bank.notes if n.kind == NoteKind.SET_ASIDE_PART_RETURNED]
    assert [e.reference for e in said.taken] == [f"B1/{k}" for k in range(2, returned + 2)]
    assert [a.item.amount for a in result.bank.set_aside] == [Decimal("100.00")]
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    at = f"{tmp_path / 'ledger' / 'creditor.yaml'}:{where(doc, 'bank_set_aside[0]')}"
    out = capsys.readouterr().out
    assert f"note: {at}: bank_set_aside[0].amount: names bank entry B1 of 2026-11-03, of which the bank {log}" in out
    assert overview in overview_notes(result)[0].replace("\xa0", " ")


@pytest.mark.parametrize(
    ("returned", "log", "overview"),
    [
        (
            1,
            "took back EUR 5.00 of it (entry B1/2, ",
            "De bank heeft EUR 5,00 van bankboeking B1 teruggeboekt (transactie B1/2)",
        ),
        (
            3,
            "took back EUR 15.00 of it in 3 entries (B1/2, B1/3 and B1/4, ",
            "De bank heeft EUR 15,00 van bankboeking B1 teruggeboekt (3 transacties: B1/2, B1/3 en B1/4)",
        ),
        (
            20,
            "took back EUR 100.00 of it in 20 entries (B1/2, B1/3, B1/4 and 17 more, ",
            "De bank heeft EUR 100,00 van bankboeking B1 teruggeboekt (20 transacties: B1/2, B1/3, B1/4 en 17 andere)",
        ),
    ],
)
def test_a_payment_naming_a_batch_several_transactions_of_which_came_back_names_them_all(
    tmp_path, capsys, returned, log, overview
):
    # Before, the note (NAMED_PART_RETURNED) named only the last transaction taken back, with that one's amount:
    # "took back EUR 5.00 of it (entry B1/4", as a set-aside's note did.
    from incasso.cli.main import main

    result = batch_back_books(tmp_path, None, returned, paid="50.00")
    assert result.bank is not None
    [said] = [n for n in result.bank.notes if n.kind == NoteKind.NAMED_PART_RETURNED]
    assert [e.reference for e in said.taken] == [f"B1/{k}" for k in range(2, returned + 2)]
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat(), "-q"]) == 0
    out = capsys.readouterr().out
    assert f"D-1: the payment in {tmp_path / 'ledger'}" in out
    assert f"names bank entry B1 whole, and the bank {log}" in out
    assert overview in " ".join(overview_notes(result, prefix="")).replace("\xa0", " ")


def overview_notes(result: Books, prefix: str = "bank_set_aside[") -> list[str]:
    """The overview's bank section's notes (on set-asides: those starting with `prefix`)."""
    from incasso.claims.assess import assess
    from incasso.staff.bank_section import BankSection
    from incasso.staff.overview_page import overview_page
    from incasso.staff.view import staff_book

    claims = [assess(result.ledger, d, AS_OF) for d in result.ledger.debtors]
    book = staff_book(claims, result.ledger.creditor, AS_OF, "", lambda c: "", bank=result.bank)
    section = next(s for s in overview_page(book).sections if isinstance(s, BankSection))
    return [n.text for n in section.notes if n.text.startswith(prefix)]


def test_the_overview_says_a_set_aside_sets_nothing_aside_with_no_statement_in_an_empty_bank_folder(tmp_path):
    # Before, only the build's log and `incasso check` said so: the overview's bank section, which staff read, showed
    # nothing set aside and no word why.
    doc = creditor(aside(bank_ref="T7"), aside("20.00", bank_ref="T8"))
    root = write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor(id="D-1", name="Anna de Boer")])
    (root / "bank").mkdir(exist_ok=True)
    line = where(doc, "bank_set_aside[0]").split(":")[0]
    second = where(doc, "bank_set_aside[1]").split(":")[0]
    said = [n.replace("\xa0", " ") for n in overview_notes(read_books(root, AS_OF))]
    assert said == [
        f"bank_set_aside[0] (creditor.yaml, regel {line}) zet EUR 150,00 van bankboeking T7 van 3 nov 2026 apart als "
        "geld van geen debiteur, maar bank/ bevat geen afschrift: er is niets apart gezet. Zet het afschrift met die "
        "boeking in bank/.",
        f"bank_set_aside[1] (creditor.yaml, regel {second}) zet EUR 20,00 van bankboeking T8 van 3 nov 2026 apart als "
        "geld van geen debiteur, maar bank/ bevat geen afschrift: er is niets apart gezet. Zet het afschrift met die "
        "boeking in bank/.",
    ]
