"""s56, real nightly builds: invoice A (1250.00) falls due on 2 November 2026 and has its reminder (3 November), dunning
letter (17 November) and final notice (1 December, costs EUR 187,50, last day 17 December). Invoice B (800.00) falls
due on 10 December, in that term: the handover waits while B climbs its own steps (claims.escalation
._before_handover), its reminder on 18 December, its dunning letter on 1 January 2027, its final notice on the 15th.

B's reminder asked the whole amount, A's with it, but said it was B's: "Factuur B stond nog niet in onze laatste brief
(de sommatie van 1 december 2026). Voor die factuur krijgt u daarom eerst deze brief. De andere bedragen staan er
ook in". Until s56 the next letters counted it for A as well: "voor factuur A twee herinneringen, een aanmaning en
een sommatie", as if A had been reminded again after its final notice. Now each invoice has the letters that were
its own; B's dunning letter asks "opnieuw" of both, as each had a letter before it. It said as B's reminder had
"Voor die factuur krijgt u daarom eerst deze brief": now that B's reminder came first, and now this letter.

D-DISPUTE's B fell due on 31 October and was disputed on 1 November: held apart, the reminder, the dunning letter and
the final notice asked A only; answered on 5 December, B climbs its own steps as one due after the notice. Its
dunning letter counted all four letters for B ("twee herinneringen, een aanmaning en een sommatie"); now only B's own
reminder.

D-AGAIN's A had its final notice posted on 1 December and e-mailed again on the 3rd, to a consumer who had not agreed
to e-mail (it brought no costs: the posted one binds). B's letters named that e-mail before the posted notice ("een
aanmaning, een e-mail (sommatie) en een sommatie"), as a fixed order of kinds had it; each kind is now named where it
was first sent (s64)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import day_letters_text
from tests.support.site import build_site

pytestmark = pytest.mark.slow

B_DUNNED, B_NOTICED = date(2027, 1, 1), date(2027, 1, 15)
STEPS = [
    (date(2026, 11, 3), "reminder", {}),
    (date(2026, 11, 17), "dunning", {}),
    (date(2026, 12, 1), "final_notice", {"costs": Decimal("187.50")}),
    (date(2026, 12, 18), "reminder", {}),  # B's
    (B_DUNNED, "dunning", {}),  # B's
]
DEBTORS = {
    "D-NL": ("nl", "F2026-01"),
    "D-EN": ("en", "F2026-02"),
    "D-DISPUTE": ("nl", "F2026-03"),
    "D-AGAIN": ("nl", "F2026-04"),
    "D-AGAIN-EN": ("en", "F2026-05"),
}
DISPUTED = [  # D-DISPUTE's B, held apart from A's letters, answered after A's final notice
    event(date(2026, 11, 1), "dispute", reason="Te duur", invoices=["F2026-030B"]),
    event(date(2026, 12, 5), "dispute_resolved", invoices=["F2026-030B"], outcome="De prijs klopt"),
]
AGAIN = event(date(2026, 12, 3), "final_notice", channel="email")  # D-AGAIN's A's notice, e-mailed without consent


def _debtor(debtor_id: str, night: date) -> dict:
    """A and B; each step's letter recorded from the night after it."""
    language, prefix = DEBTORS[debtor_id]
    b_due = date(2026, 10, 31) if debtor_id == "D-DISPUTE" else date(2026, 12, 10)
    events = [event(day, step, channel="letter", **more) for day, step, more in STEPS]
    if debtor_id == "D-DISPUTE":
        events = sorted([*events, *DISPUTED], key=lambda e: e["date"])
    if debtor_id.startswith("D-AGAIN"):
        events = sorted([*events, AGAIN], key=lambda e: e["date"])
    return valid_debtor(
        id=debtor_id,
        language=language,
        invoices=[
            invoice(number=f"{prefix}0A", date=date(2026, 10, 3), due=date(2026, 11, 2), amount="1250.00"),
            invoice(number=f"{prefix}0B", date=b_due - timedelta(days=30), due=b_due, amount="800.00"),
        ],
        events=[e for e in events if e["date"] < night],
    )


def _build(tmp_path: Path, night: date) -> dict[str, str]:
    """A night's letters' text by file name."""
    debtors = [_debtor(debtor_id, night) for debtor_id in DEBTORS]
    root = tmp_path / night.isoformat()
    ledger = write_ledger(root, creditor=valid_creditor(), debtors=debtors)
    site = build_site(root, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    return day_letters_text(site.internal / "letters")


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict[str, str]]:
    tmp_path = tmp_path_factory.mktemp("newersteps")
    return {night: _build(tmp_path, night) for night in (B_DUNNED, B_NOTICED)}


def _both(letters: dict[str, str], stem: str) -> list[str]:
    """The letter and the e-mail of `stem`, each there."""
    return [letters[f"{stem}.pdf"], letters[f"{stem}.eml"]]


def test_b_s_dunning_letter_names_a_s_own_letters_and_b_s_reminder(nights):
    for said in _both(nights[B_DUNNED], "D-NL-dunning"):
        steps = "voor factuur F2026-010A een herinnering, een aanmaning en een sommatie, en voor factuur F2026-010B een"
        assert f"Wij hebben u eerder {steps} herinnering gestuurd, maar" in said, said
        assert "twee herinneringen" not in said
        assert "Daarom vragen wij u opnieuw om te betalen, nu met een nieuwe uiterste datum." in said
        # Its reminder was B's first letter, and the last before this one (s56): not "onze laatste brief (de
        # sommatie ...). Voor die factuur krijgt u daarom eerst deze brief".
        first = "Voor die factuur kreeg u daarom eerst onze herinnering van 18 december 2026, en nu deze"
        assert f"Factuur F2026-010B stond nog niet in onze sommatie van 1 december 2026. {first}" in said, said
        assert "onze laatste brief" not in said and "krijgt u daarom eerst" not in said


def test_the_english_dunning_letter_says_the_same(nights):
    for said in _both(nights[B_DUNNED], "D-EN-dunning"):
        steps = (
            "a reminder, a formal reminder and a final notice about invoice F2026-020A, and a reminder about invoice "
            "F2026-020B"
        )
        assert f"We sent you {steps} earlier, but" in said, said
        assert "two reminders" not in said
        assert "So we are asking you again to pay, with a new deadline." in said


def test_b_s_final_notice_names_each_invoice_s_own_letters(nights):
    """Posted only: a consumer who did not agree to a final notice by e-mail gets it by post."""
    letters = nights[B_NOTICED]
    said = letters["D-NL-final_notice.pdf"]
    steps = (
        "voor factuur F2026-010A een herinnering, een aanmaning en een sommatie, en voor factuur F2026-010B een "
        "herinnering en een aanmaning"
    )
    assert f"Wij hebben u {steps} gestuurd" in said, said
    assert "twee aanmaningen" not in said
    said = letters["D-EN-final_notice.pdf"]
    steps = (
        "a reminder, a formal reminder and a final notice about invoice F2026-020A, and a reminder and a formal "
        "reminder about invoice F2026-020B"
    )
    assert f"We have sent you {steps}" in said, said


def test_a_dunning_letter_counts_no_letter_a_dispute_held_b_apart_from(nights):
    for said in _both(nights[B_DUNNED], "D-DISPUTE-dunning"):
        steps = "voor factuur F2026-030A een herinnering, een aanmaning en een sommatie, en voor factuur F2026-030B een"
        assert f"Wij hebben u eerder {steps} herinnering gestuurd, maar" in said, said
        assert "twee herinneringen" not in said


def test_a_notice_e_mailed_after_the_posted_one_is_named_after_it(nights):
    """D-AGAIN: B's dunning letter (posted and e-mailed) and final notice (posted: no consent to e-mail) name A's
    letters in the order they went, the e-mail after the posted notice."""
    a = "voor factuur F2026-040A een herinnering, een aanmaning, een sommatie en een e-mail (sommatie)"
    for said in _both(nights[B_DUNNED], "D-AGAIN-dunning"):
        assert f"Wij hebben u eerder {a}, en voor factuur F2026-040B een herinnering gestuurd, maar" in said, said
    said = nights[B_NOTICED]["D-AGAIN-final_notice.pdf"]
    assert f"Wij hebben u {a}, en voor factuur F2026-040B een herinnering en een aanmaning gestuurd" in said, said
    a = "a reminder, a formal reminder, a final notice and a notice to pay by email about invoice F2026-050A"
    for said in _both(nights[B_DUNNED], "D-AGAIN-EN-dunning"):
        assert f"We sent you {a}, and a reminder about invoice F2026-050B earlier, but" in said, said
    said = nights[B_NOTICED]["D-AGAIN-EN-final_notice.pdf"]
    assert f"We have sent you {a}, and a reminder and a formal reminder about invoice F2026-050B" in said, said
