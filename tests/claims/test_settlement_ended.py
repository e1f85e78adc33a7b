"""A settlement called off by agreement (`settlement_ended`, claims.accord): the debtor and the creditor agree it is off,
or replace it by a plan. It ends on its day as a lapse does: the whole claim back, as if never agreed; the page and
the next letter say so; staff see it ended on the dossier, in claims.json and changes.md; and the ledger refuses one
with nothing to call off, at its `type` line. One invoice of 1250.00 due 2026-02-04, 250.00 paid on 2026-02-20, a
reminder on 2026-02-10; the settlement of 600.00 agreed on 2026-11-28, to pay by 2027-01-31."""

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.checks import claim_problems
from incasso.claims.demand import amount_asked, amount_to_pay
from incasso.claims.states import AccordState, Status
from incasso.ledger.model import Channel, Language
from incasso.ledger.problems import LedgerError
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.letters.words import text as words_text
from incasso.staff.changes import changes_markdown, compare
from incasso.staff.explain import what_next, why_stage
from incasso.staff.exports import claims_document
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind, flags
from incasso.staff.view import flag_detail
from incasso.statement.labels import LABELS
from incasso.statement.steps import RestAsked, next_steps, summary
from incasso.statement.tables import total_rows
from tests.support.ledgers import event, one_debtor_ledger, payment

REMINDER = event(date(2026, 2, 10), "reminder", channel="letter")
SETTLEMENT = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
OFF = event(date(2026, 12, 10), "settlement_ended", reason="Schuldhulp gestopt; betalingsregeling in plaats daarvan")
PAID = [payment(date=date(2026, 2, 20), amount=Decimal("250.00"))]
PLAN = event(
    date(2026, 12, 10),
    "arrangement",
    installments=[{"due": date(2027, 1, 10), "amount": "500.00"}, {"due": date(2027, 2, 10), "amount": "500.00"}],
)


def _claim(tmp_path: Path, on: date, *events, interest="statutory", language="nl", paid=PAID):
    ledger = one_debtor_ledger(
        tmp_path, interest=interest, events=[REMINDER, *events], payments=list(paid), language=language
    )
    return ledger, assess(ledger, ledger.debtors[0], on)


def _problems(tmp_path: Path, on: date, *events, paid=PAID) -> list[str]:
    _, claim = _claim(tmp_path, on, *events, paid=paid)
    return [str(p) for p in claim_problems([claim])]


def test_called_off_the_whole_claim_comes_back_as_if_never_agreed(tmp_path: Path) -> None:
    ledger, ended = _claim(tmp_path / "a", date(2026, 12, 15), SETTLEMENT, OFF)
    _, never = _claim(tmp_path / "b", date(2026, 12, 15))
    assert ended.accord is not None and ended.accord.state == AccordState.ENDED
    assert ended.accord.ended_on == date(2026, 12, 10) and ended.accord.undone and not ended.accord.holds
    assert ended.status == Status.ACTIVE and never.status == Status.ACTIVE
    assert ended.total_due == never.total_due and amount_to_pay(ended) == amount_to_pay(never)
    assert ended.next_action is not None and never.next_action is not None
    assert ended.next_action.kind == never.next_action.kind and ended.next_action.reason == never.next_action.reason
    # The step goes on from the stage reached, due from the day it was called off: not months overdue.
    assert (never.next_action.due, ended.next_action.due) == (date(2026, 2, 24), date(2026, 12, 10))
    assert claim_problems([ended]) == []
    # Before its day it still runs: the figures stand still and the agreed sum is asked.
    _, running = _claim(tmp_path / "c", date(2026, 12, 5), SETTLEMENT, OFF)
    assert running.status == Status.SETTLEMENT and amount_to_pay(running) == Decimal("600.00")


def test_replaced_by_a_plan_the_plan_runs(tmp_path: Path) -> None:
    _, claim = _claim(tmp_path, date(2026, 12, 15), SETTLEMENT, OFF, PLAN)
    assert claim.status == Status.ARRANGEMENT and claim_problems([claim]) == []


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De afspraak van 28 november 2026 is op 10 december 2026 in overleg beëindigd. Daarom vragen wij weer het "
            "hele bedrag. Wat u al betaalde, telt mee.",
        ),
        (
            "en",
            "The agreement of 28 November 2026 was ended by mutual consent on 10 December 2026. We therefore ask for "
            "the whole amount again. Anything you have already paid still counts.",
        ),
    ],
)
def test_the_page_and_the_next_letter_say_it_was_called_off(tmp_path: Path, lang: str, said: str) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 12, 15), SETTLEMENT, OFF, language=lang)
    page = " ".join(next_steps(claim, ledger, claim.debtor.language, page=True)).replace("\xa0", " ")
    assert page.startswith(said), page
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    view = letter_view(ledger, claim, due, Channel.LETTER)
    terms = " ".join(view.terms).replace("\xa0", " ")
    assert terms.startswith(said) and said not in " ".join(view.next_steps.lines), terms


def test_staff_see_it_ended_on_the_dossier_in_claims_json_and_changes_md(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path / "a", date(2026, 12, 15), SETTLEMENT, OFF)
    with speaking(Language.NL):
        why = " ".join(why_stage(claim)).replace("\xa0", " ")
    assert "Minnelijk akkoord van 28 november 2026 (EUR 600,00) in overleg beëindigd op 10 december 2026." in why
    policy = ledger.creditor.policy
    after = claims_document([claim], date(2026, 12, 15), policy, lambda c: "")
    (row,) = after["claims"]
    assert row["settlement"]["state"] == "ended" and row["settlement"]["ended_on"] == "2026-12-10"
    _, running = _claim(tmp_path / "b", date(2026, 12, 5), SETTLEMENT)
    before = claims_document([running], date(2026, 12, 5), policy, lambda c: "")
    changes = compare(before, after)
    assert not changes.sections["settlement_lapsed"] and not changes.sections["settlement_started"]
    (entry,) = changes.sections["settlement_ended"]
    assert entry.values["date"] == "10 december 2026"
    text = changes_markdown(changes).replace("\xa0", " ")
    assert "## Minnelijk akkoord in overleg beëindigd: hele vordering weer open (1)" in text, text
    assert ": beëindigd op 10 december 2026, niets betaald van EUR 600,00; nu EUR " in text, text


def test_a_new_settlement_after_it_is_not_another_one_running(tmp_path: Path) -> None:
    again = event(date(2026, 12, 12), "settlement", amount=Decimal("500.00"), pay_by=date(2027, 3, 31))
    assert _problems(tmp_path, date(2026, 12, 15), SETTLEMENT, OFF, again) == []


def test_a_plan_while_a_settlement_runs_is_refused_at_its_type_line(tmp_path: Path) -> None:
    """Before, the plan went unsaid: the page kept asking the agreed sum as if no plan had been made."""
    (problem,) = _problems(tmp_path, date(2026, 12, 15), SETTLEMENT, PLAN)
    assert "events[2].type: a settlement runs (events[1], agreed on 2026-11-28): it is for the whole claim; to " in (
        problem
    )
    assert "record a settlement_ended before it" in problem and problem.endswith("(got arrangement)")
    written = tmp_path / "ledger" / "debtors" / "D-1001.yaml"
    lines = written.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "arrangement" in text)
    assert problem.startswith(f"{written}:{line}:"), problem


@pytest.mark.parametrize(
    ("paid", "how"),
    [
        ([payment(date=date(2026, 12, 1), amount=Decimal("600.00"))], "had already been paid on 2026-12-01"),
        ([], "had already lapsed on 2027-02-01"),
    ],
)
def test_calling_off_a_settlement_paid_or_lapsed_before_is_refused(tmp_path: Path, paid, how: str) -> None:
    late = event(date(2027, 2, 5), "settlement_ended", reason="Te laat vastgelegd")
    off = late if not paid else OFF
    (problem,) = _problems(tmp_path, date(2027, 2, 10), SETTLEMENT, off, paid=PAID + paid)
    assert f"events[2].type: the settlement of 2026-11-28 (events[1]) {how}: there is nothing to call off" in problem


def test_the_ledger_refuses_one_with_no_settlement_to_call_off_at_its_type_line(tmp_path: Path) -> None:
    with pytest.raises(LedgerError) as raised:
        one_debtor_ledger(tmp_path, events=[REMINDER, OFF, event(date(2026, 12, 11), "settlement_ended")])
    said = [str(p) for p in raised.value.problems]
    written = tmp_path / "ledger" / "debtors" / "D-1001.yaml"
    lines = written.read_text(encoding="utf-8").splitlines()
    typed = [n for n, text in enumerate(lines, 1) if "settlement_ended" in text]
    assert any(
        p.startswith(f"{written}:{typed[0]}:") and "events[1].type: settlement_ended needs a settlement before it" in p
        for p in said
    ), said
    assert any("events[2].reason: " in p for p in said), said  # why it was called off, for staff


WAIT = event(date(2026, 12, 20), "postpone", until=date(2027, 3, 1), reason="Klant vraagt uitstel", asked_by="debtor")


def test_a_postpone_while_a_settlement_runs_is_refused_at_its_type_line(tmp_path: Path) -> None:
    """Before, it was taken and meant nothing while the settlement ran, then held back the step after its lapse to a
    day asked for months before (and its confirmation went out that day): more time is a change of the terms."""
    (problem,) = _problems(tmp_path, date(2026, 12, 21), SETTLEMENT, WAIT)
    assert "events[2].type: a settlement runs (events[1], agreed on 2026-11-28): no step is taken while it runs" in (
        problem
    )
    assert "change its pay_by or installments" in problem and problem.endswith("(got postpone)")
    written = tmp_path / "ledger" / "debtors" / "D-1001.yaml"
    lines = written.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "postpone" in text)
    assert problem.startswith(f"{written}:{line}:"), problem


def test_a_postpone_once_it_is_called_off_waits_as_any(tmp_path: Path) -> None:
    after = event(date(2026, 12, 10), "postpone", until=date(2027, 3, 1), reason="Schuldhulp stopt", asked_by="debtor")
    _, claim = _claim(tmp_path, date(2026, 12, 15), SETTLEMENT, OFF, after)
    assert claim_problems([claim]) == []
    assert claim.next_action is not None and claim.next_action.due == date(2027, 3, 1)


def test_paid_in_full_on_the_day_it_is_called_off_the_payment_wins(tmp_path: Path) -> None:
    """The debtor did what was agreed: the claim is settled, and the refusal says it was paid that day, not before."""
    paid = PAID + [payment(date=date(2026, 12, 10), amount=Decimal("600.00"))]
    _, claim = _claim(tmp_path, date(2026, 12, 15), SETTLEMENT, OFF, paid=paid)
    assert claim.status == Status.SETTLED and claim.accord is not None and claim.accord.settled
    (problem,) = [str(p) for p in claim_problems([claim])]
    assert (
        "events[2].type: the settlement of 2026-11-28 (events[1]) was paid in full on 2026-12-10, the day it was "
        "called off: paid, it is settled: there is nothing to call off" in problem
    ), problem


def test_after_a_lapse_the_next_step_is_due_from_the_lapse_not_from_before_the_settlement(tmp_path: Path) -> None:
    """Staff read "Sommatie sturen sinds 15 oktober 2026" in a build of 30 January: months overdue, as if the steps
    had been neglected while the settlement held them."""
    _, claim = _claim(tmp_path, date(2027, 2, 3), SETTLEMENT)
    assert claim.accord is not None and claim.accord.lapsed and claim.accord.ended_on == date(2027, 2, 1)
    assert claim.next_action is not None and claim.next_action.due == date(2027, 2, 1)


# The bank statements read end on 8 December, two days before the settlement was called off (10 December).
SEEN_TO = date(2026, 12, 8)


# What the page says of it: its top asks whether the rest was paid, with both answers and why we do not know yet (s49:
# a phone review read "Te betalen EUR 1.192,44" there); below it, said once, only that no step is taken till then.
UNSEEN_TOP = {
    "nl": (
        "Heeft u uiterlijk 10 december 2026 nog EUR 600,00 betaald?",
        "Ja? Dan geldt de afspraak toch, en hoeft u niets meer te betalen. Nee? Dan is de afspraak beëindigd. Betaal "
        "dan zo snel mogelijk het hele bedrag: EUR {total}. Wij zien uw betalingen nu tot en met 8 december 2026. "
        "Daarom weten wij het nog niet.",
    ),
    "en": (
        "Did you pay the remaining EUR 600.00 by 10 December 2026?",
        "If so, the agreement still stands, and you need not pay anything more. If not, the agreement has ended. "
        "Please pay the whole amount as soon as possible: EUR {total}. We can see your payments up to and including "
        "8 December 2026, so we do not know yet.",
    ),
}
UNSEEN_NEXT = {
    "nl": "Tot wij uw betalingen van 10 december 2026 zien, zetten wij geen volgende stap.",
    "en": "Until we can see your payments of 10 December 2026, we will take no further step.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_called_off_on_a_day_the_statements_do_not_reach_the_page_says_what_it_cannot_see(tmp_path, language):
    """Called off on the 10th, the statements read to the 8th: a payment of the rest on the 10th would have kept it (the
    payment wins, and the next build refuses the settlement_ended). The page said "in overleg beëindigd" for a night,
    as a fact; it says the day its payments are known to, and what would keep the agreement: at its top, which asks
    no amount (s49), the doubt said there once. Once the statements reach the day, it says nothing more."""
    written = one_debtor_ledger(tmp_path / "a", events=[REMINDER, SETTLEMENT, OFF], payments=PAID, language=language)
    ledger = replace(written, bank_until=SEEN_TO)
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
    assert claim.accord is not None and claim.accord.ended and claim.payments_until == SEEN_TO
    top = summary(claim, ledger, Language(language))
    label, lines = UNSEEN_TOP[language]
    total = fmt.money(claim.total_due, Language(language)).replace("\xa0", " ").removeprefix("EUR ")
    assert (top.label.replace("\xa0", " "), top.amount, top.deadline) == (label, None, None), top
    assert " ".join(top.lines).replace("\xa0", " ") == lines.format(total=total), top.lines
    said = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
    assert said.endswith(UNSEEN_NEXT[language]) and said.count(UNSEEN_NEXT[language]) == 1, said
    assert "8 december" not in said.lower() and "600" not in said, said  # said once, at the top
    unseen = top.label
    staff_key = {"nl": "Afschriften gelezen tot en met 8 december 2026", "en": "Bank statements read up to and"}
    with speaking(Language(language)):
        why = " ".join(why_stage(claim)).replace("\xa0", " ")
    assert staff_key[language] in why and "settlement_ended" in why, why
    # Read to the day: ended, as said, without the doubt.
    ledger = replace(written, bank_until=date(2026, 12, 10))
    seen = assess(ledger, ledger.debtors[0], date(2026, 12, 11))
    said = " ".join(next_steps(seen, ledger, Language(language), page=True))
    assert UNSEEN_NEXT[language] not in said.replace("\xa0", " "), said
    assert summary(seen, ledger, Language(language)).label != unseen


@pytest.mark.parametrize("language", ["nl", "en"])
def test_called_off_on_a_day_the_statements_do_not_reach_no_step_is_taken_till_they_do(tmp_path, language):
    """The steps went on the night it was called off, with a hedge in the letter: a binding final notice with costs
    could go out while the agreed sum may have been paid that day (then the agreement holds). Now the step waits
    for the statements of that day, as a `pay_by` they do not reach does: no letter, the page announces none, and
    staff are told what it waits for. Once they reach the day and show nothing, the step is due from the call-off."""
    written = one_debtor_ledger(tmp_path / "a", events=[REMINDER, SETTLEMENT, OFF], payments=PAID, language=language)
    ledger = replace(written, bank_until=SEEN_TO)
    for on in (date(2026, 12, 10), date(2026, 12, 20), date(2027, 1, 15)):
        claim = assess(ledger, ledger.debtors[0], on)
        action = claim.next_action
        assert action is not None and action.call_off_unseen and not action.is_due(on), action
        assert action.awaits_statements == date(2026, 12, 10), action
        assert not letters_due(claim, NO_RECORD), on
    page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
    announced = {"nl": ("Wij sturen", "sommatie", "aanmaning"), "en": ("We will send", "final notice", "dunning")}
    assert not any(word in page for word in announced[language]), page
    with speaking(Language(language)):
        why = " ".join(what_next(claim, ledger.creditor)).replace("\xa0", " ")
    waits = {"nl": "Wacht op de bankafschriften: het akkoord is op 10 december 2026", "en": "Waiting for the bank"}
    assert waits[language] in why, why
    document = claims_document([claim], claim.as_of, ledger.creditor.policy, lambda c: "")
    (row,) = document["claims"]
    assert row["next_action"]["awaits_statements"] is True, row["next_action"]
    # The signal: read the statements in first (as for a promise's day or a final notice's term).
    (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.AWAITS_BANK]
    assert (flag.wording, flag.day, flag.seen) == ("awaits_bank_settlement_ended", date(2026, 12, 10), SEEN_TO), flag
    # The statements reach the day and show the rest unpaid: the step is due from the call-off, its letter goes out.
    read = replace(written, bank_until=date(2027, 1, 15))
    claim = assess(read, read.debtors[0], date(2027, 1, 15))
    assert claim.next_action is not None and not claim.next_action.call_off_unseen
    assert claim.next_action.is_due(date(2027, 1, 15)) and len(letters_due(claim, NO_RECORD)) == 1


PROMISE = event(date(2026, 12, 10), "promise", amount=Decimal("1000.00"), promised_date=date(2027, 1, 10))
# s50: the top of the page and of the confirmation asks it, with both answers; no amount is asked as owed.
REPLACED = {
    ("nl", "plan"): (
        "Heeft u uiterlijk 10 december 2026 nog EUR 600,00 betaald?",
        "Ja? Dan geldt de afspraak over het lagere bedrag toch, en hoeft u niets meer te betalen. Nee? Dan geldt uw "
        "betalingsregeling: betaal EUR 500,00 uiterlijk 10 januari 2027. Wij zien uw betalingen nu tot en met 8 "
        "december 2026. Daarom weten wij het nog niet.",
    ),
    ("nl", "promise"): (
        "Heeft u uiterlijk 10 december 2026 nog EUR 600,00 betaald?",
        "Ja? Dan geldt de afspraak over het lagere bedrag toch, en hoeft u niets meer te betalen. Nee? Dan geldt uw "
        "betaalbelofte: betaal EUR 1.000,00 uiterlijk 10 januari 2027. Wij zien uw betalingen nu tot en met 8 "
        "december 2026. Daarom weten wij het nog niet.",
    ),
    ("en", "plan"): (
        "Did you pay the remaining EUR 600.00 by 10 December 2026?",
        "If so, the lower amount still applies, and you need not pay anything more. If not, your payment plan applies: "
        "please pay EUR 500.00 by 10 January 2027. We can see your payments up to and including 8 December 2026, so "
        "we do not know yet.",
    ),
    ("en", "promise"): (
        "Did you pay the remaining EUR 600.00 by 10 December 2026?",
        "If so, the lower amount still applies, and you need not pay anything more. If not, your promise to pay "
        "applies: please pay EUR 1,000.00 by 10 January 2027. We can see your payments up to and including 8 December "
        "2026, so we do not know yet.",
    ),
}
NO_STEP = {"nl": "zetten wij geen volgende stap", "en": "we will take no further step"}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("agreement", [PLAN, PROMISE], ids=["plan", "promise"])
def test_replaced_by_a_plan_or_promise_on_a_day_the_statements_do_not_reach_the_doubt_says_what_it_means(
    tmp_path, language, agreement
):
    """s49: the plan's page and confirmation said the hedge ("Dan geldt de afspraak toch.") and "Tot wij uw betalingen
    van 10 december 2026 zien, zetten wij geen volgende stap." beside the plan's own days and steps: true, since no
    step of the plan can come before then, but it read as if the plan were on hold. The hedge stays (paid that day,
    the settlement was done before it was called off: the build settles the claim, below), and says what it means for
    the new agreement: nothing more to pay. The dossier and the signal say the same to staff."""
    written = one_debtor_ledger(
        tmp_path / "a", events=[REMINDER, SETTLEMENT, OFF, agreement], payments=PAID, language=language
    )
    ledger = replace(written, bank_until=SEEN_TO)
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
    assert claim.status in (Status.ARRANGEMENT, Status.PROMISE) and claim.unseen_call_off == date(2026, 12, 10)
    kind = "promise" if agreement["type"] == "promise" else "plan"
    label, answers = REPLACED[(language, kind)]
    top = summary(claim, ledger, Language(language))
    assert (top.label.replace("\xa0", " "), top.amount, top.deadline) == (label, None, None), top
    assert " ".join(top.lines).replace("\xa0", " ") == answers, top.lines
    page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
    assert NO_STEP[language] not in page and "8 december" not in page.lower(), page  # said once, at the top
    assert claim_problems([claim]) == [] and amount_asked(claim) is None  # no amount in its QR code, link or export
    (due,) = letters_due(claim, NO_RECORD)  # the plan's or promise's confirmation
    for form in (Channel.LETTER, Channel.EMAIL):
        view = letter_view(ledger, claim, due, form)
        assert (view.lead.label.replace("\xa0", " "), view.lead.amount, view.lead.by) == (label, None, None), view.lead
        assert " ".join(view.lead.lines).replace("\xa0", " ") == answers, view.lead
        letter = " ".join((*view.terms, *view.next_steps.lines)).replace("\xa0", " ")
        assert NO_STEP[language] not in letter and "8 december" not in letter.lower(), letter
        assert view.pay is not None and "\nEUR" not in view.pay.payload, view.pay.payload  # the QR code: no amount
        assert {"nl": "bovenaan", "en": "top of this"}[language] in (view.pay.note or ""), view.pay.note
    with speaking(Language(language)):
        why = " ".join(why_stage(claim)).replace("\xa0", " ")
        (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == FlagKind.AWAITS_BANK]
        signal = flag_detail(flag).replace("\xa0", " ")
    named = {
        ("nl", "plan"): "De betalingsregeling van daarna vraagt dan niets meer",
        ("nl", "promise"): "De betaaltoezegging van daarna vraagt dan niets meer",
        ("en", "plan"): "The payment plan agreed since then asks nothing more",
        ("en", "promise"): "The promise to pay agreed since then asks nothing more",
    }[(language, kind)]
    assert named in why, why
    assert flag.wording == "awaits_bank_settlement_replaced" and {"nl": "Tot dan", "en": "Until then"}[
        language
    ] not in (signal), signal
    # What the hedge promises is what the build does: the rest paid that day, the claim is settled, nothing asked.
    paid = PAID + [payment(date=date(2026, 12, 10), amount=Decimal("600.00"))]
    settled = one_debtor_ledger(
        tmp_path / "b", events=[REMINDER, SETTLEMENT, agreement], payments=paid, language=language
    )
    done = assess(settled, settled.debtors[0], date(2026, 12, 11))
    assert done.status == Status.SETTLED and amount_to_pay(done) == 0 and claim_problems([done]) == []


# s50: below the box that asks whether the plan or the promise applies, "Wat gebeurt er nu?" and the confirmation said
# it flat. Each: the page's words and the letter's while undecided, the page's once the statements tell.
UNDECIDED_BELOW = {
    ("nl", "plan"): (
        "Geldt uw betalingsregeling (zie bovenaan)? Dan is uw volgende termijn EUR 500,00, uiterlijk 10 januari 2027.",
        "Geldt uw betalingsregeling (zie bovenaan), en betaalt u een termijn niet op tijd? Dan gaan wij verder",
        "Uw volgende termijn is EUR 500,00, uiterlijk 10 januari 2027.",
    ),
    ("en", "plan"): (
        "If your payment plan applies (see the top of this page), your next instalment is EUR 500.00, by 10 January "
        "2027.",
        "If your payment plan applies (see the top) and you miss an instalment, we will send you",
        "Your next instalment is EUR 500.00, by 10 January 2027.",
    ),
    ("nl", "promise"): (
        "Geldt uw betaalbelofte (zie bovenaan), en hebben wij EUR 1.000,00 niet uiterlijk 10 januari 2027 ontvangen?",
        "Geldt uw betaalbelofte (zie bovenaan), en hebben wij EUR 1.000,00 niet uiterlijk 10 januari 2027 ontvangen?",
        "Hebben wij EUR 1.000,00 niet uiterlijk 10 januari 2027 ontvangen?",
    ),
    ("en", "promise"): (
        "If your promise to pay applies (see the top), we need to receive EUR 1,000.00 by 10 January 2027.",
        "If your promise to pay applies (see the top), we need to receive EUR 1,000.00 by 10 January 2027.",
        "We need to receive EUR 1,000.00 by 10 January 2027.",
    ),
}


@pytest.mark.parametrize(("language", "kind"), list(UNDECIDED_BELOW))
def test_a_plan_or_promise_replacing_an_unseen_call_off_is_said_below_as_its_box_asks_it_till_the_statements_tell(
    tmp_path, language, kind
):
    page_said, letter_said, flat = UNDECIDED_BELOW[(language, kind)]
    agreement = PLAN if kind == "plan" else PROMISE
    written = one_debtor_ledger(
        tmp_path, events=[REMINDER, SETTLEMENT, OFF, agreement], payments=PAID, language=language
    )
    for seen, undecided in ((SEEN_TO, True), (date(2026, 12, 10), False)):
        ledger = replace(written, bank_until=seen)
        claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
        page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
        assert (page_said in page, flat in page) == (undecided, not undecided), page
        (due,) = letters_due(claim, NO_RECORD)
        for form in (Channel.LETTER, Channel.EMAIL):
            terms = " ".join(letter_view(ledger, claim, due, form).terms).replace("\xa0", " ")
            assert (letter_said in terms) == undecided, terms


# s51: the totals row said "Totaal open (waarvan EUR 600,00 uiterlijk 10 januari 2027 en ... later te betalen)", what
# is open over the plan's instalments and the promise's rest ("Dan staat er nog EUR 192,31 open") flat, under the box
# that asks whether anything is owed. Each: the total's label and the letter's sentence while undecided, then flat.
BIG_PLAN = event(
    date(2026, 12, 10),
    "arrangement",
    installments=[{"due": date(2027, 1, 10), "amount": "600.00"}, {"due": date(2027, 2, 10), "amount": "600.00"}],
)
PART_PROMISE = event(date(2026, 12, 10), "promise", amount=Decimal("700.00"), promised_date=date(2027, 1, 10))
UNDECIDED_TOTAL = {
    ("nl", "plan"): (
        "Totaal open als uw betalingsregeling geldt (zie bovenaan)",
        "Geldt uw betalingsregeling (zie bovenaan)? Dan zijn uw termijnen samen meer dan er nu openstaat (EUR ",
        "Uw termijnen zijn samen meer dan er nu openstaat (EUR ",
    ),
    ("nl", "promise"): (
        "Totaal open als uw betaalbelofte geldt (zie bovenaan)",
        "Geldt uw betaalbelofte (zie bovenaan)? Dan staat er na die betaling nog EUR 300,00 open. Daarvoor is ",
        "Zodra u dat heeft betaald, is EUR 700,00 van de EUR ",
    ),
    ("en", "plan"): (
        "Total outstanding if your payment plan applies (see the top)",
        "If your payment plan applies (see the top), your instalments add up to more than is open now (EUR ",
        "Your instalments add up to more than is open now (EUR ",
    ),
    ("en", "promise"): (
        "Total outstanding if your promise to pay applies (see the top)",
        "If your promise to pay applies (see the top), EUR 300.00 is left after that payment. For that, ",
        "Once you have paid it, EUR 700.00 of the EUR ",
    ),
}


@pytest.mark.parametrize(("language", "kind"), list(UNDECIDED_TOTAL))
def test_the_total_and_what_is_left_are_said_as_the_box_asks_them_till_the_statements_tell(tmp_path, language, kind):
    label, said, flat = UNDECIDED_TOTAL[(language, kind)]
    agreement = BIG_PLAN if kind == "plan" else PART_PROMISE
    written = one_debtor_ledger(
        tmp_path, events=[REMINDER, SETTLEMENT, OFF, agreement], payments=PAID, language=language
    )
    for seen, undecided in ((SEEN_TO, True), (date(2026, 12, 10), False)):
        ledger = replace(written, bank_until=seen)
        claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
        total = total_rows(claim, ledger.creditor, Language(language))[-1]
        assert total.grand and (total.label == label) == undecided, total  # after: "(waarvan ... later te betalen)"
        assert "(" in total.label or undecided, total
        page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
        (due,) = letters_due(claim, NO_RECORD)
        for form in (Channel.LETTER, Channel.EMAIL):
            view = letter_view(ledger, claim, due, form)
            letter = " ".join(view.terms).replace("\xa0", " ")
            assert (said in letter, flat in letter) == (undecided, not undecided), letter
            assert not _then_twice(letter), letter  # s51: "...? Dan is EUR 700,00 ... betaald. Dan staat er nog ..."
            assert (view.totals[-1].label == label) == undecided, view.totals  # the print file holds the same
        if kind == "plan":  # the page says it too, after its next instalment asked whether the plan applies (s52)
            assert flat in page and said not in page, page


SENTENCES = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def _then_twice(said: str) -> list[str]:
    """Two sentences in a row that begin with "Dan" ("Then"): the answer to one question said twice."""
    sentences = SENTENCES.split(said)
    return [f"{a} {b}" for a, b in zip(sentences, sentences[1:]) if a.split(" ")[0] == b.split(" ")[0] in THEN]


THEN = ("Dan", "Then")


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("asked", list(RestAsked), ids=lambda a: a.name)
def test_each_rest_of_a_replaced_promise_asks_once_as_the_top_asks_it(language, asked):
    """The four ways a promise of part's confirmation says its rest (the step reached asks it, one letter first, a
    handover all the same, or nothing put off), while a settlement it replaced may still hold: one condition as the
    top asks it and one answer. s51's "Geldt uw betaalbelofte (zie bovenaan), en heeft u dat betaald? Dan is ...
    betaald. Dan staat er nog ... open." said "Dan" twice; the English "If ... and you paid it, ... Then ..."."""
    values = dict(rest="EUR 192,31", amount="EUR 1.000,00", total="EUR 1.192,31", step="wij sturen u een aanmaning")
    values.update(this="deze brief", rest_letter="een herinnering", rest_day="10 januari 2027", day="11 januari 2027")
    said = words_text(language, f"promise_rest{asked.value}_undecided", plan_offer="", **values)
    lead = {Language.NL: "Geldt uw betaalbelofte (zie bovenaan)? Dan staat er na die betaling nog EUR 192,31 open"}
    lead[Language.EN] = "If your promise to pay applies (see the top), EUR 192,31 is left after that payment"
    assert said.startswith(lead[language]) and not _then_twice(said), said
    assert "Then " not in said and "EUR 1.192,31" not in said, said  # the total is the row's below, said there


LESS_PLAN = event(
    date(2026, 12, 10),
    "arrangement",
    installments=[{"due": date(2027, 1, 10), "amount": "400.00"}, {"due": date(2027, 2, 10), "amount": "400.00"}],
)
NEAR_PLAN = event(  # all of today's EUR 1.034,37 but some interest
    date(2026, 12, 10),
    "arrangement",
    installments=[{"due": date(2027, 1, 10), "amount": "516.00"}, {"due": date(2027, 2, 10), "amount": "516.00"}],
)
# s51: a replaced plan of less than is open said its rest flat ("Betaalt u ze allemaal op tijd? Dan staat er na uw
# laatste termijn ... nog EUR 222,69 open.") under the box that asks whether anything is owed at all; a plan of all
# but the interest alike ("Betaalt u alle termijnen op tijd? Dan staat er daarna naar verwachting nog ..."). That the
# instalments do not cover everything, and that interest runs while the plan is paid, stand either way.
PLAN_LEAVES = {
    ("nl", "less"): (
        "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie bovenaan), en betaalt u alle termijnen op "
        "tijd? Dan staat er na uw laatste termijn, op 10 februari 2027, naar verwachting nog EUR ",
        "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na uw laatste termijn, op 10 "
        "februari 2027, naar verwachting nog EUR ",
    ),
    ("en", "less"): (
        "If your payment plan applies (see the top), your instalments do not cover everything. Your last instalment "
        "is due on 10 February 2027. If you pay them all on time, about EUR ",
        "Your instalments do not cover everything. Your last instalment is due on 10 February 2027. If you pay them "
        "all on time, about EUR ",
    ),
    ("nl", "no interest"): (
        "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie bovenaan)? Dan staat er na uw laatste termijn, "
        "op 10 februari 2027, nog EUR 200,00 open.",
        "Uw termijnen dekken niet alles. Na uw laatste termijn, op 10 februari 2027, staat er nog EUR 200,00 open.",
    ),
    ("en", "no interest"): (
        "If your payment plan applies (see the top), your instalments do not cover everything. After your last "
        "instalment, on 10 February 2027, EUR 200.00 will still be open.",
        "Your instalments do not cover everything. After your last instalment, on 10 February 2027, EUR 200.00 will "
        "still be open.",
    ),
    ("nl", "interest"): (
        "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Uw laatste termijn is op 10 "
        "februari 2027. Geldt uw betalingsregeling (zie bovenaan), en betaalt u alle termijnen op tijd? Dan staat er "
        "daarna naar verwachting nog EUR ",
        "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Uw laatste termijn is op 10 "
        "februari 2027. Betaalt u alle termijnen op tijd? Dan staat er daarna naar verwachting nog EUR ",
    ),
    ("en", "interest"): (
        "Interest keeps running on the amount outstanding while you pay the plan. If your payment plan applies (see "
        "the top), your last instalment is due on 10 February 2027. If you pay every instalment on time, about EUR ",
        "Interest keeps running on the amount outstanding while you pay the plan. If you pay every instalment on "
        "time, about EUR ",
    ),
}


@pytest.mark.parametrize(("language", "kind"), list(PLAN_LEAVES))
def test_what_a_replaced_plan_leaves_is_said_as_the_box_asks_it_till_the_statements_tell(tmp_path, language, kind):
    """Asked where it is said first: in the letter, for a plan that leaves a rest; on the page, and in the letter of a
    plan that leaves only interest, a line before asked it already (s52), and this follows from that one."""
    said, flat = PLAN_LEAVES[(language, kind)]
    agreement = NEAR_PLAN if kind == "interest" else LESS_PLAN  # 800,00 of EUR 1.034,37 (1.000,00 without interest)
    interest = "none" if kind == "no interest" else "statutory"
    events = [REMINDER, SETTLEMENT, OFF, agreement]
    written = one_debtor_ledger(tmp_path, events=events, payments=PAID, language=language, interest=interest)
    for seen, undecided in ((SEEN_TO, True), (date(2026, 12, 10), False)):
        ledger = replace(written, bank_until=seen)
        claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
        page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
        assert flat in page and said not in page, page  # the next instalment's line asked it
        (due,) = letters_due(claim, NO_RECORD)
        asks_here = undecided and kind != "interest"  # the interest's line comes after the missed instalment's
        for form in (Channel.LETTER, Channel.EMAIL):
            letter = " ".join(letter_view(ledger, claim, due, form).terms).replace("\xa0", " ")
            assert (said in letter, flat in letter) == (asks_here, not asks_here), letter


# s52: a replaced plan's page asked "Geldt uw betalingsregeling (zie bovenaan)?" twice, in its next instalment's line
# and in the next paragraph's (what the instalments leave or add up to); its confirmation asked it there and again in
# what a missed instalment brings, a promise's in its rest and in what a miss brings. Asked once, where it is said
# first: the lines after it follow from it.
APPLIES = {
    ("nl", "plan"): "Geldt uw betalingsregeling (zie bovenaan)",
    ("nl", "promise"): "Geldt uw betaalbelofte (zie bovenaan)",
    ("en", "plan"): "If your payment plan applies (see the top",
    ("en", "promise"): "If your promise to pay applies (see the top",
}
ONE_PLAN = event(date(2026, 12, 10), "arrangement", installments=[{"due": date(2027, 1, 10), "amount": "1100.00"}])
AGREEMENTS = {
    "plan": PLAN,
    "plan of more": BIG_PLAN,
    "plan of less": LESS_PLAN,
    "plan of all but interest": NEAR_PLAN,
    "plan of one": ONE_PLAN,
    "promise": PROMISE,
    "promise of part": PART_PROMISE,
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("interest", ["statutory", "none"])
@pytest.mark.parametrize("agreement", list(AGREEMENTS))
def test_the_page_and_the_letter_ask_once_whether_the_plan_or_promise_applies(tmp_path, language, interest, agreement):
    agreed = AGREEMENTS[agreement]
    question = APPLIES[(language, "promise" if agreed["type"] == "promise" else "plan")]
    events = [REMINDER, SETTLEMENT, OFF, agreed]
    written = one_debtor_ledger(tmp_path, events=events, payments=PAID, language=language, interest=interest)
    for seen, asked in ((SEEN_TO, 1), (date(2026, 12, 10), 0)):
        ledger = replace(written, bank_until=seen)
        claim = assess(ledger, ledger.debtors[0], date(2026, 12, 10))
        page = " ".join(next_steps(claim, ledger, Language(language), page=True))
        assert page.count(question) == asked, page
        (due,) = letters_due(claim, NO_RECORD)
        for form in (Channel.LETTER, Channel.EMAIL):
            view = letter_view(ledger, claim, due, form)
            letter = " ".join((*view.terms, *view.next_steps.lines))
            assert letter.count(question) == asked, letter


@pytest.mark.parametrize("language", list(Language))
def test_every_figure_a_plan_leaves_has_its_words_as_the_top_asks_it(language):
    """Each text with a figure of what a plan leaves or pays (steps.plan_key) has its `_undecided` words, for one
    instalment and for more: a build that reached one without them would stop on a missing text."""
    keys = ("plan_rest", "plan_rest_now", "plan_rest_no_interest", "plan_rest_no_interest_costs", "plan_rest_costs")
    keys += ("plan_interest_rest", "plan_interest_rest_now", "plan_more")
    for key in keys:
        for single in ("", "_single"):
            assert f"{key}{single}" in LABELS[language], key
            undecided = LABELS[language][f"{key}_undecided{single}"]
            assert "(zie bovenaan)" in undecided or "(see the top)" in undecided, key


CALLED_OFF_BELOW = {
    "nl": (
        "De afspraak van 28 november 2026 is op 10 december 2026 in overleg beëindigd. Had u de rest van het "
        "afgesproken bedrag toen nog niet betaald (zie bovenaan)? Dan vragen wij weer het hele bedrag.",
        "De afspraak van 28 november 2026 is op 10 december 2026 in overleg beëindigd. Daarom vragen wij weer het "
        "hele bedrag.",
    ),
    "en": (
        "The agreement of 28 November 2026 was ended by mutual consent on 10 December 2026. If you had not paid the "
        "rest by then (see the top), we ask for the whole amount again.",
        "The agreement of 28 November 2026 was ended by mutual consent on 10 December 2026. We therefore ask for the "
        "whole amount again.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_called_off_on_a_day_the_statements_do_not_reach_the_whole_claim_is_asked_below_as_the_top_asks_it(
    tmp_path, language
):
    """s49's page asked at its top "Heeft u uiterlijk 10 december 2026 nog EUR 600,00 betaald?", and said under "Wat
    gebeurt er nu?" flat "Daarom vragen wij weer het hele bedrag.": the whole claim is the top's "Nee?". Read to the
    day, it is said flat again."""
    said, flat = CALLED_OFF_BELOW[language]
    written = one_debtor_ledger(tmp_path, events=[REMINDER, SETTLEMENT, OFF], payments=PAID, language=language)
    for seen, on, undecided in ((SEEN_TO, date(2026, 12, 10), True), (date(2026, 12, 10), date(2026, 12, 11), False)):
        ledger = replace(written, bank_until=seen)
        claim = assess(ledger, ledger.debtors[0], on)
        page = " ".join(next_steps(claim, ledger, Language(language), page=True)).replace("\xa0", " ")
        assert (said in page, flat in page) == (undecided, not undecided), page


PAY_BY = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2026, 12, 9))
PASSED_TOTAL = {
    "nl": (
        "kwijtgescholden als u het afgesproken bedrag op tijd heeft betaald)",
        "als u het afgesproken bedrag betaalt)",
    ),
    "en": ("waived if you paid the agreed amount in time)", "waived once you pay the agreed amount)"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_settlements_total_after_its_day_says_it_in_the_past_as_the_top_asks(tmp_path, language):
    """A settlement whose `pay_by` passed while the statements do not reach it: the top asks "Heeft u uiterlijk ...
    betaald?", the message says "zou ... betalen"; its total said "als u het afgesproken bedrag betaalt" of a day gone.
    On its day it still may be paid: said as it is."""
    past, now = PASSED_TOTAL[language]
    written = one_debtor_ledger(tmp_path, events=[REMINDER, PAY_BY], payments=PAID, language=language)
    ledger = replace(written, bank_until=SEEN_TO)
    for on, said in ((date(2026, 12, 10), past), (date(2026, 12, 9), now)):
        claim = assess(ledger, ledger.debtors[0], on)
        assert claim.status == Status.SETTLEMENT, claim.status
        total = total_rows(claim, ledger.creditor, Language(language))[-1]
        assert total.grand and total.label.endswith(said), total
