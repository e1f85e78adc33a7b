"""The audit with the ledger at hand: whose pages are there, and what each of them shows.

Every page's link must belong to a debtor whose claim may have a page, and
every such claim must have one. A debtor is known by words: the name, the
contact person, the id, the invoice numbers, and the staff-only text of the
dossier (notes, staff names). A page may show its own debtor's words and the
creditor's; another debtor's, or staff-only text, is a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from incasso.audit.html import PageFacts
from incasso.audit.report import Report
from incasso.audit.tree import token_of
from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.claims.states import Status
from incasso.ledger.model import Ledger
from incasso.payments.tokens import statement_token

MIN_NEEDLE = 4  # shorter names (in letters and digits) match too much text to say anything
MIN_NOTE_WORDS = 4  # a shorter note is a stock phrase a page may well say on its own

Needle = tuple[str, ...]


def words(text: str) -> Needle:
    return tuple(re.findall(r"\w+", text.casefold()))


def _needle(text: str | None) -> Needle | None:
    found = words(text or "")
    return found if sum(len(w) for w in found) >= MIN_NEEDLE else None


@dataclass
class Person:
    """One debtor as the audit sees it: the link, what identifies them, whether a page may exist."""

    id: str
    token: str
    gone: str | None  # why no page may exist, or None
    marks: list[tuple[Needle, str]]  # (words, what they are): name, person, id, invoices
    staff: list[tuple[Needle, str]]  # staff-only text of the dossier


def ledger_people(ledger: Ledger, secret: str, as_of: date) -> list[Person]:
    """Every debtor as the audit knows them on `as_of`: link, words that identify them, staff-only text."""
    policy = ledger.creditor.policy
    desk = set(words(ledger.creditor.contact.name))
    people = []
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, as_of)
        gone = None
        if not statement_visible(claim, policy):
            gone = (
                "the claim is written off"
                if claim.status == Status.WRITTEN_OFF
                else f"the claim was paid longer than paid_page_days ({policy.paid_page_days}) ago"
            )
        marks = [
            (_needle(debtor.name), "the name"),
            (_needle(debtor.contact.person), "the contact person"),
            (_needle(debtor.id), "the id"),
        ]
        marks += [(_needle(i.number), "an invoice number") for i in debtor.invoices]
        staff = [(_needle(e.note), "a note") for e in debtor.events if len(words(e.note or "")) >= MIN_NOTE_WORDS]
        staff += [
            (_needle(e.by), "a staff name (not the contact desk)")
            for e in debtor.events
            if e.by and not set(words(e.by)) <= desk
        ]
        people.append(
            Person(
                debtor.id,
                statement_token(secret, debtor.id),
                gone,
                [(n, w) for n, w in marks if n],
                [(n, w) for n, w in staff if n],
            )
        )
    return people


Label = TypeVar("Label")
# Needles by length, then by their words, each with the labels of whoever they identify.
Index = dict[int, dict[Needle, list[Label]]]
# What a debtor's needle is labelled with: (debtor id, what the words are).
Whose = tuple[str, str]


def index(needles: list[tuple[Needle, Label]]) -> Index[Label]:
    """Needles by length, then by their words: a page is read once per length, however many debtors."""
    by_length: Index[Label] = {}
    for needle, label in needles:
        by_length.setdefault(len(needle), {}).setdefault(needle, []).append(label)
    return by_length


def find(haystack: Needle, needles: Index[Label]) -> list[tuple[int, int, Label]]:
    """Where each needle's word sequence occurs in the haystack: (start, length, label)."""
    hits = []
    for length, table in needles.items():
        for i in range(len(haystack) - length + 1):
            for label in table.get(haystack[i : i + length], ()):
                hits.append((i, length, label))
    return hits


@dataclass
class LedgerView:
    """Every debtor, and what may be shown on no page but their own (or on none)."""

    people: list[Person]
    creditor: list[Needle]
    by_token: dict[str, Person] = field(init=False)
    marks: Index[Whose] = field(init=False)
    staff: Index[Whose] = field(init=False)

    def __post_init__(self) -> None:
        self.by_token = {p.token: p for p in self.people}
        self.marks = index([(n, (p.id, what)) for p in self.people for n, what in p.marks])
        self.staff = index([(n, (p.id, what)) for p in self.people for n, what in p.staff])


def ledger_view(ledger: Ledger, secret: str, as_of: date) -> LedgerView:
    """Every debtor of the ledger as of a day, with the creditor's names that any page may show."""
    creditor = [_needle(ledger.creditor.name), _needle(ledger.creditor.contact.name)]
    return LedgerView(ledger_people(ledger, secret, as_of), [n for n in creditor if n])


def check_people(rel: str, facts: PageFacts, view: LedgerView, report: Report) -> None:
    """A page shows its own debtor's words and the creditor's only: never another debtor's, nor staff-only text."""
    own = view.by_token.get(token_of(rel) or "")
    haystack = words(" ".join(facts.text))
    # The page's own debtor and the creditor may be named; a match inside those names is theirs.
    identity = index([(n, None) for n in view.creditor] + ([(n, None) for n, _ in own.marks] if own else []))
    covered = {i + k for i, length, _ in find(haystack, identity) for k in range(length)}
    whose = "another debtor" if token_of(rel) else "a debtor"
    reported = set()
    for needles, shows in (
        (view.marks, f"shows {{what}} of {whose} ({{id}})"),
        (view.staff, "shows staff-only data: {what} from the dossier of {id}"),
    ):
        for i, length, (debtor_id, what) in find(haystack, needles):
            if needles is view.marks and own is not None and debtor_id == own.id:
                continue
            if all(i + k in covered for k in range(length)) or (debtor_id, what) in reported:
                continue
            reported.add((debtor_id, what))
            report.add(rel, shows.format(what=what, id=debtor_id))
    for _at, _length, (debtor_id, what) in find(words(facts.title), view.marks):
        report.add(rel, f"the <title> shows {what} of {debtor_id}: mail scanners and link previews read titles")


def check_ledger(files: dict[str, str], view: LedgerView, report: Report) -> None:
    """Every page belongs to a debtor whose claim may have one, and every such claim has its page."""
    seen = set()
    for rel in sorted(files):
        token = token_of(rel)
        if token is None:
            continue
        person = view.by_token.get(token)
        if person is None:
            report.add(
                rel,
                "no debtor in the ledger has this link (a removed debtor's page, "
                "or a build with another INCASSO_SECRET)",
            )
        elif person.gone:
            report.add(rel, f"{person.gone} ({person.id}): its page must be gone")
        seen.add(token)
    for person in view.people:
        if person.gone is None and person.token not in seen:
            report.add(
                f"s/{person.token}/index.html",
                f"missing: debtor {person.id} has no statement page, but its claim must have one",
            )
