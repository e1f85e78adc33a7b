"""s46: a counsellor's settlement (minnelijk akkoord) has no event of its own. docs/ledger-format.md ('A settlement')
says today's way to record it; its example must do what the text says: no letter chases while the agreed payment is
awaited, the page asks nothing it says the settlement waives later, and a `written_off` once paid closes the claim."""

import re
from datetime import date

import yaml

from incasso.claims.assess import assess
from incasso.claims.states import Status
from incasso.ledger.load import load_ledger
from incasso.letters.due import NO_RECORD, letters_due
from incasso.statement.view import statement_view
from tests.support.ledgers import event, valid_debtor, write_ledger
from tests.support.site import REPO

DOCS = REPO / "docs" / "ledger-format.md"


def _example() -> list[dict]:
    """The events of the settlement's example, as the docs write them."""
    part = DOCS.read_text(encoding="utf-8").split("**A settlement (minnelijk akkoord).**", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", part, re.S)
    assert block, "the settlement's part of docs/ledger-format.md has no example"
    return yaml.safe_load(block.group(1))


def _ledger(tmp_path, *more):
    # The valid debtor's invoice (1250.00, due 4 February 2026), chased up to its final notice by the agreement.
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    doc = valid_debtor(events=[*steps, *_example(), *more])
    return load_ledger(write_ledger(tmp_path, debtors=[doc]))


def test_the_docs_say_not_to_record_a_settlement_as_a_promise():
    part = DOCS.read_text(encoding="utf-8").split("**A settlement (minnelijk akkoord).**", 1)[1].split("**", 1)[0]
    assert "Do not record the settlement as a `promise`" in part


def test_while_the_settlement_is_awaited_no_letter_asks_the_rest(tmp_path):
    ledger = _ledger(tmp_path)
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
    assert letters_due(claim, NO_RECORD) == ()
    page = str(statement_view(claim, ledger))
    assert "Wat er dan nog openstaat" not in page  # a promise's page would announce the rest's letter


def test_once_paid_the_written_off_closes_the_claim(tmp_path):
    paid = event(date(2026, 12, 18), "written_off", note="minnelijk akkoord 40 %, finale kwijting")
    ledger = _ledger(tmp_path, paid)
    claim = assess(ledger, ledger.debtors[0], date(2027, 1, 15))
    assert claim.status == Status.WRITTEN_OFF
    assert letters_due(claim, NO_RECORD) == ()
