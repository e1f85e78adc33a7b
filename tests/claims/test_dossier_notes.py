"""A dossier's notes as records: made once, said in English for the log and (tests/staff/test_notes.py) in
Dutch for staff, so the two cannot drift apart."""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import (
    DRAWN_NOTES,
    ENGLISH,
    NOT_IN_THE_LOG,
    DossierNote,
    NoteKind,
    about_next_step,
    dossier_notes,
    in_english,
)
from incasso.claims.notices import (
    claim_notes,
    costs_from_due_stated,
    dossier_doubts,
    later_invoices,
    later_payments_and_letters,
)
from incasso.claims.states import ActionKind
from tests.support.ledgers import ADMINISTRATOR, event, one_debtor_ledger, payment
from tests.support.note_scenarios import BOTH_LANGUAGES, noted, notes_of


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory):
    return noted(tmp_path_factory.mktemp("notes"))


def test_every_kind_of_note_is_made_by_a_scenario_and_has_its_english(scenarios):
    made = {note.kind for claim, creditor in scenarios.values() for note in dossier_notes(claim, creditor)}
    drawn = {note.kind for claim, creditor in scenarios.values() for note in notes_of(claim, creditor)} - made
    assert made == set(NoteKind) - DRAWN_NOTES and drawn == DRAWN_NOTES  # the renderer's: not `dossier_notes`'
    assert set(NoteKind) == set(ENGLISH)


def test_the_records_in_english_are_the_lines_the_log_says(scenarios):
    for name, (claim, creditor) in scenarios.items():
        debtors, as_of = [claim.debtor], claim.as_of
        said = claim_notes([claim], creditor) + dossier_doubts(debtors, creditor) + later_invoices(debtors, as_of)
        said += later_payments_and_letters(debtors, as_of) + costs_from_due_stated(creditor, debtors, as_of)
        assert sorted(in_english(note) for note in dossier_notes(claim, creditor)) == sorted(said), name


def test_a_note_names_its_kind_debtor_place_and_facts(scenarios):
    claim, creditor = scenarios["costs_above"]
    (note,) = dossier_notes(claim, creditor)
    notice = claim.debtor.events[0]
    facts = (("date", date(2026, 3, 6)), ("costs", Decimal("900.00")), ("most", Decimal("187.50")))
    facts += (("debtor_type", "consumer"),)  # staff read whether they may contest the costs (staff.words.NOTE_BUSINESS)
    assert note == DossierNote(NoteKind.COSTS_ABOVE_STAFFEL, "D-1001", notice.source, facts)
    assert note.values == dict(facts)


def test_a_final_notice_whose_costs_count_a_payment_dated_before_it_asked_for_money_paid(scenarios):
    # Its costs (the staffel over 1250.00) say the letter did not know of the 1000.00 paid four days before it:
    # it asked more than was owed that day. The staffel over the 250.00 then open is 40.00.
    claim, creditor = scenarios["notice_asked_paid"]
    (note,) = dossier_notes(claim, creditor)
    facts = {"date": date(2026, 3, 6), "costs": Decimal("187.50"), "open": Decimal("250.00"), "most": Decimal("40.00")}
    facts["debtor_type"] = "consumer"  # staff read whether they may contest the costs (staff.words.NOTE_BUSINESS)
    assert (note.kind, note.source, note.values) == (NoteKind.NOTICE_ASKED_PAID, claim.debtor.events[0].source, facts)
    assert in_english(note).endswith(
        "the final notice of 2026-03-06 records costs: 187.50, more than the staffel gives over what was open on its "
        "day (250.00 of principal: 40.00): a payment dated before it was recorded after its letter went (one "
        "without its reference, say), so the letter asked for money already paid; write to the debtor that the "
        "payment came in, and what is still open; no more than 40.00 in costs are charged"
    )
    assert about_next_step(note, claim)  # before the handover: the agency would ask what the letter did


@pytest.mark.parametrize("debtor_type", ["consumer", "business"])
def test_a_final_notice_that_asked_paid_money_names_the_costs_the_staffel_charges(tmp_path, debtor_type):
    # 1,500.00 of 1,700.00 paid before the notice of 6 March, assigned after it: 200.00 was open then, over two
    # invoices. The costs charged after a notice's term are the staffel's over it (claims.timing: no minimum per
    # invoice), 40.00, as the page says; the note said "no more than 80.00" (40.00 for each invoice).
    invoices = [
        {"number": "F2026-0001", "date": date(2026, 1, 5), "due": date(2026, 2, 4), "amount": Decimal("1500.00")},
        {"number": "F2026-0002", "date": date(2026, 1, 5), "due": date(2026, 2, 4), "amount": Decimal("100.00")},
        {"number": "F2026-0003", "date": date(2026, 1, 5), "due": date(2026, 2, 4), "amount": Decimal("100.00")},
    ]
    notice = event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("255.00"))
    paid = payment(date=date(2026, 3, 2), amount=Decimal("1500.00"), invoice="F2026-0001")
    ledger = one_debtor_ledger(tmp_path, type=debtor_type, invoices=invoices, events=[notice], payments=[paid])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    (note,) = (n for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.NOTICE_ASKED_PAID)
    assert (note.values["open"], note.values["most"]) == (Decimal("200.00"), Decimal("40.00"))
    assert claim.costs.amount == note.values["most"]


def test_a_dispute_of_one_invoice_after_a_final_notice_does_not_make_the_notice_one_that_asked_paid_money(tmp_path):
    # The notice of 6 March asked for both invoices, 1,700.00, with the staffel's 255.00; F2026-0001 was disputed
    # after it. The claim is counted without it now, but on the letter's day it was open: the letter was right, and
    # the note told staff to write about a payment that never came (found by a newcomer playing a morning's work).
    invoices = [
        {"number": "F2026-0001", "date": date(2026, 1, 5), "due": date(2026, 2, 4), "amount": Decimal("1500.00")},
        {"number": "F2026-0002", "date": date(2026, 1, 5), "due": date(2026, 2, 4), "amount": Decimal("200.00")},
    ]
    events = [
        event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("255.00")),
        event(date(2026, 3, 12), "dispute", reason="Niet geleverd", invoices=["F2026-0001"]),
    ]
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    assert [n.kind for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.NOTICE_ASKED_PAID] == []


def test_the_english_names_only_the_facts_a_note_holds(scenarios):
    notes = {note.kind: note for claim, creditor in scenarios.values() for note in notes_of(claim, creditor)}
    for kind, text in ENGLISH.items():
        named = {field for _, field, _, _ in string.Formatter().parse(text) if field}
        assert named - {"debtor"} == set(notes[kind].values) - NOT_IN_THE_LOG.get(kind, frozenset()), kind


def test_the_notes_about_the_next_step_are_those_staff_read_before_taking_it(scenarios):
    def about(name):
        claim, creditor = scenarios[name]
        return [(n.kind, claim.next_action.kind) for n in dossier_notes(claim, creditor) if about_next_step(n, claim)]

    assert about("email_only") == [(NoteKind.NOTICE_BY_EMAIL_ONLY, ActionKind.FINAL_NOTICE)]
    assert about("abroad") == [(NoteKind.NOTICE_ABROAD, ActionKind.FINAL_NOTICE)]
    assert about("abroad_email") == [(NoteKind.NOTICE_ABROAD_EMAIL, ActionKind.FINAL_NOTICE)]
    assert about("abroad_care_of") == [(NoteKind.CONSUMER_ABROAD, ActionKind.FINAL_NOTICE)]
    # A consumer's notice that stated more than the staffel brings none: one that states the right costs is next.
    assert about("costs_above") == [(NoteKind.COSTS_ABOVE_STAFFEL, ActionKind.FINAL_NOTICE)]
    assert about("emailed_unagreed") == [(NoteKind.NOTICE_BY_EMAIL_UNAGREED, ActionKind.FINAL_NOTICE)]
    assert about("second_dispute") == []  # a note on the history, about no step


def test_a_consumer_s_final_notice_recorded_as_e_mailed_is_noted_unless_they_agreed_or_it_was_posted(tmp_path):
    notice = event(date(2026, 3, 6), "final_notice", channel="email", costs=Decimal("187.50"))
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]

    def kinds(name, **changes):
        ledger = one_debtor_ledger(tmp_path / name, **changes)
        claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
        return [n.kind for n in dossier_notes(claim, ledger.creditor)]

    assert kinds("unagreed", events=[*steps, notice]) == [NoteKind.NOTICE_BY_EMAIL_UNAGREED]
    assert kinds("agreed", events=[*steps, notice], **{"contact.final_notice_by": "email"}) == []
    assert kinds("business", events=[*steps, notice], type="business") == []
    posted_too = event(date(2026, 3, 6), "final_notice", channel="letter")
    assert NoteKind.NOTICE_BY_EMAIL_UNAGREED not in kinds("posted", events=[*steps, posted_too, notice])


def test_a_consumer_s_costs_on_a_final_notice_recording_none_are_said_with_the_amount_charged(scenarios):
    # A sommatie copied in from before incasso without `costs`: the page charged the staffel without a word.
    claim, creditor = scenarios["costs_unknown"]
    (note,) = dossier_notes(claim, creditor)
    assert note.kind == NoteKind.COSTS_UNKNOWN
    assert note.source == claim.debtor.events[-1].source
    assert note.values == {"date": date(2026, 3, 6), "costs": Decimal("187.50")}
    assert "owed only if that letter stated this amount" in in_english(note)


def test_a_final_notice_s_costs_are_not_doubted_when_recorded_or_owed_without_a_letter(tmp_path):
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    bare = event(date(2026, 3, 6), "final_notice", channel="letter")
    stated = event(date(2026, 3, 6), "final_notice", channel="email", costs=Decimal("187.50"))

    def kinds(name, **changes):
        ledger = one_debtor_ledger(tmp_path / name, **changes)
        claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
        return [n.kind for n in dossier_notes(claim, ledger.creditor)]

    # As the paste of the staff dossier writes it; or the same day's e-mail stated them; or a business.
    assert kinds("stated", events=[*steps, {**bare, "costs": Decimal("187.50")}]) == []
    same_day = kinds("same_day", events=[*steps, bare, stated], **{"contact.final_notice_by": "email"})
    assert same_day == [NoteKind.SAME_DAY_NOTICES]
    assert kinds("business", events=[*steps, bare], type="business") == []
    # An e-mail the consumer never agreed to brings no costs; the letter posted after it does, and is said.
    unagreed = event(date(2026, 3, 6), "final_notice", channel="email", costs=Decimal("187.50"))
    posted = event(date(2026, 3, 9), "final_notice", channel="letter")
    ledger = one_debtor_ledger(tmp_path / "posted_after", events=[*steps, unagreed, posted])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    unknown = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.COSTS_UNKNOWN]
    assert [n.values["date"] for n in unknown] == [date(2026, 3, 9)]
    # In its term the costs are announced on it, not charged yet: said all the same (the page names them).
    ledger = one_debtor_ledger(tmp_path / "term", events=[*steps, bare])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 12))
    assert [n.kind for n in dossier_notes(claim, ledger.creditor)] == [NoteKind.COSTS_UNKNOWN]


def test_a_closed_claim_keeps_its_history_s_notes_not_its_figures_as_the_log_does(tmp_path):
    # The costs above the staffel are said of an open claim only; the address written on one line of any.
    notice = [event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("900.00"))]
    paid = [payment(date=date(2026, 3, 20), amount=Decimal("1437.50"))]
    address = {"contact.address": "Dorpsstraat 1, 1234 AB Ergens"}
    ledger = one_debtor_ledger(tmp_path, events=notice, payments=paid, **address)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    assert claim.closed
    assert [note.kind for note in dossier_notes(claim, ledger.creditor)] == [NoteKind.ONE_LINE_ADDRESS]


@pytest.mark.parametrize(
    "language, salutation, title, own",
    [
        ("en", "mevrouw Raman", "mevrouw", "Ms"),
        ("en", "De heer O'Connor", "De heer", "Mr"),
        ("en", "Dhr. Kelly", "Dhr.", "Mr"),
        ("nl", "Ms Kelly", "Ms", "mevrouw"),
        ("nl", "Mr Jansen", "Mr", "de heer"),
    ],
)
def test_a_salutation_with_the_other_language_s_title_is_said_with_one_in_the_debtor_s(
    tmp_path, language, salutation, title, own
):
    # "Dear mevrouw Raman," opened the English letters, and no note said so.
    described = {"invoices[0].description": BOTH_LANGUAGES}  # else a note on the description too
    ledger = one_debtor_ledger(tmp_path, language=language, **{"contact.salutation": salutation}, **described)
    (note,) = dossier_doubts(ledger.debtors, ledger.creditor)
    greeting = "Dear" if language == "en" else "Geachte"
    assert note.endswith(f"the letters greet '{greeting} {title} ...'; write '{own}' instead")
    # The log names the title, never the name after it: a CI log is read by others than staff.
    assert salutation.removeprefix(title).strip() not in note


def test_a_salutation_s_note_points_at_the_salutation_s_line(tmp_path):
    # It pointed at the top of the file (1:1), while the note promises its file and line.
    changes = {"contact.salutation": "mevrouw Raman", "invoices[0].description": BOTH_LANGUAGES}
    ledger = one_debtor_ledger(tmp_path, language="en", **changes)
    debtor = ledger.debtors[0]
    lines = Path(debtor.source.path).read_text(encoding="utf-8").splitlines()
    (line,) = [n for n, text in enumerate(lines, 1) if text.lstrip().startswith("salutation:")]
    (note,) = dossier_notes(assess(ledger, debtor, date(2026, 3, 6)), ledger.creditor)
    assert (note.kind, note.source.line) == (NoteKind.SALUTATION_OTHER_LANGUAGE, line)
    assert in_english(note).startswith(f"{debtor.source.path}:{line}:")


@pytest.mark.parametrize(
    "language, salutation",
    [
        ("en", "Ms Raman"),
        ("nl", "mevrouw Van der Heijden"),
        ("en", "Heerenveen BV"),
        ("nl", "Mrs"),
        ("nl", "mr. De Wit"),  # meester, the Dutch lawyer's title: no English "Mr"
    ],
)
def test_a_salutation_in_the_debtor_s_own_language_or_without_a_title_is_not_noted(tmp_path, language, salutation):
    described = {"invoices[0].description": BOTH_LANGUAGES}
    ledger = one_debtor_ledger(tmp_path, language=language, **{"contact.salutation": salutation}, **described)
    assert dossier_doubts(ledger.debtors, ledger.creditor) == ()


def test_a_claim_s_notes_are_worked_out_once_for_the_log_and_the_dossier(tmp_path, monkeypatch):
    """The build's log says the open claims' notes (notices.claim_notes), the overview and the dossier page the same
    notes of each dossier (dossier_notes): one reading of the claim's figures for them all, as long as the creditor's
    file is the same."""
    import incasso.claims.dossier_notes as module

    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 3, 2), "final_notice")])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    read, real = [], module._costs_notes
    monkeypatch.setattr(module, "_costs_notes", lambda claim, creditor: read.append(claim) or real(claim, creditor))
    logged = claim_notes([claim], ledger.creditor)
    assert logged and [n.kind for n in dossier_notes(claim, ledger.creditor)] == [NoteKind.COSTS_UNKNOWN]
    assert len(read) == 1
    other = replace(ledger.creditor, policy=replace(ledger.creditor.policy, chase_minimum=Decimal("1.00")))
    dossier_notes(claim, other)
    assert len(read) == 2


@pytest.mark.parametrize(
    ("posted", "fields", "noted_as"),
    [
        (date(2026, 3, 8), {"channel": "letter"}, True),  # a Sunday
        (date(2026, 4, 27), {"channel": "letter"}, True),  # King's Day
        (date(2026, 3, 9), {"channel": "letter"}, False),  # a Monday
        (date(2026, 3, 8), {"channel": "email"}, False),  # e-mail goes on a Sunday too
        (date(2026, 3, 8), {"channel": "letter", "written": date(2026, 3, 6)}, False),  # dated apart: posted later
        (date(2026, 3, 8), {"channel": "letter", "type": "dunning"}, False),  # no term counts from its receipt
    ],
    ids=["sunday", "kings-day", "monday", "email", "written", "dunning"],
)
def test_a_letter_posted_on_a_sunday_or_public_holiday_without_written_is_noted(tmp_path, posted, fields, noted_as):
    """No post is collected on a Sunday or a public holiday, so a final notice recorded as posted then was most
    likely dated that day and posted later: its receipt counts from the next day post is, right only if it went
    then (docs/ledger-format.md)."""
    kind = fields.pop("type", "final_notice")
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder"), event(posted, kind, **fields)])
    debtor = ledger.debtors[0]
    notes = dossier_notes(assess(ledger, debtor, date(2026, 5, 1)), ledger.creditor)
    found = [n for n in notes if n.kind == NoteKind.POSTED_ON_DAY_OFF]
    assert bool(found) == noted_as
    if noted_as:
        lines = Path(debtor.source.path).read_text(encoding="utf-8").splitlines()
        (line,) = [n for n, text in enumerate(lines, 1) if text.lstrip("- ").startswith(f"date: {posted}")]
        (note,) = found
        assert note.source.line == line
        said = in_english(note)
        assert said.startswith(f"{debtor.source.path}:{line}:")
        assert f"the final notice of {posted} is posted (channel: letter) on a Sunday or public holiday" in said
        assert "so its receipt and term count from the next day post is" in said


# A consumer in Belgium at each stage, and the note (with whether it is about the next step) staff read that day.
# The dunning letter is the first that states the costs: it names those the final notice will charge
# (statement.steps.final_notice_forecast), so the note comes with it, due or not, and stays to the handover.
BELGIUM = ["Rue de la Loi 155 boîte 12", "1040 Etterbeek", "België"]
REMINDED = [event(date(2026, 2, 5), "reminder")]
DUNNED = [*REMINDED, event(date(2026, 2, 19), "dunning")]
CALLED = [*DUNNED, event(date(2026, 2, 23), "call", spoke_with="Jan")]
POSTED = [*CALLED, event(date(2026, 3, 10), "final_notice", channel="letter", costs=Decimal("187.50"))]
STAGES = [  # name, events, day, the next step that day
    ("overdue", [], date(2026, 2, 5), ActionKind.REMINDER),
    ("reminded", REMINDED, date(2026, 2, 10), ActionKind.DUNNING),  # about to be: due on 19 February
    ("dunning_due", REMINDED, date(2026, 2, 19), ActionKind.DUNNING),
    ("dunned", DUNNED, date(2026, 2, 20), ActionKind.CALL),
    ("called", CALLED, date(2026, 2, 24), ActionKind.FINAL_NOTICE),
    ("notice_due", CALLED, date(2026, 3, 6), ActionKind.FINAL_NOTICE),
    ("term_runs", POSTED, date(2026, 3, 20), ActionKind.HANDOVER),
    ("handover_due", POSTED, date(2026, 4, 20), ActionKind.HANDOVER),
]


def _stage_notes(tmp_path: Path, name: str, events: list, day: date, step: ActionKind, **changes):
    ledger = one_debtor_ledger(tmp_path / name, **{"events": events, **changes})
    claim = assess(ledger, ledger.debtors[0], day)
    assert claim.next_action is not None and claim.next_action.kind == step, name
    return [(n.kind, about_next_step(n, claim), in_english(n)) for n in dossier_notes(claim, ledger.creditor)]


def test_a_consumer_in_belgium_is_told_of_the_costs_before_the_dunning_letter_that_first_states_them(tmp_path):
    costs = "its costs are the Dutch staffel's, and their own country's law may allow less"
    said = {name: _stage_notes(tmp_path, name, *stage, **{"contact.address": BELGIUM}) for name, *stage in STAGES}
    assert said.pop("overdue") == []  # the reminder states no costs
    expected = {
        "reminded": NoteKind.CONSUMER_ABROAD,
        "dunning_due": NoteKind.CONSUMER_ABROAD,
        "dunned": NoteKind.CONSUMER_ABROAD,
        "called": NoteKind.NOTICE_ABROAD,  # the final notice next: posted abroad, its days of post and the costs
        "notice_due": NoteKind.NOTICE_ABROAD,
        "term_runs": NoteKind.NOTICE_ABROAD,
        "handover_due": NoteKind.CONSUMER_ABROAD,
    }
    for name, notes in said.items():
        (kind, before, english), *more = notes
        assert (kind, before, more) == (expected[name], True, []), name  # one note, read before the next step
        assert (
            costs in english and "before a letter states them (the dunning letter names the final notice's)" in english
        )
    # What `check` and the log say before the dunning letter (the note's English; its file and line first).
    assert said["reminded"][0][2].endswith(
        ": D-1001: a consumer whose own postal address is abroad (their letters may go p/a an administrator in the "
        "Netherlands): its costs are the Dutch staffel's, and their own country's law may allow less (Belgium, for "
        "one, caps them lower): check what it allows before a letter states them (the dunning letter names the final "
        "notice's), and before the handover"
    )


@pytest.mark.parametrize("who", ["business", "administrator_abroad"])
def test_no_costs_note_before_the_final_notice_for_a_business_abroad_or_a_consumer_at_home(tmp_path, who):
    # A business in Belgium: no consumer's law caps its costs, the days of post alone once the notice is next, as
    # before. A consumer in the Netherlands whose administrator is in Belgium: the letters go abroad, not their law.
    changes = (
        {"type": "business", "contact.address": BELGIUM}
        if who == "business"
        else {"representative": {**ADMINISTRATOR, "address": BELGIUM}}
    )
    said = {name: _stage_notes(tmp_path, name, *stage, **changes) for name, *stage in STAGES}
    for name in ("overdue", "reminded", "dunning_due", "dunned", "handover_due"):
        assert said[name] == [], name
    for name in ("called", "notice_due", "term_runs"):
        ((kind, before, english),) = said[name]
        assert (kind, before) == (NoteKind.NOTICE_ABROAD, True) and "own country's law" not in english, name


def test_a_consumer_abroad_is_told_of_the_costs_on_the_day_the_handover_is_due_too(tmp_path):
    # Posted to Belgium on 10 March: its term ran out on 7 April, the handover due from 8 April. The note on the days
    # abroad is done with; what the consumer's own country allows is still to check before handing over.
    notice = event(date(2026, 3, 10), "final_notice", channel="letter", costs=Decimal("187.50"))
    abroad = ["Rue de la Loi 155 boîte 12", "1040 Etterbeek", "België"]
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning"), notice]

    def said(name: str, as_of: date, **changes) -> list[tuple[NoteKind, bool]]:
        ledger = one_debtor_ledger(tmp_path / name, **{"contact.address": abroad, "events": steps, **changes})
        claim = assess(ledger, ledger.debtors[0], as_of)
        assert claim.next_action is not None and claim.next_action.kind == ActionKind.HANDOVER
        return [(n.kind, about_next_step(n, claim)) for n in dossier_notes(claim, ledger.creditor)]

    assert said("runs", date(2026, 3, 20)) == [(NoteKind.NOTICE_ABROAD, True)]  # its term runs: the days and costs
    assert said("due", date(2026, 4, 20)) == [(NoteKind.CONSUMER_ABROAD, True)]
    received = [*steps[:2], {**notice, "received": date(2026, 3, 13)}]
    assert said("received", date(2026, 3, 20), events=received) == [(NoteKind.CONSUMER_ABROAD, True)]
    emailed = {"contact.final_notice_by": "email"}
    assert said("emailed", date(2026, 4, 20), **emailed) == [(NoteKind.NOTICE_ABROAD_EMAIL, True)]
    assert said("business", date(2026, 4, 20), type="business") == []  # no consumer: their costs are not capped so


def test_a_what_if_asked_under_another_creditor_is_worked_out_afresh(tmp_path):
    """A creditor hashes over its name and IBAN only (Claim.answer's questions hold it): an equal one finds the kept
    answer, one under another policy (the same name and IBAN, so the same hash) is compared whole and asks again."""
    import pickle

    ledger = one_debtor_ledger(tmp_path)
    creditor = ledger.creditor
    other = replace(creditor, policy=replace(creditor.policy, chase_minimum=Decimal("50.00")))
    assert hash(other) == hash(creditor) == hash(pickle.loads(pickle.dumps(creditor))) and other != creditor
    claim, worked = assess(ledger, ledger.debtors[0], date(2026, 3, 1)), []

    def ask(under):
        return claim.answer(("rules", under), lambda: worked.append(under.policy.chase_minimum) or len(worked))

    assert [ask(creditor), ask(replace(creditor)), ask(other), ask(creditor)] == [1, 1, 2, 1]
    assert worked == [creditor.policy.chase_minimum, Decimal("50.00")]
