"""How long a stopped build takes to end: from the stop (Ctrl-C, SIGTERM) to its exit (BENCHMARKS.md, session 51).

    python -m benchmarks.stop_time LEDGER FOLDER [--signal SIGTERM] [--after 2] [--repeat 3] [--process-only]

Builds LEDGER as of 2026-11-22 into FOLDER/out and FOLDER/int (once, as the previous output, when they are missing),
then builds it again `--repeat` times, each stopped `--after` seconds after the first statement page appeared (in the
pass, while the staff files are written beside it). The stop goes as `timeout` sends it, to the build's process
group (its workers too), or with `--process-only` to the build alone (`kill PID`). One line of JSON a run: the time
to exit, the exit code, whether it said "stopped", printed a traceback, left the previous outputs unchanged and left
no temporary folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

AS_OF = "2026-11-22"


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()


def _build(ledger: Path, folder: Path) -> subprocess.Popen:
    args = ["--ledger", str(ledger), "--as-of", AS_OF, "--output", str(folder / "out")]
    return subprocess.Popen(
        [sys.executable, "-m", "incasso", "build", *args, "--internal-output", str(folder / "int"), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a group of its own, as under `timeout`
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # Ctrl-C's action, as at a terminal
    )


def stopped_run(ledger: Path, folder: Path, stop: signal.Signals, after: float, group: bool) -> dict:
    """One build stopped in its pass, and what it did."""
    before = [_digest(folder / "out"), _digest(folder / "int")]
    build = _build(ledger, folder)
    while not any(next(tmp.glob("s/*/index.html"), None) for tmp in folder.glob(".out.tmp-*")):
        if build.poll() is not None:
            said = build.stderr.read() if build.stderr else ""
            raise SystemExit(f"the build ended before it could be stopped: {said}")
        time.sleep(0.02)
    time.sleep(after)
    sent = time.monotonic()
    os.killpg(build.pid, stop) if group else build.send_signal(stop)
    said = build.stderr.read() if build.stderr else ""
    code = build.wait()
    return {
        "stop_to_exit": round(time.monotonic() - sent, 2),
        "code": code,
        "stopped": "stopped;" in said,
        "traceback": "Traceback" in said or "Exception in" in said,
        "unchanged": before == [_digest(folder / "out"), _digest(folder / "int")],
        "left": sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and not p.name.endswith(".lock")),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stop_time", description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--signal", default="SIGINT", choices=["SIGINT", "SIGTERM", "SIGHUP"])
    parser.add_argument("--after", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--process-only", action="store_true")
    given = parser.parse_args(argv)
    if not (given.folder / "out").is_dir():
        given.folder.mkdir(parents=True, exist_ok=True)
        if _build(given.ledger, given.folder).wait() != 0:
            raise SystemExit("the first build failed")
    for _ in range(given.repeat):
        run = stopped_run(given.ledger, given.folder, signal.Signals[given.signal], given.after, not given.process_only)
        print(json.dumps({"signal": given.signal, "group": not given.process_only, **run}), flush=True)


if __name__ == "__main__":
    main()
