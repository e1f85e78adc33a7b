"""What each product decision would buy: a next night built with parts of its work taken out.

    python -m benchmarks.decisions [--debtors 10000] [--repeat 2] [--work DIR]

Writes a synthetic ledger (a recorded night, as `make bench`), builds its
first night, then for each variant below and each repeat: copies that first
night's output and staff output (so the ledger cache, last night's
claims.json and the folders a swap replaces are in place, as on a real
night), builds plain Pelican's 10,000 trivial pages, then the next night
through benchmarks.without. Prints one line per build and a Markdown table
of the medians: wall and CPU, and the ratio to plain Pelican.

The variants: the build as it is; without the payment link's QR code;
without any QR code encoded; without staff dossier pages; without both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.run import Measured, PlainPelican, _done, _incasso, _progress, _record_a_day, measure, the_morning_after
from benchmarks.synthetic import AS_OF, write_ledger

REPOSITORY = Path(__file__).resolve().parents[1]
VARIANTS = {
    "the build as it is": [],
    "without the link's QR code": ["--no-link-qr"],
    "without any QR code": ["--no-qr"],
    "without dossier pages": ["--no-dossiers"],
    "without QR codes and dossier pages": ["--no-qr", "--no-dossiers"],
}
SETTLE = 5  # seconds after copying the first night: this machine's disk is slow right after much writing


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.decisions", description=__doc__.split("\n\n")[0])
    p.add_argument("--debtors", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=2, help="builds per variant (the table shows medians)")
    p.add_argument("--pelican-pages", type=int, default=10_000)
    p.add_argument("--work", type=Path, help="a folder to work in (default: a temporary one, removed after)")
    args = p.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="incasso-decisions-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = _measure_all(work, args.debtors, args.repeat, PlainPelican(args.pelican_pages, work))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(_table(results, args.debtors, args.pelican_pages))
    return 0


def _measure_all(
    work: Path, debtors: int, repeat: int, pelican: PlainPelican
) -> dict[str, list[tuple[Measured, Measured]]]:
    ledger = write_ledger(work / "ledger", debtors, night="recorded")
    first = work / "first"
    _progress(f"{debtors:,} debtors: the first night")
    command = _incasso("build", "--ledger", str(ledger), "--as-of", AS_OF.isoformat(), "-q")
    _done(
        "first night",
        measure([*command, "--output", str(first / "output"), "--internal-output", str(first / "internal")], work),
    )
    the_morning_after(ledger, "recorded")
    _record_a_day(ledger)
    results: dict[str, list[tuple[Measured, Measured]]] = {name: [] for name in VARIANTS}
    for _ in range(repeat):
        for name, flags in VARIANTS.items():
            results[name].append((pelican.measure(), _next_night(work, ledger, first, name, flags)))
    return results


def _next_night(work: Path, ledger: Path, first: Path, name: str, flags: list[str]) -> Measured:
    night = work / "night"
    shutil.rmtree(night, ignore_errors=True)
    shutil.copytree(first, night, symlinks=True)
    os.sync()
    time.sleep(SETTLE)
    _progress(f"next night, {name}")
    day = (AS_OF + timedelta(days=1)).isoformat()
    command = [sys.executable, "-m", "benchmarks.without", *flags, "--"]
    command += ["build", "--ledger", str(ledger), "--as-of", day, "-q"]
    command += ["--output", str(night / "output"), "--internal-output", str(night / "internal")]
    # Not run from the repository (its pelicanconf.py would change the build): benchmarks found by path.
    measured = measure(command, work, env={"PYTHONPATH": str(REPOSITORY)})
    _done(name, measured)
    return measured


def _table(results: dict[str, list[tuple[Measured, Measured]]], debtors: int, pages: int) -> str:
    lines = [
        f"| {debtors:,} debtors, next night | build wall / CPU (of it system), medians "
        f"| plain Pelican, {pages:,} pages | ratio (wall) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, runs in results.items():
        wall = statistics.median(build.wall for _, build in runs)
        cpu = statistics.median(build.cpu for _, build in runs)
        system = statistics.median(build.system for _, build in runs)
        plain = statistics.median(yardstick.wall for yardstick, _ in runs)
        failed = [build.code for _, build in runs if build.code]
        note = f" (exit {failed[0]})" if failed else ""
        ratio = wall / (plain * debtors / pages)  # plain Pelican's time for as many pages, as make bench takes it
        lines.append(f"| {name}{note} | {wall:.1f} s / {cpu:.1f} s ({system:.1f} s) | {plain:.1f} s | {ratio:.2f}x |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
