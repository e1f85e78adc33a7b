"""Records that pickle as their fields: the ledger cache reads a large ledger back fast.

A frozen dataclass with slots pickles through dataclasses' own `__setstate__`, which
looks up the class's fields again for every object and sets them one by one: two
thirds of reading 10,000 debtors back from the cache (BENCHMARKS.md). Reduced to
`(cls, values)`, unpickling calls the class's own `__init__` instead, which also runs
whatever the class checks on creation.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T", bound=type)


def pickled_by_fields(cls: T) -> T:
    """Class decorator, outside `@dataclass`: pickle an instance as its class and its field values.

    Every field must be an `__init__` parameter in order (no `init=False`, no keyword-only
    field): the round trip in tests/ledger/test_pickling.py holds each record class to it.
    """
    names = tuple(f.name for f in fields(cls))
    # The values in one call, in C: attrgetter of two or more names gives a tuple, of one a value.
    values = attrgetter(*names) if len(names) > 1 else lambda record: (getattr(record, names[0]),)

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return (cls, values(self))

    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]
    return cls
