"""The creditor's pages in the languages the theme publishes: nl and en.

A page's language is its `Lang:` line among the Markdown metadata on top (`<meta name="lang" content="...">`
in an HTML page, a `:lang:` field under a reStructuredText page's title), else the site's DEFAULT_LANG. The
theme labels a page in its language (the link to the other language, the way back) and knows those words in nl
and en only, so a page in another (`Lang: de`), or in a near miss of one (`Lang: NL`, `Lang: nl-NL`: Pelican
takes a page's language as written), would stop Pelican at its template with a Jinja error that names neither
the page nor the line. `incasso check` and the build refuse it instead, naming the file, the line and what to
write. A near miss is refused with its hint, not read as the language it resembles: Pelican pairs a page with
its translation, and names its file, by the language as written, so reading it otherwise here would publish
what the creditor did not write; written once as the theme knows it, it is published as meant. A site whose
DEFAULT_LANG is none of the two is refused too, naming the setting: every page without a `Lang:` line is in
it, and Pelican names the pages of the others after it (`voorwaarden-nl.html`). Pelican reads DEFAULT_LANG in
small letters itself, so `"NL"` is nl, as it always was.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pelican.generators import Generator
from pelican.readers import HTMLReader, MarkdownReader, RstReader

logger = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
ONLY = "the theme publishes pages in nl and en only"
# What else a language the theme publishes is written as: a region (`nl-NL`, `en_GB`), its name, its ISO 639-2.
NAMES = {"dutch": "nl", "nederlands": "nl", "nld": "nl", "dut": "nl", "english": "en", "engels": "en", "eng": "en"}
# The page files Pelican reads, by its readers' extensions: Markdown's, HTML's, and reStructuredText's (docutils is
# one of Pelican's own requirements, so a creditor's .rst page is always read).
MARKDOWN = (".md", ".markdown", ".mkd", ".mdown")
HTML = (".html", ".htm")
RST = (".rst",)
# Python-Markdown's metadata (its `meta` extension, which Pelican's reader uses): `Key: value` lines on top,
# a value going on in lines indented four spaces, up to the first blank line or a line of neither kind;
# optionally between `---` and `---` or `...`.
META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
META_MORE = re.compile(r"^[ ]{4,}(?P<value>.*)")
META_BEGIN = re.compile(r"^-{3}(\s.*)?")
META_END = re.compile(r"^(-{3}|\.{3})(\s.*)?")
# reStructuredText: a field (`:lang: en`) at a line's start; a title's underline or overline (`#######`).
RST_FIELD = re.compile(r"^:(?P<key>[^:\s][^:]*):(?:\s+(?P<value>.*))?$")
RST_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1+\s*$")

# The page generator's lists of pages, each of which Pelican may write (a translation, a hidden or draft page).
PAGE_LISTS = ("pages", "translations", "hidden_pages", "hidden_translations", "draft_pages", "draft_translations")
# Where a page says its language: the line, its field as written (`Lang`, `lang`, the meta tag's name), the value.
Said = tuple[int, str, str]


def near(value: str) -> str | None:
    """The language the theme publishes that `value` is a near miss of (`NL`, `nl-NL`, `English`), else None."""
    word = value.strip().lower()
    first = re.split(r"[-_\s]", word, maxsplit=1)[0]
    return first if first in LANGUAGES else NAMES.get(word)


def instead(value: str, written: Callable[[str], str], otherwise: str) -> str:
    """What to write instead of a language `value` the theme does not publish: the one it is a near miss of,
    written by `written`, else `otherwise`."""
    meant = near(value)
    return f"write {written(meant)}" if meant else otherwise


def default_lang_problem(value: object) -> str | None:
    """Why the site's DEFAULT_LANG is none the theme publishes, naming the setting and its value; None if it is."""
    if value in LANGUAGES:
        return None
    both = 'write DEFAULT_LANG = "nl" or DEFAULT_LANG = "en"'
    hint = instead(value, lambda lang: f'DEFAULT_LANG = "{lang}"', both) if isinstance(value, str) else both
    return f"DEFAULT_LANG = {value!r}: {ONLY}: {hint}"


def markdown_languages(lines: list[str]) -> list[Said]:
    """Each `Lang:` value among the metadata on top of the Markdown `lines`, as Python-Markdown reads it."""
    said: list[Said] = []
    key = None
    start = 1 if lines and META_BEGIN.match(lines[0]) else 0
    for number, line in enumerate(lines[start:], start + 1):
        opened = META.match(line)
        if not line.strip() or META_END.match(line):
            break
        if opened:
            key = opened["key"]
            value = opened["value"].strip()
        elif (more := META_MORE.match(line)) and key:
            value = more["value"].strip()
        else:
            break
        if key.lower() == "lang":
            said.append((number, key, value))
    return said


def rst_languages(lines: list[str]) -> list[Said]:
    """The `:lang:` field among a reStructuredText page's docinfo, as Pelican reads it: the field list right
    under the title (and subtitle), or first in a page without one; of two, the last (Pelican keeps one)."""
    said: list[Said] = []
    start = _after_titles(lines)
    for number, line in enumerate(lines[start:], start + 1):
        field = RST_FIELD.match(line)
        if field:
            if field["key"].lower() == "lang":
                said = [(number, field["key"], (field["value"] or "").strip())]
        elif not line[:1].isspace() or not line.strip():  # a field's body may go on indented
            break
    return said


def _after_titles(lines: list[str]) -> int:
    """Where the docinfo may begin: past blank lines and the title and subtitle (a line under an adornment,
    overlined or not), each with the blank lines after it."""
    at = 0
    for _ in range(2):
        while at < len(lines) and not lines[at].strip():
            at += 1
        over = 1 if at < len(lines) and RST_ADORNMENT.match(lines[at]) else 0
        under = at + over + 1
        if under >= len(lines) or not lines[at + over].strip() or not RST_ADORNMENT.match(lines[under]):
            break
        at = under + 1
    while at < len(lines) and not lines[at].strip():
        at += 1
    return at


def page_language(lines: list[str], default_lang: str) -> str:
    """The language of the Markdown page of `lines`: its first `Lang:` value, as written, else `default_lang`."""
    said = markdown_languages(lines)
    return said[0][2] if said else default_lang


class _HeadMeta(HTMLParser):
    """The `<meta name="lang" content="...">` tags in an HTML page's head, as Pelican's HTML reader reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.in_head = False
        self.said: list[Said] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "meta" and self.in_head:
            found = dict(attrs)
            name = found.get("name") or ""
            if name.lower() == "lang":
                self.said.append((self.getpos()[0], name, found.get("content") or found.get("contents") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False


def _languages_of(page: Path) -> tuple[list[Said], Callable[[str, str], str]]:
    """Where the page file says its language, and how its field is written with a value."""
    text = page.read_text(encoding="utf-8-sig", errors="replace")  # as Pelican opens it: a BOM is no text
    if page.suffix.lower() in HTML:
        parser = _HeadMeta()
        parser.feed(text)
        return parser.said, lambda name, lang: f'<meta name="{name}" content="{lang}">'
    if page.suffix.lower() in RST:
        return rst_languages(text.splitlines()), lambda key, lang: f":{key}: {lang}".rstrip()
    return markdown_languages(text.splitlines()), lambda key, lang: f"{key}: {lang}"


def page_problems(page: Path, default_lang: str) -> list[str]:
    """Why the page file would be refused for its language: each naming the file, the line and the field."""
    said, field = _languages_of(page)
    problems = []
    for at, (number, name, value) in enumerate(said):
        where = f"{page}:{number}: {field(name, value)}"
        if at:  # Pelican reads every one: a list, no language a page is published in
            problems.append(f"{where}: a page has one {field(name, '').strip()} line (the first is line {said[0][0]})")
        elif value not in LANGUAGES:
            problems.append(f"{where}: {ONLY}: {_instead(value, partial(field, name), default_lang)}")
    return problems


def _instead(value: str, written: Callable[[str], str], default_lang: str) -> str:
    if not value.strip():
        return f"write {written('nl')} or {written('en')}, or leave the line out for DEFAULT_LANG ({default_lang!r})"
    return instead(value, written, f"write the page in Dutch with {written('nl')} or in English with {written('en')}")


class _PageWalk(Generator):
    """Pelican's page generator's own walk of the content folder (`get_files`), so that `incasso check` reads
    the very files the build does: the PAGE_PATHS and their subfolders, folders linked in, but what
    PAGE_EXCLUDES and IGNORE_FILES leave out, an extension as written (`.MD` is no page). The walk needs the
    content folder and the settings only: a whole generator would load the theme and make the readers."""

    def __init__(self, site: dict[str, Any]) -> None:  # no super().__init__(): see above
        self.path = site["PATH"]
        self.settings = site


def page_readers(site: dict[str, Any]) -> dict[str, str]:
    """The page files' extensions Pelican reads with its Markdown reader ("markdown": the policy's marks and
    placeholders are read in these, variants.py), its HTML one ("html") or its reStructuredText one ("rst"), as
    the site's READERS leaves them (None: not read)."""
    readers = {ext[1:]: kind for kind, exts in (("markdown", MARKDOWN), ("html", HTML), ("rst", RST)) for ext in exts}
    for ext, reader in (site.get("READERS") or {}).items():
        readers.pop(ext, None)
        for kind, pelicans in (("markdown", MarkdownReader), ("html", HTMLReader), ("rst", RstReader)):
            if isinstance(reader, type) and issubclass(reader, pelicans):
                readers[ext] = kind
    return readers


def page_files(site: dict[str, Any], kind: str | None = None) -> Iterator[Path]:
    """The Markdown, HTML and reStructuredText page files Pelican reads for the site's pages (`kind`: of that
    kind only), named as its readers name them (the content folder's path and the file's), in order."""
    readers = {ext for ext, read_as in page_readers(site).items() if kind in (None, read_as)}
    walk = _PageWalk(site).get_files(site["PAGE_PATHS"], exclude=site["PAGE_EXCLUDES"], extensions=readers)
    for found in sorted(walk):
        yield Path(site["PATH"]) / found


def site_problems(site: dict[str, Any], settings: Path) -> list[str]:
    """What the build would refuse in the site's languages, for `incasso check`: its DEFAULT_LANG (naming the
    settings file), each page's `Lang:` (naming the page and line)."""
    default_lang = site["DEFAULT_LANG"]
    problem = default_lang_problem(default_lang)
    pages = [problem for page in page_files(site) for problem in page_problems(page, default_lang)]
    return [f"{settings}: {problem}", *pages] if problem else pages


def refuse_other_languages(generator: Any) -> None:
    """On `page_generator_finalized`, before any page is written: each page the theme cannot publish (its
    language none of LANGUAGES) logged as an error, naming its file and line, and taken out, so that Pelican
    publishes none of it (and `incasso build` nothing at all: it fails on the error, the output left as it was)."""
    refused = [page for page in _all_pages(generator) if page.lang not in LANGUAGES]
    for page in refused:
        problems = page_problems(Path(page.source_path), generator.settings["DEFAULT_LANG"])
        for problem in problems or [f"{page.source_path}: lang {page.lang!r}: {ONLY}"]:
            logger.error("%s", problem)
    if not refused:
        return
    for name in PAGE_LISTS:
        kept = getattr(generator, name)
        kept[:] = [page for page in kept if page not in refused]  # in place: the context holds the same lists
        for page in kept:
            page.translations = [other for other in page.translations if other not in refused]


def _all_pages(generator: Any) -> list[Any]:
    return [page for name in PAGE_LISTS for page in getattr(generator, name)]
