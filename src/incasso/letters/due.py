"""Which letters a claim needs on its date, and in which forms (post, e-mail).

A letter step is due on the as-of date when the claim's next action is a
letter (reminder, dunning letter, final notice, the reminder of a plan's
missed instalment) whose day has come: on that
day or any later one, until staff record the step in the ledger. A step left
for days is not lost: every build writes it again, dated that build's day,
with that day's figures and terms. A step recorded on the as-of date keeps
its letter that day, so a second build after recording it writes the same
letter. Confirmations (a promise, a payment plan, a settlement, a wait asked for) and the handover notice are
due on the first build that sees their event, and on any later build that same
day (`FirstSeen`): staff enter the day's agreements after the night's build, so
the next night's build writes them, whatever date the event has.

Never a letter for a claim that is paid, written off, paused (dispute, a
promise not yet due, a plan on schedule, a settlement running) or below the
chase minimum: the escalation policy gives such a claim no letter step
(incasso.claims.escalation). A settlement paid in time closes the claim with
one letter, which says so (`settled`), due as a confirmation is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import partial

from incasso.claims.accord import counted_before, reminded_on, reminder_due, return_reminder_apart
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.claims.states import HANDED_OVER, ActionKind, PlanState, Status
from incasso.claims.timing import confirmation_written
from incasso.ledger.model import (
    INSTANT_CHANNELS,
    Channel,
    Creditor,
    Debtor,
    Event,
    EventType,
    Ledger,
    ReturnedPayment,
    latest,
)
from incasso.statement.steps import asked_pause


class LetterKind(StrEnum):
    """The letters, in the order a dossier meets them; the value names the file and the text."""

    REMINDER = "reminder"
    DUNNING = "dunning"
    FINAL_NOTICE = "final_notice"
    HANDOVER = "handover"
    PROMISE = "promise"
    ARRANGEMENT = "arrangement"
    INSTALLMENT_REMINDER = "installment_reminder"  # a friendly reminder of a plan's missed instalment
    SETTLEMENT = "settlement"  # the confirmation of a settlement (minnelijk akkoord, claims.accord)
    SETTLED = "settled"  # a settlement paid in time: nothing more is owed, the rest is remitted
    SETTLEMENT_REMINDER = "settlement_reminder"  # a settlement's missed instalment, before the settlement lapses
    PAUSE = "pause"  # the wait the debtor or their counsellor asked for, granted: a `postpone` with `asked_by`


LETTER_KINDS: tuple[LetterKind, ...] = tuple(LetterKind)
# The chasing steps that are letters (a call is not), and the events that record them.
STEP_LETTERS = {
    ActionKind.REMINDER: LetterKind.REMINDER,
    ActionKind.DUNNING: LetterKind.DUNNING,
    ActionKind.FINAL_NOTICE: LetterKind.FINAL_NOTICE,
    ActionKind.REMIND_INSTALLMENT: LetterKind.INSTALLMENT_REMINDER,
}
# The letters that are steps: a recorded one keeps the form it was recorded with.
STEPS = (LetterKind.REMINDER, LetterKind.DUNNING, LetterKind.FINAL_NOTICE, LetterKind.INSTALLMENT_REMINDER)
RECORDED_STEPS = {
    EventType.REMINDER: LetterKind.REMINDER,
    EventType.DUNNING: LetterKind.DUNNING,
    EventType.FINAL_NOTICE: LetterKind.FINAL_NOTICE,
}
# The two forms a letter takes: a PDF to post, an e-mail to send.
FORMS = (Channel.LETTER, Channel.EMAIL)


@dataclass(frozen=True)
class DueLetter:
    """A letter due on the claim's date; `recorded` is its event when staff already entered it."""

    kind: LetterKind
    recorded: Event | None = None
    # A promise's or a plan's confirmation first due with the confirmation of a wait asked for (a `postpone` with
    # `asked_by`): that `postpone`, which this letter confirms too; no `pause` letter is written (`letters_due`).
    wait: Event | None = None

    @property
    def sent(self) -> Event | None:
        """The event of a step staff recorded today: that letter went out already. A confirmation's
        `recorded` is the promise, plan or handover it confirms, not the letter: None for it."""
        return self.recorded if self.kind in STEPS else None


@dataclass(frozen=True)
class FirstSeen:
    """What the previous builds recorded (confirmations.json), per debtor id: the day a build first saw each
    confirmation's event (`confirmation_key`) and first wrote each step letter (`step_key`). `days` None: no
    record (a first build, or a check without the staff output), and an event counts as first seen on its own
    date; with `since` (the record went missing, but a build as of that day was made), an event dated on or
    after it counts as new today: that build ran before staff wrote it down. It keeps too the day the bank booked
    each payment it took back, as a build read it (`booked`)."""

    days: Mapping[str, Mapping[str, date]] | None = None
    since: date | None = None
    # The day the previous build into this internal output was as of (None: no build, or not known): a step's
    # letter due by then was written by it too (the same day's as well), and may have gone out unrecorded.
    built: date | None = None
    # Whether the record names every debtor the build saw (none: the build did not have the file) and the step
    # letters it wrote (`step_key`); a record an older version wrote named only debtors with confirmations.
    complete: bool = False

    def day(self, debtor_id: str, kind: LetterKind, event: Event, as_of: date) -> date:
        """When a build first saw it: as recorded; never recorded, then today (new since the last build)."""
        if self.days is None:
            return as_of if self.since is not None and event.date >= self.since else event.date
        held = self.days.get(debtor_id)
        if held is None and self.complete:
            # A dossier the last build did not have (added since, or a first build after the demo's): what was
            # dated before that build's day is history, not new to confirm; what is dated since, new today.
            return as_of if self.built is not None and event.date >= self.built else event.date
        return _held_day(held or {}, kind, event) or as_of

    def step_written(self, claim: Claim, kind: LetterKind) -> date | None:
        """The day a build first wrote this step's letter for `claim`, when an earlier build did: it may have
        gone out unrecorded. Without a record of steps, the step's own day when the last build was as of
        it or later (that build wrote it, unless the step was not due then: paid, paused, not yet a dossier)."""
        action = claim.next_action
        if action is None or self.built is None:
            return None
        if not self.complete or self.days is None:
            return action.due if action.due <= self.built else None
        # In the last build's record: that build, or one before it, wrote it (a rebuild the same day too).
        return self.days.get(claim.debtor.id, {}).get(step_key(kind, action.due))

    def first_seen(self, debtor_id: str, as_of: date) -> date | None:
        """The day a build first saw the dossier, where the record knows it: as recorded, or `as_of` for one a
        complete record does not hold (new since the last build). None without a record, or for a dossier the
        record held before it kept the day: it is older than that, and nothing is said of it."""
        if self.days is None:
            return None
        held = self.days.get(debtor_id)
        if held is None:
            return as_of if self.complete else None
        return held.get(FIRST_SEEN)

    def unwritten(self, debtor_id: str, kind: LetterKind, event: Event, as_of: date) -> date | None:
        """The day of the first build that had this promise, plan or handover but wrote no letter for it (its
        confirmation, the handover notice): it was already there (a first build, a dossier new since the last
        one) and dated before that build's day, so it is history, not new (`day`). None when a build wrote it,
        or when it is not known: a record that went missing (`since`), or one an older version wrote that kept
        no such day."""
        key = confirmation_key(kind, event)
        found = self.days.get(debtor_id, {}).get(UNWRITTEN + key) if self.days is not None else None
        if found is not None or self.recorded(debtor_id, kind, event) is not None or self.since is not None:
            return found
        return as_of if self.day(debtor_id, kind, event, as_of) < as_of else None

    def recorded(self, debtor_id: str, kind: LetterKind, event: Event) -> date | None:
        """The day the previous build recorded first seeing it; None when it did not (or kept no record)."""
        if self.days is None:
            return None
        return _held_day(self.days.get(debtor_id, {}), kind, event)

    def booked(self, debtor_id: str, returned: ReturnedPayment) -> date | None:
        """The day the bank booked the payment `returned` took back, as a build read it from the statement that held
        it (`booked_key`); None when no build into this staff output did (or it kept no record)."""
        if self.days is None:
            return None
        return self.days.get(debtor_id, {}).get(booked_key(returned))


def _held_day(held: Mapping[str, date], kind: LetterKind, event: Event) -> date | None:
    """The day a debtor's record (`held`) says a build first saw `event`'s letter. The reminder of a payment taken
    back on or after the day the instalment's own reminder falls (`Event.of_return`) has a key of its own since s60
    (since s64 also where the return came after that day); a record of before keeps it under the plain key of the
    return's day, which stands for it where a build first wrote it after that day: only a build after the return's
    day can have read the return (the one of that day may have written the own reminder)."""
    found = held.get(confirmation_key(kind, event))
    if found is None and event.of_return:
        plain = held.get(confirmation_key(kind, replace(event, of_return=False)))
        found = plain if plain is not None and plain > event.date else None
    return found


NO_RECORD = FirstSeen()
# In a debtor's record: the first day a build did not find the debtor's file (never a confirmation_key).
AWAY = "away-since"
AWAY_DAYS = timedelta(days=30)  # a file away this long is taken as gone: its debtor leaves the record
# In a debtor's record: the day a build first saw the dossier (kept from the first record that knew it).
FIRST_SEEN = "first-seen"
# In a debtor's record, before a confirmation_key: the day of the first build that had that promise, plan or
# handover and wrote no letter for it (FirstSeen.unwritten), kept so that later builds' dossier pages say so too:
# staff send it by hand if it needs sending.
UNWRITTEN = "unwritten:"


def confirmation_key(kind: LetterKind, event: Event) -> str:
    """The event and what its letter confirms: corrected later (another date, amount, schedule or
    agency) it is a new one to confirm, in writing as it now stands."""
    if kind == LetterKind.PROMISE:
        terms = f"{event.promised_date}:{event.amount if event.amount is not None else 'all'}"
    elif kind == LetterKind.ARRANGEMENT:
        terms = ",".join(f"{i.due}={i.amount}" for i in event.installments)
    elif kind in (LetterKind.SETTLEMENT, LetterKind.SETTLED, LetterKind.SETTLEMENT_REMINDER):
        schedule = ",".join(f"{i.due}={i.amount}" for i in event.installments) or str(event.pay_by)
        # A payment's return on or after the day of the instalment's own reminder: another letter than that one.
        terms = f"{event.amount}:{schedule}" + (RETURN_MARK if event.of_return else "")
    elif kind == LetterKind.PAUSE:
        terms = f"{event.until}:{event.asked_by}"  # another last day, or another who asked: granted anew
    else:
        terms = event.agency or ""
    return f"{kind}:{event.date.isoformat()}:{terms}"


# After a settlement reminder's key: it reminds of a payment taken back on or after the day its own reminder falls.
RETURN_MARK = ":taken-back"


def booked_key(returned: ReturnedPayment, paid: date | None = None) -> str:
    """A payment the bank took back in the record, by the day of its return, its own day (`paid`, else its
    `ReturnedPayment.paid`) and its amount: the same payment whether a statement read took it back or staff wrote it
    so (`returned:`), with its bank entry or without; its value is the day the bank booked the payment
    (ReturnedPayment.booked)."""
    day = paid or returned.paid
    return f"{BOOKED_PREFIX}{returned.returned.isoformat()}:{day.isoformat()}:{returned.amount:.2f}"


BOOKED_PREFIX = "booked:"


def step_key(kind: LetterKind, due: date) -> str:
    """A step's letter in the record, by the day the step fell due: the next step, or the same one due again
    after it was recorded, is another letter."""
    return f"{STEP_PREFIX}{kind}:{due.isoformat()}"


STEP_PREFIX = "step:"


def confirmations(claim: Claim) -> tuple[tuple[LetterKind, Event], ...]:
    """The events `claim` has a confirming letter for: its pending promise, its running plan, its handover, and
    the wait the debtor or their counsellor asked for while it holds a step back (statement.steps.asked_pause, as
    the page says it): a counsellor who asked by phone has it on paper. Staff's own `postpone` gets none. Found once
    a claim (Claim.answer): a build asks it eight times of each, for the day's letters, the pages and the record."""
    return claim.answer(_CONFIRMATIONS, partial(_confirmations, claim))


_CONFIRMATIONS = ("confirmations",)  # the question `confirmations` asks of a claim


def _confirmations(claim: Claim) -> tuple[tuple[LetterKind, Event], ...]:
    found = []
    # A promise or plan standing after a handover or legal step was agreed since, with the agency or the
    # bailiff (claims.agreements ends those before it): they confirm it, not we.
    ours = claim.stage not in HANDED_OVER
    if ours and claim.status == Status.PROMISE and claim.promise is not None:
        found.append((LetterKind.PROMISE, claim.promise.event))
    if ours and claim.status == Status.ARRANGEMENT and claim.plan is not None:
        found.append((LetterKind.ARRANGEMENT, claim.plan.event))
    found += _settlement_letters(claim)
    handover = latest(claim.events, EventType.HANDOVER)
    # A handover the claim's stage does not count (dated before anything it could hand over was due) hands
    # nothing over: no notice tells it (check says it follows no final notice).
    if handover is not None and not claim.paused and not ours:
        found.append((LetterKind.HANDOVER, handover))
    pause = asked_pause(claim)
    if pause is not None:
        found.append((LetterKind.PAUSE, pause))
    return tuple(found)


def _settlement_letters(claim: Claim) -> list[tuple[LetterKind, Event]]:
    """A running settlement's confirmation and the reminder of a missed instalment of it, or the letter that it was
    paid in time (claims.accord). The reminder's event is the settlement dated the day the instalment is reminded of
    (its day plus policy.reminder_after_days, or the day the bank booked the return of its payment: Accord.reminder_day,
    while that is before the settlement lapses): one for each. The settled
    letter's event is the settlement dated the day it was paid in full: that is the news it tells, first seen then
    (`FirstSeen.day`), and a record of it never stands for the settlement's confirmation. None after a handover (a
    settlement then would be the agency's: claims.accord.latest_settlement)."""
    accord = claim.accord
    if accord is None or claim.stage in HANDED_OVER:
        return []
    if claim.status == Status.SETTLEMENT:
        found = [(LetterKind.SETTLEMENT, accord.event)]
        reminder = accord.reminder_day
        if reminder is not None and reminder <= claim.as_of and accord.missed is not None:
            # Not a step (no `reminder` to record): the stage a lapse goes on from stays the one reached before.
            due = accord.missed.installment.due
            start = accord.counts_from(due)
            of_return = return_reminder_apart(accord.event, due, start, accord.remind_after)
            found.append((LetterKind.SETTLEMENT_REMINDER, replace(accord.event, date=reminder, of_return=of_return)))
        return found
    if claim.status == Status.SETTLED and accord.ended_on is not None:
        return [(LetterKind.SETTLED, replace(accord.event, date=accord.ended_on))]
    return []


# The letters written for a closed claim: the settled one is the news that it closed.
CLOSED_LETTERS = (LetterKind.SETTLED,)


def confirmed_as_written(ledger: Ledger, claims: list[Claim], seen: FirstSeen) -> tuple[Ledger, list[Claim]]:
    """The ledger and its claims with each running plan whose confirmation a build first wrote later than the night
    after the plan (entered late: `FirstSeen.day`, tonight for one new to this build) marked with that day
    (`Event.confirmed`), and each settlement whose missed instalment's reminder a build first wrote later than its
    day (the bank statements showed it missed late) marked with the day it was written (`Event.reminded`), and those
    debtors' claims assessed again: the page, the letters and the core's reminder of an instalment count from the day
    the debtor could read the plan (claims.timing.confirmation_received), not from a night before any build had it;
    a settlement's grace counts from the day its reminder was written (claims.accord.grace_ends), not from a day no
    build wrote it on. Nothing changes for the others (as given, the same objects)."""
    late: dict[str, dict[Event, Event]] = {}
    for claim in claims:
        marks = {}
        if (plan := _written_late(claim, seen)) is not None:
            marks[plan[0]] = replace(plan[0], confirmed=plan[1])
        marks.update(_reminded_late(ledger, claim, seen))
        if marks:
            late[claim.debtor.id] = marks
    if not late:
        return ledger, claims
    debtors = tuple(_marked(d, late[d.id]) if d.id in late else d for d in ledger.debtors)
    marked = replace(ledger, debtors=debtors)
    by_id = {d.id: d for d in debtors}
    again = [assess(marked, by_id[c.debtor.id], c.as_of) if c.debtor.id in late else c for c in claims]
    return marked, again


def _written_late(claim: Claim, seen: FirstSeen) -> tuple[Event, date] | None:
    """The running plan and the day a build first wrote its confirmation (`FirstSeen.day`), when later than the day it
    is assumed written (claims.timing.confirmation_written); None otherwise, and for a plan no letter of ours
    confirms (one agreed with the agency after a handover)."""
    for kind, event in confirmations(claim):
        if kind == LetterKind.ARRANGEMENT:
            day = seen.day(claim.debtor.id, kind, event, claim.as_of)
            return (event, day) if day > confirmation_written(event) else None
    return None


def _reminded_late(ledger: Ledger, claim: Claim, seen: FirstSeen) -> dict[Event, Event]:
    """Each settlement of the claim (in instalments, or by one day whose payment the bank took back after it: its sum
    missed from the return, claims.accord.counted_from) and the same marked with each instalment whose
    missed-instalment reminder a build first wrote later than the day it is reminded of (claims.accord.reminder_due),
    with that build's day: as the record says, or tonight for the latest's written tonight (`_settlement_letters`).
    Every instalment, not only the one missed now: one paid in its longer grace is judged by that grace on every later
    night. Every settlement, not only the latest: a later one agreed while an earlier one still ran in such a grace is
    one too many (claims.accord.Accord.beside). None marked when none was written late (without a record, a first
    build or a check, each counts as written on its day)."""
    accord = claim.accord
    if accord is None:
        return {}
    creditor, debtor, event = ledger.creditor, claim.debtor, accord.event
    tonight = {e.date for kind, e in _settlement_letters(claim) if kind == LetterKind.SETTLEMENT_REMINDER}
    marks = {}
    # The days its terms count from where not their own (Accord.restarted): `_written_reminders` reads the rest as is.
    if found := _written_reminders(creditor, debtor.id, event, dict(accord.restarted), seen, (tonight, claim.as_of)):
        marks[event] = replace(event, reminded=found)
    returned = ledger.bank_returned.get(debtor.id, ())
    settlements = [e for e in claim.events if e.type == EventType.SETTLEMENT]
    before = settlements[: settlements.index(event)] if event in settlements else []
    # Each judged on what was known before the one after it (claims.accord._running_before).
    for earlier, following in zip(before, settlements[1:], strict=False):
        starts = counted_before(creditor, debtor, earlier, following.date, returned)
        if found := _written_reminders(creditor, debtor.id, earlier, starts, seen, None):
            marks[earlier] = replace(earlier, reminded=found)
    return marks


def _written_reminders(
    creditor: Creditor,
    debtor_id: str,
    event: Event,
    starts: dict[date, date],
    seen: FirstSeen,
    tonight: tuple[set[date], date] | None,
) -> tuple[tuple[date, date], ...]:
    """Each day the settlement `event`'s missed term counts from (its own, or the return's: `starts`) whose reminder a
    build first wrote later than the day it is reminded of, with that build's day. An instalment whose payment the
    bank took back counts from the return (Accord.counts_from): its reminder then is one of its own; the one before
    it, if any, still sets the grace it had. The sum by one day (`pay_by`) has a reminder only counted from such a
    return. `tonight`: the reminders' days written tonight and tonight's day (the latest settlement's only)."""
    # Each term's day and the day it counts from: its own, and the return's where the bank took its payment back.
    terms = sorted({(i.due, d) for i in event.installments for d in _reminded_from(creditor, i.due, starts)})
    if event.pay_by is not None and starts.get(event.pay_by, event.pay_by) != event.pay_by:
        terms = [(event.pay_by, starts[event.pay_by])]
    found = []
    for due, start in terms:
        of_return = return_reminder_apart(event, due, start, creditor.policy.reminder_after_days)
        reminder = replace(event, date=reminded_on(creditor, due, start), of_return=of_return)
        if tonight is not None and reminder.date in tonight[0]:
            day: date | None = seen.day(debtor_id, LetterKind.SETTLEMENT_REMINDER, reminder, tonight[1])
        else:
            day = seen.recorded(debtor_id, LetterKind.SETTLEMENT_REMINDER, reminder)
        if day is not None and day > reminder.date:
            found.append((start, day))
    return tuple(found)


def _reminded_from(creditor: Creditor, due: date, starts: dict[date, date]) -> tuple[date, ...]:
    """The days the reminders of a settlement's instalment of day `due` count from: its own, and the return's where
    the bank took back after it a payment that had met it (`starts`, claims.accord.counted_from). Its own day's
    reminder is one of its own only when it falls before the return: a return on that very day (reminder_after_days 1,
    the payment taken back the day after the instalment) or later still leaves the instalment met until the return,
    and the one reminder is the return's, recorded once (until s60 it was recorded twice, under its one day, as if
    its own day's had been written late too)."""
    start = starts.get(due, due)
    if start == due:
        return (due,)
    return (due, start) if reminder_due(creditor, due) < start else (start,)


def _marked(debtor: Debtor, marks: dict[Event, Event]) -> Debtor:
    """`debtor` with its events as marked (`Event.confirmed`, `Event.reminded`)."""
    return replace(debtor, events=tuple(marks.get(e, e) for e in debtor.events))


def booked_as_recorded(ledger: Ledger, seen: FirstSeen) -> Ledger:
    """The ledger with the day the bank booked each payment it took back (ReturnedPayment.booked) that no statement
    read says any more, as a build into this staff output read it (`FirstSeen.booked`): its statement archived, or
    the return written by staff (`returned:`) with its credit's statement gone. That day decides whether the return's
    reminder of a plan's instalment is due on the return's day or the day after (claims.agreements
    .reminder_may_cross): taken for unknown, the reminder a build asked on the return's day and staff recorded would
    count as one that crossed the payment, and the next build would ask another. A statement read says it first;
    without a record (a first build, `incasso check`) the ledger as given."""
    if seen.days is None or not ledger.bank_returned:
        return ledger
    returned: dict[str, tuple[ReturnedPayment, ...]] = {}
    for debtor_id, payments in ledger.bank_returned.items():
        known = tuple(_booked_as_recorded(debtor_id, r, seen) for r in payments)
        if any(r is not was for r, was in zip(known, payments, strict=True)):
            returned[debtor_id] = known
    if not returned:
        return ledger
    return replace(ledger, bank_returned={**ledger.bank_returned, **returned})


def _booked_as_recorded(debtor_id: str, returned: ReturnedPayment, seen: FirstSeen) -> ReturnedPayment:
    if returned.booked is not None:
        return returned
    day = seen.booked(debtor_id, returned)
    return returned if day is None else replace(returned, booked=day)


def seen_record(claims: Iterable[Claim], seen: FirstSeen, as_of: date | None = None) -> dict[str, dict[str, date]]:
    """What the next build reads as its FirstSeen: each claim's confirmations and the day first seen,
    with every one the record already held for the debtor. Once seen, a confirmation stays seen, also
    while it drops out for a time (a promise paused by a dispute, a handover behind a promise), and
    also while its debtor's file is away (moved by mistake for a night), so it is never written twice.
    A file away for AWAY_DAYS is taken as gone, and its debtor leaves the record. A dossier new since a
    complete record gets the day it was first seen (FIRST_SEEN), kept after. The day the bank booked each
    payment it took back, where a statement read says it, is kept too (`booked_key`), after the statement
    is archived as well (`booked_as_recorded`)."""
    claims = list(claims)
    today = as_of or (claims[0].as_of if claims else None)
    record: dict[str, dict[str, date]] = {}
    for claim in claims:
        debtor_id = claim.debtor.id
        keys = dict(seen.days.get(debtor_id, {})) if seen.days is not None else {}
        keys.pop(AWAY, None)
        first = seen.first_seen(debtor_id, claim.as_of)
        if first is not None:  # its silence counts from then on the staff overview (no one could write before)
            keys[FIRST_SEEN] = first
        for kind, event in confirmations(claim):
            keys.setdefault(confirmation_key(kind, event), seen.day(debtor_id, kind, event, claim.as_of))
            if (unwritten := seen.unwritten(debtor_id, kind, event, claim.as_of)) is not None:
                keys[UNWRITTEN + confirmation_key(kind, event)] = unwritten
        keys.update(_booked_read(claim.returned))
        steps = _steps_written(claim, keys, seen)
        keys = {key: day for key, day in keys.items() if not key.startswith(STEP_PREFIX)} | steps
        record[debtor_id] = keys  # also none: the next build knows the dossier was here
    present = {claim.debtor.id for claim in claims}
    for debtor_id, held in (seen.days or {}).items():
        since = held.get(AWAY, today)
        if debtor_id not in present and since is not None and today is not None and today - since < AWAY_DAYS:
            record[debtor_id] = {**held, AWAY: since}
    return record


def _booked_read(returned: Iterable[ReturnedPayment]) -> dict[str, date]:
    """The day the bank booked each payment it took back, where known (`booked_key`): kept in the record after its
    statement is archived (`booked_as_recorded`). Under the day the bank credited it (a return read says that day) and
    under the day it booked it: a debtor's file may date the payment either way (reconcile names both), and once the
    statement is archived the return staff wrote has only the file's day to be found by. Two payments alike (of one
    day and amount, taken back on one day) keep the later day, as claims.agreements.payments_booked counts the
    returns of one day by the latest."""
    found: dict[str, date] = {}
    for r in returned:
        if r.booked is not None:
            for day in {r.paid, r.booked}:
                key = booked_key(r, day)
                found[key] = max(r.booked, found.get(key, r.booked))
    return found


def _steps_written(claim: Claim, held: Mapping[str, date], seen: FirstSeen) -> dict[str, date]:
    """The step letters written tonight (not yet recorded, in a form the debtor can be reached by), each with
    the day a build first wrote it. Only the steps due now are kept: a step recorded is done. After a record
    that kept no steps (an older version's), the day it had them written since stands in: its step's day."""
    due = [d for d in letters_due(claim, NO_RECORD) if d.kind in STEPS and d.sent is None and forms(claim.debtor, d)]
    action = claim.next_action
    if action is None:
        return {}
    first = {d.kind: (None if seen.complete else seen.step_written(claim, d.kind)) or claim.as_of for d in due}
    return {step_key(kind, action.due): held.get(step_key(kind, action.due), day) for kind, day in first.items()}


def first_seen_days(claims: Iterable[Claim], seen: FirstSeen) -> dict[str, date]:
    """Per debtor, the day a build first saw the dossier, where the record knows it (FirstSeen.first_seen)."""
    return {c.debtor.id: day for c in claims if (day := seen.first_seen(c.debtor.id, c.as_of)) is not None}


def confirmed_days(claims: Iterable[Claim], seen: FirstSeen) -> dict[str, dict[tuple[str, date], date]]:
    """Per debtor, per confirmed event (its type and date), the day a build wrote its letter: tonight,
    or a later day than the event's, as the record says. A record of an event on its own date is
    what a first build assumes of what it found (seen_record): no build need have written it, so
    it is not said; but for a wait asked for, whose record tells (`_wait_written_on_its_day`), and the promise's or
    plan's letter that said it too."""
    written: dict[str, dict[tuple[str, date], date]] = {}
    for claim in claims:
        proven = _wait_written_on_its_day(claim, seen)
        for kind, event in confirmations(claim):
            if kind in FOLLOW_UPS:
                continue  # dated after its event: said on that event's row (letters_after)
            day = seen.day(claim.debtor.id, kind, event, claim.as_of)
            if claim.closed and day >= claim.as_of and kind not in CLOSED_LETTERS:
                continue  # a closed claim gets no letter tonight
            carried = proven is not None and day == proven and kind in (LetterKind.PAUSE, *CARRY_WAIT)
            if day == claim.as_of or (seen.days is not None and day > event.date) or carried:
                written.setdefault(claim.debtor.id, {})[(event.type, event.date)] = day
    return written


def _wait_written_on_its_day(claim: Claim, seen: FirstSeen) -> date | None:
    """The day of the wait asked for (asked_pause) when the record shows a build wrote its letter, or the promise's or
    plan's that said it (`wait_carried`), on the wait's own date: recorded then, with no day that no build wrote it
    (FirstSeen.unwritten). Every version that records a wait's letter keeps that day for what a first build found
    already there, so a wait recorded on its own date without one had its letter that night: the dossier says so on
    later nights too, not on the night of the letter only ("geen aparte brief: bevestigd in de brief ..."). A promise
    or plan first seen without a wait keeps the older rule (`confirmed_days`): records of before that day exist."""
    pause = asked_pause(claim)
    if pause is None or seen.days is None:
        return None
    debtor_id = claim.debtor.id
    recorded = seen.recorded(debtor_id, LetterKind.PAUSE, pause)
    if recorded != pause.date or seen.unwritten(debtor_id, LetterKind.PAUSE, pause, claim.as_of) is not None:
        return None
    return recorded


# The letters that follow a settlement after its day (a missed instalment's reminder, the letter that it was paid),
# each under an event of their own day (_settlement_letters): the ledger has no row of that day.
FOLLOW_UPS = (LetterKind.SETTLEMENT_REMINDER, LetterKind.SETTLED)


def letters_after(
    claims: Iterable[Claim], seen: FirstSeen
) -> dict[str, dict[tuple[str, date], tuple[tuple[LetterKind, date], ...]]]:
    """Per debtor, per event of the ledger (its type and date), the letters that followed it on a later day and the
    day a build wrote each (FOLLOW_UPS), in the order written: the dossier says them on the settlement's row, where
    staff look, not on a row of their own day that the ledger does not have. Their day is their own, not the
    event's: one written on it (a build each day) is said too, unless the record says no build wrote it (found
    already due by the first build that had the dossier: FirstSeen.unwritten)."""
    found: dict[str, dict[tuple[str, date], tuple[tuple[LetterKind, date], ...]]] = {}
    for claim in claims:
        accord = claim.accord
        if accord is None:
            continue  # no settlement, nothing follows one: its confirmations are not looked for
        for kind, event in confirmations(claim):
            if kind not in FOLLOW_UPS:
                continue
            day = seen.day(claim.debtor.id, kind, event, claim.as_of)
            written = day == claim.as_of or (
                seen.days is not None
                and day >= event.date
                and seen.unwritten(claim.debtor.id, kind, event, claim.as_of) is None
            )
            if written:
                row = found.setdefault(claim.debtor.id, {})
                key = (accord.event.type, accord.event.date)
                row[key] = tuple(sorted((*row.get(key, ()), (kind, day)), key=lambda letter: letter[1]))
    return found


def waits_carried(claims: Iterable[Claim], seen: FirstSeen) -> dict[str, dict[tuple[str, date], LetterKind]]:
    """Per debtor, the wait asked for (its `postpone`'s type and date) that a promise's or a plan's confirmation said
    too (`wait_carried`), with that confirmation's kind: the dossier says the wait was confirmed in that letter, not
    in a `pause` letter no build wrote."""
    found: dict[str, dict[tuple[str, date], LetterKind]] = {}
    for claim in claims:
        pause = asked_pause(claim)
        carrier = wait_carried(claim, seen) if pause is not None else None
        if pause is not None and carrier is not None:
            found[claim.debtor.id] = {(pause.type, pause.date): carrier}
    return found


def unwritten_days(claims: Iterable[Claim], seen: FirstSeen) -> dict[str, dict[tuple[str, date], date]]:
    """Per debtor, per pending promise, running plan or handover no build wrote a letter for (its type and
    date), the day of the first build that had it (FirstSeen.unwritten): staff send its confirmation, or the
    handover notice, by hand if it needs one."""
    found: dict[str, dict[tuple[str, date], date]] = {}
    for claim in claims:
        for kind, event in confirmations(claim):
            if (day := seen.unwritten(claim.debtor.id, kind, event, claim.as_of)) is not None:
                found.setdefault(claim.debtor.id, {})[(event.type, event.date)] = day
    return found


def letters_due(claim: Claim, seen: FirstSeen) -> tuple[DueLetter, ...]:
    """The letters `claim` needs on its as-of date, one per kind, in LETTER_KINDS order; a
    confirmation when `seen` says this day is the first a build sees its event."""
    found: dict[LetterKind, DueLetter] = {}
    if not claim.paused and not claim.closed:
        for event in claim.events:
            if event.date == claim.as_of and event.type in RECORDED_STEPS:
                kind = _recorded_kind(claim, event)
                # Of two final notices recorded today, the one the claim counts from (claims.timing.notices_a_day):
                # its form and its words are the same notice's.
                standing = claim.notice_of(event.date) if event.type == EventType.FINAL_NOTICE else event
                found[kind] = DueLetter(kind, standing)
        action = claim.next_action
        if action is not None and action.kind in STEP_LETTERS and action.is_due(claim.as_of):
            found.setdefault(STEP_LETTERS[action.kind], DueLetter(STEP_LETTERS[action.kind]))
    for kind, event in confirmations(claim):
        if claim.closed and kind not in CLOSED_LETTERS:
            continue  # a closed claim gets no letter but the one that tells it closed
        if seen.day(claim.debtor.id, kind, event, claim.as_of) == claim.as_of:
            found[kind] = DueLetter(kind, event)
    _wait_in_confirmation(found)
    return tuple(found[kind] for kind in LETTER_KINDS if kind in found)


# The confirmations that also say a wait asked for when a build first sees both (DueLetter.wait): one letter.
CARRY_WAIT = (LetterKind.PROMISE, LetterKind.ARRANGEMENT)


def _wait_in_confirmation(found: dict[LetterKind, DueLetter]) -> None:
    """A wait asked for and a promise or plan first seen by the same build (agreed in one call, say): the promise's or
    the plan's confirmation says the wait too, and no `pause` letter goes beside it: two letters the same day, one
    saying "maar pas na ..." and the other why, read as two different arrangements. Its record is kept as for a
    `pause` letter written (seen_record), so no later build confirms the wait again."""
    pause = found.get(LetterKind.PAUSE)
    carrier = next((kind for kind in CARRY_WAIT if kind in found), None)
    if pause is None or carrier is None:
        return
    found[carrier] = replace(found[carrier], wait=pause.recorded)
    del found[LetterKind.PAUSE]


def wait_carried(claim: Claim, seen: FirstSeen) -> LetterKind | None:
    """The confirmation, a promise's or a plan's, that said the wait asked for standing on `claim` (asked_pause) in
    its own letter (`_wait_in_confirmation`): a build first saw both the same day. None when the wait had a letter of
    its own, or none (no such wait, no such promise or plan, or no build wrote either)."""
    pause = asked_pause(claim)
    if pause is None:
        return None
    debtor_id = claim.debtor.id
    day = seen.day(debtor_id, LetterKind.PAUSE, pause, claim.as_of)
    for kind, event in confirmations(claim):  # tonight's, not yet in the record
        if kind in CARRY_WAIT and seen.day(debtor_id, kind, event, claim.as_of) == day:
            return kind
    return _carrier_recorded(seen, debtor_id, day)


def _carrier_recorded(seen: FirstSeen, debtor_id: str, day: date) -> LetterKind | None:
    """The promise's or plan's confirmation the record (confirmations.json) holds as first seen on `day`: the one
    that said the wait, also when it no longer stands (a promise broken since) or was corrected since (another date
    or schedule: a new key, confirmed again on a later day, while the record keeps the one written with the wait)."""
    for key, recorded in (seen.days or {}).get(debtor_id, {}).items():
        kind = key.split(":", 1)[0]
        if recorded == day and kind in CARRY_WAIT:
            return LetterKind(kind)
    return None


def _recorded_kind(claim: Claim, event: Event) -> LetterKind:
    """The letter a step recorded today is: a reminder sent while a plan is in arrears reminds of the
    missed instalment (staff record that letter as a `reminder`, claims.escalation)."""
    in_arrears = claim.status == Status.ARRANGEMENT and claim.running_plan.state == PlanState.IN_ARREARS
    if event.type == EventType.REMINDER and in_arrears:
        return LetterKind.INSTALLMENT_REMINDER
    return RECORDED_STEPS[event.type]


def forms(debtor: Debtor, due: DueLetter) -> tuple[Channel, ...]:
    """The forms a due letter is written in: by post when there is a postal address, by e-mail
    when there is an e-mail address.

    A step already recorded keeps the form it was recorded with: its terms were
    counted from that form's day of receipt (an e-mail arrives the day it is sent).
    A final notice not yet recorded is written in one form when the debtor's file names it
    (`contact.final_notice_by`), and a consumer's by post when it names none: its two forms
    would state two last days (post and e-mail arrive on different days), and a term stated
    unclearly costs the creditor the costs.
    """
    wanted: tuple[Channel, ...] = FORMS
    if due.sent is not None:
        wanted = (Channel.EMAIL,) if due.sent.channel in INSTANT_CHANNELS else (Channel.LETTER,)
    elif due.kind == LetterKind.FINAL_NOTICE:
        return debtor.final_notice_forms()
    return debtor.reachable(wanted)


def file_stem(debtor_id: str, kind: str) -> str:
    """The name of a letter's files without extension: `D-1006-final_notice`."""
    return f"{debtor_id}-{kind}"
