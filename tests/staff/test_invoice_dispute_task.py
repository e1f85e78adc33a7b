"""A dispute of one invoice open too long is today's work, with the answer to paste.

A dispute of the whole dossier has its check (review_dispute) in today's work, and the dossier page gives the
`dispute_resolved` to paste. A dispute naming an invoice, while the rest is chased, was only a signal
(*Geschil te lang open*): nothing in today's work asked staff to answer it, and the dossier page offered
no lines to close it (review 38, staff #1).
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from pathlib import Path

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.staff.overview import DisputeReview, claim_tasks, dispute_review
from incasso.staff.record import record_lines
from tests.support.ledgers import disputed_apart_ledger
from tests.support.site import build_site

NBSP = "\xa0"
# F-B is disputed since 9 February 2026; dispute_max_days is 30: its answer is due on 11 March.
ANSWER_DUE, LATE = date(2026, 3, 11), date(2026, 3, 20)


def text_of(page: Path) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split()).replace(NBSP, " ")


def test_a_dispute_of_one_invoice_open_too_long_is_a_task(tmp_path):
    ledger = load_ledger(disputed_apart_ledger(tmp_path))
    claim = assess(ledger, ledger.debtors[0], LATE)
    assert claim.disputed_apart
    reviews = [
        task
        for task in claim_tasks(claim, LATE, review=dispute_review(claim, ledger.creditor.policy))
        if isinstance(task.action, DisputeReview)
    ]
    assert len(reviews) == 1
    review = reviews[0].action
    assert (review.due, review.invoices, str(reviews[0].amount)) == (ANSWER_DUE, ("F-B",), "1180.00")
    # Not before its answer time is over.
    before = assess(ledger, ledger.debtors[0], ANSWER_DUE - (LATE - ANSWER_DUE) // 9)
    assert not [
        t
        for t in claim_tasks(before, before.as_of, review=dispute_review(before, ledger.creditor.policy))
        if isinstance(t.action, DisputeReview)
    ]


def test_its_lines_answer_the_invoice_dispute(tmp_path):
    ledger = load_ledger(disputed_apart_ledger(tmp_path))
    claim = assess(ledger, ledger.debtors[0], LATE)
    review = next(
        t.action
        for t in claim_tasks(claim, LATE, review=dispute_review(claim, ledger.creditor.policy))
        if isinstance(t.action, DisputeReview)
    )
    assert record_lines(review, claim.debtor, LATE) == (
        '  - date: 2026-03-20\n    type: dispute_resolved\n    invoices: ["F-B"]\n    outcome:'
    )


def test_the_overview_lists_it_and_the_dossier_gives_the_lines(tmp_path):
    site = build_site(tmp_path / "site", ledger=disputed_apart_ledger(tmp_path), as_of=LATE)
    assert site.exit_code == 0
    today = text_of(site.internal / "index.html")
    assert "Controle: geschil beantwoorden" in today
    dossier = text_of(site.internal / "d" / "D-1001.html")
    assert 'type: dispute_resolved invoices: ["F-B"] outcome:' in dossier
    # The task in the words today's work names it with (s50: it read "Het geschil over factuur F-B beantwoorden").
    assert "Controle: geschil beantwoorden sinds 11 maart 2026: factuur F-B, betwist sinds 9 februari 2026." in dossier
    assert "beantwoorden (sinds" not in dossier


def test_the_lines_pasted_answer_it(tmp_path):
    root = disputed_apart_ledger(tmp_path)
    ledger = load_ledger(root)
    claim = assess(ledger, ledger.debtors[0], LATE)
    review = dispute_review(claim, ledger.creditor.policy)
    assert review is not None
    file = Path(claim.debtor.source.path)
    assert file.read_text(encoding="utf-8").rstrip().splitlines()[-1].startswith("    ")  # events: come last
    lines = record_lines(review, claim.debtor, LATE)
    file.write_text(file.read_text(encoding="utf-8").rstrip() + "\n" + lines + " Foto's bekeken, klopt.\n")
    answered = load_ledger(root)
    after = assess(answered, answered.debtors[0], LATE)
    assert not after.disputed and dispute_review(after, answered.creditor.policy) is None


def test_today_s_work_says_what_its_amount_is_for_a_disputed_invoice(tmp_path):
    # Review 38 (revB): the task's amount is F-B's 1180.00, which the page does not ask (F-A's 640.00 is chased),
    # under a column that said only "Gevraagd: wat de brief en de pagina van de debiteur nu vragen".
    site = build_site(tmp_path / "site", ledger=disputed_apart_ledger(tmp_path), as_of=LATE)
    today = text_of(site.internal / "index.html")
    assert "bij een betwiste factuur wat daarvan open is (de pagina vraagt het niet)" in today
    assert "bij een betaling door te geven aan het incassobureau wat door moet" in today


def test_the_change_list_gives_the_answer_as_new_work_on_the_day_it_falls_due(tmp_path):
    # Review 38 (revB): on 11 March the overview gave the task, changes.md "Geen wijzigingen".
    root = disputed_apart_ledger(tmp_path)
    assert build_site(tmp_path / "site", ledger=root, as_of=ANSWER_DUE - timedelta(days=1)).exit_code == 0
    site = build_site(tmp_path / "site", ledger=root, as_of=ANSWER_DUE)
    changes = (site.internal / "changes.md").read_text(encoding="utf-8")
    assert "Controle: geschil beantwoorden: factuur F-B, vanaf 11 maart 2026" in changes
    again = build_site(tmp_path / "site", ledger=root, as_of=ANSWER_DUE + timedelta(days=1))
    assert "geschil beantwoorden" not in (again.internal / "changes.md").read_text(encoding="utf-8")
