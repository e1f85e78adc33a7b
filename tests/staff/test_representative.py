"""Staff see who acts for a debtor (`representative:`): today's work and the dossier page name them, their role,
how to reach them, and whether the letters go to them."""

from datetime import date

from incasso.ledger.model import DebtorContact, Representative, RepresentativeRole
from incasso.staff.view import acting_for
from tests.support.ledgers import ADMINISTRATOR_READ

TODAY = date(2026, 12, 4)


def test_an_administrator_is_named_with_how_to_reach_them_and_that_the_letters_go_to_them():
    assert acting_for(ADMINISTRATOR_READ, TODAY) == (
        "Bewindvoerder (de brieven gaan p/a de bewindvoerder): Bewindvoering Domstad B.V., +31 30 200 11 22, "
        "post@bewinddomstad.example.nl, Postbus 1234, 3500 AA Utrecht"
    )


def test_a_counsellor_is_named_with_what_is_known():
    counsellor = Representative(RepresentativeRole.COUNSELLOR, "Jan Smit")
    assert acting_for(counsellor, TODAY) == "Schuldhulpverlener: Jan Smit"


def test_nobody_acting_says_nothing():
    assert acting_for(None, TODAY) is None
    assert DebtorContact() is not None


def test_the_mail_merge_addresses_an_administrator_as_the_letters_do(tmp_path):
    from dataclasses import replace

    from incasso.claims.assess import assess
    from incasso.ledger.debtor_file import letters_contact
    from incasso.ledger.load import load_ledger
    from incasso.staff.exports import links_excel_csv, links_rows
    from tests.support.ledgers import valid_debtor, write_ledger

    debtor = load_ledger(write_ledger(tmp_path, debtors=[valid_debtor()])).debtors[0]
    debtor = replace(
        debtor, representative=ADMINISTRATOR_READ, contact=letters_contact(debtor.contact, ADMINISTRATOR_READ)
    )
    (row,) = links_rows(
        [
            assess(
                load_ledger(write_ledger(tmp_path, debtors=[valid_debtor()], name="l2")), debtor, debtor.invoices[0].due
            )
        ],
        lambda c: "",
    )
    assert [row[f"address_{n}"] for n in range(1, 5)] == [
        "p/a Bewindvoering Domstad B.V.",
        "Postbus 1234",
        "3500 AA Utrecht",
        "",
    ]
    assert row["email"] == "post@bewinddomstad.example.nl"
    # s44: the e-mail is the administrator's, the name the debtor's; the letters' e-mail names its To: as the envelope
    # does (mail.py, LetterView.email_to_name), so a mail merge that writes "name <email>" must do the same.
    assert row["name"] == debtor.name
    assert row["email_to_name"] == f"{debtor.name} p/a Bewindvoering Domstad B.V."
    # The same column, last, in links-excel.csv (and links.xlsx, written from the same columns and rows).
    header, line = links_excel_csv([row])[1].splitlines()
    assert header.endswith(';"phone";"email_to_name"')
    assert line.endswith(f';"{debtor.name} p/a Bewindvoering Domstad B.V."')


def test_the_mail_merge_names_the_debtor_beside_their_own_email(tmp_path):
    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger
    from incasso.staff.exports import links_rows
    from tests.support.ledgers import MISSING, valid_debtor, write_ledger

    debtors = [valid_debtor(), valid_debtor(id="D-1002", **{"contact.email": MISSING, "invoices[0].number": "F-2"})]
    ledger = load_ledger(write_ledger(tmp_path, debtors=debtors))
    rows = links_rows([assess(ledger, d, d.invoices[0].due) for d in ledger.debtors], lambda c: "")
    assert [row["email_to_name"] for row in rows] == [ledger.debtors[0].name, ""]  # no e-mail address, no name for it


def test_the_claims_record_keeps_the_debtors_own_contact(tmp_path):
    # The letters go p/a the administrator; claims.json's contact is the debtor's, as the dossier page's is. Before,
    # it held the debtor's person and phone beside the administrator's e-mail address.
    from dataclasses import replace

    from incasso.claims.assess import assess
    from incasso.ledger.debtor_file import letters_contact
    from incasso.ledger.load import load_ledger
    from incasso.staff.exports import claim_record
    from tests.support.ledgers import valid_debtor, write_ledger

    ledger = load_ledger(write_ledger(tmp_path, debtors=[valid_debtor()]))
    own = ledger.debtors[0]
    debtor = replace(
        own,
        representative=ADMINISTRATOR_READ,
        contact=letters_contact(own.contact, ADMINISTRATOR_READ),
        own_contact=own.contact,
    )
    record = claim_record(assess(ledger, debtor, debtor.invoices[0].due), ledger.creditor.policy, "")
    assert record["contact"] == {"person": own.contact.person, "email": own.contact.email, "phone": own.contact.phone}
    assert own.contact.email != ADMINISTRATOR_READ.email
