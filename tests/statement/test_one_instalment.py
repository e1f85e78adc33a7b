"""A plan with one instalment left to pay, or a plan of one, speaks of it in the singular: on the page (the message,
what happens next, the plan's table, the way out) and in the letters of the same night (the plan's confirmation,
the reminder of a missed instalment), posted or e-mailed, in Dutch and English. Words that name the whole plan's
schedule ("U betaalt in twee termijnen", the table's heading) stay plural where the plan has more than one.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026. The plans are agreed on
Tuesday 10 March 2026.
"""

import dataclasses
import re
import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import message_fallback, statement_view
from tests.support.ledgers import event, one_debtor_ledger, payment
from tests.support.site import REPO

AGREED = date(2026, 3, 10)
CONTENT = REPO / "content"
PLURAL = {"nl": re.compile(r"termijnen", re.I), "en": re.compile(r"instalments", re.I)}
# Words naming the whole plan's schedule: right in the plural of a plan of more than one instalment.
SCHEDULE = {
    "nl": re.compile(
        r"^(Uw termijnen|Termijnen van uw betalingsregeling.*|.*U betaalt (in )?\w+ termijnen, samen.*"
        r"|Dan heeft u alle termijnen van uw regeling betaald\.)$"
    ),
    "en": re.compile(r"^(Your instalments|Instalments of your payment plan.*|.*You pay (in )?\w+ instalments.*)$"),
}


def _plan(installments, channel):
    return event(AGREED, "arrangement", installments=installments, channel=channel)


# name: (instalments, payments, the day read, the letter's kind, interest)
SCENARIOS = {
    # A plan of one, confirmed: the interest it leaves (until its day) said too.
    "one": ([{"due": date(2026, 3, 31), "amount": 1250}], [], AGREED, "arrangement", "statutory"),
    # A plan of one of part of the amount, with interest and without: what it leaves after it.
    "one_of_part_interest": ([{"due": date(2026, 3, 31), "amount": 1000}], [], AGREED, "arrangement", "statutory"),
    "one_of_part": ([{"due": date(2026, 3, 31), "amount": 1000}], [], AGREED, "arrangement", "none"),
    # Two, the first paid on the day the plan is agreed: one left to pay.
    "two_one_paid": (
        [{"due": AGREED, "amount": 625}, {"due": date(2026, 3, 31), "amount": 625}],
        [payment(date=AGREED, amount="625.00")],
        AGREED,
        "arrangement",
        "statutory",
    ),
    # A plan of one, its instalment missed: its reminder.
    "one_missed": ([{"due": date(2026, 3, 16), "amount": 1250}], [], date(2026, 3, 24), "installment_reminder", "none"),
    # Two, the first paid, the second missed: its reminder, the last of the plan.
    "two_second_missed": (
        [{"due": date(2026, 3, 12), "amount": 625}, {"due": date(2026, 3, 16), "amount": 625}],
        [payment(date=date(2026, 3, 12), amount="625.00")],
        date(2026, 3, 24),
        "installment_reminder",
        "none",
    ),
    # Three, the first paid, the second missed: one still to come after it ("uw volgende termijn").
    "three_one_to_come": (
        [
            {"due": date(2026, 3, 12), "amount": 400},
            {"due": date(2026, 3, 16), "amount": 400},
            {"due": date(2026, 4, 30), "amount": 450},
        ],
        [payment(date=date(2026, 3, 12), amount="400.00")],
        date(2026, 3, 24),
        "installment_reminder",
        "none",
    ),
}


def _strings(value) -> list[str]:
    """Every text a view holds, field by field."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _sentences(texts) -> list[str]:
    return [s.strip() for t in texts for s in re.split(r"(?<=[.?!:])\s+|\n+", t) if s.strip()]


def _read(tmp_path, name, language, channel):
    installments, payments, day, kind, interest = SCENARIOS[name]
    ledger = one_debtor_ledger(
        tmp_path, interest=interest, events=[_plan(installments, channel)], payments=payments, language=language
    )
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == kind]
    form = Channel.EMAIL if channel == "email" else Channel.LETTER
    letter = letter_view(ledger, claim, due, form)
    page = statement_view(claim, ledger)
    message = (CONTENT / "messages" / language / f"{page.message_key}.md").read_text(encoding="utf-8")
    opening = (CONTENT / "letters" / language / f"{letter.opening}.md").read_text(encoding="utf-8")
    return claim, letter, page, [*_strings(letter), opening], [*_strings(page), message]


@pytest.mark.parametrize("channel", ["letter", "email"])
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", [name for name in SCENARIOS if name != "three_one_to_come"])
def test_one_instalment_left_is_spoken_of_in_the_singular(tmp_path, name, language, channel):
    """It said "Uw termijnen dekken niet alles: betaalt u ze allemaal op tijd", "Zolang u de termijnen op tijd
    betaalt", "welke termijnen u al heeft betaald", "uw volgende termijnen blijven zoals afgesproken" (and the
    English alike) of a plan with one instalment to pay; a plan of one named its schedule "Uw termijnen"."""
    claim, _, _, letter, page = _read(tmp_path, name, language, channel)
    whole = len(claim.plan.installments)
    plural = [s for s in _sentences([*letter, *page]) if PLURAL[language].search(s)]
    wrong = [s for s in plural if whole == 1 or not SCHEDULE[language].match(s)]
    assert wrong == [], wrong


SAID = {  # a sentence of each scenario, as it reads now
    ("one", "nl"): "Betaalt u uw termijn op tijd, dan staat er na die termijn (31 maart 2026) naar verwachting nog "
    "EUR\xa07,53 open.",
    ("one", "en"): "If you pay your instalment on time, about EUR\xa07.53 will still be open after it (31 March 2026).",
    ("one_of_part_interest", "nl"): "Uw termijn dekt niet alles. Betaalt u die op tijd? Dan staat er na die termijn, "
    "op 31 maart 2026, naar verwachting nog",
    ("one_of_part_interest", "en"): "Your instalment does not cover everything. If you pay it on time, about",
    ("one_of_part", "nl"): "Uw termijn dekt niet alles. Na die termijn, op 31 maart 2026, staat er nog EUR\xa0250,00 "
    "open.",
    ("one_of_part", "en"): "Your instalment does not cover everything. After it, on 31 March 2026, EUR\xa0250.00 will "
    "still be open.",
    ("two_one_paid", "nl"): "Betaalt u de termijn op tijd, dan sturen wij u geen herinneringen of aanmaningen.",
    ("two_one_paid", "en"): "If you pay the instalment on time, we will not send you reminders or other payment "
    "letters.",
    ("one_missed", "nl"): "Dan is uw regeling helemaal betaald.",
    ("one_missed", "en"): "Your plan is then paid in full.",
    ("two_second_missed", "nl"): "Dan heeft u alle termijnen van uw regeling betaald.",
    ("two_second_missed", "en"): "You will then have paid every instalment of your plan.",
    ("three_one_to_come", "nl"): "Dan loopt uw regeling gewoon door, en uw volgende termijn blijft zoals afgesproken.",
    ("three_one_to_come", "en"): "Your plan then simply continues, and your next instalment stays as agreed.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_singular_reads_naturally(tmp_path, name, language):
    _, _, _, letter, page = _read(tmp_path, name, language, "letter")
    assert any(SAID[name, language] in t for t in letter), letter


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_of_one_instalment_left_names_it_alone(tmp_path, language):
    """The message (`arrangement_single`, falling back to `arrangement` on a site without it), what happens next, the
    table's caption and the way out, of a plan of two with one paid."""
    claim, _, page, _, _ = _read(tmp_path, "two_one_paid", language, "letter")
    assert page.message_key == "arrangement_single"
    assert message_fallback(claim, "arrangement_single") == "arrangement"
    nxt = {
        "nl": "Uw termijn is EUR\xa0625,00, uiterlijk 31 maart 2026. Betaalt u die op tijd, dan sturen wij u geen "
        "herinneringen of aanmaningen.",
        "en": "Your instalment is EUR\xa0625.00, by 31 March 2026. If you pay it on time, we will not send you "
        "reminders or other payment letters.",
    }
    assert page.next_steps[0] == nxt[language]
    # The schedule of two keeps its plural caption; a plan of one's is singular.
    assert page.plan.caption.startswith({"nl": "Termijnen van", "en": "Instalments of"}[language])
    one, _, one_page, _, _ = _read(tmp_path / "one", "one", language, "letter")
    assert one_page.plan.caption.startswith({"nl": "Termijn van", "en": "Instalment of"}[language])


def test_the_count_is_the_instalments_still_to_pay_or_the_whole_plan_s(tmp_path):
    from incasso.statement.tables import instalment_key

    claim, _, _, _, _ = _read(tmp_path, "two_one_paid", "nl", "letter")
    assert instalment_key(claim, "plan_rest") == "plan_rest_single"  # one left to pay
    assert instalment_key(claim, "h_plan", counting="all") == "h_plan"  # a schedule of two
    three, _, _, _, _ = _read(tmp_path / "3", "three_one_to_come", "nl", "letter")
    assert instalment_key(three, "plan_rest") == "plan_rest"  # two left: the missed one and the last
    assert instalment_key(three, "installment_pay", counting="upcoming") == "installment_pay_single"


KEPT_ONE = {
    "nl": "Dank u wel: u heeft de termijn van uw betalingsregeling betaald. Er staat nog EUR\xa0250,00 open.",
    "en": "Thank you: you paid the instalment of your payment plan. EUR\xa0250.00 is still open.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_one_kept_thanks_for_its_instalment(tmp_path, language):
    """A plan of one instalment of 1000.00 of the 1250.00, paid: the page thanked "u heeft alle termijnen van uw
    betalingsregeling betaald" ("all the instalments"), in its top and its message (`plan_kept_single`, falling back
    to `plan_kept` on a site without it)."""
    plan = _plan([{"due": date(2026, 3, 20), "amount": 1000}], "letter")
    events = [event(date(2026, 2, 10), "reminder"), event(date(2026, 2, 24), "dunning"), plan]
    paid = [payment(date=date(2026, 3, 18), amount="1000.00")]
    ledger = one_debtor_ledger(tmp_path, events=events, payments=paid, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 24))
    page = statement_view(claim, ledger)
    assert page.message_key == "plan_kept_single"
    assert message_fallback(claim, "plan_kept_single") == "plan_kept"
    assert page.summary.lines[0].startswith(KEPT_ONE[language]), page.summary.lines
    message = (CONTENT / "messages" / language / "plan_kept_single.md").read_text(encoding="utf-8")
    assert not PLURAL[language].search(message)
    # The letter for the rest opens as after any plan kept: no "Misschien is het u ontschoten" above the thanks.
    (due,) = letters_due(claim, NO_RECORD)
    assert letter_view(ledger, claim, due, Channel.LETTER).opening == "reminder_rest"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_beside_a_missed_instalment_one_still_to_come_is_the_next_one(tmp_path, language):
    """The interest line of a plan with one instalment still to come after the missed one (tables.instalment_key,
    counting upcoming) said "the missed instalment now and the others on time" in English: "the next one" (of two
    missed: tests/statement/test_steps.py)."""
    installments = [
        {"due": date(2026, 3, 12), "amount": 400},
        {"due": date(2026, 3, 16), "amount": 400},
        {"due": date(2026, 9, 30), "amount": 450},
    ]
    paid = [payment(date=date(2026, 3, 12), amount="400.00")]
    plan = _plan(installments, "letter")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[plan], payments=paid, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 24))
    words = {
        "nl": "Betaalt u de gemiste termijn nu en de volgende op tijd?",
        "en": "If you pay the missed one now and the next one on time,",
    }[language]
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == "installment_reminder"]
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    page = statement_view(claim, ledger)
    for texts in (page.next_steps, _strings(letter)):
        assert any(words in t for t in texts), texts


NEXT = {
    "nl": re.compile(r"volgende termijn|termijn 1\b", re.I),
    "en": re.compile(r"next instalment|instalment 1\b", re.I),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", ["one", "one_of_part", "one_missed"])
def test_a_plan_of_one_names_its_instalment_as_the_only_one(tmp_path, name, language):
    """The box said "Volgende termijn", the payment note "uw volgende termijn", the reminder's subject "Herinnering:
    een termijn van uw betalingsregeling" of a plan of one (tables.instalment_key, counting all); a plan of two keeps
    them (test_the_page_of_one_instalment_left_names_it_alone)."""
    _, letter_view_, page_view, letter, page = _read(tmp_path, name, language, "letter")
    assert [s for s in _sentences([*letter, *page]) if NEXT[language].search(s)] == []
    if name == "one":
        assert page_view.summary.label == {"nl": "Uw termijn", "en": "Your instalment"}[language]
        note = {
            "nl": "Er staat nu geen termijn open. Het bedrag om over te maken is uw termijn: ",
            "en": "No instalment is due right now. The amount to transfer is your instalment: ",
        }
        assert page_view.pay.note.startswith(note[language])
    if name == "one_missed":
        subject = {
            "nl": "Herinnering: de termijn van uw betalingsregeling",
            "en": "Reminder: the instalment of your payment plan",
        }
        assert letter_view_.subject == subject[language]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_one_due_before_its_confirmation_arrives_is_asked_as_your_instalment(tmp_path, language):
    """Agreed on 10 March with its one instalment that day, confirmed by post: the letter and the page said "De
    afgesproken dag voor termijn 1" of the only one."""
    ledger = one_debtor_ledger(tmp_path, events=[_plan([{"due": AGREED, "amount": 1250}], "letter")], language=language)
    claim = assess(ledger, ledger.debtors[0], AGREED)
    (due,) = letters_due(claim, NO_RECORD)
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    page = statement_view(claim, ledger)
    said = {
        "nl": "De afgesproken dag voor uw termijn (EUR\xa01.250,00) is 10 maart 2026. Heeft u die termijn nog niet "
        "betaald",
        "en": "The agreed day for your instalment (EUR\xa01,250.00) is 10 March 2026. If you have not paid it yet",
    }[language]
    assert any(t.startswith(said) for t in letter.terms), letter.terms
    assert any(t.startswith(said) for t in page.next_steps), page.next_steps
    assert not [s for s in _sentences([*_strings(letter), *_strings(page)]) if NEXT[language].search(s)]


ONE_MISSED_OPENS = {
    "nl": "Volgens onze administratie is de termijn van uw betalingsregeling nog niet betaald.",
    "en": "According to our records, the instalment of your payment plan has not been paid.",
}
ONE_MISSED_LEAD = {
    "nl": "De termijn van uw betalingsregeling staat nog open.",
    "en": "The instalment of your payment plan is overdue.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_of_a_plan_of_one_names_the_instalment_not_one_of_several(tmp_path, language):
    """A plan of one, its instalment missed: the reminder opened "Volgens onze administratie is een termijn van uw
    betalingsregeling nog niet (helemaal) betaald" ("an instalment") and the box, on the page and in the letter,
    said "Er staat een termijn van uw betalingsregeling open", as if the plan had more. The reminder opens with
    `installment_reminder_single` (tables.instalment_key, counting all, as its subject); a site without that text
    writes installment_reminder.md as before."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    claim, letter, page, _, _ = _read(tmp_path, "one_missed", language, "letter")
    assert letter.opening == "installment_reminder_single"
    texts = LetterTexts(CONTENT / "letters")
    blocks = texts[(language, letter.opening)].filled(letter.text_values).blocks
    assert blocks[0][1].startswith(ONE_MISSED_OPENS[language]), blocks
    assert not re.search(r"\b(een termijn|an instalment)\b", " ".join(b[1] for b in blocks), re.I), blocks
    old_site = tmp_path / "old-site"
    shutil.copytree(CONTENT / "letters", old_site)
    for lang in ("nl", "en"):
        (old_site / lang / "installment_reminder_single.md").unlink()
    old = LetterTexts(old_site)[(language, letter.opening)].filled(letter.text_values).blocks
    assert old == texts[(language, "installment_reminder")].filled(letter.text_values).blocks
    assert ONE_MISSED_LEAD[language] in page.summary.lines, page.summary.lines
    assert ONE_MISSED_LEAD[language] in letter.lead.lines, letter.lead.lines
    # A plan of three with one missed keeps "een termijn": one of several.
    _, three, three_page, _, _ = _read(tmp_path / "3", "three_one_to_come", language, "letter")
    assert three.opening == "installment_reminder"
    assert ONE_MISSED_LEAD[language] not in three_page.summary.lines


CANNOT_PAY = {"nl": re.compile(r"Lukt (het|een termijn)\b.*\bniet\b"), "en": re.compile(r"\bcannot pay\b|If you can")}


@pytest.mark.parametrize("channel", ["letter", "email"])
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", ["one", "two_one_paid"])
def test_the_plan_s_confirmation_says_once_what_to_do_if_the_instalment_cannot_be_paid(
    tmp_path, name, language, channel
):
    """The confirmation of a plan of one said "Lukt het niet om de termijn (op tijd) te betalen?" three times: in its
    opening, in what follows a missed instalment ("Lukt het niet om de termijn te betalen, neem dan vóór de datum
    contact met ons op") and in its way out. It says it once, in the way out, in the plan's number."""
    _, letter, _, texts, _ = _read(tmp_path, name, language, channel)
    said = [s for s in _sentences(texts) if CANNOT_PAY[language].search(s)]
    assert len(said) == 1, said
    assert not PLURAL[language].search(said[0]), said


NOT_PAID = {
    "nl": re.compile(r"niet \(helemaal\) betaald|is nog niet betaald|^Te laat$"),
    "en": re.compile(r"been paid|overdue|^Late$", re.I),
}
# Its day gone by when the page is read: said in the past, and why it is not late (s52).
ASKED_BY_THE_TERM = {
    "nl": "De afgesproken dag voor termijn 1 (EUR\xa0500,00) was 9 maart 2026. U krijgt onze bevestiging van de regeling "
    "te laat om op die dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan ",
    "en": "The agreed day for instalment 1 (EUR\xa0500.00) was 9 March 2026. You receive our confirmation of the plan "
    "too late to pay on that day. If you have not paid it yet, please pay it ",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_instalment_the_posted_confirmation_asks_by_the_term_s_last_day_is_not_called_unpaid_until_then(
    tmp_path, language
):
    """A final notice posted on Sunday 1 March 2026 (its term's last day the 18th); a plan of two agreed on Friday the
    6th, its confirmation posted, arriving on the 10th, after the first instalment's day (the 9th): the letter asks
    it "uiterlijk 18 maart 2026". On the 13th the page said "Een termijn van uw betalingsregeling is niet (helemaal)
    betaald" and "De termijn van 9 maart 2026 is nog niet betaald": true, but read against the letter as a
    contradiction. Until the 18th it says what the letter says: still to pay by that day; from the 19th, missed."""
    notice = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 10), "dunning"),
        event(date(2026, 3, 1), "final_notice", channel="letter"),
    ]
    installments = [{"due": date(2026, 3, 9), "amount": 500}, {"due": date(2026, 4, 9), "amount": 750}]
    plan = event(date(2026, 3, 6), "arrangement", installments=installments, channel="letter")
    ledger = one_debtor_ledger(tmp_path, events=[*notice, plan], language=language)
    for as_of in (date(2026, 3, 13), date(2026, 3, 18)):
        claim = assess(ledger, ledger.debtors[0], as_of)
        page = statement_view(claim, ledger)
        said = [*_strings(page.summary), *page.next_steps, *_strings(page.plan)]
        assert [s for s in said if NOT_PAID[language].search(s)] == [], said
        assert page.message_key == "arrangement"
        assert page.next_steps[0].startswith(ASKED_BY_THE_TERM[language]), page.next_steps
        assert {"nl": "18 maart 2026", "en": "18 March 2026"}[language] in page.next_steps[0]  # as the letter
    missed = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 19)), ledger)
    assert missed.message_key == "plan_missed"


WAY_OUT = {
    "nl": re.compile(r"Lukt het (een keer )?niet om (die|de|een) termijn"),
    "en": re.compile(r"If you cannot pay"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_of_one_instalment_left_says_what_to_do_if_it_cannot_be_paid_once(tmp_path, language):
    """The message (`arrangement_single`) ended "Lukt het niet om die termijn te betalen? Neem dan zo snel mogelijk
    contact met ons op", and the way out below ("Uw betalingsregeling aanpassen") said "Lukt het niet om de termijn te
    betalen zoals afgesproken? Neem dan zo snel mogelijk contact met ons op": the way out says it, once."""
    _, _, page, _, texts = _read(tmp_path, "two_one_paid", language, "letter")
    assert page.message_key == "arrangement_single"
    said = [s for s in _sentences(texts) if WAY_OUT[language].search(s)]
    assert len(said) == 1, said


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("paid", "key"),
    [([], "plan_missed_single"), ([payment(date=date(2026, 3, 16), amount="250.00")], "plan_missed_single_part")],
    ids=["nothing_paid", "part_paid"],
)
def test_the_page_of_a_plan_of_one_missed_names_its_instalment_as_the_only_one(tmp_path, language, paid, key):
    """A plan of one, its instalment missed (in part or whole): the page's message said "Een termijn van uw
    betalingsregeling is niet betaald" ("An instalment"), as if the plan had more. It is `plan_missed_single`
    (`_part`), falling back to `plan_missed` (`_part`) on a site without it."""
    plan = _plan([{"due": date(2026, 3, 16), "amount": 1250}], "letter")
    ledger = one_debtor_ledger(tmp_path, interest="none", events=[plan], payments=paid, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 24))
    page = statement_view(claim, ledger)
    assert page.message_key == key
    assert message_fallback(claim, key) == key.replace("_single", "")
    message = (CONTENT / "messages" / language / f"{key}.md").read_text(encoding="utf-8")
    assert not re.search(r"\b(een termijn|an instalment)\b", message, re.I), message
    assert not PLURAL[language].search(message), message
