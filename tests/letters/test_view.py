"""What each letter says (incasso.letters.view): the figures of the statement page, the statutory
wording of the final notice, and terms and costs exactly as the core will charge them.

The fixture ledger is tests/fixtures/letters, as of Tuesday 2026-11-24: a letter posted
that day is assumed received on Thursday 26 November, and e-mail the same day.
"""

import shutil
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.claims.timing import final_notice_term_end, letter_received
from incasso.law.costs import collection_costs
from incasso.law.money import ZERO
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, DueLetter, FirstSeen, LetterKind, letters_due
from incasso.letters.outlook import claim_as_sent
from incasso.letters.view import letter_view
from incasso.letters.words import EN, NL
from incasso.statement.view import statement_view
from tests.support.ledgers import VALID_CREDITOR, event, invoice, one_debtor_ledger, payment
from tests.support.letters import AS_OF, LETTERS_LEDGER, NOTICE_DAY, plan_missed_ledger
from tests.support.site import REPO

POSTED_RECEIVED = date(2026, 11, 26)
POSTED_LAST_DAY = date(2026, 12, 10)


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(LETTERS_LEDGER)


def claim_of(ledger, debtor_id, as_of=AS_OF):
    return assess(ledger, next(d for d in ledger.debtors if d.id == debtor_id), as_of)


def view_of(ledger, debtor_id, form=Channel.LETTER, **options):
    claim = claim_of(ledger, debtor_id)
    (due,) = letters_due(claim, NO_RECORD)
    return letter_view(ledger, claim, due, form, **options)


def overdue_principal(claim):
    return sum((b.principal_open for b in claim.settlement.invoices if b.invoice.due < claim.as_of), ZERO)


# -- the final notice ---------------------------------------------------------------------------


def test_the_consumer_final_notice_uses_the_statutory_wording_and_states_the_exact_costs(ledger):
    claim = claim_of(ledger, "L-FINAL")
    view = view_of(ledger, "L-FINAL")
    creditor = ledger.creditor
    assert letter_received(creditor, claim.debtor, AS_OF, Channel.LETTER) == POSTED_RECEIVED
    assert final_notice_term_end(creditor, claim.debtor, AS_OF, Channel.LETTER) == POSTED_LAST_DAY
    amount = amount_to_pay(claim)
    # 1,150.00 + 195.65 open (the payment of 200.00 paid 0.65 interest first); the December invoice is not yet due
    assert overdue_principal(claim) == Decimal("1345.65")
    costs = collection_costs(overdue_principal(claim))
    assert costs == Decimal("201.84")
    assert view.terms == (
        f"Wij vragen u {fmt.money(amount)} te betalen binnen veertien dagen na de dag waarop u deze brief "
        "heeft ontvangen.",
        "Heeft u deze brief op 26 november 2026 ontvangen? Dan is uw laatste betaaldag 10 december 2026. Kwam de brief "
        "later aan? Laat het ons weten: dan tellen wij de veertien dagen vanaf de dag nadat hij aankwam.",
        f"Heeft u dan niet het bedrag dat nu te laat is ({fmt.money(claim.amount_overdue)}) betaald? Dan rekenen "
        "wij vanaf 11 december 2026 incassokosten van EUR\xa0201,84. Dat bedrag is berekend over EUR\xa01.345,65, "
        "volgens art. 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten. Betaalt u binnen "
        "deze termijn een deel, dan kunnen de kosten lager worden.",
    )
    assert view.lead.amount == fmt.money(amount)
    assert view.lead.by == "Uiterlijk 10 december 2026 als u deze brief op 26 november 2026 heeft ontvangen"


def test_a_creditor_that_charges_vat_on_the_costs_states_the_amount_with_it_and_says_so(tmp_path):
    # 201.84 (15 % of 1,345.65 = 201.8475, down) + 21 % of it (42.3864, down: 42.38) = 244.22: the exact amount
    # charged, which the 14-day letter must state (art. 6:96 lid 6 BW).
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    creditor = root / "creditor.yaml"
    creditor.write_text(creditor.read_text(encoding="utf-8") + "policy:\n  costs_vat: true\n", encoding="utf-8")
    view = view_of(load_ledger(root), "L-FINAL")
    assert view.terms[2] == (
        "Heeft u dan niet het bedrag dat nu te laat is (EUR\xa01.356,28) betaald? Dan rekenen wij vanaf 11 december "
        "2026 incassokosten van EUR\xa0244,22. Dat bedrag is berekend over EUR\xa01.345,65, volgens art. 6:96 BW en het "
        "Besluit vergoeding voor buitengerechtelijke incassokosten. De incassokosten zijn inclusief 21% btw "
        "(EUR\xa042,38), omdat wij de btw niet kunnen verrekenen. Betaalt u binnen deze termijn een deel, dan kunnen "
        "de kosten lager worden."
    )


def test_the_minimum_with_vat_is_said_to_be_the_minimum_before_the_vat(tmp_path):
    # 15 % of 200.00 is 30.00, so the minimum 40.00 sets the costs, + 21 % (8.40): 48.40. "EUR 48,40 ... Dat is het
    # wettelijke minimum van EUR 40,00" called the amount stated the minimum of another: a 14-day letter must
    # state its costs plainly, so the sentence says the minimum is the amount without the VAT.
    steps = [
        event(date(2026, 2, 5), "reminder", channel="email"),
        event(date(2026, 2, 20), "dunning", channel="letter"),
    ]
    ledger = one_debtor_ledger(
        tmp_path, policy={"costs_vat": True}, invoices=[invoice(amount=Decimal("200.00"))], events=steps
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    terms = letter_view(ledger, claim, due, Channel.LETTER).terms
    assert terms[2].endswith(
        "incassokosten van EUR\xa048,40. Dat bedrag is berekend over EUR\xa0200,00, volgens art. 6:96 BW en het "
        "Besluit vergoeding voor buitengerechtelijke incassokosten. Zonder btw is dat het wettelijke minimum van "
        "EUR\xa040,00: de percentages over dit bedrag komen lager uit. De incassokosten zijn inclusief 21% btw "
        "(EUR\xa08,40), omdat wij de btw niet kunnen verrekenen."
    )


def test_the_costs_the_final_notice_states_are_the_costs_the_core_charges_once_it_is_recorded(tmp_path, ledger):
    """Record the letter as staff will (sent today by post) and let the core charge the costs."""
    stated = view_of(ledger, "L-FINAL").terms[2]
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-FINAL.yaml"
    dossier.write_text(
        dossier.read_text(encoding="utf-8") + "  - date: 2026-11-24\n    type: final_notice\n    channel: letter\n",
        encoding="utf-8",
    )
    recorded = load_ledger(root)
    last_day = claim_of(recorded, "L-FINAL", POSTED_LAST_DAY)
    charged = claim_of(recorded, "L-FINAL", POSTED_LAST_DAY + timedelta(days=1))
    assert last_day.settlement.costs is None
    assert charged.settlement.costs is not None
    assert charged.settlement.costs.charged_on == date(2026, 12, 11)
    assert fmt.money(charged.settlement.costs.amount) in stated
    assert "vanaf 11 december 2026" in stated


def test_by_e_mail_the_term_counts_from_the_day_it_is_sent(ledger):
    view = view_of(ledger, "L-FINAL", Channel.EMAIL)
    assert "binnen veertien dagen na de dag waarop u deze e-mail heeft ontvangen." in view.terms[0]
    assert (
        view.terms[1]
        == "Heeft u deze e-mail op 24 november 2026 ontvangen? Dan is uw laatste betaaldag 8 december 2026."
    )
    # This consumer did not agree to e-mail: an e-mailed notice would bring no costs, so it states none, and says it
    # of this e-mail only: a notice posted later (they have an address) brings them (session 39's lawyer).
    assert view.terms[2] == "Aan deze e-mail verbinden wij geen incassokosten."
    debtor = claim_of(ledger, "L-FINAL").debtor
    assert final_notice_term_end(ledger.creditor, debtor, AS_OF, Channel.EMAIL) == date(2026, 12, 8)


def test_the_english_final_notice_says_the_same(ledger):
    claim = claim_of(ledger, "L-FINAL-EN")
    view = view_of(ledger, "L-FINAL-EN")
    costs = collection_costs(overdue_principal(claim))
    assert costs == Decimal("147.84")  # 15% of 985.60
    assert view.terms[0] == (
        f"We ask you to pay {fmt.money(amount_to_pay(claim), 'en')} within fourteen days after the day on which "
        "you received this letter."
    )
    assert view.terms[1] == (
        "If you received this letter on 26 November 2026, your last day to pay is 10 December 2026. If it arrived "
        "later, please let us know: we will then count the fourteen days from the day after it arrived."
    )
    assert "we will charge collection costs of EUR\xa0147.84 from 11 December 2026" in view.terms[2]
    assert view.next_steps.lines[0].startswith(
        "Unless your payment of EUR\xa0991.43 reaches us by 10 December 2026, we may hand your file to a collection"
    )


def test_a_longer_term_is_given_in_figures(tmp_path):
    from tests.support.ledgers import event, one_debtor_ledger

    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    ledger = one_debtor_ledger(tmp_path, policy={"final_notice_term_days": 21}, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert "binnen 21 dagen na de dag waarop u deze brief heeft ontvangen" in view.terms[0]


@pytest.mark.parametrize(
    "address, place_date",
    [
        (("Vlampijpstraat 48", "3534 AR Utrecht"), "Utrecht, 24 november 2026"),
        (("Vlampijpstraat 48, 3534AR Utrecht",), "Utrecht, 24 november 2026"),  # on one line
        (("Postbus 1234", "3500 AB Den Haag", "Nederland"), "Den Haag, 24 november 2026"),
        (("Rue de la Loi 16", "1000 Bruxelles"), "24 november 2026"),  # no Dutch postcode: no place
    ],
)
def test_the_letters_place_is_the_creditors_after_its_postcode(ledger, address, place_date):
    moved = replace(ledger, creditor=replace(ledger.creditor, address=address))
    claim = assess(moved, next(d for d in moved.debtors if d.id == "L-REMIND"), AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    assert letter_view(moved, claim, due, Channel.LETTER).place_date == place_date


# -- the other letters -----------------------------------------------------------------------


def test_a_reminder_left_for_days_is_dated_today_with_a_new_term(ledger):
    view = view_of(ledger, "L-REMIND")  # due since 21 November
    assert view.place_date == "Utrecht, 24 november 2026"
    assert view.lead.by == "Betaal uiterlijk 7 december 2026"  # the dunning letter follows 14 days after today
    assert view.next_steps.lines[0] == (
        "Hebben wij uw betaling niet uiterlijk 7 december 2026 ontvangen? Dan sturen wij u een aanmaning."
    )
    assert view.subject == "Betalingsherinnering"
    assert view.email_subject == "Betalingsherinnering – betalingskenmerk RF59 LREM IND"


def test_a_dunning_letter_gives_a_new_term_and_says_what_the_final_notice_will_cost(ledger):
    view = view_of(ledger, "L-DUNNING")
    assert view.lead.by == "Please pay by 7 December 2026"
    assert view.next_steps.lines[:2] == (
        # A business's notice is written both ways (the staff choose): how it may come, and both days, each as its
        # form will say.
        "If we have not received your payment by 7 December 2026, we will send you a final notice, by post or by "
        "email.",
        "That notice will state the collection costs we would charge if you still do not pay after it. For the "
        "invoice that is now overdue, these would be EUR\xa0330.00. They would start no earlier than 23 December 2026 "
        "if the notice is emailed to you. If it is posted, no earlier than 25 December 2026.",
    )
    assert view.recipient == ("Harbour Coffee Ltd.", "Attn. Emma Clarke", "Oudegracht 200", "3511 NR Utrecht")
    assert view.salutation == "Dear Emma Clarke,"


def test_the_promise_is_confirmed_with_what_follows_if_it_is_missed(ledger):
    view = view_of(ledger, "L-PROMISE")
    assert view.terms == (
        "On 24 November 2026 you promised to pay us EUR\xa0300.00 by 5 December 2026. We confirm that agreement in "
        "this letter. Once you have paid it, EUR\xa0300.00 of the EUR\xa0542.07 is paid. On the day of "
        "this letter, that leaves EUR\xa0242.07 to pay. For it, we will send you a letter or an email after 5 "
        "December 2026, with the amount on that day. If it stays unpaid, we will send you a final notice. Would you "
        "rather pay it in instalments? Ask us for a payment plan.",
        "Until 5 December 2026 we will not send you reminders or other payment letters.",
        "We need to receive EUR\xa0300.00 by 5 December 2026. If we do not, we will send you a final notice. If you "
        "cannot pay in time, please let us know before 5 December 2026.",
    )
    assert (view.lead.amount, view.lead.by) == ("EUR\xa0300.00", "Please pay by 5 December 2026")
    assert view.pay.fields[0] == ("Amount", "EUR\xa0300.00")


@pytest.mark.parametrize(
    ("debtor_id", "form", "said", "named"),
    [
        ("L-PROMISE", Channel.EMAIL, "We confirm that agreement in this email.", "this email"),
        ("L-PROMISE", Channel.LETTER, "We confirm that agreement in this letter.", "this letter"),
        ("L-PLAN", Channel.EMAIL, "Met deze e-mail bevestigen wij die.", "deze e-mail"),
        ("L-PLAN", Channel.LETTER, "Met deze brief bevestigen wij die.", "deze brief"),
    ],
)
def test_a_confirmation_calls_itself_an_e_mail_when_it_is_one(ledger, debtor_id, form, said, named):
    view = view_of(ledger, debtor_id, form)
    assert said in view.terms[0]
    assert dict(view.text_values)["this_letter"] == named


def test_the_page_after_a_promise_names_the_step_its_letter_names(ledger):
    """Not "we will contact you" on the page while the letter says a final notice follows."""
    claim = claim_of(ledger, "L-PROMISE")
    letter = view_of(ledger, "L-PROMISE")
    page = statement_view(claim, ledger)
    assert page.next_steps[0] == (
        "We need to receive EUR\xa0300.00 by 5 December 2026. If we do not, we will send you a final notice. "
        "If you cannot pay in time, please let us know before 5 December 2026."
    )
    assert letter.terms[-1] in page.next_steps[0]


def test_a_desk_written_per_language_speaks_the_letters_language(tmp_path):
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    creditor = root / "creditor.yaml"
    creditor.write_text(
        creditor.read_text(encoding="utf-8")
        .replace("role: Debiteurenbeheer", "role: {nl: Debiteurenbeheer, en: Accounts receivable}")
        .replace("hours: ma-vr 8.30-16.30", "hours: {nl: ma-vr 8.30-16.30, en: Mon-Fri 8.30am-4.30pm}"),
        encoding="utf-8",
    )
    ledger = load_ledger(root)
    english, dutch = view_of(ledger, "L-FINAL-EN"), view_of(ledger, "L-FINAL")
    assert english.contact.lines[:2] == (
        "Call or email Marieke Bosman, Accounts receivable:",
        "Phone +31 30 204 18 60 (available Mon-Fri 8.30am-4.30pm)",
    )
    assert english.closing[1:3] == ("Marieke Bosman", "Accounts receivable")
    assert "Debiteurenbeheer" in dutch.closing and "ma-vr 8.30-16.30" in dutch.contact.lines[1]


def test_the_payment_plan_is_confirmed_with_its_schedule(ledger):
    view = view_of(ledger, "L-PLAN")
    assert view.plan.rows == (
        ("1.", "1 dec 2026", "300,00"),
        ("2.", "1 jan 2027", "300,00"),
        ("3.", "1 feb 2027", "309,50"),
    )
    assert view.terms[0] == (
        "Op 24 november 2026 hebben wij samen een betalingsregeling afgesproken. Met deze brief bevestigen wij die. "
        "U betaalt drie termijnen, samen EUR\xa0909,50."
    )
    # A missed instalment is reminded first (docs/computation.md): no final notice the next day.
    assert view.terms[2].startswith(
        "Betaalt u een termijn niet op tijd? Dan gaan wij verder met de incasso: wij sturen u een betalingsherinnering"
    )
    assert (view.lead.amount, view.lead.by) == ("EUR\xa0300,00", "Betaal uiterlijk 1 december 2026")


def test_the_plan_s_confirmation_names_the_next_instalment_s_day_in_the_total_as_its_page_does(ledger):
    """Nothing is due yet: the total read "(waarvan EUR 605,33 later te betalen)", the 300.00 as if due now."""
    claim = claim_of(ledger, "L-PLAN")
    label = "Totaal open (waarvan EUR\xa0300,00 uiterlijk 1 december 2026 en EUR\xa0605,33 later te betalen)"
    assert view_of(ledger, "L-PLAN").totals[-1].label == statement_view(claim, ledger).totals[-1].label == label


def test_the_reminder_of_a_missed_instalment_names_it_and_gives_a_date(ledger):
    view = view_of(ledger, "L-PLAN-MISSED")  # due since 16 November, written today
    assert view.subject == "Herinnering: een termijn van uw betalingsregeling"
    assert view.terms == (
        "Op 1 oktober 2026 hebben wij samen een betalingsregeling afgesproken. De termijn van 15 november 2026 "
        "(EUR\xa0200,00) hebben wij nog niet ontvangen.",
        "Wilt u EUR\xa0200,00 uiterlijk 7 december 2026 betalen? Dan loopt uw regeling gewoon door, en uw volgende "
        "termijn blijft zoals afgesproken.",  # one still to come
    )
    assert (view.lead.amount, view.lead.by) == ("EUR\xa0200,00", "Betaal uiterlijk 7 december 2026")
    assert view.pay.fields[0] == ("Bedrag", "EUR\xa0200,00")  # the QR code pays the instalment, not the rest
    # What follows if it stays unpaid: the dossier stood after a dunning letter, so the final notice.
    assert view.next_steps.lines[0] == (
        "Hebben wij EUR\xa0200,00 niet uiterlijk 7 december 2026 ontvangen? Dan gaan wij verder met de incasso: "
        "wij sturen u een laatste brief (sommatie)."
    )
    # ... and what that notice will cost, as the page the letter links to says it (with the reminder sent).
    costs = collection_costs(overdue_principal(claim_of(ledger, "L-PLAN-MISSED")))
    assert view.next_steps.lines[1] == (
        "In die brief staat hoeveel incassokosten wij rekenen als u daarna nog steeds niet betaalt. Over de factuur "
        f"die nu te laat is, zijn dat {fmt.money(costs)}, op zijn vroegst vanaf 25 december 2026."
    )
    page = statement_view(claim_as_sent(ledger, claim_of(ledger, "L-PLAN-MISSED")), ledger)
    assert view.next_steps.lines[1] in page.next_steps
    assert view.plan.rows[1] == ("2.", "15 nov 2026", "200,00", "—", "Te laat")
    assert view.way_out.lines[0].startswith("Lukt het niet om de termijnen te betalen zoals afgesproken?")


def test_the_instalment_reminders_date_is_the_cores_once_it_is_recorded(tmp_path, ledger):
    """Record the reminder as staff will (a `reminder` sent today): the core's next step comes the day
    after the date the letter gives, and not before."""
    stated = view_of(ledger, "L-PLAN-MISSED").next_steps.lines[0]
    root = shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "L-PLAN-MISSED.yaml"
    dossier.write_text(
        dossier.read_text(encoding="utf-8") + "  - date: 2026-11-24\n    type: reminder\n    channel: letter\n",
        encoding="utf-8",
    )
    recorded = claim_of(load_ledger(root), "L-PLAN-MISSED")
    action = recorded.next_action
    assert (action.kind, action.due) == ("final_notice", date(2026, 12, 8))
    assert f"uiterlijk {fmt.day(action.due - timedelta(days=1))} ontvangen" in stated


def instalment_reminder(tmp_path, paid: int, as_of: date):
    """The reminder of a missed instalment of a plan of 600.00 (1 March) and 650.00 (1 April), with
    `paid` paid on 27 February."""
    from tests.support.ledgers import event, one_debtor_ledger, payment

    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 4, 1), "amount": 650}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, payments=[payment(date=date(2026, 2, 27), amount=paid)])
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = letters_due(claim, NO_RECORD)
    return letter_view(ledger, claim, due, Channel.EMAIL)


def test_a_partly_paid_instalment_says_what_is_left_of_it(tmp_path):
    view = instalment_reminder(tmp_path, 250, date(2026, 3, 3))
    assert view.terms[0].endswith(
        "Van de termijn van 1 maart 2026 (EUR\xa0600,00) hebben wij EUR\xa0250,00 ontvangen, dank u wel. Er staat nog "
        "EUR\xa0350,00 open."
    )
    assert view.terms[1].startswith("Wilt u dat bedrag uiterlijk 16 maart 2026 betalen?")  # s60: not the sum again


def test_a_plan_of_part_s_confirmation_names_the_step_reached_for_what_it_leaves(tmp_path):
    """Reminded and dunned, then a plan of 1,000.00 of the 1,250.00: completed, the 250.00 left is asked by one letter
    and, if that is not paid in time, goes on to the final notice (claims.escalation), so the confirmation says so,
    and does not promise the final notice straight after the last instalment, nor a restart at a friendly reminder."""
    plan = [{"due": date(2026, 3, 20), "amount": 500}, {"due": date(2026, 4, 5), "amount": 500}]
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 2, 24), "arrangement", installments=plan),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.ARRANGEMENT
    said = " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)
    assert (
        f"Na uw laatste termijn, op 5 april 2026, staat er nog {fmt.money(Decimal('250'))} open. Daarvoor sturen wij u "
        "dan een brief of een e-mail, met het bedrag op die dag. Betaalt u dat niet op tijd, dan is de volgende stap: "
        "wij sturen u een laatste brief (sommatie). Wilt u dat anders regelen?"
    ) in said
    assert "Daarvoor sturen wij u daarna een herinnering" not in said


def _reminder_with_the_next_instalment_by_its_date(tmp_path, language="nl", *, third: bool = False):
    """A plan of 600.00 (1 March) and 650.00 (10 March) for 2,000.00, the first missed: its reminder of 3 March gives
    16 March to pay, after the second instalment's day (and a third's of 50.00 on 16 March, `third`)."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 10), "amount": 650}]
    plan += [{"due": date(2026, 3, 16), "amount": 50}] if third else []
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language, invoices=[invoice(amount=2000)])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 3))
    (due,) = letters_due(claim, NO_RECORD)
    return ledger, claim, letter_view(ledger, claim, due, Channel.LETTER)


def test_an_instalment_that_falls_due_by_the_reminder_s_date_is_said_with_the_sum_not_put_off_to_later(tmp_path):
    """The QR code asks what the page asks today (the missed instalment); the next one, due before the date
    the letter gives, is named with the sum by then, and the totals do not call it 'later te betalen'."""
    ledger, claim, view = _reminder_with_the_next_instalment_by_its_date(tmp_path)
    assert view.lead.by == "Betaal uiterlijk 16 maart 2026"
    # Due before the day the letter gives: said with its own day, and the sum by that day, not "Samen is dat"
    # after "uiterlijk 16 maart", which read as the whole sum by 16 March.
    assert view.terms[2] == (
        "Uw volgende termijn van EUR\xa0650,00 is al eerder verschuldigd, op 10 maart 2026. Wilt u alles in één keer "
        "betalen? Betaal dan EUR\xa01.250,00 uiterlijk 10 maart 2026."
    )
    page = statement_view(claim_as_sent(ledger, claim), ledger)
    assert view.pay.fields[0] == ("Bedrag", "EUR\xa0600,00") and page.pay.amount_text == "EUR\xa0600,00"
    rest = claim.total_due - Decimal("1250.00")
    assert rest == Decimal("750.00")
    label = "Totaal open (waarvan EUR\xa0650,00 uiterlijk 10 maart 2026 en EUR\xa0750,00 later te betalen)"
    assert view.totals[-1].label == page.totals[-1].label == label
    # The page's "Wat gebeurt er nu?" says it in the same words as the letter: the day and the sum by then.
    assert view.terms[2] in page.next_steps
    # On that day the page asks both instalments: what the letter said it would.
    on_the_day = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    assert amount_to_pay(on_the_day) == Decimal("1250.00")


def test_in_english_too_an_instalment_due_before_the_reminder_s_date_is_said_by_its_own_day(tmp_path):
    _ledger, _claim, view = _reminder_with_the_next_instalment_by_its_date(tmp_path, "en")
    assert view.lead.by == "Please pay by 16 March 2026"
    assert view.terms[2] == (
        "Your next instalment of EUR\xa0650.00 falls due before then, on 10 March 2026. If you would rather pay it "
        "all at once, pay EUR\xa01,250.00 by 10 March 2026."
    )


def test_the_english_reminder_says_the_same_of_instalments_due_by_its_date(tmp_path):
    """Counted in words, as the final notice counts its letters ("two reminders"). s44: "By 16 March 2026 your next
    two instalments, EUR 700.00 together, also fall due. In total that is EUR 1,300.00." told a debtor who missed one
    that 16 March would do for all, while the first of them falls due on 10 March: its day, and the sum by it."""
    _, _, view = _reminder_with_the_next_instalment_by_its_date(tmp_path, "en", third=True)
    assert view.terms[2] == (
        "Your next two instalments (EUR\xa0700.00 together) fall due: the first on 10 March 2026, the last on 16 "
        "March 2026. If you would rather pay it all at once, pay EUR\xa01,300.00 by 10 March 2026."
    )
    assert view.totals[-1].label.startswith("Total outstanding (EUR\xa0700.00 of it due by 16 March 2026")


def test_the_dutch_reminder_counts_the_instalments_due_by_its_date_in_words(tmp_path):
    _, _, view = _reminder_with_the_next_instalment_by_its_date(tmp_path / "nl", "nl", third=True)
    assert view.terms[2] == (
        "Uw volgende twee termijnen (samen EUR\xa0700,00) zijn verschuldigd: de eerste op 10 maart 2026, de "
        "laatste op 16 maart 2026. Wilt u alles in één keer betalen? Betaal dan EUR\xa01.300,00 uiterlijk 10 maart "
        "2026."
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_instalments_due_on_the_reminder_s_own_date_are_said_by_that_day(tmp_path, language):
    """Two next instalments on one day, the day the reminder asks the missed one by: that day, once."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 16), "amount": 650}]
    plan += [{"due": date(2026, 3, 16), "amount": 50}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language, invoices=[invoice(amount=2000)])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 3))
    (due,) = letters_due(claim, NO_RECORD)
    said = {
        "nl": "Op 16 maart 2026 zijn ook uw volgende twee termijnen verschuldigd, samen EUR\xa0700,00. Wilt u alles in "
        "één keer betalen? Betaal dan EUR\xa01.300,00 uiterlijk 16 maart 2026.",
        "en": "On 16 March 2026 your next two instalments, EUR\xa0700.00 together, also fall due. If you would rather "
        "pay it all at once, pay EUR\xa01,300.00 by 16 March 2026.",
    }
    assert said[language] in letter_view(ledger, claim, due, Channel.LETTER).terms


def test_the_handover_notice_names_the_agency(ledger):
    view = view_of(ledger, "L-HANDOVER")
    # Its opening names the agency ({agency}): the day alone; below an opening of a site's own that does not, both.
    assert view.terms[0] == "De overdracht was op 24 november 2026."
    named = view.read_with(()).terms[0]
    assert named == "Wij hebben uw dossier op 24 november 2026 overgedragen aan Incassobureau Domstad."
    assert view.salutation == "Geachte Kees Verhoeven,"  # a consumer without a contact person: the name


@pytest.mark.parametrize(
    "language, one, several",
    [("nl", "de factuur zelf", "de facturen zelf"), ("en", "the invoice itself", "the invoices themselves")],
)
def test_the_handover_notice_sends_questions_about_the_invoices_themselves_to_us_as_many_as_are_open(
    tmp_path, language, one, several
):
    """The agency takes the payment, our desk the questions about the invoices: "de facturen" when two are open."""
    events = [
        event(date(2026, 8, 1), "reminder"),
        event(date(2026, 8, 15), "dunning"),
        event(date(2026, 9, 1), "final_notice", channel="letter"),
        event(AS_OF, "handover", agency="Incassobureau Domstad", agency_phone="+31 30 298 40 00"),
    ]
    two = [invoice(number="F-1", due=date(2026, 7, 31)), invoice(number="F-2", due=date(2026, 7, 31))]
    for invoices, words in (([two[0]], one), (two, several)):
        ledger = one_debtor_ledger(tmp_path / str(len(invoices)), language=language, invoices=invoices, events=events)
        view = view_of(ledger, "D-1001")
        assert view.kind == LetterKind.HANDOVER and words in view.contact.lines[0]


# -- the letter and the page agree -------------------------------------------------------------


@pytest.mark.parametrize(
    "debtor_id", ["L-REMIND", "L-DUNNING", "L-FINAL", "L-PROMISE", "L-PLAN", "L-PLAN-MISSED", "L-HANDOVER"]
)
def test_the_letter_shows_the_statement_pages_figures(ledger, debtor_id):
    claim = claim_of(ledger, debtor_id)
    page = statement_view(claim, ledger)
    letter = view_of(ledger, debtor_id)
    assert letter.totals == page.totals
    assert letter.pay.payload == page.pay.payload  # the same QR code: the same amount, IBAN and reference
    assert letter.pay.fields[0][1] == page.pay.amount_text == letter.lead.amount
    assert [row[-1] for row in letter.invoices.rows] == [row.open for row in page.invoices]
    if page.interest:
        assert [row[1:] for row in letter.interest.rows] == [(r.period, r.rate, r.amount) for r in page.interest.rows]
        notes = (page.interest.basis, page.interest.source, page.interest.assumed, page.interest.summary)
        assert letter.interest_notes == tuple(note for note in notes if note)


def test_a_shortened_letter_s_rate_line_calls_a_provisional_rate_so_as_its_table_would(ledger):
    """The rates of 2026 past the table's end are not confirmed: the line that stands for the table says so, and
    the notes below it (kept on paper) say who sets the rate, where to check it, and what provisional means."""
    letter = view_of(ledger, "L-FINAL")
    assert letter.interest_rates == "Rente: 4% (voorlopig) per jaar, van 10 sep 2026 t/m 24 nov 2026."
    assert letter.interest_notes[1].startswith("De overheid stelt het percentage vast")
    assert "rijksoverheid.nl" in letter.interest_notes[1]
    assert letter.interest_notes[2].startswith("‘Voorlopig’: nog niet vergeleken")


def test_the_pages_qr_code_is_used_not_encoded_again(ledger):
    claim = claim_of(ledger, "L-REMIND")
    pay = statement_view(claim, ledger).pay
    (due,) = letters_due(claim, NO_RECORD)
    assert letter_view(ledger, claim, due, Channel.LETTER, pay=pay).pay.qr_matrix is pay.qr_matrix
    other = replace(pay, amount=pay.amount + 1, qr_matrix=())
    assert letter_view(ledger, claim, due, Channel.LETTER, pay=other).pay.qr_matrix == pay.qr_matrix


def test_the_figures_count_payments_up_to_the_letters_day(ledger):
    claim = claim_of(ledger, "L-FINAL")
    assert claim.payments_until == AS_OF
    assert view_of(ledger, "L-FINAL").situation == (
        "Stand op 24 november 2026, met de betalingen tot en met 24 november 2026 die wij aan u konden koppelen."
    )


def test_the_link_is_the_personal_page(ledger):
    assert view_of(ledger, "L-REMIND").link is None
    assert view_of(ledger, "L-REMIND", link="https://betalen.example.nl/s/abc/").link.endswith("/s/abc/")


def test_both_languages_have_the_same_sentences():
    assert NL.keys() == EN.keys()
    for key in NL:
        assert sorted(_fields(NL[key])) == sorted(_fields(EN[key])), key


def _fields(sentence: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(sentence) if name]


def test_the_english_reminder_of_a_missed_instalment_says_the_same(tmp_path):
    from tests.support.ledgers import event, one_debtor_ledger

    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 4, 1), "amount": 650}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, language="en")
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 3))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert view.subject == "Reminder: an instalment of your payment plan"
    assert view.terms == (
        "On 10 February 2026 we agreed a payment plan together. We have not yet received the instalment of "
        "1 March 2026 (EUR\xa0600.00).",
        "Please pay EUR\xa0600.00 by 16 March 2026. Your plan then simply continues, and your next instalment "
        "stays as agreed.",
    )
    assert view.pay.fields[0][1] == "EUR\xa0600.00"


@pytest.mark.parametrize(
    "language, pay, costs",
    [
        (
            "nl",
            "Wilt u EUR\xa0400,00 uiterlijk 10 maart 2026 betalen? Dan loopt uw regeling gewoon door, en uw volgende "
            "termijn blijft zoals afgesproken.",
            "Heeft u uiterlijk 10 maart 2026 niet EUR\xa01.250,00 betaald? Dan komen er ten hoogste EUR\xa0187,50 incassokosten "
            "bij. Uw termijnen alleen houden die niet tegen.",
        ),
        (
            "en",
            "Please pay EUR\xa0400.00 by 10 March 2026. Your plan then simply continues, and your next instalment "
            "stays as agreed.",
            "If you have not paid EUR\xa01,250.00 by 10 March 2026, collection costs of at most EUR\xa0187.50 are added. "
            "Your instalments alone do not stop them.",
        ),
    ],
)
def test_the_reminder_of_an_instalment_missed_in_a_final_notice_s_term_says_what_stops_its_costs(
    tmp_path, language, pay, costs
):
    """A plan agreed on 23 February in the term of the notice of 20 February (last day 10 March), its 400.00 of
    26 February missed: the reminder asked only that by 10 March, "then your plan simply continues", while the
    core charges 127.50 over the 850.00 left when only it is paid. Said once, beside what it asks. (Agreed on Monday
    the 23rd, confirmed by the next night's build on the 24th and posted then, the plan arrives on Thursday the 26th,
    before the instalment's day, the 27th: its reminder is due from the 28th. Due on the 26th, the letter would ask
    that instalment by the 10th, and the reminder wait until after it.)"""
    plan = [{"due": date(2026, 2, 27), "amount": 400}, {"due": date(2026, 4, 1), "amount": 850}]
    notice = event(date(2026, 2, 20), "final_notice", channel="letter")
    events = [event(date(2026, 2, 5), "reminder"), notice, event(date(2026, 2, 23), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 3))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.terms[1:] == (pay, costs)
    assert costs not in view.lead.lines  # not twice in one letter
    assert costs in statement_view(claim, ledger).summary.lines  # the page's top says the same
    paid = [payment(date=date(2026, 3, 5), amount=400)]
    ledger = one_debtor_ledger(tmp_path / "paid", events=events, language=language, payments=paid)
    later = assess(ledger, ledger.debtors[0], date(2026, 3, 12))
    assert later.settlement.costs_open == collection_costs(Decimal("850.00")) == Decimal("127.50")


# The reviewer's case: final notice posted Sunday 1 March 2026 (received 4 March, last day 18 March), a plan agreed
# on 5 March, its 500.00 of 15 March missed; the reminder is written on the day named.
NOTICE_1_MARCH = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="letter"),
    event(
        date(2026, 3, 5),
        "arrangement",
        installments=[{"due": date(2026, 3, 15), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
    ),
]
# Read after the term: a past condition, and the costs owed since the day after it (not "komen er ... bij").
ENDED = {
    "nl": "Let op: de termijn van onze laatste brief (sommatie) liep tot en met 18 maart 2026. Had u toen niet "
    "EUR\xa01.250,00 betaald? Dan zijn er vanaf 19 maart 2026 incassokosten van ten hoogste EUR\xa0187,50 verschuldigd. "
    "Uw termijnen alleen hielden die niet tegen.",
    "en": "Please note: the deadline in our final notice was 18 March 2026. If you had not paid EUR\xa01,250.00 by "
    "then, collection costs are owed from 19 March 2026. They amount to at most EUR\xa0187.50. Your instalments alone "
    "did not stop them.",
}
# The same, read on that last day itself (an e-mail sent then, a letter assumed to arrive then): not "liep".
ENDS_TODAY = {
    "nl": "Let op: de termijn van onze laatste brief (sommatie) loopt tot en met 18 maart 2026. Heeft u dan niet "
    "EUR\xa01.250,00 betaald? Dan komen er ten hoogste EUR\xa0187,50 incassokosten bij. Uw termijnen alleen houden die "
    "niet tegen.",
    "en": "Please note: the deadline in our final notice is 18 March 2026. If you have not paid EUR\xa01,250.00 by "
    "then, collection costs are added. They amount to at most EUR\xa0187.50. Your instalments alone do not stop them.",
}


def _reminder_on(tmp_path, day: date, language: str, form: Channel = Channel.LETTER):
    ledger = one_debtor_ledger(tmp_path / f"{day}-{language}-{form}", events=NOTICE_1_MARCH, language=language)
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    return ledger, letter_view(ledger, claim, due, form)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("sent, pay_by", [(16, "29"), (17, "30"), (18, "31")])
def test_a_reminder_that_arrives_after_the_final_notice_s_term_gives_no_day_already_gone(
    tmp_path, language, sent, pay_by
):
    """Posted on 16, 17 or 18 March it arrives on the 18th or later: "pay by 18 March" cannot be acted on, nor
    can "not paid by 18 March? then costs come". It gives the day a reminder gives (the eve of the next step,
    the reminder + dunning_after_days) and says the term ran until 18 March, as the page says once it has."""
    day = date(2026, 3, sent)
    ledger, view = _reminder_on(tmp_path, day, language)
    by = fmt.day(date(2026, 3, int(pay_by)), language)
    assert letter_received(ledger.creditor, ledger.debtors[0], day, Channel.LETTER) >= date(2026, 3, 18)
    assert by in view.lead.by
    assert "18 " not in view.lead.by
    assert by in view.terms[1]
    # Assumed to arrive on the 18th, the one posted on the 16th is read on the last day: "loopt", not "liep".
    assert view.terms[2] == (ENDS_TODAY if sent == 16 else ENDED)[language]
    assert not any("18 " in line for line in view.next_steps.lines)
    assert not any("18 " in line for line in view.lead.lines)
    sent_events = [*NOTICE_1_MARCH, event(day, "reminder", channel="letter")]  # recorded as sent
    ledger = one_debtor_ledger(tmp_path / "sent", events=sent_events, language=language)
    later = assess(ledger, ledger.debtors[0], date(2026, 3, 20))  # on arrival the page asks the same day
    page = statement_view(later, ledger).summary
    assert later.costs.state.value == "charged"
    assert by in page.deadline


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_e_mailed_reminder_on_the_term_s_last_day_says_the_term_ran_out_too(tmp_path, language):
    """An e-mail arrives the day it is sent: on 18 March it leaves no day to act on "by 18 March" either; read that
    day, it says the term runs until then (`test_an_e_mail_on_the_term_s_last_day_does_not_say_that_day_was`)."""
    _, view = _reminder_on(tmp_path, date(2026, 3, 18), language, Channel.EMAIL)
    assert view.terms[2] == ENDS_TODAY[language]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_reminder_well_inside_the_term_still_gives_its_last_day(tmp_path, language):
    """Missed on 15 March, reminded on Monday 16 March by e-mail it arrives that day; the term's last day, 18 March,
    can still be acted on and stops the costs: it is the day given (an earlier plan, well inside the term:
    test_the_reminder_of_an_instalment_missed_in_a_final_notice_s_term_says_what_stops_its_costs)."""
    _, view = _reminder_on(tmp_path, date(2026, 3, 16), language, Channel.EMAIL)
    by = fmt.day(date(2026, 3, 18), language)
    assert by in view.lead.by
    assert by in view.terms[1]
    assert view.terms[2] != ENDED[language] and by in view.terms[2]


AGREED_ENDED = {
    ("arrangement", "nl"): ENDED["nl"],
    ("arrangement", "en"): ENDED["en"],
    ("promise", "nl"): "Let op: de termijn van onze laatste brief (sommatie) liep tot en met 18 maart 2026. Had u toen "
    "niet EUR\xa01.250,00 betaald? Dan zijn er vanaf 19 maart 2026 incassokosten van ten hoogste EUR\xa0187,50 "
    "verschuldigd. Dat geldt ook als u het toegezegde bedrag op de toegezegde dag betaalt.",
    ("promise", "en"): "Please note: the deadline in our final notice was 18 March 2026. If you had not paid "
    "EUR\xa01,250.00 by then, collection costs are owed from 19 March 2026. They amount to at most EUR\xa0187.50. Paying "
    "the amount you promised on the day you promised does not change that.",
}


def _agreed_on_17_march(kind: str, last: object = 750) -> dict:
    """A promise (to pay by 26 March) or a plan (500.00 on 26 March, `last` on 25 April) agreed on 17 March, in the
    term of the notice of 1 March (NOTICE_1_MARCH: last day 18 March)."""
    if kind == "promise":
        return event(date(2026, 3, 17), "promise", promised_date=date(2026, 3, 26))
    plan = [{"due": date(2026, 3, 26), "amount": 500}, {"due": date(2026, 4, 25), "amount": last}]
    return event(date(2026, 3, 17), "arrangement", installments=plan)


def _confirmed_on_17_march(tmp_path, kind: str, language: str):
    """The confirmation of `_agreed_on_17_march`, posted on its day: it arrives on the 19th, after the term."""
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], _agreed_on_17_march(kind)], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    (due,) = letters_due(claim, NO_RECORD)
    return letter_view(ledger, claim, due, Channel.LETTER)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", ["arrangement", "promise"])
def test_a_confirmation_that_arrives_after_the_final_notice_s_term_gives_no_day_already_gone(tmp_path, language, kind):
    """A plan or a promise agreed on 17 March, in the term of the notice of 1 March (last day 18 March): posted
    that day, its confirmation arrives on the 19th. It asked to pay by 18 March ("Betaal uiterlijk 18 maart" in
    the box of the promise, "Heeft u uiterlijk 18 maart niet ... betaald?" in the plan's); it says the term ran
    out, and a promise's box gives the day promised."""
    view = _confirmed_on_17_march(tmp_path, kind, language)
    said = (view.lead.by, *view.lead.lines, *view.terms, *view.next_steps.lines)
    assert [line for line in said if "18 " in line] == [AGREED_ENDED[kind, language]]
    assert fmt.day(date(2026, 3, 26), language) in view.lead.by


# A plan agreed late in the term of the notice of 1 March (last day 18 March) whose instalments due by that day pay
# what the notice asks: its letter, read on that day or after it, said "Uw termijnen alleen houden/hielden die niet
# tegen" of instalments that, paid by then, do stop the costs (statement.tables.instalments_stopping_the_costs).
TERM_READ = {
    ("ended", "nl"): "Let op: de termijn van onze laatste brief (sommatie) liep tot en met 18 maart 2026. Had u toen "
    "niet EUR\xa01.250,00 betaald? Dan zijn er vanaf 19 maart 2026 incassokosten van ten hoogste EUR\xa0187,50 "
    "verschuldigd. {yours} tot en met die dag {were} daarvoor genoeg. Had u die uiterlijk 18 maart 2026 betaald? Dan "
    "zijn er geen incassokosten verschuldigd.",
    ("ended", "en"): "Please note: the deadline in our final notice was 18 March 2026. If you had not paid "
    "EUR\xa01,250.00 by then, collection costs are owed from 19 March 2026. They amount to at most EUR\xa0187.50. "
    "{yours} "
    "due by then {were} enough for that. If you had paid {it} by 18 March 2026, no costs are owed.",
    ("today", "nl"): "Let op: de termijn van onze laatste brief (sommatie) loopt tot en met 18 maart 2026. Heeft u dan "
    "niet EUR\xa01.250,00 betaald? Dan komen er ten hoogste EUR\xa0187,50 incassokosten bij. {yours} tot en met die "
    "dag {were} daarvoor genoeg. Heeft u die uiterlijk 18 maart 2026 betaald? Dan komen er geen incassokosten bij.",
    ("today", "en"): "Please note: the deadline in our final notice is 18 March 2026. If you have not paid "
    "EUR\xa01,250.00 by then, collection costs are added. They amount to at most EUR\xa0187.50. {yours} due by then "
    "{were} enough for that. If you have paid {it} by 18 March 2026, no costs are added.",
}
TERM_READ_WORDS = {
    ("ended", "nl", 1): dict(yours="Uw termijn", were="was"),
    ("ended", "nl", 2): dict(yours="Uw termijnen", were="waren"),
    ("ended", "en", 1): dict(yours="Your instalment", were="was", it="it"),
    ("ended", "en", 2): dict(yours="Your instalments", were="were", it="them"),
    ("today", "nl", 1): dict(yours="Uw termijn", were="is"),
    ("today", "nl", 2): dict(yours="Uw termijnen", were="zijn"),
    ("today", "en", 1): dict(yours="Your instalment", were="is", it="it"),
    ("today", "en", 2): dict(yours="Your instalments", were="are", it="them"),
}
ALONE = {"nl": "alleen", "en": "alone"}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize(
    "agreed, form, read",
    [
        (date(2026, 3, 17), Channel.LETTER, "ended"),  # posted on the 17th: arrives on the 19th
        (date(2026, 3, 16), Channel.LETTER, "today"),  # posted on the 16th: arrives on the 18th itself
        (date(2026, 3, 18), Channel.EMAIL, "today"),  # e-mailed on the 18th: read that day
    ],
)
def test_a_plan_letter_read_once_the_term_ends_says_its_instalments_due_by_then_stop_the_costs(
    tmp_path, language, count, agreed, form, read
):
    """One instalment of EUR 1,250.00 on 18 March, or EUR 500.00 on the day agreed and EUR 750.00 on the 18th: due
    by the last day, they pay what the notice asks, and paid by then no costs come."""
    last = date(2026, 3, 18)
    installments = (
        [{"due": last, "amount": 1250}]
        if count == 1
        else [
            {"due": agreed, "amount": 500},
            {"due": last, "amount": 750},
        ]
    )
    plan = event(agreed, "arrangement", installments=installments)
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], plan], language=language)
    claim = assess(ledger, ledger.debtors[0], agreed)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, form)
    expected = TERM_READ[read, language].format(**TERM_READ_WORDS[read, language, count])
    assert expected in view.lead.lines
    assert not any(ALONE[language] in line for line in (*view.lead.lines, *view.terms))


# A plan of one instalment, due after the term's last day (18 March): its letter read after the term, or on that day,
# said "Uw termijnen alleen hielden/houden die niet tegen" ("Your instalments alone") of a plan that has one.
ONE_ALONE = {
    ("ended", "nl"): "Uw termijn alleen hield die niet tegen.",
    ("ended", "en"): "Your instalment alone did not stop them.",
    ("today", "nl"): "Uw termijn alleen houdt die niet tegen.",
    ("today", "en"): "Your instalment alone does not stop them.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("agreed, read", [(date(2026, 3, 17), "ended"), (date(2026, 3, 16), "today")])
def test_a_plan_letter_of_one_instalment_read_once_the_term_ends_names_it_in_the_singular(
    tmp_path, language, agreed, read
):
    plan = event(agreed, "arrangement", installments=[{"due": date(2026, 3, 26), "amount": 1250}])
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], plan], language=language)
    claim = assess(ledger, ledger.debtors[0], agreed)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    (costs,) = [line for line in view.lead.lines if ALONE[language] in line]
    assert costs.endswith(ONE_ALONE[read, language])
    # The page of that day, in the term: in the present tense, as one read on the last day.
    assert statement_view(claim, ledger).summary.lines[-1].endswith(ONE_ALONE["today", language])


# What a letter's costs section says once the term they hang on ran out before it arrives: no part to pay
# "before then" any more (the terms' own paragraph says the term ran out, `AGREED_ENDED`).
COSTS_ENDED = {
    "nl": "Heeft u onze laatste brief (sommatie) van 1 maart 2026 op 4 maart 2026 ontvangen? Dan was uw laatste "
    "betaaldag 18 maart 2026. Had u toen niet EUR\xa01.250,00 betaald? Dan zijn er vanaf 19 maart 2026 incassokosten "
    "van EUR\xa0187,50 verschuldigd. Dat staat in art. 6:96 BW en het Besluit vergoeding voor buitengerechtelijke "
    "incassokosten.",
    "en": "We sent our final notice on 1 March 2026. If it reached you on 4 March 2026, your last day to pay was 18 March "
    "2026. If you had not paid EUR\xa01,250.00 by then, collection costs of EUR\xa0187.50 are owed from 19 March "
    "2026. This is set out in article 6:96 of the Dutch Civil Code and the Dutch Decree on extrajudicial collection "
    "costs.",
}
BEFORE_THEN = {"nl": "vóór die tijd", "en": "before then"}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", ["reminder", "arrangement", "promise"])
def test_a_letter_that_arrives_after_the_final_notice_s_term_offers_no_part_to_pay_before_it_in_its_costs(
    tmp_path, language, kind
):
    """Arriving on or after 18 March, the last day of the notice of 1 March, a reminder of a missed instalment or
    a plan's or promise's confirmation said in its costs section "Betaalt u vóór die tijd een deel, dan kunnen de
    kosten lager worden": that day cannot be acted on. It says the costs are owed from 19 March, in the past tense
    of the term, as the text above it does."""
    if kind == "reminder":
        _, view = _reminder_on(tmp_path, date(2026, 3, 17), language)
    else:
        view = _confirmed_on_17_march(tmp_path, kind, language)
    assert BEFORE_THEN[language] not in view.costs
    assert view.costs.startswith(COSTS_ENDED[language])


# The same, once staff recorded the day the notice arrived (`received:`): stated, as the page states it, not asked.
COSTS_ENDED_TOLD = {
    "nl": "U liet ons weten dat onze laatste brief (sommatie) van 1 maart 2026 op 4 maart 2026 aankwam. Uw laatste "
    "betaaldag was dus 18 maart 2026. Had u toen niet EUR\xa01.250,00 betaald? Dan zijn er vanaf 19 maart 2026 "
    "incassokosten van EUR\xa0187,50 verschuldigd. Dat staat in art. 6:96 BW en het Besluit vergoeding voor "
    "buitengerechtelijke incassokosten.",
    "en": "You told us our final notice of 1 March 2026 reached you on 4 March 2026. Your last day to pay was therefore "
    "18 March 2026. If you had not paid EUR\xa01,250.00 by then, collection costs of EUR\xa0187.50 are owed from 19 "
    "March 2026. This is set out in article 6:96 of the Dutch Civil Code and the Dutch Decree on extrajudicial "
    "collection costs.",
}
# Read on that last day itself (e-mailed on 18 March): in the present tense.
COSTS_ENDS_TODAY_TOLD = {
    "nl": "U liet ons weten dat onze laatste brief (sommatie) van 1 maart 2026 op 4 maart 2026 aankwam. Uw laatste "
    "betaaldag is dus 18 maart 2026. Heeft u op die dag niet EUR\xa01.250,00 betaald? Dan zijn er vanaf 19 maart "
    "2026 incassokosten van EUR\xa0187,50 verschuldigd",
    "en": "You told us our final notice of 1 March 2026 reached you on 4 March 2026. Your last day to pay is therefore "
    "18 March 2026. If you have not paid EUR\xa01,250.00 by then, collection costs of EUR\xa0187.50 are owed from 19 "
    "March 2026",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("sent, form", [(17, Channel.LETTER), (18, Channel.EMAIL)])
def test_a_letter_after_the_final_notice_s_term_states_the_day_of_receipt_staff_recorded(
    tmp_path, language, sent, form
):
    """The debtor told staff the notice of 1 March arrived on 4 March (`received:`): the page says "U liet ons weten
    dat ... aankwam", while a reminder read after the term (posted on the 17th) or on its last day (e-mailed on the
    18th) still asked "Heeft u onze laatste brief (sommatie) van 1 maart 2026 op 4 maart 2026 ontvangen?", a
    question about a day the debtor gave us."""
    events = [*NOTICE_1_MARCH[:2], {**NOTICE_1_MARCH[2], "received": date(2026, 3, 4)}, NOTICE_1_MARCH[3]]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, sent))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, form)
    said = (COSTS_ENDED_TOLD if sent == 17 else COSTS_ENDS_TODAY_TOLD)[language]
    assert view.costs.startswith(said)
    assert {"nl": "ontvangen?", "en": "Did our final notice"}[language] not in view.costs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_again_states_the_first_one_s_day_of_receipt_staff_recorded(tmp_path, language):
    """The first notice, posted on 2 April, arrived on 7 April as the debtor told us (last day 21 April); sent again
    by post on 20 April, it arrives after that day: it says when the first one arrived, not whether it did then."""
    first = event(date(2026, 4, 2), "final_notice", received=date(2026, 4, 7))
    ledger = one_debtor_ledger(tmp_path, events=[first, event(date(2026, 4, 20), "final_notice")], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    (due,) = letters_due(claim, NO_RECORD)
    terms = " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)
    told = {
        "nl": "U liet ons weten dat onze eerste sommatie, van 2 april 2026, op 7 april 2026 aankwam. Uw laatste "
        "betaaldag zonder incassokosten was dus 21 april 2026.",
        "en": "You told us our first final notice, of 2 April 2026, reached you on 7 April 2026. Your last day to pay "
        "without collection costs was therefore 21 April 2026.",
    }
    assert told[language] in terms
    assert {"nl": "eerste sommatie, van 2 april 2026, op 7 april 2026 ontvangen?", "en": "If our first"}[
        language
    ] not in terms


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_letter_well_inside_the_term_still_offers_a_part_before_it(tmp_path, language):
    """E-mailed on 16 March, the reminder arrives with two days of the term left: the part still lowers the costs."""
    _, view = _reminder_on(tmp_path, date(2026, 3, 16), language, Channel.EMAIL)
    assert BEFORE_THEN[language] in view.costs


PART_LOWERED = {
    "nl": "Betaalde u in die termijn een deel, dan zijn ze lager",
    "en": "If you paid part of it by then, they are lower",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("posted", [16, 17])
def test_a_part_already_counted_in_the_costs_is_not_said_to_lower_them(tmp_path, language, posted):
    """300.00 paid on 10 March is in the EUR 142,50 (15% over 950.00) the reminder posted on 16 March names: "Betaalde
    u in die termijn een deel, dan zijn ze lager" read as lowering them again. Only a part paid after the last day the
    figures hold (16 March) and by the term's last day (18 March) lowers them further, and the letter says that: in
    the present tense too when it arrives on that last day (posted on the 16th), else in the past (the 17th)."""
    ledger = one_debtor_ledger(
        tmp_path, events=NOTICE_1_MARCH, payments=[payment(date=date(2026, 3, 10), amount="300.00")], language=language
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, posted))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert fmt.money(Decimal("142.50"), language) in view.costs
    assert PART_LOWERED[language] not in view.costs
    unseen = {
        (
            16,
            "nl",
        ): "Betaalde of betaalt u na 16 maart 2026 en uiterlijk 18 maart 2026 nog een deel? Dan worden ze lager",
        (16, "en"): "If you paid or pay a further part after 16 March 2026 and by 18 March 2026, they will be lower",
        (17, "nl"): "Betaalde u na 17 maart 2026 en uiterlijk 18 maart 2026 nog een deel?",
        (17, "en"): "If you paid a further part after 17 March 2026 and by 18 March 2026, we have not processed it",
    }
    assert unseen[posted, language] in view.costs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_letter_whose_figures_reach_the_term_s_last_day_says_no_part_lowers_the_costs(tmp_path, language):
    """Posted on 18 March, the last day of the term, its figures hold that day's payments: no part is left unseen."""
    _, view = _reminder_on(tmp_path, date(2026, 3, 18), language)
    assert PART_LOWERED[language] not in view.costs
    assert {"nl": "een deel", "en": "part of it"}[language] not in view.costs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_e_mail_on_the_term_s_last_day_does_not_say_that_day_was(tmp_path, language):
    """E-mailed on 18 March, the term's last day, it is read that day, when the debtor can still pay: it said "Dan
    was uw laatste betaaldag 18 maart 2026" and "liep tot en met 18 maart 2026". It gives no day to act on that is
    its own day (it asks by the day a reminder gives), and says the last day in the present tense."""
    _, view = _reminder_on(tmp_path, date(2026, 3, 18), language, Channel.EMAIL)
    said = " ".join((*view.terms, view.costs))
    past = {
        "nl": ("was uw laatste betaaldag", "liep tot en met"),
        "en": ("to pay was", "deadline in our final notice was"),
    }
    assert not any(words in said for words in past[language])
    today = {"nl": "Dan is 18 maart 2026 uw laatste betaaldag.", "en": "your last day to pay is 18 March 2026."}
    assert today[language] in view.costs
    assert fmt.day(date(2026, 3, 31), language) in view.lead.by


CAME = {
    "nl": "De termijn van onze laatste brief (sommatie) liep tot en met 18 maart 2026. Daarom zijn er "
    "EUR\xa0187,50 incassokosten bijgekomen.",
    "en": "The deadline in our final notice was 18 March 2026. Collection costs of EUR\xa0187.50 have therefore been "
    "added.",
}


def _came(lines) -> list[str]:
    """The lines that say the costs came (`CAME`, with what follows it)."""
    return [line for line in lines if line.startswith(CAME[line_language(line)][:40])]


def line_language(line: str) -> str:
    return "nl" if line.startswith("De ") else "en"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_that_came_are_said_as_added_with_what_of_them_is_still_open(tmp_path, language):
    """100.00 paid on 20 March went to the costs first (art. 6:44 BW): the reminder of 23 March said "Daarom zijn
    er EUR 87,50 incassokosten bijgekomen" where its own costs section says EUR 187,50 charged, 87,50 open."""
    ledger = one_debtor_ledger(
        tmp_path,
        events=NOTICE_1_MARCH,
        payments=[payment(date=date(2026, 3, 20), amount="100.00")],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 23))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = {
        "nl": "Daarom zijn er EUR\xa0187,50 incassokosten bijgekomen, waarvan nog EUR\xa087,50 open.",
        "en": "Collection costs of EUR\xa0187.50 have therefore been added, of which EUR\xa087.50 is still unpaid.",
    }
    assert any(said[language] in line for line in view.terms)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("written", [19, 25])
def test_the_reminder_of_a_plan_agreed_in_a_final_notice_s_term_says_the_costs_that_came_once_it_ran_out(
    tmp_path, language, written
):
    """The plan of 5 March, in the term of the notice of 1 March (last day 18 March), its 500.00 of 15 March
    missed: written on the 18th its reminder says the term ran out and the costs come; written from the 19th, with
    the costs charged, it gave the later day and said nothing of them (only the total, 1,437.50, held them)."""
    _, view = _reminder_on(tmp_path, date(2026, 3, written), language)
    assert len(_came(view.terms)) == 1
    assert not _came(view.lead.lines)  # once


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", ["arrangement", "promise"])
def test_a_confirmation_of_an_agreement_made_in_the_term_says_the_costs_that_came_once_it_ran_out(
    tmp_path, language, kind
):
    """Agreed on 17 March, in the term, and first seen by a build on 20 March (costs charged from the 19th)."""
    ledger = one_debtor_ledger(
        tmp_path, events=[*NOTICE_1_MARCH[:3], _agreed_on_17_march(kind, last="937.50")], language=language
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 20))
    assert claim.costs.state == "charged"
    confirmed = claim.pending_promise if kind == "promise" else claim.running_plan  # as a build first seeing it
    view = letter_view(ledger, claim, DueLetter(LetterKind(kind), confirmed.event), Channel.LETTER)
    said = (*view.lead.lines, *view.terms)
    (came,) = _came(said)
    # Said once: a plan's box says the total already ("In totaal staat nog EUR 1.437,50 open."), a promise's not.
    total = fmt.money(claim.total_due, language)
    box = [line for line in view.lead.lines if line != came]
    assert (total in came) != any(total in line for line in box)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_confirmation_read_after_the_term_does_not_say_its_instalments_are_more_than_is_open(tmp_path, language):
    """Agreed and posted on 17 March (arriving after 18 March, the term's last day), the plan of 500.00 and 937.50
    holds the costs that come: "Uw termijnen zijn samen meer dan er nu openstaat (EUR 1.250,00) ... vervallen" was
    untrue of a letter read once they are owed (1,437.50)."""
    agreed = event(
        date(2026, 3, 17),
        "arrangement",
        installments=[{"due": date(2026, 3, 26), "amount": 500}, {"due": date(2026, 4, 25), "amount": "937.50"}],
    )
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], agreed], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    more = {"nl": "meer dan er nu openstaat", "en": "more than"}[language]
    assert not any(more in line for line in view.terms)


WITH_COSTS = {
    "nl": "In totaal staat nog EUR\xa01.250,00 open. Met de incassokosten van EUR\xa0187,50 erbij is dat "
    "EUR\xa01.437,50.",
    "en": "In total, EUR\xa01,250.00 is still outstanding. With the collection costs of EUR\xa0187.50 added, that is "
    "EUR\xa01,437.50.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_confirmation_read_after_the_term_gives_the_total_with_the_costs_its_instalments_hold(
    tmp_path, language
):
    """Agreed and posted on 17 March, read after 18 March (the term's last day): the box said "In totaal staat nog
    EUR 1.250,00 open." over a plan of EUR 1.437,50, the costs that come after the term in it. The box says the
    total of the letter's day, as the page and the QR code have it, and what it is with those costs: the plan's."""
    ledger = one_debtor_ledger(
        tmp_path, events=[*NOTICE_1_MARCH[:3], _agreed_on_17_march("arrangement", last="937.50")], language=language
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    money = partial(fmt.money, lang=language)
    assert WITH_COSTS[language] in view.lead.lines
    assert money(Decimal("1437.50")) in view.terms[0]  # "U betaalt twee termijnen, samen EUR 1.437,50."
    page = statement_view(claim, ledger)  # the page of the letter's day: the same total, the QR code the instalment
    assert view.totals[-1].amount == page.totals[-1].amount == money(Decimal("1250.00"))[4:]
    assert view.pay.fields[0][1] == page.pay.amount_text == money(Decimal("500.00"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_what_is_open_read_after_the_term_does_not_add_the_costs_to_its_total(tmp_path, language):
    """A plan of the 1,250.00 alone, its letter read after the term: "Met de incassokosten erbij is dat ..." reconciled
    nothing (the plan holds no costs) and read as if they were added, beside the line saying whether they come."""
    ledger = one_debtor_ledger(
        tmp_path, events=[*NOTICE_1_MARCH[:3], _agreed_on_17_march("arrangement", last="750.00")], language=language
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert WITH_COSTS[language].split(". ")[0] + "." in view.lead.lines
    assert not any(WITH_COSTS[language].split(". ")[1][:20] in line for line in view.lead.lines)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_confirmation_read_in_the_term_gives_the_total_as_the_page_does(tmp_path, language):
    """Posted on 5 March, the plan's letter arrives with days of the term left: the costs may not come at all."""
    ledger = one_debtor_ledger(tmp_path, events=NOTICE_1_MARCH, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (
        view.lead.lines[0]
        == statement_view(claim, ledger).summary.lines[0]
        == WITH_COSTS[language].split(". ")[0] + "."
    )


FIRST_UNREAD = {
    "nl": "De afgesproken dag voor termijn 1 (EUR\xa0500,00) is 10 maart 2026. Heeft u die termijn nog niet betaald "
    "als u deze brief krijgt? Betaal hem dan {when}.",
    "en": "The agreed day for instalment 1 (EUR\xa0500.00) is 10 March 2026. If you have not paid it yet when you "
    "receive this letter, please pay it {when}.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("notice", [False, True])
def test_a_plan_confirmation_posted_on_its_first_instalment_s_day_gives_no_day_already_gone(tmp_path, language, notice):
    """Agreed on Tuesday 10 March with its first instalment that day, confirmed by post that day: the letter arrives
    on the 12th and said "Betaal uiterlijk 10 maart 2026". It names the day as agreed and asks, if not paid yet, for
    it by the day the page gives: in a final notice's term its last day (18 March), which still stops the costs,
    else 14 days after the confirmation arrives as the core counts it (written by the next night's build, the 13th:
    the 27th), not "zo snel mogelijk" (s51), after which the core reminded it the day after the letter came."""
    plan = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, 3, 10), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
    )
    ledger = one_debtor_ledger(tmp_path, events=[*(NOTICE_1_MARCH[:3] if notice else []), plan], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    arrives = letter_received(ledger.creditor, ledger.debtors[0], date(2026, 3, 10), Channel.LETTER)
    assert arrives == date(2026, 3, 12)
    page = statement_view(assess(ledger, ledger.debtors[0], arrives), ledger)  # nothing paid by then
    assert view.lead.by == page.summary.deadline
    assert fmt.day(date(2026, 3, 10), language) not in view.lead.by
    when = (
        {"nl": "uiterlijk 18 maart 2026", "en": "by 18 March 2026"}
        if notice
        else {"nl": "uiterlijk 27 maart 2026", "en": "by 27 March 2026"}
    )
    assert FIRST_UNREAD[language].format(when=when[language]) in view.terms


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_confirmation_e_mailed_on_its_first_instalment_s_day_gives_no_day_already_gone_either(
    tmp_path, language
):
    """E-mailed on 10 March it arrives that day, and may be read the next: as a final notice's last day on the day
    it arrives, that day is no day to pay by. It gives the posted confirmation's day (14 days after the 13th)."""
    plan = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, 3, 10), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
    )
    ledger = one_debtor_ledger(tmp_path, events=[plan], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert view.lead.by == {"nl": "Betaal uiterlijk 27 maart 2026", "en": "Please pay by 27 March 2026"}[language]
    this = {"nl": ("deze brief", "deze e-mail"), "en": ("this letter", "this email")}[language]
    said = (
        FIRST_UNREAD[language]
        .replace(*this)
        .format(when={"nl": "uiterlijk 27 maart 2026", "en": "by 27 March 2026"}[language])
    )
    assert said in view.terms


PASSED = {
    "nl": "De afgesproken dag voor termijn 1 (EUR\xa0500,00) was 10 maart 2026. U krijgt deze brief te laat om op die "
    "dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan uiterlijk 27 maart 2026: dan betaalt u op "
    "tijd.",
    "en": "The agreed day for instalment 1 (EUR\xa0500.00) was 10 March 2026. You receive this letter too late to pay "
    "on that day. If you have not paid it yet, please pay it by 27 March 2026: that is still on time.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_missed_instalment_s_reminder_waits_for_the_day_the_plan_s_letter_gives(tmp_path, language):
    """Agreed on 10 March, the day of its first instalment, the plan's letter is written by the next night's build
    (the 11th), posted then and arrives on Friday the 13th. It said "Betaal zo snel mogelijk" and left the agreed
    day out (s51), and the core reminded the instalment the day after the letter came, the 14th: a debtor who paid
    on reading it was reminded all the same. Now the letter names the day, gone by, and asks it by 14 days after it
    arrives, the 27th; the page asks the same until then, and the reminder comes on the 28th."""
    plan = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, 3, 10), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
    )
    ledger = one_debtor_ledger(tmp_path, events=[plan], language=language)
    debtor = ledger.debtors[0]
    written = assess(ledger, debtor, date(2026, 3, 11))
    # The build of the 10th ran before the plan was entered (FirstSeen({})): the 11th's writes the letter.
    (due,) = (d for d in letters_due(written, FirstSeen({})) if d.kind == LetterKind.ARRANGEMENT)
    view = letter_view(ledger, written, due, Channel.LETTER)
    by = {"nl": "Betaal uiterlijk 27 maart 2026", "en": "Please pay by 27 March 2026"}[language]
    assert view.lead.by == by
    assert PASSED[language] in view.terms
    for day in (date(2026, 3, 11), date(2026, 3, 14), date(2026, 3, 27)):
        claim = assess(ledger, debtor, day)
        assert claim.next_action is not None and claim.next_action.kind == "remind_installment"
        assert not [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.INSTALLMENT_REMINDER], day
        page = statement_view(claim, ledger)
        today = {"nl": ("uiterlijk", "uiterlijk vandaag,"), "en": ("by", "today,")}[language]
        assert page.summary.deadline == (by if day < date(2026, 3, 27) else by.replace(*today)), day
        assert page.plan is not None and page.plan.rows[0].state == "due", day
    reminded = assess(ledger, debtor, date(2026, 3, 28))
    assert [d.kind for d in letters_due(reminded, NO_RECORD)] == [LetterKind.INSTALLMENT_REMINDER]


def test_the_missed_instalment_s_reminder_waits_for_the_day_the_plan_s_letter_asks_it_by(tmp_path):
    """In the term of the notice of 1 March (last day 18 March), agreed on 10 March, the day of its first
    instalment, the plan's letter (written by the next night's build, the 11th, posted then) arrives on the 13th
    and asks that instalment "uiterlijk 18 maart 2026" if not paid yet. Its reminder was due on the 14th, before
    that day: it comes the day after it (the 19th), and the
    page until then asks it by the 18th, as the letter does, not as missed ("nog niet betaald" beside the letter's
    "uiterlijk 18 maart" read as a contradiction)."""
    plan = event(
        date(2026, 3, 10),
        "arrangement",
        installments=[{"due": date(2026, 3, 10), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
    )
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], plan])
    debtor = ledger.debtors[0]
    confirmed = assess(ledger, debtor, date(2026, 3, 10))
    (due,) = letters_due(confirmed, NO_RECORD)
    said = FIRST_UNREAD["nl"].format(when="uiterlijk 18 maart 2026")
    assert said in letter_view(ledger, confirmed, due, Channel.LETTER).terms
    for day in (date(2026, 3, 13), date(2026, 3, 16), date(2026, 3, 18)):
        claim = assess(ledger, debtor, day)
        assert claim.next_action is not None and claim.next_action.kind == "remind_installment"
        assert not [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.INSTALLMENT_REMINDER], day
        page = statement_view(claim, ledger)
        assert page.summary.deadline.endswith("18 maart 2026"), day
        assert page.message_key == "arrangement", day
        assert "is nog niet betaald" not in " ".join(page.next_steps), day
    reminded = assess(ledger, debtor, date(2026, 3, 19))
    assert [d.kind for d in letters_due(reminded, NO_RECORD)] == [LetterKind.INSTALLMENT_REMINDER]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_confirmation_that_arrives_before_its_first_instalment_gives_its_day(tmp_path, language):
    """Posted on 5 March, the plan of NOTICE_1_MARCH (first instalment on 15 March) arrives in time: as before."""
    ledger = one_debtor_ledger(tmp_path, events=NOTICE_1_MARCH, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert fmt.day(date(2026, 3, 15), language) in view.lead.by
    assert not any(line.startswith(FIRST_UNREAD[language][:20]) for line in view.terms)


def _plan_in_the_term(tmp_path, language, *installments):
    """A consumer in the term of a final notice posted on 1 March (last day 18 March), a plan agreed on Tuesday
    10 March and confirmed by a build that day: by post it arrives on the 12th, by e-mail that day. The core assumes
    the next night's build wrote it (posted on the 11th, arriving on Friday the 13th): the letter's days are never
    earlier than that (letters.terms._plan_letter_read)."""
    plan = event(date(2026, 3, 10), "arrangement", installments=[{"due": d, "amount": a} for d, a in installments])
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], plan], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    return ledger, claim, due


PAY_NEXT = {
    "nl": "Het bedrag om over te maken is uw volgende termijn: {amount}, uiterlijk {date}.",
    "en": "The amount to transfer is your next instalment: {amount}, by {date}.",
}
# ... of a plan of one (statement.tables.instalment_key, counting all): no "volgende".
PAY_ONE = {
    "nl": "Het bedrag om over te maken is uw termijn: {amount}, uiterlijk {date}.",
    "en": "The amount to transfer is your instalment: {amount}, by {date}.",
}
COVERED = {
    "nl": "Heeft u uiterlijk 18 maart 2026 niet EUR\xa01.250,00 betaald? Dan komen er ten hoogste EUR\xa0187,50 "
    "incassokosten bij. {yours} tot en met die dag {are} daarvoor genoeg. Heeft u die uiterlijk 18 maart 2026 betaald? "
    "Dan komen er geen incassokosten bij.",
    "en": "If you have not paid EUR\xa01,250.00 by 18 March 2026, collection costs of at most EUR\xa0187.50 are added. "
    "{yours} due by then {are} enough for that. If you have paid {it} by 18 March 2026, no costs are added.",
}
ONE_COVERS = {
    "nl": COVERED["nl"].format(yours="Uw termijn", are="is"),
    "en": COVERED["en"].format(yours="Your instalment", are="is", it="it"),
}
SEVERAL_COVER = {
    "nl": COVERED["nl"].format(yours="Uw termijnen", are="zijn"),
    "en": COVERED["en"].format(yours="Your instalments", are="are", it="them"),
}
NOT_ALONE = {"nl": "Uw termijnen alleen houden die niet tegen.", "en": "Your instalments alone do not stop them."}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_confirmation_read_after_its_one_instalment_s_day_asks_it_by_the_box_s_day_and_says_it_stops_the_costs(
    tmp_path, language
):
    """The one instalment (EUR 1,250.00 on 11 March) is all the final notice asks, and due before its last day
    (18 March); posted on the 10th, the letter arrives on the 12th and asks it by the 18th. Its payment details
    said "EUR 1,250.00, by 11 March 2026", a day before it arrives, and its box "Your instalments alone do not stop
    them" of the costs that instalment, paid by the box's day, does stop. Both now follow the box, and the page on
    the day the letter arrives says the same of the costs."""
    ledger, claim, due = _plan_in_the_term(tmp_path, language, (date(2026, 3, 11), 1250))
    view = letter_view(ledger, claim, due, Channel.LETTER)
    eighteenth = fmt.day(date(2026, 3, 18), language)
    assert view.lead.by == {"nl": "Betaal uiterlijk ", "en": "Please pay by "}[language] + eighteenth
    amount = fmt.money(Decimal(1250), language).replace("\xa0", " ")
    assert view.pay.note.replace("\xa0", " ") == PAY_ONE[language].format(amount=amount, date=eighteenth)
    assert ONE_COVERS[language] in view.lead.lines
    assert not any(NOT_ALONE[language] in line for line in view.lead.lines)
    page = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 12)), ledger)
    assert page.summary.deadline == view.lead.by
    assert ONE_COVERS[language] in page.summary.lines
    assert fmt.day(date(2026, 3, 11), language) not in page.pay.note


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_same_plan_confirmation_e_mailed_asks_the_instalment_by_the_posted_letter_s_day(tmp_path, language):
    """E-mailed on the 10th it arrives that day, before the instalment's day, and gave the 11th in its box and
    payment details, while the posted letter of the same night, the page and the core's reminder go by the 18th
    (no `channel` on the plan: it goes both ways). One instalment, one day: the later, the posted letter's, and the
    costs line says the instalment paid by then stops the costs."""
    ledger, claim, due = _plan_in_the_term(tmp_path, language, (date(2026, 3, 11), 1250))
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    posted = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.lead.by.endswith(fmt.day(date(2026, 3, 18), language))
    assert (view.lead.by, view.pay.note) == (posted.lead.by, posted.pay.note)
    assert ONE_COVERS[language] in view.lead.lines
    page = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 10)), ledger)
    assert (page.summary.deadline, page.pay.note) == (posted.lead.by, posted.pay.note)
    assert ONE_COVERS[language] in page.summary.lines


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
def test_a_plan_whose_instalments_due_in_the_term_fall_short_says_they_do_not_stop_the_costs(tmp_path, language, form):
    """Two instalments, the first (EUR 500.00) on 11 March, before the posted letter arrives, the second after the
    final notice's last day: by then only EUR 500.00 of the EUR 1,250.00 falls due, so the instalments alone do not
    stop the costs. The payment details ask the first by the box's day, the posted letter's in the e-mail too."""
    ledger, claim, due = _plan_in_the_term(tmp_path, language, (date(2026, 3, 11), 500), (date(2026, 4, 25), 750))
    view = letter_view(ledger, claim, due, form)
    day = date(2026, 3, 18)
    assert view.lead.by.endswith(fmt.day(day, language))
    amount = fmt.money(Decimal(500), language).replace("\xa0", " ")
    assert PAY_NEXT[language].format(amount=amount, date=fmt.day(day, language)) in view.pay.note.replace("\xa0", " ")
    assert view.lead.lines[-1].endswith(NOT_ALONE[language])


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
def test_a_plan_whose_instalments_due_in_the_term_add_up_to_what_it_asks_says_they_stop_the_costs(
    tmp_path, language, form
):
    """The first instalment before the posted letter arrives, the second (EUR 750.00) on 16 March: together,
    by the last day, they pay the EUR 1,250.00 the notice asks."""
    installments = ((date(2026, 3, 11), 500), (date(2026, 3, 16), 750))
    ledger, claim, due = _plan_in_the_term(tmp_path, language, *installments)
    view = letter_view(ledger, claim, due, form)
    assert SEVERAL_COVER[language] in view.lead.lines
    page = statement_view(
        assess(ledger, ledger.debtors[0], letter_received(ledger.creditor, ledger.debtors[0], date(2026, 3, 10), form)),
        ledger,
    )
    assert SEVERAL_COVER[language] in page.summary.lines


COSTS_LEFT = {
    "nl": "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na uw laatste termijn, op 25 "
    "april 2026, nog EUR\xa0112,50 aan incassokosten open. Daarvoor sturen wij u daarna een herinnering. Wilt u dat "
    "anders regelen? Neem dan contact met ons op.",
    "en": "Your instalments do not cover everything. Your last instalment is due on 25 April 2026. If you pay them all "
    "on time, EUR\xa0112.50 in collection costs will still be open after it. We will send you a reminder for it after "
    "that. "
    "Would you rather arrange it differently? Please contact us.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_without_interest_agreed_in_the_term_says_the_costs_its_instalments_leave(tmp_path, language):
    """The plan of 5 March (500.00 on 15 March, 750.00 on 25 April) pays the 1,250.00 open, not what the notice of
    1 March asks by 18 March: the costs come over the 750.00 left then (15 %: 112.50). Only the box named costs;
    after the plan the letter said nothing of them, where a plan with interest or of part of the claim says what
    is left after the last instalment (statement.steps.plan_coverage)."""
    ledger = one_debtor_ledger(tmp_path, events=NOTICE_1_MARCH, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert claim.plan_leaves_open == 0 and ledger.creditor.interest == "none"
    assert view.terms[-2] == COSTS_LEFT[language]  # after the plan, before what a miss leads to


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_agreed_after_the_term_ran_out_is_confirmed_as_before(tmp_path, language):
    """Agreed on 20 March, with the costs already charged: the plan was made over what is owed with them."""
    agreed = event(
        date(2026, 3, 20),
        "arrangement",
        installments=[{"due": date(2026, 3, 26), "amount": 500}, {"due": date(2026, 4, 25), "amount": "937.50"}],
    )
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE_1_MARCH[:3], agreed], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 20))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert not _came((*view.lead.lines, *view.terms))


def _notice_again(tmp_path, language: str, day: date):
    """The notice e-mailed on 2 April (last day 16 April, costs from the 17th), posted again on `day`."""
    notices = [event(date(2026, 4, 2), "final_notice", channel="email"), event(day, "final_notice")]
    agreed = {"contact.final_notice_by": "email"}
    ledger = one_debtor_ledger(tmp_path, events=notices, language=language, **agreed)
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = letters_due(claim, NO_RECORD)
    return ledger, letter_view(ledger, claim, due, Channel.LETTER)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("posted", [14, 15])
def test_a_final_notice_sent_again_that_arrives_after_the_first_one_s_term_gives_no_day_already_gone(
    tmp_path, language, posted
):
    """Posted on 14 or 15 April it arrives on the 16th or later: its box said "Uiterlijk 16 april 2026, zonder
    incassokosten", a day it cannot be acted on, and its text and costs section offered a part paid before then.
    The box gives its own term, as a first notice's does; the costs of the first one are said as owed."""
    day = date(2026, 4, posted)
    ledger, view = _notice_again(tmp_path, language, day)
    arrives = letter_received(ledger.creditor, ledger.debtors[0], day, Channel.LETTER)
    assert arrives >= date(2026, 4, 16)
    last_day = final_notice_term_end(ledger.creditor, ledger.debtors[0], day, Channel.LETTER)
    assert fmt.day(last_day, language) in view.lead.by and fmt.day(arrives, language) in view.lead.by
    assert not view.lead.by.startswith(
        f"{'Uiterlijk' if language == 'nl' else 'By'} {fmt.day(date(2026, 4, 16), language)}"
    )
    assert not any(BEFORE_THEN[language] in line for line in view.terms)
    assert BEFORE_THEN[language] not in view.costs
    owed = {"nl": "Dan zijn er vanaf 17 april 2026 incassokosten van", "en": "are owed from 17 April 2026"}
    assert any(owed[language] in line for line in view.terms)
    assert owed[language] not in view.costs  # once: the specification says they are not in its total
    assert view.costs.startswith({"nl": "Vanaf 17 april 2026 verschuldigd", "en": "Owed from 17 April 2026"}[language])


def test_a_final_notice_sent_again_well_inside_the_first_one_s_term_still_heads_with_its_last_day(tmp_path):
    """Posted on 9 April it arrives with days of the first term left (test_a_final_notice_sent_again_heads_...)."""
    _, view = _notice_again(tmp_path, "nl", date(2026, 4, 9))
    assert view.lead.by == "Uiterlijk 16 april 2026, zonder incassokosten"


LAST_DAY_SUBJECT = {
    "nl": "Laatste e-mail (sommatie): geen incassokosten als u uiterlijk 16 april 2026 betaalt",
    "en": "Final notice (in Dutch: sommatie): no collection costs if you pay by 16 April 2026",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_again_on_the_first_one_s_last_day_says_so_in_its_subject(tmp_path, language):
    """E-mailed again on 16 April, the last day of the notice e-mailed on 2 April, it is read that day: its box says
    "Heeft u die sommatie niet uiterlijk 16 april 2026 betaald? Dan komen die kosten erbij", and its text "Dan is 16
    april 2026 uw laatste betaaldag zonder incassokosten". Its subject was the plain "Laatste brief (sommatie)" of a
    notice whose costs are owed already; it says that paying without them can still be done that day. Sent on the
    17th, when they are owed, the plain subject stays."""
    notices = [event(date(2026, 4, 2), "final_notice", channel="email"), event(date(2026, 4, 16), "final_notice")]
    ledger = one_debtor_ledger(tmp_path, events=notices, language=language, **{"contact.final_notice_by": "email"})
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 16))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert view.subject == LAST_DAY_SUBJECT[language]
    assert view.email_subject.startswith(LAST_DAY_SUBJECT[language] + " – ")
    later = one_debtor_ledger(
        tmp_path / "later",
        events=[notices[0], event(date(2026, 4, 17), "final_notice")],
        language=language,
        **{"contact.final_notice_by": "email"},
    )
    claim = assess(later, later.debtors[0], date(2026, 4, 17))
    (due,) = letters_due(claim, NO_RECORD)
    words = NL if language == "nl" else EN
    assert letter_view(later, claim, due, Channel.EMAIL).subject == words["subject_final_notice_plain_email"]


def _notice_again_with_interest(tmp_path, language: str):
    """The review's ledger: the notice e-mailed on 2 April (last day 16 April), posted again on 15 April (assumed
    received on the 17th), interest statutory."""
    notices = [event(date(2026, 4, 2), "final_notice", channel="email"), event(date(2026, 4, 15), "final_notice")]
    agreed = {"contact.final_notice_by": "email"}
    ledger = one_debtor_ledger(tmp_path, events=notices, language=language, interest="statutory", **agreed)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 15))
    (due,) = letters_due(claim, NO_RECORD)
    return letter_view(ledger, claim, due, Channel.LETTER)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_again_after_the_first_one_s_term_promises_no_escape_from_the_costs_owed(
    tmp_path, language
):
    """Arriving on 17 April, when the first notice's costs are owed, it was headed "Laatste brief voordat wij
    kosten rekenen", asked EUR 1.259,59 in its box, QR code and "Totaal te betalen" as if that were all, and said
    "Betaalt u het gevraagde bedrag op tijd, dan komen er geen incassokosten bij": a debtor paying that by 1 May
    relied on it. It asks what the page asks (the QR code pays that), says beside it that the costs come on top and
    are asked apart, has the plain subject and interest sentence, and says the costs paragraph once."""
    view = _notice_again_with_interest(tmp_path, language)
    words = NL if language == "nl" else EN
    assert view.subject == words["subject_final_notice_plain"]
    page_ledger, page_claim = _page_of(tmp_path, language)
    page = statement_view(page_claim, page_ledger)
    assert view.lead.amount == page.summary.amount  # the amount the page asks that day, and the QR code pays
    assert "EUR" + view.pay.payload.split("EUR")[1].split()[0] == "EUR" + amount_of(view.lead.amount)
    aside = {"nl": "EUR\xa0187,50 incassokosten", "en": "collection costs of EUR\xa0187.50"}
    assert any(aside[language] in line for line in view.lead.lines)
    grand = view.totals[-1]
    assert grand.grand and {"nl": "zonder incassokosten", "en": "without collection costs"}[language] in grand.label
    said = " ".join((*view.lead.lines, *view.terms, *view.next_steps.lines, view.costs))
    assert {"nl": "geen incassokosten", "en": "no collection costs"}[language] not in said
    owed = {"nl": "Dan zijn er vanaf 17 april 2026 incassokosten van", "en": "are owed from 17 April 2026"}
    assert said.count(owed[language]) == 1


def _page_of(tmp_path, language: str):
    """The page's ledger and claim of `_notice_again_with_interest` on 15 April."""
    notices = [event(date(2026, 4, 2), "final_notice", channel="email"), event(date(2026, 4, 15), "final_notice")]
    agreed = {"contact.final_notice_by": "email"}
    ledger = one_debtor_ledger(tmp_path / "page", events=notices, language=language, interest="statutory", **agreed)
    return ledger, assess(ledger, ledger.debtors[0], date(2026, 4, 15))


def amount_of(shown: str) -> str:
    """'EUR 1.259,59' (or 1,259.59) as the QR code's 1259.59."""
    digits = shown.replace("EUR", "").replace("\xa0", "").strip()
    whole, cents = digits[:-3], digits[-2:]
    return "".join(c for c in whole if c.isdigit()) + "." + cents


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_business_owing_costs_from_the_due_date_keeps_its_promise_letter(tmp_path, language):
    """business_costs_from_due: no letter sets the costs, no term runs out before a letter arrives. A promise
    posted on the due date's last day (costs from the next) keeps the due date's sentence, its amount as it was,
    and the part that lowers them, as before the notice's letters were changed."""
    events = [event(date(2026, 2, 4), "promise", promised_date=date(2026, 2, 20))]
    ledger = one_debtor_ledger(
        tmp_path, type="business", policy={"business_costs_from_due": True}, events=events, language=language
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 4))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = {
        "nl": "Let op: de uiterste betaaldatum is 4 februari 2026. Heeft u dan niet alles betaald? Dan komen "
        "er EUR\xa0187,50 incassokosten bij, ook als u op de toegezegde dag alles betaalt.",
        "en": "Please note: the due date is 4 February 2026. If you have not paid everything by then, collection "
        "costs of EUR\xa0187.50 are added. This also applies if you pay everything on the day you promised.",
    }
    assert said[language] in view.terms
    assert BEFORE_THEN[language] in view.costs


# -- a final notice while a payment plan is in arrears ------------------------------------------


def _plan_missed_ledger(root, *, notice: bool = False, paid: str | None = None):
    """L-PLAN-MISSED with its instalment reminder recorded (tests.support.letters.plan_missed_ledger)."""
    return load_ledger(plan_missed_ledger(root, notice=notice, paid=paid))


def test_a_final_notice_during_a_plan_in_arrears_asks_what_the_core_needs_to_charge_no_costs(tmp_path):
    """The letter, the page after it and the core state one amount: the one that stops the notice's costs,
    which the core counts over everything overdue, not over the instalments in arrears."""
    due_ledger = _plan_missed_ledger(shutil.copytree(LETTERS_LEDGER, tmp_path / "due"))
    claim = claim_of(due_ledger, "L-PLAN-MISSED", NOTICE_DAY)
    (due,) = letters_due(claim, NO_RECORD)
    letter = letter_view(due_ledger, claim, due, Channel.LETTER)
    sent = _plan_missed_ledger(shutil.copytree(LETTERS_LEDGER, tmp_path / "sent"), notice=True)
    after = claim_of(sent, "L-PLAN-MISSED", NOTICE_DAY)
    page = statement_view(after, sent)
    asked = amount_to_pay(after)
    assert asked == after.amount_overdue == after.total_due > after.running_plan.arrears == Decimal("200.00")
    assert letter.lead.amount == page.summary.amount == page.pay.amount_text == fmt.money(asked)
    # Not "an instalment is open" above a demand for everything overdue: why the whole amount, said once, with the
    # missed instalment's day and amount (s60: the first step no longer says it again).
    why = (
        "De termijn van 15 november 2026 van uw betalingsregeling (EUR\xa0200,00) is nog niet betaald. Daarom vragen "
        "wij nu alles wat te laat is."
    )
    assert letter.lead.lines[0] == page.summary.lines[0] == why
    assert letter.terms[0].startswith(f"Wij vragen u {fmt.money(asked)} te betalen binnen veertien dagen")
    assert letter.pay.payload == page.pay.payload
    # Not the plan's "pay the instalment and it continues", nor "een betalingsregeling is nog steeds mogelijk".
    assert page.message_key == "final_notice_plan"
    assert page.next_steps[0] == (
        f"Wilt u het hele bedrag van {fmt.money(asked)} uiterlijk 24 december 2026 betalen? Lukt dat niet, neem dan "
        "contact met ons op."
    )
    # What the core then does on the day after the term (10 December received, 24 December the last day):
    for paid, costs in (("200.00", True), (str(asked), False)):  # the instalment only; what the letter asks
        root = shutil.copytree(LETTERS_LEDGER, tmp_path / f"paid-{paid}")
        later = claim_of(_plan_missed_ledger(root, notice=True, paid=paid), "L-PLAN-MISSED", date(2026, 12, 28))
        assert (later.settlement.costs is not None) == costs, paid


def test_an_agency_whose_name_ends_in_a_full_stop_ends_the_sentence_once(tmp_path):
    from tests.support.ledgers import event, one_debtor_ledger

    handover = event(date(2026, 3, 2), "handover", agency="Incassobureau Domstad B.V.")
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder"), handover])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 2))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    # Below an opening that does not name it (a site's own); the shipped ones name it ({agency}: fmt.filled_in).
    named = view.read_with(()).terms[0]
    assert named == "Wij hebben uw dossier op 2 maart 2026 overgedragen aan Incassobureau Domstad B.V."


def test_the_reminder_of_a_plans_last_instalment_does_not_promise_more_instalments(tmp_path):
    view = instalment_reminder(tmp_path, 600, date(2026, 4, 3))
    assert view.terms[0].endswith("De termijn van 1 april 2026 (EUR\xa0650,00) hebben wij nog niet ontvangen.")
    assert view.terms[1].endswith("Dan heeft u alle termijnen van uw regeling betaald.")
    assert "volgende termijnen" not in " ".join(view.terms)


def test_the_letter_confirming_a_plan_for_part_of_the_claim_says_what_it_leaves_open(tmp_path):
    from tests.support.ledgers import event, one_debtor_ledger

    plan = [{"due": date(2026, 3, 1), "amount": 200}, {"due": date(2026, 4, 1), "amount": 200}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 10))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    left = fmt.money(claim.total_due - 400)
    assert f"Na uw laatste termijn, op 1 april 2026, staat er nog {left} open" in " ".join(view.terms)


@pytest.mark.parametrize(
    "before, then",
    [
        ([], "Blijft de termijn ook daarna open? Dan is de volgende stap: wij sturen u een aanmaning."),
        (
            [event(date(2026, 2, 19), "dunning")],
            "Blijft de termijn ook daarna open? Dan vragen wij in onze laatste brief (sommatie) alles wat dan te "
            "laat is, niet alleen de termijn. Betaalt u ook na die brief niet, dan komen er incassokosten bij.",
        ),
    ],
    ids=["after a reminder", "after a dunning letter"],
)
def test_the_plan_confirmation_names_the_step_after_a_missed_instalment_s_reminder_as_the_core_counts_it(
    tmp_path, before, then
):
    plan = [{"due": date(2026, 3, 1), "amount": 200}, {"due": date(2026, 4, 1), "amount": 200}]
    events = [event(date(2026, 2, 5), "reminder"), *before, event(date(2026, 2, 20), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 20))
    (due,) = letters_due(claim, NO_RECORD)
    terms = " ".join(letter_view(ledger, claim, due, Channel.EMAIL).terms)
    assert f"wij sturen u een betalingsherinnering. {then}" in terms


def test_the_english_plan_confirmation_names_the_step_after_a_missed_instalment_as_a_clause(tmp_path):
    # "the next step is: we will contact you." read as a Dutch colon copied into English.
    plan = [{"due": date(2026, 3, 1), "amount": 200}, {"due": date(2026, 4, 1), "amount": 200}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 20), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, language="en", events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 20))
    (due,) = letters_due(claim, NO_RECORD)
    terms = " ".join(letter_view(ledger, claim, due, Channel.EMAIL).terms)
    assert "If it stays unpaid, we will send you a formal reminder." in terms


def test_the_plan_confirmation_promises_no_costs_after_the_notice_when_they_are_charged_already(tmp_path):
    # A business owing costs from the due dates: the notice after a missed instalment adds none.
    plan = [{"due": date(2026, 3, 1), "amount": 200}, {"due": date(2026, 4, 1), "amount": 200}]
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 2, 20), "arrangement", installments=plan),
    ]
    ledger = one_debtor_ledger(tmp_path, type="business", policy={"business_costs_from_due": True}, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 20))
    assert claim.costs.state == "charged"
    (due,) = letters_due(claim, NO_RECORD)
    terms = " ".join(letter_view(ledger, claim, due, Channel.EMAIL).terms)
    assert "niet alleen de termijn." in terms
    assert "komen er incassokosten bij" not in terms


def test_a_plan_confirmed_after_a_dispute_was_answered_names_the_steps_from_today(tmp_path):
    # Agreed during the dispute, its first date passed before the answer: confirmed on the answer's day,
    # it says what a miss leads to now (a reminder, then a dunning letter), not "we will contact you".
    plan = [{"due": date(2026, 4, 1), "amount": 200}, {"due": date(2026, 5, 1), "amount": 200}]
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 3, 20), "dispute", reason="Niet geleverd"),
        event(date(2026, 3, 25), "arrangement", installments=plan),
        event(date(2026, 4, 10), "dispute_resolved", outcome="Geleverd, bon getoond"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 10))
    due = DueLetter(LetterKind.ARRANGEMENT, claim.plan.event)
    terms = " ".join(letter_view(ledger, claim, due, Channel.EMAIL).terms)
    assert (
        "Dan gaan wij verder met de incasso: wij sturen u een betalingsherinnering. Blijft de termijn ook daarna "
        "open? Dan is de volgende stap: wij sturen u een aanmaning." in terms
    )


def test_a_final_notice_sent_again_heads_with_the_day_that_stops_the_earlier_notice_s_costs(tmp_path):
    # E-mailed on 2 April (costs from 17 April), posted again on 9 April (its term to 28 April): the box
    # a reader looks at gives 16 April, as the page does, and the text still states the letter's term.
    notices = [event(date(2026, 4, 2), "final_notice", channel="email"), event(date(2026, 4, 9), "final_notice")]
    agreed = {"contact.final_notice_by": "email"}  # the e-mail brings costs: the consumer agreed to it
    ledger = one_debtor_ledger(tmp_path, events=notices, interest="statutory", **agreed)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 9))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.lead.by == "Uiterlijk 16 april 2026, zonder incassokosten"
    terms = " ".join(view.terms)
    assert "28 april 2026" in terms
    # The first notice's amount stops its costs, not "alles" (the interest has run on since).
    assert f"Heeft u dan niet {fmt.money(claim.costs.asked_left)} betaald?" in terms


def _handed_over_letter(tmp_path, **agency):
    from tests.support.ledgers import event, one_debtor_ledger

    handover = event(date(2026, 3, 2), "handover", agency="Incassobureau Domstad B.V.", **agency)
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder"), handover])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 2))
    (due,) = letters_due(claim, NO_RECORD)
    return letter_view(ledger, claim, due, Channel.EMAIL), statement_view(claim, ledger)


@pytest.mark.parametrize(
    ("agency", "online"),
    [
        ({}, True),  # paid to us: the creditor's payment page, as on the statement page
        ({"agency_iban": "NL02INGB0006841297", "agency_reference": "DOM-2026-0815"}, False),  # the agency is paid
    ],
)
def test_the_letter_offers_the_payment_page_where_the_statement_page_does(tmp_path, agency, online):
    letter, page = _handed_over_letter(tmp_path, **agency)
    assert (page.pay.link is not None) is online
    if online:
        host = page.pay.link_host
        assert letter.pay.online == ("Betaal online, via onze betaalpagina:", f"Betaal online ({host})", page.pay.link)
    else:
        assert letter.pay.online is None


def test_the_handover_notice_says_what_the_page_says_whom_to_call_and_pay_with_one_reference(tmp_path):
    """An agency with a phone and an account: the letter names its phone for a plan, as the page does, and
    asks for the agency's reference only; ours is named as ours, never as a payment reference."""
    letter, page = _handed_over_letter(
        tmp_path, agency_phone="+31 30 298 40 00", agency_iban="NL02INGB0006841297", agency_reference="DOM-2026-0815"
    )
    assert letter.terms[1:] == (
        "Betaal voortaan aan Incassobureau Domstad B.V. De gegevens staan hieronder, bij ‘Zo betaalt u’.",
        "Wilt u een betalingsregeling, of heeft u een vraag over de betaling? Neem dan contact op met "
        "Incassobureau Domstad B.V.: telefoon +31 30 298 40 00.",
    )
    assert letter.terms[1] == page.summary.lead.lines[1]  # whom to pay, in the page's words
    assert letter.next_steps.lines[0] == page.next_steps[0]  # that a court case may follow, as the page says
    assert "rechtszaak" in letter.next_steps.lines[0]
    assert letter.way_out.lines[0] == page.plan_option.text  # a plan with the agency, not "met ons"
    words = " ".join((*letter.terms, *letter.way_out.lines, *letter.contact.lines, *(v for _, v in letter.meta)))
    assert "met ons" not in words
    # the agency's own text is no RF reference: a bank app's Betalingskenmerk field refuses it (s26 phone 5)
    assert dict(letter.pay.fields)["Omschrijving"] == "DOM-2026-0815" == page.pay.reference
    assert "Betalingskenmerk" not in dict(letter.pay.fields)
    rf = letter.meta[0][1]
    assert letter.meta[0] == ("Ons kenmerk", rf)
    assert letter.contact.lines[-1] == f"Noem ons kenmerk {rf}."
    assert "betalingskenmerk" not in letter.email_subject
    every_line = (*letter.terms, *letter.contact.lines, letter.email_subject, *(f"{k} {v}" for k, v in letter.meta))
    assert not any(f"betalingskenmerk {rf}".lower() in line.lower() for line in every_line)


def test_the_handover_notice_without_a_way_to_reach_the_agency_says_to_call_us(tmp_path):
    letter, page = _handed_over_letter(tmp_path)
    assert letter.terms[1:] == page.summary.lead.lines[1:]
    assert letter.terms[-1].startswith("U hoort van Incassobureau Domstad B.V. hoe u hen kunt bereiken.")
    assert letter.meta[0][0] == "Betalingskenmerk"  # paid to us: our reference is the payment reference


@pytest.mark.parametrize(("amount", "minimum"), [("266.63", True), ("266.66", True), ("266.67", False)])
def test_the_final_notice_says_the_minimum_set_its_costs_exactly_where_its_steps_do(tmp_path, amount, minimum):
    """15 % of EUR 266.67 is 40.0005: the steps show EUR 40.00, so the minimum did not set it. The letter's
    terms said it did, beside its own specification's '15% over EUR 266,67 = EUR 40,00' (review s27, 1). 15 % of
    EUR 266.66 is 39.999, shown rounded down as EUR 39.99: the minimum set it, and both say so."""
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 21), "dunning")]
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(amount=Decimal(amount))], events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))  # the call after the dunning letter is past
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert due.kind == "final_notice"
    assert ("wettelijke minimum" in " ".join(view.terms)) is minimum
    assert ("wettelijke minimum" in view.costs) is minimum
    assert ("= EUR\u00a040,00." in view.costs) is not minimum


def test_a_final_notice_after_costs_charged_from_the_due_date_does_not_say_they_are_still_to_come(tmp_path):
    """business_costs_from_due: the costs were charged per late invoice, in two parts on two days, before the
    final notice. Its subject and opening say no 'before we charge costs', and the specification gives both days."""
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    invoices = [
        invoice(number="F-1", due=date(2026, 2, 4), amount=Decimal("1250.00")),
        invoice(number="F-2", due=date(2026, 2, 20), amount=Decimal("845.00")),
    ]
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 21), "dunning"),
        event(date(2026, 2, 22), "call", spoke_with="Jan"),
    ]
    ledger = one_debtor_ledger(
        tmp_path, type="business", policy={"business_costs_from_due": True}, invoices=invoices, events=events
    )
    ahead = assess(ledger, ledger.debtors[0], date(2026, 2, 23))
    assert ahead.next_action.kind == "final_notice"
    claim = assess(ledger, ledger.debtors[0], ahead.next_action.due)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert claim.costs.state == "charged"
    assert view.subject == "Laatste brief (sommatie)"
    # Each invoice's part (F-1's as it fell late, F-2's the staffel's rise over both): what the payments name.
    assert view.costs.endswith(
        "In rekening gebracht in delen: het eerste op 5 februari 2026, het laatste op 21 februari 2026. "
        "Verdeeld over de facturen: F-1 EUR\u00a0187,50, F-2 EUR\u00a0126,75. "
        "Zo berekend: 15% over EUR\u00a02.095,00 = EUR\u00a0314,25."
    )
    page = statement_view(claim, ledger)  # the page says the same, its steps on lines of their own
    assert view.costs == page.costs + " Zo berekend: 15% over EUR\u00a02.095,00 = EUR\u00a0314,25."
    assert page.costs_steps == ("15% over EUR\u00a02.095,00: EUR\u00a0314,25",)


def test_costs_charged_and_partly_paid_are_said_with_what_is_left_of_them(tmp_path):
    """A payment naming F-1 paid its costs (187.50) and some of it; F-2 late since adds its part: the letter
    must not read as if all of the costs were new."""
    from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

    invoices = [
        invoice(number="F-1", due=date(2026, 2, 4), amount=Decimal("1250.00")),
        invoice(number="F-2", due=date(2026, 2, 20), amount=Decimal("845.00")),
    ]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 21), "dunning")]
    paid = [payment(date=date(2026, 2, 10), amount=Decimal("500.00"), invoice="F-1")]
    ledger = one_debtor_ledger(
        tmp_path,
        type="business",
        policy={"business_costs_from_due": True},
        invoices=invoices,
        events=events,
        payments=paid,
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE and claim.settlement.costs_paid == Decimal("187.50")
    left = fmt.money(claim.settlement.costs_open)
    sentence = f"Daarom rekenen wij {fmt.money(claim.costs.amount)} incassokosten. Daarvan heeft u EUR\u00a0187,50 al "
    assert sentence + f"betaald; nog open: {left}." in " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)


def test_a_consumers_final_notice_still_says_it_comes_before_the_costs(ledger):
    assert view_of(ledger, "L-FINAL").subject == "Laatste brief voordat wij kosten rekenen (sommatie)"


def test_the_english_handover_notice_speaks_of_what_is_owed_not_of_an_account(tmp_path):
    """'Your account' reads as a bank account to a reader of English as a second language."""
    from tests.support.ledgers import event, one_debtor_ledger

    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 3, 5), "final_notice"),
        event(date(2026, 4, 1), "handover", agency="Incasso Voorbeeld B.V."),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events, language="en")
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 1))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    # The file is handed over, as in Dutch ("uw dossier"): the debt is not sold, we stay the creditor.
    assert view.subject == "Your file has been handed over to Incasso Voorbeeld B.V."
    assert "On 1 April 2026 we handed your file over to Incasso Voorbeeld B.V." in " ".join(view.read_with(()).terms)
    assert "account" not in view.subject + " ".join(view.terms)
    assert "what you owe us" not in view.subject + " ".join(view.terms)


def test_a_letter_says_a_notice_s_term_runs_on_through_a_dispute_only_while_one_runs(tmp_path):
    # In a first reminder the sentence would only worry; in the notice itself it is "this letter's" term.
    from tests.support.ledgers import event, one_debtor_ledger

    def dispute_line(ledger, day):
        claim = assess(ledger, ledger.debtors[0], day)
        (due,) = letters_due(claim, NO_RECORD)
        lines = letter_view(ledger, claim, due, Channel.LETTER).way_out.lines
        return due.kind, next(line for line in lines if line.startswith("Klopt de factuur niet?"))

    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    notice = event(date(2026, 3, 5), "final_notice", channel="letter")
    promise = event(date(2026, 3, 9), "promise", promised_date=date(2026, 3, 12), amount="100.00")
    assert dispute_line(one_debtor_ledger(tmp_path / "a"), date(2026, 2, 5)) == (
        LetterKind.REMINDER,
        "Klopt de factuur niet? Laat het ons weten. Zolang wij dat uitzoeken, sturen wij u geen nieuwe brieven.",
    )
    kind, line = dispute_line(one_debtor_ledger(tmp_path / "b", events=[*steps, notice]), date(2026, 3, 5))
    assert kind == LetterKind.FINAL_NOTICE and line.endswith("De termijn van deze brief loopt wel door.")
    # The same notice as an e-mail (a consumer who agreed to e-mail) speaks of "this e-mail", as its term does.
    emailed = one_debtor_ledger(tmp_path / "e", events=[*steps, notice], **{"contact.final_notice_by": "email"})
    claim = assess(emailed, emailed.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    lines = letter_view(emailed, claim, due, Channel.EMAIL).way_out.lines
    assert next(x for x in lines if x.startswith("Klopt de factuur niet?")).endswith(
        "De termijn van deze e-mail loopt wel door."
    )
    ledger = one_debtor_ledger(tmp_path / "c", events=[*steps, notice, promise])
    kind, line = dispute_line(ledger, date(2026, 3, 9))
    assert kind == LetterKind.PROMISE and line.endswith("De termijn van onze laatste brief (sommatie) loopt wel door.")
    # A promise in the term of an e-mailed notice: that notice is no "brief" (statement.tables.notice_named).
    by_email = {**notice, "channel": "email"}
    ledger = one_debtor_ledger(
        tmp_path / "d", events=[*steps, by_email, promise], **{"contact.final_notice_by": "email"}
    )
    kind, line = dispute_line(ledger, date(2026, 3, 9))
    assert kind == LetterKind.PROMISE and line.endswith("De termijn van onze sommatie per e-mail loopt wel door.")


@pytest.mark.parametrize(
    "language, sentence",
    [
        (
            "nl",
            "Factuur F2026-0002 stond nog niet in onze laatste brief (de sommatie van 3 maart 2026). Voor die factuur "
            "krijgt u daarom eerst deze brief. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
        ),
        (
            "en",
            "Invoice F2026-0002 was not yet in our last letter (the final notice of 3 March 2026). For that "
            "invoice, we are starting with this letter. The other amounts are in it too, so that you see everything together.",
        ),
    ],
)
def test_a_reminder_after_a_final_notice_says_which_newer_invoice_it_is_for(tmp_path, language, sentence):
    reminder_after_the_notice(tmp_path, language, "letter", sentence)


@pytest.mark.parametrize(
    "language, sentence",
    [
        (
            "nl",
            "Factuur F2026-0002 stond nog niet in onze sommatie per e-mail van 3 maart 2026. Voor die factuur "
            "krijgt u daarom eerst deze brief. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
        ),
        (
            "en",
            "Invoice F2026-0002 was not yet in our final notice, emailed on 3 March 2026. For that "
            "invoice, we are starting with this letter. The other amounts are in it too, so that you see everything together.",
        ),
    ],
)
def test_a_reminder_after_an_emailed_final_notice_names_that_notice_as_an_e_mail(tmp_path, language, sentence):
    # Not "onze laatste brief (de sommatie van ...)": it was no letter (statement.tables.notice_named).
    reminder_after_the_notice(tmp_path, language, "email", sentence)


@pytest.mark.parametrize(
    "language, sentence",
    [
        (
            "nl",
            "Factuur F2026-0002 stond nog niet in onze sommatie van 3 maart 2026 in ons klantportaal. Voor die factuur "
            "krijgt u daarom eerst deze brief. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
        ),
        (
            "en",
            "Invoice F2026-0002 was not yet in our final notice, sent in our customer portal on 3 March 2026. For that "
            "invoice, we are starting with this letter. The other amounts are in it too, so that you see everything together.",
        ),
    ],
)
def test_a_reminder_after_a_final_notice_in_the_portal_names_that_notice_as_a_message_there(
    tmp_path, language, sentence
):
    # Worded as the letter's and the e-mail's variants: not "For that invoice you therefore first get this letter".
    reminder_after_the_notice(tmp_path, language, "portal", sentence)


def reminder_after_the_notice(tmp_path, language: str, channel: str, sentence: str) -> None:
    """A reminder of F2026-0002, due after the final notice of 3 March (by `channel`), says `sentence` of it."""
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 1), amount=Decimal("700.00"))
    notice = event(date(2026, 3, 3), "final_notice", channel=channel)
    # A consumer's e-mail (or portal message) needs consent: else a posted final notice comes first.
    agreed = {"contact.final_notice_by": "email"} if channel in ("email", "portal") else {}
    ledger = one_debtor_ledger(tmp_path, language=language, invoices=[invoice(), later], events=[notice], **agreed)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.REMINDER
    assert letter_view(ledger, claim, due, Channel.LETTER).terms == (sentence,)


@pytest.mark.parametrize(
    "language, start",
    [("nl", "factuur krijgt u daarom eerst deze e-mail."), ("en", "invoice, we are starting with this email.")],
)
def test_a_reminder_sent_by_e_mail_after_a_final_notice_names_itself_an_e_mail(tmp_path, language, start):
    # "krijgt u daarom eerst deze brief" in an e-mail: the letter names itself as the confirmations do (this_letter).
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 1), amount=Decimal("700.00"))
    notice = event(date(2026, 3, 3), "final_notice", channel="letter")
    ledger = one_debtor_ledger(tmp_path, language=language, invoices=[invoice(), later], events=[notice])
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    (due,) = letters_due(claim, NO_RECORD)
    (line,) = letter_view(ledger, claim, due, Channel.EMAIL).terms
    assert start in line and "brief." not in line and "this letter" not in line


def test_a_dunning_letter_that_asks_a_plan_s_missed_instalment_does_not_say_it_is_a_newer_invoice_s(tmp_path):
    """The newer invoice climbs its own steps, but while the plan is in arrears the letter asks the missed
    instalment only: "for that invoice you get this letter first" over a box that does not ask for it misleads."""
    newer = invoice(number="F2026-0002", date=date(2026, 3, 20), due=date(2026, 4, 19), amount=Decimal("500.00"))
    plan = [
        {"due": date(2026, 4, 1), "amount": Decimal("400.00")},
        {"due": date(2026, 5, 1), "amount": Decimal("850.00")},
    ]
    events = [
        event(date(2026, 3, 3), "final_notice"),
        event(date(2026, 3, 25), "arrangement", installments=plan),
        event(date(2026, 5, 4), "reminder"),
    ]
    paid = [payment(date=date(2026, 4, 1), amount=Decimal("400.00"))]
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), newer], events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 18))
    assert claim.next_action.newer_first and claim.status == "arrangement"
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert due.kind == LetterKind.DUNNING and view.lead.amount == fmt.money(Decimal("850.00"))
    assert not any("F2026-0002" in line for line in view.terms)


def test_a_reminder_of_an_invoice_newer_than_a_final_notice_opens_without_it_may_have_slipped_your_mind(
    tmp_path,
):
    later = invoice(number="F2026-0002", date=date(2026, 3, 10), due=date(2026, 4, 1), amount=Decimal("700.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), later], events=[event(date(2026, 3, 3), "final_notice")])
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.REMINDER, "reminder_newer")
    assert statement_view(claim, ledger).message_key == "newer_invoice"


def test_the_letters_payments_table_says_the_rule_its_shares_follow_as_the_page_does(tmp_path):
    events = [event(date(2026, 3, 3), "reminder")]
    paid = [payment(date=date(2026, 3, 1), amount=Decimal("300.00"))]
    ledger = one_debtor_ledger(tmp_path, events=events, payments=paid, interest="statutory")
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert view.payments.note == statement_view(claim, ledger).allocation
    assert view.payments.note.startswith("Een betaling gaat volgens de wet eerst naar de rente")


def test_a_reminder_without_a_final_notice_before_it_has_no_such_sentence(ledger):
    assert view_of(ledger, "L-REMIND").terms == ()


def test_a_letter_without_a_link_asks_the_debtor_to_call_for_what_it_leaves_out(ledger):
    linked = view_of(ledger, "L-MANY", link="https://example.nl/s/abc/")
    assert linked.invoices.more_line(2) == (
        "Er staan twee facturen niet in deze brief; u ziet ze op uw persoonlijke overzicht."
    )
    assert linked.interest is not None and "{count}" not in linked.interest.more  # no "(1 regels)"
    alone = view_of(ledger, "L-MANY")
    assert alone.link is None
    assert alone.invoices.more_line(14) == (
        "Er staan 14 facturen niet in deze brief. Wilt u de hele lijst? Bel of mail ons, dan sturen wij hem u."
    )
    assert all("overzicht" not in table.more for table in (alone.invoices, alone.payments, alone.interest) if table)


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        (
            "nl",
            (
                "Er staat één factuur niet in deze brief; u ziet hem op uw persoonlijke overzicht.",
                "Wij ontvingen één betaling. Hoe wij die hebben verwerkt, staat op uw persoonlijke overzicht.",
            ),
            (
                "Er staan twee facturen niet in deze brief; u ziet ze op uw persoonlijke overzicht.",
                "Wij ontvingen twee betalingen. Hoe wij ze hebben verwerkt, staat op uw persoonlijke overzicht.",
            ),
        ),
        (
            "en",
            (
                "This letter leaves out one invoice; you can see it on your personal overview.",
                "We received one payment. How we applied it is on your personal overview.",
            ),
            (
                "This letter leaves out two invoices; you can see them on your personal overview.",
                "We received two payments. How we applied them is on your personal overview.",
            ),
        ),
    ],
)
def test_what_a_shortened_letter_leaves_out_is_a_sentence_in_the_singular_or_plural(tmp_path, lang, one, two):
    """Not "Facturen die hier niet staan: 1." / "Ontvangen betalingen: 1.", a form's lines."""
    paid = [payment(date=date(2026, 2, 20), amount=Decimal("100.00"))]
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder")], payments=paid, language=lang)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER, link="https://example.nl/s/abc/")
    assert view.payments is not None
    assert (view.invoices.more_line(1), view.payments.more_line(1)) == one
    assert (view.invoices.more_line(2), view.payments.more_line(2)) == two


def test_a_reminder_of_what_is_left_after_a_kept_promise_opens_without_it_may_have_slipped_your_mind(tmp_path):
    whole = event(date(2026, 2, 24), "promise", promised_date=date(2026, 4, 20))  # the whole amount
    events = [event(date(2026, 2, 5), "reminder"), whole]
    then = one_debtor_ledger(tmp_path / "then", interest="statutory", events=events)
    balance = assess(then, then.debtors[0], date(2026, 2, 24)).promise.amount
    paid = [payment(date=date(2026, 4, 20), amount=balance)]  # what is left: the interest since
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 25))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.REMINDER, "reminder_rest")
    assert view.lead.lines[0].startswith("Dank u wel dat u zich aan onze afspraak heeft gehouden.")


def test_after_a_kept_promise_of_part_one_letter_asks_the_rest_and_thanks_first_then_the_dunning_letter(tmp_path):
    """1,000.00 promised of 1,250.00 after a reminder whose term ran out before the promised day, and paid: one letter
    asks the rest (its confirmation said so), thanking for the promise kept first, without "it may have slipped your
    mind", and names the dunning letter if it is not paid by its own day."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1000.00")),
    ]
    paid = [payment(date=date(2026, 3, 5), amount=Decimal("1000.00"))]
    ledger = one_debtor_ledger(tmp_path, events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 11))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.REMINDER, "reminder_rest")
    assert view.lead.lines[0] == (
        "Dank u wel: u heeft betaald wat u ons had toegezegd, EUR\xa01.000,00 uiterlijk 6 maart 2026. Er staat nog "
        "EUR\xa0250,00 open. Wilt u dit bedrag uiterlijk 24 maart 2026 betalen?"
    )
    assert view.next_steps.lines[0].endswith("Dan sturen wij u een aanmaning.")


@pytest.mark.parametrize("form", [Channel.LETTER, Channel.EMAIL])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_after_a_kept_promise_of_part_thanks_without_a_day_of_its_own(tmp_path, language, form):
    """Its term runs from the day after receipt: the box and the notice's own sentence give the day, conditionally
    by post. A thanks line asking the rest "uiterlijk 25 maart" unconditionally states the term wrongly when the
    letter arrives later, and a wrong statement of the term loses the costs (art. 6:96 lid 6 BW)."""
    # Dunned on 24 February: the final notice was due on 10 March, after the promised day, so it is the letter that
    # asks the rest (no letter of its own comes in front of it).
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "dunning"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1000.00")),
    ]
    paid = [payment(date=date(2026, 3, 5), amount=Decimal("1000.00"))]
    ledger = one_debtor_ledger(tmp_path, language=language, interest="statutory", events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, form)
    assert view.kind == LetterKind.FINAL_NOTICE
    thanks = {
        "nl": "Dank u wel: u heeft betaald wat u ons had toegezegd, EUR\xa01.000,00 uiterlijk 6 maart 2026. Er staat "
        "nog EUR\xa0254,11 open.",
        "en": "Thank you: you paid what you promised us, EUR\xa01,000.00 by 6 March 2026. EUR\xa0254.11 is still open.",
    }
    assert view.lead.lines[0] == thanks[language]


def test_a_first_reminder_after_a_kept_promise_of_part_opens_without_it_may_have_slipped_your_mind(tmp_path):
    """Promised and paid before any letter: the first reminder of the rest does not guess it was forgotten."""
    promise = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20), amount=Decimal("500.00"))
    paid = [payment(date=date(2026, 2, 20), amount=Decimal("500.00"))]
    ledger = one_debtor_ledger(tmp_path, events=[promise], payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 21))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.REMINDER, "reminder_rest")
    assert view.lead.lines[0].startswith("Dank u wel: u heeft betaald wat u ons had toegezegd, EUR\xa0500,00")


def test_the_confirmation_of_a_promise_of_part_says_the_rest_is_asked_by_the_step_reached(tmp_path):
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1000.00")),
    ]
    ledger = one_debtor_ledger(tmp_path, language="en", events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    # Kept, one letter asks the rest, then the dunning letter; missed, the dunning letter asks all of it
    # (tests/letters/test_terms.py).
    assert view.terms[0].endswith(
        "On the day of this letter, that leaves EUR\xa0250.00 to pay. For it, we will send you a letter or an "
        "email after 6 March 2026, with the amount on that day. If it stays unpaid, we will send you a formal "
        "reminder. Would you rather pay it in instalments? Ask us for a payment plan."
    )
    assert view.terms[-1].startswith(
        "We need to receive EUR\xa01,000.00 by 6 March 2026. If we do not, we will send you a formal reminder."
    )


def test_the_confirmation_of_a_promise_of_more_than_is_owed_names_no_sum_as_the_one_promised(tmp_path):
    """4000.00 typed for 400.00 against 1,250.00 owed: the letter said "you promised to pay us EUR 1,250.00", a
    sum never promised. It is a promise of the whole, and says so (the log and staff are told of the amount)."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("4000.00")),
    ]
    ledger = one_debtor_ledger(tmp_path, language="en", events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.terms[0] == (
        "On 24 February 2026 you promised to pay us the whole amount by 6 March 2026. Today that is EUR\xa01,250.00. "
        "We confirm that agreement in this letter."
    )
    page = statement_view(claim, ledger)
    assert not any("EUR\xa04,000.00" in line for line in page.next_steps)


def test_an_ordinary_reminder_opens_with_its_own_text(ledger):
    assert view_of(ledger, "L-REMIND").opening == "reminder"


def test_the_confirmation_of_a_promise_in_the_final_notice_term_does_not_put_the_rest_off(tmp_path):
    promise = event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 31), amount=Decimal("500.00"))
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 3, 3), "final_notice"), promise])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.terms[0].endswith("Daarna staat er nog EUR\xa0750,00 open.")  # not "Dat vragen wij u later"
    assert view.terms[1].startswith("Let op: de termijn van onze laatste brief (sommatie) loopt door.")
    assert view.totals[-1].label == "Totaal open"  # nor does its total: "(waarvan EUR 750,00 later te betalen)"


def _promise_after_the_term(tmp_path, language):
    """Final notice posted 6 March (term ended 24 March, EUR 187,50 costs charged); on 5 April a promise of
    600.00 by 15 April, 100.00 of it paid on 7 April; confirmed on 8 April."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 3, 6), "final_notice", channel="letter"),
        event(date(2026, 4, 5), "promise", promised_date=date(2026, 4, 15), amount=Decimal("600.00")),
    ]
    paid = [payment(date=date(2026, 4, 7), amount=Decimal("100.00"))]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 8))
    return letter_view(ledger, claim, DueLetter(LetterKind.PROMISE, claim.pending_promise.event), Channel.LETTER)


def test_a_promise_of_part_after_the_final_notice_term_asks_the_rest_by_one_letter_before_a_handover(tmp_path):
    """It said "Staat er op 16 april 2026 nog iets open, ook als u de EUR 500,00 op tijd heeft betaald? Dan ...
    incassobureau", with no way out: kept, the rest is asked by one letter first, later to pay, and the handover
    comes only if that is not paid in time; a plan is the way out. What was promised, and what is left of it."""
    view = _promise_after_the_term(tmp_path, "nl")
    assert view.terms[0] == (
        "Op 5 april 2026 heeft u ons toegezegd EUR\xa0600,00 te betalen, uiterlijk 15 april 2026. Daarvan heeft u "
        "EUR\xa0100,00 al betaald: er staat nog EUR\xa0500,00 van open. Met deze brief bevestigen wij die afspraak. "
        "Zodra u dat heeft betaald, is EUR\xa0500,00 van de EUR\xa01.337,50 betaald. Wat er dan nog "
        "openstaat, is op de dag van deze brief EUR\xa0837,50. Daarvoor sturen wij u na 15 april 2026 een brief of een "
        "e-mail, met het bedrag op die dag. Betaalt u dat niet op tijd? Dan is de volgende stap: wij kunnen uw dossier "
        "overdragen aan een incassobureau. Wilt u het liever in termijnen betalen? Vraag dan een betalingsregeling aan."
    )
    assert view.totals[-1].label == (
        "Totaal open (waarvan EUR\xa0500,00 uiterlijk 15 april 2026 en EUR\xa0837,50 later te betalen)"
    )


def test_a_promise_of_part_after_the_final_notice_term_in_english(tmp_path):
    view = _promise_after_the_term(tmp_path, "en")
    assert view.terms[0] == (
        "On 5 April 2026 you promised to pay us EUR\xa0600.00 by 15 April 2026. You have already paid EUR\xa0100.00 "
        "of it: EUR\xa0500.00 of it is still to pay. We confirm that agreement in this letter. Once you "
        "have paid it, EUR\xa0500.00 of the EUR\xa01,337.50 is paid. On the day of this letter, that leaves "
        "EUR\xa0837.50 to pay. For it, we will send you a letter or an email after 15 April 2026, with the amount on that "
        "day. If it stays unpaid, we may hand your file over to a collection agency. Would you rather pay it in "
        "instalments? Ask us for a payment plan."
    )
    assert view.totals[-1].label == (
        "Total outstanding (EUR\xa0500.00 of it due by 15 April 2026, EUR\xa0837.50 later)"
    )


@pytest.mark.parametrize(
    "language, rest",
    [
        (
            "nl",
            "Dan staat er na uw laatste termijn, op 25 april 2026, nog EUR\xa0437,50 open. Daarin zitten de "
            "incassokosten van EUR\xa0187,50.",
        ),
        (
            "en",
            "EUR\xa0437.50 will still be open after your last instalment, on 25 April 2026. That includes the "
            "collection costs of EUR\xa0187.50.",
        ),
    ],
)
def test_a_plan_confirmation_read_after_the_final_notice_term_counts_the_costs_in_what_it_leaves(
    tmp_path, language, rest
):
    """Posted 1 March, the notice's term ends on 18 March; a plan of 500 + 500 against 1,250.00 agreed on
    12 March and confirmed on 17 March, read after that day: paid as agreed, the costs are charged after the
    term (claims.assess.plan_rest), so 437.50 is left, not the 250.00 the instalments leave of the invoice."""
    installments = [{"due": date(2026, 3, 26), "amount": 500}, {"due": date(2026, 4, 25), "amount": 500}]
    events = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 10), "dunning"),
        event(date(2026, 3, 1), "final_notice", channel="letter"),
        event(date(2026, 3, 12), "arrangement", installments=installments),
    ]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    view = letter_view(ledger, claim, DueLetter(LetterKind.ARRANGEMENT, claim.running_plan.event), Channel.LETTER)
    assert any(rest in line for line in view.terms), view.terms


@pytest.mark.parametrize(
    "language, box, short",
    [
        (
            "nl",
            "Hier zitten de EUR\xa0187,50 incassokosten van onze eerste sommatie niet in. Heeft u die sommatie niet "
            "uiterlijk 16 april 2026 betaald? Dan komen die kosten erbij; die vragen wij apart.",
            "Vanaf 17 april 2026 verschuldigd: EUR\xa0187,50. Dat geldt als u onze eerste sommatie niet uiterlijk 16 "
            "april 2026 heeft betaald (zie hierboven).",
        ),
        (
            "en",
            "This does not include the collection costs of EUR\xa0187.50 from our first final notice. If you have not "
            "paid that notice by 16 April 2026, those costs come on top. We will ask for them separately.",
            "Owed from 17 April 2026: EUR\xa0187.50. That applies if you have not paid our first final notice by 16 "
            "April 2026 (see above).",
        ),
    ],
)
def test_a_final_notice_sent_again_on_the_first_one_s_last_day_says_its_costs_in_the_present(
    tmp_path, language, box, short
):
    """E-mailed on 16 April, the first notice's last day: the debtor can still pay that day, as the letter's own
    costs sentence says ("Dan is 16 april 2026 uw laatste betaaldag"); the box said "Betaalde u die sommatie niet
    op tijd?", as if the day were gone."""
    events = [
        event(date(2026, 3, 1), "reminder"),
        event(date(2026, 3, 16), "dunning"),
        event(date(2026, 4, 2), "final_notice", channel="email"),
    ]
    ledger = one_debtor_ledger(
        tmp_path,
        language=language,
        events=events,
        invoices=[invoice(due=date(2026, 2, 20))],
        **{"contact.final_notice_by": "email"},
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 16))
    view = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.EMAIL)
    assert view.lead.lines[-1] == box
    assert short in view.costs


def test_a_dunning_letter_with_costs_charged_from_the_due_date_does_not_say_costs_may_come(tmp_path):
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    ledger = one_debtor_ledger(tmp_path, type="business", policy={"business_costs_from_due": True}, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 19))
    assert claim.costs.state == "charged"
    (due,) = letters_due(claim, NO_RECORD)
    assert letter_view(ledger, claim, due, Channel.LETTER).opening == "dunning_costs_charged"
    page = statement_view(claim, ledger)
    assert (page.message_key, page.message_fallback) == ("dunning_costs_charged", "dunning")


def test_a_reminder_with_costs_charged_from_the_due_date_names_them_not_a_slip_of_the_mind(tmp_path):
    # Letters review s25 #8: "Misschien is het u ontschoten; dat kan gebeuren" beside EUR 1,600 of costs.
    ledger = one_debtor_ledger(tmp_path, type="business", policy={"business_costs_from_due": True})
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 5))
    assert claim.costs.state == "charged"
    (due,) = letters_due(claim, NO_RECORD)
    assert (due.kind, letter_view(ledger, claim, due, Channel.LETTER).opening) == ("reminder", "reminder_costs_charged")
    for lang in ("nl", "en"):
        said = (REPO / "content" / "letters" / lang / "reminder_costs_charged.md").read_text(encoding="utf-8")
        assert "{not_received}" in said and "ontschoten" not in said and "slipped your mind" not in said
    # A consumer's reminder, no costs yet: its own friendly text.
    plain = one_debtor_ledger(tmp_path / "consumer")
    first = assess(plain, plain.debtors[0], date(2026, 2, 5))
    (reminder,) = letters_due(first, NO_RECORD)
    assert letter_view(plain, first, reminder, Channel.LETTER).opening == "reminder"


def test_a_final_notice_recorded_with_less_than_the_staffel_states_that_amount_without_a_calculation(tmp_path):
    # Recorded today (a second build that day) with costs of 100.00, where the staffel over 1,250.00 gives
    # 187.50: the letter drafted again states the 100.00, and no "berekend over" that does not give it.
    notice = date(2026, 3, 3)
    ledger = one_debtor_ledger(tmp_path, events=[event(notice, "final_notice", costs=Decimal("100.00"))])
    claim = assess(ledger, ledger.debtors[0], notice)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.FINAL_NOTICE]
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.terms[-1] == (
        f"Heeft u dan niet {fmt.money(Decimal('1250'))} betaald? Dan rekenen wij vanaf 20 maart 2026 incassokosten "
        f"van {fmt.money(Decimal('100'))}. Betaalt u binnen deze termijn een deel, dan kunnen de kosten lager worden."
    )
    assert "berekend over" not in " ".join(view.terms).lower()
    assert view.costs.startswith(f"Nog niet in rekening gebracht: {fmt.money(Decimal('100'))}, alleen als")


def test_the_first_dunning_letter_after_a_dispute_s_answer_names_the_answer(tmp_path):
    """Not "of bent u het niet eens met de factuur?" to a debtor who said so and had an answer; the next
    dunning letter (a new invoice's, say) opens as usual again."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 9), "dispute", reason="Factuur niet ontvangen"),
        event(date(2026, 2, 20), "dispute_resolved", outcome="Factuur opnieuw gestuurd"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))  # the answer's 14 days are over
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.opening == "dunning_answered"
    # Its way out asks about the answer, not again whether the invoice is right.
    assert "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op." in view.way_out.lines
    assert not any(line.startswith("Klopt de factuur niet?") for line in view.way_out.lines)
    later = one_debtor_ledger(tmp_path / "later", events=[*events, event(date(2026, 3, 6), "dunning")])
    assert claim_opening(later, date(2026, 3, 6)) == "dunning"  # a letter went out since: no longer the first
    # That letter, recorded today: a second build that day writes it again as it was, naming the answer.
    recorded = assess(later, later.debtors[0], date(2026, 3, 6))
    (again,) = letters_due(recorded, NO_RECORD)
    assert again.recorded is not None
    assert letter_view(later, recorded, again, Channel.LETTER).opening == "dunning_answered"
    # A business charged costs from the due date: the answer is named all the same (the opening promises
    # no "before any costs are added").
    business = one_debtor_ledger(
        tmp_path / "business", type="business", policy={"business_costs_from_due": True}, events=events
    )
    charged = assess(business, business.debtors[0], date(2026, 3, 6))
    (due,) = letters_due(charged, NO_RECORD)
    assert charged.costs.state == "charged"
    assert letter_view(business, charged, due, Channel.LETTER).opening == "dunning_answered"


# A second final notice after an answer: F-B was disputed apart on the first notice's day (10-05), the answer
# came on 10-25, and F-B climbed its own steps (reminder, dunning letter, call) to a final notice on 12-18.
ANSWERED_INVOICES = [
    invoice(number="F-A", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1000.00")),
    invoice(number="F-B", date=date(2026, 8, 15), due=date(2026, 9, 14), amount=Decimal("500.00")),
]
ANSWERED_EVENTS = [
    event(date(2026, 10, 1), "dispute", invoices=["F-B"], reason="Niet eens"),
    event(date(2026, 10, 5), "final_notice", channel="letter"),
    event(date(2026, 10, 25), "dispute_resolved", invoices=["F-B"], outcome="Klopt"),
    event(date(2026, 11, 20), "reminder", channel="letter"),
    event(date(2026, 12, 4), "dunning", channel="letter"),
    event(date(2026, 12, 11), "call", spoke_with="Jan"),
]
SECOND_NOTICE = date(2026, 12, 18)


@pytest.mark.parametrize(
    ("lang", "opens", "way_out"),
    [
        (
            "nl",
            "Op 25 oktober 2026 hebben wij uw bezwaar beantwoord. Het bedrag hieronder moet u nog "
            "betalen: wij hebben uw betaling nog niet ontvangen. Dit is onze laatste brief (sommatie).",
            "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op.",
        ),
        (
            "en",
            "On 25 October 2026 we answered your dispute. The amount below is still owed: we have "
            "not yet received your payment. This is our final notice (in Dutch: sommatie).",
            "Do you have a question about our answer to your dispute? Please contact us.",
        ),
    ],
)
def test_a_final_notice_after_a_dispute_s_answer_names_the_answer(tmp_path, lang, opens, way_out):
    """Not "Dit is onze laatste brief" alone, as if the debtor had never objected: the first final notice
    since the answer says when we answered and that the amount below is still owed (review of session 28)."""
    from pelican.plugins.incasso.letters import pdf
    from pelican.plugins.incasso.letters.texts import LetterTexts
    from tests.support.letters import flat, pdf_text

    ledger = one_debtor_ledger(tmp_path, invoices=ANSWERED_INVOICES, events=ANSWERED_EVENTS, language=lang)
    claim = assess(ledger, ledger.debtors[0], SECOND_NOTICE)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.FINAL_NOTICE, "final_notice_answered")
    blocks = LetterTexts(REPO / "content" / "letters")[(lang, view.opening)].filled(view.text_values).blocks
    assert blocks[0][1].startswith(opens + " ")
    assert way_out in view.way_out.lines[1]  # about the answer, not again "is the invoice wrong?"
    data, _ = pdf.render_pdf(view, blocks)
    assert opens in flat(" ".join(pdf_text(data)))
    # Recorded today, the letter written again opens the same; the next final notice opens as usual.
    recorded = [*ANSWERED_EVENTS, event(SECOND_NOTICE, "final_notice", channel="letter")]
    again = one_debtor_ledger(tmp_path / "again", invoices=ANSWERED_INVOICES, events=recorded, language=lang)
    again_claim = assess(again, again.debtors[0], SECOND_NOTICE)
    (recorded_due,) = letters_due(again_claim, NO_RECORD)
    assert recorded_due.recorded is not None
    assert letter_view(again, again_claim, recorded_due, Channel.LETTER).opening == "final_notice_answered"
    third = DueLetter(LetterKind.FINAL_NOTICE)
    later = assess(again, again.debtors[0], SECOND_NOTICE + timedelta(days=30))
    assert letter_view(again, later, third, Channel.LETTER).opening == "final_notice"


@pytest.mark.parametrize("settled", ["paid", "credited"])
def test_a_final_notice_names_no_answer_about_an_invoice_since_settled(tmp_path, settled):
    """An answer about last year's invoice, since paid, or one the debtor was right about (credited in
    full) is not this letter's: the invoice it asks for was never disputed (review of session 29)."""
    credit = {"number": "C2025-1", "date": date(2025, 3, 1), "amount": Decimal("300.00")}
    old = invoice(
        number="F2025-0100",
        date=date(2025, 1, 10),
        due=date(2025, 2, 9),
        amount=Decimal("300.00"),
        **({"credit_notes": [credit]} if settled == "credited" else {}),
    )
    new = invoice(number="F2026-0201", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("500.00"))
    history = [
        event(date(2025, 2, 15), "dispute", invoices=["F2025-0100"], reason="Niet eens"),
        event(date(2025, 3, 1), "dispute_resolved", invoices=["F2025-0100"], outcome="Uitgelegd"),
        event(date(2026, 9, 1), "reminder", channel="letter"),
        event(date(2026, 9, 15), "dunning", channel="letter"),
        event(date(2026, 9, 22), "call", spoke_with="Jan"),
    ]
    paid = [payment(date=date(2025, 3, 10), amount=Decimal("300.00"), invoice="F2025-0100")]
    ledger = one_debtor_ledger(
        tmp_path, invoices=[old, new], events=history, payments=paid if settled == "paid" else []
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 1))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE
    assert letter_view(ledger, claim, due, Channel.LETTER).opening == "final_notice"


def test_a_final_notice_in_a_dossier_never_disputed_opens_as_before(tmp_path):
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    view = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert (view.opening, dict(view.text_values)["answered_on"]) == ("final_notice", "")


def claim_opening(ledger, day):
    from incasso.letters.view import opening

    return opening(assess(ledger, ledger.debtors[0], day), DueLetter(LetterKind.DUNNING))


def test_a_three_year_plan_s_confirmation_says_what_its_interest_leaves_not_a_small_amount(tmp_path):
    """3,600.00 in 36 monthly instalments of 100.00 at 4 %: the interest over three years is no "klein bedrag";
    the letter gives the rest when every instalment is paid on time, as the page does."""
    from incasso.claims.assess import plan_rest
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    plan = [{"due": date(2026 + (2 + k) // 12, (2 + k) % 12 + 1, 1), "amount": 100} for k in range(36)]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", events=events, invoices=[invoice(amount=Decimal("3600.00"))]
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 10))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.ARRANGEMENT and plan[-1]["due"] == date(2029, 2, 1)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = " ".join((*view.terms, *view.next_steps.lines))
    rest = plan_rest(ledger.creditor, claim)
    assert Decimal("150") < rest < Decimal("300")  # about 4 % a year over a falling balance
    assert "Uw laatste termijn is op 1 februari 2029." in said
    assert f"naar verwachting nog {fmt.money(rest)} open" in said
    assert "klein bedrag" not in said


def test_a_handover_notice_asking_to_pay_the_agency_does_not_print_our_iban(tmp_path):
    """The notice's pay box says to pay the agency's account: our IBAN in the letterhead and footer would
    invite a hurried payer to use ours. Paid to us (an agency without its own account), it stays."""
    from tests.support.ledgers import event, one_debtor_ledger

    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    steps += [event(date(2026, 3, 5), "final_notice", channel="letter")]
    day = date(2026, 4, 1)
    for agency, ours in (
        ({"agency_iban": "NL20INGB0001234567", "agency_reference": "DOM-2026-0001"}, False),
        ({}, True),
    ):
        handover = event(day, "handover", agency="Incassobureau Domstad", **agency)
        ledger = one_debtor_ledger(tmp_path / str(ours), events=[*steps, handover])
        claim = assess(ledger, ledger.debtors[0], day)
        (due,) = letters_due(claim, NO_RECORD)
        view = letter_view(ledger, claim, due, Channel.LETTER)
        assert due.kind == LetterKind.HANDOVER
        printed = " ".join((*view.letterhead.details, view.footer))
        assert ("IBAN NL91 ABNA 0417 1643 00" in printed) is ours, printed  # the creditor's
        assert ("NL20 INGB 0001 2345 67" in " ".join(v for _, v in view.pay.fields)) is not ours


def test_the_letters_greet_as_the_ledger_says_else_by_the_full_name(tmp_path):
    # No title is known from a name: "Dear Sarah Kelly" stands unless the ledger says whom to greet.
    from tests.support.ledgers import event, one_debtor_ledger

    for folder, contact, greeting in (
        ("named", {"contact.person": "Sarah Kelly"}, "Dear Sarah Kelly,"),
        ("greeted", {"contact.person": "Sarah Kelly", "contact.salutation": "Ms Kelly"}, "Dear Ms Kelly,"),
    ):
        ledger = one_debtor_ledger(
            tmp_path / folder, language="en", events=[event(date(2026, 2, 5), "reminder")], **contact
        )
        claim = assess(ledger, ledger.debtors[0], date(2026, 2, 19))
        (due,) = letters_due(claim, NO_RECORD)
        assert letter_view(ledger, claim, due, Channel.LETTER).salutation == greeting


@pytest.mark.parametrize(
    "salutation, greeting",
    [
        ("de heer Yilmaz", "Geachte heer Yilmaz,"),  # as Dutch offices store it: "Geachte de heer" is wrong
        ("De heer Yilmaz", "Geachte heer Yilmaz,"),
        ("de heer en mevrouw Jansen", "Geachte heer en mevrouw Jansen,"),
        ("mevrouw Van der Heijden", "Geachte mevrouw Van der Heijden,"),
        ("heer Yilmaz", "Geachte heer Yilmaz,"),
    ],
)
def test_a_dutch_letter_greets_de_heer_without_the_article(tmp_path, salutation, greeting):
    from tests.support.ledgers import event, one_debtor_ledger

    ledger = one_debtor_ledger(
        tmp_path, events=[event(date(2026, 2, 5), "reminder")], **{"contact.salutation": salutation}
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 19))
    (due,) = letters_due(claim, NO_RECORD)
    for form in (Channel.LETTER, Channel.EMAIL):
        assert letter_view(ledger, claim, due, form).salutation == greeting
    assert ledger.debtors[0].contact.salutation == salutation  # what is stored stays as written


def test_a_final_notice_says_paying_its_amount_stops_the_costs_and_the_interest_since_is_asked_later(ledger):
    # A debtor who paid exactly what the notice asked got a reminder for the term's interest, unwarned.
    lines = view_of(ledger, "L-FINAL").next_steps.lines
    assert lines[-1] == (
        "Over het bedrag dat openstaat, loopt de rente door tot u alles heeft betaald. Betaalt u het gevraagde "
        "bedrag op tijd? Dan komen er geen incassokosten bij. De rente van na vandaag kan daarna nog openstaan."
    )


@pytest.mark.parametrize(
    ("kind", "lead", "lines"),
    [
        ("consumer", "Geldzorgen? Vraag hulp bij schulden waar u woont, hoe eerder hoe beter. Niet eens met", 2),
        ("business", "Geldzorgen? Vraag op tijd hulp waar uw bedrijf gevestigd is,", 0),
    ],
)
def test_a_letter_abroad_points_to_help_where_the_debtor_lives_without_dutch_numbers(tmp_path, kind, lead, lines):
    address = ["Rue de la Loi 16", "1000 Bruxelles", "België"]
    ledger = one_debtor_ledger(tmp_path, type=kind, **{"contact.address": address})
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 10))
    (due,) = letters_due(claim, NO_RECORD)
    way_out = letter_view(ledger, claim, due, Channel.LETTER).way_out.lines
    (start,) = [i for i, line in enumerate(way_out) if line.startswith(lead)]
    assert len(way_out) == start + 1 + lines
    assert not any("0800" in line or "0900" in line for line in way_out)
    if lines:
        assert way_out[start + 1].startswith("ECC-Net (Woont u in de EU, Noorwegen of IJsland?")
        # On paper its page, deep in the Commission's site, is found by a search there, not by the host alone.
        assert way_out[start + 1].endswith("): zoek op commission.europa.eu naar ECC-Net")
        assert way_out[start + 2].endswith("), juridischloket.nl")


@pytest.mark.parametrize(
    ("kind", "lang", "lead"),
    [
        # The municipality's free debt help (schuldhulpverlening) named, as on the page: the counsellor's route.
        ("consumer", "nl", "Geldzorgen? Vraag gratis hulp, ook bij uw gemeente, hoe eerder hoe beter:"),
        ("business", "nl", "Geldzorgen? Vraag op tijd hulp, hoe eerder hoe meer er nog kan:"),
        (
            "consumer",
            "en",
            "Worried about money? Get free help, including from your local council (gemeente), the sooner the "
            "better. Most services work in Dutch",
        ),
        (
            "business",
            "en",
            "Worried about money? Get help in time: the sooner you ask, the more options you will have.",
        ),
    ],
)
def test_the_letters_help_lead_is_the_page_s_for_the_reader(tmp_path, kind, lang, lead):
    # A business's help includes Ondernemersklankbord, which is not always free: its lead does not say "free".
    ledger = one_debtor_ledger(tmp_path, type=kind, language=lang)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 10))
    (due,) = letters_due(claim, NO_RECORD)
    way_out = letter_view(ledger, claim, due, Channel.LETTER).way_out.lines
    assert [line for line in way_out if line.startswith(lead)]


def dunning_for_5_march(address: list[str]) -> date:
    """The day of a dunning letter whose final notice is due on Thursday 5 March 2026: 14 days after Thursday 19
    February at home; posted abroad, the wait counts the days it arrives later (claims.timing.step_after_letter):
    Monday 9 February, received abroad on the 21st, 10 days after the 11th at home."""
    return date(2026, 2, 19) if address[-1].endswith("Ergens") else date(2026, 2, 9)


@pytest.mark.parametrize(
    ("address", "kind", "said"),
    [
        (["Dorpsstraat 1", "1234 AB Ergens"], "consumer", "Vraag dan gratis hulp, bijvoorbeeld bij Geldfit."),
        (["Rue de la Loi 16", "1000 Bruxelles"], "consumer", "Vraag dan hulp bij schulden waar u woont."),
        (
            ["Rue de la Loi 16", "1000 Bruxelles"],
            "business",
            "Vraag dan op tijd hulp in het land waar uw bedrijf gevestigd",
        ),
    ],
)
def test_the_final_notice_s_opening_points_abroad_to_help_there_not_to_geldfit(tmp_path, address, kind, said):
    events = [event(date(2026, 2, 5), "reminder"), event(dunning_for_5_march(address), "dunning")]
    ledger = one_debtor_ledger(tmp_path, type=kind, events=events, **{"contact.address": address})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.opening == "final_notice"
    assert said in dict(view.text_values)["get_help"]
    for lang in ("nl", "en"):
        for opening in ("final_notice", "handover"):  # the openings that name help, by {get_help}
            source = (REPO / "content" / "letters" / lang / f"{opening}.md").read_text(encoding="utf-8")
            assert "{get_help}" in source and "Geldfit" not in source


# The opening the final notice prints, with {steps_sent} as the dossier records the steps (content/letters).
_NOTICE_OPENING = {
    "nl": "Wij hebben u {} gestuurd, maar wij hebben uw betaling nog niet ontvangen.",
    "en": "We have sent you {}, but we have not yet received your payment.",
}


@pytest.mark.parametrize(
    ("steps", "language", "said"),
    [
        (("dunning",), "nl", "een aanmaning"),  # an imported file that starts at a dunning letter
        (("reminder", "dunning"), "nl", "een herinnering en een aanmaning"),
        (("reminder", "reminder", "dunning"), "nl", "twee herinneringen en een aanmaning"),
        (("reminder", "dunning", "dunning"), "nl", "een herinnering en twee aanmaningen"),
        ((), "nl", "onze factuur"),
        # A notice sent again (one whose term passed) names the first; one sent without consent: below.
        (("reminder", "dunning", "final_notice"), "nl", "een herinnering, een aanmaning en een sommatie"),
        (("dunning", "final_notice", "final_notice"), "nl", "een aanmaning en twee sommaties"),
        # The dunning letter is a "formal reminder", as its subject and the page call it: not a "second"
        # reminder, which would claim a first one the file may not show, or count three as "two and a second".
        (("dunning",), "en", "a formal reminder"),
        (("reminder", "dunning"), "en", "a reminder and a formal reminder"),
        (("reminder", "reminder", "dunning"), "en", "two reminders and a formal reminder"),
        (("reminder", "dunning", "dunning"), "en", "a reminder and two formal reminders"),
        ((), "en", "our invoice"),
        (("reminder", "dunning", "final_notice"), "en", "a reminder, a formal reminder and a final notice"),
    ],
)
def test_the_final_notice_says_only_the_steps_its_dossier_records(tmp_path, steps, language, said):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    days = (date(2026, 2, 5), date(2026, 2, 12), date(2026, 2, 19))[-len(steps) :] if steps else ()
    events = [event(day, step) for day, step in zip(days, steps, strict=True)]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    due = DueLetter(LetterKind.FINAL_NOTICE)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert dict(view.text_values)["steps_sent"] == said
    opening = LetterTexts(REPO / "content" / "letters")[(language, "final_notice")].filled(view.text_values)
    _, printed = opening.blocks[0]
    assert printed.startswith(_NOTICE_OPENING[language].format(said) + " ")


# A final notice e-mailed or put in the portal to a consumer who had not agreed to that brought no costs and called
# itself no final notice: the notice after it names it as the page does, not "a final notice" beside itself (s63).
# One e-mailed with consent (email_agreed before it) is a final notice, as before.
_CONSENT = {"contact.final_notice_by": "email", "contact.email_agreed": date(2026, 2, 1)}


@pytest.mark.parametrize(
    ("channel", "consent", "language", "said"),
    [
        ("email", {}, "nl", "een herinnering, een aanmaning en een e-mail (sommatie)"),
        ("email", {}, "en", "a reminder, a formal reminder and a notice to pay by email"),
        ("portal", {}, "nl", "een herinnering, een aanmaning en een bericht (sommatie) in ons klantportaal"),
        ("portal", {}, "en", "a reminder, a formal reminder and a notice to pay in our customer portal"),
        ("email", _CONSENT, "nl", "een herinnering, een aanmaning en een sommatie"),
        ("email", _CONSENT, "en", "a reminder, a formal reminder and a final notice"),
    ],
)
def test_the_steps_sent_name_a_notice_sent_without_consent_as_the_page_does(tmp_path, channel, consent, language, said):
    events = [
        event(date(2026, 2, 5), "reminder", channel="letter"),
        event(date(2026, 2, 12), "dunning", channel="letter"),
        event(date(2026, 2, 19), "final_notice", channel=channel),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language, **consent)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    view = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert dict(view.text_values)["steps_sent"] == said


def test_two_notices_sent_without_consent_are_counted_as_such(tmp_path):
    events = [
        event(date(2026, 2, 12), "dunning", channel="letter"),
        event(date(2026, 2, 19), "final_notice", channel="email"),
        event(date(2026, 3, 10), "final_notice", channel="email"),
    ]
    for language, said in (
        ("nl", "een aanmaning en twee e-mails (sommatie)"),
        ("en", "a formal reminder and two notices to pay by email"),
    ):
        ledger = one_debtor_ledger(tmp_path / language, events=events, language=language)
        claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
        view = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
        assert dict(view.text_values)["steps_sent"] == said


# Each kind is named where it was first sent, counted there (s64): a notice e-mailed without consent after the posted
# one that binds (the posted notice sent again by e-mail) came after it, and is named after it. A fixed order of kinds
# named every unagreed notice before "een sommatie", as if it had come first.
_L, _E = {"channel": "letter"}, {"channel": "email"}


@pytest.mark.parametrize(
    ("steps", "language", "said"),
    [
        (
            (("reminder", _L), ("dunning", _L), ("final_notice", _L), ("final_notice", _E)),
            "nl",
            "een herinnering, een aanmaning, een sommatie en een e-mail (sommatie)",
        ),
        (
            (("reminder", _L), ("dunning", _L), ("final_notice", _L), ("final_notice", _E)),
            "en",
            "a reminder, a formal reminder, a final notice and a notice to pay by email",
        ),
        # The other way round, the posted one after the e-mail (s63), stays as it was.
        (
            (("reminder", _L), ("dunning", _L), ("final_notice", _E), ("final_notice", _L)),
            "nl",
            "een herinnering, een aanmaning, een e-mail (sommatie) en een sommatie",
        ),
        (
            (("dunning", _L), ("final_notice", _L), ("final_notice", _E), ("final_notice", _E)),
            "en",
            "a formal reminder, a final notice and two notices to pay by email",
        ),
        # Counted where first sent: a second reminder after the dunning letter joins the first.
        (
            (("reminder", _L), ("dunning", _L), ("reminder", _L), ("final_notice", _E)),
            "nl",
            "twee herinneringen, een aanmaning en een e-mail (sommatie)",
        ),
    ],
)
def test_the_steps_sent_are_named_in_the_order_each_kind_was_first_sent(tmp_path, steps, language, said):
    days = [date(2026, 2, 5) + timedelta(days=7 * n) for n in range(len(steps))]
    events = [event(day, step, **how) for day, (step, how) in zip(days, steps, strict=True)]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 10))
    view = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert dict(view.text_values)["steps_sent"] == said


# Per invoice, each in its own order: A's final notice posted on 1 December and e-mailed again on the 3rd without
# consent; B, due on 10 December, climbs its own steps (a reminder on the 18th), and its dunning letter names both.
_AGAIN = [
    event(date(2026, 11, 3), "reminder", channel="letter"),
    event(date(2026, 11, 17), "dunning", channel="letter"),
    event(date(2026, 12, 1), "final_notice", channel="letter", costs="187.50"),
    event(date(2026, 12, 3), "final_notice", channel="email"),
    event(date(2026, 12, 18), "reminder", channel="letter"),
]
_A_AND_B = [
    invoice(number="F-A", date=date(2026, 10, 3), due=date(2026, 11, 2), amount="1250.00"),
    invoice(number="F-B", date=date(2026, 11, 10), due=date(2026, 12, 10), amount="800.00"),
]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            "voor factuur F-A een herinnering, een aanmaning, een sommatie en een e-mail (sommatie), en voor factuur F-B "
            "een herinnering",
        ),
        (
            "en",
            "a reminder, a formal reminder, a final notice and a notice to pay by email about invoice F-A, and a "
            "reminder about invoice F-B",
        ),
    ],
)
def test_the_steps_per_invoice_are_named_in_the_order_each_kind_was_first_sent(tmp_path, language, said):
    ledger = one_debtor_ledger(tmp_path, events=_AGAIN, invoices=_A_AND_B, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2027, 1, 1))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert dict(view.text_values)["steps_sent"] == said


# Two invoices: F2026-0001 (due 4 February) reminded on 5 February; F2026-0002 (due 10 February) had no reminder
# of its own, and the dunning letter of 19 February asked both.
_TWO_INVOICES = [invoice(), invoice(number="F2026-0002", date=date(2026, 1, 11), due=date(2026, 2, 10))]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "voor factuur F2026-0001 een herinnering en een aanmaning, en voor factuur F2026-0002 een aanmaning"),
        (
            "en",
            "a reminder and a formal reminder about invoice F2026-0001, and a formal reminder about invoice F2026-0002",
        ),
    ],
)
def test_a_final_notice_says_per_invoice_which_steps_it_had_when_they_differ(tmp_path, language, said):
    """ "Wij hebben u een herinnering en een aanmaning gestuurd" over an invoice that had no reminder of its own
    states something untrue about it, in the letter that brings the costs."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    ledger = one_debtor_ledger(tmp_path, events=events, language=language, invoices=_TWO_INVOICES)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert dict(view.text_values)["steps_sent"] == said
    opening = LetterTexts(REPO / "content" / "letters")[(language, "final_notice")].filled(view.text_values)
    _, printed = opening.blocks[0]
    assert printed.startswith(_NOTICE_OPENING[language].format(said) + " ")


def test_a_final_notice_names_only_the_invoices_a_step_was_about_when_another_had_none(tmp_path):
    """An invoice due after the dunning letter, asked by the notice with the rest, had no step of its own."""
    later = [invoice(), invoice(number="F2026-0002", date=date(2026, 1, 25), due=date(2026, 2, 24))]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=later)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    view = letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.LETTER)
    assert dict(view.text_values)["steps_sent"] == "voor factuur F2026-0001 een herinnering en een aanmaning"


@pytest.mark.parametrize(
    ("invoices", "language", "said"),
    [
        ([invoice()], "nl", "Wij hebben u eerder een herinnering gestuurd, maar wij hebben"),
        ([invoice()], "en", "We sent you a reminder earlier, but we have"),
        (_TWO_INVOICES, "nl", "Wij hebben u eerder voor factuur F2026-0001 een herinnering gestuurd, maar wij hebben"),
        (_TWO_INVOICES, "en", "We sent you a reminder about invoice F2026-0001 earlier, but we have"),
    ],
)
def test_a_dunning_letter_says_a_reminder_went_only_about_the_invoices_it_was_about(tmp_path, invoices, language, said):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    ledger = one_debtor_ledger(
        tmp_path, events=[event(date(2026, 2, 5), "reminder")], language=language, invoices=invoices
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 19))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    view = letter_view(ledger, claim, due, Channel.LETTER)
    opening = LetterTexts(REPO / "content" / "letters")[(language, view.opening)].filled(view.text_values)
    _, printed = opening.blocks[0]
    assert printed.startswith(said + " ")


# F2026-0001 (due 4 February) reminded on 5 February; F2026-0002 and F2026-0003 fell due after it.
_TWO_AFTER = [
    invoice(),
    invoice(number="F2026-0002", date=date(2026, 1, 11), due=date(2026, 2, 10)),
    invoice(number="F2026-0003", date=date(2026, 1, 12), due=date(2026, 2, 11), amount=Decimal("300.00")),
]


@pytest.mark.parametrize(
    ("invoices", "language", "form", "said"),
    [
        (
            _TWO_INVOICES,
            "nl",
            Channel.LETTER,
            "Factuur F2026-0002 was nog niet te laat toen wij u onze herinnering van 5 februari 2026 stuurden. Nu "
            "wel: daarom staat die factuur ook in deze brief.",
        ),
        (
            _TWO_AFTER,
            "nl",
            Channel.EMAIL,
            "De facturen F2026-0002 en F2026-0003 waren nog niet te laat toen wij u onze herinnering van 5 februari "
            "2026 stuurden. Nu wel: daarom staan die facturen ook in deze e-mail.",
        ),
        (
            _TWO_AFTER,
            "en",
            Channel.LETTER,
            "Invoices F2026-0002 and F2026-0003 were not yet overdue when we sent you our reminder of 5 February "
            "2026. They are now, so this letter includes them too.",
        ),
    ],
)
def test_a_dunning_letter_says_which_invoices_fell_due_after_the_reminder(tmp_path, invoices, language, form, said):
    """The opening names the reminder for F2026-0001 only; the letter's own paragraph says why the others are in it
    (s55: before, they were asked "opnieuw" without a word)."""
    ledger = one_debtor_ledger(
        tmp_path, events=[event(date(2026, 2, 5), "reminder")], language=language, invoices=invoices
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 19))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    assert said in letter_view(ledger, claim, due, form).terms


@pytest.mark.parametrize(
    ("invoices", "reminded", "day"),
    [
        ([invoice()], date(2026, 2, 5), date(2026, 2, 19)),  # one invoice, reminded: nothing new
        (_TWO_INVOICES, date(2026, 2, 11), date(2026, 2, 25)),  # both due before the reminder: both had it
        (_TWO_INVOICES, None, date(2026, 2, 11)),  # the reminder itself: the first letter, nothing before it
    ],
)
def test_no_invoice_is_said_new_where_every_invoice_had_the_letter_before(tmp_path, invoices, reminded, day):
    events = [event(reminded, "reminder")] if reminded else []
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=invoices)
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = letters_due(claim, NO_RECORD)
    terms = " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)
    assert "nog niet te laat toen" not in terms, terms


def test_the_dunning_letter_has_one_english_name_wherever_it_is_named():
    """The final notice counts it by the name its subject, the e-mail and the page give it."""
    from incasso.statement.labels import EN as PAGE

    assert EN["subject_dunning"].startswith("Formal reminder")
    assert (EN["steps_dunning"], EN["steps_dunnings"]) == ("a formal reminder", "{count} formal reminders")
    assert PAGE["step_dunning"] == "a formal reminder" and "then a formal reminder," in PAGE["late_steps"]
    for message in ("dunning", "dunning_costs_charged"):
        source = (REPO / "content" / "messages" / "en" / f"{message}.md").read_text(encoding="utf-8")
        assert "sent you a formal reminder (in Dutch" in source
    assert not [words for words in (*EN.values(), *PAGE.values()) if "second reminder" in words.lower()]


def test_a_letter_abroad_gives_the_desk_s_and_the_agency_s_numbers_with_the_country_code(tmp_path):
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 3, 5), "final_notice", channel="letter"),
        event(date(2026, 4, 1), "handover", agency="Incasso Noord", agency_phone="050 311 22 33"),
    ]
    desk = {**VALID_CREDITOR["contact"], "phone": "030 123 45 67"}
    ledger = one_debtor_ledger(
        tmp_path,
        events=events,
        creditor_changes={"contact": desk},
        **{"contact.address": ["Rue de la Loi 16", "1000 Bruxelles", "België"]},
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 2))
    (due,) = letters_due(claim, FirstSeen({}))
    written = repr(letter_view(ledger, claim, due, Channel.LETTER))
    assert "+31 30 123 45 67" in written and "030 123 45 67" not in written
    assert "+31 50 311 22 33" in written and "050 311 22 33" not in written


def test_a_plan_of_one_instalment_is_confirmed_in_the_singular_on_the_letter_and_the_page(tmp_path):
    """'U betaalt 1 termijnen' read as a slip: one instalment is said as one, in words, as the page says it."""
    plan = [{"due": date(2026, 3, 20), "amount": 2000}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 3, 2), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=[invoice(amount=2000)])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 2))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.terms[0].endswith("Met deze brief bevestigen wij die. U betaalt EUR\xa02.000,00 in één termijn.")
    page = statement_view(claim_as_sent(ledger, claim), ledger)
    assert page.plan.summary == "U betaalt EUR\xa02.000,00 in één termijn."


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "Uw bezwaar tegen factuur F-B zoeken wij nog uit. Klopt factuur F-A ook niet? Laat het ons weten. Zolang "
            "wij dat uitzoeken, wachten wij met de volgende stap voor die factuur.",
        ),
        (
            "en",
            "We are still looking into your dispute about invoice F-B. Is invoice F-A wrong too? Let us know. While "
            "we look into it, we hold off the next step for that invoice.",
        ),
    ],
)
def test_a_letter_sent_while_an_invoice_is_disputed_promises_no_pause_of_the_others(tmp_path, lang, said):
    # The reminder asks for F-A while F-B is disputed apart: it is itself a letter sent during a dispute, so
    # "we send you no new letters" would be untrue (review of session 28, finding 6).
    invoices = [invoice(number="F-A"), invoice(number="F-B", date=date(2026, 1, 10), amount=Decimal("500.00"))]
    disputed = event(date(2026, 2, 3), "dispute", invoices=["F-B"], reason="Niet eens")
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=[disputed], language=lang)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 5))
    assert [i.number for i in claim.disputed] == ["F-B"] and len(claim.settlement.invoices) == 1
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.REMINDER
    assert said in letter_view(ledger, claim, due, Channel.LETTER).way_out.lines


ONE_ASKED = {
    "nl": "Uw bezwaar tegen factuur F-B zoeken wij nog uit. Klopt factuur F-A ook niet? Laat het ons weten. Zolang wij "
    "dat uitzoeken, wachten wij met de volgende stap voor die factuur. De termijn van deze brief loopt wel door.",
    "en": "We are still looking into your dispute about invoice F-B. Is invoice F-A wrong too? Let us know. While we "
    "look into it, we hold off the next step for that invoice. But the deadline in this letter still applies.",
}
TWO_ASKED = {
    "nl": "Uw bezwaar tegen factuur F-B zoeken wij nog uit. Klopt een andere factuur ook niet? Laat het ons weten. "
    "Zolang wij dat uitzoeken, wachten wij met de volgende stap voor die factuur. Voor de andere facturen loopt de "
    "termijn van deze brief wel door.",
    "en": "We are still looking into your dispute about invoice F-B. Is another invoice wrong too? Let us know. While "
    "we look into it, we hold off the next step for that invoice. For the other invoices, the deadline in this "
    "letter still applies.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("asked, said", [(["F-A"], ONE_ASKED), (["F-A", "F-C"], TWO_ASKED)])
def test_a_final_notice_beside_an_invoice_disputed_apart_says_so_and_counts_the_invoices_it_asks(
    tmp_path, language, asked, said
):
    """F-B disputed apart, the notice asks for F-A alone: it said "Is one of the invoices wrong?" and "For the other
    invoices, the deadline still applies", of one invoice asked, and as if the debtor had disputed nothing. It names
    the dispute it is looking into, asks about the invoice it asks for (or another, of several), and the term runs on
    for the others only where others are asked."""
    invoices = [invoice(number=n) for n in asked] + [invoice(number="F-B", amount=Decimal("500.00"))]
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 2, 20), "dispute", reason="Niet besteld", invoices=["F-B"]),
    ]
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=events, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE and claim.disputed_apart
    assert said[language] in letter_view(ledger, claim, due, Channel.LETTER).way_out.lines


@pytest.mark.parametrize(
    ("lang", "address", "said"),
    [
        # Posted Thursday 5 March 2026 to Antwerp: 10 PostNL delivery days (6, 7, 10 to 14, 17 to 19 March).
        (
            "nl",
            ["Meir 24", "2000 Antwerpen", "België"],
            "Heeft u deze brief op 19 maart 2026 ontvangen? Dan is uw laatste betaaldag 2 april 2026.",
        ),
        (
            "en",
            ["Meir 24", "2000 Antwerpen", "België"],
            "If you received this letter on 19 March 2026, your last day to pay is 2 April 2026.",
        ),
        # To Utrecht: 2 delivery days; 14 days to Saturday 21 March, on to Monday 23 March (Atw).
        (
            "nl",
            ["Dorpsstraat 1", "1234 AB Ergens"],
            "Heeft u deze brief op 7 maart 2026 ontvangen? Dan is uw laatste betaaldag 23 maart 2026.",
        ),
    ],
)
def test_a_final_notice_posted_abroad_states_the_later_day_of_receipt_and_last_day(tmp_path, lang, address, said):
    events = [event(date(2026, 2, 5), "reminder"), event(dunning_for_5_march(address), "dunning")]
    ledger = one_debtor_ledger(tmp_path, language=lang, events=events, **{"contact.address": address})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.opening == "final_notice"
    assert view.terms[1].startswith(said + " ")  # then: did it arrive later? let us know


@pytest.mark.parametrize(
    ("language", "others", "alone"),
    [
        ("nl", "Voor de andere facturen loopt de termijn van deze brief wel door.", NL["dispute_term_runs_here"]),
        ("en", "For the other invoices, the deadline in this letter still applies.", EN["dispute_term_runs_here"]),
    ],
)
def test_a_notice_says_the_term_runs_for_the_other_invoices_only_while_another_is_open(
    tmp_path, language, others, alone
):
    """Two invoices, the second paid: the notice asks for the first alone, and "for the other invoices the term
    runs on" spoke of a paid one. With both open it is still said; with the second disputed apart it is not: the
    notice asks for the first alone (test_a_final_notice_beside_an_invoice_disputed_apart_says_so_...)."""
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    notice = event(date(2026, 3, 5), "final_notice", channel="letter")
    two = [invoice(number="F2026-0001"), invoice(number="F2026-0002", amount=Decimal("800.00"))]
    paid = payment(date=date(2026, 2, 10), amount=Decimal("800.00"), invoice="F2026-0002")

    def dispute_line(name, *payments, disputed=()):
        events = [*steps, *disputed, notice]
        ledger = one_debtor_ledger(
            tmp_path / name, invoices=two, events=events, payments=list(payments), language=language
        )
        claim = assess(ledger, ledger.debtors[0], date(2026, 3, 5))
        (due,) = letters_due(claim, NO_RECORD)
        assert due.kind == LetterKind.FINAL_NOTICE
        words = NL if language == "nl" else EN
        lines = letter_view(ledger, claim, due, Channel.LETTER).way_out.lines
        starts = (words["dispute_way_out_many"], words["dispute_looking"].split("{")[0])
        return next(line for line in lines if line.startswith(starts))

    assert dispute_line("one open", paid).endswith(" " + alone)
    assert dispute_line("both open").endswith(" " + others)
    # The second disputed apart: the notice asks for the first alone, not for "the other invoices" beside it.
    apart = event(date(2026, 2, 20), "dispute", reason="Niet besteld", invoices=["F2026-0002"])
    assert dispute_line("apart", disputed=[apart]).endswith(" " + alone)


@pytest.mark.parametrize(
    ("language", "on_paper", "by_email"),
    [
        (
            "nl",
            "U betaalt aan Incassobureau Domstad B.V. De QR-code en de betaalgegevens zijn van hun rekening.",
            "U betaalt aan Incassobureau Domstad B.V. De betaalgegevens zijn van hun rekening.",
        ),
        (
            "en",
            "You pay Incassobureau Domstad B.V. The QR code and the payment details are for their account.",
            "You pay Incassobureau Domstad B.V. The payment details are for their account.",
        ),
    ],
)
def test_an_e_mail_paying_the_agency_speaks_of_no_qr_code_it_does_not_hold(tmp_path, language, on_paper, by_email):
    """The PDF has the agency's QR code beside its details; the e-mail has none (only the personal page
    it links to), so its line beside the details names the details alone."""
    handover = event(
        date(2026, 3, 2),
        "handover",
        agency="Incassobureau Domstad B.V.",
        agency_iban="NL02INGB0006841297",
        agency_reference="DOM-2026-0815",
    )
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder"), handover], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 2))
    (due,) = letters_due(claim, NO_RECORD)
    assert letter_view(ledger, claim, due, Channel.LETTER).pay.note == on_paper
    emailed = letter_view(ledger, claim, due, Channel.EMAIL)
    assert emailed.pay.note == by_email
    said = (*emailed.terms, *emailed.next_steps.lines, *emailed.way_out.lines, *emailed.contact.lines)
    said += (emailed.pay.hint, emailed.pay.warning, emailed.lead.label, *emailed.lead.lines)
    assert not any("QR" in line for line in said)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_handover_notice_beside_an_invoice_disputed_apart_lets_the_other_be_disputed_too(tmp_path, language):
    """F-B disputed apart, F-A handed over: the notice adds to the dispute and, as the page, asks whether the
    invoice it chases is wrong too (the agency told, no pause promised)."""
    from incasso.statement.labels import LABELS

    two = [invoice(number="F-A", amount="640.00"), invoice(number="F-B", date=date(2026, 1, 10), amount="1180.00")]
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 9), "dispute", reason="Niet besteld", invoices=["F-B"]),
        event(date(2026, 3, 2), "handover", agency="Incassobureau Domstad B.V."),
    ]
    ledger = one_debtor_ledger(tmp_path, invoices=two, events=events, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 2))
    assert claim.disputed_apart
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.HANDOVER
    lines = letter_view(ledger, claim, due, Channel.EMAIL).way_out.lines
    labels = LABELS[language]
    other = labels["dispute_other_text_handover"].format(agency="Incassobureau Domstad B.V.")
    assert f"{labels['dispute_add_text']} {other}" in lines


def test_the_confirmation_of_a_promise_during_a_plan_does_not_put_its_overdue_instalments_off_to_later(tmp_path):
    """Its total read "waarvan EUR 300,00 uiterlijk 20 maart 2026 en EUR 1.700,00 later te betalen", as the
    page did: 950.00 of it is what is left of the instalments of 1 and 10 March, overdue."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 10), "amount": 650}]
    plan.append({"due": date(2026, 4, 10), "amount": 750})
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    events.append(event(date(2026, 3, 12), "promise", promised_date=date(2026, 3, 20), amount="300.00"))
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=[invoice(amount=Decimal("2000.00"))])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 12))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    label = "Totaal open (waarvan EUR\xa0300,00 uiterlijk 20 maart 2026, EUR\xa0950,00 nu al en EUR\xa0750,00 later te betalen)"
    assert letter_view(ledger, claim, due, Channel.LETTER).totals[-1].label == label


@pytest.mark.parametrize(
    ("language", "missed"),
    [
        ("nl", "Hebben wij uiterlijk 20 maart 2026 niet ten minste {keeps} ontvangen? Dan gaan wij verder met de "
               "incasso: "),
        ("en", "We need to receive at least {keeps} by 20 March 2026. If we do not, "),
    ],
)  # fmt: skip
def test_the_confirmation_of_a_promise_of_the_whole_names_the_sum_that_keeps_it_as_the_page_does(
    tmp_path, language, missed
):
    """Promised on 5 March, the whole amount, by 20 March, confirmed on 6 March: interest grew the total since,
    and the letter threatened the next step unless today's total came, though the balance of 5 March keeps the
    promise, as the page says (staff review s35: "Hebben wij EUR 13.740,37 niet uiterlijk 7 december ...")."""
    reminded = event(date(2026, 2, 10), "reminder")
    promise = event(date(2026, 3, 5), "promise", promised_date=date(2026, 3, 20))
    ledger = one_debtor_ledger(tmp_path, events=[reminded, promise], interest="statutory", language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))
    # The build of 5 March ran before the promise was entered: the one of the 6th writes its confirmation.
    due = next(d for d in letters_due(claim, FirstSeen(since=date(2026, 3, 5))) if d.kind == LetterKind.PROMISE)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    keeps = claim.pending_promise.amount
    assert keeps < amount_to_pay(claim)  # a day's interest since
    said = missed.format(keeps=fmt.money(keeps, language))
    assert any(line.startswith(said) for line in view.terms), view.terms
    page = statement_view(claim, ledger)
    assert any(f"ten minste {fmt.money(keeps, language)}" in line or f"at least {fmt.money(keeps, language)}" in line
               for line in page.next_steps)  # fmt: skip


def test_the_rest_of_the_reviewed_plan_of_part_gets_its_letter_the_day_after_the_last_instalment(tmp_path):
    """The reviewer's case: a plan of the invoice's 1,250.00 after a final notice's term, kept to the day, left the
    187.50 of costs; the next day the overview said "Overdragen aan incassobureau ... vandaag" and no letter was
    written. Now the letter for the rest is written that day, thanks first, and names the handover only if it is
    not paid by its own day, with a way out."""
    plan = [{"due": date(2026, 4, 15), "amount": 625}, {"due": date(2026, 5, 15), "amount": 625}]
    events = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 5), "dunning"),
        event(date(2026, 2, 26), "final_notice"),
        event(date(2026, 3, 25), "arrangement", installments=plan),
    ]
    paid = [
        payment(date=date(2026, 4, 15), amount=Decimal("625")),
        payment(date=date(2026, 5, 15), amount=Decimal("625")),
    ]
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[invoice(date=date(2025, 12, 15), due=date(2026, 1, 15), amount=Decimal("1250.00"))],
        events=events,
        payments=paid,
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 16))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.REMINDER, "reminder_rest")
    assert (view.lead.amount, view.lead.by) == ("EUR\xa0187,50", "Betaal uiterlijk 29 mei 2026")
    assert view.lead.lines[0].startswith("Dank u wel: u heeft alle termijnen van uw betalingsregeling betaald.")
    assert any(
        line.startswith("Hebben wij uiterlijk 29 mei 2026 uw betaling niet ontvangen? En heeft u geen afspraak")
        for line in view.next_steps.lines
    )


def test_the_first_reminder_after_a_dispute_s_answer_names_the_answer(tmp_path):
    """A dispute raised before any letter and answered: the first letter after the answer is a reminder, and it
    says so, as the page of that night does (statement.answer), not "Misschien is het u ontschoten"."""
    events = [
        event(date(2026, 2, 6), "dispute", reason="Oven defect"),
        event(date(2026, 2, 10), "dispute_resolved", outcome="Oven werkt", channel="phone"),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))  # the answer's 14 days are over
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (due.kind, view.opening) == (LetterKind.REMINDER, "reminder_answered")
    assert "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op." in view.way_out.lines
    later = one_debtor_ledger(tmp_path / "later", events=[*events, event(date(2026, 2, 24), "reminder")])
    assert claim_opening(later, date(2026, 3, 10)) == "dunning"  # a letter went out since: no longer the first


@pytest.mark.parametrize("settled", ["credited", "paid"])
def test_a_reminder_for_an_invoice_the_answer_was_not_about_does_not_name_it(tmp_path, settled):
    """F2026-0001 disputed before any letter and answered on 16 February, then credited in full (the debtor was
    right) or paid; F2026-0002, written in April, is overdue in May. Its reminder opened "Op 16 februari 2026 hebben
    wij uw bezwaar beantwoord. Het bedrag hieronder moet u nog betalen": the answer is not about the amount it asks,
    which no dispute ever doubted. As for a final notice (`_first_notice_since_the_answer`), only an answer about an
    invoice still open is named."""
    disputed = invoice(number="F2026-0001")
    paid = []
    if settled == "credited":
        disputed["credit_notes"] = [{"number": "C2026-0001", "date": date(2026, 2, 15), "amount": Decimal("1250.00")}]
    else:
        paid = [payment(date=date(2026, 3, 1), amount=Decimal("1250.00"), invoice="F2026-0001")]
    newer = invoice(number="F2026-0002", date=date(2026, 4, 1), due=date(2026, 5, 1), amount=Decimal("300.00"))
    events = [
        event(date(2026, 2, 6), "dispute", reason="Niet besteld", invoices=["F2026-0001"]),
        event(date(2026, 2, 16), "dispute_resolved", outcome="Gecrediteerd"),
    ]
    ledger = one_debtor_ledger(tmp_path, invoices=[disputed, newer], events=events, payments=paid)
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 2))
    (due,) = letters_due(claim, NO_RECORD)
    assert (due.kind, letter_view(ledger, claim, due, Channel.LETTER).opening) == (LetterKind.REMINDER, "reminder")


# A final notice sent in the creditor's customer portal (`channel: portal`): received the day it was sent, as an
# e-mail (the rule stays), but named as what it is, a message in the portal, not "deze e-mail", "per e-mail".
PORTAL_NOTICE = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="portal"),
]
PORTAL_AGREED = {"contact.final_notice_by": "email"}  # the consumer agreed to receive it electronically
PORTAL_TERMS = {
    "nl": (
        "Wij vragen u EUR\xa01.250,00 te betalen binnen veertien dagen na de dag waarop u dit bericht heeft ontvangen.",
        "Heeft u dit bericht op 1 maart 2026 ontvangen? Dan is uw laatste betaaldag 16 maart 2026.",
    ),
    "en": (
        "We ask you to pay EUR\xa01,250.00 within fourteen days after the day on which you received this message.",
        "If you received this message on 1 March 2026, your last day to pay is 16 March 2026.",
    ),
}
PORTAL_ENDED = {
    "nl": (
        "Let op: de termijn van onze sommatie in ons klantportaal liep tot en met 16 maart 2026.",
        "Uw laatste betaaldag voor onze sommatie van 1 maart 2026 in ons klantportaal was 16 maart 2026.",
    ),
    "en": (
        "Please note: the deadline in our final notice, sent in our customer portal, was 16 March 2026.",
        "Our final notice was sent in our customer portal on 1 March 2026. Your last day to pay under it was 16 "
        "March 2026.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_final_notice_sent_in_the_portal_says_this_message_and_later_letters_name_it_so(tmp_path, language):
    ledger = one_debtor_ledger(tmp_path / "notice", events=PORTAL_NOTICE, language=language, **PORTAL_AGREED)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 1))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE and due.sent is not None
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert view.terms[:2] == PORTAL_TERMS[language]
    here = {"nl": "De termijn van dit bericht loopt wel door.", "en": "But the deadline in this message still applies."}
    assert view.way_out.lines[1].endswith(here[language])
    # A plan agreed in its term, confirmed by post on Saturday 14 March: it arrives after the term's last day.
    plan = event(date(2026, 3, 14), "arrangement", installments=[{"due": date(2026, 3, 31), "amount": 1250}])
    events = [*PORTAL_NOTICE, plan]
    ledger = one_debtor_ledger(tmp_path / "plan", events=events, language=language, **PORTAL_AGREED)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 14))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    ended, costs = PORTAL_ENDED[language]
    assert any(line.startswith(ended) for line in view.lead.lines)
    assert view.costs.startswith(costs)
    said = " ".join((*view.lead.lines, *view.terms, view.costs or ""))
    assert "e-mail" not in said and "email" not in said


# -- a letter written after another letter's term: the way out says that term in the past -----------------------------

WAY_OUT_AFTER_TERM = {
    "nl": "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op. De termijn van onze laatste "
    "brief (sommatie) liep tot en met 17 december 2026. Een vraag of bezwaar nu verandert dat niet.",
    "en": "Do you have a question about our answer to your dispute? Please contact us. But the deadline in our final "
    "notice was 17 December 2026. A question or a dispute now does not change that.",
}
STILL_APPLIES = {
    "nl": "De termijn van onze laatste brief (sommatie) loopt wel door.",
    "en": "But the deadline in our final notice still applies.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_letter_written_after_the_notice_s_term_does_not_say_its_deadline_still_applies(tmp_path, language):
    """The dunning letter for F-B, written on 18 December, said "But the deadline in our final notice still applies"
    of a term that ended on the 17th (the newcomer's D-0004, s37). It says when that term ended. Read on its last
    day itself (an e-mail of the 17th, written by hand: the core's next step then is the handover) the deadline
    still applies, and the letter says so."""
    from tests.support.letters import after_the_term

    view, _, _ = after_the_term(tmp_path, language)
    assert view.way_out.lines[1] == WAY_OUT_AFTER_TERM[language]
    last_day, _, _ = after_the_term(
        tmp_path, language, day=date(2026, 12, 17), kind=LetterKind.DUNNING, form=Channel.EMAIL
    )
    assert last_day.way_out.lines[1].endswith(" " + STILL_APPLIES[language])


HANDOVER_OPENS = {
    "nl": "Op 2 december 2026 hebben wij uw bezwaar beantwoord. Het bedrag hieronder moet u nog betalen. Wij hebben "
    "uw betaling nog niet ontvangen. Daarom hebben wij uw dossier overgedragen aan Incasso BV.",  # {agency}
    "en": "On 2 December 2026 we answered your dispute. The amount below is still owed. We have not yet received your "
    "payment. That is why we have handed your file over to Incasso BV.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_handover_notice_that_is_the_first_letter_after_a_dispute_s_answer_names_the_answer(tmp_path, language):
    """D-0004 (s37): F-B's dispute answered on 2 December, in the final notice's term; staff hand the file over on
    the 18th. The page told the answer until then (statement.answer); the handover notice, the first letter after
    it, opened "We have not yet received your payment, so we have handed your file over" as if nobody had answered.
    It names the answer, as the first reminder or dunning letter after it does (one rule: `_sent_since_the_answer`),
    and a site without the text writes handover.md as before."""
    from pelican.plugins.incasso.letters.texts import LetterTexts
    from tests.support.letters import NOTICE_OF_F_A, after_the_term

    handover = event(date(2026, 12, 18), "handover", agency="Incasso BV")
    view, _, _ = after_the_term(tmp_path, language, events=[*NOTICE_OF_F_A, handover])
    assert (view.kind, view.opening) == (LetterKind.HANDOVER, "handover_answered")
    blocks = LetterTexts(REPO / "content" / "letters")[(language, view.opening)].filled(view.text_values).blocks
    assert blocks[0][1].startswith(HANDOVER_OPENS[language])
    old_site = tmp_path / "old-site"
    shutil.copytree(REPO / "content" / "letters", old_site)
    for lang in ("nl", "en"):
        (old_site / lang / "handover_answered.md").unlink()
    old = LetterTexts(old_site)[(language, view.opening)].filled(view.text_values).blocks
    assert old == LetterTexts(REPO / "content" / "letters")[(language, "handover")].filled(view.text_values).blocks
    # A letter went out since the answer (the final notice for F-A, then a dunning letter after the answer): the
    # handover notice opens as usual.
    since = [*NOTICE_OF_F_A, event(date(2026, 12, 10), "reminder"), handover]
    later, _, _ = after_the_term(tmp_path / "since", language, events=since)
    assert later.opening == "handover"


SEVERAL_MISSED_OPENS = {
    "nl": "Volgens onze administratie zijn een paar termijnen van uw betalingsregeling nog niet betaald.",
    "en": "According to our records, some instalments of your payment plan have not been paid.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_reminder_of_two_missed_instalments_opens_in_the_plural(tmp_path, language):
    """A plan of two of 625.00 (12 and 16 March 2026), neither paid on the 24th: the reminder's subject said
    "Herinnering: termijnen van uw betalingsregeling" and its body "De termijnen van 12 maart 2026 ... en 16 maart
    2026 ...", but it opened "Volgens onze administratie is een termijn van uw betalingsregeling nog niet (helemaal)
    betaald ... Heeft u de termijn net betaald?". It opens with `installment_reminder_several`, by the rule the
    subject and the page's message (plan_missed_several) follow; a site without the text writes
    installment_reminder.md as before, and a reminder of one missed instalment opens as it did."""
    from pelican.plugins.incasso.letters.texts import LetterTexts

    installments = [{"due": date(2026, 3, 12), "amount": 625}, {"due": date(2026, 3, 16), "amount": 625}]
    plan = event(date(2026, 3, 10), "arrangement", installments=installments, channel="letter")
    ledger = one_debtor_ledger(tmp_path, events=[plan], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 24))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert (view.kind, view.opening) == (LetterKind.INSTALLMENT_REMINDER, "installment_reminder_several")
    # One rule for the page and letter; the plan's last day (16 March) behind, the page's is the `_last_` one.
    assert statement_view(claim, ledger).message_key == "plan_missed_last_several"
    texts = LetterTexts(REPO / "content" / "letters")
    blocks = texts[(language, view.opening)].filled(view.text_values).blocks
    assert blocks[0][1].startswith(SEVERAL_MISSED_OPENS[language]), blocks
    old_site = tmp_path / "old-site"
    shutil.copytree(REPO / "content" / "letters", old_site)
    for lang in ("nl", "en"):
        (old_site / lang / "installment_reminder_several.md").unlink()
    old = LetterTexts(old_site)[(language, view.opening)].filled(view.text_values).blocks
    assert old == texts[(language, "installment_reminder")].filled(view.text_values).blocks
    # The plan's letter, written by the build of the 11th, arrives on the 13th: it asks the instalment of the 12th by
    # the next instalment's day, the 16th (s51: "zo snel mogelijk", reminded alone from the 14th). No reminder before
    # the 17th, which asks both, in the plural.
    for day in (date(2026, 3, 14), date(2026, 3, 16)):
        assert not letters_due(assess(ledger, ledger.debtors[0], day), NO_RECORD), day
    both = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    (first,) = letters_due(both, NO_RECORD)
    assert letter_view(ledger, both, first, Channel.LETTER).opening == "installment_reminder_several"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            "Hebben wij EUR\xa01.250,00 niet uiterlijk 13 maart 2026 ontvangen? Dan gaan wij verder met de incasso: "
            "na {end} kunnen wij uw dossier overdragen aan een incassobureau. Die dag is de laatste betaaldag van onze "
            "laatste brief (sommatie).",
        ),
        (
            "en",
            "We need to receive EUR\xa01,250.00 by 13 March 2026. If we do not, a collection agency may take over "
            "your file. "
            "That will be after {end}, the last day to pay in our final notice.",
        ),
    ],
)
def test_a_promise_in_a_final_notice_s_term_says_no_handover_comes_before_that_term_ends(tmp_path, language, said):
    """The promised day came before the notice's last day: the page says that day, and so does the letter now; it
    said "wij kunnen uw dossier overdragen" after the promised day, as if that could come first (new1 review, #3)."""
    notice = event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("187.50"))
    promise = event(date(2026, 3, 9), "promise", promised_date=date(2026, 3, 13))
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning"), notice, promise]
    ledger = one_debtor_ledger(tmp_path, events=steps, language=language, interest="none")
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 9))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    end = final_notice_term_end(ledger.creditor, claim.debtor, date(2026, 3, 6), Channel.LETTER)
    assert end > date(2026, 3, 13)
    assert view.terms[-1].startswith(said.format(end=fmt.day(end, language)))


@pytest.mark.parametrize(
    ("language", "named"),
    [
        ("nl", "Die dag is de laatste betaaldag van onze sommatie per e-mail."),
        ("en", "the last day to pay in our emailed final notice."),
    ],
)
def test_a_promise_in_the_term_of_an_emailed_final_notice_names_it_as_it_was_sent(tmp_path, language, named):
    """The same with the final notice sent by e-mail: 'de laatste betaaldag van onze laatste brief (sommatie)' named
    a letter that was never posted, where the page and the other letters say 'onze sommatie per e-mail'."""
    notice = event(date(2026, 3, 6), "final_notice", channel="email", costs=Decimal("187.50"))
    promise = event(date(2026, 3, 9), "promise", promised_date=date(2026, 3, 13))
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning"), notice, promise]
    contact = {
        "person": "Jan de Vries",
        "email": "jan@bakkerijdevries.nl",
        "address": ["Dorpsstraat 1", "1234 AB Ergens"],
        "final_notice_by": "email",
    }
    ledger = one_debtor_ledger(tmp_path, events=steps, language=language, interest="none", contact=contact)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 9))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    assert named in view.terms[-1], view.terms[-1]
    assert "brief" not in view.terms[-1]
