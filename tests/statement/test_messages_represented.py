"""s46: the top of the page still told a debtor whose counsellor or administrator acts for them "Kunt u niet alles in
één keer betalen? Vraag dan een betalingsregeling aan." as if alone, while the plan option below it said their
counsellor can send the proposal. The messages say it by role now, through {ask_plan}; a site's texts copied before
it, in the words shipped then, say it too, and a site's own words stay theirs. Read through the plugin's `Messages`
with the shipped texts, as a build reads them."""

from __future__ import annotations

import shutil
from dataclasses import asdict, replace
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
DAY = date(2026, 3, 1)
ACTING = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR}
BY_ROLE = {
    (
        "nl",
        "counsellor",
    ): "Kunt u niet alles in één keer betalen? Dan kan uw schuldhulpverlener ons een voorstel sturen "
    "voor een betalingsregeling.",
    ("nl", "administrator"): "Kunt u niet alles in één keer betalen? Dan kan uw bewindvoerder ons een voorstel sturen "
    "voor een betalingsregeling.",
    ("en", "counsellor"): "If you cannot pay everything at once, your debt counsellor can send us a proposal for a "
    "payment plan.",
    ("en", "administrator"): "If you cannot pay everything at once, your administrator can send us a proposal for a "
    "payment plan.",
}
ALONE = {
    "nl": "Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan.",
    "en": "If you cannot pay everything at once, ask us for a payment plan.",
}
# Each shipped message that offers the way to a plan ("Vraag dan een betalingsregeling aan" as shipped before).
ASKING = (
    "dunning",
    "dunning_answered",
    "dunning_costs_charged",
    "dunning_promise",
    "dispute_answered",
    "newer_answered",
    "promise_kept",
)


@pytest.fixture(scope="module")
def shipped() -> Messages:
    return Messages(MESSAGES)


def _view(tmp_path, language, role, **block):
    more = {"representative": {**ACTING[role], **block}} if role else {}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=STEPS, language=language, **more)
    return statement_view(assess(ledger, ledger.debtors[0], DAY), ledger)


def _private(role: str) -> list[str]:
    acting = ACTING[role]
    return [p for p in (acting["name"], acting["phone"], acting.get("email"), *acting.get("address", ())) if p]


@pytest.mark.parametrize(("language", "role"), list(BY_ROLE))
def test_the_dunning_page_s_top_says_the_counsellor_or_administrator_can_propose_the_plan(
    shipped, tmp_path, language, role
):
    view = _view(tmp_path, language, role)
    assert view.message_key == "dunning"
    top = str(shipped.for_page(view))
    assert BY_ROLE[(language, role)] in top
    assert ALONE[language] not in top
    assert [p for p in _private(role) if p in top] == []  # by role only, never their name on a public page


@pytest.mark.parametrize(("language", "role"), list(BY_ROLE))
@pytest.mark.parametrize("key", ASKING)
def test_every_message_that_offers_a_plan_says_it_by_role(shipped, tmp_path, key, language, role):
    """Each of them with a represented debtor's values: the text as shipped, its placeholder filled in."""
    view = replace(_view(tmp_path, language, role), message_key=key, message_fallbacks=("dunning",))
    top = str(shipped.for_page(view))
    assert BY_ROLE[(language, role)] in top, top
    assert "{" not in top


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_debtor_alone_reads_the_message_as_before(shipped, tmp_path, language):
    top = str(shipped.for_page(_view(tmp_path, language, None)))
    assert ALONE[language] in top
    assert "schuldhulpverlener" not in top and "counsellor" not in top


def test_a_counsellor_whose_help_ended_is_not_named_at_the_top(shipped, tmp_path):
    view = _view(tmp_path, "nl", "counsellor", since="2026-01-01", until="2026-02-20")
    assert ALONE["nl"] in str(shipped.for_page(view))


SHIPPED_BEFORE = {  # dunning.md as shipped before {ask_plan}, the line in question word for word
    "nl": "Wij hebben {not_received}. Daarom hebben wij u een aanmaning gestuurd.\n\n"
    "- Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan. Daar rekenen wij geen kosten "
    "voor.\n- Bent u het niet eens met de factuur? Laat het ons weten.\n",
    "en": "We have {not_received}.\n\n- If you cannot pay everything at once, ask us for a payment plan. We charge no "
    "fee for it.\n",
}


def _site_with(tmp_path, language: str, dunning: str) -> Messages:
    folder = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, folder)
    (folder / language / "dunning.md").write_text(dunning, encoding="utf-8")
    return Messages(folder)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_site_s_copy_in_the_words_shipped_before_says_it_by_role_too(tmp_path, language):
    view = _view(tmp_path, language, "counsellor")
    top = str(_site_with(tmp_path, language, SHIPPED_BEFORE[language]).for_page(view))
    assert BY_ROLE[(language, "counsellor")] in top
    assert ALONE[language] not in top
    alone = str(
        _site_with(tmp_path / "alone", language, SHIPPED_BEFORE[language]).for_page(_view(tmp_path, language, None))
    )
    assert ALONE[language] in alone  # the debtor alone reads the copy word for word


def test_a_site_s_own_words_stay_as_written(tmp_path):
    own = "Wij hebben {not_received}.\n\n- Lukt betalen niet? Bel ons, dan zoeken wij samen een regeling.\n"
    top = str(_site_with(tmp_path, "nl", own).for_page(_view(tmp_path, "nl", "administrator")))
    assert "Lukt betalen niet? Bel ons, dan zoeken wij samen een regeling." in top
    assert "bewindvoerder" not in top


def test_the_view_holds_the_role_only(tmp_path):
    view = _view(tmp_path, "en", "administrator")
    assert view.message_values["ask_plan"] == "your administrator can send us a proposal for a payment plan"
    assert [p for p in _private("administrator") if p in repr(asdict(view))] == []
