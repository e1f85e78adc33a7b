"""Read a ledger folder into records, checking every rule of the format.

`load_ledger` either returns a whole, valid `Ledger` or raises `LedgerError`
with every problem of every file, so that nothing is built from a ledger
that is partly wrong.
"""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields
from datetime import timedelta
from pathlib import Path

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from incasso.law.rates import rates_for
from incasso.law.tables import CONSUMER_TERM_DAYS
from incasso.ledger.fields import Reader
from incasso.ledger.model import (
    CHANNELS,
    DEBTOR_TYPES,
    EVENT_TYPES,
    INTEREST_CHOICES,
    LANGUAGES,
    Creditor,
    Debtor,
    DebtorContact,
    Desk,
    Event,
    Installment,
    InterestChoice,
    Invoice,
    Language,
    Ledger,
    Payment,
    Policy,
)
from incasso.ledger.problems import LedgerError, Problem, Source
from incasso.ledger.yamlsafe import Mapping, Node, Scalar, parse
from incasso.payments.reference import rf_reference

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{5,}")
_URL_FIELDS = re.compile(r"\{(\w*)\}")

# Fields each event type takes beyond date, type, channel, by and note.
EVENT_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "call": (("spoke_with",), ()),
    "handover": ((), ("agency",)),
    "promise": (("promised_date",), ("amount",)),
    "arrangement": (("installments",), ()),
    "dispute": (("reason",), ()),
    "dispute_resolved": ((), ("outcome",)),
}
POLICY_FIELDS = tuple(f.name for f in dataclass_fields(Policy))
# The law gives consumers at least 14 days after the final notice (art. 6:96 lid 6 BW).
_POLICY_MINIMUM = {"delivery_days": 0, "final_notice_term_days": CONSUMER_TERM_DAYS}


def load_ledger(root: str | Path) -> Ledger:
    """Load and validate the ledger in `root`; raise LedgerError listing all problems."""
    root = Path(root)
    problems: list[Problem] = []
    if not root.is_dir():
        raise LedgerError([Problem(Source(str(root)), "", "is not a ledger folder (no such directory)")])
    creditor = _read_file(root / "creditor.yaml", _creditor, problems)
    debtor_dir = root / "debtors"
    debtors: list[Debtor] = []
    if not debtor_dir.is_dir():
        problems.append(Problem(Source(str(debtor_dir)), "", "is missing: debtor files go in this folder"))
    else:
        files = sorted(
            p
            for p in debtor_dir.rglob("*")
            if p.suffix in (".yaml", ".yml")
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(debtor_dir).parts)
        )
        for path in files:
            debtor = _read_file(path, _debtor, problems)
            if debtor is not None:
                debtors.append(debtor)
    # The rules across files also read partial records, so every problem shows in one run.
    problems.extend(_across_files(debtors))
    if creditor is not None and creditor.interest == "statutory":
        problems.extend(_interest_known(debtors))
    if problems or creditor is None:
        raise LedgerError(problems)
    return Ledger(creditor=creditor, debtors=tuple(debtors), root=str(root))


def _read_file(path: Path, convert, problems: list[Problem]):
    """The record in `path`; partial (fields None) when the file has problems, None if unreadable."""
    if not path.is_file():
        problems.append(Problem(Source(str(path)), "", "is missing"))
        return None
    root, found = parse(path.read_bytes(), str(path))
    problems.extend(found)
    if root is None:
        return None
    reader = Reader()
    record = convert(reader, root)
    problems.extend(reader.problems)
    return record


# -- creditor.yaml --------------------------------------------------------------


def _creditor(r: Reader, node: Node) -> Creditor | None:
    m = r.mapping(
        node,
        "",
        required=("name", "address", "iban", "contact"),
        optional=("kvk", "vat_number", "bic", "interest", "payment_url", "policy"),
    )
    if m is None:
        return None
    desk = (
        r.mapping(m.get("contact"), "contact", required=("name",), optional=("role", "phone", "email", "hours")) or {}
    )
    kvk = r.text(m.get("kvk"), "kvk")
    if kvk and not re.fullmatch(r"[0-9]{8}", kvk):
        r.report(m["kvk"], "kvk", "must be 8 digits (write it in quotes)", kvk)
    address = r.lines(m.get("address"), "address")
    if "address" in m and not address:
        r.report(m["address"], "address", "must hold at least one line")
    return Creditor(
        name=r.text(m.get("name"), "name", max_length=70),
        address=address,
        iban=_iban(r, m.get("iban"), "iban"),
        bic=_bic(r, m.get("bic"), "bic"),
        contact=Desk(
            name=r.text(desk.get("name"), "contact.name"),
            role=r.text(desk.get("role"), "contact.role"),
            phone=_phone(r, desk.get("phone"), "contact.phone"),
            email=_email(r, desk.get("email"), "contact.email"),
            hours=r.text(desk.get("hours"), "contact.hours"),
        ),
        kvk=kvk,
        vat_number=r.text(m.get("vat_number"), "vat_number"),
        interest=r.choice(m.get("interest"), "interest", INTEREST_CHOICES) or InterestChoice.NONE,
        payment_url=_payment_url(r, m.get("payment_url"), "payment_url"),
        policy=_policy(r, m.get("policy")),
        source=node.source,
    )


def _policy(r: Reader, node: Node | None) -> Policy:
    m = r.mapping(node, "policy", optional=POLICY_FIELDS) or {}
    values = {}
    for name in POLICY_FIELDS:
        if name not in m:
            continue
        if name == "business_costs_from_due":
            value = r.boolean(m[name], f"policy.{name}")
        elif name == "chase_minimum":
            value = r.amount(m[name], f"policy.{name}")
        else:
            value = r.integer(m[name], f"policy.{name}", minimum=_POLICY_MINIMUM.get(name, 1))
        if value is not None:
            values[name] = value
    return Policy(**values)


def _iban(r: Reader, node: Node | None, field: str) -> str | None:
    text = r.text(node, field)
    if text is None:
        return None
    try:
        return IBAN(text).compact
    except SchwiftyException as err:
        r.report(node, field, f"is not a valid IBAN: {err}", text)
        return None


def _bic(r: Reader, node: Node | None, field: str) -> str | None:
    text = r.text(node, field)
    if text is None:
        return None
    try:
        return str(BIC(text))
    except SchwiftyException as err:
        r.report(node, field, f"is not a valid BIC: {err}", text)
        return None


def _email(r: Reader, node: Node | None, field: str) -> str | None:
    text = r.text(node, field)
    if text is not None and not _EMAIL.fullmatch(text):
        r.report(node, field, "must be an email address like naam@voorbeeld.nl", text)
        return None
    return text


def _phone(r: Reader, node: Node | None, field: str) -> str | None:
    text = r.text(node, field)
    if text is not None and not _PHONE.fullmatch(text):
        r.report(node, field, "must be a phone number of digits, spaces and an optional leading +", text)
        return None
    return text


def _payment_url(r: Reader, node: Node | None, field: str) -> str | None:
    text = r.text(node, field)
    if text is None:
        return None
    if not text.startswith("https://"):
        r.report(node, field, "must start with https://", text)
        return None
    unknown = [name for name in _URL_FIELDS.findall(text) if name not in ("reference", "amount")]
    if unknown:
        r.report(node, field, "may fill in only {reference} and {amount}", text)
        return None
    return text


# -- debtors/*.yaml -------------------------------------------------------------


def _debtor(r: Reader, node: Node) -> Debtor | None:
    m = r.mapping(
        node, "", required=("id", "name", "type", "invoices"), optional=("language", "contact", "payments", "events")
    )
    if m is None:
        return None
    debtor_id = r.text(m.get("id"), "id", max_length=40)
    if debtor_id is not None and not _ID.fullmatch(debtor_id):
        r.report(m["id"], "id", "may hold only letters, digits, '-', '_' and '.'", debtor_id)
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
    c = r.mapping(m.get("contact"), "contact", optional=("person", "email", "phone", "address")) or {}
    return Debtor(
        id=debtor_id,
        name=r.text(m.get("name"), "name", max_length=70),
        type=r.choice(m.get("type"), "type", DEBTOR_TYPES),
        language=r.choice(m.get("language"), "language", LANGUAGES) or Language.NL,
        contact=DebtorContact(
            person=r.text(c.get("person"), "contact.person"),
            email=_email(r, c.get("email"), "contact.email"),
            phone=_phone(r, c.get("phone"), "contact.phone"),
            address=r.lines(c.get("address"), "contact.address"),
        ),
        invoices=tuple(
            _invoice(r, n, f"invoices[{i}]")
            for i, n in enumerate(r.sequence(m.get("invoices"), "invoices", required=True))
        ),
        payments=tuple(
            _payment(r, n, f"payments[{i}]") for i, n in enumerate(r.sequence(m.get("payments"), "payments"))
        ),
        events=_events(r, m.get("events")),
        source=node.source,
    )


def _invoice(r: Reader, node: Node, field: str) -> Invoice | None:
    m = r.mapping(node, field, required=("number", "date", "due", "amount"), optional=("description",))
    if m is None:
        return None
    invoice = Invoice(
        number=r.text(m.get("number"), f"{field}.number", max_length=35),
        date=r.date(m.get("date"), f"{field}.date"),
        due=r.date(m.get("due"), f"{field}.due"),
        amount=r.amount(m.get("amount"), f"{field}.amount"),
        description=r.text(m.get("description"), f"{field}.description"),
        source=node.source,
    )
    if invoice.date and invoice.due and invoice.due < invoice.date:
        r.report(m["due"], f"{field}.due", f"must not be before the invoice date {invoice.date}", str(invoice.due))
    return invoice


def _payment(r: Reader, node: Node, field: str) -> Payment | None:
    m = r.mapping(node, field, required=("date", "amount"), optional=("invoice", "bank_ref"))
    if m is None:
        return None
    return Payment(
        date=r.date(m.get("date"), f"{field}.date"),
        amount=r.amount(m.get("amount"), f"{field}.amount"),
        invoice=r.text(m.get("invoice"), f"{field}.invoice"),
        source=node.source,
        bank_ref=r.text(m.get("bank_ref"), f"{field}.bank_ref", max_length=40),
    )


def _events(r: Reader, node: Node | None) -> tuple[Event, ...]:
    events = []
    indexes = []  # each event's place in the file, for the field path
    previous = None
    for i, item in enumerate(r.sequence(node, "events")):
        event = _event(r, item, f"events[{i}]")
        if event is None:
            continue
        events.append(event)
        indexes.append(i)
        if event.date is None:  # already reported; the order check needs a date
            continue
        if previous is not None and event.date < previous.date:
            r.report(
                item,
                f"events[{i}].date",
                f"events must be written oldest first; the event above is dated {previous.date}",
                str(event.date),
            )
        previous = event
    _check_disputes(r, events, indexes)
    return tuple(events)


def _event(r: Reader, node: Node, field: str) -> Event | None:
    base = ("channel", "by", "note")
    type_node = node.items.get("type", (None, None))[1] if isinstance(node, Mapping) else None
    kind = None
    if type_node is not None and not (isinstance(type_node, Scalar) and type_node.is_null):
        kind = r.choice(type_node, f"{field}.type", EVENT_TYPES)
    required, optional = EVENT_FIELDS.get(kind, ((), ()))
    m = r.mapping(node, field, required=("date", "type") + required, optional=base + optional)
    if m is None or kind is None:
        return None
    promised = r.date(m.get("promised_date"), f"{field}.promised_date")
    when = r.date(m.get("date"), f"{field}.date")
    if promised and when and promised < when:
        r.report(
            m["promised_date"],
            f"{field}.promised_date",
            f"must not be before the promise itself ({when})",
            str(promised),
        )
    installments = tuple(
        _installment(r, n, f"{field}.installments[{j}]")
        for j, n in enumerate(
            r.sequence(m.get("installments"), f"{field}.installments", required=kind == "arrangement")
        )
    )
    for j, installment in enumerate(installments):
        if installment is not None and installment.due and when and installment.due < when:
            r.report(
                installment.source,
                f"{field}.installments[{j}].due",
                f"must not be before the plan was agreed ({when})",
                str(installment.due),
            )
    return Event(
        date=when,
        type=kind,
        source=node.source,
        channel=r.choice(m.get("channel"), f"{field}.channel", CHANNELS),
        by=r.text(m.get("by"), f"{field}.by"),
        note=r.text(m.get("note"), f"{field}.note", max_length=5000),
        spoke_with=r.text(m.get("spoke_with"), f"{field}.spoke_with"),
        agency=r.text(m.get("agency"), f"{field}.agency"),
        promised_date=promised,
        amount=r.amount(m.get("amount"), f"{field}.amount"),
        installments=installments,
        reason=r.text(m.get("reason"), f"{field}.reason", max_length=5000),
        outcome=r.text(m.get("outcome"), f"{field}.outcome", max_length=5000),
    )


def _installment(r: Reader, node: Node, field: str) -> Installment | None:
    m = r.mapping(node, field, required=("due", "amount"))
    if m is None:
        return None
    return Installment(
        due=r.date(m.get("due"), f"{field}.due"),
        amount=r.amount(m.get("amount"), f"{field}.amount"),
        source=node.source,
    )


def _check_disputes(r: Reader, events: list[Event], indexes: list[int]) -> None:
    open_dispute = False
    for i, event in zip(indexes, events):
        if event.type == "dispute":
            open_dispute = True
        elif event.type == "dispute_resolved":
            if not open_dispute:
                r.report(
                    event.source,
                    f"events[{i}].type",
                    "dispute_resolved needs an open dispute before it",
                    "dispute_resolved",
                )
            open_dispute = False


def _interest_known(debtors: list[Debtor]) -> list[Problem]:
    """Statutory interest needs a rate for every day it runs."""
    problems = []
    for debtor in debtors:
        first = rates_for(debtor.type)[0].start
        for i, invoice in enumerate(debtor.invoices):
            if invoice is None or invoice.due is None:
                continue
            if invoice.due + timedelta(days=1) < first:
                problems.append(
                    Problem(
                        invoice.source,
                        f"invoices[{i}].due",
                        f"is before the first known statutory interest rate ({first}); add the rates to incasso/law.py",
                        str(invoice.due),
                    )
                )
    return problems


# -- rules across files -----------------------------------------------------------


def _across_files(debtors: list[Debtor]) -> list[Problem]:
    """Rules across files; a value left None by a problem already reported is skipped."""
    problems: list[Problem] = []
    ids: dict[str, Debtor] = {}
    references: dict[str, Debtor] = {}
    numbers: dict[str, Invoice] = {}
    for debtor in debtors:
        if debtor.id is None:
            pass
        elif debtor.id in ids:
            problems.append(Problem(debtor.source, "id", f"is already used by {ids[debtor.id].source.path}", debtor.id))
        else:
            ids[debtor.id] = debtor
            try:
                reference = rf_reference(debtor.id)
            except ValueError:  # too few or too many letters and digits: reported by the id rule
                reference = None
            if reference in references:
                problems.append(
                    Problem(
                        debtor.source,
                        "id",
                        f"gives the same payment reference as {references[reference].id} "
                        f"in {references[reference].source.path}; ids must differ in their letters and digits",
                        debtor.id,
                    )
                )
            if reference is not None:
                references[reference] = debtor
        own = set()
        all_numbers_known = bool(debtor.invoices)  # none: the invoices were refused
        for i, invoice in enumerate(debtor.invoices):
            if invoice is None or invoice.number is None:
                all_numbers_known = False
                continue
            if invoice.number in numbers:
                first = numbers[invoice.number].source
                problems.append(
                    Problem(
                        invoice.source,
                        f"invoices[{i}].number",
                        f"is already used in {first.path}:{first.line}",
                        invoice.number,
                    )
                )
            else:
                numbers[invoice.number] = invoice
            own.add(invoice.number)
        if not all_numbers_known:  # a payment may name the invoice whose number was refused
            continue
        for i, payment in enumerate(debtor.payments):
            if payment is not None and payment.invoice is not None and payment.invoice not in own:
                problems.append(
                    Problem(
                        payment.source, f"payments[{i}].invoice", "names no invoice of this debtor", payment.invoice
                    )
                )
    return problems
