"""Letters to a debtor for whom someone acts (`representative:`): an administrator (beschermingsbewindvoerder)
receives them, addressed as Dutch practice does: the debtor's name, "p/a" (c/o) the administrator, their address."""

from dataclasses import replace

import pytest

from incasso.claims.assess import assess
from incasso.ledger.debtor_file import letters_contact
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel, Representative, RepresentativeRole
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from tests.support.letters import AS_OF, LETTERS_LEDGER

ADMINISTRATOR = Representative(
    RepresentativeRole.ADMINISTRATOR,
    "Bewindvoering Domstad B.V.",
    email="post@bewinddomstad.example.nl",
    address=("Postbus 1234", "3500 AA Utrecht"),
)


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(LETTERS_LEDGER)


def _view(ledger, debtor_id: str, representative: Representative, form=Channel.LETTER):
    debtor = next(d for d in ledger.debtors if d.id == debtor_id)
    acted_for = replace(debtor, representative=representative, contact=letters_contact(debtor.contact, representative))
    ledger = replace(ledger, debtors=tuple(acted_for if d is debtor else d for d in ledger.debtors))
    claim = assess(ledger, acted_for, AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    return letter_view(ledger, claim, due, form)


def test_a_letter_goes_to_the_administrator_care_of_in_dutch(ledger):
    view = _view(ledger, "L-REMIND", ADMINISTRATOR)
    name = next(d for d in ledger.debtors if d.id == "L-REMIND").name
    assert view.recipient == (name, "p/a Bewindvoering Domstad B.V.", "Postbus 1234", "3500 AA Utrecht")
    assert view.email_to == "post@bewinddomstad.example.nl"


def test_an_english_letter_writes_care_of(ledger):
    view = _view(ledger, "L-DUNNING", ADMINISTRATOR)
    assert view.recipient == (
        "Harbour Coffee Ltd.",
        "Attn. Emma Clarke",
        "c/o Bewindvoering Domstad B.V.",
        "Postbus 1234",
        "3500 AA Utrecht",
    )
    assert view.salutation == "Dear Emma Clarke,"  # the letter is still the debtor's


def test_a_counsellor_receives_no_letters(ledger):
    counsellor = Representative(
        RepresentativeRole.COUNSELLOR, "Schuldhulp Utrecht", address=("Postbus 9", "3500 AA Utrecht")
    )
    view = _view(ledger, "L-DUNNING", counsellor)
    assert view.recipient == ("Harbour Coffee Ltd.", "Attn. Emma Clarke", "Oudegracht 200", "3511 NR Utrecht")


def _to_header(view) -> str:
    """The To: of the letter's e-mail as a mail client reads it (encoded words decoded, quotes dropped)."""
    from datetime import date
    from email import message_from_bytes, policy

    from pelican.plugins.incasso.letters.mail import mail_environment, render_eml
    from pelican.plugins.incasso.letters.texts import LetterTexts
    from tests.support.site import REPO

    text = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values)
    theme = REPO / "src" / "pelican" / "plugins" / "incasso" / "theme"
    eml = render_eml(view, text, mail_environment(theme), "Schuldeiser B.V.", date(2026, 12, 4))
    (to,) = message_from_bytes(eml, policy=policy.default)["To"].addresses
    return f"{to.display_name} <{to.addr_spec}>"


def test_an_e_mail_to_the_administrator_names_whose_address_it_is(ledger):
    # The address is the administrator's: its To: says so as the envelope does ("debtor p/a administrator"),
    # so their office files it under the client, and no mail client remembers the debtor's name for it.
    view = _view(ledger, "L-REMIND", ADMINISTRATOR, Channel.EMAIL)
    name = next(d for d in ledger.debtors if d.id == "L-REMIND").name
    assert _to_header(view) == f"{name} p/a Bewindvoering Domstad B.V. <post@bewinddomstad.example.nl>"
    english = _view(ledger, "L-DUNNING", ADMINISTRATOR, Channel.EMAIL)
    assert _to_header(english) == "Harbour Coffee Ltd. c/o Bewindvoering Domstad B.V. <post@bewinddomstad.example.nl>"
    assert english.salutation == "Dear Emma Clarke,"  # the letter inside is still the debtor's


def test_an_e_mail_to_the_debtor_names_the_debtor(ledger):
    view = _view(ledger, "L-REMIND", replace(ADMINISTRATOR, role=RepresentativeRole.COUNSELLOR), Channel.EMAIL)
    debtor = next(d for d in ledger.debtors if d.id == "L-REMIND")
    assert _to_header(view) == f"{debtor.name} <{debtor.contact.email}>"
