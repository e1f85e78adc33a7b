"""The reminders of a missed instalment (a plan's, a settlement's) ask a debtor who cannot pay to call or mail "het
liefst vóór de datum hieronder": the day their box asks payment by. s52: that day can be the letter's own (a
settlement's reminder on its last day of grace, reminder_after_days at the grace's 14; a plan's whose next step is a
day away, dunning_after_days 1), or gone by the time a posted letter arrives: "vóór" it was then behind the debtor
on reading. They ask as soon as possible then ({when_to_call}); an e-mail, read the day it is sent, keeps the day
while it is still ahead. A site's texts copied before read the same.

One consumer invoice of 1250.00 due 4 February 2026 (tests.support.ledgers.valid_debtor), a reminder on 10 February;
a settlement of 600.00 agreed on 28 November 2026 in two instalments (15 December, 15 January), or a plan of three.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel, Language
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import event, one_debtor_ledger
from tests.support.site import REPO

REMINDER = event(date(2026, 2, 10), "reminder")
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[
        {"due": date(2026, 12, 15), "amount": "400.00"},
        {"due": date(2027, 1, 15), "amount": "400.00"},
        {"due": date(2027, 2, 15), "amount": "500.00"},
    ],
)
TEXTS = LetterTexts(REPO / "content" / "letters")
ASKED = {
    Language.NL: ("Bel of mail ons dan, het liefst vóór de datum hieronder.", "Bel of mail ons dan, zo snel mogelijk."),
    Language.EN: (
        "please call or email us, preferably before the date below.",
        "please call or email us, as soon as possible.",
    ),
}
BEFORE, SOON = 0, 1


def _opening(tmp_path: Path, agreed: dict, on: date, form: Channel, lang: Language, texts=TEXTS, **policy) -> str:
    """The opening of the reminder written on `on`, filled in, as the letter or the e-mail reads it."""
    ledger = one_debtor_ledger(tmp_path, events=[REMINDER, agreed], language=lang.value, policy=policy or None)
    claim = assess(ledger, ledger.debtors[0], on)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind in (LetterKind.SETTLEMENT_REMINDER, LetterKind.INSTALLMENT_REMINDER), due
    view = letter_view(ledger, claim, due, form)
    return " ".join(line for _, line in texts[(lang, view.opening)].filled(view.text_values).blocks)


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize(
    ("agreed", "on", "policy", "posted", "emailed"),
    [
        # The day after the instalment's: the box's day is 29 December (its last day of grace), well ahead.
        pytest.param(SETTLEMENT, date(2026, 12, 16), {}, BEFORE, BEFORE, id="settlement, grace ahead"),
        # Reminded on that last day itself: the box's day is the letter's own.
        pytest.param(SETTLEMENT, date(2026, 12, 29), {"reminder_after_days": 14}, SOON, SOON, id="settlement, its day"),
        # A day before it: the e-mail is read with a day left, the letter posted on Monday arrives after it.
        pytest.param(SETTLEMENT, date(2026, 12, 28), {"reminder_after_days": 13}, SOON, BEFORE, id="settlement, eve"),
        pytest.param(PLAN, date(2026, 12, 16), {}, BEFORE, BEFORE, id="plan, next step ahead"),
        # The next step a day after the reminder: the box asks payment by the reminder's own day.
        pytest.param(PLAN, date(2026, 12, 16), {"dunning_after_days": 1}, SOON, SOON, id="plan, its day"),
    ],
)
def test_a_reminder_asks_for_a_call_before_its_day_only_while_that_day_is_ahead_on_reading(
    tmp_path: Path, lang, agreed, on, policy, posted, emailed
):
    for form, asked in ((Channel.LETTER, posted), (Channel.EMAIL, emailed)):
        said = _opening(tmp_path / form.value, agreed, on, form, lang, **policy).replace("\xa0", " ")
        assert ASKED[lang][asked] in said and ASKED[lang][1 - asked] not in said, (form, said)


OLD = {
    Language.NL: ("Bel of mail ons dan, het liefst vóór de datum hieronder.", "Bel of mail ons dan, {when_to_call}."),
    Language.EN: (
        "please call or email us, preferably before the date below.",
        "please call or email us, {when_to_call}.",
    ),
}


@pytest.mark.parametrize("lang", list(Language))
def test_a_text_copied_before_reads_as_shipped_now(tmp_path: Path, lang) -> None:
    """Each reminder's text as shipped before {when_to_call}, word for word, is read with it: a site's copy asks as
    soon as possible on the reminder's own day too. A creditor's own words stay as written."""
    copy = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    old, now = OLD[lang]
    # `settlement_reminder_sum` shipped with {when_to_call} from the start (s56): no copy from before it to read.
    reminders = sorted(p for p in (copy / lang).glob("*_reminder*.md") if p.stem != "settlement_reminder_sum")
    assert [path.stem for path in reminders if now in path.read_text(encoding="utf-8")] == [
        "installment_reminder",
        "installment_reminder_part",
        "installment_reminder_several",
        "installment_reminder_several_part",
        "installment_reminder_single",
        "installment_reminder_single_part",
        "settlement_reminder",
    ]
    for path in reminders:
        path.write_text(path.read_text(encoding="utf-8").replace(now, old), encoding="utf-8")
    copied = LetterTexts(copy)
    assert all(copied[(lang, path.stem)].blocks == TEXTS[(lang, path.stem)].blocks for path in reminders)
    on = date(2026, 12, 29)
    said = _opening(tmp_path / "own", SETTLEMENT, on, Channel.LETTER, lang, copied, reminder_after_days=14)
    assert ASKED[lang][SOON] in said.replace("\xa0", " "), said
    own = {Language.NL: "Bel ons gerust.", Language.EN: "Do give us a call."}[lang]
    (copy / lang / "settlement_reminder.md").write_text(own + "\n", encoding="utf-8")
    assert LetterTexts(copy)[(lang, LetterKind.SETTLEMENT_REMINDER)].blocks == (("p", own),)
