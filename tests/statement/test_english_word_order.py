"""s51: the English texts say a condition as English does, not in the Dutch order "Bekijkt u deze pagina op een
computer? Scan dan ..." carried over word for word ("Viewing this page on a computer or tablet? Then scan ...",
"Is a date wrong? Then correct it ..."), nor "Betaal ... Dan hoeven wij ..." as "Please pay ... Then we do not
need ...". Read in every English text a build writes from: the statement's labels, the letters' words, the staff's
words, and the messages, letter openings and sample pages shipped in content/ (a value a label fills in, such as
{plan_offer} after "Would you rather pay that in instalments?", filled in with each role's words). The built pages,
letters and e-mails are read for the same order in tests/site/test_english_outputs.py (tests.support.english).
A site's copy of a text as shipped before reads with the new words (and one of the first remainder, notice_paid and
reminder_rest texts: tests/statement/test_english_paid_everything.py)."""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator

import pytest

from incasso.ledger.model import Language
from incasso.letters import words
from incasso.staff import words_en
from incasso.statement.labels import LABELS
from pelican.plugins.incasso.statements import Messages
from tests.support.site import REPO

CONTENT = REPO / "content"
EN = LABELS[Language.EN]
# A question, then a sentence that opens with "Then": the Dutch "...? Dan ..." (a text may also open with it, said
# after a question another text asks).
QUESTION_THEN = re.compile(r"\?[”’)]?\s+Then\b|^\s*Then\b")
SENTENCE_THEN = re.compile(r"(?:^|[.?!:][”’)]?\s+)(Then\b[^.?!]*)")
# The debtor's sentences that open with "Then" and read right: each says what comes next, in time.
THEN_IN_TIME = (
    # missed_call, held_call: "... we will call you. Then we will send you a final notice": after the call.
    re.compile(r"^Then we will send you a (?:final notice|notice to pay)\b"),
)


def _leaves(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{where}.{key}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{where}[{index}]")


# The labels said into another text after its question ("Would you rather pay that in instalments? {plan_offer}"),
# each with its words while a counsellor or an administrator acts (statement.options).
SAID_AFTER = ("plan_offer", "ask_plan", "way_out")


def _filled(text: str) -> list[str]:
    """`text` with each of SAID_AFTER filled in, as each role words it."""
    names = [name for name in SAID_AFTER if f"{{{name}}}" in text]
    said = [text]
    for name in names:
        roles = [EN[key] for key in (name, f"{name}_counsellor", f"{name}_administrator") if key in EN]
        said = [each.replace(f"{{{name}}}", role) for each in said for role in roles]
    return said


def debtor_texts() -> dict[str, str]:
    """Every English text a debtor reads, as written: labels, the letters' words, messages, openings, pages."""
    texts = {f"labels {key}": said for key, said in EN.items()}
    texts |= {f"letters.words {key}": said for key, said in words.EN.items()}
    paths = [*sorted(CONTENT.glob("*/en/*.md")), *sorted((CONTENT / "pages").glob("*.en.md"))]
    assert len(paths) > 100
    texts |= {f"content/{path.relative_to(CONTENT)}": path.read_text(encoding="utf-8") for path in paths}
    return texts


def staff_texts() -> dict[str, str]:
    names = [name for name in vars(words_en) if name.isupper()]
    return dict(leaf for name in names for leaf in _leaves(getattr(words_en, name), f"staff.words_en {name}"))


SOURCE = REPO / "src"
# The debtor's tables (debtor_texts reads them) and the texts a site's copy may hold as shipped before, old words and
# all (statements.py, letters/texts.py): not what staff read.
NOT_STAFF = {
    SOURCE / "incasso" / "statement" / "labels.py",
    SOURCE / "incasso" / "letters" / "words.py",
    SOURCE / "pelican" / "plugins" / "incasso" / "statements.py",
    SOURCE / "pelican" / "plugins" / "incasso" / "letters" / "texts.py",
}


def staff_code_texts() -> dict[str, str]:
    """The English staff read that is written in the code, not in words_en: the notes and errors of `check`, `build`
    and the audit, every string in src/ that is no docstring (a Dutch one never opens a sentence with "Then")."""
    texts = {}
    for path in sorted(set(SOURCE.rglob("*.py")) - NOT_STAFF):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        documented = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, documented) and node.body and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                texts[f"{path.relative_to(SOURCE)}:{node.lineno}"] = node.value
    return texts


def _flat(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", text).split())


def test_no_english_sentence_says_then_after_a_question():
    texts = debtor_texts() | staff_texts()
    assert len(texts) > 2000
    found = [
        f"{where}: {said}"
        for where, text in texts.items()
        for said in _filled(_flat(text))
        if QUESTION_THEN.search(said)
    ]
    assert not found, "\n".join(found)


def test_no_english_sentence_a_debtor_reads_opens_with_then_unless_it_says_what_comes_next():
    """ "Please pay by 3 December 2026. Then we do not need to hand your file over ..." (the Dutch "Dan hoeven wij
    ..."): "That way, ...". "We will call you. Then we will send you a final notice" says what follows in time."""
    found = [
        f"{where}: {sentence}"
        for where, text in debtor_texts().items()
        for said in _filled(_flat(text))
        for sentence in SENTENCE_THEN.findall(said)
        if not any(allowed.match(sentence) for allowed in THEN_IN_TIME)
    ]
    assert not found, "\n".join(found)


def test_no_english_sentence_staff_read_opens_with_then():
    """s52: the staff's English said "... record the answer (dispute_resolved ...). Then the page no longer says we are
    looking into it" (the Dutch "Dan zegt de pagina ..."): "Once it is recorded, the page no longer says ...". Read in
    their words and in every other English text they read, written in the code."""
    texts = staff_texts() | staff_code_texts()
    assert len(texts) > 5000
    found = [f"{where}: {sentence}" for where, text in texts.items() for sentence in SENTENCE_THEN.findall(_flat(text))]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "said",
    [
        "Viewing this page on a computer or tablet? Then scan the QR code.",
        "Is a date wrong? Then correct it in the debtor's file.",
        "Would you rather pay that in instalments? Then ask us for a payment plan.",
        "Then ask us for a payment plan.",  # a label said after another's question ({plan_offer}), as it was
    ],
)
def test_the_scan_finds_a_question_and_then(said):
    assert QUESTION_THEN.search(said)


def test_the_scan_leaves_then_in_time_and_an_if_clause():
    for said in ("If a date is wrong, correct it. Then record the step.", "we will call you. Then we will send you"):
        assert not QUESTION_THEN.search(said)
    assert SENTENCE_THEN.findall("Please pay by 3 December. Then we do not need to.") == ["Then we do not need to"]
    assert any(allowed.match("Then we will send you a final notice") for allowed in THEN_IN_TIME)


# Each message as shipped before s51: the sentence now shipped, and the one a site's copy may still hold.
NO_HANDOVER = (
    "That way, we do not need to hand your file over to a collection agency.",
    "Then we do not need to hand your file over to a collection agency.",
)
MESSAGES_BEFORE = {
    "final_notice_passed": NO_HANDOVER,
    "final_notice_passed_paused": NO_HANDOVER,
    "final_notice_passed_plan": NO_HANDOVER,
    "final_notice_passed_plan_paused": NO_HANDOVER,
    "help_invite": (
        "Let us know, and we will discuss this bill with them.",
        "Let us know. Then we discuss this bill with them.",
    ),
}


@pytest.mark.parametrize("name", MESSAGES_BEFORE)
def test_a_site_s_copy_of_a_message_as_shipped_before_reads_as_shipped_now(tmp_path, name):
    now, before = MESSAGES_BEFORE[name]
    site = shutil.copytree(CONTENT / "messages", tmp_path / "messages")
    path = site / "en" / f"{name}.md"
    shipped = path.read_text(encoding="utf-8")
    assert shipped.count(now) == 1, name
    path.write_text(shipped.replace(now, before), encoding="utf-8")  # the copy, as shipped before
    copied, shipped = Messages(site).html[(Language.EN, name)], Messages(CONTENT / "messages").html[(Language.EN, name)]
    assert copied == shipped and now in shipped


def test_no_english_question_a_debtor_reads_leaves_out_its_subject():
    """ "Cannot pay this at once?" (final_notice_passed_plan_paused, as shipped until s51): the others ask "Can't pay
    ...?" or say "If you cannot pay ..."."""
    found = [
        f"{where}: {question}"
        for where, text in debtor_texts().items()
        for question in re.findall(r"(?:^|[.?!:]\s+)(Cannot\b[^.?!]*\?)", _flat(text))
    ]
    assert not found, "\n".join(found)


# final_notice_passed_plan_paused as a site may have copied it: as shipped before s51, and as s51-english shipped it.
CANNOT_PAY = ("Can't pay this at once? Please contact us", "Cannot pay this at once? Please contact us")


@pytest.mark.parametrize("handover", [NO_HANDOVER[0], NO_HANDOVER[1]], ids=["s51-english", "before-s51"])
def test_a_site_s_copy_asking_without_a_subject_reads_as_shipped_now(tmp_path, handover):
    name = "final_notice_passed_plan_paused"
    site = shutil.copytree(CONTENT / "messages", tmp_path / "messages")
    path = site / "en" / f"{name}.md"
    shipped = path.read_text(encoding="utf-8")
    assert shipped.count(CANNOT_PAY[0]) == 1 and shipped.count(NO_HANDOVER[0]) == 1
    path.write_text(shipped.replace(CANNOT_PAY[0], CANNOT_PAY[1]).replace(NO_HANDOVER[0], handover), encoding="utf-8")
    copied = Messages(site).html[(Language.EN, name)]
    assert copied == Messages(CONTENT / "messages").html[(Language.EN, name)]
    assert CANNOT_PAY[0] in copied


# A yes/no question, then "If so, ..." or "And was that ...?": the Dutch "Heeft u ...? Dan ..." kept as a question
# (s59: "Did you pay what our final notice asked by 16 March 2026? And was that after 10 March 2026? If so, ...").
QUESTION_IF_SO = re.compile(r"\?[”’)]?\s+(?:If so|And)\b")


def test_no_english_sentence_a_debtor_reads_asks_a_condition_and_then_says_if_so():
    """The English sample pages say a condition with "If" (tests/statement/test_texts_short.py); so do the labels and
    the letters: "If you paid it by then, we do not charge the collection costs.". A question that asks the debtor
    something stands alone, its answers in labels of their own (the settlement's undecided_label, "Ja? ... Nee?")."""
    found = [
        f"{where}: {said}"
        for where, text in debtor_texts().items()
        for said in _filled(_flat(text))
        if QUESTION_IF_SO.search(said)
    ]
    assert not found, "\n".join(found)


def test_the_scan_finds_a_question_and_if_so():
    assert QUESTION_IF_SO.search("Did you pay it by 3 December 2026? If so, we do not charge the costs.")
    assert QUESTION_IF_SO.search("Did you pay it? And was that after 1 December 2026? If so, ...")
    assert not QUESTION_IF_SO.search("If you paid it by then, we do not charge the collection costs.")
