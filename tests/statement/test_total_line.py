"""The total's line below the figures (statement.tables.total_rows), on the page and in the letters alike: what
of the total is to pay by when, true in every state of a plan and of a promise.

The case is a newcomer's ledger (K-003 below, as they wrote it): 900.00 due 31 August 2026, statutory
interest, a plan of four instalments of 225.00 from 1 October, three of them paid. On 3 December the page
said "Er staat nu geen termijn open" and asked the last instalment by 1 January 2027, while the total read
"Totaal open (waarvan EUR 6,91 later te betalen)": the rest, EUR 225,00, as if due now.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.statement.tables import total_rows
from incasso.statement.view import statement_view
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, write_ledger

D = Decimal
NB = "\xa0"  # fmt.money's space between EUR and the amount

K_003 = """\
id: K-003
name: Fatma Yilmaz
type: consumer
language: {language}
contact:
  person: Fatma Yilmaz
  salutation: mevrouw Yilmaz
  email: f.yilmaz@example.nl
  phone: "06 23456789"
  address: [Kastanjestraat 21, 3814 EF Amersfoort]
invoices:
  - number: VD2026-0095
    date: 2026-08-01
    due: 2026-08-31
    amount: 900.00
    description: Behangwerk woonkamer
payments:
  - date: 2026-10-01
    amount: 225.00
  - date: 2026-11-01
    amount: 225.00
{december}events:
  - date: 2026-09-01
    type: reminder
    channel: email
    by: Petra
  - date: 2026-09-15
    type: call
    channel: phone
    by: Petra
    spoke_with: Fatma Yilmaz
    note: Kan niet in een keer betalen; regeling in 4 termijnen afgesproken.
  - date: 2026-09-15
    type: arrangement
    installments:
      - {{due: 2026-10-01, amount: 225.00}}
      - {{due: 2026-11-01, amount: 225.00}}
      - {{due: 2026-12-01, amount: 225.00}}
      - {{due: 2027-01-01, amount: 225.00}}
{more}"""
DECEMBER = "  - date: 2026-12-01\n    amount: 225.00\n"


def k_003(tmp_path, as_of, *, language="nl", paid_december=True, more=""):
    """The newcomer's K-003 as of `as_of` (the December instalment paid unless told), with `more` events."""
    december = DECEMBER if paid_december else ""
    debtor = K_003.format(language=language, december=december, more=more)
    ledger = load_ledger(write_ledger(tmp_path, debtors={"K-003.yaml": debtor}))
    return ledger, assess(ledger, ledger.debtors[0], as_of)


def total_line(ledger, claim):
    """The total's (label, amount) on the debtor's page."""
    total = statement_view(claim, ledger).totals[-1]
    return total.label, total.amount


@pytest.mark.parametrize(
    "language, label",
    [
        ("nl", f"Totaal open (waarvan EUR{NB}225,00 uiterlijk 1 januari 2027 en EUR{NB}6,91 later te betalen)"),
        ("en", f"Total outstanding (EUR{NB}225.00 of it due by 1 January 2027, EUR{NB}6.91 later)"),
    ],
)
def test_the_last_instalment_not_yet_due_is_named_with_its_day_not_left_as_due_now(tmp_path, language, label):
    ledger, claim = k_003(tmp_path, date(2026, 12, 3), language=language)
    assert claim.running_plan.due_now == 0 and amount_to_pay(claim) == D("225.00")
    assert claim.total_due == D("231.91")
    assert total_line(ledger, claim) == (label, "231,91" if language == "nl" else "231.91")


def test_a_next_instalment_not_yet_due_with_more_to_come_is_named_with_its_day(tmp_path):
    ledger, claim = k_003(tmp_path, date(2026, 11, 20), paid_december=False)
    later = claim.total_due - D("225.00")
    assert later > D("225.00")  # the January instalment, and what the plan leaves open
    assert total_line(ledger, claim)[0] == (
        f"Totaal open (waarvan EUR{NB}225,00 uiterlijk 1 december 2026 en {fmt.money(later)} later te betalen)"
    )


@pytest.mark.parametrize("as_of", [date(2026, 12, 1), date(2026, 12, 4)], ids=["due today", "overdue"])
def test_an_instalment_due_now_is_the_part_the_total_does_not_put_off(tmp_path, as_of):
    """Due today or missed: the page asks it now, and what the total says is to pay later is the rest."""
    ledger, claim = k_003(tmp_path, as_of, paid_december=False)
    assert amount_to_pay(claim) == D("225.00") and claim.running_plan.due_now == D("225.00")
    later = fmt.money(claim.total_due - D("225.00"))
    assert total_line(ledger, claim)[0] == f"Totaal open (waarvan {later} later te betalen)"


def test_a_plan_under_a_final_notice_asks_everything_overdue_so_nothing_of_the_total_is_later(tmp_path):
    notice = "  - date: 2026-12-15\n    type: final_notice\n"
    ledger, claim = k_003(tmp_path, date(2026, 12, 16), paid_december=False, more=notice)
    assert amount_to_pay(claim) == claim.total_due
    assert total_line(ledger, claim)[0] == "Totaal te betalen"


PROMISED = date(2026, 2, 28)


def promise_of_500(tmp_path, as_of, *before, language="nl"):
    """A consumer's 1,250.00 due 4 February 2026, reminded; 500.00 promised on 10 February by `PROMISED`."""
    promise = event(date(2026, 2, 10), "promise", promised_date=PROMISED, amount="500.00")
    ledger = one_debtor_ledger(
        tmp_path, language=language, events=[event(date(2026, 2, 5), "reminder"), *before, promise]
    )
    return ledger, assess(ledger, ledger.debtors[0], as_of)


@pytest.mark.parametrize(
    "language, label",
    [
        ("nl", f"Totaal open (waarvan EUR{NB}500,00 uiterlijk 28 februari 2026 en EUR{NB}750,00 later te betalen)"),
        ("en", f"Total outstanding (EUR{NB}500.00 of it due by 28 February 2026, EUR{NB}750.00 later)"),
    ],
)
def test_a_part_promised_is_named_with_the_day_promised(tmp_path, language, label):
    """It read "(waarvan EUR 750,00 later te betalen)": the 500.00 promised as if due now, not by the 28th."""
    ledger, claim = promise_of_500(tmp_path, date(2026, 2, 12), language=language)
    assert total_line(ledger, claim)[0] == label


def test_a_promised_day_past_not_yet_in_the_statements_read_is_asked_now(tmp_path):
    """The page asks the amount promised now ("betaal het dan nu"): the total puts only the rest off."""
    ledger = one_debtor_ledger(
        tmp_path,
        events=[
            event(date(2026, 2, 5), "reminder"),
            event(date(2026, 2, 10), "promise", promised_date=PROMISED, amount="500.00"),
        ],
    )
    claim = assess(ledger, ledger.debtors[0], PROMISED + days(3), seen_until=PROMISED - days(5))
    assert claim.status == "promise"
    assert total_line(ledger, claim)[0] == f"Totaal open (waarvan EUR{NB}750,00 later te betalen)"


def test_in_a_final_notice_s_term_a_promise_does_not_put_the_rest_off_to_later(tmp_path):
    """The top says the notice's costs come unless what it asks is paid by the term's last day, and the
    letter leaves out "Dat vragen wij u later": the total said "EUR 750,00 later te betalen" all the same."""
    ledger, claim = promise_of_500(tmp_path, date(2026, 2, 12), event(date(2026, 2, 6), "final_notice"))
    assert claim.costs.state == "announced"
    assert total_line(ledger, claim)[0] == "Totaal open"
    assert total_rows(claim, ledger.creditor, Language("en"))[-1].label == "Total outstanding"


def test_after_a_final_notice_s_term_the_rest_of_a_promise_of_part_is_asked_later_by_its_own_letter(tmp_path):
    """The term ended on 24 March (costs charged); 600.00 promised on 5 April by 15 April: kept, the rest is asked
    by one letter of its own from 16 April (claims.escalation.asks_the_rest), not handed over at once: it is later
    to pay, as the page's top says ("Daarvoor sturen wij u na 15 april 2026 een brief")."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 3, 6), "final_notice", channel="letter"),
        event(date(2026, 4, 5), "promise", promised_date=date(2026, 4, 15), amount="600.00"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 8))
    assert claim.costs.state == "charged"
    label = f"Totaal open (waarvan EUR{NB}600,00 uiterlijk 15 april 2026 en EUR{NB}837,50 later te betalen)"
    assert total_line(ledger, claim)[0] == label


def test_in_a_final_notice_s_term_a_plan_does_not_put_the_instalments_off_to_later(tmp_path):
    """The top says "Uw termijnen alleen houden die niet tegen": the later instalments are not merely later."""
    plan = [{"due": date(2026, 3, 1), "amount": D("400")}, {"due": date(2026, 4, 1), "amount": D("850")}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 20), "final_notice")]
    events.append(event(date(2026, 2, 25), "arrangement", installments=plan))
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 26))
    assert claim.status == "arrangement" and claim.costs.state == "announced"
    assert total_line(ledger, claim)[0] == "Totaal open"


# A promise made during a plan, to pay part of its arrears: 2,000.00 due 4 February, a plan of 600.00 by 1 March,
# 650.00 by 10 March and 750.00 by 10 April; on 5 March, the first missed, 300.00 promised by 20 March.
PLAN_OF_THREE = event(
    date(2026, 2, 10),
    "arrangement",
    installments=[
        {"due": date(2026, 3, 1), "amount": 600},
        {"due": date(2026, 3, 10), "amount": 650},
        {"due": date(2026, 4, 10), "amount": 750},
    ],
)


def promise_in_plan(tmp_path, as_of, amount="300.00", language="nl", **assessed):
    promise = event(date(2026, 3, 5), "promise", promised_date=date(2026, 3, 20), amount=amount)
    ledger = one_debtor_ledger(
        tmp_path,
        language=language,
        events=[event(date(2026, 2, 5), "reminder"), PLAN_OF_THREE, promise],
        invoices=[invoice(amount=D("2000.00"))],
    )
    return ledger, assess(ledger, ledger.debtors[0], as_of, **assessed)


@pytest.mark.parametrize(
    "language, label",
    [
        (
            "nl",
            f"Totaal open (waarvan EUR{NB}300,00 uiterlijk 20 maart 2026, EUR{NB}950,00 nu al "
            f"en EUR{NB}750,00 later te betalen)",
        ),
        (
            "en",
            f"Total outstanding (EUR{NB}300.00 of it due by 20 March 2026, EUR{NB}950.00 due now, EUR{NB}750.00 later)",
        ),
    ],
)
def test_a_promise_during_a_plan_does_not_put_its_overdue_instalments_off_to_later(tmp_path, language, label):
    """It read "waarvan EUR 300,00 uiterlijk 20 maart 2026 en EUR 1.700,00 later te betalen": 950.00 of that
    1,700.00 is what is left of the instalments of 1 and 10 March, overdue; only April's is later."""
    ledger, claim = promise_in_plan(tmp_path, date(2026, 3, 12), language=language)
    assert claim.status == "promise" and amount_to_pay(claim) == D("300.00")
    assert total_line(ledger, claim)[0] == label


def test_a_promise_of_all_the_arrears_puts_only_what_the_plan_asks_later_off(tmp_path):
    """1,250.00 promised, all that is overdue: the rest is April's instalment, truly later."""
    ledger, claim = promise_in_plan(tmp_path, date(2026, 3, 12), amount="1250.00")
    assert total_line(ledger, claim)[0] == (
        f"Totaal open (waarvan EUR{NB}1.250,00 uiterlijk 20 maart 2026 en EUR{NB}750,00 later te betalen)"
    )


def test_an_instalment_falling_due_before_the_promised_day_is_not_called_later(tmp_path):
    """On 6 March the 650.00 of 10 March is neither overdue nor later than the promise: the split is left out."""
    ledger, claim = promise_in_plan(tmp_path, date(2026, 3, 6), amount="600.00")
    assert total_line(ledger, claim)[0] == "Totaal open"


def test_a_promised_day_past_asked_now_puts_only_what_the_plan_asks_later_off(tmp_path):
    """The statements read end before the promised day: the page asks the 300.00 now; the other 950.00 of the
    instalments due is due now too, so the total puts off April's 750.00 only (it said 1,700.00)."""
    ledger, claim = promise_in_plan(tmp_path, date(2026, 3, 23), seen_until=date(2026, 3, 12))
    assert claim.status == "promise" and amount_to_pay(claim) == D("300.00")
    assert total_line(ledger, claim)[0] == f"Totaal open (waarvan EUR{NB}750,00 later te betalen)"
