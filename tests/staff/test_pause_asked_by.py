"""s46: a `postpone` says who asked for it (`asked_by: debtor | representative`), and the debtor's page says it by
role; the staff dossier did not say it at all. Staff may see the name: the history row, the line that says the next
step is postponed, and today's work on the day the step comes after the pause name who asked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.language import speaking
from incasso.staff.overview import Row, todays_work
from incasso.staff.rows import task_row
from incasso.staff.view import staff_book
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger

STEPS = [
    event(date(2026, 2, 5), "reminder"),
    event(date(2026, 2, 19), "dunning"),
    event(date(2026, 3, 5), "final_notice", channel="letter", costs=Decimal("187.50")),
]
REASON = "Schuldhulpverlener maakt een inventarisatie."
ACTING = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR}
ASKER = {
    (Language.NL, "debtor", None): "de debiteur",
    (Language.NL, "representative", "counsellor"): "schuldhulpverlener Schuldhulp Utrecht, Jan Smit",
    (Language.NL, "representative", "administrator"): "bewindvoerder Bewindvoering Domstad B.V.",
    (Language.EN, "representative", "counsellor"): "debt counsellor Schuldhulp Utrecht, Jan Smit",
    (Language.EN, "debtor", "counsellor"): "the debtor",
}


def _book(tmp_path, asked_by, role, as_of=date(2026, 4, 20), since="2026-04-01"):
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON)
    if asked_by is not None:
        pause["asked_by"] = asked_by
    more = {"representative": {**ACTING[role], "since": since}} if role else {}
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, pause], **more)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return staff_book([claim], ledger.creditor, as_of, "", lambda c: "s/")


def _dossier(tmp_path, language, asked_by, role, **more):
    book = _book(tmp_path, asked_by, role, **more)
    with speaking(language):
        return dossier_page(book, book.rows[0])


@pytest.mark.parametrize(("language", "asked_by", "role"), list(ASKER))
def test_the_dossier_says_who_asked_for_the_pause(tmp_path, language, asked_by, role):
    page = _dossier(tmp_path, language, asked_by, role)
    row = next(e for e in page.events if e.date_iso == "2026-04-15")
    label = {Language.NL: "Gevraagd door", Language.EN: "Asked for by"}[language]
    assert (ASKER[(language, asked_by, role)], label) in [(d.text, d.label) for d in row.details]
    asked = {Language.NL: "; gevraagd door ", Language.EN: "; asked for by "}[language]
    assert [line for line in page.next if asked + ASKER[(language, asked_by, role)] + ")" in line.text]


def test_staff_s_own_postpone_names_nobody(tmp_path):
    page = _dossier(tmp_path, Language.NL, None, "counsellor")
    row = next(e for e in page.events if e.date_iso == "2026-04-15")
    assert "Gevraagd door" not in [d.label for d in row.details]
    assert [line for line in page.next if line.text.startswith("Uitgesteld tot") and "gevraagd door" not in line.text]


def test_a_counsellor_before_the_administrator_is_said_as_an_earlier_one(tmp_path):
    """The block holds the administrator since 1 May; the counsellor who asked on 15 April is in a note."""
    page = _dossier(
        tmp_path, Language.NL, "representative", "administrator", since="2026-05-01", as_of=date(2026, 5, 20)
    )
    row = next(e for e in page.events if e.date_iso == "2026-04-15")
    assert any(d.text.startswith("een eerdere vertegenwoordiger") for d in row.details)
    assert "Bewindvoering Domstad" not in " ".join(d.text for d in row.details)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, "Na uitstel tot 1 jul 2026, gevraagd door schuldhulpverlener Schuldhulp Utrecht, Jan Smit"),
        (
            Language.EN,
            "After a postponement until 1 Jul 2026, asked for by debt counsellor Schuldhulp Utrecht, Jan Smit",
        ),
    ],
)
def test_today_s_work_says_the_step_comes_after_a_pause_asked_for(tmp_path, language, said):
    book = _book(tmp_path, "representative", "counsellor", as_of=date(2026, 7, 1))
    row = book.rows[0]
    tasks = todays_work([row.claim], date(2026, 7, 1))
    assert [t.action.kind for t in tasks] == ["handover"]
    with speaking(language):
        assert task_row(tasks[0], Row(row.claim, (), "d/x.html", ""), ()).asked_pause == said


def test_today_s_work_after_staff_s_own_postpone_says_nothing_of_it(tmp_path):
    book = _book(tmp_path, None, "counsellor", as_of=date(2026, 7, 1))
    tasks = todays_work([book.rows[0].claim], date(2026, 7, 1))
    with speaking(Language.NL):
        assert task_row(tasks[0], Row(book.rows[0].claim, (), "d/x.html", ""), ()).asked_pause is None
