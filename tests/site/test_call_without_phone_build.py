"""s53, real builds: with `calls: true` the call after the dunning letter is a step for every debtor, but one without a
phone number gets a note sent in writing in its place (claims.escalation.does_the_call; staff's "Bericht sturen (geen
telefoon)"). The page and the promise's confirmation said "wij bellen u. Daarna sturen wij u een laatste brief
(sommatie)" / "we will call you" to such a debtor too: a promise that never comes. They now say what staff will do,
by the channel staff's note goes by (claims.escalation.note_channel): by e-mail when there is an address for it, else
by post. A debtor with a phone number reads the call as before.

Four consumers, each one invoice of 1250.00 due 4 February 2026, reminded on 5 and dunned on 19 February, who promise
on 20 February to pay by 27 February: a miss brings the call. The build of 20 February writes each promise's
confirmation; the build of 28 February has the call due, the staff pages say how to do it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

PROMISED = date(2026, 2, 20)
CALL_DUE = date(2026, 2, 28)
ADDRESS = ["Dorpsstraat 1", "1234 AB Ergens"]
# id: (language, phone, e-mail)
DEBTORS = {
    "D-2001": ("nl", None, None),  # no phone, no e-mail: a note by post
    "D-2002": ("en", None, "emma@example.nl"),  # no phone: a note by e-mail
    "D-2003": ("nl", "+31 6 12345678", "jan@example.nl"),
    "D-2004": ("en", "+31 6 87654321", None),
}
SAID = {
    "D-2001": "Dan gaan wij verder met de incasso: wij nemen per post contact met u op. Daarna sturen wij u een "
    "laatste brief (sommatie).",
    "D-2002": "If we do not, we will contact you by email. Then we will send you a final notice.",
    # With a phone number: as before this change, byte for byte.
    "D-2003": "Dan gaan wij verder met de incasso: wij bellen u. Daarna sturen wij u een laatste brief (sommatie).",
    "D-2004": "If we do not, we will call you. Then we will send you a final notice.",
}
NO_PHONE = ("D-2001", "D-2002")
CALLING = ("wij bellen u", "we will call you")
# The dossier's box for recording the call's step, on its day: the note staff send, by the channel the page named.
STAFF_HOW = {"D-2001": "persoonlijk bericht (per post)", "D-2002": "persoonlijk bericht (per e-mail)"}


def _debtor(debtor_id: str, language: str, phone: str | None, email: str | None) -> dict:
    contact: dict = {"person": "Jan de Vries", "address": ADDRESS}
    contact |= {"phone": phone} if phone else {}
    contact |= {"email": email} if email else {}
    events = [
        event(date(2026, 2, 5), "reminder", channel="letter"),
        event(date(2026, 2, 19), "dunning", channel="letter"),
        event(PROMISED, "promise", channel="letter", promised_date=date(2026, 2, 27)),
    ]
    number = f"F2026-{debtor_id[2:]}"
    return valid_debtor(
        id=debtor_id, language=language, contact=contact, invoices=[invoice(number=number)], events=events
    )


def _build(tmp_path: Path, day: date) -> dict:
    debtors = [_debtor(debtor_id, *contact) for debtor_id, contact in DEBTORS.items()]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
    site = build_site(tmp_path, ledger=ledger, as_of=day, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    pages = {c["id"]: page_text(site, c) for c in claims}
    letters = site.internal / "letters"
    pdfs = {p.stem.removesuffix("-promise"): flat(" ".join(pdf_text(p.read_bytes()))) for p in letters.glob("D-*.pdf")}
    mails = {}
    for path in letters.glob("D-*.eml"):
        body = read_eml(path).get_body(preferencelist=("plain",))
        assert body is not None
        mails[path.stem.removesuffix("-promise")] = " ".join(body.get_content().split())
    dossiers = {i: visible_text((site.internal / "d" / f"{i}.html").read_text(encoding="utf-8")) for i in DEBTORS}
    return {"pages": pages, "pdfs": pdfs, "mails": mails, "dossiers": dossiers}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[date, dict]:
    return {day: _build(tmp_path_factory.mktemp(f"nophone-{day.isoformat()}"), day) for day in (PROMISED, CALL_DUE)}


@pytest.mark.parametrize("debtor_id", list(DEBTORS))
def test_the_page_says_what_a_missed_promise_brings_by_the_way_staff_will_take(built, debtor_id):
    page = built[PROMISED]["pages"][debtor_id]
    assert SAID[debtor_id] in page, page
    if debtor_id in NO_PHONE:
        assert not [calling for calling in CALLING if calling in page]


@pytest.mark.parametrize("debtor_id", list(DEBTORS))
def test_the_promise_s_confirmation_says_it_as_the_page_does_on_paper_and_by_e_mail(built, debtor_id):
    night = built[PROMISED]
    letters = [night["pdfs"][debtor_id], *([night["mails"][debtor_id]] if DEBTORS[debtor_id][2] else [])]
    assert len(letters) == (2 if DEBTORS[debtor_id][2] else 1)
    for letter in letters:
        assert SAID[debtor_id] in letter, letter
        if debtor_id in NO_PHONE:
            assert not [calling for calling in CALLING if calling in letter]


@pytest.mark.parametrize("debtor_id", NO_PHONE)
def test_on_the_call_s_day_staff_are_told_to_send_the_note_the_debtor_was_told_of(built, debtor_id):
    dossier = built[CALL_DUE]["dossiers"][debtor_id]
    assert STAFF_HOW[debtor_id] in dossier, dossier
