"""s48 review: after a settlement lapsed or was called off, the box at the top of the page still said the letter sent
before it ("Daarom hebben wij u een aanmaning gestuurd") as today's news, while only "Wat gebeurt er nu?" said the
agreement ended. Until the first letter after it, the message says the agreement no longer applies (`after_settlement`,
optional: a site's copy without it shows the stage's message as before); from that letter on, the stage's message is
true again. Read through the plugin's `Messages` with the shipped texts, as a build reads them."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
STEPS = [event(date(2026, 2, 10), "reminder"), event(date(2026, 2, 24), "dunning")]
SETTLEMENT = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
OFF = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt")
ENDED = {
    "nl": "U had met ons een lager bedrag afgesproken, maar die afspraak geldt niet meer.",
    "en": "You had agreed a lower amount with us, but that agreement no longer applies.",
}
BEFORE = {"nl": "Daarom hebben wij u een aanmaning gestuurd", "en": "so we have sent you a formal reminder"}


@pytest.fixture(scope="module")
def shipped() -> Messages:
    return Messages(MESSAGES)


def _view(tmp_path, language, on, *events, **more):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, *events], language=language, **more)
    return statement_view(assess(ledger, ledger.debtors[0], on), ledger)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_called_off_the_top_says_the_agreement_ended_not_the_letter_from_before(shipped, tmp_path, language):
    view = _view(tmp_path, language, date(2026, 12, 15), SETTLEMENT, OFF)
    assert view.message_key == "after_settlement" and view.message_fallback == "dunning"
    top = str(shipped.for_page(view)).replace("\xa0", " ")
    assert ENDED[language] in top and BEFORE[language] not in top, top
    assert "{" not in top
    # Said once at the top; the why, with its day, once below ("Wat gebeurt er nu?").
    below = " ".join(view.next_steps)
    assert ENDED[language] not in below and ("beëindigd" in below or "ended by mutual consent" in below), below


@pytest.mark.parametrize("language", ["nl", "en"])
def test_lapsed_the_top_says_it_too(shipped, tmp_path, language):
    view = _view(tmp_path, language, date(2027, 2, 3), SETTLEMENT)
    assert view.message_key == "after_settlement"
    assert ENDED[language] in str(shipped.for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_first_letter_since_the_stage_s_message_is_true_again(shipped, tmp_path, language):
    """The final notice after the call-off told it ended (final_notice_after_settlement): the page's message is that
    notice's, with its term, no longer the agreement's end."""
    notice = event(date(2026, 12, 11), "final_notice", channel="letter")
    view = _view(tmp_path, language, date(2026, 12, 15), SETTLEMENT, OFF, notice)
    assert view.message_key.startswith("final_notice"), view.message_key


def test_a_settlement_running_or_none_keeps_its_own_message(tmp_path):
    assert _view(tmp_path / "a", "nl", date(2026, 12, 5), SETTLEMENT).message_key == "settlement"
    assert _view(tmp_path / "b", "nl", date(2026, 12, 15)).message_key == "dunning"
    paid = [payment(date=date(2026, 12, 1), amount=Decimal("600.00"))]
    assert _view(tmp_path / "c", "nl", date(2026, 12, 15), SETTLEMENT, payments=paid).message_key == "settled"


def test_a_site_s_copy_without_it_shows_the_stage_s_message_as_before(tmp_path):
    copy = tmp_path / "messages"
    shutil.copytree(MESSAGES, copy)
    for lang in ("nl", "en"):
        (copy / lang / "after_settlement.md").unlink()
    view = _view(tmp_path / "a", "nl", date(2026, 12, 15), SETTLEMENT, OFF)
    top = str(Messages(copy).for_page(view))
    assert BEFORE["nl"] in top, top


def test_by_role_with_a_counsellor(shipped, tmp_path):
    view = _view(tmp_path, "nl", date(2026, 12, 15), SETTLEMENT, OFF, representative=COUNSELLOR)
    top = str(shipped.for_page(view))
    assert "Dan kan uw schuldhulpverlener ons een voorstel sturen" in top and COUNSELLOR["name"] not in top, top
