"""s49: a running settlement's message said "Lukt het niet op tijd? Neem dan contact met ons op, dan zoeken wij samen
een oplossing." also to a debtor whose debt counsellor arranged it: by role then ({way_out}). s50: the page said the way
out twice, in the message and in its box "Lukt het afgesproken bedrag niet?", and once its day had passed unseen, "Lukt
het niet op tijd?" as if there were still time. The box says it, by role, never by name; the shipped message does not,
nor one a site copied before, in the words shipped then (each version); words of its own stay as written, and
{way_out} is theirs to use."""

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
# The page's box: the way out, by role.
BY_ROLE = {
    ("nl", None): "Neem dan contact met ons op, het liefst vóór de afgesproken dag.",
    ("nl", "counsellor"): "Uw schuldhulpverlener kan dit ook namens u regelen.",
    ("nl", "administrator"): "Uw bewindvoerder kan dit ook namens u regelen.",
    ("en", None): "Please contact us, preferably before the agreed day.",
    ("en", "counsellor"): "Your debt counsellor can also arrange this for you.",
    ("en", "administrator"): "Your administrator can also arrange this for you.",
}
# The message's way out, as shipped in s49 with {way_out}, filled in by role: no more.
WAY_OUT = ("Lukt het niet op tijd?", "Can't pay on time?", "Can you not pay in time?", "contact met ons opnemen")
AGREED = {
    "nl": "Afgesproken: u betaalt EUR 600,00 uiterlijk 31 januari 2027.",
    "en": "Agreed: you pay EUR 600.00 by 31 January 2027.",
}
REPRESENTATIVE = {None: None, "counsellor": COUNSELLOR, "administrator": ADMINISTRATOR}
# The message as shipped before (sessions 46 to 49): each copy a site may hold.
SHIPPED_BEFORE = {
    "nl": (
        "Afgesproken{agreed_with}: u betaalt {agreed_amount} {agreed_terms}. Daarna schelden wij de rest kwijt.\n\n"
        "Lukt het niet op tijd? {way_out}.\n",
        "Afgesproken{agreed_with}: u betaalt {agreed_amount} {agreed_terms}. Daarna schelden wij de rest kwijt.\n\n"
        "Lukt het niet op tijd? Neem dan contact met ons op, dan zoeken wij samen een oplossing.\n",
        "Afgesproken{agreed_with}: u betaalt {agreed_amount} {agreed_terms}. Daarna schelden wij de rest kwijt.\n\n"
        "Tot die tijd zetten wij geen volgende stap, en komen er geen rente of kosten bij. Lukt het niet op tijd? Neem "
        "dan contact met ons op. Anders vervalt de afspraak en vragen wij weer het hele bedrag.\n",
        "Afgesproken{agreed_with}: u betaalt {agreed_amount} {agreed_terms}. Daarna schelden wij de rest kwijt.\n\n"
        "Tot die tijd sturen wij u geen brieven, en komt er geen rente of kosten bij. Lukt het niet op tijd? Neem "
        "dan contact met ons op. Anders vervalt de afspraak en vragen wij weer het hele bedrag.\n",
    ),
    "en": (
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We will then waive the rest.\n\n"
        "Can't pay on time? {way_out}.\n",
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
        "Can you not pay in time? {way_out}.\n",
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
        "Can you not pay in time? Please contact us, and we will look for a solution together.\n",
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
        "Until then we take no further step, and no interest or costs are added. Can you not pay in time? Please "
        "contact us. Otherwise the agreement ends and we ask for the whole amount again.\n",
        "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
        "Until then we send you no letters, and no interest or costs are added. Can you not pay in time? Please "
        "contact us. Otherwise the agreement ends and we ask for the whole amount again.\n",
    ),
}


def _page(tmp_path, language: str, role: str | None):
    representative = REPRESENTATIVE[role]
    # Arranged by whoever acts for the debtor, or by the debtor alone.
    agreed = {**SETTLEMENT, "asked_by": "representative" if representative is not None else "debtor"}
    extra = {"representative": representative} if representative is not None else {}
    ledger = one_debtor_ledger(tmp_path / "ledger", language=language, events=[agreed], **extra)
    page = statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 5)), ledger)
    assert page.message_key == "settlement"
    return page


def _message(tmp_path, language: str, role: str | None, site=MESSAGES) -> str:
    page = _page(tmp_path, language, role)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(Messages(site).for_page(page)))).strip()


@pytest.mark.parametrize("role", list(REPRESENTATIVE))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_way_out_is_said_once_by_the_role_of_whoever_acts_for_the_debtor(tmp_path, language, role):
    page = _page(tmp_path, language, role)
    box = page.plan_option.text.replace("\xa0", " ")
    assert BY_ROLE[(language, role)] in box, box
    others = {sentence for (lang, other), sentence in BY_ROLE.items() if lang == language and other not in (role, None)}
    assert not any(sentence in box for sentence in others), box
    said = _message(tmp_path, language, role).replace("\xa0", " ")
    assert said == AGREED[language].replace(":", page.message_values["agreed_with"] + ":"), said
    assert not any(words in said for words in WAY_OUT), said
    assert "Schuldhulp Utrecht" not in box + said and "Domstad" not in box + said  # by role, never by name


@pytest.mark.parametrize("role", list(REPRESENTATIVE))
@pytest.mark.parametrize(
    ("language", "version"), [(language, n) for language, texts in SHIPPED_BEFORE.items() for n in range(len(texts))]
)
def test_a_message_copied_before_leaves_it_to_the_box(tmp_path, language, version, role):
    """Each version shipped, as a site copied it, reads as shipped now: what was agreed; the remitted rest, the way out
    and what a miss brings are the page's own, said once elsewhere (`Wat gebeurt er nu?`, the box, the top)."""
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    (site / language / "settlement.md").write_text(SHIPPED_BEFORE[language][version], encoding="utf-8")
    copied = _message(tmp_path / "copied", language, role, site)
    assert copied == _message(tmp_path, language, role), copied
    assert not any(words in copied for words in (*WAY_OUT, "kwijt", "remit", "waive", "vervalt", "ends")), copied


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Lukt het eerder niet? Dan kan uw schuldhulpverlener contact met ons opnemen."),
        ("en", "Can't pay earlier? Your debt counsellor can contact us."),
    ],
)
def test_a_sites_own_words_may_name_the_way_out_by_role(tmp_path, language, said):
    """{way_out} stays a value a site's own message may use: filled in by role."""
    site = tmp_path / "site-messages"
    shutil.copytree(MESSAGES, site)
    question = said.split("? ")[0]
    (site / language / "settlement.md").write_text(f"{question}? {{way_out}}.\n", encoding="utf-8")
    assert _message(tmp_path, language, "counsellor", site) == said


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
