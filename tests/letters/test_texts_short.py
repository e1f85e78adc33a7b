"""The letters' opening texts (content/letters/{nl,en}) in short sentences, as the page's (s43,
tests/statement/test_next_steps_short.py): at most 21 words. The English ran to 22-27 ("If you have a question about
our answer, or you cannot pay right now, please call or email us, and we will find a solution together."), the
Dutch final notice over a plan to 22. Each value in braces is filled in as a usual letter says it (a reminder and a
dunning letter sent, nothing paid, one invoice); a quote of the law's wording (in “ ”) may stay whole."""

import html
import re

import pytest

from incasso.ledger.model import Channel, Language
from incasso.letters.terms import this_letter, this_notice
from incasso.letters.words import text
from incasso.statement import labels
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
WORDS = 21
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“])")
USUAL = {
    Language.NL: {
        "not_received": "uw betaling nog niet ontvangen",
        "steps_sent": "een herinnering en een aanmaning",
        "the_instalment": "de termijn",
        "answered_on": "12 november 2026",
        "the_invoice": "de factuur",
        "this_invoice": "deze factuur",
        "agency": "Incasso Domstad B.V.",
        "the_agency": "Incasso Domstad B.V.",
        "earlier_agency": "het vorige incassobureau",
    },
    Language.EN: {
        "not_received": "not yet received your payment",
        "steps_sent": "a reminder and a dunning letter",
        "the_instalment": "the instalment",
        "answered_on": "12 November 2026",
        "the_invoice": "the invoice",
        "this_invoice": "this invoice",
        "agency": "Incasso Domstad B.V.",
        "the_agency": "Incasso Domstad B.V.",
        "earlier_agency": "the previous collection agency",
    },
}


def _filled(source: str, lang: Language) -> str:
    values = {
        **USUAL[lang],
        "get_help": text(lang, "get_help"),
        "this_letter": this_letter(lang, Channel.LETTER),
        "this_notice": this_notice(lang, Channel.LETTER),
        # The wait's confirmation opens with the page's sentence of it, a counsellor's (the longest of them).
        "asked_to_wait": labels.text(lang, "asked_to_wait_counsellor", day=USUAL[lang]["answered_on"]),
        # A missed instalment's reminder asks for a call "het liefst vóór de datum hieronder" (or "zo snel mogelijk").
        "when_to_call": text(lang, "when_to_call"),
        # A dunning letter asks "opnieuw" of every invoice in it: each had a letter before (letters.view.asked_again).
        "asked_again": text(lang, "asked_again"),
    }
    source = re.sub(r"<!--.*?-->", "", source, flags=re.S)
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], source)


@pytest.mark.parametrize("lang", list(Language))
def test_every_letter_text_says_short_sentences(lang):
    paths = sorted((LETTERS / lang).glob("*.md"))
    assert paths
    long = [
        (path.name, sentence)
        for path in paths
        for paragraph in re.split(r"\n\s*\n", _filled(path.read_text(encoding="utf-8"), lang))
        for sentence in SENTENCE_END.split(" ".join(paragraph.split()))
        if len(sentence.split()) > WORDS and "“" not in sentence
    ]
    assert not long, "\n".join(f"{name}: {sentence}" for name, sentence in long)


# s44: {not_received} after a handover that ended a plan (statement.view.not_received) ran to 16 words ("received
# EUR 1,350.52 under the payment plan you agreed with Incasso Domstad B.V., but not all the instalments"): the
# handover letters said it inside a longer sentence. Every value it can take, in every letter that may hold it.
AT_HANDOVER = ("plan", "plan_single", "plan_kept", "plan_kept_single", "agency_plan", "agency_plan_single",
               "agency_plan_kept", "agency_plan_kept_single", "plan_returned", "plan_single_returned")  # fmt: skip
BEFORE = ("", "_all", "_unseen", "_all_unseen", "_returned")


def _not_received(name: str, lang: Language) -> list[str]:
    """What {not_received} may say in the letter `name`: a plan a handover ended only in a handover's letter, and
    one paid in full only in the letter that thanks for it (`handover_plan_kept`, `handover_agency_plan_kept`)."""
    from incasso.statement.labels import text as label

    paid = "EUR\xa01.350,52" if lang == Language.NL else "EUR\xa01,350.52"
    said = [label(lang, f"not_received{key}") for key in BEFORE]
    if name.startswith("handover"):
        kept = [key for key in AT_HANDOVER if ("kept" in key) == ("plan_kept" in name)]
        said += [label(lang, f"not_received_{key}", agency=USUAL[lang]["agency"], paid=paid) for key in kept]
    return said


@pytest.mark.parametrize("lang", list(Language))
def test_not_received_at_its_longest_keeps_the_letters_sentences_short(lang):
    long = []
    for path in sorted((LETTERS / lang).glob("*.md")):
        source = path.read_text(encoding="utf-8")
        if "{not_received}" not in source:
            continue
        for value in _not_received(path.stem, lang):
            filled = _filled(source.replace("{not_received}", value), lang)
            long += [
                (path.name, sentence)
                for paragraph in re.split(r"\n\s*\n", filled)
                for sentence in SENTENCE_END.split(" ".join(paragraph.split()))
                if len(sentence.split()) > WORDS and "“" not in sentence
            ]
    assert not long, "\n".join(f"{name}: {sentence}" for name, sentence in sorted(set(long)))


def _steps_sent_longest(lang: Language) -> str:
    """{steps_sent} at its longest: per invoice, where they had different letters (letters.view.steps_sent)."""
    earlier = text(
        lang,
        "steps_about",
        steps=text(lang, "steps_and", first=text(lang, "steps_reminder"), second=text(lang, "steps_dunning")),
        invoices=labels.invoices_named(["F2026-0066"], lang),
    )
    last = text(
        lang, "steps_about", steps=text(lang, "steps_dunning"), invoices=labels.invoices_named(["F2026-0071"], lang)
    )
    return text(lang, "steps_each", earlier=earlier, last=last)


# Beside a payment the bank took back (statement.returned), {not_received} says what counts: these two in any letter,
# the plan's after a handover that ended one behind in a handover's letter only (`AT_HANDOVER`).
RETURNED = ("_returned", "_all_returned")
AT_HANDOVER_RETURNED = ("_plan_returned", "_plan_single_returned")


@pytest.mark.parametrize("lang", list(Language))
def test_every_letter_opening_told_beside_a_returned_payment_is_short_at_its_longest(lang):
    """s58: as a letter reads them beside a return (LetterTexts.returned_told: shipped.RETURNED_TOLD), with each
    {not_received} that says what counts and the longest {steps_sent}; "Wij hebben u eerder ... gestuurd, maar wij
    hebben nog niet voor het hele bedrag een betaling van u die meetelt." ran to 25 words, a settlement's reminder
    and a final notice over a plan to 22-26 whatever {not_received} said."""
    letters = LetterTexts(LETTERS)
    told = {kind: said.html for (language, kind), said in letters.returned_told.items() if language == lang}
    told |= {kind: said.html for (language, kind), said in letters.texts.items()
             if language == lang and kind not in told and "{not_received}" in said.html}  # fmt: skip
    assert len(told) >= 20
    long = []
    for kind, opening in sorted(told.items()):
        for value in RETURNED + (AT_HANDOVER_RETURNED if kind.startswith("handover") else ()):
            said = opening.replace("{not_received}", labels.text(lang, f"not_received{value}"))
            said = _filled(said.replace("{steps_sent}", _steps_sent_longest(lang)), lang)
            said = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</?(p|li|ul|ol|br)\b[^>]*>", "\n\n", said)))
            long += [
                f"{kind} with not_received{value} ({len(sentence.split())}): {sentence}"
                for paragraph in re.split(r"\n\s*\n", said)
                for sentence in SENTENCE_END.split(" ".join(paragraph.split()))
                if len(sentence.split()) > WORDS and "“" not in sentence
            ]
    assert not long, "\n".join(dict.fromkeys(long))
