"""The demo ledger's bank/ folder: Rabobank exports that show every case the reconciliation knows.

    python -m tests.support.demo_bank      # (re)writes ledger/bank and the tests' copy, tests/fixtures/demo/ledger/bank

- MT940, 26-30 October: a debit, and Fatima El Amrani's second instalment,
  which her file names (`bank_ref: 2610300042`);
- camt.053 with a statement per day, 2-13 November: a debit; Peter de Graaf
  (D-1014) writing "rf 22 d1014" in his text; Anouk de Wit (D-1006) naming
  invoice F2026-0092; Sandra Meijer (D-1008) paying with the structured
  reference, which her bank recalled three days later (returned: neither
  counts); EUR 2,395.00 from "M VD BERG" that names no dossier (unmatched:
  staff assign it); a pending entry;
- a zip with 16-20 November (the municipality's budget management paying
  Jeroen Kuipers's first settlement instalment, D-1017, and Restaurant De
  Gulden Waag, D-1004, each with the structured reference; the credit bank
  paying Lisa Koster's settlement, D-1018, naming invoice F2026-0072) and a
  statement of the savings account;
- 18 November exported a second time (counted once).

The payments of D-1004, D-1006, D-1014, D-1017 and D-1018 came in through the
bank, so their files hold none: the figures of the first three are the ones
their files held before.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking, camt053, mt940, write_bank, zipped

ACCOUNT = "NL34RABO0372918465"  # ledger/creditor.yaml
SAVINGS = "NL39RABO0101234567"
REPO = Path(__file__).resolve().parents[2]
# The demo as shipped (ledger/, a user's own ledger later) and the tests' copy of it (tests.support.site.DEMO_LEDGER).
LEDGERS = (REPO / "ledger", REPO / "tests" / "fixtures" / "demo" / "ledger")
OPENING = Decimal("18240.55")

OCTOBER = [
    Booking("1250.00", date(2026, 10, 27), credit=False, ref="2610270017", name="Technische Unie B.V.",
            iban="NL74ABNA0529174386", text="Inkoop september klantnr 88120"),
    Booking("460.00", date(2026, 10, 30), ref="2610300042", name="F. El Amrani", iban="NL32INGB0006518329",
            text="Termijn 2 cv ketel"),
]  # fmt: skip
EARLY_NOVEMBER = [
    Booking("1843.27", date(2026, 11, 3), credit=False, ref="2026110300011", name="Technische Unie B.V.",
            iban="NL74ABNA0529174386", text="Inkoop oktober klantnr 88120"),
    Booking("320.00", date(2026, 11, 4), ref="2026110400027", name="P. de Graaf", iban="NL91RABO0317650428",
            text="betaling rf 22 d1014 cv ketel"),
    Booking("200.00", date(2026, 11, 6), ref="2026110600008", name="A. de Wit", iban="NL66INGB0003916274",
            text="Factuur F2026-0092 thermostaat"),
    Booking("150.00", date(2026, 11, 9), ref="2026110900031", name="S. Meijer", iban="NL73SNSB0932847165",
            end_to_end="SM20261109A", scor=rf_reference("D-1008")),
    Booking("150.00", date(2026, 11, 12), credit=False, ref="2026111200004", name="S. Meijer",
            iban="NL73SNSB0932847165", end_to_end="SM20261109A", return_reason="FOCR"),
    Booking("2395.00", date(2026, 11, 12), ref="2026111200019", name="M VD BERG", iban="NL40ASNB0708244196",
            text="cv ketel merelstraat"),
    Booking("85.00", date(2026, 11, 13), status="PDNG", name="J. Bos", iban="NL45INGB0007421553",
            text="voorschot onderhoud"),
]  # fmt: skip
LATE_NOVEMBER = [
    Booking("300.00", date(2026, 11, 16), ref="2026111600021", name="GEMEENTE UTRECHT BUDGETBEHEER",
            iban="NL86BNGH0285170561", end_to_end="BB202611160417", scor=rf_reference("D-1017")),
    Booking("64.95", date(2026, 11, 17), credit=False, ref="2026111700002", name="KPN B.V.",
            iban="NL32RABO0150338421", text="Telefoon en internet november"),
    Booking("1200.00", date(2026, 11, 18), ref="2026111800014", name="RESTAURANT DE GULDEN WAAG VOF",
            iban="NL91RABO0317650428", scor=rf_reference("D-1004")),
    Booking("440.00", date(2026, 11, 19), ref="2026111900035", name="KREDIETBANK UTRECHT", iban="NL85BNGH0285008977",
            text="Saneringskrediet L. Koster uw factuur F2026-0072"),
    Booking("3120.00", date(2026, 11, 20), credit=False, ref="2026112000003", name="Salarisadministratie",
            iban="NL74ABNA0529174386", text="Lonen november"),
]  # fmt: skip
EIGHTEENTH = date(2026, 11, 18)  # exported a second time on its own
INTEREST = [Booking("12.40", date(2026, 11, 20), ref="2026112000090", name=None, iban=None, text="Rente")]


def _after(opening: Decimal, bookings: list[Booking]) -> Decimal:
    return opening + sum((b.signed for b in bookings if b.status == "BOOK"), Decimal(0))


def demo_files() -> dict[str, bytes]:
    """The files of ledger/bank, by name."""
    november = _after(OPENING, OCTOBER)  # each statement opens with the one before's closing: no gap
    late = _after(november, EARLY_NOVEMBER)
    day_18 = _after(late, [b for b in LATE_NOVEMBER if b.booked < EIGHTEENTH])
    return {
        "rabobank_mt940_2026-10-26_2026-10-30.sta": mt940(ACCOUNT, OCTOBER, opening=str(OPENING), dialect="rabo"),
        "rabobank_camt053_2026-11-02_2026-11-13.xml": camt053(
            ACCOUNT, EARLY_NOVEMBER, opening=str(november), per_day=True, message_id="RABO-CAMT053-20261113"
        ),
        "rabobank_camt053_2026-11-16_2026-11-20.zip": zipped(
            {
                f"camt053_{ACCOUNT}_2026-11-16_2026-11-20.xml": camt053(
                    ACCOUNT, LATE_NOVEMBER, opening=str(late), per_day=True, message_id="RABO-CAMT053-20261120"
                ),
                f"camt053_{SAVINGS}_2026-11.xml": camt053(
                    SAVINGS, INTEREST, opening="25000.00", message_id="RABO-CAMT053-SPAAR-202611"
                ),
            }
        ),
        "rabobank_camt053_2026-11-18.xml": camt053(
            ACCOUNT,
            [b for b in LATE_NOVEMBER if b.booked == EIGHTEENTH],
            opening=str(day_18),
            message_id="RABO-CAMT053-20261118",
        ),
    }


def main() -> None:
    for ledger in LEDGERS:
        write_bank(ledger, demo_files())


if __name__ == "__main__":
    main()
