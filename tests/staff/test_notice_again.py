"""Why a posted final notice follows one e-mailed without the consumer's consent (claims.escalation: that one brings
no costs, so after its term the steps send one that does). The dossier's *Wat nu* said "Later dan het beleid: een
toezegging, regeling, geschil of termijnherinnering hield de escalatie stil", none of which the file holds, and a file
whose first step was that e-mail (no dunning letter recorded) stopped the whole build with a ValueError."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.explain import what_next
from incasso.staff.language import speaking
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
