"""The ledger as records: small frozen dataclasses that know where they came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .problems import Source

DEBTOR_TYPES = ("business", "consumer")
LANGUAGES = ("nl", "en")
CHANNELS = ("email", "letter", "phone", "visit", "portal")
INTEREST_CHOICES = ("statutory", "none")

# The escalation events, mildest first: the stage is the highest one recorded.
ESCALATION_EVENTS = ("reminder", "dunning", "final_notice", "handover", "legal")
EVENT_TYPES = ESCALATION_EVENTS + (
    "call", "promise", "arrangement", "dispute", "dispute_resolved", "written_off", "note",
)


@dataclass(frozen=True)
class Desk:
    """The creditor's contact desk: the named person a debtor reaches."""

    name: str
    role: str | None
    phone: str | None
    email: str | None
    hours: str | None


@dataclass(frozen=True)
class Policy:
    """The escalation policy and other settings; defaults follow domain.md."""

    payment_term_days: int = 30
    reminder_after_days: int = 1
    dunning_after_days: int = 14
    call_after_days: int = 7
    final_notice_after_days: int = 14
    final_notice_term_days: int = 14
    delivery_days: int = 2
    business_costs_from_due: bool = False
    paid_page_days: int = 30
    dispute_max_days: int = 30
    no_contact_days: int = 45
    # A balance below this is not chased and carries no collection costs: EUR 40
    # of costs over a few cents of interest left after a payment helps nobody.
    chase_minimum: Decimal = Decimal("5.00")


@dataclass(frozen=True)
class Creditor:
    name: str
    address: tuple[str, ...]
    iban: str
    contact: Desk
    kvk: str | None = None
    vat_number: str | None = None
    bic: str | None = None
    interest: str = "none"
    payment_url: str | None = None
    policy: Policy = field(default_factory=Policy)
    source: Source = Source("")


@dataclass(frozen=True)
class DebtorContact:
    person: str | None = None
    email: str | None = None
    phone: str | None = None
    address: tuple[str, ...] = ()


@dataclass(frozen=True)
class Invoice:
    number: str
    date: date
    due: date
    amount: Decimal
    description: str | None
    source: Source


@dataclass(frozen=True)
class Payment:
    date: date
    amount: Decimal
    invoice: str | None
    source: Source


@dataclass(frozen=True)
class Installment:
    due: date
    amount: Decimal
    source: Source


@dataclass(frozen=True)
class Event:
    date: date
    type: str
    source: Source
    channel: str | None = None
    by: str | None = None
    note: str | None = None
    spoke_with: str | None = None
    agency: str | None = None
    promised_date: date | None = None
    amount: Decimal | None = None
    installments: tuple[Installment, ...] = ()
    reason: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class Debtor:
    id: str
    name: str
    type: str
    language: str
    contact: DebtorContact
    invoices: tuple[Invoice, ...]
    payments: tuple[Payment, ...]
    events: tuple[Event, ...]
    source: Source

    @property
    def is_consumer(self) -> bool:
        return self.type == "consumer"


@dataclass(frozen=True)
class Ledger:
    creditor: Creditor
    debtors: tuple[Debtor, ...]
    root: str = "ledger"
