"""The debtor's payments the bank took back, as their page and letters tell them (nl, en).

A payment the bank took back (a return, a recall, a reversed direct debit: incasso.bank.reconcile) counts nowhere
in the figures, but the debtor believes they paid. While the claim is open, their page says, under the payments,
which payment came back and when, that it is therefore still open, why where the bank's reason is one the debtor
should know (in their words, never the bank's code alone), and what to do: pay again, or contact us if they think
it is wrong (the payment was to us, also after a handover). Only the debtor's own payments (Claim.returned): nothing
of another dossier.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.states import Status
from incasso.law.money import ZERO
from incasso.ledger.model import Language, ReturnedPayment
from incasso.statement.handler import handler_of
from incasso.statement.labels import text

# The SEPA return reasons a debtor should know of, by code: the words that say it (labels `returned_reason_*`). Any
# other code (a technical one, or one the debtor's own bank chose for them) gets no reason: a raw code tells them
# nothing, and a guess could be wrong.
TOLD_REASONS = {
    "MD06": "returned_reason_reversed",  # the payer had their bank reverse the direct debit
    "AC04": "returned_reason_closed",  # the account it came from is closed
    "AC06": "returned_reason_blocked",  # the account it came from is blocked
}
# The reasons that make paying again from the same account pointless: the line asks for another account.
_ACCOUNT_GONE = ("AC04", "AC06")


@dataclass(frozen=True)
class ReturnedView:
    """Under the payments: a line per payment the bank took back, then what to do about it."""

    lines: tuple[str, ...]
    todo: str


def returned_now(claim: Claim) -> tuple[ReturnedPayment, ...]:
    """The payments the bank took back that the page and letters tell of: the debtor's own, while the claim is open
    (paid or settled since, the return no longer matters to what they owe)."""
    if claim.status in (Status.PAID, Status.SETTLED):
        return ()
    return tuple(r for r in claim.returned if _paid_since(claim, r) < r.amount)


def told_beside_return(claim: Claim, key: str) -> str:
    """The label `key`, or its `_returned` form while a payment the bank took back is told (`returned_now`): for a
    sentence untrue to someone who paid and whose payment came back ("Die betaling hebben wij niet ontvangen", "Heeft
    u al betaald? Dan hoeft u niets te doen", "Stond het bedrag ... op onze rekening? Dan zijn er geen
    incassokosten"): it says what counts, a payment that stayed, or one made again."""
    return f"{key}_returned" if returned_now(claim) else key


def _paid_since(claim: Claim, payment: ReturnedPayment) -> Decimal:
    """What the debtor paid from the day `payment` came back: paid again in full, it is not told (with another
    invoice still open, "staat dat bedrag nog open" would be false, and the payments list shows the new one)."""
    return sum((p.amount for p in claim.debtor.payments if payment.returned <= p.date <= claim.as_of), ZERO)


def returned_view(claim: Claim, lang: Language) -> ReturnedView | None:
    """What the page (and a letter's specification) says of the payments the bank took back; None without one."""
    returned = returned_now(claim)
    if not returned:
        return None
    lines = tuple(returned_line(r, lang, _paid_since(claim, r)) for r in returned)
    return ReturnedView(lines, _todo(claim, returned, lang))


def returned_line(payment: ReturnedPayment, lang: Language, paid_since: Decimal = ZERO) -> str:
    """'Uw betaling van EUR 150,00 op 9 november 2026 is op 12 november 2026 door de bank teruggeboekt. Daarom telt
    die betaling niet mee en staat dat bedrag nog open.', with the reason after it where the debtor should know it.
    Paid again in part since (`paid_since`), not all of that amount is open: the line says what paid since counts."""
    line = text(
        lang,
        "returned_payment_part" if paid_since > 0 else "returned_payment",
        amount=fmt.money(payment.amount, lang),
        date=fmt.day(payment.paid, lang),
        returned=fmt.day(payment.returned, lang),
    )
    reason = TOLD_REASONS.get((payment.reason or "").upper())
    return f"{line} {text(lang, reason)}" if reason else line


def _todo(claim: Claim, returned: tuple[ReturnedPayment, ...], lang: Language) -> str:
    """Pay again (from another account, once the bank said the one it came from is closed or blocked), or contact us
    when the debtor thinks it is wrong: the payment and its return are on our account. After a handover too: the line
    above the invoices sends a question about a payment to us to us (view._unlinked), and this one says why it is us,
    not the agency the page's top names (s56: "Neem dan contact op met Incasso X B.V." under "Heeft u aan ons
    betaald? Neem dan contact met ons op.", and named an agency the page gives no way to reach)."""
    gone = any((r.reason or "").upper() in _ACCOUNT_GONE for r in returned)
    again = text(lang, "returned_pay_again_other_account" if gone else "returned_pay_again")
    ask = "returned_ask_us" if handler_of(claim) is None else "returned_ask_us_handed_over"
    return f"{again} {text(lang, ask)}"
