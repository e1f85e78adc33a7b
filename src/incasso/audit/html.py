"""One HTML page (or SVG image), read as a browser reads it: its meta tags, what it fetches, what it says.

`read_page` parses with Lexbor (selectolax), an implementation of the HTML
standard's parser, so the audit sees the tree a browser builds: character
references decoded, misplaced tags moved, `<noscript>` and `<template>`
contents and `<iframe srcdoc>` documents read too. `PageFacts` holds what
the checks need; the ledger-aware audit takes the page's words from it.
Statement titles are compared across pages here too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from incasso.audit.report import Report
from incasso.audit.text import Haystack, css_unescape, joined, js_unescape, words
from incasso.audit.tree import token_of
from incasso.audit.urls import attribute_urls, css_elsewhere, elsewhere, normalised

SVG_REFERENCES = ("href", "xlink:href")
# Attributes through which an element makes the browser fetch something (or send a request: ping).
FETCHING = {
    "script": ("src", *SVG_REFERENCES),
    "img": ("src", "srcset", "lowsrc"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data", "codebase"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src", "formaction"),
    "button": ("formaction",),
    "link": ("href", "imagesrcset"),
    "form": ("action",),
    "base": ("href",),
    "a": ("ping",),
    "area": ("ping",),
    "body": ("background",),
    "table": ("background",),
    "thead": ("background",),
    "tbody": ("background",),
    "tfoot": ("background",),
    "tr": ("background",),
    "td": ("background",),
    "th": ("background",),
    # SVG elements that fetch what they reference
    **dict.fromkeys(
        ("use", "image", "feimage", "pattern", "lineargradient", "radialgradient", "filter", "textpath", "mpath"),
        SVG_REFERENCES,
    ),
    "cursor": SVG_REFERENCES,
}
# Elements that act on what follows them: the CSP meta tag must come first.
EARLY = frozenset({"link", "style", "script", "base", "img", "iframe", "object", "embed"})
# The elements whose being open decides what a text node is (`_text`), counted from zero on each walk:
# a missing key would cost a call to Counter.__missing__ for every text node (2 % of an audit).
ENCLOSING = ("style", "script", "noscript", "title", "head", "svg")
URL_ATTRS = frozenset(
    {"href", "src", "srcset", "action", "data", "poster", "xlink:href", "formaction", "ping", "background", "lowsrc"}
)
# Where a browser breaks the text: between these, words never run together. Elsewhere
# (<b>, <span>, an empty tag) text nodes join: "Zwanen<b></b>burg" shows "Zwanenburg".
# fmt: off
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "li", "main", "nav", "ol", "option",
    "p", "pre", "section", "select", "summary", "svg", "table", "tbody", "td", "textarea", "tfoot", "th",
    "thead", "title", "tr", "ul",
})
# fmt: on
REFRESH_URL = re.compile(r"url\s*=\s*['\"]?\s*([^'\"]*)", re.I)
SCRIPT_URL = re.compile(r"^javascript:", re.I)
LOCAL_HOST = "audit.invalid"


@dataclass
class PageFacts:
    """What the audit needs from one page, gathered in a single pass over the parsed tree."""

    lang: str = ""
    metas: list[dict[str, str]] = field(default_factory=list)  # the attributes of each <meta> in <head>
    csp_at: int | None = None  # position of the first CSP meta tag in <head>
    early_at: int | None = None  # position of the first element that fetches or styles
    csp_outside_head: bool = False
    title: str = ""
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)  # <style> contents and style attributes
    shown: list[str] = field(default_factory=list)  # text nodes, and a space where a block starts or ends
    said: list[str] = field(default_factory=list)  # attributes, comments, scripts, styles: the rest of the file

    def meta(self, key: str, value: str) -> list[str]:
        """The content of each <meta> in <head> whose `key` attribute is `value` (in lower case)."""
        return [m.get("content", "") for m in self.metas if m.get(key, "").lower() == value]

    def haystacks(self) -> list[Haystack]:
        """The page's words twice: every piece apart, with the rest of the file; and the text run together
        as a browser shows it, for the words that markup split ("Zwanen<b></b>burg")."""
        return [Haystack(words(" ".join(self.shown) + " " + " ".join(self.said))), joined(self.shown)]


def _nodes(first: LexborNode | None) -> Iterator[tuple[LexborNode, bool]]:
    """`first`, its following siblings and everything inside them, in document order:
    (node, True) on the way in, (node, False) on the way out. No recursion: a page may nest deep."""
    stack: list[LexborNode] = []
    node = first
    while node is not None or stack:
        if node is not None:
            yield node, True
            stack.append(node)
            node = node.child
        else:
            node = stack.pop()
            yield node, False
            node = node.next


class _Reader:
    """Walks one parsed document, then the documents inside it (templates, noscript, srcdoc)."""

    def __init__(self, facts: PageFacts) -> None:
        self.facts = facts
        self.inner: list[LexborNode | None] = []  # first nodes of the documents found inside
        self.top = True  # the page itself; inner documents add elements and text, not meta tags
        self.open: Counter[str] = Counter()
        self.position = 0

    def read(self, raw: str) -> PageFacts:
        tree = LexborHTMLParser(raw, scripting=True)  # as a browser that runs our script builds it
        document = tree.root.parent if tree.root is not None and tree.root.parent is not None else tree.root
        self._walk(document.child if document is not None else None)
        self.top = False
        while self.inner:
            self._walk(self.inner.pop())
        return self.facts

    def _walk(self, first: LexborNode | None) -> None:
        self.open.clear()
        self.open.update(dict.fromkeys(ENCLOSING, 0))
        for node, entering in _nodes(first):
            tag = node.tag or ""
            if node.is_element_node:
                if entering:
                    self._start(node, tag.lower())
                else:
                    self._end(tag.lower())
            elif not entering:
                continue
            elif tag == "-text":
                self._text(node.text_content or "")
            elif tag == "-comment":
                self.facts.said.append(node.comment_content or "")

    def _text(self, text: str) -> None:
        facts, open_ = self.facts, self.open
        if open_["style"]:
            facts.styles.append(text)
            facts.said.append(css_unescape(text))
        elif open_["script"]:
            facts.said.append(js_unescape(text))
        elif open_["noscript"]:  # with scripting on its markup is text: read it as the page without script does
            self.inner.append(LexborHTMLParser(text, is_fragment=True).root)
        elif open_["title"] and open_["head"] and not open_["svg"] and self.top:
            facts.title += text
            facts.said.append(text)
        else:
            facts.shown.append(text)

    def _start(self, node: LexborNode, tag: str) -> None:
        facts = self.facts
        attributes = {name.lower(): value or "" for name, value in node.attributes.items()}
        facts.elements.append((tag, attributes))
        self.open[tag] += 1
        for name, value in attributes.items():
            facts.said.append(value)
            if name in URL_ATTRS and "%" in value:
                facts.said.extend((unquote(value), unquote_plus(value)))
        if "style" in attributes:
            facts.styles.append(attributes["style"])
            facts.said.append(css_unescape(attributes["style"]))
        if "srcdoc" in attributes:
            self.inner.append(LexborHTMLParser(attributes["srcdoc"], scripting=True).root)
        if tag == "template":
            self.inner.extend(fragment.child for fragment in node.template_fragments())
        if tag in BLOCKS:
            facts.shown.append(" ")
        if self.top:
            self._placed(tag, attributes)

    def _placed(self, tag: str, attributes: dict[str, str]) -> None:
        """Where the page's own elements stand: the language, the meta tags in <head>, what comes first."""
        facts = self.facts
        self.position += 1
        if tag == "html" and not facts.lang:
            facts.lang = attributes.get("lang", "")
        is_csp = attributes.get("http-equiv", "").lower() == "content-security-policy"
        if tag == "meta" and not self.open["head"]:
            facts.csp_outside_head = facts.csp_outside_head or is_csp
        elif tag == "meta":
            facts.metas.append(attributes)
            if is_csp and facts.csp_at is None:
                facts.csp_at = self.position
        elif tag in EARLY and facts.early_at is None:
            facts.early_at = self.position

    def _end(self, tag: str) -> None:
        if tag in BLOCKS:
            self.facts.shown.append(" ")
        if self.open[tag]:
            self.open[tag] -= 1


def read_page(raw: str) -> PageFacts:
    """What a browser makes of a page (or an SVG image), with the documents it holds."""
    return _Reader(PageFacts()).read(raw)


def check_page(rel: str, raw: str, report: Report) -> PageFacts:
    """Check one page's privacy meta tags, its Content-Security-Policy and what it fetches and links to."""
    facts = read_page(raw)
    robots = facts.meta("name", "robots")
    if not any({"noindex", "nofollow"} <= _words_of(c) for c in robots):
        report.add(rel, 'missing <meta name="robots" content="noindex, nofollow"> in <head>')
    if "no-referrer" not in [c.strip().lower() for c in facts.meta("name", "referrer")]:
        report.add(rel, 'missing <meta name="referrer" content="no-referrer"> in <head>')
    _check_csp(rel, facts, report)
    check_fetches(rel, facts, report)
    return facts


def check_image(rel: str, raw: str, report: Report) -> PageFacts:
    """Check an SVG image: it fetches nothing from another site and runs no script."""
    facts = read_page(raw)
    if any(tag == "script" for tag, _ in facts.elements):
        report.add(rel, "an SVG image with a script")
    check_fetches(rel, facts, report)
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


PREVIEWS = frozenset({"og:image", "og:image:url", "og:image:secure_url", "og:video", "og:audio", "twitter:image"})


def check_fetches(rel: str, facts: PageFacts, report: Report) -> None:
    """Nothing loads from another site, no javascript: URL, no link to a statement page but the page's own."""
    for tag, attributes in facts.elements:
        for name in FETCHING.get(tag, ()):
            value = attributes.get(name, "")
            if any(elsewhere(url) for url in attribute_urls(name, value)):
                report.add(rel, f'an external resource: <{tag} {name}="{value.strip()}">')
        if tag == "link" and re.search(r"rss|atom", attributes.get("type", ""), re.I):
            report.add(rel, "links to a feed: feeds must stay off")
        # A link preview (og:image, twitter:image) is fetched from another site by whoever shows the link.
        preview = tag == "meta" and attributes.get("property", attributes.get("name", "")).lower() in PREVIEWS
        if preview and elsewhere(attributes.get("content", "").strip()):
            report.add(rel, f'an external resource in a link preview: <meta content="{attributes["content"].strip()}">')
        refresh = tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh"
        if refresh and any(elsewhere(url) for url in REFRESH_URL.findall(attributes.get("content", ""))):
            report.add(rel, "a meta refresh to another site")
        for name in URL_ATTRS & attributes.keys():
            _check_link(rel, tag, name, attributes[name], report)
    for style in facts.styles:
        if css_elsewhere(style):
            report.add(rel, "an external resource in CSS (url(), @import or image-set() to another site)")


def _check_link(rel: str, tag: str, name: str, value: str, report: Report) -> None:
    own = token_of(rel)
    if SCRIPT_URL.match(normalised(value)):
        report.add(rel, f"a javascript: URL in <{tag} {name}>")
    for url in attribute_urls(name, value):
        target = _local_target(rel, url)
        if target is not None and target.split("/")[0] == "s" and (own is None or token_of(target) != own):
            what = "links to another statement page" if own else "links to a statement page"
            report.add(rel, f'{what} (a listing): <{tag} {name}="{value.strip()}">')
            return


def _local_target(rel: str, value: str) -> str | None:
    """The tree path a URL points at, or None when it points elsewhere."""
    value = normalised(value)
    if not value or value.startswith(("#", "data:", "mailto:", "tel:")):
        return None
    try:
        parts = urlsplit(urljoin(f"https://{LOCAL_HOST}/{rel}", value))
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
