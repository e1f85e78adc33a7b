"""The collector kept out of the way: off while records are made, frozen out of reach while held,
once after a batch."""

from __future__ import annotations

import gc
import weakref

import pytest

from incasso.ledger.collector import collected_once, frozen, held, records_kept


class _Node:
    """An object in a reference cycle, so that only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _garbage() -> weakref.ref:
    """A cycle nothing refers to: alive until a collection that reaches it runs."""
    return weakref.ref(_Node())


def _is_frozen(obj: object) -> bool:
    return not any(tracked is obj for tracked in gc.get_objects())  # get_objects leaves out the frozen


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


def test_records_kept_for_the_run_are_frozen_on_leaving():
    with held():
        with records_kept(for_the_run=True):
            record = _Node()
            assert not _is_frozen(record)
        assert gc.isenabled() and _is_frozen(record)
    assert not _is_frozen(record)  # the run's hold ended: handed back


def test_records_kept_for_the_run_freezes_nothing_after_an_error():
    with held(), pytest.raises(ValueError), records_kept(for_the_run=True):
        raise ValueError("a bad ledger")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_frozen_hands_back_when_it_ends():
    record = _Node()
    with frozen():
        assert _is_frozen(record)
    assert not _is_frozen(record)


def test_a_freeze_inside_a_hold_lasts_until_the_outermost_hold_ends():
    record = _Node()
    with held():
        with frozen():  # a worker pool inside a build
            pass
        assert _is_frozen(record)  # the pool closed, the build still holds it
    assert not _is_frozen(record)


def test_a_hold_ends_even_after_an_error():
    record = _Node()
    with pytest.raises(RuntimeError), held(), frozen():
        raise RuntimeError("a worker died")
    assert not _is_frozen(record)
    with frozen():  # and the next hold is the outermost again
        pass
    assert not _is_frozen(record)


def test_collected_once_keeps_the_collector_off_and_what_is_alive_out_of_its_reach():
    record = _Node()
    with collected_once():
        assert not gc.isenabled()
        assert _is_frozen(record)
    assert gc.isenabled() and not _is_frozen(record)


def test_collected_once_runs_no_collection_inside_the_batch():
    with collected_once():
        gone = _garbage()
        many = [_Node() for _ in range(10 * gc.get_threshold()[0])]  # would trigger collections, were it on
        assert gone() is not None
        del many


def test_collected_once_frees_the_batchs_cycles_on_leaving():
    gc.disable()  # so that no collection but its own can free them
    with collected_once():
        gone = _garbage()
    assert gone() is None
    assert not gc.isenabled()


def test_collected_once_collects_the_batch_alone_before_handing_back():
    """Garbage from before the batch was frozen with what is alive: its one collection leaves it."""
    gc.disable()
    before = _garbage()
    with collected_once():
        pass
    assert before() is not None
    gc.collect()
    assert before() is None  # handed back: the next collection reaches it


def test_collected_once_inside_a_hold_leaves_the_freeze_to_the_hold():
    record = _Node()
    with held():
        with collected_once():  # a print file's batch inside a build
            pass
        assert _is_frozen(record)
    assert not _is_frozen(record)


def test_collected_once_restores_the_collector_after_an_error():
    with pytest.raises(RuntimeError), collected_once():
        raise RuntimeError("a letter that cannot be read")
    assert gc.isenabled() and gc.get_freeze_count() == 0
