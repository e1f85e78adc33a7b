"""changes.md lists a settlement (minnelijk akkoord) when it is recorded, paid in time or lapses: each a section of
its own, with what was agreed, what was remitted, or what is open again (docs/cli.md, changes.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.changes import changes_markdown, compare
from incasso.staff.exports import claims_document
from incasso.staff.language import speaking
from tests.support.ledgers import event, one_debtor_ledger, payment

AGREED = date(2026, 11, 28)
REMINDER = event(date(2026, 2, 10), "reminder")
BY_DAY = event(AGREED, "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
IN_TWO = event(
    AGREED,
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)


def _claims(tmp_path: Path, on: date, *events, paid=()):
    ledger = one_debtor_ledger(tmp_path, events=[REMINDER, *events], payments=list(paid))
    claim = assess(ledger, ledger.debtors[0], on)
    return claims_document([claim], on, ledger.creditor.policy, lambda c: "")


def test_a_settlement_recorded_since_the_previous_build_is_listed_with_what_was_agreed(tmp_path: Path) -> None:
    before = _claims(tmp_path / "a", date(2026, 11, 27))
    after = _claims(tmp_path / "b", date(2026, 11, 30), IN_TWO)
    changes = compare(before, after)
    (entry,) = changes.sections["settlement_started"]
    assert entry.values["terms"] == "in 2 termijnen, de laatste uiterlijk 15 januari 2027"
    text = changes_markdown(changes).replace("\xa0", " ")
    assert "## Minnelijk akkoord afgesproken (1)" in text
    assert (
        ": EUR 600,00 van EUR 1.250,00, in 2 termijnen, de laatste uiterlijk 15 januari 2027 (afgesproken op 28 "
        in text
    )
    assert not changes.sections["settlement_settled"] and not changes.sections["settlement_lapsed"]
    # The next build, nothing new: not listed again.
    assert not compare(after, _claims(tmp_path / "c", date(2026, 12, 1), IN_TWO)).sections["settlement_started"]


def test_a_settlement_paid_in_time_is_listed_with_the_rest_remitted(tmp_path: Path) -> None:
    before = _claims(tmp_path / "a", date(2027, 1, 10), BY_DAY)
    paid = [payment(date=date(2027, 1, 14), amount=Decimal("600.00"))]
    after = _claims(tmp_path / "b", date(2027, 1, 15), BY_DAY, paid=paid)
    with speaking(Language.EN):
        changes = compare(before, after)
        text = changes_markdown(changes).replace("\xa0", " ")
    assert not changes.sections["settlement_started"]
    assert "## Settlement paid: the rest remitted (1)" in text
    assert ": EUR 600.00 paid on 14 January 2027, EUR 650.00 remitted" in text


def test_a_lapsed_settlement_is_listed_with_the_whole_claim_open_again(tmp_path: Path) -> None:
    paid = [payment(date=date(2027, 1, 14), amount=Decimal("100.00"))]
    before = _claims(tmp_path / "a", date(2027, 1, 20), BY_DAY, paid=paid)
    after = _claims(tmp_path / "b", date(2027, 2, 3), BY_DAY, paid=paid)
    changes = compare(before, after)
    (entry,) = changes.sections["settlement_lapsed"]
    assert entry.values["date"] == "1 februari 2027" and entry.values["paid"].replace("\xa0", " ") == "EUR 100,00"
    text = changes_markdown(changes).replace("\xa0", " ")
    assert "## Minnelijk akkoord vervallen: hele vordering weer open (1)" in text
    assert ": vervallen op 1 februari 2027, EUR 100,00 van EUR 600,00 betaald; nu EUR " in text


def test_a_lapse_with_nothing_paid_says_nothing_was_not_eur_0(tmp_path: Path) -> None:
    """ "EUR 0,00 van EUR 600,00 betaald" read as a figure where it means none (the dossier says "niets betaald
    sindsdien")."""
    before = _claims(tmp_path / "a", date(2027, 1, 20), BY_DAY)
    after = _claims(tmp_path / "b", date(2027, 2, 3), BY_DAY)
    text = changes_markdown(compare(before, after)).replace("\xa0", " ")
    assert ": vervallen op 1 februari 2027, niets betaald van EUR 600,00; nu EUR " in text, text
    assert "EUR 0,00" not in text
    with speaking(Language.EN):
        english = changes_markdown(compare(before, after)).replace("\xa0", " ")
    assert ": lapsed on 1 February 2027, none of EUR 600.00 paid; now EUR " in english, english
    assert "EUR 0.00" not in english


def test_a_settlement_recorded_and_paid_between_two_builds_is_listed_twice(tmp_path: Path) -> None:
    before = _claims(tmp_path / "a", date(2026, 11, 27))
    paid = [payment(date=date(2026, 12, 1), amount=Decimal("600.00"))]
    changes = compare(before, _claims(tmp_path / "b", date(2026, 12, 3), BY_DAY, paid=paid))
    assert len(changes.sections["settlement_started"]) == len(changes.sections["settlement_settled"]) == 1


def test_an_older_claims_json_without_settlements_lists_only_one_agreed_after_its_day(tmp_path: Path) -> None:
    before = _claims(tmp_path / "a", date(2026, 11, 27))
    for claim in before["claims"]:
        del claim["settlement"]
    assert compare(before, _claims(tmp_path / "b", date(2026, 11, 30), BY_DAY)).sections["settlement_started"]
    older = _claims(tmp_path / "c", date(2026, 11, 29), BY_DAY)
    for claim in older["claims"]:
        del claim["settlement"]
    assert not compare(older, _claims(tmp_path / "d", date(2026, 11, 30), BY_DAY)).sections["settlement_started"]


def test_a_list_is_written_whole_in_the_language_its_entries_were_worded_in(tmp_path: Path) -> None:
    """The entries are worded when compared: written in another language about them, the headings followed that one
    and the status words not ("Status changed: Minnelijk akkoord → Geschikt"). Each list now has one language."""
    before = _claims(tmp_path / "a", date(2027, 1, 10), BY_DAY)
    paid = [payment(date=date(2027, 1, 14), amount=Decimal("600.00"))]
    after = _claims(tmp_path / "b", date(2027, 1, 15), BY_DAY, paid=paid)
    dutch = compare(before, after)
    with speaking(Language.EN):
        english = compare(before, after)
        written_in_english = changes_markdown(dutch)
    assert "## Andere status (1)" in written_in_english and "Minnelijk akkoord → Geschikt" in written_in_english
    assert "Status changed" not in written_in_english and "remitted" not in written_in_english
    in_dutch_about = changes_markdown(english)
    assert "## Status changed (1)" in in_dutch_about and ": Settlement → Settled (rest remitted)" in in_dutch_about
    assert "Andere status" not in in_dutch_about and "kwijtgescholden" not in in_dutch_about
