"""The whole files docs/ledger-format.md shows are what a newcomer copies first (session 49, a new agency's first
day): its creditor.yaml, its debtor file and its complete example, put in one ledger as shown, are valid; and the
trial IBAN the README offers passes the check digits and the bank registry beside the BIC it names."""

from __future__ import annotations

import re

import pytest

from incasso.cli.main import main
from tests.support.site import REPO

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
    assert "iban: NL34RABO0372918465" in example("## creditor.yaml")


def test_the_trial_iban_the_readme_offers_is_valid_beside_its_bic(ledger, capsys):
    said = README.read_text(encoding="utf-8")
    assert "`NL91ABNA0417164300` (the example account of the Dutch IBAN standard,\n  with `bic: ABNANL2A`" in said
    creditor = ledger / "creditor.yaml"
    written = creditor.read_text(encoding="utf-8")
    creditor.write_text(
        written.replace("iban: NL34RABO0372918465", "iban: NL91ABNA0417164300").replace(
            "bic: RABONL2U", "bic: ABNANL2A"
        ),
        encoding="utf-8",
    )
    assert main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22", "--quiet"]) == 0
    # One digit off is refused, with what to do: the check the trial IBAN passes is a real one.
    creditor.write_text(written.replace("iban: NL34RABO0372918465", "iban: NL91ABNA0417164030"), encoding="utf-8")
    assert main(["check", "--ledger", str(ledger), "--as-of", "2026-11-22", "--quiet"]) == 1
    assert "iban: is not a valid IBAN: its check digits" in capsys.readouterr().err
