"""The staff overview in real builds: what lands where, in which order, and what changed."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import html5lib
import pytest

from incasso.payments.reference import rf_reference
from incasso.staff.overview_page import PAGE_FOLDERS
from incasso.staff.search_index import SEARCH_INDEX, read_index
from incasso.staff.words import UI
from pelican.plugins.incasso.pelicanconf import THEME
from pelican.plugins.incasso.staff import staff_assets
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import disputed_apart_ledger, event, payment, valid_debtor, write_ledger
from tests.support.site import AS_OF, DEMO_LEDGER, LINKS_SECRET, REPO, build_site, settings_with
from tests.support.staff_fixture import BUILT_ORDER, D1, D2, FIXTURE, second_ledger

OURS = {
    "index.html",
    "claims.json",
    "links.csv",
    "links-excel.csv",
    "links.xlsx",
    "changes.md",
    "staff.css",
    "staff.js",
    SEARCH_INDEX,
}
SVG = "http://www.w3.org/2000/svg"
FIXTURE_IDS = sorted(p.stem for p in (FIXTURE / "ledger" / "debtors").glob("*.yaml"))
LINKED = ["--public-url", "https://betalen.example.nl"]  # a build whose letters link the pages: no note on them


def page(path: Path):
    return html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)


def rows(tree, css_class: str):
    return [tr for tr in tree.iter("tr") if css_class in (tr.get("class") or "").split()]


def text(element) -> str:
    """The element's text with runs of spaces and newlines as one space (a no-break space stays)."""
    return re.sub(r"[ \t\r\n]+", " ", "".join(element.itertext())).strip()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    built = build_site(tmp_path_factory.mktemp("staff"), ledger=FIXTURE / "ledger", as_of=D1)
    assert built.exit_code == 0
    return built


def test_claims_table_order_and_groups(site):
    tree = page(site.internal / "index.html")
    assert [r.get("data-group") for r in rows(tree, "group")] == [
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
    assert [r.get("data-id") for r in rows(tree, "claim")] == BUILT_ORDER


def test_group_headers_show_count_and_outstanding(site):
    tree = page(site.internal / "index.html")
    figures = {r.get("data-group"): text(r.find(".//span[@class='g-figures']")) for r in rows(tree, "group")}
    assert figures["dunning"] == "4 dossiers · EUR\xa02.650,00"
    assert figures["final_notice"] == "2 dossiers · EUR\xa04.375,00"
    assert figures["legal"] == "1 dossier · EUR\xa05.625,00"
    # Nothing is open in the paid dossiers: their header says how many, not "EUR 0,00" (which meant none).
    assert figures["paid"] == "1 dossier"


def test_paused_claims_are_marked(site):
    tree = page(site.internal / "index.html")
    paused = {r.get("data-id"): text(r) for r in rows(tree, "paused")}
    assert set(paused) == {"G-DISPUTE", "I-PROMISE", "J-PLAN-OK"}
    assert "Gepauzeerd: geschil" in paused["G-DISPUTE"]
    assert "Gepauzeerd: betaaltoezegging" in paused["I-PROMISE"]
    assert "Gepauzeerd: regeling op schema" in paused["J-PLAN-OK"]


def test_todays_work_lists_each_due_action_with_how_to_reach_them(site):
    tree = page(site.internal / "index.html")
    tasks = rows(tree, "task")
    assert [(r.get("data-id"), r.get("data-kind")) for r in tasks] == [
        ("C-SILENT", "reminder"),
        ("M-FINAL-DUE", "handover"),
        ("G-DISPUTE", "review_dispute"),
        ("F-BROKEN", "dunning"),
        ("K-PLAN-LATE", "remind_installment"),
        ("B-OVER", "reminder"),
        ("E-REM-SMALL", "dunning"),  # the same day: EUR 800,00 asked before D's EUR 700,00
        ("D-REM-BIG", "dunning"),
        ("H-CALL", "call"),
    ]
    # The amount column says what it holds: what is asked, not what is open in all.
    heads = [text(th) for th in tree.find(".//table[@class='tasks']").iter("th") if th.get("scope") == "col"]
    assert heads[3] == "Gevraagd"
    h_call = text(tasks[-1])
    assert "Bellen" in h_call and "Henk Hoek" in h_call and "+31 30 6666666" in h_call and "3 dagen" in h_call
    assert tasks[-1].find(".//a[@href='tel:+313066666666']") is None  # spaces only are dropped
    assert tasks[-1].find(".//a[@href='tel:+31306666666']") is not None
    assert tasks[-1].find(".//a[@href='mailto:henk@example.nl']") is not None
    assert "Controle" in text(tasks[2]) and "check" in tasks[2].get("class").split()
    silent = text(tasks[0])
    assert "Telefoon ontbreekt" in silent and "Geen e-mail of adres" in silent  # what there is: nothing


def test_signals_table(site):
    tree = page(site.internal / "index.html")
    signals = [(r.get("data-kind"), r.get("data-id")) for r in rows(tree, "signal")]
    assert signals == [
        ("note_before_step", "M-FINAL-DUE"),  # the larger amount first
        ("note_before_step", "L-FINAL"),
        ("broken_promise", "F-BROKEN"),
        ("plan_in_arrears", "K-PLAN-LATE"),
        ("dispute_too_long", "G-DISPUTE"),
        ("no_contact", "M-FINAL-DUE"),
        ("no_contact", "C-SILENT"),  # not K-PLAN-LATE: its plan ran on schedule until the day before
        ("missing_contact", "C-SILENT"),  # not B-OVER: no phone, but no step of theirs calls
    ]


def test_a_note_of_the_build_s_log_is_on_the_dossier_and_flags_its_step_in_today_s_work(site):
    # M-FINAL-DUE, a consumer with an e-mail address only, had its final notice by e-mail: the build's log
    # notes that its costs hold only if they agreed to e-mail; staff read it before the handover, today's work.
    tree = page(site.internal / "d" / "M-FINAL-DUE.html")
    (notes,) = [s for s in tree.iter("section") if s.get("class") == "notes"]
    assert text(notes.find("h2")) == "Let op"
    (item,) = notes.iter("li")
    assert item.get("data-kind") == "notice_by_email_only"
    assert text(item).startswith(
        "Sommatie kan alleen per e-mail (vóór de volgende stap: overdragen aan incassobureau) Deze particulier "
        "heeft geen postadres, alleen een e-mailadres"
    )
    assert text(item).endswith("(debtors/M-FINAL-DUE.yaml, regel 2)")
    overview = page(site.internal / "index.html")
    (task,) = [r for r in rows(overview, "task") if r.get("data-id") == "M-FINAL-DUE"]
    assert task.get("data-kind") == "handover"
    assert "Let op vóór de volgende stap" in [text(li) for li in task.iter("li")]


def test_ageing_table_and_chart(site):
    tree = page(site.internal / "index.html")
    table = next(t for t in tree.iter("table") if t.get("class") == "ageing-table")
    foot = [text(c) for c in table.find("tfoot").iter() if c.tag in ("th", "td")]
    assert foot == ["Totaal", "15", "1.000,00", "1.800,00", "2.050,00", "2.400,00", "10.535,00", "17.785,00"]
    dunning = next(tr for tr in table.iter("tr") if tr.get("data-stage") == "dunning")
    # s51: an empty bucket shows "—" with "geen" for a screen reader (macros.blank), not "0,00".
    assert [text(c) for c in dunning][1:] == ["4", "—geen", "—geen", "1.650,00", "—geen", "1.000,00", "2.650,00"]
    svg = next(tree.iter(f"{{{SVG}}}svg"))
    assert svg.get("role") == "img"
    bars = [r for r in svg.iter(f"{{{SVG}}}rect") if (r.get("class") or "").startswith("stage-")]
    assert {r.get("class") for r in bars} == {
        f"stage-{s}" for s in ("legal", "handover", "final_notice", "dunning", "reminder", "overdue", "open")
    }


def test_one_dossier_page_per_debtor(site):
    assert sorted(p.stem for p in (site.internal / "d").glob("*.html")) == FIXTURE_IDS
    tree = page(site.internal / "index.html")
    links = {a.get("href") for a in tree.iter("a")}
    assert {f"d/{i}.html" for i in FIXTURE_IDS} <= links


def test_dossier_page_shows_everything_staff_need(site):
    tree = page(site.internal / "d" / "I-PROMISE.html")
    body = text(tree.find("body"))
    for expected in (
        "Iris Toezegging",
        "FP-1",
        "EUR\xa0650,00",
        "Waarom deze fase",
        "Aanmaning verstuurd op 16 mei 2026 door Sanne",
        "Betaaltoezegging van 25 mei 2026",
        "Wat nu",
        "Controle: toezegging betaald? Vanaf 6 juli 2026: de betaling was uiterlijk 5 juli 2026 toegezegd.",
        "Betaalt na vakantiegeld.",
    ):
        assert expected in body, expected
    events = rows(tree, "event")
    assert [r.get("class").split()[1] for r in events] == [
        "event-reminder",
        "event-dunning",
        "event-call",
        "event-promise",
    ]
    assert "Iris Toezegging" in text(events[2])  # whom they spoke to
    link = tree.find(".//input[@id='personal-link']")
    assert link.get("value").startswith("s/") and link.get("value").endswith("/")
    assert (site.output / link.get("value") / "index.html").is_file()
    assert "--public-url of INCASSO_PUBLIC_URL" in body  # what staff set to make the link whole (s66)
    # Beside the link, the reference a debtor on the phone asks for.
    [reference] = [p for p in tree.iter("p") if p.get("class") == "reference"]
    assert text(reference) == "Betalingskenmerk: RF46 IPRO MISE"


def test_a_dossier_s_missing_person_and_address_are_named_for_a_screen_reader(site):
    """s52: "—" for no contact person and no postal address stood bare (read as nothing, or "em dash"), where the
    dossier's tables name theirs: "geen", as macros.blank says it."""
    facts = {}
    for debtor in ("I-PROMISE", "C-SILENT"):
        tree = page(site.internal / "d" / f"{debtor}.html")
        dl = next(d for d in tree.iter("dl") if d.get("class") == "facts")
        facts[debtor] = {text(dt): text(dd) for dt, dd in zip(dl.iter("dt"), dl.iter("dd"), strict=True)}
    assert facts["I-PROMISE"]["Adres"] == "—geen"
    assert facts["C-SILENT"]["Contactpersoon"] == "—geen" and facts["C-SILENT"]["Adres"] == "—geen"
    assert facts["I-PROMISE"]["Contactpersoon"] == "Iris Toezegging"


def test_dossier_page_payments_and_plan(site):
    tree = page(site.internal / "d" / "J-PLAN-OK.html")
    payments = next(t for t in tree.iter("table") if t.get("class") == "payments")
    # No invoice named: "—" to the eye, "geen" to a screen reader (s50: the dash alone was read as nothing).
    assert [[text(c) for c in r] for r in payments.find("tbody")] == [
        ["4 mei 2026", "EUR\xa0400,00", "—geen", "EUR\xa0400,00 hoofdsom FPL-1", "dossierbestand"],
        ["4 jun 2026", "EUR\xa0400,00", "—geen", "EUR\xa0400,00 hoofdsom FPL-1", "dossierbestand"],
    ]
    plan = next(t for t in tree.iter("table") if t.get("class") == "plan")
    assert [text(list(r)[-1]) for r in plan.find("tbody")] == ["betaald", "betaald", "komt nog"]
    # Nothing paid of the instalment to come: "nog niet" to a screen reader, as on the page (s52: "geen", missed).
    assert [text(list(r)[2]) for r in plan.find("tbody")] == ["EUR\xa0400,00", "EUR\xa0400,00", "—nog niet"]


def test_no_personal_link_for_a_written_off_claim(site):
    tree = page(site.internal / "d" / "Q-OFF.html")
    assert tree.find(".//input[@id='personal-link']") is None
    assert "afgeschreven vorderingen worden niet getoond" in text(tree.find("body"))


def test_claims_json(site):
    document = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["as_of"]) == ("incasso-claims", 1, "2026-06-30")
    assert [c["id"] for c in document["claims"]] == FIXTURE_IDS
    q = next(c for c in document["claims"] if c["id"] == "Q-OFF")
    assert q["url"] == "" and q["status"] == "written_off"
    i = next(c for c in document["claims"] if c["id"] == "I-PROMISE")
    assert i["url"].startswith("s/") and (site.output / i["url"] / "index.html").is_file()


def test_links_csv_matches_the_json(site):
    with (site.internal / "links.csv").open(encoding="utf-8") as f:
        links = {row["id"]: row["url"] for row in csv.DictReader(f)}
    document = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    assert links == {c["id"]: c["url"] for c in document["claims"]}


def test_the_overview_links_the_files_beside_it(site):
    # What changed since yesterday and the exports: staff open index.html, not the folder.
    links = page(site.internal / "index.html").findall(".//p[@class='files']/a")
    assert [a.get("href") for a in links] == [
        "changes.html",
        "links.csv",
        "links.xlsx",
        "links-excel.csv",
        "claims.json",
    ]
    assert all((site.internal / a.get("href")).is_file() for a in links)
    assert text(links[0]) == "Wat is veranderd sinds de vorige build"
    # Which of the lists to open in a spreadsheet, in Dutch beside them: links.csv opens in column A there.
    (files,) = page(site.internal / "index.html").findall(".//p[@class='files']")
    assert text(files).endswith(
        "Open in Excel of een ander spreadsheetprogramma het bestand links.xlsx: de bedragen zijn daar getallen "
        "met twee decimalen, wat de instellingen ook zijn. links.csv is voor een mail merge en andere programma's."
    )


def test_first_build_says_so(site):
    assert "Eerste build" in (site.internal / "changes.md").read_text(encoding="utf-8")


def test_the_first_build_prints_one_language(tmp_path, capsys):
    built = build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D1, extra=LINKED, secret=LINKS_SECRET)
    assert built.exit_code == 0
    out = capsys.readouterr().out
    said = [line for line in out.splitlines() if not line.startswith("note: ")]  # the ledger's notes come first
    assert said[0] == f"Changes: a first build, nothing to compare with ({built.internal}/changes.md)."
    assert "Eerste build" not in out and "Wijzigingen" not in out  # changes.md is for staff, in Dutch


def test_a_trial_build_of_another_creditor_after_the_demo_compares_nothing_and_says_so(tmp_path, capsys):
    # `make site`, then your own ledger without a secret into the same folders: the demo's dossiers are not yours.
    assert build_site(tmp_path, ledger=DEMO_LEDGER).exit_code == 0
    capsys.readouterr()
    built = build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=AS_OF)
    assert built.exit_code == 0
    out = capsys.readouterr().out
    assert (
        f"note: the last build in the outputs (as of {AS_OF}) was of another creditor's ledger (Installatietechniek "
        "Vaartsche Rijn B.V.; this one is Testbedrijf Overzicht B.V.'s): nothing but its links was compared with it"
        in out
    ), out
    assert f"Changes: a first build, nothing to compare with ({built.internal}/changes.md)." in out
    changes = (built.internal / "changes.md").read_text(encoding="utf-8")
    assert "Eerste build" in changes and "Niet meer in het grootboek" not in changes, changes
    # The record now says whose ledger it was: the next build of it compares with this one as it did.
    record = json.loads((built.internal / "build.json").read_text(encoding="utf-8"))
    assert record["creditor"] == {
        "name": "Testbedrijf Overzicht B.V.",
        "iban": "NL91ABNA0417164300",
        "kvk": "12345678",
        "address": "Teststraat 1, 3511 AA Utrecht",
    }
    capsys.readouterr()
    assert build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=AS_OF + timedelta(days=1)).exit_code == 0
    out = capsys.readouterr().out
    assert "another creditor's" not in out and f"Changes since the build as of {AS_OF}" in out, out


def test_a_creditor_with_a_new_bank_account_and_name_is_still_compared(tmp_path, capsys):
    # One of name, IBAN and KvK number kept is the same creditor: the nightly's change list goes on.
    first = build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D1, extra=LINKED, secret=LINKS_SECRET)
    assert first.exit_code == 0
    ledger = second_ledger(tmp_path)
    creditor = ledger / "creditor.yaml"
    written = creditor.read_text(encoding="utf-8")
    renamed = written.replace("Testbedrijf Overzicht B.V.", "Overzicht Holding B.V.")
    creditor.write_text(renamed.replace("NL91ABNA0417164300", "NL02ABNA0123456789"), encoding="utf-8")
    capsys.readouterr()
    second = build_site(tmp_path, ledger=ledger, as_of=D2, extra=LINKED, secret=LINKS_SECRET)
    assert second.exit_code == 0
    out = capsys.readouterr().out
    assert "another creditor's" not in out and "Changes since the build as of 2026-06-30: newly due 4" in out, out


def test_a_creditor_without_a_kvk_number_renamed_with_a_new_bank_account_is_still_compared(tmp_path, capsys):
    # s45 review 2: a sole trader (no KvK number) who renamed and moved bank in one commit kept its address: the same
    # creditor, whose change list and record of confirmations go on.
    ledger = Path(shutil.copytree(FIXTURE / "ledger", tmp_path / "ledger"))
    creditor = ledger / "creditor.yaml"
    written = creditor.read_text(encoding="utf-8").replace('kvk: "12345678"\n', "")
    creditor.write_text(written, encoding="utf-8")
    assert build_site(tmp_path, ledger=ledger, as_of=D1, extra=LINKED, secret=LINKS_SECRET).exit_code == 0
    renamed = written.replace("Testbedrijf Overzicht B.V.", "Overzicht Installaties")
    creditor.write_text(renamed.replace("NL91ABNA0417164300", "NL02ABNA0123456789"), encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=ledger, as_of=D2, extra=LINKED, secret=LINKS_SECRET).exit_code == 0
    out = capsys.readouterr().out
    assert "another creditor's" not in out and "Changes since the build as of 2026-06-30" in out, out


def test_a_record_from_before_it_named_the_creditor_is_compared_as_before(tmp_path, capsys):
    first = build_site(tmp_path, ledger=DEMO_LEDGER)
    record = first.internal / "build.json"
    document = json.loads(record.read_text(encoding="utf-8"))
    del document["creditor"]
    record.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=AS_OF).exit_code == 0
    assert "Niet meer in het grootboek" in (tmp_path / "internal" / "changes.md").read_text(encoding="utf-8")


def test_static_files_are_the_themes_own(site):
    for name in ("staff.css", "staff.js"):
        source = REPO / "theme" / "static_internal" / name
        assert (site.internal / "static" / name).read_bytes() == source.read_bytes()


def test_nothing_of_the_staff_overview_in_the_public_output(site):
    public = [p for p in site.output.rglob("*") if p.is_file()]
    assert public, "the public output is empty"
    assert not (site.output / "d").exists()
    assert not {p.name for p in public} & (OURS - {"index.html"})
    marks = (UI["internal"], UI["title"], UI["filter_hint"], "incassoSearch", "claims.json", "links.csv", "changes.md")
    marks += ("links-excel.csv", "links.xlsx", "staff.js", "static_internal")
    marks += ("0306666666",)  # H-CALL's phone as the search knows it
    for path in public:
        content = path.read_bytes().decode("utf-8", errors="replace")
        for mark in marks:
            assert mark not in content, (path, mark)
        for debtor_id in FIXTURE_IDS:
            assert f"d/{debtor_id}.html" not in content, path
    assert site.output.resolve() not in site.internal.resolve().parents


def test_demo_build_has_the_overview_and_keeps_it_internal(demo_site):
    tree = page(demo_site.internal / "index.html")
    demo_ids = sorted(p.stem for p in (DEMO_LEDGER / "debtors").glob("*.yaml"))
    assert sorted(r.get("data-id") for r in rows(tree, "claim")) == demo_ids
    assert sorted(p.stem for p in (demo_site.internal / "d").glob("*.html")) == demo_ids
    assert not any(p.name in OURS - {"index.html"} for p in demo_site.output.rglob("*"))


def test_a_book_that_fits_is_one_page_and_its_search_index(demo_site, site):
    # 16 and 17 dossiers: every list fits on the overview, so there is no other page of it.
    for internal in (demo_site.internal, site.internal):
        assert not [folder for folder in PAGE_FOLDERS if (internal / folder).exists()]
        assert sorted(p.name for p in internal.glob("*.html")) == ["changes.html", "index.html"]
    index = (site.internal / SEARCH_INDEX).read_text(encoding="utf-8")
    for debtor_id in FIXTURE_IDS:
        assert f'["{debtor_id}",' in index
    tree = page(site.internal / "index.html")
    finder = next(div for div in tree.iter("div") if div.get("id") == "finder")
    assert finder.get("data-index") == _versioned(site.internal, SEARCH_INDEX)


def _versioned(internal: Path, name: str) -> str:
    """`name` with the digest of the file the build wrote there, as a browser is to ask for it."""
    return f"{name}?v={hashlib.sha256((internal / name).read_bytes()).hexdigest()[:12]}"


def test_every_staff_page_names_its_style_script_and_index_by_the_digest_of_what_was_written(demo_site, site):
    # A browser keeps none of last night's beside tonight's pages: another file is another address.
    indexes = set()
    for internal in (demo_site.internal, site.internal):
        style, script = _versioned(internal, "static/staff.css"), _versioned(internal, "static/staff.js")
        pages = sorted(internal.rglob("*.html"))
        assert len(pages) > 10
        for path in pages:
            text = path.read_text(encoding="utf-8")
            root = "../" * (len(path.relative_to(internal).parts) - 1)
            assert re.findall(r'<link rel="stylesheet" href="([^"]*)"', text) == [root + style], path
            assert re.findall(r'<script src="([^"]*)"', text) == [root + script], path
            assert set(re.findall(r'data-index="([^"]*)"', text)) <= {root + _versioned(internal, SEARCH_INDEX)}
        indexes.add(_versioned(internal, SEARCH_INDEX))
    assert len(indexes) == 2  # two ledgers, two indexes: two names


def test_a_changed_staff_script_or_style_is_another_address(tmp_path):
    theme = shutil.copytree(THEME, tmp_path / "theme")
    before = staff_assets(str(theme))
    script = theme / "static_internal" / "staff.js"
    script.write_text(script.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after = staff_assets(str(theme))
    assert (after.stylesheet, after.script != before.script) == (before.stylesheet, True)
    assert after.script.startswith("static/staff.js?v=") and after == staff_assets(str(theme))


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_internal_output_is_byte_reproducible(tmp_path):
    first = build_site(tmp_path / "one", ledger=FIXTURE / "ledger", as_of=D1)
    second = build_site(tmp_path / "two", ledger=FIXTURE / "ledger", as_of=D1)
    assert first.exit_code == second.exit_code == 0
    assert _tree(first.internal) == _tree(second.internal)


def test_second_build_lists_what_changed(tmp_path, capsys):
    first = build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D1, extra=LINKED, secret=LINKS_SECRET)
    assert first.exit_code == 0
    capsys.readouterr()
    second = build_site(tmp_path, ledger=second_ledger(tmp_path), as_of=D2, extra=LINKED, secret=LINKS_SECRET)
    assert second.exit_code == 0
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    # The build prints in English, as all its output; the list itself is for staff, in Dutch.
    out = capsys.readouterr().out
    said = [line for line in out.splitlines() if not line.startswith("note: ")]  # the ledger's notes come first
    assert said[0] == (
        "Changes since the build as of 2026-06-30: newly due 4, stage 1, payments 1, promises broken 1, plans "
        f"behind 1, status 2; listed for staff in {second.internal}/changes.md."
    )
    assert "Wijzigingen" not in out and "Herinnering" not in out
    assert changes == "\n".join(
        [
            "# Wijzigingen sinds de vorige build",
            "",
            "Vorige build: stand per 30 juni 2026. Deze build: stand per 10 juli 2026.",
            "",
            "## Nieuw aan de beurt sinds de vorige build (4)",
            "",
            "- D-REM-BIG Dijkstra Groot B.V.: Bellen, vanaf 8 juli 2026 (EUR\xa01.200,00 open)",
            "- H-CALL Hoek Bellen B.V.: Sommatie sturen, vanaf 4 juli 2026 (EUR\xa01.000,00 open)",
            "- I-PROMISE Iris Toezegging: Sommatie sturen, vanaf 6 juli 2026 (EUR\xa0650,00 open)",
            "- J-PLAN-OK Jansen Regeling: Herinnering gemiste termijn, vanaf 6 juli 2026 (EUR\xa0400,00 open)",
            "",
            "## Andere fase (1)",
            "",
            "- D-REM-BIG Dijkstra Groot B.V.: Herinnering → Aanmaning",
            "",
            "## Betalingen ontvangen (1)",
            "",
            "- E-REM-SMALL Eerland Klein V.O.F.: EUR\xa0800,00 op 3 juli 2026 (factuur FR-1)",
            "",
            "## Toezeggingen niet nagekomen (1)",
            "",
            "- I-PROMISE Iris Toezegging: EUR\xa0650,00 toegezegd voor 5 juli 2026, niets ontvangen",
            "",
            "## Regelingen achter geraakt (1)",
            "",
            "- J-PLAN-OK Jansen Regeling: termijn van 5 juli 2026 (EUR\xa0400,00) niet betaald",
            "",
            "## Andere status (2)",
            "",
            "- E-REM-SMALL Eerland Klein V.O.F.: Loopt → Betaald",
            "- I-PROMISE Iris Toezegging: Betaaltoezegging → Loopt",
            "",
        ]
    )
    document = json.loads((second.internal / "claims.json").read_text(encoding="utf-8"))
    assert document["as_of"] == "2026-07-10"


def test_the_second_build_compares_each_claim_as_it_writes_it_and_keeps_only_the_new_ones(tmp_path, monkeypatch):
    """claims.json is written a claim at a time as each is made, and each is compared as it is written
    (changes.Comparison): of tonight's claims only a new dossier's is kept, cut to what the change list reads,
    for the end; at 100,000 debtors holding them all took 0.6 GB. The list is the one the whole documents give."""
    import pelican.plugins.incasso.staff as staff
    from incasso.staff.changes import Comparison, compare

    made: list[Comparison] = []

    class Watched(Comparison):
        def __init__(self, previous):
            super().__init__(previous)
            made.append(self)

    monkeypatch.setattr(staff, "Comparison", Watched)
    assert build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D1, extra=LINKED, secret=LINKS_SECRET).exit_code == 0
    assert made == []  # a first build compares nothing
    ledger = second_ledger(tmp_path)
    new = (ledger / "debtors" / "H-CALL.yaml").read_text(encoding="utf-8")
    new = new.replace("id: H-CALL", "id: Z-NEW").replace("Hoek Bellen", "Zeeman Nieuw").replace("FC-1", "FZ-1")
    (ledger / "debtors" / "Z-NEW.yaml").write_text(new, encoding="utf-8")
    second = build_site(tmp_path, ledger=ledger, as_of=D2, extra=LINKED, secret=LINKS_SECRET)
    assert second.exit_code == 0
    (comparison,) = made
    written = json.loads((second.internal / "claims.json").read_text(encoding="utf-8"))
    whole = {claim["id"]: claim for claim in written["claims"]}
    assert list(comparison.new) == ["Z-NEW"]
    assert set(comparison.new["Z-NEW"]) < set(whole["Z-NEW"])  # cut: no url, no ageing ...
    assert comparison.compared and comparison.compared.keys() < whole.keys() - {"Z-NEW"}  # those with a change
    assert comparison.changes(written) == compare(comparison.previous, written)
    assert "Z-NEW" in (second.internal / "changes.md").read_text(encoding="utf-8")


def test_a_promise_kept_and_a_plan_paid_off_between_two_builds_are_listed(tmp_path):
    """Neither build had them running: a promise made and kept for part of the claim, a plan agreed and paid
    off for part of it (the status is the same at both builds, and no payment plan was behind at either)."""
    jansen = {"id": "D-1002", "name": "Jansen Regeling", "invoices[0].number": "F2026-0002"}
    quiet = [valid_debtor(), valid_debtor(**jansen)]
    first = build_site(tmp_path, ledger=write_ledger(tmp_path / "first", debtors=quiet), as_of=date(2026, 2, 8))
    assert first.exit_code == 0
    promised = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 14), amount=Decimal("500.00"))
    plan = [
        {"due": date(2026, 2, 12), "amount": Decimal("300.00")},
        {"due": date(2026, 2, 19), "amount": Decimal("340.00")},
    ]
    kept = [
        valid_debtor(events=[promised], payments=[payment(date=date(2026, 2, 13), amount=Decimal("500.00"))]),
        valid_debtor(
            **jansen,
            events=[event(date(2026, 2, 10), "arrangement", installments=plan)],
            payments=[payment(date=d["due"], amount=d["amount"]) for d in plan],
        ),
    ]
    second = build_site(tmp_path, ledger=write_ledger(tmp_path / "second", debtors=kept), as_of=date(2026, 2, 24))
    assert second.exit_code == 0
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert (
        "## Toezeggingen nagekomen (1)\n\n"
        "- D-1001 Bakkerij De Vries: EUR\xa0500,00 toegezegd voor 14 februari 2026, betaald\n"
    ) in changes
    assert (
        "## Regeling afgesproken en afbetaald (1)\n\n- D-1002 Jansen Regeling: regeling van 10 februari 2026 over "
        "EUR\xa0640,00, laatste termijn 19 februari 2026, helemaal betaald\n"
    ) in changes
    assert "## Andere status" not in changes


def test_a_promise_broken_at_the_last_build_and_kept_after_all_is_listed(tmp_path):
    """The statements read at the first build end on 16 February: nothing came in by the promised 13th, so the
    promise is broken. The next statement books the payment on the 17th with value date 12 February: paid in
    time after all. Its status is the same at both builds ("Loopt"): only this line tells staff."""
    made = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 13), amount=Decimal("500.00"))
    root = write_ledger(tmp_path / "ledger", debtors=[valid_debtor(events=[made])])
    fee = Booking("2.50", date(2026, 2, 16), credit=False, ref="FEE1", text="kosten")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [fee], opening="1000.00")})
    first = build_site(tmp_path, ledger=root, as_of=date(2026, 2, 17))
    assert first.exit_code == 0
    (claim,) = json.loads((first.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert claim["promise"]["state"] == "broken"
    late = Booking("500.00", date(2026, 2, 17), valued=date(2026, 2, 12), ref="C1", scor=rf_reference("D-1001"))
    write_bank(root, {"b.xml": camt053(CREDITOR_IBAN, [late], opening="997.50", message_id="CAMT053-TEST-2")})
    second = build_site(tmp_path, ledger=root, as_of=date(2026, 2, 18))
    assert second.exit_code == 0
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert (
        "## Toezeggingen alsnog nagekomen (1)\n\n- D-1001 Bakkerij De Vries: EUR\xa0500,00 toegezegd voor "
        "13 februari 2026, eerder niet nagekomen, nu toch op tijd betaald (EUR\xa0500,00 ontvangen)\n"
    ) in changes
    assert "## Toezeggingen nagekomen" not in changes and "## Andere status" not in changes
    (claim,) = json.loads((second.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert claim["promise"]["state"] == "kept" and "broken_promise" not in claim["flags"]


def built_at(monkeypatch, hour: int, minute: int) -> None:
    """The builds that follow are made at this time of D2, in Amsterdam (SOURCE_DATE_EPOCH, as tests/conftest.py)."""
    moment = datetime(D2.year, D2.month, D2.day, hour, minute, tzinfo=ZoneInfo("Europe/Amsterdam"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))


def test_a_second_build_on_the_same_day_keeps_the_days_earlier_list_below_its_own(tmp_path, monkeypatch):
    build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D1)
    mended = second_ledger(tmp_path)
    built_at(monkeypatch, 8, 5)
    morning = build_site(tmp_path, ledger=mended, as_of=D2)
    earlier = (morning.internal / "changes.md").read_text(encoding="utf-8")
    built_at(monkeypatch, 10, 12)
    assert build_site(tmp_path, ledger=mended, as_of=D2).exit_code == 0  # a rebuild at ten, nothing new
    again = (morning.internal / "changes.md").read_text(encoding="utf-8")
    own, kept = again.split("\n## Eerder vandaag\n", 1)
    assert "Vorige build: stand per 10 juli 2026. Deze build: stand per 10 juli 2026." in own
    assert "Geen wijzigingen." in own
    # The morning's list under the time of its build, its own headings two levels down.
    assert kept.strip().splitlines() == [
        "### Build van 8.05 uur",
        "",
        *("##" + line if line.startswith("#") else line for line in earlier.split("\n", 1)[1].strip().splitlines()),
    ]
    assert "#### Andere fase (1)" in kept
    built_at(monkeypatch, 11, 30)
    assert build_site(tmp_path, ledger=mended, as_of=D2).exit_code == 0  # a third: still the morning's list once
    third = (morning.internal / "changes.md").read_text(encoding="utf-8")
    assert third.count("## Eerder vandaag") == 1 and third.split("\n## Eerder vandaag\n", 1)[1] == kept


def test_every_list_of_the_day_is_kept_so_no_change_goes_unlisted(tmp_path, monkeypatch):
    """A payment entered at ten and built, then another rebuild at noon: the ten o'clock list (the only one
    with that payment) stays below the noon one, beside the morning's, each under its build's time."""
    build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D1)
    mended = second_ledger(tmp_path)
    built_at(monkeypatch, 7, 45)
    morning = build_site(tmp_path, ledger=mended, as_of=D2)
    with (mended / "debtors" / "A-OPEN.yaml").open("a", encoding="utf-8") as dossier:
        dossier.write(f"payments:\n  - {{date: {D2}, amount: 123.45}}\n")
    built_at(monkeypatch, 10, 0)
    assert build_site(tmp_path, ledger=mended, as_of=D2).exit_code == 0  # at ten: the payment
    at_ten = (morning.internal / "changes.md").read_text(encoding="utf-8")
    assert "123,45" in at_ten.split("\n## Eerder vandaag\n", 1)[0]
    built_at(monkeypatch, 12, 3)
    assert build_site(tmp_path, ledger=mended, as_of=D2).exit_code == 0  # at noon: nothing new
    noon = (morning.internal / "changes.md").read_text(encoding="utf-8")
    own, kept = noon.split("\n## Eerder vandaag\n", 1)
    assert "Geen wijzigingen." in own and noon.count("## Eerder vandaag") == 1
    headings = [line for line in kept.splitlines() if line.startswith("### ")]
    assert headings == ["### Build van 10.00 uur", "### Build van 7.45 uur"]  # newest first
    ten, morning_list = kept.split("### Build van 7.45 uur")
    assert "123,45" in ten and "#### Andere fase (1)" in morning_list


def test_the_first_build_s_line_is_kept_under_a_heading_of_its_own(tmp_path, monkeypatch):
    # The day's first build ever says only that there was nothing to compare with: under "Eerder vandaag"
    # that line is a list of its own, not the end of the list above it.
    built_at(monkeypatch, 9, 15)
    first = build_site(tmp_path, ledger=FIXTURE / "ledger", as_of=D2)
    with (FIXTURE / "ledger" / "debtors" / "A-OPEN.yaml").open(encoding="utf-8") as dossier:
        text = dossier.read()
    ledger = Path(shutil.copytree(FIXTURE / "ledger", tmp_path / "ledger"))
    (ledger / "debtors" / "A-OPEN.yaml").write_text(
        text + f"payments:\n  - {{date: {D2}, amount: 123.45}}\n", encoding="utf-8"
    )
    built_at(monkeypatch, 10, 40)
    assert build_site(tmp_path, ledger=ledger, as_of=D2).exit_code == 0
    built_at(monkeypatch, 11, 5)
    (ledger / "debtors" / "A-OPEN.yaml").write_text(
        text + f"payments:\n  - {{date: {D2}, amount: 123.45}}\n  - {{date: {D2}, amount: 10.00}}\n",
        encoding="utf-8",
    )
    assert build_site(tmp_path, ledger=ledger, as_of=D2).exit_code == 0
    kept = (first.internal / "changes.md").read_text(encoding="utf-8").split("\n## Eerder vandaag\n", 1)[1]
    blocks = kept.strip().split("\n\n### ")
    assert blocks[0].startswith("### Build van 10.40 uur\n\nVorige build: stand per 10 juli 2026.")
    assert "123,45" in blocks[0]
    assert blocks[1] == "Build van 9.15 uur\n\nEerste build: er is geen vorige claims.json om mee te vergelijken."


def test_ledger_text_is_escaped_everywhere(tmp_path):
    root = tmp_path / "ledger"
    shutil.copytree(FIXTURE / "ledger", root)
    path = root / "debtors" / "H-CALL.yaml"
    evil = '<img src=x onerror=alert(1)> & "Zn"'
    path.write_text(
        path.read_text()
        .replace("name: Hoek Bellen B.V.", f"name: '{evil}'")
        .replace("by: Sanne}\n", "by: Sanne, note: '<script>alert(2)</script>'}\n")
    )
    built = build_site(tmp_path, ledger=root, as_of=D1)
    assert built.exit_code == 0
    for html in (built.internal / "index.html", built.internal / "d" / "H-CALL.html"):
        source = html.read_text(encoding="utf-8")
        assert "<img src=x" not in source and "<script>alert" not in source
        assert "&lt;img src=x onerror=alert(1)&gt; &amp;" in source
        assert not list(page(html).iter("img"))


def test_a_public_url_makes_full_links(tmp_path):
    settings = settings_with(tmp_path, PUBLIC_URL="https://betalen.example.nl/")
    built = build_site(
        tmp_path, ledger=FIXTURE / "ledger", as_of=D1, extra=["--settings", str(settings)], secret=LINKS_SECRET
    )
    assert built.exit_code == 0
    tree = page(built.internal / "d" / "A-OPEN.html")
    url = tree.find(".//input[@id='personal-link']").get("value")
    assert url.startswith("https://betalen.example.nl/s/") and url.endswith("/")
    assert "Relatief pad" not in text(tree.find("body"))  # a whole address: no note on how to make it one
    document = json.loads((built.internal / "claims.json").read_text(encoding="utf-8"))
    assert next(c for c in document["claims"] if c["id"] == "A-OPEN")["url"] == url


def test_the_generator_refuses_an_internal_output_inside_the_public_one(tmp_path):
    # Pelican run directly (not through `incasso build`, which checks this first).
    from pelican.settings import read_settings

    from pelican import Pelican
    from pelican.plugins.incasso.staff import StaffOutputRefused

    output = tmp_path / "out"
    settings = read_settings(
        str(REPO / "pelicanconf.py"),
        override={
            "OUTPUT_PATH": str(output),
            "INCASSO": {
                "LEDGER": str(FIXTURE / "ledger"),
                "AS_OF": D1.isoformat(),
                "INTERNAL_OUTPUT": str(output / "staff"),
            },
        },
    )
    saved = os.environ.pop("INCASSO_SECRET", None)
    try:
        with pytest.raises(StaffOutputRefused):
            Pelican(settings).run()
    finally:
        if saved is not None:
            os.environ["INCASSO_SECRET"] = saved
    assert not (output / "staff").exists()


def test_a_credit_to_refund_is_on_the_overview_and_its_dossier(demo_site):
    # The demo's D-1014 is paid, with EUR 1,11 paid too much: work for staff, not "nothing more to do".
    tree = page(demo_site.internal / "index.html")
    refunds = [r for r in rows(tree, "task") if r.get("data-kind") == "refund_credit"]
    assert [r.get("data-id") for r in refunds] == ["D-1014"]
    assert "Tegoed terugbetalen" in text(refunds[0]) and "EUR\xa01,11" in text(refunds[0])
    assert ("credit", "D-1014") in [(r.get("data-kind"), r.get("data-id")) for r in rows(tree, "signal")]
    dossier = text(page(demo_site.internal / "d" / "D-1014.html").find(".//section[@class='explain']"))
    assert "Tegoed terugbetalen sinds 4 november 2026" in dossier and "Niets meer te doen" not in dossier


def test_a_payment_the_bank_took_back_is_on_its_dossier(demo_site):
    # The demo's D-1008 paid EUR 150,00 on 9 November and recalled it on the 12th: not "Nog geen betalingen".
    tree = page(demo_site.internal / "d" / "D-1008.html")
    payments = next(s for s in tree.iter("section") if text(s.find("h2")) == UI["payments"])
    assert text(payments) == (
        "Betalingen Geen betalingen die meetellen. Teruggeboekt door de bank: EUR\xa0150,00 op 9 nov 2026 "
        "(bankboeking 2026110900031, van NL73 SNSB 0932 8471 65): teruggeboekt op 12 nov 2026 (teruggevraagd door "
        "de betaler, FOCR); telt niet."
    )


def test_a_due_step_s_dossier_gives_the_event_to_paste_and_where(demo_site):
    tree = page(demo_site.internal / "d" / "D-1014.html")
    field = tree.find(".//textarea[@id='record-step']")
    assert field.text == "  - date: 2026-11-22\n    type: refund\n    amount: 1.11"
    assert field.get("readonly") is not None and field.get("aria-labelledby") == "record-heading"
    intro = text(tree.find(".//p[@id='record-heading']"))
    assert intro.startswith("Gedaan? Zet dit onderaan events: in debtors/D-1014.yaml,")  # the ledger's own path
    button = tree.find(".//button[@data-copy='record-step']")
    assert button is not None and button.get("hidden") is not None  # shown by the script
    # A dossier with nothing due today has none.
    assert page(demo_site.internal / "d" / "D-1001.html").find(".//textarea[@id='record-step']") is None


def test_the_dossier_says_which_build_wrote_a_confirmation(tmp_path):
    """Staff entered a promise after the night's build: the next build writes its letter, and the
    dossier page says so on that night and the nights after, when the letter is no longer in letters/."""
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    site = build_site(tmp_path, ledger=ledger)
    with (ledger / "debtors" / "D-1003.yaml").open("a", encoding="utf-8") as dossier:
        dossier.write(f"  - date: {AS_OF}\n    type: promise\n    promised_date: {AS_OF + timedelta(days=8)}\n")
    said = "brief klaargezet op 23 nov 2026 (in de brieven van die build)"
    for night in (AS_OF + timedelta(days=1), AS_OF + timedelta(days=3)):
        assert build_site(tmp_path, ledger=ledger, as_of=night).exit_code == 0
        assert said in (site.internal / "d" / "D-1003.html").read_text(encoding="utf-8")
    assert not (site.internal / "letters" / "D-1003-promise.pdf").exists()  # gone with the later night
    assert "brief klaargezet" not in (site.internal / "d" / "D-1010.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "staff, said",
    [
        (
            "nl",
            "Bevestiging: geen brief geschreven: al vastgelegd vóór de eerste build met dit dossier (22 nov 2026). "
            "De build bevestigt alleen wat daarna wordt vastgelegd; stuur zo nodig zelf een bevestiging.",
        ),
        (
            "en",
            "Confirmation: no letter written: recorded before the first build with this dossier (22 Nov 2026). The "
            "build confirms only what is recorded after that; send a confirmation yourself if needed.",
        ),
    ],
)
def test_the_dossier_says_no_build_confirmed_an_agreement_it_found_at_its_first_build(tmp_path, staff, said):
    """A promise or plan already in the ledger at the first build gets no confirmation letter (docs/letters.md):
    the dossier says so, on that night and the nights after, so staff do not take it as sent. What staff
    record after that build is confirmed, and said to be."""
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    language = ["--staff-language", staff]
    site = build_site(tmp_path, ledger=ledger, extra=language)
    assert site.exit_code == 0
    for debtor_id in ("D-1010", "D-1011"):  # a pending promise, a running plan
        dossier = text(page(site.internal / "d" / f"{debtor_id}.html"))
        assert said in dossier, debtor_id
        assert not (site.internal / "letters" / f"{debtor_id}-promise.pdf").exists()
    with (ledger / "debtors" / "D-1003.yaml").open("a", encoding="utf-8") as dossier:
        dossier.write(f"  - date: {AS_OF}\n    type: promise\n    promised_date: {AS_OF + timedelta(days=8)}\n")
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF + timedelta(days=2), extra=language).exit_code == 0
    assert said in text(page(site.internal / "d" / "D-1010.html"))  # the next night too
    written = text(page(site.internal / "d" / "D-1003.html"))
    assert "24 nov 2026" in written.lower() and said.split(":")[0] + ": " in written
    assert said not in written


@pytest.mark.parametrize(
    "staff, said",
    [
        (
            "nl",
            "Bevestiging: geen brief geschreven: al vastgelegd vóór de eerste build met dit dossier (22 nov 2026). "
            "De build schrijft het bericht van overdracht alleen bij een overdracht die daarna wordt vastgelegd; "
            "stuur zo nodig zelf een bericht van overdracht.",
        ),
        (
            "en",
            "Confirmation: no letter written: recorded before the first build with this dossier (22 Nov 2026). The "
            "build writes the handover notice only for a handover recorded after that; send a handover notice "
            "yourself if needed.",
        ),
    ],
)
def test_the_dossier_says_no_build_wrote_the_notice_of_a_handover_it_found_at_its_first_build(tmp_path, staff, said):
    """A handover already in the ledger at the first build gets no notice (docs/letters.md), as a promise or
    plan gets no confirmation: the dossier says so, that night and after. A handover recorded after that build
    gets its notice, and the dossier says which build wrote it."""
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    language = ["--staff-language", staff]
    site = build_site(tmp_path, ledger=ledger, extra=language)
    assert site.exit_code == 0
    for debtor_id in ("D-1008", "D-1009"):  # handed over in July, in April (and a bailiff since)
        assert said in text(page(site.internal / "d" / f"{debtor_id}.html")), debtor_id
        assert not list((site.internal / "letters").glob(f"{debtor_id}-handover.*"))
    # D-1007: its final notice's term ended in October; staff hand it over after the night's build.
    with (ledger / "debtors" / "D-1007.yaml").open("a", encoding="utf-8") as dossier:
        dossier.write(f"  - date: {AS_OF}\n    type: handover\n    agency: Incassobureau Domstad B.V.\n")
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF + timedelta(days=1), extra=language).exit_code == 0
    assert said in text(page(site.internal / "d" / "D-1008.html"))  # the next night too
    assert list((site.internal / "letters").glob("D-1007-handover.*"))
    written = text(page(site.internal / "d" / "D-1007.html"))
    assert "23 nov 2026" in written.lower() and said.split(":")[0] + ": " in written
    assert said not in written


def test_a_second_build_the_same_day_marks_the_confirmation_the_first_one_wrote(tmp_path):
    """A mid-morning rebuild writes the day's confirmation again (it replaces the letters folder): the
    overview says an earlier build wrote it too, so that it is sent once."""
    ledger = Path(shutil.copytree(DEMO_LEDGER, tmp_path / "ledger"))
    night = AS_OF + timedelta(days=1)
    assert build_site(tmp_path, ledger=ledger).exit_code == 0
    with (ledger / "debtors" / "D-1003.yaml").open("a", encoding="utf-8") as dossier:
        dossier.write(f"  - date: {AS_OF}\n    type: promise\n    promised_date: {AS_OF + timedelta(days=8)}\n")
    said = "ook geschreven door een eerdere build van vandaag"
    first = build_site(tmp_path, ledger=ledger, as_of=night)
    assert (first.internal / "letters" / "D-1003-promise.pdf").exists()
    assert said not in (first.internal / "index.html").read_text(encoding="utf-8")
    second = build_site(tmp_path, ledger=ledger, as_of=night)
    assert (second.internal / "letters" / "D-1003-promise.pdf").exists()
    assert said in (second.internal / "index.html").read_text(encoding="utf-8")


def test_a_work_row_says_when_the_debtor_reads_english(demo_site):
    tree = page(demo_site.internal / "index.html")
    tasks = {r.get("data-id"): text(r) for r in rows(tree, "task")}
    assert "Engels" in tasks["D-1012"]  # the clerk who calls knows before dialling
    assert "Engels" not in tasks["D-1005"] and "Nederlands" not in tasks["D-1005"]


def test_a_dossier_under_another_name_is_listed_and_noted_without_its_names(tmp_path, capsys):
    # The link follows the id: an id given to someone else shows the new person's claim at the old link.
    ledger = shutil.copytree(FIXTURE / "ledger", tmp_path / "ledger")
    assert build_site(tmp_path, ledger=ledger, as_of=D1).exit_code == 0
    path = next(p for p in (ledger / "debtors").glob("*.yaml") if "id: A-OPEN" in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    old = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("name:"))
    path.write_text(text.replace(f"name: {old}", "name: Nieuwe Klant Zonder Relatie"), encoding="utf-8")
    capsys.readouterr()
    second = build_site(tmp_path, ledger=ledger, as_of=D2)
    assert second.exit_code == 0
    out = capsys.readouterr().out
    assert (
        "note: 1 dossier carries another name than in the last build (A-OPEN): each keeps its link; a dossier that "
        "is now someone else's needs an id of its own, or the old link shows the new claim (changes.md has the names)"
    ) in out
    assert old not in out and "Nieuwe Klant" not in out
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert f"- A-OPEN Nieuwe Klant Zonder Relatie: eerder {old}" in changes
    assert "## Andere naam: een ander persoon?" in changes


def test_payments_gone_since_the_last_build_are_noted_by_id_for_the_nightly_log(tmp_path, capsys):
    # A bank statement tidied away takes its payments with it: paid claims open again, and the log says so.
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF).exit_code == 0
    (ledger / "bank" / "rabobank_camt053_2026-11-02_2026-11-13.xml").unlink()
    capsys.readouterr()
    second = build_site(tmp_path, ledger=ledger, as_of=AS_OF + timedelta(days=1))
    out = capsys.readouterr().out
    assert "note: 2 payments the last build counted are gone (D-1006, D-1014): removed or corrected" in out
    assert "bank/" in out and "changes.md lists them" in out
    assert "De Wit" not in out and "Graaf" not in out  # ids only: the log is not the staff output
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert "## Betalingen niet meer in het dossier" in changes


def test_new_bank_credits_to_assign_and_the_statements_last_day_are_in_the_change_list(tmp_path):
    # Review s25 #3: a later statement read, and a dossier's bank credit left without its dossier: neither was in
    # changes.md, and a credit not assigned keeps a debtor who paid in escalation.
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    later = (
        ledger / "bank" / "rabobank_camt053_2026-11-16_2026-11-20.zip",
        ledger / "bank" / "rabobank_camt053_2026-11-18.xml",
    )
    aside = tmp_path / "aside"
    aside.mkdir()
    for path in later:
        path.rename(aside / path.name)
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF).exit_code == 0
    for path in later:
        (aside / path.name).rename(path)
    (ledger / "debtors" / "D-1014.yaml").unlink()  # its credit of 4 November has no dossier now
    second = build_site(tmp_path, ledger=ledger, as_of=AS_OF + timedelta(days=1))
    assert second.exit_code == 0
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert "\n\nBankafschriften nu tot en met 20 november 2026 (was 13 november 2026).\n\n" in changes
    assert (
        "## Nieuwe bankbetalingen om te koppelen (1)\n\n"
        "- **4 november 2026**: EUR\xa0320,00 van P. de Graaf (bankboeking 2026110400027)\n"
    ) in changes
    document = json.loads((second.internal / "claims.json").read_text(encoding="utf-8"))
    assert document["bank"]["payments_until"] == "2026-11-20"
    credit = {"date": "2026-11-04", "amount": "320.00", "payer": "P. de Graaf", "bank_ref": "2026110400027"}
    assert credit | {"credit_amount": "320.00"} in (document["bank"]["unassigned"])


def test_a_debtor_id_changed_is_listed_once_and_noted_for_the_nightly_log(tmp_path, capsys):
    # Review s25 #4: the link follows the id, so an edited id kills the link in every letter sent; the change list
    # showed a new and a gone dossier and the old task as new, and the log said nothing.
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    assert build_site(tmp_path, ledger=ledger, as_of=AS_OF).exit_code == 0
    path = ledger / "debtors" / "D-1006.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: D-1006\n", "id: D-1006B\n"), encoding="utf-8")
    capsys.readouterr()
    second = build_site(tmp_path, ledger=ledger, as_of=AS_OF + timedelta(days=1))
    assert second.exit_code == 0
    out = capsys.readouterr().out
    assert "note: 1 dossier changed id since the last build (D-1006 → D-1006B): the personal link follows" in out
    assert "Wit" not in out  # ids only: the log is not the staff output
    changes = (second.internal / "changes.md").read_text(encoding="utf-8")
    assert "- D-1006B Anouk de Wit: id gewijzigd, D-1006 → D-1006B\n" in changes
    assert [line for line in changes.splitlines() if "D-1006" in line] == [
        "- D-1006B Anouk de Wit: id gewijzigd, D-1006 → D-1006B"
    ]  # its task, waiting since the last build, is not new


def test_the_change_list_reads_in_a_browser_names_as_text_ids_as_links(tmp_path):
    # A browser shows changes.md as it is (a backslash before "+" and "*" of a name), and no way to the dossier.
    ledger = shutil.copytree(FIXTURE / "ledger", tmp_path / "ledger")
    assert build_site(tmp_path, ledger=ledger, as_of=D1).exit_code == 0
    path = next(p for p in (ledger / "debtors").glob("*.yaml") if "id: A-OPEN" in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("name:"))
    path.write_text(text.replace(old, 'name: "Jansen + Zonen <b>*Installatie*</b> & Co"'), encoding="utf-8")
    second = build_site(tmp_path, ledger=ledger, as_of=D2)
    page = (second.internal / "changes.html").read_text(encoding="utf-8")
    assert (
        '<li><a href="d/A-OPEN.html">A-OPEN</a> Jansen + Zonen &lt;b&gt;*Installatie*&lt;/b&gt; &amp; Co: eerder'
        in page
    )
    assert "<b>" not in page and "\\" not in page
    assert "<h2>Andere naam: een ander persoon?" in page
    assert 'href="changes.html"' in (second.internal / "index.html").read_text(encoding="utf-8")


def test_a_final_notice_to_a_plan_in_arrears_shows_one_amount_on_the_staff_pages(tmp_path):
    """The notice asks everything overdue, and so does the page on its day (s40): the dossier and the work list say
    the letter's amount (here the whole total), not the instalment "Gevraagd op de pagina" beside it."""
    from tests.support.letters import LETTERS_LEDGER, NOTICE_DAY, pdf_text, plan_missed_ledger

    ledger = plan_missed_ledger(shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger"))
    site = build_site(tmp_path, ledger=ledger, as_of=NOTICE_DAY)
    assert site.exit_code == 0
    [letter] = pdf_text((site.internal / "letters" / "L-PLAN-MISSED-final_notice.pdf").read_bytes())[:1]
    asks = re.search(r"Wij vragen u EUR (\S+) te betalen", letter)
    assert asks is not None
    table = page(site.internal / "d" / "L-PLAN-MISSED.html").find(".//table[@class='figures']")
    figures = {text(tr.find("th")): text(tr.find("td")) for tr in table.iter("tr")}
    assert figures["Totaal te betalen"] == f"EUR\xa0{asks.group(1)}"  # what it asks is the whole total
    assert not [label for label in figures if label.startswith("Gevraagd")]
    [task] = [r for r in rows(page(site.internal / "index.html"), "task") if r.get("data-id") == "L-PLAN-MISSED"]
    [cell] = [td for td in task.iter("td") if td.get("class") == "num"]
    assert (cell.text, cell.find("span")) == (f"EUR\xa0{asks.group(1)}", None)


# -- an invoice disputed apart: its amount on the dossier's row ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"), [("nl", "daarnaast EUR\xa01.180,00 betwist"), ("en", "plus EUR\xa01,180.00 disputed")]
)
def test_a_row_shows_what_of_its_invoices_is_disputed_apart(tmp_path, language, said):
    """The header counts it beside what is open ("daarnaast betwist"): the row of the dossier it is in says it
    too, under its amount, and the search draws the row from the same field."""
    built = build_site(
        tmp_path, ledger=disputed_apart_ledger(tmp_path), as_of=date(2026, 2, 24), extra=["--staff-language", language]
    )
    assert built.exit_code == 0
    (row,) = [r for r in rows(page(built.internal / "index.html"), "claim") if r.get("data-id") == "D-1001"]
    amount = row.findall("td")[1]
    (note,) = amount.findall("span")
    assert (note.get("class"), text(note)) == ("disputed-apart", said)
    assert text(amount).startswith(("EUR\xa0640,00", "EUR\xa0640.00"))
    index = (built.internal / SEARCH_INDEX).read_text(encoding="utf-8")
    data = read_index(index)
    (indexed,) = data["rows"]
    assert indexed[12] == said


def test_a_row_without_invoices_disputed_apart_says_nothing_of_it(site):
    tree = page(site.internal / "index.html")
    assert not [s for r in rows(tree, "claim") for s in r.iter("span") if s.get("class") == "disputed-apart"]


def test_each_copy_button_on_the_letters_list_names_whose_lines_it_copies(site):
    """Review s43: the letters list folds a copy button under each step's letter, and every one was named
    "Kopiëren: de regels voor het dossier": a screen reader's list of buttons was that name again and again.
    Each now names its debtor too, as the list's links to the letters do ("PDF, <name>")."""
    import re

    html = (site.internal / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-id="([^"]+)" data-kind="[^"]+">(.*?)</tr>', html, re.S)
    names = {
        debtor: re.search(r'<button type="button" class="copy" data-copy="record-[^"]+" aria-label="([^"]+)"', row)
        for debtor, row in rows
    }
    labels = [found.group(1) for found in names.values() if found]
    assert len(labels) >= 2 and len(set(labels)) == len(labels)
    assert all(label.startswith("Kopiëren: de regels voor het dossier, ") for label in labels)


def test_claims_json_cut_short_by_a_stop_leaves_the_one_before_as_it_was(tmp_path):
    """claims.json's records are made as they are written: a stop or an error among them (a Pelican run by hand
    writes in place) leaves the previous claims.json whole, the one the next run compares with, and nothing beside it."""
    import pelican.plugins.incasso.staff as staff

    (tmp_path / "claims.json").write_text('{"as_of": "2026-06-30"}\n', encoding="utf-8")

    def parts():
        yield '{"as_of": '
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        staff._write_text(tmp_path, "claims.json", parts(), whole=True)
    assert (tmp_path / "claims.json").read_text(encoding="utf-8") == '{"as_of": "2026-06-30"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]
    staff._write_text(tmp_path, "claims.json", iter(['{"as_of": ', '"2026-07-10"}\n']), whole=True)
    assert (tmp_path / "claims.json").read_text(encoding="utf-8") == '{"as_of": "2026-07-10"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]
