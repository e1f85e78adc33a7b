"""The line a list of a ledger's problems ends with, the same from `incasso check`, `incasso build` and
Pelican run by hand (`make serve`): how many, what was not done, and, after a YAML error, that more may
follow once it is mended (a clerk mending one run at a time is not surprised by the next)."""

from __future__ import annotations

from incasso.ledger.problems import Problem
from incasso.ledger.yamlsafe import NOT_YAML

# What shows the problems further on, once a YAML error is mended: on the command line, check run again; under
# `pelican -r` (make serve), which builds again on the next save of the ledger by itself, that rebuild.
CHECK_AGAIN = "mended, run check again for any problems further on."
REBUILT_ON_SAVE = "mended and saved, the rebuild shows any problems further on."


def problems_counted(problems: list[Problem], not_done: str, *, rebuilt_on_save: bool = False) -> str:
    """`N problems in the ledger; <not_done>.`, then what a YAML error leaves unchecked, and what shows the rest:
    `rebuilt_on_save` under `pelican -r`, which tries again on the next edit (not "run check again")."""
    count = len(problems)
    then = REBUILT_ON_SAVE if rebuilt_on_save else CHECK_AGAIN
    return f"{count} problem{'s' if count != 1 else ''} in the ledger; {not_done}." + _stopped_early(problems, then)


def _stopped_early(problems: list[Problem], then: str) -> str:
    """That the count is not all there may be: a file with a YAML error is checked above it (and for the slips a
    line shows by itself below it), the rest once the error is mended."""
    files = {found.source.path for found in problems if found.message.startswith(NOT_YAML)}
    if not files:
        return ""
    if len(files) == 1:
        return (
            " A file with a YAML error is checked above it, and below it only for slips of the same kind: once it is "
            + then
        )
    return (
        f" {len(files)} files with a YAML error are checked above their error, and below it only for slips of the "
        "same kind: once they are " + then
    )
