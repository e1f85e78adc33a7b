"""Every optional page message (OPTIONAL_MESSAGES) has a declared fallback: a site whose content/messages/ was
copied before it was added shows what it showed before, down to a message every site has (MESSAGE_KEYS: the
build stops without one). A message added without a branch in `message_fallback` used to fall through to
`final_notice` or `final_notice_passed`, on any page, and no test failed: now it stops with its name."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.statement import view
from incasso.statement.view import OPTIONAL_MESSAGES, message_fallback, message_fallbacks
from pelican.plugins.incasso.statements import MESSAGE_KEYS
from tests.support.site import AS_OF, ledger_as_built
from tests.support.staff_fixture import FIXTURE


@pytest.fixture(scope="module")
def claims():
    """Claims at every stage and status the demo and the staff fixture hold (with and without costs, a promise, a
    plan behind, a dispute, a handover, a legal step, paid, written off): a fallback may depend on any of these."""
    demo = ledger_as_built()
    staff = load_ledger(FIXTURE / "ledger")
    return [assess(demo, d, AS_OF) for d in demo.debtors] + [assess(staff, d, date(2026, 7, 1)) for d in staff.debtors]


def chain(claim, key: str) -> list[str]:
    """`key`'s fallbacks one by one, stopped at a loop (a fallback back to an optional message already passed)."""
    steps = [key]
    while steps[-1] in OPTIONAL_MESSAGES:
        step = message_fallback(claim, steps[-1])
        assert step not in steps, f"{key}: its fallbacks go round in a circle ({' -> '.join([*steps, step])})"
        steps.append(step)
    return steps[1:]


@pytest.mark.parametrize("key", OPTIONAL_MESSAGES)
def test_every_optional_message_falls_back_to_one_every_site_has(claims, key):
    for claim in claims:
        steps = chain(claim, key)
        assert steps[-1] in MESSAGE_KEYS, (
            f"{key} falls back to {' -> '.join(steps)} for {claim.debtor.id}, which a site need not have: "
            f"end its fallbacks in one of {', '.join(MESSAGE_KEYS)}"
        )
        assert message_fallbacks(claim, key) == tuple(steps)


def test_an_optional_message_without_a_fallback_stops_with_its_name(claims, monkeypatch):
    """Not the final notice's message on a reminder's page: a build that would show it stops, and so does this test."""
    monkeypatch.setattr(view, "OPTIONAL_MESSAGES", (*OPTIONAL_MESSAGES, "brand_new"))
    with pytest.raises(LookupError, match="brand_new.*message_fallback"):
        message_fallback(claims[0], "brand_new")


def test_a_message_is_either_optional_or_one_every_site_has():
    assert len(set(OPTIONAL_MESSAGES)) == len(OPTIONAL_MESSAGES), "a message listed twice in OPTIONAL_MESSAGES"
    assert len(set(MESSAGE_KEYS)) == len(MESSAGE_KEYS)
    assert not set(OPTIONAL_MESSAGES) & set(MESSAGE_KEYS)


def test_a_message_every_site_has_is_its_own(claims):
    for key in MESSAGE_KEYS:
        assert message_fallback(claims[0], key) == key
        assert message_fallbacks(claims[0], key) == (key,)
