"""claims.json's `bank`: what became of every credit the statements in bank/ hold, for a program to reconcile.

Each credit read is listed once per listing (a copy in a second export too, skipped as a duplicate), with the
dossiers that hold it and how much (matched by its reference, or named by payments with `bank_ref`), the part
no dossier holds yet (`unassigned`), the part staff set aside as no debtor's (`set_aside`, creditor.yaml's
bank_set_aside), the return that took it back, or why it counts nowhere. So the euros of a statement add up:
booked + unassigned + set aside for a credit that counts, nothing for one returned or skipped. `unassigned`
lists what staff must still assign, the rest of a credit booked in part too: the change list and the overview's
count read it there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from incasso.bank.entry import BankEntry, Direction
from incasso.bank.reconcile import NoteKind, Reconciliation, Skipped, SkipReason
from incasso.claims.claim import Claim
from incasso.law.money import ZERO, plain
from incasso.staff.outside import Outside

# (dossier id, amount): who holds a credit, or whose payment naming it was taken back.
_Holders = dict[str, list[tuple[str, Decimal]]]


def bank_record(
    bank: Reconciliation | None, claims: Sequence[Claim] = (), outside: Sequence[Outside] = ()
) -> dict | None:
    """The day payments are processed up to, every credit to assign (`unassigned`), every credit read with what
    became of it (`credits`) and every return read (`returns`); None without a bank/ folder. `claims`: the
    dossiers, whose payments naming a bank entry (`bank_ref`) say who holds it. `outside`: the credits of invoices
    outside the ledger (staff.outside): still unassigned, each marked with the invoice numbers it named
    (`outside_ledger`, a key only they have, so a claims.json without the setting is as before)."""
    if bank is None:
        return None
    credits = _credits(bank, _holders(claims))
    named = {id(found.item.entry): list(found.numbers) for found in outside}
    for entry, record in credits:
        if id(entry) in named and record["status"] == "unassigned":
            record["outside_ledger"] = named[id(entry)]
    return {
        "payments_until": _day(bank.payments_until),
        "unassigned": _unassigned(credits),
        "set_aside": _set_aside(bank),
        "credits": [record for _, record in credits],
        "returns": _returns(bank, credits),
    }


def rests(bank: Reconciliation) -> int:
    """How many credits staff booked in part, their rest no dossier's yet: to assign as a credit no rule placed."""
    return sum(1 for n in bank.notes if n.kind == NoteKind.PART_UNASSIGNED and n.amount)


def _holders(claims: Sequence[Claim]) -> _Holders:
    """Per bank entry, the dossiers whose payments name it, each with the amount it counts."""
    found: _Holders = defaultdict(list)
    for claim in claims:
        for payment in claim.debtor.payments:
            if payment.bank_ref:
                found[payment.bank_ref].append((claim.debtor.id, payment.amount))
    return found


def _credits(bank: Reconciliation, holders: _Holders) -> list[tuple[BankEntry, dict]]:
    """Every credit read, in the order read, with its record; a batch a payment names whole as one (its
    transactions are that payment's together)."""
    fate = {id(s.entry): s for s in bank.skipped}
    matched = {id(m.entry): m.found.debtor_id for m in bank.matched}
    left = {
        (n.entry.reference, n.entry.credited): n.amount
        for n in bank.notes
        if n.kind == NoteKind.PART_UNASSIGNED and n.entry and n.amount is not None
    }
    returned = _named_returns(bank)
    aside: dict[tuple, Decimal] = defaultdict(Decimal)  # per credit, what of it staff set aside as no debtor's
    for found_aside in bank.set_aside:
        aside[(found_aside.entry.reference, found_aside.entry.booked)] += found_aside.item.amount
    naming = holders.keys() | {reference for reference, _ in aside}
    found: list[tuple[BankEntry, dict]] = []
    batches: dict[tuple, dict] = {}
    for entry in (e for s in bank.statements for e in s.entries if e.direction == Direction.CREDIT):
        skipped = fate.get(id(entry))
        whole = _named_whole(entry, skipped, naming)
        if whole is not None:
            key = (whole, entry.booked)
            if key in batches:
                batches[key]["amount"] = plain(Decimal(batches[key]["amount"]) + entry.amount)
                continue
            entry = _as_batch(entry, whole)  # the batch stands for its transactions
            batches[key] = _record(entry, skipped, matched, holders, returned)
            found.append((entry, batches[key]))
            continue
        found.append((entry, _record(entry, skipped, matched, holders, returned)))
    for entry, record in found:  # a batch's total known: what of it no dossier holds (a smaller return staff
        # settled leaves none: the reconciliation's notes say what is left), and what of it is no debtor's
        if record["status"] != "booked" or record["unassigned"] is None:
            continue
        rest = left.get((entry.reference, entry.credited))
        record["unassigned"] = plain(rest) if rest is not None else record["unassigned"]
        set_aside = aside.get((entry.reference, entry.booked), ZERO)
        record["set_aside"] = plain(set_aside)
        if set_aside and not record["booked_to"]:
            record["status"] = "set_aside"
    return found


def _named_whole(entry: BankEntry, skipped: Skipped | None, naming: Collection[str]) -> str | None:
    """The batch's reference when `entry` is a transaction of a batch that payments (or a set-aside) name whole;
    `naming`: the bank entries they name."""
    if skipped is None or skipped.reason != SkipReason.NAMED or entry.batch is None:
        return None
    return entry.batch[0] if entry.reference not in naming and entry.batch[0] in naming else None


def _as_batch(entry: BankEntry, reference: str) -> BankEntry:
    """A batch's transaction standing for the batch, under the batch's reference (its amount added up after)."""
    return replace(entry, reference=reference, batch=None, text="", creditor_reference=None)


def _record(
    entry: BankEntry,
    skipped: Skipped | None,
    matched: dict[int, str],
    holders: _Holders,
    returned: _Holders,
) -> dict:
    """One credit's record: whose it is and how much, what is left, the return, or why it counts nowhere."""
    record: dict = {
        "bank_ref": entry.reference,
        "date": _day(entry.credited or entry.booked),
        "amount": plain(entry.amount),
        "currency": entry.currency,
        "payer": entry.payer_name,
        "account": entry.payer_iban,
        "status": "booked",
        "booked_to": [],
        "unassigned": None,
        "set_aside": None,
        "returned": None,
        "skipped": None,
    }
    none = plain(ZERO)
    if id(entry) in matched:
        return record | {"booked_to": [_held(matched[id(entry)], entry.amount)], "unassigned": none, "set_aside": none}
    if skipped is None:
        return record | {"status": "unassigned", "unassigned": plain(entry.amount), "set_aside": none}
    if skipped.reason == SkipReason.RETURNED:
        return record | {"status": "returned", "returned": _returned(skipped, returned)}
    held = [_held(debtor_id, amount) for debtor_id, amount in holders.get(entry.reference, ())]
    if skipped.reason == SkipReason.NAMED:
        return record | {"booked_to": held, "unassigned": plain(ZERO)}
    if held and skipped.reason in (SkipReason.OTHER_CURRENCY, SkipReason.NOT_YET):
        return record | {"booked_to": held}  # a payment holds it (in euros): what is left says nothing then
    return record | {"status": "skipped", "skipped": str(skipped.reason)}


def _held(debtor_id: str, amount: Decimal) -> dict:
    return {"id": debtor_id, "amount": plain(amount)}


def _named_returns(bank: Reconciliation) -> _Holders:
    """Per bank entry, the payments naming it that count no more (the bank took it back): dossier and amount."""
    found: _Holders = defaultdict(list)
    for note in bank.notes:
        if note.kind == NoteKind.NAMED_RETURNED and note.payment and note.debtor_id:
            found[note.payment.bank_ref or ""].append((note.debtor_id, note.payment.amount))
        elif note.kind == NoteKind.NAMED_PART_TAKEN and note.entry and note.amount and note.debtor_id:
            found[note.entry.reference].append((note.debtor_id, note.amount))  # a batch's transaction, as itself
    # A batch named whole part of which came back, whose part the statements cannot say (NAMED_PART_RETURNED): its
    # payments count as written, so no dossier's money came back for sure: its transactions taken back name none.
    unsure = {
        (note.payment.bank_ref, note.entry.booked)
        for note in bank.notes
        if note.kind == NoteKind.NAMED_PART_RETURNED and note.payment and note.entry
    }
    for skipped in bank.skipped_for(SkipReason.RETURNED) if unsure else ():
        batch = skipped.entry.batch
        if batch is not None and (batch[0], skipped.entry.booked) in unsure:
            found[skipped.entry.reference] = []
    return found


def _returned(skipped: Skipped, named: _Holders) -> dict:
    """The return that took a credit back, and whose money it was: the payments that named it, each with its
    amount, or the dossier it would have paid; none when it named none, or the statements cannot say whose."""
    entry, back = skipped.entry, skipped.related
    if skipped.named and entry.reference in named:
        whose = named[entry.reference]
    elif skipped.named:
        whose = [(debtor_id, entry.amount) for debtor_id in skipped.named[:1]]
    else:
        whose = [(skipped.debtor_id, entry.amount)] if skipped.debtor_id else []
    return {
        "date": _day(back.booked) if back else None,
        "bank_ref": back.reference if back else None,
        "reason": back.return_reason if back else None,
        "dossiers": [_held(debtor_id, amount) for debtor_id, amount in whose],
    }


def _returns(bank: Reconciliation, credits: list[tuple[BankEntry, dict]]) -> list[dict]:
    """Every return or reversal read that counts (a copy in a second export is left out), with the credit it
    took back (null when that credit is in no statement read, nor kept by the payments naming it, its statement
    archived) and whose money that was (the credit's `returned.dossiers`; of an archived one, the payments naming
    it). One that debited more than that credit, as it says itself, has `charges`: what it debited beyond it (the
    creditor's cost), a key only such a return has; one that names charges booked apart, not in what it debits, has
    `charges_apart` (the creditor's cost too), beside `charges` or alone. One staff answered in creditor.yaml
    (bank_returns: which credit it took back, or none) has `answer`: where, and why."""
    whose = {id(entry): record["returned"]["dossiers"] for entry, record in credits if record["returned"]}
    # A credit whose statement is archived is in no statement read (nor in `credits`): the payments naming it say whose.
    named = _named_returns(bank)
    for taken in bank.skipped_for(SkipReason.RETURNED):
        if taken.entry.archived:
            whose[id(taken.entry)] = _returned(taken, named)["dossiers"]
    records = []
    for s in bank.skipped_for(SkipReason.RETURN):
        answer = bank.answer_of(s.entry)
        said = {"answer": {"place": answer.place, "reason": answer.answer.reason}} if answer is not None else {}
        dossiers = whose.get(id(s.related), []) if s.related is not None else []
        records.append(_return(s.entry, s.related, dossiers) | said)
    return records


def returns_taken(bank: Reconciliation) -> list[dict]:
    """Of each return `returns` lists, what tells which payment it takes back: its entry, its day, and the credit it
    takes back (the next build finds a payment counting again by these: staff.changes._released)."""
    return [_taken(s.entry, s.related) for s in bank.skipped_for(SkipReason.RETURN)]


def _taken(back: BankEntry, credit: BankEntry | None) -> dict:
    return {"bank_ref": back.reference, "date": _day(back.booked), "credit": credit.reference if credit else None}


def _return(back: BankEntry, credit: BankEntry | None, dossiers: list[dict]) -> dict:
    record = _taken(back, credit) | {"amount": plain(back.amount), "reason": back.return_reason, "dossiers": dossiers}
    charges = {"charges": plain(back.charges)} if back.charges else {}
    return record | charges | ({"charges_apart": plain(back.apart)} if back.apart else {})


def _set_aside(bank: Reconciliation) -> list[dict]:
    """The bank money staff set aside as no debtor's (creditor.yaml's bank_set_aside), each with the credit it is
    of and why, by date and entry: it counts for no dossier, and is not lost from sight."""
    items = [
        {
            "date": aside.item.date.isoformat(),
            "amount": plain(aside.item.amount),
            "credit_amount": plain(aside.entry.amount),
            "payer": aside.entry.payer_name,
            "bank_ref": aside.item.bank_ref,
            "reason": aside.item.reason,
        }
        for aside in bank.set_aside
    ]
    return sorted(items, key=lambda item: (item["date"], item["bank_ref"], Decimal(item["amount"])))


def _unassigned(credits: list[tuple[BankEntry, dict]]) -> list[dict]:
    """What staff must assign: every credit no rule placed, and the rest of one booked in part, by date, amount
    and entry; `credit_amount` what the credit brought."""
    items = [
        {
            "date": record["date"],
            "amount": record["unassigned"],
            "payer": record["payer"],
            "bank_ref": record["bank_ref"],
            "credit_amount": record["amount"],
        }
        | ({"outside_ledger": record["outside_ledger"]} if "outside_ledger" in record else {})
        for _, record in credits
        if record["status"] in ("booked", "unassigned", "set_aside")
        and record["unassigned"] is not None
        and Decimal(record["unassigned"]) > 0
    ]
    return sorted(items, key=lambda item: (item["date"] or "", Decimal(item["amount"]), item["bank_ref"]))


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None
