"""How to pay now: the amount, the EPC QR code, the same data as text, a payment link.

The amount comes from `incasso.claims.demand`, so that the summary, the QR
code, the bank details and the letters all ask for the same figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import NamedTuple
from urllib.parse import urlsplit

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.demand import (
    MIN_PAYMENT,
    amount_left_to_debtor,
    instalment_asked_by,
    instalment_asked_later,
    legal_asks_nothing,
    overdue_part_only,
    page_asks,
    plan_under_final_notice,
    replaced_undecided,
    settlement_undecided,
)
from incasso.claims.states import Status
from incasso.law.money import plain
from incasso.ledger.model import Creditor, InterestChoice, Language
from incasso.payments.epc import epc_payload, epc_qr, payment_link, qr_code, qr_matrix, qr_svg
from incasso.payments.reference import format_iban, format_rf, is_valid_rf, rf_reference
from incasso.statement.handler import PayTo, handler_of
from incasso.statement.labels import text
from incasso.statement.tables import (
    instalment_key,
    missed_instalments_named,
    plan_notice_named,
)


# The page's ways to pay, made anew for each debtor and never changed after: slotted, not frozen (a frozen
# dataclass's __init__ costs some 1,300 instructions more a field: BENCHMARKS.md, session 43).
@dataclass(slots=True)
class PayDetails:
    amount: Decimal
    # False in a dispute: the debtor pays only the part they agree with, so neither the QR code nor the
    # details to copy hold an amount; they fill it in.
    amount_set: bool
    amount_text: str
    amount_copy: str
    iban: str
    iban_copy: str
    bic: str | None
    name: str
    reference: str
    reference_copy: str
    reference_hint: str
    # "Betalingskenmerk" for an RF reference; "Omschrijving" for an agency's own text, which a bank app's
    # Betalingskenmerk field refuses: the label, the QR code's caption and its text say which it is.
    reference_label: str
    scan: str
    payload: str
    qr_svg: str
    qr_matrix: tuple[bytes, ...]  # the same code's modules, row by row (1 dark), for letters to draw
    note: str | None
    # The same note where no QR code stands beside the details (an e-mail): it names the details alone.
    note_email: str | None
    link: str | None
    link_host: str | None
    link_qr_svg: str | None
    warning: str
    # The amount left to the debtor is a part of it (a dispute: "Maak dat deel over"), not what the top asks about.
    part: bool = False


def pay_details(claim: Claim, creditor: Creditor, lang: Language) -> PayDetails | None:
    """Everything needed to pay: EPC QR code, the same data as text, a payment link.

    None when there is nothing to pay, and in legal steps: then the amount owed includes costs of the
    court and the bailiff that the page does not know, and the page says whom to ask instead.
    After a handover that names the agency's account, the debtor pays the agency, with its reference.
    The page and a letter ask one number: with the costs of a term over whose last days are not read yet
    (claims.demand.page_asks).
    """
    amount = page_asks(claim)
    handler = handler_of(claim)
    if amount < MIN_PAYMENT or legal_asks_nothing(claim):
        return None
    pay_to = handler.pay_to if handler is not None else None
    payee = _agency_payee(pay_to, creditor, lang) if pay_to else _creditor_payee(claim, creditor, lang)
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    amount_set = not amount_left_to_debtor(claim)
    part = claim.status == Status.DISPUTE  # the part they agree with; else what they owe is the top's question
    payload = epc_payload(
        name=payee.name,
        iban=payee.iban,
        bic=payee.bic,
        amount=amount if amount_set else None,
        reference=payee.rf,
        text=payee.text,
    )
    qrcode = epc_qr(payload)
    words = _reference_words(payee, amount if amount_set else None, lang)
    svg = qr_svg(qrcode, title=words.qr_title)
    link, host, link_svg = _payment_link(claim, creditor, amount, lang) if pay_to is None and amount_set else _NO_LINK
    return PayDetails(
        amount=amount,
        amount_set=amount_set,
        amount_text=money(amount) if amount_set else t("amount_yours" if part else "amount_yours_undecided"),
        amount_copy=plain(amount).replace(".", ",") if lang == Language.NL else plain(amount),
        iban=format_iban(payee.iban),
        iban_copy=payee.iban.replace(" ", "").upper(),
        bic=payee.bic,
        name=payee.name,
        reference=payee.reference,
        reference_copy=payee.reference_copy,
        reference_hint=payee.hint,
        reference_label=words.label,
        scan=words.caption,
        payload=payload,
        qr_svg=svg,
        qr_matrix=qr_matrix(qrcode),
        note=_agency_note(pay_to, amount_set, lang) if pay_to else _pay_note(claim, creditor, amount, lang),
        note_email=_agency_note(pay_to, amount_set, lang, "_email")
        if pay_to
        else _pay_note(claim, creditor, amount, lang, "_email"),
        link=link,
        link_host=host,
        link_qr_svg=link_svg,
        warning=payee.warning,
        part=part,
    )


_NO_LINK: tuple[None, None, None] = (None, None, None)


def _payment_link(
    claim: Claim, creditor: Creditor, amount: Decimal, lang: Language
) -> tuple[str, str | None, str] | tuple[None, None, None]:
    """The creditor's payment page for this amount, its host, and the link as a QR code.

    Only for an amount set and paid to the creditor: the creditor's payment page pays the creditor, and the
    amount in its link cannot be changed (during a dispute the debtor pays only the part they agree with, by a
    transfer whose amount they set).
    """
    if not creditor.payment_url:
        return _NO_LINK
    link = payment_link(creditor.payment_url, reference=rf_reference(claim.debtor.id), amount=amount)
    host = urlsplit(link).hostname
    return link, host, qr_svg(qr_code(link), title=text(lang, "link_qr_alt", host=host), css_class="qr qr-link")


@dataclass(slots=True)
class _Payee:
    """Whom a transfer goes to, and how the page names its reference."""

    name: str
    iban: str
    bic: str | None
    rf: str | None  # a structured ISO 11649 reference, or
    text: str | None  # an unstructured remittance text
    reference: str
    reference_copy: str
    hint: str
    warning: str


class _ReferenceWords(NamedTuple):
    """How the page names the reference: "betalingskenmerk" for an RF reference, "omschrijving" for an
    agency's own text (in the transfer's description: `_agency_payee`)."""

    qr_title: str  # the QR code's text for a screen reader
    caption: str  # under the code: what to scan it with
    label: str  # beside the reference to copy


def _reference_words(payee: _Payee, amount: Decimal | None, lang: Language) -> _ReferenceWords:
    t = partial(text, lang)
    structured = payee.rf is not None
    kind = t("reference_kind" if structured else "reference_text_kind")
    values = dict(name=payee.name, kind=kind, reference=payee.reference)
    title = t("qr_alt_no_amount", **values) if amount is None else t("qr_alt", amount=fmt.money(amount, lang), **values)
    scan = ("scan" if structured else "scan_text") + ("_no_amount" if amount is None else "")
    return _ReferenceWords(title, t(scan), t("reference" if structured else "reference_text"))


def _creditor_payee(claim: Claim, creditor: Creditor, lang: Language) -> _Payee:
    reference = rf_reference(claim.debtor.id)
    phone = creditor.contact.phone
    warning = text(lang, "bank_warning_phone", phone=phone) if phone else text(lang, "bank_warning")
    return _Payee(
        creditor.name,
        creditor.iban,
        creditor.bic,
        reference,
        None,
        format_rf(reference),
        reference,
        text(lang, "reference_hint"),
        warning,
    )


def _agency_payee(pay_to: PayTo, creditor: Creditor, lang: Language) -> _Payee:
    """The agency's account and reference, as the handover recorded them; an RF reference stays structured."""
    structured = is_valid_rf(pay_to.reference)
    phone = creditor.contact.phone
    key = "bank_warning_agency_phone" if phone else "bank_warning_agency"
    return _Payee(
        pay_to.name,
        pay_to.iban,
        None,
        pay_to.reference if structured else None,
        None if structured else pay_to.reference,
        format_rf(pay_to.reference) if structured else pay_to.reference,
        pay_to.reference.replace(" ", "") if structured else pay_to.reference,
        text(lang, "reference_hint_agency" if structured else "reference_hint_agency_text", agency=pay_to.name),
        text(lang, key, agency=pay_to.name, phone=phone),
    )


def _agency_note(pay_to: PayTo, amount_set: bool, lang: Language, without_qr: str = "") -> str:
    """Pay the agency; in a dispute, only the part agreed, the amount left to the debtor (as to us).
    `without_qr` "_email": the words for details with no QR code beside them."""
    note = text(lang, "agency_qr" + without_qr, agency=pay_to.name)
    return note if amount_set else f"{note} {text(lang, 'dispute_qr' + without_qr)}"


def _pay_note(claim: Claim, creditor: Creditor, amount: Decimal, lang: Language, without_qr: str = "") -> str | None:
    """A line beside the QR code when it asks for less than the balance (or for everything, in a promise);
    `without_qr` "_email": the words for details with no QR code beside them (only a dispute's name it)."""
    t = partial(text, lang)
    # No amount: whether one is owed is the top's question (a settlement's, or the promise's or plan's since).
    if settlement_undecided(claim) is not None or replaced_undecided(claim) is not None:
        return t("undecided_qr" + without_qr)
    if plan_under_final_notice(claim):
        # An e-mail is no "laatste brief"; two instalments missed, "niet alleen de termijnen".
        instalment = missed_instalments_named(claim, lang)
        return t("plan_qr_notice", notice=plan_notice_named(claim, lang), instalment=instalment)
    if claim.status == Status.ARRANGEMENT:
        plan = claim.running_plan
        if plan.due_now > 0:
            return t("plan_qr_due", amount=fmt.money(amount, lang))
        unread = instalment_asked_later(creditor, claim)
        if unread is not None:  # by the day the plan's confirmation asks it by, as the top says (steps)
            day = instalment_asked_by(creditor, claim, unread.installment.due)
            when = t("by_date", date=fmt.day(day, lang))
            return t(instalment_key(claim, "plan_qr_unread", counting="all"), amount=fmt.money(amount, lang), when=when)
        due = plan.next_installment.installment.due
        key = instalment_key(claim, "plan_nothing_due", counting="all")  # "uw termijn" of a plan of one
        return t(key, amount=fmt.money(amount, lang), date=fmt.day(due, lang))
    if claim.status == Status.PROMISE:
        if not claim.pending_promise.whole_balance:
            return t("promise_qr")
        return t(
            "promise_qr_whole" if creditor.interest == InterestChoice.STATUTORY else "promise_qr_whole_no_interest"
        )
    if claim.status == Status.DISPUTE:
        return t("dispute_qr" + without_qr)
    if overdue_part_only(claim):
        return t("overdue_qr")
    return None
