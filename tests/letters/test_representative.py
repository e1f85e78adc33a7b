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


def _eml_headers(view, creditor: str = "Schuldeiser B.V.") -> list[str]:
    """The .eml's header lines as written (folded), before the first blank line."""
    from datetime import date

    from pelican.plugins.incasso.letters.mail import mail_environment, render_eml
    from pelican.plugins.incasso.letters.texts import LetterTexts
    from tests.support.site import REPO

    text = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values)
    theme = REPO / "src" / "pelican" / "plugins" / "incasso" / "theme"
    eml = render_eml(view, text, mail_environment(theme), creditor, date(2026, 12, 4))
    return eml.split(b"\r\n\r\n", 1)[0].decode("ascii").split("\r\n")


@pytest.mark.parametrize(
    "administrator",
    [
        "Bewindvoering Şahin & Zonen, Maatschappij voor Beschermingsbewind en Budgetbeheer B.V.",
        "Bewindvoering Wójcik",  # short: one encoded word still
        'Bewind "De Brug", Łódź',
    ],
)
def test_an_e_mail_to_a_non_ascii_administrator_is_encoded_words_a_mail_client_reads(ledger, administrator):
    # "debtor p/a administrator" makes a long name: formataddr writes it as one encoded word however long, and RFC
    # 2047 allows 75 characters a word (Outlook and stricter clients show the raw =?utf-8?q?...?= beyond). Each word
    # at most 75 characters, every line at most 78, and the name and address read back whole.
    import re
    from email import message_from_string
    from email.header import decode_header, make_header
    from email.utils import getaddresses

    view = _view(ledger, "L-REMIND", replace(ADMINISTRATOR, name=administrator), Channel.EMAIL)
    creditor = "Incassobureau Çelik & Wójcik, Maatschappij voor Schuldbeheer B.V."
    headers = _eml_headers(view, creditor=creditor)
    assert all(len(line) <= 78 for line in headers), headers
    assert all(len(word) <= 75 for word in re.findall(r"=\?[^?]+\?[bBqQ]\?[^?]*\?=", "\n".join(headers))), headers
    message = message_from_string("\n".join(headers) + "\n\n")

    def read(field: str) -> tuple[str, str]:
        """A mailbox as RFC 2047 reads it: adjacent encoded words join without a space (Python's newer parser
        puts one between them)."""
        ((name, address),) = getaddresses([message[field]])
        return str(make_header(decode_header(name))), address

    debtor = next(d for d in ledger.debtors if d.id == "L-REMIND")
    assert read("To") == (f"{debtor.name} p/a {administrator}", ADMINISTRATOR.email)
    assert read("From")[0] == creditor


COUNSELLOR = Representative(RepresentativeRole.COUNSELLOR, "Buurtteam Utrecht", phone="+31 30 286 00 00")

# s46: the letters told a debtor whom a municipal counsellor already helps "Vraag gratis hulp, ook bij uw gemeente",
# while the page said "U krijgt hulp van een schuldhulpverlener": the letters now say what the page says.
_HELPED = {
    ("L-FINAL", RepresentativeRole.COUNSELLOR): (
        "U krijgt hulp van een schuldhulpverlener. Met uw schuldhulpverlener overleggen wij over deze rekening en "
        "over wat u kunt betalen. Andere hulp:",
        "Heeft u geldzorgen? Overleg dan met uw schuldhulpverlener.",
    ),
    ("L-FINAL", RepresentativeRole.ADMINISTRATOR): (
        "Uw bewindvoerder regelt uw geldzaken. Met uw bewindvoerder overleggen wij over deze rekening. Andere hulp:",
        "Heeft u geldzorgen? Overleg dan met uw bewindvoerder.",
    ),
    ("L-FINAL-EN", RepresentativeRole.COUNSELLOR): (
        "A debt counsellor is helping you. We discuss this bill, and what you can pay, with your debt counsellor. "
        "Other help:",
        "Worried about money? Talk to your debt counsellor.",
    ),
    ("L-FINAL-EN", RepresentativeRole.ADMINISTRATOR): (
        "Your administrator (bewindvoerder) manages your money. We discuss this bill with your administrator. "
        "Other help:",
        "Worried about money? Talk to your administrator (bewindvoerder).",
    ),
}


@pytest.mark.parametrize(("debtor_id", "role"), list(_HELPED))
def test_a_helped_debtor_s_letter_names_the_help_they_have_not_the_council_s(ledger, debtor_id, role):
    lead, opening_help = _HELPED[(debtor_id, role)]
    view = _view(ledger, debtor_id, ADMINISTRATOR if role == RepresentativeRole.ADMINISTRATOR else COUNSELLOR)
    assert view.opening == "final_notice"  # an opening that names help, by {get_help}
    lines = view.way_out.lines
    assert lead in lines
    assert lines[lines.index(lead) + 1].startswith(("Geldfit", "Het Juridisch Loket"))  # the help lines still below
    assert not [line for line in lines if "gemeente" in line or "local council" in line]
    assert dict(view.text_values)["get_help"] == opening_help
    assert not [line for line in lines if "Buurtteam" in line or "Domstad" in line]  # by role, as on the page


def test_an_ended_counsellor_s_debtor_is_pointed_to_help_again(ledger):
    view = _view(ledger, "L-FINAL", None)
    assert dict(view.text_values)["get_help"] == "Heeft u geldzorgen? Vraag dan gratis hulp, bijvoorbeeld bij Geldfit."
    assert [line for line in view.way_out.lines if "ook bij uw gemeente" in line]


# s46: a represented debtor's letter before a handover still said "Vraag een betalingsregeling aan" as if alone, while
# the page said their counsellor (administrator) can send the proposal: the letter now says it too, by role only.
_PROPOSES = {
    ("L-REMIND", RepresentativeRole.COUNSELLOR): (
        "Dan is een betalingsregeling mogelijk; daar rekenen wij geen kosten voor. Uw schuldhulpverlener kan ons een "
        "voorstel sturen.",
        "Uw schuldhulpverlener kan ons ook namens u laten weten wat er niet klopt.",
    ),
    ("L-FINAL", RepresentativeRole.ADMINISTRATOR): (
        "Uw bewindvoerder kan ons een voorstel sturen.",
        "Uw bewindvoerder kan ons ook namens u laten weten wat er niet klopt.",
    ),
    ("L-FINAL-EN", RepresentativeRole.COUNSELLOR): (
        "A payment plan is possible; we charge no fee for it. Your debt counsellor can send us a proposal.",
        "Your debt counsellor can also tell us what is wrong, on your behalf.",
    ),
    ("L-DUNNING", RepresentativeRole.ADMINISTRATOR): (
        "Your administrator can send us a proposal.",
        "Your administrator can also tell us what is wrong, on your behalf.",
    ),
    ("L-PLAN", RepresentativeRole.COUNSELLOR): (  # a plan to change, as the page's
        "Dan kijken wij samen of wij de regeling kunnen aanpassen. Uw schuldhulpverlener kan dit ook namens u regelen.",
        "Uw schuldhulpverlener kan ons ook namens u laten weten wat er niet klopt.",
    ),
}


@pytest.mark.parametrize(("debtor_id", "role"), list(_PROPOSES))
def test_a_represented_debtor_s_letter_says_their_helper_can_send_the_proposal(ledger, debtor_id, role):
    plan, dispute = _PROPOSES[(debtor_id, role)]
    view = _view(ledger, debtor_id, ADMINISTRATOR if role == RepresentativeRole.ADMINISTRATOR else COUNSELLOR)
    plan_line, dispute_line = view.way_out.lines[:2]
    assert plan in plan_line
    assert "Vraag een betalingsregeling aan" not in plan_line and "Ask for a payment plan" not in plan_line
    assert dispute in dispute_line
    assert not [line for line in view.way_out.lines if "Buurtteam" in line or "Domstad" in line]  # by role only


def test_a_debtor_alone_is_still_asked_to_propose_the_plan(ledger):
    debtor = next(d for d in ledger.debtors if d.id == "L-REMIND")
    claim = assess(ledger, debtor, AS_OF)
    (due,) = letters_due(claim, NO_RECORD)
    plan_line, dispute_line = letter_view(ledger, claim, due, Channel.LETTER).way_out.lines[:2]
    assert plan_line.startswith("Niet alles in één keer betalen? Vraag een betalingsregeling aan")
    assert "namens u" not in dispute_line
