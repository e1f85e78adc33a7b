"""A webshop that only e-mails (their files in review s38, new3): no phone number is no signal on every debtor,
only beside a step that calls; and a part payment before the next letter offers a friendly note, not a call, to
a debtor without a phone number."""

from __future__ import annotations

from datetime import date

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind, flags
from incasso.staff.view import flag_brief, flag_detail
from tests.support.ledgers import MISSING, event, invoice, payment, valid_creditor, valid_debtor, write_ledger

LETTERS = [event(date(2026, 10, 5), "reminder", channel="email"), event(date(2026, 10, 20), "dunning", channel="email")]


def customer(**changes) -> dict:
    """240.00 due 1 October, a reminder and a dunning letter by e-mail, no phone number."""
    return valid_debtor(
        **{
            "id": "D-1",
            "contact.phone": MISSING,
            "invoices": [invoice(number="F-1", date=date(2026, 9, 1), due=date(2026, 10, 1), amount="240.00")],
            "events": LETTERS,
            **changes,
        }
    )


def found(tmp_path, debtor: dict, as_of: date):
    ledger = load_ledger(write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor]))
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, flags(claim, ledger.creditor.policy)


def test_no_phone_is_no_signal_while_no_step_calls(tmp_path):
    claim, raised = found(tmp_path, customer(), date(2026, 10, 22))
    assert claim.next_action is not None and claim.next_action.kind == "call"
    assert [f.wording for f in raised if f.kind == FlagKind.MISSING_CONTACT] == ["missing_phone"]
    claim, raised = found(tmp_path / "b", customer(events=LETTERS[:1]), date(2026, 10, 10))
    assert claim.next_action is not None and claim.next_action.kind != "call"
    assert [f for f in raised if f.kind == FlagKind.MISSING_CONTACT] == []


def test_no_email_and_no_address_is_still_said(tmp_path):
    debtor = customer(**{"contact.email": MISSING, "contact.address": MISSING, "events": LETTERS[:1]})
    _, raised = found(tmp_path, debtor, date(2026, 10, 10))
    assert [f.wording for f in raised if f.kind == FlagKind.MISSING_CONTACT] == ["missing_everything"]


def test_a_part_payment_without_a_phone_offers_a_friendly_note(tmp_path):
    debtor = customer(payments=[payment(date=date(2026, 11, 3), amount="200.00")])
    _, raised = found(tmp_path, debtor, date(2026, 11, 10))
    (flag,) = [f for f in raised if f.kind == FlagKind.PART_PAYMENT]
    assert flag_brief(flag).label.replace("\xa0", " ") == (
        "Deelbetaling EUR 200,00 op 3 nov 2026 sinds de aanmaning: een vriendelijk bericht sturen?"
    )
    assert "bellen" not in flag_detail(flag)
    with speaking(Language.EN):
        assert "call" not in flag_detail(flag) and "friendly note" in flag_brief(flag).label
