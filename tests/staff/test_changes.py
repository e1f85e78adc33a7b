"""The change list (changes.md): what happened between two builds, read from their claims.json.

A consumer with two invoices of 2026-02-04, F-A (640.00) and F-B (1180.00); the previous build was
of 2026-02-08, the current one of 2026-02-24.
"""

from __future__ import annotations

import html
import string
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff import words as dutch
from incasso.staff.changes import Changes, Entry, _escape, changes_markdown, compare, parse_previous
from incasso.staff.exports import claims_document, claims_json
from incasso.staff.language import speaking
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
INVOICES = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
]
REMINDED = event(DUE + days(1), "reminder", channel="letter")
PREVIOUS, CURRENT = DUE + days(4), DUE + days(20)


def claims_on(tmp_path, as_of, *events, payments=(), policy=None, invoices=INVOICES, **debtor):
    ledger = one_debtor_ledger(
        tmp_path, invoices=invoices, events=[REMINDED, *events], payments=list(payments), policy=policy, **debtor
    )
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claims_document([claim], as_of, ledger.creditor.policy, lambda c: "")


def dispute(on, *numbers):
    fields = {"invoices": list(numbers)} if numbers else {}
    return event(on, "dispute", reason="De afzuiging was niet schoon", **fields)


def answer(on, *numbers):
    fields = {"invoices": list(numbers)} if numbers else {}
    return event(on, "dispute_resolved", outcome="Factuur klopt", **fields)


# -- a dispute raised and answered between two builds ----------------------------------------


@pytest.mark.parametrize(
    ("numbers", "dutch", "english"),
    [
        (("F-B",), "factuur F-B", "invoice F-B"),
        ((), "het hele dossier", "the whole dossier"),
    ],
)
def test_a_dispute_raised_and_answered_between_builds_is_listed(tmp_path, numbers, dutch, english):
    """Its status is the same before and after, and no invoice is disputed at either build: without a line
    of its own, staff who did not record it never learn it happened."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    after = claims_on(tmp_path / "after", CURRENT, dispute(DUE + days(5), *numbers), answer(DUE + days(12), *numbers))
    changes = compare(before, after)
    assert [(e.id, e.values) for e in changes.sections["dispute_between"]] == [
        ("D-1001", {"what": dutch, "raised": "9 februari 2026", "answered": "16 februari 2026"})
    ]
    assert changes.sections["status"] == changes.sections["disputed"] == changes.sections["dispute_answered"] == ()
    text = changes_markdown(changes)
    assert "## Geschil geopend en beantwoord (1)\n\n" in text
    assert f": geschil over {dutch} geopend op 9 februari 2026 en beantwoord op 16 februari 2026" in text
    with speaking(Language.EN):
        text = changes_markdown(compare(before, after))
    assert "## Dispute raised and answered (1)\n\n" in text
    assert f": dispute about {english} raised on 9 February 2026 and answered on 16 February 2026" in text


def test_a_dispute_the_previous_build_knew_of_is_not_listed_again(tmp_path):
    """Open at the previous build, answered since: the list says it was answered (and the status changed),
    not that it was raised and answered."""
    opened = dispute(DUE + days(2), "F-B")
    before = claims_on(tmp_path / "before", PREVIOUS, opened)
    after = claims_on(tmp_path / "after", CURRENT, opened, answer(DUE + days(12), "F-B"))
    changes = compare(before, after)
    assert changes.sections["dispute_between"] == ()
    assert [e.values["invoice"] for e in changes.sections["dispute_answered"]] == ["F-B"]


def test_a_dispute_answered_before_the_previous_build_is_not_listed(tmp_path):
    events = (dispute(DUE + days(1)), answer(DUE + days(3)))
    before = claims_on(tmp_path / "before", PREVIOUS, *events)
    after = claims_on(tmp_path / "after", CURRENT, *events)
    assert compare(before, after).sections["dispute_between"] == ()


def test_a_previous_claims_json_of_before_disputes_were_carried_is_read_by_date(tmp_path):
    """A claims.json without `disputes` knew none: a dispute raised after its day and answered since is news,
    one raised and answered before it its pages told already."""
    events = (dispute(DUE + days(1)), answer(DUE + days(3)), dispute(DUE + days(6), "F-B"), answer(DUE + days(9)))
    before = claims_on(tmp_path / "before", PREVIOUS, *events[:2])
    older = {**before, "claims": [{k: v for k, v in c.items() if k != "disputes"} for c in before["claims"]]}
    after = claims_on(tmp_path / "after", CURRENT, *events)
    assert [e.values["raised"] for e in compare(older, after).sections["dispute_between"]] == ["10 februari 2026"]


def test_claims_json_carries_every_dispute_with_its_answer(tmp_path):
    events = (dispute(DUE + days(1)), answer(DUE + days(3)), dispute(DUE + days(6), "F-A", "F-B"))
    document = claims_on(tmp_path, CURRENT, *events, answer(DUE + days(9), "F-A"))
    assert document["claims"][0]["disputes"] == [
        {"raised": "2026-02-05", "invoices": [], "answered": "2026-02-07"},
        {"raised": "2026-02-10", "invoices": ["F-A", "F-B"], "answered": None},
    ]


# -- changes.md read raw: escapes only where Markdown would misread ---------------------------------------


def renamed_line(old_name: str) -> str:
    """changes.md's line for a dossier renamed from `old_name` (the ledger's text in two places in a line)."""
    changes = Changes(
        "2026-11-22", "2026-11-20", sections={"renamed": (Entry("D-1", "Nieuw", {"old": _escape(old_name)}),)}
    )
    (line,) = [line for line in changes_markdown(changes).splitlines() if line.startswith("- ")]
    return line


@pytest.mark.parametrize(
    "name",
    [
        "Bakkerij & Zn. #3 (Oost) + Partners!",
        "Jansen {Holding} | Verhuur - 'Oost' = West > Noord",
        "K [DE] BOER",
        "Van_der_Berg installatie_techniek",
        "Zoë 50% <3 korting",
    ],
)
def test_ordinary_punctuation_in_a_name_is_written_as_it_is(name):
    """changes.md is read raw too (CI job summaries, a terminal): no backslash where Markdown reads nothing."""
    assert renamed_line(name) == f"- D-1 Nieuw: eerder {name}"


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("[klik](https://evil.example)", r"[klik\](https://evil.example)"),
        ("<b>vet</b> *schuin* _ook_ `code` ~~weg~~", r"\<b>vet\</b> \*schuin\* \_ook\_ \`code\` \~\~weg\~\~"),
        ("A & B &amp; C", r"A & B \&amp; C"),
        ("back\\slash", r"back\\slash"),
    ],
)
def test_what_markdown_would_misread_is_escaped(name, written):
    assert renamed_line(name) == f"- D-1 Nieuw: eerder {written}"


def rendered_texts(line: str) -> list[str]:
    """The text of a list line as Python-Markdown (changes.html, its signs of HTML written as text first) and a
    CommonMark parser with GitHub's strikethrough and tables (a CI job summary) read it."""
    from markdown import markdown

    from pelican.plugins.incasso.staff import html_signs_as_text

    common = pytest.importorskip("markdown_it").MarkdownIt("commonmark").enable(["strikethrough", "table"])
    texts = []
    for body in (markdown(html_signs_as_text(line)), common.render(line)):
        assert body.strip().startswith("<ul>\n<li>") and body.strip().endswith("</li>\n</ul>"), body
        inner = body.strip().removeprefix("<ul>\n<li>").removesuffix("</li>\n</ul>")
        assert "<" not in inner, body  # no element: no link, emphasis, code, strikethrough, list or heading
        texts.append(html.unescape(inner))
    return texts


@settings(max_examples=400, deadline=None)
@example("12. Jansen")
@example("# kop")
@example("- lijst")
@example("a_b _c_ __d__ é_é")
@example("[a] [b](c) ![d](e) <f> <http://g> &copy; &#169; `h` \\")
@given(st.text(alphabet="aZé1 " + string.punctuation, max_size=24))
def test_any_ledger_text_reads_back_as_written_in_both_renderers(text):
    written = " ".join(text.split())
    line = "- " + _escape(text, line_start=True) + ": eerder " + _escape(text) + "."
    assert rendered_texts(line) == [f"{written}: eerder {written}."] * 2


# -- a promise, a plan, a refund between two builds ---------------------------------------------


def promise(on, by, amount):
    return event(on, "promise", promised_date=by, amount=D(amount))


def plan(on, *instalments):
    return event(on, "arrangement", installments=[{"due": due, "amount": D(amount)} for due, amount in instalments])


def paid(on, amount):
    return payment(date=on, amount=D(amount))


def test_a_promise_made_and_kept_between_builds_is_listed(tmp_path):
    """The previous build had no promise, and one kept for part of the claim leaves the status as it was
    (it runs again): without a line, staff who did not record it never learn the debtor kept their word."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    made = promise(DUE + days(6), DUE + days(10), "500.00")
    after = claims_on(tmp_path / "after", CURRENT, made, payments=[paid(DUE + days(9), "500.00")])
    changes = compare(before, after)
    assert [(e.id, e.values) for e in changes.sections["kept"]] == [
        ("D-1001", {"amount": "EUR\xa0500,00", "date": "14 februari 2026"})
    ]
    assert changes.sections["status"] == ()
    assert "## Toezeggingen nagekomen (1)\n\n" in changes_markdown(changes)


def test_a_promise_made_and_kept_after_another_is_listed(tmp_path):
    """The previous build's promise was another one (broken): the new one kept since is news too."""
    broken = promise(DUE + days(1), DUE + days(2), "300.00")
    before = claims_on(tmp_path / "before", PREVIOUS, broken)
    kept = promise(DUE + days(6), DUE + days(10), "500.00")
    after = claims_on(tmp_path / "after", CURRENT, broken, kept, payments=[paid(DUE + days(9), "500.00")])
    assert [e.values["date"] for e in compare(before, after).sections["kept"]] == ["14 februari 2026"]


def test_a_promise_kept_before_the_previous_build_is_not_listed_again(tmp_path):
    events, payments = (promise(DUE + days(1), DUE + days(3), "500.00"),), [paid(DUE + days(2), "500.00")]
    before = claims_on(tmp_path / "before", PREVIOUS, *events, payments=payments)
    after = claims_on(tmp_path / "after", CURRENT, *events, payments=payments)
    assert compare(before, after).sections["kept"] == ()


def test_a_promise_made_and_broken_between_builds_is_listed(tmp_path):
    before = claims_on(tmp_path / "before", PREVIOUS)
    after = claims_on(tmp_path / "after", CURRENT, promise(DUE + days(6), DUE + days(10), "500.00"))
    assert [e.values["date"] for e in compare(before, after).sections["broken"]] == ["14 februari 2026"]


PLAN = ((DUE + days(8), "300.00"), (DUE + days(15), "340.00"))


def test_a_plan_agreed_and_paid_off_between_builds_is_listed(tmp_path):
    """Neither build has it running: the previous one had no plan, and one paid off for part of the claim
    leaves the status as it was. Staff learn that a plan was agreed, and kept."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    payments = [paid(DUE + days(8), "300.00"), paid(DUE + days(15), "340.00")]
    after = claims_on(tmp_path / "after", CURRENT, plan(DUE + days(6), *PLAN), payments=payments)
    changes = compare(before, after)
    assert [(e.id, e.values) for e in changes.sections["plan_between"]] == [
        ("D-1001", {"agreed": "10 februari 2026", "amount": "EUR\xa0640,00", "last": "19 februari 2026"})
    ]
    assert changes.sections["status"] == changes.sections["behind"] == ()
    text = changes_markdown(changes)
    assert "## Regeling afgesproken en afbetaald (1)\n\n" in text
    assert (
        ": regeling van 10 februari 2026 over EUR\xa0640,00, laatste termijn 19 februari 2026, helemaal betaald"
    ) in text
    with speaking(Language.EN):
        text = changes_markdown(compare(before, after))
    assert "## Payment plan agreed and paid off (1)\n\n" in text
    assert ": plan agreed on 10 February 2026 for EUR\xa0640.00, last instalment 19 February 2026, paid in full" in text


def test_a_plan_running_at_the_previous_build_is_not_listed_as_agreed_since(tmp_path):
    """On schedule then, paid off since: the status says the plan ended; it was not agreed in between."""
    payments = [paid(DUE + days(8), "300.00"), paid(DUE + days(15), "340.00")]
    agreed = plan(DUE + days(2), *PLAN)
    before = claims_on(tmp_path / "before", PREVIOUS, agreed, payments=payments)
    after = claims_on(tmp_path / "after", CURRENT, agreed, payments=payments)
    changes = compare(before, after)
    assert changes.sections["plan_between"] == ()
    assert [(e.values["old"], e.values["new"]) for e in changes.sections["status"]] == [("Betalingsregeling", "Loopt")]


def test_a_plan_agreed_and_fallen_behind_between_builds_is_listed(tmp_path):
    before = claims_on(tmp_path / "before", PREVIOUS)
    after = claims_on(tmp_path / "after", CURRENT, plan(DUE + days(6), *PLAN), payments=[paid(DUE + days(8), "300.00")])
    changes = compare(before, after)
    assert [e.values["missed"] for e in changes.sections["behind"]] == ["termijn van 19 februari 2026 (EUR\xa0340,00)"]
    assert changes.sections["plan_between"] == ()


def test_a_plan_behind_that_caught_up_is_listed_back_on_schedule(tmp_path):
    """s54: D-1019 paid its missed instalment a day late; the change list had said it fell behind, and its overview
    signal went without a word. Now it says the plan is on schedule again, and which instalment was paid."""
    behind = plan(DUE + days(2), (DUE + days(5), "300.00"), (DUE + days(30), "340.00"))
    before = claims_on(tmp_path / "before", DUE + days(22), behind)
    after = claims_on(tmp_path / "after", DUE + days(26), behind, payments=[paid(DUE + days(23), "300.00")])
    assert [i["state"] for i in before["claims"][0]["plan"]["installments"]] == ["overdue", "upcoming"]
    assert listed(compare(before, after), "caught_up", "behind", "behind_more") == {
        "caught_up": [("D-1001", {"missed": "termijn van 9 februari 2026 (EUR\xa0300,00)"})],
        "behind": [],
        "behind_more": [],
    }


def test_a_plan_still_behind_or_rewritten_is_not_listed_back_on_schedule(tmp_path):
    """Paid in part, the plan is still behind; agreed anew on another day, it is another plan (the first ended)."""
    behind = plan(DUE + days(2), (DUE + days(5), "300.00"), (DUE + days(30), "340.00"))
    before = claims_on(tmp_path / "before", DUE + days(22), behind)
    part = claims_on(tmp_path / "part", DUE + days(26), behind, payments=[paid(DUE + days(23), "200.00")])
    anew = plan(DUE + days(23), (DUE + days(40), "640.00"))
    rewritten = claims_on(tmp_path / "anew", DUE + days(26), behind, anew)
    assert compare(before, part).sections["caught_up"] == ()
    assert compare(before, rewritten).sections["caught_up"] == ()


def test_a_refund_between_builds_is_listed(tmp_path):
    """Paid too much and refunded between builds: no credit at either build, but the refund is listed."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    refund = event(DUE + days(10), "refund", amount=D("100.00"))
    after = claims_on(tmp_path / "after", CURRENT, refund, payments=[paid(DUE + days(8), "1920.00")])
    changes = compare(before, after)
    assert [e.values for e in changes.sections["refunds"]] == [{"amount": "EUR\xa0100,00"}]
    assert [e.values["what"] for e in changes.sections["due"]] == []


def test_a_claim_paid_in_full_before_any_letter_is_listed_as_paid_not_as_overdue_to_open(tmp_path):
    """s54: paid in full the day after its due date, R. Bakker's claim was listed under "Andere fase" as
    "Vervallen -> Open" beside "Loopt -> Betaald": read as a claim opened again. A paid claim's stage falls back
    from overdue to open as no letter was sent; its status says what happened, once."""

    def document(folder, as_of, payments):
        ledger = one_debtor_ledger(tmp_path / folder, invoices=INVOICES[:1], events=[], payments=payments)
        return claims_document([assess(ledger, ledger.debtors[0], as_of)], as_of, ledger.creditor.policy, lambda c: "")

    before = document("before", DUE + days(1), [])
    after = document("after", DUE + days(3), [paid(DUE + days(2), "700.00")])
    assert (before["claims"][0]["stage"], after["claims"][0]["stage"]) == ("overdue", "open")
    changes = compare(before, after)
    assert changes.sections["stage"] == ()
    assert [(e.values["old"], e.values["new"]) for e in changes.sections["status"]] == [("Loopt", "Betaald")]


@pytest.mark.parametrize(
    ("recorded", "section", "change"),
    [
        (event(DUE + days(3), "final_notice", channel="letter"), "stage", ("Herinnering", "Sommatie")),
        (event(DUE + days(3), "handover", agency="Incassobureau Noord"), "stage", ("Herinnering", "Incassobureau")),
        (event(DUE + days(3), "written_off", note="Failliet"), "status", ("Loopt", "Afgeschreven")),
    ],
)
def test_a_step_recorded_with_a_day_before_the_previous_build_is_listed(tmp_path, recorded, section, change):
    """Recorded late, dated before the previous build's day: that build did not have it, so the stage or the
    status changed from its to this one's, and the list says so."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    after = claims_on(tmp_path / "after", CURRENT, recorded)
    entries = compare(before, after).sections[section]
    assert [(e.values["old"], e.values["new"]) for e in entries] == [change]


# -- more than one promise or plan between two builds, and a promise kept after all ------------------------


def listed(changes, *sections):
    return {name: [(e.id, e.values) for e in changes.sections[name]] for name in sections}


def test_claims_json_carries_the_promises_and_plans_that_ended(tmp_path):
    """claims.json's `promise` and `plan` are the ones that count now; each earlier one a later promise, plan,
    handover or legal step ended is kept beside them, judged on the day it ended."""
    events = (
        promise(DUE + days(1), DUE + days(2), "300.00"),
        plan(DUE + days(3), (DUE + days(5), "300.00"), (DUE + days(12), "340.00")),
        plan(DUE + days(10), (DUE + days(25), "640.00")),
    )
    (claim,) = claims_on(tmp_path, CURRENT, *events)["claims"]
    assert claim["promise"] is None and claim["plan"]["agreed"] == "2026-02-14"
    assert claim["ended"] == [
        {
            "on": "2026-02-07",
            "promise": {
                "made": "2026-02-05",
                "promised_date": "2026-02-06",
                "amount": "300.00",
                "paid": "0.00",
                "state": "broken",
            },
        },
        {
            "on": "2026-02-14",
            "plan": {
                "agreed": "2026-02-07",
                "state": "in_arrears",
                "installments": [
                    {"due": "2026-02-09", "amount": "300.00", "paid": "0.00", "state": "overdue"},
                    {"due": "2026-02-16", "amount": "340.00", "paid": "0.00", "state": "upcoming"},
                ],
            },
        },
    ]
    (quiet,) = claims_on(tmp_path / "quiet", CURRENT)["claims"]
    assert quiet["ended"] == []


def test_two_promises_made_between_builds_are_each_listed(tmp_path):
    """One kept, then another made and broken: claims.json's `promise` is the last one only, but staff must
    learn of both."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    first = promise(DUE + days(6), DUE + days(8), "300.00")
    second = promise(DUE + days(10), DUE + days(14), "500.00")
    after = claims_on(tmp_path / "after", CURRENT, first, second, payments=[paid(DUE + days(7), "300.00")])
    assert listed(compare(before, after), "kept", "broken") == {
        "kept": [("D-1001", {"amount": "EUR\xa0300,00", "date": "12 februari 2026"})],
        "broken": [("D-1001", {"amount": "EUR\xa0500,00", "date": "18 februari 2026", "paid": "niets"})],
    }


def test_a_promise_broken_and_replaced_between_builds_is_listed_as_broken(tmp_path):
    """The debtor missed the day, then promised again: the new promise runs (the status says so), and the
    broken one is listed, though no build had it broken as the promise that counts."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    broken = promise(DUE + days(6), DUE + days(8), "300.00")
    after = claims_on(tmp_path / "after", CURRENT, broken, promise(DUE + days(12), DUE + days(30), "500.00"))
    changes = compare(before, after)
    assert listed(changes, "kept", "broken") == {
        "kept": [],
        "broken": [("D-1001", {"amount": "EUR\xa0300,00", "date": "12 februari 2026", "paid": "niets"})],
    }
    assert [(e.values["old"], e.values["new"]) for e in changes.sections["status"]] == [("Loopt", "Betaaltoezegging")]


def test_the_previous_builds_promise_broken_and_replaced_since_is_listed(tmp_path):
    running = promise(DUE + days(2), DUE + days(6), "300.00")
    before = claims_on(tmp_path / "before", PREVIOUS, running)
    after = claims_on(tmp_path / "after", CURRENT, running, promise(DUE + days(12), DUE + days(30), "500.00"))
    previous, problem = parse_previous(claims_json(before))  # as a build reads it: each claim cut to what it compares
    assert problem is None
    assert [e.values["date"] for e in compare(previous, after).sections["broken"]] == ["10 februari 2026"]


def test_a_promise_replaced_before_its_day_is_neither_kept_nor_broken(tmp_path):
    """Replaced before its day, it was never due: only the promise that replaced it is listed (kept here)."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    replaced = promise(DUE + days(6), DUE + days(15), "300.00")
    kept = promise(DUE + days(8), DUE + days(18), "500.00")
    after = claims_on(tmp_path / "after", CURRENT, replaced, kept, payments=[paid(DUE + days(9), "500.00")])
    assert listed(compare(before, after), "kept", "broken") == {
        "kept": [("D-1001", {"amount": "EUR\xa0500,00", "date": "22 februari 2026"})],
        "broken": [],
    }


def test_promises_and_plans_ended_before_the_previous_build_are_not_listed_again(tmp_path):
    events = (
        promise(DUE + days(1), DUE + days(2), "300.00"),
        plan(DUE + days(3), (DUE + days(3), "300.00")),
        plan(DUE + days(4), (DUE + days(30), "640.00")),
    )
    before = claims_on(tmp_path / "before", PREVIOUS, *events)
    after = claims_on(tmp_path / "after", CURRENT, *events)
    assert len(before["claims"][0]["ended"]) == 2
    previous, problem = parse_previous(claims_json(before))
    assert problem is None
    changes = compare(previous, after)
    assert not any(changes.sections[name] for name in ("kept", "broken", "behind", "behind_more", "plan_between"))


def test_a_plan_fallen_behind_and_replaced_between_builds_is_listed(tmp_path):
    """The first plan missed an instalment and a new plan replaced it, on schedule now: the missed instalment
    is listed, an instalment due after the plan ended is not."""
    before = claims_on(tmp_path / "before", PREVIOUS)
    behind = plan(DUE + days(5), (DUE + days(7), "300.00"), (DUE + days(14), "340.00"))
    after = claims_on(tmp_path / "after", CURRENT, behind, plan(DUE + days(10), (DUE + days(25), "640.00")))
    assert listed(compare(before, after), "behind", "plan_between") == {
        "behind": [("D-1001", {"missed": "termijn van 11 februari 2026 (EUR\xa0300,00)", "unpaid": "niet betaald"})],
        "plan_between": [],
    }


def test_two_plans_agreed_and_paid_off_between_builds_are_each_listed(tmp_path):
    before = claims_on(tmp_path / "before", PREVIOUS)
    first, second = plan(DUE + days(5), (DUE + days(7), "300.00")), plan(DUE + days(9), (DUE + days(12), "340.00"))
    payments = [paid(DUE + days(7), "300.00"), paid(DUE + days(12), "340.00")]
    after = claims_on(tmp_path / "after", CURRENT, first, second, payments=payments)
    assert [e.values for e in compare(before, after).sections["plan_between"]] == [
        {"agreed": "9 februari 2026", "amount": "EUR\xa0300,00", "last": "11 februari 2026"},
        {"agreed": "13 februari 2026", "amount": "EUR\xa0340,00", "last": "16 februari 2026"},
    ]


def test_an_older_claims_json_without_the_ended_ones_is_read_by_date(tmp_path):
    """A claims.json of before `ended` knew none: of those, the ones made after its day are news; the older ones
    its pages told already (no false change the first night after an update)."""
    early = (promise(DUE + days(1), DUE + days(2), "300.00"), promise(DUE + days(3), DUE + days(30), "400.00"))
    late = (promise(DUE + days(6), DUE + days(8), "200.00"), promise(DUE + days(12), DUE + days(30), "500.00"))
    before = claims_on(tmp_path / "before", PREVIOUS, *early)
    older = {
        **before,
        "claims": [{k: v for k, v in c.items() if k != "ended"} for c in before["claims"]],
    }
    after = claims_on(tmp_path / "after", CURRENT, *early, *late)
    changes = compare(older, after)
    assert changes.problem is None
    assert [e.values["date"] for e in changes.sections["broken"]] == ["12 februari 2026"]
    assert changes.sections["kept"] == changes.sections["kept_late"] == ()


def test_a_promise_broken_at_the_previous_build_and_kept_now_is_listed_as_kept_after_all(tmp_path):
    """A payment dated before the promised day, booked after the previous build (a bank statement read late):
    the promise is kept as the core counts it, and the list says so, apart from the promises kept in time."""
    made = promise(DUE + days(1), DUE + days(3), "500.00")
    before = claims_on(tmp_path / "before", PREVIOUS, made)
    assert before["claims"][0]["promise"]["state"] == "broken"
    after = claims_on(tmp_path / "after", CURRENT, made, payments=[paid(DUE + days(2), "500.00")])
    changes = compare(before, after)
    assert listed(changes, "kept", "kept_late", "broken") == {
        "kept": [],
        "kept_late": [("D-1001", {"amount": "EUR\xa0500,00", "date": "7 februari 2026", "paid": "EUR\xa0500,00"})],
        "broken": [],
    }
    text = changes_markdown(changes)
    assert (
        "## Toezeggingen alsnog nagekomen (1)\n\n- D-1001 Bakkerij De Vries: EUR\xa0500,00 toegezegd voor "
        "7 februari 2026, eerder niet nagekomen, nu toch op tijd betaald (EUR\xa0500,00 ontvangen)\n"
    ) in text
    with speaking(Language.EN):
        text = changes_markdown(compare(before, after))
    assert (
        "## Promises kept after all (1)\n\n- D-1001 Bakkerij De Vries: EUR\xa0500.00 promised by 7 February 2026, "
        "not kept before, now paid in time after all (EUR\xa0500.00 received)\n"
    ) in text


def test_a_promise_ended_broken_at_the_previous_build_and_kept_now_is_listed_as_kept_after_all(tmp_path):
    """Broken, and replaced by another promise, before the previous build; a payment dated in its time is booked
    since: that build's `ended` had it broken, so it is kept after all (read as a build reads the file)."""
    events = (promise(DUE + days(1), DUE + days(2), "300.00"), promise(DUE + days(3), DUE + days(30), "400.00"))
    before = claims_on(tmp_path / "before", PREVIOUS, *events)
    after = claims_on(tmp_path / "after", CURRENT, *events, payments=[paid(DUE + days(2), "300.00")])
    previous, problem = parse_previous(claims_json(before))
    assert problem is None
    assert listed(compare(previous, after), "kept", "kept_late", "broken") == {
        "kept": [],
        "kept_late": [("D-1001", {"amount": "EUR\xa0300,00", "date": "6 februari 2026", "paid": "EUR\xa0300,00"})],
        "broken": [],
    }


def test_a_payment_naming_several_invoices_is_listed_with_them(tmp_path):
    before = claims_on(tmp_path / "before", PREVIOUS)
    both = payment(date=DUE + days(8), amount=D("700.00"), invoices=["F-B", "F-A"])
    one = payment(date=DUE + days(9), amount=D("10.00"), invoices=["F-B"])
    after = claims_on(tmp_path / "after", CURRENT, payments=[both, one])
    assert [e.values["invoice"] for e in compare(before, after).sections["payments"]] == [
        " (facturen F-B, F-A)",
        " (factuur F-B)",
    ]


# -- the collection costs: announced costs that moved, costs charged ------------------------------

FINAL = event(DUE + days(3), "final_notice", channel="letter")  # costs of 273.00 announced from 2026-02-26


def test_announced_costs_that_moved_are_listed_with_both_amounts(tmp_path):
    """A dispute of one invoice lowers the costs a final notice announced (and a plan's confirmation named as
    "ten hoogste"): the letters sent name the old amount, so the list says the costs moved, not only the dispute."""
    before = claims_on(tmp_path / "before", PREVIOUS + days(2), FINAL)
    after = claims_on(tmp_path / "after", CURRENT, FINAL, dispute(DUE + days(10), "F-B"))
    changes = compare(before, after)
    assert [(e.id, e.values) for e in changes.sections["costs_announced"]] == [
        ("D-1001", {"what": "EUR\xa0273,00 → EUR\xa096,00 (EUR\xa0177,00 minder), aangekondigd vanaf 26 februari 2026"})
    ]
    assert changes.sections["costs_charged"] == ()
    with speaking(Language.EN):
        text = changes_markdown(compare(before, after))
    assert "## Announced collection costs changed" in text
    assert "EUR\xa0273.00 → EUR\xa096.00 (EUR\xa0177.00 less), announced from 26 February 2026" in text


def test_costs_charged_are_listed_with_what_was_announced(tmp_path):
    """The day after a final notice's term the announced costs are owed: the list says so, with the amount
    announced before."""
    before = claims_on(tmp_path / "before", CURRENT, FINAL)
    after = claims_on(tmp_path / "after", CURRENT + days(10), FINAL)
    changes = compare(before, after)
    assert [(e.id, e.values) for e in changes.sections["costs_charged"]] == [
        ("D-1001", {"amount": "EUR\xa0273,00", "date": "26 februari 2026", "was": " (aangekondigd: EUR\xa0273,00)"})
    ]
    assert changes.sections["costs_announced"] == ()
    with speaking(Language.EN):
        text = changes_markdown(compare(before, after))
    assert "## Collection costs charged (1)" in text
    assert "EUR\xa0273.00 owed from 26 February 2026 (announced: EUR\xa0273.00)" in text


def test_with_vat_on_the_costs_listed_say_they_include_vat(tmp_path):
    """policy.costs_vat: 273.00 with 21 % VAT (57.33) is 330.33; without saying so it reads as the staffel's."""
    vat = {"costs_vat": True}
    before = claims_on(tmp_path / "before", CURRENT, FINAL, policy=vat)
    after = claims_on(tmp_path / "after", CURRENT + days(10), FINAL, policy=vat)
    (charged,) = compare(before, after).sections["costs_charged"]
    assert charged.values == {
        "amount": "EUR\xa0330,33 inclusief btw",
        "date": "26 februari 2026",
        "was": " (aangekondigd: EUR\xa0330,33 inclusief btw)",
    }
    with speaking(Language.EN):
        text = changes_markdown(compare(before, after))
    assert "EUR\xa0330.33 including VAT owed from 26 February 2026 (announced: EUR\xa0330.33 including VAT)" in text
    paid = [payment(date=DUE + days(8), amount=D("1820.00"))]
    paid_since = claims_on(tmp_path / "paid", CURRENT + days(10), FINAL, payments=paid, policy=vat)
    (uncharged,) = compare(after, paid_since).sections["costs_uncharged"]
    assert uncharged.values["amount"] == "EUR\xa0330,33 inclusief btw"
    moved = claims_on(tmp_path / "moved", CURRENT, FINAL, dispute(DUE + days(10), "F-B"), policy=vat)
    (announced,) = compare(before, moved).sections["costs_announced"]
    assert announced.values["what"].startswith("EUR\xa0330,33 → EUR\xa0116,16 (EUR\xa0214,17 minder) inclusief btw,")


def test_costs_no_longer_charged_are_listed(tmp_path):
    """Costs charged at the previous build that are not now (a payment in the term booked since): a letter or page
    may have asked them."""
    before = claims_on(tmp_path / "before", CURRENT + days(10), FINAL)
    after = claims_on(
        tmp_path / "after", CURRENT + days(10), FINAL, payments=[payment(date=DUE + days(8), amount=D("1820.00"))]
    )
    changes = compare(before, after)
    assert [(e.id, e.values) for e in changes.sections["costs_uncharged"]] == [
        ("D-1001", {"amount": "EUR\xa0273,00", "date": "26 februari 2026", "why": "een betaling binnen de termijn?"})
    ]


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_costs_of_a_final_notice_taken_out_of_the_file_say_so_not_a_payment(tmp_path, language):
    """A final notice the post brought back, written as a note (ledger-format, "A debtor who moved"): its costs
    go, and no payment came; the line said "a payment in the term?" (findings s45-newcomer, 8)."""
    before = claims_on(tmp_path / "before", CURRENT + days(10), FINAL)
    returned = event(FINAL["date"], "note", note="Sommatie retour afzender (verhuisd)")
    after = claims_on(tmp_path / "after", CURRENT + days(10), returned)
    with speaking(language):
        text = changes_markdown(compare(before, after))
    if language == Language.NL:
        assert ", nu niet (de sommatie staat niet meer als sommatie in het dossier)" in text
        assert "betaling binnen de termijn" not in text
    else:
        assert ", not now (the final notice is no longer in the file as a final notice)" in text
        assert "a payment in the term" not in text


def test_costs_that_did_not_move_are_not_listed(tmp_path):
    before = claims_on(tmp_path / "before", PREVIOUS + days(2), FINAL)
    after = claims_on(tmp_path / "after", CURRENT, FINAL)
    changes = compare(before, after)
    assert not any(changes.sections[name] for name in ("costs_announced", "costs_charged", "costs_uncharged"))


def test_announced_costs_whose_day_moved_say_both_days(tmp_path):
    """The final notice's day edited (a letter posted later than recorded): the costs are owed from another day."""
    before = claims_on(tmp_path / "before", PREVIOUS + days(2), FINAL)
    after = claims_on(tmp_path / "after", CURRENT, event(DUE + days(8), "final_notice", channel="letter"))
    (entry,) = compare(before, after).sections["costs_announced"]
    assert entry.values == {"what": "EUR\xa0273,00, aangekondigd vanaf 26 februari 2026 → 3 maart 2026"}


def test_a_previous_claims_json_without_costs_says_nothing_of_them(tmp_path):
    before = claims_on(tmp_path / "before", CURRENT, FINAL)
    after = claims_on(tmp_path / "after", CURRENT + days(10), FINAL)
    for claim in before["claims"]:
        del claim["costs"]
    changes = compare(before, after)
    assert changes.problem is None
    assert not any(changes.sections[name] for name in ("costs_announced", "costs_charged", "costs_uncharged"))


# -- the call step of a debtor without a phone number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "said"), [(None, "Bericht sturen (geen telefoon)"), ("+31 6 12345678", "Bellen")], ids=["none", "one"]
)
def test_the_call_step_newly_due_is_named_as_the_overview_names_it(tmp_path, phone, said):
    """A debtor nobody can call gets the written note that does the call step (claims.escalation.does_the_call):
    the change list names it as the overview and the dossier do, not "Bellen"."""
    contact = {"email": "jan@example.nl", **({"phone": phone} if phone else {})}
    dunned = event(DUE + days(15), "dunning", channel="letter")

    def claims(folder, as_of):
        ledger = one_debtor_ledger(tmp_path / folder, invoices=INVOICES, events=[REMINDED, dunned], contact=contact)
        return claims_document([assess(ledger, ledger.debtors[0], as_of)], as_of, ledger.creditor.policy, str)

    before, after = claims("before", DUE + days(16)), claims("after", DUE + days(25))
    assert after["claims"][0]["next_action"]["kind"] == "call"
    (entry,) = compare(before, after).sections["due"]
    assert entry.values["what"].startswith(said + ", vanaf ")


# -- a step's letter newly due, held out of the print file ----------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "held"),
    [
        (["possible_payment"], "due_held_look"),
        (["payment_returned"], "due_held_contact"),
        (["possible_payment", "payment_returned"], "due_held_look"),  # as the letters generator: a look first
        ([], None),
    ],
)
def test_a_step_s_letter_newly_due_says_what_holds_it_out_of_the_print_file(tmp_path, flags, held):
    """The flags claims.json lists (the overview's row's) hold the reminder out of the print file as the letters
    generator does (DayLetter.look_first, contact_first): *Nieuw aan de beurt* says so beside the step."""

    def claims(folder, as_of, found):
        ledger = one_debtor_ledger(tmp_path / folder, invoices=INVOICES)
        claim = assess(ledger, ledger.debtors[0], as_of)
        return claims_document([claim], as_of, ledger.creditor.policy, str, found={claim.debtor.id: found})

    before, after = claims("before", DUE, []), claims("after", DUE + days(3), flags)
    assert after["claims"][0]["next_action"]["kind"] == "reminder"
    (entry,) = compare(before, after).sections["due"]
    what = entry.values["what"]
    assert what.startswith("Herinnering sturen, vanaf 5 februari 2026 (EUR\xa01.820,00 open)"), what
    assert what.endswith("; " + dutch.CHANGES[held]) if held else ";" not in what, what


def test_a_call_newly_due_is_not_held_for_contact(tmp_path):
    """A call is the contact the flag asks for: its line says nothing of a held letter."""
    dunned = event(DUE + days(15), "dunning", channel="letter")

    def claims(folder, as_of):
        ledger = one_debtor_ledger(tmp_path / folder, invoices=INVOICES, events=[REMINDED, dunned])
        claim = assess(ledger, ledger.debtors[0], as_of)
        return claims_document(
            [claim], as_of, ledger.creditor.policy, str, found={claim.debtor.id: ["payment_returned"]}
        )

    before, after = claims("before", DUE + days(16)), claims("after", DUE + days(25))
    assert after["claims"][0]["next_action"]["kind"] == "call"
    (entry,) = compare(before, after).sections["due"]
    assert entry.values["what"].startswith("Bellen, vanaf ") and ";" not in entry.values["what"]


# -- every text of the ledger escaped alike ----------------------------------------------------------------

# Names and numbers as a ledger may write them: each sign would be markup unescaped (emphasis, a link, raw HTML),
# and a "|" would start a table's cell in a renderer that reads one.
NAME = "*Jan* _de_ [Boer](https://evil.example) | <b>Bakker</b>"
AGENCIES = ("Bureau *Noord* | <i>Oost</i>", "_Zuid_ [B.V.](https://evil.example)")
NUMBER = "F_1_ *A* [x](y) <b>"


def read_lines(changes) -> list[str]:
    """changes.md's list lines as both renderers read them: the same text, no markup in any (a no-break space
    as a plain one)."""
    texts = []
    for line in changes_markdown(changes).splitlines():
        if line.startswith("- "):
            python_markdown, common_mark = rendered_texts(line)
            assert python_markdown == common_mark, line
            texts.append(python_markdown.replace("\xa0", " "))
    return texts


def test_the_debtor_s_name_and_every_agency_read_as_written(tmp_path):
    """Renamed, handed over, money come in, handed on to another agency, between two builds: the debtor's name
    (now and before), the agency the file went to, the one it was with, and the one whose money it is."""
    handovers = (
        event(DUE + days(5), "handover", agency=AGENCIES[0]),
        event(DUE + days(8), "handover", agency=AGENCIES[1]),
    )
    before = claims_on(tmp_path / "before", PREVIOUS, name=f"Oud {NAME}")
    paid_in_between = payment(date=DUE + days(6), amount=D("300.00"), bank_ref="K1")
    after = claims_on(tmp_path / "after", CURRENT, *handovers, payments=[paid_in_between], name=NAME)
    first, second = AGENCIES
    assert read_lines(compare(before, after)) == [
        f"D-1001 {NAME}: eerder Oud {NAME}",
        f"D-1001 {NAME}: Betaling doorgeven aan {first}: EUR 300,00 (hoort bij de overdracht van 9 februari 2026; "
        f"het dossier ligt nu bij {second})",
        f"D-1001 {NAME}: Herinnering → Incassobureau",
        f"D-1001 {NAME}: op 9 februari 2026 naar {first}",
        f"D-1001 {NAME}: op 12 februari 2026 naar {second} (lag bij {first})",
        f"D-1001 {NAME}: EUR 300,00 op 10 februari 2026",
    ]


def test_invoice_numbers_read_as_written_in_the_answer_due_and_a_payment(tmp_path):
    """The invoice a dispute's answer falls due for (its numbers were written as they were, s41), and the one a
    payment names."""
    invoices = [
        invoice(number=NUMBER, amount=D("640.00")),
        invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
    ]
    disputed = dispute(DUE + days(1), NUMBER)
    policy = {"dispute_max_days": 10}  # due on 15 February, between the builds
    before = claims_on(tmp_path / "before", PREVIOUS, disputed, invoices=invoices, policy=policy)
    named = payment(date=DUE + days(6), amount=D("100.00"), invoice=NUMBER)
    after = claims_on(tmp_path / "after", CURRENT, disputed, invoices=invoices, policy=policy, payments=[named])
    lines = read_lines(compare(before, after))
    assert (
        f"D-1001 Bakkerij De Vries: Controle: geschil beantwoorden: factuur {NUMBER}, vanaf 15 februari 2026" in lines
    )
    assert f"D-1001 Bakkerij De Vries: EUR 100,00 op 10 februari 2026 (factuur {NUMBER})" in lines


def test_of_the_previous_bank_only_what_is_compared_is_kept():
    """A year of statements is tens of thousands of credits in claims.json's `bank.credits`: the change list
    compares the credits to assign, the money set aside, the statements' last day and what an answer to a return
    moves, and lets the rest go as it reads them."""
    from incasso.staff.changes import parse_previous_lines
    from incasso.staff.exports import CLAIMS_FORMAT, CLAIMS_VERSION

    bank = {
        "payments_until": "2026-02-06",
        "unassigned": [{"date": "2026-02-05", "amount": "10.00", "payer": None, "bank_ref": "B1"}],
        "credits": [{"bank_ref": f"B{n}", "amount": "10.00"} for n in range(3)],
        "set_aside": [],
        "returns": [{"bank_ref": "R1", "date": "2026-02-05", "amount": "10.00", "reason": "MD06", "credit": "B1"}],
    }
    document = {"format": CLAIMS_FORMAT, "version": CLAIMS_VERSION, "as_of": "2026-02-08", "claims": [], "bank": bank}
    text = claims_json(document)
    returns = [{"bank_ref": "R1", "date": "2026-02-05", "credit": "B1"}]
    expected = {"payments_until": "2026-02-06", "unassigned": bank["unassigned"], "set_aside": [], "returns": returns}
    assert parse_previous(text)[0]["bank"] == expected
    assert parse_previous_lines(text.splitlines(keepends=True))[0]["bank"] == expected


def test_new_credits_of_invoices_outside_the_ledger_are_one_line_not_a_line_each():
    """claims.json marks them (`outside_ledger`, creditor.yaml's invoice_numbers): no work, so changes.md counts
    the new ones on one line; a credit to assign keeps its own line. One the previous build had is not new."""

    def credit(ref: str, amount: str, outside: str | None = None) -> dict:
        found = {"date": "2026-02-05", "amount": amount, "payer": "P. Smit", "bank_ref": ref, "credit_amount": amount}
        return found | ({"outside_ledger": [outside]} if outside else {})

    def document(as_of: str, *unassigned: dict) -> dict:
        bank = {"payments_until": "2026-02-06", "unassigned": list(unassigned), "set_aside": []}
        return {"as_of": as_of, "claims": [], "bank": bank}

    before = document("2026-02-07", credit("O1", "40.00", "F2026-0301"), credit("W1", "10.00"))
    after = document(
        "2026-02-08",
        credit("O1", "40.00", "F2026-0301"),
        credit("O2", "75.50", "F2026-0302"),
        credit("O3", "20.00", "F2026-0303"),
        credit("W1", "10.00"),
        credit("W2", "12.00"),
    )
    changes = compare(before, after)
    assert [e.values["ref"] for e in changes.sections["bank_credits"]] == ["W2"]
    assert changes.outside == (2, "95.50")
    text = changes_markdown(changes)
    assert (
        "2 nieuwe betalingen van facturen buiten incasso (EUR\xa095,50 samen): tellen voor geen dossier. Kijk "
        "betalers en nummers na in het overzicht: ook een debiteur kan een verkeerd nummer noemen." in text
    )
    assert "O2" not in text and "O3" not in text and "## Nieuwe bankbetalingen om te koppelen (1)" in text
    # Without any: as before, nothing said of them.
    assert compare(before, document("2026-02-08", *before["bank"]["unassigned"])).outside is None


# -- claims compared one at a time, as the build writes them -------------------------------------


def _demo_documents():
    """The demo ledger's claims a week apart: the previous as the build reads it back, tonight's with one dossier
    gone, one new and one whose id was edited (its invoices and name kept)."""
    from tests.support.site import AS_OF, DEMO_LEDGER

    ledger = load_ledger(DEMO_LEDGER)
    before = [assess(ledger, debtor, AS_OF) for debtor in ledger.debtors]
    previous, problem = parse_previous(claims_json(claims_document(before, AS_OF, ledger.creditor.policy, str)))
    assert problem is None
    later = AS_OF + days(7)
    current = claims_document([assess(ledger, d, later) for d in ledger.debtors], later, ledger.creditor.policy, str)
    gone, edited, template = current["claims"][0], current["claims"][1], current["claims"][2]
    new = {**template, "id": "ZZ-NEW", "name": "Nieuw B.V.", "invoices": [], "contact": {}}
    claims = [{**edited, "id": edited["id"] + "-2"}, *current["claims"][2:], new]
    return previous, dict(current, claims=claims), gone["id"], edited["id"]


def test_claims_compared_one_at_a_time_give_the_list_the_whole_documents_give_in_any_order():
    """The build compares each claim as it writes it (Comparison) and keeps only the new dossiers' (cut) for the
    end, where an edited id is found: the same list as from the whole document, whatever order they come in."""
    from incasso.staff.changes import Comparison

    previous, current, gone, edited = _demo_documents()
    expected = compare(previous, current)
    assert [e.id for e in expected.sections["ids_changed"]] == [edited + "-2"]
    assert [e.id for e in expected.sections["gone"]] == [gone]
    assert [e.id for e in expected.sections["new"]] == ["ZZ-NEW"]
    for order in (current["claims"][::-1], sorted(current["claims"], key=lambda c: c["name"])):
        comparison = Comparison(previous)
        for claim in order:
            comparison.add(claim)
        assert sorted(comparison.new) == sorted([edited + "-2", "ZZ-NEW"])  # only these are kept, and cut
        assert all("url" not in claim for claim in comparison.new.values())
        assert comparison.changes(current) == expected


@pytest.mark.parametrize(
    ("spoilt", "said"),
    [
        ({3: ("status", None)}, "KeyError: 'status'"),
        # A gone dossier is read before any compared one, as the whole documents were: its problem is said.
        ({0: ("name", None), 4: ("refunded", "abc")}, "KeyError: 'name'"),
        # Of two compared ones, the first in the order of tonight's ids; an amount that is none is a problem too.
        ({5: ("stage", None), 4: ("refunded", "abc")}, "InvalidOperation: [<class 'decimal.ConversionSyntax'>]"),
    ],
)
def test_a_previous_claims_json_not_as_written_is_said_as_the_whole_documents_said_it(spoilt, said):
    """A claim of the previous claims.json that cannot be read: the list says why, and nothing else, whatever order
    tonight's claims come in: the problem met first in the order the whole documents were compared in."""
    from incasso.staff.changes import Comparison

    previous, current, _, _ = _demo_documents()
    for number, (key, value) in spoilt.items():
        if value is None:
            del previous["claims"][number][key]
        else:
            previous["claims"][number][key] = value
    for order in (current["claims"], current["claims"][::-1]):
        comparison = Comparison(previous)
        for claim in order:
            comparison.add(claim)
        changes = comparison.changes(current)
        assert changes.problem == said and changes.sections == {}
    assert compare(previous, current) == changes


def test_an_id_given_twice_tonight_is_compared_once_as_the_last_given():
    """As a document's claims by id: the last of two with one id is the one compared."""
    previous, current, _, _ = _demo_documents()
    claims = current["claims"]
    twice = dict(current, claims=[*claims[:3], {**claims[2], "status": "paid"}, *claims[3:]])
    once = dict(current, claims=[*claims[:2], {**claims[2], "status": "paid"}, *claims[3:]])
    assert compare(previous, twice) == compare(previous, once) != compare(previous, current)
