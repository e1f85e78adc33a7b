"""Every rule of the ledger format, from one valid example with one field changed.

Each case asserts the exact line a user reads:
`path:line:column: field: what is wrong (got VALUE)`.
"""

from dataclasses import fields, is_dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.ledger.debtor_file import CREDIT_BELOW_ZERO
from incasso.ledger.load import load_ledger, read_ledger
from incasso.ledger.model import EnvelopeWindow, Event, Language, Ledger
from incasso.ledger.problems import LedgerError
from tests.support.ledgers import (
    MISSING,
    VALID_CREDITOR,
    Raw,
    changed,
    debtor_path,
    event,
    invoice,
    ledger_problems,
    payment,
    to_yaml,
    valid_creditor,
    valid_debtor,
    where,
    write_ledger,
)
from tests.support.site import DEMO_LEDGER

DEMO = DEMO_LEDGER

# One debtor that uses every field and every event type.
FULL_DEBTOR = valid_debtor(
    invoices=[
        invoice(),
        invoice(number="F2026-0002", date=date(2026, 1, 20), due=date(2026, 2, 19), amount=Decimal("480.50")),
    ],
    payments=[
        payment(date=date(2026, 2, 20), amount=Decimal("250.00"), invoice="F2026-0002"),
        payment(date=date(2026, 3, 1), amount=Decimal("100")),
    ],
    events=[
        {"date": date(2026, 2, 5), "type": "reminder", "channel": "email", "by": "Sanne", "note": "Herinnering."},
        {"date": date(2026, 2, 19), "type": "dunning", "channel": "letter"},
        {"date": date(2026, 2, 26), "type": "call", "channel": "phone", "spoke_with": "Jan de Vries"},
        {"date": date(2026, 2, 26), "type": "promise", "promised_date": date(2026, 3, 10), "amount": Decimal("500.00")},
        {
            "date": date(2026, 3, 12),
            "type": "arrangement",
            "installments": [
                {"due": date(2026, 4, 1), "amount": Decimal("500.00")},
                {"due": date(2026, 5, 1), "amount": Decimal("500.00")},
            ],
        },
        {"date": date(2026, 3, 20), "type": "dispute", "reason": "Oven werkt nog niet."},
        {"date": date(2026, 3, 25), "type": "dispute_resolved", "outcome": "Monteur is geweest."},
        {"date": date(2026, 4, 10), "type": "final_notice", "channel": "letter"},
        {
            "date": date(2026, 5, 1),
            "type": "handover",
            "agency": "Incasso B.V.",
            "agency_phone": "030 123 45 67",
            "agency_email": "dossiers@incasso.example.nl",
            "agency_iban": "NL02 ABNA 0123 4567 89",
            "agency_reference": "DOS-2026-0042",
        },
        {
            "date": date(2026, 6, 1),
            "type": "legal",
            "bailiff": "Deurwaarders Utrecht",
            "bailiff_phone": "+31 30 765 43 21",
            "bailiff_email": "info@deurwaarders.example.nl",
        },
        {"date": date(2026, 7, 1), "type": "note", "note": "Deurwaarder ingeschakeld."},
        {"date": date(2026, 8, 1), "type": "written_off"},
    ],
)

# An IBAN copied wrong: what is wrong in words, and where to copy it from (findings s45-newcomer, 4).
IBAN_COPIED = ": copy it from a bank statement, or from an invoice of the account's holder"
IBAN_CHECK_DIGITS = (
    "is not a valid IBAN: its check digits (the two after the country code) do not match the rest, so a "
    "character is mistyped or two are swapped" + IBAN_COPIED
)
EMPTY = "must not be empty: write its value, or delete the line if it may be left out"  # a quoted "" (docs/ledger-format.md)


def load_one(tmp_path, debtor=FULL_DEBTOR, creditor=None) -> Ledger:
    return load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=[debtor]))


# -- what loads --------------------------------------------------------------------


def test_the_demo_ledger_loads_without_problems():
    ledger = load_ledger(DEMO)
    files = sorted(p.stem for p in (DEMO / "debtors").rglob("*.yaml"))
    assert sorted(d.id for d in ledger.debtors) == files
    assert ledger.creditor.interest == "statutory"


def test_the_full_example_loads(tmp_path):
    ledger = load_one(tmp_path)
    (debtor,) = ledger.debtors
    assert (debtor.id, debtor.type, debtor.language) == ("D-1001", "consumer", "nl")
    assert debtor.contact.address == ("Dorpsstraat 1", "1234 AB Ergens")
    assert [i.amount for i in debtor.invoices] == [Decimal("1250.00"), Decimal("480.50")]
    assert debtor.invoices[0].due == date(2026, 2, 4)
    assert [p.invoice for p in debtor.payments] == ["F2026-0002", None]
    assert [e.type for e in debtor.events] == [
        "reminder",
        "dunning",
        "call",
        "promise",
        "arrangement",
        "dispute",
        "dispute_resolved",
        "final_notice",
        "handover",
        "legal",
        "note",
        "written_off",
    ]
    arrangement = debtor.events[4]
    assert [(i.due, i.amount) for i in arrangement.installments] == [
        (date(2026, 4, 1), Decimal("500.00")),
        (date(2026, 5, 1), Decimal("500.00")),
    ]
    assert debtor.events[3].promised_date == date(2026, 3, 10)
    assert debtor.events[2].spoke_with == "Jan de Vries"
    handover, legal = debtor.events[8], debtor.events[9]
    assert (handover.agency, handover.agency_phone, handover.agency_email) == (
        "Incasso B.V.",
        "030 123 45 67",
        "dossiers@incasso.example.nl",
    )
    assert (handover.agency_iban, handover.agency_reference) == ("NL02ABNA0123456789", "DOS-2026-0042")
    assert (legal.bailiff, legal.bailiff_phone, legal.bailiff_email) == (
        "Deurwaarders Utrecht",
        "+31 30 765 43 21",
        "info@deurwaarders.example.nl",
    )


@pytest.mark.parametrize(
    ("iban", "bic"),
    [
        ("NL91ABNA0417164300", "ABNANL2AXXX"),  # the same BIC in 11 characters
        ("NL67INGB0006543210", "INGBNL2A"),
        ("GB74BARC20000012345678", "BARCGB23"),  # one of the bank's BICs the registry lists, not its first
        ("GB74BARC20000012345678", "BARCJESH"),  # Jersey's banks have GB IBANs and a BIC of their own island
        ("BE68539007547034", "GEBABEBB"),  # a bank the registry does not know: its BIC is not judged
    ],
)
def test_a_bic_of_the_iban_s_bank_is_taken(tmp_path, iban, bic):
    assert load_one(tmp_path, creditor=valid_creditor(iban=iban, bic=bic)).creditor.bic == bic


def test_the_creditor_loads_with_defaults(tmp_path):
    creditor = load_one(tmp_path, creditor=valid_creditor(interest=MISSING, bic=MISSING, policy=MISSING)).creditor
    assert creditor.iban == "NL91ABNA0417164300"
    assert creditor.interest == "none"
    assert creditor.policy.delivery_days is None  # the postal norm of the day a letter goes (claims.timing)
    assert creditor.policy.delivery_days_abroad == 10  # late rather than early (docs/computation.md)
    assert creditor.policy.final_notice_term_days == 14
    assert creditor.policy.envelope_window == "right"  # every site posted in a right-window envelope before


def test_the_envelope_s_window_is_read_from_the_policy(tmp_path):
    creditor = load_one(tmp_path, creditor=valid_creditor(policy={"envelope_window": "left"})).creditor
    assert creditor.policy.envelope_window == EnvelopeWindow.LEFT


def test_iban_with_spaces_is_compacted_and_policy_is_read(tmp_path):
    creditor = load_one(
        tmp_path,
        creditor=valid_creditor(
            iban="NL91 ABNA 0417 1643 00",
            policy={"delivery_days": 0, "business_costs_from_due": Raw("true"), "dunning_after_days": 10},
        ),
    ).creditor
    assert creditor.iban == "NL91ABNA0417164300"
    assert (
        creditor.policy.delivery_days,
        creditor.policy.business_costs_from_due,
        creditor.policy.dunning_after_days,
    ) == (0, True, 10)


def test_the_desks_role_and_hours_may_be_written_per_language(tmp_path):
    contact = {**VALID_CREDITOR["contact"], "role": {"nl": "Debiteurenbeheer", "en": "Accounts receivable"}}
    contact["hours"] = {"en": "Mon-Fri 9am-5pm", "nl": "ma-vr 9.00-17.00"}
    desk = load_one(tmp_path, creditor=valid_creditor(contact=contact)).creditor.contact
    assert (desk.role_in(Language.NL), desk.role_in(Language.EN)) == ("Debiteurenbeheer", "Accounts receivable")
    assert (desk.hours_in(Language.NL), desk.hours_in(Language.EN)) == ("ma-vr 9.00-17.00", "Mon-Fri 9am-5pm")


def test_an_invoice_description_may_be_written_per_language(tmp_path):
    described = invoice(description={"nl": "Onderhoud cv-ketel", "en": "Boiler service"})
    (first,) = load_one(tmp_path / "both", debtor=valid_debtor(invoices=[described])).debtors[0].invoices
    assert (first.description_in(Language.NL), first.description_in(Language.EN)) == (
        "Onderhoud cv-ketel",
        "Boiler service",
    )
    (once,) = (
        load_one(tmp_path / "once", debtor=valid_debtor(invoices=[invoice(description="Onderhoud")]))
        .debtors[0]
        .invoices
    )
    assert once.description_in(Language.EN) == once.description_in(Language.NL) == "Onderhoud"


def test_a_role_and_hours_written_once_are_shown_in_every_language(tmp_path):
    desk = load_one(tmp_path).creditor.contact
    assert desk.role_in(Language.EN) == desk.role_in(Language.NL) == "Debiteurenbeheer"
    assert desk.hours_in(Language.EN) == desk.hours_in(Language.NL) == "ma-vr 9.00-17.00"


@pytest.mark.parametrize(
    "written, amount",
    [
        (Raw("1250"), Decimal("1250")),
        (Raw("1250.5"), Decimal("1250.5")),
        (Raw("1250.50"), Decimal("1250.50")),
        ("1250.50", Decimal("1250.50")),
        (Raw("0.01"), Decimal("0.01")),
        (Raw("999999999.99"), Decimal("999999999.99")),
    ],
)
def test_amounts_become_exact_decimals(tmp_path, written, amount):
    (debtor,) = load_one(tmp_path, valid_debtor(invoices=[invoice(amount=written)])).debtors
    assert debtor.invoices[0].amount == amount
    assert type(debtor.invoices[0].amount) is Decimal
    assert str(debtor.invoices[0].amount) == str(amount)


def _values(record):
    if is_dataclass(record):
        for f in fields(record):
            yield from _values(getattr(record, f.name))
    elif isinstance(record, tuple):
        for item in record:
            yield from _values(item)
    else:
        yield record


def test_no_value_anywhere_is_a_float(tmp_path):
    ledger = load_one(tmp_path)
    values = list(_values(ledger))
    assert not any(isinstance(v, float) for v in values)
    assert (
        sum(isinstance(v, Decimal) for v in values) == 8
    )  # 2 invoices, 2 payments, a promise, 2 instalments, the chase minimum


def test_plain_yaml_that_looks_like_something_else_stays_text(tmp_path):
    debtor = changed(
        valid_debtor(),
        {
            "name": Raw("no"),
            "contact.person": Raw("yes"),
            "contact.address": [Raw("Hauptstraße 1"), Raw("01067"), Raw("12:30")],
            "invoices[0].description": Raw("12:30"),
            "invoices[0].number": Raw("0042"),
        },
    )
    (loaded,) = load_one(tmp_path, debtor).debtors
    assert loaded.name == "no"
    assert loaded.contact.person == "yes"
    assert loaded.contact.address == ("Hauptstraße 1", "01067", "12:30")
    assert loaded.invoices[0].description == "12:30"
    assert loaded.invoices[0].number == "0042"


def test_kvk_with_a_leading_zero_stays_text(tmp_path):
    assert load_one(tmp_path, creditor=valid_creditor(kvk=Raw("01234567"))).creditor.kvk == "01234567"


def test_one_address_text_is_one_line(tmp_path):
    (debtor,) = load_one(tmp_path, valid_debtor(contact={"address": "Dorpsstraat 1, Ergens"})).debtors
    assert debtor.contact.address == ("Dorpsstraat 1, Ergens",)


def test_debtor_files_may_sit_in_sub_folders_and_other_files_are_ignored(tmp_path):
    root = write_ledger(
        tmp_path,
        debtors={
            "a/D-1.yaml": valid_debtor(id="D-1", invoices=[invoice(number="F1")]),
            "b/c/D-2.yml": valid_debtor(id="D-2", invoices=[invoice(number="F2")]),
            "notes.txt": "not yaml: [",
            ".hidden/D-3.yaml": "junk: [",
            ".D-4.yaml": "junk: [",
        },
    )
    assert sorted(d.id for d in load_ledger(root).debtors) == ["D-1", "D-2"]


def test_a_ledger_without_debtors_loads(tmp_path):
    assert load_ledger(write_ledger(tmp_path)).debtors == ()


# -- debtor rules, one field changed per case ----------------------------------------------

EVENT_TYPES = (
    "reminder, dunning, final_notice, handover, legal, call, promise, arrangement, "
    "dispute, dispute_resolved, written_off, postpone, settlement, settlement_ended, refund, passed_on, note"
)
# What a missing event date says to write (session 49: "is required but missing" alone named no remedy).
WRITE_DATE = ": write the day it happened (date: YYYY-MM-DD)"

# (change, field, message, where the problem is reported: a path, and whether at its key)
DEBTOR_CASES = [
    (
        {"id": MISSING},
        "id",
        "is required but missing: write the dossier's number (id: D-1001), and keep it: the link and the "
        "payment reference are made of it",
        ("", False),
    ),
    (  # two such invoices could not be told apart (their letters and digits: none), nor found in a transfer
        {"invoices[0].number": "-"},
        "invoices[0].number",
        "must hold a letter or a digit (got -)",
        ("invoices[0].number", False),
    ),
    ({"id": None}, "id", "is required but empty", ("id", False)),
    ({"id": ""}, "id", EMPTY, ("id", False)),
    ({"type": MISSING}, "type", "is required but missing: write type: consumer or type: business", ("", False)),
    ({"email": "jan@x.nl"}, "email", "unknown field here: it belongs under `contact:`, indented", ("email", True)),
    (
        {"address": ["Dorpsstraat 1"]},
        "address",
        "unknown field here: it belongs under `contact:`, indented",
        ("address", True),
    ),
    (
        {"events[0].type": "creditnota"},
        "events[0].type",
        f"must be one of {EVENT_TYPES}; a credit note is no event: write it in the `credit_notes` of the invoice it "
        "credits (got creditnota)",
        ("events[0].type", False),
    ),
    (
        {"events[0].type": "betaling"},
        "events[0].type",
        f"must be one of {EVENT_TYPES}; a payment is no event: write it in the file's `payments` list (got betaling)",
        ("events[0].type", False),
    ),
    (
        {"invoices[1].date": "15.1.2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD; write 2026-01-15 (got 15.1.2026)",
        ("invoices[1].date", False),
    ),
    (  # as a Dutch letter writes it: the month's name (findings s45-newcomer, 3)
        {"invoices[1].date": "5 november 2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD; write 2026-11-05 (got 5 november 2026)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].date": "10 okt. 2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD; write 2026-10-10 (got 10 okt. 2026)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].date": "3 March 2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD; write 2026-03-03 (got 3 March 2026)",
        ("invoices[1].date", False),
    ),
    (  # a month's name the table does not know, or a day not in it: nothing to offer
        {"invoices[1].date": "5 brumaire 2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD (got 5 brumaire 2026)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].date": "30 februari 2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD (got 30 februari 2026)",
        ("invoices[1].date", False),
    ),
    (  # no day of the calendar: nothing to offer
        {"invoices[1].date": "31-02-2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD (got 31-02-2026)",
        ("invoices[1].date", False),
    ),
    (
        {"id": "D 1001"},
        "id",
        "must start with a letter or digit and hold only letters, digits, '-', '_' and '.' (got D 1001)",
        ("id", False),
    ),
    (
        {"id": "-1001"},
        "id",
        "must start with a letter or digit and hold only letters, digits, '-', '_' and '.' (got -1001)",
        ("id", False),
    ),
    (
        {"id": "D-" + "1" * 22},
        "id",
        "must hold at most 21 letters and digits (the payment reference is made of them) (got D-" + "1" * 22 + ")",
        ("id", False),
    ),
    ({"id": "D" * 41}, "id", "must be at most 40 characters (got 41 characters)", ("id", False)),
    (
        {"name": MISSING},
        "name",
        "is required but missing: write the debtor's name, as the page addresses them",
        ("", False),
    ),
    ({"name": "N" * 71}, "name", "must be at most 70 characters (got 71 characters)", ("name", False)),
    ({"name": ["a", "b"]}, "name", "must be a single value (got a list)", ("name", False)),
    ({"type": "person"}, "type", "must be one of business, consumer (got person)", ("type", False)),
    (
        {"type": "Consumer"},
        "type",
        "must be one of business, consumer; did you mean 'consumer'? (got Consumer)",
        ("type", False),
    ),
    ({"language": "de"}, "language", "must be one of nl, en (got de)", ("language", False)),
    # The Dutch word a writer reaches for first gets the choice it means.
    (
        {"type": "particulier"},
        "type",
        "must be one of business, consumer; did you mean 'consumer'? (got particulier)",
        ("type", False),
    ),
    # and the English word for whom an invoice went to: a student is a consumer, a company a business.
    (
        {"type": "student"},
        "type",
        "must be one of business, consumer; did you mean 'consumer'? (got student)",
        ("type", False),
    ),
    (
        {"type": "Company"},
        "type",
        "must be one of business, consumer; did you mean 'business'? (got Company)",
        ("type", False),
    ),
    (
        {"events[0].channel": "post"},
        "events[0].channel",
        "must be one of email, letter, phone, visit, portal; did you mean 'letter'? (got post)",
        ("events[0].channel", False),
    ),
    (
        {"events[0].type": "Herinnering"},
        "events[0].type",
        f"must be one of {EVENT_TYPES}; did you mean 'reminder'? (got Herinnering)",
        ("events[0].type", False),
    ),
    ({"langauge": "en"}, "langauge", "unknown field (did you mean 'language'?)", ("langauge", True)),
    # The creditor's desk has a `name`, a debtor's contact a `person`: the other file's word is meant.
    ({"contact.name": "Sanne"}, "contact.name", "unknown field (did you mean 'person'?)", ("contact.name", True)),
    (
        {"contact.aanhef": "mevrouw Jansen"},
        "contact.aanhef",
        "unknown field (did you mean 'salutation'?)",
        ("contact.aanhef", True),
    ),
    (
        {"contact.salutation": "Geachte mevrouw Jansen,"},
        "contact.salutation",
        'write only whom to greet ("mevrouw Jansen", "Ms Kelly"): the letters add "Geachte" or "Dear" and the '
        "comma (got Geachte mevrouw Jansen,)",
        ("contact.salutation", False),
    ),
    (
        {"contact.salutation": "mevrouw " + "x" * 100},
        "contact.salutation",
        "must be at most 100 characters (got 108 characters)",
        ("contact.salutation", False),
    ),
    (
        {"invoices[0].due_date": "2026-12-01"},
        "invoices[0].due_date",
        "unknown field (did you mean 'due'?)",
        ("invoices[0].due_date", True),
    ),
    (
        {"invoices[0].omschrijving": "Lekkage"},
        "invoices[0].omschrijving",
        "unknown field (did you mean 'description'?)",  # the Dutch word, as the choices take theirs
        ("invoices[0].omschrijving", True),
    ),
    ({"contact": "Jan"}, "contact", "must be fields written name: value, one per line (got Jan)", ("contact", False)),
    (
        {"contact.email": "jan-at-example.nl"},
        "contact.email",
        "must be an email address like naam@voorbeeld.nl: an email address must have an @-sign (got jan-at-example.nl)",
        ("contact.email", False),
    ),
    (
        {"contact.phone": "bel me"},
        "contact.phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all (got bel me)",
        ("contact.phone", False),
    ),
    ({"taal": "nl"}, "taal", "unknown field (did you mean 'language'?)", ("taal", True)),
    ({"events[0].door": "Sanne"}, "events[0].door", "unknown field (did you mean 'by'?)", ("events[0].door", True)),
    (
        {"contact.fax": "030 1234567"},
        "contact.fax",
        "unknown field; known fields: person, salutation, email, phone, address, final_notice_by, email_agreed",
        ("contact.fax", True),
    ),
    (
        {"contact.final_notice_by": "post"},
        "contact.final_notice_by",
        "must be one of letter, email; did you mean 'letter'? (got post)",
        ("contact.final_notice_by", False),
    ),
    (
        {"contact.final_notice_by": "email", "contact.email": MISSING},
        "contact.final_notice_by",
        "is email, but contact has no email (got email)",
        ("contact.final_notice_by", False),
    ),
    # The day the consent was given dates `final_notice_by: email`; without that consent it dates nothing.
    (
        {"contact.final_notice_by": "email", "contact.email_agreed": "1 december 2026"},
        "contact.email_agreed",
        "must be a date written YYYY-MM-DD; write 2026-12-01 (got 1 december 2026)",
        ("contact.email_agreed", False),
    ),
    (
        {"contact.email_agreed": "2026-12-01"},
        "contact.email_agreed",
        "is the day the debtor agreed to a final notice by e-mail, but final_notice_by is not email: write "
        "final_notice_by: email beside it (got 2026-12-01)",
        ("contact.email_agreed", False),
    ),
    (
        {
            "contact.final_notice_by": "letter",
            "contact.address": ["Dorpsweg 3", "7411 AA Deventer"],
            "contact.email_agreed": "2026-12-01",
        },
        "contact.email_agreed",
        "is the day the debtor agreed to a final notice by e-mail, but final_notice_by is not email: write "
        "final_notice_by: email beside it (got 2026-12-01)",
        ("contact.email_agreed", False),
    ),
    ({"contact.address": [""]}, "contact.address[0]", EMPTY, ("contact.address[0]", False)),
    (
        {"contact.address": ["Adelaarstraat 62", Raw("~"), "3514 CE Utrecht"]},
        "contact.address[1]",
        "must not be empty (got ~)",
        ("contact.address[1]", False),
    ),
    (
        {"contact.address": ["Adelaarstraat 62", Raw("null")]},
        "contact.address[1]",
        "must not be empty (got null)",
        ("contact.address[1]", False),
    ),
    (
        {"invoices": MISSING},
        "invoices",
        "is required but missing: write the debtor's invoices under it, each with its number, date, due and amount",
        ("", False),
    ),
    ({"invoices": []}, "invoices", "must hold at least one entry", ("invoices", False)),
    (
        {"invoices": "F2026-0001"},
        "invoices",
        "must be a list: start each entry on a line of its own with '- ' (got F2026-0001)",
        ("invoices", False),
    ),
    (
        {"invoices[1]": "F2026-0002"},
        "invoices[1]",
        "must be fields written name: value, one per line (got F2026-0002)",
        ("invoices[1]", False),
    ),
    (
        {"invoices[1].number": MISSING},
        "invoices[1].number",
        "is required but missing: write the invoice's number, as the invoice has it",
        ("invoices[1]", False),
    ),
    (
        {"invoices[1].number": "F" * 36},
        "invoices[1].number",
        "must be at most 35 characters (got 36 characters)",
        ("invoices[1].number", False),
    ),
    (
        {"invoices[1].date": MISSING},
        "invoices[1].date",
        "is required but missing: write the invoice date (date: YYYY-MM-DD)",
        ("invoices[1]", False),
    ),
    (
        {"invoices[1].date": "20-01-2026"},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD; write 2026-01-20 (got 20-01-2026)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].date": Raw("2026-02-30")},
        "invoices[1].date",
        "is not a day of the calendar (got 2026-02-30)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].date": Raw("2026-1-20")},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD; write 2026-01-20 (got 2026-1-20)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].date": Raw("2026-01-20T10:00:00")},
        "invoices[1].date",
        "must be a date written YYYY-MM-DD (got 2026-01-20T10:00:00)",
        ("invoices[1].date", False),
    ),
    (
        {"invoices[1].due": MISSING},
        "invoices[1].due",
        "is required but missing: write the last day to pay (due: YYYY-MM-DD); payment_term_days does not fill it in",
        ("invoices[1]", False),
    ),
    (
        {"invoices[1].due": date(2026, 1, 19)},
        "invoices[1].due",
        "must not be before the invoice date 2026-01-20 (got 2026-01-19)",
        ("invoices[1].due", False),
    ),
    (
        {"invoices[1].amount": MISSING},
        "invoices[1].amount",
        "is required but missing: write the invoice's amount, VAT included (amount: 1250.00)",
        ("invoices[1]", False),
    ),
    (
        {"invoices[1].amount": Raw("-20")},
        "invoices[1].amount",
        # A credit note written as an invoice of its own: say where it goes.
        "must be greater than 0; a credit goes under `credit_notes` of the invoice it credits, as an amount "
        "above 0 (got -20)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("0")},
        "invoices[1].amount",
        "must be greater than 0 (got 0)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("0.00")},
        "invoices[1].amount",
        "must be greater than 0 (got 0.00)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("12.345")},
        "invoices[1].amount",
        # A Dutch thousands dot: "at most 2 decimals" alone invites 12.34, a valid wrong amount.
        "must have at most 2 decimals; for 12345 euros write 12345 (a dot is the decimal point; thousands take "
        "none) (got 12.345)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": "480.505"},
        "invoices[1].amount",
        "must have at most 2 decimals; for 480505 euros write 480505 (a dot is the decimal point; thousands take none) (got 480.505)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("1,250.00")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 1250.00 (thousands take no separator) (got 1,250.00)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("1250,50")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 1250.50 (a dot is the decimal point, not a comma) "
        "(got 1250,50)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("2.025,5")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 2025.50 (a dot is the decimal point, not a comma; "
        "thousands take none) (got 2.025,5)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("12 400.00")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 12400.00 (thousands take no separator) (got 12 400.00)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("1,685")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 1685 (thousands take no separator) (got 1,685)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("1e3")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50 (got 1e3)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw(".5")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50 (got .5)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": "€ 480"},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 480 (the amount alone, without the currency) "
        "(got € 480)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": "EUR 480,-"},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 480.00 (the amount alone, without the currency; "
        "a dot is the decimal point, not a comma) (got EUR 480,-)",
        ("invoices[1].amount", False),
    ),
    (  # a hint offers only an amount the next run takes: not -20 (then refused as not above 0)
        {"invoices[1].amount": "€ -20"},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50 (got € -20)",
        ("invoices[1].amount", False),
    ),
    (  # not 1.250, which the next run reads as a thousands dot
        {"invoices[1].amount": "EUR 1.250"},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 1250 (the amount alone, without the currency; a dot "
        "is the decimal point; thousands take none) (got EUR 1.250)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("0,00")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50 (got 0,00)",
        ("invoices[1].amount", False),
    ),
    (  # a space between the thousands, as Dutch print has it
        {"invoices[1].amount": "1 250,00"},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50; write 1250.00 (a dot is the decimal point, not a comma; "
        "thousands take none) (got 1 250,00)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": "١٢٥٠"},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50 (got ١٢٥٠)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw(".inf")},
        "invoices[1].amount",
        "must be an amount in euros like 1250 or 1250.50 (got .inf)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amount": Raw("1000000000.00")},
        "invoices[1].amount",
        "must be at most 999999999.99 (got 1000000000.00)",
        ("invoices[1].amount", False),
    ),
    (
        {"invoices[1].amout": Decimal("1")},
        "invoices[1].amout",
        "unknown field (did you mean 'amount'?)",
        ("invoices[1].amout", True),
    ),
    (
        {"invoices[0].number": "F2026-0002"},
        "invoices[1].number",
        "is already used in {file}:" + where(FULL_DEBTOR, "invoices[0]").split(":")[0] + " (got F2026-0002)",
        ("invoices[1]", False),
    ),
    (
        {"payments": "250"},
        "payments",
        "must be a list: start each entry on a line of its own with '- ' (got 250)",
        ("payments", False),
    ),
    (
        {"payments[0].date": MISSING},
        "payments[0].date",
        "is required but missing: write the day the money arrived (date: YYYY-MM-DD)",
        ("payments[0]", False),
    ),
    (
        {"payments[0].date": "gisteren"},
        "payments[0].date",
        "must be a date written YYYY-MM-DD (got gisteren)",
        ("payments[0].date", False),
    ),
    (
        {"payments[0].amount": Raw("-5")},
        "payments[0].amount",
        "must be greater than 0 (got -5)",
        ("payments[0].amount", False),
    ),
    (
        {"payments[0].amount": Raw("460,-")},
        "payments[0].amount",
        # How a Dutch bank app or invoice prints round euros.
        "must be an amount in euros like 1250 or 1250.50; write 460.00 (a dot is the decimal point, not a comma) "
        "(got 460,-)",
        ("payments[0].amount", False),
    ),
    (
        {"payments[0].amount": Raw("0.001")},
        "payments[0].amount",
        "must have at most 2 decimals (got 0.001)",
        ("payments[0].amount", False),
    ),
    (
        {"payments[0].invoice": "F2026-9999"},
        "payments[0].invoice",
        "names no invoice of this debtor: write the number as it stands under `invoices:` (F2026-0001, F2026-0002) "
        "(got F2026-9999)",
        ("payments[0]", False),
    ),
    (
        {"payments[0].reference": "x"},
        "payments[0].reference",
        "unknown field; known fields: date, amount, invoice, invoices, bank_ref, returned, return_ref",
        ("payments[0].reference", True),
    ),
    (
        {"events": {"date": "2026-02-05"}},
        "events",
        "must be a list: start each entry on a line of its own with '- ' (got fields written name: value)",
        ("events", False),
    ),
    (
        {"events[0].type": "phonecall"},
        "events[0].type",
        f"must be one of {EVENT_TYPES} (got phonecall)",
        ("events[0].type", False),
    ),
    # One misspelt type is one problem: the promise's own fields are not "unknown" on top of it.
    (
        {"events[3].type": "promis"},
        "events[3].type",
        f"must be one of {EVENT_TYPES}; did you mean 'promise'? (got promis)",
        ("events[3].type", False),
    ),
    (
        {"events[0].type": MISSING},
        "events[0].type",
        f"is required but missing: write what happened, one of {EVENT_TYPES}",
        ("events[0]", False),
    ),
    ({"events[0].date": MISSING}, "events[0].date", f"is required but missing{WRITE_DATE}", ("events[0]", False)),
    (
        {"events[0].date": "5 februari"},
        "events[0].date",
        "must be a date written YYYY-MM-DD (got 5 februari)",
        ("events[0].date", False),
    ),
    # A quoted empty value is written but empty, whatever the field's kind (docs/ledger-format.md).
    ({"events[0].date": Raw('""')}, "events[0].date", EMPTY, ("events[0].date", False)),
    ({"invoices[0].amount": Raw("''")}, "invoices[0].amount", EMPTY, ("invoices[0].amount", False)),
    (
        {"events[1].date": date(2026, 2, 4)},
        "events[1].date",
        "events must be written oldest first; the event above is dated 2026-02-05 (got 2026-02-04)",
        ("events[1]", False),
    ),
    (
        {"events[0].channel": "fax"},
        "events[0].channel",
        "must be one of email, letter, phone, visit, portal (got fax)",
        ("events[0].channel", False),
    ),
    (
        {"events[7].channel": "phone"},
        "events[7].channel",
        "a final notice is a letter: send it by letter, email or portal, or hand it over on a visit "
        "(record a call as a `call` event) (got phone)",
        ("events[7].channel", False),
    ),
    ({"events[0].by": ""}, "events[0].by", EMPTY, ("events[0].by", False)),
    (
        {"events[0].spoke_with": "Jan"},
        "events[0].spoke_with",
        "unknown field; known fields: date, type, channel, by, note",
        ("events[0].spoke_with", True),
    ),
    (
        {"events[2].spoke_with": MISSING},
        "events[2].spoke_with",
        "is required but missing: write whom you spoke to (spoke_with: and their name); nobody reached: record a note "
        "with channel: phone instead",
        ("events[2]", False),
    ),
    ({"events[2].spoke_with": None}, "events[2].spoke_with", "is required but empty", ("events[2].spoke_with", False)),
    (
        {"events[3].promised_date": MISSING},
        "events[3].promised_date",
        "is required but missing: write the day the debtor promised to pay by (promised_date: YYYY-MM-DD)",
        ("events[3]", False),
    ),
    (
        {"events[3].promised_date": date(2026, 2, 25)},
        "events[3].promised_date",
        "must not be before the promise itself (2026-02-26) (got 2026-02-25)",
        ("events[3].promised_date", False),
    ),
    ({"events[3].amount": Raw("0")}, "events[3].amount", "must be greater than 0 (got 0)", ("events[3].amount", False)),
    (
        {"events[4].installments": MISSING},
        "events[4].installments",
        # doubled braces: the cases' messages are formatted with the file's name
        "is required but missing: write the plan's instalments under it, one a line: - {{due: YYYY-MM-DD, amount: "
        "250.00}}",
        ("events[4]", False),
    ),
    (
        {"events[4].installments": []},
        "events[4].installments",
        "must hold at least one entry",
        ("events[4].installments", False),
    ),
    (
        {"events[4].installments[1].amount": Raw("-500")},
        "events[4].installments[1].amount",
        "must be greater than 0 (got -500)",
        ("events[4].installments[1].amount", False),
    ),
    (
        {"events[4].installments[1].due": MISSING},
        "events[4].installments[1].due",
        "is required but missing: write the instalment's last day to pay (due: YYYY-MM-DD)",
        ("events[4].installments[1]", False),
    ),
    (
        {"events[4].installments[1].due": "mei"},
        "events[4].installments[1].due",
        "must be a date written YYYY-MM-DD (got mei)",
        ("events[4].installments[1].due", False),
    ),
    (
        {"events[4].installments[1]": {"amount": Decimal("500.00"), "due": date(2026, 3, 1)}},
        "events[4].installments[1].due",
        "must not be before the plan was agreed (2026-03-12) (got 2026-03-01)",
        ("events[4].installments[1].due", False),
    ),
    (
        {"events[4].installments[1].note": "x"},
        "events[4].installments[1].note",
        "unknown field; known fields: due, amount",
        ("events[4].installments[1].note", True),
    ),
    (
        {"events[5].reason": MISSING},
        "events[5].reason",
        "is required but missing: write what the debtor disputes and why (staff only, never on the page)",
        ("events[5]", False),
    ),
    (
        {"events[5]": {"date": date(2026, 3, 20), "type": "note"}},
        "events[6].type",
        "dispute_resolved needs an open dispute before it (got dispute_resolved)",
        ("events[6]", False),
    ),
    (
        {"events[8].agnecy": "x"},
        "events[8].agnecy",
        "unknown field (did you mean 'agency'?)",
        ("events[8].agnecy", True),
    ),
    (
        {"events[8].agency_phone": "bel ons"},
        "events[8].agency_phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all (got bel ons)",
        ("events[8].agency_phone", False),
    ),
    (
        {"events[8].agency_phone": "030 298 40 00 / 06 12345678"},
        "events[8].agency_phone",
        "holds two phone numbers: write only the number to call (got 030 298 40 00 / 06 12345678)",
        ("events[8].agency_phone", False),
    ),
    (
        {"events[9].bailiff_phone": "+31 6 99999999"},
        "events[9].bailiff_phone",
        "is not a phone number in use in the Netherlands: check its digits (a number abroad starts with + and its "
        "country code) (got +31 6 99999999)",
        ("events[9].bailiff_phone", False),
    ),
    (
        {"contact.phone": "+31 6 12345678 87654321 12"},
        "contact.phone",
        "has too many digits for one phone number (at most 15, the country code included): are two numbers run "
        "together? write only the number to call (got +31 6 12345678 87654321 12)",
        ("contact.phone", False),
    ),
    (
        {"events[8].agency_email": "incasso.example.nl"},
        "events[8].agency_email",
        "must be an email address like naam@voorbeeld.nl: an email address must have an @-sign (got incasso.example.nl)",
        ("events[8].agency_email", False),
    ),
    (
        {"events[8].agency_iban": "NL02ABNA0123456788"},
        "events[8].agency_iban",
        IBAN_CHECK_DIGITS + " (got NL02ABNA0123456788)",
        ("events[8].agency_iban", False),
    ),
    (
        {"events[8].agency_reference": MISSING},
        "events[8].agency_reference",
        "is required with agency_iban (the agency's reference)",
        ("events[8].agency_iban", False),
    ),
    (
        {"events[8].agency": MISSING},
        "events[8].agency",
        "is required with agency_iban (the name the payment goes to)",
        ("events[8].agency_iban", False),
    ),
    (
        # Without the account the page asks the creditor's: the agency's reference would go with the wrong payee.
        {"events[8].agency_iban": MISSING},
        "events[8].agency_iban",
        "is required with agency_reference (the agency's account the debtor pays with that reference); without "
        "an account of the agency, leave agency_reference out",
        ("events[8].agency_reference", False),
    ),
    (
        {"events[8].agency": "A" * 71},
        "events[8].agency",
        "must be at most 70 characters with agency_iban (the name a bank transfer carries) (got 71 characters)",
        ("events[8].agency", False),
    ),
    (
        {"events[8].agency_reference": "R" * 141},
        "events[8].agency_reference",
        "must be at most 140 characters (got 141 characters)",
        ("events[8].agency_reference", False),
    ),
    (
        {"events[9].bailiff_phone": "x"},
        "events[9].bailiff_phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all (got x)",
        ("events[9].bailiff_phone", False),
    ),
    (
        {"events[9].agency": "Incasso B.V."},
        "events[9].agency",
        "unknown field; known fields: date, type, channel, by, note, bailiff, bailiff_phone, bailiff_email",
        ("events[9].agency", True),
    ),
    (
        {"events[11].amount": Decimal("10")},
        "events[11].amount",
        "unknown field; known fields: date, type, channel, by, note",
        ("events[11].amount", True),
    ),
]


@pytest.mark.parametrize(
    "change, field, message, at",
    DEBTOR_CASES,
    ids=[f"{next(iter(c))}={next(iter(c.values()))!r}" for c, *_ in DEBTOR_CASES],
)
def test_debtor_rule(tmp_path, change, field, message, at):
    doc = changed(FULL_DEBTOR, change)
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    file = debtor_path(root, "x.yaml")
    path, key = at
    expected = f"{file}:{where(doc, path, key=key)}: {field}: {message.format(file=file)}"
    assert ledger_problems(root) == [expected]


# -- creditor rules -----------------------------------------------------------------------

CREDITOR_CASES = [
    (
        {"name": MISSING},
        "name",
        "is required but missing: write the creditor's legal name, as its invoices have it",
        ("", False),
    ),
    ({"name": "N" * 71}, "name", "must be at most 70 characters (got 71 characters)", ("name", False)),
    (
        {"address": MISSING},
        "address",
        "is required but missing: write the creditor's postal address as lines: [Vlampijpstraat 48, 3534 AR Utrecht]",
        ("", False),
    ),
    ({"address": []}, "address", "must hold at least one line", ("address", False)),
    (
        {"iban": MISSING},
        "iban",
        "is required but missing: write the account debtors pay into, copied from a bank statement",
        ("", False),
    ),
    (
        {"iban": "NL91ABNA0417164301"},
        "iban",
        IBAN_CHECK_DIGITS + " (got NL91ABNA0417164301)",
        ("iban", False),
    ),
    (
        {"iban": "NL91ABNA041716430"},
        "iban",
        "is not a valid IBAN: it has 17 letters and digits, where an IBAN of NL has 18: 1 missing"
        + IBAN_COPIED
        + " (got NL91ABNA041716430)",
        ("iban", False),
    ),
    (
        {"iban": "NL91 ABNA 0417 1643 000"},
        "iban",
        "is not a valid IBAN: it has 19 letters and digits, where an IBAN of NL has 18: 1 too many"
        + IBAN_COPIED
        + " (got NL91 ABNA 0417 1643 000)",
        ("iban", False),
    ),
    (
        {"iban": "XX91ABNA0417164300"},
        "iban",
        "is not a valid IBAN: Unknown country-code 'XX'" + IBAN_COPIED + " (got XX91ABNA0417164300)",
        ("iban", False),
    ),
    ({"bic": "ABNANL2"}, "bic", "is not a valid BIC: Invalid length '7' (got ABNANL2)", ("bic", False)),
    ({"bic": "ABNAXX2A"}, "bic", "is not a valid BIC: Invalid country code 'XX' (got ABNAXX2A)", ("bic", False)),
    # The QR code and the transfer carry the BIC: one of another bank, or country, misroutes the money.
    ({"bic": "INGBNL2A"}, "bic", "is not the BIC of the IBAN's bank (ABNANL2A) (got INGBNL2A)", ("bic", False)),
    ({"bic": "DEUTDEFF"}, "bic", "is not the BIC of the IBAN's bank (ABNANL2A) (got DEUTDEFF)", ("bic", False)),
    # The bank's own code of another country (ING London for ING Amsterdam), or one the registry lists for no bank.
    (
        {"bic": "INGBGB2L", "iban": "NL67INGB0006543210"},
        "bic",
        "is not the BIC of the IBAN's bank (INGBNL2A) (got INGBGB2L)",
        ("bic", False),
    ),
    (
        {"bic": "INGBNL2X", "iban": "NL67INGB0006543210"},
        "bic",
        "is a BIC the bank registry does not know, while it knows the IBAN's bank: its BIC is INGBNL2A; write that, "
        "or leave bic out (a SEPA transfer needs only the IBAN) (got INGBNL2X)",
        ("bic", False),
    ),
    (
        {"iban": "BR1800360305000010009795493C1", "bic": MISSING},
        "iban",
        "must be an account in the SEPA zone: the pages ask for a SEPA transfer (got BR1800360305000010009795493C1)",
        ("iban", False),
    ),
    ({"kvk": "1234567"}, "kvk", "must be the 8 digits of the KVK number (got 1234567)", ("kvk", False)),
    (
        {"kvk": "１２３４５６７８"},
        "kvk",
        "must be the 8 digits of the KVK number (got １２３４５６７８)",
        ("kvk", False),
    ),
    (
        {"contact": MISSING},
        "contact",
        "is required but missing: write the desk debtors reach under it, at least its name: (a person)",
        ("", False),
    ),
    (
        {"contact.name": MISSING},
        "contact.name",
        "is required but missing: write the name of the person debtors reach",
        ("contact", False),
    ),
    (
        {"contact.email": "desk"},
        "contact.email",
        "must be an email address like naam@voorbeeld.nl: an email address must have an @-sign (got desk)",
        ("contact.email", False),
    ),
    (
        {"contact.phone": "030-CALL-US"},
        "contact.phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all (got 030-CALL-US)",
        ("contact.phone", False),
    ),
    # The page's call link dials what is written: two numbers, or a digit too many, reach no one.
    (
        {"contact.phone": "030 204 18 60 / 06 12345678"},
        "contact.phone",
        "holds two phone numbers: write only the number to call (got 030 204 18 60 / 06 12345678)",
        ("contact.phone", False),
    ),
    (
        {"contact.phone": "030 204 18 60 of 06 12345678"},
        "contact.phone",
        "holds two phone numbers: write only the number to call (got 030 204 18 60 of 06 12345678)",
        ("contact.phone", False),
    ),
    (
        {"contact.phone": "+31 30 204 18 60 231 76 54 231 76 54 99"},
        "contact.phone",
        "has too many digits for one phone number (at most 15, the country code included): are two numbers run "
        "together? write only the number to call (got +31 30 204 18 60 231 76 54 231 76 54 99)",
        ("contact.phone", False),
    ),
    (
        {"contact.phone": "+31 30 204 18 60 2"},
        "contact.phone",
        "is not a phone number in use in the Netherlands: check its digits (a number abroad starts with + and its "
        "country code) (got +31 30 204 18 60 2)",
        ("contact.phone", False),
    ),
    (
        {"contact.phone": "+28 30 204 18 60"},
        "contact.phone",
        "starts with no country code in use: after the + come the country code and the number (+31 30 ...) "
        "(got +28 30 204 18 60)",
        ("contact.phone", False),
    ),
    (
        {"contact.phone": "0-----"},  # six characters, one digit: punctuation printed as the number to call
        "contact.phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all (got 0-----)",
        ("contact.phone", False),
    ),
    (
        {"contact.phone": "(030) 204 18 60"},
        "contact.phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all; write 030 204 18 60 (got (030) 204 18 60)",
        ("contact.phone", False),
    ),
    ({"contact.naam": "Sanne"}, "contact.naam", "unknown field (did you mean 'name'?)", ("contact.naam", True)),
    (
        {"contact.role": {"nl": "Debiteurenbeheer"}},
        "contact.role.en",
        "is required but missing: write the English text beside the Dutch one, {nl: ..., en: ...}, or one text for "
        "every language",
        ("contact.role", False),
    ),
    (
        {"contact.hours": {"nl": "ma-vr", "en": "Mon-Fri", "de": "Mo-Fr"}},
        "contact.hours.de",
        "unknown field; known fields: nl, en",
        ("contact.hours.de", True),
    ),
    (
        {"contact.hours": {"nl": "ma-vr", "en": ""}},
        "contact.hours.en",
        EMPTY,
        ("contact.hours.en", False),
    ),
    ({"interest": Raw("yes")}, "interest", "must be one of statutory, none (got yes)", ("interest", False)),
    (
        {"payment_url": "http://pay.example.nl/{reference}"},
        "payment_url",
        "must start with https:// (got http://pay.example.nl/{reference})",
        ("payment_url", False),
    ),
    (
        {"payment_url": "https://pay.example.nl/{ref}"},
        "payment_url",
        "may fill in only {reference} and {amount} (got https://pay.example.nl/{ref})",
        ("payment_url", False),
    ),
    (
        {"policy": "strict"},
        "policy",
        "must be fields written name: value, one per line (got strict)",
        ("policy", False),
    ),
    (
        {"policy": {"delivery_days": Raw("-1")}},
        "policy.delivery_days",
        "must be a whole number from 0 to 3650 (got -1)",
        ("policy.delivery_days", False),
    ),
    (
        {"policy": {"delivery_days_abroad": Raw("0")}},
        "policy.delivery_days_abroad",
        "must be a whole number from 1 to 3650 (got 0)",
        ("policy.delivery_days_abroad", False),
    ),
    (
        {"policy": {"reminder_after_days": Raw("0")}},
        "policy.reminder_after_days",
        "must be a whole number from 1 to 3650 (got 0)",
        ("policy.reminder_after_days", False),
    ),
    (
        {"policy": {"dunning_after_days": Raw("14.5")}},
        "policy.dunning_after_days",
        "must be a whole number from 1 to 3650 (got 14.5)",
        ("policy.dunning_after_days", False),
    ),
    (
        {"policy": {"business_costs_from_due": Raw("yes")}},
        "policy.business_costs_from_due",
        "must be true or false (got yes)",
        ("policy.business_costs_from_due", False),
    ),
    (
        {"policy": {"calls": Raw("nee")}},
        "policy.calls",
        "must be true or false (got nee)",
        ("policy.calls", False),
    ),
    (
        {"policy": {"envelope_window": Raw("links")}},
        "policy.envelope_window",
        "must be one of right, left (got links)",
        ("policy.envelope_window", False),
    ),
    (
        {"policy": {"dunning_afterdays": Raw("3")}},
        "policy.dunning_afterdays",
        "unknown field (did you mean 'dunning_after_days'?)",
        ("policy.dunning_afterdays", True),
    ),
    (
        {"vat_nummer": "NL001234511B01"},
        "vat_nummer",
        "unknown field (did you mean 'vat_number'?)",
        ("vat_nummer", True),
    ),
    ({"vat": "NL001234511B01"}, "vat", "unknown field (did you mean 'vat_number'?)", ("vat", True)),
    # The KVK number is no VAT number, though `kvk_nummer` is spelt most like `vat_number`.
    # Written in place of a required field: the hint, not "iban: is required but missing" besides.
    (
        {"iban": MISSING, "rekeningnummer": "NL91ABNA0417164300"},
        "rekeningnummer",
        "unknown field (did you mean 'iban'?)",
        ("rekeningnummer", True),
    ),
    ({"kvk_nummer": "30274519"}, "kvk_nummer", "unknown field (did you mean 'kvk'?)", ("kvk_nummer", True)),
    (
        {"btw_nummer": "NL001234511B01"},
        "btw_nummer",
        "unknown field (did you mean 'vat_number'?)",
        ("btw_nummer", True),
    ),
    ({"rente": "statutory"}, "rente", "unknown field (did you mean 'interest'?)", ("rente", True)),
    (
        {"contact.openingstijden": "ma-vr 9-17"},
        "contact.openingstijden",
        "unknown field (did you mean 'hours'?)",
        ("contact.openingstijden", True),
    ),
    (
        {"vat_number": "30274519"},
        "vat_number",
        "is not a VAT number: a Dutch one is NL, 9 digits, B and 2 digits (NL853746291B01); another EU one starts "
        "with its country's code (8 digits are a KVK number: write that as `kvk`) (got 30274519)",
        ("vat_number", False),
    ),
    (
        {"vat_number": "!!!"},
        "vat_number",
        "is not a VAT number: a Dutch one is NL, 9 digits, B and 2 digits (NL853746291B01); another EU one starts "
        "with its country's code (got !!!)",
        ("vat_number", False),
    ),
    (
        {"vat_number": "NL001234567B01"},
        "vat_number",
        "is not a valid VAT number: its check digit does not match; check the digits (got NL001234567B01)",
        ("vat_number", False),
    ),
    (  # four digits: the rule's "at least 5 digits" is what is wrong
        {"contact.phone": "1403"},
        "contact.phone",
        "must be a phone number: an optional leading '+', a digit, then digits, spaces, '(', ')', '.', '/' "
        "or '-', at least 5 digits in all (got 1403)",
        ("contact.phone", False),
    ),
    (  # five digits, as the rule asks, yet no number in use: said by the numbering plan, not by the rule
        {"contact.phone": "12345"},
        "contact.phone",
        "is not a phone number in use in the Netherlands: check its digits (a number abroad starts with + and its "
        "country code) (got 12345)",
        ("contact.phone", False),
    ),
    # What to do, where a rule alone left the writer to guess (a Dutch word, a number in groups, a field a level up).
    (
        {"interest": "wettelijk"},
        "interest",
        "must be one of statutory, none; did you mean 'statutory'? (got wettelijk)",
        ("interest", False),
    ),
    (
        {"interest": "wettelijke rente"},
        "interest",
        "must be one of statutory, none; did you mean 'statutory'? (got wettelijke rente)",
        ("interest", False),
    ),
    (
        {"interest": "geen"},
        "interest",
        "must be one of statutory, none; did you mean 'none'? (got geen)",
        ("interest", False),
    ),
    (
        {"kvk": "1234 5678"},
        "kvk",
        "must be the 8 digits of the KVK number; write 12345678 (got 1234 5678)",
        ("kvk", False),
    ),
    (
        {"policy": {"chase_minimum": Raw("0")}},
        "policy.chase_minimum",
        "must be greater than 0; to chase every cent, write 0.01 (got 0)",
        ("policy.chase_minimum", False),
    ),
    (
        {"chase_minimum": "5.00"},
        "chase_minimum",
        "unknown field here: it belongs under `policy:`, indented",
        ("chase_minimum", True),
    ),
    ({"phone": "030 204 18 60"}, "phone", "unknown field here: it belongs under `contact:`, indented", ("phone", True)),
    ({"bic": Raw('""')}, "bic", EMPTY, ("bic", False)),
]


@pytest.mark.parametrize(
    "change, field, message, at",
    CREDITOR_CASES,
    ids=[f"{next(iter(c))}={next(iter(c.values()))!r}" for c, *_ in CREDITOR_CASES],
)
def test_creditor_rule(tmp_path, change, field, message, at):
    doc = changed(VALID_CREDITOR, change)
    root = write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor()])
    path, key = at
    assert ledger_problems(root) == [f"{root / 'creditor.yaml'}:{where(doc, path, key=key)}: {field}: {message}"]


# -- safe YAML through the loader ---------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        *("030-204 18 60", "+31 (0)30 204 18 60", "030/2041860", "030.204.18.60", "0800 0123", "+32 2 511 24 80"),
        *("14 030", "14030"),  # review s27, 12: five digits, as the rule says, written without a space too
    ],
)
def test_a_phone_number_may_hold_brackets_dots_slashes_and_dashes_after_its_first_digit(tmp_path, phone):
    root = write_ledger(tmp_path, creditor=changed(VALID_CREDITOR, {"contact.phone": phone}), debtors=[valid_debtor()])
    assert load_ledger(root).creditor.contact.phone == phone


def test_tags_anchors_aliases_and_duplicate_keys_in_a_debtor_file(tmp_path):
    text = (
        "id: D-1\n"
        "name: !!python/object:os.system Jan\n"
        "type: &t consumer\n"
        "invoices:\n"
        "  - {number: F1, date: 2026-01-01, due: 2026-01-31, amount: 10}\n"
        "language: *t\n"
        "id: D-2\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    file = debtor_path(root, "x.yaml")
    assert ledger_problems(root) == [
        f"{file}:2:7: name: tags are not allowed (got !!python/object:os.system)",
        f"{file}:3:7: type: anchors (&name) are not allowed; a text starting with & must be put in quotes: put the whole text in double quotes (got &t)",
        f"{file}:6:11: language: aliases (*name) are not allowed (got *t)",
        f"{file}:7:1: id: is written twice (also on line 1): keep one",
    ]


def test_a_misspelt_field_is_said_once_not_also_as_missing(tmp_path):
    text = "id: D-1\nname: Jan\ntype: consumer\ninvoices:\n  - number: F1\n    date: 2026-01-01\n"
    text += "    due: 2026-01-31\n    amout: 10.50\n"
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    file = debtor_path(root, "x.yaml")
    assert ledger_problems(root) == [f"{file}:8:5: invoices[0].amout: unknown field (did you mean 'amount'?)"]


@pytest.mark.parametrize(
    "path, field",
    [("name", "name"), ("contact.address[0]", "contact.address[0]"), ("invoices[0].number", "invoices[0].number")],
)
def test_a_value_a_hash_left_empty_is_said_once_by_the_hash_s_hint(tmp_path, path, field):
    # `name: #Jan` is `name:` with a comment: its hint says why the value is empty, "required" would echo it.
    doc = changed(valid_debtor(contact={"address": ["Dorpsstraat 1", "1234 AB Ergens"]}), {path: Raw("#Jan")})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    file = debtor_path(root, "x.yaml")
    line = int(where(doc, path).split(":")[0])
    column = to_yaml(doc).splitlines()[line - 1].index(" #") + 1  # the empty value: just after the key's colon
    assert ledger_problems(root) == [
        f"{file}:{line}:{column}: {field}: the text after ' #' is read as a YAML comment and left out; "
        "put the whole text in quotes to keep it, or write '# ' (with a space) to mark a comment (got #Jan)"
    ]


@pytest.mark.parametrize(
    "written, hint",
    [
        ("600,00", "write amount: 600.00"),  # a decimal comma
        ("12,345", "write amount: 12345 (no thousands separator)"),  # a thousands comma
        ("1.250,00", "write amount: 1250.00"),  # a Dutch amount
    ],
)
def test_a_comma_in_an_amount_in_a_flow_mapping_is_named_for_what_it_is(tmp_path, written, hint):
    # YAML reads `{due: ..., amount: 600,00}` as amount 600 and a field `00`.
    text = (
        "id: D-1\nname: Jan\ntype: consumer\n"
        "invoices:\n  - {number: F1, date: 2026-01-01, due: 2026-01-31, amount: 1200.00}\n"
        "events:\n  - date: 2026-02-05\n    type: arrangement\n    installments:\n"
        f"      - {{due: 2026-03-01, amount: {written}}}\n      - {{due: 2026-04-01, amount: 600.00}}\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    file = debtor_path(root, "x.yaml")
    after = written.split(",")[1]
    comma = [p for p in ledger_problems(root) if f"installments[0].{after}:" in p]
    assert comma == [
        f"{file}:10:{text.splitlines()[9].index(after + '}') + 1}: events[0].installments[0].{after}: unknown field; "
        f"a comma separates the fields between {{ }}: {hint}"
    ]


def test_a_comma_in_a_text_in_a_flow_mapping_is_named_for_what_it_is(tmp_path):
    # YAML reads `{nl: ..., en: Boiler service, holiday home}` as en "Boiler service" and a field "holiday home".
    line = '    description: {nl: Ketel "vakantiehuis", en: Boiler service, holiday "home"}'
    root, problem = description_problem(tmp_path, line)
    assert problem == (
        f'{debtor_path(root, "x.yaml")}:10:{line.index("holiday") + 1}: invoices[0].description.holiday "home": '
        'unknown field; a comma between { } ends a text: put the text in quotes: en: "Boiler service, holiday \\"home\\""'
    )


def description_problem(tmp_path, line: str):
    """A debtor file whose one invoice has `line` (its description, line 10): the ledger and the problem said of it."""
    text = (
        "id: D-1\nname: Jan\ntype: consumer\nlanguage: en\n"
        "invoices:\n  - number: F1\n    date: 2026-01-01\n    due: 2026-01-31\n    amount: 1200.00\n"
        f"{line}\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    (problem,) = [p for p in ledger_problems(root) if "description" in p]
    return root, problem


@pytest.mark.parametrize(
    ("written", "field", "said"),
    [
        # One word after the comma is a field of its own as well: it got only "known fields: nl, en".
        (
            '{nl: Intensieve cursus Engels, september, en: "Intensive English course, September"}',
            "september",
            '; a comma between { } ends a text: put the text in quotes: nl: "Intensieve cursus Engels, september"',
        ),
        # A field name misspelt, or a word after a value that is no text, is not taken for a split text.
        ("{nl: Cursus Engels, eng: English course}", "eng", " (did you mean 'en'?)"),
        ("{nl: Cursus Engels, en: 2026, extra}", "extra", "; known fields: nl, en"),
    ],
)
def test_one_word_after_a_comma_in_a_text_in_a_flow_mapping_is_named_for_what_it_is(tmp_path, written, field, said):
    line = f"    description: {written}"
    _, problem = description_problem(tmp_path, line)
    assert problem.endswith(f": invoices[0].description.{field}: unknown field{said}")


def test_flow_style_is_read_like_block_style(tmp_path):
    text = (
        "{id: D-1, name: Jan, type: business, invoices: "
        "[{number: F1, date: 2026-01-01, due: 2026-01-31, amount: 10.50}]}\n"
    )
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors={"x.yaml": text})).debtors
    assert debtor.invoices[0].amount == Decimal("10.50")


# -- rules across files and the ledger as a whole ----------------------------------------------------


def _id_not_first(**changes) -> dict:
    """A debtor whose file writes its name before its id: a rule on the id points at the id."""
    debtor = valid_debtor(**changes)
    return {"name": debtor["name"], **debtor}


def test_debtor_ids_are_unique_across_files(tmp_path):
    first = valid_debtor(id="D-1", invoices=[invoice(number="F1")])
    second = _id_not_first(id="D-1", invoices=[invoice(number="F2")])
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'b.yaml')}:{where(second, 'id')}: id: is already used by "
        f"{debtor_path(root, 'a.yaml')} (got D-1)"
    ]


def test_a_copy_of_a_debtor_file_is_told_it_is_a_copy(tmp_path):
    # "D-1 - kopie.yaml", as Windows names a copy, sorts before the original: the original is not blamed.
    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F1")])
    root = write_ledger(tmp_path, debtors={"D-1.yaml": debtor, "D-1 - kopie.yaml": debtor})
    original, copy = debtor_path(root, "D-1.yaml"), debtor_path(root, "D-1 - kopie.yaml")
    assert ledger_problems(root) == [f"{copy}: is a copy of {original} (the same text): delete one of the two"]


@pytest.mark.parametrize("original_name", ["D-1.yaml", "acme.yaml"])
def test_of_two_files_with_one_id_the_copy_is_blamed(tmp_path, original_name):
    # Named by its id or not (acme.yaml), the original is not the one told: "acme - kopie.yaml" is.
    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F1")])
    edited = {**debtor, "name": "Jan Jansen"}
    copy_name = original_name.replace(".yaml", " - kopie.yaml")
    root = write_ledger(tmp_path, debtors={original_name: debtor, copy_name: edited})
    original, copy = debtor_path(root, original_name), debtor_path(root, copy_name)
    assert ledger_problems(root) == [
        f"{copy}:{where(edited, 'id')}: id: is already used by {original} (got D-1)",
        f"{copy}:{where(edited, 'invoices[0]')}: invoices[0].number: is already used in "
        f"{original}:{where(debtor, 'invoices[0]').split(':')[0]} (got F1)",
    ]


def test_ids_giving_the_same_payment_reference_are_refused(tmp_path):
    first = valid_debtor(id="D-1", invoices=[invoice(number="F1")])
    second = _id_not_first(id="D.1", invoices=[invoice(number="F2")])
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'b.yaml')}:{where(second, 'id')}: id: gives the same payment reference as D-1 in "
        f"{debtor_path(root, 'a.yaml')}; ids must differ in their letters and digits (got D.1)"
    ]


def test_invoice_numbers_are_unique_across_files(tmp_path):
    first = valid_debtor(id="D-1", invoices=[invoice(number="F1")])
    second = valid_debtor(id="D-2", invoices=[invoice(number="F2"), invoice(number="F1")])
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    a, b = debtor_path(root, "a.yaml"), debtor_path(root, "b.yaml")
    assert ledger_problems(root) == [
        f"{b}:{where(second, 'invoices[1]')}: invoices[1].number: is already used in "
        f"{a}:{where(first, 'invoices[0]').split(':')[0]} (got F1)"
    ]


@pytest.mark.parametrize("number", ["F2026/0092", "f2026-0092", "F 2026 0092"])
def test_invoice_numbers_differing_only_in_punctuation_or_case_are_refused(tmp_path, number):
    """A bank transfer's text is matched on the letters and digits: both would be the one invoice."""
    first = valid_debtor(id="D-1", invoices=[invoice(number="F2026-0092")])
    second = valid_debtor(id="D-2", invoices=[invoice(number=number)])
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    a, b = debtor_path(root, "a.yaml"), debtor_path(root, "b.yaml")
    assert ledger_problems(root) == [
        f"{b}:{where(second, 'invoices[0]')}: invoices[0].number: is already used in "
        f"{a}:{where(first, 'invoices[0]').split(':')[0]} (as F2026-0092: numbers must differ in their letters "
        f"and digits) (got {number})"
    ]


def test_invoice_numbers_with_signs_beside_their_digits_are_kept_as_written(tmp_path):
    # (A number of ① and ② alone is refused: its letters and digits must be ASCII, test_debtor_file.)
    first = valid_debtor(id="D-1", invoices=[invoice(number="№ 1")])
    second = valid_debtor(id="D-2", invoices=[invoice(number="№ 2")])
    ledger = load_ledger(write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second}))
    assert [d.invoices[0].number for d in ledger.debtors] == ["№ 1", "№ 2"]


def test_a_payment_names_an_invoice_of_its_own_debtor(tmp_path):
    first = valid_debtor(id="D-1", invoices=[invoice(number="F1")])
    second = valid_debtor(id="D-2", invoices=[invoice(number="F2")], payments=[payment(invoice="F1")])
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'b.yaml')}:{where(second, 'payments[0]')}: payments[0].invoice: "
        f"names no invoice of this debtor (F1 is an invoice of D-1, in {debtor_path(root, 'a.yaml')}): write the "
        "number as it stands under `invoices:` (F2) (got F1)"
    ]


def test_a_payment_naming_its_own_invoice_written_otherwise_is_offered_the_number(tmp_path):
    debtor = valid_debtor(id="D-1", invoices=[invoice(number="F2026-0900")], payments=[payment(invoice="f2026 0900")])
    root = write_ledger(tmp_path, debtors={"a.yaml": debtor})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'a.yaml')}:{where(debtor, 'payments[0]')}: payments[0].invoice: "
        "names no invoice of this debtor (did you mean 'F2026-0900'?): write the number as it stands under "
        "`invoices:` (F2026-0900) (got f2026 0900)"
    ]


def test_every_problem_is_reported_at_once(tmp_path):
    first = changed(valid_debtor(id="D-1"), {"invoices[0].amount": Raw("-20"), "type": "person"})
    second = valid_debtor(id="D-2", invoices=[invoice(number="F2", due=date(2025, 12, 1))])
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    a, b = debtor_path(root, "a.yaml"), debtor_path(root, "b.yaml")
    assert ledger_problems(root) == [
        f"{a}:{where(first, 'type')}: type: must be one of business, consumer (got person)",
        f"{a}:{where(first, 'invoices[0].amount')}: invoices[0].amount: must be greater than 0{CREDIT_BELOW_ZERO} (got -20)",
        f"{b}:{where(second, 'invoices[0].due')}: invoices[0].due: must not be before the invoice date "
        "2026-01-05 (got 2025-12-01)",
    ]


def test_rules_across_files_are_checked_alongside_the_problems_of_a_file(tmp_path):
    first = changed(valid_debtor(id="D-1", payments=[payment(invoice="F-NONE")]), {"invoices[0].amount": Raw("-20")})
    second = changed(valid_debtor(id="D-2"), {"type": "person"})  # and the same invoice number as D-1
    root = write_ledger(tmp_path, debtors={"a.yaml": first, "b.yaml": second})
    a, b = debtor_path(root, "a.yaml"), debtor_path(root, "b.yaml")
    assert ledger_problems(root) == [
        f"{a}:{where(first, 'invoices[0].amount')}: invoices[0].amount: must be greater than 0{CREDIT_BELOW_ZERO} (got -20)",
        f"{a}:{where(first, 'payments[0]')}: payments[0].invoice: names no invoice of this debtor: write the number "
        "as it stands under `invoices:` (F2026-0001) (got F-NONE)",
        f"{b}:{where(second, 'type')}: type: must be one of business, consumer (got person)",
        f"{b}:{where(second, 'invoices[0]')}: invoices[0].number: is already used in "
        f"{a}:{where(first, 'invoices[0]').split(':')[0]} (got F2026-0001)",
    ]


def test_a_refused_invoice_number_does_not_make_payments_wrong(tmp_path):
    doc = changed(valid_debtor(payments=[payment(invoice="F" * 36)]), {"invoices[0].number": "F" * 36})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'invoices[0].number')}: invoices[0].number: "
        "must be at most 35 characters (got 36 characters)"
    ]


def test_problems_in_the_creditor_and_debtors_are_reported_together(tmp_path):
    creditor = valid_creditor(iban="NL00")
    debtor = changed(valid_debtor(), {"invoices[0].date": "gisteren"})
    root = write_ledger(tmp_path, creditor=creditor, debtors={"x.yaml": debtor})
    found = ledger_problems(root)
    assert [line.split(": ", 1)[0] for line in found] == [
        f"{root / 'creditor.yaml'}:{where(creditor, 'iban')}",
        f"{debtor_path(root, 'x.yaml')}:{where(debtor, 'invoices[0].date')}",
    ]


def test_what_later_rules_check_of_a_ledger_with_problems_is_the_files_without_one(tmp_path):
    """A file with a problem is not checked further; a rule across files refuses the second file only."""
    debtors = {
        "a.yaml": valid_debtor(id="D-1", invoices=[invoice(number="F1")]),
        "b.yaml": valid_debtor(id="D-1", invoices=[invoice(number="F2")]),  # D-1 again
        "c.yaml": changed(valid_debtor(id="D-3", invoices=[invoice(number="F3")]), {"language": "fr"}),
        "d.yaml": valid_debtor(id="D-4", invoices=[invoice(number="F4")]),
    }
    read = read_ledger(write_ledger(tmp_path, debtors=debtors))
    assert [Path(problem.source.path).name for problem in sorted(read.problems)] == ["b.yaml", "c.yaml"]
    assert [(d.id, d.invoices[0].number) for d in read.debtors] == [("D-1", "F1"), ("D-4", "F4")]
    assert read.ledger is not None and read.ledger.debtors == read.debtors


def test_without_a_sound_creditor_a_ledger_with_problems_has_no_ledger_to_check(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(iban="NL00"), debtors={"a.yaml": valid_debtor()})
    read = read_ledger(root)
    assert read.ledger is None
    assert [d.id for d in read.debtors] == [valid_debtor()["id"]]  # its address may still be checked


def test_a_ledger_without_problems_is_read_whole(tmp_path):
    read = read_ledger(DEMO)
    assert read.problems == ()
    assert read.ledger == load_ledger(DEMO)
    assert read.debtors == read.ledger.debtors


def test_statutory_interest_needs_a_known_rate(tmp_path):
    debtor = valid_debtor(invoices=[invoice(date=date(2022, 11, 1), due=date(2022, 12, 1))])
    root = write_ledger(tmp_path, debtors={"x.yaml": debtor})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(debtor, 'invoices[0]')}: invoices[0].due: is before the first known "
        f"statutory interest rate (2023-01-01); add the earlier rates to src/incasso/law/rates.csv (got 2022-12-01)"
    ]
    load_ledger(write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor], name="no-interest"))


def test_a_missing_folder_creditor_or_debtors_folder(tmp_path):
    assert ledger_problems(tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}: is not a ledger folder (no such directory): give the folder with creditor.yaml "
        "and debtors/"
    ]
    root = tmp_path / "empty"
    root.mkdir()
    assert ledger_problems(root) == [
        f"{root / 'creditor.yaml'}: is missing",
        f"{root / 'debtors'}: is missing: debtor files go in this folder",
    ]


def test_a_file_or_folder_of_the_ledger_given_for_it_names_the_ledger_folder(tmp_path):
    root = write_ledger(tmp_path, debtors={"a.yaml": valid_debtor()})
    for given in (root / "creditor.yaml", root / "debtors", root / "debtors" / "a.yaml"):
        kind = "a folder inside the ledger" if given.is_dir() else "a file"
        assert ledger_problems(given) == [
            f"{given}: is {kind}, not the ledger folder: give {root.resolve()}, which holds creditor.yaml"
        ]
    (tmp_path / "notes.txt").write_text("x")
    assert ledger_problems(tmp_path / "notes.txt") == [
        f"{tmp_path / 'notes.txt'}: is a file, not the ledger folder: give the folder with creditor.yaml and debtors/"
    ]


def test_a_file_named_debtors_is_not_called_missing(tmp_path):
    root = write_ledger(tmp_path, debtors=[])
    (root / "debtors").rmdir()
    (root / "debtors").write_text("D-1004\n")
    assert ledger_problems(root) == [
        f"{root / 'debtors'}: is a file, not a folder: debtor files go in a folder of this name; rename the file"
    ]


def test_an_event_without_a_date_is_reported_not_a_crash(tmp_path):
    doc = changed(FULL_DEBTOR, {"events[1].date": MISSING, "events[2].date": "morgen"})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    file = debtor_path(root, "x.yaml")
    assert ledger_problems(root) == [
        f"{file}:{where(doc, 'events[1]')}: events[1].date: is required but missing{WRITE_DATE}",
        f"{file}:{where(doc, 'events[2].date')}: events[2].date: must be a date written YYYY-MM-DD (got morgen)",
    ]


def test_a_second_dispute_resolved_needs_a_new_dispute(tmp_path):
    events = FULL_DEBTOR["events"][:7] + [{"date": date(2026, 3, 26), "type": "dispute_resolved"}]
    doc = valid_debtor(events=events)
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'events[7]')}: events[7].type: "
        "dispute_resolved needs an open dispute before it (got dispute_resolved)"
    ]


def test_events_on_the_same_day_keep_their_order(tmp_path):
    (debtor,) = load_one(tmp_path).debtors
    assert isinstance(debtor.events[2], Event) and debtor.events[2].date == debtor.events[3].date


def test_an_event_of_an_unknown_type_still_has_its_date_and_channel_checked(tmp_path):
    events = [{"date": date(2026, 2, 10), "type": "herinnering", "channel": "post"}]
    debtor = valid_debtor(id="D-1", events=events)
    root = write_ledger(tmp_path, debtors={"a.yaml": debtor})
    a = debtor_path(root, "a.yaml")
    assert ledger_problems(root) == [
        f"{a}:{where(debtor, 'events[0].type')}: events[0].type: must be one of {EVENT_TYPES}; "
        "did you mean 'reminder'? (got herinnering)",
        f"{a}:{where(debtor, 'events[0].channel')}: events[0].channel: must be one of email, letter, phone, visit, "
        "portal; did you mean 'letter'? (got post)",
    ]


def test_an_event_of_an_unknown_type_still_takes_part_in_the_events_order(tmp_path):
    # The order does not depend on the type: a mistyped type must not hide the date written out of order,
    # for the next run to find (every problem at once).
    events = [
        {"date": date(2026, 2, 20), "type": "dunning", "channel": "letter"},
        {"date": date(2026, 2, 17), "type": "Reminder", "channel": "letter"},
    ]
    debtor = valid_debtor(id="D-1", events=events)
    root = write_ledger(tmp_path, debtors={"a.yaml": debtor})
    a = debtor_path(root, "a.yaml")
    assert ledger_problems(root) == [
        f"{a}:{where(debtor, 'events[1]')}: events[1].date: events must be written oldest first; the event above is "
        "dated 2026-02-20 (got 2026-02-17)",
        f"{a}:{where(debtor, 'events[1].type')}: events[1].type: must be one of {EVENT_TYPES}; "
        "did you mean 'reminder'? (got Reminder)",
    ]


@pytest.mark.parametrize("key", ["NL91ABNA0417164300", "0641278390", "Marloes_vd_Berg", "Jansen", "yildiz"])
def test_a_key_that_holds_an_account_a_number_or_a_name_is_left_out_of_the_redacted_problem(tmp_path, key):
    # A key named in a log others read is a misspelt field's (close to one, lower case as every field is); any
    # other is what someone wrote: an account, a phone number, a name.
    text = (
        f"id: D-1\nname: Jan\ntype: consumer\ncontact:\n  {key}: x\n  emial: jan@example.nl\n"
        "invoices:\n  - {number: F1, date: 2026-01-01, due: 2026-01-31, amount: 10.50}\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    with pytest.raises(LedgerError) as raised:
        load_ledger(root)
    found = sorted(p for p in raised.value.problems if "unknown field" in p.message)
    assert sorted(p.redacted().split(": ", 2)[1] for p in found) == ["contact.<text>", "contact.emial"]
    assert not any(key in p.redacted() for p in raised.value.problems)


def test_a_key_that_is_text_is_left_out_of_the_redacted_problem(tmp_path):
    # `{person: Yildiz, Hakan Emre}`: the comma cut the name, its rest read as a field. A log others read (CI,
    # --redact) names the place and the rule, not the name; a misspelt field's name stays (it says what to mend).
    text = (
        "id: D-1\nname: Jan\ntype: consumer\n"
        "contact: {person: Yildiz, Hakan Emre, emial: jan@example.nl}\n"
        "invoices:\n  - {number: F1, date: 2026-01-01, due: 2026-01-31, amount: 10.50}\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    with pytest.raises(LedgerError) as raised:
        load_ledger(root)
    found = sorted(p for p in raised.value.problems if "unknown field" in p.message)
    assert [p.redacted().split(": ", 2)[1] for p in found] == ["contact.<text>", "contact.emial"]
    assert [str(p).split(": ", 2)[1] for p in found] == ["contact.Hakan Emre", "contact.emial"]
    assert not any("Hakan" in p.redacted() or "Yildiz" in p.redacted() for p in raised.value.problems)


def test_how_to_write_an_amount_is_left_out_of_the_redacted_problem(tmp_path):
    # "write 845.00" quotes the amount: a log others read gets the rule alone.
    debtor = changed(FULL_DEBTOR, {"invoices[1].amount": Raw("845,00")})
    root = write_ledger(tmp_path, debtors={"a.yaml": debtor})
    with pytest.raises(LedgerError) as raised:
        load_ledger(root)
    (problem,) = raised.value.problems
    assert "write 845.00" in str(problem)
    assert problem.redacted().endswith("invoices[1].amount: must be an amount in euros like 1250 or 1250.50")


@pytest.mark.parametrize(
    ("field", "written", "meant"),
    [
        ("language", "Nederlands", "nl"),
        ("language", "English", "en"),
        ("language", "engels", "en"),
        ("events[0].type", "bellen", "call"),
        ("events[0].type", "telefoon", "call"),  # a channel, `phone`, elsewhere
        ("events[0].type", "deurwaarder", "legal"),
        ("events[0].type", "incassobureau", "handover"),
        ("events[0].type", "afgeschreven", "written_off"),
        ("events[0].type", "notitie", "note"),
        ("events[0].channel", "telefoon", "phone"),
        # The product's own English names for them (the letters, the staff pages), as a word or an identifier.
        ("events[0].type", "formal_reminder", "dunning"),
        ("events[0].type", "payment plan", "arrangement"),
        ("events[0].type", "promise to pay", "promise"),
        ("events[0].type", "Payment-Plan", "arrangement"),
        ("events[0].type", "legal_action", "legal"),
    ],
)
def test_an_ordinary_word_for_a_choice_gets_the_choice_it_means(tmp_path, field, written, meant):
    events = [{"date": date(2026, 2, 10), "type": "reminder", "channel": "letter"}]
    debtor = changed(valid_debtor(id="D-1", events=events), {field: written})
    root = write_ledger(tmp_path, debtors={"a.yaml": debtor})
    said = [p for p in ledger_problems(root) if f": {field}: must be one of" in p]
    assert len(said) == 1
    assert said[0].endswith(f"; did you mean '{meant}'? (got {written})")


def test_every_english_name_the_staff_pages_give_an_event_type_gets_that_type(tmp_path):
    from incasso.ledger.fields import _meant
    from incasso.ledger.model import EVENT_TYPES
    from incasso.staff.words_en import EVENT

    assert {name: _meant(name, EVENT_TYPES) for name in EVENT.values()} == {name: t for t, name in EVENT.items()}


# -- the part of a file above its YAML error ------------------------------------------------------


def test_the_values_above_a_yaml_error_are_checked_in_the_same_run(tmp_path):
    # The slips above the error used to show only once it was mended: one more run for each.
    text = (
        "id: D-1\nname: Jan de Vries\ntype: Zakelijk\ninvoices:\n  - number: F1\n    amount: 2.395,00\n"
        "    description: Vervanging: cv-ketel\n    date: 2026-01-05\n    due: 2026-02-04\n"
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    path = debtor_path(root, "x.yaml")
    # Not that the invoice has no date or due: they are written below the error.
    assert ledger_problems(root) == [
        f"{path}:3:7: type: must be one of business, consumer; did you mean 'business'? (got Zakelijk)",
        f"{path}:6:13: invoices[0].amount: must be an amount in euros like 1250 or 1250.50; write 2395.00 (a dot is "
        "the decimal point, not a comma; thousands take none) (got 2.395,00)",
        f"{path}:7:28: invoices[0].description: is not valid YAML: a text with ': ' in it must be put in quotes (got description: "
        "Vervanging: cv-ketel)",
    ]


def test_nothing_above_a_yaml_error_is_said_missing(tmp_path):
    # The e-mail that final_notice_by needs is on the line with the error; the invoices come after it.
    text = "id: D-1\nname: Jan\ntype: consumer\ncontact:\n  final_notice_by: email\n  email: jan@example.nl: privé\n"
    root = write_ledger(tmp_path, debtors={"x.yaml": text + "invoices:\n  - number: F1\n"})
    (problem,) = ledger_problems(root)
    assert problem.startswith(f"{debtor_path(root, 'x.yaml')}:6:24: contact.email: is not valid YAML")


def test_reading_a_ledger_reports_how_many_debtor_files_are_read_of_how_many():
    # A build on a terminal shows it while it reads: 20,000 files take a minute.
    from incasso.ledger.load import read_ledger as read

    told: list[tuple[int, int]] = []
    read(DEMO, progress=lambda done, total: told.append((done, total)))
    files = len(list((DEMO / "debtors").glob("*.yaml")))
    assert told[-1] == (files, files)
    assert [done for done, _ in told] == sorted(done for done, _ in told)  # only forward


def test_a_payment_pasted_under_the_events_is_said_to_belong_under_payments(tmp_path):
    # The overview's lines for a credit with no likely dossier start with the payment itself; pasted at the end of a
    # file without `payments:`, they were the last event's, and the check said only "events[1].type: is required
    # but missing".
    debtor = valid_debtor(id="D-1", events=[event(date(2026, 2, 5), "reminder", channel="email")])
    root = write_ledger(tmp_path, creditor=valid_creditor(), debtors=[debtor])
    path = root / "debtors" / "D-1.yaml"
    assert "payments:" not in path.read_text(encoding="utf-8")
    pasted = '  - date: 2026-11-13\n    amount: 75.00\n    bank_ref: "2026111300010"\n'
    path.write_text(path.read_text(encoding="utf-8") + pasted, encoding="utf-8")
    with pytest.raises(LedgerError) as raised:
        load_ledger(root)
    assert [(p.field, p.message) for p in raised.value.problems] == [
        (
            "events[1]",
            "is a payment (date, amount, bank_ref), not an event: it went under `events:`; put it under "
            "`payments:` (a file without `payments:` needs that line first, at the start of a line)",
        )
    ]
