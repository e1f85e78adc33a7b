"""Why a posted final notice follows one e-mailed without the consumer's consent (claims.escalation: that one brings
no costs, so after its term the steps send one that does). The dossier's *Wat nu* said "Later dan het beleid: een
toezegging, regeling, geschil of termijnherinnering hield de escalatie stil", none of which the file holds, and a file
whose first step was that e-mail (no dunning letter recorded) stopped the whole build with a ValueError."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import dossier_notes, in_english
from incasso.ledger.model import Language
from incasso.staff.explain import what_next
from incasso.staff.language import speaking
from incasso.staff.notes import note_text
from tests.support.ledgers import days, event, one_debtor_ledger

DUE = date(2026, 2, 4)  # the one invoice of 1,250.00
E_MAILED = event(DUE + days(30), "final_notice", channel="email")  # Friday 6 March: its term ends on 20 March
LETTERS = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")]
ADDRESS = {"email": "jan@example.nl", "address": ["Dorpsweg 3", "7411 AA Deventer"]}

SAID = {
    Language.NL: "Sommatie sturen sinds 21 maart 2026: de sommatie van 6 maart 2026 ging per e-mail, zonder dat de "
    "debiteur met e-mail instemde, en brengt daarom geen incassokosten; haar termijn liep af op 20 maart 2026. "
    "Deze sommatie brengt ze wel, na haar eigen termijn.",
    Language.EN: "Send final notice, due since 21 March 2026: the final notice of 6 March 2026 went by email "
    "without the debtor's consent to email, so it brings no collection costs; its term ended on 20 March 2026. "
    "This final notice does bring them, after its own term.",
}


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
@pytest.mark.parametrize("before", [LETTERS, []], ids=["after_a_dunning_letter", "the_file_starts_at_it"])
def test_a_notice_after_one_e_mailed_without_consent_says_why_it_is_sent(tmp_path, language, before):
    ledger = one_debtor_ledger(tmp_path, contact=ADDRESS, events=[*before, E_MAILED])
    claim = assess(ledger, ledger.debtors[0], DUE + days(50))
    assert claim.next_action is not None and claim.next_action.kind == "final_notice"
    with speaking(language):
        lines = what_next(claim, ledger.creditor)
    assert lines == [SAID[language]]


# -- the note about that e-mail, once the dossier was handed over --------------------------------------------

HANDOVER = event(DUE + days(60), "handover", agency="Incasso B.V.")


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        (
            Language.NL,
            "Het dossier is op 5 april 2026 overgedragen, en na een overdracht sturen de stappen geen sommatie meer",
            "Anders sturen de stappen",
        ),
        (
            Language.EN,
            "The file was handed over on 5 April 2026, and after a handover the steps send no final notice",
            "Otherwise the steps send",
        ),
    ],
)
def test_the_note_on_an_e_mailed_notice_does_not_promise_a_posted_one_after_a_handover(
    tmp_path, language, said, not_said
):
    """The *Let op* of a notice e-mailed without consent ended "Anders sturen de stappen na de termijn van deze
    sommatie een sommatie per post", also once the file was handed over, when the steps send none."""
    ledger = one_debtor_ledger(tmp_path, contact=ADDRESS, events=[*LETTERS, E_MAILED, HANDOVER])
    claim = assess(ledger, ledger.debtors[0], DUE + days(61))
    (note,) = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == "notice_by_email_unagreed"]
    with speaking(language):
        text = note_text(note)
    assert said in text and not_said not in text
    logged = in_english(note)
    assert "after a handover the steps send no final notice" in logged and "else the steps send" not in logged
    # Before the handover it says what it said.
    claim = assess(ledger, ledger.debtors[0], DUE + days(50))
    (note,) = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == "notice_by_email_unagreed"]
    with speaking(language):
        assert not_said in note_text(note)
    assert "else the steps send a final notice by post" in in_english(note)


def test_the_note_on_a_notice_e_mailed_before_the_consent_does_not_promise_one_after_a_handover(tmp_path):
    contact = {**ADDRESS, "final_notice_by": "email", "email_agreed": DUE + days(40)}
    ledger = one_debtor_ledger(tmp_path, contact=contact, events=[*LETTERS, E_MAILED, HANDOVER])
    claim = assess(ledger, ledger.debtors[0], DUE + days(61))
    (note,) = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == "notice_before_consent"]
    with speaking(Language.NL):
        text = note_text(note)
    assert "Het dossier is op 5 april 2026 overgedragen" in text and "Na de termijn van deze" not in text
    assert "after a handover the steps send no final notice" in in_english(note)
    assert "the steps send a final notice by e-mail" not in in_english(note)


def test_a_notice_due_after_a_later_invoice_s_own_dunning_letter_names_that_letter(tmp_path):
    """In the e-mailed notice's term an invoice due after it climbs its own steps (escalation._before_handover): the
    notice due after its dunning letter is said as the policy's step after that letter, not as the e-mailed one's."""
    later = {"number": "F2026-0002", "date": DUE, "due": DUE + days(31), "amount": "300.00"}  # 7 March
    steps = [event(DUE + days(32), "reminder"), event(DUE + days(34), "dunning")]  # 8 and 10 March
    ledger = one_debtor_ledger(
        tmp_path,
        policy={"calls": False},
        contact=ADDRESS,
        invoices=[{"number": "F2026-0001", "date": date(2026, 1, 5), "due": DUE, "amount": "1250.00"}, later],
        events=[*LETTERS, E_MAILED, *steps],
    )
    claim = assess(ledger, ledger.debtors[0], DUE + days(42))  # 18 March: the e-mailed notice's term runs
    assert claim.next_action is not None and claim.next_action.kind == "final_notice"
    assert claim.next_action.newer is not None
    (line, *_) = what_next(claim, ledger.creditor)
    assert line.startswith(
        "Sommatie sturen op 24 maart 2026 als er dan nog niet (helemaal) betaald is: de aanmaning ging uit op 10 maart"
    ), line
