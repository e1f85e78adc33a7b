"""The view model of one statement page: every figure and sentence it shows, formatted.

`statement_view(claim, creditor)` turns an assessed claim into plain strings
per language, so the template only places them and the words can be tested
without building a site. It reads only what the debtor needs: never event
notes, staff names or whom staff spoke to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from urllib.parse import quote, urlsplit

import segno

from . import fmt
from .claim import Claim, final_notice_term_end, known_events
from .costs import collection_costs
from .epc import epc_payload, epc_qr, payment_link, qr_svg
from .labels import PAGES, labels, text
from .law import COST_BASIS, COST_BASIS_EN, DEBT_HELP
from .model import Creditor
from .money import ZERO, plain
from .reference import format_iban, format_rf, rf_reference

MIN_PAYMENT = Decimal("0.01")
# A status with its own message text; any other claim speaks for its stage.
STATUS_MESSAGES = ("promise", "arrangement", "dispute", "paid")
HELP_NOTES = {"Geldfit": "help_note_geldfit", "Het Juridisch Loket": "help_note_loket"}


@dataclass(frozen=True)
class Summary:
    """The top of the page: how much, by when, in one look."""

    label: str
    amount: str | None
    deadline: str | None
    lines: tuple[str, ...]


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


@dataclass(frozen=True)
class InvoiceRow:
    number: str
    description: str | None
    date: str
    due: str
    amount: str
    paid: str
    open: str


@dataclass(frozen=True)
class PaymentRow:
    date: str
    amount: str
    applied: tuple[str, ...]


@dataclass(frozen=True)
class InterestRow:
    invoice: str
    period: str
    rate: str
    amount: str


@dataclass(frozen=True)
class InterestView:
    basis: str
    rows: tuple[InterestRow, ...]
    summary: str


@dataclass(frozen=True)
class PlanRow:
    number: int
    due: str
    amount: str
    paid: str
    state: str       # paid | due | overdue | upcoming, for the CSS class
    state_text: str


@dataclass(frozen=True)
class PlanView:
    rows: tuple[PlanRow, ...]
    summary: str


@dataclass(frozen=True)
class Total:
    label: str
    amount: str
    grand: bool = False


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
class CreditorView:
    name: str
    kvk: str | None
    vat: str | None
    address: tuple[str, ...]


@dataclass(frozen=True)
class StatementView:
    lang: str
    stage: str
    status: str
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
    plan_mailto: str | None
    dispute_mailto: str | None
    help: tuple[HelpLine, ...]
    contact: ContactView
    creditor: CreditorView
    terms: tuple[str, ...]
    pages: dict
    labels: dict


def message_key(claim: Claim) -> str:
    """The message text a claim shows: its status where that has its own text, else its stage."""
    return claim.status if claim.status in STATUS_MESSAGES else claim.stage


def amount_to_pay(claim: Claim) -> Decimal:
    """What the QR code asks for now; zero when nothing is to be paid."""
    if claim.status == "paid":
        return ZERO
    if claim.status == "arrangement" and claim.plan is not None:
        if claim.plan.due_now > 0:
            return claim.amount_due_now
        upcoming = claim.plan.next_open
        return min(upcoming.open, claim.total_due) if upcoming else claim.total_due
    promise = claim.promise
    if claim.status == "promise" and promise.event.amount is not None:
        promised = min(promise.amount - promise.paid, claim.total_due)
        if promised >= MIN_PAYMENT:
            return promised
    return claim.total_due


def payment_deadline(claim: Claim, creditor: Creditor) -> date | None:
    """The last day to pay before something happens, or None when there is no such day ahead."""
    if claim.status in ("paid", "dispute"):
        return None
    if claim.status == "promise":
        return claim.promise.event.promised_date
    if claim.status == "arrangement" and claim.plan is not None:
        if claim.plan.state == "on_schedule" and claim.plan.next_open is not None:
            return claim.plan.next_open.installment.due
        return None
    if claim.stage == "open":
        dues = [b.invoice.due for b in claim.settlement.invoices if b.principal_open + b.interest_open > 0]
        return min(dues, default=None)
    day = _escalation_date(claim, creditor)
    return day if day is not None and day >= claim.as_of else None


def _escalation_date(claim: Claim, creditor: Creditor) -> date | None:
    """The last day before the next letter or handover: the day before staff act."""
    action = claim.next_action
    if action is None or claim.stage in ("handover", "legal"):
        return None
    if action.kind == "call":
        # Calling is how staff help, not a step to warn about: the step that counts is the final notice.
        dunning = [e for e in known_events(claim.debtor, claim.as_of) if e.type == "dunning"][-1]
        return dunning.date + timedelta(days=creditor.policy.final_notice_after_days - 1)
    if action.kind in ("reminder", "dunning", "final_notice", "handover"):
        return action.due - timedelta(days=1)
    return None


def _next_letter(claim: Claim) -> str | None:
    action = claim.next_action
    if action is None:
        return None
    return "final_notice" if action.kind == "call" else action.kind


def next_steps(claim: Claim, creditor: Creditor, lang: str) -> tuple[str, ...]:
    """What happens next, in the debtor's words: steps and dates, never staff tasks."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    as_of = claim.as_of
    if claim.status == "paid":
        return (t("paid_next"),)
    if claim.status == "dispute":
        answer_by = claim.next_action.due if claim.next_action else None
        if answer_by is not None and answer_by >= as_of:
            return (t("dispute_next_by", date=day(answer_by)),)
        return (t("dispute_next_soon"),)
    if claim.status == "promise":
        return (t("promise_next", date=day(claim.promise.event.promised_date)),)
    plan = claim.plan
    if claim.status == "arrangement" and plan.state == "on_schedule":
        upcoming = plan.next_open
        return (t("plan_next", amount=money(min(upcoming.open, claim.total_due)),
                  date=day(upcoming.installment.due)),)
    lines = []
    if claim.status == "arrangement":
        missed = next(i for i in plan.installments if i.state == "overdue")
        lines.append(t("plan_arrears", date=day(missed.installment.due), amount=money(plan.arrears)))
    lines += _escalation_lines(claim, creditor, lang)
    if creditor.interest == "statutory" and claim.stage != "open":
        lines.append(t("interest_runs"))
    return tuple(lines)


def _escalation_lines(claim: Claim, creditor: Creditor, lang: str) -> list[str]:
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    stage, costs = claim.stage, claim.costs
    if stage == "handover":
        return [t("handover_done")]
    if stage == "legal":
        return [t("legal_done")]
    when = _escalation_date(claim, creditor)
    ahead = when is not None and when >= claim.as_of
    if stage == "final_notice":
        lines = []
        notice = next(e for e in known_events(claim.debtor, claim.as_of) if e.type == "final_notice")
        received = notice.date + timedelta(days=creditor.policy.delivery_days)
        if costs.state == "charged":
            lines.append(t("costs_now", amount=money(costs.amount)))
        else:
            lines.append(t("final_term", sent=day(notice.date), received=day(received),
                           last_day=day(final_notice_term_end(creditor, notice.date))))
            if costs.state == "announced":
                lines.append(t("final_costs", date=day(costs.from_date), amount=money(costs.amount)))
        lines.append(t("next_handover_by", date=day(when)) if ahead else t("next_handover_soon"))
        return lines
    if stage == "open":
        due = payment_deadline(claim, creditor)
        if due is None:
            return []
        return [t("next_open", date=day(due)), t("next_by", date=day(due), step=t("step_reminder"))]
    letter = _next_letter(claim)
    if letter not in ("reminder", "dunning", "final_notice"):
        return []
    step = t(f"step_{letter}")
    lines = [t("next_by", date=day(when), step=step) if ahead else t("next_soon", step=step)]
    if letter == "final_notice" and costs.state == "none":
        # What the final notice will announce, on what is overdue today.
        overdue = sum((b.principal_open for b in claim.settlement.invoices if b.invoice.due < claim.as_of), ZERO)
        if overdue > 0:
            # The earliest the notice can go out is the step's day (or today, when that has passed).
            sent = max(when + timedelta(days=1), claim.as_of) if when else claim.as_of
            charged_from = final_notice_term_end(creditor, sent) + timedelta(days=1)
            lines.append(t("next_final_costs", amount=money(collection_costs(overdue)), date=day(charged_from)))
    return lines


def summary(claim: Claim, creditor: Creditor, lang: str) -> Summary:
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    status = claim.status
    if status == "paid":
        paid_on = (t("paid_on", date=day(claim.paid_on)),) if claim.paid_on else ()
        return Summary(t("paid_label"), None, None, (t("paid_lead"),) + paid_on)
    if status == "dispute":
        return Summary(t("open_amount"), money(claim.total_due), None, (t("dispute_lead"),))
    amount = amount_to_pay(claim)
    deadline = payment_deadline(claim, creditor)
    by = t("pay_by", date=day(deadline)) if deadline else t("pay_asap")
    if status == "promise":
        lead = t("promise_lead", amount=money(amount), date=day(claim.promise.event.promised_date))
        return Summary(t("to_pay"), money(amount), by, (lead,))
    if status == "arrangement":
        total = t("total_open", amount=money(claim.total_due))
        if claim.plan.state == "in_arrears":
            return Summary(t("to_pay_now"), money(amount), by, (t("plan_arrears_lead"), total))
        label = t("to_pay_now") if claim.plan.due_now > 0 else t("next_instalment")
        return Summary(label, money(amount), by, (total,))
    return Summary(t("to_pay"), money(amount), by, ())


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
    if claim.status == "promise" and claim.promise.event.amount is not None:
        return t("promise_qr")
    if claim.status == "dispute":
        return t("dispute_qr")
    return None


def plan_view(claim: Claim, lang: str) -> PlanView | None:
    plan = claim.plan
    if claim.status != "arrangement" or plan is None:
        return None
    num = partial(fmt.number, lang=lang)
    rows = tuple(
        PlanRow(n, fmt.short_day(i.installment.due, lang), num(i.installment.amount), num(i.paid), i.state,
                text(lang, f"plan_{i.state}"))
        for n, i in enumerate(plan.installments, start=1))
    total = sum((i.installment.amount for i in plan.installments), ZERO)
    return PlanView(rows, text(lang, "plan_summary", count=len(rows), amount=fmt.money(total, lang)))


def _invoices(claim: Claim, lang: str) -> tuple[InvoiceRow, ...]:
    num = partial(fmt.number, lang=lang)
    return tuple(
        InvoiceRow(b.number, b.invoice.description,
                   text(lang, "invoice_date", date=fmt.day(b.invoice.date, lang)),
                   text(lang, "invoice_due", date=fmt.day(b.invoice.due, lang)),
                   num(b.invoice.amount), num(b.principal_paid), num(b.principal_open))
        for b in claim.settlement.invoices)


def _payments(claim: Claim, lang: str) -> tuple[PaymentRow, ...]:
    num = partial(fmt.number, lang=lang)
    rows = []
    for applied in claim.settlement.payments:
        shares = tuple(text(lang, f"applied_{a.to}", invoice=a.invoice, amount=num(a.amount))
                       for a in applied.allocations)
        rows.append(PaymentRow(fmt.short_day(applied.payment.date, lang), num(applied.payment.amount), shares))
    return tuple(rows)


def _interest(claim: Claim, creditor: Creditor, lang: str) -> InterestView | None:
    balances = claim.settlement.invoices
    lines = [line for b in balances for line in b.interest_lines]
    if creditor.interest != "statutory" or not lines:
        return None
    num = partial(fmt.number, lang=lang)
    rows = tuple(
        InterestRow(line.invoice,
                    text(lang, "interest_period", start=fmt.short_day(line.start, lang),
                         end=fmt.short_day(line.end, lang), days=line.days, base=fmt.money(line.base, lang)),
                    fmt.percent(line.percent, lang), num(line.amount))
        for line in lines)
    total = sum((b.interest for b in balances), ZERO)
    still_open = sum((b.interest_open for b in balances), ZERO)
    money = partial(fmt.money, lang=lang)
    return InterestView(text(lang, f"interest_statutory_{claim.debtor.type}"), rows,
                        text(lang, "interest_summary", total=money(total), paid=money(total - still_open),
                             open=money(still_open)))


def _costs(claim: Claim, lang: str) -> str:
    costs = claim.costs
    money = partial(fmt.money, lang=lang)
    basis = COST_BASIS if lang == "nl" else COST_BASIS_EN
    if costs.state == "charged":
        return text(lang, "costs_charged", amount=money(costs.amount), principal=money(costs.principal),
                    basis=basis, date=fmt.day(costs.from_date, lang))
    if costs.state == "announced":
        return text(lang, "costs_announced", amount=money(costs.amount), basis=basis,
                    date=fmt.day(costs.from_date, lang),
                    last_day=fmt.day(costs.from_date - timedelta(days=1), lang))
    return text(lang, "costs_none")


def _totals(claim: Claim, creditor: Creditor, lang: str) -> tuple[Total, ...]:
    s = claim.settlement
    num = partial(fmt.number, lang=lang)
    t = partial(text, lang)
    rows = [Total(t("total_invoices"), num(s.principal_open))]
    if creditor.interest == "statutory" or s.interest_open:
        rows.append(Total(t("total_interest"), num(s.interest_open)))
    if s.costs is not None:
        rows.append(Total(t("total_costs"), num(s.costs_open)))
    rows.append(Total(t("total_due"), num(claim.total_due), grand=True))
    return tuple(rows)


def mailto(address: str, subject: str, body: str | None = None) -> str:
    """A mailto: link with subject (and body) percent-encoded, spaces as %20 as mail clients expect."""
    link = f"mailto:{address}?subject={quote(subject, safe='')}"
    return link + (f"&body={quote(body, safe='')}" if body else "")


def tel(phone: str) -> str:
    """A tel: link: digits and a leading plus only."""
    return "tel:" + re.sub(r"[^\d+]", "", phone)


def _contact(creditor: Creditor, reference: str, lang: str) -> ContactView:
    desk = creditor.contact
    t = partial(text, lang)
    intro = t("contact_person_role", name=desk.name, role=desk.role) if desk.role else t("contact_person", name=desk.name)
    return ContactView(
        name=desk.name, intro=intro, phone=desk.phone, tel=tel(desk.phone) if desk.phone else None, hours=desk.hours,
        email=desk.email,
        mailto=mailto(desk.email, t("mail_subject", reference=reference)) if desk.email else None,
        mention=t("mention_reference", reference=reference))


def _help(lang: str) -> tuple[HelpLine, ...]:
    lines = []
    for entry in DEBT_HELP:
        site = urlsplit(entry["url"]).hostname.removeprefix("www.")
        note = HELP_NOTES.get(entry["name"])
        lines.append(HelpLine(entry["name"], text(lang, note) if note else None,
                              entry["phone"], tel(entry["phone"]), site, entry["url"]))
    return tuple(lines)


def _terms(claim: Claim, creditor: Creditor, lang: str) -> tuple[str, ...]:
    lines = [text(lang, "payment_term", days=creditor.policy.payment_term_days), text(lang, "late_steps")]
    if creditor.interest == "statutory":
        lines.append(text(lang, f"late_interest_{claim.debtor.type}"))
    return tuple(lines)


def statement_view(claim: Claim, creditor: Creditor) -> StatementView:
    """The whole page for one claim, in the debtor's language."""
    lang = claim.debtor.language
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    reference = format_rf(rf_reference(claim.debtor.id))
    desk = creditor.contact
    is_open = claim.status != "paid"
    plan_mail = dispute_mail = None
    if is_open and desk.email:
        plan_mail = mailto(desk.email, t("plan_subject", reference=reference),
                           t("plan_body", desk=desk.name, amount=money(claim.total_due), reference=reference))
        open_numbers = [b.number for b in claim.settlement.invoices if b.principal_open > 0]
        dispute_mail = mailto(desk.email, t("dispute_subject", reference=reference),
                              t("dispute_body", desk=desk.name, reference=reference,
                                invoices=", ".join(open_numbers or [b.number for b in claim.settlement.invoices])))
    credit = claim.settlement.credit
    return StatementView(
        lang=lang, stage=claim.stage, status=claim.status, message_key=message_key(claim),
        title=t("title", creditor=creditor.name), debtor_name=claim.debtor.name,
        summary=summary(claim, creditor, lang),
        next_steps=next_steps(claim, creditor, lang),
        pay=pay_details(claim, creditor, lang) if is_open else None,
        plan=plan_view(claim, lang),
        situation=t("situation", date=fmt.day(claim.as_of, lang)),
        invoices=_invoices(claim, lang), payments=_payments(claim, lang),
        interest=_interest(claim, creditor, lang), costs=_costs(claim, lang),
        totals=_totals(claim, creditor, lang),
        credit=t("credit", amount=money(credit)) if credit > 0 else None,
        plan_mailto=plan_mail, dispute_mailto=dispute_mail,
        help=_help(lang), contact=_contact(creditor, reference, lang),
        creditor=CreditorView(creditor.name, creditor.kvk, creditor.vat_number, tuple(creditor.address)),
        terms=_terms(claim, creditor, lang), pages=dict(PAGES[lang]), labels=dict(labels(lang)),
    )
