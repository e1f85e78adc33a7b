"""`incasso audit --ledger` without `--as-of` checks the pages as of today: after midnight, or a day after the
build, a page paid exactly paid_page_days ago is "must be gone" and the night is not published. The count line
says which day was checked and what to do (review s44-ops, 13)."""

from __future__ import annotations

from datetime import date

from incasso.cli import audit as audit_command
from incasso.cli.main import main
from tests.support.site import AS_OF, PRIVACY_LEDGER, build_site

LATER = date(2027, 1, 1)  # P-004 paid 2026-11-10, paid_page_days 30: its page must be gone by then


def test_an_audit_without_the_builds_day_says_which_day_it_checked(tmp_path, monkeypatch, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    monkeypatch.setattr(audit_command, "today", lambda: LATER)
    capsys.readouterr()
    assert main(["audit", str(site.output), "--ledger", str(PRIVACY_LEDGER), "--demo"]) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.endswith(
        f"do not publish it. The pages were checked as of today, {LATER} (no --as-of): if the build was as of "
        "another day, audit again with the build's --as-of."
    ), last


def test_an_audit_given_the_day_says_nothing_of_it(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    capsys.readouterr()
    code = main(["audit", str(site.output), "--ledger", str(PRIVACY_LEDGER), "--as-of", str(LATER), "--demo"])
    assert code == 1
    assert capsys.readouterr().err.splitlines()[-1].endswith(": do not publish it.")
    assert main(["audit", str(site.output), "--ledger", str(PRIVACY_LEDGER), "--as-of", str(AS_OF), "--demo"]) == 0
