"""However the exports overlap, in whatever format: no payment is counted twice, none is lost."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incasso.bank.books import read_books
from incasso.bank.reconcile import SkipReason
from incasso.payments.reference import format_rf, rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank, zipped
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

START = date(2026, 10, 1)
AS_OF = START + timedelta(days=40)
DEBTORS = ("D-1", "D-2", "D-3")
FORMATS = ("camt", "camt-daily", "camt-zip", "mt940-ing", "mt940-rabo")


@st.composite
def credits(draw):
    """The payments that really arrived: (booking, the dossier it pays or None, named by hand)."""
    count = draw(st.integers(1, 18))
    found = []
    for n in range(count):
        cents = draw(st.integers(1, 2_000_000))
        day = START + timedelta(days=draw(st.integers(0, 45)))  # some after AS_OF: not known yet
        target = draw(st.sampled_from((*DEBTORS, None)))
        how = draw(st.sampled_from(("scor", "text", "invoice", "hand")))
        text, scor = "onbekende betaling", None
        if target and how == "scor":
            scor = rf_reference(target)
        elif target and how == "text":
            text = f"betaling {format_rf(rf_reference(target)).lower()}"
        elif target and how == "invoice":
            text = f"factuur F2026-{target}"
        booking = Booking(str(Decimal(cents) / 100), day, ref=f"R{n}", scor=scor, text=text)
        found.append((booking, target, bool(target) and how == "hand"))
    return found


@st.composite
def exports(draw, bookings: list[Booking]):
    """Overlapping exports: every booking in at least one, many in several, a day sometimes twice."""
    count = draw(st.integers(1, 4))
    files: list[list[Booking]] = [[] for _ in range(count)]
    for booking in bookings:
        homes = draw(st.sets(st.integers(0, count - 1), min_size=1))
        for home in homes:
            files[home].append(booking)
    debit = Booking("12.34", START, credit=False, ref="DEBIT", text="huur")
    return [(draw(st.sampled_from(FORMATS)), [*entries, debit]) for entries in files]


def written(kind: str, entries: list[Booking]) -> tuple[str, bytes]:
    if kind == "camt":
        return ".xml", camt053(CREDITOR_IBAN, entries)
    if kind == "camt-daily":
        return ".xml", camt053(CREDITOR_IBAN, entries, per_day=True)
    if kind == "camt-zip":
        return ".zip", zipped({"statement.xml": camt053(CREDITOR_IBAN, entries, per_day=True)})
    return ".sta", mt940(CREDITOR_IBAN, entries, dialect=kind.removeprefix("mt940-"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_payment_is_counted_twice_or_lost(tmp_path_factory, data):
    arrived = data.draw(credits())
    files = data.draw(exports([booking for booking, _, _ in arrived]))
    people = []
    for debtor_id in DEBTORS:
        hand = [
            payment(date=b.booked, amount=b.money, bank_ref=b.ref)
            for b, target, by_hand in arrived
            if target == debtor_id and by_hand and b.booked <= AS_OF
        ]
        people.append(
            valid_debtor(
                id=debtor_id, invoices=[invoice(number=f"F2026-{debtor_id}")], **({"payments": hand} if hand else {})
            )
        )
    root = write_ledger(tmp_path_factory.mktemp("property"), creditor=valid_creditor(interest="none"), debtors=people)
    for n, (kind, entries) in enumerate(files):
        suffix, content = written(kind, entries)
        write_bank(root, {f"export-{n}{suffix}": content})

    books = read_books(root, AS_OF)
    bank = books.bank
    assert bank is not None
    counted = Counter(m.entry.reference for m in bank.matched)
    counted += Counter(u.entry.reference for u in bank.unmatched)
    counted += Counter(s.entry.reference for s in bank.skipped if s.reason == SkipReason.NAMED)
    known = [b for b, _, _ in arrived if b.booked <= AS_OF]
    assert counted == Counter(b.ref for b in known)  # each known credit exactly once
    for debtor in books.ledger.debtors:
        expected = Counter((b.ref, b.money) for b, target, _ in arrived if target == debtor.id and b.booked <= AS_OF)
        assert Counter((p.bank_ref, p.amount) for p in debtor.payments) == expected
    later = Counter(b.ref for b, _, _ in arrived if b.booked > AS_OF)
    not_yet = [s for s in bank.skipped if s.entry.reference in later]
    # Each booked later is not known yet, once; another export's copy of it is a copy of that one.
    assert Counter(s.entry.reference for s in not_yet if s.reason == SkipReason.NOT_YET) == later
    copies = [s for s in not_yet if s.reason != SkipReason.NOT_YET]
    assert all(s.reason == SkipReason.DUPLICATE and s.related.reference == s.entry.reference for s in copies)
