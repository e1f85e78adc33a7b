"""s48: a confirmation letter says each thing once. A promise's confirmation said "Lukt het toch niet op tijd? Laat
het ons dan zo snel mogelijk weten" (the shipped text) and then "Lukt het niet op tijd? Laat het ons dan vóór 31
december weten" (the core's), and "Dank u wel" twice. One real build of a ledger with a confirmation of every kind,
in Dutch and English (a promise of the whole, of part, with a wait asked for, by a representative; a plan, of one
instalment; a settlement by a day, in instalments; a wait asked for; a settlement paid): each letter read back from
its PDF and its e-mail, no sentence said twice, and no thing twice in other words."""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest

from tests.support.ledgers import COUNSELLOR, event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site

pytestmark = pytest.mark.slow

AS_OF = date(2026, 3, 10)
SECRET = "s48-said-once-secret-0123456789abcdef"
REMINDER = event(date(2026, 2, 10), "reminder", channel="letter")
PROMISED = AS_OF + timedelta(days=21)
WAIT = event(AS_OF, "postpone", until=date(2026, 5, 1), reason="Inventarisatie", asked_by="debtor")
PLAN = [{"due": date(2026, m, 1), "amount": Decimal("400.00")} for m in (4, 5, 6)]
SETTLED_ON = date(2026, 2, 20)
# Each dossier: its events, payments, and a representative; the letter its first build writes.
KINDS: dict[str, tuple[list, list, dict | None, str]] = {
    "PW": ([REMINDER, event(AS_OF, "promise", promised_date=PROMISED)], [], None, "promise"),
    "PP": ([REMINDER, event(AS_OF, "promise", promised_date=PROMISED, amount=Decimal("300.00"))], [], None, "promise"),
    "PA": ([REMINDER, event(AS_OF, "promise", promised_date=PROMISED), WAIT], [], None, "promise"),
    "PR": ([REMINDER, event(AS_OF, "promise", promised_date=PROMISED)], [], COUNSELLOR, "promise"),
    "AP": ([REMINDER, event(AS_OF, "arrangement", installments=PLAN)], [], None, "arrangement"),
    "A1": (
        [REMINDER, event(AS_OF, "arrangement", installments=[{"due": date(2026, 4, 1), "amount": "1260.00"}])],
        [],
        None,
        "arrangement",
    ),
    "SD": (
        [REMINDER, event(AS_OF, "settlement", amount=Decimal("600.00"), pay_by=date(2026, 5, 31))],
        [],
        None,
        "settlement",
    ),
    "SI": (
        [REMINDER, event(AS_OF, "settlement", amount=Decimal("600.00"), installments=PLAN[:2][::1])],
        [],
        COUNSELLOR,
        "settlement",
    ),
    "WA": ([REMINDER, event(date(2026, 2, 24), "dunning", channel="letter"), WAIT], [], None, "pause"),
    "ST": (
        [REMINDER, event(SETTLED_ON, "settlement", amount=Decimal("600.00"), pay_by=date(2026, 3, 31))],
        [payment(date=AS_OF, amount=Decimal("600.00"))],
        None,
        "settled",
    ),
}


def _debtor(n: int, key: str, language: str) -> dict:
    events, payments, representative, _ = KINDS[key]
    if key == "SI":  # two instalments of 300 adding up to the agreed sum
        events = [REMINDER, event(AS_OF, "settlement", amount=Decimal("600.00"), installments=_halves())]
    doc = valid_debtor(
        id=f"D-{key}-{language}",
        name=f"Debiteur {n}",
        language=language,
        events=events,
        payments=payments,
        invoices=[invoice(number=f"F-{n:03d}")],
    )
    if representative is not None:
        doc["representative"] = {**representative, "since": date(2026, 3, 1)}
    return doc


def _halves() -> list[dict]:
    return [{"due": date(2026, m, 1), "amount": Decimal("300.00")} for m in (4, 5)]


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("said-once")
    debtors = [_debtor(n, key, lang) for n, (key, lang) in enumerate((k, g) for k in KINDS for g in ("nl", "en"))]
    ledger = write_ledger(root / "ledger", creditor=valid_creditor(interest="statutory"), debtors=debtors)
    site = build_site(
        root, ledger=ledger, as_of=AS_OF, extra=["--public-url", "https://betalen.example.nl"], secret=SECRET
    )
    assert site.exit_code == 0
    return site.internal / "letters"


CASES = [(key, lang) for key in KINDS for lang in ("nl", "en")]
# What a letter or page says once, in whatever words: a thanks; what to do when it cannot be paid in time; that the
# agreed amount was paid.
ONCE = {
    "thanks": re.compile(r"\bdank u wel\b|\bthank you\b", re.I),
    "not in time": re.compile(r"\blukt het (toch )?niet op tijd\b|\bcannot pay in time\b", re.I),
    "paid the agreed amount": re.compile(
        r"\b(het afgesproken bedrag|dat bedrag)( op tijd)?( helemaal)? betaald\b|\bpaid (the agreed|that) amount\b",
        re.I,
    ),
}
# Where the letter's own words end: its details on the next page; the payment box between is the same in every one.
_END = re.compile(r" (Wat u moet betalen en waarom|What you owe and why) ")
_PAY_BOX = re.compile(r" (Zo betaalt u|How to pay) Bedrag .*? (Scan met uw bank-app|Scan with your banking app)")


def _body(text: str) -> str:
    """From the salutation to the details, the payment box left out: what the text and the core say of this letter."""
    text = flat(text)
    start = re.search(r"(Geachte|Dear) ", text)
    assert start is not None, text[:500]
    body = _END.split(text[start.start() :])[0]
    return _PAY_BOX.sub(" ", body)


def _sentences(body: str) -> list[str]:
    """The sentences of `body` of four words or more, compared without case, figures or dates."""
    said = [re.sub(r"[\d.,]+", "#", s.lower()).strip() for s in re.split(r"(?<=[.?!])\s+", body)]
    return [s for s in said if len(s.split()) >= 4]


def _said_twice(body: str) -> list[str]:
    sentences = _sentences(body)
    twice = sorted({s for s in sentences if sentences.count(s) > 1})
    return twice + [f"{name}: {n} times" for name, said in ONCE.items() if (n := len(said.findall(body))) > 1]


@pytest.mark.parametrize(("key", "lang"), CASES)
def test_a_confirmation_says_each_thing_once(letters, key, lang):
    """The letter read back from its PDF, and the e-mail's plain text: no sentence twice, no thing twice."""
    name = f"D-{key}-{lang}-{KINDS[key][3]}"
    letter = _body(" ".join(pdf_text((letters / f"{name}.pdf").read_bytes())))
    assert _said_twice(letter) == [], letter
    plain = read_eml(letters / f"{name}.eml").get_body(preferencelist=("plain",))
    assert plain is not None
    mail = _body(plain.get_content())
    assert _said_twice(mail) == [], mail
    assert ONCE["thanks"].search(letter) or KINDS[key][3] == "pause", letter  # said once, not left out


@pytest.mark.parametrize(("key", "lang"), [case for case in CASES if case[0].startswith("P")])
def test_a_promise_page_says_each_thing_once(letters, key, lang):
    """The promise's page: the top, the message and "Wat gebeurt er nu?" thank once and say once what to do when it
    cannot be paid in time, with its day."""
    from incasso.payments.tokens import statement_token

    page = letters.parents[1] / "output" / "s" / statement_token(SECRET, f"D-{key}-{lang}") / "index.html"
    text = flat(unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))))
    said = {name: len(pattern.findall(text)) for name, pattern in ONCE.items()}
    assert said == {"thanks": 1, "not in time": 1, "paid the agreed amount": 0}, text[:2000]
    tell = {"nl": "Laat het ons dan vóór 31 maart 2026 weten.", "en": "please let us know before 31 March 2026."}
    assert tell[lang] in text


# The texts as shipped before, word for word, as a site may have copied them (content/letters, content/messages).
COPIED_BEFORE = {
    "letters/nl/promise.md": "Dank u wel voor uw betaalbelofte. In {this_letter} zetten wij onze afspraak op een rij, "
    "zodat u die nog eens kunt nalezen.\n\nLukt het toch niet op tijd? Laat het ons dan zo snel mogelijk weten, dan "
    "zoeken wij samen een oplossing.\n",
    "messages/nl/promise.md": "Dank u wel voor uw betaalbelofte. U betaalt uiterlijk op de datum die wij samen hebben "
    "afgesproken. Tot die tijd sturen wij u geen nieuwe brieven.\n\nLukt het toch niet op tijd? Laat het ons dan zo "
    "snel mogelijk weten, dan zoeken wij samen een oplossing.\n",
    "messages/en/promise.md": "Thank you for your promise to pay by the date we agreed together. Until then, we will "
    "not send you any new letters.\n\nIf you cannot pay in time after all, please let us know as soon as possible. We "
    "will then find a solution together.\n",
    "letters/nl/settled.md": "Goed nieuws: u heeft het afgesproken bedrag helemaal betaald. Daarmee is uw dossier bij "
    "ons afgesloten.\n",
    "letters/en/settled.md": "Good news: you have paid the agreed amount in full. Your file with us is now closed.\n",
    # ... and a site's own words, which stay as written, also where they say a thing the core says too.
    "letters/en/promise.md": "Thank you for your promise. If you cannot pay in time, please call Sanne.\n",
}


@pytest.fixture(scope="module")
def copied(tmp_path_factory) -> Path:
    """The letters and pages of a build whose site copied its texts before this change."""
    from tests.support.site import REPO

    root = tmp_path_factory.mktemp("copied-before")
    content = root / "content"
    shutil.copytree(REPO / "content", content)
    for name, text in COPIED_BEFORE.items():
        (content / name).write_text(text, encoding="utf-8")
    settings = root / "settings.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(REPO)!r})\nfrom pelicanconf import *  # noqa: F401,F403\n"
        f"PATH = {str(content)!r}\nTHEME = {str(REPO / 'theme')!r}\n",
        encoding="utf-8",
    )
    debtors = [_debtor(n, key, lang) for n, (key, lang) in enumerate(CASES) if key in ("PW", "ST")]
    ledger = write_ledger(root / "ledger", creditor=valid_creditor(interest="statutory"), debtors=debtors)
    extra = ["--public-url", "https://betalen.example.nl", "--settings", str(settings)]
    site = build_site(root, ledger=ledger, as_of=AS_OF, extra=extra, secret=SECRET)
    assert site.exit_code == 0
    return site.internal / "letters"


@pytest.mark.parametrize(("key", "lang"), [("PW", "nl"), ("ST", "nl"), ("ST", "en")])
def test_a_text_copied_before_leaves_out_what_the_letter_says_itself(copied, key, lang):
    """A site's promise.md and settled.md copied before, word for word: the sentence the core now says with its day
    is left out, the rest of their text stays."""
    name = f"D-{key}-{lang}-{KINDS[key][3]}"
    letter = _body(" ".join(pdf_text((copied / f"{name}.pdf").read_bytes())))
    assert _said_twice(letter) == [], letter
    opening = {"PW": "Dank u wel voor uw betaalbelofte.", "ST": "Goed nieuws:"}[key]
    assert opening in letter or lang == "en", letter


def test_a_site_s_own_words_stay_as_written(copied):
    """Their own sentence is theirs: kept, beside the core's, which keeps its day (docs/letters.md, "Said once")."""
    letter = _body(" ".join(pdf_text((copied / "D-PW-en-promise.pdf").read_bytes())))
    assert "If you cannot pay in time, please call Sanne." in letter
    assert "If you cannot pay in time, please let us know before 31 March 2026." in letter


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_promise_message_copied_before_says_each_thing_once(copied, lang):
    from incasso.payments.tokens import statement_token

    page = copied.parents[1] / "output" / "s" / statement_token(SECRET, f"D-PW-{lang}") / "index.html"
    text = flat(unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))))
    said = {name: len(pattern.findall(text)) for name, pattern in ONCE.items()}
    assert said == {"thanks": 1, "not in time": 1, "paid the agreed amount": 0}, text[:2000]
    kept = {
        "nl": "Dank u wel voor uw betaalbelofte. Tot de datum die wij samen hebben afgesproken, sturen wij u geen nieuwe "
        "brieven.",
        "en": "Thank you for your promise to pay by the date we agreed together. Until then, we will not send you any "
        "new letters.",
    }
    assert kept[lang] in text
