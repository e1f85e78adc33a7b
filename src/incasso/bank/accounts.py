"""Which dossiers each payer's account paid for, as the statements and the debtors' files show it.

A credit matched to a dossier, and one a payment in a debtor's file names (`bank_ref`), say its account paid for
that dossier. The staff overview asks this in several places, and each asks `accounts_paid_for`: the bank
section (a credit from an account that paid for many says why it names no dossier), each dossier's entry (a caller
who names their account is found by it), the search index (typed, an account that paid for many is said for what
it is, not listed with every dossier) and an unassigned credit's likely dossiers (staff.candidates).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from incasso.bank.reconcile import Reconciliation, SkipReason
from incasso.ledger.model import Debtor

# An account that paid for this many dossiers or more pays for others: a debt counsellor's (schuldhulpverlening), a
# bewindvoerder's, a payment provider's, a parent's for several children. What it paid before says nothing of whose
# a new credit from it is, so it names no candidate by itself (as a common name word names none), raises no flag and
# holds no letter back; beside another reason it still counts (the counsellor's client whose amount it is). Two
# dossiers on one account are a household's (partners, a parent and child): the account still tells which two.
COLLECTING_ACCOUNT = 3


@dataclass(frozen=True)
class PaidFor:
    """Per payer's account (its IBAN as the bank wrote it), the dossiers it paid for, in the order first found."""

    dossiers: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def collecting(self) -> dict[str, int]:
        """The accounts that paid for `COLLECTING_ACCOUNT` dossiers or more, with how many: their credits name no
        dossier by the account alone."""
        return {a: len(ids) for a, ids in self.dossiers.items() if len(ids) >= COLLECTING_ACCOUNT}


def paying_accounts(bank: Reconciliation) -> dict[str, str]:
    """The account (IBAN as the bank wrote it) of each entry read, by its reference: the credits matched by a rule
    and every entry skipped (among them those a payment in a debtor's file names, and those taken back). Looked up
    only by the reference a payment names (`bank_ref`), so the entries no payment names are never asked for: the one
    way the staff pages and a payment written as taken back (bank.books.returns_written) find the account a payment
    came from, where its file keeps none."""
    entries = [m.entry for m in bank.matched] + [s.entry for s in bank.skipped]
    return {e.reference: e.payer_iban for e in entries if e.payer_iban}


def accounts_paid_for(debtors: Iterable[Debtor], bank: Reconciliation | None) -> PaidFor:
    """Which dossiers each payer's account paid for: its credits matched to them, and the ones a payment in a
    debtor's file names (`bank_ref`); none without statements (`bank` None)."""
    if bank is None:
        return PaidFor()
    # A credit split over several dossiers is named in each one's file: the account paid for each of them.
    named_by: dict[str, set[str]] = defaultdict(set)
    for debtor in debtors:
        for paid in debtor.payments:
            if paid.bank_ref:
                named_by[paid.bank_ref].add(debtor.id)
    found: dict[str, set[str]] = defaultdict(set)
    for match in bank.matched:
        if match.entry.payer_iban:
            found[match.entry.payer_iban].add(match.found.debtor_id)
    for skipped in bank.skipped_for(SkipReason.NAMED):
        if skipped.entry.payer_iban and skipped.entry.reference in named_by:
            found[skipped.entry.payer_iban].update(named_by[skipped.entry.reference])
    return PaidFor({account: frozenset(ids) for account, ids in found.items()})
