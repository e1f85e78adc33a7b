"""One HTML page: its privacy meta tags, its Content-Security-Policy, what it fetches and links to.

`PageFacts` reads a page once; the checks and the ledger-aware audit use
what it gathered. Statement titles are compared across pages here too.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

from incasso.audit.report import Report
from incasso.audit.tree import CSS_EXTERNAL, token_of

# Attributes through which an element makes the browser fetch something.
FETCHING = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
    "link": ("href",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
    "form": ("action",),
    "base": ("href",),
}
# Elements that act on what follows them: the CSP meta tag must come first.
EARLY = frozenset({"link", "style", "script", "base", "img", "iframe", "object", "embed"})
URL_ATTRS = frozenset({"href", "src", "srcset", "action", "data", "poster", "xlink:href", "formaction"})
EXTERNAL = re.compile(r"(?:^|[\s,])(?:[a-z][a-z0-9+.-]*:)?//", re.I)
REFRESH_EXTERNAL = re.compile(r"url\s*=\s*['\"]?\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
SCRIPT_URL = re.compile(r"^\s*javascript:", re.I)
LOCAL_HOST = "audit.invalid"


class PageFacts(HTMLParser):
    """What the audit needs from one page, gathered in a single pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.metas: list[dict[str, str]] = []  # the attributes of each <meta> in <head>
        self.csp_at: int | None = None  # position of the first CSP meta tag in <head>
        self.early_at: int | None = None  # position of the first element that fetches or styles
        self.title = ""
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []  # <style> contents and style attributes
        self.text: list[str] = []  # text, attribute values and comments: what a page shows
        self.csp_outside_head = False
        self._where: list[str] = []
        self._position = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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

    def _meta(self, attributes: dict[str, str]) -> None:
        if "head" not in self._where:
            if attributes.get("http-equiv", "").lower() == "content-security-policy":
                self.csp_outside_head = True
            return
        self.metas.append(attributes)
        if attributes.get("http-equiv", "").lower() == "content-security-policy" and self.csp_at is None:
            self.csp_at = self._position

    def handle_endtag(self, tag: str) -> None:
        if tag in self._where:
            while self._where and self._where.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        where = self._where[-1] if self._where else ""
        if where == "title" and "head" in self._where:  # an inline SVG has titles of its own
            self.title += data
        elif where == "style":
            self.styles.append(data)
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.text.append(data)

    def meta(self, key: str, value: str) -> list[str]:
        """The content of each <meta> in <head> whose `key` attribute is `value` (in lower case)."""
        return [m.get("content", "") for m in self.metas if m.get(key, "").lower() == value]


def check_page(rel: str, raw: str, report: Report) -> PageFacts:
    """Check one page's privacy meta tags, its Content-Security-Policy and what it fetches and links to."""
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
    early, csp = facts.early_at, facts.csp_at
    if early is not None and csp is not None and csp > early:
        report.add(
            rel,
            "the Content-Security-Policy meta tag comes after a stylesheet, script or "
            "image: it only guards what follows it, so it must come first in <head>",
        )
    for policy in policies:
        directives: dict[str, list[str]] = {}
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
                report.add(rel, f"the Content-Security-Policy lets {name} load from other sites ({' '.join(wide)})")
            if name in ("default-src", "script-src") and ({"'unsafe-inline'", "'unsafe-eval'"} & set(sources)):
                report.add(rel, f"the Content-Security-Policy allows inline or eval'd script in {name}")


def _check_fetches(rel: str, facts: PageFacts, report: Report) -> None:
    own = token_of(rel)
    for tag, attributes in facts.elements:
        for name in FETCHING.get(tag, ()):
            value = attributes.get(name, "")
            if EXTERNAL.search(value):
                report.add(rel, f'an external resource: <{tag} {name}="{value.strip()}">')
        if tag == "link" and re.search(r"rss|atom", attributes.get("type", ""), re.I):
            report.add(rel, "links to a feed: feeds must stay off")
        refresh = tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh"
        if refresh and REFRESH_EXTERNAL.search(attributes.get("content", "")):
            report.add(rel, "a meta refresh to another site")
        for name in URL_ATTRS & attributes.keys():
            value = attributes[name]
            if SCRIPT_URL.match(value):
                report.add(rel, f"a javascript: URL in <{tag} {name}>")
            target = _local_target(rel, value)
            if target is not None and target.split("/")[0] == "s" and (own is None or token_of(target) != own):
                what = "links to another statement page" if own else "links to a statement page"
                report.add(rel, f'{what} (a listing): <{tag} {name}="{value.strip()}">')
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


def check_titles(titles: dict[str, str], langs: dict[str, str], report: Report) -> None:
    """Statement titles must be generic: one title per language for all of them."""
    groups: dict[str, list[str]] = {}
    for rel, _title in titles.items():
        groups.setdefault(langs[rel], []).append(rel)
    for pages in groups.values():
        common = Counter(" ".join(titles[rel].split()) for rel in pages).most_common()
        if len(common) < 2:
            continue
        # Without a clear majority there is no telling which title is the generic one: report all.
        tie = common[0][1] == common[1][1]
        for rel in sorted(pages):
            if tie or " ".join(titles[rel].split()) != common[0][0]:
                report.add(
                    rel,
                    "the <title> differs from the other statement pages: a statement's "
                    "title must be generic (mail scanners and link previews read it)",
                )
