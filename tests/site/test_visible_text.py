"""tests.support.site.visible_text reads a page as its reader does: what Jinja's autoescape writes as a character
reference (an apostrophe as &#39;, a quote as &#34;, an ampersand as &amp;) is read as the character. Until s64 it read
only &nbsp;, so "O&#39;Brien" was what a test saw of a debtor named O'Brien, and no test could expect the name."""

from __future__ import annotations

import pytest
from jinja2 import Environment

from tests.support.site import visible_text

PAGE = Environment(autoescape=True).from_string(
    "<html><head><style>p { color: red }</style></head><body><p>{{ name }}</p>"
    "<script>var x = '&#39;';</script><p>EUR&nbsp;{{ amount }}</p></body></html>"
)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Sean O'Brien", "Sean O'Brien EUR 12,50"),
        ('Bakkerij "De Korenschoof" & Zn', 'Bakkerij "De Korenschoof" & Zn EUR 12,50'),
        ("<b>Jan</b>", "<b>Jan</b> EUR 12,50"),  # written as text, read as text: not a tag dropped
    ],
)
def test_a_page_s_character_references_are_read_as_its_reader_sees_them(name, said):
    html = PAGE.render(name=name, amount="12,50")
    assert "&#39;" in html or "&#34;" in html or "&lt;" in html  # Jinja wrote references: the reading is tested
    assert visible_text(html) == said
