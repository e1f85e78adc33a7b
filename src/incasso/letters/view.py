"""The view model of one letter: every figure and sentence it shows, formatted, per language.

`letter_view(ledger, claim, due, form, link=..., pay=...)` turns an assessed
claim into plain strings, so that a renderer (a PDF, an e-mail) only places
them. The figures and most sentences are the statement page's own
(incasso.statement): the letter is built from the claim as it stands once the
letter is sent (`claim_after`), which is the claim the page shows from the day
staff record the letter. Like the page, it never shows event notes, staff
names or whom staff spoke to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import TypedDict
from urllib.parse import urlsplit

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.demand import page_asks, replaced_undecided, term_costs_on_top
from incasso.claims.states import CostsState, PlanState, Status
from incasso.contact import addressee, as_read_by, mailto_link, postal_lines, tel_link
from incasso.law.money import cents
from incasso.ledger.model import Channel, CreditNote, Creditor, Debtor, Event, EventType, Language, Ledger, latest
from incasso.letters.due import DueLetter, LetterKind, file_stem
from incasso.letters.outlook import claim_after
from incasso.letters.records import Letterhead, LetterView, PayBlock, Section, Table
from incasso.letters.settlement import SETTLEMENT_LETTERS, settlement_way_out
from incasso.letters.terms import (
    asked_anew,
    broken_promise,
    costs_apart,
    handover_terms_unnamed,
    lapse_told,
    last_day_on_arrival,
    letter_terms,
    next_lines,
    pause_terms_unnamed,
    steps_per_invoice,
    term_gone_on_arrival,
    this_letter,
    this_notice,
    unagreed_notice,
    unread_instalment_pay_note,
    wait_terms_unnamed,
    when_to_call,
)
from incasso.letters.words import WORDS, text
from incasso.payments.reference import format_iban, format_rf, rf_reference
from incasso.statement import labels
from incasso.statement.handler import Handler, handler_of
from incasso.statement.help import HelpLine, help_view
from incasso.statement.labels import invoices_named
from incasso.statement.options import dispute_option, plan_change_key, plan_option, represented_by
from incasso.statement.pay import PayDetails, pay_details
from incasso.statement.returned import returned_view
from incasso.statement.steps import (
    asked_pause,
    payment_deadline,
    rest_handed_over,
    settlement_last_days,
    wait_granted,
)
from incasso.statement.tables import (
    allocation_note,
    channel_variant,
    costs_notice,
    costs_steps_sentence,
    costs_text,
    credit_text,
    earlier_costs_sentence,
    instalment_key,
    interest_rate,
    interest_view,
    invoice_question,
    invoice_words,
    missed_instalments_named,
    notice_form,
    notice_named,
    open_cell,
    open_column,
    open_invoices,
    paid_cell,
    paid_column,
    payment_rows,
    plan_view,
    several_missed,
    situation_text,
    total_rows,
)
from incasso.statement.view import agency_named, earlier_agency_named, message_key, not_received, the_agency_named

# A Dutch postcode and place ending an address line, on a line of its own or after a comma:
# "3534 AR Utrecht" and "Vlampijpstraat 48, 3534 AR Utrecht" -> "Utrecht".
# The values a letter's opening text (content/letters) may name in braces, each filled in per letter:
# {not_received} as on the page (statement.view.not_received), {get_help}, {steps_sent} (`steps_sent`),
# {this_letter} ("deze brief", in an e-mail "deze e-mail"); {this_notice}, what a final notice is ("Dit is onze
# laatste brief (sommatie)", in an e-mail "Dit is onze laatste e-mail (sommatie)": letters.terms.this_notice).
# {the_instalment}, what a final notice over a plan asks beside ("niet alleen de termijn", "de termijnen" of more
# than one missed: statement.tables.missed_instalments_named).
# {answered_on}, the day of the latest answer to a dispute ("" without one: `final_notice_answered` names it).
# {agency}, the agency of the latest handover as the page names it (statement.view.agency_named), {the_agency} that
# agency said again (statement.view.the_agency_named), and {earlier_agency} the one before it
# (statement.view.earlier_agency_named).
# {the_invoice} and {this_invoice}, the invoices the letter is about, as on the page (statement.tables.invoice_words).
# {asked_to_wait}, the wait the debtor or their counsellor asked for, granted, by role, with its last day, as the page
# says it (statement.steps.wait_granted); "" without one. The wait's confirmation (`pause`) opens with it.
# {when_to_call}, when a debtor who cannot pay is asked to call: "het liefst vóór de datum hieronder", or "zo snel
# mogelijk" once that day is no later than the day the letter is read (terms.when_to_call); the reminders of a missed
# instalment say it.
# {asked_again}, a dunning letter's "Daarom vragen wij u opnieuw om te betalen, nu met een nieuwe uiterste datum.", or,
# where an invoice in it had no letter before though others did, "opnieuw" of those only and "en nu ook" of it
# (`asked_again`).
TEXT_VALUES = (
    "not_received",
    "get_help",
    "steps_sent",
    "this_letter",
    "this_notice",
    "the_instalment",
    "answered_on",
    "the_invoice",
    "this_invoice",
    "agency",
    "the_agency",
    "earlier_agency",
    "asked_to_wait",
    "when_to_call",
    "asked_again",
)
# A variant opening, and the text it falls back to in a site whose content/ has none (written before it).
REMINDER_REST = "reminder_rest"
REMINDER_NEWER = "reminder_newer"
REMINDER_NEWER_ANSWERED = "reminder_newer_answered"
REMINDER_ANSWERED = "reminder_answered"
REMINDER_PROMISE = "reminder_promise"
DUNNING_COSTS_CHARGED = "dunning_costs_charged"
REMINDER_COSTS_CHARGED = "reminder_costs_charged"
DUNNING_ANSWERED = "dunning_answered"
DUNNING_PROMISE = "dunning_promise"
# The first step's letter after a settlement lapsed or was called off (letters.terms.lapse_told): not "ontschoten",
# nor "eerder een herinnering gestuurd" as if no lower amount had been agreed since.
REMINDER_AFTER_SETTLEMENT = "reminder_after_settlement"
DUNNING_AFTER_SETTLEMENT = "dunning_after_settlement"
# ... and the final notice: one text for its letter, e-mail and unagreed forms ({this_notice} says which it is).
FINAL_NOTICE_AFTER_SETTLEMENT = "final_notice_after_settlement"
FINAL_NOTICE_ANSWERED = "final_notice_answered"
FINAL_NOTICE_PLAN = "final_notice_plan"
# A final notice e-mailed to a consumer who had not agreed to it (letters.terms.unagreed_notice): no "laatste brief".
UNAGREED = "_unagreed"
FINAL_NOTICE_UNAGREED = LetterKind.FINAL_NOTICE + UNAGREED
FINAL_NOTICE_ANSWERED_UNAGREED = FINAL_NOTICE_ANSWERED + UNAGREED
FINAL_NOTICE_PLAN_UNAGREED = FINAL_NOTICE_PLAN + UNAGREED
# ... over a plan of one instalment (statement.tables.instalment_key, counting all): "de termijn is niet op tijd
# betaald", not "de termijnen zijn niet allemaal", of a plan that had one.
FINAL_NOTICE_PLAN_SINGLE = FINAL_NOTICE_PLAN + "_single"
FINAL_NOTICE_PLAN_SINGLE_UNAGREED = FINAL_NOTICE_PLAN_SINGLE + UNAGREED
HANDOVER_ANSWERED = "handover_answered"
HANDOVER_AGENCY_PLAN_KEPT = "handover_agency_plan_kept"
HANDOVER_PLAN_KEPT = "handover_plan_kept"
HANDOVER_PLAN_RUNNING = "handover_plan_running"
HANDOVER_AGENCY_PLAN_RUNNING = "handover_agency_plan_running"
ARRANGEMENT_SINGLE = "arrangement_single"
INSTALLMENT_REMINDER_SEVERAL = "installment_reminder_several"
INSTALLMENT_REMINDER_SINGLE = "installment_reminder_single"
# A settlement by one day whose payment the bank took back after it (claims.accord.Accord.missed_sum): no "termijn".
SETTLEMENT_REMINDER_SUM = "settlement_reminder_sum"
# The reminder of a missed instalment part of which was paid ("nog niet helemaal betaald"): its openings end in this.
PART = "_part"
# Each opening of a missed instalment's reminder (`_instalment_opening`).
INSTALMENT_OPENINGS = tuple(
    opening + part
    for opening in (LetterKind.INSTALLMENT_REMINDER, INSTALLMENT_REMINDER_SEVERAL, INSTALLMENT_REMINDER_SINGLE)
    for part in ("", PART)
)
# The first of them since a dispute's answer: `installment_reminder_answered` (its text the sentence that names the
# answer) above the opening's own text, without "Misschien is het u ontschoten" (letters.texts reads them so).
ANSWERED = "_answered"
INSTALLMENT_REMINDER_ANSWERED = LetterKind.INSTALLMENT_REMINDER + ANSWERED
INSTALMENT_ANSWERED_OPENINGS = tuple(opening + ANSWERED for opening in INSTALMENT_OPENINGS)
# The openings that name a dispute's answer: their way out asks about it, not again whether the invoice is right.
ANSWERED_OPENINGS = (
    REMINDER_ANSWERED,
    DUNNING_ANSWERED,
    FINAL_NOTICE_ANSWERED,
    FINAL_NOTICE_ANSWERED_UNAGREED,
    HANDOVER_ANSWERED,
    *INSTALMENT_ANSWERED_OPENINGS,
)
# Each variant stands in for the opening it names, while a site lacks its text (a `_part` one for its own variant).
OPENING_VARIANTS: dict[str, str] = {
    REMINDER_REST: LetterKind.REMINDER,
    REMINDER_NEWER: LetterKind.REMINDER,
    REMINDER_NEWER_ANSWERED: LetterKind.REMINDER,
    REMINDER_ANSWERED: LetterKind.REMINDER,
    REMINDER_PROMISE: LetterKind.REMINDER,
    REMINDER_COSTS_CHARGED: LetterKind.REMINDER,
    DUNNING_COSTS_CHARGED: LetterKind.DUNNING,
    DUNNING_ANSWERED: LetterKind.DUNNING,
    DUNNING_PROMISE: LetterKind.DUNNING,
    REMINDER_AFTER_SETTLEMENT: LetterKind.REMINDER,
    DUNNING_AFTER_SETTLEMENT: LetterKind.DUNNING,
    FINAL_NOTICE_AFTER_SETTLEMENT: LetterKind.FINAL_NOTICE,
    FINAL_NOTICE_ANSWERED: LetterKind.FINAL_NOTICE,
    FINAL_NOTICE_PLAN: LetterKind.FINAL_NOTICE,
    FINAL_NOTICE_UNAGREED: LetterKind.FINAL_NOTICE,
    FINAL_NOTICE_ANSWERED_UNAGREED: FINAL_NOTICE_ANSWERED,
    FINAL_NOTICE_PLAN_UNAGREED: FINAL_NOTICE_UNAGREED,
    FINAL_NOTICE_PLAN_SINGLE: FINAL_NOTICE_PLAN,
    FINAL_NOTICE_PLAN_SINGLE_UNAGREED: FINAL_NOTICE_PLAN_UNAGREED,
    HANDOVER_ANSWERED: LetterKind.HANDOVER,
    HANDOVER_AGENCY_PLAN_KEPT: LetterKind.HANDOVER,
    HANDOVER_PLAN_KEPT: LetterKind.HANDOVER,
    HANDOVER_PLAN_RUNNING: LetterKind.HANDOVER,
    HANDOVER_AGENCY_PLAN_RUNNING: LetterKind.HANDOVER,  # not handover_plan_running's "die u met ons had"
    ARRANGEMENT_SINGLE: LetterKind.ARRANGEMENT,
    INSTALLMENT_REMINDER_SEVERAL: LetterKind.INSTALLMENT_REMINDER,
    INSTALLMENT_REMINDER_SINGLE: LetterKind.INSTALLMENT_REMINDER,
    SETTLEMENT_REMINDER_SUM: LetterKind.SETTLEMENT_REMINDER,
    LetterKind.INSTALLMENT_REMINDER + PART: LetterKind.INSTALLMENT_REMINDER,
    INSTALLMENT_REMINDER_SEVERAL + PART: INSTALLMENT_REMINDER_SEVERAL,
    INSTALLMENT_REMINDER_SINGLE + PART: INSTALLMENT_REMINDER_SINGLE,
    INSTALLMENT_REMINDER_ANSWERED: LetterKind.INSTALLMENT_REMINDER,  # shipped (letters.texts.BUILT_IN), not this
}
_AFTER_SETTLEMENT = {
    LetterKind.REMINDER: REMINDER_AFTER_SETTLEMENT,
    LetterKind.DUNNING: DUNNING_AFTER_SETTLEMENT,
    LetterKind.FINAL_NOTICE: FINAL_NOTICE_AFTER_SETTLEMENT,
}
REST_MESSAGES = ("remainder", "notice_paid", "promise_kept", "plan_kept", "plan_kept_single")
_POSTCODE = re.compile(r"(?:^|,\s*)\d{4}\s?[A-Z]{2}\s+(?P<place>[^,]+?)\s*$")


def letter_view(
    ledger: Ledger,
    claim: Claim,
    due: DueLetter,
    form: Channel,
    *,
    link: str | None = None,
    pay: PayDetails | None = None,
    demo: bool = False,
) -> LetterView:
    """One letter in the debtor's language, as it reads when sent today in `form`.

    `pay`: the page's payment block (its QR code drawn), used when it asks what the letter asks, else made anew.
    `link` is the debtor's personal page, when it has a public address; `demo`: the build had no real
    secret, and the letter says it is a demo (LetterView.demo).
    """
    ledger = as_read_by(ledger, claim.debtor)
    creditor, debtor, lang = ledger.creditor, claim.debtor, claim.debtor.language
    after = claim_after(ledger, claim, due, form)
    pay = pay if pay is not None and pay.amount == page_asks(after) else pay_details(after, creditor, lang)
    subject = _subject(after, creditor, due, form)
    reference = format_rf(rf_reference(debtor.id))
    handler = handler_of(after)
    lead, terms, costs = letter_terms(ledger, after, due, form)
    figures = _figures(after, ledger, lang, linked=link is not None, apart=_apart(after, creditor, due, form))
    return LetterView(
        kind=due.kind,
        opening=opening(claim, due, after),
        form=form,
        lang=lang,
        debtor_id=debtor.id,
        file_stem=file_stem(debtor.id, due.kind),
        letterhead=letterhead(creditor, lang, iban=_pays_us(pay, creditor)),
        **_addressed(claim),
        email_from=creditor.contact.email,
        place_date=_place_date(creditor, claim.as_of, lang),
        dated=claim.as_of,
        subject=subject,
        **_references(debtor, handler, subject, demo),
        salutation=_salutation(claim),
        lead=lead,
        terms=terms,
        plan=_plan_of(after, lang, due.kind),
        next_steps=Section(text(lang, "h_next"), next_lines(after, ledger, due, form)),
        pay=_pay_block(pay, lang, form, _pay_note(creditor, after, form)) if pay else None,
        pay_heading=text(lang, "h_pay"),
        # An e-mail's link offers the page's QR code to pay, when there is one: a settled letter's page has none.
        link_intro=text(lang, "link_email" if form == Channel.EMAIL and pay else "link"),
        link=link,
        costs=_costs(after, creditor, costs),
        **figures,
        way_out=_way_out(after, creditor, reference, lang, due.kind, form, opening(claim, due, after)),
        contact=_contact(after, creditor, reference, lang, handler),
        closing=_closing(creditor, lang),
        footer=" · ".join(_footer(creditor, lang, iban=_pays_us(pay, creditor))),
        page_of=WORDS[lang]["page"],
        text_values=_text_values(creditor, after, lang, form, due.kind),
        **_said_once(ledger, after, due, form),
        **_email_marks(reference, creditor, debtor, handler, pay),
    )


class _SaidOnce(TypedDict):
    terms_unnamed: tuple[str, ...]
    said_once: str


def _said_once(ledger: Ledger, claim: Claim, due: DueLetter, form: Channel) -> _SaidOnce:
    """The letter's own paragraph after an opening that does not name what the letter says once (LetterView.read_with):
    a handover notice's agency; the wait granted, by a pause letter or a confirmation that confirms a wait too
    (due.wait), which says it in that paragraph only below an opening without {asked_to_wait}."""
    unnamed = handover_terms_unnamed(claim, due) or pause_terms_unnamed(ledger.creditor, claim, due)
    wait = due.kind == LetterKind.PAUSE or due.wait is not None
    return _SaidOnce(
        terms_unnamed=unnamed or wait_terms_unnamed(ledger, claim, due, form),
        said_once="asked_to_wait" if wait else "agency",
    )


class _EmailMarks(TypedDict):
    kept_whole: tuple[str, ...]
    links: tuple[tuple[str, str], ...]


def _email_marks(
    reference: str, creditor: Creditor, debtor: Debtor, handler: Handler | None, pay: PayDetails | None
) -> _EmailMarks:
    """What an e-mail's sentences keep on one line (`_kept_whole`) and link (`_links`)."""
    return _EmailMarks(
        kept_whole=_kept_whole(reference, creditor, handler, pay),
        links=_links(creditor, debtor, reference, debtor.language, handler),
    )


def _links(
    creditor: Creditor, debtor: Debtor, reference: str, lang: Language, handler: Handler | None
) -> tuple[tuple[str, str], ...]:
    """The phone numbers and e-mail addresses an e-mail names, each with its link (LetterView.links), as the page
    links them: our desk's (a mail with the reference in its subject, as the page's), the agency's or the bailiff's,
    and the help lines' numbers."""
    desk = creditor.contact
    subject = labels.text(lang, "mail_subject", reference=reference)
    links = [(desk.phone, tel_link(desk.phone)) if desk.phone else None]
    links.append((desk.email, mailto_link(desk.email, subject)) if desk.email else None)
    if handler is not None:
        links.append((handler.phone, tel_link(handler.phone)) if handler.phone else None)
        links.append((handler.email, mailto_link(handler.email)) if handler.email else None)
    abroad = debtor.contact.is_abroad
    links += [(h.phone, tel_link(h.phone)) for h in help_view(debtor.type, lang, "", abroad).lines if h.phone]
    return tuple(dict.fromkeys(link for link in links if link is not None))


def _kept_whole(reference: str, creditor: Creditor, handler: Handler | None, pay: PayDetails | None) -> tuple[str, ...]:
    """The values an e-mail's sentences keep on one line (LetterView.kept_whole), as the page keeps them."""
    values = [reference, creditor.contact.phone, handler.phone if handler else None]
    if pay is not None:
        values += [pay.reference, pay.iban]
    return tuple(dict.fromkeys(v for v in values if v and len(v) <= KEPT_WHOLE_AT_MOST))


def _text_values(
    creditor: Creditor, claim: Claim, lang: Language, form: Channel, kind: LetterKind
) -> tuple[tuple[str, str], ...]:
    """The values an opening text may name in braces (TEXT_VALUES), as this letter (of `kind`) says them. A final
    notice e-mailed to a consumer who had not agreed to it (letters.terms.unagreed_notice) calls itself no last
    letter, also in {this_notice}."""
    unagreed = kind == LetterKind.FINAL_NOTICE and unagreed_notice(claim)
    answered = latest(claim.events, EventType.DISPUTE_RESOLVED)
    return (
        ("not_received", not_received(claim, lang)),
        ("get_help", _get_help(claim.debtor, lang)),
        ("steps_sent", steps_sent(claim, lang)),
        ("this_letter", this_letter(lang, form)),
        ("this_notice", this_notice(lang, form, unagreed=unagreed)),
        ("the_instalment", missed_instalments_named(claim, lang)),
        ("answered_on", fmt.day(answered.date, lang) if answered is not None else ""),
        ("agency", agency_named(claim, lang)),
        ("the_agency", the_agency_named(claim, lang)),
        ("earlier_agency", earlier_agency_named(claim, lang)),
        ("asked_to_wait", wait_granted(claim, lang) or ""),
        ("when_to_call", when_to_call(creditor, claim, kind, form)),
        ("asked_again", asked_again(claim, lang)),
        *invoice_words(claim, lang).items(),
    )


def _plan_of(claim: Claim, lang: Language, kind: LetterKind) -> Table | None:
    """The plan's instalments, in the letters about a plan (its confirmation, the reminder of a missed one), and in
    the wait's confirmation while a plan runs (the wait changes nothing of it: what was paid of each, as it stands);
    a settlement's in its confirmation and its reminder (statement.tables.plan_view shows either)."""
    progress = (LetterKind.INSTALLMENT_REMINDER, LetterKind.PAUSE, LetterKind.SETTLEMENT_REMINDER)
    if kind not in (LetterKind.ARRANGEMENT, LetterKind.SETTLEMENT, *progress):
        return None
    return _plan_table(claim, lang, progress=kind in progress)


def opening(claim: Claim, due: DueLetter, after: Claim | None = None) -> str:
    """The opening text a letter starts with: its kind's, or one of OPENING_VARIANTS where the kind's would be
    untrue for this debtor (docs/letters.md, "The texts", gives each one's case and wording). In short: after an
    agreement kept or a notice paid in time, `reminder_rest` (no "it may have slipped your mind" above the thanks); an
    invoice newer than a final notice, `reminder_newer` (`_answered` when a dispute held it out of the notice); costs
    charged already (a business's, from the due dates), `reminder_costs_charged` and `dunning_costs_charged`; a
    broken promise, `reminder_promise` and `dunning_promise` (before an answer it came after); the first letter since
    a dispute's answer, `reminder_answered`, `dunning_answered`, `handover_answered` (it names the answer and does not
    ask again whether the debtor disagrees); a final notice's variants in `_notice_opening`; a handover after a plan
    paid in full, ours or the first agency's, `handover_plan_kept` and `handover_agency_plan_kept` (thanks, as the
    page says, not "Dat vinden wij jammer"); after our plan on schedule, `handover_plan_running` (it ends, a new one
    is the agency's), after the first agency's, `handover_agency_plan_running`; a plan of one, `arrangement_single`
    (statement.tables.instalment_key); a settlement by one day whose payment the bank took back after it,
    `settlement_reminder_sum`; a missed instalment's reminder, `_instalment_opening` (`_answered` the first
    since a dispute's answer: INSTALMENT_ANSWERED_OPENINGS); the first reminder,
    dunning letter or final notice after a settlement lapsed or was called off, `reminder_after_settlement`,
    `dunning_after_settlement` and `final_notice_after_settlement` (the newest news: before any of the others; the
    final notice's one text for all its forms, {this_notice} saying which), unless a dispute was answered since the
    lapse (`_answered_since_the_lapse`)."""
    after_settlement = _AFTER_SETTLEMENT.get(due.kind)
    if after_settlement is not None and lapse_told(claim, due) and not _answered_since_the_lapse(claim, due):
        return after_settlement
    if due.kind == LetterKind.REMINDER:
        key = message_key(claim)
        if key in REST_MESSAGES:
            return REMINDER_REST
        if key == "newer_invoice":
            return REMINDER_NEWER
        if key == "newer_answered":
            return REMINDER_NEWER_ANSWERED  # disputed, answered: not "we have not received" as if forgotten
        if broken_promise(claim) is not None:
            return REMINDER_PROMISE  # what was promised: not "ontschoten", nor an answer the promise came after
        if _first_since_the_answer(claim, due):
            return REMINDER_ANSWERED  # a dispute before any letter: the first letter after the answer names it
        if claim.costs.state == CostsState.CHARGED:
            return REMINDER_COSTS_CHARGED  # costs from the due dates: not "it may have slipped your mind"
    if due.kind == LetterKind.DUNNING and broken_promise(claim) is not None:
        return DUNNING_PROMISE  # as the reminder: the promise leads, also before an answer it came after
    if due.kind == LetterKind.DUNNING and _first_since_the_answer(claim, due):
        return DUNNING_ANSWERED  # the first letter after the answer (costs charged or not: it promises none)
    if due.kind == LetterKind.DUNNING and claim.costs.state == CostsState.CHARGED:
        return DUNNING_COSTS_CHARGED  # costs from the due dates: not "before any costs are added"
    if due.kind == LetterKind.FINAL_NOTICE:
        return _notice_opening(claim, due, after)
    if due.kind == LetterKind.HANDOVER and _first_since_the_answer(claim, due):
        return HANDOVER_ANSWERED  # the page told the answer until the handover (statement.answer): the letter does
    if due.kind == LetterKind.HANDOVER and message_key(claim) in (
        HANDOVER_AGENCY_PLAN_KEPT,
        HANDOVER_PLAN_KEPT,
        HANDOVER_PLAN_RUNNING,
        HANDOVER_AGENCY_PLAN_RUNNING,
    ):
        # A plan kept, the first agency's or ours: thanks, as the page says, not "Dat vinden wij jammer"; one on
        # schedule: it ends, a new one is the agency's, not "U kunt nog steeds ... een betalingsregeling afspreken".
        return message_key(claim)
    if due.kind == LetterKind.ARRANGEMENT:
        return instalment_key(claim, due.kind)
    if due.kind == LetterKind.INSTALLMENT_REMINDER:
        return _instalment_opening(claim, due)
    return SETTLEMENT_REMINDER_SUM if _sum_reminded(claim, due) else due.kind


def _sum_reminded(claim: Claim, due: DueLetter) -> bool:
    """Whether `due` reminds of the agreed sum of a settlement by one day, its payment taken back by the bank after
    that day (claims.accord.Accord.missed_sum): not "een termijn", as the instalment's reminder says."""
    return due.kind == LetterKind.SETTLEMENT_REMINDER and claim.accord is not None and claim.accord.missed_sum


def _answered_since_the_lapse(claim: Claim, due: DueLetter) -> bool:
    """Whether a dispute raised after a settlement ended was answered, and this letter is the first since the answer:
    the answer is the newer news, so the letter opens with it (`reminder_answered`, `dunning_answered`,
    `final_notice_answered`) and says the lapse once, in its own paragraph (letters.terms.lapse_told), as a handover
    notice does. Opened with the lapse, it never named the answer and asked again whether the invoice was right."""
    accord, answer = claim.accord, claim.answer_still_open
    if accord is None or accord.ended_on is None or answer is None or answer.date < accord.ended_on:
        return False  # an answer before the settlement: the settlement and its end are the newer news
    if due.kind == LetterKind.FINAL_NOTICE:
        return _first_notice_since_the_answer(claim, due)
    return _first_since_the_answer(claim, due)


def _plan_in_arrears(claim: Claim) -> bool:
    """Whether a running plan is behind: a final notice to it asks everything overdue, not only the instalment, and
    offers no payment plan as if there were none (`final_notice_plan`, as the page's message)."""
    return claim.status == Status.ARRANGEMENT and claim.running_plan.state == PlanState.IN_ARREARS


def _notice_opening(claim: Claim, due: DueLetter, after: Claim | None) -> str:
    """A final notice's opening: `final_notice_answered` for the first since a dispute's answer, else `final_notice`;
    e-mailed to a consumer who had not agreed to it, which brings no costs while a notice that does may follow
    (letters.terms.unagreed_notice: `after`, the claim with it sent, tells), the same with `_unagreed`: no "laatste
    brief"; to a plan in arrears, `final_notice_plan` (`final_notice_plan_unagreed`: no "laatste brief", nor
    "een betalingsregeling is nog steeds mogelijk" to a debtor who has one), `final_notice_plan_single` to a plan of
    one instalment ("de termijn is niet op tijd betaald": no "termijnen" it never had)."""
    unagreed = after is not None and unagreed_notice(after)
    if _first_notice_since_the_answer(claim, due):
        return FINAL_NOTICE_ANSWERED + UNAGREED if unagreed else FINAL_NOTICE_ANSWERED
    # Unagreed: no "laatste brief" where a posted notice may follow (art. 6:96 lid 6 BW).
    if _plan_in_arrears(claim):  # it ends the plan's terms: not "een betalingsregeling is nog steeds mogelijk"
        opening = instalment_key(claim, FINAL_NOTICE_PLAN, counting="all")
        return opening + UNAGREED if unagreed else opening
    return FINAL_NOTICE_UNAGREED if unagreed else due.kind


def _instalment_opening(claim: Claim, due: DueLetter) -> str:
    """The reminder of a missed instalment: `installment_reminder_several` for more than one, as its subject says
    ("termijnen", not "een termijn"), `installment_reminder_single` of a plan of one ("de termijn", counting all, as
    its subject); each with `_part` when part of what it reminds of was paid ("nog niet helemaal betaald"), the
    plain one saying "nog niet betaald"; and then `_answered` for the first letter since a dispute's answer given
    while the plan ran (INSTALMENT_ANSWERED_OPENINGS)."""
    if several_missed(claim):
        opening = INSTALLMENT_REMINDER_SEVERAL
    else:
        opening = instalment_key(claim, LetterKind.INSTALLMENT_REMINDER, counting="all")
    opening = opening + PART if claim.plan is not None and claim.plan.missed_paid > 0 else opening
    # Disputed, answered, now reminded: the letter names the answer, not "Misschien is het u ontschoten".
    return opening + ANSWERED if _first_since_the_answer_to_the_plan(claim, due) else opening


def _sent_since_the_answer(claim: Claim, due: DueLetter) -> list[Event] | None:
    """The letters sent since a dispute's answer (Claim.letters_since_the_answer) but this one: recorded
    today, it is written again the same on a second build that day, not as a letter after itself. A handover
    notice is written about the handover recorded (`due.recorded`), a step the claim counts among those letters."""
    since = claim.letters_since_the_answer
    return None if since is None else [e for e in since if e is not due.recorded]


def _first_since_the_answer(claim: Claim, due: DueLetter) -> bool:
    """Whether this letter is the first since a dispute's answer about an invoice still open (Claim.answer_still_open,
    as the page's `dunning_answered` reads it): one about invoices since paid or credited is not this letter's."""
    return _sent_since_the_answer(claim, due) == [] and claim.answer_still_open is not None


def _first_since_the_answer_to_the_plan(claim: Claim, due: DueLetter) -> bool:
    """Whether a missed instalment's reminder is the first letter since a dispute's answer (`_first_since_the_answer`)
    that was given while the plan ran: a plan or a promise agreed after the answer is the newer news, and its
    confirmation said what it said; its reminder reads as any other."""
    answer = claim.answer_still_open
    if answer is None or not _first_since_the_answer(claim, due):
        return False
    since = claim.events[claim.events.index(answer) + 1 :]
    return not any(e.type in (EventType.ARRANGEMENT, EventType.PROMISE, EventType.SETTLEMENT) for e in since)


def _first_notice_since_the_answer(claim: Claim, due: DueLetter) -> bool:
    """Whether a dispute was answered about an invoice still open, and no final notice went out since
    (this one aside). An answer about invoices since paid or credited (the debtor was right, or an
    earlier year's bill) is not this letter's to name: its invoices never disagreed."""
    since = _sent_since_the_answer(claim, due)
    if since is None or any(e.type == EventType.FINAL_NOTICE for e in since):
        return False
    return claim.answer_still_open is not None


def _apart(claim: Claim, creditor: Creditor, due: DueLetter, form: Channel) -> bool:
    """A final notice sent again that asks, once it arrives, the amount without the costs then owed
    (letters.terms.costs_apart)."""
    return due.kind == LetterKind.FINAL_NOTICE and costs_apart(creditor, claim, form)


def _subject(claim: Claim, creditor: Creditor, due: DueLetter, form: Channel) -> str:
    """The letter's subject; a final notice is 'the last letter before we charge costs' only while
    its costs are still to come (not when they were charged already, or none are charged, nor when `apart`:
    sent again, it arrives once the first one's costs are owed, letters.terms.costs_apart). Sent again and read
    on the first one's last day itself, when paying that day still stops them (its box and text say so in the
    present), it says that, not the plain subject of a notice whose costs are owed."""
    lang = claim.debtor.language
    apart = _apart(claim, creditor, due, form)
    last_day = last_day_on_arrival(creditor, claim, form)
    email = "_email" if form == Channel.EMAIL else ""  # an e-mail that binds: "Laatste e-mail", no "brief"
    if due.kind == LetterKind.FINAL_NOTICE and apart and last_day is not None:
        return text(lang, "subject_final_notice_last_day" + email, last_day=fmt.day(last_day, lang))
    if due.kind == LetterKind.FINAL_NOTICE and unagreed_notice(claim):
        return text(lang, "subject_final_notice_unagreed")  # no "laatste brief": a notice that binds may follow
    if due.kind == LetterKind.FINAL_NOTICE and (claim.costs.state != CostsState.ANNOUNCED or apart):
        return text(lang, "subject_final_notice_plain" + email)
    if due.kind == LetterKind.FINAL_NOTICE:
        return text(lang, "subject_final_notice" + email)
    if due.kind == LetterKind.INSTALLMENT_REMINDER and several_missed(claim):
        return text(lang, "subject_installment_reminder_several")  # one reminder may be for more than one
    if due.kind == LetterKind.INSTALLMENT_REMINDER:  # "de termijn" of a plan of one (counting all)
        return text(lang, instalment_key(claim, "subject_installment_reminder", counting="all"))
    if _sum_reminded(claim, due):
        return text(lang, "subject_settlement_reminder_sum")  # one sum by one day: no "termijn" to remind of
    pause = asked_pause(claim) if due.kind == LetterKind.PAUSE or due.wait is not None else None
    if pause is not None and pause.until is not None:  # its last day, as the letter says it: the counsellor files it
        key = "subject_pause" if due.kind == LetterKind.PAUSE else f"subject_{due.kind}_wait"  # a confirmation's too
        return text(lang, key, day=fmt.day(pause.until - timedelta(days=1), lang))
    if due.kind == LetterKind.HANDOVER and due.recorded is not None and due.recorded.agency:
        # The agency by name, as the opening below it says it; not "een incassobureau" above "Incasso B.V.".
        return text(lang, "subject_handover_named", agency=due.recorded.agency)
    return text(lang, f"subject_{due.kind}")


def _ours_only(handler: Handler | None) -> bool:
    """Whether the debtor pays the agency: its reference is then the one payment reference,
    and ours only what we know the file by ("Ons kenmerk"), as on the page."""
    return handler is not None and handler.pay_to is not None


def _references(debtor: Debtor, handler: Handler | None, subject: str, demo: bool) -> dict:
    """The letter's head and the e-mail's subject: our reference, as the payment reference or as ours; a demo's
    mark above them, and before the subject."""
    lang, reference = debtor.language, format_rf(rf_reference(debtor.id))
    ours = _ours_only(handler)
    email_subject = text(lang, "email_subject_ours" if ours else "email_subject", subject=subject, reference=reference)
    return dict(
        meta=((text(lang, "our_reference" if ours else "reference"), reference), (text(lang, "dossier"), debtor.id)),
        email_subject=text(lang, "demo_subject", subject=email_subject) if demo else email_subject,
        demo=text(lang, "demo") if demo else "",
    )


def letterhead(creditor: Creditor, lang: Language, *, iban: bool = True) -> Letterhead:
    desk = creditor.contact
    details = []
    if desk.phone:
        details.append(f"{text(lang, 'phone')} {desk.phone}")
    if desk.email:
        details.append(f"{text(lang, 'email')} {desk.email}")
    details += _footer(creditor, lang, iban=iban)[1:]
    return Letterhead(creditor.name, tuple(creditor.address), tuple(details))


def _footer(creditor: Creditor, lang: Language, *, iban: bool = True) -> list[str]:
    """Who writes: name, KvK, VAT and, unless the letter asks to pay someone else (`iban` False), our IBAN."""
    parts = [creditor.name]
    if creditor.kvk:
        parts.append(f"{text(lang, 'kvk')} {creditor.kvk}")
    if creditor.vat_number:
        parts.append(f"{text(lang, 'vat')} {creditor.vat_number}")
    if iban:
        parts.append(f"{text(lang, 'iban')} {format_iban(creditor.iban)}")
    return parts


def _pays_us(pay: PayDetails | None, creditor: Creditor) -> bool:
    """Whether the letter's payment goes to our account (or it asks none): after a handover to an agency with
    its own, our IBAN in the letterhead and footer would invite a hurried payer to use it."""
    return pay is None or "".join(pay.iban_copy.split()).upper() == "".join(creditor.iban.split()).upper()


def _addressed(claim: Claim) -> dict:
    """Where the letter goes: the address block, and the e-mail's address with whom it belongs to (the debtor, or
    "debtor p/a administrator": their address, as the envelope says)."""
    debtor = claim.debtor
    return dict(recipient=recipient(claim), email_to=debtor.contact.email, email_to_name=addressee(debtor))


def recipient(claim: Claim) -> tuple[str, ...]:
    """The address block: name, for a business the person it is for, then the postal address."""
    return recipient_lines(claim.debtor)


def recipient_lines(debtor: Debtor) -> tuple[str, ...]:
    """The address block of a letter to `debtor` (see `recipient`): care of an administrator who receives the
    debtor's letters (`contact` then holds the administrator's address)."""
    lines = [debtor.name]
    person = debtor.contact.person
    if person and person != debtor.name and not debtor.is_consumer:
        lines.append(text(debtor.language, "attention", person=person))
    return (*lines, *postal_lines(debtor))


def _salutation(claim: Claim) -> str:
    """'Geachte mevrouw Van der Heijden,' as the ledger writes it (`contact.salutation`; 'de heer Yilmaz' greeted
    'Geachte heer Yilmaz,'), else the person's or a consumer's full name (no title is known: not "Dear Sarah
    Kelly" guessed into "Dear Ms Kelly")."""
    debtor = claim.debtor
    name = debtor.contact.salutation or debtor.contact.person or (debtor.name if debtor.is_consumer else None)
    if name and debtor.language == Language.NL and name.startswith(_DE_HEER):
        name = name[len("de ") :]  # stored "de heer Yilmaz", greeted "Geachte heer Yilmaz", as Dutch writes it
    if name:
        return text(debtor.language, "salutation", name=name)
    return text(debtor.language, "salutation_unknown")


# How Dutch offices store a man's salutation, with the article an address keeps ("De heer Yilmaz") and a greeting
# drops ("Geachte heer Yilmaz", not "Geachte de heer Yilmaz").
_DE_HEER = ("de heer ", "De heer ")


def _place_date(creditor: Creditor, day: date, lang: Language) -> str:
    """'Utrecht, 22 november 2026': the place from the creditor's postcode line, when there is one."""
    when = fmt.day(day, lang)
    for line in reversed(creditor.address):
        if found := _POSTCODE.search(line):
            return f"{found['place']}, {when}"
    return when


def _costs(claim: Claim, creditor: Creditor, terms_costs: str | None) -> str:
    """The letter's specification of the costs: what its terms say of them (a final notice's), else the page's
    sentence; with the scale's steps, as the page shows them under its costs (statement.tables.costs_steps)."""
    lang = claim.debtor.language
    if terms_costs is not None:
        return terms_costs + earlier_costs_sentence(claim, lang) + costs_steps_sentence(claim, lang)
    return costs_text(claim, creditor, lang) + costs_steps_sentence(claim, lang)


# The longest value an e-mail keeps on one line: under its label a formatted IBAN of 34 characters (a
# French one) fits a 360 px phone (tests/browser/test_email_browser.py); a longer value may break.
KEPT_WHOLE_AT_MOST = 34


def _pay_note(creditor: Creditor, claim: Claim, form: Channel) -> str | None:
    """The letter's own note beside its payment details, or None for the page's: where the box asks whether a
    settlement called off still holds (claims.demand.replaced_undecided), it points to this letter's or e-mail's top
    (the details stand above the note on paper, not "hieronder" as on the page; the e-mail's box asks it too)."""
    if replaced_undecided(claim) is not None:
        return labels.text(
            claim.debtor.language, "undecided_qr_email_top" if form == Channel.EMAIL else "undecided_qr_letter"
        )
    return unread_instalment_pay_note(creditor, claim, form)


def _pay_block(pay: PayDetails, lang: Language, form: Channel, note: str | None = None) -> PayBlock:
    """The payment details as the letter gives them; an e-mail's note names no QR code (it holds none). `note`: the
    letter's own, where the page's would give a day gone when it arrives (terms.unread_instalment_pay_note)."""
    t = partial(labels.text, lang)
    fields = [(t("amount"), pay.amount_text), (t("iban"), pay.iban)]
    if pay.bic:
        fields.append((t("bic"), pay.bic))
    fields += [(t("beneficiary"), pay.name), (pay.reference_label, pay.reference)]
    online = (t("link_intro"), f"{t('pay_online')} ({pay.link_host})", pay.link) if pay.link else None
    return PayBlock(
        tuple(fields),
        text(lang, "scan"),
        pay.payload,
        pay.qr_matrix,
        note or (pay.note_email if form == Channel.EMAIL else pay.note),
        pay.warning,
        pay.reference_hint,
        online,
        tuple(v for v in (pay.amount_text, pay.iban, pay.bic, pay.reference) if v and len(v) <= KEPT_WHOLE_AT_MOST),
    )


def _figures(claim: Claim, ledger: Ledger, lang: Language, *, linked: bool, apart: bool = False) -> dict:
    """The specification, from the statement page's own rows: invoices, payments, interest, totals.

    A letter cut short to fit two pages points to the personal page for the rest, or when it
    has no link to give (a build without a public address), asks the debtor to call or mail. `apart`: a final
    notice that asks the amount without the costs owed by the time it arrives (letters.terms.costs_apart): its
    total says so. Its total calls the rest beside a part promised owed now when the file is handed over after it
    all the same (statement.steps.rest_handed_over). Written while the page asks the costs of a term over with the
    rest (claims.demand.term_costs_on_top), its totals hold them as the page's do, and nothing is "apart"."""
    t = partial(labels.text, lang)
    more = _more(lang, linked)
    creditor = ledger.creditor
    interest = interest_view(claim, creditor, lang)
    handed_over = rest_handed_over(ledger, claim)
    deadline = payment_deadline(claim, creditor)
    on_top = term_costs_on_top(claim) > 0  # it asks the page's one number (`_pay_asked`): its totals say so
    totals = total_rows(claim, creditor, lang, deadline, handed_over=handed_over)
    if apart and not on_top and totals[-1].label == t("total_due"):  # the first notice's costs in it: not apart
        totals = (*totals[:-1], replace(totals[-1], label=text(lang, "total_due_apart")))
    return dict(
        # Settled (the only letter to a closed claim, due.CLOSED_LETTERS), nothing is owed: not "what you owe".
        figures_heading=text(lang, "h_figures_settled" if claim.status == Status.SETTLED else "h_figures"),
        situation=situation_text(claim, lang),
        invoices=_invoice_table(claim, lang, more("invoices")),
        payments=_payment_table(claim, lang, more("payments")),
        returned=_returned(claim, lang),
        interest=Table(
            t("interest_caption"),
            (t("col_invoice"), t("col_period"), t("col_rate"), t("col_amount")),
            (False, False, True, True),
            tuple((r.invoice, r.period, r.rate, r.amount) for r in interest.rows),
            **more("interest"),
        )
        if interest
        else None,
        interest_notes=tuple(n for n in (interest.basis, interest.source, interest.assumed, interest.summary) if n)
        if interest
        else (),
        interest_rates=_interest_rates(claim, lang) if interest else "",
        interest_source=interest.source if interest else "",
        costs_heading=t("h_costs"),
        totals=totals,
        credit=credit_text(claim, lang),
    )


def _interest_rates(claim: Claim, lang: Language) -> str:
    """'Rente: 10,15% per jaar, van 2 sep 2026 t/m 24 nov 2026.': the rates (in the order they ran) and the
    whole period of the interest lines the page lists."""
    lines = sorted(
        (line for b in claim.settlement.invoices for line in b.interest_lines if cents(line.amount) != 0),
        key=lambda line: line.start,
    )
    rates = list(dict.fromkeys(interest_rate(line, lang) for line in lines))  # as the table would: "4% (voorlopig)"
    listed = ", ".join(rates[:-1]) + text(lang, "and") + rates[-1] if len(rates) > 1 else rates[0]
    return text(
        lang,
        "interest_rates",
        rates=listed,
        start=fmt.short_day(lines[0].start, lang),
        end=fmt.short_day(max(line.end for line in lines), lang),
    )


class _More(TypedDict):
    """A Table's lines for the rows it leaves out (records.Table.more_line)."""

    more: str
    more_one: str
    lang: Language


def _more(lang: Language, linked: bool) -> Callable[[str], _More]:
    """The lines that stand for the rows a shortened table leaves out, per table: a Table's `more`, and
    `more_one` in the singular where the words have one (Table.more_line picks and fills in the count)."""
    words = WORDS[lang]

    def lines(table: str) -> _More:
        key = f"more_{table}" if linked else f"more_{table}_ask"
        return _More(more=words[key], more_one=words.get(f"{key}_one", ""), lang=lang)

    return lines


def _invoice_table(claim: Claim, lang: Language, more: _More) -> Table:
    """The invoices, each amount as written, what is paid (and credited, beside a credit note: tables.paid_column)
    and open of what it asks after its credit notes: those are named below the table."""
    t = partial(labels.text, lang)
    num = partial(fmt.number, lang=lang)
    short = partial(fmt.short_day, lang=lang)
    columns = (t("col_invoice"), text(lang, "col_invoice_date"), text(lang, "col_due"))
    # The open ones first: a letter shortened to fit two pages keeps what it asks for.
    balances = sorted(claim.settlement.invoices, key=lambda b: not b.principal_open)
    return Table(
        text(lang, "invoices_caption"),
        columns + (t("col_amount"), paid_column(claim, lang), open_column(claim, lang)),
        (False, False, False, True, True, True),
        tuple(
            (b.number, short(b.invoice.date), short(b.invoice.due))
            + (num(b.invoice.amount), paid_cell(claim, b, lang), open_cell(claim, b, lang))
            for b in balances
        ),
        note=" ".join(credit_note_line(b.number, note, lang) for b in balances for note in b.credit_notes),
        blanks=(t("blank_cell"),) * len(balances),
        **more,
    )


def credit_note_line(invoice: str, note: CreditNote, lang: Language) -> str:
    """'Creditnota C2026-0003 van 20 maart 2026 op factuur F2026-0001: EUR 500,00 minder. Omschrijving: “Korting”.'"""
    values = dict(
        number=note.number, date=fmt.day(note.date, lang), invoice=invoice, amount=fmt.money(note.amount, lang)
    )
    description = note.description_in(lang)
    if description:
        return text(lang, "credit_note_on_described", description=description, **values)
    return text(lang, "credit_note_on", **values)


def _payment_table(claim: Claim, lang: Language, more: _More) -> Table | None:
    rows = payment_rows(claim, lang)
    if not rows:
        return None
    t = partial(labels.text, lang)
    return Table(
        t("payments_caption"),
        (t("col_date"), t("col_amount"), t("col_applied")),
        (False, True, False),
        tuple((r.date, r.amount, "; ".join(r.applied)) for r in rows),
        note=allocation_note(claim, lang),
        **more,
    )


def _returned(claim: Claim, lang: Language) -> tuple[str, ...]:
    """The page's lines on the payments the bank took back, and what to do (statement.returned), in one run."""
    view = returned_view(claim, lang)
    return (*view.lines, view.todo) if view is not None else ()


def _plan_table(claim: Claim, lang: Language, *, progress: bool = False) -> Table | None:
    """The plan's instalments; with `progress`, what was paid of each and how each stands."""
    plan = plan_view(claim, lang)
    if plan is None:
        return None
    t = partial(labels.text, lang)
    heading = text(lang, instalment_key(claim, "h_plan", counting="all"))  # the schedule: "Uw termijn" of a plan of one
    if progress:
        return Table(
            heading,
            ("", t("plan_col_due"), t("plan_col_amount"), t("plan_col_paid"), t("plan_col_state")),
            (True, False, True, True, False),
            tuple((f"{row.number}.", row.due, row.amount, row.paid, row.state_text) for row in plan.rows),
            blanks=tuple(row.nothing_paid for row in plan.rows),
        )
    last_days = settlement_last_days(claim.accord) if claim.status == Status.SETTLEMENT else None
    if last_days is not None and claim.accord is not None and claim.accord.plan is not None:
        # Each instalment's last day, where one's grace is longer (abroad): the confirmation's sentence points here.
        # Its own day is the day to pay, not "Uiterlijk": beside the last day that read as a second deadline.
        ends = [fmt.short_day(last_days[i.installment.due], lang) for i in claim.accord.plan.installments]
        return Table(
            heading,
            ("", t("plan_col_due_day"), t("plan_col_amount"), t("plan_col_last_day")),
            (True, False, True, False),
            tuple((f"{row.number}.", row.due, row.amount, end) for row, end in zip(plan.rows, ends, strict=True)),
        )
    return Table(
        heading,
        ("", t("plan_col_due"), t("plan_col_amount")),
        (True, False, True),
        tuple((f"{row.number}.", row.due, row.amount) for row in plan.rows),
    )


def _way_out(
    claim: Claim,
    creditor: Creditor,
    reference: str,
    lang: Language,
    kind: str,
    form: Channel,
    opened: str,
) -> Section:
    """A plan, a dispute, debt help: after a handover the page's words (statement.options), with whom.
    A letter opened with the answer (ANSWERED_OPENINGS: the first after it) asks about the answer, not
    again whether the invoice is right; a final notice speaks of its own term, "this e-mail" as an e-mail."""
    notice, email, answered = kind == LetterKind.FINAL_NOTICE, form == Channel.EMAIL, opened in ANSWERED_OPENINGS
    if kind in SETTLEMENT_LETTERS:  # the agreement is the way: a word before its day if it will not work
        return settlement_way_out(claim, _help_lines(claim.debtor, lang))
    handler = handler_of(claim)
    plan = _plan_way_out(claim, creditor, reference, lang, handler)
    # "Klopt de factuur niet?" under a table of fifteen; and a letter sent while an invoice is disputed
    # apart (its table lists the others only) cannot promise that no letters come.
    many = len(claim.settlement.invoices) > 1 or bool(claim.disputed)
    if handler:
        option = dispute_option(claim, creditor, reference, lang)
        # Beside an invoice disputed apart, the page's two offers: add to that dispute, dispute the one chased.
        dispute = f"{option.text} {option.other.text}" if option.other else option.text
    elif answered:
        dispute = text(lang, "dispute_way_out_answered")
    else:
        alone = text(lang, "dispute_way_out_many" if many else "dispute_way_out")
        own = _dispute_apart(claim, lang) if claim.disputed_apart else alone
        dispute = _for_you(own, "dispute", claim, lang)
    standing = costs_notice(claim, creditor)
    if not handler and claim.costs.state == CostsState.ANNOUNCED and standing is not None:
        # Only while a final notice's term runs (`notice`: this letter is that notice). Beside "we do not ask
        # for that invoice" the term runs for the other invoices: said plainly, the two read as one rule.
        # A final notice recorded as sent in the customer portal names itself "dit bericht" (`channel_variant`).
        sent = claim.latest_notice.channel if notice and claim.latest_notice is not None else None
        here = "dispute_term_runs_here" + (channel_variant(sent) or ("_email" if email else ""))
        key = here if notice else "dispute_term_runs"
        # "Voor de andere facturen" only while another is asked: not of invoices already paid or credited, nor of
        # one disputed apart, which this letter does not ask for.
        others = open_invoices(claim) > 1
        key = f"{key}_others" if many and others and not answered else key
        # Another letter's term over before this one arrives: when it ran, not that it "still applies" (not of
        # this letter's own term: a final notice's own runs from its arrival).
        gone = None if notice else term_gone_on_arrival(creditor, claim, form)
        if gone is not None:
            key = key.replace("dispute_term_runs", "dispute_term_ended")
        values = dict(date=fmt.day(gone, lang)) if gone is not None else {}
        named = notice_named(standing, lang, debtor=claim.debtor)  # an e-mailed one is no "brief"
        dispute += " " + text(lang, key, notice=named, **values)
    return Section(text(lang, "h_way_out"), (plan, dispute, *_help_lines(claim.debtor, lang)))


def _plan_way_out(claim: Claim, creditor: Creditor, reference: str, lang: Language, handler: Handler | None) -> str:
    """A plan to change, the agency's plan (the page's words), or one to ask us for. A debtor a counsellor or an
    administrator acts for is not asked to propose it as if alone: by role, as the page, they can do it."""
    role = represented_by(claim)
    if claim.status == Status.ARRANGEMENT:
        return _for_you(
            labels.text(lang, plan_change_key(claim, "change_plan_text", read_today=False)), "plan", claim, lang
        )
    if handler is not None and handler.reachable:
        return plan_option(claim, creditor, reference, lang).text
    return text(lang, f"plan_way_out_{role}" if role is not None else "plan_way_out")


def _for_you(words: str, kind: str, claim: Claim, lang: Language) -> str:
    """`words` with the page's sentence that the counsellor or administrator acting can do it (`kind`: "plan",
    "dispute") for the debtor (statement.labels plan_for_you_counsellor)."""
    role = represented_by(claim)
    return f"{words} {labels.text(lang, f'{kind}_for_you_{role}')}" if role is not None else words


def _dispute_apart(claim: Claim, lang: Language) -> str:
    """Beside an invoice disputed apart: the dispute we are still looking into, named ("Is one of the invoices
    wrong?" read as if the debtor had said nothing), then whether the invoice this letter asks for is wrong too, by
    its number, or of several another one. Not of one its credit notes took all of: that answer is in them."""
    looking = [i.number for i in claim.disputed if i not in claim.disputed_credited_in_full]
    asked = [b.number for b in claim.settlement.invoices if b.open > 0]
    if len(asked) == 1:
        other = text(lang, "dispute_way_out_other_one", invoice=labels.invoices_named(asked, lang))
    else:
        other = text(lang, "dispute_way_out_other")
    if not looking:
        return other
    return text(lang, "dispute_looking", disputed=labels.invoices_named(looking, lang)) + " " + other


def _help_lines(debtor: Debtor, lang: Language) -> tuple[str, ...]:
    """Where to get help with money worries, as on the page: for a household or a business, and abroad
    help where the debtor lives. A debtor someone acts for is told the help they have, by role alone as the page
    does, not sent to the council whose counsellor already helps them; the help lines stay below."""
    abroad = debtor.contact.is_abroad
    view = help_view(debtor.type, lang, "", abroad)
    if debtor.representative is not None:
        lead = text(lang, f"help_way_out_{debtor.representative.role}")
    else:
        lead = text(lang, f"help_way_out_{debtor.type}{'_abroad' if abroad else ''}")
    return (lead, *(_help_line(h, lang) for h in view.lines))


def _help_line(line: HelpLine, lang: Language) -> str:
    """A help line on paper: its number, else its site; a page deep in a large site (ECC-Net's, on the European
    Commission's) as a search there, since its host alone finds nothing and its address is too long to type."""
    values = dict(name=line.name, note=line.note.rstrip("."), site=line.site)
    if line.phone:
        return text(lang, "help_line", phone=line.phone, **values)
    deep = urlsplit(line.url).path.strip("/") != ""
    return text(lang, "help_line_search" if deep else "help_line_web", **values)


def _get_help(debtor: Debtor, lang: Language) -> str:
    """{get_help} in an opening: Geldfit at home; abroad, whose free number cannot be called, help there; the
    counsellor or administrator who acts for the debtor, by role, when there is one (the help they already have)."""
    if debtor.representative is not None:
        return text(lang, f"get_help_{debtor.representative.role}")
    if debtor.contact.is_abroad:
        return text(lang, f"get_help_{debtor.type}_abroad")
    return text(lang, "get_help")


def steps_sent(claim: Claim, lang: Language) -> str:
    """{steps_sent} in an opening: the reminders, dunning letters and final notices the dossier records before the
    letter's day about what is still unpaid ("een herinnering en een aanmaning", "een aanmaning", "een herinnering, een
    aanmaning en een sommatie"), else "onze factuur": a final notice states only what the file can show (an imported
    file may start at a dunning letter). A final notice sent before (e-mailed without consent, so it brought no costs;
    or one whose term passed before a new claim) is named too. Each kind is named once, with how many were sent, in the
    order it was first sent (`_counted`). Where the invoices it asks had different steps (one came after the reminder,
    or was not yet due then), per invoice: "voor factuur A een herinnering en een aanmaning, en voor factuur B een
    aanmaning"; an invoice that had none is left out, and the letter's own paragraph says why it is in this one
    (letters.terms.new_in_letter). A letter is about the invoices due before its day (letters.terms.steps_per_invoice).
    A final notice e-mailed or put in the portal to a consumer who had not agreed to that is named as the page names it
    (`_step_kind`): "een e-mail (sommatie)", "a notice to pay by email", not "a final notice" beside the one that
    binds."""
    sent, letters = steps_per_invoice(claim)
    each = {number: _counted(_step_kind(e, claim) for e in sent_before) for number, sent_before in letters.items()}
    if len(set(each.values())) <= 1:
        return _steps_named(_counted(_step_kind(e, claim) for e in sent), claim, lang)
    groups: dict[_Counted, list[str]] = {}
    for number, steps in each.items():
        if steps:
            groups.setdefault(steps, []).append(number)
    said = [
        text(lang, "steps_about", steps=_steps_named(steps, claim, lang), invoices=invoices_named(numbers, lang))
        for steps, numbers in groups.items()
    ]
    return said[0] if len(said) == 1 else text(lang, "steps_each", earlier=", ".join(said[:-1]), last=said[-1])


def asked_again(claim: Claim, lang: Language) -> str:
    """{asked_again} in a dunning letter's opening: "Daarom vragen wij u opnieuw om te betalen, nu met een nieuwe
    uiterste datum."; where an invoice in it had no letter before, though others did (letters.terms.asked_anew),
    "opnieuw" of those others only, "en nu ook" of it: {steps_sent} names no letter for it, and the letter's own
    paragraph says why it is in it (letters.terms.new_in_letter)."""
    split = asked_anew(claim)
    if split is None:
        return text(lang, "asked_again")
    _, again, new = split
    return text(lang, "asked_again_new", again=invoices_named(again, lang), new=invoices_named(new, lang))


# Step letters counted per kind (`_step_kind`), the kinds in the order each was first sent.
_Counted = tuple[tuple[str, int], ...]


def _counted(kinds: Iterable[str]) -> _Counted:
    """Each kind with how many were sent, in the order it was first sent: a notice e-mailed without consent after
    the posted one that binds is named after it, not before it as a fixed order of kinds had it."""
    return tuple(Counter(kinds).items())  # a Counter keeps the order keys first came in


def _step_kind(event: Event, claim: Claim) -> str:
    """A step letter's kind as {steps_sent} names it: its type, or for a final notice e-mailed or put in the portal
    to a consumer who had not agreed to that (statement.tables.notice_form) `final_notice_unagreed_email` or
    `_portal`: it brought no costs and calls itself no final notice ("Sommatie", "Notice to pay"), and the notice that
    binds, this letter or a later one, is the final notice the list would otherwise name twice."""
    if event.type == EventType.FINAL_NOTICE:
        form = notice_form(claim.debtor, event)
        if form.startswith("_unagreed"):
            return f"{event.type.value}{form}"
    return event.type.value


def _steps_named(sent: _Counted, claim: Claim, lang: Language) -> str:
    """Letters sent, counted per kind (`_counted`): "twee herinneringen en een aanmaning"; none: "onze factuur"."""
    words = WORDS[lang]
    parts = [
        words[f"steps_{kind}"] if count == 1 else words[f"steps_{kind}s"].format(count=fmt.in_words(count, lang))
        for kind, count in sent
    ]
    if not parts:
        return words["steps_invoice" if open_invoices(claim) <= 1 else "steps_invoices"]
    if len(parts) == 1:
        return parts[0]
    return words["steps_and"].format(first=", ".join(parts[:-1]), second=parts[-1])


def _contact(claim: Claim, creditor: Creditor, reference: str, lang: Language, handler: Handler | None) -> Section:
    """Our desk; after a handover about the invoices themselves, as many as are open (the agency about paying,
    as the page says)."""
    desk = creditor.contact
    role, hours_open = desk.role_in(lang), desk.hours_in(lang)
    desk_line = text(lang, "contact_desk", name=desk.name, role=role) if role else None
    lines = [desk_line or text(lang, "contact_desk_plain", name=desk.name)]
    if handler is not None and handler.reachable:
        lines[0] = labels.text(lang, invoice_question(claim)) + " " + lines[0]
    if desk.phone:
        hours = f" ({text(lang, 'contact_hours', hours=hours_open)})" if hours_open else ""
        lines.append(f"{text(lang, 'phone')} {desk.phone}{hours}")
    if desk.email:
        lines.append(f"{text(lang, 'email')} {desk.email}")
    lines.append(text(lang, "mention_ours" if _ours_only(handler) else "mention", reference=reference))
    return Section(text(lang, "h_contact"), tuple(lines))


def _closing(creditor: Creditor, lang: Language) -> tuple[str, ...]:
    desk = creditor.contact
    return tuple(line for line in (text(lang, "closing"), desk.name, desk.role_in(lang), creditor.name) if line)
