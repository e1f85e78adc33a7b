"""s53: the dossier's "Wat nu" said a step planned for a later day as if the miss were already certain: "Herinnering
gemiste termijn sturen vanaf 6 maart 2026: de termijn van 1 maart 2026 (EUR 500,00) is niet (helemaal) betaald", while
the debtor may yet pay before the 6th (the reminder waits reminder_after_days, a late confirmation's day, or a
postpone), and a clerk reading it as a fact may phone them wrongly. A step still to come that a payment would spare
(the missed instalment's reminder, and the reminder, dunning letter, call, final notice and handover of the policy) is
now said as a condition on its day; one due today keeps its wording.

A consumer (D-1001 of tests.support.ledgers), 1,250.00 due 4 February 2026, on a plan agreed on 10 February: EUR
500.00 on 1 March, EUR 750.00 on 1 April, nothing paid. The creditor reminds a missed instalment 5 days after its day.
"""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.explain import what_next, why_stage
from incasso.staff.language import speaking
from tests.support.ledgers import event, one_debtor_ledger, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

PLAN = event(
    date(2026, 2, 10),
    "arrangement",
    installments=[
        {"due": date(2026, 3, 1), "amount": Decimal("500.00")},
        {"due": date(2026, 4, 1), "amount": Decimal("750.00")},
    ],
)
POLICY = {"reminder_after_days": 5}
MISSED = date(2026, 3, 2)  # the day after the instalment's: missed, its reminder due on the 6th
REMINDED = date(2026, 3, 6)

# The dossier's line, the day after the miss and on the reminder's day, by the staff's language.
SAID = {
    (MISSED, Language.NL): "Herinnering gemiste termijn sturen op 6 maart 2026 als de termijn van 1 maart 2026 (EUR "
    "500,00) dan nog niet (helemaal) betaald is: eerst een vriendelijke herinnering voor die termijn; de gewone stappen "
    "volgen pas daarna.",
    (MISSED, Language.EN): "Send instalment reminder on 6 March 2026 if the instalment of 1 March 2026 (EUR 500.00) is "
    "still not paid (in full) by then: first a friendly reminder for that instalment; the usual steps only follow after "
    "it.",
    (REMINDED, Language.NL): "Herinnering gemiste termijn sturen sinds 6 maart 2026: de termijn van 1 maart 2026 (EUR "
    "500,00) is niet (helemaal) betaald. Eerst een vriendelijke herinnering voor die termijn; de gewone stappen volgen "
    "pas daarna.",
    (REMINDED, Language.EN): "Send instalment reminder, due since 6 March 2026: the instalment of 1 March 2026 (EUR "
    "500.00) has not been paid (in full). First a friendly reminder for that instalment; the usual steps only follow "
    "after it.",
}
# What the future line must not say: the miss as a fact.
AS_FACT = {Language.NL: "is niet (helemaal) betaald", Language.EN: "has not been paid (in full)"}
# The overview's row: the step and its day, later or due.
ROW = {
    (MISSED, Language.NL): "Herinnering gemiste termijn vanaf 6 mrt 2026",
    (MISSED, Language.EN): "Send instalment reminder from 6 Mar 2026",
    (REMINDED, Language.NL): "Herinnering gemiste termijn sinds 6 mrt 2026",
    (REMINDED, Language.EN): "Send instalment reminder due since 6 Mar 2026",
}


def _text(page: Path) -> str:
    """The page as a reader sees it: tags out, entities read, white space as single spaces."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())


def _next_lines(page: Path) -> list[tuple[str, str]]:
    """The dossier's "Wat nu" lines: (class, text)."""
    section = re.search(r"<h2>(?:Wat nu|What next)</h2>(.*?)</section>", page.read_text(encoding="utf-8"), re.S)
    assert section is not None, page
    found = re.findall(r'<p(?: class="([^"]*)")?>(.*?)</p>', section.group(1), re.S)
    return [(css, " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())) for css, text in found]


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
@pytest.mark.parametrize("day", [MISSED, REMINDED], ids=["later", "due"])
def test_a_real_build_says_a_later_instalment_reminder_as_a_condition_and_a_due_one_as_it_was(tmp_path, day, language):
    debtor = valid_debtor(events=[PLAN])
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none", policy=POLICY), debtors=[debtor])
    site = build_site(tmp_path / "site", ledger=root, as_of=day, extra=["--staff-language", language.value])
    assert site.exit_code == 0
    (css, line), *_ = _next_lines(site.internal / "d" / "D-1001.html")
    assert line == SAID[(day, language)]
    assert css == ("due" if day == REMINDED else "")  # a step of a later day is not marked as today's work
    if day == MISSED:
        assert AS_FACT[language] not in _text(site.internal / "d" / "D-1001.html")
    assert ROW[(day, language)] in _text(site.internal / "index.html")


def _first_line(tmp_path: Path, as_of: date, language: Language, **changes: object) -> str:
    """The first line of the dossier's "Wat nu" of `one_debtor_ledger` with the changes, on `as_of`."""
    ledger = one_debtor_ledger(tmp_path, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    with speaking(language):
        return what_next(claim, ledger.creditor)[0]


REMINDER, DUNNING = event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")
CALLED = event(date(2026, 2, 26), "call", channel="phone", spoke_with="Jan de Vries")
NOTICE = event(date(2026, 3, 6), "final_notice", channel="letter")

# The policy's steps on a day still to come (the invoice due 4 February; reminded on the 5th, dunned on the 19th,
# called on the 26th, a final notice posted on 6 March, its term to the 24th), and on their day.
STEPS = [
    (date(2026, 2, 1), [], "Herinnering sturen op 5 februari 2026 als er dan nog niet (helemaal) betaald is: "),
    (date(2026, 2, 5), [], "Herinnering sturen sinds 5 februari 2026: "),
    (date(2026, 2, 10), [REMINDER], "Aanmaning sturen op 19 februari 2026 als er dan nog niet (helemaal) betaald is: "),
    (date(2026, 2, 20), [REMINDER, DUNNING], "Bellen op 26 februari 2026 als er dan nog niet (helemaal) betaald is: "),
    (date(2026, 2, 26), [REMINDER, DUNNING], "Bellen sinds 26 februari 2026: "),
    (date(2026, 3, 2), [REMINDER, DUNNING, CALLED], "Sommatie sturen op 5 maart 2026 als er dan nog niet (helemaal) "),
    (
        date(2026, 3, 10),
        [REMINDER, DUNNING, CALLED, NOTICE],
        "Overdragen aan incassobureau op 25 maart 2026 als er dan nog niet (helemaal) betaald is: ",
    ),
]


@pytest.mark.parametrize(("as_of", "events", "said"), STEPS)
def test_the_policy_s_steps_still_to_come_are_said_as_a_condition(tmp_path, as_of, events, said):
    assert _first_line(tmp_path, as_of, Language.NL, events=events).startswith(said)


def test_in_english_a_later_step_is_a_condition_too(tmp_path):
    """Its day and condition set off by commas, as the task's "Send formal reminder, due since ..." is: not "Send
    formal reminder, on 19 February 2026 if not ...", which reads as if the comma were a slip."""
    line = _first_line(tmp_path, date(2026, 2, 10), Language.EN, events=[REMINDER])
    assert line.startswith(
        "Send formal reminder, on 19 February 2026, if not paid (in full) by then: the reminder went "
    )


WAIT = event(date(2026, 3, 3), "postpone", until=date(2026, 5, 1), reason="Budgetplan.")
SEVERAL = {
    Language.NL: "Herinnering gemiste termijn sturen op 1 mei 2026 als de 2 termijnen vanaf 1 maart 2026 (samen "
    "EUR\xa01.250,00) dan nog niet (helemaal) betaald zijn: eerst een vriendelijke herinnering voor die termijnen; de "
    "gewone stappen volgen pas daarna.",
    Language.EN: "Send instalment reminder on 1 May 2026 if the 2 instalments from 1 March 2026 (EUR\xa01,250.00 "
    "together) are still not paid (in full) by then: first a friendly reminder for those instalments; the usual steps "
    "only follow after it.",
}


@pytest.mark.parametrize("language", list(SEVERAL))
def test_a_later_reminder_of_several_missed_instalments_is_a_condition_too(tmp_path, language):
    # Both instalments missed, the reminder held back by staff's postpone until 1 May.
    line = _first_line(tmp_path, date(2026, 4, 2), language, events=[PLAN, WAIT], policy=POLICY)
    assert line == SEVERAL[language]


@pytest.mark.parametrize(
    ("as_of", "events", "said"),
    [
        # Missed, its reminder still to come: the steps resume only after it, as "Wat nu" says.
        (MISSED, [PLAN], "De escalatie loopt weer na een herinnering voor de gemiste termijn."),
        # Reminded, and its days gone unpaid: the usual steps are back.
        (date(2026, 3, 25), [PLAN, event(REMINDED, "reminder")], "De escalatie loopt weer."),
    ],
)
def test_a_plan_behind_says_the_steps_resume_after_the_instalment_s_reminder(tmp_path, as_of, events, said):
    ledger = one_debtor_ledger(tmp_path, events=events, policy=POLICY)
    claim = assess(ledger, ledger.debtors[0], as_of)
    facts = [line for line in why_stage(claim) if "regeling" in line.lower()]
    assert facts and facts[0].endswith(said), facts
