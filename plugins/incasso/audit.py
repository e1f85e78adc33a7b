"""`incasso audit OUTPUT`: scan a public tree for anything that must not be published.

The audit reads files only (no Pelican, no templates): it is the last gate
before the nightly upload, so it trusts nothing the build says about itself.
Without --ledger it checks the shape of the tree: expected files only, the
privacy meta tags on every page, no external resource, no listing. With
--ledger it also knows every debtor and checks that each page shows one
debtor only, and that no page is left for a closed claim.

Every problem is reported at once, one line `path: problem`. Tokens are
secret links: a line never holds a whole one, so a CI log leaks no page.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .claim import assess, statement_visible
from .dates import today
from .load import load_ledger
from .model import Ledger
from .problems import LedgerError
from .tokens import DEMO_SECRET, statement_token

TOKEN = re.compile(r"(?<![a-z2-7])[a-z2-7]{32}(?![a-z2-7])")
STATEMENT_PAGE = re.compile(r"s/([a-z2-7]{32})/index\.html")
STATEMENT_ASSET = re.compile(r"s/([a-z2-7]{32})/[a-z0-9_-]+\.(?:svg|png)")
THEME_ASSET = re.compile(r"theme/(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*"
                         r"\.(?:css|js|svg|png|jpe?g|gif|webp|ico|woff2?)")
CREDITOR_PAGE = re.compile(r"[a-z0-9][a-z0-9_-]*\.html")
ROOT_FILES = ("index.html", "404.html", "robots.txt", "_headers")
# What Pelican writes when a listing is switched back on: names and suffixes.
LISTING_NAMES = frozenset({"archives", "archive", "categories", "category", "tags", "tag", "authors",
                           "author", "drafts", "feeds", "feed", "sitemap", "period_archives"})
LISTING_SUFFIXES = (".xml", ".atom", ".rss", ".gz")
TEXT_SUFFIXES = (".html", ".css", ".js", ".svg", ".txt")
HEADERS = ("Strict-Transport-Security", "X-Frame-Options", "X-Content-Type-Options",
           "X-Robots-Tag", "Referrer-Policy")

# Attributes through which an element makes the browser fetch something.
FETCHING = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "frame": ("src",), "embed": ("src",), "object": ("data",), "video": ("src", "poster"),
    "audio": ("src",), "track": ("src",), "input": ("src",), "link": ("href",),
    "use": ("href", "xlink:href"), "image": ("href", "xlink:href"), "feimage": ("href", "xlink:href"),
    "form": ("action",), "base": ("href",),
}
# Elements that act on what follows them: the CSP meta tag must come first.
EARLY = frozenset({"link", "style", "script", "base", "img", "iframe", "object", "embed"})
URL_ATTRS = frozenset({"href", "src", "srcset", "action", "data", "poster", "xlink:href", "formaction"})
EXTERNAL = re.compile(r"(?:^|[\s,])(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_EXTERNAL = re.compile(r"(?:url\(|@import)\s*['\"]?\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
SVG_EXTERNAL = re.compile(r"(?:href|src)\s*=\s*['\"]\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
REFRESH_EXTERNAL = re.compile(r"url\s*=\s*['\"]?\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
SCRIPT_URL = re.compile(r"^\s*javascript:", re.I)
LOCAL_HOST = "audit.invalid"
MIN_NEEDLE = 4      # shorter names (in letters and digits) match too much text to say anything
MIN_NOTE_WORDS = 4  # a shorter note is a stock phrase a page may well say on its own


@dataclass(frozen=True)
class Finding:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{masked(self.path)}: {masked(self.problem)}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    debtors: int | None = None

    def add(self, path: str, problem: str) -> None:
        self.findings.append(Finding(path, problem))

    @property
    def ok(self) -> bool:
        return not self.findings


def masked(text: str) -> str:
    """The text with every token cut to its first 6 characters: enough to find the folder."""
    return TOKEN.sub(lambda m: m.group()[:6] + "...", text)


# -- the tree --------------------------------------------------------------

def kind_of(rel: str) -> str | None:
    """What a public file is ('statement', 'asset', 'page' or a root file name), or None."""
    if rel in ROOT_FILES:
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
    """Every file of the tree as relative path -> kind; problems for the rest."""
    files: dict[str, str] = {}
    for folder, dirs, names in os.walk(output):
        base = Path(folder)
        for name in sorted(dirs):
            if (base / name).is_symlink():
                report.add((base / name).relative_to(output).as_posix(),
                           "a symbolic link: the public tree holds plain files only")
        for name in sorted(names):
            rel = (base / name).relative_to(output).as_posix()
            kind = kind_of(rel)
            if (base / name).is_symlink():
                report.add(rel, "a symbolic link: the public tree holds plain files only")
            elif is_listing(rel) and kind is None:
                report.add(rel, "a listing or feed: Pelican's feeds, archives, categories, tags, "
                                "authors, drafts and sitemaps must stay off")
            elif kind is None:
                report.add(rel, "not expected in the public tree (only statement pages and their "
                                "assets, theme assets, creditor pages, index.html, 404.html, "
                                "robots.txt and _headers belong there)")
            else:
                files[rel] = kind
    for name in ROOT_FILES:
        if name not in files:
            report.add(name, "missing: every public tree needs it")
    return files


def token_of(rel: str) -> str | None:
    match = re.match(r"s/([a-z2-7]{32})/", rel)
    return match.group(1) if match else None


# -- one HTML page ---------------------------------------------------------

class PageFacts(HTMLParser):
    """What the audit needs from one page, gathered in a single pass."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.metas: list[dict] = []       # the attributes of each <meta> in <head>
        self.csp_at: int | None = None    # position of the first CSP meta tag in <head>
        self.early_at: int | None = None  # position of the first element that fetches or styles
        self.title = ""
        self.elements: list[tuple[str, dict]] = []
        self.styles: list[str] = []       # <style> contents and style attributes
        self.text: list[str] = []         # text, attribute values and comments: what a page shows
        self.csp_outside_head = False
        self._where: list[str] = []
        self._position = 0

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self._position += 1
        self.elements.append((tag, attributes))
        self.text.extend(v for k, v in attributes.items() if k not in URL_ATTRS)
        if "style" in attributes:
            self.styles.append(attributes["style"])
        if tag == "html":
            self.lang = attributes.get("lang", "")
        elif tag in ("head", "title", "style", "script"):
            self._where.append(tag)
        elif tag == "body":
            self._where = ["body"]
        if tag == "meta":
            self._meta(attributes)
        elif tag in EARLY and self.early_at is None:
            self.early_at = self._position

    def _meta(self, attributes):
        if "head" not in self._where:
            if attributes.get("http-equiv", "").lower() == "content-security-policy":
                self.csp_outside_head = True
            return
        self.metas.append(attributes)
        if attributes.get("http-equiv", "").lower() == "content-security-policy" and self.csp_at is None:
            self.csp_at = self._position

    def handle_endtag(self, tag):
        if tag in self._where:
            while self._where and self._where.pop() != tag:
                pass

    def handle_data(self, data):
        where = self._where[-1] if self._where else ""
        if where == "title" and "head" in self._where:  # an inline SVG has titles of its own
            self.title += data
        elif where == "style":
            self.styles.append(data)
        self.text.append(data)

    def handle_comment(self, data):
        self.text.append(data)

    def meta(self, key: str, value: str) -> list[str]:
        return [m.get("content", "") for m in self.metas if m.get(key, "").lower() == value]


def check_page(rel: str, raw: str, report: Report) -> PageFacts:
    facts = PageFacts()
    facts.feed(raw)
    facts.close()
    robots = facts.meta("name", "robots")
    if not any({"noindex", "nofollow"} <= _words_of(c) for c in robots):
        report.add(rel, 'missing <meta name="robots" content="noindex, nofollow"> in <head>')
    if "no-referrer" not in [c.strip().lower() for c in facts.meta("name", "referrer")]:
        report.add(rel, 'missing <meta name="referrer" content="no-referrer"> in <head>')
    _check_csp(rel, facts, report)
    _check_fetches(rel, facts, report)
    return facts


def _words_of(content: str) -> set[str]:
    return {part.strip().lower() for part in content.split(",")}


def _check_csp(rel: str, facts: PageFacts, report: Report) -> None:
    policies = facts.meta("http-equiv", "content-security-policy")
    if facts.csp_outside_head:
        report.add(rel, "a Content-Security-Policy meta tag outside <head>: browsers ignore it there")
    if not policies:
        report.add(rel, "missing the Content-Security-Policy meta tag in <head>")
        return
    if facts.early_at is not None and facts.csp_at > facts.early_at:
        report.add(rel, "the Content-Security-Policy meta tag comes after a stylesheet, script or "
                        "image: it only guards what follows it, so it must come first in <head>")
    for policy in policies:
        directives = {}
        for part in policy.split(";"):
            if part.split():
                name, *sources = part.split()
                directives.setdefault(name.lower(), [s.lower() for s in sources])
        if directives.get("default-src") != ["'none'"]:
            report.add(rel, "the Content-Security-Policy needs default-src 'none'")
        for name, sources in directives.items():
            if name in ("report-uri", "report-to", "sandbox"):
                continue
            wide = [s for s in sources if not s.startswith("'") and s not in ("data:", "blob:")]
            if wide:
                report.add(rel, f"the Content-Security-Policy lets {name} load from other sites "
                                f"({' '.join(wide)})")
            if name in ("default-src", "script-src") and ({"'unsafe-inline'", "'unsafe-eval'"} & set(sources)):
                report.add(rel, f"the Content-Security-Policy allows inline or eval'd script in {name}")


def _check_fetches(rel: str, facts: PageFacts, report: Report) -> None:
    own = token_of(rel)
    for tag, attributes in facts.elements:
        for name in FETCHING.get(tag, ()):
            value = attributes.get(name, "")
            if EXTERNAL.search(value):
                report.add(rel, f"an external resource: <{tag} {name}=\"{value.strip()}\">")
        if tag == "link" and re.search(r"rss|atom", attributes.get("type", ""), re.I):
            report.add(rel, "links to a feed: feeds must stay off")
        if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            if REFRESH_EXTERNAL.search(attributes.get("content", "")):
                report.add(rel, "a meta refresh to another site")
        for name in URL_ATTRS & attributes.keys():
            value = attributes[name]
            if SCRIPT_URL.match(value):
                report.add(rel, f"a javascript: URL in <{tag} {name}>")
            target = _local_target(rel, value)
            if target is not None and target.split("/")[0] == "s" and (own is None or token_of(target) != own):
                what = "links to another statement page" if own else "links to a statement page"
                report.add(rel, f"{what} (a listing): <{tag} {name}=\"{value.strip()}\">")
    for style in facts.styles:
        if CSS_EXTERNAL.search(style):
            report.add(rel, "an external resource in CSS (url() or @import to another site)")


def _local_target(rel: str, value: str) -> str | None:
    """The tree path a URL points at, or None when it points elsewhere."""
    if not value.strip() or value.strip().startswith(("#", "data:", "mailto:", "tel:")):
        return None
    try:
        parts = urlsplit(urljoin(f"https://{LOCAL_HOST}/{rel}", value.strip()))
    except ValueError:
        return None
    if parts.hostname != LOCAL_HOST:
        return None
    return unquote(parts.path).lstrip("/")


# -- other files -----------------------------------------------------------

def check_text_file(rel: str, kind: str, raw: str, report: Report) -> None:
    if rel.endswith(".css") and CSS_EXTERNAL.search(raw):
        report.add(rel, "an external resource in CSS (url() or @import to another site)")
    if rel.endswith(".svg"):
        if SVG_EXTERNAL.search(raw):
            report.add(rel, "an external resource in an SVG image")
        if re.search(r"<script", raw, re.I):
            report.add(rel, "an SVG image with a script")
    if kind == "robots.txt":
        lines = [line.split("#")[0].strip().lower().replace(" ", "") for line in raw.splitlines()]
        if "user-agent:*" not in lines or "disallow:/" not in lines:
            report.add(rel, "must say `User-agent: *` and `Disallow: /`")
    if kind == "_headers":
        for header in HEADERS:
            if not re.search(rf"^\s+{header}\s*:", raw, re.I | re.M):
                report.add(rel, f"missing the {header} header")
        if not re.search(r"^\s+X-Robots-Tag\s*:.*noindex", raw, re.I | re.M):
            report.add(rel, "X-Robots-Tag must say noindex")


def check_tokens(rel: str, raw: str, known: set[str], report: Report) -> None:
    own = token_of(rel)
    for token in sorted(set(TOKEN.findall(raw)) & known - {own}):
        what = "shows another debtor's link" if own else "shows a statement link (a listing)"
        report.add(rel, f"{what}: {token}")


def check_titles(titles: dict[str, str], langs: dict[str, str], report: Report) -> None:
    """Statement titles must be generic: one title per language for all of them."""
    groups: dict[str, list[str]] = {}
    for rel, title in titles.items():
        groups.setdefault(langs[rel], []).append(rel)
    for pages in groups.values():
        common = Counter(" ".join(titles[rel].split()) for rel in pages).most_common()
        if len(common) < 2:
            continue
        # Without a clear majority there is no telling which title is the generic one: report all.
        tie = common[0][1] == common[1][1]
        for rel in sorted(pages):
            if tie or " ".join(titles[rel].split()) != common[0][0]:
                report.add(rel, "the <title> differs from the other statement pages: a statement's "
                                "title must be generic (mail scanners and link previews read it)")


# -- the ledger view -------------------------------------------------------

Needle = tuple[str, ...]


def words(text: str) -> Needle:
    return tuple(re.findall(r"\w+", text.casefold()))


def _needle(text: str | None) -> Needle | None:
    found = words(text or "")
    return found if sum(len(w) for w in found) >= MIN_NEEDLE else None


@dataclass
class Person:
    """One debtor as the audit sees it: the link, what identifies them, whether a page may exist."""

    id: str
    token: str
    gone: str | None                         # why no page may exist, or None
    marks: list[tuple[Needle, str]]          # (words, what they are): name, person, id, invoices
    staff: list[tuple[Needle, str]]          # staff-only text of the dossier


def ledger_people(ledger: Ledger, secret: str, as_of: date) -> list[Person]:
    policy = ledger.creditor.policy
    desk = set(words(ledger.creditor.contact.name))
    people = []
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, as_of)
        gone = None
        if not statement_visible(claim, policy):
            gone = ("the claim is written off" if claim.status == "written_off" else
                    f"the claim was paid longer than paid_page_days ({policy.paid_page_days}) ago")
        marks = [(_needle(debtor.name), "the name"), (_needle(debtor.contact.person), "the contact person"),
                 (_needle(debtor.id), "the id")]
        marks += [(_needle(i.number), "an invoice number") for i in debtor.invoices]
        staff = [(_needle(e.note), "a note") for e in debtor.events
                 if len(words(e.note or "")) >= MIN_NOTE_WORDS]
        staff += [(_needle(e.by), "a staff name (not the contact desk)") for e in debtor.events
                  if e.by and not set(words(e.by)) <= desk]
        people.append(Person(debtor.id, statement_token(secret, debtor.id), gone,
                             [(n, w) for n, w in marks if n], [(n, w) for n, w in staff if n]))
    return people


Index = dict[int, dict[Needle, list[object]]]


def index(needles: list[tuple[Needle, object]]) -> Index:
    """Needles by length, then by their words: a page is read once per length, however many debtors."""
    by_length: Index = {}
    for needle, label in needles:
        by_length.setdefault(len(needle), {}).setdefault(needle, []).append(label)
    return by_length


def find(haystack: Needle, needles: Index) -> list[tuple[int, int, object]]:
    """Where each needle's word sequence occurs in the haystack: (start, length, label)."""
    hits = []
    for length, table in needles.items():
        for i in range(len(haystack) - length + 1):
            for label in table.get(haystack[i:i + length], ()):
                hits.append((i, length, label))
    return hits


@dataclass
class LedgerView:
    """Every debtor, and what may be shown on no page but their own (or on none)."""

    people: list[Person]
    creditor: list[Needle]
    marks: Index = field(init=False)
    staff: Index = field(init=False)

    def __post_init__(self):
        self.by_token = {p.token: p for p in self.people}
        self.marks = index([(n, (p.id, what)) for p in self.people for n, what in p.marks])
        self.staff = index([(n, (p.id, what)) for p in self.people for n, what in p.staff])


def check_people(rel: str, facts: PageFacts, view: LedgerView, report: Report) -> None:
    own = view.by_token.get(token_of(rel) or "")
    haystack = words(" ".join(facts.text))
    # The page's own debtor and the creditor may be named; a match inside those names is theirs.
    identity = index([(n, None) for n in view.creditor] + ([(n, None) for n, _ in own.marks] if own else []))
    covered = {i + k for i, length, _ in find(haystack, identity) for k in range(length)}
    whose = "another debtor" if token_of(rel) else "a debtor"
    reported = set()
    for needles, shows in ((view.marks, "shows {what} of %s ({id})" % whose),
                           (view.staff, "shows staff-only data: {what} from the dossier of {id}")):
        for i, length, (debtor_id, what) in find(haystack, needles):
            if needles is view.marks and own is not None and debtor_id == own.id:
                continue
            if all(i + k in covered for k in range(length)) or (debtor_id, what) in reported:
                continue
            reported.add((debtor_id, what))
            report.add(rel, shows.format(what=what, id=debtor_id))
    for i, length, (debtor_id, what) in find(words(facts.title), view.marks):
        report.add(rel, f"the <title> shows {what} of {debtor_id}: mail scanners and link previews read titles")


def check_ledger(files: dict[str, str], view: LedgerView, report: Report) -> None:
    seen = set()
    for rel in sorted(files):
        token = token_of(rel)
        if token is None:
            continue
        person = view.by_token.get(token)
        if person is None:
            report.add(rel, "no debtor in the ledger has this link (a removed debtor's page, "
                            "or a build with another INCASSO_SECRET)")
        elif person.gone:
            report.add(rel, f"{person.gone} ({person.id}): its page must be gone")
        seen.add(token)
    for person in view.people:
        if person.gone is None and person.token not in seen:
            report.add(f"s/{person.token}/index.html",
                       f"missing: debtor {person.id} has no statement page, but its claim must have one")


# -- the whole audit -------------------------------------------------------

def audit(output: Path, ledger: Ledger | None = None, secret: str = DEMO_SECRET,
          as_of: date | None = None) -> Report:
    """Every problem of the public tree at `output`; with a ledger, per-debtor checks too."""
    report = Report()
    if not output.is_dir():
        report.add(str(output), "not a folder")
        return report
    files = walk(output, report)
    view = None
    if ledger:
        creditor = [_needle(ledger.creditor.name), _needle(ledger.creditor.contact.name)]
        view = LedgerView(ledger_people(ledger, secret, as_of or today()), [n for n in creditor if n])
    known = {token_of(rel) for rel in files if token_of(rel)} | set(view.by_token if view else ())
    titles, langs = {}, {}
    for rel, kind in sorted(files.items()):
        report.counts[kind if kind in ("statement", "page", "asset") else "page"] += 1
        if not rel.endswith(TEXT_SUFFIXES) and kind != "_headers":
            continue
        raw = (output / rel).read_text(encoding="utf-8", errors="replace")
        check_tokens(rel, raw, known, report)
        if rel.endswith(".html"):
            facts = check_page(rel, raw, report)
            if kind == "statement":
                titles[rel], langs[rel] = facts.title, facts.lang
            if view:
                check_people(rel, facts, view, report)
        else:
            check_text_file(rel, kind, raw, report)
    check_titles(titles, langs, report)
    if view:
        check_ledger(files, view, report)
        report.debtors = len(view.people)
    return report


def run_audit(args) -> int:
    """The CLI: print every problem (`path: problem`) and exit 1, or a one-line summary."""
    ledger = None
    if args.ledger:
        try:
            ledger = load_ledger(args.ledger)
        except LedgerError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            print("the ledger has problems: the audit cannot check the pages against it", file=sys.stderr)
            return 1
    secret = os.environ.get("INCASSO_SECRET") or DEMO_SECRET
    report = audit(args.output, ledger, secret, getattr(args, "as_of", None))
    if not report.ok:
        for finding in sorted(report.findings, key=lambda f: f.path):  # stable: per file, in found order
            print(finding, file=sys.stderr)
        count = len(report.findings)
        print(f"{count} problem{'s' if count != 1 else ''} in {args.output}: do not publish it.",
              file=sys.stderr)
        return 1
    counts = report.counts
    against = f", each showing only its own debtor ({report.debtors} in the ledger)" if ledger else ""
    print(f"audit passed: {args.output}: {counts['statement']} statement pages, {counts['page']} other "
          f"pages and files, {counts['asset']} assets; no listing, no external resource, "
          f"privacy meta tags on every page{against}.")
    return 0
