"""The statement page's view model: figures, sentences and payment data, without building a site.

Fixture dossiers are one consumer invoice of 1250.00 dated 2026-01-05, due
2026-02-04 (ledgers.valid_debtor), without interest unless a test says so,
and the default escalation policy. The demo ledger is used where a test
looks at every kind of page at once.
"""
from dataclasses import asdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import pytest

from incasso import fmt
from incasso.claim import assess, final_notice_term_end, statement_visible
from incasso.costs import collection_costs
from incasso.labels import LABELS, PAGES
from incasso.law import COST_BASIS, COST_BASIS_EN
from incasso.load import load_ledger
from incasso.reference import format_rf, is_valid_rf, rf_reference
from incasso.statement import mailto, message_key, statement_view, tel
from incasso.statement_pay import amount_to_pay
from ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

D = Decimal
DUE = date(2026, 2, 4)
AMOUNT = D("1250.00")
DEMO = Path(__file__).resolve().parents[1] / "ledger"
DEMO_TODAY = date(2026, 11, 22)


def days(n: int) -> timedelta:
    return timedelta(days=n)


def event(on: date, kind: str, **fields) -> dict:
    return {"date": on, "type": kind, **fields}


def dossier(tmp_path, *, interest: str = "none", creditor_changes: dict | None = None, **debtor_changes):
    """A function as_of -> (claim, creditor) for one debtor."""
    creditor = valid_creditor(interest=interest, **(creditor_changes or {}))
    ledger = load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor(**debtor_changes)]))
    return lambda as_of: (assess(ledger, ledger.debtors[0], as_of), ledger.creditor)


def view_of(tmp_path, as_of: date, **changes):
    claim, creditor = dossier(tmp_path, **changes)(as_of)
    return claim, creditor, statement_view(claim, creditor)


def payload_amount(payload: str) -> str:
    return payload.split("\n")[7]


def epc_amount(amount: Decimal) -> str:
    return "EUR" + f"{amount:.2f}".rstrip("0").rstrip(".")


def demo_views():
    ledger = load_ledger(DEMO)
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, DEMO_TODAY)
        if statement_visible(claim, ledger.creditor.policy):
            yield debtor, claim, statement_view(claim, ledger.creditor)


DEMO_VIEWS = [pytest.param(*v, id=v[0].id) for v in demo_views()]


# -- the fixed words ---------------------------------------------------------------------------------

def test_both_languages_have_the_same_labels_with_the_same_values():
    assert LABELS["nl"].keys() == LABELS["en"].keys()
    import string

    def fields(s):
        return {name for _, name, _, _ in string.Formatter().parse(s) if name}

    for key in LABELS["nl"]:
        assert fields(LABELS["nl"][key]) == fields(LABELS["en"][key]), key


def test_no_label_hides_behind_a_dict_method():
    # Templates read labels as L.name: a key like "copy" would give dict.copy instead.
    clashes = [key for key in LABELS["nl"] if hasattr(dict, key)]
    assert clashes == []


def test_pages_exist_in_content_for_each_language():
    content = Path(__file__).resolve().parents[1] / "content" / "pages"
    slugs = {"terms": "voorwaarden", "help": "hulp"}
    for lang, pages in PAGES.items():
        for kind, page in pages.items():
            source = content / (f"{slugs[kind]}.md" if lang == "nl" else f"{slugs[kind]}.{lang}.md")
            assert source.is_file(), source
            assert page == (f"{slugs[kind]}.html" if lang == "nl" else f"{slugs[kind]}-{lang}.html")


# -- which message, how much, by when ------------------------------------------------------------------

@pytest.mark.parametrize("events, as_of, key", [
    ([], DUE - days(5), "open"),
    ([], DUE + days(3), "overdue"),
    ([event(DUE + days(1), "reminder")], DUE + days(3), "reminder"),
    ([event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")], DUE + days(16), "dunning"),
    ([event(DUE + days(1), "final_notice")], DUE + days(3), "final_notice"),
    ([event(DUE + days(1), "handover")], DUE + days(3), "handover"),
    ([event(DUE + days(1), "legal")], DUE + days(3), "legal"),
    ([event(DUE + days(1), "reminder"), event(DUE + days(2), "promise", promised_date=DUE + days(20))],
     DUE + days(3), "promise"),
    ([event(DUE + days(1), "dunning"), event(DUE + days(2), "dispute", reason="Te duur")], DUE + days(3), "dispute"),
    ([event(DUE + days(1), "arrangement", installments=[{"due": DUE + days(30), "amount": D("1250.00")}])],
     DUE + days(3), "arrangement"),
])
def test_the_message_follows_the_status_else_the_stage(tmp_path, events, as_of, key):
    claim, _, view = view_of(tmp_path, as_of, events=events)
    assert message_key(claim) == view.message_key == key


def test_an_open_claim_asks_for_the_total_by_its_due_date(tmp_path):
    claim, creditor, view = view_of(tmp_path, DUE - days(5))
    assert view.summary.amount == fmt.money(AMOUNT, "nl") == "EUR\u00a01.250,00"
    assert view.summary.deadline == "Betaal uiterlijk 4 februari 2026"
    assert view.next_steps[-1] == ("Hebben wij uw betaling niet uiterlijk 4 februari 2026 ontvangen? "
                                   "Dan sturen wij u een betalingsherinnering.")
    assert payload_amount(view.pay.payload) == "EUR1250"


def test_english_pages_write_money_and_dates_the_english_way(tmp_path):
    claim, _, view = view_of(tmp_path, DUE - days(5), language="en",
                             invoices=[invoice(amount=D("1234.56"))])
    assert view.summary.amount == "EUR\u00a01,234.56"
    assert view.summary.deadline == "Please pay by 4 February 2026"
    assert view.invoices[0].amount == "1,234.56"
    assert view.pay.amount_copy == "1234.56"


def test_dutch_amounts_are_copied_with_a_decimal_comma(tmp_path):
    _, _, view = view_of(tmp_path, DUE - days(5), invoices=[invoice(amount=D("1234.56"))])
    assert view.pay.amount_copy == "1234,56"
    assert view.invoices[0].amount == "1.234,56"


def test_a_reminder_stage_names_the_next_letter_and_the_day_before_it(tmp_path):
    reminder = DUE + days(1)
    claim, _, view = view_of(tmp_path, DUE + days(3), events=[event(reminder, "reminder")])
    assert claim.next_action.kind == "dunning"
    last_day = claim.next_action.due - days(1)
    assert view.summary.deadline == f"Betaal uiterlijk {fmt.day(last_day)}"
    assert view.next_steps[0] == (f"Hebben wij uw betaling niet uiterlijk {fmt.day(last_day)} ontvangen? "
                                  "Dan sturen wij u een aanmaning.")


def test_a_step_already_due_is_announced_without_a_past_date(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(40), events=[event(DUE + days(1), "reminder")])
    assert claim.next_action.due < claim.as_of
    assert view.summary.deadline == "Betaal zo snel mogelijk"
    assert view.next_steps[0] == "Hebben wij uw betaling niet snel ontvangen? Dan sturen wij u een aanmaning."


def test_a_planned_call_is_not_shown_the_final_notice_and_its_costs_are(tmp_path):
    dunning = DUE + days(15)
    claim, creditor, view = view_of(tmp_path, dunning + days(2),
                                    events=[event(DUE + days(1), "reminder"), event(dunning, "dunning")])
    assert claim.next_action.kind == "call"
    last_day = dunning + days(creditor.policy.final_notice_after_days - 1)
    assert view.next_steps[0] == (f"Hebben wij uw betaling niet uiterlijk {fmt.day(last_day)} ontvangen? "
                                  "Dan sturen wij u een laatste brief (sommatie).")
    notice = last_day + days(1)
    charged_from = final_notice_term_end(creditor, notice) + days(1)
    assert view.next_steps[1].endswith(f"zijn dat {fmt.money(collection_costs(AMOUNT))}, op zijn vroegst "
                                       f"vanaf {fmt.day(charged_from)}.")
    assert fmt.money(D("187.50")) in view.next_steps[1]
    text = " ".join(view.next_steps).lower()
    assert " bel" not in text and "call" not in text


def test_the_final_notice_term_quotes_the_statutory_wording_and_the_last_day(tmp_path):
    notice = DUE + days(20)
    claim, creditor, view = view_of(tmp_path, notice + days(3), events=[event(notice, "final_notice")])
    last_day = final_notice_term_end(creditor, notice)
    assert claim.costs.state == "announced"
    assert "binnen veertien dagen na de dag waarop u deze brief heeft ontvangen" in view.next_steps[0]
    assert view.next_steps[0].endswith(f"Dan is uw laatste betaaldag {fmt.day(last_day)}.")
    assert view.next_steps[1].startswith(
        f"Heeft u dan niet alles betaald? Dan rekenen wij vanaf {fmt.day(claim.costs.from_date)} "
        f"incassokosten van {fmt.money(claim.costs.amount)}.")
    assert view.summary.deadline == f"Betaal uiterlijk {fmt.day(last_day)}"
    assert view.costs.startswith("Nog niet in rekening gebracht.")
    assert COST_BASIS in view.costs


def test_charged_costs_name_their_amount_basis_and_date(tmp_path):
    notice = DUE + days(20)
    claim, _, view = view_of(tmp_path, notice + days(40), language="en", events=[event(notice, "final_notice")])
    assert claim.costs.state == "charged"
    assert view.costs == (f"We charge {fmt.money(claim.costs.amount, 'en')} in collection costs, calculated on "
                          f"{fmt.money(AMOUNT, 'en')} under {COST_BASIS_EN}. "
                          f"Charged on {fmt.day(claim.costs.from_date, 'en')}.")
    assert any(t.label == "Collection costs, still open" for t in view.totals)
    assert view.totals[-1].amount == fmt.number(claim.total_due, "en")
    assert payload_amount(view.pay.payload) == epc_amount(claim.total_due)


def test_interest_shows_rate_period_and_amount(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(30), interest="statutory")
    line = claim.settlement.invoices[0].interest_lines[0]
    row = view.interest.rows[0]
    assert row.rate == fmt.percent(line.percent)
    assert row.period == (f"{fmt.short_day(line.start)} t/m {fmt.short_day(line.end)} ({line.days} dagen) "
                          f"over {fmt.money(line.base)}")
    assert row.amount == fmt.number(line.amount)
    assert "artikel 6:119 Burgerlijk Wetboek" in view.interest.basis
    assert claim.total_due > AMOUNT and payload_amount(view.pay.payload) == epc_amount(claim.total_due)


# -- status variants ------------------------------------------------------------------------------------

def test_a_promise_for_part_of_the_balance_asks_for_what_is_left_of_it(tmp_path):
    promised = DUE + days(20)
    claim, _, view = view_of(
        tmp_path, DUE + days(10),
        events=[event(DUE + days(1), "promise", promised_date=promised, amount=D("500.00"))],
        payments=[payment(date=DUE + days(5), amount=D("200.00"))])
    assert claim.status == "promise"
    assert amount_to_pay(claim) == D("300.00")
    assert payload_amount(view.pay.payload) == "EUR300"
    assert view.summary.lines == (f"U heeft toegezegd {fmt.money(D('300'))} te betalen, uiterlijk "
                                  f"{fmt.day(promised)}. Dank u wel.",)
    assert view.pay.note == "De QR-code is voor het bedrag dat u heeft toegezegd."


PLAN = [{"due": DUE + days(30), "amount": D("500.00")}, {"due": DUE + days(60), "amount": D("750.00")}]


def test_a_plan_with_nothing_due_asks_for_the_next_instalment_and_says_so(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(10), events=[event(DUE + days(1), "arrangement", installments=PLAN)])
    assert claim.plan.due_now == 0
    assert payload_amount(view.pay.payload) == "EUR500"
    assert view.pay.note == ("Er staat nu geen termijn open. De QR-code is voor uw volgende termijn: "
                             f"{fmt.money(D('500'))}, uiterlijk {fmt.day(DUE + days(30))}.")
    assert [r.state for r in view.plan.rows] == ["upcoming", "upcoming"]
    assert view.summary.label == "Volgende termijn"


def test_a_plan_in_arrears_asks_for_the_arrears_now(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(40), events=[event(DUE + days(1), "arrangement", installments=PLAN)],
                             payments=[payment(date=DUE + days(29), amount=D("100.00"))])
    assert claim.plan.state == "in_arrears"
    assert payload_amount(view.pay.payload) == "EUR400"
    assert [(r.state, r.paid) for r in view.plan.rows] == [("overdue", "100,00"), ("upcoming", "0,00")]
    assert view.next_steps[0].startswith(f"De termijn van {fmt.day(DUE + days(30))} is nog niet (helemaal) "
                                         f"betaald: er staat {fmt.money(D('400'))} open.")
    assert view.summary.label == "Nu te betalen"


def test_a_dispute_pauses_and_keeps_its_reason_internal(tmp_path):
    reason = "Zes uur meerwerk zonder akkoord vooraf"
    claim, _, view = view_of(tmp_path, DUE + days(5), events=[event(DUE + days(2), "dispute", reason=reason)])
    assert claim.status == "dispute"
    assert view.summary.label == "Openstaand bedrag" and view.summary.deadline is None
    assert "zetten wij de incasso stil" in view.summary.lines[0]
    assert view.next_steps == (f"Wij laten u uiterlijk {fmt.day(claim.next_action.due)} weten wat wij hebben "
                               "gevonden. Tot die tijd sturen wij u geen herinneringen of aanmaningen.",)
    assert reason not in str(asdict(view))


def test_a_paid_claim_thanks_without_a_qr_code_and_tells_how_a_credit_comes_back(tmp_path):
    claim, _, view = view_of(tmp_path, DUE + days(5), payments=[payment(date=DUE, amount=D("1260.00"))])
    assert claim.status == "paid"
    assert view.pay is None and view.plan_mailto is None
    assert view.summary.label == "Betaald"
    assert view.credit == (f"U heeft {fmt.money(D('10'))} te veel betaald. Wij storten dit bedrag terug op de "
                           "rekening waarvan u heeft betaald. Wilt u het anders? Bel of mail ons dan.")


# -- paying and contacting ---------------------------------------------------------------------------------

def test_the_payload_carries_the_creditor_account_and_the_dossier_reference(tmp_path):
    claim, creditor, view = view_of(tmp_path, DUE - days(5))
    lines = view.pay.payload.split("\n")
    assert lines[:7] == ["BCD", "002", "1", "SCT", creditor.bic, creditor.name, creditor.iban]
    assert lines[9] == rf_reference(claim.debtor.id) == view.pay.reference_copy
    assert view.pay.reference == format_rf(lines[9])
    assert view.pay.iban == "NL91 ABNA 0417 1643 00"
    # The text alternative says what the code does and carries the same data.
    assert f"<title>QR-code voor een overboeking van {fmt.money(AMOUNT)} aan " in view.pay.qr_svg
    assert format_rf(lines[9]) in view.pay.qr_svg


def test_the_rf_reference_validates_and_differs_per_dossier():
    references = {debtor.id: view.pay.reference_copy for debtor, _, view in demo_views() if view.pay}
    assert all(is_valid_rf(ref) for ref in references.values())
    assert len(set(references.values())) == len(references)
    # Derived from the dossier id alone, so the same on every nightly build (golden pages pin it too).
    assert references == {debtor_id: rf_reference(debtor_id) for debtor_id in references}


def test_the_payment_link_carries_reference_and_amount(tmp_path):
    claim, _, view = view_of(tmp_path, DUE - days(5),
                             creditor_changes={"payment_url": "https://pay.example.nl/{reference}?a={amount}"})
    assert view.pay.link == f"https://pay.example.nl/{rf_reference(claim.debtor.id)}?a=1250.00"
    assert view.pay.link_host == "pay.example.nl"
    assert "<title>QR-code met de betaallink naar pay.example.nl.</title>" in view.pay.link_qr_svg


def test_without_a_payment_url_there_is_no_link(tmp_path):
    from ledgers import MISSING

    _, _, view = view_of(tmp_path, DUE - days(5), creditor_changes={"payment_url": MISSING})
    assert view.pay.link is None and view.pay.link_qr_svg is None


def test_mail_links_carry_the_reference_encoded(tmp_path):
    claim, creditor, view = view_of(tmp_path, DUE + days(3))
    reference = format_rf(rf_reference(claim.debtor.id))
    assert view.contact.mailto.startswith(f"mailto:{creditor.contact.email}?subject=")
    assert " " not in view.contact.mailto and " " not in view.plan_mailto
    assert reference in unquote(view.contact.mailto)
    body = unquote(view.plan_mailto.split("&body=")[1])
    assert f"niet in één keer betalen" in body and fmt.money(claim.total_due) in body
    assert "F2026-0001" in unquote(view.dispute_mailto)


def test_mailto_and_tel_links():
    assert mailto("a@b.nl", "Vraag & kenmerk", "Regel 1\nRegel 2") == (
        "mailto:a@b.nl?subject=Vraag%20%26%20kenmerk&body=Regel%201%0ARegel%202")
    assert tel("+31 30 123 45 67") == "tel:+31301234567"
    assert tel("0800-8115") == "tel:08008115"


# -- what the page must never say ------------------------------------------------------------------------

@pytest.mark.parametrize("debtor, claim, view", DEMO_VIEWS)
def test_no_staff_only_or_unneeded_personal_data(debtor, claim, view):
    shown = str(asdict(view))
    desk = load_ledger(DEMO).creditor.contact.name
    hidden = []
    for e in debtor.events:
        hidden += [e.note, e.reason, e.outcome, e.agency]
        if e.spoke_with and e.spoke_with not in debtor.name:  # the debtor's own name is on the page
            hidden.append(e.spoke_with)
        if e.by and e.by not in desk:  # the desk person is shown by design, other staff are not
            hidden.append(e.by)
    contact = debtor.contact
    hidden += [contact.email, contact.phone, *contact.address]
    if contact.person and contact.person not in debtor.name:
        hidden.append(contact.person)
    assert [h for h in hidden if h and h in shown] == []
    for kind in ("check_promise", "check_installment", "review_dispute", "call"):
        assert kind not in " ".join(view.next_steps)


@pytest.mark.parametrize("debtor, claim, view", DEMO_VIEWS)
def test_every_demo_page_pays_what_its_status_asks(debtor, claim, view):
    if claim.status == "paid":
        assert view.pay is None
        return
    assert payload_amount(view.pay.payload) == epc_amount(amount_to_pay(claim))
    if claim.status == "arrangement":
        expected = claim.plan.due_now if claim.plan.due_now > 0 else claim.plan.next_open.open
        assert amount_to_pay(claim) == min(expected, claim.total_due)
    else:
        assert amount_to_pay(claim) == claim.total_due
