"""The reminder of a missed instalment, and the page beside it, say whether anything was paid of it: "nog niet betaald"
when nothing was, and what was paid and what is left when part was; not "nog niet (helemaal) betaald" either way.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), no interest; the plans are agreed on Tuesday 10
March 2026 and read on the 24th, when the reminder of the missed instalment is due.
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import message_fallbacks, statement_view
from tests.support.ledgers import event, one_debtor_ledger, payment
from tests.support.site import REPO

AGREED = date(2026, 3, 10)
READ = date(2026, 3, 24)
CONTENT = REPO / "content"
THREE = [
    {"due": date(2026, 3, 12), "amount": 400},
    {"due": date(2026, 3, 16), "amount": 400},
    {"due": date(2026, 4, 30), "amount": 450},
]
ONE = [{"due": date(2026, 3, 16), "amount": 1250}]

# name: (instalments, payments, the letter's opening, the page's message)
CASES = {
    "one": (THREE, [("2026-03-12", "400.00")], "installment_reminder", "plan_missed"),
    "one_part": (
        THREE,
        [("2026-03-12", "400.00"), ("2026-03-20", "150.00")],
        "installment_reminder_part",
        "plan_missed_part",
    ),
    "more": (THREE, [], "installment_reminder_several", "plan_missed_several"),
    "more_part": (THREE, [("2026-03-14", "150.00")], "installment_reminder_several_part", "plan_missed_several_part"),
    "single": (ONE, [], "installment_reminder_single", "plan_missed_single"),
    "single_part": (ONE, [("2026-03-20", "400.00")], "installment_reminder_single_part", "plan_missed_single_part"),
}

OPENS = {
    ("one", "nl"): "Volgens onze administratie is een termijn van uw betalingsregeling nog niet betaald.",
    ("one", "en"): "According to our records, an instalment of your payment plan has not been paid.",
    ("one_part", "nl"): "Volgens onze administratie is een termijn van uw betalingsregeling nog niet helemaal betaald.",
    ("one_part", "en"): "According to our records, an instalment of your payment plan has not been paid in full.",
    ("more", "nl"): "Volgens onze administratie zijn een paar termijnen van uw betalingsregeling nog niet betaald.",
    ("more", "en"): "According to our records, some instalments of your payment plan have not been paid.",
    ("more_part", "nl"): "Volgens onze administratie zijn een paar termijnen van uw betalingsregeling nog niet "
    "helemaal betaald.",
    ("more_part", "en"): "According to our records, some instalments of your payment plan have not been paid in full.",
    ("single", "nl"): "Volgens onze administratie is de termijn van uw betalingsregeling nog niet betaald.",
    ("single", "en"): "According to our records, the instalment of your payment plan has not been paid.",
    ("single_part", "nl"): "Volgens onze administratie is de termijn van uw betalingsregeling nog niet helemaal "
    "betaald.",
    ("single_part", "en"): "According to our records, the instalment of your payment plan has not been paid in full.",
}

# The letter's line naming the instalments (letters.terms), after "Op 10 maart 2026 hebben wij samen een
# betalingsregeling afgesproken."
LETTER_SAYS = {
    ("one", "nl"): "De termijn van 16 maart 2026 (EUR\xa0400,00) hebben wij nog niet ontvangen.",
    ("one", "en"): "We have not yet received the instalment of 16 March 2026 (EUR\xa0400.00).",
    ("one_part", "nl"): "Van de termijn van 16 maart 2026 (EUR\xa0400,00) hebben wij EUR\xa0150,00 ontvangen, dank u "
    "wel. Er staat nog EUR\xa0250,00 open.",
    ("one_part", "en"): "Of the instalment of 16 March 2026 (EUR\xa0400.00) we have received EUR\xa0150.00, thank "
    "you: EUR\xa0250.00 is still open.",
    # s59: "open" said once, then their sum (not "Wij hebben er nog niets van ontvangen" after "staan nog open")
    ("more", "nl"): "Deze termijnen staan nog open: 12 maart 2026 (EUR\xa0400,00) en 16 maart 2026 (EUR\xa0400,00). "
    "Samen is dat EUR\xa0800,00.",
    ("more", "en"): "These instalments are still open: 12 March 2026 (EUR\xa0400.00) and 16 March 2026 "
    "(EUR\xa0400.00). In total, that is EUR\xa0800.00.",
    ("more_part", "nl"): "Deze termijnen staan nog open: 12 maart 2026 (EUR\xa0400,00) en 16 maart 2026 "
    "(EUR\xa0400,00). Daarvan hebben wij EUR\xa0150,00 ontvangen, dank u wel. Samen staat er nog EUR\xa0650,00 open.",
    ("more_part", "en"): "These instalments are still open: 12 March 2026 (EUR\xa0400.00) and 16 March 2026 "
    "(EUR\xa0400.00). Of them, we have received EUR\xa0150.00, thank you. EUR\xa0650.00 is still open in total.",
    ("single", "nl"): "De termijn van 16 maart 2026 (EUR\xa01.250,00) hebben wij nog niet ontvangen.",
    ("single", "en"): "We have not yet received the instalment of 16 March 2026 (EUR\xa01,250.00).",
    ("single_part", "nl"): "Van de termijn van 16 maart 2026 (EUR\xa01.250,00) hebben wij EUR\xa0400,00 ontvangen, "
    "dank u wel. Er staat nog EUR\xa0850,00 open.",
    ("single_part", "en"): "Of the instalment of 16 March 2026 (EUR\xa01,250.00) we have received EUR\xa0400.00, "
    "thank you: EUR\xa0850.00 is still open.",
}

# The page's line naming them (statement.steps), in what happens next.
PAGE_SAYS = {
    ("one", "nl"): "De termijn van 16 maart 2026 is nog niet betaald: er staat EUR\xa0400,00 open.",
    ("one_part", "nl"): "Van de termijn van 16 maart 2026 (EUR\xa0400,00) heeft u EUR\xa0150,00 betaald: er staat "
    "nog EUR\xa0250,00 open.",
    ("one_part", "en"): "Of the instalment of 16 March 2026 (EUR\xa0400.00) you have paid EUR\xa0150.00: "
    "EUR\xa0250.00 is still open.",
    # s58: the list a sentence of its own, as the reminder says it (three ran to 29 words in one); s59: "open" said
    # once, then their sum, as the reminder says it (not "Die termijnen zijn nog niet betaald" after "staan nog open").
    ("more", "nl"): "Deze termijnen staan nog open: 12 maart 2026 (EUR\xa0400,00) en 16 maart 2026 (EUR\xa0400,00). "
    "Samen is dat EUR\xa0800,00.",
    ("more", "en"): "These instalments are still open: 12 March 2026 (EUR\xa0400.00) and 16 March 2026 "
    "(EUR\xa0400.00). In total, that is EUR\xa0800.00.",
    (
        "more_part",
        "nl",
    ): "Deze termijnen staan nog open: 12 maart 2026 (EUR\xa0400,00) en 16 maart 2026 (EUR\xa0400,00). "
    "Van die termijnen heeft u EUR\xa0150,00 betaald: samen staat er nog EUR\xa0650,00 open.",
    ("more_part", "en"): "These instalments are still open: 12 March 2026 (EUR\xa0400.00) and 16 March 2026 "
    "(EUR\xa0400.00). Of these instalments you have paid EUR\xa0150.00: EUR\xa0650.00 is still open in total.",
}

# The page's message opens (content/messages).
MESSAGE_OPENS = {
    ("plan_missed", "nl"): "Een termijn van uw betalingsregeling is niet betaald.",
    ("plan_missed", "en"): "An instalment of your payment plan has not been paid.",
    ("plan_missed_part", "nl"): "Een termijn van uw betalingsregeling is niet helemaal betaald.",
    ("plan_missed_part", "en"): "An instalment of your payment plan has not been paid in full.",
    ("plan_missed_several", "nl"): "Een paar termijnen van uw betalingsregeling zijn niet betaald.",
    ("plan_missed_several", "en"): "Some instalments of your payment plan have not been paid.",
    ("plan_missed_several_part", "nl"): "Een paar termijnen van uw betalingsregeling zijn niet helemaal betaald.",
    ("plan_missed_several_part", "en"): "Some instalments of your payment plan have not been paid in full.",
    ("plan_missed_single", "nl"): "De termijn van uw betalingsregeling is niet betaald.",
    ("plan_missed_single", "en"): "The instalment of your payment plan has not been paid.",
    ("plan_missed_single_part", "nl"): "De termijn van uw betalingsregeling is niet helemaal betaald.",
    ("plan_missed_single_part", "en"): "The instalment of your payment plan has not been paid in full.",
}


def _read(tmp_path, name, language):
    installments, payments, _, _ = CASES[name]
    plan = event(AGREED, "arrangement", installments=installments, channel="letter")
    paid = [payment(date=date.fromisoformat(day), amount=amount) for day, amount in payments]
    ledger = one_debtor_ledger(tmp_path, events=[plan], payments=paid, language=language)
    claim = assess(ledger, ledger.debtors[0], READ)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    return letter_view(ledger, claim, due, Channel.LETTER), statement_view(claim, ledger), claim


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_the_reminder_of_a_missed_instalment_says_whether_any_of_it_was_paid(tmp_path, name, language):
    """It said "nog niet (helemaal) betaald" ("not been paid, or not in full") also when nothing was paid."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letter, _, _ = _read(tmp_path, name, language)
    assert letter.opening == CASES[name][2]
    blocks = LetterTexts(CONTENT / "letters")[(language, letter.opening)].filled(letter.text_values).blocks
    assert blocks[0][1].startswith(OPENS[(name, language)]), blocks
    assert any(LETTER_SAYS[(name, language)] in line for line in letter.terms), letter.terms
    said = " ".join([*(b[1] for b in blocks), *letter.terms])
    assert "(helemaal)" not in said and "or not in full" not in said and "(in full)" not in said


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_the_page_beside_it_says_the_same(tmp_path, name, language):
    _, page, _ = _read(tmp_path, name, language)
    assert page.message_key == CASES[name][3]
    message = (CONTENT / "messages" / language / f"{page.message_key}.md").read_text(encoding="utf-8")
    assert message.startswith(MESSAGE_OPENS[(page.message_key, language)]), message
    if (name, language) in PAGE_SAYS:
        assert any(PAGE_SAYS[(name, language)] in line for line in page.next_steps), page.next_steps
    said = " ".join([message, *page.next_steps])
    assert "(helemaal)" not in said and "or not in full" not in said and "(in full)" not in said


@pytest.mark.parametrize("name", ["one_part", "more_part", "single_part"])
def test_a_site_whose_texts_were_copied_before_shows_what_it_showed(tmp_path, name):
    """Without the `_part` texts (nor the `_single` ones: all of this session), the letter opens with the text of its
    kind the site has, and the page shows the message it showed (plan_missed, plan_missed_several)."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    letter, page, claim = _read(tmp_path / "ledger", name, "nl")
    old_site = shutil.copytree(CONTENT / "letters", tmp_path / "letters")
    for lang in ("nl", "en"):
        for part in old_site.glob(f"{lang}/installment_reminder*_part.md"):
            part.unlink()
    kind = letter.opening.removesuffix("_part")
    old = LetterTexts(old_site)
    assert old[("nl", letter.opening)] == old[("nl", kind)]
    chain = message_fallbacks(claim, page.message_key)
    had = [key for key in chain if not key.endswith("_part") and "_single" not in key]
    assert had[0] == page.message_key.removesuffix("_part").replace("_single", "")


def test_the_page_after_a_final_notice_over_a_plan_says_whether_part_of_its_instalment_was_paid(tmp_path):
    """It said "De termijn van 15 november 2026 van uw betalingsregeling is nog niet (helemaal) betaald" either way.
    Its top says it (s60: once, not in the first step as well), by its day and amount, and what came of it."""
    from incasso.ledger.load import load_ledger
    from tests.support.letters import LETTERS_LEDGER, NOTICE_DAY, plan_missed_ledger

    said = {}
    for paid in (None, "50.00"):
        root = shutil.copytree(LETTERS_LEDGER, tmp_path / str(paid))
        ledger = load_ledger(plan_missed_ledger(root, notice=True, paid=paid))
        debtor = next(d for d in ledger.debtors if d.id == "L-PLAN-MISSED")
        said[paid] = statement_view(assess(ledger, debtor, NOTICE_DAY), ledger).summary.lines[0]
    assert said[None].startswith(
        "De termijn van 15 november 2026 van uw betalingsregeling (EUR\xa0200,00) is nog niet betaald."
    )
    assert said["50.00"].startswith(
        "Van de termijn van 15 november 2026 van uw betalingsregeling (EUR\xa0200,00) heeft u EUR\xa050,00 betaald. "
        "Er staat nog EUR\xa0150,00 van open."
    )


# The top of the page and the final notice's box once a final notice went out over a plan in arrears.
NOTICE_LEAD_PART = {
    "nl": "Van de termijn van 15 november 2026 van uw betalingsregeling (EUR\xa0200,00) heeft u EUR\xa050,00 betaald. "
    "Er staat nog EUR\xa0150,00 van open. Daarom vragen wij nu alles wat te laat is.",
    "en": "Of the instalment of 15 November 2026 of your payment plan (EUR\xa0200.00) you have paid EUR\xa050.00. "
    "EUR\xa0150.00 of it is still open. So we now ask for the whole overdue amount.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_box_after_a_final_notice_over_a_plan_says_what_came_of_its_instalment_and_what_is_left(tmp_path, language):
    """L-PLAN-MISSED: the instalment of 15 November (200.00) missed, its reminder recorded; 50.00 paid on 8 December,
    the day the final notice goes. The box of the notice and of the page after it said "U heeft een termijn van uw
    betalingsregeling niet betaald" to someone who paid part of it."""
    from incasso.ledger.load import load_ledger
    from tests.support.letters import LETTERS_LEDGER, NOTICE_DAY, plan_missed_ledger

    boxes = []
    for notice in (False, True):
        root = shutil.copytree(LETTERS_LEDGER, tmp_path / f"notice-{notice}")
        dossier = root / "debtors" / "L-PLAN-MISSED.yaml"
        dossier.write_text(dossier.read_text(encoding="utf-8").replace("language: nl", f"language: {language}"))
        ledger = load_ledger(plan_missed_ledger(root, notice=notice, paid="50.00"))
        debtor = next(d for d in ledger.debtors if d.id == "L-PLAN-MISSED")
        claim = assess(ledger, debtor, NOTICE_DAY)
        if notice:
            boxes.append(statement_view(claim, ledger).summary.lines[0])
        else:
            (due,) = letters_due(claim, NO_RECORD)
            assert due.kind == LetterKind.FINAL_NOTICE
            boxes.append(letter_view(ledger, claim, due, Channel.LETTER).lead.lines[0])
    assert boxes == [NOTICE_LEAD_PART[language]] * 2
    # On 20 December, in the notice's term, the instalment of 15 December is missed too: told apart from the one that
    # brought the notice, as the page's next line tells them (s41: both were named as its reason).
    later = statement_view(assess(ledger, debtor, date(2026, 12, 20)), ledger).summary.lines[0]
    assert (
        later
        == {
            "nl": "De termijn van 15 november 2026 van uw betalingsregeling is nog niet helemaal betaald. Daarom hebben "
            "wij u onze laatste brief (sommatie) gestuurd. Ook de termijn van 15 december 2026 is nog niet betaald. Wij "
            "vragen nu alles wat te laat is.",
            "en": "The instalment of 15 November 2026 of your payment plan has not been paid in full. So we have sent "
            "you our final notice. The instalment of 15 December 2026 has not been paid either. We now ask for the "
            "whole overdue amount.",
        }[language]
    )


# s60: the ask under the line that just said the sum open ("Samen is dat EUR 800,00. Wilt u EUR 800,00 ...") said it
# twice; it names "dat bedrag". The line of one instalment nothing of which came gives that instalment's own amount,
# not the sum: its ask keeps the sum. name: what the ask names.
ASKS = {
    ("one", "nl"): "Wilt u EUR\xa0400,00 uiterlijk 6 april 2026 betalen?",
    ("one", "en"): "Please pay EUR\xa0400.00 by 6 April 2026.",
    ("single", "nl"): "Wilt u EUR\xa01.250,00 uiterlijk 6 april 2026 betalen?",
    ("single", "en"): "Please pay EUR\xa01,250.00 by 6 April 2026.",
    **{(name, "nl"): "Wilt u dat bedrag uiterlijk 6 april 2026 betalen?" for name in ("one_part", "more", "more_part")},
    **{(name, "en"): "Please pay that amount by 6 April 2026." for name in ("one_part", "more", "more_part")},
    ("single_part", "nl"): "Wilt u dat bedrag uiterlijk 6 april 2026 betalen?",
    ("single_part", "en"): "Please pay that amount by 6 April 2026.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_the_ask_after_the_sum_names_it_once(tmp_path, name, language):
    from incasso import fmt
    from incasso.claims.demand import amount_to_pay

    letter, _, claim = _read(tmp_path, name, language)
    said, ask = letter.terms[0], letter.terms[1]
    assert ask.startswith(ASKS[(name, language)]), ask
    sum_open = fmt.money(amount_to_pay(claim), language)
    # The sum said once, in the line or in the ask; of one instalment nothing of which came, its own amount in the line
    # (here the sum too) and the sum in the ask.
    assert f"{said} {ask}".count(sum_open) == (2 if name in ("one", "single") else 1), (said, ask)
    assert letter.lead.amount == sum_open  # the box above says it too: "dat bedrag" is that one
