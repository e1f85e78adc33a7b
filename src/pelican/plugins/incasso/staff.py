"""The staff overview: written to INTERNAL_OUTPUT only, never inside the public output.

Pelican's writer writes into OUTPUT_PATH, the public site, so this generator
renders with its own Jinja environment (autoescape on) from
theme/templates/internal/, writes its files itself and copies its own CSS and
script from theme/static_internal/ (Pelican copies theme/static to the public
output; nothing of the staff pages may travel with it). The dossier pages are
written in the pass over the debtors (incasso.debtors, with DossierPages here),
beside each debtor's statement page and letters; the overview and the exports
after it, from the book of every claim's row.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pelican.generators import Generator

from incasso.staff.changes import changes_markdown, compare, parse_previous
from incasso.staff.dossier_page import dossier_page
from incasso.staff.exports import claims_document, claims_json, links_csv, links_rows
from incasso.staff.overview import Row
from incasso.staff.overview_page import overview_page
from incasso.staff.view import DayLetter, StaffBook
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
        auto_reload=False,  # one build: no template changes under it, no stat() per include
    )


def check_apart(internal: Path, public: Path) -> None:
    """Refuse an internal output that is, or lies inside, the public output."""
    if internal == public or public in internal.parents:
        raise StaffOutputRefused(f"the internal output {internal} lies inside the public output {public}")


class DossierPages:
    """Writes the staff dossier pages, d/<id>.html of the internal output, one row of the book at a time."""

    def __init__(self, theme: str, book: StaffBook, internal: Path) -> None:
        self.template = staff_environment(theme).get_template("dossier.html")
        self.book, self.internal = book, internal

    def write(self, row: Row, letters: tuple[DayLetter, ...]) -> None:
        """The dossier page of `row`, with the day's `letters` written for that debtor."""
        book = replace(self.book, letters={row.id: letters}) if letters else self.book
        _write(self.internal / row.dossier, self.template.render(view=dossier_page(book, row), t=UI).encode("utf-8"))


class StaffGenerator(Generator):
    """The overview, claims.json, links.csv and changes.md, from the book the pass over the debtors left."""

    build: Build

    def generate_context(self) -> None:
        self.build = current_build(self.settings)

    def generate_output(self, writer: Any) -> None:
        build = self.build
        internal = Path(build.settings["INTERNAL_OUTPUT"]).resolve()
        check_apart(internal, Path(self.output_path).resolve())
        assert build.book is not None, "the pass over the debtors (DebtorGenerator) runs first"
        # The day's letters as the pass wrote them (the overview lists them and links the print file).
        book = replace(build.book, letters=build.letters, print_file=build.print_file)
        creditor = build.ledger.creditor
        with build.clock.phase("staff overview"):
            overview = staff_environment(self.theme).get_template("index.html").render(view=overview_page(book), t=UI)
        with build.clock.phase("exports"):
            document = claims_document(build.claims, build.as_of, creditor.policy, book.link_of)
            previous, problem = self._previous(internal)
            build.changes = compare(previous, document, problem)
            files = {
                "index.html": overview,
                "claims.json": claims_json(document),
                "links.csv": links_csv(links_rows(build.claims, book.link_of)),
                "changes.md": changes_markdown(build.changes),
            }
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


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
