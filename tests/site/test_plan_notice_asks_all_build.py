"""s66, real nightly builds: a payment plan in arrears under the final notice sent after its missed instalment, as the
demo's D-1020 (four instalments of 355.00; the one of 31 October missed and reminded of, the notice posted on Monday
16 November, its term to 2 December). The notice asks everything overdue, the instalments of 30 November and 31
December included (the invoice is long past its due date).

In the notice's term (22 November, statements up to the 20th), the page's schedule showed those two instalments as
"Komt nog" beside a top that asked them, and its box asked for a word "het liefst vóór de volgende termijn" (30
November, before the notice's last day): unclear whether the plan still stood. Now the schedule says the notice asks
them ("Gevraagd in de sommatie") and the box asks "zo snel mogelijk", as docs/computation.md says of a plan with no
instalment left to come.

After the term (7 December), the statements still up to the 20th: the top asked the amount without the costs its own
lines said were owed since 3 December ("Wilt u het hele bedrag van ..." left them open), where a claim without a plan
(D-1006) asks them in one number. Now the top asks them too (claims.demand.term_costs_on_top), and it is what the
claim comes to once the statements show the term unpaid (the costs charged), nothing more paid."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from tests.support.ledgers import event, invoice, payment, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

DEBTORS = {"D-NL": "nl", "D-EN": "en"}
IN_TERM, AFTER_TERM = date(2026, 11, 22), date(2026, 12, 7)
READ_UNTIL = date(2026, 11, 20)  # the statements read, both nights: the term's last days are not in them on the 7th
ASKED = {"nl": "Gevraagd in de sommatie", "en": "Asked in the final notice"}
UPCOMING = {"nl": "Komt nog", "en": "Upcoming"}
BEFORE_NEXT = {"nl": "het liefst vóór de volgende termijn", "en": "preferably before the next instalment"}
AS_SOON = {
    "nl": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan zo snel mogelijk contact met ons op.",
    "en": "If you cannot pay the instalments as agreed, please contact us as soon as possible.",
}
SUMMARY = {
    "nl": "Afgesproken waren vier termijnen, samen EUR 1.420,00. Onze sommatie vraagt nu alles wat te laat is, ook de "
    "termijnen die nog zouden komen.",
    "en": "We agreed on four instalments, EUR 1,420.00 in total. Our final notice now asks for the whole amount "
    "overdue, including the instalments still to come.",
}
TOP = {"nl": re.compile(r"Nu te betalen EUR ([\d.]+,\d\d)"), "en": re.compile(r"To pay now EUR ([\d,]+\.\d\d)")}
MADE_OF = {
    "nl": re.compile(r"Dit is EUR ([\d.]+,\d\d) voor uw facturen en de rente, en EUR ([\d.]+,\d\d) incassokosten\."),
    "en": re.compile(r"This is EUR ([\d,]+\.\d\d) for your invoices and the interest, and EUR ([\d,]+\.\d\d) "),
}
WHOLE = {
    "nl": re.compile(r"Wilt u het hele bedrag van EUR ([\d.]+,\d\d)"),
    "en": re.compile(r"Please pay the whole amount of EUR ([\d,]+\.\d\d)"),
}


def _debtor(debtor_id: str, language: str) -> dict:
    events = [
        event(date(2026, 7, 31), "reminder", channel="email"),
        event(date(2026, 8, 14), "dunning", channel="letter"),
        event(date(2026, 8, 21), "call", channel="phone", spoke_with="Sanne"),
        event(
            date(2026, 8, 25),
            "arrangement",
            channel="letter",
            installments=[{"due": day, "amount": "355.00"} for day in ("2026-09-30", "2026-10-31", "2026-11-30")]
            + [{"due": "2026-12-31", "amount": "355.00"}],
        ),
        event(date(2026, 11, 2), "reminder", channel="email"),
        event(date(2026, 11, 16), "final_notice", channel="letter"),
    ]
    return valid_debtor(
        id=debtor_id,
        language=language,
        invoices=[invoice(number=f"F-{debtor_id}", date=date(2026, 6, 30), due=date(2026, 7, 30), amount="1420.00")],
        payments=[payment(date=date(2026, 9, 30), amount="355.00")],
        events=events,
    )


def _amount(said: str, language: str) -> Decimal:
    return Decimal(said.replace(".", "").replace(",", ".") if language == "nl" else said.replace(",", ""))


def _night(tmp_path_factory, name: str, night: date, until: date) -> dict:
    tmp = tmp_path_factory.mktemp(name)
    site = build_night(tmp, [_debtor(i, lang) for i, lang in DEBTORS.items()], night, until)
    assert site.exit_code == 0
    return night_read(site)


@pytest.fixture(scope="module")
def in_term(tmp_path_factory) -> dict:
    return _night(tmp_path_factory, "in_term", IN_TERM, READ_UNTIL)


@pytest.fixture(scope="module")
def after_term(tmp_path_factory) -> dict:
    return _night(tmp_path_factory, "after_term", AFTER_TERM, READ_UNTIL)


@pytest.fixture(scope="module")
def after_term_read(tmp_path_factory) -> dict:
    """The same day with the statements up to the day before it: the term's last days read, nothing paid in them."""
    return _night(tmp_path_factory, "after_term_read", AFTER_TERM, date(2026, 12, 6))


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_in_the_term_the_schedule_says_the_notice_asks_the_instalments_still_to_come(in_term, debtor_id):
    language, page = DEBTORS[debtor_id], in_term["pages"][debtor_id]
    assert SUMMARY[language] in page, page
    # The instalments of 30 November and 31 December: asked now, not "to come" (until s66 both "Komt nog").
    assert page.count(ASKED[language]) == 2, page
    assert UPCOMING[language] not in page, page


def test_in_the_term_the_staff_dossier_says_so_as_the_page_does(in_term):
    # The staff's schedule (their language, Dutch here) beside the page's: asked in the notice, not "komt nog".
    for debtor_id in DEBTORS:
        dossier = in_term["dossiers"][debtor_id]
        assert dossier.count("gevraagd in de sommatie") == 2, dossier
        assert "komt nog" not in dossier, dossier


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_in_the_term_the_box_asks_for_a_word_as_soon_as_possible_not_before_an_instalment(in_term, debtor_id):
    language, page = DEBTORS[debtor_id], in_term["pages"][debtor_id]
    assert AS_SOON[language] in page, page
    assert BEFORE_NEXT[language] not in page, page


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_after_the_term_unread_the_top_asks_the_costs_its_lines_say_are_owed(after_term, after_term_read, debtor_id):
    language, page = DEBTORS[debtor_id], after_term["pages"][debtor_id]
    top = _amount(TOP[language].search(page)[1], language)
    made_of = MADE_OF[language].search(page)
    assert made_of is not None, page  # until s66 the top named no costs
    rest, costs = (_amount(made_of[n], language) for n in (1, 2))
    assert costs > 0 and top == rest + costs, page
    # "The whole amount" below is the top's, costs included.
    assert {_amount(m, language) for m in WHOLE[language].findall(page)} == {top}, page
    # What the claim comes to once the statements show the term unpaid, nothing more paid: the costs charged.
    read = after_term_read["claims"][debtor_id]
    assert read["costs"]["state"] == "charged", read["costs"]
    assert _amount(TOP[language].search(after_term_read["pages"][debtor_id])[1], language) == top
