"""The staff overview: written to INTERNAL_OUTPUT only, never inside the public output.

Pelican's writer writes into OUTPUT_PATH, the public site, so this generator
renders with its own Jinja environment (autoescape on) from
theme/templates/internal/, writes its files itself and copies its own CSS and
script from theme/static_internal/ (Pelican copies theme/static to the public
output; nothing of the staff pages may travel with it).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pelican.generators import Generator

from incasso.staff.changes import changes_markdown, compare, parse_previous
from incasso.staff.dossier_page import dossier_page
from incasso.staff.entries import Entry
from incasso.staff.exports import claims_document, claims_json, links_csv, links_rows
from incasso.staff.overview import DOSSIER_DIR
from incasso.staff.overview_page import LIMITS, PAGE_FOLDERS, overview_of, overview_pages, overview_search_index
from incasso.staff.paging import Limits
from incasso.staff.search_index import SEARCH_INDEX
from incasso.staff.view import StaffBook, staff_book
from incasso.staff.words import UI

from .settings import Build, current_build

TEMPLATES = Path("templates") / "internal"
STATIC = "static_internal"


class StaffOutputRefused(Exception):
    """The internal output would land inside the public output."""


def staff_environment(theme: str) -> Environment:
    """Jinja for the staff pages: autoescaped, strict, and without filters (the view formats)."""
    return Environment(
        loader=FileSystemLoader(str(Path(theme) / TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _check_apart(internal: Path, public: Path) -> None:
    if internal == public or public in internal.parents:
        raise StaffOutputRefused(f"the internal output {internal} lies inside the public output {public}")


class StaffGenerator(Generator):
    build: Build

    def generate_context(self) -> None:
        self.build = current_build(self.settings)

    def generate_output(self, writer: Any) -> None:
        build = self.build
        internal = Path(build.settings["INTERNAL_OUTPUT"]).resolve()
        _check_apart(internal, Path(self.output_path).resolve())
        creditor = build.ledger.creditor
        book = staff_book(
            build.claims,
            creditor,
            build.as_of,
            build.settings["PUBLIC_URL"],
            build.path,
            letters=build.letters,  # written by the letters generator, which runs first
            print_file=build.print_file,
            bank=build.bank,
        )
        document = claims_document(build.claims, build.as_of, creditor.policy, book.link_of)
        previous, problem = self._previous(internal)
        build.changes = compare(previous, document, problem)
        env = staff_environment(self.theme)
        write_overview(env, book, internal)
        files = {
            "claims.json": claims_json(document),
            "links.csv": links_csv(links_rows(build.claims, book.link_of)),
            "changes.md": changes_markdown(build.changes),
        }
        dossier = env.get_template("dossier.html")
        for row in book.rows:
            files[row.dossier] = dossier.render(view=dossier_page(book, row), t=UI)
        # A dossier page of a debtor no longer in the ledger must not linger (Pelican run by hand
        # writes here in place; `incasso build` always starts from an empty folder).
        shutil.rmtree(internal / DOSSIER_DIR, ignore_errors=True)
        for path, text in sorted(files.items()):
            _write(internal / path, text.encode("utf-8"))
        static = Path(self.theme) / STATIC
        for source in sorted(p for p in static.rglob("*") if p.is_file()):
            _write(internal / "static" / source.relative_to(static), source.read_bytes())

    def _previous(self, internal: Path) -> tuple[dict | None, str | None]:
        """The previous build's claims.json: as the build names it, or (Pelican run by hand) in place."""
        path = self.build.settings.get("PREVIOUS_CLAIMS") or internal / "claims.json"
        if not Path(path).is_file():
            return None, None
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            return None, f"{type(error).__name__}: {error}"
        return parse_previous(text)


def write_overview(
    env: Environment, book: StaffBook, internal: Path, entries: Iterable[Entry] | None = None, limits: Limits = LIMITS
) -> None:
    """The overview's pages and its search index, into `internal`: each page made, written and dropped.

    `entries` are the dossiers' records (incasso.staff.entries), made from the book when not given.
    """
    overview = overview_of(book, entries, limits)
    # A page of a list that is shorter tonight must not linger (Pelican run by hand writes in place).
    for folder in PAGE_FOLDERS:
        shutil.rmtree(internal / folder, ignore_errors=True)
    for path, page in overview_pages(overview):
        text = env.get_template(page.template).render(view=page, t=UI, root=page.frame.root)
        _write(internal / path, text.encode("utf-8"))
    with (internal / SEARCH_INDEX).open("w", encoding="utf-8") as index:
        index.writelines(overview_search_index(overview))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
