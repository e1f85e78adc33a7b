"""s48: a promise's page says once what to do when it cannot be paid, with its day: the message above "Wat gebeurt er
nu?" said it again without one. A promise whose day is past, its payments not yet read (`promise_passed`: "Kon u niet
alles betalen wat u toezegde? Laat het ons dan weten" beside "Betaal het dan nu, of laat het ons vandaag nog weten"),
and a promise made to the agency (`promise_agency`: "Lukt het toch niet op tijd, ...? Neem dan zo snel mogelijk
contact op met Incasso B.V." beside "Lukt het niet om ... uiterlijk 25 april 2026 te betalen? Laat Incasso B.V. het
dan vóór 25 april 2026 weten."). The shipped messages, and the ones shipped before as a site may have copied them."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import days, event, one_debtor_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
DUE = date(2026, 2, 4)
NOTICE = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning"), event(DUE + days(30), "final_notice")]
HANDOVER = event(DUE + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
# What to do when it cannot be paid (in time): said by "Wat gebeurt er nu?", with its day; whom to tell, once.
CANNOT = re.compile(r"\blukt het (toch )?niet\b|\bkon u niet\b|\bcannot pay\b|\bcould not pay\b", re.I)
TELL = re.compile(r"\blaat (het ons|incasso b\.v\. het)\b[^.?]*\bweten\b|\blet (us|incasso b\.v\.) know\b", re.I)
# The messages as shipped before this change.
BEFORE = {
    ("nl", "promise_passed"): "Dank u wel voor uw betaalbelofte. De datum die wij samen afspraken, is voorbij. Kon u "
    "niet alles betalen wat u toezegde? Laat het ons dan weten, dan zoeken wij samen een oplossing.\n",
    ("en", "promise_passed"): "Thank you for your promise to pay. The date we agreed together has passed. If you could "
    "not pay all you promised, please let us know, and we will find a solution together.\n",
    ("nl", "promise_agency"): "Dank u wel voor uw betaalbelofte aan {handler}. Bovenaan deze pagina ziet u hoeveel u "
    "betaalt, en uiterlijk wanneer.\n\nLukt het toch niet op tijd, of heeft u een vraag over de betaling? Neem dan zo "
    "snel mogelijk contact op met {handler}. Heeft u geldzorgen? Verderop op deze pagina staat waar u hulp kunt "
    "vragen.\n",
    ("en", "promise_agency"): "Thank you for your promise to pay {handler}. At the top of this page you can see how "
    "much you pay, and by when.\n\nIf you cannot pay in time after all, or you have a question about the payment, "
    "please contact {handler} as soon as possible. Worried about money? Further down this page you can see where to "
    "get help.\n",
}


def _passed(tmp_path, language):
    """Promised on 10 March to pay by 20 March; on 23 March the bank statements read reach 18 March only."""
    promise = event(date(2026, 3, 10), "promise", promised_date=date(2026, 3, 20))
    ledger = one_debtor_ledger(tmp_path, interest="statutory", language=language, events=[promise])
    ledger = replace(ledger, bank_until=date(2026, 3, 18))
    return ledger, assess(ledger, ledger.debtors[0], date(2026, 3, 23))


def _to_the_agency(tmp_path, language):
    events = [*NOTICE, HANDOVER, event(DUE + days(65), "promise", promised_date=DUE + days(80))]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events)
    return ledger, assess(ledger, ledger.debtors[0], DUE + days(70))


CASES = {"promise_passed": _passed, "promise_agency": _to_the_agency}


@pytest.mark.parametrize("copied", [False, True], ids=["shipped", "copied_before"])
@pytest.mark.parametrize("key", CASES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_message_leaves_what_to_do_to_what_happens_next(tmp_path, language, key, copied):
    ledger, claim = CASES[key](tmp_path / "ledger", language)
    page = statement_view(claim, ledger)
    assert page.message_key == key
    site = MESSAGES
    if copied:
        site = tmp_path / "old-messages"
        shutil.copytree(MESSAGES, site)
        (site / language / f"{key}.md").write_text(BEFORE[(language, key)], encoding="utf-8")
    message = re.sub(r"<[^>]+>", " ", str(Messages(site).for_page(page)))
    said = " ".join((message, *page.next_steps))
    assert len(TELL.findall(said)) == 1, said
    assert not CANNOT.search(message), message  # the one with the day stays: "Wat gebeurt er nu?"
    assert re.search(r"\bdank u wel\b|\bthank you\b", message, re.I), message  # the thanks is the message's
