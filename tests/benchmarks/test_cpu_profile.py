"""benchmarks.cpu_profile: a sample that comes after the sampler is stopped is not taken."""

import signal

from benchmarks.cpu_profile import Sampler, stop


def test_a_signal_after_the_stop_adds_no_stack(tmp_path):
    sampler = Sampler()
    before = signal.signal(signal.SIGPROF, sampler.sample)
    try:
        signal.raise_signal(signal.SIGPROF)  # while sampling: one stack
        stop()
        signal.raise_signal(signal.SIGPROF)  # late, as under valgrind while the stacks are written
    finally:
        signal.signal(signal.SIGPROF, before)
    assert sum(sampler.stacks.values()) == 1
    sampler.write(tmp_path / "run.folded")
    assert (tmp_path / "run.folded").read_text(encoding="utf-8").endswith(" 1\n")
