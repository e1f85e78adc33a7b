"""The change list and staff's answers to bank returns (creditor.yaml's bank_returns), between two builds.

D-1 pays 150.00 on 3 November (C1), D-2 150.00 on 4 November (C2), both by their references from accounts the
statements do not name; on 10 November the bank returns 150.00 naming no payer (B1), which is tied to the latest
credit, D-2's. The previous build (22 November) had it so; staff then write the bank's answer, and the next build
(23 November) takes back what the answer names. changes.md must say the answer, and why a dossier's money moved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incasso.ledger.model import Language
from incasso.payments.reference import rf_reference
from incasso.staff.changes import Changes, changes_markdown, compare, parse_previous, parse_previous_lines
from incasso.staff.exports import claims_json
from incasso.staff.language import speaking, words
from tests.staff.test_returns import document, nb
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger

BEFORE, AFTER = date(2026, 11, 22), date(2026, 11, 23)
ONE = Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference("D-1"), iban=None)
TWO = Booking("150.00", date(2026, 11, 4), ref="C2", scor=rf_reference("D-2"), iban=None)
GUESSED = Booking("150.00", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", iban=None, name=None)
REASON = "Rabobank, telefonisch op 12 november 2026"


def answer(credit: str | None = "C1", reason: str = REASON, **more: object) -> dict:
    """creditor.yaml's answer on B1: it took back `credit` (None: none of the credits read)."""
    if credit is None:
        return {"bank_ref": "B1", "date": GUESSED.booked, "credit": "none", "reason": reason, **more}
    day = {"C1": ONE.booked, "C2": TWO.booked}[credit]
    return {"bank_ref": "B1", "date": GUESSED.booked, "credit": credit, "credit_date": day, "reason": reason, **more}


def ledger(tmp_path: Path, *answers: dict, bookings: tuple[Booking, ...] = (ONE, TWO, GUESSED)) -> Path:
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2)]
    creditor = valid_creditor(interest="none", **({"bank_returns": list(answers)} if answers else {}))
    root = write_ledger(tmp_path, creditor=creditor, debtors=debtors)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, list(bookings))})
    return root


def previous(tmp_path: Path, *answers: dict, bookings: tuple[Booking, ...] = (ONE, TWO, GUESSED)) -> dict:
    """The previous build's claims.json as a build reads it back (cut to what the change list compares)."""
    return read_back(document(ledger(tmp_path / "before", *answers, bookings=bookings), BEFORE))


def read_back(written: dict) -> dict:
    text = claims_json(written)
    whole, problem = parse_previous(text)
    assert problem is None and whole is not None
    assert parse_previous_lines(text.splitlines(keepends=True)) == (whole, None)  # as the build reads it
    return whole


def tonight(tmp_path: Path, *answers: dict, bookings: tuple[Booking, ...] = (ONE, TWO, GUESSED)) -> dict:
    return document(ledger(tmp_path / "after", *answers, bookings=bookings), AFTER)


def lines(changes: Changes, language: Language = Language.NL) -> list[str]:
    with speaking(language):
        return [line for line in changes_markdown(changes).splitlines() if line.startswith("- ")]


NL = [
    nb(
        "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam betaling C1 terug (D-1); eerder gekoppeld aan "
        f"betaling C2 (D-2). Zo gezet in creditor.yaml onder bank_returns[0]: {REASON}"
    ),
    nb(
        "- D-2 Bakkerij De Vries: EUR 150,00 op 4 november 2026; telt weer: terugboeking B1 nam haar niet terug "
        "(creditor.yaml, bank_returns[0])"
    ),
    nb(
        "- D-1 Bakkerij De Vries: EUR 150,00 op 3 november 2026, teruggeboekt op 10 november 2026 (terugboeking op "
        "verzoek van de betaler, MD06); telt niet (zo gezet in creditor.yaml onder bank_returns[0])"
    ),
]
EN = [
    nb(
        "- **10 November 2026**: return B1 of EUR 150.00: took back payment C1 (D-1); tied before to payment C2 "
        f"(D-2). So written in creditor.yaml under bank_returns[0]: {REASON}"
    ),
    nb(
        "- D-2 Bakkerij De Vries: EUR 150.00 on 4 November 2026; counts again: return B1 did not take it back "
        "(creditor.yaml, bank_returns[0])"
    ),
    nb(
        "- D-1 Bakkerij De Vries: EUR 150.00 on 3 November 2026, returned on 10 November 2026 (refund at the payer's "
        "request, MD06); does not count (so written in creditor.yaml under bank_returns[0])"
    ),
]


@pytest.mark.parametrize(("language", "expected"), [(Language.NL, NL), (Language.EN, EN)])
def test_an_answer_since_the_previous_build_is_listed_and_each_dossier_moved_by_it_says_why(
    tmp_path, language, expected
):
    """The morning clerk saw D-2's payment arrive and D-1's taken back, not that a colleague's answer did both."""
    before, after = previous(tmp_path), tonight(tmp_path, answer("C1"))
    with speaking(language):
        changes = compare(before, after)
    assert [len(changes.sections[name]) for name in ("returns_answered", "payments", "payments_returned")] == [1, 1, 1]
    assert lines(changes, language) == expected
    heading = {
        Language.NL: "Terugboekingen beantwoord in creditor.yaml",
        Language.EN: "Returns answered in creditor.yaml",
    }
    with speaking(language):
        assert f"## {heading[language]} (1)\n\n" in changes_markdown(changes)


def test_an_answer_the_previous_build_had_is_not_listed_again(tmp_path):
    written = tonight(tmp_path, answer("C1"))
    later = document(ledger(tmp_path / "later", answer("C1")), date(2026, 11, 24))
    changes = compare(read_back(written), later)
    assert changes.sections["returns_answered"] == () and lines(changes) == []


def test_an_answer_changed_since_is_listed_with_what_it_took_back_before(tmp_path):
    """C1 first, then the bank corrected itself: C2 it was. D-1's payment counts again, D-2's is taken back."""
    before, after = previous(tmp_path, answer("C1")), tonight(tmp_path, answer("C2", "Rabobank, 13 november"))
    assert lines(compare(before, after)) == [
        nb(
            "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam betaling C2 terug (D-2); eerder gekoppeld "
            "aan betaling C1 (D-1). Zo gezet in creditor.yaml onder bank_returns[0]: Rabobank, 13 november"
        ),
        nb(
            "- D-1 Bakkerij De Vries: EUR 150,00 op 3 november 2026; telt weer: terugboeking B1 nam haar niet terug "
            "(creditor.yaml, bank_returns[0])"
        ),
        nb(
            "- D-2 Bakkerij De Vries: EUR 150,00 op 4 november 2026, teruggeboekt op 10 november 2026 (terugboeking "
            "op verzoek van de betaler, MD06); telt niet (zo gezet in creditor.yaml onder bank_returns[0])"
        ),
    ]


def test_an_answer_whose_reason_alone_changed_is_listed_as_tied_so_before(tmp_path):
    before, after = previous(tmp_path, answer("C1")), tonight(tmp_path, answer("C1", "Rabobank, schriftelijk"))
    assert lines(compare(before, after)) == [
        nb(
            "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam betaling C1 terug (D-1); zo was hij al "
            "gekoppeld. Zo gezet in creditor.yaml onder bank_returns[0]: Rabobank, schriftelijk"
        )
    ]


def test_an_answer_of_none_says_so_and_the_payment_it_was_tied_to_counts_again(tmp_path):
    """`credit: none` took back no payment at all: none read, and (since s60) none a debtor's file keeps of a statement
    archived, which a return may take back too (until s60 the line said "nam geen betaling van de gelezen afschriften
    terug", as if one in a file might still be taken back)."""
    changes = compare(previous(tmp_path), tonight(tmp_path, answer(None, "Rabobank: een betaling van oktober")))
    assert lines(changes) == [
        nb(
            "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam geen betaling terug (niet van de gelezen "
            "afschriften, niet uit het bestand van een debiteur); eerder gekoppeld aan betaling C2 (D-2). Zo gezet in "
            "creditor.yaml onder bank_returns[0]: Rabobank: een betaling van oktober"
        ),
        nb(
            "- D-2 Bakkerij De Vries: EUR 150,00 op 4 november 2026; telt weer: terugboeking B1 nam haar niet terug "
            "(creditor.yaml, bank_returns[0])"
        ),
    ]
    with speaking(Language.EN):
        english = compare(
            previous(tmp_path / "en"), tonight(tmp_path / "en", answer(None, "Rabobank: een betaling van oktober"))
        )
    assert lines(english, Language.EN)[0] == nb(
        "- **10 November 2026**: return B1 of EUR 150.00: took back no payment (none in the statements read, none in "
        "a debtor's file); tied before to payment C2 (D-2). So written in creditor.yaml under bank_returns[0]: "
        "Rabobank: een betaling van oktober"
    )


PAID = Booking("150.00", date(2026, 11, 3), ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
MORE = Booking("152.50", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", end_to_end="E1", iban=None)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            Language.NL,
            "- **10 november 2026**: terugboeking B1 van EUR 152,50, waarvan EUR 2,50 kosten van de bank (voor "
            "rekening van de schuldeiser): nam betaling C1 terug (D-1); eerder aan geen betaling gekoppeld. Zo gezet "
            "in creditor.yaml onder bank_returns[0]: ING, 13 november; 2,50 geboekt",
        ),
        (
            Language.EN,
            "- **10 November 2026**: return B1 of EUR 152.50, of which EUR 2.50 bank charges (the creditor's cost): "
            "took back payment C1 (D-1); tied before to no payment. So written in creditor.yaml under "
            "bank_returns[0]: ING, 13 november; 2,50 geboekt",
        ),
    ],
)
def test_charges_the_bank_named_are_said_with_the_answer(tmp_path, language, said):
    """A return of more than its credit that says nothing of charges took back no payment until staff wrote the
    charges the bank named: then D-1 owes the 150.00 again, and the 2.50 are the creditor's cost."""
    charged = answer("C1", "ING, 13 november; 2,50 geboekt", charges="2.50")
    before, after = previous(tmp_path, bookings=(PAID, MORE)), tonight(tmp_path, charged, bookings=(PAID, MORE))
    assert before["bank"]["returns"][0]["credit"] is None
    with speaking(language):
        changes = compare(before, after)
    found = lines(changes, language)
    assert found[0] == nb(said)
    assert len(found) == 2 and found[1].startswith("- D-1 Bakkerij De Vries: ") and found[1].endswith("[0])")


# -- a previous claims.json of before the answers, or the returns' dossiers, were carried ------------------------


def test_a_previous_claims_json_without_the_returns_dossiers_is_read_and_names_none(tmp_path):
    before = previous(tmp_path)
    for back in before["bank"]["returns"]:
        del back["dossiers"]
    changes = compare(read_back(before), tonight(tmp_path, answer()))
    assert changes.problem is None
    assert lines(changes)[0] == nb(
        "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam betaling C1 terug (D-1); eerder gekoppeld aan "
        f"betaling C2. Zo gezet in creditor.yaml onder bank_returns[0]: {REASON}"
    )
    assert lines(changes)[1:] == NL[1:]


@pytest.mark.parametrize("bank", ["no returns", "no bank folder"])
def test_a_previous_claims_json_without_returns_lists_each_answer_as_new(tmp_path, bank):
    """Of before returns were carried (or without a bank/ folder then), the previous build knew of no answer: each is
    new, and what it took back before is not known (so no payment is said to count again)."""
    before = previous(tmp_path)
    if bank == "no returns":
        del before["bank"]["returns"]
    else:
        before["bank"] = None
    changes = compare(read_back(before), tonight(tmp_path, answer()))
    assert changes.problem is None
    assert lines(changes)[0] == nb(
        "- **10 november 2026**: terugboeking B1 van EUR 150,00: nam betaling C1 terug (D-1). Zo gezet in "
        f"creditor.yaml onder bank_returns[0]: {REASON}"
    )
    assert lines(changes)[1:] == [NL[1].split(";")[0], NL[2]]


def test_a_previous_claims_json_of_before_the_bank_says_nothing_of_answers(tmp_path):
    before = previous(tmp_path)
    del before["bank"]
    changes = compare(before, tonight(tmp_path, answer()))
    assert changes.problem is None and changes.sections["returns_answered"] == ()


def test_claims_json_says_whose_money_each_return_took_back(tmp_path):
    """As the credit it took back says (`returned.dossiers`): the next build's change list names the dossier a
    return was tied to then, from that build's own claims.json."""
    before = document(ledger(tmp_path / "before"), BEFORE)["bank"]
    assert [(r["credit"], r["dossiers"]) for r in before["returns"]] == [("C2", [{"id": "D-2", "amount": "150.00"}])]
    none = document(ledger(tmp_path / "none", answer(None)), AFTER)["bank"]
    assert [(r["credit"], r["dossiers"]) for r in none["returns"]] == [(None, [])]


# -- money set aside as no debtor's, read back ------------------------------------------------------------------


def test_money_set_aside_that_the_previous_build_had_is_not_listed_again(tmp_path):
    """s59: the previous claims.json was read back without its `set_aside`, so each set-aside was listed as new on
    every build after it was written."""
    unknown = Booking("40.00", date(2026, 11, 5), ref="X1", text="?", name="Onbekende Naam", iban=None)
    root = ledger(tmp_path, bookings=(ONE, unknown))
    path = root / "creditor.yaml"
    set_aside = 'bank_set_aside:\n  - bank_ref: "X1"\n    date: 2026-11-05\n    amount: 40.00\n    reason: Verkeerd\n'
    path.write_text(path.read_text(encoding="utf-8") + set_aside, encoding="utf-8")
    written = document(root, BEFORE)
    assert [item["bank_ref"] for item in written["bank"]["set_aside"]] == ["X1"]
    assert compare(read_back(written), document(root, AFTER)).sections["bank_set_aside"] == ()


def test_the_reason_staff_wrote_reads_as_written_not_as_markup(tmp_path):
    reason = "Rabobank *Jan* <b>[bel](https://evil.example)"
    changes = compare(previous(tmp_path), tonight(tmp_path, answer("C1", reason)))
    assert lines(changes)[0].endswith(r"bank_returns[0]: Rabobank \*Jan\* \<b>[bel\](https://evil.example)")


# -- s60: why a payment counts again, or a status moved, when a return took it back or no longer does --------------


STRAY = Booking("150.00", date(2026, 11, 5), ref="C3", text="geen kenmerk", name="Onbekende Naam", iban=None)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            Language.NL,
            "- **5 november 2026**: EUR 150,00 van Onbekende Naam (bankboeking C3); telt weer: terugboeking B1 nam "
            "haar niet terug (creditor.yaml, bank_returns[0])",
        ),
        (
            Language.EN,
            "- **5 November 2026**: EUR 150.00 from Onbekende Naam (bank entry C3); counts again: return B1 did not "
            "take it back (creditor.yaml, bank_returns[0])",
        ),
    ],
)
def test_a_credit_of_no_dossier_counting_again_after_an_answer_says_why(tmp_path, language, said):
    """B1 was tied to the latest credit of its amount, C3, which names no dossier; the bank said it took back none
    of the credits read. C3 is money to assign again: the list said so without a word of why."""
    bookings = (ONE, STRAY, GUESSED)
    before = previous(tmp_path, bookings=bookings)
    assert [(back["credit"], before["bank"]["unassigned"]) for back in before["bank"]["returns"]] == [("C3", [])]
    with speaking(language):
        changes = compare(before, tonight(tmp_path, answer(None), bookings=bookings))
    [credit] = changes.sections["bank_credits"]
    assert lines(changes, language)[0] == nb(said)


def paid_in_full(tmp_path: Path, *answers: dict, bookings: tuple[Booking, ...]) -> Path:
    """As `ledger`, each dossier's invoice 150.00: a payment taken back turns it from paid to running, and back."""
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}", amount="150.00")]) for n in (1, 2)]
    creditor = valid_creditor(interest="none", **({"bank_returns": list(answers)} if answers else {}))
    root = write_ledger(tmp_path, creditor=creditor, debtors=debtors)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, list(bookings))})
    return root


def statuses(changes: Changes, language: Language = Language.NL, section: str = "status") -> list[str]:
    """The status lines (or another section's, as `section` names it), each naming its dossier by id alone."""
    with speaking(language):
        template = words().CHANGES[f"{section}_line"]
        return [nb("- " + template.format(who=entry.id, **entry.values)) for entry in changes.sections[section]]


STATUS = {
    Language.NL: [
        ["- D-2: Betaald → Loopt; betaling C2 teruggeboekt door de bank"],
        [
            "- D-1: Betaald → Loopt; betaling C1 teruggeboekt door de bank (zo gezet in creditor.yaml onder "
            "bank_returns[0])",
            "- D-2: Loopt → Betaald; betaling C2 telt weer: terugboeking B1 nam haar niet terug (creditor.yaml, "
            "bank_returns[0])",
        ],
    ],
    Language.EN: [
        ["- D-2: Paid → Active; payment C2 returned by the bank"],
        [
            "- D-1: Paid → Active; payment C1 returned by the bank (so written in creditor.yaml under bank_returns[0])",
            "- D-2: Active → Paid; payment C2 counts again: return B1 did not take it back (creditor.yaml, "
            "bank_returns[0])",
        ],
    ],
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_status_a_return_or_its_answer_moved_says_why(tmp_path, language):
    """Three nights: both paid; B1 read, tied to D-2's C2 (D-2 runs again); the bank's answer, C1 (D-1 runs, D-2 is
    paid). The status lines said only "Betaald → Loopt", with the reason under another heading, or none."""
    first = read_back(document(paid_in_full(tmp_path / "1", bookings=(ONE, TWO)), BEFORE))
    second = document(paid_in_full(tmp_path / "2", bookings=(ONE, TWO, GUESSED)), AFTER)
    third = document(paid_in_full(tmp_path / "3", answer("C1"), bookings=(ONE, TWO, GUESSED)), date(2026, 11, 24))
    with speaking(language):
        read, answered = compare(first, second), compare(read_back(second), third)
    assert [statuses(read, language), statuses(answered, language)] == STATUS[language]


STAGE = {
    Language.NL: [
        ["- D-2: Open → Vervallen; betaling C2 teruggeboekt door de bank"],
        [
            "- D-1: Open → Vervallen; betaling C1 teruggeboekt door de bank (zo gezet in creditor.yaml onder bank_returns[0])"
        ],
    ],
    Language.EN: [
        ["- D-2: Open → Overdue; payment C2 returned by the bank"],
        ["- D-1: Open → Overdue; payment C1 returned by the bank (so written in creditor.yaml under bank_returns[0])"],
    ],
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_stage_a_return_or_its_answer_moved_says_why(tmp_path, language):
    """s60: the same three nights; the stage line a return moved ("Andere fase": paid before its due date, open
    again after it) said only "Open → Vervallen", where the status line says why. D-2 paid again is no stage line
    (`_paid_before_a_letter`)."""
    first = read_back(document(paid_in_full(tmp_path / "1", bookings=(ONE, TWO)), BEFORE))
    second = document(paid_in_full(tmp_path / "2", bookings=(ONE, TWO, GUESSED)), AFTER)
    third = document(paid_in_full(tmp_path / "3", answer("C1"), bookings=(ONE, TWO, GUESSED)), date(2026, 11, 24))
    with speaking(language):
        read, answered = compare(first, second), compare(read_back(second), third)
    assert [statuses(read, language, "stage"), statuses(answered, language, "stage")] == STAGE[language]


LATE = Booking("150.00", date(2026, 11, 6), ref="C4", scor=rf_reference("D-1"), iban=None)
CHARGED = Booking(
    "152.50", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", iban=None, name=None, charges="2.50"
)


@pytest.mark.parametrize(
    ("was", "now", "why"),
    [
        # The statement with the return taken out of bank/.
        ((ONE, TWO, GUESSED), (ONE, TWO), "terugboeking B1 staat niet meer in de ingelezen afschriften"),
        # A later credit of its amount read since (an export of those days again, whole): the latest is tied now.
        ((ONE, TWO, GUESSED), (ONE, TWO, LATE, GUESSED), "terugboeking B1 is nu gekoppeld aan betaling C4"),
        # A return with charges of a credit of 150.00: one such credit was it, two could each be it.
        ((ONE, CHARGED), (ONE, TWO, CHARGED), "terugboeking B1 boekt nu geen betaling terug"),
    ],
    ids=["gone", "tied to another", "tied to none"],
)
def test_a_payment_a_return_no_longer_takes_back_without_an_answer_says_why(tmp_path, was, now, why):
    before = read_back(document(paid_in_full(tmp_path / "before", bookings=was), BEFORE))
    changes = compare(before, document(paid_in_full(tmp_path / "after", bookings=now), AFTER))
    released, payment = ("D-1", "C1") if now[-1] is CHARGED else ("D-2", "C2")
    assert [line for line in lines(changes) if "telt weer" in line] == [
        nb(f"- {released} Bakkerij De Vries: EUR 150,00 op {_day_of(released)}; telt weer: {why}"),
        f"- {released} Bakkerij De Vries: Loopt → Betaald; betaling {payment} telt weer: {why}",
    ]


def _day_of(debtor_id: str) -> str:
    return {"D-1": "3 november 2026", "D-2": "4 november 2026"}[debtor_id]


# -- s61: what `incasso check` finds of the change list, and a return written without its entry -------------------


@pytest.mark.parametrize("another", [True, False], ids=["another statement read", "none left"])
def test_returns_gone_alone_finds_what_the_whole_change_list_finds(tmp_path, another):
    """`incasso check --internal-output` says the build's note on a payment counting again without making the whole
    change list: from the previous claims.json's bank alone it knows whether any return is gone (its claims unread),
    then from tonight's payments alone which dossiers' payments count again: the same ones the build names."""
    from incasso.bank.books import read_books
    from incasso.claims.assess import assess
    from incasso.staff.changes import released_gone, returns_gone
    from incasso.staff.exports import payments_document
    from incasso.staff.returns import bank_returns as returned_of
    from tests.bank.test_archived_returns import CREDIT, books, kept

    books(tmp_path, [kept()])
    root = tmp_path / "ledger"
    text = claims_json(document(root, BEFORE))
    before = read_back(document(root, BEFORE))
    head, problem = parse_previous_lines(text.splitlines(keepends=True), claims_too=False)
    assert problem is None and head is not None and head["claims"] == [] and head["bank"] == before["bank"]
    assert released_gone(head, document(root, BEFORE)) == frozenset()  # the same statements: none gone
    (root / "bank" / "nov.xml").unlink()
    if another:
        write_bank(root, {"dec.xml": camt053(CREDITOR_IBAN, [Booking("20.00", date(2026, 12, 1), credit=False)])})
    current = document(root, date(2026, 12, 2))
    whole = compare(before, current)
    assert [entry.id for entry in whole.returns_gone] == ["D-1"]
    assert released_gone(head, current) == frozenset({CREDIT})
    books_now = read_books(root, date(2026, 12, 2))
    claims = [assess(books_now.ledger, d, date(2026, 12, 2)) for d in books_now.ledger.debtors]
    partial = payments_document(claims, returned_of(books_now.bank), books_now.bank)
    assert returns_gone(before, partial) == whole.returns_gone


def _written_without_entry(
    tmp_path: Path, returned: bool = True, invoiced: str | None = None, bank_ref: str | None = None
) -> dict:
    """claims.json of a ledger without bank/ whose D-1 paid 150.00 on 5 October, written as taken back on 10 November
    without its bank_ref (`returned`), or not (yet); `invoiced`: its invoice's amount, if not the default; `bank_ref`:
    the payment's bank entry, if it names one."""
    from incasso.bank.books import read_books
    from incasso.claims.assess import assess
    from incasso.staff.exports import claims_document
    from incasso.staff.returns import bank_returns
    from tests.support.ledgers import payment

    paid = payment(date=date(2026, 10, 5), amount="150.00") | ({"returned": date(2026, 11, 10)} if returned else {})
    paid |= {"bank_ref": bank_ref} if bank_ref else {}
    invoices = [invoice(amount=invoiced)] if invoiced else None
    debtor = valid_debtor(payments=[paid], **({"invoices": invoices} if invoices else {}))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    books = read_books(root, BEFORE)
    claims = [assess(books.ledger, d, BEFORE) for d in books.ledger.debtors]
    written = bank_returns(None, {c.debtor.id: c.returned for c in claims})
    return claims_document(claims, BEFORE, books.ledger.creditor.policy, lambda c: "", returns=written)


def test_a_payment_written_as_returned_without_its_entry_has_a_null_bank_ref_and_an_older_empty_one_is_the_same(
    tmp_path,
):
    """s60 wrote such a payment's bank_ref "" in claims.json, where the format writes an absent thing null (as a
    payment's own bank_ref). The change list reads a claims.json of before as the same payment taken back: listed
    once, the night it was written, not again the night after the upgrade."""
    current = _written_without_entry(tmp_path / "now")
    [back] = current["claims"][0]["payments_returned"]
    assert (back["bank_ref"], back["amount"], back["returned"]) == (None, "150.00", "2026-11-10")
    assert back["written"] == "payments[0].returned"  # s62
    assert '"bank_ref": ""' not in claims_json(current)
    older = read_back(current)
    older["claims"][0]["payments_returned"][0]["bank_ref"] = ""  # as s60 wrote it
    for previous in (older, read_back(current)):
        changes = compare(previous, current)
        assert changes.problem is None and not changes.sections["payments_returned"]
    first = compare(read_back(_written_without_entry(tmp_path / "before", returned=False)), current)
    [taken] = first.sections["payments_returned"]
    assert (taken.id, taken.bank_ref) == ("D-1001", None)
    assert all("betaling  " not in line and "None" not in line for line in lines(first))


WRITTEN = {
    Language.NL: [
        "- D-1001: Open → Vervallen; betaling {payment} teruggeboekt door de bank (zo geschreven in het "
        "dossierbestand)",
        "- D-1001: Betaald → Loopt; betaling {payment} teruggeboekt door de bank (zo geschreven in het dossierbestand)",
        "- D-1001: EUR 150,00 op 5 oktober 2026, teruggeboekt op 10 november 2026; telt niet (zo geschreven in het "
        "dossierbestand)",
    ],
    Language.EN: [
        "- D-1001: Open → Overdue; payment {payment} returned by the bank (as written in the dossier file)",
        "- D-1001: Paid → Active; payment {payment} returned by the bank (as written in the dossier file)",
        "- D-1001: EUR 150.00 on 5 October 2026, returned on 10 November 2026; does not count (as written in the "
        "dossier file)",
    ],
}
NAMED = {
    (Language.NL, None): "van EUR 150,00 op 5 oktober 2026",
    (Language.EN, None): "of EUR 150.00 on 5 October 2026",
    (Language.NL, "C9"): "C9",
    (Language.EN, "C9"): "C9",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
@pytest.mark.parametrize("bank_ref", [None, "C9"], ids=["without its entry", "with its entry"])
def test_a_stage_and_status_a_payment_written_as_returned_moved_say_which_and_that_staff_wrote_it(
    tmp_path, language, bank_ref
):
    """A payment of the whole invoice staff wrote as taken back: the stage and status lines it moved named no payment
    without its bank_ref (s60 said "betaling  teruggeboekt", with no entry to name; s61 nothing), and with one read
    as a statement's return ("betaling C9 teruggeboekt door de bank", until s62). They name it, by its entry or by its
    amount and day, and say staff wrote it so (claims.json's `written`): no statement read says it. So does its line
    under the payments taken back."""
    before = read_back(
        _written_without_entry(tmp_path / "before", returned=False, invoiced="150.00", bank_ref=bank_ref)
    )
    with speaking(language):
        changes = compare(before, _written_without_entry(tmp_path / "after", invoiced="150.00", bank_ref=bank_ref))
    said = statuses(changes, language, "stage") + statuses(changes, language)
    said += statuses(changes, language, "payments_returned")
    payment = NAMED[language, bank_ref]
    assert said == [nb(line.format(payment=payment)) for line in WRITTEN[language]]


def test_a_previous_claims_json_without_written_lists_no_written_return_again(tmp_path):
    """A claims.json of before s62 does not say a return was written (`written`): read as the same return taken
    back, not listed again nor as changed the night after the upgrade."""
    current = _written_without_entry(tmp_path, bank_ref="C9")
    older = read_back(current)
    del older["claims"][0]["payments_returned"][0]["written"]
    changes = compare(older, current)
    assert changes.problem is None and lines(changes) == []


@pytest.mark.parametrize(
    "garbled",
    [
        {"returns": [{"bank_ref": "B1"}]},  # no day, no credit
        {"returns": [None]},
        {"returns": "B1"},
    ],
)
def test_a_previous_claims_json_check_cannot_read_finds_no_return_gone_and_stops_nothing(tmp_path, garbled):
    """A claims.json edited by hand (or of a version to come) that the build would say it could not read: the
    check given it says nothing of returns gone, as the build compares nothing, and does not fail on it."""
    from incasso.staff.changes import released_gone, returns_gone

    current = tonight(tmp_path)
    before = previous(tmp_path) | {"bank": garbled}
    assert compare(before, current).problem is not None
    assert released_gone(before, current) == frozenset()
    assert returns_gone(before, current) == ()


# -- s62: the charges a return names booked apart, said beside staff's answer -------------------------------------

APART = {
    # A return of D-1's 1250.00 whose camt.053.001.08 file names charges booked apart (ChrgInclInd false): alone (it
    # debits the credit's amount), or beside charges in what it debits.
    "apart": ("1250.00", {"charges": "1.00", "charges_apart": True}),
    "both": ("1252.50", {"charges": "2.50", "charges_apart_too": "1.00"}),
}
APART_SAID = {
    ("apart", Language.NL): "- **19 november 2026**: terugboeking B1 van EUR 1.250,00, daarnaast EUR 1,00 kosten die "
    "zij apart geboekt noemt (niet in dit bedrag; voor rekening van de schuldeiser): nam betaling C1 terug (D-1); zo was "
    "hij al gekoppeld. Zo gezet in creditor.yaml onder bank_returns[0]: ING, 20 november",
    ("both", Language.NL): "- **19 november 2026**: terugboeking B1 van EUR 1.252,50, waarvan EUR 2,50 kosten van de "
    "bank (voor rekening van de schuldeiser), daarnaast EUR 1,00 kosten die zij apart geboekt noemt (niet in dit "
    "bedrag; voor rekening van de schuldeiser): nam betaling C1 terug (D-1); zo was hij al gekoppeld. Zo gezet in "
    "creditor.yaml onder bank_returns[0]: ING, 20 november",
    ("apart", Language.EN): "- **19 November 2026**: return B1 of EUR 1,250.00, besides EUR 1.00 in charges it names "
    "booked apart (not in this amount; the creditor's cost): took back payment C1 (D-1); tied so before. So written "
    "in creditor.yaml under bank_returns[0]: ING, 20 november",
    ("both", Language.EN): "- **19 November 2026**: return B1 of EUR 1,252.50, of which EUR 2.50 bank charges (the "
    "creditor's cost), besides EUR 1.00 in charges it names booked apart (not in this amount; the creditor's cost): "
    "took back payment C1 (D-1); tied so before. So written in creditor.yaml under bank_returns[0]: ING, 20 november",
}


def _apart(tmp_path: Path, charges: str, as_of: date, *answers: dict) -> dict:
    """claims.json of D-1's 1250.00 (C1) taken back by B1, whose file names charges booked apart (`APART`)."""
    from tests.staff.test_returns import PAID as CREDITED
    from tests.staff.test_returns import RETURNED as BACK

    creditor = valid_creditor(interest="none", **({"bank_returns": list(answers)} if answers else {}))
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor(id="D-1")])
    paid = Booking("1250.00", CREDITED, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    amount, named = APART[charges]
    back = Booking(amount, BACK, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", **named)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back], version="08")})
    return document(root, as_of)


@pytest.mark.parametrize("charges", ["apart", "both"])
def test_an_answer_on_a_return_says_the_charges_it_names_booked_apart(tmp_path, charges):
    """s61 said a return's charges booked apart on the dossier's bank section ("Daarnaast noemt zij ... kosten, apart
    geboekt") and in claims.json (`charges_apart`), but the change list's line of staff's answer on it named only the
    charges in its amount: the morning clerk reading the answer missed a cost the creditor bears."""
    from tests.staff.test_returns import PAID as CREDITED
    from tests.staff.test_returns import RETURNED as BACK

    said = {"bank_ref": "B1", "date": BACK, "credit": "C1", "credit_date": CREDITED, "reason": "ING, 20 november"}
    before = read_back(_apart(tmp_path / "before", charges, BEFORE))
    assert before["bank"]["returns"][0]["credit"] == "C1"
    after = _apart(tmp_path / "after", charges, AFTER, said)
    for language in (Language.NL, Language.EN):
        with speaking(language):
            changes = compare(before, after)
        assert lines(changes, language) == [nb(APART_SAID[charges, language])]
