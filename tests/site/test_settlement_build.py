"""A real build of a debtor whose counsellor agreed a settlement (minnelijk akkoord): the page says what was agreed,
by role, and asks the agreed sum in its QR code; paid, a thank-you page with the rest remitted, never as paid; missed,
the whole claim again and the staff's signal; check refuses a settlement of all that was owed, at its line; called off
on a day the bank folder's statements do not reach, it waits for them."""

import json
import re
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso import fmt
from incasso.cli.main import main
from incasso.ledger.model import Language
from incasso.payments.reference import rf_reference
from incasso.staff import words, words_en
from tests.support.axe import violations
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import (
    COUNSELLOR,
    debtor_path,
    event,
    payment,
    valid_creditor,
    valid_debtor,
    where,
    write_ledger,
)
from tests.support.qrdecode import decode_svg
from tests.support.site import REPO, serving, visible_text

SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    pay_by=date(2027, 1, 31),
    asked_by="representative",
    reason="Saneringskrediet via Schuldhulp Utrecht",
)
REMINDER = event(date(2026, 2, 10), "reminder", channel="letter")


def _build(tmp_path: Path, as_of: str, paid=(), events=(REMINDER, SETTLEMENT), language="nl") -> tuple[int, Path, Path]:
    doc = valid_debtor(representative=COUNSELLOR, events=list(events), payments=list(paid), language=language)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(out)]
    args += ["--public-url", "http://localhost:8000", "--internal-output", str(internal), "--quiet"]
    return main(args), out, internal


def _page(out: Path) -> str:
    (page,) = (out / "s").glob("*/index.html")
    return page.read_text(encoding="utf-8")


def test_a_running_settlement_is_said_by_role_and_its_sum_is_asked(tmp_path, capsys):
    code, out, internal = _build(tmp_path, "2026-12-05", paid=[payment(date=date(2026, 12, 1), amount=Decimal("100"))])
    assert code == 0, capsys.readouterr().err
    html = _page(out)
    said = visible_text(html)
    # The message says what was agreed, once; the rest remitted and the way out are the page's own (s50).
    assert (
        "Bericht van Installatiebedrijf Voorbeeld B.V. Afgesproken met uw schuldhulpverlener: u betaalt EUR 600,00 "
        "uiterlijk 31 januari 2027. Wat gebeurt er nu?"
    ) in said, said[:3000]
    assert "Schuldhulp Utrecht" not in html and "Jan Smit" not in html and "Saneringskrediet" not in html
    dossier = (internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    assert "Minnelijk akkoord" in dossier and "Afgesproken bedrag" in dossier
    capsys.readouterr()
    ledger = ["--ledger", str(tmp_path / "ledger"), "--as-of", "2026-12-05"]
    assert main(["audit", str(out), *ledger, "--demo"]) == 0, capsys.readouterr().err


def test_a_settled_claim_thanks_and_says_the_rest_remitted(tmp_path, capsys):
    paid = [payment(date=date(2027, 1, 20), amount=Decimal("600.00"))]
    code, out, internal = _build(tmp_path, "2027-01-25", paid=paid, language="en")
    assert code == 0, capsys.readouterr().err
    said = visible_text(_page(out))
    assert "Thank you! You have paid the agreed amount of EUR 600.00." in said, said[:3000]
    assert "You do not need to do anything else. We have waived the rest: EUR 690.68." in said, said[:3000]
    assert said.count("Thank you") == 1 and said.count("anything else") == 1  # not the shipped message again
    # Nothing of the interest waived, so no "Interest, waived 0.00" row; the invoices' rest, the one kind waived,
    # is the total said once (not "Invoices, waived 690.68" above it too).
    assert "Total waived (you do not have to pay this) 690.68" in said and "690.68 Total waived" not in said, said
    assert "Paid Waived F2026-0001" in said and "still open" not in said
    claims = (internal / "claims.json").read_text(encoding="utf-8")
    assert '"status": "settled"' in claims and '"state": "settled"' in claims


def test_a_missed_settlement_asks_the_whole_claim_and_tells_staff(tmp_path, capsys):
    code, out, internal = _build(tmp_path, "2027-02-03")
    assert code == 0, capsys.readouterr().err
    said = visible_text(_page(out))
    assert "Afgesproken" not in said and "kwijt" not in said
    today = visible_text((internal / "index.html").read_text(encoding="utf-8"))
    assert "Minnelijk akkoord vervallen" in today, today[:3000]
    # The dunning letter that follows says why it asks the whole claim again, as the page does, once.
    from tests.support.letters import flat, pdf_text

    letter = flat(" ".join(pdf_text((internal / "letters" / "D-1001-dunning.pdf").read_bytes()))).replace("\xa0", " ")
    assert letter.count("De afspraak van 28 november 2026 is vervallen: het afgesproken bedrag is niet uiterlijk") == 1
    # Nothing was paid: no "Wat u al betaalde, telt mee." (s48 review).
    assert "Daarom vragen wij weer het hele bedrag." in letter and "telt mee" not in letter, letter


def test_check_refuses_a_settlement_of_all_that_was_owed_at_its_line(tmp_path, capsys):
    whole = {**SETTLEMENT, "amount": Decimal("1250.00")}
    doc = valid_debtor(representative=COUNSELLOR, events=[whole])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[doc])
    assert main(["check", "--ledger", str(root), "--as-of", "2026-12-05"]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(
        f"{debtor_path(root, doc)}:{where(doc, 'events[0].amount')}: events[0].amount: is not below"
    )


def test_the_page_says_the_day_and_what_paying_in_time_brings(tmp_path, capsys):
    code, out, _ = _build(tmp_path, "2026-12-05")
    assert code == 0, capsys.readouterr().err
    said = visible_text(_page(out))
    assert "Te betalen EUR 600,00 Betaal uiterlijk 31 januari 2027" in said, said[:600]
    # What a miss brings, at the top, before the message (s50: it sat under it, below a phone's first screen).
    lapse = "Betaalt u niet alles op tijd? Dan vervalt de afspraak en vragen wij weer het hele bedrag."
    assert said.count(lapse) == 1 and said.index(lapse) < said.index("Bericht van"), said[:1500]
    assert "Betaalt u nog EUR 600,00 uiterlijk 31 januari 2027? Dan schelden wij de rest van EUR 690,68 kwijt." in said
    assert "Totaal open (waarvan EUR 690,68 kwijtgescholden als u het afgesproken bedrag betaalt) 1.290,68" in said
    assert "loopt de rente door" not in said  # the figures stand still while it runs
    # The settlement is the agreement: no new plan is offered beside it, but to say in time that it fails.
    assert "Lukt het afgesproken bedrag niet? Neem dan contact met ons op, het liefst vóór de afgesproken dag." in said
    assert "Uw schuldhulpverlener kan dit ook namens u regelen." in said and "betalingsregeling mogelijk" not in said


def test_a_settled_page_offers_no_plan_and_shows_the_rest_as_remitted(tmp_path, capsys):
    paid = [payment(date=date(2027, 1, 20), amount=Decimal("600.00"))]
    code, out, internal = _build(tmp_path, "2027-01-25", paid=paid)
    assert code == 0, capsys.readouterr().err
    said = visible_text(_page(out))
    assert "Afgerond Dank u wel! U heeft het afgesproken bedrag van EUR 600,00 betaald." in said
    assert "Totaal kwijtgescholden (hoeft u niet te betalen) 690,68" in said
    assert "betalingsregeling" not in said and "Te betalen" not in said
    # Nothing is open on a settled claim: each figure is what was let go of (it said "Facturen, nog open 690,68").
    assert "690,68 Totaal kwijtgescholden" not in said and "Rente, kwijtgescholden" not in said  # one kind: the total
    assert "Betaald Kwijtgescholden F2026-0001" in said and "Rente in totaal: EUR 40,68, helemaal betaald." in said
    assert "EUR 0,00 kwijt" not in said  # the interest paid in full: nothing of it remitted, no figure said
    assert "open" not in said.split("Uw facturen en betalingen")[1].split("Vragen?")[0].lower(), said
    dossier = visible_text((internal / "d" / "D-1001.html").read_text(encoding="utf-8"))
    # Only what was remitted: the interest was paid in full (s49: no "Rente kwijtgescholden EUR 0,00"); one kind is
    # said once, in the total's row, as on the page (s50: "Hoofdsom kwijtgescholden" gave it twice).
    figures = "Bedragen Afgesproken EUR 600,00 van EUR 1.290,68 Kwijtgescholden (niet betaald) EUR 690,68 Facturen"
    assert figures in dossier, dossier
    assert "Hoofdsom kwijtgescholden" not in dossier and "Rente kwijtgescholden" not in dossier
    assert "Incassokosten kwijtgescholden" not in dossier
    assert "Bedrag Betaald Kwijtgescholden Rente" in dossier and "Hoofdsom open" not in dossier, dossier


@pytest.mark.browser
def test_in_chromium_the_pages_meet_axe_fit_a_phone_and_the_qr_code_asks_the_rest(tmp_path, browser, capsys):
    """A running settlement's page, a settled one and one in instalments with the first missed (its schedule), at 390
    px: axe's WCAG rules, no sideways scroll, and the EPC QR code decoded: the agreed 600.00 less the 100.00 paid
    since."""
    paid = [payment(date=date(2026, 12, 1), amount=Decimal("100.00"))]
    runs = _build(tmp_path / "runs", "2026-12-05", paid=paid)
    done = _build(tmp_path / "done", "2027-01-25", paid=[payment(date=date(2027, 1, 20), amount=Decimal("600.00"))])
    two = {key: value for key, value in SETTLEMENT.items() if key != "pay_by"}
    two["installments"] = [
        {"due": date(2026, 12, 15), "amount": "300.00"},
        {"due": date(2027, 1, 15), "amount": "300.00"},
    ]
    missed = _build(tmp_path / "missed", "2026-12-20", paid=paid, events=(REMINDER, two))
    assert runs[0] == 0 and done[0] == 0 and missed[0] == 0, capsys.readouterr().err
    assert "Uw termijnen voor de afspraak" in visible_text(_page(missed[1]))
    svgs = re.findall(r"<svg.*?</svg>", _page(runs[1]), re.S)
    payloads = [text for svg in svgs for text in decode_svg(svg, browser=browser)]
    (epc,) = [text for text in payloads if text.startswith("BCD")]
    lines = epc.split("\n")
    assert lines[7] == "EUR500" and lines[9] == "RF82D1001", epc  # EPC069-12: the amount, then the reference
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        for _, out, _ in (runs, done, missed):
            with serving(out) as base:
                (path,) = (out / "s").glob("*/index.html")
                page.goto(f"{base}/{path.relative_to(out).as_posix()}")
                assert violations(page) == []
                assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def _letters_on(tmp_path: Path, as_of: str, paid=(), settings=(), settlement=SETTLEMENT) -> tuple[int, Path, Path]:
    """A build into the same output and internal output as the build before (its record of confirmations too)."""
    doc = valid_debtor(representative=COUNSELLOR, events=[REMINDER, settlement], payments=list(paid))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(out), "--internal-output", str(internal)]
    return main([*args, "--public-url", "http://localhost:8000", "--quiet", *settings]), out, internal


def _written(internal: Path) -> list[str]:
    return sorted(p.name for p in (internal / "letters").iterdir())


@pytest.mark.slow
def test_a_real_build_confirms_the_settlement_once_and_writes_the_settled_letter_when_it_is_paid(tmp_path, capsys):
    """Three nights of one site: the settlement's day (its confirmation, in the print file, named on the overview's
    letters of the day), the next week (nothing again), and the night after the agreed sum came in (the settled
    letter, no payment asked). PDFs and the e-mail read back."""
    from tests.support.letters import flat, pdf_text, qr_codes, read_eml

    code, _, internal = _letters_on(tmp_path, "2026-11-28")
    assert code == 0, capsys.readouterr().err
    assert _written(internal) == ["D-1001-settlement.eml", "D-1001-settlement.pdf", "print-2026-11-28.pdf"]
    pdf = (internal / "letters" / "D-1001-settlement.pdf").read_bytes()
    said = flat(" ".join(pdf_text(pdf))).replace("\xa0", " ")
    assert "Dank u wel voor onze afspraak over een lager bedrag." in said, said
    assert "Op 28 november 2026 hebben wij met uw schuldhulpverlener afgesproken dat u EUR 600,00 betaalt" in said
    assert "Schuldhulp Utrecht" not in said and "Jan Smit" not in said
    (epc,) = [code for code in qr_codes(pdf) if code.startswith("BCD")]
    assert epc.split("\n")[7] == "EUR600", epc
    printed = flat(" ".join(pdf_text((internal / "letters" / "print-2026-11-28.pdf").read_bytes())))
    assert "Dank u wel voor onze afspraak over een lager bedrag." in printed
    mail = read_eml(internal / "letters" / "D-1001-settlement.eml")
    assert "Bevestiging van onze afspraak over een lager bedrag (minnelijk akkoord) – " in mail["Subject"]
    today = visible_text((internal / "index.html").read_text(encoding="utf-8"))
    assert "Bevestiging minnelijk akkoord" in today, today[:3000]

    code, _, internal = _letters_on(tmp_path, "2026-12-05")
    assert code == 0, capsys.readouterr().err
    assert not (internal / "letters").exists() or _written(internal) == []

    paid = [payment(date=date(2027, 1, 20), amount=Decimal("600.00"))]
    code, _, internal = _letters_on(tmp_path, "2027-01-22", paid=paid)
    assert code == 0, capsys.readouterr().err
    assert _written(internal) == ["D-1001-settled.eml", "D-1001-settled.pdf", "print-2027-01-22.pdf"]
    pdf = (internal / "letters" / "D-1001-settled.pdf").read_bytes()
    said = flat(" ".join(pdf_text(pdf))).replace("\xa0", " ")
    assert "Op 20 januari 2027 had u dat bedrag op tijd helemaal betaald." in said, said
    # s50: the box gives the rest remitted; the sentence says what it means (tests/site/test_settled_reads_closed).
    assert "Zoals afgesproken schelden wij de rest kwijt. Die vragen wij ook later niet meer van u." in said
    assert not qr_codes(pdf) and "Zo betaalt u" not in said
    assert "Minnelijk akkoord betaald" in visible_text((internal / "index.html").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_a_site_whose_letter_texts_were_copied_before_the_settlement_letters_still_builds_them(tmp_path, capsys):
    content = shutil.copytree(REPO / "content", tmp_path / "content")
    for lang in ("nl", "en"):
        (content / "letters" / lang / "settlement.md").unlink()
        (content / "letters" / lang / "settled.md").unlink()
        (content / "letters" / lang / "settlement_reminder.md").unlink()
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f"from pelican.plugins.incasso.pelicanconf import *\nPATH = {str(content)!r}\n", "utf-8")
    code, _, internal = _letters_on(tmp_path, "2026-11-28", settings=("--settings", str(settings)))
    assert code == 0, capsys.readouterr().err
    from tests.support.letters import flat, pdf_text

    said = flat(" ".join(pdf_text((internal / "letters" / "D-1001-settlement.pdf").read_bytes())))
    assert "Dank u wel voor onze afspraak over een lager bedrag." in said, said


@pytest.mark.slow
def test_a_real_build_reminds_of_a_missed_instalment_of_the_settlement_once(tmp_path, capsys):
    """In instalments: the first (15 December) half paid. The build of the 16th writes the reminder (the page and the
    letter ask the 150.00 open by 29 December, the last day before it lapses); the 17th's writes nothing."""
    from tests.support.letters import flat, pdf_text, qr_codes

    two = {key: value for key, value in SETTLEMENT.items() if key != "pay_by"}
    two["installments"] = [
        {"due": date(2026, 12, 15), "amount": "300.00"},
        {"due": date(2027, 1, 15), "amount": "300.00"},
    ]
    paid = [payment(date=date(2026, 12, 10), amount=Decimal("150.00"))]
    code, out, internal = _letters_on(tmp_path, "2026-12-16", paid=paid, settlement=two)
    assert code == 0, capsys.readouterr().err
    assert "D-1001-settlement_reminder.pdf" in _written(internal)
    pdf = (internal / "letters" / "D-1001-settlement_reminder.pdf").read_bytes()
    said = flat(" ".join(pdf_text(pdf))).replace("\xa0", " ")
    assert "een termijn van onze afspraak over een lager bedrag nog niet betaald" in said, said
    assert "Wilt u dat uiterlijk 29 december 2026 betalen? Dan blijft de afspraak gewoon staan." in said
    (epc,) = [code for code in qr_codes(pdf) if code.startswith("BCD")]
    assert epc.split("\n")[7] == "EUR150", epc
    page = visible_text(_page(out))
    assert "Betaal uiterlijk 29 december 2026" in page and "Uw termijnen voor de afspraak" in page, page[:3000]
    # s49 (phone review): the box says the miss and what it brings; the way out no longer asks to write "vóór de
    # afgesproken dag", a day behind the debtor, in the letter or on the page. The way to pay stands right under the
    # day, before the box's notes (s51-paybutton).
    top = "Nu te betalen EUR 150,00 Betaal uiterlijk 29 december 2026 Zo betaalt u Betaal online Er staat een termijn"
    assert top + " van de afspraak open." in page, page[:3000]
    for read in (said, page):
        assert "Neem dan zo snel mogelijk contact met ons op." in read and "vóór de afgesproken dag" not in read, read
    assert "Herinnering termijn minnelijk akkoord" in visible_text(
        (internal / "index.html").read_text(encoding="utf-8")
    )
    code, _, internal = _letters_on(tmp_path, "2026-12-17", paid=paid, settlement=two)
    assert code == 0, capsys.readouterr().err
    assert not (internal / "letters").exists() or _written(internal) == []


def _settlement_row(internal: Path) -> str:
    """The settlement's row of the dossier's history, as text."""
    html = (internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    (row,) = re.findall(r'<tr class="event event-settlement">.*?</tr>', html, flags=re.S)
    return visible_text(row)


@pytest.mark.parametrize("staff", ["nl", "en"])
def test_the_dossier_says_the_settlements_later_letters_at_its_row(tmp_path, capsys, staff):
    """A missed instalment's reminder and the letter that it was paid are dated after the settlement: the dossier
    names each at the settlement's row with the day a build wrote it (the history has no row of their day), the
    reminder still the next night, the settled letter on later builds too."""
    said = {"nl": words, "en": words_en}[staff]
    two = {key: value for key, value in SETTLEMENT.items() if key != "pay_by"}
    two["installments"] = [
        {"due": date(2026, 12, 15), "amount": "300.00"},
        {"due": date(2027, 1, 15), "amount": "300.00"},
    ]
    doc = valid_debtor(representative=COUNSELLOR, events=[REMINDER, two])
    creditor = valid_creditor(interest="statutory")
    out, internal = tmp_path / "out", tmp_path / "internal"

    def build(as_of: date, paid=()) -> str:
        root = write_ledger(tmp_path, creditor=creditor, debtors=[{**doc, "payments": list(paid)}])
        args = ["build", "--ledger", str(root), "--as-of", as_of.isoformat(), "--output", str(out), "--quiet"]
        assert main([*args, "--internal-output", str(internal), "--staff-language", staff]) == 0, capsys.readouterr()
        return visible_text(_settlement_row(internal))

    def line(kind: str, day: date) -> str:
        written = said.PHRASE["confirmed_on"].format(date=fmt.short_day(day, Language(staff)))
        return f"{said.LETTER[kind]}: {written}"

    reminded = date(2026, 12, 16)  # the instalment of 15 December, reminder_after_days (1 by default) after it
    assert said.LETTER["settlement_reminder"] not in build(date(2026, 12, 15))
    assert line("settlement_reminder", reminded) in build(reminded)
    assert line("settlement_reminder", reminded) in build(reminded + timedelta(days=1))  # the next night too
    paid = [
        payment(date=date(2026, 12, 20), amount=Decimal("300")),
        payment(date=date(2027, 1, 14), amount=Decimal("300")),
    ]
    assert line("settled", date(2027, 1, 16)) in build(date(2027, 1, 16), paid)
    assert line("settled", date(2027, 1, 16)) in build(date(2027, 1, 20), paid)


def test_a_settlement_called_off_by_agreement_is_said_on_the_page_and_to_staff(tmp_path, capsys):
    """A real build after a `settlement_ended`: the page asks the whole claim again and says why, by no name; the
    dossier's history and why-line say it ended, and claims.json has it ended on its day."""
    off = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt")
    code, out, internal = _build(tmp_path, "2026-12-15", events=(REMINDER, SETTLEMENT, off))
    assert code == 0, capsys.readouterr().err
    said = visible_text(_page(out))
    assert "De afspraak van 28 november 2026 is op 10 december 2026 in overleg beëindigd." in said, said[:3000]
    assert "Daarom vragen wij weer het hele bedrag." in said and "Schuldhulp gestopt" not in said
    assert "kwijtgescholden als u het afgesproken bedrag betaalt" not in said
    dossier = visible_text((internal / "d" / "D-1001.html").read_text(encoding="utf-8"))
    assert "Minnelijk akkoord beëindigd" in dossier and "Schuldhulp gestopt" in dossier, dossier
    assert "in overleg beëindigd op 10 december 2026" in dossier
    claims = (internal / "claims.json").read_text(encoding="utf-8")
    assert '"state": "ended"' in claims and '"ended_on": "2026-12-10"' in claims


@pytest.mark.slow
def test_a_site_copied_before_the_after_settlement_openings_writes_the_final_notice_with_the_shipped_one(
    tmp_path, capsys
):
    """A real build of a site whose content/letters lacks the three after-settlement openings (and has its own
    final_notice.md): the final notice after the lapse opens with the shipped text, the agreement before the lapse
    sentence, not the site's own notice opening, which would read as if nothing had been agreed."""
    from tests.support.letters import flat, pdf_text

    content = shutil.copytree(REPO / "content", tmp_path / "content")
    for lang in ("nl", "en"):
        for name in ("reminder_after_settlement", "dunning_after_settlement", "final_notice_after_settlement"):
            (content / "letters" / lang / f"{name}.md").unlink()
        (content / "letters" / lang / "final_notice.md").write_text("Onze eigen sommatie. {this_notice}.\n", "utf-8")
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f"from pelican.plugins.incasso.pelicanconf import *\nPATH = {str(content)!r}\n", "utf-8")
    dunning = event(date(2026, 3, 10), "dunning", channel="letter")
    doc = valid_debtor(representative=COUNSELLOR, events=[REMINDER, dunning, SETTLEMENT])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", "2027-02-03", "--output", str(out)]
    args += ["--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet"]
    assert main([*args, "--settings", str(settings)]) == 0, capsys.readouterr().err
    said = flat(" ".join(pdf_text((internal / "letters" / "D-1001-final_notice.pdf").read_bytes())))
    said = said.replace("\xa0", " ")
    opens = (
        "Wij hebben u eerder een herinnering en een aanmaning gestuurd. Daarna had u met ons een lager bedrag "
        "afgesproken, maar die afspraak geldt niet meer."
    )
    lapsed = "De afspraak van 28 november 2026 is vervallen"
    assert opens in said and "Onze eigen sommatie" not in said, said
    assert said.index(opens) < said.index(lapsed)


@pytest.mark.slow
def test_a_plan_replacing_a_settlement_called_off_says_so_in_a_real_build(tmp_path, capsys):
    """settlement_ended, then an arrangement the same day: the plan's confirmation (its PDF read back) and the page
    say the settlement is off and the plan is based on the whole claim, not the agreed EUR 600,00."""
    from tests.support.letters import flat, pdf_text

    off = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt")
    instalments = [{"due": date(2027, 1, 10), "amount": "700.00"}, {"due": date(2027, 2, 10), "amount": "700.00"}]
    plan = event(date(2026, 12, 10), "arrangement", installments=instalments)
    code, out, internal = _build(tmp_path, "2026-12-10", events=(REMINDER, SETTLEMENT, off, plan))
    assert code == 0, capsys.readouterr().err
    replaced = (
        "De afspraak van 28 november 2026 over een lager bedrag is op 10 december 2026 in overleg beëindigd. Uw "
        "betalingsregeling gaat daarom uit van het hele bedrag, niet van het lagere bedrag van EUR 600,00."
    )
    said = flat(" ".join(pdf_text((internal / "letters" / "D-1001-arrangement.pdf").read_bytes())))
    assert replaced in said.replace("\xa0", " "), said
    assert replaced in visible_text(_page(out))


@pytest.mark.slow
def test_a_plan_replacing_a_call_off_the_statements_do_not_reach_asks_whether_anything_is_owed(tmp_path, capsys):
    """s50: called off and replaced by a plan on 10 December, the bank folder reaching 8 December: paid by the 10th,
    the settlement holds and the plan asks nothing. The plan's confirmation (its PDF and the EPC code on it, read
    back) and its page asked "Volgende termijn EUR 700,00" all the same. Their tops ask now, with both answers; no
    amount in the details, the QR codes or links.csv. The statements reaching the 12th, the page asks the instalment."""
    from tests.support.letters import flat, pdf_text, qr_codes

    off = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt")
    instalments = [{"due": date(2027, 1, 10), "amount": "700.00"}, {"due": date(2027, 2, 10), "amount": "700.00"}]
    plan = event(date(2026, 12, 10), "arrangement", installments=instalments)
    doc = valid_debtor(representative=COUNSELLOR, events=[REMINDER, SETTLEMENT, off, plan])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    reference = rf_reference("D-1001")
    first = camt053(CREDITOR_IBAN, [Booking("100.00", date(2026, 12, 8), ref="B-1208", scor=reference)])
    write_bank(root, {"2026-12-08.xml": first})
    out, internal = tmp_path / "out", tmp_path / "internal"

    def build(as_of: str) -> None:
        args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(out)]
        args += ["--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet"]
        assert main(args) == 0, capsys.readouterr().err

    build("2026-12-10")
    asked = (
        "Heeft u uiterlijk 10 december 2026 nog EUR 500,00 betaald? Ja? Dan geldt de afspraak over het lagere bedrag "
        "toch, en hoeft u niets meer te betalen. Nee? Dan geldt uw betalingsregeling: betaal EUR 700,00 uiterlijk 10 "
        "januari 2027. Wij zien uw betalingen nu tot en met 8 december 2026. Daarom weten wij het nog niet."
    )
    pdf = (internal / "letters" / "D-1001-arrangement.pdf").read_bytes()
    letter = flat(" ".join(pdf_text(pdf))).replace("\xa0", " ")
    assert letter.count(asked) == 1 and "Volgende termijn" not in letter, letter
    assert "Bedrag vult u zelf in (zie bovenaan)" in letter and "leest u bovenaan deze brief." in letter, letter
    # Asked once (s52): what the instalments add up to asks it (below), and what a missed one brings follows from it.
    assert "Geldt uw betalingsregeling (zie bovenaan)" not in letter.split("Betaalt u een termijn niet op tijd?")[1]
    (epc,) = [code for code in qr_codes(pdf) if code.startswith("BCD")]
    assert epc.split("\n")[7] == "" and epc.split("\n")[9] == "RF82D1001", epc
    said = visible_text(_page(out))
    assert _section(said, "Voor: Bakkerij De Vries", "Zo betaalt u").strip() == asked, said
    assert said.count("Heeft u uiterlijk 10 december 2026") == 1 and "Volgende termijn" not in said, said
    assert "Geldt uw betalingsregeling (zie bovenaan)? Dan is uw volgende termijn EUR 700,00" in said, said
    links = (internal / "links.csv").read_text(encoding="utf-8").splitlines()
    assert links[1].split(",")[links[0].split(",").index("amount_to_pay")] == "", links
    # s51: below the box, the total and what is open over the instalments as the box asks them, in the PDF, the
    # e-mail and the page: they said "Totaal open (waarvan EUR 700,00 uiterlijk 10 januari 2027 en EUR 492,31 later
    # te betalen)" and "Uw termijnen zijn samen meer dan er nu openstaat (EUR 1.192,31)." flat.
    # s52: the page asks whether the plan applies once, at its next instalment; what they add up to follows from it.
    total = "Totaal open als uw betalingsregeling geldt (zie bovenaan) 1.192,31"
    asked = "Geldt uw betalingsregeling (zie bovenaan)? Dan zijn uw termijnen samen meer dan er nu openstaat (EUR "
    more = asked + "1.192,31)."
    mail = _mail_text(internal / "letters" / "D-1001-arrangement.eml")
    for text in (letter, said, flat(mail).replace(": 1.192,31", " 1.192,31")):
        assert text.count(total) == 1 and text.count("Geldt uw betalingsregeling (zie bovenaan)") == 1, text
        assert "later te betalen" not in text, text
    for text in (letter, flat(mail)):
        assert text.count(more) == 1 and "Uw termijnen zijn samen" not in text, text
    assert "Uw termijnen zijn samen meer dan er nu openstaat (EUR 1.192,31)." in said and asked not in said, said

    later = camt053(
        CREDITOR_IBAN,
        [Booking("50.00", date(2026, 12, 12), ref="B-1212", scor=reference)],
        opening="1100.00",
        message_id="CAMT053-TEST-2",
    )
    write_bank(root, {"2026-12-12.xml": later})
    build("2026-12-14")
    said = visible_text(_page(out))
    assert "Heeft u uiterlijk" not in said and "Volgende termijn EUR 650,00" in said, said  # 50,00 of it paid
    assert "(zie bovenaan)" not in said and "Totaal open (waarvan EUR 650,00 uiterlijk 10 januari 2027" in said, said


def _mail_text(path: Path) -> str:
    """The plain-text part of a written e-mail (.eml), decoded."""
    import email

    message = email.message_from_bytes(path.read_bytes())
    (part,) = [part for part in message.walk() if part.get_content_type() == "text/plain"]
    return part.get_payload(decode=True).decode("utf-8").replace("\xa0", " ")


def _section(said: str, heading: str, until: str) -> str:
    return said.split(heading, 1)[1].split(until, 1)[0]


def test_a_call_off_the_bank_statements_do_not_reach_waits_for_them_in_a_real_build(tmp_path, capsys, browser):
    """s49: the settlement called off on 10 December, the bank folder's camt.053 reaching 8 December (the debtor paid
    EUR 100,00 that day): a payment of the rest on the 10th would have kept it. Real builds of one site, two nights.
    The 11th: no letter is written, the page's top asks whether the rest was paid, with both answers and which
    payments it sees (no amount at its head, none in the QR code or details, no payment link: s49), says below it that
    it waits, and announces no letter; the dossier, the overview's signal and claims.json tell staff why. The 14th, a
    statement to 12 December added (EUR 50,00 on the 12th: the agreed EUR 500,00 left was not paid by the 10th): the
    final notice is written, its PDF says the settlement was called off, and nothing waits any more."""
    from tests.support.letters import flat, pdf_text

    dunning = event(date(2026, 3, 10), "dunning", channel="letter")
    off = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt")
    doc = valid_debtor(representative=COUNSELLOR, events=[REMINDER, dunning, SETTLEMENT, off])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    reference = rf_reference("D-1001")
    first = camt053(CREDITOR_IBAN, [Booking("100.00", date(2026, 12, 8), ref="B-1208", scor=reference)])
    write_bank(root, {"2026-12-08.xml": first})
    out, internal = tmp_path / "out", tmp_path / "internal"

    def build(as_of: str) -> None:
        args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(out)]
        args += ["--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet"]
        assert main(args) == 0, capsys.readouterr().err

    build("2026-12-11")
    assert not (internal / "letters").exists() or _written(internal) == []
    html = _page(out)
    said = visible_text(html)
    # The top asks what only the debtor knows yet, with both answers (s49: a phone review read "Te betalen EUR
    # 1.192,44" and "Het bedrag hierboven is wat u nu nog moet betalen" there, to a debtor who may have paid).
    top = _section(said, "Voor: Bakkerij De Vries", "Bericht van")
    assert top.strip() == (
        "Heeft u uiterlijk 10 december 2026 nog EUR 500,00 betaald? Ja? Dan geldt de afspraak toch, en hoeft u niets "
        "meer te betalen. Nee? Dan is de afspraak beëindigd. Betaal dan zo snel mogelijk het hele bedrag: EUR "
        "1.192,44. Wij zien uw betalingen nu tot en met 8 december 2026. Daarom weten wij het nog niet. Zo betaalt u"
    ), top
    # The message below it does not say "die afspraak geldt niet meer" (after_settlement_unseen).
    message = _section(said, "Bericht van Installatiebedrijf Voorbeeld B.V.", "Kunt u niet")
    assert message.strip() == (
        "U had met ons een lager bedrag afgesproken. Of die afspraak nog geldt, hangt af van wat u op tijd betaalde. "
        "Bovenaan leest u wat u dan moet doen."
    ), message
    next_steps = _section(said, "Wat gebeurt er nu?", "Zo betaalt u")
    assert (
        "De afspraak van 28 november 2026 is op 10 december 2026 in overleg beëindigd. Had u de rest van het "
        "afgesproken bedrag toen nog niet betaald (zie bovenaan)? Dan vragen wij weer het hele bedrag. Wat u al "
        "betaalde, telt mee. Tot wij uw betalingen van 10 december 2026 zien, zetten wij geen volgende stap."
        in next_steps
    ), next_steps
    assert "Wij zien uw betalingen" not in next_steps and "EUR 500,00" not in next_steps, next_steps  # said once
    assert "Wij sturen u" not in next_steps and "sommatie" not in next_steps, next_steps
    # No amount the debtor may not owe: none in the details or the EPC QR code, and no payment link (its amount is
    # fixed); the mail merge's amount_to_pay is empty as for a dispute.
    pay = _section(said, "Zo betaalt u Er staat hieronder", "Let op")
    assert "Bedrag vult u zelf in (zie bovenaan)" in pay and "EUR" not in pay and "pay.example" not in html, pay
    (epc,) = [
        text
        for svg in re.findall(r"<svg.*?</svg>", html, re.S)
        for text in decode_svg(svg, browser=browser)
        if "BCD" in text
    ]
    assert epc.split("\n")[7] == "" and epc.split("\n")[9] == "RF82D1001", epc
    links = (internal / "links.csv").read_text(encoding="utf-8").splitlines()
    assert links[1].split(",")[links[0].split(",").index("amount_to_pay")] == "", links
    dossier = visible_text((internal / "d" / "D-1001.html").read_text(encoding="utf-8"))
    assert "Wacht op bankafschriften : minnelijk akkoord beëindigd op 10 december 2026, maar betalingen zijn " in (
        dossier
    ), dossier
    assert "Afschriften gelezen tot en met 8 december 2026: komt er uiterlijk 10 december 2026 nog EUR 500,00 " in (
        dossier
    )
    assert "Wacht op de bankafschriften: het akkoord is op 10 december 2026 beëindigd" in dossier, dossier
    # s50: beside that, not "Totaal te betalen: EUR 1.192,44" (a total not known to be owed): both outcomes.
    glance = _section(dossier, "Taal: Nederlands", "Bedragen")
    assert glance.strip() == (
        "Uiterlijk 10 december 2026 nog EUR 500,00 betaald: dan niets meer te betalen · Anders: EUR 1.192,44 te betalen ·"
    ), glance
    assert "Wacht op bankafschriften" in visible_text((internal / "index.html").read_text(encoding="utf-8"))
    # s51: the page's total said it as the box's "Nee?", not "Totaal te betalen 1.192,44" flat under the question.
    assert "Totaal te betalen als de afspraak is beëindigd (zie bovenaan) 1.192,44" in said, said
    (row,) = json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert row["next_action"]["awaits_statements"] is True and "awaits_bank" in row["flags"], row

    # The next statement, chained to the first by its opening balance (1000 + 100), reaches 12 December.
    later = camt053(
        CREDITOR_IBAN,
        [Booking("50.00", date(2026, 12, 12), ref="B-1212", scor=reference)],
        opening="1100.00",
        message_id="CAMT053-TEST-2",
    )
    write_bank(root, {"2026-12-12.xml": later})
    build("2026-12-14")
    assert _written(internal) == ["D-1001-final_notice.pdf", "print-2026-12-14.pdf"]
    letter = flat(" ".join(pdf_text((internal / "letters" / "D-1001-final_notice.pdf").read_bytes())))
    letter = letter.replace("\xa0", " ")
    assert letter.count("De afspraak van 28 november 2026 is op 10 december 2026 in overleg beëindigd.") == 1, letter
    assert "Wij zien uw betalingen" not in letter and "geldt de afspraak toch" not in letter, letter
    html = _page(out)
    said = visible_text(html)
    assert "Wij zien uw betalingen tot en met" not in said and "Wij sturen u nu een laatste brief (sommatie)." in said
    assert "Heeft u uiterlijk" not in said and "Te betalen EUR 1.142,82" in said, said  # known now: the amount is asked
    (epc,) = [
        text
        for svg in re.findall(r"<svg.*?</svg>", html, re.S)
        for text in decode_svg(svg, browser=browser)
        if "BCD" in text
    ]
    assert epc.split("\n")[7].startswith("EUR1"), epc
    dossier = visible_text((internal / "d" / "D-1001.html").read_text(encoding="utf-8"))
    assert "Wacht op bankafschriften" not in dossier and "Afschriften gelezen tot en met" not in dossier, dossier
    assert "Sommatie sturen sinds 10 december 2026" in dossier, dossier
    (row,) = json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert "Stand op 14 december 2026, met de betalingen tot en met 12 december 2026" in said, said
    assert not row["next_action"].get("awaits_statements") and "awaits_bank" not in row["flags"], row
