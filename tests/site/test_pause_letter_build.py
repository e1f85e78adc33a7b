"""s47, real builds: the letter confirming a wait a debt counsellor asked for (`postpone`, `asked_by: representative`)
in a final notice's term. The first build writes it, as a PDF (read back) and an e-mail (parsed), lists it among the
day's letters and puts its PDF in the print file; the next day's build into the same staff output does not write it
again. Staff's own postpone of another debtor gets none. A site whose content/letters was copied before the letter
existed builds, with the shipped opening. The counsellor's name and the reason stay out of the letter."""

import re
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from incasso.cli.main import main
from tests.support.ledgers import COUNSELLOR, event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, qr_codes, read_eml
from tests.support.site import REPO, build_site

AS_OF = date(2026, 3, 12)
REASON = "Schuldhulpverlener maakt een inventarisatie."
STEPS = [
    event(date(2026, 2, 5), "reminder", channel="letter"),
    event(date(2026, 2, 19), "dunning", channel="letter"),
    event(date(2026, 3, 2), "final_notice", channel="letter", costs=Decimal("187.50")),
]
WAIT = (
    "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 geen volgende "
    "stap."
)
SECRET = "s47-pause-letter-secret-0123456789abcdef"


def _ledger(tmp_path: Path) -> Path:
    asked = valid_debtor(
        representative={**COUNSELLOR, "since": date(2026, 3, 1)},
        events=[*STEPS, event(AS_OF, "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative")],
    )
    own = valid_debtor(
        id="D-1002",
        name="Pieter Bakker",
        invoices=[invoice(number="F2026-0002")],
        events=[*STEPS, event(AS_OF, "postpone", until=date(2026, 7, 1), reason="Wacht op subsidie.")],
    )
    return write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[asked, own])


def _build(folder: Path, ledger: Path, as_of: date = AS_OF, extra: tuple[str, ...] = ()):
    args = ["--public-url", "https://betalen.example.nl", *extra]
    site = build_site(folder, ledger=ledger, as_of=as_of, extra=args, secret=SECRET)
    assert site.exit_code == 0
    return site


def test_the_wait_is_confirmed_once_in_a_letter_and_an_e_mail(tmp_path, capsys, monkeypatch):
    ledger = _ledger(tmp_path / "ledger")
    site = _build(tmp_path, ledger)
    letters = site.internal / "letters"
    pdf = (letters / "D-1001-pause.pdf").read_bytes()
    text = flat(" ".join(pdf_text(pdf)))
    assert "Bevestiging: tot en met 30 juni 2026 geen volgende stap" in text
    assert WAIT in text
    assert "De termijn van onze laatste brief (sommatie) loopt wel gewoon door, met de incassokosten daarna." in text
    assert "Pas na 30 juni 2026 kunnen wij uw dossier overdragen aan een incassobureau." in text
    assert "Over het bedrag dat openstaat, loopt de rente door tot u alles heeft betaald." in text
    assert [code for code in qr_codes(pdf) if code.startswith("BCD")], "how to pay: the EPC QR code"
    for private in (REASON, "Schuldhulp Utrecht", "Jan Smit"):
        assert private not in text
    mail = read_eml(letters / "D-1001-pause.eml")
    assert str(mail["Subject"]).startswith("Bevestiging: tot en met 30 juni 2026 geen volgende stap")
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None and WAIT in " ".join(body.get_content().split())
    # Staff's own postpone: no letter, nor a step's (the wait holds it back).
    assert sorted(p.name for p in letters.iterdir() if p.name.startswith("D-1002")) == []
    printed = flat(" ".join(pdf_text((letters / f"print-{AS_OF}.pdf").read_bytes())))
    assert WAIT in printed
    overview = " ".join(re.sub(r"<[^>]+>", " ", (site.internal / "index.html").read_text(encoding="utf-8")).split())
    assert "Bevestiging uitstel: PDF" in overview
    capsys.readouterr()
    monkeypatch.setenv("INCASSO_SECRET", SECRET)  # the audit checks each link with the build's secret
    assert main(["audit", str(site.output), "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]) == 0, (
        capsys.readouterr().err
    )
    monkeypatch.delenv("INCASSO_SECRET")
    # The next night's build into the same staff output: confirmed already, not written again.
    again = _build(tmp_path, ledger, AS_OF + timedelta(days=1))
    assert [p.name for p in (again.internal / "letters").iterdir() if "pause" in p.name] == []


def test_a_site_whose_letters_were_copied_before_builds_with_the_shipped_opening(tmp_path):
    content = shutil.copytree(REPO / "content", tmp_path / "content")
    for lang in ("nl", "en"):
        (content / "letters" / lang / "pause.md").unlink()
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(
        f"from pelican.plugins.incasso.pelicanconf import *\nPATH = {str(content)!r}\n", encoding="utf-8"
    )
    site = _build(tmp_path, _ledger(tmp_path / "ledger"), extra=("--settings", str(settings)))
    text = flat(" ".join(pdf_text((site.internal / "letters" / "D-1001-pause.pdf").read_bytes())))
    assert f"{WAIT} Dit bevestigen wij in deze brief." in text
