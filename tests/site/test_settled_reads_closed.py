"""Real builds: a settled claim's letter says each figure once, and a closed claim's dossier reads as closed.

s49 left: the settled letter's box ("Betaald zoals afgesproken EUR 600,00", "Niets meer te betalen", "Rest
kwijtgescholden: EUR 690,68") stood above sentences that said the same three again; the settled dossier showed
"Fase: Herinnering", "Rente EUR 0,00" once the interest was paid, and its days late growing each night, with the
agreed sum against what was owed only in its log. A paid and a written-off dossier (the demo's D-1014, D-1016) alike.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.support.ledgers import COUNSELLOR, event, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import DEMO_LEDGER, visible_text

pytestmark = pytest.mark.slow

SETTLEMENT = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
REMINDER = event(date(2026, 2, 10), "reminder", channel="letter")
PAID = [payment(date=date(2027, 1, 20), amount=Decimal("600.00"))]

# Per language: the figures the box gives (each once above the figures' heading), the words of "nothing more to
# pay" (once: the box's), and the heading the letter's figures stand under.
SAID = {
    "nl": (("EUR 600,00", "EUR 690,68"), "iets meer te betalen", "Wat u moest betalen en hoe het is afgerond"),
    "en": (("EUR 600.00", "EUR 690.68"), "othing more", "What you owed and how it was settled"),
}


def _build(tmp_path: Path, as_of: str, language: str = "nl") -> Path:
    """A build of the settlement paid on 20 January 2027 (statutory interest), into the same folders as the last."""
    doc = valid_debtor(representative=COUNSELLOR, events=[REMINDER, SETTLEMENT], payments=PAID, language=language)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    internal = tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet"]) == 0
    return internal


def _body(text: str, salutation: str, heading: str) -> str:
    """The letter from its salutation to its figures' heading: the box and the sentences."""
    return text.split(salutation, 1)[1].split(heading, 1)[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_settled_letter_gives_each_figure_once_in_its_box_and_says_what_it_means(tmp_path, language, capsys):
    _build(tmp_path, "2027-01-19", language)  # the night before the sum came in: the letter is the next build's
    internal = _build(tmp_path, "2027-01-22", language)
    figures, nothing_more, heading = SAID[language]
    salutation = "Geachte" if language == "nl" else "Dear"
    pdf = flat(" ".join(pdf_text((internal / "letters" / "D-1001-settled.pdf").read_bytes()))).replace("\xa0", " ")
    message = read_eml(internal / "letters" / "D-1001-settled.eml")
    plain = message.get_body(preferencelist=("plain",))
    assert plain is not None
    mail = " ".join(plain.get_content().split()).replace("\xa0", " ")
    for form, text in (("pdf", pdf), ("e-mail", mail)):
        body = _body(text, salutation, heading)
        for figure in figures:
            assert body.count(figure) == 1, (form, figure, body)
        assert body.count(nothing_more) == 1, (form, body)
    meant = {
        "nl": "Zoals afgesproken schelden wij de rest kwijt. Die vragen wij ook later niet meer van u.",
        "en": "As agreed, we have waived the rest. We will not ask you for it later either.",
    }[language]
    assert meant in pdf and meant in mail, (pdf, mail)
    owed = {"nl": "een lager bedrag afgesproken, in plaats van EUR 1.290,68.", "en": "instead of EUR 1,290.68."}
    assert owed[language] in pdf and owed[language] in mail, pdf


def test_the_settled_dossier_reads_closed_with_the_agreed_sum_at_its_top(tmp_path: Path) -> None:
    """Paid as agreed on 20 January 2027, 350 days after the due date (4 February 2026): on the 22nd and a month
    later the same, under "Dagen te laat betaald"; the interest counted said as paid."""
    for as_of in ("2027-01-22", "2027-02-22"):
        internal = _build(tmp_path, as_of)
        dossier = visible_text((internal / "d" / "D-1001.html").read_text(encoding="utf-8"))
        assert "Fase: Afgerond na herinnering" in dossier, dossier[:2000]
        glance = dossier.split("Taal: Nederlands", 1)[1].split("Bedragen", 1)[0]
        assert glance.strip() == (
            "Afgesproken: EUR 600,00 van EUR 1.290,68 · Kwijtgescholden (niet betaald): EUR 690,68 ·"
        ), glance
        invoices = _invoices_table(dossier.split("Facturen Nummer", 1)[1])
        assert "Kwijtgescholden Rente in totaal Dagen te laat betaald" in invoices, invoices
        assert re.search(r"EUR 690,68 EUR \d+,\d\d betaald 350$", invoices), invoices


def test_the_demo_s_paid_and_written_off_dossiers_read_closed(tmp_path: Path) -> None:
    """The demo on 6 December 2026: D-1014 paid on 4 November (14 days late), D-1016 written off on 15 April 2026
    (126 days after its due date), no "Totaal te betalen" for a claim written off."""
    internal = tmp_path / "internal"
    args = ["build", "--ledger", str(DEMO_LEDGER), "--as-of", "2026-12-06", "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(internal), "--quiet"]) == 0
    paid = visible_text((internal / "d" / "D-1014.html").read_text(encoding="utf-8"))
    assert "Fase: Afgerond na herinnering" in paid and "Open Rente in totaal Dagen te laat betaald" in paid, paid
    assert re.search(r"EUR 0,00 EUR 0,49 betaald 14$", _invoices_table(paid)), paid
    written_off = visible_text((internal / "d" / "D-1016.html").read_text(encoding="utf-8"))
    assert "Fase: Afgerond na sommatie" in written_off and "Totaal te betalen" not in written_off, written_off
    assert "Afgeschreven (niet betaald): EUR 206,96 · Bedragen" in written_off
    assert "Afgeschreven Rente in totaal Dagen te laat bij afschrijven" in written_off
    assert re.search(r"EUR 164,50 EUR 2,46 afgeschreven 126$", _invoices_table(written_off)), written_off


def _invoices_table(dossier: str) -> str:
    """A dossier's text up to the end of its invoices' table (the rates' table follows it for a claim with interest,
    else the payments'), ending in its last cell: the days late of the last invoice."""
    return dossier.split("Rentetarieven", 1)[0].split("Betalingen", 1)[0].rstrip()
