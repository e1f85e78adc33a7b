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
