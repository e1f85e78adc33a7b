"""`representative:`: a debt counsellor or an administrator who acts for the debtor (docs/ledger-format.md)."""

from pathlib import Path

from incasso.ledger.load import load_ledger
from incasso.ledger.model import RepresentativeRole
from tests.support.ledgers import (
    ADMINISTRATOR,
    COUNSELLOR,
    debtor_file_problems,
    valid_debtor,
    where,
    write_ledger,
)


def _debtor(tmp_path: Path, representative: dict):
    root = write_ledger(tmp_path, debtors=[valid_debtor(representative=representative)])
    return load_ledger(root).debtors[0]


def test_an_administrator_receives_the_letters_and_the_debtors_own_contact_is_kept(tmp_path: Path) -> None:
    debtor = _debtor(tmp_path, ADMINISTRATOR)
    assert debtor.representative is not None
    assert debtor.representative.role == RepresentativeRole.ADMINISTRATOR
    assert debtor.representative.name == "Bewindvoering Domstad B.V."
    assert debtor.contact.address == ("Postbus 1234", "3500 AA Utrecht")
    assert debtor.contact.email == "post@bewinddomstad.example.nl"
    own = valid_debtor()["contact"]
    assert debtor.own_contact is not None
    assert debtor.own_contact.address == tuple(own["address"])
    assert debtor.contact.person == own.get("person")  # still the debtor the letters greet


def test_a_counsellor_changes_nothing_of_where_the_letters_go(tmp_path: Path) -> None:
    debtor = _debtor(tmp_path, COUNSELLOR)
    assert debtor.representative is not None and debtor.representative.role == RepresentativeRole.COUNSELLOR
    assert debtor.contact.address == tuple(valid_debtor()["contact"]["address"])
    assert debtor.own_contact is None


def test_no_representative_by_default(tmp_path: Path) -> None:
    root = write_ledger(tmp_path, debtors=[valid_debtor()])
    debtor = load_ledger(root).debtors[0]
    assert debtor.representative is None and debtor.own_contact is None


def test_the_role_must_be_known(tmp_path: Path) -> None:
    path, problems = debtor_file_problems(tmp_path, valid_debtor(representative={**COUNSELLOR, "role": "bewind"}))
    assert any(
        p.startswith(path) and "representative.role: must be one of counsellor, administrator" in p for p in problems
    ), problems


def test_role_and_name_are_required(tmp_path: Path) -> None:
    path, problems = debtor_file_problems(tmp_path, valid_debtor(representative={"phone": "030 286 00 00"}))
    said = "\n".join(problems)
    assert "representative.role: is required but missing: write role: counsellor" in said, said
    assert "representative.name: is required but missing: write the name of the person or organisation" in said


def test_an_administrator_needs_somewhere_to_send_the_letters(tmp_path: Path) -> None:
    alone = {"role": "administrator", "name": "Bewindvoering Domstad B.V."}
    doc = valid_debtor(representative=alone)
    path, problems = debtor_file_problems(tmp_path, doc)
    assert [p for p in problems if "representative.role" in p] == [
        f"{path}:{where(doc, 'representative.role')}: representative.role: is an administrator, who receives the debtor's letters: write their "
        "address (or email) under it (got administrator)"
    ], problems


def test_a_bad_email_is_said_with_its_line(tmp_path: Path) -> None:
    path, problems = debtor_file_problems(tmp_path, valid_debtor(representative={**COUNSELLOR, "email": "jan-at"}))
    assert any(p.startswith(f"{path}:") and "representative.email: must be an email address" in p for p in problems)


def test_a_final_notice_by_email_needs_the_administrators_email(tmp_path: Path) -> None:
    posted_only = {**ADMINISTRATOR, "email": None}
    del posted_only["email"]
    doc = valid_debtor(representative=posted_only)
    doc["contact"] = {**doc["contact"], "email": "jan@example.nl", "final_notice_by": "email"}
    path, problems = debtor_file_problems(tmp_path, doc)
    assert [p for p in problems if ": representative:" in p] == [
        f"{path}:{where(doc, 'representative')}: representative: is an administrator, who receives the letters, but "
        "has no email for contact.final_notice_by: write it, or change final_notice_by (got email)"
    ], problems
