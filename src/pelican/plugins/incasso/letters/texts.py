"""The editable opening texts of the letters: content/letters/<lang>/<kind>.md.

Read and converted once per build: to HTML for the e-mails, and to plain
blocks (paragraphs and list items) for the PDF. A missing text stops the
build with its name, as a missing statement message does; so does a value in
braces that no letter fills in (the known ones: incasso.letters.view.TEXT_VALUES).
A variant opening (incasso.letters.view.OPENING_VARIANTS) is optional: a site
whose texts were copied before it was added uses the text it stands in for
instead (its kind's, or the variant a `_part` one is of, and so on). A letter
kind added since (BUILT_IN: the wait's confirmation, `pause`, and the
settlement's three) has no text to stand in for: a site without its own uses
the one shipped with the plugin; so do the openings after a settlement ended,
whose kind's text would read as if nothing had been agreed.
A text copied before {steps_sent}, {this_letter}, {the_invoice}, {when_to_call} or {asked_again}
existed, in the words shipped then, gets the value all the same (`shipped.as_shipped_now`),
and a sentence shipped once that the core now says is left out (`_SHIPPED`).
A site's own `pause.md` is said in a promise's or a plan's confirmation that
confirms the wait too, below its opening (`LetterTexts.opening`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import markdown
from markupsafe import Markup, escape

from incasso.fmt import filled_in
from incasso.ledger.model import LANGUAGES
from incasso.letters.due import LETTER_KINDS, LetterKind
from incasso.letters.view import (
    ANSWERED,
    ARRANGEMENT_SINGLE,
    DUNNING_AFTER_SETTLEMENT,
    DUNNING_ANSWERED,
    DUNNING_COSTS_CHARGED,
    DUNNING_PROMISE,
    FINAL_NOTICE_AFTER_SETTLEMENT,
    FINAL_NOTICE_ANSWERED,
    FINAL_NOTICE_PLAN,
    FINAL_NOTICE_PLAN_UNAGREED,
    HANDOVER_AGENCY_PLAN_RUNNING,
    HANDOVER_ANSWERED,
    HANDOVER_PLAN_RUNNING,
    INSTALLMENT_REMINDER_ANSWERED,
    INSTALLMENT_REMINDER_SEVERAL,
    INSTALLMENT_REMINDER_SINGLE,
    INSTALMENT_OPENINGS,
    OPENING_VARIANTS,
    PART,
    REMINDER_AFTER_SETTLEMENT,
    REMINDER_REST,
    TEXT_VALUES,
)

from ..shipped import RETURNED_TOLD, SLIPPED, as_shipped_now, left_out
from ..statements import PAID_EVERYTHING
from .pdf import Block


class LetterTextMissing(Exception):
    """A letter has no opening text in some language: no letter may go out without one."""


class LetterTextInvalid(Exception):
    """A letter text names a value no letter fills in: no letter may go out with "{...}" in it."""


_PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
# Sentences as shipped before a value existed, with the value that replaced words in them: a site whose texts
# were copied before says what the letter is all the same. The final notice claimed a reminder and a dunning
# letter whatever the dossier recorded ({steps_sent}), and the dunning letter a reminder of every invoice it asked,
# also one that had none of its own; the confirmations called an e-mail "deze brief"; the dunning letters asked
# about "de factuur" of a dossier with three open ({the_invoice}); a final notice e-mailed called itself "onze
# laatste brief" ({this_notice}).
_SHIPPED: dict[str, tuple[tuple[str, str], ...]] = {
    LetterKind.FINAL_NOTICE: (
        ("Wij hebben u een herinnering en een aanmaning gestuurd", "Wij hebben u {steps_sent} gestuurd"),
        ("We have sent you a reminder and a second reminder", "We have sent you {steps_sent}"),
    ),
    LetterKind.PROMISE: (
        ("In deze brief zetten wij", "In {this_letter} zetten wij"),
        ("In this letter we set out", "In {this_letter} we set out"),
    ),
    LetterKind.DUNNING: (
        ("Wij hebben u eerder een herinnering gestuurd, maar", "Wij hebben u eerder {steps_sent} gestuurd, maar"),
        ("We sent you a reminder earlier, but", "We sent you {steps_sent} earlier, but"),
        ("of bent u het niet eens met de factuur? Laat", "of bent u het niet eens met {the_invoice}? Laat"),
        (
            "or you disagree with the invoice, please let us know",
            "or you disagree with {the_invoice}, please let us know",
        ),
    ),
}
# A final notice e-mailed in a form that binds called itself "onze laatste brief" ({this_notice}).
_THIS_NOTICE = (
    ("Dit is onze laatste brief (sommatie)", "{this_notice}"),
    ("This is our final notice (in Dutch: sommatie)", "{this_notice}"),
)
# ... and one over a plan "niet alleen de termijn" of two missed ({the_instalment}).
_THE_INSTALMENT = (
    ("niet alleen de termijn.", "niet alleen {the_instalment}."),
    ("not only the instalment.", "not only {the_instalment}."),
    ("not only the instalment, within", "not only {the_instalment}, within"),
)
_SHIPPED[LetterKind.FINAL_NOTICE] += _THIS_NOTICE
_SHIPPED[FINAL_NOTICE_ANSWERED] = _THIS_NOTICE
_SHIPPED[FINAL_NOTICE_PLAN] = _THIS_NOTICE + _THE_INSTALMENT
_SHIPPED[FINAL_NOTICE_PLAN_UNAGREED] = _THE_INSTALMENT
# ... and the handover named no agency in its opening ({agency}), where the variants beside it do.
_SHIPPED[LetterKind.HANDOVER] = _SHIPPED[HANDOVER_ANSWERED] = (
    ("overgedragen aan een incassobureau.", "overgedragen aan {agency}."),
    ("handed your file over to a collection agency.", "handed your file over to {agency}."),
)
# ... and the first agency's plan a second handover ends "na de vorige overdracht", whose it was unsaid
# ({earlier_agency}).
# ... and the new plan agreed "met {agency}": "een incassobureau" (any agency) where the ledger names none, said of
# the one that has the file ({the_agency}: "het incassobureau").
_THE_AGENCY = (
    ("nieuwe betalingsregeling af met {agency}.", "nieuwe betalingsregeling af met {the_agency}."),
    ("agree a new payment plan with {agency}.", "agree a new payment plan with {the_agency}."),
)
_SHIPPED[HANDOVER_AGENCY_PLAN_RUNNING] = (
    ("die u na de vorige overdracht had afgesproken.", "die u met {earlier_agency} had afgesproken."),
    ("you agreed after the earlier handover.", "you agreed with {earlier_agency}."),
    *_THE_AGENCY,
)
_SHIPPED[HANDOVER_PLAN_RUNNING] = _THE_AGENCY
_SHIPPED[LetterKind.ARRANGEMENT] = _SHIPPED[LetterKind.PROMISE]
# ... and the promise's confirmation said "Lukt het toch niet op tijd? Laat het ons dan zo snel mogelijk weten" above
# the core's "Lukt het niet op tijd? Laat het ons dan vóór 31 maart 2026 weten": said twice, the vaguer first. Each
# version shipped is left out, word for word; a creditor's own words stay (docs/letters.md, "Said once").
_SHIPPED[LetterKind.PROMISE] += tuple(
    (shipped, "")
    for shipped in (
        "Lukt het toch niet op tijd? Laat het ons dan zo snel mogelijk weten, dan zoeken wij samen een oplossing.",
        "Lukt het toch niet op tijd? Laat het ons dan vóór de afgesproken datum weten, dan zoeken wij samen een "
        "oplossing.",
        "Lukt het toch niet op tijd? Laat het ons dan vóór de afgesproken datum weten, dan zoeken we samen een "
        "oplossing.",
        "If you cannot pay in time after all, please let us know as soon as possible. We will find a solution "
        "together.",
        "If you cannot pay in time after all, please let us know as soon as possible, and we will find a solution "
        "together.",
        "If you cannot pay in time after all, please let us know before the agreed date, and we will find a solution "
        "together.",
    )
)
# ... and the settled letter opened with "u heeft het afgesproken bedrag helemaal betaald" above the core's "Op 10
# maart 2026 had u dat bedrag op tijd helemaal betaald": the opening says the file is closed, the core why.
_SHIPPED[LetterKind.SETTLED] = (
    (
        "Goed nieuws: u heeft het afgesproken bedrag helemaal betaald. Daarmee is uw dossier bij ons afgesloten.",
        "Goed nieuws: uw dossier bij ons is afgesloten.",
    ),
    (
        "Good news: you have paid the agreed amount in full. Your file with us is now closed.",
        "Good news: your file with us is closed.",
    ),
)
# ... and every dunning letter asked "opnieuw" of every invoice in it, also of one no letter had asked before
# ({asked_again}: "opnieuw" of the others, "en nu ook" of it).
_ASKED_AGAIN = (
    ("Daarom vragen wij u opnieuw om te betalen, nu met een nieuwe uiterste datum.", "{asked_again}"),
    ("So we are asking you again to pay, with a new deadline.", "{asked_again}"),
)
_SHIPPED[LetterKind.DUNNING] += _ASKED_AGAIN
_SHIPPED[DUNNING_COSTS_CHARGED] = _SHIPPED[LetterKind.DUNNING]
_SHIPPED[DUNNING_ANSWERED] = _SHIPPED[DUNNING_PROMISE] = _ASKED_AGAIN
# ... and the rest's reminder said "and everything is settled", as the page's messages did (statements.PAID_EVERYTHING).
_SHIPPED[REMINDER_REST] = PAID_EVERYTHING
# ... and the reminders of a missed instalment asked for a call "het liefst vóór de datum hieronder" also when that day
# was the letter's own, or gone by the time it arrived ({when_to_call}: "zo snel mogelijk" then).
_WHEN_TO_CALL = (
    ("Bel of mail ons dan, het liefst vóór de datum hieronder.", "Bel of mail ons dan, {when_to_call}."),
    ("please call or email us, preferably before the date below.", "please call or email us, {when_to_call}."),
)
for _reminder in (LetterKind.INSTALLMENT_REMINDER, INSTALLMENT_REMINDER_SEVERAL, INSTALLMENT_REMINDER_SINGLE):
    _SHIPPED[_reminder] = _SHIPPED[_reminder + PART] = _WHEN_TO_CALL
_SHIPPED[LetterKind.SETTLEMENT_REMINDER] = _WHEN_TO_CALL


# ... and the confirmations said what they do twice: "In deze brief zetten wij onze afspraak op een rij, zodat u die
# nog eens kunt nalezen." (the text) above "Met deze brief bevestigen wij die afspraak." (the core's, beside what was
# agreed). The core's stays; each version of the text's shipped is left out, after "deze brief" became {this_letter}.
# So is the plan's "Lukt het een keer niet om een termijn te betalen? ...", which its way out says.
_SHIPPED[LetterKind.PROMISE] += left_out(
    "In {this_letter} zetten wij onze afspraak op een rij, zodat u die nog eens kunt nalezen.",
    "In {this_letter} we set out what we agreed, so that you have it in writing.",
    "In {this_letter} we set out what we agreed, so that you can read it again.",
)
_SHIPPED[LetterKind.ARRANGEMENT] = _SHIPPED[LetterKind.ARRANGEMENT] + left_out(
    "In {this_letter} zetten wij de afspraken op een rij: welke termijnen u betaalt, en wanneer.",
    "In {this_letter} we set out what we agreed: which instalments you pay, and when.",
    "Lukt het een keer niet om een termijn te betalen? Neem dan zo snel mogelijk contact met ons op, dan kijken wij "
    "samen of wij de regeling kunnen aanpassen.",
    "Lukt het een keer niet om een termijn te betalen? Neem dan zo snel mogelijk contact met ons op, dan kijken we "
    "samen of we de regeling kunnen aanpassen.",
    "If you cannot pay an instalment at some point, please contact us as soon as possible, and we will see together "
    "whether we can change the plan.",
)
_SHIPPED[ARRANGEMENT_SINGLE] = left_out(
    "In {this_letter} zetten wij de afspraak op een rij: hoeveel u betaalt, en wanneer.",
    "In {this_letter} we set out what we agreed: how much you pay, and when.",
    "Lukt het niet om de termijn op tijd te betalen? Neem dan zo snel mogelijk contact met ons op, dan kijken wij "
    "samen of wij de regeling kunnen aanpassen.",
    "If you cannot pay the instalment on time, please contact us as soon as possible, and we will see together "
    "whether we can change the plan.",
)
_SHIPPED[LetterKind.SETTLEMENT] = left_out(
    "In {this_letter} zetten wij die afspraak op een rij, zodat u die nog eens kunt nalezen.",
    "In {this_letter} we set out what we agreed, so that you can read it again.",
) + (
    # ... and its English thanked for "our agreement on a lower amount", word for word from the Dutch: as the plan's.
    ("Thank you for our agreement on a lower amount.", "Thank you for agreeing a lower amount with us."),
)


@dataclass(frozen=True)
class LetterText:
    html: Markup  # for the e-mail's HTML part
    blocks: tuple[Block, ...]  # for the PDF and the e-mail's plain text part
    named: frozenset[str] = frozenset()  # the values it names in braces (LetterView.read_with)

    def filled(self, values: tuple[tuple[str, str], ...]) -> LetterText:
        """The text with its values in braces filled in (escaped in the HTML: they are text)."""
        html, blocks = str(self.html), self.blocks
        for name, value in values:
            html = filled_in(html, name, str(escape(value)))
            blocks = tuple((kind, filled_in(line, name, value)) for kind, line in blocks)
        return LetterText(Markup(html), blocks, self.named)

    def then(self, other: LetterText) -> LetterText:
        """This text with `other` below it, as one opening (the values either names, named)."""
        return LetterText(Markup(self.html + other.html), self.blocks + other.blocks, self.named | other.named)


# The letter kinds added after sites copied their texts, with no older text to stand in: a site whose
# content/letters lacks one reads the text shipped in the plugin's own content/letters (README, "Your texts").
# So do the openings of the first step's letter after a settlement ended: the kind's own text ("Misschien is het u
# ontschoten", "Wij hebben u een herinnering en een aanmaning gestuurd, maar") reads as if nothing had been agreed.
BUILT_IN = frozenset(
    {
        LetterKind.PAUSE,
        LetterKind.SETTLEMENT,
        LetterKind.SETTLED,
        LetterKind.SETTLEMENT_REMINDER,
        REMINDER_AFTER_SETTLEMENT,
        DUNNING_AFTER_SETTLEMENT,
        FINAL_NOTICE_AFTER_SETTLEMENT,
        INSTALLMENT_REMINDER_ANSWERED,  # its kind's "Misschien is het u ontschoten", after an answer
    }
)
# The first reminder of a missed instalment since a dispute's answer reads `installment_reminder_answered` (the
# sentence that names the answer) and then the reminder's own opening in one paragraph, without the sentence it
# shipped with that is untrue after a dispute: it did not slip their mind (letters.view.INSTALMENT_ANSWERED_OPENINGS,
# shipped.SLIPPED). A letter that tells a payment the bank took back (LetterView.returned) reads its opening without
# it too, and without "Heeft u het net betaald? Dan hoeft u niets te doen." (`LetterTexts.opening`): the debtor paid,
# and the bank took it back.
SHIPPED_LETTERS = Path(__file__).resolve().parent.parent / "content" / "letters"
# What the wait's own letter says of itself, as shipped: a promise's or a plan's confirmation that says the wait too
# (DueLetter.wait) says it in its own words ("Ook dat bevestigen wij met deze brief."), and its opening is above.
# Each sentence on its own: a site that reworded one kept the other word for word.
_WAIT_LETTER_ONLY = left_out(
    "Dit bevestigen wij in {this_letter}.",
    "Hieronder leest u wat het wachten betekent en wat er daarna gebeurt.",
    "{this_letter} confirms it.",
    "We confirm this in {this_letter}.",
    "Below you can read what the wait means and what happens after it.",
)


class LetterTexts:
    """Every letter's opening text, per (language, kind)."""

    def __init__(self, folder: Path):
        missing = [str(self.path(folder, lang, kind)) for lang in LANGUAGES for kind in LETTER_KINDS]
        missing = [path for path in missing if not Path(path).is_file() and Path(path).stem not in BUILT_IN]
        if missing:
            raise LetterTextMissing("letter text missing, every letter needs one per language: " + ", ".join(missing))
        self.texts: dict[tuple[str, str], LetterText] = {}
        # Each opening that reads otherwise while a returned payment is told (shipped.RETURNED_TOLD), by its key.
        self.returned_told: dict[tuple[str, str], LetterText] = {}
        sources: dict[tuple[str, str], str] = {}
        unknown = []
        converter = markdown.Markdown()  # one for every text, reset before each (statements.Messages says why)
        for lang in LANGUAGES:
            for kind in (*LETTER_KINDS, *OPENING_VARIANTS):
                path = self.path(folder, lang, kind)
                if kind in BUILT_IN and not path.is_file():
                    path = self.path(SHIPPED_LETTERS, lang, kind)  # copied before it existed: the shipped text
                elif kind in OPENING_VARIANTS and not path.is_file():
                    continue  # optional: its kind's text stands in (__getitem__)
                source = as_shipped_now(path.read_text(encoding="utf-8"), _SHIPPED.get(kind, ()))
                sources[(lang, kind)] = source
                unknown += [
                    f"{path}: {{{name}}} is not a value a letter fills in (known: "
                    + ", ".join(f"{{{known}}}" for known in TEXT_VALUES)
                    + ")"
                    for name in _PLACEHOLDER.findall(source)
                    if name not in TEXT_VALUES
                ]
                # Staff write these files, not debtors: their Markdown is trusted as letter content.
                self.texts[(lang, kind)] = _converted(converter, source)
                told = as_shipped_now(source, RETURNED_TOLD)
                if told != source:
                    self.returned_told[(lang, kind)] = _converted(converter, told)
        if unknown:
            raise LetterTextInvalid("\n".join(unknown))
        for lang in LANGUAGES:
            for opening in INSTALMENT_OPENINGS:
                answered = _answered_instalment(sources, lang, opening)
                self.texts[(lang, opening + ANSWERED)] = _converted(converter, answered)
                told = as_shipped_now(answered, RETURNED_TOLD)  # its "Heeft u de termijn net betaald?" too
                if told != answered:
                    self.returned_told[(lang, opening + ANSWERED)] = _converted(converter, told)
        self.waits: dict[tuple[str, bool], LetterText] = {
            (lang, named): wait
            for lang in LANGUAGES
            for named in (False, True)
            if (wait := _own_wait(folder, lang, converter, named_above=named)) is not None
        }

    @staticmethod
    def path(folder: Path, lang: str, kind: str) -> Path:
        return folder / lang / f"{kind}.md"

    def __getitem__(self, key: tuple[str, str]) -> LetterText:
        return self.texts[self._own(*key)]

    def _own(self, lang: str, opening: str) -> tuple[str, str]:
        """The text `opening` reads: its own, or the one it falls back to (OPENING_VARIANTS)."""
        while (lang, opening) not in self.texts and opening in OPENING_VARIANTS:
            opening = OPENING_VARIANTS[opening]  # a `_part` opening's own variant, then its kind's
        return (lang, opening)

    def opening(self, lang: str, opening: str, *, wait_too: bool = False, returned: bool = False) -> LetterText:
        """The letter's opening text; `wait_too` (a promise's or a plan's confirmation that confirms a wait too,
        DueLetter.wait): with the site's own words of `pause.md` below it, where it has any of its own; without its
        {asked_to_wait} below an opening that says the wait granted already (a site's own promise.md naming it);
        `returned` (the letter tells a payment the bank took back): without "Misschien is het u ontschoten", nor
        "Heeft u het net betaald? Dan hoeft u niets te doen." (shipped.RETURNED_TOLD)."""
        own = self._own(lang, opening)
        text = self.returned_told.get(own, self.texts[own]) if returned else self.texts[own]
        wait = self.waits.get((lang, "asked_to_wait" in text.named)) if wait_too else None
        return text.then(wait) if wait is not None else text


def _answered_instalment(sources: dict[tuple[str, str], str], lang: str, opening: str) -> str:
    """The first reminder of a missed instalment since a dispute's answer: the answer's sentence, then the opening's
    own text (or the one it falls back to) in the same paragraph, less "Misschien is het u ontschoten" (`SLIPPED`)."""
    own = opening
    while (lang, own) not in sources:
        own = OPENING_VARIANTS[own]
    answer = sources[(lang, INSTALLMENT_REMINDER_ANSWERED)].strip()
    return f"{answer} {as_shipped_now(sources[(lang, own)], SLIPPED).lstrip()}"


def _own_wait(folder: Path, lang: str, converter: markdown.Markdown, *, named_above: bool) -> LetterText | None:
    """A site's own `pause.md` as it reads in a promise's or a plan's confirmation that confirms the wait too: without
    what the wait's own letter says of itself as shipped (`_WAIT_LETTER_ONLY`); below an opening that names
    {asked_to_wait} itself (`named_above`), without its {asked_to_wait}: the wait granted said once, where the
    reader meets it first. None without words of its own: no file (the shipped text stands in), or nothing left but
    {asked_to_wait}, which the confirmation says itself."""
    path = LetterTexts.path(folder, lang, LetterKind.PAUSE)
    if not path.is_file():
        return None
    source = as_shipped_now(path.read_text(encoding="utf-8"), _SHIPPED.get(LetterKind.PAUSE, ()) + _WAIT_LETTER_ONLY)
    if named_above:
        source = _ASKED_TO_WAIT.sub("", source)
    if source.strip() in ("", "{asked_to_wait}"):
        return None
    return _converted(converter, source)


def _converted(converter: markdown.Markdown, source: str) -> LetterText:
    """`source` as a letter's text: its HTML (the converter reset first), its blocks and the values it names."""
    html = converter.reset().convert(source)
    return LetterText(Markup(html), blocks(html), frozenset(_PLACEHOLDER.findall(source)))


# {asked_to_wait} with the spaces after it, left out of a site's own pause.md below an opening that names it.
_ASKED_TO_WAIT = re.compile(r"\{asked_to_wait\}[ \t]*")


def blocks(html: str) -> tuple[Block, ...]:
    """The paragraphs and list items of Markdown's HTML as plain text; emphasis is dropped."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    return tuple(parser.found)


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Block] = []
        self.kind: str | None = None
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "p" and self.kind == "li" and not "".join(self.parts).strip():
            return  # a list item of a loose list holds a paragraph: it stays a list item
        if tag in ("p", "li", "h1", "h2", "h3", "blockquote"):
            self._flush()
            self.kind = "li" if tag == "li" else "p"
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag) -> None:
        if tag in ("p", "li", "h1", "h2", "h3", "blockquote"):
            self._flush()

    def handle_data(self, data) -> None:
        if self.kind is not None:
            self.parts.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if self.kind is not None and text:
            self.found.append((self.kind, text))
        self.kind, self.parts = None, []
