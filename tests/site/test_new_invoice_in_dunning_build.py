"""s55, real nightly builds: invoice A falls due on 2 November 2026 and is reminded on the 3rd; invoice B falls due on
6 November, after that reminder, and the dunning letter of 17 November asks both; the final notice of 1 December
(posted, received on the 3rd, its last day the 17th) asks both, and its costs are charged from 18 December.

The escalation is the dossier's: B joins the letter that is due, as monthly invoices join a final notice, and one
demand covers both, so the staffel applies once over A and B (EUR 307,50 over EUR 2.050,00, not 187,50 + 120,00
counted apart, nor B left without costs). What the debtor reads must be true of B too: until s55 the dunning letter
named the reminder for A only ("voor factuur F2026-0101 een herinnering") and asked "opnieuw", without a word on
why B was in it. Now it says B was not yet overdue when the reminder went, and that this letter asks it too; the
final notice names each invoice's letters, B's dunning letter only. D-THREE has a third invoice due after the
dunning letter: the final notice says the same of it, and the staffel covers all three."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text

pytestmark = pytest.mark.slow

REMINDED, DUNNED, NOTICED, CHARGED = date(2026, 11, 3), date(2026, 11, 17), date(2026, 12, 1), date(2026, 12, 18)
# Each debtor: (type, language, invoice numbers' prefix, the costs its final notice states).
DEBTORS = {
    "D-CONS": ("consumer", "nl", "F2026-01", Decimal("307.50")),
    "D-BUS": ("business", "nl", "F2026-02", Decimal("307.50")),
    "D-EN": ("consumer", "en", "F2026-03", Decimal("307.50")),
    "D-THREE": ("consumer", "nl", "F2026-04", Decimal("380.00")),  # 15% of 2,500 + 10% of 50
    "D-HELD": ("consumer", "en", "F2026-05", Decimal("307.50")),  # B due before the reminder, held apart by a dispute
}
# D-HELD's B: due on 1 November, disputed on the 2nd, so the reminder of the 3rd asked A only; answered that day, after
# it (the file has it after the reminder: the dunning letter waits the answer's 14 days, to the 17th as well).
HELD = [
    event(date(2026, 11, 2), "dispute", reason="Too expensive", invoices=["F2026-0502"]),
    event(date(2026, 11, 3), "dispute_resolved", invoices=["F2026-0502"], outcome="The price is right"),
]


def _invoices(prefix: str, debtor_id: str) -> list[dict]:
    made = [
        invoice(number=f"{prefix}01", date=date(2026, 10, 3), due=date(2026, 11, 2), amount=Decimal("1250.00")),
        invoice(number=f"{prefix}02", date=date(2026, 10, 7), due=date(2026, 11, 6), amount=Decimal("800.00")),
    ]
    if debtor_id == "D-HELD":
        made[1] = invoice(number=f"{prefix}02", date=date(2026, 10, 2), due=date(2026, 11, 1), amount=Decimal("800.00"))
    if debtor_id == "D-THREE":  # due after the dunning letter, before the final notice
        made.append(
            invoice(number=f"{prefix}03", date=date(2026, 10, 21), due=date(2026, 11, 20), amount=Decimal("500.00"))
        )
    return made


def _build(tmp_path: Path, night: date):
    """A night's build; each step's letter recorded from the night after, the notice with the costs it stated."""
    debtors = []
    for debtor_id, (kind, language, prefix, costs) in DEBTORS.items():
        steps = [(REMINDED, "reminder", {}), (DUNNED, "dunning", {}), (NOTICED, "final_notice", {"costs": costs})]
        events = [event(day, step, channel="letter", **more) for day, step, more in steps if day < night]
        if debtor_id == "D-HELD":
            events = sorted([*events, *(e for e in HELD if e["date"] < night)], key=lambda e: e["date"])
        name = "Bakkerij De Vries" if kind == "business" else "Jan de Vries"
        debtors.append(
            valid_debtor(
                id=debtor_id,
                name=name,
                type=kind,
                language=language,
                invoices=_invoices(prefix, debtor_id),
                events=events,
            )
        )
    ledger = write_ledger(tmp_path / night.isoformat(), creditor=valid_creditor(), debtors=debtors)
    site = build_site(
        tmp_path / night.isoformat(), ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"]
    )
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night: the claims, the pages' text and the letters' text (PDF, and the e-mail's plain text)."""
    tmp_path = tmp_path_factory.mktemp("newinvoice")
    built = {}
    for night in (DUNNED, NOTICED, CHARGED):
        site = _build(tmp_path, night)
        claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
        letters = {
            p.name: flat(" ".join(pdf_text(p.read_bytes()))) for p in (site.internal / "letters").glob("D-*.pdf")
        }
        for mail in (site.internal / "letters").glob("D-*.eml"):
            body = read_eml(mail).get_body(preferencelist=("plain",))
            assert body is not None
            letters[mail.name] = " ".join(body.get_content().split())
        built[night] = {
            "claims": claims,
            "pages": {i: page_text(site, c) for i, c in claims.items()},
            "letters": letters,
        }
    return built


@pytest.mark.parametrize(("debtor_id", "prefix"), [("D-CONS", "F2026-01"), ("D-BUS", "F2026-02")])
def test_the_dunning_letter_says_b_was_not_yet_overdue_at_the_reminder_and_is_in_it_now(nights, debtor_id, prefix):
    letters = nights[DUNNED]["letters"]
    new = f"Factuur {prefix}02 was nog niet te laat toen wij u onze herinnering van 3 november 2026 stuurden. Nu wel: "
    for name, this in ((f"{debtor_id}-dunning.pdf", "deze brief"), (f"{debtor_id}-dunning.eml", "deze e-mail")):
        said = letters[name]
        assert f"Wij hebben u eerder voor factuur {prefix}01 een herinnering gestuurd, maar" in said, (name, said)
        assert f"{new}daarom staat die factuur ook in {this}." in said, (name, said)
        assert f"factuur {prefix}02 een herinnering" not in said  # no reminder claimed for B
        # s56: "opnieuw" of A only, which the reminder asked; B is asked "nu ook".
        again = f"Daarom vragen wij u opnieuw om factuur {prefix}01 te betalen, en nu ook factuur {prefix}02. "
        assert f"{again}Voor alles geldt een nieuwe uiterste datum." in said, (name, said)
        assert "opnieuw om te betalen" not in said
    # B's figures with their basis: its dates and amount, and its interest from the day after its due date.
    pdf = letters[f"{debtor_id}-dunning.pdf"]
    assert f"{prefix}02 7 okt 2026 6 nov 2026 800,00 — 800,00" in pdf
    assert f"{prefix}02 7 nov 2026 t/m 17 nov 2026 (11 dagen) over EUR 800,00" in pdf


def test_the_english_dunning_letter_says_the_same(nights):
    letters = nights[DUNNED]["letters"]
    for name, this in (("D-EN-dunning.pdf", "this letter"), ("D-EN-dunning.eml", "this email")):
        said = letters[name]
        assert "We sent you a reminder about invoice F2026-0301 earlier, but" in said, (name, said)
        new = "Invoice F2026-0302 was not yet overdue when we sent you our reminder of 3 November 2026. It is now, so "
        assert f"{new}{this} includes it too." in said, (name, said)
        again = "So we are asking you again to pay invoice F2026-0301, and now invoice F2026-0302 too. "
        assert f"{again}All of it has a new deadline." in said, (name, said)
        assert "asking you again to pay," not in said


def test_the_final_notice_names_each_invoice_s_letters_and_the_staffel_once_over_both(nights):
    letters = nights[NOTICED]["letters"]
    for debtor_id, prefix in (("D-CONS", "F2026-01"), ("D-BUS", "F2026-02")):
        said = letters[f"{debtor_id}-final_notice.pdf"]
        steps = f"voor factuur {prefix}01 een herinnering en een aanmaning, en voor factuur {prefix}02 een aanmaning"
        assert f"Wij hebben u {steps} gestuurd" in said, said
        assert "nog niet te laat toen" not in said  # B had the dunning letter: nothing new in this one
        assert "incassokosten van EUR 307,50. Dat bedrag is berekend over EUR 2.050,00" in said, said


def test_an_invoice_due_after_the_dunning_letter_is_said_new_in_the_final_notice_and_in_its_costs(nights):
    said = nights[NOTICED]["letters"]["D-THREE-final_notice.pdf"]
    new = "Factuur F2026-0403 was nog niet te laat toen wij u onze aanmaning van 17 november 2026 stuurden. Nu wel: "
    assert f"{new}daarom staat die factuur ook in deze brief." in said, said
    assert "incassokosten van EUR 380,00. Dat bedrag is berekend over EUR 2.550,00" in said, said


@pytest.mark.parametrize(("debtor_id", "prefix"), [("D-CONS", "F2026-01"), ("D-BUS", "F2026-02")])
def test_after_the_term_the_costs_are_the_staffel_once_shared_over_both_invoices(nights, debtor_id, prefix):
    charged = nights[CHARGED]
    assert Decimal(charged["claims"][debtor_id]["costs"]["amount"]) == Decimal("307.50")
    shared = f"Verdeeld over de facturen: {prefix}01 EUR 187,50, {prefix}02 EUR 120,00."
    assert shared in charged["pages"][debtor_id], charged["pages"][debtor_id]


def test_an_invoice_a_dispute_held_apart_is_not_said_to_have_been_not_yet_overdue(nights):
    """s56: D-HELD's B was overdue at the reminder, but disputed: the reminder asked A only. The dunning letter, the
    first since the answer, asks "again" of A only, and says why B is in it now, not that it was not yet overdue."""
    letters = nights[DUNNED]["letters"]
    for name, this in (("D-HELD-dunning.pdf", "this letter"), ("D-HELD-dunning.eml", "this email")):
        said = letters[name]
        assert "We have answered your dispute, but" in said, (name, said)  # dunning_answered
        again = "So we are asking you again to pay invoice F2026-0501, and now invoice F2026-0502 too. "
        assert f"{again}All of it has a new deadline." in said, (name, said)
        held = "You disagreed with invoice F2026-0502, so it was not in our reminder of 3 November 2026. We have "
        assert f"{held}answered your dispute, so {this} includes it now." in said, (name, said)
        assert "not yet overdue" not in said
