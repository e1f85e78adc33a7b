"""ledger/ holds the demo until a user replaces it with their own (README, "Your debtors"), and a user's pushes run
this suite too (.github/workflows/test.yml): the tests build their own copy of the demo, tests/fixtures/demo/ledger,
never ledger/ (a newcomer whose ledger replaced the demo saw 57 site tests fail, s38)."""

from __future__ import annotations

import re

import pytest

from tests.support.site import DEMO_LEDGER, REPO

DEMO_CREDITOR = "name: Installatietechniek Vaartsche Rijn B.V."
# The places that name ledger/ on purpose: the repository's pelicanconf.py names it (`make serve`), checked without
# building it; the maintainers' tool that writes the demo's bank files writes the shipped demo's too; this file.
ALLOWED = {"tests/site/test_pelican_direct.py", "tests/support/demo_bank.py", "tests/test_demo_ledger.py"}


def _files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_shipped_demo_is_the_tests_copy():
    """While ledger/ is the demo (its creditor's name), it is the tests' copy byte for byte: a change to the demo is
    made to both (tests.support.demo_bank writes both bank folders)."""
    creditor = REPO / "ledger" / "creditor.yaml"
    if not creditor.is_file() or DEMO_CREDITOR not in creditor.read_text(encoding="utf-8"):
        pytest.skip("ledger/ holds this installation's own ledger; the tests build their copy of the demo")
    assert _files(REPO / "ledger") == _files(DEMO_LEDGER)


def test_no_test_or_benchmark_reads_the_ledger_folder():
    pattern = re.compile(r'REPO / "ledger"|parents\[\d\] / "ledger"')
    readers = sorted(
        path.relative_to(REPO).as_posix()
        for folder in ("tests", "benchmarks")
        for path in (REPO / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    )
    assert set(readers) <= ALLOWED, readers


POSTED = ("reminder", "dunning", "final_notice", "handover", "legal")


def posted_on_a_day_off(root) -> list[str]:
    """The demo's letters recorded as posted on a Saturday or Sunday without the day the letter is dated (`written`)."""
    from incasso.ledger.load import load_ledger

    return [
        f"{debtor.id} {event.type} {event.date:%a %Y-%m-%d}"
        for debtor in load_ledger(root).debtors
        for event in debtor.events
        if event.type in POSTED
        and event.channel in (None, "letter")
        and event.date.weekday() >= 5
        and getattr(event, "written", None) is None
    ]


def test_the_demo_posts_its_letters_on_working_days():
    """D-1006's final notice, "aangetekend en per gewone post verstuurd", was dated Sunday 15 November without a
    `written:` (s41): no post office takes a registered letter on a Sunday, and a newcomer copies the demo. Its
    term is the same from Monday 16 November (received Wednesday 18 November, last day 2 December)."""
    assert posted_on_a_day_off(DEMO_LEDGER) == []


def test_the_readme_lists_every_demo_debtor_with_its_name():
    """README's table of the demo's debtors (s48) names each file's id and name once, and no other: a newcomer
    looks a case up there, so a debtor added to the demo is added to it."""
    from incasso.ledger.load import load_ledger

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (D-\d{4}) \| ([^|]+?) \|", readme, flags=re.MULTILINE)
    listed = [(debtor_id, re.sub(r" \((English)\)$", "", name)) for debtor_id, name in rows]
    debtors = load_ledger(DEMO_LEDGER).debtors
    assert listed == [(debtor.id, debtor.name) for debtor in sorted(debtors, key=lambda d: d.id)]
    english = {debtor_id for debtor_id, name in rows if name.endswith("(English)")}
    assert english == {debtor.id for debtor in debtors if debtor.language == "en"}
    assert f"The demo's {len(debtors)} debtors" in readme
