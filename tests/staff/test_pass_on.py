"""A payment to the creditor after a handover: staff pass it on to the agency (new1 review, #1).

The handover letter says "Betaalt u aan ons? Dan laten wij <agency> weten" and the ledger format that the
creditor passes a payment on; the dossier said only "Het incassobureau heeft de volgende stap", and nothing in
today's work named the 1000.00 a business paid the club after the handover. Now today's work lists it
("Betaling doorgeven") with the agency's contact, until a `passed_on` event records it.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.payments.reference import rf_reference
from incasso.staff.overview import PassOn, claim_tasks, next_step
from incasso.staff.record import record_lines
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, invoice, ledger_problems, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

HANDED, PAID, BUILT = date(2026, 11, 10), date(2026, 11, 30), date(2026, 12, 4)
AGENCY = "Incassobureau Domstad B.V."
NBSP = "\xa0"


def handed_over(*events: dict, **changes) -> dict:
    """A business's 2000.00, its final notice by e-mail, handed over on 10 November without agency_iban."""
    return valid_debtor(
        id="S-1",
        type="business",
        invoices=[invoice(number="F-1", date=date(2026, 7, 15), due=date(2026, 8, 14), amount="2000.00")],
        events=[
            event(date(2026, 10, 5), "final_notice", channel="email"),
            event(
                HANDED,
                "handover",
                agency=AGENCY,
                agency_phone="+31 30 298 40 00",
                agency_email="dossiers@domstadincasso.example.nl",
            ),
            *events,
        ],
        **changes,
    )


def ledger_of(tmp_path: Path, *events: dict, bank: bool = True, **changes) -> Path:
    root = write_ledger(tmp_path, creditor=valid_creditor(), debtors=[handed_over(*events, **changes)])
    if bank:  # the club's own account: the business paid the club, not the agency
        paid = Booking("1000.00", PAID, ref="B-77", scor=rf_reference("S-1"), name="Autobedrijf Mulder")
        write_bank(root, {"camt.xml": camt053(CREDITOR_IBAN, [paid])})
    return root


def claim_of(root: Path, as_of: date = BUILT) -> Claim:
    books = read_books(root, as_of)
    return assess(books.ledger, books.ledger.debtors[0], as_of)


def test_a_payment_to_us_after_the_handover_is_work_until_it_is_recorded_as_passed_on(tmp_path):
    claim = claim_of(ledger_of(tmp_path / "a"))
    (task,) = claim_tasks(claim, BUILT)
    assert isinstance(task.action, PassOn)
    assert (task.amount, task.action.due, task.action.agency) == (Decimal("1000.00"), PAID, AGENCY)
    assert [(p.date, p.amount, p.bank_ref) for p in task.action.payments] == [(PAID, Decimal("1000.00"), "B-77")]
    assert next_step(claim) == task.action
    lines = record_lines(task.action, claim.debtor, BUILT)
    assert lines == "  - date: 2026-12-04\n    type: passed_on\n    amount: 1000.00"
    # Recorded as given, the task goes.
    recorded = ledger_of(tmp_path / "b", event(BUILT, "passed_on", amount=Decimal("1000.00")))
    assert claim_tasks(claim_of(recorded), BUILT) == ()
    # Part of it passed on: the rest stays work.
    part = ledger_of(tmp_path / "c", event(BUILT, "passed_on", amount=Decimal("400.00")))
    (rest,) = claim_tasks(claim_of(part), BUILT)
    assert rest.amount == Decimal("600.00")


def test_only_money_that_reached_our_account_after_the_handover_is_passed_on(tmp_path):
    # Before the handover the agency's file already holds it; a payment written by hand without bank_ref may be
    # one the agency reports it received.
    before = ledger_of(tmp_path / "before", bank=False, payments=[payment(date=date(2026, 11, 2), amount="500.00")])
    assert claim_tasks(claim_of(before), BUILT) == ()
    reported = ledger_of(tmp_path / "reported", bank=False, payments=[payment(date=PAID, amount="500.00")])
    assert claim_tasks(claim_of(reported), BUILT) == ()


def test_passed_on_is_checked_with_its_place(tmp_path):
    no_amount = valid_debtor(events=[event(date(2026, 3, 1), "handover"), event(date(2026, 3, 5), "passed_on")])
    root = write_ledger(tmp_path / "a", creditor=valid_creditor(), debtors={"a.yaml": no_amount})
    (said,) = [p for p in ledger_problems(root) if "passed_on" in p or "amount" in p]
    assert re.search(r"a\.yaml:\d+:\d+: events\[1\]", said) and "amount" in said
    early = valid_debtor(events=[event(date(2026, 3, 5), "passed_on", amount=Decimal("10.00"))])
    root = write_ledger(tmp_path / "b", creditor=valid_creditor(), debtors={"b.yaml": early})
    (said,) = ledger_problems(root)
    assert re.search(r"b\.yaml:\d+:\d+: events\[0\]\.type: passed_on needs a handover before it", said)


def test_today_s_work_and_the_dossier_name_the_payment_the_agency_and_the_line_to_paste(tmp_path):
    site = build_site(tmp_path / "site", ledger=ledger_of(tmp_path / "ledger"), as_of=BUILT)
    assert site.exit_code == 0
    overview = _text(site.internal / "index.html")
    assert f"Betaling doorgeven aan {AGENCY}" in overview
    assert "op 30 nov 2026, bankboeking B-77" in overview
    assert "+31 30 298 40 00" in overview and "dossiers@domstadincasso.example.nl" in overview
    dossier = _text(site.internal / "d" / "S-1.html")
    assert "Het incassobureau heeft de volgende stap" not in dossier
    assert f"Betaling doorgeven aan {AGENCY}" in dossier
    assert "type: passed_on" in dossier and "amount: 1000.00" in dossier


def _text(page: Path) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
    return re.sub(r"\s+", " ", text.replace(NBSP, " "))


def test_what_was_passed_on_to_an_earlier_agency_does_not_cover_money_for_the_later_one(tmp_path):
    # Review 38 (revB): 300.00 reached us after the first handover and was passed on to that agency; the file then
    # went to a second agency, and 1000.00 reached us after that. The task said "EUR 700,00 kwam na de overdracht
    # van 20 november binnen (EUR 1.000,00 op 30 november)": the first agency's passed_on counted against it.
    root = ledger_of(
        tmp_path,
        event(date(2026, 11, 13), "passed_on", amount=Decimal("300.00")),
        event(date(2026, 11, 20), "handover", agency="Tweede Bureau B.V.", agency_phone="030 111 22 33"),
        payments=[payment(date=date(2026, 11, 12), amount="300.00", bank_ref="KAS-1")],
    )
    (task,) = claim_tasks(claim_of(root), BUILT)
    assert isinstance(task.action, PassOn)
    assert (task.amount, task.action.agency) == (Decimal("1000.00"), "Tweede Bureau B.V.")
    assert [p.amount for p in task.action.payments] == [Decimal("1000.00")]


def test_the_dossier_s_log_says_how_much_was_passed_on(tmp_path):
    # Review 38 (revB): the log's line Betaling doorgegeven had no amount, so a part passed on could not be read.
    root = ledger_of(tmp_path / "ledger", event(BUILT, "passed_on", amount=Decimal("400.00")))
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    assert site.exit_code == 0
    log = _text(site.internal / "d" / "S-1.html").split("Logboek")[-1]
    assert re.search(r"Betaling doorgegeven .*EUR 400,00", log)


def test_more_passed_on_than_came_in_is_a_signal(tmp_path):
    # Review 38 (revB): `passed_on` with 5000.00 for the 1000.00 that came in (a key too many) was taken
    # silently: the task went, and so would the next payment's, which nothing then passed on.
    from incasso.ledger.load import load_ledger
    from incasso.staff.overview import FlagKind, flags
    from incasso.staff.view import flag_detail

    root = ledger_of(tmp_path / "a", event(BUILT, "passed_on", amount=Decimal("5000.00")))
    claim = claim_of(root)
    policy = load_ledger(root).creditor.policy
    (over,) = [f for f in flags(claim, policy) if f.kind == FlagKind.PASSED_ON_OVER]
    assert flag_detail(over) == (
        f"passed_on na de overdracht van 10 november 2026: EUR{NBSP}5.000,00 doorgegeven, maar er kwam "
        f"EUR{NBSP}1.000,00 binnen (met bank_ref). Een tikfout? Dan staat een volgende betaling niet als door te "
        "geven in het werk van vandaag: verbeter het bedrag in het dossierbestand"
    )
    # What came in, passed on in full or in part: no signal.
    for amount in ("1000.00", "400.00"):
        root = ledger_of(tmp_path / amount, event(BUILT, "passed_on", amount=Decimal(amount)))
        assert FlagKind.PASSED_ON_OVER not in [f.kind for f in flags(claim_of(root), policy)]


def test_the_change_list_gives_the_payment_to_pass_on_as_new_work(tmp_path):
    # Review 38 (revB): changes.md listed the 1000.00 as received, not the task the overview gave for it, where
    # cli.md says it lists each step or task that fell due since the last build.
    root = ledger_of(tmp_path / "ledger")
    assert build_site(tmp_path / "site", ledger=root, as_of=PAID - timedelta(days=1)).exit_code == 0
    site = build_site(tmp_path / "site", ledger=root, as_of=BUILT)
    changes = (site.internal / "changes.md").read_text(encoding="utf-8").replace(NBSP, " ")
    assert f"Betaling doorgeven aan {AGENCY}: EUR 1.000,00" in changes
    # Once recorded, and on the next day, not again.
    again = build_site(tmp_path / "site", ledger=root, as_of=BUILT + timedelta(days=1))
    assert "Betaling doorgeven" not in (again.internal / "changes.md").read_text(encoding="utf-8")


SECOND = "Tweede Bureau B.V."


def taken_back(tmp_path: Path, *events: dict) -> Path:
    """300.00 reached us (bank_ref KAS-1) on 12 November, while the first agency had the file, and was not recorded
    as passed on when the file went to a second agency on 20 November; 1000.00 reached us after that."""
    return ledger_of(
        tmp_path,
        event(date(2026, 11, 20), "handover", agency=SECOND, agency_phone="030 111 22 33"),
        *events,
        payments=[payment(date=date(2026, 11, 12), amount="300.00", bank_ref="KAS-1")],
    )


def test_money_for_the_first_agency_not_passed_on_stays_work_after_a_second_handover(tmp_path):
    # s39: the 300.00 that came in for the first agency's time went from today's work with the second handover:
    # nothing told staff it was never passed on. It stays, naming the first agency, beside the second's 1000.00.
    claim = claim_of(taken_back(tmp_path / "a"))
    tasks = claim_tasks(claim, BUILT)
    assert [(t.action.agency, t.amount) for t in tasks if isinstance(t.action, PassOn)] == [
        (AGENCY, Decimal("300.00")),
        (SECOND, Decimal("1000.00")),
    ]
    earlier = tasks[0].action
    assert isinstance(earlier, PassOn) and earlier.due == date(2026, 11, 12)
    assert earlier.later is not None and earlier.later.agency == SECOND
    # Its line to paste names the handover the money was owed for: a passed_on after the second handover counts
    # for that one unless it says so.
    lines = record_lines(earlier, claim.debtor, BUILT)
    assert lines == "  - date: 2026-12-04\n    type: passed_on\n    amount: 300.00\n    handover: 2026-11-10"
    assert next_step(claim) == earlier  # the oldest money first


def test_a_passed_on_naming_the_first_handover_covers_its_money_only(tmp_path):
    first = event(BUILT, "passed_on", amount=Decimal("300.00"), handover=HANDED)
    tasks = claim_tasks(claim_of(taken_back(tmp_path / "a", first)), BUILT)
    assert [(t.action.agency, t.amount) for t in tasks] == [(SECOND, Decimal("1000.00"))]
    # Without `handover`, a passed_on after the second handover is the second agency's, as before.
    plain_one = event(BUILT, "passed_on", amount=Decimal("1000.00"))
    tasks = claim_tasks(claim_of(taken_back(tmp_path / "b", plain_one)), BUILT)
    assert [(t.action.agency, t.amount) for t in tasks] == [(AGENCY, Decimal("300.00"))]


def test_passed_on_s_handover_must_name_a_handover_before_it(tmp_path):
    wrong = event(BUILT, "passed_on", amount=Decimal("300.00"), handover=date(2026, 11, 11))
    (said,) = [p for p in ledger_problems(taken_back(tmp_path / "a", wrong)) if "handover" in p]
    assert re.search(r"events\[3\]\.handover: names no handover before it", said)
    assert "2026-11-10, 2026-11-20" in said


def test_the_overview_names_the_first_agency_and_that_the_file_went_on(tmp_path):
    site = build_site(tmp_path / "site", ledger=taken_back(tmp_path / "ledger"), as_of=BUILT)
    assert site.exit_code == 0
    overview = _text(site.internal / "index.html")
    assert f"Betaling doorgeven aan {AGENCY}" in overview and f"Betaling doorgeven aan {SECOND}" in overview
    dossier = _text(site.internal / "d" / "S-1.html")
    assert f"Betaling doorgeven aan {AGENCY}" in dossier
    assert f"nu bij {SECOND}" in dossier
    assert "handover: 2026-11-10" in dossier


def test_the_dossier_gives_a_line_to_paste_for_each_payment_to_pass_on(tmp_path):
    # s40: with the first agency's 300.00 and the second's 1000.00 both to pass on, the dossier offered the
    # `passed_on` of the oldest only: the clerk who passed on both could record one.
    from incasso.staff.dossier_page import dossier_page
    from tests.staff.test_bank_section import book_of

    book = book_of(taken_back(tmp_path / "ledger"), BUILT)
    page = dossier_page(book, book.rows[0])
    assert page.record is None  # each pass-on has its own box, not the day's step's
    assert [r.lines for r in page.passes_on] == [
        "  - date: 2026-12-04\n    type: passed_on\n    amount: 300.00\n    handover: 2026-11-10",
        "  - date: 2026-12-04\n    type: passed_on\n    amount: 1000.00",
    ]
    first, second = (" ".join(r.intro.replace(NBSP, " ").split()) for r in page.passes_on)
    assert first.startswith(
        f"EUR 300,00 doorgegeven aan {AGENCY} (EUR 300,00 op 12 november 2026, bankboeking KAS-1)? Zet dit "
    )
    assert second.startswith(
        f"EUR 1.000,00 doorgegeven aan {SECOND} (EUR 1.000,00 op 30 november 2026, bankboeking B-77)? Zet dit "
    )
    # One to pass on: its box as before.
    book = book_of(ledger_of(tmp_path / "one"), BUILT)
    (only,) = dossier_page(book, book.rows[0]).passes_on
    assert only.intro.startswith("Doorgegeven? Zet dit onderaan events:")
    assert only.lines == "  - date: 2026-12-04\n    type: passed_on\n    amount: 1000.00"


def test_the_dossier_page_shows_each_pass_on_box(tmp_path):
    site = build_site(tmp_path / "site", ledger=taken_back(tmp_path / "ledger"), as_of=BUILT)
    assert site.exit_code == 0
    dossier = _text(site.internal / "d" / "S-1.html")
    assert "amount: 300.00 handover: 2026-11-10" in dossier
    assert "type: passed_on amount: 1000.00" in dossier


def test_the_change_list_says_the_file_went_to_another_agency_and_the_money_the_first_one_is_owed(tmp_path):
    # s40: 300.00 reached us while the first agency had the file, and the file went to a second agency, both between
    # two builds: changes.md said neither (only money for the agency that has the file was compared).
    kept = [payment(date=date(2026, 11, 12), amount="300.00", bank_ref="KAS-1")]
    first = ledger_of(tmp_path / "first", bank=False)
    assert build_site(tmp_path / "site", ledger=first, as_of=date(2026, 11, 11)).exit_code == 0
    site = build_site(tmp_path / "site", ledger=taken_back(tmp_path / "second"), as_of=date(2026, 11, 21))
    changes = (site.internal / "changes.md").read_text(encoding="utf-8").replace(NBSP, " ")
    assert (
        f"Betaling doorgeven aan {AGENCY}: EUR 300,00 (hoort bij de overdracht van 10 november 2026; het dossier "
        f"ligt nu bij {SECOND})"
    ) in changes
    assert f"- S-1 Bakkerij De Vries: op 20 november 2026 naar {SECOND} (lag bij {AGENCY})" in changes
    # Told once: the next day neither again.
    again = build_site(tmp_path / "site", ledger=taken_back(tmp_path / "second"), as_of=date(2026, 11, 22))
    said = (again.internal / "changes.md").read_text(encoding="utf-8")
    assert "Betaling doorgeven" not in said and SECOND not in said
    # Money that was the agency's with the file at the last build, the first agency's now: said again, for it.
    root = ledger_of(tmp_path / "third", bank=False, payments=kept)
    assert build_site(tmp_path / "site3", ledger=root, as_of=date(2026, 11, 15)).exit_code == 0
    site = build_site(tmp_path / "site3", ledger=taken_back(tmp_path / "fourth"), as_of=date(2026, 11, 21))
    changes = (site.internal / "changes.md").read_text(encoding="utf-8").replace(NBSP, " ")
    assert f"Betaling doorgeven aan {AGENCY}: EUR 300,00 (hoort bij de overdracht van 10 november 2026" in changes


def test_money_for_a_new_agency_is_new_work_whatever_the_amount_the_last_agency_had(tmp_path):
    # s40: the last build had 300.00 to pass on to the first agency, this one 200.00 for the second: compared by
    # amount alone, the second agency's task was no news.
    root = ledger_of(
        tmp_path / "a", bank=False, payments=[payment(date=date(2026, 11, 12), amount="300.00", bank_ref="K1")]
    )
    assert build_site(tmp_path / "site", ledger=root, as_of=date(2026, 11, 15)).exit_code == 0
    later = ledger_of(
        tmp_path / "b",
        event(date(2026, 11, 14), "passed_on", amount=Decimal("300.00")),
        event(date(2026, 11, 20), "handover", agency=SECOND),
        bank=False,
        payments=[
            payment(date=date(2026, 11, 12), amount="300.00", bank_ref="K1"),
            payment(date=date(2026, 11, 21), amount="200.00", bank_ref="K2"),
        ],
    )
    site = build_site(tmp_path / "site", ledger=later, as_of=date(2026, 11, 22))
    changes = (site.internal / "changes.md").read_text(encoding="utf-8").replace(NBSP, " ")
    assert f"Betaling doorgeven aan {SECOND}: EUR 200,00" in changes
