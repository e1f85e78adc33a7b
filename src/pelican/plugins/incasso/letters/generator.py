"""The day's letters: a PDF per letter to post, an .eml per letter to send, one PDF to print them all.

Written to INTERNAL_OUTPUT/letters/ only, never to the public output. Which
letters are due and what they say comes from the core (incasso.letters); this
module reads the letters' texts, renders them in worker processes when there
are many, and writes the files. The letters take their QR codes from the
statement views already computed for the pages, so no code is encoded twice.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pelican.generators import Generator
from pypdf import PdfWriter

from incasso.claims.claim import Claim
from incasso.ledger.model import Channel, Ledger
from incasso.letters.due import DueLetter, file_stem, forms, letters_due
from incasso.letters.view import letter_view
from incasso.staff.overview import personal_link
from incasso.staff.view import DayLetter
from incasso.statement.pay import PayDetails

from ..settings import Build, current_build
from ..staff import StaffOutputRefused
from ..statements import visible_views
from .mail import mail_environment, render_eml
from .pdf import render_pdf
from .texts import LetterTexts

FOLDER = "letters"
EXTENSIONS = {Channel.LETTER: "pdf", Channel.EMAIL: "eml"}
PARALLEL_FROM = 32  # letters; below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Job:
    """One letter in one form, with what it needs that the core does not compute."""

    claim: Claim
    due: DueLetter
    form: Channel
    link: str | None
    pay: PayDetails | None


@dataclass(frozen=True)
class Rendered:
    debtor_id: str
    kind: str
    form: Channel
    name: str  # the file name inside letters/
    data: bytes
    pages: int  # 0 for an e-mail


@dataclass(frozen=True)
class RenderContext:
    ledger: Ledger
    texts: LetterTexts
    theme: str


def render(context: RenderContext, job: Job, mail_env=None) -> Rendered:
    """One letter in one form, as the bytes of its file."""
    claim = job.claim
    view = letter_view(context.ledger, claim, job.due, job.form, link=job.link, pay=job.pay)
    text = context.texts[(view.lang, view.kind)]
    name = f"{view.file_stem}.{EXTENSIONS[job.form]}"
    if job.form == Channel.LETTER:
        data, pages = render_pdf(view, text.blocks)
        return Rendered(claim.debtor.id, job.due.kind, job.form, name, data, pages)
    env = mail_env or mail_environment(context.theme)
    data = render_eml(view, text, env, context.ledger.creditor.name, claim.as_of)
    return Rendered(claim.debtor.id, job.due.kind, job.form, name, data, 0)


def render_all(context: RenderContext, jobs: list[Job]) -> list[Rendered]:
    """Every job rendered, in order; in worker processes when there are many."""
    workers = os.cpu_count() or 1
    if len(jobs) < PARALLEL_FROM or workers < 2:
        env = mail_environment(context.theme)
        return [render(context, job, env) for job in jobs]
    # Ask for the start method we rely on: fork is cheap and safe here (no threads yet). The
    # workers inherit the context and the jobs; only an index travels to them.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunk = max(1, len(jobs) // (workers * 8))
    with ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context(method), initializer=_start_worker, initargs=(context, jobs)
    ) as pool:
        return list(pool.map(_render_job, range(len(jobs)), chunksize=chunk))


_worker: tuple[RenderContext, list[Job], object] | None = None  # set once in each worker process


def _start_worker(context: RenderContext, jobs: list[Job]) -> None:
    global _worker
    _worker = (context, jobs, mail_environment(context.theme))


def _render_job(index: int) -> Rendered:
    assert _worker is not None  # _start_worker ran in this process
    context, jobs, env = _worker
    return render(context, jobs[index], env)


def letter_jobs(build, views: dict) -> tuple[list[Job], dict[str, tuple[DayLetter, ...]]]:
    """The letters due today in every form the debtor can be reached by, sorted by debtor and
    kind; and the day's letters by debtor id, as the staff pages list them."""
    public_url = build.settings["PUBLIC_URL"]
    jobs: list[Job] = []
    files: dict[str, tuple[DayLetter, ...]] = {}
    for claim in sorted(build.claims, key=lambda c: c.debtor.id):
        view = views.get(claim.debtor.id)
        link = personal_link(public_url, build.path(claim)) if public_url else None
        day = []
        for due in letters_due(claim):
            reachable = forms(claim.debtor, due)
            jobs += [Job(claim, due, form, link, view.pay if view else None) for form in reachable]
            stem = f"{FOLDER}/{file_stem(claim.debtor.id, due.kind)}"
            pdf = f"{stem}.{EXTENSIONS[Channel.LETTER]}" if Channel.LETTER in reachable else None
            eml = f"{stem}.{EXTENSIONS[Channel.EMAIL]}" if Channel.EMAIL in reachable else None
            day.append(DayLetter(due.kind, pdf, eml))
        if day:
            files[claim.debtor.id] = tuple(day)
    return jobs, files


def print_file(as_of: date) -> str:
    """The one PDF with all of the day's letters to post, for printing."""
    return f"{FOLDER}/print-{as_of.isoformat()}.pdf"


def combined_pdf(letters: list[Rendered]) -> bytes:
    """The PDF letters one after another, in the order given."""
    writer = PdfWriter()
    for letter in letters:
        writer.append(io.BytesIO(letter.data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class LetterGenerator(Generator):
    build: Build
    texts: LetterTexts

    def generate_context(self) -> None:
        self.build = current_build(self.settings)
        self.texts = LetterTexts(Path(self.settings["PATH"]) / "letters")

    def generate_output(self, writer: Any) -> None:
        build = self.build
        internal = Path(build.settings["INTERNAL_OUTPUT"]).resolve()
        public = Path(self.output_path).resolve()
        if internal == public or public in internal.parents:
            raise StaffOutputRefused(f"the internal output {internal} lies inside the public output {public}")
        jobs, files = letter_jobs(build, visible_views(build))
        rendered = render_all(RenderContext(build.ledger, self.texts, self.theme), jobs)
        folder = internal / FOLDER
        # Letters of an earlier day must not linger (Pelican run by hand writes here in place).
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        for letter in rendered:
            (folder / letter.name).write_bytes(letter.data)
        posted = [letter for letter in rendered if letter.form == Channel.LETTER]
        if posted:
            (internal / print_file(build.as_of)).write_bytes(combined_pdf(posted))
        build.letters = files
        build.print_file = print_file(build.as_of) if posted else None
