"""s46: a debt counsellor's client read "Vraag dan een betalingsregeling aan ... Stuur ons een voorstel" as if she
were alone, while the help box said we talk with her counsellor. With a counsellor or an administrator acting on the
page's day (`representative:`), the plan and dispute options say they can send the proposal or tell what is wrong,
by role only: never their name, e-mail or phone on a public page."""

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from urllib.parse import unquote

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger

STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
DAY = date(2026, 3, 1)
ASK = {
    ("nl", "counsellor"): "Kunt u niet alles in één keer betalen? Dan is een betalingsregeling mogelijk. Daar rekenen "
    "wij geen kosten voor. Uw schuldhulpverlener kan ons een voorstel sturen: hoeveel u per maand kunt betalen, en "
    "vanaf wanneer.",
    ("nl", "administrator"): "Kunt u niet alles in één keer betalen? Dan is een betalingsregeling mogelijk. Daar "
    "rekenen wij geen kosten voor. Uw bewindvoerder kan ons een voorstel sturen: hoeveel u per maand kunt betalen, "
    "en vanaf wanneer.",
    ("en", "counsellor"): "Can't pay everything at once? A payment plan is possible. We charge no fee for it. Your "
    "debt counsellor can send us a proposal: how much you can pay per month, and from when.",
    ("en", "administrator"): "Can't pay everything at once? A payment plan is possible. We charge no fee for it. Your "
    "administrator can send us a proposal: how much you can pay per month, and from when.",
}
DISPUTE_FOR_YOU = {
    ("nl", "counsellor"): "Uw schuldhulpverlener kan ons ook namens u laten weten wat er niet klopt.",
    ("nl", "administrator"): "Uw bewindvoerder kan ons ook namens u laten weten wat er niet klopt.",
    ("en", "counsellor"): "Your debt counsellor can also tell us what is wrong, on your behalf.",
    ("en", "administrator"): "Your administrator can also tell us what is wrong, on your behalf.",
}
ACTING = {"counsellor": COUNSELLOR, "administrator": ADMINISTRATOR}


def _view(tmp_path, language, role, events=STEPS, day=DAY, **block):
    more = {"representative": {**ACTING[role], **block}} if role else {}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=events, language=language, **more)
    return statement_view(assess(ledger, ledger.debtors[0], day), ledger)


@pytest.mark.parametrize(("language", "role"), list(ASK))
def test_the_plan_and_dispute_offers_say_the_counsellor_or_administrator_can_do_it(tmp_path, language, role):
    view = _view(tmp_path, language, role)
    assert view.plan_option.text == ASK[(language, role)]
    assert view.dispute.text.endswith(" " + DISPUTE_FOR_YOU[(language, role)])
    # The mail fits whoever sends it: no "Ik kan ... niet betalen" in the debtor's mouth.
    body = unquote(view.plan_option.mailto or "")
    assert ("Een voorstel voor een betalingsregeling" if language == "nl" else "A proposal for a payment plan") in body
    assert "Ik kan" not in body and "I cannot" not in body
    shown = repr(asdict(view))
    private = [ACTING[role]["name"], ACTING[role]["phone"], ACTING[role].get("email"), *ACTING[role].get("address", ())]
    assert [p for p in private if p and p in shown] == []


def test_alone_the_debtor_is_asked_to_send_the_proposal_as_before(tmp_path):
    view = _view(tmp_path, "nl", None)
    assert view.plan_option.text.endswith("Stuur ons een voorstel: hoeveel u per maand kunt betalen, en vanaf wanneer.")
    assert "schuldhulpverlener" not in view.dispute.text
    assert "Ik kan het bedrag" in unquote(view.plan_option.mailto or "")


def test_a_counsellor_whose_help_ended_is_not_offered(tmp_path):
    """`until` before the page's day: she no longer acts, and the page does not send the debtor to her."""
    view = _view(tmp_path, "nl", "counsellor", since="2026-01-01", until="2026-02-20")
    assert "Stuur ons een voorstel" in view.plan_option.text
    assert "schuldhulpverlener" not in view.dispute.text


def test_a_plan_to_change_says_the_counsellor_can_arrange_it(tmp_path):
    plan = event(date(2026, 2, 25), "arrangement", installments=[{"due": date(2026, 3, 15), "amount": 600}, {
        "due": date(2026, 4, 15), "amount": Decimal("700.00")}])  # fmt: skip
    view = _view(tmp_path, "nl", "counsellor", events=[*STEPS, plan])
    assert view.plan_option.text.startswith("Lukt het niet om de termijnen te betalen zoals afgesproken?")
    assert view.plan_option.text.endswith(" Uw schuldhulpverlener kan dit ook namens u regelen.")


def test_after_a_handover_the_agency_offer_says_it_too(tmp_path):
    handed = [
        event(date(2026, 2, 20), "final_notice", channel="letter", costs=Decimal("187.50")),
        event(date(2026, 3, 20), "handover", agency="Incasso Noord B.V.", agency_phone="+31 30 298 40 00"),
    ]
    view = _view(tmp_path, "en", "administrator", events=[*STEPS, *handed], day=date(2026, 4, 1))
    assert "Incasso Noord B.V." in view.plan_option.text
    assert view.plan_option.text.endswith(" Your administrator can also arrange this for you.")


# s46: the top of a promise of part still said "Wilt u die liever in termijnen betalen? Vraag dan een
# betalingsregeling aan." as if the debtor were alone, above the plan option that says their counsellor can send it.
PROMISE_PLAN = {
    ("nl", "counsellor"): "Dan kan uw schuldhulpverlener ons een voorstel sturen voor een betalingsregeling.",
    ("nl", "administrator"): "Dan kan uw bewindvoerder ons een voorstel sturen voor een betalingsregeling.",
    ("en", "counsellor"): "Your debt counsellor can send us a proposal for a payment plan.",
    ("en", "administrator"): "Your administrator can send us a proposal for a payment plan.",
}
# The rest asked by the step reached (no letter went out yet), or by one letter first (a dunning letter was due).
PROMISE_AFTER = {
    ("nl", False): "Wilt u die liever in termijnen betalen?",
    ("en", False): "Would you rather pay that in instalments?",
    ("nl", True): "Wilt u het liever in termijnen betalen?",
    ("en", True): "Would you rather pay it in instalments?",
}


@pytest.mark.parametrize("letters_sent", [False, True])
@pytest.mark.parametrize(("language", "role"), list(PROMISE_PLAN))
def test_a_promise_of_part_says_the_counsellor_or_administrator_can_propose_a_plan(
    tmp_path, language, role, letters_sent
):
    promise = event(date(2026, 2, 25), "promise", promised_date=date(2026, 3, 10), amount=Decimal("500.00"))
    view = _view(tmp_path, language, role, events=[*STEPS, promise] if letters_sent else [promise])
    (lead,) = [line for line in view.summary.lines if line.startswith(("U heeft toegezegd", "You promised"))]
    assert lead.endswith(f" {PROMISE_AFTER[(language, letters_sent)]} {PROMISE_PLAN[(language, role)]}"), lead
    assert "Vraag dan een betalingsregeling aan" not in lead and "Ask us for" not in lead


def test_a_promise_of_part_of_a_debtor_alone_asks_as_before(tmp_path):
    promise = event(date(2026, 2, 25), "promise", promised_date=date(2026, 3, 10), amount=Decimal("500.00"))
    view = _view(tmp_path, "nl", None, events=[promise])
    assert [
        line
        for line in view.summary.lines
        if line.endswith(" die liever in termijnen betalen? Vraag dan een betalingsregeling aan.")
    ]


# A plan of part (claims.agreements): what it leaves, and whom to ask to arrange that otherwise (steps.by_role).
PART = [
    event(
        date(2026, 2, 5),
        "arrangement",
        installments=[{"due": date(2026, 3, 6), "amount": "250.00"}, {"due": date(2026, 4, 5), "amount": "250.00"}],
    )
]
OTHERWISE = {
    ("nl", None): "Wilt u dat anders regelen? Neem dan contact met ons op.",
    ("nl", "counsellor"): "Wilt u dat anders regelen? Dan kan uw schuldhulpverlener contact met ons opnemen.",
    ("nl", "administrator"): "Wilt u dat anders regelen? Dan kan uw bewindvoerder contact met ons opnemen.",
    ("en", None): "Would you rather arrange it differently? Please contact us.",
    ("en", "counsellor"): "Would you rather arrange it differently? Your debt counsellor can contact us.",
    ("en", "administrator"): "Would you rather arrange it differently? Your administrator can contact us.",
}


@pytest.mark.parametrize(("language", "role"), list(OTHERWISE))
def test_a_plan_of_part_says_who_arranges_its_rest_otherwise_by_role(tmp_path, language, role):
    """The plan's other texts said the counsellor can ask to change it; what a plan of part leaves ended "Neem dan
    contact met ons op", as if the debtor were alone. By role, never by name."""
    view = _view(tmp_path, language, role, events=PART, day=date(2026, 2, 15))
    (line,) = [line for line in view.next_steps if line.startswith(("Uw termijnen dekken", "Your instalments"))]
    assert line.endswith(" " + OTHERWISE[(language, role)]), line
    if role:
        assert ACTING[role]["name"] not in repr(asdict(view))
