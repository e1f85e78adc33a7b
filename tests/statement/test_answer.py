"""A dispute's answer is told on the page also while another message speaks (statement.answer).

The fixture is the newcomer's D-0004 (s37, F2), built for real: a consumer with F-A (385.00, due 24 August 2026)
and F-B (1210.00, due 7 September 2026), statutory interest; F-B disputed apart on 20 September; a final notice
posted on Tuesday 1 December 2026 (assumed received Thursday 3 December, last day 17 December) while F-B was
disputed, so it asked F-A only; the answer about F-B given by phone on 2 December. The answer's term
(resume_after_dispute_days, 14) counts the answer's day as its first: 2 to 15 December, no step before the 16th.
"""

from __future__ import annotations

import re
from datetime import date

import html5lib
import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

ANSWERED = date(2026, 12, 2)
BUILT = date(2026, 12, 4)
DISPUTED = event(date(2026, 9, 20), "dispute", reason="Boiler maakt lawaai", invoices=["F-B"])
NOTICE = event(date(2026, 12, 1), "final_notice", channel="letter", costs="57.75")
ANSWER = event(ANSWERED, "dispute_resolved", invoices=["F-B"], outcome="Monteur geweest", channel="phone")
BEFORE = [event(date(2026, 9, 8), "reminder", channel="email"), DISPUTED, event(date(2026, 10, 5), "dunning")]


def write_dossier(root, language: str, events: list[dict], **creditor_changes):
    debtor = valid_debtor(
        language=language,
        invoices=[
            invoice(number="F-A", date=date(2026, 8, 10), due=date(2026, 8, 24), amount="385.00"),
            invoice(number="F-B", date=date(2026, 8, 24), due=date(2026, 9, 7), amount="1210.00"),
        ],
        events=events,
    )
    return write_ledger(root, creditor=valid_creditor(**creditor_changes), debtors=[debtor])


def without_invoices(one: dict) -> dict:
    return {k: v for k, v in one.items() if k != "invoices"}


def page_text(output, debtor_id: str = "D-1001") -> str:
    path = output / "s" / statement_token(DEMO_SECRET, debtor_id) / "index.html"
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    return re.sub(r"\s+", " ", "".join(tree.find("body").itertext()))


def view_of(root, language: str, events: list[dict], as_of: date = BUILT, **creditor_changes):
    ledger = load_ledger(write_dossier(root, language, events, **creditor_changes))
    return statement_view(assess(ledger, ledger.debtors[0], as_of), ledger)


TOLD = {
    "nl": [
        "Wij hebben uw bezwaar over factuur F-B beantwoord op 2 december 2026.",
        "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? Bel Sanne Jansen: "
        "+31 30 123 45 67, of mail naar debiteuren@voorbeeld.nl.",
        "Vanaf de dag van ons antwoord krijgt u 14 dagen om te betalen, tot en met 15 december 2026. De termijn van "
        "onze laatste brief (sommatie) loopt langer, tot en met 17 december 2026. Tot dan sturen wij u geen nieuwe "
        "brief. Daarom vragen wij u bovenaan deze pagina om uiterlijk 17 december 2026 te betalen.",
    ],
    "en": [
        "We answered your dispute about invoice F-B on 2 December 2026.",
        "Would you like to hear or read our answer again, or do you have a question about it? Call Sanne Jansen on "
        "+31 30 123 45 67, or email debiteuren@voorbeeld.nl.",
        "From the day of our answer, you have 14 days to pay, up to and including 15 December 2026. The deadline in "
        "our final notice runs longer, until 17 December 2026. We will not send you a new letter before then. So the "
        "top of this page asks you to pay by 17 December 2026.",
    ],
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_answer_given_in_a_final_notice_s_term_is_told_on_the_page_built_that_night(tmp_path, language):
    ledger = write_dossier(tmp_path / "ledger", language, [*BEFORE, NOTICE, ANSWER])
    site = build_site(tmp_path / "site", ledger=ledger, as_of=BUILT)
    assert site.exit_code == 0
    text = page_text(site.output)
    for line in TOLD[language]:
        assert line in text
    # The notice's own message still speaks: its term and its costs over F-A alone.
    assert ("17 december 2026" if language == "nl" else "17 December 2026") in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_answer_of_every_open_dispute_names_the_invoices_it_answered(tmp_path, language):
    every = without_invoices(ANSWER)
    view = view_of(tmp_path, language, [*BEFORE, NOTICE, every])
    assert view.answer[0] == TOLD[language][0]


def test_an_answer_of_the_whole_dossier_names_no_invoice(tmp_path):
    whole = {**without_invoices(DISPUTED), "date": date(2026, 12, 1)}
    answer = {**without_invoices(ANSWER), "date": date(2026, 12, 3)}
    steps = [event(date(2026, 9, 8), "reminder", channel="email"), event(date(2026, 10, 5), "dunning")]
    view = view_of(tmp_path, "nl", [*steps, NOTICE, whole, answer])
    assert view.message_key == "final_notice"
    assert view.answer[0] == "Wij hebben uw bezwaar beantwoord op 3 december 2026."


def test_the_answer_is_told_once_the_answer_s_term_is_over_until_a_letter_names_it(tmp_path):
    # 16 December: the answer's term is over, the notice's runs on; its day is said no more, the answer is.
    late = view_of(tmp_path / "late", "nl", [*BEFORE, NOTICE, ANSWER], as_of=date(2026, 12, 16))
    assert late.answer == tuple(TOLD["nl"][:2])
    # After the notice's term the page's message names the answer itself (newer_answered): not twice.
    after = view_of(tmp_path / "after", "nl", [*BEFORE, NOTICE, ANSWER], as_of=date(2026, 12, 18))
    assert after.message_key == "newer_answered" and after.answer == ()
    # The first letter after the answer names it; the page does not repeat it after that letter.
    dunning = event(date(2026, 12, 18), "dunning", channel="email")
    sent = view_of(tmp_path / "sent", "nl", [*BEFORE, NOTICE, ANSWER, dunning], as_of=date(2026, 12, 19))
    assert sent.answer == ()


def test_when_the_answer_is_the_message_the_page_does_not_say_it_again(tmp_path):
    view = view_of(tmp_path, "en", [*BEFORE, ANSWER])
    assert view.message_key == "dispute_answered" and view.answer == ()


@pytest.mark.parametrize(
    "contact, again",
    [
        ({"phone": MISSING}, "Mail Sanne Jansen: debiteuren@voorbeeld.nl."),
        ({"email": MISSING}, "Bel Sanne Jansen: +31 30 123 45 67."),
    ],
)
def test_the_answer_is_offered_again_by_the_ways_the_ledger_gives(tmp_path, contact, again):
    desk = {**valid_creditor()["contact"], **contact}
    desk = {k: v for k, v in desk.items() if v is not MISSING}
    view = view_of(tmp_path, "nl", [*BEFORE, NOTICE, ANSWER], contact=desk)
    assert view.answer[1].endswith(again)


def test_a_notice_whose_term_ends_before_the_answer_s_says_its_day_comes_first(tmp_path):
    # Posted on Monday 23 November: assumed received on Wednesday 25, last day 9 December, before 15 December.
    early = {**NOTICE, "date": date(2026, 11, 23)}
    view = view_of(tmp_path, "en", [*BEFORE, early, ANSWER])
    assert view.answer[2] == (
        "From the day of our answer, you have 14 days to pay, up to and including 15 December 2026. We will not send "
        "you a new letter before then. But the deadline in our final notice ends sooner: 9 December 2026. Below "
        "you can see what to pay by then to avoid collection costs."
    )


def test_an_answer_about_an_invoice_since_credited_is_not_told_beside_a_newer_one(tmp_path):
    """F-B's dispute answered on 2 December by crediting it in full; F-C, written after, is all that is open.
    The page told "Wij hebben uw bezwaar over factuur F-B beantwoord" under the message of F-C, with whom to call to
    hear the answer again, until a letter came: an answer about nothing the page asks, as a letter would not name it
    (letters.view)."""
    credited = invoice(
        number="F-B",
        date=date(2026, 8, 24),
        due=date(2026, 9, 7),
        amount="1210.00",
        credit_notes=[{"number": "C-B", "date": date(2026, 12, 2), "amount": "1210.00"}],
    )
    newer = invoice(number="F-C", date=date(2026, 12, 3), due=date(2026, 12, 17), amount="99.00")
    debtor = valid_debtor(invoices=[credited, newer], events=[DISPUTED, ANSWER])
    ledger = load_ledger(write_ledger(tmp_path, creditor=valid_creditor(), debtors=[debtor]))
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 16)), ledger)  # the answer's term over
    assert (view.message_key, view.answer) == ("open", ())


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Vanaf de dag van ons antwoord krijgt u 1 dag om te betalen, tot en met 2 december 2026."),
        ("en", "From the day of our answer, you have 1 day to pay, up to and including 2 December 2026."),
    ],
)
def test_the_answer_s_days_to_pay_count_the_day_of_the_answer_as_its_last_day_does(tmp_path, language, said):
    """The term counts the answer's own day (claims.escalation.answer_term_end): with one day it is that day. The
    page said "Na ons antwoord geven wij u 1 dag om te betalen, tot en met 2 december 2026" of an answer of 2
    December (and 14 days "after" an answer of 2 December ending on the 15th): one day short of what it says."""
    view = view_of(
        tmp_path, language, [*BEFORE, NOTICE, ANSWER], as_of=ANSWERED, policy={"resume_after_dispute_days": 1}
    )
    assert view.answer[2].startswith(said)
