"""The overview's bank section: what the statements held, the credits to assign with their likely
dossiers, and what staff should look at."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.bank.reconcile import DOUBLE_COUNTS
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.payments.reference import rf_reference
from incasso.staff.bank_section import BankSection, account_text, bank_credits
from incasso.staff.candidates import Candidates, Why, words
from incasso.staff.language import speaking
from incasso.staff.overview import next_step
from incasso.staff.overview_page import overview_page
from incasso.staff.view import StaffBook, flag_detail, possibly_paid, staff_book
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, line_of, mt940, write_bank
from tests.support.ledgers import (
    HUNDRED,
    event,
    invoice,
    payment,
    plan_debtor,
    valid_creditor,
    valid_debtor,
    write_ledger,
)
from tests.support.site import AS_OF, DEMO_LEDGER

DAY = date(2026, 11, 3)


def nb(text: str) -> str:
    """Money as incasso.fmt writes it: a no-break space after EUR."""
    return text.replace("EUR ", "EUR\xa0")


def book_of(root, as_of=AS_OF) -> StaffBook:
    books = read_books(root, as_of)
    claims = [assess(books.ledger, d, as_of) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, as_of, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


def section_of(root, as_of=AS_OF) -> BankSection:
    return next(s for s in overview_page(book_of(root, as_of)).sections if isinstance(s, BankSection))


def test_statements_that_end_before_the_last_working_day_are_warned_of_at_the_top():
    # The demo's statements run to Friday 20 November: fresh on Sunday 22 and on Monday 23 November
    # (the Monday's own statement comes that evening), seven working days old on 2 December.
    for fresh in (date(2026, 11, 22), date(2026, 11, 23)):
        assert not [n for n in overview_page(book_of(DEMO_LEDGER, fresh)).notices if "bankafschriften" in n]
    (warning,) = [n for n in overview_page(book_of(DEMO_LEDGER, date(2026, 12, 2))).notices if "bankafschriften" in n]
    assert warning.startswith(
        "De bankafschriften lopen tot en met 20 november 2026; daarna 7 bankdagen zonder afschrift. Betalingen van "
        "na 20 november 2026 staan nog niet in de bedragen."
    )


def test_a_statement_missing_over_a_weekend_is_warned_of_on_the_monday(tmp_path):
    # Friday's statement, then Monday's whose opening balance does not follow: one is missing between.
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    friday = camt053(CREDITOR_IBAN, [Booking("100.00", date(2026, 11, 20), ref="F1")], per_day=True)
    monday = camt053(CREDITOR_IBAN, [Booking("40.00", date(2026, 11, 23), ref="M1")], opening="1250.00", per_day=True)
    write_bank(root, {"friday.xml": friday, "monday.xml": monday})
    notices = overview_page(book_of(root, date(2026, 11, 23))).notices
    assert [n for n in notices if n.startswith("Na 20 november 2026 ontbreekt een bankafschrift")]


def test_the_demo_s_bank_section():
    section = section_of(DEMO_LEDGER)
    assert (section.anchor, section.heading, section.count) == ("bank", "Bankafschriften", "1")
    assert section.stamp == (
        "Betalingen verwerkt tot en met 20 november 2026: de laatste dag van het laatste ingelezen afschrift "
        "van NL34 RABO 0372 9184 65."
    )
    assert section.lines == (
        "14 afschriften in 5 bestanden ingelezen.",
        "5 betalingen gekoppeld: 2 op gestructureerd kenmerk, 1 op kenmerk in de omschrijving, 2 op factuurnummer.",
        "1 betaling toegewezen in een dossier (bank_ref).",
        "Overgeslagen: 4 afschrijvingen, 1 nog niet geboekt, 1 van een andere rekening.",
        # Which was read twice and which is kept, each file named once (s49: "(de eerste: X, regel 46 is Y, regel
        # 46)" left the clerk to work out which counted).
        "Twee keer ingelezen, één keer geteld: de boeking op regel 218 van bank/rabobank_camt053_2026-11-16_2026-11-"
        "20.zip/camt053_NL34RABO0372918465_2026-11-16_2026-11-20.xml telt; dezelfde op regel 46 van bank/rabobank_"
        "camt053_2026-11-18.xml is overgeslagen.",
        nb(
            "Teruggeboekt (D-1008): EUR 150,00 ontvangen op 9 nov 2026, teruggeboekt op 12 nov 2026 (teruggevraagd "
            "door de betaler, FOCR); telt niet."
        ),
    )
    [credit] = section.credits
    assert (credit.date, credit.amount, credit.payer, credit.account, credit.text, credit.reference) == (
        "12 nov 2026",
        nb("EUR 2.395,00"),
        "M VD BERG",
        "NL40 ASNB 0708 2441 96",
        "cv ketel merelstraat",
        "2026111200019",
    )
    [candidate] = credit.candidates
    assert (candidate.debtor.id, candidate.debtor.href) == ("D-1001", "d/D-1001.html")
    assert candidate.why == (
        "zelfde bedrag als in het dossier (te betalen, openstaand, open op een factuur met of zonder rente, of een "
        "toezegging of termijn rond die dag); naam lijkt op de betaler"
    )
    # D-1001's file has no payments: yet: the lines bring it (and the note says where they go).
    assert credit.assign == 'payments:\n  - date: 2026-11-12\n    amount: 2395.00\n    bank_ref: "2026111200019"'
    assert section.notes == ()


def test_bookings_found_in_another_export_are_counted_in_words_that_agree(tmp_path):
    # A debit and a credit exported twice: two bookings (not payments), each counted once.
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    data = camt053(CREDITOR_IBAN, [Booking("20.00", DAY, credit=False, ref="D1"), Booking("30.00", DAY, ref="C1")])
    write_bank(root, {"a.xml": data, "b.xml": data})
    # Both files named, and the first booking's place in each: an overlap nobody expected is checked there.
    assert (
        "Twee keer ingelezen, elk één keer geteld: 2 boekingen in bank/a.xml tellen; dezelfde in bank/b.xml zijn "
        "overgeslagen (de eerste op regel 46 van beide)."
    ) in section_of(root).lines
    with speaking(Language.EN):
        english = section_of(root).lines
    assert (
        "Read twice, each counted once: 2 entries in bank/a.xml count; the same ones in bank/b.xml were skipped "
        "(the first on line 46 of both)."
    ) in english


def test_bookings_read_twice_at_other_lines_say_the_line_in_each_file(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    twice = [Booking("20.00", DAY, credit=False, ref="D1"), Booking("30.00", DAY, ref="C1")]
    first = camt053(CREDITOR_IBAN, twice)
    later = camt053(CREDITOR_IBAN, [Booking("40.00", DAY, credit=False, ref="D0"), *twice])  # one more before them
    write_bank(root, {"a.xml": first, "b.xml": later})
    kept, skipped = line_of(first, "<Ntry>"), line_of(later, "<Ntry>", 2)
    assert kept != skipped
    assert (
        "Twee keer ingelezen, elk één keer geteld: 2 boekingen in bank/a.xml tellen; dezelfde in bank/b.xml zijn "
        f"overgeslagen (de eerste op regel {kept} en op regel {skipped})."
    ) in section_of(root).lines


def test_many_duplicates_are_folded_so_the_credits_to_assign_stay_near(tmp_path):
    # A year of statements exported twice a week: a line per file read twice pushed the credits to assign some
    # hundred lines down. Over five such lines, they are folded under one that says nothing is to do.
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    days = [date(2026, 11, n) for n in (2, 3, 4, 5, 6, 9)]
    files = {f"{d}.xml": camt053(CREDITOR_IBAN, [Booking("30.00", d, ref=f"C{d.day}")]) for d in days}
    write_bank(root, {**files, **{f"again-{name}": data for name, data in files.items()}})
    section = section_of(root)
    assert len(section.folded) == 6 and all("één keer geteld" in line for line in section.folded)
    assert not [line for line in section.lines if "één keer geteld" in line]
    assert section.folded_said == (
        "Dubbel ingelezen boekingen en terugboekingen (6 regels): elk al verwerkt, niets te doen; een terugboeking "
        "die nog om contact vraagt, staat bij Signalen (Betaling teruggeboekt)."
    )
    del files[f"{days[-1]}.xml"]  # five: they stand in the list, as before
    for name in list((root / "bank").iterdir()):
        name.unlink()
    write_bank(root, {**files, **{f"again-{name}": data for name, data in files.items()}})
    section = section_of(root)
    assert section.folded == () and len([line for line in section.lines if "één keer geteld" in line]) == 5


def test_a_statement_listed_twice_in_one_file_names_both_lines(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    once = mt940(CREDITOR_IBAN, [Booking("30.00", DAY, ref="C1")])
    write_bank(root, {"ing.sta": once + once})  # the same ING message twice in one download
    second = line_of(once + once, ":61:", 2)
    assert (
        f"Twee keer in één bestand, één keer geteld: de boeking op regel {line_of(once, ':61:')} van bank/ing.sta "
        f"telt; dezelfde op regel {second} is overgeslagen."
    ) in section_of(root).lines


def test_a_credit_taken_back_names_its_dossier_and_why_once_whatever_the_exports_listing_it(tmp_path):
    # A direct debit the debtor had reversed (MD06) may be the first sign of a dispute: whose was it, and why.
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    paid = Booking("1200.00", DAY, ref="C1", scor=rf_reference("D-1"))
    back = Booking("1200.00", date(2026, 11, 5), credit=False, ref="B1", return_reason="MD06")
    # The same credit in both formats under other references (no end-to-end reference): one return takes
    # back both listings, and is one line.
    write_bank(
        root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back]), "a.sta": mt940(CREDITOR_IBAN, [replace(paid, ref="M1")])}
    )
    lines = [line for line in section_of(root).lines if line.startswith("Teruggeboekt")]
    assert lines == [
        nb(
            "Teruggeboekt (D-1): EUR 1.200,00 ontvangen op 3 nov 2026, teruggeboekt op 5 nov 2026 (terugboeking op "
            "verzoek van de betaler, MD06); telt niet."
        )
    ]


RETURN_CHARGES = {
    Language.NL: "Bankboeking B1 boekt betaling C1 (EUR 1.200,00) terug en schrijft EUR 1.202,50 af: EUR 2,50 meer, "
    "kosten die de bank erbij afschreef (bijvoorbeeld een vergoeding voor de bank van de debiteur), zoals de boeking "
    "zelf zegt. Die kosten zijn voor rekening van de schuldeiser, niet van de debiteur: boek ze als eigen kosten. De "
    "debiteur is de EUR 1.200,00 weer verschuldigd; zijn pagina en brieven noemen alleen die terugboeking, nooit de "
    "kosten. Zijn de kosten geboekt, zet dat dan in creditor.yaml met de regels hieronder: dan gaat deze melding weg. "
    "Plak ze aan het eind van creditor.yaml, bank_returns: vooraan de regel (zoals bank_set_aside:).",
    Language.EN: "Bank entry B1 takes back payment C1 (EUR 1,200.00) and debits EUR 1,202.50: EUR 2.50 more, charges "
    "the bank added (the debtor's bank's compensation, say), as the entry itself says. Those charges are the "
    "creditor's cost, not the debtor's: book them as your own costs. The debtor owes the EUR 1,200.00 again; their "
    "page and letters mention only that return, never the charges. Once the charges are booked, say so in "
    "creditor.yaml with the lines below: this note then goes. Paste them at the end of creditor.yaml, bank_returns: "
    "at the start of the line (as bank_set_aside:).",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_with_charges_names_them_the_creditor_s_cost_on_its_credit_s_dossier(tmp_path, language):
    # A direct debit refunded (MD06) with the debtor's bank's compensation on top, as the entry says (InstdAmt).
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    paid = Booking("1200.00", DAY, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    back = Booking("1202.50", date(2026, 11, 5), credit=False, ref="B1", return_reason="MD06", end_to_end="E1")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, replace(back, instructed="1200.00")])})
    with speaking(language):
        section = section_of(root)
    returned = [line for line in section.lines if line.startswith(("Teruggeboekt", "Returned"))]
    assert len(returned) == 1 and nb("EUR 1.200,00" if language == Language.NL else "EUR 1,200.00") in returned[0]
    notes = [(n.debtor.id if n.debtor else None, n.text) for n in section.notes]
    assert notes == [("D-1", nb(RETURN_CHARGES[language]))]


RETURN_CHARGES_UNTIED = {
    Language.NL: "Bankboeking B1 schrijft EUR 152,50 af: EUR 150,00 teruggeboekt van een betaling en EUR 2,50 kosten "
    "(voor rekening van de schuldeiser). Die noemt geen betaler, en meer dan één betaling van EUR 150,00 kan de "
    "teruggeboekte zijn (de laatste: C2). Daarom geldt geen van die betalingen als teruggeboekt: ze tellen allemaal "
    "nog mee. Vraag de bank welke het was, en zet haar antwoord in creditor.yaml met de regels hieronder: bij credit "
    "de betaling die zij noemt, of none als het geen van deze was. Dan gaat deze melding weg. Plak ze aan het eind "
    "van creditor.yaml, bank_returns: vooraan de regel (zoals bank_set_aside:).",
    Language.EN: "Bank entry B1 debits EUR 152.50: EUR 150.00 taken back of a payment and EUR 2.50 in charges (the "
    "creditor's cost). It names no payer, and more than one payment of EUR 150.00 may be the one returned (the "
    "latest: C2). So none is taken back: each still counts. Ask the bank which it was, and write its answer in "
    "creditor.yaml with the lines below: under credit the payment it names, or none if it was none of these. This "
    "note then goes. Paste them at the end of creditor.yaml, bank_returns: at the start of the line (as "
    "bank_set_aside:).",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_with_charges_of_one_of_two_credits_of_its_amount_asks_staff_to_ask_the_bank(tmp_path, language):
    # Until s56's review the Dutch said "Daarom is er geen teruggeboekt: ze tellen alle nog.", not Dutch.
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2)]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    one = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), iban=None)
    two = Booking("150.00", DAY + timedelta(days=1), ref="C2", scor=rf_reference("D-2"), iban=None)
    back = Booking("152.50", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", iban=None)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [one, two, replace(back, instructed="150.00")])})
    with speaking(language):
        section = section_of(root)
    assert [n.text for n in section.notes] == [nb(RETURN_CHARGES_UNTIED[language])]


RETURN_GUESSED = {
    Language.NL: "Bankboeking B1 boekt EUR 150,00 terug en noemt geen betaler. Die is gekoppeld aan de laatste "
    "betaling van dat bedrag (C2), maar een andere betaling van dat bedrag kan de teruggeboekte zijn: vraag het de "
    "bank, en zet haar antwoord in creditor.yaml met de regels hieronder: bij credit de betaling die zij noemt, of "
    "none als het geen van deze was. Dan gaat deze melding weg. Plak ze aan het eind van creditor.yaml, bank_returns: "
    "vooraan de regel (zoals bank_set_aside:).",
    Language.EN: "Bank entry B1 returns EUR 150.00 and names no payer. It is matched to the last payment of that "
    "amount (C2), but another payment of that amount may be the one returned: ask the bank, and write its answer in "
    "creditor.yaml with the lines below: under credit the payment it names, or none if it was none of these. This "
    "note then goes. Paste them at the end of creditor.yaml, bank_returns: at the start of the line (as "
    "bank_set_aside:).",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_return_of_one_of_two_credits_of_its_amount_says_which_it_took_and_to_ask_the_bank(tmp_path, language):
    # s56: the Dutch said "Hij is gekoppeld" right after "noemt geen betaler": the entry is tied, not a payer.
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2)]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    one = Booking("150.00", DAY, ref="C1", scor=rf_reference("D-1"), iban=None)
    two = Booking("150.00", DAY + timedelta(days=1), ref="C2", scor=rf_reference("D-2"), iban=None)
    back = Booking("150.00", date(2026, 11, 10), credit=False, ref="B1", return_reason="MD06", iban=None)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [one, two, back])})
    with speaking(language):
        section = section_of(root)
    assert nb(RETURN_GUESSED[language]) in [n.text for n in section.notes], section.notes


def test_the_section_counts_in_the_summary_and_the_contents():
    page = overview_page(book_of(DEMO_LEDGER))
    assert [s.anchor for s in page.sections] == ["vandaag", "brieven", "signalen", "bank", "ouderdom", "dossiers"]
    assert any(f.label == "Te koppelen betalingen" and f.value == "1" and f.href == "#bank" for f in page.summary)


def test_a_ledger_without_a_bank_folder_has_no_bank_section(tmp_path):
    root = write_ledger(tmp_path, debtors=[valid_debtor()])
    assert bank_credits(book_of(root)) is None
    assert "bank" not in [s.anchor for s in overview_page(book_of(root)).sections]


@pytest.mark.parametrize(
    ("language", "stamp"),
    [
        (
            Language.NL,
            "Nog geen bankafschriften in bank/: betalingen komen alleen uit de dossiers. Zet de afschriften van "
            "{account} in bank/, dan worden betalingen vanzelf gekoppeld.",
        ),
        (
            Language.EN,
            "No bank statements in bank/ yet: payments come only from the dossiers. Put the statements of {account} "
            "in bank/, and payments are linked automatically.",
        ),
    ],
)
def test_an_empty_bank_folder_is_said_as_the_normal_state_it_is(tmp_path, language, stamp):
    # Before the first export nothing is wrong: no "0 statements from 0 files", nor "all payments are linked".
    root = write_ledger(tmp_path, debtors=[valid_debtor()])
    (root / "bank").mkdir()
    with speaking(language):
        section = section_of(root)
    assert section.stamp == stamp.format(account=account_text(CREDITOR_IBAN))
    assert (section.lines, section.credits, section.empty) == ((), (), "")


@pytest.fixture
def ledger_with_history(tmp_path):
    """Three dossiers; the Jansen family's account paid for D-2 before (a hand-written payment names it)."""
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none"),
        debtors=[
            valid_debtor(id="D-1", name="Installatiebedrijf Jansen B.V.", invoices=[invoice(number="F2026-1")]),
            valid_debtor(
                id="D-2",
                name="P. Jansen",
                invoices=[invoice(number="F2026-2", amount=Decimal("480.00"))],
                payments=[payment(date=DAY, amount=Decimal("100.00"), bank_ref="OLD")],
            ),
            valid_debtor(
                id="D-3", name="Bakkerij Smit", invoices=[invoice(number="F2026-3", amount=Decimal("390.00"))]
            ),
        ],
    )
    return root


def test_candidates_by_text_account_amount_and_name(ledger_with_history):
    named = Booking("20.00", DAY, ref="N1", text="F2026-1 en F2026-3", iban="NL11RABO0000000001", name="X")
    earlier = Booking("100.00", DAY, ref="OLD", iban="NL22INGB0000000002", name="fam Jansen")
    again = Booking("12.00", date(2026, 11, 5), ref="A1", iban="NL22INGB0000000002", name="Familie J.")
    amount = Booking("390.00", date(2026, 11, 6), ref="M1", iban="NL33ABNA0000000003", name="Someone")
    name = Booking("1.00", date(2026, 11, 6), ref="W1", iban="NL44ABNA0000000004", name="JANSEN P")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [named, earlier, again, amount, name])})
    book = book_of(ledger_with_history)
    assert book.bank is not None
    index = Candidates(book.rows, book.bank)
    found = {u.entry.reference: [(c.row.id, c.why) for c in index.of(u)] for u in book.bank.unmatched}
    assert found["N1"] == [("D-1", (Why.NAMED,)), ("D-3", (Why.NAMED,))]
    assert found["A1"] == [("D-2", (Why.SAME_ACCOUNT,))]
    assert found["M1"] == [("D-3", (Why.AMOUNT,))]
    assert found["W1"] == [("D-1", (Why.NAME,)), ("D-2", (Why.NAME,))]


def candidates_of(root, credit: Booking, as_of=AS_OF) -> list[tuple[str, tuple[Why, ...]]]:
    """The candidates of the one unmatched `credit` in a ledger at `root`."""
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    book = book_of(root, as_of)
    assert book.bank is not None
    [unmatched] = book.bank.unmatched
    return [(c.row.id, c.why) for c in Candidates(book.rows, book.bank).of(unmatched)]


def test_a_debtor_whose_name_shares_more_words_with_the_payer_s_comes_first(tmp_path):
    family = ["Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Gerda", "Henk"]
    people = [
        valid_debtor(id=f"D-{n}", name=f"{first} Jansen", invoices=[invoice(number=f"F2026-{n}")])
        for n, first in enumerate(family, start=1)
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    found = candidates_of(root, Booking("99.00", DAY, ref="K1", text="termijn", name="Henk Jansen"))
    assert found[0] == ("D-8", (Why.NAME,))
    assert [i for i, _ in found[1:]] == ["D-1", "D-2", "D-3", "D-4"]


def test_a_payer_named_as_the_debtor_comes_first_however_common_the_name_s_words(tmp_path):
    # Ten other Henks and ten other Jansens: each word alone is too common to point at anyone, so the payer
    # 'Henk Jansen' found no dossier, or the first Henks by number (the assignment box then held their file).
    others = [f"Henk {s}" for s in ("Bos", "Kok", "Vos", "Smit", "Wit", "Mol", "Dam", "Bakker", "Visser", "Meijer")]
    others += [f"{f} Jansen" for f in ("Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Gerda", "Ivo", "Jan", "Kim")]
    people = [
        valid_debtor(id=f"D-{n:02}", name=name, invoices=[invoice(number=f"F2026-{n}")])
        for n, name in enumerate(others, start=1)
    ]
    henk = valid_debtor(id="D-99", name="Henk Jansen", invoices=[invoice(number="F2026-99")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[*people, henk])
    found = candidates_of(root, Booking("99.00", DAY, ref="K1", text="termijn", name="H. JANSEN HENK"))
    assert found == [("D-99", (Why.NAME,))]


def test_among_names_found_a_common_word_shared_ranks_first(tmp_path):
    # 'jansen' is in ten names (too common to find one), 'daan' in three: Daan Jansen first among the Daans.
    jansens = [f"{f} Jansen" for f in ("Anna", "Bram", "Carla", "Eva", "Frank", "Gerda", "Ivo", "Jan", "Kim")]
    names = [*jansens, "Daan Bos", "Daan Kok", "Daan Jansen"]
    people = [
        valid_debtor(id=f"D-{n:02}", name=name, invoices=[invoice(number=f"F2026-{n}")])
        for n, name in enumerate(names, start=1)
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    found = candidates_of(root, Booking("99.00", DAY, ref="K1", text="termijn", name="Daan Jansen"))
    assert [i for i, _ in found] == ["D-12", "D-10", "D-11"]


def test_a_dossier_whose_file_holds_this_very_payment_is_not_cut_behind_five_namesakes(tmp_path):
    # D-P's file holds a payment of 99.00 that day without bank_ref (the strongest reason); six Jansens share
    # one word with the payer 'K. Jansen'. The words shared rank names alike only, not above a stronger reason.
    jansens = [
        valid_debtor(id=f"D-{n}", name=f"{first} Jansen", invoices=[invoice(number=f"F2026-{n}")])
        for n, first in enumerate(["Anna", "Bram", "Carla", "Daan", "Eva", "Frank"], start=1)
    ]
    pieters = valid_debtor(
        id="D-P",
        name="Pietersen Bouw",
        invoices=[invoice(number="F2026-P")],
        payments=[payment(date=DAY, amount=Decimal("99.00"))],
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[*jansens, pieters])
    found = candidates_of(root, Booking("99.00", DAY, ref="K1", text="termijn", name="K. Jansen"))
    assert found[0] == ("D-P", (Why.WRITTEN,))


def test_a_late_payer_who_pays_what_the_invoice_has_open_without_interest_is_a_candidate(tmp_path):
    # Interest runs since 4 February: what is open with it is more than the invoice, and than what is left of it.
    people = [
        valid_debtor(id="D-1"),
        valid_debtor(
            id="D-2",
            name="Anouk de Wit",
            invoices=[invoice(number="F2026-2")],
            payments=[payment(date=date(2026, 2, 20), amount=Decimal("250.00"))],
        ),
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(), debtors=people)
    for amount, debtor_id in (("1250.00", "D-1"), ("1000.00", "D-2")):
        credit = Booking(amount, DAY, ref="K2", text="betaling", name="Onbekende Naam")
        assert candidates_of(root, credit) == [(debtor_id, (Why.AMOUNT,))]


def test_names_are_compared_by_their_telling_words():
    assert words("M. van den Berg") == {"berg"}
    assert words("Restaurant De Gulden Waag V.O.F.") == {"restaurant", "gulden", "waag", "v.o.f."} - {"v.o.f."}
    assert words("Dhr. José Müller") == {"jose", "muller"}


def _with_noted_entries(root: Path) -> Path:
    """The ledger with a credit its dossier's file holds by hand, and a return of a credit in no statement read."""
    entries = [
        Booking("150.00", DAY, ref="R1", scor=rf_reference("D-1")),
        Booking("77.00", DAY, credit=False, ref="R5", return_reason="FOCR"),
    ]
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text() + "payments:\n  - date: 2026-11-04\n    amount: 150.00\n", encoding="utf-8")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, entries)})
    return root


def test_the_notes_name_the_dossier(ledger_with_history):
    notes = section_of(_with_noted_entries(ledger_with_history)).notes
    assert [(n.debtor.id if n.debtor else None, n.text.replace("\xa0", " ")) for n in notes] == [
        (
            None,
            "Bankboeking R5 boekt EUR 77,00 terug van een betaling die in geen ingelezen afschrift staat, en geen "
            "betaling in een dossierbestand noemt er een (met bank_ref, van een weggezet afschrift). Staat die "
            "betaling in een dossierbestand, zet dan de bankboeking ervan erbij als bank_ref (het afschrift noemt "
            "hem) en laat hem staan: dan boekt deze terugboeking hem terug en blijft ze bij dat dossier. (Boekt de "
            "bank minder terug dan er binnenkwam, omdat zij kosten inhield, dan vindt de koppeling de betaling niet: "
            "kijk het dan na.)",
        ),
        ("D-2", "De betaling met bank_ref OLD staat in geen ingelezen afschrift; hij telt zoals geschreven."),
        (
            "D-1",
            "De betaling van 4 nov 2026 (EUR 150,00) in het dossierbestand lijkt bankboeking R1, bijgeschreven op "
            "3 nov 2026: is het dezelfde, vervang die betaling dan door deze regels (met de datum waarop de bank hem "
            "bijschreef, anders wordt het dossier geweigerd); nu telt hij twee keer.",
        ),
    ]
    assert [n.lines for n in notes] == [None, None, '  - date: 2026-11-03\n    amount: 150.00\n    bank_ref: "R1"']


def test_the_notes_in_english_say_a_payment_is_in_no_statement_read(ledger_with_history):
    """s60's review: "in no statement read in" (a word left over) in both English notes of an entry not read."""
    with speaking(Language.EN):
        notes = section_of(_with_noted_entries(ledger_with_history)).notes
    said = {n.debtor.id if n.debtor else None: n.text.replace("\xa0", " ") for n in notes}
    assert said[None].startswith(
        "Bank entry R5 returns EUR 77.00 of a payment that is in no statement read, and no payment in a debtor's "
        "file names one (with bank_ref, from a statement taken out). "
    ), said[None]
    assert said["D-2"] == "The payment with bank_ref OLD is in no statement read; it counts as written."


def test_a_refund_that_came_back_is_a_note_on_its_dossier_with_the_bank_s_reason(tmp_path):
    refund = {"date": date(2026, 11, 2), "type": "refund", "amount": Decimal("10.00")}
    paid = payment(date=date(2026, 10, 20), amount=Decimal("1260.00"))  # 10.00 more than the invoice
    debtor = valid_debtor(id="D-3", name="Bakkerij Smit", payments=[paid], events=[refund])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    out = Booking("10.00", date(2026, 11, 2), credit=False, ref="OUT1", end_to_end="REFUND-3")  # our transfer
    back = Booking("10.00", DAY, ref="BACK1", return_reason="AC04", end_to_end="REFUND-3")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [out, back])})
    notes = [n for n in section_of(root).notes if n.debtor and n.debtor.id == "D-3"]
    assert [n.text.replace("\xa0", " ") for n in notes] == [
        "De terugbetaling van EUR 10,00 op 2 nov 2026 (refund in het dossierbestand) is op 3 nov 2026 teruggekomen "
        "(bankboeking BACK1, rekening opgeheven, AC04): de debiteur heeft het geld niet. Haal die refund uit het "
        "dossierbestand (het tegoed staat dan weer open) en betaal opnieuw, naar een rekening die werkt. Tot dan "
        "zegt de pagina van de debiteur dat het bedrag terugkwam."
    ]


def test_the_lines_a_looks_like_note_gives_assign_the_credit_once(ledger_with_history):
    # What the note says is all it takes: the bank's day, not the one written (else the ledger is refused),
    # and the invoice the payment named.
    path = ledger_with_history / "debtors" / "D-1.yaml"
    written = "  - date: 2026-11-04\n    amount: 150.00\n    invoice: F2026-1\n"
    path.write_text(path.read_text() + "payments:\n" + written, encoding="utf-8")
    booked = Booking("150.00", date(2026, 11, 4), valued=DAY, ref="R1", scor=rf_reference("D-1"))
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [booked])})
    [note] = [n for n in section_of(ledger_with_history).notes if n.debtor and n.debtor.id == "D-1"]
    assert note.lines == '  - date: 2026-11-03\n    amount: 150.00\n    bank_ref: "R1"\n    invoice: "F2026-1"'
    path.write_text(path.read_text().replace(written, note.lines + "\n"), encoding="utf-8")
    book = book_of(ledger_with_history)
    assert book.bank is not None and not [n for n in book.bank.notes if n.debtor_id == "D-1"]
    payments = next(r for r in book.rows if r.id == "D-1").claim.debtor.payments
    assert [(p.date, p.amount, p.invoice, p.bank_ref) for p in payments] == [(DAY, Decimal("150.00"), "F2026-1", "R1")]


def test_a_dossier_page_says_where_each_payment_came_from():
    from incasso.staff.dossier_page import dossier_page

    book = book_of(DEMO_LEDGER)
    rows = {r.id: r for r in book.rows}
    ids = ("D-1004", "D-1011", "D-1012", "D-1014")
    origins = {i: [p.origin for p in dossier_page(book, rows[i]).payments] for i in ids}
    # With the paying account, where a bank entry names it: a credit is refunded there (D-1014).
    assert origins == {
        "D-1004": ["bankafschrift (2026111800014), van NL91 RABO 0317 6504 28"],
        "D-1011": ["dossierbestand", "dossierbestand, bankboeking 2610300042, van NL32 INGB 0006 5183 29"],
        "D-1012": ["dossierbestand", "dossierbestand"],
        "D-1014": ["bankafschrift (2026110400027), van NL91 RABO 0317 6504 28"],
    }


class _Counted(tuple):
    """The bank's matched credits, counting how often they are walked."""

    walked = 0

    def __iter__(self):
        _Counted.walked += 1
        return super().__iter__()


def test_the_dossier_pages_read_the_bank_s_credits_once_not_once_each():
    # s41: each dossier page walked every credit read for its payments' origins: at 20,000 dossiers and a year
    # of statements (19,000 credits) the build went from 77 s to over 45 minutes.
    from incasso.staff.dossier_page import dossier_page

    book = book_of(DEMO_LEDGER)
    assert book.bank is not None
    counted = replace(book, bank=replace(book.bank, matched=_Counted(book.bank.matched)))
    _Counted.walked = 0
    pages = [dossier_page(counted, row) for row in counted.rows]
    assert _Counted.walked <= 2  # the references matched, the accounts paid from
    assert [p.payments for p in pages] == [dossier_page(book, row).payments for row in book.rows]


def test_a_dossier_a_bank_credit_may_belong_to_gives_the_payment_to_paste_as_the_overview_does():
    from incasso.staff.dossier_page import dossier_page

    book = book_of(DEMO_LEDGER)
    rows = {r.id: r for r in book.rows}
    (credit,) = section_of(DEMO_LEDGER).credits
    (assign,) = dossier_page(book, rows["D-1001"]).assign  # the unassigned EUR 2.395,00 names its invoice
    assert assign.lines == credit.assign
    assert assign.intro.startswith(
        "Is de betaling van EUR\xa02.395,00 op 12 november 2026 in de bank van deze debiteur? Plak dit dan aan het "
        "eind van "
    )
    assert "debtors/D-1001.yaml" in assign.intro
    assert dossier_page(book, rows["D-1004"]).assign == ()


def test_every_credit_that_may_be_a_dossier_s_has_its_own_payment_to_paste(ledger_with_history):
    from incasso.staff.dossier_page import dossier_page

    # Two credits from the account that paid for D-2 before: either may be its; the page offers both.
    earlier = Booking("100.00", DAY, ref="OLD", iban="NL22INGB0000000002", name="fam Jansen")
    one = Booking("12.00", date(2026, 11, 5), ref="A1", iban="NL22INGB0000000002", name="Familie J.")
    two = Booking("30.00", date(2026, 11, 6), ref="A2", iban="NL22INGB0000000002", name="Familie J.")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [earlier, one, two])})
    book = book_of(ledger_with_history)
    row = next(r for r in book.rows if r.id == "D-2")
    assigns = dossier_page(book, row).assign
    assert [a.lines.rsplit('"', 2)[1] for a in assigns] == ["A1", "A2"]


def test_a_dossier_suggested_for_its_name_alone_shows_the_credit_in_the_staff_language(ledger_with_history):
    from incasso.staff.dossier_page import dossier_page

    # "JANSEN P" is like both Jansens' names: no flag (a name alone), yet each dossier page shows the credit.
    name = Booking("1.00", date(2026, 11, 6), ref="W1", iban="NL44ABNA0000000004", name="JANSEN P", text="nov")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [name])})
    book = book_of(ledger_with_history)
    rows = {r.id: r for r in book.rows}
    assert not [f for r in book.rows for f in r.flags if f.kind == "possible_payment"]
    other = {"D-1": "P. Jansen (D-2)", "D-2": "Installatiebedrijf Jansen B.V. (D-1)"}
    for debtor_id in ("D-1", "D-2"):
        (credit,) = dossier_page(book, rows[debtor_id]).assign
        assert credit.credit == (
            "Mogelijk van deze debiteur (naam lijkt op de betaler): EUR\xa01,00, bijgeschreven op 6 november 2026, "
            "van JANSEN P (NL44ABNA0000000004), omschrijving: nov, bankboeking W1. Nog aan geen dossier gekoppeld. "
            f"Ook mogelijk van: {other[debtor_id]}. Wijs hem toe aan wie hem betaalde."
        )
        # D-2's file has payments: already, D-1's none yet: the lines bring it there.
        first = "" if debtor_id == "D-2" else "payments:\n"
        assert credit.lines == first + '  - date: 2026-11-06\n    amount: 1.00\n    bank_ref: "W1"'
    assert dossier_page(book, rows["D-3"]).assign == ()
    with speaking(Language.EN):
        (credit,) = dossier_page(book, rows["D-2"]).assign
    assert credit.credit == (
        "Possibly from this debtor (name resembles the payer's): EUR\xa01.00, credited on 6 November 2026, from "
        "JANSEN P (NL44ABNA0000000004), description: nov, bank entry W1. Not linked to any dossier yet. Possibly "
        "also from: Installatiebedrijf Jansen B.V. (D-1). Assign it to whoever paid it."
    )


def test_a_credit_the_file_holds_already_says_so_on_the_dossier_page(ledger_with_history):
    from incasso.staff.dossier_page import dossier_page

    path = ledger_with_history / "debtors" / "D-3.yaml"
    path.write_text(path.read_text() + "payments:\n  - date: 2026-11-05\n    amount: 42.00\n", encoding="utf-8")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [Booking("42.00", DAY, ref="H1", name=None)])})
    book = book_of(ledger_with_history)
    (credit,) = dossier_page(book, next(r for r in book.rows if r.id == "D-3")).assign
    # No payer's name, no text: the account alone, and no empty "omschrijving:" (nor the overview's "hiernaast").
    assert credit.credit == (
        "Mogelijk van deze debiteur (staat al in dit dossierbestand zonder bank_ref): EUR\xa042,00, bijgeschreven op "
        "3 november 2026, van NL20 INGB 0001 2345 67, bankboeking H1. Nog aan geen dossier gekoppeld."
    )


def test_a_credit_already_written_by_hand_points_at_that_payment(ledger_with_history):
    path = ledger_with_history / "debtors" / "D-3.yaml"
    path.write_text(path.read_text() + "payments:\n  - date: 2026-11-05\n    amount: 42.00\n", encoding="utf-8")
    write_bank(
        ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [Booking("42.00", DAY, ref="H1", text="x", name="X")])}
    )
    [credit] = section_of(ledger_with_history).credits
    assert [(c.debtor.id, c.why) for c in credit.candidates] == [
        ("D-3", "staat al in het dossierbestand zonder bank_ref: vervang die betaling door de regels hiernaast")
    ]
    # Not a second payment: the one the file holds (dated 5 November) is replaced, with the bank's date,
    # which a payment naming the entry must have (else the ledger is refused).
    assert credit.assign == '  - date: 2026-11-03\n    amount: 42.00\n    bank_ref: "H1"'
    assert credit.assign_note == (
        "Staat al in het dossierbestand van D-3: vervang die betaling door deze regels (met de datum waarop de bank "
        "hem bijschreef); zet er geen tweede bij."
    )
    replaced = path.read_text().replace("  - date: 2026-11-05\n    amount: 42.00\n", credit.assign + "\n")
    path.write_text(replaced, encoding="utf-8")
    assert section_of(ledger_with_history).credits == ()  # assigned, once


def test_a_credit_booked_after_its_value_date_is_shown_and_assigned_with_its_value_date(ledger_with_history):
    # The day the money was credited (art. 6:114 lid 2 BW), which a payment naming the entry must have.
    booking = Booking("42.00", date(2026, 11, 5), valued=DAY, ref="V1", text="x", name="X")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [booking])})
    [credit] = section_of(ledger_with_history).credits
    assert (credit.date, credit.date_iso) == ("3 nov 2026", "2026-11-03")
    # No dossier found: the lines bring `payments:`, for a file without it (D-3's).
    assert credit.assign == 'payments:\n  - date: 2026-11-03\n    amount: 42.00\n    bank_ref: "V1"'
    path = ledger_with_history / "debtors" / "D-3.yaml"
    path.write_text(path.read_text() + credit.assign + "\n", encoding="utf-8")
    assert section_of(ledger_with_history).credits == ()  # assigned as pasted: the ledger is not refused


def test_a_credit_assigned_by_bank_ref_beside_the_same_payment_written_by_hand_is_a_note(ledger_with_history):
    """Staff pasted the credit with its bank_ref but kept the payment they wrote before: it counts twice."""
    path = ledger_with_history / "debtors" / "D-3.yaml"
    path.write_text(
        path.read_text()
        + "payments:\n  - date: 2026-11-05\n    amount: 42.00\n  - date: 2026-11-03\n    amount: 42.00\n"
        + '    bank_ref: "H1"\n',
        encoding="utf-8",
    )
    write_bank(
        ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [Booking("42.00", DAY, ref="H1", text="x", name="X")])}
    )
    section = section_of(ledger_with_history)
    assert section.credits == ()
    assert [(n.debtor.id if n.debtor else None, n.text.replace("\xa0", " ")) for n in section.notes][1:] == [
        (
            "D-3",
            "De betaling van 5 nov 2026 (EUR 42,00) in het dossierbestand heeft geen bank_ref, en een andere "
            "betaling in hetzelfde bestand noemt bankboeking H1 al: is het dezelfde, haal dan de betaling zonder "
            "bank_ref weg; nu telt hij twee keer.",
        )
    ]
    # The same kind of doubt as a credit a rule matched: a credit it leaves is checked before it is refunded.
    assert [n.kind for n in book_of(ledger_with_history).bank.notes] == ["unknown_bank_ref", "written_twice"]
    assert "written_twice" in DOUBLE_COUNTS


def test_a_dossier_an_unassigned_credit_may_be_for_is_flagged_before_its_letter_goes():
    """The demo's EUR 2.395,00 of 12 November is D-1001's invoice amount: a reminder sent now may be
    sent to someone who paid. The work row and the dossier say to look first."""
    book = book_of(DEMO_LEDGER)
    row = next(r for r in book.rows if r.id == "D-1001")
    [flag] = [f for f in row.flags if f.kind == "possible_payment"]
    assert flag_detail(flag).replace("\xa0", " ") == (
        "EUR 2.395,00 van 12 november 2026 (bankboeking 2026111200019) is nog aan geen dossier gekoppeld en kan "
        "van dit dossier zijn: eerst nakijken en toewijzen (Bankafschriften), dan pas een brief sturen"
    )
    others = [r.id for r in book.rows if any(f.kind == "possible_payment" for f in r.flags)]
    assert others == ["D-1001"]  # only the dossiers the bank section names as candidates


def test_a_likeness_of_name_alone_or_a_credit_older_than_the_invoices_flags_no_dossier(ledger_with_history):
    early = Booking("390.00", date(2025, 12, 1), ref="E1", iban="NL33ABNA0000000003", name="Someone")
    name = Booking("1.00", date(2026, 11, 6), ref="W1", iban="NL44ABNA0000000004", name="JANSEN P")
    again = Booking("12.00", date(2026, 11, 5), ref="A1", iban="NL22INGB0000000002", name="Familie J.")
    earlier = Booking("100.00", DAY, ref="OLD", iban="NL22INGB0000000002", name="fam Jansen")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [early, name, again, earlier])})
    book = book_of(ledger_with_history)
    flagged = {r.id: [f.ref for f in r.flags if f.kind == "possible_payment"] for r in book.rows}
    # E1 has D-3's amount but was booked before D-3's invoice; W1 only looks like the names; A1 came from
    # the account that paid D-2 before: D-2 is the one to look at, once.
    assert flagged == {"D-1": [], "D-2": ["A1"], "D-3": []}


def test_a_reference_on_one_day_with_two_amounts_is_a_note_with_both(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(), debtors=[valid_debtor()])
    first = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="betaling")])
    copy = camt053(CREDITOR_IBAN, [Booking("1500.00", DAY, ref="R1", text="betaling")])
    write_bank(root, {"a.xml": first, "b.xml": copy})
    [note] = section_of(root).notes
    assert (note.debtor, note.text) == (
        None,
        nb(
            "Bankboeking R1 staat op 3 nov 2026 twee keer in de afschriften, met EUR 150,00 en met EUR 1.500,00: "
            "beide tellen nu. Is een van beide een kopie, haal dat bestand dan uit bank/."
        ),
    )


def test_the_search_finds_a_dossier_by_the_account_its_bank_payments_came_from():
    from incasso.staff.entries import book_entries

    found = {e.id for e in book_entries(book_of(DEMO_LEDGER)) if "nl91rabo0317650428" in e.search.split("\n")}
    assert found == {"D-1004", "D-1014"}  # one payer's account paid for two dossiers
    named = next(e for e in book_entries(book_of(DEMO_LEDGER)) if e.id == "D-1011")
    assert "nl32ingb0006518329" in named.search.split("\n")  # a credit staff assigned by bank_ref counts too


def test_the_search_finds_the_likely_dossiers_of_an_unassigned_credit_by_its_account():
    # The credit of EUR 2.395,00 from NL40ASNB0708244196 is listed under Bankafschriften as "mogelijk van
    # D-1001": staff with that bank line in hand type its account, and found nothing.
    from incasso.staff.entries import book_entries

    book = book_of(DEMO_LEDGER)
    [credit] = bank_credits(book) or ()
    assert [c.debtor.id for c in credit.candidates] == ["D-1001"]
    found = {e.id for e in book_entries(book) if "nl40asnb0708244196" in e.search.split("\n")}
    assert found == {"D-1001"}


def test_an_unmatched_credit_with_only_a_betalingskenmerk_shows_it(tmp_path, capsys):
    from incasso.cli.main import main

    root = write_ledger(tmp_path, creditor=valid_creditor(), debtors=[valid_debtor()])
    kenmerk = Booking("685.00", DAY, ref="K1", scor="5000001234567890", text=None)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [kenmerk])})
    [credit] = section_of(root).credits
    assert credit.text == "5000001234567890"  # what the payer quoted, though it names no dossier
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    assert "('5000001234567890', " in capsys.readouterr().out


def test_a_payment_dated_on_the_booking_day_of_a_credit_valued_earlier_is_a_note_with_the_day_to_write(tmp_path):
    booked = date(2026, 11, 6)
    named = payment(date=booked, amount=Decimal("150.00"), bank_ref="C1")
    root = write_ledger(
        tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1", payments=[named])]
    )
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", booked, valued=DAY, ref="C1")])})
    (note,) = section_of(root).notes
    assert note.text == nb(
        "De betaling met bank_ref C1 staat op 6 nov 2026, de dag dat de bank hem boekte; de bank schreef hem bij op "
        "3 nov 2026 (valutadatum), en vanaf die dag telt hij: zet de datum in het dossierbestand op 3 nov 2026."
    )


def test_a_credit_on_another_account_that_names_a_dossier_is_a_note_on_that_dossier(tmp_path):
    debtor = valid_debtor(id="D-3", name="Bakkerij Smit")
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    old = Booking("150.00", DAY, ref="OLD1", scor=rf_reference("D-3"))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, []), "old.xml": camt053("NL44RABO0123456789", [old])})
    [note] = section_of(root).notes
    assert note.debtor is not None and note.debtor.id == "D-3"
    assert note.text.replace("\xa0", " ") == (
        "Bankboeking OLD1 van 3 nov 2026 (EUR 150,00) noemt dit dossier, maar staat op een andere rekening "
        "(NL44 RABO 0123 4567 89) dan die in creditor.yaml (iban), dus deze betaling telt niet. Betaalde de debiteur "
        "naar een oude rekening van de schuldeiser, zet de betaling dan zelf in het dossierbestand; staat de export "
        "van de verkeerde rekening in bank/, zet daar dan de juiste."
    )


def _paid_elsewhere(tmp_path, payments=()):
    """D-3 with an open invoice, a credit naming it on the creditor's old account, and that account's export."""
    debtor = valid_debtor(id="D-3", name="Bakkerij Smit", payments=list(payments))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    old = Booking("150.00", DAY, ref="OLD1", scor=rf_reference("D-3"), valued=DAY - timedelta(days=1))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, []), "old.xml": camt053("NL44RABO0123456789", [old])})
    return root


def test_a_credit_on_another_account_gives_the_payment_to_paste_and_pasted_it_is_no_note_any_more(tmp_path):
    from incasso.staff.dossier_page import dossier_page

    book = book_of(_paid_elsewhere(tmp_path / "before"))
    (note,) = section_of(_paid_elsewhere(tmp_path / "again")).notes
    # No bank_ref: it may not name another account's entry; dated the day the bank credited it. D-3's file has no
    # payments: yet, so the lines bring it: pasted at the end of the file as they are, they count.
    assert note.lines == "payments:\n  - date: 2026-11-02\n    amount: 150.00"
    (row,) = book.rows
    (on_page,) = dossier_page(book, row).bank_notes
    assert on_page.debtor is None and on_page.text == note.text and on_page.lines == note.lines
    root = _paid_elsewhere(tmp_path / "after")
    path = root / "debtors" / "D-3.yaml"
    # The fixture writes "payments: []": the note says to replace that line with the lines (added at the end, the
    # key would be written twice).
    line = path.read_text(encoding="utf-8").splitlines().index("payments: []") + 1
    assert note.text.endswith(f"(regel {line}): vervang die regel door deze regels, die met payments: beginnen.")
    written = path.read_text(encoding="utf-8").replace("payments: []\n", note.lines + "\n")
    path.write_text(written, encoding="utf-8")
    after = book_of(root)
    assert after.bank is not None and after.bank.notes == ()
    assert dossier_page(after, after.rows[0]).bank_notes == ()


def test_a_credit_on_another_account_to_a_file_with_payments_gives_the_item_alone(tmp_path):
    earlier = payment(date=date(2026, 10, 1), amount=Decimal("10.00"))
    (note,) = section_of(_paid_elsewhere(tmp_path, [earlier])).notes
    assert note.lines == "  - date: 2026-11-02\n    amount: 150.00"


def test_a_credit_that_names_a_dossier_and_does_not_count_flags_it_before_a_letter_goes(tmp_path):
    book = book_of(_paid_elsewhere(tmp_path))
    (row,) = book.rows
    flag = row.flags[0]
    assert (flag.kind, flag.wording, flag.ref) == ("possible_payment", "possible_payment_other_account", "OLD1")
    assert flag_detail(flag) == nb(
        "EUR 150,00 van 2 november 2026 (bankboeking OLD1) noemt dit dossier, maar kwam op een andere rekening dan "
        "die in creditor.yaml en telt niet: eerst nakijken (Bankafschriften), dan pas een brief sturen"
    )


def test_a_credit_in_another_currency_that_names_a_dossier_flags_it_without_a_euro_amount(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-3")])
    usd = camt053(CREDITOR_IBAN, [Booking("50.00", DAY, ref="U1", scor=rf_reference("D-3"))])
    usd = usd.replace(b'Ccy="EUR"', b'Ccy="USD"').replace(b">EUR<", b">USD<")
    write_bank(root, {"usd.xml": usd, "eur.xml": camt053(CREDITOR_IBAN, [])})
    (row,) = book_of(root).rows
    assert [(f.wording, f.amount) for f in row.flags[:1]] == [("possible_payment_foreign", None)]
    assert flag_detail(row.flags[0]) == (
        "Bankboeking U1 van 3 november 2026 noemt dit dossier, maar is geen euro en telt niet: eerst nakijken "
        "(Bankafschriften), dan pas een brief sturen"
    )


def test_a_paid_dossier_named_by_a_credit_on_another_account_gets_no_flag_but_keeps_the_note(tmp_path):
    from incasso.staff.dossier_page import dossier_page

    paid = payment(date=date(2026, 10, 1), amount=Decimal("1250.00"))
    book = book_of(_paid_elsewhere(tmp_path, [paid]))
    (row,) = book.rows
    assert not [f for f in row.flags if f.kind == "possible_payment"]
    assert [n.lines for n in dossier_page(book, row).bank_notes] == ["  - date: 2026-11-02\n    amount: 150.00"]


@pytest.mark.parametrize(
    "language, said",
    [
        (
            Language.NL,
            "staat er een factuur in de omschrijving, zet die er als invoice: bij; staan er meer, zet ze er als "
            "invoices: bij (invoices: [F2026-0142, F2026-0143]). Is het geld van geen debiteur (een vergissing van de "
            "betaler, terug te storten), zet het dan in creditor.yaml onder bank_set_aside, met de reden.",
        ),
        (
            Language.EN,
            "if the description names an invoice, add it as invoice:; if it names several, add them as invoices: "
            "(invoices: [F2026-0142, F2026-0143]). If the money is no debtor's (the payer's mistake, to be paid back), "
            "put it in creditor.yaml under bank_set_aside, with the reason.",
        ),
    ],
)
def test_how_to_assign_says_how_to_write_a_credit_that_names_several_invoices(language, said):
    # A transfer for "F2026-0142 en 0143" that no rule matched pays both invoices once assigned (art. 6:43
    # lid 1 BW): written with invoice: and one of them, it would pay that one alone first. And money that is no
    # debtor's has its own place (s41): else it would wait to be assigned for good.
    with speaking(language):
        assert section_of(DEMO_LEDGER).how_to.endswith(said)


def test_a_credit_of_one_missed_instalment_is_a_candidate_though_the_plan_asks_two(tmp_path):
    # Two instalments of 300.00 missed: the plan asks 600.00, but a payer in arrears pays one at a time.
    plan = event(
        date(2026, 9, 20),
        "arrangement",
        installments=[{"due": d, "amount": Decimal("300.00")} for d in (date(2026, 10, 1), date(2026, 11, 1))]
        + [{"due": date(2026, 12, 1), "amount": Decimal("650.00")}],
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(events=[plan])])
    credit = Booking("300.00", DAY, ref="T1", text="termijn", name="Onbekende Naam")
    assert candidates_of(root, credit) == [("D-1001", (Why.AMOUNT,))]


WRONG_CHECK_DIGITS = Path(__file__).parents[1] / "fixtures" / "bank" / "wrong-check-digits"


@pytest.mark.parametrize(
    ("payer", "why"),
    [
        ("F Yilmaz", (Why.OTHER_CHECK_DIGITS, Why.AMOUNT, Why.NAME)),
        ("A de Boer", (Why.OTHER_CHECK_DIGITS, Why.AMOUNT)),  # someone else paid for her: no name to go by
    ],
)
def test_a_reference_with_other_check_digits_and_a_promise_s_amount_flag_the_dossier(tmp_path, payer, why):
    # A user's ledger and ING export: D-0005 promised EUR 400.00 by 30 November and paid it on the 27th as
    # "RF80 D000 5" (RF08 D0005). On 1 December the promise reads as broken and a final notice is due: the
    # letter ("wij hebben uw betaling nog niet ontvangen") must wait until staff look.
    root = shutil.copytree(WRONG_CHECK_DIGITS, tmp_path / "ledger")
    [sta] = (root / "bank").iterdir()
    sta.write_bytes(sta.read_bytes().replace(b"/F Yilmaz/", f"/{payer}/".encode()))
    book = book_of(root, date(2026, 12, 1))
    assert book.bank is not None
    [typo] = [u for u in book.bank.unmatched if u.entry.reference == "2611300004"]
    assert [(c.row.id, c.why) for c in Candidates(book.rows, book.bank).of(typo)] == [("D-0005", why)]
    flagged = {r.id: [f.ref for f in r.flags if f.kind == "possible_payment"] for r in book.rows if r.flags}
    assert flagged["D-0005"] == ["2611300004"]
    assert [r.id for r in book.rows if any(f.kind == "possible_payment" for f in r.flags)] == ["D-0005"]


def plans_in_arrears(tmp_path, credit: Booking, as_of: date, *more: dict) -> StaffBook:
    """Four dossiers whose instalment of 1 November went unpaid (its reminder due), one `credit` unassigned."""
    names = ["Anna de Boer", "Bram Visser", "Carla Mulder", "Daan Bos"]
    debtors = [plan_debtor(f"D-{n}", name, date(2026, 10, 1)) for n, name in enumerate(names, start=1)]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[*debtors, *more])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    return book_of(root, as_of)


def test_a_round_credit_several_plans_ask_lists_them_and_holds_back_none_of_their_letters(tmp_path):
    # EUR 100.00 on 3 November from someone none of the files knows, the text naming no dossier: an on-time
    # payment of an invoice not in the ledger, say. Each of the four plans missed an instalment of that amount two
    # days before: any of them may have paid it, and most likely none did. Listed for staff, it holds back none of
    # their instalment reminders (four letters out of the print file for one credit of a round amount).
    credit = Booking("100.00", date(2026, 11, 3), ref="R1", text="betaling", name="Onbekende Naam")
    book = plans_in_arrears(tmp_path, credit, date(2026, 11, 4))
    assert book.bank is not None
    [unmatched] = book.bank.unmatched
    found = [(c.row.id, c.why) for c in Candidates(book.rows, book.bank).of(unmatched)]
    assert found == [(f"D-{n}", (Why.AMOUNT,)) for n in range(1, 5)]
    assert all(next_step(r.claim) is not None for r in book.rows)  # each has its reminder due
    assert possibly_paid(book) == frozenset()
    [row] = bank_credits(book) or ()
    assert {c.why for c in row.candidates} == {
        "zelfde bedrag als in het dossier (te betalen, openstaand, open op een factuur met of zonder rente, of een "
        "toezegging of termijn rond die dag); ook andere dossiers vragen dit bedrag rond die dag: geen signaal, de "
        "brief gaat"
    }


def test_the_dossier_page_gives_a_shared_amount_the_note_the_bank_section_gives(tmp_path):
    # The overview's bank section says why no signal is raised for a round amount several plans ask; the dossier
    # page, where staff assign it, gave the reason alone, as if the credit held the letter back (review 38, #5).
    from incasso.staff.dossier_page import dossier_page

    credit = Booking("100.00", date(2026, 11, 3), ref="R1", text="betaling", name="Onbekende Naam")
    book = plans_in_arrears(tmp_path, credit, date(2026, 11, 4))
    [row] = bank_credits(book) or ()
    on_overview = {c.debtor.id: c.why for c in row.candidates}
    for dossier in book.rows:
        (suggested,) = dossier_page(book, dossier).assign
        assert suggested.credit.startswith(f"Mogelijk van deze debiteur ({on_overview[dossier.id]}): ")
        assert "ook andere dossiers vragen dit bedrag rond die dag: geen signaal, de brief gaat" in suggested.credit
    with speaking(Language.EN):
        (english,) = dossier_page(book, book.rows[0]).assign
    assert "other dossiers ask this amount about that day too: no signal, the letter goes" in english.credit


def test_a_round_credit_one_plan_asks_about_its_day_holds_back_that_plan_s_letter(tmp_path):
    # Only D-5 missed the instalment of 1 November: the four others paid theirs on the day (their next one, of
    # 1 December, is weeks ahead). A plain amount that one dossier asks, about the day it asks it, may well be that
    # debtor's: its reminder waits for a look.
    credit = Booking("100.00", date(2026, 11, 6), ref="R1", text="betaling", name="Onbekende Naam")
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none"),
        debtors=[plan_debtor("D-5", "Eva Smit", date(2026, 10, 1))]
        + [plan_debtor(f"D-{n}", f"Naam {n}", date(2026, 11, 1)) for n in range(1, 5)],
    )
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    book = book_of(root, date(2026, 11, 7))
    assert possibly_paid(book) == frozenset({"D-5"})


@pytest.mark.parametrize(
    ("credited", "listed"),
    [
        (date(2026, 11, 3), True),  # two days after the instalment's day
        (date(2026, 10, 18), True),  # a fortnight before it, when the wages came in
        (date(2026, 10, 17), False),  # earlier
        (date(2026, 11, 22), True),  # three weeks after it: paid after its reminder, within that letter's term
        (date(2026, 11, 23), False),  # later: not what a payer of that instalment sends by now
    ],
)
def test_an_instalment_s_amount_lists_its_dossier_only_for_a_credit_about_its_day(tmp_path, credited, listed):
    # EUR 100.00 by 1 November, the rest by 1 February: the first is missed, the second far ahead.
    plan = event(
        date(2026, 10, 5),
        "arrangement",
        installments=[{"due": date(2026, 11, 1), "amount": HUNDRED}, {"due": date(2027, 2, 1), "amount": "1100.00"}],
    )
    debtor = valid_debtor(id="D-5", invoices=[invoice(amount="1200.00")], events=[plan])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    credit = Booking("100.00", credited, ref="R1", text="betaling", name="Onbekende Naam")
    assert candidates_of(root, credit, date(2026, 11, 24)) == ([("D-5", (Why.AMOUNT,))] if listed else [])


@pytest.mark.parametrize(
    ("credited", "listed"),
    [
        (date(2026, 7, 10), True),  # the day the promise was made
        (date(2026, 7, 9), False),  # before it: no payment of it
        (date(2026, 8, 1), True),  # its day
        (date(2026, 8, 22), True),  # three weeks late
        (date(2026, 11, 3), False),  # three months late: the letters since asked other sums
    ],
)
def test_a_promise_s_amount_lists_its_dossier_only_for_a_credit_about_its_day(tmp_path, credited, listed):
    # On 10 July the debtor promised EUR 400.00 of EUR 1,250.00 by 1 August, and did not pay it.
    promise = event(date(2026, 7, 10), "promise", promised_date=date(2026, 8, 1), amount="400.00")
    debtor = valid_debtor(id="D-5", events=[promise])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    credit = Booking("400.00", credited, ref="R1", text="betaling", name="Onbekende Naam")
    assert candidates_of(root, credit, date(2026, 11, 24)) == ([("D-5", (Why.AMOUNT,))] if listed else [])


def test_a_promise_s_amount_alone_about_its_day_still_flags_the_one_dossier_that_asks_it(tmp_path):
    # The user's case without the mistyped reference or her name: someone else paid EUR 400.00 for her on
    # 27 November, three days before the day she promised it by. No other dossier asks that amount then.
    root = shutil.copytree(WRONG_CHECK_DIGITS, tmp_path / "ledger")
    [sta] = (root / "bank").iterdir()
    sta.write_bytes(sta.read_bytes().replace(b"/F Yilmaz/", b"/A de Boer/").replace(b"betaling RF80 D000 5", b"gift"))
    book = book_of(root, date(2026, 12, 1))
    assert book.bank is not None
    [credit] = [u for u in book.bank.unmatched if u.entry.reference == "2611300004"]
    assert [(c.row.id, c.why) for c in Candidates(book.rows, book.bank).of(credit)] == [("D-0005", (Why.AMOUNT,))]
    assert possibly_paid(book) == frozenset({"D-0005"})


def test_a_round_credit_from_one_plan_s_debtor_holds_back_that_letter_only(tmp_path):
    # The same EUR 100.00, paid by "B. Visser": D-2's name goes with its amount; the three others have the amount.
    credit = Booking("100.00", date(2026, 11, 3), ref="R1", text="betaling", name="B. Visser")
    book = plans_in_arrears(tmp_path, credit, date(2026, 11, 4))
    assert book.bank is not None
    [unmatched] = book.bank.unmatched
    found = [(c.row.id, c.why, c.shared_amount) for c in Candidates(book.rows, book.bank).of(unmatched)]
    assert found[0] == ("D-2", (Why.AMOUNT, Why.NAME), False)
    assert possibly_paid(book) == frozenset({"D-2"})


def test_an_invoice_s_amount_that_two_dossiers_have_open_holds_back_both_letters(tmp_path):
    # An invoice's amount is what the debtor owes whatever the day, to the cent: a credit of it is most likely one
    # of theirs, and which one staff tell. The letter to the one who paid must not go meanwhile.
    debtors = [
        valid_debtor(id=f"D-{n}", name=name, invoices=[invoice(number=f"F2026-{n}", amount="242.00")])
        for n, name in ((1, "Anna de Boer"), (2, "Bram Visser"))
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    credit = Booking("242.00", DAY, ref="R1", text="betaling", name="Onbekende Naam")
    assert candidates_of(root, credit) == [("D-1", (Why.AMOUNT,)), ("D-2", (Why.AMOUNT,))]
    assert possibly_paid(book_of(root)) == frozenset({"D-1", "D-2"})


def test_the_lines_to_assign_a_credit_to_a_file_without_payments_start_with_that_line(tmp_path):
    """D-1001's file has no `payments:` yet: the lines to paste give it, and say where it goes, so that pasted as
    told (at the end of the file) they assign the credit; pasted under the events they were an event."""
    from incasso.staff.dossier_page import dossier_page

    root = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, root)
    book = book_of(root)
    (credit,) = section_of(root).credits
    assert credit.assign == 'payments:\n  - date: 2026-11-12\n    amount: 2395.00\n    bank_ref: "2026111200019"'
    assert credit.assign_note == (
        "Het dossierbestand van D-1001 heeft nog geen payments:, dus deze regels beginnen daarmee: plak ze aan het "
        "eind van het bestand, payments: vooraan de regel (zoals events:). Heeft een bestand payments: al, zet ze "
        "daar dan onder zonder die eerste regel."
    )
    (assign,) = dossier_page(book, next(r for r in book.rows if r.id == "D-1001")).assign
    assert assign.lines == credit.assign
    assert "heeft nog geen payments:" in assign.intro
    with speaking(Language.EN):
        (english,) = section_of(root).credits
    assert english.assign_note is not None and english.assign_note.startswith(
        "D-1001's file has no payments: yet, so these lines start with it: paste them at the end of the file"
    )
    path = root / "debtors" / "D-1001.yaml"
    path.write_text(path.read_text(encoding="utf-8") + credit.assign + "\n", encoding="utf-8")
    assert book_of(root).bank.unmatched == ()


def test_the_lines_to_assign_a_credit_to_a_file_with_payments_go_under_them(ledger_with_history):
    from incasso.staff.dossier_page import dossier_page

    again = Booking("12.00", date(2026, 11, 5), ref="A1", iban="NL22INGB0000000002", name="Familie J.")
    earlier = Booking("100.00", DAY, ref="OLD", iban="NL22INGB0000000002", name="fam Jansen")
    write_bank(ledger_with_history, {"a.xml": camt053(CREDITOR_IBAN, [earlier, again])})
    (credit,) = section_of(ledger_with_history).credits
    assert credit.assign == '  - date: 2026-11-05\n    amount: 12.00\n    bank_ref: "A1"'
    assert credit.assign_note is None
    book = book_of(ledger_with_history)
    (assign,) = dossier_page(book, next(r for r in book.rows if r.id == "D-2")).assign
    assert assign.lines == credit.assign


def _mistyped_reference_book(tmp_path) -> StaffBook:
    """D-1 and D-10, and one credit of 250.00 whose text holds D-10's reference with other check digits and D-1's
    invoice number."""
    debtors = [
        valid_debtor(id="D-1", name="Anna de Boer", invoices=[invoice(number="F2026-0001")]),
        valid_debtor(id="D-10", name="Bram Visser", invoices=[invoice(number="F2026-0010")]),
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    credit = Booking("250.00", DAY, ref="T1", text="RF80 D10 factuur F2026-0001", name="Onbekende Naam")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    book = book_of(root, DAY + timedelta(days=1))
    return book


def test_a_mistyped_reference_of_one_dossier_and_another_s_invoice_lists_both_and_assigns_neither(tmp_path):
    # "RF80 D10 factuur F2026-0001": D-10's reference with other check digits, D-1's invoice number. It was assigned
    # to D-1 by the invoice number, and D-10's money could lower D-1's claim (review 38, staff #6).
    book = _mistyped_reference_book(tmp_path)
    assert book.bank is not None and book.bank.matched == ()
    [row] = bank_credits(book) or ()
    assert [(c.debtor.id, c.why) for c in row.candidates] == [
        ("D-1", "genoemd in de omschrijving"),
        ("D-10", "de referentie met andere controlecijfers in de omschrijving"),
    ]
    flagged = {r.id for r in book.rows if any(f.kind == "possible_payment" for f in r.flags)}
    assert flagged == {"D-1", "D-10"}


def test_a_credit_that_may_be_either_of_two_dossiers_names_the_other_on_each_dossier(tmp_path):
    # Review 38 (revB): each dossier page gave "Mogelijk van deze debiteur" and the lines to paste as if it were the
    # only one: a clerk who opened D-1 did not see that the text points to D-10 too, as the overview says.
    from incasso.staff.dossier_page import dossier_page

    book = _mistyped_reference_book(tmp_path)
    said = {row.id: dossier_page(book, row).assign[0].credit for row in book.rows}
    assert said["D-1"].endswith("Ook mogelijk van: Bram Visser (D-10). Wijs hem toe aan wie hem betaalde.")
    assert said["D-10"].endswith("Ook mogelijk van: Anna de Boer (D-1). Wijs hem toe aan wie hem betaalde.")


def two_named_dossiers(tmp_path, text: str = "") -> StaffBook:
    """D-1 and D-3, and one credit of 250.00 whose text names both dossiers' references (or `text`)."""
    debtors = [
        valid_debtor(
            id="D-1",
            name="Anna de Boer",
            invoices=[
                invoice(number="F2026-0001"),
                invoice(number="F2026-0011", date=date(2026, 3, 2), due=date(2026, 4, 1)),
            ],
        ),
        valid_debtor(
            id="D-3",
            name="Bram Visser",
            invoices=[invoice(number="F2026-0003")],
            payments=[payment(date=DAY - timedelta(days=20), amount=Decimal("10.00"))],
        ),
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    said = text or f"{rf_reference('D-1')} en {rf_reference('D-3')}"
    credit = Booking("250.00", DAY, ref="T2", text=said, name="Onbekende Naam")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    return book_of(root, DAY + timedelta(days=1))


@pytest.mark.parametrize("text", ["", "RF80 D3 factuur F2026-0001"])
def test_a_credit_whose_text_names_two_dossiers_offers_the_split_not_the_whole_amount_to_the_first(tmp_path, text):
    # Session 38's overview prefilled all 250.00 to D-1: a clerk who pasted it booked D-3's part on D-1's debtor.
    book = two_named_dossiers(tmp_path, text)
    [row] = bank_credits(book) or ()
    assert "250.00" not in row.assign and not row.assign
    named = '\n    invoice: "F2026-0001"' if text else ""  # the invoice of D-1 the text names
    assert [(part.debtor.id, part.lines) for part in row.split] == [
        (
            "D-1",
            "payments:\n  - date: 2026-11-03\n    amount:   # het deel van D-1: vul in; de delen samen ten hoogste "
            f'250.00\n    bank_ref: "T2"{named}',
        ),
        (
            "D-3",
            "  - date: 2026-11-03\n    amount:   # het deel van D-3: vul in; de delen samen ten hoogste 250.00\n"
            '    bank_ref: "T2"',
        ),
    ]
    assert row.assign_note == nb(
        "De omschrijving noemt D-1 en D-3: vraag na of zoek uit wie welk deel betaalde; het bedrag is niet "
        "aan één van hen gegeven. Zet in het dossierbestand van elk de regels hieronder, met het bedrag van zijn "
        "deel (de delen samen ten hoogste EUR 250,00; wat overblijft, staat daarna bij Na te kijken). Is alles van "
        "één, zet dan alleen bij die het hele bedrag."
    )
    assert row.split[0].note is not None and "nog geen payments:" in row.split[0].note
    assert row.split[1].note is None


def test_a_split_part_pasted_unfilled_is_refused_with_the_field_named(tmp_path):
    from incasso.ledger.load import load_ledger

    book = two_named_dossiers(tmp_path)
    [row] = bank_credits(book) or ()
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-3.yaml"
    assert path.read_text().rstrip().endswith("amount: 10.00")  # the file ends in its payments
    path.write_text(path.read_text() + row.split[1].lines + "\n")
    with pytest.raises(Exception, match=r"payments\[1\]\.amount: is required but empty"):
        load_ledger(root)


def test_a_dossier_page_of_a_credit_named_with_another_gives_lines_without_the_whole_amount(tmp_path):
    from incasso.staff.dossier_page import dossier_page

    book = two_named_dossiers(tmp_path)
    for row in book.rows:
        [suggested] = dossier_page(book, row).assign
        assert "amount: 250.00" not in suggested.lines
        assert f"het deel van {row.id}: vul in" in suggested.lines
        assert "Alleen het deel van deze debiteur" in suggested.intro


def test_the_rest_of_a_split_credit_booked_in_part_offers_its_lines_to_the_other_named_dossier(tmp_path):
    # s40: once 100.00 of the 250.00 naming D-1 and D-3 was booked on D-1, "Na te kijken" said only that 150.00
    # belongs to no dossier: no lines, and nothing on D-3's page, though the text names D-3 too.
    from incasso.staff.bank_section import dossier_note_rows

    book = two_named_dossiers(tmp_path)
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text() + 'payments:\n  - date: 2026-11-03\n    amount: 100.00\n    bank_ref: "T2"\n')
    book = book_of(root, DAY + timedelta(days=1))
    notes = [n for n in section_of(root, DAY + timedelta(days=1)).notes if "T2" in n.text]
    assert [(n.debtor.id if n.debtor else None, n.lines) for n in notes] == [
        ("D-1", None),
        ("D-3", '  - date: 2026-11-03\n    amount: 150.00\n    bank_ref: "T2"'),
    ]
    assert notes[1].text == nb(
        "De rest van bankboeking T2 (EUR 150,00 van EUR 250,00) kan van D-3 zijn: de omschrijving noemt het dossier. "
        "Is die rest van D-3, zet dan deze regels onder payments: in het dossierbestand van D-3."
    )
    rows = {row.id: row for row in book.rows}
    assert [n.lines for n in dossier_note_rows(book, rows["D-3"])] == [notes[1].lines]
    assert [n.lines for n in dossier_note_rows(book, rows["D-1"])] == [None]


def test_the_check_s_note_on_the_rest_of_a_split_credit_names_the_other_dossier_its_text_names(tmp_path):
    # The staff pages name D-3 for the rest (above); `incasso check`'s English note said only "belongs to no
    # dossier yet", leaving whoever reads the log to find the dossier the text names.
    from incasso.bank.reconcile import NoteKind
    from incasso.cli.bank import note_text

    book = two_named_dossiers(tmp_path)
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text() + 'payments:\n  - date: 2026-11-03\n    amount: 100.00\n    bank_ref: "T2"\n')
    bank = book_of(root, DAY + timedelta(days=1)).bank
    assert bank is not None
    [rest] = [n for n in bank.notes if n.kind == NoteKind.PART_UNASSIGNED]
    assert note_text(rest).endswith(
        "EUR 150.00 belongs to no dossier yet; its text names D-3 too: if the rest is theirs, add a payment with "
        "bank_ref: T2 to D-3's file; if it is no debtor's, set it aside in creditor.yaml (bank_set_aside, with the "
        "reason)"
    )


def test_the_split_lines_name_the_invoice_the_text_names_of_each_dossier(tmp_path):
    # Pasted without it, D-1's part paid its older invoice first and the one the payer named stayed open; matched
    # automatically, the same transfer for D-1 alone pays the invoice it names.
    from incasso.staff.dossier_page import dossier_page

    book = two_named_dossiers(tmp_path, "F2026-0011 en F2026-0003")
    [row] = bank_credits(book) or ()
    assert [part.lines.rsplit("\n", 1)[1] for part in row.split] == [
        '    invoice: "F2026-0011"',
        '    invoice: "F2026-0003"',
    ]
    pages = {r.id: dossier_page(book, r).assign[0].lines for r in book.rows}
    assert pages["D-1"].endswith('bank_ref: "T2"\n    invoice: "F2026-0011"')
    assert pages["D-3"].endswith('bank_ref: "T2"\n    invoice: "F2026-0003"')


def rest_of_two_named(tmp_path, text: str = "", booked: str = "100.00", invoice_line: str = "") -> StaffBook:
    """`two_named_dossiers` with `booked` of the 250.00 booked on D-1 by hand (bank_ref T2): the rest may be D-3's."""
    book = two_named_dossiers(tmp_path, text)
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-1.yaml"
    lines = f'payments:\n  - date: 2026-11-03\n    amount: {booked}\n    bank_ref: "T2"\n{invoice_line}'
    path.write_text(path.read_text() + lines)
    return book_of(root, DAY + timedelta(days=1))


def test_the_rest_of_a_split_credit_booked_in_part_flags_the_other_named_dossier_and_holds_its_letter(tmp_path):
    # s40: while T2 (250.00, naming D-1 and D-3) was unassigned, both were flagged and their letters held back;
    # once 100.00 of it was booked on D-1, D-3 had no flag and its letter went out while 150.00 may be its payment.
    book = rest_of_two_named(tmp_path)
    flagged = {r.id: [(f.wording, f.amount, f.ref) for f in r.flags if f.kind == "possible_payment"] for r in book.rows}
    assert flagged == {"D-1": [], "D-3": [("possible_payment_rest", Decimal("150.00"), "T2")]}
    assert possibly_paid(book) == frozenset({"D-3"})
    [flag] = [f for f in next(r for r in book.rows if r.id == "D-3").flags if f.kind == "possible_payment"]
    assert flag_detail(flag) == nb(
        "Van bankboeking T2 van 3 november 2026 is EUR 100,00 op een ander dossier geboekt; de rest, EUR 150,00, is "
        "nog aan geen dossier gekoppeld en de omschrijving noemt dit dossier: eerst nakijken en toewijzen "
        "(Bankafschriften, Na te kijken), dan pas een brief sturen"
    )
    with speaking("en"):
        assert flag_detail(flag) == nb(
            "Of bank entry T2 of 3 November 2026, EUR 100.00 is booked on another dossier; the rest, EUR 150.00, is "
            "not linked to any dossier yet and the description names this dossier: check and assign it first (Bank "
            "statements, To check), only then send a letter"
        )


@pytest.mark.parametrize(("booked", "where"), [("250.00", "D-1"), ("100.00", "D-3")])
def test_the_rest_s_flag_goes_once_the_rest_is_booked(tmp_path, booked, where):
    # The same rule as an unassigned credit's flag: it goes once the credit is assigned, here its rest (all of it
    # on D-1, or a part on D-3: then no rest may be D-3's that its file does not name).
    book = rest_of_two_named(tmp_path, booked=booked)
    if where == "D-3":
        root = Path(book.creditor.source.path).parent
        path = root / "debtors" / "D-3.yaml"
        path.write_text(path.read_text() + '  - date: 2026-11-03\n    amount: 100.00\n    bank_ref: "T2"\n')
        book = book_of(root, DAY + timedelta(days=1))
    assert possibly_paid(book) == frozenset()


def test_the_rest_flags_no_dossier_whose_invoices_came_after_the_credit(tmp_path):
    # As for an unassigned credit (_may_be): a credit booked before the dossier's first invoice is not its payment.
    book = two_named_dossiers(tmp_path)
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-3.yaml"
    path.write_text(path.read_text().replace("2026-01-05", "2026-11-10").replace("2026-02-04", "2026-12-10"))
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text() + 'payments:\n  - date: 2026-11-03\n    amount: 100.00\n    bank_ref: "T2"\n')
    assert possibly_paid(book_of(root, date(2026, 11, 12))) == frozenset()


def test_the_rest_s_lines_name_the_invoice_the_text_names_of_the_other_dossier(tmp_path):
    # The split lines named it (s40-bank); the rest's did not: pasted, D-3's part paid its oldest invoice first.
    from incasso.staff.bank_section import dossier_note_rows

    book = rest_of_two_named(tmp_path, "F2026-0011 en F2026-0003", invoice_line='    invoice: "F2026-0011"\n')
    root = Path(book.creditor.source.path).parent
    [rest] = [n for n in section_of(root, DAY + timedelta(days=1)).notes if n.lines and "T2" in n.lines]
    assert rest.lines == '  - date: 2026-11-03\n    amount: 150.00\n    bank_ref: "T2"\n    invoice: "F2026-0003"'
    [page] = dossier_note_rows(book, next(r for r in book.rows if r.id == "D-3"))
    assert page.lines == rest.lines


def rest_of_one_named(tmp_path, text: str = "", booked: str = "100.00", closed: bool = False) -> StaffBook:
    """D-1 and D-3, one credit of 250.00 whose text names D-3 alone (its reference, or `text`), `booked` of it
    booked on D-1 by hand (bank_ref T2): the rest may be D-3's. `closed`: D-3 paid in full before it."""
    book = two_named_dossiers(tmp_path, text or rf_reference("D-3"))
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text() + f'payments:\n  - date: 2026-11-03\n    amount: {booked}\n    bank_ref: "T2"\n')
    if closed:
        path = root / "debtors" / "D-3.yaml"
        path.write_text(path.read_text() + "  - date: 2026-10-20\n    amount: 1240.00\n")
    return book_of(root, DAY + timedelta(days=1))


@pytest.mark.parametrize("text", ["", "factuur F2026-0003"])
def test_the_rest_of_a_credit_naming_one_dossier_booked_in_part_on_another_is_offered_to_the_one_named(tmp_path, text):
    # s40: T2 (250.00) names D-3 alone, and staff booked 100.00 of it on D-1: the rest, 150.00, was said to be no
    # dossier's, with no lines and no flag for D-3, whose letter went out (the rest of a split naming two was both).
    from incasso.staff.bank_section import dossier_note_rows

    book = rest_of_one_named(tmp_path, text)
    root = Path(book.creditor.source.path).parent
    notes = [n for n in section_of(root, DAY + timedelta(days=1)).notes if "T2" in n.text]
    named = '\n    invoice: "F2026-0003"' if text else ""
    assert [(n.debtor.id if n.debtor else None, n.lines) for n in notes] == [
        ("D-1", None),
        ("D-3", f'  - date: 2026-11-03\n    amount: 150.00\n    bank_ref: "T2"{named}'),
    ]
    assert notes[1].text == nb(
        "De rest van bankboeking T2 (EUR 150,00 van EUR 250,00) kan van D-3 zijn: de omschrijving noemt het dossier. "
        "Is die rest van D-3, zet dan deze regels onder payments: in het dossierbestand van D-3."
    )
    rows = {row.id: row for row in book.rows}
    assert [n.lines for n in dossier_note_rows(book, rows["D-3"])] == [notes[1].lines]
    flagged = {r.id: [(f.wording, f.amount, f.ref) for f in r.flags if f.kind == "possible_payment"] for r in book.rows}
    assert flagged == {"D-1": [], "D-3": [("possible_payment_rest", Decimal("150.00"), "T2")]}
    assert possibly_paid(book) == frozenset({"D-3"})


def test_the_rest_of_a_credit_naming_only_the_dossier_it_is_booked_on_is_offered_to_no_other(tmp_path):
    # The text names D-1 and staff booked part of it on D-1: the rest is said unassigned, no other dossier flagged.
    book = rest_of_one_named(tmp_path, rf_reference("D-1"))
    root = Path(book.creditor.source.path).parent
    notes = [n for n in section_of(root, DAY + timedelta(days=1)).notes if "T2" in n.text]
    assert [(n.debtor.id if n.debtor else None, n.lines) for n in notes] == [("D-1", None)]
    assert possibly_paid(book) == frozenset()


@pytest.mark.parametrize(("booked", "closed"), [("250.00", False), ("100.00", True)])
def test_the_rest_of_a_credit_naming_one_dossier_flags_it_while_open_and_unbooked(tmp_path, booked, closed):
    # The rules of the rest of a split: booked whole on D-1, no rest; D-3 paid in full, no flag on it.
    assert possibly_paid(rest_of_one_named(tmp_path, booked=booked, closed=closed)) == frozenset()


def test_the_rest_of_a_credit_naming_one_dossier_flags_it_no_more_once_its_file_names_the_credit(tmp_path):
    book = rest_of_one_named(tmp_path)
    root = Path(book.creditor.source.path).parent
    path = root / "debtors" / "D-3.yaml"
    path.write_text(path.read_text() + '  - date: 2026-11-03\n    amount: 100.00\n    bank_ref: "T2"\n')
    book = book_of(root, DAY + timedelta(days=1))
    assert possibly_paid(book) == frozenset()
    assert not [n for n in section_of(root, DAY + timedelta(days=1)).notes if n.lines and "T2" in n.lines]


SET_ASIDE = (
    "bank_set_aside:\n"
    '  - bank_ref: "T2"\n'
    "    date: 2026-11-03\n"
    "    amount: 150.00\n"
    "    reason: Verkeerd overgemaakt; op 5 november teruggestort.\n"
)


def test_the_rest_set_aside_as_no_debtor_s_flags_no_dossier_and_stays_in_sight(tmp_path):
    # s41: the rest of T2 offered to D-3 kept D-3 flagged and its letter held, with no way for a clerk who knew it
    # was no debtor's money (the payer's mistake, paid back) to say so. Set aside in creditor.yaml, it is offered
    # to none and flags none, and the bank section, claims.json and the change list keep it in sight as such.
    from incasso.staff.bank_record import bank_record
    from incasso.staff.changes import compare
    from incasso.staff.exports import claims_document

    def document(root) -> dict:
        books = read_books(root, DAY + timedelta(days=1))
        claims = [assess(books.ledger, d, DAY + timedelta(days=1)) for d in books.ledger.debtors]
        return claims_document(
            claims, DAY + timedelta(days=1), books.ledger.creditor.policy, lambda c: "", bank=books.bank
        )

    book = rest_of_one_named(tmp_path)
    root = Path(book.creditor.source.path).parent
    before = document(root)
    creditor = root / "creditor.yaml"
    creditor.write_text(creditor.read_text() + SET_ASIDE)
    book = book_of(root, DAY + timedelta(days=1))
    assert possibly_paid(book) == frozenset()
    section = section_of(root, DAY + timedelta(days=1))
    assert not [n for n in section.notes if "T2" in n.text]
    assert (
        nb(
            "Van geen debiteur: EUR 150,00 van bankboeking T2 (EUR 250,00 op 3 nov 2026, van Onbekende Naam), zo gezet "
            "in creditor.yaml onder bank_set_aside: Verkeerd overgemaakt; op 5 november teruggestort."
        )
        in section.lines
    )
    after = document(root)
    record = after["bank"]
    [credit] = [c for c in record["credits"] if c["bank_ref"] == "T2"]
    assert (credit["status"], credit["booked_to"], credit["unassigned"], credit["set_aside"]) == (
        "booked",
        [{"id": "D-1", "amount": "100.00"}],
        "0.00",
        "150.00",
    )
    assert record["unassigned"] == []
    assert record["set_aside"] == [
        {
            "date": "2026-11-03",
            "amount": "150.00",
            "credit_amount": "250.00",
            "payer": "Onbekende Naam",
            "bank_ref": "T2",
            "reason": "Verkeerd overgemaakt; op 5 november teruggestort.",
        }
    ]
    assert bank_record(book.bank, ()) is not None
    changes = compare(before, after)
    assert [e.values for e in changes.sections["bank_set_aside"]] == [
        {
            "date": "3 november 2026",
            "amount": nb("EUR 150,00 (van EUR 250,00)"),
            "payer": " van Onbekende Naam",
            "ref": "T2",
            "reason": "Verkeerd overgemaakt; op 5 november teruggestort.",
        }
    ]
    assert not compare(after, after).sections["bank_set_aside"]


def test_a_credit_set_aside_whole_is_no_credit_to_assign_and_says_so(tmp_path):
    from incasso.staff.bank_record import bank_record

    book = two_named_dossiers(tmp_path, "onbekend")
    root = Path(book.creditor.source.path).parent
    creditor = root / "creditor.yaml"
    creditor.write_text(creditor.read_text() + SET_ASIDE.replace("150.00", "250.00"))
    book = book_of(root, DAY + timedelta(days=1))
    assert bank_credits(book) == ()
    record = bank_record(book.bank, [row.claim for row in book.rows])
    assert record is not None and record["unassigned"] == []
    [credit] = record["credits"]
    assert (credit["status"], credit["booked_to"], credit["unassigned"], credit["set_aside"]) == (
        "set_aside",
        [],
        "0.00",
        "250.00",
    )
