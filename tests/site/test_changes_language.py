"""changes.md in the build's staff language, every line of it: two real builds of a ledger in which each kind of
change the dossiers can have happens between them, in English (`--staff-language en`) and in Dutch. No word of the
other language is left in a heading, an entry, an amount or a date (s47: "Status changed" was seen with the Dutch
status words under it), however short the word (s62: "de", "op", "een" went unread, as every word under four
letters did). The staff's words are taken from incasso.staff.words and words_en, never written here
(but the few both languages share on purpose, tests.support.shared_words.STAFF).

What only bank statements bring is in it too, from camt.053 files written to the standard (tests.support.bankfiles)
in each build's bank/: the statements' last day moving, credits to assign (whole, and the rest of one booked in part),
money set aside as no debtor's (whole and in part), a payment the bank took back with its reason, a refund that
came back, and credits of invoices outside the ledger. So are a refund, a credit to refund, a promise kept after
all, a plan further behind, a plan back on schedule, costs announced anew (their day moved) and costs no longer charged (paid in the term,
or the final notice taken out of the file), money to pass on to the agency, a credit that may be counted twice,
the answer to a dispute falling due, and a payment of several invoices. And (s48) the lines within a section that
only a rarer dossier brings (`LINES`): money still owed to an earlier agency after a second handover, the rest of a
credit booked in part that grew back (a part booked taken out again: "was" the smaller rest), costs charged before
and charged again on another day, and costs that hold VAT (the creditor's policy.costs_vat, a notice that states no
amount)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from incasso.staff import words, words_en
from incasso.staff.changes import LISTED
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.reading import words_in
from tests.support.shared_words import SHORT, STAFF
from tests.support.site import Site, build_site

FIRST, SECOND = date(2026, 11, 2), date(2026, 11, 20)
D = Decimal
# Names and agencies of no language's words, so that any word of the staff's Dutch or English is ours.
REMINDED = event(date(2026, 2, 10), "reminder", channel="letter")
AGENCY = "Qorvex Zintaro"
LATER_AGENCY = "Vintrax Quorl"  # the second handover's: the first is still owed what came in while it had the file


def debtor(key: str, *events: dict, payments=(), invoices=None, name: str | None = None) -> dict:
    doc = valid_debtor(
        id=f"X-{key}",
        name=name or f"Zyx {key.title()}",
        events=[REMINDED, *events],
        payments=list(payments),
    )
    if invoices is not None:
        doc["invoices"] = invoices
    doc["contact"]["person"] = "Qwo Vrex"
    return doc


def plan(on: date, *instalments: tuple[date, str]) -> dict:
    return event(on, "arrangement", installments=[{"due": due, "amount": D(amount)} for due, amount in instalments])


NOTICE = event(date(2026, 10, 25), "final_notice", channel="letter", costs=D("187.50"))
CREDITED = invoice(credit_notes=[{"number": "C-1", "date": date(2026, 1, 20), "amount": D("50.00")}])
SETTLEMENT = event(date(2026, 11, 5), "settlement", amount=D("600.00"), pay_by=date(2027, 1, 31))
SETTLED = event(date(2026, 10, 20), "settlement", amount=D("600.00"), pay_by=date(2026, 11, 15))
LAPSING = event(date(2026, 10, 20), "settlement", amount=D("600.00"), pay_by=date(2026, 11, 10))
CALLED_OFF = event(date(2026, 10, 20), "settlement", amount=D("600.00"), pay_by=date(2027, 1, 31))


def _before_after() -> tuple[list[dict], list[dict]]:
    """The debtors of the first build and of the second: each pair one kind of change (or two)."""
    pairs = {
        "renamed": (debtor("name"), debtor("name", name="Zyx Quorb")),
        "stage": (debtor("stage"), debtor("stage", event(date(2026, 11, 10), "dunning", channel="letter"))),
        "invoices": (
            debtor("inv", invoices=[invoice(), invoice(number="F-3", amount=D("100.00"))]),
            debtor("inv", invoices=[invoice(amount=D("1200.00")), invoice(number="F-2", amount=D("300.00"))]),
        ),
        "payments": (
            debtor("pay", payments=[payment()]),
            debtor("pay", payments=[payment(date=date(2026, 11, 10), amount=D("100.00"))]),
        ),
        "credit_notes": (
            debtor("cn", invoices=[CREDITED]),
            debtor("cn", invoices=[invoice(credit_notes=[{"number": "C-2", "date": date(2026, 1, 25), "amount": 80}])]),
        ),
        "kept": (
            debtor("kept", event(date(2026, 11, 1), "promise", promised_date=date(2026, 11, 15), amount=D("100"))),
            debtor(
                "kept",
                event(date(2026, 11, 1), "promise", promised_date=date(2026, 11, 15), amount=D("100")),
                payments=[payment(date=date(2026, 11, 12), amount=D("100.00"))],
            ),
        ),
        "broken": (
            debtor("broke", event(date(2026, 11, 1), "promise", promised_date=date(2026, 11, 10))),
            debtor("broke", event(date(2026, 11, 1), "promise", promised_date=date(2026, 11, 10))),
        ),
        "behind": (
            debtor("plan", plan(date(2026, 10, 20), (date(2026, 11, 10), "625.00"), (date(2026, 12, 10), "625.00"))),
            debtor("plan", plan(date(2026, 10, 20), (date(2026, 11, 10), "625.00"), (date(2026, 12, 10), "625.00"))),
        ),
        "caught_up": (  # behind on 2 November, its missed instalment paid on 12 November
            debtor("caught", plan(date(2026, 10, 20), (date(2026, 10, 30), "625.00"), (date(2026, 12, 10), "625.00"))),
            debtor(
                "caught",
                plan(date(2026, 10, 20), (date(2026, 10, 30), "625.00"), (date(2026, 12, 10), "625.00")),
                payments=[payment(date=date(2026, 11, 12), amount=D("625.00"))],
            ),
        ),
        "plan_between": (
            debtor("paidoff"),
            debtor(
                "paidoff",
                plan(date(2026, 11, 5), (date(2026, 11, 6), "625.00"), (date(2026, 11, 8), "625.00")),
                payments=[
                    payment(date=date(2026, 11, 6), amount=D("625.00")),
                    payment(date=date(2026, 11, 8), amount=D("625.00")),
                ],
            ),
        ),
        "settlement_started": (debtor("settle"), debtor("settle", SETTLEMENT)),
        "settlement_settled": (
            debtor("settled", SETTLED),
            debtor("settled", SETTLED, payments=[payment(date=date(2026, 11, 14), amount=D("600.00"))]),
        ),
        "settlement_lapsed": (debtor("lapse", LAPSING), debtor("lapse", LAPSING)),
        "settlement_ended": (
            debtor("calloff", CALLED_OFF),
            debtor("calloff", CALLED_OFF, event(date(2026, 11, 6), "settlement_ended", reason="Qux")),
        ),
        "disputed": (
            debtor("disp"),
            debtor("disp", event(date(2026, 11, 5), "dispute", reason="Qux", invoices=["F2026-0001"])),
        ),
        "dispute_answered": (
            debtor("answer", event(date(2026, 10, 5), "dispute", reason="Qux", invoices=["F2026-0001"])),
            debtor(
                "answer",
                event(date(2026, 10, 5), "dispute", reason="Qux", invoices=["F2026-0001"]),
                event(date(2026, 11, 5), "dispute_resolved", outcome="Qux", invoices=["F2026-0001"]),
            ),
        ),
        "dispute_between": (
            debtor("between"),
            debtor(
                "between",
                event(date(2026, 11, 3), "dispute", reason="Qux"),
                event(date(2026, 11, 6), "dispute_resolved", outcome="Qux"),
            ),
        ),
        "costs_charged": (debtor("costs", NOTICE), debtor("costs", NOTICE)),
        "handovers": (
            debtor("hand", event(date(2026, 9, 1), "final_notice", channel="letter", costs=D("187.50"))),
            debtor(
                "hand",
                event(date(2026, 9, 1), "final_notice", channel="letter", costs=D("187.50")),
                event(date(2026, 11, 10), "handover", agency=AGENCY),
            ),
        ),
    }
    pairs |= _more_pairs()
    before = [_own_numbers(pair[0]) for pair in pairs.values()] + [_own_numbers(debtor("gone"))]
    after = [_own_numbers(pair[1]) for pair in pairs.values()] + [_own_numbers(debtor("new"))]
    # An id edited in its file: the same debtor under another id.
    before.append(valid_debtor(id="X-OLD", name="Zyx Moved", events=[REMINDED], invoices=[invoice(number="F-9")]))
    after.append(valid_debtor(id="X-MOVED", name="Zyx Moved", events=[REMINDED], invoices=[invoice(number="F-9")]))
    return before, after


# Overpaid by EUR 10,00 on 20 October (a credit to refund); a final notice whose term began on 1 October.
OVERPAID = payment(date=date(2026, 10, 20), amount=D("1260.00"))
EARLY_NOTICE = event(date(2026, 10, 1), "final_notice", channel="letter", costs=D("187.50"))
LATE_NOTICE = event(date(2026, 10, 30), "final_notice", channel="letter", costs=D("187.50"))
PROMISED = event(date(2026, 10, 10), "promise", promised_date=date(2026, 10, 15), amount=D("100"))
HANDED = event(date(2026, 10, 20), "handover", agency=AGENCY)
APART = event(date(2026, 10, 10), "dispute", reason="Qux", invoices=["F2026-0778"])
# A final notice that states no costs: the staffel is charged, with its VAT (policy.costs_vat in `_ledger`).
UNSTATED = event(date(2026, 10, 20), "final_notice", channel="letter")


def _more_pairs() -> dict[str, tuple[dict, dict]]:
    """The rarer kinds, and the dossiers the bank statements (`_bookings`) speak of."""
    return {
        "returned": (debtor("ret"), debtor("ret")),  # paid on 28 October, taken back on 10 November
        "rest": (
            debtor("rest"),
            debtor("rest", payments=[payment(date=date(2026, 11, 13), amount=D("300"), bank_ref="C8")]),
        ),
        "refunds": (
            debtor("refund", payments=[OVERPAID]),
            debtor("refund", event(date(2026, 11, 10), "refund", amount=D("10.00")), payments=[OVERPAID]),
        ),
        "due_credit": (
            debtor("over"),
            debtor("over", payments=[payment(date=date(2026, 11, 12), amount=D("1262.50"))]),
        ),
        "refund_returned": (
            debtor("bounce", payments=[OVERPAID]),
            debtor("bounce", event(date(2026, 11, 5), "refund", amount=D("10.00")), payments=[OVERPAID]),
        ),
        "kept_late": (
            debtor("late", PROMISED),
            debtor("late", PROMISED, payments=[payment(date=date(2026, 10, 14), amount=D("100.00"))]),
        ),
        "behind_more": (
            debtor("more", plan(date(2026, 9, 20), (date(2026, 10, 10), "625.00"), (date(2026, 11, 10), "625.00"))),
            debtor("more", plan(date(2026, 9, 20), (date(2026, 10, 10), "625.00"), (date(2026, 11, 10), "625.00"))),
        ),
        "costs_announced": (
            debtor("announce", LATE_NOTICE),
            debtor("announce", {**LATE_NOTICE, "received": date(2026, 11, 12)}),
        ),
        "costs_uncharged": (
            debtor("uncharge", EARLY_NOTICE),
            debtor("uncharge", EARLY_NOTICE, payments=[payment(date=date(2026, 10, 10), amount=D("1250.00"))]),
        ),
        "notice_gone": (debtor("nonotice", EARLY_NOTICE), debtor("nonotice")),
        "pass_on": (debtor("passon", EARLY_NOTICE, HANDED), debtor("passon", EARLY_NOTICE, HANDED)),  # paid 12 Nov
        "credit_doubt": (
            debtor("doubt"),
            debtor("doubt", payments=[payment(date=date(2026, 11, 9), amount=D("1300.00"))]),
        ),
        "dispute_review": (
            debtor("review", APART, invoices=[invoice(), invoice(number="F2026-0778", amount=D("100.00"))]),
            debtor("review", APART, invoices=[invoice(), invoice(number="F2026-0778", amount=D("100.00"))]),
        ),  # the answer to a dispute of one invoice falls due on 9 November (dispute_max_days, 30)
        "several": (
            debtor("multi", invoices=[invoice(), invoice(number="F2026-0777", amount=D("100.00"))]),
            debtor("multi", invoices=[invoice(), invoice(number="F2026-0777", amount=D("100.00"))]),
        ),  # paid by one credit naming both invoices
        **_rarer_lines(),
    }


def _rarer_lines() -> dict[str, tuple[dict, dict]]:
    """The dossiers behind `LINES`: lines of a listed section that only they bring."""
    # Into our account (C13) while the first agency had the file, not passed on when it went to a second.
    came_in = payment(date=date(2026, 10, 25), amount=D("300.00"), bank_ref="C13")
    return {
        "pass_on_earlier": (
            debtor("earlier", EARLY_NOTICE, HANDED, payments=[came_in]),
            debtor(
                "earlier",
                EARLY_NOTICE,
                HANDED,
                event(date(2026, 11, 10), "handover", agency=LATER_AGENCY),
                payments=[came_in],
            ),
        ),
        "credit_rest_was": (  # 150.00 of the credit C12 booked to it, then corrected to 100.00: its rest grew back
            debtor("grow", payments=[payment(date=date(2026, 10, 30), amount=D("150.00"), bank_ref="C12")]),
            debtor("grow", payments=[payment(date=date(2026, 10, 30), amount=D("100.00"), bank_ref="C12")]),
        ),
        "costs_before_charged": (  # the notice told received later: its costs owed from a later day
            debtor("recharge", EARLY_NOTICE),
            debtor("recharge", {**EARLY_NOTICE, "received": date(2026, 10, 10)}),
        ),
        "costs_vat": (debtor("vat", UNSTATED), debtor("vat", UNSTATED)),  # announced, then charged, with VAT
    }


# Lines within sections that only a rarer dossier brings (`_rarer_lines`), by their words' key in CHANGES.
LINES = ("due_pass_on_earlier", "credit_rest_was", "costs_before_charged", "costs_vat")


def _own_numbers(doc: dict) -> dict:
    """The debtor's invoice F2026-0001 numbered its own (an invoice number is one debtor's), disputes too."""
    own = f"F-{doc['id']}"
    for item in doc["invoices"]:
        item["number"] = own if item["number"] == "F2026-0001" else item["number"]
    for step in doc["events"]:
        if "invoices" in step:
            step["invoices"] = [own if number == "F2026-0001" else number for number in step["invoices"]]
    return doc


# Every section this ledger brings about: a change that stops happening fails the test.
EXPECTED = set(LISTED)


def _bookings() -> list[Booking]:
    """The creditor's account from 28 October to 19 November; each build's bank/ holds what was booked by its day."""
    payer = {"name": "Vrox Quell", "iban": None}  # no debtor's name or account: nothing placed by them
    return [
        Booking("1250.00", date(2026, 10, 28), ref="C1", scor=rf_reference("X-ret"), end_to_end="RET-1", **payer),
        Booking("10.00", date(2026, 11, 5), credit=False, ref="OUT1", end_to_end="REFUND-X-bounce", **payer),
        Booking("10.00", date(2026, 11, 6), ref="BACK1", return_reason="AC04", end_to_end="REFUND-X-bounce", **payer),
        Booking(
            "1250.00", date(2026, 11, 10), credit=False, ref="B1", return_reason="FOCR", end_to_end="RET-1", **payer
        ),
        Booking("1350.00", date(2026, 11, 11), ref="C6", text="F-X-multi F2026-0777", **payer),
        # Paid as the file writes it by hand too: the credit may be a double count, to look at before refunding it.
        Booking("1300.00", date(2026, 11, 9), ref="C4", scor=rf_reference("X-doubt"), **payer),
        Booking("200.00", date(2026, 11, 12), ref="C5", scor=rf_reference("X-passon"), **payer),
        Booking("77.13", date(2026, 11, 12), ref="C7", text="Qux zorbel", **payer),
        Booking("517.31", date(2026, 11, 13), ref="C8", text="Qux vintra", **payer),
        Booking("91.17", date(2026, 11, 14), ref="C9", text="Qux", **payer),
        Booking("123.19", date(2026, 11, 15), ref="C10", text="Qux", **payer),
        Booking("33.11", date(2026, 11, 16), ref="C11", text="Q4321", name="Brax Yolo", iban=None),
        Booking("400.00", date(2026, 10, 30), ref="C12", text="Qux brindle", **payer),  # part of it X-grow's
        Booking("300.00", date(2026, 10, 25), ref="C13", scor=rf_reference("X-earlier"), **payer),
        # A return of a payment from before the statements, naming no payer: staff answer it in the second build.
        Booking("45.00", date(2026, 11, 13), credit=False, ref="B9", return_reason="MD06", name=None, iban=None),
    ]


# Money no debtor's in the second build's creditor.yaml: one credit whole, one in part (the rest is to assign).
SET_ASIDE = [
    {"bank_ref": "C9", "date": date(2026, 11, 14), "amount": D("91.17"), "reason": "Qux"},
    {"bank_ref": "C10", "date": date(2026, 11, 15), "amount": D("20.00"), "reason": "Qux"},
]
# The bank's answer on B9 in the second build's creditor.yaml: it took back none of the credits read.
ANSWERED = [{"bank_ref": "B9", "date": date(2026, 11, 13), "credit": "none", "reason": "Qux"}]


def _ledger(tmp_path: Path, debtors: list[dict], day: date, name: str, **creditor) -> Path:
    root = write_ledger(
        tmp_path,
        valid_creditor(interest="none", invoice_numbers=["Q####"], policy={"costs_vat": True}, **creditor),
        debtors,
        name=name,
    )
    write_bank(root, {"statements.xml": camt053(CREDITOR_IBAN, [b for b in _bookings() if b.booked <= day])})
    return root


def _two_builds(tmp_path: Path, extra: list[str]) -> Site:
    before, after = _before_after()
    first = build_site(tmp_path, _ledger(tmp_path, before, date(2026, 11, 1), "first"), FIRST, extra)
    assert first.exit_code == 0
    ledger = _ledger(tmp_path, after, date(2026, 11, 19), "second", bank_set_aside=SET_ASIDE, bank_returns=ANSWERED)
    second = build_site(tmp_path, ledger, SECOND, extra)
    assert second.exit_code == 0
    return second


def _vocabulary(module, code: bool = False) -> set[str]:
    """Every word (tests.support.reading; the ledger's names and keys too if `code`) of a staff words module's texts."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(words_in(value, code))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)

    for name in dir(module):
        if name.isupper():
            walk(getattr(module, name))
    return found


# The words both staff vocabularies hold on purpose (tests.support.shared_words): in either list, no slip.
DUTCH_ONLY = _vocabulary(words) - STAFF - SHORT
ENGLISH_ONLY = _vocabulary(words_en) - STAFF - SHORT
DUTCH_MONTHS = ("januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober")


def _ours(listed: str) -> str:
    """The list without the ledger's own text (ids, names, invoice and credit note numbers, the agency)."""
    text = re.sub(r"\bF-X-[A-Za-z]+|\bX-[A-Za-z]+|\bZyx \w+", " ", listed)
    return re.sub(r"\b(?:F-X-[A-Z]+|F-\d|C-\d)\b|" + AGENCY + "|" + LATER_AGENCY, " ", text)


def _sections(listed: str, module) -> set[str]:
    headings = {f"## {module.CHANGES[name]} (": name for name in LISTED}
    return {name for heading, name in headings.items() if heading in listed}


@pytest.fixture(scope="module")
def lists(tmp_path_factory) -> dict[str, str]:
    found = {}
    for language, extra in (("en", ["--staff-language", "en"]), ("nl", [])):
        site = _two_builds(tmp_path_factory.mktemp(language), extra)
        found[language] = (site.internal / "changes.md").read_text(encoding="utf-8")
    return found


def test_the_staff_vocabularies_share_only_the_words_they_share_on_purpose():
    # A word of one language left in the other's texts (a Dutch word in words_en, say) is in both vocabularies.
    both = _vocabulary(words) & _vocabulary(words_en)
    assert both <= STAFF | SHORT, (
        "in both languages' staff texts, untranslated? (else add to shared_words.STAFF, or SHORT): "
        f"{sorted(both - STAFF - SHORT)}"
    )


def test_every_word_listed_as_shared_is_in_both_staff_vocabularies():
    # A word only the statement or letters share (tests.support.english) listed here would excuse it in staff texts.
    # Read with the ledger's names split into words, as tests.support.english reads them (settlement_ended).
    both = _vocabulary(words, code=True) & _vocabulary(words_en, code=True)
    assert both >= STAFF | SHORT, (
        f"shared by no staff texts (else move to tests.support.english): {sorted((STAFF | SHORT) - both)}"
    )


def test_every_kind_of_change_is_listed(lists):
    assert _sections(lists["en"], words_en) >= EXPECTED, lists["en"]
    assert _sections(lists["nl"], words) >= EXPECTED, lists["nl"]
    # The lines above the sections: the statements read further, and the credits of invoices outside the ledger.
    for language, module in (("en", words_en), ("nl", words)):
        for line in ("bank_until_was", "outside_one"):
            assert module.CHANGES[line].split("{")[0] in lists[language], lists[language]


def _line_pattern(template: str) -> re.Pattern[str]:
    """A CHANGES text as a pattern: its own words as they are, each {value} any text on the line."""
    parts = re.split(r"\{[^}]*\}", template)
    return re.compile("[^\n]*?".join(re.escape(part) for part in parts))


@pytest.mark.parametrize(("language", "module"), [("en", words_en), ("nl", words)])
def test_the_rarer_lines_are_listed_in_the_list_s_language(lists, language, module):
    for key in LINES:
        assert _line_pattern(module.CHANGES[key]).search(lists[language]), (key, lists[language])
    assert LATER_AGENCY in lists[language]  # the agency the file is with now, beside the money owed the first


def test_the_english_list_has_no_dutch_word_left(lists):
    said = _ours(lists["en"])
    left = sorted(words_in(said) & (DUTCH_ONLY | set(DUTCH_MONTHS)))
    assert not left, said
    assert not re.search(r"\d\.\d{3},\d\d|\d,\d\d\b", said), said  # EUR 1,250.00, never EUR 1.250,00
    status = lists["en"].split(f"## {words_en.CHANGES['status']} (", 1)[1].split("\n## ", 1)[0]
    assert f"{words_en.STATUS['settlement']} → {words_en.STATUS['settled']}" in status, status


def test_the_dutch_list_has_no_english_word(lists):
    said = _ours(lists["nl"])
    left = sorted(words_in(said) & ENGLISH_ONLY)
    assert not left, said
    assert not re.search(r"\d,\d{3}\.\d\d", said), said
    status = lists["nl"].split(f"## {words.CHANGES['status']} (", 1)[1].split("\n## ", 1)[0]
    assert f"{words.STATUS['settlement']} → {words.STATUS['settled']}" in status, status
