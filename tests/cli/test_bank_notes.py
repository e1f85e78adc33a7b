"""The bank's notes as the command line prints them: nothing a payer wrote can make a line of its own."""

import shutil

from incasso.cli.main import main
from tests.support.site import AS_OF, DEMO_LEDGER


def test_a_payer_s_name_with_a_line_break_stays_on_its_note_s_line(tmp_path, capsys):
    # `::error ...` at the start of a line is a command to GitHub Actions: a bank's text must not start one.
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    statement = ledger / "bank" / "rabobank_camt053_2026-11-02_2026-11-13.xml"
    text = statement.read_text(encoding="utf-8")
    statement.write_text(text.replace("<Nm>M VD BERG</Nm>", "<Nm>M VD BERG&#10;::error title=x::y&#x202E;</Nm>"))
    assert main(["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert not any(line.startswith("::") for line in out.splitlines())
    assert "from M VD BERG\\n::error title=x::y\\u202e NL40ASNB0708244196" in out


def test_a_payer_s_words_on_the_overview_cannot_turn_the_words_around_them(tmp_path):
    # A right-to-left override in a payer's name reverses what follows it, unless isolated (<bdi>).
    from tests.support.site import build_site

    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    statement = ledger / "bank" / "rabobank_camt053_2026-11-02_2026-11-13.xml"
    text = statement.read_text(encoding="utf-8")
    statement.write_text(text.replace("<Nm>M VD BERG</Nm>", "<Nm>M VD BERG&#x202E;</Nm>"))
    site = build_site(tmp_path, ledger=ledger)
    assert site.exit_code == 0
    overview = (site.internal / "index.html").read_text(encoding="utf-8")
    assert "<bdi>M VD BERG\u202e</bdi>" in overview
    assert "<bdi>cv ketel merelstraat</bdi>" in overview


def test_redact_names_a_credit_no_dossier_matches_without_its_payer_and_amount(tmp_path, capsys):
    """As `-q` does: who paid what, and from which account, is a private person's, and a CI log is not private."""
    ledger = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    check = ["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]
    assert main(check) == 0
    assert "EUR 2395.00 from M VD BERG NL40ASNB0708244196" in capsys.readouterr().out
    assert main([*check, "--redact"]) == 0
    (unmatched,) = [line for line in capsys.readouterr().out.splitlines() if "matches no dossier" in line]
    assert unmatched.startswith("note: a credit of 2026-11-12 (")
    assert "M VD BERG" not in unmatched and "NL40ASNB0708244196" not in unmatched and "2395" not in unmatched
