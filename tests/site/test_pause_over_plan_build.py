"""s47, a real build: a counsellor's wait granted (`postpone`, `asked_by: representative`) the day before a payment
plan is agreed. The plan's confirmation letter (PDF), the public page and the staff dossier each say it as the unit
tests do (tests/statement/test_pause_over_agreement.py, tests/staff/test_pause_over_check.py); the counsellor's name
and the reason stay internal, and `incasso audit` passes."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.cli.main import main
from tests.support.ledgers import COUNSELLOR, event, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import pdf_text
from tests.support.site import visible_text

REASON = "Schuldhulpverlener maakt een inventarisatie."
PLAN = event(
    date(2026, 3, 10),
    "arrangement",
    installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)],
)
EVENTS = [
    event(date(2026, 2, 5), "reminder", channel="letter"),
    event(date(2026, 2, 19), "dunning", channel="letter"),
    event(date(2026, 3, 9), "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative"),
    PLAN,
]
THEIRS = ("Schuldhulp Utrecht", "Jan Smit", REASON)


def _build(tmp_path: Path) -> tuple[int, Path, Path]:
    doc = valid_debtor(representative={**COUNSELLOR, "since": date(2026, 3, 1)}, events=EVENTS)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[doc])
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", "2026-03-10", "--output", str(out)]
    args += ["--public-url", "http://localhost:8000", "--internal-output", str(internal), "--quiet"]
    return main(args), out, internal


def test_the_wait_over_a_plan_is_said_in_the_letter_on_the_page_and_in_the_dossier(tmp_path, capsys):
    code, out, internal = _build(tmp_path)
    assert code == 0, capsys.readouterr().err
    letter = " ".join(" ".join(pdf_text((internal / "letters" / "D-1001-arrangement.pdf").read_bytes())).split())
    assert "wij sturen u een betalingsherinnering, maar pas na 30 juni 2026." in letter, letter
    page = visible_text(next((out / "s").glob("*/index.html")).read_text(encoding="utf-8"))
    assert (
        "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 geen "
        "volgende stap." in page
    )
    # s50: the wait and that it changes nothing stand in the top box; what a miss brings under 'Wat gebeurt er nu?'.
    top, below = page.split("Wat gebeurt er nu?", 1)
    assert "Het wachten verandert niets aan uw betalingsregeling: de termijnen blijven op de afgesproken dagen." in top
    assert (
        "Wat gebeurt er nu? Betaalt u de termijn van 1 april 2026 niet? Dan sturen wij u daarover pas na 30 juni 2026 "
        "een herinnering." in "Wat gebeurt er nu?" + below
    )
    public = [p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file()]
    assert [word for word in THEIRS for text in public if word in text] == []
    dossier = visible_text((internal / "d" / "D-1001.html").read_text(encoding="utf-8"))
    assert (
        "gevraagd door schuldhulpverlener Schuldhulp Utrecht, Jan Smit): Schuldhulpverlener maakt een inventarisatie. "
        "Dat verplaatst deze controle en de termijnen niet: alleen de herinnering na een gemiste termijn wacht tot 1 "
        "juli 2026." in dossier
    )
    capsys.readouterr()
    ledger = ["--ledger", str(tmp_path / "ledger"), "--as-of", "2026-03-10"]
    assert main(["audit", str(out), *ledger, "--demo"]) == 0, capsys.readouterr().err
