"""Where a URL leads, read as a browser reads it: the audit's test for "loads something from another site".

Browsers forgive a lot in a URL (the WHATWG URL standard): spaces and control
characters around it, tabs and line breaks inside it, backslashes for slashes
(`\\\\host\\img.png` is `//host/img.png`), any scheme with or without slashes
(`http:host/x`). CSS fetches through `url()`, `@import` and functions such as
`image-set()`, and may write any of it with escapes. All of that is undone
here before the question is asked.
"""

from __future__ import annotations

import re

from incasso.audit.text import css_unescape

C0_AND_SPACE = "".join(chr(c) for c in range(0x21))
TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# Schemes that fetch nothing from anywhere: the data is in the URL, or in this page.
LOCAL_SCHEMES = frozenset({"data", "blob", "about"})
# Attributes holding a list of URLs: srcset-like ones (URL, descriptors, commas), ping (spaces).
URL_LISTS = frozenset({"srcset", "imagesrcset", "ping"})

CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))""", re.I)
CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
CSS_STRING = re.compile(r""""([^"]*)"|'([^']*)'""")
# CSS functions whose string arguments are fetched like url() (image-set("a.png" 1x, ...)).
CSS_FETCHING = re.compile(r"(?<![\w-])(?:-webkit-image-set|image-set|image|cross-fade|src)\(", re.I)


def normalised(url: str) -> str:
    """The URL as the parser takes it: trimmed, tabs and newlines dropped, backslashes read as slashes."""
    return TAB_OR_NEWLINE.sub("", url.strip(C0_AND_SPACE)).replace("\\", "/")


def scheme(url: str) -> str | None:
    match = SCHEME.match(normalised(url))
    return match.group(1).lower() if match else None


def elsewhere(url: str) -> bool:
    """Whether fetching this URL from one of our pages asks another site (or another scheme) for it."""
    found = normalised(url)
    if found.startswith("//"):
        return True
    name = scheme(found)
    return name is not None and name not in LOCAL_SCHEMES


def attribute_urls(name: str, value: str) -> list[str]:
    """The URLs an attribute holds: one, or each of a srcset's or a ping's list."""
    if name in URL_LISTS:
        return [part for part in re.split(r"[\s,]+", value) if part]
    return [value]


LONGEST_FUNCTION = 10_000  # characters: a bound, so an unclosed "image(" repeated cannot take quadratic time


def _function_body(css: str, start: int) -> str:
    """The text inside the parentheses opened just before `start`."""
    depth = 1
    for at in range(start, min(len(css), start + LONGEST_FUNCTION)):
        if css[at] == "(":
            depth += 1
        elif css[at] == ")":
            depth -= 1
            if depth == 0:
                return css[start:at]
    return css[start : start + LONGEST_FUNCTION]


def css_urls(css: str) -> list[str]:
    """Every URL a stylesheet (or a style attribute) makes the browser fetch."""
    plain = CSS_COMMENT.sub(" ", css_unescape(css))
    found = ["".join(groups) for groups in CSS_URL.findall(plain)]
    found += ["".join(groups) for groups in CSS_IMPORT.findall(plain)]
    for match in CSS_FETCHING.finditer(plain):
        found += ["".join(groups) for groups in CSS_STRING.findall(_function_body(plain, match.end()))]
    return found


def css_elsewhere(css: str) -> list[str]:
    """The URLs of a stylesheet that load from another site."""
    return [url.strip() for url in css_urls(css) if elsewhere(url)]
