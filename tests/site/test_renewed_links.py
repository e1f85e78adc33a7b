"""The build's note on personal links changed by `link_version` since the last build (previous.renewed_links_note)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from incasso.audit.tree import MARKER
from incasso.payments.tokens import statement_token
from pelican.plugins.incasso.previous import lowered_links_note, renewed_links_note

SECRET = "Zq8vT3kLm2Wx9PbR4nYc7HdJ6sFg5Aue1Qo0"


def _last_build(internal: Path, links: dict[str, int]) -> Path:
    """A last build's internal folder whose claims.json lists each debtor's link of the version given."""
    internal.mkdir()
    (internal / MARKER).write_text("incasso output\n", encoding="utf-8")
    claims = [{"id": i, "url": f"https://pay.example.nl/s/{statement_token(SECRET, i, v)}/"} for i, v in links.items()]
    (internal / "claims.json").write_text(json.dumps({"claims": claims}, indent=2), encoding="utf-8")
    return internal


def _debtors(versions: dict[str, int]) -> Any:
    return [SimpleNamespace(id=i, link_version=v) for i, v in versions.items()]


def test_a_raised_link_version_is_said_once_for_staff_to_send_the_new_link(tmp_path):
    internal = _last_build(tmp_path / "internal", {"D-1001": 1, "D-1003": 1})
    note = renewed_links_note(internal, _debtors({"D-1001": 1, "D-1003": 2}), SECRET)
    assert note is not None and note.startswith("1 dossier has a new personal link since the last build")
    assert "D-1003" in note and "D-1001" not in note


def test_no_note_when_every_link_is_the_last_builds_or_a_new_dossiers(tmp_path):
    internal = _last_build(tmp_path / "internal", {"D-1001": 1, "D-1003": 2})
    assert renewed_links_note(internal, _debtors({"D-1001": 1, "D-1003": 2, "D-1017": 1}), SECRET) is None


def test_a_link_version_lowered_again_is_said_the_old_link_works_again():
    # Staff wrote link_version: 2 because the first link reached someone else; the line taken out again (a tidy-up,
    # a merge) brings that first link back to life, and the page moves back without a word otherwise.
    note = lowered_links_note({"D-1003": 2, "D-1004": 3}, _debtors({"D-1001": 1, "D-1003": 1, "D-1004": 3}))
    assert note is not None and note.startswith("1 dossier has a lower link_version than at the last build")
    assert "D-1003 (1, was 2)" in note and "D-1004" not in note and "D-1001" not in note
    assert "works again" in note


def test_a_link_version_kept_or_raised_is_no_lowering():
    assert lowered_links_note({"D-1003": 2}, _debtors({"D-1003": 2, "D-1017": 1})) is None
    assert lowered_links_note({"D-1003": 2}, _debtors({"D-1003": 3})) is None
