"""docs/ledger-format.md, "A debtor who moved; a letter that came back": what it tells staff to write does
what it says (findings s45-newcomer, 1). A final notice PostNL sent back was never received: left as a
`final_notice` it would bring costs after an assumed receipt; written as a `note` it brings none, and the
steps write a new final notice to the new address. Ahmed Jansen's invoice of 485.00, due 2026-10-02."""

import re
from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from tests.support.ledgers import ledger_problems, to_yaml, valid_creditor, write_ledger
from tests.support.site import REPO

DOCS = REPO / "docs" / "ledger-format.md"
TODAY = date(2026, 12, 5)
HEAD = """id: D-005
name: Ahmed Jansen
type: consumer
invoices:
  - number: "2026-099"
    date: 2026-09-18
    due: 2026-10-02
    amount: 485.00
"""
# The event as it stood before the letter came back: the final notice the build wrote, as recorded.
SENT = """  - date: 2026-11-10
    type: final_notice
    channel: letter
    costs: 72.75
"""


def documented_file() -> str:
    """The section's example, under the debtor's id, name, type and invoice."""
    text = DOCS.read_text(encoding="utf-8")
    section = re.search(r"### A debtor who moved; a letter that came back\n(.*?)\n##+ ", text, re.DOTALL)
    assert section is not None
    (example,) = re.findall(r"```yaml\n(.*?)```", section[1], re.DOTALL)
    return HEAD + example


def claim_of(tmp_path, debtor_file: str):
    creditor = to_yaml(valid_creditor(interest="none"))
    ledger = load_ledger(write_ledger(tmp_path, creditor=creditor, debtors={"D-005.yaml": debtor_file}))
    return assess(ledger, ledger.debtors[0], TODAY)


def as_sent(debtor_file: str) -> str:
    """The file before the mend: the returned letter's event still a final notice."""
    returned = re.search(r"  - date: 2026-11-10\n    type: note.*\n(    .*\n)*", debtor_file)
    assert returned is not None
    return debtor_file.replace(returned[0], SENT)


def test_the_returned_final_notice_as_a_note_brings_no_costs_and_a_new_notice_is_due(tmp_path):
    claim = claim_of(tmp_path, documented_file())
    assert claim.costs.state == "none"
    assert claim.next_action.kind == "final_notice"
    assert claim.debtor.contact.address == ("Utrechtseweg 150", "3818 EN Amersfoort")
    assert claim.last_contact == date(2026, 10, 17)  # the dunning letter: the returned one reached no one


def test_left_as_a_final_notice_it_would_charge_the_costs_the_section_warns_of(tmp_path):
    claim = claim_of(tmp_path, as_sent(documented_file()))
    assert (claim.costs.state, claim.costs.amount) == ("charged", Decimal("72.75"))


def test_a_returned_dunning_letter_written_as_a_note_is_written_again(tmp_path):
    dunning = "  - date: 2026-10-17\n    type: dunning\n"
    returned = "  - date: 2026-10-17\n    type: note\n"
    debtor_file = as_sent(documented_file())
    debtor_file = debtor_file[: debtor_file.index(SENT)]  # the dunning letter is the last step recorded
    assert assess_step(tmp_path / "sent", debtor_file) == "final_notice"
    assert assess_step(tmp_path / "returned", debtor_file.replace(dunning, returned)) == "dunning"


def assess_step(tmp_path, debtor_file: str) -> str:
    return claim_of(tmp_path, debtor_file).next_action.kind


def test_a_final_notice_s_fields_left_on_the_note_are_named_by_check(tmp_path):
    debtor_file = documented_file().replace("    note: Sommatie", "    costs: 72.75\n    note: Sommatie")
    creditor = to_yaml(valid_creditor(interest="none"))
    (problem,) = ledger_problems(write_ledger(tmp_path, creditor=creditor, debtors={"D-005.yaml": debtor_file}))
    assert "events[2].costs: unknown field" in problem
