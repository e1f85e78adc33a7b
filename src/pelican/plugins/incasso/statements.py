"""The public statement pages: one per debtor, at s/<token>/index.html.

A thin layer: the page's words and figures come from `incasso.statement`;
this module adds the message texts from content/messages/ and writes pages
(in the pass over the debtors, incasso.debtors, which makes each view once).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

import markdown
from markupsafe import Markup, escape
from pelican.utils import get_relative_path, path_to_url

from incasso.claims.states import STAGES
from incasso.fmt import filled_in
from incasso.ledger.model import LANGUAGES, Language
from incasso.statement.help import HELP_INVITE
from incasso.statement.labels import DUTCH_IN_ENGLISH, LABELS
from incasso.statement.view import MESSAGE_VALUES, OPTIONAL_MESSAGES, OTHER_MESSAGES, STATUS_MESSAGES, StatementView

from .publish import make_below
from .shipped import PAGE_RETURNED_TOLD, as_shipped_now, left_out
from .templating import rendered, with_globals

logger = logging.getLogger(__name__)

MESSAGE_KEYS = STAGES + STATUS_MESSAGES + OTHER_MESSAGES


class MessageMissing(Exception):
    """A stage or status has no message text in some language: no page may go out without one."""


class MessageInvalid(Exception):
    """A message text names a value the page cannot fill in: no page may go out with "{...}" in it."""


_PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
# Words as shipped before {the_invoice} and {this_invoice} existed, with the value that replaced them: a site whose
# messages were copied before says "deze facturen" to a debtor with three open all the same (`shipped.as_shipped_now`).
# Each ends where the shipped sentence goes on, so that a creditor's own "vraag over de factuurdatum" stays theirs.
_QUESTION = (
    ("Heeft u een vraag over de factuur?", "Heeft u een vraag over {the_invoice}?"),
    ("Heeft u een vraag over de factuur, of", "Heeft u een vraag over {the_invoice}, of"),
    ("If you have a question about the invoice, ", "If you have a question about {the_invoice}, "),
)
_DISAGREE = (
    ("Bent u het niet eens met de factuur?", "Bent u het niet eens met {the_invoice}?"),
    ("If you disagree with the invoice, let us know", "If you disagree with {the_invoice}, let us know"),
)
# ... and before {a_notice} and {the_notice}: a final notice sent by e-mail was named "een laatste brief" all the same.
_NOTICE_SENT = (
    ("Wij hebben u een laatste brief gestuurd (een sommatie)", "Wij hebben u {a_notice} gestuurd (een sommatie)"),
    ("We have sent you a final notice (in Dutch:", "We have sent you {a_notice} (in Dutch:"),
)
_THE_INSTALMENT = (
    ("niet alleen de termijn.", "niet alleen {the_instalment}."),
    ("not only the instalment.", "not only {the_instalment}."),
)
# ... and the messages of a plan under a final notice opened "De termijnen van uw betalingsregeling zijn niet allemaal
# op tijd betaald. Daarom vraagt {plan_notice} alles wat te laat is, ...": the top above them says the notice asks
# everything overdue and names the missed instalments (statement.steps `_notice_lead`; of one missed since the notice,
# `plan_notice_lead_since` says the notice still applies and the steps name it), and "Daarom" was untrue where the
# notice came over an earlier instalment. Each version shipped (sessions 40 to 60) is left out as a whole, read after
# `_THE_INSTALMENT` ("niet alleen de termijn." as {the_instalment}); a creditor's own words stay.
_LATE_NL, _LATE_EN = (
    "De termijnen van uw betalingsregeling zijn niet allemaal op tijd betaald.",
    "The instalments of your payment plan have not all been paid on time.",
)
_SOMMATIE = '(in Dutch: <i lang="nl">sommatie</i>)'
_SO_THE_NOTICE_ASKS = left_out(
    f"{_LATE_NL} Daarom vraagt {{plan_notice}} alles wat te laat is, niet alleen {{the_instalment}}.",
    f"{_LATE_NL} Daarom vraagt onze laatste brief (sommatie) alles wat te laat is, niet alleen {{the_instalment}}.",
    f"{_LATE_NL} Daarom vragen wij u met een sommatie om alles te betalen wat te laat is, niet alleen "
    "{the_instalment}.",
    f"{_LATE_EN} So {{plan_notice}} {_SOMMATIE} covers the whole overdue amount, not only {{the_instalment}}.",
    f"{_LATE_EN} So {{plan_notice}} {_SOMMATIE} asks for everything overdue, not only {{the_instalment}}.",
    f"{_LATE_EN} So {{plan_notice}} {_SOMMATIE} asks for everything that is overdue, not only {{the_instalment}}.",
    f"{_LATE_EN} So our final notice {_SOMMATIE} asks for everything that is overdue, not only {{the_instalment}}.",
    f"{_LATE_EN} So, with a notice to pay {_SOMMATIE}, we ask you for the whole overdue amount, not only "
    "{the_instalment}.",
    f"{_LATE_EN} So we are asking you, with a notice to pay {_SOMMATIE}, for everything overdue, not only "
    "{the_instalment}.",
    f"{_LATE_EN} So we are asking you, with a notice to pay {_SOMMATIE}, for everything that is overdue, not only "
    "{the_instalment}.",
)
_THE_AGENCY = (
    ("nieuwe betalingsregeling af met {agency}.", "nieuwe betalingsregeling af met {the_agency}."),
    ("agree a new payment plan with {agency}.", "agree a new payment plan with {the_agency}."),
)
_AGENCY_NAMED = (
    (
        "overgedragen aan een incassobureau. Bovenaan deze pagina staat bij wie uw dossier nu ligt, wie u kunt bellen",
        "overgedragen aan {agency}. Bovenaan deze pagina staat wie u kunt bellen",
    ),
    (
        "handed your file over to a collection agency. At the top of this page you can see who has your file now, "
        "whom to call",
        "handed your file over to {agency}. At the top of this page you can see whom to call",
    ),
)
# ... and before {ask_plan}: "Vraag dan een betalingsregeling aan" to a debtor whose counsellor or administrator acts
# for them, as if alone. The question before it is part of the match: {ask_plan} is said after it ("dan kan ...").
_ASK_PLAN = (
    (
        "Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan.",
        "Kunt u niet alles in één keer betalen? {ask_plan}.",
    ),
    (
        "If you cannot pay everything at once, ask us for a payment plan.",
        "If you cannot pay everything at once, {ask_plan}.",
    ),
)
# ... and a promise's message said "Lukt het toch niet op tijd? Laat het ons dan zo snel mogelijk weten" above "Wat
# gebeurt er nu?", which says it with its day ("... vóór 31 maart 2026 weten"), and "U betaalt uiterlijk op de datum
# die wij samen hebben afgesproken" below the top's "uiterlijk 31 maart 2026": each version shipped is left out (or
# folded into the next sentence), word for word; a creditor's own words stay (docs/letters.md, "Said once").
_PROMISE_SAID = (
    *(
        (shipped, "")
        for shipped in (
            "Lukt het toch niet op tijd? Laat het ons dan zo snel mogelijk weten, dan zoeken wij samen een oplossing.",
            "Lukt het toch niet op tijd? Laat het ons dan vóór die datum weten, dan zoeken wij samen een oplossing.",
            "Lukt het toch niet op tijd? Laat het ons dan vóór die datum weten, dan zoeken we samen een oplossing.",
            "If you cannot pay in time after all, please let us know as soon as possible. We will then find a "
            "solution together.",
            "If you cannot pay in time after all, please let us know as soon as possible, and we will find a solution "
            "together.",
            "If you cannot pay in time after all, please let us know before that date, and we will find a solution "
            "together.",
        )
    ),
    (
        "U betaalt uiterlijk op de datum die wij samen hebben afgesproken. Tot die tijd sturen",
        "Tot de datum die wij samen hebben afgesproken, sturen",
    ),
    (
        "U betaalt uiterlijk op de datum die we samen hebben afgesproken. Tot die tijd sturen",
        "Tot de datum die wij samen hebben afgesproken, sturen",
    ),
    (
        "Thank you for your promise to pay. You will pay by the date we agreed together. Until then,",
        "Thank you for your promise to pay by the date we agreed together. Until then,",
    ),
)
# ... its day past: "Kon u niet alles betalen wat u toezegde? Laat het ons dan weten" beside "Betaal het dan nu, of
# laat het ons vandaag nog weten".
_PROMISE_PASSED_SAID = (
    ("Kon u niet alles betalen wat u toezegde? Laat het ons dan weten, dan zoeken wij samen een oplossing.", ""),
    ("If you could not pay all you promised, please let us know, and we will find a solution together.", ""),
)
# ... and a promise made to the agency: "Lukt het toch niet op tijd, ...? Neem dan zo snel mogelijk contact op met
# {handler}." above "Lukt het niet om ... uiterlijk 25 april 2026 te betalen? Laat {handler} het dan vóór ... weten.":
# the question about the payment stays.
_PROMISE_AGENCY_SAID = (
    (
        "Lukt het toch niet op tijd, of heeft u een vraag over de betaling? Neem dan zo snel mogelijk contact op met "
        "{handler}.",
        "Heeft u een vraag over de betaling? Neem dan contact op met {handler}.",
    ),
    (
        "If you cannot pay in time after all, or you have a question about the payment, please contact {handler} as "
        "soon as possible.",
        "If you have a question about the payment, please contact {handler}.",
    ),
    (
        "If you cannot pay in time after all, or have a question, please contact {handler} as soon as possible.",
        "If you have a question about the payment, please contact {handler}.",
    ),
)
# ... and a settlement's message said "remit" for what is let go (kwijtschelden), as the page's figures and letters
# did: to most English readers to remit is to send money. As shipped, the words read as the rest of the page now.
_SETTLEMENT_WAIVED = (
    (
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.",
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We will then waive the rest.",
    ),
)
# ... and a settlement's way out, "Neem dan contact met ons op", to a debtor whose counsellor or administrator acts for
# them ({way_out}, by role, as a plan's way out says it). The question before it is part of the match; each version
# shipped, the longer first.
_WAY_OUT = (
    (
        "Lukt het niet op tijd? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
        "Lukt het niet op tijd? {way_out}.",
    ),
    ("Lukt het niet op tijd? Neem dan contact met ons op.", "Lukt het niet op tijd? {way_out}."),
    (
        "Can you not pay in time? Please contact us, and we will look for a solution together.",
        "Can't pay on time? {way_out}.",
    ),
    ("Can you not pay in time? Please contact us.", "Can't pay on time? {way_out}."),
)
# ... and a settlement's message said "Daarna schelden wij de rest kwijt" above 'Wat gebeurt er nu?', which says it with
# the figure, and its way out ("Lukt het niet op tijd? ...") above the page's box "Lukt het afgesproken bedrag niet?",
# which says it by role; once its day had passed unseen, as if there were still time. Versions shipped before said
# what a miss brings, now at the page's top (statement.steps.settlement_lapse). Each version shipped is left out,
# after `_WAY_OUT` and `_SETTLEMENT_WAIVED` (as they shipped it); a creditor's own words stay.
_SETTLEMENT_SAID = tuple(
    (shipped, "")
    for shipped in (
        " Daarna schelden wij de rest kwijt.",
        " We will then waive the rest.",
        "Tot die tijd zetten wij geen volgende stap, en komen er geen rente of kosten bij. ",
        "Tot die tijd sturen wij u geen brieven, en komt er geen rente of kosten bij. ",
        "Until then we take no further step, and no interest or costs are added. ",
        "Until then we send you no letters, and no interest or costs are added. ",
        "Lukt het niet op tijd? {way_out}.",
        "Can't pay on time? {way_out}.",
        "Can you not pay in time? {way_out}.",
        " Anders vervalt de afspraak en vragen wij weer het hele bedrag.",
        " Otherwise the agreement ends and we ask for the whole amount again.",
    )
)
# ... and a settlement's message after its last day said "u zou {agreed_amount} betalen {agreed_terms}" after
# "Afgesproken{agreed_with}:", which reads as a form's field, not as a person says it (session 50 shipped it so).
_SETTLEMENT_PASSED = (
    (
        "Afgesproken{agreed_with}: u zou {agreed_amount} betalen {agreed_terms}.",
        "Wij hadden{agreed_with} afgesproken dat u {agreed_amount} zou betalen, {agreed_terms}.",
    ),
    (
        "Agreed{agreed_with}: you were to pay {agreed_amount} {agreed_terms}.",
        "We agreed{agreed_with} that you would pay {agreed_amount} {agreed_terms}.",
    ),
)
# ... and "and everything is settled" for a last amount paid: a "settlement" is an agreed lower amount (minnelijk
# akkoord) on these pages. Each version shipped, ending where its sentence went on. The question shipped first ("Could
# you pay ...? Then ...", Dutch word order) reads as shipped now when copied word for word; a creditor's own question
# before it stays.
PAID_EVERYTHING = (
    (
        "Could you pay this last amount as well? Then everything is settled.",
        "Please pay this last amount as well, and you will have paid everything.",
    ),
    (
        "Could you pay this last amount too? Then everything is settled.",
        "Please pay this last amount too, and you will have paid everything.",
    ),
    (
        "Would you like to pay this last amount too? Then everything is settled.",
        "Please pay this last amount too, and you will have paid everything.",
    ),
    ("this last amount too, and everything is settled.", "this last amount too, and you will have paid everything."),
    (
        "this last amount as well, and everything is settled.",
        "this last amount as well, and you will have paid everything.",
    ),
    ("this last amount too? Then everything is settled.", "this last amount too? Then you will have paid everything."),
    (
        "this last amount as well? Then everything is settled.",
        "this last amount as well? Then you will have paid everything.",
    ),
)
# ... and a missed instalment's "Our agreement then simply stands.": the Dutch "blijft onze afspraak gewoon staan"
# word for word; as shipped first, after a colon.
_PLAN_STANDS = (
    ("Our agreement then simply stands.", "Your payment plan then stays in place."),
    ("{pay_by}: our agreement then simply stands.", "{pay_by}: your payment plan then stays in place."),
)
# ... and "Please pay {pay_by}. Then we do not need to hand your file over ...": the Dutch "Dan hoeven wij ..." word
# for word, after a request, where English says "That way".
_NO_HANDOVER_NEEDED = (
    (
        "Then we do not need to hand your file over to a collection agency.",
        "That way, we do not need to hand your file over to a collection agency.",
    ),
)
_SHIPPED: dict[str, tuple[tuple[str, str], ...]] = {
    "final_notice": _NOTICE_SENT,
    # ... and, as shipped before, "omdat wij {not_received}." without its verb (the reminder has "... hebben").
    "final_notice_plain": (
        *_NOTICE_SENT,
        ("(een sommatie), omdat wij {not_received}. Wilt u", "(een sommatie), omdat wij {not_received} hebben. Wilt u"),
    ),
    "final_notice_unseen": _NOTICE_SENT,
    # Both sentences or neither: "De termijn in die brief" after an e-mail named as one reads as another letter.
    "final_notice_passed": (
        (
            "Wij hebben u een laatste brief gestuurd (een sommatie). De termijn in die brief is voorbij",
            "Wij hebben u {a_notice} gestuurd (een sommatie). De termijn daarvan is voorbij",
        ),
        (
            'We have sent you a final notice (in Dutch: <i lang="nl">sommatie</i>). The deadline in that letter has '
            "passed",
            'We have sent you {a_notice} (in Dutch: <i lang="nl">sommatie</i>). Its deadline has passed',
        ),
        *_NO_HANDOVER_NEEDED,
    ),
    "final_notice_passed_paused": _NO_HANDOVER_NEEDED,
    "final_notice_passed_plan": _NO_HANDOVER_NEEDED,
    # ... and its question without a subject ("Cannot pay this at once?"), where the others ask "Can't pay ...?".
    "final_notice_passed_plan_paused": (
        *_NO_HANDOVER_NEEDED,
        ("Cannot pay this at once? Please contact us", "Can't pay this at once? Please contact us"),
    ),
    # ... and the help box's question "Already working with ...? Let us know. Then we discuss this bill with them."
    HELP_INVITE: (
        ("Let us know. Then we discuss this bill with them.", "Let us know, and we will discuss this bill with them."),
    ),
    "newer_invoice": (
        ("nog niet in onze laatste brief (sommatie) stond", "nog niet in {the_notice} stond"),
        ("that was not in our final notice, and", "that was not in {the_notice}, and"),
    ),
    "newer_answered": (
        ("Daarom stond die niet in onze laatste brief (sommatie).", "Daarom stond die niet in {the_notice}."),
        ("so it was not in our final notice. We", "so it was not in {the_notice}. We"),
        *_ASK_PLAN,
    ),
    # "een ander incassobureau", of a second handover that may go to the first agency again: the agency, by name.
    "handover_agency_plan_kept": (
        ("overgedragen aan een ander incassobureau.", "overgedragen aan {agency}."),
        ("handed your file over to another collection agency.", "handed your file over to {agency}."),
    ),
    # "een incassobureau" where the handover letter and the page's top name the agency: by name ({agency}), or as
    # before when the ledger names none.
    "handover": _AGENCY_NAMED,
    "handover_plan_kept": _AGENCY_NAMED,
    # The first agency's plan a second handover ends "na de vorige overdracht", whose it was unsaid: by name
    # ({earlier_agency}).
    "handover_agency_plan_running": (
        ("die u na de vorige overdracht had afgesproken.", "die u met {earlier_agency} had afgesproken."),
        ("you agreed after the earlier handover.", "you agreed with {earlier_agency}."),
        *_THE_AGENCY,
    ),
    # The new plan agreed "met {agency}", "een incassobureau" (any agency) where the ledger names none: said of the
    # one that has the file ({the_agency}: "het incassobureau").
    "handover_plan_running": _THE_AGENCY,
    # "niet alleen de termijn" of two missed: {the_instalment}, in their number.
    # ... and their opening said what the top says, left out (`_SO_THE_NOTICE_ASKS`).
    "final_notice_plan": (*_THE_INSTALMENT, *_SO_THE_NOTICE_ASKS),
    "final_notice_plan_costs_charged": (*_THE_INSTALMENT, *_SO_THE_NOTICE_ASKS),
    "final_notice_plan_unagreed": (*_THE_INSTALMENT, *_SO_THE_NOTICE_ASKS),
    "overdue": (
        ("De betaaltermijn van deze factuur is voorbij", "De betaaltermijn van {this_invoice} is voorbij"),
        ("The payment term of this invoice has ended", "The payment term of {this_invoice} has ended"),
    ),
    "open": _QUESTION,
    "reminder": _QUESTION,
    "dunning": (*_DISAGREE, *_ASK_PLAN),
    "dunning_costs_charged": (*_DISAGREE, *_ASK_PLAN),
    "dunning_answered": _ASK_PLAN,
    "dunning_promise": _ASK_PLAN,
    "dispute_answered": _ASK_PLAN,
    "promise_kept": _ASK_PLAN,
    "promise": _PROMISE_SAID,
    "promise_passed": _PROMISE_PASSED_SAID,
    "promise_agency": _PROMISE_AGENCY_SAID,
    "settlement": (*_WAY_OUT, *_SETTLEMENT_WAIVED, *_SETTLEMENT_SAID),
    "settlement_passed": _SETTLEMENT_PASSED,
    "remainder": PAID_EVERYTHING,
    "plan_missed": _PLAN_STANDS,
    "plan_missed_part": _PLAN_STANDS,
    "plan_missed_several": _PLAN_STANDS,
    "plan_missed_several_part": _PLAN_STANDS,
    "notice_paid": (
        *PAID_EVERYTHING,
        ("het bedrag uit onze laatste brief (sommatie) op tijd", "het bedrag uit {the_notice} op tijd"),
        ("de dagen tussen die brief en uw betaling", "de dagen tussen die sommatie en uw betaling"),
        ("You paid the amount of our final notice in time", "You paid the amount of {the_notice} in time"),
        ("en daarna naar de factuur (artikel 6:44", "en daarna naar {the_invoice} (artikel 6:44"),
        ("hieronder open bij de factuur.", "hieronder open bij {the_invoice}."),
        ("and then to the invoice (article 6:44", "and then to {the_invoice} (article 6:44"),
        ("below is open on the invoice.", "below is open on {the_invoice}."),
    ),
}
_PLACEHOLDERS = {name: f"{{{name}}}" for name in MESSAGE_VALUES}  # each value as a message names it
_DUTCH = re.compile(r"\b(" + "|".join(re.escape(word) for word in DUTCH_IN_ENGLISH) + r")\b")


def dutch_marked(text: str, lang: Language) -> Markup:
    """A text of an English page with its Dutch words marked as Dutch (`lang="nl"`), escaped."""
    escaped = str(escape(text))
    if lang != Language.EN:
        return Markup(escaped)
    return Markup(_DUTCH.sub(r'<span lang="nl">\1</span>', escaped))


def money_figure(text: str) -> Markup:
    """An amount as "EUR <span class="figure">13.695,55</span>", escaped: the figure never breaks, the currency
    may go on a line of its own. As one word ("EUR" and a no-break space) a narrow phone, large text or wider
    letter spacing (WCAG 1.4.12) broke it inside the figure: "EUR 13.695,5" over "5" reads as another amount."""
    currency, space, figure = text.partition("\u00a0")
    if not space:
        return Markup(escape(text))
    return Markup(f'{escape(currency)} <span class="figure">{escape(figure)}</span>')


def email_breakable(address: str) -> Markup:
    """An e-mail address, escaped, that a narrow line breaks only after its "@" or a "." (`<wbr>`): it broke
    anywhere ("debiteuren@vaartscherijn.example.n" over "l"). A <wbr> is no character: copied, the address
    is whole."""
    html = str(escape(address))
    return Markup(html.replace("@", "@<wbr>").replace(".", ".<wbr>"))


KEEP_WHOLE = '<span class="keep">'  # the page's stylesheet keeps it on one line
KEEP_WHOLE_INLINE = '<span style="white-space:nowrap;">'  # an e-mail has no stylesheet to count on


def spans_marked(
    text: str,
    keep: tuple[str, ...] = (),
    dutch: tuple[str, ...] = (),
    keep_tag: str = KEEP_WHOLE,
    links: tuple[tuple[str, str], ...] = (),
) -> Markup:
    """`text` escaped, each of `keep` (a reference, a phone number) in a span kept whole on its line, each of
    `dutch` (a creditor's word the ledger has in Dutch only, on an English page) marked lang="nl", and each text
    of `links` (a phone number, an e-mail address, with its tel: or mailto: address) a link, kept whole too when
    it is in `keep`: wherever it stands, the longer part first where two overlap. Part by part, the first time
    each stood was marked ("Administratie" inside the creditor's name, not the role after it), and a later part
    could match inside a span an earlier one had put in. Found with str.find, not a pattern made per call: every
    page has its own reference, and compiling one for each cost 60 microseconds a call."""
    tags = {str(escape(part)): ('<span lang="nl">', "</span>") for part in dutch if part}
    tags.update({str(escape(part)): (keep_tag, "</span>") for part in keep if part})
    for part, href in links:
        if part:
            whole = part in keep  # its span is in tags already: the link goes round it
            opening = f'<a href="{escape(href)}">' + (keep_tag if whole else "")
            tags[str(escape(part))] = (opening, "</span></a>" if whole else "</a>")
    html = str(escape(text))
    spans, taken = [], [False] * len(html)
    for part in sorted(tags, key=len, reverse=True):
        start = html.find(part)
        while start >= 0:
            end = start + len(part)
            if not any(taken[start:end]):
                if tags[part][0] == keep_tag:  # a link ends at its text: its full stop is no part of it
                    end = _with_its_punctuation(html, end, taken)
                spans.append((start, end, tags[part]))
                taken[start:end] = [True] * (end - start)
            start = html.find(part, end)
    out, at = [], 0
    for start, end, (opening, closing) in sorted(spans):
        out += [html[at:start], opening, html[start:end], closing]
        at = end
    return Markup("".join(out) + html[at:])


# A part kept whole stands on the page as a box (inline-block), and a line may break after a box even before a
# comma: "RF55 D100 2" ended one line and ", dan kunnen wij" began the next. The mark that follows goes in its box.
TRAILING_MARKS = ",.;:!?)"


def _with_its_punctuation(html: str, end: int, taken: list[bool]) -> int:
    while end < len(html) and html[end] in TRAILING_MARKS and not taken[end]:
        end += 1
    return end


class Messages:
    """The editable message texts, content/messages/<lang>/<stage-or-status>.md, as HTML.

    A text may name a value in braces that each page fills in: {pay_by} is "by 3 December 2026"
    (the day before the next step) or "as soon as possible", {the_invoice} "the invoice" or "the invoices",
    {a_notice} "a final notice" or "a final notice by email" (see MESSAGE_VALUES). A text copied before a value
    existed, in the words shipped then, gets it all the same.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        missing = [
            str(self.path(lang, key))
            for lang in LANGUAGES
            for key in MESSAGE_KEYS
            if not self.path(lang, key).is_file()
        ]
        if missing:
            raise MessageMissing(
                "message text missing, every stage and status needs one per language: " + ", ".join(missing)
            )
        sources = {
            (lang, key): as_shipped_now(self.path(lang, key).read_text(encoding="utf-8"), _SHIPPED.get(key, ()))
            for lang in LANGUAGES
            for key in (*MESSAGE_KEYS, *OPTIONAL_MESSAGES, HELP_INVITE)
            if key in MESSAGE_KEYS or self.path(lang, key).is_file()
        }
        unknown = [
            f"{self.path(lang, key)}: {{{name}}} is not a value a page fills in (known: "
            + ", ".join(f"{{{known}}}" for known in MESSAGE_VALUES)
            + ")"
            for (lang, key), source in sources.items()
            for name in _PLACEHOLDER.findall(source)
            if name not in MESSAGE_VALUES
        ]
        if unknown:
            raise MessageInvalid("\n".join(unknown))
        # Staff write these files, not debtors: their Markdown is trusted as page content. One converter for the
        # 128 texts, reset before each as Markdown asks: making one costs more than converting a short text.
        converter = markdown.Markdown()
        self.html = {place: converter.reset().convert(source) for place, source in sources.items()}
        # Each message that reads otherwise while the page tells a payment the bank took back
        # (shipped.PAGE_RETURNED_TOLD): no "Misschien is het u ontschoten" nor "Heeft u het net betaald? Dan hoeft u
        # niets te doen." to someone who paid and whose payment came back, no "Daarom" for a letter or a handover the
        # return may postdate.
        told = {place: as_shipped_now(source, PAGE_RETURNED_TOLD) for place, source in sources.items()}
        self.returned_told = {
            place: converter.reset().convert(source) for place, source in told.items() if source != sources[place]
        }

    def path(self, lang: Language, key: str) -> Path:
        return self.folder / lang / f"{key}.md"

    def for_page(self, view: StatementView) -> Markup:
        """The page's message, its values filled in (escaped: they are text)."""
        keys = (view.message_key, *view.message_fallbacks)
        place = next((p for p in ((view.lang, k) for k in keys) if self.html.get(p)), (view.lang, keys[-1]))
        html = self.returned_told.get(place, self.html[place]) if view.returned is not None else self.html[place]
        values = view.message_values
        for name in values:
            # Only a value the message names is read, and so worked out and escaped (statement.view.MessageValues).
            if _PLACEHOLDERS[name] in html:
                html = filled_in(html, name, str(escape(values[name])))
        return Markup(html)

    def help_invite(self, view: StatementView) -> Markup | None:
        """The help box's question whether a counsellor already acts, where it asks it; None on a site without
        the text (copied before it), which shows the box as before."""
        html = self.html.get((view.lang, HELP_INVITE)) if view.help.invite else None
        return Markup(html) if html else None


class StatementPages:
    """Writes statement pages with the theme's statement template, as Pelican's writer would.

    The pages are written directly, not through Pelican's writer (which only adds a signal and a
    log line per file): the pass over the debtors writes them from its worker processes.
    """

    TEMPLATE = "statement"

    def __init__(self, template: Any, context: dict, messages: Messages, output: Path) -> None:
        self.template, self.messages, self.output = template, messages, output
        self.folder = str(output)  # the pages' paths are joined to it as text (`write`)
        # Every page lies at s/<token>/index.html: its way back to the site's root is the same for all,
        # and always relative (a page must find its assets wherever the site is served).
        root = path_to_url(get_relative_path(self.path("s/token/")))
        self.context = {**context, "SITEURL": root, "localsiteurl": root}
        self.page_context = with_globals(template, self.context)  # every page's, made once (`rendered`)

    @staticmethod
    def path(folder: str) -> str:
        """The page's file in the public output, `folder` being s/<token>/ (Build.path)."""
        return folder + "index.html"

    def write(self, folder: str, view: StatementView) -> None:
        """Write the page of `view` into `folder` (s/<token>/)."""
        name = self.path(folder)
        pay = view.pay
        html = rendered(
            self.template,
            {
                **self.page_context,
                "output_file": name,
                "view": view,
                "lang": view.lang,
                # The page's words: handed in, not set in the templates, where the set made each include copy
                # the page's whole context of some 180 names (BENCHMARKS.md, session 46).
                "L": LABELS[view.lang],
                "message": self.messages.for_page(view),
                "help_invite": self.messages.help_invite(view),
                # Our own serialiser writes the SVG and escapes its title; nothing from the ledger is markup.
                "qr": Markup(pay.qr_svg) if pay else None,
                "link_qr": Markup(pay.link_qr_svg) if pay and pay.link_qr_svg else None,
            },
        )
        # Joined as text, not as a Path: pathlib's parsing of each page's path was a few microseconds of the
        # page's CPU, for the same file (BENCHMARKS.md, session 45).
        target = os.path.join(self.folder, name)
        make_below(self.folder, os.path.dirname(name))  # never the output itself: a late writer fails instead
        with open(target, "wb") as page:
            page.write(html.encode("utf-8"))
        logger.info('Writing "%s"', target)  # as Pelican's writer logs it (`incasso build -v` cuts the token short)
