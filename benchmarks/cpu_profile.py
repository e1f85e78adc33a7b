"""A CPU-time sampling profile of one `incasso` command, in one process.

    python -m benchmarks.cpu_profile -o build.folded -- build --ledger L --as-of 2026-11-22 --output O ...
    python -m benchmarks.profile_summary build.folded --rate 100

The machine the benchmarks run on is shared: a wall-clock sampler (py-spy)
also counts the time a process waits for a core, so a phase that happens to
run while others are busy looks dearer than it is. This sampler is driven by
the process's own CPU time (ITIMER_PROF): every 10 ms of CPU it records the
Python stack, so the shares are shares of CPU whatever the load. The command
runs in this process with `os.cpu_count` patched to 1, so the statement views
are computed in it too (no workers to follow); every phase is seen at its own
cost. Output: folded stacks in py-spy's raw format, for profile_summary.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

INTERVAL = 0.01  # seconds of CPU between samples


class Sampler:
    def __init__(self) -> None:
        self.stacks: Counter[str] = Counter()

    def sample(self, _signum: int, frame: FrameType | None) -> None:
        frames = []
        while frame is not None:
            code = frame.f_code
            frames.append(f"{code.co_qualname} ({code.co_filename}:{frame.f_lineno})")
            frame = frame.f_back
        self.stacks[";".join(reversed(frames))] += 1

    def write(self, path: Path) -> None:
        path.write_text("".join(f"{stack} {n}\n" for stack, n in self.stacks.items()), encoding="utf-8")


def stop() -> None:
    """No more samples: the timer stopped, and a signal already on its way ignored. Under valgrind one comes
    late, while the stacks are written, and a stack added then broke the writing (the profile lost)."""
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    signal.signal(signal.SIGPROF, signal.SIG_IGN)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.cpu_profile", description=__doc__.split("\n\n")[0])
    p.add_argument("-o", "--output", type=Path, required=True, help="the folded stacks file to write")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- then the incasso command line")
    args = p.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    from incasso.cli.main import main as incasso

    os.cpu_count = lambda: 1  # the statement views in this process: one stack to sample
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler.sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        code = incasso(command)
    finally:
        stop()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        sampler.write(args.output)
    total = sum(sampler.stacks.values())
    print(f"{total} samples, {cpu:.1f} s CPU, {wall:.1f} s wall; exit {code}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
