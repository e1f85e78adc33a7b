"""A return whose credit's statement is archived (docs/ledger-format.md, "Keep the statements"): the credit is known
from the payments in the debtors' files that name it (bank_ref), and the return takes those back, as it would the
credit read (reconcile._archived_credits, _archived_returns). Until s60 it took back nothing read, and the payment it
took back kept counting."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from incasso.bank.books import Books, read_books
from incasso.bank.reconcile import NoteKind, SkipReason
from incasso.claims.assess import assess
from incasso.ledger.model import ReturnedPayment
from incasso.ledger.problems import LedgerError
from incasso.staff.changes import Changes
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

AS_OF = date(2026, 11, 22)
OCTOBER = date(2026, 10, 5)  # the credit's day: its statement (October's) is no longer in bank/
BACK = date(2026, 11, 10)
CREDIT = "2026100500007"
RETURN = "2026111000031"
# November's statement: a debit of the bank's own, and the return of 150.00 (a direct debit reversed on the payer's
# request), which names the payer's end-to-end reference and account, neither of which the debtor's file keeps.
FEE = Booking("20.00", date(2026, 11, 3), credit=False, ref="X1", text="kosten")
REVERSED = Booking("150.00", BACK, credit=False, ref=RETURN, return_reason="MD06", end_to_end="E1")


def kept(amount: str = "150.00", on: date = OCTOBER, ref: str = CREDIT) -> dict:
    """The payment staff wrote in the debtor's file before archiving its statement, as the docs say to."""
    return payment(date=on, amount=Decimal(amount), bank_ref=ref)


def books(tmp_path, first: list[dict], second: list[dict] = (), *, answers: list[dict] = ()) -> Books:
    people = [
        valid_debtor(id="D-1", payments=first),
        valid_debtor(id="D-2", name="Anouk de Wit", invoices=[invoice(number="F2026-0002")], payments=list(second)),
    ]
    creditor = valid_creditor(interest="none", **({"bank_returns": list(answers)} if answers else {}))
    root = write_ledger(tmp_path, creditor=creditor, debtors=people)
    write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, [FEE, REVERSED])})
    return read_books(root, AS_OF)


def counting(result: Books, debtor_id: str) -> list[tuple]:
    debtor = next(d for d in result.ledger.debtors if d.id == debtor_id)
    return [(p.date, p.amount, p.bank_ref) for p in debtor.payments]


def total_due(result: Books, debtor_id: str) -> Decimal:
    debtor = next(d for d in result.ledger.debtors if d.id == debtor_id)
    return assess(result.ledger, debtor, AS_OF).total_due


def test_a_return_takes_back_the_payment_that_keeps_its_archived_credit(tmp_path):
    result = books(tmp_path, [kept()])
    assert result.bank is not None
    assert counting(result, "D-1") == []
    assert total_due(result, "D-1") == Decimal("1250.00")  # was 1100.00: the payment taken back still counted
    # Told as any payment taken back: on the dossier, the debtor's page and the letters, with the return's account.
    assert result.bank.returned == {
        "D-1": (ReturnedPayment(CREDIT, Decimal("150.00"), OCTOBER, BACK, "MD06", REVERSED.iban),)
    }
    assert result.ledger.bank_returned == result.bank.returned
    [taken] = result.bank.returns()
    assert (taken.entry.reference, taken.entry.archived, taken.named, taken.related.reference) == (
        CREDIT,
        True,
        ("D-1",),
        RETURN,
    )
    # The payment's own note (leave it in the file), no longer "a credit in no statement read" nor "kept".
    assert [(n.kind, n.debtor_id) for n in result.bank.notes] == [(NoteKind.NAMED_RETURNED, "D-1")]


def test_a_credit_split_over_dossiers_is_taken_back_from_each(tmp_path):
    result = books(tmp_path, [kept("100.00")], [kept("50.00")])
    assert counting(result, "D-1") == [] and counting(result, "D-2") == []
    assert [(r.reference, r.amount) for r in result.bank.returned["D-1"]] == [(CREDIT, Decimal("100.00"))]
    assert [(r.reference, r.amount) for r in result.bank.returned["D-2"]] == [(CREDIT, Decimal("50.00"))]


def test_of_several_archived_credits_the_latest_is_taken_back_and_staff_are_asked_to_check(tmp_path):
    earlier = kept(on=date(2026, 9, 28), ref="2026092800003")
    result = books(tmp_path, [earlier], [kept()])
    assert counting(result, "D-1") == [(date(2026, 9, 28), Decimal("150.00"), "2026092800003")]
    assert counting(result, "D-2") == []
    [guessed] = [n for n in result.bank.notes if n.kind == NoteKind.RETURN_GUESSED]
    assert (guessed.entry.reference, guessed.other.reference) == (RETURN, CREDIT)
    assert [c.reference for c in guessed.could] == ["2026092800003", CREDIT]
    # The bank's answer names the other: that one is taken back, and the note goes.
    said = {"bank_ref": RETURN, "date": BACK, "credit": "2026092800003", "credit_date": date(2026, 9, 28)}
    answered = books(tmp_path / "answered", [earlier], [kept()], answers=[{**said, "reason": "ING, 12 november"}])
    assert counting(answered, "D-1") == [] and counting(answered, "D-2") == [(OCTOBER, Decimal("150.00"), CREDIT)]
    # (D-2's payment names an entry of a statement archived, as any such payment: it counts as written.)
    assert sorted(n.kind for n in answered.bank.notes) == [NoteKind.NAMED_RETURNED, NoteKind.UNKNOWN_BANK_REF]
    [pair] = answered.bank.answered
    assert (pair.credit.reference, pair.credit.archived) == ("2026092800003", True)
    # None of them, says the bank: both count.
    none = {"bank_ref": RETURN, "date": BACK, "credit": "none", "reason": "ING: van vóór de afschriften"}
    untied = books(tmp_path / "none", [earlier], [kept()], answers=[none])
    assert counting(untied, "D-1") != [] and counting(untied, "D-2") != []
    assert [n.kind for n in untied.bank.notes] == [NoteKind.UNKNOWN_BANK_REF] * 2 and untied.bank.returned == {}


def test_an_answer_naming_an_archived_credit_on_another_day_is_refused_at_its_place(tmp_path):
    said = {"bank_ref": RETURN, "date": BACK, "credit": CREDIT, "credit_date": date(2026, 10, 6), "reason": "ING"}
    try:
        books(tmp_path, [kept()], answers=[said])
    except LedgerError as raised:
        [problem] = [str(p) for p in raised.problems]
    else:
        raise AssertionError("an answer naming the archived credit on another day was accepted")
    assert "bank_returns[0].credit_date: names bank entry 2026100500007 of 2026-10-06, but the payments naming it " in (
        problem
    )
    assert "are dated 2026-10-05 (" in problem and problem.endswith("write its day (got 2026-10-06)")


def test_a_payment_of_another_amount_or_of_a_day_read_is_no_archived_credit(tmp_path):
    # 100.00 is not what the return takes back; one dated in November names an entry November's statement would hold
    # (a bank_ref mistyped): neither is taken back, and staff are told the return's credit is in no statement read.
    result = books(tmp_path, [kept("100.00")], [kept(on=date(2026, 11, 4), ref="2026110400009")])
    assert counting(result, "D-1") != [] and counting(result, "D-2") != []
    assert result.bank.returned == {}
    assert sorted(n.kind for n in result.bank.notes) == sorted(
        [NoteKind.RETURN_WITHOUT_CREDIT, NoteKind.UNKNOWN_BANK_REF, NoteKind.UNKNOWN_BANK_REF]
    )


def test_a_credit_read_is_taken_back_before_an_archived_one(tmp_path):
    people = [valid_debtor(id="D-1", payments=[kept()])]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    read = Booking("150.00", date(2026, 11, 4), ref="C2", text="betaling", end_to_end="E1")
    write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, [FEE, read, REVERSED])})
    result = read_books(root, AS_OF)
    assert counting(result, "D-1") == [(OCTOBER, Decimal("150.00"), CREDIT)]
    assert sorted((s.entry.reference, s.reason) for s in result.bank.skipped_for(SkipReason.RETURNED)) == [
        ("C2", SkipReason.RETURNED)
    ]


def test_check_says_where_the_credit_taken_back_is_kept(tmp_path, capsys):
    from incasso.cli.main import main

    books(tmp_path, [kept()])
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    out = " ".join(capsys.readouterr().out.split())
    file = tmp_path / "ledger" / "debtors" / "D-1.yaml"
    assert (
        f"returned: EUR 150.00 of 2026-10-05 (for D-1) (its statement archived, as {file}:19:5 keeps it) taken back "
        "on 2026-11-10"
    ) in out
    assert f"note: D-1: the payment in {file}:19:5 names bank entry {CREDIT}, which the bank took back" in out
    assert "in no statement read" not in out
    assert "total 2 claims EUR 2500.00" in out  # D-1's 1250.00 whole again (2350.00 while the payment counted)


def test_claims_json_names_the_archived_credit_a_return_took_back_and_whose_it_was(tmp_path):
    from incasso.staff.bank_record import bank_record

    result = books(tmp_path, [kept("100.00")], [kept("50.00")])
    record = bank_record(result.bank)
    assert record is not None
    [back] = record["returns"]
    assert (back["bank_ref"], back["credit"], back["dossiers"]) == (
        RETURN,
        CREDIT,
        [{"id": "D-1", "amount": "100.00"}, {"id": "D-2", "amount": "50.00"}],
    )
    assert [c["bank_ref"] for c in record["credits"]] == []  # in no statement read: not among the credits read


def test_a_return_with_charges_takes_back_an_archived_credit_only_where_it_can_be_no_other(tmp_path):
    # 152.50 debited, 150.00 of it the credit as the entry says (a direct debit refunded with the bank's compensation).
    charged = Booking("152.50", BACK, credit=False, ref=RETURN, return_reason="MD06", instructed="150.00")

    def read(path, first, second=()):
        other = {"name": "Anouk de Wit", "invoices": [invoice(number="F2026-0002")], "payments": list(second)}
        people = [valid_debtor(id="D-1", payments=first), valid_debtor(id="D-2", **other)]
        root = write_ledger(path, creditor=valid_creditor(interest="none"), debtors=people)
        write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, [FEE, charged])})
        return read_books(root, AS_OF)

    alone = read(tmp_path / "alone", [kept()])
    assert counting(alone, "D-1") == []
    assert [(n.kind, n.debtor_id, n.amount) for n in alone.bank.notes] == [
        (NoteKind.NAMED_RETURNED, "D-1", None),
        (NoteKind.RETURN_CHARGES, "D-1", Decimal("2.50")),
    ]
    several = read(tmp_path / "several", [kept(on=date(2026, 9, 28), ref="2026092800003")], [kept()])
    assert counting(several, "D-1") != [] and counting(several, "D-2") != []
    untied = [n for n in several.bank.notes if n.kind == NoteKind.RETURN_CHARGES_UNTIED]
    assert [(n.other.reference, [c.reference for c in n.could]) for n in untied] == [
        (CREDIT, ["2026092800003", CREDIT])
    ]


@pytest.mark.slow
def test_a_build_tells_the_debtor_and_staff_the_archived_payment_came_back(tmp_path):
    """A real `incasso build`: the debtor's page says their payment of 5 October came back and asks it again; the
    staff dossier lists it under the payments taken back, and the overview's bank section says it."""
    from incasso.cli.main import main
    from tests.support.site import visible_text

    books(tmp_path, [kept()])
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat(), "--output", str(out)]
    assert main([*args, "--internal-output", str(internal), "--public-url", "http://localhost:8000", "-q"]) == 0
    claims = {c["id"]: c for c in json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    assert claims["D-1"]["total_due"] == "1250.00" and claims["D-1"]["payments"] == []
    assert [(r["bank_ref"], r["returned"]) for r in claims["D-1"]["payments_returned"]] == [(CREDIT, "2026-11-10")]
    page = visible_text((out / claims["D-1"]["url"].split("/", 3)[-1] / "index.html").read_text(encoding="utf-8"))
    assert "Uw betaling van EUR 150,00 op 5 oktober 2026 is op 10 november 2026 door de bank teruggeboekt." in page
    dossier = visible_text((internal / "d" / "D-1.html").read_text(encoding="utf-8"))
    assert f"EUR 150,00 op 5 okt 2026 (bankboeking {CREDIT}, van " in dossier
    overview = visible_text((internal / "index.html").read_text(encoding="utf-8"))
    assert "Teruggeboekt (D-1): EUR 150,00 ontvangen op 5 okt 2026, teruggeboekt op 10 nov 2026" in overview
    assert "in geen ingelezen afschrift" not in overview


def test_the_days_the_statements_cover_are_told_apart_from_the_days_between_them():
    from incasso.bank.reconcile import _covered

    spans = [
        (date(2026, 11, 2), date(2026, 11, 13)),
        (date(2026, 10, 1), date(2026, 10, 9)),
        (date(2026, 11, 9), date(2026, 11, 20)),
    ]
    covered = _covered(spans)
    inside = [date(2026, 10, 1), date(2026, 10, 9), date(2026, 11, 2), date(2026, 11, 16), date(2026, 11, 20)]
    outside = [date(2026, 9, 30), date(2026, 10, 10), date(2026, 11, 1), date(2026, 11, 21)]
    assert [covered(day) for day in inside] == [True] * len(inside)
    assert [covered(day) for day in outside] == [False] * len(outside)
    assert not _covered([])(date(2026, 11, 3))


def _archive_returns(tmp_path, *, another: bool) -> Changes:
    """Two builds' change list: the return read, then its statement (November's) taken out of bank/, with December's
    read in its place (`another`) or no statement left at all."""
    from incasso.staff.changes import compare
    from tests.staff.test_changes_returns import read_back
    from tests.staff.test_returns import document

    books(tmp_path, [kept()])
    root = tmp_path / "ledger"
    before = read_back(document(root, AS_OF))
    (root / "bank" / "nov.xml").unlink()
    if another:
        write_bank(root, {"dec.xml": camt053(CREDITOR_IBAN, [Booking("20.00", date(2026, 12, 1), credit=False)])})
    return compare(before, document(root, date(2026, 12, 2)))


@pytest.mark.parametrize("another", [True, False], ids=["another statement read", "none left"])
def test_a_payment_counting_again_because_its_returns_statement_is_archived_is_named(tmp_path, another):
    """s60: the payment counted again and the debtor was asked 150.00 less, said only in changes.md; now the build's
    note names its dossier (`Changes.returns_gone`). With no statement left, nothing was compared at all."""
    changes = _archive_returns(tmp_path, another=another)
    assert [entry.id for entry in changes.returns_gone] == ["D-1"]
    [line] = [entry for entry in changes.sections["payments"] if entry.id == "D-1"]
    assert "terugboeking 2026111000031 staat niet meer in de ingelezen afschriften" in line.values["answered"]


@pytest.mark.slow
def test_the_night_after_the_returns_statement_is_archived_the_build_says_so(tmp_path, capsys):
    """A real build on two nights, November's statement (with the return) taken out of bank/ in between: the
    second says, ids only, which payment counts again and what to do."""
    from incasso.cli.main import main

    books(tmp_path, [kept()])
    root = tmp_path / "ledger"
    common = ["--output", str(tmp_path / "out"), "--internal-output", str(tmp_path / "internal")]
    common += ["--ledger", str(root), "--public-url", "http://localhost:8000", "-q"]
    assert main(["build", *common, "--as-of", AS_OF.isoformat()]) == 0
    assert "counts again" not in capsys.readouterr().out
    (root / "bank" / "nov.xml").unlink()
    assert main(["build", *common, "--as-of", "2026-11-23"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert (
        "note: 1 payment the last build counted as taken back by the bank counts again (D-1): the statement holding "
        "its return is no longer in bank/ (a return counts only while its statement is read); if the bank did take "
        "the money back, write the day it did in that payment in the debtor file (returned: YYYY-MM-DD, with "
        "return_ref: the return's bank entry)"
    ) in said
    assert "Sebastiaan" not in said and "Bakkerij" not in said  # ids only: the log holds no names
    claims = {c["id"]: c for c in json.loads((tmp_path / "internal" / "claims.json").read_text("utf-8"))["claims"]}
    assert claims["D-1"]["payments_returned"] == [] and claims["D-1"]["total_due"] == "1100.00"


def written_back(**more: object) -> dict:
    """The payment staff wrote as the bank took it back, before archiving the statement that holds the return."""
    return {**kept(), "returned": BACK, **more}


@pytest.mark.parametrize("return_read", [True, False], ids=["its statement read", "its statement archived"])
def test_a_payment_written_as_returned_is_taken_back_as_a_return_read_takes_it(tmp_path, return_read):
    """s60: with the return's statement archived, the payment counted again (the debtor owed 150.00 less); written
    `returned:`, it is taken back on that day, told as any return, whether the return is still read or not."""
    result = books(tmp_path, [written_back(return_ref=RETURN)])
    if not return_read:
        (tmp_path / "ledger" / "bank" / "nov.xml").unlink()
        result = read_books(tmp_path / "ledger", AS_OF)
    assert counting(result, "D-1") == []
    assert total_due(result, "D-1") == Decimal("1250.00")
    # Read, the bank's own return says its reason and account; written, only the days and the amount are known.
    reason, account = ("MD06", REVERSED.iban) if return_read else (None, None)
    taken = ReturnedPayment(CREDIT, Decimal("150.00"), OCTOBER, BACK, reason, account)
    assert result.ledger.bank_returned == {"D-1": (taken,)}
    assert result.bank is not None and result.bank.returned == result.ledger.bank_returned


@pytest.mark.parametrize("read", [True, False], ids=["its credit read", "its credit archived"])
def test_a_payment_written_as_returned_carries_the_account_of_its_entry_while_a_statement_read_holds_it(tmp_path, read):
    """s63: the file keeps no account, so a payment written as taken back had none (claims.json's account null) even
    where a statement read still holds the credit it names, and the dossier found it there on its own. It now carries
    that credit's account, found as the staff pages find a payment's (bank.accounts.paying_accounts); with the
    credit's statement archived, none is known."""
    people = [valid_debtor(id="D-1", payments=[written_back()])]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    credit = Booking("150.00", OCTOBER, ref=CREDIT, iban="NL02ABNA0123456789")
    write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, [credit, FEE] if read else [FEE])})
    result = read_books(root, AS_OF)
    assert counting(result, "D-1") == []
    [taken] = result.ledger.bank_returned["D-1"]
    assert (taken.reference, taken.account) == (CREDIT, "NL02ABNA0123456789" if read else None)
    assert result.bank is not None and result.bank.returned == result.ledger.bank_returned


def test_a_payment_written_as_returned_counts_so_without_any_bank_folder(tmp_path):
    """A creditor without bank files whose payment was reversed: the same, with no statement at all."""
    people = [valid_debtor(id="D-1", payments=[payment(date=OCTOBER, amount=Decimal("150.00"), returned=BACK)])]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    result = read_books(root, AS_OF)
    assert result.bank is None and counting(result, "D-1") == []
    assert result.ledger.bank_returned == {
        "D-1": (ReturnedPayment(None, Decimal("150.00"), OCTOBER, BACK, None, None),)
    }
    assert total_due(result, "D-1") == Decimal("1250.00")


def test_a_return_written_wrongly_is_refused_at_its_place_all_at_once(tmp_path):
    late = payment(date=OCTOBER, amount=Decimal("30.00"), returned=date(2026, 11, 23))
    people = [
        valid_debtor(
            id="D-1",
            payments=[
                payment(date=OCTOBER, amount=Decimal("150.00"), returned=date(2026, 10, 4)),
                payment(date=OCTOBER, amount=Decimal("20.00"), return_ref=RETURN),
            ],
        ),
        # A day to come is a rule of the build's day, as a representative's: said of a file sound otherwise, beside
        # the other file's problems.
        valid_debtor(id="D-2", invoices=[invoice(number="F2026-0002")], payments=[late]),
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    with pytest.raises(LedgerError) as raised:
        read_books(root, AS_OF)
    said = sorted(f"{p.field}: {p.message}" for p in raised.value.problems)
    assert said == [
        "payments[0].returned: is after 2026-11-22, the day the claims are computed for: the bank has not taken it "
        "back yet; write it once that day has come",
        "payments[0].returned: must not be before the payment's date 2026-10-05: the bank takes a payment back after "
        "it came",
        "payments[1].return_ref: names the bank's return of this payment, but the payment has no `returned:`: write "
        "the day the bank took it back (returned: YYYY-MM-DD), or take return_ref out",
    ]
    assert all(p.source.line > 0 and p.source.column > 0 for p in raised.value.problems)


@pytest.mark.slow
def test_written_as_returned_before_archiving_the_debtor_is_still_asked_it_the_night_after(tmp_path, capsys):
    """A real build on two nights: staff write `returned:` as the docs say, then archive November's statement. The
    second night still takes the payment back: the page tells the debtor and asks it, claims.json lists it once,
    the staff dossier too, and the build says nothing counts again."""
    from incasso.cli.main import main
    from tests.support.site import visible_text

    books(tmp_path, [written_back(return_ref=RETURN)])
    root, out, internal = tmp_path / "ledger", tmp_path / "out", tmp_path / "internal"
    common = ["--output", str(out), "--internal-output", str(internal)]
    common += ["--ledger", str(root), "--public-url", "http://localhost:8000", "-q"]
    assert main(["build", *common, "--as-of", AS_OF.isoformat()]) == 0
    (root / "bank" / "nov.xml").unlink()
    assert main(["build", *common, "--as-of", "2026-11-23"]) == 0
    assert "counts again" not in capsys.readouterr().out
    claims = {c["id"]: c for c in json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    assert claims["D-1"]["total_due"] == "1250.00" and claims["D-1"]["payments"] == []
    assert [(r["bank_ref"], r["returned"]) for r in claims["D-1"]["payments_returned"]] == [(CREDIT, "2026-11-10")]
    page = visible_text((out / claims["D-1"]["url"].split("/", 3)[-1] / "index.html").read_text(encoding="utf-8"))
    assert "Uw betaling van EUR 150,00 op 5 oktober 2026 is op 10 november 2026 door de bank teruggeboekt." in page
    dossier = visible_text((internal / "d" / "D-1.html").read_text(encoding="utf-8"))
    assert f"EUR 150,00 op 5 okt 2026 (bankboeking {CREDIT}): teruggeboekt op 10 nov 2026, zo geschreven in" in dossier
    changes = (internal / "changes.md").read_text(encoding="utf-8")
    assert "telt weer" not in changes and "teruggeboekt" not in changes  # told the night before, not again


def test_a_written_return_the_statements_tie_to_another_payment_is_refused_not_counted_twice(tmp_path):
    """The return read takes back the latest of two archived credits (D-2's); D-1's written as taken back by that
    same return would make it take back two payments: refused at D-1's `returned:`, and so is a day the bank did
    not book it on."""
    earlier = kept(on=date(2026, 9, 28), ref="2026092800003")
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, [{**earlier, "returned": BACK, "return_ref": RETURN}], [kept()])
    [problem] = raised.value.problems
    assert problem.field == "payments[0].returned" and problem.source.path.endswith("D-1.yaml")
    assert problem.message.startswith(f"with return_ref {RETURN} (")
    assert f"nov.xml:88): the statements read tie that return to another payment, {CREDIT}: " in problem.message
    with pytest.raises(LedgerError) as misdated:
        books(tmp_path / "day", [written_back(returned=date(2026, 11, 11), return_ref=RETURN)])
    [problem] = misdated.value.problems
    assert (
        problem.message.startswith(f"with return_ref {RETURN}, booked on 2026-11-10 (") and problem.got == "2026-11-11"
    )


@pytest.mark.slow
def test_without_bank_files_a_payment_written_as_returned_is_told_to_the_debtor_and_staff(tmp_path):
    """A real build of a creditor with no bank/ folder whose payment (by hand, no bank entry) was reversed: the page
    tells the debtor, claims.json and the staff dossier say it, in Dutch and English."""
    from incasso.cli.main import main
    from tests.support.site import visible_text

    people = [valid_debtor(id="D-1", payments=[payment(date=OCTOBER, amount=Decimal("150.00"), returned=BACK)])]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--output", str(out)]
    assert main([*args, "--internal-output", str(internal), "--public-url", "http://localhost:8000", "-q"]) == 0
    claims = {c["id"]: c for c in json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    assert claims["D-1"]["total_due"] == "1250.00" and claims["D-1"]["payments"] == []
    assert [(r["amount"], r["returned"]) for r in claims["D-1"]["payments_returned"]] == [("150.00", "2026-11-10")]
    page = visible_text((out / claims["D-1"]["url"].split("/", 3)[-1] / "index.html").read_text(encoding="utf-8"))
    assert "Uw betaling van EUR 150,00 op 5 oktober 2026 is op 10 november 2026 door de bank teruggeboekt." in page
    dossier = visible_text((internal / "d" / "D-1.html").read_text(encoding="utf-8"))
    said = "EUR 150,00 op 5 okt 2026: teruggeboekt op 10 nov 2026, zo geschreven in het dossierbestand (debtors/D-1"
    assert said in dossier and "bankboeking )" not in dossier
    english = tmp_path / "internal-en"
    assert main([*args, "--internal-output", str(english), "--staff-language", "en", "-q"]) == 0
    dossier = visible_text((english / "d" / "D-1.html").read_text(encoding="utf-8"))
    said = "EUR 150.00 on 5 Oct 2026: returned on 10 Nov 2026, as written in the dossier file (debtors/D-1.yaml, line "
    assert said in dossier
