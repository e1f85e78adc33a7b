"""The staff view model: every string the overview and dossier pages place, without building a site.

The fixture ledger (tests/fixtures/staff) holds one dossier per stage and
status, without interest; its README and the first line of each file say
what each dossier is, so the expected words below follow from the YAML.
Personal links here are "s/<id>/" (the real token needs the build's secret).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.states import Stage
from incasso.ledger.model import Language
from incasso.payments.reference import format_rf, rf_reference
from incasso.staff.ageing import Bucket, ageing_of
from incasso.staff.dossier_page import BLANK, DossierPage, dossier_page
from incasso.staff.entries import book_entries
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind
from incasso.staff.overview_page import OVERVIEW_SECTIONS, OverviewPage, overview_page
from incasso.staff.search import _PLAIN_LETTERS, normalise, phone_forms
from incasso.staff.sections import (
    AgeingSection,
    ClaimsSection,
    LettersSection,
    PrintLink,
    Section,
    SignalsSection,
    TodaySection,
    ageing_section,
)
from incasso.staff.view import UNCOUNTED_CREDITS, DayLetter, PrintBatch, StaffBook, staff_book, waiting
from incasso.staff.words import FLAG, FLAG_BRIEF, FLAG_DETAIL, UI
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import DEMO_LEDGER, REPO
from tests.support.staff_fixture import D1, FIXTURE

RF = rf_reference("D-1")

NBSP = "\xa0"


def book_of(root: Path, as_of: date, public_url: str = "") -> StaffBook:
    books = read_books(root, as_of)  # as a build reads it: with the payments its bank/ shows
    ledger = books.ledger
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    return staff_book(claims, ledger.creditor, as_of, public_url, lambda c: f"s/{c.debtor.id}/", bank=books.bank)


@pytest.fixture(scope="module")
def book() -> StaffBook:
    return book_of(FIXTURE / "ledger", D1)


@pytest.fixture(scope="module")
def page(book) -> OverviewPage:
    return overview_page(book)


def section(page: OverviewPage, kind: type[Section]):
    return next(s for s in page.sections if isinstance(s, kind))


def dossier(book: StaffBook, debtor_id: str) -> DossierPage:
    return dossier_page(book, next(r for r in book.rows if r.id == debtor_id))


def leaves(value, path="view"):
    """Every value a template could place, with where it sits."""
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from leaves(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    else:
        yield path, value


# -- the whole view is strings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "root, as_of",
    [
        (FIXTURE / "ledger", D1),
        (FIXTURE / "ledger", date(2026, 5, 1)),  # events still ahead, fewer steps due
        (DEMO_LEDGER, date(2026, 11, 22)),
        (DEMO_LEDGER, date(2027, 3, 1)),  # beyond the rate table
    ],
    ids=["fixture", "fixture-early", "demo", "demo-later"],
)
def test_the_templates_get_only_plain_strings(root, as_of):
    # No Decimal, date, int or StrEnum reaches a template: everything is formatted here.
    book = book_of(root, as_of)
    pages = [overview_page(book)] + [dossier_page(book, row) for row in book.rows]
    for view in pages:
        for path, value in leaves(view):
            assert value is None or type(value) is str, (path, value)


def test_every_flag_has_its_words():
    assert set(FLAG) == set(FlagKind)
    wordings = {
        "no_contact_never",
        "no_contact_before_due",
        "no_contact_since_pause",
        "no_contact_since_settlement",
        "settlement_lapsed_debtor",
        "settlement_lapsed_instalment",
        "settlement_lapsed_instalment_debtor",
        "missing_email_phone",
        "missing_everything",
        "missing_letters",
        "missing_email",
        "missing_phone",
        "credit_doubt",
        "awaits_bank_promise",
        "awaits_bank_settlement_ended",
        "awaits_bank_settlement_replaced",
        "awaits_bank_settlement",
        "awaits_bank_settlement_installment",
        "awaits_bank_settlement_grace",
        "awaits_bank_settlement_sum_grace",
        "awaits_bank_installment",
        "awaits_bank_notice",
        "awaits_bank_notice_vat",
        "awaits_bank_notice_page",
        "awaits_bank_notice_vat_page",
        "plan_in_arrears_part",
        "plan_in_arrears_more",
        "disputed_invoices_apart",
        "disputed_invoices_credited",
        "disputed_invoices_credited_paid",
        "paid_after_write_off_credit",
        "small_rest_unpaid",
        "part_payment_more",
        "part_payment_unwritten",
        "part_payment_more_unwritten",
        "part_payment_write",
        "part_payment_more_write",
        "part_payment_unwritten_write",
        "part_payment_more_unwritten_write",
        "possible_payment_rest",
        *UNCOUNTED_CREDITS.values(),
    }
    wordings |= set(FlagKind)
    assert wordings - {FlagKind.MISSING_CONTACT, FlagKind.AWAITS_BANK} == set(FLAG_DETAIL)
    # A short sentence for today's work's row is one of a sentence's variants (view.flag_brief).
    assert set(FLAG_BRIEF) <= set(FLAG_DETAIL)


# -- the overview ----------------------------------------------------------------------------------------


def test_sections_in_order_each_with_its_anchor(page):
    assert [(type(s), s.kind, s.anchor, s.heading) for s in page.sections] == [
        (TodaySection, "today", "vandaag", UI["today"]),
        (LettersSection, "letters", "brieven", UI["letters"]),
        (SignalsSection, "signals", "signalen", UI["flags"]),
        (AgeingSection, "ageing", "ouderdom", UI["ageing"]),
        (ClaimsSection, "claims", "dossiers", UI["claims"]),
    ]
    # Every builder but the bank's, which applies only to a ledger with a bank/ folder (test_bank_section).
    assert len(OVERVIEW_SECTIONS) - 1 == len(page.sections)


def test_summary_counts_the_open_claims_and_what_each_section_counts(page):
    # 15 open claims (17 less paid and written off); 9 due actions, 8 signals (test_overview).
    assert [(f.label, f.value, f.href) for f in page.summary] == [
        ("Openstaande dossiers", "15", None),
        ("Openstaand", "EUR 17.785,00", None),  # a plain space: the card wraps there, not in the number
        ("Werk voor vandaag", "9", "#vandaag"),
        ("Brieven te versturen", "0", "#brieven"),  # this book was made without the build's letters
        ("Signalen", "8", "#signalen"),
    ]
    assert [(s.anchor, s.count) for s in page.sections] == [
        ("vandaag", "9"),
        ("brieven", "0"),
        ("signalen", "8"),
        ("ouderdom", None),
        ("dossiers", None),
    ]


def test_the_frame_of_the_overview(page):
    assert page.frame.title == page.title == UI["title"]
    assert (page.frame.stylesheet, page.frame.script, page.frame.home) == (
        "static/staff.css",
        "static/staff.js",
        "index.html",
    )
    assert page.frame.brand == "Testbedrijf Overzicht B.V. · Incasso"
    assert (page.frame.as_of, page.frame.as_of_iso) == ("30 juni 2026", "2026-06-30")


def test_no_rate_notices_without_interest(page):
    assert page.notices == () and page.maintainer is None


def test_rate_notice_names_the_last_known_date():
    page = overview_page(book_of(DEMO_LEDGER, date(2027, 3, 1)))
    assert page.maintainer is not None
    assert any("na 30 juni 2026 is geen wettelijk rentepercentage bekend" in n for n in page.maintainer.details)


def test_past_the_rate_table_the_note_says_which_rows_to_add_where_and_what_moves_then():
    page = overview_page(book_of(DEMO_LEDGER, date(2027, 3, 1)))
    assert page.maintainer is not None
    (beyond,) = [n for n in page.maintainer.details if "geen wettelijk rentepercentage bekend" in n]
    assert "Vul in src/incasso/law/rates.csv de regels vanaf 1 juli 2026 aan" in beyond
    assert "(docs/computation.md, ‘The rate table’)" in beyond
    assert "debiteuren lezen dat percentage als ‘voorlopig’" in beyond
    assert beyond.endswith("Bij een gelijk percentage verandert geen bedrag; anders alleen de rente vanaf 1 juli 2026.")


def test_the_rate_notes_are_one_line_for_the_maintainer_not_banners_for_staff():
    # Two banners naming src/incasso/law/rates.csv took the first screen above the day's work, and a clerk
    # can do nothing about a source file: one line says who must act, and what it means for the figures.
    page = overview_page(book_of(DEMO_LEDGER, date(2027, 3, 1)))
    assert not [n for n in page.notices if "rentepercentage" in n]
    assert page.maintainer is not None
    assert page.maintainer.line == (
        "Voor de beheerder van het programma: de tabel met wettelijke rentepercentages moet worden bijgewerkt. "
        "Tot dan kan de berekende rente iets afwijken."
    )
    assert "rates.csv" not in page.maintainer.line
    assert len(page.maintainer.details) == 2 and all("rates.csv" in n for n in page.maintainer.details)


def test_todays_work_rows(page):
    tasks = {t.id: t for t in section(page, TodaySection).tasks}
    h = tasks["H-CALL"]  # the call is due from 27 June: 3 days
    assert (h.css, h.kind, h.action.css, h.action.text) == ("task step", "call", "action action-call", "Bellen")
    assert (h.debtor.name, h.debtor.id, h.debtor.href) == ("Hoek Bellen B.V.", "H-CALL", "d/H-CALL.html")
    assert (h.stage.css, h.stage.text) == ("stage stage-dunning", "Aanmaning")
    assert (h.due, h.due_iso, h.waiting.text, h.waiting.css) == ("27 jun 2026", "2026-06-27", "3 dagen", "waiting")
    assert h.amount == f"EUR{NBSP}1.000,00"
    assert (h.contact.person, h.contact.phone.href, h.contact.email.href) == (
        "Henk Hoek",
        "tel:+31306666666",
        "mailto:henk@example.nl",
    )
    assert tasks["G-DISPUTE"].css == "task check"
    silent = tasks["C-SILENT"]
    assert (silent.contact.person, silent.contact.phone, silent.contact.email) == (
        None,
        type(silent.contact.phone)("Telefoon ontbreekt", None),
        type(silent.contact.email)("Geen e-mail of adres", None),
    )
    assert [f.css for f in silent.flags] == ["flag flag-no_contact", "flag flag-missing_contact"]
    # The amount the step's letter and the debtor's page ask: the instalments in arrears, not the whole plan.
    assert tasks["K-PLAN-LATE"].amount == f"EUR{NBSP}300,00"
    assert tasks["D-REM-BIG"].amount == f"EUR{NBSP}700,00"  # what is overdue of its EUR 1.200,00
    assert h.language is None  # Dutch: nothing to say


@pytest.mark.parametrize(
    "days, words", [(0, "vandaag"), (1, "1 dag"), (2, "2 dagen"), (7, "7 dagen"), (89, "89 dagen")]
)
def test_waiting_in_words(days, words):
    assert waiting(days) == words


@pytest.mark.parametrize("days, late", [(7, False), (8, True)])
def test_a_step_waiting_more_than_a_week_is_marked_late(days, late):
    # C-SILENT's reminder is due from 2 April and nothing happens in its file.
    book = book_of(FIXTURE / "ledger", date(2026, 4, 2) + timedelta(days=days))
    task = next(t for t in section(overview_page(book), TodaySection).tasks if t.id == "C-SILENT")
    assert task.waiting.css == ("waiting late" if late else "waiting")
    # Said in words too, for a screen reader and for whoever does not see the red.
    assert task.waiting.text == (f"{days} dagen (te{NBSP}laat)" if late else f"{days} dagen")


def test_signals_rows_say_what_and_why(page):
    signals = section(page, SignalsSection).signals
    broken = next(s for s in signals if s.flag.kind == "broken_promise")
    assert (broken.id, broken.flag.kind, broken.flag.css, broken.flag.label) == (
        "F-BROKEN",
        "broken_promise",
        "flag flag-broken_promise",
        "Toezegging niet nagekomen",
    )
    # Nothing came in: said in words, not as a figure "EUR 0,00" (staff.formats.paid).
    assert broken.flag.detail == f"EUR{NBSP}400,00 toegezegd voor 1 juni 2026; niets ontvangen"
    assert broken.amount == f"EUR{NBSP}400,00"
    dispute = next(s for s in signals if s.flag.kind == "dispute_too_long")
    assert dispute.flag.detail == "geschil open sinds 1 mei 2026 (60 dagen; maximaal 30)"


def test_ageing_table_as_text(page):
    ageing = section(page, AgeingSection)
    assert ageing.buckets == ("Niet vervallen", "1-30 dagen", "31-60 dagen", "61-90 dagen", "Meer dan 90 dagen")
    dunning = next(r for r in ageing.rows if r.stage == "dunning")
    assert (dunning.label, dunning.swatch, dunning.count, dunning.total) == (
        "Aanmaning",
        "swatch stage-dunning",
        "4",
        "2.650,00",
    )
    # s51: a bucket with nothing in it says "—" (read out as "geen": macros.blank), not "0,00", a figure.
    assert [(c.css, c.text) for c in dunning.cells] == [
        ("num zero", "—"),
        ("num zero", "—"),
        ("num", "1.650,00"),
        ("num zero", "—"),
        ("num", "1.000,00"),
    ]
    footer = ageing.footer
    assert (footer.label, footer.count, footer.total) == ("Totaal", "15", "17.785,00")
    assert [c.text for c in footer.cells] == ["1.000,00", "1.800,00", "2.050,00", "2.400,00", "10.535,00"]
    assert {c.css for c in footer.cells} == {"num"}  # the totals are never greyed out


def test_ageing_counts_group_thousands_as_every_other_count():
    # 3,452 dossiers with the agency and 2 in legal steps: "3.452" and "3.454", as the tiles and chips write them.
    amounts = {Bucket.OVER_90: Decimal("100.00")}
    table = ageing_of([(Stage.HANDOVER, amounts)] * 3452 + [(Stage.LEGAL, amounts)] * 2)
    ageing = ageing_section(table)
    assert [(r.label, r.count) for r in ageing.rows] == [("Gerechtelijk", "2"), ("Incassobureau", "3.452")]
    assert ageing.footer.count == "3.454"


def test_ageing_chart_geometry_and_titles(page):
    chart = section(page, AgeingSection).chart
    assert (chart.view_box, chart.label_x, chart.left, chart.width) == ("0 0 720 170", "150", "160", "440")
    assert [b.transform for b in chart.bars] == [f"translate(0 {34 * i})" for i in range(5)]
    oldest = chart.bars[-1]  # the largest bucket fills the width: 160 + 440, the amount 6 further
    assert (oldest.label, oldest.value) == ("Meer dan 90 dagen", f"EUR{NBSP}10.535,00")
    assert abs(float(oldest.value_x) - 606) <= 0.5
    first = oldest.segments[0]
    assert (first.css, first.x, first.title) == ("stage-legal", "160.00", f"Gerechtelijk: EUR{NBSP}5.625,00")
    assert [(s.css, s.text) for s in chart.legend][:2] == [
        ("swatch stage-legal", "Gerechtelijk"),
        ("swatch stage-handover", "Incassobureau"),
    ]


def test_claims_groups_with_their_figures(page):
    claims = section(page, ClaimsSection)
    groups = {g.key: g for g in claims.groups}
    assert list(groups) == [
        "legal",
        "handover",
        "final_notice",
        "dunning",
        "reminder",
        "overdue",
        "open",
        "paid",
        "written_off",
    ]
    dunning = groups["dunning"]
    assert (dunning.css, dunning.name, dunning.hint, dunning.swatch) == (
        "group",
        "Aanmaning",
        "aanmaning verstuurd",
        "swatch stage-dunning",
    )
    assert (dunning.count, dunning.noun, dunning.amount) == ("4", "dossiers", f"EUR{NBSP}2.650,00")
    assert (groups["legal"].count, groups["legal"].noun) == ("1", "dossier")
    paid = groups["paid"]
    assert (paid.css, paid.name, paid.hint) == ("group closed", "Betaald", None)
    assert [(o.value, o.text) for o in page.finder.options][:4] == [
        ("legal", "Gerechtelijk (1)"),
        ("handover", "Incassobureau (1)"),
        ("final_notice", "Sommatie (2)"),
        ("dunning", "Aanmaning (4)"),
    ]


def test_claims_rows(page):
    rows = {r.id: r for g in section(page, ClaimsSection).groups for r in g.rows}
    g = rows["G-DISPUTE"]
    assert (g.css, g.group, g.status.css, g.status.text, g.status_value) == (
        "claim paused",
        "reminder",
        "badge paused",
        "Gepauzeerd: geschil",
        "Gepauzeerd: geschil",  # sorted by what the badge says
    )
    h = rows["H-CALL"]
    assert (h.amount, h.amount_value, h.days_overdue, h.days_value) == (f"EUR{NBSP}1.000,00", "1000.00", "41", "41")
    assert (h.next.action.css, h.next.when.css, h.next.when.text, h.next_value) == (
        "action action-call",
        "due",
        "sinds 27 jun 2026",
        "2026-06-27",
    )
    later = rows["L-FINAL"].next  # handover from 12 July
    assert (later.action.css, later.when.css, later.when.text) == (
        "action action-handover later",
        "later",
        "vanaf 14 jul 2026",  # the term ends on Saturday 11 July: Monday 13 July (Atw)
    )
    assert (rows["A-OPEN"].days_overdue, rows["A-OPEN"].days_value) == ("", "0")
    assert (rows["N-HANDOVER"].next, rows["N-HANDOVER"].next_none) == (None, "bij het incassobureau")
    assert (rows["O-LEGAL"].next_none, rows["O-LEGAL"].next_value) == ("bij deurwaarder of rechter", "9999-12-31")
    p = rows["P-PAID"]
    assert (p.css, p.status.css, p.status.text, p.next_none) == (
        "claim closed",
        "badge closed",
        "Betaald 5 jun 2026",
        "geen",
    )
    assert (rows["C-SILENT"].last_contact, rows["C-SILENT"].last_contact_value) == (None, "")
    assert (rows["I-PROMISE"].last_contact, rows["I-PROMISE"].last_contact_value) == ("25 mei 2026", "2026-05-25")
    assert rows["C-SILENT"].flags_value == "2"


def searched(book: StaffBook) -> dict[str, str]:
    """What the search knows each dossier by (its entry's search text, as the search index holds it)."""
    return {entry.id: entry.search for entry in book_entries(book)}


def test_claims_rows_search_every_field_staff_know_a_debtor_by(book, page):
    rows = {r.id: r for g in section(page, ClaimsSection).groups for r in g.rows}
    search = searched(book)
    # id, name, person, e-mail, phone as written, as dialled at home and from abroad, payment reference,
    # invoice, stage, status
    assert search["H-CALL"].split("\n") == [
        "h-call",
        "hoek bellen b.v.",
        "henk hoek",
        "henk@example.nl",
        "+31 30 6666666",
        "0306666666",
        "+31306666666",
        "rf13hcall",
        "fc-1",
        "aanmaning",
        "loopt",
    ]
    assert rows["H-CALL"].name_value == "hoek bellen b.v."
    assert "incassobureau test b.v." in search["O-LEGAL"].split("\n")  # the agency that has the file


def test_the_search_knows_addresses_agencies_and_their_references():
    search = searched(book_of(DEMO_LEDGER, date(2026, 11, 22)))
    fields = search["D-1008"].split("\n")
    assert {"kanaalstraat 147", "3531 ch utrecht", "incassobureau domstad b.v.", "dom-2026-0815"} <= set(fields)
    assert "gerechtsdeurwaarders van rijn & baas" in search["D-1009"].split("\n")  # the bailiff


@pytest.mark.parametrize(
    "written, found",
    [
        ("Łukasz Müller", "lukasz muller"),
        ("  ÉMILE\tdu  Pré ", "emile du pre"),
        ("O'Connor", "o'connor"),
        ("Åkerstraße", "akerstrasse"),
        ("Søren Ærø", "soren aero"),
    ],
)
def test_search_text_is_lower_case_without_accents(written, found):
    assert normalise(written) == found


def test_the_overviews_script_writes_the_same_letters_plain():
    script = (REPO / "src/pelican/plugins/incasso/theme/static_internal/staff.js").read_text(encoding="utf-8")
    table = re.search(r"var PLAIN = \{(.*?)\};", script, re.S)
    assert table is not None
    pairs = re.findall(r'"\\u([0-9a-f]{4})": "([a-z]+)"', table.group(1))
    in_script = {chr(int(code, 16)): plain for code, plain in pairs}
    assert in_script == {chr(k): v for k, v in _PLAIN_LETTERS.items()}
    found = re.search(r"var NOT_APART = /\[(.*?)\]/g;", script)
    assert found is not None
    assert {chr(int(code, 16)) for code in re.findall(r"\\u([0-9a-f]{4})", found.group(1))} == set(in_script)


@pytest.mark.parametrize(
    "phone, forms",
    [
        ("+31 6 12345678", ("+31 6 12345678", "0612345678", "+31612345678")),
        ("+31 (0)20 123 4567", ("+31 (0)20 123 4567", "0201234567", "+31201234567")),
        ("0031 6 12345678", ("0031 6 12345678", "0612345678", "+31612345678")),
        ("06-12345678", ("06-12345678", "0612345678", "+31612345678")),
        ("+48 22 123 45 67", ("+48 22 123 45 67",)),
        ("0048 22 123 45 67", ("0048 22 123 45 67",)),
    ],
)
def test_a_dutch_number_is_also_found_as_dialled_at_home_and_from_abroad(phone, forms):
    assert phone_forms(phone) == forms


def test_a_closed_dossier_is_found_by_its_closed_status_only():
    # Paid and written off are listed as Betaald and Afgeschreven, not under the stage they stopped at:
    # "herinnering" or "open" must not find them, "betaald" must.
    search = searched(book_of(FIXTURE / "ledger", D1))
    assert search["P-PAID"].split("\n")[-1:] == ["betaald"]
    assert search["Q-OFF"].split("\n")[-1:] == ["afgeschreven"]
    for closed in ("P-PAID", "Q-OFF"):
        assert not {"open", "vervallen", "herinnering", "aanmaning", "sommatie"} & set(search[closed].split("\n"))
    assert search["H-CALL"].split("\n")[-2:] == ["aanmaning", "loopt"]  # an open one by stage and status


def test_a_paused_dossier_is_found_by_the_badge_the_overview_shows():
    search = searched(book_of(DEMO_LEDGER, date(2026, 11, 22)))
    paused = [debtor for debtor, text in search.items() if "gepauzeerd: regeling op schema" in text.split("\n")]
    assert paused  # the demo's plan on schedule


# -- a dossier page --------------------------------------------------------------------------------------


def test_dossier_frame_and_heading(book):
    view = dossier(book, "I-PROMISE")
    assert view.frame.title == "Iris Toezegging (I-PROMISE) · Dossier"
    assert (view.frame.stylesheet, view.frame.home, view.back) == (
        "../static/staff.css",
        "../index.html",
        "../index.html#dossiers",
    )
    assert (view.name, view.id) == ("Iris Toezegging", "I-PROMISE")
    assert [(f.label, f.badge.css, f.badge.text) for f in view.badges] == [
        ("Fase", "stage stage-dunning", "Aanmaning"),
        ("Status", "badge paused", "Gepauzeerd: betaaltoezegging"),
        ("Soort", "badge", "particulier"),
        ("Taal", "badge", "Nederlands"),
    ]


def test_dossier_why_and_next_with_a_due_step_marked(book):
    promise = dossier(book, "I-PROMISE")
    assert "Aanmaning verstuurd op 16 mei 2026 door Sanne: de zwaarste stap tot nu toe." in promise.why
    assert [line.css for line in promise.next] == [""]  # the check is from 6 July: not due yet
    due = dossier(book, "K-PLAN-LATE")  # the reminder of the missed instalment is due
    assert [line.css for line in due.next] == ["due"]


def test_dossier_contact_and_link(book):
    view = dossier(book, "I-PROMISE")
    assert (view.contact.person, view.contact.phone.href, view.contact.email.href) == (
        "Iris Toezegging",
        "tel:+31617777777",
        "mailto:iris@example.nl",
    )
    assert (view.address, view.last_contact) == ((BLANK,), "25 mei 2026")
    assert (view.link.url, view.link.absent) == ("s/I-PROMISE/", None)
    # s66: named by what staff set (docs/cli.md, docs/settings.md), not by a setting of the settings file's
    assert "--public-url of INCASSO_PUBLIC_URL" in view.link.note and "PUBLIC_URL is" not in view.link.note
    with speaking(Language.EN):
        note = dossier(book, "I-PROMISE").link.note
    assert note is not None and "--public-url or INCASSO_PUBLIC_URL" in note and "PUBLIC_URL is" not in note
    assert view.reference == "RF46 IPRO MISE"  # the reference the debtor quotes, as the page writes it
    silent = dossier(book, "C-SILENT")
    assert (silent.contact.person, silent.contact.phone.text, silent.contact.phone.href) == (BLANK, "ontbreekt", None)
    assert silent.last_contact == "nooit"


def test_with_a_public_url_the_link_is_an_address_without_a_note():
    book = book_of(FIXTURE / "ledger", D1, public_url="https://betalen.example.nl/")
    view = dossier(book, "I-PROMISE")
    assert (view.link.url, view.link.note) == ("https://betalen.example.nl/s/I-PROMISE/", None)


@pytest.mark.parametrize(
    "debtor_id, as_of, absent",
    [
        ("Q-OFF", D1, "Geen persoonlijke pagina: afgeschreven vorderingen worden niet getoond."),
        ("P-PAID", date(2026, 7, 6), "Geen persoonlijke pagina meer: de betaalde vordering is langer dan 30 dagen"),
    ],
)
def test_why_there_is_no_personal_link(debtor_id, as_of, absent):
    view = dossier(book_of(FIXTURE / "ledger", as_of), debtor_id)
    assert view.link.url == "" and view.link.absent.startswith(absent)
    assert view.reference == format_rf(rf_reference(debtor_id))  # a late payment still quotes it


def test_dossier_payments_and_plan(book):
    view = dossier(book, "J-PLAN-OK")
    assert [(p.date, p.amount, p.invoice, p.allocations) for p in view.payments] == [
        ("4 mei 2026", f"EUR{NBSP}400,00", BLANK, (f"EUR{NBSP}400,00 hoofdsom FPL-1",)),
        ("4 jun 2026", f"EUR{NBSP}400,00", BLANK, (f"EUR{NBSP}400,00 hoofdsom FPL-1",)),
    ]
    assert [(i.css, i.state) for i in view.plan] == [
        ("installment-paid", "betaald"),
        ("installment-paid", "betaald"),
        ("installment-upcoming", "komt nog"),
    ]
    assert dossier(book, "H-CALL").plan is None


def test_dossier_amounts_and_invoices(book):
    view = dossier(book, "M-FINAL-DUE")  # 2500 principal and 375 costs, due 1 March (121 days)
    assert [(a.label, a.amount, a.css) for a in view.amounts] == [
        ("Hoofdsom open", f"EUR{NBSP}2.500,00", ""),
        ("Rente open", f"EUR{NBSP}0,00", ""),
        ("Incassokosten open", f"EUR{NBSP}375,00", ""),
        ("Totaal te betalen", f"EUR{NBSP}2.875,00", "total"),
    ]
    [invoice] = view.invoices
    assert (invoice.amount, invoice.open, invoice.days_overdue) == (f"EUR{NBSP}2.500,00", f"EUR{NBSP}2.500,00", "121")
    assert view.late_column == "Dagen te laat"
    paid = dossier(book, "P-PAID")
    # s50: closed, nothing is late today; how late it was paid (before: empty, nothing open), under its own heading.
    assert (paid.invoices[0].days_overdue, paid.late_column) == ("4", "Dagen te laat betaald")


def test_a_plan_s_dossier_shows_what_its_page_and_letters_ask_beside_the_total(book):
    """A debtor who calls reads the instalment on their page: the clerk sees the same figure, not EUR 0."""
    from incasso import fmt
    from incasso.claims.demand import amount_to_pay

    row = next(r for r in book.rows if r.id == "K-PLAN-LATE")
    asked = amount_to_pay(row.claim)
    assert 0 < asked < row.claim.total_due
    amounts = [(a.label, a.amount) for a in dossier(book, "K-PLAN-LATE").amounts]
    # No letter of the day in this book: the page alone asks it (s66; with a letter, "op pagina en brief").
    assert ("Gevraagd op de pagina", fmt.money(asked)) in amounts
    assert all(not a.label.startswith("Gevraagd op") for a in dossier(book, "M-FINAL-DUE").amounts)


def test_announced_costs_say_from_when(book):
    view = dossier(book, "L-FINAL")  # the final notice of 25 June announces costs after its term
    assert view.costs_note is not None and view.costs_note.startswith(f"Incassokosten aangekondigd: EUR{NBSP}")
    assert dossier(book, "M-FINAL-DUE").costs_note is None  # charged already


def test_a_credit_to_refund_is_work_a_signal_and_the_next_step_on_the_pages():
    # The demo's D-1014 paid EUR 1,11 too much on 4 November: closed, but not done with.
    book = book_of(DEMO_LEDGER, date(2026, 11, 22))
    page = overview_page(book)
    task = next(t for t in section(page, TodaySection).tasks if t.id == "D-1014")
    assert (task.css, task.kind, task.action.css, task.action.text) == (
        "task refund",
        "refund_credit",
        "action action-refund_credit",
        "Tegoed terugbetalen",
    )
    assert (task.amount, task.due, task.waiting.text) == (f"EUR{NBSP}1,11", "4 nov 2026", f"18 dagen (te{NBSP}laat)")
    assert task.stage.text == "Betaald"  # where the table of all dossiers has it, not its last stage
    signal = next(s for s in section(page, SignalsSection).signals if s.id == "D-1014")
    assert (signal.flag.label, signal.flag.detail, signal.amount) == (
        "Tegoed terugbetalen",
        f"EUR{NBSP}1,11 te veel betaald: terugbetalen of verrekenen",
        f"EUR{NBSP}1,11",  # what was paid too much, not the 0,00 open
    )
    row = next(r for g in section(page, ClaimsSection).groups for r in g.rows if r.id == "D-1014")
    assert row.next is not None and (row.next.action.text, row.next.when.text, row.next_value) == (
        "Tegoed terugbetalen",
        "sinds 4 nov 2026",
        "2026-11-04",
    )
    view = dossier(book, "D-1014")
    assert [(line.css, line.text.split(":")[0]) for line in view.next] == [
        ("due", "Tegoed terugbetalen sinds 4 november 2026")
    ]
    assert all("Niets meer te doen" not in line.text for line in view.next)


def test_a_credit_that_may_be_a_double_count_says_to_check_before_refunding(tmp_path):
    """A payment written by hand that looks like a bank entry counts twice until staff say which: its
    'credit' is probably still owed, so the refund task and signal say to check it first."""
    as_of = date(2026, 11, 22)
    hand = payment(date=date(2026, 11, 4), amount=Decimal("1250.00"))  # the debtor's whole invoice
    people = [valid_debtor(id="D-1", payments=[hand]), valid_debtor(id="D-2", invoices=[invoice(number="F2")])]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("1250.00", date(2026, 11, 5), ref="R1", scor=RF)])})
    page = overview_page(book_of(root, as_of))
    signal = next(s for s in section(page, SignalsSection).signals if s.id == "D-1")
    assert signal.flag.detail == (
        f"EUR{NBSP}1.250,00 te veel betaald? Een betaling in het dossierbestand lijkt ook een bankboeking "
        "(Bank: na te kijken): eerst nakijken, dan pas terugbetalen"
    )
    task = next(t for t in section(page, TodaySection).tasks if t.id == "D-1")
    assert task.kind == "refund_credit" and signal.flag in task.flags  # beside the task staff act on


def test_a_credit_and_what_is_due_now_appear_only_when_they_apply():
    # The demo's D-1014 paid more than it owed.
    book = book_of(DEMO_LEDGER, date(2026, 11, 22))
    labels = [a.label for a in dossier(book, "D-1014").amounts]
    assert UI["credit"] in labels
    assert UI["credit"] not in [a.label for a in dossier(book, "D-1001").amounts]


def test_dossier_events_with_particulars(book):
    events = dossier(book, "I-PROMISE").events
    assert [e.css for e in events] == [
        "event event-reminder",
        "event event-dunning",
        "event event-call",
        "event event-promise",
    ]
    call, promise = events[2], events[3]
    assert (call.what, call.channel, call.by, call.spoke_with) == ("Contact", "telefoon", "Sanne", "Iris Toezegging")
    assert [(d.label, d.text) for d in call.details] == [("", "Betaalt na vakantiegeld.")]
    assert [(d.label, d.text) for d in promise.details] == [("Toegezegd", f"EUR{NBSP}650,00 · 5 jul 2026")]


def test_a_final_notice_shows_the_day_the_debtor_said_it_arrived():
    from incasso.ledger.model import Event, EventType
    from incasso.ledger.problems import Source
    from incasso.staff.dossier_page import _event_details

    sent = Event(date(2026, 3, 3), EventType.FINAL_NOTICE, Source("x.yaml", 1, 1), received=date(2026, 3, 9))
    assert [(d.label, d.text) for d in _event_details(sent)] == [("Aangekomen op", "9 mrt 2026")]
    assert _event_details(dataclasses.replace(sent, received=None)) == ()


def test_a_final_notice_shows_the_day_its_letter_is_dated_and_the_costs_it_stated():
    # The debtor calls about "uw brief van 16 november": posted on the 20th, its letter says the 16th.
    from incasso.ledger.model import Event, EventType
    from incasso.ledger.problems import Source
    from incasso.staff.dossier_page import _event_details

    sent = Event(
        date(2026, 11, 20),
        EventType.FINAL_NOTICE,
        Source("x.yaml", 1, 1),
        written=date(2026, 11, 16),
        costs=Decimal("120.00"),
    )
    assert [(d.label, d.text) for d in _event_details(sent)] == [
        ("Brief gedateerd", "16 nov 2026"),
        ("Kosten in de brief", f"EUR{NBSP}120,00"),
    ]
    # Written on the day it went: said once, as the event's own day.
    same = dataclasses.replace(sent, written=sent.date, costs=None)
    assert _event_details(same) == ()


def test_events_after_the_date_are_marked_not_counted():
    book = book_of(FIXTURE / "ledger", date(2026, 5, 20))  # I-PROMISE's call and promise are on 25 May
    events = dossier(book, "I-PROMISE").events
    assert [e.future for e in events] == [None, None, UI["future"], UI["future"]]
    assert events[2].css == "event event-call future"


# -- the day's letters ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lettered(book) -> StaffBook:
    """The book as the build hands it the day's letters (incasso.letters decides which; here, by hand)."""
    letters = {
        "D-REM-BIG": (DayLetter("dunning", "letters/D-REM-BIG-dunning.pdf", "letters/D-REM-BIG-dunning.eml"),),
        "C-SILENT": (DayLetter("reminder", None, None),),  # no postal and no e-mail address
        "I-PROMISE": (DayLetter("promise", "letters/I-PROMISE-promise.pdf", None),),
    }
    return dataclasses.replace(book, letters=letters, print_files=(PrintBatch("letters/print-2026-06-30.pdf", 1, 2),))


def test_a_step_letter_on_the_letters_list_carries_the_lines_that_record_it(lettered):
    # The morning's longest chore: each letter sent is recorded in its debtor's file, and the lines were on its
    # dossier page only (168 letters: 168 pages opened and left). The letters list holds them too, as the dossier.
    rows = {r.debtor.id: r for r in section(overview_page(lettered), LettersSection).letters}
    record = rows["D-REM-BIG"].record
    assert record is not None and record.lines == dossier(lettered, "D-REM-BIG").record.lines
    assert record.intro == "Verstuurd? Zet dit onderaan events: in debtors/D-REM-BIG.yaml"
    assert rows["C-SILENT"].record is None  # no address: nothing could go out, nothing to record
    assert rows["I-PROMISE"].record is None  # a confirmation: the promise is in the file already


def test_todays_work_links_each_step_to_its_letter(lettered):
    tasks = {t.id: t for t in section(overview_page(lettered), TodaySection).tasks}
    (letter,) = tasks["D-REM-BIG"].letters
    assert (letter.label, letter.pdf.href, letter.eml.href, letter.absent) == (
        "Aanmaning",
        "letters/D-REM-BIG-dunning.pdf",
        "letters/D-REM-BIG-dunning.eml",
        None,
    )
    (nowhere,) = tasks["C-SILENT"].letters
    assert (nowhere.pdf, nowhere.eml, nowhere.absent) == (None, None, "geen post- of e-mailadres: niet verstuurbaar")
    assert tasks["H-CALL"].letters == ()  # a call is not a letter


def test_a_day_in_several_print_files_links_each_part_with_its_letters(lettered):
    parts = (
        PrintBatch("letters/print-2026-06-30-1.pdf", 1, 500),
        PrintBatch("letters/print-2026-06-30-2.pdf", 501, 1204),
    )
    letters = section(overview_page(dataclasses.replace(lettered, print_files=parts)), LettersSection)
    assert letters.print_files == (
        PrintLink("letters/print-2026-06-30-1.pdf", "Brieven voor de post, deel 1 van 2: brief 1 tot en met 500 (PDF)"),
        PrintLink(
            "letters/print-2026-06-30-2.pdf", "Brieven voor de post, deel 2 van 2: brief 501 tot en met 1.204 (PDF)"
        ),
    )


def test_a_last_print_part_of_one_letter_names_that_letter_not_a_range(lettered):
    parts = (
        PrintBatch("letters/print-2026-06-30-1.pdf", 1, 500),
        PrintBatch("letters/print-2026-06-30-2.pdf", 501, 501),
    )
    letters = section(overview_page(dataclasses.replace(lettered, print_files=parts)), LettersSection)
    assert letters.print_files[1] == PrintLink(
        "letters/print-2026-06-30-2.pdf", "Brieven voor de post, deel 2 van 2: brief 501 (PDF)"
    )


def test_the_print_file_s_link_says_how_many_final_notices_written_both_ways_it_leaves_out(lettered):
    both = DayLetter("final_notice", "letters/M-dunning.pdf", "letters/M.eml", one_way=True)
    letters = {**lettered.letters, "M-FINAL-DUE": (both,), "L-FINAL": (dataclasses.replace(both, recorded="email"),)}
    section_ = section(overview_page(dataclasses.replace(lettered, letters=letters)), LettersSection)
    assert section_.print_files == (
        PrintLink(
            "letters/print-2026-06-30.pdf",
            "Alle nog te posten brieven in één PDF (zonder de sommaties die op twee manieren zijn geschreven, 1: kies "
            "per brief de post of de e-mail, en print die om te posten apart)",
        ),
    )


def test_the_letters_section_lists_every_letter_of_the_day(lettered):
    letters = section(overview_page(lettered), LettersSection)
    assert letters.count == "2 te versturen (van 3)"  # C-SILENT's has no address to go to: no work
    figure = letters.figures[0]
    assert (figure.label, figure.value, figure.note) == ("Brieven te versturen", "2", "van de 3 van vandaag")
    assert letters.print_files == (PrintLink("letters/print-2026-06-30.pdf", "Alle nog te posten brieven in één PDF"),)
    assert [(r.debtor.id, r.letter.kind) for r in letters.letters] == [
        ("C-SILENT", "reminder"),
        ("D-REM-BIG", "dunning"),
        ("I-PROMISE", "promise"),  # a confirmation: no step in today's work, but a letter to send
    ]


def test_the_letters_card_has_one_name_whether_or_not_every_letter_is_to_send(lettered):
    """A newcomer read "Letters to send 2 of 3" one day and "Today's letters 1" the next: one card, named by what
    it counts (the letters still to send), with the day's letters beside it only when some need no sending."""
    all_to_send = {"D-REM-BIG": lettered.letters["D-REM-BIG"]}
    one = section(overview_page(dataclasses.replace(lettered, letters=all_to_send)), LettersSection)
    some = section(overview_page(lettered), LettersSection)
    assert [(f.label, f.value, f.note) for f in (*one.figures, *some.figures)] == [
        ("Brieven te versturen", "1", None),
        ("Brieven te versturen", "2", "van de 3 van vandaag"),  # the figure alone: one line on the card (s50)
    ]
    with speaking(Language.EN):
        one = section(overview_page(dataclasses.replace(lettered, letters=all_to_send)), LettersSection)
        some = section(overview_page(lettered), LettersSection)
    assert [(f.label, f.value, f.note) for f in (*one.figures, *some.figures)] == [
        ("Letters to send", "1", None),
        ("Letters to send", "2", "of today's 3"),
    ]
    assert (one.heading, some.heading) == ("Today's letters", "Today's letters")  # the list: every letter of the day


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, ("1 te versturen (van 3), 1 eerst nakijken", "1", "van de 3 van vandaag, 1 eerst nakijken")),
        (Language.EN, ("1 to send (of 3), 1 to check first", "1", "of today's 3, 1 to check first")),
    ],
)
def test_a_letter_held_for_a_look_first_is_not_counted_as_one_to_send(lettered, language, said):
    """s66: the demo's card read "5 van de 6" while the overview held D-1001's reminder back ("mogelijk al betaald:
    eerst nakijken. De brief staat daarom niet in het printbestand"): one held is said apart, not counted."""
    for held in ({"look_first": True}, {"contact_first": True}):
        dunning = dataclasses.replace(lettered.letters["D-REM-BIG"][0], **held)
        book = dataclasses.replace(lettered, letters={**lettered.letters, "D-REM-BIG": (dunning,)})
        with speaking(language):
            letters = section(overview_page(book), LettersSection)
        (figure,) = letters.figures
        assert (letters.count, figure.value, figure.note) == said


def test_todays_work_says_a_letter_s_two_forms_in_a_few_words_and_what_to_do_once(lettered):
    """s66: each row with a letter in two forms carried the same 38 words ("geschreven als PDF ... verstuur de e-mail
    dan niet"), D-1001's action cell 10 lines at 1280 px: the row says "PDF en e-mail klaar", the note above says
    once what that asks; the dossier page, one letter, keeps the advice whole."""
    for language, short, once, twice in (
        (
            Language.NL,
            "PDF en e-mail klaar",
            "Verstuur hem op één manier, anders krijgt de debiteur hem twee keer",
            "twee keer",
        ),
        (Language.EN, "PDF and email ready", "Send it one way only, or the debtor gets it twice", "twice"),
    ):
        with speaking(language):
            today = section(overview_page(lettered), TodaySection)
            on_the_dossier = dossier(lettered, "D-REM-BIG").letters[0].note
        tasks = {t.id: t for t in today.tasks}
        assert tasks["D-REM-BIG"].letters[0].note == short
        assert today.forms_note is not None and once in today.forms_note
        assert on_the_dossier is not None and twice in on_the_dossier and short not in on_the_dossier
    alone = {"C-SILENT": lettered.letters["C-SILENT"], "I-PROMISE": lettered.letters["I-PROMISE"]}
    assert section(overview_page(dataclasses.replace(lettered, letters=alone)), TodaySection).forms_note is None


def test_letters_built_without_a_public_address_are_said_to_carry_no_link(lettered):
    linked = section(overview_page(dataclasses.replace(lettered, relative_links=False)), LettersSection)
    unlinked = section(overview_page(dataclasses.replace(lettered, relative_links=True)), LettersSection)
    assert "geen link naar de persoonlijke pagina" not in linked.note
    assert unlinked.note.endswith(
        "Let op: deze build had geen openbaar adres (--public-url of INCASSO_PUBLIC_URL), dus de brieven hebben "
        "geen link naar de persoonlijke pagina. Bouw opnieuw met dat adres en met uw eigen INCASSO_SECRET voordat u ze "
        "verstuurt."
    )


DEMO_LETTERS = (
    "Let op: dit is een demo: de build had geen eigen INCASSO_SECRET. Elke brief zegt bovenaan dat hij een "
    "voorbeeld is: verstuur ze niet. Bouw opnieuw met uw eigen INCASSO_SECRET en het openbare adres van uw "
    "site (--public-url of INCASSO_PUBLIC_URL) om brieven te maken die u kunt versturen."
)


@pytest.mark.parametrize("relative", [False, True])
def test_a_demos_letters_are_said_to_be_a_demo_with_or_without_an_address(lettered, relative):
    """A demo linked to localhost said nothing (its letters have an address), one without an address only that
    the link is missing: both are a demo's, marked as such, never to send."""
    demo = section(overview_page(dataclasses.replace(lettered, relative_links=relative, demo=True)), LettersSection)
    real = section(overview_page(dataclasses.replace(lettered, relative_links=relative)), LettersSection)
    assert demo.note.endswith(DEMO_LETTERS) and "geen link naar" not in demo.note
    assert "demo" not in real.note


def test_the_dossier_page_lists_its_letters_of_the_day(lettered):
    (letter,) = dossier(lettered, "I-PROMISE").letters
    assert (letter.label, letter.pdf.href, letter.eml) == (
        "Bevestiging betaaltoezegging",
        "../letters/I-PROMISE-promise.pdf",
        None,
    )
    assert dossier(lettered, "B-OVER").letters == ()


def test_a_letter_whose_step_staff_recorded_today_says_not_to_send_it_again():
    from incasso.staff.view import DayLetter, letter_views

    recorded, waiting = letter_views(
        (
            DayLetter("dunning", "letters/x.pdf", "letters/x.eml", recorded="email"),
            DayLetter("reminder", None, "y.eml"),
        ),
        root="",
    )
    assert recorded.recorded == "al vastgelegd (e-mail): niet opnieuw versturen"
    assert recorded.note is None  # sent: nothing left to choose
    assert waiting.recorded is None


def test_a_letter_written_as_a_pdf_and_an_e_mail_says_to_send_it_one_way():
    from incasso.staff.view import DayLetter, letter_views

    both, posted_only = letter_views(
        (DayLetter("dunning", "letters/x.pdf", "letters/x.eml"), DayLetter("reminder", "letters/y.pdf", None)),
        root="",
    )
    assert both.note == (
        "geschreven als PDF (ook in het printbestand) en als e-mail: verstuur hem op één manier en leg vast welke, "
        "anders krijgt de debiteur hem twee keer. Post de postkamer het hele printbestand, verstuur de e-mail dan niet"
    )
    assert posted_only.note is None


def test_a_confirmation_or_handover_notice_in_two_forms_is_not_said_to_be_recorded():
    """Confirmations and handover notices need no record (README, docs/letters.md), yet their note said "leg vast
    welke" (staff review s35)."""
    from incasso.staff.view import DayLetter, letter_views

    notes = [
        view.note
        for view in letter_views(
            tuple(DayLetter(kind, f"letters/{kind}.pdf", f"letters/{kind}.eml") for kind in ("promise", "handover")),
            root="",
        )
    ]
    assert (
        notes
        == [
            "geschreven als PDF (ook in het printbestand) en als e-mail: verstuur hem op één manier, anders krijgt de "
            "debiteur hem twee keer. Post de postkamer het hele printbestand, verstuur de e-mail dan niet"
        ]
        * 2
    )


def test_a_letter_held_for_a_look_is_not_said_to_be_in_the_print_file():
    """ "Hij staat daarom niet in het printbestand" and then "geschreven als PDF (ook in het printbestand)" in one
    note (staff review s35): held for a look at a credit, it is not in it."""
    from incasso.staff.view import DayLetter, letter_views

    (held,) = letter_views((DayLetter("reminder", "letters/x.pdf", "letters/x.eml", look_first=True),), root="")
    assert held.note is not None and "ook in het printbestand" not in held.note
    assert "postkamer" not in held.note
    assert held.note.endswith(
        "geschreven als PDF en als e-mail: verstuur hem op één manier en leg vast welke, anders krijgt de debiteur "
        "hem twee keer"
    )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, "neem eerst contact op met de debiteur en leg dat vast"),
        (Language.EN, "contact the debtor first and record it"),
    ],
)
def test_a_letter_held_until_contact_after_a_returned_payment_says_so_and_not_that_it_is_printed(language, said):
    """s54: the signal "Betaling teruggeboekt" said to get in touch before the next letter, while that letter went
    into the print file with no word beside it. Held out of it, the letter says why, and not "ook in het
    printbestand"."""
    from incasso.staff.view import DayLetter, letter_views

    with speaking(language):
        (held,) = letter_views((DayLetter("dunning", "letters/x.pdf", "letters/x.eml", contact_first=True),), root="")
        (plain,) = letter_views((DayLetter("dunning", "letters/x.pdf", "letters/x.eml"),), root="")
    assert held.note is not None and said in held.note
    assert plain.note is not None and said not in plain.note
    assert "print file)" not in held.note and "printbestand)" not in held.note


@pytest.mark.parametrize(
    ("language", "held_word"),
    [(Language.NL, "niet in het printbestand"), (Language.EN, "not in the print file")],
)
@pytest.mark.parametrize("hold", ["look_first", "contact_first"])
def test_a_held_final_notice_in_two_forms_says_once_that_it_is_not_in_the_print_file(language, held_word, hold):
    """s54 review: a final notice in two forms held until contact said "Hij staat daarom niet in het printbestand"
    twice, once for the hold and once for the form to choose, each with its own advice on printing it."""
    from incasso.staff.view import DayLetter, letter_views

    letter = DayLetter("final_notice", "letters/x.pdf", "letters/x.eml", one_way=True, **{hold: True})
    with speaking(language):
        (held,) = letter_views((letter,), root="")
    assert held.note is not None and held.note.count(held_word) == 1
    assert "per e-mail" in held.note or "by email" in held.note  # still: send one form, and record which


def test_a_final_notice_in_two_forms_says_to_send_one_and_record_which():
    from incasso.staff.view import DayLetter, letter_views

    both, posted_only = letter_views(
        (
            DayLetter("final_notice", "letters/x.pdf", "letters/x.eml", one_way=True),
            DayLetter("final_notice", "letters/y.pdf", None, one_way=True),
        ),
        root="",
    )
    assert both.note == (
        "verstuur hem op één manier en leg vast welke: per post komt hij later aan dan per e-mail, en de termijn telt "
        "vanaf de dag na ontvangst. Hij staat daarom niet in het printbestand: post u hem, print dan deze PDF"
    )
    assert posted_only.note is None  # one form: nothing to choose
    (carried,) = letter_views((DayLetter("dunning", "letters/z.pdf", None, ready_since=date(2026, 11, 22)),), root="")
    assert carried.note == (
        "klaar sinds 22 november 2026, ook in de builds sindsdien: al verstuurd? Leg het dan eerst vast, en "
        "verstuur hem niet nog eens"
    )


def test_a_plan_short_of_the_total_says_so_on_the_dossier_as_on_the_page(tmp_path):
    from incasso.ledger.load import load_ledger
    from tests.support.ledgers import event

    part = [{"due": date(2026, 7, 15), "amount": Decimal("250.00")}]
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none"),
        debtors=[valid_debtor(events=[event(date(2026, 6, 1), "arrangement", installments=part)])],
    )
    ledger = load_ledger(root)
    claims = [assess(ledger, d, D1) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, D1, "", lambda c: "s/x/")
    page = dossier_page(book, book.rows[0])
    assert page.plan_note == (
        f"De open termijnen dekken niet alles: na de laatste staat nog EUR{NBSP}1.000,00 open. De pagina van de "
        "debiteur zegt wat daarna volgt: een herinnering, of na een regeling voor een deel van het bedrag de volgende "
        "stap vanaf waar de incasso stond."
    )  # no interest charged: no "plus de rente"
    # A plan in arrears: its page says no such thing, nor does the dossier.
    late = dossier_page(
        book_of(FIXTURE / "ledger", D1), next(r for r in book_of(FIXTURE / "ledger", D1).rows if r.id == "K-PLAN-LATE")
    )
    assert late.plan_note is None


# -- a letter that asks another amount than the page ---------------------------------------------------


@pytest.fixture(scope="module")
def notice_to_a_plan(tmp_path_factory) -> StaffBook:
    """The letters ledger on the day L-PLAN-MISSED's final notice is due, with the day's letters as the
    build makes them: the notice asks everything overdue, and so does the page that day."""
    from incasso.letters.due import NO_RECORD
    from pelican.plugins.incasso.letters.generator import day_letters
    from tests.support.letters import LETTERS_LEDGER, NOTICE_DAY, plan_missed_ledger

    root = plan_missed_ledger(shutil.copytree(LETTERS_LEDGER, tmp_path_factory.mktemp("notice") / "ledger"))
    books = read_books(root, NOTICE_DAY)
    ledger = books.ledger
    claims = [assess(ledger, d, NOTICE_DAY) for d in ledger.debtors]
    letters = {c.debtor.id: found for c in claims if (found := day_letters(ledger, c, NO_RECORD))}
    return staff_book(claims, ledger.creditor, NOTICE_DAY, "", lambda c: f"s/{c.debtor.id}/", letters=letters)


def test_the_dossier_shows_the_final_notice_s_amount_as_the_page_s(notice_to_a_plan):
    """The page asks what the notice asks on its day (s40), here the whole total: one amount, not the instalment
    "Gevraagd op de pagina" beside the letter's."""
    from incasso import fmt
    from incasso.claims.demand import amount_to_pay

    (letter,) = notice_to_a_plan.letters["L-PLAN-MISSED"]
    assert letter.kind == "final_notice" and letter.asks is None
    view = dossier(notice_to_a_plan, "L-PLAN-MISSED")
    amounts = [(a.label, a.amount) for a in view.amounts]
    (row,) = [r for r in notice_to_a_plan.rows if r.claim.debtor.id == "L-PLAN-MISSED"]
    assert amount_to_pay(row.claim) == row.claim.total_due  # the total: no line of its own for it
    assert ("Totaal te betalen", fmt.money(row.claim.total_due)) in amounts
    assert all(not label.startswith("Gevraagd") for label, _ in amounts)
    assert view.asked_note is None


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # The one still to come is asked by the final notice over the plan (s66: claims.demand.asked_in_notice).
        (Language.NL, [("te laat", "geen"), ("gevraagd in de sommatie", "nog niet")]),
        (Language.EN, [("late", "none"), ("asked in the final notice", "not yet")]),
    ],
)
def test_the_dossier_reads_an_instalment_s_nothing_paid_as_the_page_does(notice_to_a_plan, lang, said):
    """s52: the dossier's plan read every "—" (nothing paid) as "geen", also of an instalment still to come ("paid:
    none" says it was missed); the page and the letters say "nog niet" of it. One rule (fmt.nothing_paid_key), in
    the staff's language."""
    from incasso.statement.tables import plan_view

    with speaking(lang):
        rows = dossier(notice_to_a_plan, "L-PLAN-MISSED").plan
    assert [(r.state, r.nothing_paid) for r in rows if r.paid == BLANK] == said
    (row,) = [r for r in notice_to_a_plan.rows if r.claim.debtor.id == "L-PLAN-MISSED"]
    page = plan_view(row.claim, lang)  # the debtor's page in the same language says the same words
    assert page is not None
    assert [r.nothing_paid for r in page.rows if r.paid == BLANK] == [word for _, word in said]
    assert [r.state_text.lower() for r in page.rows if r.paid == BLANK][1] == said[1][0]  # and says it is asked


def test_the_work_list_shows_what_the_final_notice_asks_and_nothing_below(notice_to_a_plan):
    tasks = {t.id: t for t in section(overview_page(notice_to_a_plan), TodaySection).tasks}
    task = tasks["L-PLAN-MISSED"]
    assert task.kind == "final_notice"
    assert all(t.page_amount is None for t in tasks.values())


def test_a_letter_to_a_dossier_a_credit_is_listed_for_by_name_says_to_look_without_being_held():
    """D-1002 stood under "Possibly from" for a credit by its name alone, just above its reminder listed with no
    word: a name alone holds no letter (docs/computation.md), but the letter says to look first."""
    from incasso.staff.view import DayLetter, letter_views

    named = DayLetter("reminder", "letters/x.pdf", None, named_credit=True)
    (letter,) = letter_views((named,), root="")
    assert letter.note == (
        "de bankafschriften noemen een betaling die op de naam alleen van deze debiteur kan zijn (Mogelijk van): "
        "kijk die na vóór het versturen: een naam alleen houdt de brief niet tegen"
    )
    with speaking(Language.EN):
        (letter,) = letter_views((named,), root="")
    assert letter.note == (
        "the bank statements list a payment that may be this debtor's by the name alone (Possibly from): look at it "
        "before sending: a name alone does not hold the letter back"
    )
    (recorded,) = letter_views((dataclasses.replace(named, recorded="letter"),), root="")
    assert recorded.note is None


# -- collection costs with VAT (policy.costs_vat) --------------------------------------------------------


def _vat_dossier(tmp_path: Path, vat: bool, events: list | None = None, as_of: date = date(2026, 4, 10)) -> DossierPage:
    """1250.00 with a final notice of 3 March: the staffel's 187.50 charged from its term's end, with 21 % VAT
    226.87 (costs_vat), and `events` after it."""
    from incasso.ledger.load import load_ledger
    from tests.support.ledgers import event

    notice = event(date(2026, 3, 3), "final_notice")
    root = write_ledger(
        tmp_path / ("vat" if vat else "plain"),
        creditor=valid_creditor(interest="none", policy={"costs_vat": vat}),
        debtors=[valid_debtor(events=[notice, *(events or [])])],
    )
    ledger = load_ledger(root)
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, as_of, "", lambda c: "s/x/")
    return dossier_page(book, book.rows[0])


def test_with_vat_on_the_costs_open_row_says_they_include_vat_and_without_it_nothing_changes(tmp_path):
    costs = {a.label: a.amount for a in _vat_dossier(tmp_path, vat=True).amounts}
    assert costs["Incassokosten open, inclusief btw"] == f"EUR{NBSP}226,87"
    with speaking(Language.EN):
        english = {a.label: a.amount for a in _vat_dossier(tmp_path / "en", vat=True).amounts}
    assert english["Collection costs open, including VAT"] == f"EUR{NBSP}226.87"
    plain = {a.label: a.amount for a in _vat_dossier(tmp_path, vat=False).amounts}
    assert plain["Incassokosten open"] == f"EUR{NBSP}187,50"


def test_with_vat_on_a_plan_asking_more_than_is_open_says_the_open_amount_counts_the_costs_with_vat(tmp_path):
    from tests.support.ledgers import event

    # Open 1250.00 + 226.87 = 1476.87; the instalments ask 1600.00: 123.13 more.
    plan = [{"due": date(2026, 4, 20), "amount": Decimal("800.00")}, {"due": date(2026, 5, 20), "amount": "800.00"}]
    agreed = [event(date(2026, 4, 1), "arrangement", installments=plan)]
    page = _vat_dossier(tmp_path, vat=True, events=agreed)
    assert page.plan_note == (
        f"De open termijnen vragen EUR{NBSP}123,13 meer dan er openstaat (met de incassokosten inclusief btw): de "
        "debiteur betaalt nooit meer dan het totaal (de pagina zegt het zo)."
    )
    with speaking(Language.EN):
        english = _vat_dossier(tmp_path / "en", vat=True, events=agreed).plan_note
    assert english == (
        f"The open instalments ask EUR{NBSP}123.13 more than is open (with the collection costs including VAT): the "
        "debtor never pays more than the total (the page says so)."
    )
    assert _vat_dossier(tmp_path, vat=False, events=agreed).plan_note == (
        f"De open termijnen vragen EUR{NBSP}162,50 meer dan er openstaat: de debiteur betaalt nooit meer dan het "
        "totaal (de pagina zegt het zo)."
    )


def test_with_vat_on_costs_announced_say_they_include_vat(tmp_path):
    # In the notice's term: announced, not charged yet.
    page = _vat_dossier(tmp_path, vat=True, as_of=date(2026, 3, 10))
    assert page.costs_note is not None and page.costs_note.startswith(
        f"Incassokosten aangekondigd: EUR{NBSP}226,87, inclusief btw, vanaf "
    )
    plain = _vat_dossier(tmp_path, vat=False, as_of=date(2026, 3, 10))
    assert plain.costs_note is not None and plain.costs_note.startswith(
        f"Incassokosten aangekondigd: EUR{NBSP}187,50 vanaf "
    )


@pytest.mark.parametrize("vat", [True, False])
def test_a_final_notice_awaiting_the_bank_says_the_costs_announced_include_vat(tmp_path, vat):
    # s40: 'Tot dan geen overdracht en geen kosten (EUR 226,87 aangekondigd)' gave the costs with their VAT as if
    # they were the staffel's, where the dossier page beside it says 'inclusief btw'.
    from incasso.claims.timing import notice_term_end
    from incasso.staff.overview import flags
    from incasso.staff.view import flag_detail
    from tests.support.ledgers import event

    notice = date(2026, 3, 3)
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none", policy={"costs_vat": vat}),
        debtors=[valid_debtor(events=[event(notice, "final_notice")])],
    )
    unread = read_books(root, notice).ledger
    last = notice_term_end(unread.creditor, unread.debtors[0], unread.debtors[0].events[0])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("0.01", last - timedelta(days=3), ref="E1")])})
    books = read_books(root, last + timedelta(days=2))
    claim = assess(books.ledger, books.ledger.debtors[0], last + timedelta(days=2))
    (flag,) = [f for f in flags(claim, books.ledger.creditor.policy) if f.kind == FlagKind.AWAITS_BANK]
    amount, with_vat, english = (
        ("226,87", " inclusief btw", "226.87 including VAT") if vat else ("187,50", "", "187.50")
    )
    # s41: the page asks the costs already (claims.demand.term_costs_on_top), so not "geen kosten" beside it.
    # s42: after full sentences, the note ends as one, with a full stop.
    assert flag_detail(flag).endswith(
        f"Tot dan geen overdracht. De pagina vraagt de kosten (EUR{NBSP}{amount}{with_vat} aangekondigd) al mee: wie "
        "nu betaalt, betaalde niet in de termijn. Een betaling in de termijn voorkomt ze."
    )
    with speaking(Language.EN):
        assert flag_detail(flag).endswith(
            f"Until then no handover. The page already asks the costs (EUR{NBSP}{english} announced): whoever pays "
            "now did not pay in time. A payment within the period prevents them."
        )


def test_the_letters_list_says_once_above_it_to_send_a_letter_in_two_forms_one_way():
    """Each row of the overview's letters list repeated the 5 to 7 lines of "geschreven als PDF ... en als e-mail:
    verstuur hem op één manier"; the list says it once, and each row keeps its own facts (held out of the print
    file for a look, a final notice that must go one way); the dossier page still says it at its letter."""
    from incasso.staff.rows import LetterRow
    from incasso.staff.sections import letters_section
    from incasso.staff.view import DayLetter, letter_views

    day = (
        DayLetter("dunning", "letters/x.pdf", "letters/x.eml"),
        DayLetter("promise", "letters/p.pdf", "letters/p.eml"),
        DayLetter("reminder", "letters/y.pdf", "letters/y.eml", look_first=True),
        DayLetter("final_notice", "letters/z.pdf", "letters/z.eml", one_way=True),
    )
    plain, promise, held, final = letter_views(day, root="", listed=True)
    assert (plain.note, promise.note) == (None, None)
    assert held.note is not None and "op één manier" not in held.note and "mogelijk al betaald" in held.note
    assert final.note is not None and final.note.startswith("verstuur hem op één manier en leg vast welke: per post")
    views = (plain, promise, held, final)
    section = letters_section([LetterRow(None, view) for view in views], 4, ())  # type: ignore[arg-type]
    assert section.note.count("op één manier") == 1
    assert "Post de postkamer het hele printbestand" in section.note
    assert letter_views(day[:1], root="")[0].note is not None  # the dossier page: at the letter itself


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_check_the_statements_do_not_reach_waits_for_them_and_is_not_late(tmp_path, language):
    """s49: 'Controle: toezegging betaald?' showed '8 dagen (te laat)' in red beside 'Wacht op bankafschriften':
    the statements read end before the promised day, so the check cannot be done yet. Today's work, the claims
    table and the dossier's 'Wat nu' all say it waits for the statements; none says late."""
    from tests.support.ledgers import event

    promise = event(date(2026, 11, 10), "promise", promised_date=date(2026, 11, 20))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(events=[promise])])
    # Statements read up to 12 November: an unrelated entry only (not the debtor's money).
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("0.01", date(2026, 11, 12), ref="E1")])})
    with speaking(language):
        book = book_of(root, date(2026, 11, 30))  # the check was due on 21 November: nine days ago
        page = overview_page(book)
        task = next(t for t in section(page, TodaySection).tasks if t.kind == "check_promise")
        row = next(r for g in section(page, ClaimsSection).groups for r in g.rows if r.id == task.id)
        said = [line.text for line in dossier(book, task.id).next]
    nl = language == Language.NL
    awaits = "wacht op afschriften t/m 20 nov 2026" if nl else "awaiting statements to 20 Nov 2026"
    assert (task.waiting.css, task.waiting.text) == ("waiting", awaits)
    when = "zodra de afschriften tot en met 20 nov 2026 zijn ingelezen" if nl else "up to and including 20 Nov 2026"
    assert row.next is not None and when in row.next.when.text
    # s50: the day once ("zodra de afschriften tot en met 20 november 2026 zijn ingelezen: de toezegging was
    # uiterlijk 20 november 2026" said it twice).
    assert said[0] == (
        "Controle: toezegging betaald? Zodra de afschriften tot en met 20 november 2026 zijn ingelezen: de betaling "
        "was uiterlijk die dag toegezegd."
        if nl
        else "Check: promise paid? Once the statements up to and including 20 November 2026 are read in: the payment "
        "was promised for that day at the latest."
    )
    assert not any(("te laat" if nl else "overdue") in text or "sinds" in text for text in [*said, row.next.when.text])
