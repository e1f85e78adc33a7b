"""A credit of a few cents is one quiet signal, not a task beside an alert.

A debtor who paid EUR 1.250,04 for an invoice of EUR 1.250,00 had "Tegoed terugbetalen" in today's work (late
after a week) and the signal of the same name beside it, every morning, for four cents (review 38, staff #3).
Below SMALL_CREDIT it is one signal, listed last but the dossier's notes, and no work.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview import (
    FLAG_KINDS,
    SMALL_CREDIT,
    FlagKind,
    claim_tasks,
    flags,
    next_step,
)
from incasso.staff.view import flag_detail
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

NBSP = "\xa0"
PAID, BUILT = date(2026, 2, 1), date(2026, 2, 20)


def ledger_of(tmp_path: Path, paid: str) -> Path:
    debtor = valid_debtor(invoices=[invoice(amount="1250.00")], payments=[payment(date=PAID, amount=paid)])
    return write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])


def claim_of(root: Path):
    ledger = load_ledger(root)
    return assess(ledger, ledger.debtors[0], BUILT), ledger.creditor.policy


def text_of(page: Path) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split()).replace(NBSP, " ")


def test_the_threshold_is_one_euro():
    assert Decimal("1.00") == SMALL_CREDIT


def test_four_cents_over_is_one_quiet_signal_and_no_task(tmp_path):
    claim, policy = claim_of(ledger_of(tmp_path, "1250.04"))
    assert claim.settlement.credit == Decimal("0.04")
    assert claim_tasks(claim, BUILT) == ()
    assert next_step(claim) is None
    raised = flags(claim, policy)
    assert [f.kind for f in raised] == [FlagKind.SMALL_CREDIT]
    # Quiet: after every other signal but the dossier's own notes.
    assert FLAG_KINDS.index(FlagKind.SMALL_CREDIT) == FLAG_KINDS.index(FlagKind.DOSSIER_NOTE) - 1
    with speaking(Language.NL):
        said = flag_detail(raised[0]).replace(NBSP, " ")
    assert said.startswith("EUR 0,04 te veel betaald, minder dan EUR 1,00: geen taak.")


@pytest.mark.parametrize("paid", ["1251.00", "1300.00"])
def test_a_credit_of_a_euro_or_more_is_work_as_before(tmp_path, paid):
    claim, policy = claim_of(ledger_of(tmp_path, paid))
    assert [t.action.kind for t in claim_tasks(claim, BUILT)] == ["refund_credit"]
    assert [f.kind for f in flags(claim, policy)] == [FlagKind.CREDIT]


def test_the_overview_and_the_dossier_say_it_once(tmp_path):
    site = build_site(tmp_path / "site", ledger=ledger_of(tmp_path, "1250.04"), as_of=BUILT)
    assert site.exit_code == 0
    overview = text_of(site.internal / "index.html")
    assert "Tegoed terugbetalen" not in overview
    # The signal, and beside the dossier in the table of all dossiers, as any signal.
    assert overview.count("Klein tegoed") == 2
    dossier = text_of(site.internal / "d" / "D-1001.html")
    assert "Tegoed terugbetalen" not in dossier and "Klein tegoed" in dossier
    assert "Geen taak: er is EUR 0,04 te veel betaald" in dossier


@pytest.mark.parametrize(("paid", "work"), [("1250.04", False), ("1251.00", True)])
def test_the_change_list_gives_it_no_work(tmp_path, paid, work):
    root = ledger_of(tmp_path, paid)
    assert build_site(tmp_path / "site", ledger=root, as_of=PAID - timedelta(days=1)).exit_code == 0
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    assert site.exit_code == 0
    assert ("Tegoed terugbetalen" in (site.internal / "changes.md").read_text(encoding="utf-8")) is work


def test_the_dossier_gives_the_refund_to_paste_and_pasted_the_signal_goes(tmp_path):
    # Review 38 (revB): the dossier said "terugbetalen ... (leg het vast als refund)" but, no task, gave no lines
    # to paste, where a rest below the chase minimum, no task either, gives its write-off.
    root = ledger_of(tmp_path / "ledger", "1250.04")
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    dossier = text_of(site.internal / "d" / "D-1001.html")
    assert "Terugbetaald? Zet dit onderaan debtors/D-1001.yaml (de regel events: staat erbij)" in dossier
    assert "events: - date: 2026-02-20 type: refund amount: 0.04" in dossier  # the file has none: the key with it
    path = root / "debtors" / "D-1001.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").rstrip()
        + "\nevents:\n  - date: 2026-02-20\n    type: refund\n    amount: 0.04\n"
    )
    claim, policy = claim_of(root)
    assert FlagKind.SMALL_CREDIT not in [f.kind for f in flags(claim, policy)]
