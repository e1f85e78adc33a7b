"""The view model of one statement page: every figure and sentence it shows, formatted.

`statement_view(claim, ledger)` turns an assessed claim into plain strings
per language, so the template only places them and the words can be tested
without building a site. It reads only what the debtor needs: never event
notes, staff names or whom staff spoke to.

This module assembles the page and writes its contact, help and terms; the
parts live beside it: steps (summary and next steps), pay (amount, QR code,
bank details) and tables (the details).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from types import MappingProxyType

from incasso import fmt
from incasso.claims.agreements import Plan
from incasso.claims.claim import Claim
from incasso.claims.demand import (
    instalment_asked_later,
    instalments_asked_later,
    notice_restated_today,
    notice_written_today,
    plan_under_final_notice,
    settlement_undecided,
)
from incasso.claims.escalation import newer_was_disputed
from incasso.claims.states import HANDED_OVER, CostsState, InstallmentStatus, PlanState, PromiseState, Stage, Status
from incasso.claims.timing import binds, next_notice_binds
from incasso.contact import as_read_by, mailto_link, tel_link
from incasso.law.money import ZERO
from incasso.law.tables import LATE_COMMERCIAL_MINIMUM
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    Creditor,
    DebtorType,
    Event,
    EventType,
    InterestChoice,
    Language,
    Ledger,
    PauseAsker,
    latest,
)
from incasso.payments.reference import format_rf, rf_reference
from incasso.statement.answer import answer_lines, unsaid_answer
from incasso.statement.handler import handler_of
from incasso.statement.help import HelpView, help_view
from incasso.statement.labels import PAGES, text
from incasso.statement.lead import answer_late, handler_name
from incasso.statement.options import (
    DisputeOption,
    PlanOption,
    ask_plan,
    dispute_option,
    plan_option,
    represented_by,
    way_out,
)
from incasso.statement.pay import PayDetails, pay_details
from incasso.statement.returned import ReturnedView, returned_now, returned_view
from incasso.statement.steps import (
    Summary,
    asked_pause,
    broken_with_handler,
    by_when,
    costless_notice_today,
    days_unseen,
    first_notice_today,
    kept_part_speaks,
    kept_with_handler,
    next_steps,
    page_summary,
    payment_deadline,
    rest_handed_over,
    term_days,
)
from incasso.statement.tables import (
    InterestView,
    InvoiceRow,
    PaymentRow,
    PlanView,
    Total,
    allocation_note,
    costs_steps,
    costs_text,
    credit_text,
    instalment_key,
    interest_view,
    invoice_question,
    invoice_rows,
    invoice_words,
    missed_instalments_named,
    newer_notice_named,
    notice_named,
    open_column,
    paid_column,
    payment_rows,
    plan_notice_named,
    plan_view,
    several_missed,
    situation_text,
    total_rows,
)

# A status with its own message text; any other claim speaks for its stage.
STATUS_MESSAGES = (Status.PROMISE, Status.ARRANGEMENT, Status.DISPUTE, Status.PAID)
# What is left after a kept promise or a completed plan has its own, thankful text;
# a final notice whose term has passed (costs charged) has its own too, and so has
# a plan with a missed instalment (a friendly reminder of it comes first).
OTHER_MESSAGES = ("remainder", "final_notice_passed", "plan_missed", "notice_paid")
# Messages a site's content/ may lack (copied before they were added): OPTIONAL_MESSAGES, below, with the one each
# falls back to (message_fallback).
# The values a message text may name in braces, each filled in per page.
MESSAGE_VALUES = (
    "pay_by",
    "not_received",
    "the_invoice",
    "this_invoice",
    "a_notice",
    "the_notice",
    "plan_notice",
    "the_instalment",
    "handler",
    "agency",
    "the_agency",
    "earlier_agency",
    "ask_plan",
    "way_out",
    "agreed_with",
    "agreed_amount",
    "agreed_terms",
    "remitted",
)


# A page's view and its parts, made anew for each debtor and never changed after: slotted, not frozen (a frozen
# dataclass's __init__ costs some 1,300 instructions more a field: BENCHMARKS.md, session 43).
@dataclass(slots=True)
class ContactView:
    name: str
    intro: str
    phone: str | None
    tel: str | None
    hours: str | None
    email: str | None
    mailto: str | None
    mention: str
    reference: str  # kept on one line in `mention` (a reference split at a space reads as two)
    # The creditor's words the ledger gives in Dutch only, shown on an English page: marked lang="nl"
    # for a screen reader (the role inside `intro`, the hours as they are).
    dutch: tuple[str, ...] = ()


@dataclass(slots=True)
class CreditorView:
    name: str
    kvk: str | None
    vat: str | None
    address: tuple[str, ...]


@dataclass(slots=True)
class StatementView:
    lang: Language
    stage: Stage
    status: Status
    message_key: str
    # The messages shown when the site has no text for message_key (an optional one), in turn: the first it has,
    # down to one every site has (`message_fallbacks`).
    message_fallbacks: tuple[str, ...]
    message_values: Mapping[str, str]  # worked out as the message reads them (`MessageValues`)
    answer: tuple[str, ...]  # under the message: a dispute's answer it does not tell itself (statement.answer)
    title: str
    debtor_name: str
    summary: Summary
    next_steps: tuple[str, ...]
    pay: PayDetails | None
    plan: PlanView | None
    details_heading: str
    situation: str
    unlinked: str  # under the situation: a payment without the reference comes later; missing one? ask
    invoices: tuple[InvoiceRow, ...]
    paid_column: str  # "Betaald", or "Betaald of gecrediteerd" beside a credit note (tables.paid_column)
    open_column: str  # "Open", or "Kwijtgescholden" once settled (tables.open_column)
    payments: tuple[PaymentRow, ...]
    # Under the payments: the debtor's payments the bank took back and what to do (statement.returned); None without.
    returned: ReturnedView | None
    allocation: str  # the rule the payments' shares follow, once any paid costs or interest; else ""
    interest: InterestView | None
    costs: str
    costs_steps: tuple[str, ...]  # how the scale gives them, a line each; () when it does not set them
    totals: tuple[Total, ...]
    credit: str | None
    plan_option: PlanOption
    dispute: DisputeOption
    help: HelpView
    contact: ContactView
    creditor: CreditorView
    terms: tuple[str, ...]
    terms_link: str  # the terms page of the language, from the site's root
    # The page's fixed words are the language's labels (labels.LABELS[lang]), the same for every
    # page: the template reads them there, so no view carries its own copy.

    @property
    def message_fallback(self) -> str:
        """The message shown when the site has no text for message_key: the first of `message_fallbacks`."""
        return self.message_fallbacks[0]


def message_key(claim: Claim, minimum: Decimal = ZERO) -> str:
    """The message text a claim shows: its status where that has its own text, a thank-you
    for a kept agreement with something left, a small rest under the chase `minimum` (no
    step follows it), else its stage."""
    if claim.status == Status.SETTLEMENT and claim.accord is not None and claim.accord.last_day < claim.as_of:
        # Its last day passed, the agreement not yet judged (unseen, or in a late instalment's grace): "u zou ...
        # betalen", not "u betaalt ... uiterlijk" a day gone by.
        return "settlement_passed"
    if claim.status in (Status.SETTLEMENT, Status.SETTLED):
        return str(claim.status)  # the agreed sum and the rest remitted, or the thanks for it (claims.accord)
    kept = kept_with_handler(claim)
    if kept is not None:
        # All the instalments of the agency's (or the bailiff's) plan paid, or the promise made to them kept: thanks,
        # as for our own, not "we have not received the whole amount, so we handed your file over" (nor our own
        # agreement's "remainder"); what is left is theirs to ask.
        if isinstance(kept, Plan):
            return instalment_key(claim, "plan_kept_agency", counting="all")  # "de termijn" of a plan of one
        return "promise_kept_agency"
    if claim.remainder_after_agreement:
        return "remainder"
    if kept_part_speaks(claim) and claim.costs.state != CostsState.ANNOUNCED:
        # Paid what was promised, or all the instalments of a plan, of part of the amount: thanks, and the rest goes
        # on from the step reached. In a final notice's term that notice's message speaks: its term and its costs
        # (the top thanks all the same).
        # (A plan of one: "de termijn van uw betalingsregeling", not "alle termijnen".)
        return "promise_kept" if claim.kept_part is not None else instalment_key(claim, "plan_kept", counting="all")
    if claim.remainder_after_notice is not None and claim.stage == Stage.FINAL_NOTICE and claim.status == Status.ACTIVE:
        return "notice_paid"  # paid what the final notice asked: a thank-you, and the little left
    if claim.status == Status.ACTIVE and 0 < claim.total_due < minimum and claim.stage not in HANDED_OVER:
        return "small_rest"  # not the stage's letter and what follows it: nothing follows
    return _ours_or_agreed_key(claim)


def _ours_or_agreed_key(claim: Claim) -> str:
    """`message_key` once no thanks, rest or reminder of a promise speaks: an answer's, an agreement's, the stage's."""
    if _answer_speaks(claim):
        return "dispute_answered"  # the claim stands: the stage's letter is old news, the answer's term is what counts
    if claim.status == Status.ARRANGEMENT and handler_of(claim) is not None:
        # Agreed with the agency (or the bailiff) since the handover, on schedule or behind: their plan, whom to
        # contact, not the handover's "Ook nu is een betalingsregeling nog mogelijk" beside the plan being paid.
        # Behind, not "welke termijn nog komt ... vóór de afgesproken dag" beside an instalment "Te laat".
        if claim.running_plan.state == PlanState.IN_ARREARS:
            return "arrangement_agency_missed"
        return instalment_key(claim, "arrangement_agency")  # "welke termijn nog komt" of one left to pay
    if claim.status == Status.PROMISE and handler_of(claim) is not None:
        # Promised to the agency (or the bailiff) since the handover: the promise to them, whom to contact; not ours
        # ("Tot die tijd sturen wij u geen nieuwe brieven"), nor the handover's "Ook nu is een betalingsregeling nog
        # mogelijk".
        return "promise_agency"
    if broken_with_handler(claim) is not None:
        # Promised to the agency (or the bailiff) since the handover, its day passed without the payment: not received,
        # whom to contact; not the handover's message, as if nothing had been promised.
        return "promise_agency_broken"
    if _after_settlement(claim):
        # Not the stage's letter from before it ("Daarom hebben wij u een aanmaning ..."); called off on a day the
        # statements do not reach, not "die afspraak geldt niet meer" below a top that asks whether it still holds.
        return "after_settlement_unseen" if settlement_undecided(claim) is not None else "after_settlement"
    if claim.status == Status.ARRANGEMENT and claim.running_plan.state == PlanState.IN_ARREARS:
        # After a final notice the notice speaks, not the plan: it asks what stops its costs.
        return _notice_over_plan_key(claim) if plan_under_final_notice(claim) else _plan_missed_last_key(claim)
    if claim.status == Status.PROMISE and claim.pending_promise.promised_date < claim.as_of:
        # The day is past, its payments not yet read: not "you will pay by the date" any more.
        return "promise_passed"
    if claim.status == Status.DISPUTE:
        # A dispute naming several invoices: "de facturen", not "de factuur"; its answer overdue: not "bovenaan staat
        # wanneer u antwoord krijgt" above a top that can only say it is late.
        key = "dispute_many" if len(claim.disputed) > 1 else Status.DISPUTE
        return f"{key}_late" if answer_late(claim) else key
    if claim.status == Status.ARRANGEMENT:
        return instalment_key(claim, claim.status)  # "welke termijn nog komt" of one left to pay
    if claim.status in STATUS_MESSAGES:
        return claim.status
    if claim.stage == Stage.HANDOVER and _plan_kept_before_handover(claim):
        # A plan of part paid in full, its rest handed over: thanks for the plan, not "Wij hadden dit liever samen
        # met u opgelost" to someone who kept every instalment.
        # The plan agreed with the agency that had the file before: theirs, and what was paid under it.
        return "handover_agency_plan_kept" if _agency_plan_before_handover(claim) else "handover_plan_kept"
    running = _plan_running_at_handover(claim)
    if claim.stage == Stage.HANDOVER and running is not None:
        # Handed over while a plan was on schedule: the plan ends with the handover, and a new one is the agency's
        # to agree; not "Wij hadden dit liever samen met u opgelost. Ook nu is een betalingsregeling nog mogelijk".
        # The one agreed with the agency that had the file before: not "die u met ons had".
        return "handover_agency_plan_running" if agency_of_plan(claim, running) else "handover_plan_running"
    return _stage_key(claim)


def _notice_over_plan_key(claim: Claim) -> str:
    """The message of a plan in arrears under a final notice (demand.plan_under_final_notice): `final_notice_plan`
    while its costs can be stopped, and on the day it is written (the stage's message would say "vraag ons om een
    betalingsregeling" to a debtor who has one), which says the notice asks everything overdue, not only the
    instalment; once its term is over, its costs charged (`final_notice_passed_plan`) or its last day not yet in the
    bank statements (`final_notice_unseen_plan`), the stage's message that offers to look at their plan, not "Een
    betalingsregeling is nog steeds mogelijk" as if there were none; so does `final_notice_plain_plan`, where the
    stage's is `final_notice_plain` (a second notice, costs from the due dates), but for the day a next notice is
    written; on a notice's day with the costs charged already (from the due dates), `final_notice_plan_costs_charged`,
    no "tot wanneer u kunt betalen zonder incassokosten"; else the stage's."""
    stage = _stage_key(claim)
    if _unagreed_over_plan(claim) and (notice_written_today(claim) or stage == "final_notice_plain"):
        # E-mailed to a consumer who had not agreed to it: no "laatste brief", and no costs it brings.
        return "final_notice_plan_unagreed"
    if stage in ("final_notice_passed", "final_notice_unseen"):
        return f"{stage}_plan"
    if stage == "final_notice_plain" and not notice_written_today(claim):
        # Not on the day a second notice is written: the steps say it goes now, and the top says what it asks, not
        # "Wij hebben u ... gestuurd" of the one before.
        return "final_notice_plain_plan"
    if notice_written_today(claim) and claim.costs.state == CostsState.CHARGED:
        # Costs charged already (from the due dates): no day to pay by without them, and the notice brings none.
        return "final_notice_plan_costs_charged"
    return "final_notice_plan" if stage == "final_notice" or notice_written_today(claim) else stage


def _unagreed_over_plan(claim: Claim) -> bool:
    """Whether the final notice over a plan in arrears, written today or the latest sent, was e-mailed to a consumer
    who had not agreed to it (claims.timing.binds): it brings no costs, and calls itself no last letter (its letter
    opens `final_notice_plan_unagreed`, letters.view)."""
    if notice_written_today(claim):
        return not next_notice_binds(claim.debtor, claim.as_of)
    notice = claim.latest_notice
    return notice is not None and not binds(claim.debtor, notice)


def _plan_missed_last_key(claim: Claim) -> str:
    """`_plan_missed_key`, but once every instalment's day of the plan is past: paying what is open completes the
    plan, not "Dan blijft onze afspraak gewoon staan", as no agreement is left to stand. `plan_missed_last` (`_part`)
    of one missed, `plan_missed_last_several` (`_part`) of more; a plan of one keeps `plan_missed_single`, whose
    instalment's day is always its last ("Dan is uw regeling helemaal betaald")."""
    plan = claim.running_plan
    ended = all(i.state in (InstallmentStatus.PAID, InstallmentStatus.OVERDUE) for i in plan.installments)
    if len(plan.installments) < 2 or not ended:
        return _plan_missed_key(claim)
    key = "plan_missed_last_several" if several_missed(claim) else "plan_missed_last"
    return key + "_part" if plan.missed_paid > 0 else key


def _plan_missed_key(claim: Claim) -> str:
    """`plan_missed`, or `plan_missed_several` when more than one instalment is past its day unpaid (one reminder
    may come for more than one: statement.steps.missed_named): "die termijnen", not "die termijn"; or
    `plan_missed_single` for a plan of one ("De termijn", not "Een termijn", as if there were more); each with
    `_part` when part of them was paid ("niet helemaal betaald"), as the reminder's opening."""
    plan = claim.plan
    if several_missed(claim):
        key = "plan_missed_several"
    else:
        key = "plan_missed_single" if plan is not None and len(plan.installments) == 1 else "plan_missed"
    return key + "_part" if plan is not None and plan.missed_paid > 0 else key


def _page_message_key(claim: Claim, creditor: Creditor) -> str:
    """The page's message (`message_key`): a plan's, not "plan_missed", while its instalment is past its day before
    the plan's confirmation has reached the debtor (demand.instalment_asked_later): that letter asks it by a
    later day, and the core reminds of it only after the letter arrived; `final_notice_passed_paused` (over a plan
    in arrears, `final_notice_passed_plan_paused`) while a wait the debtor or their counsellor asked for holds the
    handover back (steps.asked_pause); over a plan of one instalment, the `_single` form of those that say why a
    notice over it went (`_PLAN_UNDER_NOTICE`)."""
    key = message_key(claim, creditor.policy.chase_minimum)
    if key.startswith("plan_missed") and instalment_asked_later(creditor, claim) is not None:
        return instalment_key(claim, Status.ARRANGEMENT)
    if key in ("final_notice_passed", "final_notice_passed_plan") and asked_pause(claim) is not None:
        # The wait the debtor or their counsellor asked for, as the steps below say it: not "pay, or we hand it
        # over" as if it did not count; the costs charged stay (a pause is no legal one). Over a plan in arrears
        # too, whose message offers to look at the plan in that time, not a plan as if there were none.
        return key + "_paused"
    if key in _PLAN_UNDER_NOTICE:
        # "De termijn van uw betalingsregeling", not "de termijnen ... niet allemaal", of a plan of one (as its letter).
        return instalment_key(claim, key, counting="all")
    return key


# The messages of a plan under a final notice that say why the notice went ("omdat de termijnen van uw
# betalingsregeling niet allemaal op tijd betaald waren"): each has a `_single` form for a plan of one instalment.
_PLAN_UNDER_NOTICE = frozenset(
    {
        "final_notice_plain_plan",
        "final_notice_passed_plan",
        "final_notice_unseen_plan",
        "final_notice_passed_plan_paused",
    }
)


# The plan's messages that say of a missed instalment "Dat kan gebeuren." / "It happens.": above the lines that tell a
# dispute's answer (statement.answer: while a missed instalment's reminder waits for the answer's term, and beside
# the reminder that names it) it reads as if the debtor had forgotten, not disputed. There each has an `_answered`
# form without it; the `_part` and `_last` forms do not say it.
_IT_HAPPENS = ("plan_missed", "plan_missed_several", "plan_missed_single")


def _beside_the_answer(claim: Claim, creditor: Creditor, key: str) -> str:
    """`key`, or its `_answered` form where the page tells a dispute's answer under a message that would say a
    missed instalment "can happen" (`_IT_HAPPENS`)."""
    if key in _IT_HAPPENS and unsaid_answer(claim, creditor, key) is not None:
        return f"{key}_answered"
    return key


def _answer_speaks(claim: Claim) -> bool:
    """Whether the answer to a dispute is the page's message: while its term runs, for a claim still ours
    to chase, unless a final notice's term runs with its costs still to avoid (the law's term speaks)."""
    return (
        claim.dispute_answered is not None
        and claim.status == Status.ACTIVE
        and claim.stage not in HANDED_OVER
        and claim.costs.state != CostsState.ANNOUNCED
    )


def _after_settlement(claim: Claim) -> bool:
    """Whether a settlement lapsed or was called off and no step's letter went out since: the stage's message would
    say the letter sent before it ("Daarom hebben wij u een aanmaning gestuurd") as today's news. The first letter
    after it says it ended (letters.view: `*_after_settlement`); from then on the stage's message is true again."""
    accord = claim.accord
    if claim.status != Status.ACTIVE or accord is None or not accord.undone or accord.ended_on is None:
        return False
    ended = accord.ended_on
    return not any(e.type in ESCALATION_EVENTS and e.date >= ended for e in claim.events)


def _stage_key(claim: Claim) -> str:
    """The stage's message; after a final notice, the one that is true of its term and its costs:
    `final_notice` while the costs it announced can still be avoided, `final_notice_unseen` once its
    term is over but the bank statements do not reach its last day yet, `final_notice_passed` once
    its term is over and the costs it announced are charged, `newer_invoice` while an invoice it
    did not ask for climbs its own steps (`newer_answered` when a dispute held it out of the notice),
    and `final_notice_plain` for the rest (a second notice,
    costs from the due date, none at all): neither a term nor costs it does not have. A dunning
    letter's stage with costs charged already (from the due dates) is `dunning_costs_charged`, and after
    a dispute's answer `dunning_answered`, as a reminder's stage is (its words name no letter). A reminder's or
    a dunning letter's stage whose letter was about a broken promise is `reminder_promise` or `dunning_promise`
    (`_stage_letter_about_a_promise`), also after an answer the promise came after."""
    if _stage_letter_about_a_promise(claim):
        return f"{claim.stage}_promise"  # as its letter opens (letters.view: reminder_promise, dunning_promise)
    return _stage_key_before_the_promise(claim)


def _stage_key_before_the_promise(claim: Claim) -> str:
    """`_stage_key` but for a broken promise's letter: what the page said of it before `reminder_promise` and
    `dunning_promise` were written (their fallback)."""
    if claim.stage in (Stage.REMINDER, Stage.DUNNING) and _step_stands_after_an_answer(claim):
        # Not "do you disagree? we will look into it first", nor "Misschien is het u ontschoten": we answered (costs
        # or not), as the letter does (letters.view: reminder_answered, dunning_answered).
        return "dunning_answered"
    if claim.stage == Stage.DUNNING and claim.costs.state == CostsState.CHARGED:
        return "dunning_costs_charged"  # costs from the due dates: none "may be added" after the notice
    if claim.stage != Stage.FINAL_NOTICE:
        return claim.stage
    if claim.next_action is not None and claim.next_action.newer_first:
        # An invoice a dispute held out of the notice was not added: the debtor disputed it and was answered.
        # (During the term the handover stays the step, and the term is what is said.)
        return "newer_answered" if newer_was_disputed(claim) else "newer_invoice"
    if claim.costs.state == CostsState.ANNOUNCED and claim.term_unseen is not None:
        return "final_notice_unseen"  # the term is over, its days not in the statements: no "by when" left
    if claim.costs.state == CostsState.ANNOUNCED:
        return "final_notice"
    if claim.costs.state == CostsState.CHARGED and _charged_by_the_notice(claim):
        return "final_notice_passed"  # the letter's term is over: no "by when" to point at any more
    if notice_restated_today(claim):
        return "final_notice_restated"  # it brought no costs; a new one gives its own term: no "zo snel mogelijk"
    return "final_notice_plain"


def _stage_letter_about_a_promise(claim: Claim) -> bool:
    """Whether the stage's letter (a reminder, a dunning letter) is the only one since the day of a promise broken
    after the latest answer to a dispute: that letter was about the promise (letters.terms.broken_promise, its
    opening `reminder_promise` or `dunning_promise`), and the page's message says what it said, not the answer's
    "Wij hebben uw bezwaar beantwoord, maar ..." nor "Misschien is het u ontschoten"."""
    promise = claim.promise
    if claim.status != Status.ACTIVE or promise is None or promise.state != PromiseState.BROKEN:
        return False
    if claim.stage not in (Stage.REMINDER, Stage.DUNNING):
        return False
    events = claim.events
    answered = latest(events, EventType.DISPUTE_RESOLVED)
    if answered is not None and events.index(answered) > events.index(promise.event):
        return False
    since = [e for e in events if e.type in ESCALATION_EVENTS and e.date > promise.promised_date]
    return [e.type for e in since] == [EventType(claim.stage.value)]


def _step_stands_after_an_answer(claim: Claim) -> bool:
    """Whether a dispute about an invoice still open was answered and no letter but one of the stage's (a reminder,
    a dunning letter) went out since: the one sent before the dispute, once the answer's term is over, or the first
    after the answer (as its letter, `reminder_answered` or `dunning_answered`, the page names the answer)."""
    since = claim.letters_since_the_answer
    sent = EventType.REMINDER if claim.stage == Stage.REMINDER else EventType.DUNNING
    return since is not None and all(e.type == sent for e in since) and claim.answer_still_open is not None


def _charged_by_the_notice(claim: Claim) -> bool:
    """Whether the costs charged are the only final notice's (not the due dates', nor an earlier notice's).
    Of the notices that bring costs (claims.timing.brings_costs): one e-mailed to a consumer without their consent,
    or one that stated more costs than the law allows, brought none, and the notice after it is the one whose term
    charged them."""
    notices = [n for n in claim.final_notices if n not in claim.costless_notices]
    return len(notices) == 1 and claim.costs.owed_from > notices[0].date


def _notice_before(claim: Claim) -> str:
    """The final notice's message as every site had it: its term's, or once its costs are charged its passing's."""
    return "final_notice_passed" if claim.costs.state == CostsState.CHARGED else "final_notice"


def _stage_before(claim: Claim) -> str:
    """The stage's message, as a site without this optional one showed it (`_stage_key`, or its own fallback)."""
    return message_fallback(claim, _stage_key(claim))


def _thanks_or_stage(claim: Claim) -> str:
    """A kept agreement with the agency: our thanks of the whole (`remainder`), else the message of who has the file."""
    return "remainder" if claim.remainder_after_agreement else _stage_key(claim)


def _plan_or_stage(claim: Claim) -> str:
    """What a site without `final_notice_plan_unagreed` showed: `final_notice_plan` the day the notice is written,
    the stage's message once it is recorded (`final_notice_plain`: it brings no costs)."""
    return "final_notice_plan" if notice_written_today(claim) else _stage_key(claim)


# Each optional message, and the message a site without its text shows: the one it showed before (a key, or for the
# claim at hand). Its fallback may be optional too (message_fallbacks follows them to one every site has).
_FALLBACKS: dict[str, str | Callable[[Claim], str]] = {
    # As before: the answer's message, or the stage's.
    "reminder_promise": _stage_key_before_the_promise,
    "dunning_promise": _stage_key_before_the_promise,
    "dunning_answered": lambda claim: claim.stage,  # the reminder's or the dunning letter's
    "dunning_costs_charged": "dunning",
    "promise_passed": Status.PROMISE,
    # Thanks for keeping to the agreement, and an amount still open.
    "promise_kept": "remainder",
    "plan_kept": "remainder",
    # A settlement's own messages (added in session 47): a site's copy without them shows the promise's ("Tot die tijd
    # sturen wij u geen nieuwe brieven") and the paid thanks, both true of it.
    "settlement": Status.PROMISE,
    "settled": Status.PAID,
    # ... its last day passed (added in session 50): the settlement's own, as before.
    "settlement_passed": "settlement",
    # After a settlement ended, before the first letter since (added in session 48): the stage's, as before.
    "after_settlement": _stage_key,
    # ... called off on a day the statements do not reach (added in session 49): the message it showed before.
    "after_settlement_unseen": "after_settlement",
    "plan_kept_agency": _thanks_or_stage,
    "promise_kept_agency": _thanks_or_stage,
    "dispute_many": Status.DISPUTE,
    "dispute_late": Status.DISPUTE,  # "Bovenaan ... wanneer u antwoord krijgt"
    "dispute_many_late": "dispute_many",
    "plan_kept_single": "plan_kept",  # the thanks for "alle termijnen"
    "plan_kept_agency_single": "plan_kept_agency",
    "arrangement_single": Status.ARRANGEMENT,  # the plan's message, in the plural
    "arrangement_agency_single": "arrangement_agency",
    # The handover's (or the legal step's) message; behind, not the plan's, which says what comes.
    "arrangement_agency": _stage_key,
    "promise_agency": _stage_key,
    "arrangement_agency_missed": _stage_key,
    "promise_agency_broken": _stage_key,
    "handover_plan_kept": Stage.HANDOVER,
    "handover_agency_plan_kept": "handover_plan_kept",  # thanks for the plan, whose it was unsaid
    "handover_plan_running": Stage.HANDOVER,  # "Ook nu is een betalingsregeling nog mogelijk"
    "handover_agency_plan_running": Stage.HANDOVER,  # not handover_plan_running's "die u met ons had"
    "plan_missed_several": "plan_missed",  # one instalment named, the schedule below shows them all
    "plan_missed_part": "plan_missed",  # "niet (helemaal) betaald"
    "plan_missed_several_part": "plan_missed_several",
    # "Een termijn": the schedule below shows it is the one.
    "plan_missed_single": "plan_missed",
    "plan_missed_single_part": "plan_missed_part",
    # "Dat kan gebeuren" above a dispute's answer (added in session 55): the message it showed before.
    "plan_missed_answered": "plan_missed",
    "plan_missed_several_answered": "plan_missed_several",
    "plan_missed_single_answered": "plan_missed_single",
    "plan_missed_last": _plan_missed_key,  # "Dan blijft onze afspraak gewoon staan"
    "plan_missed_last_part": _plan_missed_key,
    "plan_missed_last_several": _plan_missed_key,
    "plan_missed_last_several_part": _plan_missed_key,
    # "Een betalingsregeling is nog steeds mogelijk", to a debtor who has one.
    "final_notice_passed_plan": "final_notice_passed",
    "final_notice_passed_paused": "final_notice_passed",  # "Betaal ..., of maak een afspraak", the wait unsaid
    "final_notice_passed_plan_paused": "final_notice_passed_plan",  # "Betaal ...", the wait unsaid
    "final_notice_unseen_plan": "final_notice_unseen",
    "final_notice_plain_plan": "final_notice_plain",
    # ... of a plan of one instalment (added in session 62): "de termijnen ... niet allemaal", as before.
    "final_notice_plain_plan_single": "final_notice_plain_plan",
    "final_notice_passed_plan_single": "final_notice_passed_plan",
    "final_notice_unseen_plan_single": "final_notice_unseen_plan",
    "final_notice_passed_plan_paused_single": "final_notice_passed_plan_paused",
    "final_notice_plan": _stage_key,  # the notice's message (or the dunning letter's, on the notice's day)
    "final_notice_plan_costs_charged": "final_notice_plan",  # "tot wanneer u kunt betalen zonder incassokosten"
    "final_notice_plan_unagreed": _plan_or_stage,  # an e-mailed notice over the plan is no "laatste brief"
    "small_rest": _stage_before,
    "dispute_answered": _stage_before,
    "final_notice_plain": _notice_before,
    "final_notice_restated": "final_notice_plain",  # "Wilt u het bedrag zo snel mogelijk betalen?"
    "final_notice_unseen": _notice_before,
    "newer_invoice": _notice_before,
    "newer_answered": _notice_before,  # as newer_invoice falls back, not to it: an invoice the notice did not ask for
}
OPTIONAL_MESSAGES = tuple(_FALLBACKS)


def message_fallback(claim: Claim, key: str) -> str:
    """The message a site shows whose content/messages/ has no text for `key`, the claim's message_key
    (an optional one, OPTIONAL_MESSAGES, added after its texts were copied): the one it showed before (_FALLBACKS).
    An optional message without one stops with a LookupError; a message every site has is its own."""
    if key not in OPTIONAL_MESSAGES:
        return key
    fallback = _FALLBACKS.get(key)
    if fallback is None:
        # Not a guess (the final notice's message on any page): a message added without its fallback stops the build.
        raise LookupError(f"optional message {key!r} has no fallback: give it one in message_fallback (_FALLBACKS)")
    return fallback if isinstance(fallback, str) else fallback(claim)


def message_fallbacks(claim: Claim, key: str) -> tuple[str, ...]:
    """The messages a site without a text for `key` shows instead, the first it has: `message_fallback` of it, and of
    that one while it is optional too (`plan_kept_single`, then `plan_kept`, then `remainder`)."""
    chain: list[str] = []
    while key in OPTIONAL_MESSAGES:
        key = message_fallback(claim, key)
        chain.append(key)
    return tuple(chain) or (key,)


def _contact(claim: Claim, creditor: Creditor, reference: str, lang: Language) -> ContactView:
    desk = creditor.contact
    t = partial(text, lang)
    role = desk.role_in(lang)
    intro = t("contact_person_role", name=desk.name, role=role) if role else t("contact_person", name=desk.name)
    handler = handler_of(claim)
    ours_only = handler is not None and (handler.pay_to is not None or claim.stage == Stage.LEGAL)
    if handler is not None and handler.reachable:
        # About paying, the agency or bailiff is the one to call (the top of the page says so); about the invoice, us.
        intro = t(invoice_question(claim)) + " " + intro
    dutch = tuple(
        value
        for value, english in ((role, desk.role_en), (desk.hours_in(lang), desk.hours_en))
        if lang == Language.EN and value and english is None
    )
    return ContactView(
        name=desk.name,
        intro=intro,
        phone=desk.phone,
        tel=tel_link(desk.phone) if desk.phone else None,
        hours=desk.hours_in(lang),
        email=desk.email,
        mailto=mailto_link(desk.email, t("mail_subject", reference=reference)) if desk.email else None,
        # Paying the agency with its reference, or not through this page at all (legal steps):
        # ours is then only what we know the file by.
        mention=t("mention_our_reference" if ours_only else "mention_reference", reference=reference),
        reference=reference,
        dutch=dutch,
    )


def _unlinked(claim: Claim, lang: Language) -> str:
    """Under the situation: a payment without the reference comes later, and whom to ask about a missing one. After
    a handover, with the agency (or the bailiff) reachable, a payment to them is theirs to look up, one to us ours."""
    handler = handler_of(claim)
    if handler is not None and handler.reachable:
        return text(lang, "situation_unlinked_handler", handler=handler_name(handler, lang))
    return text(lang, "situation_unlinked")


class MessageValues(Mapping[str, str]):
    """What a message's placeholders say on one page, by name in `MESSAGE_VALUES`' order: {pay_by} is the day
    before the next step, from the core; {not_received}, what we have not received (`not_received`); {the_invoice}
    and {this_invoice}, the invoices the page is about (`invoice_words`); {a_notice}, the latest final notice as we
    sent it ("een laatste brief", "een laatste e-mail"), and {the_notice}, the one the costs' episode began with
    ("onze laatste brief (sommatie)", "onze sommatie per e-mail"), as the page's sentences name it (`notice_named`):
    an e-mail is no "brief"; {plan_notice}, the final notice over a plan in arrears, recorded or written today, as
    the steps name it (`plan_notice_named`); {the_instalment}, what that notice asks beside ("niet alleen de
    termijn", "de termijnen" of more than one missed: `missed_instalments_named`); {handler}, who has the file after
    a handover or a legal step ("Incasso B.V.", "het incassobureau"), else "ons" (`handler_name`); {agency}, the
    agency of the latest handover (`agency_named`), {the_agency} that agency said again (`the_agency_named`), and
    {earlier_agency} the one before it (`earlier_agency_named`); {ask_plan}, how to come to a plan, by role while a
    counsellor or an administrator acts (`options.ask_plan`); {way_out}, whom to contact when paying in time fails,
    by role too (`options.way_out`); a settlement's values (`accord_values`). `deadline`: the page's
    `payment_deadline`.

    Each is worked out the first time it is read (`_WORKED_OUT`), and is the same whenever it is: it depends on the
    claim, the creditor, the page's deadline and its language only. A page's message names none to four of the
    eighteen, and working out every one for every page cost as much as filling in its message (BENCHMARKS.md,
    session 56)."""

    __slots__ = ("_claim", "_creditor", "_deadline", "_lang", "_known")

    def __init__(self, claim: Claim, creditor: Creditor, deadline: date | None, lang: Language) -> None:
        self._claim, self._creditor, self._deadline, self._lang = claim, creditor, deadline, lang
        self._known: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        known = self._known
        if name not in known:
            known.update(_WORKED_OUT[name](self._claim, self._creditor, self._deadline, self._lang))
        return known[name]

    def __iter__(self) -> Iterator[str]:
        return iter(MESSAGE_VALUES)

    def __len__(self) -> int:
        return len(MESSAGE_VALUES)

    def __repr__(self) -> str:
        return f"MessageValues({dict(self)!r})"


# How each value a message may name is worked out (`MessageValues`), from the claim, the creditor, the page's
# deadline and its language: alone, or with the others of its group (`invoice_words`, `accord_values`).
_WorkOut = Callable[[Claim, Creditor, date | None, Language], Mapping[str, str]]
_WORKED_OUT: Mapping[str, _WorkOut] = MappingProxyType(
    {
        "pay_by": lambda claim, creditor, deadline, lang: {"pay_by": _pay_by(claim, creditor, deadline, lang)},
        "not_received": lambda claim, _, __, lang: {"not_received": _not_received_by_the_letter(claim, lang)},
        "the_invoice": lambda claim, _, __, lang: invoice_words(claim, lang),
        "this_invoice": lambda claim, _, __, lang: invoice_words(claim, lang),
        "a_notice": lambda claim, _, __, lang: {"a_notice": _a_notice(claim, lang)},
        # first_notice_named's, but of a newer invoice in none
        "the_notice": lambda claim, _, __, lang: {"the_notice": newer_notice_named(claim, lang)},
        "plan_notice": lambda claim, _, __, lang: {"plan_notice": plan_notice_named(claim, lang)},
        "the_instalment": lambda claim, _, __, lang: {"the_instalment": missed_instalments_named(claim, lang)},
        "handler": lambda claim, _, __, lang: {"handler": handler_name(handler_of(claim), lang)},
        "agency": lambda claim, _, __, lang: {"agency": agency_named(claim, lang)},
        "the_agency": lambda claim, _, __, lang: {"the_agency": the_agency_named(claim, lang)},
        "earlier_agency": lambda claim, _, __, lang: {"earlier_agency": earlier_agency_named(claim, lang)},
        "ask_plan": lambda claim, _, __, lang: {"ask_plan": ask_plan(claim, lang)},
        "way_out": lambda claim, _, __, lang: {"way_out": way_out(claim, lang)},
        **dict.fromkeys(
            ("agreed_with", "agreed_amount", "agreed_terms", "remitted"),
            lambda claim, _, __, lang: accord_values(claim, lang),
        ),
    }
)


_NO_ACCORD = dict.fromkeys(("agreed_with", "agreed_amount", "agreed_terms", "remitted"), "")


def accord_values(claim: Claim, lang: Language) -> dict[str, str]:
    """A settlement's placeholders (the `settlement` and `settled` messages): {agreed_with}, " met uw
    schuldhulpverlener" when the one acting for the debtor agreed it (by role only, never a name), else nothing;
    {agreed_amount}, the sum agreed; {agreed_terms}, "uiterlijk 31 januari 2027" or "in 36 termijnen, de laatste
    uiterlijk ..."; {remitted}, what is remitted once it is paid. Empty on a page without one."""
    accord = claim.accord
    if accord is None:
        return _NO_ACCORD
    # By the role of whoever acted on its day (as a wait asked for): one who took over since agreed nothing.
    acted = claim.debtor.on(accord.event.date).representative
    role = acted.role if acted is not None and accord.event.asked_by == PauseAsker.REPRESENTATIVE else None
    last = fmt.day(accord.last_day, lang)
    count = len(accord.event.installments)
    terms = (
        text(lang, "agreed_in_instalments", count=count, date=last) if count else text(lang, "agreed_by_day", date=last)
    )
    return {
        "agreed_with": text(lang, f"agreed_with_{role}") if role is not None else "",
        "agreed_amount": fmt.money(accord.amount, lang),
        "agreed_terms": terms,
        "remitted": fmt.money(accord.remitted, lang),
    }


def _pay_by(claim: Claim, creditor: Creditor, deadline: date | None, lang: Language) -> str:
    """{pay_by}: `by_when` the page's deadline; the day a first final notice is written (steps.first_notice_today),
    its term as the top says it ("binnen veertien dagen na ontvangst van onze sommatie"), not "zo snel mogelijk"."""
    if first_notice_today(claim) or costless_notice_today(claim):
        # E-mailed without consent, it is no "final notice" in English: "a notice to pay", as the top names it.
        key = "within_term" if first_notice_today(claim) else "within_term_unagreed"
        return text(lang, key, days=term_days(creditor, lang))
    return by_when(claim, deadline, lang)


def _a_notice(claim: Claim, lang: Language) -> str:
    """{a_notice}: the latest final notice as we sent it (`notice_named`); one that brings no costs while a notice
    that does may follow (claims.timing.brings_costs), no "laatste e-mail" or "laatste brief": one e-mailed to a
    consumer who had not agreed to it (its letter calls itself no last letter either: letters.view,
    `final_notice_unagreed`), or whose letter stated more costs than the law allows (`overstates`), which the steps
    follow with the one that states them right ("Wij sturen u nu een laatste brief": not two last letters)."""
    notice = claim.latest_notice
    unagreed = notice is not None and notice in claim.costless_notices
    return notice_named(notice, lang, "a_notice_unagreed" if unagreed else "a_notice")


def agency_named(claim: Claim, lang: Language) -> str:
    """The agency the file was handed over to last, as the page's top and the handover letter name it: by the name
    the ledger gives ("Tweede Incasso B.V."), else "een incassobureau" ("a collection agency"), never "een ander
    incassobureau" (a second handover may go to the same agency as the first)."""
    handover = latest(claim.events, EventType.HANDOVER)
    return handover.agency if handover is not None and handover.agency else text(lang, "an_agency")


def the_agency_named(claim: Claim, lang: Language) -> str:
    """The agency of the latest handover said again, once the text named it (`agency_named`): "Spreek dan een nieuwe
    betalingsregeling af met {the_agency}". By the name the ledger gives, else "het incassobureau" ("the collection
    agency"), the one that has the file, not "een incassobureau" (any agency) as the first time."""
    handover = latest(claim.events, EventType.HANDOVER)
    return handover.agency if handover is not None and handover.agency else text(lang, "the_agency")


def earlier_agency_named(claim: Claim, lang: Language) -> str:
    """The agency the file was handed over to before the latest handover, whose plan that handover may have ended
    (`handover_agency_plan_running`: "die u met {earlier_agency} had afgesproken"): by the name the ledger gives,
    else "het vorige incassobureau" ("the previous collection agency"), also before a second handover; "dat
    incassobureau" ("that collection agency") when both handovers went to the same agency, which the text named just
    before: a noun phrase, as a site's text may make it the subject ("die {earlier_agency} met u had afgesproken"),
    where the pronoun "hen" ("them") read wrong."""
    handovers = [e for e in claim.events if e.type == EventType.HANDOVER]
    earlier = handovers[-2] if len(handovers) > 1 else None
    if earlier is not None and earlier.agency and earlier.agency == handovers[-1].agency:
        return text(lang, "that_agency")  # handed over again to the same agency, named just before: not twice
    return earlier.agency if earlier is not None and earlier.agency else text(lang, "previous_agency")


def not_received(claim: Claim, lang: Language) -> str:
    """'not yet received your payment', or once anything was paid 'not yet received the whole amount':
    a text never tells a debtor who paid part that nothing came in. After a handover that ended a plan paid
    in part and behind, or paid in full, what is true of that plan ('not all the instalments of your payment
    plan', 'all the instalments ..., but not yet the whole amount'): not as if there had been none. While the
    bank statements read end before a day the text holds the debtor to (steps.days_unseen), 'not yet
    processed': a payment in time may be on our account, only not yet read. Nothing counting, but a payment the bank
    took back (statement.returned): 'no payment from you that counts', or beside a part paid that stayed 'not yet
    had payments from you that count for the whole amount', after a handover that ended a plan behind 'not had a
    payment from you that counts for every instalment of your payment plan', the line under the payments telling
    which came back; never why a step was taken, which may be older than the payment."""
    plan = plan_before_handover(claim)
    if plan is not None:
        kept = "_kept" if plan.state == PlanState.COMPLETED else ""
        single = "_single" if len(plan.installments) == 1 else ""
        agreed = agency_of_plan(claim, plan)
        if agreed is None:
            # Behind beside a payment the bank took back (statement.returned): not "niet alle termijnen ... ontvangen",
            # as the instalment's payment may be the one that came. Kept that day, every instalment counts: as ever.
            told = "_returned" if not kept and returned_now(claim) else ""
            return text(lang, f"not_received_plan{kept}{single}{told}")
        # An earlier agency's plan: whose it was, and what was paid under it, not "uw betalingsregeling" as if ours.
        agency = agreed.agency or text(lang, "previous_agency")
        if agreed.agency and agreed.agency == agency_named(claim, lang):
            agency = text(lang, "the_agency")  # handed over again to it: "overgedragen aan {agency}" names it
        paid = fmt.money(sum((i.paid for i in plan.installments), ZERO), lang)
        return text(lang, f"not_received_agency_plan{kept}{single}", agency=agency, paid=paid)
    key = "not_received_all" if claim.settlement.paid_total > 0 else "not_received"
    if returned_now(claim):  # it came, and the bank took it back: not "nog niet (het hele bedrag) ontvangen"
        return text(lang, f"{key}_returned")
    return text(lang, f"{key}_unseen" if days_unseen(claim) else key)


def _not_received_by_the_letter(claim: Claim, lang: Language) -> str:
    """{not_received} in a page's message: `not_received`, but what was true on the day of the stage's letter (a
    reminder, a dunning letter) where nothing was paid before it: "het bedrag niet op tijd ontvangen". The stage's
    message gives it as that letter's reason ("Wij hebben {not_received}. Daarom hebben wij u een aanmaning
    gestuurd."): "nog niet het hele bedrag ontvangen" there put a part paid on 18 November before the letter of the
    10th as its cause (the demo's D-1004, s66). A part paid before the letter was its cause as well: as ever."""
    if _paid_only_after_the_letter(claim) and not returned_now(claim):
        return text(lang, "not_received_in_time")
    return not_received(claim, lang)


def _paid_only_after_the_letter(claim: Claim) -> bool:
    """Whether a page's message says the stage's letter came of what was not received (`reminder`, `dunning` and
    their `_promise` and `_costs_charged` texts, not the answer's `dunning_answered`) while every payment came on
    its day or later: the letter written that day did not know of one."""
    if claim.status != Status.ACTIVE or claim.stage not in (Stage.REMINDER, Stage.DUNNING):
        return False
    if _step_stands_after_an_answer(claim) and not _stage_letter_about_a_promise(claim):
        return False  # "Wij hebben uw bezwaar beantwoord, maar ...": no letter's reason
    letter = latest(claim.events, EventType(claim.stage.value))
    payments = claim.settlement.payments
    return letter is not None and bool(payments) and all(p.payment.date >= letter.date for p in payments)


def plan_before_handover(claim: Claim) -> Plan | None:
    """The plan the latest handover ended, when anything was paid under it and it was behind or paid in full
    that day (one on schedule says nothing of why the file went on); None before a handover, or after the legal
    step (its texts do not say what was received)."""
    plan = _plan_ended_by_handover(claim)
    if plan is None or plan.state == PlanState.ON_SCHEDULE:
        return None
    return plan if any(i.paid > 0 for i in plan.installments) else None


def _plan_ended_by_handover(claim: Claim) -> Plan | None:
    """The plan the latest handover ended, in the state it was in that day; None before a handover, or after the
    legal step."""
    handover = latest(claim.events, EventType.HANDOVER)
    if claim.stage != Stage.HANDOVER or handover is None:
        return None
    plans = [e.agreement for e in claim.ended if isinstance(e.agreement, Plan) and e.on == handover.date]
    return plans[-1] if plans else None


def _plan_running_at_handover(claim: Claim) -> Plan | None:
    """The plan the latest handover ended that was on schedule that day, ours or an earlier agency's: handed over
    for another reason than the plan (docs/ledger-format.md: a plan ends with the handover); else None."""
    plan = _plan_ended_by_handover(claim)
    return plan if plan is not None and plan.state == PlanState.ON_SCHEDULE else None


def agency_of_plan(claim: Claim, plan: Plan) -> Event | None:
    """The handover whose agency the plan was agreed with: the latest one before the plan in the file, or None for
    a plan agreed with us before any handover."""
    events = list(claim.events)
    before = events[: events.index(plan.event)] if plan.event in events else []
    return latest(tuple(before), EventType.HANDOVER)


def _agency_plan_before_handover(claim: Claim) -> bool:
    """Whether the plan the latest handover ended (`plan_before_handover`) was agreed with an earlier agency."""
    plan = plan_before_handover(claim)
    return plan is not None and agency_of_plan(claim, plan) is not None


def _plan_kept_before_handover(claim: Claim) -> bool:
    """Whether the latest handover came after a plan whose instalments were all paid (`plan_before_handover`)."""
    plan = plan_before_handover(claim)
    return plan is not None and plan.state == PlanState.COMPLETED


def _terms(claim: Claim, creditor: Creditor, lang: Language) -> tuple[str, ...]:
    from_due = creditor.policy.business_costs_from_due and claim.debtor.type == DebtorType.BUSINESS
    # A business charged costs from the due date must not read that costs come only after the final notice.
    steps = "late_steps_costs_from_due" if from_due else "late_steps"
    lines = [_payment_term(claim, creditor, lang)]
    # Paid or settled, nothing will be chased: what follows a late payment would read as a warning to someone who is
    # done. The term and the interest's basis stay: they explain the figures above.
    if not claim.closed:
        lines.append(
            text(lang, steps, minimum=fmt.money(LATE_COMMERCIAL_MINIMUM, lang)) if from_due else text(lang, steps)
        )
    if creditor.interest == InterestChoice.STATUTORY:
        lines.append(text(lang, f"late_interest_{claim.debtor.type}"))
    return tuple(lines)


def _payment_term(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """The term this debtor's invoices give, beside their due dates: the policy's when they follow it.

    An invoice due 14 days after its date must not stand under "30 days from the invoice date": the
    interest and the steps run from its own due date (`check` names such invoices to staff)."""
    terms = {(b.invoice.due - b.invoice.date).days for b in claim.settlement.invoices}
    days = creditor.policy.payment_term_days if not terms else min(terms) if len(terms) == 1 else None
    if days is None or days < 2:  # several terms, or "0 dagen" / "1 days": the due date beside each says it
        return text(lang, "payment_term_each")
    return text(lang, "payment_term", days=days)


def statement_view(claim: Claim, ledger: Ledger, *, held: bool = False) -> StatementView:
    """The whole page for one claim, in the debtor's language. `held`: the day's letter is held out of the print
    file for staff to look or call first (DayLetter.look_first, contact_first): a final notice is said to come soon,
    not to be sent now (steps.notice_sending)."""
    ledger = as_read_by(ledger, claim.debtor)
    creditor = ledger.creditor
    lang = claim.debtor.language
    t = partial(text, lang)
    reference = format_rf(rf_reference(claim.debtor.id))
    is_open = claim.status not in (Status.PAID, Status.SETTLED)
    key = _beside_the_answer(claim, creditor, _page_message_key(claim, creditor))
    doubted = claim.debtor.id in ledger.bank_doubted  # a payment may count twice: no refund promised yet
    deadline = payment_deadline(claim, creditor)  # the message, the answer and the totals say the one day
    return StatementView(
        lang=lang,
        stage=claim.stage,
        status=claim.status,
        message_key=key,
        message_fallbacks=message_fallbacks(claim, key),
        message_values=MessageValues(claim, creditor, deadline, lang),
        answer=answer_lines(claim, creditor, key, deadline),
        title=t("title", creditor=creditor.name),
        debtor_name=claim.debtor.name,
        summary=page_summary(claim, ledger, lang, held=held),
        next_steps=next_steps(claim, ledger, lang, page=True, held=held),
        pay=pay_details(claim, creditor, lang) if is_open else None,
        plan=plan_view(claim, lang, instalments_asked_later(creditor, claim)),
        details_heading=t("h_details" if is_open else "h_details_paid"),
        situation=situation_text(claim, lang),
        unlinked=_unlinked(claim, lang),
        invoices=invoice_rows(claim, lang),
        paid_column=paid_column(claim, lang),
        open_column=open_column(claim, lang),
        payments=payment_rows(claim, lang, doubted),
        returned=returned_view(claim, lang),
        allocation=allocation_note(claim, lang),
        interest=interest_view(claim, creditor, lang),
        costs=costs_text(claim, creditor, lang),
        costs_steps=costs_steps(claim, lang),
        totals=total_rows(
            claim,
            creditor,
            lang,
            deadline,
            handed_over=rest_handed_over(ledger, claim),
        ),
        credit=credit_text(claim, lang, doubted, claim.debtor.id in ledger.bank_refunds_back),
        plan_option=plan_option(claim, creditor, reference, lang),
        dispute=dispute_option(claim, creditor, reference, lang),
        help=help_view(
            claim.debtor.type, lang, PAGES[lang]["help"], claim.debtor.contact.is_abroad, represented_by(claim)
        ),
        contact=_contact(claim, creditor, reference, lang),
        creditor=CreditorView(creditor.name, creditor.kvk, creditor.vat_number, tuple(creditor.address)),
        terms=_terms(claim, creditor, lang),
        terms_link=PAGES[lang]["terms"],
    )
