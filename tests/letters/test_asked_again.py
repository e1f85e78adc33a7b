"""{asked_again}, in every dunning letter's opening: "Daarom vragen wij u opnieuw om te betalen" of invoices that a
letter before it asked; where one in it had none (it fell due after the reminder), "opnieuw" of the others only and
"en nu ook" of it (letters.view.asked_again). Until s56 every form said "opnieuw" of all of them, beside the letter's
own "Factuur F2026-0002 was nog niet te laat toen wij u onze herinnering ... stuurden" (letters.terms.new_in_letter).

F2026-0001 (1250.00, due 4 February 2026) reminded on 5 February; F2026-0002 falls due on 10 February, after it.
A site whose dunning texts were copied before {asked_again} existed reads the same (shipped sentence replaced).
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import event, invoice, one_debtor_ledger
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
REMINDED = event(date(2026, 2, 5), "reminder")
LATER = invoice(number="F2026-0002", date=date(2026, 1, 11), due=date(2026, 2, 10))
# Per dunning form: the debtor's changes, the events, and the day its dunning letter is due.
FORMS = {
    "dunning": ({}, [REMINDED], date(2026, 2, 19)),
    "dunning_costs_charged": (
        {"type": "business", "policy": {"business_costs_from_due": True}},
        [REMINDED],
        date(2026, 2, 19),
    ),
    "dunning_answered": (
        {},
        [
            REMINDED,
            event(date(2026, 2, 9), "dispute", reason="Te duur"),
            event(date(2026, 2, 20), "dispute_resolved", outcome="De prijs klopt"),
        ],
        date(2026, 3, 6),
    ),
    "dunning_promise": (
        {},
        [REMINDED, event(date(2026, 2, 6), "promise", promised_date=date(2026, 2, 9), channel="email")],
        date(2026, 2, 19),
    ),
}
ASKED_NEW = {
    "nl": "Daarom vragen wij u opnieuw om factuur F2026-0001 te betalen, en nu ook factuur F2026-0002. Voor alles "
    "geldt een nieuwe uiterste datum.",
    "en": "So we are asking you again to pay invoice F2026-0001, and now invoice F2026-0002 too. All of it has a new "
    "deadline.",
}
ASKED_ALL = {
    "nl": "Daarom vragen wij u opnieuw om te betalen, nu met een nieuwe uiterste datum.",
    "en": "So we are asking you again to pay, with a new deadline.",
}


def _dunning(tmp_path, form, language, invoices):
    changes, events, day = FORMS[form]
    changes = dict(changes)
    policy = changes.pop("policy", None)
    ledger = one_debtor_ledger(
        tmp_path / form, invoices=invoices, events=events, language=language, policy=policy, **changes
    )
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.opening == form
    return view


def _opening(view, site=LETTERS):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return " ".join(b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks)


def _copied_before(tmp_path):
    """The shipped texts as a site copied them before {asked_again}: the sentence it now stands for, word for word."""
    site = tmp_path / "old-site"
    shutil.copytree(LETTERS, site)
    for lang in ("nl", "en"):
        for form in FORMS:
            path = site / lang / f"{form}.md"
            path.write_text(path.read_text(encoding="utf-8").replace("{asked_again}", ASKED_ALL[lang]))
    return site


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", list(FORMS))
def test_a_dunning_letter_asks_again_only_what_a_letter_asked_before(tmp_path, form, language):
    view = _dunning(tmp_path, form, language, [invoice(), LATER])
    opening = _opening(view)
    assert ASKED_NEW[language] in opening, opening
    assert ASKED_ALL[language] not in opening
    # Its own paragraph says why F2026-0002 is in it; the opening names no reminder for it.
    assert any("F2026-0002" in line for line in view.terms)
    assert _opening(view, _copied_before(tmp_path)) == opening


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", list(FORMS))
def test_where_each_invoice_had_the_reminder_the_dunning_letter_asks_again_as_it_always_did(tmp_path, form, language):
    both_before = [invoice(), invoice(number="F2026-0002", date=date(2026, 1, 3), due=date(2026, 2, 2))]
    view = _dunning(tmp_path, form, language, both_before)
    opening = _opening(view)
    assert ASKED_ALL[language] in opening, opening
    assert _opening(view, _copied_before(tmp_path)) == opening
