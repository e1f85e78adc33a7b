"""A running plan's page says once that no reminders come while the instalments are paid on time: in the next
instalment's line (`plan_next`, `plan_next_single`), which names the day, not again in the message above it
(`arrangement`, `arrangement_single`), which a newcomer read twice on one screen (s38)."""

from __future__ import annotations

import pytest

from incasso.statement.labels import LABELS
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
HOLD = {"nl": "geen herinneringen of aanmaningen", "en": "we will not send you reminders"}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("message", "line"), [("arrangement", "plan_next"), ("arrangement_single", "plan_next_single")]
)
def test_the_hold_is_said_by_the_next_instalment_s_line_only(language, message, line):
    assert HOLD[language] in LABELS[language][line]
    assert HOLD[language] not in (MESSAGES / language / f"{message}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plan_s_way_out_is_left_to_its_box(language):
    """'Lukt het een keer niet om een termijn te betalen?' above the box's own 'Lukt het niet om de termijnen te
    betalen zoals afgesproken?' (statement.options) was the same offer twice."""
    text = (MESSAGES / language / "arrangement.md").read_text(encoding="utf-8")
    assert "\n\n" not in text.strip()
    assert ("Lukt het" if language == "nl" else "If you cannot") not in text


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("message", ["arrangement", "arrangement_agency"])
def test_the_plan_s_message_is_true_before_anything_is_paid(language, message):
    """'Hieronder ziet u welke termijnen u al heeft betaald' on the plan's first day, with none paid yet, read as if
    some were (the s38 review): the message names the schedule and what is paid, whatever that is."""
    text = (MESSAGES / language / f"{message}.md").read_text(encoding="utf-8")
    assert {"nl": "welke termijnen u al heeft betaald", "en": "which instalments you have"}[language] not in text


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("message", ["arrangement_agency", "arrangement_agency_single"])
def test_the_agency_s_plan_leaves_its_way_out_to_its_box_too(language, message):
    """'Lukt een termijn niet, of heeft u een vraag over de regeling? Neem dan contact op met Incasso B.V., het liefst
    vóór de volgende termijn' above the box's 'Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan
    contact op met Incasso B.V., het liefst vóór de volgende termijn' (change_plan_text_with) was the same offer
    twice, as ours was (s38 review): the message keeps the question about the plan and the help."""
    text = (MESSAGES / language / f"{message}.md").read_text(encoding="utf-8")
    assert {"nl": "Lukt ", "en": "does not work out"}[language] not in text
    assert {"nl": "vraag over de regeling", "en": "question about the plan"}[language] in text
