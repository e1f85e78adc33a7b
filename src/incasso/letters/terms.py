"""What each letter asks and promises: the amount and by when, its own paragraph, what comes next.

Every date and amount comes from the core: the term of a final notice from
`notice_received` and `notice_term_end`, its costs from the claim as
assessed with the notice recorded (`claim.costs`, the staffel of
incasso.law.costs over the principal it covers), and what follows a missed
promise or instalment from the claim assessed on the day after it, or on the
first later day the core takes a step for it (`claim_when_chased`). Nothing is
recounted here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from incasso import fmt
from incasso.claims.agreements import InstallmentState, Promise
from incasso.claims.assess import claim_if_missed, claim_when_chased
from incasso.claims.claim import Claim
from incasso.claims.demand import (
    amount_to_pay,
    instalment_asked_later,
    instalment_day_read,
    instalments_asked_later,
    page_asks,
    plan_confirmation_arrives,
    plan_under_final_notice,
    promise_kept_by,
    replaced_undecided,
    term_costs_on_top,
    unseen_not_asked,
)
from incasso.claims.disputes import disputed_apart_when_dated
from incasso.claims.escalation import asked_for, newer_was_disputed
from incasso.claims.states import (
    ActionKind,
    ArrearsKind,
    CostsState,
    InstallmentStatus,
    PlanState,
    PromiseState,
    Status,
)
from incasso.claims.timing import binds, letter_received, notice_received, notice_term_end, overstates
from incasso.law.costs import lowered_by_a_part
from incasso.law.money import ZERO
from incasso.law.tables import COST_BASIS, COST_BASIS_EN
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    INSTANT_CHANNELS,
    Channel,
    Creditor,
    Debtor,
    Event,
    EventType,
    Language,
    Ledger,
    latest,
)
from incasso.letters.due import DueLetter, LetterKind
from incasso.letters.outlook import claim_after
from incasso.letters.records import Lead
from incasso.letters.settlement import SETTLEMENT_LETTERS, settled_lead, settlement_terms
from incasso.letters.words import WORDS, text
from incasso.statement import labels
from incasso.statement.handler import handler_of
from incasso.statement.lead import handed_over_next, handler_name
from incasso.statement.options import plan_offer
from incasso.statement.returned import returned_now, told_beside_return
from incasso.statement.steps import (
    also_due,
    asked_to_wait,
    asks_applies,
    by_when,
    costs_are_final,
    costs_lead,
    costs_now,
    final_notice_forecast,
    handover_stopped_by,
    instalment_numbered,
    instalments_on_days,
    lapse_said,
    missed_named,
    missed_step,
    missed_step_held,
    next_step_eve,
    next_steps,
    notice_costs_ahead,
    notice_still_asks_key,
    notice_variant,
    payment_deadline,
    plan_coverage,
    plan_interest_line,
    plan_more_key,
    promise_rest,
    rest_letter_named,
    summary,
    term_days,
    wait_granted,
    wait_term_runs,
)
from incasso.statement.tables import (
    channel_variant,
    costs_amount,
    costs_at_most,
    costs_come_beside,
    costs_notice,
    costs_stopped_by,
    costs_vat_sentence,
    instalment_key,
    minimum_sentence,
    notice_form,
    notice_named,
    plan_costs_variant,
    received_values,
    several_missed,
    term_key,
    unseen_term_day,
    what_to_pay,
)
from incasso.statement.tables import (
    costs_after_term as page_costs_after_term,
)

DAY = timedelta(days=1)
# The letters of a step, which a lapsed settlement's first one after it explains (`lapse_told`).
_STEP_LETTERS = (LetterKind.REMINDER, LetterKind.DUNNING, LetterKind.FINAL_NOTICE, LetterKind.HANDOVER)
# ... and the confirmations of a promise or a plan that replaced it: each says it, after its own first sentence.
_REPLACING = (LetterKind.PROMISE, LetterKind.ARRANGEMENT)
# What tells the debtor the settlement ended: a step's letter, or the confirmation of what replaced it.
_TOLD_BY = (*ESCALATION_EVENTS, EventType.PROMISE, EventType.ARRANGEMENT)
# The reminder of a missed instalment names the open ones as the page does (incasso.statement.steps).
_MISSED_INSTALLMENTS = {
    ArrearsKind.UNPAID: "installment_missed",
    ArrearsKind.PART: "installment_missed_part",
    ArrearsKind.MORE: "installment_missed_more",
    ArrearsKind.MORE_PART: "installment_missed_more_part",
}
# ... those that say nothing came in: beside a payment the bank took back (statement.returned) each has a `_returned`
# form, "nog geen betaling van u die meetelt", as {not_received} has.
_NOT_RECEIVED = ("installment_missed", "installment_missed_more")
# What stops a final notice's costs, said by the letters of a plan or a promise in its term (`_agreed`).
_COSTS_LEAD = {
    LetterKind.PROMISE: "promise_costs_lead",
    LetterKind.ARRANGEMENT: "plan_costs_lead",
    LetterKind.INSTALLMENT_REMINDER: "plan_costs_lead",
}


def letter_terms(
    ledger: Ledger, claim: Claim, due: DueLetter, form: Channel, *, wait_named: bool = True
) -> tuple[Lead, tuple[str, ...], str | None]:
    """(lead, the letter's own paragraph, the costs sentence or None for the page's own) for
    `claim` as it stands once the letter is sent. `wait_named`: the opening says the wait granted ({asked_to_wait}),
    which a promise's or a plan's confirmation that confirms a wait too then does not say again (`_wait_too`)."""
    creditor = ledger.creditor
    lang = claim.debtor.language
    # A final notice's term runs from the day after receipt: its box and its own sentences say the day, the
    # conditions with it; a thanks line asking the rest "by 25 March" would state the term without them.
    notice = due.kind == LetterKind.FINAL_NOTICE
    top = summary(claim, ledger, lang, read_today=False, ask_by=not notice)
    lead = Lead(top.label, top.amount, top.deadline, top.lines)
    lapse = lapse_told(claim, due)
    if notice:
        lead, terms, costs = _final_notice(creditor, claim, form, lead)
        # The statutory wording first: what it asks, by when, at what cost; then why an invoice is in it now.
        return lead, lapse + terms + new_in_letter(claim, due, form), costs
    # Read once the term its costs hang on has ended, the page's costs paragraph ("Betaalt u vóór die tijd een
    # deel ...") offers what can no longer be done: the letter says the costs as they stand after the term.
    ended = costs_after_term(creditor, claim, lang, form) if term_over_on_arrival(creditor, claim, form) else None
    if due.kind == LetterKind.HANDOVER:
        return lead, lapse + _handover(claim, due), ended
    if due.kind in SETTLEMENT_LETTERS:
        if due.kind == LetterKind.SETTLED:
            # Not the page's top ("Dank u wel! U heeft het afgesproken bedrag betaald.", the last payment's day): the
            # letter's own sentence says that with the day it was kept. The box says the figures at a glance.
            lead = settled_lead(claim)
        return lead, settlement_terms(claim, due.kind, form), None
    if due.kind == LetterKind.PAUSE:
        return lead, _pause(claim, creditor, named_above=True), ended
    if due.kind in _COSTS_LEAD:
        lead, terms, _ = _agreed(ledger, claim, due, form, lead, wait_named=wait_named)
        return lead, terms[:1] + lapse + terms[1:], ended  # "Op ... afgesproken", then what it replaced
    return (
        lead,
        lapse + _promise_broken(claim, due) + _newer_invoice(claim, form) + new_in_letter(claim, due, form),
        ended,
    )


def lapse_told(claim: Claim, due: DueLetter) -> tuple[str, ...]:
    """The first letter after a settlement lapsed or was called off says, once, that it ended and why the whole claim
    is asked again, in the page's words (statement.steps.lapse_said): a step's letter (a reminder, dunning letter,
    final notice or handover notice) first; the confirmation of a promise or a plan that replaced it (`due.recorded`)
    after its own first sentence, a plan's as based on the whole claim, not the agreed sum. Without it the letter
    asked the whole claim of a debtor who had an agreement for less; a later letter (a final notice to that plan in
    arrears, say) is about what followed."""
    accord = claim.accord
    if due.kind not in (*_STEP_LETTERS, *_REPLACING) or accord is None or not accord.undone or accord.ended_on is None:
        return ()
    ended, confirmed = accord.ended_on, due.recorded if due.kind in _REPLACING else None
    until = confirmed.date if confirmed is not None else claim.as_of
    if any(e.type in _TOLD_BY and ended <= e.date < until and e is not confirmed for e in claim.events):
        return ()
    return lapse_said(claim, claim.debtor.language)


def term_over_on_arrival(creditor: Creditor, claim: Claim, form: Channel) -> bool:
    """Whether the term of the final notice that announced the costs ends before this letter can be acted on:
    its last day no later than the day the letter arrives (claims.timing.letter_received: by post days later, an
    e-mail the day it is sent), as the final notice counts its own term from the day after receipt. Not costs
    from the due date (business_costs_from_due: no letter sets them). A term already over when the letter is
    written, whose days the statements read do not reach yet (claim.term_unseen), is over on arrival too: the
    costs are still announced, not charged, but a letter of that day that said "your last day to pay is" the
    day before it spoke of a term gone (the page says it in the past too, statement.tables.costs_after_term)."""
    costs = claim.costs
    if costs.state != CostsState.ANNOUNCED or costs.owed_from is None:
        return False
    if costs_notice(claim, creditor) is None:
        return False
    return costs.owed_from - DAY <= letter_received(creditor, claim.debtor, claim.as_of, form)


def costs_after_term(creditor: Creditor, claim: Claim, lang: Language, form: Channel, *, first: bool = False) -> str:
    """The announced costs said by a letter read after the term they hang on (`term_over_on_arrival`), as the page
    says them once that term is over (statement.tables.costs_after_term): owed from the day after it unless what it
    asked was paid, in the past tense, or in the present when the letter is read on that last day itself
    (`_read_on_last_day`: the debtor can still pay that day). `first`: said by a final notice sent again, of the
    first one. Read on that last day, a part paid by then still lowers them (after the figures' last day, or today)."""
    today = _read_on_last_day(creditor, claim, form)
    # Written while the term is over but not read, it asks the costs with the rest, as the page (term_costs_on_top).
    on_top = term_costs_on_top(claim) > 0
    said = page_costs_after_term(creditor, claim, lang, today=today, first=first, on_top=on_top)
    if not today or not lowered_by_a_part(
        claim.costs.amount, creditor.policy.chase_minimum, vat=creditor.policy.costs_vat
    ):
        return said
    day = partial(fmt.day, lang=lang)
    last_day = claim.costs.owed_from - DAY if claim.costs.owed_from is not None else claim.as_of
    if claim.payments_until < last_day:
        values = dict(paid_until=day(claim.payments_until), last_day=day(last_day))
        return said + " " + text(lang, "part_lowers_unseen", **values)
    return said + " " + text(lang, "part_lowers_today")


def _read_on_last_day(creditor: Creditor, claim: Claim, form: Channel) -> bool:
    """Whether this letter arrives on the last day of the final notice's term (an e-mail sent that day, a letter
    assumed to arrive then): it gives no day to act on that is its own day (`letter_deadline`), but the debtor
    can still pay that day, and it says that day in the present tense, not "was"."""
    owed_from = claim.costs.owed_from
    return owed_from is not None and owed_from - DAY == letter_received(creditor, claim.debtor, claim.as_of, form)


def last_day_on_arrival(creditor: Creditor, claim: Claim, form: Channel) -> date | None:
    """The final notice's last day when this letter arrives on it (`_read_on_last_day`), else None: a final notice
    sent again then asks its amount without the first one's costs, which paying by that day still stops (its
    subject says so, letters.view._subject)."""
    if claim.costs.state != CostsState.ANNOUNCED or not _read_on_last_day(creditor, claim, form):
        return None
    return claim.costs.owed_from - DAY if claim.costs.owed_from is not None else None


def term_gone_on_arrival(creditor: Creditor, claim: Claim, form: Channel) -> date | None:
    """The final notice's last day when this letter arrives after it (`term_over_on_arrival`, not on it:
    `_read_on_last_day`), else None: a sentence that names that term says it ran, not that it still applies."""
    if not term_over_on_arrival(creditor, claim, form) or _read_on_last_day(creditor, claim, form):
        return None
    return claim.costs.owed_from - DAY if claim.costs.owed_from is not None else None


def term_ends_unread(creditor: Creditor, claim: Claim, form: Channel) -> bool:
    """Whether the final notice's term, which a plan or a promise does not stop (`costs_come_beside`), ends before
    this letter can be acted on. A letter is read once it arrives (claims.timing.letter_received: by post days
    later, an e-mail the day it is sent) and gives a day to act on from the day after, as the final notice counts
    its own term: a last day no later than its arrival is no day to pay by. Not a term over when written whose days
    the statements read do not reach (claim.term_unseen): the page's own sentence beside the plan or the promise
    says that one in the past already (statement.steps.costs_lead), and gives no day of it to pay by."""
    return costs_come_beside(claim) and claim.term_unseen is None and term_over_on_arrival(creditor, claim, form)


def letter_deadline(creditor: Creditor, claim: Claim, form: Channel) -> date | None:
    """The day a promise's or plan's letter, or a missed instalment's reminder, gives to pay: the page's
    (`payment_deadline`), unless that is a final notice's last day the letter cannot be acted on by
    (`term_ends_unread`). Then the day the page gives once the term has passed: the day promised, or the eve of the
    next step (the reminder + dunning_after_days), the day a reminder gives. Nor a plan's instalment it cannot be
    acted on by (`instalment_unread`): then the day the page gives once that day has passed unpaid, the final
    notice's last day while it stops the costs and is still ahead on arrival, else none ("zo snel mogelijk")."""
    deadline = payment_deadline(claim, creditor)
    # The page gives an instalment due before the plan's confirmation arrives the day that letter asks it by
    # (claims.demand.instalment_asked_later): this letter, read sooner (an e-mail), gives its own.
    unread = instalment_unread(creditor, claim, form) or instalment_asked_later(creditor, claim)
    if unread is not None:  # the core's reminder of it waits for the same day (claims.escalation._reminder_of)
        return instalment_day_read(creditor, claim, unread.installment.due, _plan_letter_read(creditor, claim, form))
    unread_term = term_ends_unread(creditor, claim, form) or notice_gone_unread(creditor, claim, form)
    if deadline is None or not unread_term or deadline != claim.costs.owed_from - DAY:
        return deadline
    if claim.status == Status.PROMISE:
        promised = claim.pending_promise.promised_date
        return promised if promised >= claim.as_of else None
    return next_step_eve(claim, creditor)


def notice_gone_unread(creditor: Creditor, claim: Claim, form: Channel) -> bool:
    """Whether the final notice a plan in arrears is under (demand.plan_under_final_notice) ran out before this letter
    can be acted on (`term_gone_on_arrival`: arrived after its last day, not on it). Its last day is then no day to
    pay by, and what it asked is said in the past, as for a plan agreed in its term (`term_ends_unread`): posted on 9
    December and read on the 11th, "Heeft u uiterlijk 10 december 2026 niet ... betaald? Dan komen er ... bij" spoke
    of a day gone and of costs owed since unless paid."""
    return plan_under_final_notice(claim) and term_gone_on_arrival(creditor, claim, form) is not None


def instalment_unread(creditor: Creditor, claim: Claim, form: Channel) -> InstallmentState | None:
    """The plan's next instalment, due today or later, when the letter would give its day to pay but cannot be
    acted on by it: a day no later than the one it arrives (claims.timing.letter_received: by post days later, an
    e-mail the day it is sent), as for a final notice's last day (`term_ends_unread`). A plan confirmed on its
    first instalment's day said "Betaal uiterlijk" that day, gone before the letter could be read."""
    plan = claim.running_plan if claim.status == Status.ARRANGEMENT else None
    if plan is None or plan.state != PlanState.ON_SCHEDULE or plan.next_open is None:
        return None
    upcoming = plan.next_open
    if upcoming.installment.due < claim.as_of:  # its day gone by unread in the statements: the page gives none
        return None
    return upcoming if upcoming.installment.due <= _plan_letter_read(creditor, claim, form) else None


def _plan_letter_read(creditor: Creditor, claim: Claim, form: Channel) -> date:
    """The day a letter about the running plan is read by, for the days it gives its instalments: the day it arrives
    (by post days later, an e-mail the day it is sent), but never before the plan's confirmation is assumed to
    arrive (claims.demand.plan_confirmation_arrives: by post, when it goes both ways). The e-mail sent beside the
    posted confirmation asked the first instalment by its own day, the letter (and the page, and the core's
    reminder) by a later one: one instalment, one day, the later, which never holds the debtor to the earlier."""
    arrives = letter_received(creditor, claim.debtor, claim.as_of, form)
    return max(arrives, plan_confirmation_arrives(creditor, claim))


def _agreed(
    ledger: Ledger, claim: Claim, due: DueLetter, form: Channel, lead: Lead, *, wait_named: bool = True
) -> tuple[Lead, tuple[str, ...], str | None]:
    """A promise's or a plan's letter, or a missed instalment's reminder. In a final notice's term it says, as
    the page's top does, what stops that notice's costs; the reminder beside what it asks, not in the box as well.
    When the term ends before the letter can be acted on, the day it gives is one to act on and it says the term
    ran out (`_term_ended`), as the page says once that day has passed."""
    creditor, lang = ledger.creditor, claim.debtor.language
    page_costs = costs_lead(claim, creditor, lang, _COSTS_LEAD[due.kind])
    # A promise's box leaves out the page's lines, the total among them: its costs sentence says the total.
    costs = page_costs or _costs_came(creditor, claim, lang, total=due.kind == LetterKind.PROMISE)
    by = lead.by
    deadline = letter_deadline(creditor, claim, form)
    if term_ends_unread(creditor, claim, form):
        costs = _term_ended(creditor, claim, form, due.kind)
    if deadline != payment_deadline(claim, creditor):  # a day the letter can be acted on by
        by = by_when(claim, deadline, lang, heading=True, read_today=False)
    wait = _wait_too(claim, creditor, form, due, named_above=wait_named)
    asks = replaced_undecided(claim) is not None  # the box asks whether anything is owed (statement.steps): as it is
    if due.kind == LetterKind.PROMISE:
        return lead if asks else Lead(lead.label, lead.amount, by, ()), _promise(ledger, claim, form, costs, wait), None
    if due.kind == LetterKind.ARRANGEMENT:
        # The page's costs sentence ends its top (steps._agreed_summary): the letter's takes its place.
        lines = tuple(line for line in lead.lines if line not in page_costs) + costs
        # Only beside a plan that holds the costs (adds up to more than is open): else it reconciles nothing, and
        # read on the last day, when paying still stops them, it says they were added.
        over = -claim.plan_leaves_open >= creditor.policy.chase_minimum
        if over and term_ends_unread(creditor, claim, form):
            lines = _total_with_costs(claim, lines)
        return lead if asks else Lead(lead.label, lead.amount, by, lines), _arrangement(ledger, claim, form, wait), None
    lines = tuple(line for line in lead.lines if line not in page_costs)
    if plan_under_final_notice(claim):  # the notice's costs are said with what it asks (`_notice_still_asks`)
        # And whether it still applies: there, not in the box too (s60); read after its term, the text says the term
        # ran, and a box saying "Onze sommatie geldt nog" beside it contradicted it (s60).
        lines = tuple(line for line in lines if line != labels.text(lang, notice_still_asks_key(claim)))
        return Lead(lead.label, lead.amount, by, lines), _installment_missed(claim, deadline, creditor, form), None
    return Lead(lead.label, lead.amount, by, lines), _installment_missed(claim, deadline, creditor, form) + costs, None


def _total_with_costs(claim: Claim, lines: tuple[str, ...]) -> tuple[str, ...]:
    """A plan's box read once the final notice's term is over (`term_ends_unread`): the total it says is the one
    of the letter's day, as the page and the QR code have it, without the costs that come after the term; a plan
    agreed over them adds up to more ("samen EUR 1.437,50" under "In totaal staat nog EUR 1.250,00 open."). Said
    beside the total, what it is with them, so the box and the plan a debtor reads first agree; whether they come
    (and that a part paid in the term lowers them) the box's next sentence says."""
    lang = claim.debtor.language
    money = partial(fmt.money, lang=lang)
    total = labels.text(lang, "total_open", amount=money(claim.total_due))
    values = dict(costs=costs_amount(claim, lang), total=money(claim.total_due + claim.costs.amount))
    with_costs = text(lang, "total_with_costs", **values)
    return tuple(f"{line} {with_costs}" if line == total else line for line in lines)


def _term_ended(creditor: Creditor, claim: Claim, form: Channel, kind: LetterKind) -> tuple[str, ...]:
    """The final notice's costs come once its term ran out unpaid: said as the page says it once that day has
    passed (`term_unseen_costs_lead`), without the page's note on the statements read, in the present tense when
    read on that day itself (`_read_on_last_day`); at most the amount over what is open now, as a part paid in the
    term since lowers them (`costs_at_most`)."""
    costs, lang = claim.costs, claim.debtor.language
    key = "promise_costs_term_" if kind == LetterKind.PROMISE else "installment_costs_term_"
    key += "ends_today" if _read_on_last_day(creditor, claim, form) else "ended"
    if kind != LetterKind.PROMISE:
        # The instalments due by the last day may pay what stops the costs, as the page's plan_costs_lead_one says:
        # then they did (do) stop them, paid by then, not "Uw termijnen alleen hielden die niet tegen"; nor that
        # of one instalment ("Uw termijn alleen hield die niet tegen").
        key += plan_costs_variant(claim)
    values = dict(amount=costs_at_most(claim, creditor, lang), what=costs_stopped_by(claim, lang)[0])
    values["owed_from"] = fmt.day(costs.owed_from, lang)  # read after the term: owed since then, unless paid
    values["notice"] = notice_named(costs_notice(claim, creditor), lang)  # "onze sommatie per e-mail" is no "brief"
    return (text(lang, key, date=fmt.day(costs.owed_from - DAY, lang), **values),)


def _costs_came(creditor: Creditor, claim: Claim, lang: Language, *, total: bool) -> tuple[str, ...]:
    """A promise or plan agreed in a final notice's term, its letter written once the costs came (charged, the
    statements read through the term): what they are, what of them is still open (payments go to the costs first,
    art. 6:44 BW), and that the total holds them, as the page's total and costs paragraph do; the total itself
    only when `total` (the box does not say it already). Before, the letter said what stops them (`costs_lead`);
    after, nothing at all. Not for an agreement made after the term, over what was owed with the costs already."""
    costs = claim.costs
    notice = costs_notice(claim, creditor)
    open_costs = claim.settlement.costs_open
    if costs.state != CostsState.CHARGED or notice is None or open_costs <= 0 or unseen_term_day(claim) is not None:
        return ()
    agreement = claim.pending_promise if claim.status == Status.PROMISE else claim.running_plan
    if agreement is None or not notice.date <= agreement.event.date < costs.owed_from:
        return ()
    money = partial(fmt.money, lang=lang)
    still = text(lang, "costs_came_open", amount=money(open_costs)) if open_costs < costs.amount else ""
    values = dict(date=fmt.day(costs.owed_from - DAY, lang), amount=costs_amount(claim, lang), open=still)
    said = text(lang, "costs_came", notice=notice_named(notice, lang), **values)
    held = text(lang, "costs_came_total", total=money(claim.total_due)) if total else text(lang, "costs_came_held")
    return (f"{said} {held}",)


def broken_promise(claim: Claim) -> Promise | None:
    """The debtor's latest promise when its day passed without all of it paid and no letter went out since that day
    but today's (the page said so at its top until now: statement.steps._broken_promise): the reminder or the dunning
    letter after it is about it (letters.view: `reminder_promise`, `dunning_promise`). Not one made before the latest
    answer to a dispute: that answer is the newer news (`reminder_answered`, `dunning_answered`)."""
    promise = claim.promise
    if promise is None or promise.state != PromiseState.BROKEN:
        return None
    events = claim.events
    if any(e.type in ESCALATION_EVENTS and promise.promised_date < e.date < claim.as_of for e in events):
        return None
    answered = latest(events, EventType.DISPUTE_RESOLVED)
    if answered is not None and events.index(answered) > events.index(promise.event):
        return None
    return promise


def _promise_broken(claim: Claim, due: DueLetter) -> tuple[str, ...]:
    """A reminder or a dunning letter after a broken promise (`broken_promise`): what was promised, and what came in
    of it and what is left, or that nothing came in; not a letter as if nothing had been agreed."""
    promise = broken_promise(claim) if due.kind in (LetterKind.REMINDER, LetterKind.DUNNING) else None
    if promise is None:
        return ()
    lang = claim.debtor.language
    amount = fmt.money(promise.amount, lang)
    values = dict(
        made=fmt.day(promise.event.date, lang),
        promised=text(lang, "promised_whole", amount=amount) if promise.whole_balance else amount,
        date=fmt.day(promise.promised_date, lang),
    )
    if promise.paid <= 0:  # nothing came in; or nothing that counts, beside a payment the bank took back
        return (text(lang, told_beside_return(claim, "promise_broken"), **values),)
    paid, left = fmt.money(promise.paid, lang), fmt.money(claim.total_due, lang)
    rest = promise.amount - promise.paid
    if not promise.whole_balance and rest < claim.total_due:
        # Of part: what is left of the promise, then of all; "Daarvan ... Er staat nog {total} open" read as the
        # promise's rest, an amount that does not add up with what was promised and paid.
        return (text(lang, "promise_broken_part_rest", paid=paid, rest=fmt.money(rest, lang), left=left, **values),)
    return (text(lang, "promise_broken_part", paid=paid, left=left, **values),)


def _newer_invoice(claim: Claim, form: Channel) -> tuple[str, ...]:
    """A reminder or dunning letter after a final notice: which invoice it is for, as the handover
    waits for that invoice's own steps (escalation._before_handover); not said by a letter that asks
    a plan's missed instalment only."""
    step = claim.next_action
    notice = latest(claim.events, EventType.FINAL_NOTICE)
    if step is None or not step.newer_first or step.newer is None or notice is None:
        return ()
    if claim.status == Status.ARRANGEMENT and not plan_under_final_notice(claim):
        return ()  # it asks the plan's missed instalment, not that invoice: it is not that invoice's letter
    lang = claim.debtor.language
    values = dict(number=step.newer.number, date=fmt.day(notice.letter_day, lang), this=this_letter(lang, form))
    before = _own_letter_since(claim, step.newer.number, notice)
    if before is not None:  # its dunning letter: not "eerst deze brief", nor the notice "onze laatste brief"
        values |= dict(letter_sent=text(lang, f"our_{before.type}"), sent=fmt.day(before.date, lang))
        key = "newer_answered_again" if newer_was_disputed(claim) else "newer_invoice_again"
    elif newer_was_disputed(claim):
        key = "newer_answered"  # not new: disputed and answered
    else:  # an e-mailed notice is no "brief", nor one in the customer portal (statement.tables.channel_variant)
        key = "newer_invoice" + notice_form(claim.debtor, notice)  # unagreed: "onze e-mail (sommatie)"
    return (text(lang, key, **values),)


def _own_letter_since(claim: Claim, number: str, notice: Event) -> Event | None:
    """The last of the newer invoice `number`'s own letters after the final `notice` (`steps_per_invoice`): its
    reminder, when the letter due is its dunning letter. None when this letter is its first."""
    _, each = steps_per_invoice(claim)
    return max((e for e in each.get(number, ()) if e.date > notice.date), key=lambda e: e.date, default=None)


# The step letters before this one that name each invoice (`steps_per_invoice`); kinds `new_in_letter` is said in.
STEP_EVENTS = (EventType.REMINDER, EventType.DUNNING, EventType.FINAL_NOTICE)
# ... those of them a newer invoice climbs before the handover, after the first final notice (`_newer_steps`).
_NEWER_STEPS = (EventType.REMINDER, EventType.DUNNING)
_SAYS_NEW = (LetterKind.DUNNING, LetterKind.FINAL_NOTICE)


def steps_per_invoice(claim: Claim) -> tuple[list[Event], dict[str, tuple[Event, ...]]]:
    """The step letters sent before the letter's day about what is still unpaid, and per invoice the letter asks
    (open, due before its day) those of them that concerned it: a letter is about the invoices due before its day
    (claims.settlement.concerns_unpaid), except those a dispute held apart on the day it is dated (it asked the
    rest only: claims.disputes.disputed_apart_when_dated), and a newer invoice's own reminder and dunning letter
    (`_newer_steps`) are not the first final notice's invoices'. An invoice that fell due after the last of them
    has none; so has one each of them held apart (`held_apart_by`)."""
    sent = [
        e
        for e in claim.events
        if e.type in STEP_EVENTS and e.date < claim.as_of and claim.settlement.concerns_unpaid(e)
    ]
    asked = [b for b in claim.settlement.invoices if b.open > 0 and b.invoice.due < claim.as_of]
    about = _newer_steps(claim, sent)
    apart = {id(e): disputed_apart_when_dated(claim.debtor, e) for e in sent}
    each = {
        b.number: tuple(
            e
            for e in sent
            if b.invoice.due < e.date and b.number in about.get(id(e), (b.number,)) and b.number not in apart[id(e)]
        )
        for b in asked
    }
    return sent, each


def held_apart_by(claim: Claim, number: str) -> Event | None:
    """The last step letter before this one, sent after invoice `number` fell due, that a dispute held it apart
    from (claims.disputes.disputed_apart_when_dated), or None: it had no letter because of the dispute, not
    because it was not yet overdue."""
    due = next(b.invoice.due for b in claim.settlement.invoices if b.number == number)
    held = [
        e
        for e in claim.events
        if e.type in STEP_EVENTS and due < e.date < claim.as_of and number in disputed_apart_when_dated(claim.debtor, e)
    ]
    return max(held, key=lambda e: e.date, default=None)


def _newer_steps(claim: Claim, sent: list[Event]) -> dict[int, frozenset[str]]:
    """The reminders and dunning letters after the first final notice that were a newer invoice's own, by id, with
    the invoices they were about: those that notice did not ask (claims.escalation.asked_for), due before the letter
    and open on its day. Such an invoice climbs its own steps before the handover (claims.escalation
    ._before_handover), and each of its letters said so ("Voor die factuur krijgt u daarom eerst deze brief. De
    andere bedragen staan er ook in", `_newer_invoice`): the notice's invoices wait for the handover, beside it.
    Counted for them too, a later letter said "voor factuur A twee herinneringen, een aanmaning en een sommatie"
    after a reminder that was B's. A reminder after the notice with no such invoice (what its paid amount left,
    claims.escalation) is about the notice's invoices as usual."""
    first = next((e for e in sent if e.type == EventType.FINAL_NOTICE), None)
    if first is None:
        return {}
    asked, settlement = asked_for(claim, first), claim.settlement
    about = {}
    for e in sent:
        if e.type not in _NEWER_STEPS or e.date <= first.date:
            continue
        newer = frozenset(
            b.number
            for b in settlement.invoices
            if b.number not in asked and b.invoice.due < e.date and settlement.principal_open_on(b, e.date) > 0
        )
        if newer:
            about[id(e)] = newer
    return about


def asked_anew(claim: Claim) -> tuple[Event, list[str], list[str]] | None:
    """Where the invoices a letter asks had letters before it, but not all of them (`steps_per_invoice`): the last
    of those letters, the invoices it asks again, and those it asks for the first time (due after the last letter
    about them, the reminder say, or held apart from each by a dispute: `held_apart_by`). None where none had a
    letter before, or each had one: "opnieuw" is true of all."""
    sent, each = steps_per_invoice(claim)
    new = [number for number, letters in each.items() if not letters]
    if not sent or not new or len(new) == len(each):
        return None  # no letter before, or none about these invoices: the opening names "onze factuur", nothing else
    again = [number for number, letters in each.items() if letters]
    return max(sent, key=lambda e: e.date), again, new


def new_in_letter(claim: Claim, due: DueLetter, form: Channel) -> tuple[str, ...]:
    """A dunning letter or final notice that asks an invoice no earlier letter asked (it fell due after the last
    one, the reminder say) says so: the opening's "Wij hebben u eerder voor factuur A een herinnering gestuurd"
    (letters.view.steps_sent) names the letters each invoice had, and leaves such an invoice out, and a dunning
    letter asks "opnieuw" of the others only (letters.view.asked_again); without this the debtor read it asked
    "opnieuw" with the others. The escalation takes it along with the others (one demand, the staffel once over
    all: docs/computation.md), so the letter says why it is in it now. Of an invoice that was overdue, but that a
    dispute held apart from the letters since (`held_apart_by`), answered now: that the dispute kept it out of the
    last of them, and that it is in this one since the answer."""
    split = asked_anew(claim) if due.kind in _SAYS_NEW else None
    if split is None:
        return ()
    last, _, new = split
    held = {number: letter for number in new if (letter := held_apart_by(claim, number)) is not None}
    lang = claim.debtor.language
    this = this_letter(lang, form)
    # Held apart by a dispute, answered since: not "nog niet te laat" of an invoice that was, as newer_answered says.
    lines = [
        text(lang, "new_in_letter_answered", number=number, this=this, **_letter_named(letter, lang))
        for number, letter in held.items()
    ]
    not_due = [number for number in new if number not in held]
    values = dict(this=this, **_letter_named(last, lang))
    if len(not_due) == 1:
        lines.insert(0, text(lang, "new_in_letter", number=not_due[0], **values))
    elif not_due:
        lines.insert(0, text(lang, "new_in_letter_many", numbers=labels.listed(not_due, lang), **values))
    return tuple(lines)


def _letter_named(letter: Event, lang: Language) -> dict[str, str]:
    """{letter_sent} and {date} of a step letter: "onze herinnering", "3 november 2026"."""
    return dict(letter_sent=text(lang, f"our_{letter.type}"), date=fmt.day(letter.date, lang))


def next_lines(claim: Claim, ledger: Ledger, due: DueLetter, form: Channel) -> tuple[str, ...]:
    """What happens next: the statement page's own lines for a reminder and a dunning letter;
    for a final notice the handover after its term; for the handover notice what the page says
    of it (a court case may follow; to a consumer whose costs are final, that the agency may charge
    no more, with their VAT as the page names it). Confirmations say it in their own paragraph."""
    creditor = ledger.creditor
    lang = claim.debtor.language
    interest = (
        (labels.text(lang, "interest_runs"),) if creditor.interest == "statutory" and claim.amount_overdue > 0 else ()
    )
    if due.kind in (LetterKind.REMINDER, LetterKind.DUNNING):
        return next_steps(claim, ledger, lang)
    if due.kind == LetterKind.FINAL_NOTICE:
        if interest and claim.costs.state == CostsState.ANNOUNCED and not costs_apart(creditor, claim, form):
            # Paying the amount asked in time stops the costs, not the interest since: say it is asked later,
            # or the reminder for it reads as a broken promise.
            interest = (labels.text(lang, "interest_runs_notice"),)
        return _handover_after(claim, lang) + interest
    if due.kind == LetterKind.HANDOVER:
        handler = handler_of(claim)  # the handover is recorded: the notice is written about it
        final_costs = costs_are_final(claim)
        return (*(handed_over_next(claim, handler, lang, final_costs=final_costs) if handler else ()), *interest)
    if due.kind == LetterKind.INSTALLMENT_REMINDER:
        plan_interest = (plan_interest_line(claim, ledger, lang),) if creditor.interest == "statutory" else ()
        return _installment_next(ledger, claim, form) + plan_interest
    if due.kind == LetterKind.PAUSE:
        # The page's own lines, its first the wait granted: the opening, or the letter's own paragraph, says that.
        waited = asked_to_wait(claim, creditor, lang)
        return tuple(line for line in next_steps(claim, ledger, lang) if line not in waited)
    return ()


def _the_notice(claim: Claim) -> Event:
    """The final notice this letter is: recorded today, as staff will (letters.outlook.claim_after)."""
    notice = claim.latest_notice
    if notice is None or notice.date != claim.as_of:
        raise ValueError(f"the final notice to {claim.debtor.id} is written from a claim without it recorded today")
    return notice


def _final_notice(
    creditor: Creditor, claim: Claim, form: Channel, lead: Lead
) -> tuple[Lead, tuple[str, ...], str | None]:
    """The statutory 14-day letter (art. 6:96 lid 6 BW): its term from the day after receipt,
    in the accepted wording, and the exact costs the core will charge after it."""
    lang = claim.debtor.language
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    notice = _the_notice(claim)
    email = notice.channel in INSTANT_CHANNELS
    received = notice_received(creditor, claim.debtor, notice)
    last_day = notice_term_end(creditor, claim.debtor, notice)
    days = term_days(creditor, lang)
    # Written once the first notice's term is over, its last days not read: the page's one number, costs in it.
    amount = money(page_asks(claim))
    medium = channel_variant(notice.channel)  # "deze brief", "deze e-mail", or in the customer portal "dit bericht"
    lines = [
        text(lang, f"final_pay{medium}", amount=amount, days=days),
        text(lang, f"final_received{medium}", received=day(received), last_day=day(last_day)),
    ]
    if not email:  # the post's day of receipt is assumed; the law counts from the real one
        lines[-1] += " " + text(lang, "final_arrives_later", days=days)
    costs_lines, costs_short = _final_costs(creditor, claim, notice, lang, form)
    costs_lines += _overstated_before(creditor, claim, notice)
    by = (
        text(lang, "final_by_email", last_day=day(last_day))
        if email
        else text(lang, "final_by", last_day=day(last_day), received=day(received))
    )
    costs = claim.costs
    # Sent again while an earlier notice's costs are to come before this one's term ends: the box gives the
    # day that stops them, as the page does, not a later day the costs would not wait for; unless that day is
    # gone by the time it arrives: then its own last day, the costs said as owed (`_final_costs`).
    box = lead.lines
    if costs_apart(creditor, claim, form):
        # It asks what the page asks and its QR code pays, without those costs: said beside the amount, or paying
        # it in its own term reads as paying all (the costs would be lost). Written once that term is over, its
        # last days not read, the page asks them too (term_costs_on_top): its top's lines say so, in the box.
        box += () if term_costs_on_top(claim) > 0 else (_apart_sentence(creditor, claim, form, "final_costs_apart"),)
    elif costs.state == CostsState.ANNOUNCED and costs.from_date is not None and costs.from_date <= last_day:
        by = text(lang, "final_by_costs", last_day=day(costs.from_date - DAY))
    return Lead(lead.label, amount, by, box), tuple(lines + costs_lines), costs_short


def _overstated_before(creditor: Creditor, claim: Claim, notice: Event) -> list[str]:
    """After a consumer's notice that stated more costs than the staffel allows (claims.timing.overstates: it brings
    none), the one that states them right says that amount is gone, in one sentence: a debtor holding both letters
    reads two amounts otherwise."""
    earlier = [n for n in claim.final_notices if n.date < notice.date and overstates(creditor, claim.debtor, n)]
    if not earlier:
        return []
    lang = claim.debtor.language
    return [text(lang, "overstated_before", sent=fmt.day(earlier[-1].letter_day, lang))]


def costs_apart(creditor: Creditor, claim: Claim, form: Channel) -> bool:
    """Whether a final notice sent again arrives once the first one's term is over (`term_over_on_arrival`): the
    costs it announced are owed by then unless it was paid, and this letter asks, as the page does that day and
    its QR code, the amount without them. Its subject, box, total and interest sentence say so: no "before we
    charge costs", no "pay in time and no costs come"."""
    return claim.costs.state == CostsState.ANNOUNCED and term_over_on_arrival(creditor, claim, form)


def _apart_sentence(creditor: Creditor, claim: Claim, form: Channel, key: str) -> str:
    """The first notice's costs said apart (`costs_apart`): as owed if it was not paid in time, or, read on its last
    day itself, if it is not paid by that day, in the present tense as the letter's costs sentence says it."""
    lang = claim.debtor.language
    costs = claim.costs
    owed_from = costs.owed_from or costs.from_date
    values = dict(amount=costs_amount(claim, lang), date=fmt.day(owed_from, lang) if owed_from else "")
    if owed_from is not None and _read_on_last_day(creditor, claim, form):
        return text(lang, f"{key}_today", last_day=fmt.day(owed_from - DAY, lang), **values)
    return text(lang, key, **values)


def _final_costs(
    creditor: Creditor, claim: Claim, notice: Event, lang: Language, form: Channel
) -> tuple[list[str], str | None]:
    """The costs sentence(s) of a final notice, and the short one for the specification."""
    costs = claim.costs
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    basis = COST_BASIS if lang == "nl" else COST_BASIS_EN
    if costs.state == CostsState.CHARGED:
        return [costs_now(claim, creditor, lang)], None
    if _states_none(claim) or costs.from_date is None:  # (the second, said by the first, for the type checker)
        return [_no_costs(claim.debtor, notice, lang)], None
    values = dict(date=day(costs.from_date), amount=money(costs.amount), what=what_to_pay(claim, lang))
    first = costs_notice(claim, creditor)
    if first is None:  # a business owing costs from the due date: no letter sets them
        values["what"] = costs_stopped_by(claim, lang)[0]
        return [labels.text(lang, "costs_from_due", last_day=day(costs.from_date - DAY), **values)], None
    # A part paid in time lowers the costs only above the scale's minimum: said only then.
    lowers = lowered_by_a_part(costs.amount, creditor.policy.chase_minimum, vat=creditor.policy.costs_vat)
    if first.date != notice.date and term_over_on_arrival(creditor, claim, form):
        # The first one's term ends before this letter can be acted on: no part to pay "before then".
        # Said once on the first page; the specification says they are not in its total (`_final_notice`).
        short = _apart_sentence(creditor, claim, form, "final_costs_short_apart")
        if term_costs_on_top(claim) > 0:  # written after that term: in the total, as the page's top asks them
            short = labels.text(lang, "costs_on_top")
        return [costs_after_term(creditor, claim, lang, form, first=True)], short
    if first.date != notice.date:  # the costs still follow the first final notice and its term
        values["what"] = costs_stopped_by(claim, lang)[0]  # what the page's costs section names too
        page_costs = labels.text(lang, "final_costs", **values)
        return [
            labels.text(
                lang,
                term_key(first, "costs_term"),
                sent=day(first.letter_day),
                last_day=day(costs.from_date - DAY),
                **received_values(creditor, claim.debtor, first, lang),
            ),
            page_costs + costs_vat_sentence(claim, lang) + (" " + labels.text(lang, "part_lowers") if lowers else ""),
        ], None
    principal = money(costs.principal)
    if costs.asked_left is not None and values["what"] == labels.text(lang, "what_all"):
        # "everything" reads as more than this letter asks once interest has run on: name the amount.
        values["what"] = labels.text(lang, "what_asked", amount=money(costs.asked_left))
    if costs.capped_from is not None:  # the amount recorded on the notice, below the staffel: no calculation
        short = text(lang, "final_costs_short_stated", amount=money(costs.amount))
        return [text(lang, "final_costs_stated", **values) + (" " + text(lang, "part_lowers") if lowers else "")], short
    letter_costs = text(lang, "final_costs", principal=principal, basis=basis, **values)
    # The amount stated is what will be charged (art. 6:96 lid 6 BW): the VAT in it, where charged, is said.
    letter_costs += minimum_sentence(costs.principal, lang, costs.vat > 0) + costs_vat_sentence(claim, lang)
    return (
        [letter_costs + (" " + text(lang, "part_lowers") if lowers else "")],
        text(lang, "final_costs_short", amount=money(costs.amount), principal=principal, basis=basis)
        + costs_vat_sentence(claim, lang),
    )


def _states_none(claim: Claim) -> bool:
    """Whether a final notice states no costs (`_no_costs`): none charged, and none it or an earlier one announces."""
    costs = claim.costs
    return costs.state != CostsState.CHARGED and (costs.state != CostsState.ANNOUNCED or costs.from_date is None)


def unagreed_notice(claim: Claim) -> bool:
    """Whether the final notice this letter is (`_the_notice`) was e-mailed to a consumer who had not agreed to it, and
    so states no costs ("Aan deze e-mail verbinden wij geen incassokosten", `_no_costs`): a notice that brings them may
    follow (posted, or e-mailed once they agree), so its opening and subject call it no last letter."""
    return _states_none(claim) and not binds(claim.debtor, _the_notice(claim))


def _no_costs(debtor: Debtor, notice: Event, lang: Language) -> str:
    """A final notice that brings no costs says so. E-mailed to a consumer who has not agreed to e-mail, it
    says so of this e-mail only ("Wij rekenen geen incassokosten" would read as giving them up, while a notice
    posted to them, or e-mailed once they agreed, can state costs that bind: claims.timing.binds); with no
    postal address (the one way to reach them) it asks for the address, or their consent."""
    if binds(debtor, notice):
        return text(lang, "no_costs")
    # Sent in the customer portal: "dit bericht", as its term says (channel_variant), not "deze e-mail".
    portal = channel_variant(notice.channel) == "_portal"
    this = text(lang, "no_costs_this_portal" if portal else "no_costs_this_email")
    if debtor.contact_on(notice.date).address:
        return this
    return this + " " + text(lang, "no_costs_ask_address_portal" if portal else "no_costs_ask_address")


def _handover_after(claim: Claim, lang: Language) -> tuple[str, ...]:
    action = claim.next_action
    if action is None or action.kind != ActionKind.HANDOVER:
        return ()
    payment = handover_stopped_by(claim, lang, action)
    return (labels.text(lang, "next_handover_by", payment=payment, date=fmt.day(action.due - DAY, lang)),)


def _handover(claim: Claim, due: DueLetter, *, named_above: bool = True) -> tuple[str, ...]:
    """To whom the claim went, and then what the page's lead says (statement.lead.handover_lead):
    whom to pay, and whom to contact about paying or a plan, with their phone and email. `named_above`: the opening
    named the agency ({agency}, as every shipped handover text does), so the handover's day alone, not "Wij hebben uw
    dossier op ... overgedragen aan ..." a few lines below it again (`handover_terms_unnamed` for one that does not)."""
    lang = claim.debtor.language
    event = due.recorded
    if event is None:  # a handover notice tells the handover it was written for (letters.due)
        raise ValueError(f"a handover notice to {claim.debtor.id} without the handover it tells")
    when = fmt.day(event.date, lang)
    if named_above:
        first = text(lang, "handover_on", date=when)
    elif event.agency:
        first = text(lang, "handover_to", date=when, agency=event.agency)
    else:
        first = text(lang, "handover_to_unnamed", date=when)
    handler = handler_of(claim)
    if handler is None:
        raise ValueError(f"a handover notice to {claim.debtor.id} for a claim not handed over")
    agency = handler_name(handler, lang)
    pay = (
        labels.text(lang, "handover_pay_agency", agency=handler.pay_to.name)
        if handler.pay_to
        else labels.text(lang, "handover_pay_us", agency=agency)
    )
    if not handler.reachable:
        return (first, pay, labels.text(lang, "handover_wait", agency=agency))
    ways = [text(lang, "reach_phone", phone=handler.phone)] if handler.phone else []
    ways += [text(lang, "reach_email", email=handler.email)] if handler.email else []
    call = labels.text(lang, "handover_call", agency=agency)
    return (first, pay, text(lang, "handover_reach", call=call, ways=f" {text(lang, 'reach_or')} ".join(ways)))


def handover_terms_unnamed(claim: Claim, due: DueLetter) -> tuple[str, ...]:
    """A handover notice's own paragraph after an opening that does not name the agency (a site's own text): the
    handover's day with the agency it went to. () for any other letter (LetterView.read_with)."""
    return _handover(claim, due, named_above=False) if due.kind == LetterKind.HANDOVER else ()


def wait_terms_unnamed(ledger: Ledger, claim: Claim, due: DueLetter, form: Channel) -> tuple[str, ...]:
    """A promise's or a plan's confirmation that confirms a wait too (DueLetter.wait), its own paragraph after an
    opening that does not say the wait granted ({asked_to_wait}), as every shipped text: the wait granted in it.
    () for any other letter (LetterView.read_with)."""
    return letter_terms(ledger, claim, due, form, wait_named=False)[1] if due.wait is not None else ()


def pause_terms_unnamed(creditor: Creditor, claim: Claim, due: DueLetter) -> tuple[str, ...]:
    """The wait's confirmation's own paragraph after an opening that does not say the wait granted ({asked_to_wait},
    a site's own text): the wait by who asked, with its last day, then a final notice's term running on.
    () for any other letter (LetterView.read_with)."""
    return _pause(claim, creditor, named_above=False) if due.kind == LetterKind.PAUSE else ()


def _pause(claim: Claim, creditor: Creditor, *, named_above: bool) -> tuple[str, ...]:
    """The wait's confirmation's own paragraph: a final notice's term that runs on, with its costs after it (the
    law's term, not a step of ours: the wait does not hold it); below an opening that does not say the wait
    (`named_above` False), the wait granted first, as the page says it (statement.steps.wait_granted)."""
    lang = claim.debtor.language
    granted = None if named_above else wait_granted(claim, lang)
    said = [line for line in (granted, wait_term_runs(claim, creditor, lang)) if line]
    return (" ".join(said),) if said else ()


def _installment_missed(claim: Claim, deadline: date | None, creditor: Creditor, form: Channel) -> tuple[str, ...]:
    """The reminder of a plan's missed instalment: which one, its amount and date, what is open, and
    pay it by the day before the next step (the core's, with this reminder recorded). Missed after the final
    notice over the plan, in its term: what is open of the instalment, and what the notice asks
    (`_notice_still_asks`), as the page asks it."""
    lang = claim.debtor.language
    money = partial(fmt.money, lang=lang)
    day = partial(fmt.day, lang=lang)
    plan = claim.running_plan
    missed = plan.missed_installment
    under = plan_under_final_notice(claim)
    arrears = money(claim.amount_due_now if under else amount_to_pay(claim))
    key = _MISSED_INSTALLMENTS[plan.arrears_kind]
    if key in _NOT_RECEIVED and returned_now(claim):  # paid, and the bank took it back: not "nog niet ontvangen"
        key = f"{key}_returned"
    first = text(
        lang,
        key,
        made=day(plan.event.date),
        date=day(missed.installment.due),
        amount=money(missed.installment.amount),
        missed=missed_named(claim, lang),
        paid=money(plan.missed_paid),
        open=arrears,
    )
    if under:
        return (first, _notice_still_asks(creditor, claim, deadline, form))
    # "Your next instalments stay as agreed" only while one is still to come; "Dan heeft u alle termijnen van uw
    # regeling betaald" only when none is past its day unseen (demand.unseen_not_asked), which also_due names.
    to_come = any(i.state == InstallmentStatus.UPCOMING for i in plan.installments)
    unseen = not to_come and bool(unseen_not_asked(claim))
    key = "installment_pay" if to_come else "installment_pay_unseen" if unseen else "installment_pay_last"
    key = key if deadline else f"{key}_asap"
    if not unseen:  # "uw volgende termijn blijft" of one still to come; a plan of one is paid in full
        key = instalment_key(claim, key, counting="upcoming" if to_come else "all")
    asked = _asked(claim, arrears)
    pay = text(lang, key, open=asked, date=day(deadline)) if deadline else text(lang, key, open=asked)
    return (first, pay, *also_due(claim, deadline, lang))


def _asked(claim: Claim, arrears: str) -> str:
    """What the ask under the missed instalments' line names: the sum open, unless that line just said it (part paid,
    or more than one missed: "Samen is dat EUR 800,00. Wilt u EUR 800,00 ..." said it twice), then "dat bedrag". One
    instalment nothing of which came is named with its own amount, which need not be the sum: that ask keeps it."""
    if claim.running_plan.arrears_kind == ArrearsKind.UNPAID:
        return arrears
    return text(claim.debtor.language, "installment_that_amount")


def _notice_still_asks(creditor: Creditor, claim: Claim, deadline: date | None, form: Channel) -> str:
    """Beside an instalment missed after the final notice over the plan, in its term: the notice still asks what is
    overdue, this instalment included; the amount the letter's box and the page ask, by the letter's day, and what
    stops the costs by the term's last day. Not "Dan heeft u alle termijnen van uw regeling betaald" over the
    instalment alone beside "Uw termijn alleen houdt die niet tegen": that left the debtor short and owing them."""
    lang = claim.debtor.language
    asked = fmt.money(amount_to_pay(claim), lang)
    costs = claim.costs
    if not _still_said(creditor, claim, deadline, form):
        # Read after the term: the day the letter gives, and the costs as they stand since (`_term_ended`), with
        # "Uw termijn alleen hield die niet tegen" only when the instalments due in the term fell short of what
        # stopped them (statement.tables.plan_costs_variant).
        pay = text(lang, "installment_pay_notice_ended", asked=asked, date=fmt.day(deadline, lang))
        return " ".join((pay, *_term_ended(creditor, claim, form, LetterKind.INSTALLMENT_REMINDER)))
    more = "_more" if several_missed(claim) else ""  # "ook deze termijnen", of those the line above names
    if deadline is None or costs.state != CostsState.ANNOUNCED or costs.owed_from is None:
        return text(lang, f"installment_pay_notice_asap{more}", asked=asked)
    return text(
        lang,
        f"installment_pay_notice{more}",
        asked=asked,
        date=fmt.day(deadline, lang),
        last_day=fmt.day(costs.owed_from - DAY, lang),
        what=costs_stopped_by(claim, lang)[0],
        amount=costs_at_most(claim, creditor, lang),
    )


def _still_said(creditor: Creditor, claim: Claim, deadline: date | None, form: Channel) -> bool:
    """Whether the reminder under the final notice over the plan says beside what it asks that the notice still
    applies (`_notice_still_asks`): not once read after its term, when it says the term ran."""
    return deadline is None or not notice_gone_unread(creditor, claim, form)


def _installment_next(ledger: Ledger, claim: Claim, form: Channel) -> tuple[str, ...]:
    """What follows when the missed instalment stays unpaid: the core's next step, by its date, and
    when that step is the final notice, the costs it will announce (as the page says them). While the core
    takes none yet (a rest under the chase minimum is all that is overdue besides the plan), the first step it
    will take (`claim_when_chased`), not "we will contact you"."""
    creditor, lang = ledger.creditor, claim.debtor.language
    arrears = fmt.money(amount_to_pay(claim), lang)
    waits = claim.next_action is None and not claim.closed
    step = missed_step(claim_when_chased(ledger, claim, claim.as_of) if waits else claim)
    deadline = letter_deadline(creditor, claim, form)
    if deadline is None:
        line = text(lang, "installment_next_asap", open=arrears, step=step)
    else:
        # The step comes no earlier than the page says (the handover after this reminder + its days, say, later than
        # the notice's last day the letter asks by): the letter names that day, not one the page contradicts.
        eve = None if waits else next_step_eve(claim, creditor)
        day = max(deadline, eve) if eve is not None else deadline
        line = text(lang, "installment_next", open=arrears, date=fmt.day(day, lang), step=step)
    action = claim.next_action
    if action is None or action.kind not in (ActionKind.FINAL_NOTICE, ActionKind.CALL):
        return (line,)
    return (line, *final_notice_forecast(claim, creditor, lang, deadline or claim.as_of - DAY))


def this_letter(lang: Language, form: Channel) -> str:
    """How a letter names itself: "deze brief", or as an e-mail "deze e-mail"."""
    return text(lang, "this_email" if form == Channel.EMAIL else "this_letter")


def when_to_call(creditor: Creditor, claim: Claim, kind: str, form: Channel) -> str:
    """When a reminder of a missed instalment (a plan's, a settlement's) asks a debtor who cannot pay to call or mail:
    "het liefst vóór de datum hieronder", the day its box asks payment by, while that day is after the one the letter
    is read (claims.timing.letter_received: by post days later, an e-mail the day it is sent); else, that day read on
    or gone by then (a settlement's reminder on its last day of grace, a plan's whose next step is a day away), or no
    day in the box, "zo snel mogelijk"."""
    # The box's day as letter_terms gives it: a settlement's reminder the page's top's, the others `_agreed`'s.
    settlement = kind == LetterKind.SETTLEMENT_REMINDER
    by = payment_deadline(claim, creditor) if settlement else letter_deadline(creditor, claim, form)
    read = letter_received(creditor, claim.debtor, claim.as_of, form)
    return text(claim.debtor.language, "when_to_call" if by is not None and by > read else "when_to_call_soon")


def this_notice(lang: Language, form: Channel, *, unagreed: bool = False) -> str:
    """How a final notice that binds says what it is: "Dit is onze laatste brief (sommatie)", or as an e-mail
    (agreed with a consumer, or a business's) "Dit is onze laatste e-mail (sommatie)", as the page names it an
    e-mail, not a "brief". `unagreed` (`unagreed_notice`: e-mailed to a consumer without their consent, a notice
    that brings costs may follow): no last letter, "Wij vragen u nu om te betalen binnen een vaste termijn
    (sommatie)", as `final_notice_unagreed.md` says it. Without a full stop: an opening goes on after it."""
    if unagreed:
        return WORDS[lang]["this_notice_unagreed"]
    return WORDS[lang]["this_notice_email" if form == Channel.EMAIL else "this_notice_letter"]


def _wait_too(claim: Claim, creditor: Creditor, form: Channel, due: DueLetter, *, named_above: bool) -> tuple[str, ...]:
    """The wait asked for that this promise's or plan's confirmation says too (DueLetter.wait: first seen with it,
    it gets no letter of its own), in the words its own letter has: granted, by role, with its last day; that this
    letter confirms it; a final notice's term running on; and that it changes nothing of the promise or the plan.
    Below an opening that says the wait granted (`named_above`: a site's own text with {asked_to_wait}), not again:
    "Ook het wachten bevestigen wij ..." stands alone. What a miss brings only after it, the confirmation's own line
    says ("..., maar pas na ..."). () without one."""
    lang = claim.debtor.language
    granted = wait_granted(claim, lang) if due.wait is not None else None
    if granted is None:
        return ()
    this = this_letter(lang, form)
    said = [text(lang, "wait_confirmed_named", this=this)] if named_above else [granted]
    said += [] if named_above else [text(lang, "wait_confirmed_too", this=this)]
    said += [term] if (term := wait_term_runs(claim, creditor, lang)) else []
    if due.kind == LetterKind.PROMISE:
        said.append(labels.text(lang, "asked_wait_promise", date=fmt.day(claim.pending_promise.promised_date, lang)))
    else:
        said.append(labels.text(lang, instalment_key(claim, "asked_wait_plan")))
    return (" ".join(said),)


def _promise(
    ledger: Ledger, claim: Claim, form: Channel, costs: tuple[str, ...], wait: tuple[str, ...] = ()
) -> tuple[str, ...]:
    lang = claim.debtor.language
    promise = claim.pending_promise  # the pending promise, new to this build (letters.due.FirstSeen)
    day = partial(fmt.day, lang=lang)
    promised = promise.promised_date
    amount = fmt.money(amount_to_pay(claim), lang)
    values = dict(made=day(promise.event.date), date=day(promised), amount=amount, this=this_letter(lang, form))
    key = "promise_confirm_whole" if promise.whole_balance else "promise_confirm"
    if not promise.whole_balance and promise.paid > 0:
        # Part of it paid since: what was promised, and what is left of it; not the rest as if it were the promise.
        values.update(promised=fmt.money(promise.amount, lang), paid=fmt.money(promise.paid, lang))
        key = "promise_confirm_rest"
    rest = _promise_rest(ledger, claim, amount, form)
    missed = claim_when_chased(ledger, claim, promised + DAY)
    return (
        text(lang, key, **values) + rest,
        *costs,
        text(lang, "promise_hold", date=day(promised)),
        *wait,  # a wait asked for, first seen with the promise (`_wait_too`): before what a miss brings after it
        _promise_missed(claim, amount, missed, (ledger.creditor, form), asked=asks_applies(claim, rest)),
    )


def promise_tell(creditor: Creditor, claim: Claim, form: Channel) -> str:
    """When a promise's confirmation asks the debtor to say they cannot pay in time, as the page's promise_next does
    while the day is ahead: "vóór" the promised day, while it comes after the day the letter is read
    (claims.timing.letter_received: by post days later, to an address abroad days later still: a promise of a week
    ahead is read after its day); an e-mail of the promised day itself, "vandaag nog"; else, read on that day or
    after it, "zo snel mogelijk", not a day gone by."""
    lang, promised = claim.debtor.language, claim.pending_promise.promised_date
    read = letter_received(creditor, claim.debtor, claim.as_of, form)
    if promised > read:
        return labels.text(lang, "tell_before", date=fmt.day(promised, lang))
    return labels.text(lang, "tell_today" if promised == read == claim.as_of else "tell_soon")


def _promise_rest(ledger: Ledger, claim: Claim, amount: str, form: Channel) -> str:
    """What is left after a promise of part, and what follows for it, after a space; or nothing: the page's rule
    (statement.steps.promise_rest) in the letter's words. The rest is named as of the day of this letter or e-mail
    (`form`: an e-mail never calls itself a letter)."""
    said = promise_rest(ledger, claim)
    if said is None:
        return ""
    lang = claim.debtor.language
    values = dict(rest=fmt.money(said.rest, lang), amount=amount, step=said.step)
    values["rest_letter"] = rest_letter_named(claim.debtor, lang)  # as it would come: an e-mail is no "brief"
    values["plan_offer"] = plan_offer(claim, lang)  # the counsellor's (administrator's) proposal, as the page says
    values.update(total=fmt.money(claim.total_due, lang), date=fmt.day(claim.pending_promise.promised_date, lang))
    if said.handed_over is not None:
        values["day"] = fmt.day(said.handed_over, lang)
    values["rest_day"] = fmt.day(said.letter_after or claim.pending_promise.promised_date, lang)
    undecided = "_undecided" if replaced_undecided(claim) is not None else ""  # the top asks whether it applies
    return " " + text(lang, f"promise_rest{said.asked}{undecided}", this=this_letter(lang, form), **values)


def _promise_missed(
    claim: Claim, amount: str, missed: Claim, sent: tuple[Creditor, Channel], *, asked: bool = False
) -> str:
    """What follows a promise missed: the sum that keeps it named as the page names it (demand.promise_kept_by:
    "ten minste" the balance of its day, for a promise of the whole whose balance has grown since), not today's
    amount asked, or the letter threatens the next step over a payment that keeps the promise. `asked`: the rest
    said before it asked whether the promise applies (`_promise_rest`), and this follows from it. `sent`: the
    creditor, and the form the letter goes in (`promise_tell`)."""
    lang = claim.debtor.language
    creditor, form = sent
    day = fmt.day(claim.pending_promise.promised_date, lang)
    tell = promise_tell(creditor, claim, form)
    values = dict(date=day, step=_missed_step_in_term(claim, missed, creditor), tell=tell)
    keeps = promise_kept_by(claim)
    if keeps is None:
        # While a settlement it replaced may still hold, the box asks whether the promise applies: as it does.
        key = "promise_missed_undecided" if replaced_undecided(claim) is not None and not asked else "promise_missed"
        return text(lang, key, amount=amount, **values)
    return text(lang, "promise_missed_least", amount=fmt.money(keeps, lang), **values)


def _missed_step_in_term(claim: Claim, missed: Claim, creditor: Creditor) -> str:
    """The step a missed promise leads to (`missed_step`); a handover held back by the final notice's term, which
    ends after the promised day, with that term's last day: nothing happens before it. The page says that day
    beside the promise; a letter saying only "wij kunnen uw dossier overdragen" read as if it came the day after."""
    action, notice = missed.next_action, claim.latest_notice
    if action is None or action.kind != ActionKind.HANDOVER or notice is None:
        return missed_step_held(missed)  # with a wait asked for that holds it back: "..., maar pas na ...", as the page
    end = notice_term_end(creditor, claim.debtor, notice)
    if end <= claim.pending_promise.promised_date:
        return missed_step_held(missed)
    lang = claim.debtor.language
    # Named as it went: "onze sommatie per e-mail" is no "brief" (statement.tables.notice_named).
    named = notice_named(notice, lang, "the_notice", claim.debtor)
    return text(lang, "missed_handover_after_term", day=fmt.day(end, lang), notice=named)


def _after_the_missed_reminder(ledger: Ledger, missed: Claim) -> str:
    """What follows when a missed instalment's reminder goes unanswered too, as the core will count it:
    `missed` reminded on its day, nothing paid; the usual steps go on from where the dossier stood
    (a dunning letter, the final notice or the handover). Nothing to say when no reminder comes first."""
    action = missed.next_action
    if action is None or action.kind != ActionKind.REMIND_INSTALLMENT:
        return ""
    reminded = claim_if_missed(ledger, missed, max(action.due, missed.as_of))
    after = claim_after(ledger, reminded, DueLetter(LetterKind.INSTALLMENT_REMINDER), Channel.LETTER)
    step = after.next_action
    if step is None:
        return ""
    lang = missed.debtor.language
    if step.kind in (ActionKind.CALL, ActionKind.FINAL_NOTICE):
        # Costs follow that notice's term only if it brings any (none under costs announced or charged).
        variant = notice_variant(after)  # as it would come: an e-mail is no "laatste brief"
        costs = notice_costs_ahead(after, ledger.creditor) > 0 and variant != "_unagreed"  # that one states none
        return " " + text(lang, "plan_then_final_notice" + ("_costs" if costs else "") + variant)
    return " " + text(lang, "plan_then", step=missed_step(after))


def _arrangement(ledger: Ledger, claim: Claim, form: Channel, wait: tuple[str, ...] = ()) -> tuple[str, ...]:
    lang = claim.debtor.language
    plan = claim.running_plan  # the running plan, new to this build (letters.due.FirstSeen)
    total = sum((i.installment.amount for i in plan.installments), ZERO)
    upcoming = plan.next_open
    first_due = upcoming.installment.due if upcoming is not None else claim.as_of
    # (Confirmed late, after a dispute was answered, say: what a miss leads to from today.)
    missed = claim_when_chased(ledger, claim, max(first_due + DAY, claim.as_of))
    coverage = _coverage(ledger, claim, form)
    undecided, asked = replaced_undecided(claim) is not None, asks_applies(claim, coverage)
    lines = [
        text(
            lang,
            "plan_confirm_one" if len(plan.installments) == 1 else "plan_confirm",
            made=fmt.day(plan.event.date, lang),
            count=fmt.in_words(len(plan.installments), lang),
            amount=fmt.money(total, lang),
            this=this_letter(lang, form),
        ),
        *_instalment_unread_line(ledger.creditor, claim, form),
        text(lang, instalment_key(claim, "plan_hold")),
        *coverage,
        *wait,  # a wait asked for, first seen with the plan (`_wait_too`): before what a miss brings after it
        text(
            lang,
            # "Betaalt u de termijn niet op tijd?" of one to pay; "Geldt uw betalingsregeling (zie bovenaan), en ..."
            # while a settlement it replaced may still hold (the box asks which), unless what it covers asked it
            instalment_key(claim, "plan_missed_undecided" if undecided and not asked else "plan_missed"),
            step=missed_step_held(missed),  # held back by a wait asked for: "..., maar pas na ...", as the page
            then=_after_the_missed_reminder(ledger, missed),
        ),
    ]
    # Unless the plan's rest, its interest until the last instalment included, was said above; asked before it.
    if ledger.creditor.interest == "statutory" and claim.plan_leaves_open < ledger.creditor.policy.chase_minimum:
        lines.append(plan_interest_line(claim, ledger, lang, asked=True))
    return tuple(lines)


def _instalment_unread_line(creditor: Creditor, claim: Claim, form: Channel) -> tuple[str, ...]:
    """The instalments whose day the letter cannot be acted on by (`instalment_unread`, or, their day gone by before
    it is written, claims.demand.instalments_asked_later): each day as agreed, and, if not paid yet when the letter
    comes, by when to pay (`letter_deadline`, as the box says); a day gone by said in the past, and that paid by then
    it is on time: the letter came late, not the debtor."""
    later = instalments_asked_later(creditor, claim)
    upcoming = instalment_unread(creditor, claim, form) or (later[0] if later else None)
    if upcoming is None:
        return ()
    lang = claim.debtor.language
    when = by_when(claim, letter_deadline(creditor, claim, form), lang, read_today=False)
    said = dict(this=this_letter(lang, form), when=when)
    if len(later) > 1:
        return (text(lang, "plan_instalment_passed_more", instalments=instalments_on_days(claim, later, lang), **said),)
    values = dict(
        instalment=instalment_numbered(claim, upcoming, lang),
        amount=fmt.money(upcoming.installment.amount, lang),
        date=fmt.day(upcoming.installment.due, lang),
    )
    key = "plan_instalment_unread" if upcoming.installment.due >= claim.as_of else "plan_instalment_passed"
    return (text(lang, key, **values, **said),)


def unread_instalment_pay_note(creditor: Creditor, claim: Claim, form: Channel) -> str | None:
    """The payment details' note beside an instalment whose day the letter cannot be acted on by
    (`instalment_unread`): by the box's day (`letter_deadline`), not the page's "No instalment is due right now ...
    by" that day, gone when the letter arrives; nor the page's day for an instalment due before the plan's
    confirmation arrives (claims.demand.instalment_asked_later), when this letter is read sooner. None
    otherwise: the page's note holds."""
    upcoming = instalment_unread(creditor, claim, form) or instalment_asked_later(creditor, claim)
    if upcoming is None:
        return None
    lang = claim.debtor.language
    when = by_when(claim, letter_deadline(creditor, claim, form), lang, read_today=False)
    # The page's words for its note (statement.pay), with the letter's day: one text for both; more than one asked.
    several = len(instalments_asked_later(creditor, claim)) > 1
    key = "plan_qr_unread_more" if several else instalment_key(claim, "plan_qr_unread", counting="all")
    return labels.text(lang, key, amount=fmt.money(amount_to_pay(claim), lang), when=when)


def _coverage(ledger: Ledger, claim: Claim, form: Channel) -> list[str]:
    """What the plan leaves open or that it adds up to more than is open (steps.plan_coverage), as the page says;
    not "more than is open now" of a letter read once the final notice's costs are owed (`term_ends_unread`), when
    those costs are what the instalments hold over what is open today."""
    creditor = ledger.creditor
    lang = claim.debtor.language
    lines = plan_coverage(claim, ledger, lang)
    over = -claim.plan_leaves_open - claim.costs.amount
    if lines and term_ends_unread(creditor, claim, form) and over < creditor.policy.chase_minimum:
        more = labels.text(lang, plan_more_key(claim), total=fmt.money(claim.total_due, lang))
        return [line for line in lines if line != more]  # what the plan leaves is said all the same
    return lines
