"""s46: a debt counsellor asks the creditors to wait while she makes an inventory. Staff record it as a `postpone`;
the page moved its day but never said that collection waits at her request, so she had nothing to show it was
granted. A `postpone` with `asked_by` says it on the page, by role (never the counsellor's name), with the last day
the wait covers; one without it stays staff's own and unsaid (docs/ledger-format.md, 'Postponing the next step')."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.problems import LedgerError
from incasso.statement.view import statement_view
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger

STEPS = [
    event(date(2026, 2, 5), "reminder"),
    event(date(2026, 2, 19), "dunning"),
    event(date(2026, 3, 5), "final_notice", channel="letter", costs=Decimal("187.50")),
]
REASON = "Schuldhulpverlener maakt een inventarisatie."
SAID = {
    ("nl", "representative", "counsellor"): "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten "
    "wij tot en met 30 juni 2026 geen volgende stap.",
    ("en", "representative", "counsellor"): "Your debt counsellor asked us to wait. So we will take no further step "
    "up to and including 30 June 2026.",
    ("nl", "representative", "administrator"): "Uw bewindvoerder heeft ons gevraagd om te wachten. Daarom zetten "
    "wij tot en met 30 juni 2026 geen volgende stap.",
    ("nl", "debtor", "counsellor"): "U heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 "
    "geen volgende stap.",
    ("en", "debtor", None): "You asked us to wait. So we will take no further step up to and including 30 June 2026.",
}


def _page(tmp_path, language, asked_by, role, day=date(2026, 4, 20)):
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON)
    if asked_by is not None:
        pause["asked_by"] = asked_by
    acting = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR, None: None}[role]
    more = {"representative": {**acting, "since": "2026-04-01"}} if acting else {}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, pause], language=language, **more)
    claim = assess(ledger, ledger.debtors[0], day)
    return claim, statement_view(claim, ledger)


@pytest.mark.parametrize(("language", "asked_by", "role"), list(SAID))
def test_a_pause_asked_for_is_said_on_the_page(tmp_path, language, asked_by, role):
    claim, view = _page(tmp_path, language, asked_by, role)
    assert claim.next_action.postponed is not None
    assert view.next_steps[0] == SAID[(language, asked_by, role)]
    page = str(view)
    assert REASON not in page and "Schuldhulp Utrecht" not in page and "Bewindvoering" not in page


def test_staff_s_own_postpone_stays_unsaid(tmp_path):
    _, view = _page(tmp_path, "nl", None, "counsellor")
    assert not [line for line in view.next_steps if "gevraagd om te wachten" in line]


def test_once_the_wait_is_over_the_page_no_longer_says_it(tmp_path):
    _, view = _page(tmp_path, "nl", "representative", "counsellor", day=date(2026, 7, 1))
    assert not [line for line in view.next_steps if "gevraagd om te wachten" in line]


def test_asked_by_a_representative_needs_the_block(tmp_path):
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")
    with pytest.raises(LedgerError) as raised:
        one_debtor_ledger(tmp_path, events=[*STEPS, pause])
    said = "events[3].asked_by: is representative, but no representative: acts for the debtor"
    assert said in str(raised.value), str(raised.value)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_pause_asked_before_the_block_s_own_began_is_said_without_a_role(tmp_path, language):
    """D-2003 of s46: the counsellor asked on 15 April; the administrator (since 1 May) took her block's place."""
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")
    later = {**ADMINISTRATOR, "since": "2026-05-01"}
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, pause], language=language, representative=later)
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 5, 20)), ledger)
    said = {
        "nl": "Op verzoek zetten wij tot en met 30 juni 2026 geen volgende stap.",
        "en": "As asked, we will take no further step up to and including 30 June 2026.",
    }
    assert view.next_steps[0] == said[language]
