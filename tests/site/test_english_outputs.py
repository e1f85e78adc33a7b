"""Every English text a build writes reads as English: the statement pages, the letters (read back from the PDF,
a letter only posted too) and e-mails of the debtors who read English, and the staff's overview and dossier pages in English.

The demo ledger with every debtor reading English (so every status it shows: open, reminded, dunned, a final
notice's term running and passed, handed over, in court, a promise, plans on schedule and behind, a dispute, paid,
a settlement by a counsellor, settled, a wait) and four debtors of its own (a settlement by one day, one called off
with a plan after it, a promise with a counsellor's wait), built night after night from 27 October 2026 to 17
December 2026 so that each confirmation, reminder, settled letter and pause letter is written. What the ledger
itself holds (names, notes, descriptions, the bank's texts) is taken out first: staff and debtors read it as
written; so are the help lines' names (KVK (Kamer van Koophandel)), web and e-mail addresses
(tests.support.language_check). Words marked Dutch on a page (`lang="nl"`) are meant; so are the terms
tests.support.english.SHARED names.
"""

from __future__ import annotations

import copy
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.support.english import dutch_only, leftovers
from tests.support.language_check import ledger_strings, letters_in, visible, without_ledger
from tests.support.site import DEMO_LEDGER, build_site

NIGHTS = [date(2026, 10, 27), date(2026, 11, 10), date(2026, 11, 18), date(2026, 11, 19), date(2026, 11, 20)]
NIGHTS += [date(2026, 11, 27), date(2026, 12, 17)]
# The letters the nights must have written in English, so that the test reads what it says it reads.
KINDS = {
    "settlement", "settlement_reminder", "settled", "pause", "promise", "arrangement", "installment_reminder",
    "dunning", "final_notice", "reminder",
}  # fmt: skip


def _english_ledger(tmp_path: Path) -> Path:
    """The demo ledger, every debtor reading English, with a settlement by one day, a call-off and a wait."""
    root = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, root)
    for path in (root / "debtors").glob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump({**doc, "language": "en"}, sort_keys=False, allow_unicode=True))
    counselled = yaml.safe_load((root / "debtors" / "D-1017.yaml").read_text(encoding="utf-8"))
    for number, doc in _own_cases(counselled).items():
        doc = copy.deepcopy(doc) | {"id": f"D-{number}", "name": f"Sam Quill {number}"}
        doc["contact"] = {**doc["contact"], "person": doc["name"], "email": f"sam{number}@example.com"}
        doc["invoices"] = [{**item, "number": f"F2026-{number}"} for item in doc["invoices"]]
        (root / "debtors" / f"D-{number}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    return root


def _own_cases(counselled: dict) -> dict[int, dict]:
    """D-1017 (a counsellor's settlement in four instalments) called off, then a plan; alone, by one day; a
    promise during a counsellor's wait."""
    before = [step for step in counselled["events"] if step["type"] not in ("settlement", "postpone")]
    called_off = counselled["events"] + [{"date": date(2026, 11, 25), "type": "settlement_ended", "reason": "Qux"}]
    plan = {
        "date": date(2026, 11, 27),
        "type": "arrangement",
        "installments": [
            {"due": date(2026, 12, 20), "amount": 1000},
            {"due": date(2027, 1, 20), "amount": 1000},
            {"due": date(2027, 2, 20), "amount": 1300},
        ],
    }
    by_day = {"date": date(2026, 11, 10), "type": "settlement", "amount": 1500, "pay_by": date(2026, 12, 31)}
    wait = {"date": date(2026, 11, 20), "type": "postpone", "until": date(2026, 12, 20), "asked_by": "representative"}
    wait["reason"] = "Qux"
    promise = {"date": date(2026, 11, 20), "type": "promise", "promised_date": date(2026, 12, 10), "amount": 500}
    alone = {key: value for key, value in counselled.items() if key != "representative"}
    return {
        1020: {**counselled, "events": called_off},
        1021: {**counselled, "events": [*called_off, plan]},
        1022: {**alone, "events": [*before, by_day]},
        1023: {**counselled, "events": [*before, wait, promise]},
    }


def _read_night(site, night: date, read: dict[str, str], kinds: set[str]) -> None:
    for page in sorted(site.output.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if '<html lang="en"' in html:
            read[f"{night} {page.relative_to(site.output)}"] = visible(html, "nl")
    for name, text in letters_in(site.internal / "letters", "en", "nl").items():
        kinds.add(name.rsplit(".", 1)[0].split("-", 2)[2])  # D-1012-installment_reminder.pdf
        read[f"{night} {name}"] = text
    for page in sorted(site.internal.rglob("*.html")):
        read[f"{night} staff {page.relative_to(site.internal)}"] = visible(page.read_text(encoding="utf-8"), "nl")


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> tuple[dict[str, str], set[str]]:
    """Each English text of each night, the ledger's own words taken out, and the letter kinds written."""
    tmp_path = tmp_path_factory.mktemp("english")
    root = _english_ledger(tmp_path)
    read: dict[str, str] = {}
    kinds: set[str] = set()
    for night in NIGHTS:  # one internal output, night after night: confirmations are written once, when new
        site = build_site(tmp_path, root, night, ["--staff-language", "en"])
        assert site.exit_code == 0, night
        _read_night(site, night, read, kinds)
    ledger = ledger_strings(root)
    return {where: without_ledger(text, ledger) for where, text in read.items()}, kinds


def _left(where: str, text: str, dutch: frozenset[str]) -> list[str]:
    """What is left in a text; staff keep "remitted", the bookkeeping word for what a settlement let go."""
    said = leftovers(text, dutch)
    return [line for line in said if not line.startswith("remit")] if " staff " in where else said


def test_the_nights_wrote_every_kind_of_letter_in_english(english):
    texts, kinds = english
    assert kinds >= KINDS, sorted(KINDS - kinds)
    pages = [text for where, text in texts.items() if "/s/" in where or " s/" in where]
    for said in ("waive the rest", "by mutual consent", "Your debt counsellor asked us to wait", "Waived"):
        assert any(said in text for text in pages), said


def test_no_english_text_has_a_dutch_word_amount_date_or_word_for_word_sentence_left(english):
    texts, _ = english
    dutch = dutch_only()
    found = {where: said for where, text in texts.items() if (said := _left(where, text, dutch))}
    assert not found, "\n".join(f"{where}: {said}" for where, said in sorted(found.items())[:40])
