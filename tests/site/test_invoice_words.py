"""'de factuur' or 'de facturen': a page's message and a letter's opening name the invoices they are about
as many as there are, through a real build.

As of Tuesday 24 November 2026, per language, consumers with one invoice and with three: overdue (the page's
message `overdue`), at a reminder (the message `reminder`) and at a dunning letter (the message `dunning` and
the dunning letter). A dossier with an invoice paid and one open is about that one; with an
invoice disputed apart, about the others.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.site.test_statement_pages import parse, statement_pages, text_of
from tests.support.ledgers import (
    event,
    invoice,
    one_debtor_ledger,
    payment,
    valid_creditor,
    valid_debtor,
    write_ledger,
)
from tests.support.letters import flat, pdf_text
from tests.support.site import REPO, build_site

AS_OF = date(2026, 11, 24)


def invoices(debtor_id: str, count: int, due: date) -> list[dict]:
    return [
        invoice(number=f"{debtor_id}-{k}", date=date(2026, 8, 1), due=due, amount=Decimal("300.00"))
        for k in range(1, count + 1)
    ]


def dossier(debtor_id: str, lang: str, count: int, stage: str, **changes) -> dict:
    if stage in ("overdue", "reminder"):  # due last Friday: past its term, no letter yet; or the reminder is due
        due = date(2026, 11, 20) if stage == "overdue" else date(2026, 11, 16)
        return valid_debtor(id=debtor_id, language=lang, invoices=invoices(debtor_id, count, due), **changes)
    # A reminder sent on 2 October: the dunning letter is due
    reminder = event(date(2026, 10, 2), "reminder", channel="letter")
    return valid_debtor(
        id=debtor_id,
        language=lang,
        invoices=invoices(debtor_id, count, date(2026, 10, 1)),
        events=[reminder],
        **changes,
    )


def build(tmp: Path, extra: list[str] = ()):
    """The dossiers built on AS_OF; the site and each page's message as read."""
    debtors = [
        dossier(f"{stage[0].upper()}-{count}-{lang.upper()}", lang, count, stage)
        for stage in ("overdue", "reminder", "dunning")
        for count in (1, 3)
        for lang in ("nl", "en")
    ]
    # Two invoices, one paid: the page is about the one still open.
    debtors.append(
        dossier("O-PAID-NL", "nl", 2, "overdue", payments=[payment(date=date(2026, 11, 19), amount="300.00")])
    )
    # Two invoices, one disputed apart: the page asks for the other.
    disputed = event(date(2026, 11, 21), "dispute", reason="Niet besteld", invoices=["O-APART-NL-2"])
    debtors.append(dossier("O-APART-NL", "nl", 2, "overdue", events=[disputed]))
    root = write_ledger(
        tmp, creditor=valid_creditor(interest="none", policy={"reminder_after_days": 7}), debtors=debtors
    )
    site = build_site(tmp / "build", ledger=root, as_of=AS_OF, extra=extra)
    assert site.exit_code == 0
    pages = statement_pages(site, ledger_dir=root, as_of=AS_OF)
    return site, {i: text_of(parse(path).find(".//section[@class='message']")) for i, (_, path) in pages.items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(tmp_path_factory.mktemp("invoice_words"))


def letter_text(site, name: str) -> str:
    return flat(" ".join(pdf_text((site.internal / "letters" / f"{name}.pdf").read_bytes())))


@pytest.mark.parametrize(
    "debtor_id, said",
    [
        ("O-1-NL", "De betaaltermijn van deze factuur is voorbij, maar wij hebben uw betaling nog niet ontvangen."),
        ("O-3-NL", "De betaaltermijn van deze facturen is voorbij, maar wij hebben uw betaling nog niet ontvangen."),
        ("O-1-EN", "The payment term of this invoice has ended, but we have not yet received your payment."),
        ("O-3-EN", "The payment term of these invoices has ended, but we have not yet received your payment."),
        ("R-1-NL", "Heeft u een vraag over de factuur, of kunt u niet alles in één keer betalen?"),
        ("R-3-NL", "Heeft u een vraag over de facturen, of kunt u niet alles in één keer betalen?"),
        ("R-1-EN", "If you have a question about the invoice, or you cannot pay everything at once"),
        ("R-3-EN", "If you have a question about the invoices, or you cannot pay everything at once"),
        ("D-1-NL", "Bent u het niet eens met de factuur? Laat het ons weten"),
        ("D-3-NL", "Bent u het niet eens met de facturen? Laat het ons weten"),
        ("D-1-EN", "If you disagree with the invoice, let us know"),
        ("D-3-EN", "If you disagree with the invoices, let us know"),
        ("O-PAID-NL", "De betaaltermijn van deze factuur is voorbij, maar wij hebben nog niet het hele bedrag"),
        ("O-APART-NL", "De betaaltermijn van deze factuur is voorbij"),
    ],
)
def test_the_page_s_message_names_one_invoice_or_several(built, debtor_id, said):
    _, messages = built
    assert said in messages[debtor_id]
    assert "{" not in messages[debtor_id]


@pytest.mark.parametrize(
    "debtor_id, said",
    [
        (
            "D-1-NL",
            "Kunt u niet alles in één keer betalen, of bent u het niet eens met de factuur? Laat het ons weten.",
        ),
        (
            "D-3-NL",
            "Kunt u niet alles in één keer betalen, of bent u het niet eens met de facturen? Laat het ons weten.",
        ),
        ("D-1-EN", "If you cannot pay everything at once, or you disagree with the invoice, please let us know."),
        ("D-3-EN", "If you cannot pay everything at once, or you disagree with the invoices, please let us know."),
    ],
)
def test_the_dunning_letter_names_one_invoice_or_several(built, debtor_id, said):
    site, _ = built
    letter = letter_text(site, f"{debtor_id}-dunning")
    assert said in letter
    assert "{" not in letter


# The texts as shipped before {the_invoice} and {this_invoice}: today's with the words they replaced.
BEFORE = {
    "messages/nl/overdue.md": ("{this_invoice}", "deze factuur"),
    "messages/en/overdue.md": ("{this_invoice}", "this invoice"),
    "messages/nl/dunning.md": ("{the_invoice}", "de factuur"),
    "messages/en/reminder.md": ("{the_invoice}", "the invoice"),
    "letters/nl/dunning.md": ("{the_invoice}", "de factuur"),
    "letters/en/dunning.md": ("{the_invoice}", "the invoice"),
}


def test_texts_copied_before_the_values_existed_still_build_and_name_several_invoices(tmp_path):
    """A creditor's content/ copied before: the words as shipped then read as the values; their own words,
    without a value, build as they are."""
    content = shutil.copytree(REPO / "content", tmp_path / "content")
    for name, (value, words) in BEFORE.items():
        path = content / name
        assert value in path.read_text(encoding="utf-8"), name
        path.write_text(path.read_text(encoding="utf-8").replace(value, words), encoding="utf-8")
    own = "Deze factuur staat nog open. Wilt u hem {pay_by} betalen?\n"
    (content / "messages" / "nl" / "reminder.md").write_text(own, encoding="utf-8")
    settings = tmp_path / "settings.py"
    settings.write_text(
        f"from pelican.plugins.incasso.pelicanconf import *\nPATH = {str(content)!r}\n", encoding="utf-8"
    )
    site, messages = build(tmp_path, extra=["--settings", str(settings)])
    assert "De betaaltermijn van deze facturen is voorbij" in messages["O-3-NL"]
    assert "The payment term of these invoices has ended" in messages["O-3-EN"]
    assert "The payment term of this invoice has ended" in messages["O-1-EN"]
    assert "Bent u het niet eens met de facturen? Laat het ons weten" in messages["D-3-NL"]
    assert "If you have a question about the invoices, or you cannot" in messages["R-3-EN"]
    assert "Deze factuur staat nog open." in messages["R-3-NL"]  # their own words, as they wrote them
    assert "of bent u het niet eens met de facturen? Laat het ons weten." in letter_text(site, "D-3-NL-dunning")
    assert "or you disagree with the invoices, please let us know." in letter_text(site, "D-3-EN-dunning")
    assert "or you disagree with the invoice, please let us know." in letter_text(site, "D-1-EN-dunning")


@pytest.mark.parametrize(
    "lang, own",
    [
        ("nl", "U kunt ons bellen. Heeft u een vraag over de factuurdatum? Mail ons."),
        ("en", "You can call us. If you have a question about the invoice date, email us."),
    ],
)
def test_a_text_of_the_creditor_s_own_that_begins_like_the_shipped_one_says_what_they_wrote(tmp_path, lang, own):
    """Only the shipped sentence itself is read with {the_invoice}: "over de factuurdatum" stays as written, not
    "over de facturendatum" to a debtor with two invoices open."""
    later = [invoice(number=f"F-{k}", date=date(2026, 11, 1), due=date(2026, 12, 1)) for k in (1, 2)]
    ledger = one_debtor_ledger(tmp_path / "ledger", language=lang, invoices=later)
    view = statement_view(assess(ledger, ledger.debtors[0], AS_OF), ledger)
    assert view.message_key == "open" and view.message_values["the_invoice"] in ("de facturen", "the invoices")
    messages = shutil.copytree(REPO / "content" / "messages", tmp_path / "messages")
    (messages / lang / "open.md").write_text(own + "\n", encoding="utf-8")
    assert Messages(messages).for_page(view) == f"<p>{own}</p>"


def test_beside_an_invoice_disputed_apart_the_page_offers_to_dispute_the_other_by_its_own_mail(built):
    """The message asks about the invoice still chased: the dispute box offers, under its own button, to dispute
    that one too, its mail naming it and not the one disputed already; each button says what it mails."""
    from urllib.parse import unquote

    from incasso.payments.tokens import DEMO_SECRET, statement_token
    from incasso.statement.labels import LABELS

    site, _ = built
    tree = parse(site.output / "s" / statement_token(DEMO_SECRET, "O-APART-NL") / "index.html")
    options = tree.find(".//section[@class='options']").findall("div[@class='option']")
    box = next(o for o in options if text_of(o.find("h3")) == "Uw bezwaar")
    said = [text_of(p) for p in box.findall("p") if p.find("a") is None]
    assert said == [LABELS["nl"]["dispute_add_text"], LABELS["nl"]["dispute_other_text"]]
    buttons = box.findall(".//a[@class='button button-secondary']")
    assert [text_of(b) for b in buttons] == [LABELS["nl"]["dispute_add_mail"], LABELS["nl"]["dispute_other_mail"]]
    added, other = (unquote(b.get("href")) for b in buttons)
    assert "O-APART-NL-2" in added and "O-APART-NL-1" not in added
    assert "factuur O-APART-NL-1 " in other and "O-APART-NL-2" not in other
