"""One small dossier for every kind of note (incasso.claims.dossier_notes), each on a day that says it; the
letters' renderer makes its own kinds (DRAWN_NOTES): `notes_of` gives both.

Changes to tests.support.ledgers' one debtor (invoice F2026-0001 of 5 January 2026, due 4 February,
1250.00): `noted(tmp_path)` assesses each and returns its claim and creditor by scenario name.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.claims.dossier_notes import DossierNote, dossier_notes
from incasso.ledger.model import Creditor
from pelican.plugins.incasso.checks import return_address_dropped
from tests.support.ledgers import ADMINISTRATOR, MISSING, event, invoice, one_debtor_ledger, payment

D = Decimal
NEWER = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=D("700.00"))
# A reminder and a dunning letter sent: the final notice is the next step from 5 March 2026.
STEPS_SENT = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
# The same posted abroad: the final notice follows from 5 March too, the dunning letter of Monday 9 February arriving
# 10 days later than at home (claims.timing.step_after_letter).
STEPS_SENT_ABROAD = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 9), "dunning")]
DISPUTED = event(date(2026, 2, 10), "dispute", reason="Niet geleverd")
PLAN = [{"due": date(2026, 4, 15), "amount": D("500.00")}, {"due": date(2026, 3, 15), "amount": D("5000.00")}]
ABROAD = ["Rue de la Loi 155", "1040 Etterbeek", "België"]
CROWDED = ["t.a.v. de administratie", "Afdeling crediteuren", "Kanaalweg 12", "Gebouw C", "3526 KL Utrecht"]
# An invoice dated after the build's day, with a credit note, a payment and a dispute a year after it.
LATER = invoice(
    number="F2026-0009",
    date=date(2026, 12, 5),
    due=date(2027, 1, 4),
    amount=D("100.00"),
    credit_notes=[{"number": "C2027-0001", "date": date(2027, 3, 20), "amount": D("10.00")}],
)

BOTH_LANGUAGES = {"nl": "Onderhoud ovens januari", "en": "Oven maintenance January"}

SCENARIOS: dict[str, tuple[dict, date]] = {
    "email_only": ({"contact.address": MISSING, "events": STEPS_SENT}, date(2026, 3, 6)),
    "abroad": ({"contact.address": ABROAD, "events": STEPS_SENT_ABROAD}, date(2026, 3, 6)),
    "abroad_email": (
        {"contact.address": ABROAD, "contact.final_notice_by": "email", "events": STEPS_SENT_ABROAD},
        date(2026, 3, 6),
    ),
    # Living abroad, their letters p/a an administrator in the Netherlands (ledger-format, "Debtors abroad").
    "abroad_care_of": (
        {"contact.address": ABROAD, "representative": ADMINISTRATOR, "events": STEPS_SENT},
        date(2026, 3, 6),
    ),
    "emailed_unagreed": (
        {"events": [*STEPS_SENT, event(date(2026, 3, 6), "final_notice", channel="email", costs=D("187.50"))]},
        date(2026, 3, 30),
    ),
    # E-mailed on 6 March, the consent given on 20 March (the lawyer's L3c, session 39).
    "emailed_before_consent": (
        {
            "contact.final_notice_by": "email",
            "contact.email_agreed": "2026-03-20",
            "events": [*STEPS_SENT, event(date(2026, 3, 6), "final_notice", channel="email", costs=D("187.50"))],
        },
        date(2026, 3, 30),
    ),
    # 5000.00 paid in the term of the notice of 6 March, which asked it with 16.44 of interest (the lawyer's E1).
    "costs_over_interest": (
        {
            "interest": "statutory",
            "invoices": [invoice(amount=D("5000.00"))],
            "payments": [payment(date=date(2026, 3, 10), amount=D("5000.00"))],
            "events": [event(date(2026, 3, 6), "final_notice", channel="letter", costs=D("625.00"))],
        },
        date(2026, 4, 15),
    ),
    "costs_above": (
        {"events": [event(date(2026, 3, 6), "final_notice", channel="letter", costs=D("900.00"))]},
        date(2026, 3, 30),
    ),
    # The staffel's 187.50 with 21 % VAT (39.37): a creditor that cannot reclaim VAT, costs_vat left off.
    "costs_with_vat": (
        {"events": [event(date(2026, 3, 6), "final_notice", channel="letter", costs=D("226.87"))]},
        date(2026, 3, 30),
    ),
    # The same for a business whose costs follow a final notice (business_costs_from_due off, the default).
    "costs_above_business": (
        {"type": "business", "events": [event(date(2026, 3, 6), "final_notice", channel="letter", costs=D("900.00"))]},
        date(2026, 3, 30),
    ),
    # 1000.00 paid on 2 March, assigned only after the notice of 6 March asked for all 1250.00 with its costs.
    "notice_asked_paid": (
        {
            "payments": [payment(date=date(2026, 3, 2), amount=D("1000.00"))],
            "events": [event(date(2026, 3, 6), "final_notice", channel="letter", costs=D("187.50"))],
        },
        date(2026, 3, 30),
    ),
    # The same for a business whose costs follow a final notice (business_costs_from_due off, the default).
    "notice_asked_paid_business": (
        {
            "type": "business",
            "payments": [payment(date=date(2026, 3, 2), amount=D("1000.00"))],
            "events": [event(date(2026, 3, 6), "final_notice", channel="letter", costs=D("187.50"))],
        },
        date(2026, 3, 30),
    ),
    "costs_below_same_day": (
        {
            "events": [
                event(date(2026, 3, 6), "final_notice", channel="letter"),
                event(date(2026, 3, 6), "final_notice", channel="email", costs=D("90.00")),
            ]
        },
        date(2026, 3, 30),
    ),
    "costs_unknown": (  # a sommatie copied in from before incasso: did it state the costs?
        {"events": [*STEPS_SENT, event(date(2026, 3, 6), "final_notice", channel="letter")]},
        date(2026, 3, 30),
    ),
    "costs_unstated": (
        {
            "invoices": [invoice(), NEWER],
            "events": [event(date(2026, 3, 3), "final_notice"), event(date(2026, 5, 5), "final_notice")],
            "payments": [payment(date=date(2026, 3, 10), amount=D("1250.00"), invoice="F2026-0001")],
        },
        date(2026, 6, 30),
    ),
    "handover_bare": (
        {
            "invoices": [invoice(), NEWER],
            "events": [event(date(2026, 3, 3), "dunning"), event(date(2026, 4, 20), "handover", agency="X")],
        },
        date(2026, 4, 20),
    ),
    "handover_unasked": (
        {
            "invoices": [invoice(), NEWER],
            "events": [event(date(2026, 3, 3), "final_notice"), event(date(2026, 4, 20), "handover", agency="X")],
        },
        date(2026, 4, 20),
    ),
    "disputed_credited": (  # a disputed invoice credited in full: its answer is to be recorded
        {
            "invoices": [
                invoice(),
                invoice(
                    number="F2026-0002",
                    due=date(2026, 2, 4),
                    amount=D("300.00"),
                    credit_notes=[{"number": "C2026-0001", "date": date(2026, 2, 20), "amount": D("300.00")}],
                ),
            ],
            "events": [event(date(2026, 2, 10), "dispute", reason="Niet geleverd", invoices=["F2026-0002"])],
        },
        date(2026, 3, 6),
    ),
    "dated_ahead": (
        {
            "invoices": [invoice(), LATER],
            "payments": [payment(date=date(2027, 2, 20))],
            "events": [event(date(2026, 2, 5), "reminder"), event(date(2027, 2, 20), "dispute", reason="Te duur")],
        },
        date(2026, 3, 6),
    ),
    "costs_from_due": (
        {
            "type": "business",
            "events": [event(date(2026, 3, 6), "final_notice", channel="email", costs=D("100.00"))],
            "creditor_changes": {"policy": {"business_costs_from_due": True}},
        },
        date(2026, 3, 30),
    ),
    "payments": (
        {"payments": [payment(date=date(2025, 1, 20), invoice="F2026-0001"), payment(date=date(2025, 2, 20))]},
        date(2026, 3, 6),
    ),
    "before_first": ({"events": [event(date(2025, 2, 5), "dunning")]}, date(2026, 3, 6)),
    "before_due_written_long_before": (
        {"events": [event(date(2026, 1, 20), "final_notice", channel="letter", written=date(2025, 12, 1))]},
        date(2026, 3, 6),
    ),
    # Sunday 8 March 2026, posted, no written: apart.
    "posted_on_sunday": (
        {"events": [*STEPS_SENT, event(date(2026, 3, 8), "final_notice", channel="letter", costs=D("187.50"))]},
        date(2026, 3, 30),
    ),
    "after_write_off": (
        {"events": [event(date(2026, 3, 1), "written_off"), event(date(2026, 3, 10), "legal")]},
        date(2026, 3, 30),
    ),
    "second_dispute": (
        {"events": [DISPUTED, event(date(2026, 2, 20), "dispute", reason="Te duur")]},
        date(2026, 3, 6),
    ),
    "promise_in_dispute": (
        {"events": [DISPUTED, event(date(2026, 2, 20), "promise", promised_date=date(2026, 3, 1))]},
        date(2026, 3, 6),
    ),
    "plan_in_dispute": (  # out of date order, and adding up to far more than the invoice
        {"events": [DISPUTED, event(date(2026, 2, 20), "arrangement", installments=PLAN)]},
        date(2026, 3, 6),
    ),
    "promise_too_large": (  # 4000.00 typed for 400.00
        {"events": [event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=D("4000.00"))]},
        date(2026, 2, 24),
    ),
    "handover_in_dispute": (
        {"events": [DISPUTED, event(date(2026, 2, 20), "handover", agency="X")]},
        date(2026, 3, 6),
    ),
    "one_line_address": ({"contact.address": "Dorpsstraat 1, 1234 AB Ergens"}, date(2026, 3, 6)),
    "one_line_address_unsplit": ({"contact.address": "Dorpsstraat 1 1234 AB Ergens"}, date(2026, 3, 6)),
    "salutation_other_language": (
        {"language": "en", "contact.salutation": "mevrouw Raman", "invoices[0].description": BOTH_LANGUAGES},
        date(2026, 3, 6),
    ),
    "description_one_language": ({"language": "en"}, date(2026, 3, 6)),  # "Onderhoud ovens januari"
    # Six lines with the name: the window holds five below the return address (the letters' renderer says it).
    "return_address_left_out": ({"contact.address": CROWDED, "events": STEPS_SENT}, date(2026, 3, 6)),
}


def notes_of(claim: Claim, creditor: Creditor) -> tuple[DossierNote, ...]:
    """Every note a build gives the dossier: its own (dossier_notes), then the letters' renderer's (DRAWN_NOTES)."""
    return dossier_notes(claim, creditor) + return_address_dropped([claim], creditor)


def noted(tmp_path: Path) -> dict[str, tuple]:
    """Each scenario's (claim, creditor), assessed on its day."""
    found = {}
    for name, (changes, as_of) in SCENARIOS.items():
        ledger = one_debtor_ledger(tmp_path / name, **changes)
        found[name] = (assess(ledger, ledger.debtors[0], as_of), ledger.creditor)
    return found
