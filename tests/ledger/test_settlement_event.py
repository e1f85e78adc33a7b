"""A `settlement` event (minnelijk akkoord): its fields and their rules as the ledger reads them
(docs/ledger-format.md, "A settlement"). What was owed on its day, and one running while another does, are rules
of the day (tests/claims/test_accord.py)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.ledger.load import load_ledger
from incasso.ledger.model import EventType, PauseAsker
from tests.support.ledgers import COUNSELLOR, debtor_file_problems, event, valid_debtor, where, write_ledger

AGREED = date(2026, 11, 28)


def _settlement(**fields: object) -> dict:
    return event(AGREED, "settlement", **fields)


def test_a_settlement_by_a_day_is_read_with_its_amount_day_and_who_agreed_it(tmp_path: Path) -> None:
    agreed = _settlement(
        amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative", reason="saneringskrediet"
    )
    root = write_ledger(tmp_path, debtors=[valid_debtor(representative=COUNSELLOR, events=[agreed])])
    (read,) = load_ledger(root).debtors[0].events
    assert read.type == EventType.SETTLEMENT
    assert read.amount == Decimal("600.00")
    assert read.pay_by == date(2027, 1, 31)
    assert read.asked_by == PauseAsker.REPRESENTATIVE
    assert read.reason == "saneringskrediet"
    assert read.installments == ()


def test_a_settlement_in_instalments_is_read_with_them(tmp_path: Path) -> None:
    parts = [{"due": date(2026, 12, 20), "amount": Decimal("20.00")}, {"due": date(2027, 1, 20), "amount": 20}]
    root = write_ledger(tmp_path, debtors=[valid_debtor(events=[_settlement(amount=40, installments=parts)])])
    (read,) = load_ledger(root).debtors[0].events
    assert [(i.due, i.amount) for i in read.installments] == [
        (date(2026, 12, 20), Decimal("20.00")),
        (date(2027, 1, 20), Decimal("20")),
    ]
    assert read.pay_by is None


def test_every_bad_field_of_a_settlement_is_said_at_once_at_its_place(tmp_path: Path) -> None:
    both = _settlement(
        amount=Decimal("40.00"),
        pay_by=date(2027, 1, 31),
        installments=[{"due": date(2026, 12, 20), "amount": Decimal("20.00")}],
    )
    neither = _settlement(amount=Decimal("600.00"))
    early = _settlement(amount=Decimal("600.00"), pay_by=date(2026, 11, 1))
    short = _settlement(
        amount=Decimal("60.00"),
        installments=[
            {"due": date(2026, 12, 20), "amount": Decimal("20.00")},
            {"due": date(2026, 11, 2), "amount": 20},
        ],
    )
    nothing = _settlement(amount=Decimal("0"), pay_by=date(2027, 1, 31))
    asked = _settlement(amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative")
    doc = valid_debtor(events=[both, neither, early, short, nothing, asked])
    path, problems = debtor_file_problems(tmp_path, doc)
    said = "\n".join(problems)
    assert f"{path}:{where(doc, 'events[0].installments')}: events[0].installments: a settlement is paid by one" in said
    assert f"{path}:{where(doc, 'events[1].amount')}: events[1].pay_by: is required, or installments" in said, said
    assert (
        f"{path}:{where(doc, 'events[2].pay_by')}: events[2].pay_by: must not be before the settlement was agreed "
        "(2026-11-28) (got 2026-11-01)" in said
    )
    assert (
        f"{path}:{where(doc, 'events[3].installments')}: events[3].installments: add up to 40.00, not the agreed "
        "amount (60.00): make them add up to it (got 40.00)" in said
    ), said
    assert f"{path}:{where(doc, 'events[3].installments[1].due')}: events[3].installments[1].due: must not be" in said
    assert f"{path}:{where(doc, 'events[4].amount')}: events[4].amount: must be greater than 0" in said
    assert (
        f"{path}:{where(doc, 'events[5].asked_by')}: events[5].asked_by: is representative, but no representative"
        in said
    )
    assert len(problems) == 7, said


def test_a_settlement_of_named_invoices_is_refused_with_what_to_do(tmp_path: Path) -> None:
    """One of part of the dossier is not built (docs: the whole claim): `invoices` is no field of it, said as such."""
    doc = valid_debtor(events=[_settlement(amount=600, pay_by=date(2027, 1, 31), invoices=["F2026-0001"])])
    path, problems = debtor_file_problems(tmp_path, doc)
    assert any(p.startswith(f"{path}:") and "events[0].invoices" in p for p in problems), problems


def test_the_dutch_words_for_a_settlement_name_the_type(tmp_path: Path) -> None:
    doc = valid_debtor(events=[event(AGREED, "minnelijk akkoord", amount=600, pay_by=date(2027, 1, 31))])
    _, problems = debtor_file_problems(tmp_path, doc)
    assert any("did you mean 'settlement'?" in p for p in problems), problems


def test_a_settlement_after_a_handover_is_refused_at_its_type(tmp_path: Path) -> None:
    """Recorded after the file went to the agency, the page said both "Betaal voortaan aan Incassobureau ..." and
    "wij schelden de rest kwijt ... neem contact met ons op ... wij gaan verder met onze brieven"."""
    handover = event(
        date(2026, 8, 1),
        "handover",
        agency="Incasso B.V.",
        agency_phone="030 123 45 67",
        agency_email="dossiers@incasso.example.nl",
    )
    doc = valid_debtor(events=[handover, _settlement(amount=Decimal("600.00"), pay_by=date(2027, 1, 31))])
    path, problems = debtor_file_problems(tmp_path, doc)
    (said,) = problems
    assert said.startswith(f"{path}:{where(doc, 'events[1].type')}: events[1].type: a settlement after the handover"), (
        said
    )
    assert "(events[0], 2026-08-01)" in said and "the agency" in said
