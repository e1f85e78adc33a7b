"""A statement page read after a day it speaks of: the day is said in the past, and what the page asks now says
what follows from it (incasso.statement.steps).

One consumer invoice of 1250.00 due 4 February 2026 (tests.support.ledgers.valid_debtor), no interest, a final notice
posted 24 February; the bank statements read end three days before its term does (`bank_until`), so once the term is
over its costs stay announced (claim.term_unseen) and the page speaks of the term.
"""

from dataclasses import replace
from datetime import date

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.statement.labels import LABELS
from incasso.statement.view import statement_view
from tests.support.ledgers import days, event, one_debtor_ledger

DUE = date(2026, 2, 4)
NOTICE = DUE + days(20)


def _lagging(tmp_path, lang, agreed=None, **notice):
    """The ledger with the final notice, its bank statements ending three days before the notice's last day, and that
    day."""
    events = [event(NOTICE, "final_notice", **notice)]
    ledger = one_debtor_ledger(tmp_path, language=lang, events=events, **(agreed or {}))
    last_day = assess(ledger, ledger.debtors[0], NOTICE).costs.owed_from - days(1)
    return replace(ledger, bank_until=last_day - days(3)), last_day


PAST = {
    "nl": (
        "Onze laatste brief (sommatie) van {sent} gaf u veertien dagen om te betalen: “binnen veertien dagen na de "
        "dag waarop u deze brief heeft ontvangen”. Heeft u de brief op {received} ontvangen? Dan was uw laatste "
        "betaaldag {last_day}.",
        "Had u toen niet {amount} betaald? Dan zijn er vanaf {owed_from} incassokosten van {costs} verschuldigd.",
    ),
    "en": (
        "Our final notice of {sent} gave you fourteen days to pay: “within fourteen days after the day on which you "
        "received this letter”. If you received the letter on {received}, your last day to pay was {last_day}.",
        "If you had not paid {amount} by then, collection costs are owed from {owed_from}. They amount to {costs}.",
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("later", [1, 20])
def test_what_happens_next_says_a_final_notice_s_term_gone_by_in_the_past(tmp_path, lang, later):
    """D-1006 on 4 December, a final notice's term that ended on 2 December: "Wat gebeurt er nu?" said "Heeft u de
    brief op 18 november 2026 ontvangen? Dan is uw laatste betaaldag 2 december 2026." and "Heeft u dan niet ...
    betaald? Dan rekenen wij vanaf 3 december 2026 incassokosten", of days gone by. Now it says them in the past, as
    the costs paragraph below does."""
    ledger, last_day = _lagging(tmp_path, lang)
    claim = assess(ledger, ledger.debtors[0], last_day + days(later))
    assert (claim.term_unseen, claim.costs.state) == (last_day, "announced")
    steps = statement_view(claim, ledger).next_steps
    term, costs = PAST[lang]
    day = lambda d: fmt.day(d, lang)
    assert steps[0] == term.format(sent=day(NOTICE), received=day(NOTICE + days(2)), last_day=day(last_day))
    money = lambda a: fmt.money(a, lang)
    said = costs.format(
        amount=money(claim.total_due), owed_from=day(last_day + days(1)), costs=money(claim.costs.amount)
    )
    assert steps[1] == said
    assert not any("uw laatste betaaldag is" in s.lower() or "Heeft u dan niet" in s for s in steps)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_on_the_term_s_last_day_what_happens_next_still_says_it_in_the_present(tmp_path, lang):
    """On the last day itself the debtor can still pay: "Dan is uw laatste betaaldag", as before."""
    ledger, last_day = _lagging(tmp_path, lang)
    steps = statement_view(assess(ledger, ledger.debtors[0], last_day), ledger).next_steps
    assert steps[0].endswith(
        f"Dan is uw laatste betaaldag {fmt.day(last_day)}."
        if lang == "nl"
        else f"your last day to pay is {fmt.day(last_day, 'en')}."
    )


@pytest.mark.parametrize(
    ("channel", "said"), [("email", "Uw laatste betaaldag was dus"), ("letter", "Uw laatste betaaldag was dus")]
)
def test_an_e_mailed_or_told_term_gone_by_is_said_in_the_past_too(tmp_path, channel, said):
    """Each wording of the term (by e-mail, a day of receipt told) has its past."""
    fields = {"channel": channel} if channel == "email" else {"received": NOTICE + days(3)}
    agreed = {"contact.final_notice_by": "email"} if channel == "email" else None  # else it brings no costs
    ledger, last_day = _lagging(tmp_path, "nl", agreed, **fields)
    claim = assess(ledger, ledger.debtors[0], last_day + days(5))
    last_day = claim.costs.owed_from - days(1)  # a later day told moves it
    assert claim.term_unseen == last_day
    steps = statement_view(claim, ledger).next_steps
    assert steps[0].endswith(f"{said} {fmt.day(last_day)}.") and " gaf u veertien dagen" in steps[0]


TOP = {
    "nl": "Die termijn is voorbij. Daarom staan de incassokosten erbij.",
    "en": "That deadline has passed. That is why the collection costs are added.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_top_says_the_costs_come_of_the_term_gone_by_not_of_paying_now(tmp_path, lang):
    """D-1006's top said "Heeft u nog niet betaald? Betaal dan nu. Dan komen er wel EUR 201,84 incassokosten bij;
    die vragen wij apart.": as if paying now brought the costs; then (s38) the amount without them and the costs
    "apart" beside it, two payments and no total (s41). Now the top asks one number with the costs in it, says what
    it is made of, and that the term that passed is their cause."""
    ledger, last_day = _lagging(tmp_path, lang)
    claim = assess(ledger, ledger.debtors[0], last_day + days(1))
    top = statement_view(claim, ledger).summary
    assert top.amount == fmt.money(claim.total_due + claim.costs.amount, lang)
    made_of, why, unseen = top.lines
    assert fmt.money(claim.costs.amount, lang) in made_of and TOP[lang] in why
    assert "apart" not in " ".join(top.lines) and "separately" not in " ".join(top.lines)
    assert LABELS[lang]["part_lowers"] not in " ".join(top.lines)


UNSEEN = {
    "nl": "Betalingen van na {until} hebben wij nog niet verwerkt. Heeft u op tijd betaald? Dan hoeft u niets te doen.",
    "en": "We have not yet processed payments made after {until}. If you paid in time, you do not need to do anything.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("events", [[], [event(DUE + days(1), "reminder")]], ids=["due", "reminder"])
def test_a_due_day_after_the_last_bank_statement_is_not_said_unpaid(tmp_path, lang, events):
    """D-1001 on 8 January 2027, its invoice due 3 December, the bank statements read to 20 November: the page said
    "met de betalingen tot en met 20 november 2026", then "omdat wij uw betaling nog niet ontvangen hebben", of a day
    those statements cannot show a payment on; a plan's page (D-1012) said what this one did not. Now the top says
    payments after that day are not processed yet, and the message "nog geen betaling van u verwerkt"."""
    ledger = one_debtor_ledger(tmp_path, language=lang, events=events)
    behind = replace(ledger, bank_until=DUE - days(10))
    claim = assess(behind, behind.debtors[0], DUE + days(20))
    view = statement_view(claim, behind)
    assert UNSEEN[lang].format(until=fmt.day(DUE - days(10), lang)) in view.summary.lines
    assert view.message_values["not_received"] == LABELS[lang]["not_received_unseen"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_letter_s_term_after_the_last_bank_statement_is_not_said_unpaid(tmp_path, lang):
    """D-1003: its invoice was due before the statements' last day, but the reminder's term, after which the dunning
    letter goes, ended after it: a payment in that term may not be read yet."""
    ledger = one_debtor_ledger(tmp_path, language=lang, events=[event(DUE + days(1), "reminder")])
    on_time = assess(ledger, ledger.debtors[0], DUE + days(40))
    dunning = on_time.next_action.due
    behind = replace(ledger, bank_until=dunning - days(5))
    claim = assess(behind, behind.debtors[0], dunning)
    assert claim.next_action.kind == "dunning" and claim.payments_until < DUE + days(30)
    view = statement_view(claim, behind)
    assert UNSEEN[lang].format(until=fmt.day(dunning - days(5), lang)) in view.summary.lines


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bank_statements_that_reach_the_days_said_add_nothing(tmp_path, lang):
    """The statements read reach the due date and the reminder's eve: no notice, "nog niet ontvangen" as before."""
    ledger = one_debtor_ledger(tmp_path, language=lang, events=[event(DUE + days(1), "reminder")])
    reached = replace(ledger, bank_until=DUE + days(3))
    view = statement_view(assess(reached, reached.debtors[0], DUE + days(10)), reached)
    assert not [line for line in view.summary.lines if "verwerkt" in line or "processed" in line]
    assert view.message_values["not_received"] == LABELS[lang]["not_received"]
