"""The page of a debtor for whom a debt counsellor or an administrator acts (`representative:`): it says so in
the help box, naming them only by their role; their name, address and numbers stay off the public page."""

from dataclasses import asdict, replace
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.debtor_file import letters_contact
from incasso.ledger.load import load_ledger
from incasso.ledger.model import DebtorType, Language, Representative, RepresentativeRole
from incasso.statement.help import help_view
from incasso.statement.view import statement_view
from tests.support.ledgers import ADMINISTRATOR_READ
from tests.support.site import DEMO_LEDGER

AS_OF = date(2026, 12, 4)
COUNSELLOR = Representative(RepresentativeRole.COUNSELLOR, "Jan Smit", email="j.smit@schuldhulp.example.nl")


@pytest.mark.parametrize(
    ("role", "lang", "intro"),
    [
        (
            RepresentativeRole.COUNSELLOR,
            Language.NL,
            "U krijgt hulp van een schuldhulpverlener. Met uw schuldhulpverlener overleggen wij over deze "
            "rekening en over wat u kunt betalen.",
        ),
        (
            RepresentativeRole.ADMINISTRATOR,
            Language.NL,
            "Uw bewindvoerder regelt uw geldzaken. Wij sturen onze brieven naar uw bewindvoerder, en overleggen "
            "met hem of haar over deze rekening.",
        ),
        (
            RepresentativeRole.COUNSELLOR,
            Language.EN,
            "A debt counsellor is helping you. We discuss this bill, and what you can pay, with your debt counsellor.",
        ),
        (
            RepresentativeRole.ADMINISTRATOR,
            Language.EN,
            "Your administrator (bewindvoerder) manages your money. We send our letters to your administrator, and "
            "discuss this bill with them.",
        ),
    ],
)
def test_the_help_box_says_who_helps_by_role(role, lang, intro):
    view = help_view(DebtorType.CONSUMER, lang, "hulp.html", represented_by=role)
    assert view.intro == intro
    assert [line.name for line in view.lines] == ["Geldfit", "Het Juridisch Loket"]  # help stays listed


@pytest.mark.parametrize("representative", [ADMINISTRATOR_READ, COUNSELLOR])
def test_the_page_names_no_representative_by_name_or_number(representative):
    ledger = load_ledger(DEMO_LEDGER)
    debtor = next(d for d in ledger.debtors if d.id == "D-1011")
    acted_for = replace(debtor, representative=representative, contact=letters_contact(debtor.contact, representative))
    ledger = replace(ledger, debtors=tuple(acted_for if d is debtor else d for d in ledger.debtors))
    view = statement_view(assess(ledger, acted_for, AS_OF), ledger)
    assert view.help.intro.startswith(("U krijgt hulp van een schuldhulpverlener", "Uw bewindvoerder"))
    shown = repr(asdict(view))
    private = [representative.name, representative.email, *representative.address, "200 11 22", "Bewindvoering"]
    assert [p for p in private if p and p in shown] == []


@pytest.mark.parametrize("lang", list(Language))
def test_a_household_without_help_is_invited_to_say_it_has_a_counsellor(lang):
    """Without `representative:` the creditor cannot know a counsellor or an administrator acts: the box asks,
    a household in the Netherlands only (the roles are Dutch ones; a business has neither)."""
    assert help_view(DebtorType.CONSUMER, lang, "hulp.html").invite
    assert not help_view(DebtorType.CONSUMER, lang, "hulp.html", abroad=True).invite
    assert not help_view(DebtorType.BUSINESS, lang, "hulp.html").invite
    for role in RepresentativeRole:
        assert not help_view(DebtorType.CONSUMER, lang, "hulp.html", represented_by=role).invite
