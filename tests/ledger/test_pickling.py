"""Every record class pickles as its fields and comes back equal (the ledger cache depends on it)."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from decimal import Decimal

import pytest

from incasso.ledger import model, problems
from incasso.ledger.model import ReturnAnswer, SetAside
from incasso.ledger.pickling import pickled_by_fields
from incasso.ledger.problems import Problem, Source
from tests.support.site import ledger_as_built

RECORD_CLASSES = [
    cls
    for module in (model, problems)
    for cls in vars(module).values()
    if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == module.__name__
]


def _instances(value: object, found: dict[type, object]) -> None:
    """One instance of each record class reachable from `value`."""
    if is_dataclass(value) and not isinstance(value, type):
        found.setdefault(type(value), value)
        for f in fields(value):
            _instances(getattr(value, f.name), found)
    elif isinstance(value, tuple):
        for item in value:
            _instances(item, found)
    elif isinstance(value, dict):  # Ledger.bank_returned: the payments the bank took back, by debtor
        for item in value.values():
            _instances(item, found)


def test_the_demo_ledger_holds_every_record_class_and_each_comes_back_equal():
    ledger = ledger_as_built()
    found: dict[type, object] = {}
    _instances(ledger, found)
    found.setdefault(Problem, Problem(Source("x.yaml", 3, 5), "id", "is wrong", "?"))
    # The demo sets no bank money aside as no debtor's (creditor.yaml's bank_set_aside): all of it is its debtors'.
    aside = SetAside(
        date(2026, 11, 3), Decimal("150.00"), "T2", "Verkeerd overgemaakt.", Source("creditor.yaml", 30, 5)
    )
    found.setdefault(SetAside, aside)
    # Nor does it answer which credit a return took back (bank_returns): no return of it is ambiguous.
    said = "Rabobank, 12 november: de betaling van 3 november."
    answer = ReturnAnswer("B1", date(2026, 11, 10), "C1", date(2026, 11, 3), said, Source("c.yaml", 9, 5))
    found.setdefault(ReturnAnswer, answer)
    assert set(found) == set(RECORD_CLASSES)
    for record in found.values():
        assert pickle.loads(pickle.dumps(record)) == record
    assert pickle.loads(pickle.dumps(ledger)) == ledger


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_each_record_class_pickles_by_its_fields(cls):
    assert cls.__reduce__ is not object.__reduce__


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Checked:
    amount: int
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError("negative")


def test_a_record_is_made_again_by_its_init_so_its_checks_run():
    made = Checked(3, ("a",))
    assert made.__reduce__() == (Checked, (3, ("a",)))
    assert pickle.loads(pickle.dumps(made)) == made
