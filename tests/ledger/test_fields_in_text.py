"""A field written into a block text (`note: |`, `note: >-`) by its indent is an error, not text: the
final notice's `costs` or `received` would otherwise be lost without a word."""

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import debtor_path, ledger_problems, to_yaml, valid_debtor, write_ledger

BASE = to_yaml(valid_debtor())


def _with_events(events: str) -> str:
    return BASE + "events:\n" + events


SAID = (
    "this line reads as the field `{name}`, but it is indented as part of the text of `{key}` and so is not read as "
    "a field: indent `{name}:` as far as `{key}:` (or, if it is part of the text, write it without the ':')"
)


@pytest.mark.parametrize("style", ["|", ">-", ">", "|-"])
def test_a_final_notice_field_indented_into_its_block_note_is_an_error(tmp_path, style):
    text = _with_events(
        "  - date: 2026-06-19\n"
        "    type: final_notice\n"
        f"    note: {style}\n"
        "      Veertiendagenbrief verstuurd; niet teruggebeld.\n"
        "      costs: 300.00\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    line = text.splitlines().index("      costs: 300.00") + 1
    expected = SAID.format(name="costs", key="note")
    assert ledger_problems(root) == [f"{debtor_path(root, 'x.yaml')}:{line}:7: events[0].note: {expected}"]


def test_a_dispute_reason_that_swallowed_the_next_event_is_an_error_at_its_date(tmp_path):
    text = _with_events(
        "  - date: 2026-06-19\n"
        "    type: dispute\n"
        "    reason: |\n"
        "      Klant betwist de factuur.\n"
        "      - date: 2026-06-30\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    line = text.splitlines().index("      - date: 2026-06-30") + 1
    expected = SAID.format(name="date", key="reason")
    assert ledger_problems(root) == [f"{debtor_path(root, 'x.yaml')}:{line}:7: events[0].reason: {expected}"]


def test_a_word_with_a_colon_that_is_no_field_of_the_entry_stays_text(tmp_path):
    """Only the entry's own fields: `Afspraak: ...` or a reminder's `costs: ...` (no field of a reminder)
    is what the writer meant to say."""
    text = _with_events(
        "  - date: 2026-06-19\n"
        "    type: reminder\n"
        "    note: |\n"
        "      afspraak: bellen na de vakantie\n"
        "      costs: volgen later\n"
        "      Zie ook: de brief\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    note = load_ledger(root).debtors[0].events[0].note
    assert note == "afspraak: bellen na de vakantie\ncosts: volgen later\nZie ook: de brief"
