"""A small remainder below the chase minimum, with nothing else running: staff are asked to decide.

A consumer paid the invoice's amount late; 0.77 of interest went first (art. 6:44 BW), so 0.77 of the
invoice stayed open. No reminder follows (chase_minimum), and the overview listed the dossier as open with
"Volgende stap: geen" for ever: nothing told staff to leave it or write it off (review 31, #1).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind, flags
from incasso.staff.view import flag_detail
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

NBSP = "\xa0"
PAID, BUILT = date(2026, 11, 20), date(2026, 12, 1)


def small_rest_debtor(*events: dict, **changes) -> dict:
    """350.00 due 31 October, paid 350.00 on 20 November: 0.77 of statutory interest went first."""
    return valid_debtor(
        id="D-1",
        invoices=[invoice(number="F-1", date=date(2026, 10, 1), due=date(2026, 10, 31), amount="350.00")],
        payments=[payment(date=PAID, amount="350.00")],
        events=[event(date(2026, 11, 2), "reminder", channel="email"), *events],
        **changes,
    )


def ledger_of(tmp_path: Path, *events: dict, **changes) -> Path:
    creditor = valid_creditor(interest="statutory")
    return write_ledger(tmp_path, creditor=creditor, debtors=[small_rest_debtor(*events, **changes)])


def claim_of(root: Path, as_of: date) -> Claim:
    ledger = load_ledger(root)
    return assess(ledger, ledger.debtors[0], as_of)


def raised(root: Path, as_of: date) -> list[str]:
    policy = read_books(root, as_of).ledger.creditor.policy
    return [str(f.kind) for f in flags(claim_of(root, as_of), policy)]


def text_of(page: Path) -> str:
    """The page's text as a reader sees it: tags out, entities read, blanks as one space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())


SAID = (
    "nog EUR 0,77 open, minder dan het minimum om na te lopen (EUR 5,00, chase_minimum); de laatste betaling kwam "
    "op 20 november 2026. Er gaan geen herinneringen meer uit. Beslis: laten staan (de debiteur kan nog betalen; "
    "een postpone tot een datum stilt dit signaal tot dan) of afschrijven (written_off, om te plakken op de "
    "dossierpagina)"
)


def test_the_overview_asks_staff_to_leave_it_or_write_it_off(tmp_path):
    root = ledger_of(tmp_path)
    claim = claim_of(root, BUILT)
    assert (str(claim.total_due), claim.next_action) == ("0.77", None)
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    assert site.exit_code == 0
    overview = text_of(site.internal / "index.html").replace(NBSP, " ")
    assert "Klein restant" in overview and SAID in overview
    dossier = text_of(site.internal / "d" / "D-1.html").replace(NBSP, " ")
    assert "Klein restant" in dossier and "Afschrijven? Plak dit onderaan events: in debtors/D-1.yaml:" in dossier
    lines = html.unescape((site.internal / "d" / "D-1.html").read_text(encoding="utf-8"))
    assert "  - date: 2026-12-01\n    type: written_off\n    note: Klein restant" in lines
    (record,) = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert record["flags"] == ["small_rest"]
    # Pasted under events: as the page offers it, the file loads and the claim is written off.
    (pasted,) = re.findall(r"  - date: 2026-12-01\n    type: written_off\n    note: [^\n<]*", lines)
    debtor = root / "debtors" / "D-1.yaml"
    assert debtor.read_text(encoding="utf-8").rstrip().splitlines()[-1].startswith("    ")  # events: come last
    debtor.write_text(debtor.read_text(encoding="utf-8").rstrip() + "\n" + pasted + "\n", encoding="utf-8")
    assert claim_of(root, BUILT).status == "written_off"


def test_the_staff_s_english_says_it_too(tmp_path):
    root = ledger_of(tmp_path)
    policy = load_ledger(root).creditor.policy
    (small,) = [f for f in flags(claim_of(root, BUILT), policy) if f.kind == FlagKind.SMALL_REST]
    with speaking(Language.EN):
        said = flag_detail(small).replace(NBSP, " ")
    assert said.startswith("EUR 0.77 still open, less than the minimum to chase (EUR 5.00, chase_minimum)")
    assert "leave it" in said and "write it off" in said


@pytest.mark.parametrize(
    ("as_of", "shown"),
    [
        (date(2026, 11, 26), False),  # six days after the payment: another may be on its way, or unassigned
        (date(2026, 11, 27), True),  # a week: the bank's lag is past
        (date(2027, 3, 1), True),  # and it stays until staff decide, or the debtor pays
    ],
)
def test_it_shows_once_the_last_payment_is_a_week_old(tmp_path, as_of, shown):
    assert ("small_rest" in raised(ledger_of(tmp_path), as_of)) is shown


@pytest.mark.parametrize(
    "running",
    [
        event(date(2026, 11, 25), "promise", promised_date=date(2026, 12, 15)),
        event(date(2026, 11, 25), "arrangement", installments=[{"due": date(2026, 12, 15), "amount": "0.77"}]),
        event(date(2026, 11, 25), "dispute", reason="Rente klopt niet"),
        event(date(2026, 11, 25), "handover", agency="Incasso B.V."),
    ],
    ids=lambda e: e["type"],
)
def test_not_while_a_promise_a_plan_a_dispute_or_the_agency_has_it(tmp_path, running):
    assert "small_rest" not in raised(ledger_of(tmp_path, running), BUILT)


def test_leaving_it_is_recorded_with_a_postpone_that_quiets_the_signal_until_its_day(tmp_path):
    left = event(BUILT, "postpone", until=date(2027, 3, 1), reason="Klein restant laten staan")
    root = ledger_of(tmp_path, left)
    assert "small_rest" not in raised(root, date(2027, 2, 28))
    assert "small_rest" in raised(root, date(2027, 3, 1))


def test_a_postpone_asked_before_a_settlement_that_lapsed_does_not_quiet_the_signal(tmp_path):
    """A wait recorded before a settlement ends with it (claims.escalation.standing_postpone): once the settlement
    lapsed and the whole claim came back, a small rest left of it is put to staff, not kept quiet until a day asked
    for before the settlement."""
    wait = event(date(2026, 11, 3), "postpone", until=date(2027, 3, 1), reason="Voorstel schuldhulp", asked_by="debtor")
    settled = event(date(2026, 11, 5), "settlement", amount="200.00", pay_by=date(2026, 11, 15), asked_by="debtor")
    root = ledger_of(tmp_path, wait, settled)
    assert "small_rest" in raised(root, BUILT)


def test_a_small_invoice_never_paid_is_a_small_rest_too_a_week_after_its_due_date(tmp_path):
    debtor = valid_debtor(
        id="D-1", invoices=[invoice(number="F-1", date=date(2026, 10, 1), due=date(2026, 10, 31), amount="3.00")]
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    assert "small_rest" not in raised(root, date(2026, 10, 31))  # not yet due: nothing to decide
    assert "small_rest" not in raised(root, date(2026, 11, 6))  # a payment on the due day may still be read in
    assert "small_rest" in raised(root, date(2026, 11, 7))
    found = flags(claim_of(root, BUILT), load_ledger(root).creditor.policy)
    (small,) = [f for f in found if f.kind == FlagKind.SMALL_REST]
    assert flag_detail(small).startswith("nog EUR" + NBSP + "3,00 open, minder dan het minimum om na te lopen")
    assert "laatste betaling" not in flag_detail(small)


def test_the_lines_to_paste_say_to_go_before_payments_where_the_file_has_them_after_its_events(tmp_path):
    """ "Plak dit onder events:" led a treasurer whose file ends in `payments:` to paste the lines at its end,
    where they are payments, and `check` refused them (new1 review, #5): the page says where, as the file is laid
    out, and the lines pasted there load."""
    debtor = valid_debtor(
        id="D-1",
        invoices=[invoice(number="F-1", date=date(2026, 10, 1), due=date(2026, 10, 31), amount="350.00")],
        events=[event(date(2026, 11, 2), "reminder", channel="email")],
        payments=[payment(date=PAID, amount="350.00")],
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor])
    path = root / "debtors" / "D-1.yaml"
    assert path.read_text(encoding="utf-8").index("payments:") > path.read_text(encoding="utf-8").index("events:")
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    dossier = text_of(site.internal / "d" / "D-1.html").replace(NBSP, " ")
    assert "Afschrijven? Plak dit onderaan events: in debtors/D-1.yaml, vóór payments:" in dossier
    english = build_site(tmp_path / "en", ledger=root, as_of=BUILT, extra=["--staff-language", "en"])
    said = text_of(english.internal / "d" / "D-1.html").replace(NBSP, " ")
    assert "Write it off? Put this at the end of events: in debtors/D-1.yaml, before payments:" in said
