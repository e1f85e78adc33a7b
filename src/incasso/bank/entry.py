"""Bank statements as records: each entry carries the file and line it was read from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from incasso.ledger.problems import Source

# What every message about a bank file that cannot be read ends with: the bank's own export is the remedy.
EXPORT_AGAIN = "export it again from the bank"
# ... a statement whose entries do not take its opening balance to its closing one.
INCOMPLETE = f"the file is incomplete or was edited; {EXPORT_AGAIN}"
# ... a file that contradicts itself, or holds what no bank writes.
DAMAGED = f"the file was edited or is damaged; {EXPORT_AGAIN}"


class Direction(StrEnum):
    CREDIT = "credit"  # money in
    DEBIT = "debit"  # money out


class EntryStatus(StrEnum):
    """Whether the bank has booked an entry (camt.053 Sts); MT940 lists booked entries only."""

    BOOKED = "booked"
    PENDING = "pending"
    INFO = "info"


class StatementFormat(StrEnum):
    CAMT053 = "camt.053"
    MT940 = "MT940"


@dataclass(frozen=True)
class BankEntry:
    """One booking on a statement, as the bank wrote it.

    `reference` is the bank's own reference of the entry (camt AcctSvcrRef or
    NtryRef, the MT940 bank reference), the same in every export of the same
    booking; `text` is the free remittance text the payer wrote.
    """

    account: str  # the statement's IBAN, compact
    reference: str
    booked: date | None
    amount: Decimal  # >= 0 (an entry of 0.00 moves nothing and counts for nothing); the direction says which way
    direction: Direction
    status: EntryStatus
    currency: str
    source: Source
    value_date: date | None = None
    reversal: bool = False  # the bank's reversal indicator (camt RvslInd, MT940 RC/RD)
    return_reason: str | None = None  # a SEPA return's reason code (camt RtrInf, MT940 /RTRN/)
    end_to_end: str | None = None
    creditor_reference: str | None = None  # the structured reference (SCOR), compact
    text: str = ""
    payer_name: str | None = None
    payer_iban: str | None = None
    # A transaction of a batch the bank booked as one entry and this export splits: that entry's own
    # reference and amount, by which another export listing the batch whole is known to be the same.
    batch: tuple[str, Decimal] | None = None
    # The transactions of a batch this export lists without the amount of each (so it cannot split
    # it): each one's structured reference and text. The entry pays a dossier only when each names it.
    parts: tuple[tuple[str | None, str], ...] = ()
    # The entry's place in its statement, from 1 (camt.053 Ntry, MT940 :61:); a batch's transactions share
    # their entry's. Two listings alike are two bookings by this, whatever lines the export is laid out in.
    position: int = 0
    # For a return that debits more than the credit it takes back (the payer's bank added its charges or a
    # compensation, an SDD refund's say): that credit's amount, as the entry itself says it (`original_amount`);
    # None when it says none, or no less than the entry's amount.
    original: Decimal | None = None
    # For a return that names charges booked apart (not in what it debits): beside an original amount that is its own
    # (MT940 /OCMT/ with /CHGS/, camt.053 InstdAmt with Chrgs), or marked outside its amount (camt.053 Chrgs/Rcrd with
    # ChrgInclInd false), also beside charges in it (`charges`: its credit's less). What staff read says so, not that
    # it names none, and not only the ones in it.
    apart: Decimal | None = None
    # For a return whose file names an original amount that is its own (MT940 /OCMT/, camt.053 InstdAmt): it says
    # itself that it takes back a credit of all it debits, so no charges staff write of it can be in it (but those
    # it names booked apart, when the bank said they were in it after all: reconcile._charges_refused).
    whole: bool = False
    # Not read from a statement: a credit whose statement was taken out of bank/ (archived), as the payments in the
    # debtors' files that name it keep it (reconcile._archived_credits; `source` the first of them). A return of it
    # takes it back as any credit.
    archived: bool = False

    @property
    def credited(self) -> date | None:
        """The day the payment was made: the earlier of the booking date and the value date.

        A transfer pays when the creditor's account is credited (art. 6:114 lid 2 BW), and the
        value date is the day the bank credits it with (PSD2 art. 87). A credit that arrives after
        the bank's cut-off or over a weekend is booked a day or more after its value date; the
        debtor's interest, terms and costs then run to the value date. A later value date (a bank
        that credits a booking only days after) does not move the day the money came in.
        """
        if self.booked is None or self.value_date is None:
            return self.booked
        return min(self.booked, self.value_date)

    @property
    def said(self) -> str:
        """What the payer wrote, to show staff: the free text, else the structured reference (a Dutch
        16-digit betalingskenmerk that names no dossier, say)."""
        return self.text or self.creditor_reference or ""

    @property
    def is_return(self) -> bool:
        """A debit that takes back an earlier credit: a reversal or a SEPA return."""
        return self.direction == Direction.DEBIT and (self.reversal or self.return_reason is not None)

    @property
    def taken_back(self) -> Decimal:
        """What of a credit a return takes back: its original amount when it names one, else all it debits."""
        return self.original if self.original is not None else self.amount

    @property
    def charges(self) -> Decimal | None:
        """What a return debits beyond the credit it takes back (`original`): the bank's charges, which the
        creditor bears; None when it debits no more than that credit."""
        return self.amount - self.original if self.original is not None else None

    @property
    def signed(self) -> Decimal:
        return self.amount if self.direction == Direction.CREDIT else -self.amount


@dataclass(frozen=True)
class Statement:
    """One statement of one account: its entries, the last day it covers, and its balances when it has them."""

    account: str
    currency: str
    until: date | None  # the closing balance's date (or the period's end)
    format: StatementFormat
    entries: tuple[BankEntry, ...]
    source: Source
    opening: Decimal | None = None  # signed; None when the statement gives no opening or closing balance
    closing: Decimal | None = None
    opened: date | None = None  # the opening balance's date (or the period's start)
    # The bank's name for the statement (camt.053 Stmt/Id; MT940 :20: and the statement number of :28C:) and
    # its page (camt.053 StmtPgntn or MsgPgntn PgNb; MT940 :28C:'s sequence number): the pages of one
    # statement, chained by their balances, are one listing (bank.reconcile counts their entries together).
    number: str | None = None
    page: int | None = None


def original_amount(amount: Decimal, named: Decimal | None, charges: Decimal | None) -> Decimal | None:
    """The amount of the credit a return of `amount` takes back, when the entry says it is less: the original
    amount it names (`named`), else `amount` less the charges it says are in it; None when it says neither.

    A return of more than its credit (an SDD refund with the debtor's bank's compensation, a return with a fee)
    pairs with the credit of that amount only when the entry itself says so: never by a difference guessed. An
    original amount that is the return's own says the charges it names are not in it (booked apart, as a camt.053
    of version 02, which cannot say whether they are, may have it): it takes back a credit of its whole amount."""
    if named is not None and 0 < named < amount:
        return named
    if named == amount:
        return None
    if charges is not None and 0 < charges < amount:
        return amount - charges
    return None


def with_credit_said(
    back: BankEntry, named: Decimal | None, charges: Decimal | None, outside: Decimal | None = None
) -> BankEntry:
    """The return `back` with what its file says of the credit it takes back, an original amount (`named`) and
    charges: the credit's amount where less than it debits (`original`, `original_amount`), and, of a return that
    takes back all it debits, the charges booked apart (`apart`): named beside an original amount that is its own,
    or said to be outside its amount (`outside`: camt.053's ChrgInclInd false), or both.

    Charges outside the amount of a return that says charges in it too (a credit of less) are kept beside them: both
    are the creditor's cost, and staff read both (the ones in it make it the credit's). An original amount that is
    its own marks it `whole`."""
    original = original_amount(back.amount, named, charges)
    beside = charges if named == back.amount and charges else Decimal(0)
    booked = beside + (outside or Decimal(0))
    return replace(back, original=original, apart=booked or None, whole=named == back.amount)


def credit_said(amount: Decimal, named: Decimal | None, charges: Decimal | None) -> Decimal | None:
    """The amount of the credit one place (an MT940 field, a camt.053 transaction or entry) says, on its own, that a
    return of `amount` takes back: its original amount (`named`), else `amount` less its charges; None when it says
    neither."""
    if named is not None:
        return named
    return amount - charges if charges is not None else None


def places_agree(
    amount: Decimal, one: tuple[Decimal | None, Decimal | None], other: tuple[Decimal | None, Decimal | None]
) -> bool:
    """Whether two places of a return of `amount` (each its original amount and its charges: an MT940 :61: and its
    :86:, a camt.053 transaction and its entry) say the same credit, each in its own words (150.00; charges of 2.50
    in 152.50). An original amount that is the return's own beside the other's charges alone reads as one place
    saying both (`contradicted`): the charges booked apart, a credit of the whole amount."""
    if credit_said(amount, *one) == credit_said(amount, *other):
        return True
    whole, charged = (one, other) if one[0] == amount else (other, one)
    return whole[0] == amount and charged[0] is None


def contradicted(amount: Decimal, named: Decimal | None, charges: Decimal | None, currency: str) -> str | None:
    """What is wrong with a return of `amount` whose one place (an MT940 field, a camt.053 transaction or entry)
    names both the original amount of the credit it takes back (`named`) and the charges in its amount, when the two
    do not make that amount: in words, after the reader has said the two as written; None when it names only one of
    them, or they do.

    A debit counts its charges on top of what it takes back (SWIFT: a debit's /CHGS/ on top of its /OCMT/; ISO 20022:
    InstdAmt is before charges, and the Chrgs the entry's amount holds are in it): 150.00 and 2.50 make a return of
    152.50. Where they do not, the original amount would pair the return with one credit and the charges with
    another (or none): which is right cannot be told, so neither is taken and the file is refused."""
    if named is None or charges is None or named == amount or named + charges == amount:
        return None  # an original amount that is the return's own: the charges are not in it (original_amount)
    return (
        f"they make {currency} {named + charges:.2f}, not the {currency} {amount:.2f} this return debits: it "
        f"contradicts itself on what this return takes back, and which is right cannot be told, so it is tied to no "
        f"credit; {DAMAGED}"
    )


def booked_after(day: date, entries: Iterable[BankEntry], rule: str) -> str | None:
    """What is wrong with a statement whose last day (`day`: camt.053's closing balance date or period end,
    MT940's :62F: date) comes before booked entries of it, in words: how many (a batch's transactions are one
    entry), the latest and its line, and why the day must not (`rule`: what the day is); None when none is later.

    That day is every page's payments stamp (`Statement.until`): before a payment counted, it would say the
    payment is not processed yet. Which date is wrong cannot be told, so the statement is refused, not mended."""
    later = [e for e in entries if e.status == EntryStatus.BOOKED and e.booked is not None and e.booked > day]
    if not later:
        return None
    latest = max(later, key=lambda e: (e.booked or day, e.source.line))
    count = len({e.position for e in later})
    after = (
        f"{count} booked entries are booked after it, up to" if count > 1 else "1 booked entry is booked after it, on"
    )
    return (
        f"but {after} {latest.booked} (line {latest.source.line}): {rule} the statement's last day, after every "
        f"entry it books, and pages say the payments up to that day are processed; the file was edited or is "
        f"damaged; {EXPORT_AGAIN}"
    )
