"""s56, real builds: beside a payment the bank took back, the page's lines around the amount and the next steps say what
counts, not what would be true had the payment stayed.

Each consumer (nl and en) owes one invoice of 1250.00 due 4 February 2026 and is in a state a returned payment can
stand beside; each paid and had it taken back by the bank (AC04, the account closed), read on 22 November 2026:

- after a final notice posted 4 November (its term to 20 November), paid on the 4th and taken back on the 19th, the
  statements ending that day: the top asks the amount with the costs, "Stond het bedrag uit die sommatie uiterlijk
  20 november 2026 op onze rekening? Dan zijn er geen incassokosten." read as "I paid, so no costs". Only a payment
  that stayed there stops them (`costs_on_top_why_returned`);
- the same notice, handed over on the 21st: "Stond uw betaling uiterlijk op die dag op onze rekening? Dan telt die."
  and "Heeft u nog niet betaald? Betaal dan nu" (`term_unseen_lead_handover_returned`);
- no letter yet, or a final notice still running, the statements ending on the 19th: "Heeft u al betaald? Dan hoeft u
  niets te doen." (`unseen_already`, `costs_unseen_announced`); a promise to pay by the 20th: "Heeft u op tijd
  betaald?" (`unseen_yet`): only a payment made again may be what is not yet seen;
- a settlement of 600.00 by 20 November, paid on the 14th and taken back on the 18th: "Heeft u uiterlijk 20 november
  2026 nog EUR 600,00 betaald? Ja? Dan hoeft u niets meer te betalen." (`undecided_label_returned`);
- the statements reaching the 22nd: a settlement's instalment of 15 November paid on the 14th ("De termijn van 15
  november 2026 is nog niet betaald", `settlement_overdue`; since s56 its grace counts from the return on the 19th,
  to 3 December: claims.accord.counted_from), a plan's of 1 November, and two of them ("nog niet
  betaald", `plan_arrears`, `_more`), as the reminders say it since s55; a promise to pay by 15 November paid on the
  14th ("Die betaling hebben wij niet ontvangen", `promise_broken_lead`); a file handed over on 1 November, paid to
  us on the 10th ("Wij hebben nog geen betaling van u die meetelt. Daarom hebben wij uw dossier overgedragen", a
  reason for a handover older than the payment: shipped.HANDED_OVER).

s56 review, the rest: after a handover, the line under the return sent the debtor to the agency ("Neem dan contact op
met Incasso X B.V.") under "Heeft u aan ons betaald? Neem dan contact met ons op." (the payment was to us), and where
the ledger gives the agency no phone or e-mail, to an agency the page gives no way to reach; the plan's message said
"Een termijn van uw betalingsregeling is niet betaald." above the line saying what counts; under a final notice over
a plan (its instalment of 1 October paid and taken back on the 8th, the notice of 12 November running), "U heeft een
termijn van uw betalingsregeling niet betaald" and "De termijn van 1 oktober 2026 ... is nog niet betaald. Daarom
hebben wij u onze laatste brief (sommatie) gestuurd"; a promise to pay by 15 November, 600.00 of it paid and 650.00
taken back, "Die betaling hebben wij niet helemaal ontvangen"; and a promise that replaced a settlement called off
on a day the statements do not reach asked "Heeft u uiterlijk 21 november 2026 nog EUR 600,00 betaald?".

s56 wording: under a final notice over a plan, its message said "De termijnen van uw betalingsregeling zijn niet
allemaal op tijd betaald." (the letter "maar de termijnen zijn niet allemaal op tijd betaald", and once its term is
over "omdat de termijnen ... niet allemaal op tijd betaald waren"), as if the instalment paid and taken back had not
been paid; beside the part of a promise that stayed, the reminder's message and the dunning letter said "Wij hebben
nog niet het hele bedrag ontvangen", as if the rest had never come.

s57: after a broken promise's dunning letter or reminder, the message said "U heeft ons toegezegd te betalen, maar wij
hebben nog geen betaling van u die meetelt. Daarom hebben wij u een aanmaning gestuurd.": a reason for a letter older
than the return (a promise to pay by 15 November paid on the 14th, the dunning letter of the 17th sent before the
statements showed it, the payment taken back on the 19th; or nothing by the 15th, the reminder of the 17th, paid on
the 18th and taken back on the 20th). It states the promise, the letter after it, then what counts. And after a
handover that ended a plan, its second instalment's payment taken back after it, the message said "Wij hebben niet
alle termijnen van uw betalingsregeling ontvangen": both came, one went back.

Beside each debtor with a return, one without that payment in the same state reads as before (where its page is the
same but for the return).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.site.test_returned_build import ADDRESS
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import build_site, page_text

pytestmark = pytest.mark.slow

AS_OF = date(2026, 11, 22)
REMINDED = event(date(2026, 2, 5), "reminder", channel="email")
DUNNED = event(date(2026, 2, 20), "dunning", channel="email")
NOTICE = event(date(2026, 11, 4), "final_notice")
AGENCY = "Incasso X B.V."
SETTLEMENT = event(
    date(2026, 11, 1),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 11, 15), "amount": "300.00"}, {"due": date(2026, 12, 15), "amount": "300.00"}],
    reason="Afgesproken aan de telefoon",
)
PLAN = [{"due": date(2026, 11, 1), "amount": 400}, {"due": date(2026, 12, 1), "amount": 400}]
PLAN += [{"due": date(2027, 1, 1), "amount": 450}]
PLANS = [{"due": date(2026, 10, 1), "amount": 400}, {"due": date(2026, 11, 1), "amount": 400}]
PLANS += [{"due": date(2027, 1, 1), "amount": 450}]
PLAN_NOTICED = [{"due": date(2026, 10, 1), "amount": 400}, {"due": date(2026, 12, 1), "amount": 400}]
PLAN_NOTICED += [{"due": date(2027, 1, 1), "amount": 450}]
PLAN_HANDED_OVER = [{"due": date(2026, 9, 1), "amount": 300}, {"due": date(2026, 10, 1), "amount": 300}]
AGENCY_PHONE = "+31 20 555 12 34"
AGENCY_EMAIL = "dossiers@incassox.example"


def _state(events: list, amount: str, paid: date, returned: date, kept: tuple[str, date] | None = None) -> dict:
    """A state's events, and the payment the bank took back (`amount` paid on `paid`, back on `returned`); `kept`, a
    payment (amount, day) both its debtors made that stayed."""
    return {"events": events, "amount": amount, "paid": paid, "returned": returned, "kept": kept}


# The statements end on 19 November: a day the page holds the debtor to is after them.
UNSEEN = {
    "costs_on_top": _state([REMINDED, DUNNED, NOTICE], "1250.00", date(2026, 11, 4), date(2026, 11, 19)),
    "handed_over_unseen": _state(
        [REMINDED, DUNNED, NOTICE, event(date(2026, 11, 21), "handover", agency=AGENCY)],
        "1250.00",
        date(2026, 11, 4),
        date(2026, 11, 19),
    ),
    "overdue": _state([], "1250.00", date(2026, 11, 4), date(2026, 11, 19)),
    "notice_running": _state(
        [REMINDED, DUNNED, event(date(2026, 11, 12), "final_notice")], "1250.00", date(2026, 11, 14), date(2026, 11, 19)
    ),
    "promise_day": _state(
        [REMINDED, event(date(2026, 11, 10), "promise", promised_date=date(2026, 11, 20))],
        "1250.00",
        date(2026, 11, 12),
        date(2026, 11, 19),
    ),
    "settlement_day": _state(
        [REMINDED, event(date(2026, 10, 1), "settlement", amount=Decimal("600.00"), pay_by=date(2026, 11, 20))],
        "600.00",
        date(2026, 11, 14),
        date(2026, 11, 18),
    ),
    # A settlement of 600.00 by 30 November, paid on the 14th and taken back on the 18th, called off on the 21st and
    # replaced by a promise: the top asks whether the 600.00 came by then (steps._replaced_undecided_summary).
    "replaced_undecided": _state(
        [
            REMINDED,
            event(date(2026, 10, 1), "settlement", amount=Decimal("600.00"), pay_by=date(2026, 11, 30)),
            event(date(2026, 11, 21), "settlement_ended", reason="Betalingsregeling in plaats daarvan"),
            event(date(2026, 11, 21), "promise", promised_date=date(2026, 12, 5)),
        ],
        "600.00",
        date(2026, 11, 14),
        date(2026, 11, 18),
    ),
}
# The statements reach the page's day.
SEEN = {
    "settlement_overdue": _state([REMINDED, SETTLEMENT], "300.00", date(2026, 11, 14), date(2026, 11, 19)),
    "plan_missed": _state(
        [REMINDED, event(date(2026, 10, 1), "arrangement", installments=PLAN)],
        "400.00",
        date(2026, 11, 1),
        date(2026, 11, 19),
    ),
    "plan_missed_two": _state(
        [REMINDED, event(date(2026, 9, 1), "arrangement", installments=PLANS)],
        "400.00",
        date(2026, 10, 1),
        date(2026, 11, 19),
    ),
    "promise_broken": _state(
        [REMINDED, event(date(2026, 11, 5), "promise", promised_date=date(2026, 11, 15))],
        "1250.00",
        date(2026, 11, 14),
        date(2026, 11, 19),
    ),
    "handed_over": _state(
        [
            REMINDED,
            DUNNED,
            event(date(2026, 9, 1), "final_notice"),
            event(date(2026, 11, 1), "handover", agency=AGENCY),
        ],
        "1250.00",
        date(2026, 11, 10),
        date(2026, 11, 19),
    ),
    # The same handover, the agency's phone and e-mail in the ledger: the page says whom to ask about which payment.
    "handed_over_reachable": _state(
        [
            REMINDED,
            DUNNED,
            event(date(2026, 9, 1), "final_notice"),
            event(date(2026, 11, 1), "handover", agency=AGENCY, agency_phone=AGENCY_PHONE, agency_email=AGENCY_EMAIL),
        ],
        "1250.00",
        date(2026, 11, 10),
        date(2026, 11, 19),
    ),
    # A plan's instalment of 1 October paid on its day and taken back on the 8th, reminded of on the 12th; the final
    # notice over the plan on 12 November, its term running.
    "plan_notice": _state(
        [
            REMINDED,
            event(date(2026, 9, 1), "arrangement", installments=PLAN_NOTICED),
            event(date(2026, 10, 12), "reminder", channel="email"),
            event(date(2026, 11, 12), "final_notice"),
        ],
        "400.00",
        date(2026, 10, 1),
        date(2026, 10, 8),
    ),
    # The same plan, reminded of on 12 October and no final notice yet: today's letter is the final notice over it.
    "plan_notice_today": _state(
        [
            REMINDED,
            DUNNED,
            event(date(2026, 9, 1), "arrangement", installments=PLAN_NOTICED),
            event(date(2026, 10, 12), "reminder", channel="email"),
        ],
        "400.00",
        date(2026, 10, 1),
        date(2026, 10, 8),
    ),
    # ... its final notice of 20 October, its term over: the page charges the costs it named.
    "plan_notice_passed": _state(
        [
            REMINDED,
            event(date(2026, 9, 1), "arrangement", installments=PLAN_NOTICED),
            event(date(2026, 10, 12), "reminder", channel="email"),
            event(date(2026, 10, 20), "final_notice"),
        ],
        "400.00",
        date(2026, 10, 1),
        date(2026, 10, 8),
    ),
    # A promise to pay by 15 November: 600.00 paid on the 10th (it stayed), 650.00 on the 14th (taken back).
    "promise_broken_part": _state(
        [REMINDED, event(date(2026, 11, 5), "promise", promised_date=date(2026, 11, 15))],
        "650.00",
        date(2026, 11, 14),
        date(2026, 11, 19),
        kept=("600.00", date(2026, 11, 10)),
    ),
    # s57: a promise to pay by 15 November, paid on the 14th; the statements read on the 17th did not show it yet (a
    # payment without its reference can take days), and the dunning letter went that day; the bank took the payment
    # back on the 19th. The return broke the promise, and the letter is older than the return.
    "promise_dunned": _state(
        [
            REMINDED,
            event(date(2026, 11, 5), "promise", promised_date=date(2026, 11, 15)),
            event(date(2026, 11, 17), "dunning", channel="email"),
        ],
        "1250.00",
        date(2026, 11, 14),
        date(2026, 11, 19),
    ),
    # A promise made before any letter, to pay by 15 November: nothing by then, the reminder on the 17th, paid on the
    # 18th and taken back on the 20th.
    "promise_reminded": _state(
        [
            event(date(2026, 11, 5), "promise", promised_date=date(2026, 11, 15)),
            event(date(2026, 11, 17), "reminder", channel="email"),
        ],
        "1250.00",
        date(2026, 11, 18),
        date(2026, 11, 20),
    ),
    # A plan of two instalments of 300.00 (1 September, 1 October), both paid, the file handed over on 1 November for
    # the rest; the bank took the second instalment's payment back on the 19th.
    "plan_handed_over": _state(
        [REMINDED, DUNNED, event(date(2026, 8, 15), "arrangement", installments=PLAN_HANDED_OVER)]
        + [event(date(2026, 11, 1), "handover", agency=AGENCY)],
        "300.00",
        date(2026, 10, 1),
        date(2026, 11, 19),
        kept=("300.00", date(2026, 9, 1)),
    ),
}
# What each page says beside the return, by state and language, and what it said before (and says without one).
SAID = {
    "costs_on_top": {
        "nl": "Stond het bedrag uit die sommatie uiterlijk 20 november 2026 op onze rekening, en is het daar gebleven? "
        "Dan zijn er geen incassokosten.",
        "en": "If the amount of that final notice reached our account by 20 November 2026 and stayed there, they are "
        "not owed.",
    },
    "handed_over_unseen": {
        "nl": "Stond uw betaling uiterlijk op die dag op onze rekening, en is die daar gebleven? Dan telt die.",
        "en": "If your payment reached our account by that day and stayed there, it counts.",
    },
    "overdue": {
        "nl": "Betalingen van na 19 november 2026 hebben wij nog niet verwerkt. Heeft u daarna opnieuw betaald? Dan "
        "hoeft u niets te doen.",
        "en": "We have not yet processed payments made after 19 November 2026. If you paid again after that day, you "
        "do not need to do anything.",
    },
    "promise_day": {
        "nl": "Betalingen van na 19 november 2026 hebben wij nog niet verwerkt. Heeft u daarna op tijd opnieuw betaald? "
        "Dan hoeft u niets te doen.",
        "en": "We have not yet processed payments made after 19 November 2026. If you paid again in time after that "
        "day, you do not need to do anything.",
    },
    "settlement_day": {
        "nl": "Heeft u uiterlijk 20 november 2026 opnieuw EUR 600,00 betaald? Ja? Dan hoeft u niets meer te betalen.",
        "en": "Did you pay the remaining EUR 600.00 again by 20 November 2026? If so, you need not pay anything more.",
    },
    "settlement_overdue": {
        "nl": "Voor de termijn van 15 november 2026 hebben wij nog geen betaling van u die meetelt. Betaal de termijn "
        "uiterlijk 3 december 2026.",
        "en": "For the instalment of 15 November 2026, we have no payment from you that counts. Please pay it by 3 "
        "December 2026.",
    },
    "plan_missed": {
        "nl": "Voor de termijn van 1 november 2026 hebben wij nog geen betaling van u die meetelt: er staat EUR 400,00 "
        "open.",
        "en": "For the instalment of 1 November 2026, we have no payment from you that counts: EUR 400.00 is open.",
    },
    "plan_missed_two": {
        "nl": "Deze termijnen staan nog open: 1 oktober 2026 (EUR 400,00) en 1 november 2026 (EUR 400,00). Voor die "
        "termijnen hebben wij nog geen betaling van u die meetelt. Samen is dat EUR 800,00.",
        "en": "These instalments are still open: 1 October 2026 (EUR 400.00) and 1 November 2026 (EUR 400.00). For "
        "these instalments, we have no payment from you that counts. In total, that is EUR 800.00.",
    },
    "promise_broken": {
        "nl": "U had toegezegd uiterlijk 15 november 2026 te betalen. Wij hebben nog geen betaling van u die meetelt.",
        "en": "You promised to pay by 15 November 2026. We have no payment from you that counts.",
    },
    "handed_over": {
        "nl": f"Wij hebben uw dossier overgedragen aan {AGENCY} Wij hebben nog geen betaling van u die meetelt.",
        "en": f"We have handed your file over to {AGENCY} We have no payment from you that counts.",
    },
    "replaced_undecided": {
        "nl": "Heeft u uiterlijk 21 november 2026 opnieuw EUR 600,00 betaald? Ja? Dan geldt de afspraak over het lagere "
        "bedrag toch",
        "en": "Did you pay the remaining EUR 600.00 again by 21 November 2026? If so, the lower amount still applies",
    },
    "handed_over_reachable": {
        "nl": "Wilt u opnieuw betalen, vanaf een andere rekening? Denkt u dat dit niet klopt? Neem dan contact met ons "
        "op: u betaalde aan ons.",
        "en": "Please pay again, from another account. If you think this is not right, please contact us: it was us "
        "you paid.",
    },
    # s60: the top names the instalment (the step below it said it again, "Wij hebben u onze laatste brief (sommatie)
    # gestuurd. Voor de termijn van 1 oktober 2026 ..."), the step says what to do.
    "plan_notice": {
        "nl": "Voor de termijn van 1 oktober 2026 van uw betalingsregeling (EUR 400,00) hebben wij nog geen betaling van "
        "u die meetelt.",
        "en": "For the instalment of 1 October 2026 of your payment plan (EUR 400.00), we have no payment from you that "
        "counts.",
    },
    "promise_broken_part": {
        "nl": "U had toegezegd uiterlijk 15 november 2026 te betalen. Daarvan telt EUR 600,00 mee: de rest staat nog "
        "open.",
        "en": "You promised to pay by 15 November 2026. Of that, EUR 600.00 counts: the rest is still open.",
    },
    # The promise, the letter after it, then what counts, and the way out as before; no "Daarom" (shipped.RETURNED_TOLD).
    "promise_dunned": {
        "nl": "U heeft ons toegezegd te betalen, en daarna hebben wij u een aanmaning gestuurd. Wij hebben nog geen "
        "betaling van u die meetelt. Wilt u het bedrag uiterlijk 30 november 2026 betalen? Kunt u niet alles in één "
        "keer betalen? Vraag dan een betalingsregeling aan.",
        "en": "You promised us to pay, and after that we sent you a formal reminder (in Dutch: aanmaning ). We have no "
        "payment from you that counts. Please pay the amount by 30 November 2026. If you cannot pay everything at "
        "once, ask us for a payment plan.",
    },
    "promise_reminded": {
        "nl": "U heeft ons toegezegd te betalen, en daarna hebben wij u een herinnering gestuurd. Wij hebben nog geen "
        "betaling van u die meetelt. Wilt u het bedrag uiterlijk 30 november 2026 betalen? Heeft u een vraag over de "
        "factuur, of lukt betalen nu niet? Bel of mail ons",
        "en": "You promised us to pay, and after that we sent you a reminder. We have no payment from you that counts. "
        "Please pay the amount by 30 November 2026. If you have a question about the invoice, or you cannot pay right "
        "now, call or email us.",
    },
    # Both instalments came, one went back: not "niet alle termijnen ... ontvangen" (statement.view.not_received).
    "plan_handed_over": {
        "nl": f"Wij hebben uw dossier overgedragen aan {AGENCY} Wij hebben niet voor elke termijn van uw "
        "betalingsregeling een betaling van u die meetelt.",
        "en": f"We have handed your file over to {AGENCY} We have not had a payment from you that counts for every "
        "instalment of your payment plan.",
    },
}
BEFORE = {
    "costs_on_top": {
        "nl": "uiterlijk 20 november 2026 op onze rekening? Dan zijn er geen incassokosten.",
        "en": "reached our account by 20 November 2026, there are no collection costs.",
    },
    "handed_over_unseen": {"nl": "op onze rekening? Dan telt die.", "en": "by that day, it counts."},
    "overdue": {"nl": "Heeft u al betaald?", "en": "If you have already paid"},
    "promise_day": {"nl": "Heeft u op tijd betaald?", "en": "If you paid in time"},
    "settlement_day": {"nl": "nog EUR 600,00 betaald?", "en": "remaining EUR 600.00 by 20 November 2026?"},
    "settlement_overdue": {"nl": "is nog niet betaald", "en": "has not been paid yet"},
    "plan_missed": {"nl": "2026 is nog niet betaald: er staat", "en": "2026 has not been paid: EUR"},
    "plan_missed_two": {
        "nl": "(EUR 400,00). Samen is dat EUR 800,00.",
        "en": "(EUR 400.00). In total, that is EUR 800.00.",
    },
    "promise_broken": {"nl": "Die betaling hebben wij niet ontvangen", "en": "We have not received that payment"},
    "handed_over": {"nl": "Daarom hebben wij uw dossier", "en": "That is why we have handed"},
    "replaced_undecided": {"nl": "nog EUR 600,00 betaald?", "en": "remaining EUR 600.00 by 21 November 2026?"},
    "handed_over_reachable": {
        "nl": f"Denkt u dat dit niet klopt? Neem dan contact op met {AGENCY}",
        "en": f"If you think this is not right, please contact {AGENCY}",
    },
    "plan_notice": {
        "nl": "2026 van uw betalingsregeling (EUR 400,00) is nog niet betaald. Daarom vragen wij",
        "en": "2026 of your payment plan (EUR 400.00) has not been paid. So we now ask",
    },
    "promise_broken_part": {
        "nl": "Die betaling hebben wij niet helemaal ontvangen",
        "en": "We have not received all of that payment",
    },
    "promise_dunned": {
        "nl": "Daarom hebben wij u een aanmaning gestuurd",
        "en": "So we have sent you a formal reminder",
    },
    "promise_reminded": {"nl": "Daarom hebben wij u een herinnering gestuurd", "en": "So we have sent you a reminder"},
    "plan_handed_over": {
        "nl": "Wij hebben niet alle termijnen van uw betalingsregeling ontvangen",
        "en": "We have not received all the instalments",
    },
}
# The second sentence changed beside the return where two did: said, and not its shipped form.
ALSO = {
    "handed_over_unseen": {
        "nl": ("Heeft u nog niet opnieuw betaald? Betaal dan nu het bedrag hierboven.", "Heeft u nog niet betaald?"),
        "en": ("If you have not paid again yet, please pay the amount above now.", "If you have not paid yet"),
    },
    "notice_running": {
        "nl": ("Heeft u daarna opnieuw betaald? Dan hoeft u niets te doen.", "Heeft u al betaald?"),
        "en": ("If you paid again after that day, you do not need to do anything.", "If you have already paid"),
    },
    # s56 review: after a handover the line under the return said to contact the agency, under "Heeft u aan ons
    # betaald? Neem dan contact met ons op." (and where the ledger gives no way to reach it, under "Mist u een
    # betaling? Neem dan contact met ons op."): the payment was to us, and so is the question (statement.returned).
    "handed_over": {
        "nl": ("Neem dan contact met ons op: u betaalde aan ons.", f"Neem dan contact op met {AGENCY}."),
        "en": ("please contact us: it was us you paid.", f"please contact {AGENCY}."),
    },
    # The plan's message above the instalment paid and taken back said "is niet betaald", as s55 pinned it; it says
    # what counts, as the line under "Wat gebeurt er nu?" does (shipped.PLAN_MISSED).
    "plan_missed": {
        "nl": (
            "Voor een termijn van uw betalingsregeling hebben wij nog geen betaling van u die meetelt. Hieronder ziet u",
            "Een termijn van uw betalingsregeling is niet betaald.",
        ),
        "en": (
            "We have no payment from you that counts for an instalment of your payment plan. Below you can see",
            "An instalment of your payment plan has not been paid.",
        ),
    },
    "plan_missed_two": {
        "nl": (
            "Voor een paar termijnen van uw betalingsregeling hebben wij nog geen betaling van u die meetelt.",
            "Een paar termijnen van uw betalingsregeling zijn niet betaald.",
        ),
        "en": (
            "We have no payment from you that counts for some instalments of your payment plan.",
            "Some instalments of your payment plan have not been paid.",
        ),
    },
    # The top under a final notice over the plan said "U heeft een termijn van uw betalingsregeling niet betaald".
    # (s60: by the instalment's day and amount, "De termijn van 1 oktober 2026 ... is nog niet betaald.")
    "plan_notice": {
        "nl": (
            "meetelt. Daarom vragen wij nu alles wat te laat is.",
            "De termijn van 1 oktober 2026 van uw betalingsregeling (EUR 400,00) is nog niet betaald.",
        ),
        "en": (
            "that counts. So we now ask for the whole overdue amount.",
            "The instalment of 1 October 2026 of your payment plan (EUR 400.00) has not been paid.",
        ),
    },
}
LANGUAGES = ("nl", "en")


def _debtor_id(state: str, language: str, returned: bool) -> str:
    states = [*UNSEEN, *SEEN]
    return f"D-{5000 + 4 * states.index(state) + 2 * LANGUAGES.index(language) + (not returned)}"


# The states whose letter of the day the tests read, by its kind.
LETTERS = {"promise_broken": "dunning", "promise_broken_part": "dunning", "plan_notice_today": "final_notice"}


def _pages(tmp_path: Path, states: dict[str, dict], statements_end: date) -> dict[str, str]:
    """A build of 22 November of each state's two debtors per language (one with the payment and its return, one with
    no payment), its bank statements to `statements_end`: each page's visible text by id, and each letter's text of
    the states in LETTERS by their id and "letter" (the day's letter of that kind, held for a call beside a return)."""
    debtors, bookings = [], []
    for state, books in states.items():
        for language in LANGUAGES:
            for returned in (True, False):
                debtor_id = _debtor_id(state, language, returned)
                contact = {"person": "Jan de Vries", "address": ADDRESS, "email": f"{debtor_id.lower()}@example.nl"}
                number = f"F2026-{debtor_id[2:]}"
                debtors.append(
                    valid_debtor(
                        id=debtor_id,
                        language=language,
                        contact=contact,
                        invoices=[invoice(number=number)],
                        events=books["events"],
                    )
                )
                iban = f"NL20INGB000{debtor_id[2:]}567"
                ref = rf_reference(debtor_id)
                if books["kept"] is not None:
                    amount, on = books["kept"]
                    bookings.append(Booking(amount, on, ref=f"K{debtor_id}", scor=ref, iban=iban))
                if returned:
                    bookings.append(Booking(books["amount"], books["paid"], ref=f"C{debtor_id}", scor=ref, iban=iban))
                    back = dict(credit=False, ref=f"B{debtor_id}", return_reason="AC04", iban=iban)
                    bookings.append(Booking(books["amount"], books["returned"], **back))
    bookings.append(Booking("4.50", statements_end, credit=False, ref="K1", name="Bank", iban=None))
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    claims = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]
    pages = {c["id"]: page_text(site, c) for c in claims}
    for state, kind in ((state, kind) for state, kind in LETTERS.items() if state in states):
        for debtor_id in (_debtor_id(state, lang, returned) for lang in LANGUAGES for returned in (True, False)):
            (letter,) = (site.internal / "letters").glob(f"{debtor_id}-{kind}*.pdf")
            pages[f"{debtor_id} letter"] = flat(" ".join(pdf_text(letter.read_bytes())))
    return pages


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    unseen = _pages(tmp_path_factory.mktemp("returned_unseen"), UNSEEN, date(2026, 11, 19))
    return {**unseen, **_pages(tmp_path_factory.mktemp("returned_seen"), SEEN, AS_OF)}


RETURNED_LINE = {"nl": "door de bank teruggeboekt", "en": "was returned by the bank"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", SAID)
def test_beside_a_returned_payment_the_page_says_what_counts(pages, state, language):
    page = pages[_debtor_id(state, language, returned=True)]
    assert RETURNED_LINE[language] in page, page
    assert SAID[state][language] in page, page
    assert BEFORE[state][language] not in page, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", ALSO)
def test_each_of_its_sentences_that_changed_beside_the_return(pages, state, language):
    page = pages[_debtor_id(state, language, returned=True)]
    said, before = ALSO[state][language]
    assert said in page, page
    assert before not in page, page


# Without a return, the plan's pages read as before (the states whose SAID is another line).
ALSO_BEFORE = ("plan_missed", "plan_missed_two", "plan_notice")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", ALSO_BEFORE)
def test_without_a_returned_payment_those_sentences_read_as_before(pages, state, language):
    page = pages[_debtor_id(state, language, returned=False)]
    assert ALSO[state][language][1] in page, page


# After a handover with the agency reachable, the page says twice whom to ask about a payment: under the payments'
# stamp, the agency of one to them and us of one to us; under the return, us, the payment being to us. One answer.
TO_US = {"nl": "Heeft u aan ons betaald? Neem dan contact met ons op.", "en": "Did you pay us? Please contact us."}


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_a_handover_both_lines_send_a_payment_to_us_to_us(pages, language):
    page = pages[_debtor_id("handed_over_reachable", language, returned=True)]
    assert TO_US[language] in page, page
    assert SAID["handed_over_reachable"][language] in page, page


# Without a return nothing holds the day's letter for staff to call first (DayLetter.contact_first): the debtor with no
# letter yet, and the one whose promise was broken, get theirs today, and their page reads that letter's day.
LIKE_FOR_LIKE = [state for state in SAID if state not in ("overdue", "promise_broken", "promise_broken_part")]
# ... and where the line changed is the one under the return, no page without one says it.
LIKE_FOR_LIKE.remove("handed_over_reachable")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", LIKE_FOR_LIKE)
def test_without_a_returned_payment_the_page_reads_as_before(pages, state, language):
    page = pages[_debtor_id(state, language, returned=False)]
    assert RETURNED_LINE[language] not in page
    assert BEFORE[state][language] in page, page


# The dunning letter after the broken promise said it too, in its own words (letters.terms._promise_broken): "Op 5
# november 2026 heeft u ons toegezegd ... te betalen, uiterlijk 15 november 2026. Die betaling hebben wij niet
# ontvangen." It says what counts, as the page does.
PROMISE_LETTER = {
    "nl": "uiterlijk 15 november 2026. Wij hebben nog geen betaling van u die meetelt.",
    "en": "by 15 November 2026. We have no payment from you that counts.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_letter_after_the_broken_promise_says_what_counts(pages, language):
    letter = pages[f"{_debtor_id('promise_broken', language, returned=True)} letter"]
    assert RETURNED_LINE[language] in letter, letter
    assert PROMISE_LETTER[language] in letter, letter
    assert BEFORE["promise_broken"][language] not in letter, letter


# s56 wording: the sentences that said "not all paid on time" of a plan's instalments, or "not yet received the whole
# amount" beside a part that stayed, by state and where they are read (the page, or the day's letter): beside the
# return what counts, and not the shipped form; without it, the shipped form. (The page's message in the notice's
# term said it too until s61; it leaves the instalments to the top now: `test_the_message_in_the_notice_s_term_...`.)
SAID_TOO = {
    ("plan_notice_today", "letter"): {
        "nl": (
            "Wij hebben met u een betalingsregeling afgesproken. Wij hebben niet voor elke termijn op tijd een "
            "betaling van u gehad die meetelt. Wij hebben u ook",
            "maar de termijnen zijn niet allemaal op tijd betaald.",
        ),
        "en": (
            "We agreed a payment plan with you. We did not have a payment from you that counts in time for every "
            "one of its instalments. We have also sent you",
            "but its instalments have not all been paid on time.",
        ),
    },
    ("plan_notice_passed", "page"): {
        "nl": (
            "Wij hebben u een laatste brief gestuurd (een sommatie). Wij hebben niet voor elke termijn van uw "
            "betalingsregeling op tijd een betaling van u gehad die meetelt. De termijn van die sommatie is voorbij",
            "omdat de termijnen van uw betalingsregeling niet allemaal op tijd betaald waren.",
        ),
        "en": (
            "We have sent you a final notice (in Dutch: sommatie ). We did not have a payment from you that counts in "
            "time for every instalment of your plan. The deadline in that notice has passed",
            "because not all instalments of your plan were paid on time.",
        ),
    },
    ("promise_broken_part", "page"): {
        "nl": ("Wij hebben nog niet voor het hele bedrag een betaling van u die meetelt.", "het hele bedrag ontvangen"),
        "en": ("We have not yet had payments from you that count for the whole amount.", "received the whole amount"),
    },
    ("promise_broken_part", "letter"): {
        "nl": (
            "U heeft ons toegezegd te betalen. Volgens onze administratie hebben wij nog niet voor het hele "
            "bedrag een betaling van u die meetelt.",
            "het hele bedrag ontvangen",
        ),
        "en": (
            "You promised us to pay. According to our records, we have not yet had payments from you that count "
            "for the whole amount.",
            "received the whole amount",
        ),
    },
}


def _read(pages: dict[str, str], state: str, place: str, language: str, *, returned: bool) -> str:
    debtor_id = _debtor_id(state, language, returned)
    return pages[debtor_id if place == "page" else f"{debtor_id} letter"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("state", "place"), SAID_TOO)
def test_beside_the_return_a_plan_s_late_instalments_and_a_part_paid_say_what_counts(pages, state, place, language):
    read = _read(pages, state, place, language, returned=True)
    said, before = SAID_TOO[(state, place)][language]
    assert RETURNED_LINE[language] in read, read
    assert said in read, read
    assert before not in read, read


@pytest.mark.parametrize("returned", [True, False])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_message_in_the_notice_s_term_leaves_the_instalments_to_the_top(pages, language, returned):
    """s61: it said "De termijnen van uw betalingsregeling zijn niet allemaal op tijd betaald. Daarom vraagt onze
    laatste brief (sommatie) ..." (beside the return "Wij hebben niet voor elke termijn ... die meetelt.") under the
    top that names the instalment and what counts of it (`ALSO`)."""
    read = _read(pages, "plan_notice", "page", language, returned=returned)
    late = {
        "nl": ("niet allemaal op tijd", "niet voor elke termijn"),
        "en": ("not all been paid", "counts in time for every"),
    }
    assert not [words for words in late[language] if words in read], read
    assert ALSO["plan_notice"][language][0 if returned else 1] in read, read


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("state", "place"), SAID_TOO)
def test_without_the_return_those_sentences_read_as_shipped(pages, state, place, language):
    read = _read(pages, state, place, language, returned=False)
    said, before = SAID_TOO[(state, place)][language]
    assert before in read, read
    assert said not in read, read
