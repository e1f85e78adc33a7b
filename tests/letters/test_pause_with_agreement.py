"""s48: a promise or a payment plan and a wait the counsellor asked for, recorded the same day (agreed in one call,
say). Each had its letter the same night: the confirmation ("..., maar pas na 30 juni 2026") and the wait's own
(`pause`), two letters a debtor reads as two arrangements. Now the confirmation says the wait too, in the words the
wait's letter has (granted, by role, with its last day; a final notice's term running on; the promise or the plan
unchanged), its subject names the wait's last day, and no `pause` letter is written; the next night confirms neither
again. A wait first seen on another day keeps its own letter. The PDF read back: tests/site/test_pause_with_plan_build.py.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import (
    NO_RECORD,
    FirstSeen,
    LetterKind,
    confirmed_days,
    letters_due,
    seen_record,
    unwritten_days,
    wait_carried,
    waits_carried,
)
from incasso.letters.view import letter_view
from pelican.plugins.incasso.letters.pdf import render_pdf
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import REPO

DAY = date(2026, 3, 10)
STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
NOTICE = event(date(2026, 3, 2), "final_notice", channel="letter", costs=Decimal("187.50"))
PROMISE = event(DAY, "promise", promised_date=date(2026, 5, 15))
PLAN = event(
    DAY, "arrangement", installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)]
)
TEXTS = LetterTexts(REPO / "content" / "letters")
WAIT = {
    "nl": "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 geen "
    "volgende stap. Ook dat bevestigen wij met deze brief.",
    "en": "Your debt counsellor asked us to wait. So we will take no further step up to and including 30 June 2026. "
    "We confirm that in this letter as well.",
}
UNCHANGED = {
    (LetterKind.PROMISE, "nl"): "Het wachten verandert niets aan uw toezegging om uiterlijk 15 mei 2026 te betalen.",
    (LetterKind.PROMISE, "en"): "The wait does not change your promise to pay by 15 May 2026.",
    (LetterKind.ARRANGEMENT, "nl"): "Het wachten verandert niets aan uw betalingsregeling: de termijnen blijven op de "
    "afgesproken dagen.",
    (LetterKind.ARRANGEMENT, "en"): "The wait does not change your payment plan: the instalments stay due on the "
    "agreed days.",
}
SUBJECT = {
    (LetterKind.PROMISE, "nl"): "Bevestiging van uw betaalbelofte en van het wachten tot en met 30 juni 2026",
    (LetterKind.PROMISE, "en"): "Confirmation of your promise to pay and of the wait up to and including 30 June 2026",
    (LetterKind.ARRANGEMENT, "nl"): "Bevestiging van uw betalingsregeling en van het wachten tot en met 30 juni 2026",
    (LetterKind.ARRANGEMENT, "en"): "Confirmation of your payment plan and of the wait up to and including 30 June "
    "2026",
}


def _ledger(tmp_path, agreement, *, language="nl", asked_by="representative", on=DAY, events=()):
    pause = event(on, "postpone", until=date(2026, 7, 1), reason="Inventarisatie van de schulden")
    if asked_by is not None:
        pause["asked_by"] = asked_by
    return one_debtor_ledger(
        tmp_path,
        interest="statutory",
        language=language,
        events=[*STEPS, *events, agreement, pause],
        representative={**COUNSELLOR, "since": "2026-03-01"},
    )


def _due(ledger, as_of=DAY, seen=NO_RECORD):
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, letters_due(claim, seen)


def _read(ledger, due, form=Channel.LETTER):
    claim = assess(ledger, ledger.debtors[0], DAY)
    view = letter_view(ledger, claim, due, form)
    return view.read_with(TEXTS[(view.lang, view.opening)].named)


@pytest.mark.parametrize(("kind", "language"), list(SUBJECT))
def test_one_letter_confirms_the_agreement_and_the_wait(tmp_path, kind, language):
    agreement = PROMISE if kind == LetterKind.PROMISE else PLAN
    ledger = _ledger(tmp_path, agreement, language=language)
    _, due = _due(ledger)
    assert [d.kind for d in due] == [kind]  # no `pause` letter beside it
    assert due[0].wait is not None and due[0].wait.type == "postpone"
    view = _read(ledger, due[0])
    assert view.subject == SUBJECT[(kind, language)]
    said = " ".join(view.terms)
    assert f"{WAIT[language]} {UNCHANGED[(kind, language)]}" in said, said
    # What a miss brings, only after the wait, said once, after it.
    assert said.count("pas na 30 juni 2026" if language == "nl" else "only after 30 June 2026") == 1
    assert said.index(WAIT[language]) < said.index("pas na" if language == "nl" else "only after")
    for private in ("Schuldhulp Utrecht", "Jan Smit", "Inventarisatie"):
        assert private not in " ".join([said, view.subject, *view.next_steps.lines])


def test_nothing_the_wait_s_own_letter_says_is_lost(tmp_path):
    """Within a final notice's term: the wait's own letter (a day after the promise) and the confirmation that carries
    it say the same of the wait: granted, the term running on with its costs, the promise unchanged."""
    alone = _ledger(tmp_path / "alone", PROMISE, on=DAY + timedelta(days=1), events=[NOTICE])
    claim = assess(alone, alone.debtors[0], DAY + timedelta(days=1))
    (pause,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PAUSE]
    own = letter_view(alone, claim, pause, Channel.LETTER)
    opening = [line for _, line in TEXTS[("nl", own.opening)].filled(own.text_values).blocks]
    separate = [opening[0], *own.terms, own.next_steps.lines[0]]
    together = _ledger(tmp_path / "together", PROMISE, events=[NOTICE])
    (carrier,) = _due(together)[1]
    said = " ".join(_read(together, carrier).terms)
    for sentence in separate:
        assert sentence in said, (sentence, said)


def test_the_next_night_confirms_neither_again(tmp_path):
    ledger = _ledger(tmp_path, PLAN)
    claim, due = _due(ledger)
    seen = FirstSeen(seen_record([claim], NO_RECORD), built=DAY, complete=True)
    tomorrow = DAY + timedelta(days=1)
    assert _due(ledger, tomorrow, seen)[1] == ()  # not the plan's, nor the wait's on its own
    assert [d.kind for d in _due(ledger, DAY, seen)[1]] == [LetterKind.ARRANGEMENT]  # a rebuild that day: the same
    # And the dossier says, on both nights, that the plan's letter confirmed the wait.
    assert wait_carried(claim, seen) == LetterKind.ARRANGEMENT
    later = assess(ledger, ledger.debtors[0], tomorrow)
    assert waits_carried([later], seen) == {"D-1001": {("postpone", DAY): LetterKind.ARRANGEMENT}}


def test_both_first_seen_by_the_next_night_s_build_are_one_letter_too(tmp_path):
    """Entered after the night's build of their day: the next night's build sees both for the first time."""
    ledger = _ledger(tmp_path, PROMISE)
    record = {"D-1001": {"first-seen": date(2026, 3, 1)}}
    seen = FirstSeen(record, built=DAY, complete=True)
    assert [(d.kind, d.wait is not None) for d in _due(ledger, DAY + timedelta(days=1), seen)[1]] == [
        (LetterKind.PROMISE, True)
    ]


def test_a_wait_asked_a_day_after_the_plan_keeps_its_own_letter(tmp_path):
    ledger = _ledger(tmp_path, PLAN, on=DAY + timedelta(days=1))
    claim, due = _due(ledger)
    assert [d.kind for d in due] == [LetterKind.ARRANGEMENT] and due[0].wait is None  # not seen yet
    seen = FirstSeen(seen_record([claim], NO_RECORD), built=DAY, complete=True)
    later, due = _due(ledger, DAY + timedelta(days=1), seen)
    assert [d.kind for d in due] == [LetterKind.PAUSE]
    assert wait_carried(later, seen) is None


def test_staff_s_own_postpone_leaves_the_confirmation_alone(tmp_path):
    ledger = _ledger(tmp_path, PLAN, asked_by=None)
    _, due = _due(ledger)
    assert [(d.kind, d.wait) for d in due] == [(LetterKind.ARRANGEMENT, None)]
    view = _read(ledger, due[0])
    assert view.subject == "Bevestiging van uw betalingsregeling"
    assert "wachten" not in " ".join(view.terms)


def test_the_e_mail_says_it_as_an_e_mail(tmp_path):
    ledger = _ledger(tmp_path, PROMISE)
    view = _read(ledger, _due(ledger)[1][0], Channel.EMAIL)
    assert "Ook dat bevestigen wij met deze e-mail." in " ".join(view.terms)
    assert view.email_subject.startswith(SUBJECT[(LetterKind.PROMISE, "nl")])


OWN_OPENING = {
    "nl": "Dank u wel voor uw telefoontje. {asked_to_wait}",
    "en": "Thank you for your call. {asked_to_wait}",
}
GRANTED = {
    "nl": "Uw schuldhulpverlener heeft ons gevraagd om te wachten.",
    "en": "Your debt counsellor asked us to wait.",
}
CONFIRMED_NAMED = {
    "nl": "Ook het wachten bevestigen wij met deze brief.",
    "en": "We confirm the wait in this letter as well.",
}


def _own_texts(tmp_path) -> LetterTexts:
    """A site's own texts: the shipped ones, with a promise.md and an arrangement.md that say the wait granted."""
    content = tmp_path / "letters"
    for lang in ("nl", "en"):
        (content / lang).mkdir(parents=True)
        for shipped in (REPO / "content" / "letters" / lang).glob("*.md"):
            (content / lang / shipped.name).write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
        for kind in ("promise", "arrangement"):
            (content / lang / f"{kind}.md").write_text(OWN_OPENING[lang] + "\n", encoding="utf-8")
    return LetterTexts(content)


@pytest.mark.parametrize(("kind", "language"), list(SUBJECT))
def test_a_site_s_own_opening_with_the_wait_has_it_said_once(tmp_path, kind, language):
    """A site's own promise.md or arrangement.md with {asked_to_wait} said the wait granted, and the confirmation's
    own paragraph said it again: the PDF read back says it once, in the opening, and still that this letter confirms
    it and that it changes nothing of the promise or the plan."""
    texts = _own_texts(tmp_path / "site")
    ledger = _ledger(tmp_path / "ledger", PROMISE if kind == LetterKind.PROMISE else PLAN, language=language)
    (due,) = _due(ledger)[1]
    claim = assess(ledger, ledger.debtors[0], DAY)
    opening = texts[(language, letter_view(ledger, claim, due, Channel.LETTER).opening)]
    view = letter_view(ledger, claim, due, Channel.LETTER).read_with(opening.named)
    read = flat(" ".join(pdf_text(render_pdf(view, opening.filled(view.text_values).blocks)[0]))).replace("\xa0", " ")
    assert read.count(GRANTED[language]) == 1, read
    assert read.index(GRANTED[language]) < read.index(CONFIRMED_NAMED[language]), read
    assert UNCHANGED[(kind, language)] in read and read.count(CONFIRMED_NAMED[language]) == 1
    # The shipped texts, which do not say it: once, in the letter's own paragraph.
    shipped = _read(ledger, due)
    assert " ".join(shipped.terms).count(GRANTED[language]) == 1
    assert CONFIRMED_NAMED[language] not in " ".join(shipped.terms)


@pytest.mark.parametrize("kind", [LetterKind.PROMISE, LetterKind.ARRANGEMENT])
def test_an_agreement_corrected_since_still_carried_the_wait(tmp_path, kind):
    """The promise's day or the plan's schedule corrected after the night both were confirmed in one letter: the
    corrected one is confirmed again on a later night, and the wait's row said it had its own letter on the first
    night (none was written). The record keeps the letter that said it."""
    agreement = PROMISE if kind == LetterKind.PROMISE else PLAN
    claim, _ = _due(_ledger(tmp_path / "first", agreement))
    seen = FirstSeen(seen_record([claim], NO_RECORD), built=DAY, complete=True)
    if kind == LetterKind.PROMISE:
        corrected = event(DAY, "promise", promised_date=date(2026, 5, 29))
    else:
        months = range(4, 10)
        corrected = event(
            DAY, "arrangement", installments=[{"due": date(2026, m, 1), "amount": "200.00"} for m in months]
        )
    later_day = DAY + timedelta(days=3)
    later, due = _due(_ledger(tmp_path / "corrected", corrected), later_day, seen)
    assert [(d.kind, d.wait) for d in due] == [(kind, None)]  # the correction confirmed; the wait not again
    assert wait_carried(later, seen) == kind
    assert waits_carried([later], seen) == {"D-1001": {("postpone", DAY): kind}}
    # And the night after, with the correction in the record too.
    after = FirstSeen(seen_record([later], seen), built=later_day, complete=True)
    next_night, _ = _due(_ledger(tmp_path / "corrected", corrected), later_day + timedelta(days=1), after)
    assert wait_carried(next_night, after) == kind


@pytest.mark.parametrize("kind", [LetterKind.PROMISE, LetterKind.ARRANGEMENT])
def test_the_dossier_says_the_letter_that_confirmed_the_wait_on_later_nights_too(tmp_path, kind):
    """s49: both entered before the night's build of their own day, confirmed in one letter that night. The dossier
    said where the wait was confirmed on that night only (confirmed_days: a record on the event's own date could be a
    first build's assumption); the record tells (no `unwritten:` day), so later nights say it, and the promise's or
    plan's row its letter of that night."""
    ledger = _ledger(tmp_path, PROMISE if kind == LetterKind.PROMISE else PLAN)
    claim, due = _due(ledger, DAY, FirstSeen({"D-1001": {}}, built=DAY - timedelta(days=1), complete=True))
    assert [(d.kind, d.wait is not None) for d in due] == [(kind, True)]
    seen = FirstSeen(seen_record([claim], NO_RECORD), built=DAY, complete=True)
    for night in (DAY + timedelta(days=1), DAY + timedelta(days=40)):
        later = assess(ledger, ledger.debtors[0], night)
        assert confirmed_days([later], seen) == {"D-1001": {("postpone", DAY): DAY, (kind.value, DAY): DAY}}
        assert waits_carried([later], seen) == {"D-1001": {("postpone", DAY): kind}}


def test_a_wait_a_first_build_found_already_there_is_not_said_confirmed(tmp_path):
    """The first build has the dossier days after both were entered: it writes no letter for either (history), and
    the dossier says so (`unwritten`), never that a letter confirmed them."""
    ledger = _ledger(tmp_path, PLAN)
    first = assess(ledger, ledger.debtors[0], DAY + timedelta(days=5))
    assert letters_due(first, NO_RECORD) == ()
    seen = FirstSeen(seen_record([first], NO_RECORD), built=DAY + timedelta(days=5), complete=True)
    later = assess(ledger, ledger.debtors[0], DAY + timedelta(days=6))
    assert confirmed_days([later], seen) == {}
    assert unwritten_days([later], seen)["D-1001"][("postpone", DAY)] == DAY + timedelta(days=5)


def test_a_wait_s_own_letter_on_its_day_is_said_on_later_nights_too(tmp_path):
    """The plan confirmed on its day, the wait asked the day after and confirmed in its own letter that night: the
    wait's row names that letter's day on later nights too (no longer "geen aparte brief", nor nothing)."""
    ledger = _ledger(tmp_path, PLAN, on=DAY + timedelta(days=1))
    claim, _ = _due(ledger, DAY)
    seen = FirstSeen(seen_record([claim], NO_RECORD), built=DAY, complete=True)
    night, due = _due(ledger, DAY + timedelta(days=1), seen)
    assert [d.kind for d in due] == [LetterKind.PAUSE]
    after = FirstSeen(seen_record([night], seen), built=DAY + timedelta(days=1), complete=True)
    later = assess(ledger, ledger.debtors[0], DAY + timedelta(days=2))
    assert confirmed_days([later], after)["D-1001"] == {("postpone", DAY + timedelta(days=1)): DAY + timedelta(days=1)}
    assert waits_carried([later], after) == {}


OWN_PAUSE = {
    "nl": "{asked_to_wait}\n\nDit bevestigen wij in {this_letter}. Hieronder leest u wat het wachten betekent en wat er "
    "daarna gebeurt. Heeft u vragen over het wachten? Bel dan Sanne.\n",
    "en": "We are glad your counsellor is helping you.\n\n{this_letter} confirms it. Below you can read what the wait "
    "means and what happens after it.\n",
}
OWN_SAID = {
    "nl": "Heeft u vragen over het wachten? Bel dan Sanne.",
    "en": "We are glad your counsellor is helping you.",
}


@pytest.mark.parametrize(("kind", "language"), list(SUBJECT))
def test_a_site_s_own_pause_text_is_said_in_the_letter_that_confirms_the_wait_too(tmp_path, kind, language):
    """s49: a site's own pause.md was not used when a promise's or a plan's confirmation confirms the wait too. Its
    words are said below the opening, without what only the wait's own letter says of itself as shipped ("Dit
    bevestigen wij in deze brief. Hieronder leest u ..."); the wait granted once, in its text when it names
    {asked_to_wait}, else in the letter's own paragraph; the shipped pause.md adds nothing."""
    folder = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    (folder / language / "pause.md").write_text(OWN_PAUSE[language], encoding="utf-8")
    texts = LetterTexts(folder)
    ledger = _ledger(tmp_path / "ledger", PROMISE if kind == LetterKind.PROMISE else PLAN, language=language)
    (due,) = _due(ledger)[1]
    claim = assess(ledger, ledger.debtors[0], DAY)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    opening = texts.opening(language, view.opening, wait_too=True)
    view = view.read_with(opening.named)
    read = flat(" ".join(pdf_text(render_pdf(view, opening.filled(view.text_values).blocks)[0]))).replace("\xa0", " ")
    assert OWN_SAID[language] in read, read
    assert read.count(GRANTED[language]) == 1, read
    for shipped in ("Dit bevestigen wij", "Hieronder leest u", "confirms it", "Below you can read"):
        assert shipped not in read, read
    assert read.count(CONFIRMED_NAMED[language] if language == "nl" else WAIT["en"].split(". ")[-1]) == 1, read
    # Not in a letter that confirms no wait; and the shipped pause.md adds nothing to either.
    assert texts.opening(language, view.opening) == texts[(language, view.opening)]
    assert TEXTS.opening(language, view.opening, wait_too=True) == TEXTS[(language, view.opening)]


OWN_PAUSE_NAMED = {
    "nl": "{asked_to_wait} Heeft u vragen over het wachten? Bel dan Sanne.\n",
    "en": "{asked_to_wait} If you have questions about the wait, please call Sanne.\n",
}
OWN_PAUSE_SAID = {
    "nl": "Heeft u vragen over het wachten? Bel dan Sanne.",
    "en": "If you have questions about the wait, please call Sanne.",
}


@pytest.mark.parametrize(("kind", "language"), list(SUBJECT))
def test_a_site_s_own_opening_and_pause_text_both_naming_the_wait_say_it_once(tmp_path, kind, language):
    """s49: a site's own promise.md (or arrangement.md) and its own pause.md, each with {asked_to_wait}: the combined
    confirmation said the wait granted twice, in the opening and again at the top of the pause text below it. Said
    in the opening (read first); the pause text's own words stay, and the wait's own letter keeps its
    {asked_to_wait}."""
    texts_folder = tmp_path / "site"
    _own_texts(texts_folder)
    (texts_folder / "letters" / language / "pause.md").write_text(OWN_PAUSE_NAMED[language], encoding="utf-8")
    texts = LetterTexts(texts_folder / "letters")
    ledger = _ledger(tmp_path / "ledger", PROMISE if kind == LetterKind.PROMISE else PLAN, language=language)
    (due,) = _due(ledger)[1]
    claim = assess(ledger, ledger.debtors[0], DAY)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    opening = texts.opening(language, view.opening, wait_too=True)
    view = view.read_with(opening.named)
    read = flat(" ".join(pdf_text(render_pdf(view, opening.filled(view.text_values).blocks)[0]))).replace("\xa0", " ")
    assert read.count(GRANTED[language]) == 1, read
    assert read.index(OWN_OPENING[language].split(". ")[0]) < read.index(GRANTED[language]), read
    assert read.index(GRANTED[language]) < read.index(OWN_PAUSE_SAID[language]), read
    assert read.count(CONFIRMED_NAMED[language]) == 1, read
    # The wait's own letter still says it, from its own text.
    assert "asked_to_wait" in texts[(language, LetterKind.PAUSE)].named
