"""docs/ledger-format.md ('A settlement (minnelijk akkoord)'): its example must do what the text says. s46 documented
a workaround (a note, a postpone, a `written_off` once paid); s47 made it an event: while it runs no letter chases and
the page asks the agreed sum, paid it closes the claim as settled, missed it lapses."""

import re
from datetime import date
from decimal import Decimal

import yaml

from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.claims.states import Status
from incasso.ledger.load import load_ledger
from incasso.letters.due import NO_RECORD, letters_due
from tests.support.ledgers import COUNSELLOR, event, payment, valid_debtor, write_ledger
from tests.support.site import REPO

DOCS = REPO / "docs" / "ledger-format.md"


def _example() -> list[dict]:
    """The events of the settlement's example, as the docs write them."""
    part = DOCS.read_text(encoding="utf-8").split("### A settlement (minnelijk akkoord)", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", part, re.S)
    assert block, "the settlement's section of docs/ledger-format.md has no example"
    # Amounts as the ledger reads them (YAML's own reader makes floats of them).
    return [
        {k: Decimal(f"{v:.2f}") if isinstance(v, float) else v for k, v in item.items()}
        for item in yaml.safe_load(block.group(1))
    ]


def _ledger(tmp_path, paid=()):
    # The valid debtor's invoice (1250.00, due 4 February 2026), chased up to its dunning letter by the agreement.
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    doc = valid_debtor(representative=COUNSELLOR, events=[*steps, *_example()], payments=list(paid))
    return load_ledger(write_ledger(tmp_path, debtors=[doc]))


def test_the_docs_say_not_to_record_a_settlement_as_a_promise():
    part = DOCS.read_text(encoding="utf-8").split("**A settlement (minnelijk akkoord).**", 1)[1].split("**", 1)[0]
    assert "not as a `promise` or an" in part and "`settlement`" in part


def test_while_the_settlement_runs_no_letter_chases_and_the_page_asks_the_agreed_sum(tmp_path):
    ledger = _ledger(tmp_path)
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
    assert claim.status == Status.SETTLEMENT
    assert letters_due(claim, NO_RECORD) == ()
    assert amount_to_pay(claim) == Decimal("600.00")


def test_once_paid_the_claim_is_settled_without_a_written_off(tmp_path):
    ledger = _ledger(tmp_path, paid=[payment(date=date(2027, 1, 20), amount=Decimal("600.00"))])
    claim = assess(ledger, ledger.debtors[0], date(2027, 1, 25))
    assert claim.status == Status.SETTLED
    assert letters_due(claim, NO_RECORD) == ()
