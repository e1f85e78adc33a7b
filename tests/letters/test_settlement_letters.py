"""A settlement's letters (minnelijk akkoord, docs/letters.md "A settlement's letters"): its confirmation, written by
the first build that sees it and once, and the letter that it was paid in time; each says what was agreed by role,
what is remitted, what a miss does, and asks (or not) what the page asks; a site's texts copied before these kinds
existed read the shipped ones.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor, a postal and an e-mail address), due 4 February
2026, a reminder on 10 February; the settlement of 600.00 is agreed on 28 November 2026 by the debtor's counsellor.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.demand import page_asks
from incasso.claims.states import ActionKind
from incasso.ledger.model import Channel, Language
from incasso.letters.due import NO_RECORD, FirstSeen, LetterKind, letters_due, seen_record
from incasso.letters.view import letter_view
from incasso.statement.steps import summary
from incasso.statement.view import statement_view
from pelican.plugins.incasso.letters.pdf import render_pdf
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment
from tests.support.letters import flat, pdf_text, qr_codes
from tests.support.site import REPO

AGREED = date(2026, 11, 28)
REMINDER = event(date(2026, 2, 10), "reminder")
BY_DAY = event(AGREED, "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative")
IN_TWO = event(
    AGREED,
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
PAID = [payment(date=date(2027, 1, 14), amount=Decimal("600.00"))]


def _claim(tmp_path: Path, on: date, settlement=BY_DAY, paid=(), language="nl", **debtor):
    debtor.setdefault("representative", COUNSELLOR)  # BY_DAY was agreed by the counsellor
    ledger = one_debtor_ledger(
        tmp_path, events=[REMINDER, settlement], payments=list(paid), language=language, **debtor
    )
    return ledger, assess(ledger, ledger.debtors[0], on)


def _kinds(claim, seen=NO_RECORD) -> list[str]:
    return [due.kind for due in letters_due(claim, seen)]


def test_the_confirmation_is_written_by_the_first_build_that_sees_it_and_once(tmp_path: Path) -> None:
    ledger, first = _claim(tmp_path / "a", AGREED, representative=COUNSELLOR)
    assert _kinds(first) == [LetterKind.SETTLEMENT]  # no record: on its own date
    # Entered after the night's build: the next build, with that build's record, writes it (another day) ...
    _, before = _claim(tmp_path / "b", date(2026, 11, 27), settlement=REMINDER, representative=COUNSELLOR)
    record = FirstSeen(seen_record([before], NO_RECORD), complete=True, built=date(2026, 11, 27))
    _, later = _claim(tmp_path / "c", date(2026, 11, 30), representative=COUNSELLOR)
    assert _kinds(later, record) == [LetterKind.SETTLEMENT]
    # ... and the build after it does not write it again.
    again = FirstSeen(seen_record([later], record), complete=True, built=date(2026, 11, 30))
    _, next_day = _claim(tmp_path / "d", date(2026, 12, 1), representative=COUNSELLOR)
    assert _kinds(next_day, again) == []


def test_the_settled_letter_is_written_once_when_the_sum_is_paid_and_no_other_letter_to_a_closed_claim(tmp_path):
    _, running = _claim(tmp_path / "a", date(2027, 1, 10), representative=COUNSELLOR)
    record = FirstSeen(seen_record([running], NO_RECORD), complete=True, built=date(2027, 1, 10))
    _, settled = _claim(tmp_path / "b", date(2027, 1, 16), paid=PAID, representative=COUNSELLOR)
    assert settled.closed and _kinds(settled, record) == [LetterKind.SETTLED]
    assert _kinds(settled) == []  # no record: only on the day it was paid in full (14 January)
    after = FirstSeen(seen_record([settled], record), complete=True, built=date(2027, 1, 16))
    _, next_day = _claim(tmp_path / "c", date(2027, 1, 17), paid=PAID, representative=COUNSELLOR)
    assert _kinds(next_day, after) == []


def test_a_lapsed_settlement_has_no_letter_of_its_own(tmp_path: Path) -> None:
    _, running = _claim(tmp_path / "a", date(2027, 1, 31))
    record = FirstSeen(seen_record([running], NO_RECORD), complete=True, built=date(2027, 1, 31))
    _, lapsed = _claim(tmp_path / "b", date(2027, 2, 3))
    assert LetterKind.SETTLEMENT not in _kinds(lapsed, record) and LetterKind.SETTLED not in _kinds(lapsed, record)


def _said(view) -> str:
    return " ".join([*view.terms, *view.way_out.lines]).replace("\xa0", " ")


def test_the_confirmation_says_what_was_agreed_by_role_what_is_remitted_and_what_a_miss_does(tmp_path: Path):
    ledger, claim = _claim(tmp_path, AGREED, representative=COUNSELLOR)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = _said(view)
    assert view.subject == "Bevestiging van onze afspraak over een lager bedrag (minnelijk akkoord)"
    assert (
        "Op 28 november 2026 hebben wij met uw schuldhulpverlener afgesproken dat u EUR 600,00 betaalt in plaats van "
        "EUR 1.250,00. Met deze brief bevestigen wij die afspraak."
    ) in said, said
    assert "U betaalt dat bedrag uiterlijk 31 januari 2027." in said
    assert "Dan schelden wij de rest kwijt: EUR 650,00. Tot die tijd komen er geen rente of kosten bij." in said
    lapse = "Betaalt u niet alles op tijd? Dan vervalt de afspraak en vragen wij weer het hele bedrag."
    assert (
        f"{lapse} Wat u al heeft betaald, gaat daarvan af. Er kunnen dan rente en kosten bij komen, alsof niets was "
        "afgesproken."
    ) in said
    # s50: one sentence for what a miss does, the page's (its top) and the letter's (statement.steps.settlement_lapse).
    assert summary(claim, ledger, claim.debtor.language).lines[-1] == lapse
    # No new plan beside it, but a word in time; by role only, never the counsellor's name.
    assert "Neem dan contact met ons op, het liefst vóór de afgesproken dag." in said
    assert "Uw schuldhulpverlener kan dit ook namens u regelen." in said and "betalingsregeling aan" not in said
    assert "Schuldhulp Utrecht" not in str(view) and "Jan Smit" not in str(view)
    # It asks what the page asks: the agreed sum.
    page = statement_view(claim, ledger)
    assert view.pay is not None and page.pay is not None and page_asks(claim) == Decimal("600.00")
    assert view.pay.payload == page.pay.payload


SIX = event(
    AGREED,
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026 + (m > 12), (m - 1) % 12 + 1, 15), "amount": "100.00"} for m in range(12, 18)],
)
ANTWERP = {"contact.address": ["Meir 24", "2000 Antwerpen", "België"]}


@pytest.mark.parametrize(
    ("language", "sentence", "columns"),
    [
        (
            "nl",
            "Elke termijn heeft een laatste dag. Die staat in de tabel met uw termijnen hieronder. Betaalt u een termijn "
            "niet uiterlijk op die dag? Dan vervalt de afspraak en vragen wij weer het hele bedrag.",
            ("", "Betaaldag", "Bedrag", "Laatste dag"),
        ),
        (
            "en",
            "Each instalment has a last day. You will find it in the table of your instalments below. If you do not "
            "pay an instalment by that day, the agreement ends and we ask for the whole amount again.",
            ("", "Due date", "Amount", "Last day"),
        ),
    ],
)
def test_abroad_a_confirmation_of_six_instalments_gives_each_last_day_in_its_table(
    tmp_path: Path, language, sentence, columns
) -> None:
    """Posted to Antwerp each instalment's grace is longer (its reminder arrives later: claims.accord.grace_ends), by
    a few days more or less as the post goes. Said one by one, "Voor de termijn van 15 december 2026 is dat 13 januari
    2027." six times in a row (s56); now once, in a column of the table the letter shows anyway."""
    ledger, claim = _claim(tmp_path, AGREED, settlement=SIX, language=language, **ANTWERP)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = _said(view)
    assert sentence in said, said
    assert "Voor de termijn van" not in said and "For the instalment of" not in said, said
    assert view.plan is not None and view.plan.columns == columns
    accord = claim.accord
    assert accord is not None and accord.plan is not None
    # Each row's last day is the rule's, and each is later than the 14 days at home.
    lasts = [row[3] for row in view.plan.rows]
    expected = [
        fmt.short_day(accord.grace_end(i.installment.due), claim.debtor.language) for i in accord.plan.installments
    ]
    assert lasts == expected and len(lasts) == 6
    assert all(
        accord.grace_end(i.installment.due) > i.installment.due + timedelta(days=14) for i in accord.plan.installments
    )
    # At home the table has no such column, and its first says "Uiterlijk" as always: no last day beside it.
    home_ledger, home = _claim(tmp_path / "home", AGREED, settlement=SIX, language=language)
    (home_due,) = letters_due(home, NO_RECORD)
    home_view = letter_view(home_ledger, home, home_due, Channel.LETTER)
    home_columns = {"nl": ("", "Uiterlijk", "Bedrag"), "en": ("", "Due by", "Amount")}[language]
    assert home_view.plan is not None and home_view.plan.columns == home_columns


def test_a_confirmation_in_instalments_shows_its_schedule_and_says_the_grace(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, AGREED, settlement=IN_TWO, language="en")
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.EMAIL)
    said = _said(view)
    assert "On 28 November 2026 we agreed with you that you pay EUR 600.00 instead of EUR 1,250.00." in said, said
    assert "We confirm that agreement in this email." in said
    assert "You pay that amount in two instalments, on the days below." in said
    lapse = "If you pay an instalment more than 14 days late, the agreement ends and we ask for the whole amount again."
    assert f"{lapse} What you have paid is taken off it." in said, said
    assert summary(claim, ledger, claim.debtor.language).lines[-1] == lapse
    assert view.plan is not None and [row[1:] for row in view.plan.rows] == [
        ("15 Dec 2026", "300.00"),
        ("15 Jan 2027", "300.00"),
    ]
    assert view.pay is not None and dict(view.pay.fields)["Amount"].replace("\xa0", " ") == "EUR 300.00"
    # The page shows the same schedule, under the settlement's own words.
    plan = statement_view(claim, ledger).plan
    assert plan is not None and plan.heading == "Your instalments for the settlement"
    assert [(row.due, row.amount) for row in plan.rows] == [("15 Dec 2026", "300.00"), ("15 Jan 2027", "300.00")]


def test_the_settled_letter_says_paid_as_agreed_the_rest_remitted_and_asks_nothing(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, date(2027, 1, 16), paid=PAID, representative=COUNSELLOR, language="en")
    record = FirstSeen({"D-1001": {}}, complete=True, built=date(2027, 1, 15))
    (due,) = letters_due(claim, record)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = _said(view)
    # s51: what it is about, as the confirmation named it; "Nothing more to pay" is the box's, said once (below).
    assert view.subject == "Our agreement on a lower amount (settlement) is complete"
    assert "By 14 January 2027 you had paid that amount in full, on time. Thank you." in said, said
    assert "As agreed, we have waived the rest. We will not ask you for it later either." in said  # the box: EUR 650.00
    assert "EUR 650.00" not in said and "EUR 600.00" not in said and "instead of EUR 1,250.00" in said, said
    assert view.pay is None and view.way_out.lines == ()


@pytest.mark.parametrize("lang", list(Language))
def test_the_pdfs_read_back_say_it_and_the_qr_code_asks_the_agreed_sum(tmp_path: Path, lang) -> None:
    texts = LetterTexts(REPO / "content" / "letters")
    ledger, claim = _claim(tmp_path / "a", AGREED, language=lang, representative=COUNSELLOR)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    data = render_pdf(view, texts[(lang, view.opening)].filled(view.text_values).blocks)[0]
    text = flat(" ".join(pdf_text(data)))
    opening = "Dank u wel voor onze afspraak" if lang == Language.NL else "Thank you for agreeing a lower amount"
    remitted = "EUR 650,00" if lang == Language.NL else "EUR 650.00"
    assert opening in text and remitted in text.replace("\xa0", " "), text
    (epc,) = [code for code in qr_codes(data) if code.startswith("BCD")]
    assert epc.split("\n")[7] == "EUR600", epc
    ledger, claim = _claim(tmp_path / "b", date(2027, 1, 16), paid=PAID, language=lang)
    (due,) = letters_due(claim, FirstSeen({"D-1001": {}}, complete=True, built=date(2027, 1, 15)))
    view = letter_view(ledger, claim, due, Channel.LETTER)
    data = render_pdf(view, texts[(lang, view.opening)].filled(view.text_values).blocks)[0]
    text = flat(" ".join(pdf_text(data))).replace("\xa0", " ")
    assert ("Goed nieuws" if lang == Language.NL else "Good news") in text and remitted in text, text
    # s51: said once, in the box, not in the subject right above it too ("..: u hoeft niets meer te betalen").
    nothing_more, about = ("niets meer te betalen", "(minnelijk akkoord) is afgerond")
    if lang == Language.EN:
        nothing_more, about = ("nothing more", "(settlement) is complete")
    assert text.lower().count(nothing_more) == 1 and about in text, text
    assert not qr_codes(data)
    heading = "Lukt betalen niet" if lang == Language.NL else "Can't pay"
    assert heading not in text  # no way out: nothing is left to pay


def test_a_site_whose_texts_were_copied_before_these_letters_reads_the_shipped_ones(tmp_path: Path) -> None:
    copy = shutil.copytree(REPO / "content" / "letters", tmp_path / "letters")
    added = (LetterKind.SETTLEMENT, LetterKind.SETTLED, LetterKind.SETTLEMENT_REMINDER)
    for lang in Language:
        for kind in added:
            (copy / lang / f"{kind}.md").unlink()
    texts = LetterTexts(copy)
    shipped = LetterTexts(REPO / "content" / "letters")
    for lang in Language:
        for kind in added:
            assert texts[(lang, kind)].blocks == shipped[(lang, kind)].blocks
    # Its own wording, where it has one, stays.
    (copy / "nl" / "settled.md").write_text("Het is klaar.\n", encoding="utf-8")
    assert LetterTexts(copy)[("nl", LetterKind.SETTLED)].blocks == (("p", "Het is klaar."),)


# -- a missed instalment of a settlement ---------------------------------------------------------------------------

PART_PAID = [payment(date=date(2026, 12, 1), amount=Decimal("100.00"))]  # of the first instalment (300.00)


def test_a_missed_instalment_is_reminded_once_before_the_settlement_lapses(tmp_path: Path) -> None:
    """Its day (15 December) gone with 200.00 of it open: reminded from the next day (policy.reminder_after_days, as
    a plan's), once; not while it was paid, nor of a settlement by one day (it lapses the day after), nor lapsed."""
    _, before = _claim(tmp_path / "a", date(2026, 12, 15), settlement=IN_TWO, paid=PART_PAID)
    assert before.accord is not None and before.accord.reminder_day is None and _kinds(before) == []
    _, missed = _claim(tmp_path / "b", date(2026, 12, 16), settlement=IN_TWO, paid=PART_PAID)
    assert _kinds(missed) == [LetterKind.SETTLEMENT_REMINDER]  # no record: on its own day
    record = FirstSeen(seen_record([before], NO_RECORD), complete=True, built=date(2026, 12, 15))
    _, later = _claim(tmp_path / "c", date(2026, 12, 20), settlement=IN_TWO, paid=PART_PAID)
    assert _kinds(later, record) == [LetterKind.SETTLEMENT_REMINDER]  # a build sees it first on the 20th
    after = FirstSeen(seen_record([later], record), complete=True, built=date(2026, 12, 20))
    _, next_day = _claim(tmp_path / "d", date(2026, 12, 21), settlement=IN_TWO, paid=PART_PAID)
    assert _kinds(next_day, after) == []
    # It is no step: the claim's stage stays as it was (a lapse goes on from the stage reached), and staff's next
    # action stays the settlement's check, now on the day after the instalment's grace (escalation.settlement_check).
    assert next_day.stage == before.stage and next_day.next_action is not None
    assert next_day.next_action.kind == before.next_action.kind == ActionKind.CHECK_SETTLEMENT
    assert (before.next_action.due, next_day.next_action.due) == (date(2026, 12, 16), date(2026, 12, 30))
    paid_up = [*PART_PAID, payment(date=date(2026, 12, 15), amount=Decimal("200.00"))]
    _, kept = _claim(tmp_path / "e", date(2026, 12, 20), settlement=IN_TWO, paid=paid_up)
    assert _kinds(kept, record) == []
    _, by_day = _claim(tmp_path / "f", date(2027, 2, 1))
    assert by_day.accord is not None and by_day.accord.reminder_day is None


def test_the_reminder_names_the_instalment_the_last_day_and_what_a_lapse_does(tmp_path: Path) -> None:
    ledger, claim = _claim(tmp_path, date(2026, 12, 16), settlement=IN_TWO, paid=PART_PAID)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = _said(view)
    assert view.subject == "Herinnering: een termijn van onze afspraak (minnelijk akkoord)"
    assert (
        "Van de termijn van 15 december 2026 (EUR 300,00) hebben wij EUR 100,00 ontvangen, dank u wel. Er staat nog "
        "EUR 200,00 van open. Wilt u dat uiterlijk 29 december 2026 betalen? Dan blijft de afspraak gewoon staan. "
        "Betaalt u niet alles op tijd? Dan vervalt de afspraak en vragen wij weer het hele bedrag."
    ) in said, said
    assert view.lead.by == "Betaal uiterlijk 29 december 2026"
    assert view.pay is not None and page_asks(claim) == Decimal("200.00")
    assert view.pay.payload == statement_view(claim, ledger).pay.payload
    assert view.plan is not None and [row[3:] for row in view.plan.rows] == [
        ("100,00", "Te laat"),
        ("—", "Komt nog"),
    ]
    # The page gives the same last day, not "as soon as possible".
    page = statement_view(claim, ledger)
    assert page.summary.deadline == "Betaal uiterlijk 29 december 2026"


@pytest.mark.parametrize(
    ("lang", "lapsed"),
    [
        (
            "nl",
            "De afspraak van 28 november 2026 is vervallen: het afgesproken bedrag is niet uiterlijk 31 januari 2027 "
            "betaald. Daarom vragen wij weer het hele bedrag.",
        ),
        (
            "en",
            "The agreement of 28 November 2026 has ended: the agreed amount was not paid by 31 January 2027. We "
            "therefore ask for the whole amount again.",
        ),
    ],
)
def test_the_first_step_letter_after_a_lapse_says_why_the_whole_claim_is_asked_once(tmp_path: Path, lang, lapsed):
    """It asked the whole claim of a debtor who had an agreement for less, without a word why: the dunning letter
    after the lapse says it first, in the page's words, and only it; the final notice after that dunning does not."""
    ledger, claim = _claim(tmp_path / "a", date(2027, 2, 3), language=lang)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = _said(view)
    assert said.startswith(lapsed), said
    assert lapsed.split(":")[0] not in " ".join(view.next_steps.lines)  # said once: not again under "what next"
    dunning = event(date(2027, 2, 3), "dunning")
    ledger = one_debtor_ledger(
        tmp_path / "b", events=[REMINDER, BY_DAY, dunning], representative=COUNSELLOR, language=lang
    )
    later = assess(ledger, ledger.debtors[0], date(2027, 3, 20))
    (due,) = letters_due(later, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE
    assert lapsed.split(":")[0] not in _said(letter_view(ledger, later, due, Channel.LETTER))


@pytest.mark.parametrize(
    ("lang", "opens", "generic"),
    [
        ("nl", "U had met ons een lager bedrag afgesproken, maar die afspraak geldt niet meer.", "eerder een"),
        ("en", "You had agreed a lower amount with us, but that agreement no longer applies.", "earlier, but"),
    ],
)
def test_the_letter_after_a_lapse_opens_with_the_agreement_not_as_if_none_was_made(
    tmp_path: Path, lang, opens: str, generic: str
) -> None:
    """The dunning letter after a lapse opened "Wij hebben u eerder een herinnering gestuurd, maar ...", the reminder
    "Misschien is het u ontschoten", as if nothing had been agreed since: the PDF read back opens with the agreement,
    then says why it ended; the letter after it opens as usual (a site without these texts reads the shipped ones:
    tests/letters/test_notice_after_settlement.py)."""
    texts = LetterTexts(REPO / "content" / "letters")
    for name, events, on, kind in (
        ("dunning", [REMINDER, BY_DAY], date(2027, 2, 3), LetterKind.DUNNING),
        ("reminder", [BY_DAY], date(2027, 2, 3), LetterKind.REMINDER),
    ):
        ledger = one_debtor_ledger(tmp_path / name, events=events, representative=COUNSELLOR, language=lang)
        claim = assess(ledger, ledger.debtors[0], on)
        (due,) = letters_due(claim, NO_RECORD)
        assert due.kind == kind
        view = letter_view(ledger, claim, due, Channel.LETTER)
        assert view.opening == f"{kind}_after_settlement"
        data = render_pdf(view, texts[(lang, view.opening)].filled(view.text_values).blocks)[0]
        text = flat(" ".join(pdf_text(data))).replace("\xa0", " ")
        assert opens in text and generic not in text and "ontschoten" not in text and "slipped" not in text, text
        assert text.index(opens) < text.index("28 " + ("november" if lang == "nl" else "November") + " 2026")
    sent = event(date(2027, 2, 3), "dunning")
    ledger = one_debtor_ledger(tmp_path / "later", events=[REMINDER, BY_DAY, sent], representative=COUNSELLOR)
    later = assess(ledger, ledger.debtors[0], date(2027, 3, 20))
    (due,) = letters_due(later, NO_RECORD)
    assert letter_view(ledger, later, due, Channel.LETTER).opening == LetterKind.FINAL_NOTICE


@pytest.mark.parametrize("lang", list(Language))
def test_the_settled_letter_s_box_gives_the_figures_at_a_glance(tmp_path: Path, lang) -> None:
    """s49: the box held "Afgerond" only (and the e-mail "Afgerond: " with nothing after it). It says what was paid,
    that nothing more is to pay and what was remitted, not the sentences below it again; the PDF read back."""
    texts = LetterTexts(REPO / "content" / "letters")
    ledger, claim = _claim(tmp_path, date(2027, 1, 16), paid=PAID, language=lang)
    (due,) = letters_due(claim, FirstSeen({"D-1001": {}}, complete=True, built=date(2027, 1, 15)))
    view = letter_view(ledger, claim, due, Channel.LETTER)
    box = {
        Language.NL: (
            "Betaald zoals afgesproken",
            "EUR 600,00",
            "Niets meer te betalen",
            "Rest kwijtgescholden: EUR 650,00",
        ),
        Language.EN: ("Paid as agreed", "EUR 600.00", "Nothing more to pay", "Rest waived: EUR 650.00"),
    }[lang]
    lead = (view.lead.label, view.lead.amount, view.lead.by, *view.lead.lines)
    assert tuple(str(part).replace("\xa0", " ") for part in lead) == box
    text = flat(" ".join(pdf_text(render_pdf(view, texts[(lang, view.opening)].blocks)[0]))).replace("\xa0", " ")
    assert " ".join(box[2:]) in text, text
    said = " ".join(view.terms)
    for line in (*box[2:], box[0]):
        assert line not in said.replace("\xa0", " ")  # the box's words are its own, not a sentence of the body again
