"""The channel a letter's paste text offers is the one the debtor is written to by: a webshop's customer with
`final_notice_by: email` and an e-mail address (review s38, new3) got `channel: letter` offered for every
reminder, and pasted as given it recorded letters that went by e-mail. The comment says to change it if the
letter went the other way."""

from datetime import date

from incasso.claims.claim import Action
from incasso.claims.states import ActionKind
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.record import record_lines
from tests.support.ledgers import MISSING, event, valid_creditor, valid_debtor, write_ledger

DAY = date(2026, 3, 2)
REMINDER = Action(ActionKind.REMINDER, DAY, "the payment term has passed")


def debtor_of(tmp_path, **changes):
    root = write_ledger(tmp_path, creditor=valid_creditor(), debtors=[valid_debtor(**changes)])
    return load_ledger(root).debtors[0]


def channel_line(tmp_path, **changes) -> str:
    lines = record_lines(REMINDER, debtor_of(tmp_path, **changes), DAY)
    assert lines is not None
    (line,) = [line for line in lines.splitlines() if "channel:" in line]
    return line


def test_a_debtor_written_to_by_e_mail_gets_email_offered(tmp_path):
    line = channel_line(tmp_path, **{"contact.final_notice_by": "email"})
    assert line == "    channel: email   # zo schrijven wij deze debiteur; ging hij per post, zet dan letter"
    with speaking(Language.EN):
        english = record_lines(REMINDER, debtor_of(tmp_path / "en", **{"contact.final_notice_by": "email"}), DAY)
    assert (
        english is not None
        and "channel: email   # how this debtor is written to; if it went by post, put letter" in english
    )


def test_a_debtor_whose_last_letter_went_by_e_mail_gets_email_offered(tmp_path):
    line = channel_line(tmp_path, events=[event(date(2026, 2, 10), "reminder", channel="email")])
    assert line.startswith("    channel: email   #")


def test_otherwise_a_letter_by_post_with_the_other_way_in_the_comment(tmp_path):
    line = channel_line(tmp_path)
    assert line == "    channel: letter   # zo schrijven wij deze debiteur; ging hij per e-mail, zet dan email"


def test_one_way_only_needs_no_comment(tmp_path):
    assert channel_line(tmp_path, **{"contact.email": MISSING}) == "    channel: letter"
    assert channel_line(tmp_path / "e", **{"contact.address": MISSING}) == "    channel: email"


def test_a_final_notice_by_post_says_nothing_of_how_the_reminders_go(tmp_path):
    """`final_notice_by: letter` is the one form of the final notice, not of every letter: a debtor whose last
    reminder went by e-mail was offered `channel: letter` for the next (s38 review), where docs/letters.md says
    the last recorded letter's way decides unless the file says `final_notice_by: email`."""
    emailed = [event(date(2026, 2, 10), "reminder", channel="email")]
    line = channel_line(tmp_path, events=emailed, **{"contact.final_notice_by": "letter"})
    assert line.startswith("    channel: email   #")
    assert channel_line(tmp_path / "none", **{"contact.final_notice_by": "letter"}).startswith("    channel: letter")
