"""The top of a statement page and what happens next: how much, by when, then what.

The summary and the next steps both hang on one date, the last day to pay
before something happens (`payment_deadline`), so they live together. Dates of
letters and costs come from the core (`notice_received`, `notice_term_end`,
`claim.costs`), never recounted here, so the page says what staff will do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import partial

from incasso import fmt
from incasso.claims.accord import Accord
from incasso.claims.agreements import InstallmentState, Plan, Promise, balance_on_promise_day
from incasso.claims.assess import (
    claim_after_the_rest_letter,
    claim_if_completed,
    claim_if_kept,
    claim_when_chased,
    plan_rest,
)
from incasso.claims.claim import Action, Claim, promise_decides
from incasso.claims.demand import (
    amount_to_pay,
    falling_due_by,
    falling_due_sum,
    instalment_asked_by,
    instalment_asked_later,
    instalments_asked_later,
    not_yet_due,
    notice_before_missed,
    notice_restated_today,
    notice_written_today,
    overdue_part_only,
    page_asks,
    plan_under_final_notice,
    promise_kept_by,
    replaced_undecided,
    settlement_undecided,
    term_costs_on_top,
    unseen_not_asked,
    unseen_sum,
)
from incasso.claims.escalation import (
    answer_that_holds,
    asks_the_rest,
    call_in_writing,
    standing_notice,
    standing_postpone,
    uncalled_final_notice,
)
from incasso.claims.settlement import InvoiceBalance
from incasso.claims.states import (
    HANDED_OVER,
    ActionKind,
    ArrearsKind,
    CostsState,
    InstallmentStatus,
    PlanState,
    PromiseState,
    Stage,
    Status,
)
from incasso.claims.timing import (
    final_notice_term_end,
    next_notice_binds,
    notice_term_end,
    step_after_letter,
)
from incasso.law.costs import CostCalculation, cost_calculation
from incasso.law.money import ZERO
from incasso.law.tables import CONSUMER_TERM_DAYS
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    Channel,
    Creditor,
    Debtor,
    Event,
    EventType,
    InterestChoice,
    Language,
    Ledger,
    PauseAsker,
    latest,
)
from incasso.statement.handler import Handler, handler_of
from incasso.statement.labels import listed, text
from incasso.statement.lead import (
    Lead,
    dispute_lead,
    disputed_words,
    handed_over_next,
    handler_mail,
    handler_name,
    handover_lead,
    legal_lead,
)
from incasso.statement.options import plan_offer, represented_by
from incasso.statement.returned import told_beside_return
from incasso.statement.tables import (
    channel_variant,
    costs_amount,
    costs_answer,
    costs_at_most,
    costs_cap,
    costs_come_beside,
    costs_notice,
    costs_paid_sentence,
    costs_stopped_by,
    episode_notice_named,
    first_notice_named,
    instalment_key,
    notice_form,
    notice_named,
    open_invoices,
    other_invoices,
    part_lowers_sentence,
    plan_costs_variant,
    plan_notice_named,
    promised_enough,
    received_values,
    several_missed,
    term_key,
    unseen_term_day,
    vat_beside,
    what_to_pay,
)

DAY = timedelta(days=1)
# Next actions that announce a letter (a call is followed by the final notice).
LETTERS = (ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.CALL, ActionKind.FINAL_NOTICE)
# Next actions whose day the debtor pays before: the day before staff act.
DEADLINE_STEPS = (ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE, ActionKind.HANDOVER)
# The page names the open instalments as the reminder of a missed one does (incasso.letters.terms).
_ARREARS = {
    ArrearsKind.UNPAID: "plan_arrears",
    ArrearsKind.PART: "plan_arrears_part",
    ArrearsKind.MORE: "plan_arrears_more",
    ArrearsKind.MORE_PART: "plan_arrears_more_part",
}
# A reminder, dunning letter or final notice goes once a day to pay has passed: the day before it went is one the page
# holds the debtor to (`days_unseen`); the step due today, likewise. A final notice among them, so that the notice
# written today (its letter reads the claim with it sent) says what the page said of that day.
_ASKING_LETTERS = (EventType.REMINDER, EventType.DUNNING, EventType.FINAL_NOTICE)
_ASKING_STEPS = (ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE)
# The checks of a running agreement: a wait asked for meanwhile holds back only the step a miss of it leads to.
_AGREEMENT_CHECKS = (ActionKind.CHECK_PROMISE, ActionKind.CHECK_INSTALLMENT)
# What a missed promise or instalment leads to, by the step the core then has due (a call: _call_step).
_MISSED = {
    ActionKind.REMIND_INSTALLMENT: "missed_reminder",  # a missed instalment is reminded first
    ActionKind.REMINDER: "missed_reminder",
    ActionKind.DUNNING: "missed_dunning",
    ActionKind.FINAL_NOTICE: "missed_final_notice",
    ActionKind.HANDOVER: "missed_handover",
}


# The page's top, made anew for each debtor and never changed after: slotted, not frozen (a frozen
# dataclass's __init__ costs some 1,300 instructions more a field: BENCHMARKS.md, session 43).
@dataclass(slots=True)
class Summary:
    """The top of the page: how much, by when, in one look."""

    label: str
    amount: str | None
    deadline: str | None
    lines: tuple[str, ...]
    lead: Lead | None = None  # what the page is about before the amount: a dispute, who has the file
    # How many of `lines` the page says before its way to pay ("Zo betaalt u"): those that decide whether or what to
    # pay (a dispute's part, an undecided settlement's answers, a counsellor's wait). The rest come after it, so that
    # the way to pay stands right under the amount and its day (at 200 % text it began up to three screens down).
    before_pay: int = 0


def payment_deadline(claim: Claim, creditor: Creditor) -> date | None:
    """The last day to pay before something happens, or None when there is no such day ahead."""
    if claim.status in (Status.PAID, Status.SETTLED, Status.DISPUTE):
        return None
    if claim.status == Status.SETTLEMENT:  # the agreed day, the next instalment's, or a missed one's last (accord)
        due = claim.running_accord.pay_by
        return due if due >= claim.as_of else None
    day: date | None
    unread = instalment_asked_later(creditor, claim)
    if unread is not None:
        # Due before the plan's confirmation reaches the debtor: the day that letter asks it by, also on the plan's own
        # day (its letter is written that night), not its own day gone by once read (claims.demand).
        return instalment_asked_by(creditor, claim, unread.installment.due)
    # A promised or instalment's day past is pending only while the bank statements do not reach it: it is
    # not asked for by a day gone by (`_unseen` says why the page still asks).
    if claim.status == Status.ARRANGEMENT and claim.running_plan.state == PlanState.ON_SCHEDULE:
        due = claim.running_plan.next_installment.installment.due
        return due if due >= claim.as_of else None
    if claim.status == Status.PROMISE:
        day = claim.pending_promise.promised_date
        day = day if day >= claim.as_of else None
        if not claim.pending_promise.whole_balance:
            # A part promised, asked at the top, does not stop a final notice's costs: the day agreed, with
            # that notice's earlier last day and what stops its costs said beside it (`costs_lead`).
            return day
    elif claim.status != Status.ARRANGEMENT and claim.amount_overdue <= 0:
        day = claim.oldest_open_due
    else:  # overdue, or a plan in arrears: the eve of the next letter (none before its reminder is sent)
        day = next_step_eve(claim, creditor)
    if claim.costs.state == CostsState.ANNOUNCED and claim.term_unseen is None:
        # Neither a promise nor a later letter moves the term the costs hang on: the earlier day counts.
        # (A term that has passed, its days not yet in the statements read, is no day to pay by any more:
        # `costs_unseen_lead` says until when it ran.)
        last_day = claim.costs.owed_from - DAY
        day = min(day, last_day) if day else last_day
    return day


def by_when(
    claim: Claim, deadline: date | None, lang: Language, *, heading: bool = False, read_today: bool = True
) -> str:
    """ "by 3 December 2026" in a sentence ("Please pay by ..." as a heading); without a day "as soon as possible".

    On the page's own day it says "today, 3 December 2026": a bare date that is today reads as if there were
    still time. A letter (`read_today` False) is read days later, by post, and keeps the date alone.
    """
    keys = ("pay_by", "pay_by_today", "pay_asap") if heading else ("by_date", "by_today", "asap")
    if deadline is None:
        return text(lang, keys[2])
    today = read_today and deadline == claim.as_of
    return text(lang, keys[1] if today else keys[0], date=fmt.day(deadline, lang))


def next_step_eve(claim: Claim, creditor: Creditor) -> date | None:
    """The last day before the next letter or handover, not yet gone, and not moved forward to a final notice's
    term: the day a letter gives when that term ends before the letter can be acted on (letters.terms)."""
    day = _escalation_date(claim, creditor)
    return day if day is not None and day >= claim.as_of else None


def _escalation_date(claim: Claim, creditor: Creditor) -> date | None:
    """The last day before the next letter or handover, or None when no such step is next."""
    action = claim.next_action
    if action is None or action.call_off_unseen:
        return None  # no step before the statements reach a settlement's call-off: its day is not known yet
    if answer_that_holds(creditor.policy, claim.events, action) is not None:
        # A missed instalment's reminder held back by a dispute answer's term: the debtor has the term to pay, so the
        # page asks by its last day, as the lines under the message say (statement.answer), not "zo snel mogelijk"
        # beside "u krijgt 14 dagen om te betalen, tot en met ...". A reminder due on its own day is no step to warn
        # about (below): the page asks as soon as possible, as before.
        return action.due - DAY
    if action.kind != ActionKind.CALL and action.kind not in DEADLINE_STEPS:
        return None
    return _last_day_before(claim, creditor, action)


def _last_day_before(claim: Claim, creditor: Creditor, action: Action) -> date:
    """The last day to pay before staff take `action` (a letter, a call or the handover)."""
    if _reminder_after_agreement(claim, action):
        # On the agreement's last day, the reminder after it only tells of what is left: asking for that by
        # the same day would leave no time. The page gives the day that reminder will give.
        return step_after_letter(creditor, claim.debtor, action.due, creditor.policy.dunning_after_days) - DAY
    if action.kind == ActionKind.CALL:
        # Calling is how staff help, not a step to warn about: the step that counts is the final notice, due
        # after the dunning letter's interval, or later when the call waits (a dispute's answer, a postponement).
        # While a wait holds the call back, its eve, as the wait is said; once it is over, the final notice's day
        # after it (escalation.uncalled_final_notice), not the wait's eve, a day gone by.
        dunning = latest(claim.events, EventType.DUNNING)
        if dunning is None:
            raise ValueError(f"the claim on {claim.debtor.id}: a call is planned without a dunning letter before it")
        final_from = step_after_letter(creditor, claim.debtor, dunning.date, creditor.policy.final_notice_after_days)
        if action.is_due(claim.as_of):
            final_from = uncalled_final_notice(creditor, claim.debtor, claim.events, dunning)
        return max(final_from, action.due) - DAY
    if action.kind == ActionKind.HANDOVER and claim.term_unseen is not None and asked_pause(claim) is None:
        # The handover waits for the statements of the term's days (escalation._awaiting_statements): its
        # day moves with each build, the day that decides does not. A wait asked for sets a day that does not move:
        # the eve of its end, as the top says it with the costs charged (final_notice_passed_paused).
        return claim.term_unseen
    return action.due - DAY


def _reminder_after_agreement(claim: Claim, action: Action) -> bool:
    """Whether `action` is the reminder due tomorrow of what a kept agreement left: its day to pay is that
    reminder's own, and what follows a miss of it is the dunning letter. The letter for what a kept agreement of part
    left (`Action.then`) gives its own day on its day too: what follows it is the step reached, not a letter due.
    So does that letter postponed by staff (a `postpone`), on its new day: it is still that letter, not a reminder
    that starts the steps again ("Dan sturen wij u een betalingsherinnering")."""
    postponed_rest = asks_the_rest(action) and action.postponed is not None
    if action.kind != ActionKind.REMINDER or (action.due != claim.agreement_ended and not postponed_rest):
        return False
    return action.due > claim.as_of or (action.then is not None and action.due == claim.as_of)


def missed_shown(claim: Claim, creditor: Creditor) -> bool:
    """Whether the page says the running plan's instalment was missed: a plan in arrears, unless its instalment fell
    due before the plan's confirmation reached the debtor and that day has not passed (claims.demand.
    instalment_asked_later): the core reminds of it only after that, and the letter asks it by a later day."""
    return claim.running_plan.state == PlanState.IN_ARREARS and instalment_asked_later(creditor, claim) is None


def missed_step(missed: Claim) -> str:
    """The step a missed promise or instalment leads to, in the debtor's words: `missed` is the claim
    on the day after it, nothing paid, or the first day after that the core acts on it
    (`claims.assess.claim_when_chased`)."""
    action = missed.next_action
    if action is not None and action.kind == ActionKind.CALL:
        return _call_step(missed, "missed")
    key = _MISSED.get(action.kind, "missed_check") if action is not None else "missed_check"
    if action is not None and action.kind == ActionKind.FINAL_NOTICE:
        key += notice_variant(missed)  # as the notice would come: an e-mail is no "laatste brief"
    return text(missed.debtor.language, key)


def _call_step(missed: Claim, said: str, **values: object) -> str:
    """The call `missed` leads to, then the final notice as it would come (`notice_variant`: an e-mail is no "laatste
    brief"); `said`: "missed", or "held" by a wait (`values`: its day). A debtor without a phone number, whom nobody
    can call, reads what staff do instead: a note by e-mail or by post (claims.escalation.call_in_writing), not "wij
    bellen u", a promise that never comes."""
    lang = missed.debtor.language
    variant = notice_variant(missed)
    channel = call_in_writing(missed.debtor)
    if channel is None:
        return text(lang, f"{said}_call{variant}", **values)
    return text(lang, f"{said}_write{variant}", how=text(lang, f"note_how_{channel}"), **values)


def next_steps(
    claim: Claim, ledger: Ledger, lang: Language, *, page: bool = False, held: bool = False
) -> tuple[str, ...]:
    """What happens next, in the debtor's words: steps and dates, never staff tasks. `page`: said on the statement
    page, whose top may hold the costs of a term over (demand.term_costs_on_top); a letter's does not. `held`: the
    day's letter is held out of the print file (`notice_sending`)."""
    creditor = ledger.creditor
    t = partial(text, lang)
    interest = creditor.interest == InterestChoice.STATUTORY
    if claim.status == Status.PAID:  # a refund that came back needs the debtor's account: not "nothing to do"
        return (t("paid_next_refund_returned" if claim.debtor.id in ledger.bank_refunds_back else "paid_next"),)
    if claim.status in (Status.SETTLEMENT, Status.SETTLED):
        return _settlement_next(claim, lang, top=page)
    if claim.status == Status.DISPUTE:
        # The answer date leads the page (lead.dispute_lead); here: what the answer can be.
        many = "_many" if len(claim.disputed) > 1 else ""  # "de facturen ... hen", not "de factuur ... hem"
        return (t(f"dispute_after{many}"),) + ((t(f"dispute_interest{many}"),) if interest else ())
    # A promise or a plan agreed since a settlement ended replaced it: the page says so first, as a letter would.
    lapse = lapse_said(claim, lang, top=True) if page else ()
    # A wait asked for over a plan or a promise on schedule is said at the page's top (`page_summary`): not again.
    on_top = page and bool(wait_on_top(claim, creditor, lang))
    waited = () if on_top else asked_to_wait(claim, creditor, lang)
    if claim.status == Status.PROMISE:
        return (
            *lapse,
            *waited,
            *_agreement_runs(claim, ledger, lang, top=on_top),
            *_promise_keeps(claim, ledger, lang),
            _promise_next(claim, ledger, lang),
            *_announced_costs(claim, creditor, lang, shown_term_end=None),
        )
    if claim.status == Status.ARRANGEMENT:
        lines, asked = _plan_lines(claim, ledger, lang, held=held, page=page)
        if not missed_shown(claim, creditor):
            # A plan does not move the final notice's term: its costs still come after it, and the page says so.
            lines += _announced_costs(claim, creditor, lang, shown_term_end=None)
        # Interest runs while the plan does: say so now, not after the last instalment. A plan that
        # leaves a known amount open already says so, with that amount and its interest.
        said = not missed_shown(claim, creditor) and claim.plan_leaves_open >= creditor.policy.chase_minimum
        # Under a final notice the notice asks what is overdue, not the instalments: no "while you pay the plan".
        # A wait asked for over a plan in arrears is said first, as without a plan (and at the top of the page).
        lines += [plan_interest_line(claim, ledger, lang, asked=asked)] if interest and not said else []
        return (*lapse, *waited, *_agreement_runs(claim, ledger, lang, top=on_top), *lines)
    # Called off on a day the statements do not reach, no step is taken till they do (escalation._awaiting_call_off):
    # the lapse's lines say what it waits for, and no letter is announced that may never go out.
    waits = claim.next_action is not None and claim.next_action.call_off_unseen
    on_top = page and term_costs_on_top(claim) > 0
    lines = [] if waits else _escalation_lines(claim, creditor, lang, costs_on_top=on_top, held=held)
    if interest and claim.amount_overdue > 0:
        lines.append(t("interest_runs"))
    # A letter says it in its own paragraph, the first step's letter after the lapse only (letters.terms.lapse_told).
    return (*lapse, *asked_to_wait(claim, creditor, lang), *lines)


def _settlement_next(claim: Claim, lang: Language, *, top: bool = False) -> tuple[str, ...]:
    """A settlement: paid, nothing more; running, what paying in time brings (the rest remitted, no interest), and
    what not paying does (the agreement ends, the whole claim is asked again). An instalment overdue is named with
    the last day that still keeps the agreement (its day and the grace: claims.accord.terms_of), never as a day
    still to come. claims.accord. `top`: below the page's top, which asks about a `pay_by` passed that the statements
    do not reach (`_undecided_summary`): only what it does not say."""
    accord = claim.accord
    if accord is None or claim.status == Status.SETTLED:
        remitted = fmt.money(accord.remitted, lang) if accord is not None else ""
        return (text(lang, "settled_next", remitted=remitted),)
    undecided = settlement_undecided(claim) if top else None
    if undecided is not None:
        return (text(lang, "undecided_next", date=fmt.day(undecided[0], lang)),)
    money = partial(fmt.money, lang=lang)
    late = accord.missed
    if accord.plan is None and accord.last_day < claim.as_of and late is None:  # its day passed, not read yet
        day, remitted = fmt.day(accord.last_day, lang), money(accord.remitted)
        return (text(lang, "settlement_unseen", left=money(accord.left), date=day, remitted=remitted),)
    last = accord.last_day if accord.last_day >= claim.as_of else accord.grace_end(accord.last_day)
    if late is not None:  # all of it by a later day keeps nothing once the overdue one's grace is over
        last = min(last, accord.pay_by)
    left = text(
        lang, "settlement_next", left=money(accord.left), date=fmt.day(last, lang), remitted=money(accord.remitted)
    )
    if late is not None:  # its last day that keeps the agreement is what the page asks it by (Accord.pay_by)
        keeps = fmt.day(accord.pay_by, lang)
        # A payment of it came back: what counts. The sum by one day, its payment taken back: not "de termijn".
        overdue = told_beside_return(claim, "settlement_sum_overdue" if accord.missed_sum else "settlement_overdue")
        return left, text(lang, overdue, date=fmt.day(late.installment.due, lang), day=keeps)
    # On the page the top says what a miss brings (`_settlement_top`): said once, on the first screen.
    lapses = () if top else (settlement_lapse(accord, lang),)
    replaced = wait_replaced(claim, lang)
    return (left, *lapses, replaced) if replaced else (left, *lapses)


def settlement_lapse(accord: Accord, lang: Language, *, every: bool = False) -> str:
    """What missing a running settlement does, in one sentence: its home for the page's top and the settlement's
    letters (letters.settlement), which each said it in words of their own. By one day, not the day again: the box and
    the sentence before it name it. In instalments, with the grace a late one has (claims.accord): "meer dan 14 dagen
    te laat" while that is each one's; longer for one (its reminder posted abroad, or written late: grace_ends), the
    last day itself, as the rule counts it, never fewer days than the debtor has. The page names the next instalment's;
    the confirmation (`every`), each instalment's."""
    if accord.plan is None:
        return text(lang, "settlement_lapses_by")
    upcoming = accord.plan.next_open
    dues = [i.due for i in accord.event.installments] if every or upcoming is None else [upcoming.installment.due]
    if all(accord.grace_for(due) == accord.grace_days for due in dues):
        return text(lang, "settlement_lapses", grace=fmt.in_words(accord.grace_days, lang))
    last = [(fmt.day(due, lang), fmt.day(accord.grace_end(due), lang)) for due in sorted(dues)]
    if len(last) == 1:
        return text(lang, "settlement_lapses_on", date=last[0][0], day=last[0][1])
    if every:  # the confirmation's table of instalments gives each one's (`settlement_last_days`)
        return " ".join((text(lang, "settlement_last_days_below"), text(lang, "settlement_lapses_last_day")))
    days = (text(lang, "settlement_last_day", date=due, day=end) for due, end in last)
    return " ".join((text(lang, "settlement_last_days"), *days, text(lang, "settlement_lapses_last_day")))


def settlement_last_days(accord: Accord | None) -> dict[date, date] | None:
    """Of a running settlement in more than one instalment whose grace is longer for one (its reminder posted abroad,
    or written late: claims.accord.grace_ends), each instalment's day and its last day: the confirmation's table of
    instalments gives them in a column of their own (letters.view), and its sentence says so (`settlement_lapse`).
    Said one by one in that sentence, seven instalments read as seven sentences in a row. None where each has the
    policy's grace (the sentence says "meer dan 14 dagen te laat"), or there is one."""
    if accord is None or accord.plan is None or len(accord.event.installments) < 2:
        return None
    dues = [i.due for i in accord.event.installments]
    if all(accord.grace_for(due) == accord.grace_days for due in dues):
        return None
    return {due: accord.grace_end(due) for due in dues}


# A plan or a promise agreed since replaced the ended settlement: said as "over een lager bedrag" (the plan or the
# promise is "de afspraak" in its own letter), with what it is based on: the whole claim, not the agreed sum.
_REPLACED_BY = {Status.ARRANGEMENT: "_plan", Status.PROMISE: "_promise"}


def lapse_said(claim: Claim, lang: Language, *, top: bool = False) -> tuple[str, ...]:
    """A settlement missed (claims.accord: lapsed), said before what comes next: why the whole claim, with its
    interest and costs, is asked again where the page asked the agreed sum before. Missed in instalments, the
    instalment's day; by one day, that day; called off by agreement (`settlement_ended`), the day it was. Beside a
    plan or a promise agreed since (it replaced the settlement), that it is based on the whole claim, not the agreed
    sum (`_plan`, `_promise` keys: the settlement named as "over een lager bedrag", as "de afspraak" alone would be
    the plan or the promise). `top`: below the page's top, which may say the call-off's doubt (`called_off_unseen`)."""
    accord = claim.accord
    if accord is None or not accord.undone or accord.ended_on is None:
        return ()
    plan = _REPLACED_BY.get(claim.status, "")
    values = dict(made=fmt.day(accord.event.date, lang), amount=fmt.money(accord.amount, lang))
    missed = accord.lapsed_instalment
    if accord.ended:
        # Below the page's top that asks whether the rest was paid that day (`_undecided_summary`): as its "Nee?".
        how = "_undecided" if top and not plan and settlement_undecided(claim) is not None else plan
        said = text(lang, f"settlement_called_off{how}", date=fmt.day(accord.ended_on, lang), **values)
    elif missed is not None:
        said = text(lang, f"settlement_lapsed_instalment{plan}", date=fmt.day(missed.due, lang), **values)
    else:
        said = text(lang, f"settlement_lapsed_by{plan}", date=fmt.day(accord.ended_on - DAY, lang), **values)
    # "Wat u al betaalde, telt mee." only when something was paid (before the agreement or since): said to someone
    # who paid nothing, it reads as if we had a payment of theirs.
    paid = text(lang, "settlement_paid_counts") if claim.last_payment_day is not None else None
    return (" ".join(s for s in (said, paid, called_off_unseen(claim, lang, top=top)) if s),)


def called_off_unseen(claim: Claim, lang: Language, *, top: bool = False) -> str | None:
    """A settlement called off on a day the bank statements read do not reach yet, with the agreed sum not paid in
    full by what they show: a payment of the rest that day would have kept it (the payment wins: claims.checks), and
    the build cannot know yet. Said beside "in overleg beëindigd", with the day the payments are known to, not
    guessed either way; the next build's statements tell (settled, or ended as said).

    Replaced by a promise or a plan (agreed on or after that day), the hedge still holds: paid in full that day, the
    settlement was done before it was called off, the claim is settled (claims.accord) and the new agreement has
    nothing left to pay. The top of the page and of its letters asks it then, with both answers
    (`_replaced_undecided_summary`): not said again here.

    `top`: on the page, whose top asks whether the rest was paid, with both answers and the day the payments are
    seen to (`_undecided_summary`): said once, there; here only that no step is taken till then."""
    accord, called_off = claim.accord, claim.unseen_call_off
    if accord is None or called_off is None or replaced_undecided(claim) is not None:
        return None
    day = partial(fmt.day, lang=lang)
    if top and settlement_undecided(claim) is not None:
        return text(lang, "undecided_next", date=day(called_off))
    values = dict(seen=day(claim.payments_until), date=day(called_off), left=fmt.money(accord.left, lang))
    return text(lang, "settlement_called_off_unseen", **values)


def asked_pause(claim: Claim) -> Event | None:
    """The `postpone` the debtor or their counsellor (or administrator) asked for (`asked_by`), while it holds the
    next step back, or, while a promise or a plan on schedule of ours is checked (`wait_over_agreement`), the step a
    miss of it leads to; None once over (on its `until` the step may be taken) or when staff's own (no `asked_by`)."""
    action = claim.next_action
    pause = action.postponed if action is not None else None
    if pause is None:
        pause = wait_over_agreement(claim)
    if pause is None or pause.asked_by is None or pause.until is None or pause.until <= claim.as_of:
        return None
    return pause


def wait_over_agreement(claim: Claim) -> Event | None:
    """The `postpone` standing (escalation.standing_postpone) while the next action is the check of a promise or of a
    plan's instalment (they pause the steps; a `postpone` never moves such a check): the wait moves only the step a
    miss leads to, so the page says it beside the promise or the plan (`_agreement_runs`). None for an agreement
    made with the agency or the bailiff since the handover: theirs, with their steps."""
    action = claim.next_action
    if action is None or action.kind not in _AGREEMENT_CHECKS or handler_of(claim) is not None:
        return None
    return standing_postpone(claim.events)


def asked_to_wait(claim: Claim, creditor: Creditor, lang: Language) -> tuple[str, ...]:
    """The wait asked for (`asked_pause`): the counsellor needs it granted in writing, and the page is what she
    has. By role only, never by name; staff's own `postpone` stays unsaid. A final notice's term still running
    runs on (it is the law's, not a step of ours): said in the same line, or the wait reads as if it held it."""
    granted = wait_granted(claim, lang)
    if granted is None:
        return ()
    term = wait_term_runs(claim, creditor, lang)
    return (f"{granted} {term}" if term else granted,)


def wait_granted(claim: Claim, lang: Language) -> str | None:
    """The wait asked for (`asked_pause`) granted, by who asked and by role, with its last day: "Uw
    schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met ... geen volgende stap."
    None without such a wait (staff's own `postpone` stays unsaid). The page and the letter confirming it say it."""
    pause = asked_pause(claim)
    if pause is None or pause.until is None:  # (`asked_pause` has its `until`)
        return None
    return text(lang, f"asked_to_wait_{_asker(claim, pause)}", day=fmt.day(pause.until - DAY, lang))


def _asker(claim: Claim, pause: Event) -> str:
    """Who asked for the wait `pause`: the debtor, or by the role of whoever acted that day, else neutrally."""
    if pause.asked_by == PauseAsker.REPRESENTATIVE:
        acted = claim.debtor.on(pause.date).representative
        return str(acted.role) if acted is not None else "someone"
    return str(pause.asked_by)


def wait_replaced(claim: Claim, lang: Language) -> str | None:
    """A wait asked for (a `postpone` with `asked_by`) still standing on the day a settlement was agreed: the
    settlement replaces it (escalation.standing_postpone), so once it lapses or is called off the steps go on from
    that day, not from the day asked for. The debtor (or their counsellor) had it in writing; the settlement's
    confirmation and its page while it runs (till that day) say it ends, once: the first letter after a lapse does not
    repeat it."""
    accord = claim.accord
    if accord is None:
        return None
    events = claim.events
    pause = standing_postpone(events[: events.index(accord.event)])
    # Its day gone by (a page read later), it is no news: nothing could be taken before a day that has passed.
    if pause is None or pause.asked_by is None or pause.until is None or pause.until <= claim.as_of:
        return None
    asked = text(lang, f"settlement_replaces_wait_{_asker(claim, pause)}", day=fmt.day(pause.until - DAY, lang))
    return f"{asked} {text(lang, 'settlement_replaces_wait')}"


def wait_term_runs(claim: Claim, creditor: Creditor, lang: Language) -> str | None:
    """Beside a wait granted (`wait_granted`): a final notice's term still running runs on, with its costs after it.
    None when no such term runs."""
    notice = costs_notice(claim, creditor) if claim.costs.state == CostsState.ANNOUNCED else None
    if notice is None or claim.costs.owed_from is None or claim.costs.owed_from <= claim.as_of:
        return None
    return text(lang, "asked_to_wait_term", notice=notice_named(notice, lang))


def wait_on_top(claim: Claim, creditor: Creditor, lang: Language) -> tuple[str, ...]:
    """A wait asked for over a promise or a plan on schedule (`wait_over_agreement`), for the page's top: granted, and
    that it does not change the promise or the instalments. Under 'Wat gebeurt er nu?' it began below a phone's
    first screen (D-1019: at 885 px of 844), under a top that asked the instalment alone; () otherwise."""
    if claim.status not in (Status.PROMISE, Status.ARRANGEMENT) or wait_over_agreement(claim) is None:
        return ()
    granted = asked_to_wait(claim, creditor, lang)
    return (*granted, _agreement_unchanged(claim, lang)) if granted else ()


def page_summary(claim: Claim, ledger: Ledger, lang: Language, *, held: bool = False) -> Summary:
    """The top of the statement page: `summary`, with a wait asked for over an agreement (`wait_on_top`). `held`:
    the day's letter is held out of the print file (`notice_sending`)."""
    top = summary(claim, ledger, lang, held=held)
    wait = wait_on_top(claim, ledger.creditor, lang)
    if not wait:
        return top
    # Before the way to pay: a debtor whose counsellor asked us to wait reads first that the agreement still runs.
    first = top.before_pay
    lines = (*top.lines[:first], *wait, *top.lines[first:])
    return replace(top, lines=lines, before_pay=first + len(wait))


def _agreement_unchanged(claim: Claim, lang: Language) -> str:
    """That a wait asked for leaves the promise, or the plan's instalments, as agreed."""
    if claim.status == Status.PROMISE:
        return text(lang, "asked_wait_promise", date=fmt.day(claim.pending_promise.promised_date, lang))
    return text(lang, instalment_key(claim, "asked_wait_plan"))


def _agreement_runs(claim: Claim, ledger: Ledger, lang: Language, *, top: bool = False) -> tuple[str, ...]:
    """Beside a wait asked for over a promise or a plan on schedule (`wait_over_agreement`), right after it: that it
    does not change the promise or the instalments (a `postpone` never moves their check), so that "geen volgende
    stap" is not read as a break from paying; for a plan, what a miss of its next instalment brings and from when,
    and that the counsellor (by role) or the debtor can ask to change the plan, as the docs tell staff to. `top`: the
    page's top said the wait and that it changes nothing (`wait_on_top`): only what follows."""
    if wait_over_agreement(claim) is None or asked_pause(claim) is None:
        return ()
    if claim.status == Status.PROMISE:
        return () if top else (_agreement_unchanged(claim, lang),)
    said = [] if top else [_agreement_unchanged(claim, lang)]
    plan = claim.running_plan
    upcoming = plan.next_installment.installment.due
    held = held_until(claim_when_chased(ledger, claim, max(upcoming + DAY, claim.as_of)))
    if held is not None:
        # A wait lasting to the plan's last instalment or beyond holds back the reminder of any missed one.
        outlasts = upcoming < plan.last_due <= held
        key = "asked_wait_plan_missed_all" if outlasts else "asked_wait_plan_missed"
        values = dict(date=fmt.day(upcoming, lang), last=fmt.day(plan.last_due, lang), day=fmt.day(held, lang))
        said.append(text(lang, key, **values))
    role = represented_by(claim)
    said.append(text(lang, f"asked_wait_plan_change_{role}" if role is not None else "asked_wait_plan_change"))
    return (" ".join(said),)


def held_until(missed: Claim) -> date | None:
    """The last day of a wait the debtor or their counsellor asked for (`asked_by`) that holds back the step `missed`
    leads to (a claim after a missed promise or instalment: claims.assess.claim_when_chased); that step comes only
    after it. None when no such wait moved it (staff's own `postpone` stays unsaid)."""
    action = missed.next_action
    pause = action.postponed if action is not None else None
    if pause is None or pause.asked_by is None or pause.until is None:
        return None
    return pause.until - DAY


def missed_step_held(missed: Claim) -> str:
    """`missed_step`, said with the wait asked for that holds it back (`held_until`): "wij sturen u een laatste brief
    (sommatie), maar pas na 30 juni 2026"; a call is the step held, so "pas na" comes before what follows it."""
    step = missed_step(missed)
    held = held_until(missed)
    if held is None or missed.next_action is None:
        return step
    lang = missed.debtor.language
    if missed.next_action.kind == ActionKind.CALL:
        return _call_step(missed, "held", day=fmt.day(held, lang))
    return text(lang, "held_step", step=step, day=fmt.day(held, lang))


def _promise_next(claim: Claim, ledger: Ledger, lang: Language) -> str:
    """Pay what was promised by its day, or the step the letter confirming it named follows."""
    handler = handler_of(claim)
    if handler is not None:
        return _promise_next_with(claim, handler, lang)
    promise = claim.pending_promise
    missed = claim_when_chased(ledger, claim, promise.promised_date + DAY)
    # What keeps the promise: the amount promised (for "the whole amount", the balance on the day of the
    # promise, as staff see it) less what came in since; the interest of the days after it does not break it.
    keeps = min(promise.amount - promise.paid, claim.total_due)
    key = "promise_next"
    if _keeps_said(claim):
        key = "promise_next_keeps"  # the line before named the sum and its day: here only what follows a miss
    elif keeps < amount_to_pay(claim) and promise.paid > 0:
        key = "promise_next_rest"
    if promise.promised_date < claim.as_of:
        key += "_past"  # the day has gone by, its payments not yet read: pay now, not "by" that day
    elif key == "promise_next" and replaced_undecided(claim) is not None:  # the top asks whether it applies
        key = "promise_next_undecided"
    date = fmt.day(promise.promised_date, lang)
    # On the promised day itself "before that day" is past: today, then.
    tell = text(lang, "tell_today") if promise.promised_date <= claim.as_of else text(lang, "tell_before", date=date)
    return text(
        lang,
        key,
        amount=fmt.money(keeps, lang),
        promised=fmt.money(promise.amount, lang),
        date=date,
        step=missed_step_held(missed),
        tell=tell,
        only=text(lang, "promise_only_rest" if promise.paid > 0 else "promise_only"),
    )


def _promise_next_with(claim: Claim, handler: Handler, lang: Language) -> str:
    """A promise made to the agency (or the bailiff) since the handover: whom to tell when it cannot be kept, and that
    what follows a miss is theirs to say; not "Dan gaan wij verder met de incasso: wij nemen contact met u op"."""
    promise = claim.pending_promise
    if _keeps_said(claim):  # the line before named the sum and its day
        amount = text(lang, "promise_only_rest" if promise.paid > 0 else "promise_only")
    else:
        amount = fmt.money(min(promise.amount - promise.paid, claim.total_due), lang)
    date = fmt.day(promise.promised_date, lang)
    tell = text(lang, "tell_today") if promise.promised_date <= claim.as_of else text(lang, "tell_before", date=date)
    key = "promise_next_agency_past" if promise.promised_date < claim.as_of else "promise_next_agency"
    return text(lang, key, amount=amount, date=date, tell=tell, handler=handler_name(handler, lang))


def rest_handed_over(ledger: Ledger, claim: Claim) -> date | None:
    """The day the file goes to the agency even when the pending promise of part is kept (a final notice's term
    ended before it was made, as the core counts it: claims.assess.claim_if_kept), or None. Then the rest is
    owed now, not asked "later" by a letter of ours: the confirmation and the totals say so."""
    kept = _if_kept(ledger, claim)
    return None if kept is None else _handed_over_when_kept(kept)


class RestAsked(StrEnum):
    """What asks the rest of a promise of part once it is kept; its value ends the name of the text that says it
    (the page's `promise_part_lead_letter`, the confirmation's `promise_rest_letter`)."""

    NOW = "_now"  # nothing is put off: in a final notice's term its costs come beside; with the agency, theirs
    LETTER = "_letter"  # one letter asks the rest first, with the amount of its day; unpaid, `step`
    HANDOVER = "_handover"  # the file goes to the agency on `handed_over`, kept or not: the rest is owed now
    STEP = ""  # the step the dossier reached asks it


@dataclass(frozen=True, slots=True)
class PromiseRest:
    """What is left after the pending promise of part (today's amount), what asks it, the step that follows (in the
    debtor's words) and the day the file goes to the agency all the same, if it does."""

    rest: Decimal
    asked: RestAsked
    step: str = ""
    handed_over: date | None = None
    # The day after which that one letter asks the rest (`RestAsked.LETTER`): the promised day, or the last day of a
    # wait the debtor or their counsellor asked for that holds the letter back (`held_until`).
    letter_after: date | None = None


def promise_rest(ledger: Ledger, claim: Claim) -> PromiseRest | None:
    """What is left after the pending promise of part and what asks it once kept, as the core will count it: the one
    rule the page's top (`_promise_lead`) and the promise's confirmation (letters.terms) each say in their words.
    None where nothing is said: a promise of the whole, a rest under the chase minimum, or a promise during a plan
    (or one ending after the promised day: the plan has the rest, Claim.kept_agreement)."""
    promise = claim.pending_promise
    rest = claim.total_due - amount_to_pay(claim)
    if promise.whole_balance or rest < ledger.creditor.policy.chase_minimum or not promise_decides(promise, claim.plan):
        return None
    # A part promised is not the whole: paid, the debtor must not think it settled, nor that the steps start again:
    # the rest is asked by the step the dossier reached. In a final notice's term the promise does not stop its
    # costs (`costs_lead` says so): nothing is put off to "later".
    after = None if costs_come_beside(claim) else _rest_after_promise(ledger, claim)
    if after is None:
        return PromiseRest(rest, RestAsked.NOW)
    handed_over, step, letter_held = after
    if letter_held is not None:  # one letter asks the rest first, with the amount of its day (interest moves it)
        return PromiseRest(rest, RestAsked.LETTER, step, letter_after=max(letter_held, promise.promised_date))
    if handed_over is not None:  # kept or not, the file goes to the agency the day after: owed now, not later
        return PromiseRest(rest, RestAsked.HANDOVER, step, handed_over)
    return PromiseRest(rest, RestAsked.STEP, step)


def _rest_after_promise(ledger: Ledger, claim: Claim) -> tuple[date | None, str, date | None] | None:
    """What follows for the rest of the pending promise of part once it is kept, as the core will count it
    (claims.assess.claim_if_kept: the steps go on from the stage reached), in the debtor's words: the step with
    the day the file goes to the agency all the same (`rest_handed_over`), or with None, the step that asks the
    rest (held back by a wait asked for: "..., maar pas na ..."); and, when one letter asks the rest first
    (claims.escalation.asks_the_rest), the day after which it comes (the last day of a wait asked for that holds it
    back, else the day the promise was kept), the step being then what follows that letter unpaid (`promise_rest`
    makes of it what the page and the confirmation say). None for a promise of the whole, one during a plan, or a
    file with the agency or the court (theirs to ask, not ours)."""
    kept = _if_kept(ledger, claim)
    if kept is None or claim.stage in HANDED_OVER:
        return None
    after = claim_after_the_rest_letter(ledger, kept)
    if after is not None:
        return None, missed_step(after), held_until(kept) or claim.pending_promise.promised_date
    handed_over = _handed_over_when_kept(kept)
    if handed_over is not None:
        return handed_over, text(claim.debtor.language, "missed_handover"), None
    return None, missed_step_held(kept), None


def _if_kept(ledger: Ledger, claim: Claim) -> Claim | None:
    """The claim the day after the pending promise of part, kept; None for no such promise (or one in a plan)."""
    if claim.status != Status.PROMISE or claim.pending_promise.whole_balance:
        return None
    if not promise_decides(claim.pending_promise, claim.plan):  # a plan has the rest (Claim.kept_agreement)
        return None
    return claim_if_kept(ledger, claim, claim.pending_promise)


def _handed_over_when_kept(kept: Claim) -> date | None:
    action = kept.next_action
    if action is None or action.kind != ActionKind.HANDOVER or kept.total_due <= 0:
        return None
    return max(action.due, kept.as_of)


def _keeps_said(claim: Claim) -> bool:
    """Whether the page says which lower sum keeps a promise of the whole amount (`_promise_keeps`)."""
    return promise_kept_by(claim) is not None


def _promise_keeps(claim: Claim, ledger: Ledger, lang: Language) -> tuple[str, ...]:
    """For a promise of the whole amount whose balance has grown since (the top of the page asks today's):
    which sum keeps the promise, as promise_progress judges it (payments received from its day up to the
    promised day, at least the balance of its day), why the top is higher, and that the top is what we ask."""
    keeps = promise_kept_by(claim)
    if keeps is None:
        return ()
    promise = claim.pending_promise
    top = amount_to_pay(claim)
    past = "_past" if promise.promised_date < claim.as_of else ""
    day = fmt.day(promise.event.date, lang)
    values = {"amount": fmt.money(keeps, lang), "date": fmt.day(promise.promised_date, lang), "day": day}
    rest = promise.paid > 0
    keeps_line = text(
        lang, f"promise_keeps{'_rest' if rest else ''}{past}", promised=fmt.money(promise.amount, lang), **values
    )
    since = text(lang, "promise_since_day", day=day) if rest else text(lang, "promise_since_that_day")
    only = text(lang, "promise_only_rest" if rest else "promise_only")
    more = top - keeps
    # Only interest when the interest counted since the promise's day is all the difference: costs charged
    # since (a final notice's term that ended meanwhile) or an invoice counted again are not "interest".
    key = "promise_top_interest" if more == _interest_since(claim, ledger) else "promise_top_more"
    top_line = text(lang, key, top=fmt.money(top, lang), more=fmt.money(more, lang), since=since, only=only, **values)
    return (f"{keeps_line} {top_line}",)


def _interest_since(claim: Claim, ledger: Ledger) -> Decimal:
    """The interest counted from the day of the pending promise up to today, on the figures the page shows."""
    then = balance_on_promise_day(ledger, claim.counted_debtor, claim.pending_promise.event, claim.as_of)
    return claim.settlement.interest - then.interest


def _plan_lines(
    claim: Claim, ledger: Ledger, lang: Language, *, held: bool = False, page: bool = False
) -> tuple[list[str], bool]:
    """The next instalment of a plan on schedule; for a plan in arrears, the missed one and the next step. And whether
    they asked if the plan applies (`plan_key`): the lines after them do not ask it again. `held`: the day's letter is
    held out of the print file (`notice_sending`), as for a claim without a plan; `page`: said on the page, whose top
    may hold the costs of a term over (demand.term_costs_on_top), as `next_steps`."""
    creditor = ledger.creditor
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    plan = claim.running_plan
    unread = instalments_asked_later(creditor, claim)
    if unread:  # asked as its confirmation asks it, not yet missed
        when = by_when(claim, payment_deadline(claim, creditor), lang)
        coverage = plan_coverage(claim, ledger, lang)
        return [instalments_asked_line(claim, unread, lang, when), *coverage], asks_applies(claim, coverage)
    if plan.state == PlanState.ON_SCHEDULE:
        upcoming = plan.next_installment
        handler = handler_of(claim)  # a plan agreed with the agency since the handover: theirs, and no letter of ours
        key = "plan_next_past" if upcoming.installment.due < claim.as_of else "plan_next"
        if key == "plan_next" and replaced_undecided(claim) is not None:  # the top asks whether the plan applies
            key = "plan_next_undecided"
        key = instalment_key(claim, f"{key}_agency" if handler else _plan_next_key(claim, key))
        amount, due = money(min(upcoming.open, claim.total_due)), day(upcoming.installment.due)
        stopped = _costs_stopped(claim, lang) if "_notice" in key else {}
        next_line = t(key, amount=amount, date=due, handler=handler_name(handler, lang), **stopped)
        asked = "_undecided" in key  # asked here, the lines after it follow from it
        coverage = plan_coverage(claim, ledger, lang, asked=asked)
        return [next_line, *coverage], asked or asks_applies(claim, coverage)
    if plan_under_final_notice(claim):  # the notice asks for what stops its costs, not the instalment
        # On the page, the costs' note says where the top holds them (demand.term_costs_on_top).
        steps = _escalation_lines(claim, creditor, lang, costs_on_top=page and term_costs_on_top(claim) > 0, held=held)
        return [_plan_notice_line(claim, creditor, lang), *steps], False
    missed_line = _arrears_line(claim, lang)
    # The same day as the top of the page and the instalment's reminder: the eve of the next step.
    when = by_when(claim, payment_deadline(claim, creditor), lang)
    handler = handler_of(claim)  # a plan agreed with the agency since the handover: they look at it
    pay = (
        t("plan_arrears_pay_with", when=when, handler=handler_name(handler, lang))
        if handler
        else t("plan_arrears_pay", when=when)
    )
    lines = [f"{missed_line} {pay}", *also_due(claim, payment_deadline(claim, creditor), lang)]
    action = claim.next_action
    if action is not None and action.kind == ActionKind.REMIND_INSTALLMENT:
        # Said only while the reminder is still to come; while a wait asked for holds it back, only after it.
        pause = asked_pause(claim)
        waits = pause.until - DAY if pause is not None and pause.until is not None else None
        several = "_several" if several_missed(claim) else ""  # "de termijnen", as the line above names them
        key = "plan_reminder_first_held" if waits else "plan_reminder_first"
        lines.append(t(key + several, **({"day": day(waits)} if waits else {})))
    return lines + _escalation_lines(claim, creditor, lang, held=held), False


def _arrears_line(claim: Claim, lang: Language) -> str:
    """The running plan's missed instalment (or instalments) and what came of it, beside a plan in arrears."""
    plan = claim.running_plan
    missed = plan.missed_installment
    money = partial(fmt.money, lang=lang)
    arrears = _ARREARS[plan.arrears_kind]
    if plan.arrears_kind in (ArrearsKind.UNPAID, ArrearsKind.MORE):  # nothing counts, beside a return: say so
        arrears = told_beside_return(claim, arrears)
    return text(
        lang,
        arrears,
        date=fmt.day(missed.installment.due, lang),
        amount=money(missed.installment.amount),
        missed=missed_named(claim, lang),
        paid=money(plan.missed_paid),
        open=money(amount_to_pay(claim)),  # what the summary, the QR code and the reminder ask
    )


def _plan_notice_line(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """The first step under the final notice over the plan. Missed after the notice, which still runs and asks it too:
    the instalment by its day and amount, and what came of it, not as if it had brought a notice sent before its day;
    that the notice still asks it the top says ("Onze sommatie geldt nog": s60, this line said it again; said here
    only where the top does not). Else the top names the missed instalments, each by its day and amount
    (`_notice_lead`), so this line says what to do and by when (`_notice_pay`), not them again (s59 of several; s60 of
    one, said at the top as "U heeft een termijn ... niet betaald" and here as "De termijn van ... is nog niet betaald.
    Daarom hebben wij u ... gestuurd"). Only a top that does not name it (`missed_shown`) leaves it to this line: it
    brought the notice, or the notice goes out today (the next line says so). Nothing of it paid beside a payment the
    bank took back: what counts, not "nog niet betaald" (`_unpaid_told`)."""
    plan = claim.running_plan
    missed = plan.missed_installment
    part = "_part" if missed.paid > 0 else ""
    values = dict(date=fmt.day(missed.installment.due, lang))
    if notice_before_missed(claim) is not None:  # the next line names it, with its term
        line = _missed_since(claim, lang)
        return line if missed_shown(claim, creditor) else f"{line} {_notice_still_asks(claim, lang)}"
    if len(plan.missed) > 1 or missed_shown(claim, creditor):  # the top names them (`_notice_lead`)
        return _notice_pay(claim, creditor, lang)
    if notice_written_today(claim):
        return text(lang, _unpaid_told(claim, "plan_notice_today", part), **values)
    return text(lang, _unpaid_told(claim, "plan_notice", part), notice=plan_notice_named(claim, lang), **values)


def _missed_since(claim: Claim, lang: Language) -> str:
    """The instalments missed after the final notice over the plan, in its term: one by its day and amount, and what
    came of it; more each by its day and amount, then their sum or what came of them, as beside several before a
    notice (`plan_arrears_more`; s60: only the first was named, the top's "ook uw termijn" of two)."""
    plan = claim.running_plan
    if len(plan.missed) > 1:
        part = "_more_part" if plan.missed_paid > 0 else "_more"
        return text(
            lang,
            _unpaid_told(claim, "plan_notice_since", part),
            missed=missed_named(claim, lang),
            paid=fmt.money(plan.missed_paid, lang),
            open=fmt.money(claim.amount_due_now, lang),  # their sum open, as their reminder says it (letters.terms)
        )
    missed = plan.missed_installment
    return text(
        lang,
        _unpaid_told(claim, "plan_notice_since", "_part" if missed.paid > 0 else ""),
        date=fmt.day(missed.installment.due, lang),
        amount=fmt.money(missed.installment.amount, lang),
        paid=fmt.money(missed.paid, lang),
        left=fmt.money(missed.open, lang),
    )


def notice_still_asks_key(claim: Claim) -> str:
    """The top's line beside instalments missed after the final notice over the plan, in its term: the notice still
    runs and asks them too, "ook uw termijnen" of more than one (s60: "ook uw termijn" of two)."""
    return "plan_notice_lead_since_more" if several_missed(claim) else "plan_notice_lead_since"


def _notice_still_asks(claim: Claim, lang: Language) -> str:
    return text(lang, notice_still_asks_key(claim))


def _notice_pay(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """What to do under the final notice over missed instalments, which the top names (s59: the step said the same list
    again, word for word; s60: one said twice): pay the amount the top asks, by the day it asks it, or get in touch."""
    when = by_when(claim, payment_deadline(claim, creditor), lang)
    # The amount the top asks: with the costs of the notice's term over, its last days not read (demand.page_asks).
    return text(lang, "plan_notice_pay", amount=fmt.money(page_asks(claim), lang), when=when)


def _unpaid_told(claim: Claim, key: str, part: str) -> str:
    """`key` with its `part` ("", "_more", "_part", "_more_part"); of instalments nothing of which counts, its
    `_returned` form beside a payment the bank took back (returned.told_beside_return): the debtor paid, and it came
    back, so "nog niet betaald" (and "U heeft ... niet betaald") reads untrue; "nog geen betaling die meetelt" holds
    either way. A form with part paid says what came, which is true."""
    return told_beside_return(claim, key + part) if part in ("", "_more") else key + part


def _missed_around_the_notice(claim: Claim) -> tuple[list[InstallmentState], list[InstallmentState]]:
    """The running plan's missed instalments, split by the latest final notice: those missed before it was sent (it
    came over them) and those due since, on its day or later (demand.plan_under_final_notice counts the same)."""
    notice = claim.latest_notice
    missed = list(claim.running_plan.missed)
    if notice is None:
        return missed, []
    return [i for i in missed if i.installment.due < notice.date], [
        i for i in missed if i.installment.due >= notice.date
    ]


def _missed_line(claim: Claim, missed: list[InstallmentState], key: str, lang: Language, **values: str) -> str:
    """`key` of these missed instalments: one by its day, more each with day and amount; `_part` when part was paid;
    nothing of them paid beside a payment the bank took back, what counts (`_unpaid_told`)."""
    part = "_part" if any(i.paid > 0 for i in missed) else ""
    if len(missed) == 1:
        return text(lang, _unpaid_told(claim, key, part), date=fmt.day(missed[0].installment.due, lang), **values)
    return text(lang, _unpaid_told(claim, key, f"_more{part}"), missed=_named(missed, lang), **values)


def instalments_asked_line(claim: Claim, unread: Sequence[InstallmentState], lang: Language, when: str) -> str:
    """The page's line on the instalments the plan's confirmation asks by a later day than their own
    (claims.demand.instalments_asked_later), by `when` ("uiterlijk 27 maart 2026"): each with its agreed day, in the
    past once that day has gone by, and that paid by then they are on time: a confirmation that came late does not
    make the debtor late."""
    first = unread[0]
    if len(unread) > 1:
        return text(lang, "plan_next_passed_more", instalments=instalments_on_days(claim, unread, lang), when=when)
    key = "plan_next_unread" if first.installment.due >= claim.as_of else "plan_next_passed"
    values = dict(
        instalment=instalment_numbered(claim, first, lang),
        amount=fmt.money(first.installment.amount, lang),
        date=fmt.day(first.installment.due, lang),
    )
    return text(lang, instalment_key(claim, key), when=when, **values)


def instalments_on_days(claim: Claim, instalments: Sequence[InstallmentState], lang: Language) -> str:
    """Instalments each by its number and agreed day: "termijn 1 op 5 februari 2026 en termijn 2 op 5 maart 2026"."""
    on = [(instalment_numbered(claim, i, lang), fmt.day(i.installment.due, lang)) for i in instalments]
    return listed([text(lang, "instalment_on_day", instalment=name, date=day) for name, day in on], lang)


def instalment_numbered(claim: Claim, instalment: InstallmentState, lang: Language) -> str:
    """An instalment by its number in the plan ("termijn 2"), as the page and the plan's letter name one asked by its
    agreed day; "uw termijn" of a plan of one (tables.instalment_key, counting all), not "termijn 1"."""
    number = claim.running_plan.installments.index(instalment) + 1
    return text(lang, instalment_key(claim, "instalment_numbered", counting="all"), number=number)


def missed_named(claim: Claim, lang: Language) -> str:
    """The running plan's missed instalments, each with its day and amount ("10 maart 2026 (EUR 500,00) en 14 maart
    2026 (EUR 300,00)"), as the page and the instalment's reminder name them: one reminder may come for more than
    one (one due before the plan's confirmation arrives is reminded of only after the day it asks it by, while a
    later one is missed meanwhile: claims.escalation._reminder_of)."""
    return _named(claim.running_plan.missed, lang)


def _named(instalments: Sequence[InstallmentState], lang: Language) -> str:
    """Instalments each with its day and amount, listed (`missed_named`)."""
    return listed(
        [f"{fmt.day(i.installment.due, lang)} ({fmt.money(i.installment.amount, lang)})" for i in instalments], lang
    )


def also_due(claim: Claim, deadline: date | None, lang: Language) -> tuple[str, ...]:
    """The instalments that fall due by the day given to pay a missed one, said with the sum, on the page
    and in the instalment's reminder: the QR code asks what is due today, and from their own day the page
    asks them too (demand.falling_due_by), so the debtor who pays on the last day knows the whole sum. First, those
    whose day has passed while the statements read do not reach it (`_unseen_too`)."""
    unseen = _unseen_too(claim, lang)
    soon = falling_due_by(claim, deadline) if deadline else ()
    if not soon or deadline is None:
        return unseen
    amount = falling_due_sum(claim, deadline)
    total = amount_to_pay(claim) + amount
    values = dict(amount=fmt.money(amount, lang), total=fmt.money(total, lang))
    if len(soon) == 1:
        # Due before the day asked: said by its own day, with the sum by then (not "together" after the later day).
        due = soon[0].installment.due
        key = "installment_also_due_before" if due < deadline else "installment_also_due"
        return (*unseen, text(lang, key, date=fmt.day(due, lang), **values))
    # Each by its own day: the first may fall due before the day asked, and paying all at once is by that one.
    first, last = (min(i.installment.due for i in soon), max(i.installment.due for i in soon))
    count = fmt.in_words(len(soon), lang)
    if first == last:
        return (
            *unseen,
            text(lang, "installment_also_due_more_same_day", date=fmt.day(first, lang), count=count, **values),
        )
    days = dict(date=fmt.day(first, lang), last=fmt.day(last, lang))
    return (*unseen, text(lang, "installment_also_due_more", count=count, **days, **values))


def _unseen_too(claim: Claim, lang: Language) -> tuple[str, ...]:
    """A plan's instalments past their day that the statements read do not reach, beside a missed one the page asks
    (demand.unseen_not_asked): due, maybe paid, so asked only if not paid yet; not left out as if paying the
    missed one paid the plan."""
    unseen = unseen_not_asked(claim)
    if not unseen:
        return ()
    amount = fmt.money(unseen_sum(claim), lang)
    if len(unseen) == 1:
        return (text(lang, "installment_unseen", date=fmt.day(unseen[0].installment.due, lang), amount=amount),)
    dates = listed([fmt.day(i.installment.due, lang) for i in unseen], lang)
    return (text(lang, "installment_unseen_more", dates=dates, amount=amount),)


def plan_coverage(claim: Claim, ledger: Ledger, lang: Language, *, asked: bool = False) -> list[str]:
    """When a plan's open instalments and the total due differ by more than the chase minimum: for a plan of part of the
    claim, what it leaves open and what asks it after the plan ends (`_plan_then`: a reminder after a plan of the whole
    balance of its day, else the step reached); for a plan of more than is open (a payment since, say), that the debtor
    never pays more than the total, unless the plan is expected to leave something anyway (the costs of a final notice
    whose amount its instalments do not pay in time), which the interest line says, or without interest, as for a plan
    of part, the costs it leaves. The page and the plan's letter say it; each line asks whether the plan applies
    (`plan_key`) unless a line before it `asked`."""
    creditor = ledger.creditor
    left = claim.plan_leaves_open
    other = _arrange_otherwise(claim, lang)
    key = partial(plan_key, claim, asked=asked)  # "Uw termijn dekt niet alles" of one instalment left; as the top asks
    if left >= creditor.policy.chase_minimum:
        if creditor.interest == InterestChoice.STATUTORY:  # with the interest until the last instalment
            rest = fmt.money(plan_rest(creditor, claim), lang)
            then = _plan_then(ledger, claim, lang)
            if _last_passed(claim):  # (the bank statements read end before it: the plan still looks on schedule)
                return [text(lang, key("plan_rest_now"), amount=rest, then=then, other=other)]
            return [text(lang, key("plan_rest"), amount=rest, date=_last_day(claim, lang), then=then, other=other)]
        # Costs charged meanwhile (a final notice's term ending before the instalments pay what it asks) are
        # left too, as the core counts it: the instalments leave them beside what they do not cover.
        expected = plan_rest(creditor, claim)
        values = dict(date=_last_day(claim, lang), then=_plan_then(ledger, claim, lang), other=other)
        if expected > left:
            values.update(amount=fmt.money(expected, lang), costs=_costs_part(claim, expected - left, lang))
            return [text(lang, key("plan_rest_no_interest_costs"), **values)]
        return [text(lang, key("plan_rest_no_interest"), amount=fmt.money(left, lang), **values)]
    more = -left >= creditor.policy.chase_minimum
    # Without interest only costs a final notice announced can be left over what the instalments pay: the plan
    # pays what is open, not what that notice asks by its last day (with interest, `plan_interest_line` says it).
    costs = creditor.interest != InterestChoice.STATUTORY and claim.costs.state == CostsState.ANNOUNCED
    if not (more or costs):
        return []  # interest of a few euros: `plan_interest` says it
    expected = plan_rest(creditor, claim)  # a second settlement: only where it can change what is said
    if more and expected < creditor.policy.chase_minimum:
        return [text(lang, plan_more_key(claim, asked=asked), total=fmt.money(claim.total_due, lang))]  # each capped
    if not costs or expected < creditor.policy.chase_minimum:
        return []
    then = _plan_then(ledger, claim, lang)
    values = dict(amount=fmt.money(expected, lang), date=_last_day(claim, lang), then=then, other=other)
    if left > 0:  # a rest under the chase minimum beside them: named as for a plan of part
        return [
            text(lang, key("plan_rest_no_interest_costs"), costs=_costs_part(claim, expected - left, lang), **values)
        ]
    return [text(lang, key("plan_rest_costs"), **values)]


def _costs_part(claim: Claim, part: Decimal, lang: Language) -> str:
    """Collection costs that are `part` of the costs, or all of them: with the VAT in them beside them where the
    creditor charges it (tables.vat_beside), its amount when they are all the costs."""
    costs = claim.costs
    if costs.vat <= 0:
        return fmt.money(part, lang)
    return vat_beside(fmt.money(part, lang), costs.vat if part == costs.amount else None, lang)


def plan_key(claim: Claim, key: str, *, asked: bool = False) -> str:
    """The text key of a sentence with a figure of what the plan leaves or pays: as the top asks it while a settlement
    the plan replaced may still hold (demand.replaced_undecided: `key` + "_undecided"), that figure being then the
    top's "Nee?" (s51: "Dan staat er ... nog EUR 198,73 open" stood flat under "Heeft u ... nog EUR 500,00 betaald?");
    in the number of instalments it speaks of (tables.instalment_key). Once a line before it `asked` ("Geldt uw
    betalingsregeling (zie bovenaan)?"), it follows from that one: the page asked it twice, a paragraph apart."""
    undecided = "_undecided" if replaced_undecided(claim) is not None and not asked else ""
    return instalment_key(claim, f"{key}{undecided}")


def plan_more_key(claim: Claim, *, asked: bool = False) -> str:
    """The text that the instalments add up to more than is open (`plan_key`)."""
    return plan_key(claim, "plan_more", asked=asked)


def asks_applies(claim: Claim, said: Sequence[str]) -> bool:
    """Whether what was said, the lines of `plan_coverage` or a promise's rest (letters.terms, a line or ""), asks
    whether the plan or the promise applies: any of it does while a settlement it replaced may still hold
    (demand.replaced_undecided)."""
    return bool(said) and replaced_undecided(claim) is not None


def plan_interest_line(claim: Claim, ledger: Ledger, lang: Language, *, asked: bool = False) -> str:
    """Interest runs while the plan does, and what is expected to be left after it (claims.assess.plan_rest)
    when that is at least the chase minimum: three years of instalments leave more than "a small amount".
    Not while a final notice is due or runs (the notice asks everything overdue: interest runs until all
    is paid), nor on an agency's or a bailiff's plan (theirs to chase). `asked`: as `plan_key`."""
    creditor = ledger.creditor
    action = claim.next_action
    notice_now = action is not None and action.kind == ActionKind.FINAL_NOTICE and action.is_due(claim.as_of)
    if plan_under_final_notice(claim) or notice_now:
        return text(lang, "interest_runs")
    if handler_of(claim) is not None:
        return text(lang, "plan_interest_running")
    rest = plan_rest(creditor, claim)
    if rest <= ZERO and -claim.plan_leaves_open >= creditor.policy.chase_minimum:
        # Beside "Uw termijnen zijn samen meer dan er nu openstaat" (plan_coverage: `plan_more`), "kan nog een klein
        # bedrag aan rente openstaan" contradicts it: the instalments cover the interest too.
        return text(lang, "plan_interest_running")
    if rest < creditor.policy.chase_minimum:
        return text(lang, instalment_key(claim, "plan_interest"))
    amount = fmt.money(rest, lang)
    then = _plan_then(ledger, claim, lang, way_out=True, rest=rest)  # these lines give no way out of their own
    then = _costs_in_rest(claim, rest, lang) + then
    if _last_passed(claim):
        return text(lang, plan_key(claim, "plan_interest_rest_now", asked=asked), amount=amount, then=then)
    then = _today_figure(claim, rest, lang) + then
    if missed_shown(claim, creditor):  # beside others to pay on time (never one left): "de gemiste termijnen" of two
        key = "plan_interest_rest_missed_several" if several_missed(claim) else "plan_interest_rest_missed"
        key = instalment_key(claim, key, counting="upcoming")  # "en de volgende op tijd" of one still to come
    else:
        key = plan_key(claim, "plan_interest_rest", asked=asked)
    return text(lang, key, amount=amount, date=_last_day(claim, lang), then=then)


def _costs_in_rest(claim: Claim, rest: Decimal, lang: Language) -> str:
    """The collection costs charged and still open that the expected rest after the plan holds, named after it
    ("Daarin zitten de incassokosten van EUR 40,00."), or '': a rest of EUR 56,32 beside "de rente loopt door" read
    as interest alone, and was called small. '' without such costs."""
    costs = _costs_open_charged(claim)
    if costs <= 0:
        return ""
    # With the VAT in them beside them, as the costs line above names them (`_costs_part`).
    return text(lang, "plan_rest_costs_in", costs=_costs_part(claim, min(costs, rest), lang)) + " "


def _costs_open_charged(claim: Claim) -> Decimal:
    """The collection costs charged and not yet paid: a rest holding them is no small amount of interest. None when
    the plan's instalments pay all of today's total, costs included (art. 6:44 BW pays the costs first): what they
    leave then is the interest that runs meanwhile, not "de incassokosten van EUR 18,03" beside costs of 217,50."""
    if claim.costs.state != CostsState.CHARGED or claim.plan_leaves_open <= 0:
        return ZERO
    return claim.settlement.costs_open


def _today_figure(claim: Claim, rest: Decimal, lang: Language) -> str:
    """What the plan's instalments leave of today's total, before the expected rest after the last one: the totals
    row calls it "later" (statement.tables), and two leftovers side by side read as a contradiction unless the
    line says which is which ("Vandaag is dat EUR 11,11; de rente tot dan komt erbij."). '' when they agree, or
    when the rest is not today's figure grown by interest (nothing left today, or less left then)."""
    today = claim.plan_leaves_open
    if not 0 < today < rest:
        return ""
    return text(lang, "plan_rest_today", today=fmt.money(today, lang)) + " "


def _plan_then(
    ledger: Ledger, claim: Claim, lang: Language, *, way_out: bool = False, rest: Decimal | None = None
) -> str:
    """What asks what the running plan leaves once all its instalments are paid, as the core will count it
    (claims.assess.claim_if_completed): the friendly reminder of a remainder after a plan of the whole balance of
    its day; after a plan of part, one letter for the rest first (claims.escalation.asks_the_rest) and, unpaid, the
    step reached before the plan; or, while a letter's term still runs then, that step (the handover with its day).
    With `way_out`, for a text that has none of its own, what to do if the debtor cannot pay it. A plan with the
    agency or the bailiff: they ask it (their plan, their steps), and they are the way out. With `rest` (the
    interest line's expected rest after a plan being paid), kindly (`_rest_kindly`): what comes for it, and how
    to be done with it at once."""
    handler = handler_of(claim)
    if handler is not None:
        name = handler_name(handler, lang)
        line = text(lang, "plan_then_handler", handler=name)
        return f"{line} {text(lang, 'plan_then_way_out_with', handler=name)}" if way_out else line
    done = claim_if_completed(ledger, claim)
    action = done.next_action
    # A wait asked for that outlasts the plan holds back what asks its rest too: "na 30 september", not "daarna".
    held = held_until(done)
    day = {"day": fmt.day(held, lang)} if held is not None else {}
    after = claim_after_the_rest_letter(ledger, done)
    if after is not None:  # the amount is the letter's, of its day: interest moves it by the day
        letter = rest_letter_named(claim.debtor, lang)  # as it would come: an e-mail is no "brief"
        key = "plan_then_letter_held" if held is not None else instalment_key(claim, "plan_then_letter")
        line = text(lang, key, step=missed_step(after), rest_letter=letter, **day)
    elif rest is not None and (action is None or action.kind in _KIND_LETTERS):
        return _rest_kindly(claim, lang, rest, action, held)
    elif action is None or action.kind == ActionKind.REMINDER:
        return text(lang, "plan_then_reminder_held" if held is not None else "plan_then_reminder", **day)
    elif action.kind == ActionKind.HANDOVER:  # its day is the one a wait moved it to
        handover = fmt.day(max(action.due, done.as_of), lang)
        line = text(lang, "plan_then_handover", day=handover, step=text(lang, "missed_handover"))
    else:
        line = text(lang, "plan_then_step", step=missed_step_held(done))
    return f"{line} {text(lang, 'plan_then_way_out')}" if way_out else line


# The letters the rest of a plan being paid may be asked by, named in `_rest_kindly`; a call or a handover is said
# as before (`plan_then_step`, `plan_then_handover`).
_KIND_LETTERS = (ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE)


def _rest_kindly(claim: Claim, lang: Language, rest: Decimal, action: Action | None, held: date | None) -> str:
    """The expected rest after a plan being paid, to a debtor paying it: small when less than its smallest instalment
    ("Voor dat kleine bedrag", "Dat is een klein bedrag"), the friendly reminder with the exact amount that comes for
    it (`plan_then_reminder_kind`),
    or the letter that asks it if it is still open then (`plan_then_step_kind`, with its way out), and how to be done
    with it at once: with the last instalment, or now with what is open of them once their days have passed. `held`:
    the last day of a wait asked for that holds that letter back (`held_until`): it comes only after it."""
    # Costs charged in it make it no small leftover of interest, whatever the instalments' size.
    small = rest < min(i.installment.amount for i in claim.running_plan.installments) and not _costs_open_charged(claim)
    after = "_held" if held is not None else ""
    day = {"day": fmt.day(held, lang)} if held is not None else {}
    if action is None or action.kind == ActionKind.REMINDER:
        lines = [text(lang, ("plan_then_reminder_kind_small" if small else "plan_then_reminder_kind") + after, **day)]
    else:
        lines = [text(lang, "plan_rest_small")] if small else []
        lines.append(text(lang, "plan_then_step_kind" + after, letter=text(lang, f"step_{action.kind}"), **day))
    at_once = "plan_rest_at_once_now" if _last_passed(claim) else instalment_key(claim, "plan_rest_at_once", "all")
    lines.append(text(lang, at_once))
    if action is not None and action.kind != ActionKind.REMINDER:
        lines.append(text(lang, by_role(claim, "plan_then_way_out")))
    return " ".join(lines)


def by_role(claim: Claim, key: str) -> str:
    """`key`'s variant for the debtor's representative (`key_counsellor`, `key_administrator`), who arranges it
    with us for them (by role, never by name), or `key` itself without one."""
    role = represented_by(claim)
    return f"{key}_{role}" if role is not None else key


def _arrange_otherwise(claim: Claim, lang: Language) -> str:
    """Whom to ask to arrange what a plan leaves otherwise: us, or the agency (or the bailiff) whose plan it is."""
    handler = handler_of(claim)
    if handler is None:
        return text(lang, by_role(claim, "plan_rest_other"))
    return text(lang, "plan_rest_other_with", handler=handler_name(handler, lang))


def _last_passed(claim: Claim) -> bool:
    """Whether the running plan's last instalment day is behind us: what it leaves is counted to today."""
    return claim.running_plan.last_due < claim.as_of


def _last_day(claim: Claim, lang: Language) -> str:
    return fmt.day(claim.running_plan.last_due, lang)


def _escalation_lines(
    claim: Claim, creditor: Creditor, lang: Language, *, costs_on_top: bool = False, held: bool = False
) -> list[str]:
    """The next letter or handover, read from the core's next action; else where the claim stands. `costs_on_top`:
    the top holds the costs of a term over (demand.term_costs_on_top), and the costs' note says so."""
    t = partial(text, lang)
    action = claim.next_action
    if action is not None and action.then is not None and _reminder_after_agreement(claim, action):
        # The letter for what a kept agreement of part left comes on a later day, with a reminder's term: what
        # follows it unpaid is the step reached (escalation.asks_the_rest), by that term's day, as it will say.
        then = step_after_letter(creditor, claim.debtor, action.due, creditor.policy.dunning_after_days)
        action = replace(action, kind=action.then, due=then)
    if action is not None and action.kind == ActionKind.HANDOVER:
        return _final_notice_lines(claim, creditor, lang, action, costs_on_top=costs_on_top)
    if action is not None and action.kind in LETTERS:
        return _letter_lines(claim, creditor, lang, action, held=held)
    handler = handler_of(claim)
    if handler is not None:
        return handed_over_next(claim, handler, lang, final_costs=costs_are_final(claim))
    if 0 < claim.total_due < creditor.policy.chase_minimum:
        return [t("small_rest")]
    return []


def _your_payment(claim: Claim, lang: Language) -> str:
    """'your payment', naming the overdue amount when some invoices are not yet due."""
    if overdue_part_only(claim):
        return text(lang, "your_payment_of", amount=fmt.money(claim.amount_overdue, lang))
    return text(lang, "your_payment")


def _letter_lines(claim: Claim, creditor: Creditor, lang: Language, action: Action, *, held: bool = False) -> list[str]:
    """The letter the next action sends (a call leads to the final notice), and by when to pay to stop it."""
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    when = _last_day_before(claim, creditor, action)
    letter = ActionKind.FINAL_NOTICE if action.kind == ActionKind.CALL else action.kind
    if _reminder_after_agreement(claim, action):
        letter = ActionKind.DUNNING  # the reminder itself comes tomorrow, and asks by `when` (as its letter says)
    step = t(f"step_{letter}" + (notice_variant(claim) if letter == ActionKind.FINAL_NOTICE else ""))
    # While a wait asked for holds the step back, the step comes only after it ("Pas na ..."), not "by" a day as if
    # the wait did not count.
    next_by = "next_by_paused" if asked_pause(claim) is not None else "next_by"
    if claim.amount_overdue <= 0:
        due = payment_deadline(claim, creditor)
        lines = [t("next_open", date=day(due))] if due else []
        return lines + [t(next_by, payment=t("your_payment"), date=day(when), step=step)]
    payment = _your_payment(claim, lang)
    if action.kind == ActionKind.FINAL_NOTICE and action.due <= claim.as_of:
        # The build writes the notice today. Its term counts from the day it arrives, by post or e-mail,
        # so its last day is the letter's to say; until staff record it, the page says it is on its way.
        # E-mailed to a consumer who has not agreed to it (no postal address): an e-mail, and no last one.
        # E-mailed with their consent (or to a business without a postal address): an e-mail too, a last one.
        days = term_days(creditor, lang)
        lines = [t("final_notice_now" + notice_variant(claim), days=days, **notice_sending(lang, held))]
    elif when >= claim.as_of:
        lines = [t(next_by, payment=payment, date=day(when), step=step)]
    else:
        lines = [t("next_soon", payment=payment, step=step)]
    if letter == ActionKind.FINAL_NOTICE:
        lines += final_notice_forecast(claim, creditor, lang, when, held=held)
    return lines


def rest_letter_named(debtor: Debtor, lang: Language) -> str:
    """The one letter that asks what a kept plan or promise of part left (claims.escalation.asks_the_rest) as it would
    come: a reminder, written in the forms the contact reaches (letters.due.forms). "een e-mail" with only an e-mail
    address, or to a debtor who agreed to e-mail (staff write them by e-mail: staff.record.written_by); "een brief
    of een e-mail" when written both ways (staff send one); else "een brief". An e-mail is no "brief"."""
    forms = debtor.reachable((Channel.LETTER, Channel.EMAIL))
    if forms == (Channel.EMAIL,) or (len(forms) == 2 and debtor.contact.final_notice_by == Channel.EMAIL):
        return text(lang, "rest_letter_email")
    return text(lang, "rest_letter_either" if len(forms) == 2 else "rest_letter")


def notice_variant(claim: Claim) -> str:
    """How the page names the next final notice: "_unagreed" when it is e-mailed to a consumer who did not agree to
    it (an e-mail, and no last one), "_email" when it goes by e-mail alone with consent or to a business
    (`final_notice_forms`: no "brief"), "_either" when it is written both ways, a business's that staff send one way
    or the other (no "brief" that may come as an e-mail), else "" (by post)."""
    if not next_notice_binds(claim.debtor, claim.as_of):
        return "_unagreed"
    forms = claim.debtor.final_notice_forms()
    if forms == (Channel.EMAIL,):
        return "_email"
    return "_either" if Channel.EMAIL in forms and Channel.LETTER in forms else ""


def _plan_next_key(claim: Claim, key: str) -> str:
    """`plan_next` (`plan_next_past`), or `plan_next_notice` (`plan_next_past_notice`) in a final notice's term whose
    costs the instalments due by its last day do not stop (the top says "Uw termijn alleen houdt die niet tegen",
    `costs_lead`): the line then says what stops them, by when, and what the instalment alone does, not only
    "Betaalt u die op tijd, dan sturen wij u geen herinneringen" beside it."""
    if key not in ("plan_next", "plan_next_past"):
        return key
    beside = costs_come_beside(claim) and claim.costs.owed_from is not None and claim.term_unseen is None
    if not beside or plan_costs_variant(claim) in ("_one", "_several"):
        return key
    return f"{key}_notice"  # its day past, not "Heeft u die op tijd betaald, dan hoeft u niets te doen" either


def _costs_stopped(claim: Claim, lang: Language) -> dict[str, str]:
    """{last_day} and {what} of `plan_next_notice`: the final notice's last day and what paid by then stops its costs,
    as the top's `costs_lead` says them."""
    if claim.costs.state != CostsState.ANNOUNCED or claim.costs.owed_from is None:
        return {}
    return {"last_day": fmt.day(claim.costs.owed_from - DAY, lang), "what": costs_stopped_by(claim, lang)[0]}


def final_notice_forecast(
    claim: Claim, creditor: Creditor, lang: Language, when: date, *, held: bool = False
) -> list[str]:
    """What the final notice will announce (`notice_costs_ahead`), sent the day after `when` (the last
    day to pay before it); nothing when it brings no costs. `held`: the day's notice is held out of the print file
    (`notice_sending`): it goes when staff have looked or called, so the costs' day is the one the notice will give,
    not one counted as if it went today ("op zijn vroegst vanaf ..." would be true, but sooner than likely)."""
    asked = notice_invoices_ahead(claim, creditor)
    if not asked:
        return []
    forms = claim.debtor.final_notice_forms()
    ahead = notice_costs_calculation(claim, creditor)
    values = dict(
        amount=vat_beside(fmt.money(ahead.amount, lang), ahead.vat, lang),  # as that notice will state them
        invoices=text(lang, "overdue_invoice" if len(asked) == 1 else "overdue_invoices"),
    )
    if held:  # "In die brief", "In die e-mail", "In die sommatie" (written both ways), as below
        form = "_either" if len(forms) == 2 else ("_email" if forms == (Channel.EMAIL,) else "")
        return [text(lang, f"next_final_costs{form}_held", **values)]
    # At the earliest: the notice goes out on the step's day (or today) and arrives that day
    # when it can go by e-mail; by post, or later, the costs come later still.
    sent = max(when + DAY, claim.as_of)
    by_post = final_notice_term_end(creditor, claim.debtor, sent, Channel.LETTER) + DAY
    by_email = final_notice_term_end(creditor, claim.debtor, sent, Channel.EMAIL) + DAY
    # A business whose notice is written both ways gets it by e-mail or by post, which the staff
    # choose later: the page names both days, so that it agrees with the form that arrives.
    if Channel.EMAIL in forms and Channel.LETTER in forms and by_email != by_post:
        either = dict(email_date=fmt.day(by_email, lang), letter_date=fmt.day(by_post, lang))
        return [text(lang, "next_final_costs_either", **values, **either)]
    charged_from = by_email if Channel.EMAIL in forms else by_post
    key = "next_final_costs_email" if forms == (Channel.EMAIL,) else "next_final_costs"  # "In die e-mail staat"
    return [text(lang, key, **values, date=fmt.day(charged_from, lang))]


def notice_costs_ahead(claim: Claim, creditor: Creditor) -> Decimal:
    """The costs a final notice sent now would announce (`notice_invoices_ahead`); zero without them."""
    return notice_costs_calculation(claim, creditor).amount


def notice_costs_calculation(claim: Claim, creditor: Creditor) -> CostCalculation:
    """How a final notice sent now would count its costs (`notice_costs_ahead`), the VAT in them apart; over
    nothing (zero) without them."""
    asked = notice_invoices_ahead(claim, creditor)
    principal = sum((b.principal_open for b in asked), ZERO)
    return cost_calculation(principal if asked else ZERO, creditor.policy.costs_vat)


def notice_invoices_ahead(claim: Claim, creditor: Creditor) -> tuple[InvoiceBalance, ...]:
    """The invoices a final notice sent now would ask its costs over: those overdue today (none under
    the chase minimum); none when costs are announced or charged already (a notice's term runs, or
    costs from the due dates), or a final notice went out before whose costs' episode is not paid:
    a later one brings none then (claims.settlement.Settlement.paid_episode), or it can only go in a form
    that brings none (claims.timing.next_notice_binds: by e-mail to a consumer who did not agree to it)."""
    if claim.costs.state != CostsState.NONE or not next_notice_binds(claim.debtor, claim.as_of):
        return ()
    earlier = claim.settlement.paid_episode
    if earlier is None:
        return ()
    # A new episode's notice asks its costs over the invoices no earlier notice asked for.
    asked = tuple(
        b
        for b in claim.settlement.invoices
        if b.invoice.due < claim.as_of and b.number not in earlier and b.principal_open > 0
    )
    if sum((b.principal_open for b in asked), ZERO) < creditor.policy.chase_minimum:
        return ()
    return asked


def term_days(creditor: Creditor, lang: Language) -> str:
    """A final notice's term in words: the accepted statutory wording spells out fourteen; a longer
    term is given in figures."""
    term = creditor.policy.final_notice_term_days
    return text(lang, "fourteen") if term == CONSUMER_TERM_DAYS else str(term)


def _term_line(claim: Claim, creditor: Creditor, notice: Event, lang: Language, key: str = "final_term") -> str:
    """A final notice's term (to the claim's debtor), from the day we assume it arrived: 'if you received it on D,
    ...'; in the past once its last day has gone by (`term_gone_by`): "gaf u", "was uw laatste betaaldag"."""
    day = partial(fmt.day, lang=lang)
    days = term_days(creditor, lang)
    last_day = notice_term_end(creditor, claim.debtor, notice)
    # An e-mailed notice says "this e-mail": the page quotes what the debtor received.
    return text(
        lang,
        term_key(notice, key) + ("_past" if term_gone_by(claim, last_day) else ""),
        days=days,
        sent=day(notice.letter_day),
        last_day=day(last_day),
        our_notice=text(lang, "our_notice" + notice_form(claim.debtor, notice)),
        **received_values(creditor, claim.debtor, notice, lang),
    )


def term_gone_by(claim: Claim, last_day: date) -> bool:
    """Whether a term's last day is before the page's day: the page then says it in the past ("Dan was uw laatste
    betaaldag", "Had u toen niet ... betaald?"), not as a day still to come. Only while its days are not yet in the
    bank statements read (claim.term_unseen) is such a term still spoken of: once they are, its costs are charged or
    not, and the page says that instead."""
    return last_day < claim.as_of


def _arrived_later(creditor: Creditor, notice: Event, lang: Language) -> list[str]:
    """The law counts a final notice's term from the day it really arrived; by post that day is only
    assumed, and an e-mail's (the day it went) may be late too, so the page asks to hear of a later one (staff
    record it as the notice's `received`), as the costs paragraph does."""
    if notice.received is not None:
        return []
    key = "arrived_later" + channel_variant(notice.channel)  # "Kwam de e-mail (het bericht) later binnen?"
    return [text(lang, key, days=term_days(creditor, lang))]


def _final_notice_lines(
    claim: Claim, creditor: Creditor, lang: Language, handover: Action, *, costs_on_top: bool = False
) -> list[str]:
    """The latest final notice's term, the costs after it, and the handover after that."""
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    notice = standing_notice(creditor, claim)
    lines = []
    if claim.costs.state == CostsState.CHARGED:
        lines.append(costs_now(claim, creditor, lang))
    elif notice is not None:
        lines.append(_term_line(claim, creditor, notice, lang))
        term_end = notice_term_end(creditor, claim.debtor, notice)
        lines += _announced_costs(claim, creditor, lang, shown_term_end=term_end, costs_on_top=costs_on_top)
    when = _last_day_before(claim, creditor, handover)
    payment = handover_stopped_by(claim, lang, handover)
    plan = "_plan" if claim.status == Status.ARRANGEMENT else ""  # the plan is the agreement: none to ask for
    pause = asked_pause(claim)
    if pause is not None and pause.until is not None:
        # The wait asked for in the same sentence: the handover only after it ("Pas na ..."), never as if it did not
        # count, also once the term is over unseen (its day gone by: not "binnenkort" under the wait granted). The
        # final notice's term and its costs, above, run on (a pause is no legal one).
        when = max(when, pause.until - DAY)
        lines.append(t(f"next_handover_paused{plan}", payment=payment, date=day(when)))
    elif when >= claim.as_of:
        lines.append(t(f"next_handover_by{plan}", payment=payment, date=day(when)))
    else:
        lines.append(t(f"next_handover_soon{plan}", payment=payment))
    if costs_are_final(claim):
        lines.append(costs_cap(claim, lang, "handover_costs_stay"))
    return lines


def costs_are_final(claim: Claim) -> bool:
    """Whether a handover can add no collection costs: a consumer owes no more than the staffel once
    (art. 6:96 BW), and the costs charged cover every invoice open, none of them still to fall due
    (a later invoice, overdue, would bring costs of its own after a letter of its own)."""
    if not claim.debtor.is_consumer or claim.costs.state != CostsState.CHARGED or claim.costs.amount <= 0:
        return False
    open_invoices = [b for b in claim.settlement.invoices if b.principal_open > 0]
    return all(b.costs_charged > 0 and b.invoice.due < claim.as_of for b in open_invoices)


def costs_now(claim: Claim, creditor: Creditor, lang: Language) -> str:
    """The costs charged, after the final notice's term or the due date, and what of them was paid."""
    day = partial(fmt.day, lang=lang)
    fixed_by = costs_notice(claim, creditor)
    amount = costs_amount(claim, lang)
    line = (
        text(lang, "costs_now", notice=notice_named(fixed_by, lang), sent=day(fixed_by.letter_day), amount=amount)
        if fixed_by
        else text(lang, "costs_now_due", amount=amount)
    )
    return line + costs_paid_sentence(claim, lang)


def handover_stopped_by(claim: Claim, lang: Language, handover: Action) -> str:
    """'your payment' that stops the `handover` after a final notice: while its term runs, what is left
    of the amount it asked, when the top asks more (the interest since) and the handover follows that
    notice's own term (no later notice's). Paid, it stops the costs, and what is left after it starts
    again from a reminder (claims.assess, the remainder after the notice)."""
    left = claim.costs.asked_left
    own_term = claim.costs.state == CostsState.ANNOUNCED and handover.due == claim.costs.from_date
    if (
        own_term
        and claim.status == Status.ACTIVE
        and left is not None
        and 0 < left <= claim.amount_due_apart_from_a_plan
    ):
        return text(lang, "your_payment_of", amount=fmt.money(left, lang))
    return _your_payment(claim, lang)


def _announced_costs(
    claim: Claim, creditor: Creditor, lang: Language, shown_term_end: date | None, *, costs_on_top: bool = False
) -> list[str]:
    """The costs the final notice announced, from claim.costs; with that notice's term if not yet shown."""
    costs = claim.costs
    if costs.state != CostsState.ANNOUNCED:
        return []
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    values = dict(date=day(costs.owed_from), amount=costs_amount(claim, lang), what=what_to_pay(claim, lang))
    notice = costs_notice(claim, creditor)
    answer = costs_answer(claim, creditor)
    if answer is not None:  # a dispute's answer set their day: its term, not the notice's (which ended before)
        values["what"] = costs_stopped_by(claim, lang)[0]
        past = "_past" if term_gone_by(claim, costs.owed_from - DAY) else ""
        said = t(f"costs_after_answer{past}", last_day=day(costs.owed_from - DAY), **values)
        return [said + ("" if past else part_lowers_sentence(claim, creditor, lang))]
    if notice is None:
        values["what"] = costs_stopped_by(claim, lang)[0]
        return [
            t("costs_from_due", last_day=day(costs.owed_from - DAY), **values)
            + part_lowers_sentence(claim, creditor, lang)
        ]
    values["what"], note = costs_stopped_by(claim, lang, on_top=costs_on_top)
    final_costs = t("final_costs_past" if term_gone_by(claim, costs.owed_from - DAY) else "final_costs", **values)
    if note is not None:
        final_costs += " " + note
    final_costs += part_lowers_sentence(claim, creditor, lang)
    later = _arrived_later(creditor, notice, lang)
    if shown_term_end is None:
        return [_term_line(claim, creditor, notice, lang), final_costs, *later]
    if costs.owed_from - DAY != shown_term_end:
        # A later notice gave a later term; the costs still follow the first one.
        return [_term_line(claim, creditor, notice, lang, "costs_term"), final_costs, *later]
    return [final_costs, *later]


def summary(
    claim: Claim, ledger: Ledger, lang: Language, *, read_today: bool = True, ask_by: bool = True, held: bool = False
) -> Summary:
    """The top of the page for this claim: what to pay now and by when, with a line or two around it
    (`read_today` False for a letter: see `by_when`); invoices a dispute pauses apart are named there,
    so that the amount is not read as all there is. `ask_by` False: the thanks for a kept agreement gives
    no day of its own (a final notice's term runs from the day after receipt, and its own sentences say it)."""
    top = _summary(claim, ledger, lang, read_today, ask_by, held)
    named = disputed_words(claim, lang) if claim.disputed_apart else None
    if not named:
        return top
    # Credited in full, the invoice is not "still being looked into": the credit note is the answer.
    credited = len(claim.disputed_credited_in_full) == len(claim.disputed)
    others = other_invoices(open_invoices(claim), lang)  # the amount above is theirs
    apart = text(lang, "dispute_apart_credited" if credited else "dispute_apart", invoices=named, others=others)
    return replace(top, lines=(*top.lines, apart, *_disputed_credit_notes(claim, lang)))


def _disputed_credit_notes(claim: Claim, lang: Language) -> tuple[str, ...]:
    """The credit notes on the invoices disputed apart: out of the page's invoices, yet the debtor sees them."""
    return tuple(
        text(
            lang,
            "dispute_credit_note",
            invoice=invoice.number,
            number=note.number,
            date=fmt.day(note.date, lang),
            amount=fmt.money(note.amount, lang),
        )
        for invoice in claim.disputed
        for note in invoice.credit_notes_until(claim.as_of)
    )


def _last_payment_day(claim: Claim) -> date | None:
    """The day of the debtor's last payment, for "Uw laatste betaling ontvingen wij op": not `claim.paid_on`, which
    is a later credit note's day when that is what paid the claim in full (a returned order paid before)."""
    if claim.paid_on is None:
        return None
    return max((p.payment.date for p in claim.settlement.payments if p.payment.date <= claim.as_of), default=None)


def _summary(
    claim: Claim, ledger: Ledger, lang: Language, read_today: bool, ask_by: bool = True, held: bool = False
) -> Summary:
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    if claim.status in (Status.PAID, Status.SETTLED):
        last = _last_payment_day(claim)
        paid_on = (t("paid_on", date=fmt.day(last, lang)),) if last else ()
        if claim.status == Status.PAID or claim.accord is None:
            return Summary(t("paid_label"), None, None, (t("paid_lead"),) + paid_on)
        thanks = t("settled_lead", amount=money(claim.accord.amount))  # the agreed sum it paid, said once: here
        return Summary(t("settled_label"), None, None, (thanks,) + paid_on)
    if claim.status == Status.DISPUTE:
        part = t("dispute_part_many" if len(claim.disputed) > 1 else "dispute_part")
        # Only the part the debtor agrees with is to pay: said before the way to pay.
        return Summary(t("open_amount"), money(claim.total_due), None, (part,), dispute_lead(claim, lang), before_pay=1)
    undecided = settlement_undecided(claim) if read_today else None
    if undecided is not None:
        return _undecided_summary(claim, lang, *undecided)
    handler = handler_of(claim)
    replaced = replaced_undecided(claim)
    if replaced is not None and handler is None:
        return _replaced_undecided_summary(claim, ledger, lang, read_today, *replaced)
    if handler is not None and claim.status == Status.ACTIVE:
        return _handed_over_summary(claim, handler, lang, read_today)
    if handler is not None:  # a promise or plan agreed since, with the agency: who has the file leads still
        agreed = _agreed_summary(claim, ledger, lang, read_today, ask_by, held)
        return replace(agreed, lead=_handed_over_lead(claim, handler, lang))
    agreed = _agreed_summary(claim, ledger, lang, read_today, ask_by, held)
    return _settlement_top(claim, lang, agreed) if read_today else agreed


def _undecided_summary(claim: Claim, lang: Language, day: date, left: Decimal) -> Summary:
    """The top while the day that decides a settlement is not in the bank statements read (demand.settlement_undecided):
    paid by then, nothing more is owed; else the whole claim, which paying the rest now does not change. Only the
    debtor knows which yet, so the top asks it and says both answers, with no amount to pay at its head (the phone
    review's debtor who had paid read "Te betalen EUR 1.192,44"), and why we do not know."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    accord = claim.accord
    if claim.status == Status.ACTIVE:  # called off that day: the claim's figures are the whole claim's already
        answers = (t("undecided_called_off_yes"), t("undecided_called_off_no", total=money(claim.total_due)))
    else:  # its pay_by: the claim's figures are the agreement's, the whole claim's are not worked out till it lapses
        remitted = money(accord.remitted) if accord is not None else ""
        answers = (t("undecided_yes", remitted=remitted), t("undecided_no"))
    seen = t("undecided_seen", seen=fmt.day(claim.payments_until, lang))
    label = t(told_beside_return(claim, "undecided_label"), date=fmt.day(day, lang), left=money(left))
    lines = (*answers, seen)
    return Summary(label, None, None, lines, before_pay=len(lines))  # whether to pay at all: before the way to pay


def _replaced_undecided_summary(
    claim: Claim, ledger: Ledger, lang: Language, read_today: bool, day: date, left: Decimal
) -> Summary:
    """The top of a promise or a plan that replaced a settlement called off on a day the bank statements read do not
    reach (demand.replaced_undecided), on the page and in its letters: paid by then, the settlement holds and nothing
    is owed; else the promise or the plan runs. Its box asked its amount (s49: "Volgende termijn EUR 500,00"), which
    the debtor may not owe: it asks which, as a settlement's own undecided top does, with both answers."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    deadline = payment_deadline(claim, ledger.creditor)
    when = by_when(claim, deadline, lang, read_today=read_today)
    agreed = "plan" if claim.status == Status.ARRANGEMENT else "promise"
    answers = (
        t("undecided_replaced_yes"),
        t(f"undecided_replaced_no_{agreed}", amount=money(amount_to_pay(claim)), when=when),
    )
    seen = t("undecided_seen", seen=fmt.day(claim.payments_until, lang))
    label = t(told_beside_return(claim, "undecided_label"), date=fmt.day(day, lang), left=money(left))
    lines = (*answers, seen)
    return Summary(label, None, None, lines, before_pay=len(lines))  # whether to pay at all: before the way to pay


def _settlement_top(claim: Claim, lang: Language, top: Summary) -> Summary:
    """A running settlement's top on the page says what a miss brings (`settlement_lapse`), after the thanks: on a
    phone it sat under the message, below the first screen (s49's D-1017). An instalment overdue: the box says so
    and that a miss ends the agreement, as a plan's box says its arrears, first; not while the statements read may
    not reach its payment (their own line says that). Not in a letter: its own terms say it."""
    accord = claim.accord
    if claim.status != Status.SETTLEMENT or accord is None:
        return top
    if accord.missed is None:
        return replace(top, lines=(*top.lines, settlement_lapse(accord, lang)))
    if _unseen(claim):
        return top
    # More than one overdue (one taken back and counted from the return, say, beside the next one's day): "termijnen".
    overdue = [i for i in accord.plan.installments if i.state == InstallmentStatus.OVERDUE] if accord.plan else []
    lead = "settlement_missed_lead_more" if len(overdue) > 1 else "settlement_missed_lead"
    lead = "settlement_sum_missed_lead" if accord.missed_sum else lead
    return replace(top, label=text(lang, "to_pay_now"), lines=(text(lang, lead), *top.lines))


def _agreed_summary(
    claim: Claim, ledger: Ledger, lang: Language, read_today: bool, ask_by: bool, held: bool = False
) -> Summary:
    """The top for a claim that is ours to chase, or agreed: what to pay now and by when."""
    creditor = ledger.creditor
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    amount = amount_to_pay(claim)
    deadline = payment_deadline(claim, creditor)
    by = by_when(claim, deadline, lang, heading=True, read_today=read_today)
    # A promise or instalment whose day has passed is still pending only while the bank statements read
    # end before it: whoever paid in time is told so, not left to think the date was missed.
    yet = told_beside_return(claim, "unseen_yet")
    unseen = (t(yet, paid_until=fmt.day(claim.payments_until, lang)),) if _unseen(claim) else ()
    if claim.status == Status.PROMISE:
        lead = _promise_lead(claim, ledger, lang, amount)
        costs = costs_lead(claim, creditor, lang, "promise_costs_lead")
        return Summary(t("to_pay"), money(amount), by, (lead, *unseen, *costs))
    if claim.status == Status.ARRANGEMENT:
        total = t("total_open", amount=money(claim.total_due))
        plan = claim.running_plan
        if missed_shown(claim, creditor):
            several = plan.arrears_kind in (ArrearsKind.MORE, ArrearsKind.MORE_PART)
            lead = "plan_arrears_lead_more" if several else "plan_arrears_lead"
            if lead == "plan_arrears_lead":  # a plan of one: "De termijn", not "een termijn" of several
                lead = instalment_key(claim, lead, counting="all")
            said = t(lead)
            if plan_under_final_notice(claim):  # it asks what is overdue, not the instalment: said why
                # An instalment missed after the notice did not bring it: the notice, still running, asks it too.
                since = notice_before_missed(claim) is not None
                said = _notice_still_asks(claim, lang) if since else _notice_lead(claim, lang)
            if term_costs_on_top(claim) > 0:  # the notice's term over, its last days not read: as without the plan
                return _plan_costs_on_top(claim, creditor, lang, by, said, read_today)
            # Missed in the notice's term: paying the instalment alone leaves the costs over the rest, as on schedule.
            costs = costs_lead(claim, creditor, lang, "plan_costs_lead")
            return Summary(t("to_pay_now"), money(amount), by, (said, total, *unseen, *costs))
        # "Uw termijn" of a plan of one: no "volgende" (tables.instalment_key, counting all)
        label = t("to_pay_now") if plan.due_now > 0 else t(instalment_key(claim, "next_instalment", counting="all"))
        costs = costs_lead(claim, creditor, lang, "plan_costs_lead")
        return Summary(label, money(amount), by, (total, *unseen, *costs))
    notice_day = _notice_day_summary(claim, creditor, lang, amount, held) if read_today else None
    if notice_day is not None:
        return notice_day
    # A few cents overdue that nobody chases (the page says so below): no "pay as soon as possible" over them.
    small = 0 < claim.total_due < creditor.policy.chase_minimum and claim.amount_overdue > 0
    on_top = term_costs_on_top(claim)  # the page's top, and a letter written that day: one number (letters.view)
    if on_top > 0:
        # The term over, its last days not yet read: one number, the costs in it, and what it is made of first.
        lines = _costs_on_top_lines(claim, creditor, lang, amount, read_today)
        return Summary(t("to_pay"), money(amount + on_top), by, lines)
    lines = _active_lines(claim, lang, amount, None if small else deadline, read_today, ask=ask_by and not small)
    lines += _costs_if_late(claim, creditor, lang, deadline) if read_today else ()  # a letter says its own terms
    # A letter is read days later, and is no account of the bank statements read: the page says it.
    lines += _costs_in_amount(claim, creditor, lang) + (_bank_behind(claim, lang) if read_today else ())
    return Summary(t("to_pay"), money(amount), None if small else by, lines)


def _plan_costs_on_top(
    claim: Claim, creditor: Creditor, lang: Language, by: str, said: str, read_today: bool
) -> Summary:
    """The top over a plan whose final notice asks everything overdue (`said` says why), that notice's term over, its
    last days not yet read: one number with the costs in it, as without the plan (demand.term_costs_on_top), what it
    is made of and why, not the amount without them beside lines that say the costs are owed (until s66)."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    amount, on_top = amount_to_pay(claim), term_costs_on_top(claim)
    made_of = _costs_on_top_made_of(claim, creditor, lang, amount)
    # The rest said only where the top asks less than all: "Dit is ..." says what the number holds.
    rest = (t("total_open", amount=money(claim.total_due + on_top)),) if amount < claim.total_due else ()
    seen = (t("costs_on_top_unseen", paid_until=fmt.day(claim.payments_until, lang)),) if read_today else ()
    return Summary(t("to_pay_now"), money(page_asks(claim)), by, (said, *made_of, *rest, *seen))


def _notice_day_summary(
    claim: Claim, creditor: Creditor, lang: Language, amount: Decimal, held: bool = False
) -> Summary | None:
    """The top on the day a final notice is written, which gives its own fourteen days: not "zo snel mogelijk";
    None on any other day. `held`: the notice is held out of the print file (`notice_sending`)."""
    t = partial(text, lang)
    days = term_days(creditor, lang)
    if notice_restated_today(claim):
        # The notice before brought no costs, and the new one gives its own term.
        lines = (t("restated_notice", days=days, **notice_sending(lang, held, again=True)), *_bank_behind(claim, lang))
        by = t("pay_now_no_costs")
    elif first_notice_today(claim):
        lines, by = _first_notice_lines(claim, creditor, lang, held), t("pay_in_term", days=days)
    elif costless_notice_today(claim):
        # A first notice e-mailed without consent brings no costs: as after an overstated one.
        lines = (t("costless_notice_now", days=days, **notice_sending(lang, held)), *_bank_behind(claim, lang))
        by = t("pay_now_no_costs")
    elif costless_term_over(claim):
        lines, by = _costless_term_over_lines(claim, creditor, lang), t("pay_now_no_costs")
    else:
        return None
    return Summary(t("to_pay"), fmt.money(amount, lang), by, lines)


def costless_term_over(claim: Claim) -> bool:
    """Whether the term of a consumer's final notices, none of which brings costs, is over and the handover is
    next (claims.escalation: no notice that does can follow, as no postal address is on file and no consent to
    e-mail): the top says so, not "Betaal zo snel mogelijk" alone, as if costs or another notice were coming."""
    action, notices = claim.next_action, claim.final_notices
    return (
        claim.status == Status.ACTIVE
        and claim.costs.state == CostsState.NONE
        and bool(notices)
        and all(n in claim.costless_notices for n in notices)
        and action is not None
        and action.kind == ActionKind.HANDOVER
        and action.due <= claim.as_of
    )


def _costless_term_over_lines(claim: Claim, creditor: Creditor, lang: Language) -> tuple[str, ...]:
    """Under "Betaal nu, zonder incassokosten" once that term is over: until when it ran, and that no costs come;
    what we may do next (the handover); a way out (a plan); then whether the bank statements read are behind."""
    notice = standing_notice(creditor, claim) or claim.final_notices[-1]  # the term that ends last
    last_day = fmt.day(notice_term_end(creditor, claim.debtor, notice), lang)
    term = text(lang, "costless_term_over" + notice_form(claim.debtor, notice), last_day=last_day)
    return (term, text(lang, "costless_handover"), text(lang, "costless_way_out"), *_bank_behind(claim, lang))


def first_notice_today(claim: Claim) -> bool:
    """Whether the page is read the day a first final notice is written (after a dunning letter), one that can bring
    costs (claims.timing.next_notice_binds): the top gives its term, not "zo snel mogelijk" beside it (s42), and so
    does a message's {pay_by} (statement.view)."""
    return _first_notice_written_today(claim) and next_notice_binds(claim.debtor, claim.as_of)


def costless_notice_today(claim: Claim) -> bool:
    """Whether the page is read the day a first final notice is written that can bring no costs: e-mailed to a
    consumer with no postal address who never agreed to it (claims.timing.next_notice_binds). Its term is said,
    without costs, and a message's {pay_by} gives it too (statement.view)."""
    return _first_notice_written_today(claim) and not next_notice_binds(claim.debtor, claim.as_of)


def _first_notice_written_today(claim: Claim) -> bool:
    """Whether a claim chased as it stands, with no notice before and no costs, has its first final notice written
    on the page's day (claims.demand.notice_written_today)."""
    return (
        claim.status == Status.ACTIVE
        and claim.costs.state == CostsState.NONE
        and not claim.final_notices
        and notice_written_today(claim)
    )


def notice_sending(lang: Language, held: bool, *, again: bool = False) -> dict[str, str]:
    """How the sentence that tells the day's final notice opens ({we_send}, and {we_email} where English says
    "emailing"): "Wij sturen u nu"; "Wij sturen u" for a new one after one that brought no costs (`again`). Held out
    of the print file for staff to look or call first (DayLetter.look_first, contact_first), it is not sent today:
    "Wij sturen u binnenkort", whatever the notice."""
    when = "soon" if held else ("again" if again else "now")
    values = {"we_send": text(lang, f"we_send_{when}")}
    if when != "again":  # a new notice after a costless one is told only with {we_send}
        values["we_email"] = text(lang, f"we_email_{when}")
    return values


def _first_notice_lines(claim: Claim, creditor: Creditor, lang: Language, held: bool = False) -> tuple[str, ...]:
    """Under "Betaal binnen veertien dagen na ontvangst van de sommatie": what the notice gives, from when, as the
    letter says it (its day of receipt, and so its last day, is the letter's to say), and the costs it announces if
    not paid in that term, "tot" as a part paid lowers them; then whether the bank statements read are behind."""
    days = term_days(creditor, lang)
    lines = [text(lang, "first_notice_now", days=days, **notice_sending(lang, held))]
    ahead = notice_costs_calculation(claim, creditor)
    if ahead.amount > 0:
        costs = vat_beside(fmt.money(ahead.amount, lang), ahead.vat, lang)  # as that notice will state them
        lines.append(text(lang, "first_notice_costs", days=days, costs=costs))
    return (*lines, *_bank_behind(claim, lang))


def _costs_on_top_lines(
    claim: Claim, creditor: Creditor, lang: Language, amount: Decimal, read_today: bool
) -> tuple[str, ...]:
    """Beside an amount that holds the costs of a term over, its last days not yet read (demand.term_costs_on_top):
    what the amount is made of, the biggest part first; why the costs are in it; that a payment in the term stops
    them; on the page, up to which day payments are read. Short sentences, one amount each at most."""
    lines = [
        *_costs_on_top_made_of(claim, creditor, lang, amount),
        *_active_lines(claim, lang, amount, None, read_today, ask=False),
    ]
    if read_today:
        lines.append(text(lang, "costs_on_top_unseen", paid_until=fmt.day(claim.payments_until, lang)))
    return tuple(lines)


def _costs_on_top_made_of(claim: Claim, creditor: Creditor, lang: Language, amount: Decimal) -> tuple[str, str]:
    """What an amount that holds the costs of a term over is made of (`amount`: the rest, without them), and why the
    costs are in it: the term's last day, and that a payment in it stops them. Also beside a plan whose final notice
    asks everything (demand.plan_under_final_notice)."""
    t = partial(text, lang)
    interest = "" if claim.settlement.interest_open <= 0 else "_interest"
    values = dict(notice=first_notice_named(claim, lang), last_day=fmt.day(claim.term_unseen, lang))
    # A dispute's answer set the term's last day (tables.costs_answer): that term named, not the notice's.
    answer = costs_answer(claim, creditor)
    why = told_beside_return(claim, "costs_on_top_why" if answer is None else "costs_on_top_why_answer")
    if answer is not None:
        values["answered"] = fmt.day(answer.date, lang)
    made_of = t(f"costs_on_top_made_of{interest}", asked=fmt.money(amount, lang), costs=costs_amount(claim, lang))
    return made_of, t(why, **values)


def _costs_if_late(claim: Claim, creditor: Creditor, lang: Language, deadline: date | None) -> tuple[str, ...]:
    """While a final notice's term runs: what happens if the amount at the top is not paid in time, in one short
    sentence under the day to pay by (the next steps give the term, the amount that stops the costs, and how a part
    lowers them). "Op tijd" where that day is the term's last, else the term's last day named."""
    costs = claim.costs
    if costs.state != CostsState.ANNOUNCED or costs.asked_left is None or costs.owed_from is None:
        return ()
    if claim.status != Status.ACTIVE or claim.term_unseen is not None or handler_of(claim) is not None:
        return ()
    if costs_notice(claim, creditor) is None and costs_answer(claim, creditor) is None:
        return ()  # costs from the due date: no final notice's (nor answer's) term to pay in
    last_day = costs.owed_from - DAY
    if last_day < claim.as_of:
        return ()
    amount = costs_amount(claim, lang)
    if deadline == last_day:
        return (text(lang, "costs_if_late", costs=amount),)
    return (text(lang, "costs_if_late_by", costs=amount, date=fmt.day(last_day, lang)),)


def _notice_lead(claim: Claim, lang: Language) -> str:
    """Why the top of a plan under a final notice asks all that is overdue: the instalments not paid, each by its day
    and amount (the step below does not name them again: `_plan_notice_line`), or, when part of
    the missed ones came in, what came and what is left of them, as the instalment's reminder says it ("niet
    betaald" to someone who paid part read as if the payment had not been seen). Missed both before the notice and
    since: those before brought it, those since are missed too, told apart as the steps tell them
    (`_plan_notice_line`)."""
    plan = claim.running_plan
    brought, since = _missed_around_the_notice(claim)
    if brought and since and not notice_written_today(claim):
        # Some missed before the notice, some after it: only the first brought it, as the steps say (not "Daarom" of
        # them all); then what it asks.
        notice = plan_notice_named(claim, lang)
        before = _missed_line(claim, brought, "plan_notice", lang, notice=notice)
        also = _missed_line(claim, since, "plan_notice_also", lang)
        return f"{before} {also} {text(lang, 'plan_notice_lead_ask')}"
    if plan.missed_paid == 0 and plan.arrears_kind == ArrearsKind.MORE:  # "een termijn" of two read as one
        return text(lang, _unpaid_told(claim, "plan_notice_lead", "_more"), missed=missed_named(claim, lang))
    missed = plan.missed_installment
    if plan.missed_paid == 0:  # beside a return: not "nog niet betaald" to someone who paid
        return text(
            lang,
            _unpaid_told(claim, "plan_notice_lead", ""),
            date=fmt.day(missed.installment.due, lang),
            amount=fmt.money(missed.installment.amount, lang),
        )
    return text(
        lang,
        "plan_notice_lead_more_part" if plan.arrears_kind == ArrearsKind.MORE_PART else "plan_notice_lead_part",
        date=fmt.day(missed.installment.due, lang),
        amount=fmt.money(missed.installment.amount, lang),
        missed=missed_named(claim, lang),
        paid=fmt.money(plan.missed_paid, lang),
        left=fmt.money(plan.arrears, lang),
    )


def _bank_behind(claim: Claim, lang: Language) -> tuple[str, ...]:
    """Beside the amount, when the bank statements read end before a day the page holds the debtor to: what the
    costs' term says (`costs_unseen_lead`), or else that payments after that day are not processed yet, and a
    payment in time needs nothing more (`days_unseen`), as a plan's or a promise's top says it."""
    said = costs_unseen_lead(claim, lang)
    if said or not days_unseen(claim):
        return said
    # "Heeft u op tijd betaald?" of a day asked; of only the day before today's letter, "Heeft u al betaald?".
    key = "unseen_yet" if _days_asked_unseen(claim, letter_today=False) else "unseen_already"
    return (text(lang, told_beside_return(claim, key), paid_until=fmt.day(claim.payments_until, lang)),)


def days_unseen(claim: Claim) -> bool:
    """Whether a day the page holds the debtor to has gone by after the last day the bank statements read cover:
    the due date of an invoice overdue, or the last day before a letter sent (or written today) for it. A payment
    made by then may not be read yet: the page says payments after that day are not processed yet, and says of
    them "nog niet verwerkt", never "nog niet ontvangen" (statement.view.not_received)."""
    return _days_asked_unseen(claim, letter_today=True)


def _days_asked_unseen(claim: Claim, *, letter_today: bool) -> bool:
    """`days_unseen`; without `letter_today`, of the step due its own day, not the day before its letter goes
    today (a step written later than due: a payment after its day was not in time, but may not be read yet)."""
    until = claim.payments_until
    if until >= claim.as_of - DAY:
        return False
    days = [b.invoice.due for b in claim.settlement.invoices if b.principal_open > 0]
    # A final notice's term (not the day before it) has its own words (`costs_unseen_lead`); a handover is staff's
    # step, not a day asked.
    days += [e.date - DAY for e in claim.events if e.type in _ASKING_LETTERS and e.date <= claim.as_of]
    action = claim.next_action
    if action is not None and action.kind in _ASKING_STEPS and action.due <= claim.as_of:
        # Its letter is written today, and reads the claim with it sent: the day before it, as that letter says.
        days.append(claim.as_of - DAY if letter_today else action.due - DAY)
    return any(until < day < claim.as_of for day in days)


def costs_unseen_lead(claim: Claim, lang: Language) -> tuple[str, ...]:
    """Beside an amount that holds costs, or under a page that announces them: the payments read end
    before the build's day, so whoever paid in time is told at once that the costs are not theirs (the
    costs' own paragraph says it too, screens further down). A plan's or a promise's top says it already."""
    paid_until = fmt.day(claim.payments_until, lang)
    if claim.costs.state == CostsState.CHARGED:
        last_day = unseen_term_day(claim)
        if last_day is None:
            return ()
        notice = episode_notice_named(claim, lang)
        return (
            text(lang, "costs_unseen_lead", paid_until=paid_until, last_day=fmt.day(last_day, lang), notice=notice),
        )
    if claim.costs.state == CostsState.ANNOUNCED and claim.term_unseen is not None:
        # The term is over: until when it ran, that a payment by then counts, and to pay now if not yet done.
        values = dict(paid_until=paid_until, last_day=fmt.day(claim.term_unseen, lang))
        values["notice"] = episode_notice_named(claim, lang)  # "onze sommatie per e-mail" is no "brief"
        return (text(lang, _term_unseen_key(claim, lang, values), costs=costs_amount(claim, lang), **values),)
    if claim.costs.state == CostsState.ANNOUNCED and claim.payments_until < claim.as_of - DAY:
        return (text(lang, told_beside_return(claim, "costs_unseen_announced"), paid_until=paid_until),)
    return ()


def _term_unseen_key(claim: Claim, lang: Language, values: dict[str, str]) -> str:
    """The words for a term over, not yet read: after a handover the agency asks its costs ({agency}), not "wij
    apart"; `values` gains its name ("het incassobureau" where the ledger names none)."""
    handler = handler_of(claim)
    if handler is None or handler.stage != Stage.HANDOVER:
        return told_beside_return(claim, "term_unseen_lead")
    values["agency"] = handler_name(handler, lang)
    return told_beside_return(claim, "term_unseen_lead_handover")


def _costs_in_amount(claim: Claim, creditor: Creditor, lang: Language) -> tuple[str, ...]:
    """Costs charged from the due date (business_costs_from_due), which no letter stated: the amount at the
    top holds them, and says so beside it, or a business one day late reads a friendly reminder asking 15 %
    more than its invoice with the reason on the second page."""
    open_costs = claim.settlement.costs_open
    if claim.costs.state != CostsState.CHARGED or open_costs <= 0 or costs_notice(claim, creditor) is not None:
        return ()
    return (text(lang, "costs_in_amount", costs=_costs_part(claim, open_costs, lang)),)


def _unseen(claim: Claim) -> bool:
    """Whether a promised day or an instalment's day has passed that the bank statements read do not reach
    (the only way either is still pending after its day: claims.agreements)."""
    promise = claim.pending_promise if claim.status == Status.PROMISE else None
    if promise is not None and promise.promised_date < claim.as_of:
        return True
    plan = claim.plan
    return plan is not None and any(i.state == InstallmentStatus.UNSEEN for i in plan.installments)


def costs_lead(claim: Claim, creditor: Creditor, lang: Language, key: str) -> tuple[str, ...]:
    """A plan (on schedule, or in arrears of an instalment missed in the term) or a promise in a final notice's
    term: the instalments or the amount promised alone do not stop its costs, and the top of the page, which
    asks for them, says so beside it; a missed instalment's reminder beside what it asks (letters.terms).
    Not for a promise that does stop them: enough, by the term's last day. The costs are the most they can be
    (`costs_at_most`): a part paid by then lowers them, as the costs paragraph says."""
    costs = claim.costs
    if not costs_come_beside(claim) or costs.owed_from is None:
        return ()
    if claim.term_unseen is not None:  # the term is over, its days not yet in the statements read
        key = "term_unseen_costs_lead"
    else:
        key = _costs_lead_key(claim, key)
    values = dict(
        date=fmt.day(costs.owed_from - DAY, lang),
        owed_from=fmt.day(costs.owed_from, lang),
        amount=costs_at_most(claim, creditor, lang),
        what=costs_stopped_by(claim, lang)[0],
        paid_until=fmt.day(claim.payments_until, lang),
        notice=notice_named(costs_notice(claim, creditor), lang),  # "onze sommatie per e-mail" is no "brief"
    )
    return (text(lang, key, **values),)


def _costs_lead_key(claim: Claim, key: str) -> str:
    """The variant of a plan's or promise's costs sentence while the term runs."""
    if claim.status == Status.PROMISE and promised_enough(claim):
        # Enough, but promised for after the term's last day.
        key += "_late" if claim.pending_promise.whole_balance else "_late_part"
    if claim.status == Status.PROMISE and claim.costs.asked_left is None:
        key += "_due"  # costs from the due date (business_costs_from_due): no final notice's term to name
    if claim.status == Status.ARRANGEMENT:
        # The instalments due by the last day may pay what stops the costs: then they stop them, paid by then; else
        # they do not, said of one instalment left in the singular.
        key += plan_costs_variant(claim)
    return key


def _handed_over_summary(claim: Claim, handler: Handler, lang: Language, read_today: bool) -> Summary:
    """Who has the file first; the amount after it, with no date of ours (the next step is theirs).

    In legal steps the amount is what is owed to us: the court's and the bailiff's costs come on top,
    and the page does not know them, so it names the amount without asking for it.
    """
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    lead = _handed_over_lead(claim, handler, lang)
    # Their plan, all its instalments paid, or the promise made to them, kept: thanked for, and whom what is left is
    # owed to (as our own agreement's page).
    kept = kept_with_handler(claim) is not None
    thanks = _kept_with_handler_thanks(claim, handler, lang) + _broken_with_handler(claim, handler, lang)
    kept = kept or broken_with_handler(claim) is not None
    if claim.stage == Stage.LEGAL:
        lines = (*thanks, t("legal_amount_note")) if kept else (t("legal_amount_note"),)
        return Summary(t("open_amount"), money(claim.total_due), None, lines, lead)
    unseen = costs_unseen_lead(claim, lang) if read_today else ()
    # No day of ours to pay by (the next step is theirs): said, not left out as if there were none.
    by = t("handover_pay_by", agency=handler_name(handler, lang))
    return Summary(t("to_pay"), money(amount_to_pay(claim)), by, (*thanks, *unseen) if kept else unseen, lead)


def kept_with_handler(claim: Claim) -> Promise | Plan | None:
    """The promise kept or the plan completed that was agreed with the agency (or the bailiff) since the handover,
    something left, no letter since (Claim.kept_agreement: the agreement that ended last decides what follows), or
    None: the page thanks for it as for our own, naming them where ours names us, and what is left is theirs to ask.
    A promise kept after their plan is the one thanked for; one agreed with us before the handover is not theirs."""
    kept, handler = claim.kept_agreement, handler_of(claim)
    if kept is None or handler is None or kept.event.date < handler.since:
        return None
    return kept if claim.remainder_after_agreement or claim.after_kept_part else None


def broken_with_handler(claim: Claim) -> Promise | None:
    """The promise made to the agency (or the bailiff) since the handover whose day passed without all of it paid,
    nothing agreed or paid off since (the claim is still chased); None else: the page says it was not received and
    whom to contact, as a broken promise to us does, not the handover's "Ook nu is een betalingsregeling nog
    mogelijk" as if nothing had been promised. One made to an earlier agency, or to us, is not theirs to ask about."""
    promise, handler = claim.promise, handler_of(claim)
    if promise is None or handler is None or promise.state != PromiseState.BROKEN:
        return None
    if claim.status != Status.ACTIVE or promise.event.date < handler.since:
        return None
    return promise


def _broken_with_handler(claim: Claim, handler: Handler, lang: Language) -> tuple[str, ...]:
    """At the top, the promise made to the agency that was not (all) received (`broken_with_handler`), and whom to
    contact: them."""
    promise = broken_with_handler(claim)
    if promise is None:
        return ()
    key = "promise_broken_handler_lead_part" if promise.paid > 0 else "promise_broken_handler_lead"
    return (text(lang, key, handler=handler_name(handler, lang), date=fmt.day(promise.promised_date, lang)),)


def _kept_with_handler_thanks(claim: Claim, handler: Handler, lang: Language) -> tuple[str, ...]:
    """The thanks for the agreement with the agency kept (`kept_with_handler`), and that they ask what is left."""
    kept = kept_with_handler(claim)
    values = dict(handler=handler_name(handler, lang), amount=fmt.money(claim.total_due, lang))
    if isinstance(kept, Plan):
        # "de termijn" of a plan of one (tables.instalment_key)
        return (text(lang, instalment_key(claim, "kept_plan_handler_lead", counting="all"), **values),)
    if isinstance(kept, Promise):
        promised, day = fmt.money(kept.amount, lang), fmt.day(kept.promised_date, lang)
        return (text(lang, "kept_promise_handler_lead", promised=promised, date=day, **values),)
    return ()


def _handed_over_lead(claim: Claim, handler: Handler, lang: Language) -> Lead:
    """Who has the file, whom to call and whom to pay: the agency's or the bailiff's lead."""
    mail = handler_mail(claim, handler, lang)
    plan = claim.status == Status.ARRANGEMENT  # agreed with them since: not offered again
    if claim.stage == Stage.LEGAL:
        return legal_lead(handler, lang, mail, plan=plan)
    return handover_lead(handler, lang, mail, plan=plan, promise=claim.status == Status.PROMISE)


def _promise_lead(claim: Claim, ledger: Ledger, lang: Language, amount: Decimal) -> str:
    """What the debtor promised, and what that is today when it was the whole balance; of part, what is left after
    it and what asks it once kept (`promise_rest`), as its confirmation says: the step reached, not "later"."""
    t = partial(text, lang)
    promise = claim.pending_promise
    values = dict(amount=fmt.money(amount, lang), date=fmt.day(promise.promised_date, lang))
    if not promise.whole_balance:
        said = promise_rest(ledger, claim)
        if said is None:
            return t("promise_lead", **values)
        values.update(rest=fmt.money(said.rest, lang), step=said.step, total=fmt.money(claim.total_due, lang))
        values["rest_letter"] = rest_letter_named(claim.debtor, lang)
        values["rest_day"] = fmt.day(said.letter_after or promise.promised_date, lang)
        values["plan_offer"] = plan_offer(claim, lang)  # by role while a counsellor or an administrator acts
        if said.handed_over is not None:
            values["day"] = fmt.day(said.handed_over, lang)
        return t("promise_part_lead" + said.asked, **values)
    interest = ledger.creditor.interest == InterestChoice.STATUTORY
    return t("promise_whole_lead_interest" if interest else "promise_whole_lead", **values)


def _broken_promise(claim: Claim, lang: Language) -> list[str]:
    """A promise whose day passed without the payment, while no letter went out since: said first, so
    that the page does not read as if nothing had been agreed (the next letter says what follows)."""
    promise = claim.promise
    if promise is None or promise.state != PromiseState.BROKEN:
        return []
    if any(e.type in ESCALATION_EVENTS and e.date > promise.promised_date for e in claim.events):
        return []
    # Part of it came in, or nothing; beside a payment the bank took back, what counts: nothing, or the part that did
    # ("niet helemaal ontvangen" read as if the rest never came, where it came and went back).
    key = told_beside_return(claim, "promise_broken_lead_part" if promise.paid > 0 else "promise_broken_lead")
    return [text(lang, key, date=fmt.day(promise.promised_date, lang), paid=fmt.money(promise.paid, lang))]


def _thanks_since_the_letter(claim: Claim, lang: Language) -> list[str]:
    """A part paid after the latest letter is thanked for first: the letter's text ("we have not received
    your payment") was written before it came in."""
    letter = max((e.date for e in claim.events if e.type in ESCALATION_EVENTS), default=None)
    paid = [p for p in claim.debtor.payments if letter is not None and letter <= p.date <= claim.as_of]
    if not paid:
        return []
    last = max(paid, key=lambda p: p.date)
    values = {"amount": fmt.money(last.amount, lang), "date": fmt.day(last.date, lang)}
    accord = claim.running_accord if claim.status == Status.SETTLEMENT else None
    if accord is not None and accord.plan is not None and amount_to_pay(claim) < accord.left:
        # "Het bedrag hierboven is wat u nu nog moet betalen" said of one instalment while more of the agreed sum
        # is left (s48, the demo's D-1017): what is left is said, and the amount above named as the instalment.
        return [text(lang, "thanks_part_accord", left=fmt.money(accord.left, lang), **values)]
    return [text(lang, "thanks_part", **values)]


def kept_part_speaks(claim: Claim) -> bool:
    """Whether the page thanks for a kept promise or a completed plan of part of the amount (Claim.after_kept_part):
    not once the file is the agency's or the court's (they, not we, agreed what came after the handover)."""
    return claim.after_kept_part and claim.stage not in HANDED_OVER


def _charged_after_the_agreement(claim: Claim) -> Decimal:
    """The costs charged after the kept promise or completed plan was agreed (its amounts could not hold
    them), or zero: an agreement made after they were charged asked them too."""
    costs = claim.costs
    if costs.state != CostsState.CHARGED or costs.from_date is None:
        return ZERO
    kept = claim.kept_agreement  # the one that decides what follows, as the steps read it
    return costs.amount if kept is not None and costs.from_date > kept.event.date else ZERO


def _active_lines(
    claim: Claim, lang: Language, amount: Decimal, deadline: date | None, read_today: bool, ask: bool = True
) -> tuple[str, ...]:
    """Thanks for a kept agreement with something left, and the parts not yet due, each with its date."""
    t = partial(text, lang)
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    lines = []
    if claim.remainder_after_agreement:
        when = by_when(claim, deadline, lang, read_today=read_today)
        # Payments go to interest first (art. 6:44 BW), so read the rest by size: no more than the
        # interest counted means the agreed amounts paid everything else.
        charged = _charged_after_the_agreement(claim)
        if charged > 0 and amount <= charged + claim.settlement.interest:
            # Costs charged after the agreement was made took the first of its payments (art. 6:44 BW): the
            # rest is of the invoice, and says why, or the debtor reads only that they paid and still owe.
            key = "kept_lead_costs" if claim.settlement.interest > 0 else "kept_lead_costs_only"  # no "en de rente"
            values = {"costs": _costs_part(claim, charged, lang)}
        else:
            key, values = ("kept_lead_interest" if amount <= claim.settlement.interest else "kept_lead"), {}
        lines.append(t(key if ask else f"{key}_no_ask", amount=money(amount), when=when, **values))
    elif kept_part_speaks(claim):
        # A promise or a plan of part, kept: thanked for, and what is left asked by the step reached (not as a
        # remainder).
        promise = claim.kept_part
        key = "kept_part_lead" if promise is not None else "kept_plan_part_lead"
        values = {"promised": money(promise.amount), "date": day(promise.promised_date)} if promise else {}
        when = by_when(claim, deadline, lang, read_today=read_today)
        key = key if ask else f"{key}_no_ask"
        key = key if promise is not None else instalment_key(claim, key, counting="all")  # of a plan of one
        lines.append(t(key, amount=money(amount), when=when, **values))
    else:
        lines += _broken_promise(claim, lang) + _thanks_since_the_letter(claim, lang)
    later = not_yet_due(claim)
    if claim.amount_overdue > 0:
        # Invoices not yet due are never demanded early: they are shown apart, with their own date.
        lines += [t("not_yet_due", amount=money(part), date=day(due)) for due, part in later]
    elif len(later) > 1:
        lines += [t("part_due", amount=money(part), date=day(due)) for due, part in later]
    return tuple(lines)
