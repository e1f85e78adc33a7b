"""A large synthetic ledger for benchmarks: the demo creditor and N generated debtors."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def write_ledger(root: Path, debtors: int, as_of: date = date(2026, 11, 22)) -> Path:
    """Write `debtors` dossiers of 1-4 invoices, payments and events each; return the folder."""
    (root / "debtors").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "ledger" / "creditor.yaml", root / "creditor.yaml")
    for n in range(debtors):
        lines = [f"id: B-{n:06d}", f"name: Debiteur {n}", f"type: {'consumer' if n % 2 else 'business'}"]
        # A postal address and an e-mail address: each letter is written as a PDF and an e-mail.
        lines += ["contact:", f"  email: debiteur{n}@example.nl", f"  address: [Dorpsstraat {n}, 1234 AB Ergens]"]
        lines.append("invoices:")
        first = as_of - timedelta(days=20 + n % 400)
        for k in range(1 + n % 4):
            day = first + timedelta(days=10 * k)
            lines += [
                f"  - number: B{n:06d}-{k}",
                f"    date: {day}",
                f"    due: {day + timedelta(days=30)}",
                f"    amount: {100 + (n * 37 + k * 11) % 9000}.{n % 100:02d}",
            ]
        if n % 3 == 0:
            lines += ["payments:", f"  - date: {first + timedelta(days=35)}", "    amount: 50"]
        steps = ["reminder", "dunning", "final_notice", "handover"][: n % 5]
        if steps:
            lines.append("events:")
            for k, step in enumerate(steps):
                lines += [f"  - date: {first + timedelta(days=31 + 14 * k)}", f"    type: {step}"]
        (root / "debtors" / f"B-{n:06d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def write_bank_year(
    root: Path, debtors: int, *, mt940_format: bool = False, year_end: date = date(2026, 11, 20)
) -> Path:
    """A year of daily statements of the creditor's account in root/bank: about `debtors` credits in all
    (by structured reference, RF in the text, invoice number, and some nobody's), a debit a day, every
    Friday's statement exported twice, and a return a month."""
    from incasso.payments.reference import rf_reference
    from tests.support.bankfiles import Booking, camt053, mt940, write_bank

    account = "NL34RABO0372918465"  # the demo creditor's, copied by write_ledger
    days = [year_end - timedelta(days=n) for n in range(364, -1, -1) if (year_end - timedelta(days=n)).weekday() < 5]
    per_day = max(1, debtors // len(days))
    files, balance, n = {}, 100_000, 0
    for day in days:
        bookings = [Booking("845.10", day, credit=False, ref=f"{day:%Y%m%d}D", text="inkoop")]
        for k in range(per_day):
            who = f"B-{n % debtors:06d}"
            how = n % 10
            text = scor = None
            if how < 4:
                scor = rf_reference(who)
            elif how < 6:
                text = f"betaling {rf_reference(who).lower()}"
            elif how < 9:
                text = f"factuur B{n % debtors:06d}-0"
            else:
                text = "betaling rekening"
            bookings.append(
                Booking(f"{50 + n % 900}.{n % 100:02d}", day, ref=f"{day:%Y%m%d}{k:05d}", scor=scor, text=text)
            )
            n += 1
        if day.day == 15:  # a return of the day's first credit
            first = bookings[1]
            bookings.append(Booking(first.amount, day, credit=False, ref=f"{day:%Y%m%d}R", return_reason="MD06"))
        opening = f"{balance}.00"
        data = (
            mt940(account, bookings, opening=opening) if mt940_format else camt053(account, bookings, opening=opening)
        )
        balance = int(balance + sum(b.signed for b in bookings if b.status == "BOOK"))
        name = f"{day}.{'sta' if mt940_format else 'xml'}"
        files[name] = data
        if day.weekday() == 4:
            files[f"again-{name}"] = data
    write_bank(root, files)
    return root / "bank"


def write_large_dossier(root: Path, invoices: int = 3000, payments: int = 10_000) -> Path:
    """Write a ledger of one business debtor with many invoices and part-payments (about 0.6 MB)."""
    (root / "debtors").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "ledger" / "creditor.yaml", root / "creditor.yaml")
    start = date(2024, 1, 1)
    lines = ["id: G-000001", "name: Groothandel Veelfactuur B.V.", "type: business", "invoices:"]
    for k in range(invoices):
        day = start + timedelta(days=k * 900 // invoices)
        lines += [
            f"  - number: G{k:06d}",
            f"    date: {day}",
            f"    due: {day + timedelta(days=30)}",
            f"    amount: {50 + (k * 37) % 2000}.{k % 100:02d}",
        ]
    lines.append("payments:")
    for k in range(payments):
        lines += [f"  - date: {start + timedelta(days=35 + k * 900 // payments)}", f"    amount: {20 + (k * 13) % 300}"]
        if k % 5 == 0:
            lines.append(f"    invoice: G{(k * 3) % invoices:06d}")
    (root / "debtors" / "G-000001.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root
