"""The page under a final notice over a plan with two missed instalments, built (s59): its top named both ("Deze
termijnen staan nog open: 31 oktober 2026 (EUR 500,00) en 30 november 2026 (EUR 500,00). Daarom vragen wij nu het
hele bedrag dat te laat is, ..."), and its first next step said the same list again, word for word ("Deze termijnen
staan nog open: ..."), on the day the notice is written and once it was sent. The top says them once; the step says
what to do and by when: the amount the top asks, by the day the top asks it.

tests/statement/test_instalments_missed_words.py's plan (three instalments of 500.00, the first paid, the October and
November ones missed), built on 7 December 2026: one debtor per language whose notice over both was sent on 1
December, and one whose dates all lie six days later, so that its notice is written that night."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site, page_text

pytestmark = pytest.mark.slow

NIGHT = date(2026, 12, 7)
LANGUAGES = ("nl", "en")
# What the debtor reads in what happens next (visible text, one space): the step that listed them again.
NEXT = {"nl": "Wat gebeurt er nu?", "en": "What happens next?"}
LISTED = {"nl": "Deze termijnen staan nog open:", "en": "These instalments are still open:"}
PAY = {
    ("nl", "sent"): "Wilt u het hele bedrag van {amount} uiterlijk 17 december 2026 betalen? Lukt dat niet, neem dan "
    "contact met ons op.",
    ("en", "sent"): "Please pay the whole amount of {amount} by 17 December 2026. If you cannot, please contact us.",
    ("nl", "today"): "Wilt u het hele bedrag van {amount} zo snel mogelijk betalen? Lukt dat niet, neem dan contact "
    "met ons op.",
    ("en", "today"): "Please pay the whole amount of {amount} as soon as possible. If you cannot, please contact us.",
}


def _debtor(debtor_id: str, language: str, *, shift: int, notice: bool) -> dict:
    """The plan in arrears, every date `shift` days later; with the final notice over both missed recorded on 1
    December when `notice`."""

    def day(year: int, month: int, on: int) -> date:
        return date(year, month, on) + timedelta(days=shift)

    events = [
        event(day(2026, 8, 1), "reminder", channel="email"),
        event(day(2026, 8, 20), "dunning", channel="email"),
        event(
            day(2026, 9, 1),
            "arrangement",
            channel="email",
            installments=[
                {"due": day(2026, 9, 30), "amount": "500.00"},
                {"due": day(2026, 10, 31), "amount": "500.00"},
                {"due": day(2026, 11, 30), "amount": "500.00"},
            ],
        ),
        event(day(2026, 11, 1), "reminder", channel="email"),
        *([event(date(2026, 12, 1), "final_notice", channel="letter")] if notice else []),
    ]
    return valid_debtor(
        id=debtor_id,
        language=language,
        invoices=[invoice(number=f"F-{debtor_id}", date=day(2026, 7, 1), due=day(2026, 7, 31), amount="1500.00")],
        payments=[payment(date=day(2026, 9, 30), amount="500.00")],
        events=events,
    )


STATES = {"sent": dict(shift=0, notice=True), "today": dict(shift=6, notice=False)}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[tuple[str, str], tuple[str, dict]]:
    tmp = tmp_path_factory.mktemp("notice_over_plan")
    ids = {(lang, state): f"D-{state.upper()}-{lang.upper()}" for lang in LANGUAGES for state in STATES}
    debtors = [_debtor(debtor_id, lang, **STATES[state]) for (lang, state), debtor_id in ids.items()]
    ledger = write_ledger(tmp / "ledger", creditor=valid_creditor(interest="statutory"), debtors=debtors)
    site = build_site(tmp, ledger=ledger, as_of=NIGHT, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    return {key: (page_text(site, claims[debtor_id]), claims[debtor_id]) for key, debtor_id in ids.items()}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_missed_instalments_are_listed_once_and_the_step_says_what_to_do_by_when(pages, language, state):
    text, _ = pages[(language, state)]
    assert text.count(LISTED[language]) == 1, text
    top, _, steps = text.partition(NEXT[language])
    assert LISTED[language] in top and steps, text
    shown = re.search(r"(?:Nu te betalen|To pay now) (EUR [\d.,]+)", top)  # the amount the top asks, in its box
    assert shown is not None, top
    assert PAY[(language, state)].format(amount=shown.group(1)) in steps, steps
