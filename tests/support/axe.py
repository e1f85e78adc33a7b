"""axe-core's WCAG checks of a page in a real browser: each violation as one line that names it.

    page.goto(url)  # or page.set_content(html)
    violations(page)  # ["color-contrast (serious) .pay-data .copy-button: <button ...>", ...]

axe-core comes with the PyPI package axe-playwright-python (pyproject's `test` extra), which bundles
it; only its script is used here, added to a page by the browser's driver (which a page's
Content-Security-Policy does not stop). The rules are those tagged for WCAG 2.0, 2.1 and
2.2 at levels A and AA, and axe's best practices (every one: the pages, the staff pages and the e-mails
meet them all), in the same run of axe on the page already open; and three of its experimental rules,
each of which found something that was fixed (session 46: a paragraph styled as the amount's heading,
the e-mails' scrolling tables as groups, the instalments' numbers without a header). What axe cannot
decide ("incomplete") is left to the tests that measure it (tests/support/contrast.py for the contrast
of SVG text).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.base import AXE_SCRIPT

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
BEST_PRACTICE = ["best-practice"]  # one main landmark, all content in landmarks, one h1, heading order, ...
# Experimental rules (run by none of the tags) that found what session 46 fixed: held so that it cannot come back.
EXPERIMENTAL = ["p-as-heading", "focus-order-semantics", "td-has-header"]
OPTIONS = {
    "runOnly": {"type": "tag", "values": [*WCAG_AA, *BEST_PRACTICE]},
    "rules": {rule: {"enabled": True} for rule in EXPERIMENTAL},
    "resultTypes": ["violations"],
}
RUN = "options => axe.run(document, options)"


def violations(page) -> list[str]:
    """Each element that breaks a WCAG A or AA rule or a best practice (OPTIONS): the rule, its impact, the element's
    selector and HTML."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    found: dict[str, Any] = page.evaluate(RUN, OPTIONS)
    return [
        f"{rule['id']} ({rule['impact']}) {' > '.join(map(str, node['target']))}: {_short(node['html'])}"
        for rule in found["violations"]
        for node in rule["nodes"]
    ]


def _short(html: str) -> str:
    html = " ".join(html.split())
    return html if len(html) <= 160 else html[:157] + "..."
