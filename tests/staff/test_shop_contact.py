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


def build_view(tmp_path, debtor: dict, as_of: date, **policy):
    """The day's task rows and the dossier page's record of the one debtor, as staff see them."""
    from incasso.staff.dossier_page import dossier_page
    from incasso.staff.overview_page import overview_page
    from incasso.staff.view import staff_book

    creditor = valid_creditor(interest="none", **({"policy": policy} if policy else {}))
    ledger = load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=[debtor]))
    claims = [assess(ledger, d, as_of) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, as_of, "", lambda c: f"s/{c.debtor.id}/")
    today = next((s for s in overview_page(book).sections if s.kind == "today"), None)
    return claims[0], today.tasks if today else (), dossier_page(book, book.rows[0])


def test_a_call_to_a_debtor_without_a_phone_says_what_to_do_instead(tmp_path):
    # Session 38: "Bellen" as today's work with "Telefoon ontbreekt" beside it: work nobody can do.
    claim, [task], page = build_view(tmp_path, customer(), date(2026, 10, 27))
    assert claim.next_action is not None and claim.next_action.kind == "call"
    assert task.action.text == "Bericht sturen (geen telefoon)"
    assert task.instead == (
        "Bellen kan niet: er is geen telefoonnummer. Stuur een kort persoonlijk bericht per e-mail en leg het vast "
        "als note met channel: email; dan is deze stap gedaan. Vindt u het nummer, zet het onder contact: phone: en "
        "bel."
    )
    # What there is, not only what is missing.
    assert (task.contact.phone.text, task.contact.email.text) == ("Geen telefoon: per e-mail", "jan@bakkerijdevries.nl")
    assert page.record is not None
    assert page.record.lines == "  - date: 2026-10-27\n    type: note\n    channel: email\n    note:"


def test_a_written_note_does_the_call_step_of_a_debtor_without_a_phone(tmp_path):
    sent = event(date(2026, 10, 27), "note", channel="email", note="Persoonlijk bericht gestuurd.")
    claim, _, _ = build_view(tmp_path, customer(events=[*LETTERS, sent]), date(2026, 10, 28))
    assert claim.next_action is not None and claim.next_action.kind == "final_notice"
    assert claim.next_action.due == date(2026, 11, 3)
    # With a phone a written note is no call: the call step stays.
    claim, _, _ = build_view(
        tmp_path / "b", customer(**{"contact.phone": "+31 6 12345678"}, events=[*LETTERS, sent]), date(2026, 10, 28)
    )
    assert claim.next_action is not None and claim.next_action.kind == "call"


def test_without_a_postal_address_or_e_mail_the_contact_column_says_so(tmp_path):
    debtor = customer(**{"contact.email": MISSING})
    _, [task], _ = build_view(tmp_path, debtor, date(2026, 10, 27))
    assert task.contact.phone.text == "Geen telefoon: per post"
    assert task.contact.email.text == "Geen e-mail: per post, Dorpsstraat 1, 1234 AB Ergens"
    assert "per post" in (task.instead or "") and "channel: letter" in (task.instead or "")


def test_a_creditor_that_never_calls_has_no_call_step(tmp_path):
    claim, tasks, page = build_view(tmp_path, customer(), date(2026, 10, 27), calls=False)
    assert claim.next_action is not None and claim.next_action.kind == "final_notice"
    assert claim.next_action.due == date(2026, 11, 3) and tasks == ()
    # Nobody is called: no phone number is missing for it.
    assert [f for f in page.flags if "telefoon" in f.detail] == []


def test_a_creditor_that_never_calls_offers_a_friendly_note_for_a_part_payment(tmp_path):
    debtor = customer(
        **{"contact.phone": "+31 6 12345678"}, payments=[payment(date=date(2026, 11, 3), amount="200.00")]
    )
    creditor = valid_creditor(interest="none", policy={"calls": False})
    ledger = load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=[debtor]))
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 10))
    (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.PART_PAYMENT]
    assert flag.wording == "part_payment_write"
