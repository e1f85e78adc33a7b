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

    # Once their help ended, the notices go to the debtor's own e-mail again: nothing is missing.
    ended = valid_debtor(representative={**posted_only, "until": "2026-11-30"}, contact=doc["contact"])
    assert load_ledger(write_ledger(tmp_path / "ended", debtors=[ended])).debtors[0].contact.email == "jan@example.nl"


def test_since_and_until_are_read_and_an_ended_block_is_kept_as_written(tmp_path: Path) -> None:
    from datetime import date

    debtor = _debtor(tmp_path, {**ADMINISTRATOR, "since": date(2026, 3, 2), "until": date(2026, 11, 30)})
    written = debtor.written_representative
    assert written is not None and (written.since, written.until) == (date(2026, 3, 2), date(2026, 11, 30))
    # Read on the build's day, whose rules refuse an `until` after it: help has ended, the letters go to the debtor.
    assert debtor.representative is None and debtor.own_contact is None
    assert debtor.contact.address == tuple(valid_debtor()["contact"]["address"])


def test_a_block_without_dates_reads_as_before(tmp_path: Path) -> None:
    debtor = _debtor(tmp_path, ADMINISTRATOR)
    assert debtor.written_representative == debtor.representative
    assert debtor.representative is not None and (debtor.representative.since, debtor.representative.until) == (
        None,
        None,
    )


def test_until_before_since_is_an_error_at_until(tmp_path: Path) -> None:
    doc = valid_debtor(representative={**ADMINISTRATOR, "since": "2026-11-02", "until": "2026-10-31"})
    path, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [
        f"{path}:{where(doc, 'representative.until')}: representative.until: must not be before since (2026-11-02): "
        "the day help ended (got 2026-10-31)"
    ]


def test_every_bad_field_of_the_block_is_said_at_once(tmp_path: Path) -> None:
    doc = valid_debtor(representative={**ADMINISTRATOR, "role": "bewind", "since": "2-11-2026", "until": "2026-02-30"})
    path, problems = debtor_file_problems(tmp_path, doc)
    said = "\n".join(problems)
    assert f"{path}:{where(doc, 'representative.role')}: representative.role: must be one of" in said, said
    assert (
        f"{path}:{where(doc, 'representative.since')}: representative.since: must be a date written YYYY-MM-DD" in said
    )
    assert f"{path}:{where(doc, 'representative.until')}: representative.until: is not a day of the calendar" in said


def test_two_representatives_in_a_list_say_how_to_write_the_one_who_took_over(tmp_path: Path) -> None:
    # s46: a counsellor's client got an administrator; the clerk wrote both as a list and was told only
    # "must be fields written name: value": the file holds one at a time, and the message now says which to keep.
    ended = {**COUNSELLOR, "since": "2026-09-15", "until": "2026-10-19"}
    path, problems = debtor_file_problems(
        tmp_path, valid_debtor(representative=[ended, {**ADMINISTRATOR, "since": "2026-10-20"}])
    )
    said = "\n".join(p for p in problems if p.startswith(path))
    assert "representative: holds one who acts for the debtor, not a list (got 2)" in said, said
    assert "write the one who acts now, with since: the day they took over" in said, said
    assert "record the one before in a note event" in said, said
    assert "must be fields written name: value" not in said, said


def test_the_dutch_words_for_who_acts_and_who_asked_get_the_choice_they_mean(tmp_path: Path) -> None:
    """s46 review: a clerk writes `asked_by: schuldhulpverlener` (or `counsellor`, the block's role) and the block's
    `role: bewindvoerder`; the errors said only "must be one of debtor, representative", as if no choice were meant."""
    from datetime import date

    from tests.support.ledgers import event

    pauses = [
        event(date(2026, 2, 10), "postpone", until=date(2026, 3, 1), reason="inventarisatie", asked_by=asked_by)
        for asked_by in ("schuldhulpverlener", "counsellor", "Bewindvoerder", "debiteur")
    ]
    doc = valid_debtor(representative={**COUNSELLOR, "role": "bewindvoerder"}, events=pauses)
    _, problems = debtor_file_problems(tmp_path, doc)
    said = "\n".join(problems)
    assert "representative.role: must be one of counsellor, administrator; did you mean 'administrator'?" in said
    for at, meant in enumerate(("representative", "representative", "representative", "debtor")):
        assert f"events[{at}].asked_by: must be one of debtor, representative; did you mean '{meant}'?" in said, said
