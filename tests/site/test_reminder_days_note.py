"""`incasso check` and the build say once, in a note at the policy's line, that the policy's days let a posted
reminder ask payment by a day gone before it is read (claims.notices.letters_asking_a_day_gone); the build goes on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from incasso.cli.main import main
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, where, write_ledger
from tests.support.site import build_site

AS_OF = date(2026, 12, 6)


def _books(tmp_path: Path, policy: dict[str, object]) -> tuple[dict, Path]:
    """Two debtors, each with an invoice, under `policy`: the creditor as written, and the ledger's folder."""
    creditor = valid_creditor(interest="none", policy=policy)
    debtors = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2)]
    return creditor, write_ledger(tmp_path / "books", creditor=creditor, debtors=debtors)


def _said_by_check_and_build(tmp_path: Path, capsys, root: Path, field: str) -> list[list[str]]:
    """The lines naming policy.`field` that `incasso check`, then a build, printed; each went on (exit 0)."""
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    checked = capsys.readouterr()
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    built = capsys.readouterr()
    assert site.exit_code == 0
    return [
        [line for line in (said.out + said.err).splitlines() if f"policy.{field}" in line] for said in (checked, built)
    ]


def test_check_and_build_say_it_once_at_the_line_of_dunning_after_days(tmp_path, capsys):
    creditor, root = _books(tmp_path, {"dunning_after_days": 3})
    at = f"note: {root / 'creditor.yaml'}:{where(creditor, 'policy.dunning_after_days')}: policy.dunning_after_days is 3:"
    for lines in _said_by_check_and_build(tmp_path, capsys, root, "dunning_after_days"):
        assert len(lines) == 1 and lines[0].startswith(at), lines
        assert lines[0].endswith("write dunning_after_days: 8 or more")


def test_check_says_a_short_dunning_letter_and_an_instalment_never_reminded_once_each(tmp_path, capsys):
    creditor, root = _books(tmp_path, {"final_notice_after_days": 3, "calls": False, "reminder_after_days": 15})
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0
    said = capsys.readouterr()
    lines = (said.out + said.err).splitlines()
    for field, remedy in (
        ("final_notice_after_days", "write final_notice_after_days: 8 or more"),
        ("reminder_after_days", "write reminder_after_days: 7 or less"),
    ):
        at = f"note: {root / 'creditor.yaml'}:{where(creditor, f'policy.{field}')}: policy.{field} is "
        (line,) = [line for line in lines if line.startswith(at)]
        assert line.endswith(remedy)


def test_check_and_build_say_a_call_without_days_once_at_the_line_of_call_after_days(tmp_path, capsys):
    """s53: a call set after the final notice's day never comes (claims.escalation.calls_first); said, the build goes
    on."""
    creditor, root = _books(tmp_path, {"call_after_days": 21, "final_notice_after_days": 14})
    at = f"note: {root / 'creditor.yaml'}:{where(creditor, 'policy.call_after_days')}: policy.call_after_days is 21 "
    for lines in _said_by_check_and_build(tmp_path, capsys, root, "call_after_days"):
        assert len(lines) == 1 and lines[0].startswith(at), lines
        assert lines[0].endswith(
            "write call_after_days: 13 or less, or final_notice_after_days: 22 or more; if you never call, write calls: false"
        )
