"""A consumer's final notice brings collection costs only in a form they can be held to (art. 6:96 lid 6 BW).

Posted, or e-mailed (or sent in the portal) with their consent recorded (`final_notice_by: email`);
an e-mail without it brings none, whether or not they have a postal address (claims.timing.binds).
The reviewer's ledgers C1 and N1 (session 26), figures by hand: statutory interest 4 % in 2026,
days/365; the staffel 15 % of the first 2,500 and 10 % of the next.
"""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.outlook import costs_stated
from incasso.letters.view import letter_view
from tests.support.ledgers import MISSING, event, invoice, one_debtor_ledger

D = Decimal
AGREED = {"contact.final_notice_by": "email"}
AS_OF = date(2026, 5, 20)
# C1: 3,000.00 due 31 January 2026, a postal address, the final notice e-mailed on Tuesday 10 February.
C1 = invoice(number="F-C1", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=D("3000.00"))
C1_NOTICE = date(2026, 2, 10)
# N1: 1,000.00 due 31 January 2026, no postal address, the final notice e-mailed on Monday 20 April.
N1 = invoice(number="F-N1", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=D("1000.00"))
N1_NOTICE = date(2026, 4, 20)


def claim_of(tmp_path, invoices, events, as_of=AS_OF, **changes):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", invoices=invoices, events=events, **changes)
    return assess(ledger, ledger.debtors[0], as_of)


def costs(claim) -> tuple:
    return (claim.costs.state, claim.costs.amount, claim.costs.from_date, claim.total_due)


def test_c1_a_notice_e_mailed_to_a_consumer_with_an_address_unagreed_brings_no_costs(tmp_path):
    # Interest 1 February to 20 May: 109 days, 3,000.00 x 4 % x 109/365 = 35.8356, 35.84.
    claim = claim_of(tmp_path, [C1], [event(C1_NOTICE, "final_notice", channel="email")])
    assert costs(claim) == ("none", D("0.00"), None, D("3035.84"))
    assert claim.settlement.costs is None
    # After the e-mail's term (to 24 February) a final notice by post comes next, not the handover: that one
    # binds (session 39; before, the handover followed without costs).
    assert (claim.next_action.kind, claim.next_action.due) == ("final_notice", date(2026, 2, 25))


def test_c1_a_notice_e_mailed_with_the_consumer_s_consent_brings_its_costs(tmp_path):
    # Received the day it was sent: 14 days to Tuesday 24 February, costs from the 25th; the staffel over
    # 3,000.00: 375.00 + 50.00 = 425.00.
    claim = claim_of(tmp_path, [C1], [event(C1_NOTICE, "final_notice", channel="email")], **AGREED)
    assert costs(claim) == ("charged", D("425.00"), date(2026, 2, 25), D("3460.84"))
    in_term = claim_of(
        tmp_path / "term", [C1], [event(C1_NOTICE, "final_notice", channel="email")], C1_NOTICE, **AGREED
    )
    assert (in_term.costs.state, in_term.costs.amount, in_term.costs.from_date) == (
        "announced",
        D("425.00"),
        date(2026, 2, 25),
    )


def test_c1_the_letter_the_build_wrote_counts_once_recorded_as_posted(tmp_path):
    # The build wrote the consumer's notice as a letter only; recorded as posted that day too, it counts:
    # two PostNL days (Wednesday 11, Thursday 12 February), 14 days to Thursday 26 February, costs from the 27th.
    notices = [event(C1_NOTICE, "final_notice", channel="email"), event(C1_NOTICE, "final_notice", channel="letter")]
    assert costs(claim_of(tmp_path, [C1], notices)) == ("charged", D("425.00"), date(2026, 2, 27), D("3460.84"))
    posted = [event(C1_NOTICE, "final_notice", channel="letter")]
    assert costs(claim_of(tmp_path / "posted", [C1], posted)) == costs(claim_of(tmp_path / "both", [C1], notices))


def test_c1_a_notice_posted_after_the_e_mail_brings_the_costs_from_its_own_term(tmp_path):
    # Posted on Tuesday 3 March: received Thursday 5 March, 14 days to Thursday 19 March, costs from the 20th.
    notices = [event(C1_NOTICE, "final_notice", channel="email"), event(date(2026, 3, 3), "final_notice")]
    assert costs(claim_of(tmp_path, [C1], notices)) == ("charged", D("425.00"), date(2026, 3, 20), D("3460.84"))


def test_n1_a_notice_e_mailed_to_a_consumer_without_an_address_unagreed_brings_no_costs(tmp_path):
    # Interest 1 February to 20 May: 1,000.00 x 4 % x 109/365 = 11.9452, 11.95.
    no_address = {"contact.address": MISSING}
    claim = claim_of(tmp_path, [N1], [event(N1_NOTICE, "final_notice", channel="email")], **no_address)
    assert costs(claim) == ("none", D("0.00"), None, D("1011.95"))
    # With the consent recorded: 14 days to Monday 4 May, costs from the 5th; 15 % of 1,000.00 = 150.00.
    agreed = claim_of(
        tmp_path / "agreed", [N1], [event(N1_NOTICE, "final_notice", channel="email")], **no_address, **AGREED
    )
    assert costs(agreed) == ("charged", D("150.00"), date(2026, 5, 5), D("1161.95"))


def test_n1_the_e_mail_the_build_writes_states_no_costs_and_asks_for_the_address(tmp_path):
    # The lawyer's L3 M3 (session 39): the only form that reaches them, and it brings no costs, so it announces
    # none (art. 6:193c BW: costs that will not be charged are not announced); it asks for the postal address,
    # or the consent, so that a notice that binds can follow. Staff record it without costs.
    steps = [event(date(2026, 3, 20), "reminder"), event(date(2026, 4, 3), "dunning", channel="email")]
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", invoices=[N1], events=steps, **{"contact.address": MISSING}
    )
    claim = assess(ledger, ledger.debtors[0], N1_NOTICE)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == "final_notice"
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    # No last letter either (session 40): a posted notice, or one e-mailed after the consent, may follow.
    assert (view.subject, view.opening) == ("Sommatie", "final_notice_unagreed")
    assert "incassokosten van" not in " ".join(view.terms)
    assert view.terms[2] == (
        "Aan deze e-mail verbinden wij geen incassokosten. Wij hebben uw postadres niet. Wilt u het ons laten weten? "
        "Antwoord dan op "
        "deze e-mail. Of laat ons weten dat wij u onze brieven per e-mail mogen sturen."
    )
    assert costs_stated(ledger, claim, due) is None


def test_n1_the_e_mail_after_the_consent_states_the_costs(tmp_path):
    # Consent recorded on 15 April, before the e-mail of the 20th: it binds, and states its costs.
    steps = [event(date(2026, 3, 20), "reminder"), event(date(2026, 4, 3), "dunning", channel="email")]
    agreed = {"contact.address": MISSING, **AGREED, "contact.email_agreed": "2026-04-15"}
    ledger = one_debtor_ledger(tmp_path, interest="statutory", invoices=[N1], events=steps, **agreed)
    claim = assess(ledger, ledger.debtors[0], N1_NOTICE)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    # Asked: 1,000.00 and interest 1 February to 20 April, 79 days: 1,000.00 x 4 % x 79/365 = 8.6575, 8.66.
    assert view.terms[2].startswith(
        "Heeft u dan niet EUR\xa01.008,66 betaald? Dan rekenen wij vanaf 5 mei 2026 incassokosten van EUR\xa0150,00."
    )
    assert costs_stated(ledger, claim, due) == D("150.00")


def test_c1_consent_given_after_the_e_mail_does_not_make_it_bind(tmp_path):
    # The lawyer's L3c (session 39): consent recorded on 1 March for a notice e-mailed on 10 February. That
    # e-mail was not one the consumer had agreed to: it brings no costs, also now that they have agreed.
    later = {**AGREED, "contact.email_agreed": "2026-03-01"}
    claim = claim_of(tmp_path, [C1], [event(C1_NOTICE, "final_notice", channel="email")], **later)
    assert costs(claim) == ("none", D("0.00"), None, D("3035.84"))
    # A final notice e-mailed now binds: it comes next (from the day after the first one's term), by e-mail.
    assert (claim.next_action.kind, claim.next_action.due) == ("final_notice", date(2026, 2, 25))
    assert claim.debtor.final_notice_forms() == (Channel.EMAIL,)


def test_c1_a_notice_e_mailed_on_or_after_the_day_of_consent_binds(tmp_path):
    # Agreed the day it was e-mailed, or before: as without a day, costs from 25 February.
    for agreed in ("2026-02-10", "2026-01-05"):
        dated = {**AGREED, "contact.email_agreed": agreed}
        notice = [event(C1_NOTICE, "final_notice", channel="email")]
        claim = claim_of(tmp_path / agreed, [C1], notice, **dated)
        assert costs(claim) == ("charged", D("425.00"), date(2026, 2, 25), D("3460.84"))


def test_c1_after_a_late_consent_a_notice_e_mailed_since_brings_the_costs_from_its_own_term(tmp_path):
    # Consent on 1 March; a new notice e-mailed on Tuesday 3 March: 14 days to Tuesday 17 March, costs from the 18th.
    later = {**AGREED, "contact.email_agreed": "2026-03-01"}
    notices = [
        event(C1_NOTICE, "final_notice", channel="email"),
        event(date(2026, 3, 3), "final_notice", channel="email", costs=D("425.00")),
    ]
    claim = claim_of(tmp_path, [C1], notices, **later)
    assert costs(claim) == ("charged", D("425.00"), date(2026, 3, 18), D("3460.84"))


def test_n1_once_the_address_is_known_a_posted_final_notice_follows_the_e_mail_and_brings_the_costs(tmp_path):
    # The e-mail of Monday 20 April (no consent, no address) brings no costs; its term ends Monday 4 May. The
    # address recorded since, a final notice by post comes next, from 5 May, and states the costs.
    notice = event(N1_NOTICE, "final_notice", channel="email")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", invoices=[N1], events=[notice])
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 5))
    assert (claim.next_action.kind, claim.next_action.due) == ("final_notice", date(2026, 5, 5))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == "final_notice"
    view = letter_view(ledger, claim, due, Channel.LETTER)
    # Written Tuesday 5 May, Liberation Day, on which no post is counted: posted Wednesday 6, received Friday 8
    # May, 14 days to Friday 22 May, costs from the 23rd; asked:
    # 1,000.00 and interest 1 February to 5 May, 94 days: 1,000.00 x 4 % x 94/365 = 10.3014, 10.30.
    assert "Dan rekenen wij vanaf 23 mei 2026 incassokosten van EUR\xa0150,00" in " ".join(view.terms)
    assert costs_stated(ledger, claim, due) == D("150.00")
    # Recorded as posted with its costs: charged from 23 May, and then the handover follows.
    posted = event(date(2026, 5, 5), "final_notice", channel="letter", costs=D("150.00"))
    after = claim_of(tmp_path / "posted", [N1], [notice, posted], date(2026, 5, 23))
    assert (after.costs.state, after.costs.amount, after.costs.from_date) == ("charged", D("150.00"), date(2026, 5, 23))
    assert after.next_action.kind == "handover"


def test_n1_without_the_address_or_the_consent_the_handover_follows_without_costs(tmp_path):
    notice = event(N1_NOTICE, "final_notice", channel="email")
    claim = claim_of(tmp_path, [N1], [notice], date(2026, 5, 5), **{"contact.address": MISSING})
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 5, 5))
    assert claim.costs.state == "none"
