"""docs/cli.md opens with each command's usage and says `incasso COMMAND --help` prints the same (s66: `check`'s
line lacked `--internal-output DIR`): each usage line there is argparse's own, but for `-h`, in argparse's order."""

from __future__ import annotations

import argparse
import re

from incasso.cli.main import parser
from tests.support.site import REPO

DOCS = REPO / "docs" / "cli.md"


def documented() -> dict[str, str]:
    """The usage lines of docs/cli.md's first block, per command, continuation lines joined."""
    block = re.search(r"```sh\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert block is not None, f"{DOCS} opens with no usage block"
    lines: dict[str, str] = {}
    for line in block[1].splitlines():
        if line.startswith("incasso "):
            command = line.split()[1]
            lines[command] = line
        else:
            lines[command] += " " + line
    return {command: " ".join(line.split()) for command, line in lines.items()}


def usage(command: argparse.ArgumentParser) -> str:
    """What `--help` prints as the usage, on one line, without `usage:` and `[-h]`."""
    said = " ".join(command.format_usage().split()).removeprefix("usage: ")
    return said.replace(" [-h]", "")


def commands() -> dict[str, argparse.ArgumentParser]:
    sub = next(action for action in parser()._actions if isinstance(action, argparse._SubParsersAction))
    return dict(sub.choices)


def test_each_command_has_its_usage_line_in_the_docs():
    assert set(documented()) == {*commands(), "--version"}
    assert documented()["--version"] == "incasso --version" and "--version" in parser()._option_string_actions


def test_each_usage_line_is_what_its_help_prints():
    said = documented()
    for name, command in commands().items():
        assert said[name] == usage(command), f"docs/cli.md's usage of `incasso {name}` is not its --help's"
