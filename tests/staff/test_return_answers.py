"""The lines staff paste into creditor.yaml with the bank's answer on a return (staff.return_answers): pasted as
they are they are refused; filled in, the return takes back the credit the bank named, the note goes, and the bank
section says the answer beside the return, in Dutch and English."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.ledger.model import Language
from incasso.ledger.problems import LedgerError
from incasso.payments.reference import rf_reference
from incasso.staff.bank_record import bank_record
from incasso.staff.language import speaking
from tests.staff.test_bank_section import book_of, nb, section_of
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger

DAY = date(2026, 11, 3)
BACK = date(2026, 11, 10)
ONE = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), iban=None)
TWO = Booking("150.00", DAY + timedelta(days=1), ref="C2", scor=rf_reference("D-2"), iban=None)
GUESSED = Booking("150.00", BACK, credit=False, ref="B1", return_reason="MD06", iban=None, name=None)
REASON = "Rabobank, telefonisch op 12 november 2026"


def ledger(tmp_path: Path, bookings: list[Booking], **creditor) -> Path:
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2, 3)]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none", **creditor), debtors=debtors)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    return root


def the_lines(root: Path) -> str:
    [note] = section_of(root).notes
    assert note.lines is not None
    return note.lines


def pasted(root: Path, lines: str, **filled: str) -> None:
    """`lines` pasted at the end of creditor.yaml, each field of `filled` written in place of its comment."""
    for name, value in filled.items():
        lines, found = re.subn(rf"^(\s+{name}):.*$", rf"\1: {value}", lines, flags=re.MULTILINE)
        assert found == 1, (name, lines)
    path = root / "creditor.yaml"
    path.write_text(path.read_text(encoding="utf-8") + lines + "\n", encoding="utf-8")


LINES = {
    Language.NL: """bank_returns:
  - bank_ref: "B1"
    date: 2026-11-10
    credit:   # de betaling die de bank noemt: C1 van 2026-11-03 (D-1) of C2 van 2026-11-04 (D-2); of none
    credit_date:   # de dag van die betaling, zoals hierboven; weg bij none
    reason:   # wat de bank zei, en wanneer: vul in""",
    Language.EN: """bank_returns:
  - bank_ref: "B1"
    date: 2026-11-10
    credit:   # the payment the bank names: C1 of 2026-11-03 (D-1) or C2 of 2026-11-04 (D-2); or none
    credit_date:   # that payment's day, as above; left out with none
    reason:   # what the bank said, and when: fill in""",
}
ANSWERED = {
    Language.NL: "Teruggeboekt (D-1): EUR 150,00 ontvangen op 3 nov 2026, teruggeboekt op 10 nov 2026 (terugboeking op "
    "verzoek van de betaler, MD06); telt niet. Zo gezet in creditor.yaml onder bank_returns: " + REASON,
    Language.EN: "Returned (D-1): EUR 150.00 received on 3 Nov 2026, returned on 10 Nov 2026 (refund at the payer's "
    "request, MD06); does not count. So written in creditor.yaml under bank_returns: " + REASON,
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_the_lines_name_the_credits_it_may_have_taken_back_and_filled_in_take_back_the_one_the_bank_named(
    tmp_path, language
):
    root = ledger(tmp_path, [ONE, TWO, GUESSED])
    with speaking(language):
        lines = the_lines(root)
    assert lines == LINES[language]
    pasted(root, lines, credit='"C1"', credit_date="2026-11-03", reason=REASON)
    with speaking(language):
        section = section_of(root)
    assert section.notes == ()
    assert nb(ANSWERED[language]) in section.lines
    claims = json.loads(json.dumps(bank_record(book_of(root).bank)))
    [back] = claims["returns"]
    assert (back["credit"], back["answer"]) == ("C1", {"place": "bank_returns[0]", "reason": REASON})


def test_the_lines_pasted_as_they_are_are_refused_not_recorded_as_a_guess(tmp_path):
    root = ledger(tmp_path, [ONE, TWO, GUESSED])
    pasted(root, the_lines(root))
    with pytest.raises(LedgerError) as raised:
        read_books(root, date(2026, 11, 22))
    said = [f"{p.field}: {p.message}" for p in raised.value.problems]
    assert said == ["bank_returns[0].credit: is required but empty", "bank_returns[0].reason: is required but empty"]


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_that_took_back_none_of_them_is_said_with_the_reason_and_each_payment_counts(tmp_path, language):
    root = ledger(tmp_path, [ONE, TWO, GUESSED])
    pasted(root, the_lines(root), credit="none", reason=REASON)
    pasted_text = (root / "creditor.yaml").read_text(encoding="utf-8")
    (root / "creditor.yaml").write_text(re.sub(r"\n\s+credit_date:.*", "", pasted_text), encoding="utf-8")
    with speaking(language):
        section = section_of(root)
    assert section.notes == ()
    said = {
        # Since a return may take back a payment a debtor's file keeps (its statement archived), the line says both.
        Language.NL: "Terugboeking B1 (EUR 150,00 op 10 nov 2026) boekt geen betaling terug, niet uit de ingelezen "
        "afschriften en niet uit het bestand van een debiteur: elke betaling telt. Zo gezet in creditor.yaml onder "
        "bank_returns: " + REASON,
        Language.EN: "Return B1 (EUR 150.00 on 10 Nov 2026) takes back no payment, none in the statements read and "
        "none in a debtor's file: every payment counts. So written in creditor.yaml under bank_returns: " + REASON,
    }
    assert nb(said[language]) in section.lines
    assert not [line for line in section.lines if line.startswith(("Teruggeboekt", "Returned"))]


# s63: a return answered `credit: none` whose file names charges, in what it debits or booked apart (camt.053.001.08,
# ChrgInclInd false), or both: what it debits, and what of it or beside it the charges are.
NONE_CHARGED = {
    "in": ("152.50", {"charges": "2.50"}),
    "apart": ("150.00", {"charges": "1.00", "charges_apart": True}),
    "both": ("152.50", {"charges": "2.50", "charges_apart_too": "1.00"}),
}
NONE_CHARGES_SAID = {
    Language.NL: {
        "in": ", waarvan EUR 2,50 kosten van de bank (voor rekening van de schuldeiser),",
        "apart": ", daarnaast EUR 1,00 kosten die zij apart geboekt noemt (niet in dit bedrag; voor rekening van de "
        "schuldeiser),",
        "both": ", waarvan EUR 2,50 kosten van de bank (voor rekening van de schuldeiser), daarnaast EUR 1,00 kosten "
        "die zij apart geboekt noemt (niet in dit bedrag; voor rekening van de schuldeiser),",
    },
    Language.EN: {
        "in": ", of which EUR 2.50 bank charges (the creditor's cost),",
        "apart": ", besides EUR 1.00 in charges it names booked apart (not in this amount; the creditor's cost),",
        "both": ", of which EUR 2.50 bank charges (the creditor's cost), besides EUR 1.00 in charges it names booked "
        "apart (not in this amount; the creditor's cost),",
    },
}
NONE_SAID = {
    Language.NL: "Terugboeking B1 (EUR {amount} op 10 nov 2026){charges} boekt geen betaling terug, niet uit de "
    "ingelezen afschriften en niet uit het bestand van een debiteur: elke betaling telt. Zo gezet in creditor.yaml "
    "onder bank_returns: " + REASON,
    Language.EN: "Return B1 (EUR {amount} on 10 Nov 2026){charges} takes back no payment, none in the statements read "
    "and none in a debtor's file: every payment counts. So written in creditor.yaml under bank_returns: " + REASON,
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
@pytest.mark.parametrize("charged", list(NONE_CHARGED))
def test_a_return_that_took_back_none_says_its_charges_as_the_change_list_does(tmp_path, language, charged):
    """The bank section's line of a return staff said took back none of the credits read named neither the charges
    in what it debits nor the ones it names booked apart, though the change list's line of that answer names both
    (staff.return_answers.charges_named): the creditor's cost all the same."""
    amount, named = NONE_CHARGED[charged]
    back = Booking(amount, BACK, credit=False, ref="B1", return_reason="MD06", iban=None, name=None, **named)
    answer = {"bank_ref": "B1", "date": BACK, "credit": "none", "reason": REASON}
    root = ledger(tmp_path, [ONE], bank_returns=[answer])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [ONE, back], version="08")})  # the one that says ChrgInclInd
    with speaking(language):
        section = section_of(root)
    assert section.notes == ()
    shown = amount.replace(".", ",") if language == Language.NL else amount
    said = NONE_SAID[language].format(amount=shown, charges=NONE_CHARGES_SAID[language][charged])
    assert nb(said) in section.lines


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_charges_booked_take_the_note_off_and_the_return_says_them_with_the_answer(tmp_path, language):
    credit = replace(ONE, end_to_end="E1")
    back = Booking("152.50", BACK, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", charges="2.50")
    root = ledger(tmp_path, [credit, back])
    booked = "Als bankkosten geboekt op 12 november 2026"
    with speaking(language):
        lines = the_lines(root)
    assert lines.splitlines()[3:5] == ['    credit: "C1"', "    credit_date: 2026-11-03"]  # it took C1 back for sure
    pasted(root, lines, reason=booked)
    with speaking(language):
        section = section_of(root)
    assert section.notes == ()
    [returned] = [line for line in section.lines if line.startswith(("Teruggeboekt", "Returned"))]
    charges = {
        Language.NL: "telt niet. De EUR 2,50 kosten erbij zijn voor rekening van de schuldeiser. Zo gezet in "
        "creditor.yaml onder bank_returns: ",
        Language.EN: "does not count. The EUR 2.50 in charges on top are the creditor's cost. So written in "
        "creditor.yaml under bank_returns: ",
    }
    assert returned.endswith(nb(charges[language]) + booked)
    # claims.json keeps the charges beside the answer.
    [record] = bank_record(book_of(root).bank)["returns"]
    assert (record["charges"], record["answer"]["reason"]) == ("2.50", booked)


def test_a_creditor_file_with_answers_gets_the_lines_without_the_key_and_many_credits_are_counted(tmp_path):
    earlier = Booking("150.00", date(2026, 11, 2), credit=False, ref="B0", return_reason="MD06", iban=None, name=None)
    before = Booking("150.00", date(2026, 10, 30), ref="C0", scor=rf_reference("D-3"), iban=None)
    others = [
        Booking("150.00", DAY + timedelta(days=n), ref=f"C{n + 2}", scor=rf_reference("D-3"), iban=None)
        for n in (2, 3, 4)
    ]
    answer = {"bank_ref": "B0", "date": earlier.booked, "credit": "C0", "credit_date": before.booked, "reason": REASON}
    root = ledger(tmp_path, [before, earlier, ONE, TWO, *others, GUESSED], bank_returns=[answer])
    with speaking(Language.NL):
        [note] = section_of(root).notes
    assert note.text.endswith("Plak ze in creditor.yaml onder bank_returns:, zonder die eerste regel.")
    assert note.lines is not None and note.lines.startswith('  - bank_ref: "B1"\n')
    assert (
        "C1 van 2026-11-03 (D-1), C2 van 2026-11-04 (D-2), C4 van 2026-11-05 (D-3) en 2 andere; of none" in note.lines
    )


# s59: a return of 152.50 that says nothing of charges, of the payment C1 of 150.00 by its end-to-end reference.
PAID = replace(ONE, end_to_end="E1")
MORE = Booking("152.50", BACK, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", iban=None)
MORE_LINES = {
    Language.NL: """bank_returns:
  - bank_ref: "B1"
    date: 2026-11-10
    credit:   # de betaling die de bank noemt: C1 van 2026-11-03 (D-1), met charges: 2.50; of none
    credit_date:   # de dag van die betaling, zoals hierboven; weg bij none
    charges:   # de kosten die de bank noemt, zoals hierboven; weg als zij geen kosten noemt
    reason:   # wat de bank zei, en wanneer: vul in""",
    Language.EN: """bank_returns:
  - bank_ref: "B1"
    date: 2026-11-10
    credit:   # the payment the bank names: C1 of 2026-11-03 (D-1), with charges: 2.50; or none
    credit_date:   # that payment's day, as above; left out with none
    charges:   # the charges the bank names, as above; left out if it names none
    reason:   # what the bank said, and when: fill in""",
}
MORE_NOTE = {
    Language.NL: "Bankboeking B1 schrijft EUR 152,50 af, meer dan betaling C1 (EUR 150,00, hetzelfde "
    "end-to-end-kenmerk), en zegt niets over kosten: kosten van de bank erbij?",
    Language.EN: "Bank entry B1 debits EUR 152.50, more than payment C1 (EUR 150.00, the same end-to-end reference), "
    "and says nothing of charges: the bank's charges on top?",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_of_more_gets_lines_with_the_charges_and_filled_in_it_takes_back_the_credit(tmp_path, language):
    root = ledger(tmp_path, [PAID, MORE])
    with speaking(language):
        [note] = section_of(root).notes
    assert note.text.startswith(nb(MORE_NOTE[language])) and note.lines == MORE_LINES[language]
    booked = "Rabobank, 12 november 2026, de betaling van 3 november; 2,50 als bankkosten geboekt"
    pasted(root, note.lines or "", credit='"C1"', credit_date="2026-11-03", charges="2.50", reason=booked)
    with speaking(language):
        section = section_of(root)
    assert section.notes == ()
    # As a return whose file says the charges: the bank section says them beside the answer, claims.json keeps them.
    [returned] = [line for line in section.lines if line.startswith(("Teruggeboekt", "Returned"))]
    charges = {
        Language.NL: "EUR 150,00 ontvangen op 3 nov 2026, teruggeboekt op 10 nov 2026 (terugboeking op verzoek van de "
        "betaler, MD06); telt niet. De EUR 2,50 kosten erbij zijn voor rekening van de schuldeiser.",
        Language.EN: "EUR 150.00 received on 3 Nov 2026, returned on 10 Nov 2026 (refund at the payer's request, "
        "MD06); does not count. The EUR 2.50 in charges on top are the creditor's cost.",
    }
    assert nb(charges[language]) in returned and returned.endswith(booked)
    [record] = bank_record(book_of(root).bank)["returns"]
    assert (record["amount"], record["charges"], record["credit"]) == ("152.50", "2.50", "C1")


# s60: a return whose original amount is its own beside its charges (booked apart, `BankEntry.apart`): the notes say
# so, not that it says nothing of charges, nor that the bank may have kept a fee of another payment.
APART = replace(MORE, instructed="152.50", charges="2.50")
APART_NOTES = {
    Language.NL: [
        "Bankboeking B1 schrijft EUR 152,50 af, meer dan betaling C1 (EUR 150,00, hetzelfde end-to-end-kenmerk), en "
        "noemt EUR 2,50 kosten, apart geboekt (niet in wat zij afschrijft): toch kosten van de bank erbij? Daarom "
        "geldt geen betaling als teruggeboekt",
        "Bankboeking B1 boekt EUR 152,50 terug (de EUR 2,50 kosten die zij noemt zijn apart geboekt, niet in dit "
        "bedrag: voor rekening van de schuldeiser) van een betaling die in geen ingelezen afschrift staat",
    ],
    Language.EN: [
        "Bank entry B1 debits EUR 152.50, more than payment C1 (EUR 150.00, the same end-to-end reference), and names "
        "EUR 2.50 in charges booked apart (not in what it debits): the bank's charges on top after all? So no payment "
        "is taken back",
        "Bank entry B1 returns EUR 152.50 (the EUR 2.50 in charges it names are booked apart, not in this amount: the "
        "creditor's cost) of a payment that is in no statement read",
    ],
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_whose_charges_are_booked_apart_is_said_so_in_the_notes(tmp_path, language):
    more, alone = ledger(tmp_path / "more", [PAID, APART]), ledger(tmp_path / "alone", [APART])
    with speaking(language):
        texts = [note.text for root in (more, alone) for note in section_of(root).notes]
    assert len(texts) == 2
    for text, said in zip(texts, APART_NOTES[language], strict=True):
        assert text.startswith(nb(said))
        assert "niets over kosten" not in text and "nothing of charges" not in text


def test_a_return_whose_charges_are_booked_apart_offers_only_a_credit_those_charges_make_the_one(tmp_path):
    """s60: charges staff write of such a return are refused but the ones its file names (reconcile): its note named
    any credit of less with its end-to-end reference, and the lines offered the charges that would make it the one
    (3.50 of a credit of 149.00), which were then refused."""
    other = Booking("149.00", DAY + timedelta(days=1), ref="C2", scor=rf_reference("D-2"), iban=None, end_to_end="E1")
    root = ledger(tmp_path, [PAID, other, APART])
    with speaking(Language.NL):
        [note] = section_of(root).notes
    assert note.lines is not None
    assert "credit:   # de betaling die de bank noemt: C1 van 2026-11-03 (D-1), met charges: 2.50; of none" in nb(
        note.lines
    )
    assert "C2" not in note.text + note.lines
    # Only a credit its charges cannot make the one: a return of a payment in no statement read, as of none.
    with speaking(Language.NL):
        [note] = section_of(ledger(tmp_path / "other", [other, APART])).notes
    assert note.text.startswith(nb(APART_NOTES[Language.NL][1]))
    assert note.lines is None or "charges:" not in note.lines


def test_lines_of_a_return_of_more_pasted_as_they_are_are_refused(tmp_path):
    root = ledger(tmp_path, [PAID, MORE])
    pasted(root, the_lines(root))
    with pytest.raises(LedgerError) as raised:
        read_books(root, date(2026, 11, 22))
    said = [f"{p.field}: {p.message}" for p in raised.value.problems]
    assert said == ["bank_returns[0].credit: is required but empty", "bank_returns[0].reason: is required but empty"]
    # Filled in but the charges (an empty field is one left out): C1 is refused, with the charges that make it.
    root = ledger(tmp_path / "filled", [PAID, MORE])
    pasted(root, the_lines(root), credit='"C1"', credit_date="2026-11-03", reason=REASON)
    with pytest.raises(LedgerError) as raised:
        read_books(root, date(2026, 11, 22))
    [problem] = raised.value.problems
    assert str(problem).endswith(
        "if the bank said EUR 2.50 of it were its charges, write charges: 2.50 beside it (got C1)"
    )


# s60: a return of 152.50 whose camt.053.001.08 transaction names 2.50 charges in its amount and 1.00 booked apart.
BOTH = replace(MORE, charges="2.50", charges_apart_too="1.00")
BOTH_NOTES = {
    Language.NL: {
        "paid": "zoals de boeking zelf zegt. Daarnaast noemt zij EUR 1,00 kosten, apart geboekt (niet in wat zij "
        "afschrijft): ook voor rekening van de schuldeiser. Die kosten zijn voor rekening van de schuldeiser",
        "alone": "Bankboeking B1 boekt EUR 150,00 terug (en EUR 2,50 kosten, voor rekening van de schuldeiser: EUR "
        "152,50 in totaal; de EUR 1,00 kosten die zij daarnaast noemt zijn apart geboekt, niet in dit bedrag: ook voor "
        "rekening van de schuldeiser) van een betaling die in geen ingelezen afschrift staat",
        "untied": "EUR 2,50 kosten (voor rekening van de schuldeiser). Daarnaast noemt zij EUR 1,00 kosten, apart "
        "geboekt (niet in wat zij afschrijft): ook voor rekening van de schuldeiser. Die noemt geen betaler",
    },
    Language.EN: {
        "paid": "as the entry itself says. Besides, it names EUR 1.00 in charges booked apart (not in what it debits): "
        "the creditor's cost too. Those charges are the creditor's cost",
        "alone": "Bank entry B1 returns EUR 150.00 (and EUR 2.50 in charges, the creditor's cost: EUR 152.50 in all; "
        "the EUR 1.00 in charges it names besides are booked apart, not in this amount: the creditor's cost too) of a "
        "payment that is in no statement read",
        "untied": "EUR 2.50 in charges (the creditor's cost). Besides, it names EUR 1.00 in charges booked apart (not "
        "in what it debits): the creditor's cost too. It names no payer",
    },
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_with_charges_in_its_amount_and_booked_apart_says_both_in_the_notes(tmp_path, language):
    """The notes said the 2.50 in its amount (which make it the credit's of 150.00) and dropped the 1.00 booked apart,
    the creditor's cost too: taking back a credit, of no credit read, and tied to none of two it could be."""
    cases = {
        "paid": [PAID, BOTH],
        "alone": [BOTH],
        "untied": [ONE, TWO, replace(BOTH, end_to_end=None, name=None)],
    }
    for case, bookings in cases.items():
        root = ledger(tmp_path / case, [])
        write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings, version="08")})
        with speaking(language):
            [note] = section_of(root).notes
        assert nb(BOTH_NOTES[language][case]) in note.text
