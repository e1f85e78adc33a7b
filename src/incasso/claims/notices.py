"""What staff must know about the rate table behind a set of claims, and about a ledger that is valid
but may not say what was meant: an invoice dated later, a desk written in one language, a dossier
whose history contradicts itself. Said, not refused: each may be right."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.claim import Claim
from incasso.claims.escalation import second_notice
from incasso.claims.states import ActionKind, Stage
from incasso.claims.timing import capping_notice, delivery_days, notice_term_end, postal_norm
from incasso.law.costs import collection_costs
from incasso.law.interest import rate_notices
from incasso.law.money import ZERO
from incasso.law.rates import RateNotice, rates_known_until
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    Channel,
    Creditor,
    Debtor,
    DebtorType,
    Event,
    EventType,
    InterestChoice,
    Language,
    Ledger,
    latest,
)
from incasso.ledger.problems import Source


def claim_rate_notices(claim: Claim) -> tuple[RateNotice, ...]:
    """What the rates behind one claim's interest call for (see law.rates.RateNotice)."""
    return rate_notices(line for b in claim.settlement.invoices for line in b.interest_lines)


def book_rate_notices(found: Iterable[RateNotice], creditor: Creditor, as_of: date) -> tuple[RateNotice, ...]:
    """The notices of a set of claims, from each claim's (claim_rate_notices), in RateNotice order.

    Past the last known rate the notice shows whenever the creditor charges interest,
    even before any claim's interest reaches that day: the table needs its next half year.
    """
    notices = set(found)
    if creditor.interest == InterestChoice.STATUTORY and as_of > rates_known_until():
        notices.add(RateNotice.BEYOND_TABLE)
    return tuple(notice for notice in RateNotice if notice in notices)


def claims_rate_notices(claims: Iterable[Claim], creditor: Creditor, as_of: date) -> tuple[RateNotice, ...]:
    """What staff must know about the rates behind these claims' interest (see law.rates.RateNotice)."""
    return book_rate_notices((n for c in claims for n in claim_rate_notices(c)), creditor, as_of)


def later_invoices(debtors: Iterable[Debtor], as_of: date) -> tuple[str, ...]:
    """Invoices dated after `as_of`: counted already (unlike payments and events dated later, an invoice
    is what is owed), so a year written wrong (2027 for 2026) would ask for money on a page. Said, not refused:
    an invoice may be issued ahead."""
    return tuple(
        f"{invoice.source}: invoice {invoice.number} is dated {invoice.date}, after {as_of}; it counts already "
        "(its page shows it): is the year right?"
        for debtor in debtors
        for invoice in debtor.invoices
        if invoice.date > as_of
    )


# How far after the build's day a payment or a letter is doubted: a year written wrong puts it months
# ahead, while a build of an earlier day (a rebuild, the demo's day) sees the weeks after it recorded.
AHEAD_DOUBTED = timedelta(days=183)


def later_payments_and_letters(debtors: Iterable[Debtor], as_of: date) -> tuple[str, ...]:
    """Payments, credit notes, letters and disputes dated half a year after `as_of`: they do not count yet, so a
    year written wrong (2027 for 2026) asks for money paid or credited, or lets a dispute pause nothing. Said, not
    refused: an event may be entered ahead (a plan agreed for next week)."""
    payments = (
        f"{p.source}: the payment of {p.date} is dated after {as_of}: it does not count until that day (its page "
        "asks for that money): is the year right?"
        for debtor in debtors
        for p in debtor.payments
        if p.date > as_of + AHEAD_DOUBTED
    )
    credit_notes = (
        f"{c.source}: credit note {c.number} of {c.date} on invoice {i.number} is dated after {as_of}: it does not "
        "count until that day (its page asks for what it credits): is the year right?"
        for debtor in debtors
        for i in debtor.invoices
        for c in i.credit_notes
        if c.date > as_of + AHEAD_DOUBTED
    )
    events = (
        f"{e.source}: a {e.type} on {e.date}, after {as_of}: it counts from that day on: is the year right?"
        for debtor in debtors
        for e in debtor.events
        if e.date > as_of + AHEAD_DOUBTED and (e.type in ESCALATION_EVENTS or e.type == EventType.DISPUTE)
    )
    return (*payments, *credit_notes, *events)


def delivery_days_below_norm(creditor: Creditor, as_of: date) -> tuple[str, ...]:
    """`delivery_days` set fewer than the postal norm allows a letter posted today: the term of a posted
    final notice would count from a day before it may arrive, which costs the claim its costs."""
    days, norm = creditor.policy.delivery_days, postal_norm(as_of)
    if days is None or days >= norm:
        return ()
    return (
        f"{creditor.source.path}: policy.delivery_days is {days}, fewer than the {norm} days the post may take "
        f"for a letter posted on {as_of} (Postbesluit): a final notice's term would count from a day before it "
        "may arrive; leave delivery_days out to follow the norm",
    )


def one_language_desk(creditor: Creditor, debtors: Iterable[Debtor]) -> tuple[str, ...]:
    """The desk's role and hours written once while debtors read English: their pages and letters show
    them as written (Dutch, mostly: "ma-vr 8.30-16.30"). Said, not refused: a neutral text may suit both."""
    desk = creditor.contact
    once = [
        f"contact.{name}"
        for name, text, english in (("role", desk.role, desk.role_en), ("hours", desk.hours, desk.hours_en))
        if text and english is None
    ]
    english = sum(1 for debtor in debtors if debtor.language == Language.EN)
    if not once or not english:
        return ()
    return (
        f"{creditor.source.path}: {' and '.join(once)} {'are' if len(once) > 1 else 'is'} written in one language, "
        f"and {english} {'debtor reads' if english == 1 else 'debtors read'} English: their pages and letters "
        "show it as written; write it per language (nl: ..., en: ...)",
    )


def costs_from_due_stated(creditor: Creditor, debtors: Iterable[Debtor], as_of: date) -> tuple[str, ...]:
    """Under `business_costs_from_due` a business's costs follow its invoices' due dates, whatever a final
    notice stated: `costs` recorded on one (written by hand: the event to paste has none there) may
    promise less than is charged. Said, not refused: the letter may have said the same."""
    if not creditor.policy.business_costs_from_due:
        return ()
    return tuple(
        f"{event.source}: the final notice of {event.date} records costs: {event.costs}, but with "
        "business_costs_from_due a business's costs follow its invoices' due dates, not a letter: its page "
        "charges what they give, which may be more than that letter stated"
        for debtor in debtors
        if debtor.type == DebtorType.BUSINESS
        for event in debtor.events_until(as_of)
        if event.type == EventType.FINAL_NOTICE and event.costs is not None
    )


OTHER_TERMS_SHOWN = 3  # invoices named in the note; an agency's ledger may hold thousands


def other_terms(creditor: Creditor, debtors: Iterable[Debtor]) -> tuple[str, ...]:
    """Invoices due another number of days after their date than `payment_term_days`, the term the
    terms say was agreed. Their pages state their own term beside their due dates, which the interest
    and the steps follow. Said, not refused: an invoice may have had a term of its own."""
    agreed = creditor.policy.payment_term_days
    other = [
        invoice for debtor in debtors for invoice in debtor.invoices if (invoice.due - invoice.date).days != agreed
    ]
    if not other:
        return ()
    named = ", ".join(f"{i.source} ({i.number}: {(i.due - i.date).days} days)" for i in other[:OTHER_TERMS_SHOWN])
    more = f" and {len(other) - OTHER_TERMS_SHOWN} more" if len(other) > OTHER_TERMS_SHOWN else ""
    invoices = "1 invoice is" if len(other) == 1 else f"{len(other)} invoices are"
    return (
        f"{invoices} due another number of days after their date than "
        f"payment_term_days ({agreed}) in {creditor.source.path}: {named}{more}; their interest and steps run "
        "from the due date written, and their pages state that term: is the due date (or payment_term_days) right?",
    )


def ledger_notes(ledger: Ledger, as_of: date) -> tuple[str, ...]:
    """Everything valid in a ledger that may not be what was meant: `check` and every build say them."""
    debtors, creditor = ledger.debtors, ledger.creditor
    return (
        later_invoices(debtors, as_of)
        + later_payments_and_letters(debtors, as_of)
        + delivery_days_below_norm(creditor, as_of)
        + other_terms(creditor, debtors)
        + one_language_desk(creditor, debtors)
        + costs_from_due_stated(creditor, debtors, as_of)
        + dossier_doubts(debtors)
    )


def dossier_doubts(debtors: Iterable[Debtor]) -> tuple[str, ...]:
    """Histories that contradict themselves: a letter after the write-off, a payment or a letter dated
    before the invoice it is about (a year written wrong, mostly), a second dispute while one is open."""
    return tuple(line for debtor in debtors for line in _doubts(debtor))


def _doubts(debtor: Debtor) -> list[str]:
    """The dossier's doubts, in the order of their lines in its file."""
    found = _payment_doubts(debtor) + _event_doubts(debtor) + _same_day_notices(debtor) + _one_line_address(debtor)
    found += _plan_doubts(debtor)
    return [f"{source}: {text}" for source, text in sorted(found, key=lambda d: (d[0].line, d[0].column))]


def _payment_doubts(debtor: Debtor) -> list[tuple[Source, str]]:
    """A payment dated before the invoice it names, or naming none before the dossier's first invoice."""
    dated = {invoice.number: invoice.date for invoice in debtor.invoices}
    first = min(dated.values(), default=None)
    named = [
        (p.source, f"the payment of {p.date} names invoice {p.invoice}, dated {day}, later: is the year right?")
        for p in debtor.payments
        if (day := dated.get(p.invoice or "")) is not None and p.date < day
    ]
    unnamed = [  # a deposit paid days before the invoice is no typo: a month or more before it is
        (p.source, f"the payment of {p.date} is dated before the first invoice ({first}): is the year right?")
        for p in debtor.payments
        if p.invoice is None and first is not None and p.date < first - WRITTEN_DOUBTED
    ]
    return named + unnamed


# A plan's instalments adding up to more than this many times the invoices: an amount written wrong, mostly
# (a plan may ask a little more than the invoices: their interest and costs).
PLAN_TOTAL_DOUBTED = 2


def _plan_doubts(debtor: Debtor) -> list[tuple[Source, str]]:
    """A payment plan written out of date order (or two instalments on one day), or adding up to far more
    than the invoices: the page and its letter state the plan as written."""
    found = []
    invoices = sum((invoice.amount for invoice in debtor.invoices), ZERO)
    owed = invoices + collection_costs(invoices)  # a small claim's costs may be more than its invoices
    for plan in (e for e in debtor.events if e.type == EventType.ARRANGEMENT):
        days = [i.due for i in plan.installments]
        if any(later <= earlier for earlier, later in zip(days, days[1:], strict=False)):
            found.append(
                (
                    plan.source,
                    f"the instalments of the payment plan of {plan.date} are not in date order, or two fall on "
                    f"one day ({', '.join(str(day) for day in days)}): is a date written wrong?",
                )
            )
        total = sum((i.amount for i in plan.installments), ZERO)
        if total > PLAN_TOTAL_DOUBTED * owed:
            found.append(
                (
                    plan.source,
                    f"the instalments of the payment plan of {plan.date} add up to {total}, more than "
                    f"{PLAN_TOTAL_DOUBTED} times the invoices with their costs ({owed}): is an amount written wrong?",
                )
            )
    return found


def _one_line_address(debtor: Debtor) -> list[tuple[Source, str]]:
    """An address written as one text (the brackets of a list forgotten, or the place left out): the window
    envelope shows it on one line, where the post expects street and postcode with place on lines of their own.
    The note does not quote the address: notes reach the nightly log, which others read."""
    address, source = debtor.contact.address, debtor.contact.address_source
    if len(address) != 1 or source is None:
        return []
    return [
        (
            source,
            "contact.address is one line, so the letters' window shows it on one line: write it as a list, one "
            "item per line: [street, postcode place]",
        )
    ]


def _same_day_notices(debtor: Debtor) -> list[tuple[Source, str]]:
    """A final notice recorded twice on one day (by post and by e-mail): the two letters state two
    last days. Counted from the later (claims.timing.notices_a_day), but a term is best stated once."""
    first_of: dict[date, Event] = {}
    found = []
    for notice in (e for e in debtor.events if e.type == EventType.FINAL_NOTICE):
        earlier = first_of.setdefault(notice.date, notice)
        if earlier is not notice:
            found.append(
                (
                    notice.source,
                    f"a second final notice on {notice.date} (the first at line {earlier.source.line}): its "
                    "term and costs count from the letter whose term ends last; send a final notice one way",
                )
            )
    return found


def _event_doubts(debtor: Debtor) -> list[tuple[Source, str]]:
    found = []
    first = min((invoice.date for invoice in debtor.invoices), default=None)
    first_due = min((invoice.due for invoice in debtor.invoices), default=None)
    written_off: Event | None = None
    disputed: Event | None = None
    for event in debtor.events:
        letter = event.type in ESCALATION_EVENTS
        if letter and first is not None and event.date < first:
            found.append(
                (
                    event.source,
                    f"a {event.type} on {event.date}, before the first invoice ({first}): is the year right?",
                )
            )
        elif letter and first_due is not None and event.letter_day <= first_due:
            found.append((event.source, _before_anything_due(event, first_due)))
        if event.written is not None and event.date - event.written > WRITTEN_DOUBTED:
            found.append((event.source, _written_long_before(event)))
        if written_off is not None and (letter or event.type in (EventType.PROMISE, EventType.ARRANGEMENT)):
            found.append(
                (
                    event.source,
                    f"a {event.type} on {event.date}, after the claim was written off on {written_off.date}: it "
                    "stays written off (no page, no letters); if it is chased again, remove the write-off",
                )
            )
        if event.type == EventType.WRITTEN_OFF and written_off is None:
            written_off = event
        elif event.type == EventType.DISPUTE:
            if disputed is not None and written_off is None:  # once written off, no answer is due
                found.append(
                    (
                        event.source,
                        f"a dispute on {event.date} while the one of {disputed.date} is still open (no "
                        "dispute_resolved between): the answer is now due counted from this one",
                    )
                )
            disputed = event
        elif event.type == EventType.DISPUTE_RESOLVED:
            disputed = None
        elif event.type in (EventType.PROMISE, EventType.ARRANGEMENT) and disputed and written_off is None:
            found.append((event.source, _agreed_in_dispute(event, disputed)))
        elif event.type in (EventType.HANDOVER, EventType.LEGAL) and disputed and written_off is None:
            found.append((event.source, _harder_in_dispute(event, disputed)))
    return found


# A final notice posted this long after its letter's date: `written` written wrong, mostly (a year).
WRITTEN_DOUBTED = timedelta(days=31)


def _written_long_before(notice: Event) -> str:
    """What the letter asked is what stood on its `written` day: one written wrong drops invoices from it."""
    return (
        f"the final notice of {notice.date} is written: {notice.written}, more than a month before it went: what "
        "it asked, and its costs, are counted as on that day: is the date right?"
    )


def _before_anything_due(letter: Event, first_due: date) -> str:
    """A letter covers the invoices due before its day (docs/computation.md): one dated on or before the
    first due date concerns none, and counts for nothing (a final notice then brings no costs)."""
    return (
        f"a {letter.type} on {letter.letter_day}, on or before the first due date ({first_due}): it concerns no "
        "overdue invoice and counts for nothing (the steps start from the due date): is the date right?"
    )


def _harder_in_dispute(step: Event, disputed: Event) -> str:
    """A dispute gets its answer before a harder step (domain: never escalate over a dispute): the page
    shows the dispute, and no letter goes out while it is open, the handover notice neither."""
    return (
        f"a {step.type} on {step.date} while the dispute of {disputed.date} is open (no dispute_resolved "
        "between): a dispute gets its answer before a harder step; the page shows the dispute, and no letter "
        "(the handover notice neither) goes out while it is open; if it was answered, record dispute_resolved "
        "before this step"
    )


def _agreed_in_dispute(agreed: Event, disputed: Event) -> str:
    """The open dispute pauses everything (claims.assess status): the agreement is neither on the page nor
    confirmed until the dispute is answered, though the debtor may pay by it."""
    what = "a payment plan" if agreed.type == EventType.ARRANGEMENT else "a promise to pay"
    return (
        f"{what} agreed on {agreed.date} while the dispute of {disputed.date} is open (no dispute_resolved "
        "between): the page shows the dispute, and the agreement is not shown or confirmed in writing until "
        "the dispute is answered; a date of it that passes meanwhile counts as missed then (agree new dates); "
        "if the agreement settles the dispute, record dispute_resolved"
    )


def claim_notes(claims: Iterable[Claim], creditor: Creditor) -> tuple[str, ...]:
    """What the figures show of a claim's history that may not be what was meant: final notices whose
    recorded `costs` may not say what their letters did, and a handover that took an invoice no final
    notice asked for. Said, not refused: either may be right."""
    minimum = creditor.policy.chase_minimum
    return tuple(
        line
        for claim in claims
        for line in _costs_notes(claim, creditor)
        + _handover_notes(claim, minimum)
        + _notice_by_email_only(claim)
        + _notice_abroad(claim, creditor)
    )


def _notice_by_email_only(claim: Claim) -> list[str]:
    """A consumer's final notice goes by post unless they agreed to e-mail (`final_notice_by: email`); with
    no postal address the e-mail is all there is (Debtor.final_notice_forms), and the costs it states hold
    only if they agreed to it. Said once the final notice is the next step or was sent: not before."""
    debtor = claim.debtor
    contact = debtor.contact
    if not debtor.is_consumer or contact.address or not contact.email or contact.final_notice_by is not None:
        return []
    step = claim.next_action.kind if claim.next_action is not None else None
    if step != ActionKind.FINAL_NOTICE and claim.stage != Stage.FINAL_NOTICE:
        return []
    return [
        f"{debtor.source}: {debtor.id}: a consumer with no postal address: the final notice can only go by "
        "e-mail, and its collection costs hold only if they agreed to receive letters by e-mail; record "
        "final_notice_by: email once they have, or add their postal address"
    ]


def _notice_abroad(claim: Claim, creditor: Creditor) -> list[str]:
    """A final notice posted abroad: its term is counted from receipt after `delivery_days` PostNL delivery
    days, as within the Netherlands; a letter abroad may take longer, and a term counted from too early a
    receipt costs the claim its costs. Said while the notice is the next step, or posted and its term runs
    without the day it arrived recorded (`received`)."""
    debtor = claim.debtor
    if Channel.LETTER not in debtor.final_notice_forms() or not debtor.contact.is_abroad:
        return []
    step = claim.next_action.kind if claim.next_action is not None else None
    if step != ActionKind.FINAL_NOTICE and not _posted_term_runs(claim, creditor):
        return []
    # The days of the day it goes (the next step: today), or went (the norm may have changed since).
    posted = claim.as_of if step == ActionKind.FINAL_NOTICE or claim.latest_notice is None else claim.latest_notice.date
    return [
        f"{debtor.contact.address_source or debtor.source}: {debtor.id}: the final notice is posted to an address "
        "abroad (its last line is no "
        f"Dutch postcode and place), but its term counts from receipt after {delivery_days(creditor, posted)} "
        "PostNL delivery days, as within the Netherlands; a letter abroad may take longer: record the day it "
        "arrived as received: on the final_notice when the debtor tells you, or send it by e-mail if they agreed "
        "(final_notice_by: email)"
    ]


def _costs_above_staffel(claim: Claim, creditor: Creditor) -> list[str]:
    """A final notice recording more `costs` than the staffel gives over every invoice it could have asked
    for, whole: never more than the staffel is charged, so either the event was written wrong or its letter
    stated more than the law allows (a consumer's costs may then be contested). Whole is what they asked on
    the letter's day: less a credit note dated by then, not one dated after it (the letter could not know it).
    Not for a business whose costs follow the due dates (at least EUR 40 an invoice: `costs_from_due_stated`
    says it), nor a letter that asked for nothing (`_before_anything_due` says that)."""
    if creditor.policy.business_costs_from_due and claim.debtor.type == DebtorType.BUSINESS:
        return []
    lines = []
    for notice in (e for e in claim.events if e.type == EventType.FINAL_NOTICE and e.costs is not None):
        day = notice.letter_day
        asked = sum((i.owed(day) for i in claim.debtor.invoices if i.due < day), ZERO)
        most = collection_costs(asked)
        if notice.costs is not None and asked > 0 and notice.costs > most:
            lines.append(
                f"{notice.source}: the final notice of {notice.date} records costs: {notice.costs}, more than the "
                f"staffel gives over its invoices ({most} at most): no more than the staffel is charged; if its "
                "letter stated this amount it asked more than the law allows, else correct the event"
            )
    return lines


def _posted_term_runs(claim: Claim, creditor: Creditor) -> bool:
    """Whether the latest final notice went by post, its day of arrival unrecorded, and its term runs."""
    notice = claim.latest_notice
    if notice is None or notice.channel not in (None, Channel.LETTER) or notice.received is not None:
        return False
    return claim.as_of <= notice_term_end(creditor, notice)


def _handover_notes(claim: Claim, minimum: Decimal) -> list[str]:
    """A handover the steps would not have proposed: after no final notice at all, or taking an overdue
    invoice no final notice before it asked for (due on or after the last one's day; after a second
    notice that asked for such an invoice, the steps hand all over: claims.escalation). The agency's
    letter asks it all."""
    handover = latest(claim.events, EventType.HANDOVER)
    if handover is None:
        return []
    asked = [n for n in claim.notices if n.date <= handover.date]
    if not asked:
        return [
            f"{handover.source}: the handover of {handover.date} follows no final notice: the steps send one "
            "first (without it a consumer owes no collection costs); if it was handed over on purpose, nothing "
            "needs doing"
        ]
    settlement = claim.settlement
    if second_notice(claim, asked[0], minimum):
        return []  # a second notice asked for a newer invoice: the steps hand all that is overdue over with it
    return [
        f"{handover.source}: the handover of {handover.date} takes invoice {b.number}, due {b.invoice.due}, "
        "that no final notice asked for: the steps would have sent it its own reminder, dunning letter and "
        "final notice first (the agency's letter asks it too); if it was handed over on purpose, nothing "
        "needs doing"
        for b in settlement.invoices
        if b.invoice.due < handover.date
        and settlement.principal_open_on(b, handover.date) > 0
        and not any(notice.date > b.invoice.due for notice in asked)
    ]


def _costs_notes(claim: Claim, creditor: Creditor) -> list[str]:
    notices = {e.letter_day: e for e in claim.events if e.type == EventType.FINAL_NOTICE}  # as asked_on
    lines = [
        f"{notices[day].source}: the final notice of {day} follows a claim paid in full but records no `costs`: "
        "it brings no costs of its own; if its letter stated them, write them on its event (costs: ...)"
        for day in (c.asked_on for c in claim.settlement.unstated)
        if day is not None and day in notices
    ]
    lines += _costs_above_staffel(claim, creditor)
    staffel = claim.costs.capped_from
    if staffel is not None and claim.final_notices:
        day = claim.final_notices[0].date
        capping = capping_notice(claim.events, day)  # of two notices that day, the one whose costs cap them
        if capping is not None:
            lines.append(
                f"{capping.source}: the final notice of {day} records costs: {capping.costs}, less than the "
                f"{staffel} the staffel gives: the costs are its letter's amount; if it was written wrong, correct it"
            )
    return lines
