"""Exports for other tools: the mail-merge list of personal links and the claims as JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import string
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date

import orjson

from incasso.bank.reconcile import Reconciliation
from incasso.claims.accord import Accord
from incasso.claims.agreements import InstallmentState, Plan, Promise
from incasso.claims.claim import AskedLater, Claim, is_closed
from incasso.claims.demand import amount_asked, page_asks
from incasso.claims.disputes import dispute_spans, open_disputes
from incasso.claims.escalation import postponed_over_check
from incasso.claims.kept import kept_for, passed_on
from incasso.claims.states import STAGES, InstallmentStatus, PlanState
from incasso.contact import addressee, postal_lines
from incasso.law.money import ZERO, plain
from incasso.ledger.fields import PHONE_SHAPE
from incasso.ledger.model import CreditNote, DebtorContact, Event, EventType, Invoice, Policy
from incasso.payments.reference import rf_reference
from incasso.processes import until_called_off
from incasso.staff.ageing import claim_ageing
from incasso.staff.bank_record import bank_record, returns_taken
from incasso.staff.outside import Outside
from incasso.staff.overview import (
    NO_RETURNS,
    BankReturns,
    FlagKind,
    Row,
    dispute_review,
    dossier_path,
    flags,
    pass_on,
    passes_on,
)

# amount_to_pay is what the statement page and its QR code ask for today (see incasso.claims.demand.amount_asked,
# page_asks): write that figure in a letter, not amount_due_now. Empty where the page asks no amount (status
# dispute: the debtor fills in the part they agree with; stage legal: the court's and the bailiff's costs come on
# top): a merged letter would demand the total there.
LINK_COLUMNS = (
    "id",
    "name",
    "email",
    "language",
    "stage",
    "status",
    "total_due",
    "amount_due_now",
    "amount_to_pay",
    "url",
    # For letters by mail merge: the contact person and the postal address, a line per column ("p/a" an
    # administrator who receives the letters first, then their address).
    "person",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "reference",  # the dossier's RF payment reference, to ask for in a letter
    "salutation",  # whom the letters greet (contact.salutation), as written; empty: greet the person
    # The number to call (contact.phone) as written, as the dossier page shows it: for the day's calls and the
    # letters. The ledger's check lets only digits and a phone's punctuation through: no formula, so no quote
    # (a merged letter would print it); links-excel.csv quotes one starting with + (Excel would run it).
    "phone",
    # The name beside `email` in an e-mail's To:, as the letters' e-mails write it (contact.addressee): the
    # debtor's name, or "debtor p/a administrator" when `email` is the administrator's; empty without `email`.
    # `name` stays the debtor's, for the letter's head and its greeting; a new column goes last.
    "email_to_name",
)
PHONE_COLUMNS = ("phone",)
ADDRESS_COLUMNS = 4  # a longer address keeps its extra lines in the last column, joined by ", "


def address_columns(lines: Sequence[str]) -> dict[str, str]:
    """The postal address as address_1 .. address_4; nothing is dropped from a longer one."""
    lines = list(lines)
    if len(lines) > ADDRESS_COLUMNS:
        lines[ADDRESS_COLUMNS - 1 :] = [", ".join(lines[ADDRESS_COLUMNS - 1 :])]
    lines += [""] * (ADDRESS_COLUMNS - len(lines))
    return {f"address_{n}": line for n, line in enumerate(lines, start=1)}


def links_rows(claims: Sequence[Claim], url_of: Callable[[Claim], str]) -> list[dict[str, str]]:
    """One row per debtor, by id as in claims.json (not by file name: a renamed file moves no row, and two
    days' exports compare line by line); `url_of(claim)` gives the personal link or "" (no page)."""
    return [
        {
            "id": c.debtor.id,
            "name": c.debtor.name,
            "email": c.debtor.contact.email or "",
            "email_to_name": addressee(c.debtor) if c.debtor.contact.email else "",
            "language": c.debtor.language,
            "stage": c.stage,
            "status": c.status,
            "total_due": plain(c.total_due),
            "amount_due_now": plain(c.amount_due_now),
            "amount_to_pay": _asked(c),
            "reference": rf_reference(c.debtor.id),
            "url": url_of(c),
            "person": c.debtor.contact.person or "",
            "salutation": c.debtor.contact.salutation or "",
            "phone": c.debtor.contact.phone or "",
            **address_columns(postal_lines(c.debtor)),  # "p/a" an administrator first, as the letters write
        }
        for c in sorted(claims, key=lambda c: c.debtor.id)
    ]


def _asked(claim: Claim) -> str:
    asked = amount_asked(claim)
    return "" if asked is None else plain(asked)


def links_csv(rows: list[dict[str, str]]) -> str:
    return csv_text(LINK_COLUMNS, rows, phones=PHONE_COLUMNS)


# A spreadsheet runs a cell as a formula when it starts with one of these (OWASP, "CSV
# Injection"); some skip leading blanks first, and some read full-width forms as these.
FORMULA_STARTS = frozenset("=+-@")
CONTROL_STARTS = ("\t", "\r", "\n")
PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# Where a spreadsheet may start a new cell in the middle of a text when it reads a file with another delimiter
# than the file's: Excel with Dutch settings splits links.csv on ";" (a cell is in quotes there only when it
# holds a comma or a quote mark).
CELL_BREAK = re.compile(r"[;,]")
# A first character no spreadsheet runs (a letter or digit of ASCII, which NFKC leaves as it is, no blank):
# a cell starting with one, without a CELL_BREAK, is safe as it is.
PLAIN_STARTS = frozenset(string.ascii_letters + string.digits)


def spreadsheet_safe(cell: str) -> str:
    """The cell as a spreadsheet shows it and never runs: text it would take for a formula gets a leading ',
    and so does every part of it after a ";" or "," that would be one ("Priya;=1+1" as "Priya;'=1+1").

    The single quote is OWASP's advice: spreadsheets read the cell as text (and show the quote: one read
    from a CSV file is not hidden as one typed is). A plain number (an amount, "-12.50") is left as it is, so
    amounts stay numbers; "-2+3" is no plain number, and is quoted.
    """
    if not cell or (cell[0] in PLAIN_STARTS and not CELL_BREAK.search(cell)):
        return cell  # most cells (a name, an e-mail address, an id, an amount): no formula, nothing to look at
    if PLAIN_NUMBER.fullmatch(cell):
        return cell
    parts = CELL_BREAK.sub(lambda sep: sep[0] + ("'" if runs_as_formula(cell[sep.end() :]) else ""), cell)
    return "'" + parts if runs_as_formula(cell) else parts


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would run a cell that starts with `text` (blanks aside)."""
    first = unicodedata.normalize("NFKC", text.lstrip()[:1])
    return text.startswith(CONTROL_STARTS) or first[:1] in FORMULA_STARTS


def csv_text(columns: Sequence[str], rows: Sequence[dict[str, str]], phones: Collection[str] = ()) -> str:
    """A CSV export for spreadsheets and mail merge: a header, then every row, no cell a formula.

    In the `phones` columns a phone number as the ledger's check lets through (a leading + and a digit, then
    digits, blanks and brackets, dots, slashes or dashes: no name, no reference, so nothing a spreadsheet could
    run) is written as it is: a quote before "+31 6 ..." would be printed in every merged letter. Anything else
    there is made safe as any cell."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({name: _csv_cell(cell, name in phones) for name, cell in row.items()} for row in rows)
    return out.getvalue()


def _csv_cell(cell: str, phone: bool) -> str:
    return cell if phone and PHONE_SHAPE.fullmatch(cell) else spreadsheet_safe(cell)


# links.csv's rows for a spreadsheet opened by a double click, as Excel with Dutch settings reads a file: a
# byte order mark (else it guesses another character set: Zoë as ZoÃ«), ";" between cells, a decimal comma.
# links.csv stays as documented for mail merge and other tools.
EXCEL_LINKS = "links-excel.csv"
AMOUNT_COLUMNS = frozenset({"total_due", "amount_due_now", "amount_to_pay"})
BYTE_ORDER_MARK = "\ufeff"


def links_excel_csv(rows: list[dict[str, str]]) -> tuple[str, str]:
    """The file's text in two parts, to write one after the other: the byte order mark apart, since in one
    Python string with the rest it would make every character take two bytes (61 MB at 100,000 debtors)."""
    return BYTE_ORDER_MARK, excel_csv_text(LINK_COLUMNS, rows, AMOUNT_COLUMNS)


def excel_csv_text(columns: Sequence[str], rows: Sequence[dict[str, str]], amounts: Collection[str]) -> str:
    """A CSV export for Excel with Dutch settings, but the byte order mark its file starts with: ";" between
    cells, CRLF line ends, an amount with a decimal comma and no quotes (a number), every text cell in quotes
    and made safe."""

    def cell(column: str, value: str) -> str:
        if column in amounts and PLAIN_NUMBER.fullmatch(value):
            return value.replace(".", ",")
        return '"' + spreadsheet_safe(value).replace('"', '""') + '"'

    header = ";".join('"' + column + '"' for column in columns)
    lines = [header, *(";".join(cell(column, row[column]) for column in columns) for row in rows)]
    return "".join(line + "\r\n" for line in lines)


# The claims document: every claim with its computed figures, for other tools
# and for the next build's change list (changes.py). Bump the version when a
# field changes meaning; adding a field keeps it.
CLAIMS_FORMAT = "incasso-claims"
CLAIMS_VERSION = 1


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _promise(p: Promise | None) -> dict | None:
    return None if p is None else _promise_fields(p)


def _promise_fields(p: Promise) -> dict:
    return {
        "made": _day(p.event.date),
        "promised_date": _day(p.event.promised_date),
        "amount": plain(p.amount),
        "paid": plain(p.paid),
        "state": p.state,
    }


def _plan(plan: Plan | None, later: AskedLater | None = None) -> dict | None:
    """The plan as it stands; instalments its confirmation asks by a later day than their own (`later`,
    Claim.asked_later) are `due` by that day (`asked_by`), not overdue, as the page and the letter ask them: not in
    the arrears, and the plan not in arrears for them."""
    if plan is None:
        return None
    asked = later.instalments if later is not None else ()
    missed = [i for i in plan.missed if i not in asked]
    return {
        "agreed": _day(plan.event.date),
        "state": PlanState.ON_SCHEDULE if plan.state == PlanState.IN_ARREARS and not missed else plan.state,
        "arrears": plain(sum((i.open for i in missed), ZERO)),
        "due_now": plain(plan.due_now),
        "asked_by": _day(later.by) if later is not None else None,
        "installments": _installments(plan, asked),
    }


def _accord(accord: Accord | None) -> dict | None:
    """The latest settlement (minnelijk akkoord) and how it stands: what was agreed, of what, what it remits."""
    if accord is None:
        return None
    return {
        "agreed": _day(accord.event.date),
        "asked_by": accord.event.asked_by,
        "amount": plain(accord.amount),
        "owed": plain(accord.owed),
        "remitted": plain(accord.remitted),
        "pay_by": _day(accord.event.pay_by),
        "last_day": _day(accord.last_day),
        "paid": plain(accord.paid),
        "left": plain(accord.left),
        "state": accord.state,
        "ended_on": _day(accord.ended_on),
        "installments": _installments(accord.plan) if accord.plan is not None else None,
    }


def _installments(plan: Plan, asked_later: Sequence[InstallmentState] = ()) -> list[dict]:
    return [
        {
            "due": _day(i.installment.due),
            "amount": plain(i.installment.amount),
            "paid": plain(i.paid),
            "state": InstallmentStatus.DUE if i in asked_later else i.state,
        }
        for i in plan.installments
    ]


def _ended(claim: Claim) -> list[dict]:
    """Every promise and plan that a later one, a handover or a legal step ended, in the file's order: the day it
    ended, and the promise as `promise` has it, or the plan without what it asks (an ended plan asks nothing). The
    change list reads from them what became of one that no build saw as the one that counts. One list for both,
    `[]` on most claims: claims.json is written for every dossier each night."""
    return [
        {"on": _day(e.on), "promise": _promise_fields(e.agreement)}
        if isinstance(e.agreement, Promise)
        else {"on": _day(e.on), "plan": _ended_plan(e.agreement)}
        for e in claim.ended
    ]


def _ended_plan(plan: Plan) -> dict:
    return {"agreed": _day(plan.event.date), "state": plan.state, "installments": _installments(plan)}


def claim_record(
    claim: Claim,
    policy: Policy,
    url: str,
    doubted: bool = False,
    returns: BankReturns = NO_RETURNS,
    possible_payment: bool = False,
    first_seen: date | None = None,
    found: Sequence[str] | None = None,
) -> dict:
    """One claim as plain JSON values: amounts "1250.50", dates ISO, absent things null. `doubted`: its credit
    may be a double count (staff.view.doubted_credits), which the change list says before a refund; `returns`:
    what the bank sent back of its money (staff.returns), which the change list lists once; `possible_payment`:
    a bank credit may have paid it (staff.view.possibly_paid), flagged first as the overview does; `first_seen`:
    the day a build first saw it, as the overview's flags have it (StaffBook.first_seen); `found`: its flags'
    kinds as the overview's row has them (`flag_kinds`), found once by staff_book: given, they are not found again."""
    contact = _contact(claim)
    return {
        "id": claim.debtor.id,
        "name": claim.debtor.name,
        "type": claim.debtor.type,
        "language": claim.debtor.language,
        "contact": {"person": contact.person, "email": contact.email, "phone": contact.phone},
        "stage": claim.stage,
        "status": claim.status,
        "paused": claim.paused,
        **_figures(claim),
        "reference": rf_reference(claim.debtor.id),
        "overdue_since": _day(claim.overdue_since),
        "days_overdue": claim.days_overdue,
        "last_contact": _day(claim.last_contact),
        "paid_on": _day(claim.paid_on),
        "next_action": _next_action(claim),
        "promise": _promise(claim.promise),
        "plan": _plan(claim.plan, claim.asked_later),
        "settlement": _accord(claim.accord),
        "ended": _ended(claim),
        "dispute": _dispute_record(claim),
        "disputed_invoices": _disputed_invoices(claim),
        # Their `passed_on` added with each payment once, as the overview's signal counts it (claims.kept).
        "passed_on": plain(passed_on(claim, *(invoice.number for invoice in claim.disputed))),
        "disputes": _disputes(claim),
        "invoices": _invoices(claim),
        "payments": _payments(claim),
        "payments_returned": _payments_returned(returns),
        "refunds_returned": _refunds_returned(returns),
        # Today's work that is no next action, as the overview gives it: changes.md lists it when it falls due.
        "pass_on": _pass_on(claim),
        "pass_on_earlier": _pass_on_earlier(claim),
        "handovers": _handovers(claim),
        "dispute_answer": _dispute_answer(claim, policy),
        # Keys as str, not the buckets (a StrEnum): orjson writes no other keys (claims_json_parts).
        "ageing": {str(bucket): plain(amount) for bucket, amount in claim_ageing(claim).items()},
        # The bank's flag is found from the statements (staff.view), the rest from the claim: a tool that reads
        # the flags to choose whom to chase must see "look first" where the overview says it.
        "flags": list(found) if found is not None else _flags(claim, policy, returns, possible_payment, first_seen),
        "credit_doubt": doubted and claim.settlement.credit > 0,
        "url": url,
        "dossier": dossier_path(claim.debtor.id),
    }


def _contact(claim: Claim) -> DebtorContact:
    """The debtor's own contact, as on the dossier page (not the representative's)."""
    return claim.debtor.own_contact or claim.debtor.contact


def _dispute_record(claim: Claim) -> dict | None:
    """The dispute of the claim (its date and reason), None without one."""
    return None if claim.dispute is None else {"since": _day(claim.dispute.date), "reason": claim.dispute.reason}


def _flags(
    claim: Claim, policy: Policy, returns: BankReturns, possible_payment: bool, first_seen: date | None
) -> list[FlagKind]:
    """The claim's flags' kinds found anew (without the overview's rows at hand), the bank's first."""
    found = [FlagKind.POSSIBLE_PAYMENT] if possible_payment else []
    return found + [f.kind for f in flags(claim, policy, returns=returns, first_seen=first_seen)]


# The flags of the dossier's notes: the overview's rows carry them, claims.json does not (the build's log says them).
NOTE_FLAGS = frozenset({FlagKind.NOTE_BEFORE_STEP, FlagKind.DOSSIER_NOTE})


def flag_kinds(rows: Iterable[Row]) -> dict[str, list[str]]:
    """Each row's flags as claims.json lists them, by id: the kinds in the row's order, its notes' left out.

    The same list `claim_record` finds, without finding it again: a row's flags are `flags` of its claim with
    its notes (flagged last) and its doubt (which words a credit's flag, of the same kind), and a possible
    payment's flag put first, the one `possibly_paid` reads (staff.view.staff_book)."""
    return {row.id: [f.kind for f in row.flags if f.kind not in NOTE_FLAGS] for row in rows}


def _figures(claim: Claim) -> dict:
    """What is open, due and asked today, the credit, what was paid, and the collection costs."""
    s = claim.settlement
    return {
        "principal_open": plain(s.principal_open),
        "interest_open": plain(s.interest_open),
        "costs_open": plain(s.costs_open),
        "total_due": plain(claim.total_due),
        "amount_due_now": plain(claim.amount_due_now),
        "amount_to_pay": plain(page_asks(claim)),  # what the page asks: the costs of a term over too
        "credit": plain(s.credit),
        "refunded": plain(s.refunded),
        "paid_total": plain(s.paid_total),
        "costs": {
            "state": claim.costs.state,
            "amount": plain(claim.costs.amount),
            "from_date": _day(claim.costs.from_date),
            "earlier": plain(s.costs_earlier),  # of the claims before, all paid (a later notice's new episode)
            "vat": plain(claim.costs.vat),  # in `amount`: the creditor cannot reclaim VAT (policy.costs_vat)
        },
    }


def _next_action(claim: Claim) -> dict | None:
    action = claim.next_action
    if action is None:
        return None
    # The day the overview gives it (Action.day): of a handover waiting for the statements of its final notice's
    # term, the day that term sets, not tomorrow; it is not due until the statements show nothing paid in the term.
    return {
        "kind": action.kind,
        "due": _day(action.day),
        "is_due": action.is_due(claim.as_of),
        "awaits_statements": action.awaits_statements is not None,
        "postponed": _postponed(action.postponed),
        # While a promise or an instalment is checked, the postpone that holds back the step a miss would bring: it
        # moves not the check (so not `postponed`), yet it holds something (added in session 48).
        "postponed_if_missed": _postponed(postponed_over_check(claim)),
    }


def _postponed(pause: Event | None) -> dict | None:
    """The staff's `postpone` that moved the step (or, over a check, holds back the step a miss brings), as the file
    writes it, with who asked for it (`asked_by`: the page says that wait; None, staff's own); None when none did."""
    if pause is None:
        return None
    return {
        "recorded": _day(pause.date),
        "until": _day(pause.until),
        "asked_by": pause.asked_by,
        "reason": pause.reason,
    }


def _pass_on(claim: Claim) -> dict | None:
    """Money that reached us after the handover, still to pass on to the agency (staff.overview.pass_on)."""
    step = pass_on(claim)
    if step is None:
        return None
    return {
        "amount": plain(step.amount),
        "agency": step.agency,
        "handover": _day(step.handover.date),
        "due": _day(step.due),
    }


def _handovers(claim: Claim) -> list[dict]:
    """Each handover to an agency, oldest first: the change list says when the file went to another."""
    return [{"date": _day(e.date), "agency": e.agency} for e in claim.events if e.type == EventType.HANDOVER]


def _pass_on_earlier(claim: Claim) -> list[dict]:
    """Money that reached us while an earlier agency had the file, not recorded as passed on to it
    (staff.overview.passes_on): still that agency's after the file went to another."""
    return [
        {
            "amount": plain(step.amount),
            "agency": step.agency,
            "handover": _day(step.handover.date),
            "due": _day(step.due),
            # The agency the next handover gave the file to.
            "taken_by": step.later.agency if step.later is not None else None,
        }
        for step in passes_on(claim)
        if step.later is not None
    ]


def _dispute_answer(claim: Claim, policy: Policy) -> dict | None:
    """The answer to a dispute of some invoices open too long (staff.overview.dispute_review), due or not."""
    review = dispute_review(claim, policy)
    if review is None:
        return None
    return {"invoices": list(review.invoices), "due": _day(review.due), "is_due": review.is_due(claim.as_of)}


def _disputed_invoices(claim: Claim) -> list[dict]:
    """The invoices an open dispute names, by number: since when (the latest dispute naming each), and whether
    they are left out of the claim's figures while the other invoices are chased (`apart`), or the dossier
    waits for the answer as a whole (nothing else open, or a dispute of the whole dossier open too)."""
    named = open_disputes(claim.events).by_invoice
    invoices = {i.number: i for i in claim.debtor.invoices}
    return [
        {
            "number": number,
            "since": _day(event.date),
            "apart": claim.disputed_apart,
            # Its principal open after its credit notes: apart, not in `total_due` nor `principal_open`.
            "open": plain(claim.disputed_open(invoices[number])),
            # As under `invoices`: apart, the invoice is not there, and the change list still compares them.
            "credit_notes": _credit_notes(invoices[number], invoices[number].credit_notes_until(claim.as_of)),
            **_kept(claim, number),
        }
        for number, event in sorted(named, key=lambda pair: pair[0])
    ]


def _kept(claim: Claim, number: str) -> dict:
    """What payments naming a disputed invoice keep for it until the answer, which `open` does not take off:
    for it alone (`kept`), and for it with the other disputed invoices a payment named (`kept_together`); and,
    credited in full, what they paid of the other invoices instead (`passed_on`): nothing is kept for it, and
    without it a tool would not know the debtor paid naming it. As the staff dossier says it (claims.kept)."""
    kept = kept_for(claim, number)
    return {
        "kept": plain(kept.alone),
        "kept_together": [{"invoices": list(others), "amount": plain(amount)} for others, amount in kept.together],
        "passed_on": plain(passed_on(claim, number)),
    }


def _disputes(claim: Claim) -> list[dict]:
    """Every dispute up to the build's day, answered or not, in the file's order: the day it was raised, the
    invoices it named (none: the whole dossier), the day it was answered (null: open). The change list tells
    from them a dispute raised and answered between two builds, which nothing else in the document shows."""
    return [
        {
            "raised": _day(span.raised.date),
            "invoices": list(span.raised.invoices),
            "answered": _day(span.answered.date) if span.answered else None,
        }
        for span in dispute_spans(claim.events)
    ]


def _invoices(claim: Claim) -> list[dict]:
    """The invoices, the earliest due first: each amount as written, what its credit notes that count take off
    (`credited`), and every credit note, with whether it counts yet (one dated after the build's day does not)."""
    return [
        {
            "number": b.number,
            "date": _day(b.invoice.date),
            "due": _day(b.invoice.due),
            "amount": plain(b.invoice.amount),
            "credited": plain(b.credited),
            "credit_notes": _credit_notes(b.invoice, b.credit_notes),
            "principal_open": plain(b.principal_open),
            "interest_open": plain(b.interest_open),
        }
        for b in sorted(claim.settlement.invoices, key=lambda b: (b.invoice.due, b.number))
    ]


def _credit_notes(invoice: Invoice, counting: Collection[CreditNote]) -> list[dict]:
    """Every credit note of `invoice`, in the ledger's order, with whether it counts (is in `counting`)."""
    return [
        {"number": note.number, "date": _day(note.date), "amount": plain(note.amount), "counts": note in counting}
        for note in invoice.credit_notes
    ]


def _payments(claim: Claim) -> list[dict]:
    """The payments received, in a stable order: by date, amount and the invoice they name."""
    return sorted(
        (
            {
                "date": _day(p.payment.date),
                "amount": plain(p.payment.amount),
                "invoice": p.payment.invoice,
                "invoices": list(p.payment.named),  # every invoice it names: none, one, or several
                "bank_ref": p.payment.bank_ref,
            }
            for p in claim.settlement.payments
        ),
        key=lambda p: (p["date"], p["amount"], p["invoice"] or ""),
    )


def payments_document(claims: Sequence[Claim], returns: Mapping[str, BankReturns], bank: Reconciliation | None) -> dict:
    """Of `claims_document`, what the payments counting again are found by (staff.changes.returns_gone): the bank's
    returns (None without a bank/ folder), and of each claim its id, name, payments and the payments taken back, and
    what a dossier whose id was edited is known by (its e-mail address and invoice numbers: changes._ids_changed), as
    claims.json writes them; for `incasso check`, which writes no claims.json."""
    return {
        "bank": {"returns": returns_taken(bank)} if bank is not None else None,
        "claims": [
            {
                "id": claim.debtor.id,
                "name": claim.debtor.name,
                "contact": {"email": _contact(claim).email},
                "invoices": [{"number": b.number} for b in claim.settlement.invoices],
                "payments": _payments(claim),
                "payments_returned": _payments_returned(returns.get(claim.debtor.id, NO_RETURNS)),
            }
            for claim in claims
        ],
    }


def _payments_returned(returns: BankReturns) -> list[dict]:
    """The payments the bank took back (they count nowhere else): the day credited and returned, the bank's
    reason code, the account, and the bank entry (null for one staff wrote as taken back without its bank_ref, as
    a payment's own); one staff wrote as taken back (`returned:`) has `written`, the field where (a key only such
    a payment has: an older claims.json reads as before); by date, amount and entry."""
    return sorted(
        (
            {
                "date": _day(p.paid),
                "amount": plain(p.amount),
                "returned": _day(p.returned),
                "reason": p.reason,
                "account": p.account,
                "bank_ref": p.reference,
            }
            | ({"written": p.written[1]} if p.written is not None else {})
            for p in returns.payments
        ),
        key=lambda p: (p["date"], p["amount"], p["bank_ref"] or ""),
    )


def _refunds_returned(returns: BankReturns) -> list[dict]:
    """The refunds in the file that the debtor's bank sent back: the refund's day and amount, the day it came
    back, the bank's reason code and the bank entry that brought it; by date."""
    return sorted(
        (
            {
                "date": _day(r.refunded),
                "amount": plain(r.amount),
                "returned": _day(r.due),
                "reason": r.reason,
                "bank_ref": r.reference,
            }
            for r in returns.refunds
        ),
        key=lambda r: (r["date"], r["returned"], r["bank_ref"]),
    )


def claims_document(
    claims: Sequence[Claim],
    as_of: date,
    policy: Policy,
    url_of: Callable[[Claim], str],
    doubted: Collection[str] = frozenset(),
    returns: Mapping[str, BankReturns] | None = None,
    bank: Reconciliation | None = None,
    possibly_paid: Collection[str] = frozenset(),
    first_seen: Mapping[str, date] | None = None,
    found: Mapping[str, Sequence[str]] | None = None,
    outside: Sequence[Outside] = (),
    *,
    whole: bool = True,
) -> dict:
    """All claims sorted by id, with per-stage totals of the open ones; `doubted`: the ids whose credit may
    be a double count; `returns`: what the bank sent back, by id (staff.returns.bank_returns); `bank`: the
    statements read, whose day and unassigned credits go in as "bank" (bank_record); `possibly_paid`: the ids
    a bank credit may be for (staff.view.possibly_paid); `first_seen`: the day a build first saw each, by id;
    `found`: each claim's flags as the overview's rows have them (`flag_kinds` of the book made of the same
    claims, returns, credits and days), by id, instead of finding them again; `outside`: the credits of invoices
    outside the ledger (staff.outside), marked in "bank". Not `whole`: the claims' records are an iterator, each
    made as it is read, for a writer that lets each go once written (at 100,000 debtors the list is 700 MB)."""
    returns, seen, kinds = returns or {}, first_seen or {}, found or {}
    stages = {}
    for stage in STAGES:
        members = [c for c in claims if c.stage == stage and not is_closed(c)]
        stages[stage] = {"count": len(members), "outstanding": plain(sum((c.total_due for c in members), ZERO))}
    records = (
        claim_record(
            c,
            policy,
            url_of(c),
            c.debtor.id in doubted,
            returns.get(c.debtor.id, NO_RETURNS),
            c.debtor.id in possibly_paid,
            seen.get(c.debtor.id),
            kinds.get(c.debtor.id),
        )
        # Each claim a safe point: beside the pass, a stop ends the staff files here (incasso.processes).
        for c in until_called_off(sorted(claims, key=lambda c: c.debtor.id))
    )
    return {
        "format": CLAIMS_FORMAT,
        "version": CLAIMS_VERSION,
        "as_of": as_of.isoformat(),
        "bank": bank_record(bank, claims, outside),
        "stages": stages,
        "claims": list(records) if whole else records,
    }


# Byte-stable text: sorted keys, fixed indent, UTF-8 kept readable.
_CLAIMS_JSON = json.JSONEncoder(indent=2, sort_keys=True, ensure_ascii=False)
# The same layout, compiled. A date or a dataclass is not written but refused, as json refuses it.
_CLAIM_JSON = (
    orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)
_CLAIMS_KEY = '\n  "claims": []'  # the document's own key at indent 2: a string value escapes its quotes
_CLAIM_INDENT = "\n    "  # a claim's lines in the list; JSON text holds no line break of its own


def claims_json(document: dict) -> str:
    """Byte-stable text: sorted keys, fixed indent, UTF-8 kept readable, a final newline."""
    return "".join(claims_json_parts(document))


def claims_json_parts(document: dict) -> Iterator[str]:
    """claims_json's text in parts, to be written one after another: never the whole text at once
    (200 MB at 100,000 debtors), and each claim by orjson, 20 times faster than json's encoder,
    which writes in Python whenever it indents (BENCHMARKS.md). The text is json.dumps's with
    indent=2, sort_keys=True and ensure_ascii=False, byte for byte, for a document without floats
    (orjson writes 1e-07 as 1e-7 and NaN as null; a claim's amounts are text, "1250.50")."""
    head, tail = _CLAIMS_JSON.encode(dict(document, claims=[])).split(_CLAIMS_KEY)
    yield head + _CLAIMS_KEY[:-1]
    written = 0
    for claim in document["claims"]:  # a list, or the records as they are made (claims_document, not whole)
        yield ("," if written else "") + _CLAIM_INDENT + _claim_json(claim).replace("\n", _CLAIM_INDENT)
        written += 1
    yield ("\n  ]" if written else "]") + tail + "\n"


def _claim_json(claim: dict) -> str:
    try:
        return orjson.dumps(claim, option=_CLAIM_JSON).decode("utf-8")
    except TypeError:  # a key not exactly a str, a lone surrogate, an int beyond 64 bits: json decides
        return _CLAIMS_JSON.encode(claim)
