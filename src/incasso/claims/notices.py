"""What staff must know about the rate table behind a set of claims, and about a ledger that is valid
but may not say what was meant: an invoice dated later, a desk written in one language, a dossier
whose history contradicts itself. Said, not refused: each may be right.

The notes on one dossier are made in claims.dossier_notes, as records the staff pages show too; here
they are said in English, for `check` and the build's log."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from incasso.claims.claim import Claim
from incasso.claims.dossier_notes import (
    DossierNote,
    NoteKind,
    claim_doubts,
    claim_notes_of,
    costs_from_due_of,
    credit_notes_ahead,
    doubts_of,
    events_ahead,
    in_english,
    invoices_later,
    payments_ahead,
)
from incasso.claims.escalation import call_without_step
from incasso.claims.timing import postal_norm, slowest_post
from incasso.law.calendar import posting_day
from incasso.law.interest import rate_notices
from incasso.law.rates import RateNotice, rates_known_until
from incasso.ledger.invoice_masks import unfitted_masks, written_numbers
from incasso.ledger.model import Channel, Creditor, Debtor, EventType, InterestChoice, Language, Ledger
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
    """Invoices dated after `as_of` (claims.dossier_notes.invoices_later), as the log says them."""
    return said(note for debtor in debtors for note in invoices_later(debtor, as_of))


def later_payments_and_letters(debtors: Iterable[Debtor], as_of: date) -> tuple[str, ...]:
    """Payments, then credit notes, then letters and disputes dated half a year after `as_of`
    (claims.dossier_notes.dated_ahead), as the log says them."""
    debtors = tuple(debtors)
    return said(
        note
        for ahead in (payments_ahead, credit_notes_ahead, events_ahead)
        for debtor in debtors
        for note in ahead(debtor, as_of)
    )


def delivery_days_below_norm(creditor: Creditor, as_of: date) -> tuple[str, ...]:
    """`delivery_days` set fewer than the postal norm allows a letter written today, posted the day post is
    collected (law.calendar.posting_day, as its receipt counts: claims.timing.letter_received): the term of a
    posted final notice would count from a day before it may arrive, which costs the claim its costs."""
    posted = posting_day(as_of)
    days, norm = creditor.policy.delivery_days, postal_norm(posted)
    if days is None or days >= norm:
        return ()
    return (
        f"{creditor.source.path}: policy.delivery_days is {days}, fewer than the {norm} days the post may take "
        f"for a letter posted on {posted} (Postbesluit): a final notice's term would count from a day before it "
        "may arrive; leave delivery_days out to follow the norm",
    )


# The days a letter may be written on that the note on its day to pay looks at: a year from the build's day holds
# every weekday, the holidays and a change of the postal norm within it (3 delivery days from 1 July 2027).
_POSTED_OVER_DAYS = 366


def letters_asking_a_day_gone(creditor: Creditor, as_of: date) -> tuple[str, ...]:
    """Policy days that let a posted letter ask payment by a day gone before it is read, or by its own day: a
    reminder's (the eve of the dunning letter, `dunning_after_days` after it), a dunning letter's (the eve of the final
    notice, `final_notice_after_days` after it, also while staff call) and a settlement's missed
    instalment's reminder's (its last day of grace, `final_notice_term_days` after the instalment's day, reminded
    `reminder_after_days` after it); and a settlement's missed instalment that is never reminded of. Said once for the
    policy, not per debtor, with the days to write; the steps keep the days set. Post within the Netherlands only: to
    an address abroad the step after a reminder or dunning letter waits the days it arrives later on top
    (claims.timing.step_after_letter), so the gap these days leave is the same as at home."""
    written, received = slowest_post(creditor, as_of, _POSTED_OVER_DAYS)
    post = _Post(
        (received - written).days,
        f"one written on {_weekday(written)} {written} is received on {_weekday(received)} {received}"
        f"{_delivery(creditor)}",
    )
    return tuple(
        note
        for note in (_reminder(creditor, post), _dunning_letter(creditor, post), _settlement_reminder(creditor, post))
        if note is not None
    )


@dataclass(frozen=True)
class _Post:
    """How late a posted letter is read at worst in the year ahead (claims.timing.slowest_post), as a note says it."""

    lag: int  # days from the day it is written to the day it is assumed read
    example: str  # the day written and the day read that make it so

    @property
    def need(self) -> int:
        """The fewest days after the day it is written a letter may ask payment by: at least the day of receipt,
        and never the letter's own day (an e-mail's too)."""
        return max(self.lag, 1)

    def said(self, letter: str) -> str:
        return f"a posted {letter} is assumed read up to {self.lag} days after it is written ({self.example})"


def _reminder(creditor: Creditor, post: _Post) -> str | None:
    gap = creditor.policy.dunning_after_days - 1
    return _asked_too_soon(creditor, post, "dunning_after_days", "reminder", "the dunning letter", gap)


def _dunning_letter(creditor: Creditor, post: _Post) -> str | None:
    """The dunning letter asks payment by the eve of the final notice (statement.steps.payment_deadline), whether
    staff call before it or not: the call is how staff help, not a step to warn about, and one set on the notice's
    day or later has no day of its own (claims.escalation.calls_first: `call_without_days` says so)."""
    gap = creditor.policy.final_notice_after_days - 1
    return _asked_too_soon(creditor, post, "final_notice_after_days", "dunning letter", "the final notice", gap)


def call_without_days(creditor: Creditor) -> tuple[str, ...]:
    """While staff call (`calls: true`), a `call_after_days` on or after `final_notice_after_days`: the call would come
    no earlier than the final notice, so it is no step (claims.escalation.calls_first), and the dunning letter asks
    payment by the final notice's eve. Valid (a creditor may well mean to call only after the notice's day), but
    said at the line of `call_after_days` (or of `final_notice_after_days` when only that was written), with what
    the steps do and what to write: set by itself, it reads as a call that will come, and none does."""
    policy = creditor.policy
    if not call_without_step(policy):
        return ()
    line = creditor.policy_source("call_after_days") or _policy_line(creditor, "final_notice_after_days")
    final = policy.final_notice_after_days
    # call_after_days is at least 1: a final notice the day after the dunning letter leaves no day to call before it.
    sooner = f"call_after_days: {final - 1} or less, or " if final > 1 else ""
    after = f"{final} day{'s' if final > 1 else ''}"
    return (
        f"{line}: policy.call_after_days is {_value(creditor, 'call_after_days')} and final_notice_after_days "
        f"{_value(creditor, 'final_notice_after_days')}: the call would come no earlier than the final notice, so "
        f"there is no call step: the final notice follows the dunning letter after {after} (as with calls: false), "
        "and the dunning letter asks payment by the eve of the final notice; to call before it, write "
        f"{sooner}final_notice_after_days: {policy.call_after_days + 1} or more; if you never call, write calls: false",
    )


def _asked_too_soon(creditor: Creditor, post: _Post, name: str, letter: str, step: str, gap: int) -> str | None:
    """The note on the policy field `name` when a posted `letter`, asking payment by the eve of `step`, `gap` days
    after it is written, may be read after that day; None when the post leaves it room."""
    if gap >= post.need:
        return None
    return (
        f"{_policy_line(creditor, name)}: policy.{name} is {_value(creditor, name)}: a {letter} asks payment by the "
        f"eve of {step}, {_after(gap)}, but {post.said(letter)}: it may ask payment by a day gone before the debtor "
        f"reads it; write {name}: {post.need + 1} or more"
    )


def _settlement_reminder(creditor: Creditor, post: _Post) -> str | None:
    """A settlement's missed instalment is reminded of `reminder_after_days` after its day, only while that is no
    later than its last day of grace (claims.accord.Accord.reminder_day): the reminder asks payment by that day."""
    grace, remind = creditor.policy.final_notice_term_days, creditor.policy.reminder_after_days
    gap = grace - remind
    if gap >= post.need:
        return None
    remedy = (
        f"write reminder_after_days: {grace - post.need} or less"
        if grace - post.need >= 1
        else f"write final_notice_term_days: {remind + post.need} or more"
    )
    values = (
        f"{_policy_line(creditor, 'reminder_after_days')}: policy.reminder_after_days is "
        f"{_value(creditor, 'reminder_after_days')} and final_notice_term_days "
        f"{_value(creditor, 'final_notice_term_days')}: "
    )
    if gap < 0:
        return (
            f"{values}a settlement's missed instalment would be reminded of {remind} days after its day, after the "
            f"settlement's last day of grace ({grace} days after it): no reminder is written, and the settlement "
            f"lapses without one; {remedy}"
        )
    return (
        f"{values}the reminder of a settlement's missed instalment asks payment by the settlement's last day of "
        f"grace, {_after(gap)}, but {post.said('reminder')}: it may ask payment by a day gone before the debtor reads "
        f"it; {remedy}"
    )


def _after(gap: int) -> str:
    """How long after the day a reminder is written the day it asks payment by is."""
    if gap == 0:
        return "the day it is written"
    return f"{gap} day{'s' if gap > 1 else ''} after the day it is written"


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # the log is English


def _weekday(day: date) -> str:
    return _WEEKDAYS[day.weekday()]


def _delivery(creditor: Creditor) -> str:
    days = creditor.policy.delivery_days
    return f", delivery_days {days}" if days is not None else ", the postal norm's delivery days"


def _value(creditor: Creditor, name: str) -> str:
    """A policy field's value, "(the default)" beside one not written."""
    value = getattr(creditor.policy, name)
    return str(value) if creditor.policy_source(name) is not None else f"{value} (the default)"


def _policy_line(creditor: Creditor, name: str) -> Source:
    """Where the note on a policy field points: the field's line; one left out, `delivery_days`'s when written (the
    days of post made it so), else the file."""
    return creditor.policy_source(name) or creditor.policy_source("delivery_days") or Source(creditor.source.path)


def masks_fitting_no_number(creditor: Creditor, debtors: Iterable[Debtor]) -> tuple[str, ...]:
    """A mask of `invoice_numbers` that fits none of the ledger's invoice (or credit note) numbers: likely a typo
    (F####-### for F2026-0150), which would set apart no credit, or the wrong ones. Said, not refused: a new
    series may have no overdue invoice in the ledger yet."""
    if not creditor.invoice_numbers:
        return ()
    numbers = list(written_numbers(debtors))
    unfitted = set(unfitted_masks(creditor.invoice_numbers, numbers))
    example = f" (such as {numbers[0]})" if numbers else ""
    return tuple(
        f"{source}: invoice_numbers[{index}]: {mask} fits none of the ledger's {len(numbers)} invoice and credit "
        f"note numbers{example}: a typo? Write a # for each digit that changes (F####-#### for F2026-0150). "
        "Said, not refused: a new series may have no overdue invoice in the ledger yet"
        for index, (mask, source) in enumerate(zip(creditor.invoice_numbers, _mask_sources(creditor), strict=True))
        if mask in unfitted
    )


def _mask_sources(creditor: Creditor) -> tuple[Source, ...]:
    """Where each mask was written; the file alone for a creditor made without them (a test's, say)."""
    if len(creditor.invoice_numbers_sources) == len(creditor.invoice_numbers):
        return creditor.invoice_numbers_sources
    return tuple(Source(creditor.source.path) for _ in creditor.invoice_numbers)


def costs_vat_beside_a_vat_number(creditor: Creditor) -> tuple[str, ...]:
    """`costs_vat: true` in a creditor.yaml that has a VAT number: a creditor with one usually reclaims VAT, and
    may add VAT to the collection costs only where it cannot (Besluit art. 2 lid 3; docs/computation.md, "VAT on
    the collection costs"). Said, not refused: some cannot reclaim it (a part of their turnover exempt, say)."""
    if not creditor.policy.costs_vat or not creditor.vat_number:
        return ()
    where = creditor.policy_source("costs_vat") or creditor.source
    return (
        f"{where}: policy.costs_vat is true while vat_number is set: a creditor with a VAT number usually reclaims "
        "VAT, and may add VAT to the collection costs only if it cannot reclaim it (Besluit art. 2 lid 3), saying so; "
        "if you can reclaim it, leave costs_vat out",
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


def phone_letters(debtors: Iterable[Debtor]) -> tuple[str, ...]:
    """A reminder or dunning letter recorded with `channel: phone`: valid (ledgers written before keep building),
    but it counts as a posted letter, its days of post and the page's "we have sent you a reminder", while a
    reminder given by phone is a call. One note a debtor, at the first such event."""
    notes = []
    for debtor in debtors:
        found = [e for e in debtor.events if e.type in _LETTER_STEPS and e.channel == Channel.PHONE]
        if found:
            more = f" (and {len(found) - 1} more in this file)" if len(found) > 1 else ""
            notes.append(
                f"{found[0].source}: a `{found[0].type}` event recorded with channel: phone{more} counts as a "
                "posted letter (its days of post; the page says we sent it): if it was a phone call, record it as a "
                "`call` event with `spoke_with`; if a letter went, write its channel (letter, email, portal)"
            )
    return tuple(notes)


_LETTER_STEPS = frozenset({EventType.REMINDER, EventType.DUNNING})


def one_line_address(creditor: Creditor) -> tuple[str, ...]:
    """The creditor's address written as one text (the brackets of a list forgotten), as a debtor's is noted
    (claims.dossier_notes): every page and the letters' sender block show it on one line. Without the
    address itself: the log may be shared."""
    if len(creditor.address) != 1 or creditor.address_source is None:
        return ()
    return (
        f"{creditor.address_source}: address: is one line, so every page and the letters' sender block show it "
        "on one line: write it as a list, one item per line: [street, postcode place]",
    )


def costs_from_due_stated(creditor: Creditor, debtors: Iterable[Debtor], as_of: date) -> tuple[str, ...]:
    """Costs recorded on a business's final notice under `business_costs_from_due`
    (claims.dossier_notes.costs_from_due_of), as the log says them."""
    return said(note for debtor in debtors for note in costs_from_due_of(debtor, creditor, as_of))


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


def ledger_notes(ledger: Ledger, as_of: date, claims: Iterable[Claim] = ()) -> tuple[str, ...]:
    """Everything valid in a ledger that may not be what was meant: `check` and every build say them. `claims`: the
    build's, whose dossier notes found some of them already (`dossier_doubts`)."""
    debtors, creditor = ledger.debtors, ledger.creditor
    return (
        later_invoices(debtors, as_of)
        + later_payments_and_letters(debtors, as_of)
        + delivery_days_below_norm(creditor, as_of)
        + letters_asking_a_day_gone(creditor, as_of)
        + call_without_days(creditor)
        + costs_vat_beside_a_vat_number(creditor)
        + masks_fitting_no_number(creditor, debtors)
        + other_terms(creditor, debtors)
        + one_language_desk(creditor, debtors)
        + phone_letters(debtors)
        + one_line_address(creditor)
        + costs_from_due_stated(creditor, debtors, as_of)
        + dossier_doubts(debtors, creditor, claims)
    )


def dossier_doubts(debtors: Iterable[Debtor], creditor: Creditor, claims: Iterable[Claim] = ()) -> tuple[str, ...]:
    """Histories that contradict themselves (claims.dossier_notes.doubts_of), as the log says them. A debtor's record
    that is a claim's debtor itself (the most) has them from that claim's dossier notes (`claim_doubts`): the same
    question, not asked again."""
    assessed = {id(claim.debtor): claim for claim in claims}
    return said(note for debtor in debtors for note in _doubts(debtor, creditor, assessed.get(id(debtor))))


def _doubts(debtor: Debtor, creditor: Creditor, claim: Claim | None) -> tuple[DossierNote, ...]:
    if claim is not None and claim.debtor is debtor:
        return claim_doubts(claim, creditor)
    return doubts_of(debtor, creditor)


def claim_notes(claims: Iterable[Claim], creditor: Creditor) -> tuple[str, ...]:
    """What the figures show of open claims that may not be what was meant (claims.dossier_notes
    .claim_notes_of), as the log says them; then the open claims no letter can reach (`unreachable`)."""
    claims = tuple(claims)
    return said(note for claim in claims for note in claim_notes_of(claim, creditor)) + unreachable(claims)


NOTES_SHOWN = 10  # the notes of one kind named one by one in the log; the rest counted


def said(notes: Iterable[DossierNote]) -> tuple[str, ...]:
    """The notes as the log says them, at most NOTES_SHOWN of a kind, then a count of the rest of each kind.

    A ledger kept before incasso may hold the same note on thousands of dossiers (its old final notices
    without `costs`, its English debtors' invoices described in Dutch): a line each would hide every other
    note. Each dossier's staff page says its own."""
    lines: list[str] = []
    seen: Counter[NoteKind] = Counter()
    for note in notes:
        seen[note.kind] += 1
        if seen[note.kind] <= NOTES_SHOWN:
            lines.append(in_english(note))
    more = ((kind, count - NOTES_SHOWN) for kind, count in seen.items() if count > NOTES_SHOWN)
    return (*lines, *(_MORE.get(kind, _MORE_OF_A_KIND).format(more=n, kind=kind) for kind, n in more))


# The heading in both staff languages: the log does not know which one the staff pages are in (check reads none).
_UNDER = "each dossier's staff page says it under 'Let op' ('Points to note' in English)"
_MORE_OF_A_KIND = "and {more} more `{kind}` notes as the ones above, one on each dossier: " + _UNDER
_MORE = {
    NoteKind.COSTS_UNKNOWN: "and {more} more consumers' final notices record no `costs` while their pages charge the "
    "staffel on them (as the ones above): " + _UNDER,
}


def unreachable(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Open claims whose debtor's file has neither a postal nor an e-mail address: the build writes them no
    letter, so a claim that should be chased is not. Staff see it on the overview (Contactgegevens onvolledig,
    saying no letter can go); the log says it for whoever reads it after writing a file, or at night."""
    return tuple(
        f"{claim.debtor.source}: {claim.debtor.id}: an open claim, but the file has neither contact.address nor "
        "contact.email, so no letter can go to this debtor (the build writes none): add their postal address, "
        "or their e-mail address, under contact:"
        for claim in claims
        if not claim.closed and not claim.debtor.contact.address and not claim.debtor.contact.email
    )
