"""How to pay now: the amount, the EPC QR code, the same data as text, a payment link.

The amount comes from `incasso.claims.demand`, so that the summary, the QR
code, the bank details and the letters all ask for the same figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from urllib.parse import urlsplit

import segno

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.demand import MIN_PAYMENT, amount_to_pay, overdue_part_only
from incasso.claims.states import Status
from incasso.law.money import plain
from incasso.ledger.model import Creditor, Language
from incasso.payments.epc import epc_payload, epc_qr, payment_link, qr_matrix, qr_svg
from incasso.payments.reference import format_iban, format_rf, rf_reference
from incasso.statement.labels import text


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
    qr_matrix: tuple[bytes, ...]  # the same code's modules, row by row (1 dark), for letters to draw
    note: str | None
    link: str | None
    link_host: str | None
    link_qr_svg: str | None
    warning: str


def pay_details(claim: Claim, creditor: Creditor, lang: Language) -> PayDetails | None:
    """Everything needed to pay: EPC QR code, the same data as text, a payment link."""
    amount = amount_to_pay(claim)
    if amount < MIN_PAYMENT:
        return None
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    reference = rf_reference(claim.debtor.id)
    payload = epc_payload(name=creditor.name, iban=creditor.iban, bic=creditor.bic, amount=amount, reference=reference)
    qrcode = epc_qr(payload)
    svg = qr_svg(qrcode, title=t("qr_alt", amount=money(amount), name=creditor.name, reference=format_rf(reference)))
    link = host = link_svg = None
    if creditor.payment_url:
        link = payment_link(creditor.payment_url, reference=reference, amount=amount)
        host = urlsplit(link).hostname
        link_svg = qr_svg(segno.make(link, error="m"), title=t("link_qr_alt", host=host), css_class="qr qr-link")
    phone = creditor.contact.phone
    warning = t("bank_warning_phone", phone=phone) if phone else t("bank_warning")
    return PayDetails(
        amount=amount,
        amount_text=money(amount),
        amount_copy=plain(amount).replace(".", ",") if lang == Language.NL else plain(amount),
        iban=format_iban(creditor.iban),
        iban_copy=creditor.iban.replace(" ", "").upper(),
        bic=creditor.bic,
        name=creditor.name,
        reference=format_rf(reference),
        reference_copy=reference,
        payload=payload,
        qr_svg=svg,
        qr_matrix=qr_matrix(qrcode),
        note=_pay_note(claim, amount, lang),
        link=link,
        link_host=host,
        link_qr_svg=link_svg,
        warning=warning,
    )


def _pay_note(claim: Claim, amount: Decimal, lang: Language) -> str | None:
    """A line beside the QR code when it asks for less than the balance (or for everything, in a promise)."""
    t = partial(text, lang)
    if claim.status == Status.ARRANGEMENT:
        plan = claim.running_plan
        if plan.due_now > 0:
            return t("plan_qr_due", amount=fmt.money(amount, lang))
        due = plan.next_installment.installment.due
        return t("plan_nothing_due", amount=fmt.money(amount, lang), date=fmt.day(due, lang))
    if claim.status == Status.PROMISE:
        return t("promise_qr_whole") if claim.pending_promise.whole_balance else t("promise_qr")
    if claim.status == Status.DISPUTE:
        return t("dispute_qr")
    if overdue_part_only(claim):
        return t("overdue_qr")
    return None
