"""A part payment since the last letter, before the next chasing letter: staff are told, the letter still goes.

A sports club's member paid EUR 200,00 of 240,00 with her reference on 3 November, after the dunning letter of
20 October. On 10 November today's work said "Sommatie sturen" for the rest, with no word of the payment a week
before: legal, but a club that wants to keep its member would rather call, or send a friendly note, than post a
final notice threatening costs to someone who paid most of it days ago (review s38, the treasurer's L-0104).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.entries import SAME_MATTER
from incasso.staff.language import speaking
from incasso.staff.overview import FLAG_KINDS, FlagKind, flags
from incasso.staff.view import flag_brief, flag_detail
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

NBSP = "\xa0"
PAID, BUILT = date(2026, 11, 3), date(2026, 11, 10)
LETTERS = [event(date(2026, 10, 5), "reminder", channel="email"), event(date(2026, 10, 20), "dunning", channel="email")]


def member(
    *events: dict, payments: list[dict] | None = None, letters: list[dict] = LETTERS, invoices: list[dict] | None = None
) -> dict:
    """240.00 due 1 October, a reminder and a dunning letter, 200.00 paid on 3 November."""
    return valid_debtor(
        id="D-1",
        invoices=[invoice(number="F-1", date=date(2026, 9, 1), due=date(2026, 10, 1), amount="240.00")]
        if invoices is None
        else invoices,
        payments=[payment(date=PAID, amount="200.00")] if payments is None else payments,
        events=[*letters, *events],
    )


def ledger_of(tmp_path: Path, *debtors: dict) -> Path:
    return write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=list(debtors) or [member()])


def claim_of(root: Path, as_of: date = BUILT) -> Claim:
    ledger = load_ledger(root)
    return assess(ledger, ledger.debtors[0], as_of)


def raised(root: Path, as_of: date = BUILT) -> list[str]:
    return [str(f.kind) for f in flags(claim_of(root, as_of), load_ledger(root).creditor.policy)]


def part_payment(root: Path, as_of: date = BUILT):
    found = flags(claim_of(root, as_of), load_ledger(root).creditor.policy)
    (flag,) = [f for f in found if f.kind == FlagKind.PART_PAYMENT]
    return flag


def said(flag) -> str:
    """The flag's sentence as staff read it, blanks plain."""
    return flag_detail(flag).replace(NBSP, " ")


def text_of(page: Path) -> str:
    """The page's text as a reader sees it: tags out, entities read, blanks as one space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())


SAID = (
    "EUR 200,00 betaald op 3 november 2026, sinds de aanmaning van 20 oktober 2026: eerst bellen of een "
    "vriendelijk bericht sturen? De brief van de volgende stap (sommatie sturen) staat klaar; u beslist"
)
BRIEF = "Deelbetaling EUR 200,00 op 3 nov 2026 sinds de aanmaning: eerst bellen?"


def test_a_part_payment_since_the_dunning_letter_is_said_before_the_final_notice(tmp_path):
    root = ledger_of(tmp_path)
    claim = claim_of(root)
    assert claim.next_action is not None and claim.next_action.kind == "final_notice"
    assert claim.next_action.is_due(BUILT)
    assert raised(root) == ["part_payment"]
    assert flag_detail(part_payment(root)).replace(NBSP, " ") == SAID


def test_the_staff_s_english_says_it_too(tmp_path):
    flag = part_payment(ledger_of(tmp_path))
    with speaking(Language.EN):
        said = flag_detail(flag).replace(NBSP, " ")
        brief = flag_brief(flag).label.replace(NBSP, " ")
    assert said == (
        "EUR 200.00 paid on 3 November 2026, since the formal reminder of 20 October 2026: call first, or send a "
        "friendly note? The next step's letter (send final notice) is ready; you decide"
    )
    assert brief == "Part payment of EUR 200.00 on 3 Nov 2026 since the formal reminder: call first?"


def test_more_part_payments_are_summed_and_the_latest_named(tmp_path):
    paid = [payment(date=date(2026, 10, 25), amount="50.00"), payment(date=PAID, amount="150.00")]
    flag = part_payment(ledger_of(tmp_path, member(payments=paid)))
    assert said(flag).startswith(
        "2 betalingen, samen EUR 200,00, de laatste op 3 november 2026, sinds de aanmaning van 20 oktober 2026:"
    )
    assert flag_brief(flag).label.replace(NBSP, " ") == (
        "2 deelbetalingen, samen EUR 200,00, sinds de aanmaning: eerst bellen?"
    )
    with speaking(Language.EN):
        assert said(flag).startswith(
            "2 payments, EUR 200.00 in all, the latest on 3 November 2026, since the formal reminder of "
            "20 October 2026:"
        )


def test_before_any_letter_the_first_reminder_is_the_step(tmp_path):
    early = member(payments=[payment(date=date(2026, 10, 3), amount="200.00")], letters=[])
    root = ledger_of(tmp_path, early)
    claim = claim_of(root, date(2026, 10, 10))
    assert claim.next_action is not None and claim.next_action.kind == "reminder"
    flag = part_payment(root, date(2026, 10, 10))
    assert said(flag).startswith("EUR 200,00 betaald op 3 oktober 2026, nog vóór een brief: eerst bellen")
    with speaking(Language.EN):
        assert said(flag).startswith("EUR 200.00 paid on 3 October 2026, before any letter: call first")


def test_a_payment_before_the_last_letter_is_no_news_to_it(tmp_path):
    before = member(payments=[payment(date=date(2026, 10, 15), amount="200.00")])
    assert "part_payment" not in raised(ledger_of(tmp_path, before))


def test_a_payment_on_the_letter_s_day_may_have_crossed_it(tmp_path):
    crossed = member(payments=[payment(date=date(2026, 10, 20), amount="200.00")])
    assert "part_payment" in raised(ledger_of(tmp_path, crossed))


def test_not_before_the_step_is_due(tmp_path):
    root = ledger_of(tmp_path)
    step = claim_of(root).next_action
    assert step is not None
    assert "part_payment" not in raised(root, step.due.replace(day=step.due.day - 1))
    assert "part_payment" in raised(root, step.due)


def test_a_call_after_the_payment_has_done_its_work(tmp_path):
    called = event(date(2026, 11, 5), "call", channel="phone", spoke_with="Jan de Vries", note="Rest eind november")
    assert "part_payment" not in raised(ledger_of(tmp_path, member(called)))


def test_not_for_a_payment_that_paid_everything_due(tmp_path):
    # F-1 paid in full after the dunning letter; F-2 fell due since and climbs its own steps.
    both = member(
        invoices=[
            invoice(number="F-1", date=date(2026, 9, 1), due=date(2026, 10, 1), amount="240.00"),
            invoice(number="F-2", date=date(2026, 10, 1), due=date(2026, 10, 31), amount="100.00"),
        ],
        payments=[payment(date=date(2026, 10, 25), amount="240.00")],
    )
    root = ledger_of(tmp_path, both)
    as_of = date(2026, 11, 20)
    step = claim_of(root, as_of).next_action
    assert step is not None and step.is_due(as_of)  # F-2's reminder is due: a chasing letter
    assert "part_payment" not in raised(root, as_of)


def test_not_for_a_payment_kept_with_the_disputed_invoice_it_names(tmp_path):
    # F-2 is disputed apart; 100.00 naming it is kept for it, and F-1's final notice is due: nothing of F-1 was paid.
    both = [
        invoice(number="F-1", date=date(2026, 9, 1), due=date(2026, 10, 1), amount="240.00"),
        invoice(number="F-2", date=date(2026, 9, 1), due=date(2026, 10, 1), amount="100.00"),
    ]
    disputed = event(date(2026, 10, 22), "dispute", reason="Niet besteld", invoices=["F-2"])
    named = [payment(date=PAID, amount="100.00", invoice="F-2")]
    root = ledger_of(tmp_path, member(disputed, invoices=both, payments=named))
    step = claim_of(root).next_action
    assert step is not None and step.kind == "final_notice" and step.is_due(BUILT)
    assert raised(root) == ["disputed_invoices"]


@pytest.mark.parametrize(
    ("agreed", "as_of"),
    [
        # A promise of part, kept on 3 November: the rest is asked by a reminder, due the next day.
        ([event(date(2026, 10, 28), "promise", promised_date=PAID, amount="200.00")], BUILT),
        # A plan behind: its instalment reminder went on 1 November, 50.00 came on the 3rd, the final notice is due
        # on the 15th. Its own signal (Regeling achter) says what is paid and missed.
        (
            [
                event(
                    date(2026, 10, 28),
                    "arrangement",
                    installments=[
                        {"due": date(2026, 10, 30), "amount": "100.00"},
                        {"due": date(2026, 11, 6), "amount": "140.00"},
                    ],
                ),
                event(date(2026, 11, 1), "reminder", channel="email"),
            ],
            date(2026, 11, 20),
        ),
    ],
    ids=["promise", "arrangement"],
)
def test_not_for_a_payment_under_a_promise_or_a_plan(tmp_path, agreed, as_of):
    paid = [payment(date=PAID, amount="200.00" if len(agreed) == 1 else "50.00")]
    root = ledger_of(tmp_path, member(*agreed, payments=paid))
    step = claim_of(root, as_of).next_action
    assert step is not None and step.kind in ("reminder", "final_notice") and step.is_due(as_of)
    assert "part_payment" not in raised(root, as_of)


def test_its_place_among_the_signals_and_as_the_same_matter_as_the_step():
    kinds = list(FLAG_KINDS)
    # Read before the step's letter goes, as a note about the step; before the agreements' signals.
    assert kinds.index(FlagKind.PART_PAYMENT) == kinds.index(FlagKind.NOTE_BEFORE_STEP) + 1
    assert kinds.index(FlagKind.PART_PAYMENT) < kinds.index(FlagKind.BROKEN_PROMISE)
    assert FlagKind.PART_PAYMENT in SAME_MATTER


def test_the_task_row_and_the_dossier_page_say_so_and_the_letter_is_still_written(tmp_path):
    root = ledger_of(tmp_path)
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    assert site.exit_code == 0
    overview = text_of(site.internal / "index.html").replace(NBSP, " ")
    # One signal, the same matter as the step of the day: not counted twice.
    assert "Signalen 1 waarvan 1 ook als taak bij Werk voor vandaag" in overview
    today = overview[overview.index("Werk voor vandaag Actie") : overview.index("Brieven van vandaag Debiteur")]
    assert today.index("Sommatie sturen") < today.index(BRIEF)
    signals = overview[overview.index("Signalen Signaal") :]
    assert f"Deelbetaling vóór de volgende brief Bakkerij De Vries D-1 {SAID}" in signals
    dossier = text_of(site.internal / "d" / "D-1.html").replace(NBSP, " ")
    assert f"Deelbetaling vóór de volgende brief : {SAID}" in dossier  # the label is <strong>
    # The letter is written all the same: staff decide.
    assert "Sommatie: PDF" in overview[overview.index("Brieven van vandaag Debiteur") :]
    (record,) = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert record["flags"] == ["part_payment"]


def call(day: date, **fields) -> dict:
    return event(day, "call", channel="phone", spoke_with="Anna", **fields)


def test_a_part_payment_a_call_before_it_agreed_is_no_surprise(tmp_path):
    # The demo's D-1004 rang on 17 November, said it would pay part the next day, and did: the signal said "call
    # first?" to staff who had just called. The call's amount is what was agreed: paid, nothing to chase.
    root = ledger_of(tmp_path, member(call(date(2026, 11, 1), amount="200.00")))
    assert "part_payment" not in raised(root)
    more = [payment(date=date(2026, 11, 2), amount="120.00"), payment(date=PAID, amount="80.00")]
    assert "part_payment" not in raised(
        ledger_of(tmp_path / "b", member(call(date(2026, 11, 1), amount="200.00"), payments=more))
    )


def test_a_part_payment_that_does_not_match_what_the_call_agreed_is_still_said(tmp_path):
    less = member(call(date(2026, 11, 1), amount="200.00"), payments=[payment(date=PAID, amount="150.00")])
    assert said(part_payment(ledger_of(tmp_path, less))).startswith("EUR 150,00 betaald op 3 november 2026")
    # A call that agreed no amount (its note says what was said, which the build cannot read): still said.
    words_only = member(call(date(2026, 11, 1), note="Betaalt binnenkort een deel."))
    assert said(part_payment(ledger_of(tmp_path / "b", words_only))).startswith("EUR 200,00 betaald op 3 november")
    # A call before the last letter agreed nothing the letter did not answer.
    before = member(letters=[LETTERS[0], call(date(2026, 10, 10), amount="200.00"), LETTERS[1]])
    assert "part_payment" in raised(ledger_of(tmp_path / "c", before))


def test_a_call_s_amount_must_be_an_amount(tmp_path):
    from incasso.ledger.problems import LedgerError

    root = ledger_of(tmp_path, member(call(date(2026, 11, 1), amount="200,00")))
    with pytest.raises(LedgerError, match=r"events\[2\]\.amount: must be an amount"):
        load_ledger(root)


def test_the_demo_s_part_payment_after_its_call_is_no_signal():
    from incasso.bank.books import read_books
    from tests.support.site import DEMO_LEDGER

    day = date(2026, 11, 24)  # the final notice is due; D-1004 paid EUR 1.200,00 on the 18th, through the bank
    ledger = read_books(DEMO_LEDGER, day).ledger
    debtor = next(d for d in ledger.debtors if d.id == "D-1004")
    claim = assess(ledger, debtor, day)
    assert claim.settlement.payments[0].payment.amount == 1200
    assert claim.next_action is not None and claim.next_action.kind == "final_notice"
    assert FlagKind.PART_PAYMENT not in [f.kind for f in flags(claim, ledger.creditor.policy)]
