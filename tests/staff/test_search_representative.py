"""The search finds a dossier by the debtor's own contact and by who acts for them (`representative:`), and
says which ("gevonden in: bewindvoerder")."""

from pathlib import Path

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.staff.search import FIELD_KINDS, search_record
from incasso.staff.words import SEARCH_FIELD
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, valid_debtor, write_ledger


def _found_in(tmp_path: Path, debtors: list[dict]) -> dict[str, dict[str, str]]:
    """Each dossier's search lines, with the name of the field each is (as "Gevonden in" says it)."""
    ledger = load_ledger(write_ledger(tmp_path, debtors=debtors))
    found = {}
    for debtor in ledger.debtors:
        text, kinds = search_record(assess(ledger, debtor, debtor.invoices[0].due))
        found[debtor.id] = {line: SEARCH_FIELD[FIELD_KINDS[k]] for line, k in zip(text.split("\n"), kinds)}
    return found


def test_an_administrated_debtor_is_found_by_their_own_contact_and_by_the_administrator(tmp_path: Path) -> None:
    fields = _found_in(tmp_path, [valid_debtor(representative=ADMINISTRATOR)])["D-1001"]
    assert fields["dorpsstraat 1"] == "adres"  # the debtor's own street, though the letters go elsewhere
    assert fields["jan@bakkerijdevries.nl"] == "e-mailadres"
    assert fields["0612345678"] == "telefoon"
    for line in ("bewindvoering domstad b.v.", "post@bewinddomstad.example.nl", "0302001122", "postbus 1234"):
        assert fields[line] == "bewindvoerder"


def test_a_counsellors_name_finds_every_client(tmp_path: Path) -> None:
    debtors = [
        valid_debtor(id=f"D-100{n}", representative=COUNSELLOR, **{"invoices[0].number": f"F2026-000{n}"})
        for n in (1, 2)
    ]
    found = _found_in(tmp_path, [*debtors, valid_debtor(id="D-1003", **{"invoices[0].number": "F2026-0003"})])
    holding = {i for i, fields in found.items() if "schuldhulp utrecht, jan smit" in fields}
    assert holding == {"D-1001", "D-1002"}
    assert found["D-1001"]["0302860000"] == "schuldhulpverlener"
