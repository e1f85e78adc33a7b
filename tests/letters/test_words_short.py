"""The letters' own sentences (incasso.letters.words: costs lines, terms, confirmations, ...) in short sentences, as
the page's labels and the letters' opening texts (tests/statement/test_texts_short.py,
tests/letters/test_texts_short.py): at most 21 words, a quote of the law's wording (in “ ”) excepted. s44: some 20
Dutch and 25 English ran over it, the final notice's costs sentence to 25 words. Each sentence is filled twice:
with the values a usual letter gives, and with the longest each value can take (the longest step, notice, term,
three missed instalments), since a letter is read by someone under stress, often on a phone."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from incasso.law.tables import COST_BASIS, COST_BASIS_EN
from incasso.ledger.model import CreditNote, Language
from incasso.ledger.problems import Source
from incasso.letters.view import credit_note_line
from incasso.letters.words import WORDS, text
from incasso.statement.labels import LABELS, invoices_named, listed
from incasso.statement.labels import text as label

MOST = 21
# A missed promise's sentence is the page's (statement.labels promise_next: the letter and the page say the same, as
# tests/letters/test_view.py checks), so the page's test holds it with every step a missed promise leads to; filled at
# its longest here only with the step the letter alone says, a handover held back by the final notice's term.
PAGE_SAID = {"promise_missed", "promise_missed_least"}
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“])")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
_AMOUNTS = (
    "amount",
    "asked",
    "costs",
    "left",
    "open",
    "owed",
    "paid",
    "principal",
    "promised",
    "remitted",
    "rest",
    "total",
)
_DAYS = (
    "date",
    "day",
    "end",
    "last_day",
    "made",
    "owed_from",
    "paid_on",
    "paid_until",
    "received",
    "sent",
    "start",
    "rest_day",
)
_AMOUNT = {Language.NL: "EUR\xa01.350,52", Language.EN: "EUR\xa01,350.52"}
_DAY = {Language.NL: "3 december 2026", Language.EN: "3 December 2026"}
_PLAIN = {  # names a letter fills in with no choice of words: one value serves both fillings
    Language.NL: {
        "agency": "Incassobureau Domstad B.V.",
        "count": "twee",
        "days": "14",
        "grace": "14",  # a settlement's instalment may be this many days late (policy.final_notice_term_days)
        "description": "korting wegens vertraging",  # a credit note's own words, as the demo's (free text)
        "email": "debiteuren@vaartscherijn.example.nl",
        "hours": "op werkdagen van 9.00 tot 17.00 uur",
        "invoice": "F2026-0066",
        "name": "Marieke Bosman",
        "note": "gratis",
        "number": "C2026-0007",
        "page": "1",
        "pages": "2",
        "person": "de heer J. de Vries",
        "phone": "+31 30 204 18 60",
        "rates": "4%",
        "reference": "RF82 D100 1",
        "role": "Debiteurenbeheer",
        "site": "geldfit.nl",
        "basis": COST_BASIS,
    },
    Language.EN: {
        "agency": "Incassobureau Domstad B.V.",
        "count": "two",
        "days": "14",
        "grace": "14",
        "description": "discount for the delay",
        "email": "debiteuren@vaartscherijn.example.nl",
        "hours": "on working days from 9.00 to 17.00",
        "invoice": "F2026-0066",
        "name": "Marieke Bosman",
        "note": "free",
        "number": "C2026-0007",
        "page": "1",
        "pages": "2",
        "person": "Mr J. de Vries",
        "phone": "+31 30 204 18 60",
        "rates": "4%",
        "reference": "RF82 D100 1",
        "role": "Accounts receivable",
        "site": "geldfit.nl",
        "basis": COST_BASIS_EN,
    },
}


def _labels(lang: Language, prefix: str, **values: str) -> list[str]:
    return [label(lang, key, **values) for key in LABELS[lang] if re.fullmatch(prefix, key)]


def _choices(lang: Language) -> dict[str, list[str]]:
    """Each name that takes one of several wordings: the usual one first, then every other it may take."""
    amount, day, words = _AMOUNT[lang], _DAY[lang], WORDS[lang]
    # A debtor without a phone number reads the note sent in its place (statement.steps._call_step), by e-mail or post.
    how = label(lang, "note_how_email")
    missed = _labels(lang, r"missed_\w+", how=how)
    # ... each also as a wait asked for holds it back (statement.steps.missed_step_held): "..., maar pas na ...".
    held = [label(lang, "held_step", step=step, day=day) for step in missed]
    held += _labels(lang, r"held_(call|write)\w*", day=day, how=how)
    steps = [_usual_step(lang), *missed, *held]
    invoices = [f"F2026-00{n}" for n in (66, 71, 84)]
    return {
        "step": steps,
        "what": [label(lang, "what_all"), *_labels(lang, r"what_\w+", amount=amount)],
        "notice": [label(lang, "notice_letter"), *_labels(lang, r"(first_)?notice_(letter|email|portal)")],
        "this": [words["this_letter"], words["this_email"]],
        "tell": [label(lang, "tell_today"), label(lang, "tell_soon"), label(lang, "tell_before", date=day)],
        "when": [label(lang, "by_date", date=day), label(lang, "asap")],
        "rest_letter": _labels(lang, r"rest_letter\w*"),
        "instalment": [label(lang, "instalment_numbered", number="2"), label(lang, "instalment_numbered_single")],
        "call": [label(lang, key, agency=_PLAIN[lang]["agency"]) for key in ("handover_call", "handover_call_plan")],
        "ways": [
            f"{text(lang, 'reach_phone', phone='+31 30 204 18 60')} {words['reach_or']} "
            f"{text(lang, 'reach_email', email='info@domstad.example.nl')}"
        ],  # fmt: skip
        "missed": [listed([f"{d} ({amount})" for d in _days(lang)[:n]], lang) for n in (2, 3)],
        # Instalments the plan's confirmation asks by a later day, each by its agreed day (steps.instalments_on_days).
        "instalments": [
            listed([label(lang, "instalment_on_day", date=d, instalment=i) for d, i in on], lang)
            for on in (_numbered(lang)[:2], _numbered(lang))
        ],
        "disputed": [invoices_named(invoices[:1], lang), invoices_named(invoices, lang)],
        # The invoices a dunning letter or final notice asks that fell due after the last letter (new_in_letter).
        "numbers": [listed(invoices[:2], lang), listed(invoices, lang)],
        "letter_sent": [words[f"our_{kind}"] for kind in ("reminder", "dunning", "final_notice")],
        # ... and in {asked_again}, those asked before and those asked for the first time (letters.view.asked_again).
        "again": [invoices_named(invoices[:1], lang), invoices_named(invoices, lang)],
        "new": [invoices_named(invoices[1:2], lang), invoices_named(invoices, lang)],
        "then": ["", *(" " + text(lang, key, step=steps[0]) for key in words if key.startswith("plan_then"))],
        "subject": [words[key] for key in words if key.startswith("subject_") and "{" not in words[key]],
        "first": [text(lang, "steps_reminder")],
        "second": [text(lang, "steps_dunning")],
        "earlier": [text(lang, "steps_about", steps=text(lang, "steps_reminder"), invoices=invoices[0])],
        "last": [text(lang, "steps_about", steps=text(lang, "steps_dunnings", count="2"), invoices=invoices[1])],
        "steps": [
            text(lang, "steps_reminder"),
            text(
                lang,
                "steps_and",
                first=text(lang, "steps_reminders", count="2"),
                second=text(lang, "steps_dunnings", count="2"),
            ),
        ],  # fmt: skip
        "invoices": [text(lang, "steps_invoice"), text(lang, "steps_invoices")],
        # The way to a plan after a promise of part: the debtor's own, or the counsellor's (administrator's) proposal.
        "plan_offer": [label(lang, key) for key in ("plan_offer", "plan_offer_counsellor", "plan_offer_administrator")],
        # With whom a settlement was agreed, by role (letters.settlement).
        "who": [words[f"settlement_with_{who}"] for who in ("debtor", "counsellor", "administrator")],
    }


def _usual_step(lang: Language) -> str:
    return label(lang, "missed_reminder")


def _numbered(lang: Language) -> list[tuple[str, str]]:
    """Three instalments' days, each with the instalment by number ("termijn 2")."""
    return [(d, label(lang, "instalment_numbered", number=str(n))) for n, d in enumerate(_days(lang), start=1)]


def _days(lang: Language) -> list[str]:
    month = "november" if lang == Language.NL else "November"
    return [f"{n} {month} 2026" for n in (15, 22, 29)]


def _values(lang: Language, key: str, *, longest: bool) -> dict[str, str]:
    pick = (lambda said: max(said, key=lambda s: len(s.split()))) if longest else (lambda said: said[0])
    values = {
        **dict.fromkeys(_AMOUNTS, _AMOUNT[lang]),
        **dict.fromkeys(_DAYS, _DAY[lang]),
        **_PLAIN[lang],
        **{name: pick(said) for name, said in _choices(lang).items()},
    }
    if longest and ("costs" in key or key == "installment_pay_notice"):  # collection costs, with their VAT beside
        said = [label(lang, "costs_amount_vat", amount=_AMOUNT[lang], rate="21%", vat=_AMOUNT[lang])]
        said.append(
            label(lang, "costs_at_most", amount=label(lang, "costs_amount_vat_rate", amount=_AMOUNT[lang], rate="21%"))
        )
        values["amount"] = values["costs"] = pick(said)
    if key == "missed_handover_after_term":  # named as a page's message names it (_missed_step_in_term)
        values["notice"] = pick(_labels(lang, r"the_notice_\w+"))
    if key in PAGE_SAID:  # the page's sentence, held by its own test; the letter's own step here is the longest
        after_term = [
            text(lang, "missed_handover_after_term", day=_DAY[lang], notice=notice)
            for notice in _labels(lang, r"the_notice_\w+")
        ]
        values["step"] = pick([_usual_step(lang), *after_term]) if longest else values["step"]
    if key == "costs_came":  # {open} there is the clause costs_came_open, or nothing
        values["open"] = text(lang, "costs_came_open", amount=_AMOUNT[lang]) if longest else ""
    return values


def _long(lang: Language, *, longest: bool) -> list[str]:
    found = []
    for key in WORDS[lang]:
        said = text(lang, key, **_values(lang, key, longest=longest))
        found += [
            f"{key} ({len(sentence.split())}): {sentence}"
            for sentence in SENTENCE_END.split(" ".join(said.split()))
            if len(sentence.split()) > MOST and "“" not in sentence
        ]
    return found


@pytest.mark.parametrize("longest", [False, True], ids=["usual", "longest"])
@pytest.mark.parametrize("lang", list(Language))
def test_every_letter_sentence_is_short(lang, longest):
    long = _long(lang, longest=longest)
    assert not long, "\n".join(long)


def test_every_name_a_sentence_holds_is_filled():
    """A name added to words.py without a value here would fail `text` with a KeyError, not pass unseen."""
    for lang in Language:
        names = {name for source in WORDS[lang].values() for name in PLACEHOLDER.findall(source)}
        assert names <= set(_values(lang, "", longest=True))


@pytest.mark.parametrize("lang", list(Language))
def test_a_credit_note_with_a_long_description_keeps_the_letter_s_sentences_short(lang):
    # Said inside our sentence ("... EUR 500,00 minder (Expansievat ...)."), a description of 31 words made one sentence of over 40.
    from tests.statement.test_texts_short import LONG_DESCRIPTION

    notes = [
        CreditNote(number, date(2026, 11, 3), Decimal("150.00"), LONG_DESCRIPTION[lang], Source("c.yaml", 1))
        for number in ("C2026-0007", "C2026-0008")
    ]
    said = " ".join(credit_note_line("F2026-0066", note, lang) for note in notes)  # as the letter joins them
    sentences = SENTENCE_END.split(said)
    assert len(sentences) == 4 and LONG_DESCRIPTION[lang] in sentences[1], sentences  # two notes, two sentences each
    long = [s for s in sentences if len(s.split()) > MOST and "“" not in s]
    assert len(LONG_DESCRIPTION[lang].split()) > MOST and not long, long
