"""`incasso build --staff-language`: the staff output's language from the command line, over the settings'."""

from __future__ import annotations

from pathlib import Path

import pytest

from incasso.cli.main import main
from incasso.staff import words, words_en
from tests.support.site import AS_OF, DEMO_LEDGER, settings_with

DATE = AS_OF.isoformat()


@pytest.fixture(autouse=True)
def _no_secret(monkeypatch):
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    monkeypatch.delenv("INCASSO_PUBLIC_URL", raising=False)


def build(tmp_path: Path, *extra: str) -> int:
    return main(
        [
            "build",
            "--ledger",
            str(DEMO_LEDGER),
            "--as-of",
            DATE,
            "--output",
            str(tmp_path / "out"),
            "--internal-output",
            str(tmp_path / "internal"),
            "-q",
            *extra,
        ]
    )


def settings_saying(tmp_path: Path, language: str) -> Path:
    return settings_with(tmp_path, STAFF_LANGUAGE=language)


def overview(tmp_path: Path) -> str:
    return (tmp_path / "internal" / "index.html").read_text(encoding="utf-8")


def test_the_flag_writes_the_staff_output_in_english(tmp_path):
    assert build(tmp_path, "--staff-language", "en") == 0
    page = overview(tmp_path)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert f"<h1>{words_en.UI['title']}</h1>" in page


def test_the_flag_goes_before_the_settings(tmp_path):
    settings = settings_saying(tmp_path, "en")
    assert build(tmp_path, "--settings", str(settings), "--staff-language", "nl") == 0
    page = overview(tmp_path)
    assert page.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert f"<h1>{words.UI['title']}</h1>" in page


def test_without_the_flag_the_settings_say(tmp_path):
    assert build(tmp_path, "--settings", str(settings_saying(tmp_path, "en"))) == 0
    assert overview(tmp_path).startswith('<!DOCTYPE html>\n<html lang="en">')


def test_another_language_is_refused_by_the_command_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        build(tmp_path, "--staff-language", "de")
    assert stopped.value.code == 2
    assert "--staff-language: invalid choice: 'de' (choose from 'nl', 'en')" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() and not (tmp_path / "internal").exists()
