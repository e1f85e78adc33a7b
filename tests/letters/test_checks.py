"""A letter due today asks no more than one transfer can (see incasso.letters.checks).

The dossier: a business invoice of 100 million with statutory interest, a plan that asks
one cent and a dunning letter sent. On a day a final notice is due the final notice asks for
the whole claim, which interest carries past 999,999,999.99 in about twenty years; the page
asks the same that day (claims.demand.notice_written_today), and is refused first, for the
claim (incasso.claims.checks).
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.ledger.load import load_ledger
from incasso.ledger.problems import LedgerError
from incasso.letters.checks import letter_problems
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from pelican.plugins.incasso.checks import checked_claims
from pelican.plugins.incasso.settings import prepare
from tests.support.ledgers import invoice, one_debtor_ledger, valid_creditor, valid_debtor, write_ledger

START = date(2023, 1, 1)
LATE = date(2047, 1, 1)  # the whole claim is more than a billion
SOON = date(2026, 6, 1)  # the whole claim is about 144 million


REACHABLE = {"person": "Jan de Vries", "email": "jan@example.nl", "address": ["Dorpsstraat 1", "1234 AB Ergens"]}


def _plan_under_a_billion(contact=REACHABLE, **changes):
    """The debtor of this module's dossier, as valid_debtor's changes."""
    return {
        "type": "business",
        "invoices": [invoice(amount=Decimal("100000000.00"), date=START, due=START)],
        "contact": contact,
        "events": [
            {
                "date": START,
                "type": "arrangement",
                "channel": "email",
                "installments": [{"due": date(2023, 1, 31), "amount": Decimal("0.01")}],
            },
            {"date": date(2023, 2, 1), "type": "dunning", "channel": "email"},
        ],
        **changes,
    }


def _ledger(tmp_path, contact=REACHABLE):
    return one_debtor_ledger(tmp_path, interest="statutory", **_plan_under_a_billion(contact))


def test_a_final_notice_that_asks_more_than_one_transfer_is_a_problem_of_the_day(tmp_path):
    """Its page asks the same that day: the claim's own problem says it, once, not the letter's as well."""
    from incasso.claims.checks import claim_problems

    ledger = _ledger(tmp_path)
    (debtor,) = ledger.debtors
    claim = assess(ledger, debtor, LATE)
    assert amount_to_pay(claim) == Decimal("1055058282.12")  # the page asks what the notice asks, not the cent
    assert [due.kind for due in letters_due(claim, NO_RECORD)] == [LetterKind.FINAL_NOTICE]
    assert letter_problems(ledger, [claim], NO_RECORD) == []
    (problem,) = claim_problems([claim])
    assert str(problem) == (
        f"{debtor.source}: invoices: on 2047-01-01 the amount to pay, with interest and costs, is more than "
        "999999999.99, the most one bank transfer (an EPC QR code) can ask; split the claim over more than one "
        "dossier (got 1055058282.12)"  # its interest past the rate table counted per half year
    )


def test_the_build_and_check_refuse_that_day_with_the_file(tmp_path):
    ledger = _ledger(tmp_path)
    (debtor,) = ledger.debtors
    with pytest.raises(LedgerError) as refused:
        checked_claims(ledger, LATE, NO_RECORD)
    assert [(p.source, p.field) for p in refused.value.problems] == [(debtor.source, "invoices")]


def test_a_claims_a_letters_and_an_address_problems_are_reported_together(tmp_path):
    huge = invoice(number="F-HUGE", amount=Decimal("900000000.00"), date=START, due=START)
    ledger = load_ledger(
        write_ledger(
            tmp_path,
            creditor=valid_creditor(interest="statutory"),
            debtors=[
                valid_debtor(id="D-1", type="business", invoices=[huge]),  # the page asks too much
                valid_debtor(**_plan_under_a_billion(id="D-2")),  # its final notice, and its page, ask too much
                valid_debtor(
                    id="D-3",
                    invoices=[invoice(number="F-3")],
                    contact={"address": [f"Regel {n}" for n in range(1, 9)]},  # 8 lines: too many
                ),
            ],
        )
    )
    with pytest.raises(LedgerError) as refused:
        checked_claims(ledger, LATE, NO_RECORD)
    found = [(Path(p.source.path).name, p.field, p.message.split(",")[0]) for p in refused.value.problems]
    assert found == [
        ("D-1.yaml", "invoices", "on 2047-01-01 the amount to pay"),
        ("D-2.yaml", "invoices", "on 2047-01-01 the amount to pay"),
        ("D-3.yaml", "contact.address", "with the name above it"),
    ]


def test_a_letter_within_one_transfer_is_no_problem(tmp_path):
    ledger = _ledger(tmp_path)
    _, (claim,) = checked_claims(ledger, SOON, NO_RECORD)
    assert [due.kind for due in letters_due(claim, NO_RECORD)] == [LetterKind.FINAL_NOTICE]
    assert letter_problems(ledger, [claim], NO_RECORD) == []


def test_a_letter_that_cannot_be_written_asks_nothing(tmp_path):
    ledger = _ledger(tmp_path, contact={"person": "Jan de Vries"})  # neither post nor e-mail reaches them
    (debtor,) = ledger.debtors
    claim = assess(ledger, debtor, LATE)
    assert [due.kind for due in letters_due(claim, NO_RECORD)] == [LetterKind.FINAL_NOTICE]
    assert letter_problems(ledger, [claim], NO_RECORD) == []


def test_pelican_run_directly_refuses_that_day_too(tmp_path):
    """`make serve` runs Pelican without the command line: its settings check as `incasso check` does."""
    root = write_ledger(
        tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[valid_debtor(**_plan_under_a_billion())]
    )
    with pytest.raises(LedgerError, match="on 2047-01-01 the amount to pay"):
        prepare({"INCASSO": {"LEDGER": str(root), "AS_OF": LATE.isoformat()}})
