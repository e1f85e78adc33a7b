"""The letters' rule of the day: what a letter due today asks fits one bank transfer.

A step letter (a reminder, a dunning letter, a final notice) is written for the claim as
it stands once the letter is sent (`claim_after`): with the step's costs, and without
the plan it may end. That amount can pass what one transfer (an EPC QR code) can ask
while the claim's own amount does not (a final notice to a plan in arrears asks what is
overdue without the plan; its page asks the same that day, and is the claim's own problem
then). `incasso check` and
the build refuse such a day alike, with the debtor's file, before a page or a letter is
written (the claim's own amount is `incasso.claims.checks`'s rule).
"""

from __future__ import annotations

from collections.abc import Iterable

from incasso.claims.claim import Claim
from incasso.claims.demand import amount_to_pay
from incasso.law.money import ZERO, plain
from incasso.ledger.model import Ledger
from incasso.ledger.problems import Problem
from incasso.letters.due import FirstSeen, forms, letters_due
from incasso.letters.outlook import claim_after
from incasso.payments.epc import MAX_AMOUNT


def letter_problems(ledger: Ledger, claims: Iterable[Claim], seen: FirstSeen) -> list[Problem]:
    """A problem for each letter due today that would ask more than one transfer can, at its debtor's file."""
    problems = []
    for claim in claims:
        if amount_to_pay(claim) > MAX_AMOUNT:
            continue  # the claim's own problem says it already
        for due in letters_due(claim, seen):
            written = forms(claim.debtor, due)  # none: the letter cannot be written, and asks nothing
            asked = max((amount_to_pay(claim_after(ledger, claim, due, form)) for form in written), default=ZERO)
            if asked > MAX_AMOUNT:
                problems.append(
                    Problem(
                        claim.debtor.source,
                        "invoices",
                        f"the {due.kind.replace('_', ' ')} letter due on {claim.as_of} asks, with interest and costs, "
                        f"more than {MAX_AMOUNT}, the most one bank transfer (an EPC QR code) can ask; split the "
                        "claim over more than one dossier",
                        plain(asked),
                    )
                )
    return problems
