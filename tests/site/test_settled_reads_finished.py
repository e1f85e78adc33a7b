"""A settled claim reads as finished (s49 review): the settled letter's figures stood under "Wat u moet betalen en
waarom" though nothing is owed, and its totals, as the settled page's, said the remitted sum twice ("Facturen,
kwijtgescholden 690,68" above "Kwijtgescholden (niet betaald) 690,68"; "niet betaald" reads as still owed). Real
builds in Dutch and in English of one debtor whose counsellor agreed 600.00 of 1,290.68, paid on its last day but
one: the letter read back from its PDF, the e-mail's text and the page, then the page at 390 px in Chromium.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.support.ledgers import COUNSELLOR, event, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import serving, visible_text

SETTLEMENT = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
PAID_ON = date(2027, 1, 20)
WORDS = {
    "nl": {
        "heading": "Wat u moest betalen en hoe het is afgerond",
        "total": "Totaal kwijtgescholden (hoeft u niet te betalen) 690,68",
        "remitted": "690,68",
        # What a debtor would read as something still owed, or asked.
        "owed": (
            "Wat u moet betalen en waarom",
            "niet betaald",
            "nog open",
            "Totaal te betalen",
            "Totaal open",
            "Zo betaalt u",
            "QR-code",
        ),
    },
    "en": {
        "heading": "What you owed and how it was settled",
        "total": "Total waived (you do not have to pay this) 690.68",
        "remitted": "690.68",
        "owed": (
            "What you owe and why",
            "not paid",
            "still open",
            "Total to pay",
            "Total outstanding",
            "How to pay",
            "QR code",
        ),
    },
}


@pytest.fixture(scope="module", params=["nl", "en"])
def settled(request, tmp_path_factory) -> tuple[str, Path, Path]:
    """A build on the day the agreed sum came in: the settled letter (PDF and e-mail) and the settled page."""
    lang = request.param
    root = tmp_path_factory.mktemp(f"settled-{lang}")
    paid = [payment(date=PAID_ON, amount=Decimal("600.00"))]
    doc = valid_debtor(representative=COUNSELLOR, events=[SETTLEMENT], payments=paid, language=lang)
    ledger = write_ledger(root, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    out, internal = root / "out", root / "internal"
    args = ["build", "--ledger", str(ledger), "--as-of", PAID_ON.isoformat(), "--output", str(out)]
    code = main([*args, "--internal-output", str(internal), "--public-url", "http://localhost:8000", "--quiet"])
    assert code == 0
    return lang, out, internal


def _figures_said_finished(said: str, lang: str) -> None:
    """Its figures under a heading that fits, the remitted rest once in the totals, nothing read as still owed."""
    words = WORDS[lang]
    assert words["heading"] in said, said
    assert said.count(words["total"]) == 1, said
    totals = said[said.index(words["total"]) - 60 :]
    assert totals.count(words["remitted"]) == 1, totals  # no "Invoices, waived" row above it with the same sum
    for owed in words["owed"]:
        assert owed not in said, owed


def test_the_settled_letter_read_back_from_its_pdf_says_its_figures_as_finished(settled) -> None:
    lang, _, internal = settled
    said = flat(" ".join(pdf_text((internal / "letters" / "D-1001-settled.pdf").read_bytes()))).replace("\xa0", " ")
    _figures_said_finished(said, lang)


def test_the_settled_e_mail_says_its_figures_as_finished(settled) -> None:
    lang, _, internal = settled
    mail = read_eml(internal / "letters" / "D-1001-settled.eml")
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    said = " ".join(body.get_content().replace("\xa0", " ").replace(":", "").split())
    _figures_said_finished(said, lang)
    # Its link to the page, which has no QR code: it offered "met een QR-code om te betalen" (s49).
    assert {"nl": "Uw persoonlijke overzicht, altijd bijgewerkt", "en": "Your personal overview, always up to date"}[
        lang
    ] in said, said
    html = mail.get_body(preferencelist=("html",))
    assert html is not None and WORDS[lang]["heading"] in visible_text(html.get_content())


def test_the_settled_page_says_its_figures_as_finished(settled) -> None:
    lang, out, _ = settled
    (page,) = (out / "s").glob("*/index.html")
    said = visible_text(page.read_text(encoding="utf-8"))
    words = WORDS[lang]
    assert said.count(words["total"]) == 1, said
    assert said[said.index(words["total"]) - 60 :].count(words["remitted"]) == 1, said
    for owed in words["owed"]:
        assert owed not in said, owed


@pytest.mark.browser
def test_at_390px_the_settled_page_s_totals_are_one_row_that_owes_nothing(settled, browser) -> None:
    lang, out, _ = settled
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        with serving(out) as base:
            (path,) = (out / "s").glob("*/index.html")
            page.goto(f"{base}/{path.relative_to(out).as_posix()}")
            rows = page.locator("table.totals tr").all_inner_texts()
            assert [" ".join(row.split()) for row in rows] == [WORDS[lang]["total"]], rows
            seen = page.locator("body").inner_text()
            assert all(owed not in seen for owed in WORDS[lang]["owed"]), seen
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()
