"""The handover notice's opening.

- It names the agency, as `handover_plan_kept.md` and `handover_agency_plan_kept.md` do ({agency}): `handover.md`
  said "overgedragen aan een incassobureau", so a site without `handover_plan_kept.md` (optional) never named the
  agency in the opening, only further on. A `handover.md` copied before reads with the value.
- After a plan on schedule (no instalment missed, handed over for another reason) it said "Daarom hebben wij uw
  dossier overgedragen ... Dat vinden wij jammer. U kunt nog steeds betalen of een betalingsregeling afspreken", and
  the page "Wij hadden dit liever samen met u opgelost. Ook nu is een betalingsregeling nog mogelijk", to someone
  whose plan ran. A plan ends with the handover (docs/ledger-format.md, "After a handover"): both say so, and that a
  new plan is the agency's to agree (`handover_plan_running`, falling back to `handover`).

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning
letter e-mailed; handed over on 20 March 2026 to Incasso Domstad B.V.
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger, payment
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
MESSAGES = REPO / "content" / "messages"
HANDED_OVER = date(2026, 3, 20)
AGENCY = "Incasso Domstad B.V."
STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]
HANDOVER = event(HANDED_OVER, "handover", agency=AGENCY, agency_phone="+31 30 999 99 99")


def _plan(*dues):
    return event(
        date(2026, 3, 1), "arrangement", channel="email", installments=[{"due": d, "amount": "300.00"} for d in dues]
    )


def _handover(tmp_path, language, events, paid=()):
    ledger = one_debtor_ledger(
        tmp_path,
        events=[*STEPS, *events, HANDOVER],
        payments=[payment(date=d, amount="300.00") for d in paid],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], HANDED_OVER)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    return ledger, claim, letter_view(ledger, claim, due, Channel.LETTER)


def _opening(view, site=LETTERS):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return [b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks]


def _without(tmp_path, folder, *names):
    site = tmp_path / f"old-{folder.name}"
    shutil.copytree(folder, site)
    for lang in ("nl", "en"):
        for name in names:
            (site / lang / f"{name}.md").unlink()
    return site


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_notice_names_the_agency_in_its_opening(tmp_path, language):
    _, _, view = _handover(tmp_path, language, [])
    assert view.opening == "handover"
    assert AGENCY in _opening(view)[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_the_plan_kept_text_the_opening_names_the_agency_all_the_same(tmp_path, language):
    """Two instalments of 300.00 paid in full, the rest handed over: `handover_plan_kept`."""
    plan = _plan(date(2026, 3, 5), date(2026, 3, 15))
    _, _, view = _handover(tmp_path, language, [plan], paid=[date(2026, 3, 5), date(2026, 3, 15)])
    assert view.opening == "handover_plan_kept"
    old = _without(tmp_path, LETTERS, "handover_plan_kept")
    assert AGENCY in _opening(view, old)[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_handover_md_copied_before_names_the_agency(tmp_path, language):
    site = tmp_path / "old-site"
    shutil.copytree(LETTERS, site)
    shipped = {"nl": "aan een incassobureau.", "en": "to a collection agency."}[language]
    path = site / language / "handover.md"
    path.write_text(path.read_text(encoding="utf-8").replace("aan {agency}.", shipped).replace("to {agency}.", shipped))
    _, _, view = _handover(tmp_path, language, [])
    assert AGENCY in _opening(view, site)[0]


RUNNING = {
    "nl": ("Daarmee stopt de betalingsregeling die u met ons had.", f"nieuwe betalingsregeling af met {AGENCY}"),
    "en": ("This ends the payment plan you had with us.", f"agree a new payment plan with {AGENCY}"),
}
SORRY = {"nl": ("jammer", "liever samen"), "en": ("sorry", "rather have solved")}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_a_plan_on_schedule_the_notice_and_the_page_say_the_plan_ends_and_a_new_one_is_the_agency_s(
    tmp_path, language
):
    """Instalments of 300.00 on 15 March (paid), 15 April and 15 May: on schedule on the 20th."""
    from pelican.plugins.incasso.statements import Messages

    plan = _plan(date(2026, 3, 15), date(2026, 4, 15), date(2026, 5, 15))
    ledger, claim, view = _handover(tmp_path, language, [plan], paid=[date(2026, 3, 14)])
    assert view.opening == "handover_plan_running"
    opening = " ".join(_opening(view))
    page = statement_view(claim, ledger)
    assert page.message_key == "handover_plan_running"
    message = str(Messages(MESSAGES).for_page(page))
    for said in (opening, message):
        assert all(words in said for words in RUNNING[language]), said
        assert not any(words in said for words in SORRY[language]), said
    # A site without the new texts shows and writes what it did.
    assert page.message_fallbacks == ("handover",)
    old = _without(tmp_path, LETTERS, "handover_plan_running")
    assert _opening(view, old) == _opening(view.__class__(**{**_fields(view), "opening": "handover"}))


def _fields(view):
    import dataclasses

    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}
