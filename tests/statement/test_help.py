"""Help that fits the reader: a household is pointed to consumer debt help, a business to help for entrepreneurs."""

from urllib.parse import urlsplit

import pytest

from incasso.help_lines import DEBT_HELP, DEBT_HELP_ABROAD
from incasso.ledger.model import DebtorType, Language
from incasso.statement.help import help_view
from incasso.statement.labels import LABELS
from tests.support.site import REPO


def test_a_household_gets_geldfit_and_het_juridisch_loket():
    view = help_view(DebtorType.CONSUMER, Language.NL, "hulp.html")
    assert [(line.name, line.phone) for line in view.lines] == [
        ("Geldfit", "0800-8115"),
        ("Het Juridisch Loket", "0900-8020"),
    ]
    assert view.intro == "Heeft u geldzorgen? Vraag dan gratis hulp, ook bij uw gemeente. Hoe eerder, hoe beter."
    assert view.more_link == "hulp.html"


def test_a_business_gets_help_for_entrepreneurs_and_lands_on_their_part_of_the_help_page():
    view = help_view(DebtorType.BUSINESS, Language.EN, "hulp-en.html")
    assert [line.name for line in view.lines] == ["Geldfit", "KVK (Kamer van Koophandel)", "Ondernemersklankbord"]
    assert "Het Juridisch Loket" not in [line.name for line in view.lines]
    assert view.lines[0].note == "Free and anonymous, including for entrepreneurs and the self-employed."
    assert (view.lines[1].phone, view.lines[1].tel) == ("0800-2117", "tel:08002117")
    assert (view.lines[2].phone, view.lines[2].site) == (None, "ondernemersklankbord.nl")  # no sourced number
    assert view.more_link == "hulp-en.html#ondernemers"
    assert "free" not in view.intro.lower()  # not every entrepreneurs' service is free


EVERY_LINE = {e.key: e for table in (DEBT_HELP, DEBT_HELP_ABROAD) for lines in table.values() for e in lines}


@pytest.mark.parametrize("entry", EVERY_LINE.values(), ids=lambda e: e.key)
def test_every_help_line_has_a_source_a_secure_site_and_a_note_in_both_languages(entry):
    assert len(entry.source) > 20
    assert urlsplit(entry.url).scheme == "https"
    assert entry.phone is None or entry.phone.replace("-", "").isdigit()
    for lang in LABELS:
        assert LABELS[lang][f"help_note_{entry.key}"]


@pytest.mark.parametrize("page", ["hulp.md", "hulp.en.md"])
def test_the_help_page_has_a_part_for_entrepreneurs_with_the_same_lines(page):
    source = (REPO / "content" / "pages" / page).read_text(encoding="utf-8")
    assert "{#ondernemers}" in source and "{#particulieren}" in source
    business = source.split("{#ondernemers}")[1].split("\n## ")[0]
    for entry in DEBT_HELP[DebtorType.BUSINESS]:
        assert urlsplit(entry.url).netloc.removeprefix("www.") in business
        if entry.phone:
            assert entry.phone in business
    assert "Juridisch Loket" not in business


@pytest.mark.parametrize(
    ("lang", "cost"),
    [
        (Language.NL, "Alleen bellen kost geld: EUR\xa00,25 per minuut."),
        (Language.EN, "Calling this number costs EUR\xa00.25 a minute."),
    ],
)
def test_a_paid_phone_line_says_what_a_call_costs_beside_free_advice(lang, cost):
    loket = help_view(DebtorType.CONSUMER, lang, "hulp.html").lines[1]
    assert loket.phone is not None and loket.phone.startswith("0900")
    assert loket.note.endswith(cost)


@pytest.mark.parametrize("entry", [e for lines in DEBT_HELP.values() for e in lines], ids=lambda e: e.key)
def test_only_free_numbers_go_without_their_cost(entry):
    assert entry.phone is None or entry.phone.startswith("0800") or entry.per_minute is not None


# Written as the statements write amounts (phone review, finding 13), the figure kept with its EUR.
@pytest.mark.parametrize(
    ("page", "cost"), [("hulp.md", "EUR&nbsp;0,25 per minuut"), ("hulp.en.md", "EUR&nbsp;0.25 a minute")]
)
def test_the_help_page_says_once_what_a_call_to_a_paid_line_costs(page, cost):
    source = (REPO / "content" / "pages" / page).read_text(encoding="utf-8")
    paid = [e for e in DEBT_HELP[DebtorType.CONSUMER] if e.per_minute is not None]
    assert paid and all(e.phone in source for e in paid)
    assert source.count(cost) == len(paid)


def test_a_household_reading_english_is_told_the_help_mostly_speaks_dutch():
    view = help_view(DebtorType.CONSUMER, Language.EN, "hulp-en.html")
    assert "local council (gemeente)" in view.intro and "ask whether they can help you in English" in view.intro


def test_a_household_abroad_is_pointed_to_help_where_it_lives_by_sites_not_dutch_numbers():
    view = help_view(DebtorType.CONSUMER, Language.NL, "hulp.html", abroad=True)
    assert [(line.name, line.phone, line.tel) for line in view.lines] == [
        ("ECC-Net", None, None),
        ("Het Juridisch Loket", None, None),
    ]
    assert view.lines[0].hreflang == "en" and view.lines[1].hreflang == "nl"
    # Online only: no call cost (no number to call) and no branch, which a reader abroad cannot visit.
    assert view.lines[1].note == "Gratis advies over uw rechten naar Nederlands recht, online."
    english = help_view(DebtorType.CONSUMER, Language.EN, "hulp-en.html", abroad=True)
    assert english.lines[1].note == "Free advice about your rights under Dutch law, online."
    assert "waar u woont" in view.intro and "meestal niet te bellen" in view.intro
    assert view.more_link == "hulp.html#buitenland"


def test_a_business_abroad_is_told_to_ask_where_it_is_established_not_dutch_help_for_entrepreneurs():
    view = help_view(DebtorType.BUSINESS, Language.EN, "hulp-en.html", abroad=True)
    assert view.lines == ()
    assert "in your business's country" in view.intro
    assert view.more_link == "hulp-en.html#buitenland"


@pytest.mark.parametrize("page", ["hulp.md", "hulp.en.md"])
def test_the_help_page_has_a_part_for_readers_abroad_with_the_same_sites_and_no_numbers(page):
    source = (REPO / "content" / "pages" / page).read_text(encoding="utf-8")
    abroad = source.split("{#buitenland}")[1].split("\n## ")[0]
    for entry in DEBT_HELP_ABROAD[DebtorType.CONSUMER]:
        assert entry.url in abroad
    assert "](tel:" not in abroad
