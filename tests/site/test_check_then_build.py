"""What `incasso check` accepts, `incasso build` builds: generated ledgers near every limit.

Hypothesis writes ledgers that look valid (and often are): creditor names of
70 characters of up to four bytes each, the longest IBANs, amounts up to the
EPC maximum, payment URLs a URL parser refuses, dates across the supported
century, every event type. Whenever `check` passes, the build must succeed:
every rule the build relies on is a rule of validation, reported with
file:line before anything is built.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from incasso.cli.main import main
from tests.support.ledgers import VALID_CREDITOR, valid_debtor, write_ledger
from tests.support.site import build_site
from tests.support.site_core import build_in_process

# Letters of one to four bytes in UTF-8: a name of 70 of them may not fit the QR payload.
LETTERS = "abcdefghij ABC-.&'éëüçøß€ĳ名字𝔸𝔹😀"
IBANS = [
    "NL91ABNA0417164300",
    "DE89370400440532013000",
    "MT84MALT011000012345MTLCAST001S",  # 31 characters
    "LC55HEMM000100010012001200023015",  # 32 characters, the longest in use
]
GOOD_URLS = [None, "https://pay.example.nl/{reference}?bedrag={amount}", "https://pay.éxample.nl/{reference}"]
BAD_URLS = [
    "https://",
    "https:///{reference}",
    "https://[::1/{reference}",
    "https://pay.example.nl:99999/{reference}",
    "https://klant:geheim@pay.example.nl/{reference}",
    "https://{reference}.pay.example.nl/",
    "https://pay.example.nl/{reference}?x=a b",
]
EMAILS = ["jan@example.nl", "o'brien@example.ie", "info@xn--bckerei-cxa.example.de"] * 4 + [
    "müller@bäckerei.example.de"
]
FIRST, LAST = date(2000, 1, 1), date(2099, 12, 31)

small = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)
huge = st.decimals(min_value=Decimal("100000000"), max_value=Decimal("999999999.99"), places=2)
# Mostly ordinary amounts; now and then one near the EPC maximum.
amounts = st.sampled_from([small] * 6 + [huge]).flatmap(lambda strategy: strategy)
days = st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31))


def text(max_size: int):
    return st.text(alphabet=LETTERS, min_size=1, max_size=max_size).filter(lambda t: t.strip())


@st.composite
def creditors(draw) -> dict:
    doc = {
        # Now and then 60 to 70 letters of two to four bytes: as many characters as EPC069-12
        # allows, yet maybe too many bytes for the payload.
        "name": draw(st.one_of(text(70), st.text(alphabet="😀𝔸€", min_size=60, max_size=70))),
        "address": ["Industrieweg 12", "3542 AD Utrecht"],
        "iban": draw(st.sampled_from(IBANS)),
        "contact": {"name": draw(text(40)), "email": draw(st.sampled_from(EMAILS)), "phone": "+31 30 123 45 67"},
        "interest": draw(st.sampled_from(["statutory", "none"])),
        "policy": {
            "delivery_days": draw(st.integers(0, 3650)),
            "final_notice_term_days": draw(st.integers(14, 3650)),
            "paid_page_days": draw(st.integers(1, 3650)),
            "business_costs_from_due": draw(st.booleans()),
        },
    }
    bic = draw(st.sampled_from([None, "ABNANL2A", "DEUTDEFF500"]))
    if bic:
        doc["bic"] = bic
    url = draw(st.sampled_from(GOOD_URLS * 4 + BAD_URLS))
    if url:
        doc["payment_url"] = url
    return doc


@st.composite
def events(draw, first: date) -> list[dict]:
    found = []
    when = first
    for _ in range(draw(st.integers(0, 5))):
        when = when + timedelta(days=draw(st.integers(0, 120)))
        kind = draw(
            st.sampled_from(
                ["reminder", "dunning", "call", "final_notice", "handover", "legal", "promise"]
                + ["arrangement", "dispute", "dispute_resolved", "written_off", "note"]
            )
        )
        if kind == "dispute_resolved" and not any(e["type"] == "dispute" for e in found):
            kind = "note"
        event: dict = {"date": when, "type": kind, "channel": draw(st.sampled_from(["email", "letter", "portal"]))}
        if kind == "call":
            event["spoke_with"] = draw(text(30))
        elif kind == "promise":
            event["promised_date"] = when + timedelta(days=draw(st.integers(0, 60)))
            if draw(st.booleans()):
                event["amount"] = draw(amounts)
        elif kind == "arrangement":
            event["installments"] = [
                {"due": when + timedelta(days=30 * (k + 1)), "amount": draw(amounts)}
                for k in range(draw(st.integers(1, 3)))
            ]
        elif kind == "dispute":
            event["reason"] = draw(text(60))
        elif kind == "handover" and draw(st.booleans()):
            # The debtor then pays the agency: its name and reference go into the QR code instead.
            event["agency"] = draw(text(70))
            event["agency_iban"] = draw(st.sampled_from(IBANS))
            event["agency_reference"] = draw(st.one_of(st.just("RF18539007547034"), text(140)))
        found.append(event)
    return found


@st.composite
def debtors(draw, n: int) -> dict:
    invoices = []
    for k in range(draw(st.integers(1, 4))):
        issued = draw(days)
        invoices.append(
            {
                "number": f"F{n}-{k}",
                "date": issued,
                "due": issued + timedelta(days=draw(st.integers(0, 400))),
                "amount": draw(amounts),
                "description": draw(text(80)),
            }
        )
    numbers = [i["number"] for i in invoices]
    payments = []
    for _ in range(draw(st.integers(0, 4))):
        payment = {"date": draw(days), "amount": draw(amounts)}
        named = draw(st.none() | st.sampled_from(numbers))
        if named:
            payment["invoice"] = named
        payments.append(payment)
    doc = {
        "id": f"D-{n}",
        "name": draw(text(70)),
        "type": draw(st.sampled_from(["business", "consumer"])),
        "language": draw(st.sampled_from(["nl", "en"])),
        "contact": {"person": draw(text(40)), "email": draw(st.sampled_from(EMAILS))},
        "invoices": invoices,
    }
    if payments:
        doc["payments"] = payments
    history = draw(events(min(i["date"] for i in invoices)))
    if history:
        doc["events"] = history
    return doc


@st.composite
def ledgers(draw) -> tuple[dict, list[dict], date]:
    docs = [draw(debtors(n)) for n in range(1, draw(st.integers(1, 4)) + 1)]
    as_of = draw(st.one_of(days, st.dates(min_value=FIRST, max_value=LAST)))
    return draw(creditors()), docs, as_of


def checked(root: Path, as_of: date) -> bool:
    return main(["check", "--ledger", str(root), "--as-of", as_of.isoformat(), "--quiet"]) == 0


# Found by this test: a plan asks one cent while the final notice due asks the whole claim, which
# interest has carried past what one transfer can ask (incasso.letters.checks).
_PLAN_UNDER_A_BILLION = (
    VALID_CREDITOR,
    [
        valid_debtor(
            id="D-1",
            type="business",
            invoices=[
                {
                    "number": "F1-0",
                    "date": date(2023, 1, 1),
                    "due": date(2023, 1, 1),
                    "amount": Decimal("100000000.00"),
                    "description": "A",
                }
            ],
            events=[
                {
                    "date": date(2023, 1, 1),
                    "type": "arrangement",
                    "channel": "email",
                    "installments": [{"due": date(2023, 1, 31), "amount": Decimal("0.01")}],
                },
                {"date": date(2023, 2, 1), "type": "dunning", "channel": "email"},
            ],
        )
    ],
    date(2047, 1, 1),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ledgers())
@example(_PLAN_UNDER_A_BILLION)
def test_what_check_accepts_the_build_computes(tmp_path_factory, capsys, ledger):
    creditor, docs, as_of = ledger
    root = write_ledger(tmp_path_factory.mktemp("ledger"), creditor=creditor, debtors=docs)
    try:
        if checked(root, as_of):
            build_in_process(root, as_of)
    finally:
        shutil.rmtree(root.parent)
        capsys.readouterr()


@settings(max_examples=30, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ledgers())
def test_what_check_accepts_pelican_builds(tmp_path_factory, capsys, ledger):
    """Some of the same ledgers through a real Pelican build (each takes a second or two)."""
    creditor, docs, as_of = ledger
    folder = tmp_path_factory.mktemp("ledger")
    root = write_ledger(folder, creditor=creditor, debtors=docs)
    try:
        if checked(root, as_of):
            site = build_site(folder / "site", ledger=root, as_of=as_of)
            assert site.exit_code == 0, capsys.readouterr().err
    finally:
        shutil.rmtree(folder)
        capsys.readouterr()


def test_a_claim_past_one_transfer_on_the_day_is_refused_by_check_and_build_alike(tmp_path, capsys):
    creditor = {**VALID_CREDITOR, "interest": "statutory"}
    huge = valid_debtor(
        type="business",
        invoices=[
            {"number": "F1", "date": date(2023, 1, 2), "due": date(2023, 2, 1), "amount": Decimal("900000000.00")}
        ],
    )
    root = write_ledger(tmp_path, creditor=creditor, debtors={"huge.yaml": huge})
    problem = (
        f"{root / 'debtors' / 'huge.yaml'}:1:1: invoices: on 2026-06-01 the amount to pay, with interest and costs"
    )
    assert not checked(root, date(2026, 6, 1))
    reported = capsys.readouterr().err
    assert reported.startswith(problem)
    assert reported.endswith("1 problem in the ledger; nothing was built or published.\n")
    site = build_site(tmp_path / "site", ledger=root, as_of=date(2026, 6, 1))
    assert site.exit_code == 1
    # The build reports it exactly as check does: file:line: field: what, then the count; no "error: LedgerError".
    assert capsys.readouterr().err == reported
    assert not site.output.exists() and not site.internal.exists()
