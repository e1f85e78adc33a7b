"""What `incasso check` says about the bank statements: what was read, matched, skipped, and what needs staff."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from decimal import Decimal

from incasso.bank.continuity import Gap
from incasso.bank.entry import BankEntry
from incasso.bank.matching import MatchRule
from incasso.bank.reconcile import Copies, Note, NoteKind, Reconciliation, Skipped, SkipReason
from incasso.bank.said import SET_ASIDE_NOTES, entries_taken, set_aside_note, taken_back
from incasso.cli.report import note, say, shown
from incasso.law.money import plain
from incasso.ledger.model import ReturnedPayment
from incasso.ledger.problems import visible
from incasso.staff.outside import Outside

RULES = {
    MatchRule.STRUCTURED: "by structured reference",
    MatchRule.TEXT_REFERENCE: "by RF reference in the text",
    MatchRule.INVOICE: "by invoice number",
}
SKIPPED = {
    SkipReason.DEBIT: ("debit", "debits"),
    SkipReason.PENDING: ("pending entry", "pending entries"),
    SkipReason.OTHER_ACCOUNT: ("entry of another account", "entries of other accounts"),
    SkipReason.OTHER_CURRENCY: ("entry in another currency", "entries in another currency"),
    SkipReason.RETURNED_DEBIT: ("returned payment of ours", "returned payments of ours"),
    SkipReason.NO_MONEY: ("entry of 0.00", "entries of 0.00"),
}


def counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def bank_summary(bank: Reconciliation, *, quiet: bool, redact: bool = False, outside: Sequence[Outside] = ()) -> None:
    """Print what the statements held; notes that need action are printed even when quiet. Quiet or
    redacted (a log), a credit no dossier matches is named without payer and amount. `outside`: the credits of
    invoices outside the ledger (staff.outside), counted on one line, not one note each."""
    files = len({s.source.path for s in bank.statements})
    read = f"{counted(len(bank.statements), 'statement', 'statements')} in {counted(files, 'file', 'files')}"
    if not bank.statements:  # before the first export: the normal state, no count of nothing that reads as a fault
        say("bank: no statement files in bank/ yet; payments come only from the debtors' files.", quiet=quiet)
    elif bank.payments_until is not None:
        say(f"bank: {read}; payments received up to {bank.payments_until}.", quiet=quiet)
    else:  # never read: statements none of which are the iban's in euros are a problem (reconcile._no_stamp)
        own = any(s.account == bank.account for s in bank.statements)
        none = "none in euros" if own else "none"
        say(f"bank: {read}, {none} of the creditor's account {bank.account}.", quiet=quiet)
    by_rule = Counter(m.found.rule for m in bank.matched)
    detail = ", ".join(f"{by_rule[rule]} {words}" for rule, words in RULES.items() if by_rule[rule])
    if bank.statements:
        say(f"  matched credits: {len(bank.matched)}" + (f" ({detail})" if detail else ""), quiet=quiet)
    # A credit (or a batch's transaction) only a set-aside names is no dossier's: said on the line after, not here.
    alone = {(a.entry.reference, a.entry.booked) for a in bank.set_aside if not a.held}
    named = [s for s in bank.skipped_for(SkipReason.NAMED) if not _named_by(s) & alone]
    if named:
        say(f"  credits named by a payment in a debtor's file (bank_ref): {len(named)}", quiet=quiet)
    if bank.set_aside:
        total = sum((aside.item.amount for aside in bank.set_aside), Decimal(0))
        say(
            f"  set aside as no debtor's (creditor.yaml, bank_set_aside): {len(bank.set_aside)}, EUR {plain(total)}",
            quiet=quiet,
        )
    if bank.answered:
        said = counted(len(bank.answered), "return", "returns")
        untied = sum(1 for pair in bank.answered if pair.credit is None)
        of = f" ({untied} taking back none of the credits read)" if untied else ""
        say(f"  answered which credit it took back (creditor.yaml, bank_returns): {said}{of}", quiet=quiet)
    if outside:  # even when quiet: it stands for the notes these credits had, so a log still counts them
        shown(_outside_line(outside))
    _skipped(bank, quiet)
    apart = {id(found.item) for found in outside}
    for line in _unmatched(bank, quiet or redact, apart):
        shown(line)  # even when quiet: staff must act on it
    for found in bank.notes:
        if found.kind != NoteKind.UNKNOWN_BANK_REF or not quiet:
            note(note_text(found))
    for gap in bank.gaps:
        note(gap_text(gap, bank.payments_until))


def _outside_line(outside: Sequence[Outside]) -> str:
    """The credits of invoices outside the ledger in one line: how many, what they brought, where they are."""
    total = sum((found.item.entry.amount for found in outside), Decimal(0))
    credits = counted(len(outside), "credit", "credits")
    return (
        f"  invoices outside the ledger (creditor.yaml, invoice_numbers): {credits}, EUR {plain(total)}, counted for "
        "no dossier (the staff overview lists them: look over their payers and numbers, a debtor's payment with a "
        "wrong number can be among them)"
    )


def _named_by(skipped: Skipped) -> set[tuple[str, date | None]]:
    """The references a bank_ref may name a skipped credit by, with its booking day: its own, and a batch's
    transaction its batch's too (named whole, reconcile._named)."""
    entry = skipped.entry
    references = {entry.reference} | ({entry.batch[0]} if entry.batch is not None else set())
    return {(reference, entry.booked) for reference in references}


def _skipped(bank: Reconciliation, quiet: bool) -> None:
    counts = Counter(s.reason for s in bank.skipped)
    parts = [counted(counts[reason], *words) for reason, words in SKIPPED.items() if counts[reason]]
    if counts[SkipReason.NOT_YET]:
        parts.append(f"{counts[SkipReason.NOT_YET]} booked after {bank.as_of}")
    if parts:
        say(f"  skipped: {', '.join(parts)}", quiet=quiet)
    others = sorted({s.account for s in bank.statements if s.account != bank.account})
    if others:
        say(f"  statements of other accounts than {bank.account}: {', '.join(others)}", quiet=quiet)
    for copies in bank.copies():
        say(f"  counted once: {copies_text(copies)}", quiet=quiet)
    for skipped in bank.returns():
        entry, back = skipped.entry, skipped.related
        if back is None:  # a returned credit always knows its return
            raise ValueError(f"{entry.source}: a credit skipped as returned names no return")
        owners = skipped.named or ((skipped.debtor_id,) if skipped.debtor_id else ())
        whose = f" (for {', '.join(owners)})" if owners else ""
        reason = f", reason {back.return_reason}" if back.return_reason else ""
        answer = bank.answer_of(back)
        said = f", as creditor.yaml's {answer.place} says" if answer is not None else ""
        # A credit whose statement is archived is known from the payment naming it: said so, not as a statement's.
        where = f"its statement archived, as {entry.source} keeps it" if entry.archived else str(entry.source)
        say(
            f"  returned: EUR {plain(entry.amount)} of {entry.booked}{whose} ({where}) "
            f"taken back on {back.booked} ({back.source}{reason}{said}){_charges(back)}; neither counts",
            quiet=quiet,
        )
    for line in written_returns(bank.returned):
        say(f"  {line}", quiet=quiet)


def written_returns(returned: Mapping[str, Sequence[ReturnedPayment]]) -> list[str]:
    """The payments staff wrote as taken back by the bank (`returned:` in a debtor file), each said as that, at its
    place: beside the returns read from the statements (whose lines name the statements), what the bank took back.
    One a return read took back is said as read (bank.books.returns_written), so none is said twice."""
    lines = []
    for debtor_id, payments in sorted(returned.items()):
        for payment in payments:
            if payment.written is None:
                continue
            source, field = payment.written
            entry = f", bank entry {payment.reference}" if payment.reference else ""
            lines.append(
                f"returned: EUR {plain(payment.amount)} of {payment.paid} (for {debtor_id}{entry}) taken back on "
                f"{payment.returned}, as staff wrote on the payment ({source}: {field}), not read from a statement; "
                "it does not count"
            )
    return lines


def copies_text(copies: Copies) -> str:
    """Entries of one file counted once as another listing (in another file or the same) holds them too: which
    place counts (the one read first) and which was skipped, file:line, for several the first."""
    first, original = copies.entries[0].source, copies.originals[0].source
    if len(copies.entries) == 1:
        return f"{original} counts; the same entry at {first} was skipped"
    count = len(copies.entries)
    if copies.path == copies.original_path:
        where = f"(the first: {original}, again at {first})"
        return f"{count} entries listed twice in {copies.path}: each counts where it stands first {where}"
    return (
        f"{count} entries in {copies.original_path} count; the same in {copies.path} were skipped"
        f" (the first: {original}, again at {first})"
    )


def _unmatched(bank: Reconciliation, short: bool, apart: Collection[int] = ()) -> list[str]:
    """One note per credit no rule matched: what staff need to find its dossier, and the bank_ref to assign it.
    Short (quiet or redacted: a log, the nightly one among them) it names the entry only: who paid what, and
    their account, are a private person's, and the staff overview shows them. `apart`: the credits (their ids) of
    invoices outside the ledger, counted on a line of their own."""
    lines = []
    for item in (item for item in bank.unmatched if id(item) not in apart):
        e = item.entry
        payer = " ".join(p for p in (e.payer_name, e.payer_iban) if p) or "an unknown payer"
        what = (
            f"a credit of {e.credited} ({e.source})"
            if short
            else (f"the credit of {e.credited}, EUR {plain(e.amount)} from {visible(payer)} ({e.said!r}, {e.source})")
        )
        lines.append(
            f"note: {what} matches no dossier; assign it with a payment with bank_ref: {e.reference} in the "
            "debtor's file (the staff overview lists likely dossiers)"
        )
    return lines


def gap_text(gap: Gap, stamp: date | None) -> str:
    """A gap between the statements in a sentence: what is missing, what it means, what to do."""
    before, after = gap.previous, gap.statement
    return (
        f"bank statements of {after.account} are missing from {gap.missing_from}: {after.source} opens with "
        f"EUR {plain(gap.opening)}, but the statement before it ({before.source}) closes on {gap.last_day} "
        f"with EUR {plain(gap.closing)}; payments booked in between are not counted, and pages say the "
        f"payments up to {stamp} are processed, and no promise or instalment due after it is judged missed; "
        "put the missing export in bank/"
    )


def note_text(note: Note) -> str:
    """One staff note in a sentence (English, as all of `incasso check`)."""
    if note.kind in _PAYMENTS:
        return _payment_note(note)
    if note.kind in _RETURNS:
        return _return_note(note)
    if note.kind in SET_ASIDE_NOTES:
        return set_aside_note(note)
    return _entry_note(note)


_PAYMENTS = (
    NoteKind.LOOKS_LIKE,
    NoteKind.WRITTEN_TWICE,
    NoteKind.NAMED_RETURNED,
    NoteKind.NAMED_PART_RETURNED,
    NoteKind.NAMED_PART_TAKEN,
    NoteKind.UNKNOWN_BANK_REF,
    NoteKind.DATED_BOOKED,
)
_RETURNS = (
    NoteKind.RETURN_LESS,
    NoteKind.RETURN_MORE,
    NoteKind.RETURN_WITHOUT_CREDIT,
    NoteKind.RETURN_GUESSED,
    NoteKind.RETURN_CHARGES,
    NoteKind.RETURN_CHARGES_UNTIED,
    NoteKind.REFUND_RETURNED,
)


def _payment_note(note: Note) -> str:
    """A note about a payment written in a debtor's file, and the bank entry it is (or names)."""
    e, p = note.entry, note.payment
    if note.kind == NoteKind.LOOKS_LIKE and e and p:
        # A payment naming the entry must be dated as the bank credited it: say so, or the ledger is refused.
        redate = f" and make its date {e.credited} (the day the bank credited it)" if p.date != e.credited else ""
        return (
            f"{note.debtor_id}: the payment of {p.date} (EUR {plain(p.amount)}, {p.source}) looks like bank entry "
            f"{e.reference} ({e.source}); if it is that payment, add bank_ref: {e.reference} to it{redate}, "
            "else it is counted twice"
        )
    if note.kind == NoteKind.WRITTEN_TWICE and e and p:
        return (
            f"{note.debtor_id}: the payment of {p.date} (EUR {plain(p.amount)}, {p.source}) has no bank_ref, and "
            f"another payment of the file names bank entry {e.reference} ({e.source}); if both are that payment, "
            "remove the one without bank_ref, else it is counted twice"
        )
    if note.kind == NoteKind.DATED_BOOKED and e and p:
        return (
            f"{note.debtor_id}: the payment of {p.date} ({p.source}) names bank entry {e.reference} ({e.source}) on "
            f"the day the bank booked it; the bank credited it on {e.credited} (its value date), and it counts from "
            f"that day: make its date {e.credited} in the file"
        )
    if note.kind == NoteKind.NAMED_RETURNED and e and p:
        return (
            f"{note.debtor_id}: the payment in {p.source} names bank entry {e.reference}, which the bank took back "
            "(returned or reversed): the payment does not count; leave it in the file, so the return stays with "
            "this dossier"
        )
    if note.kind == NoteKind.NAMED_PART_RETURNED and e and p:
        taken = taken_back(note)
        back = sum((t.amount for t in taken), Decimal(0))
        return (
            f"{note.debtor_id}: the payment in {p.source} names bank entry {p.bank_ref} whole, and the bank took "
            f"back EUR {plain(back)} of it {entries_taken(taken)}, {e.source}): the payment still counts as "
            "written; find out what stayed and write that amount in the payment"
        )
    if note.kind == NoteKind.NAMED_PART_TAKEN and e and p:
        return (
            f"{note.debtor_id}: the payment in {p.source} names bank entry {p.bank_ref} whole, and the bank took "
            f"back its transaction {e.reference} of EUR {plain(e.amount)} ({e.source}): the payment counts "
            f"EUR {plain(e.amount)} less; leave it in the file as it is, so the return stays with this dossier"
        )
    if p is None:
        raise ValueError(f"a bank note of kind {note.kind} without the entry or payment it is about")
    return f"{note.debtor_id}: the payment in {p.source} names bank entry {p.bank_ref}, in no statement read (kept)"


def _return_note(note: Note) -> str:
    """A note about money that came back: a return of less, one without its credit, one tied by a guess, a refund."""
    e = note.entry
    if note.kind == NoteKind.RETURN_LESS and e and note.other:
        owner = f"{note.debtor_id}: " if note.debtor_id else ""
        return (
            f"{owner}bank entry {e.reference} ({e.source}) takes back EUR {plain(e.amount)} of credit "
            f"{note.other.reference} of EUR {plain(note.other.amount)} ({note.other.source}; the same end-to-end "
            "reference): a recall the bank kept a fee of? The credit still counts whole: ask the bank, and if it "
            f"was taken back, write a payment with bank_ref: {note.other.reference} and the amount that stayed"
        )
    if note.kind == NoteKind.RETURN_MORE and e and note.other and note.amount:
        return _return_more(note, e, note.other, note.amount)
    if note.kind == NoteKind.RETURN_WITHOUT_CREDIT and e:
        # A return that names its charges (or its original amount) says what it took back; only a bare one may be a
        # recall less a fee.
        recall = (
            "" if e.charges or e.apart or e.whole else " (or one of another amount: a recall the bank kept a fee of)"
        )
        return (
            f"bank entry {e.reference} ({e.source}) takes back EUR {plain(e.taken_back)}{_charges(e)} from a credit "
            f"of that amount in no statement read{recall}, and no payment in a debtor's file names one (a statement "
            "archived): if a debtor's file holds that payment, write the credit's bank entry in it as bank_ref (its "
            "statement names it) and leave it there: the return then takes it back and stays with that dossier"
        )
    if note.kind == NoteKind.RETURN_CHARGES and e and note.other and note.amount:
        owner = f"{note.debtor_id}: " if note.debtor_id else ""
        return (
            f"{owner}bank entry {e.reference} ({e.source}) takes back credit {note.other.reference} of "
            f"EUR {plain(note.other.amount)} ({note.other.source}) and debits EUR {plain(e.amount)}: "
            f"EUR {plain(note.amount)} more, charges the bank added (the debtor's bank's compensation, say), as the "
            f"entry says{_apart_too(e)}. The charges are the creditor's cost, not the debtor's: book them as your own; "
            f"the debtor owes the EUR {plain(note.other.amount)} again, and their page and letters say only that. "
            f"{_ANSWER_BOOKED}"
        )
    if note.kind == NoteKind.RETURN_CHARGES_UNTIED and e and note.other and note.amount:
        return (
            f"bank entry {e.reference} ({e.source}) debits EUR {plain(e.amount)}: EUR {plain(e.taken_back)} taken "
            f"back of a credit and EUR {plain(note.amount)} charges (the creditor's cost){_apart_too(e)}; it names no "
            "payer, and "
            f"more than one credit of EUR {plain(e.taken_back)} could be the one (the latest: {note.other.reference} "
            f"of {note.other.booked}, {note.other.source}): none is taken back and each still counts; ask the bank "
            f"which it was. {_ANSWER}"
        )
    if note.kind == NoteKind.RETURN_GUESSED and e and note.other:
        return (
            f"bank entry {e.reference} ({e.source}) takes back EUR {plain(e.amount)} and names no payer: it was "
            f"tied to the latest credit of that amount, {note.other.reference} of {note.other.booked} "
            f"({note.other.source}), but another credit of that amount could be the one: check with the bank. "
            f"{_ANSWER}"
        )
    if note.kind == NoteKind.REFUND_RETURNED and e and note.refund:
        reason = f", reason {e.return_reason}" if e.return_reason else ""
        return (
            f"{note.debtor_id}: the refund of {note.refund.date} (EUR {plain(e.amount)}, {note.refund.source}) came "
            f"back on {e.booked} ({e.reference}, {e.source}{reason}): the debtor has not been paid back; remove the "
            "refund event (the credit is then open again) and pay it again, to an account that works"
        )
    raise ValueError(f"a bank note of kind {note.kind} without the entries it is about")


def _return_more(note: Note, back: BankEntry, credit: BankEntry, rest: Decimal) -> str:
    """A return of more than a credit with its end-to-end reference that says nothing of charges, or names them
    booked apart (RETURN_MORE): `rest` what the bank may say were its charges, to write beside the credit once it
    does."""
    owner = f"{note.debtor_id}: " if note.debtor_id else ""
    latest = f"; the latest of {len(note.could)} such credits" if len(note.could) > 1 else ""
    return (
        f"{owner}bank entry {back.reference} ({back.source}) takes back EUR {plain(back.amount)}, more than credit "
        f"{credit.reference} of EUR {plain(credit.amount)} ({credit.source}; the same end-to-end reference{latest}), "
        f"and {_more_said(back)}? It takes back no credit, and each still counts: ask the bank. If it took back that "
        f"credit and the EUR {plain(rest)} more were its charges, write its answer in creditor.yaml under "
        f"bank_returns with charges: {plain(rest)} (the staff overview gives the lines)"
    )


# Where staff write what the bank said of a return (creditor.yaml's bank_returns): the note goes then.
_ANSWER = (
    "Write its answer in creditor.yaml under bank_returns (the credit it names, or none; the staff overview gives "
    "the lines)"
)
_ANSWER_BOOKED = "Once booked, say so in creditor.yaml under bank_returns (the staff overview gives the lines)"


def _more_said(back: BankEntry) -> str:
    """What a return of more than a credit says of charges (RETURN_MORE), and so what staff ask the bank."""
    if back.apart:
        return (
            f"names EUR {plain(back.apart)} charges booked apart, not in what it debits: the bank's charges on top "
            "after all"
        )
    return "says nothing of charges: the bank's charges on top"


def _charges(back: BankEntry) -> str:
    """What a return debits beyond the credit it takes back, in the log's words, or the charges it names booked
    apart (not in it); nothing when it says none."""
    if back.apart and not back.charges:
        return f" (its EUR {plain(back.apart)} charges booked apart, not in it: the creditor's cost)"
    if not back.charges:
        return ""
    in_all = f"EUR {plain(back.amount)} in all{_apart_too(back)}"
    return f" and EUR {plain(back.charges)} charges (the creditor's cost: {in_all})"


def _apart_too(back: BankEntry) -> str:
    """After the charges in what a return debits: the ones it names booked apart besides, the creditor's cost too."""
    if not back.apart:
        return ""
    return f"; besides, EUR {plain(back.apart)} charges it names booked apart, not in it: the creditor's cost too"


def _rest_named(note: Note, reference: str) -> str:
    """Where the rest of a credit booked in part may belong: the other dossiers its text names, as the staff pages
    offer it to them (staff.bank_section), so the log does not leave them to be found."""
    if not note.named:
        return ""
    names = ", ".join(note.named)
    files = " or ".join(f"{debtor_id}'s file" for debtor_id in note.named)
    return f"; its text names {names} too: if the rest is theirs, add a payment with bank_ref: {reference} to {files}"


def _entry_note(note: Note) -> str:
    """A note about bank entries: a part unassigned, twins, another currency, a reused reference."""
    e = note.entry
    if note.kind == NoteKind.PART_UNASSIGNED and e and note.amount is not None:
        return (
            f"bank entry {e.reference} ({e.source}) brought EUR {plain(e.amount)}, but the payments naming it "
            f"hold EUR {plain(e.amount - note.amount)}: EUR {plain(note.amount)} belongs to no dossier yet"
            + _rest_named(note, e.reference)
            + "; if it is no debtor's, set it aside in creditor.yaml (bank_set_aside, with the reason)"
        )
    if note.kind == NoteKind.TWIN and e and note.other:
        owner = f"{note.debtor_id}: " if note.debtor_id else ""
        return (
            f"{owner}bank entries {note.other.reference} ({note.other.source}) and {e.reference} ({e.source}) look "
            f"like one credit of EUR {plain(e.amount)} exported as camt.053 and as MT940: both count; check before "
            "refunding anything, and keep one format of these days in bank/"
        )
    if note.kind == NoteKind.TWIN_ONCE and e and note.other:
        return (
            f"bank entries {note.other.reference} ({note.other.source}) and {e.reference} ({e.source}) are one "
            f"credit of EUR {plain(e.amount)} (end-to-end reference {e.end_to_end}) exported as camt.053 and as "
            "MT940: it counts once; keep one format of these days in bank/"
        )
    if note.kind == NoteKind.FOREIGN_CREDIT and e:
        return (
            f"{note.debtor_id}: bank entry {e.reference} ({e.source}) of {e.currency} {plain(e.amount)} names this "
            "dossier but is not in euros, so it does not count: ask the payer, or write the euro amount in the "
            f"debtor's file as a payment with bank_ref: {e.reference}"
        )
    if note.kind == NoteKind.OTHER_ACCOUNT_CREDIT and e:
        return (
            f"{note.debtor_id}: bank entry {e.reference} ({e.source}) of {e.currency} {plain(e.amount)} names this "
            f"dossier but is on another account ({e.account}) than the creditor's iban, so it does not count: if "
            "the debtor paid an old account of the creditor, write the payment in the debtor's file; if bank/ "
            "holds the wrong account's export, put the right one there"
        )
    if note.kind == NoteKind.SAME_REFERENCE and e and note.other:
        return (
            f"bank entries {e.reference} of {e.booked} ({note.other.source} and {e.source}) share one reference but "
            f"bring EUR {plain(note.other.amount)} and EUR {plain(e.amount)}: both count; if one is a copy, "
            "remove that file from bank/"
        )
    raise ValueError(f"a bank note of kind {note.kind} without the entries it is about")
