"""A dossier's notes where staff work: in Dutch under Let op on the dossier page, and as a flag on the
overview (its signals, its today's work). The log's English is tests/claims/test_dossier_notes.py's."""

from __future__ import annotations

import re
import string
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import ENGLISH, NOT_IN_THE_LOG, NoteKind, dossier_notes
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.language import speaking
from incasso.staff.notes import next_step_words, note_text, note_views
from incasso.staff.overview import FlagKind, flags
from incasso.staff.view import flag_detail, flag_view, staff_book
from incasso.staff.words import NOTE, NOTE_BUSINESS, NOTE_TITLE
from tests.support.ledgers import days, event, one_debtor_ledger
from tests.support.note_scenarios import noted, notes_of

NBSP = "\xa0"


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory):
    return noted(tmp_path_factory.mktemp("notes"))


def said(scenarios, name: str) -> list[str]:
    claim, creditor = scenarios[name]
    return [note_text(note) for note in dossier_notes(claim, creditor)]


def book_of(scenarios, name: str):
    claim, creditor = scenarios[name]
    return staff_book([claim], creditor, claim.as_of, "", lambda c: f"s/{c.debtor.id}/")


def test_every_kind_of_note_has_its_dutch_with_no_fact_the_note_lacks():
    assert set(NOTE) == set(NOTE_TITLE) == set(NoteKind) >= set(NOTE_BUSINESS)
    for kind, text in [*NOTE.items(), *NOTE_BUSINESS.items()]:
        named = {field for _, field, _, _ in string.Formatter().parse(text) if field}
        english = {field for _, field, _, _ in string.Formatter().parse(ENGLISH[kind]) if field}
        assert named <= (english | NOT_IN_THE_LOG.get(kind, frozenset())) - {"debtor"}, kind


def test_every_note_reads_in_dutch_with_its_dates_and_amounts_as_staff_read_them(scenarios):
    for name, (claim, creditor) in scenarios.items():
        for note in notes_of(claim, creditor):
            text = note_text(note)
            assert "{" not in text and not re.search(r"\d{4}-\d\d-\d\d", text), (name, text)
            assert not re.search(r"\d\.\d\d\b", text), (name, text)  # 900.00 is EUR 900,00


def test_a_consumer_s_final_notice_by_e_mail_only_says_what_to_ask_and_record(scenarios):
    # The e-mail states no costs (session 39): it asks for the address; the consent is recorded with its day.
    assert said(scenarios, "email_only") == [
        "Deze particulier heeft geen postadres, alleen een e-mailadres: de sommatie gaat (of ging) per e-mail. "
        "Zolang in het dossierbestand niet staat dat de debiteur heeft ingestemd met brieven per e-mail, brengt die "
        "e-mail geen incassokosten en noemt ze ook geen: ze vraagt om het postadres. De pagina, de bedragen en de "
        "overdracht noemen ze evenmin. Vraag het postadres en zet het onder contact: als address:, of vraag of de "
        "debiteur instemt met brieven per e-mail en zet dan final_notice_by: email en email_agreed: (de dag waarop "
        "hij instemde) onder contact:. De volgende sommatie (per post, of per e-mail na de instemming) noemt de "
        "kosten en brengt ze na haar eigen termijn."
    ]


def test_a_consumer_s_final_notice_e_mailed_unagreed_says_no_costs_are_charged_and_what_to_record(scenarios):
    # The figures charge none (claims.timing.binds): the note says so, and how the costs can still come.
    claim, _ = scenarios["emailed_unagreed"]
    assert claim.costs.state == "none"
    assert said(scenarios, "emailed_unagreed") == [
        "De sommatie van 6 maart 2026 staat vastgelegd als verstuurd met channel: email, maar in het dossierbestand "
        "staat niet dat deze particulier met e-mail heeft ingestemd (final_notice_by: email). Een particulier krijgt "
        "de sommatie per post, tenzij hij met e-mail instemde. Daarom rekenen wij geen incassokosten: de pagina, de "
        "bedragen en de overdracht noemen ze niet. Ging de brief die de build die dag schreef per post, zet dan bij "
        "deze sommatie channel: letter. Had de debiteur op die dag al ingestemd, zet dan final_notice_by: email "
        "onder contact:, met email_agreed: (de dag waarop hij instemde). Anders sturen de stappen na de termijn van "
        "deze sommatie een sommatie per post; die brengt de kosten na haar eigen termijn."
    ]


def test_a_consumer_s_final_notice_e_mailed_before_the_consent_says_it_brings_no_costs_and_what_follows(scenarios):
    # The lawyer's L3c (session 39): a consent given later does not make the e-mail before it bind.
    claim, _ = scenarios["emailed_before_consent"]
    assert (claim.costs.state, claim.next_action.kind) == ("none", "final_notice")
    assert said(scenarios, "emailed_before_consent") == [
        "De sommatie van 6 maart 2026 staat vastgelegd als verstuurd met channel: email, vóór 20 maart 2026, de dag "
        "waarop de debiteur instemde met e-mail (email_agreed). Daarom brengt ze geen incassokosten, ook niet nu hij "
        "heeft ingestemd: de pagina, de bedragen en de overdracht noemen ze niet. Na de termijn van deze sommatie "
        "sturen de stappen een nieuwe sommatie per e-mail; die noemt de kosten en brengt ze na haar eigen termijn."
    ]


def test_costs_over_interest_only_ask_staff_to_consider_waiving_them_before_the_handover(scenarios):
    # The lawyer's E1 (session 39): 5,000.00 paid in the term of a notice that asked it with 16.44 of interest
    # (5,000.00 x 4 % x 30/365 = 16.438); paid to interest first, 16.44 stays open and the staffel's minimum follows.
    claim, _ = scenarios["costs_over_interest"]
    assert (claim.costs.state, claim.costs.amount, claim.costs.principal) == ("charged", 40, Decimal("16.44"))
    assert claim.next_action.kind == "handover"
    assert said(scenarios, "costs_over_interest") == [
        f"De incassokosten van EUR{NBSP}40,00 zijn berekend over alleen rente: EUR{NBSP}16,44. In de termijn van de "
        f"sommatie van 6 maart 2026 betaalde de debiteur EUR{NBSP}5.000,00, de hele hoofdsom die de sommatie vroeg, "
        f"maar niet de rente erbij. Een betaling gaat eerst naar de rente (art. 6:44 BW), dus bleef EUR{NBSP}16,44 "
        "open, en daarover gelden de kosten. Zo staat het in de wet, maar een rechter kan zulke kosten onredelijk "
        "vinden (art. 6:96 lid 5 BW). Overweeg ze kwijt te schelden. incasso kan de kosten niet apart kwijtschelden: "
        "doet u het, laat de debiteur dan weten wat er zonder de kosten openstaat, en zet, als dat betaald is, een "
        "stap type: written_off (note: incassokosten kwijtgescholden) in het dossierbestand."
    ]
    (view,) = note_views(claim, dossier_notes(*scenarios["costs_over_interest"]))
    assert view.title == "Incassokosten over alleen rente: overweeg ze kwijt te schelden"
    assert view.before is not None  # under Let op, before the handover that would pass the costs on


def test_costs_above_the_staffel_say_the_amounts_and_what_to_check_before_the_handover(scenarios):
    assert said(scenarios, "costs_above") == [
        f"Bij de sommatie van 6 maart 2026 staat EUR{NBSP}900,00 aan kosten, meer dan de staffel over haar "
        f"facturen geeft (EUR{NBSP}187,50 hoogstens). Een particulier is alleen incassokosten verschuldigd na een "
        "brief die het bedrag noemt dat de wet toestaat (art. 6:96 lid 6 BW). Daarom brengt deze sommatie geen "
        "incassokosten: de pagina, de bedragen en de overdracht noemen ze niet. Is het bedrag verkeerd overgenomen, "
        "verbeter dan costs: bij deze sommatie. Anders sturen de stappen na haar termijn een nieuwe sommatie, die het "
        "juiste bedrag noemt en de kosten na haar eigen termijn brengt."
    ]


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_costs_above_the_staffel_of_a_business_say_it_owes_reasonable_costs(scenarios, language):
    # It said "kan een particulier de kosten betwisten" to a business too: the staffel's protection (art. 6:96 lid 6
    # BW) is a consumer's; a business owes reasonable costs (art. 6:96 BW). Never more than the staffel is charged.
    with speaking(language):
        (consumer,) = said(scenarios, "costs_above")
        (business,) = said(scenarios, "costs_above_business")
    if language == Language.NL:
        assert "Daarom brengt deze sommatie geen incassokosten" in consumer
        assert business == (
            f"Bij de sommatie van 6 maart 2026 staat EUR{NBSP}900,00 aan kosten, meer dan de staffel over haar "
            f"facturen geeft (EUR{NBSP}187,50 hoogstens). Er wordt nooit meer dan dat gerekend. Kijk in de "
            "brief: stond dit bedrag erin, dan vroeg die meer dan wij rekenen. Een bedrijf is redelijke "
            "incassokosten verschuldigd (art. 6:96 BW, met de staffel als maatstaf); de bescherming van de staffel "
            "(art. 6:96 lid 6 BW) geldt alleen voor een particulier. Is het bedrag verkeerd overgenomen, verbeter "
            "dan costs: bij deze sommatie."
        )
    else:
        assert "So this final notice brings no collection costs" in consumer
        assert business == (
            f"The final notice of 6 March 2026 has EUR{NBSP}900.00 in costs, more than the statutory scale gives on "
            f"its invoices (EUR{NBSP}187.50 at most). Never more than that is charged. Look at the letter: if this amount "
            "was in it, it asked more than we charge. A business owes reasonable collection costs (art. 6:96 Dutch "
            "Civil Code, with the statutory scale as the measure); the scale's protection (art. 6:96(6) Dutch Civil "
            "Code) is for consumers only. If the amount was copied wrongly, correct costs: on this final notice."
        )


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_final_notice_that_asked_paid_money_says_who_may_contest_its_costs(scenarios, language):
    # A consumer may contest even the costs charged: the letter stated a wrong amount (art. 6:96 lid 6 BW). A
    # business may not on that ground: that rule is a consumer's; it owes reasonable costs (art. 6:96 BW), which
    # the policy charges after the final notice's term.
    with speaking(language):
        (consumer,) = said(scenarios, "notice_asked_paid")
        (business,) = said(scenarios, "notice_asked_paid_business")
    if language == Language.NL:
        assert consumer.endswith(
            f"Er wordt niet meer dan EUR{NBSP}40,00 aan incassokosten gerekend; een particulier kan ook die "
            "betwisten, omdat de brief een verkeerd bedrag noemde (meld het bij de overdracht aan het incassobureau)."
        )
        assert business.endswith(
            f"Er wordt niet meer dan EUR{NBSP}40,00 aan incassokosten gerekend. Een bedrijf is die wel verschuldigd, "
            "ook al noemde de brief een verkeerd bedrag: de regel dat de brief het juiste bedrag moet noemen (art. "
            "6:96 lid 6 BW) geldt alleen voor een particulier. Een bedrijf is redelijke incassokosten verschuldigd "
            "(art. 6:96 BW, met de staffel als maatstaf); het beleid rekent ze na de termijn van de sommatie "
            "(business_costs_from_due staat uit)."
        )
        assert "particulier kan" not in business
    else:
        assert consumer.endswith(
            "No more than EUR 40.00 in collection costs are charged; a consumer may contest even those, as the "
            "letter stated a wrong amount (mention it when handing over to the collection agency)."
        )
        assert business.endswith(
            "No more than EUR 40.00 in collection costs are charged. A business owes them even though the "
            "letter stated a wrong amount: the rule that the letter must state the right amount (art. 6:96(6) Dutch "
            "Civil Code) protects consumers only. A business owes reasonable collection costs (art. 6:96 Dutch Civil "
            "Code, with the statutory scale as the measure); the policy charges them after the final notice's term "
            "(business_costs_from_due is off)."
        )
        assert "consumer may" not in business


def test_a_final_notice_posted_abroad_says_the_days_assumed_and_what_to_record(scenarios):
    assert said(scenarios, "abroad") == [
        "Het postadres is in het buitenland: een sommatie die daarheen per post gaat, telt haar termijn vanaf "
        "ontvangst na 10 bezorgdagen van PostNL (delivery_days_abroad in het beleid), later dan binnen Nederland. Een brief naar "
        "het buitenland kan nog langer onderweg zijn: de dag waarop hij echt aankwam is het beste. Vraag de "
        "debiteur wanneer de brief aankwam en zet die dag als received: bij de sommatie in het dossierbestand, of "
        "stuur de sommatie per e-mail als de debiteur daarmee heeft ingestemd (final_notice_by: email). De "
        "incassokosten zijn die van de Nederlandse staffel. Het recht van het land van een particulier kan minder "
        "toestaan (België bijvoorbeeld begrenst ze lager): kijk wat het toestaat voordat een brief ze noemt (de "
        "aanmaning noemt al die van de sommatie), en vóór de overdracht."
    ]


def test_a_step_in_the_history_is_named_as_the_dossier_s_log_names_it(scenarios):
    (line,) = said(scenarios, "after_write_off")
    assert line.startswith("Gerechtelijke stappen op 10 maart 2026, na het afschrijven op 1 maart 2026:")
    _, order, total = said(scenarios, "plan_in_dispute")  # in the dispute, out of date order, far too much
    assert order.startswith(
        "De termijnen van de betalingsregeling van 20 februari 2026 staan niet op datumvolgorde, of twee vallen "
        "op één dag (15 apr 2026, 15 mrt 2026);"
    )
    assert f"tellen op tot EUR{NBSP}5.500,00, meer dan 2 keer de facturen met hun kosten (EUR{NBSP}1.437,50)" in total


def test_a_note_about_the_next_step_flags_the_dossier_before_it(scenarios):
    claim, creditor = scenarios["email_only"]
    (flag,) = flags(claim, creditor.policy, notes=dossier_notes(claim, creditor))[-1:]
    assert flag.kind == FlagKind.NOTE_BEFORE_STEP
    view = flag_view(flag)
    assert (view.label, view.detail) == (
        "Let op vóór de volgende stap",
        "Sommatie kan alleen per e-mail: lees eerst Let op in het dossier, vóór de volgende stap (sommatie sturen)",
    )


def test_a_note_about_no_next_step_flags_the_dossier_too(scenarios):
    claim, creditor = scenarios["second_dispute"]
    (flag,) = [f for f in flags(claim, creditor.policy, notes=dossier_notes(claim, creditor)) if f.notes]
    assert flag.kind == FlagKind.DOSSIER_NOTE
    assert flag_detail(flag) == "Tweede geschil terwijl het eerste openstaat: zie Let op in het dossier"


def test_the_book_flags_each_dossier_s_notes_and_its_page_lists_them_under_let_op(scenarios):
    book = book_of(scenarios, "costs_above")
    (row,) = book.rows
    assert [f.kind for f in row.flags if f.notes] == ["note_before_step"]
    page = dossier_page(book, row)
    assert [f.kind for f in page.flags] == [f.kind for f in row.flags if not f.notes]  # said once, under Let op
    (note,) = page.notes
    assert (note.kind, note.title, note.before, note.where) == (
        "costs_above_staffel",
        "Kosten in de sommatie boven de staffel",
        "vóór de volgende stap: sommatie sturen",  # one that states the right costs (session 41)
        "debtors/D-1001.yaml, regel 19",
    )
    assert note.css == "flag flag-note_before_step"


def test_let_op_lists_the_notes_about_the_next_step_first(scenarios):
    claim, creditor = scenarios["costs_below_same_day"]  # costs below the staffel (the handover's), two notices
    views = note_views(claim, dossier_notes(claim, creditor))
    assert [(v.kind, v.before is not None) for v in views] == [
        ("costs_below_staffel", True),
        ("same_day_notices", True),
    ]
    claim, creditor = scenarios["payments"]
    assert [v.before for v in note_views(claim, dossier_notes(claim, creditor))] == [None, None]


def test_a_dossier_without_notes_has_no_let_op(tmp_path):
    ledger = one_debtor_ledger(tmp_path)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))
    book = staff_book([claim], ledger.creditor, claim.as_of, "", lambda c: "s/x/")
    assert dossier_page(book, book.rows[0]).notes == ()
    assert not any(f.notes for f in book.rows[0].flags)


def test_a_payment_dated_a_year_ahead_is_said_before_the_next_letter_asks_for_that_money(scenarios):
    # 2027 typed for 2026: the payment does not count yet, so the dunning letter due would ask for it again.
    claim, creditor = scenarios["dated_ahead"]
    views = note_views(claim, dossier_notes(claim, creditor))
    assert [(v.kind, v.before) for v in views] == [
        ("payment_ahead", "vóór de volgende stap: aanmaning sturen"),
        ("credit_note_ahead", "vóór de volgende stap: aanmaning sturen"),
        ("invoice_later", None),  # its page shows it, whatever the step
        ("event_ahead", None),
    ]
    assert views[0].text == (
        "De betaling van 20 februari 2027 is gedateerd ruim na de dag van deze build (6 maart 2026): ze telt pas "
        "vanaf die dag mee, dus de pagina en de brieven vragen dat geld nog. Klopt het jaar? Verbeter anders de "
        "datum in het dossierbestand."
    )


def test_an_english_debtor_s_invoice_described_in_one_language_is_said_on_the_dossier_page(scenarios):
    # The log names a few and counts the rest once thousands of dossiers have it: staff find each here.
    assert said(scenarios, "description_one_language") == [
        "Deze debiteur leest Engels (language: en), maar de omschrijving (description:) staat in één taal bij "
        "F2026-0001: de Engelse pagina en brieven tonen haar zoals ze er staat. Schrijf haar per taal, onder "
        "description: als nl: en en:, tenzij ze in het Engels hetzelfde luidt."
    ]


@pytest.mark.parametrize(
    ("phone", "said"), [(None, "bericht sturen (geen telefoon)"), ("+31 6 12345678", "bellen")], ids=["none", "one"]
)
def test_a_note_names_the_call_step_as_the_overview_does(tmp_path, phone, said):
    """The call step of a debtor without a phone is the written note that does it (staff.language.action_name),
    also where a note says which step it comes before."""
    due = date(2026, 2, 4)
    contact = {"email": "jan@example.nl", **({"phone": phone} if phone else {})}
    steps = [event(due + days(1), "reminder"), event(due + days(15), "dunning")]
    ledger = one_debtor_ledger(tmp_path, events=steps, contact=contact)
    claim = assess(ledger, ledger.debtors[0], due + days(25))
    assert claim.next_action is not None and claim.next_action.kind == "call"
    assert next_step_words(claim) == said


def test_every_note_with_vat_says_it_in_every_text_it_has():
    # A note whose amounts hold the VAT on the costs names it where its text names the staffel alone: every phrase
    # swapped is in the texts it is swapped in (staff.words.NOTE_VAT, claims.dossier_notes.VAT_ENGLISH).
    from incasso.claims.dossier_notes import VAT_ENGLISH, with_vat
    from incasso.staff import words, words_en

    for module in (words, words_en):
        for kind, swap in module.NOTE_VAT.items():
            for texts in (module.NOTE, module.NOTE_BUSINESS):
                if kind in texts:
                    assert with_vat(texts[kind], swap) != texts[kind], (module.__name__, kind)
    for kind, swap in VAT_ENGLISH.items():
        assert with_vat(ENGLISH[kind], swap) != ENGLISH[kind], kind
    with pytest.raises(ValueError, match="no longer says"):
        with_vat("the scale", ("the staffel", "the staffel with its VAT"))


def test_costs_with_vat_are_not_called_the_staffel_s_in_the_notes(tmp_path):
    # 1250.00: the staffel 187.50, with 21 % VAT 226.87 (policy.costs_vat). A notice recording 900.00 is above
    # it; staff read the staffel's amount with its VAT apart, not EUR 226,87 as "de staffel" gives.
    from incasso.claims.dossier_notes import in_english

    notice = [event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("900.00"))]
    ledger = one_debtor_ledger(tmp_path, events=notice, policy={"costs_vat": True})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    assert claim.costs.amount == Decimal("0")  # a consumer's letter that stated more brings none (session 41)
    (note,) = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.COSTS_ABOVE_STAFFEL]
    assert (
        f"meer dan de staffel met btw over haar facturen geeft (EUR{NBSP}226,87 hoogstens, waarvan EUR{NBSP}39,37 btw)."
        in note_text(note)
    )
    assert in_english(note).endswith(
        ": the final notice of 2026-03-06 records costs: 900.00, more than the staffel with its VAT gives over its "
        "invoices (226.87 at most, 39.37 of it VAT): a consumer owes costs only after a letter that states the amount "
        "the law allows (art. 6:96 lid 6 BW), so it brings none: none are charged (page, figures, handover); if the "
        "event was written wrong, correct it; else the steps send a new final notice after its term, which states "
        "the right costs and brings them after its own term"
    )
    with speaking(Language.EN):
        assert "(EUR 226.87 at most, EUR 39.37 of it VAT)" in note_text(note).replace(NBSP, " ")
    unstated = one_debtor_ledger(
        tmp_path / "unstated",
        events=[event(date(2026, 3, 6), "final_notice", channel="letter")],
        policy={"costs_vat": True},
    )
    claim = assess(unstated, unstated.debtors[0], date(2026, 3, 30))
    (note,) = [n for n in dossier_notes(claim, unstated.creditor) if n.kind == NoteKind.COSTS_UNKNOWN]
    assert f"EUR{NBSP}226,87 aan incassokosten op (de staffel plus EUR{NBSP}39,37 btw)" in note_text(note)
    assert "collection costs on it (the staffel plus 39.37 VAT)" in in_english(note)
    # Without VAT the notes say what they said.
    plain = one_debtor_ledger(tmp_path / "plain", events=notice)
    claim = assess(plain, plain.debtors[0], date(2026, 3, 30))
    (note,) = [n for n in dossier_notes(claim, plain.creditor) if n.kind == NoteKind.COSTS_ABOVE_STAFFEL]
    assert "vat" not in note.values and "meer dan de staffel over haar facturen geeft" in note_text(note)


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_final_notice_to_a_consumer_abroad_says_their_country_s_law_may_allow_less_costs(tmp_path, language):
    # A Belgian consumer's letters state the Dutch staffel; Belgian law caps a consumer's collection costs lower.
    # Staff are told at the step, not only in the README (findings s45-newcomer, 2); a business is not told.
    # The final notice is due from 5 March: the dunning letter of Monday 9 February, posted to Antwerp, arrives 10 days
    # later than at home, and the final notice waits as many days more (claims.timing.step_after_letter).
    steps = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 9), "dunning")]
    antwerp = {"contact.address": ["Meir 24", "2000 Antwerpen", "België"], "events": steps}
    texts = {}
    for kind in ("consumer", "business"):
        ledger = one_debtor_ledger(tmp_path / kind, type=kind, **antwerp)
        claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))
        with speaking(language):
            (texts[kind],) = [note_text(n) for n in dossier_notes(claim, ledger.creditor)]
    own_law = "België bijvoorbeeld begrenst ze lager" if language == Language.NL else "Belgium, for one, caps them"
    assert own_law in texts["consumer"]
    assert own_law not in texts["business"]
    assert texts["consumer"].startswith(texts["business"])
    # By e-mail (final_notice_by: email): no post abroad to speak of, but the costs all the same.
    ledger = one_debtor_ledger(tmp_path / "email", **antwerp, **{"contact.final_notice_by": "email"})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 6))
    with speaking(language):
        (emailed,) = [note_text(n) for n in dossier_notes(claim, ledger.creditor)]
    assert own_law in emailed
    assert ("per e-mail" if language == Language.NL else "by email") in emailed


def test_a_consumer_in_belgium_reads_the_costs_note_on_the_dossier_before_the_dunning_letter(tmp_path):
    # The dunning letter names the costs the final notice will charge: staff read the note before it, due or not.
    reminded = [event(date(2026, 2, 5), "reminder")]
    ledger = one_debtor_ledger(
        tmp_path, events=reminded, **{"contact.address": ["Meir 24", "2000 Antwerpen", "België"]}
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 10))
    book = staff_book([claim], ledger.creditor, claim.as_of, "", lambda c: f"s/{c.debtor.id}/")
    (row,) = book.rows
    assert [f.kind for f in row.flags if f.notes] == ["note_before_step"]
    (note,) = dossier_page(book, row).notes
    assert (note.kind, note.title, note.before) == (
        "consumer_abroad",
        "Particulier in het buitenland: incassokosten",
        "vóór de volgende stap: aanmaning sturen",
    )
    assert note.text.endswith(
        "kijk wat het toestaat voordat een brief ze noemt (de aanmaning noemt al die van de sommatie), en vóór de "
        "overdracht."
    )


def test_a_return_address_left_out_is_under_let_op_before_every_posted_letter(scenarios):
    # The letters' renderer makes the note (pelican.plugins.incasso.checks); the book takes it beside the others.
    claim, creditor = scenarios["return_address_left_out"]
    (drawn,) = notes_of(claim, creditor)
    book = staff_book([claim], creditor, claim.as_of, "", lambda c: f"s/{c.debtor.id}/", drawn=[drawn])
    (row,) = book.rows
    (note,) = dossier_page(book, row).notes
    assert (note.kind, note.title, note.before, note.where) == (
        "return_address_left_out",
        "Retouradres past niet boven het adres",
        "vóór de volgende stap: sommatie sturen",
        "debtors/D-1001.yaml, regel 10",  # contact.address
    )
    assert note.text == (
        "De naam en het postadres (6 regels) laten in het venster van de envelop geen ruimte voor het retouradres "
        "erboven, in 8,5 pt of groter: de brieven per post gaan zonder retouradres. Dan kan de post een brief die niet "
        "aankomt niet terugsturen, en blijft een sommatie die nooit aankwam onbekend. Onder het retouradres passen 5 "
        "regels van hoogstens 94 mm breed. Maak contact.address in het dossierbestand korter, met minder of kortere "
        "regels: ‘Nederland’ onder een Nederlandse postcode en plaats, een afdeling of een ‘t.a.v.’-regel, de straat "
        "naast een postbus of een c/o-regel kan weg."
    )
    with speaking(Language.EN):
        assert "Below the return address the window holds 5 lines, each at most 94 mm wide." in note_text(drawn)
