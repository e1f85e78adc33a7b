"""The top of the page says one number to pay, what it is made of, by when, and what happens if not (s41).

D-1006 (the demo's final notice of 16 November, received on 18 November; bank data to 20 November) read on
24 November, while its term runs, and on 4 December, its term over but its last days not yet in the statements.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.site import DEMO_LEDGER, ledger_as_built

NOV_24 = date(2026, 11, 24)
DEC_4 = date(2026, 12, 4)
NBSP = "\xa0"


@pytest.fixture(scope="module")
def demo():
    return ledger_as_built(DEMO_LEDGER)


def _view(ledger, as_of, debtor_id="D-1006", language=None):
    debtor = next(d for d in ledger.debtors if d.id == debtor_id)
    if language is not None:
        debtor = replace(debtor, language=language)
        ledger = replace(ledger, debtors=tuple(debtor if d.id == debtor_id else d for d in ledger.debtors))
    claim = assess(ledger, debtor, as_of)
    return claim, statement_view(claim, ledger)


def _money(text: str) -> str:
    return text.replace(NBSP, " ")


# -- 1: the term over, its days not yet read: one number, and what it is made of --------------------------------


def test_after_the_term_the_top_asks_one_number_with_the_costs_in_it(demo):
    claim, view = _view(demo, DEC_4)
    assert claim.term_unseen is not None and claim.costs.state == "announced"
    asked = claim.total_due + claim.costs.amount
    top = view.summary
    assert asked == Decimal("1555.02") and _money(top.amount) == "EUR 1.555,02"
    lines = [_money(line) for line in top.lines]
    assert lines[0] == "Dit is EUR 1.353,18 voor uw facturen en de rente, en EUR 201,84 incassokosten."
    assert "apart" not in " ".join(lines)
    assert any(
        "Stond het bedrag uit die sommatie uiterlijk 2 december 2026 op onze rekening? Dan zijn er geen incassokosten."
        in line
        for line in lines
    )
    # The QR code and the details to copy ask the same number.
    assert view.pay.amount == asked
    # The totals add up to it, the costs a row of their own.
    assert [(row.label, row.amount) for row in view.totals][-2:] == [
        ("Incassokosten, als u niet op tijd betaalde", "201,84"),
        ("Totaal te betalen", "1.555,02"),
    ]
    # The costs paragraph does not say "not charged" beside a top that asks them.
    assert not view.costs.startswith("Nog niet in rekening gebracht")
    assert view.costs.startswith("Geteld in het bedrag bovenaan, omdat de termijn voorbij is.")


def test_after_the_term_the_english_top_asks_one_number_too(demo):
    _, view = _view(demo, DEC_4, language="en")
    assert view.pay.amount == Decimal("1555.02")
    assert _money(view.summary.lines[0]) == (
        "This is EUR 1,353.18 for your invoices and the interest, and EUR 201.84 collection costs."
    )
    assert view.totals[-2].label == "Collection costs, if you did not pay in time"
    assert view.costs.startswith("Included in the amount at the top, because the deadline has passed.")


def test_the_next_steps_do_not_call_the_top_only_slightly_more_once_it_holds_the_costs(demo):
    _, view = _view(demo, DEC_4)
    said = _money(" ".join(view.next_steps) + " " + view.costs)
    assert "iets hoger, omdat de rente doorloopt" not in said
    assert "Het bedrag bovenaan is hoger: daarin zitten ook de rente sinds de sommatie en de incassokosten." in said


# -- 2: while the term runs: what to pay, by when, what happens if not ---------------------------------------


def test_while_the_term_runs_the_top_says_what_happens_if_not_paid_in_time(demo):
    _, view = _view(demo, NOV_24)
    top = view.summary
    assert _money(top.amount) == "EUR 1.351,71"
    assert top.deadline == "Betaal uiterlijk 2 december 2026"
    lines = [_money(line) for line in top.lines]
    assert lines[0] == ("Betaalt u te laat? Dan komen er tot EUR 201,84 incassokosten bij.")
    assert "Betalingen van na 20 november 2026 hebben wij nog niet verwerkt." in lines[1]


def test_while_the_term_runs_the_english_top_says_what_happens_if_not_paid_in_time(demo):
    _, view = _view(demo, NOV_24, language="en")
    assert _money(view.summary.lines[0]) == ("If you pay late, collection costs of up to EUR 201.84 are added.")


# -- 4: the cap on the costs once part of them is paid ------------------------------------------------------------


def _d1008_paid(tmp_path, amount: str):
    """The demo's D-1008 (handed over, costs of EUR 322,50 charged) with `amount` paid after the handover: a
    payment goes to the costs first (art. 6:44 BW)."""
    import shutil

    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "D-1008.yaml"
    text = dossier.read_text(encoding="utf-8")
    dossier.write_text(
        text.replace("events:\n", f"payments:\n  - {{date: 2026-08-03, amount: {amount}}}\nevents:\n", 1)
    )
    return ledger_as_built(root, DEC_4)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De incassokosten zijn in totaal EUR 322,50: meer mag Incassobureau Domstad B.V. u niet rekenen. "
            "Daarvan heeft u EUR 100,00 betaald. Er staat nog EUR 222,50 open.",
        ),
        (
            "en",
            "The collection costs are EUR 322.50 in total: Incassobureau Domstad B.V. may not charge you more. You "
            "have paid EUR 100.00 of them. EUR 222.50 is still open.",
        ),
    ],
)
def test_the_cap_on_the_costs_says_what_is_left_once_part_of_them_is_paid(tmp_path, lang, said):
    ledger = _d1008_paid(tmp_path, "100.00")
    claim, view = _view(ledger, DEC_4, "D-1008", language=lang)
    assert claim.settlement.costs_paid == Decimal("100.00")
    assert said in [_money(line) for line in view.next_steps]
    assert not [line for line in view.next_steps if "blijven" in line or "stay at" in line]
    costs_row = next(row for row in view.totals if row.label.startswith(("Incassokosten", "Collection costs")))
    assert costs_row.amount == ("222,50" if lang == "nl" else "222.50")


def test_the_cap_on_the_costs_says_they_are_paid_once_they_are(tmp_path):
    ledger = _d1008_paid(tmp_path, "322.50")
    _, view = _view(ledger, DEC_4, "D-1008")
    assert (
        "De incassokosten zijn in totaal EUR 322,50: meer mag Incassobureau Domstad B.V. u niet rekenen. Die heeft u "
        "al helemaal betaald."
    ) in [_money(line) for line in view.next_steps]


# -- 5: the page's cap lines are documented where the page is, once ---------------------------------------------


def test_the_page_s_cap_lines_are_described_in_computation_and_linked_from_letters():
    from tests.support.site import REPO

    computation = (REPO / "docs" / "computation.md").read_text(encoding="utf-8")
    letters = (REPO / "docs" / "letters.md").read_text(encoding="utf-8")
    assert "\n### No more costs after a handover\n" in computation
    section = computation.split("\n### No more costs after a handover\n")[1].split("\n#")[0]
    assert "meer mag Incassobureau Domstad B.V. u niet rekenen" in section and "Daarvan heeft u" in section
    assert "computation.md#no-more-costs-after-a-handover" in letters
    # Said once: the letters' docs link to it rather than describe the lines again.
    assert "incassokosten zijn in totaal" not in letters and "een incassobureau mag u niet meer rekenen" not in letters


# -- 3: instalments missed before and after a final notice: the top separates them as the steps do ----------------


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De termijn van 31 oktober 2026 van uw betalingsregeling is nog niet helemaal betaald. Daarom hebben wij u "
            "onze laatste brief (sommatie) gestuurd. Ook de termijn van 30 november 2026 is nog niet betaald. Wij "
            "vragen nu alles wat te laat is.",
        ),
        (
            "en",
            "The instalment of 31 October 2026 of your payment plan has not been paid in full. So we have sent you our "
            "final notice. The instalment of 30 November 2026 has not been paid either. We now ask for the whole "
            "overdue amount.",
        ),
    ],
)
def test_instalments_missed_before_and_after_the_notice_are_told_apart_at_the_top(tmp_path, lang, said):
    """E-2001 (tests.support.plan_notice): the October instalment, half paid, brought the final notice of 24
    November; the November one, missed on 30 November, came after it. The top named both as the notice's reason
    ("Van de termijnen van 31 oktober 2026 (EUR 500,00) en 30 november 2026 (EUR 500,00) ... Daarom"), while the
    steps below told them apart."""
    from tests.support.plan_notice import REMINDED, plan_notice_ledger

    ledger = plan_notice_ledger(tmp_path, notice=True, paid_after=False, language=lang)
    claim = assess(ledger, ledger.debtors[0], REMINDED)
    assert [i.installment.due for i in claim.running_plan.missed] == [date(2026, 10, 31), date(2026, 11, 30)]
    view = statement_view(claim, ledger)
    assert view.summary.lines[0] == said
    # s59: said there once; the first step says what to do and by when, not the same instalments again
    assert "2026 van uw" not in view.next_steps[0] and "2026 of your" not in view.next_steps[0]
    assert view.summary.amount in view.next_steps[0]


# -- 6: handed over in that case: the agency asks the costs, not "wij apart" -----------------------------------------


def _d1006_handed_over(tmp_path, language="nl"):
    """D-1006 handed over to an agency that takes the payments on 3 December, the day after its notice's term,
    while the bank data still end on 20 November."""
    import shutil

    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "D-1006.yaml"
    dossier.write_text(
        dossier.read_text(encoding="utf-8")
        + "  - date: 2026-12-03\n    type: handover\n    channel: letter\n    agency: Incassobureau Domstad B.V.\n"
        "    agency_iban: NL02 INGB 0006 8412 97\n    agency_reference: DOM-2026-0815\n",
        encoding="utf-8",
    )
    return _view(ledger_as_built(root, DEC_4), DEC_4, language=language)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "Heeft u nog niet betaald? Betaal dan nu het bedrag hierboven. Omdat de termijn voorbij is, zijn er dan ook "
            "EUR 201,84 incassokosten verschuldigd. Die vraagt Incassobureau Domstad B.V. u, zodra de afschriften dat "
            "laten zien.",
        ),
        (
            "en",
            "If you have not paid yet, please pay the amount above now. Because the deadline has passed, collection "
            "costs of EUR 201.84 are then owed as well. You will be asked for them by Incassobureau Domstad B.V., once "
            "the statements show it.",
        ),
    ],
)
def test_after_a_handover_the_agency_asks_the_costs_not_we_apart(tmp_path, lang, said):
    claim, view = _d1006_handed_over(tmp_path, lang)
    assert claim.stage == "handover" and claim.term_unseen is not None
    # The agency's account asks what is due; the costs are the agency's to ask once the statements show them.
    assert view.pay.amount == claim.total_due == Decimal("1353.18")
    top = _money(" ".join(view.summary.lines))
    assert said in top
    assert "Die vragen wij apart" not in top and "We will ask for them separately" not in top


# -- 7: a newer invoice beside the notice's amount: the note says what the top holds, not "Dat vragen wij apart" ----


def _d1006_with_newer(tmp_path, language="nl"):
    """D-1006 with an invoice of EUR 100,00 due 25 November, after its final notice of 16 November: overdue on 4
    December, in the top's amount, not in the notice's."""
    import shutil

    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "D-1006.yaml"
    dossier.write_text(
        dossier.read_text(encoding="utf-8").replace(
            "events:\n",
            "  - number: F2026-0120\n    date: 2026-10-26\n    due: 2026-11-25\n    amount: 100.00\n"
            "    description: Onderhoud\nevents:\n",
            1,
        ),
        encoding="utf-8",
    )
    return _view(ledger_as_built(root, DEC_4), DEC_4, language=language)


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        (
            "nl",
            "Het bedrag bovenaan is hoger. Daarin zitten ook de incassokosten, de rente sinds de sommatie en wat "
            "niet in die sommatie stond. De incassokosten rekenen wij alleen over het bedrag uit de sommatie.",
            "Dat vragen wij apart",
        ),
        (
            "en",
            "The amount at the top is higher. It also holds the collection costs, the interest since the final "
            "notice and what was not in that notice. We charge the collection costs on the final notice's amount "
            "only.",
            "We ask for that separately",
        ),
    ],
)
def test_a_newer_invoice_beside_the_costs_on_top_is_not_asked_apart(tmp_path, lang, said, not_said):
    claim, view = _d1006_with_newer(tmp_path, lang)
    assert view.pay.amount == claim.amount_due_now + claim.costs.amount  # the newer invoice and the costs in it
    costs = _money(view.costs)
    assert said in costs and not_said not in costs
