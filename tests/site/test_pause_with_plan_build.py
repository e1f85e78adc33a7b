"""s48, real builds: a payment plan and the wait the counsellor asked for, agreed in one call on 10 March and entered
after that night's build. The next night's build writes one letter, the plan's confirmation, which says the wait too
(PDF read back, e-mail parsed), and no `pause` letter; the day's letters on the overview and the dossier's row of the
postpone say the plan's letter confirmed the wait; the night after, into the same staff output, writes neither, and
the dossier still says it."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from tests.support.ledgers import COUNSELLOR, event, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, visible_text

AS_OF = date(2026, 3, 10)
REASON = "Schuldhulpverlener maakt een inventarisatie."
EVENTS = [
    event(date(2026, 2, 5), "reminder", channel="letter"),
    event(date(2026, 2, 19), "dunning", channel="letter"),
    event(
        AS_OF, "arrangement", installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)]
    ),
    event(AS_OF, "postpone", until=date(2026, 7, 1), reason=REASON, asked_by="representative"),
]
WAIT = (
    "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en met 30 juni 2026 geen volgende "
    "stap. Ook dat bevestigen wij met deze brief. Het wachten verandert niets aan uw betalingsregeling: de termijnen "
    "blijven op de afgesproken dagen."
)
SUBJECT = "Bevestiging van uw betalingsregeling en van het wachten tot en met 30 juni 2026"
SECRET = "s48-pause-with-plan-secret-0123456789abcdef"


def _build(tmp_path: Path, as_of: date, events: list = EVENTS):
    doc = valid_debtor(representative={**COUNSELLOR, "since": date(2026, 3, 1)}, events=events)
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="statutory"), debtors=[doc])
    args = ["--public-url", "https://betalen.example.nl"]
    site = build_site(tmp_path, ledger=ledger, as_of=as_of, extra=args, secret=SECRET)
    assert site.exit_code == 0
    return site


def _text(path: Path) -> str:
    return visible_text(path.read_text(encoding="utf-8"))


def test_one_letter_confirms_the_plan_and_the_wait_once(tmp_path):
    _build(tmp_path, AS_OF, EVENTS[:2])  # the night's build of 10 March, before they were entered
    site = _build(tmp_path, AS_OF + timedelta(days=1))
    letters = site.internal / "letters"
    assert sorted(p.name for p in letters.glob("D-1001-*")) == ["D-1001-arrangement.eml", "D-1001-arrangement.pdf"]
    text = flat(" ".join(pdf_text((letters / "D-1001-arrangement.pdf").read_bytes())))
    assert SUBJECT in text and WAIT in text, text
    assert "wij sturen u een betalingsherinnering, maar pas na 30 juni 2026." in text
    for private in (REASON, "Schuldhulp Utrecht", "Jan Smit"):
        assert private not in text
    mail = read_eml(letters / "D-1001-arrangement.eml")
    assert str(mail["Subject"]).startswith(SUBJECT)
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None and WAIT.replace("deze brief", "deze e-mail") in " ".join(body.get_content().split())
    overview = _text(site.internal / "index.html")
    assert "bevestigt ook het gevraagde uitstel tot en met 30 juni 2026 (geen aparte brief)" in overview
    assert "Bevestiging uitstel" not in overview
    said = "geen aparte brief: bevestigd in de brief klaargezet op 11 mrt 2026 (Bevestiging betalingsregeling)"
    assert said in _text(site.internal / "d" / "D-1001.html")
    # The next night, into the same staff output: confirmed already, neither letter again; the dossier still says it.
    again = _build(tmp_path, AS_OF + timedelta(days=2))
    assert list((again.internal / "letters").glob("D-1001-*")) == []
    assert said in _text(again.internal / "d" / "D-1001.html")


def test_the_dossier_still_says_the_plan_s_letter_confirmed_the_wait_after_the_plan_is_corrected(tmp_path):
    """The plan's schedule corrected three days later: its confirmation is written again, and the postpone's row said
    "brief klaargezet op 11 mrt 2026" as if the wait had had a letter of its own that night (none was written)."""
    _build(tmp_path, AS_OF, EVENTS[:2])
    _build(tmp_path, AS_OF + timedelta(days=1))
    months = range(4, 10)
    corrected = event(
        AS_OF, "arrangement", installments=[{"due": date(2026, m, 1), "amount": "200.00"} for m in months]
    )
    site = _build(tmp_path, AS_OF + timedelta(days=4), [*EVENTS[:2], corrected, EVENTS[3]])
    letters = site.internal / "letters"
    assert sorted(p.name for p in letters.glob("D-1001-*")) == ["D-1001-arrangement.eml", "D-1001-arrangement.pdf"]
    dossier = _text(site.internal / "d" / "D-1001.html")
    said = "geen aparte brief: bevestigd in de brief klaargezet op 11 mrt 2026 (Bevestiging betalingsregeling)"
    assert said in dossier, dossier
    assert "brief klaargezet op 11 mrt 2026 (in de brieven van die build)" not in dossier


def test_entered_before_the_night_s_build_the_dossier_says_it_on_later_nights_too(tmp_path):
    """s49: the plan and the wait entered before the night's build of their own day: that build writes the one letter,
    and the dossier said where the wait was confirmed on that night only; a later night's said nothing of either
    letter, which staff read as never confirmed. The record (confirmations.json) tells: later nights say it too."""
    _build(tmp_path, AS_OF - timedelta(days=1), EVENTS[:2])
    site = _build(tmp_path, AS_OF)
    letters = site.internal / "letters"
    assert sorted(p.name for p in letters.glob("D-1001-*")) == ["D-1001-arrangement.eml", "D-1001-arrangement.pdf"]
    said = "geen aparte brief: bevestigd in de brief klaargezet op 10 mrt 2026 (Bevestiging betalingsregeling)"
    plan = "Bevestiging: brief klaargezet op 10 mrt 2026 (in de brieven van die build) 10 mrt 2026 Uitstel"
    for night in (1, 2, 30):
        later = _build(tmp_path, AS_OF + timedelta(days=night))
        assert list((later.internal / "letters").glob("D-1001-*")) == []
        dossier = _text(later.internal / "d" / "D-1001.html")
        assert said in dossier and plan in dossier, dossier
