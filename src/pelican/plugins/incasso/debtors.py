"""One pass over the debtors: each one's statement page, letters of the day and staff dossier page.

Everything these files say comes from that debtor's assessed claim. So the
pass takes the debtors slice by slice, in worker processes when there are
many (forked: they inherit the claims, nothing is pickled to them), and for
each debtor makes the statement view once, writes the public page from it,
the day's letters (which take their QR code from the view) and the staff
dossier page. A worker sends back only what the rest of the build needs: the
day's letters by debtor, the PDFs to print, counts and CPU seconds. No view
and no rendered file outlives its debtor, so memory does not grow with the
ledger beyond the claims themselves.

The output is the same bytes whatever the number of workers: each file
depends on its debtor only, and the print file is joined in debtor order.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from incasso.staff.overview import DOSSIER_DIR, personal_link
from incasso.staff.view import DayLetter, staff_book
from incasso.statement.labels import LABELS
from incasso.statement.view import statement_view

from .clock import DEBTOR_PASS
from .letters.generator import FOLDER, LetterWriter, RenderContext, combined_pdf, print_file
from .letters.texts import LetterTexts
from .publish import PRIVATE_FOLDER
from .settings import Build, current_build
from .staff import DossierPages, check_apart
from .statements import Messages, StatementPages
from .workers import in_workers, run_serially, worker_count

PARALLEL_FROM = 64  # debtors; below this, starting worker processes costs more than it saves
SLICE = 48  # debtors a worker takes at a time: small enough to share the work evenly and show progress

# The parts of the work per debtor, as the build's summary names their CPU time.
VIEWS, PAGES, LETTERS, DOSSIERS = "statement views", "statement pages", "letters", "dossier pages"


@dataclass(frozen=True)
class DebtorLetters:
    """The letters the pass wrote for one debtor: as the staff pages list them, and the PDFs to post."""

    debtor_id: str
    letters: tuple[DayLetter, ...]
    posted: tuple[str, ...]  # file names in letters/, in the print file's order


@dataclass
class SliceDone:
    """What a slice of debtors left that the rest of the build needs: small, whatever the slice wrote."""

    debtors: int = 0
    pages: int = 0
    letters: list[DebtorLetters] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class DebtorWork:
    """Everything the pass needs to write a debtor's files; inherited by the worker processes."""

    build: Build
    order: tuple[int, ...]  # indexes into build.claims, by debtor id
    pages: StatementPages
    letters: LetterWriter
    dossiers: DossierPages

    def write_slice(self, start: int, stop: int) -> SliceDone:
        """Write the files of the debtors order[start:stop]."""
        done = SliceDone(cpu=dict.fromkeys((VIEWS, PAGES, LETTERS, DOSSIERS), 0.0))
        for index in self.order[start:stop]:
            self._write_debtor(index, done)
        return done

    def _write_debtor(self, index: int, done: SliceDone) -> None:
        build, cpu, clock = self.build, done.cpu, time.process_time
        claim = build.claims[index]
        assert build.book is not None  # made before the pass (run_pass)
        row = build.book.rows[index]
        start = clock()
        view = statement_view(claim, build.ledger.creditor) if row.link else None  # a link: a public page
        views = clock()
        if view is not None:
            self.pages.write(build.path(claim), view)
            done.pages += 1
        pages = clock()
        link = personal_link(build.settings["PUBLIC_URL"], build.path(claim)) if build.settings["PUBLIC_URL"] else None
        day, posted = self.letters.write(claim, link, view.pay if view else None)
        if day:
            done.letters.append(DebtorLetters(claim.debtor.id, day, posted))
        letters = clock()
        self.dossiers.write(row, day)
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


def run_pass(work: DebtorWork) -> SliceDone:
    """Write every debtor's files; return what they left, the day's letters in debtor order."""
    build, total = work.build, len(work.order)
    slices = [(start, min(start + SLICE, total)) for start in range(0, total, SLICE)]
    workers = worker_count()
    parallel = total >= PARALLEL_FROM and workers > 1
    build.clock.workers = workers if parallel else 0
    results = (
        in_workers(_write_slice, slices, workers, _set_work, (work,))
        if parallel
        else run_serially(_write_slice, slices, _set_work, (work,))
    )
    done = SliceDone()
    for result in results:
        done.debtors += result.debtors
        done.pages += result.pages
        done.letters += result.letters
        build.clock.add_cpu(result.cpu)
        build.clock.advance(done.debtors, total)
    return done


class DebtorGenerator(Generator):
    """The pass over the debtors, as a Pelican generator: the public statement pages, and with them
    the day's letters and the staff dossier pages (internal output only). The staff overview and
    exports follow (StaffGenerator), from what the pass left."""

    build: Build

    def generate_context(self) -> None:
        self.build = current_build(self.settings)
        # Read now, so that a missing text stops the build before any file is written.
        self.messages = Messages(Path(self.settings["PATH"]) / "messages")
        self.texts = LetterTexts(Path(self.settings["PATH"]) / "letters")
        # The creditor's public identity and the fixed words, for every page's header and footer.
        self.context["CREDITOR"] = self.build.ledger.creditor
        self.context["INCASSO_LABELS"] = LABELS

    def generate_output(self, writer: Any) -> None:
        build = self.build
        internal, public = Path(build.settings["INTERNAL_OUTPUT"]).resolve(), Path(self.output_path).resolve()
        check_apart(internal, public)
        work = self._work(build, internal, public)
        with build.clock.phase(DEBTOR_PASS):
            done = run_pass(work)
        build.letters = {debtor.debtor_id: debtor.letters for debtor in done.letters}
        posted = [internal / FOLDER / name for debtor in done.letters for name in debtor.posted]
        if posted:
            with build.clock.phase("print file"):
                build.print_file = print_file(build.as_of)
                (internal / build.print_file).write_bytes(combined_pdf(posted))

    def _work(self, build: Build, internal: Path, public: Path) -> DebtorWork:
        creditor = build.ledger.creditor
        claims = build.claims
        # Every claim's row for the staff pages: its flags, and its link ("" when statement_visible says
        # the debtor has no public page; the pass writes a page where there is a link).
        build.book = staff_book(
            claims, creditor, build.as_of, build.settings["PUBLIC_URL"], build.path, bank=build.bank
        )
        # Files of an earlier day or of a debtor no longer in the ledger must not linger (Pelican run
        # by hand writes here in place; `incasso build` always starts from an empty folder).
        for folder in (DOSSIER_DIR, FOLDER):
            shutil.rmtree(internal / folder, ignore_errors=True)
            (internal / folder).mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        context = dict(self.context, demo=build.demo)
        # Pelican makes an environment per run (`pelican -r` too): within one, no template changes,
        # so an include need not stat() its file on every page.
        self.env.auto_reload = False
        return DebtorWork(
            build,
            tuple(sorted(range(len(claims)), key=lambda i: claims[i].debtor.id)),
            StatementPages(self.get_template(StatementPages.TEMPLATE), context, self.messages, public),
            LetterWriter(RenderContext(build.ledger, self.texts, self.theme), internal / FOLDER),
            DossierPages(self.theme, build.book, internal),
        )
