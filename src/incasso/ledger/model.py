"""The ledger as records: small frozen dataclasses that know where they came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from incasso.law.tables import ASSUMED_DELIVERY_DAYS_ABROAD
from incasso.ledger.address import outside_netherlands
from incasso.ledger.pickling import pickled_by_fields
from incasso.ledger.problems import Source
from incasso.records import init_by_slots


class DebtorType(StrEnum):
    BUSINESS = "business"
    CONSUMER = "consumer"


class RepresentativeRole(StrEnum):
    """Who acts for a debtor: a debt counsellor (schuldhulpverlener, budget coach) or a court-appointed
    administrator (beschermingsbewindvoerder), who manages the debtor's money and receives their mail."""

    COUNSELLOR = "counsellor"
    ADMINISTRATOR = "administrator"


class Language(StrEnum):
    NL = "nl"
    EN = "en"


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    VISIT = "visit"
    PORTAL = "portal"


class InterestChoice(StrEnum):
    STATUTORY = "statutory"
    NONE = "none"


class EnvelopeWindow(StrEnum):
    """Where the window of the envelope the letters are posted in lies (pelican.plugins.incasso.letters.envelope)."""

    RIGHT = "right"  # the Dutch EA5/6 "venster rechts"
    LEFT = "left"  # DIN 5008 form B, the Dutch "venster links"


class EventType(StrEnum):
    """The kinds of event in a dossier's history; the first five are the escalation steps, mildest first."""

    REMINDER = "reminder"
    DUNNING = "dunning"
    FINAL_NOTICE = "final_notice"
    HANDOVER = "handover"
    LEGAL = "legal"
    CALL = "call"
    PROMISE = "promise"
    ARRANGEMENT = "arrangement"
    DISPUTE = "dispute"
    DISPUTE_RESOLVED = "dispute_resolved"
    WRITTEN_OFF = "written_off"
    POSTPONE = "postpone"  # staff wait until a date before the next step
    # A settlement (minnelijk akkoord): an agreed part of the claim, paid by a day or in instalments, closes it.
    SETTLEMENT = "settlement"
    # A running settlement called off by agreement (debtor and creditor agree it is off, or replace it by a plan).
    SETTLEMENT_ENDED = "settlement_ended"
    REFUND = "refund"  # money paid too much (a credit) was paid back to the debtor
    PASSED_ON = "passed_on"  # money paid to the creditor after a handover was passed on to the agency
    NOTE = "note"


class PauseAsker(StrEnum):
    """Who asked for a `postpone` or agreed a `settlement` that the page says (`asked_by`): the debtor, or whoever
    acts for them."""

    DEBTOR = "debtor"
    REPRESENTATIVE = "representative"


DEBTOR_TYPES = tuple(DebtorType)
PAUSE_ASKERS = tuple(PauseAsker)
LANGUAGES = tuple(Language)
REPRESENTATIVE_ROLES = tuple(RepresentativeRole)
CHANNELS = tuple(Channel)
INTEREST_CHOICES = tuple(InterestChoice)
ENVELOPE_WINDOWS = tuple(EnvelopeWindow)
# The escalation events, mildest first: the stage is the highest one recorded.
ESCALATION_EVENTS = (EventType.REMINDER, EventType.DUNNING, EventType.FINAL_NOTICE, EventType.HANDOVER, EventType.LEGAL)
EVENT_TYPES = tuple(EventType)
# Channels by which a message arrives the day it is sent (no postal delivery).
INSTANT_CHANNELS = (Channel.EMAIL, Channel.PORTAL)
# A note is contact when it records a message sent in writing ("sent a friendly e-mail"); a note by
# phone or visit records an attempt (voicemail, nobody home): a conversation is recorded as a `call`.
WRITTEN_CHANNELS = (Channel.EMAIL, Channel.LETTER, Channel.PORTAL)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Desk:
    """The creditor's contact desk: the named person a debtor reaches.

    `role` and `hours` are as written, or their Dutch when written per language; `role_en` and
    `hours_en` their English then (None: the same text in every language)."""

    name: str
    role: str | None
    phone: str | None
    email: str | None
    hours: str | None
    role_en: str | None = None
    hours_en: str | None = None

    def role_in(self, lang: Language) -> str | None:
        return self.role_en if lang == Language.EN and self.role_en is not None else self.role

    def hours_in(self, lang: Language) -> str | None:
        return self.hours_en if lang == Language.EN and self.hours_en is not None else self.hours


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, slots=True)
class Policy:
    """The escalation policy and other settings; defaults follow domain.md."""

    payment_term_days: int = 30
    reminder_after_days: int = 1
    dunning_after_days: int = 14
    call_after_days: int = 7
    final_notice_after_days: int = 14
    final_notice_term_days: int = 14
    # None: the postal norm of the day a letter is posted (claims.timing.delivery_days, law.tables).
    delivery_days: int | None = None
    # A letter posted to an address abroad (DebtorContact.is_abroad): never fewer than delivery_days
    # (claims.timing.delivery_days). Errs late: see law.tables.ASSUMED_DELIVERY_DAYS_ABROAD.
    delivery_days_abroad: int = ASSUMED_DELIVERY_DAYS_ABROAD
    business_costs_from_due: bool = False
    # The creditor cannot reclaim VAT (exempt) and charges it on the collection costs, which it must say
    # explicitly: every costs amount then holds the VAT on it (law.costs.vat_on_costs, law.tables).
    costs_vat: bool = False
    paid_page_days: int = 30
    dispute_max_days: int = 30
    # After a dispute's answer the debtor has this long to pay what it says is owed before the next step.
    resume_after_dispute_days: int = 14
    no_contact_days: int = 45
    # A balance below this is not chased and carries no collection costs: EUR 40
    # of costs over a few cents of interest left after a payment helps nobody.
    chase_minimum: Decimal = Decimal("5.00")
    # False: a creditor who never calls (a shop that writes only): after a dunning letter the final notice follows.
    calls: bool = True
    # The envelope the letters are posted in: where their address and reference block are printed.
    envelope_window: EnvelopeWindow = EnvelopeWindow.RIGHT


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SetAside:
    """Bank money that is no debtor's (creditor.yaml's `bank_set_aside`): `amount` of the credit `bank_ref` names,
    credited on `date`, that staff know belongs to no dossier (a payer's mistake, money to pay back), and why. It
    counts for no dossier and is offered to none; the staff pages and claims.json keep it in sight as such."""

    date: dt.date
    amount: Decimal
    bank_ref: str
    reason: str
    source: Source = Source("")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ReturnAnswer:
    """Which credit a return took back, as the bank told staff (creditor.yaml's `bank_returns`): the return
    `bank_ref` booked on `date` took back the credit `credit` credited on `credit_date`, or none the statements
    hold (`credit` None), and how staff know (`reason`). It stands over the tie incasso.bank.reconcile would make
    by the amount alone, and settles the return's note (a return with charges: booked as the creditor's cost).
    `charges`: what of the return the bank told staff were its charges, where its file says none: the return then
    takes back its amount less them, as one whose file says them does (BankEntry.original)."""

    bank_ref: str
    date: dt.date
    credit: str | None
    credit_date: dt.date | None
    reason: str
    source: Source = Source("")
    place: str = ""  # where under bank_returns: "bank_returns[0]"
    charges: Decimal | None = None
    charges_source: Source | None = None  # where `charges` was written: a problem with it points there


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Creditor:
    name: str
    address: tuple[str, ...]
    iban: str
    contact: Desk
    kvk: str | None = None
    vat_number: str | None = None
    bic: str | None = None
    interest: InterestChoice = InterestChoice.NONE
    payment_url: str | None = None
    policy: Policy = field(default_factory=Policy)
    source: Source = Source("")
    iban_source: Source | None = None  # where the iban was written: a bank statement's rule points there
    address_source: Source | None = None  # where the address was written: a note on it points there
    name_source: Source | None = None  # where the name was written: the letterhead's rule points there
    set_aside: tuple[SetAside, ...] = ()  # bank money that is no debtor's (`bank_set_aside`)
    return_answers: tuple[ReturnAnswer, ...] = ()  # which credit a return took back, as the bank said (`bank_returns`)
    # Where each policy field written was (name, source): a note on one points at its line (`policy_source`).
    policy_sources: tuple[tuple[str, Source], ...] = ()
    # How the creditor's own invoice numbers are written (`invoice_numbers`, masks such as "F####-####"): a credit
    # no dossier matches that names one of them not in the ledger is an invoice outside the ledger, not staff's work.
    invoice_numbers: tuple[str, ...] = ()
    invoice_numbers_sources: tuple[Source, ...] = ()  # where each mask was written: a note on it points there

    def policy_source(self, name: str) -> Source | None:
        """Where the policy field `name` was written; None for one left out (its default)."""
        return next((source for written, source in self.policy_sources if written == name), None)

    def __hash__(self) -> int:
        """Over its name and IBAN only, which equal creditors share: a dict still compares whole creditors whose
        hashes meet. The what-ifs kept with a claim (claims.claim.Claim.answer) ask it thousands of times a build;
        over every field (the desk, the policy, every source) it took 24 times as long (BENCHMARKS.md, session 48)."""
        return hash((self.name, self.iban))


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, slots=True)
class DebtorContact:
    person: str | None = None
    email: str | None = None
    phone: str | None = None
    address: tuple[str, ...] = ()
    address_source: Source | None = None  # where the address was written: a rule of the letters points there
    final_notice_by: Channel | None = None  # letter or email: the one form a final notice is written in
    # The day a consumer agreed to e-mail (`final_notice_by: email`): a notice e-mailed before it brings no costs.
    # None: agreed before any notice (the field's meaning before it had a day).
    email_agreed: dt.date | None = None
    salutation: str | None = None  # whom the letters greet ("mevrouw Van der Heijden"), instead of the name
    salutation_source: Source | None = None  # where the salutation was written: a note on it points there

    @property
    def is_abroad(self) -> bool:
        """Whether the postal address is outside the Netherlands (not known without one: False)."""
        return outside_netherlands(self.address)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Representative:
    """Someone who acts for the debtor (`representative:`): staff talk to them; the public page names them only
    by their role ("uw schuldhulpverlener"), never by name. An administrator receives the debtor's letters."""

    role: RepresentativeRole
    name: str
    email: str | None = None
    phone: str | None = None
    address: tuple[str, ...] = ()
    source: Source = Source("")
    address_source: Source | None = None  # where `address` was written: a rule of the letters points there
    # The first day they act (`since`: the court's decision, the counsellor's start) and the last (`until`: help
    # ended); None: from before the first letter, or still. A letter of another day went to the debtor's own.
    since: dt.date | None = None
    until: dt.date | None = None
    since_source: Source | None = None  # where each is written: the rule of the day (a day to come) points there
    until_source: Source | None = None

    @property
    def receives_letters(self) -> bool:
        """Whether the letters go to them (beschermingsbewind: the administrator manages the debtor's mail)."""
        return self.role == RepresentativeRole.ADMINISTRATOR

    def acts_on(self, day: dt.date) -> bool:
        """Whether they act for the debtor on `day`: from `since` up to and including `until`."""
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)

    def care_of(self, own: DebtorContact) -> DebtorContact:
        """The contact the letters go to while they act: an administrator's postal and e-mail address in place of
        the debtor's (beschermingsbewind: the administrator manages the debtor's mail); the debtor's own otherwise."""
        if not self.receives_letters:
            return own
        return replace(own, address=self.address, email=self.email, address_source=self.address_source or self.source)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CreditNote:
    """A credit note on an invoice: part of its amount that was never owed (not a payment)."""

    number: str
    date: dt.date
    amount: Decimal
    description: str | None  # as written, or its Dutch when written per language
    source: Source
    description_en: str | None = None  # its English, when written per language

    def description_in(self, lang: Language) -> str | None:
        return self.description_en if lang == Language.EN and self.description_en is not None else self.description


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, slots=True)
class Invoice:
    """An invoice as written: `amount` is what it said, whatever its credit notes took off since."""

    number: str
    date: dt.date
    due: dt.date
    amount: Decimal
    description: str | None  # as written, or its Dutch when written per language
    source: Source
    description_en: str | None = None  # its English, when written per language
    credit_notes: tuple[CreditNote, ...] = ()

    def description_in(self, lang: Language) -> str | None:
        return self.description_en if lang == Language.EN and self.description_en is not None else self.description

    def credit_notes_until(self, day: dt.date) -> tuple[CreditNote, ...]:
        """The credit notes that count on `day`: those dated by then (a later one does not count yet)."""
        return tuple(note for note in self.credit_notes if note.date <= day)

    def owed(self, day: dt.date) -> Decimal:
        """What the invoice asks as known on `day`: its amount less the credit notes dated by then. The
        credited part was never owed, so this is the principal from the invoice's own date on."""
        return self.amount - sum((note.amount for note in self.credit_notes_until(day)), Decimal(0))


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, slots=True)
class Payment:
    """A payment received: written in the debtor's file, or read from a bank statement.

    `bank_ref` is the bank's reference of the entry it is; a hand-written payment
    that names one keeps that entry from being counted a second time.
    `held_apart` is not read from the file: the claims fill it in (claims.disputes.hold_apart)
    with the invoices disputed apart on the payment's day, which it pays only last.
    The debtor names one invoice (`invoice`) or several (`invoices`, two or more: a list of
    one is read as `invoice`), never both (art. 6:43 lid 1 BW: the payment goes to those).
    """

    date: dt.date
    amount: Decimal
    invoice: str | None
    source: Source
    bank_ref: str | None = None
    held_apart: frozenset[str] = frozenset()
    invoices: tuple[str, ...] = ()
    # `invoice` was written as a list of one (`invoices: [F1]`): the same payment, but a problem with the number
    # names the field written (`invoices[0]`), also when the record comes from the ledger cache.
    listed: bool = field(default=False, compare=False)
    # The day the bank took it back, as staff wrote it (`returned:`, with the return's own entry, `return_ref`) once
    # the statement holding the return is archived, or with no bank files at all: it then counts no more, as a
    # payment a return read took back (incasso.bank.books.returns_written). Where it is written: (source, field).
    returned: dt.date | None = None
    return_ref: str | None = None
    returned_at: tuple[Source, str] | None = field(default=None, compare=False)

    @property
    def named(self) -> tuple[str, ...]:
        """The invoices the debtor named when paying: none, one or several."""
        return (self.invoice,) if self.invoice is not None else self.invoices


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Installment:
    due: dt.date
    amount: Decimal
    source: Source


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, slots=True)
class Event:
    date: dt.date
    type: EventType
    source: Source
    channel: Channel | None = None
    by: str | None = None
    note: str | None = None
    spoke_with: str | None = None
    agency: str | None = None
    # Who handles the file after a handover (the agency) or a legal step (the bailiff), for the debtor:
    # the statement page names them and says whom to call and whom to pay.
    agency_phone: str | None = None
    agency_email: str | None = None
    agency_iban: str | None = None
    agency_reference: str | None = None
    bailiff: str | None = None
    bailiff_phone: str | None = None
    bailiff_email: str | None = None
    promised_date: dt.date | None = None
    amount: Decimal | None = None
    installments: tuple[Installment, ...] = ()
    reason: str | None = None
    outcome: str | None = None
    until: dt.date | None = None
    # A settlement's one day to pay its agreed amount by (its other form: `installments`).
    pay_by: dt.date | None = None
    # A `postpone` asked for by the debtor or their representative: the page says it waits, and until when.
    asked_by: PauseAsker | None = None
    # A final notice the debtor says arrived later than assumed: its term counts from the day after this.
    received: dt.date | None = None
    # The collection costs a final notice's letter announced (the event to paste writes them): never
    # more are charged after it, and a later notice brings costs of its own only with them.
    costs: Decimal | None = None
    # The day a final notice's letter is dated, when it went out later (`date`): what it asked, and of
    # which invoices, is what stood on this day; its term counts from `date`.
    written: dt.date | None = None
    # The handover a `passed_on` is for, by its day, when not the latest before it: money that reached us while an
    # earlier agency had the file, passed on to that agency after the file went to another.
    handover: dt.date | None = None
    # The invoices (numbers) a dispute is about, or its answer settles: only they are paused. Empty: the
    # whole dossier (a dispute), every open dispute (its answer).
    invoices: tuple[str, ...] = ()
    # Where `amount` was written: a note on it (a promise for more than is owed) points there.
    amount_source: Source | None = None
    # Where `type` was written: a rule of the day about the event itself (a settlement while another runs) points there.
    type_source: Source | None = None
    # Of a payment plan: the day a build first wrote its confirmation, when later than the night after the plan (entered
    # late), as the build's record says (letters.due.confirmed_as_written). Never written in a file.
    confirmed: dt.date | None = None
    # Of a settlement in instalments: each instalment's day whose missed-instalment reminder a build first wrote later
    # than its own day (claims.accord.reminder_due: the bank statements came in late), with the day it wrote it, as the
    # build's record says (letters.due.confirmed_as_written). Its grace counts from that day. An instalment whose
    # payment the bank took back is reminded again from the return (claims.accord.counted_from): that reminder's is
    # under the return's day. Never written in a file.
    reminded: tuple[tuple[dt.date, dt.date], ...] = ()
    # Of the event of a settlement's reminder (letters.due): it reminds of a payment the bank took back on or after the
    # day the instalment's own reminder falls (claims.accord.return_reminder_apart), another letter than that one,
    # which a build that had not read the return may have written up to that day ("not received", asking by the
    # instalment's own last day). Never written in a file.
    of_return: bool = False

    @property
    def letter_day(self) -> dt.date:
        """The day the letter is dated, whose figures it states: `written`, else the day it went."""
        return self.written or self.date


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, slots=True)
class Debtor:
    id: str
    name: str
    type: DebtorType
    language: Language
    contact: DebtorContact
    invoices: tuple[Invoice, ...]
    payments: tuple[Payment, ...]
    events: tuple[Event, ...]
    source: Source
    # Where the id is written: the rules across files on ids point there (None: at `source`).
    id_source: Source | None = None
    # Not read from the file: the invoices a dispute sets apart while the rest is counted without them
    # (claims.disputes.without). A payment naming one keeps at most what it asks (claims.settlement).
    set_apart: tuple[Invoice, ...] = ()
    # Where the file writes `payments:` (None: it does not), also with no payment under it (`payments: []`): the
    # lines staff paste to assign a payment replace such a line, as a second `payments:` would be refused.
    payments_key: Source | None = None
    # Where the file writes `events:` (None: it does not), also with no event under it (`events: []`): the lines staff
    # paste to record a step bring the key when there is none, and replace such a line (incasso.staff.notes).
    events_key: Source | None = None
    # The top-level key the file writes next after `events:` (None: the events come last, or are not written), and
    # where: the lines staff paste to record a step go before it (incasso.staff.notes.events_place).
    key_after_events: tuple[str, Source] | None = None
    # Which of the debtor's personal links is theirs (`link_version`, 1 unless written): staff raise it when the
    # link reached someone else, and the next build gives them alone a new one (incasso.payments.tokens).
    link_version: int = 1
    # Who acts for the debtor (`representative:`) on the day the debtor is seen (`on`; as read: on the build's day,
    # whose rules refuse a `since` or `until` after it), None when nobody does. When they receive the letters (an
    # administrator), `contact` holds their postal and e-mail address, and `own_contact` the debtor's as written.
    representative: Representative | None = None
    own_contact: DebtorContact | None = None
    # Where `link_version` is written (None: it is not, so 1): a version lower than the last build's points there.
    link_version_source: Source | None = None
    # The `representative:` block as written, acting on the day or not (its `since` still to come, its `until`
    # past): the letters of its days went to them, and its words are a third party's on the public page.
    written_representative: Representative | None = None

    def on(self, day: dt.date) -> Debtor:
        """The debtor as on `day`: who acts for them then, and the contact a letter of that day goes to (an ended
        administrator's address no longer, one appointed later not yet)."""
        written = self.written_block
        acting = written if written is not None and written.acts_on(day) else None
        if acting is self.representative or acting == self.representative:
            return self
        own = self.own_contact or self.contact
        care_of = acting is not None and acting.receives_letters
        return replace(
            self,
            representative=acting,
            contact=acting.care_of(own) if acting is not None else own,
            own_contact=own if care_of else None,
        )

    @property
    def written_block(self) -> Representative | None:
        """The `representative:` block as written, acting today or not (a debtor made without
        `written_representative`: the one acting)."""
        return self.written_representative if self.written_representative is not None else self.representative

    def contact_on(self, day: dt.date) -> DebtorContact:
        """The contact a letter sent on `day` went (or goes) to: p/a an administrator only while they acted."""
        if self.written_representative is None and self.representative is None:
            return self.contact  # nobody acts: the one contact (the most debtors, asked for every letter's day)
        return self.on(day).contact

    @property
    def is_consumer(self) -> bool:
        return self.type == DebtorType.CONSUMER

    def final_notice_forms(self) -> tuple[Channel, ...]:
        """The forms a final notice not yet sent goes out in, of those the contact reaches: the one
        `contact.final_notice_by` names; else a consumer's by post only (post and e-mail arrive on
        different days, so two forms would state two last days); else both."""
        wanted: tuple[Channel, ...] = (Channel.LETTER, Channel.EMAIL)
        if self.contact.final_notice_by is not None:
            wanted = (self.contact.final_notice_by,)
        elif self.is_consumer and self.contact.address:
            wanted = (Channel.LETTER,)
        return self.reachable(wanted)

    def reachable(self, forms: tuple[Channel, ...]) -> tuple[Channel, ...]:
        """Those of `forms` the contact can be reached in: a letter with an address, an e-mail with one."""
        can = {Channel.LETTER: bool(self.contact.address), Channel.EMAIL: bool(self.contact.email)}
        return tuple(form for form in forms if can[form])

    def events_until(self, as_of: dt.date) -> list[Event]:
        """The history as known on `as_of`: later events have not happened yet."""
        return [e for e in self.events if e.date <= as_of]


def latest(events: Sequence[Event], kind: EventType) -> Event | None:
    """The most recent event of a kind (events are written oldest first), or None."""
    return next((e for e in reversed(events) if e.type == kind), None)


def earliest(events: Sequence[Event], kind: EventType) -> Event | None:
    """The first event of a kind, or None."""
    return next((e for e in events if e.type == kind), None)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ReturnedPayment:
    """A payment to a dossier that the bank took back (a return, a recall, a reversed direct debit): it does not
    count, but the debtor may think they paid (incasso.bank.reconcile finds it; staff and the debtor's page say so)."""

    # The bank entry of the payment; None for one staff wrote as taken back (`returned:`) without its `bank_ref`.
    reference: str | None
    amount: Decimal
    paid: dt.date  # the day the bank credited it
    returned: dt.date  # the day the bank booked the return: read from its statement, or as staff wrote it
    reason: str | None  # the bank's reason (a SEPA code: MD06, reversed by the payer), when it gave one
    account: str | None  # the account it came from (IBAN, compact)
    # What its return debited beyond it, as its file or staff's answer says (BankEntry.charges): the bank's charges,
    # the creditor's cost. For staff only: never the debtor's to pay, never on their page or in their letters.
    charges: Decimal | None = None
    # The charges its return names booked apart, not in what it debits (BankEntry.apart): the creditor's cost too.
    apart: Decimal | None = None
    # The day the bank booked the payment itself, as the statement that holds it says (also of one staff wrote as
    # taken back: bank.books.returns_written), or else as a build into the same staff output read it before the
    # statement was archived (letters.due.booked_as_recorded); None where neither says it. A build reads the
    # statements up to the day before its own: until that day's, it saw the payment's instalment unpaid
    # (claims.agreements.reminder_may_cross). When the statement said it, not what was taken back: a return read and
    # the same written by staff are one.
    booked: dt.date | None = field(default=None, compare=False)
    # Where staff wrote the payment as taken back: (source, field) of its `returned:` (bank.books.returns_written);
    # None for one a return read from a statement took back. Where it was said, not what: the same return either way.
    written: tuple[Source, str] | None = field(default=None, compare=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Ledger:
    creditor: Creditor
    debtors: tuple[Debtor, ...]
    root: str = "ledger"
    # Notes on the entries of debtors/ not read, each "path: why".
    skipped: tuple[str, ...] = ()
    # The last day the bank statements read cover (incasso.bank sets it with their payments);
    # None when no statement was read.
    bank_until: dt.date | None = None
    # The debtors (ids) whose payments may count one payment twice, until staff say which (incasso.bank's
    # notes): their credit is not promised back on their page.
    bank_doubted: frozenset[str] = frozenset()
    # The debtors (ids) a refund of whom came back from their bank (incasso.bank's notes): their page does
    # not say the money was paid back.
    bank_refunds_back: frozenset[str] = frozenset()
    # Per debtor (id), the payments the bank took back (incasso.bank's returns), in the order the statements give
    # them: their page says the payment came back and still counts as open. No entry for a debtor without one.
    bank_returned: dict[str, tuple[ReturnedPayment, ...]] = field(default_factory=dict, hash=False)
