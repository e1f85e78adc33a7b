"""A frozen record made faster: its fields set through their slots, not through `object.__setattr__`.

A frozen dataclass's `__init__` sets each field by `object.__setattr__(self, name, value)`, since the
class's own `__setattr__` refuses every change: the call looks the name up on the class and checks
itself, some 1,270 machine instructions a field more than a plain class's `self.name = value`
(BENCHMARKS.md, session 62). A build sets about 760 fields of frozen records a debtor. In a class with
slots each field has a slot whose descriptor sets it directly: its `__set__`, bound once a field when
the class is made, takes about 680 of those instructions off each field. The record stays as frozen
as before: its `__setattr__` and `__delattr__` are untouched.
"""

from __future__ import annotations

import dataclasses
from types import MemberDescriptorType
from typing import Any, TypeVar

T = TypeVar("T", bound=type)


class _Factory:
    """The default of a parameter whose field has a default factory (as dataclasses' own sentinel)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def init_by_slots(cls: T) -> T:
    """Class decorator, outside `@dataclass(frozen=True, slots=True)`: the same `__init__`, its fields set
    by their slots' descriptors.

    The same parameters in the same order, with the same defaults (a default factory called when its
    parameter is not given), keyword-only fields after `*`, then `__post_init__` when the class has one.
    A field outside `__init__` (`init=False`) gets its default, or its factory's value, as dataclasses
    give it; an `InitVar` is refused: no record here has one.
    tests/test_records.py holds every class decorated so to its dataclass's own signature.
    """
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: init_by_slots is for a frozen dataclass with slots")
    fields = dataclasses.fields(cls)
    if len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__qualname__}: init_by_slots takes no InitVar")
    names: dict[str, Any] = {}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for f in fields:
        slot = getattr(cls, f.name)
        if type(slot) is not MemberDescriptorType:
            raise TypeError(f"{cls.__qualname__}.{f.name}: not a slot")
        names[f"_set_{f.name}"] = slot.__set__
        param = f.name
        value = f.name
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            param = f"{f.name}=_default_{f.name}"
            value = f.name if f.init else f"_default_{f.name}"
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            param = f"{f.name}=_FACTORY"
            value = f"_factory_{f.name}() if {f.name} is _FACTORY else {f.name}" if f.init else f"_factory_{f.name}()"
        elif not f.init:
            continue  # as dataclasses leave it: unset until the class sets it
        if f.init:
            (keyword if f.kw_only else positional).append(param)
        body.append(f"    _set_{f.name}(self, {value})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    signature = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({signature}) -> None:\n" + ("\n".join(body) or "    pass") + "\n"
    namespace: dict[str, Any] = {"_FACTORY": _FACTORY, **names}
    exec(source, namespace)  # the text made above from the class's own field names, nothing read from outside
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    original = cls.__dict__["__init__"]
    init.__doc__ = original.__doc__
    init._dataclass_init = original  # what tests/test_records.py compares it with
    cls.__init__ = init  # type: ignore[misc]
    return cls
