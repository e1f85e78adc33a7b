"""Which credit a return took back, as the bank told staff (creditor.yaml's `bank_returns`): the answer stands over
the tie by the amount alone, settles the return's note, and is checked against the statements, all at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import Books, read_books
from incasso.bank.reconcile import NoteKind, SkipReason
from incasso.ledger.problems import LedgerError
from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, where, write_ledger

AS_OF = date(2026, 11, 22)
DAY = date(2026, 11, 3)
LATER = DAY + timedelta(days=1)
BACK = date(2026, 11, 10)
REASON = "Rabobank, telefonisch op 12 november 2026: het was de betaling van 3 november."
# Two credits of 150.00, D-1's and D-2's, neither naming an end-to-end reference or an account, and a return of
# that amount that names no payer: tied to the latest (C2) by the amount alone, and staff asked to check it.
ONE = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), iban=None)
TWO = Booking("150.00", LATER, ref="C2", scor=rf_reference("D-2"), iban=None)
GUESSED = Booking("150.00", BACK, credit=False, ref="B1", return_reason="MD06", iban=None, name=None)
# A return of 152.50 that says 150.00 of it is the credit (the rest charges): tied to neither of two credits.
CHARGED = Booking(
    "152.50", BACK, credit=False, ref="B1", return_reason="MD06", iban=None, name=None, instructed="150.00"
)
WRITERS = {
    "camt02": lambda bookings: ("a.xml", camt053(CREDITOR_IBAN, bookings)),
    "camt08": lambda bookings: ("a.xml", camt053(CREDITOR_IBAN, bookings, version="08")),
    "ing": lambda bookings: ("a.sta", mt940(CREDITOR_IBAN, bookings)),
    "rabo": lambda bookings: ("a.sta", mt940(CREDITOR_IBAN, bookings, dialect="rabo")),
}


def answer(credit: str | None = "C1", credit_date: date | None = DAY, **changes) -> dict:
    """The bank's answer on return B1 of BACK: it took back `credit` (credited on `credit_date`), or none."""
    item = {"bank_ref": "B1", "date": BACK, "credit": credit or "none", "credit_date": credit_date, "reason": REASON}
    return {k: v for k, v in (item | changes).items() if v is not None}


def creditor(*answers: dict) -> dict:
    return valid_creditor(interest="none", bank_returns=list(answers)) if answers else valid_creditor(interest="none")


def books(tmp_path, doc: dict, bookings: list[Booking], writer: str = "camt02") -> Books:
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2)]
    root = write_ledger(tmp_path, creditor=doc, debtors=debtors)
    name, data = WRITERS[writer](bookings)
    write_bank(root, {name: data})
    return read_books(root, AS_OF)


def paid(result: Books, debtor_id: str) -> list[tuple]:
    debtor = next(d for d in result.ledger.debtors if d.id == debtor_id)
    return [(p.date, p.amount, p.bank_ref) for p in debtor.payments]


def problems(tmp_path, doc: dict, bookings: list[Booking]) -> list[str]:
    """The problems of creditor.yaml, each without the file's path."""
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, doc, bookings)
    at = f"{tmp_path / 'ledger' / 'creditor.yaml'}:"
    return [str(p).removeprefix(at) for p in raised.value.problems if str(p).startswith(at)]


@pytest.mark.parametrize("writer", WRITERS, ids=list(WRITERS))
def test_the_bank_s_answer_takes_back_the_credit_it_names_not_the_latest(tmp_path, writer):
    guessed = books(tmp_path / "guessed", creditor(), [ONE, TWO, GUESSED], writer)
    assert guessed.bank is not None
    assert paid(guessed, "D-2") == [] and paid(guessed, "D-1") == [(DAY, Decimal("150.00"), "C1")]
    [note] = guessed.bank.notes
    assert (note.kind, note.other.reference) == (NoteKind.RETURN_GUESSED, "C2")
    assert [c.reference for c in note.could] == ["C1", "C2"]  # staff are shown which it may have been
    answered = books(tmp_path / "answered", creditor(answer()), [ONE, TWO, GUESSED], writer)
    assert answered.bank is not None
    assert paid(answered, "D-1") == [] and paid(answered, "D-2") == [(LATER, Decimal("150.00"), "C2")]
    assert answered.bank.notes == ()
    # The debtor whose payment it was is told, as of any return; the other's counts.
    [returned] = answered.bank.returned["D-1"]
    assert (returned.reference, returned.amount, returned.returned) == ("C1", Decimal("150.00"), BACK)
    assert "D-2" not in answered.bank.returned
    [pair] = answered.bank.answered
    assert (pair.back.reference, pair.credit.reference, pair.place) == ("B1", "C1", "bank_returns[0]")


def test_the_bank_s_answer_may_confirm_the_guess(tmp_path):
    result = books(tmp_path, creditor(answer("C2", LATER)), [ONE, TWO, GUESSED])
    assert result.bank is not None and result.bank.notes == ()
    assert paid(result, "D-2") == [] and paid(result, "D-1") == [(DAY, Decimal("150.00"), "C1")]


def test_a_return_that_took_back_none_of_the_credits_read_leaves_each_counting(tmp_path):
    result = books(tmp_path, creditor(answer(None, None)), [ONE, TWO, GUESSED])
    assert result.bank is not None and result.bank.notes == ()
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), "C1")]
    assert paid(result, "D-2") == [(LATER, Decimal("150.00"), "C2")]
    assert result.bank.returned == {}
    assert [(s.entry.reference, s.related) for s in result.bank.skipped_for(SkipReason.RETURN)] == [("B1", None)]


def test_a_return_with_charges_tied_to_none_takes_back_the_credit_the_bank_names(tmp_path):
    untied = books(tmp_path / "untied", creditor(), [ONE, TWO, CHARGED])
    assert untied.bank is not None
    [note] = untied.bank.notes
    assert note.kind == NoteKind.RETURN_CHARGES_UNTIED and [c.reference for c in note.could] == ["C1", "C2"]
    result = books(tmp_path / "answered", creditor(answer()), [ONE, TWO, CHARGED])
    assert result.bank is not None
    assert paid(result, "D-1") == [] and paid(result, "D-2") == [(LATER, Decimal("150.00"), "C2")]
    # The debtor owes the credit again, never the charges; the answer settles the charges' note too.
    [returned] = result.bank.returned["D-1"]
    assert returned.amount == Decimal("150.00")
    assert result.bank.notes == ()


def test_an_answer_on_a_return_with_charges_it_took_back_for_sure_settles_the_charges_note(tmp_path):
    credit = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    back = Booking("152.50", BACK, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", charges="2.50")
    before = books(tmp_path / "before", creditor(), [credit, back])
    assert before.bank is not None and [n.kind for n in before.bank.notes] == [NoteKind.RETURN_CHARGES]
    booked = books(
        tmp_path / "booked", creditor(answer(reason="Kosten EUR 2,50 geboekt als bankkosten.")), [credit, back]
    )
    assert booked.bank is not None and booked.bank.notes == ()
    assert paid(booked, "D-1") == [] and booked.bank.returned["D-1"][0].amount == Decimal("150.00")


def test_an_answer_whose_statement_is_no_longer_read_is_fine(tmp_path):
    # A year later: the statement of October with the return and its credit is archived; November's is read.
    archived = answer("C0", date(2025, 10, 3), bank_ref="B0", date=date(2025, 10, 10))
    result = books(tmp_path, creditor(archived), [ONE, TWO, GUESSED])
    assert result.bank is not None and result.bank.answered == ()
    assert [n.kind for n in result.bank.notes] == [NoteKind.RETURN_GUESSED]
    # The return read, its credit's statement archived: the return takes back nothing read, and says nothing.
    gone = books(tmp_path / "gone", creditor(answer("C0", date(2026, 9, 30))), [ONE, TWO, GUESSED])
    assert gone.bank is not None and gone.bank.notes == ()
    assert paid(gone, "D-1") != [] and paid(gone, "D-2") != []


def test_every_answer_that_names_what_the_statements_do_not_hold_is_said_at_once_with_its_place(tmp_path):
    third = Booking("150.00", date(2026, 11, 12), ref="C3", scor=rf_reference("D-2"), iban=None)
    other = Booking("80.00", DAY, ref="C4", scor=rf_reference("D-2"), iban=None)
    returns = [
        Booking("150.00", date(2026, 11, 11), credit=False, ref=f"B{n}", return_reason="MD06", iban=None, name=None)
        for n in (2, 4, 5)
    ]
    doc = creditor(
        answer(bank_ref="B9"),  # no such return on a day read
        answer("C2", LATER, date=BACK + timedelta(days=1)),  # B1 is of BACK
        answer("C5", bank_ref="C2", date=LATER),  # a credit, not a return
        answer("C9", bank_ref="B2", date=date(2026, 11, 11)),  # no such credit on a day read
        answer("C4", bank_ref="B4", date=date(2026, 11, 11)),  # a credit of another amount
        answer("C3", date(2026, 11, 12), bank_ref="B5", date=date(2026, 11, 11)),  # booked after the return
    )
    assert problems(tmp_path, doc, [ONE, TWO, other, GUESSED, *returns, third]) == [
        f"{where(doc, 'bank_returns[0]')}: bank_returns[0].bank_ref: names bank entry B9 of 2026-11-10, in no "
        "statement read, though bank/ holds that day's: write the return's reference as the staff note gives it "
        "(got B9)",
        f"{where(doc, 'bank_returns[1]')}: bank_returns[1].bank_ref: names bank entry B1 of 2026-11-11, but it is "
        "dated 2026-11-10: write its day (got B1)",
        f"{where(doc, 'bank_returns[2]')}: bank_returns[2].bank_ref: names a credit (money in) "
        f"({tmp_path / 'ledger' / 'bank' / 'a.xml'}:{_line_of(tmp_path, 'C2')}), not a return: write the return's "
        "bank entry, as the staff note names it (got C2)",
        f"{where(doc, 'bank_returns[3]')}: bank_returns[3].credit: names bank entry C9 of 2026-11-03, in no statement "
        "read, though bank/ holds that day's: write the credit's reference as the staff note gives it (got C9)",
        f"{where(doc, 'bank_returns[4]')}: bank_returns[4].credit: names credit C4 of EUR 80.00 "
        f"({tmp_path / 'ledger' / 'bank' / 'a.xml'}:{_line_of(tmp_path, 'C4')}), but return B4 takes back EUR 150.00 "
        "(it says nothing of charges: a return takes back all it debits); if the bank said EUR 70.00 of it were its "
        "charges, write charges: 70.00 beside it (got C4)",
        f"{where(doc, 'bank_returns[5]')}: bank_returns[5].credit: names credit C3 booked on 2026-11-12 "
        f"({tmp_path / 'ledger' / 'bank' / 'a.xml'}:{_line_of(tmp_path, 'C3')}), after return B5 of 2026-11-11: a "
        "return takes back a credit booked no later (got C3)",
    ]


def _line_of(tmp_path, reference: str) -> int:
    """The line of the entry with bank reference `reference` in the camt.053 file `books` wrote."""
    text = (tmp_path / "ledger" / "bank" / "a.xml").read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(text) if f"<NtryRef>{reference}</NtryRef>" in line)
    return next(n for n in range(at, 0, -1) if "<Ntry>" in text[n]) + 1


def test_a_credit_of_another_amount_is_said_with_the_charges_the_return_names(tmp_path):
    doc = creditor(answer("C4", DAY))
    other = Booking("152.50", DAY, ref="C4", scor=rf_reference("D-2"), iban=None)
    [problem] = problems(tmp_path, doc, [ONE, other, CHARGED])
    assert problem.endswith(
        "but return B1 takes back EUR 150.00 (it debits EUR 152.50, of which EUR 2.50 charges, as it says itself) "
        "(got C4)"
    )


def test_none_is_refused_where_the_end_to_end_reference_says_which_credit_it_took_back(tmp_path):
    credit = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    back = Booking("150.00", BACK, credit=False, ref="B1", return_reason="MD06", end_to_end="E1")
    doc = creditor(answer(None, None))
    [problem] = problems(tmp_path, doc, [credit, back])
    assert problem.startswith(
        f"{where(doc, 'bank_returns[0]')}: bank_returns[0].credit: says return B1 took back no credit read, but it "
        "carries the end-to-end reference or payer's account of credit C1 of 2026-11-03 ("
    )
    assert problem.endswith("it took that one back; write credit: C1 (got none)")
    # Another payment by its end-to-end reference: refused too.
    other = Booking("150.00", LATER, ref="C2", scor=rf_reference("D-2"), end_to_end="E2")
    [problem] = problems(tmp_path / "other", creditor(answer("C2", LATER)), [credit, other, back])
    assert "but return B1 carries another end-to-end reference or payer's account: it is another payment" in problem


def test_every_problem_of_the_answers_as_written_is_said_at_once(tmp_path):
    doc = creditor(
        answer(),
        answer(credit_date=None, bank_ref="B5"),  # which credit, on which day?
        answer(None, DAY, bank_ref="B2"),  # none has no day
        answer(reason="", bank_ref="B6"),
        answer("C2", LATER),  # B1 answered twice
        answer(bank_ref="B7"),  # C1 taken back twice
        {"bank_ref": "B3", "date": BACK, "credit": "C2", "credit_date": LATER, "reason": REASON, "colour": "rood"},
    )
    third = Booking("150.00", BACK, credit=False, ref="B3", return_reason="MD06", iban=None, name=None)
    assert problems(tmp_path, doc, [ONE, TWO, GUESSED, third]) == [
        f"{where(doc, 'bank_returns[1]')}: bank_returns[1].credit_date: is required but missing: the day the bank "
        "credited the credit taken back (the staff note's lines give it), or write credit: none",
        f"{where(doc, 'bank_returns[2].credit_date')}: bank_returns[2].credit_date: is the day of the credit taken "
        "back, and credit is none: leave it out",
        f"{where(doc, 'bank_returns[3].reason')}: bank_returns[3].reason: must not be empty: write its value, or "
        "delete the line if it may be left out",
        f"{where(doc, 'bank_returns[4]')}: bank_returns[4].bank_ref: answers return B1 of 2026-11-10 a second time "
        "(bank_returns[0] answers it): write one answer per return",
        f"{where(doc, 'bank_returns[5]')}: bank_returns[5].credit: names credit C1 of 2026-11-03, which "
        "bank_returns[0] says another return took back: a credit is taken back once",
        f"{where(doc, 'bank_returns[6].colour', key=True)}: bank_returns[6].colour: unknown field; known fields: "
        "bank_ref, date, credit, reason, credit_date, charges",
    ]


def test_check_says_what_was_answered_and_where_to_write_an_answer(tmp_path, capsys):
    from incasso.cli.main import main

    books(tmp_path / "asked", creditor(), [ONE, TWO, GUESSED])
    assert main(["check", "-q", "--ledger", str(tmp_path / "asked" / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert (
        "check with the bank. Write its answer in creditor.yaml under bank_returns (the credit it names, or none; "
        "the staff overview gives the lines)"
    ) in out
    books(tmp_path / "answered", creditor(answer()), [ONE, TWO, GUESSED])
    assert main(["check", "--ledger", str(tmp_path / "answered" / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "answered which credit it took back (creditor.yaml, bank_returns): 1 return" in out
    assert "reason MD06, as creditor.yaml's bank_returns[0] says); neither counts" in out
    assert "note:" not in out


def test_the_documented_example_reads_and_answers_its_returns(tmp_path):
    # docs/ledger-format.md, "Which payment a return took back (staff)": the contract's example, pasted as it stands.
    docs = (Path(__file__).parents[2] / "docs" / "ledger-format.md").read_text(encoding="utf-8")
    section = docs[docs.index("### Which payment a return took back (staff)") :]
    example = section[section.index("```yaml\n") + len("```yaml\n") : section.index("```\n", section.index("```yaml"))]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    (root / "creditor.yaml").write_text((root / "creditor.yaml").read_text(encoding="utf-8") + example, "utf-8")
    bookings = [
        Booking("150.00", DAY, ref="2026110300007", scor=rf_reference("D-1"), iban=None),
        Booking("150.00", LATER, ref="2026110400002", iban=None, text="huur"),
        Booking("150.00", BACK, credit=False, ref="2026111000031", return_reason="MD06", iban=None, name=None),
        Booking("80.00", BACK + timedelta(days=1), credit=False, ref="2026111100012", return_reason="AC04"),
        # s59: 152.50 back of a payment of 150.00, saying nothing of charges; the bank said 2.50 were its own.
        Booking("150.00", date(2026, 11, 5), ref="2026110500004", scor=rf_reference("D-1"), end_to_end="E5"),
        Booking("152.50", date(2026, 11, 12), credit=False, ref="2026111200019", return_reason="MD06", end_to_end="E5"),
    ]
    write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, bookings)})
    result = read_books(root, AS_OF)
    assert result.bank is not None and result.bank.notes == ()
    assert [(a.back.reference, a.credit.reference if a.credit else None) for a in result.bank.answered] == [
        ("2026111000031", "2026110300007"),
        ("2026111100012", None),
        ("2026111200019", "2026110500004"),
    ]
    assert [a.back.charges for a in result.bank.answered] == [None, None, Decimal("2.50")]


# s59: a return of 152.50 that says nothing of charges, the bank telling staff it took back C1 of 150.00 and that the
# 2.50 more were its charges. C1 carries the return's end-to-end reference.
PAID = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
MORE = Booking("152.50", BACK, credit=False, ref="B1", return_reason="MD06", end_to_end="E1")
CHARGES = Decimal("2.50")


@pytest.mark.parametrize("writer", WRITERS, ids=list(WRITERS))
def test_charges_staff_write_make_a_return_of_more_take_back_the_credit_the_bank_named(tmp_path, writer):
    before = books(tmp_path / "before", creditor(), [PAID, MORE], writer)
    assert before.bank is not None and paid(before, "D-1") == [(DAY, Decimal("150.00"), "C1")]
    # Tied to no credit (a difference is never guessed to be charges): staff are shown C1, and what it leaves over.
    [note] = before.bank.notes
    assert (note.kind, note.other.reference, note.amount, note.debtor_id) == (
        NoteKind.RETURN_MORE,
        "C1",
        CHARGES,
        "D-1",
    )
    assert [c.reference for c in note.could] == ["C1"]
    result = books(tmp_path / "answered", creditor(answer(charges=CHARGES)), [PAID, MORE], writer)
    assert result.bank is not None
    # As a return whose file says those charges: the debtor owes the credit's 150.00 again, never the charges.
    assert paid(result, "D-1") == []
    [returned] = result.bank.returned["D-1"]
    assert (returned.reference, returned.amount) == ("C1", Decimal("150.00"))
    [pair] = result.bank.answered
    assert (pair.back.reference, pair.credit.reference, pair.back.charges) == ("B1", "C1", CHARGES)
    assert (pair.back.amount, pair.back.taken_back) == (Decimal("152.50"), Decimal("150.00"))
    assert result.bank.notes == ()


@pytest.mark.parametrize(
    "back, said",
    [
        (MORE, "it says nothing of charges: a return takes back all it debits"),
        # s60: its original amount its own beside its charges, as its file says: not "nothing of charges".
        (
            replace(MORE, instructed="152.50", charges="2.50"),
            "it names EUR 2.50 charges booked apart, not in the EUR 152.50 it debits",
        ),
    ],
    ids=["nothing", "booked apart"],
)
def test_a_credit_of_less_names_the_charges_staff_may_write(tmp_path, back, said):
    [problem] = problems(tmp_path, creditor(answer()), [PAID, back])
    assert problem.endswith(
        "bank_returns[0].credit: names credit C1 of EUR 150.00 "
        f"({tmp_path / 'ledger' / 'bank' / 'a.xml'}:{_line_of(tmp_path, 'C1')}), but return B1 takes back EUR 152.50 "
        f"({said}); if the bank said EUR 2.50 of it were its charges, write charges: 2.50 beside it (got C1)"
    )


def test_every_problem_of_charges_staff_wrote_is_said_at_once_at_their_line(tmp_path):
    returns = [
        MORE,
        Booking("152.50", BACK, credit=False, ref="B2", return_reason="MD06", end_to_end="E2", charges="2.50"),
        Booking("40.00", BACK, credit=False, ref="B3", return_reason="AC04", end_to_end="E3"),
    ]
    credits = [
        PAID,
        Booking("150.00", DAY, ref="C2", scor=rf_reference("D-2"), end_to_end="E2"),
        Booking("40.00", DAY, ref="C3", scor=rf_reference("D-2"), end_to_end="E3"),
    ]
    doc = creditor(
        answer(charges=Decimal("3.00")),  # 152.50 less 3.00 is no 150.00
        answer("C2", bank_ref="B2", charges=Decimal("3.00")),  # the return says 2.50 itself
        answer("C3", bank_ref="B3", charges=Decimal("40.00")),  # all it debits
    )
    bank = tmp_path / "ledger" / "bank" / "a.xml"
    assert problems(tmp_path, doc, credits + returns) == [
        f"{where(doc, 'bank_returns[0].charges')}: bank_returns[0].charges: names credit C1 of EUR 150.00 "
        f"({bank}:{_line_of(tmp_path, 'C1')}), but return B1 takes back EUR 149.50 (it debits EUR 152.50, of which "
        "EUR 3.00 charges, as bank_returns[0].charges says); write charges: 2.50 (the EUR 152.50 it debits less the "
        "credit's EUR 150.00) (got 3.00)",
        f"{where(doc, 'bank_returns[1].charges')}: bank_returns[1].charges: says EUR 3.00 of return B2 "
        f"({bank}:{_line_of(tmp_path, 'B2')}) were charges, but the return says itself that EUR 2.50 of the EUR "
        "152.50 it debits are: it takes back EUR 150.00; leave charges out: the return's own file says them "
        "(got 3.00)",
        f"{where(doc, 'bank_returns[2].charges')}: bank_returns[2].charges: says EUR 40.00 of return B3 "
        f"({bank}:{_line_of(tmp_path, 'B3')}) were charges, but it debits EUR 40.00 in all: charges are what it "
        "debits beyond the credit it took back; write only that part, or leave charges out (got 40.00)",
    ]


# s60: a return whose file names its charges booked apart (its original amount its own), for each credit a case.
APART = replace(MORE, instructed="152.50", charges="2.50")


def test_charges_staff_write_of_a_return_whose_file_books_them_apart_are_refused_but_the_ones_it_names(tmp_path):
    """Its file says it debits only the credit it takes back (152.50), and names 2.50 charges booked apart: charges
    staff wrote of it were taken without a word, whatever they were. Other charges than those contradict the file;
    those with the credit of its whole amount say nothing it does not (it takes back 152.50): both refused, at once."""
    returns = [
        APART,
        replace(APART, ref="B2", end_to_end="E2"),
    ]
    credits = [PAID, Booking("152.50", DAY, ref="C2", scor=rf_reference("D-2"), end_to_end="E2")]
    doc = creditor(
        answer(charges=Decimal("3.00")),  # not the 2.50 it names
        answer("C2", bank_ref="B2", charges=CHARGES),  # the credit of all it debits: nothing is charges
    )
    bank = tmp_path / "ledger" / "bank" / "a.xml"
    assert problems(tmp_path, doc, credits + returns) == [
        f"{where(doc, 'bank_returns[0].charges')}: bank_returns[0].charges: says EUR 3.00 of return B1 "
        f"({bank}:{_line_of(tmp_path, 'B1')}) were charges, but the return names EUR 2.50 charges itself, booked "
        "apart (not in the EUR 152.50 it debits): it takes back EUR 152.50; leave charges out, or, only if the bank "
        "said those EUR 2.50 were in what it debits after all (a credit of EUR 150.00), write charges: 2.50 "
        "(got 3.00)",
        f"{where(doc, 'bank_returns[1].charges')}: bank_returns[1].charges: names credit C2 of EUR 152.50 "
        f"({bank}:{_line_of(tmp_path, 'C2')}), but return B2 takes back EUR 150.00 (it debits EUR 152.50, of which "
        "EUR 2.50 charges, as bank_returns[1].charges says); leave charges out: the credit's EUR 152.50 is all the "
        "return debits (got 2.50)",
    ]


def test_the_charges_a_return_books_apart_may_be_written_when_the_bank_said_they_were_in_it_after_all(tmp_path):
    """The case its note asks about: a credit of 150.00 with its end-to-end reference, and the bank saying the 2.50
    its file names were in the 152.50 it debits. Written, it takes back that credit, its charges in it."""
    before = books(tmp_path / "before", creditor(), [PAID, APART])
    assert before.bank is not None and [n.kind for n in before.bank.notes] == [NoteKind.RETURN_MORE]
    result = books(tmp_path / "answered", creditor(answer(charges=CHARGES)), [PAID, APART])
    assert result.bank is not None and result.bank.notes == ()
    assert paid(result, "D-1") == []
    [pair] = result.bank.answered
    assert (pair.credit.reference, pair.back.charges, pair.back.taken_back, pair.back.apart) == (
        "C1",
        CHARGES,
        Decimal("150.00"),
        None,
    )


def test_charges_of_nothing_are_refused_as_written(tmp_path):
    doc = creditor(answer(charges=Decimal("0.00")))
    assert problems(tmp_path, doc, [PAID, MORE]) == [
        f"{where(doc, 'bank_returns[0].charges')}: bank_returns[0].charges: must be greater than 0; a return the "
        "bank kept no charges of takes back all it debits: leave charges out (got 0.00)"
    ]


def test_charges_the_return_says_itself_may_be_written_again(tmp_path):
    back = replace(MORE, charges="2.50")
    result = books(tmp_path, creditor(answer(charges=CHARGES)), [PAID, back])
    assert result.bank is not None and result.bank.notes == ()
    assert [(a.back.charges, a.credit.reference) for a in result.bank.answered] == [(CHARGES, "C1")]


def test_charges_beside_none_say_what_it_took_back_of_a_payment_before_the_statements(tmp_path):
    # The bank: B1 took back a payment of 150.00 from before the statements read, and kept 2.50 charges.
    bare = replace(MORE, end_to_end=None, iban=None, name=None)
    other = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), iban=None)
    result = books(tmp_path / "none", creditor(answer(None, None, charges=CHARGES)), [other, bare])
    assert result.bank is not None and result.bank.notes == ()
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), "C1")]
    [pair] = result.bank.answered
    assert (pair.credit, pair.back.charges, pair.back.taken_back) == (None, CHARGES, Decimal("150.00"))
    # Where its end-to-end reference shows the credit of 150.00 it took back, none is refused: the charges say so.
    [problem] = problems(tmp_path / "sure", creditor(answer(None, None, charges=CHARGES)), [PAID, MORE])
    assert problem.endswith("it took that one back; write credit: C1 (got none)")


def test_check_says_the_charges_to_write_and_once_written_the_return_with_them(tmp_path, capsys):
    from incasso.cli.main import main

    def check(folder: str, doc: dict) -> tuple[int, str]:
        debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2)]
        root = write_ledger(tmp_path / folder, creditor=doc, debtors=debtors)
        write_bank(root, {"a.sta": mt940(CREDITOR_IBAN, [PAID, MORE])})
        code = main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()])
        said = capsys.readouterr()
        return code, " ".join((said.out + said.err).split())

    code, out = check("asked", creditor())
    assert code == 0 and "note: D-1: bank entry B1 " in out
    assert "write its answer in creditor.yaml under bank_returns with charges: 2.50" in out
    code, out = check("without", creditor(answer()))
    assert code != 0
    assert "if the bank said EUR 2.50 of it were its charges, write charges: 2.50 beside it (got C1)" in out
    code, out = check("answered", creditor(answer(charges=CHARGES)))
    assert code == 0 and "note:" not in out
    assert "answered which credit it took back (creditor.yaml, bank_returns): 1 return" in out
    assert (
        "reason MD06, as creditor.yaml's bank_returns[0] says) and EUR 2.50 charges (the creditor's cost: EUR 152.50 "
        "in all); neither counts"
    ) in out


# s60: a return whose file names its original amount as its own (MT940 /OCMT/, camt.053 InstdAmt) and no charges.
WHOLE = replace(MORE, instructed="152.50")


@pytest.mark.parametrize("writer", ["camt02", "ing"])
def test_charges_staff_write_of_a_return_whose_file_names_all_it_debits_the_credit_s_are_refused(
    tmp_path, writer, capsys
):
    """Its file says the credit it took back was its whole 152.50, and names no charges: charges staff wrote of it
    were taken without a word (a credit of 150.00), and its note asked whether the 2.50 were the bank's charges.
    There are no charges it names that the bank could say were in it after all: refused at their line, with what it
    names; a credit of less named without charges is refused without offering charges. Through `incasso check`."""
    from incasso.cli.main import main

    alone = books(tmp_path / "asked", creditor(), [PAID, WHOLE], writer)
    assert alone.bank is not None and [n.kind for n in alone.bank.notes] == [NoteKind.RETURN_WITHOUT_CREDIT]
    capsys.readouterr()
    assert main(["check", "--ledger", str(tmp_path / "asked" / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    asked = " ".join(capsys.readouterr().out.split())  # no charges, nor a recall less a fee, offered
    assert "takes back EUR 152.50 from a credit of that amount in no statement read, and" in asked
    assert "charges on top" not in asked and "a recall the bank kept" not in asked
    doc = creditor(answer(charges=CHARGES), answer("C2", bank_ref="B2"))
    second = replace(WHOLE, ref="B2", end_to_end="E2")
    credits = [PAID, Booking("150.00", DAY, ref="C2", scor=rf_reference("D-2"), end_to_end="E2")]
    root = tmp_path / "answered"
    with pytest.raises(LedgerError):
        books(root, doc, [*credits, WHOLE, second], writer)
    capsys.readouterr()
    assert main(["check", "--ledger", str(root / "ledger"), "--as-of", AS_OF.isoformat()]) != 0
    out = " ".join(capsys.readouterr().err.split())
    bank = root / "ledger" / "bank" / ("a.xml" if writer == "camt02" else "a.sta")
    yaml = root / "ledger" / "creditor.yaml"
    b1 = f"{bank}:{_entry_line(bank, 'B1')}"
    assert (
        f"{yaml}:{where(doc, 'bank_returns[0].charges')}: bank_returns[0].charges: says EUR 2.50 of return B1 ({b1}) "
        "were charges, but the return names its original amount itself, EUR 152.50, all it debits, and no charges: it "
        "takes back EUR 152.50; leave charges out: the return's own file says the credit's amount (got 2.50)"
    ) in out
    assert (f"{yaml}:{where(doc, 'bank_returns[1]')}: bank_returns[1].credit: names credit C2 of EUR 150.00 ") in out
    assert (
        "but return B2 takes back EUR 152.50 (it names its original amount itself, EUR 152.50: all it debits, and no "
        "charges) (got C2)"
    ) in out
    assert "write charges" not in out


def _entry_line(bank: Path, reference: str) -> int:
    """The line an entry with bank reference `reference` starts at, as a return's place names it."""
    text = bank.read_text(encoding="utf-8").splitlines()
    if bank.suffix == ".xml":
        at = next(n for n, line in enumerate(text) if f"<NtryRef>{reference}</NtryRef>" in line)
        return max(n for n in range(at + 1) if "<Ntry>" in text[n]) + 1
    return next(n for n, line in enumerate(text, start=1) if line.startswith(":61:") and f"//{reference}" in line)
