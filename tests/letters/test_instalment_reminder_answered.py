"""s54: the first reminder of a missed instalment since a dispute's answer names the answer, not "Misschien is het u
ontschoten; dat kan gebeuren" (to one who disputed, was answered, and is now reminded), in each of its forms.

The plans of tests/letters/test_missed_instalment_paid.py (agreed Tuesday 10 March 2026, read on the 24th), with the
invoice disputed on 11 March and the dispute answered on Thursday 12 March: the answer's term (14 days, its day the
first) ends on the 25th, so the reminder is read on the 26th. A plan agreed after the answer is the newer news: its
reminder reads as any other.
"""

from datetime import date, timedelta

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.letters.test_missed_instalment_paid import AGREED, CASES, CONTENT, OPENS
from tests.support.ledgers import event, one_debtor_ledger, payment

ANSWERED = date(2026, 3, 12)
READ = date(2026, 3, 26)
NAMES = {
    "nl": "Op 12 maart 2026 hebben wij uw bezwaar beantwoord.",
    "en": "On 12 March 2026 we answered your dispute.",
}
SLIPPED = ("ontschoten", "dat kan gebeuren", "slipped your mind", "it happens")
ASKS_ABOUT_THE_ANSWER = {
    "nl": "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op.",
    "en": "Do you have a question about our answer to your dispute? Please contact us.",
}


def _read(tmp_path, name, language, *, disputed=date(2026, 3, 11), answered=ANSWERED, agreed=AGREED):
    installments, payments, _, _ = CASES[name]
    events = [
        event(agreed, "arrangement", installments=installments, channel="letter"),
        event(disputed, "dispute", reason="De levering was niet compleet"),
        event(answered, "dispute_resolved", outcome="Levering was compleet"),
    ]
    paid = [payment(date=date.fromisoformat(day), amount=amount) for day, amount in payments]
    events.sort(key=lambda e: e["date"])
    ledger = one_debtor_ledger(tmp_path, events=events, payments=paid, language=language)
    claim = assess(ledger, ledger.debtors[0], READ)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    return letter, LetterTexts(CONTENT / "letters")[(language, letter.opening)].filled(letter.text_values).blocks


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_the_first_reminder_since_the_answer_opens_with_it(tmp_path, name, language):
    letter, blocks = _read(tmp_path, name, language)
    assert letter.opening == CASES[name][2] + "_answered"
    first = blocks[0][1]
    # One paragraph: the answer, then what the reminder says of the instalment as it always did.
    assert first.startswith(f"{NAMES[language]} {OPENS[(name, language)]}"), first
    said = " ".join(line for _, line in blocks)
    assert not [words for words in SLIPPED if words in said], said
    # The rest of the reminder's own text stays: "Heeft u de termijn net betaald? Dan hoeft u niets te doen."
    assert len(blocks) == 2 and blocks[1][1].startswith(("Heeft u de", "If you have just paid")), blocks
    # Its way out asks about the answer, not again whether the invoice is right.
    assert ASKS_ABOUT_THE_ANSWER[language] in letter.way_out.lines, letter.way_out.lines


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_agreed_after_the_answer_is_reminded_of_as_any_other(tmp_path, language):
    earlier = AGREED - timedelta(days=10)
    letter, blocks = _read(tmp_path, "one", language, disputed=earlier - timedelta(days=5), answered=earlier)
    assert letter.opening == CASES["one"][2]
    assert blocks[0][1].startswith(OPENS[("one", language)]), blocks


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_site_without_the_text_reads_the_shipped_one(tmp_path, language):
    """Its kind's text says "Misschien is het u ontschoten": a site whose texts were copied before reads ours."""
    import shutil

    site = shutil.copytree(CONTENT / "letters", tmp_path / "letters")
    for lang in ("nl", "en"):
        (site / lang / "installment_reminder_answered.md").unlink()
    letter, _ = _read(tmp_path / "ledger", "more", language)
    blocks = LetterTexts(site)[(language, letter.opening)].filled(letter.text_values).blocks
    assert blocks[0][1].startswith(f"{NAMES[language]} {OPENS[('more', language)]}"), blocks
