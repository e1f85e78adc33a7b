"""The whole files docs/ledger-format.md shows are what a newcomer copies first (session 49, a new agency's first
day): its creditor.yaml, its debtor file and its complete example, put in one ledger as shown, are valid; and the
trial IBAN the README offers passes the check digits and the bank registry beside the BIC it names."""

from __future__ import annotations

import re

import pytest
import yaml

from incasso.cli.main import main
from incasso.ledger.load import load_ledger
from pelican.plugins.incasso.previous import creditor_record
from tests.support.site import DEMO_LEDGER, REPO

DOCS = REPO / "docs" / "ledger-format.md"
README = REPO / "README.md"


def example(heading: str) -> str:
    """The first YAML block under `heading` in the ledger format, as a reader copies it."""
    text = DOCS.read_text(encoding="utf-8")
    assert f"\n{heading}\n" in text, f"{heading!r} is not a heading of {DOCS}"
    block = re.search(r"```yaml\n(.*?)```", text.split(f"\n{heading}\n", 1)[1], re.DOTALL)
    assert block is not None, f"no YAML example under {heading!r}"
    return block[1]


@pytest.fixture
def ledger(tmp_path):
    root = tmp_path / "ledger"
    (root / "debtors").mkdir(parents=True)
    (root / "creditor.yaml").write_text(example("## creditor.yaml"), encoding="utf-8")
    (root / "debtors" / "D-1011.yaml").write_text(example("## debtors/*.yaml"), encoding="utf-8")
    (root / "debtors" / "D-2001.yaml").write_text(example("## A complete example"), encoding="utf-8")
    return root


@pytest.mark.parametrize("as_of", ["2026-10-02", "2026-11-22"])
def test_the_docs_creditor_and_debtor_examples_are_a_valid_ledger(ledger, capsys, as_of):
    assert main(["check", "--ledger", str(ledger), "--as-of", as_of, "--quiet"]) == 0
    problems = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("note:")]
    assert problems == []


def test_the_examples_are_the_files_the_text_names(ledger):
    assert "id: D-1011" in example("## debtors/*.yaml")
    assert "id: D-2001" in example("## A complete example")
    assert "iban: NL91ABNA0417164300" in example("## creditor.yaml")


def test_the_creditor_example_is_not_the_demo_creditor():
    """s66: the example was the demo's creditor word for word, so a newcomer who changed only its name and IBAN
    kept the demo's KvK number and address, and a trial build into the demo's folders was taken for the demo's
    creditor (previous.another_creditor): none of the four keys may be the demo's."""
    shown = yaml.safe_load(example("## creditor.yaml"))
    demo = creditor_record(load_ledger(DEMO_LEDGER).creditor)
    assert demo["address"] is not None
    assert shown["name"] != demo["name"] and shown["iban"] != demo["iban"]
    assert shown["kvk"] != demo["kvk"] and ", ".join(shown["address"]) != demo["address"]


def test_the_trial_iban_the_readme_offers_is_the_examples_and_valid_beside_its_bic(ledger, capsys):
    said = README.read_text(encoding="utf-8")
    assert "`NL91ABNA0417164300` (the example account of the Dutch IBAN standard,\n  with `bic: ABNANL2A`" in said
    assert "bic: ABNANL2A" in example("## creditor.yaml")
    creditor = ledger / "creditor.yaml"
    written = creditor.read_text(encoding="utf-8")
    assert main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22", "--quiet"]) == 0
    # One digit off is refused, with what to do: the check the trial IBAN passes is a real one.
    creditor.write_text(written.replace("iban: NL91ABNA0417164300", "iban: NL91ABNA0417164030"), encoding="utf-8")
    assert main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22", "--quiet"]) == 1
    assert "iban: is not a valid IBAN: its check digits" in capsys.readouterr().err
