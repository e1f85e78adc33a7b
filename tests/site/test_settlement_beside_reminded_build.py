"""s56, real nightly builds: a settlement (minnelijk akkoord) in two instalments, the first (Tuesday 15 December 2026)
not paid and the bank statements late, so that the build of Monday the 28th first sees it missed and writes its
reminder then: its grace counts from that day, to Sunday 10 January 2027 (claims.accord.grace_ends, with the build's
record: letters.due.confirmed_as_written). For a debtor in Utrecht (D-HOME), nothing paid.

Then staff enter a second settlement. Agreed on Saturday 2 January, while the first still runs (its reminder asks
payment by the 10th), it is one too many: the build refuses it, naming the first. Until s56 only the latest settlement
was read with its reminder's day, so the first was judged by the grace counted from the 16th (to 29 December), taken
as lapsed, and the second accepted beside it. Agreed on Tuesday the 12th, after the first lapsed (the 11th), it is
accepted."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import Site, build_night, night_read

pytestmark = pytest.mark.slow

FIRST = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    reason="Afgesproken aan de telefoon",
)
AGREED, WRITTEN = date(2026, 11, 28), date(2026, 12, 28)
# Each night before the second settlement and the last day the bank statements read reach (late, as an export can be).
NIGHTS = {AGREED: date(2026, 11, 27), WRITTEN: date(2026, 12, 24)}


def _second(agreed: date) -> dict:
    return event(agreed, "settlement", amount=Decimal("500.00"), pay_by=date(2027, 3, 31), reason="Nieuw voorstel")


def _build(tmp_path: Path, night: date, until: date, events: list[dict]) -> Site:
    """A night's build into the same folders as the night before: nothing paid, the statements up to `until` (one
    booking of the bank's own costs on that day)."""
    debtor = valid_debtor(id="D-HOME", invoices=[invoice(number="F2026-1")], events=events)
    return build_night(tmp_path, [debtor], night, until)


@pytest.fixture(scope="module")
def reminded(tmp_path_factory) -> Path:
    """The folders after the night of the 28th, whose build wrote the first settlement's reminder late."""
    tmp_path = tmp_path_factory.mktemp("beside_reminded")
    for night, until in NIGHTS.items():
        assert _build(tmp_path, night, until, [FIRST]).exit_code == 0
    written = night_read(Site(tmp_path / "output", tmp_path / "internal", 0))
    assert "D-HOME-settlement_reminder.pdf" in written["letters"]
    assert written["claims"]["D-HOME"]["next_action"]["due"] == "2027-01-11"  # its grace to the 10th
    return tmp_path


def test_a_second_settlement_agreed_in_the_grace_a_late_reminder_gave_the_first_is_refused(reminded, tmp_path, capsys):
    folders = shutil.copytree(reminded, tmp_path / "night")
    capsys.readouterr()
    site = _build(folders, date(2027, 1, 4), date(2027, 1, 3), [FIRST, _second(date(2027, 1, 2))])
    err = capsys.readouterr().err
    assert site.exit_code == 1, err
    assert "events[1].type: another settlement runs (events[0], agreed on 2026-11-28)" in err, err


def test_a_second_settlement_agreed_after_the_first_lapsed_in_that_grace_is_accepted(reminded, tmp_path, capsys):
    folders = shutil.copytree(reminded, tmp_path / "night")
    site = _build(folders, date(2027, 1, 13), date(2027, 1, 12), [FIRST, _second(date(2027, 1, 12))])
    assert site.exit_code == 0, capsys.readouterr().err
    claim = night_read(site)["claims"]["D-HOME"]
    assert claim["status"] == "settlement", claim
