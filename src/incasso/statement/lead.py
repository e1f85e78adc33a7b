"""What a page says first when the answer is not simply "pay this by then".

A dispute leads with the dispute: its date, what happens now, and by when
staff will answer (the core's review date, `dispute_max_days` after the
dispute). A file handed over, or in legal steps, leads with who handles it
now, whom to call and whom to pay; it never promises what no longer applies
(no pause of collection while a bailiff acts). Dates come from the ledger and
from the claim's next action, never recounted here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.states import HANDED_OVER, ActionKind, CostsState, Stage, Status
from incasso.contact import mailto_link, tel_link
from incasso.ledger.model import Language
from incasso.payments.reference import format_rf, rf_reference
from incasso.statement.handler import Handler, HandlerKind, stage_told
from incasso.statement.labels import invoices_named, text
from incasso.statement.tables import costs_cap, due_on_costs_eve, first_notice_named, instalment_key

# Once the file is with an agency or in legal steps, the creditor's own pause no longer holds for everyone.


@dataclass(frozen=True)
class ContactLink:
    """One way to reach someone: "Telefoon" and a tel: link, or "E-mail" and a mailto: link."""

    label: str
    text: str
    href: str


@dataclass(frozen=True)
class Lead:
    """The top of a page that is about something else first: a heading, a few lines, whom to contact."""

    kind: str  # dispute, handover or legal (for the stylesheet)
    heading: str
    lines: tuple[str, ...]
    contact_name: str | None = None
    contact: tuple[ContactLink, ...] = ()
    after: tuple[str, ...] = ()  # lines below whom to contact: on a phone, the number comes first


@dataclass(frozen=True)
class Mail:
    """What a mail link fills in for the debtor: its subject and the start of its text."""

    subject: str
    body: str


def handler_name(handler: Handler | None, lang: Language) -> str:
    """The handler's name, or "the collection agency" / "us" when the ledger names nobody."""
    if handler is not None and handler.name:
        return handler.name
    if handler is not None and handler.kind == HandlerKind.BAILIFF:
        return text(lang, "the_bailiff")
    return text(lang, "the_agency") if handler is not None and handler.stage == Stage.HANDOVER else text(lang, "us")


def contact_links(handler: Handler, lang: Language, mail: Mail) -> tuple[ContactLink, ...]:
    """The handler's phone and email as links, as far as the ledger gives them."""
    links = []
    if handler.phone:
        links.append(ContactLink(text(lang, "phone"), handler.phone, tel_link(handler.phone)))
    if handler.email:
        href = mailto_link(handler.email, mail.subject, mail.body)
        links.append(ContactLink(text(lang, "email"), handler.email, href))
    return tuple(links)


def handler_reference(claim: Claim, handler: Handler, lang: Language) -> str:
    """How a mail to the agency (or the bailiff) quotes the file: their reference, a "kenmerk", when the debtor pays
    them (the page says to write it in 'Omschrijving', not at 'Betalingskenmerk'); else our payment reference."""
    if handler.pay_to is not None:
        return text(lang, "reference_theirs", reference=handler.pay_to.reference)
    return text(lang, "reference_ours", reference=format_rf(rf_reference(claim.debtor.id)))


def handler_mail(claim: Claim, handler: Handler, lang: Language) -> Mail:
    """The mail to the agency (or the bailiff) about the payment, from the top of the page: to them, with the file's
    reference as they know it, a letter begun as the page's other mails are."""
    ref = handler_reference(claim, handler, lang)
    body = text(lang, "mail_body_handler", handler=handler_name(handler, lang), ref=ref)
    return Mail(text(lang, "mail_subject_handler", ref=ref), body)


def dispute_lead(claim: Claim, lang: Language) -> Lead:
    """The dispute first: when the debtor raised it, what happens now, and by when staff answer."""
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    dispute = claim.dispute
    named = disputed_words(claim, lang)
    lines = []
    if dispute is not None:
        since = t("dispute_since_named", invoices=named, date=day(dispute.date)) if named else None
        lines.append(since or t("dispute_since", date=day(dispute.date)))
    lines.append(t("dispute_look") if stage_told(claim) in HANDED_OVER else t("dispute_pause"))
    costs = claim.costs
    if costs.state == CostsState.ANNOUNCED and costs.from_date is not None:
        # A dispute pauses our letters, not a day the law set: the final notice's term runs on, and a
        # business's costs come from the due date (business_costs_from_due) over what is open then.
        last_day = day(costs.from_date - timedelta(days=1))
        if costs.asked_left:
            # The notice of the costs' episode (asked_left: they follow from one), named by how it went.
            # Once it is over, its days not yet in the statements read (claim.term_unseen), it ran: no day to pay by.
            key = "dispute_term_ran" if claim.term_unseen is not None else "dispute_term_runs"
            lines.append(t(key, date=last_day, notice=first_notice_named(claim, lang)))
        elif costs.asked_left is None:
            due = due_on_costs_eve(claim) or claim.total_due
            lines.append(t("dispute_due_runs", date=last_day, amount=fmt.money(due, lang)))
    review = claim.next_action
    if review is not None and review.kind == ActionKind.REVIEW_DISPUTE:
        late = answer_late(claim)
        lines.append(t("dispute_answer_late" if late else "dispute_answer_by", date=day(review.due)))
    heading = t("dispute_heading_named", invoices=named) if named else t("dispute_heading")
    return Lead("dispute", heading, tuple(lines))


def answer_late(claim: Claim) -> bool:
    """Whether the day staff meant to answer a dispute by has gone by unanswered: the top says so and apologises
    (`dispute_answer_late`), and the message does not point to a day to hear from us (statement.view.message_key)."""
    review = claim.next_action
    return review is not None and review.kind == ActionKind.REVIEW_DISPUTE and review.due < claim.as_of


def disputed_words(claim: Claim, lang: Language) -> str | None:
    """The invoices an open dispute names, as the page says them ("factuur Z2026-0125", "facturen A en B"),
    or None when the dispute is about the whole dossier."""
    numbers = [invoice.number for invoice in claim.disputed]
    return invoices_named(numbers, lang) if numbers else None


def handover_lead(handler: Handler, lang: Language, mail: Mail, *, plan: bool = False, promise: bool = False) -> Lead:
    """Who has the file since when, whom to call about paying, and whom to pay; with `plan` (a plan agreed with the
    agency runs), whom to call about it, not "Wilt u een betalingsregeling"; with `plan` or `promise` (one made to
    them is open) and no phone or e-mail of theirs, not "U hoort van ... hoe u hen kunt bereiken": the debtor
    reached them."""
    t = partial(text, lang)
    call = "handover_call_plan" if plan else "handover_call"
    wait = "handover_wait_plan" if plan else "handover_wait_promise" if promise else "handover_wait"
    agency = handler_name(handler, lang)
    heading = t("handover_heading", agency=handler.name) if handler.name else t("handover_heading_unnamed")
    lines = [
        t("handover_since", date=fmt.day(handler.since, lang), agency=handler.name or t("an_agency")),
        t("handover_pay_agency", agency=handler.pay_to.name) if handler.pay_to else t("handover_pay_us", agency=agency),
        # Last: its colon leads into the phone and email shown below it.
        t(call, agency=agency) if handler.reachable else t(wait, agency=agency),
    ]
    return Lead("handover", heading, tuple(lines), handler.name, contact_links(handler, lang, mail))


def legal_lead(handler: Handler, lang: Language, mail: Mail, *, plan: bool = False) -> Lead:
    """That legal steps run, since when and through whom; that their costs are not on this page; whom to call (with
    `plan`, a plan agreed since running, about it: not "Wilt u ... een betalingsregeling afspreken?")."""
    t = partial(text, lang)
    agreed = "_plan" if plan else ""
    since = t("legal_since", date=fmt.day(handler.since, lang))
    if handler.name:
        via = "legal_via_bailiff" if handler.kind == HandlerKind.BAILIFF else "legal_via"
        since += " " + t(via, handler=handler.name)
    call = t(f"legal_call{agreed}", handler=handler.name) if handler.reachable else t(f"legal_call_us{agreed}")
    # Whom to call first: with the costs and the papers above it, the number sat two phone screens down.
    # A summons or judgment sets its own dates, which no arrangement with us moves.
    after = (t("legal_costs"), t("legal_papers"))
    return Lead("legal", t("legal_heading"), (since, call), handler.name, contact_links(handler, lang, mail), after)


def handed_over_next(claim: Claim, handler: Handler, lang: Language, *, final_costs: bool = False) -> list[str]:
    """What happens next once the file is with an agency or in legal steps: their step, not ours; with
    `final_costs` (steps.costs_are_final), that the agency charges no more collection costs than ours."""
    if claim.stage == Stage.LEGAL:
        return [text(lang, "legal_next", handler=handler_name(handler, lang))]
    # A plan agreed with them runs: "en maakt u geen afspraak" would deny it ("de termijn" of a plan of one).
    plan = claim.status == Status.ARRANGEMENT
    then = text(lang, instalment_key(claim, "handover_next_plan", counting="all") if plan else "handover_next")
    if final_costs:
        return [then, costs_cap(claim, lang, "agency_costs_stay", agency=handler_name(handler, lang))]
    return [then]
