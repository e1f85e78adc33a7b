"""Personal links changed by `link_version` since the last build: the build's note on a raised one
(previous.renewed_links_note), the problem a lowered one is (previous.lowered_link_problems)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from incasso.audit.tree import MARKER
from incasso.ledger.problems import Source
from incasso.payments.tokens import statement_token
from pelican.plugins.incasso.previous import (
    lowered_link_problems,
    published_links_problem,
    recorded_links_problem,
    renewed_links_note,
)

SECRET = "Zq8vT3kLm2Wx9PbR4nYc7HdJ6sFg5Aue1Qo0"


def _last_build(internal: Path, links: dict[str, int]) -> Path:
    """A last build's internal folder whose claims.json lists each debtor's link of the version given."""
    internal.mkdir()
    (internal / MARKER).write_text("incasso output\n", encoding="utf-8")
    claims = [{"id": i, "url": f"https://pay.example.nl/s/{statement_token(SECRET, i, v)}/"} for i, v in links.items()]
    (internal / "claims.json").write_text(json.dumps({"claims": claims}, indent=2), encoding="utf-8")
    return internal


def _debtors(versions: dict[str, int], written: bool = True) -> Any:
    def debtor(debtor_id: str, version: int) -> SimpleNamespace:
        file = f"{debtor_id}.yaml"
        at = Source(file, 9, 1) if written or version != 1 else None
        return SimpleNamespace(
            id=debtor_id,
            link_version=version,
            source=Source(file),
            id_source=Source(file, 3, 5),
            link_version_source=at,
        )

    return [debtor(i, v) for i, v in versions.items()]


def test_a_raised_link_version_is_said_once_for_staff_to_send_the_new_link(tmp_path):
    internal = _last_build(tmp_path / "internal", {"D-1001": 1, "D-1003": 1})
    note = renewed_links_note(internal, _debtors({"D-1001": 1, "D-1003": 2}), SECRET)
    assert note is not None and note.startswith("1 dossier has a new personal link since the last build")
    assert "D-1003" in note and "D-1001" not in note


def test_no_note_when_every_link_is_the_last_builds_or_a_new_dossiers(tmp_path):
    internal = _last_build(tmp_path / "internal", {"D-1001": 1, "D-1003": 2})
    assert renewed_links_note(internal, _debtors({"D-1001": 1, "D-1003": 2, "D-1017": 1}), SECRET) is None


def test_a_link_version_lowered_again_is_a_problem_at_its_line(tmp_path):
    # Staff wrote link_version: 3 because the second link reached someone else; 2 written again (a typo, a merge)
    # brings that link back to life. Known from the ledger cache's versions or, without one, from claims.json.
    internal = _last_build(tmp_path / "internal", {"D-1003": 3, "D-1004": 1})
    debtors = _debtors({"D-1001": 1, "D-1003": 2, "D-1004": 1})
    for last in (None, {"D-1003": 3}):  # claims.json (no cache), or the cache
        (problem,) = lowered_link_problems(internal, debtors, SECRET, last)
        assert str(problem).startswith("D-1003.yaml:9:1: link_version: is lower than at the last build (3)")
        assert "write link_version: 3" in str(problem)
    (problem,) = lowered_link_problems(tmp_path / "none", debtors, SECRET, {"D-1003": 3})  # the cache alone
    assert str(problem).startswith("D-1003.yaml:9:1: link_version: is lower")


def test_a_link_version_taken_out_is_a_problem_at_the_id(tmp_path):
    internal = _last_build(tmp_path / "internal", {"D-1003": 2})
    (problem,) = lowered_link_problems(internal, _debtors({"D-1003": 1}, written=False), SECRET, None)
    assert str(problem).startswith("D-1003.yaml:3:5: link_version: is not written (so 1), lower than")


def test_a_link_version_kept_or_raised_is_no_lowering(tmp_path):
    internal = _last_build(tmp_path / "internal", {"D-1003": 2, "D-1004": 1})
    assert lowered_link_problems(internal, _debtors({"D-1003": 2, "D-1004": 1, "D-1017": 1}), SECRET, None) == []
    assert lowered_link_problems(internal, _debtors({"D-1003": 3, "D-1004": 2}), SECRET, {"D-1003": 2}) == []


def _published(output: Path, tokens: list[str]) -> Path:
    """A last build's public output holding a page for each of `tokens`."""
    for token in tokens:
        (output / "s" / token).mkdir(parents=True)
    (output / MARKER).write_text("incasso output\n", encoding="utf-8")
    return output


def test_with_build_json_lost_the_secret_is_checked_by_every_link_version(tmp_path):
    # Every page has a later link (link_version): the secret they were made with is the right one, not one that
    # gives none of the version-1 links; a new secret giving the same later links is no new secret.
    debtors = _debtors({"D-1003": 3})
    output = _published(tmp_path / "output", [statement_token(SECRET, "D-1003", 3)])
    internal = _last_build(tmp_path / "internal", {"D-1003": 3})
    assert published_links_problem(output, debtors, SECRET, False) is None
    assert recorded_links_problem(internal, debtors, SECRET, False, None) is None
    assert "already has" in (published_links_problem(output, debtors, SECRET, True) or "")
    assert "already has" in (recorded_links_problem(internal, debtors, SECRET, True, None) or "")
    other = "another-real-secret-of-thirty-two-chars-or-more"
    assert "gives none of the 1 personal links" in (published_links_problem(output, debtors, other, False) or "")
    assert published_links_problem(output, debtors, other, True) is None


def test_with_build_json_lost_a_link_version_raised_since_is_checked_by_the_link_it_had(tmp_path):
    output = _published(tmp_path / "output", [statement_token(SECRET, "D-1004")])
    assert published_links_problem(output, _debtors({"D-1004": 2}), SECRET, False) is None
