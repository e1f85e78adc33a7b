"""The code keeps a shape a newcomer can read: no function in src/ runs over 60 lines.

A function is counted from its `def` to its last line, docstring included. A
longer one is split into named steps; this test names every one that is not.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

MAX_LINES = 60
SRC = Path(__file__).resolve().parent.parent / "src"
# A function excused for a while: once it is short this test says so, and it comes off
# the list, so nothing stays excused by accident. Empty: every function fits.
KNOWN_LONG: set[str] = set()


@functools.cache
def parsed(folder: Path) -> tuple[tuple[Path, ast.Module], ...]:
    """Every module under `folder`, parsed: once for the three checks of src/ (a few seconds each, parsed apart).
    Read only: no check changes a tree."""
    return tuple(
        (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))) for path in sorted(folder.rglob("*.py"))
    )


def function_lengths(folder: Path) -> list[tuple[str, int]]:
    """Every function under `folder` as 'folder/path: name' (methods as Class.name), with its length."""
    lengths: list[tuple[str, int]] = []
    for path, tree in parsed(folder):
        _measure(tree, f"{path.relative_to(folder.parent).as_posix()}: ", lengths)
    return lengths


def _measure(node: ast.AST, prefix: str, lengths: list[tuple[str, int]]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            name = prefix + child.name
            if not isinstance(child, ast.ClassDef):
                lengths.append((name, (child.end_lineno or child.lineno) - child.lineno + 1))
            _measure(child, name + ".", lengths)
        else:
            _measure(child, prefix, lengths)


def too_long(lengths: list[tuple[str, int]]) -> list[str]:
    return [f"{name} is {length} lines" for name, length in lengths if length > MAX_LINES]


def test_no_function_is_longer_than_60_lines():
    long = too_long(function_lengths(SRC))
    assert [line for line in long if line.split(" is ")[0] not in KNOWN_LONG] == []


def test_every_function_excused_is_still_long():
    long = {name for name, length in function_lengths(SRC) if length > MAX_LINES}
    stale = sorted(KNOWN_LONG - long)
    assert stale == [], "no longer over 60 lines (or gone): take them off KNOWN_LONG"


def test_the_count_runs_from_def_to_the_last_line(tmp_path):
    body = [f"x{i} = {i}" for i in range(MAX_LINES - 2)]
    fits = ["@decorated", "def fits():", '    """Docstring included."""', *("    " + line for line in body)]
    grows = ["class Box:", "    def grows(self):", '        """Doc."""', *("        " + line for line in body)]
    (tmp_path / "shape.py").write_text("\n".join([*fits, "", "", *grows, "        return 1", ""]), encoding="utf-8")
    lengths = [(name.split(": ")[1], n) for name, n in function_lengths(tmp_path)]
    assert lengths == [("fits", MAX_LINES), ("Box.grows", MAX_LINES + 1)]
    assert [line.split(": ")[1] for line in too_long(function_lengths(tmp_path))] == ["Box.grows is 61 lines"]


def asserts(folder: Path) -> list[str]:
    """Every assert statement under `folder`, as 'folder/path:line'."""
    found = []
    for path, tree in parsed(folder):
        found += [
            f"{path.relative_to(folder.parent).as_posix()}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Assert)
        ]
    return found


def test_the_core_checks_with_errors_not_asserts():
    """An assert is gone under `python -O`: the core raises, or asks the claim's typed helpers
    (Claim.pending_promise, running_plan, open_dispute, Plan.next_installment), which raise."""
    assert asserts(SRC / "incasso") == []


def test_an_assert_is_found(tmp_path):
    (tmp_path / "x.py").write_text("def f(a):\n    assert a, 'no a'\n    return a\n", encoding="utf-8")
    assert asserts(tmp_path) == [f"{tmp_path.name}/x.py:2"]
