"""Bank statements through a real build and `incasso check`: the demo's bank folder, and a bad one."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
from datetime import date
from pathlib import Path

import html5lib
import pytest

from incasso.cli.main import main
from incasso.payments.reference import rf_reference
from incasso.payments.tokens import DEMO_SECRET, statement_token
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank
from tests.support.demo_bank import ACCOUNT, demo_files
from tests.support.ledgers import invoice, plan_debtor, valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF, DEMO_LEDGER, build_site


def page_text(output: Path, debtor_id: str) -> str:
    path = output / "s" / statement_token(DEMO_SECRET, debtor_id) / "index.html"
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    return re.sub(r"\s+", " ", "".join(tree.find("body").itertext()))


def test_the_demo_bank_folder_is_what_its_generator_writes():
    assert {p.name: p.read_bytes() for p in (DEMO_LEDGER / "bank").iterdir()} == demo_files()


def test_payments_from_the_bank_show_on_the_debtor_s_page_with_the_true_stamp(demo_site):
    d1004 = page_text(demo_site.output, "D-1004")
    assert re.search(r"Ontvangen betalingen.*18 nov 2026\s*1\.200,00\s*Verdeeld over: rente F2026-0088", d1004)
    assert "Stand op 22 november 2026, met de betalingen tot en met 20 november 2026 die wij aan u konden " in d1004
    d1010 = page_text(demo_site.output, "D-1010")  # English
    assert "with the payments up to and including 20 November 2026 that we could link to you." in d1010


def test_the_part_paid_after_the_dunning_letter_is_not_given_as_its_reason(demo_site):
    """The letter of 10 November went out with nothing paid; EUR 1.200,00 came on the 18th (s66)."""
    d1004 = page_text(demo_site.output, "D-1004")
    assert "Dank u wel voor uw betaling van EUR 1.200,00 op 18 november 2026." in d1004
    assert "Wij hebben het bedrag niet op tijd ontvangen. Daarom hebben wij u een aanmaning gestuurd." in d1004
    assert "Wij hebben nog niet het hele bedrag ontvangen. Daarom" not in d1004


def test_links_and_claims_carry_the_payment_reference_and_the_bank_entry(demo_site):
    with (demo_site.internal / "links.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(row["reference"] == rf_reference(row["id"]) for row in rows)
    document = json.loads((demo_site.internal / "claims.json").read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in document["claims"]}
    assert all(c["reference"] == rf_reference(i) for i, c in claims.items())
    assert claims["D-1004"]["payments"] == [
        {"date": "2026-11-18", "amount": "1200.00", "invoice": None, "invoices": [], "bank_ref": "2026111800014"}
    ]
    assert claims["D-1006"]["payments"] == [
        {
            "date": "2026-11-06",
            "amount": "200.00",
            "invoice": "F2026-0092",
            "invoices": ["F2026-0092"],
            "bank_ref": "2026110600008",
        }
    ]
    assert claims["D-1008"]["payments"] == []  # paid and taken back: neither counts


def test_claims_json_flags_the_dossier_a_bank_credit_may_have_paid_as_the_overview_does(demo_site):
    # The demo's EUR 2.395,00 of 12 November may be D-1001's (the overview's "Mogelijke betaling in de bank"):
    # a tool reading claims.json to choose whom to chase must see it, and the flags add up to the overview's.
    document = json.loads((demo_site.internal / "claims.json").read_text(encoding="utf-8"))
    flagged = [c["id"] for c in document["claims"] if "possible_payment" in c["flags"]]
    assert flagged == ["D-1001"]
    assert next(c for c in document["claims"] if c["id"] == "D-1001")["flags"][0] == "possible_payment"
    assert "Mogelijke betaling in de bank" in (demo_site.internal / "index.html").read_text(encoding="utf-8")


def test_check_says_what_the_statements_held(capsys):
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "bank: 14 statements in 5 files; payments received up to 2026-11-20." in out
    assert "  matched credits: 5 (2 by structured reference, 1 by RF reference in the text, 2 by invoice number)" in out
    assert "  credits named by a payment in a debtor's file (bank_ref): 1" in out
    assert "  skipped: 4 debits, 1 pending entry, 1 entry of another account" in out
    assert f"  statements of other accounts than {ACCOUNT}: NL39RABO0101234567" in out
    # Both places, file:line, as the returned line names them: which counts, and which was skipped.
    assert re.search(
        r"  counted once: .*/bank/rabobank_camt053_2026-11-16_2026-11-20\.zip/camt053_NL34RABO0372918465_2026-11-16_"
        r"2026-11-20\.xml:218 counts; the same entry at .*/bank/rabobank_camt053_2026-11-18\.xml:46 was skipped\n",
        out,
    )
    assert re.search(
        r"  returned: EUR 150\.00 of 2026-11-09 \(for D-1008\) \(.*\.xml:\d+\) taken back on 2026-11-12 \(.*\.xml:\d+, "
        r"reason FOCR\); neither counts",
        out,
    )
    assert re.search(
        r"^note: the credit of 2026-11-12, EUR 2395\.00 from M VD BERG NL40ASNB0708244196 \('cv ketel merelstraat', "
        r".*rabobank_camt053_2026-11-02_2026-11-13\.xml:\d+\) matches no dossier; assign it with a payment with "
        r"bank_ref: 2026111200019 in the debtor's file \(the staff overview lists likely dossiers\)$",
        out,
        re.MULTILINE,
    )


def test_check_when_quiet_still_lists_the_credits_staff_must_assign(capsys):
    assert main(["check", "--quiet", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "bank:" not in out and "skipped" not in out
    assert all(line.startswith("note: ") for line in out.splitlines())
    assert re.search(
        r"^note: a credit of 2026-11-12 \(.*\.xml:\d+\) matches no dossier; assign it with a payment with "
        r"bank_ref: 2026111200019 in the debtor's file",
        out,
        re.MULTILINE,
    )
    # An unmatched credit reaches a log (the nightly one) without its payer's name, account, amount or words:
    # the overview has them. (Notes on a dossier's own payments keep their amounts, named by the dossier's id.)
    assert "M VD BERG" not in out and "NL40ASNB0708244196" not in out and "2395" not in out and "merelstraat" not in out


def test_bad_bank_files_refuse_the_build_with_every_problem_and_publish_nothing(tmp_path, capsys):
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    good = mt940(ACCOUNT, [Booking("10.00", AS_OF, ref="X")])
    (ledger / "bank" / "broken.sta").write_bytes(good.replace(b"C10,00", b"C1O,00"))
    (ledger / "bank" / "hostile.xml").write_bytes(
        b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<d>&x;</d>\n'
    )
    (ledger / "bank" / "short.xml").write_bytes(camt053(ACCOUNT, [Booking("10.00", AS_OF, ref="Y")])[:-40])
    capsys.readouterr()
    site = build_site(tmp_path / "out", ledger=ledger)
    err = capsys.readouterr().err
    assert site.exit_code == 1
    assert re.search(r"broken\.sta:\d+: :61:: does not follow the MT940 layout", err), err
    assert re.search(r"hostile\.xml:2:1: declares a DTD", err), err
    assert re.search(r"short\.xml:\d+:\d+: ends before the statement is complete: the file is cut short", err), err
    assert "3 problems in the ledger; nothing was built or published." in err
    assert not site.output.exists() and not site.internal.exists()


def test_the_staff_overview_lists_the_credit_to_assign_and_the_public_site_never_does(demo_site):
    page = html5lib.HTMLParser(namespaceHTMLElements=False).parse((demo_site.internal / "index.html").read_bytes())
    section = page.find(".//section[@id='bank']")
    assert section is not None
    [credit] = section.findall(".//tr[@class='credit']")
    assert credit.get("data-ref") == "2026111200019"
    assert [a.get("href") for a in credit.findall(".//ul[@class='candidates']//a")] == ["d/D-1001.html"]
    assert credit.find(".//textarea[@id='bank-assign-1']").text == (
        'payments:\n  - date: 2026-11-12\n    amount: 2395.00\n    bank_ref: "2026111200019"'
    )
    for path in demo_site.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"M VD BERG" not in data and b"2026111200019" not in data and b"NL40ASNB" not in data, path


def test_a_letter_says_payments_up_to_the_last_statement_too():
    from incasso.bank.books import read_books
    from incasso.claims.assess import assess
    from incasso.ledger.model import Channel
    from incasso.letters.due import DueLetter, LetterKind
    from incasso.letters.view import letter_view

    ledger = read_books(DEMO_LEDGER, AS_OF).ledger
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "D-1010"), AS_OF)  # English
    view = letter_view(ledger, claim, DueLetter(LetterKind.REMINDER), Channel.EMAIL)
    assert view.situation == (
        "As of 22 November 2026, with the payments up to and including 20 November 2026 that we could link to you."
    )


@pytest.mark.parametrize("write", [camt053, mt940], ids=["camt", "mt940"])
def test_a_short_invoice_number_names_its_invoice_in_the_build_only_where_the_text_says_it_is_one(tmp_path, write):
    # S-1 owes invoice 17 (due first) and 50. "betaling 7,50" names no invoice: the law's order pays 17
    # first (art. 6:43 BW); read as invoice 50 it would leave 17 open, and its interest and costs running.
    ledger = write_ledger(
        tmp_path / "ledger",
        creditor=valid_creditor(interest="none"),
        debtors=[
            valid_debtor(
                id="S-1",
                invoices=[invoice(number="17"), invoice(number="50", date=date(2026, 2, 1), due=date(2026, 3, 3))],
            )
        ],
    )
    reference = rf_reference("S-1")
    bookings = [
        Booking("100.00", date(2026, 11, 3), ref="R1", text=f"{reference} betaling 7,50"),
        Booking("200.00", date(2026, 11, 4), ref="R2", text=f"{reference} factuur 50"),
    ]
    write_bank(ledger, {"statement.xml" if write is camt053 else "statement.sta": write(CREDITOR_IBAN, bookings)})
    site = build_site(tmp_path / "out", ledger=ledger)
    assert site.exit_code == 0
    (claim,) = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert [(p["bank_ref"], p["invoice"]) for p in claim["payments"]] == [("R1", None), ("R2", "50")]


@pytest.mark.parametrize("write", [camt053, mt940], ids=["camt", "mt940"])
def test_an_amount_or_a_phone_number_in_the_text_books_no_credit_to_another_debtor_s_dossier(tmp_path, write):
    # K-7's invoice is 12345. A payer of another dossier who writes the amount or a phone number holding those
    # digits has not paid K-7: the credit must go to staff, not lower what K-7 owes on its page.
    ledger = write_ledger(
        tmp_path / "ledger",
        creditor=valid_creditor(interest="none"),
        debtors=[
            valid_debtor(id="A-1", invoices=[invoice(number="F2026-0142")]),
            valid_debtor(id="K-7", invoices=[invoice(number="12345")]),
        ],
    )
    bookings = [
        Booking("123.45", date(2026, 11, 2), ref="R1", text="bedrag 123,45 J Jansen"),
        Booking("200.00", date(2026, 11, 3), ref="R2", text="betaling J Jansen tel 06 12345 678"),
        Booking("500.00", date(2026, 11, 4), ref="R3", text="EUR 12345,- in termijnen"),
        Booking("100.00", date(2026, 11, 5), ref="R4", text="inv.12345"),
        Booking("150.00", date(2026, 11, 6), ref="R5", text="F 2026 0142 tel 06 12345 678"),
    ]
    write_bank(ledger, {"statement.xml" if write is camt053 else "statement.sta": write(CREDITOR_IBAN, bookings)})
    site = build_site(tmp_path / "out", ledger=ledger)
    assert site.exit_code == 0
    claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    assert [(p["bank_ref"], p["invoice"]) for p in claims["K-7"]["payments"]] == [("R4", "12345")]
    assert [(p["bank_ref"], p["invoice"]) for p in claims["A-1"]["payments"]] == [("R5", "F2026-0142")]
    page = html5lib.HTMLParser(namespaceHTMLElements=False).parse((site.internal / "index.html").read_bytes())
    to_assign = page.find(".//section[@id='bank']").findall(".//tr[@class='credit']")
    assert [credit.get("data-ref") for credit in to_assign] == ["R1", "R2", "R3"]


def test_a_final_notice_to_someone_who_paid_with_a_mistyped_reference_waits_out_of_the_print_file(tmp_path):
    # A user's ledger and ING export: D-0005 promised EUR 400.00 and paid it on 27 November as "RF80 D000 5"
    # (RF08 D0005). On 1 December its final notice ("wij hebben uw betaling nog niet ontvangen") is due.
    from tests.support.letters import flat, pdf_text

    ledger = Path(__file__).parents[1] / "fixtures" / "bank" / "wrong-check-digits"
    site = build_site(tmp_path, ledger=ledger, as_of=date(2026, 12, 1))
    assert site.exit_code == 0
    letters = site.internal / "letters"
    assert "Yilmaz" in flat(" ".join(pdf_text((letters / "D-0005-final_notice.pdf").read_bytes())))
    printed = flat(" ".join(pdf_text((letters / "print-2026-12-01.pdf").read_bytes())))
    assert "Yilmaz" not in printed and "Loodgietersbedrijf De Waal" in printed  # D-0004's notice goes
    overview = html.unescape((site.internal / "index.html").read_text(encoding="utf-8"))
    assert (
        "mogelijk al betaald (Mogelijke betaling in de bank): eerst nakijken"
        in overview.split("D-0005-final_notice.pdf", 1)[1][:600]
    )
    assert "de referentie met andere controlecijfers in de omschrijving" in overview


def test_a_round_credit_that_several_plans_ask_keeps_none_of_their_reminders_out_of_the_print_file(tmp_path):
    # Four plans of EUR 100.00 a month missed their instalment of 1 November; on the 3rd EUR 100.00 came from
    # someone none of the files knows, naming nothing. The four instalment reminders go in the print file.
    from tests.support.letters import flat, pdf_text

    names = ["Anna de Boer", "Bram Visser", "Carla Mulder", "Daan Bos"]
    debtors = [plan_debtor(f"D-{n}", name, date(2026, 10, 1)) for n, name in enumerate(names, start=1)]
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    credit = Booking("100.00", date(2026, 11, 3), ref="R1", text="betaling", name="Onbekende Naam")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    site = build_site(tmp_path, ledger=root, as_of=date(2026, 11, 4))
    assert site.exit_code == 0
    letters = site.internal / "letters"
    assert sorted(p.name for p in letters.glob("*-installment_reminder.pdf")) == [
        f"D-{n}-installment_reminder.pdf" for n in range(1, 5)
    ]
    printed = flat(" ".join(pdf_text((letters / "print-2026-11-04.pdf").read_bytes())))
    assert all(name in printed for name in names)
    overview = html.unescape((site.internal / "index.html").read_text(encoding="utf-8"))
    assert "eerst nakijken" not in overview and overview.count("geen signaal, de brief gaat") == 4


def test_a_reminder_to_a_debtor_a_credit_is_listed_for_by_name_alone_says_so_and_is_printed(tmp_path):
    """A credit whose payer's name is only like the debtor's raises no signal and holds no letter back; the
    letters list says beside the reminder that the bank section lists it (the newcomer's D-1002)."""
    from tests.support.letters import flat, pdf_text

    ledger = write_ledger(
        tmp_path / "ledger",
        creditor=valid_creditor(interest="none"),
        debtors=[valid_debtor(id="D-2", name="R. Bakker", invoices=[invoice(number="F2026-2")])],
    )
    write_bank(
        ledger, {"a.xml": camt053(CREDITOR_IBAN, [Booking("7.00", date(2026, 2, 20), ref="W1", name="R BAKKER")])}
    )
    site = build_site(tmp_path / "out", ledger=ledger, as_of=date(2026, 2, 23))
    assert site.exit_code == 0
    overview = html.unescape((site.internal / "index.html").read_text(encoding="utf-8"))
    assert "Mogelijke betaling in de bank" not in overview
    row = overview.split("D-2-reminder.pdf", 1)[1][:600]
    assert "kan zijn (Mogelijk van): kijk die na vóór het versturen" in row
    assert "Bakker" in flat(" ".join(pdf_text((site.internal / "letters" / "print-2026-02-23.pdf").read_bytes())))
