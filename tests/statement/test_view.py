"""The statement page's view model: figures, sentences and payment data, without building a site.

Fixture dossiers are one consumer invoice of 1250.00 dated 2026-01-05, due
2026-02-04 (ledgers.valid_debtor), without interest unless a test says so,
and the default escalation policy. The demo ledger is used where a test
looks at every kind of page at once.
"""

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from functools import partial
from urllib.parse import unquote

import pytest

from incasso import fmt
from incasso.claims.assess import assess, plan_rest
from incasso.claims.claim import statement_visible
from incasso.claims.demand import amount_to_pay, plan_under_final_notice
from incasso.claims.timing import final_notice_term_end
from incasso.law.costs import collection_costs
from incasso.law.rates import rates_known_until
from incasso.law.tables import COST_BASIS, COST_BASIS_EN
from incasso.ledger.load import load_ledger
from incasso.payments.reference import format_rf, is_valid_rf, rf_reference
from incasso.statement.labels import LABELS, PAGES
from incasso.statement.steps import summary
from incasso.statement.view import message_fallback, message_key, statement_view
from tests.support.ledgers import VALID_CREDITOR, days, event, invoice, one_debtor_ledger, payment
from tests.support.site import DEMO_LEDGER, REPO

D = Decimal
DUE = date(2026, 2, 4)
AMOUNT = D("1250.00")
DEMO = DEMO_LEDGER
DEMO_TODAY = date(2026, 11, 22)


def dossier(tmp_path, **changes):
    """A function as_of -> (claim, creditor) for one debtor."""
    ledger = one_debtor_ledger(tmp_path, **changes)
    return lambda as_of: (assess(ledger, ledger.debtors[0], as_of), ledger.creditor)


def view_of(tmp_path, as_of: date, **changes):
    ledger = one_debtor_ledger(tmp_path, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, ledger.creditor, statement_view(claim, ledger)


def payload_amount(payload: str) -> str:
    lines = payload.split("\n")
    return lines[7] if len(lines) > 7 else ""  # a payload may end before an empty amount


def qr_amount(claim) -> str:
    """The amount the QR code carries: what is asked, or none in a dispute (the debtor sets the part agreed)."""
    return "" if claim.status == "dispute" else epc_amount(amount_to_pay(claim))


def epc_amount(amount: Decimal) -> str:
    return "EUR" + f"{amount:.2f}".rstrip("0").rstrip(".")


def demo_views():
    ledger = load_ledger(DEMO)
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, DEMO_TODAY)
        if statement_visible(claim, ledger.creditor.policy):
            yield debtor, claim, statement_view(claim, ledger)


DEMO_VIEWS = [pytest.param(*v, id=v[0].id) for v in demo_views()]


# -- the fixed words ---------------------------------------------------------------------------------


def test_both_languages_have_the_same_labels_with_the_same_values():
    assert LABELS["nl"].keys() == LABELS["en"].keys()
    import string

    def fields(s):
        return {name for _, name, _, _ in string.Formatter().parse(s) if name}

    for key in LABELS["nl"]:
        assert fields(LABELS["nl"][key]) == fields(LABELS["en"][key]), key


def test_no_label_hides_behind_a_dict_method():
    # Templates read labels as L.name: a key like "copy" would give dict.copy instead.
    clashes = [key for key in LABELS["nl"] if hasattr(dict, key)]
    assert clashes == []


def test_pages_exist_in_content_for_each_language():
    content = REPO / "content" / "pages"
    slugs = {"terms": "voorwaarden", "help": "hulp"}
    for lang, pages in PAGES.items():
        for kind, page in pages.items():
            source = content / (f"{slugs[kind]}.md" if lang == "nl" else f"{slugs[kind]}.{lang}.md")
            assert source.is_file(), source
            assert page == (f"{slugs[kind]}.html" if lang == "nl" else f"{slugs[kind]}-{lang}.html")


# -- which message, how much, by when ------------------------------------------------------------------


@pytest.mark.parametrize(
    "events, as_of, key",
    [
        ([], DUE - days(5), "open"),
        ([], DUE + days(3), "overdue"),
        ([event(DUE + days(1), "reminder")], DUE + days(3), "reminder"),
        ([event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")], DUE + days(16), "dunning"),
        ([event(DUE + days(1), "final_notice")], DUE + days(3), "final_notice"),
        ([event(DUE + days(1), "handover")], DUE + days(3), "handover"),
        ([event(DUE + days(1), "legal")], DUE + days(3), "legal"),
        (
            [event(DUE + days(1), "reminder"), event(DUE + days(2), "promise", promised_date=DUE + days(20))],
            DUE + days(3),
            "promise",
        ),
        (
            [event(DUE + days(1), "dunning"), event(DUE + days(2), "dispute", reason="Te duur")],
            DUE + days(3),
            "dispute",
        ),
        (
            # Two instalments to pay: the status's own message (one left is `arrangement_single`).
            [
                event(
                    DUE + days(1), "arrangement", installments=[{"due": DUE + days(n), "amount": 625} for n in (30, 60)]
                )
            ],
            DUE + days(3),
            "arrangement",
        ),
    ],
)
def test_the_message_follows_the_status_else_the_stage(tmp_path, events, as_of, key):
    claim, _, view = view_of(tmp_path, as_of, events=events)
    assert message_key(claim) == view.message_key == key


def test_an_open_claim_asks_for_the_total_by_its_due_date(tmp_path):
    claim, creditor, view = view_of(tmp_path, DUE - days(5))
    assert view.summary.amount == fmt.money(AMOUNT, "nl") == "EUR\u00a01.250,00"
    assert view.summary.deadline == "Betaal uiterlijk 4 februari 2026"
    assert view.next_steps[-1] == (
        "Hebben wij uw betaling niet uiterlijk 4 februari 2026 ontvangen? Dan sturen wij u een betalingsherinnering."
    )
    assert payload_amount(view.pay.payload) == "EUR1250"


def test_a_final_notice_that_arrived_later_counts_its_term_and_costs_from_the_day_the_debtor_gave(tmp_path):
    notice = date(2026, 2, 24)  # a Tuesday: by post assumed received on Thursday 26 February
    told = date(2026, 3, 3)
    at_home, creditor, assumed = view_of(tmp_path / "a", notice + days(3), events=[event(notice, "final_notice")])
    claim, _, view = view_of(tmp_path / "b", notice + days(3), events=[event(notice, "final_notice", received=told)])
    assert final_notice_term_end(creditor, at_home.debtor, notice) == date(2026, 3, 12)
    assert claim.costs.from_date == date(2026, 3, 18)  # 14 days after 3 March: Tuesday 17 March
    assert view.summary.deadline == "Betaal uiterlijk 17 maart 2026"
    assert view.next_steps[0].endswith(
        "U liet ons weten dat de brief op 3 maart 2026 aankwam. Uw laatste betaaldag is dus 17 maart 2026."
    )  # and no more asking whether it came later
    assert "Kwam de brief later aan?" in assumed.next_steps[2]
    assert not any("Kwam de brief later aan?" in line for line in view.next_steps)
    assert view.costs.startswith(
        "Nog niet in rekening gebracht. U liet ons weten dat onze laatste brief (sommatie) van 24 februari 2026 op "
        "3 maart 2026 aankwam. Uw laatste betaaldag is dus 17 maart 2026."
    )
    assert assumed.costs.startswith("Nog niet in rekening gebracht. Heeft u onze laatste brief")


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        (
            "nl",
            "U liet ons weten dat de brief op 25 februari 2026 aankwam. Wij tellen de dagen toch vanaf 26 februari "
            "2026, de dag waarop een brief meestal aankomt. Zo krijgt u meer tijd. Uw laatste betaaldag is dus "
            "12 maart 2026.",
        ),
        (
            "en",
            "You told us the letter arrived on 25 February 2026. We still count the days from 26 February 2026, the "
            "day a letter usually arrives. That gives you more time. Your last day to pay is therefore 12 March 2026.",
        ),
    ],
)
def test_a_final_notice_told_to_have_arrived_early_keeps_its_term_and_says_so(tmp_path, lang, told):
    # A day before the assumed one does not shorten the term the letter stated, and is not asked again.
    notice = date(2026, 2, 24)
    events = [event(notice, "final_notice", received=notice + days(1))]
    claim, _, view = view_of(tmp_path, notice + days(3), events=events, language=lang)
    assert claim.costs.from_date == date(2026, 3, 13)
    assert view.next_steps[0].endswith(told)
    assert told.split(". ", 1)[1] in view.costs  # the counting and the last day, after the day told
    assert "?" not in view.next_steps[0]


@pytest.mark.parametrize(
    ("lang", "heading", "message"),
    [
        ("nl", "Betaal uiterlijk vandaag, 4 februari 2026", "uiterlijk vandaag (4 februari 2026)"),
        ("en", "Please pay today, 4 February 2026", "today (4 February 2026)"),
    ],
)
def test_on_the_last_day_the_page_says_today_and_a_letter_the_date_alone(tmp_path, lang, heading, message):
    # A date that is the page's own day reads as if there were time left; a letter is read days later.
    claim, _, view = view_of(tmp_path, DUE, language=lang)
    assert view.summary.deadline == heading
    assert message in view.message_values["pay_by"]
    ledger = load_ledger(tmp_path / "ledger")
    assert summary(claim, ledger, lang, read_today=False).deadline == LABELS[lang]["pay_by"].format(
        date=fmt.day(DUE, lang)
    )


def test_english_pages_write_money_and_dates_the_english_way(tmp_path):
    claim, _, view = view_of(tmp_path, DUE - days(5), language="en", invoices=[invoice(amount=D("1234.56"))])
    assert view.summary.amount == "EUR\u00a01,234.56"
    assert view.summary.deadline == "Please pay by 4 February 2026"
    assert view.invoices[0].amount == "1,234.56"
    assert view.pay.amount_copy == "1234.56"


def test_dutch_amounts_are_copied_with_a_decimal_comma(tmp_path):
    _, _, view = view_of(tmp_path, DUE - days(5), invoices=[invoice(amount=D("1234.56"))])
    assert view.pay.amount_copy == "1234,56"
    assert view.invoices[0].amount == "1.234,56"


def test_a_reminder_stage_names_the_next_letter_and_the_day_before_it(tmp_path):
    reminder = DUE + days(1)
    claim, _, view = view_of(tmp_path, DUE + days(3), events=[event(reminder, "reminder")])
    assert claim.next_action.kind == "dunning"
    last_day = claim.next_action.due - days(1)
    assert view.summary.deadline == f"Betaal uiterlijk {fmt.day(last_day)}"
    assert view.next_steps[0] == (
        f"Hebben wij uw betaling niet uiterlijk {fmt.day(last_day)} ontvangen? Dan sturen wij u een aanmaning."
    )


REMINDED = [event(DUE + days(1), "reminder")]
DUNNED = REMINDED + [event(DUE + days(15), "dunning"), event(DUE + days(16), "call", spoke_with="Jan")]


@pytest.mark.parametrize("sent, step", [(REMINDED, "dunning"), (DUNNED, "final_notice")], ids=["reminder", "dunning"])
def test_reminder_and_dunning_messages_ask_by_the_day_before_the_next_step(tmp_path, sent, step):
    claim, _, view = view_of(tmp_path, sent[-1]["date"] + days(1), events=sent)
    assert claim.next_action.kind == step
    last_day = claim.next_action.due - days(1)  # the core's next step, the day before it
    assert view.message_values["pay_by"] == f"uiterlijk {fmt.day(last_day)}"
    assert view.summary.deadline == f"Betaal uiterlijk {fmt.day(last_day)}"


def test_a_step_already_due_is_announced_without_a_past_date(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(40), events=[event(DUE + days(1), "reminder")])
    assert claim.next_action.due < claim.as_of
    assert view.summary.deadline == "Betaal zo snel mogelijk"
    assert view.message_values["pay_by"] == "zo snel mogelijk"
    assert view.next_steps[0] == "Ontvangen wij uw betaling niet binnenkort? Dan sturen wij u een aanmaning."


def test_a_planned_call_is_not_shown_the_final_notice_and_its_costs_are(tmp_path):
    dunning = DUE + days(15)
    claim, creditor, view = view_of(
        tmp_path, dunning + days(2), events=[event(DUE + days(1), "reminder"), event(dunning, "dunning")]
    )
    assert claim.next_action.kind == "call"
    last_day = dunning + days(creditor.policy.final_notice_after_days - 1)
    assert view.next_steps[0] == (
        f"Hebben wij uw betaling niet uiterlijk {fmt.day(last_day)} ontvangen? "
        "Dan sturen wij u een laatste brief (sommatie)."
    )
    # At the earliest: the notice goes out on Thursday 5 March. A consumer with an address gets it by
    # post only, so it arrives on Saturday 7 March; fourteen days end on Saturday 21 March, which runs on
    # to Monday 23 March, and costs can follow from 24 March.
    assert last_day == date(2026, 3, 4)
    assert view.next_steps[1].endswith(
        f"zijn dat {fmt.money(collection_costs(AMOUNT))}, op zijn vroegst vanaf 24 maart 2026."
    )
    assert fmt.money(D("187.50")) in view.next_steps[1]
    text = " ".join(view.next_steps).lower()
    assert " bel" not in text and "call" not in text


@pytest.mark.parametrize("late", [0, 3])
def test_on_the_day_the_final_notice_is_due_the_page_says_it_is_on_its_way_not_that_it_will_come(tmp_path, late):
    dunning = DUE + days(15)
    events = [
        event(DUE + days(1), "reminder"),
        event(dunning, "dunning"),
        event(dunning + days(3), "call", spoke_with="debtor"),
    ]
    claim, _, view = view_of(tmp_path, dunning + days(14 + late), events=events)
    assert claim.next_action.kind == "final_notice" and claim.next_action.due == claim.as_of - days(late)
    assert view.next_steps[0] == (
        "Wij sturen u nu een laatste brief (sommatie). Daarin krijgt u veertien dagen om te betalen, vanaf de dag "
        "nadat u de brief heeft ontvangen. In de brief staat uw laatste betaaldag."
    )
    assert view.next_steps[1].startswith("In die brief staat hoeveel incassokosten wij rekenen")
    assert "sturen wij u een laatste brief" not in " ".join(view.next_steps)


def test_the_final_notice_term_quotes_the_statutory_wording_and_the_last_day(tmp_path):
    notice = DUE + days(20)
    claim, creditor, view = view_of(tmp_path, notice + days(3), events=[event(notice, "final_notice")])
    last_day = final_notice_term_end(creditor, claim.debtor, notice)
    assert claim.costs.state == "announced"
    assert "binnen veertien dagen na de dag waarop u deze brief heeft ontvangen" in view.next_steps[0]
    assert view.next_steps[0].endswith(f"Dan is uw laatste betaaldag {fmt.day(last_day)}.")
    assert view.next_steps[2] == (
        "Kwam de brief later aan? Laat het ons weten: dan tellen wij de veertien dagen vanaf de dag nadat hij aankwam."
    )
    assert view.next_steps[1].startswith(
        f"Heeft u dan niet {fmt.money(AMOUNT)} betaald? Dan rekenen wij vanaf {fmt.day(claim.costs.from_date)} "
        f"incassokosten van {fmt.money(claim.costs.amount)}."
    )
    assert view.summary.deadline == f"Betaal uiterlijk {fmt.day(last_day)}"
    assert view.costs.startswith("Nog niet in rekening gebracht.")
    assert COST_BASIS in view.costs


def test_charged_costs_name_their_amount_basis_and_date(tmp_path):
    notice = DUE + days(20)
    claim, _, view = view_of(tmp_path, notice + days(40), language="en", events=[event(notice, "final_notice")])
    assert claim.costs.state == "charged"
    assert view.costs == (
        f"We charge {fmt.money(claim.costs.amount, 'en')} in collection costs, calculated on "
        f"{fmt.money(AMOUNT, 'en')}. This is set out in {COST_BASIS_EN}. "
        f"Charged on {fmt.day(claim.costs.from_date, 'en')}."
    )
    assert any(t.label == "Collection costs, still open" for t in view.totals)
    assert view.totals[-1].amount == fmt.number(claim.total_due, "en")
    assert payload_amount(view.pay.payload) == epc_amount(claim.total_due)


def test_costs_over_what_was_left_of_the_notice_s_amount_say_where_that_amount_comes_from(tmp_path):
    """A part paid in the term: the costs count over what was left of the amount the notice asked, less
    than the invoice shows open (the term's interest brings no costs); after the term the page says so."""
    notice = DUE + days(20)
    paid = [payment(date=notice + days(5), amount=D("500.00"))]
    events = [event(notice, "final_notice")]
    claim, _, view = view_of(tmp_path, notice + days(40), interest="statutory", events=events, payments=paid)
    assert claim.costs.state == "charged" and claim.costs.over_asked
    assert claim.costs.principal < claim.settlement.invoices[0].principal_open
    assert view.costs.endswith(
        f"{fmt.money(claim.costs.principal)} stond na uw betaling in de termijn nog open van het bedrag "
        f"uit onze sommatie van {fmt.day(notice)}."
    )


def test_costs_over_the_notice_s_interest_only_say_plainly_why_they_are_charged(tmp_path):
    """The lawyer's E1 (session 39): the invoice's whole amount paid in the term, not the interest the notice
    asked with it. Paid to interest first (art. 6:44 BW), that interest stays open, and the costs (the staffel's
    minimum) are charged over it: the page says so in words, not only "what was left of the amount"."""
    notice = DUE + days(20)
    whole = D("5000.00")  # its interest above the chase minimum: 20 days, 5,000.00 x 4 % x 20/365 = 10.96
    paid = [payment(date=notice + days(5), amount=whole)]
    events, invoices = [event(notice, "final_notice")], [invoice(amount=whole)]
    claim, _, view = view_of(
        tmp_path, notice + days(40), interest="statutory", invoices=invoices, events=events, payments=paid
    )
    assert (claim.costs.state, claim.costs.amount, claim.costs.principal) == ("charged", D("40.00"), D("10.96"))
    assert (
        f"In de termijn van onze sommatie van {fmt.day(notice)} betaalde u {fmt.money(whole)}. Dat is het hele "
        "factuurbedrag, maar niet alle rente die de sommatie ook vroeg. Een betaling gaat volgens de wet eerst naar "
        "de rente (artikel 6:44 Burgerlijk Wetboek). Daarom bleef "
        f"{fmt.money(claim.costs.principal)} open, en daarover rekenen wij de incassokosten."
    ) in view.costs
    assert "nog openstond van het bedrag" not in view.costs


def test_costs_over_the_principal_open_need_no_word_on_where_it_comes_from(tmp_path):
    notice = DUE + days(20)
    events = [event(notice, "final_notice")]
    claim, _, view = view_of(tmp_path, notice + days(40), interest="statutory", events=events)
    assert claim.costs.state == "charged" and not claim.costs.over_asked
    assert "nog openstond" not in view.costs


@pytest.mark.parametrize("lang, shown", [("nl", "Onderhoud cv-ketel"), ("en", "Boiler service")])
def test_an_invoice_described_per_language_is_shown_in_the_debtor_s(tmp_path, lang, shown):
    described = invoice(description={"nl": "Onderhoud cv-ketel", "en": "Boiler service"})
    _, _, view = view_of(tmp_path, DUE + days(3), language=lang, invoices=[described])
    assert view.invoices[0].description == shown


def test_interest_shows_rate_period_and_amount(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(30), interest="statutory")
    line = claim.settlement.invoices[0].interest_lines[0]
    row = view.interest.rows[0]
    assert not line.confirmed  # the statutory rate of 1 January 2026 (rates.csv)
    assert row.rate == fmt.percent(line.percent) + " (voorlopig)"
    assert row.period == (
        f"{fmt.short_day(line.start)} t/m {fmt.short_day(line.end)} ({line.days} dagen) over {fmt.money(line.base)}"
    )
    assert row.amount == fmt.number(line.amount)
    assert "artikel 6:119 Burgerlijk Wetboek" in view.interest.basis
    assert claim.total_due > AMOUNT and payload_amount(view.pay.payload) == epc_amount(claim.total_due)


PROVISIONAL = {"nl": "(voorlopig)", "en": "(provisional)"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_rate_not_confirmed_or_past_the_table_is_called_provisional_and_the_note_says_why(tmp_path, lang):
    """One rule for a row marked confirmed: false and a half year past the table (its last rate carried on):
    the debtor reads that the rate is provisional, and once, calmly, what that means for them."""
    after = rates_known_until() + days(30)
    owed = invoice(date=date(2024, 12, 1), due=date(2024, 12, 31))
    claim, _, view = view_of(tmp_path, after, interest="statutory", type="business", language=lang, invoices=[owed])
    lines = [line for line in claim.settlement.invoices[0].interest_lines if line.amount]
    assert lines[0].confirmed and lines[-1].carried  # 1 January 2025 (11.15%), and the last days
    rates = [row.rate for row in view.interest.rows]
    assert rates[0] == fmt.percent(D("11.15"), lang)
    assert rates[-1] == f"{fmt.percent(lines[-1].percent, lang)} {PROVISIONAL[lang]}"
    assert [rate.endswith(PROVISIONAL[lang]) for rate in rates] == [not line.confirmed for line in lines]
    said = {
        "nl": "‘Voorlopig’: nog niet vergeleken met het officiële tarief. Wijkt dat af, dan passen wij de rente aan. "
        "U hoeft niets te doen.",
        "en": "‘Provisional’: not yet checked against the official rate. If that differs, we will adjust the interest. "
        "You need not do anything.",
    }
    assert view.interest.assumed == said[lang]


def test_confirmed_rates_are_written_plainly_without_the_note(tmp_path):
    owed = invoice(date=date(2024, 12, 1), due=date(2024, 12, 31))
    _, _, view = view_of(tmp_path, date(2025, 3, 1), interest="statutory", type="business", invoices=[owed])
    assert [row.rate for row in view.interest.rows] == ["11,15%"]
    assert view.interest.assumed == ""


def test_an_english_interest_period_says_its_last_day_counts(tmp_path):
    """The Dutch "t/m" counts the end day; a bare "to" reads as up to it, one day short of the days
    shown beside it."""
    claim, _, view = view_of(tmp_path, DUE + days(30), interest="statutory", language="en")
    line = claim.settlement.invoices[0].interest_lines[0]
    start, end = fmt.short_day(line.start, "en"), fmt.short_day(line.end, "en")
    assert view.interest.rows[0].period.startswith(f"{start} to {end} inclusive ({line.days} days) on ")


def test_interest_of_a_full_year_in_the_base_is_named_with_its_rule(tmp_path):
    """After a year the base grows by that year's interest (art. 6:119 lid 2 BW): the row says how much
    of it is interest, and the basis says why; the first year's rows say neither."""
    claim, _, view = view_of(tmp_path, DUE + days(400), interest="statutory")
    lines = claim.settlement.invoices[0].interest_lines
    first_year = [line for line in lines if line.capitalised == 0]
    later = [line for line in lines if line.capitalised > 0]
    assert first_year and later
    year = sum((line.amount for line in first_year), D(0))
    assert later[0].capitalised == year and later[0].base == AMOUNT + year
    rows = {row.period: row for row in view.interest.rows}
    assert len(rows) == len(lines)
    assert all(", waarvan" not in period for period in list(rows)[: len(first_year)])
    assert list(rows)[len(first_year)].endswith(
        f"over {fmt.money(AMOUNT + year)}, waarvan {fmt.money(year)} rente van eerdere jaren"
    )
    assert view.interest.basis.endswith(
        "Na elk vol jaar telt de rente van dat jaar mee bij het bedrag waarover wij rente rekenen. Dat staat in "
        "artikel 6:119 lid 2 Burgerlijk Wetboek."
    )


def test_a_business_s_compounding_is_named_by_the_commercial_rule(tmp_path):
    _, _, view = view_of(tmp_path, DUE + days(400), interest="statutory", type="business")
    assert view.interest.basis.endswith("Dat staat in artikel 6:119a lid 3 Burgerlijk Wetboek.")
    assert "6:119 lid 2" not in view.interest.basis


def test_interest_within_its_first_year_says_nothing_of_years(tmp_path):
    _, _, view = view_of(tmp_path, DUE + days(300), interest="statutory")
    assert "vol jaar" not in view.interest.basis
    assert not any("eerdere jaren" in row.period for row in view.interest.rows)


def test_a_payment_that_paid_interest_first_is_explained_by_the_rule(tmp_path):
    paid = [payment(date=DUE + days(30), amount=D("500.00"))]
    claim, _, view = view_of(tmp_path, DUE + days(40), interest="statutory", payments=paid)
    assert [a.to for a in claim.settlement.payments[0].allocations] == ["interest", "principal"]
    assert view.allocation == (
        "Een betaling gaat volgens de wet eerst naar de rente en daarna naar de factuur (artikel 6:44 Burgerlijk "
        "Wetboek)."
    )


def test_a_payment_that_paid_costs_first_names_them_in_the_rule(tmp_path):
    notice = event(DUE + days(5), "final_notice")
    paid = [payment(date=DUE + days(60), amount=D("500.00"))]
    claim, _, view = view_of(
        tmp_path, DUE + days(61), interest="statutory", events=[notice], payments=paid, language="en"
    )
    assert claim.settlement.payments[0].allocations[0].to == "costs"
    assert view.allocation.startswith("By law, a payment goes first to the collection costs, then to the interest")
    # One invoice: its costs are all the costs, and the payment's line needs no invoice number for them.
    assert view.payments[0].applied[0] == "collection costs: 187.50"


def test_with_several_invoices_the_rule_and_the_costs_say_each_invoice_s_own_part_comes_first(tmp_path):
    # The staffel over 1,500.00 (225.00): 150.00 for F-A, 75.00 for F-B. 400.00 naming no invoice pays F-A's
    # part and 250.00 of F-A; "first to the costs" alone would read as all 225.00 before any invoice.
    invoices = [
        invoice(number="F-A", due=DUE, amount=D("1000.00")),
        invoice(number="F-B", due=DUE + days(10), amount=D("500.00")),
    ]
    notice = event(DUE + days(20), "final_notice")
    paid = [payment(date=DUE + days(60), amount=D("400.00"))]
    claim, _, view = view_of(tmp_path, DUE + days(61), invoices=invoices, events=[notice], payments=paid)
    assert claim.costs.amount == D("225.00")
    assert view.payments[0].applied == ("incassokosten F-A: 150,00", "factuur F-A: 250,00")
    assert view.allocation == (
        "Een betaling gaat naar de factuur of facturen die u noemt, en anders eerst naar de oudste factuur. Dat "
        "staat in artikel 6:43 Burgerlijk Wetboek. Binnen een factuur gaat een betaling eerst naar de incassokosten, "
        "dan naar de rente en daarna naar de factuur zelf. Dat staat in artikel 6:44 Burgerlijk Wetboek."
    )
    assert (
        "Verdeeld over de facturen: F-A EUR\u00a0150,00, F-B EUR\u00a075,00. Daarvan heeft u EUR\u00a0150,00 al "
        "betaald; nog open: EUR\u00a075,00." in view.costs
    )


@pytest.mark.parametrize(
    "language, said",
    [
        ("nl", "Een betaling gaat naar de factuur of facturen die u noemt, en anders eerst naar de oudste factuur"),
        ("en", "A payment goes to the invoice or invoices you name, and otherwise first to the oldest invoice"),
    ],
)
def test_a_payment_naming_several_invoices_is_not_told_it_went_to_the_one_invoice_named(tmp_path, language, said):
    # 600.00 for "F-B en F-C" pays F-B's and F-C's parts of the costs and F-B (art. 6:43 lid 1 BW): the rule
    # beside it must not speak of one invoice named, as if the debtor had named one.
    invoices = [
        invoice(number="F-A", due=DUE, amount=D("1000.00")),
        invoice(number="F-B", due=DUE + days(10), amount=D("500.00")),
        invoice(number="F-C", due=DUE + days(10), amount=D("500.00")),
    ]
    notice = event(DUE + days(20), "final_notice")
    paid = [payment(date=DUE + days(60), amount=D("600.00"), invoices=["F-B", "F-C"])]
    claim, _, view = view_of(
        tmp_path, DUE + days(61), invoices=invoices, events=[notice], payments=paid, language=language
    )
    assert [a.invoice for a in claim.settlement.payments[0].allocations][:2] == ["F-B", "F-B"]
    assert view.allocation.startswith(said)


def test_a_payment_only_on_the_invoice_needs_no_rule(tmp_path):
    paid = [payment(date=DUE - days(3), amount=D("500.00"))]
    _, _, view = view_of(tmp_path, DUE + days(1), payments=paid)
    assert view.payments and view.allocation == ""


# -- status variants ------------------------------------------------------------------------------------


def test_a_promise_for_part_of_the_balance_asks_for_what_is_left_of_it(tmp_path):
    promised = DUE + days(20)
    claim, _, view = view_of(
        tmp_path,
        DUE + days(10),
        events=[event(DUE + days(1), "promise", promised_date=promised, amount=D("500.00"))],
        payments=[payment(date=DUE + days(5), amount=D("200.00"))],
    )
    assert claim.status == "promise"
    assert amount_to_pay(claim) == D("300.00")
    assert payload_amount(view.pay.payload) == "EUR300"
    # What stays open after the promised part is said, and the step that asks it once the promise is kept (no
    # letter went out yet: the first reminder): 1,250.00 less the 200.00 paid and the 300.00 to come.
    assert view.summary.lines == (
        f"U heeft toegezegd {fmt.money(D('300'))} te betalen, uiterlijk {fmt.day(promised)}. Zodra u "
        f"dat heeft betaald, is {fmt.money(D('300'))} van de {fmt.money(D('1050'))} betaald. Dan staat er "
        f"nog {fmt.money(D('750'))} open. Daarvoor is de volgende stap: wij sturen u een betalingsherinnering. "
        "Wilt u die liever in termijnen betalen? Vraag dan een betalingsregeling aan.",
    )
    assert view.pay.note == "Het bedrag om over te maken is het bedrag dat u heeft toegezegd."


@pytest.mark.parametrize(
    "language, lead",
    [
        (
            "nl",
            "U heeft toegezegd {amount} te betalen, uiterlijk {date}. Zodra u dat heeft betaald, is "
            "{amount} van de {total} betaald. Wat er dan nog openstaat, is vandaag {rest}. Daarvoor sturen wij u na {date} "
            "een brief of een e-mail, met het bedrag op die dag. Betaalt u dat niet op tijd, dan is de volgende stap: wij sturen u "
            "een laatste brief (sommatie). Wilt u het liever in termijnen betalen? Vraag dan een betalingsregeling aan.",
        ),
        (
            "en",
            "You promised to pay {amount} by {date}. Once you have paid it, {amount} of the {total} is "
            "paid. The rest is {rest} as of today. For it, we will send you a letter or an email after {date}, with the "
            "amount on that day. If you do not pay it in time, we will send you a final notice. Would you rather pay "
            "it in instalments? Ask us for a payment plan.",
        ),
    ],
)
def test_a_promise_of_part_names_the_step_that_asks_the_rest(tmp_path, language, lead):
    """Reminded, dunned and called: kept, the promise of 500.00 leaves 750.00, asked first by one letter of its own
    (the final notice was due before the promised day: claims.escalation.asks_the_rest), and the final notice only if
    that letter is not paid in time, as its confirmation says; not the final notice straight after a kept promise,
    which read as the threat for not paying; the rest as today's amount, and a plan for it."""
    lang = fmt.Language(language)
    promised = DUE + days(40)
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "call", spoke_with="P. de Vries"),
        event(DUE + days(20), "promise", promised_date=promised, amount=D("500.00")),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(25), language=language, events=events)
    assert claim.status == "promise"
    values = dict(amount=fmt.money(D("500"), lang), date=fmt.day(promised, lang), rest=fmt.money(D("750"), lang))
    values["total"] = fmt.money(D("1250"), lang)
    assert view.summary.lines == (lead.format(**values),)


def test_a_promise_of_part_after_a_final_notice_s_term_says_one_letter_asks_the_rest_before_the_handover(tmp_path):
    """The reviewer's case: the term ended before the promise. Kept, the promise is not followed by the handover the
    next day ("Staat er op 11 april 2026 nog iets open, ook als u de EUR 500,00 op tijd heeft betaald? Dan ...
    incassobureau", with no way out): one letter asks the rest first, and the handover comes only if that is not
    paid in time; a plan is the way out."""
    promised = date(2026, 4, 10)
    events = [
        event(date(2026, 3, 3), "final_notice"),
        event(date(2026, 3, 25), "promise", promised_date=promised, amount=D("500.00")),
    ]
    claim, _, view = view_of(tmp_path, date(2026, 3, 26), events=events)
    assert claim.status == "promise" and claim.costs.state == "charged"
    rest = fmt.money(claim.total_due - D("500.00"))
    assert view.summary.lines[0] == (
        f"U heeft toegezegd {fmt.money(D('500'))} te betalen, uiterlijk {fmt.day(promised)}. Zodra u dat "
        f"heeft betaald, is {fmt.money(D('500'))} van de {fmt.money(claim.total_due)} betaald. Wat er dan nog "
        f"openstaat, is vandaag {rest}. Daarvoor sturen wij u na {fmt.day(promised)} een brief of een e-mail, met het bedrag op die dag. Betaalt "
        "u dat niet op tijd, dan is de volgende stap: wij kunnen uw dossier overdragen aan een incassobureau. Wilt u "
        "het liever in termijnen betalen? Vraag dan een betalingsregeling aan."
    )


@pytest.mark.parametrize(
    "as_of, paid, costs",
    [
        (DUE - days(5), [], "Er zijn geen incassokosten."),  # not due yet: "nu geen" read as costs to come
        (DUE + days(3), [], "Wij rekenen nu geen incassokosten."),  # late: they may come, after a final notice
        (DUE + days(3), [payment(date=DUE - days(1), amount=AMOUNT)], "Er zijn geen incassokosten."),
    ],
    ids=["not due", "late", "paid"],
)
def test_no_costs_are_said_as_none_to_come_only_to_whom_is_late(tmp_path, as_of, paid, costs):
    _, _, view = view_of(tmp_path, as_of, payments=paid)
    assert view.costs == costs


def read_up_to(tmp_path, as_of: date, seen_until: date, **changes):
    """The view on `as_of` with the payments read up to `seen_until` (the bank's last statement day)."""
    ledger = one_debtor_ledger(tmp_path, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of, seen_until=seen_until)
    return claim, statement_view(claim, ledger)


def test_a_promise_whose_day_is_past_and_not_yet_read_is_not_spoken_of_in_the_future(tmp_path):
    # The bank's statements end before the promised day: still a promise, but "you will pay by the date"
    # and "let us know before it" were said four days after it (issue found reading the English page).
    promised = DUE + days(20)
    promise = [event(DUE + days(2), "promise", promised_date=promised)]
    claim, view = read_up_to(tmp_path, promised + days(4), DUE + days(10), events=promise)
    assert claim.status == "promise" and message_key(claim) == "promise_passed"
    assert view.next_steps[0].startswith(f"Heeft u {fmt.money(AMOUNT)} niet uiterlijk {fmt.day(promised)} betaald?")
    assert "Betaal het dan nu, of laat het ons vandaag nog weten." in view.next_steps[0]
    # Before the day (and on it) the promise still runs: the future tense, and "before" or "today".
    for as_of, tell in ((promised - days(3), f"vóór {fmt.day(promised)}"), (promised, "vandaag nog")):
        claim, view = read_up_to(tmp_path, as_of, DUE + days(10), events=promise)
        assert message_key(claim) == "promise"
        assert view.next_steps[0].startswith(
            f"Hebben wij {fmt.money(AMOUNT)} niet uiterlijk {fmt.day(promised)} ontvangen?"
        )
        assert view.next_steps[0].endswith(f"Laat het ons dan {tell} weten.")


def test_a_site_without_the_passed_promise_text_shows_the_promise_s(tmp_path):
    promised = DUE + days(20)
    claim, _ = read_up_to(
        tmp_path, promised + days(1), DUE + days(10), events=[event(DUE + days(2), "promise", promised_date=promised)]
    )
    assert message_fallback(claim, "promise_passed") == "promise"


def test_a_plan_instalment_whose_day_is_past_and_not_yet_read_says_paid_in_time_is_fine(tmp_path):
    plan = [event(DUE + days(1), "arrangement", installments=PLAN)]
    first = PLAN[0]["due"]
    _, view = read_up_to(tmp_path, first + days(2), first - days(5), events=plan)
    assert view.next_steps[0].startswith(f"Uw termijn van {fmt.money(D('500'))} moest uiterlijk {fmt.day(first)}")
    assert (
        "Heeft u die op tijd betaald? Dan hoeft u niets te doen. Anders: betaal hem nu, of laat het ons vandaag "
        "nog weten." in view.next_steps[0]
    )
    _, view = read_up_to(tmp_path, first - days(2), first - days(5), events=plan)
    assert view.next_steps[0].startswith(f"Uw volgende termijn is {fmt.money(D('500'))}, uiterlijk {fmt.day(first)}.")


PLAN = [{"due": DUE + days(30), "amount": D("500.00")}, {"due": DUE + days(60), "amount": D("750.00")}]


def test_a_plan_with_nothing_due_asks_for_the_next_instalment_and_says_so(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(10), events=[event(DUE + days(1), "arrangement", installments=PLAN)])
    assert claim.plan.due_now == 0
    assert payload_amount(view.pay.payload) == "EUR500"
    assert view.pay.note == (
        "Er staat nu geen termijn open. Het bedrag om over te maken is uw volgende termijn: "
        f"{fmt.money(D('500'))}, uiterlijk {fmt.day(DUE + days(30))}."
    )
    assert [r.state for r in view.plan.rows] == ["upcoming", "upcoming"]
    assert view.summary.label == "Volgende termijn"
    # The total below is not a second amount to pay now: it says the instalment's day, and how much comes later.
    soon, later, on = fmt.money(D("500")), fmt.money(claim.total_due - D("500")), fmt.day(DUE + days(30))
    assert (view.totals[-1].label, view.totals[-1].amount) == (
        f"Totaal open (waarvan {soon} uiterlijk {on} en {later} later te betalen)",
        fmt.number(claim.total_due),
    )


def plan_with_100_paid(tmp_path, as_of: date):
    """PLAN agreed the day after the due date, 100.00 of its first instalment paid: (claim, creditor, view)."""
    return view_of(
        tmp_path,
        as_of,
        events=[event(DUE + days(1), "arrangement", installments=PLAN)],
        payments=[payment(date=DUE + days(29), amount=D("100.00"))],
    )


def test_a_plan_in_arrears_asks_for_the_arrears_now(tmp_path):
    claim, _, view = plan_with_100_paid(tmp_path, DUE + days(40))
    assert claim.plan.state == "in_arrears"
    assert payload_amount(view.pay.payload) == "EUR400"
    assert [(r.state, r.paid) for r in view.plan.rows] == [("overdue", "100,00"), ("upcoming", "—")]
    assert view.next_steps[0].startswith(
        f"Van de termijn van {fmt.day(DUE + days(30))} ({fmt.money(D('500'))}) heeft u {fmt.money(D('100'))} "
        f"betaald: er staat nog {fmt.money(D('400'))} open. Wilt u dit bedrag zo snel mogelijk betalen?"
    )
    assert view.summary.label == "Nu te betalen"
    assert view.summary.lines[0] == "Er staat een termijn van uw betalingsregeling open."


def test_a_plan_with_two_instalments_overdue_names_both_and_asks_what_the_qr_code_asks(tmp_path):
    claim, _, view = plan_with_100_paid(tmp_path, DUE + days(70))
    assert claim.plan.arrears == D("1150.00")
    assert payload_amount(view.pay.payload) == "EUR1150"
    assert view.next_steps[0].startswith(
        f"Deze termijnen staan nog open: {fmt.day(DUE + days(30))} ({fmt.money(D('500'))}) en "
        f"{fmt.day(DUE + days(60))} ({fmt.money(D('750'))}). Van die termijnen heeft u {fmt.money(D('100'))} betaald: "
        f"samen staat er nog {fmt.money(D('1150'))} open."
    )
    assert view.summary.lines[0] == "Er staan termijnen van uw betalingsregeling open."


def test_a_dispute_leads_with_its_date_the_pause_and_the_answer_date_then_the_part_to_pay(tmp_path):
    reason = "Zes uur meerwerk zonder akkoord vooraf"
    opened = DUE + days(2)
    claim, creditor, view = view_of(tmp_path, DUE + days(5), events=[event(opened, "dispute", reason=reason)])
    assert claim.status == "dispute"
    answer_by = opened + days(creditor.policy.dispute_max_days)
    assert claim.next_action.kind == "review_dispute" and claim.next_action.due == answer_by  # the core's date
    lead = view.summary.lead
    assert lead.heading == "U bent het niet eens met de factuur"
    assert lead.lines == (
        f"Op {fmt.day(opened)} liet u ons weten dat u het niet eens bent met de factuur.",
        "Wij zoeken het nu uit. Zolang dat duurt, sturen wij u geen herinneringen of aanmaningen.",
        f"U krijgt uiterlijk {fmt.day(answer_by)} antwoord van ons.",
    )
    # Then the amount, and the part the debtor may pay.
    assert view.summary.label == "Openstaand bedrag" and view.summary.deadline is None
    assert view.summary.lines == ("Bent u het met een deel van de factuur wel eens? Dat deel kunt u alvast betalen.",)
    assert view.next_steps[0].startswith("Blijkt de factuur niet te kloppen? Dan passen wij hem aan.")
    assert reason not in str(asdict(view))


def test_a_dispute_offers_a_transfer_of_the_part_agreed_not_a_payment_link_for_all(tmp_path):
    # The payment link carries the whole amount, which its page cannot change; a transfer's amount can be.
    opened = DUE + days(2)
    _, _, before = view_of(tmp_path / "a", opened)
    _, _, view = view_of(tmp_path / "b", DUE + days(5), events=[event(opened, "dispute", reason="Te duur")])
    assert before.pay.link is not None
    assert view.pay.link is None and view.pay.link_qr_svg is None
    # Nor does the transfer carry the whole amount: the debtor fills in the part they agree with.
    assert view.pay.note == (
        "Wilt u al iets betalen terwijl wij het uitzoeken? Betaal dan alleen het deel waarmee u het eens bent. "
        "Daarom staat er hieronder en in de QR-code geen bedrag: dat vult u zelf in."
    )
    assert not view.pay.amount_set and payload_amount(view.pay.payload) == ""
    assert view.pay.amount_text == "het deel waarmee u het eens bent (vult u zelf in)"
    assert "zonder bedrag: dat vult u zelf in" in view.pay.qr_svg
    assert before.pay.amount_set and payload_amount(before.pay.payload) == epc_amount(before.pay.amount)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_dispute_already_made_is_added_to_not_asked_for_again(tmp_path, lang):
    opened = DUE + days(2)
    _, _, view = view_of(tmp_path, DUE + days(5), language=lang, events=[event(opened, "dispute", reason="Te duur")])
    labels = LABELS[lang]
    assert view.dispute.heading == labels["h_dispute_add"] and view.dispute.text == labels["dispute_add_text"]
    assert view.dispute.mail_label == labels["dispute_add_mail"]
    mail = unquote(view.dispute.mailto)
    assert mail.startswith("mailto:debiteuren@voorbeeld.nl?subject=")
    assert labels["dispute_add_subject"].format(reference=format_rf(rf_reference("D-1001"))) in mail
    assert "F2026-0001" in mail
    # Before the dispute, the page asks whether the invoice is right.
    _, _, earlier = view_of(tmp_path / "before", DUE + days(1), language=lang)
    assert earlier.dispute.heading == labels["h_dispute"] and earlier.dispute.text == labels["dispute_text"]
    assert labels["dispute_subject"].format(reference=format_rf(rf_reference("D-1001"))) in unquote(
        earlier.dispute.mailto
    )


def test_a_dispute_without_an_email_desk_asks_to_get_in_touch(tmp_path):
    contact = {"name": "Sanne Jansen", "phone": "+31 30 123 45 67"}
    _, _, view = view_of(
        tmp_path,
        DUE + days(5),
        creditor_changes={"contact": contact},
        events=[event(DUE + days(2), "dispute", reason="Te duur")],
    )
    assert view.dispute.mailto is None and view.dispute.text == LABELS["nl"]["dispute_add_text_call"]


def test_a_dispute_past_its_answer_date_says_sorry_instead_of_a_date_gone_by(tmp_path):
    opened = DUE + days(2)
    claim, creditor, view = view_of(tmp_path, opened + days(40), events=[event(opened, "dispute", reason="Te duur")])
    answer_by = opened + days(creditor.policy.dispute_max_days)
    assert claim.next_action.due == answer_by < claim.as_of
    assert view.summary.lead.lines[-1] == (
        f"Wij wilden u uiterlijk {fmt.day(answer_by)} antwoord geven. Dat is niet gelukt, en dat spijt ons. "
        "U hoort zo snel mogelijk van ons."
    )


def test_a_dispute_after_a_handover_promises_no_pause(tmp_path):
    events = notice_on(DUE + days(30)) + [
        event(DUE + days(60), "handover", agency="Incasso B.V."),
        event(DUE + days(62), "dispute", reason="Te duur"),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(64), events=events)
    assert claim.status == "dispute" and claim.stage == "handover"
    assert view.summary.lead.lines[1] == "Wij zoeken het nu uit."
    shown = " ".join(view.summary.lead.lines + view.next_steps + (view.dispute.text,))
    assert "stil" not in shown and "geen herinneringen" not in shown


def test_a_dispute_after_a_handover_to_an_agency_s_account_asks_the_part_agreed_there(tmp_path):
    agency = dict(agency="Incasso B.V.", agency_iban="NL02INGB0006841297", agency_reference="DOM-2026-0815")
    events = notice_on(DUE + days(30)) + [
        event(DUE + days(60), "handover", **agency),
        event(DUE + days(62), "dispute", reason="Te duur"),
    ]
    _, _, view = view_of(tmp_path, DUE + days(64), events=events)
    assert not view.pay.amount_set and payload_amount(view.pay.payload) == ""
    assert view.pay.note.startswith("U betaalt aan Incasso B.V. De QR-code en de betaalgegevens zijn van hun rekening.")
    assert view.pay.note.endswith("Daarom staat er hieronder en in de QR-code geen bedrag: dat vult u zelf in.")


def test_a_rest_under_the_chase_minimum_has_its_own_message_not_the_stage_s_letter(tmp_path):
    # The invoice paid after a dunning letter, to the cent, but late: its interest is left, under EUR 5,00.
    events = [event(DUE + days(3), "reminder"), event(DUE + days(17), "dunning")]
    paid = [payment(date=DUE + days(20), amount=AMOUNT)]
    claim, creditor, view = view_of(tmp_path, DUE + days(25), interest="statutory", events=events, payments=paid)
    assert 0 < claim.total_due < creditor.policy.chase_minimum and claim.stage == "dunning"
    assert (view.message_key, view.message_fallback) == ("small_rest", "dunning")
    assert message_key(claim) == "dunning"  # (no minimum given: the stage's, as letters ask it)
    # Said once: the message opens with "Er staat nog maar een klein bedrag open", the next steps go on from it.
    assert view.next_steps[0].startswith("Voor het kleine bedrag dat nog openstaat, sturen wij u geen herinneringen.")
    message = (REPO / "content" / "messages" / "nl" / "small_rest.md").read_text(encoding="utf-8")
    assert message.split(".")[0] + "." not in view.next_steps[0]


def test_a_paid_claim_thanks_without_a_qr_code_and_tells_how_a_credit_comes_back(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(5), payments=[payment(date=DUE, amount=D("1260.00"))])
    assert claim.status == "paid"
    assert view.pay is None and view.plan_option.mailto is None
    assert view.summary.label == "Betaald"
    assert view.credit == (
        f"U heeft {fmt.money(D('10'))} te veel betaald. Wij storten dit bedrag terug op de "
        "rekening waarvan u heeft betaald. Wilt u het anders? Bel of mail ons dan."
    )


def test_a_paid_claim_says_when_the_credit_was_paid_back(tmp_path):
    refunded = event(DUE + days(4), "refund", amount=D("10.00"), note="Teruggestort.")
    claim, _, view = view_of(
        tmp_path, DUE + days(5), payments=[payment(date=DUE, amount=D("1260.00"))], events=[refunded]
    )
    assert claim.status == "paid" and claim.settlement.credit == 0
    assert (
        view.credit
        == f"U had {fmt.money(D('10'))} te veel betaald. Dat bedrag hebben wij u op 8 februari 2026 terugbetaald."
    )
    assert "Teruggestort." not in str(asdict(view))  # the note is for staff


def test_part_of_a_credit_paid_back_says_what_is_still_the_debtors(tmp_path):
    refunded = event(DUE + days(4), "refund", amount=D("4.00"))
    _, _, view = view_of(
        tmp_path, DUE + days(5), payments=[payment(date=DUE, amount=D("1260.00"))], events=[refunded], language="en"
    )
    assert view.credit == (
        f"You had paid too much. On 8 February 2026 we paid {fmt.money(D('4'), 'en')} back to you. "
        f"{fmt.money(D('6'), 'en')} is still yours. We will refund that too, to the account you paid from. "
        "Would you prefer something else? Please call or email us."
    )


# -- paying and contacting ---------------------------------------------------------------------------------


def test_the_payload_carries_the_creditor_account_and_the_dossier_reference(tmp_path):
    claim, creditor, view = view_of(tmp_path, DUE - days(5))
    lines = view.pay.payload.split("\n")
    assert lines[:7] == ["BCD", "002", "1", "SCT", creditor.bic, creditor.name, creditor.iban]
    assert lines[9] == rf_reference(claim.debtor.id) == view.pay.reference_copy
    assert view.pay.reference == format_rf(lines[9])
    assert view.pay.iban == "NL91 ABNA 0417 1643 00"
    # The text alternative says what the code does and carries the same data.
    assert f"<title>QR-code voor een overboeking van {fmt.money(AMOUNT)} aan " in view.pay.qr_svg
    assert format_rf(lines[9]) in view.pay.qr_svg


def test_the_rf_reference_validates_and_differs_per_dossier():
    # Pages that pay the creditor (not an agency's account) carry the dossier's RF reference.
    references = {
        debtor.id: view.pay.reference_copy
        for debtor, _, view in demo_views()
        if view.pay and view.pay.iban_copy == load_ledger(DEMO).creditor.iban
    }
    assert all(is_valid_rf(ref) for ref in references.values())
    assert len(set(references.values())) == len(references)
    # Derived from the dossier id alone, so the same on every nightly build (golden pages pin it too).
    assert references == {debtor_id: rf_reference(debtor_id) for debtor_id in references}


def test_the_payment_link_carries_reference_and_amount(tmp_path):
    claim, _, view = view_of(
        tmp_path, DUE - days(5), creditor_changes={"payment_url": "https://pay.example.nl/{reference}?a={amount}"}
    )
    assert view.pay.link == f"https://pay.example.nl/{rf_reference(claim.debtor.id)}?a=1250.00"
    assert view.pay.link_host == "pay.example.nl"
    assert "<title>QR-code met de betaallink naar pay.example.nl.</title>" in view.pay.link_qr_svg


def test_without_a_payment_url_there_is_no_link(tmp_path):
    from tests.support.ledgers import MISSING

    _, _, view = view_of(tmp_path, DUE - days(5), creditor_changes={"payment_url": MISSING})
    assert view.pay.link is None and view.pay.link_qr_svg is None


def test_mail_links_carry_the_reference_encoded(tmp_path):
    claim, creditor, view = view_of(tmp_path, DUE + days(3))
    reference = format_rf(rf_reference(claim.debtor.id))
    assert view.contact.mailto.startswith(f"mailto:{creditor.contact.email}?subject=")
    assert " " not in view.contact.mailto and " " not in view.plan_option.mailto
    assert reference in unquote(view.contact.mailto)
    body = unquote(view.plan_option.mailto.split("&body=")[1])
    assert "niet in één keer betalen" in body and fmt.money(claim.total_due) in body
    assert "F2026-0001" in unquote(view.dispute.mailto)


# -- what the page must never say ------------------------------------------------------------------------


@pytest.mark.parametrize("debtor, claim, view", DEMO_VIEWS)
def test_no_staff_only_or_unneeded_personal_data(debtor, claim, view):
    shown = str(asdict(view))
    desk = load_ledger(DEMO).creditor.contact.name
    hidden = []
    for e in debtor.events:
        # The agency and the bailiff, with how to reach and pay them, are for the debtor; the rest is for staff.
        hidden += [e.note, e.reason, e.outcome]
        if e.spoke_with and e.spoke_with not in debtor.name:  # the debtor's own name is on the page
            hidden.append(e.spoke_with)
        if e.by and e.by not in desk:  # the desk person is shown by design, other staff are not
            hidden.append(e.by)
    contact = debtor.contact
    hidden += [contact.email, contact.phone, *contact.address]
    if contact.person and contact.person not in debtor.name:
        hidden.append(contact.person)
    assert [h for h in hidden if h and h in shown] == []
    for kind in ("check_promise", "check_installment", "review_dispute", "call"):
        assert kind not in " ".join(view.next_steps)


@pytest.mark.parametrize("debtor, claim, view", DEMO_VIEWS)
def test_every_demo_page_pays_what_its_status_asks(debtor, claim, view):
    if claim.status == "paid" or (claim.stage == "legal" and claim.status == "active"):
        assert view.pay is None  # in legal steps the court's and bailiff's costs are not known here
        return
    assert payload_amount(view.pay.payload) == qr_amount(claim)
    assert_pays_what_is_due_now(claim)


def assert_pays_what_is_due_now(claim):
    """amount_to_pay is claim.amount_due_now, but for the cases its docstring names."""
    amount = amount_to_pay(claim)
    if plan_under_final_notice(claim):  # the notice over the plan asks what it would without it (D-1020)
        assert amount == claim.amount_due_apart_from_a_plan
        assert amount > claim.amount_due_now
    elif claim.status == "arrangement" and claim.plan.due_now <= 0:
        assert amount == min(claim.plan.next_open.open, claim.total_due)  # the next instalment
    elif claim.status == "promise" and claim.promise.event.amount is not None:
        assert amount == min(claim.promise.amount - claim.promise.paid, claim.total_due)
    elif claim.status in ("promise", "dispute"):
        assert amount == claim.total_due  # the whole amount promised; a dispute: with a note
    else:
        assert amount == claim.amount_due_now


# -- the legal review: dates, amounts and promises as the core decides them ----------------------------------

SUNDAY = date(2026, 3, 1)
LETTERS_BEFORE = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")]


def notice_on(sent: date, channel: str = "letter") -> list[dict]:
    return LETTERS_BEFORE + [event(sent, "final_notice", channel=channel)]


# The consumer agreed to get the final notice by e-mail: without that, an e-mailed one brings no costs.
AGREED = {"contact.final_notice_by": "email"}


def test_a_letter_sent_on_sunday_arrives_on_wednesday_and_the_term_counts_from_there(tmp_path):
    # Sunday 1 March by post: no delivery on Sunday or Monday, so two delivery days are
    # Tuesday 3 and Wednesday 4 March; fourteen days after that end on 18 March.
    assert SUNDAY.weekday() == 6
    claim, _, view = view_of(tmp_path, SUNDAY + days(3), events=notice_on(SUNDAY))
    assert claim.costs.state == "announced" and claim.costs.from_date == date(2026, 3, 19)
    assert view.next_steps[0].endswith(
        "Heeft u de brief op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 18 maart 2026."
    )
    assert view.next_steps[1].startswith(
        "Heeft u dan niet EUR\u00a01.250,00 betaald? Dan rekenen wij vanaf 19 maart 2026 incassokosten van EUR\u00a0187,50."
    )
    assert view.summary.deadline == "Betaal uiterlijk 18 maart 2026"
    assert view.next_steps[2].startswith("Kwam de brief later aan?")
    assert view.next_steps[3].startswith(
        "Hebben wij uiterlijk 18 maart 2026 uw betaling van EUR\u00a01.250,00 niet ontvangen?"
    )


def test_a_notice_sent_both_ways_on_one_day_is_the_posted_one_on_the_page(tmp_path):
    # Recorded by e-mail after the letter of the same Sunday: the letter's later term is the one
    # the page states, and its costs and handover wait for it (claims.timing.notices_a_day).
    events = notice_on(SUNDAY) + [event(SUNDAY, "final_notice", channel="email")]
    claim, _, view = view_of(tmp_path, SUNDAY + days(3), events=events)
    assert view.summary.deadline == "Betaal uiterlijk 18 maart 2026"
    assert view.next_steps[0].endswith(
        "Heeft u de brief op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 18 maart 2026."
    )
    assert "vanaf 19 maart 2026 incassokosten" in view.next_steps[1]
    assert "op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 18 maart 2026." in view.costs


def by_post(sent: date, delivery_days: int) -> date:
    """The day a letter arrives: PostNL delivers Tuesday to Saturday, not on Sunday or Monday."""
    day = sent
    for _ in range(delivery_days):
        day += days(1)
        while day.weekday() in (6, 0):
            day += days(1)
    return day


@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("channel", ["letter", "email"])
def test_the_assumed_day_of_receipt_and_the_last_day_always_agree(tmp_path, weekday, channel):
    sent = date(2026, 3, 2) + days(weekday)  # Monday 2 March plus 0..6 days
    claim, creditor, view = view_of(tmp_path, sent + days(1), events=notice_on(sent, channel), **AGREED)
    received = sent if channel == "email" else by_post(sent, 2)  # two delivery days, posted before July 2027
    last_day = received + days(creditor.policy.final_notice_term_days)
    while last_day.weekday() >= 5:  # the Atw moves a term ending on a weekend to Monday (no holidays in March 2026)
        last_day += days(1)
    # The next steps and the costs paragraph state the day an e-mail arrives (the day it went), and ask it of a
    # letter only.
    if channel == "email":
        said = f": {fmt.day(received)}. Uw laatste betaaldag is dus {fmt.day(last_day)}."
    else:
        said = f"op {fmt.day(received)} ontvangen? Dan is uw laatste betaaldag {fmt.day(last_day)}."
    assert view.next_steps[0].endswith(said)
    assert claim.costs.from_date == last_day + days(1)
    assert f"vanaf {fmt.day(last_day + days(1))} incassokosten" in view.next_steps[1]
    assert said in view.costs


# A final notice e-mailed on Sunday 1 March 2026 arrives that day: its last day is Monday 16 March.
COSTS_EMAILED = {
    "nl": "Nog niet in rekening gebracht. Onze sommatie per e-mail van 1 maart 2026 kwam dezelfde dag bij u binnen: "
    "1 maart 2026. Uw laatste betaaldag is dus 16 maart 2026. Heeft u dan niet EUR\xa01.250,00 betaald? Dan rekenen "
    "wij vanaf 17 maart 2026 incassokosten van EUR\xa0187,50",
    "en": "Not charged yet. Our final notice, emailed on 1 March 2026, reached you on the day we sent it: 1 March "
    "2026. Your last day to pay is therefore 16 March 2026. If you have not paid EUR\xa01,250.00 by then, we will "
    "charge collection costs of EUR\xa0187.50 from 17 March 2026",
}
ARRIVED_LATER_EMAIL = {
    "nl": "Kwam die e-mail later binnen? Laat het ons weten.",
    "en": "Did it reach you later? Let us know.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_of_an_e_mailed_notice_in_its_term_state_its_day_of_receipt_and_ask_of_no_letter(tmp_path, language):
    """The costs paragraph asked of an e-mail "Heeft u onze laatste brief (sommatie) van 1 maart 2026 op 1 maart 2026
    ontvangen?": it names the e-mail, states that it arrived the day it went, and keeps the way out for a later day."""
    _, _, view = view_of(tmp_path, SUNDAY + days(3), events=notice_on(SUNDAY, "email"), language=language, **AGREED)
    assert view.costs.startswith(COSTS_EMAILED[language])
    assert ARRIVED_LATER_EMAIL[language] in view.costs
    assert not any(word in view.costs for word in ("laatste brief", "ontvangen?", "If it reached", "letter"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_of_an_e_mailed_notice_state_the_day_of_receipt_told(tmp_path, language):
    told = LETTERS_BEFORE + [event(SUNDAY, "final_notice", channel="email", received=SUNDAY + days(1))]
    _, _, view = view_of(tmp_path, SUNDAY + days(3), events=told, language=language, **AGREED)
    said = {
        "nl": "Nog niet in rekening gebracht. U liet ons weten dat onze sommatie per e-mail van 1 maart 2026 op "
        "2 maart 2026 aankwam. Uw laatste betaaldag is dus 16 maart 2026.",
        "en": "Not charged yet. You told us that our final notice, emailed on 1 March 2026, arrived on 2 March 2026. "
        "Your last day to pay is therefore 16 March 2026.",
    }
    assert view.costs.startswith(said[language])


def test_a_longer_term_than_fourteen_days_is_the_term_the_page_states(tmp_path):
    claim, _, view = view_of(
        tmp_path,
        SUNDAY + days(3),
        events=notice_on(SUNDAY),
        creditor_changes={"policy": {"final_notice_term_days": 21}},
    )
    assert view.next_steps[0].startswith(
        "Onze laatste brief (sommatie) van 1 maart 2026 geeft u 21 dagen om te "
        "betalen: “binnen 21 dagen na de dag waarop u deze brief heeft "
        "ontvangen”."
    )
    assert view.next_steps[0].endswith("op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 25 maart 2026.")
    assert claim.costs.from_date == date(2026, 3, 26)


def test_the_demo_final_notice_sent_on_sunday_counts_from_wednesday():
    ledger = load_ledger(DEMO)
    debtor = next(d for d in ledger.debtors if d.id == "D-1006")
    view = statement_view(assess(ledger, debtor, DEMO_TODAY), ledger)
    assert view.next_steps[0].endswith(
        "Heeft u de brief op 18 november 2026 ontvangen? Dan is uw laatste betaaldag 2 december 2026."
    )
    assert "vanaf 3 december 2026 incassokosten" in view.next_steps[1]
    assert "op 18 november 2026 ontvangen? Dan is uw laatste betaaldag 2 december 2026." in view.costs
    assert "vanaf 3 december 2026 incassokosten" in view.costs
    assert "17 november" not in str(asdict(view))


def test_a_second_final_notice_sets_the_handover_but_the_costs_follow_the_first(tmp_path):
    second = SUNDAY + days(9)  # Tuesday 10 March by email: received that day, last day 24 March
    claim, _, view = view_of(
        tmp_path, second + days(2), events=notice_on(SUNDAY) + [event(second, "final_notice", channel="email")]
    )
    assert claim.costs.from_date == date(2026, 3, 19)  # the first notice's term, as the core charges it
    assert view.next_steps[0].startswith("Onze e-mail (sommatie) van 10 maart 2026 ")  # unagreed: no consent on file
    assert view.next_steps[0].endswith(
        "Die e-mail kwam bij u binnen op de dag dat wij hem stuurden: 10 maart 2026. Uw laatste betaaldag is dus "
        "24 maart 2026."
    )
    assert view.next_steps[1] == (
        "De incassokosten volgen uit onze eerste sommatie, van 1 maart 2026. Heeft u die "
        "brief op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag zonder "
        "incassokosten 18 maart 2026."
    )
    assert "vanaf 19 maart 2026 incassokosten" in view.next_steps[2]
    assert view.next_steps[3].startswith("Kwam de brief later aan?")  # the first, posted, sets the costs
    assert view.next_steps[4].startswith("Hebben wij uiterlijk 24 maart 2026 uw betaling niet ontvangen?")
    # Paying after the 18th still costs the costs: the top of the page asks for the earlier day.
    assert view.summary.deadline == "Betaal uiterlijk 18 maart 2026"


def test_a_promise_of_the_whole_amount_says_so_and_asks_the_balance(tmp_path):
    claim, _, view = view_of(
        tmp_path,
        SUNDAY + days(11),
        interest="statutory",
        language="en",
        events=[event(SUNDAY + days(4), "promise", promised_date=SUNDAY + days(19))],
    )
    assert claim.status == "promise" and claim.promise.event.amount is None
    assert claim.total_due > AMOUNT  # interest since the promise: the promised sum would be too little
    assert view.summary.lines == (
        f"You promised to pay the whole amount by 20 March 2026. Today that is "
        f"{fmt.money(claim.total_due, 'en')}; interest runs until the day you pay.",
    )
    assert amount_to_pay(claim) == claim.total_due
    assert payload_amount(view.pay.payload) == epc_amount(claim.total_due)
    # What keeps the promise is the balance on the day of the promise, as staff read it on the dossier:
    # the page never says a step follows unless the interest of the days after it is paid too.
    kept_by = claim.promise.amount
    assert kept_by < claim.total_due
    assert view.next_steps[0].startswith(f"If we receive at least {fmt.money(kept_by, 'en')} by 20 March 2026, "
                                         "you have kept your promise")  # fmt: skip
    assert view.next_steps[1].startswith("We need to receive the amount you promised in time. If we do not, ")


def test_a_promise_partly_paid_names_what_is_left_of_it_and_on_its_day_asks_to_hear_today(tmp_path):
    # The whole amount promised on 5 March (1250.00 and its interest then), 200.00 of it paid since: what
    # keeps the promise is the rest of that amount, named as such, not as "the amount on the day".
    promised = SUNDAY + days(19)
    promise = event(SUNDAY + days(4), "promise", promised_date=promised)
    paid = [payment(date=SUNDAY + days(8), amount=D("200.00"))]
    claim, _, view = view_of(tmp_path, promised, interest="statutory", events=[promise], payments=paid)
    whole = claim.promise.amount
    # (next_steps[0] says which sum keeps the promise and why the top is higher: the test below.)
    assert view.next_steps[0].startswith(
        f"Ontvangen wij uiterlijk 20 maart 2026 nog ten minste {fmt.money(whole - D('200'))}? Dan houdt u zich aan "
        f"uw toezegging. Dat is wat er nog openstaat van de {fmt.money(whole)} die u toezegde."
    )
    assert view.next_steps[1].startswith("Ontvangen wij de rest van uw toezegging niet op tijd? ")
    assert view.next_steps[1].endswith("Lukt het niet op tijd? Laat het ons dan vandaag nog weten.")


def test_a_promise_whose_balance_grew_by_more_than_interest_does_not_call_the_difference_interest(tmp_path):
    # The final notice's term ended during the promise: its costs are in the top amount, not only interest.
    before = [event(SUNDAY - days(24), "reminder"), event(SUNDAY - days(10), "dunning")]
    notice = event(SUNDAY, "final_notice", channel="letter")
    promise = event(SUNDAY + days(4), "promise", promised_date=SUNDAY + days(30))
    claim, _, view = view_of(tmp_path, SUNDAY + days(24), interest="statutory", events=[*before, notice, promise])
    assert claim.status == "promise" and claim.costs.state == "charged"
    keeps, top = claim.promise.amount, claim.total_due
    assert view.next_steps[0] == (
        f"Ontvangen wij uiterlijk 31 maart 2026 ten minste {fmt.money(keeps)}? Dan houdt u zich aan uw toezegging. "
        "Dat was het bedrag op de dag dat u die deed, 5 maart 2026. "
        f"Het bedrag bovenaan, {fmt.money(top)}, vragen wij u te betalen. Het is hoger: daarin zit ook wat er sinds "
        "die dag bij is gekomen, zoals hieronder staat. Betaalt u alleen het bedrag van uw toezegging? Dan staat het "
        "verschil daarna nog open."
    )
    assert view.next_steps[1].startswith("Ontvangen wij het bedrag van uw toezegging niet op tijd? ")


def test_a_promise_partly_paid_says_what_rest_keeps_it_and_why_the_top_is_higher(tmp_path):
    promise = event(SUNDAY + days(4), "promise", promised_date=SUNDAY + days(19))
    paid = [payment(date=SUNDAY + days(8), amount=D("200.00"))]
    claim, _, view = view_of(tmp_path, SUNDAY + days(11), interest="statutory", events=[promise], payments=paid)
    whole, top = claim.promise.amount, claim.total_due
    rest = whole - D("200")
    assert view.next_steps[0] == (
        f"Ontvangen wij uiterlijk 20 maart 2026 nog ten minste {fmt.money(rest)}? Dan houdt u zich aan uw "
        f"toezegging. Dat is wat er nog openstaat van de {fmt.money(whole)} die u toezegde. "
        f"Het bedrag bovenaan, {fmt.money(top)}, vragen wij u te betalen. Dat is {fmt.money(top - rest)} meer: de "
        "rente sinds 5 maart 2026, de dag van uw toezegging. Betaalt u alleen de rest van uw toezegging? Dan staat "
        "die rente daarna nog open."
    )
    assert view.next_steps[1] == (
        "Ontvangen wij de rest van uw toezegging niet op tijd? Dan gaan wij verder met de incasso: wij sturen u "
        "een betalingsherinnering. Lukt het niet op tijd? Laat het ons dan vóór 20 maart 2026 weten."
    )
    assert sum(line.count(fmt.money(rest)) for line in view.next_steps) == 1  # each fact once


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_of_the_whole_amount_past_its_day_says_its_sum_once(tmp_path, language):
    # The promised day is past, its payments not yet read: what kept it is said in the past tense, once; what
    # follows names the promise, not its sum again.
    promised = SUNDAY + days(19)
    promise = [event(SUNDAY + days(4), "promise", promised_date=promised)]
    ledger = one_debtor_ledger(tmp_path, interest="statutory", language=language, events=promise)
    claim = assess(ledger, ledger.debtors[0], promised + days(3), seen_until=promised - days(2))
    view = statement_view(claim, ledger)
    assert claim.status == "promise"
    keeps = fmt.money(claim.promise.amount, language)
    first, then = {
        "nl": (
            f"Heeft u uiterlijk 20 maart 2026 ten minste {keeps} betaald? Dan heeft u zich aan uw toezegging gehouden",
            "Heeft u het bedrag van uw toezegging niet op tijd betaald? Betaal het dan nu, of laat het ons vandaag "
            "nog weten. Anders gaan wij verder met de incasso: ",
        ),
        "en": (
            f"If you paid at least {keeps} by 20 March 2026, you have kept your promise.",
            "If you did not pay the amount you promised in time, please pay it now, or let us know today. Otherwise, ",
        ),
    }[language]
    assert view.next_steps[0].startswith(first)
    assert view.next_steps[1].startswith(then)
    assert sum(line.count(keeps) for line in view.next_steps) == 1


def test_a_promise_of_the_whole_amount_without_interest_does_not_mention_interest(tmp_path):
    _, _, view = view_of(tmp_path, SUNDAY, events=[event(SUNDAY - days(2), "promise", promised_date=SUNDAY + days(9))])
    assert view.summary.lines == (
        f"U heeft toegezegd het hele bedrag te betalen, uiterlijk 10 maart 2026. Vandaag is dat {fmt.money(AMOUNT)}.",
    )


def test_the_pay_note_of_a_promise_of_the_whole_amount_mentions_interest_only_when_charged(tmp_path):
    promise = [event(SUNDAY - days(2), "promise", promised_date=SUNDAY + days(9))]
    _, _, plain = view_of(tmp_path / "none", SUNDAY, events=promise)
    _, _, charged = view_of(tmp_path / "statutory", SUNDAY, interest="statutory", events=promise)
    assert plain.pay.note == "Het bedrag om over te maken is het hele bedrag."
    assert charged.pay.note == "Het bedrag om over te maken is het hele bedrag, met de rente tot vandaag."


@pytest.mark.parametrize(
    "language, quoted",
    [
        ("nl", "“binnen veertien dagen na de dag waarop u deze e-mail heeft ontvangen”. Die e-mail kwam bij u binnen"),
        ("en", "“within fourteen days after the day on which you received this email”. It reached you on the day"),
    ],
)
def test_an_emailed_final_notice_is_quoted_as_the_email_words_it(tmp_path, language, quoted):
    """The page quotes the term as the debtor received it: the e-mail says "this e-mail", not "this letter"."""
    _, _, view = view_of(tmp_path, SUNDAY + days(3), language=language, events=notice_on(SUNDAY, channel="email"))
    assert quoted in view.next_steps[0]
    assert "brief" not in view.next_steps[0] and "letter" not in view.next_steps[0]


@pytest.mark.parametrize(
    "language, term, later",
    [
        (
            "nl",
            "Die e-mail kwam bij u binnen op de dag dat wij hem stuurden: 1 maart 2026. Uw laatste betaaldag is dus "
            "16 maart 2026.",
            "Kwam de e-mail later binnen? Laat het ons weten: dan tellen wij de veertien dagen vanaf de dag nadat hij "
            "binnenkwam.",
        ),
        (
            "en",
            "It reached you on the day we sent it: 1 March 2026. Your last day to pay is therefore 16 March 2026.",
            "Did the email reach you later? Please let us know: we will then count the fourteen days from the day "
            "after it arrived.",
        ),
    ],
)
def test_the_next_steps_state_an_emailed_notice_s_day_of_receipt_as_its_costs_do_with_the_way_out(
    tmp_path, language, term, later
):
    """The next steps asked "Heeft u de e-mail op 1 maart 2026 ontvangen?" while the costs paragraph states that
    day and asks to hear of a later one: one way of saying it, each with its way out."""
    _, _, view = view_of(tmp_path, SUNDAY + days(3), events=notice_on(SUNDAY, "email"), language=language, **AGREED)
    assert view.next_steps[0].endswith(term)
    assert later in view.next_steps
    assert ARRIVED_LATER_EMAIL[language] in view.costs
    assert not any(
        "e-mail op" in line and "ontvangen?" in line or "If you received" in line for line in view.next_steps
    )


def test_an_emailed_notice_told_to_have_arrived_asks_no_more_of_a_later_day(tmp_path):
    told = LETTERS_BEFORE + [event(SUNDAY, "final_notice", channel="email", received=SUNDAY + days(1))]
    _, _, view = view_of(tmp_path, SUNDAY + days(3), events=told, **AGREED)
    assert not any("later binnen" in line for line in view.next_steps)


def test_one_day_of_interest_is_one_day(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(1), interest="statutory")
    line = claim.settlement.invoices[0].interest_lines[0]
    assert line.days == 1
    assert view.interest.rows[0].period.endswith(f"(1 dag) over {fmt.money(line.base)}")


def test_the_demo_promise_of_the_whole_amount():
    ledger = load_ledger(DEMO)
    debtor = next(d for d in ledger.debtors if d.id == "D-1010")
    claim = assess(ledger, debtor, DEMO_TODAY)
    view = statement_view(claim, ledger)
    assert view.summary.lines[0].startswith(
        f"You promised to pay the whole amount by 28 November 2026. Today that is {fmt.money(claim.total_due, 'en')};"
    )
    assert "You promised to pay EUR" not in str(asdict(view))


@pytest.mark.parametrize(
    "promised, deadline",
    [
        (date(2026, 3, 31), "18 maart 2026"),  # after the term: the term's end comes first
        (date(2026, 3, 16), "16 maart 2026"),  # within the term: the promised day
    ],
)
def test_a_promise_during_the_final_notice_term_keeps_the_cost_warning(tmp_path, promised, deadline):
    claim, _, view = view_of(
        tmp_path,
        SUNDAY + days(6),
        events=notice_on(SUNDAY) + [event(SUNDAY + days(4), "promise", promised_date=promised)],
    )
    assert claim.status == "promise" and claim.costs.state == "announced"
    assert view.summary.deadline == f"Betaal uiterlijk {deadline}"
    # Missed, the promise leads to the handover the notice announced (the promise letter says the same).
    assert view.next_steps[0] == (
        f"Hebben wij {fmt.money(claim.total_due)} niet uiterlijk {fmt.day(promised)} ontvangen? Dan gaan wij "
        "verder met de incasso: wij kunnen uw dossier overdragen aan een incassobureau. Lukt het niet op tijd? "
        f"Laat het ons dan vóór {fmt.day(promised)} weten."
    )
    assert view.next_steps[1].endswith(
        "Heeft u de brief op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 18 maart 2026."
    )
    assert view.next_steps[2].startswith(
        f"Heeft u dan niet {fmt.money(AMOUNT)} betaald? Dan rekenen wij vanaf 19 maart 2026 "
        f"incassokosten van {fmt.money(claim.costs.amount)}."
    )


def test_a_plan_in_arrears_never_asks_more_than_the_balance(tmp_path):
    # 1000.00 paid before the plan was agreed: its instalments add up to more than is still open.
    installments = [{"due": SUNDAY, "amount": D("625.00")}, {"due": SUNDAY + days(31), "amount": D("625.00")}]
    claim, _, view = view_of(
        tmp_path,
        SUNDAY + days(31),
        events=[event(DUE + days(1), "arrangement", installments=installments)],
        payments=[payment(date=DUE, amount=D("1000.00"))],
    )
    assert claim.plan.state == "in_arrears" and claim.plan.arrears == D("625.00") > claim.total_due
    assert view.next_steps[0].startswith(
        f"De termijn van 1 maart 2026 is nog niet betaald: er staat {fmt.money(D('250'))} open."
    )
    assert view.summary.amount == fmt.money(D("250")) and payload_amount(view.pay.payload) == "EUR250"


def test_announced_costs_are_conditional_on_the_day_of_receipt(tmp_path):
    claim, _, view = view_of(tmp_path, SUNDAY + days(3), language="en", events=notice_on(SUNDAY))
    assert view.costs == (
        "Not charged yet. We sent our final notice on 1 March 2026. If it reached you on 4 March 2026, your "
        f"last day to pay is 18 March 2026. If you have not paid {fmt.money(AMOUNT, 'en')} by then, we will charge "
        f"collection costs of {fmt.money(claim.costs.amount, 'en')} from 19 March 2026. This is set out in "
        f"{COST_BASIS_EN}. If you pay part of it before then, the costs may be lower."
    )


def test_no_text_promises_lower_costs_for_a_part_payment():
    # Below about EUR 266.67 the costs are the EUR 40 minimum: paying part does not always lower them.
    for lang, words in LABELS.items():
        for key, value in words.items():
            assert "worden de kosten lager" not in value and "will be lower" not in value, (lang, key)
    assert "kunnen de kosten lager worden" in LABELS["nl"]["part_lowers"]
    assert "the costs may be lower" in LABELS["en"]["part_lowers"]


def test_interest_periods_worth_nothing_are_not_listed(tmp_path):
    small = invoice(number="F2026-0002", amount=D("1.00"))  # ten days of 4% on 1.00 is 0.001
    claim, _, view = view_of(tmp_path, DUE + days(10), interest="statutory", invoices=[invoice(), small])
    lines = [line for b in claim.settlement.invoices for line in b.interest_lines]
    assert any(line.invoice == "F2026-0002" and line.amount == 0 for line in lines)
    assert [row.invoice for row in view.interest.rows] == ["F2026-0001"]
    assert all(row.amount != "0,00" for row in view.interest.rows)
    shown = sum(D(row.amount.replace(",", ".")) for row in view.interest.rows)
    assert shown == claim.settlement.interest_open  # the total still adds up


@pytest.mark.parametrize(
    "lang, subject",
    [("nl", "Regeling aanpassen, betalingskenmerk "), ("en", "Change my payment plan, payment reference ")],
)
def test_a_running_plan_offers_to_change_it_not_a_new_plan(tmp_path, lang, subject):
    claim, _, view = view_of(
        tmp_path, DUE + days(10), language=lang, events=[event(DUE + days(1), "arrangement", installments=PLAN)]
    )
    option = view.plan_option
    assert option.heading == LABELS[lang]["h_change_plan"] and option.text == LABELS[lang]["change_plan_text"]
    assert unquote(option.mailto).split("?subject=")[1].startswith(subject)
    assert fmt.money(claim.total_due, lang) not in unquote(option.mailto)  # no proposal for the whole balance


def test_without_a_plan_the_option_is_to_ask_for_one(tmp_path):
    _, _, view = view_of(tmp_path, DUE + days(10))
    assert view.plan_option.heading == "Niet alles in één keer betalen"
    assert "Voorstel betalingsregeling" in unquote(view.plan_option.mailto)


@pytest.mark.parametrize("interest, lines", [("statutory", 2), ("none", 1)])
def test_a_dispute_says_what_the_answer_can_be_and_whether_interest_runs(tmp_path, interest, lines):
    claim, _, view = view_of(
        tmp_path, DUE + days(5), interest=interest, events=[event(DUE + days(2), "dispute", reason="Te duur")]
    )
    assert view.next_steps[0] == (
        "Blijkt de factuur niet te kloppen? Dan passen wij hem aan. Klopt de factuur wel? "
        "Dan leggen wij u uit waarom, en vragen wij u daarna om te betalen."
    )
    assert len(view.next_steps) == lines
    if interest == "statutory":
        assert view.next_steps[1] == (
            "De rente loopt in die tijd door. Passen wij de factuur aan, dan rekenen wij de rente daarover opnieuw uit."
        )


LATER = invoice(number="F2026-0002", date=date(2026, 2, 1), due=date(2026, 3, 3), amount=D("300.00"))


def test_invoices_not_yet_due_are_shown_apart_and_not_demanded(tmp_path):
    claim, _, view = view_of(
        tmp_path, DUE + days(10), invoices=[invoice(), LATER], events=[event(DUE + days(1), "reminder")]
    )
    assert claim.amount_due_now == AMOUNT < claim.total_due
    assert amount_to_pay(claim) == claim.amount_due_now
    assert view.summary.amount == fmt.money(AMOUNT) and payload_amount(view.pay.payload) == "EUR1250"
    assert view.summary.lines == (
        f"Apart te betalen: {fmt.money(D('300'))}, uiterlijk op de vervaldatum van de factuur, 3 maart 2026.",
    )
    assert view.next_steps[0] == (
        f"Hebben wij uw betaling van {fmt.money(AMOUNT)} niet uiterlijk 18 februari 2026 "
        "ontvangen? Dan sturen wij u een aanmaning."
    )
    assert view.pay.note.startswith("Het bedrag om over te maken is wat nu te laat is.")


def test_threats_in_the_final_notice_term_speak_of_the_overdue_part_only(tmp_path):
    sent = date(2026, 2, 26)  # a Thursday, by email: the term ends on 12 March
    claim, _, view = view_of(
        tmp_path,
        sent + days(4),
        language="en",
        invoices=[invoice(), LATER],
        events=[event(sent, "final_notice", channel="email")],
        **AGREED,
    )
    overdue = fmt.money(claim.amount_overdue, "en")
    assert claim.amount_overdue == AMOUNT and claim.costs.principal == AMOUNT
    assert view.summary.amount == overdue
    assert view.summary.lines == (
        "To pay separately: EUR\u00a0300.00, by the invoice's due date, 3 March 2026.",
        # What happens if not (s41): the term's last day is the day to pay by, so "in time".
        f"If you pay late, collection costs of up to {fmt.money(claim.costs.amount, 'en')} are added.",
    )
    assert view.next_steps[1].startswith(f"If you have not paid the amount now overdue ({overdue}) by then, ")
    assert view.next_steps[2].startswith("Did the email reach you later?")
    assert view.next_steps[3].startswith(
        f"Unless your payment of {overdue} reaches us by 12 March 2026, we may hand your file to a collection agency."
    )
    assert f"If you have not paid the amount now overdue ({overdue}) by then" in view.costs


def test_nothing_overdue_yet_shows_each_due_date(tmp_path):
    claim, _, view = view_of(tmp_path, DUE - days(10), invoices=[invoice(), LATER])
    assert amount_to_pay(claim) == claim.amount_due_now == claim.total_due
    assert view.summary.deadline == "Betaal uiterlijk 4 februari 2026"
    assert view.summary.lines == (
        f"Daarvan {fmt.money(AMOUNT)} uiterlijk 4 februari 2026.",
        f"Daarvan {fmt.money(D('300'))} uiterlijk 3 maart 2026.",
    )


@pytest.mark.parametrize("interest", ["statutory", "none"])
def test_a_plan_says_interest_keeps_running(tmp_path, interest):
    _, _, view = view_of(
        tmp_path, DUE + days(10), interest=interest, events=[event(DUE + days(1), "arrangement", installments=PLAN)]
    )
    said = any("loopt de rente door zolang u de regeling betaalt" in line for line in view.next_steps)
    assert said == (interest == "statutory")


KEPT_PART = [
    event(DUE + days(10), "reminder"),
    event(DUE + days(12), "promise", promised_date=DUE + days(20), amount=D("500.00")),
]


@pytest.mark.parametrize(
    "language, lead, step",
    [
        (
            "nl",
            "Dank u wel: u heeft betaald wat u ons had toegezegd, {promised} uiterlijk {date}. Er staat nog {amount} "
            "open. Wilt u dit bedrag uiterlijk {by} betalen?",
            "Hebben wij uw betaling niet uiterlijk {by} ontvangen? Dan sturen wij u een aanmaning.",
        ),
        (
            "en",
            "Thank you: you paid what you promised us, {promised} by {date}. {amount} is still open. "
            "Please pay it by {by}.",
            "If we have not received your payment by {by}, we will send you a formal reminder.",
        ),
    ],
)
def test_a_kept_promise_of_part_thanks_and_says_what_is_left_by_when_and_what_follows(tmp_path, language, lead, step):
    """500.00 promised of 1,250.00 and paid: the rest goes on from the reminder sent, to the dunning letter
    (the reminder's day + 14), not a second friendly reminder as if all had been settled."""
    lang = fmt.Language(language)
    claim, _, view = view_of(
        tmp_path,
        DUE + days(21),
        language=language,
        events=KEPT_PART,
        payments=[payment(date=DUE + days(15), amount=D("500.00"))],
    )
    assert claim.status == "active" and claim.promise.state == "kept"
    assert (claim.next_action.kind, claim.next_action.due) == ("dunning", DUE + days(24))
    assert view.message_key == "promise_kept"
    values = {
        "promised": fmt.money(D("500"), lang),
        "date": fmt.day(DUE + days(20), lang),
        "amount": fmt.money(D("750"), lang),
        "by": fmt.day(DUE + days(23), lang),
    }
    assert view.summary.lines == (lead.format(**values),)
    assert view.next_steps == (step.format(**values),)


def test_after_a_kept_part_promise_a_dunning_letter_s_final_notice_and_its_costs_come_next(tmp_path):
    """A consumer reminded, dunned, then kept a promise of part: what comes next is the final notice, and the
    page forecasts its costs, as after any dunning letter."""
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "promise", promised_date=DUE + days(30), amount=D("500.00")),
    ]
    claim, _, view = view_of(
        tmp_path, DUE + days(31), events=events, payments=[payment(date=DUE + days(30), amount=D("500.00"))]
    )
    # The final notice was due before the promised day: one letter asks the rest first, today; the page says what
    # follows it unpaid (the final notice, with its costs), by that letter's day, not "een betalingsherinnering".
    assert (claim.next_action.kind, view.message_key) == ("reminder", "promise_kept")
    assert view.summary.lines[0].startswith("Dank u wel: u heeft betaald wat u ons had toegezegd")
    assert view.summary.lines[0].endswith(f"uiterlijk {fmt.day(DUE + days(44))} betalen?")
    assert "sommatie" in view.next_steps[0] and "betalingsherinnering" not in " ".join(view.next_steps)
    assert any(fmt.money(D("112.50")) in line for line in view.next_steps)  # 15 % of the 750.00 left


# A final notice of 3 March (term to 19 March, 187.50 of costs from 20 March), then a plan of the invoice's 1,250.00
# only, agreed on 25 March and paid: the payments paid the costs first (art. 6:44 BW), 187.50 of the invoice is left.
PLAN_OF_PART = [
    event(date(2026, 3, 3), "final_notice"),
    event(
        date(2026, 3, 25),
        "arrangement",
        installments=[
            {"due": date(2026, 4, 15), "amount": D("625.00")},
            {"due": date(2026, 5, 15), "amount": D("625.00")},
        ],
    ),
]
PLAN_OF_PART_PAID = [
    payment(date=date(2026, 4, 15), amount=D("625.00")),
    payment(date=date(2026, 5, 12), amount=D("625.00")),  # the last instalment three days early
]


@pytest.mark.parametrize(
    "language, lead, step",
    [
        (
            "nl",
            "Dank u wel: u heeft alle termijnen van uw betalingsregeling betaald. Er staat nog {amount} open. "
            "Wilt u dit bedrag uiterlijk {by} betalen?",
            "incassobureau",
        ),
        (
            "en",
            "Thank you: you paid all the instalments of your payment plan. {amount} is still open. Please pay it by {by}.",
            "collection agency",
        ),
    ],
)
def test_a_completed_plan_of_part_thanks_and_goes_on_from_the_stage_reached(tmp_path, language, lead, step):
    """What a plan of the invoice alone left after a final notice's term is asked by one letter the day after the
    last instalment's day, with a reminder's term (the page's day to pay is that letter's), and only then does the
    handover follow, which the page says (its own message, `plan_kept`); not reminded, dunned and noticed again."""
    lang = fmt.Language(language)
    claim, _, view = view_of(
        tmp_path, date(2026, 5, 13), language=language, events=PLAN_OF_PART, payments=PLAN_OF_PART_PAID
    )
    assert (claim.status, claim.plan.state, claim.total_due) == ("active", "completed", D("187.50"))
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 5, 16))
    assert view.message_key == "plan_kept"
    values = {"amount": fmt.money(D("187.50"), lang), "by": fmt.day(date(2026, 5, 29), lang)}
    assert view.summary.lines == (lead.format(**values),)
    assert step in " ".join(view.next_steps)
    assert "herinnering" not in " ".join(view.next_steps) and "reminder" not in " ".join(view.next_steps)


# The reviewer's case: 1,250.00 due 15 January 2026, reminded, dunned, a final notice of 26 February (187.50 of costs
# from 17 March), a plan of the 1,250.00 agreed on 25 March, its instalments of 625.00 paid on their days.
REVIEWED = dict(
    invoices=[invoice(date=date(2025, 12, 15), due=date(2026, 1, 15), amount=D("1250.00"))],
    events=[
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 5), "dunning"),
        event(date(2026, 2, 26), "final_notice"),
        event(
            date(2026, 3, 25),
            "arrangement",
            installments=[
                {"due": date(2026, 4, 15), "amount": D("625.00")},
                {"due": date(2026, 5, 15), "amount": D("625.00")},
            ],
        ),
    ],
    payments=[payment(date=date(2026, 4, 15), amount=D("625.00")), payment(date=date(2026, 5, 15), amount=D("625.00"))],
)


@pytest.mark.parametrize("as_of", [date(2026, 5, 15), date(2026, 5, 16)], ids=["last instalment's day", "day after"])
def test_the_reviewed_plan_s_rest_is_in_the_box_and_qr_code_with_its_letter_s_day_not_today(tmp_path, as_of):
    """It said "Betaal uiterlijk vandaag" for the 187.50 on the last instalment's day and handed over the next: now
    the box and the QR code ask the rest by the day its letter gives (a reminder's term from 16 May), and what
    follows that is the handover, with a way out."""
    claim, _, view = view_of(tmp_path, as_of, **REVIEWED)
    assert (claim.total_due, claim.next_action.kind) == (D("187.50"), "reminder")
    assert payload_amount(view.pay.payload) == "EUR187.5"
    assert view.summary.deadline == "Betaal uiterlijk 29 mei 2026"
    steps = " ".join(view.next_steps)
    assert (
        "uiterlijk 29 mei 2026 uw betaling niet ontvangen? En heeft u geen afspraak met ons gemaakt? Dan kunnen wij "
        "uw dossier" in steps
    )
    assert "vandaag" not in steps and "vandaag" not in " ".join(view.summary.lines)


def test_the_reviewed_plan_s_missed_instalment_is_still_reminded_friendly(tmp_path):
    missed = dict(REVIEWED, payments=REVIEWED["payments"][:1])
    claim, _, view = view_of(tmp_path, date(2026, 5, 16), **missed)
    assert (claim.next_action.kind, claim.next_action.due) == ("remind_installment", date(2026, 5, 16))


def test_a_kept_promise_of_the_whole_thanks_and_asks_for_the_interest_left(tmp_path):
    promised = DUE + days(60)
    whole = event(DUE + days(2), "promise", promised_date=promised)
    then = dossier(tmp_path / "then", interest="statutory", events=[event(DUE + days(1), "reminder"), whole])
    balance = then(DUE + days(2))[0].promise.amount
    claim, _, view = view_of(
        tmp_path,
        promised + days(5),
        interest="statutory",
        events=[event(DUE + days(1), "reminder"), whole],
        payments=[payment(date=promised, amount=balance)],
    )
    assert claim.status == "active" and claim.promise.state == "kept" and claim.next_action.kind == "reminder"
    assert view.message_key == "remainder"
    assert view.summary.lines == (
        "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog "
        f"{fmt.money(claim.total_due)} open. Dat komt door de rente tot de dag waarop u betaalde. "
        "Wilt u dit bedrag zo snel mogelijk betalen?",  # its reminder is due: on its way
    )


def test_on_a_kept_promise_s_day_the_page_names_the_step_after_tomorrow_s_reminder(tmp_path):
    # Promised the whole and paid on the promised day: the reminder of the interest left comes tomorrow
    # with a date of its own, and what follows a miss of that date is the dunning letter, as it will say.
    promised = DUE + days(60)
    whole = event(DUE + days(2), "promise", promised_date=promised)
    then = dossier(tmp_path / "then", interest="statutory", events=[event(DUE + days(1), "reminder"), whole])
    balance = then(DUE + days(2))[0].promise.amount
    _, _, view = view_of(
        tmp_path,
        promised,
        interest="statutory",
        events=[event(DUE + days(1), "reminder"), whole],
        payments=[payment(date=promised, amount=balance)],
    )
    last_day = fmt.day(promised + days(1) + days(14) - days(1))  # the reminder's own term (dunning_after_days)
    assert (
        view.next_steps[0]
        == f"Hebben wij uw betaling niet uiterlijk {last_day} ontvangen? Dan sturen wij u een aanmaning."
    )


def test_a_completed_plan_leaves_its_interest_and_the_page_says_so(tmp_path):
    last = date(2026, 4, 1)
    installments = [{"due": SUNDAY, "amount": D("625.00")}, {"due": last, "amount": D("625.00")}]
    claim, _, view = view_of(
        tmp_path,
        last,
        interest="statutory",
        language="en",
        events=[event(DUE + days(1), "reminder"), event(DUE + days(2), "arrangement", installments=installments)],
        payments=[payment(date=SUNDAY, amount=D("625.00")), payment(date=last, amount=D("625.00"))],
    )
    assert claim.plan.state == "completed" and claim.status == "active"
    assert claim.next_action.kind == "reminder" and claim.next_action.due == last + days(1)
    assert view.summary.lines == (
        "Thank you for keeping to our agreement. "
        f"{fmt.money(claim.total_due, 'en')} is still open, because of the interest up to the day "
        "you paid. Please pay it by 15 April 2026.",
    )
    # Not "by 1 April", the day the plan was kept: the reminder of the rest, tomorrow, gives until 15 April.
    assert view.summary.deadline == "Please pay by 15 April 2026"


def test_no_thanks_once_a_letter_has_gone_out_after_the_agreement(tmp_path):
    claim, _, view = view_of(
        tmp_path,
        DUE + days(45),
        events=[
            event(DUE + days(2), "promise", promised_date=DUE + days(20), amount=D("500.00")),
            event(DUE + days(21), "reminder"),
        ],
        payments=[payment(date=DUE + days(15), amount=D("500.00"))],
    )
    assert claim.promise.state == "kept"
    assert not any("afspraak heeft gehouden" in line for line in view.summary.lines)


def test_a_rest_below_the_chase_minimum_is_not_chased(tmp_path):
    promised = SUNDAY + days(19)
    claim, _ = dossier(
        tmp_path, interest="statutory", events=[event(SUNDAY + days(4), "promise", promised_date=promised)]
    )(promised)
    whole = claim.promise.amount  # the balance on the day of the promise
    claim, creditor, view = view_of(
        tmp_path / "paid",
        promised + days(5),
        interest="statutory",
        events=[event(SUNDAY + days(4), "promise", promised_date=promised)],
        payments=[payment(date=promised, amount=whole)],
    )
    assert claim.promise.state == "kept" and 0 < claim.total_due < creditor.policy.chase_minimum
    assert claim.next_action is None
    assert view.next_steps[0].startswith("Voor het kleine bedrag dat nog openstaat, sturen wij u geen herinneringen.")
    assert not any("sturen wij u een" in line for line in view.next_steps)


SCENARIOS = {
    "open": dict(as_of=DUE - days(3), invoices=[invoice(), LATER]),
    "reminder, part not yet due": dict(
        as_of=DUE + days(10), invoices=[invoice(), LATER], events=[event(DUE + days(1), "reminder")]
    ),
    "final notice": dict(as_of=SUNDAY + days(3), events=notice_on(SUNDAY)),
    "promise of part": dict(
        as_of=DUE + days(10), events=[event(DUE + days(1), "promise", promised_date=DUE + days(20), amount=D("500.00"))]
    ),
    "promise of all": dict(
        as_of=DUE + days(10), events=[event(DUE + days(1), "promise", promised_date=DUE + days(20))]
    ),
    "plan, nothing due": dict(as_of=DUE + days(10), events=[event(DUE + days(1), "arrangement", installments=PLAN)]),
    "plan in arrears": dict(as_of=DUE + days(40), events=[event(DUE + days(1), "arrangement", installments=PLAN)]),
    "dispute": dict(
        as_of=DUE + days(10), invoices=[invoice(), LATER], events=[event(DUE + days(2), "dispute", reason="Te duur")]
    ),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_qr_amount_is_what_is_due_now_but_for_the_documented_cases(tmp_path, name):
    changes = dict(SCENARIOS[name])
    claim, _, view = view_of(tmp_path, changes.pop("as_of"), interest="statutory", **changes)
    assert_pays_what_is_due_now(claim)
    assert payload_amount(view.pay.payload) == qr_amount(claim)
    if claim.status not in ("dispute", "arrangement"):
        assert view.summary.amount == fmt.money(amount_to_pay(claim))


def test_a_plan_agreed_in_the_final_notices_term_still_announces_its_costs(tmp_path):
    # The plan pauses the letters, not the term the costs hang on: a debtor who pays only the
    # instalments pays the costs from 19 March, and the page says so before then.
    plan = [{"due": SUNDAY + days(25), "amount": D("500.00")}, {"due": SUNDAY + days(55), "amount": D("750.00")}]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=plan)]
    claim, _, view = view_of(tmp_path, SUNDAY + days(5), events=events)
    assert claim.plan.state == "on_schedule" and claim.costs.state == "announced"
    # What the instalments leave, paid on their days: the costs, in full (none is paid in the term).
    assert f"nog {fmt.money(claim.costs.amount)} aan incassokosten open." in view.next_steps[1]
    assert view.next_steps[2].endswith(
        "Heeft u de brief op 4 maart 2026 ontvangen? Dan is uw laatste betaaldag 18 maart 2026."
    )
    assert view.next_steps[3].startswith(
        f"Heeft u dan niet {fmt.money(AMOUNT)} betaald? Dan rekenen wij vanaf 19 maart 2026 incassokosten van "
        f"{fmt.money(claim.costs.amount)}."
    )
    # The top of the page asks for the instalment, and says beside it that it alone does not stop the costs.
    assert view.summary.label == "Volgende termijn" and view.summary.amount == fmt.money(D("500"))
    assert view.summary.lines[1] == (
        f"Heeft u uiterlijk 18 maart 2026 niet {fmt.money(AMOUNT)} betaald? Dan komen er ten hoogste "
        f"{fmt.money(claim.costs.amount)} incassokosten bij. Uw termijnen alleen houden die niet tegen."
    )
    later, _, _ = view_of(tmp_path / "later", SUNDAY + days(19), events=events)
    assert later.costs.state == "charged" and later.costs.amount == claim.costs.amount


ENOUGH_BY_THEN = {
    "nl": "Heeft u uiterlijk 18 maart 2026 niet {all} betaald? Dan komen er ten hoogste {costs} incassokosten bij. "
    "{yours} tot en met die dag {are} daarvoor genoeg. Heeft u die uiterlijk 18 maart 2026 betaald? Dan komen er "
    "geen incassokosten bij.",
    "en": "If you have not paid {all} by 18 March 2026, collection costs of at most {costs} are added. {yours} due by "
    "then {are} enough for that. If you have paid {it} by 18 March 2026, no costs are added.",
}
ONE_ENOUGH = {"nl": dict(yours="Uw termijn", are="is"), "en": dict(yours="Your instalment", are="is", it="it")}
SEVERAL_ENOUGH = {
    "nl": dict(yours="Uw termijnen", are="zijn"),
    "en": dict(yours="Your instalments", are="are", it="them"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    "plan, as_of, words",
    [
        # One instalment of the whole, missed on 7 March: still due by the term's last day, and paid by then enough.
        ([(6, "1250.00")], 9, ONE_ENOUGH),
        # Two, both by the last day (18 March), on schedule: together what the notice asks.
        ([(6, "500.00"), (15, "750.00")], 5, SEVERAL_ENOUGH),
    ],
)
def test_a_plan_whose_instalments_due_in_the_final_notices_term_pay_what_it_asks_says_they_stop_the_costs(
    tmp_path, language, plan, as_of, words
):
    """The top said "Uw termijnen alleen houden die niet tegen" of instalments that, paid by the term's last day,
    pay everything the notice asks: untrue, for the costs then do not come (as the core has it: paid on the last
    day, none are charged)."""
    installments = [{"due": SUNDAY + days(due), "amount": D(amount)} for due, amount in plan]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=installments)]
    claim, _, view = view_of(tmp_path, SUNDAY + days(as_of), events=events, language=language)
    assert claim.costs.state == "announced" and claim.costs.owed_from == date(2026, 3, 19)
    money = partial(fmt.money, lang=language)
    said = ENOUGH_BY_THEN[language].format(all=money(AMOUNT), costs=money(claim.costs.amount), **words[language])
    assert view.summary.lines[-1] == said
    paid = [payment(date=date(2026, 3, 18), amount=AMOUNT)]
    later, _, _ = view_of(tmp_path / "later", SUNDAY + days(19), events=events, payments=paid)
    assert later.costs.state != "charged" and later.settlement.costs_open == 0


@pytest.mark.parametrize(
    "language, said",
    [
        (
            "nl",
            "Heeft u uiterlijk 18 maart 2026 niet {all} betaald? Dan komen er ten hoogste {costs} incassokosten "
            "bij. Uw termijnen alleen houden die niet tegen.",
        ),
        (
            "en",
            "If you have not paid {all} by 18 March 2026, collection costs of at most {costs} are added. "
            "Your instalments alone do not stop them.",
        ),
    ],
)
def test_a_plan_agreed_in_the_final_notices_term_and_missed_in_it_says_at_the_top_what_stops_the_costs(
    tmp_path, language, said
):
    """The top asked only the missed instalment by the term's last day ("Nu te betalen EUR 500,00"): paid, the
    costs still came over the 750.00 left. Not a plan the notice followed (that notice asks what stops them)."""
    plan = [{"due": SUNDAY + days(6), "amount": D("500.00")}, {"due": SUNDAY + days(55), "amount": D("750.00")}]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=plan)]
    claim, _, view = view_of(tmp_path, SUNDAY + days(9), events=events, language=language)
    assert claim.plan.state == "in_arrears" and claim.costs.state == "announced"
    assert amount_to_pay(claim) == D("500.00") and not plan_under_final_notice(claim)
    money = partial(fmt.money, lang=language)
    assert view.summary.lines[-1] == said.format(all=money(AMOUNT), costs=money(claim.costs.amount))
    assert view.summary.amount == money(D("500.00"))  # the instalment is still what the top asks
    # Paying the instalment alone in the term: the costs come, over what it leaves open, as the top said.
    paid = [payment(date=SUNDAY + days(10), amount=D("500.00"))]
    later, _, _ = view_of(tmp_path / "later", SUNDAY + days(19), events=events, payments=paid)
    assert later.costs.state == "charged" and later.costs.amount == collection_costs(D("750.00"))


def test_a_plan_for_part_of_the_claim_says_what_it_leaves_open_and_what_follows(tmp_path):
    part = [{"due": DUE + days(30), "amount": D("250.00")}, {"due": DUE + days(60), "amount": D("250.00")}]
    plan = [event(DUE + days(1), "arrangement", installments=part)]
    claim, _, view = view_of(tmp_path / "none", DUE + days(10), events=plan)
    assert view.next_steps[1] == (
        f"Uw termijnen dekken niet alles. Na uw laatste termijn, op {fmt.day(DUE + days(60))}, staat er nog "
        f"{fmt.money(AMOUNT - D('500.00'))} open. Daarvoor sturen wij u daarna een herinnering. "
        "Wilt u dat anders regelen? Neem dan contact met ons op."
    )
    # With interest: what is left when both instalments are paid on their days, interest first (art. 6:44),
    # 4 % a year over 30 days each: 4.11 of the first, then 3.30 over the 1,004.11 left.
    claim, creditor, view = view_of(tmp_path / "interest", DUE + days(10), events=plan, interest="statutory")
    first = (AMOUNT * 4 * 30 / 36500).quantize(D("0.01"))
    second = ((AMOUNT - D("250.00") + first) * 4 * 30 / 36500).quantize(D("0.01"))
    left = AMOUNT - (D("250.00") - first) - (D("250.00") - second)
    assert (first, second, left) == (D("4.11"), D("3.30"), D("757.41")) and plan_rest(creditor, claim) == left
    assert view.next_steps[1] == (
        "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na uw laatste termijn, op "
        f"{fmt.day(DUE + days(60))}, naar verwachting nog {fmt.money(left)} open. Daarin zit de rente tot "
        "dan. Daarvoor sturen wij u daarna een herinnering. Wilt u dat anders regelen? Neem dan contact met ons op."
    )
    # The amount left is said once, with its interest: not again as "a small amount may be open".
    assert not any(line.startswith("Over het bedrag dat openstaat") for line in view.next_steps)


@pytest.mark.parametrize(
    "language, said",
    [
        (
            "nl",
            "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na uw laatste termijn, op "
            "{date}, nog {costs} aan incassokosten open. Daarvoor sturen wij u daarna een herinnering. Wilt u dat "
            "anders regelen? Neem dan contact met ons op.",
        ),
        (
            "en",
            "Your instalments do not cover everything. Your last instalment is due on {date}. If you pay them all on "
            "time, {costs} in collection costs will still be open after it. We will send you a reminder for it after "
            "that. "
            "Would you rather arrange it differently? Please contact us.",
        ),
    ],
)
def test_a_plan_of_all_that_is_open_agreed_in_a_final_notice_s_term_says_the_costs_it_leaves(tmp_path, language, said):
    """Without interest, a plan of the whole 1,250.00 agreed in the notice's term (500.00 in it, 750.00 after)
    said nothing of the costs it leaves: only the top named them. They come over the 750.00 left after the term
    (112.50), and the page says so as a plan of part of the claim or with interest does, with the reminder that
    follows for them, as the core counts it."""
    last = SUNDAY + days(55)
    plan = [{"due": SUNDAY + days(6), "amount": D("500.00")}, {"due": last, "amount": D("750.00")}]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=plan)]
    claim, creditor, view = view_of(tmp_path, SUNDAY + days(5), events=events, language=language)
    assert claim.plan_leaves_open == 0 and claim.costs.state == "announced"
    costs = collection_costs(D("750.00"))
    money = partial(fmt.money, lang=language)
    assert said.format(date=fmt.day(last, language), costs=money(costs)) in view.next_steps
    # Kept as agreed: the costs are what is left, and a reminder asks them after the last instalment.
    paid = [payment(date=SUNDAY + days(6), amount=D("500.00")), payment(date=last, amount=D("750.00"))]
    after, _, _ = view_of(tmp_path / "kept", last + days(1), events=events, payments=paid)
    assert after.total_due == costs and after.next_action.kind == "reminder"


def test_a_plan_for_the_whole_claim_says_what_its_interest_leaves_after_the_last_instalment(tmp_path):
    # 500.00 and 750.00: 4.11 interest over the first 30 days, then 2.48 over the 754.11 left: 6.59, more
    # than the chase minimum (5.00), is no "small amount".
    plan = [event(DUE + days(1), "arrangement", installments=PLAN)]
    claim, creditor, view = view_of(tmp_path, DUE + days(10), interest="statutory", events=plan)
    assert claim.total_due - AMOUNT < D("5.00")  # the chase minimum: the plan covers what is open today
    assert not any("dekken niet alles" in line for line in view.next_steps)
    assert plan_rest(creditor, claim) == D("6.59")
    assert view.next_steps[-1] == (
        "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Uw laatste termijn is op "
        f"{fmt.day(DUE + days(60))}. Betaalt u alle termijnen op tijd? Dan staat er daarna naar verwachting nog "
        f"{fmt.money(D('6.59'))} open. Vandaag is dat {fmt.money(claim.plan_leaves_open)}; de rente tot dan komt "
        "erbij. Voor dat kleine bedrag krijgt u daarna een vriendelijke herinnering, met het precieze bedrag. Wilt u "
        "er liever meteen vanaf zijn? Tel het dan op bij uw laatste termijn."
    )
    # A last instalment that leaves a few euros of interest: "a small amount may still be open".
    short = [{**PLAN[0]}, {**PLAN[1], "amount": PLAN[1]["amount"] + D("3.00")}]
    claim, creditor, view = view_of(
        tmp_path / "short",
        DUE + days(10),
        interest="statutory",
        events=[event(DUE + days(1), "arrangement", installments=short)],
    )
    assert plan_rest(creditor, claim) == D("3.59") and view.next_steps[-1] == LABELS["nl"]["plan_interest"]
    # One over what is open by more than the chase minimum covers the interest too: interest runs, and no "small
    # amount of interest may still be open" beside "your instalments add up to more than is open now" (contradicted).
    covering = [{**PLAN[0]}, {**PLAN[1], "amount": PLAN[1]["amount"] + D("10.00")}]
    claim, creditor, view = view_of(
        tmp_path / "covering",
        DUE + days(10),
        interest="statutory",
        events=[event(DUE + days(1), "arrangement", installments=covering)],
    )
    assert plan_rest(creditor, claim) == 0 and view.next_steps[-1] == LABELS["nl"]["plan_interest_running"]
    assert any("meer dan er nu openstaat" in line for line in view.next_steps)
    assert not any("klein bedrag aan rente" in line for line in view.next_steps)


def test_a_plan_for_more_than_is_open_says_no_more_than_the_total_is_ever_asked(tmp_path):
    # 500.00 paid before the plan was agreed: its instalments add up to 1250.00, 750.00 is open.
    claim, _, view = view_of(
        tmp_path,
        DUE + days(10),
        events=[event(DUE + days(1), "arrangement", installments=PLAN)],
        payments=[payment(date=DUE, amount=D("500.00"))],
    )
    assert claim.total_due == D("750.00")
    assert view.next_steps[1] == (
        f"Uw termijnen zijn samen meer dan er nu openstaat ({fmt.money(D('750'))}). U betaalt nooit meer dan wat "
        "openstaat: heeft u alles betaald, dan vervallen de termijnen die nog over zijn."
    )


def test_a_plan_for_more_than_is_open_that_leaves_a_final_notice_s_costs_does_not_say_the_rest_falls_away(
    tmp_path,
):
    # Agreed in a final notice's term: the first instalment (600.00) does not pay the notice's amount by its
    # last day, so its costs come; the instalments (1275.00) add up to more than is open now (about 1259).
    notice, agreed = DUE + days(40), DUE + days(44)
    plan = [{"due": DUE + days(55), "amount": D("600.00")}, {"due": DUE + days(86), "amount": D("675.00")}]
    events = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning"), event(notice, "final_notice")]
    claim, creditor, view = view_of(
        tmp_path,
        agreed + days(2),
        interest="statutory",
        events=[*events, event(agreed, "arrangement", installments=plan)],
    )
    assert claim.plan_leaves_open < 0 and plan_rest(creditor, claim) > D("50")
    said = " ".join(view.next_steps)
    assert "U betaalt nooit meer dan wat openstaat" not in said
    assert f"naar verwachting nog {fmt.money(plan_rest(creditor, claim))} open" in said


def test_the_desks_role_and_hours_are_in_the_pages_language():
    """The demo's creditor writes them per language (docs/ledger-format.md, `contact`)."""
    contacts = {view.lang: view.contact for _, _, view in demo_views()}
    assert contacts["en"].intro.endswith("Marieke Bosman, Accounts receivable.")
    assert contacts["en"].hours == "Mon-Fri 8.30am-4.30pm"
    assert contacts["nl"].intro.endswith("Marieke Bosman, Debiteurenbeheer.")
    assert contacts["nl"].hours == "ma-vr 8.30-16.30"


@pytest.mark.parametrize(
    "paid, lang, said",
    [
        ([], "nl", "uw betaling nog niet ontvangen"),
        ([payment(date=DUE + days(10), amount=Decimal("200.00"))], "nl", "nog niet het hele bedrag ontvangen"),
        ([], "en", "not yet received your payment"),
        ([payment(date=DUE + days(10), amount=Decimal("200.00"))], "en", "not yet received the whole amount"),
    ],
)
def test_a_message_never_says_nothing_was_paid_to_a_debtor_who_paid_part(tmp_path, paid, lang, said):
    """The handover message (and the one after a final notice's term) say what we have not received:
    "no payment" only when nothing came in."""
    events = [event(DUE + days(1), "reminder"), event(DUE + days(30), "handover", agency="Incassobureau Domstad")]
    claim, _, view = view_of(tmp_path, DUE + days(30), events=events, payments=paid, language=lang)
    assert view.message_key == "handover"
    assert view.message_values["not_received"] == said


@pytest.mark.parametrize(
    "stage, paid_on, lang, said",
    [
        ("dunning", DUE + days(27), "nl", "nog niet het hele bedrag ontvangen"),  # before the letter: its cause
        ("dunning", DUE + days(30), "nl", "het bedrag niet op tijd ontvangen"),  # on its day: it did not know
        ("dunning", DUE + days(33), "nl", "het bedrag niet op tijd ontvangen"),
        ("dunning", DUE + days(33), "en", "not received the amount in time"),
        ("reminder", DUE + days(33), "nl", "het bedrag niet op tijd ontvangen"),
        ("reminder", DUE + days(27), "en", "not yet received the whole amount"),
    ],
)
def test_a_part_paid_after_the_stage_s_letter_is_not_given_as_its_reason(tmp_path, stage, paid_on, lang, said):
    """ "Wij hebben nog niet het hele bedrag ontvangen. Daarom hebben wij u een aanmaning gestuurd." under thanks for a
    part paid on 18 November, the letter sent on the 10th (the demo's D-1004, s66): the message says what was true
    on the letter's day."""
    events = [event(DUE + days(30), stage, channel="letter")]
    paid = [payment(date=paid_on, amount=Decimal("200.00"))]
    _, _, view = view_of(tmp_path, DUE + days(36), events=events, payments=paid, language=lang)
    assert view.message_key == stage
    assert view.message_values["not_received"] == said


def test_a_plan_in_arrears_gives_one_deadline_and_no_reminder_once_it_was_sent(tmp_path):
    """The instalment's reminder recorded: the top, the next steps and the message ask by the one day the
    reminder gave (the eve of the next step), and nothing promises that reminder again."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 4, 1), "amount": 650}]
    agreed = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    _, _, before = view_of(tmp_path / "before", date(2026, 3, 3), events=agreed)
    assert before.message_key == "plan_missed"
    assert "eerst een herinnering" in " ".join(before.next_steps)  # still to come: said
    reminded = agreed + [event(date(2026, 3, 3), "reminder", channel="letter")]
    claim, _, view = view_of(tmp_path / "after", date(2026, 3, 3), events=reminded)
    assert view.message_key == "plan_missed"
    assert view.summary.deadline == "Betaal uiterlijk 16 maart 2026"
    assert view.message_values["pay_by"] == "uiterlijk 16 maart 2026"
    assert "Wilt u dit bedrag uiterlijk 16 maart 2026 betalen?" in view.next_steps[0]
    assert "zo snel mogelijk" not in " ".join(view.next_steps)
    assert "herinnering" not in " ".join(view.next_steps)
    message = (REPO / "content" / "messages" / "nl" / "plan_missed.md").read_text(encoding="utf-8")
    assert "herinnering" not in message and "{pay_by}" in message


def test_asking_the_agency_for_a_plan_quotes_the_agencys_reference():
    """The handover page tells the debtor to quote the agency's reference: the plan e-mail does too."""
    view = next(view for debtor, _, view in demo_views() if debtor.id == "D-1008")
    subject = unquote(view.plan_option.mailto.split("subject=", 1)[1])
    assert "DOM-2026-0815" in subject and "RF" not in subject


@pytest.mark.parametrize("amount, lowers", [(D("189.00"), False), (D("1250.00"), True)])
def test_a_part_is_said_to_lower_the_costs_only_above_the_minimum(tmp_path, amount, lowers):
    """189.00 owes the scale's minimum of 40.00 whatever part is paid (down to the chase minimum)."""
    part = "Betaalt u vóór die tijd een deel, dan kunnen de kosten lager worden."
    _, _, view = view_of(tmp_path, SUNDAY + days(3), events=notice_on(SUNDAY), invoices=[invoice(amount=amount)])
    assert view.next_steps[1].startswith("Heeft u dan niet")
    assert view.next_steps[1].endswith(part) is lowers
    assert view.costs.endswith(part) is lowers


def asked_on_sunday(tmp_path) -> D:
    """What the notice of Sunday 1 March asked, with statutory interest: the balance on its day."""
    return view_of(tmp_path / "asked", SUNDAY, interest="statutory", events=notice_on(SUNDAY))[0].total_due


def paid_in_the_term(tmp_path, on: date, amount: D, as_of: date):
    """The claim and page on `as_of` after the notice of Sunday 1 March (statutory interest), `amount` paid on `on`."""
    paid = [payment(date=on, amount=amount)]
    claim, _, view = view_of(tmp_path / "paid", as_of, interest="statutory", events=notice_on(SUNDAY), payments=paid)
    return claim, view


def test_a_page_after_the_final_notice_was_paid_in_time_thanks_and_asks_the_rest(tmp_path):
    claim, view = paid_in_the_term(tmp_path, SUNDAY + days(10), asked_on_sunday(tmp_path), SUNDAY + days(20))
    assert claim.costs.state == "none" and claim.total_due > 0
    assert view.message_key == "notice_paid"


def test_in_the_term_the_handover_waits_for_what_the_notice_asked_not_the_interest_since(tmp_path):
    # 100.00 paid in the term; the interest runs on. Paying what is left of the notice's amount stops
    # its costs and the handover alike (what is left after is reminded), so both sentences name it.
    asked = asked_on_sunday(tmp_path)
    claim, view = paid_in_the_term(tmp_path, SUNDAY + days(5), D("100.00"), SUNDAY + days(12))
    left = fmt.money(asked - D("100.00"))
    assert claim.costs.asked_left == asked - D("100.00") < claim.amount_due_now
    assert view.next_steps[1].startswith(f"Heeft u dan niet {left} betaald?")
    handover = next(line for line in view.next_steps if line.startswith("Hebben wij"))
    assert handover.startswith(f"Hebben wij uiterlijk 18 maart 2026 uw betaling van {left} niet ontvangen")


def test_after_a_later_notice_the_handover_sentence_names_no_amount_of_the_first_s(tmp_path):
    # E-mailed on 2 April (its costs from 17 April), posted again on 9 April (term to 28 April, King's
    # Day): paying what is left of the first notice's amount stops its costs, not the handover after the
    # second's term; the handover sentence asks for the payment as a whole.
    notices = [event(date(2026, 4, 2), "final_notice", channel="email"), event(date(2026, 4, 9), "final_notice")]
    claim, _, view = view_of(tmp_path, date(2026, 4, 12), interest="statutory", events=notices, **AGREED)
    assert claim.costs.from_date == date(2026, 4, 17) and claim.next_action.due == date(2026, 4, 29)
    handover = next(line for line in view.next_steps if line.startswith("Hebben wij"))
    assert handover.startswith("Hebben wij uiterlijk 28 april 2026 uw betaling niet ontvangen")


def test_a_business_s_promise_before_its_due_date_speaks_of_the_due_date_not_of_a_final_notice(tmp_path):
    # business_costs_from_due: costs from 5 February over what falls due on the 4th (1250.00); a promise
    # of part of it does not stop them, and the page says so without a final notice's term.
    promised = event(date(2026, 1, 20), "promise", promised_date=date(2026, 2, 3), amount=D("600.00"))
    from_due = {"policy": {"business_costs_from_due": True}}
    later = invoice(number="F2026-0002", date=date(2026, 1, 5), due=date(2026, 3, 4), amount=D("500.00"))
    claim, _, view = view_of(
        tmp_path,
        date(2026, 1, 20),
        type="business",
        invoices=[invoice(), later],
        events=[promised],
        creditor_changes=from_due,
    )
    assert claim.status == "promise" and claim.costs.state == "announced"
    lead = " ".join(view.summary.lines)
    assert "sommatie" not in lead
    assert "Let op: de uiterste betaaldatum is 4 februari 2026. Heeft u dan niet EUR\u00a01.250,00 betaald?" in lead
    said = "Heeft u niet uiterlijk 4 februari 2026 EUR\u00a01.250,00 betaald? Dan rekenen wij vanaf 5 februari 2026"
    assert any(line.startswith(said) for line in view.next_steps)  # what falls due, not "alles"
    assert view.costs.startswith("Nog niet in rekening gebracht. " + said)
    assert view.costs.endswith("Betaalt u vóór die tijd een deel, dan kunnen de kosten lager worden.")
    enough = event(date(2026, 1, 20), "promise", promised_date=date(2026, 2, 3), amount=D("1250.00"))
    _, _, kept = view_of(
        tmp_path / "enough",
        date(2026, 1, 20),
        type="business",
        invoices=[invoice(), later],
        events=[enough],
        creditor_changes=from_due,
    )
    assert not any("Let op" in line for line in kept.summary.lines)  # promised what stops the costs


def test_costs_charged_and_paid_are_said_to_be_paid(tmp_path):
    # The notice of Sunday 1 March brought 187.50 from 19 March; a payment naming no invoice paid them first.
    paid = [payment(date=date(2026, 3, 20), amount=D("187.50"))]
    claim, _, view = view_of(tmp_path, date(2026, 3, 25), events=notice_on(SUNDAY), payments=paid)
    assert claim.costs.state == "charged" and claim.settlement.costs_open == 0
    assert "Daarom rekenen wij EUR\u00a0187,50 incassokosten. Die heeft u al betaald." in " ".join(view.next_steps)
    assert view.costs.endswith("Die heeft u al betaald.")  # the costs section says it too


def test_a_final_notice_paid_in_full_in_time_says_thank_you_for_paying(tmp_path):
    """Paid everything within the notice's term: the page is the paid one, not 'a small amount is open'."""
    asked = view_of(tmp_path / "asked", SUNDAY, events=notice_on(SUNDAY))[0].total_due
    claim, _, view = view_of(
        tmp_path / "paid",
        SUNDAY + days(20),
        events=notice_on(SUNDAY),
        payments=[payment(date=SUNDAY + days(5), amount=asked)],
    )
    assert claim.status == "paid" and view.message_key == "paid"


@pytest.mark.parametrize(
    ("debtor_type", "language", "from_due"),
    [("business", "nl", True), ("business", "en", True), ("consumer", "nl", False), ("business", "nl", None)],
)
def test_the_terms_say_costs_from_the_due_date_only_when_a_business_is_charged_them(
    tmp_path, debtor_type, language, from_due
):
    policy = {"business_costs_from_due": True} if from_due is not None else None
    _, _, view = view_of(tmp_path, date(2026, 3, 1), type=debtor_type, language=language, policy=policy)
    after_notice = LABELS[language]["late_steps"]
    if from_due:
        minimum = fmt.money(D("40"), fmt.Language(language))
        assert LABELS[language]["late_steps_costs_from_due"].format(minimum=minimum) in view.terms
        assert after_notice not in view.terms
        assert minimum in " ".join(view.terms)
    else:
        assert after_notice in view.terms


def _euros(line: str, lang: str) -> Decimal:
    """The amount a line of the costs' steps ends with, read back as the debtor reads it."""
    figure = line.rstrip(".").rsplit("EUR\xa0", 1)[1]
    group, decimal = (".", ",") if lang == "nl" else (",", ".")
    return Decimal(figure.replace(group, "").replace(decimal, "."))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("amount", "bands", "limit"),
    [
        (D("150.00"), 1, "minimum"),  # 15 % is EUR 22.50: the minimum EUR 40 sets the costs
        (D("1250.00"), 1, None),
        (D("1234.56"), 1, None),  # 185.184: rounded half up, once
        (D("12400.00"), 4, None),  # 375 + 250 + 250 + 24
        (D("250000.00"), 5, None),
        (D("1200000.00"), 5, "maximum"),  # 7775 by the scale: the maximum EUR 6,775 sets the costs
    ],
)
def test_the_costs_steps_shown_add_up_to_the_costs_charged(tmp_path, lang, amount, bands, limit):
    """The page shows how the scale gives the costs (phone review, finding 8): a debtor who adds up the
    steps it shows gets the amount charged, or reads that the minimum or the maximum set it."""
    notice = DUE + days(20)
    claim, _, view = view_of(
        tmp_path,
        notice + days(40),
        language=lang,
        events=[event(notice, "final_notice")],
        invoices=[invoice(amount=amount)],
    )
    assert claim.costs.state == "charged"
    charged = claim.costs.amount
    assert charged == collection_costs(amount)
    steps = view.costs_steps[:bands]
    labels = LABELS[lang]
    if bands > 1:
        total = view.costs_steps[bands]
        assert total.startswith(labels["costs_steps_sum"].split("{")[0])
        assert _euros(total, lang) == sum(_euros(line, lang) for line in steps)
    rest = view.costs_steps[bands + (bands > 1) :]
    if limit is None:
        assert sum(_euros(line, lang) for line in steps) == charged and rest == ()
    else:
        assert sum(_euros(line, lang) for line in steps) != charged
        assert rest == (labels[f"costs_steps_{limit}"].format(**{limit: fmt.money(charged, fmt.Language(lang))}),)


def test_the_costs_steps_name_each_band_as_the_scale_has_it(tmp_path):
    notice = DUE + days(20)
    _, _, view = view_of(
        tmp_path, notice + days(40), events=[event(notice, "final_notice")], invoices=[invoice(amount=D("12400.00"))]
    )
    assert view.costs_steps == (
        "15% over de eerste EUR\xa02.500,00: EUR\xa0375,00",
        "10% over de volgende EUR\xa02.500,00: EUR\xa0250,00",
        "5% over de volgende EUR\xa05.000,00: EUR\xa0250,00",
        "1% over de volgende EUR\xa02.400,00: EUR\xa024,00",
        "Samen, over EUR\xa012.400,00: EUR\xa0899,00",
    )


@pytest.mark.parametrize(
    ("amount", "said"),
    [
        (
            D("12400.00"),
            " Zo berekend: 15% over de eerste EUR\xa02.500,00 = EUR\xa0375,00; 10% over de volgende EUR\xa02.500,00 = "
            "EUR\xa0250,00; 5% over de volgende EUR\xa05.000,00 = EUR\xa0250,00; 1% over de volgende EUR\xa02.400,00 = "
            "EUR\xa024,00, samen EUR\xa0899,00.",
        ),
        (
            D("150.00"),
            " Zo berekend: 15% over EUR\xa0150,00 = EUR\xa022,50. Dat is minder dan het wettelijke minimum. De "
            "incassokosten zijn daarom EUR\xa040,00.",
        ),
    ],
)
def test_a_letter_gives_the_costs_steps_in_a_sentence_as_the_page_gives_them_in_lines(tmp_path, amount, said):
    from incasso.statement.tables import costs_steps_sentence

    notice = DUE + days(20)
    claim, _, view = view_of(
        tmp_path, notice + days(40), events=[event(notice, "final_notice")], invoices=[invoice(amount=amount)]
    )
    assert costs_steps_sentence(claim, claim.debtor.language) == said
    assert view.costs_steps[-1].rstrip(".").endswith(said.rstrip(".").rsplit(" ", 1)[-1])


def test_announced_costs_show_their_steps_and_a_stated_lower_amount_none(tmp_path):
    """Costs still to come are shown with their steps as well; costs a final notice stated below the scale
    (recorded on it) are not the scale's: no steps that would add up to more than is charged."""
    notice = DUE + days(20)
    _, _, view = view_of(tmp_path, notice + days(3), events=[event(notice, "final_notice")])
    assert view.costs_steps == ("15% over EUR\xa01.250,00: EUR\xa0187,50",)
    stated = event(notice, "final_notice", costs="150.00")
    claim, _, view = view_of(tmp_path / "stated", notice + days(40), events=[stated])
    assert claim.costs.amount == D("150.00") and view.costs_steps == ()


def test_costs_wait_while_the_bank_has_not_reached_the_terms_end(tmp_path):
    """The statements read end on a day within the final notice's term: a payment after it is not here
    yet, so the costs are not charged but still announced, with the term's last day (review-bank finding 3)."""
    from dataclasses import replace

    notice = DUE + days(20)
    ledger = one_debtor_ledger(tmp_path, events=[event(notice, "final_notice")])
    charged = assess(ledger, ledger.debtors[0], notice + days(40))
    last_day = charged.costs.owed_from - days(1)
    assert charged.costs.state == "charged"
    assert statement_view(charged, ledger).costs.startswith("Wij rekenen")  # no bank: every day is seen
    early = replace(ledger, bank_until=last_day - days(3))
    claim = assess(early, early.debtors[0], notice + days(40))
    assert (claim.costs.state, claim.term_unseen, claim.next_action.is_due(claim.as_of)) == (
        "announced",
        last_day,
        False,
    )
    costs = statement_view(claim, early).costs
    # Asked at the top with the rest (s41): not "Nog niet in rekening gebracht" beside it.
    opening = "Geteld in het bedrag bovenaan, omdat de termijn voorbij is."
    assert costs.startswith(opening) and f"Dan was uw laatste betaaldag {fmt.day(last_day)}" in costs


@pytest.mark.parametrize(
    ("lang", "deadline", "said"),
    [
        (
            "nl",
            "Betaal zo snel mogelijk",
            (
                "Dit is {asked} voor uw facturen, en {costs} incassokosten.",
                "De termijn van onze laatste brief (sommatie) liep tot en met 12 maart 2026. Die termijn is voorbij. "
                "Daarom staan de incassokosten erbij. Stond het bedrag uit die sommatie uiterlijk 12 maart 2026 op "
                "onze rekening? Dan zijn er geen incassokosten.",
                "Wij zien een betaling zodra de afschriften van onze bank over die dagen binnen zijn. Betalingen van "
                "na 9 maart 2026 hebben wij nog niet verwerkt.",
            ),
        ),
        (
            "en",
            "Please pay as soon as possible",
            (
                "This is {asked} for your invoices, and {costs} collection costs.",
                "The deadline in our final notice was 12 March 2026. That deadline has passed. That is why the "
                "collection costs are added. If the amount of that final notice reached our account by 12 March "
                "2026, there are no collection costs.",
                "We will see a payment once our bank's statements of those days are in. We have not yet processed "
                "payments made after 9 March 2026.",
            ),
        ),
    ],
)
def test_a_term_past_while_the_statements_lag_is_not_asked_by_its_gone_day(tmp_path, lang, deadline, said):
    """The final notice's term ended yesterday, the bank statements read end three days before it: the top
    does not say "pay by" that day, gone by. It asks one number, the costs the notice announced in it (whoever pays
    now did not pay in the term), says what it is made of, until when the term ran, that the amount of the notice
    on our account by then means no costs, and that the statements of those days are not read yet (s41: it asked
    the amount without the costs, and the costs "apart" beside it). The QR code asks the same number."""
    from dataclasses import replace

    notice = DUE + days(20)
    ledger = one_debtor_ledger(tmp_path, language=lang, events=[event(notice, "final_notice")])
    last_day = assess(ledger, ledger.debtors[0], notice).costs.owed_from - days(1)
    early = replace(ledger, bank_until=last_day - days(3))
    claim = assess(early, early.debtors[0], last_day + days(1))
    assert (claim.term_unseen, claim.costs.state) == (last_day, "announced")
    view = statement_view(claim, early)
    assert view.summary.deadline == deadline
    # Not paid in the term, the notice's costs are in the amount asked, and what it is made of is said first.
    asked, costs = fmt.money(AMOUNT, lang), fmt.money(claim.costs.amount, lang)
    assert view.summary.amount == fmt.money(AMOUNT + claim.costs.amount, lang)
    assert view.summary.lines == tuple(line.format(asked=asked, costs=costs) for line in said)
    # No "paying part before then may lower the costs" after "then" has gone (the costs' own paragraph).
    assert LABELS[lang]["part_lowers"] not in view.costs
    assert view.message_values["pay_by"] == LABELS[lang]["asap"]
    # Not the notice's own message ("below is by when you can pay without costs"); a site without the text
    # shows that one, as before.
    assert (view.message_key, view.message_fallback) == ("final_notice_unseen", "final_notice")
    assert view.pay is not None and view.pay.amount == AMOUNT + claim.costs.amount
    assert amount_to_pay(claim) == AMOUNT  # the core's figure, for the letters and staff, stays without them
    assert epc_amount(AMOUNT + claim.costs.amount) in view.pay.payload
    # On the term's last day itself the page still asks by today, as before.
    today = statement_view(assess(early, early.debtors[0], last_day), early)
    assert today.summary.deadline == LABELS[lang]["pay_by_today"].format(date=fmt.day(last_day, lang))


def test_a_promise_beside_a_term_past_while_the_statements_lag_speaks_of_it_in_the_past(tmp_path):
    """A promise made in the final notice's term, for a day after it: once the term is over and its days
    not yet in the statements read, the top says the term ran (not "loopt tot en met" a day gone)."""
    from dataclasses import replace

    notice = DUE + days(20)
    first = one_debtor_ledger(tmp_path / "a", events=[event(notice, "final_notice")])
    last_day = assess(first, first.debtors[0], notice).costs.owed_from - days(1)
    promise = event(notice + days(3), "promise", promised_date=last_day + days(7))
    ledger = one_debtor_ledger(tmp_path / "b", events=[event(notice, "final_notice"), promise])
    early = replace(ledger, bank_until=last_day - days(3))
    claim = assess(early, early.debtors[0], last_day + days(2))
    assert (claim.status, claim.term_unseen, claim.costs.state) == ("promise", last_day, "announced")
    lines = " ".join(statement_view(claim, early).summary.lines)
    assert f"liep tot en met {fmt.day(last_day)}. Had u toen niet" in lines
    assert "loopt tot en met" not in lines and "loopt door" not in lines
    assert f"Betalingen van na {fmt.day(last_day - days(3))} hebben wij nog niet verwerkt." in lines


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "Stand op 1 maart 2026, met de betalingen tot en met 20 februari 2026 die wij aan u konden koppelen. De "
            "latere betalingen staan in het overzicht van betalingen.",
        ),
        (
            "en",
            "As of 1 March 2026, with the payments up to and including 20 February 2026 that we could link to you. "
            "The later payments are in the list of payments.",
        ),
    ],
)
def test_payments_written_in_after_the_last_bank_statement_are_named_beside_its_day(tmp_path, lang, said):
    """Staff write in a payment the bank files have not reached: "payments up to 20 February" alone would
    contradict the list of payments that shows it."""
    from dataclasses import replace

    as_of = date(2026, 3, 1)
    ledger = one_debtor_ledger(tmp_path, language=lang, payments=[payment(date=date(2026, 2, 25))])
    before = replace(ledger, bank_until=date(2026, 2, 26))
    assert statement_view(assess(before, before.debtors[0], as_of), before).situation == LABELS[lang][
        "situation"
    ].format(date=fmt.day(as_of, lang), paid_until=fmt.day(date(2026, 2, 26), lang))
    after = replace(ledger, bank_until=date(2026, 2, 20))
    assert statement_view(assess(after, after.debtors[0], as_of), after).situation == said


@pytest.mark.parametrize("kind", ["promise", "plan"])
def test_a_day_past_the_last_bank_statement_tells_whoever_paid_in_time_to_do_nothing(tmp_path, kind):
    """The promised day or an instalment's day has passed, but the statements read end before it: the
    page does not judge it missed, and says payments after the statements' day are not processed yet."""
    from dataclasses import replace

    day = DUE + days(20)
    if kind == "promise":
        events = [event(DUE + days(5), "promise", promised_date=day, amount=D("500.00"))]
    else:
        events = [event(DUE + days(5), "arrangement", installments=[{"due": day, "amount": AMOUNT}])]
    ledger = one_debtor_ledger(tmp_path, events=events)
    behind = replace(ledger, bank_until=day - days(4))
    claim = assess(behind, behind.debtors[0], day + days(3))
    view = statement_view(claim, behind)
    assert claim.status == ("promise" if kind == "promise" else "arrangement")
    assert view.summary.lines[-1] == (
        f"Betalingen van na {fmt.day(day - days(4))} hebben wij nog niet verwerkt. Heeft u op tijd betaald? "
        "Dan hoeft u niets te doen."
    )
    assert view.summary.deadline == "Betaal zo snel mogelijk"  # not a day gone by
    if kind == "plan":
        assert [row.state_text for row in view.plan.rows] == ["Nog niet verwerkt"]


def test_a_plan_in_arrears_asks_what_it_missed_not_an_instalment_the_statements_do_not_reach(tmp_path):
    from dataclasses import replace

    first, second = DUE + days(10), DUE + days(40)
    plan = [{"due": first, "amount": D("500.00")}, {"due": second, "amount": D("750.00")}]
    ledger = one_debtor_ledger(tmp_path, events=[event(DUE + days(5), "arrangement", installments=plan)])
    behind = replace(ledger, bank_until=second - days(5))
    claim = assess(behind, behind.debtors[0], second + days(3))
    assert claim.plan.state == "in_arrears"
    assert [i.state for i in claim.plan.installments] == ["overdue", "unseen"]
    assert amount_to_pay(claim) == D("500.00")  # the missed one; the second may well be paid
    view = statement_view(claim, behind)
    assert view.summary.lines[-1].startswith(f"Betalingen van na {fmt.day(second - days(5))} hebben wij nog niet")


def test_in_the_final_notices_term_the_page_names_what_stops_the_costs_and_paying_it_does(tmp_path):
    """Interest runs on in the term, so the page's amount grows past what the notice asked. The page
    names what is left of the notice's amount; paying exactly that by the last day brings no costs."""
    notice = DUE + days(20)
    events = [event(notice, "final_notice")]
    asked = amount_to_pay(assess_one(tmp_path / "a", notice, interest="statutory", events=events))
    claim, _, view = view_of(tmp_path / "b", notice + days(5), interest="statutory", events=events)
    assert claim.costs.state == "announced" and claim.costs.asked_left == asked < amount_to_pay(claim)
    last_day = claim.costs.owed_from - days(1)
    said = (
        f"Heeft u dan niet {fmt.money(asked)} betaald? Dan rekenen wij vanaf {fmt.day(last_day + days(1))} "
        f"incassokosten van {fmt.money(claim.costs.amount)}."
    )
    (line,) = [line for line in view.next_steps if line.startswith(said)]
    assert (
        f"{fmt.money(asked)} is wat nog openstaat van het bedrag uit onze sommatie van {fmt.day(notice)}. Het "
        "bedrag bovenaan is iets hoger, omdat de rente doorloopt. Voor de incassokosten telt alleen het bedrag uit "
        "de sommatie." in line
    )
    assert "vragen wij later" not in line  # the top asks it now: only the costs do not wait for it (s38 review)
    assert f"Heeft u dan niet {fmt.money(asked)} betaald?" in view.costs  # the costs section says the same
    # A part paid in the term lowers what is left to pay; paying the rest on the last day stops the costs.
    part = payment(date=notice + days(3), amount=D("200.00"))
    claim = assess_one(tmp_path / "c", notice + days(5), interest="statutory", events=events, payments=[part])
    assert claim.costs.asked_left == asked - D("200.00")
    rest = payment(date=last_day, amount=asked - D("200.00"))
    paid = assess_one(tmp_path / "d", last_day + days(3), interest="statutory", events=events, payments=[part, rest])
    assert paid.costs.state == "none" and paid.settlement.costs is None


def assess_one(tmp_path, as_of, **changes):
    ledger = one_debtor_ledger(tmp_path, **changes)
    return assess(ledger, ledger.debtors[0], as_of)


# A second invoice, disputed apart in a final notice's term while the first is still asked (session 41: a dispute of
# the whole claim makes the costs wait for the answer, so the term no longer runs on for them).
OTHER = invoice(number="F2026-0002", amount=D("500.00"))


def disputing_the_other(on: date) -> dict:
    return event(on, "dispute", invoices=["F2026-0002"], reason="Werk niet af")


def test_a_dispute_of_the_whole_claim_in_a_final_notices_term_makes_its_costs_wait(tmp_path):
    """Session 41 (the lawyer's L1 C-600): the costs a term brings while the whole claim is disputed wait for our
    answer: the top does not say the term runs on, and the costs section says they wait."""
    notice = DUE + days(20)
    events = [event(notice, "final_notice"), event(notice + days(4), "dispute", reason="Werk niet af")]
    claim, _, view = view_of(tmp_path, notice + days(5), events=events)
    assert claim.status == "dispute" and claim.costs.state == "none" and claim.costs.waiting == D("187.50")
    assert not any("loopt wel door" in line for line in view.summary.lead.lines)


def test_a_dispute_of_one_invoice_in_a_final_notices_term_says_that_term_runs_on(tmp_path):
    """A dispute of one invoice pauses our letters, not the statutory term already running for the others: the
    page must not let the debtor believe the costs over them wait too."""
    notice = DUE + days(20)
    events = [event(notice, "final_notice"), disputing_the_other(notice + days(4))]
    claim, _, view = view_of(tmp_path, notice + days(5), events=events, invoices=[invoice(), OTHER])
    # The costs over F2026-0001 alone (15 % of 1,250.00), announced for the day after the term.
    assert (claim.costs.state, claim.costs.amount, claim.costs.waiting) == ("announced", D("187.50"), None)
    _, _, before = view_of(tmp_path / "plain", DUE + days(5), events=[event(DUE + days(2), "dispute", reason="X")])
    assert not any("loopt wel door" in line for line in before.summary.lead.lines)


def test_a_dispute_before_a_business_s_due_date_says_its_costs_still_come_from_that_date(tmp_path):
    """Under business_costs_from_due the costs come from the day after the due date, dispute or not (as a
    final notice's term runs on): the page must not let the debtor believe paying part waits too."""
    disputed = [event(DUE - days(10), "dispute", reason="Meerwerk niet besteld")]
    from_due = {"policy": {"business_costs_from_due": True}}
    claim, _, view = view_of(tmp_path, DUE, type="business", events=disputed, creditor_changes=from_due)
    assert claim.status == "dispute" and claim.costs.state == "announced" and claim.costs.asked_left is None
    assert view.summary.lead.lines[2] == (
        f"Let op: de uiterste betaaldatum van EUR\u00a01.250,00 blijft {fmt.day(DUE)}. Over wat daarvan daarna nog "
        "openstaat, rekenen wij de incassokosten die de wet geeft. Dat geldt ook voor het deel waarover wij het nog "
        "uitzoeken. Passen wij de factuur aan? Dan rekenen wij de kosten opnieuw uit. Betaal vóór het einde van die dag het deel "
        "waarmee u het eens bent. Daarover rekenen wij dan geen incassokosten."
    )


def test_what_stops_the_costs_is_the_notice_s_amount_also_beside_an_invoice_it_did_not_ask(tmp_path):
    """An invoice fallen due since the notice makes the top amount higher by a whole invoice, asked now:
    paying what the notice asked still stops its costs, and the page says so, in the costs section too,
    without calling the rest interest asked later."""
    notice = DUE + days(20)
    later = invoice(number="F2026-0002", date=DUE, due=notice + days(2), amount=D("600.00"))
    claim, _, view = view_of(
        tmp_path,
        notice + days(5),
        interest="statutory",
        events=[event(notice, "final_notice")],
        invoices=[invoice(), later],
    )
    assert claim.costs.asked_left is not None and amount_to_pay(claim) - claim.costs.asked_left > D("600")
    asked = fmt.money(claim.costs.asked_left)
    [line] = [line for line in view.next_steps if "incassokosten van" in line]
    assert line.startswith(f"Heeft u dan niet {asked} betaald?")
    assert "daarin staat ook wat niet in die sommatie stond. Dat vragen wij apart, zonder deze kosten." in line
    assert "omdat de rente doorloopt" not in line
    assert f"Heeft u dan niet {asked} betaald?" in view.costs  # not "alles", which is more than stops them


def test_costs_from_the_due_date_are_no_final_notice_s_term_for_a_dispute(tmp_path):
    events = [event(DUE - days(10), "dispute", reason="Te duur")]
    claim, _, view = view_of(
        tmp_path, DUE - days(5), type="business", policy={"business_costs_from_due": True}, events=events
    )
    assert claim.status == "dispute" and claim.costs.state == "announced"  # from the day after the due date
    assert not any("laatste brief" in line for line in view.summary.lead.lines)


def test_a_promise_of_part_during_a_plan_leaves_the_rest_to_the_plan(tmp_path):
    plan = [{"due": DUE + days(30), "amount": D("625.00")}, {"due": DUE + days(60), "amount": D("625.00")}]
    events = [
        event(DUE + days(1), "arrangement", installments=plan),
        event(DUE + days(31), "promise", promised_date=DUE + days(40), amount=D("625.00")),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(35), events=events)
    assert claim.status == "promise" and claim.plan is not None
    assert not any("Daarna staat er nog" in line for line in view.summary.lines)


def test_a_few_cents_nobody_chases_get_no_pay_by_line(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(5), payments=[payment(date=DUE, amount=AMOUNT - D("1.50"))])
    assert claim.total_due == D("1.50") and claim.next_action is None
    assert view.summary.deadline is None
    assert view.next_steps[-1] == LABELS["nl"]["small_rest"]


def test_a_part_paid_after_the_latest_letter_is_thanked_for_first(tmp_path):
    reminded = DUE + days(1)
    paid = payment(date=DUE + days(5), amount=D("200.00"))
    _, _, view = view_of(tmp_path, DUE + days(8), events=[event(reminded, "reminder")], payments=[paid])
    assert view.summary.lines[0] == (
        f"Dank u wel voor uw betaling van {fmt.money(D('200'))} op {fmt.day(DUE + days(5))}. Het bedrag hierboven "
        "is wat u nu nog moet betalen."
    )
    # Paid before the letter: the letter already knew it.
    _, _, before = view_of(tmp_path / "b", DUE + days(8), events=[event(DUE + days(6), "reminder")], payments=[paid])
    assert not any(line.startswith("Dank u wel voor uw betaling") for line in before.summary.lines)


def test_a_few_cents_not_yet_due_keep_their_due_date(tmp_path):
    _, _, view = view_of(tmp_path, DUE - days(5), invoices=[invoice(amount=D("4.50"))])
    assert view.summary.deadline == f"Betaal uiterlijk {fmt.day(DUE)}"  # its own due date is no chase


def test_a_kept_plan_s_few_cents_are_not_asked_for(tmp_path):
    last = DUE + days(60)
    plan = [{"due": DUE + days(30), "amount": D("625.00")}, {"due": last, "amount": D("624.00")}]
    claim, _, view = view_of(
        tmp_path,
        last + days(3),
        policy={"chase_minimum": D("50.00")},
        events=[event(DUE + days(1), "reminder"), event(DUE + days(2), "arrangement", installments=plan)],
        payments=[payment(date=DUE + days(30), amount=D("625.00")), payment(date=last, amount=D("624.00"))],
    )
    assert claim.total_due == D("1.00") and view.summary.deadline is None
    assert view.summary.lines[0] == (
        f"Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {fmt.money(D('1'))} open."
    )


def test_the_thanks_name_the_latest_payment_since_the_letter_whatever_the_file_s_order(tmp_path):
    reminded = DUE + days(1)
    payments = [payment(date=DUE + days(6), amount=D("100.00")), payment(date=reminded, amount=D("200.00"))]
    _, _, view = view_of(tmp_path, DUE + days(8), events=[event(reminded, "reminder")], payments=payments)
    assert view.summary.lines[0].startswith(
        f"Dank u wel voor uw betaling van {fmt.money(D('100'))} op {fmt.day(DUE + days(6))}."
    )


def test_an_emailed_notice_told_to_have_arrived_later_says_e_mail(tmp_path):
    notice = date(2026, 3, 2)
    events = [event(notice, "final_notice", channel="email", received=notice + days(2))]
    _, _, view = view_of(tmp_path, notice + days(3), events=events)
    assert "U liet ons weten dat de e-mail op 4 maart 2026 aankwam." in view.next_steps[0]


def _notice_paid_then_a_newer_invoice(tmp_path, as_of, *later_events):
    """F1's final notice (3 March, term to 19 March) was paid in its term; F2 fell due on 1 April."""
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
    events = [event(DUE + days(1), "reminder"), event(date(2026, 3, 3), "final_notice"), *later_events]
    paid = [payment(date=date(2026, 3, 10), amount=AMOUNT, invoice="F2026-0001")]
    return view_of(tmp_path, as_of, invoices=[invoice(), newer], events=events, payments=paid)


def test_no_thanks_for_only_the_terms_interest_while_a_newer_invoice_is_open(tmp_path):
    claim, _, view = _notice_paid_then_a_newer_invoice(tmp_path, date(2026, 4, 10))
    assert claim.remainder_after_notice is None
    assert view.message_key != "notice_paid"
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 4, 2))


def test_the_final_notice_s_costs_name_the_overdue_invoice_or_invoices_as_many_as_there_are(tmp_path):
    dunning = DUE + days(15)
    events = [event(DUE + days(1), "reminder"), event(dunning, "dunning")]
    (tmp_path / "one").mkdir()
    _, _, one = view_of(tmp_path / "one", dunning + days(2), events=events)
    assert "Over de factuur die nu te laat is, zijn dat" in one.next_steps[1]
    (tmp_path / "two").mkdir()
    two = [invoice(), invoice(number="F2026-0002", amount="300.00")]
    _, _, both = view_of(tmp_path / "two", dunning + days(2), events=events, invoices=two)
    assert "Over de facturen die nu te laat zijn, zijn dat" in both.next_steps[1]


def test_a_business_s_final_notice_written_both_ways_is_forecast_with_the_day_of_each_form(tmp_path):
    # No final_notice_by: the notice is written as an e-mail and a letter and the staff send one. The page
    # names both days, so that it agrees with whichever arrives (it named the e-mail's day only, two days
    # before the posted letter's).
    dunning = DUE + days(15)
    events = [event(DUE + days(1), "reminder"), event(dunning, "dunning")]
    claim, creditor, view = view_of(tmp_path, dunning + days(2), type="business", events=events)
    assert claim.debtor.final_notice_forms() == ("letter", "email")
    sent = dunning + days(creditor.policy.final_notice_after_days)
    by_email = fmt.day(final_notice_term_end(creditor, claim.debtor, sent, "email") + days(1))
    by_post = fmt.day(final_notice_term_end(creditor, claim.debtor, sent, "letter") + days(1))
    assert by_email != by_post
    assert view.next_steps[1].endswith(
        f"op zijn vroegst vanaf {by_email} als u de sommatie per e-mail krijgt. Komt die per post? Dan op zijn "
        f"vroegst vanaf {by_post}."
    )  # s42 review: "als u hem per e-mail krijgt" once the sentence was split named nothing "hem" could be


def test_the_costs_of_a_newer_invoice_s_final_notice_are_forecast_once_the_first_was_paid(tmp_path):
    # F1's notice was paid in its term: F2's notice is a new claim's, with costs of its own (105.00 over 700.00).
    steps = (event(date(2026, 4, 2), "reminder"), event(date(2026, 4, 16), "dunning"))
    claim, _, view = _notice_paid_then_a_newer_invoice(tmp_path, date(2026, 4, 17), *steps)
    assert claim.next_action.kind == "call" and claim.costs.state == "none"
    assert (claim.stage, view.message_key) == ("dunning", "dunning")
    assert view.next_steps[0].endswith("Dan sturen wij u een laatste brief (sommatie).")
    assert f"zijn dat {fmt.money(D('105'))}, op zijn vroegst vanaf" in view.next_steps[1]


def test_a_final_notice_whose_costs_came_from_the_due_dates_does_not_say_its_term_has_passed(tmp_path):
    # A business charged from the due date: the notice's term runs, yet costs are charged already.
    notice = event(DUE + days(20), "final_notice", channel="email")
    claim, _, view = view_of(
        tmp_path, DUE + days(21), type="business", policy={"business_costs_from_due": True}, events=[notice]
    )
    assert claim.costs.state == "charged"
    assert (view.message_key, view.message_fallback) == ("final_notice_plain", "final_notice_passed")


def test_a_second_final_notice_in_its_term_does_not_say_its_term_has_passed(tmp_path):
    # The first notice's costs were charged on 20 March; the second, for F2, runs to 21 May.
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 5, 5), "final_notice")]
    claim, _, view = view_of(tmp_path, date(2026, 5, 8), invoices=[invoice(), newer], events=events)
    assert claim.costs.state == "charged"
    assert view.message_key == "final_notice_plain"


def test_while_a_newer_invoice_climbs_its_steps_the_page_says_so_not_the_handover(tmp_path):
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
    claim, _, view = view_of(
        tmp_path, date(2026, 4, 20), invoices=[invoice(), newer], events=[event(date(2026, 3, 3), "final_notice")]
    )
    assert claim.next_action.newer is not None
    assert (view.message_key, view.message_fallback) == ("newer_invoice", "final_notice_passed")
    assert view.next_steps[0].endswith("Dan sturen wij u een betalingsherinnering.")


def test_a_promise_of_part_in_the_final_notice_term_asks_it_by_its_day_and_warns_of_the_costs(tmp_path):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 31), amount=D("500.00"))
    claim, _, view = view_of(tmp_path, date(2026, 3, 6), events=[event(date(2026, 3, 3), "final_notice"), promise])
    assert claim.status == "promise" and claim.costs.state == "announced"
    assert (view.summary.amount, view.summary.deadline) == (fmt.money(D("500.00")), "Betaal uiterlijk 31 maart 2026")
    assert view.summary.lines[-1] == (
        "Let op: de termijn van onze laatste brief (sommatie) loopt door. Heeft u uiterlijk 19 maart 2026 niet "
        f"{fmt.money(AMOUNT)} betaald? Dan komen er ten hoogste {fmt.money(claim.costs.amount)} incassokosten bij. Het bedrag dat u "
        "toezegde, houdt die alleen niet tegen."
    )


PROMISE_COSTS_EMAILED = {
    "nl": "Let op: de termijn van onze sommatie per e-mail loopt door. Heeft u uiterlijk 16 maart 2026 niet ",
    "en": "Please note: the deadline in our final notice, sent by email, still applies. If you have not paid ",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_in_the_term_of_an_e_mailed_notice_names_it_an_e_mail(tmp_path, language):
    """The top said "de termijn van onze laatste brief (sommatie) loopt door" of a notice that was e-mailed."""
    promise = event(SUNDAY + days(2), "promise", promised_date=date(2026, 3, 31), amount=D("500.00"))
    events = notice_on(SUNDAY, "email") + [promise]
    claim, _, view = view_of(tmp_path, SUNDAY + days(2), events=events, language=language, **AGREED)
    assert claim.status == "promise" and claim.costs.state == "announced"
    assert view.summary.lines[-1].startswith(PROMISE_COSTS_EMAILED[language])


def test_a_notice_paid_whole_leaves_the_newer_invoice_s_own_message_not_a_thanks_for_interest_left(tmp_path):
    # Nothing of F1 is left (no interest charged): "a small amount, the term's interest" would be untrue.
    claim, _, view = _notice_paid_then_a_newer_invoice(tmp_path, date(2026, 3, 25))
    assert claim.remainder_after_notice == date(2026, 3, 20)
    assert (claim.stage, view.message_key) == ("open", "open")
    assert claim.next_action is None or claim.next_action.kind != "handover"


def test_a_notice_paid_in_its_term_is_thanked_for_while_a_newer_invoice_is_not_yet_due(tmp_path):
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
    events = [event(DUE + days(1), "reminder"), event(date(2026, 3, 3), "final_notice")]
    paid = [payment(date=date(2026, 3, 10), amount=AMOUNT, invoice="F2026-0001")]
    claim, _, view = view_of(
        tmp_path, date(2026, 3, 25), interest="statutory", invoices=[invoice(), newer], events=events, payments=paid
    )
    assert claim.remainder_after_notice == date(2026, 3, 20) and claim.amount_overdue > 0  # the term's interest
    assert view.message_key == "notice_paid"


def test_a_part_paid_in_the_term_of_the_only_invoice_is_interest_asked_later_not_another_invoice(tmp_path):
    notice = DUE + days(20)
    part = payment(date=notice + days(3), amount=D("500.00"))
    claim, _, view = view_of(
        tmp_path, notice + days(5), interest="statutory", events=[event(notice, "final_notice")], payments=[part]
    )
    assert claim.costs.state == "announced"
    assert "omdat de rente doorloopt" in view.costs
    assert "wat niet in die brief stond" not in view.costs + " ".join(view.next_steps)


def test_a_promise_of_everything_by_the_last_day_of_the_term_is_not_told_it_does_not_stop_the_costs(tmp_path):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 16))
    claim, _, view = view_of(tmp_path, date(2026, 3, 6), events=[event(date(2026, 3, 3), "final_notice"), promise])
    assert claim.status == "promise" and claim.costs.state == "announced"
    assert not any("houdt die alleen niet tegen" in line for line in view.summary.lines)


def test_a_promise_of_part_in_the_term_does_not_put_the_rest_off_on_the_page_either(tmp_path):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 31), amount=D("500.00"))
    _, _, view = view_of(tmp_path, date(2026, 3, 6), events=[event(date(2026, 3, 3), "final_notice"), promise])
    assert view.summary.lines[0] == (
        f"U heeft toegezegd {fmt.money(D('500.00'))} te betalen, uiterlijk 31 maart 2026. Daarna staat "
        f"er nog {fmt.money(D('750.00'))} open."
    )


@pytest.mark.parametrize("amount", [D("500.00"), D("1250.00")])
def test_while_a_promise_is_asked_at_the_top_no_note_says_the_top_is_higher(tmp_path, amount):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 12), amount=amount)
    _, _, view = view_of(
        tmp_path, date(2026, 3, 6), interest="statutory", events=[event(date(2026, 3, 3), "final_notice"), promise]
    )
    said = " ".join([*view.summary.lines, *view.next_steps, view.costs])
    assert "bovenaan is" not in said


def test_a_plan_in_the_term_names_one_amount_that_stops_the_costs_at_the_top_and_below(tmp_path):
    plan = [{"due": date(2026, 3, 15), "amount": D("400.00")}, {"due": date(2026, 4, 15), "amount": D("860.00")}]
    notice, agreed = event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 5), "arrangement", installments=plan)
    claim, _, view = view_of(tmp_path, date(2026, 3, 6), interest="statutory", events=[notice, agreed])
    asked = fmt.money(claim.costs.asked_left)
    assert f"Heeft u uiterlijk 19 maart 2026 niet {asked} betaald?" in view.summary.lines[-1]
    assert any(f"Heeft u dan niet {asked} betaald?" in line for line in view.next_steps)
    assert "bovenaan is" not in " ".join([*view.next_steps, view.costs])


def test_a_promise_of_everything_for_after_the_term_says_the_costs_come_even_so(tmp_path):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 25))
    _, _, view = view_of(tmp_path, date(2026, 3, 6), events=[event(date(2026, 3, 3), "final_notice"), promise])
    assert view.summary.lines[-1].endswith("ook als u op de toegezegde dag alles betaalt.")


def test_a_part_paid_in_the_term_beside_an_invoice_not_yet_due_names_what_is_left_of_the_notice(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 3, 1), due=date(2026, 3, 25), amount=D("300.00"))
    part = payment(date=date(2026, 3, 10), amount=D("500.00"))
    claim, _, view = view_of(
        tmp_path,
        date(2026, 3, 15),
        interest="statutory",
        invoices=[invoice(), later],
        events=[event(date(2026, 3, 3), "final_notice")],
        payments=[part],
    )
    asked = fmt.money(claim.costs.asked_left)
    assert claim.costs.asked_left < claim.amount_overdue
    assert f"Heeft u dan niet {asked} betaald?" in view.costs
    assert "wat niet in die brief stond" not in view.costs  # the invoice not yet due is not in the top's amount


def test_under_a_final_notice_a_plan_in_arrears_asks_what_is_overdue_and_the_note_says_why_it_is_more(tmp_path):
    plan = [{"due": date(2026, 3, 8), "amount": D("400.00")}, {"due": date(2026, 4, 8), "amount": D("860.00")}]
    events = [event(date(2026, 3, 5), "arrangement", installments=plan), event(date(2026, 3, 10), "final_notice")]
    claim, _, view = view_of(tmp_path, date(2026, 3, 16), interest="statutory", events=events)
    assert claim.costs.asked_left < amount_to_pay(claim)
    assert "omdat de rente doorloopt" in view.costs
    # The notice asks what is overdue, not the instalments: interest runs until everything is paid.
    assert LABELS["nl"]["interest_runs"] in view.next_steps
    assert LABELS["nl"]["plan_interest"] not in view.next_steps


def test_during_a_dispute_the_top_asks_the_whole_balance_and_no_note_compares_it(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 3, 1), due=date(2026, 4, 15), amount=D("300.00"))
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 3, 8), "dispute", reason="Niet geleverd")]
    _, _, view = view_of(tmp_path, date(2026, 3, 10), interest="statutory", invoices=[invoice(), later], events=events)
    assert "bovenaan is" not in view.costs + " ".join(view.next_steps)


def test_a_promise_of_enough_but_not_everything_for_after_the_term_says_the_promised_amount(tmp_path):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 25), amount=D("1250.00"))
    later = invoice(number="F2026-0002", date=date(2026, 3, 1), due=date(2026, 4, 15), amount=D("300.00"))
    _, _, view = view_of(
        tmp_path,
        date(2026, 3, 6),
        invoices=[invoice(), later],
        events=[event(date(2026, 3, 3), "final_notice"), promise],
    )
    assert view.summary.lines[-1].endswith("ook als u op de toegezegde dag het toegezegde bedrag betaalt.")


def test_the_costs_of_an_earlier_claim_paid_are_named_apart_from_the_new_claim_s(tmp_path):
    # F1's notice went unanswered: 187.50 charged, and paid with F1 on 1 April. F2's own notice of 5 May
    # is a new claim's: 105.00 over its 700.00, and the page says where the 187.50 went.
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 5, 5), "final_notice", costs=D("105.00"))]
    paid = [payment(date=date(2026, 4, 1), amount=D("1437.50"), invoice="F2026-0001")]
    claim, _, view = view_of(tmp_path, date(2026, 6, 30), invoices=[invoice(), newer], events=events, payments=paid)
    assert (claim.costs.amount, claim.settlement.costs_earlier, claim.total_due) == (
        D("105.00"),
        D("187.50"),
        D("805.00"),
    )
    assert view.costs.endswith(
        f"De {fmt.money(D('187.50'))} incassokosten die u eerder heeft betaald, horen bij facturen die al betaald "
        "zijn. U vindt ze bij uw betalingen."
    )


def test_after_an_earlier_claim_paid_with_its_costs_the_dunning_step_forecasts_the_new_costs(tmp_path):
    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
    events = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 4, 2), "reminder")]
    events.append(event(date(2026, 4, 16), "dunning"))
    paid = [payment(date=date(2026, 4, 1), amount=D("1437.50"), invoice="F2026-0001")]
    claim, _, view = view_of(tmp_path, date(2026, 4, 17), invoices=[invoice(), newer], events=events, payments=paid)
    assert (claim.costs.state, claim.settlement.costs_earlier) == ("none", D("187.50"))
    assert view.message_key == "dunning"  # not "the costs we charge already are below"
    assert f"zijn dat {fmt.money(D('105'))}, op zijn vroegst vanaf" in view.next_steps[1]
    assert view.costs.startswith("Wij rekenen nu geen incassokosten. De ")


def test_costs_set_by_what_the_notice_stated_do_not_claim_a_calculation(tmp_path):
    # Recorded at 100.00 where the staffel over 1,250.00 gives 187.50: no "berekend over" it does not give.
    events = [event(date(2026, 3, 3), "final_notice", costs=D("100.00"))]
    claim, _, view = view_of(tmp_path, date(2026, 4, 30), events=events)
    assert (claim.costs.amount, claim.costs.capped_from) == (D("100.00"), D("187.50"))
    assert view.costs == (
        f"Wij rekenen {fmt.money(D('100'))} incassokosten: het bedrag dat onze laatste brief (sommatie) noemde. "
        "In rekening gebracht op 20 maart 2026."
    )


def test_stated_costs_keep_the_sentence_on_a_payment_in_the_term_not_read_yet(tmp_path):
    # The bank statements read end before the term did: a payment in the term may still cancel them.
    from dataclasses import replace

    from incasso.statement.tables import costs_text

    events = [event(date(2026, 3, 3), "final_notice", costs=D("100.00"))]
    claim, creditor, _ = view_of(tmp_path, date(2026, 4, 30), events=events)
    assert claim.costs.capped_from is not None
    unseen = replace(claim, payments_until=date(2026, 3, 15))
    assert "Dan hebben wij die betaling nog niet kunnen verwerken" in costs_text(unseen, creditor, "nl")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_payment_term_stated_is_the_invoices_own_beside_their_due_dates(tmp_path, language):
    """The policy's 30 days stand only over invoices that follow it; one term of their own is stated as
    such, and invoices with several say each has its due date (never "30 days" over an invoice due in 14)."""
    as_of = date(2026, 3, 1)
    labels = LABELS[language]
    _, _, agreed = view_of(tmp_path / "agreed", as_of, language=language)
    assert labels["payment_term"].format(days=30) in agreed.terms
    fourteen = invoice(due=date(2026, 1, 19))
    _, _, own = view_of(tmp_path / "own", as_of, language=language, invoices=[fourteen])
    assert labels["payment_term"].format(days=14) in own.terms
    second = invoice(number="F2026-0002", due=date(2026, 2, 4))
    _, _, mixed = view_of(tmp_path / "mixed", as_of, language=language, invoices=[fourteen, second])
    assert labels["payment_term_each"] in mixed.terms
    assert not [line for line in mixed.terms if "30" in line or "14" in line]
    # Due on its date, or the day after: not "0 dagen" or "1 days".
    for due, folder in ((date(2026, 1, 5), "same_day"), (date(2026, 1, 6), "next_day")):
        _, _, short = view_of(tmp_path / folder, as_of, language=language, invoices=[invoice(due=due)])
        assert labels["payment_term_each"] in short.terms


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_answered_dispute_gives_its_term_to_pay_and_says_the_answer_was_sent(tmp_path, language):
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "dispute", reason="Oven defect"),
        event(DUE + days(40), "dispute_resolved", outcome="Oven werkt; factuur blijft"),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(40), language=language, events=events)
    # Not "pay today, the final notice follows tomorrow": the answer's term, 14 days.
    assert claim.next_action.due == DUE + days(54) and claim.next_action.kind == "final_notice"
    assert (view.message_key, view.message_fallback) == ("dispute_answered", "dunning")
    last_day = fmt.day(DUE + days(53), fmt.Language(language))
    assert last_day in view.message_values["pay_by"]
    after = view_of(tmp_path / "after", DUE + days(54), language=language, events=events)[2]
    # The dunning letter of before the dispute stands again, without asking whether they disagree: we answered.
    assert (after.message_key, after.message_fallback) == ("dunning_answered", "dunning")


def test_the_page_at_the_dunning_letter_after_an_answer_names_the_answer_as_its_letter_does(tmp_path):
    answered = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(5), "dispute", reason="Factuur niet ontvangen"),
        event(DUE + days(10), "dispute_resolved", outcome="Factuur opnieuw gestuurd"),
    ]
    dunning = event(DUE + days(24), "dunning")
    view = view_of(tmp_path / "first", DUE + days(24), events=[*answered, dunning])[2]
    assert view.message_key == "dunning_answered"
    # A business charged costs from the due date: the answer is named all the same.
    costs = view_of(
        tmp_path / "costs",
        DUE + days(24),
        type="business",
        policy={"business_costs_from_due": True},
        events=[*answered, dunning],
    )
    assert costs[0].costs.state == "charged" and costs[2].message_key == "dunning_answered"
    # An answer before the letters that followed it (a reminder since): the usual dunning message.
    earlier = [
        event(DUE + days(1), "dispute", reason="Factuur niet ontvangen"),
        event(DUE + days(3), "dispute_resolved", outcome="Factuur opnieuw gestuurd"),
        event(DUE + days(17), "reminder"),
        event(DUE + days(31), "dunning"),
    ]
    assert view_of(tmp_path / "earlier", DUE + days(31), events=earlier)[2].message_key == "dunning"
    # A dispute open again: its own message.
    again = [*answered, dunning, event(DUE + days(26), "dispute", reason="Nog steeds niet eens")]
    assert view_of(tmp_path / "again", DUE + days(27), events=again)[2].message_key == "dispute"


def test_the_page_at_the_first_reminder_after_an_answer_names_the_answer_as_its_letter_does(tmp_path):
    """A dispute raised before any letter, answered: the reminder after it opens with the answer (reminder_answered,
    not "Misschien is het u ontschoten"), but the page of that night, and of the nights after, showed the reminder's
    message, "Misschien is het u ontschoten; dat kan gebeuren", and no word of the answer (the lines of
    statement.answer go once a letter follows it). As at the dunning letter's stage, it shows dunning_answered: we
    answered, pay, ask us to hear the answer again. A site without that text shows the reminder's, as before."""
    answered = [
        event(DUE + days(2), "dispute", reason="Oven defect"),
        event(DUE + days(6), "dispute_resolved", outcome="Oven werkt", channel="phone"),
    ]
    reminder = event(DUE + days(20), "reminder")
    view = view_of(tmp_path / "first", DUE + days(20), events=[*answered, reminder])[2]
    assert (view.message_key, view.message_fallback) == ("dunning_answered", "reminder")
    later = view_of(tmp_path / "later", DUE + days(25), events=[*answered, reminder])[2]
    assert later.message_key == "dunning_answered"
    # A dunning letter after that reminder, which named the answer: its stage's usual message, as its letter's.
    dunning = [*answered, reminder, event(DUE + days(34), "dunning")]
    assert view_of(tmp_path / "dunning", DUE + days(34), events=dunning)[2].message_key == "dunning"


def test_an_answer_in_a_final_notice_s_running_term_leaves_the_notice_to_speak(tmp_path):
    events = notice_on(DUE + days(30)) + [
        event(DUE + days(31), "dispute", reason="Te duur"),
        event(DUE + days(35), "dispute_resolved", outcome="Prijs klopt"),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(36), events=events)
    assert claim.dispute_answered is not None and claim.costs.state == "announced"
    assert view.message_key == "final_notice"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_the_final_notice_s_own_day_the_page_names_its_amount_as_the_letter_does(tmp_path, language):
    """With interest running, "everything" by the term's last day is more than the notice asked: the page
    names the notice's amount from its first day on, as the letter of that day does, not only from the next."""
    sent = DUE + days(30)
    for day in (sent, sent + days(1)):
        claim, _, view = view_of(
            tmp_path / str(day), day, language=language, interest="statutory", events=notice_on(sent)
        )
        asked = fmt.money(claim.costs.asked_left, fmt.Language(language))
        stops = [
            line
            for line in view.next_steps
            if asked in line and fmt.money(claim.costs.amount, fmt.Language(language)) in line
        ]
        assert stops, (day, view.next_steps)
        assert asked in view.costs and ("niet alles" not in view.costs and "not paid everything" not in view.costs)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_kept_promise_after_costs_were_charged_says_the_rest_comes_from_them(tmp_path, language):
    """The promised amount paid the costs first (art. 6:44 BW): "Er staat nog EUR 187,60 open" alone told
    a debtor who paid what they promised that they still owe, and the message pointed to a reason at the top."""
    sent = DUE + days(30)
    term_over = sent + days(25)
    # Promised in the final notice's term, before its costs: they took the first of the promised payment.
    promise = event(sent + days(5), "promise", promised_date=term_over + days(10), amount=AMOUNT)
    paid = [payment(date=term_over + days(10), amount=AMOUNT)]
    # Without interest charged the reason is the costs alone: not "en de rente".
    for interest, key in (("none", "kept_lead_costs_only"), ("statutory", "kept_lead_costs")):
        claim, _, view = view_of(
            tmp_path / interest,
            term_over + days(11),
            language=language,
            interest=interest,
            events=[*notice_on(sent), promise],
            payments=paid,
        )
        assert claim.promise.state == "kept" and claim.costs.state == "charged" and claim.settlement.principal_open > 0
        lang = fmt.Language(language)
        expected = LABELS[language][key].format(
            amount=fmt.money(claim.total_due, lang),
            costs=fmt.money(claim.costs.amount, lang),
            when=view.message_values["pay_by"],
        )
        assert view.summary.lines[0] == expected


def test_a_plan_in_arrears_after_a_final_notice_asks_no_agreement_it_already_has(tmp_path):
    """ "en heeft u geen afspraak met ons gemaakt?" beside the debtor's own payment plan denied it."""
    plan = [{"due": SUNDAY + days(24), "amount": D("400.00")}, {"due": SUNDAY + days(54), "amount": D("850.00")}]
    events = notice_on(SUNDAY) + [
        event(SUNDAY + days(20), "arrangement", installments=plan),
        event(SUNDAY + days(25), "reminder"),
    ]
    claim, _, view = view_of(tmp_path, SUNDAY + days(26), events=events)
    assert claim.status == "arrangement" and claim.plan.state == "in_arrears"
    handover = [line for line in view.next_steps if "incassobureau" in line]
    assert handover and all("afspraak" not in line for line in handover), view.next_steps
    assert handover[0].startswith("Hebben wij ") or handover[0].startswith("Ontvangen wij ")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_costs_charged_from_the_due_date_are_named_beside_the_amount_at_the_top(tmp_path, language):
    """A business one day late: the amount at the top holds costs no letter stated, and says so there."""
    policy = {"business_costs_from_due": True}
    claim, _, view = view_of(tmp_path, DUE + days(1), type="business", language=language, policy=policy)
    assert claim.costs.state == "charged" and claim.settlement.costs_open > 0
    costs = fmt.money(claim.settlement.costs_open, fmt.Language(language))
    assert LABELS[language]["costs_in_amount"].format(costs=costs) in view.summary.lines
    # Costs a final notice stated and charged after its term: that notice's message says them, not this line.
    after = view_of(tmp_path / "notice", DUE + days(60), events=notice_on(DUE + days(30)), language=language)[2]
    assert not [
        line for line in after.summary.lines if "payment term has passed" in line or "betaaltermijn voorbij" in line
    ]


def test_a_handover_recorded_while_a_dispute_runs_is_not_shown_until_it_is_answered(tmp_path):
    """No letter told the debtor of it: the page does not send them to pay an agency they never heard of."""
    agency = dict(agency="Incasso B.V.", agency_iban="NL02INGB0006841297", agency_reference="DOM-2026-0815")
    disputed = notice_on(DUE + days(30)) + [event(DUE + days(60), "dispute", reason="Te duur")]
    events = [*disputed, event(DUE + days(62), "handover", **agency)]
    claim, creditor, view = view_of(tmp_path, DUE + days(64), events=events)
    assert claim.status == "dispute" and claim.stage == "handover"
    assert "Incasso B.V." not in view.pay.note and payload_amount(view.pay.payload) == ""
    assert creditor.iban.replace(" ", "") in view.pay.payload.replace(" ", "")
    answered = [*events, event(DUE + days(70), "dispute_resolved", outcome="Klopt")]
    _, _, after = view_of(tmp_path / "after", DUE + days(71), events=answered)
    assert after.pay.note.startswith("U betaalt aan Incasso B.V.")


def test_a_kept_promise_made_after_the_costs_were_charged_leaves_only_interest(tmp_path):
    """Promised the whole balance with the costs in it: the rest is the promise period's interest, and the
    page says so, not that the costs (paid, as the costs section says) made it."""
    sent = DUE + days(30)
    term_over = sent + days(25)
    history = notice_on(sent)
    charged = view_of(tmp_path / "then", term_over + days(1), interest="statutory", events=history)[0]
    promise = event(term_over + days(1), "promise", promised_date=term_over + days(20))
    paid = [payment(date=term_over + days(20), amount=charged.total_due)]
    claim, _, view = view_of(
        tmp_path / "kept", term_over + days(21), interest="statutory", events=[*history, promise], payments=paid
    )
    assert claim.promise.state == "kept" and claim.costs.state == "charged" and claim.settlement.costs_open == 0
    assert view.summary.lines[0].startswith("Dank u wel dat u zich aan onze afspraak heeft gehouden.")
    assert "incassokosten" not in view.summary.lines[0]
    assert "Dat komt door de rente tot de dag waarop u betaalde." in view.summary.lines[0]


def test_an_answer_before_the_call_gives_its_whole_term_and_the_page_keeps_its_date(tmp_path):
    """Answered in the dunning letter's interval, no call yet: the final notice waits for the answer's term,
    and the page asks by that term's last day from the first day to the last (it asked 5 days earlier, then
    moved its own date)."""
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(17), "dispute", reason="Factuur klopt niet"),
        event(DUE + days(20), "dispute_resolved", outcome="Factuur klopt"),
    ]
    last_day = fmt.day(DUE + days(20 + 13))
    for day in (DUE + days(20), DUE + days(29), DUE + days(33)):
        claim, _, view = view_of(tmp_path / str(day), day, events=events)
        assert last_day in view.summary.deadline, (day, view.summary.deadline)
        assert any(
            line.startswith(f"Hebben wij uw betaling niet uiterlijk {last_day} ontvangen?") for line in view.next_steps
        )


def test_a_legal_step_recorded_while_a_dispute_runs_names_no_court_costs(tmp_path):
    events = notice_on(DUE + days(30)) + [
        event(DUE + days(60), "dispute", reason="Te duur"),
        event(DUE + days(62), "legal"),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(64), events=events)
    assert claim.status == "dispute" and claim.stage == "legal"
    said = " ".join([*(row.label for row in view.totals), view.plan_option.text, *view.summary.lead.lines])
    assert LABELS["nl"]["total_due_legal"] not in said and LABELS["nl"]["plan_text_legal_us"] not in said
    assert LABELS["nl"]["dispute_pause"] in view.summary.lead.lines


def test_a_plan_agreed_after_the_handover_is_the_agency_s(tmp_path):
    """The file is with the agency: its plan is shown under who has the file, in the agency's voice, and we
    write no confirmation of it (they do)."""
    from incasso.letters.due import NO_RECORD as NOTHING_SEEN
    from incasso.letters.due import LetterKind, letters_due

    agency = dict(agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
    plan = [{"due": DUE + days(75), "amount": D("600.00")}, {"due": DUE + days(105), "amount": D("650.00")}]
    events = notice_on(DUE + days(30)) + [
        event(DUE + days(60), "handover", **agency),
        event(DUE + days(65), "arrangement", installments=plan),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(65), events=events)
    assert claim.status == "arrangement" and claim.stage == "handover"
    assert view.summary.lead is not None and "Incasso B.V." in " ".join(view.summary.lead.lines)
    assert view.message_key == "arrangement_agency"  # their plan, with them to contact (a site without it: handover)
    assert view.message_fallbacks == ("handover",)
    assert LetterKind.ARRANGEMENT not in {due.kind for due in letters_due(claim, NOTHING_SEEN)}
    missed, _, later = view_of(tmp_path / "missed", DUE + days(77), events=events)
    assert missed.plan.state == "in_arrears"
    assert any(line.endswith("neem dan contact op met Incasso B.V.") for line in later.next_steps)
    assert not any("contact met ons op" in line for line in later.next_steps)


def plan_then_promise(tmp_path, as_of: date, language: str):
    """A plan of the invoice's 1,250.00 after a final notice's term, completed on 15 May; its 187.50 of costs asked
    by a letter on 16 May; then 100.00 promised on 20 May for the 29th, and paid on the 28th (seen from `as_of`)."""
    plan = [{"due": date(2026, 4, 15), "amount": D("625.00")}, {"due": date(2026, 5, 15), "amount": D("625.00")}]
    events = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 5), "dunning"),
        event(date(2026, 2, 26), "final_notice"),
        event(date(2026, 3, 25), "arrangement", installments=plan),
        event(date(2026, 5, 16), "reminder"),
        event(date(2026, 5, 20), "promise", promised_date=date(2026, 5, 29), amount=D("100.00")),
    ]
    paid = [payment(date=day, amount=D("625.00")) for day in (date(2026, 4, 15), date(2026, 5, 15))]
    return view_of(
        tmp_path,
        as_of,
        language=language,
        invoices=[invoice(date=date(2025, 12, 15), due=date(2026, 1, 15), amount=D("1250.00"))],
        events=events,
        payments=[*paid, payment(date=date(2026, 5, 28), amount=D("100.00"))],
    )


@pytest.mark.parametrize(
    ("language", "thanks"),
    [
        ("nl", "Dank u wel: u heeft betaald wat u ons had toegezegd, EUR\u00a0100,00 uiterlijk 29 mei 2026."),
        ("en", "Thank you: you paid what you promised us, EUR\u00a0100.00 by 29 May 2026."),
    ],
)
def test_a_promise_kept_after_a_completed_plan_is_what_the_page_thanks_for(tmp_path, language, thanks):
    """The page thanked for the plan ('u heeft alle termijnen van uw betalingsregeling betaald', message plan_kept):
    the promise is the latest agreement, and the page thanks for it (promise_kept), as the steps now follow it."""
    claim, _, view = plan_then_promise(tmp_path, date(2026, 5, 30), language)
    assert (claim.plan.state, claim.promise.state, claim.total_due) == ("completed", "kept", D("87.50"))
    assert view.message_key == "promise_kept"
    assert view.summary.lines[0].startswith(thanks)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Wat er dan nog openstaat, is vandaag EUR\xa087,50. Daarvoor sturen wij u na 29 mei 2026 een brief"),
        (
            "en",
            "The rest is EUR\xa087.50 as of today. For it, we will send you a letter or an email after 29 May 2026",
        ),
    ],
)
def test_a_promise_of_part_pending_after_a_completed_plan_says_what_follows_it(tmp_path, language, said):
    """While it runs, the page said only 'U heeft toegezegd EUR 100,00 te betalen, uiterlijk 29 mei 2026. Dank u
    wel.', as of a promise within a plan (whose plan has the rest): the plan is completed, and the promise decides
    what follows it, so the page says what is left then and what asks it, as of any promise of part."""
    claim, _, view = plan_then_promise(tmp_path, date(2026, 5, 21), language)
    assert (claim.status, claim.plan.state) == ("promise", "completed")
    assert said in view.summary.lines[0]


AGENCY_PLAN = [{"due": DUE + days(75), "amount": D("600.00")}, {"due": DUE + days(105), "amount": D("650.00")}]
# The final notice's term brought 187.50 of costs; the agency's plan is of the invoice's 1,250.00 (part of 1,437.50).
AGENCY_PLAN_EVENTS = notice_on(DUE + days(30)) + [
    event(DUE + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00"),
    event(DUE + days(65), "arrangement", installments=AGENCY_PLAN),
]
AGENCY_PLAN_PAID = [payment(date=DUE + days(75), amount=D("600.00")), payment(date=DUE + days(105), amount=D("650.00"))]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            "Dat vraagt Incasso B.V. u daarna te betalen. Wilt u dat anders regelen? Neem dan contact op met "
            "Incasso B.V.",
        ),
        (
            "en",
            "After that, Incasso B.V. will ask you to pay it. Would you rather arrange it differently? Please "
            "contact Incasso B.V.",
        ),
    ],
)
def test_what_the_agency_s_plan_leaves_is_the_agency_s_to_ask(tmp_path, language, said):
    """The agency's plan of the invoice leaves the costs open: the page said 'Daarvoor sturen wij u daarna een
    herinnering. Wilt u dat anders regelen? Neem dan contact met ons op.' ('We will send you a reminder for it after
    that ... Please contact us.'): no letter of ours follows a handover, and the plan is the agency's to change."""
    claim, _, view = view_of(tmp_path, DUE + days(66), language=language, events=AGENCY_PLAN_EVENTS)
    assert (claim.status, claim.stage, claim.plan.state) == ("arrangement", "handover", "on_schedule")
    line = next(line for line in view.next_steps if line.startswith(("Uw termijnen dekken", "Your instalments do")))
    assert line.endswith(said)
    assert LABELS[language]["plan_then_reminder"] not in " ".join(view.next_steps)


@pytest.mark.parametrize(
    ("language", "thanks"),
    [
        (
            "nl",
            "Dank u wel: u heeft alle termijnen van uw betalingsregeling met Incasso B.V. betaald. Er staat nog "
            "EUR\u00a0187,50 open; dat vraagt Incasso B.V. u te betalen.",
        ),
        (
            "en",
            "Thank you: you paid all the instalments of your payment plan with Incasso B.V. EUR\u00a0187.50 is still "
            "open, which Incasso B.V. will ask you to pay.",
        ),
    ],
)
def test_the_agency_s_plan_completed_is_thanked_for_not_told_we_did_not_receive_the_whole_amount(
    tmp_path, language, thanks
):
    """All the instalments of the plan agreed with the agency paid, 187.50 of costs left: the page opened with the
    handover's message, 'Wij hebben nog niet het hele bedrag ontvangen. Daarom hebben wij uw dossier overgedragen',
    and said no thanks. Now it thanks, as our own plan's page does, and names the agency as the one who asks the
    rest and the one to call (message plan_kept_agency, {handler} filled in)."""
    claim, _, view = view_of(
        tmp_path, DUE + days(106), language=language, events=AGENCY_PLAN_EVENTS, payments=AGENCY_PLAN_PAID
    )
    assert (claim.status, claim.stage, claim.plan.state, claim.total_due) == (
        "active",
        "handover",
        "completed",
        D("187.50"),
    )
    assert view.message_key == "plan_kept_agency" and view.message_values["handler"] == "Incasso B.V."
    assert view.message_fallback == "handover"  # a site without the text shows what it did
    assert thanks in view.summary.lines
    assert view.summary.lead is not None and "Incasso B.V." in " ".join(view.summary.lead.lines)
    message = (REPO / "content" / "messages" / language / "plan_kept_agency.md").read_text(encoding="utf-8")
    assert "{handler}" in message and "{not_received}" not in message


# Since the handover 600.00 promised to the agency by 20 April, paid on the 19th: 837.50 left (the costs among it).
AGENCY_PROMISE_EVENTS = notice_on(DUE + days(30)) + [
    event(DUE + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00"),
    event(DUE + days(65), "promise", promised_date=DUE + days(75), amount=D("600.00")),
]
AGENCY_PROMISE_PAID = [payment(date=DUE + days(74), amount=D("600.00"))]


@pytest.mark.parametrize(
    ("language", "thanks"),
    [
        (
            "nl",
            "Dank u wel: u heeft betaald wat u Incasso B.V. had toegezegd, EUR\u00a0600,00 uiterlijk 20 april 2026. Er "
            "staat nog EUR\u00a0837,50 open; dat vraagt Incasso B.V. u te betalen.",
        ),
        (
            "en",
            "Thank you: you paid what you promised Incasso B.V., EUR\u00a0600.00 by 20 April 2026. EUR\u00a0837.50 is "
            "still open, which Incasso B.V. will ask you to pay.",
        ),
    ],
)
def test_a_promise_kept_to_the_agency_is_thanked_for_and_its_rest_is_the_agency_s_to_ask(tmp_path, language, thanks):
    """A promise of part made with the agency since the handover, kept: the page opened with the handover's message,
    'Wij hebben nog niet het hele bedrag ontvangen. Daarom hebben wij uw dossier overgedragen', and said no thanks.
    Now it thanks, as for the agency's plan kept, and names the agency as the one who asks the rest and the one to
    call (message promise_kept_agency, {handler} filled in); a site without the text shows what it did."""
    claim, _, view = view_of(
        tmp_path, DUE + days(76), language=language, events=AGENCY_PROMISE_EVENTS, payments=AGENCY_PROMISE_PAID
    )
    assert (claim.status, claim.stage, claim.promise.state) == ("active", "handover", "kept")
    assert view.message_key == "promise_kept_agency" and view.message_values["handler"] == "Incasso B.V."
    assert view.message_fallback == "handover"
    assert thanks in view.summary.lines
    assert view.summary.lead is not None and "Incasso B.V." in " ".join(view.summary.lead.lines)
    message = (REPO / "content" / "messages" / language / "promise_kept_agency.md").read_text(encoding="utf-8")
    assert "{handler}" in message and "{not_received}" not in message


def test_a_promise_of_the_whole_kept_to_the_agency_is_thanked_for_in_the_agency_s_name(tmp_path):
    """Kept, a promise of the whole made with the agency leaves its interest: the page said our own 'Dank u wel dat u
    zich aan onze afspraak heeft gehouden ... neem gerust contact met ons op' (remainder): the agreement and what is
    left are the agency's. A site without the new text shows remainder, as before."""
    events = [*AGENCY_PROMISE_EVENTS[:-1], event(DUE + days(65), "promise", promised_date=DUE + days(75))]
    whole = dossier(tmp_path, events=events, interest="statutory")(DUE + days(65))[0].total_due
    paid = [payment(date=DUE + days(74), amount=whole)]
    claim, _, view = view_of(tmp_path / "kept", DUE + days(76), events=events, payments=paid, interest="statutory")
    assert claim.promise.state == "kept" and claim.remainder_after_agreement and claim.total_due > 0
    assert (view.message_key, view.message_fallback) == ("promise_kept_agency", "remainder")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_broken_promise_is_said_at_the_top_until_the_next_letter(tmp_path, language):
    promised = DUE + days(20)
    events = [event(DUE + days(1), "reminder"), event(DUE + days(5), "promise", promised_date=promised)]
    claim, _, view = view_of(tmp_path, promised + days(1), language=language, events=events)
    assert claim.promise.state == "broken"
    said = LABELS[language]["promise_broken_lead"].format(date=fmt.day(promised, fmt.Language(language)))
    assert said in view.summary.lines
    after = [*events, event(promised + days(2), "dunning")]
    later = view_of(tmp_path / "later", promised + days(3), language=language, events=after)[2]
    assert said not in later.summary.lines  # the dunning letter told what follows


@pytest.mark.parametrize(
    ("language", "paid", "said"),
    [
        ("nl", None, "Die betaling hebben wij niet ontvangen."),
        ("nl", D("300.00"), "Die betaling hebben wij niet helemaal ontvangen."),
        ("en", None, "We have not received that payment."),
        ("en", D("300.00"), "We have not received all of that payment."),
    ],
)
def test_a_broken_promise_says_whether_part_of_it_came_in(tmp_path, language, paid, said):
    """The page said "Die betaling hebben wij niet (helemaal) ontvangen", "We have not received (all of) that payment": the
    file knows which. A part paid towards the promise in its window: not all of it; nothing: not that payment."""
    promised = DUE + days(20)
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(5), "promise", promised_date=promised, amount=D("800.00")),
    ]
    payments = [payment(date=DUE + days(10), amount=paid)] if paid else []
    claim, _, view = view_of(tmp_path, promised + days(1), language=language, events=events, payments=payments)
    assert claim.promise.state == "broken" and claim.promise.paid == (paid or 0)
    lead = next(line for line in view.summary.lines if line.startswith(("U had toegezegd", "You promised")))
    assert said in lead
    assert "(" not in lead


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Bent u het niet eens met uw andere factuur? Laat het ons weten"),
        ("en", "If you disagree with your other invoice, let us know"),
    ],
)
def test_a_page_beside_an_invoice_disputed_apart_asks_about_the_other_one(tmp_path, language, said):
    """F-B disputed apart, F-A chased: the dunning message asked "Bent u het niet eens met de factuur?", as if the
    debtor had said nothing. The top says "Het bedrag hierboven is voor uw andere factuur": so does the message."""
    invoices = [invoice(number="F-A"), invoice(number="F-B", amount=D("500.00"))]
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(10), "dispute", reason="Niet besteld", invoices=["F-B"]),
        event(DUE + days(15), "dunning"),
    ]
    claim, _, view = view_of(tmp_path, DUE + days(16), language=language, invoices=invoices, events=events)
    assert claim.disputed_apart and view.message_key == "dunning"
    assert view.message_values["the_invoice"] == {"nl": "uw andere factuur", "en": "your other invoice"}[language]
    message = (REPO / "content" / "messages" / language / "dunning.md").read_text(encoding="utf-8")
    assert said in message.format(**view.message_values)


def test_a_plan_in_arrears_says_what_is_left_when_the_missed_instalment_is_paid_now(tmp_path):
    # PLAN (500.00 on day 30, 750.00 on day 60), nothing paid by day 35: paid now, 4.79 of interest first
    # (1,250.00 over 35 days at 4 %), then 2.07 over the 754.79 left until day 60: 6.86 is left.
    plan = [event(DUE + days(1), "arrangement", installments=PLAN)]
    claim, creditor, view = view_of(tmp_path / "missed", DUE + days(35), interest="statutory", events=plan)
    assert claim.running_plan.state == "in_arrears" and plan_rest(creditor, claim) == D("6.86")
    assert view.next_steps[-1] == (
        "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Betaalt u de gemiste "
        f"termijn nu en de volgende op tijd? Dan staat er na uw laatste termijn, op {fmt.day(DUE + days(60))}, naar "
        f"verwachting nog {fmt.money(D('6.86'))} open. Vandaag is dat EUR\xa04,79; de rente tot dan komt erbij. Voor "
        "dat kleine bedrag krijgt u daarna een vriendelijke herinnering, met het precieze bedrag. Wilt u er liever "
        "meteen vanaf zijn? Tel het dan op bij uw laatste termijn."
    )
    # Past the last instalment's day: what is left once all of it is paid now (9.59: 70 days over 1,250.00).
    claim, creditor, view = view_of(tmp_path / "past", DUE + days(70), interest="statutory", events=plan)
    assert plan_rest(creditor, claim) == D("9.59")
    assert view.next_steps[-1].endswith(
        f"Betaalt u nu wat er van uw termijnen nog openstaat, dan blijft er naar verwachting "
        f"{fmt.money(D('9.59'))} open. Voor dat kleine bedrag krijgt u daarna een vriendelijke herinnering, met het "
        "precieze bedrag. Wilt u er liever meteen vanaf zijn? Betaal het dan nu, samen met wat er van uw termijnen "
        "openstaat."
    )


def test_a_plan_whose_final_notice_is_the_next_step_promises_no_rest(tmp_path):
    # The instalment's reminder went unanswered: the final notice asks everything overdue, so the page does not
    # say what the plan would leave if it were paid (the letter of that day says otherwise).
    events = [
        event(DUE + days(2), "reminder"),
        event(DUE + days(16), "dunning"),
        event(DUE + days(20), "arrangement", installments=PLAN),
        event(DUE + days(32), "reminder"),  # the missed instalment's reminder
    ]
    claim, _, view = view_of(tmp_path, DUE + days(46), interest="statutory", events=events)
    assert claim.next_action.kind == "final_notice"
    assert view.next_steps[-1] == LABELS["nl"]["interest_runs"]
    assert not any("naar verwachting" in line for line in view.next_steps)


def test_a_plan_for_part_of_the_claim_past_its_last_day_says_what_paying_now_leaves(tmp_path):
    # While the bank statements read end before the last instalment's day, the plan still looks on schedule
    # and its page says what it leaves: counted to today, not "after your last instalment (a day gone by)".
    from incasso.statement.steps import plan_coverage

    part = [{"due": DUE + days(30), "amount": D("250.00")}, {"due": DUE + days(60), "amount": D("250.00")}]
    plan = [event(DUE + days(1), "arrangement", installments=part)]
    claim, creditor, _ = view_of(tmp_path, DUE + days(70), events=plan, interest="statutory")
    rest = plan_rest(creditor, claim)
    assert plan_coverage(claim, load_ledger(tmp_path / "ledger"), "nl") == [
        f"Uw termijnen dekken niet alles. Betaalt u nu wat er van uw termijnen nog openstaat? Dan blijft er naar "
        f"verwachting {fmt.money(rest)} open. Daarin zit de rente tot nu. Daarvoor sturen wij u daarna een "
        "herinnering. Wilt u dat anders regelen? Neem dan contact met ons op."
    ]


@pytest.mark.parametrize(
    "language, then",
    [
        (
            "nl",
            "Daarvoor sturen wij u dan een brief of een e-mail, met het bedrag op die dag. Betaalt u dat niet op "
            "tijd, dan is de volgende stap: wij kunnen uw dossier overdragen aan een incassobureau. Wilt u dat anders "
            "regelen? Neem dan contact met ons op.",
        ),
        (
            "en",
            "We will then send you a letter or an email for it, with the amount on that day. If you do not "
            "pay it in time, we may hand your file over to a collection agency. Would you rather arrange it "
            "differently? Please contact us.",
        ),
    ],
)
def test_a_plan_of_part_after_a_final_notice_s_term_says_the_handover_follows_it_not_a_reminder(
    tmp_path, language, then
):
    """The plan pays the invoice, not the costs its final notice's term brought: completed, what it leaves is asked
    by one letter, and only if that is not paid in time does it go on from the stage reached (claims.escalation):
    the page says so, with a way out, not "Staat er op 16 mei 2026 nog iets open? Dan ... incassobureau"."""
    claim, _, view = view_of(tmp_path, date(2026, 4, 1), language=language, events=PLAN_OF_PART)
    assert (claim.status, claim.running_plan.state) == ("arrangement", "on_schedule")
    coverage = [line for line in view.next_steps if "187" in line]
    assert len(coverage) == 1 and then in coverage[0]
    assert "herinnering" not in coverage[0] and "reminder" not in coverage[0]


@pytest.mark.parametrize(
    "language, then",
    [
        (
            "nl",
            "Daarvoor sturen wij u dan een brief of een e-mail, met het bedrag op die dag. Betaalt u dat niet op "
            "tijd, dan is de volgende stap: wij sturen u een laatste brief (sommatie).",
        ),
        (
            "en",
            "We will then send you a letter or an email for it, with the amount on that day. If you do not "
            "pay it in time, we will send you a final notice.",
        ),
    ],
)
def test_a_plan_of_part_after_a_dunning_letter_names_the_final_notice_for_what_it_leaves(tmp_path, language, then):
    part = [{"due": DUE + days(40), "amount": D("500.00")}, {"due": DUE + days(60), "amount": D("500.00")}]
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "arrangement", installments=part),
    ]
    _, _, view = view_of(tmp_path, DUE + days(25), language=language, events=events)
    lang = fmt.Language(language)
    coverage = [line for line in view.next_steps if fmt.money(D("250"), lang) in line]
    assert len(coverage) == 1 and then in coverage[0]


# -- a credit that may be a double count -------------------------------------------------------------------


def bank_view(tmp_path, language: str, hand: dict, as_of: date):
    """The page of a debtor whose bank credit of 1250.00 (R1, the day after the due date) names them,
    beside `hand`, a payment written in their file."""
    from incasso.bank.books import read_books
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

    debtor = valid_debtor(id="D-1", language=language, payments=[hand])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    booked = Booking("1250.00", DUE + days(1), ref="R1", scor=rf_reference("D-1"))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [booked])})
    ledger = read_books(root, as_of).ledger
    return statement_view(assess(ledger, ledger.debtors[0], as_of), ledger)


def test_a_credit_that_may_count_a_payment_twice_is_not_promised_back(tmp_path):
    # Written by hand and in the bank: both count until staff say which, and the overview tells them to
    # check before refunding. The page says the payments are being checked, not that money comes back.
    as_of = DUE + days(10)
    hand = payment(date=DUE + days(1), amount=D("1250.00"))
    nl, en = (bank_view(tmp_path / lang, lang, hand, as_of) for lang in ("nl", "en"))
    assert nl.credit == (
        "Wij kijken uw betalingen nog na. Heeft u meer betaald dan nodig was, dan storten wij het verschil terug op "
        "de rekening waarvan u heeft betaald."
    )
    assert [row.applied for row in nl.payments][-1] == ("nog na te kijken: 1.250,00",)
    assert "te veel" not in str(asdict(nl))
    assert en.credit == (
        "We are still checking your payments. If you paid more than was needed, we will refund the difference to "
        "the account you paid from."
    )
    assert "too much" not in str(asdict(en))
    # Once staff say it is that payment (bank_ref, the bank's day), it counts once: nothing paid too much.
    named = bank_view(tmp_path / "named", "nl", {**hand, "bank_ref": "R1"}, as_of)
    assert named.credit is None and len(named.payments) == 1


def test_a_refund_that_came_back_is_not_said_to_be_paid_back(tmp_path):
    from incasso.bank.books import read_books
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

    refund = event(DUE + days(4), "refund", amount=D("10.00"))
    pages = {}
    for lang in ("nl", "en"):
        debtor = valid_debtor(
            id="D-1", language=lang, payments=[payment(date=DUE, amount=D("1260.00"))], events=[refund]
        )
        root = write_ledger(tmp_path / lang, creditor=valid_creditor(interest="none"), debtors=[debtor])
        # Our transfer of the refund, and the debtor's bank sending it back (the account is closed).
        out = Booking("10.00", DUE + days(4), credit=False, ref="OUT1", end_to_end="REFUND-1")
        back = Booking("10.00", DUE + days(6), ref="BACK1", return_reason="AC04", end_to_end="REFUND-1")
        write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [out, back])})
        ledger = read_books(root, DUE + days(10)).ledger
        pages[lang] = statement_view(assess(ledger, ledger.debtors[0], DUE + days(10)), ledger)
    assert pages["nl"].credit == (
        f"U had te veel betaald. Op 8 februari 2026 hebben wij u {fmt.money(D('10'))} teruggestort, maar uw bank "
        "stuurde het terug. Laat u ons weten op welke rekening wij het kunnen terugstorten? Bel of mail ons dan."
    )
    assert pages["en"].credit == (
        "You had paid too much. On 8 February 2026 we paid EUR\xa010.00 back to you, but your bank sent it back. "
        "Please let us know which account we can refund it to: call or email us."
    )
    # Not "nothing to do": we need their account.
    assert pages["nl"].next_steps == ("Wij hebben alleen nog uw rekeningnummer nodig, zie hieronder.",)


def test_a_notice_posted_after_its_letter_s_date_is_named_by_the_letter_s_date_and_its_newer_invoice_apart(tmp_path):
    # The letter of 2 October asked for F-7; F-8 fell due on 5 October, before it went on 8 October.
    invoices = [
        invoice(number="F-7", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=D("300.00")),
        invoice(number="F-8", date=date(2026, 9, 5), due=date(2026, 10, 5), amount=D("200.00")),
    ]
    notice = event(date(2026, 10, 8), "final_notice", written=date(2026, 10, 2), costs=D("45.00"))
    _, _, view = view_of(tmp_path, date(2026, 10, 12), interest="statutory", invoices=invoices, events=[notice])
    said = " ".join(view.next_steps) + " " + view.costs
    assert "onze sommatie van 2 oktober 2026" in said and "8 oktober 2026" not in said
    assert "daarin staat ook wat niet in die sommatie stond" in said  # the top asks F-8 too, not only interest


@pytest.mark.parametrize(
    "address, shown", [(["Rue de la Loi 16", "1000 Bruxelles"], "+31 30 123 45 67"), (None, "030 123 45 67")]
)
def test_a_debtor_abroad_reads_the_desk_s_number_with_the_country_code(tmp_path, address, shown):
    # "030 123 45 67" dialled in Belgium is a Belgian number; the tel: link is right either way, paper is not.
    changes = {"contact.address": address} if address else {}
    desk = {**VALID_CREDITOR["contact"], "phone": "030 123 45 67"}
    _, _, view = view_of(tmp_path, DUE + days(5), creditor_changes={"contact": desk}, **changes)
    assert view.contact.phone == shown
    assert view.contact.tel == "tel:+31301234567"
    other = "030 123 45 67" if address else "+31 30 123 45 67"
    assert other not in repr(view)


@pytest.mark.parametrize(
    ("lang", "address", "said"),
    [
        # The final notice goes on Tuesday 1 December 2026 (after a dunning letter of 17 November at home; posted to
        # Antwerp, of 5 November: its wait counts the 12 days it arrives later, claims.timing.step_after_letter).
        # To Antwerp: received Tuesday 15 December after 10 PostNL delivery days, 14 days to the 29th, costs from
        # the 30th; to a Dutch address: the 3rd and the 18th.
        ("nl", ["Meir 24", "2000 Antwerpen", "België"], "op zijn vroegst vanaf 30 december 2026."),
        ("en", ["Meir 24", "2000 Antwerpen", "België"], "charged no earlier than 30 December 2026."),
        ("nl", ["Dorpsstraat 1", "1234 AB Ergens"], "op zijn vroegst vanaf 18 december 2026."),
    ],
)
def test_the_costs_forecast_before_a_final_notice_posted_abroad_counts_the_days_abroad(tmp_path, lang, address, said):
    dunning = date(2026, 11, 5) if address[-1] == "België" else date(2026, 11, 17)
    events = [event(date(2026, 11, 3), "reminder"), event(dunning, "dunning")]
    late = invoice(date=date(2026, 10, 1), due=date(2026, 11, 1))
    changes = {"contact.address": address}
    _, _, view = view_of(tmp_path, date(2026, 11, 20), language=lang, events=events, invoices=[late], **changes)
    assert view.next_steps[1].endswith(said)


TWO_INVOICES = [invoice(number="F2026-0001"), invoice(number="F2026-0002", amount=D("800.00"))]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("stage", ["reminder", "handover", "legal"])
def test_the_way_out_asks_about_the_invoice_or_one_of_the_invoices_under_its_heading_too(tmp_path, lang, stage):
    """The box's heading says what its text asks: "Niet eens met een factuur" above "Klopt een factuur niet"
    (it said "de factuur" above a table of three); after a handover or a legal step too."""
    who = {
        "handover": dict(agency="Incasso B.V.", agency_phone="+31 30 298 40 00"),
        "legal": dict(bailiff="Gerechtsdeurwaarder Dam", bailiff_phone="+31 30 298 40 01"),
    }
    step = [event(DUE + days(1), "reminder")] + ([event(DUE + days(30), stage, **who[stage])] if stage in who else [])
    for invoices, many in (([invoice()], ""), (TWO_INVOICES, "_many")):
        _, _, view = view_of(tmp_path / many, DUE + days(31), language=lang, invoices=invoices, events=step)
        labels = LABELS[lang]
        assert view.dispute.heading == labels[f"h_dispute{many}"]
        key = "dispute_text" if stage == "reminder" else f"dispute_text_{stage}"
        assert view.dispute.text == labels[f"{key}{many}"].format(agency="Incasso B.V.")


@pytest.mark.parametrize(
    "lang, one, several",
    [("nl", "de factuur zelf", "de facturen zelf"), ("en", "the invoice itself", "the invoices themselves")],
)
def test_after_a_handover_the_contact_is_for_a_question_about_the_invoices_themselves(tmp_path, lang, one, several):
    """The agency takes the payment, the desk questions about the invoices the page is about: as many as are open."""
    agency = dict(agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
    step = [event(DUE + days(1), "reminder"), event(DUE + days(30), "handover", **agency)]
    paid_one = [payment(date=DUE - days(3), amount=D("1250.00"))]
    for invoices, payments, words in (
        (TWO_INVOICES, [], several),
        (TWO_INVOICES, paid_one, one),
        ([invoice()], [], one),
    ):
        folder = tmp_path / f"{len(invoices)}{len(payments)}"
        _, _, view = view_of(folder, DUE + days(31), language=lang, invoices=invoices, payments=payments, events=step)
        assert words in view.contact.intro


@pytest.mark.parametrize(
    "lang, one, several", [("nl", "deze factuur", "deze facturen"), ("en", "this invoice", "these invoices")]
)
def test_the_message_names_the_invoices_asked_for_not_one_still_to_fall_due(tmp_path, lang, one, several):
    """The overdue message, "De betaaltermijn van {this_invoice} is voorbij": with one invoice overdue and one
    not yet due the page asks for the first (the other apart, with its date), so "deze factuur"; with both
    overdue, "deze facturen"; with neither due yet, both."""
    later = invoice(number="F2026-0002", date=DUE, due=DUE + days(40), amount=D("800.00"))
    overdue = invoice(number="F2026-0002", date=DUE, due=DUE + days(5), amount=D("800.00"))
    for invoices, as_of, words in (
        ([invoice(), later], DUE + days(10), one),
        ([invoice(), overdue], DUE + days(10), several),
        ([invoice(), later], DUE - days(1), several),
    ):
        folder = tmp_path / f"{len(words)}{as_of}"
        claim, _, view = view_of(folder, as_of, language=lang, invoices=invoices)
        assert view.message_values["this_invoice"] == words, (claim.stage, as_of)


@pytest.mark.parametrize(
    "language, said",
    [
        (
            "nl",
            "Heeft u uiterlijk 18 maart 2026 niet {left} betaald? Dan komen er ten hoogste {costs} incassokosten bij. "
            "Uw termijnen alleen houden die niet tegen.",
        ),
        (
            "en",
            "If you have not paid {left} by 18 March 2026, collection costs of at most {costs} are added. "
            "Your instalments alone do not stop them.",
        ),
    ],
)
def test_a_plan_in_the_final_notices_term_names_its_costs_as_at_most_what_is_left_brings(tmp_path, language, said):
    """A part paid in the term lowers the costs (recomputed on what remains): "Dan komen er EUR 187,50
    incassokosten bij" was untrue of a debtor who pays the 500.00 instalment by then (112.50 over the 750.00 left),
    while the costs paragraph says a part lowers them. The top names the most they can be, over what is open now:
    after 300.00 paid on 10 March, 142.50 over the 950.00 left."""
    plan = [{"due": SUNDAY + days(14), "amount": D("500.00")}, {"due": SUNDAY + days(55), "amount": D("750.00")}]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=plan)]
    claim, _, view = view_of(tmp_path, SUNDAY + days(5), events=events, language=language)
    money = partial(fmt.money, lang=language)
    assert view.summary.lines[1] == said.format(left=money(AMOUNT), costs=money(D("187.50")))
    paid = [payment(date=SUNDAY + days(9), amount="300.00")]
    claim, _, view = view_of(tmp_path / "paid", SUNDAY + days(11), events=events, language=language, payments=paid)
    assert claim.costs.amount == collection_costs(D("950.00")) == D("142.50")
    assert view.summary.lines[1] == said.format(left=money(D("950.00")), costs=money(D("142.50")))


def test_costs_at_the_scale_s_minimum_are_named_as_they_are(tmp_path):
    """200.00 owed: the costs are the minimum, EUR 40,00, whatever part is paid (law.costs.lowered_by_a_part)."""
    plan = [{"due": SUNDAY + days(14), "amount": D("100.00")}, {"due": SUNDAY + days(55), "amount": D("100.00")}]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=plan)]
    _, _, view = view_of(tmp_path, SUNDAY + days(5), events=events, **{"invoices[0].amount": "200.00"})
    assert "Dan komen er EUR\xa040,00 incassokosten bij." in view.summary.lines[1]


# -- other sentences that name a final notice by e-mail -----------------------------------------------------------

COSTS_NOW_EMAILED = {
    "nl": "De termijn van onze sommatie per e-mail van 1 maart 2026 is voorbij. Daarom rekenen wij EUR\xa0187,50 "
    "incassokosten.",
    "en": "The deadline in our final notice, sent by email, has passed; the notice is dated 1 March 2026. We are "
    "therefore charging EUR\xa0187.50 in collection costs.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_costs_charged_after_an_e_mailed_notice_name_it_an_e_mail(tmp_path, language):
    """The page said "De termijn van onze laatste brief (sommatie) van 1 maart 2026 is voorbij" of an e-mail."""
    claim, _, view = view_of(
        tmp_path, date(2026, 3, 20), events=notice_on(SUNDAY, "email"), language=language, **AGREED
    )
    assert claim.costs.state == "charged"
    assert view.next_steps[0].startswith(COSTS_NOW_EMAILED[language])


def test_costs_charged_after_a_posted_notice_name_its_date_as_the_notice_s_not_the_deadline_s(tmp_path):
    """s54: "The deadline set by our final notice on 1 March 2026 has passed" read as if the deadline had been that
    day; the Dutch says "De termijn van onze laatste brief (sommatie) van 1 maart 2026 is voorbij"."""
    claim, _, view = view_of(tmp_path, date(2026, 3, 20), events=notice_on(SUNDAY), language="en")
    assert claim.costs.state == "charged"
    assert view.next_steps[0].startswith(
        "The deadline in our final notice has passed; the notice is dated 1 March 2026. We are therefore charging "
    )


DISPUTE_TERM_EMAILED = {
    "nl": "Let op: de termijn van onze sommatie per e-mail loopt wel door. U kunt betalen tot en met 16 maart 2026.",
    "en": "Please note: the deadline in our final notice, sent by email, still applies. Your last day to pay is "
    "16 March 2026.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dispute_in_the_term_of_an_e_mailed_notice_names_it_an_e_mail(tmp_path, language):
    """The dispute's lead said "de termijn van onze laatste brief (sommatie) loopt wel door" of an e-mail."""
    # Session 41: of a dispute of the whole claim, the costs wait for the answer, and the line is not said.
    events = notice_on(SUNDAY, "email") + [event(SUNDAY + days(3), "dispute", reason="Niet besteld")]
    claim, _, view = view_of(tmp_path, SUNDAY + days(4), events=events, language=language, **AGREED)
    assert claim.status == "dispute" and claim.costs.waiting is not None
    assert not any(line.startswith(DISPUTE_TERM_EMAILED[language][:20]) for line in view.summary.lead.lines)


UNSEEN_EMAILED = {
    "nl": "De termijn van onze sommatie per e-mail liep tot en met 16 maart 2026. Die termijn is voorbij.",
    "en": "The deadline in our final notice, sent by email, was 16 March 2026. That deadline has passed.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_term_past_while_the_statements_lag_names_an_e_mailed_notice_an_e_mail(tmp_path, language):
    """The top said "De betaaltermijn van onze laatste brief (sommatie) liep tot en met ..." of an e-mail."""
    from dataclasses import replace

    ledger = one_debtor_ledger(tmp_path, language=language, events=notice_on(SUNDAY, "email"), **AGREED)
    early = replace(ledger, bank_until=date(2026, 3, 13))
    claim = assess(early, early.debtors[0], date(2026, 3, 17))
    assert claim.term_unseen == date(2026, 3, 16)
    assert statement_view(claim, early).summary.lines[1].startswith(UNSEEN_EMAILED[language])


STATED_EMAILED = {
    "nl": "Wij rekenen EUR\xa0100,00 incassokosten: het bedrag dat onze sommatie per e-mail noemde.",
    "en": "We charge EUR\xa0100.00 in collection costs: the amount our final notice, sent by email, stated.",
}
UNSEEN_PAID_EMAILED = {
    "nl": "Heeft u uiterlijk 16 maart 2026 betaald wat onze sommatie per e-mail vroeg, maar na 10 maart 2026?",
    "en": "You had until 16 March 2026 to pay what our final notice, sent by email, asked. If you paid it by then, but "
    "after 10 March 2026, we have not processed that payment yet.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_costs_an_e_mailed_notice_stated_name_it_an_e_mail(tmp_path, language):
    """Costs as an e-mailed notice stated them were "het bedrag dat onze laatste brief (sommatie) noemde", and a
    payment in its term not read yet "betaald wat onze laatste brief vroeg"."""
    from dataclasses import replace

    from incasso.statement.steps import costs_unseen_lead
    from incasso.statement.tables import costs_text

    events = LETTERS_BEFORE + [event(SUNDAY, "final_notice", channel="email", costs=D("100.00"))]
    claim, creditor, view = view_of(tmp_path, date(2026, 4, 30), events=events, language=language, **AGREED)
    assert claim.costs.capped_from is not None
    assert view.costs.startswith(STATED_EMAILED[language])
    unseen = replace(claim, payments_until=date(2026, 3, 10))
    assert UNSEEN_PAID_EMAILED[language] in costs_text(unseen, creditor, language)
    (lead,) = costs_unseen_lead(unseen, language)  # beside the amount at the top, as the costs paragraph
    assert ("wat onze sommatie per e-mail vroeg" if language == "nl" else "our final notice, sent by email,") in lead


# -- a plan's and a final notice's costs, said in the right number and tense -----------------------------------------


ONE_ALONE = {
    "nl": "Heeft u uiterlijk 18 maart 2026 niet {all} betaald? Dan komen er ten hoogste {costs} incassokosten bij. "
    "Uw termijn alleen houdt die niet tegen.",
    "en": "If you have not paid {all} by 18 March 2026, collection costs of at most {costs} are added. Your instalment "
    "alone does not stop them.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_one_instalment_in_the_term_says_its_instalment_alone_does_not_stop_the_costs(tmp_path, language):
    """One instalment, due after the final notice's last day (18 March): the top said "Uw termijnen alleen houden
    die niet tegen" ("Your instalments alone") of a plan that has one."""
    plan = [{"due": SUNDAY + days(25), "amount": AMOUNT}]
    events = notice_on(SUNDAY) + [event(SUNDAY + days(4), "arrangement", installments=plan)]
    claim, _, view = view_of(tmp_path, SUNDAY + days(5), events=events, language=language)
    assert claim.plan.state == "on_schedule" and claim.costs.state == "announced"
    money = partial(fmt.money, lang=language)
    said = ONE_ALONE[language].format(all=money(AMOUNT), costs=money(claim.costs.amount))
    assert view.summary.lines[-1] == said


UNSEEN_AFTER_TERM = {
    "nl": "Had u toen niet {all} betaald? Dan zijn er vanaf {owed_from} incassokosten van ten hoogste {costs} "
    "verschuldigd. Betalingen van na {paid_until} hebben wij nog niet verwerkt.",
    "en": "If you had not paid {all} by then, collection costs of at most {costs} are owed from {owed_from}. We have "
    "not yet processed payments made after {paid_until}.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_beside_a_term_past_while_the_statements_lag_says_its_costs_in_one_tense(tmp_path, language):
    """ "Had u toen niet ... betaald? Dan komen er ... incassokosten bij": a past condition with a consequence still
    to come. Read after the term, the costs are owed from the day after it if it was not paid: said so."""
    from dataclasses import replace

    notice = DUE + days(20)
    first = one_debtor_ledger(tmp_path / "a", events=[event(notice, "final_notice")])
    owed_from = assess(first, first.debtors[0], notice).costs.owed_from
    promise = event(notice + days(3), "promise", promised_date=owed_from + days(6))
    ledger = one_debtor_ledger(tmp_path / "b", events=[event(notice, "final_notice"), promise], language=language)
    early = replace(ledger, bank_until=owed_from - days(4))
    claim = assess(early, early.debtors[0], owed_from + days(1))
    assert claim.term_unseen == owed_from - days(1)
    money, day = partial(fmt.money, lang=language), partial(fmt.day, lang=language)
    said = UNSEEN_AFTER_TERM[language].format(
        all=money(AMOUNT),
        costs=money(claim.costs.amount),
        owed_from=day(owed_from),
        paid_until=day(owed_from - days(4)),
    )
    assert any(line.endswith(said) for line in statement_view(claim, early).summary.lines)


POSTPONED = {"until": date(2026, 5, 25), "reason": "De klant belt eind mei terug."}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("as_of", [date(2026, 5, 13), date(2026, 5, 25)], ids=["before", "on the day"])
def test_a_postponed_letter_for_the_rest_of_a_plan_of_part_still_says_what_follows_it_from_its_new_day(
    tmp_path, language, as_of
):
    """The letter for what a completed plan of part left (due 16 May) postponed by staff to 25 May: the page said
    "Dan sturen wij u een betalingsherinnering" by 24 May, as if the steps began again. It gives the day that
    letter will give (25 May + the reminder's term) and what follows it unpaid, the handover, as unpostponed."""
    events = [*PLAN_OF_PART, event(date(2026, 5, 13), "postpone", **POSTPONED)]
    claim, _, view = view_of(tmp_path, as_of, language=language, events=events, payments=PLAN_OF_PART_PAID)
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", date(2026, 5, 25))
    assert claim.next_action.postponed is not None
    assert view.message_key == "plan_kept"
    by = fmt.day(date(2026, 6, 7), language)  # 25 May + 14 days - 1
    assert view.summary.lines[0].endswith(
        f"Wilt u dit bedrag uiterlijk {by} betalen?" if language == "nl" else f"Please pay it by {by}."
    )
    steps = " ".join(view.next_steps)
    assert ("incassobureau" if language == "nl" else "collection agency") in steps
    assert by in steps
    assert "herinnering" not in steps and "reminder" not in steps


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_postponed_letter_for_the_rest_of_a_promise_of_part_still_says_what_follows_it(tmp_path, language):
    """The same after a kept promise of part, the final notice due by then: what follows the postponed letter is
    that notice, with its costs, by the day the letter gives; not "een betalingsherinnering", the letter itself."""
    until = DUE + days(35)
    events = [
        event(DUE + days(1), "reminder"),
        event(DUE + days(15), "dunning"),
        event(DUE + days(20), "promise", promised_date=DUE + days(30), amount=D("500.00")),
        event(DUE + days(31), "postpone", until=until, reason="Afgesproken met de klant."),
    ]
    payments = [payment(date=DUE + days(30), amount=D("500.00"))]
    claim, _, view = view_of(tmp_path, DUE + days(31), language=language, events=events, payments=payments)
    assert (claim.next_action.kind, claim.next_action.due) == ("reminder", until)
    assert view.message_key == "promise_kept"
    by = fmt.day(until + days(13), language)
    assert view.summary.lines[0].endswith(f"uiterlijk {by} betalen?" if language == "nl" else f"Please pay it by {by}.")
    steps = " ".join(view.next_steps)
    assert by in steps and ("sommatie" if language == "nl" else "final notice") in steps
    assert "herinnering" not in steps and "reminder" not in steps


# A final notice sent in the creditor's customer portal (`channel: portal`) arrives the day it is sent, as an e-mail
# (the rule stays), but it is no e-mail: the page said "een laatste e-mail", "onze sommatie per e-mail".
PORTAL_WORDS = {
    "nl": dict(
        a_notice="een laatste bericht in ons klantportaal",
        term="Onze sommatie van 1 maart 2026 in ons klantportaal geeft u veertien dagen om te betalen: “binnen veertien "
        "dagen na de dag waarop u dit bericht heeft ontvangen”. Dat bericht kwam bij u binnen op de dag dat wij het "
        "stuurden: 1 maart 2026. Uw laatste betaaldag is dus 16 maart 2026.",
        later="Kwam het bericht later binnen? Laat het ons weten: dan tellen wij de veertien dagen vanaf de dag nadat "
        "het binnenkwam.",
        costs="Nog niet in rekening gebracht. Onze sommatie van 1 maart 2026 in ons klantportaal kwam dezelfde dag "
        "bij u binnen: 1 maart 2026. Uw laatste betaaldag is dus 16 maart 2026.",
        unseen="De termijn van onze sommatie in ons klantportaal liep tot en met 16 maart 2026. Die termijn is voorbij.",
    ),
    "en": dict(
        a_notice="a final notice in our customer portal",
        term="Our final notice, sent in our customer portal on 1 March 2026, gives you fourteen days to pay: “within "
        "fourteen days after the day on which you received this message”. It reached you on the day we sent it: "
        "1 March 2026. Your last day to pay is therefore 16 March 2026.",
        later="Did the message reach you later? Please let us know: we will then count the fourteen days from the day "
        "after it arrived.",
        costs="Not charged yet. Our final notice, sent in our customer portal on 1 March 2026, reached you the same "
        "day: 1 March 2026. Your last day to pay is therefore 16 March 2026.",
        unseen="The deadline in our final notice, sent in our customer portal, was 16 March 2026. That deadline has "
        "passed.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_in_the_customer_portal_is_named_a_message_in_it_not_an_e_mail(tmp_path, language):
    words = PORTAL_WORDS[language]
    events = notice_on(SUNDAY, "portal")
    claim, _, view = view_of(tmp_path, SUNDAY + days(3), events=events, language=language, **AGREED)
    assert claim.costs.state == "announced" and claim.costs.owed_from == date(2026, 3, 17)  # the same day, as e-mail
    assert view.message_values["a_notice"] == words["a_notice"]
    assert view.next_steps[0] == words["term"]
    assert words["later"] in view.next_steps
    assert view.costs.startswith(words["costs"])
    said = " ".join((*view.summary.lines, *view.next_steps, view.costs, *view.message_values.values()))
    assert "e-mail" not in said and "email" not in said
    from dataclasses import replace

    ledger = one_debtor_ledger(tmp_path / "lag", language=language, events=events, **AGREED)
    early = replace(ledger, bank_until=date(2026, 3, 13))
    unseen = assess(early, early.debtors[0], date(2026, 3, 17))
    assert statement_view(unseen, early).summary.lines[1].startswith(words["unseen"])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dispute_in_the_term_of_a_notice_in_the_portal_names_that_notice_as_a_message_in_it(tmp_path, language):
    """{the_notice} of a page's message: "onze sommatie per e-mail" of a message in the portal."""
    events = [*notice_on(SUNDAY, "portal"), event(SUNDAY + days(3), "dispute", reason="Niet besteld")]
    _, _, view = view_of(tmp_path, SUNDAY + days(4), events=events, language=language, **AGREED)
    named = {"nl": "onze sommatie in ons klantportaal", "en": "our final notice in our customer portal"}
    assert view.message_values["the_notice"] == named[language]
    # Session 41: the costs of a dispute of the whole claim wait for the answer: the term is not said to run on.
    lead = " ".join(view.summary.lead.lines)
    assert {"nl": "loopt wel door", "en": "still applies"}[language] not in lead
