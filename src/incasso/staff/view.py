"""The staff view model: what the overview and the dossier pages show, as ready strings.

Pure: from the assessed claims (as rows, see incasso.staff.overview) it makes
records of plain strings, money, dates, counts with their words, CSS class
names and links already formatted, so a template only places them. This
module holds what both pages share; the pages themselves are built in
overview_page (with its sections in sections) and dossier_page.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cached_property, lru_cache

from incasso.bank.accounts import PaidFor, PayingAccounts, accounts_paid_for, paying_accounts
from incasso.bank.entry import BankEntry
from incasso.bank.reconcile import Note, NoteKind, Reconciliation
from incasso.claims.claim import Claim, is_closed
from incasso.claims.dossier_notes import DossierNote, dossier_notes
from incasso.claims.states import Stage, Status
from incasso.contact import mailto_link, tel_link
from incasso.ledger.model import Creditor, DebtorContact, Representative
from incasso.records import init_by_slots
from incasso.staff import formats as fmt
from incasso.staff.candidates import Candidate, Candidates, Why, named_in_text
from incasso.staff.language import staff_language, words
from incasso.staff.notes import note_title
from incasso.staff.outside import Outside, outside_ledger
from incasso.staff.overview import Flag, FlagKind, Row, paused_key, personal_links, postponed_key, staff_rows
from incasso.staff.returns import bank_returns, reason_text

# The staff's name (LETTER) of a settlement's reminder of its agreed sum by one day: "Herinnering termijn minnelijk
# akkoord" named an instalment it does not have.
SUM_REMINDER = "settlement_sum_reminder"


def letter_name_key(kind: str, *, of_sum: bool) -> str:
    """The key of a letter's name in the staff's words (LETTER): its kind's, but a settlement's reminder of its agreed
    sum by one day (`of_sum`: the settlement has `pay_by`) is not an instalment's (SUM_REMINDER)."""
    return SUM_REMINDER if of_sum and kind == "settlement_reminder" else kind


# The letters of a step (letters.due.STEPS): one not recorded is written again by every build until it is, dated that
# build's day; the others (confirmations, handover notices, a settlement's letters) only by the first build that sees
# their event (letters.due.FirstSeen).
STEP_KINDS = ("reminder", "dunning", "final_notice", "installment_reminder")


@dataclass(frozen=True, slots=True)
class DayLetter:
    """A letter of the day as the build wrote it (incasso.letters decides which): its kind and its
    files, as paths from the internal output's root; neither file when the debtor has no address."""

    kind: str  # reminder | dunning | final_notice | handover | promise | arrangement
    pdf: str | None
    eml: str | None
    recorded: str | None = None  # the channel staff recorded the step with today: not to be sent again
    one_way: bool = False  # a final notice not yet recorded: its forms state different last days (docs/letters.md)
    costs: Decimal | None = None  # the costs a final notice states as its own: recorded with it (`costs`)
    earlier_today: bool = False  # a confirmation an earlier build today wrote too: to send once
    # What it asks when the debtor's page asks another amount today (letters.outlook.asked_apart): a final
    # notice to a plan in arrears asks everything overdue, the page the instalments until it is recorded.
    asks: Decimal | None = None
    # A step due before today and not recorded: earlier builds wrote it too, and it may have gone out.
    ready_since: date | None = None
    # A step's letter to a dossier a bank credit may have paid (its flag "Mogelijke betaling in de bank"):
    # out of the print file until staff have looked, so that a mailroom does not post it to someone who paid.
    look_first: bool = False
    # A step's letter to a dossier whose payment the bank took back, with no contact recorded since (its flag
    # "Betaling teruggeboekt"): the debtor may think they paid, so staff get in touch first; out of the print file
    # until then, as for a look.
    contact_first: bool = False
    # A step's letter to a dossier the bank section lists for a credit by a likeness of name alone: that holds no
    # letter back (docs/computation.md), but the letters list says to look at the credit before sending.
    named_credit: bool = False
    # Characters of the name or address no font of the letters draws: the PDF was not written (pdf None).
    unprintable: str | None = None
    # A promise's or a plan's confirmation that confirms a wait asked for too (letters.due.DueLetter.wait): the wait's
    # last day; no `pause` letter of its own was written.
    wait_until: date | None = None
    # A settlement's reminder of its agreed sum by one day (its payment taken back: claims.accord.Accord.missed_sum),
    # not of an instalment: staff read it under a name of its own (`name_key`).
    of_sum: bool = False

    @property
    def name_key(self) -> str:
        """The key of its name in the staff's words (LETTER): its kind's, or the sum reminder's (`letter_name_key`)."""
        return letter_name_key(self.kind, of_sum=self.of_sum)

    @property
    def written_again(self) -> bool:
        """A step's letter: the next build writes it again (dated its own day) while the step is not recorded; any
        other letter only this build writes."""
        return self.kind in STEP_KINDS

    @property
    def form_to_choose(self) -> bool:
        """Written both ways with two different last days: staff send one, so neither goes out unasked
        (the PDF stays out of the print file)."""
        return self.one_way and self.pdf is not None and self.eml is not None

    @property
    def held_first(self) -> bool:
        """Out of the print file until staff have looked (look_first) or been in touch (contact_first): not sent
        today, so the debtor's page does not say it was."""
        return self.look_first or self.contact_first


@dataclass(frozen=True, slots=True)
class PrintBatch:
    """One PDF of the day's letters to post, as a path from the internal output's root: the posted
    letters `first` to `last` (counted from 1, in debtor order). A large day has several, so that
    neither the build nor a printer holds thousands of letters in one file."""

    path: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Suggested:
    """An unassigned credit the bank section lists a dossier as a likely one of, and why (staff.candidates)."""

    entry: BankEntry
    why: tuple[Why, ...]
    # An amount other dossiers the credit lists ask too (Candidate.shared_amount): no signal, the letter goes.
    shared_amount: bool = False
    # The other dossiers the bank section lists for the same credit, "name (id)": it is one dossier's, not each's.
    others: tuple[str, ...] = ()
    # The other dossiers the credit's text names too (candidates.named_in_text), "name (id)": the payer may have
    # paid for each, and the lines to paste leave the amount of this one's part to staff.
    split_with: tuple[str, ...] = ()
    # The invoices of this dossier the credit's text names (Unmatched.invoices_of): its part's lines name them.
    named: tuple[str, ...] = ()
    # Of a name alike: a surname or the whole name, not a first name shared (Candidate.name_tells).
    name_tells: bool = False


STYLESHEET, SCRIPT = "static/staff.css", "static/staff.js"  # the staff pages' own, from the internal root


@dataclass(frozen=True)
class StaffAssets:
    """The staff pages' style sheet and script as every page names them, from the internal root: the build names
    each with its content's digest ("static/staff.js?v=..."), so that a browser never pairs a copy it kept of last
    night's with tonight's pages."""

    stylesheet: str = STYLESHEET
    script: str = SCRIPT


@dataclass(frozen=True)
class StaffBook:
    """What the staff pages are drawn from: every dossier's row on one date, and whose books they are."""

    creditor: Creditor
    as_of: date
    rows: tuple[Row, ...]
    relative_links: bool  # no PUBLIC_URL: a personal link is a path, not an address
    # The day's letters by debtor id, and the PDFs that print them all (none: no letter to post).
    letters: Mapping[str, tuple[DayLetter, ...]] = field(default_factory=dict)
    print_files: tuple[PrintBatch, ...] = ()
    bank: Reconciliation | None = None  # what the bank statements held; None without a bank/ folder
    # Per debtor id, per confirmed event (its type and date), the day a build wrote its letter.
    confirmed: Mapping[str, Mapping[tuple[str, date], date]] = field(default_factory=dict)
    # Each unassigned credit's likely dossiers, in the order of bank.unmatched (staff.candidates): found
    # once, for the dossiers' flags and for the bank section.
    likely: tuple[tuple[Candidate, ...], ...] = ()
    # Per dossier id, every unassigned credit the bank section suggests for it (its "Mogelijk van"), with why, in
    # the order of bank.unmatched: found once, not by walking every credit for every dossier page.
    suggested: Mapping[str, tuple[Suggested, ...]] = field(default_factory=dict)
    # Per dossier id, what the bank section notes on it (a credit on another account, a payment that may count
    # twice ...): on its dossier page too, where staff edit its file.
    bank_notes: Mapping[str, tuple[Note, ...]] = field(default_factory=dict)
    # Per dossier id, the day a build first saw it, where the record knows it: claims.json's flags as the rows'.
    first_seen: Mapping[str, date] = field(default_factory=dict)
    # Per debtor id, per pending promise or running plan no build confirmed (its type and date), the day of the
    # first build that had it (letters.due.unwritten_days): its dossier says no letter was written.
    unwritten: Mapping[str, Mapping[tuple[str, date], date]] = field(default_factory=dict)
    # No real secret made the links (a demo, also one linked to localhost): its letters are marked a demo.
    demo: bool = False
    # The unassigned credits of invoices outside the ledger (creditor.yaml's invoice_numbers, staff.outside): listed
    # apart, not as credits to assign.
    outside: tuple[Outside, ...] = ()
    # Per debtor id, per event (its type and date), the letters that followed it on a later day and the day a build
    # wrote each (letters.due.letters_after): a settlement's reminder and the letter that it was paid.
    followed: Mapping[str, Mapping[tuple[str, date], tuple[tuple[str, date], ...]]] = field(default_factory=dict)
    # Per debtor id, the wait asked for (its postpone's type and date) that a promise's or a plan's confirmation said
    # too, with that letter's kind (letters.due.waits_carried): no letter of its own was written for it.
    carried: Mapping[str, Mapping[tuple[str, date], str]] = field(default_factory=dict)
    # The staff pages' style sheet and script as they name them: with their digests when the build hands them.
    assets: StaffAssets = StaffAssets()

    @cached_property
    def _links(self) -> dict[str, str]:
        return {row.id: row.link for row in self.rows}

    def link_of(self, claim: Claim) -> str:
        """The personal link of the claim's debtor, "" when they have no page."""
        return self._links[claim.debtor.id]

    # Read once for all the dossier pages, not once for each: a year of statements is tens of thousands of
    # credits, and 20,000 dossier pages each walking them all took the build from 77 s to over 45 minutes.
    @cached_property
    def matched_credits(self) -> frozenset[tuple[str, date]]:
        """The bank entries the build matched to a dossier, as their payments name them: by reference and day
        credited (a bank that reuses its references gave another credit, one a file names, the same reference)."""
        return frozenset((m.entry.reference, m.payment.date) for m in self.bank.matched) if self.bank else frozenset()

    @cached_property
    def paid_for(self) -> PaidFor:
        """Which dossiers each payer's account paid for (incasso.bank.accounts), found once for the bank section,
        the dossiers' entries and the search index."""
        return accounts_paid_for((row.claim.debtor for row in self.rows), self.bank)

    @cached_property
    def paying_accounts(self) -> PayingAccounts:
        """The account (IBAN as the bank wrote it) of each credit a payment may be, by its reference and day
        (bank.accounts.paying_accounts: none where the credits of that reference and day disagree), found once for
        every dossier page."""
        return paying_accounts(self.bank) if self.bank is not None else PayingAccounts()


def staff_book(
    claims: Sequence[Claim],
    creditor: Creditor,
    as_of: date,
    public_url: str,
    path_of: Callable[[Claim], str],
    letters: Mapping[str, tuple[DayLetter, ...]] | None = None,
    print_files: Sequence[PrintBatch] = (),
    bank: Reconciliation | None = None,
    confirmed: Mapping[str, Mapping[tuple[str, date], date]] | None = None,
    first_seen: Mapping[str, date] | None = None,
    unwritten: Mapping[str, Mapping[tuple[str, date], date]] | None = None,
    demo: bool = False,
    drawn: Iterable[DossierNote] = (),
    followed: Mapping[str, Mapping[tuple[str, date], tuple[tuple[str, date], ...]]] | None = None,
    carried: Mapping[str, Mapping[tuple[str, date], str]] | None = None,
    assets: StaffAssets | None = None,
) -> StaffBook:
    """The book of assessed claims; `path_of(claim)` is the statement page's path in the public output.

    `letters` are the day's letters by debtor id, as the build wrote them, and `print_files` the
    PDFs with all of them to post; `first_seen` the day a build first saw each dossier, where the
    record knows it (letters.due.first_seen_days): a dossier's silence counts from then; `demo`: the build
    had no real secret (StaffBook.demo); `drawn` the notes the letters' renderer makes (claims.DRAWN_NOTES: a
    return address left out), beside each dossier's own; `assets` the staff pages' style sheet and script as the
    build names them (with their digests).
    """
    links = personal_links(claims, creditor.policy, public_url, path_of)
    doubted, returns = doubted_credits(bank), bank_returns(bank, {claim.debtor.id: claim.returned for claim in claims})
    noted = notes_by_dossier(claims, creditor, drawn)
    rows = staff_rows(claims, creditor.policy, links, doubted, returns, noted, first_seen)
    likely: tuple[tuple[Candidate, ...], ...] = ()
    if bank is not None and bank.unmatched:
        index = Candidates(rows, bank)
        likely = tuple(index.of(item) for item in bank.unmatched)
        rows = _with_possible_payments(rows, _possible_credits(bank, likely))
    bank_notes = _bank_notes(bank)
    rows = _with_noted_credits(rows, bank_notes)
    return StaffBook(
        creditor,
        as_of,
        rows,
        not public_url,
        dict(letters or {}),
        tuple(print_files),
        bank,
        dict(confirmed or {}),
        likely,
        _suggested(bank, likely),
        bank_notes,
        dict(first_seen or {}),
        dict(unwritten or {}),
        demo,
        outside_ledger(bank, likely, creditor, claims),
        dict(followed or {}),
        dict(carried or {}),
        assets or StaffAssets(),
    )


def notes_by_dossier(
    claims: Sequence[Claim], creditor: Creditor, drawn: Iterable[DossierNote] = ()
) -> dict[str, tuple[DossierNote, ...]]:
    """Each dossier's notes, as the build's log has them (claims.dossier_notes, then those of `drawn`: the
    letters' renderer's), by debtor id: for its flags on the overview and its Let op on the dossier page. Dossiers
    without any are left out."""
    letters: dict[str, tuple[DossierNote, ...]] = {}
    for note in drawn:
        letters[note.debtor] = (*letters.get(note.debtor, ()), note)
    return {
        claim.debtor.id: notes
        for claim in claims
        if (notes := dossier_notes(claim, creditor) + letters.get(claim.debtor.id, ()))
    }


def doubted_credits(bank: Reconciliation | None) -> frozenset[str]:
    """The dossiers (ids) whose credit may be a double count: a payment written in the file looks like a
    bank entry that counts too (bank.reconcile's DOUBLE_COUNTS). Checked before a refund."""
    return bank.doubted if bank is not None else frozenset()


def _possible_credits(
    bank: Reconciliation, likely: tuple[tuple[Candidate, ...], ...]
) -> dict[str, tuple[BankEntry, ...]]:
    """Per open dossier, the unassigned credits that may well be its, in the order of bank.unmatched.
    Not for a likeness of name alone, nor for a credit booked before the dossier's invoices."""
    found: dict[str, list[BankEntry]] = {}
    for item, candidates in zip(bank.unmatched, likely, strict=True):
        named = {c.row.id for c in candidates if _may_be(c, item.entry)}  # a dossier found twice: once
        for row_id in sorted(named):
            found.setdefault(row_id, []).append(item.entry)
    return {row_id: tuple(credits) for row_id, credits in found.items()}


def _with_possible_payments(rows: tuple[Row, ...], possible: Mapping[str, tuple[BankEntry, ...]]) -> tuple[Row, ...]:
    """Each open dossier an unassigned credit may well belong to gets one flag, for the first of them:
    its step and letter wait for a look."""
    flags = {}
    for row_id, (entry, *_) in possible.items():
        flag = Flag(FlagKind.POSSIBLE_PAYMENT, FlagKind.POSSIBLE_PAYMENT, amount=entry.amount, day=entry.credited)
        flags[row_id] = replace(flag, ref=entry.reference)
    return _flagged_first(rows, flags)


def _flagged_first(rows: tuple[Row, ...], flags: Mapping[str, Flag]) -> tuple[Row, ...]:
    """The rows with their flag of `flags`, by id, put before the others they have."""
    if not flags:
        return rows
    return tuple(replace(r, flags=(flags[r.id], *r.flags)) if r.id in flags else r for r in rows)


# Credits that name a dossier but do not count (another account, another currency): the debtor may think they
# paid, so the dossier is flagged as for an unassigned credit.
UNCOUNTED_CREDITS = {
    NoteKind.OTHER_ACCOUNT_CREDIT: "possible_payment_other_account",
    NoteKind.FOREIGN_CREDIT: "possible_payment_foreign",
}


def _bank_notes(bank: Reconciliation | None) -> dict[str, tuple[Note, ...]]:
    """The bank's notes on each dossier, in the bank section's order; a refund that came back is left to the
    dossier's own box (staff.returns)."""
    found: dict[str, list[Note]] = {}
    for note in bank.notes if bank is not None else ():
        if note.debtor_id and note.kind != NoteKind.REFUND_RETURNED:
            found.setdefault(note.debtor_id, []).append(note)
        for debtor_id in note.named:  # the rest of a credit booked in part may be theirs (bank_section._rest_row)
            found.setdefault(debtor_id, []).append(note)
    return {debtor_id: tuple(notes) for debtor_id, notes in found.items()}


def _with_noted_credits(rows: tuple[Row, ...], named: Mapping[str, tuple[Note, ...]]) -> tuple[Row, ...]:
    """An open dossier named by a credit that does not count, or by one staff booked in part on another dossier
    (its rest may be this one's), gets the possible payment's flag, worded for it, unless an unassigned credit gave
    it one already: its step and letter wait for a look, as for an unassigned credit that names it."""
    claims = {r.id: r.claim for r in rows}
    flags = {
        debtor_id: flag
        for debtor_id, notes in named.items()
        if debtor_id in claims and (flag := _noted_flag(notes, claims[debtor_id])) is not None
    }
    if not flags:
        return rows
    open_unflagged = {
        r.id for r in rows if not is_closed(r.claim) and not any(f.kind == FlagKind.POSSIBLE_PAYMENT for f in r.flags)
    }
    return _flagged_first(rows, {row_id: flag for row_id, flag in flags.items() if row_id in open_unflagged})


def _noted_flag(notes: tuple[Note, ...], claim: Claim) -> Flag | None:
    """The flag of the dossier's first credit that names it and counts for no dossier: one that does not count,
    or the rest of one booked in part elsewhere (as an unassigned credit flags it: `_rest_may_be`)."""
    for note in notes:
        entry = note.entry
        if entry is None:
            continue
        if note.kind in UNCOUNTED_CREDITS:
            return _uncounted_flag(note, entry)
        if note.amount is not None and _rest_may_be(note, claim, entry):
            return _rest_flag(entry, note.amount)
    return None


def _uncounted_flag(note: Note, entry: BankEntry) -> Flag:
    """The flag of a credit that names the dossier and does not count; euros only for euros."""
    euros = entry.amount if note.kind == NoteKind.OTHER_ACCOUNT_CREDIT else None
    day = entry.credited or entry.booked
    return Flag(FlagKind.POSSIBLE_PAYMENT, UNCOUNTED_CREDITS[note.kind], amount=euros, day=day, ref=entry.reference)


def _rest_may_be(note: Note, claim: Claim, entry: BankEntry) -> bool:
    """Whether the rest of a credit booked in part on another dossier may be this one's: its text names the
    dossier, no payment of it names the credit (bank.reconcile's `Note.named`), and the credit is no older than
    its invoices: as the credit, unassigned whole, flagged it (`_may_be`)."""
    return (
        note.kind == NoteKind.PART_UNASSIGNED and claim.debtor.id in note.named and _after_first_invoice(claim, entry)
    )


def _rest_flag(entry: BankEntry, rest: Decimal) -> Flag:
    """The flag of a credit's rest: the rest as its amount (what may be this dossier's), the part booked elsewhere
    as `paid`."""
    day = entry.credited or entry.booked
    return Flag(
        FlagKind.POSSIBLE_PAYMENT,
        "possible_payment_rest",
        amount=rest,
        paid=entry.amount - rest,
        day=day,
        ref=entry.reference,
    )


def _may_be(candidate: Candidate, entry: BankEntry) -> bool:
    """Whether an unassigned credit may well be this candidate's: an open dossier, more than a likeness of
    name or an amount other dossiers' promises or instalments share (Candidate.shared_amount), and a credit
    booked no earlier than its first invoice."""
    claim = candidate.row.claim
    if is_closed(claim) or candidate.why == (Why.NAME,) or candidate.shared_amount:
        return False
    return _after_first_invoice(claim, entry)


def _after_first_invoice(claim: Claim, entry: BankEntry) -> bool:
    """Whether the credit was booked no earlier than the dossier's first invoice (not before it was owed)."""
    if entry.booked is None:
        return False
    first_invoice = min((i.date for i in claim.debtor.invoices), default=None)
    return first_invoice is None or entry.booked >= first_invoice


def _suggested(
    bank: Reconciliation | None, likely: tuple[tuple[Candidate, ...], ...]
) -> dict[str, tuple[Suggested, ...]]:
    """Per dossier, every unassigned credit the bank section lists it as a likely one of, also for a likeness of
    name alone (which raises no flag): staff who open the dossier see what the overview suggests for it."""
    found: dict[str, list[Suggested]] = {}
    for item, candidates in zip(bank.unmatched if bank is not None else (), likely, strict=True):
        for candidate in candidates:
            others = tuple(_named(c) for c in candidates if c is not candidate)
            split = named_in_text(candidates)
            split_with = tuple(_named(c) for c in split if c is not candidate) if candidate in split else ()
            named = item.invoices_of(candidate.row.id)
            suggested = Suggested(
                item.entry, candidate.why, candidate.shared_amount, others, split_with, named, candidate.name_tells
            )
            found.setdefault(candidate.row.id, []).append(suggested)
    return {row_id: tuple(credits) for row_id, credits in found.items()}


def _named(candidate: Candidate) -> str:
    return f"{candidate.row.claim.debtor.name} ({candidate.row.id})"


def suggested_credits(book: StaffBook, row_id: str) -> tuple[Suggested, ...]:
    """Every unassigned credit the bank section suggests for this dossier, in its order."""
    return book.suggested.get(row_id, ())


OVERVIEW = "index.html"  # the overview, at the internal output's root


@dataclass(frozen=True)
class Frame:
    """The title, stylesheet, script and top bar every staff page has."""

    title: str
    stylesheet: str
    script: str
    home: str  # the overview
    brand: str
    as_of: str
    as_of_iso: str
    root: str  # from the page to the internal root, before every link a view holds from there
    lang: str  # the staff's language (<html lang>, which staff.js sorts and counts in): "nl", "en"


def frame(book: StaffBook, title: str, root: str) -> Frame:
    """`root` leads from the page to the internal output's root: "" or "../"."""
    return Frame(
        title=title,
        stylesheet=root + book.assets.stylesheet,
        script=root + book.assets.script,
        home=root + OVERVIEW,
        brand=words().PHRASE["brand"].format(creditor=book.creditor.name),
        as_of=fmt.day(book.as_of),
        as_of_iso=book.as_of.isoformat(),
        root=root,
        lang=staff_language().value,
    )


@dataclass(frozen=True, slots=True)
class LetterLinks:
    """A letter of the day on a staff page: its name, the links to its PDF and e-mail, or why there is none."""

    kind: str
    label: str
    pdf: Reach | None  # the PDF to post
    eml: Reach | None  # the e-mail to open in a mail client and send
    absent: str | None  # no postal and no e-mail address: nothing could be written
    recorded: str | None = None  # "vastgelegd (per e-mail): niet opnieuw versturen"
    note: str | None = None  # which of the two forms to send, where that matters
    one_way: bool = False  # a final notice written both ways that must go one way (its note says which and why)
    name_key: str = ""  # the key of its name (`label`) in the staff's words: the letters list groups by it
    held: bool = False  # out of the print file until staff have looked or been in touch (DayLetter.held_first)


def letter_links(book: StaffBook, debtor_id: str, root: str, kind: str | None = None) -> tuple[LetterLinks, ...]:
    """The debtor's letters of the day (only those of `kind` when given); `root` leads to the internal root."""
    return letter_views(book.letters.get(debtor_id, ()), root, kind)


def letter_views(
    letters: Sequence[DayLetter], root: str, kind: str | None = None, *, listed: bool = False, short: bool = False
) -> tuple[LetterLinks, ...]:
    """A debtor's letters of the day as links (only those of `kind` when given); see letter_links. `listed`: on
    the overview's letters list, which says once above it to send a letter in two forms one way (letters_section):
    each row keeps only its own facts. `short`: in today's work, whose note says it once (today_section): each row
    says its two forms in a few words ("PDF en e-mail klaar"), not the 38 of the advice on every row."""
    return tuple(
        LetterLinks(
            letter.kind,
            words().LETTER[letter.name_key],
            Reach(words().UI["letter_pdf"], root + letter.pdf) if letter.pdf else None,
            Reach(words().UI["letter_eml"], root + letter.eml) if letter.eml else None,
            _absent(letter),
            words().PHRASE["letter_recorded"].format(channel=words().CHANNEL[letter.recorded])
            if letter.recorded
            else None,
            _letter_note(letter, listed, short),
            bool(letter.form_to_choose),
            letter.name_key,
            letter.held_first,
        )
        for letter in letters
        if kind is None or letter.kind == kind
    )


def possibly_paid(book: StaffBook) -> frozenset[str]:
    """The dossiers (ids) a bank credit may have paid, flagged "Mogelijke betaling in de bank": their step
    letters wait for a look (DayLetter.look_first)."""
    return frozenset(row.id for row in book.rows if any(f.kind == FlagKind.POSSIBLE_PAYMENT for f in row.flags))


def payment_returned(book: StaffBook) -> frozenset[str]:
    """The dossiers (ids) flagged "Betaling teruggeboekt" (the bank took a payment back, and no contact was recorded
    since): their step letters wait until staff have been in touch (DayLetter.contact_first)."""
    return frozenset(row.id for row in book.rows if any(f.kind == FlagKind.PAYMENT_RETURNED for f in row.flags))


def named_only(book: StaffBook) -> frozenset[str]:
    """The dossiers (ids) the bank section lists for an unassigned credit by a likeness of name alone that tells
    (Candidate.name_tells: a surname or the whole name, not a first name shared), and no credit may have paid
    (possibly_paid): their step letters go out as any, with a word to look first (DayLetter.named_credit)."""
    flagged = possibly_paid(book)
    return frozenset(
        row_id
        for row_id, credits in book.suggested.items()
        if row_id not in flagged and any(found.why == (Why.NAME,) and found.name_tells for found in credits)
    )


def _absent(letter: DayLetter) -> str | None:
    """Why no file of the letter can be sent: no address, or a name or address the letter cannot print."""
    if letter.pdf or letter.eml:
        return None
    if letter.unprintable:
        return words().PHRASE["letter_unprintable"].format(chars=letter.unprintable)
    return words().PHRASE["letter_nowhere"]


def _letter_note(letter: DayLetter, listed: bool = False, short: bool = False) -> str | None:
    """What to mind before sending: a letter earlier builds wrote too (posted twice if it went out and was
    not recorded), which form to choose (a final notice's two last days; any letter's two forms), or a
    confirmation written twice today."""
    notes = []
    if letter.wait_until is not None:
        notes.append(words().PHRASE["letter_wait_too"].format(date=fmt.day(letter.wait_until)))
    if letter.unprintable and letter.eml:
        notes.append(words().PHRASE["letter_unprintable"].format(chars=letter.unprintable))
    if letter.ready_since is not None:
        notes.append(words().PHRASE["letter_ready_since"].format(date=fmt.day(letter.ready_since)))
    if letter.look_first:
        notes.append(words().PHRASE["letter_look_first"])
    elif letter.contact_first:
        notes.append(words().PHRASE["letter_contact_first"])
    elif letter.named_credit and letter.recorded is None:
        notes.append(words().PHRASE["letter_named_credit"])
    if letter.form_to_choose:
        # Held for a look or a contact first, the note before it already says why it is not in the print file.
        notes.append(words().PHRASE["letter_one_way_held" if letter.held_first else "letter_one_way"])
    else:
        # One letter in two forms: posted and e-mailed, the debtor gets the same step twice.
        if letter.pdf and letter.eml and letter.recorded is None and not listed:
            notes.append(words().PHRASE["letter_both_forms_short" if short else _both_forms(letter)])
        if letter.earlier_today:
            notes.append(words().PHRASE["letter_earlier_today"])
    return "; ".join(notes) or None


# Letters that need no record once sent (docs/letters.md): only this build writes them.
UNRECORDED = frozenset({"promise", "arrangement", "handover", "pause", "settlement", "settled", "settlement_reminder"})


def _both_forms(letter: DayLetter) -> str:
    """Send one of the two forms: a step's letter is then recorded, a confirmation or handover notice is not; one
    held out of the print file for a look or a contact first (look_first, contact_first) is not in it, whatever the
    general advice says."""
    if letter.held_first:
        return "letter_both_forms_held"
    return "letter_both_forms_unrecorded" if letter.kind in UNRECORDED else "letter_both_forms"


@init_by_slots
@dataclass(frozen=True, slots=True)
class Badge:
    css: str
    text: str


@lru_cache(maxsize=4096)
def badge(css: str, text: str) -> Badge:
    """A badge, one object for all rows that show the same (100,000 rows show a few hundred badges)."""
    return Badge(sys.intern(css), sys.intern(text))


def stage_badge(stage: Stage) -> Badge:
    return badge(f"stage stage-{stage}", words().STAGE[stage])


def place_badge(claim: Claim) -> Badge:
    """Where a dossier stands: its stage, or once closed (paid, written off) that, as the table of all
    dossiers groups it: a refund to a paid debtor is not a reminder's work."""
    if is_closed(claim):
        return badge(f"stage stage-{claim.status}", words().STATUS[claim.status])
    return stage_badge(claim.stage)


def status_badge(claim: Claim) -> Badge:
    """Paused (and why, a `postpone` among it), paid (and when), running, or the status by name."""
    if claim.paused:
        return badge("badge paused", words().PAUSED[paused_key(claim)])
    postponed = postponed_key(claim)
    if postponed is not None:  # a `postpone` holds the next step back: waiting, not running
        return badge("badge paused", words().PAUSED[postponed])
    if claim.status in (Status.PAID, Status.SETTLED):
        paid = words().STATUS[claim.status]
        if claim.paid_on:
            paid = words().PHRASE["status_on"].format(status=paid, date=fmt.short_day(claim.paid_on))
        return badge("badge closed", paid)
    if claim.status == Status.ACTIVE:
        return badge("badge", words().STATUS[Status.ACTIVE])
    return badge(f"badge status-{claim.status}", words().STATUS[claim.status])


@init_by_slots
@dataclass(frozen=True, slots=True)
class DebtorLink:
    """A debtor's name and id, linking to the dossier page."""

    name: str
    id: str
    href: str


def debtor_link(row: Row) -> DebtorLink:
    return DebtorLink(row.claim.debtor.name, row.id, row.dossier)


@init_by_slots
@dataclass(frozen=True, slots=True)
class Reach:
    """One way to reach a debtor: a link, or (href None) the words that say it is missing."""

    text: str
    href: str | None


@dataclass(frozen=True, slots=True)
class ContactView:
    person: str | None
    phone: Reach
    email: Reach


def contact_view(
    contact: DebtorContact, missing_phone: str, missing_email: str, no_person: str | None = None
) -> ContactView:
    """The debtor's person, phone and email; a missing one says so in the words given."""
    return ContactView(
        person=contact.person or no_person,
        phone=Reach(contact.phone, tel_link(contact.phone)) if contact.phone else Reach(missing_phone, None),
        email=Reach(contact.email, mailto_link(contact.email)) if contact.email else Reach(missing_email, None),
    )


def acting_for(representative: Representative | None, day: date) -> str | None:
    """Who acts for the debtor, for staff: their role, whether the letters go to them, the days they act (when
    written), and how to reach them ("Schuldhulpverlener: Jan Smit, 030 286 00 00"); one whose `until` is past
    on `day` as having acted, which letters went p/a them; None when nobody does (or did)."""
    if representative is None:
        return None
    reach = (representative.name, representative.phone, representative.email, *representative.address)
    reached = ", ".join(part for part in reach if part)
    since, until = representative.since, representative.until
    if since is None and until is None:
        return words().PHRASE[f"acting_{representative.role}"].format(reach=reached)
    span = (
        "acting_span"
        if since is not None and until is not None
        else "acting_until"
        if since is None
        else "acting_since"
    )
    period = words().PHRASE[span].format(since=_day_or_none(since), until=_day_or_none(until))
    tense = "acted" if until is not None and until < day else "acting"
    return words().PHRASE[f"{tense}_{representative.role}_dated"].format(reach=reached, period=period)


def _day_or_none(value: date | None) -> str:
    return fmt.day(value) if value is not None else ""


def missing(what: str) -> str:
    """A field named and said to be missing: "Telefoon ontbreekt"."""
    return words().PHRASE["missing"].format(what=what)


@init_by_slots
@dataclass(frozen=True, slots=True)
class FlagView:
    kind: str  # for data-kind
    css: str
    label: str
    detail: str


def flag_detail(flag: Flag) -> str:
    """The flag's sentence with its amounts, date and day counts filled in."""
    return words().FLAG_DETAIL[flag.wording].format(**_flag_values(flag))


def flag_brief(flag: Flag) -> FlagView:
    """The flag as its dossier's row in today's work shows it: its short sentence about the step of the day
    (words.FLAG_BRIEF) in place of its name, where it has one."""
    view = flag_view(flag)
    brief = words().FLAG_BRIEF.get(flag.wording)
    return view if brief is None else replace(view, label=brief.format(**_flag_values(flag)))


def _flag_values(flag: Flag) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, amount in (("amount", flag.amount), ("minimum", flag.minimum), ("part", flag.part)):
        if amount is not None:
            values[name] = fmt.money(amount)
    if flag.paid is not None:
        values["paid"] = fmt.paid(flag.paid)
    if flag.day is not None:
        values["date"] = fmt.day(flag.day)
        values["short"] = fmt.short_day(flag.day)
    if flag.seen is not None:
        values["seen"] = fmt.day(flag.seen)
    if flag.since is not None:
        values["since"] = fmt.day(flag.since)
    if flag.ref is not None:
        values["ref"] = flag.ref
    if flag.invoices is not None:
        values["invoices"] = flag.invoices
    if flag.returned is not None:
        values["returned"] = fmt.day(flag.returned.day)
        values["reason"] = reason_text(flag.returned.reason)
    if flag.notes:
        values["notes"] = words().PHRASE["notes_separator"].join(dict.fromkeys(note_title(note) for note in flag.notes))
    if flag.step is not None:
        values["step"] = words().ACTION[flag.step].lower()
    if flag.letter is not None:
        values["letter"] = words().EVENT[flag.letter].lower()
    for name, number in (("days", flag.days), ("limit", flag.limit), ("count", flag.count)):
        if number is not None:
            values[name] = str(number)
    return values


def flag_view(flag: Flag) -> FlagView:
    kind = sys.intern(str(flag.kind))
    return FlagView(kind, sys.intern(f"flag flag-{kind}"), words().FLAG[flag.kind], flag_detail(flag))


def flag_views(flags: tuple[Flag, ...]) -> tuple[FlagView, ...]:
    return tuple(flag_view(f) for f in flags)


def count_of(number: int, one: str, many: str) -> str:
    """The noun for a count: `one` for exactly 1, else `many`."""
    return one if number == 1 else many


def waiting(days: int) -> str:
    """How long a due action has waited: "vandaag", "1 dag", "12 dagen"."""
    if days == 0:
        return words().PHRASE["waiting_today"]
    return words().PHRASE[count_of(days, "waiting_one", "waiting_many")].format(days=days)


def css(*names: str | None) -> str:
    """A class attribute from the names that apply (None and "" left out)."""
    return sys.intern(" ".join(name for name in names if name))  # a few dozen, each in thousands of rows


def iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""
