"""A wait asked for before a settlement (a `postpone` with `asked_by`, recorded before the `settlement`) whose `until`
is after the settlement lapses: the settlement superseded it (claims.escalation.standing_postpone, docs/ledger-format.md
"Postponing the next step"). The counsellor asked for time to make a proposal; the settlement is that proposal. After
its lapse the steps go on from the lapse's day, as without the wait: the page says no wait, no letter confirms one,
staff read no "Uitgesteld tot" and claims.json's next_action is not postponed. A wait recorded after the lapse waits
as any.

One consumer invoice of 1250.00 due 4 February 2026 (tests.support.ledgers.valid_debtor), a reminder on 10 February;
the counsellor asks on 20 November to wait until 1 March 2027; the settlement of 600.00 agreed on 28 November, to pay
by 31 January 2027, lapses on 1 February (nothing paid)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.checks import claim_problems
from incasso.claims.states import ActionKind
from incasso.ledger.model import Channel, Language
from incasso.letters.due import NO_RECORD, FirstSeen, LetterKind, letters_due, seen_record
from incasso.letters.view import letter_view
from incasso.staff.explain import what_next
from incasso.staff.exports import claims_document
from incasso.staff.language import speaking
from incasso.statement.steps import next_steps
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment

REMINDER = event(date(2026, 2, 10), "reminder")
WAIT = event(
    date(2026, 11, 20),
    "postpone",
    until=date(2027, 3, 1),
    reason="Schuldhulp maakt een voorstel",
    asked_by="representative",
)
SETTLEMENT = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
LAPSED_ON = date(2027, 2, 1)
BUILT = date(2027, 2, 3)


def _claim(tmp_path: Path, on: date, *events, language="nl"):
    ledger = one_debtor_ledger(tmp_path, events=[REMINDER, *events], representative=COUNSELLOR, language=language)
    return ledger, assess(ledger, ledger.debtors[0], on)


def test_before_the_settlement_the_wait_holds_the_step_and_is_confirmed(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 11, 20), WAIT)  # its own day: no record
    assert claim.next_action is not None and claim.next_action.due == date(2027, 3, 1)
    assert claim.next_action.postponed is not None
    assert LetterKind.PAUSE in [due.kind for due in letters_due(claim, NO_RECORD)]


def test_after_the_lapse_the_step_is_due_from_the_lapse_not_held_to_the_day_asked_before(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, BUILT, WAIT, SETTLEMENT)
    assert claim_problems([claim]) == []  # the ledger is history: nothing to refuse
    assert claim.accord is not None and claim.accord.lapsed and claim.accord.ended_on == LAPSED_ON
    action = claim.next_action
    assert action is not None and action.kind == ActionKind.DUNNING
    assert action.due == LAPSED_ON and action.postponed is None
    # claims.json: the step is not postponed.
    (entry,) = claims_document([claim], BUILT, ledger.creditor.policy, lambda c: "")["claims"]
    assert entry["next_action"]["postponed"] is None and entry["next_action"]["due"] == "2027-02-01"


def test_the_page_and_staff_say_no_wait_after_the_lapse(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, BUILT, WAIT, SETTLEMENT)
    said = " ".join(next_steps(claim, ledger, Language.NL, page=True))
    assert "De afspraak van 28 november 2026 is vervallen" in said, said
    assert "wachten" not in said and "1 maart 2027" not in said, said
    with speaking(Language.NL):
        staff = " ".join(what_next(claim, ledger.creditor))
    assert "Uitgesteld" not in staff and "1 maart 2027" not in staff, staff


def test_no_letter_confirms_the_wait_after_the_lapse_and_the_next_letter_asks_the_whole_claim(tmp_path: Path):
    """A build while the settlement ran wrote nothing for the wait (it held no step back then): before, the first build
    after the lapse confirmed "Uw schuldhulpverlener heeft ons gevraagd om te wachten" for a wait asked in November."""
    _, running = _claim(tmp_path / "a", date(2027, 1, 20), WAIT, SETTLEMENT)
    record = FirstSeen(seen_record([running], NO_RECORD), complete=True, built=date(2027, 1, 20))
    ledger, claim = _claim(tmp_path / "b", BUILT, WAIT, SETTLEMENT)
    kinds = [due.kind for due in letters_due(claim, record)]
    assert kinds == [LetterKind.DUNNING], kinds
    (due,) = letters_due(claim, record)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = " ".join([*view.terms, *view.next_steps.lines])
    assert "wachten" not in said and "1 maart 2027" not in said, said


def test_a_wait_asked_after_the_lapse_waits_as_any(tmp_path: Path) -> None:
    again = event(date(2027, 2, 2), "postpone", until=date(2027, 3, 15), reason="Nieuw voorstel", asked_by="debtor")
    ledger, claim = _claim(tmp_path, BUILT, WAIT, SETTLEMENT, again)
    assert claim_problems([claim]) == []
    assert claim.next_action is not None and claim.next_action.due == date(2027, 3, 15)
    assert claim.next_action.postponed is not None and claim.next_action.postponed.until == date(2027, 3, 15)
    said = " ".join(next_steps(claim, ledger, Language.NL, page=True))
    assert "U heeft ons gevraagd om te wachten" in said and "tot en met 14 maart 2027" in said, said


REPLACED = {
    "nl": "Uw schuldhulpverlener vroeg ons eerder om tot en met 28 februari 2027 geen volgende stap te zetten. Deze "
    "afspraak komt daarvoor in de plaats. Eindigt de afspraak voordat alles is betaald? Dan wachten wij niet tot die "
    "dag.",
    "en": "Your debt counsellor asked us earlier to take no further step up to and including 28 February 2027. This "
    "agreement replaces that. If the agreement ends before everything is paid, we will not wait until that day.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_settlement_s_confirmation_and_its_page_say_it_replaces_the_wait(tmp_path: Path, language: str) -> None:
    """s48 review: the counsellor had "tot en met 28 februari geen volgende stap" in writing, then a settlement was
    agreed, and it lapsed: the dunning letter came before that day, and no letter had said the wait ended. The
    confirmation says it, and the page while the settlement runs; the first letter after a lapse does not repeat it
    (above: said once)."""
    ledger, claim = _claim(tmp_path, SETTLEMENT["date"], WAIT, SETTLEMENT, language=language)
    (due,) = [due for due in letters_due(claim, NO_RECORD) if due.kind == LetterKind.SETTLEMENT]
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = " ".join(view.terms).replace("\xa0", " ")
    assert said.count(REPLACED[language]) == 1, said
    page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
    assert REPLACED[language] in page, page
    assert COUNSELLOR["name"] not in said + page


def test_no_wait_standing_on_the_settlement_s_day_nothing_is_said(tmp_path: Path) -> None:
    """Staff's own postpone (no asked_by) is never said to the debtor; a wait over before the settlement, or one a
    letter since ended, replaced nothing."""
    own = {**WAIT, "asked_by": None}
    own.pop("asked_by")
    over = {**WAIT, "until": date(2026, 11, 25)}
    letter = event(date(2026, 11, 24), "dunning")
    for n, events in enumerate(([own, SETTLEMENT], [over, SETTLEMENT], [WAIT, letter, SETTLEMENT])):
        ledger, claim = _claim(tmp_path / str(n), SETTLEMENT["date"], *events)
        page = " ".join(next_steps(claim, ledger, Language.NL, page=True))
        assert "vroeg ons eerder" not in page, (n, page)
        (due,) = [due for due in letters_due(claim, NO_RECORD) if due.kind == LetterKind.SETTLEMENT]
        assert "vroeg ons eerder" not in " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms), n


def test_the_page_stops_saying_it_once_the_day_asked_for_has_passed(tmp_path: Path) -> None:
    """Read after 28 February (the settlement in instalments still running), the day is no news any more."""
    later = event(
        date(2026, 11, 28),
        "settlement",
        amount=Decimal("600.00"),
        installments=[{"due": date(2026, 12, 31), "amount": "300.00"}, {"due": date(2027, 6, 30), "amount": "300.00"}],
    )
    paid = [payment(date=date(2026, 12, 30), amount=Decimal("300.00"))]
    for on, said in ((date(2027, 2, 27), True), (date(2027, 3, 2), False)):
        ledger = one_debtor_ledger(
            tmp_path / str(on), events=[REMINDER, WAIT, later], representative=COUNSELLOR, payments=paid
        )
        claim = assess(ledger, ledger.debtors[0], on)
        assert claim.accord is not None and not claim.accord.undone
        page = " ".join(next_steps(claim, ledger, Language.NL, page=True))
        assert ("vroeg ons eerder" in page) is said, (on, page)
