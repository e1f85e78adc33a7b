"""The policy block in docs/ledger-format.md says it shows the defaults: a reader who uncomments or copies a
line of it must get the default, not a fixed number the code would not choose (review 28, F9)."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date
from decimal import Decimal

from incasso.claims.timing import postal_norm
from incasso.ledger.model import Policy
from tests.support.site import REPO

DOCS = REPO / "docs" / "ledger-format.md"


def policy_block() -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(r"## The policy block\n.*?```yaml\npolicy:\n(.*?)\n```\n", text, re.DOTALL)
    assert found is not None
    return found[1].splitlines()


def test_every_value_the_policy_block_shows_is_the_default():
    defaults = {f.name: f.default for f in fields(Policy)}
    shown = {}
    for line in policy_block():
        name, _, value = line.strip().removeprefix("# ").partition(":")
        shown[name] = value.split("#")[0].strip()
    assert set(shown) == set(defaults)
    for name, value in shown.items():
        default = defaults[name]
        if default is None:  # no number: a fixed one written out would be kept for good
            assert not value.strip().isdigit(), name
        elif isinstance(default, bool):
            assert value == str(default).lower(), name
        elif isinstance(default, str):  # a choice (envelope_window)
            assert value == default, name
        else:
            assert Decimal(value) == default, name


def test_the_delivery_days_line_names_the_postal_norm_and_when_it_changes():
    (line,) = [line for line in policy_block() if "delivery_days:" in line]
    assert line.lstrip().startswith("# delivery_days:")
    now, later = postal_norm(date(2026, 12, 1)), postal_norm(date(2027, 7, 1))
    assert f"the postal norm, {now}; {later} from 1 July 2027" in line
