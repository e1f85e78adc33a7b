"""s53, real nightly builds: a creditor who calls (`calls: true`) with `call_after_days: 21` and
`final_notice_after_days: 14`. The call is the step only until the final notice is due, so set after it, it never
comes: the final notice follows 14 days after the dunning letter (claims.escalation.calls_first). Before s53 the
dunning letter of Tuesday 24 November 2026 and the page asked payment by the eve of the call, 14 December, while the
final notice went out on 8 December: a letter that contradicted the one before it, and whose term and costs began
before the day the debtor had been given. Now the letter, every page until then, the staff's dossier and overview
all name 7 December, and the final notice is written on the 8th, not before. The shipped policy (a call on day 7)
is built beside it: the same day to pay, with the call in between as before."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import build_site, visible_text

pytestmark = pytest.mark.slow

DUNNED = date(2026, 11, 24)  # a Tuesday: the reminder of 10 November + 14 days
NIGHTS = [DUNNED + timedelta(days=n) for n in (0, 1, 7, 13, 14, 21)]
ASKED_BY, FINAL = date(2026, 12, 7), date(2026, 12, 8)
POLICIES = {"late_call": {"call_after_days": 21, "final_notice_after_days": 14}, "shipped": None}
ID = "D-5301"


def _build(tmp_path: Path, policy: dict | None, night: date):
    """A night's build into the same folders as the night before; the dunning letter is recorded from the 25th."""
    sent = [event(date(2026, 11, 10), "reminder", channel="letter")]
    if night > DUNNED:
        sent.append(event(DUNNED, "dunning", channel="letter"))
    debtor = valid_debtor(
        id=ID,
        invoices=[invoice(number="F2026-5301", date=date(2026, 10, 1), due=date(2026, 10, 31), amount=1000)],
        events=sent,
    )
    creditor = valid_creditor(**({"policy": policy} if policy else {}))
    ledger = write_ledger(tmp_path / "ledger", creditor=creditor, debtors=[debtor])
    site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module", params=list(POLICIES))
def nights(request, tmp_path_factory) -> dict[date, dict]:
    """Per night: the claim, the page's text, the letters written and the staff's dossier and overview."""
    tmp_path = tmp_path_factory.mktemp(request.param)
    built = {"policy": request.param}
    for night in NIGHTS:
        site = _build(tmp_path, POLICIES[request.param], night)
        (claim,) = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
        built[night] = {
            "claim": claim,
            "page": visible_text(
                (site.output / claim["url"].split("/", 3)[-1] / "index.html").read_text(encoding="utf-8")
            ),
            "letters": {p.name: p.read_bytes() for p in (site.internal / "letters").glob("*.pdf")},
            "dossier": visible_text((site.internal / "d" / f"{ID}.html").read_text(encoding="utf-8")),
            "overview": visible_text((site.internal / "index.html").read_text(encoding="utf-8")),
        }
    return built


def test_the_dunning_letter_asks_payment_by_the_eve_of_the_final_notice(nights):
    text = flat(" ".join(pdf_text(nights[DUNNED]["letters"][f"{ID}-dunning.pdf"])))
    assert "Betaal uiterlijk 7 december 2026" in text, text
    assert "Hebben wij uw betaling niet uiterlijk 7 december 2026 ontvangen? Dan sturen wij u een laatste brief" in text
    assert "14 december 2026" not in text


def test_every_page_until_then_asks_the_same_day_and_names_the_final_notice(nights):
    for night in NIGHTS[1:4]:  # the day after the letter, a week later, the eve
        page = nights[night]["page"]
        asked = "uiterlijk vandaag, 7 december 2026" if night == ASKED_BY else "uiterlijk 7 december 2026"
        assert asked in page, (night, page)
        assert (
            "Hebben wij uw betaling niet uiterlijk 7 december 2026 ontvangen? Dan sturen wij u een laatste brief"
            in (page)
        ), night
        assert "14 december 2026" not in page, night


def test_the_final_notice_comes_the_night_after_the_day_the_dunning_letter_gave_and_not_before(nights):
    """The day is read from the letter itself: no step comes before it, and the final notice the night after."""
    text = flat(" ".join(pdf_text(nights[DUNNED]["letters"][f"{ID}-dunning.pdf"])))
    asked_by = date(2026, 12, int(re.search(r"Betaal uiterlijk (\d+) december 2026", text).group(1)))
    written = [night for night in NIGHTS if f"{ID}-final_notice.pdf" in nights[night]["letters"]]
    assert written and min(written) == asked_by + timedelta(days=1) == FINAL, (asked_by, written)
    assert all(night in written for night in NIGHTS if night >= FINAL)
    action = nights[FINAL]["claim"]["next_action"]
    assert (action["kind"], action["due"], action["is_due"]) == ("final_notice", FINAL.isoformat(), True)


def test_staff_see_the_call_only_where_it_comes_before_the_final_notice(nights):
    """With the call on day 21 there is none to make: the dossier gives the final notice's day from the dunning
    letter on; the shipped policy calls on day 7, as before."""
    late = nights["policy"] == "late_call"
    for night in NIGHTS[1:4]:
        action, dossier = nights[night]["claim"]["next_action"], nights[night]["dossier"]
        if late:
            assert (action["kind"], action["due"]) == ("final_notice", FINAL.isoformat()), night
            final_notice_later = "Sommatie sturen op 8 december 2026 als er dan nog niet (helemaal) betaald is"
            assert final_notice_later in dossier, (night, dossier)
            assert not any(call in dossier for call in ("Bellen vanaf", "Bellen op")), night
            # ... and the clerk who misses the call reads why, beside the final notice's day.
            no_call = "Geen belstap: het beleid belt 21 dagen na de aanmaning, niet vóór de sommatie (14 dagen na"
            assert no_call in dossier, (night, dossier)
            assert "Bellen" not in nights[night]["overview"], night
            assert "Sommatie sturen vanaf 8 dec 2026" in nights[night]["overview"], night
        else:
            assert (action["kind"], action["due"]) == ("call", date(2026, 12, 1).isoformat()), night
            assert "Bellen" in dossier and "Geen belstap" not in dossier, (night, dossier)
            planned = "Bellen vanaf 1 dec 2026" if night < date(2026, 12, 1) else "Bellen"
            assert planned in nights[night]["overview"], night
