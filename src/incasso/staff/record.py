"""The lines staff paste under `events:` in a debtor's file once they took the day's step.

The staff pages speak Dutch (Aanmaning, Sommatie) and the ledger English (`dunning`, `final_notice`),
and a wrong word stops the nightly build: so the dossier gives the event as the ledger format wants
it (docs/ledger-format.md, "Event types"), with the build's date. A field only staff can know (whom
they spoke to) is left empty, so a file pasted without it is refused, not recorded wrong.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incasso.claims.claim import Action
from incasso.claims.escalation import note_channel
from incasso.claims.states import ActionKind
from incasso.law.money import plain
from incasso.ledger.model import Channel, Debtor, EventType
from incasso.staff.language import words
from incasso.staff.overview import CreditRefund, DisputeReview, PassOn, RefundReturned, Step

# The event that records each step, and the fields to fill in beside `date` and `type`.
_RECORDED_AS: dict[ActionKind, tuple[EventType, tuple[str, ...]]] = {
    ActionKind.REMINDER: (EventType.REMINDER, ("channel",)),
    ActionKind.DUNNING: (EventType.DUNNING, ("channel",)),
    ActionKind.FINAL_NOTICE: (EventType.FINAL_NOTICE, ("channel",)),
    # The instalment's reminder is a reminder to the ledger (claims.escalation counts it as one).
    ActionKind.REMIND_INSTALLMENT: (EventType.REMINDER, ("channel",)),
    ActionKind.CALL: (EventType.CALL, ("channel", "spoke_with")),
    ActionKind.HANDOVER: (EventType.HANDOVER, ("agency",)),
    ActionKind.REVIEW_DISPUTE: (EventType.DISPUTE_RESOLVED, ("outcome",)),
}


# The steps that are letters staff send by post or e-mail: their event names the channel they used.
_LETTERS = (ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE, ActionKind.REMIND_INSTALLMENT)


_LETTER_EVENTS = (EventType.REMINDER, EventType.DUNNING, EventType.FINAL_NOTICE)


def is_letter(step: Step) -> bool:
    return isinstance(step, Action) and step.kind in _LETTERS


def record_lines(step: Step, debtor: Debtor, day: date, costs: Decimal | None = None) -> str | None:
    """The YAML of the event that records `step` on `day`; None for a check, which nothing records
    (the payments decide a promise or an instalment); for a refund that came back, the refund event to take
    out of the file; for a dispute of invoices, its answer naming them (the outcome left for staff); for payments
    to pass on to the agency, the `passed_on` that records it. A final notice's carries the day its letter is dated
    (`written`) and the `costs` it states as its own: the core never charges more after it, and a later notice none
    without them."""
    if isinstance(step, CreditRefund):
        return _lines(EventType.REFUND, day, [("amount", plain(step.amount))])
    if isinstance(step, RefundReturned):  # the refund to take out of the file, as it is written there
        return _lines(EventType.REFUND, step.refunded, [("amount", plain(step.amount))])
    if isinstance(step, DisputeReview):  # the answer to the disputes of those invoices only: the rest is chased
        numbers = ", ".join(f'"{number}"' for number in step.invoices)
        return _lines(EventType.DISPUTE_RESOLVED, day, [("invoices", f"[{numbers}]"), ("outcome", "")])
    if isinstance(step, PassOn):
        # Owed to an earlier agency: the handover it is for, else it would count for the one that has the file now.
        owed = [("handover", step.handover.date.isoformat())] if step.later is not None else []
        return _lines(EventType.PASSED_ON, day, [("amount", plain(step.amount)), *owed])
    recorded = _RECORDED_AS.get(step.kind) if isinstance(step, Action) else None
    if recorded is None:
        return None
    kind, fields = recorded
    if step.kind == ActionKind.CALL and not debtor.contact.phone:
        # Nobody can call: the step is done by a message sent in writing (claims.escalation.does_the_call).
        return _lines(EventType.NOTE, day, [("channel", note_channel(debtor)), ("note", "")])
    if is_letter(step) and not (debtor.contact.address or debtor.contact.email):
        return None  # no letter could go out: there is nothing to record yet
    values = [(name, _value(name, step.kind, debtor)) for name in fields]
    if kind == EventType.FINAL_NOTICE:
        # The letter's own day, kept when staff post it later and change `date`: what it asked stands on it.
        values.append(("written", f"{day.isoformat()}   # {words().PHRASE['record_written']}"))
        if costs is not None:
            values.append(("costs", plain(costs)))
    return _lines(kind, day, values)


def write_off_lines(day: date) -> str:
    """The `written_off` that closes a claim on `day` (a rest below the chase minimum), with a note saying why."""
    return _lines(EventType.WRITTEN_OFF, day, [("note", words().PHRASE["record_small_rest_note"])])


def one_form(kind: ActionKind, debtor: Debtor) -> Channel | None:
    """The one form a final notice is written in, when the build writes it one way only (a consumer's by post
    unless they agreed to e-mail, or the form `final_notice_by` names): the only one to record it with."""
    forms = debtor.final_notice_forms() if kind == ActionKind.FINAL_NOTICE else ()
    return forms[0] if len(forms) == 1 else None


def _value(name: str, kind: ActionKind, debtor: Debtor) -> str:
    if name != "channel":
        return ""  # staff write it: the check refuses a required one left empty
    if kind == ActionKind.CALL:
        return Channel.PHONE  # without a phone number the step is recorded as a note (record_lines)
    if (form := one_form(kind, debtor)) is not None:
        return form
    forms = debtor.reachable((Channel.LETTER, Channel.EMAIL))
    if len(forms) < 2:  # one way only: no choice to make
        return forms[0] if forms else Channel.LETTER
    # Written both ways: the one this debtor is written to by, with a word to change it if it went the other.
    form = written_by(debtor)
    other = "record_channel_email" if form == Channel.LETTER else "record_channel_letter"
    return f"{form}   # {words().PHRASE[other]}"


def written_by(debtor: Debtor) -> Channel:
    """The way this debtor's letters go, for a letter the build writes both ways: by e-mail when their final
    notices are (`final_notice_by: email`: a debtor who agreed to e-mail is written to by e-mail), else the way
    the last recorded letter went, else by post (there is an address). `final_notice_by: letter` is the final
    notice's form only: it says nothing of how the reminders go."""
    if debtor.contact.final_notice_by == Channel.EMAIL:
        return Channel.EMAIL
    letters = [e for e in debtor.events if e.type in _LETTER_EVENTS and e.channel in (Channel.LETTER, Channel.EMAIL)]
    last = max(letters, key=lambda e: e.date, default=None)
    return last.channel if last is not None and last.channel is not None else Channel.LETTER


def _lines(kind: EventType, day: date, fields: list[tuple[str, str]]) -> str:
    lines = [f"  - date: {day.isoformat()}", f"    type: {kind}"]
    lines += [f"    {name}: {value}".rstrip() for name, value in fields]
    return "\n".join(lines)
