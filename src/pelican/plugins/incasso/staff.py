"""The staff pages and exports: written to INTERNAL_OUTPUT only, never inside the public output.

Pelican's writer writes into OUTPUT_PATH, the public site, so these are
rendered with their own Jinja environment (autoescape on) from
theme/templates/internal/, written directly, with the staff pages' own CSS
and script from theme/static_internal/ (Pelican copies theme/static to the
public output; nothing of the staff pages may travel with it). The pass over
the debtors (incasso.debtors) writes each dossier page (DossierPages) beside
the debtor's statement page and letters, and the overview and the exports
(write_staff_files) after it, from the book of every claim's row.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown import markdown
from markupsafe import Markup

from incasso.bank.books import Books
from incasso.claims.claim import Claim
from incasso.law.calendar import build_moment
from incasso.letters.due import seen_record
from incasso.letters.seen_file import seen_json
from incasso.processes import safe_point, until_called_off
from incasso.staff.changes import (
    Changes,
    Comparison,
    changes_markdown,
    compare,
    parse_previous,
    parse_previous_lines,
    released_gone,
    returns_gone,
    with_earlier_today,
)
from incasso.staff.changes import Entry as Listed  # a line of the change list (Entry: a dossier's record)
from incasso.staff.dossier_page import dossier_page
from incasso.staff.entries import Entry
from incasso.staff.exports import (
    AMOUNT_COLUMNS,
    EXCEL_LINKS,
    LINK_COLUMNS,
    claims_document,
    claims_json_parts,
    flag_kinds,
    links_csv,
    links_excel_csv,
    links_rows,
    payments_document,
)
from incasso.staff.language import words
from incasso.staff.overview import NO_RETURNS, BankReturns, Row
from incasso.staff.overview_page import LIMITS, PAGE_FOLDERS, overview_of, overview_pages, overview_search_index
from incasso.staff.paging import Limits
from incasso.staff.returns import bank_returns
from incasso.staff.search_index import SEARCH_INDEX
from incasso.staff.view import (
    SCRIPT,
    STYLESHEET,
    DayLetter,
    Frame,
    StaffAssets,
    StaffBook,
    doubted_credits,
    frame,
    possibly_paid,
)
from incasso.staff.workbook import WORKBOOK_LINKS, write_workbook

from .desktop import clear
from .previous import BUILD_FILE, another_creditor, build_json, demo_before, previous_build
from .publish import make_below
from .settings import SEEN_FILE, Build
from .templating import quick_templates, rendered, with_globals
from .versions import file_versioned, versioned

TEMPLATES = Path("templates") / "internal"
STATIC = "static_internal"
STAFF_FILES = "staff overview, exports"  # the build's phase that writes them
OVERVIEW_PART, EXPORTS_PART = "staff overview", "exports"  # as the build's summary names their CPU time


class StaffOutputRefused(Exception):
    """The internal output would land inside the public output."""


def staff_environment(theme: str) -> Environment:
    """Jinja for the staff pages: autoescaped, strict, and without filters (the view formats)."""
    return quick_templates(
        Environment(
            loader=FileSystemLoader(str(Path(theme) / TEMPLATES)),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            auto_reload=False,  # one build: no template changes under it, no stat() per include
        )
    )


def check_apart(internal: Path, public: Path) -> None:
    """Refuse an internal output that is, or lies inside, the public output."""
    if internal == public or public in internal.parents:
        raise StaffOutputRefused(f"the internal output {internal} lies inside the public output {public}")


class DossierPages:
    """Writes the staff dossier pages, d/<id>.html of the internal output, one row of the book at a time."""

    def __init__(self, theme: str, book: StaffBook, internal: Path) -> None:
        # The staff files take the same environment (write_staff_files): layout.html and macros.html,
        # which the overview's pages use too, are compiled once a build.
        self.env = staff_environment(theme)
        self.template = self.env.get_template("dossier.html")
        # The page's globals with the macros (`m`, made once: an `{% import %}` on each page first compared the
        # page's globals with the macros' through collections.abc), merged once a build (templating.rendered).
        self.values = with_globals(self.template, {"m": self.env.get_template("macros.html").module})
        self.book, self.internal = book, internal
        self.folder = str(internal)  # the pages' paths are joined to it as text, not as Paths (`write`)

    def write(self, row: Row, letters: tuple[DayLetter, ...]) -> None:
        """The dossier page of `row`, with the day's `letters` written for that debtor."""
        book = replace(self.book, letters={row.id: letters}) if letters else self.book
        html = rendered(self.template, {**self.values, "view": dossier_page(book, row), "t": words().UI})
        # DebtorGenerator._work makes the folder (private, emptied) before the pass: no mkdir a page.
        with open(os.path.join(self.folder, row.dossier), "wb") as page:
            page.write(html.encode("utf-8"))


@dataclass(frozen=True)
class StaffDone:
    """What writing the staff files left for the build: the change list, and the CPU each part took."""

    changes: Changes
    cpu: dict[str, float]


def write_staff_files(build: Build, theme: str, internal: Path, env: Environment | None = None) -> StaffDone:
    """The overview, claims.json, links.csv, links.xlsx and links-excel.csv, changes.md, confirmations.json and
    the staff pages' own CSS and script.

    Drawn from the book of every claim's row and the day's letters (build.book, build.letters,
    build.print_files), known before the pass over the debtors: written beside it or after it.
    """
    assert build.book is not None, "the book is made before the pass over the debtors (incasso.debtors)"
    book = replace(build.book, letters=build.letters, print_files=build.print_files)
    # This thread's CPU: beside the pass another thread of this process counts the workers' slices.
    start = time.thread_time()
    env = env or staff_environment(theme)
    write_overview(env, book, internal)
    drawn = time.thread_time()
    changes = _write_exports(build, book, internal)
    files = {
        # For the next build: the confirmations seen, so that it writes only those new to it.
        SEEN_FILE: seen_json(seen_record(build.claims, build.seen, build.as_of), build.as_of),
        # For the next build: this one's day, when it was made, which secret made the links (never the secret),
        # and whose ledger it was (a build of another's compares nothing with it).
        BUILD_FILE: build_json(build.as_of, build.secret, build_moment(), build.ledger.creditor),
        "changes.md": _changes_text(build, internal, changes),
    }
    files[CHANGES_PAGE] = changes_page(env, book, files["changes.md"])
    for path, text in sorted(files.items()):
        _write_text(internal, path, (text,))
    static = Path(theme) / STATIC
    for source in sorted(p for p in static.rglob("*") if p.is_file()):
        _write(internal, Path("static", source.relative_to(static)), source.read_bytes())
    return StaffDone(changes, {OVERVIEW_PART: drawn - start, EXPORTS_PART: time.thread_time() - drawn})


def _returns_of(book: StaffBook) -> dict[str, BankReturns]:
    """What the bank sent back, per dossier, as the book's rows carry it (found once, in staff_book)."""
    return {row.id: row.returns for row in book.rows if row.returns != NO_RETURNS}


@dataclass(frozen=True)
class ChangesPage:
    frame: Frame
    body: Markup  # changes.md as HTML, each dossier's id a link to its page


def changes_page(env: Environment, book: StaffBook, text: str) -> str:
    """changes.md to read in a browser, which shows a .md file as it is (a backslash before a name's '*' or
    '_', no links): the same list as HTML, its text escaped first (a name is never markup), each dossier's
    id linked to its page."""
    body = markdown(html_signs_as_text(text))
    pages = {row.id: row.dossier for row in book.rows}

    def linked(found: re.Match) -> str:
        debtor_id = found[1]
        return f'<li><a href="{pages[debtor_id]}">{debtor_id}</a> ' if debtor_id in pages else found[0]

    page = ChangesPage(frame(book, words().CHANGES["title"], ""), Markup(_LISTED_ID.sub(linked, body)))
    return env.get_template("changes.html").render(view=page, t=words().UI, root="")


CHANGES_PAGE = "changes.html"
# What HTML would read as markup, escaped in changes.md or not: as text, never a tag.
# A backslash and what it escapes, or a sign of HTML alone.
_MARKUP_SIGN = re.compile(r"\\(.)|([<>&])")


def html_signs_as_text(text: str) -> str:
    """changes.md with its signs of HTML as text (a name is never markup), escaped or not, and without the
    backslash before a "~" (GitHub's strikethrough): Python-Markdown has no syntax for these and would show the
    backslash; every other escape stays for it to read."""

    def sign(found: re.Match) -> str:
        escaped, bare = found[1], found[2]
        if bare is not None:
            return html.escape(bare)
        return html.escape(escaped) if escaped in "<>&~" else found[0]

    return _MARKUP_SIGN.sub(sign, text)


# A line of the list starts with the dossier's id (ids hold only [A-Za-z0-9._-]).
_LISTED_ID = re.compile(r"<li>([A-Za-z0-9][A-Za-z0-9._-]*) ")


def _write_exports(build: Build, book: StaffBook, internal: Path) -> Changes:
    """claims.json, links.csv, links.xlsx and links-excel.csv, each written as soon as it is made and dropped (at
    100,000 debtors each is hundreds of MB); the change list against the previous claims.json, to write with the
    rest."""
    # The previous claims first, cut to what the change list compares; then tonight's, each written to claims.json as
    # it is made and compared as it is written (none is held but a new dossier's).
    previous, problem = _previous(build, internal)
    document = claims_document(
        build.claims,
        build.as_of,
        build.ledger.creditor.policy,
        book.link_of,
        doubted_credits(book.bank),
        _returns_of(book),
        book.bank,
        possibly_paid(book),
        book.first_seen,
        flag_kinds(book.rows),  # found once, in staff_book
        book.outside,
        whole=False,
    )
    comparison = Comparison(previous) if previous is not None and problem is None else None
    claims = document["claims"] if comparison is None else comparison.each(document["claims"])
    _write_text(internal, "claims.json", claims_json_parts(dict(document, claims=claims)), whole=True)
    # Nothing to compare (a first build, a previous claims.json not as written): the list says so.
    changes = comparison.changes(document) if comparison else compare(previous, dict(document, claims=()), problem)
    del previous, document, comparison, claims
    links = links_rows(build.claims, book.link_of)
    _write_text(internal, "links.csv", (links_csv(links),))
    # The same rows for a spreadsheet: amounts as numbers with two decimals, whatever its regional settings.
    # A row at a time, each a safe point: the workbook is half made when its rows stop (in the build's own
    # temporary staff output, deleted with it).
    write_workbook(internal / WORKBOOK_LINKS, LINK_COLUMNS, until_called_off(links), AMOUNT_COLUMNS, build.as_of)
    _write_text(internal, EXCEL_LINKS, links_excel_csv(links))  # the same rows for a double click in Excel
    return changes


def _changes_text(build: Build, internal: Path, changes: Changes) -> str:
    """changes.md; a second build on one day keeps the day's earlier list below its own."""
    text = changes_markdown(changes, links_renewed=bool(build.settings.get("NEW_SECRET")))
    if changes.previous_as_of != changes.current_as_of:
        return text
    earlier = _previous_claims(build, internal).parent / "changes.md"
    made = previous_build(earlier.parent)  # the build that wrote it, and when
    try:
        return with_earlier_today(
            text, earlier.read_text(encoding="utf-8"), made.built if made else None, changes.language
        )
    except (OSError, UnicodeDecodeError):
        return text  # no list to keep


def _previous_claims(build: Build, internal: Path) -> Path:
    """The previous build's claims.json: as the build names it, or (Pelican run by hand) in place."""
    return Path(build.settings.get("PREVIOUS_CLAIMS") or internal / "claims.json")


def _previous(build: Build, internal: Path) -> tuple[dict | None, str | None]:
    """The previous build's claims, read for the change list."""
    return read_previous(_previous_claims(build, internal))


def read_previous(path: Path, *, claims_too: bool = True) -> tuple[dict | None, str | None]:
    """The claims.json at `path` as the change list reads it (None, None: there is none), or why it cannot be read.
    Not `claims_too`: without its claims (parse_previous_lines), unless laid out otherwise (then read whole)."""
    if not path.is_file():
        return None, None
    try:
        with path.open(encoding="utf-8") as file:
            parsed = parse_previous_lines(file, claims_too=claims_too)  # one claim at a time, as claims_json wrote it
            if parsed is None:  # laid out otherwise
                file.seek(0)
                parsed = parse_previous(file.read())
    except (OSError, UnicodeDecodeError) as error:
        return None, f"{type(error).__name__}: {error}"
    return parsed


def returns_gone_since(internal: Path, books: Books, claims: Sequence[Claim], secret: str) -> tuple[Listed, ...]:
    """For `incasso check --internal-output`: the payments the last build in `internal` counted as taken back that
    count again tonight, because no statement read holds their return now (Changes.returns_gone, found as the next
    build finds them). Nothing after a build the next one compares nothing with (another creditor's ledger, or the
    demo's before a real one with `secret`), or without a claims.json it can read. Its claims are read only when a
    return it read is gone from bank/: most nights the bank's part of it is all."""
    previous = previous_build(internal)
    creditor = books.ledger.creditor
    if previous is None or another_creditor(previous, creditor) or demo_before(previous, secret):
        return ()
    current = payments_document((), {}, books.bank)
    head, _ = read_previous(internal / "claims.json", claims_too=False)
    if head is None or not released_gone(head, current):
        return ()
    document, _ = read_previous(internal / "claims.json")
    if document is None:
        return ()
    returned = bank_returns(books.bank, {claim.debtor.id: claim.returned for claim in claims})
    return returns_gone(document, payments_document(claims, returned, books.bank))


def write_overview(
    env: Environment, book: StaffBook, internal: Path, entries: Iterable[Entry] | None = None, limits: Limits = LIMITS
) -> None:
    """The overview's pages and its search index, into `internal`, which exists (no staff file makes it: one
    written late, for a stopped build that deleted it, fails instead): each page made, written and dropped.

    `entries` are the dossiers' records (incasso.staff.entries), made from the book when not given. The index
    first: the pages name it with the digest of its bytes.
    """
    overview = overview_of(book, entries, limits)
    written = hashlib.sha256()
    with open(_made_for(internal, SEARCH_INDEX), "wb") as index:
        for part in overview_search_index(overview):
            data = part.encode("utf-8")
            written.update(data)
            index.write(data)
    overview = replace(overview, index=versioned(SEARCH_INDEX, written.hexdigest()))
    # A page of a list that is shorter tonight must not linger (Pelican run by hand writes in place).
    for folder in PAGE_FOLDERS:
        clear(internal / folder)  # but a desktop's files (desktop.py): kept where they are
    for path, page in overview_pages(overview):
        text = env.get_template(page.template).render(view=page, t=words().UI, root=page.frame.root)
        _write(internal, path, text.encode("utf-8"))


def staff_assets(theme: str) -> StaffAssets:
    """The staff pages' style sheet and script, each named with the digest of the file write_staff_files copies
    from the theme's static_internal/ (the bytes it writes): named once a build, on its book (DebtorGenerator)."""
    static = Path(theme) / STATIC

    def named(name: str) -> str:
        return file_versioned(name, static / Path(name).relative_to("static"))

    return StaffAssets(named(STYLESHEET), named(SCRIPT))


def _write_text(internal: Path, path: str | Path, parts: Iterable[str], *, whole: bool = False) -> None:
    """Write the text `parts` to `path` in the staff output in UTF-8 one after another, never the whole text at
    once as bytes (claims.json is 200 MB at 100,000 debtors). `whole`: the file is there whole or as it was, never
    in part: written beside and renamed over it once complete (claims.json's parts are made as they are written, and
    a stop or error among them must not cut short the one a Pelican run by hand compares with next time)."""
    target = _made_for(internal, path)
    written = f"{target}.part" if whole else target
    try:
        with open(written, "w", encoding="utf-8", newline="") as file:
            file.writelines(parts)
        if whole:
            os.replace(written, target)
    except BaseException:
        if whole:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(written)
        raise


def _write(internal: Path, path: str | Path, data: bytes) -> None:
    with open(_made_for(internal, path), "wb") as file:
        file.write(data)


def _made_for(internal: Path, path: str | Path) -> str:
    """The file `path` in the staff output, its folders made: never the staff output itself (make_below). Before it,
    a safe point: beside the pass, a stop ends the staff files here, between two files (incasso.processes)."""
    safe_point()
    make_below(str(internal), os.path.dirname(path))
    return os.path.join(internal, path)
