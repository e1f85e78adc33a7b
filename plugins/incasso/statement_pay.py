"""How to pay now: the amount, the EPC QR code, the same data as text, a payment link.

The amount to pay is decided here once, because the summary, the QR code
and the bank details must all ask for the same figure.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from urllib.parse import urlsplit

import segno

from . import fmt
from .claim import Claim
from .epc import epc_payload, epc_qr, payment_link, qr_svg
from .labels import text
from .model import Creditor
from .money import ZERO, plain
from .reference import format_iban, format_rf, rf_reference

MIN_PAYMENT = Decimal("0.01")


@dataclass(frozen=True)
class PayDetails:
    amount: Decimal
    amount_text: str
    amount_copy: str
    iban: str
    iban_copy: str
    bic: str | None
    name: str
    reference: str
    reference_copy: str
    payload: str
    qr_svg: str
    note: str | None
    link: str | None
    link_host: str | None
    link_qr_svg: str | None
    warning: str


def not_yet_due(claim: Claim) -> tuple[tuple[date, Decimal], ...]:
    """What is open but not yet due, per due date (earliest first): not to be demanded early."""
    parts: dict[date, Decimal] = {}
    for b in claim.settlement.invoices:
        still_open = b.principal_open + b.interest_open
        if still_open > 0 and b.invoice.due >= claim.as_of:
            parts[b.invoice.due] = parts.get(b.invoice.due, ZERO) + still_open
    return tuple(sorted(parts.items()))


def amount_to_pay(claim: Claim) -> Decimal:
    """What the QR code asks for now; zero when nothing is to be paid.

    `claim.amount_due_now`, except: during a promise, what is left of the promised
    part (the whole balance if the whole amount was promised); during a plan with
    nothing due, the next instalment; during a dispute, the whole balance (the
    page says the debtor may pay only the part they agree with).
    """
    if claim.status in ("paid", "written_off"):
        return ZERO
    if claim.status == "arrangement" and claim.plan is not None:
        if claim.plan.due_now > 0:
            return claim.amount_due_now
        upcoming = claim.plan.next_open
        return min(upcoming.open, claim.total_due) if upcoming else claim.total_due
    promise = claim.promise
    if claim.status == "promise":
        if promise.event.amount is None:
            return claim.total_due
        promised = min(promise.amount - promise.paid, claim.total_due)
        if promised >= MIN_PAYMENT:
            return promised
    if claim.status == "dispute":
        return claim.total_due
    return claim.amount_due_now


def pay_details(claim: Claim, creditor: Creditor, lang: str) -> PayDetails | None:
    """Everything needed to pay: EPC QR code, the same data as text, a payment link."""
    amount = amount_to_pay(claim)
    if amount < MIN_PAYMENT:
        return None
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    reference = rf_reference(claim.debtor.id)
    payload = epc_payload(name=creditor.name, iban=creditor.iban, bic=creditor.bic,
                          amount=amount, reference=reference)
    svg = qr_svg(epc_qr(payload), title=t("qr_alt", amount=money(amount), name=creditor.name,
                                            reference=format_rf(reference)))
    link = host = link_svg = None
    if creditor.payment_url:
        link = payment_link(creditor.payment_url, reference=reference, amount=amount)
        host = urlsplit(link).hostname
        link_svg = qr_svg(segno.make(link, error="m"), title=t("link_qr_alt", host=host), css_class="qr qr-link")
    phone = creditor.contact.phone
    warning = t("bank_warning_phone", phone=phone) if phone else t("bank_warning")
    return PayDetails(
        amount=amount, amount_text=money(amount),
        amount_copy=plain(amount).replace(".", ",") if lang == "nl" else plain(amount),
        iban=format_iban(creditor.iban), iban_copy=creditor.iban.replace(" ", "").upper(),
        bic=creditor.bic, name=creditor.name,
        reference=format_rf(reference), reference_copy=reference,
        payload=payload, qr_svg=svg, note=_pay_note(claim, amount, lang),
        link=link, link_host=host, link_qr_svg=link_svg, warning=warning,
    )


def _pay_note(claim: Claim, amount: Decimal, lang: str) -> str | None:
    t = partial(text, lang)
    if claim.status == "arrangement" and claim.plan is not None:
        if claim.plan.due_now > 0:
            return t("plan_qr_due", amount=fmt.money(amount, lang))
        upcoming = claim.plan.next_open
        return t("plan_nothing_due", amount=fmt.money(amount, lang), date=fmt.day(upcoming.installment.due, lang))
    if claim.status == "promise":
        return t("promise_qr") if claim.promise.event.amount is not None else t("promise_qr_whole")
    if claim.status == "dispute":
        return t("dispute_qr")
    if claim.status == "active" and claim.amount_overdue > 0 and not_yet_due(claim):
        return t("overdue_qr")
    return None
