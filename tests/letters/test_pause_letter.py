"""s47: the letter confirming a wait the debtor or their counsellor asked for (`postpone` with `asked_by`, the letter
kind `pause`). A counsellor who asked by phone had nothing on paper: the page said the wait, no letter did. The
letter is due on the first build that sees the postpone while it holds a step back, once (confirmations.json keeps it
by its date, `until` and `asked_by`); staff's own postpone gets none. It opens with the page's sentence of the wait,
by role, then says what holds meanwhile: a final notice's term running on, a plan or promise standing, the step after
the wait, the interest (only when it runs), and how to pay. Read from the view model, its opening filled in from the
shipped text (the PDF read back: tests/site/test_pause_letter_build.py and the letters fixture's L-PAUSE)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, FirstSeen, LetterKind, letters_due, seen_record
from incasso.letters.view import letter_view
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger
from tests.support.site import REPO

ASKED = date(2026, 3, 12)
UNTIL = date(2026, 7, 1)  # the wait's last day is 30 June
STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
NOTICE = event(date(2026, 3, 2), "final_notice", channel="letter", costs=Decimal("187.50"))
PROMISE = event(date(2026, 3, 10), "promise", promised_date=date(2026, 5, 15))
PLAN = event(
    date(2026, 3, 10),
    "arrangement",
    installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)],
)
TEXTS = LetterTexts(REPO / "content" / "letters")
WAIT = {
    ("counsellor", "nl"): "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 "
    "juni 2026 geen volgende stap.",
    ("counsellor", "en"): "Your debt counsellor asked us to wait. So we will take no further step up to and including "
    "30 June 2026.",
    ("debtor", "nl"): "U heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 geen volgende "
    "stap.",
    ("administrator", "nl"): "Uw bewindvoerder heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni "
    "2026 geen volgende stap.",
}
REPRESENTATIVES = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR}


def _ledger(tmp_path, *, asker="counsellor", language="nl", events=(), interest="statutory", until=UNTIL, **pause):
    postpone = event(ASKED, "postpone", until=until, reason="Inventarisatie van de schulden", **pause)
    if asker is not None and "asked_by" not in pause:
        postpone["asked_by"] = "debtor" if asker == "debtor" else "representative"
    acts = {"representative": {**REPRESENTATIVES[asker], "since": "2026-03-01"}} if asker in REPRESENTATIVES else {}
    return one_debtor_ledger(tmp_path, interest=interest, language=language, events=[*STEPS, *events, postpone], **acts)


def _pause_due(ledger, as_of=ASKED, seen=NO_RECORD):
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, [d for d in letters_due(claim, seen) if d.kind == LetterKind.PAUSE]


def _read(ledger, form=Channel.LETTER, texts=TEXTS):
    """The letter as a debtor reads it: its opening filled in, its own paragraph, what comes next."""
    claim, (due,) = _pause_due(ledger)
    view = letter_view(ledger, claim, due, form)
    opening = texts[(view.lang, view.opening)]
    view = view.read_with(opening.named)
    return view, [line for _, line in opening.filled(view.text_values).blocks]


@pytest.mark.parametrize(("asker", "language"), list(WAIT))
def test_the_letter_opens_with_the_wait_granted_by_role_and_its_last_day(tmp_path, asker, language):
    view, opening = _read(_ledger(tmp_path, asker=asker, language=language))
    assert opening[0] == WAIT[(asker, language)]
    day = "30 juni 2026" if language == "nl" else "30 June 2026"
    assert day in view.subject and view.subject in view.email_subject
    everything = " ".join([*opening, *view.terms, *view.next_steps.lines, view.subject])
    for private in ("Schuldhulp Utrecht", "Jan Smit", "Inventarisatie", "Bewindvoering Domstad"):
        assert private not in everything  # by role only, and staff's reason stays theirs


def test_the_step_comes_only_after_the_wait_and_the_interest_runs_meanwhile(tmp_path):
    view, _ = _read(_ledger(tmp_path))
    said = " ".join(view.next_steps.lines)
    assert "Pas na 30 juni 2026 sturen wij u een laatste brief (sommatie)." in said, said
    assert "loopt de rente door" in said
    assert view.terms == ()  # no term of a final notice runs: nothing of its own
    assert view.pay is not None and view.pay.fields[0][1] == view.lead.amount  # how to pay: what the box asks
    assert not [line for line in view.next_steps.lines if "gevraagd om te wachten" in line]  # said once, above


def test_without_interest_the_letter_says_none_runs(tmp_path):
    view, _ = _read(_ledger(tmp_path, interest="none"))
    assert "rente" not in " ".join(view.next_steps.lines)


def test_a_final_notice_s_term_runs_on_with_its_costs(tmp_path):
    view, _ = _read(_ledger(tmp_path, events=[NOTICE]))
    assert view.terms == (
        "De termijn van onze laatste brief (sommatie) loopt wel gewoon door, met de incassokosten daarna.",
    )
    said = " ".join(" ".join(view.next_steps.lines).split())  # the amounts' no-break spaces read as spaces
    assert "Dan rekenen wij vanaf 19 maart 2026 incassokosten van EUR 187,50." in said, said
    assert "Pas na 30 juni 2026 kunnen wij uw dossier overdragen aan een incassobureau." in said
    assert view.lead.by == "Betaal uiterlijk 18 maart 2026"  # the term's last day, as the page's top


def test_a_plan_stands_with_its_instalments_in_a_table(tmp_path):
    view, _ = _read(_ledger(tmp_path, events=[PLAN], language="en"))
    said = " ".join(view.next_steps.lines)
    assert "The wait does not change your payment plan: the instalments stay due on the agreed days." in said
    assert "we will remind you of it only after 30 June 2026" in said
    assert view.plan is not None and [row[1] for row in view.plan.rows][:2] == ["1 Apr 2026", "1 May 2026"]
    assert view.lead.amount == "EUR\xa0250.00"  # the next instalment, as the page asks it


def test_a_promise_stands_and_a_miss_brings_the_step_only_after_the_wait(tmp_path):
    view, _ = _read(_ledger(tmp_path, events=[PROMISE]))
    said = " ".join(view.next_steps.lines)
    assert "Het wachten verandert niets aan uw toezegging om uiterlijk 15 mei 2026 te betalen." in said
    assert "wij sturen u een laatste brief (sommatie), maar pas na 30 juni 2026." in said


def test_an_administrator_s_wait_goes_to_the_administrator(tmp_path):
    view, opening = _read(_ledger(tmp_path, asker="administrator"))
    assert opening[0] == WAIT[("administrator", "nl")]
    assert any("Bewindvoering Domstad" in line for line in view.recipient), view.recipient


def test_staff_s_own_postpone_gets_no_letter(tmp_path):
    assert _pause_due(_ledger(tmp_path, asker=None))[1] == []


def test_a_wait_already_over_when_first_seen_gets_no_letter(tmp_path):
    ledger = _ledger(tmp_path, until=ASKED + timedelta(days=1))
    assert _pause_due(ledger, as_of=ASKED + timedelta(days=1))[1] == []


def test_it_is_sent_once_and_again_only_for_a_wait_granted_anew(tmp_path):
    ledger = _ledger(tmp_path)
    claim, due = _pause_due(ledger)
    assert len(due) == 1
    seen = FirstSeen(seen_record([claim], NO_RECORD), built=ASKED, complete=True)
    tomorrow = ASKED + timedelta(days=1)
    assert _pause_due(ledger, tomorrow, seen)[1] == []  # the next build does not send it again
    assert len(_pause_due(ledger, ASKED, seen)[1]) == 1  # a second build the same day writes it again (marked)
    longer = _ledger(tmp_path / "longer", until=date(2026, 9, 1))  # the wait made longer: a new one to confirm
    assert len(_pause_due(longer, tomorrow, seen)[1]) == 1


def test_a_site_s_own_opening_without_the_wait_gets_it_in_the_letter_s_own_paragraph(tmp_path):
    content = tmp_path / "letters"
    for lang in ("nl", "en"):
        (content / lang).mkdir(parents=True)
        for shipped in (REPO / "content" / "letters" / lang).glob("*.md"):
            (content / lang / shipped.name).write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
        (content / lang / "pause.md").write_text("Wij hebben uw verzoek ontvangen.\n", encoding="utf-8")
    view, opening = _read(_ledger(tmp_path, events=[NOTICE]), texts=LetterTexts(content))
    assert opening == ["Wij hebben uw verzoek ontvangen."]
    assert view.terms == (
        f"{WAIT[('counsellor', 'nl')]} De termijn van onze laatste brief (sommatie) loopt wel gewoon door, met de "
        "incassokosten daarna.",
    )


def test_a_site_whose_letters_were_copied_before_it_existed_uses_the_shipped_text(tmp_path):
    content = tmp_path / "letters"
    for lang in ("nl", "en"):
        (content / lang).mkdir(parents=True)
        for shipped in (REPO / "content" / "letters" / lang).glob("*.md"):
            if shipped.stem != "pause":
                (content / lang / shipped.name).write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    _, opening = _read(_ledger(tmp_path), texts=LetterTexts(content))
    assert opening[0] == WAIT[("counsellor", "nl")]


@pytest.mark.parametrize(
    ("language", "missed", "rest"),
    [
        (
            "nl",
            "Betaalt u een termijn niet, ook de laatste van 1 augustus 2026? Dan sturen wij u daarover pas na 30 "
            "september 2026 een herinnering.",
            "Voor dat kleine bedrag krijgt u na 30 september 2026 een vriendelijke herinnering, met het precieze "
            "bedrag.",
        ),
        (
            "en",
            "If you miss an instalment, even the last of 1 August 2026, we will remind you only after "
            "30 September 2026.",
            "For that small amount you will get a friendly reminder after 30 September 2026, with the exact amount.",
        ),
    ],
)
def test_a_wait_outlasting_the_plan_is_said_as_holding_any_miss_and_the_rest_s_letter(tmp_path, language, missed, rest):
    """s48: the wait ends after the plan's last instalment (1 August): the letter named only the next instalment's
    miss, and said the rest's friendly reminder comes "daarna", where the wait holds it back to October."""
    view, _ = _read(_ledger(tmp_path, events=[PLAN], language=language, until=date(2026, 10, 1)))
    said = " ".join(view.next_steps.lines)
    assert missed in said and rest in said, said
