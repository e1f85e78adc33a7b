"""What payments naming invoices disputed apart keep for them until the answer (claims.settlement `_keep_apart`).

A payment naming one disputed invoice keeps money for it alone; one naming several keeps it for them together,
as how much is whose is what the disputes are about. One credited in full asks nothing: nothing is kept for it
(`asking`). The page, the staff dossier, claims.json and the overview read it from here, so that they never
disagree.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from decimal import Decimal

from incasso.claims.claim import Claim
from incasso.claims.settlement import Allocation, Settlement, Share
from incasso.law.money import ZERO


@dataclass(frozen=True, slots=True)
class Kept:
    """What is kept for one disputed invoice: for it alone, and with the other disputed invoices payments
    named with it (the others, in the order the first such payment named them; the amount for them all)."""

    alone: Decimal = ZERO
    together: tuple[tuple[tuple[str, ...], Decimal], ...] = ()


def kept_shares(settlement: Settlement) -> list[Allocation]:
    """Every share of a payment kept for disputed invoices, in the payments' order."""
    return [a for applied in settlement.payments for a in applied.allocations if a.to == Share.DISPUTED]


def asking(share: Allocation, credited: Collection[str]) -> Allocation:
    """A share kept for disputed invoices without those `credited` in full, which ask nothing: "wij houden dit
    apart voor die facturen" (or "ligt apart voor deze factuur en F-C samen") of one that asks nothing would not
    be true, and whoever answers would wait for an answer on it. Unchanged when none or all of them are (money
    is kept only for what the invoices asked on the payment's day: claims.settlement `_keep_apart`)."""
    kept_for = tuple(n for n in share.kept_for if n not in credited)
    if not kept_for or kept_for == share.kept_for:
        return share
    return replace(share, invoice=kept_for[0], kept_for=kept_for)


def credited_in_full(claim: Claim) -> frozenset[str]:
    """The disputed invoices credit notes took all of (`Claim.disputed_credited_in_full`), by number."""
    return frozenset(i.number for i in claim.disputed_credited_in_full)


def kept_for(claim: Claim, number: str) -> Kept:
    """What payments naming invoice `number` (disputed apart) keep for it, as `asking` names them (nothing for
    one credited in full). Payments naming the same other invoices with it, in whatever order, keep for one
    group: it is one question for whoever answers."""
    alone = ZERO
    together: dict[frozenset[str], tuple[tuple[str, ...], Decimal]] = {}
    credited = credited_in_full(claim)
    for share in (asking(s, credited) for s in kept_shares(claim.settlement)):
        if number not in share.kept_for:
            continue
        others = tuple(dict.fromkeys(n for n in share.kept_for if n != number))
        if not others:
            alone += share.amount
            continue
        named, amount = together.get(frozenset(others), (others, ZERO))
        together[frozenset(others)] = (named, amount + share.amount)
    return Kept(alone, tuple(together.values()))


def passed_on(claim: Claim, *numbers: str) -> Decimal:
    """What payments naming any of invoices `numbers`, disputed and credited in full, paid of the invoices they
    did not name: nothing is kept for one that asks nothing, so the money goes on as money naming none does
    (claims.settlement `_keep_apart`), and is in those invoices' figures, not beside them. Staff are told, as the
    debtor's page tells the debtor ("deze betaling ging daarom naar uw andere factuur"): else whoever records the
    answer does not know the debtor paid naming it. Each payment counts once, however many of them it named (a
    sum per invoice counted 250.00 naming two as 500.00). Zero for invoices not credited in full."""
    credited = set(numbers) & credited_in_full(claim)
    return sum(
        (
            a.amount
            for applied in claim.settlement.payments
            if credited & set(applied.payment.named)
            for a in applied.allocations
            if a.to != Share.DISPUTED and a.invoice is not None and a.invoice not in applied.payment.named
        ),
        ZERO,
    )


def kept_in_all(settlement: Settlement) -> Decimal:
    """All that payments keep for the invoices disputed apart, each share once (one kept for two invoices
    together is not counted twice): money received that none of the claim's figures count yet."""
    return sum((share.amount for share in kept_shares(settlement)), ZERO)
