"""The page and the letters once the file is with an agency: a plan agreed with them, a handover after a plan, and a
dispute's answer whose term runs on after the handover."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from urllib.parse import unquote

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.statement.labels import LABELS, text
from incasso.statement.view import not_received, statement_view
from tests.support.ledgers import days, event, one_debtor_ledger, payment
from tests.support.site import DEMO_LEDGER, REPO

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
        (
            "nl",
            "alle termijnen van uw betalingsregeling met Incasso B.V. ontvangen (EUR\xa01.437,50), maar nog niet "
            "het hele bedrag",
        ),
        (
            "en",
            "received every instalment of your payment plan with Incasso B.V. (EUR\xa01,437.50), but not "
            "yet the whole amount",
        ),
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
    # The page thanks for their plan, naming them (s39), where handover_plan_kept said "uw betalingsregeling".
    assert view.message_key == "handover_agency_plan_kept"
    assert view.message_fallbacks == ("handover_plan_kept", "handover")
    assert said in message("handover_agency_plan_kept", language).format(**view.message_values)


HANDED_TO = {
    ("nl", True): "hebben wij uw dossier overgedragen aan Tweede Incasso B.V.",
    ("en", True): "we have handed your file over to Tweede Incasso B.V.",
    ("nl", False): "hebben wij uw dossier overgedragen aan een incassobureau.",
    ("en", False): "we have handed your file over to a collection agency.",
}
# The page's message as shipped before this session: copied by a site, it is read with the agency named all the same.
SHIPPED_BEFORE = {
    "nl": "Dank u wel. Wij hebben {not_received}. Omdat er daarna nog een bedrag openstond, hebben wij uw dossier "
    "overgedragen aan een ander incassobureau. Bovenaan deze pagina staat bij wie uw dossier nu ligt, wie u kunt "
    "bellen en aan wie u betaalt.\n",
    "en": "Thank you: we have {not_received}. Because an amount was still open after that, we have handed your file "
    "over to another collection agency. At the top of this page you can see who has your file now, whom to call and "
    "whom to pay.\n",
}


@pytest.mark.parametrize("named", [True, False], ids=["named", "unnamed"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_and_the_letter_of_a_handover_after_the_agency_s_plan_name_the_same_agency(tmp_path, language, named):
    """All the first agency's instalments paid, the rest handed over again: the page said "een ander incassobureau",
    the letter "een incassobureau", of the same agency (which may well be the first one again). Both name the agency
    the file went to, as the letter's next lines and the page's top do, or say "een incassobureau" when the ledger
    names none. A site without the letter's new text writes handover.md; one with the page's text as shipped before
    reads it with the agency named."""
    from incasso.ledger.model import Channel
    from incasso.letters.due import NO_RECORD, LetterKind, letters_due
    from incasso.letters.view import letter_view
    from pelican.plugins.incasso.letters.texts import LetterTexts
    from pelican.plugins.incasso.statements import Messages

    paid = [payment(date=i["due"], amount=i["amount"]) for i in AGENCY_PLAN]
    again = event(DUE + days(170), "handover", **({"agency": "Tweede Incasso B.V."} if named else {}))
    ledger = one_debtor_ledger(
        tmp_path, language=language, events=[*AGENCY_PLAN_EVENTS, again], payments=paid, interest="statutory"
    )
    claim = assess(ledger, ledger.debtors[0], DUE + days(170))
    view = statement_view(claim, ledger)
    assert view.message_key == "handover_agency_plan_kept"
    handed_to = HANDED_TO[(language, named)]
    page = str(Messages(REPO / "content" / "messages").for_page(view))
    assert handed_to in page and "een ander incassobureau" not in page and "another" not in page
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.HANDOVER]
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert letter.opening == "handover_agency_plan_kept"
    texts = LetterTexts(REPO / "content" / "letters")
    opening = " ".join(b[1] for b in texts[(language, letter.opening)].filled(letter.text_values).blocks)
    assert handed_to in opening
    assert "B.V.." not in page + opening  # the name's full stop ends the sentence (fmt.filled_in)
    assert view.message_values["not_received"] in opening  # the same thanks as the page's
    # Copied before: the letter as it was, the page's "een ander incassobureau" read with the agency named.
    old = shutil.copytree(REPO / "content", tmp_path / "old-content")
    for lang in ("nl", "en"):
        (old / "letters" / lang / "handover_agency_plan_kept.md").unlink()
        (old / "messages" / lang / "handover_agency_plan_kept.md").write_text(SHIPPED_BEFORE[lang], encoding="utf-8")
    assert LetterTexts(old / "letters")[(language, letter.opening)] == texts[(language, "handover")]
    assert handed_to.rstrip(".") in str(Messages(old / "messages").for_page(view))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            "Wij hebben EUR\xa0600,00 ontvangen van uw betalingsregeling met Incasso B.V., maar "
            "niet alle termijnen. Daarom",
        ),
        (
            "en",
            "We have received EUR\xa0600.00 under your payment plan with Incasso B.V., but not all the "
            "instalments. That is why",
        ),
    ],
)
def test_a_second_handover_after_the_agency_s_plan_behind_says_the_plan_was_theirs(tmp_path, language, said):
    """s39: the first agency's plan, its first instalment paid and the second missed, then the file went to a second
    agency: the page and the handover letter said 'Wij hebben niet alle termijnen van uw betalingsregeling
    ontvangen', as if the plan had been ours. They say whose it was, and what was paid under it."""
    again = event(DUE + days(120), "handover", agency="Tweede Incasso B.V.", agency_phone="030 111 22 33")
    paid = [payment(date=DUE + days(75), amount=D("600.00"))]
    claim, view = view_of(
        tmp_path, DUE + days(120), language=language, events=[*AGENCY_PLAN_EVENTS, again], payments=paid
    )
    assert (claim.stage, view.message_key) == ("handover", "handover")
    page = message("handover", language).format(**view.message_values)
    assert said in page
    letter = (REPO / "content" / "letters" / language / "handover.md").read_text(encoding="utf-8")
    assert "{not_received}" in letter and view.message_values["not_received"] in said
    # Our own plan before the first handover says what it said.
    plan = [{"due": DUE + days(20), "amount": D("600.00")}, {"due": DUE + days(50), "amount": D("650.00")}]
    ours = [*LETTERS_BEFORE, event(DUE + days(16), "arrangement", installments=plan), HANDOVER]
    claim, _ = view_of(tmp_path / "ours", DUE + days(60), events=ours, payments=[payment(date=DUE + days(20))])
    assert not_received(claim, claim.debtor.language) == LABELS["nl"]["not_received_plan"]


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


# 4. The page of a dossier with the agency, read by the debtor.

PAYS_AGENCY = event(
    DUE + days(60),
    "handover",
    agency="Incasso B.V.",
    agency_phone="+31 30 298 40 00",
    agency_email="dossiers@incasso.example.nl",
    agency_iban="NL02 INGB 0006 8412 97",
    agency_reference="INC-2026-0815",
)


def mail_parts(mailto: str) -> dict[str, str]:
    """The fields of a mailto: link, decoded."""
    _, _, query = mailto.partition("?")
    return {name: unquote(value) for name, _, value in (field.partition("=") for field in query.split("&"))}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_handed_over_page_says_who_sets_the_day_to_pay_by(tmp_path, language):
    """D-1008 on 4 December 2026: 'Te betalen EUR 2.520,56' and no day, on the page or in its letter. The agency
    sets the terms now, and the page says so under the amount, where our own steps give a day."""
    claim, view = view_of(tmp_path, DUE + days(70), language=language, events=[*NOTICE, PAYS_AGENCY])
    assert (claim.stage, claim.status) == ("handover", "active")
    assert view.summary.deadline == text(language, "handover_pay_by", agency="Incasso B.V.")
    unnamed = event(DUE + days(60), "handover")
    _, view = view_of(tmp_path / "unnamed", DUE + days(70), language=language, events=[*NOTICE, unnamed])
    agency = LABELS[language]["the_agency"]
    assert view.summary.deadline == text(language, "handover_pay_by", agency=agency)


def test_the_demo_s_handed_over_page_says_who_sets_the_day_and_whom_to_ask():
    """The page the newcomer read: D-1008, handed over to Incassobureau Domstad B.V., on 4 December 2026."""
    ledger = load_ledger(DEMO_LEDGER)
    debtor = next(d for d in ledger.debtors if d.id == "D-1008")
    view = statement_view(assess(ledger, debtor, date(2026, 12, 4)), ledger)
    assert view.summary.deadline == "Tot wanneer u kunt betalen, bepaalt nu Incassobureau Domstad B.V."
    assert "Mist u een betaling aan Incassobureau Domstad B.V.? Neem dan contact op met hen." in view.unlinked
    subject = mail_parts(view.summary.lead.contact[1].href)["subject"]
    assert subject == "Mijn betaling, kenmerk DOM-2026-0815"


@pytest.mark.parametrize(
    ("language", "theirs", "ours"),
    [
        (
            "nl",
            "Mist u een betaling aan Incasso B.V.? Neem dan contact op met hen.",
            "Heeft u aan ons betaald? Neem dan contact met ons op.",
        ),
        (
            "en",
            "Is a payment to Incasso B.V. missing? Please contact them.",
            "Did you pay us? Please contact us.",
        ),
    ],
)
def test_a_missing_payment_after_the_handover_is_asked_of_whom_it_was_paid_to(tmp_path, language, theirs, ours):
    """'Mist u een betaling? Neem dan contact met ons op' sent the debtor to us while they pay the agency: the
    agency for a payment to them (it has the file, and the page says how to reach it), us for one to us."""
    for name, handover in (("pays_agency", PAYS_AGENCY), ("pays_either", HANDOVER)):
        _, view = view_of(tmp_path / name, DUE + days(70), language=language, events=[*NOTICE, handover])
        assert theirs in view.unlinked and view.unlinked.endswith(ours)


def test_a_missing_payment_is_asked_of_us_while_the_agency_cannot_be_reached(tmp_path):
    """No phone or e-mail of the agency: the page cannot send the debtor there, we pass the question on."""
    unreachable = event(DUE + days(60), "handover", agency="Incasso B.V.")
    _, view = view_of(tmp_path, DUE + days(70), events=[*NOTICE, unreachable])
    assert view.unlinked == LABELS["nl"]["situation_unlinked"]


@pytest.mark.parametrize(
    ("language", "subject", "plan_subject", "greeting"),
    [
        ("nl", "Mijn betaling, kenmerk INC-2026-0815", "Voorstel betalingsregeling, kenmerk INC-2026-0815", "Beste"),
        ("en", "My payment, reference INC-2026-0815", "Payment plan proposal, reference INC-2026-0815", "Dear"),
    ],
)
def test_the_agency_s_mails_quote_its_reference_as_the_page_names_it(
    tmp_path, language, subject, plan_subject, greeting
):
    """The top's mail to the agency had the subject 'Mijn betaling, betalingskenmerk DOM-2026-0815' where the page
    says to write DOM-... in 'Omschrijving', not 'Betalingskenmerk'; and, unlike the page's other mails, no body.
    The agency's reference is a 'kenmerk'; both mails to them (the top's, the plan's) start a letter to them."""
    _, view = view_of(tmp_path, DUE + days(70), language=language, events=[*NOTICE, PAYS_AGENCY])
    top = mail_parts(view.summary.lead.contact[1].href)
    plan = mail_parts(view.plan_option.mailto)
    assert (top["subject"], plan["subject"]) == (subject, plan_subject)
    for mail in (top, plan):
        assert mail["body"].startswith(f"{greeting} Incasso B.V.,")
        assert "INC-2026-0815" in mail["body"]
        assert "betalingskenmerk" not in mail["body"] and "payment reference" not in mail["body"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_to_the_agency_is_told_as_theirs_not_as_the_handover(tmp_path, language):
    """A promise made to the agency since the handover, still open: the page's message was the handover's, with
    'Ook nu is een betalingsregeling nog mogelijk'. Now it is `promise_agency`: the promise to them, whom to
    contact; a site without the text shows the handover's, as before."""
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "promise", promised_date=DUE + days(80))]
    claim, view = view_of(tmp_path, DUE + days(70), language=language, events=events)
    assert (claim.stage, claim.status) == ("handover", "promise")
    assert (view.message_key, view.message_fallbacks) == ("promise_agency", ("handover",))
    assert view.message_values["handler"] == "Incasso B.V."
    words = message("promise_agency", language)
    assert "{handler}" in words
    assert "nog mogelijk" not in words and "still possible" not in words


@pytest.mark.parametrize(
    ("language", "said", "ours"),
    [
        (
            "nl",
            "Lukt het niet om EUR\xa01.437,50 uiterlijk 25 april 2026 te betalen? Laat Incasso B.V. het dan vóór "
            "25 april 2026 weten. Wat er gebeurt als u niet betaalt, hoort u van hen.",
            "wij nemen contact met u op",
        ),
        (
            "en",
            "If you cannot pay EUR\xa01,437.50 by 25 April 2026, please let Incasso B.V. know before 25 April 2026. "
            "They will tell you what happens if you do not pay.",
            "we will contact you",
        ),
    ],
)
def test_a_promise_to_the_agency_says_what_follows_in_their_voice(tmp_path, language, said, ours):
    """'Hebben wij ... niet ontvangen? Dan gaan wij verder met de incasso: wij nemen contact met u op. Lukt het niet
    op tijd? Laat het ons dan ... weten', of a promise made to the agency: what follows a miss is theirs, and so is
    whom to tell (as the message says)."""
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "promise", promised_date=DUE + days(80))]
    _, view = view_of(tmp_path, DUE + days(70), language=language, events=events)
    assert view.next_steps == (said,)
    assert ours not in " ".join(view.next_steps)
    # The promised day past, the bank statements read ending before it: pay now, or tell them today.
    ledger = replace(one_debtor_ledger(tmp_path / "later", language=language, events=events), bank_until=DUE + days(78))
    later = statement_view(assess(ledger, ledger.debtors[0], DUE + days(81)), ledger)
    assert later.status == "promise"
    assert later.next_steps[0].startswith(("Heeft u EUR", "If you did not pay EUR"))
    assert "Incasso B.V." in later.next_steps[0] and ours not in later.next_steps[0]


def test_a_promise_to_the_bailiff_falls_back_to_the_legal_step_s_message(tmp_path):
    bailiff = event(DUE + days(80), "legal", bailiff="Deurwaarders B.V.", bailiff_phone="+31 30 230 55 10")
    events = [*NOTICE, HANDOVER, bailiff, event(DUE + days(85), "promise", promised_date=DUE + days(95))]
    _, view = view_of(tmp_path, DUE + days(90), events=events)
    assert (view.message_key, view.message_fallbacks) == ("promise_agency", ("legal",))
    assert view.message_values["handler"] == "Deurwaarders B.V."


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_agency_s_plan_without_their_phone_or_email_is_not_offered_again_at_the_top(tmp_path, language):
    """No phone or e-mail of the agency in the ledger, a plan agreed with them running: the top said 'U hoort van
    Incasso B.V. hoe u hen kunt bereiken. Wilt u nu al iets afspreken? Bel of mail dan ons', of a debtor who
    reached them and agreed a plan. It asks about the plan: them, or us when the debtor does not know how."""
    unreachable = event(DUE + days(60), "handover", agency="Incasso B.V.")
    events = [*NOTICE, unreachable, event(DUE + days(65), "arrangement", installments=AGENCY_PLAN)]
    claim, view = view_of(tmp_path, DUE + days(70), language=language, events=events)
    assert claim.status == "arrangement"
    lines = view.summary.lead.lines
    assert text(language, "handover_wait", agency="Incasso B.V.") not in lines
    assert lines[-1] == text(language, "handover_wait_plan", agency="Incasso B.V.")
    assert not any(("Wilt u nu al" in line or "arrange something now" in line) for line in lines)


def test_a_promise_to_the_agency_without_their_phone_or_email_asks_about_it_at_the_top(tmp_path):
    unreachable = event(DUE + days(60), "handover", agency="Incasso B.V.")
    events = [*NOTICE, unreachable, event(DUE + days(65), "promise", promised_date=DUE + days(80))]
    _, view = view_of(tmp_path, DUE + days(70), events=events)
    assert view.summary.lead.lines[-1] == text("nl", "handover_wait_promise", agency="Incasso B.V.")


PART_PLAN = [{"due": DUE + days(20), "amount": D("300.00")}, {"due": DUE + days(50), "amount": D("300.00")}]
PART_PAID = [payment(date=i["due"], amount=i["amount"]) for i in PART_PLAN]
PART_THEN_HANDOVER = [
    *LETTERS_BEFORE,
    event(DUE + days(16), "arrangement", installments=PART_PLAN),
    event(DUE + days(60), "final_notice"),
    event(DUE + days(90), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00"),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_after_a_plan_paid_in_full_thanks_for_it(tmp_path, language):
    """A plan of part, every instalment paid, its rest handed over: the message said 'Wij hadden dit liever samen
    met u opgelost' to someone who kept every instalment. Now `handover_plan_kept`: thanks for the plan, the rest
    went on; a site without the text shows the handover's, as before."""
    claim, view = view_of(tmp_path, DUE + days(100), language=language, events=PART_THEN_HANDOVER, payments=PART_PAID)
    assert (claim.stage, claim.status) == ("handover", "active")
    assert (view.message_key, view.message_fallbacks) == ("handover_plan_kept", ("handover",))
    words = message("handover_plan_kept", language)
    assert "liever samen" not in words and "rather have solved" not in words
    assert words.startswith(("U heeft uw betalingsregeling betaald zoals afgesproken. Dank u wel", "You paid your"))


def test_the_handover_after_a_plan_behind_keeps_the_handover_s_message(tmp_path):
    paid = PART_PAID[:1]
    _, view = view_of(tmp_path, DUE + days(100), events=PART_THEN_HANDOVER, payments=paid)
    assert view.message_key == "handover"


# A promise made to the agency, its day passed without the payment (s39).

BROKEN_TO_AGENCY = [*NOTICE, HANDOVER, event(DUE + days(65), "promise", promised_date=DUE + days(75))]


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        (
            "nl",
            "U had Incasso B.V. toegezegd uiterlijk 20 april 2026 te betalen. Volgens onze administratie is die "
            "betaling niet binnen. Lukt het niet, of heeft u al betaald? Neem dan contact op met Incasso B.V.",
        ),
        (
            "en",
            "You promised Incasso B.V. to pay by 20 April 2026. Our records show that payment has not come in. If "
            "you cannot pay, or have paid already, please contact Incasso B.V.",
        ),
    ],
)
def test_a_broken_promise_to_the_agency_says_so_and_whom_to_contact(tmp_path, language, lead):
    """The promised day passed without the payment: the page fell back to the plain handover message ('Ook nu is
    een betalingsregeling nog mogelijk'), as if nothing had been promised, where a broken promise to us says that
    it was not received and to contact us. Now the top says so of the agency, and the message is
    `promise_agency_broken`: a site without the text shows the handover's, as before."""
    claim, view = view_of(tmp_path, DUE + days(80), language=language, events=BROKEN_TO_AGENCY)
    assert (claim.stage, claim.status, claim.promise.state) == ("handover", "active", "broken")
    assert (view.message_key, view.message_fallbacks) == ("promise_agency_broken", ("handover",))
    assert lead in view.summary.lines
    words = message("promise_agency_broken", language)
    assert "{handler}" in words
    # Part of it paid in its window: not "niet binnen".
    part = [payment(date=DUE + days(70), amount="100.00")]
    _, view = view_of(tmp_path / "part", DUE + days(80), language=language, events=BROKEN_TO_AGENCY, payments=part)
    assert view.message_key == "promise_agency_broken"
    assert any(("niet helemaal" if language == "nl" else "not all of") in line for line in view.summary.lines)


def test_a_broken_promise_to_us_or_to_an_earlier_agency_is_not_the_agency_s(tmp_path):
    # Made to us before the handover: the handover's message, as before.
    ours = [*NOTICE, event(DUE + days(40), "promise", promised_date=DUE + days(50)), HANDOVER]
    _, view = view_of(tmp_path / "ours", DUE + days(80), events=ours)
    assert view.message_key == "handover"
    # Made to the first agency, the file then with a second one: not theirs to be contacted about.
    second = event(DUE + days(78), "handover", agency="Tweede Bureau B.V.", agency_phone="030 111 22 33")
    _, view = view_of(tmp_path / "second", DUE + days(80), events=[*BROKEN_TO_AGENCY, second])
    assert view.message_key == "handover"
    assert not any("toegezegd" in line for line in view.summary.lines)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            "Wij hebben EUR\xa0600,00 ontvangen van uw betalingsregeling met het incassobureau, "
            "maar niet alle termijnen. Daarom hebben wij uw dossier overgedragen aan Incasso B.V.",
        ),
        (
            "en",
            "We have received EUR\xa0600.00 under your payment plan with the collection agency, but not all "
            "the instalments. That is why we have handed your file over to Incasso B.V.",
        ),
    ],
)
def test_a_second_handover_to_the_same_agency_names_it_once(tmp_path, language, said):
    """s42: the agency's plan behind, the file handed over again to the same agency: "van de betalingsregeling die u
    met Incasso B.V. had afgesproken ... Daarom hebben wij uw dossier overgedragen aan Incasso B.V."."""
    again = event(DUE + days(120), "handover", agency="Incasso B.V.", agency_phone="030 111 22 33")
    paid = [payment(date=DUE + days(75), amount=D("600.00"))]
    _, view = view_of(tmp_path, DUE + days(120), language=language, events=[*AGENCY_PLAN_EVENTS, again], payments=paid)
    assert said in message("handover", language).format(**view.message_values)
