"""Which letters a claim needs on its date, and in which forms (post, e-mail).

A letter step is due on the as-of date when the claim's next action is a
letter (reminder, dunning letter, final notice, the reminder of a plan's
missed instalment) whose day has come: on that
day or any later one, until staff record the step in the ledger. A step left
for days is not lost: every build writes it again, dated that build's day,
with that day's figures and terms. A step recorded on the as-of date keeps
its letter that day, so a second build after recording it writes the same
letter. Confirmations (a promise, a payment plan) and the handover notice are
due on the day their event is recorded.

Never a letter for a claim that is paid, written off, paused (dispute, a
promise not yet due, a plan on schedule) or below the chase minimum: the
escalation policy gives such a claim no letter step (incasso.claims.escalation).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from incasso.claims.claim import Claim
from incasso.claims.states import ActionKind, PlanState, Status
from incasso.ledger.model import INSTANT_CHANNELS, Channel, Debtor, Event, EventType


class LetterKind(StrEnum):
    """The letters, in the order a dossier meets them; the value names the file and the text."""

    REMINDER = "reminder"
    DUNNING = "dunning"
    FINAL_NOTICE = "final_notice"
    HANDOVER = "handover"
    PROMISE = "promise"
    ARRANGEMENT = "arrangement"
    INSTALLMENT_REMINDER = "installment_reminder"  # a friendly reminder of a plan's missed instalment


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
    EventType.HANDOVER: LetterKind.HANDOVER,
}
# The two forms a letter takes: a PDF to post, an e-mail to send.
FORMS = (Channel.LETTER, Channel.EMAIL)


@dataclass(frozen=True)
class DueLetter:
    """A letter due on the claim's date; `recorded` is its event when staff already entered it."""

    kind: LetterKind
    recorded: Event | None = None


def letters_due(claim: Claim) -> tuple[DueLetter, ...]:
    """The letters `claim` needs on its as-of date, one per kind, in LETTER_KINDS order."""
    if claim.closed:
        return ()
    found: dict[LetterKind, DueLetter] = {}
    today = [e for e in claim.events if e.date == claim.as_of]
    if not claim.paused:
        for event in today:
            if event.type in RECORDED_STEPS:
                kind = _recorded_kind(claim, event)
                found[kind] = DueLetter(kind, event)
        action = claim.next_action
        if action is not None and action.kind in STEP_LETTERS and action.is_due(claim.as_of):
            found.setdefault(STEP_LETTERS[action.kind], DueLetter(STEP_LETTERS[action.kind]))
    promise, plan = claim.promise, claim.plan
    if claim.status == Status.PROMISE and promise is not None and promise.event.date == claim.as_of:
        found[LetterKind.PROMISE] = DueLetter(LetterKind.PROMISE, promise.event)
    if claim.status == Status.ARRANGEMENT and plan is not None and plan.event.date == claim.as_of:
        found[LetterKind.ARRANGEMENT] = DueLetter(LetterKind.ARRANGEMENT, plan.event)
    return tuple(found[kind] for kind in LETTER_KINDS if kind in found)


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
    """
    wanted: tuple[Channel, ...] = FORMS
    if due.recorded is not None and due.kind in STEPS:
        wanted = (Channel.EMAIL,) if due.recorded.channel in INSTANT_CHANNELS else (Channel.LETTER,)
    reachable = {Channel.LETTER: bool(debtor.contact.address), Channel.EMAIL: bool(debtor.contact.email)}
    return tuple(form for form in wanted if reachable[form])


def file_stem(debtor_id: str, kind: str) -> str:
    """The name of a letter's files without extension: `D-1006-final_notice`."""
    return f"{debtor_id}-{kind}"
