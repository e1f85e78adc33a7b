"""The collector's two ways of keeping out of the way: off while records are made, once after a batch."""

from __future__ import annotations

import gc
import weakref

import pytest

from incasso.ledger.collector import collected_once, records_kept, run_ends


class _Node:
    """An object in a reference cycle, so that only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def collector_as_found():
    """Each test starts with the collector on and nothing frozen, and leaves it so."""
    assert gc.isenabled() and gc.get_freeze_count() == 0
    yield
    gc.enable()
    gc.unfreeze()


def test_records_kept_turns_the_collector_off_and_back_on():
    with records_kept():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_records_kept_leaves_a_collector_that_was_off_off():
    gc.disable()
    with records_kept():
        pass
    assert not gc.isenabled()


def test_records_kept_for_the_run_are_frozen_before_the_collector_is_back():
    with records_kept(for_the_run=True):
        record = _Node()
        assert gc.get_freeze_count() == 0  # made with the collector off, not frozen yet
    assert gc.isenabled()
    assert not any(obj is record for obj in gc.get_objects())  # no collection walks it any more


def test_records_kept_for_the_run_are_not_frozen_after_an_error():
    with pytest.raises(ValueError), records_kept(for_the_run=True):
        raise ValueError("a bad ledger")
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_run_ends_hands_the_runs_records_back():
    with run_ends():
        with records_kept(for_the_run=True):
            record = _Node()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert any(obj is record for obj in gc.get_objects())


def test_run_ends_leaves_an_earlier_freeze_to_its_maker():
    gc.freeze()
    with run_ends(), records_kept(for_the_run=True):
        pass
    assert gc.get_freeze_count() > 0


def test_collected_once_keeps_the_collector_off_and_the_records_out_of_its_reach():
    kept = _Node()
    with collected_once():
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
        assert not any(obj is kept for obj in gc.get_objects())  # frozen: no collection walks it
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert any(obj is kept for obj in gc.get_objects())  # handed back


def test_collected_once_runs_no_collection_inside_the_batch():
    with collected_once():
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
        many = [_Node() for _ in range(10 * gc.get_threshold()[0])]  # would trigger collections, were it on
        assert gone() is not None
        del many


def test_collected_once_frees_the_batchs_cycles_on_leaving():
    gc.disable()  # so that no collection but its own can free them
    with collected_once():
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
    assert gone() is None
    assert not gc.isenabled()


def test_collected_once_leaves_an_earlier_freeze_to_its_maker():
    gc.freeze()  # as a worker pool does before forking
    with collected_once():
        pass
    assert gc.get_freeze_count() > 0  # still frozen: the pool hands it back on closing


def test_collected_once_restores_the_collector_after_an_error():
    with pytest.raises(RuntimeError), collected_once():
        raise RuntimeError("a letter that cannot be read")
    assert gc.isenabled() and gc.get_freeze_count() == 0
