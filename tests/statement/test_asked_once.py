"""What a page, its letter and its dossier ask of one claim many times is worked out once, with the same answer
(BENCHMARKS.md, session 42): the sentences without values, who handles the file; the names a full stop follows
in each label (session 46)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import NOTES_ASKED, claim_notes_of
from incasso.fmt import sentence
from incasso.ledger.model import Language
from incasso.statement.handler import _handler, handler_of
from incasso.statement.labels import LABELS, text
from tests.support.ledgers import event, one_debtor_ledger

HANDED = date(2026, 11, 10)
AGENCY = "Incassobureau Domstad B.V."
HANDOVER = event(HANDED, "handover", agency=AGENCY, agency_phone="+31 30 298 40 00")


@pytest.mark.parametrize("lang", list(Language))
def test_every_sentence_without_values_reads_as_it_is_filled_in(lang):
    plain = [key for key, label in LABELS[lang].items() if not re.search(r"\{\w+\}", label)]
    assert plain
    for key in plain:
        assert text(lang, key) == sentence(LABELS[lang][key])
        assert text(lang, key) is text(lang, key)  # made once


@pytest.mark.parametrize("ending", ["B.V.", "Jansen"])
@pytest.mark.parametrize("lang", list(Language))
def test_every_sentence_with_values_reads_as_fmt_sentence_fills_it_in(lang, ending):
    # `text` looks for a value's own full stop only where the label puts one after it, found once a label.
    filled = 0
    for key, label in LABELS[lang].items():
        names = set(re.findall(r"\{(\w+)\}", label))
        if names:
            values = {name: f"{name} {ending}" for name in names}
            assert text(lang, key, **values) == sentence(label, **values), key
            filled += 1
    assert filled > 100


def test_a_sentence_that_names_a_value_still_asks_for_it_each_time():
    for _ in range(2):
        with pytest.raises(KeyError):
            text(Language.NL, "title")
    assert text(Language.NL, "title", creditor="De Club.") == "Uw betaaloverzicht – De Club."


def _claim(tmp_path, *events):
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 10, 5), "final_notice", channel="letter"), *events])
    return assess(ledger, ledger.debtors[0], date(2026, 12, 4))


def test_who_handles_the_file_is_kept_with_the_claim_as_worked_out(tmp_path):
    claim = _claim(tmp_path, HANDOVER)
    handler = handler_of(claim)
    assert handler is not None and handler.name == AGENCY
    assert handler_of(claim) is handler
    assert handler == _handler(claim)
    claim.forget_answers()
    assert handler_of(claim) == handler and handler_of(claim) is not handler


def test_before_a_handover_nobody_else_handles_the_file(tmp_path):
    assert handler_of(_claim(tmp_path)) is None


def test_the_notes_outlive_a_debtors_files_where_the_log_asks_them_after(tmp_path):
    """A build that writes its debtors in its own process finds the log's notes after the pass: the claim's
    notes are kept when its other answers go (pelican.plugins.incasso.debtors), and not worked out again."""
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 10, 5), "final_notice", channel="letter"), HANDOVER])
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 4))
    notes = claim_notes_of(claim, ledger.creditor)
    assert notes  # a note to keep (an empty tuple is one object: `is` would hold anyway)
    handler = handler_of(claim)
    claim.forget_answers(but=NOTES_ASKED)
    assert claim_notes_of(claim, ledger.creditor) is notes
    assert handler_of(claim) is not handler
