"""The terms pages say what the creditor's policy does (pelican.plugins.incasso.variants): a line of a page
marked `<!-- if business_costs_from_due: true -->` (or `false`) is published only under that setting, so
the sample terms tell a business when its collection costs come, whichever the creditor chose. Real builds;
a page without such marks is published as written."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date, timedelta

import pytest

from incasso.cli.build import sample_terms_text
from incasso.cli.main import main
from incasso.ledger.model import Policy
from pelican.plugins.incasso.build import (
    SAMPLE_TERMS_CALLS,
    SAMPLE_TERMS_COSTS,
    SAMPLE_TERMS_SHIPPED,
    SAMPLE_TERMS_VAT,
    publishes_sample_terms,
    terms_digest,
)
from pelican.plugins.incasso.variants import chosen
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import LINKS_SECRET, REPO, build_site

AS_OF = date(2026, 3, 2)
SAMPLE = REPO / "src" / "pelican" / "plugins" / "incasso" / "content"
# The sample terms as sessions 39 to 49 shipped them, before their sentences were cut to 21 words (s50): the
# versions before those are made from these, as each wrote what it did not yet say.
SAMPLE_S49 = REPO / "tests" / "fixtures" / "terms_s49"
# What each page tells a business about its collection costs, by the setting (the page's words, as read).
AFTER_NOTICE = {
    "voorwaarden.html": "Bent u een bedrijf, dan mogen wij volgens de wet al vanaf de dag na de uiterste "
    "betaaldatum incassokosten rekenen. Wij doen dat pas als ook de termijn in de laatste brief voorbij is.",
    "voorwaarden-en.html": "If you are a business, the law allows us to charge collection costs from the day "
    "after the due date. We only do so once the deadline in the final notice has also passed.",
}
FROM_DUE = {
    "voorwaarden.html": "Bent u een bedrijf, dan rekenen wij incassokosten al vanaf de dag na de uiterste "
    "betaaldatum, ook zonder laatste brief. Dat mag volgens artikel 6:96 lid 4 Burgerlijk Wetboek.",
    "voorwaarden-en.html": "If you are a business, we charge collection costs from the day after the due "
    "date, also without a final notice. The law allows this (article 6:96(4) of the Dutch Civil Code).",
}
FROM_DUE_AMOUNT = {
    "voorwaarden.html": "minimaal EUR 40 per te laat betaalde factuur",
    "voorwaarden-en.html": "at least EUR 40 for each invoice paid late",
}

NO_COSTS_IN_TERM = {
    "voorwaarden.html": "Betaal dat deel binnen die termijn, dan rekenen wij daarover geen incassokosten.",
    "voorwaarden-en.html": "Pay that part by then, and we will charge no collection costs on it.",
}
NO_COSTS_FOR_A_CONSUMER = {
    "voorwaarden.html": "Bent u een particulier, dan rekenen wij daarover dan geen incassokosten. Bent u een "
    "bedrijf, dan gelden de incassokosten vanaf de uiterste betaaldatum (zie hierboven).",
    "voorwaarden-en.html": "If you are a private individual, we will then charge no collection costs on it. If you "
    "are a business, the collection costs apply from the due date (see above).",
}

# The sample's words that state the policy's days, and the words of the versions before (which wrote the
# default numbers out).
NUMBERS_WRITTEN = {
    "voorwaarden.md": [
        ("{payment_term_days}", "30 dagen"),
        (
            "Wij sturen u {reminder_after_days} na de uiterste betaaldatum een",
            "De dag na de uiterste betaaldatum sturen wij u een",
        ),
        ("{dunning_after_days}", "twee weken"),
        (
            "Daarna sturen wij een laatste brief. U krijgt",
            "Daarna sturen wij een laatste brief, ook wel veertiendagenbrief genoemd. U krijgt",
        ),
        ("{final_notice_term_days}", "14 dagen"),
        ("{dispute_max_days}", "30 dagen"),
        (
            "een of meer factuurnummers? Dan gaat de betaling naar die facturen, de oudste eerst; wat daarna "
            "overblijft, gaat naar uw andere facturen.",
            "een factuurnummer? Dan gaat de betaling naar die factuur.",
        ),
    ],
    "voorwaarden.en.md": [
        ("{payment_term_days}", "30 days"),
        (
            "We send you a friendly reminder {reminder_after_days} after the due date.",
            "The day after the due date, we send you a friendly reminder.",
        ),
        ("{dunning_after_days}", "two weeks"),
        ("Final notice (*sommatie*).", "Final notice (14-day letter)."),
        ("{final_notice_term_days}", "14 days"),
        ("{dispute_max_days}", "30 days"),
        (
            "one or more invoice numbers with your payment, the payment goes to those invoices, the oldest first; "
            "anything left over goes to your other invoices.",
            "an invoice number with your payment, the payment goes to that invoice.",
        ),
    ],
}


def ledger_with(tmp_path, costs_from_due: bool, costs_vat: bool = False):
    policy = {"business_costs_from_due": costs_from_due, "costs_vat": costs_vat}
    debtor = valid_debtor(type="business")
    return write_ledger(tmp_path, creditor=valid_creditor(policy=policy), debtors=[debtor])


def own_texts(tmp_path):
    """A site with texts of its own, copied from the plugin's as the README says: (settings, content)."""
    content = shutil.copytree(SAMPLE, tmp_path / "content")
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f'from pelican.plugins.incasso.pelicanconf import *\n\nPATH = "{content}"\n')
    return settings, content


def page_text(site, name: str) -> str:
    """The page's text as a reader sees it: tags out, entities and white space as one space."""
    html = (site.output / name).read_text(encoding="utf-8")
    body = re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1]).replace("&nbsp;", " ").replace("\xa0", " ")
    return " ".join(body.split())


@pytest.mark.parametrize("costs_from_due", [False, True], ids=["after_the_final_notice", "from_the_due_date"])
def test_the_sample_terms_tell_a_business_when_costs_come_as_the_policy_charges_them(tmp_path, costs_from_due):
    site = build_site(tmp_path, ledger=ledger_with(tmp_path, costs_from_due), as_of=AS_OF)
    assert site.exit_code == 0
    for name in ("voorwaarden.html", "voorwaarden-en.html"):
        text = page_text(site, name)
        said, unsaid = (FROM_DUE, AFTER_NOTICE) if costs_from_due else (AFTER_NOTICE, FROM_DUE)
        assert said[name] in text, name
        assert unsaid[name] not in text, name
        assert (FROM_DUE_AMOUNT[name] in text) == costs_from_due, name
        # A complaint's running term: no costs on what is paid in it, said to everyone only when that holds.
        assert (NO_COSTS_IN_TERM[name] in text) != costs_from_due, name
        assert (NO_COSTS_FOR_A_CONSUMER[name] in text) == costs_from_due, name
        html = (site.output / name).read_text(encoding="utf-8")
        assert "business_costs_from_due" not in html and "<!--" not in html  # the marks are not published


def test_the_marks_pick_in_terms_a_creditor_edited_too_and_terms_without_marks_stay_as_written(tmp_path, capsys):
    settings, content = own_texts(tmp_path)
    dutch, english = content / "pages" / "voorwaarden.md", content / "pages" / "voorwaarden.en.md"
    dutch.write_text(
        dutch.read_text(encoding="utf-8").replace("**{payment_term_days}**", "**14 dagen**"), encoding="utf-8"
    )
    # The English page written without marks, its business line the creditor's own: published as written.
    own = "- If you are a business, we charge collection costs as our contract with you says."
    lines = english.read_text(encoding="utf-8").splitlines()
    lines = [own if "business_costs_from_due: true" in line else line for line in lines]
    english.write_text("\n".join(line for line in lines if "<!--" not in line) + "\n", encoding="utf-8")
    site = build_site(tmp_path, ledger=ledger_with(tmp_path, True), as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 0
    dutch_page, english_page = page_text(site, "voorwaarden.html"), page_text(site, "voorwaarden-en.html")
    assert "binnen 14 dagen" in dutch_page and FROM_DUE["voorwaarden.html"] in dutch_page
    assert AFTER_NOTICE["voorwaarden.html"] not in dutch_page
    assert own[2:] in english_page and FROM_DUE["voorwaarden-en.html"] not in english_page
    assert SAMPLE_TERMS_COSTS not in capsys.readouterr().out  # neither page is a sample


@pytest.mark.parametrize(
    ("mark", "why"),
    [
        ("<!-- if business_costs_from_due: yes -->", "must be true or false (got 'yes')"),
        ("<!-- if business_costs_from_dew: true -->", "names no setting a terms line can follow"),
        ("<!-- if call: true -->", "names no setting a terms line can follow"),  # no `_`, yet a slip for `calls`
    ],
)
def test_a_mark_the_build_cannot_read_stops_it_naming_the_file_and_line(tmp_path, capsys, mark, why):
    settings, content = own_texts(tmp_path)
    terms = content / "pages" / "voorwaarden.md"
    lines = terms.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if "business_costs_from_due: true" in line)
    lines[number - 1] = re.sub(r"<!--.*-->", mark, lines[number - 1])
    terms.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused_by_check_and_build(tmp_path, capsys, settings, f"{terms}:{number}: {mark}: {why}", "voorwaarden.html")


def test_sample_terms_of_an_earlier_version_under_costs_from_the_due_date_are_noted(tmp_path, capsys):
    """The samples shipped before the marks tell a business that costs come after the final notice only: a
    build that publishes one while charging a business from the due date says so (the current sample says
    what the policy does)."""
    settings, content = own_texts(tmp_path)
    for name in ("voorwaarden.md", "voorwaarden.en.md"):
        page = content / "pages" / name
        text = (SAMPLE_S49 / name).read_text(encoding="utf-8")
        for now, then in NUMBERS_WRITTEN[name]:  # its days as that version wrote them, before the placeholders
            assert now in text, now
            text = text.replace(now, then)
        lines = _before_vat(text).splitlines()
        earlier = [re.sub(r" <!-- if business_costs_from_due: false -->$", "", line) for line in lines]
        earlier = [line for line in earlier if "business_costs_from_due" not in line]
        page.write_text("\n".join(earlier) + "\n", encoding="utf-8")
        assert terms_digest(page.read_bytes()) in SAMPLE_TERMS_SHIPPED, name  # as that version shipped it
    extra = ["--settings", str(settings)]
    assert build_site(tmp_path, ledger=ledger_with(tmp_path / "a", True), as_of=AS_OF, extra=extra).exit_code == 0
    assert SAMPLE_TERMS_COSTS in capsys.readouterr().out
    assert build_site(tmp_path, ledger=ledger_with(tmp_path / "b", False), as_of=AS_OF, extra=extra).exit_code == 0
    assert SAMPLE_TERMS_COSTS not in capsys.readouterr().out


def _before_vat(text: str) -> str:
    """A sample's text as the versions before `costs_vat` wrote it: only the line that no VAT is charged."""
    lines = [re.sub(r" <!-- if costs_vat: false -->$", "", line) for line in text.splitlines()]
    return "\n".join(line for line in lines if "costs_vat" not in line) + "\n"


NO_VAT = {
    "voorwaarden.html": "Wij rekenen geen btw over de incassokosten.",
    "voorwaarden-en.html": "We do not charge VAT on collection costs.",
}
VAT = {
    "voorwaarden.html": "Wij kunnen de btw niet verrekenen. Daarom rekenen wij 21% btw over de incassokosten: de "
    "bedragen die wij noemen, zijn inclusief die btw. Het minimum en het maximum hierboven zijn zonder btw. Staat er "
    "nog EUR 1.000 open, dan zijn de kosten EUR 181,50: EUR 150 plus EUR 31,50 btw.",
    "voorwaarden-en.html": "We cannot reclaim VAT. We therefore charge 21% VAT on the collection costs: the amounts "
    "we state include it. The minimum and the maximum above are without VAT. If EUR 1,000 is still unpaid, the "
    "costs are EUR 181.50: EUR 150 plus EUR 31.50 VAT.",
}


@pytest.mark.parametrize("costs_vat", [False, True], ids=["no_vat", "vat"])
def test_the_sample_terms_say_whether_vat_is_charged_on_the_costs(tmp_path, costs_vat):
    site = build_site(tmp_path, ledger=ledger_with(tmp_path, False, costs_vat), as_of=AS_OF)
    assert site.exit_code == 0
    for name in ("voorwaarden.html", "voorwaarden-en.html"):
        text = page_text(site, name)
        said, unsaid = (VAT, NO_VAT) if costs_vat else (NO_VAT, VAT)
        assert said[name] in text and unsaid[name] not in text, name
        assert "costs_vat" not in (site.output / name).read_text(encoding="utf-8")


def test_sample_terms_of_an_earlier_version_under_vat_on_the_costs_are_noted(tmp_path, capsys):
    """The samples shipped before `costs_vat` say no VAT is charged on the costs: a build that publishes one while
    charging it says so."""
    settings, content = own_texts(tmp_path)
    for name in ("voorwaarden.md", "voorwaarden.en.md"):
        page = content / "pages" / name
        page.write_text(_before_vat((SAMPLE_S49 / name).read_text(encoding="utf-8")), encoding="utf-8")
        assert terms_digest(page.read_bytes()) in SAMPLE_TERMS_SHIPPED, name  # as session 32 shipped it
    extra = ["--settings", str(settings)]
    assert (
        build_site(tmp_path, ledger=ledger_with(tmp_path / "a", False, True), as_of=AS_OF, extra=extra).exit_code == 0
    )
    assert SAMPLE_TERMS_VAT in capsys.readouterr().out
    assert build_site(tmp_path, ledger=ledger_with(tmp_path / "b", False), as_of=AS_OF, extra=extra).exit_code == 0
    assert SAMPLE_TERMS_VAT not in capsys.readouterr().out


# What each page says of the dunning letter, and the call after it (the page's words, as read).
DUNNING = {
    "voorwaarden.html": "Betaalt u niet, dan sturen wij u ongeveer 14 dagen later een aanmaning.",
    "voorwaarden-en.html": "If you do not pay, we send you a formal reminder about 14 days later.",
}
CALL = {
    "voorwaarden.html": "Ook bellen wij u om te horen of er iets mis is.",
    "voorwaarden-en.html": "We also call you, to hear whether something is wrong.",
}
# ... and what a debtor without a phone number gets in its place (s55): staff's note in writing, by e-mail when they
# have an address for it, else by post (claims.escalation.call_in_writing), as the statement page tells such a debtor.
NO_PHONE = {
    "voorwaarden.html": "Hebben wij geen telefoonnummer van u? Dan sturen wij u een bericht, per e-mail of anders per "
    "post.",
    "voorwaarden-en.html": "If we do not have your phone number, we send you a message instead, by email or else by "
    "post.",
}
# The policies with a call step and without: staff call before the final notice only by default here.
CALLING = {
    "calls_before_the_final_notice": {},
    "never_calls": {"calls": False},
    "calls_after_the_final_notice": {"call_after_days": 21, "final_notice_after_days": 14},
}


def ledger_calling(tmp_path, policy: dict):
    return write_ledger(tmp_path, creditor=valid_creditor(policy=policy), debtors=[valid_debtor()])


@pytest.mark.parametrize("policy", list(CALLING.values()), ids=list(CALLING))
def test_the_sample_terms_promise_a_call_only_when_staff_call_before_the_final_notice(tmp_path, policy):
    """A creditor who never calls, or calls no earlier than the final notice (no call step: claims.escalation.
    calls_first), publishes terms that say the dunning letter and no call after it; the step reads whole either way."""
    site = build_site(tmp_path, ledger=ledger_calling(tmp_path, policy), as_of=AS_OF)
    assert site.exit_code == 0
    for name in ("voorwaarden.html", "voorwaarden-en.html"):
        text = page_text(site, name)
        calls = not policy
        assert (f"{DUNNING[name]} {CALL[name]} {NO_PHONE[name]}" if calls else DUNNING[name]) in text, name
        assert (CALL[name] in text) == calls, name
        assert (NO_PHONE[name] in text) == calls, name
        assert "<!--" not in (site.output / name).read_text(encoding="utf-8")  # the marks are not published


# What a notice over a plan asks, in the English sample: "the whole overdue amount" since s60, as every other English
# text says it (tests/letters/test_plan_under_notice.py); "everything that is overdue" before.
ASKS_NOW = "Our final notice then asks for the whole overdue amount, not only the instalment."
ASKS_BEFORE = "Our final notice then asks for everything that is overdue, not only the instalment."


def _before_s60(text: str) -> str:
    """A sample's text as the versions before s60 wrote it (the Dutch unchanged)."""
    assert ASKS_BEFORE not in text
    return text.replace(ASKS_NOW, ASKS_BEFORE)


def _before_calls(text: str) -> str:
    """A sample's text as the versions before the call's mark wrote it: the call said whatever the policy (and
    said nothing of a debtor without a phone number, as no version before s55 did)."""
    text = _before_s60(text)
    text = text.replace(f" {NO_PHONE['voorwaarden.html']}", "").replace(f" {NO_PHONE['voorwaarden-en.html']}", "")
    lines = [re.sub(r" <!-- if calls: true -->$", "", line) for line in text.splitlines()]
    return "\n".join(line for line in lines if "<!-- if calls:" not in line) + "\n"


@pytest.mark.parametrize("policy", list(CALLING.values()), ids=list(CALLING))
def test_sample_terms_of_an_earlier_version_that_promise_a_call_that_never_comes_are_noted(tmp_path, capsys, policy):
    """The samples shipped before the call's mark say that staff call after the dunning letter: a build that
    publishes one with no call step says so (the current sample says what the policy does)."""
    settings, content = own_texts(tmp_path)
    for name in ("voorwaarden.md", "voorwaarden.en.md"):
        page = content / "pages" / name
        page.write_text(_before_calls((SAMPLE / "pages" / name).read_text(encoding="utf-8")), encoding="utf-8")
        assert terms_digest(page.read_bytes()) in SAMPLE_TERMS_SHIPPED, name  # as session 50 shipped it
    site = build_site(
        tmp_path, ledger=ledger_calling(tmp_path, policy), as_of=AS_OF, extra=["--settings", str(settings)]
    )
    assert site.exit_code == 0
    assert (SAMPLE_TERMS_CALLS in capsys.readouterr().out) == bool(policy)
    assert CALL["voorwaarden.html"] in page_text(site, "voorwaarden.html")  # published as written: hence the note


def test_the_current_sample_terms_under_no_call_step_have_no_note_on_the_call(tmp_path, capsys):
    site = build_site(tmp_path, ledger=ledger_calling(tmp_path, CALLING["never_calls"]), as_of=AS_OF)
    assert site.exit_code == 0
    assert SAMPLE_TERMS_CALLS not in capsys.readouterr().out


@pytest.mark.parametrize(("call_after_days", "calls"), [(13, True), (14, False), (15, False)])
def test_a_line_marked_calls_follows_whether_the_call_comes_before_the_final_notice(call_after_days, calls):
    """A call on the final notice's day or later is no step (claims.escalation.calls_first): `calls: true` then
    holds no more than under `calls: false` in creditor.yaml."""
    lines = ["Wij bellen u. <!-- if calls: true -->", "Wij schrijven u. <!-- if calls: false -->"]
    policy = Policy(call_after_days=call_after_days, final_notice_after_days=14)
    assert chosen(lines, policy, "voorwaarden.md", "nl") == [["Wij schrijven u."], ["Wij bellen u."]][calls]
    assert chosen(lines, replace(policy, calls=False), "voorwaarden.md", "nl") == ["Wij schrijven u."]


def test_a_site_that_copied_the_sample_before_its_sentences_were_cut_still_publishes_the_sample(tmp_path, capsys):
    """s50 cut the sample's sentences to 21 words: terms copied before that, word for word, are still the sample
    (the note asks to replace them), and their lines marked for the policy still say what it does (no note that
    they tell a business otherwise, nor that no VAT is charged)."""
    settings, content = own_texts(tmp_path)
    for name in ("voorwaarden.md", "voorwaarden.en.md"):
        assert (SAMPLE_S49 / name).read_bytes() != (SAMPLE / "pages" / name).read_bytes(), name
        shutil.copy(SAMPLE_S49 / name, content / "pages" / name)
    both = ("voorwaarden.en.md", "voorwaarden.md")
    assert publishes_sample_terms(settings) == both
    ledger = ledger_with(tmp_path / "a", True, True)
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)], secret=LINKS_SECRET)
    assert site.exit_code == 0
    said = capsys.readouterr().out
    assert sample_terms_text(both) in said
    assert SAMPLE_TERMS_COSTS not in said and SAMPLE_TERMS_VAT not in said


def test_a_site_that_copied_the_sample_before_it_named_the_whole_overdue_amount_still_publishes_the_sample(
    tmp_path, capsys
):
    """s60: the English sample said a notice over a plan "asks for everything that is overdue", which left open whether
    every instalment still to come was in it. Terms copied before, word for word, are still the sample: a production
    build notes that they are, as it did (its note asks to replace them), and nothing else; the page says what it
    said. The current sample says "the whole overdue amount"."""
    settings, content = own_texts(tmp_path)
    english = content / "pages" / "voorwaarden.en.md"
    assert ASKS_NOW in (SAMPLE / "pages" / "voorwaarden.en.md").read_text(encoding="utf-8")
    english.write_text(_before_s60(english.read_text(encoding="utf-8")), encoding="utf-8")
    assert terms_digest(english.read_bytes()) in SAMPLE_TERMS_SHIPPED  # as sessions 55 to 59 shipped it
    both = ("voorwaarden.en.md", "voorwaarden.md")
    assert publishes_sample_terms(settings) == both
    ledger = ledger_with(tmp_path / "a", False)
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)], secret=LINKS_SECRET)
    assert site.exit_code == 0
    said = capsys.readouterr().out
    assert sample_terms_text(both) in said
    assert SAMPLE_TERMS_COSTS not in said and SAMPLE_TERMS_VAT not in said and SAMPLE_TERMS_CALLS not in said
    text = page_text(site, "voorwaarden-en.html")
    assert ASKS_BEFORE in text and ASKS_NOW not in text


# --- the policy's numbers of days, `{payment_term_days}` ----------------------------------------------------


# What each page says of the days the policy sets, written for `days` (the sentences as read).
def stated(days: dict[str, int]) -> dict[str, list[str]]:
    def nl(n: int) -> str:
        return f"{n} dag" if n == 1 else f"{n} dagen"

    def en(n: int) -> str:
        return f"{n} day" if n == 1 else f"{n} days"

    term, remind, dun = days["payment_term_days"], days["reminder_after_days"], days["dunning_after_days"]
    final, answer = days["final_notice_term_days"], days["dispute_max_days"]
    return {
        "voorwaarden.html": [
            f"U betaalt onze factuur binnen {nl(term)} na de factuurdatum.",
            f"Wij sturen u {nl(remind)} na de uiterste betaaldatum een vriendelijke herinnering.",
            f"Betaalt u niet, dan sturen wij u ongeveer {nl(dun)} later een aanmaning.",
            # Its term, and no "veertiendagenbrief" a term of 21 days would contradict.
            f"Daarna sturen wij een laatste brief. U krijgt dan nog {nl(final)} om te betalen zonder "
            f"incassokosten. Die {nl(final)} tellen vanaf",
            f"Wij proberen u binnen {nl(answer)} een antwoord te geven.",
            f"zoals de {nl(final)} van onze laatste brief (sommatie), loopt wel door",
        ],
        "voorwaarden-en.html": [
            f"You pay our invoice within {en(term)} of the invoice date.",
            f"We send you a friendly reminder {en(remind)} after the due date.",
            f"If you do not pay, we send you a formal reminder about {en(dun)} later.",
            f"You then have {en(final)} to pay without collection costs. The {en(final)} count from",
            f"We aim to give you an answer within {en(answer)}.",
            f"still applies, such as the {en(final)} of our final notice.",
        ],
    }


DEFAULT_DAYS = {
    "payment_term_days": 30,
    "reminder_after_days": 1,
    "dunning_after_days": 14,
    "final_notice_term_days": 14,
    "dispute_max_days": 30,
}


@pytest.mark.parametrize(
    "days",
    [
        {},
        {"payment_term_days": 14},
        {
            "payment_term_days": 21,
            "reminder_after_days": 3,
            "dunning_after_days": 10,
            "final_notice_term_days": 21,
            "dispute_max_days": 21,
        },
        {"payment_term_days": 1, "reminder_after_days": 2, "dunning_after_days": 1},
    ],
    ids=["the_defaults", "a_term_of_14_days", "21_days", "one_day"],
)
def test_the_sample_terms_state_the_creditor_s_own_numbers_of_days_in_the_page_s_language(tmp_path, days):
    term = {**DEFAULT_DAYS, **days}["payment_term_days"]
    # The invoice due that term after its date, as the creditor's invoices are: the statement says that term too.
    bill = invoice(due=invoice()["date"] + timedelta(days=term))
    ledger = write_ledger(tmp_path, creditor=valid_creditor(policy=days), debtors=[valid_debtor(invoices=[bill])])
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF)
    assert site.exit_code == 0
    for name, sentences in stated({**DEFAULT_DAYS, **days}).items():
        text = page_text(site, name)
        for sentence in sentences:
            assert sentence in text, name
        assert "veertien" not in text and "14-day" not in text, name
        assert "_days" not in (site.output / name).read_text(encoding="utf-8"), name  # no placeholder published
    statement = next(site.output.glob("s/*/index.html")).read_text(encoding="utf-8")
    if term > 1:  # the statement and the terms say one term (a term of 1 day the statement leaves to the due date)
        assert f"Betaaltermijn: {term} dagen na de factuurdatum" in statement
    assert ("binnen 30 dagen na de factuurdatum" in page_text(site, "voorwaarden.html")) == (term == 30)


# A creditor's own page, written before there were placeholders: its braces are its own.
OWN_PAGE = """Title: Uw account
Slug: uw-account
Lang: nl

Uw klantnummer staat als {klant_nummer} op de factuur.

De status staat op https://example.nl/api/{order_id}/status.

Typ `{payment_term_days}` niet over.

```json
{"order": {"order_id": 7}, "template": "{payment_term_days}"}
```

~~~latex
\\frac{a_b}{c_d} {payment_term_days}
~~~

U betaalt binnen {payment_term_days}.
"""


def check_and_build(tmp_path, capsys, settings) -> tuple[str, object]:
    """`check` and the build both go through: what they said (stdout and stderr of both), and the site."""
    ledger = ledger_with(tmp_path, False)
    assert main(["check", "--ledger", str(ledger), "--settings", str(settings), "--as-of", AS_OF.isoformat()]) == 0
    checked = capsys.readouterr()
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 0
    built = capsys.readouterr()
    return checked.out + checked.err + "\n----\n" + built.out + built.err, site


def test_braces_of_the_creditor_s_own_and_code_are_published_as_written(tmp_path, capsys):
    """Only the policy's days are placeholders, and not in code: other braces build as they did before."""
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "account.md"
    page.write_text(OWN_PAGE, encoding="utf-8")
    said, site = check_and_build(tmp_path, capsys, settings)
    assert str(page) not in said  # nothing to note: no name close to a placeholder
    html = (site.output / "uw-account.html").read_text(encoding="utf-8")
    text = page_text(site, "uw-account.html")
    assert "Uw klantnummer staat als {klant_nummer} op de factuur." in text
    assert "https://example.nl/api/{order_id}/status" in text
    assert "<code>{payment_term_days}</code>" in html  # inline code as written
    code = re.sub(r"<[^>]+>", "", html.split("<main", 1)[1])  # the fenced blocks' text, highlighted in spans
    assert '"template": "{payment_term_days}"}' in code.replace("&quot;", '"')
    assert "\\frac{a_b}{c_d} {payment_term_days}" in code
    assert "U betaalt binnen 30 dagen." in text


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("{payment_term_dayz}", "is close to the placeholder {payment_term_days}"),
        ("{Payment_Term_Days}", "is close to the placeholder {payment_term_days}"),
        ("{payment_terms_days}", "is close to the placeholder {payment_term_days}"),
        ("{payment_term_days", "a placeholder is the setting's name in braces, on one line: {payment_term_days}"),
        ("{business_costs_from_due}", "names no number of days a page can state (payment_term_days, "),
    ],
    ids=["misspelt", "capitals", "plural", "unclosed", "not_a_number"],
)
def test_a_name_close_to_a_placeholder_is_noted_by_check_and_build_and_published_as_written(
    tmp_path, capsys, written, why
):
    settings, content = own_texts(tmp_path)
    terms = content / "pages" / "voorwaarden.en.md"
    lines = terms.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if "{dispute_max_days}" in line)
    lines[number - 1] = lines[number - 1].replace("{dispute_max_days}", written + " ")
    terms.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said, site = check_and_build(tmp_path, capsys, settings)
    note = f"note: {terms}:{number}: {written}: published as written: {why}"
    checked, built = said.split("\n----\n")
    assert note in checked and note in built
    assert written in page_text(site, "voorwaarden-en.html")


def test_terms_without_placeholders_are_published_as_written_whatever_the_policy(tmp_path):
    """A creditor who wrote their own numbers (or their own braces) keeps them: nothing is filled in."""
    settings, content = own_texts(tmp_path)
    terms = content / "pages" / "voorwaarden.md"
    own = re.sub(r"\{[a-z_]+_days\}", "30 dagen", terms.read_text(encoding="utf-8"))
    own = own.replace("## Privacy", "## Privacy {#privacy}\n\nZie {bijlage} en {de_bijlage=1}.")
    terms.write_text(own, encoding="utf-8")
    extra = ["--settings", str(settings)]
    texts = []
    for folder, term in (("a", 14), ("b", 21)):
        ledger = write_ledger(
            tmp_path / folder,
            creditor=valid_creditor(policy={"payment_term_days": term, "dispute_max_days": term}),
            debtors=[valid_debtor()],
        )
        site = build_site(tmp_path / folder, ledger=ledger, as_of=AS_OF, extra=extra)
        assert site.exit_code == 0
        texts.append((site.output / "voorwaarden.html").read_text(encoding="utf-8"))
    assert texts[0] == texts[1]
    text = page_text(site, "voorwaarden.html")
    assert "U betaalt onze factuur binnen 30 dagen na de factuurdatum." in text
    assert "Wij proberen u binnen 30 dagen een antwoord te geven." in text
    assert "Zie {bijlage} en {de_bijlage=1}." in text


def refused_by_check_and_build(tmp_path, capsys, settings, said: str, page: str) -> str:
    """`check` and the build both stop, saying `said` (file:line: what: why), and `page` is not published:
    all they said."""
    ledger = ledger_with(tmp_path, False)
    assert main(["check", "--ledger", str(ledger), "--settings", str(settings), "--as-of", AS_OF.isoformat()]) == 1
    checked = capsys.readouterr()
    assert said in checked.out + checked.err
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code != 0
    built = capsys.readouterr()
    assert said in built.out + built.err
    assert not (site.output / page).exists()
    return checked.out + checked.err + built.out + built.err


# --- the pages `check` reads: those the build reads ----------------------------------------------------------

BAD_MARK = "<!-- if business_costs_from_dew: true -->"
NO_SUCH_SETTING = "names no setting a terms line can follow"


def own_page(page, slug: str, line: str) -> int:
    """A page of the creditor's own at `page` (its folders made), `line` its fifth: that line's number."""
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(f"Title: Eigen\nSlug: {slug}\nLang: nl\n\n{line}\n", encoding="utf-8")
    return 5


def test_a_mark_the_build_cannot_read_in_a_page_in_a_subfolder_is_refused_by_check_and_build(tmp_path, capsys):
    """Pelican reads the pages in content/pages' subfolders too: `check` reads them as the build does."""
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "en" / "terms.md"
    number = own_page(page, "eigen", f"Bedrijven betalen incassokosten. {BAD_MARK}")
    said = f"{page}:{number}: {BAD_MARK}: {NO_SUCH_SETTING}"
    refused_by_check_and_build(tmp_path, capsys, settings, said, "eigen.html")


def test_a_name_close_to_a_placeholder_in_a_page_in_a_subfolder_is_noted_by_check_and_build(tmp_path, capsys):
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "sub" / "deeper" / "eigen.markdown"
    number = own_page(page, "eigen", "U betaalt binnen {payment_term_dayz}.")
    checked, built = check_and_build(tmp_path, capsys, settings)[0].split("\n----\n")
    note = f"note: {page}:{number}: {{payment_term_dayz}}: published as written: is close to the placeholder "
    assert note in checked and note in built


def refused_pages(said: str, content) -> set[str]:
    """The pages (relative to content/) said to hold the bad mark."""
    found = re.findall(rf"{re.escape(str(content))}/(\S+):5: {re.escape(BAD_MARK)}: {NO_SUCH_SETTING}", said)
    return set(found)


def test_check_refuses_a_bad_mark_in_exactly_the_pages_the_build_reads(tmp_path, capsys):
    """A bad mark in every place a page may be: `check` names the very pages the build refuses, those
    Pelican reads (subfolders, a folder linked in, each Markdown extension), and none it leaves unread (a
    name or folder IGNORE_FILES leaves out, a folder PAGE_EXCLUDES leaves out, an extension in capitals)."""
    settings, content = own_texts(tmp_path)
    settings.write_text(settings.read_text() + 'PAGE_EXCLUDES = ["pages/drafts"]\n')
    pages = content / "pages"
    elsewhere = tmp_path / "elsewhere"
    places = {
        "pages/eigen.md": True,
        "pages/en/terms.md": True,
        "pages/sub/deeper/x.markdown": True,
        "pages/sub/y.mkd": True,
        "pages/linked/z.mdown": True,
        "pages/.#eigen.md": False,  # an editor's lock file (IGNORE_FILES)
        "pages/messages/m.md": False,  # a folder IGNORE_FILES names
        "pages/drafts/d.md": False,  # PAGE_EXCLUDES
        "pages/hoofd.MD": False,  # Pelican reads an extension as written
    }
    elsewhere.mkdir()
    (pages / "linked").symlink_to(elsewhere, target_is_directory=True)
    for n, place in enumerate(places):
        own_page(content / place, f"eigen-{n}", f"Bedrijven betalen incassokosten. {BAD_MARK}")
    ledger = ledger_with(tmp_path, False)
    assert main(["check", "--ledger", str(ledger), "--settings", str(settings), "--as-of", AS_OF.isoformat()]) == 1
    checked = capsys.readouterr()
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code != 0
    built = capsys.readouterr()
    read = {place for place, is_read in places.items() if is_read}
    assert refused_pages(built.out + built.err, content) == read  # what the build reads, as meant
    assert refused_pages(checked.out + checked.err, content) == read


def test_a_mark_or_placeholder_in_an_html_page_is_noted_by_check_and_build_and_published_as_written(tmp_path, capsys):
    """The build reads marks and placeholders in Markdown pages only: an HTML page goes out as written, both
    lines of a mark included. `check` and the build say so, naming the file and line, so that it is mended."""
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "sub" / "eigen.html"
    page.parent.mkdir()
    page.write_text(
        '<html>\n<head>\n<title>Eigen</title>\n<meta name="slug" content="eigen">\n</head>\n<body>\n'
        "<p>Bedrijven betalen incassokosten. <!-- if business_costs_from_due: true --></p>\n"
        "<p>U betaalt binnen {payment_term_days}.</p>\n</body>\n</html>\n",
        encoding="utf-8",
    )
    said, site = check_and_build(tmp_path, capsys, settings)
    checked, built = said.split("\n----\n")
    why = "published as written: marks and placeholders are read in Markdown pages only (.md)"
    for number, written in ((7, "<!-- if business_costs_from_due: true -->"), (8, "{payment_term_days}")):
        note = f"note: {page}:{number}: {written}: {why}"
        assert note in checked and note in built
    assert "U betaalt binnen {payment_term_days}." in page_text(site, "eigen.html")


def test_a_mark_or_placeholder_in_a_restructuredtext_page_is_noted_by_check_and_build(tmp_path, capsys):
    """Pelican reads .rst pages too (docutils comes with it); like an HTML page, one goes out as written."""
    settings, content = own_texts(tmp_path)
    page = content / "pages" / "eigen.rst"
    page.write_text(
        "Eigen\n#####\n\n:slug: eigen\n\nBedrijven betalen incassokosten. <!-- if business_costs_from_due: true -->\n\n"
        "U betaalt binnen {payment_term_days}.\n",
        encoding="utf-8",
    )
    said, site = check_and_build(tmp_path, capsys, settings)
    checked, built = said.split("\n----\n")
    why = "published as written: marks and placeholders are read in Markdown pages only (.md)"
    for number, written in ((6, "<!-- if business_costs_from_due: true -->"), (8, "{payment_term_days}")):
        note = f"note: {page}:{number}: {written}: {why}"
        assert note in checked and note in built
    assert "U betaalt binnen {payment_term_days}." in page_text(site, "eigen.html")
