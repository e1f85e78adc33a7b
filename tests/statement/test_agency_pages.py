"""The page and the letters once the file is with an agency: a plan agreed with them, a handover after a plan, and a
dispute's answer whose term runs on after the handover."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.labels import LABELS
from incasso.statement.view import not_received, statement_view
from tests.support.ledgers import days, event, one_debtor_ledger, payment
from tests.support.site import REPO

D = Decimal
DUE = date(2026, 2, 4)  # the one invoice of 1,250.00
LETTERS_BEFORE = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")]
NOTICE = [*LETTERS_BEFORE, event(DUE + days(30), "final_notice")]
HANDOVER = event(DUE + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
AGENCY_PLAN = [
    {"due": DUE + days(75), "amount": D("600.00")},
    {"due": DUE + days(105), "amount": D("600.00")},
    {"due": DUE + days(135), "amount": D("237.50")},
]
AGENCY_PLAN_EVENTS = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=AGENCY_PLAN)]


def view_of(tmp_path, as_of: date, **changes):
    ledger = one_debtor_ledger(tmp_path, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


def message(key: str, language: str) -> str:
    return (REPO / "content" / "messages" / language / f"{key}.md").read_text(encoding="utf-8")


# 1. A plan agreed with the agency, while it runs.


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("paid", "state"), [(D("600.00"), "on_schedule"), (D("250.00"), "in_arrears")], ids=["on_schedule", "in_arrears"]
)
def test_the_agency_s_plan_while_it_runs_is_told_as_theirs_not_offered_again(tmp_path, language, paid, state):
    """The plan agreed with the agency since the handover, on schedule or behind: the page's message was the
    handover's, 'Ook nu is een betalingsregeling nog mogelijk' ('A payment plan is still possible'), beside the plan
    the debtor pays. Now it is `arrangement_agency`: the plan with them ({handler}), what is paid and what comes,
    whom to contact; a site without the text shows the handover's, as before."""
    payments = [payment(date=DUE + days(75), amount=paid)]
    claim, view = view_of(tmp_path, DUE + days(90), language=language, events=AGENCY_PLAN_EVENTS, payments=payments)
    assert (claim.status, claim.stage, claim.plan.state) == ("arrangement", "handover", state)
    key = "arrangement_agency" if state == "on_schedule" else "arrangement_agency_missed"
    assert view.message_key == key
    assert view.message_fallbacks == ("handover",)
    assert view.message_values["handler"] == "Incasso B.V."
    text = message(key, language)
    assert "{handler}" in text
    assert "nog mogelijk" not in text and "still possible" not in text


def test_a_plan_of_one_with_the_agency_says_its_instalment(tmp_path):
    """One instalment left of the agency's plan: 'welke termijn nog komt', as our own plan's message of one."""
    plan = [{"due": DUE + days(75), "amount": D("1437.50")}]
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=plan)]
    _, view = view_of(tmp_path, DUE + days(70), events=events)
    assert view.message_key == "arrangement_agency_single"
    assert view.message_fallbacks == ("arrangement_agency", "handover")


@pytest.mark.parametrize(
    ("language", "ours", "theirs"),
    [
        (
            "nl",
            "sturen wij u geen herinneringen",
            "Berichten over deze regeling krijgt u van Incasso B.V., niet van ons.",
        ),
        ("en", "we will not send you reminders", "You will hear about this plan from Incasso B.V., not from us."),
    ],
)
def test_the_agency_s_plan_s_next_instalment_says_who_handles_it(tmp_path, language, ours, theirs):
    """'Zolang u de termijnen op tijd betaalt, sturen wij u geen herinneringen of aanmaningen': we send nothing after
    a handover at all, and it is the agency that watches their plan. The line says from whom the debtor hears about
    it (whom to contact, the message and the plan's box say)."""
    _, view = view_of(tmp_path, DUE + days(70), language=language, events=AGENCY_PLAN_EVENTS)
    line = view.next_steps[0]
    assert line.startswith(("Uw volgende termijn is", "Your next instalment is"))
    assert ours not in line
    assert line.endswith(theirs)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_agency_s_plan_running_does_not_offer_a_plan_at_the_top(tmp_path, language):
    """The top's 'Wilt u een betalingsregeling, of heeft u een vraag over de betaling?' beside a plan with them."""
    _, view = view_of(tmp_path, DUE + days(70), language=language, events=AGENCY_PLAN_EVENTS)
    lead = view.summary.lead
    assert lead is not None
    said = " ".join(lead.lines)
    assert LABELS[language]["handover_call"].format(agency="Incasso B.V.") not in said
    assert "Incasso B.V." in said


ONE_LEFT_BEHIND = {
    "one": ([{"due": DUE + days(75), "amount": D("1437.50")}], []),
    "last": (
        [{"due": DUE + days(75), "amount": D("600.00")}, {"due": DUE + days(105), "amount": D("837.50")}],
        [payment(date=DUE + days(75), amount=D("600.00"))],
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("plan", ONE_LEFT_BEHIND, ids=["a_plan_of_one", "its_last_instalment"])
def test_the_agency_s_plan_behind_does_not_say_its_instalment_is_still_to_come(tmp_path, language, plan):
    """One instalment left of the agency's plan, past its day unpaid: the message said 'Hieronder ziet u welke
    termijn nog komt. Lukt die termijn niet ...? Neem dan contact op met Incasso B.V., het liefst vóór de afgesproken
    dag' beside 'Te laat' and 'De termijn van 20 april 2026 is nog niet betaald'. Behind, it is
    `arrangement_agency_missed`: not everything due under the plan is paid, whom to contact; a site without the text
    shows the handover's message, as before (not the plan's 'nog komt')."""
    installments, payments = ONE_LEFT_BEHIND[plan]
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=installments)]
    as_of = installments[-1]["due"] + days(10)
    claim, view = view_of(tmp_path, as_of, language=language, events=events, payments=payments)
    assert (claim.stage, claim.plan.state) == ("handover", "in_arrears")
    assert view.message_key == "arrangement_agency_missed"
    assert view.message_fallbacks == ("handover",)
    text = message("arrangement_agency_missed", language)
    assert "{handler}" in text
    for said in ("nog komt", "vóór", "still to come", "before the"):
        assert said not in text


@pytest.mark.parametrize(
    ("language", "said"), [("nl", "Betaalt u de termijn niet,"), ("en", "If you do not pay the instalment and")]
)
def test_the_agency_s_plan_of_one_behind_speaks_of_its_one_instalment(tmp_path, language, said):
    """A plan of one with the agency, missed: 'Betaalt u de termijnen niet, en maakt u geen nieuwe afspraak?' spoke
    of instalments the plan does not have."""
    installments, _ = ONE_LEFT_BEHIND["one"]
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=installments)]
    _, view = view_of(tmp_path, DUE + days(85), language=language, events=events)
    steps = " ".join(view.next_steps)
    assert said in steps
    assert LABELS[language]["handover_next_plan"] not in steps


@pytest.mark.parametrize(("language", "said"), [("nl", "en maakt u geen afspraak"), ("en", "and make no arrangement")])
def test_the_agency_s_plan_behind_does_not_say_no_arrangement_was_made(tmp_path, language, said):
    """'Betaalt u niet, en maakt u geen afspraak? Dan kan een rechtszaak de volgende stap zijn' beside the plan
    agreed with the agency: the plan is the agreement, the line speaks of its instalments and of a new one."""
    payments = [payment(date=DUE + days(75), amount=D("250.00"))]
    claim, view = view_of(tmp_path, DUE + days(90), language=language, events=AGENCY_PLAN_EVENTS, payments=payments)
    assert claim.plan.state == "in_arrears"
    steps = " ".join(view.next_steps)
    assert said not in steps
    assert LABELS[language]["handover_next_plan"] in steps


# 2. A handover after a plan.


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "niet alle termijnen van uw betalingsregeling ontvangen"),
        ("en", "not received all the instalments of your payment plan"),
    ],
)
def test_a_handover_after_a_plan_partly_paid_names_the_plan_s_instalments(tmp_path, language, said):
    """Our plan's first instalment partly paid, the second missed, then the handover: the notice opened 'Wij hebben
    nog niet het hele bedrag ontvangen. Daarom hebben wij uw dossier overgedragen', as if the plan had not been, or
    (before anything was paid) 'uw betaling nog niet ontvangen'. It says what is true of the plan: not all its
    instalments came in."""
    plan = [{"due": DUE + days(20), "amount": D("600.00")}, {"due": DUE + days(50), "amount": D("650.00")}]
    events = [*LETTERS_BEFORE, event(DUE + days(16), "arrangement", installments=plan), HANDOVER]
    payments = [payment(date=DUE + days(20), amount=D("300.00"))]
    claim, view = view_of(tmp_path, DUE + days(60), language=language, events=events, payments=payments)
    assert (claim.stage, view.message_key) == ("handover", "handover")
    assert said in not_received(claim, claim.debtor.language)
    assert view.message_values["not_received"] == not_received(claim, claim.debtor.language)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "alle termijnen van uw betalingsregeling ontvangen, maar nog niet het hele bedrag"),
        ("en", "received all the instalments of your payment plan, but not yet the whole amount"),
    ],
)
def test_a_handover_after_the_agency_s_plan_was_paid_does_not_say_we_received_too_little_of_it(
    tmp_path, language, said
):
    """All the agency's instalments paid, something left, then the file handed over again (to another agency):
    'Wij hebben nog niet het hele bedrag ontvangen' read as if the plan had failed."""
    paid = [payment(date=i["due"], amount=i["amount"]) for i in AGENCY_PLAN]
    again = event(DUE + days(170), "handover", agency="Tweede Incasso B.V.")
    claim, view = view_of(
        tmp_path,
        DUE + days(170),
        language=language,
        events=[*AGENCY_PLAN_EVENTS, again],
        payments=paid,
        interest="statutory",
    )
    assert claim.stage == "handover" and claim.total_due > 0
    assert said in view.message_values["not_received"]


def test_a_handover_with_no_plan_before_it_says_what_it_said(tmp_path):
    claim, view = view_of(tmp_path, DUE + days(60), events=[*NOTICE, HANDOVER])
    assert view.message_values["not_received"] == LABELS["nl"]["not_received"]
    paid = [payment(date=DUE + days(40), amount=D("100.00"))]
    claim, view = view_of(tmp_path / "part", DUE + days(60), events=[*NOTICE, HANDOVER], payments=paid)
    assert view.message_values["not_received"] == LABELS["nl"]["not_received_all"]


# 3. A dispute's answer, its term running on after the handover.


@pytest.mark.parametrize(
    ("language", "answered", "again"),
    [
        ("nl", "Wij hebben uw bezwaar beantwoord op 1 april 2026.", "Bel Sanne Jansen: +31 30 123 45 67"),
        ("en", "We answered your dispute on 1 April 2026.", "Call Sanne Jansen on +31 30 123 45 67"),
    ],
)
def test_the_answer_to_a_dispute_stays_on_the_page_after_the_handover_while_its_term_runs(
    tmp_path, language, answered, again
):
    """Disputed after the final notice, answered on 1 April, handed over on the 5th, within the answer's 14 days:
    the handover notice says we answered (handover_answered), the page dropped it. It keeps saying when we answered
    and whom to ask about it, until the answer's term is over."""
    events = [
        *NOTICE,
        event(DUE + days(40), "dispute", reason="Te duur"),
        event(date(2026, 4, 1), "dispute_resolved"),
        event(date(2026, 4, 5), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00"),
    ]
    claim, view = view_of(tmp_path, date(2026, 4, 8), language=language, events=events)
    assert claim.stage == "handover" and claim.answer_still_open is not None
    assert view.answer[0] == answered
    assert again in view.answer[1]
    assert len(view.answer) == 2  # the answer's term is not ours to count down once the agency has the file
    _, later = view_of(tmp_path / "later", date(2026, 4, 15), language=language, events=events)
    assert later.answer == ()  # its 14 days (1 to 14 April) are over


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_agreed_with_the_bailiff_is_not_offered_again_at_the_top(tmp_path, language):
    """After the legal step, a plan agreed since with the bailiff: the top asked 'Wilt u betalen of een
    betalingsregeling afspreken? Dat kan ook nu nog.' beside it; the message is the plan with them."""
    plan = [{"due": DUE + days(95), "amount": D("600.00")}, {"due": DUE + days(125), "amount": D("837.50")}]
    bailiff = dict(bailiff="Deurwaarders B.V.", bailiff_phone="+31 30 230 55 10")
    events = [*NOTICE, HANDOVER, event(DUE + days(80), "legal", **bailiff)]
    events.append(event(DUE + days(85), "arrangement", installments=plan))
    claim, view = view_of(tmp_path, DUE + days(90), language=language, events=events)
    assert (claim.stage, claim.status) == ("legal", "arrangement")
    assert (view.message_key, view.message_values["handler"]) == ("arrangement_agency", "Deurwaarders B.V.")
    assert view.message_fallbacks == ("legal",)
    lines = view.summary.lead.lines
    asked = LABELS[language]["legal_call_plan"].split("{handler}")[0]  # "... Neem dan contact op met "
    assert any(line.startswith(asked + "Deurwaarders B.V.") for line in lines)
    assert not any(line.startswith(("Wilt u betalen", "Would you like to pay")) for line in lines)
