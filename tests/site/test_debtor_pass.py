"""The pass over the debtors writes the same bytes however it is split: one process or worker
processes, small slices or large ones. Real builds, every file of both outputs compared."""

from __future__ import annotations

import gc
import os
import signal

import pytest
from jinja2 import Environment

import pelican.plugins.incasso.debtors as debtors
from incasso.claims.dossier_notes import NOTES_ASKED
from incasso.letters.due import LETTER_KINDS
from tests.support.letters import AS_OF as LETTERS_AS_OF
from tests.support.letters import LETTERS_LEDGER
from tests.support.site import AS_OF, DEMO_LEDGER, build_site


def _files(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _pass_in_workers(
    monkeypatch,
    *,
    workers: int = 2,
    staff_beside: bool = True,
    slice_size: int | None = None,
    round_size: int | None = None,
) -> None:
    """The pass in `workers` processes even for a fixture's few debtors, the staff files beside it (or after);
    after it, fresh workers every `round_size` debtors."""
    monkeypatch.setattr(debtors, "worker_count", lambda: workers)
    monkeypatch.setattr(debtors, "STAFF_BESIDE_PASS_UP_TO", 10**6 if staff_beside else 0)
    monkeypatch.setattr(debtors, "PARALLEL_FROM", 1)
    if slice_size is not None:
        monkeypatch.setattr(debtors, "SLICE", slice_size)
    if round_size is not None:
        monkeypatch.setattr(debtors, "ROUND", round_size)


def _build(
    tmp_path,
    monkeypatch,
    ledger,
    as_of,
    *,
    workers: int,
    slice_size: int,
    staff_beside: bool = True,
    round_size: int | None = None,
) -> tuple[dict, dict]:
    _pass_in_workers(
        monkeypatch, workers=workers, staff_beside=staff_beside, slice_size=slice_size, round_size=round_size
    )
    site = build_site(tmp_path, ledger=ledger, as_of=as_of)
    assert site.exit_code == 0
    return _files(site.output), _files(site.internal)


@pytest.mark.parametrize(
    "ledger, as_of", [(DEMO_LEDGER, AS_OF), (LETTERS_LEDGER, LETTERS_AS_OF)], ids=["demo", "letters"]
)
def test_one_process_and_two_workers_write_the_same_bytes(tmp_path, monkeypatch, ledger, as_of):
    """Both write pages, dossiers, letters and a print file on their date; the letters fixture every kind.
    The staff files are the same whether written beside the pass (a small ledger) or after it (a large one)."""
    serial = _build(tmp_path / "one", monkeypatch, ledger, as_of, workers=1, slice_size=48)
    parallel = _build(tmp_path / "two", monkeypatch, ledger, as_of, workers=2, slice_size=1)
    uneven = _build(tmp_path / "three", monkeypatch, ledger, as_of, workers=3, slice_size=5)
    after = _build(tmp_path / "after", monkeypatch, ledger, as_of, workers=2, slice_size=3, staff_beside=False)
    rounds = _build(
        tmp_path / "rounds", monkeypatch, ledger, as_of, workers=2, slice_size=1, staff_beside=False, round_size=3
    )
    public, internal = serial
    assert any(name.startswith("s/") for name in public)
    assert any(name.startswith("d/") for name in internal)
    assert any(name.startswith("letters/print-") for name in internal)  # both post letters on their day
    for other in (parallel, uneven, after, rounds):
        assert other[0].keys() == public.keys() and other[1].keys() == internal.keys()
        assert [name for name in public if other[0][name] != public[name]] == []
        assert [name for name in internal if other[1][name] != internal[name]] == []


@pytest.mark.parametrize("staff_beside", [True, False], ids=["staff files beside the pass", "after it"])
def test_after_the_pass_fresh_workers_write_each_round_of_debtors(tmp_path, monkeypatch, staff_beside):
    """With the staff files after the pass, each ROUND of debtors is written by workers forked for it, whose
    copies of the build's memory end with them; beside the staff files' thread one set of workers writes all (a
    fork while a thread runs would copy whatever lock it holds). Every debtor is written once either way."""
    forks = []
    real_pool, real_slice = debtors.worker_pool, debtors.DebtorWork.write_slice

    def counted_pool(*args, **kwargs):
        forks.append(args)
        return real_pool(*args, **kwargs)

    def writing(work, start, stop):
        done = real_slice(work, start, stop)
        (tmp_path / f"slice-{start}-{os.getpid()}").write_text(",".join(map(str, work.written[start:stop])))
        return done

    monkeypatch.setattr(debtors, "worker_pool", counted_pool)
    monkeypatch.setattr(debtors.DebtorWork, "write_slice", writing)
    _build(
        tmp_path / "site",
        monkeypatch,
        DEMO_LEDGER,
        AS_OF,
        workers=2,
        slice_size=2,
        staff_beside=staff_beside,
        round_size=4,
    )
    written = [int(i) for path in tmp_path.glob("slice-*") for i in path.read_text().split(",")]
    debtors_in_ledger = len(list((DEMO_LEDGER / "debtors").glob("*.yaml")))
    assert sorted(written) == list(range(debtors_in_ledger))
    pids = {path.name.split("-")[2] for path in tmp_path.glob("slice-*")}
    slices = -(-debtors_in_ledger // 2)
    if staff_beside:
        assert len(forks) == 1 and len(pids) <= 2
    else:  # two slices of two debtors a round
        assert len(forks) == -(-slices // 2) > 2
        assert len(pids) > 2


@pytest.fixture
def collector_as_found():
    """The collector on and nothing frozen before the build (as a fresh process has it), and so after
    the test whatever it asserted."""
    assert gc.isenabled() and gc.get_freeze_count() == 0
    yield
    gc.enable()
    gc.unfreeze()


@pytest.mark.parametrize("workers", [1, 2], ids=["one process", "two workers"])
def test_a_build_leaves_the_collector_as_it_found_it(tmp_path, monkeypatch, collector_as_found, workers):
    """The build freezes the records it keeps to its end and keeps the collector off through the
    staff files and each print-file batch (incasso.ledger.collector); a process that goes on after it
    (a test session) gets both back: by the build's own hold, with workers or without."""
    _build(tmp_path, monkeypatch, LETTERS_LEDGER, LETTERS_AS_OF, workers=workers, slice_size=5)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_build_that_fails_half_way_leaves_the_collector_as_it_found_it(tmp_path, monkeypatch, collector_as_found):
    """The records are frozen once read and assessed; a failure after that hands them back too."""

    def broken(*args, **kwargs):
        raise RuntimeError("a staff row that cannot be made")

    monkeypatch.setattr(debtors, "staff_book", broken)
    monkeypatch.setattr(debtors, "worker_count", lambda: 1)
    site = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF)
    assert site.exit_code != 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("staff_beside", [True, False], ids=["staff files beside the pass", "after it"])
def test_the_book_the_staff_files_and_the_print_file_are_made_with_the_records_frozen(
    tmp_path, monkeypatch, collector_as_found, staff_beside
):
    """No collection walks the ledger while they run: the collector is off and the records read and
    assessed are frozen, before the pass and after it (BENCHMARKS.md)."""
    seen: dict[str, tuple[bool, bool]] = {}

    def spying(name, real):
        def call(*args, **kwargs):
            seen.setdefault(name, (gc.isenabled(), gc.get_freeze_count() > 0))
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(debtors, "staff_book", spying("book", debtors.staff_book))
    monkeypatch.setattr(debtors, "write_staff_files", spying("staff files", debtors.write_staff_files))
    monkeypatch.setattr(debtors.PrintFile, "add", spying("print file", debtors.PrintFile.add))
    _build(tmp_path, monkeypatch, LETTERS_LEDGER, LETTERS_AS_OF, workers=2, slice_size=5, staff_beside=staff_beside)
    assert seen == dict.fromkeys(("book", "staff files", "print file"), (False, True))


def _posted(internal: dict[str, bytes], printed: list[str]) -> list[str]:
    """The posted letters' files in print order: by debtor id, then in the order a dossier meets them."""
    letters = [n for n in internal if n.startswith("letters/") and n.endswith(".pdf") and n not in printed]
    kind = {name: next(k for k in LETTER_KINDS if name.endswith(f"-{k}.pdf")) for name in letters}
    return sorted(letters, key=lambda n: (n[len("letters/") : -len(f"-{kind[n]}.pdf")], LETTER_KINDS.index(kind[n])))


def test_the_print_file_holds_the_posted_letters_in_debtor_order(tmp_path, monkeypatch):
    from pypdf import PdfReader

    _, internal = _build(tmp_path, monkeypatch, LETTERS_LEDGER, LETTERS_AS_OF, workers=2, slice_size=1)
    (printed,) = [name for name in internal if name.startswith("letters/print-")]
    letters = [name for name in internal if name.startswith("letters/") and name.endswith(".pdf") and name != printed]
    # By debtor id, then in the order a dossier meets the letters (letters/<id>-<kind>.pdf).
    kind = {name: next(k for k in LETTER_KINDS if name.endswith(f"-{k}.pdf")) for name in letters}
    posted = sorted(letters, key=lambda n: (n[len("letters/") : -len(f"-{kind[n]}.pdf")], LETTER_KINDS.index(kind[n])))
    assert len(posted) > 1, "the letters fixture posts letters"
    pages = [page.extract_text() for page in PdfReader(tmp_path / "internal" / printed).pages]
    expected = [page.extract_text() for name in posted for page in PdfReader(tmp_path / "internal" / name).pages]
    assert pages == expected


def test_a_large_day_prints_in_parts_of_a_batch_each_linked_from_the_overview(tmp_path, monkeypatch):
    """Above PRINT_BATCH posted letters the day is printed in parts (here batches of 2): together they hold
    every posted letter once, in print order, and the overview links each part."""
    from lxml import html
    from pypdf import PdfReader

    import pelican.plugins.incasso.letters.generator as generator

    monkeypatch.setattr(generator, "PRINT_BATCH", 2)
    _, internal = _build(tmp_path, monkeypatch, LETTERS_LEDGER, LETTERS_AS_OF, workers=2, slice_size=1)
    printed = sorted(name for name in internal if name.startswith("letters/print-"))
    posted = _posted(internal, printed)
    parts = -(-len(posted) // 2)
    width = len(str(parts))
    day = LETTERS_AS_OF.isoformat()
    assert parts > 1 and printed == [f"letters/print-{day}-{n:0{width}d}.pdf" for n in range(1, parts + 1)]
    root = tmp_path / "internal"
    pages = [page.extract_text() for name in printed for page in PdfReader(root / name).pages]
    assert pages == [page.extract_text() for name in posted for page in PdfReader(root / name).pages]
    overview = html.fromstring(internal["index.html"])
    links = [(a.get("href"), a.text_content()) for a in overview.xpath("//a[@class='letters-print']")]
    assert [href for href, _ in links] == printed
    assert links[-1][1].startswith(f"Brieven voor de post, deel {parts} van {parts}: brief {2 * parts - 1}")


def test_no_claim_keeps_its_what_ifs_once_its_files_are_written(tmp_path, monkeypatch):
    """The page, the letters and the dossier of a debtor ask the claim's what-ifs once (Claim.answer): the claim as
    the day's letter leaves it, the plan completed ... Once its files are written the claim forgets them, so that
    memory does not grow with the ledger beyond the claims themselves; only its notes stay, which the log asks for
    after the pass when the debtors are written in the build's own process."""
    asked_before, kept_after = [], []
    real = debtors.DebtorWork.write_slice

    def writing(work, start, stop):
        claims = [work.build.claims[index] for index in work.written[start:stop]]
        asked_before.extend(claim.debtor.id for claim in claims if claim.asked)  # the letters' check asked them
        done = real(work, start, stop)
        kept_after.extend(claim.debtor.id for claim in claims if any(q[:1] != (NOTES_ASKED,) for q in claim.asked))
        return done

    monkeypatch.setattr(debtors.DebtorWork, "write_slice", writing)
    _build(tmp_path, monkeypatch, LETTERS_LEDGER, LETTERS_AS_OF, workers=1, slice_size=5)
    assert asked_before and kept_after == []


def test_the_logs_notes_are_found_beside_the_pass_and_said_as_before(tmp_path, monkeypatch, capsys):
    """The notes the log gives (the ledger's, the claims', the set-asides') need no page written: they are
    found in the staff thread while the workers write (no core waits for them), and said in the same order
    as when the debtors are written in this process and they are found after the pass."""
    import threading

    import pelican.plugins.incasso.build as build

    found_in: list[bool] = []
    notices = build._ledger_notices

    def watched(*args):
        found_in.append(threading.current_thread() is threading.main_thread())
        return notices(*args)

    monkeypatch.setattr(build, "_ledger_notices", watched)
    said = {}
    for workers in (1, 2):
        _build(tmp_path / str(workers), monkeypatch, DEMO_LEDGER, AS_OF, workers=workers, slice_size=3)
        said[workers] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("note: ")]
    assert found_in == [True, False]  # in this process's thread after the pass; beside it with workers
    assert said[1] and said[2] == said[1]


def test_the_print_files_are_joined_beside_the_pass_each_once_its_letters_are_written(tmp_path, monkeypatch):
    """The pass writes the debtors with a letter to post first; beside it (in the staff files' thread), each
    print file is joined as soon as the pass has written every letter it holds, not after the pass, with the
    same bytes (test_one_process_and_two_workers_write_the_same_bytes compares them with a pass in one process)."""
    import threading

    import pelican.plugins.incasso.letters.generator as generator

    monkeypatch.setattr(generator, "PRINT_BATCH", 2)
    joined, passes = [], []
    first_joined = threading.Event()
    real_join, real_count, real_written = debtors.PrintQueue._join, debtors._count, debtors.PrintQueue.written

    def joining(queue, batch, letters):
        written = queue._written
        assert all(pdf.is_file() for pdf in letters)  # every letter written before its file is joined
        joined.append((batch.path, threading.current_thread() is threading.main_thread(), written))
        first_joined.set()
        return real_join(queue, batch, letters)

    def telling(queue, debtors_written):
        # On a slow machine the staff thread may still be writing the staff files when the last debtor is
        # written: the pass is held before telling it, so that a file joined as soon as its letters are
        # written is joined before it. A queue that waited for the whole pass would wait out the minute.
        if debtors_written == len(queue.work.order):
            first_joined.wait(timeout=60)
        return real_written(queue, debtors_written)

    def counting(work, results, told=None):
        letters = work.build.letters
        posting = [
            i for i in work.order if any(debtors.to_print(x) for x in letters.get(work.build.claims[i].debtor.id, ()))
        ]
        passes.append((len(work.order), list(work.written[: len(posting)]) == posting))
        return real_count(work, results, told)

    monkeypatch.setattr(debtors.PrintQueue, "_join", joining)
    monkeypatch.setattr(debtors.PrintQueue, "written", telling)
    monkeypatch.setattr(debtors, "_count", counting)
    _build(tmp_path, monkeypatch, LETTERS_LEDGER, LETTERS_AS_OF, workers=2, slice_size=1)
    ((debtors_in_ledger, posting_first),) = passes
    assert posting_first  # the debtors with a letter to post are written first, in debtor order
    assert len(joined) > 1 and [path for path, _, _ in joined] == sorted(path for path, _, _ in joined)
    assert not any(in_main for _, in_main, _ in joined)  # beside the pass, in the staff files' thread
    assert joined[0][2] < debtors_in_ledger  # the first file joined before the pass had written every debtor


def test_a_failed_pass_leaves_no_print_file_waiting_beside_it(tmp_path, monkeypatch):
    """A worker that fails ends the pass: the staff files' thread, waiting for letters never written, stops
    waiting, and the build fails (rather than hanging)."""
    real = debtors.DebtorWork.write_slice

    def failing(work, start, stop):
        if start > 0:
            raise OSError("disk full")
        return real(work, start, stop)

    monkeypatch.setattr(debtors.DebtorWork, "write_slice", failing)
    _pass_in_workers(monkeypatch, slice_size=1)
    site = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF)
    assert site.exit_code != 0
    assert not (site.output.exists() and any(site.output.iterdir()))  # nothing published


def test_a_failed_pass_stops_the_joining_beside_it_at_once(tmp_path, monkeypatch):
    """A pass that failed (a worker's error, a Ctrl-C) is not waited on: the staff files' thread joins no print
    file more, not even those whose letters were written before the failure (the build is failing, its output
    is thrown away; each file joined was seconds more before the build could exit)."""
    import threading

    import pelican.plugins.incasso.letters.generator as generator

    monkeypatch.setattr(generator, "PRINT_BATCH", 1)
    real_write, real_staff = debtors.DebtorWork.write_slice, debtors.write_staff_files
    real_ended = debtors.PrintQueue.ended
    joined: list[str] = []
    failed, told = threading.Event(), []

    def failing(work, start, stop):
        if stop == len(work.written):  # the last debtor: every letter to post is written by now
            raise OSError("disk full")
        return real_write(work, start, stop)

    def ended(queue, *, whole=True):
        real_ended(queue, whole=whole)
        if not whole:
            failed.set()  # the staff files' thread is told the pass failed

    def staff_once_the_pass_failed(*args):
        # The pass has failed by the time the print files are due, however slowly the workers write: the thread
        # goes on once told so (a two-second sleep here once, which a pass on a loaded machine could outlast).
        # A thread never told still fails the test, after a minute.
        told.append(failed.wait(60))
        return real_staff(*args)

    monkeypatch.setattr(debtors.DebtorWork, "write_slice", failing)
    monkeypatch.setattr(debtors.PrintQueue, "ended", ended)
    monkeypatch.setattr(debtors, "write_staff_files", staff_once_the_pass_failed)
    monkeypatch.setattr(debtors.PrintQueue, "_join", lambda queue, batch, letters: joined.append(batch.path))
    _pass_in_workers(monkeypatch, slice_size=1)
    site = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF)
    assert site.exit_code != 0
    assert told == [True] and joined == []


def test_a_ctrl_c_while_the_print_files_are_joined_beside_the_pass_stops_them_after_the_file_at_hand(
    tmp_path, monkeypatch
):
    """Review s43: a Ctrl-C once the workers are done, while the staff files' thread joined the print files left,
    waited for every one of them (a night's backlog: dozens of files, seconds each) before the build exited;
    joined after the pass, in this thread, they stopped at once. Now the thread ends the file at hand, no more."""
    import threading

    import pelican.plugins.incasso.letters.generator as generator

    monkeypatch.setattr(generator, "PRINT_BATCH", 1)
    joined: list[str] = []
    joining, stopped = threading.Event(), threading.Event()
    real_ended = debtors.PrintQueue.ended

    def ended(queue, *, whole=True):
        real_ended(queue, whole=whole)
        if not whole:
            stopped.set()  # the staff files' thread is told the build was stopped

    def slow_join(queue, batch, letters):
        # The file at hand is joined until the Ctrl-C has reached the thread (a half-second sleep here once,
        # which a loaded machine's main thread could outlast): a thread never told joins on after a minute.
        joined.append(batch.path)
        joining.set()
        stopped.wait(60)

    real_result_of = debtors.result_of

    def interrupted(done):  # the operator's Ctrl-C, the workers done, once the first print file is being joined
        joining.wait(60)  # a guard against a hang
        signal.raise_signal(signal.SIGINT)
        return real_result_of(done)

    monkeypatch.setattr(debtors.PrintQueue, "_join", slow_join)
    monkeypatch.setattr(debtors.PrintQueue, "ended", ended)
    monkeypatch.setattr(debtors, "result_of", interrupted)
    _pass_in_workers(monkeypatch)
    queues: list[debtors.PrintQueue] = []
    real_queue = debtors.PrintQueue.__init__

    def queue(self, work):
        real_queue(self, work)
        queues.append(self)

    monkeypatch.setattr(debtors.PrintQueue, "__init__", queue)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C, as at a terminal
    try:
        with pytest.raises(KeyboardInterrupt):  # as the command's own handler receives it
            build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF)
    finally:
        signal.signal(signal.SIGINT, before)
    assert len(queues[0].waiting) + len(joined) > 2  # files enough that a wait for them all would show
    assert len(joined) == 1


def _staff_task_that_fails(*args, **kwargs):
    try:
        {}["overview"]
    except KeyError as missing:
        raise RuntimeError("a staff file that cannot be written") from missing


@pytest.mark.parametrize("staff_beside", [True, False], ids=["staff files beside the pass", "after it"])
def test_a_staff_task_that_raises_is_reported_with_where_it_came_from(tmp_path, monkeypatch, capsys, staff_beside):
    """Before, the build said only "error: RuntimeError: a staff file that cannot be written" (from the thread
    beside the pass, or after it): no file, no line, no cause. A developer needs the traceback, chain and all."""
    monkeypatch.setattr(debtors, "write_staff_files", _staff_task_that_fails)
    _pass_in_workers(monkeypatch, staff_beside=staff_beside)
    capsys.readouterr()
    site = build_site(tmp_path, ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF)
    err = capsys.readouterr().err
    assert site.exit_code == 1
    assert "Traceback (most recent call last):" in err
    assert f'File "{__file__}", line' in err and "in _staff_task_that_fails" in err
    assert "KeyError: 'overview'" in err  # the cause, chained
    assert "error: RuntimeError: a staff file that cannot be written" in err
    assert err.rstrip().endswith("the build failed; the previous output was left as it was.")


def test_the_workers_compile_no_template_the_pass_compiled_before_forking_them(tmp_path, monkeypatch):
    """The pages', the dossiers' and the e-mails' templates with their parts: each compiled once a build, not
    again in every worker at its first page, dossier and letter."""
    log, compile_ = tmp_path / "compiled", Environment.compile

    def logged(self, source, name=None, filename=None, raw=False, defer_init=False):
        with open(log, "a", encoding="utf-8") as compiled:  # from whichever process compiles it
            compiled.write(f"{os.getpid()} {name}\n")
        return compile_(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(Environment, "compile", logged)
    _pass_in_workers(monkeypatch, slice_size=1)
    assert build_site(tmp_path / "site", ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF).exit_code == 0
    compiled = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert {"partials/summary.html", "layout.html", "email.html"} <= {name for _, name in compiled}
    assert {pid for pid, _ in compiled} == {str(os.getpid())}


def test_the_slices_still_queued_when_a_pass_stops_are_left_to_the_pool_to_cancel():
    """`pool.map`'s iterator, closed by a stop, cancels the queued slices from this thread; with the workers
    killed by the same stop (a signal to the whole process group) Python 3.11's pool then sets an error on a
    cancelled one and prints a traceback (test_build_safety's process-group test). `in_turn` cancels nothing:
    the pool's shutdown does, in its own thread."""
    from collections import deque
    from concurrent.futures import Future

    slices = [Future() for _ in range(3)]
    slices[0].set_result("first slice")
    results = debtors.in_turn(deque(slices))
    assert next(results) == "first slice"
    results.close()  # as the stop's exception leaves `_count`
    assert [future.cancelled() for future in slices[1:]] == [False, False]
