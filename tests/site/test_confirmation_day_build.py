"""s51, real nightly builds: a plan agreed on Friday 11 December 2026, entered after that night's build, with its first
instalment due the next Tuesday (D-3001) or Wednesday (D-3002). Saturday's build writes the confirmation; no post is
collected on a Saturday, so it goes on Monday 14 December and is assumed received two delivery days later, Wednesday
16 December (docs/computation.md, "When a letter is received"). Both instalments fall due no later than that day, so
the letter asks them by a day of its own, 14 days after it arrives (s52; s51: "zo snel mogelijk"): 30 December. The
PDF, the e-mail, the page on each night, the staff overview and the reminder's day all go by it: the reminder is due
on Thursday 31 December, and no build before that writes it (s51: on the 17th, the day after the letter arrived).
Counted from the Friday itself, the letter was assumed received on Tuesday 15: D-3002's letter and page asked
"uiterlijk 16 december 2026", the day the letter only arrives, and D-3001's reminder was due on the 16th, the day
the letter arrived, before the debtor could act on it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

FRIDAY = date(2026, 12, 11)
FIRST_DUE = {"D-3001": date(2026, 12, 15), "D-3002": date(2026, 12, 16)}  # Tuesday, Wednesday
NIGHTS = [FRIDAY + timedelta(days=n) for n in (0, 1, 3, 4, 5, 6, 19, 20)]  # Fri, Sat, Mon-Thu, 30 and 31 Dec
REMINDED = date(2026, 12, 31)
ASKED = "Betaal uiterlijk 30 december 2026"


def _debtor(debtor_id: str, with_plan: bool) -> dict:
    plan = event(
        FRIDAY,
        "arrangement",
        installments=[
            {"due": FIRST_DUE[debtor_id], "amount": Decimal("500.00")},
            {"due": date(2027, 1, 15), "amount": Decimal("500.00")},
        ],
    )
    reminded = event(date(2026, 11, 10), "reminder", channel="letter")
    return valid_debtor(
        id=debtor_id,
        invoices=[
            invoice(number=f"F2026-{debtor_id[2:]}", date=date(2026, 10, 1), due=date(2026, 10, 31), amount=1000)
        ],
        events=[reminded, plan] if with_plan else [reminded],
    )


def _build(tmp_path: Path, night: date):
    """A night's build into the same folders as the night before; the plan is in the ledger from Saturday's on."""
    debtors = [_debtor(d, with_plan=night > FRIDAY) for d in FIRST_DUE]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
    # No INCASSO_SECRET (a local address): a build without it may look ahead of today, as these nights do.
    site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night: the claims, the public pages' text, the letters written and the staff overview's text."""
    tmp_path = tmp_path_factory.mktemp("confirm")
    built = {}
    for night in NIGHTS:
        site = _build(tmp_path, night)
        claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
        pages = {i: page_text(site, c) for i, c in claims.items()}
        letters = {p.name: p.read_bytes() for p in (site.internal / "letters").iterdir()}
        mails = {p.name: read_eml(p) for p in (site.internal / "letters").glob("*.eml")}
        overview = visible_text((site.internal / "index.html").read_text(encoding="utf-8"))
        dossiers = {i: visible_text((site.internal / "d" / f"{i}.html").read_text(encoding="utf-8")) for i in claims}
        built[night] = {
            "claims": claims,
            "pages": pages,
            "letters": letters,
            "mails": mails,
            "overview": overview,
            "dossiers": dossiers,
        }
    return built


@pytest.mark.parametrize("debtor_id", list(FIRST_DUE))
def test_saturday_s_confirmation_asks_the_instalment_by_14_days_after_it_arrives_in_the_letter_and_the_e_mail(
    nights, debtor_id
):
    saturday = nights[FRIDAY + timedelta(days=1)]
    assert f"{debtor_id}-arrangement.pdf" not in nights[FRIDAY]["letters"]  # entered after Friday's build
    text = flat(" ".join(pdf_text(saturday["letters"][f"{debtor_id}-arrangement.pdf"])))
    assert ASKED in text, text
    mail = saturday["mails"][f"{debtor_id}-arrangement.eml"]
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    said = " ".join(body.get_content().split())
    assert ASKED in said, said
    day = f"{FIRST_DUE[debtor_id].day} december 2026"
    assert f"uiterlijk {day}" not in text and f"uiterlijk {day}" not in said


@pytest.mark.parametrize("debtor_id", list(FIRST_DUE))
def test_every_page_until_the_day_asked_asks_as_the_letter_does_and_no_reminder_is_written_before_it(nights, debtor_id):
    for night in [*NIGHTS[1:6], date(2026, 12, 30)]:  # Saturday to Thursday, and the day it asks them by
        built = nights[night]
        page = built["pages"][debtor_id]
        said = ASKED if night < date(2026, 12, 30) else ASKED.replace("uiterlijk", "uiterlijk vandaag,")
        assert said in page, (night, page)
        assert f"uiterlijk {FIRST_DUE[debtor_id].day} december 2026" not in page, night
        assert "niet (helemaal) betaald" not in page, night
        assert f"{debtor_id}-installment_reminder.pdf" not in built["letters"], night
        # Before the instalment's day a check that it was paid; once it passed, its reminder, due on the 31st.
        action = built["claims"][debtor_id]["next_action"]
        if action["kind"] == "remind_installment":
            assert night > FIRST_DUE[debtor_id] and action["due"] == REMINDED.isoformat(), (night, action)
        else:
            assert action["kind"] == "check_installment" and night <= FIRST_DUE[debtor_id], (night, action)


def test_the_staff_overview_and_the_dossier_say_the_reminder_waits_for_the_letter(nights):
    wednesday = nights[date(2026, 12, 16)]
    # D-3001's instalment of Tuesday the 15th fell due before the letter arrived: it is no work for today, the
    # overview gives the reminder's day, and the dossier says why, and that the plan is not behind.
    assert "Herinnering gemiste termijn vanaf 31 dec 2026" in wednesday["overview"], wednesday["overview"]
    said = (
        "de bevestiging van de regeling wordt aangenomen binnen te zijn op 16 december 2026, niet vóór de dag van de "
        "termijn. Daarom vraagt zij de termijn uiterlijk 30 december 2026"
    )
    assert said in wednesday["dossiers"]["D-3001"], wednesday["dossiers"]["D-3001"]
    assert "Tot dan is de regeling niet achter." in wednesday["dossiers"]["D-3001"]


@pytest.mark.parametrize("debtor_id", list(FIRST_DUE))
def test_the_build_of_the_31st_writes_the_reminder_the_day_after_the_day_the_letter_asked_it_by(nights, debtor_id):
    thursday = nights[REMINDED]
    assert f"{debtor_id}-installment_reminder.pdf" in thursday["letters"]
    assert thursday["claims"][debtor_id]["next_action"]["due"] == REMINDED.isoformat()
