"""A command's clock: its phases timed in the order they first ran, and shown to whatever shows them."""

from __future__ import annotations

import time

import pytest

from incasso.clock import CommandClock


class _Shown:
    """What a terminal's display would be told, in order."""

    def __init__(self) -> None:
        self.told: list[tuple] = []

    def phase(self, name: str | None) -> None:
        self.told.append(("phase", name))

    def count(self, done: int, total: int) -> None:
        self.told.append(("count", done, total))

    def finished(self) -> None:
        self.told.append(("finished",))


def test_a_phase_that_runs_twice_is_added_up_in_the_place_it_first_ran():
    clock = CommandClock()
    with clock.phase("load"):
        time.sleep(0.01)
    with clock.phase("assess"):
        pass
    with clock.phase("load"):
        time.sleep(0.01)
    assert list(clock.wall) == ["load", "assess"]
    assert clock.wall["load"] >= 0.02
    assert clock.total() >= sum(clock.wall.values())


def test_a_phase_is_timed_when_what_runs_inside_fails():
    clock = CommandClock()
    with pytest.raises(ValueError), clock.phase("load"):
        raise ValueError("a file unreadable")
    assert "load" in clock.wall


def test_what_is_shown_hears_each_phase_its_counts_and_the_end():
    shown = _Shown()
    clock = CommandClock(shown=shown)
    with clock.phase("pages") as counted:
        counted(1, 2)
        counted(2, 2)
    clock.finished()
    assert shown.told == [("phase", "pages"), ("count", 1, 2), ("count", 2, 2), ("phase", None), ("finished",)]


def test_without_anything_shown_the_clock_still_times_and_counts_to_no_one():
    clock = CommandClock()
    with clock.phase("pages") as counted:
        counted(1, 1)
    clock.finished()
    assert set(clock.wall) == {"pages"}


def test_the_workers_cpu_seconds_are_added_per_part():
    clock = CommandClock()
    clock.add_cpu({"statement pages": 1.5, "letters": 0.5})
    clock.add_cpu({"statement pages": 2.0})
    assert clock.cpu == {"statement pages": 3.5, "letters": 0.5}
