"""README's "A day with incasso" (review 25, F3) says what the screens and the workflows say: the Dutch words
staff look for are the overview's own, and the time to push by is the nightly workflow's schedule."""

from __future__ import annotations

import re

import yaml

from incasso.staff import words
from tests.support.site import REPO

# The words on screen the checklist names, as it names them ("..." where the screen shows a day or a path).
ON_SCREEN = (
    "Incasso: overzicht voor de afdeling",
    "Stand per",
    "Deze pagina staat op ..., niet op vandaag",
    "Brieven van vandaag",
    "mogelijk al betaald",
    "Wat nu",
    "Verstuurd? Zet dit ...",
    "Werk voor vandaag",
    "Bellen",
    "Bankafschriften",
    "Te koppelen betalingen",
    "Zo toewijzen",
)


def day_section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text.split("\n## A day with incasso\n", 1)[1].split("\n## ", 1)[0]


def screen_texts() -> list[str]:
    """Every Dutch text the staff pages are made of (incasso.staff.words)."""
    found = []
    for value in vars(words).values():
        if isinstance(value, dict):
            found += [text for text in value.values() if isinstance(text, str)]
    return found


def test_each_word_the_checklist_names_is_on_the_staff_pages():
    section = " ".join(day_section().split())
    texts = screen_texts()
    for said in ON_SCREEN:
        assert f"*{said}*" in section, said
        parts = [re.escape(part.strip()) for part in said.split("...")]
        shown = re.compile(".+".join(parts))
        assert any(shown.search(text) for text in texts), f"{said!r} is on no staff page"


def test_the_time_to_push_by_is_the_nightly_schedule():
    nightly = yaml.safe_load((REPO / ".github" / "workflows" / "nightly.yml").read_text(encoding="utf-8"))
    schedule = nightly[True]["schedule"]  # YAML 1.1 reads the key `on` as True
    assert schedule == [{"cron": "17 2 * * *"}]
    assert "02:17 UTC (03:17 in Amsterdam in winter, 04:17 in summer" in " ".join(day_section().split())


def test_the_ledger_check_the_checklist_relies_on_checks_every_push_to_the_ledger():
    check = yaml.safe_load((REPO / ".github" / "workflows" / "ledger-check.yml").read_text(encoding="utf-8"))
    assert check["name"] == "ledger check"
    assert {"ledger/**", "src/**", "content"} <= set(check[True]["push"]["paths"])
    section = " ".join(day_section().split())
    assert (
        "Every push that changes `ledger/` (or the texts in `content/`, or what else the build reads) is checked "
        "within minutes by the *ledger check* workflow, as of today and as of tomorrow" in section
    )


def test_the_morning_routine_says_a_red_run_means_hold_the_letters():
    """s26 finding 1: a failed audit or deploy leaves a staff output of today, with no red banner; the run is
    red and the folder holds NIET-GEPUBLICEERD.txt, and the checklist says what that means."""
    section = " ".join(day_section().split())
    assert "The run must be green" in section
    assert "`NIET-GEPUBLICEERD.txt`, means the pages were not published" in section
    assert "**hold the letters**" in section
    # s26 finding 11: the newest run may have no artifact at all.
    assert "No artifact on the newest run: the night failed" in section


def test_the_readme_says_run_workflow_where_a_rerun_would_publish_an_older_ledger():
    """s26 finding 2: a Re-run runs the old run's commit."""
    text = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "*Re-run* it (a rerun's" not in text
    assert "**Run workflow, not Re-run, once anything was pushed since.**" in text
