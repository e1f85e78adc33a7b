"""A debtor's file as read: the debtor, their invoices, payments and the dossier's events.

A file with problems still yields what it could read, so that the rules across
files (incasso.ledger.load) report their problems in the same run: each record
is built only when every field it needs came through, and beside it stand the
values those rules check.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TypeVar

from schwifty import IBAN

from incasso.ledger.fields import Reader
from incasso.ledger.model import (
    CHANNELS,
    DEBTOR_TYPES,
    EVENT_TYPES,
    LANGUAGES,
    PAUSE_ASKERS,
    REPRESENTATIVE_ROLES,
    Channel,
    CreditNote,
    Debtor,
    DebtorContact,
    DebtorType,
    Event,
    EventType,
    Installment,
    Invoice,
    Language,
    PauseAsker,
    Payment,
    Representative,
    RepresentativeRole,
)
from incasso.ledger.problems import Source, named
from incasso.ledger.yamlsafe import Mapping, Node, Scalar, Sequence
from incasso.payments.epc import MAX_NAME_LENGTH as EPC_NAME_LENGTH
from incasso.payments.epc import payee_problems
from incasso.payments.reference import is_valid_rf, rf_reference
from incasso.payments.tokens import LAST_LINK_VERSION

R = TypeVar("R")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Fields each event type takes beyond date, type, channel, by and note: (required, optional).
EVENT_FIELDS: dict[EventType, tuple[tuple[str, ...], tuple[str, ...]]] = {
    EventType.CALL: (("spoke_with",), ("amount",)),  # amount: a part payment agreed in the call
    EventType.HANDOVER: ((), ("agency", "agency_phone", "agency_email", "agency_iban", "agency_reference")),
    EventType.LEGAL: ((), ("bailiff", "bailiff_phone", "bailiff_email")),
    EventType.PROMISE: (("promised_date",), ("amount",)),
    EventType.ARRANGEMENT: (("installments",), ()),
    EventType.DISPUTE: (("reason",), ("invoices",)),
    EventType.DISPUTE_RESOLVED: ((), ("outcome", "invoices")),
    EventType.POSTPONE: (("until", "reason"), ("asked_by",)),
    # A settlement: the agreed amount, paid by one day or in instalments (one of the two: _settlement_terms).
    EventType.SETTLEMENT: (("amount",), ("pay_by", "installments", "asked_by", "reason")),
    EventType.SETTLEMENT_ENDED: (("reason",), ()),  # why it was called off, for staff
    EventType.REFUND: (("amount",), ()),
    EventType.PASSED_ON: (("amount",), ("handover",)),
    EventType.FINAL_NOTICE: ((), ("received", "costs", "written")),
}

# What to write when a required field of an event is left out: "is required but missing" alone names no remedy
# (a newcomer's call without spoke_with, session 49). The type's own fields, then the two every event takes.
_STAFF_ONLY = "(staff only, never on the page)"
_EVENT_MISSING: dict[EventType | None, dict[str, str]] = {
    EventType.CALL: {
        "spoke_with": ": write whom you spoke to (spoke_with: and their name); nobody reached: record a note with "
        "channel: phone instead"
    },
    EventType.PROMISE: {"promised_date": ": write the day the debtor promised to pay by (promised_date: YYYY-MM-DD)"},
    EventType.ARRANGEMENT: {
        "installments": ": write the plan's instalments under it, one a line: - {due: YYYY-MM-DD, amount: 250.00}"
    },
    EventType.DISPUTE: {"reason": f": write what the debtor disputes and why {_STAFF_ONLY}"},
    EventType.POSTPONE: {
        "until": ": write the day the next step may be taken (until: YYYY-MM-DD)",
        "reason": f": write why you wait {_STAFF_ONLY}",
    },
    EventType.SETTLEMENT: {"amount": ": write the agreed sum (amount: 600.00), below what is owed on its date"},
    EventType.SETTLEMENT_ENDED: {"reason": f": write why it was called off {_STAFF_ONLY}"},
    EventType.REFUND: {"amount": ": write what was paid back to the debtor (amount: 12.50)"},
    EventType.PASSED_ON: {"amount": ": write what was passed on to the agency (amount: 150.00)"},
}
_EVERY_EVENT_MISSING = {
    "date": ": write the day it happened (date: YYYY-MM-DD)",
    "type": f": write what happened, one of {', '.join(kind.value for kind in EventType)}",
}


@dataclass(frozen=True)
class InvoiceRead:
    """An invoice, and its number and due date: the rules across files check them either way."""

    record: Invoice | None
    number: str | None
    due: date | None
    source: Source


@dataclass(frozen=True)
class PaymentRead:
    """A payment, and the invoice or invoices it names: each must be one of its own debtor's."""

    record: Payment | None
    invoice: str | None
    source: Source
    # The numbers under `invoices:`, each where it is written (a list of one too, read as `invoice`).
    invoices: tuple[tuple[str, Source], ...] = ()


@dataclass(frozen=True)
class EventRead:
    """An event, and its type and date: the order and the disputes of a dossier are checked on them."""

    record: Event | None
    type: EventType | None  # None: a type not known (reported), whose date still takes part in the order check
    date: date | None
    source: Source
    # The invoice numbers a dispute or its answer names, each where it is written: they must be the debtor's.
    invoices: tuple[tuple[str, Source], ...] = ()
    # Where its `asked_by` is written: a rule about who asked points at that line, not the event's first.
    asked_by_at: Source | None = None

    @property
    def type_at(self) -> Source:
        """Where its `type` is written (the event's first line when not known): a rule about its kind points there."""
        return (self.record.type_source if self.record is not None else None) or self.source


@dataclass(frozen=True)
class DebtorRead:
    """A debtor, and the values of their file the rules across files check."""

    record: Debtor | None
    id: str | None
    type: DebtorType | None
    source: Source
    invoices: tuple[InvoiceRead | None, ...]
    payments: tuple[PaymentRead | None, ...]
    id_source: Source  # where the id is written, for the rules across files on ids


def whole_read(debtor: Debtor) -> DebtorRead:
    """What `read_debtor` gives for a file without any problem, made again from its record alone
    (the ledger cache keeps records, not their reads)."""
    return DebtorRead(
        debtor,
        debtor.id,
        debtor.type,
        debtor.source,
        tuple(InvoiceRead(invoice, invoice.number, invoice.due, invoice.source) for invoice in debtor.invoices),
        tuple(_payment_read(payment) for payment in debtor.payments),
        debtor.id_source or debtor.source,
    )


def _payment_read(payment: Payment) -> PaymentRead:
    """A payment as read, from its record: the invoices it names each under the field they were written in."""
    if payment.listed:
        return PaymentRead(payment, None, payment.source, ((payment.invoice or "", payment.source),))
    return PaymentRead(payment, payment.invoice, payment.source, tuple((n, payment.source) for n in payment.invoices))


def _whole(records: Iterable[R | None]) -> tuple[R, ...] | None:
    """Every record, or None when a problem left any of them out."""
    found = list(records)
    whole = tuple(record for record in found if record is not None)
    return whole if len(whole) == len(found) else None


# A debtor's contact fields written at the top of the file, where a spreadsheet's columns put them.
_CONTACT_FIELDS = ("person", "salutation", "email", "phone", "address", "final_notice_by", "email_agreed")
_IN_CONTACT = dict.fromkeys(_CONTACT_FIELDS, "contact")
_DEBTOR_MISSING = {
    "id": ": write the dossier's number (id: D-1001), and keep it: the link and the payment reference are made of it",
    "name": ": write the debtor's name, as the page addresses them",
    "type": ": write type: consumer or type: business",
    "invoices": ": write the debtor's invoices under it, each with its number, date, due and amount",
}


def read_debtor(r: Reader, node: Node) -> DebtorRead | None:
    """The debtor file's root node as read; None when it is not a mapping of fields."""
    required = ("id", "name", "type", "invoices")
    optional = ("language", "contact", "representative", "payments", "events", "link_version")
    m = r.mapping(node, "", required=required, optional=optional, belongs=_IN_CONTACT, missing=_DEBTOR_MISSING)
    if m is None:
        return None
    debtor_id = _debtor_id(r, m)
    name = r.text(m.get("name"), "name", max_length=70)
    kind = r.choice(m.get("type"), "type", DEBTOR_TYPES)
    language = r.choice(m.get("language"), "language", LANGUAGES) or Language.NL
    written = m.get("link_version")
    link_version = (
        r.integer(written, "link_version", minimum=1, maximum=LAST_LINK_VERSION) if written is not None else 1
    )
    contact = _debtor_contact(r, m.get("contact"))
    representative = _representative(r, m.get("representative"))
    _final_notice_reaches_the_administrator(r, m, contact, representative)
    # As read, on the build's day: an `until` is past by then (the rules of the day refuse a later one).
    acting = representative if representative is not None and representative.until is None else None
    invoices = _entries(r, m, "invoices", _invoice)
    payments = _entries(r, m, "payments", _payment)
    # A block written but not read (`rol: counsellor`) was reported at its line: no second problem at an asked_by.
    unread = representative is None and "representative" in m
    events = _events(r, m.get("events"), _own_numbers(invoices), representative, unread)
    id_source = m["id"].source if "id" in m else node.source
    read = DebtorRead(None, debtor_id, kind, node.source, invoices, payments, id_source)
    whole_invoices = _whole(i.record if i else None for i in invoices)
    whole_payments = _whole(p.record if p else None for p in payments)
    whole_events = _whole(e.record for e in events)
    if debtor_id is None or name is None or kind is None or link_version is None:
        return read
    if whole_invoices is None or whole_payments is None or whole_events is None:
        return read  # a problem was reported in the part left out
    debtor = Debtor(
        id=debtor_id,
        name=name,
        type=kind,
        language=language,
        contact=letters_contact(contact, acting),
        invoices=whole_invoices,
        payments=whole_payments,
        events=whole_events,
        source=read.source,
        id_source=id_source,
        payments_key=_key_source(node, "payments"),
        events_key=_key_source(node, "events"),
        key_after_events=_key_after(node, "events"),
        link_version=link_version,
        representative=acting,
        own_contact=contact if acting is not None and acting.receives_letters else None,
        link_version_source=written.source if written is not None else None,
        written_representative=representative,
    )
    return replace(read, record=debtor)


def _key_after(node: Node, key: str) -> tuple[str, Source] | None:
    """The key the mapping `node` writes next after `key`, and where; None when `key` is last or not written."""
    if not isinstance(node, Mapping) or key not in node.items:
        return None
    line = node.items[key][0].source.line
    later = [(name, written[0].source) for name, written in node.items.items() if written[0].source.line > line]
    return min(later, key=lambda found: found[1].line) if later else None


def _key_source(node: Node, key: str) -> Source | None:
    """Where `key` is written in the mapping `node`, with a value or without (`payments:`, `payments: []`)."""
    written = node.items.get(key) if isinstance(node, Mapping) else None
    return written[0].source if written is not None else None


def _entries(
    r: Reader, m: dict[str, Node], name: str, read: Callable[[Reader, Node, str], R | None]
) -> tuple[R | None, ...]:
    """The invoices or the payments, each as `read` reads it. Entries of another list (`events:` or `payments:`)
    whose line above them was deleted become more of this one: said once, not as every field of every one that
    this list's entries take or lack (each is None: the debtor is not whole)."""
    entries = r.sequence(m.get(name), name, required=name == "invoices")
    strays = _strays(r, m, name, entries, "events", _an_event, "has a `type`, as an event has")
    if name == "invoices":  # a payment has an amount and a date, as an invoice does, but nothing more of one
        strays |= _strays(r, m, name, entries, "payments", _a_payment, "has the fields of a payment")
    return tuple(None if i in strays else read(r, n, f"{name}[{i}]") for i, n in enumerate(entries))


_PAYMENT_FIELDS = frozenset(("date", "amount", "invoice", "bank_ref", "returned", "return_ref"))


def _a_payment(keys: Collection[str]) -> bool:
    """An amount and a date and nothing a payment does not take: an invoice has its number, due date or
    description besides."""
    return "number" not in keys and "amount" in keys and "date" in keys and _PAYMENT_FIELDS.issuperset(keys)


def _an_event(keys: Collection[str]) -> bool:
    return "type" in keys


def _strays(
    r: Reader,
    m: dict[str, Node],
    name: str,
    entries: list[Node],
    home: str,
    belongs: Callable[[Collection[str]], bool],
    said: str,
) -> set[int]:
    """The entries of list `name` that belong under `home` by their fields, said once at the first of them."""
    found = [i for i, n in enumerate(entries) if isinstance(n, Mapping) and belongs(n.items)]
    if found:
        first = entries[found[0]]
        where = (
            f"move them under `{home}:`"
            if home in m
            else f"is the line `{home}:` missing above line {first.source.line}?"
        )
        r.report(first, f"{name}[{found[0]}]", f"{said}: {where}")
    return set(found)


def _debtor_id(r: Reader, m: dict[str, Node]) -> str | None:
    """The id, which the payment reference and the statement link are made of."""
    debtor_id = r.text(m.get("id"), "id", max_length=40)
    if debtor_id is not None and not _ID.fullmatch(debtor_id):
        r.report(
            m["id"],
            "id",
            "must start with a letter or digit and hold only letters, digits, '-', '_' and '.'",
            debtor_id,
        )
    elif debtor_id is not None:
        try:
            rf_reference(debtor_id)
        except ValueError:
            r.report(
                m["id"],
                "id",
                "must hold at most 21 letters and digits (the payment reference is made of them)",
                debtor_id,
            )
    return debtor_id


FINAL_NOTICE_FORMS = (Channel.LETTER, Channel.EMAIL)
_GREETINGS = {"geachte", "beste", "dear", "hallo", "hello"}


def _debtor_contact(r: Reader, node: Node | None) -> DebtorContact:
    c = r.mapping(node, "contact", optional=_CONTACT_FIELDS) or {}
    contact = DebtorContact(
        person=r.text(c.get("person"), "contact.person"),
        email=r.email(c.get("email"), "contact.email"),
        phone=r.phone(c.get("phone"), "contact.phone"),
        address=r.lines(c.get("address"), "contact.address"),
        address_source=c["address"].source if "address" in c else None,
        final_notice_by=r.choice(c.get("final_notice_by"), "contact.final_notice_by", FINAL_NOTICE_FORMS),
        email_agreed=r.date(c.get("email_agreed"), "contact.email_agreed"),
        salutation=r.text(c.get("salutation"), "contact.salutation", max_length=100),
        salutation_source=c["salutation"].source if "salutation" in c else None,
    )
    # Whom to greet, not the greeting: the letters write "Geachte" or "Dear" before it and the comma after.
    greeting = contact.salutation
    if greeting and greeting.split() and (greeting.split()[0].lower() in _GREETINGS or greeting.rstrip().endswith(",")):
        hint = 'write only whom to greet ("mevrouw Jansen", "Ms Kelly"): the letters add "Geachte" or "Dear"'
        r.report(c["salutation"], "contact.salutation", f"{hint} and the comma", greeting)
    # The form agreed must reach the debtor: a final notice by e-mail needs their address, by post theirs.
    by = contact.final_notice_by
    reach = {Channel.EMAIL: ("email", contact.email), Channel.LETTER: ("address", contact.address)}
    if by is not None and not reach[by][1] and r.whole:
        r.report(c["final_notice_by"], "contact.final_notice_by", f"is {by}, but contact has no {reach[by][0]}", by)
    _email_agreed_needs_consent(r, c, contact)
    return contact


def _email_agreed_needs_consent(r: Reader, c: dict[str, Node], contact: DebtorContact) -> None:
    """`email_agreed` dates the consent `final_notice_by: email` records: without that consent on file it
    dates nothing, and a consent meant but not written would leave the notices without their costs."""
    if contact.email_agreed is None or contact.final_notice_by == Channel.EMAIL:
        return
    hint = "is the day the debtor agreed to a final notice by e-mail, but final_notice_by is not email"
    day = str(contact.email_agreed)
    r.report(c["email_agreed"], "contact.email_agreed", f"{hint}: write final_notice_by: email beside it", day)


_REPRESENTATIVE_MISSING = {
    "role": ": write role: counsellor (a debt counsellor, schuldhulpverlener) or role: administrator "
    "(a court-appointed administrator, beschermingsbewindvoerder)",
    "name": ": write the name of the person or organisation that acts for the debtor",
}


# The block holds whoever acts now (with the days they act); one who acted before them is a note. A list of two
# would need the days of each for every letter's address, which the format does not hold.
_ONE_AT_A_TIME = (
    "holds one who acts for the debtor, not a list (got {count}): write the one who acts now, with since: the day "
    "they took over, and record the one before in a note event (docs/ledger-format.md, 'When another takes over')"
)


def _representative(r: Reader, node: Node | None) -> Representative | None:
    """Who acts for the debtor, when written: an administrator receives the letters, so needs an address or an
    e-mail address to send them to."""
    optional = ("email", "phone", "address", "since", "until")
    if isinstance(node, Sequence):  # a counsellor and the administrator after them: one block, and a note
        r.report(node, "representative", _ONE_AT_A_TIME.format(count=len(node.items)))
        return None
    m = r.mapping(node, "representative", required=("role", "name"), optional=optional, missing=_REPRESENTATIVE_MISSING)
    if m is None:
        return None
    role = r.choice(m.get("role"), "representative.role", REPRESENTATIVE_ROLES)
    name = r.text(m.get("name"), "representative.name", max_length=70)
    email = r.email(m.get("email"), "representative.email")
    phone = r.phone(m.get("phone"), "representative.phone")
    address = r.lines(m.get("address"), "representative.address")
    dates = _representative_dates(r, m)
    if role is None or name is None or node is None or dates is None:
        return None
    if role == RepresentativeRole.ADMINISTRATOR and not address and not email and "address" not in m:
        said = "is an administrator, who receives the debtor's letters: write their address (or email) under it"
        r.report(m["role"], "representative.role", said, role)
    address_source = m["address"].source if "address" in m else None
    since, until = dates
    since_source, until_source = (m[key].source if key in m else None for key in ("since", "until"))
    return Representative(
        role, name, email, phone, address, node.source, address_source, since, until, since_source, until_source
    )


def _representative_dates(r: Reader, m: dict[str, Node]) -> tuple[date | None, date | None] | None:
    """`since` and `until` as written (either may be left out); None when one is not a date, or help would end
    before it began."""
    since = r.date(m.get("since"), "representative.since")
    until = r.date(m.get("until"), "representative.until")
    if any(key in m and day is None for key, day in (("since", since), ("until", until))):
        return None
    if since is not None and until is not None and until < since:
        r.report(
            m["until"], "representative.until", f"must not be before since ({since}): the day help ended", str(until)
        )
        return None
    return since, until


def _final_notice_reaches_the_administrator(
    r: Reader, m: dict[str, Node], contact: DebtorContact, representative: Representative | None
) -> None:
    """`contact.final_notice_by` names the form the final notice must reach the debtor in: with an administrator
    who receives the letters, theirs must have that address, or no final notice could be written. Not once their
    help ended (`until`): the notices go to the debtor's own contact again."""
    by = contact.final_notice_by
    if representative is None or not representative.receives_letters or by is None or "representative" not in m:
        return
    if representative.until is not None:
        return
    reach = {Channel.EMAIL: ("email", representative.email), Channel.LETTER: ("address", representative.address)}
    if not reach[by][1] and r.whole:
        said = f"is an administrator, who receives the letters, but has no {reach[by][0]} for contact.final_notice_by"
        r.report(m["representative"], "representative", f"{said}: write it, or change final_notice_by", by)


def letters_contact(contact: DebtorContact, representative: Representative | None) -> DebtorContact:
    """The contact the letters go to: an administrator's postal and e-mail address in place of the debtor's
    (Representative.care_of); the debtor's own otherwise."""
    return contact if representative is None else representative.care_of(contact)


# A negative invoice is nearly always a credit note written as an invoice of its own.
CREDIT_BELOW_ZERO = "; a credit goes under `credit_notes` of the invoice it credits, as an amount above 0"


# `payment_term_days` sets no invoice's due date (it is the term the page states), so a due left out is said so.
_INVOICE_MISSING = {
    "number": ": write the invoice's number, as the invoice has it",
    "date": ": write the invoice date (date: YYYY-MM-DD)",
    "due": ": write the last day to pay (due: YYYY-MM-DD); payment_term_days does not fill it in",
    "amount": ": write the invoice's amount, VAT included (amount: 1250.00)",
}
_CREDIT_NOTE_MISSING = {
    "number": ": write the credit note's number, as the credit note has it",
    "date": ": write the credit note's date (date: YYYY-MM-DD)",
    "amount": ": write what it takes off the invoice (amount: 500.00)",
}
_PAYMENT_MISSING = {
    "date": ": write the day the money arrived (date: YYYY-MM-DD)",
    "amount": ": write what was paid (amount: 250.00)",
}
_INSTALLMENT_MISSING = {
    "due": ": write the instalment's last day to pay (due: YYYY-MM-DD)",
    "amount": ": write the instalment's amount (amount: 250.00)",
}


def _invoice(r: Reader, node: Node, field: str) -> InvoiceRead | None:
    required, optional = ("number", "date", "due", "amount"), ("description", "credit_notes")
    m = r.mapping(node, field, required=required, optional=optional, missing=_INVOICE_MISSING)
    if m is None:
        return None
    number = _invoice_number(r, m, f"{field}.number")
    issued = r.date(m.get("date"), f"{field}.date")
    due = r.date(m.get("due"), f"{field}.due")
    amount = r.amount(m.get("amount"), f"{field}.amount", below_zero=CREDIT_BELOW_ZERO)
    description, description_en = r.per_language(m.get("description"), f"{field}.description")
    if issued and due and due < issued:
        r.report(m["due"], f"{field}.due", f"must not be before the invoice date {issued}", str(due))
    credit_notes = _credit_notes(r, m.get("credit_notes"), f"{field}.credit_notes", issued, amount)
    record, source = None, node.source  # one Source for both: a node makes one each time it is asked
    if (
        number is not None
        and issued is not None
        and due is not None
        and amount is not None
        and credit_notes is not None
    ):
        record = Invoice(number, issued, due, amount, description, source, description_en, credit_notes)
    return InvoiceRead(record, number, due, source)


def _invoice_number(r: Reader, m: dict[str, Node], field: str) -> str | None:
    """An invoice number, told apart from the others by its letters and digits: ASCII ones, as the id's, since a
    bank transfer's text names it so (`F２０２６-0088`, typed on a Japanese keyboard, matches no `F2026-0088`)."""
    number = r.text(m.get("number"), field, max_length=35)
    if number is None:
        return None
    if not any(c.isalnum() for c in number):
        r.report(m["number"], field, "must hold a letter or a digit", number)
        return None
    other = None if number.isascii() else next((c for c in number if c.isalnum() and not c.isascii()), None)
    if other is not None:
        mend = f"; write {plain}" if (plain := _plain_number(number)) else None
        rule = f"must be written with the letters A-Z and the digits 0-9, as a bank transfer names it ({named(other)})"
        r.report(m["number"], field, rule, number, mend)
        return None
    return number


def _plain_number(number: str) -> str | None:
    """An invoice number in ASCII when each other letter or digit in it is one in another form: a decimal digit of
    another script (`٢`) or a full-width form (`Ｆ`, `２`). None for any other (a superscript `²` is a footnote's mark,
    not the digit 2: `F2026-01012` would be another invoice)."""
    if any(c.isalnum() and not c.isascii() and not c.isdecimal() and not "\uff01" <= c <= "\uff5e" for c in number):
        return None
    digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in number)  # any script's
    plain = unicodedata.normalize("NFKC", digits)
    return plain if plain.isascii() else None


def _credit_notes(
    r: Reader, node: Node | None, field: str, issued: date | None, amount: Decimal | None
) -> tuple[CreditNote, ...] | None:
    """An invoice's credit notes, or None when a problem left one out. Together they credit at most the
    invoice's amount, each credit note once."""
    notes: list[CreditNote | None] = []
    numbers: dict[str, int] = {}
    total = Decimal(0)
    for i, item in enumerate(r.sequence(node, field)):
        note, amount_node = _credit_note(r, item, f"{field}[{i}]", issued)
        notes.append(note)
        if note is None:
            continue
        if note.number in numbers:
            first = f"{field}[{numbers[note.number]}]"
            message = f"is written twice on this invoice (first at {first}): write a credit note once, whole"
            r.report(item, f"{field}[{i}].number", message, note.number)
        numbers.setdefault(note.number, i)
        total += note.amount
        if amount is not None and total > amount and amount_node is not None:
            message = f"brings this invoice's credit notes to more than its amount, {amount}"
            r.report(amount_node, f"{field}[{i}].amount", message, str(total))
            amount = None  # said once, at the credit note that goes over
    return _whole(notes)


def _credit_note(r: Reader, node: Node, field: str, issued: date | None) -> tuple[CreditNote | None, Node | None]:
    """One credit note, and the node of its amount (the check of the invoice's total points there)."""
    m = r.mapping(
        node, field, required=("number", "date", "amount"), optional=("description",), missing=_CREDIT_NOTE_MISSING
    )
    if m is None:
        return None, None
    number = r.text(m.get("number"), f"{field}.number", max_length=35)
    day = r.date(m.get("date"), f"{field}.date")
    amount = r.amount(m.get("amount"), f"{field}.amount")
    description, description_en = r.per_language(m.get("description"), f"{field}.description")
    if day and issued and day < issued:
        r.report(m["date"], f"{field}.date", f"must not be before the invoice date {issued}", str(day))
    if number is None or day is None or amount is None:
        return None, m.get("amount")
    return CreditNote(number, day, amount, description, node.source, description_en), m["amount"]


def _payment(r: Reader, node: Node, field: str) -> PaymentRead | None:
    optional = ("invoice", "invoices", "bank_ref", "returned", "return_ref")
    m = r.mapping(node, field, required=("date", "amount"), optional=optional, missing=_PAYMENT_MISSING)
    if m is None:
        return None
    paid_on = r.date(m.get("date"), f"{field}.date")
    amount = r.amount(m.get("amount"), f"{field}.amount")
    invoice = r.text(m.get("invoice"), f"{field}.invoice")
    listed = _payment_invoices(r, m, field)
    bank_ref = r.text(m.get("bank_ref"), f"{field}.bank_ref", max_length=40)
    returned, return_ref = _payment_returned(r, m, field, paid_on)
    record, source = None, node.source
    if paid_on is not None and amount is not None:
        numbers = tuple(dict.fromkeys(number for number, _ in listed))
        # A list of one names that invoice, as `invoice:` does: the payment means exactly the same.
        one, several = (numbers[0], ()) if len(numbers) == 1 else (invoice, numbers)
        record = Payment(paid_on, amount, one, source, bank_ref, invoices=several, listed=bool(listed) and not several)
        if returned is not None:
            at = (m["returned"].source, f"{field}.returned")
            record = replace(record, returned=returned, return_ref=return_ref, returned_at=at)
    # Said at the payment, as for `invoice:`: a file read from the ledger cache keeps no line of each number.
    return PaymentRead(record, invoice, source, tuple((number, source) for number, _ in listed))


def _payment_returned(
    r: Reader, m: dict[str, Node], field: str, paid_on: date | None
) -> tuple[date | None, str | None]:
    """The day the bank took a payment back (`returned:`) and the return's entry (`return_ref:`), as staff write
    them before archiving the statement that holds the return: never before the payment's own day (a return takes
    back money that came), and no `return_ref` without the day it names."""
    returned = r.date(m.get("returned"), f"{field}.returned")
    return_ref = r.text(m.get("return_ref"), f"{field}.return_ref", max_length=40)
    if "return_ref" in m and "returned" not in m:
        r.report(
            m["return_ref"],
            f"{field}.return_ref",
            "names the bank's return of this payment, but the payment has no `returned:`: write the day the bank "
            "took it back (returned: YYYY-MM-DD), or take return_ref out",
            return_ref,
        )
    if returned is not None and paid_on is not None and returned < paid_on:
        r.report(
            m["returned"],
            f"{field}.returned",
            f"must not be before the payment's date {paid_on}: the bank takes a payment back after it came",
            str(returned),
        )
        return None, return_ref
    return returned, return_ref


def _payment_invoices(r: Reader, m: dict[str, Node], field: str) -> tuple[tuple[str, Source], ...]:
    """The invoices a payment names under `invoices:` (a list, or one number alone, as on a dispute), each
    once, and never beside `invoice:`: which of the two the debtor meant cannot be told."""
    node = m.get("invoices")
    if node is None:
        return ()
    listed = _event_invoices(r, node, f"{field}.invoices")
    if "invoice" in m:
        got = ", ".join(number for number, _ in listed)
        r.report(node, f"{field}.invoices", "write one invoice as `invoice:` or several as `invoices:`, not both", got)
        return ()
    if isinstance(node, Sequence) and not node.items:
        message = "must name at least one invoice (leave it out when the debtor named none)"
        r.report(node, f"{field}.invoices", message, "[]")
    seen: set[str] = set()
    for j, (number, source) in enumerate(listed):
        if number in seen:
            r.report(source, f"{field}.invoices[{j}]", f"names {number} twice: write each invoice once", number)
        seen.add(number)
    return listed


def _own_numbers(invoices: tuple[InvoiceRead | None, ...]) -> frozenset[str] | None:
    """The debtor's invoice numbers, or None when one was refused (an event may well name it)."""
    numbers = [invoice.number if invoice else None for invoice in invoices]
    return None if None in numbers else frozenset(n for n in numbers if n is not None)


def _events(
    r: Reader,
    node: Node | None,
    own: frozenset[str] | None,
    representative: Representative | None = None,
    representative_unread: bool = False,
) -> tuple[EventRead, ...]:
    """The dossier's history, which must be written oldest first."""
    events = []  # (place in the file, for the field path; the event)
    previous = None
    for i, item in enumerate(r.sequence(node, "events")):
        event = _event(r, item, f"events[{i}]")
        if event is None:
            continue
        events.append((i, event))
        if event.date is None:  # already reported; the order check needs a date
            continue
        if previous is not None and event.date < previous:
            r.report(
                item,
                f"events[{i}].date",
                f"events must be written oldest first; the event above is dated {previous}",
                str(event.date),
            )
        previous = event.date
    _check_disputes(r, events, own)
    _check_passed_on(r, events)
    # A settlement's rules look for kinds few dossiers hold: one pass over the types, not two over the events.
    kinds = {read.type for _, read in events}
    if EventType.SETTLEMENT in kinds:
        _check_settlement_handed_over(r, events)
    if EventType.SETTLEMENT_ENDED in kinds:
        _check_settlement_ended(r, events)
    if not representative_unread:
        _check_asked_by(r, events, representative)
    return tuple(event for _, event in events)


def _check_asked_by(r: Reader, events: list[tuple[int, EventRead]], representative: Representative | None) -> None:
    """A pause the representative asked for needs the block: the page names them by their role. One who acted
    before the block's own (a counsellor before the administrator, kept in a note) leaves the page's words
    neutral (statement.steps), not an error: the block holds one at a time."""
    for i, read in events:
        event = read.record
        if representative is not None or event is None or event.asked_by != PauseAsker.REPRESENTATIVE:
            continue
        said = "is representative, but no representative: acts for the debtor: write them in the file, or debtor"
        r.report(read.asked_by_at or read.source, f"events[{i}].asked_by", said, str(event.asked_by))


def _check_settlement_handed_over(r: Reader, events: list[tuple[int, EventRead]]) -> None:
    """No settlement after a handover or a legal step: the agency or the bailiff has the file, and its page tells
    the debtor to pay and contact them; beside it, a settlement of ours said "we will waive the rest, contact us, we
    continue with our letters". Agreed with them, it is theirs to record and ask; here it is a note."""
    handed: tuple[int, EventRead] | None = None
    for i, read in events:
        if read.type in (EventType.HANDOVER, EventType.LEGAL):
            handed = (i, read)
        elif read.type == EventType.SETTLEMENT and handed is not None:
            at, step = handed
            said = (
                f"a settlement after the {step.type} (events[{at}], {step.date}) is agreed with the agency or the "
                "bailiff that has the file: they record it and ask its sum. Write it as a note here"
            )
            r.report(read.type_at, f"events[{i}].type", said, str(EventType.SETTLEMENT))


def _check_settlement_ended(r: Reader, events: list[tuple[int, EventRead]]) -> None:
    """A `settlement_ended` calls off the settlement before it: one with none to end (none yet, one ended already, or
    one the agency or the bailiff took over with the file) would say on the page that an agreement ended that does
    not run. Whether it still ran on the day (not paid, not missed) is a rule of the day (claims.checks)."""
    agreed: tuple[int, EventRead] | None = None
    for i, read in events:
        if read.type == EventType.SETTLEMENT:
            agreed = (i, read)
        elif read.type in (EventType.HANDOVER, EventType.LEGAL):
            agreed = None
        elif read.type == EventType.SETTLEMENT_ENDED:
            if agreed is None:
                said = (
                    "settlement_ended needs a settlement before it that it calls off (none since the dossier began, "
                    "the last one ended, or a handover or legal step took the file): take it out, or write a note"
                )
                r.report(read.type_at, f"events[{i}].type", said, str(EventType.SETTLEMENT_ENDED))
            agreed = None


def _check_passed_on(r: Reader, events: list[tuple[int, EventRead]]) -> None:
    """A payment is passed on to the agency a handover gave the file to: a `passed_on` before any handover
    has no one to go to (a payment before it is in the figures the agency got). One that names the handover
    it is for (`handover`, money owed to an earlier agency) names one before it."""
    handed: list[date] = []
    for i, event in events:
        if event.type == EventType.HANDOVER and event.date is not None:
            handed.append(event.date)
        if event.type != EventType.PASSED_ON:
            continue
        if not handed:
            r.report(
                event.source,
                f"events[{i}].type",
                "passed_on needs a handover before it: it records a payment passed on to the agency",
                EventType.PASSED_ON,
            )
        named = event.record.handover if event.record is not None else None
        if named is not None and handed and named not in handed:
            days = ", ".join(day.isoformat() for day in handed)
            r.report(
                event.source,
                f"events[{i}].handover",
                f"names no handover before it: write the day of the handover whose agency got the money ({days})",
                named.isoformat(),
            )


_ANY_EVENT_FIELD = tuple(dict.fromkeys(name for fields in EVENT_FIELDS.values() for part in fields for name in part))


def _any_event(r: Reader, m: dict[str, Node], field: str) -> date | None:
    """An event of a type not known: what every event takes is still checked, all problems at once; its
    date, for the order of the events (which does not depend on the type)."""
    when = r.date(m.get("date"), f"{field}.date")
    r.choice(m.get("channel"), f"{field}.channel", CHANNELS)
    return when


# The letter a phone cannot send: the costs of a consumer hang on a written notice that states the term and the
# amount (art. 6:96 BW). A reminder or dunning letter by phone is valid, and noted (claims.notices.phone_letters):
# ledgers written before kept building.
_LETTERS_ONLY = {EventType.FINAL_NOTICE: "a final notice is a letter"}


def _channel(r: Reader, m: dict[str, Node], field: str, kind: EventType) -> Channel | None:
    channel = r.choice(m.get("channel"), f"{field}.channel", CHANNELS)
    if kind in _LETTERS_ONLY and channel == Channel.PHONE:
        r.report(
            m["channel"],
            f"{field}.channel",
            f"{_LETTERS_ONLY[kind]}: send it by letter, email or portal, or hand it over on a visit "
            "(record a call as a `call` event)",
            channel,
        )
    return channel


# A payment's fields (`_payment`): an item of `events` with these alone, an amount among them, is a payment
# pasted under the events (the overview's lines for a file without `payments:` yet, pasted without that line).
_PAYMENT_FIELDS = frozenset({"date", "amount", "invoice", "invoices", "bank_ref", "returned", "return_ref"})


def _event_mapping(r: Reader, node: Node, field: str, kind: EventType | None) -> dict[str, Node] | None:
    """The event's fields, by its type's rules; a required one left out says what to write."""
    # A type not known (already reported): its fields are judged by no type's rules, so that one
    # misspelt type is one problem, not one more for each field the type meant would take.
    required, optional = EVENT_FIELDS.get(kind, ((), ())) if kind is not None else ((), _ANY_EVENT_FIELD)
    required, optional = ("date", "type") + required, ("channel", "by", "note") + optional
    missing = _EVERY_EVENT_MISSING | _EVENT_MISSING.get(kind, {})
    return r.mapping(node, field, required=required, optional=optional, missing=missing)


def _event(r: Reader, node: Node, field: str) -> EventRead | None:
    """One event of the dossier; the fields it takes depend on its type."""
    if _pasted_payment(r, node, field):
        return None
    kind = _event_type(r, node, field)
    m = _event_mapping(r, node, field, kind)
    if m is None:
        return None
    if kind is None:
        return EventRead(None, None, _any_event(r, m, field), node.source)
    when = r.date(m.get("date"), f"{field}.date")
    promised, until, received, written = _event_days(r, m, field, when)
    installments = _whole(
        _installment(r, n, f"{field}.installments[{j}]", when)
        for j, n in enumerate(
            r.sequence(m.get("installments"), f"{field}.installments", required=kind == EventType.ARRANGEMENT)
        )
    )
    details = dict(
        by=r.text(m.get("by"), f"{field}.by"),
        note=r.note(m.get("note"), f"{field}.note"),
        spoke_with=r.text(m.get("spoke_with"), f"{field}.spoke_with"),
        reason=r.note(m.get("reason"), f"{field}.reason"),
        outcome=r.note(m.get("outcome"), f"{field}.outcome"),
        **_handler(r, m, field),
    )
    channel = _channel(r, m, field, kind)
    amount = r.amount(m.get("amount"), f"{field}.amount")
    pay_by = _settlement_terms(r, m, field, (when, amount), installments) if kind == EventType.SETTLEMENT else None
    costs = r.amount(m.get("costs"), f"{field}.costs")
    handover = r.date(m.get("handover"), f"{field}.handover")
    asked_by = r.choice(m.get("asked_by"), f"{field}.asked_by", PAUSE_ASKERS)
    invoices = _event_invoices(r, m.get("invoices"), f"{field}.invoices")
    if when is None or installments is None:
        return EventRead(None, kind, when, node.source, invoices)
    event = Event(
        date=when,
        type=kind,
        source=node.source,
        channel=channel,
        promised_date=promised,
        amount=amount,
        installments=installments,
        until=until,
        pay_by=pay_by,
        received=received,
        costs=costs,
        written=written,
        handover=handover,
        asked_by=asked_by,
        invoices=tuple(number for number, _ in invoices),
        amount_source=m["amount"].source if amount is not None else None,
        type_source=m["type"].source if "type" in m else None,
        confirmed=None,  # never written in a file: a build marks a plan it confirmed late (letters.due)
        reminded=(),  # nor this: a build marks a settlement's instalment it reminded of late (letters.due)
        of_return=False,  # nor this: a settlement reminder's of a return after one that crossed it (letters.due)
        **details,
    )
    asked_at = m["asked_by"].source if "asked_by" in m else None
    return EventRead(event, kind, when, event.source, invoices, asked_at)


def _settlement_terms(
    r: Reader,
    m: dict[str, Node],
    field: str,
    agreed: tuple[date | None, Decimal | None],
    installments: tuple[Installment, ...] | None,
) -> date | None:
    """A settlement's day to pay by, and its form: one sum by `pay_by`, or `installments` that add up to the agreed
    amount, never both nor neither (the page asks one or the other). Its `amount` is more than nothing; whether it is
    below what was owed on its day is a rule of the day (claims.checks: the interest and costs of that day count)."""
    when, amount = agreed
    pay_by = r.date(m.get("pay_by"), f"{field}.pay_by")
    if pay_by and when and pay_by < when:
        r.report(m["pay_by"], f"{field}.pay_by", f"must not be before the settlement was agreed ({when})", str(pay_by))
    if "pay_by" in m and "installments" in m:
        r.report(m["installments"], f"{field}.installments", _BOTH_FORMS)
    elif "pay_by" not in m and "installments" not in m and r.whole:
        r.report(m.get("amount") or m["type"], f"{field}.pay_by", _NEITHER_FORM)
    else:
        _instalments_add_up(r, m, field, amount, installments)
    return pay_by


_BOTH_FORMS = (
    "a settlement is paid by one day (pay_by) or in installments, not both: keep the one agreed "
    "(one sum by a day: pay_by alone)"
)
_NEITHER_FORM = (
    "is required, or installments: write the day the agreed amount is to be paid by (pay_by: 2027-01-31), "
    "or the instalments agreed"
)


def _instalments_add_up(
    r: Reader, m: dict[str, Node], field: str, amount: Decimal | None, installments: tuple[Installment, ...] | None
) -> None:
    """A settlement's instalments add up to its agreed amount: the page asks them, and closes the claim on that sum."""
    if amount is None or not installments:
        return
    total = sum((i.amount for i in installments), Decimal(0))
    if total != amount:
        said = f"add up to {total:.2f}, not the agreed amount ({amount:.2f}): make them add up to it"
        r.report(m["installments"], f"{field}.installments", said, f"{total:.2f}")


def _event_invoices(r: Reader, node: Node | None, field: str) -> tuple[tuple[str, Source], ...]:
    """The invoice numbers a dispute or its answer names, each with where it is written: a list, or one
    number alone (`invoices: Z2026-0125`, as one would write it for one invoice)."""
    items = [node] if isinstance(node, Scalar) and not node.is_null else r.sequence(node, field)
    found = []
    for j, item in enumerate(items):
        number = r.text(item, f"{field}[{j}]" if item is not node else field, max_length=35)
        if number is not None:
            found.append((number, item.source))
    return tuple(found)


def _event_days(
    r: Reader, m: dict[str, Node], field: str, when: date | None
) -> tuple[date | None, date | None, date | None, date | None]:
    """An event's other days, each on the right side of its own (`when`): promised_date, until, received and
    written."""
    promised = r.date(m.get("promised_date"), f"{field}.promised_date")
    if promised and when and promised < when:
        r.report(
            m["promised_date"],
            f"{field}.promised_date",
            f"must not be before the promise itself ({when})",
            str(promised),
        )
    until = r.date(m.get("until"), f"{field}.until")
    if until and when and until <= when:
        r.report(m["until"], f"{field}.until", f"must be after the postponement itself ({when})", str(until))
    received = r.date(m.get("received"), f"{field}.received")
    if received and when and received < when:
        r.report(m["received"], f"{field}.received", f"must not be before the letter was sent ({when})", str(received))
    written = r.date(m.get("written"), f"{field}.written")
    if written and when and written > when:
        r.report(m["written"], f"{field}.written", f"must not be after the letter was sent ({when})", str(written))
    return promised, until, received, written


def _handler(r: Reader, m: dict[str, Node], field: str) -> dict[str, str | None]:
    """Who handles the file after a handover or a legal step, and how the debtor reaches and pays them."""
    values = {
        "agency": r.text(m.get("agency"), f"{field}.agency"),
        "agency_phone": r.phone(m.get("agency_phone"), f"{field}.agency_phone"),
        "agency_email": r.email(m.get("agency_email"), f"{field}.agency_email"),
        "agency_iban": r.iban(m.get("agency_iban"), f"{field}.agency_iban"),
        "agency_reference": r.text(m.get("agency_reference"), f"{field}.agency_reference", max_length=140),
        "bailiff": r.text(m.get("bailiff"), f"{field}.bailiff"),
        "bailiff_phone": r.phone(m.get("bailiff_phone"), f"{field}.bailiff_phone"),
        "bailiff_email": r.email(m.get("bailiff_email"), f"{field}.bailiff_email"),
    }
    # A reference alone would be left out silently: the page asks the creditor's account, with the creditor's.
    if "agency_reference" in m and "agency_iban" not in m and r.whole:
        r.report(m["agency_reference"], f"{field}.agency_iban", _REFERENCE_ALONE)
    # The page pays the agency only with all it needs: whom (the name the bank shows) and with what reference.
    if "agency_iban" in m and r.whole:  # (the part above a YAML error may lack what is written below it)
        for needed, what in (
            ("agency", "the name the payment goes to"),
            ("agency_reference", "the agency's reference"),
        ):
            if needed not in m:
                r.report(m["agency_iban"], f"{field}.{needed}", f"is required with agency_iban ({what})")
        name = values["agency"]
        if name and len(name) > EPC_NAME_LENGTH:
            r.report(
                m["agency"],
                f"{field}.agency",
                f"must be at most {EPC_NAME_LENGTH} characters with agency_iban (the name a bank transfer carries)",
                f"{len(name)} characters",
            )
        else:
            _agency_qr_fits(r, m["agency_iban"], field, values)
        iban = values["agency_iban"]
        if iban is not None and not IBAN(iban).in_sepa_zone:  # as the creditor's own account
            r.report(m["agency_iban"], f"{field}.agency_iban", _NOT_SEPA, iban)
    return values


_REFERENCE_ALONE = (
    "is required with agency_reference (the agency's account the debtor pays with that reference); without an "
    "account of the agency, leave agency_reference out"
)
_NOT_SEPA = "must be an account in the SEPA zone: the page asks for a SEPA transfer to it, with a QR code"


def _agency_qr_fits(r: Reader, node: Node, field: str, values: dict[str, str | None]) -> None:
    """The page's EPC QR code pays the agency: it must hold the name, account and reference with any amount."""
    name, iban, reference = values["agency"], values["agency_iban"], values["agency_reference"]
    if not (name and iban and reference):
        return  # a problem was reported above
    structured = is_valid_rf(reference)  # as the page decides (incasso.statement.pay)
    for problem in payee_problems(
        name=name, iban=iban, reference=reference if structured else None, text=None if structured else reference
    ):
        r.report(node, f"{field}.agency_iban", f"the EPC QR code that pays the agency cannot hold {problem}")


# What is written elsewhere in a debtor's file than as an event, by the words for it.
_CREDIT_NOTE = "a credit note is no event: write it in the `credit_notes` of the invoice it credits"
_PAYMENT = "a payment is no event: write it in the file's `payments` list"
_INVOICE = "an invoice is no event: write it in the file's `invoices` list"
_NOT_EVENTS = {
    **dict.fromkeys(("creditnota", "credit_note", "creditnote", "credit note", "credit"), _CREDIT_NOTE),
    **dict.fromkeys(("betaling", "betaald", "payment", "paid", "deelbetaling"), _PAYMENT),
    **dict.fromkeys(("factuur", "invoice"), _INVOICE),
}


def _pasted_payment(r: Reader, node: Node, field: str) -> bool:
    """Whether an item of `events` is a payment (no type, an amount, and no field but a payment's), said where
    it goes instead of the type it lacks and the fields no event takes."""
    keys = list(node.items) if isinstance(node, Mapping) else []
    if "type" in keys or "amount" not in keys or not set(keys) <= _PAYMENT_FIELDS:
        return False
    r.report(
        node,
        field,
        f"is a payment ({', '.join(keys)}), not an event: it went under `events:`; put it under `payments:` "
        "(a file without `payments:` needs that line first, at the start of a line)",
    )
    return True


def _event_type(r: Reader, node: Node, field: str) -> EventType | None:
    """The event's type, read first: it decides which other fields the event takes."""
    type_node = node.items.get("type", (None, None))[1] if isinstance(node, Mapping) else None
    if type_node is None or (isinstance(type_node, Scalar) and type_node.is_null):
        return None  # reported as missing or empty by the mapping
    return r.choice(type_node, f"{field}.type", EVENT_TYPES, elsewhere=_NOT_EVENTS)


def _installment(r: Reader, node: Node, field: str, agreed: date | None) -> Installment | None:
    m = r.mapping(node, field, required=("due", "amount"), missing=_INSTALLMENT_MISSING)
    if m is None:
        return None
    due = r.date(m.get("due"), f"{field}.due")
    amount = r.amount(m.get("amount"), f"{field}.amount")
    if due and agreed and due < agreed:
        r.report(m["due"], f"{field}.due", f"must not be before the plan was agreed ({agreed})", str(due))
    if due is None or amount is None:
        return None
    return Installment(due, amount, node.source)


def _check_disputes(r: Reader, events: list[tuple[int, EventRead]], own: frozenset[str] | None) -> None:
    """A dispute names invoices of this debtor; an answer follows an open dispute, and the invoices it
    names are ones an open dispute is about (`own` None: an invoice was refused, so no number is judged)."""
    whole = False  # a dispute of the whole dossier is open
    named: set[str] = set()  # the invoices open disputes are about
    for i, event in events:
        if event.type not in (EventType.DISPUTE, EventType.DISPUTE_RESOLVED):
            continue
        numbers = _named_invoices(r, i, event, own)
        if event.type == EventType.DISPUTE:
            whole = whole or not event.invoices
            named.update(numbers)
        elif not whole and not named:
            r.report(
                event.source,
                f"events[{i}].type",
                "dispute_resolved needs an open dispute before it",
                EventType.DISPUTE_RESOLVED,
            )
        elif not event.invoices:
            whole, named = False, set()
        else:
            _check_answered(r, i, event, whole, named, numbers)
            named.difference_update(numbers)


def _named_invoices(r: Reader, i: int, event: EventRead, own: frozenset[str] | None) -> list[str]:
    """The numbers `event` names that are invoices of this debtor; the others are reported."""
    found = []
    for j, (number, source) in enumerate(event.invoices):
        if own is None or number in own:
            found.append(number)
            continue
        r.report(source, f"events[{i}].invoices[{j}]", not_an_own_invoice(number, own), number)
    return found


# How alike a number must be to an invoice of the debtor, more alike than to any other, to be offered as the
# one meant: a digit dropped or added (CES-2026-350 for CES-2026-0350). A digit changed (F2026-0009) is as near
# to every number of its series: none is guessed, and the list names them.
_NEAR_NUMBER = 0.8


def not_an_own_invoice(written: str, own: Collection[str], hint: str = "") -> str:
    """What to say of an invoice number that is none of the debtor's (`own`): `hint`, else the one invoice
    it is near to ("did you mean"), then the debtor's numbers as written under `invoices:`."""
    if not hint:
        near = sorted(((difflib.SequenceMatcher(None, written, n).ratio(), n) for n in own), reverse=True)
        if near and near[0][0] >= _NEAR_NUMBER and (len(near) == 1 or near[0][0] > near[1][0]):
            hint = f" (did you mean '{near[0][1]}'?)"
    known = ", ".join(sorted(own)) or "none"
    return f"names no invoice of this debtor{hint}: write the number as it stands under `invoices:` ({known})"


def _check_answered(r: Reader, i: int, event: EventRead, whole: bool, named: set[str], own: list[str]) -> None:
    """An answer that names invoices answers disputes about those invoices, not one of the whole dossier."""
    for j, (number, source) in enumerate(event.invoices):
        if number not in own:
            continue  # not the debtor's: said above
        if whole:
            message = "the open dispute is about the whole dossier: leave `invoices` out to record its answer"
        elif number not in named:
            message = f"no open dispute is about this invoice (open: {', '.join(sorted(named))})"
        else:
            continue
        r.report(source, f"events[{i}].invoices[{j}]", message, number)
