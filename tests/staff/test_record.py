"""The event a dossier offers to paste: pasted into the debtor's file, it records the step."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.ledger.problems import LedgerError
from incasso.staff.language import speaking
from incasso.staff.overview import next_step
from incasso.staff.record import record_lines
from tests.support.site import DEMO_LEDGER, ledger_as_built

DAY = date(2026, 11, 22)


def pasted(text: str, lines: str) -> str:
    """`lines` added at the end of the file's `events:` list (a new list when it has none)."""
    rows = text.splitlines()
    if "events:" not in rows:
        return text.rstrip("\n") + "\nevents:\n" + lines + "\n"
    start = rows.index("events:") + 1
    end = next((i for i in range(start, len(rows)) if rows[i] and not rows[i].startswith((" ", "#"))), len(rows))
    return "\n".join(rows[:end] + lines.splitlines() + rows[end:]) + "\n"


def due_steps(root: Path):
    ledger = ledger_as_built(root)
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, DAY)
        step = next_step(claim)
        if step is not None and step.is_due(DAY):
            yield debtor, step, record_lines(step, debtor, DAY)


def test_every_step_due_in_the_demo_has_its_event_to_paste_but_a_check():
    offered = {debtor.id: (step.kind, lines) for debtor, step, lines in due_steps(DEMO_LEDGER)}
    assert {kind for kind, lines in offered.values() if lines is None} <= {
        "check_promise",
        "check_installment",
        "reminder",
    }
    assert any(lines for _, lines in offered.values())
    # The instalment's reminder is a `reminder` to the ledger; D-1012 has a postal address, and an e-mail one.
    assert offered["D-1012"] == (
        "remind_installment",
        "  - date: 2026-11-22\n    type: reminder\n"
        "    channel: letter   # zo schrijven wij deze debiteur; ging hij per e-mail, zet dan email",
    )
    assert offered["D-1014"] == ("refund_credit", "  - date: 2026-11-22\n    type: refund\n    amount: 1.11")
    assert offered["D-1002"] == ("reminder", None)  # no address of any kind: no letter went out


def test_pasted_as_given_each_event_records_its_step(tmp_path):
    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    before = {debtor.id: step for debtor, step, lines in due_steps(root) if lines}
    for debtor, _step, lines in list(due_steps(root)):
        if not lines:
            continue
        lines = lines.replace("spoke_with:", "spoke_with: de debiteur")  # what only staff know
        path = Path(debtor.source.path)
        path.write_text(pasted(path.read_text(encoding="utf-8"), lines), encoding="utf-8")
    after = {debtor.id: step for debtor, step, _ in due_steps(root)}
    for debtor_id, step in before.items():
        assert after.get(debtor_id) != step, debtor_id  # recorded: that step is done


def test_a_call_pasted_without_whom_staff_spoke_to_is_refused(tmp_path):
    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    calls = [(d, lines) for d, step, lines in due_steps(root) if step.kind == "call"]
    assert calls, "the demo has a call due on its day"
    debtor, lines = calls[0]
    assert "    spoke_with:" in lines.splitlines()
    path = Path(debtor.source.path)
    path.write_text(pasted(path.read_text(encoding="utf-8"), lines), encoding="utf-8")
    with pytest.raises(LedgerError, match="spoke_with: is required but empty"):
        load_ledger(root)


def test_only_a_letter_s_event_asks_how_it_went():
    from incasso.staff.record import is_letter

    kinds = {step.kind: is_letter(step) for _, step, _ in due_steps(DEMO_LEDGER)}
    assert kinds == {
        "reminder": True,
        "call": False,
        "handover": False,
        "remind_installment": True,
        "review_dispute": False,
        "refund_credit": False,
    }


def test_a_call_s_dossier_says_what_to_record_when_nobody_answered():
    from incasso.staff.dossier_page import dossier_page
    from incasso.staff.view import staff_book

    ledger = ledger_as_built(DEMO_LEDGER)
    claims = [assess(ledger, d, DAY) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, DAY, "", lambda c: "s/x/")
    row = next(r for r in book.rows if r.id == "D-1005")  # a call is due
    record = dossier_page(book, row).record
    assert record is not None and "    spoke_with:" in record.lines
    assert record.intro.endswith(
        "Niemand bereikt? Leg dan een notitie vast (type: note, channel: phone, note: wat u deed); het gesprek "
        "blijft dan te doen, en de sommatie volgt vanaf 26 november 2026."  # the dunning of 12 November + 14
    )


def test_a_call_without_a_phone_number_says_so_and_offers_a_note_in_writing(tmp_path):
    from incasso.staff.dossier_page import dossier_page
    from incasso.staff.view import staff_book

    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    path = root / "debtors" / "D-1005.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines() if not line.startswith("  phone:")) + "\n")
    ledger = ledger_as_built(root)
    claims = [assess(ledger, d, DAY) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, DAY, "", lambda c: "s/x/")
    record = dossier_page(book, next(r for r in book.rows if r.id == "D-1005")).record
    assert record is not None
    # A note sent in writing does the step (claims.escalation.does_the_call); a visit is a call, said in words.
    assert record.lines == "  - date: 2026-11-22\n    type: note\n    channel: email\n    note:"
    assert record.intro.startswith(
        "Geen telefoonnummer bekend, dus bellen kan niet. Stuur in plaats daarvan een "
        "kort persoonlijk bericht (per e-mail)"
    )
    assert "call met channel: visit" in record.intro
    assert "onder contact: phone: in debtors/D-1005.yaml" in record.intro
    assert "de sommatie vanaf 26 november 2026" in record.intro
    assert "Niemand bereikt?" not in record.intro


def test_a_new_claim_s_final_notice_is_recorded_with_the_costs_its_letter_states(tmp_path):
    """F1's notice was paid in its term; F2's own notice is a new claim's: its letter states 105.00,
    the event to paste records them, and pasted they are what the core charges after its term."""
    from datetime import timedelta
    from decimal import Decimal

    from incasso.letters.due import NO_RECORD
    from pelican.plugins.incasso.letters.generator import day_letters
    from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

    newer = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
    history = [event(date(2026, 3, 3), "final_notice"), event(date(2026, 4, 2), "reminder")]
    history += [event(date(2026, 4, 16), "dunning"), event(date(2026, 4, 23), "call", spoke_with="de klant")]
    paid = [payment(date=date(2026, 3, 10), amount=Decimal("1250.00"), invoice="F2026-0001")]
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), newer], events=history, payments=paid)
    (debtor,) = ledger.debtors
    day = date(2026, 4, 30)
    claim = assess(ledger, debtor, day)
    step = next_step(claim)
    assert (step.kind, step.is_due(day)) == ("final_notice", True)
    (letter,) = day_letters(ledger, claim, NO_RECORD)
    assert letter.costs == Decimal("105.00")
    lines = record_lines(step, debtor, day, letter.costs)
    assert lines.splitlines()[-2:] == [
        "    written: 2026-04-30   # de datum van de brief: later gepost? verander dan alleen date",
        "    costs: 105.00",
    ]
    with speaking(Language.EN):  # the comment in the staff's language, as all they copy
        assert record_lines(step, debtor, day, letter.costs).splitlines()[-2] == (
            "    written: 2026-04-30   # the letter's date: if you post it later, change date above, not this"
        )
    path = Path(debtor.source.path)
    path.write_text(pasted(path.read_text(encoding="utf-8"), lines), encoding="utf-8")
    recorded = load_ledger(Path(debtor.source.path).parent.parent)
    after = assess(recorded, recorded.debtors[0], day + timedelta(days=30))
    assert (after.costs.state, after.costs.amount) == ("charged", Decimal("105.00"))


def test_a_final_notice_written_one_way_offers_only_that_way_to_record(tmp_path):
    # The build wrote D-1005's (a consumer's) notice as a letter only: offering "per e-mail channel: email" let
    # staff record a form that never went, with the e-mail's shorter term and costs a consumer never agreed to.
    from incasso.staff.dossier_page import dossier_page
    from incasso.staff.view import staff_book

    day = date(2026, 11, 26)
    ledger = ledger_as_built(DEMO_LEDGER)
    claims = [assess(ledger, d, day) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, day, "", lambda c: "s/x/")
    records = {r.id: dossier_page(book, r).record for r in book.rows if r.id in ("D-1004", "D-1005")}
    consumer, business = records["D-1005"], records["D-1004"]
    assert consumer is not None and "    channel: letter" in consumer.lines.splitlines()
    assert "per post ging" in consumer.intro and "channel: email" not in consumer.intro
    assert "final_notice_by: email en email_agreed: de dag waarop hij instemde onder contact:" in consumer.intro
    # A business's notice is written both ways: staff send one and say which.
    assert business is not None and "per e-mail channel: email, per post channel: letter" in business.intro


def test_a_final_notice_the_consumer_agreed_to_get_by_e_mail_is_recorded_as_e_mailed(tmp_path):
    from incasso.staff.dossier_page import dossier_page
    from incasso.staff.view import staff_book

    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    path = root / "debtors" / "D-1005.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("contact:\n", "contact:\n  final_notice_by: email\n", 1))
    day = date(2026, 11, 26)
    ledger = ledger_as_built(root)
    claims = [assess(ledger, d, day) for d in ledger.debtors]
    book = staff_book(claims, ledger.creditor, day, "", lambda c: "s/x/")
    record = dossier_page(book, next(r for r in book.rows if r.id == "D-1005")).record
    assert record is not None and "    channel: email" in record.lines.splitlines()
    assert "de e-mail ging" in record.intro
