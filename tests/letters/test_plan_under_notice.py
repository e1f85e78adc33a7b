"""The letters to a plan in arrears under a final notice say what its page says (s40 newcomer, E-2001:
tests.support.plan_notice): the notice does not offer a payment plan to a debtor who has one; the reminder of an
instalment missed in the notice's term names what is open of the instalment, asks what the page asks (what stops
the costs), and gives the page's day for the handover, not the term's last day."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.outlook import claim_as_sent
from incasso.letters.view import OPENING_VARIANTS, letter_view
from incasso.statement.view import statement_view
from tests.support.plan_notice import (
    AFTER,
    NOTICE,
    ONE_NOTICE,
    REMINDED,
    SINCE_READ,
    plan_notice_ledger,
    plan_of_one_ledger,
    two_missed_since_ledger,
)
from tests.support.site import REPO

CONTENT = REPO / "content"


def _letter(tmp_path, day, kind, *, notice=True, language="en", form=Channel.LETTER):
    ledger = plan_notice_ledger(tmp_path, notice=notice, language=language)
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == kind]
    page = statement_view(claim_as_sent(ledger, claim), ledger)
    return letter_view(ledger, claim, due, form), page, claim


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_offers_no_plan_as_if_there_were_none(tmp_path, language):
    """ "If you are unable to pay, contact us now: a payment plan is still possible." to a debtor whose plan it ends."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letter, _, claim = _letter(tmp_path, NOTICE, LetterKind.FINAL_NOTICE, notice=False, language=language)
    assert letter.opening == "final_notice_plan"
    blocks = LetterTexts(CONTENT / "letters")[(language, letter.opening)].filled(letter.text_values).blocks
    said = " ".join(b[1] for b in blocks)
    assert ("nog steeds mogelijk" if language == "nl" else "still possible") not in said
    assert ("betalingsregeling" if language == "nl" else "payment plan") in said


def test_a_site_without_the_plan_s_notice_text_shows_the_notice_s(tmp_path):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letter, _, _ = _letter(tmp_path, NOTICE, LetterKind.FINAL_NOTICE, notice=False)
    assert OPENING_VARIANTS[letter.opening] == LetterKind.FINAL_NOTICE
    old_site = shutil.copytree(CONTENT / "letters", tmp_path / "letters")
    for lang in ("nl", "en"):
        (old_site / lang / f"{letter.opening}.md").unlink()
    old = LetterTexts(old_site)
    assert old[("nl", letter.opening)] == old[("nl", LetterKind.FINAL_NOTICE)]


@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_in_the_term_asks_what_the_page_asks(tmp_path, language, form):
    """It asked EUR 250.00 ("You will then have paid every instalment of your plan") beside "Your instalment alone
    does not stop them"; the page asks what stops the costs."""
    letter, page, _ = _letter(tmp_path, REMINDED, LetterKind.INSTALLMENT_REMINDER, language=language, form=form)
    assert letter.lead.amount == page.summary.amount
    first = letter.terms[0]
    assert ("Er staat nog EUR\xa0250,00 open" if language == "nl" else "EUR\xa0250.00 is still open") in first
    said = " ".join(letter.terms)
    assert ("265,86" if language == "nl" else "265.86") in said
    assert ("alleen houdt" if language == "nl" else "alone does not stop") not in said


@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_gives_the_page_s_handover_day(tmp_path, language, form):
    """The e-mail said "If we have not received EUR 250.00 by 10 December 2026, we may hand your file over", the page
    "by 17 December 2026": the handover comes no earlier than the reminder + 14 days."""
    letter, page, _ = _letter(tmp_path, REMINDED, LetterKind.INSTALLMENT_REMINDER, language=language, form=form)
    day = "17 december 2026" if language == "nl" else "17 December 2026"
    assert any(day in line for line in page.next_steps)
    (handover,) = [line for line in letter.next_steps.lines if "overdragen" in line or "hand your file" in line]
    assert day in handover
    assert "10 december 2026" not in handover.lower()


# s60: the reminder of an instalment missed in the notice's term said "Onze sommatie geldt nog" twice, in its box (the
# page's top) and beside what it asks; of two missed since the notice (tests.support.plan_notice.two_missed_since), it
# said "ook deze termijn" right after naming both. It says it once, beside what it asks, of as many as it names.
STILL = {"nl": "Onze sommatie geldt nog", "en": "Our final notice still applies"}
THESE = {"nl": "ook deze termijnen.", "en": "these instalments included."}
BOTH = {"nl": ("30 november 2026", "4 december 2026"), "en": ("30 November 2026", "4 December 2026")}


@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_in_the_term_says_once_that_the_notice_still_asks_what_it_names(tmp_path, language, form):
    one, _, _ = _letter(tmp_path / "one", REMINDED, LetterKind.INSTALLMENT_REMINDER, language=language, form=form)
    ledger = two_missed_since_ledger(tmp_path / "two", language)
    claim = assess(ledger, ledger.debtors[0], SINCE_READ)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.INSTALLMENT_REMINDER]
    two = letter_view(ledger, claim, due, form)
    for letter in (one, two):
        said = " ".join([*letter.lead.lines, *letter.terms])
        assert said.count(STILL[language]) == 1, said
    assert all(day in two.terms[0] for day in BOTH[language]), two.terms
    assert THESE[language] in two.terms[1]
    assert THESE[language] not in " ".join(one.terms)  # one instalment: "deze termijn"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_after_the_term_names_the_costs_in_the_rest(tmp_path, language):
    letter, _, _ = _letter(tmp_path, AFTER, LetterKind.INSTALLMENT_REMINDER, language=language)
    (rest,) = [line for line in letter.next_steps.lines if "56" in line]
    assert ("40,00" if language == "nl" else "40.00") in rest
    assert ("klein bedrag" if language == "nl" else "small amount") not in rest


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_read_after_the_term_says_it_ran(tmp_path, language):
    """Posted on 9 December, read on the 11th, the reminder of the instalment of 30 November (missed after the
    notice of 24 November) asked "Please pay EUR 266.00 by 10 December 2026. If you have not paid EUR 265.24 by 10
    December 2026, collection costs of EUR 40.00 are added.": a day gone, and costs still to come that are owed
    from the 11th unless paid. It gives a day to act on and says the term ran, as the reminder of a plan agreed in
    the term does; "Your instalment alone did not stop them" only as it is true: the EUR 250.00 open of it, due in
    the term, was less than the EUR 265.24 that stopped them."""
    letter, _, claim = _letter(tmp_path, date(2026, 12, 9), LetterKind.INSTALLMENT_REMINDER, language=language)
    said = " ".join(letter.terms)
    gone = "uiterlijk 10 december 2026" if language == "nl" else "by 10 December 2026"
    assert gone not in said
    assert ("liep tot en met 10 december 2026" if language == "nl" else "was 10 December 2026") in said
    assert ("vanaf 11 december 2026" if language == "nl" else "from 11 December 2026") in said
    assert ("265,24" if language == "nl" else "265.24") in said
    assert letter.lead.by is None or "10 " not in str(letter.lead.by)
    alone = "termijn alleen hield die niet tegen" if language == "nl" else "instalment alone did not stop them"
    assert alone in said
    assert claim.running_plan.missed_installment.open < claim.costs.asked_left  # what makes it true


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_box_of_the_reminder_read_after_the_term_says_not_that_the_notice_still_applies(tmp_path, language):
    """s60: posted on 9 December and read on the 11th, after the notice's term, the reminder's text says the term ran
    (above), while its box still said "Onze sommatie geldt nog: die vraagt het hele bedrag dat te laat is, ook uw
    termijn.", the page's top as of the day it was written. The box says it no more than the text does; the e-mail,
    read the same day, in the term, says it once, beside what it asks (above)."""
    letter, _, _ = _letter(tmp_path, date(2026, 12, 9), LetterKind.INSTALLMENT_REMINDER, language=language)
    ran = "liep tot en met 10 december 2026" if language == "nl" else "was 10 December 2026"
    assert ran in " ".join(letter.terms)
    said = " ".join([*letter.lead.lines, *letter.terms])
    assert STILL[language] not in said, letter.lead.lines
    assert letter.lead.lines  # the box keeps the rest of the page's top: the total open


# What the notice over a plan asks, said as what it is (s59): "everything that is overdue" left the English reader to
# guess whether that meant every instalment still to come; the page's top says "the whole overdue amount".
ASKS = {"nl": "die vraagt alles wat te laat is, niet alleen de termijn.", "en": "the whole overdue amount, not only the "
        "instalment."}  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_names_the_amount_it_asks(tmp_path, language):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letter, page, _ = _letter(tmp_path, NOTICE, LetterKind.FINAL_NOTICE, notice=False, language=language)
    texts = LetterTexts(CONTENT / "letters")
    said = " ".join(b[1] for b in texts[(language, letter.opening)].filled(letter.text_values).blocks)
    assert ASKS[language] in said
    assert "everything" not in said
    assert letter.lead.amount == page.summary.amount  # that amount, in the box below the opening


def test_the_unagreed_notice_over_a_plan_names_the_amount_it_asks_too():
    """The same opening e-mailed without the consumer's consent (final_notice_plan_unagreed.md)."""
    said = (CONTENT / "letters" / "en" / "final_notice_plan_unagreed.md").read_text(encoding="utf-8")
    assert "pay the whole overdue amount, not only {the_instalment}." in said
    assert "everything" not in said


# s59: the rest of what a debtor reads in English of a notice over a plan said "everything (that is) overdue" still: the
# page's messages beside it (content/messages/en/final_notice_plan*.md), the line by its QR code, the plan's letters on
# what a notice would ask "by then", and the reminder of an instalment missed in its term. Each now names the amount,
# as the notice's opening does.
EVERYTHING_OVERDUE = re.compile(r"everything (?:that is |that was )?overdue", re.IGNORECASE)


def _english_texts() -> dict[str, str]:
    from incasso.ledger.model import Language
    from incasso.letters import words
    from incasso.statement.labels import LABELS

    said = {f"labels {key}": value for key, value in LABELS[Language.EN].items()}
    said |= {f"words {key}": value for key, value in words.EN.items() if isinstance(value, str)}
    # The sample terms too (s60: "Our final notice then asks for everything that is overdue"): a change to them is a
    # new shipped version (build.SAMPLE_TERMS_SHIPPED), which a copy of an earlier one still counts as.
    files = [
        *(CONTENT / "messages" / "en").glob("*.md"),
        *(CONTENT / "letters" / "en").glob("*.md"),
        *(CONTENT / "pages").glob("*.en.md"),
    ]
    return said | {str(path.relative_to(CONTENT)): path.read_text(encoding="utf-8") for path in files}


def test_no_english_text_asks_everything_overdue():
    said = _english_texts()
    assert len(said) > 500  # every label, every letter word, every message, letter and page
    assert [name for name, text in said.items() if EVERYTHING_OVERDUE.search(text)] == []
    for name in ("labels plan_qr_notice", "words installment_pay_notice",
                 "words plan_then_final_notice", "pages/voorwaarden.en.md"):  # fmt: skip
        assert re.search(r"the whole (?:overdue amount|amount overdue)", said[name]), name


# A plan of one (tests.support.plan_notice.plan_of_one_ledger): the opening of the final notice over it said "de
# termijnen zijn niet allemaal op tijd betaald" ("its instalments have not all been paid on time").
ONE_PLAN_OPENS = {
    "nl": "Wij hebben met u een betalingsregeling afgesproken, maar de termijn is niet op tijd betaald.",
    "en": "We agreed a payment plan with you, but its instalment has not been paid on time.",
}
ALL_OF_THEM = {"nl": "niet allemaal", "en": "not all"}


def _plan_of_one(tmp_path, language, form, **changes):
    ledger = plan_of_one_ledger(tmp_path, language=language, **changes)
    claim = assess(ledger, ledger.debtors[0], ONE_NOTICE)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    return letter_view(ledger, claim, due, form)


@pytest.mark.parametrize("unagreed", [False, True])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_of_one_speaks_of_its_one_instalment(tmp_path, language, unagreed):
    from pelican.plugins.incasso.letters.texts import LetterTexts
    from tests.support.ledgers import MISSING

    changes = {"contact.address": MISSING} if unagreed else {}
    letter = _plan_of_one(tmp_path, language, Channel.EMAIL if unagreed else Channel.LETTER, **changes)
    assert letter.opening == "final_notice_plan_single" + ("_unagreed" if unagreed else "")
    texts = LetterTexts(CONTENT / "letters")
    said = " ".join(b[1] for b in texts[(language, letter.opening)].filled(letter.text_values).blocks)
    assert said.startswith(ONE_PLAN_OPENS[language]), said
    assert ALL_OF_THEM[language] not in said
    # A site whose texts were copied before writes the plan's opening, as it did.
    old_site = shutil.copytree(CONTENT / "letters", tmp_path / "old-letters")
    for lang in ("nl", "en"):
        (old_site / lang / f"{letter.opening}.md").unlink()
    old = LetterTexts(old_site)[(language, letter.opening)].filled(letter.text_values).blocks
    assert old == texts[(language, OPENING_VARIANTS[letter.opening])].filled(letter.text_values).blocks
