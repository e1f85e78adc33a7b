"""Where the time goes: folded stacks summed by phase, by library and by function.

    python -m benchmarks.cpu_profile -o build.folded -- build --ledger L --as-of 2026-11-22 -q
    python -m benchmarks.profile_summary build.folded --rate 100

    py-spy record --subprocesses --nonblocking --full-filenames -r 50 -f raw -o build.folded -- \\
        .venv/bin/python -m incasso build --ledger L --as-of 2026-11-22 -q
    python -m benchmarks.profile_summary build.folded --cpu SECONDS

cpu_profile samples one process every 10 ms of its CPU time: its shares are
shares of CPU. py-spy samples every process of the tree (the statement
workers included) in wall-clock time, waiting for a core included: on a
busy machine, scale its shares to the CPU time measured apart (--cpu).
Each sample gets two labels:

- its phase: where in the command it was spent (the first PHASES rule that
  matches any frame of the stack: statement views in the workers, the staff
  dossier pages, the overview, loading the ledger...);
- its library: what was running (walking from the innermost frame outwards,
  the first frame that belongs to a known library or to our own code; the
  standard library is transparent, so `re` called from Babel counts as Babel).

The report is a table phase x library, then the busiest functions.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

# (phase, pattern on one frame "function (path:line)"); the first rule with a matching frame wins.
PHASES: tuple[tuple[str, str], ...] = (
    ("letters: PDFs (ReportLab)", r"^render_pdf \("),
    ("letters: e-mails", r"^render_eml \("),
    ("letters: print file", r"^PrintFile\."),
    ("letters: which are due, their view models", r"^(?:letters_due|letter_view|day_letters) \("),
    ("letters: other", r"^LetterWriter\."),
    ("statement views", r"^statement_view \("),
    ("statement pages: Jinja, writing", r"^StatementPages\.write "),
    ("staff: dossier pages", r"\(.*dossier\.html:\d+\)$|^dossier_page \(|^DossierPages\.write "),
    ("staff: overview pages, search index", r"^(?:write_overview|overview_page) \("),
    ("staff: the book (rows, flags, links)", r"^staff_book \("),
    ("staff: exports, changes", r"^(?:claims_document|claims_json|links_csv|links_rows|compare|changes_markdown) "),
    ("staff: writing files, rest", r"^write_staff_files \("),
    ("ledger cache: written", r"^LedgerCache\.write "),
    ("ledger cache: read", r"^LedgerCache\.open "),
    ("pass over the debtors: other", r"^DebtorWork\."),
    ("workers: pool, pickling, waiting", r"^worker_pool \(|^_ExecutorManagerThread\.|^_process_worker "),
    ("debtor generator: other", r"^DebtorGenerator\."),
    ("audit: check_tokens (token sets)", r"^check_tokens \("),
    ("audit: check_people (debtor words on each page)", r"^check_people \("),
    ("audit: check_page (HTML parsing, meta tags, fetches)", r"^check_page \("),
    ("audit: ledger view (needles, tokens)", r"^ledger_view \("),
    ("audit: reading files, other checks", r"^audit \(.*/audit/scan\.py"),
    ("ledger: assess every claim", r"^assess \("),
    ("ledger: load in prepare()", r"^prepare \("),
    ("ledger: load_ledger (build_site, check, audit)", r"^load_ledger \("),
    # Since the ledger is read once for the check and the build (session 25's profile found these as "other").
    ("ledger: read_ledger (YAML, records)", r"^read_ledger \("),
    ("ledger: bank, reconcile", r"^read_books_so_far \("),
    ("ledger: claim, letter and address checks", r"^checked_claims \("),
    ("Pelican: pages, static files, settings", r"\(.*/pelican/(?!plugins/)"),
    ("start-up: imports", r"^_find_and_load "),
)

# (library, pattern on a frame's path); checked from the innermost frame outwards.
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("segno: mask choice", r"^(?:find_and_apply_best_mask|evaluate_mask|mask_scores|apply_mask)\b.*segno/"),
    ("segno: SVG writer", r"/segno/(?:writers|utils)\.py"),
    ("segno: encoding", r"/segno/"),
    ("QR codes: zxing-cpp and our SVG", r"^(?:qr_code|_modules_path|_step|qr_svg) \(.*/payments/epc\.py"),
    ("Babel", r"/babel/"),
    ("YAML (libyaml)", r"/yaml/"),
    ("schwifty, stdnum", r"/(?:schwifty|stdnum)/"),
    ("Jinja, MarkupSafe", r"/(?:jinja2|markupsafe)/|\.html:\d+\)$"),
    ("Markdown", r"/markdown/"),
    ("ReportLab", r"/reportlab/"),
    ("pypdf", r"/pypdf/"),
    ("e-mail (standard library)", r"/python3\.\d+/email/"),
    ("Pelican", r"/pelican/(?!plugins/)"),
    ("incasso (our code)", r"/incasso/"),
    ("json", r"/json/"),
    ("multiprocessing, pickle", r"/(?:multiprocessing|concurrent)/|\bpickle|copyreg"),
    ("imports", r"<frozen importlib"),
)

_LINE = re.compile(r"^(?P<stack>.*) (?P<count>\d+)$")
_PROCESS = re.compile(r"^process (\d+):")


def read_folded(path: Path) -> list[tuple[str, list[str], int]]:
    """(process id, frames outermost first, samples) per line of py-spy's raw output."""
    samples = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        frames, process = [], "?"
        for frame in match["stack"].split(";"):
            found = _PROCESS.match(frame)
            if found:  # a forked worker's stack continues its parent's: the last process frame is its own
                process = found[1]
            else:
                frames.append(frame)
        samples.append((process, frames, int(match["count"])))
    return samples


def _first(rules: tuple[tuple[str, str], ...], frames: list[str]) -> str | None:
    for name, pattern in rules:
        regex = re.compile(pattern)
        if any(regex.search(frame) for frame in frames):
            return name
    return None


def library_of(frames: list[str]) -> str:
    for frame in reversed(frames):
        for name, pattern in LIBRARIES:
            if re.search(pattern, frame):
                return name
    return "Python (standard library)"


def short(frame: str) -> str:
    """`fn (/long/path/site-packages/pkg/mod.py:12)` -> `fn (pkg/mod.py)`."""
    frame = re.sub(r"\((?:[^()]*/(?:site-packages|src|lib/python3\.\d+)/)", "(", frame)
    return re.sub(r":(?:\d+|None)\)$", ")", frame)


def summarise(samples: list[tuple[str, list[str], int]], top: int, rate: float, cpu: float | None = None) -> str:
    """The report; seconds are samples / rate, or, given the command's measured CPU time, its shares of it."""
    total = sum(count for _, _, count in samples) or 1
    if cpu:
        rate = total / cpu  # on a busy machine py-spy also samples time spent waiting for a core
    processes: Counter = Counter()
    grid: Counter = Counter()
    phases: Counter = Counter()
    libraries: Counter = Counter()
    inclusive: Counter = Counter()
    own: Counter = Counter()
    for process, frames, count in samples:
        processes[process] += count
        phase = _first(PHASES, frames) or "other"
        library = library_of(frames)
        phases[phase] += count
        libraries[library] += count
        grid[phase, library] += count
        for frame in {short(f) for f in frames}:
            inclusive[frame] += count
        if frames:
            own[short(frames[-1])] += count

    def pct(n: int) -> str:
        return f"{100 * n / total:5.1f} %"

    def secs(n: int) -> str:
        return f"{n / rate:6.1f} s" if rate else ""

    seconds = f"scaled to {cpu:.0f} s of measured CPU" if cpu else f"{total / rate:.0f} s of busy time at {rate:g} Hz"
    out = [f"{total} samples ({seconds}) in {len(processes)} processes:"]
    out += [f"  process {pid}: {pct(n)}" for pid, n in processes.most_common()]
    out.append("\nby phase, and what ran inside it (share of all samples; seconds at the sampling rate):")
    for phase, n in phases.most_common():
        out.append(f"  {pct(n)} {secs(n)}  {phase}")
        for library in (lib for lib, _ in libraries.most_common()):
            m = grid[phase, library]
            if m >= total * 0.002:
                out.append(f"      {pct(m)} {secs(m)}  {library}")
    out.append("\nby library, all phases:")
    out += [f"  {pct(n)} {secs(n)}  {name}" for name, n in libraries.most_common()]
    out.append(f"\ntop {top} functions, inclusive:")
    out += [f"  {pct(n)}  {name}" for name, n in inclusive.most_common(top)]
    out.append(f"\ntop {top} functions, self:")
    out += [f"  {pct(n)}  {name}" for name, n in own.most_common(top)]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.profile_summary", description=__doc__.split("\n\n")[0])
    p.add_argument("folded", type=Path, help="py-spy record -f raw output (with --full-filenames)")
    p.add_argument("--rate", type=float, default=50, help="py-spy's sampling rate, -r (default: %(default)s)")
    p.add_argument("--cpu", type=float, help="the command's CPU seconds measured without the profiler (make bench)")
    p.add_argument("--top", type=int, default=30)
    args = p.parse_args(argv)
    print(summarise(read_folded(args.folded), args.top, args.rate, args.cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
