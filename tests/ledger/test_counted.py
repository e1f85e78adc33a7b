"""The count line a list of a ledger's problems ends with (incasso.ledger.counted): after a YAML error, what shows
the problems further on. On the command line (check, build) check run again; under `pelican -r` (make serve), which
builds again on the next save by itself, that rebuild: "run check again" there sent a clerk to a second window."""

from __future__ import annotations

import pytest

from incasso.ledger.counted import problems_counted
from incasso.ledger.problems import Problem, Source
from incasso.ledger.yamlsafe import NOT_YAML


def _yaml_errors(files: int) -> list[Problem]:
    return [Problem(Source(f"debtors/D-100{i}.yaml", 3, 5), "(file)", f"{NOT_YAML}: a tab") for i in range(files)]


@pytest.mark.parametrize(
    ("files", "rebuilt_on_save", "ending"),
    [
        (1, False, "once it is mended, run check again for any problems further on."),
        (2, False, "once they are mended, run check again for any problems further on."),
        (1, True, "once it is mended and saved, the rebuild shows any problems further on."),
        (2, True, "once they are mended and saved, the rebuild shows any problems further on."),
    ],
)
def test_after_a_yaml_error_the_count_says_what_shows_the_rest(files, rebuilt_on_save, ending):
    said = problems_counted(_yaml_errors(files), "nothing was built or deleted", rebuilt_on_save=rebuilt_on_save)
    assert said.startswith(f"{files} problem{'s' if files > 1 else ''} in the ledger; nothing was built or deleted. ")
    assert said.endswith(ending) and said.count("further on") == 1


def test_without_a_yaml_error_the_count_says_nothing_more_either_way():
    other = [Problem(Source("creditor.yaml", 4, 7), "iban", "is not a valid IBAN")]
    for rebuilt_on_save in (False, True):
        said = problems_counted(other, "nothing was built or deleted", rebuilt_on_save=rebuilt_on_save)
        assert said == "1 problem in the ledger; nothing was built or deleted."
