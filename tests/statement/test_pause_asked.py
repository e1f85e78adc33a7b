"""s46: a debt counsellor asks the creditors to wait while she makes an inventory. Staff record it as a `postpone`;
the page moved its day but never said that collection waits at her request, so she had nothing to show it was
granted. A `postpone` with `asked_by` says it on the page, by role (never the counsellor's name), with the last day
the wait covers; one without it stays staff's own and unsaid (docs/ledger-format.md, 'Postponing the next step')."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.problems import LedgerError
from incasso.statement.view import statement_view
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger
from tests.support.plan_notice import AFTER, plan_notice_ledger

STEPS = [
    event(date(2026, 2, 5), "reminder"),
    event(date(2026, 2, 19), "dunning"),
    event(date(2026, 3, 5), "final_notice", channel="letter", costs=Decimal("187.50")),
]
REASON = "Schuldhulpverlener maakt een inventarisatie."
SAID = {
    ("nl", "representative", "counsellor"): "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten "
    "wij tot en met 30 juni 2026 geen volgende stap.",
    ("en", "representative", "counsellor"): "Your debt counsellor asked us to wait. So we will take no further step "
    "up to and including 30 June 2026.",
    ("nl", "representative", "administrator"): "Uw bewindvoerder heeft ons gevraagd om te wachten. Daarom zetten "
    "wij tot en met 30 juni 2026 geen volgende stap.",
    ("nl", "debtor", "counsellor"): "U heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 "
    "geen volgende stap.",
    ("en", "debtor", None): "You asked us to wait. So we will take no further step up to and including 30 June 2026.",
}


def _page(tmp_path, language, asked_by, role, day=date(2026, 4, 20)):
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON)
    if asked_by is not None:
        pause["asked_by"] = asked_by
    acting = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR, None: None}[role]
    more = {"representative": {**acting, "since": "2026-04-01"}} if acting else {}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, pause], language=language, **more)
    claim = assess(ledger, ledger.debtors[0], day)
    return claim, statement_view(claim, ledger)


@pytest.mark.parametrize(("language", "asked_by", "role"), list(SAID))
def test_a_pause_asked_for_is_said_on_the_page(tmp_path, language, asked_by, role):
    claim, view = _page(tmp_path, language, asked_by, role)
    assert claim.next_action.postponed is not None
    assert view.next_steps[0] == SAID[(language, asked_by, role)]
    page = str(view)
    assert REASON not in page and "Schuldhulp Utrecht" not in page and "Bewindvoering" not in page


def test_staff_s_own_postpone_stays_unsaid(tmp_path):
    _, view = _page(tmp_path, "nl", None, "counsellor")
    assert not [line for line in view.next_steps if "gevraagd om te wachten" in line]


def test_once_the_wait_is_over_the_page_no_longer_says_it(tmp_path):
    _, view = _page(tmp_path, "nl", "representative", "counsellor", day=date(2026, 7, 1))
    assert not [line for line in view.next_steps if "gevraagd om te wachten" in line]


def test_asked_by_a_representative_needs_the_block(tmp_path):
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")
    with pytest.raises(LedgerError) as raised:
        one_debtor_ledger(tmp_path, events=[*STEPS, pause])
    said = "events[3].asked_by: is representative, but no representative: acts for the debtor"
    assert said in str(raised.value), str(raised.value)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_pause_asked_before_the_block_s_own_began_is_said_without_a_role(tmp_path, language):
    """D-2003 of s46: the counsellor asked on 15 April; the administrator (since 1 May) took her block's place."""
    pause = event(date(2026, 4, 15), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")
    later = {**ADMINISTRATOR, "since": "2026-05-01"}
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, pause], language=language, representative=later)
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 5, 20)), ledger)
    said = {
        "nl": "Op verzoek zetten wij tot en met 30 juni 2026 geen volgende stap.",
        "en": "As asked, we will take no further step up to and including 30 June 2026.",
    }
    assert view.next_steps[0] == said[language]


# s46, finding 2: right after "Uw schuldhulpverlener heeft ons gevraagd om te wachten" the page went on "Hebben wij
# uiterlijk 30 juni 2026 uw betaling niet ontvangen? ... Dan kunnen wij uw dossier overdragen": true, but it read as
# if the pause did not count. While a pause asked for holds the step back, the step comes "only after" its last day.
THEN = {
    "nl": "Pas na 30 juni 2026 kunnen wij uw dossier overdragen aan een incassobureau. Dat doen wij alleen als wij uw "
    "betaling dan niet hebben ontvangen, en er geen afspraak is.",
    "en": "Only after 30 June 2026 may we hand your file over to a collection agency. We will only do so if your "
    "payment has not reached us by then and nothing has been agreed.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_is_said_only_after_the_pause(tmp_path, language):
    _, view = _page(tmp_path, language, "representative", "counsellor")
    assert THEN[language] in view.next_steps
    assert not [line for line in view.next_steps if "uiterlijk 30 juni" in line or "by 30 June" in line]
    # The costs charged after the notice's term stay said: a pause moves our step, not what the law made owed.
    assert [line for line in view.next_steps if "187,50" in line or "187.50" in line]


def test_staff_s_own_postpone_keeps_the_plain_step(tmp_path):
    _, view = _page(tmp_path, "nl", None, "counsellor")
    assert [line for line in view.next_steps if line.startswith("Hebben wij uiterlijk 30 juni 2026 uw betaling")]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Pas na 31 maart 2026 sturen wij u een aanmaning. Dat doen wij alleen als wij uw betaling dan niet "
         "hebben ontvangen."),
        ("en", "Only after 31 March 2026 will we send you a formal reminder. We will only do so if we have not "
         "received your payment by then."),
    ],
)  # fmt: skip
def test_a_letter_is_said_only_after_the_pause(tmp_path, language, said):
    pause = event(date(2026, 2, 10), "postpone", until=date(2026, 4, 1), reason=REASON, asked_by="debtor")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[STEPS[0], pause], language=language)
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 2, 12)), ledger)
    assert view.next_steps[1] == said


@pytest.mark.parametrize(
    ("language", "term"),
    [
        ("nl", "De termijn van onze laatste brief (sommatie) loopt wel gewoon door, met de incassokosten daarna."),
        ("en", "The deadline in our final notice still applies. So do its collection costs if you miss it."),
    ],
)
def test_a_pause_in_a_final_notice_s_term_says_the_term_runs_on(tmp_path, language, term):
    """The term is the law's (art. 6:96 BW), not a step of ours: the pause does not hold it, and says so."""
    pause = event(date(2026, 3, 8), "postpone", until=date(2026, 5, 1), reason=REASON, asked_by="representative")
    more = {"representative": {**COUNSELLOR, "since": "2026-03-01"}}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, pause], language=language, **more)
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 10)), ledger)
    assert view.next_steps[0].endswith(" " + term)
    assert view.summary.deadline.endswith(("23 maart 2026", "23 March 2026"))  # the term's last day leads the top
    assert [line for line in view.next_steps if "24 maart 2026" in line or "24 March 2026" in line]


# s46: the top of a page after a passed final notice said "Betaal uiterlijk 30 juni 2026, of maak een afspraak met
# ons. Dan hoeven wij uw dossier niet over te dragen" with no word of the wait the steps below state. While a wait
# asked for holds the handover back, the top says it too, and that the costs charged stay.
TOP = {
    "nl": (
        "Daarom rekenen wij nu incassokosten",
        "Op verzoek wachten wij met de volgende stap. Betaal uiterlijk 30 juni 2026, of maak in die tijd een "
        "afspraak met ons.",
        "Het wachten verandert niets aan de incassokosten: die blijven staan.",
    ),
    "en": (
        "That is why we are now charging collection costs",
        "As asked, we are holding off the next step. Please pay by 30 June 2026, or make an agreement with us in "
        "that time.",
        "The wait does not change the collection costs: they stand.",
    ),
}


def _top(view) -> str:
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    return str(Messages(REPO / "content" / "messages").for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("asked_by", ["representative", "debtor"])
def test_the_top_of_a_passed_final_notice_says_the_wait(tmp_path, language, asked_by):
    _, view = _page(tmp_path, language, asked_by, "counsellor")
    assert view.message_key == "final_notice_passed_paused"
    assert view.message_fallbacks == ("final_notice_passed",)
    top = _top(view)
    for said in TOP[language]:
        assert said in top
    assert "Schuldhulp Utrecht" not in top


@pytest.mark.parametrize(("asked_by", "day"), [(None, date(2026, 4, 20)), ("representative", date(2026, 7, 1))])
def test_staff_s_own_postpone_or_a_wait_over_keeps_the_plain_top(tmp_path, asked_by, day):
    _, view = _page(tmp_path, "nl", asked_by, "counsellor", day=day)
    assert view.message_key == "final_notice_passed"
    assert "Op verzoek" not in _top(view)


# s46: over a plan in arrears the top said "Betaal uiterlijk ... Dan hoeven wij uw dossier niet over te dragen" with
# no word of the wait the steps below state, as the plain final notice's did. It says the wait now, that the costs
# charged stay, and that the plan can be looked at in that time (final_notice_passed_plan_paused).
PLAN_TOP = {
    "nl": (
        "omdat de termijnen van uw betalingsregeling niet allemaal op tijd betaald waren",
        "Op verzoek wachten wij met de volgende stap. Betaal uiterlijk 15 januari 2027.",
        "Het wachten verandert niets aan de incassokosten: die blijven staan.",
        "Neem dan in die tijd contact met ons op: dan kijken wij samen of wij uw betalingsregeling kunnen aanpassen.",
    ),
    "en": (
        "because not all instalments of your plan were paid on time",
        "As asked, we are holding off the next step. Please pay by 15 January 2027.",
        "The wait does not change the collection costs: they stand.",
        "Please contact us in that time: we will see together whether we can change your payment plan.",
    ),
}


WAIT_OVER_PLAN = {
    ("nl", "representative"): "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met "
    "15 januari 2027 geen volgende stap.",
    ("en", "representative"): "Your debt counsellor asked us to wait. So we will take no further step up to and "
    "including 15 January 2027.",
    ("nl", "debtor"): "U heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 15 januari 2027 geen volgende "
    "stap.",
    ("en", "debtor"): "You asked us to wait. So we will take no further step up to and including 15 January 2027.",
}


def _plan_in_arrears(tmp_path, language, asked_by):
    """E-2001 (tests.support.plan_notice): the notice over the plan ran out unpaid, its costs charged; on 15 December
    the debtor or their counsellor asked for a wait up to 16 January 2027 (or staff postponed it, `asked_by` None)."""
    pause = event(date(2026, 12, 15), "postpone", until=date(2027, 1, 16), reason=REASON)
    if asked_by is not None:
        pause["asked_by"] = asked_by
    more = {"representative": {**COUNSELLOR, "since": "2026-12-01"}}
    ledger = plan_notice_ledger(
        tmp_path, notice=True, paid_after=False, language=language, more_events=(pause,), **more
    )
    return statement_view(assess(ledger, ledger.debtors[0], AFTER), ledger)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("asked_by", ["representative", "debtor"])
def test_the_top_over_a_plan_in_arrears_says_the_wait(tmp_path, language, asked_by):
    view = _plan_in_arrears(tmp_path, language, asked_by)
    assert view.message_key == "final_notice_passed_plan_paused"
    assert view.message_fallbacks == ("final_notice_passed_plan", "final_notice_passed")
    top = _top(view)
    for said in PLAN_TOP[language]:
        assert said in top, top
    assert "Schuldhulp Utrecht" not in top
    # The wait granted is said first below too, as without a plan, and the costs charged stay said beside it.
    assert view.next_steps[0] == WAIT_OVER_PLAN[(language, asked_by)]
    assert [line for line in view.next_steps if "114,27 incassokosten" in line or "114.27 in collection" in line]


def test_staff_s_own_postpone_over_a_plan_keeps_the_plain_top(tmp_path):
    view = _plan_in_arrears(tmp_path, "nl", None)
    assert view.message_key == "final_notice_passed_plan"
    assert "Op verzoek" not in _top(view)


# s46 review: D-1006 on 5 December, its administrator's wait granted to 14 December, the notice's term over on
# 2 December but the statements read only to 20 November (claim.term_unseen): under "Uw bewindvoerder heeft ons
# gevraagd om te wachten ... tot en met 14 december" the page went on "Ontvangen wij uw betaling niet binnenkort?
# En maakt u geen afspraak met ons? Dan kunnen wij uw dossier overdragen": the handover waits for the wait too.
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_term_gone_by_unseen_still_says_the_handover_only_after_the_pause(tmp_path, language):
    pause = event(date(2026, 3, 18), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")
    more = {"representative": {**COUNSELLOR, "since": "2026-03-01"}}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, pause], language=language, **more)
    ledger = replace(ledger, bank_until=date(2026, 3, 19))
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 2))
    assert claim.term_unseen is not None and claim.term_unseen < claim.as_of
    view = statement_view(claim, ledger)
    assert THEN[language] in view.next_steps, view.next_steps
    assert not [line for line in view.next_steps if "binnenkort" in line or " soon" in line]


# s47: the term-unseen top messages got no paused form, as `final_notice_passed_paused` has: they name no next step
# ("De termijn daarvan is voorbij. Hierboven staat wat dat voor u betekent ... Neem dan nu contact met ons op"), and
# the wait leads "Wat gebeurt er nu?". Should our copy come to name the handover there, this test says so.
HANDOVER_WORDS = ("overdragen", "incassobureau", "hand your file", "collection agency")


def _unseen_over_plan(tmp_path, language):
    pause = event(date(2026, 12, 11), "postpone", until=date(2027, 1, 16), reason=REASON, asked_by="representative")
    more = {"representative": {**COUNSELLOR, "since": "2026-12-01"}}
    ledger = plan_notice_ledger(
        tmp_path, notice=True, paid_after=False, language=language, more_events=(pause,), **more
    )
    ledger = replace(ledger, bank_until=date(2026, 12, 7))
    return statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 14)), ledger)


def _unseen(tmp_path, language):
    pause = event(date(2026, 3, 18), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")
    more = {"representative": {**COUNSELLOR, "since": "2026-03-01"}}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, pause], language=language, **more)
    ledger = replace(ledger, bank_until=date(2026, 3, 19))
    return statement_view(assess(ledger, ledger.debtors[0], date(2026, 4, 2)), ledger)


UNSEEN = {"final_notice_unseen": (_unseen, "30 juni 2026", "30 June 2026"), "final_notice_unseen_plan": (
    _unseen_over_plan, "15 januari 2027", "15 January 2027")}  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", list(UNSEEN))
def test_a_term_gone_by_unseen_names_no_step_at_the_top_under_a_wait(tmp_path, language, key):
    view = UNSEEN[key][0](tmp_path, language)
    assert view.message_key == key
    top = _top(view)
    assert not [word for word in HANDOVER_WORDS if word in top], top
    assert view.next_steps[0].startswith(("Uw schuldhulpverlener heeft ons gevraagd", "Your debt counsellor asked"))
    handover = [line for line in view.next_steps if any(word in line for word in HANDOVER_WORDS)]
    assert handover and all(line.startswith(("Pas na", "Only after")) for line in handover), handover


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", list(UNSEEN))
def test_a_term_gone_by_unseen_under_a_wait_gives_its_eve_to_pay_by(tmp_path, language, key):
    """It said "Betaal zo snel mogelijk" (the term's day is gone) beside "Pas na 30 juni 2026 kunnen wij uw dossier
    overdragen", where a passed term's page says "Betaal uiterlijk 30 juni 2026": the day before anything happens,
    as docs/ledger-format.md says the wait moves it. Without a wait it stays "zo snel mogelijk"."""
    page, *last_day = UNSEEN[key]
    view = page(tmp_path, language)
    assert view.summary.deadline.endswith(tuple(last_day)), view.summary.deadline


def test_a_term_gone_by_unseen_without_a_wait_still_says_as_soon_as_possible(tmp_path):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=STEPS)
    ledger = replace(ledger, bank_until=date(2026, 3, 19))
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 4, 2)), ledger)
    assert view.message_key == "final_notice_unseen"
    assert view.summary.deadline == "Betaal zo snel mogelijk"


# s47: over a plan in arrears the handover under the wait said "Dat doen wij alleen als ..., en er geen afspraak is"
# beside the plan: without a wait the page leaves "geen afspraak" out there (the plan is the agreement).
PLAN_THEN = {
    "nl": "Pas na 15 januari 2027 kunnen wij uw dossier overdragen aan een incassobureau. Dat doen wij alleen als wij "
    "uw betaling dan niet hebben ontvangen.",
    "en": "Only after 15 January 2027 may we hand your file over to a collection agency. We will only do so if your "
    "payment has not reached us by then.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("unseen", [False, True], ids=["passed", "unseen"])
def test_the_handover_under_a_wait_over_a_plan_denies_no_agreement(tmp_path, language, unseen):
    view = _unseen_over_plan(tmp_path, language) if unseen else _plan_in_arrears(tmp_path, language, "representative")
    assert PLAN_THEN[language] in view.next_steps, view.next_steps
    assert not [line for line in view.next_steps if "geen afspraak" in line or "nothing has been agreed" in line]
