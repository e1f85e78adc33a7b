"""axe-core's WCAG checks of a page in a real browser: each violation as one line that names it.

    page.goto(url)  # or page.set_content(html)
    violations(page)  # ["color-contrast (serious) .pay-data .copy-button: <button ...>", ...]

axe-core comes with the PyPI package axe-playwright-python (pyproject's `test` extra), which bundles
it; only its script is used here, added to a page by the browser's driver (which a page's
Content-Security-Policy does not stop). The rules are those tagged for WCAG 2.0, 2.1 and
2.2 at levels A and AA; what axe cannot decide ("incomplete") is left to the tests that measure it
(tests/support/contrast.py for the contrast of SVG text).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.base import AXE_SCRIPT

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"]}
RUN = "options => axe.run(document, options)"


def violations(page) -> list[str]:
    """Each element that breaks a WCAG A or AA rule: the rule, its impact, the element's selector and HTML."""
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
