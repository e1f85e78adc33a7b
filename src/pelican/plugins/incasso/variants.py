"""The creditor's pages in step with the policy: a line marked for a setting is published only under it.

The sample terms tell a business when collection costs come, and that depends on
`business_costs_from_due` in creditor.yaml. So the page holds both lines, each
ending in a mark:

    - Bent u een bedrijf, ... voorbij is. <!-- if business_costs_from_due: false -->
    - Bent u een bedrijf, ... vanaf de dag na ... <!-- if business_costs_from_due: true -->

and the build publishes the one the policy holds for, without its mark (docs/settings.md, 'Your own
texts'). The mark is the creditor's to keep, move or delete: a page without marks is published
exactly as written. A mark the build cannot read stops it, naming the file and line, as `incasso
check` does: a line meant for one setting must never go out under the other.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from pelican.readers import MarkdownReader

from incasso.ledger.model import Policy

from .settings import BUILD

logger = logging.getLogger(__name__)

# The policy's yes/no settings a line can follow, as creditor.yaml names them.
FOLLOWED = ("business_costs_from_due",)
# A mark ends its line: `<!-- if name: true -->`. A comment that opens so with a setting's kind of name
# (words joined by `_`) is taken for a mark, and checked, so that a misspelt one is said rather than
# published as a hidden comment beside its twin; `<!-- if unsure: ask -->` is a comment.
NAME = r"(?P<name>[a-z0-9]+(?:_[a-z0-9]+)+)"
OPENS = re.compile(rf"<!--\s*if\s+{NAME}\s*:")
MARK = re.compile(rf"\s*<!--\s*if\s+{NAME}\s*:\s*(?P<value>.*?)\s*-->\s*$")


class MarkInvalid(ValueError):
    """A mark the build cannot read: the file, the line and why."""


def chosen(lines: list[str], policy: Policy, source: str) -> list[str]:
    """`lines` of the page at `source` as published under `policy`: each marked line kept (its mark
    taken off) when the setting it names has the value it gives, else left out; MarkInvalid for a mark
    that names no such setting or gives no true or false."""
    kept = []
    for number, line in enumerate(lines, 1):
        holds = _holds(line, policy, f"{source}:{number}")
        if holds is None:
            kept.append(line)
        elif holds:
            kept.append(MARK.sub("", line))
    return kept


def marks_problems(pages: Path) -> list[str]:
    """Each mark of the Markdown pages in `pages` the build would refuse, for `incasso check`."""
    problems = []
    for page in sorted(pages.glob("*.md")) if pages.is_dir() else ():
        for number, line in enumerate(page.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            try:
                _holds(line, Policy(), f"{page}:{number}")
            except MarkInvalid as error:
                problems.append(str(error))
    return problems


def _holds(line: str, policy: Policy, where: str) -> bool | None:
    """Whether the setting a marked line names has the value it gives; None for a line without a mark."""
    opened = OPENS.search(line)
    if opened is None:
        return None
    mark = MARK.search(line)
    if mark is None:
        raise MarkInvalid(f"{where}: {line[opened.start() :].strip()}: a mark ends its line: <!-- if name: true -->")
    written = mark.group(0).strip()
    if mark["name"] not in FOLLOWED:
        raise MarkInvalid(f"{where}: {written}: names no setting a terms line can follow ({', '.join(FOLLOWED)})")
    if mark["value"] not in ("true", "false"):
        raise MarkInvalid(f"{where}: {written}: must be true or false (got {mark['value']!r})")
    return getattr(policy, mark["name"]) == (mark["value"] == "true")


class _Lines(Preprocessor):
    def __init__(self, md: Markdown, policy: Policy, source: Callable[[], str]):
        super().__init__(md)
        self.policy = policy
        self.source = source

    def run(self, lines: list[str]) -> list[str]:
        try:
            return chosen(lines, self.policy, self.source())
        except MarkInvalid as error:
            # Pelican logs only "Could not process" for what a reader raises: the build's errors say why.
            logger.error("%s", error)
            raise


class _PolicyLines(Extension):
    def __init__(self, policy: Policy, source: Callable[[], str]):
        super().__init__()
        self.policy = policy
        self.source = source

    def extendMarkdown(self, md: Markdown) -> None:
        # After the line ends are made one kind (30), before the metadata (27) and any HTML is read (20):
        # the lines are still the file's, one for one, so a mark's line number is the one the editor shows.
        md.preprocessors.register(_Lines(md, self.policy, self.source), "incasso_policy_lines", 29)


class PolicyReader(MarkdownReader):
    """Pelican's Markdown reader, choosing the marked lines by the build's policy."""

    settings: dict[str, Any]

    def __init__(self, settings: dict[str, Any]):
        super().__init__(settings)
        policy = settings[BUILD].ledger.creditor.policy
        markdown = settings["MARKDOWN"]  # as MarkdownReader completed it
        extensions = [*markdown["extensions"], _PolicyLines(policy, lambda: str(self._source_path))]
        # Its own copy: the settings Pelican shares with every reader keep their extensions as they were.
        self.settings = {**self.settings, "MARKDOWN": {**markdown, "extensions": extensions}}


def use_policy_reader(readers: Any) -> None:
    """On `readers_init`: Markdown read by PolicyReader (a site that set a reader of its own keeps it)."""
    for extension, reader in list(readers.reader_classes.items()):
        if reader is MarkdownReader:
            readers.reader_classes[extension] = PolicyReader
