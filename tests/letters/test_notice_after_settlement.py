"""The final notice that is the first letter after a settlement lapsed or was called off (docs/letters.md, "The
texts"): it opened with final_notice.md's "Wij hebben u een herinnering en een aanmaning gestuurd, maar wij hebben uw
betaling nog niet ontvangen", as if nothing had been agreed since, before the sentence that the agreement lapsed. It
opens with `final_notice_after_settlement` (one text for the letter, the e-mail and the notice e-mailed without
consent: {this_notice} says which), as the reminder and the dunning letter open with theirs; a site whose texts were
copied before these openings existed reads the ones shipped with incasso, not its kind's.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder on 10 February
and a dunning letter on 10 March; the settlement of 600.00 agreed on 28 November 2026 with the counsellor, to pay by
31 January 2027, lapses on 1 February: the final notice is the next step.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, forms, letters_due
from incasso.letters.view import letter_view
from pelican.plugins.incasso.letters.pdf import render_pdf
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import COUNSELLOR, MISSING, event, one_debtor_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
STEPS = [event(date(2026, 2, 10), "reminder"), event(date(2026, 3, 10), "dunning")]
SETTLEMENT = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
OFF = event(date(2027, 1, 10), "settlement_ended", reason="Schuldhulp gestopt")
BUILT = date(2027, 2, 3)
OPENS = {
    "nl": "Wij hebben u eerder een herinnering en een aanmaning gestuurd. Daarna had u met ons een lager bedrag "
    "afgesproken, maar die afspraak geldt niet meer. Hieronder leest u waarom.",
    "en": "We sent you a reminder and a formal reminder earlier. After that, you had agreed a lower amount with us, "
    "but that agreement no longer applies. Below you can read why.",
}
AS_IF_NONE = {"nl": "maar wij hebben uw betaling nog niet ontvangen", "en": "but we have not yet received"}
LAPSED = {"nl": "De afspraak van 28 november 2026 is vervallen", "en": "The agreement of 28 November 2026 has ended"}
CALLED_OFF = {
    "nl": "De afspraak van 28 november 2026 is op 10 januari 2027 in overleg beëindigd",
    "en": "The agreement of 28 November 2026 was ended by mutual consent on 10 January 2027",
}
IS_THE_LAST = {"nl": "Dit is onze laatste brief (sommatie).", "en": "This is our final notice (in Dutch: sommatie)."}
ASKS_IN_A_TERM = {
    "nl": "Wij vragen u nu om te betalen binnen een vaste termijn (sommatie).",
    "en": "We now ask you to pay within a set term (in Dutch: sommatie).",
}
LAST = {"nl": "laatste", "en": "final notice"}


def _notice(tmp_path: Path, language: str, *events, on: date = BUILT, **changes):
    ledger = one_debtor_ledger(
        tmp_path, events=[*STEPS, *events], representative=COUNSELLOR, language=language, **changes
    )
    claim = assess(ledger, ledger.debtors[0], on)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE
    (form,) = forms(claim.debtor, due)
    return letter_view(ledger, claim, due, form)


def _read_back(view, site: Path = LETTERS) -> str:
    """The letter as the debtor reads it: its PDF, or for an e-mail its opening and paragraphs in order."""
    opening = LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values)
    if view.form == Channel.EMAIL:
        return flat(" ".join([*(b[1] for b in opening.blocks), *view.terms])).replace("\xa0", " ")
    return flat(" ".join(pdf_text(render_pdf(view, opening.blocks)[0]))).replace("\xa0", " ")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_final_notice_after_a_lapse_opens_with_the_agreement_then_says_why(tmp_path: Path, language: str) -> None:
    view = _notice(tmp_path, language, SETTLEMENT)
    assert view.opening == "final_notice_after_settlement"
    text = _read_back(view)
    assert OPENS[language] in text and AS_IF_NONE[language] not in text, text
    assert IS_THE_LAST[language] in text
    # The opening first (it says what this letter is), then, below the box, why the agreement ended: once.
    assert text.index(OPENS[language]) < text.index(IS_THE_LAST[language]) < text.index(LAPSED[language]), text
    assert text.count(LAPSED[language]) == 1, text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_called_off_it_opens_the_same_and_says_the_day(tmp_path: Path, language: str) -> None:
    view = _notice(tmp_path, language, SETTLEMENT, OFF, on=date(2027, 1, 12))
    assert view.opening == "final_notice_after_settlement"
    text = _read_back(view)
    assert OPENS[language] in text and CALLED_OFF[language] in text and AS_IF_NONE[language] not in text, text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_e_mailed_without_consent_it_asks_in_a_term_and_is_no_last_letter(tmp_path: Path, language: str) -> None:
    """No postal address: the notice is e-mailed, brings no costs, and one that does may follow (art. 6:96 lid 6 BW):
    {this_notice} is then the unagreed wording, as final_notice_unagreed.md says it, in the same one text."""
    view = _notice(tmp_path, language, SETTLEMENT, **{"contact.address": MISSING})
    assert view.form == Channel.EMAIL and view.opening == "final_notice_after_settlement"
    text = _read_back(view)
    assert OPENS[language] in text and ASKS_IN_A_TERM[language] in text, text
    opening = " ".join(b[1] for b in LetterTexts(LETTERS)[(language, view.opening)].filled(view.text_values).blocks)
    assert LAST[language] not in opening.lower(), opening


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_without_a_settlement_opens_as_before(tmp_path: Path, language: str) -> None:
    view = _notice(tmp_path, language, on=date(2026, 3, 25))
    assert view.opening == LetterKind.FINAL_NOTICE
    assert AS_IF_NONE[language] in _read_back(view)


def test_a_site_copied_before_these_openings_reads_the_shipped_ones_not_its_kinds(tmp_path: Path) -> None:
    """Its own final_notice.md (or reminder.md, dunning.md) would say "Wij hebben u een herinnering en een aanmaning
    gestuurd, maar ..." as if nothing had been agreed: the shipped opening stands in, as pause.md's does."""
    site = shutil.copytree(LETTERS, tmp_path / "old-site")
    openings = ("reminder_after_settlement", "dunning_after_settlement", "final_notice_after_settlement")
    for lang in ("nl", "en"):
        for name in openings:
            (site / lang / f"{name}.md").unlink()
        (site / lang / "final_notice.md").write_text("Onze eigen sommatie.\n", encoding="utf-8")
    old, shipped = LetterTexts(site), LetterTexts(LETTERS)
    for lang in ("nl", "en"):
        for name in openings:
            assert old[(lang, name)].blocks == shipped[(lang, name)].blocks, name
    view = _notice(tmp_path / "a", "nl", SETTLEMENT)
    assert OPENS["nl"] in _read_back(view, site)
    # Its own wording, where it has one, stays.
    (site / "nl" / "final_notice_after_settlement.md").write_text("Het akkoord is voorbij.\n", encoding="utf-8")
    assert LetterTexts(site)[("nl", "final_notice_after_settlement")].blocks == (("p", "Het akkoord is voorbij."),)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_site_without_the_unagreed_opening_no_longer_calls_such_a_notice_its_last(tmp_path, language) -> None:
    """A site copied before final_notice_unagreed.md existed reads its final_notice.md: its {this_notice} said "Dit is
    onze laatste e-mail (sommatie)" of a notice that brings no costs and may be followed by one that does."""
    site = shutil.copytree(LETTERS, tmp_path / "old-site")
    for lang in ("nl", "en"):
        (site / lang / "final_notice_unagreed.md").unlink()
    ledger = one_debtor_ledger(tmp_path / "a", events=STEPS, language=language, **{"contact.address": MISSING})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 25))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert view.opening == "final_notice_unagreed"
    opening = " ".join(b[1] for b in LetterTexts(site)[(language, view.opening)].filled(view.text_values).blocks)
    assert ASKS_IN_A_TERM[language] in opening and LAST[language] not in opening.lower(), opening
