"""A representative's `since` and `until` (docs/ledger-format.md, "The days they act"): a letter went where it went
on its day. Adding an administrator, or ending one, moves no letter already sent, its days of receipt, nor the term
of a final notice; the day's letters, page and staff pages follow the block only while it acts."""

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.audit.ledger import Kind, debtor_marks
from incasso.claims.assess import assess
from incasso.claims.checks import assess_ledger
from incasso.claims.dossier_notes import NoteKind, dossier_notes, in_english
from incasso.claims.timing import notice_term_end
from incasso.contact import addressee, postal_lines
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.ledger.problems import LedgerError
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from incasso.staff.notes import note_text
from incasso.staff.view import acting_for
from incasso.statement.view import statement_view
from tests.support.ledgers import ADMINISTRATOR, event, valid_debtor, write_ledger

ABROAD = ["Rue de la Loi 155 boîte 12", "1040 Etterbeek", "België"]
AT_HOME = valid_debtor()["contact"]["address"]  # Dorpsstraat 1, 1234 AB Ergens
ADMINISTRATORS = ("Postbus 1234", "3500 AA Utrecht")  # ADMINISTRATOR's address, in the Netherlands
# Posted on Tuesday 3 November 2026: within the Netherlands received Thursday 5 November (2 PostNL delivery days),
# its term ending 19 November; abroad after 10 delivery days, Tuesday 17 November, its term ending 1 December.
POSTED = date(2026, 11, 3)
NOTICE = event(POSTED, "final_notice", channel="letter", costs=Decimal("187.50"))


def _ledger(tmp_path: Path, address: list[str], representative: dict | None, events: list[dict] = ()):
    changes = {"contact.address": address, "events": list(events)}
    doc = valid_debtor(**changes, **({"representative": representative} if representative else {}))
    return load_ledger(write_ledger(tmp_path, debtors=[doc]))


def _claim(tmp_path: Path, as_of: date, address: list[str], representative: dict | None, events: list[dict] = ()):
    ledger = _ledger(tmp_path, address, representative, events)
    return ledger, assess(ledger, ledger.debtors[0], as_of)


def test_a_final_notice_posted_abroad_keeps_its_receipt_and_term_when_an_administrator_here_is_appointed(tmp_path):
    appointed = {**ADMINISTRATOR, "since": date(2026, 11, 16)}
    ledger, claim = _claim(tmp_path / "since", date(2026, 11, 25), ABROAD, appointed, [NOTICE])
    assert claim.debtor.contact.address == ADMINISTRATORS  # today's letters go p/a the administrator
    (notice,) = claim.notices
    assert notice_term_end(ledger.creditor, claim.debtor, notice) == date(2026, 12, 1)  # counted from abroad
    assert claim.costs.from_date == date(2026, 12, 2)  # the costs wait for the term the letter stated
    assert claim.settlement.costs is None  # none charged on 25 November
    # The dossier still says the notice was posted abroad while its term runs: ask when it arrived.
    kinds = [note.kind for note in dossier_notes(claim, ledger.creditor)]
    assert NoteKind.NOTICE_ABROAD in kinds
    # Without `since` the block applies as before the field existed: every letter went p/a the administrator.
    ledger, undated = _claim(tmp_path / "undated", date(2026, 11, 25), ABROAD, ADMINISTRATOR, [NOTICE])
    assert undated.costs.from_date == date(2026, 11, 20)
    assert NoteKind.NOTICE_ABROAD not in [note.kind for note in dossier_notes(undated, ledger.creditor)]


def test_a_final_notice_posted_to_the_administrator_keeps_its_term_once_their_help_ended(tmp_path):
    # The debtor lives abroad; an administrator in the Netherlands acted from March to the end of November.
    acted = {**ADMINISTRATOR, "since": date(2026, 3, 2), "until": date(2026, 11, 30)}
    ledger, claim = _claim(tmp_path, date(2026, 12, 4), ABROAD, acted, [NOTICE])
    assert claim.debtor.contact.address == tuple(ABROAD)  # today's letters: the debtor's own address again
    (notice,) = claim.notices
    assert notice_term_end(ledger.creditor, claim.debtor, notice) == date(2026, 11, 19)  # it went p/a, here
    assert claim.costs.from_date == date(2026, 11, 20)


def test_a_block_whose_until_has_passed_gives_the_debtors_own_address_and_page(tmp_path):
    acted = {**ADMINISTRATOR, "since": date(2026, 3, 2), "until": date(2026, 11, 30)}
    ledger, claim = _claim(tmp_path, date(2026, 12, 4), AT_HOME, acted)
    debtor = claim.debtor
    assert debtor.representative is None and debtor.own_contact is None
    assert debtor.contact.email == valid_debtor()["contact"]["email"]
    assert addressee(debtor) == debtor.name and postal_lines(debtor) == tuple(AT_HOME)
    (due,) = letters_due(claim, NO_RECORD)
    assert letter_view(ledger, claim, due, Channel.LETTER).recipient == (debtor.name, *AT_HOME)
    page = statement_view(claim, ledger)
    assert not page.help.intro.startswith("Uw bewindvoerder") and page.help.invite  # the box as without one
    shown = repr(asdict(page))
    assert [word for word in ("Bewindvoering", "Postbus 1234", "bewinddomstad") if word in shown] == []
    # Staff: today's work names nobody; the dossier says who acted, when, and that the letters went p/a then.
    assert acting_for(debtor.representative, claim.as_of) is None
    assert acting_for(debtor.written_block, claim.as_of) == (
        "Was bewindvoerder van 2 maart 2026 tot en met 30 november 2026 (de brieven gingen toen p/a de "
        "bewindvoerder; nu weer naar de debiteur zelf): Bewindvoering Domstad B.V., +31 30 200 11 22, "
        "post@bewinddomstad.example.nl, Postbus 1234, 3500 AA Utrecht"
    )
    # The audit: their words are still a third party's, on no page.
    third = {what for _, what, kind in debtor_marks(ledger.debtors[0], set()) if kind == Kind.THIRD_PARTY}
    assert "the representative's name" in third


def test_before_since_and_on_until_the_letters_go_where_the_block_says(tmp_path):
    acted = {**ADMINISTRATOR, "since": date(2026, 3, 2), "until": date(2026, 11, 30)}
    debtor = _ledger(tmp_path, AT_HOME, acted).debtors[0]
    assert debtor.contact_on(date(2026, 3, 1)).address == tuple(AT_HOME)
    assert debtor.contact_on(date(2026, 3, 2)).address == ADMINISTRATORS
    assert debtor.contact_on(date(2026, 11, 30)).address == ADMINISTRATORS  # `until` is their last day
    assert debtor.contact_on(date(2026, 12, 1)).address == tuple(AT_HOME)
    on_the_day = debtor.on(date(2026, 6, 1))
    assert on_the_day.representative is not None and addressee(on_the_day).endswith("p/a Bewindvoering Domstad B.V.")
    assert on_the_day.own_contact is not None and on_the_day.own_contact.address == tuple(AT_HOME)
    assert acting_for(on_the_day.representative, date(2026, 6, 1)) == (
        "Bewindvoerder van 2 maart 2026 tot en met 30 november 2026 (de brieven gaan p/a de bewindvoerder): "
        "Bewindvoering Domstad B.V., +31 30 200 11 22, post@bewinddomstad.example.nl, Postbus 1234, 3500 AA Utrecht"
    )


@pytest.mark.parametrize("key", ["since", "until"])
def test_a_day_still_to_come_is_refused_on_the_day_with_its_line(tmp_path, key):
    doc = valid_debtor(representative={**ADMINISTRATOR, key: date(2026, 12, 9)})
    root = write_ledger(tmp_path, debtors=[doc])
    ledger = load_ledger(root)  # valid as such: the rule is one of the day
    with pytest.raises(LedgerError) as refused:
        assess_ledger(ledger, date(2026, 12, 5))
    (problem,) = [str(p) for p in refused.value.problems]
    from tests.support.ledgers import debtor_path, where

    assert problem == (
        f"{debtor_path(root, doc)}:{where(doc, f'representative.{key}')}: representative.{key}: is after "
        "2026-12-05, the day the claims are computed for: add it once that day has come (got 2026-12-09)"
    )
    assert assess_ledger(ledger, date(2026, 12, 9))  # on the day itself it is valid


# The reminder and the dunning letter sent: from 5 March 2026 the final notice is the next step.
STEPS_SENT = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
# The same posted abroad: the dunning letter of Monday 9 February arrives 10 days later than at home, and the final
# notice follows it from 5 March too (claims.timing.step_after_letter).
STEPS_SENT_ABROAD = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 9), "dunning")]


def _abroad_notes(claim, creditor) -> list[NoteKind]:
    abroad = (NoteKind.NOTICE_ABROAD, NoteKind.NOTICE_ABROAD_EMAIL, NoteKind.CONSUMER_ABROAD)
    return [note.kind for note in dossier_notes(claim, creditor) if note.kind in abroad]


def test_a_consumer_abroad_whose_letters_go_to_an_administrator_here_is_told_of_the_costs_before_the_notice(
    tmp_path,
):
    # The debtor lives in Belgium, the administrator in Utrecht receives the letters: the notice is posted here
    # (no days abroad to say), but its costs are the Dutch staffel's, which the debtor's own country may not
    # allow (ledger-format, "Debtors abroad"): the country of the consumer decides, not that of the letter.
    ledger, claim = _claim(tmp_path / "next", date(2026, 3, 6), ABROAD, ADMINISTRATOR, STEPS_SENT)
    assert claim.next_action.kind.value == "final_notice"
    assert _abroad_notes(claim, ledger.creditor) == [NoteKind.CONSUMER_ABROAD]
    posted = event(date(2026, 3, 10), "final_notice", channel="letter", costs=Decimal("187.50"))
    ledger, claim = _claim(tmp_path / "runs", date(2026, 3, 16), ABROAD, ADMINISTRATOR, [*STEPS_SENT, posted])
    assert _abroad_notes(claim, ledger.creditor) == [NoteKind.CONSUMER_ABROAD]  # while its term runs
    # A consumer at home with the same administrator is told nothing of the kind.
    ledger, claim = _claim(tmp_path / "home", date(2026, 3, 6), AT_HOME, ADMINISTRATOR, STEPS_SENT)
    assert _abroad_notes(claim, ledger.creditor) == []


def test_a_consumer_abroad_with_an_administrator_here_who_agreed_to_e_mail_is_told_of_the_costs(tmp_path):
    doc = valid_debtor(
        **{"contact.address": ABROAD, "contact.final_notice_by": "email", "events": STEPS_SENT},
        representative=ADMINISTRATOR,
    )
    ledger = load_ledger(write_ledger(tmp_path, debtors=[doc]))
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))
    assert claim.debtor.final_notice_forms() == (Channel.EMAIL,)  # to the administrator's e-mail address
    assert _abroad_notes(claim, ledger.creditor) == [NoteKind.NOTICE_ABROAD_EMAIL]


def test_a_consumer_at_home_whose_notice_is_posted_abroad_is_told_the_days_not_the_costs_abroad(tmp_path):
    # s45 review 2: the administrator who receives the letters is abroad, the consumer lives here. The notice is
    # posted abroad (its days of post are said), but no other country's law protects this consumer: the note says
    # nothing of their own country's caps on the costs (ledger-format, "Debtors abroad": the consumer's own address).
    in_belgium = {**ADMINISTRATOR, "address": ABROAD}
    ledger, claim = _claim(tmp_path / "home", date(2026, 3, 6), AT_HOME, in_belgium, STEPS_SENT_ABROAD)
    (note,) = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.NOTICE_ABROAD]
    said = in_english(note)
    assert "PostNL delivery days" in said and "their own country's law" not in said, said
    assert "Nederlandse staffel" not in note_text(note) and "bezorgdagen" in note_text(note)
    # A consumer who lives abroad, the letters posted to them there: the days and the costs.
    ledger, claim = _claim(tmp_path / "abroad", date(2026, 3, 6), ABROAD, None, STEPS_SENT_ABROAD)
    (note,) = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.NOTICE_ABROAD]
    assert "their own country's law may allow less" in in_english(note)
    assert "Nederlandse staffel" in note_text(note)
