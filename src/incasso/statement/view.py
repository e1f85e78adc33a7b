"""The view model of one statement page: every figure and sentence it shows, formatted.

`statement_view(claim, creditor)` turns an assessed claim into plain strings
per language, so the template only places them and the words can be tested
without building a site. It reads only what the debtor needs: never event
notes, staff names or whom staff spoke to.

This module assembles the page and writes its contact, help and terms; the
parts live beside it: steps (summary and next steps), pay (amount, QR code,
bank details) and tables (the details).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.states import CostsState, Stage, Status
from incasso.contact import mailto_link, tel_link
from incasso.law.tables import DEBT_HELP
from incasso.ledger.model import Creditor, InterestChoice, Language
from incasso.payments.reference import format_rf, rf_reference
from incasso.statement.labels import PAGES, labels, text
from incasso.statement.pay import PayDetails, pay_details
from incasso.statement.steps import Summary, next_steps, summary
from incasso.statement.tables import (
    InterestView,
    InvoiceRow,
    PaymentRow,
    PlanView,
    Total,
    costs_text,
    interest_view,
    invoice_rows,
    payment_rows,
    plan_view,
    total_rows,
)

# A status with its own message text; any other claim speaks for its stage.
STATUS_MESSAGES = (Status.PROMISE, Status.ARRANGEMENT, Status.DISPUTE, Status.PAID)
# What is left after a kept promise or a completed plan has its own, thankful text;
# a final notice whose term has passed (costs charged) has its own too.
OTHER_MESSAGES = ("remainder", "final_notice_passed")
HELP_NOTES = {"Geldfit": "help_note_geldfit", "Het Juridisch Loket": "help_note_loket"}


@dataclass(frozen=True)
class HelpLine:
    name: str
    note: str | None
    phone: str
    tel: str
    site: str
    url: str


@dataclass(frozen=True)
class ContactView:
    name: str
    intro: str
    phone: str | None
    tel: str | None
    hours: str | None
    email: str | None
    mailto: str | None
    mention: str


@dataclass(frozen=True)
class PlanOption:
    """The "pay in instalments" option: ask for a plan, or, during one, ask to change it."""

    heading: str
    text: str
    mail_label: str
    mailto: str | None


@dataclass(frozen=True)
class CreditorView:
    name: str
    kvk: str | None
    vat: str | None
    address: tuple[str, ...]


@dataclass(frozen=True)
class StatementView:
    lang: Language
    stage: Stage
    status: Status
    message_key: str
    title: str
    debtor_name: str
    summary: Summary
    next_steps: tuple[str, ...]
    pay: PayDetails | None
    plan: PlanView | None
    situation: str
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[PaymentRow, ...]
    interest: InterestView | None
    costs: str
    totals: tuple[Total, ...]
    credit: str | None
    plan_option: PlanOption
    dispute_mailto: str | None
    help: tuple[HelpLine, ...]
    contact: ContactView
    creditor: CreditorView
    terms: tuple[str, ...]
    pages: dict[str, str]
    labels: dict[str, str]


def message_key(claim: Claim) -> str:
    """The message text a claim shows: its status where that has its own text, a thank-you
    for a kept agreement with something left, else its stage."""
    if claim.remainder_after_agreement:
        return "remainder"
    if claim.status in STATUS_MESSAGES:
        return claim.status
    if claim.stage == Stage.FINAL_NOTICE and claim.costs.state == CostsState.CHARGED:
        return "final_notice_passed"  # the letter's term is over: no "by when" to point at any more
    return claim.stage


def _contact(creditor: Creditor, reference: str, lang: Language) -> ContactView:
    desk = creditor.contact
    t = partial(text, lang)
    intro = (
        t("contact_person_role", name=desk.name, role=desk.role) if desk.role else t("contact_person", name=desk.name)
    )
    return ContactView(
        name=desk.name,
        intro=intro,
        phone=desk.phone,
        tel=tel_link(desk.phone) if desk.phone else None,
        hours=desk.hours,
        email=desk.email,
        mailto=mailto_link(desk.email, t("mail_subject", reference=reference)) if desk.email else None,
        mention=t("mention_reference", reference=reference),
    )


def _plan_option(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> PlanOption:
    """A debtor in a running plan is offered a change to it, not a new plan for the whole balance."""
    t = partial(text, lang)
    desk = creditor.contact
    change = claim.status == Status.ARRANGEMENT
    link = None
    if claim.status != Status.PAID and desk.email:
        if change:
            link = mailto_link(
                desk.email,
                t("change_plan_subject", reference=reference),
                t("change_plan_body", desk=desk.name, reference=reference),
            )
        else:
            link = mailto_link(
                desk.email,
                t("plan_subject", reference=reference),
                t("plan_body", desk=desk.name, amount=fmt.money(claim.total_due, lang), reference=reference),
            )
    if change:
        return PlanOption(t("h_change_plan"), t("change_plan_text"), t("change_plan_mail"), link)
    return PlanOption(t("h_ask_plan"), t("ask_plan_text"), t("ask_plan_mail"), link)


def help_lines(lang: Language) -> tuple[HelpLine, ...]:
    """Where to get free help with money problems (DEBT_HELP), in `lang`."""
    lines = []
    for entry in DEBT_HELP:
        site = urlsplit(entry["url"]).netloc.removeprefix("www.")
        note = HELP_NOTES.get(entry["name"])
        lines.append(
            HelpLine(
                entry["name"],
                text(lang, note) if note else None,
                entry["phone"],
                tel_link(entry["phone"]),
                site,
                entry["url"],
            )
        )
    return tuple(lines)


def _terms(claim: Claim, creditor: Creditor, lang: Language) -> tuple[str, ...]:
    lines = [text(lang, "payment_term", days=creditor.policy.payment_term_days), text(lang, "late_steps")]
    if creditor.interest == InterestChoice.STATUTORY:
        lines.append(text(lang, f"late_interest_{claim.debtor.type}"))
    return tuple(lines)


def statement_view(claim: Claim, creditor: Creditor) -> StatementView:
    """The whole page for one claim, in the debtor's language."""
    lang = claim.debtor.language
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    reference = format_rf(rf_reference(claim.debtor.id))
    desk = creditor.contact
    is_open = claim.status != Status.PAID
    dispute_mail = None
    if is_open and desk.email:
        open_numbers = [b.number for b in claim.settlement.invoices if b.principal_open > 0]
        dispute_mail = mailto_link(
            desk.email,
            t("dispute_subject", reference=reference),
            t(
                "dispute_body",
                desk=desk.name,
                reference=reference,
                invoices=", ".join(open_numbers or [b.number for b in claim.settlement.invoices]),
            ),
        )
    credit = claim.settlement.credit
    return StatementView(
        lang=lang,
        stage=claim.stage,
        status=claim.status,
        message_key=message_key(claim),
        title=t("title", creditor=creditor.name),
        debtor_name=claim.debtor.name,
        summary=summary(claim, creditor, lang),
        next_steps=next_steps(claim, creditor, lang),
        pay=pay_details(claim, creditor, lang) if is_open else None,
        plan=plan_view(claim, lang),
        situation=t("situation", date=fmt.day(claim.as_of, lang), paid_until=fmt.day(claim.payments_until, lang)),
        invoices=invoice_rows(claim, lang),
        payments=payment_rows(claim, lang),
        interest=interest_view(claim, creditor, lang),
        costs=costs_text(claim, creditor, lang),
        totals=total_rows(claim, creditor, lang),
        credit=t("credit", amount=money(credit)) if credit > 0 else None,
        plan_option=_plan_option(claim, creditor, reference, lang),
        dispute_mailto=dispute_mail,
        help=help_lines(lang),
        contact=_contact(creditor, reference, lang),
        creditor=CreditorView(creditor.name, creditor.kvk, creditor.vat_number, tuple(creditor.address)),
        terms=_terms(claim, creditor, lang),
        pages=dict(PAGES[lang]),
        labels=dict(labels(lang)),
    )
