"""s47: a `postpone` recorded while a promise or a plan on schedule runs moves no check (docs/ledger-format.md,
'Postponing the next step'), so the dossier's "what next" said only "Controleren of de termijn ... binnen is" and
nothing of the wait: a clerk could not see that the counsellor's wait was granted, nor that it holds the step after
a miss. It says the postpone now (until, recorded, by, who asked, reason), and that it moves neither the check nor
the instalments, only what follows a miss."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.language import speaking
from incasso.staff.view import staff_book
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment

STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
PLAN = event(
    date(2026, 3, 10),
    "arrangement",
    installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)],
)
PROMISE = event(date(2026, 3, 10), "promise", promised_date=date(2026, 5, 15))
REASON = "Schuldhulpverlener maakt een inventarisatie."


def _next(tmp_path, agreement, language, asked_by="representative", until=date(2026, 7, 1)):
    as_of = date(2026, 4, 20)
    pause = event(date(2026, 4, 15), "postpone", until=until, reason=REASON, by="Sanne")
    if asked_by is not None:
        pause["asked_by"] = asked_by
    ledger = one_debtor_ledger(
        tmp_path,
        events=[*STEPS, agreement, pause],
        payments=[payment(date=date(2026, 4, 1), amount=Decimal("250.00"))],
        representative={**COUNSELLOR, "since": "2026-03-01"},
    )
    claim = assess(ledger, ledger.debtors[0], as_of)
    book = staff_book([claim], ledger.creditor, as_of, "", lambda c: "s/")
    with speaking(language):
        return [line.text for line in dossier_page(book, book.rows[0]).next]


SAID = {
    ("plan", Language.NL): "Uitgesteld tot 1 juli 2026 (vastgelegd op 15 april 2026 door Sanne; gevraagd door "
    "schuldhulpverlener Schuldhulp Utrecht, Jan Smit): Schuldhulpverlener maakt een inventarisatie. Dat verplaatst "
    "deze controle en de termijnen niet: alleen de herinnering na een gemiste termijn wacht tot 1 juli 2026.",
    ("plan", Language.EN): "Postponed until 1 July 2026 (recorded on 15 April 2026 by Sanne; asked for by debt "
    "counsellor Schuldhulp Utrecht, Jan Smit): Schuldhulpverlener maakt een inventarisatie. It does not move this "
    "check or the instalments: only the reminder after a missed instalment waits until 1 July 2026.",
    ("promise", Language.NL): "Uitgesteld tot 1 juli 2026 (vastgelegd op 15 april 2026 door Sanne; gevraagd door "
    "schuldhulpverlener Schuldhulp Utrecht, Jan Smit): Schuldhulpverlener maakt een inventarisatie. Dat verplaatst "
    "deze controle niet: alleen de stap na een gemiste toezegging, of de brief voor wat er daarna nog openstaat, "
    "wacht tot 1 juli 2026.",  # s48: past the promised day, what a kept promise leaves is first asked after it too
    ("promise", Language.EN): "Postponed until 1 July 2026 (recorded on 15 April 2026 by Sanne; asked for by debt "
    "counsellor Schuldhulp Utrecht, Jan Smit): Schuldhulpverlener maakt een inventarisatie. It does not move this "
    "check: only the step after a missed promise, or the letter for what is still open after it, waits until 1 July "
    "2026.",
}


@pytest.mark.parametrize(("agreement", "language"), list(SAID))
def test_the_dossier_says_a_postpone_over_a_running_agreement(tmp_path, agreement, language):
    lines = _next(tmp_path, PLAN if agreement == "plan" else PROMISE, language)
    assert lines[-1] == SAID[(agreement, language)], lines
    # The check stays the next thing to do, named as the task list names it (s51).
    assert lines[0].startswith(("Controle: ", "Check: "))


def test_staff_s_own_postpone_is_said_to_staff_without_an_asker(tmp_path):
    lines = _next(tmp_path, PLAN, Language.NL, asked_by=None)
    assert lines[-1].startswith("Uitgesteld tot 1 juli 2026 (vastgelegd op 15 april 2026 door Sanne): ")


@pytest.mark.parametrize("agreement", [PLAN, PROMISE], ids=["plan", "promise"])
def test_a_postpone_over_is_not_said(tmp_path, agreement):
    """Its `until` today: from today the step may be taken, so nothing is held back any more."""
    assert not [
        line for line in _next(tmp_path, agreement, Language.NL, until=date(2026, 4, 20)) if "Uitgesteld" in line
    ]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, "Dat verplaatst deze controle en de termijnen niet: alleen de herinnering na een gemiste termijn, "
         "of voor wat er na de laatste termijn nog openstaat, wacht tot 1 oktober 2026."),
        (Language.EN, "It does not move this check or the instalments: only the reminder after a missed instalment, or "
         "for what is still open after the last one, waits until 1 October 2026."),
    ],
)  # fmt: skip
def test_a_postpone_outlasting_the_plan_holds_the_rest_s_letter_too(tmp_path, language, said):
    """s48: the wait ends after the last instalment (1 August): the letter for what the plan leaves waits for it too
    (the core moves it to `until`), not only a missed instalment's reminder."""
    assert _next(tmp_path, PLAN, language, until=date(2026, 10, 1))[-1].endswith(said)
