"""A real build of a debtor whose administrator's help ended (`representative.until` past): the day's letter, its
e-mail and links.csv go to the debtor's own address again, the public page names nobody, the staff's dossier says
who acted and when; and `incasso check` refuses a `since` still to come, with its line."""

import re
from datetime import date
from pathlib import Path

from incasso.cli.main import main
from tests.support.ledgers import ADMINISTRATOR, debtor_path, event, valid_creditor, valid_debtor, where, write_ledger
from tests.support.letters import pdf_text

ENDED = {**ADMINISTRATOR, "since": date(2026, 3, 2), "until": date(2026, 11, 30)}
THEIRS = ("Bewindvoering", "bewinddomstad", "Postbus 1234", "3500 AA Utrecht")


def _build(
    tmp_path: Path, representative: dict, events: list[dict] = (), as_of: str = "2026-12-04"
) -> tuple[int, Path, Path]:
    doc = valid_debtor(representative=representative, events=list(events))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[doc])
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", as_of, "--output", str(out)]
    args += ["--public-url", "http://localhost:8000", "--internal-output", str(internal), "--quiet"]
    return main(args), out, internal


def test_after_until_the_days_letter_goes_to_the_debtor_and_the_dossier_says_who_acted(tmp_path, capsys):
    code, out, internal = _build(tmp_path, ENDED)
    assert code == 0, capsys.readouterr().err
    letter = " ".join(pdf_text((internal / "letters" / "D-1001-reminder.pdf").read_bytes()))
    assert "Dorpsstraat 1" in letter and [word for word in THEIRS if word in letter] == []
    eml = (internal / "letters" / "D-1001-reminder.eml").read_text(encoding="utf-8")
    assert "To: Bakkerij De Vries <jan@bakkerijdevries.nl>" in eml.splitlines()
    links = (internal / "links.csv").read_text(encoding="utf-8")
    assert "Dorpsstraat 1" in links and "p/a" not in links
    public = [p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file()]
    assert [word for word in THEIRS for text in public if word in text] == []
    dossier = (internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    assert "Was bewindvoerder van 2 maart 2026 tot en met 30 november 2026" in dossier
    today = (internal / "index.html").read_text(encoding="utf-8")
    assert "Bewindvoering" not in today  # today's work names who acts today: nobody
    capsys.readouterr()
    ledger = ["--ledger", str(tmp_path / "ledger"), "--as-of", "2026-12-04"]
    assert main(["audit", str(out), *ledger, "--demo"]) == 0, capsys.readouterr().err  # their words on no page
    # Their help ended, but their name is still a third party's: the audit finds it on the debtor's own page.
    page = next((out / "s").glob("*/index.html"))
    page.write_text(page.read_text(encoding="utf-8").replace("</main>", "<p>Bewindvoering Domstad B.V.</p></main>", 1))
    capsys.readouterr()
    assert main(["audit", str(out), *ledger, "--demo"]) == 1
    assert "shows the representative's name of D-1001: a third party's personal data" in capsys.readouterr().err


def test_while_they_act_the_days_letter_goes_care_of_them(tmp_path, capsys):
    code, _, internal = _build(tmp_path, {**ADMINISTRATOR, "since": date(2026, 3, 2)})
    assert code == 0, capsys.readouterr().err
    letter = " ".join(pdf_text((internal / "letters" / "D-1001-reminder.pdf").read_bytes()))
    assert "p/a Bewindvoering Domstad B.V." in letter and "Dorpsstraat 1" not in letter
    dossier = (internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    assert "Bewindvoerder sinds 2 maart 2026 (de brieven gaan p/a de bewindvoerder)" in dossier


def test_the_dossiers_history_says_whom_each_letter_went_to_on_its_day(tmp_path, capsys):
    sent = [
        event(date(2026, 2, 10), "reminder", channel="letter"),
        event(date(2026, 3, 10), "dunning", channel="letter"),
    ]
    code, _, internal = _build(tmp_path, {**ADMINISTRATOR, "since": date(2026, 3, 2)}, sent, "2026-03-20")
    assert code == 0, capsys.readouterr().err
    dossier = (internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    said = re.findall(r"<strong>Verstuurd aan:</strong> ([^<]*)</p>", dossier)
    assert said == ["Bakkerij De Vries", "Bakkerij De Vries p/a Bewindvoering Domstad B.V."]  # before since, then p/a


def test_check_refuses_a_since_still_to_come_with_its_line(tmp_path, capsys):
    doc = valid_debtor(representative={**ADMINISTRATOR, "since": date(2026, 12, 9)})
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[doc])
    assert main(["check", "--ledger", str(root), "--as-of", "2026-12-04"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{debtor_path(root, doc)}:{where(doc, 'representative.since')}: representative.since: is after 2026-12-04, "
        "the day the claims are computed for: add it once that day has come (got 2026-12-09)"
    )
    assert main(["check", "--ledger", str(root), "--as-of", "2026-12-09", "--quiet"]) == 0
