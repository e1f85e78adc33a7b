"""A debtor file with no event yet: the lines to record a step bring `events:`, as the payment box brings `payments:`.

The box *Verstuurd?* gave the event alone and said to type a new line `events:` first; pasted at the end of a file
whose last list is `payments:`, the lines read as a payment, and the check refused them (s49 review). Now they start
with `events:` where the file has none, and replace a line `events: []` where it has that. Each case is pasted as
the built dossier page says, and the real check and build then read the step as done.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.cli.main import main
from incasso.ledger.load import load_ledger
from incasso.ledger.model import EventType
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

AS_OF = date(2026, 3, 2)  # the invoice was due on 4 February: its reminder is due
PAYMENT = "payments:\n  - date: 2026-02-20\n    amount: 10.00\n"
RECORDED = "  - date: 2026-03-02\n    type: reminder\n    channel: letter"

# What the file holds besides its invoice, and where the lines go as the page says it.
FILES = {
    "no events": ("", "onderaan debtors/D-1001.yaml (de regel events: staat erbij)"),
    "payments last": (PAYMENT, "onderaan debtors/D-1001.yaml (de regel events: staat erbij)"),
    "events: []": ("events: []\n", "in debtors/D-1001.yaml in plaats van de regel events: (regel {line})"),
    "events: before payments": ("events:\n" + PAYMENT, "in plaats van de regel events: (regel {line})"),
}


def ledger_with(tmp_path: Path, written: str) -> Path:
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    path = root / "debtors" / "D-1001.yaml"
    path.write_text(path.read_text(encoding="utf-8") + written, encoding="utf-8")
    return root


def the_box(internal: Path) -> tuple[str, str]:
    """The dossier page's box as built: its intro, and the lines in its text area, as a clerk copies them."""
    page = (internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    intro = re.search(r'<p id="record-heading">(.*?)</p>', page, re.S)
    lines = re.search(r'<textarea id="record-step"[^>]*>(.*?)</textarea>', page, re.S)
    assert intro is not None and lines is not None
    return html.unescape(re.sub(r"<[^>]+>", "", intro.group(1))), html.unescape(lines.group(1))


def pasted(text: str, lines: str, written: str) -> str:
    """The lines pasted as the intro says: at the end of the file, or in place of its line `events:`."""
    if not written.startswith("events:"):
        return text + lines + "\n"
    start = text.index(written)
    key_line = written.splitlines(keepends=True)[0]
    return text[:start] + lines + "\n" + text[start + len(key_line) :]


@pytest.mark.parametrize("case", FILES)
def test_the_box_brings_events_and_pasted_as_it_says_the_step_is_recorded(tmp_path, case):
    written, place = FILES[case]
    root = ledger_with(tmp_path / "ledger", written)
    path = root / "debtors" / "D-1001.yaml"
    text = path.read_text(encoding="utf-8")
    site = build_site(tmp_path / "site", ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    intro, lines = the_box(site.internal)
    line = text.splitlines().index(written.splitlines()[0]) + 1 if written.startswith("events:") else 0
    assert place.format(line=line) in intro
    assert lines == "events:\n" + RECORDED + "   # zo schrijven wij deze debiteur; ging hij per e-mail, zet dan email"

    path.write_text(pasted(text, lines, written), encoding="utf-8")
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 0  # the real check: valid
    ledger = load_ledger(root)
    (debtor,) = ledger.debtors
    assert [event.type for event in debtor.events] == [EventType.REMINDER]
    assert len(debtor.payments) == (1 if PAYMENT in written else 0)  # the payment stays a payment
    assert assess(ledger, debtor, AS_OF).next_action.kind != "reminder"  # recorded: that step is done
    again = build_site(tmp_path / "again", ledger=root, as_of=AS_OF)
    assert again.exit_code == 0


def test_a_file_with_events_gets_the_event_alone(tmp_path):
    written = "events:\n  - date: 2026-02-05\n    type: note\n    note: gebeld, geen gehoor\n"
    root = ledger_with(tmp_path / "ledger", written)
    site = build_site(tmp_path / "site", ledger=root, as_of=AS_OF)
    intro, lines = the_box(site.internal)
    assert "onderaan events: in debtors/D-1001.yaml" in intro and not lines.startswith("events:")
