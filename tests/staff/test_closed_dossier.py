"""A closed claim's dossier (paid, settled, written off) reads as closed, and a settlement's sum sits at its top.

s49 left: a settled dossier's invoice row showed "Rente EUR 0,00" once the interest was paid (the open interest),
"Dagen te laat 84" on a claim no longer late (and more each night), and "Fase: Aanmaning"; a paid and a written-off
claim alike. The agreed sum against what was owed was only in the log and the why; and "Totaal te betalen" stood
beside "Wacht op bankafschriften" while the day that decides a settlement was not in the statements read.

One consumer invoice of 1250.00 due 4 February 2026 (tests.support.ledgers.valid_debtor), a reminder on 10 February.
"""

from __future__ import annotations

import functools
import tempfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import Status
from incasso.ledger.model import Language
from incasso.staff.dossier_page import AGREED, TOTAL, _amounts, _badges, _invoices
from incasso.staff.explain import why_stage
from incasso.staff.language import speaking
from incasso.staff.overview import NO_RETURNS
from tests.support.ledgers import COUNSELLOR, event, invoice, one_debtor_ledger, payment

DUE = date(2026, 2, 4)
REMINDER = event(date(2026, 2, 10), "reminder")
SETTLEMENT = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
SETTLED_ON = date(2027, 1, 15)


def _claim(tmp_path: Path, on: date, events=(REMINDER, SETTLEMENT), paid=(), bank_until: date | None = None):
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", representative=COUNSELLOR, payments=list(paid), events=list(events)
    )
    if bank_until is not None:  # a bank folder whose last statement ends that day
        ledger = replace(ledger, bank_until=bank_until)
    return assess(ledger, ledger.debtors[0], on)


@functools.cache
def _creditor():
    """The creditor `_claim` builds with (statutory interest)."""
    with tempfile.TemporaryDirectory() as folder:
        return one_debtor_ledger(Path(folder), interest="statutory").creditor


def _figures(claim):
    """The dossier's figures of `claim`, as its page gives them."""
    return _amounts(claim, (), NO_RETURNS, _creditor())


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


def _row(claim, lang=Language.NL) -> dict[str, str]:
    with speaking(lang):
        (row,) = _invoices(claim)
        stage = _badges(claim)[0].badge.text
    return {"stage": stage, "interest": _plain(row.interest), "late": row.days_overdue}


@pytest.mark.parametrize("on", [date(2027, 1, 20), date(2027, 6, 1)])
def test_a_settled_dossier_says_the_interest_paid_how_late_it_was_paid_and_that_it_is_closed(tmp_path, on) -> None:
    """Paid as agreed on 15 January 2027, 345 days after the due date: so on any later night. The interest counted
    (paid first by the agreed sum, art. 6:44 BW) is said as paid, not as "EUR 0,00" open."""
    claim = _claim(tmp_path, on, paid=[payment(date=SETTLED_ON, amount=Decimal("600.00"))])
    assert claim.status == Status.SETTLED and claim.settlement.interest_open == 0
    interest = claim.settlement.invoices[0].interest
    assert interest > 0
    assert _row(claim) == {
        "stage": "Afgerond na herinnering",
        "interest": f"EUR {interest:.2f} betaald".replace(".", ","),
        "late": str((SETTLED_ON - DUE).days),
    }
    assert _row(claim, Language.EN)["stage"] == "Closed after the reminder"
    assert _row(claim, Language.EN)["interest"] == f"EUR {interest:.2f} paid"
    with speaking(Language.NL):  # its why: the heaviest step, not "tot nu toe" (so far): none comes after it
        assert why_stage(claim)[0].endswith(": de zwaarste stap voor het dossier werd afgerond."), why_stage(claim)


def test_a_paid_dossier_says_how_late_each_invoice_was_paid_not_nothing(tmp_path: Path) -> None:
    """Paid in two parts, the last on 2 March: 26 days late then; before, the column was empty once nothing was open
    (and the interest "EUR 0,00")."""
    paid = [payment(date=date(2026, 2, 20), amount=Decimal("250.00")), payment(date=date(2026, 3, 2), amount="1010")]
    claim = _claim(tmp_path, date(2026, 12, 6), events=(REMINDER,), paid=paid)
    assert claim.status == Status.PAID
    row = _row(claim)
    assert row["stage"] == "Afgerond na herinnering" and row["late"] == "26", row
    assert row["interest"].startswith("EUR ") and row["interest"].endswith(" betaald"), row


def test_a_written_off_dossier_says_written_off_not_to_pay_nor_late_today(tmp_path: Path) -> None:
    """Written off on 15 April 2026 (70 days after the due date): the figures at the top said "Totaal te betalen",
    the invoices' column "Open" and the lateness grew each night; the interest counted till then is written off."""
    written_off = event(date(2026, 4, 15), "written_off", note="Verdere incasso kost meer dan de vordering.")
    claim = _claim(tmp_path, date(2026, 12, 6), events=(REMINDER, written_off))
    assert claim.status == Status.WRITTEN_OFF
    row = _row(claim)
    assert row["stage"] == "Afgerond na herinnering" and row["late"] == "70", row
    assert row["interest"].endswith(" afgeschreven") and "betaald" not in row["interest"], row
    with speaking(Language.NL):
        rows = {r.label: (_plain(r.amount), r.css) for r in _figures(claim)}
    total = fmt_nl(claim.total_due)
    assert "Totaal te betalen" not in rows and rows["Afgeschreven (niet betaald)"] == (total, TOTAL), rows
    assert "Hoofdsom afgeschreven" in rows and not [label for label in rows if "open" in label], rows


def test_an_open_dossier_keeps_its_stage_the_open_interest_and_today_s_lateness(tmp_path: Path) -> None:
    claim = _claim(tmp_path, date(2026, 3, 6), events=(REMINDER,))
    row = _row(claim)
    assert row["stage"] == "Herinnering" and row["late"] == "30" and row["interest"].startswith("EUR "), row
    assert "betaald" not in row["interest"]


def test_the_agreed_sum_against_what_was_owed_is_at_the_top_once(tmp_path: Path) -> None:
    """Settled: "Afgesproken: EUR 600,00 van EUR 1.250,00 · Kwijtgescholden (niet betaald): EUR 650,00" (the glance
    shows the rows of css agreed, total and asked); running: the agreed sum beside what is asked."""
    claim = _claim(tmp_path / "a", date(2027, 1, 20), paid=[payment(date=SETTLED_ON, amount=Decimal("600.00"))])
    owed = claim.accord.owed if claim.accord is not None else None
    remitted = fmt_nl(owed - Decimal("600.00")) if owed is not None else ""
    for lang, top in (
        (
            Language.NL,
            [("Afgesproken", f"EUR 600,00 van {fmt_nl(owed)}"), ("Kwijtgescholden (niet betaald)", remitted)],
        ),
        (
            Language.EN,
            [("Agreed", f"EUR 600.00 of EUR {owed:,.2f}"), ("Remitted (not paid)", f"EUR {owed - 600:,.2f}")],
        ),
    ):
        with speaking(lang):
            rows = _figures(claim)
        glance = [(r.label, _plain(r.amount)) for r in rows if r.css in (AGREED, TOTAL)]
        assert glance == top, glance
    running = _claim(tmp_path / "b", date(2026, 12, 5))
    with speaking(Language.NL):
        labels = [r.label for r in _figures(running) if r.css in (AGREED, TOTAL)]
    # s50: the agreed sum's rest is what is asked (paid by one day), so no other row says it; never the whole claim
    # as to pay (tests/staff/test_dossier_settlement_figures).
    assert labels == ["Afgesproken"], labels
    # Lapsed (not paid by 31 January 2027): as if never agreed, no agreed sum at the top.
    lapsed = _claim(tmp_path / "c", date(2027, 2, 10))
    with speaking(Language.NL):
        assert "Afgesproken" not in [r.label for r in _figures(lapsed)]


def fmt_nl(amount: Decimal | None) -> str:
    assert amount is not None
    return "EUR " + f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


@pytest.mark.parametrize(
    ("lang", "paid", "otherwise"),
    [
        (
            Language.NL,
            ("Uiterlijk 31 januari 2027 nog EUR 600,00 betaald", "dan niets meer te betalen"),
            ("Anders", "akkoord vervallen: de hele vordering weer te betalen, met rente en kosten"),
        ),
        (
            Language.EN,
            ("EUR 600.00 more paid by 31 January 2027", "then nothing more to pay"),
            ("If not", "settlement lapsed: the whole claim to pay again, with interest and costs"),
        ),
    ],
)
def test_a_pay_by_the_statements_do_not_reach_gives_both_outcomes_not_a_total(tmp_path, lang, paid, otherwise):
    """Statements read to 25 January, pay_by 31 January, on 3 February: whether anything is owed hangs on what came
    in by the 31st. The dossier said "Totaal te betalen: EUR 1.250,00" beside "Wacht op bankafschriften"; it says
    both outcomes as the page asks them (whose "Nee?" names no figure: the interest and costs come back)."""
    claim = _claim(tmp_path, date(2027, 2, 3), bank_until=date(2027, 1, 25))
    assert claim.status == Status.SETTLEMENT
    with speaking(lang):
        rows = [(_plain(r.label), _plain(r.amount)) for r in _figures(claim) if r.css == TOTAL]
    assert rows == [paid, otherwise], rows


def test_a_call_off_the_statements_do_not_reach_gives_both_outcomes_with_the_whole_total(tmp_path: Path) -> None:
    """Called off on 10 December, statements read to 8 December, 100.00 paid of the 600.00: paid the rest that day,
    nothing more is owed; else the whole claim, whose total the page names too."""
    ended = event(date(2026, 12, 10), "settlement_ended", by="Marieke", reason="Saneringskrediet afgewezen.")
    paid = [payment(date=date(2026, 12, 1), amount=Decimal("100.00"))]
    claim = _claim(
        tmp_path, date(2026, 12, 11), events=(REMINDER, SETTLEMENT, ended), paid=paid, bank_until=date(2026, 12, 8)
    )
    assert claim.status == Status.ACTIVE and claim.unseen_call_off == date(2026, 12, 10)
    with speaking(Language.NL):
        rows = [(_plain(r.label), _plain(r.amount)) for r in _figures(claim) if r.css in (AGREED, TOTAL)]
    assert rows == [
        ("Uiterlijk 10 december 2026 nog EUR 500,00 betaald", "dan niets meer te betalen"),
        ("Anders", f"{fmt_nl(claim.total_due)} te betalen"),
    ], rows


def test_a_settled_claim_s_invoice_paid_before_the_settlement_says_how_late_it_was_paid_then(tmp_path: Path) -> None:
    """Two invoices: F2026-0002 (400.00, due 4 March) paid in full on 20 March, naming it, 16 days late; the
    settlement then closes F2026-0001 on 15 January 2027 with its rest remitted (345 days after 4 February)."""
    second = {"number": "F2026-0002", "date": date(2026, 2, 2), "due": date(2026, 3, 4), "amount": Decimal("400.00")}
    paid = [
        payment(date=date(2026, 3, 20), amount=Decimal("400.00"), invoice="F2026-0002"),
        payment(date=SETTLED_ON, amount=Decimal("600.00")),
    ]
    ledger = one_debtor_ledger(
        tmp_path,
        representative=COUNSELLOR,
        payments=paid,
        events=[REMINDER, SETTLEMENT],
        invoices=[{**invoice(), "amount": Decimal("1250.00")}, invoice(**second)],
    )
    claim = assess(ledger, ledger.debtors[0], date(2027, 2, 1))
    assert claim.status == Status.SETTLED
    with speaking(Language.NL):
        late = {row.number: row.days_overdue for row in _invoices(claim)}
    assert late == {"F2026-0001": "345", "F2026-0002": "16"}, late
