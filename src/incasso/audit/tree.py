"""The public tree's shape: which files may be in it, and the checks on those that are not pages.

A file is known by its path alone: a statement page, an asset, a creditor
page or a root file; anything else (a listing, a feed, a symbolic link, a
FIFO or device, which are never opened) is a finding. Stylesheets,
robots.txt and _headers are checked here, and every text file for statement
links: a page may hold its own and no other.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from incasso.audit.report import Report
from incasso.audit.urls import css_elsewhere
from incasso.payments.tokens import TOKEN_PATTERN

STATEMENT_PAGE = re.compile(r"s/([a-z2-7]{32})/index\.html")
STATEMENT_ASSET = re.compile(r"s/([a-z2-7]{32})/[a-z0-9_-]+\.(?:svg|png)")
THEME_ASSET = re.compile(
    r"theme/(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*"
    r"\.(?:css|js|svg|png|jpe?g|gif|webp|ico|woff2?)"
)
CREDITOR_PAGE = re.compile(r"[a-z0-9][a-z0-9_-]*\.html")
# s/index.html is the statement folder's own index, the missing page again: without it a server that
# lists folders would list every personal link.
FOLDER_INDEX = "s/index.html"
ROOT_FILES = ("index.html", "404.html", "robots.txt", "_headers", FOLDER_INDEX)
# Every output of a build carries this file, so the next build knows it may replace the folder.
# It is published with the rest: a fixed sentence, the same for every site, which tells nothing.
MARKER = ".incasso-output"
MARKER_TEXT = "An output folder of an incasso build: the next build replaces this folder as a whole.\n"
# Beside it, the names of what the build wrote at the folder's top, one a line: the next build replaces
# only a folder that holds nothing else (a .git, a CNAME, notes put in it are not deleted with it).
CONTENTS = ".incasso-contents"
TOP_FOLDERS = ("s", "theme")  # the public tree's folders: statement pages and the theme's assets
# What Pelican writes when a listing is switched back on: names and suffixes.
LISTING_NAMES = frozenset(
    {
        "archives",
        "archive",
        "categories",
        "category",
        "tags",
        "tag",
        "authors",
        "author",
        "drafts",
        "feeds",
        "feed",
        "sitemap",
        "period_archives",
    }
)
LISTING_SUFFIXES = (".xml", ".atom", ".rss", ".gz")
TEXT_SUFFIXES = (".html", ".css", ".js", ".svg", ".txt")
HEADERS = ("Strict-Transport-Security", "X-Frame-Options", "X-Content-Type-Options", "X-Robots-Tag", "Referrer-Policy")
NOT_REGULAR = "not a regular file (a FIFO, socket or device): the public tree holds plain files only"


def kind_of(rel: str) -> str | None:
    """What a public file is ('statement', 'asset', 'page' or a root file name), or None."""
    if rel in ROOT_FILES or rel in (MARKER, CONTENTS):
        return rel
    if STATEMENT_PAGE.fullmatch(rel):
        return "statement"
    if STATEMENT_ASSET.fullmatch(rel) or THEME_ASSET.fullmatch(rel):
        return "asset"
    if CREDITOR_PAGE.fullmatch(rel) and not is_listing(rel):
        return "page"
    return None


def is_listing(rel: str) -> bool:
    for part in rel.split("/"):
        stem = part.split(".")[0]
        if stem in LISTING_NAMES or re.fullmatch(r"index\d+", stem):
            return True
    return rel.endswith(LISTING_SUFFIXES)


def walk(output: Path, report: Report) -> dict[str, str]:
    """Every file of the tree as relative path -> kind; problems for the rest. Nothing is opened."""
    files: dict[str, str] = {}
    for folder, dirs, names in os.walk(output):
        base = Path(folder)
        for name in sorted(dirs):
            if (base / name).is_symlink():
                report.add(
                    (base / name).relative_to(output).as_posix(),
                    "a symbolic link: the public tree holds plain files only",
                )
        for name in sorted(names):
            rel = (base / name).relative_to(output).as_posix()
            kind = _file_kind(base / name, rel, report)
            if kind is not None:
                files[rel] = kind
    for name in ROOT_FILES:
        if name not in files:
            report.add(name, "missing: every public tree needs it")
    return files


def _file_kind(path: Path, rel: str, report: Report) -> str | None:
    kind = kind_of(rel)
    mode = path.lstat().st_mode
    if stat.S_ISLNK(mode):
        report.add(rel, "a symbolic link: the public tree holds plain files only")
    elif not stat.S_ISREG(mode):
        report.add(rel, NOT_REGULAR)
    elif is_listing(rel) and kind is None:
        report.add(
            rel,
            "a listing or feed: Pelican's feeds, archives, categories, tags, authors, drafts "
            "and sitemaps must stay off",
        )
    elif kind is None:
        report.add(
            rel,
            "not expected in the public tree (only statement pages and their "
            "assets, theme assets, creditor pages, index.html, 404.html, s/index.html, "
            "robots.txt and _headers belong there)",
        )
    else:
        return kind
    return None


def read_regular(path: Path) -> bytes | None:
    """The bytes of a plain file, or None for anything else: a FIFO swapped in after walk() looked
    must not hang the audit, so the file is opened without blocking and without following a link."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        return file.read()


def token_of(rel: str) -> str | None:
    match = re.match(r"s/([a-z2-7]{32})/", rel)
    return match.group(1) if match else None


def check_text_file(rel: str, kind: str, raw: str, report: Report) -> None:
    """A stylesheet loads nothing from another site; robots.txt and _headers say what they must."""
    if rel.endswith(".css") and css_elsewhere(raw):
        report.add(rel, "an external resource in CSS (url(), @import or image-set() to another site)")
    if kind == "robots.txt":
        lines = [line.split("#")[0].strip().lower().replace(" ", "") for line in raw.splitlines()]
        if "user-agent:*" not in lines or "disallow:/" not in lines:
            report.add(rel, "must say `User-agent: *` and `Disallow: /`")
    if kind == "_headers":
        _check_headers(rel, raw, report)


def header_rules(raw: str) -> dict[str, str]:
    """A _headers file as its rules: each path with the lines of headers under it (indented)."""
    rules: dict[str, str] = {}
    path = None
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            path = line.strip()
            rules.setdefault(path, "")
        elif path is not None:
            rules[path] += line.strip() + "\n"
    return rules


def _check_headers(rel: str, raw: str, report: Report) -> None:
    """The headers every page needs hold for every path (`/*`), a statement is never kept in a shared
    cache (`/s/*`), and no other site may read a page (no CORS header)."""
    rules = header_rules(raw)
    every = rules.get("/*", "")
    for header in HEADERS:
        if not re.search(rf"^{header}\s*:", every, re.I | re.M):
            report.add(rel, f"missing the {header} header for every path (/*)")
    if not re.search(r"^X-Robots-Tag\s*:.*noindex", every, re.I | re.M):
        report.add(rel, "X-Robots-Tag must say noindex")
    if not re.search(r"^Cache-Control\s*:.*no-store", rules.get("/s/*", ""), re.I | re.M):
        report.add(rel, "the statement pages (/s/*) must say Cache-Control: no-store")
    if re.search(r"^\s*Access-Control-Allow-Origin\s*:", raw, re.I | re.M):
        report.add(rel, "Access-Control-Allow-Origin lets other sites read a page: remove it")


# What each binary asset's file starts with: an internal file renamed to one (links.csv as a font) is found.
MAGIC = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
    ".ico": (b"\x00\x00\x01\x00",),
    ".woff": (b"wOFF",),
    ".woff2": (b"wOF2",),
}


def check_binary(rel: str, raw: bytes, report: Report) -> None:
    """A binary asset is what its name says."""
    suffix = rel[rel.rfind(".") :].lower()
    starts = MAGIC.get(suffix)
    if starts is not None and not raw.startswith(starts):
        report.add(rel, f"is not a {suffix[1:].upper()} file, as its name says: what is it doing here?")


def check_marker(rel: str, raw: bytes, report: Report) -> None:
    if raw != MARKER_TEXT.encode("utf-8"):
        report.add(rel, "the build's marker file must hold its fixed sentence and nothing else")


def check_contents(rel: str, raw: bytes, report: Report) -> None:
    """The build's list of its top-level names: names of this tree's top, one a line, nothing else."""
    try:
        names = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        names = ["/"]
    if any(not name or "/" in name or kind_of(name) is None and name not in TOP_FOLDERS for name in names):
        report.add(rel, "the build's list of what it wrote must name this tree's top-level files and folders only")


def check_tokens(rel: str, raw: str, known: set[str], report: Report) -> None:
    """A file holds no statement link but its own page's (tokens are matched against every known one)."""
    own = token_of(rel)
    # The few tokens in the file first: `known - {own}` would copy every debtor's token for every page.
    for token in sorted((set(TOKEN_PATTERN.findall(raw)) - {own}) & known):
        what = "shows another debtor's link" if own else "shows a statement link (a listing)"
        report.add(rel, f"{what}: {token}")
