"""s49: a running settlement's message said "Lukt het niet op tijd? Neem dan contact met ons op, dan zoeken wij samen
een oplossing." also to a debtor whose debt counsellor arranged it and acts for them: by role now, as a plan's way out
says it ({way_out}: "Dan kan uw schuldhulpverlener contact met ons opnemen."), never by name. A site whose messages
were copied before, in the words shipped then (this version and the shorter one before it), reads the same; words of
its own stay as written."""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, one_debtor_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
SETTLEMENT = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
BY_ROLE = {
    ("nl", None): "Lukt het niet op tijd? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
    ("nl", "counsellor"): "Lukt het niet op tijd? Dan kan uw schuldhulpverlener contact met ons opnemen.",
    ("nl", "administrator"): "Lukt het niet op tijd? Dan kan uw bewindvoerder contact met ons opnemen.",
    ("en", None): "Can't pay on time? Please contact us, and we will look for a solution together.",
    ("en", "counsellor"): "Can't pay on time? Your debt counsellor can contact us.",
    ("en", "administrator"): "Can't pay on time? Your administrator can contact us.",
}
REPRESENTATIVE = {None: None, "counsellor": COUNSELLOR, "administrator": ADMINISTRATOR}
# The message as shipped before (sessions 46 and 47): each copy a site may hold.
SHIPPED_BEFORE = {
    "nl": (
        "Afgesproken{agreed_with}: u betaalt {agreed_amount} {agreed_terms}. Daarna schelden wij de rest kwijt.\n\n"
        "Lukt het niet op tijd? Neem dan contact met ons op, dan zoeken wij samen een oplossing.\n",
        "Afgesproken{agreed_with}: u betaalt {agreed_amount} {agreed_terms}. Daarna schelden wij de rest kwijt.\n\n"
        "Tot die tijd zetten wij geen volgende stap, en komen er geen rente of kosten bij. Lukt het niet op tijd? Neem "
        "dan contact met ons op. Anders vervalt de afspraak en vragen wij weer het hele bedrag.\n",
    ),
    "en": (
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
        "Can you not pay in time? Please contact us, and we will look for a solution together.\n",
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
        "Until then we take no further step, and no interest or costs are added. Can you not pay in time? Please "
        "contact us. Otherwise the agreement ends and we ask for the whole amount again.\n",
    ),
}


def _message(tmp_path, language: str, role: str | None, site=MESSAGES) -> str:
    representative = REPRESENTATIVE[role]
    # Arranged by whoever acts for the debtor, or by the debtor alone.
    agreed = {**SETTLEMENT, "asked_by": "representative" if representative is not None else "debtor"}
    extra = {"representative": representative} if representative is not None else {}
    ledger = one_debtor_ledger(tmp_path / "ledger", language=language, events=[agreed], **extra)
    page = statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 5)), ledger)
    assert page.message_key == "settlement"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(Messages(site).for_page(page)))).strip()


@pytest.mark.parametrize("role", list(REPRESENTATIVE))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_way_out_is_said_by_the_role_of_whoever_acts_for_the_debtor(tmp_path, language, role):
    said = _message(tmp_path, language, role).replace("\xa0", " ")
    assert BY_ROLE[(language, role)] in said, said
    others = {sentence for (lang, other), sentence in BY_ROLE.items() if lang == language and other != role}
    assert not any(sentence in said for sentence in others), said
    assert "Schuldhulp Utrecht" not in said and "Domstad" not in said  # by role, never by name


@pytest.mark.parametrize("version", [0, 1], ids=["s47", "s46"])
@pytest.mark.parametrize("role", list(REPRESENTATIVE))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_message_copied_before_says_it_by_role_too(tmp_path, language, role, version):
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    (site / language / "settlement.md").write_text(SHIPPED_BEFORE[language][version], encoding="utf-8")
    said = _message(tmp_path, language, role, site).replace("\xa0", " ")
    question, way_out = BY_ROLE[(language, role)].split("? ")
    assert f"{question}? {way_out.removesuffix('.')}" in said, said
    if role is not None:
        assert "Neem dan contact" not in said and "Please contact us" not in said, said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_sites_own_words_stay(tmp_path, language):
    """Only the sentence as shipped gets the value: a creditor's own way out is theirs, to whomever it speaks."""
    own = {"nl": "Lukt het niet op tijd? Bel ons gerust.", "en": "Can you not pay in time? Just call us."}[language]
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    (site / language / "settlement.md").write_text(f"Afgesproken{{agreed_with}}.\n\n{own}\n", encoding="utf-8")
    said = _message(tmp_path, language, "counsellor", site)
    assert own in said and "schuldhulpverlener contact" not in said and "counsellor can contact" not in said, said


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Lukt het niet op tijd? Neem dan contact op met Incasso B.V."),
        ("en", "Can't pay on time? Please contact Incasso B.V."),
    ],
)
def test_after_a_handover_a_sites_way_out_names_the_agency(tmp_path, language, said):
    """{way_out} is any message's to use: once the file is with an agency the ledger says how to reach, the way out
    is theirs, by name, its full stop once ("B.V.", never "B.V.."), also while a counsellor acts."""
    due = date(2026, 2, 4)
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 19), "dunning"),
        event(date(2026, 3, 6), "final_notice"),
        event(date(2026, 4, 5), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00"),
    ]
    ledger = one_debtor_ledger(tmp_path / "ledger", language=language, events=events, representative=COUNSELLOR)
    page = statement_view(assess(ledger, ledger.debtors[0], due.replace(month=4, day=10)), ledger)
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    question = said.split("? ")[0]
    for key in (page.message_key, *page.message_fallbacks):
        (site / language / f"{key}.md").write_text(f"{question}? {{way_out}}.\n", encoding="utf-8")
    message = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(Messages(site).for_page(page)))).strip()
    assert message == said, message
