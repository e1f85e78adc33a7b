"""When things happen by law and policy: a letter's receipt, a term's end, the costs' moment."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.disputes import dispute_spans, disputed_apart_when_dated
from incasso.law.calendar import is_postal_delivery_day, posting_day, term_end
from incasso.law.costs import collection_costs, vat_on_costs
from incasso.law.money import ZERO
from incasso.law.tables import (
    ASSUMED_DELIVERY_DAYS_AT_LEAST,
    LATE_COMMERCIAL_MINIMUM,
    POSTAL_DELIVERY_NORM,
    POSTAL_DELIVERY_NORM_BEFORE,
)
from incasso.ledger.model import (
    INSTANT_CHANNELS,
    Channel,
    Creditor,
    Debtor,
    DebtorType,
    Event,
    EventType,
    Invoice,
    Policy,
)
from incasso.records import init_by_slots


@init_by_slots
@dataclass(frozen=True, slots=True)
class CostCheckpoint:
    """A day from which collection costs are owed over what is then open of `invoices`.

    `asked_on`: the day the final notice that set it is dated (`Event.letter_day`), which asked for those
    invoices' principal and interest as they stood that day; None when no letter asked (costs from the due
    date).
    `letter`: all the notice asked for, when the costs are counted over fewer (a later notice's new
    episode leaves out the earlier claim's invoices, whose rest it asked too)."""

    day: date
    invoices: tuple[Invoice, ...]
    asked_on: date | None = None
    letter: tuple[Invoice, ...] = ()
    announced: Decimal | None = None  # the costs the notice's letter stated, as recorded: never more
    # The dispute, still open, about all the invoices the costs are counted over, raised before `day`: the
    # costs wait for its answer (`wait_for_disputes`), never charged while it is open.
    awaits: Event | None = None

    @property
    def asked(self) -> tuple[Invoice, ...]:
        """The invoices the final notice asked for: what is paid of them in its term stops its costs."""
        return self.letter or self.invoices


@dataclass(frozen=True, slots=True)
class CostPlan:
    """When collection costs arise for one debtor, and the least they come to per late invoice.

    Costs are fixed at each checkpoint, in date order, over the principal then open
    of its invoices: the staffel once over all principal charged so far, and never
    less than `per_invoice_minimum` for each invoice charged with at least the chase
    minimum open, and the VAT on that where the creditor charges it (`vat`:
    policy.costs_vat). What a checkpoint adds is that total minus what was charged before.
    """

    checkpoints: tuple[CostCheckpoint, ...]
    per_invoice_minimum: Decimal
    # The later final notices: each opens a new episode of costs, with its own checkpoint, when by
    # its day all that was charged before and its invoices' principal were paid (claims.settlement).
    later: tuple[CostCheckpoint, ...] = ()
    vat: bool = False

    def total(self, principal: Decimal, invoices: int) -> Decimal:
        """All costs owed over `principal`, charged for `invoices` late invoices, their VAT included."""
        net = self._net(principal, invoices)
        return net + vat_on_costs(net, self.vat)

    def vat_in(self, principal: Decimal, invoices: int) -> Decimal:
        """The VAT in `total`: nothing unless the creditor charges it."""
        return vat_on_costs(self._net(principal, invoices), self.vat)

    def _net(self, principal: Decimal, invoices: int) -> Decimal:
        """The costs before VAT: the staffel's minimum and maximum, and EUR 40 an invoice, are without it."""
        return max(collection_costs(principal), self.per_invoice_minimum * invoices)

    def minimum_decides(self, principal: Decimal, invoices: int) -> bool:
        """Whether the minimum per late invoice, not the staffel, sets the total."""
        return self.per_invoice_minimum * invoices > collection_costs(principal)


CostRule = Callable[[Debtor], CostPlan | None]


def delivery_days(creditor: Creditor, debtor: Debtor, sent: date) -> int:
    """The PostNL delivery days a letter posted on `sent` to `debtor` is assumed to take: within the
    Netherlands the policy's `delivery_days`, else the postal norm of that day, at least 2 (law.tables: 3 from
    1 July 2027); to an address abroad `delivery_days_abroad`, and never fewer than within the Netherlands:
    international post takes longer, and the day of receipt errs late, never early."""
    days = domestic_delivery_days(creditor, sent)
    # Where the letter went on its day: p/a an administrator only while they acted (Debtor.contact_on).
    abroad = debtor.contact_on(sent).is_abroad
    return max(days, creditor.policy.delivery_days_abroad) if abroad else days


def domestic_delivery_days(creditor: Creditor, sent: date) -> int:
    """The PostNL delivery days a letter posted on `sent` within the Netherlands is assumed to take."""
    if creditor.policy.delivery_days is not None:
        return creditor.policy.delivery_days
    return max(postal_norm(sent), ASSUMED_DELIVERY_DAYS_AT_LEAST)


def postal_norm(sent: date) -> int:
    """The delivery days the Postbesluit allows a letter posted on `sent`."""
    return next((days for start, days in reversed(POSTAL_DELIVERY_NORM) if sent >= start), POSTAL_DELIVERY_NORM_BEFORE)


def letter_received(creditor: Creditor, debtor: Debtor, sent: date, channel: Channel | None = None) -> date:
    """The assumed day a letter to `debtor` arrived: on the day for email or the portal, else by post.

    By post, `delivery_days` (abroad: `delivery_days_abroad`) counts only days PostNL
    delivers letters (Tuesday to Saturday, no holiday), from the day it is posted (a letter of a
    Sunday or holiday goes the next day post is collected), so the assumed day errs late:
    a term counted from too early a day costs the claim its costs.
    """
    if channel in INSTANT_CHANNELS:
        return sent
    posted = posting_day(sent)
    return _delivered(posted, delivery_days(creditor, debtor, posted))


def later_abroad(creditor: Creditor, debtor: Debtor, sent: date) -> timedelta:
    """How many days later a letter written on `sent` reaches `debtor` by post than one posted within the Netherlands
    that day: `delivery_days_abroad` against `delivery_days`, counted in PostNL delivery days as `letter_received`
    does (a Friday's letter abroad ten delivery days, at home two). None at home, nor without a postal address."""
    posted = posting_day(sent)
    if not debtor.contact_on(posted).is_abroad:  # most debtors: no days of post counted twice for nothing
        return timedelta()
    at_home = _delivered(posted, domestic_delivery_days(creditor, posted))
    return letter_received(creditor, debtor, sent) - at_home


def step_after_letter(creditor: Creditor, debtor: Debtor, sent: date, days: int) -> date:
    """The day the policy's next step follows a reminder or dunning letter written on `sent`, `days` after it:
    posted to an address abroad, later by as many days as it arrives later than at home (`later_abroad`), so the day
    it asks payment by (the eve of that step) lies as long after its receipt as at home, never before it. Such a
    letter goes in every form the debtor can be reached in (letters.due.forms), the e-mail beside the posted one
    stating the same day: with a postal address abroad the post's receipt counts, whatever channel staff record it
    with. Without a postal address abroad (at home, or by e-mail only) the day is the policy's as it always was."""
    return sent + timedelta(days=days) + later_abroad(creditor, debtor, sent)


def _delivered(posted: date, days: int) -> date:
    """The day a letter posted on `posted` arrives after `days` PostNL delivery days (Tuesday to Saturday)."""
    day, left = posted, days
    while left > 0:
        day += timedelta(days=1)
        if is_postal_delivery_day(day):
            left -= 1
    return day


def slowest_post(creditor: Creditor, start: date, days: int) -> tuple[date, date]:
    """Of the `days` days from `start` on, the one a letter written on it and posted within the Netherlands is
    assumed to reach its reader the most days after (a Christmas week's, say: no post on the holidays and the
    Sunday and Monday after), and that day of receipt, as `letter_received` counts it. The earliest such day."""
    found = (start, start)
    for written in (start + timedelta(days=n) for n in range(days)):
        posted = posting_day(written)
        received = _delivered(posted, domestic_delivery_days(creditor, posted))
        if received - written > found[1] - found[0]:
            found = (written, received)
    return found


def confirmation_received(creditor: Creditor, debtor: Debtor, agreed: Event) -> date:
    """The assumed day the letter confirming a promise or plan (`agreed`) reaches `debtor`, assumed late, never
    early: staff enter the day's agreements after the night's build, so the next night's build writes it, the
    day after the agreement, or the later night a build first saw a plan entered late (`confirmation_written`;
    letters.due.confirmations, docs/letters.md). From that day
    it goes by post when the debtor has a postal address (`letter_received`: from the next day post is
    collected), unless it was confirmed by e-mail or the portal (the event's `channel`) or can only be
    e-mailed: those arrive the day they are written. A debtor with neither address gets no letter, and knows
    the plan from the day it was made. A confirmation a build wrote on the agreement's own day arrives sooner:
    its days are never earlier than these (letters.terms._plan_letter_read)."""
    contact = debtor.contact_on(agreed.date)
    if not contact.address and not contact.email:
        return agreed.date
    channel = agreed.channel if contact.address else Channel.EMAIL
    return letter_received(creditor, debtor, confirmation_written(agreed), channel)


def confirmation_written(agreed: Event) -> date:
    """The day the confirmation of `agreed` is assumed written: by the first night's build after it was entered, the
    night after its day, or the later day a build first wrote it (`confirmed`: the plan entered late)."""
    night_after = agreed.date + timedelta(days=1)
    return max(night_after, agreed.confirmed) if agreed.confirmed is not None else night_after


def notice_received(creditor: Creditor, debtor: Debtor, notice: Event) -> date:
    """The day a letter sent to `debtor` counts as received: the assumed day, or the later day the debtor
    told staff it arrived (`received`). An earlier day never shortens the term the letter stated."""
    assumed = letter_received(creditor, debtor, notice.date, notice.channel)
    return max(assumed, notice.received) if notice.received is not None else assumed


def notice_term_end(creditor: Creditor, debtor: Debtor, notice: Event) -> date:
    """The last day to pay of a final notice sent to `debtor`: 14 days from the day after its receipt."""
    received = notice_received(creditor, debtor, notice)
    return term_end(received + timedelta(days=creditor.policy.final_notice_term_days))


def notices_a_day(creditor: Creditor, debtor: Debtor, notices: Iterable[Event]) -> tuple[Event, ...]:
    """Final notices one a day, oldest first: of two sent on one day (by post and by e-mail), the one
    whose term ends last stands for both. Each letter states its own last day; counting from the
    earlier would charge costs, or hand over, before the day the other letter promised
    (docs/computation.md, "Two final notices on one day")."""
    by_day: dict[date, Event] = {}
    for notice in notices:
        kept = by_day.get(notice.date)
        if kept is None or _term_rank(creditor, debtor, notice) >= _term_rank(creditor, debtor, kept):
            by_day[notice.date] = notice
    return tuple(by_day[day] for day in sorted(by_day))


def longest_term(creditor: Creditor, debtor: Debtor, notices: Iterable[Event]) -> Event | None:
    """Of final notices, the one whose term ends last (of equal terms the later sent): a handover waits
    for it, and the page states it. A notice sent again later, by e-mail, may end sooner than the letter
    before it, and never shortens what that letter said."""
    return max(notices, key=lambda n: (_term_rank(creditor, debtor, n), n.date), default=None)


def _term_rank(creditor: Creditor, debtor: Debtor, notice: Event) -> tuple[date, bool]:
    """A notice's term end, and of equal ends the posted one first: its day of receipt is only assumed,
    and the page asks to hear of a later one (of equal ranks, the later in the file wins)."""
    return notice_term_end(creditor, debtor, notice), notice.channel not in INSTANT_CHANNELS


def final_notice_term_end(creditor: Creditor, debtor: Debtor, sent: date, channel: Channel | None = None) -> date:
    """The last day to pay a final notice sent to `debtor`: 14 days counted from the day after the letter arrived.

    A term ending on a Saturday, Sunday or holiday runs on to the next working day
    (Algemene termijnenwet art. 1): the term of art. 6:96 lid 6 BW is set by law.
    """
    received = letter_received(creditor, debtor, sent, channel)
    last_day = received + timedelta(days=creditor.policy.final_notice_term_days)
    return term_end(last_day)


def cost_moment(creditor: Creditor, as_of: date) -> CostRule:
    """The rule for when costs are charged, and over which invoices (see docs/computation.md)."""

    def rule(debtor: Debtor) -> CostPlan | None:
        if creditor.policy.business_costs_from_due and debtor.type == DebtorType.BUSINESS:
            return _from_due(debtor, creditor.policy.costs_vat)
        sent = [e for e in debtor.events_until(as_of) if e.type == EventType.FINAL_NOTICE]
        # Only a notice in a form the debtor can be held to, stating costs the law allows, brings costs
        # (`brings_costs`); what any notice of the day stated still caps them: the debtor read that amount.
        binding = [e for e in sent if brings_costs(creditor, debtor, e)]
        if not binding:
            return None
        # Costs hang on the first final notice of an episode: a later one brings costs only once the
        # episode before it was paid, and only when its letter stated them (`costs`; claims.settlement;
        # docs/computation.md, "Costs hang on the first final notice").
        events = debtor.events_until(as_of)
        first, *later = (
            wait_for_disputes(creditor, events, _notice_checkpoint(creditor, debtor, n, sent))
            for n in notices_a_day(creditor, debtor, binding)
        )
        return CostPlan((first,), ZERO, tuple(later), vat=creditor.policy.costs_vat)

    return rule


def binds(debtor: Debtor, notice: Event) -> bool:
    """Whether a final notice can bring collection costs: one in a form the debtor can be held to. A
    consumer's sent by e-mail or in the portal only when their file records that they agreed to receive it
    that way (`final_notice_by: email`), with or without a postal address, and agreed by the day it was sent
    (`email_agreed`, when recorded): art. 6:96 lid 6 BW asks for a letter (aanmaning) the consumer received,
    and an e-mail they had not agreed to is no such letter, also once they agree later. Until the consent,
    or a posted notice, is recorded, no costs are charged (dossier_notes says so to staff)."""
    return binds_by(debtor, notice.channel, notice.date)


def brings_costs(creditor: Creditor, debtor: Debtor, notice: Event) -> bool:
    """Whether a final notice can bring collection costs: one in a form the debtor can be held to (`binds`)
    whose letter did not state more costs than the law allows a consumer (`overstates`)."""
    return binds(debtor, notice) and not overstates(creditor, debtor, notice)


def overstates(creditor: Creditor, debtor: Debtor, notice: Event) -> bool:
    """Whether a consumer's final notice records more `costs` than the staffel gives (with the VAT the creditor
    charges on them: policy.costs_vat) over all it could ask on its letter's day (`could_ask`). A consumer owes
    costs only after a letter that states the exact amount that will be charged (art. 6:96 lid 6 BW), and no
    more than the staffel may ever be charged: a letter that stated more stated no amount that could be, so it
    brings none, and a notice that states the right amount may follow (claims.escalation). Not the staffel's
    amount with 21 % VAT while costs_vat is off: that letter is right for a creditor that cannot reclaim VAT,
    whose setting is missing (staff are told: dossier_notes' COSTS_WITH_VAT; the staffel is charged meanwhile).
    A business owes reasonable costs whatever the letter said: the staffel is charged (claims.settlement)."""
    if not debtor.is_consumer or notice.costs is None:
        return False
    asked = could_ask(debtor, notice)
    if asked <= 0:
        return False  # a letter that asked for nothing (dossier_notes says so)
    allowed = collection_costs(asked, creditor.policy.costs_vat)
    return notice.costs > allowed and notice.costs != collection_costs(asked, vat=True)


def could_ask(debtor: Debtor, notice: Event) -> Decimal:
    """The principal a final notice could ask for on its letter's day, whole: every invoice due before that day,
    less its credit notes dated by then (a later one lowers the costs, but the letter could not know it), and
    less those a dispute held apart that day (the letter asked for the rest only). Whole: a payment the letter
    did not know of makes it ask for money paid, not state wrong costs (dossier_notes' NOTICE_ASKED_PAID). An
    invoice disputed apart since is counted (`set_apart`): the letter rightly asked for it."""
    day = notice.letter_day
    apart = disputed_apart_when_dated(debtor, notice)
    every = (*debtor.invoices, *debtor.set_apart)
    return sum((i.owed(day) for i in every if i.due < day and i.number not in apart), ZERO)


def binds_by(debtor: Debtor, channel: Channel | None, sent: date) -> bool:
    """Whether a final notice sent to `debtor` by `channel` on `sent` can bring collection costs (`binds`):
    the one place the rule is decided, for the page, the letters and the staff notes alike."""
    if not debtor.is_consumer or channel not in INSTANT_CHANNELS:
        return True
    return consented_by(debtor, sent)


def next_notice_binds(debtor: Debtor, sent: date) -> bool:
    """Whether a final notice sent on `sent`, in the forms it goes in (`final_notice_forms`), can bring
    collection costs (`binds_by`): not one a consumer with no postal address gets by e-mail without having
    agreed to it, which states none. What is said of the next notice's costs before it goes follows this."""
    return any(binds_by(debtor, form, sent) for form in debtor.final_notice_forms())


def consented_by(debtor: Debtor, day: date) -> bool:
    """Whether the file records that the consumer agreed to final notices by e-mail on or before `day`:
    `final_notice_by: email` without `email_agreed` was agreed before any notice (as it meant before the
    field had a day); with it, from that day on (a notice e-mailed that day follows the consent)."""
    contact = debtor.contact
    if contact.final_notice_by != Channel.EMAIL:
        return False
    return contact.email_agreed is None or contact.email_agreed <= day


def _notice_checkpoint(creditor: Creditor, debtor: Debtor, notice: Event, sent: list[Event]) -> CostCheckpoint:
    """The day after a final notice's term, over the invoices due before the day its letter is dated (which
    asked for them as they stood that day: posted days later, it did not ask for an invoice due since, nor
    the interest of those days), less those a dispute held apart that day (the letter did not ask for them,
    also once the dispute is answered: claims.disputes); never more costs than a letter of that day stated
    (`costs` recorded on any of them)."""
    apart = disputed_apart_when_dated(debtor, notice)
    covered = tuple(i for i in debtor.invoices if i.due < notice.letter_day and i.number not in apart)
    day = notice_term_end(creditor, debtor, notice) + timedelta(days=1)
    capping = capping_notice(sent, notice.date)
    return CostCheckpoint(day, covered, notice.letter_day, announced=capping.costs if capping else None)


def wait_for_disputes(creditor: Creditor, events: list[Event], checkpoint: CostCheckpoint) -> CostCheckpoint:
    """`checkpoint` moved for a dispute about all its invoices (one of the whole dossier, or naming each)
    raised by the last day of the notice's term: disputes pause escalation, and the costs are escalation too.
    While it is open the costs wait (`awaits`: not charged, not asked); once answered they come no earlier than
    the day after the answer's term (`answer_term_end`), unless what the notice asked was paid by then, as its
    term asked: the debtor heard only with the answer that the claim stands, and the steps resume that day too
    (an answer early in the term moves nothing: its term ends before the notice's). A dispute raised after the
    term ended leaves the costs owed before it. A dispute of some of the invoices only leaves the costs over the
    others: those are not disputed, and the page asked them in the term (the disputed ones are out of the
    figures while it is open: claims.assess)."""
    day, covered = checkpoint.day, {i.number for i in checkpoint.invoices}
    for span in dispute_spans(events):
        raised, answered = span.raised, span.answered
        if raised.date >= day:
            continue  # raised after the costs arose
        if raised.invoices and not covered <= set(raised.invoices):
            continue  # a dispute of some invoices: the costs over the others stand
        if answered is None:
            return replace(checkpoint, day=day, awaits=raised)
        day = max(day, answer_term_end(creditor.policy, answered) + timedelta(days=1))
    return replace(checkpoint, day=day)


def answer_term_end(policy: Policy, resolved: Event) -> date:
    """The last day of the term a dispute's answer gives: the debtor, who heard only now that the
    claim stands, may pay before a harder letter comes (not the day after the answer), or costs follow."""
    return resolved.date + timedelta(days=policy.resume_after_dispute_days - 1)


def capping_notice(events: Iterable[Event], day: date) -> Event | None:
    """Of the final notices sent on `day`, the one whose recorded `costs` are the lowest (None when none
    records them): never more is charged than a letter of that day stated."""
    stated = [
        (e.costs, e) for e in events if e.type == EventType.FINAL_NOTICE and e.date == day and e.costs is not None
    ]
    return min(stated, key=lambda pair: pair[0], default=(None, None))[1]


def _from_due(debtor: Debtor, vat: bool) -> CostPlan:
    """Art. 6:96 lid 4 BW: each invoice still open after its due date owes costs from the day after.

    No letter sets the day, so a later letter does not move it; an invoice paid on
    time brings none.
    """
    by_due = sorted(debtor.invoices, key=lambda i: (i.due, i.date, i.number))
    days = sorted({i.due + timedelta(days=1) for i in by_due})
    checkpoints = tuple(
        CostCheckpoint(day, tuple(i for i in by_due if i.due + timedelta(days=1) == day)) for day in days
    )
    return CostPlan(checkpoints, LATE_COMMERCIAL_MINIMUM, vat=vat)
