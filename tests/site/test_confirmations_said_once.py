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
# What the letter does, said of itself ("In deze brief zetten wij onze afspraak op een rij", "Met deze brief bevestigen
# wij die afspraak", "This letter confirms it"): once, in whatever words. A second thing it confirms too ("Ook dat
# bevestigen wij met deze brief", "We confirm that in this letter as well") is no repeat.
_THIS = r"(deze brief|deze e-mail|this letter|this email)"
_DOES = re.compile(
    rf"\b{_THIS}\b.*\b(zetten wij|bevestigen wij|bevestigt|confirms?|we set out)\b|\b(bevestigen wij|we "
    rf"confirm)\b.*\b{_THIS}\b",
    re.I,
)
_TOO = re.compile(r"^ook\b|\bas well\b", re.I)


def _what_it_does(body: str) -> int:
    """How many sentences of `body` say what the letter does (`_DOES`), a second thing confirmed too not counted."""
    return sum(1 for s in re.split(r"(?<=[.?!])\s+", body) if _DOES.search(s) and not _TOO.search(s))


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
    twice += [f"{name}: {n} times" for name, said in ONCE.items() if (n := len(said.findall(body))) > 1]
    return twice + ([f"what the letter does: {n} times"] if (n := _what_it_does(body)) > 1 else [])


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
    assert _what_it_does(letter) == (KINDS[key][3] != "settled"), letter  # a confirmation says it confirms


def test_the_check_catches_a_letter_that_says_what_it_does_twice():
    """The check itself, on the words the confirmations had before s49 (opening and core), and on one that confirms a
    second thing too: it can fail, and does not where it should not."""
    before = {
        "nl": "Dank u wel voor uw betaalbelofte. In deze brief zetten wij onze afspraak op een rij, zodat u die nog eens "
        "kunt nalezen. Op 10 maart 2026 heeft u ons toegezegd EUR 300,00 te betalen, uiterlijk 31 maart 2026. Met "
        "deze brief bevestigen wij die afspraak.",
        "en": "Thank you for our agreement on a lower amount. In this email we set out what we agreed, so that you can "
        "read it again. On 10 March 2026 we agreed with you that you pay EUR 600.00 instead of EUR 1,260.00. We "
        "confirm that agreement in this email.",
    }
    for body in before.values():
        assert _said_twice(body) == ["what the letter does: 2 times"], body
    too = "Met deze brief bevestigen wij die afspraak. Tot 31 maart 2026 sturen wij u geen herinneringen. Ook dat "
    too += "bevestigen wij met deze brief. This letter confirms it."
    assert _what_it_does(too) == 2
    assert (
        _what_it_does(
            "Heeft u deze brief op 12 maart 2026 ontvangen? Wat er dan nog openstaat, is op de dag van "
            "deze brief EUR 960,00."
        )
        == 0
    )


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
    # ... the plan's as first shipped (before {this_letter}; its second paragraph the way out's since), and the
    # settlement's: each said what the letter does above the core's "Met deze brief bevestigen wij ...".
    "letters/nl/arrangement.md": "Dank u wel dat u met ons een betalingsregeling heeft afgesproken. In deze brief "
    "zetten wij de afspraken op een rij: welke termijnen u betaalt, en wanneer.\n\nLukt het een keer niet om een "
    "termijn te betalen? Neem dan zo snel mogelijk contact met ons op, dan kijken we samen of we de regeling kunnen "
    "aanpassen.\n",
    "letters/en/arrangement.md": "Thank you for agreeing a payment plan with us. In this letter we set out what we "
    "agreed: which instalments you pay, and when.\n\nIf you cannot pay an instalment at some point, please contact us "
    "as soon as possible, and we will see together whether we can change the plan.\n",
    "letters/nl/settlement.md": "Dank u wel voor onze afspraak over een lager bedrag. In {this_letter} zetten wij die "
    "afspraak op een rij, zodat u die nog eens kunt nalezen.\n",
    "letters/en/settlement.md": "Thank you for our agreement on a lower amount. In {this_letter} we set out what we "
    "agreed, so that you can read it again.\n",
    # ... and a site's own words, which stay as written, also where they say a thing the core says too.
    "letters/en/promise.md": "Thank you for your promise. If you cannot pay in time, please call Sanne.\n",
    # ... and the wait's letter of its own, which a promise's confirmation that confirms the wait too says (s49).
    "letters/nl/pause.md": "{asked_to_wait}\n\nDit bevestigen wij in {this_letter}. Heeft u vragen over het wachten? "
    "Bel dan Sanne van de afdeling Debiteuren.\n",  # the first sentence as shipped, the second their own
    "letters/en/pause.md": "We are glad your debt counsellor is helping you. Questions about the wait? Please call "
    "Sanne.\n",
}


COPIED_KINDS = ("PW", "PA", "AP", "SD", "ST")


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
    debtors = [_debtor(n, key, lang) for n, (key, lang) in enumerate(CASES) if key in COPIED_KINDS]
    ledger = write_ledger(root / "ledger", creditor=valid_creditor(interest="statutory"), debtors=debtors)
    extra = ["--public-url", "https://betalen.example.nl", "--settings", str(settings)]
    site = build_site(root, ledger=ledger, as_of=AS_OF, extra=extra, secret=SECRET)
    assert site.exit_code == 0
    return site.internal / "letters"


@pytest.mark.parametrize(
    ("key", "lang"), [("PW", "nl"), ("ST", "nl"), ("ST", "en"), ("AP", "nl"), ("AP", "en"), ("SD", "nl"), ("SD", "en")]
)
def test_a_text_copied_before_leaves_out_what_the_letter_says_itself(copied, key, lang):
    """A site's promise.md, arrangement.md, settlement.md and settled.md copied before, word for word: the sentence
    the core now says with its day (what the letter does, too) is left out, the rest of their text stays. The e-mail
    alike."""
    name = f"D-{key}-{lang}-{KINDS[key][3]}"
    letter = _body(" ".join(pdf_text((copied / f"{name}.pdf").read_bytes())))
    assert _said_twice(letter) == [], letter
    plain = read_eml(copied / f"{name}.eml").get_body(preferencelist=("plain",))
    assert plain is not None and _said_twice(_body(plain.get_content())) == []
    opening = {
        ("PW", "nl"): "Dank u wel voor uw betaalbelofte.",
        ("ST", "nl"): "Goed nieuws:",
        ("AP", "nl"): "Dank u wel dat u met ons een betalingsregeling heeft afgesproken.",
        ("AP", "en"): "Thank you for agreeing a payment plan with us.",
        ("SD", "nl"): "Dank u wel voor onze afspraak over een lager bedrag.",
        ("SD", "en"): "Thank you for agreeing a lower amount with us.",  # as shipped before, read as now (s49)
    }.get((key, lang), "")
    assert opening in letter, letter
    for left_out in ("op een rij", "set out", "Lukt het een keer niet", "at some point"):
        assert left_out not in letter, letter


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_site_s_own_pause_text_is_said_in_the_confirmation_that_confirms_the_wait_too(copied, lang):
    """s48 left a site's own pause.md out of a promise's confirmation that confirms the wait too: its words are said
    below the promise's opening, its shipped "Dit bevestigen wij in deze brief. ..." not (the core's "Ook ... bevestigen
    wij met deze brief" says it), and the wait granted once, whichever of the two names it."""
    name = f"D-PA-{lang}-promise"
    letter = _body(" ".join(pdf_text((copied / f"{name}.pdf").read_bytes())))
    plain = read_eml(copied / f"{name}.eml").get_body(preferencelist=("plain",))
    assert plain is not None
    for body in (letter, _body(plain.get_content())):
        assert _what_it_does(body) == 1, body  # the site's promise.md in English says "not in time" as its own
        own = {
            "nl": "Heeft u vragen over het wachten? Bel dan Sanne van de afdeling Debiteuren.",
            "en": "Please call Sanne.",
        }[lang]
        assert own in body, body
        granted = {"nl": "U heeft ons gevraagd om te wachten.", "en": "You asked us to wait."}[lang]
        assert body.count(granted) == 1, body
        assert body.index(own) < body.index({"nl": "heeft u ons toegezegd", "en": "you promised"}[lang])


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
