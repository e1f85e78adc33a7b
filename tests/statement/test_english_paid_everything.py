"""s49: the English "Please pay this last amount too, and everything is settled." (a kept promise's or a plan's rest,
a notice paid in time with interest left, the rest's reminder) said "settled" where a settlement is an agreed lower
amount on these pages; a missed instalment's "Our agreement then simply stands." was the Dutch word for word. Now "and
you will have paid everything" and "Your payment plan then stays in place." A site whose texts were copied before
reads the new words, in each version shipped (through the shipped-history tables); words of its own stay. s51: the
first versions' question, "Could you pay ...? Then ..." (the Dutch order), reads as the sentence shipped now."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pelican.plugins.incasso.letters.texts import LetterTexts
from pelican.plugins.incasso.statements import Messages
from tests.support.site import REPO

CONTENT = REPO / "content"
OLD_WORDS = ("everything is settled", "simply stands")
PAID = "you will have paid everything."
STAYS = "your payment plan then stays in place."
# Each sentence as it was shipped (git history of content/messages/en and content/letters/en), with what it reads now.
SHIPPED_BEFORE = {
    "notice_paid": (
        ("Please pay this last amount too, and everything is settled.", PAID),
        (
            "Would you like to pay this last amount too? Then everything is settled.",
            "this last amount too, and " + PAID,
        ),
    ),
    "remainder": (
        ("Please pay this last amount as well, and everything is settled.", PAID),
        (
            "Could you pay this last amount as well? Then everything is settled.",
            "this last amount as well, and " + PAID,
        ),
    ),
    "plan_missed": (
        (
            "Please pay that instalment {pay_by}, and the next on time. Our agreement then simply stands.",
            "Your " + STAYS[5:],
        ),
        ("Please pay that instalment {pay_by}: our agreement then simply stands.", STAYS),
    ),
    "plan_missed_part": (
        (
            "Please pay the rest of that instalment {pay_by}, and the next on time. Our agreement then simply stands.",
            "Your " + STAYS[5:],
        ),
        ("Please pay the rest of that instalment {pay_by}: our agreement then simply stands.", STAYS),
    ),
    "plan_missed_several": (
        (
            "Please pay those instalments {pay_by}, and the next on time. Our agreement then simply stands.",
            "Your " + STAYS[5:],
        ),
        ("Please pay those instalments {pay_by}: our agreement then simply stands.", STAYS),
    ),
    "plan_missed_several_part": (
        ("Please pay the rest of those instalments {pay_by}: our agreement then simply stands.", STAYS),
    ),
}
REMINDER_REST_BEFORE = (
    ("Please pay this last amount too, and everything is settled.", PAID),
    ("Could you pay this last amount too? Then everything is settled.", "Please pay this last amount too, and " + PAID),
)


def test_the_shipped_english_texts_say_neither() -> None:
    for folder in (CONTENT / "messages" / "en", CONTENT / "letters" / "en"):
        for path in folder.glob("*.md"):
            text = path.read_text(encoding="utf-8")
            assert not [w for w in OLD_WORDS if w in text], f"{path}: {text}"


def _site(tmp_path: Path, kind: str, key: str, sentence: str) -> Path:
    folder = shutil.copytree(CONTENT / kind, tmp_path / kind)
    (folder / "en" / f"{key}.md").write_text(f"Our own first line.\n\n{sentence} Call us.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("key", "shipped", "now"), [(key, *pair) for key, pairs in SHIPPED_BEFORE.items() for pair in pairs]
)
def test_a_message_copied_before_reads_the_new_words(tmp_path, key, shipped, now) -> None:
    html = Messages(_site(tmp_path, "messages", key, shipped)).html[("en", key)]
    assert now in html and not [w for w in OLD_WORDS if w in html] and "? Then" not in html, html
    assert "Our own first line." in html and "Call us." in html


@pytest.mark.parametrize(("shipped", "now"), REMINDER_REST_BEFORE)
def test_the_rest_s_reminder_copied_before_reads_the_new_words(tmp_path, shipped, now) -> None:
    texts = LetterTexts(_site(tmp_path, "letters", "reminder_rest", shipped))
    said = " ".join(line for _, line in texts[("en", "reminder_rest")].blocks)
    assert now in said and "everything is settled" not in said and "? Then" not in said, said


def test_words_of_a_site_s_own_stay(tmp_path) -> None:
    own = "Pay the rest, and everything is settled. Our agreement then simply stands, as we said."
    html = Messages(_site(tmp_path, "messages", "remainder", own)).html[("en", "remainder")]
    assert own in html, html
