"""What changed since the previous build, read from two claims documents.

Both sides are the JSON documents of exports.claims_document, so the list
depends only on what each build published, not on how the ledger was edited
in between: a payment booked with an earlier date still shows as arrived.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from incasso.claims.states import ActionKind, CostsState, InstallmentStatus, PlanState, PromiseState, Stage, Status
from incasso.law.money import plain
from incasso.ledger.model import Language
from incasso.staff import formats as fmt
from incasso.staff.exports import CLAIMS_FORMAT, CLAIMS_VERSION
from incasso.staff.language import speaking, staff_language, step_named, words
from incasso.staff.overview import SMALL_CREDIT
from incasso.staff.return_answers import charges_named
from incasso.staff.returns import reason_text

# What changes.md lists, in its order, and the command line counts (naming each in English, cli/build.py).
LISTED = (
    "ids_changed",  # dossiers whose id was edited (a note of its own on the build's log too: ids_changed_note)
    "renamed",
    "due",
    "bank_credits",  # the unassigned bank credits new since the previous build: not a dossier's
    "bank_set_aside",  # bank money set aside as no debtor's since the previous build (creditor.yaml)
    "returns_answered",  # returns staff answered since the previous build (creditor.yaml's bank_returns)
    "stage",
    "handovers",  # the file handed over to an agency, or on to another (an older claims.json has no handovers)
    "invoices_changed",  # an invoice's amount or due date edited in the debtor file
    "invoices_new",  # an invoice added to a dossier the previous build had
    "invoices_gone",  # an invoice taken out of a dossier
    "payments",
    "payments_returned",
    "payments_gone",
    "credit_notes",
    "credit_notes_gone",
    "refunds",
    "kept",
    "kept_late",  # a promise broken at the previous build, kept now: a payment in time was booked since
    "broken",
    "behind",
    "behind_more",
    "caught_up",  # a plan behind at the previous build whose missed instalments are paid now: on schedule again
    "plan_between",  # plans agreed and paid off between the two builds: neither build had them running
    "settlement_started",  # a settlement (minnelijk akkoord) recorded since the previous build
    "settlement_settled",  # a settlement paid in time since: the claim is closed, the rest remitted
    "settlement_lapsed",  # a settlement missed since: the whole claim is back, the steps go on
    "settlement_ended",  # a settlement called off by agreement since (settlement_ended): the whole claim is back
    "disputed",  # invoices a dispute names since the previous build
    "dispute_answered",  # invoices no open dispute names any more
    "dispute_between",  # disputes raised and answered between the two builds: neither build had them open
    "costs_announced",  # costs a final notice announced whose amount or day moved: the letters sent name the old
    "costs_charged",  # costs owed from a day that were not (or other ones): announced before, or nothing
    "costs_uncharged",  # costs charged at the previous build that are not now (a payment in the term booked since)
    "status",
    "new",
    "gone",
)
# The changes found dossier by dossier, comparing each with itself in the previous build.
BANK_SECTIONS = ("bank_credits", "bank_set_aside", "returns_answered")  # of the bank, no dossier's
SECTIONS = tuple(name for name in LISTED if name not in ("ids_changed", *BANK_SECTIONS))


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    values: dict = field(default_factory=dict)  # formatted for reading; ledger text already escaped
    # The bank entry of the payment a line is of (payments, payments_returned, bank_credits): a return's answer, or
    # its release, on it moves it.
    bank_ref: str | None = None
    # Of a stage or status line: the dossier's payments a return moved since, each its section and bank entry
    # (payments_returned: taken back; payments: arrived, counting again when a return released it); one staff wrote
    # as taken back (payments_written) by its entry, or without one by its amount and day, as `status_written` says.
    moved: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Changes:
    current_as_of: str
    previous_as_of: str | None = None
    first: bool = False
    problem: str | None = None  # why nothing was compared
    sections: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    # The last day of the bank statements read, when it moved: (the previous build's, this one's).
    bank_until: tuple[str | None, str] | None = None
    # The new credits of invoices outside the ledger (claims.json's `outside_ledger`): how many, and their sum in
    # euros as claims.json writes it; one line, not one each: they are no work.
    outside: tuple[int, str] | None = None
    # The dossiers' payments the previous build had a return take back that count again because no statement read
    # holds that return any more (its statement taken out of bank/): the debtor owes less, though the money came
    # back, so the build says it (ids only) as it does payments gone.
    returns_gone: tuple[Entry, ...] = ()
    # The staff language its lines were worded in (`compare` words each entry as it finds it): the list is written
    # in it whole, headings and entries alike, whatever the language about it when it is written.
    language: Language = field(default_factory=staff_language)

    @property
    def empty(self) -> bool:
        return not any(self.sections.values()) and self.bank_until is None and self.outside is None


def parse_previous(text: str) -> tuple[dict | None, str | None]:
    """The previous document, each claim cut to what the change list compares, or why it cannot be
    used (bad JSON, another format or version)."""
    try:
        document = json.loads(text)
    except ValueError as error:
        return None, f"JSON: {error}"
    return _usable(document)


def parse_previous_lines(lines: Iterable[str], *, claims_too: bool = True) -> tuple[dict | None, str | None] | None:
    """As `parse_previous`, from the lines of a claims.json as `claims_json` lays it out, one claim
    at a time: parsed whole, the document takes several times its text in memory (a claims.json is
    200 MB at 100,000 debtors, BENCHMARKS.md). None when the lines are laid out otherwise (edited
    by hand): then `parse_previous` reads the whole text. Not `claims_too`: the document with no claim,
    each one's lines passed over unread (its bank alone, for `incasso check`: `released_gone`).
    """
    skeleton: list[str] = []  # the document without its claims
    claims: list | None = [] if claims_too else None
    rest = iter(lines)
    for line in rest:
        if line != _CLAIMS_OPEN:
            skeleton.append(line)
            continue
        closing = _claim_lines(rest, claims)
        if closing is None:
            return None
        skeleton.append(f'  "claims": []{closing}')
    try:
        document = json.loads("".join(skeleton))
    except ValueError:
        return None
    if not isinstance(document, dict) or document.get("claims") != []:
        return None
    problem = _format_problem(document)
    if problem:
        return None, problem
    document["claims"] = claims if claims is not None else []  # compacted as they were read
    return _bank_cut(document), None


# How claims_json (indent 2) lays out the list of claims: each claim opens and closes at indent 4,
# which nothing inside a claim does (its fields are at indent 6, and JSON text holds no line break).
_CLAIMS_OPEN = '  "claims": [\n'
_CLAIMS_CLOSE = {"  ]\n": "\n", "  ],\n": ",\n"}
_CLAIM_OPEN, _CLAIM_CLOSE = "    {\n", ("    }\n", "    },\n")


def _claim_lines(lines: Iterator[str], claims: list | None) -> str | None:
    """Read the claims up to the end of the list into `claims`, compacted (None: passed over); the list's closing
    line's end (",\n" or "\n"), or None when a line is not where claims_json puts it."""
    claim: list[str] | None = None
    for line in lines:
        if claim is None:
            if line in _CLAIMS_CLOSE:
                return _CLAIMS_CLOSE[line]
            if line != _CLAIM_OPEN:
                return None
            claim = ["{"]
        elif line in _CLAIM_CLOSE:
            try:
                if claims is not None:
                    claims.append(_compact(json.loads("".join(claim) + "}")))
            except ValueError:
                return None
            claim = None
        elif claims is not None:
            claim.append(line)
    return None


def _format_problem(document: object) -> str | None:
    if (
        not isinstance(document, dict)
        or document.get("format") != CLAIMS_FORMAT
        or document.get("version") != CLAIMS_VERSION
    ):
        return words().CHANGES["format"]
    return None


def _usable(document: object) -> tuple[dict | None, str | None]:
    problem = _format_problem(document)
    if problem or not isinstance(document, dict):
        return None, problem
    if isinstance(document.get("claims"), list):
        document["claims"] = [_compact(claim) for claim in document["claims"]]
    return _bank_cut(document), None


def _bank_cut(document: dict) -> dict:
    """The previous document with of its bank only what the bank's sections compare: every credit read (`credits`:
    a year of statements is tens of thousands) is let go as soon as it is read, and of each return what an answer
    to it moves (_answered_returns)."""
    if isinstance(document.get("bank"), dict):
        bank = _picked(document["bank"], ("payments_until", "unassigned", "set_aside", "returns"))
        if isinstance(bank.get("returns"), list):
            bank["returns"] = [_picked(back, _RETURN) for back in bank["returns"]]
        document["bank"] = bank
    return document


# What `_sections` reads of a previous claim; the rest of it is let go as soon as it is read.
_COMPARED = (
    "id",
    "name",
    "stage",
    "status",
    "payments",
    "promise",
    "plan",
    "refunded",
    "next_action",
    "credit",
    "invoices",
    "payments_returned",
    "refunds_returned",
    "pass_on",  # money to pass on to the agency (an older claims.json has none)
    "pass_on_earlier",  # money to pass on to an earlier agency (an older claims.json has none)
    "handovers",  # each handover's day and agency (an older claims.json has none)
    "dispute_answer",  # the answer due to a dispute of invoices (an older claims.json has none)
    "disputed_invoices",
    "disputes",
    "contact",  # of it, the e-mail address: with it a dossier whose id changed is known (_ids_changed)
    "ended",  # the promises and plans ended before `promise` and `plan` (an older claims.json has none)
    "costs",  # of them, what is charged or announced, and from when (_cost_changes)
    "settlement",  # the latest settlement and how it stands (an older claims.json has none)
)
# What `_sections` reads of tonight's claim: the previous claim's fields, and what the day's work says of it.
_TONIGHT = frozenset((*_COMPARED, "total_due", "flags", "credit_doubt"))
# A payment's bank entry tells one the bank took back from one edited out of the ledger (_returned_as).
_PAYMENT = ("date", "amount", "invoice", "bank_ref")
_PROMISE, _INSTALLMENT = ("state", "made", "promised_date"), ("due", "state")
_CREDIT_NOTE = ("number", "date", "amount", "counts")
_DISPUTED = ("number", "since", "credit_notes")
_INVOICE = ("amount", "due")
_COSTS = ("state", "amount", "from_date", "vat")
_SETTLEMENT = ("agreed", "amount", "state")  # vat: what of the amount is VAT (an older claims.json has none)
_RETURN = ("bank_ref", "date", "credit", "charges", "dossiers", "answer")  # dossiers: an older claims.json has none


def _compact(claim: object) -> object:
    """A previous claim with only what the change list compares (a value not as written is kept as
    it is: the comparison reports it)."""
    if not isinstance(claim, dict):
        return claim
    kept = _picked(claim, _COMPARED)
    if isinstance(kept.get("payments"), list):
        kept["payments"] = [_picked(payment, _PAYMENT) for payment in kept["payments"]]
    if "contact" in kept:
        kept["contact"] = _picked(kept["contact"], ("email",))
    if "promise" in kept:
        kept["promise"] = _picked(kept["promise"], _PROMISE)
    if isinstance(kept.get("ended"), list):
        kept["ended"] = [_ended_compared(ended) for ended in kept["ended"]]
    if isinstance(kept.get("disputed_invoices"), list):
        kept["disputed_invoices"] = [_disputed_compared(disputed) for disputed in kept["disputed_invoices"]]
    if isinstance(kept.get("invoices"), list):
        kept["invoices"] = [_invoice_compared(invoice) for invoice in kept["invoices"]]
    if isinstance(kept.get("plan"), dict):
        kept["plan"] = _plan_compared(kept["plan"])
    if "costs" in kept:
        kept["costs"] = _picked(kept["costs"], _COSTS)
    if "settlement" in kept:
        kept["settlement"] = _picked(kept["settlement"], _SETTLEMENT)
    return kept


def compared_tonight(claim: dict) -> dict:
    """Tonight's claim (a record of exports.claims_document) with only what the change list reads of it: what a
    comparison keeps of a new dossier until the end (Comparison)."""
    if claim.keys() <= _TONIGHT:  # cut already
        return claim
    return {key: value for key, value in claim.items() if key in _TONIGHT}


def _ended_compared(ended: Any) -> Any:
    """Of a promise or plan ended, the promise or the plan as the one that counts is cut."""
    if not isinstance(ended, dict):
        return ended
    if "promise" in ended:
        return {"promise": _picked(ended["promise"], _PROMISE)}
    return {"plan": _plan_compared(ended.get("plan"))}


def _plan_compared(plan: Any) -> Any:
    """Of a plan, the day agreed and its instalments' days and states."""
    if not isinstance(plan, dict):
        return plan
    installments = plan.get("installments")
    if isinstance(installments, list):
        installments = [_picked(installment, _INSTALLMENT) for installment in installments]
    return {"agreed": plan.get("agreed"), "installments": installments}


def _invoice_compared(invoice: Any) -> Any:
    """Of an invoice, its number, amount, due date and credit notes (a claims.json of before credit notes has
    none; a record without an amount or due date is kept without: that comparison is left out, _invoice_edits)."""
    if not isinstance(invoice, dict):
        return invoice
    notes = invoice.get("credit_notes", [])
    notes = [_picked(note, _CREDIT_NOTE) for note in notes] if isinstance(notes, list) else notes
    return _picked(invoice, _INVOICE) | {"number": invoice.get("number"), "credit_notes": notes}


def _disputed_compared(disputed: Any) -> Any:
    """Of a disputed invoice, its number, since when, and its credit notes (compared as an invoice's)."""
    kept = _picked(disputed, _DISPUTED)
    notes = kept.get("credit_notes") if isinstance(kept, dict) else None
    if isinstance(notes, list):
        kept["credit_notes"] = [_picked(note, _CREDIT_NOTE) for note in notes]
    return kept


def _picked(value: Any, keys: tuple[str, ...]) -> Any:
    return {key: value[key] for key in keys if key in value} if isinstance(value, dict) else value


def compare(previous: dict | None, current: dict, problem: str | None = None) -> Changes:
    """The change list from `previous` to `current`; `previous` None means a first build."""
    if problem is not None:
        return Changes(current["as_of"], problem=problem)
    if previous is None:
        return Changes(current["as_of"], first=True)
    comparison = Comparison(previous)
    for claim in current["claims"]:
        comparison.add(claim)
    return comparison.changes(current)


# What the comparison gives up on: a previous claims.json not as this version writes it (`problem`). An amount that
# is not one (Decimal's InvalidOperation) among them: it failed the build.
_UNREADABLE = (KeyError, TypeError, AttributeError, ValueError, InvalidOperation)


class Comparison:
    """The change list from `previous` (a previous document as parse_previous gives it) to tonight's claims,
    given one at a time (`add`, or `each` as claims.json is written): a dossier the previous build had is compared
    at once and let go, and only tonight's new ones are kept (cut: compared_tonight) for the end, where a new id may
    turn out to be an edited one. At 100,000 debtors, holding tonight's claims whole took 0.6 GB (BENCHMARKS.md,
    session 58). The list is the same whatever order the claims come in, and so is the problem it says of a
    previous claims.json it cannot read: the first met in the order of old (the new dossiers, the gone ones, then
    each compared in the order of tonight's ids)."""

    def __init__(self, previous: dict) -> None:
        self.previous = previous
        self.error: Exception | None = None  # met before any dossier is compared: said first (`changes`)
        self.before: dict[str, dict] = {}
        self.seen: set[str] = set()
        self.new: dict[str, dict] = {}
        # Each compared dossier's changes, by tonight's id (only those with any), or what stopped its comparison.
        self.compared: dict[str, dict[str, list[Entry]] | Exception] = {}
        try:
            self.before = {c["id"]: c for c in previous["claims"]}
        except _UNREADABLE as error:
            self.error = error

    def add(self, claim: dict) -> None:
        """Tonight's `claim`: compared with itself in the previous build, or kept as new. An id given twice: the
        last is the one compared (as a document's claims by id)."""
        if self.error is not None:
            return
        try:
            key = claim["id"]
        except _UNREADABLE as error:
            self.error = error
            return
        self.seen.add(key)
        self.compared.pop(key, None)
        if key in self.before:
            self._compare(key, self.before[key], claim)
        else:
            self.new[key] = compared_tonight(claim)

    def each(self, claims: Iterable[dict]) -> Iterator[dict]:
        """The claims as they come, each added first."""
        for claim in claims:
            self.add(claim)
            yield claim

    def changes(self, current: dict) -> Changes:
        """The change list, once every claim of `current` (its document, of which the rest is read here) is added."""
        previous = self.previous
        try:
            if self.error is not None:
                raise self.error
            sections = self._sections()
            credits, until = _bank_changes(previous, current)
            sections["bank_credits"] = tuple(entry for entry in credits if "outside" not in entry.values)
            outside = [Decimal(entry.values["outside"]) for entry in credits if "outside" in entry.values]
            sections["bank_set_aside"] = _set_aside_changes(previous, current)
            answered = _answered_returns(previous, current)
            sections["returns_answered"] = tuple(_answered_entry(back, was) for back, was in answered)
            released = _released(previous, current)
            _say_answered(sections, answered, released)
        except NotAsWritten as error:  # a field this version never writes so: named, as the rest (`problem`)
            return Changes(current["as_of"], previous.get("as_of"), problem=str(error))
        except _UNREADABLE as error:
            return Changes(current["as_of"], previous.get("as_of"), problem=f"{type(error).__name__}: {error}")
        apart = (len(outside), plain(sum(outside, Decimal(0)))) if outside else None
        return Changes(
            current["as_of"],
            previous["as_of"],
            sections=sections,
            bank_until=until,
            outside=apart,
            returns_gone=_return_gone(sections["payments"], released),
        )

    def _compare(self, key: str, old: dict, new: dict) -> None:
        try:
            found: defaultdict[str, list[Entry]] = defaultdict(list)
            _dossier_changes(key, old, new, self.previous["as_of"], found)
        except _UNREADABLE as error:
            self.compared[key] = error
            return
        if any(found.values()):
            self.compared[key] = {name: entries for name, entries in found.items() if entries}

    def _sections(self) -> dict[str, tuple[Entry, ...]]:
        found: dict[str, list[Entry]] = {name: [] for name in ("ids_changed", *SECTIONS)}
        gone = {key: claim for key, claim in self.before.items() if key not in self.seen}
        moved = _ids_changed(gone, self.new)  # each the same dossier as before: compared as one, not new and gone
        for key in sorted(self.new.keys() - set(moved.values())):
            c = self.new[key]
            found["new"].append(
                Entry(key, c["name"], {"stage": words().STAGE[c["stage"]], "amount": _money(c["total_due"])})
            )
            found["due"] += _new_work(key, None, c)  # a new dossier's step due today, or refund, is work as any other
        for key in sorted(gone.keys() - moved.keys()):
            found["gone"].append(Entry(key, gone[key]["name"]))
        for was, key in moved.items():
            found["ids_changed"].append(Entry(key, self.new[key]["name"], {"old": _escape(was), "new": _escape(key)}))
        for was, key in moved.items():
            self._compare(key, gone[was], self.new[key])
        for key in sorted(self.compared):  # in the order of tonight's ids
            changes = self.compared[key]
            if isinstance(changes, Exception):
                raise changes
            for name, entries in changes.items():
                found[name] += entries
        return {name: tuple(entries) for name, entries in found.items()}


def _bank_changes(previous: dict, current: dict) -> tuple[tuple[Entry, ...], tuple[str | None, str] | None]:
    """The credits no dossier was matched to that the previous build did not have unassigned (staff must
    assign them: until then the debtor who paid is chased), and the statements' last day when it moved. A
    claims.json of before these were carried says nothing of the bank: nothing is said of it then (not every
    credit as new). A previous build without a bank/ folder had none: each credit is new."""
    if "bank" not in previous or current.get("bank") is None:
        return (), None
    before = previous["bank"] or {"payments_until": None, "unassigned": []}
    after = current["bank"]
    seen = {_credit_key(credit): Decimal(credit["amount"]) for credit in before["unassigned"]}
    new = tuple(
        _credit_entry(credit, seen.get(_credit_key(credit)))
        for credit in after["unassigned"]
        if Decimal(credit["amount"]) > seen.get(_credit_key(credit), Decimal(0))
    )
    until = after["payments_until"]
    moved = until is not None and until != before["payments_until"]
    return new, (before["payments_until"], until) if moved else None


def _set_aside_changes(previous: dict, current: dict) -> tuple[Entry, ...]:
    """The bank money set aside as no debtor's that the previous build did not have: it left the credits to assign
    without a dossier's payment, so the list says where it went and why. Compared as the credits are (a
    claims.json of before the bank was carried says nothing of it); one of before set-asides were carried had
    none, so each is new."""
    if "bank" not in previous or current.get("bank") is None:
        return ()
    seen = {_aside_key(item) for item in (previous["bank"] or {}).get("set_aside", [])}
    return tuple(_aside_entry(item) for item in current["bank"].get("set_aside", []) if _aside_key(item) not in seen)


def _answered_returns(previous: dict, current: dict) -> list[tuple[dict, dict | None]]:
    """The returns staff answered in creditor.yaml (bank_returns) since the previous build, or answered otherwise
    since (another credit, other charges, another reason), each with itself in the previous build (None: a return
    it had not read). Compared as the credits are (a claims.json of before the bank was carried says nothing of
    it); one of before returns or their answers were carried knew of no answer, so each is new."""
    if "bank" not in previous or current.get("bank") is None:
        return []
    before = {_back_key(back): back for back in (previous["bank"] or {}).get("returns", [])}
    found = []
    for back in current["bank"].get("returns", []):
        if "answer" not in back:
            continue
        was = before.get(_back_key(back))
        if was is None or "answer" not in was or _answer_held(was) != _answer_held(back):
            found.append((back, was))
    return found


def _back_key(back: dict) -> tuple:
    return (back["bank_ref"], back["date"])


def _answer_held(back: dict) -> tuple:
    """What an answer says of its return: the credit it took back, the charges, and why."""
    return (back["credit"], back.get("charges"), back["answer"]["reason"])


def _answered_entry(back: dict, was: dict | None) -> Entry:
    """A return answered: which payment it took back and whose (or none), the charges the bank named, what the
    previous build had it take back, and where the answer is with its reason as written (escaped: ledger text). The
    charges it names booked apart (`charges_apart`: not in its amount), as the dossier's bank section says them: the
    creditor's cost too; both as the bank section's line of a return that took back none says them (`charges_named`)."""
    charges, apart = back.get("charges"), back.get("charges_apart")
    said = words().CHANGES
    took = said["answered_took_none"]
    if back["credit"] is not None:
        took = said["answered_took"].format(credit=_escape(back["credit"]), whose=_whose(back))
    values = {
        "date": _day(back["date"]) if back["date"] else "",
        "ref": _escape(back["bank_ref"]),
        "amount": _money(back["amount"]),
        "charges": charges_named(Decimal(charges) if charges else None, Decimal(apart) if apart else None),
        "took": took,
        "was": _answered_was(back, was),
        "place": back["answer"]["place"],
        "reason": _escape(back["answer"]["reason"]),
    }
    return Entry("", "", values)


def _answered_was(back: dict, was: dict | None) -> str:
    """What the previous build had a return take back, when it had read it: the same payment, another, or none."""
    if was is None:
        return ""
    if was["credit"] is None:
        return words().CHANGES["answered_was_none"]
    if was["credit"] == back["credit"]:
        return words().CHANGES["answered_was_same"]
    return words().CHANGES["answered_was"].format(credit=_escape(was["credit"]), whose=_whose(was))


def _whose(back: dict) -> str:
    """ " (D-4001)": the dossiers whose money a return took back; nothing when it names none (or, in a claims.json
    of before they were carried, is silent)."""
    ids = [_escape(dossier["id"]) for dossier in back.get("dossiers", [])]
    return words().CHANGES["answered_whose"].format(ids=", ".join(ids)) if ids else ""


def _say_answered(
    sections: dict[str, tuple[Entry, ...]],
    answered: list[tuple[dict, dict | None]],
    released: dict[str, tuple[dict, dict | None]],
) -> None:
    """Why a payment moved, on its own line: a dossier's taken back as an answer says; one counting again (a
    dossier's, or a credit of none to assign) because its return no longer takes it back (`released`: answered so,
    or otherwise). A dossier's stage and status lines moved by a return say so too (`_status_why`)."""
    taken = {back["credit"]: back for back, _ in answered if back["credit"] is not None}
    sections["payments_returned"] = tuple(_because(entry, taken, _taken) for entry in sections["payments_returned"])
    sections["payments"] = tuple(_because(entry, released, _counts_again) for entry in sections["payments"])
    sections["bank_credits"] = tuple(_because(entry, released, _counts_again) for entry in sections["bank_credits"])
    for moved in ("stage", "status"):
        sections[moved] = tuple(_status_why(entry, taken, released) for entry in sections[moved])


def _released(previous: dict, current: dict) -> dict[str, tuple[dict, dict | None]]:
    """The payments the previous build had a return take back that none takes back now, by bank entry: each with
    that return then and now (None: not in the statements read now). Compared as the credits are: a claims.json of
    before the returns were carried says nothing of them, and nothing is said released."""
    if not isinstance(previous.get("bank"), dict) or current.get("bank") is None:
        return {}
    now = {_back_key(back): back for back in current["bank"].get("returns", [])}
    taken = {back["credit"] for back in now.values() if back["credit"] is not None}
    return {
        was["credit"]: (was, now.get(_back_key(was)))
        for was in previous["bank"].get("returns", [])
        if was["credit"] is not None and was["credit"] not in taken
    }


def released_gone(previous: dict, current: dict) -> frozenset[str]:
    """The bank entries of the payments the previous build had a return take back that no statement read now holds
    (`_released`, its statement taken out of bank/): from the documents' `bank` alone, so that `incasso check` reads
    the previous claims and tonight's payments only when there are any. None of a previous document it cannot read
    (the build says so, and compares nothing)."""
    try:
        return frozenset(ref for ref, (_, now) in _released(previous, current).items() if now is None)
    except _UNREADABLE:
        return frozenset()


def returns_gone(previous: dict, current: dict) -> tuple[Entry, ...]:
    """`Changes.returns_gone` without the rest of the change list, for `incasso check`, which writes no claims.json:
    of `current` (a claims document) it reads the bank's `returns` and of each claim its `id`, `name`, `payments`,
    `payments_returned`, and what a dossier whose id was edited is known by (`contact.email`, `invoices[].number`),
    only. Each dossier is compared with itself in the previous build as the build's change list pairs them: under
    its id, or under the one it had before its id was edited (`_paired`). A previous document it cannot read says
    none."""
    try:
        released = _released(previous, current)
        if not any(now is None for _, now in released.values()):
            return ()
        before = {claim["id"]: claim for claim in previous["claims"]}
        tonight = {claim["id"]: claim for claim in current["claims"]}
        arrived = [
            _payment_entry(key, claim["name"], payment)
            for key, old, claim in _paired(before, tonight)
            for payment in _payments_moved(key, old, claim)[2]
        ]
    except _UNREADABLE:  # the build says it could not read it, and compares nothing
        return ()
    return _return_gone(tuple(_because(entry, released, _counts_again) for entry in arrived), released)


def _paired(before: dict[str, dict], tonight: dict[str, dict]) -> list[tuple[str, dict, dict]]:
    """Each of tonight's dossiers the previous build had, with itself then, in the order of tonight's ids (as the
    change list lists them): under the same id, or under its id before an edit, found as the change list finds it
    (`_ids_changed`)."""
    new = {key: claim for key, claim in tonight.items() if key not in before}
    gone = {key: claim for key, claim in before.items() if key not in tonight}
    was = {key: old for old, key in _ids_changed(gone, new).items()}
    pairs = [(key, before[was.get(key, key)], claim) for key, claim in tonight.items() if was.get(key, key) in before]
    return sorted(pairs, key=lambda pair: pair[0])


def _return_gone(payments: tuple[Entry, ...], released: dict[str, tuple[dict, dict | None]]) -> tuple[Entry, ...]:
    """The dossiers' payments counting again because the return that took them back is in no statement read now."""
    return tuple(entry for entry in payments if entry.bank_ref in released and released[entry.bank_ref][1] is None)


def _taken(back: dict) -> str:
    """ " (zo gezet in creditor.yaml onder bank_returns[0])": after a payment the answer on `back` took back."""
    return words().CHANGES["answered_taken"].format(place=back["answer"]["place"])


def _counts_again(pair: tuple[dict, dict | None]) -> str:
    """ "; telt weer: ...": after a payment its return took back before and does not now (`_again`)."""
    return words().CHANGES["counts_again"].format(why=_again(*pair))


def _again(was: dict, now: dict | None) -> str:
    """Why the return `was` (as the previous build had it; `now` as tonight's, None when no statement read holds
    it) no longer takes its payment back: its answer says it took back another, or none; it is tied to another; it
    takes back none; it is gone from the statements read."""
    said, ref = words().CHANGES, _escape(was["bank_ref"])
    if now is None:
        return said["again_gone"].format(ref=ref)
    if "answer" in now:
        return said["again_answered"].format(ref=ref, place=now["answer"]["place"])
    if now["credit"] is not None:
        return said["again_tied"].format(ref=ref, credit=_escape(now["credit"]))
    return said["again_none"].format(ref=ref)


def _status_why(entry: Entry, taken: dict[str, dict], released: dict[str, tuple[dict, dict | None]]) -> Entry:
    """A stage or status line moved by a return: the payment it took back (and where the answer that says so is, or
    that staff wrote it so in the debtor file), or the payment counting again and why; nothing added where no return
    moved the dossier's money."""
    said = words().CHANGES
    why = []
    for section, ref in entry.moved:
        if section == "payments_returned":
            answered = _taken(taken[ref]) if ref in taken else ""
            why.append(said["status_taken"].format(payment=_escape(ref), answered=answered))
        elif section == "payments_written":  # named already (`_named`)
            why.append(said["status_written"].format(payment=ref))
        elif ref in released:
            why.append(said["status_again"].format(payment=_escape(ref), why=_again(*released[ref])))
    if not why:
        return entry
    return replace(entry, values=entry.values | {"why": said["status_why"].format(why="; ".join(why))})


def _because(entry: Entry, answers: dict[str, Any], why: Callable[[Any], str]) -> Entry:
    """`entry` saying why, when its payment is one an answer (or a return's release) moved."""
    back = answers.get(entry.bank_ref) if entry.bank_ref else None
    return entry if back is None else replace(entry, values=entry.values | {"answered": why(back)})


def _aside_key(item: dict) -> tuple:
    return (item["bank_ref"], item["date"], item["amount"], item["reason"])


def _aside_entry(item: dict) -> Entry:
    """A set-aside's line: what of which credit, the payer and the reason as written (escaped: a bank file's name
    and a ledger's text are not markup)."""
    payer = words().CHANGES["credit_payer"].format(payer=_escape(item["payer"])) if item["payer"] else ""
    amount = _money(item["amount"])
    if Decimal(item["credit_amount"]) != Decimal(item["amount"]):
        amount = words().CHANGES["set_aside_part"].format(part=amount, amount=_money(item["credit_amount"]))
    values = {"date": _day(item["date"]), "amount": amount, "payer": payer, "ref": _escape(item["bank_ref"])}
    return Entry("", "", values | {"reason": _escape(item["reason"])})


def _credit_key(credit: dict) -> tuple:
    """Which credit it is, whatever of it is still to assign: a rest that shrank is the same credit (the part
    booked between builds is listed as that dossier's payment), no second one to assign. A claims.json of before
    rests were listed has no `credit_amount`: each credit it lists is unassigned whole."""
    return (credit["bank_ref"], credit["date"], credit.get("credit_amount", credit["amount"]))


def _credit_entry(credit: dict, was: Decimal | None = None) -> Entry:
    """An unassigned credit's line: no dossier's yet, so no id nor name; the payer as the bank file wrote it,
    escaped (a file is not ours to trust). The rest of one booked in part says of what; `was`: what the previous
    build had of it to assign, less (a part booked was taken out again)."""
    payer = words().CHANGES["credit_payer"].format(payer=_escape(credit["payer"])) if credit["payer"] else ""
    amount = _money(credit["amount"])
    whole = credit.get("credit_amount")  # a claims.json of before rests were listed has none
    if was is not None and whole is not None:
        amount = words().CHANGES["credit_rest_was"].format(rest=amount, amount=_money(whole), was=fmt.money(was))
    elif whole is not None and Decimal(whole) != Decimal(credit["amount"]):
        amount = words().CHANGES["credit_rest"].format(rest=amount, amount=_money(whole))
    values = {"date": _day(credit["date"]) if credit["date"] else "", "amount": amount}
    if "outside_ledger" in credit:  # an invoice outside the ledger: counted on one line (`Changes.outside`)
        values["outside"] = credit["amount"]
    values |= {"payer": payer, "ref": _escape(credit["bank_ref"]), "answered": ""}
    return Entry("", "", values, credit["bank_ref"])


def _money(text: str) -> str:
    return fmt.money(Decimal(text))


def _day(text: str) -> str:
    return fmt.day(date.fromisoformat(text))


def _ids_changed(gone_by_id: dict[str, dict], new_by_id: dict[str, dict]) -> dict[str, str]:
    """Dossiers gone whose debtor is in a dossier new since, under another id (the id edited in its file):
    old id to new. The same debtor is an invoice number in common (an edited id keeps its invoices; a
    returning customer's new dossier has new ones), with the same name or the same e-mail address; only where
    one dossier of each side fits (two new ones with one invoice number may be two debtors)."""
    gone = [gone_by_id[key] for key in sorted(gone_by_id)]
    new = [new_by_id[key] for key in sorted(new_by_id)]
    if not gone or not new:
        return {}
    by_invoice: dict[str, list[dict]] = {}
    for claim in new:
        for number in _invoice_numbers(claim):
            by_invoice.setdefault(number, []).append(claim)
    fits: dict[str, list[str]] = {}
    taken: Counter[str] = Counter()
    for claim in gone:
        near = {c["id"]: c for number in _invoice_numbers(claim) for c in by_invoice.get(number, ())}
        fits[claim["id"]] = sorted(key for key, other in near.items() if _same_debtor(claim, other))
        taken.update(fits[claim["id"]])
    return {was: keys[0] for was, keys in fits.items() if len(keys) == 1 and taken[keys[0]] == 1}


def _invoice_numbers(claim: dict) -> set[str]:
    return {str(invoice["number"]) for invoice in claim.get("invoices", [])}


def _same_debtor(one: dict, other: dict) -> bool:
    """Two dossiers with an invoice in common are one debtor's when the name or the e-mail address is the same."""
    return one["name"] == other["name"] or _email(one) is not None and _email(one) == _email(other)


def _email(claim: dict) -> str | None:
    email = (claim.get("contact") or {}).get("email")
    return email.strip().lower() if email else None


def _paid_before_a_letter(old: dict, new: dict) -> bool:
    """A claim paid in full while overdue with no letter sent: its stage falls back to open, which listed beside
    "Loopt -> Betaald" reads as a claim opened again; the status line says what happened."""
    return (old["stage"], new["stage"], new["status"]) == (Stage.OVERDUE, Stage.OPEN, Status.PAID)


def _dossier_changes(key: str, old: dict, new: dict, since: str, found: dict[str, list[Entry]]) -> None:
    """What changed in one dossier since the previous build (`old`: as it was then, under its id then)."""
    name = new["name"]
    if old["id"] == key and old["name"] != name:  # the link follows the id: someone else's now would see this claim
        found["renamed"].append(Entry(key, name, {"old": _escape(old["name"])}))
    found["due"] += _new_work(key, old, new, since)
    moved = _payment_changes(key, name, old, new, found)
    if old["stage"] != new["stage"] and not _paid_before_a_letter(old, new):
        values = {"old": words().STAGE[old["stage"]], "new": words().STAGE[new["stage"]], "why": ""}
        found["stage"].append(Entry(key, name, values, moved=moved))
    found["handovers"] += _new_handovers(key, old, new, since)
    _invoice_changes(key, name, old, new, found)
    if old["status"] != new["status"]:
        values = {"old": words().STATUS[old["status"]], "new": words().STATUS[new["status"]], "why": ""}
        found["status"].append(Entry(key, name, values, moved=moved))
    _credit_note_changes(key, name, old, new, found)
    # A claims.json of before refunds were counted has no "refunded": nothing refunded then.
    refunded = Decimal(new["refunded"]) - Decimal(old.get("refunded", "0"))
    if refunded > 0:
        found["refunds"].append(Entry(key, name, {"amount": _money(str(refunded))}))
    _promise_changes(key, name, old, new, since, found)
    _plan_changes(key, name, old, new, since, found)
    _settlement_changes(key, name, old, new, since, found)
    _dispute_changes(key, name, old, new, since, found)
    _cost_changes(key, name, old.get("costs"), new["costs"], found, _notice_taken_out(old, new))


def _new_handovers(key: str, old: dict, new: dict, since: str) -> list[Entry]:
    """The handovers the previous build did not have, each with the agency the file was with before it: the file
    went to an agency, or on to another, and money that came in since is passed on to the one whose time it came
    in. Of a claims.json of before handovers were carried, the ones after its day (`since`) are new."""
    known = old.get("handovers")
    seen = {h["date"] for h in known} if isinstance(known, list) else None
    entries, before = [], None
    for handover in new.get("handovers", []):
        if seen is None and handover["date"] > since or seen is not None and handover["date"] not in seen:
            was = words().CHANGES["handover_was"].format(agency=_agency(before)) if before else ""
            values = {"date": _day(handover["date"]), "agency": _agency(handover), "was": was}
            entries.append(Entry(key, new["name"], values))
        before = handover
    return entries


def _agency(handover: dict) -> str:
    """An agency's name as the file writes it, escaped; the agency in words for a handover without one."""
    return _escape(handover["agency"]) if handover.get("agency") else words().PHRASE["pass_on_agency"]


def _notice_taken_out(old: dict, new: dict) -> bool:
    """Whether the final notice of the previous build is no longer in the file: its stage went back below it (the
    notice came back undelivered and was written as a note, say: ledger-format, "A debtor who moved")."""
    stages = list(Stage)
    was, now = old.get("stage"), new.get("stage")
    return was in stages and now in stages and stages.index(now) < stages.index(Stage.FINAL_NOTICE) <= stages.index(was)


def _cost_changes(
    key: str, name: str, old: Any, new: dict, found: dict[str, list[Entry]], notice_gone: bool = False
) -> None:
    """The collection costs that moved since the previous build, each with the amount before: announced costs
    whose amount or day moved (a dispute of one invoice, a credit note: a final notice and a plan's confirmation
    named the old amount as the most it would be), costs charged that were not (or other ones: the day after a
    final notice's term, what was announced or less), and costs charged then that are not now (a payment in the
    term booked since, or the final notice taken out of the file: `notice_gone`, which the line then says). A
    claims.json of before the costs were carried says nothing of them."""
    if not isinstance(old, dict) or "state" not in old:
        return
    was, now = _costs_held(old), _costs_held(new)
    if now == was:
        return
    if new["state"] == CostsState.CHARGED:
        before = ""
        if old["state"] != CostsState.NONE:
            said = "costs_before_charged" if old["state"] == CostsState.CHARGED else "costs_before_announced"
            before = words().CHANGES[said].format(amount=_costs_money(old), date=_day(old["from_date"]))
        values = {"amount": _costs_money(new), "date": _day(new["from_date"]), "was": before}
        found["costs_charged"].append(Entry(key, name, values))
    elif old["state"] == CostsState.CHARGED:
        why = words().CHANGES["costs_uncharged_notice_gone" if notice_gone else "costs_uncharged_paid"]
        values = {"amount": _costs_money(old), "date": _day(old["from_date"]), "why": why}
        found["costs_uncharged"].append(Entry(key, name, values))
    elif old["state"] == new["state"] == CostsState.ANNOUNCED:
        found["costs_announced"].append(Entry(key, name, {"what": _announced_moved(old, new)}))


def _costs_held(costs: dict) -> tuple:
    """What the change list compares of the costs: charged or announced, how much, from when."""
    return (costs["state"], Decimal(costs["amount"]), costs["from_date"])


def _costs_money(costs: dict) -> str:
    """The costs' amount, saying it includes VAT where it does (policy.costs_vat): else it reads as the staffel's."""
    return _money(costs["amount"]) + _with_vat(costs)


def _with_vat(costs: dict) -> str:
    """' inclusief btw' after an amount of costs that holds VAT; nothing without (or in an older claims.json)."""
    return words().CHANGES["costs_vat"] if Decimal(costs.get("vat") or "0") > 0 else ""


def _announced_moved(old: dict, new: dict) -> str:
    """Announced costs that moved, in words: the amount with the difference, and the day they are owed from
    (both days when it moved)."""
    was, now = Decimal(old["amount"]), Decimal(new["amount"])
    if was == now:
        amount = fmt.money(now)
    else:
        difference = words().CHANGES["more" if now > was else "less"].format(amount=fmt.money(abs(now - was)))
        amount = words().CHANGES["costs_moved"].format(old=fmt.money(was), new=fmt.money(now), difference=difference)
    amount += _with_vat(new)
    day = _day(new["from_date"])
    if old["from_date"] != new["from_date"]:
        day = words().CHANGES["costs_day_moved"].format(old=_day(old["from_date"]), new=day)
    return words().CHANGES["costs_announced_what"].format(amount=amount, date=day)


def _promise_changes(key: str, name: str, old: dict, new: dict, since: str, found: dict[str, list[Entry]]) -> None:
    """Each promise kept, kept after all, or broken since the previous build: the one that counts now, and the
    ones a later promise, a plan or a handover ended (`ended`), so that two promises made between two builds are
    both listed, and a promise broken and replaced too."""
    before = {_agreement_key(p): p for p in _agreements(old, "promise")}
    for promise in _compared(old, new, "promise", since):
        section = _promise_section(before.get(_agreement_key(promise)), promise)
        if section is None:
            continue
        values = {"amount": _money(promise["amount"]), "date": _day(promise["promised_date"])}
        if section != "kept":  # "niets ontvangen", not "EUR 0,00 ontvangen", as the signals say it
            values["paid"] = fmt.paid(Decimal(promise["paid"]))
        found[section].append(Entry(key, name, values))


def _plan_changes(key: str, name: str, old: dict, new: dict, since: str, found: dict[str, list[Entry]]) -> None:
    """Each plan fallen (further) behind, or agreed and paid off, since the previous build: the one that counts
    now and the ones a later plan or a handover ended (`ended`), each compared with itself then."""
    before = {_agreement_key(p): p for p in _agreements(old, "plan")}
    for plan in _compared(old, new, "plan", since):
        was = before.get(_agreement_key(plan))
        behind = _behind(was, plan)
        if behind is not None:
            section, missed, unpaid = behind
            found[section].append(Entry(key, name, {"missed": missed, "unpaid": unpaid}))
        caught_up = _caught_up(was, plan)
        if caught_up is not None:
            found["caught_up"].append(Entry(key, name, {"missed": caught_up}))
        if _paid_off_between(was, plan):
            found["plan_between"].append(_plan_entry(key, name, plan))


def _settlement_changes(key: str, name: str, old: dict, new: dict, since: str, found: dict[str, list[Entry]]) -> None:
    """A settlement (minnelijk akkoord) recorded, paid in time, lapsed or ended by agreement since the previous build,
    each a line of its own: its status alone ("Minnelijk akkoord -> Geschikt") says neither what was agreed nor what
    was remitted, and a lapse leaves the status where it was before the settlement. One recorded and ended between
    two builds is listed started and ended. A claims.json of before settlements were carried knew of none: one agreed
    after its day (`since`) is news; an older one is compared as if the previous build had it as it stands now, so
    nothing is said."""
    now = new.get("settlement")
    if not isinstance(now, dict):
        return
    was = old.get("settlement") if "settlement" in old else (None if now["agreed"] > since else now)
    same = isinstance(was, dict) and (was.get("agreed"), was.get("amount")) == (now["agreed"], now["amount"])
    if not same:
        terms = _settlement_terms(now)
        values = {"amount": _money(now["amount"]), "owed": _money(now["owed"]), "terms": terms}
        found["settlement_started"].append(Entry(key, name, values | {"date": _day(now["agreed"])}))
    ended = now["state"] != "running" and (not same or was is None or was.get("state") != now["state"])
    if ended and now["ended_on"] is not None:
        section = f"settlement_{now['state']}"  # settled, lapsed, or ended by agreement
        values = {"amount": _money(now["amount"]), "remitted": _money(now["remitted"]), "paid": _money(now["paid"])}
        values |= {"paid_of": _paid_of(now), "date": _day(now["ended_on"]), "total": _money(new["total_due"])}
        found[section].append(Entry(key, name, values))


def _paid_of(settlement: dict) -> str:
    """What of a settlement's agreed sum was paid: "EUR 100,00 van EUR 600,00 betaald", or with nothing paid
    "niets betaald van EUR 600,00" (as the dossier's "niets betaald sindsdien"): "EUR 0,00 van ... betaald" reads as
    a figure where it means none."""
    amount = _money(settlement["amount"])
    if Decimal(settlement["paid"]) == 0:
        return words().CHANGES["settlement_paid_nothing"].format(amount=amount)
    return words().CHANGES["settlement_paid_of"].format(paid=_money(settlement["paid"]), amount=amount)


def _settlement_terms(settlement: dict) -> str:
    """How a settlement is paid, in the change list's words: by one day, or in so many instalments up to the last."""
    installments = settlement.get("installments")
    if installments:
        return (
            words().CHANGES["settlement_instalments"].format(count=len(installments), last=_day(settlement["last_day"]))
        )
    return words().CHANGES["settlement_by"].format(last=_day(settlement["last_day"]))


def _agreements(claim: dict, kind: str) -> list[dict]:
    """A claim's promises (`kind` "promise") or plans ("plan"): the ones ended, in the file's order, then the one
    that counts."""
    return [*_ended_ones(claim, kind), *([claim[kind]] if claim[kind] else [])]


def _ended_ones(claim: dict, kind: str) -> list[dict]:
    ended = claim.get("ended")
    return [e[kind] for e in ended if kind in e] if isinstance(ended, list) else []


def _compared(old: dict, new: dict, kind: str, since: str) -> list[dict]:
    """This build's promises (or plans) to compare with the previous build's. A claims.json of before the ended
    ones were carried knew only the one that counted then: of the ended ones, the ones made after its day
    (`since`) are news, and the one it had as counting is compared; an older one its pages told already (no
    false change the first night after an update)."""
    if isinstance(old.get("ended"), list):
        return _agreements(new, kind)
    counted = _agreement_key(old[kind]) if old[kind] else None
    ended = [a for a in _ended_ones(new, kind) if _agreement_day(a) > since or _agreement_key(a) == counted]
    return [*ended, *([new[kind]] if new[kind] else [])]


def _agreement_key(agreement: dict) -> tuple:
    """A promise is known by the day it was made and the day promised, a plan by the day it was agreed."""
    if "made" in agreement:
        return (agreement["made"], agreement["promised_date"])
    return (agreement["agreed"],)


def _agreement_day(agreement: dict) -> str:
    """The day a promise was made or a plan agreed."""
    return agreement["made"] if "made" in agreement else agreement["agreed"]


def _dispute_changes(key: str, name: str, old: dict, new: dict, since: str, found: dict[str, list[Entry]]) -> None:
    """Invoices a dispute names since the previous build (one disputed again after an answer has another
    `since`), invoices no open dispute names any more: answered (`dispute_resolved`), and disputes raised and
    answered in between. A claims.json of before disputes named invoices has no `disputed_invoices`: nothing is
    said of those then."""
    found["dispute_between"] += [_between_entry(key, name, d) for d in _disputes_between(old, new, since)]
    if "disputed_invoices" not in old:
        return
    before = {(d["number"], d["since"]) for d in old["disputed_invoices"]}
    after = {(d["number"], d["since"]) for d in new["disputed_invoices"]}
    for number, since in sorted(after - before):
        found["disputed"].append(Entry(key, name, {"invoice": _escape(number), "since": _day(since)}))
    still = {number for number, _ in after}
    for number, since in sorted(before):
        if number not in still:
            found["dispute_answered"].append(Entry(key, name, {"invoice": _escape(number), "since": _day(since)}))


def _disputes_between(old: dict, new: dict, since: str) -> list[dict]:
    """The disputes answered by now that the previous build did not have: raised and answered between the two
    builds (or entered in the ledger since), so that the claim's status and disputed invoices are the same
    before and after. A claims.json of before disputes were carried knew none: of its dossier's, the ones
    raised after its day (`since`) are news; the older ones its pages told already."""
    answered = [d for d in new["disputes"] if d["answered"] is not None]
    known = old.get("disputes")
    if not isinstance(known, list):
        return [d for d in answered if d["raised"] > since]
    seen = {_dispute_key(d) for d in known}
    return [d for d in answered if _dispute_key(d) not in seen]


def _dispute_key(dispute: dict) -> tuple:
    return (dispute["raised"], tuple(dispute["invoices"]))


def _between_entry(key: str, name: str, dispute: dict) -> Entry:
    """A dispute raised and answered between builds: what it was about ("factuur F2026-0125", "het hele
    dossier") and both days."""
    numbers = [_escape(str(number)) for number in dispute["invoices"]]
    if not numbers:
        what = words().CHANGES["dispute_whole"]
    elif len(numbers) == 1:
        what = words().CHANGES["dispute_invoice"].format(number=numbers[0])
    else:
        what = words().CHANGES["dispute_invoices"].format(numbers=", ".join(numbers[:-1]), last=numbers[-1])
    return Entry(key, name, {"what": what, "raised": _day(dispute["raised"]), "answered": _day(dispute["answered"])})


def _invoice_changes(key: str, name: str, old: dict, new: dict, found: dict[str, list[Entry]]) -> None:
    """The invoices added, taken out, or with another amount or due date since the previous build: edits in
    the debtor file that nothing else reviews (a typo in the web editor drops a claim by a thousand euros after
    its final notice went out), each with its amounts so staff can check it against the letters sent."""
    before, after = _by_number(old), _by_number(new)
    for number in sorted(after.keys() - before.keys()):
        found["invoices_new"].append(_invoice_entry(key, name, after[number]))
    for number in sorted(before.keys() - after.keys()):
        found["invoices_gone"].append(_invoice_entry(key, name, before[number]))
    for number in sorted(after.keys() & before.keys()):
        edits = _invoice_edits(before[number], after[number])
        if edits:
            found["invoices_changed"].append(Entry(key, name, {"number": _escape(number), "what": edits}))


def _by_number(claim: dict) -> dict[str, dict]:
    """A claim's invoices by number; one disputed apart is not under `invoices` but under `disputed_invoices`
    (without its amount: not compared then), and is still the dossier's, not an invoice taken out."""
    invoices = {str(invoice["number"]): invoice for invoice in claim.get("invoices", [])}
    apart = {str(d["number"]): d for d in claim.get("disputed_invoices", []) if str(d["number"]) not in invoices}
    return invoices | apart


def _invoice_entry(key: str, name: str, invoice: dict) -> Entry:
    """An invoice added or taken out: its number, amount and due date (as far as the record has them)."""
    details = [_money(invoice["amount"])] if invoice.get("amount") is not None else []
    details += [words().CHANGES["invoice_due"].format(date=_day(invoice["due"]))] if invoice.get("due") else []
    return Entry(key, name, {"number": _escape(str(invoice["number"])), "details": "".join(f", {d}" for d in details)})


def _invoice_edits(old: dict, new: dict) -> str:
    """What changed in one invoice, in words ("" when nothing did): the amount with the difference, the due date.
    A field the previous record does not have (an older claims.json) is not compared."""
    edits = []
    if (
        old.get("amount") is not None
        and new.get("amount") is not None
        and Decimal(old["amount"]) != Decimal(new["amount"])
    ):
        was, now = Decimal(old["amount"]), Decimal(new["amount"])
        difference = words().CHANGES["more" if now > was else "less"].format(amount=fmt.money(abs(now - was)))
        edits.append(
            words().CHANGES["amount_edit"].format(old=fmt.money(was), new=fmt.money(now), difference=difference)
        )
    if old.get("due") and new.get("due") and old["due"] != new["due"]:
        edits.append(words().CHANGES["due_edit"].format(old=_day(old["due"]), new=_day(new["due"])))
    return "; ".join(edits)


def _payment_changes(
    key: str, name: str, old: dict, new: dict, found: dict[str, list[Entry]]
) -> tuple[tuple[str, str], ...]:
    """The payments arrived, taken back by the bank, and gone. A payment corrected in the ledger is one gone
    and one arrived: staff see both. One the bank took back is listed as that, with the bank's reason, not as
    gone (which says someone edited the ledger). The bank entries of the ones taken back and arrived, each with its
    section: a return may have moved them (`Entry.moved`)."""
    gone, fresh, arrived = _payments_moved(key, old, new)
    returned = new["payments_returned"]
    found["payments"] += [_payment_entry(key, name, p) for p in arrived]
    edited = [p for p in gone if not any(_returned_as(r, p) for r in returned)]
    found["payments_gone"] += [_payment_entry(key, name, p) for p in edited]
    found["payments_returned"] += [_returned_entry(key, name, r) for r in fresh]
    moved = [("payments_written", _named(r)) if _written(r) else ("payments_returned", r["bank_ref"]) for r in fresh]
    return tuple(moved + [("payments", p["bank_ref"]) for p in arrived if p.get("bank_ref")])


def _written(returned: dict) -> bool:
    """Whether staff wrote a payment as taken back in its debtor file (`returned:`), not a statement read: claims.json
    says so (`written`, since s62); one without a bank entry (bank_ref null; "" in a claims.json of before s61) none
    but staff can have written so."""
    return "written" in returned or not returned["bank_ref"]


def _named(payment: dict) -> str:
    """A payment by its bank entry ("C2"), or without one by its amount and day ("van EUR 150,00 op 5 oktober
    2026")."""
    if payment["bank_ref"]:
        return _escape(payment["bank_ref"])
    return words().CHANGES["payment_dated"].format(amount=_money(payment["amount"]), date=_day(payment["date"]))


def _payments_moved(key: str, old: dict, new: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """Of a dossier's payments since the previous build: those gone, those taken back that it did not know of, and
    those arrived (one counting less by the transactions of its batch taken back since is not arrived, `_lowered`)."""
    gone = _gone(old["payments"], new["payments"])
    fresh = _newly_returned(key, old, new["payments_returned"], gone)
    return gone, fresh, [p for p in _arrived(old["payments"], new["payments"]) if not _lowered(p, gone, fresh)]


def _newly_returned(key: str, old: dict, returned: list[dict], gone: list[dict]) -> list[dict]:
    """The payments taken back that the previous build did not know of. A claims.json of before returns were
    carried knew none: of those, only the ones whose payment it had are news (the rest it never counted)."""
    known = old.get("payments_returned")
    if not isinstance(known, list):
        return [r for r in returned if any(_returned_as(r, p) for p in gone)]
    seen = {_return_key(r) for r in _days_written(key, known)}
    return [r for r in returned if _return_key(r) not in seen]


class NotAsWritten(ValueError):
    """A previous claims.json holds a value no build writes there: the change list cannot rely on it."""


def _days_written(key: str, known: list) -> list:
    """The previous build's returns, each with the day credited and the day returned, as every build writes them
    (the statements give both: reconcile pairs a credit only with its booked return). One without (a null, edited by
    hand) matches none of this build's: compared, the return staff saw would be listed as news."""
    for number, entry in enumerate(known):
        for name in ("date", "returned"):
            value = entry.get(name) if isinstance(entry, dict) else None
            if not _is_day(value):
                raise NotAsWritten(
                    f"{key}: payments_returned[{number}].{name} is {json.dumps(value)}, not a date (YYYY-MM-DD)"
                )
    return known


def _is_day(value: object) -> bool:
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _return_key(returned: dict) -> tuple:
    """A payment taken back, known by its entry and days: one without an entry the same whether a claims.json writes
    its bank_ref null (as since s61) or "" (before)."""
    return (returned["bank_ref"] or None, returned["date"], returned["amount"], returned["returned"])


def _lowered(payment: dict, gone: list[dict], returned: list[dict]) -> bool:
    """Whether `payment` is one of the previous build's (`gone` as it was) that counts less now by the transactions
    of its batch the bank took back since (`returned`; reconcile's NAMED_PART_TAKEN): the same payment, not one
    arrived."""
    return any(
        payment.get("bank_ref")
        and (p.get("bank_ref"), p["date"], p["invoice"]) == (payment["bank_ref"], payment["date"], payment["invoice"])
        and Decimal(p["amount"]) - Decimal(payment["amount"])
        == sum((Decimal(r["amount"]) for r in returned if _part_of(r, p)), Decimal(0))
        for p in gone
    )


def _part_of(returned: dict, payment: dict) -> bool:
    """Whether a payment taken back is a transaction of the batch `payment` names whole (`REF/2` of `REF`)."""
    ref = returned["bank_ref"]  # null (or "") for one written as taken back without its entry: of no batch
    return bool(payment.get("bank_ref")) and bool(ref) and ref.startswith(f"{payment['bank_ref']}/")


def _returned_as(returned: dict, payment: dict) -> bool:
    """Whether `payment` of a previous build is the one the bank took back (or, of a batch it names whole, one
    transaction of it): its bank entry, else (written without one) its day and amount."""
    if payment.get("bank_ref"):
        return payment["bank_ref"] == returned["bank_ref"] or _part_of(returned, payment)
    return (payment["date"], payment["amount"]) == (returned["date"], returned["amount"])


def _returned_entry(key: str, name: str, returned: dict) -> Entry:
    """A payment taken back: its amount and days, the bank's reason, and that staff wrote it so where they did."""
    written = words().CHANGES["returned_written"] if _written(returned) else ""
    values = {"amount": _money(returned["amount"]), "date": _day(returned["date"])}
    values |= {"returned": _day(returned["returned"]), "reason": _reason(returned["reason"]), "answered": written}
    return Entry(key, name, values, returned["bank_ref"] or None)


def _reason(code: str | None) -> str:
    """The bank's reason in words; its code as the bank file gave it, escaped: a file is not ours to trust."""
    return reason_text(_escape(code) if code else None)


def _payment_entry(key: str, name: str, payment: dict) -> Entry:
    number = payment["invoice"]
    several = payment.get("invoices") or []  # a claims.json of before the list has none
    if len(several) > 1:
        named = words().CHANGES["payment_invoices"].format(numbers=", ".join(_escape(n) for n in several))
    else:
        named = words().CHANGES["payment_invoice"].format(number=_escape(number)) if number else ""
    values = {"amount": _money(payment["amount"]), "date": _day(payment["date"]), "invoice": named, "answered": ""}
    return Entry(key, name, values, payment.get("bank_ref"))


def _credit_note_changes(key: str, name: str, old: dict, new: dict, found: dict[str, list[Entry]]) -> None:
    """A credit note lowers what is owed as a payment does, from the invoice's date: staff see it arrive, and
    one dated ahead again on the build it starts to count."""
    before, after = _credit_notes(old), _credit_notes(new)
    found["credit_notes"] += [_credit_note_entry(key, name, n) for n in _arrived_notes(before, after)]
    now = words().CHANGES["counts_now"]
    found["credit_notes"] += [_credit_note_entry(key, name, n, now) for n in _counting_now(before, after)]
    gone = _arrived_notes(after, before)  # a note gone counts nowhere, disputed or not: no "after the answer"
    found["credit_notes_gone"] += [_credit_note_entry(key, name, {**n, "apart": False}) for n in gone]


def _credit_notes(claim: dict) -> list[dict]:
    """A claim's credit notes, each with the number of the invoice it is on; an invoice disputed apart is not
    under `invoices` but under `disputed_invoices`, with its credit notes (so they are not listed as gone)."""
    invoices = claim.get("invoices", [])
    listed = {invoice["number"] for invoice in invoices}
    apart = [d for d in claim.get("disputed_invoices", []) if d["number"] not in listed]
    return [
        {**note, "invoice": invoice["number"], "apart": invoice in apart}
        for invoice in [*invoices, *apart]
        for note in invoice.get("credit_notes", [])
    ]


def _arrived_notes(old: list[dict], new: list[dict]) -> list[dict]:
    """Credit notes in `new` that `old` did not have as they are: one whose date or amount was corrected is
    one gone and one arrived, as a corrected payment is."""

    def key(note: dict) -> tuple:
        return (note["invoice"], note["number"], note["date"], note["amount"])

    before = {key(note) for note in old}
    return [note for note in new if key(note) not in before]


def _counting_now(old: list[dict], new: list[dict]) -> list[dict]:
    """Credit notes dated ahead when the last build saw them that count now: what is owed is lower from today."""
    ahead = {(n["invoice"], n["number"], n["date"], n["amount"]) for n in old if n.get("counts") is False}
    return [n for n in new if n.get("counts") and (n["invoice"], n["number"], n["date"], n["amount"]) in ahead]


def _credit_note_entry(key: str, name: str, note: dict, when: str | None = None) -> Entry:
    """A credit note's line; one dated ahead says from when it counts (`when`: that it counts now)."""
    if note.get("counts") is False:
        when = words().CHANGES["counts_from"].format(date=_day(note["date"]))
    elif note["apart"]:
        # Its invoice is disputed apart: it lowers nothing the page asks yet.
        when = words().CHANGES["counts_after_answer"]
    elif when is None:
        when = ""
    values = {"number": _escape(note["number"]), "invoice": _escape(note["invoice"]), "when": when}
    return Entry(key, name, values | {"amount": _money(note["amount"]), "date": _day(note["date"])})


def _arrived(old: list[dict], new: list[dict]) -> list[dict]:
    """Payments in `new` that `old` did not have (the same payment twice counts twice)."""

    def key(p):
        return (p["date"], p["amount"], p["invoice"])

    seen = Counter(key(p) for p in old)
    arrived = []
    for payment in new:
        if seen[key(payment)]:
            seen[key(payment)] -= 1
        else:
            arrived.append(payment)
    return arrived


def _gone(old: list[dict], new: list[dict]) -> list[dict]:
    """Payments `old` had that `new` does not: removed from the ledger, or corrected."""
    return _arrived(new, old)


def _new_work(key: str, old: dict | None, new: dict, since: str | None = None) -> list[Entry]:
    """What staff must do today that the last build did not ask (`old` None: a dossier new since): a next
    action due now, a credit to refund (work too, not a next action) where there was none, and a refund
    that came back from the bank; a credit that may be a double count (claims.json's credit_doubt, as the
    overview has it) says to look there first."""
    work = []
    due = _newly_due(old.get("next_action") if old else None, new["next_action"])
    if due is not None:
        phone = (new.get("contact") or {}).get("phone")  # as the overview names the step (no phone: a note)
        action = step_named(due["kind"], has_phone=bool(phone))
        step = {"action": action, "date": _day(due["due"]), "amount": _money(new["total_due"])}
        what = words().CHANGES["due_step"].format(**step)
        held = _held_first(due["kind"], new.get("flags") or ())
        work.append(Entry(key, new["name"], {"what": f"{what}; {words().CHANGES[held]}" if held else what}))
    # A credit of a few cents is no work (overview.SMALL_CREDIT): its quiet signal says it.
    if Decimal(new["credit"]) >= SMALL_CREDIT and (old is None or Decimal(old.get("credit", "0")) < SMALL_CREDIT):
        said = words().CHANGES["due_credit_doubt" if new.get("credit_doubt") else "due_credit"]
        work.append(Entry(key, new["name"], {"what": said.format(amount=_money(new["credit"]))}))
    work += _new_tasks(key, old, new, since)
    for back in _newly_bounced(old, new, since):
        values = {"amount": _money(back["amount"]), "date": _day(back["date"]), "returned": _day(back["returned"])}
        said = words().CHANGES["due_refund_returned"].format(**values, reason=_reason(back["reason"]))
        work.append(Entry(key, new["name"], {"what": said}))
    return work


# The steps whose letter stays out of the print file while a flag holds it (letters.due.STEP_LETTERS): a call is no
# letter, and a handover notice is not held.
_HELD_STEPS = frozenset(
    {ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE, ActionKind.REMIND_INSTALLMENT}
)


def _held_first(kind: str, flags: Iterable[str]) -> str | None:
    """Why the step's letter newly due is held out of the print file, as the letters generator holds it
    (DayLetter.look_first before contact_first): the flags claims.json lists, as the overview's row has them."""
    if kind not in _HELD_STEPS:
        return None
    if "possible_payment" in flags:
        return "due_held_look"
    if "payment_returned" in flags:
        return "due_held_contact"
    return None


def _new_tasks(key: str, old: dict | None, new: dict, since: str | None) -> list[Entry]:
    """The overview's tasks that are no next action, once new: money to pass on to the agency (more than the
    last build had), and the answer to a dispute of invoices on the day it falls due. Of a claims.json of
    before these were carried, the ones due after its day (`since`) are new."""
    work, said = [], words().CHANGES
    if _newly(old, new, "pass_on", since, _passing_grew):
        passing = new["pass_on"]
        action = words().PHRASE["pass_on_to"].format(agency=_agency(passing))
        what = said["due_pass_on"].format(action=action, amount=_money(passing["amount"]))
        work.append(Entry(key, new["name"], {"what": what}))
    for passing in _new_earlier(old, new, since):
        action = words().PHRASE["pass_on_to"].format(agency=_agency(passing))
        now = _escape(passing["taken_by"]) if passing.get("taken_by") else words().PHRASE["pass_on_agency"]
        what = said["due_pass_on_earlier"].format(
            action=action, amount=_money(passing["amount"]), handed=_day(passing["handover"]), now=now
        )
        work.append(Entry(key, new["name"], {"what": what}))
    answer = new.get("dispute_answer")
    if answer and answer["is_due"] and _newly(old, new, "dispute_answer", since, lambda was, _: not was["is_due"]):
        invoices = ", ".join(_escape(str(number)) for number in answer["invoices"])
        numbers = said["due_invoice" if len(answer["invoices"]) == 1 else "due_invoices"].format(invoices=invoices)
        what = said["due_dispute_answer"].format(
            action=words().ACTION["review_dispute"], invoices=numbers, date=_day(answer["due"])
        )
        work.append(Entry(key, new["name"], {"what": what}))
    return work


def _passing_grew(was: dict, now: dict) -> bool:
    """Money to pass on to the agency that has the file is news when it grew, or is for another handover than the
    last build's (a claims.json of before the handover was carried: another agency)."""
    if now.get("handover", was.get("handover")) != was.get("handover", now.get("handover")):
        return True
    return now["agency"] != was["agency"] or Decimal(now["amount"]) > Decimal(was["amount"])


def _new_earlier(old: dict | None, new: dict, since: str | None) -> list[dict]:
    """The money owed to an earlier agency that the previous build did not have as that agency's, or had less of:
    what came in while it had the file is still to pass on to it now the file went to another. A claims.json of
    before these were carried says nothing: the ones due after its day (`since`) are new."""
    earlier = new.get("pass_on_earlier") or []
    if old is None or since is None:
        return list(earlier)
    if "pass_on_earlier" not in old:
        return [e for e in earlier if e["due"] > since]
    before = {e["handover"]: Decimal(e["amount"]) for e in old["pass_on_earlier"] or []}
    return [e for e in earlier if e["handover"] not in before or Decimal(e["amount"]) > before[e["handover"]]]


def _newly(old: dict | None, new: dict, field: str, since: str | None, grew: Callable[[dict, dict], bool]) -> bool:
    """Whether the task under `field` is new: the last build had none, or had it and it `grew` since. A claims.json
    of before the field was carried says nothing: the task is new if it fell due after its day (`since`)."""
    now = new.get(field)
    if not now:
        return False
    if old is None or since is None:  # a dossier new since the last build
        return True
    if field not in old:
        return now["due"] > since
    return not old[field] or grew(old[field], now)


def _newly_bounced(old: dict | None, new: dict, since: str | None = None) -> list[dict]:
    """The refunds that came back which the previous build did not know of: to pay again, work as a credit to
    refund is. A claims.json of before these were carried names none: of its dossier's, the ones that came
    back after its day (`since`) are news; the older ones its pages told already."""
    known = old.get("refunds_returned") if old else None
    if old is not None and not isinstance(known, list):
        return [r for r in new["refunds_returned"] if since is None or r["returned"] > since]
    seen = {_bounce_key(r) for r in known} if isinstance(known, list) else set()
    return [r for r in new["refunds_returned"] if _bounce_key(r) not in seen]


def _bounce_key(refund: dict) -> tuple:
    return (refund["date"], refund["amount"], refund["returned"], refund["bank_ref"])


def _newly_due(old: dict | None, new: dict | None) -> dict | None:
    """The next action due now that was not due, or was another one, at the previous build."""
    if new is None or not new["is_due"]:
        return None
    if isinstance(old, dict) and old.get("is_due") and old.get("kind") == new["kind"]:
        return None
    return new


def _promise_section(old: dict | None, new: dict) -> str | None:
    """Where a promise goes in the list, compared with itself at the previous build (None: that build did not
    have it, made and ended in between or entered in the ledger since). Kept: pending then, or not there (a
    promise kept for part of the claim leaves the status as it was, so nothing else would tell staff). Kept
    after all: broken then (a payment on or before its day booked since, a bank statement read late): staff may
    have acted on the broken promise, and its signal is gone. Broken: not broken then."""
    if new["state"] == PromiseState.KEPT:
        if old is None or old["state"] == PromiseState.PENDING:
            return "kept"
        return "kept_late" if old["state"] == PromiseState.BROKEN else None
    if new["state"] == PromiseState.BROKEN and (old is None or old["state"] != PromiseState.BROKEN):
        return "broken"
    return None


def _behind(old: dict | None, new: dict | None) -> tuple[str, str, str] | None:
    """A plan with an instalment missed since the previous build: its section, the instalments newly
    missed, and "niet betaald" or, one of them paid in part, "niet (helemaal) betaald". A plan on schedule
    then (or agreed since) fell behind ("behind"); one already behind then missed another ("behind_more"):
    the overview has signalled it since, and its signal count stays."""
    missed = _newly_missed(old, new)
    if new is None or not missed:
        return None
    was_behind = old is not None and old["agreed"] == new["agreed"] and any(_overdue(i) for i in old["installments"])
    days = [_missed_day(i) for i in missed]
    if len(days) == 1:
        text = words().CHANGES["missed_one"].format(day=days[0])
    else:
        text = words().CHANGES["missed_many"].format(days=", ".join(days[:-1]), last=days[-1])
    part = any(Decimal(i.get("paid", "0")) > 0 for i in missed)
    return ("behind_more" if was_behind else "behind"), text, words().CHANGES["unpaid_part" if part else "unpaid"]


def _caught_up(old: dict | None, new: dict) -> str | None:
    """The instalments a plan had missed at the previous build, when each is paid now and the plan is on schedule
    again: its overview signal went without a word, and staff who were about to call should know why. A plan paid
    off shows in its status instead; one whose instalments were rewritten is another agreement, not caught up."""
    if old is None or old["agreed"] != new["agreed"] or new["state"] != PlanState.ON_SCHEDULE:
        return None
    now = {i["due"]: i for i in new["installments"]}
    missed = [now.get(i["due"]) for i in old["installments"] if _overdue(i)]
    if not missed or any(i is None or i["state"] != InstallmentStatus.PAID for i in missed):
        return None
    said = words().CHANGES["missed_day"]  # paid in full now: the instalment's amount, no "open" of it
    days = [said.format(date=_day(i["due"]), amount=fmt.money(Decimal(i["amount"]))) for i in missed if i is not None]
    if len(days) == 1:
        return words().CHANGES["missed_one"].format(day=days[0])
    return words().CHANGES["missed_many"].format(days=", ".join(days[:-1]), last=days[-1])


def _paid_off_between(old: dict | None, new: dict | None) -> bool:
    """A plan paid off that the previous build did not have: agreed and paid off in between (or entered in the
    ledger since). Neither build had it running, so nothing else shows it: one paid off for part of the claim
    leaves the status as it was, and one that fell behind and caught up in between missed no instalment at
    either build. One running at the previous build ends in its status (`status`)."""
    if new is None or new["state"] != PlanState.COMPLETED:
        return False
    return old is None or old["agreed"] != new["agreed"]


def _plan_entry(key: str, name: str, plan: dict) -> Entry:
    """A plan agreed and paid off: the day it was agreed, what it came to, and its last instalment's day."""
    installments = plan["installments"]
    amount = sum((Decimal(i["amount"]) for i in installments), Decimal(0))
    last = max(i["due"] for i in installments)
    return Entry(key, name, {"agreed": _day(plan["agreed"]), "amount": fmt.money(amount), "last": _day(last)})


def _missed_day(installment: dict) -> str:
    """A missed instalment's day and amount; one paid in part, what is still open of it (the rest was paid:
    staff must not ask the whole instalment again)."""
    amount, paid = Decimal(installment["amount"]), Decimal(installment.get("paid", "0"))
    day = _day(installment["due"])
    if paid > 0:
        said = words().CHANGES["missed_day_part"]
        return said.format(date=day, open=fmt.money(amount - paid), amount=fmt.money(amount))
    return words().CHANGES["missed_day"].format(date=day, amount=fmt.money(amount))


def _overdue(installment: dict) -> bool:
    return installment["state"] == InstallmentStatus.OVERDUE


def _newly_missed(old: dict | None, new: dict | None) -> list[dict]:
    """Instalments overdue now that were not overdue in the same plan before."""
    if new is None:
        return []
    missed = [i for i in new["installments"] if _overdue(i)]
    if old is None or old["agreed"] != new["agreed"]:
        return missed
    before = {i["due"] for i in old["installments"] if _overdue(i)}
    return [i for i in missed if i["due"] not in before]


# What Markdown reads as markup anywhere in a line, both Python-Markdown (changes.html) and CommonMark with
# GitHub's additions (a CI job summary): a backslash, a code span, emphasis (an "_" only at a word's edge: both
# leave snake_case alone), strikethrough, raw HTML or an autolink ("<" before a tag's first sign), an entity
# ("&amp;"), and a link or image (a "]" before "(": no reference definition is ever in the list, so "[DE]" alone
# links nothing). A "#", "+", "-" or "1." starts a heading or a list only at a line's start (_LINE_START).
_MARKUP = re.compile(
    r"[\\`*~]|_+|<(?=[A-Za-z/!?])|&(?=[A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)|\](?=[(\[]|$)"
)
_LINE_START = re.compile(r"[#>+-]|\d{1,9}(?=[.)](?:\s|$))")


def _escape(text: str, line_start: bool = False) -> str:
    """Ledger text as literal Markdown (a name must not become a link or a heading), with a backslash only where
    Markdown would misread what follows: changes.md is read raw too, in CI job summaries and terminals, where
    "Bakkerij \\#3 \\+ Partners\\!" was hard to read. `line_start`: the text begins a list item's line."""
    text = _MARKUP.sub(_escaped, " ".join(text.split()))
    start = _LINE_START.match(text) if line_start else None
    if start is None:
        return text
    if start[0][0].isdigit():  # "12. Jansen" would be a numbered list in the item: the dot is escaped
        return start[0] + "\\" + text[start.end() :]
    return "\\" + text


def _escaped(sign: re.Match) -> str:
    """A sign of Markdown with a backslash before each character; a run of "_" inside a word stays as it is."""
    text, start, end = sign.string, sign.start(), sign.end()
    if sign[0][0] == "_" and start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return sign[0]
    return "".join("\\" + char for char in sign[0])


def ids_changed_note(changes: Changes | None) -> str | None:
    """For the build's log (English, ids only: a log holds no names): the dossiers whose id changed since the
    last build, whose personal link changed with it; None when none did."""
    moved = changes.sections.get("ids_changed", ()) if changes is not None else ()
    if not moved:
        return None
    # An id holds only [A-Za-z0-9._-]: the backslash is the Markdown escape of its "_" (_escape).
    pairs = [f"{entry.values['old']} → {entry.values['new']}".replace("\\", "") for entry in moved[:5]]
    return (
        f"{len(moved)} dossier{'s' if len(moved) != 1 else ''} changed id since the last build "
        f"({', '.join(pairs)}{', ...' if len(moved) > 5 else ''}): the personal link follows the id, so the link in "
        "every letter sent so far no longer works; send the new one (links.csv), or put the old id back "
        "(changes.md has the names)"
    )


def changes_markdown(changes: Changes, links_renewed: bool = False) -> str:
    """changes.md: a heading, the two dates, then one section per kind of change; first of all, after a
    new secret, that every personal link changed (staff must send them all). In the language its entries were
    worded in (`Changes.language`): a list compared in one language and written in another read "Status changed:
    Minnelijk akkoord → Geschikt"."""
    with speaking(changes.language):
        return _markdown(changes, links_renewed)


def _markdown(changes: Changes, links_renewed: bool) -> str:
    lines = [f"# {words().CHANGES['title']}", ""] + ([words().CHANGES["links_renewed"], ""] if links_renewed else [])
    if changes.first:
        return "\n".join(lines + [words().CHANGES["first"], ""])
    if changes.problem is not None:
        unreadable = words().CHANGES["unreadable"].format(reason=changes.problem)
        return "\n".join(lines + [_escape(unreadable, line_start=True), ""])
    if changes.previous_as_of is None:  # compared, so the previous build's date was read
        raise ValueError("changes compared with a previous build whose date is unknown")
    lines += [
        words().CHANGES["dates"].format(previous=_day(changes.previous_as_of), current=_day(changes.current_as_of)),
        "",
    ]
    if changes.bank_until is not None:
        was, now = changes.bank_until
        said = words().CHANGES["bank_until_was" if was else "bank_until"]
        lines += [said.format(current=_day(now), previous=_day(was) if was else ""), ""]
    if changes.outside is not None:
        count, total = changes.outside
        said = words().CHANGES["outside_one" if count == 1 else "outside_many"]
        lines += [said.format(count=fmt.count(count), amount=_money(total)), ""]
    if not any(changes.sections.values()):
        other = changes.bank_until or changes.outside
        return "\n".join(lines + [words().CHANGES["none_else" if other else "none"], ""])
    for name in LISTED:
        entries = changes.sections.get(name, ())
        if not entries:
            continue
        lines += [f"## {words().CHANGES[name]} ({len(entries)})", ""]
        template = words().CHANGES[f"{name}_line"]
        for entry in entries:
            who = _escape(f"{entry.id} {entry.name}", line_start=True)
            lines.append("- " + template.format(who=who, **entry.values))
        lines.append("")
    return "\n".join(lines)


def with_earlier_today(
    current: str, earlier: str, built: datetime | None = None, language: Language | None = None
) -> str:
    """A second build's changes.md on the same day: its own list, then the day's earlier lists.

    The first build of a day compares with the day before, which is what staff read in the
    morning; a rebuild (a ledger mended at ten) compares with the build before it. So each
    earlier list of the day is kept below, newest first, under a heading with the time of its
    build (`built`: the build that wrote `earlier`), its own headings two levels down: a third
    build keeps the second's own list too (a payment it alone saw would be in no list), but not
    a list that found nothing. `language`: the list's (`Changes.language`; None: the staff language now).
    """
    with speaking(language or staff_language()):
        return _with_earlier(current, earlier, built)


def _with_earlier(current: str, earlier: str, built: datetime | None) -> str:
    marker = f"## {words().CHANGES['earlier']}"
    own, older = earlier.split(marker, 1) if marker in earlier else (earlier, "")
    body = own.split("\n", 1)[1] if own.startswith("# ") else own
    # A list that found nothing is left out, unless it says every link changed (staff must send them all).
    empty = words().CHANGES["none"] in body and words().CHANGES["links_renewed"] not in body
    lists = [] if empty else [f"### {_built_heading(built)}\n\n" + _levels_down(body.strip("\n"), 2)]
    if older.strip():
        lists.append(older.strip("\n"))
    if not lists:
        return current
    return current.rstrip("\n") + "\n\n" + marker + "\n\n" + "\n\n".join(block.strip("\n") for block in lists) + "\n"


def _built_heading(built: datetime | None) -> str:
    """ "Build van 10.12 uur": which build of the day a kept list is from."""
    if built is None:  # a build.json from before builds recorded their time
        return words().CHANGES["earlier_build_unknown"]
    time = words().CHANGES["clock"].format(hour=built.hour, minute=built.minute)  # 10.12 uur; 10:12 in English
    return words().CHANGES["earlier_build"].format(time=time)


def _levels_down(text: str, levels: int) -> str:
    return "\n".join("#" * levels + line if line.startswith("#") else line for line in text.splitlines())
