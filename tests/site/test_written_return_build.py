"""s61, two real nights without bank files: staff write in two debtor files that the bank took a payment back
(`returned:`), one payment naming its bank entry (D-5002, bank_ref C2), one not (D-5001). Each paid its invoice whole
on 5 November; the night of 23 November takes both back. The staff dossier says of each that it was written so in the
debtor file, and where (the one with a bank entry read as if a statement said it); changes.md's status lines say
which payment moved them (the one without an entry said nothing: it has none to name), and s62 that staff wrote each
so (the one with an entry read as a statement's return: claims.json did not say it was written). With C2 in a
statement read (s62), the dossier names the account that paid it, as the lines of the payments do; s65 also where the
bank gave C2 to a second credit, of another day and account (the payment's day says which credit is its own).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, PAYER_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import Site, build_site, visible_text

pytestmark = pytest.mark.slow

PAID, RETURNED = date(2026, 11, 5), date(2026, 11, 20)
FIRST, SECOND = date(2026, 11, 22), date(2026, 11, 23)
REFS = {"D-5001": None, "D-5002": "C2"}
SECOND_PAYER = "NL02ABNA0123456789"


def _ledger(tmp_path: Path, returned: bool, statement: bool = False, more: tuple[Booking, ...] = ()) -> Path:
    """The two debtor files; `statement`: with bank/ holding C2, credited from PAYER_IBAN (not its return), and
    `more`."""
    debtors = []
    for debtor_id, ref in REFS.items():
        paid = payment(date=PAID, amount=Decimal("150.00"), **({"bank_ref": ref} if ref else {}))
        paid |= {"returned": RETURNED} if returned else {}
        bill = invoice(number=f"F2026-{debtor_id[2:]}", amount="150.00", due=date(2026, 11, 10))
        debtors.append(valid_debtor(id=debtor_id, invoices=[bill], payments=[paid]))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    if statement:
        paid = Booking("150.00", PAID, ref="C2", iban=PAYER_IBAN)
        write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, [paid, *more])})
    return root


@pytest.fixture(scope="module")
def second(tmp_path_factory) -> Site:
    """The second night's build, into the folders of the first (whose claims.json it compares with)."""
    tmp_path: Path = tmp_path_factory.mktemp("written")
    assert build_site(tmp_path, ledger=_ledger(tmp_path, returned=False), as_of=FIRST).exit_code == 0
    site = build_site(tmp_path, ledger=_ledger(tmp_path, returned=True), as_of=SECOND)
    assert site.exit_code == 0
    return site


def _line_of_returned(site: Site, debtor_id: str) -> int:
    text = (site.internal.parent / "ledger" / "debtors" / f"{debtor_id}.yaml").read_text(encoding="utf-8")
    [line] = [n for n, written in enumerate(text.splitlines(), 1) if written.strip().startswith("returned:")]
    return line


@pytest.mark.parametrize(("debtor_id", "entry"), [("D-5001", ""), ("D-5002", " (bankboeking C2)")])
def test_the_dossier_says_each_written_return_was_written_so_and_where(second, debtor_id, entry):
    dossier = visible_text((second.internal / "d" / f"{debtor_id}.html").read_text(encoding="utf-8"))
    where = f"debtors/{debtor_id}.yaml, regel {_line_of_returned(second, debtor_id)}: payments[0].returned"
    said = (
        f"EUR 150,00 op 5 nov 2026{entry}: teruggeboekt op 20 nov 2026, zo geschreven in het dossierbestand "
        f"({where}); telt niet."
    )
    assert said in dossier.replace("\xa0", " ")


def test_the_change_list_says_which_payment_moved_each_status(second):
    text = (second.internal / "changes.md").read_text(encoding="utf-8").replace("\xa0", " ")
    status = [line for line in text.splitlines() if "Betaald → " in line]
    assert status == [
        "- D-5001 Bakkerij De Vries: Betaald → Loopt; betaling van EUR 150,00 op 5 november 2026 teruggeboekt door "
        "de bank (zo geschreven in het dossierbestand)",
        "- D-5002 Bakkerij De Vries: Betaald → Loopt; betaling C2 teruggeboekt door de bank (zo geschreven in het "
        "dossierbestand)",
    ]
    returned = [line for line in text.splitlines() if "telt niet" in line]
    assert returned == [
        f"- {debtor_id} Bakkerij De Vries: EUR 150,00 op 5 november 2026, teruggeboekt op 20 november 2026; telt niet "
        "(zo geschreven in het dossierbestand)"
        for debtor_id in REFS
    ]
    page = visible_text((second.internal / "changes.html").read_text(encoding="utf-8")).replace("\xa0", " ")
    assert (
        "betaling van EUR 150,00 op 5 november 2026 teruggeboekt door de bank (zo geschreven in het dossierbestand)"
        in page
    )


def test_claims_json_says_which_returns_staff_wrote_and_where(second):
    claims = json.loads((second.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    written = {c["id"]: [(r["bank_ref"], r.get("written")) for r in c["payments_returned"]] for c in claims}
    assert written == {"D-5001": [(None, "payments[0].returned")], "D-5002": [("C2", "payments[0].returned")]}


def test_the_dossier_names_the_account_of_a_written_return_whose_entry_a_statement_read_holds(tmp_path):
    """C2's statement is still in bank/ (its return's is not): the dossier's line of the payment written as taken
    back names the account C2 came from, as a payment's line names it (`origin_account`); D-5001's, of no entry, none.
    """
    site = build_site(tmp_path, ledger=_ledger(tmp_path, returned=True, statement=True), as_of=SECOND)
    assert site.exit_code == 0
    account = "van NL20 INGB 0001 2345 67"  # PAYER_IBAN, as a person reads it
    for debtor_id, entry in (("D-5001", ""), ("D-5002", f" (bankboeking C2, {account})")):
        dossier = visible_text((site.internal / "d" / f"{debtor_id}.html").read_text(encoding="utf-8"))
        said = f"EUR 150,00 op 5 nov 2026{entry}: teruggeboekt op 20 nov 2026, zo geschreven in het dossierbestand"
        assert said in dossier.replace("\xa0", " ")
        assert (account in dossier) == (debtor_id == "D-5002")


def test_claims_json_names_the_account_of_a_written_return_once_a_statement_shows_it_and_nothing_moves(tmp_path):
    """s63, two real nights: the first without bank/ (no account known: null, as the file keeps none), the second
    with C2's statement in bank/. claims.json's payments_returned[].account was null for a return staff wrote though
    the dossier named the account; it is C2's account now, D-5001's (no entry) still null, and the change list says
    nothing of either return again: a return is known by its entry and days, not its account."""
    assert build_site(tmp_path, ledger=_ledger(tmp_path, returned=True), as_of=FIRST).exit_code == 0
    before = json.loads((tmp_path / "internal" / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert {c["id"]: [r["account"] for r in c["payments_returned"]] for c in before} == {
        "D-5001": [None],
        "D-5002": [None],
    }
    site = build_site(tmp_path, ledger=_ledger(tmp_path, returned=True, statement=True), as_of=SECOND)
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    accounts = {c["id"]: [(r["bank_ref"], r["account"]) for r in c["payments_returned"]] for c in claims}
    assert accounts == {"D-5001": [(None, None)], "D-5002": [("C2", PAYER_IBAN)]}
    text = (site.internal / "changes.md").read_text(encoding="utf-8")
    assert "D-5001" not in text and "D-5002" not in text
    assert "Verder geen wijzigingen in de dossiers." in text


def test_a_reference_the_bank_gave_two_credits_names_each_payments_own_account(tmp_path):
    """s65, a bank that reuses its references: it gave C2, D-5002's payment written as taken back (5 November, from
    PAYER_IBAN), also to a credit of 12 November from another account, matched to D-5001 by its payment reference.
    By reference alone either could be either's, and s64 named neither's account (dossier and claims.json); the
    payment's day says which credit it is, as reconcile ties a payment to its credit: each names its own."""
    again = Booking("50.00", date(2026, 11, 12), ref="C2", scor=rf_reference("D-5001"), iban=SECOND_PAYER)
    site = build_site(tmp_path, ledger=_ledger(tmp_path, returned=True, statement=True, more=(again,)), as_of=SECOND)
    assert site.exit_code == 0
    payer, other = "van NL20 INGB 0001 2345 67", "van NL02 ABNA 0123 4567 89"  # as a person reads them

    def dossier(debtor_id: str) -> str:
        page = (site.internal / "d" / f"{debtor_id}.html").read_text(encoding="utf-8")
        return visible_text(page).replace("\xa0", " ")

    assert f"bankafschrift (C2), {other}" in dossier("D-5001") and payer not in dossier("D-5001")
    said = f"EUR 150,00 op 5 nov 2026 (bankboeking C2, {payer}): teruggeboekt op 20 nov 2026"
    assert said in dossier("D-5002") and other not in dossier("D-5002")
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    accounts = {c["id"]: [(r["bank_ref"], r["account"]) for r in c["payments_returned"]] for c in claims}
    assert accounts == {"D-5001": [(None, None)], "D-5002": [("C2", PAYER_IBAN)]}
