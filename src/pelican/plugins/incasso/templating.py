"""Jinja as the build uses it: every `{{ }}` escaped by MarkupSafe's compiled code, without its
Python wrapper.

With autoescaping on, a compiled template calls `escape` on each value it prints: hundreds on a
statement page, thousands in a dossier. MarkupSafe 3's `escape` is a Python function around its
compiled escaping that makes a `Markup` of each result (a Python `__new__` as well): 8 % of the
CPU of a 10,000-debtor build, for values that are joined into one plain string right after
(BENCHMARKS.md, "Printing a value without MarkupSafe's wrapper").

`QuickEscape` templates look `escape` up in their own module's globals, as every compiled
template does, and find `print_escaped` there instead: the same compiled escaping of the same
five characters, a value with `__html__` (a `Markup`, a `|safe` value) printed as it is, as
`escape` prints it, but no `Markup` made of a value that is only joined. Where a template keeps
what it printed (a macro, `{% set %}...{% endset %}`, a call block), Jinja itself makes it
`Markup` when autoescaping, as before. Pages come out byte for byte the same
(tests/site/test_templating.py renders them both ways).
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from types import CodeType
from typing import Any

import markupsafe
from jinja2 import Environment, Template


def _compiled_escaping() -> Callable[[str], str] | None:
    """MarkupSafe 3's escaping of a str, compiled (or its pure-Python twin where no wheel has it)."""
    try:
        from markupsafe import _escape_inner
    except ImportError:  # a MarkupSafe without it: its own escape serves, only slower
        return None
    return _escape_inner


def _quick(escaped: Callable[[str], str]) -> Callable[[Any], str]:
    def print_escaped(value: Any) -> str:
        """A value as a template prints it: escaped as `markupsafe.escape` escapes it, as a str."""
        if type(value) is str:  # the common case first: no attribute lookup
            return escaped(value)
        html = getattr(value, "__html__", None)
        return html() if html is not None else escaped(str(value))

    return print_escaped


_escaped = _compiled_escaping()
print_escaped: Callable[[Any], str] = markupsafe.escape if _escaped is None else _quick(_escaped)


class QuickEscape(Template):
    """A template whose `{{ }}` call `print_escaped`."""

    @classmethod
    def from_code(
        cls,
        environment: Environment,
        code: CodeType,
        globals: MutableMapping[str, Any],
        uptodate: Callable[[], bool] | None = None,
    ) -> Template:
        template = super().from_code(environment, code, globals, uptodate)
        # The render functions' globals are the namespace the compiled module ran in; it imported
        # jinja2.runtime's escape there, and the template's blocks and macros share it.
        template.root_render_func.__globals__["escape"] = print_escaped
        return template


def quick_escape(environment: Environment) -> Environment:
    """The environment, its templates from now on `QuickEscape` ones."""
    environment.template_class = QuickEscape
    return environment
