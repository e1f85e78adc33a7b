"""The audit with the ledger at hand: whose pages are there, and what each of them shows.

Every page's link must belong to a debtor whose claim may have a page, and
every such claim must have one. Every field of every debtor is known by its
words, in four kinds:

- identity (name, contact person, id, the numbers and descriptions of
  invoices and credit notes): a page may show its own debtor's, never
  another's;
- contact details (e-mail, phone, address): no page shows a debtor's, not
  even their own (pages show the creditor's desk);
- staff-only text of the dossier (notes, staff names, whom staff spoke
  with, dispute reasons, outcomes): on no page;
- a third party's data: the name, e-mail, phone and address of whoever
  acts for the debtor (a counsellor, an administrator), whom a page names
  by role only: on no page, their debtor's own included.

Who handles a file after a handover or a legal step (the agency, the
bailiff, their phone and e-mail) is shown on the debtor's page and handles
many debtors: not a debtor's word. The agency's file reference is the
debtor's: identity.

The creditor's own words (name, desk, address) may be on every page: words
of a debtor that a page shows only inside them are the creditor's. So may
the help lines' names and numbers (the help box's): a help line recorded as
a debtor's counsellor is a public organisation, not a debtor's word.
Debtors' words are indexed once; each page is then read once, whatever the
number of debtors.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from incasso.audit.report import Report
from incasso.audit.text import Haystack, Words, words
from incasso.audit.tree import token_of
from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.claims.states import Status
from incasso.help_lines import every_help_line
from incasso.ledger.collector import records_kept
from incasso.ledger.load import Counted
from incasso.ledger.model import Creditor, Debtor, Ledger
from incasso.payments.tokens import statement_token

MIN_NEEDLE = 4  # letters and digits: a shorter name matches too much text to say anything
MIN_TEXT_WORDS = 2  # a one-word description or reason ("Voorrijkosten", "partner") is a common word
MIN_TEXT_LETTERS = 8  # "de klant" is what any page may say
MIN_NOTE_WORDS = 4  # a shorter note is a stock phrase a page may well say on its own
COUNT_EVERY = 100  # debtors between two counts told (a debtor takes about a millisecond)


class Kind(StrEnum):
    IDENTITY = "identity"  # on its own debtor's page only
    CONTACT = "contact"  # on no page
    STAFF = "staff"  # on no page
    THIRD_PARTY = "third party"  # on no page: someone who acts for a debtor (named by role only)


def _needle(text: str | None, min_words: int = 1, min_letters: int = MIN_NEEDLE) -> Words | None:
    found = words(text or "")
    return found if len(found) >= min_words and sum(len(w) for w in found) >= min_letters else None


def _free_text(text: str | None) -> Words | None:
    return _needle(text, MIN_TEXT_WORDS, MIN_TEXT_LETTERS)


def _phone(phone: str | None) -> list[Words | None]:
    """A phone number as written, and as its digits (a tel: link writes them together)."""
    digits = re.sub(r"\D", "", phone or "")
    return [_needle(phone), (digits,) if len(digits) >= 6 else None]


Mark = tuple[Words | None, str, Kind]


def _representative_marks(debtor: Debtor) -> list[Mark]:
    """Whoever acts for the debtor, and the debtor's own address and e-mail when the letters go to them: the
    public page names a representative by role alone, so any of their words is a third party's, on no page
    (the debtor's own, where the debtor's name may be, included)."""
    # As written, also once their help ended (`until`): still no words of the debtor's page.
    own, representative = debtor.own_contact, debtor.written_block
    marks: list[Mark] = []
    if representative is not None:
        them = Kind.THIRD_PARTY
        marks.append((_needle(representative.name), "the representative's name", them))
        marks.append((_needle(representative.email), "the representative's e-mail address", them))
        marks += [(needle, "the representative's phone number", them) for needle in _phone(representative.phone)]
        marks += [(_needle(line), "the representative's address line", them) for line in representative.address]
    if own is not None:
        marks.append((_needle(own.email), "the e-mail address", Kind.CONTACT))
        marks += [(_needle(line), "an address line", Kind.CONTACT) for line in own.address]
    return marks


def debtor_marks(debtor: Debtor, desk: set[str]) -> list[tuple[Words, str, Kind]]:
    """Every field of a debtor that identifies them, as (words, what they are, kind)."""
    contact = debtor.contact
    marks: list[Mark] = [
        (_needle(debtor.name), "the name", Kind.IDENTITY),
        (_needle(contact.person), "the contact person", Kind.IDENTITY),
        (_needle(debtor.id), "the id", Kind.IDENTITY),
        (_needle(contact.email), "the e-mail address", Kind.CONTACT),
    ]
    marks += [(needle, "the phone number", Kind.CONTACT) for needle in _phone(contact.phone)]
    marks += [(_needle(line), "an address line", Kind.CONTACT) for line in contact.address]
    marks += _representative_marks(debtor)
    for invoice in debtor.invoices:
        marks.append((_needle(invoice.number), "an invoice number", Kind.IDENTITY))
        marks.append((_free_text(invoice.description), "an invoice description", Kind.IDENTITY))
        marks.append((_free_text(invoice.description_en), "an invoice description", Kind.IDENTITY))
        for note in invoice.credit_notes:
            marks.append((_needle(note.number), "a credit note number", Kind.IDENTITY))
            marks.append((_free_text(note.description), "a credit note description", Kind.IDENTITY))
            marks.append((_free_text(note.description_en), "a credit note description", Kind.IDENTITY))
    for event in debtor.events:
        if len(words(event.note or "")) >= MIN_NOTE_WORDS:
            marks.append((_needle(event.note), "a note", Kind.STAFF))
        if event.by and not set(words(event.by)) <= desk:
            marks.append((_needle(event.by), "a staff name (not the contact desk)", Kind.STAFF))
        marks.append((_free_text(event.spoke_with), "whom staff spoke with", Kind.STAFF))
        marks.append((_free_text(event.reason), "a reason", Kind.STAFF))
        marks.append((_free_text(event.outcome), "an outcome", Kind.STAFF))
        marks.append((_needle(event.agency_reference), "the agency's file reference", Kind.IDENTITY))
    return [(needle, what, kind) for needle, what, kind in marks if needle]


def creditor_marks(creditor: Creditor) -> list[Words]:
    """What every page may show of the creditor: names, desk, address, numbers."""
    desk = creditor.contact
    texts = [creditor.name, desk.name, desk.role, desk.role_en, desk.phone, desk.email, desk.hours, desk.hours_en]
    texts += [creditor.iban, creditor.bic]
    texts += [creditor.kvk, creditor.vat_number, *creditor.address]
    found = [_needle(text) for text in texts] + _phone(desk.phone)
    return [needle for needle in found if needle]


def help_line_marks() -> list[Words]:
    """What every page may show of the help lines its help box names: a help line staff record as a debtor's
    counsellor ("Het Juridisch Loket", 0900-8020) is a public organisation, no third party's data; its words on a
    page are the help box's. A private counsellor's name or number stays a finding."""
    found: list[Words | None] = []
    for line in every_help_line():
        found += [_needle(line.name), *_phone(line.phone)]
    return [needle for needle in found if needle]


@dataclass
class Person:
    """One debtor as the audit sees it: the link, whether a page may exist, and every field's words."""

    id: str
    token: str
    gone: str | None  # why no page may exist, or None
    marks: list[tuple[Words, str, Kind]]

    @property
    def identity(self) -> list[Words]:
        return [needle for needle, _, kind in self.marks if kind == Kind.IDENTITY]


def ledger_people(ledger: Ledger, secret: str, as_of: date, counted: Counted | None = None) -> list[Person]:
    """Every debtor as the audit knows them on `as_of`: link, whether a page may exist, every field's words;
    `counted` is told how many are done."""
    policy = ledger.creditor.policy
    desk = set(words(ledger.creditor.contact.name))
    shared: dict[Words, Words] = {}
    people = []
    for done, debtor in enumerate(ledger.debtors):
        if counted is not None and done % COUNT_EVERY == 0:
            counted(done, len(ledger.debtors))
        claim = assess(ledger, debtor, as_of)
        gone = None
        if not statement_visible(claim, policy):
            gone = (
                "the claim is written off"
                if claim.status == Status.WRITTEN_OFF
                else f"the claim was paid longer than paid_page_days ({policy.paid_page_days}) ago"
            )
        marks = [(_shared(needle, shared), what, kind) for needle, what, kind in debtor_marks(debtor, desk)]
        token = statement_token(secret, debtor.id, debtor.link_version)
        people.append(Person(debtor.id, token, gone, marks))
    if counted is not None:
        counted(len(people), len(ledger.debtors))
    return people


def _shared(needle: Words, shared: dict[Words, Words]) -> Words:
    """One tuple, and one string per word, for words many debtors have (a town, a street, a
    description): a third less memory for the view of a ledger (BENCHMARKS.md, session 4)."""
    found = shared.get(needle)
    if found is None:
        found = shared[needle] = tuple(map(sys.intern, needle))
    return found


Label = TypeVar("Label")


class Index(Generic[Label]):
    """Word sequences by their first word, then by length: a text is read once, however many sequences.

    At each word of a text only the sequences that start with it are tried, so
    the work grows with the text, not with the number of debtors.
    """

    def __init__(self, needles: list[tuple[Words, Label]]) -> None:
        self.table: dict[str, dict[int, dict[Words, list[Label]]]] = {}
        self.longest = 0  # words of the longest sequence
        for needle, label in needles:
            self.table.setdefault(needle[0], {}).setdefault(len(needle), {}).setdefault(needle, []).append(label)
            self.longest = max(self.longest, len(needle))

    def find(self, haystack: Words, over: frozenset[int] | None = None) -> list[tuple[int, int, list[Label]]]:
        """Where each sequence occurs in the haystack, once per place: (start, length, its labels); with `over`,
        only where it covers one of those places (of a text's words, the few that only one reading has).

        Many debtors share words (an invoice description, a town): a match is one, however many
        labels it has, so that a check on the place is made once, not once per debtor.
        """
        table = self.table
        if over is None:
            starts = [i for i, word in enumerate(haystack) if word in table]
        else:  # only the words a sequence's length before each place can start one over it
            near = {i for place in over for i in range(max(0, place - self.longest + 1), place + 1)}
            starts = sorted(i for i in near if haystack[i] in table)
        hits = []
        for i in starts:
            for length, needles in table[haystack[i]].items():
                labels = needles.get(haystack[i : i + length])
                if labels and (over is None or any(i + k in over for k in range(length))):
                    hits.append((i, length, labels))
        return hits


# What a debtor's words are labelled with: (debtor id, what the words are, kind).
Whose = tuple[str, str, Kind]


@dataclass
class LedgerView:
    """Every debtor, every field's words indexed once, and the creditor's and the help lines' words any page may
    show."""

    people: list[Person]
    creditor: list[Words]
    by_token: dict[str, Person] = field(init=False)
    marks: Index[Whose] = field(init=False)

    def __post_init__(self) -> None:
        self.by_token = {p.token: p for p in self.people}
        self.marks = Index([(n, (p.id, what, kind)) for p in self.people for n, what, kind in p.marks])


def ledger_view(ledger: Ledger, secret: str, as_of: date, counted: Counted | None = None) -> LedgerView:
    """Every debtor of the ledger as of a day, with the creditor's and the help lines' words that any page may
    show; `counted` is told how many debtors are done."""
    # Made with the collector off: assessing a debtor makes objects by the thousand, and each collection they
    # set off would walk the whole ledger and the view made so far, freeing nothing (a third of the time at
    # 30,000 debtors, more the larger the ledger: BENCHMARKS.md, session 59).
    with records_kept():
        people = ledger_people(ledger, secret, as_of, counted)
        return LedgerView(people, creditor_marks(ledger.creditor) + help_line_marks())


def _finding(what: str, debtor_id: str, kind: Kind, own: Person | None, page_of_someone: bool) -> str:
    if kind == Kind.STAFF:
        return f"shows staff-only data: {what} from the dossier of {debtor_id}"
    if kind == Kind.THIRD_PARTY:
        return f"shows {what} of {debtor_id}: a third party's personal data, on no page (pages name them by role)"
    whose = "another debtor" if page_of_someone else "a debtor"
    if kind == Kind.CONTACT:
        whose = "its own debtor" if own is not None and own.id == debtor_id else whose
        return f"shows {what} of {whose} ({debtor_id}): no page shows a debtor's contact details"
    return f"shows {what} of {whose} ({debtor_id})"


def check_people(rel: str, haystacks: list[Haystack], view: LedgerView, report: Report, title: Words = ()) -> None:
    """A file shows its own debtor's identity and the creditor's words only: no other debtor's, no
    debtor's contact details, no staff-only text. `haystacks` are its words read in different ways."""
    own = view.by_token.get(token_of(rel) or "")
    # Words that are the creditor's, or the page's own debtor's: a match inside them is theirs.
    identity = Index([(n, None) for n in view.creditor] + [(n, None) for n in (own.identity if own else [])])
    reported: set[tuple[str, str]] = set()
    for haystack in haystacks:
        hits = view.marks.find(haystack.words, haystack.joins)
        if not hits:
            continue
        covered = {i + k for i, length, _ in identity.find(haystack.words) for k in range(length)}
        for i, length, labels in hits:
            # Whether the place counts is the place's business: asked once, whoever shares the words.
            if all(i + k in covered for k in range(length)):
                continue
            for debtor_id, what, kind in labels:
                if (kind == Kind.IDENTITY and own is not None and debtor_id == own.id) or (debtor_id, what) in reported:
                    continue
                reported.add((debtor_id, what))
                report.add(rel, _finding(what, debtor_id, kind, own, token_of(rel) is not None))
    for _at, _length, labels in view.marks.find(title):
        for debtor_id, what, kind in labels:
            if kind == Kind.IDENTITY:
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
