"""A real build: a running settlement's dossier tops with the figures its debtor's page gives, not the whole claim.

s50 left: D-1017's dossier read "Totaal te betalen: EUR 3.021,00" beside "Afgesproken: EUR 1.200,00 van EUR
3.321,00", while its page asks EUR 300,00 and says EUR 900,00 of the agreed sum is open.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.slow


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ")


def test_a_running_settlement_s_dossier_tops_with_what_its_page_asks(demo_site) -> None:
    dossier = (demo_site.internal / "d" / "D-1017.html").read_text()
    glance = _text(re.search(r'<p class="glance">(.*?)</p>', dossier, re.S).group(1))
    link = re.search(r'id="personal-link" type="text" readonly value="([^"]+)"', dossier).group(1)
    page = _text((demo_site.output / link / "index.html").read_text())
    # What the page asks at its top, and the agreed sum's rest it names: the dossier's figures, in its top.
    asked = re.search(r"Te betalen (EUR [\d.,]+) Betaal uiterlijk (\d+ \w+ \d{4})", page)
    left = re.search(r"Van het afgesproken bedrag staat nog (EUR [\d.,]+) open", page)
    assert asked is not None and left is not None, page[:2000]
    assert f"Van het afgesproken bedrag nog open: {left.group(1)}" in glance, glance
    assert f"uiterlijk {asked.group(2)} (nog niet vervallen): {asked.group(1)}" in glance, glance
    assert "Totaal te betalen" not in glance, glance
    # The whole claim only as what a lapse brings back, not in bold: a clerk quotes what is asked.
    assert "Vervalt het akkoord, dan weer te betalen: EUR 3.021,00 en de rente sinds 27 oktober 2026" in glance
    assert "<strong>EUR 3.021,00" not in dossier
