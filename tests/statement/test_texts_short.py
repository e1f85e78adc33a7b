"""Every statement label (incasso.statement.labels) and every page message (content/messages) as shipped, in short
sentences: at most 21 words, a quote of the law's wording (in “ ”) excepted, as on the page
(tests/statement/test_next_steps_short.py). That page test reads only what the demo's 14 pages show: 41 Dutch and 57
English labels, and messages the demo never shows, ran over it unseen (s44). A stressed debtor reads these on a
phone. Each value in braces is filled in as a usual page says it: a missed instalment, a final notice by letter,
one invoice, the demo's amounts and days. The sample pages (content/pages: terms and help) too, as published under
each policy a creditor may set (s50: the English terms had 18 sentences over it, the help 5, the Dutch 14 and 3)."""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import markdown
import pytest

from incasso.fmt import filled_in
from incasso.ledger.model import CreditNote, Language, Policy
from incasso.ledger.problems import Source
from incasso.statement.labels import LABELS, listed
from incasso.statement.tables import credit_note_lines
from pelican.plugins.incasso.statements import Messages
from pelican.plugins.incasso.variants import FOLLOWED, chosen
from tests.support.site import REPO

# A credit note's description is the creditor's free text, of any length: said apart from our sentence, quoted.
LONG_DESCRIPTION = {
    Language.NL: "Expansievat en drukventiel gefactureerd op de werkbon van 12 oktober, maar bij het tweede bezoek bleek "
    "dat beide onderdelen niet vervangen hoefden te worden, omdat de lekkage uit de vulkraan kwam",
    Language.EN: "Expansion vessel and pressure valve invoiced on the work order of 12 October, but the second visit "
    "showed that neither part needed replacing, as the leak came from the filling tap",
}

WORDS = 21
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“])")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
MESSAGES = REPO / "content" / "messages"
PAGES = REPO / "content" / "pages"

# One usual value for each name a label or a message may hold, as the demo's pages fill it in.
_AMOUNTS = (
    "amount", "asked", "base", "costs", "later", "minimum", "maximum", "more", "net", "now", "open", "paid", "part",
    "principal", "promised", "rest", "left", "soon", "today", "top", "total", "unseen", "vat", "what", "interest",
    "agreed_amount", "remitted",
)  # fmt: skip
_DAYS = ("date", "day", "email_date", "last_day", "letter_date", "paid_until", "received", "sent", "answered",
         "assumed", "owed_from", "first", "last", "rest_day", "made", "seen", "returned")  # fmt: skip
TYPICAL = {
    Language.NL: {
        **dict.fromkeys(_AMOUNTS, "EUR\xa01.350,52"),
        **dict.fromkeys(_DAYS, "3 december 2026"),
        "agency": "Incassobureau Domstad B.V.",
        "the_agency": "Incassobureau Domstad B.V.",
        "earlier_agency": "het vorige incassobureau",
        "basis": "art. 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten",
        "count": "twee",
        "counted": "",
        "creditor": "Installatietechniek Vaartsche Rijn B.V.",
        "days": "14",
        "n": "14",
        "dates": "15 november 2026 en 15 december 2026",
        "description": "Expansievat gefactureerd, maar het hoefde niet vervangen te worden",
        "desk": "Marieke Bosman",
        "name": "Marieke Bosman",
        "end": "4 dec 2026",
        "start": "1 jan 2027",
        "handler": "Incassobureau Domstad B.V.",
        "host": "betalen.example.nl",
        "email": "debiteuren@vaartscherijn.example.nl",
        "invoice": "F2026-0066",
        "numbers": "F2026-0066 en F2026-0071",
        "invoices": "factuur F2026-0066",
        "credited": "F2026-0066",
        "kept": "F2026-0071",
        "before": "F2026-0066",
        "after": "F2026-0071",
        "kind": "betalingskenmerk",
        "letter": "een aanmaning",
        "missed": "15 november 2026 (EUR\xa0250,00)",
        "notice": "onze laatste brief (sommatie)",
        "our_notice": "Onze sommatie per e-mail",  # the e-mail's term names the form with it (s62)
        "number": "C2026-0007",
        "only": "het bedrag van uw toezegging",
        "instalment": "de termijn",
        "instalments": "termijn 1 op 15 november 2026 en termijn 2 op 15 december 2026",
        "other": "Wilt u dat anders regelen? Neem dan contact met ons op.",
        "others": "uw andere factuur",
        "parts": "F2026-0066 EUR\xa040,00, F2026-0071 EUR\xa0100,00",
        "payment": "uw betaling",
        "phone": "+31 30 204 18 60",
        "rate": "21%",
        "ref": "kenmerk RF82 D100 1",
        "reference": "RF82 D100 1",
        "rest_letter": "een brief of een e-mail",
        "role": "Debiteurenbeheer",
        "since": "die dag",
        "step": "wij sturen u een laatste brief (sommatie)",  # NOUN_STEP: "een laatste brief (sommatie)"
        "how": "per e-mail",  # the note in place of a call, to a debtor without a phone number (note_how_*)
        "steps": "15% over EUR\xa02.500,00",
        "tell": "vandaag nog",
        "then": "Daarvoor sturen wij u dan een brief of een e-mail, met het bedrag op die dag.",
        "when": "op 23 oktober 2026",
        # A final notice held out of the print file (steps.notice_sending): its longest opening.
        "we_send": "Wij sturen u binnenkort",
        "we_email": "Wij sturen u binnenkort",
        # A page message's values (view.MESSAGE_VALUES)
        "pay_by": "uiterlijk 3 december 2026",
        "not_received": "uw betaling nog niet ontvangen",
        "the_invoice": "de factuur",
        "this_invoice": "deze factuur",
        "a_notice": "een laatste brief",
        "the_notice": "onze laatste brief (sommatie)",
        "plan_notice": "onze laatste brief (sommatie)",
        "the_instalment": "de termijn",
        # ... by role: the debtor's own, each role's in test_every_way_to_a_plan_says_short_sentences
        "ask_plan": LABELS[Language.NL]["ask_plan"],
        "way_out": LABELS[Language.NL]["way_out"],
        "plan_offer": LABELS[Language.NL]["plan_offer"],
        # A settlement's (view.accord_values), the longest each takes: agreed by the counsellor, in instalments.
        "agreed_with": LABELS[Language.NL]["agreed_with_counsellor"],
        "agreed_terms": "in 36 termijnen, de laatste uiterlijk 20 november 2029",
        "grace": "14",
    },
    Language.EN: {
        **dict.fromkeys(_AMOUNTS, "EUR\xa01,350.52"),
        **dict.fromkeys(_DAYS, "3 December 2026"),
        "agency": "Incassobureau Domstad B.V.",
        "the_agency": "Incassobureau Domstad B.V.",
        "earlier_agency": "the previous collection agency",
        "basis": "article 6:96 of the Dutch Civil Code and the Dutch Decree on extrajudicial collection costs",
        "count": "two",
        "counted": "",
        "creditor": "Installatietechniek Vaartsche Rijn B.V.",
        "days": "14",
        "n": "14",
        "dates": "15 November 2026 and 15 December 2026",
        "description": "Expansion vessel invoiced, but it did not need replacing",
        "desk": "Marieke Bosman",
        "name": "Marieke Bosman",
        "end": "4 Dec 2026",
        "start": "1 Jan 2027",
        "handler": "Incassobureau Domstad B.V.",
        "host": "betalen.example.nl",
        "email": "debiteuren@vaartscherijn.example.nl",
        "invoice": "F2026-0066",
        "numbers": "F2026-0066 and F2026-0071",
        "invoices": "invoice F2026-0066",
        "credited": "F2026-0066",
        "kept": "F2026-0071",
        "before": "F2026-0066",
        "after": "F2026-0071",
        "kind": "payment reference",
        "letter": "a formal reminder",
        "missed": "15 November 2026 (EUR\xa0250.00)",
        "notice": "our final notice",
        "our_notice": "Our final notice",
        "number": "C2026-0007",
        "only": "the amount you promised",
        "instalment": "the instalment",
        "instalments": "instalment 1 on 15 November 2026 and instalment 2 on 15 December 2026",
        "other": "Would you rather arrange it differently? Please contact us.",
        "others": "your other invoice",
        "parts": "F2026-0066 EUR\xa040.00, F2026-0071 EUR\xa0100.00",
        "payment": "your payment",
        "phone": "+31 30 204 18 60",
        "rate": "21%",
        "ref": "reference RF82 D100 1",
        "reference": "RF82 D100 1",
        "rest_letter": "a letter or an email",
        "role": "Accounts receivable",
        "since": "that day",
        "step": "we will send you a final notice",  # NOUN_STEP: "a final notice"
        "how": "by email",
        "steps": "15% of EUR\xa02,500.00",
        "tell": "today",
        "then": "We will then send you a letter or an email for it, with the amount on that day.",
        "when": "on 23 October 2026",
        "we_send": "We will shortly send you",
        "we_email": "We will shortly email you",
        "pay_by": "by 3 December 2026",
        "not_received": "not yet received your payment",
        "the_invoice": "the invoice",
        "this_invoice": "this invoice",
        "a_notice": "a final notice",
        "the_notice": "our final notice",
        "plan_notice": "our final notice",
        "the_instalment": "the instalment",
        "ask_plan": LABELS[Language.EN]["ask_plan"],
        "way_out": LABELS[Language.EN]["way_out"],
        "plan_offer": LABELS[Language.EN]["plan_offer"],
        "agreed_with": LABELS[Language.EN]["agreed_with_administrator"],
        "agreed_terms": "in 36 instalments, the last by 20 November 2029",
        "grace": "14",
    },
}
# The labels that say the next step as what we send ("Dan sturen wij u {step}"), not as what we do.
NOUN_STEP = {"next_by", "next_by_paused", "next_soon"}
STEP_SENT = {Language.NL: "een laatste brief (sommatie)", Language.EN: "a final notice"}


def _filled(source: str, lang: Language, key: str = "") -> str:
    values = {**TYPICAL[lang], **({"step": STEP_SENT[lang]} if key in NOUN_STEP else {})}
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], source)


def _filled_with(source: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], source)


def _long(texts: list[tuple[str, str]]) -> list[str]:
    """The sentences over WORDS words, each with where it stands; a quote of the law's wording excepted."""
    return [
        f"{where} ({len(sentence.split())}): {sentence}"
        for where, said in texts
        for line in said.splitlines()  # an e-mail's lines ("Beste ...,", "Met vriendelijke groet,") stand apart
        for sentence in SENTENCE_END.split(" ".join(line.split()))
        if len(sentence.split()) > WORDS and "“" not in sentence
    ]


@pytest.mark.parametrize("lang", list(Language))
def test_every_label_says_short_sentences(lang):
    long = _long([(key, _filled(label, lang, key)) for key, label in LABELS[lang].items()])
    assert not long, "\n".join(long)


def _message_text(source: str, lang: Language) -> str:
    return _html_text(markdown.markdown(_filled(re.sub(r"<!--.*?-->", "", source, flags=re.S), lang)))


def _html_text(said: str) -> str:
    """A message's HTML as the page's words."""
    said = re.sub(r"</?(p|li|ul|ol|h\d|br)\b[^>]*>", "\n", said)  # a block ends its sentence ...
    return html.unescape(re.sub(r"<[^>]+>", "", said))  # ... an inline tag (<i lang="nl">) does not


@pytest.mark.parametrize("lang", list(Language))
def test_every_page_message_says_short_sentences(lang):
    paths = sorted((MESSAGES / lang).glob("*.md"))
    assert paths
    long = _long([(path.name, _message_text(path.read_text(encoding="utf-8"), lang)) for path in paths])
    assert not long, "\n".join(long)


@pytest.mark.parametrize(("lang", "next_ones"), [("nl", "de volgende op tijd"), ("en", "the next on time")])
def test_a_missed_instalment_s_message_keeps_the_plan_only_with_the_next_ones_paid_too(lang, next_ones):
    """s44, the demo's D-1012: "Please pay that instalment by 17 December 2026: our agreement then simply stands.",
    beside the next instalment due on 15 December: paying the missed one alone by the 17th keeps no plan. (s49:
    "Your payment plan then stays in place.")"""
    stands = [path for path in (MESSAGES / lang).glob("plan_missed*.md") if "stays in place" in (text := path.read_text())
              or "gewoon staan" in text]  # fmt: skip
    assert stands
    assert [path.name for path in stands if next_ones not in path.read_text()] == []


@pytest.mark.parametrize("lang", list(Language))
def test_every_label_says_short_sentences_with_each_missed_step(lang):
    """s45: the step after a missed promise or instalment (statement.steps.missed_step) runs to 15 words ("we will
    call you, and then send you a final notice, by post or by email"); "If we have not received {amount} by {date},
    {step}." reached 26 with it, where the usual step above stays at 17."""
    steps = [_filled(said, lang) for key, said in LABELS[lang].items() if key.startswith("missed_")]
    assert len(steps) >= 10
    takes_step = [key for key, label in LABELS[lang].items() if "{step}" in label and key not in NOUN_STEP]
    long = _long(
        [
            (f"{key} with {step!r}", _filled_with(LABELS[lang][key], {**TYPICAL[lang], "step": step}))
            for key in takes_step
            for step in steps
        ]
    )
    assert not long, "\n".join(long)


@pytest.mark.parametrize("role", ["counsellor", "administrator"])
@pytest.mark.parametrize("lang", list(Language))
def test_every_way_to_a_plan_says_short_sentences(lang, role):
    """s46: {ask_plan} and {plan_offer} say the counsellor's or the administrator's proposal while one acts: the
    messages and labels that hold them stay short with each role's words, not only the debtor's own."""
    values = {**TYPICAL[lang], "ask_plan": LABELS[lang][f"ask_plan_{role}"]}
    values["plan_offer"] = LABELS[lang][f"plan_offer_{role}"]
    values["way_out"] = LABELS[lang][f"way_out_{role}"]  # the settlement's "Lukt het niet op tijd?" (s49)
    messages = [path for path in sorted((MESSAGES / lang).glob("*.md")) if "{ask_plan}" in path.read_text()]
    messages += [MESSAGES / lang / "settlement.md"]
    labels = [key for key, said in LABELS[lang].items() if "{plan_offer}" in said]
    assert len(messages) >= 7 and len(labels) >= 2
    # As the page fills it in (fmt.filled_in): its capital after "Kunt u niet alles in één keer betalen?", so the
    # sentences split there.
    said = [path.read_text(encoding="utf-8") for path in messages]
    said = [filled_in(filled_in(text, "ask_plan", values["ask_plan"]), "way_out", values["way_out"]) for text in said]
    long = _long(
        [(path.name, _message_text(_filled_with(text, values), lang)) for path, text in zip(messages, said)]
        + [(key, _filled_with(LABELS[lang][key], values)) for key in labels]
    )
    assert not long, "\n".join(long)


@pytest.mark.parametrize("lang", list(Language))
def test_a_credit_note_with_a_long_description_keeps_the_page_s_sentences_short(lang):
    # Said inside our sentence ("... EUR 500,00 minder (Expansievat ...)"), a description of 31 words made a sentence of 40.
    note = CreditNote("C2026-0007", date(2026, 11, 3), Decimal("150.00"), LONG_DESCRIPTION[lang], Source("c.yaml", 1))
    (line,) = credit_note_lines([note], lang)
    assert LONG_DESCRIPTION[lang] in line
    assert len(LONG_DESCRIPTION[lang].split()) > WORDS and not _long([("credit_note_described", line)]), line


# Every policy a page's marked lines follow (variants.FOLLOWED): each published version of a sample page.
POLICIES = [
    replace(Policy(), **dict(zip(FOLLOWED, values, strict=True)))
    for values in itertools.product((False, True), repeat=len(FOLLOWED))
]


def _page_text(path: Path, policy: Policy) -> str:
    """A sample page's words as published under `policy` (its marked lines chosen, its days filled in): the
    title, then the body, a table's cells each on a line of their own."""
    lines = chosen(path.read_text(encoding="utf-8").splitlines(), policy, str(path), "nl")
    metadata = lines[: lines.index("")]  # as Pelican reads it: the lines up to the first blank one
    title = [line.split(":", 1)[1].strip() for line in metadata if line.startswith("Title:")]
    said = markdown.markdown("\n".join(lines[len(metadata) :]), extensions=["extra"])
    said = re.sub(r"</?(p|li|ul|ol|h\d|br|table|thead|tbody|tr|th|td)\b[^>]*>", "\n", said)
    return "\n".join([*title, html.unescape(re.sub(r"<[^>]+>", "", said))])


@pytest.mark.parametrize("lang", list(Language))
def test_every_sample_page_says_short_sentences(lang):
    """The terms and help pages a creditor publishes as shipped, or copies: read by the same debtor, from the
    statement page's links."""
    paths = [path for path in sorted(PAGES.glob("*.md")) if (f".{lang}." in path.name) == (lang != "nl")]
    assert {path.name.split(".")[0] for path in paths} == {"hulp", "voorwaarden"}
    long = _long(
        [(f"{path.name} {policy_named(policy)}", _page_text(path, policy)) for path in paths for policy in POLICIES]
    )
    assert not long, "\n".join(long)


def policy_named(policy: Policy) -> str:
    return ", ".join(f"{name}: {str(getattr(policy, name)).lower()}" for name in FOLLOWED)


# A yes/no question standing for a condition ("Do you run a business? Then read ..."): Dutch order carried over.
YES_NO_QUESTION = re.compile(r"^(Do|Does|Did|Are|Is|Was|Were|Have|Has|Can|Could|Will|Would|Should)\b[^?]*\?$")


def test_the_english_sample_pages_say_a_condition_with_if_not_as_a_question():
    """The English help page kept five of them (s50's note), the terms none: "If you run a business, read ..."."""
    paths = sorted(PAGES.glob("*.en.md"))
    assert {path.name for path in paths} == {"hulp.en.md", "voorwaarden.en.md"}
    asked = [
        f"{path.name}: {sentence}"
        for path in paths
        for policy in POLICIES
        for line in _page_text(path, policy).splitlines()
        for sentence in SENTENCE_END.split(" ".join(line.split()))
        if YES_NO_QUESTION.match(sentence)
    ]
    assert not asked, "\n".join(dict.fromkeys(asked))


# Beside a payment the bank took back (statement.returned, s54-s57): each text told then, filled at its longest. s58:
# a page's `_more_returned` lines with three missed instalments ran to 32 words, the messages' shipped sentences with
# "nog niet voor het hele bedrag een betaling van u die meetelt" to 27; the tests above fill one instalment and "uw
# betaling nog niet ontvangen", and read the messages as written, not as told beside a return.
NOT_RECEIVED_RETURNED = ("not_received_returned", "not_received_all_returned")
# ... and after a handover that ended a plan behind (view.plan_before_handover): only the handover's messages say it.
NOT_RECEIVED_PLAN_RETURNED = ("not_received_plan_returned", "not_received_plan_single_returned")


def _longest(lang: Language, pattern: str, **values: str) -> str:
    """The longest label whose key matches `pattern`, filled with `values`."""
    filled = {**TYPICAL[lang], **values}
    said = [_filled_with(label, filled) for key, label in LABELS[lang].items() if re.fullmatch(pattern, key)]
    assert said, pattern
    return max(said, key=lambda s: len(s.split()))


def _three_missed(lang: Language) -> str:
    """Three missed instalments, each with its day and amount (steps.missed_named), as a reminder may name them."""
    amount = TYPICAL[lang]["amount"]
    month = "november" if lang == Language.NL else "November"
    return listed([f"{n} {month} 2026 ({amount})" for n in (15, 22, 29)], lang)


def _returned_label_values(lang: Language, key: str) -> dict[str, str]:
    """Each value a label told beside a return takes, at its longest: three instalments missed, the final notice
    named by how it went and which it was (tables.plan_notice_named for a plan's, else first_notice_named)."""
    notice = r"the_notice_\w+" if key.startswith("plan_notice") else r"(first_|dated_)?notice_(letter|email|portal)"
    return {**TYPICAL[lang], "missed": _three_missed(lang), "notice": _longest(lang, notice)}


@pytest.mark.parametrize("lang", list(Language))
def test_every_label_told_beside_a_returned_payment_is_short_at_its_longest(lang):
    keys = [key for key in LABELS[lang] if "returned" in key]
    assert len(keys) >= 30
    long = _long([(key, _filled_with(LABELS[lang][key], _returned_label_values(lang, key))) for key in keys])
    assert not long, "\n".join(long)


def _message_values(lang: Language) -> dict[str, str]:
    """A page message's values (view.MESSAGE_VALUES) at their longest."""
    return {
        **TYPICAL[lang],
        "the_invoice": _longest(lang, r"(the|other)_invoices?"),
        "this_invoice": _longest(lang, r"(this_invoice|these_invoices)"),
        "a_notice": _longest(lang, r"a_notice_\w+"),
        "the_notice": _longest(lang, r"((first_|dated_)?the_notice_(letter|email|portal)|the_notices)"),
        "plan_notice": _longest(lang, r"the_notice_(letter|email|portal|either)"),  # agreed: `final_notice_plan`
        "the_instalment": _longest(lang, r"the_instalments?"),
        "ask_plan": _longest(lang, r"ask_plan\w*"),
        "way_out": _longest(lang, r"way_out\w*"),
    }


@pytest.mark.parametrize("lang", list(Language))
def test_every_page_message_told_beside_a_returned_payment_is_short_at_its_longest(lang):
    """As the page reads them beside a return (statements.Messages.returned_told: shipped.PAGE_RETURNED_TOLD), with
    each {not_received} that says what counts."""
    messages = Messages(MESSAGES)
    told = {key: said for (language, key), said in messages.returned_told.items() if language == lang}
    told |= {key: said for (language, key), said in messages.html.items()
             if language == lang and key not in told and "{not_received}" in said}  # fmt: skip
    assert len(told) >= 30
    said = []
    for key, message in sorted(told.items()):
        for value in NOT_RECEIVED_RETURNED + (NOT_RECEIVED_PLAN_RETURNED if key.startswith("handover") else ()):
            values = {**_message_values(lang), "not_received": LABELS[lang][value]}
            said.append((f"{key} with {value}", _html_text(_filled_with(message, values))))
    long = _long(said)
    assert not long, "\n".join(dict.fromkeys(long))


# s58: {notice} as each label's sentence gets it (statement.tables), at its longest. `first_notice_named` may name the
# first of several, or a middle one by its date ("our final notice of 3 December 2026, sent in our customer portal,");
# `plan_notice_named`, the one over a plan, e-mailed or in the portal to a consumer who had not agreed to it too;
# every other label names it by how it went alone (`notice_named`, `episode_notice_named`).
FIRST_NAMED = {
    "answer_term_sooner", "answer_term_longer", "answer_term_longer_only", "costs_on_top_why",
    "costs_on_top_why_answer", "dispute_term_ran", "dispute_term_runs",
}  # fmt: skip


def _notice_at_its_longest(lang: Language, key: str) -> str:
    if key.startswith("plan_"):
        return _longest(lang, r"the_notice_\w+")
    if key.removesuffix("_returned") in FIRST_NAMED:
        return _longest(lang, r"(first_|dated_)?notice_(letter|email|portal)")
    return _longest(lang, r"notice_(letter|email|portal)")


@pytest.mark.parametrize("lang", list(Language))
def test_every_label_is_short_with_three_missed_instalments_and_its_longest_notice(lang):
    """The test above fills one missed instalment and "onze laatste brief (sommatie)": the `_more` and `_more_part`
    lines ran to 24-32 words with three (a reminder may name them), "If the amount of our final notice of ..., sent
    in our customer portal, reached our account by ..." to 28."""
    said = []
    for key, label in LABELS[lang].items():
        values = {**TYPICAL[lang], "missed": _three_missed(lang), "notice": _notice_at_its_longest(lang, key)}
        said.append((key, _filled_with(label, values | ({"step": STEP_SENT[lang]} if key in NOUN_STEP else {}))))
    long = _long(said)
    assert not long, "\n".join(long)


@pytest.mark.parametrize("lang", list(Language))
def test_every_page_message_is_short_with_its_longest_values(lang):
    """As the page reads them (statements.Messages), each value at its longest: {the_notice} by its date and
    portal ("You have a newer invoice that was not in our final notice of ... in our customer portal, ...": 28
    words), {plan_notice} unagreed, as `final_notice_plan` names it on a site without `final_notice_plan_unagreed`
    (view._plan_or_stage), {a_notice} a notice to pay in the portal."""
    messages = Messages(MESSAGES)
    values = {**_message_values(lang), "plan_notice": _longest(lang, r"the_notice_\w+")}
    said = [(key, _html_text(_filled_with(message, values))) for (language, key), message in messages.html.items()
            if language == lang]  # fmt: skip
    assert len(said) >= 60
    long = _long(said)
    assert not long, "\n".join(dict.fromkeys(long))
