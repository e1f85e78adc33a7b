"""A record whose fields its slots set (`init_by_slots`) is made as its dataclass would make it, and stays frozen."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import FrozenInstanceError, dataclass, field, fields, is_dataclass

import pytest

import incasso
from incasso.records import init_by_slots


def _record(decorated: bool) -> type:
    """One record with every kind of field the decorator takes, made plain or decorated."""

    @dataclass(frozen=True, slots=True)
    class Record:
        name: str
        amount: int = 0
        lines: list[str] = field(default_factory=list)
        asked: dict[str, int] = field(default_factory=dict, init=False, compare=False)
        kind: str = field(default="open", init=False)
        note: str = field(default="", kw_only=True)
        tags: tuple[str, ...] = field(default_factory=tuple, kw_only=True)

        def __post_init__(self) -> None:
            if self.amount < 0:
                raise ValueError(f"{self.name}: amount below zero")

    return init_by_slots(Record) if decorated else Record


PLAIN, SLOTTED = _record(False), _record(True)

CALLS = [
    (("a",), {}),
    (("a", 3), {}),
    (("a", 3, ["x"]), {}),
    (("a",), {"lines": ["y"], "note": "n"}),
    ((), {"name": "b", "amount": 2, "tags": ("t",)}),
]


def _values(record: object) -> dict[str, object]:
    return {f.name: getattr(record, f.name) for f in fields(record)}


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_made_as_its_dataclass_makes_it(args, kwargs):
    assert _values(SLOTTED(*args, **kwargs)) == _values(PLAIN(*args, **kwargs))


def test_each_record_gets_a_new_value_from_a_default_factory():
    first, second = SLOTTED("a"), SLOTTED("b")
    assert first.lines == [] and first.lines is not second.lines
    assert first.asked == {} and first.asked is not second.asked


def test_post_init_runs_and_the_record_stays_frozen():
    with pytest.raises(ValueError, match="a: amount below zero"):
        SLOTTED("a", -1)
    record = SLOTTED("a")
    with pytest.raises(FrozenInstanceError):
        record.name = "b"
    with pytest.raises(FrozenInstanceError):
        del record.amount


@pytest.mark.parametrize(
    ("args", "kwargs"), [((), {}), (("a", 1, [], "n"), {}), (("a",), {"kind": "x"}), (("a",), {"other": 1})]
)
def test_a_wrong_call_is_refused_as_by_its_dataclass(args, kwargs):
    with pytest.raises(TypeError):
        PLAIN(*args, **kwargs)
    with pytest.raises(TypeError):
        SLOTTED(*args, **kwargs)


def test_only_a_frozen_slotted_dataclass_is_taken():
    @dataclass(frozen=True)
    class Unslotted:
        name: str

    @dataclass(slots=True)
    class Unfrozen:
        name: str

    for cls in (Unslotted, Unfrozen):
        with pytest.raises(TypeError, match="init_by_slots is for a frozen dataclass with slots"):
            init_by_slots(cls)


def _decorated() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(incasso.__path__, "incasso."):
        if info.name.endswith("__main__"):  # runs the command line
            continue
        for value in vars(importlib.import_module(info.name)).values():
            decorated = isinstance(value, type) and hasattr(value.__init__, "_dataclass_init")
            if decorated and is_dataclass(value) and value.__module__ == info.name:
                found.append(value)
    return found


DECORATED = _decorated()


def _parameters(init: object) -> list[tuple[str, object, str]]:
    """Each parameter's name, kind and default as a reader sees it (a default factory's as `<factory>`)."""
    return [(p.name, p.kind, repr(p.default)) for p in inspect.signature(init).parameters.values()]


def test_the_build_path_records_are_decorated():
    names = {cls.__qualname__ for cls in DECORATED}
    assert {"Event", "Source", "Claim", "Debtor", "InterestLine"} <= names


@pytest.mark.parametrize("cls", DECORATED, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_every_decorated_record_takes_its_dataclass_parameters(cls):
    assert _parameters(cls.__init__) == _parameters(cls.__init__._dataclass_init)
