"""The way out a page offers: pay in instalments, or say the invoice is wrong.

Who the debtor talks to follows the file: the creditor's desk, or, once the
file is handed over or in legal steps, the agency or bailiff the ledger names
(with a phone or email), else still the desk. A dispute pauses the creditor's
own steps only: once the file is handed over, the page no longer promises a pause.
A counsellor or an administrator who acts for the debtor on the build's day can
propose the plan or say what is wrong for them: each option says so, by role.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.demand import asked_in_notice, settlement_undecided
from incasso.claims.states import InstallmentStatus, Stage, Status
from incasso.contact import mailto_link, tel_link
from incasso.ledger.model import Creditor, Language, RepresentativeRole
from incasso.statement.handler import Handler, handler_of, stage_told
from incasso.statement.labels import invoices_named, text
from incasso.statement.lead import handler_name, handler_reference
from incasso.statement.tables import instalment_key, open_invoices


# The page's options, made anew for each debtor and never changed after: slotted, not frozen (a frozen
# dataclass's __init__ costs some 1,300 instructions more a field: BENCHMARKS.md, session 43).
@dataclass(slots=True)
class PlanOption:
    """The "pay in instalments" option: ask for a plan, or, during one, ask to change it; and whom to call."""

    heading: str
    text: str
    mail_label: str
    mailto: str | None
    call: str | None
    phone: str | None
    tel: str | None


@dataclass(slots=True)
class OtherDispute:
    """While one invoice is disputed apart, how to say another one, still chased, is wrong too."""

    text: str
    mail_label: str
    mailto: str | None


@dataclass(slots=True)
class DisputeOption:
    """How to say the invoice is wrong; while a dispute is open, how to add to it (and, while invoices
    disputed apart leave others chased, how to dispute one of those: `other`)."""

    heading: str
    text: str
    mail_label: str
    mailto: str | None
    other: OtherDispute | None = None


def represented_by(claim: Claim) -> RepresentativeRole | None:
    """The role of whoever acts for the debtor on the page's day, the one thing of them the public page shows."""
    representative = claim.debtor.representative
    return representative.role if representative is not None else None


def plan_offer(claim: Claim, lang: Language) -> str:
    """The way to a plan after "Wilt u die liever in termijnen betalen?" (a promise of part, on the page and in its
    confirmation): "Vraag dan een betalingsregeling aan.", or, while a counsellor or an administrator acts, that they
    can send us a proposal: by role only, as the plan option says it."""
    role = represented_by(claim)
    return text(lang, f"plan_offer_{role}" if role is not None else "plan_offer")


def ask_plan(claim: Claim, lang: Language) -> str:
    """A page message's {ask_plan}, written after "Kunt u niet alles in één keer betalen?": "vraag dan een
    betalingsregeling aan", or by role, as `plan_offer` (statement.view, MESSAGE_VALUES)."""
    role = represented_by(claim)
    return text(lang, f"ask_plan_{role}" if role is not None else "ask_plan")


def way_out(claim: Claim, lang: Language) -> str:
    """A page message's {way_out}, written after "Lukt het niet op tijd?" (the settlement's message): "neem dan
    contact met ons op, dan zoeken wij samen een oplossing", or, while a counsellor or an administrator acts, that
    they can contact us, by role, as the plan's way out says it (steps `plan_then_way_out`); after a handover, the
    agency or bailiff that has the file, when the ledger says how to reach them (statement.view, MESSAGE_VALUES)."""
    handler = handler_of(claim)
    if handler is not None and handler.reachable:
        return text(lang, "way_out_with", handler=handler_name(handler, lang))
    role = represented_by(claim)
    return text(lang, f"way_out_{role}" if role is not None else "way_out")


def plan_option(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> PlanOption:
    """A debtor in a running plan is offered a change to it, not a new plan for the whole balance;
    after a handover, the agency (or bailiff) is the one to agree it with, when the ledger says how to reach them.
    A debtor a counsellor or an administrator acts for is not asked to propose a plan as if alone: they can."""
    if claim.status == Status.SETTLEMENT:
        return _settlement_change(claim, creditor, reference, lang)
    heading = text(lang, "h_change_plan" if claim.status == Status.ARRANGEMENT else "h_ask_plan")
    handler = handler_of(claim)
    if handler is not None and handler.reachable:
        option = _plan_with(handler, claim, heading, lang)
        return replace(option, text=_for_you(option.text, "plan", represented_by(claim), lang))
    return _plan_with_us(claim, creditor, reference, lang, heading)


def _for_you(words: str, kind: str, role: RepresentativeRole | None, lang: Language) -> str:
    """An option's `words` with the sentence that the counsellor or administrator acting (`role`) can do it for
    the debtor (`kind`: "plan" or "dispute")."""
    return f"{words} {text(lang, f'{kind}_for_you_{role}')}" if role is not None else words


def _plan_with_us(claim: Claim, creditor: Creditor, reference: str, lang: Language, heading: str) -> PlanOption:
    """A plan agreed with the creditor's desk: asked for, or, during one, changed. One a counsellor or an
    administrator acts for: they can send the proposal, and the mail's words fit them as well as the debtor."""
    t = partial(text, lang)
    change = claim.status == Status.ARRANGEMENT
    role = represented_by(claim)
    desk = creditor.contact
    link = None
    if claim.status not in (Status.PAID, Status.SETTLED) and desk.email:
        if change:
            subject, body = (
                t("change_plan_subject", reference=reference),
                t("change_plan_body", desk=desk.name, reference=reference),
            )
        else:
            amount = fmt.money(claim.total_due, lang)
            body_key = "plan_body_represented" if role is not None else "plan_body"
            subject, body = (
                t("plan_subject", reference=reference),
                t(body_key, desk=desk.name, amount=amount, reference=reference),
            )
        link = mailto_link(desk.email, subject, body)
    call = t("or_call", name=desk.name) if desk.phone else None
    mail_label = t("change_plan_mail") if change else t("ask_plan_mail")
    tel = tel_link(desk.phone) if desk.phone else None
    if change:
        words = _for_you(t(plan_change_key(claim, "change_plan_text")), "plan", role, lang)
    else:  # the proposal the counsellor or the administrator can send, in place of "Stuur ons een voorstel"
        key = "plan_text_legal_us" if stage_told(claim) == Stage.LEGAL else "ask_plan_text"
        words = t(f"{key}_{role}" if role else key)
    return PlanOption(heading, words, mail_label, link, call, desk.phone, tel)


def plan_change_key(claim: Claim, key: str, *, read_today: bool = True) -> str:
    """The box that asks a debtor who cannot pay the plan's instalments to say so, "het liefst vóór de volgende
    termijn": on the day an instalment is due and not paid in full, that next one is today, and "before" it is gone
    by tonight: the page asks for a word today (`key` + "_today"), as a settlement's does on its day
    (`settlement_change_key`). The day before and the day after (the next one then the plan's following instalment)
    keep "vóór". One instalment left (`instalment_key`'s "_single") is asked for as soon as possible, any day; so
    are several when none of them is still to come (`key` + "_missed": after a final notice over the plan, say, no
    next instalment is left to be before). A letter (`read_today` False), read after its day, never asks for a word
    today: written on an instalment's day it keeps "vóór" while a later one is to come."""
    key = instalment_key(claim, key)
    plan = claim.plan
    if plan is None or key.endswith("_single"):
        return key
    states = [i.state for i in plan.installments]
    if read_today and InstallmentStatus.DUE in states:
        return f"{key}_today"
    open_ones = any(i.open > 0 for i in plan.installments)
    # One still to come by its day that the final notice over the plan asks now is no next instalment to be before.
    asked = asked_in_notice(claim)
    to_come = any(i.state == InstallmentStatus.UPCOMING and i not in asked for i in plan.installments)
    return f"{key}_missed" if open_ones and not to_come else key


def settlement_change_key(claim: Claim, *, read_today: bool = True) -> str:
    """An instalment past its day: "het liefst vóór de afgesproken dag" is behind the debtor, who is asked to write
    as soon as possible (the last day that keeps the agreement is said above it, on the page and in the letter). On
    the agreed day itself (the sum's `pay_by`, or the instalment's), "before" it is gone by tonight: the page asks
    for a word today; a letter (`read_today` False), read after that day, as soon as possible. The one `pay_by`
    passed while the bank statements read do not reach it (the top asks whether it was paid): the box asks in the
    past (`settlement_change_heading`), and what is still possible, for unpaid the agreement lapsed."""
    if settlement_undecided(claim) is not None:
        return "change_settlement_text_passed"
    accord = claim.accord
    if accord is None:
        return "change_settlement_text"
    if accord.missed is not None or accord.asked_by < claim.as_of:
        return "change_settlement_text_missed"
    if accord.asked_by == claim.as_of:
        return "change_settlement_text_today" if read_today else "change_settlement_text_missed"
    return "change_settlement_text"


def settlement_change_heading(claim: Claim) -> str:
    """ "Lukt het afgesproken bedrag niet?", up to and on its day; after it, unseen, "Heeft u ... niet op tijd kunnen
    betalen?"."""
    return "h_change_settlement_passed" if settlement_undecided(claim) is not None else "h_change_settlement"


def _settlement_change(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> PlanOption:
    """A running settlement (claims.accord) is the agreement: no new payment plan is offered beside it, but to
    say before its day that it will not work, so that it can be changed rather than lapse. By role, as a plan's."""
    t = partial(text, lang)
    desk = creditor.contact
    link = None
    if desk.email:
        subject = t("change_settlement_subject", reference=reference)
        body = "change_settlement_body_passed" if settlement_undecided(claim) else "change_settlement_body"
        link = mailto_link(desk.email, subject, t(body, desk=desk.name, reference=reference))
    words = _for_you(t(settlement_change_key(claim)), "plan", represented_by(claim), lang)
    call = t("or_call", name=desk.name) if desk.phone else None
    tel = tel_link(desk.phone) if desk.phone else None
    heading = t(settlement_change_heading(claim))
    return PlanOption(heading, words, t("change_settlement_mail"), link, call, desk.phone, tel)


def _plan_with(handler: Handler, claim: Claim, heading: str, lang: Language) -> PlanOption:
    """A plan agreed with the agency or bailiff that now handles the file."""
    t = partial(text, lang)
    name = handler_name(handler, lang)
    if claim.status == Status.ARRANGEMENT:
        words = t(plan_change_key(claim, "change_plan_text_with"), handler=name)
    elif claim.stage == Stage.LEGAL:
        words = t("plan_text_legal_with", handler=name)
    else:
        words = t("plan_text_agency", agency=name)
    # Paying the agency, the debtor quotes its reference (the page says so, as a "kenmerk"): the mail asks with
    # that one too, to them, begun as the mails to our desk are.
    ref = handler_reference(claim, handler, lang)
    if claim.status == Status.ARRANGEMENT:
        subject, body = t("change_plan_subject_handler", ref=ref), t("change_plan_body_handler", handler=name, ref=ref)
    else:
        amount = fmt.money(claim.total_due, lang)
        subject, body = t("plan_subject_handler", ref=ref), t("plan_body_handler", handler=name, amount=amount, ref=ref)
    link = mailto_link(handler.email, subject, body) if handler.email else None
    call = t("call_name", name=name) if handler.phone else None
    tel = tel_link(handler.phone) if handler.phone else None
    return PlanOption(heading, words, t("mail_name", name=name), link, call, handler.phone, tel)


def dispute_option(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> DisputeOption:
    """How to say the invoice is wrong: always to the creditor, who decides on it; a pause only where it holds.

    A debtor whose dispute is open already said so: asking again would read as if nobody listened,
    so the page offers to add to it instead.
    """
    t = partial(text, lang)
    if claim.status == Status.DISPUTE or claim.disputed_apart:
        return _add_to_dispute(claim, creditor, reference, lang)
    # "Klopt een factuur niet?" under a table of several, and the heading above it with it ("een factuur").
    many = "_many" if len(claim.settlement.invoices) > 1 else ""
    if claim.status == Status.SETTLEMENT:  # no step is due, and its day does not wait: it is for every invoice
        words = t("dispute_text_settlement")
    elif claim.stage == Stage.LEGAL:
        words = t(f"dispute_text_legal{many}")
    elif claim.stage == Stage.HANDOVER:
        words = t(f"dispute_text_handover{many}", agency=handler_name(handler_of(claim), lang))
    elif many and open_invoices(claim) < 2:
        # "Uw andere facturen blijven gewoon te betalen" only where another is still open: not beside paid ones.
        words = t("dispute_text_many_one_open")
    else:
        words = t(f"dispute_text{many}")
    words = _for_you(words, "dispute", represented_by(claim), lang)
    heading, desk = t(f"h_dispute{many}"), creditor.contact
    if claim.status in (Status.PAID, Status.SETTLED) or not desk.email:
        return DisputeOption(heading, words, t("dispute_mail"), None)
    subject = t("dispute_subject", reference=reference)
    chosen = _chased_numbers(claim) or [b.number for b in claim.settlement.invoices]
    body = _dispute_body(chosen, desk.name, reference, lang)
    return DisputeOption(heading, words, t("dispute_mail"), mailto_link(desk.email, subject, body))


def _add_to_dispute(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> DisputeOption:
    """Add to the open dispute; while it names invoices apart and others are still chased, which the page and
    the final notice ask "Klopt een factuur niet?" of, dispute one of those too."""
    t = partial(text, lang)
    desk = creditor.contact
    link = None
    if desk.email:
        subject = t("dispute_add_subject", reference=reference)
        named = invoices_named(_invoice_numbers(claim), lang)  # "factuur F-B", "facturen F-B en F-C"
        body = t("dispute_add_body", desk=desk.name, reference=reference, invoices=named)
        link = mailto_link(desk.email, subject, body)
    words = _for_you(
        t("dispute_add_text" if desk.email else "dispute_add_text_call"), "dispute", represented_by(claim), lang
    )
    # A dispute of the whole dossier leaves no other invoice; one naming invoices may (`_other_dispute`).
    other = _other_dispute(claim, creditor, reference, lang) if claim.disputed else None
    heading = t("h_dispute_open") if other is not None else t("h_dispute_add")
    return DisputeOption(heading, words, t("dispute_add_mail"), link, other)


def _other_dispute(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> OtherDispute | None:
    """Dispute an invoice still chased beside those disputed; None when none is (nothing else open: the dossier
    then waits for the answer as a whole). A pause is promised only where the creditor's own steps run (not once
    the file is handed over, as dispute_option)."""
    chased = _chased_numbers(claim)
    if not chased:
        return None
    t = partial(text, lang)
    if claim.stage == Stage.LEGAL:
        words = t("dispute_other_text_legal")
    elif claim.stage == Stage.HANDOVER:
        words = t("dispute_other_text_handover", agency=handler_name(handler_of(claim), lang))
    else:
        words = t("dispute_other_text")
    desk, link = creditor.contact, None
    if desk.email:
        body = _dispute_body(chased, desk.name, reference, lang)
        link = mailto_link(desk.email, t("dispute_subject", reference=reference), body)
    return OtherDispute(words, t("dispute_other_mail"), link)


def _dispute_body(numbers: list[str], desk: str, reference: str, lang: Language) -> str:
    """The mail disputing an invoice: it names the one the debtor may dispute; of several it leaves which to them
    ("Welke factuur (F-A of F-C):"), so that it never says they dispute an invoice they did not choose."""
    if len(numbers) == 1:
        return text(lang, "dispute_body", desk=desk, reference=reference, invoices=numbers[0])
    choice = ", ".join(numbers[:-1]) + f" {text(lang, 'or')} {numbers[-1]}"
    return text(lang, "dispute_body_choose", desk=desk, reference=reference, invoices=choice)


def _chased_numbers(claim: Claim) -> list[str]:
    """The invoices still asked for, besides those disputed (left out of the figures while apart). By principal:
    a payment pays an invoice's part of the costs and its interest before its principal (art. 6:44 BW), and
    interest runs on principal only, so one whose principal is paid asks nothing more."""
    disputed = {i.number for i in claim.disputed}
    return [b.number for b in claim.settlement.invoices if b.principal_open > 0 and b.number not in disputed]


def _invoice_numbers(claim: Claim) -> list[str]:
    """The invoices an open dispute names, for the mail adding to it; of a dispute of the whole dossier those
    still open, or all of them when none is. Never an invoice the debtor did not dispute, put in their mouth in
    a mail to the creditor."""
    if claim.disputed:
        return [invoice.number for invoice in claim.disputed]
    return _chased_numbers(claim) or [b.number for b in claim.settlement.invoices]
