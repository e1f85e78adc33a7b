"""s61: the message between the top of the page and the steps of a plan under a final notice opened "De termijnen van
uw betalingsregeling zijn niet allemaal op tijd betaald. Daarom vraagt onze laatste brief (sommatie) alles wat te laat
is, niet alleen de termijn.": the top above it says what the notice asks and names the instalments (of one missed
since the notice, the steps do), and "Daarom" was untrue where the notice came over an earlier instalment and the one
the page names was missed since. The message says what the top does not: what the steps below show, and what to do
if paying fails. A site's copy in the words shipped then (each version) reads as shipped now; a creditor's own words
stay.

E-2001 (tests.support.plan_notice): the notice over the October instalment written on 24 November (`NOTICE`), in its
term on 27 November, and on 4 December (`REMINDED`) with the November instalment missed since, the October one paid;
without a postal address it is e-mailed unagreed (`final_notice_plan_unagreed`). A business charged the costs from
the due dates (tests.statement.test_notice_words) has `final_notice_plan_costs_charged` the day it is written.
"""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.letters.outlook import claim_as_sent
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.statement.test_notice_asks_one_wording import letter_wording
from tests.statement.test_notice_words import PLAN_COSTS_FROM_DUE
from tests.support.ledgers import MISSING, one_debtor_ledger
from tests.support.plan_notice import NOTICE, REMINDED, plan_notice_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
IN_TERM = date(2026, 11, 27)
# Each page: how its ledger is made, the day read, and the message it shows.
PAGES = {
    "written today": (dict(), NOTICE, "final_notice_plan"),
    "in its term": (dict(notice=True), IN_TERM, "final_notice_plan"),
    "missed since": (dict(notice=True), REMINDED, "final_notice_plan"),
    "unagreed today": ({"contact.address": MISSING}, NOTICE, "final_notice_plan_unagreed"),
    "unagreed sent": ({"contact.address": MISSING, "notice": True, "channel": "email"}, IN_TERM, "final_notice_plan_unagreed"),
    "costs charged": (None, date(2026, 5, 15), "final_notice_plan_costs_charged"),
}  # fmt: skip
# What the top says, which the message said again (s61).
SAID_AT_THE_TOP = {
    "nl": ("niet allemaal op tijd betaald", "Daarom", "niet alleen de termijn"),
    "en": ("have not all been paid on time", "So ", "not only the instalment"),
}
WAY_OUT = {"nl": "Lukt betalen niet? Neem dan nu contact met ons op", "en": "If you are unable to pay this, contact us"}
# The message's opening as shipped, each version (sessions 40 to 60), before the sentences it keeps.
_LATE = {
    "nl": "De termijnen van uw betalingsregeling zijn niet allemaal op tijd betaald.",
    "en": "The instalments of your payment plan have not all been paid on time.",
}
_NL_ASKS = "Daarom vraagt {notice} alles wat te laat is, niet alleen {only}."
_EN_ASKS = 'So {notice} (in Dutch: <i lang="nl">sommatie</i>) {asks}, not only {only}.'
_EN_UNAGREED = (
    'So we are asking you, with a notice to pay (in Dutch: <i lang="nl">sommatie</i>), for {asks}, not only {only}.'
)
SHIPPED_BEFORE = {
    ("nl", "final_notice_plan"): (
        _NL_ASKS.format(notice="{plan_notice}", only="{the_instalment}"),
        _NL_ASKS.format(notice="{plan_notice}", only="de termijn"),
        _NL_ASKS.format(notice="onze laatste brief (sommatie)", only="de termijn"),
    ),
    ("nl", "final_notice_plan_costs_charged"): (
        _NL_ASKS.format(notice="{plan_notice}", only="{the_instalment}"),
        _NL_ASKS.format(notice="{plan_notice}", only="de termijn"),
    ),
    ("nl", "final_notice_plan_unagreed"): (
        "Daarom vragen wij u met een sommatie om alles te betalen wat te laat is, niet alleen {the_instalment}.",
        "Daarom vragen wij u met een sommatie om alles te betalen wat te laat is, niet alleen de termijn.",
    ),
    ("en", "final_notice_plan"): (
        _EN_ASKS.format(notice="{plan_notice}", asks="covers the whole overdue amount", only="{the_instalment}"),
        _EN_ASKS.format(notice="{plan_notice}", asks="asks for everything overdue", only="{the_instalment}"),
        _EN_ASKS.format(notice="{plan_notice}", asks="asks for everything that is overdue", only="{the_instalment}"),
        _EN_ASKS.format(notice="{plan_notice}", asks="asks for everything that is overdue", only="the instalment"),
        _EN_ASKS.format(notice="our final notice", asks="asks for everything that is overdue", only="the instalment"),
    ),
    ("en", "final_notice_plan_costs_charged"): (
        _EN_ASKS.format(notice="{plan_notice}", asks="covers the whole overdue amount", only="{the_instalment}"),
        _EN_ASKS.format(notice="{plan_notice}", asks="asks for everything overdue", only="{the_instalment}"),
        _EN_ASKS.format(notice="{plan_notice}", asks="asks for everything that is overdue", only="{the_instalment}"),
        _EN_ASKS.format(notice="{plan_notice}", asks="asks for everything that is overdue", only="the instalment"),
    ),
    ("en", "final_notice_plan_unagreed"): (
        'So, with a notice to pay (in Dutch: <i lang="nl">sommatie</i>), we ask you for the whole overdue amount, not '
        "only {the_instalment}.",
        _EN_UNAGREED.format(asks="everything overdue", only="{the_instalment}"),
        _EN_UNAGREED.format(asks="everything that is overdue", only="{the_instalment}"),
        _EN_UNAGREED.format(asks="everything that is overdue", only="the instalment"),
    ),
}


# A page of each message, to read a copy on.
PAGE_OF = {
    "final_notice_plan": "missed since",
    "final_notice_plan_unagreed": "unagreed sent",
    "final_notice_plan_costs_charged": "costs charged",
}


def _view(tmp_path, name: str, language: str):
    changes, day, key = PAGES[name]
    if changes is None:
        policy = {"business_costs_from_due": True}
        events = PLAN_COSTS_FROM_DUE
        ledger = one_debtor_ledger(tmp_path, events=events, language=language, type="business", policy=policy)
    else:
        ledger = plan_notice_ledger(tmp_path, language=language, **changes)
    view = statement_view(claim_as_sent(ledger, assess(ledger, ledger.debtors[0], day)), ledger)
    assert view.message_key == key
    return view


def _words(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ").strip()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_the_message_says_what_the_top_does_not(tmp_path, name, language):
    view = _view(tmp_path, name, language)
    top = " ".join(view.summary.lines)
    assert letter_wording(view.lang) in top, top  # the top says what the notice asks
    said = _words(str(Messages(MESSAGES).for_page(view)))
    again = (*SAID_AT_THE_TOP[language], letter_wording(view.lang))
    assert not [words for words in again if words in said], said
    assert WAY_OUT[language] in said, said
    # The text shipped says so itself, not only as a copy of it reads (`test_a_message_copied_before_...`).
    shipped = (MESSAGES / language / f"{view.message_key}.md").read_text(encoding="utf-8")
    assert not [words for words in (_LATE[language], *again) if words in shipped], shipped


@pytest.mark.parametrize(
    ("language", "key", "version"),
    [(language, key, n) for (language, key), versions in SHIPPED_BEFORE.items() for n in range(len(versions))],
)
def test_a_message_copied_before_reads_as_shipped_now(tmp_path, language, key, version):
    view = _view(tmp_path / "ledger", PAGE_OF[key], language)
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    path = site / language / f"{key}.md"
    opening = f"{_LATE[language]} {SHIPPED_BEFORE[(language, key)][version]}"
    path.write_text(f"{opening} {path.read_text(encoding='utf-8')}", encoding="utf-8")
    assert str(Messages(site).for_page(view)) == str(Messages(MESSAGES).for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_creditors_own_words_after_the_shipped_sentence_stay(tmp_path, language):
    """Only the opening as shipped, both its sentences, is left out: a copy that goes on in its own words keeps them."""
    view = _view(tmp_path / "ledger", "missed since", language)
    own = {"nl": "Bel ons gerust als u vragen heeft.", "en": "Feel free to call us with any question."}[language]
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    (site / language / "final_notice_plan.md").write_text(f"{_LATE[language]} {own}\n", encoding="utf-8")
    assert _words(str(Messages(site).for_page(view))) == f"{_LATE[language]} {own}"
