"""s54, real nightly builds: a missed instalment's reminder waits for a dispute answer's term, as every step does.

Two consumers, D-5401 (Dutch) and D-5402 (English), each with one invoice of 1000.00 due 31 January 2026, reminded
on 10 February, and a plan agreed on 20 February: 500.00 on 1 March (paid) and 500.00 on 1 April (missed). On
1 April, the instalment's day, the debtor disputes the invoice; staff answer on Wednesday 8 April and record
`dispute_resolved`. The answer's term counts its day as the first: up to and including 21 April.

Before s54 the reminder of the missed instalment was due on 9 April, the day after the answer: the build of the 9th
wrote it, and the page said nothing of the answer (statement.answer told it over a plan in arrears only while the
next step waited for the term). Now the reminder waits for the day after the term, 22 April, as a dunning letter or
a final notice would: the pages of 9 and 21 April tell the answer, whom to ask about it and the term's last day, no
reminder is written before the 22nd, and staff's dossier says why it waits.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

DUTCH, ENGLISH = "D-5401", "D-5402"
# s55: the same, but a plan of three instalments, the missed one not its last (the page's message `plan_missed`).
LONGER_DUTCH, LONGER_ENGLISH = "D-5403", "D-5404"
LONGER = (LONGER_DUTCH, LONGER_ENGLISH)
NIGHTS = (date(2026, 4, 9), date(2026, 4, 21), date(2026, 4, 22))
ANSWERED = date(2026, 4, 8)
REMINDER = "{}-installment_reminder"

# The top of the page and the answer's lines under its message, while the reminder waits for the term.
TOLD = {
    DUTCH: (
        "Betaal uiterlijk 21 april 2026",
        "Wij hebben uw bezwaar beantwoord op 8 april 2026.",
        "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? Bel Sanne Jansen",
        "Vanaf de dag van ons antwoord krijgt u 14 dagen om te betalen, tot en met 21 april 2026. Tot dan sturen wij "
        "u geen nieuwe brief.",
    ),
    ENGLISH: (
        "Please pay by 21 April 2026",
        "We answered your dispute on 8 April 2026.",
        "Would you like to hear or read our answer again, or do you have a question about it? Call Sanne Jansen",
        "From the day of our answer, you have 14 days to pay, up to and including 21 April 2026. We will not send "
        "you a new letter before then.",
    ),
}
TODAY = {DUTCH: "Betaal uiterlijk vandaag, 21 april 2026", ENGLISH: "Please pay today, 21 April 2026"}
# The reminder written on 22 April: the day to pay it gives (the eve of the dunning letter after it, 14 days on).
REMINDED = {
    DUTCH: ("Betaal uiterlijk 5 mei 2026", "Hebben wij EUR 500,00 niet uiterlijk 5 mei 2026 ontvangen?", "aanmaning"),
    ENGLISH: (
        "Please pay by 5 May 2026",
        "If we have not received EUR 500.00 by 5 May 2026, we will send you a formal reminder.",
        "formal reminder",
    ),
}
# What the page asked before s54, beside "you have 14 days to pay, up to and including 21 April 2026".
ASAP = re.compile(
    r"Betaal zo snel mogelijk|zo snel mogelijk betalen|Please pay as soon as possible|(instalment|amount) as soon as"
)
WAITS = (
    "Herinnering gemiste termijn sturen op 22 april 2026 als de termijn van 1 april 2026 (EUR 500,00) dan nog niet "
    "(helemaal) betaald is",
    "Later dan het beleid: het geschil is beantwoord op 8 april 2026. Vanaf die dag krijgt de debiteur 14 dagen om te "
    "betalen (resume_after_dispute_days), tot en met 21 april 2026; de herinnering gaat pas daarna uit",
)


def _debtor(debtor_id: str, night: date) -> dict:
    plan = [{"due": date(2026, 3, 1), "amount": Decimal("500.00")}, {"due": date(2026, 4, 1), "amount": 500}]
    if debtor_id in LONGER:  # the instalment of 1 April is not the plan's last: 250.00 of it is left for 1 May
        plan = [*plan[:1], {"due": date(2026, 4, 1), "amount": 250}, {"due": date(2026, 5, 1), "amount": 250}]
    events = [
        event(date(2026, 2, 10), "reminder", channel="letter"),
        event(date(2026, 2, 20), "arrangement", installments=plan),
        event(date(2026, 4, 1), "dispute", reason="De levering was niet compleet"),
        event(ANSWERED, "dispute_resolved", outcome="Levering was compleet: pakbon getekend"),
    ]
    return valid_debtor(
        id=debtor_id,
        language="en" if debtor_id in (ENGLISH, LONGER_ENGLISH) else "nl",
        invoices=[
            invoice(
                number=f"F2026-{debtor_id[2:]}",
                date=date(2026, 1, 1),
                due=date(2026, 1, 31),
                amount=1000,
                description={"nl": "Onderhoud ovens januari", "en": "Oven maintenance, January"},
            )
        ],
        payments=[payment(date=date(2026, 3, 1), amount="500.00")],
        events=[e for e in events if e["date"] <= night],
    )


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night, one build after the other into the same folders: claims.json, the pages' and the dossiers' text,
    the letters' PDF text."""
    tmp_path = tmp_path_factory.mktemp("answerplan")
    built = {}
    for night in NIGHTS:
        debtors = [_debtor(d, night) for d in (DUTCH, ENGLISH, *LONGER)]
        ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
        site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
        assert site.exit_code == 0
        claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text("utf-8"))["claims"]}
        built[night] = {
            "claims": claims,
            "pages": {i: page_text(site, c) for i, c in claims.items()},
            "dossiers": {i: visible_text((site.internal / "d" / f"{i}.html").read_text("utf-8")) for i in claims},
            "pdfs": {
                p.stem: flat(" ".join(pdf_text(p.read_bytes()))) for p in (site.internal / "letters").glob("D-*.pdf")
            },
            "mails": {p.stem: _plain(p) for p in (site.internal / "letters").glob("D-*.eml")},
        }
    return built


def _plain(path) -> str:
    body = read_eml(path).get_body(preferencelist=("plain",))
    assert body is not None, path
    return body.get_content()


def _said(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.mark.parametrize("debtor_id", [DUTCH, ENGLISH])
def test_while_the_answer_s_term_runs_no_reminder_is_written_and_the_page_tells_the_answer(nights, debtor_id):
    for night in (date(2026, 4, 9), date(2026, 4, 21)):
        built = nights[night]
        assert REMINDER.format(debtor_id) not in built["pdfs"], night
        step = built["claims"][debtor_id]["next_action"]
        assert (step["kind"], step["due"], step["is_due"]) == ("remind_installment", "2026-04-22", False), night
        page = _said(built["pages"][debtor_id])
        top, *lines = TOLD[debtor_id]
        if night == date(2026, 4, 21):  # the term's last day: "Betaal uiterlijk vandaag, 21 april 2026"
            top = TODAY[debtor_id]
        for line in (top, *lines):
            assert line in page, (night, line, page)
        assert not ASAP.search(page), (night, ASAP.search(page))


@pytest.mark.parametrize("debtor_id", [DUTCH, ENGLISH])
def test_the_staff_dossier_says_the_reminder_waits_for_the_answer_s_term(nights, debtor_id):
    dossier = _said(nights[date(2026, 4, 9)]["dossiers"][debtor_id])
    for line in WAITS:
        assert line in dossier, dossier


@pytest.mark.parametrize("debtor_id", [DUTCH, ENGLISH])
def test_the_day_after_the_term_the_reminder_is_written_with_a_reminder_s_time_to_pay(nights, debtor_id):
    built = nights[date(2026, 4, 22)]
    step = built["claims"][debtor_id]["next_action"]
    assert (step["kind"], step["due"], step["is_due"]) == ("remind_installment", "2026-04-22", True)
    letter = _said(built["pdfs"][REMINDER.format(debtor_id)])
    for said in REMINDED[debtor_id]:
        assert said in letter, letter
    # The page is the reminder's as sent (letters.outlook): its day to pay, and no more "no new letter until".
    page = _said(built["pages"][debtor_id])
    assert REMINDED[debtor_id][0] in page, page
    assert TOLD[debtor_id][3] not in page, page


# The reminder written on 22 April, the first letter since the answer: it opens with the answer, in one paragraph
# with what it always said of the instalment, and asks about the answer in its way out; not "Misschien is het u
# ontschoten" to a debtor who disputed and was answered (s54-answeredwords).
OPENS = {
    DUTCH: (
        "Op 8 april 2026 hebben wij uw bezwaar beantwoord. Volgens onze administratie is een termijn van uw "
        "betalingsregeling nog niet betaald. Heeft u de termijn net betaald?",
        "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op.",
    ),
    ENGLISH: (
        "On 8 April 2026 we answered your dispute. According to our records, an instalment of your payment plan has "
        "not been paid. If you have just paid it,",
        "Do you have a question about our answer to your dispute? Please contact us.",
    ),
}
SLIPPED = re.compile(r"ontschoten|dat kan gebeuren|slipped your mind|it happens")
# ... and the page that day keeps the answer's lines, as the letter beside it says it (statement.answer).
STILL_TOLD = {DUTCH: TOLD[DUTCH][1:3], ENGLISH: TOLD[ENGLISH][1:3]}


@pytest.mark.parametrize("debtor_id", [DUTCH, ENGLISH])
def test_the_reminder_after_the_answer_names_it_in_the_letter_and_the_e_mail(nights, debtor_id):
    built = nights[date(2026, 4, 22)]
    stem = REMINDER.format(debtor_id)
    for form, said in (("letter", built["pdfs"][stem]), ("e-mail", built["mails"][stem])):
        said = _said(said)
        for line in OPENS[debtor_id]:
            assert line in said, (form, line, said)
        assert not SLIPPED.search(said), (form, SLIPPED.search(said))


@pytest.mark.parametrize("debtor_id", [DUTCH, ENGLISH])
def test_the_page_beside_that_reminder_still_tells_the_answer(nights, debtor_id):
    page = _said(nights[date(2026, 4, 22)]["pages"][debtor_id])
    for line in STILL_TOLD[debtor_id]:
        assert line in page, (line, page)


# s55: above the answer's lines the plan's message said "Dat kan gebeuren." / "It happens." of the missed instalment,
# as if it had slipped the debtor's mind: beside the answer, its `_answered` form speaks (statement.view), without it.
# Each night: while the reminder waits for the answer's term, and the day it is written.
PLAN_MISSED = {
    LONGER_DUTCH: "Een termijn van uw betalingsregeling is niet betaald. Hieronder ziet u welke termijn nog openstaat.",
    LONGER_ENGLISH: "An instalment of your payment plan has not been paid. Below you can see which instalment is still "
    "open.",
}


@pytest.mark.parametrize("debtor_id", LONGER)
def test_the_plan_s_message_above_the_answer_does_not_say_it_happens(nights, debtor_id):
    told = {LONGER_DUTCH: TOLD[DUTCH][1], LONGER_ENGLISH: TOLD[ENGLISH][1]}[debtor_id]
    for night in NIGHTS:
        page = _said(nights[night]["pages"][debtor_id])
        assert PLAN_MISSED[debtor_id] in page, (night, page)
        assert told in page, (night, page)  # the answer's lines under it
        assert not re.search(SLIPPED.pattern, page, re.IGNORECASE), (night, page)  # "Dat kan gebeuren."
