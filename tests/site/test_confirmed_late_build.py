"""s52, real nightly builds: a payment plan whose confirmation is written only after its first instalment's agreed day.

Three consumers, each with one invoice of 1000.00 due 31 January 2026 and a reminder of 10 February:

- D-4001, a plan recorded late: agreed on Monday 2 March 2026 (500.00 on Thursday 5 March, 500.00 on 5 April), but
  entered in the ledger only after the build of the 9th. The build of Tuesday 10 March is the first to see it and
  writes the confirmation; posted that day, it is assumed received on Thursday the 12th.
- D-4002 (Dutch) and D-4003 (English), a plan with its first instalment due on the day it was agreed: Tuesday 10 March
  (500.00 that day, 500.00 on 10 April), entered after that night's build. Wednesday's build writes the confirmation;
  it is assumed received on Friday the 13th.

Before s52 the late confirmation said "Betaal zo snel mogelijk" and left the agreed day out; D-4001's confirmation
came with the reminder of the instalment it confirmed, the same night (the core counted the letter as written on 3
March); D-4002's instalment was reminded on the 14th, the day after the letter arrived, and the page and the staff
overview called it missed ("Te laat", "Regeling achter") from the night the letter was written. Now the letter names
the agreed day, in the past, and asks the instalment by 14 days after it arrives (the room a reminder gives,
dunning_after_days): paid by then it is on time. The page, the staff overview and claims.json say the same, and the
reminder comes the day after that day: 27 March for D-4001, 28 March for D-4002 and D-4003."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

LATE = "D-4001"  # recorded late
AT_ONCE = ("D-4002", "D-4003")  # first instalment due the day it was agreed; D-4003 in English
ENTERED = {LATE: date(2026, 3, 10), "D-4002": date(2026, 3, 11), "D-4003": date(2026, 3, 11)}  # first build with it
AGREED = {LATE: date(2026, 3, 2), "D-4002": date(2026, 3, 10), "D-4003": date(2026, 3, 10)}
FIRST_DUE = {LATE: date(2026, 3, 5), "D-4002": date(2026, 3, 10), "D-4003": date(2026, 3, 10)}
ASKED_BY = {LATE: date(2026, 3, 26), "D-4002": date(2026, 3, 27), "D-4003": date(2026, 3, 27)}
NIGHTS = [date(2026, 3, day) for day in (9, 10, 11, 14, 26, 27, 28)]

PASSED_LETTER = {
    LATE: "De afgesproken dag voor termijn 1 (EUR 500,00) was 5 maart 2026. U krijgt {this} te laat om op die dag te "
    "betalen. Heeft u die termijn nog niet betaald? Betaal hem dan uiterlijk 26 maart 2026: dan betaalt u op tijd.",
    "D-4002": "De afgesproken dag voor termijn 1 (EUR 500,00) was 10 maart 2026. U krijgt {this} te laat om op die "
    "dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan uiterlijk 27 maart 2026: dan betaalt u op "
    "tijd.",
    "D-4003": "The agreed day for instalment 1 (EUR 500.00) was 10 March 2026. You receive {this} too late to pay on "
    "that day. If you have not paid it yet, please pay it by 27 March 2026: that is still on time.",
}
THIS = {
    LATE: ("deze brief", "deze e-mail"),
    "D-4002": ("deze brief", "deze e-mail"),
    "D-4003": ("this letter", "this email"),
}
BOX = {
    LATE: "Betaal uiterlijk 26 maart 2026",
    "D-4002": "Betaal uiterlijk 27 maart 2026",
    "D-4003": "Please pay by 27 March 2026",
}
PASSED_PAGE = {
    LATE: "De afgesproken dag voor termijn 1 (EUR 500,00) was 5 maart 2026. U krijgt onze bevestiging van de regeling "
    "te laat om op die dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan uiterlijk 26 maart 2026: "
    "dan betaalt u op tijd.",
    "D-4002": "De afgesproken dag voor termijn 1 (EUR 500,00) was 10 maart 2026. U krijgt onze bevestiging van de "
    "regeling te laat om op die dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan uiterlijk 27 "
    "maart 2026: dan betaalt u op tijd.",
    "D-4003": "The agreed day for instalment 1 (EUR 500.00) was 10 March 2026. You receive our confirmation of the "
    "plan too late to pay on that day. If you have not paid it yet, please pay it by 27 March 2026: that is still on "
    "time.",
}
# What a page or a letter said of an instalment it already counted as missed.
MISSED = re.compile(
    r"Te laat|Overdue|is (nog )?niet (\(helemaal\) )?betaald|not been paid|zo snel mogelijk|as soon as possible"
)


def _debtor(debtor_id: str, night: date) -> dict:
    plan = event(
        AGREED[debtor_id],
        "arrangement",
        installments=[
            {"due": FIRST_DUE[debtor_id], "amount": Decimal("500.00")},
            {"due": FIRST_DUE[debtor_id] + timedelta(days=31), "amount": Decimal("500.00")},
        ],
    )
    reminded = event(date(2026, 2, 10), "reminder", channel="letter")
    return valid_debtor(
        id=debtor_id,
        language="en" if debtor_id == "D-4003" else "nl",
        invoices=[invoice(number=f"F2026-{debtor_id[2:]}", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=1000)],
        events=[reminded, plan] if night >= ENTERED[debtor_id] else [reminded],
    )


def _said(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night, one build after the other into the same folders: claims.json, the pages', the letters' and the
    e-mails' text, the staff overview's and each dossier's text, and the change list."""
    tmp_path = tmp_path_factory.mktemp("late")
    built = {}
    for night in NIGHTS:
        debtors = [_debtor(d, night) for d in (LATE, *AT_ONCE)]
        ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
        site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
        assert site.exit_code == 0
        document = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
        claims = {c["id"]: c for c in document["claims"]}
        letters = site.internal / "letters"
        built[night] = {
            "claims": claims,
            "pages": {i: page_text(site, c) for i, c in claims.items()},
            "pdfs": {p.stem: flat(" ".join(pdf_text(p.read_bytes()))) for p in letters.glob("D-*.pdf")},
            "mails": {
                p.stem: _said(body.get_content())
                for p in letters.glob("*.eml")
                if (body := read_eml(p).get_body(preferencelist=("plain",))) is not None
            },
            "behind": _behind_signals((site.internal / "index.html").read_text(encoding="utf-8")),
            "dossiers": {
                i: visible_text((site.internal / "d" / f"{i}.html").read_text(encoding="utf-8")) for i in claims
            },
            "changes": (site.internal / "changes.md").read_text(encoding="utf-8"),
        }
    return built


@pytest.mark.parametrize("debtor_id", [LATE, *AT_ONCE])
def test_the_late_confirmation_names_the_agreed_day_and_gives_a_day_to_pay_by_in_the_pdf_and_the_e_mail(
    nights, debtor_id
):
    written = nights[ENTERED[debtor_id]]
    assert f"{debtor_id}-arrangement" not in nights[ENTERED[debtor_id] - timedelta(days=1)]["pdfs"]
    pdf = written["pdfs"][f"{debtor_id}-arrangement"]
    posted, mailed = THIS[debtor_id]
    assert PASSED_LETTER[debtor_id].format(this=posted) in pdf, pdf
    assert BOX[debtor_id] in pdf, pdf
    mail = written["mails"][f"{debtor_id}-arrangement"]
    assert PASSED_LETTER[debtor_id].format(this=mailed) in mail, mail
    assert BOX[debtor_id] in mail, mail
    for said in (pdf, mail):
        assert not MISSED.search(said), MISSED.search(said)


def test_the_plan_recorded_late_gets_no_reminder_the_night_its_confirmation_is_written(nights):
    """The core counted the confirmation as written the night after the plan (3 March), received on the 5th: the
    instalment of the 5th was reminded from the 6th, so the build that first saw the plan wrote its reminder beside
    its confirmation."""
    written = nights[ENTERED[LATE]]
    assert f"{LATE}-installment_reminder" not in written["pdfs"]
    assert written["claims"][LATE]["next_action"]["kind"] == "remind_installment"
    assert written["claims"][LATE]["next_action"]["due"] == (ASKED_BY[LATE] + timedelta(days=1)).isoformat()


@pytest.mark.parametrize("debtor_id", [LATE, *AT_ONCE])
def test_every_page_until_the_day_asked_says_what_the_letter_says_and_calls_nothing_missed(nights, debtor_id):
    for night in (n for n in NIGHTS if ENTERED[debtor_id] <= n <= ASKED_BY[debtor_id]):
        built = nights[night]
        page = built["pages"][debtor_id]
        line, box = PASSED_PAGE[debtor_id], BOX[debtor_id]
        if night == ASKED_BY[debtor_id]:  # on the day itself: "Betaal uiterlijk vandaag, 27 maart 2026"
            day = f"{ASKED_BY[debtor_id].day} {'March' if debtor_id == 'D-4003' else 'maart'} 2026"
            today = ("by", "today") if debtor_id == "D-4003" else ("uiterlijk", "uiterlijk vandaag")
            line = line.replace(f"{today[0]} {day}", f"{today[1]} ({day})")
            box = box.replace(f"{today[0]} {day}", f"{today[1]}, {day}")
        assert line in page, (night, page)
        assert box in page, (night, page)
        assert not MISSED.search(page), (night, MISSED.search(page))
        assert not [name for name in built["pdfs"] if name.startswith(f"{debtor_id}-installment_reminder")], night
        plan = built["claims"][debtor_id]["plan"]
        assert (plan["state"], plan["arrears"], plan["asked_by"]) == (
            "on_schedule",
            "0.00",
            ASKED_BY[debtor_id].isoformat(),
        ), night
        assert plan["installments"][0]["state"] == "due", night


@pytest.mark.parametrize("debtor_id", [LATE, *AT_ONCE])
def test_the_staff_pages_say_the_plan_is_not_behind_until_the_day_asked(nights, debtor_id):
    asked = ASKED_BY[debtor_id]
    night = ENTERED[debtor_id]
    dossier = nights[night]["dossiers"][debtor_id]
    assert "Tot dan is de regeling niet achter." in dossier, dossier
    assert "Regeling achter" not in dossier and "loopt achter" not in dossier, dossier
    assert f"vraagt die uiterlijk {asked.day} maart 2026" in dossier, dossier
    # s53: its reminder is a condition on its day, not a miss already certain (the debtor has until the day asked)
    assert f"Herinnering gemiste termijn sturen op {asked.day + 1} maart 2026 als de termijn van " in dossier, dossier
    assert "is niet (helemaal) betaald" not in dossier, dossier
    assert "gevraagd uiterlijk" in dossier  # the plan's table: not "te laat"
    for each in (n for n in NIGHTS if ENTERED[debtor_id] <= n <= asked):
        assert debtor_id not in nights[each]["behind"], each
        assert debtor_id not in _behind(nights[each]), each


def test_the_day_after_the_day_asked_the_reminder_is_written_and_the_plan_is_behind(nights):
    for debtor_id, day in ((LATE, date(2026, 3, 27)), ("D-4002", date(2026, 3, 28)), ("D-4003", date(2026, 3, 28))):
        built = nights[day]
        assert f"{debtor_id}-installment_reminder" in built["pdfs"], day
        assert debtor_id in _behind(built), built["changes"]
        assert debtor_id in built["behind"], day
        assert built["claims"][debtor_id]["plan"]["state"] == "in_arrears"
    assert f"{LATE}-installment_reminder" not in nights[date(2026, 3, 26)]["pdfs"]


def _behind_signals(html: str) -> str:
    """The staff overview's signals "Regeling achter", as read: one row each."""
    signals = html.split('<section id="signalen"', 1)[1].split("</section>", 1)[0]
    rows = [visible_text(row) for row in re.findall(r"<tr\b.*?</tr>", signals, flags=re.S)]
    return " | ".join(row for row in rows if row.startswith("Regeling achter"))


def _behind(built: dict) -> str:
    """The change list's "Regelingen achter geraakt" section (empty when it has none)."""
    changes = built["changes"]
    return changes.split("## Regelingen achter geraakt", 1)[1].split("##", 1)[0] if "achter geraakt" in changes else ""
