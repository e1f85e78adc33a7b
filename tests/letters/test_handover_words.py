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


# After a second handover, the first agency's plan on schedule on its day (handover_agency_plan_running).
SECOND = date(2026, 5, 5)
SECOND_AGENCY = "Tweede Incasso B.V."
AGENCY_RUNNING = {
    "nl": (
        f"Daarmee stopt de betalingsregeling die u met {AGENCY} had afgesproken.",
        f"nieuwe betalingsregeling af met {SECOND_AGENCY}",
    ),
    "en": (
        f"This ends the payment plan you agreed with {AGENCY} ",  # its full stop ends the sentence
        f"agree a new payment plan with {SECOND_AGENCY}",
    ),
}


def _second_handover(tmp_path, language, first=HANDOVER):
    """Handed over on 20 March to Incasso Domstad B.V. (`first`), a plan agreed with them on 25 March (300.00 on
    20 April, paid; 300.00 on 20 May and 20 June), handed over again on 5 May to Tweede Incasso B.V."""
    plan = event(
        date(2026, 3, 25),
        "arrangement",
        channel="email",
        installments=[{"due": date(2026, m, 20), "amount": "300.00"} for m in (4, 5, 6)],
    )
    again = event(SECOND, "handover", agency=SECOND_AGENCY, agency_phone="+31 30 111 11 11")
    ledger = one_debtor_ledger(
        tmp_path,
        events=[*STEPS, first, plan, again],
        payments=[payment(date=date(2026, 4, 20), amount="300.00")],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], SECOND)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    return ledger, claim, letter_view(ledger, claim, due, Channel.LETTER)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_first_agency_s_plan_on_schedule_the_notice_and_the_page_say_it_ends(tmp_path, language):
    """They said "Dat vinden wij jammer. U kunt nog steeds ... een betalingsregeling afspreken" and "Wij hadden dit
    liever samen met u opgelost", as `handover_plan_running` no longer does after our own plan; not "met ons" either:
    the plan was the first agency's, named ({earlier_agency}), not "die u na de vorige overdracht had afgesproken"
    beside the new agency's name."""
    from pelican.plugins.incasso.statements import Messages

    ledger, claim, view = _second_handover(tmp_path, language)
    page = statement_view(claim, ledger)
    assert page.message_key == view.opening == "handover_agency_plan_running"
    message = str(Messages(MESSAGES).for_page(page))
    for said in (" ".join(_opening(view)), message):
        assert all(words in said for words in AGENCY_RUNNING[language]), said
        assert not any(words in said for words in SORRY[language]), said
        assert {"nl": "met ons", "en": "with us"}[language] not in said
        assert ".." not in said
    # Without the new texts: what the site showed and wrote before (not "met ons" of handover_plan_running).
    assert page.message_fallbacks == ("handover",)
    old = _without(tmp_path, LETTERS, "handover_agency_plan_running")
    assert _opening(view, old) == _opening(view.__class__(**{**_fields(view), "opening": "handover"}))


# The page's message as shipped before this session, as a site may have copied it.
HANDOVER_SHIPPED_BEFORE = {
    "nl": "Wij hebben {not_received}. Daarom hebben wij uw dossier overgedragen aan een incassobureau. Bovenaan deze "
    "pagina staat bij wie uw dossier nu ligt, wie u kunt bellen en aan wie u betaalt.\n\nWij hadden dit liever samen "
    "met u opgelost. Ook nu is een betalingsregeling nog mogelijk.\n",
    "en": "We have {not_received}. That is why we have handed your file over to a collection agency. At the top of "
    "this page you can see who has your file now, whom to call and whom to pay.\n\nWe would rather have solved this "
    "together with you. A payment plan is still possible.\n",
}
HANDED_OVER_TO = {"nl": f"overgedragen aan {AGENCY} ", "en": f"handed your file over to {AGENCY} "}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("copied", [False, True], ids=["shipped", "copied-before"])
def test_the_page_s_handover_message_names_the_agency(tmp_path, language, copied):
    """`handover` said "een incassobureau" on the page while the letter beside it names Incasso Domstad B.V.; a
    message copied before reads with the agency named."""
    from pelican.plugins.incasso.statements import Messages

    ledger, claim, _ = _handover(tmp_path, language, [])
    page = statement_view(claim, ledger)
    assert page.message_key == "handover"
    site = MESSAGES
    if copied:
        site = tmp_path / "old-messages"
        shutil.copytree(MESSAGES, site)
        (site / language / "handover.md").write_text(HANDOVER_SHIPPED_BEFORE[language], encoding="utf-8")
    message = str(Messages(site).for_page(page))
    assert HANDED_OVER_TO[language] in message
    assert {"nl": "een incassobureau", "en": "a collection agency"}[language] not in message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_notice_names_the_agency_once(tmp_path, language):
    """The opening names the agency ({agency}); the notice's own paragraph said "Wij hebben uw dossier op 20 maart
    2026 overgedragen aan Incasso Domstad B.V." again. With an opening that names it, the paragraph gives the day
    alone; with a site's own `handover.md` that does not, the paragraph names it."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    _, _, view = _handover(tmp_path, language, [])
    text = LetterTexts(LETTERS)[(language, view.opening)]
    read = view.read_with(text.named)
    said = " ".join([*(b[1] for b in text.filled(read.text_values).blocks), *read.terms])
    assert said.count(AGENCY) == 1 + sum(line.count(AGENCY) for line in read.terms[1:]), said
    assert (
        read.terms[0]
        == {"nl": "De overdracht was op 20 maart 2026.", "en": "The handover was on 20 March 2026."}[language]
    )
    site = tmp_path / "own"
    shutil.copytree(LETTERS, site)
    own = {"nl": "Wij hebben uw dossier overgedragen. Dat vinden wij jammer.", "en": "We have handed your file over."}
    (site / language / "handover.md").write_text(own[language] + "\n", encoding="utf-8")
    text = LetterTexts(site)[(language, view.opening)]
    read = view.read_with(text.named)
    assert (
        read.terms[0]
        == {
            "nl": f"Wij hebben uw dossier op 20 maart 2026 overgedragen aan {AGENCY}",  # its full stop ends the sentence
            "en": f"On 20 March 2026 we handed your file over to {AGENCY}",
        }[language]
    )


# The first agency's plan, as `handover_agency_plan_running` said it before {earlier_agency}: a text copied then.
AGENCY_RUNNING_SHIPPED_BEFORE = {
    "nl": ("die u na de vorige overdracht had afgesproken", "die u met {earlier_agency} had afgesproken"),
    "en": ("you agreed after the earlier handover", "you agreed with {earlier_agency}"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_handover_agency_plan_running_text_copied_before_names_the_first_agency(tmp_path, language):
    """A site's copy of the letter and the message as shipped first, "na de vorige overdracht", reads with
    {earlier_agency}, as the shipped texts do now."""
    from pelican.plugins.incasso.statements import Messages

    ledger, claim, view = _second_handover(tmp_path, language)
    before, now = AGENCY_RUNNING_SHIPPED_BEFORE[language]
    sites = []
    for folder in (LETTERS, MESSAGES):
        site = tmp_path / f"copied-{folder.name}"
        shutil.copytree(folder, site)
        path = site / language / "handover_agency_plan_running.md"
        shipped = path.read_text(encoding="utf-8")
        assert now in shipped
        path.write_text(shipped.replace(now, before), encoding="utf-8")
        sites.append(site)
    letters, messages = sites
    message = str(Messages(messages).for_page(statement_view(claim, ledger)))
    for said in (" ".join(_opening(view, letters)), message):
        assert AGENCY_RUNNING[language][0] in said, said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_first_agency_the_ledger_does_not_name_is_the_previous_agency(tmp_path, language):
    """The first handover without `agency`: the plan was agreed with "het vorige incassobureau", never a blank."""
    from pelican.plugins.incasso.statements import Messages

    first = event(HANDED_OVER, "handover", agency_phone="+31 30 999 99 99")
    ledger, claim, view = _second_handover(tmp_path, language, first=first)
    said = {
        "nl": "Daarmee stopt de betalingsregeling die u met het vorige incassobureau had afgesproken.",
        "en": "This ends the payment plan you agreed with the previous collection agency.",
    }[language]
    assert said in " ".join(_opening(view))
    assert said in str(Messages(MESSAGES).for_page(statement_view(claim, ledger)))


SUBJECT = {
    "nl": ("Uw dossier is overgedragen aan {}", "een incassobureau"),
    "en": ("Your file has been handed over to {}", "a collection agency"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
def test_the_handover_notice_s_subject_names_the_agency(tmp_path, language, form):
    """Its subject, and the e-mail's, said "overgedragen aan een incassobureau" above an opening naming Incasso
    Domstad B.V.; with no agency in the ledger, as before."""
    subject, unnamed = SUBJECT[language]
    ledger, claim, _ = _handover(tmp_path, language, [])
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    view = letter_view(ledger, claim, due, form)
    assert view.subject == subject.format(AGENCY)
    assert subject.format(AGENCY) in view.email_subject
    ledger = one_debtor_ledger(
        tmp_path / "unnamed",
        events=[*STEPS, event(HANDED_OVER, "handover", agency_phone="+31 30 999 99 99")],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], HANDED_OVER)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    assert letter_view(ledger, claim, due, form).subject == subject.format(unnamed)


# The agency, once named in the opening, said again as the one that has the file: an agency without a name in the
# ledger is "het incassobureau" there, not "een incassobureau" (any agency) as the first time.
AGAIN = {
    "nl": ("nieuwe betalingsregeling af met {}.", "het incassobureau"),
    "en": ("agree a new payment plan with {}.", "the collection agency"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("second", [None, SECOND_AGENCY], ids=["unnamed", "named"])
def test_the_new_plan_is_agreed_with_the_agency_that_has_the_file(tmp_path, language, second):
    """Handed over again to an agency the ledger names (or not): the notice and the page said "Spreek dan een nieuwe
    betalingsregeling af met een incassobureau", as if with any agency."""
    from pelican.plugins.incasso.statements import Messages

    plan = event(
        date(2026, 3, 25),
        "arrangement",
        channel="email",
        installments=[{"due": date(2026, m, 20), "amount": "300.00"} for m in (4, 5, 6)],
    )
    again = event(SECOND, "handover", **({"agency": second} if second else {}))
    ledger = one_debtor_ledger(
        tmp_path,
        events=[*STEPS, HANDOVER, plan, again],
        payments=[payment(date=date(2026, 4, 20), amount="300.00")],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], SECOND)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    view = letter_view(ledger, claim, due, Channel.LETTER)
    page = statement_view(claim, ledger)
    assert page.message_key == view.opening == "handover_agency_plan_running"
    said, unnamed = AGAIN[language]
    expected = said.format(second or unnamed).replace("..", ".")  # "B.V." ends the sentence
    for text in (" ".join(_opening(view)), str(Messages(MESSAGES).for_page(page))):
        assert expected in text, text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_copy_of_the_text_as_shipped_before_names_the_agency_that_has_the_file(tmp_path, language):
    """`handover_agency_plan_running.md` copied with "af met {agency}" reads with {the_agency}, page and letter."""
    from pelican.plugins.incasso.statements import Messages

    plan = event(
        date(2026, 3, 25), "arrangement", channel="email", installments=[{"due": date(2026, 6, 20), "amount": "300.00"}]
    )
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, HANDOVER, plan, event(SECOND, "handover")], language=language)
    claim = assess(ledger, ledger.debtors[0], SECOND)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    view = letter_view(ledger, claim, due, Channel.LETTER)
    page = statement_view(claim, ledger)
    said = AGAIN[language][0].format(AGAIN[language][1])
    for folder in (LETTERS, MESSAGES):
        site = tmp_path / f"old-{folder.name}"
        shutil.copytree(folder, site)
        path = site / language / "handover_agency_plan_running.md"
        path.write_text(path.read_text(encoding="utf-8").replace("{the_agency}", "{agency}"), encoding="utf-8")
        text = " ".join(_opening(view, site)) if folder == LETTERS else str(Messages(site).for_page(page))
        assert said in text, text


SAME_AGENCY_ENDS = {  # the agency's name ends the sentence with its own full stop; then a noun phrase (s43), no "hen"
    "nl": f"Wij hebben uw dossier overgedragen aan {SECOND_AGENCY} Daarmee stopt de betalingsregeling die u met dat "
    "incassobureau had afgesproken.",
    "en": f"We have handed your file over to {SECOND_AGENCY} This ends the payment plan you agreed with that "
    "collection agency.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_second_handover_to_the_same_agency_names_it_once_in_the_opening(tmp_path, language):
    """s42: handed over twice to Tweede Incasso B.V., its plan on schedule: "overgedragen aan Tweede Incasso B.V.
    Daarmee stopt de betalingsregeling die u met Tweede Incasso B.V. had afgesproken"."""
    from pelican.plugins.incasso.statements import Messages

    first = event(HANDED_OVER, "handover", agency=SECOND_AGENCY, agency_phone="+31 30 111 11 11")
    ledger, claim, view = _second_handover(tmp_path, language, first=first)
    message = str(Messages(MESSAGES).for_page(statement_view(claim, ledger)))
    for said in (" ".join(_opening(view)), message):
        assert SAME_AGENCY_ENDS[language] in said, said
        assert said.count(SECOND_AGENCY) == 2, said  # the opening, and the new plan's paragraph
