"""One pass over the debtors: each one's statement page, letters of the day and staff dossier page.

Everything these files say comes from that debtor's assessed claim. So the
pass takes the debtors slice by slice, in worker processes when there are
many (forked: they inherit the claims, nothing is pickled to them), and for
each debtor makes the statement view once, writes the public page from it,
the day's letters (which take their QR code from the view) and the staff
dossier page. A worker sends back only counts and CPU seconds: no view, no
rendered file and no what-if the claim answered for them (Claim.answer)
outlives its debtor, so memory does not grow with the ledger beyond the
claims themselves. Which letters are due and where they
go is known beforehand (day_letters); the print file joins the posted ones
in debtor order, beside the pass as soon as they are written (the pass writes
the debtors with a letter to post first), else after it (PrintQueue).

The overview and the exports are written in this process, beside the pass
(in a thread, while the workers write) for a ledger of up to
STAFF_BESIDE_PASS_UP_TO debtors, after it for a larger one. Beside the pass
they cost no wall time of their own, but memory: this process then reads
every claim while the workers still share its memory, and CPython writes
reference counts into the objects it reads, so each page of memory that
holds a claim is copied once more (about 9 kB a debtor: 90 MB at 10,000,
0.9 GB at 100,000, which would take 100,000 debtors past 2 GB; in a worker
of their own they cost 2.5 GB at 100,000 instead of 1.7, BENCHMARKS.md).

With nothing beside the pass, its workers end every ROUND debtors and fresh
ones are forked for the next: a worker copies each page of this process that
it reads (CPython writes reference counts into the objects it reads, and
its own objects fill the holes freed ones left), so workers that lived
through the whole pass ended holding a copy of most of this process: 2.6 GB
in all at 100,000 debtors, 1.1 of it this process's; fresh ones copy only
what their own round reads (BENCHMARKS.md, session 58). Not beside the staff files' thread:
a fork while a thread runs would copy whatever lock it holds, held.

The output is the same bytes whatever the number of workers: each file
depends on its debtor only, and the print file is joined in debtor order.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pelican.generators import Generator

from incasso.claims.dossier_notes import NOTES_ASKED
from incasso.clock import DEBTOR_PASS
from incasso.contact import tel_link
from incasso.ledger.collector import collected_once, records_kept
from incasso.letters.due import confirmed_days, first_seen_days, letters_after, unwritten_days, waits_carried
from incasso.letters.outlook import claim_as_sent
from incasso.processes import result_of, safe_point, thread_beside, until_called_off, worker_pool
from incasso.staff.language import speaking
from incasso.staff.overview import DOSSIER_DIR, personal_link
from incasso.staff.view import named_only, payment_returned, possibly_paid, staff_book
from incasso.statement.labels import LABELS
from incasso.statement.view import statement_view

from .checks import return_address_dropped
from .desktop import clear
from .letters.generator import (
    FOLDER,
    LetterWriter,
    PrintBatch,
    PrintFile,
    RenderContext,
    day_letters,
    print_files,
    to_print,
)
from .letters.mail import MESSAGE
from .letters.texts import LetterTexts
from .publish import PRIVATE_FOLDER
from .settings import Build, current_build
from .staff import STAFF_FILES, DossierPages, StaffDone, check_apart, staff_assets, write_staff_files
from .statements import Messages, StatementPages, dutch_marked, email_breakable, money_figure, spans_marked
from .templating import load_parts, quick_templates
from .versions import theme_files
from .workers import worker_count

PARALLEL_FROM = 64  # debtors; below this, starting worker processes costs more than it saves
# Debtors up to which the overview and exports are written beside the pass: one more copy of the
# claims' memory (about 9 kB a debtor) buys their wall time (BENCHMARKS.md).
STAFF_BESIDE_PASS_UP_TO = 25_000
SLICE = 48  # debtors a worker takes at a time: small enough to share the work evenly and show progress
# Debtors the workers write before they end and fresh ones are forked, when nothing runs beside the pass: each
# round's workers copy only what they read; forking them and their first pages cost 0.3 to 0.7 s of CPU a round
# (20 rounds at 100,000 debtors: 1.5 to 3 % of the build's CPU; BENCHMARKS.md, session 58).
ROUND = 5_000

R = TypeVar("R")

# The parts of the work per debtor, as the build's summary names their CPU time (with the staff's).
VIEWS, PAGES, LETTERS, DOSSIERS = "statement views", "statement pages", "letters", "dossier pages"
PRINT = "print file"  # joined in this process, beside the pass or after it (PrintQueue)


@dataclass
class SliceDone:
    """What a slice of debtors left that the rest of the build needs: counts, the CPU per part."""

    debtors: int = 0
    pages: int = 0
    cpu: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class DebtorWork:
    """Everything the pass needs to write a debtor's files; inherited by the worker processes."""

    build: Build
    order: tuple[int, ...]  # indexes into build.claims, by debtor id
    # The same, in the order the pass writes them: the debtors with a letter to post first, so that the
    # print file can be joined while the others are written (PrintQueue); the largest work first, too.
    written: tuple[int, ...]
    pages: StatementPages
    letters: LetterWriter
    dossiers: DossierPages
    internal: Path

    def load_templates(self) -> None:
        """Compile the templates of the pages, the dossiers and (on a day with letters) the e-mails, with every
        template they use, in this process: the workers forked after it find them compiled. Else each worker
        compiled the same ten, 80 ms, at its first page, letter and dossier (BENCHMARKS.md, session 48)."""
        load_parts(self.pages.template)
        load_parts(self.dossiers.template)
        if self.build.letters:
            for part in MESSAGE:
                load_parts(self.letters.mail.get_template(part))

    def write_slice(self, start: int, stop: int) -> SliceDone:
        """Write the files of the debtors written[start:stop]."""
        done = SliceDone(cpu=dict.fromkeys((VIEWS, PAGES, LETTERS, DOSSIERS), 0.0))
        for index in self.written[start:stop]:
            self._write_debtor(index, done)
        return done

    def _write_debtor(self, index: int, done: SliceDone) -> None:
        build, cpu, clock = self.build, done.cpu, time.process_time
        claim = build.claims[index]
        assert build.book is not None  # made before the pass (DebtorGenerator._work)
        row = build.book.rows[index]
        start = clock()
        day = build.letters.get(row.id, ())
        # A link: a public page; on the day of a reminder or dunning letter, with that letter's date, unless the
        # letter is held out of the print file (a look or a contact first): the page must not say it was sent, and a
        # held final notice comes soon, not now.
        held = any(letter.held_first for letter in day)
        shown = claim if held else claim_as_sent(build.ledger, claim)
        view = statement_view(shown, build.ledger, held=held) if row.link else None
        views = clock()
        if view is not None:
            self.pages.write(build.path(claim), view)
            done.pages += 1
        pages = clock()
        if day:
            public_url = build.settings["PUBLIC_URL"]
            link = personal_link(public_url, build.path(claim)) if public_url else None
            self.letters.write(claim, link, view.pay if view else None)
        letters = clock()
        self.dossiers.write(row, day)
        # Its files are written: of its what-ifs only the notes are asked again (the log's, found after the pass
        # when the debtors are written in this process), and none other outlives them.
        claim.forget_answers(but=NOTES_ASKED)
        cpu[VIEWS] += views - start
        cpu[PAGES] += pages - views
        cpu[LETTERS] += letters - pages
        cpu[DOSSIERS] += clock() - letters
        done.debtors += 1


_work: DebtorWork | None = None  # the pass's work, in each worker process


def _set_work(work: DebtorWork) -> None:
    global _work
    _work = work


def _write_slice(bounds: tuple[int, int]) -> SliceDone:
    assert _work is not None  # _set_work ran in this process
    return _work.write_slice(*bounds)


def run_pass(
    work: DebtorWork, beside: tuple[str, Callable[[], R]] | None = None, told: PrintQueue | None = None
) -> R | None:
    """Write every debtor's files, in worker processes when there are many.

    `beside`: a phase's name and its work, run in this process while the workers write; its result
    is returned. None when the debtors were written in this process: then nothing ran beside.
    `told`: the print file's queue, told how many debtors are written as the slices come back, and
    when the pass has ended (whichever way: then nothing beside waits for it any longer; failed or stopped,
    nothing more is joined).
    """
    build, total = work.build, len(work.order)
    slices = [(start, min(start + SLICE, total)) for start in range(0, total, SLICE)]
    workers = worker_count()
    if total < PARALLEL_FROM or workers < 2:
        build.clock.workers = 0
        _set_work(work)
        _count(work, map(_write_slice, slices))
        return None
    build.clock.workers = workers
    work.load_templates()
    if beside is None:
        written = 0
        for part in rounds(slices):
            with worker_pool(workers, _set_work, (work,)) as pool:
                results = in_turn(deque(pool.submit(_write_slice, bounds) for bounds in part))
                written = _count(work, results, done=written)
        return None
    with worker_pool(workers, _set_work, (work,)) as pool:
        # Every slice handed out; a fork pool starts all its workers at the first (Python 3.11+), so
        # none is forked once the thread below runs.
        results = in_turn(deque(pool.submit(_write_slice, bounds) for bounds in slices))
        # In a thread: this one counts the slices as they come back and moves the progress bar.
        name, task = beside
        build.clock.beside_pass = name
        # The thread has ended when the pass does, however it ends (the build may delete its folder next). A
        # failed pass, or a Ctrl-C while the thread works: it ends the file at hand, and joins no print file more.
        failed = partial(told.ended, whole=False) if told is not None else None
        with thread_beside(task, name, failed) as done:
            _count(work, results, told)
            if told is not None:
                told.ended()
            return result_of(done)  # not done.result(): a stop that lands as that wait starts waits for its end


def in_turn(pending: deque[Future[SliceDone]]) -> Iterator[SliceDone]:
    """The slices' results in the order handed out, each let go once counted. Not `pool.map`: stopped, its
    iterator cancels the slices still queued from this thread, while a stop ends the workers too (sent to the whole
    process group: `timeout`, Ctrl-C at a terminal; or passed on by the pool's end), and Python 3.11's pool then sets
    an error on each queued slice, a cancelled one among them: "Exception in thread ... InvalidStateError:
    CANCELLED", a traceback in the cron mail. What is queued is cancelled by the pool's own thread instead, at its
    shutdown (incasso.processes.worker_pool), which drops it from what it would set an error on."""
    while pending:
        yield pending.popleft().result()


def rounds(slices: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The slices in runs of about ROUND debtors, each written by workers of its own."""
    per = max(1, ROUND // SLICE)
    return [slices[start : start + per] for start in range(0, len(slices), per)]


def _count(work: DebtorWork, results: Iterable[SliceDone], told: PrintQueue | None = None, done: int = 0) -> int:
    """Count the slices as they are done, in order, after the `done` debtors already written, for the progress
    shown and the CPU summary; the debtors written then."""
    build = work.build
    for result in results:
        done += result.debtors
        build.clock.add_cpu(result.cpu)
        build.clock.advance(done, len(work.order))
        if told is not None:
            told.written(done)
    return done


class PrintQueue:
    """The day's print files, each joined from the posted letters' PDFs the pass wrote, in debtor order,
    one file at a time, so that only one batch of letters is held (PRINT_BATCH).

    Beside the pass (in the staff files' thread, after them), a file is joined as soon as the pass has
    written every letter it holds: the pass writes the debtors with a letter to post first (`written`),
    so on a night of many letters most of the joining is done while the workers write the others, and
    no core waits for it after the pass (BENCHMARKS.md, session 43). The joining library holds about
    57 kB per letter until its file is written, one batch (28 MB) beside the workers' memory: only for
    a ledger whose staff files are written beside the pass; a larger one joins them after it.
    """

    def __init__(self, work: DebtorWork) -> None:
        build, position = work.build, {index: at for at, index in enumerate(work.written)}
        posted = [
            (work.internal / pdf, position[index], letter.written_again)
            for index in work.order
            for letter in build.letters.get(build.claims[index].debtor.id, ())
            if (pdf := to_print(letter))
        ]
        self.work = work
        # Each file with its letters, and how many debtors the pass must have written for them all.
        self.waiting = deque(
            (batch, [pdf for pdf, _, _ in letters], 1 + max(at for _, at, _ in letters))
            for batch in build.print_files
            if (letters := posted[batch.first - 1 : batch.last])
        )
        # Per file, how many of its letters no later build writes again: its title says so on a day without post
        # (letters.generator.print_title).
        self.once = {
            batch.path: sum(1 for _, _, again in posted[batch.first - 1 : batch.last] if not again)
            for batch in build.print_files
        }
        self._written, self._ended, self._failed = 0, False, False
        self._change = threading.Condition()

    def written(self, debtors: int) -> None:
        """The pass has written its first `debtors` debtors (in `written`'s order)."""
        with self._change:
            self._written = debtors
            self._change.notify_all()

    def ended(self, *, whole: bool = True) -> None:
        """The pass has ended, or failed or was stopped (not `whole`): no file waits for it any longer. A failed
        build is thrown away, so none is joined beside it after that, not even one whose letters were written."""
        with self._change:
            self._ended, self._failed = True, not whole
            self._change.notify_all()

    def join(self, *, beside: bool) -> dict[str, float]:
        """Join the files waiting, in order; `beside` the pass, each once its letters are written (and none
        once the pass has ended without writing them). The CPU seconds of this thread it took."""
        start = time.thread_time()
        while self.waiting:
            batch, letters, needed = self.waiting[0]
            if beside:
                with self._change:
                    self._change.wait_for(lambda: self._written >= needed or self._ended)  # noqa: B023 (waited for here)
                    if self._written < needed or self._failed:
                        break
            safe_point()  # a stop ends the joining between two files, beside the pass
            self.waiting.popleft()
            self._join(batch, letters)
        return {PRINT: time.thread_time() - start}

    def _join(self, batch: PrintBatch, letters: list[Path]) -> None:
        build = self.work.build
        with collected_once():
            printed = PrintFile(batch, build.as_of, build.ledger.creditor.name, self.once[batch.path])
            for letter in letters:
                printed.add(letter)
            (self.work.internal / batch.path).write_bytes(printed.data())
            del printed  # its cycles go in the one collection at the end of the batch


def _staff_files(work: DebtorWork, theme: str, printing: PrintQueue | None = None) -> StaffDone:
    """The staff files, then what else the build has done with them (the ledger cache, the log's notes);
    beside the pass, then the print files as their letters are written (`printing`)."""
    build, internal = work.build, work.internal
    with collected_once():
        staff = write_staff_files(build, theme, internal, work.dossiers.env)
    for name, task in until_called_off(build.internal_extra):
        start = time.thread_time()
        task(internal)
        staff.cpu[name] = time.thread_time() - start
    if printing is not None:
        staff.cpu.update(printing.join(beside=True))
    return staff


THEME_STATIC = "static"  # the theme's files Pelican copies to the public output's theme/ (THEME_STATIC_PATHS)


class DebtorGenerator(Generator):
    """The pass over the debtors, as Pelican's only generator of this plugin: the public statement
    pages, and with them the day's letters and the staff dossier pages; then the print file, the
    overview and the exports (internal output only)."""

    build: Build

    def generate_context(self) -> None:
        self.build = current_build(self.settings)
        # Read now, so that a missing text stops the build before any file is written.
        self.messages = Messages(Path(self.settings["PATH"]) / "messages")
        self.texts = LetterTexts(Path(self.settings["PATH"]) / "letters")
        # The creditor's public identity and the fixed words, for every page's header and footer.
        self.context["CREDITOR"] = self.build.ledger.creditor
        self.context["INCASSO_LABELS"] = LABELS
        self.context["INCASSO_DUTCH"] = dutch_marked
        self.context["INCASSO_TEL"] = tel_link  # the front page's phone link, dialled as the statement pages'
        self.context["INCASSO_MONEY"] = money_figure  # the amount to pay, its figure kept on one line
        self.context["INCASSO_MARK"] = spans_marked  # a reference or phone number kept whole, Dutch marked
        self.context["INCASSO_EMAIL"] = email_breakable  # an e-mail address broken only after "@" or "."
        # The missing page is served at any depth: its stylesheet is found from the site's root, which is the
        # path of the public address ("/betalen" of https://x.example.nl/betalen/), or the host's root.
        self.context["INCASSO_SITE_PATH"] = urlsplit(self.build.settings["PUBLIC_URL"] or "").path.rstrip("/")
        # The theme's style sheet and scripts as the public pages name them: a phone keeps no old style.
        self.context["INCASSO_THEME_FILES"] = theme_files(Path(self.theme) / THEME_STATIC)

    def generate_output(self, writer: Any) -> None:
        # The staff's words and formats for this build only: set before the pass forks its workers (they
        # inherit it), put back after (incasso.staff.language says why a switch and not a parameter).
        with speaking(self.build.staff_language):
            self._generate_output()

    def _generate_output(self) -> None:
        build = self.build
        internal, public = Path(build.settings["INTERNAL_OUTPUT"]).resolve(), Path(self.output_path).resolve()
        check_apart(internal, public)
        work = self._work(build, internal, public)
        printing = PrintQueue(work)
        beside = None
        if len(build.claims) <= STAFF_BESIDE_PASS_UP_TO:
            beside = (STAFF_FILES, partial(_staff_files, work, self.theme, printing))
        with build.clock.phase(DEBTOR_PASS):
            staff = run_pass(work, beside, printing)
        if printing.waiting:  # after the pass: nothing ran beside it, or a ledger too large for that
            with build.clock.phase(PRINT):
                build.clock.add_cpu(printing.join(beside=False))
        if staff is None:
            with build.clock.phase(STAFF_FILES):
                staff = _staff_files(work, self.theme)
        build.changes = staff.changes
        build.clock.add_cpu(staff.cpu)

    def _work(self, build: Build, internal: Path, public: Path) -> DebtorWork:
        creditor = build.ledger.creditor
        claims = build.claims
        # Every claim's row for the staff pages: its flags, and its link ("" when statement_visible says
        # the debtor has no public page; the pass writes a page where there is a link).
        with records_kept():
            build.book = staff_book(
                claims,
                creditor,
                build.as_of,
                build.settings["PUBLIC_URL"],
                build.path,
                bank=build.bank,
                confirmed=confirmed_days(claims, build.seen),
                first_seen=first_seen_days(claims, build.seen),
                unwritten=unwritten_days(claims, build.seen),
                followed=letters_after(claims, build.seen),
                carried=waits_carried(claims, build.seen),
                demo=build.demo,
                drawn=return_address_dropped(claims, creditor),
                assets=staff_assets(self.theme),
            )
            # The day's letters and their files, known before any is written: the overview lists them
            # while the workers write them.
            ledger, seen, paid, named = build.ledger, build.seen, possibly_paid(build.book), named_only(build.book)
            returned = payment_returned(build.book)
            build.letters = {
                c.debtor.id: letters
                for c in claims
                if (
                    letters := day_letters(
                        ledger, c, seen, c.debtor.id in paid, c.debtor.id in named, c.debtor.id in returned
                    )
                )
            }
        posted = sum(1 for letters in build.letters.values() for letter in letters if to_print(letter))
        build.print_files = print_files(build.as_of, posted)
        # Files of an earlier day or of a debtor no longer in the ledger must not linger (Pelican run
        # by hand writes here in place; `incasso build` always starts from an empty folder).
        for folder in (DOSSIER_DIR, FOLDER):
            clear(internal / folder)  # but a desktop's files (desktop.py): kept where they are
            (internal / folder).mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        context = dict(self.context, demo=build.demo)
        # Pelican makes an environment per run (`pelican -r` too): within one, no template changes,
        # so an include need not stat() its file on every page.
        self.env.auto_reload = False
        quick_templates(self.env)
        order = tuple(sorted(range(len(claims)), key=lambda i: claims[i].debtor.id))
        posting = {i for i in order if any(to_print(letter) for letter in build.letters.get(claims[i].debtor.id, ()))}
        return DebtorWork(
            build,
            order,
            tuple(i for i in order if i in posting) + tuple(i for i in order if i not in posting),
            StatementPages(self.get_template(StatementPages.TEMPLATE), context, self.messages, public),
            LetterWriter(
                RenderContext(build.ledger, self.texts, self.theme, build.demo), internal / FOLDER, build.seen
            ),
            DossierPages(self.theme, build.book, internal),
            internal,
        )
