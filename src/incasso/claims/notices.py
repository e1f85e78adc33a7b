"""What staff must know about the rate table behind a set of claims, and about a ledger that is valid
but may not say what was meant: an invoice dated later, a desk written in one language, a dossier
whose history contradicts itself. Said, not refused: each may be right.

The notes on one dossier are made in claims.dossier_notes, as records the staff pages show too; here
they are said in English, for `check` and the build's log."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from incasso.claims.claim import Claim
from incasso.claims.dossier_notes import claim_notes_of, doubts_of, in_english
from incasso.claims.timing import postal_norm
from incasso.law.interest import rate_notices
from incasso.law.rates import RateNotice, rates_known_until
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    Creditor,
    Debtor,
    DebtorType,
    EventType,
    InterestChoice,
    Language,
    Ledger,
)


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
    """Histories that contradict themselves (claims.dossier_notes.doubts_of), as the log says them."""
    return tuple(in_english(note) for debtor in debtors for note in doubts_of(debtor))


def claim_notes(claims: Iterable[Claim], creditor: Creditor) -> tuple[str, ...]:
    """What the figures show of open claims that may not be what was meant (claims.dossier_notes
    .claim_notes_of), as the log says them."""
    return tuple(in_english(note) for claim in claims for note in claim_notes_of(claim, creditor))
