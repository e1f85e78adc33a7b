"""A valid ledger that may not say what was meant: said by `check` and every build, never refused."""

from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.notices import dossier_doubts, ledger_notes, one_language_desk, one_line_address, other_terms
from incasso.ledger.load import load_ledger
from tests.support.ledgers import (
    MISSING,
    VALID_CREDITOR,
    changed,
    event,
    invoice,
    one_debtor_ledger,
    payment,
    valid_debtor,
    where,
    write_ledger,
)

# The dossier of tests.support.ledgers: invoice F2026-0001 dated 2026-01-05, due 2026-02-04.


def doubts(tmp_path, policy=None, **changes):
    ledger = one_debtor_ledger(tmp_path, policy=policy, **changes)
    path = str(ledger.debtors[0].source.path)
    return [line.removeprefix(path) for line in dossier_doubts(ledger.debtors, ledger.creditor)]


def test_a_plain_dossier_raises_no_doubt(tmp_path):
    history = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 20), "dispute", reason="Niet geleverd")]
    assert doubts(tmp_path, events=history, payments=[payment(invoice="F2026-0001")]) == []


def test_a_letter_or_agreement_after_the_write_off_is_said_at_its_line(tmp_path):
    history = [
        event(date(2026, 3, 1), "written_off", note="Oninbaar"),
        event(date(2026, 3, 10), "reminder"),
        event(date(2026, 3, 12), "note", note="Dossier gesloten."),  # a note after it is what staff write
    ]
    (line,) = doubts(tmp_path, events=history)
    assert line.endswith(
        ": a reminder on 2026-03-10, after the claim was written off on 2026-03-01: it stays written off "
        "(no page, no letters); if it is chased again, remove the write-off"
    )
    assert line.startswith(":") and line.split(":")[1].isdigit()  # file:line:column of that event


def test_a_payment_dated_before_the_invoice_it_names_asks_for_the_year(tmp_path):
    (line,) = doubts(tmp_path, payments=[payment(date=date(2025, 1, 20), invoice="F2026-0001")])
    assert line.endswith(
        ": the payment of 2025-01-20 names invoice F2026-0001, dated 2026-01-05, later: is the year right?"
    )


def test_a_letter_dated_before_every_invoice_asks_for_the_year(tmp_path):
    (line,) = doubts(tmp_path, events=[event(date(2025, 2, 5), "reminder")])
    assert line.endswith(": a reminder on 2025-02-05, before the first invoice (2026-01-05): is the year right?")


def test_a_second_dispute_while_one_is_open_is_said_and_a_resolved_one_is_not(tmp_path):
    first = event(date(2026, 2, 10), "dispute", reason="Niet geleverd")
    second = event(date(2026, 2, 20), "dispute", reason="Te duur")
    (line,) = doubts(tmp_path, events=[first, second])
    assert line.endswith(
        ": a dispute on 2026-02-20 while the one of 2026-02-10 is still open (no dispute_resolved between): "
        "the answer is now due counted from this one"
    )
    resolved = event(date(2026, 2, 15), "dispute_resolved", outcome="Toegelicht")
    assert doubts(tmp_path, events=[first, resolved, second]) == []


def test_a_final_notice_recorded_twice_on_one_day_is_said_at_the_second(tmp_path):
    friday = date(2026, 3, 6)
    twice = [event(friday, "final_notice", channel="letter"), event(friday, "final_notice", channel="email")]
    (line,) = doubts(tmp_path, events=twice)
    first, second = one_debtor_ledger(tmp_path / "read", events=twice).debtors[0].events
    assert line == (
        f":{second.source.line}:{second.source.column}: a second final notice on 2026-03-06 (the first at line "
        f"{first.source.line}): its term and costs count from the letter whose term ends last; send a final "
        "notice one way"
    )
    later = [twice[0], event(date(2026, 4, 6), "final_notice", channel="email")]
    assert doubts(tmp_path, events=later) == []


def test_costs_recorded_on_a_business_s_notice_under_costs_from_due_are_said_to_cap_nothing(tmp_path):
    notice = [event(date(2026, 3, 6), "final_notice", channel="email", costs=Decimal("100.00"))]
    on = {"creditor_changes": {"policy": {"business_costs_from_due": True}}}
    ledger = one_debtor_ledger(tmp_path / "b", type="business", events=notice, **on)
    (line,) = ledger_notes(ledger, date(2026, 3, 30))
    assert line.endswith(
        ": the final notice of 2026-03-06 records costs: 100.00, but with business_costs_from_due a business's "
        "costs follow its invoices' due dates, not a letter: its page charges what they give, which may be more "
        "than that letter stated"
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    assert claim.costs.amount == Decimal("187.50")  # the staffel over 1250.00, from the due date
    assert ledger_notes(one_debtor_ledger(tmp_path / "c", events=notice, **on), date(2026, 3, 30)) == ()
    assert ledger_notes(ledger, date(2026, 3, 5)) == ()  # the notice is not sent yet on the build's day


def test_an_agreement_made_while_a_dispute_is_open_is_said_and_one_after_its_answer_is_not(tmp_path):
    disputed = event(date(2026, 2, 10), "dispute", reason="Niet geleverd")
    promised = event(date(2026, 2, 20), "promise", promised_date=date(2026, 3, 1))
    (line,) = doubts(tmp_path / "open", events=[disputed, promised])
    assert line.endswith(
        ": a promise to pay agreed on 2026-02-20 while the dispute of 2026-02-10 is open (no dispute_resolved "
        "between): the page shows the dispute, and the agreement is not shown or confirmed in writing until the "
        "dispute is answered; a date of it that passes meanwhile counts as missed then (agree new dates); if the "
        "agreement settles the dispute, record dispute_resolved"
    )
    answered = event(date(2026, 2, 15), "dispute_resolved", outcome="Toegelicht")
    assert doubts(tmp_path / "answered", events=[disputed, answered, promised]) == []


def test_a_handover_recorded_while_a_dispute_is_open_is_said_and_one_after_its_answer_is_not(tmp_path):
    disputed = event(date(2026, 2, 10), "dispute", reason="Niet geleverd")
    handover = event(date(2026, 2, 20), "handover", agency="Incasso B.V.")
    (line,) = doubts(tmp_path / "open", events=[disputed, handover])
    assert line.endswith(
        ": a handover on 2026-02-20 while the dispute of 2026-02-10 is open (no dispute_resolved between): a "
        "dispute gets its answer before a harder step; the page shows the dispute, and no letter (the handover "
        "notice neither) goes out while it is open; if it was answered, record dispute_resolved before this step"
    )
    answered = event(date(2026, 2, 15), "dispute_resolved", outcome="Toegelicht")
    after = doubts(tmp_path / "answered", events=[disputed, answered, handover])
    assert not [line for line in after if "while the dispute" in line]


def test_the_ledger_notes_hold_the_doubts_with_the_later_invoices(tmp_path):
    later = invoice(number="F2026-0002", date=date(2026, 12, 5), due=date(2027, 1, 4), amount=Decimal("100.00"))
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), later], events=[event(date(2025, 2, 5), "reminder")])
    notes = ledger_notes(ledger, date(2026, 11, 30))
    assert [("is dated 2026-12-05" in n, "before the first invoice" in n) for n in notes] == [
        (True, False),
        (False, True),
    ]


def test_one_english_reader_of_a_desk_written_once_is_one_debtor_who_reads(tmp_path):
    ledger = one_debtor_ledger(tmp_path, language="en")
    (line,) = one_language_desk(ledger.creditor, ledger.debtors)
    assert "and 1 debtor reads English: their pages and letters show it as written" in line


def test_the_doubts_of_a_file_come_in_the_order_of_its_lines_and_a_written_off_claim_awaits_no_answer(tmp_path):
    history = [
        event(date(2025, 2, 5), "reminder"),
        event(date(2026, 3, 1), "written_off", note="Oninbaar"),
        event(date(2026, 3, 2), "dispute", reason="Niet geleverd"),
        event(date(2026, 3, 3), "dispute", reason="Te duur"),
    ]
    found = doubts(tmp_path, events=history, payments=[payment(date=date(2025, 1, 20), invoice="F2026-0001")])
    lines = [int(line.split(":")[1]) for line in found]
    assert lines == sorted(lines) and len(found) == 2  # the payment's below the events, yet listed by line
    assert not any("answer is now due" in line for line in found)


# -- costs recorded on final notices (claims.notices.claim_notes) -------------------------------------

NEWER = invoice(number="F2026-0002", date=date(2026, 3, 2), due=date(2026, 4, 1), amount=Decimal("700.00"))
PAID_F1 = [payment(date=date(2026, 3, 10), amount=Decimal("1250.00"), invoice="F2026-0001")]


def costs_said(tmp_path, second: dict, as_of: date) -> tuple[list[str], object]:
    from incasso.claims.assess import assess
    from incasso.claims.notices import claim_notes

    events = [event(date(2026, 3, 3), "final_notice"), second]
    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), NEWER], events=events, payments=PAID_F1)
    claim = assess(ledger, ledger.debtors[0], as_of)
    path = str(ledger.debtors[0].source.path)
    return [line.removeprefix(path) for line in claim_notes([claim], ledger.creditor)], claim


def test_a_later_notice_after_a_paid_claim_recorded_without_costs_is_said_at_its_line(tmp_path):
    said, claim = costs_said(tmp_path, event(date(2026, 5, 5), "final_notice"), date(2026, 6, 30))
    assert claim.costs.state == "none"
    assert said == [
        ":26:5: the final notice of 2026-05-05 follows a claim paid in full but records no `costs`: it brings "
        "no costs of its own; if its letter stated them, write them on its event (costs: ...)"
    ]


def test_costs_recorded_below_the_staffel_are_charged_as_written_and_said(tmp_path):
    second = event(date(2026, 5, 5), "final_notice", costs=Decimal("15.00"))  # 150.00 meant? 105.00 is the staffel
    said, claim = costs_said(tmp_path, second, date(2026, 6, 30))
    assert (claim.costs.state, claim.costs.amount, claim.costs.capped_from) == (
        "charged",
        Decimal("15.00"),
        Decimal("105.00"),
    )
    assert said == [
        ":26:5: the final notice of 2026-05-05 records costs: 15.00, less than the 105.00 the staffel gives: "
        "the costs are its letter's amount; if it was written wrong, correct it"
    ]
    assert costs_said(tmp_path / "right", {**second, "costs": Decimal("105.00")}, date(2026, 6, 30))[0] == []


def handover_said(tmp_path, *events: dict) -> list[str]:
    from incasso.claims.assess import assess
    from incasso.claims.notices import claim_notes

    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), NEWER], events=list(events))
    claim = assess(ledger, ledger.debtors[0], date(2026, 4, 20))
    path = str(ledger.debtors[0].source.path)
    return [line.removeprefix(path) for line in claim_notes([claim], ledger.creditor)]


def test_a_handover_that_takes_an_invoice_no_final_notice_asked_for_is_said_at_its_line(tmp_path):
    notice = event(date(2026, 3, 3), "final_notice", costs=Decimal("187.50"))
    handover = event(date(2026, 4, 20), "handover", agency="X")
    (line,) = handover_said(tmp_path / "early", notice, handover)
    assert line.endswith(
        ": the handover of 2026-04-20 takes invoice F2026-0002, due 2026-04-01, that no final notice asked for: "
        "the steps would have sent it its own reminder, dunning letter and final notice first (the agency's "
        "letter asks it too); if it was handed over on purpose, nothing needs doing"
    )
    asked = event(date(2026, 4, 2), "final_notice")  # a notice after its due date asked for it
    assert handover_said(tmp_path / "asked", notice, asked, handover) == []
    (bare,) = handover_said(tmp_path / "bare", event(date(2026, 3, 3), "dunning"), handover)
    assert bare.endswith(
        ": the handover of 2026-04-20 follows no final notice: the steps send one first (without "
        "it a consumer owes no collection costs); if it was handed over on purpose, nothing needs doing"
    )


def test_a_handover_after_a_second_notice_that_asked_for_a_newer_invoice_takes_all_without_a_note(tmp_path):
    # As the steps propose it (docs/computation.md): F2026-0002 had its own notice; what fell due since goes too.
    third = invoice(number="F2026-0003", date=date(2026, 4, 1), due=date(2026, 4, 15), amount=Decimal("100.00"))
    notices = [
        event(date(2026, 3, 3), "final_notice", costs=Decimal("187.50")),
        event(date(2026, 4, 2), "final_notice"),
    ]
    handover = event(date(2026, 4, 20), "handover", agency="X")
    from incasso.claims.assess import assess
    from incasso.claims.notices import claim_notes

    ledger = one_debtor_ledger(tmp_path, invoices=[invoice(), NEWER, third], events=[*notices, handover])
    assert claim_notes([assess(ledger, ledger.debtors[0], date(2026, 4, 20))], ledger.creditor) == ()
    # F2026-0002 paid before the second notice: that notice was sent again for F2026-0001 only, so the
    # steps would have given F2026-0003 its own letters, and the note says so.
    paid = [payment(date=date(2026, 3, 20), amount=Decimal("700.00"), invoice="F2026-0002")]
    again = one_debtor_ledger(
        tmp_path / "again", invoices=[invoice(), NEWER, third], events=[*notices, handover], payments=paid
    )
    (line,) = claim_notes([assess(again, again.debtors[0], date(2026, 4, 20))], again.creditor)
    assert "takes invoice F2026-0003, due 2026-04-15, that no final notice asked for" in line


def test_costs_recorded_on_the_other_notice_of_the_day_are_said_at_its_line_with_its_amount(tmp_path):
    from incasso.claims.assess import assess
    from incasso.claims.notices import claim_notes

    friday = date(2026, 3, 6)
    emailed_costs = event(friday, "final_notice", channel="email", costs=Decimal("90.00"))
    notices = [event(friday, "final_notice", channel="letter"), emailed_costs]  # the letter stands for the day
    ledger = one_debtor_ledger(tmp_path, events=notices)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    emailed = next(e for e in ledger.debtors[0].events if e.costs is not None)
    assert claim.costs.amount == Decimal("90.00")
    assert claim_notes([claim], ledger.creditor) == (
        f"{emailed.source}: the final notice of 2026-03-06 records costs: 90.00, less than the 187.50 the staffel "
        "gives: the costs are its letter's amount; if it was written wrong, correct it",
    )


def test_costs_recorded_above_the_staffel_over_every_invoice_asked_are_said_and_not_charged(tmp_path):
    from incasso.claims.assess import assess
    from incasso.claims.notices import claim_notes

    notice = [event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("900.00"))]
    ledger = one_debtor_ledger(tmp_path, events=notice)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 30))
    assert claim.costs.amount == Decimal("0")  # a consumer's letter that stated more than the staffel brings none
    (line,) = claim_notes([claim], ledger.creditor)
    assert line.endswith(
        ": the final notice of 2026-03-06 records costs: 900.00, more than the staffel gives over its invoices "
        "(187.50 at most): a consumer owes costs only after a letter that states the amount the law allows (art. "
        "6:96 lid 6 BW), so it brings none: none are charged (page, figures, handover); if the event was written "
        "wrong, correct it; else the steps send a new final notice after its term, which states the right costs and "
        "brings them after its own term"
    )
    within = one_debtor_ledger(tmp_path / "within", events=[{**notice[0], "costs": Decimal("187.50")}])
    assert claim_notes([assess(within, within.debtors[0], date(2026, 3, 30))], within.creditor) == ()


def test_invoices_due_another_number_of_days_than_the_terms_say_are_named_a_few_at_a_time(tmp_path):
    assert other_terms(*parts(one_debtor_ledger(tmp_path / "agreed"))) == ()
    fourteen = [invoice(number=f"F2026-000{n}", due=date(2026, 1, 19), amount=Decimal("100.00")) for n in range(1, 6)]
    ledger = one_debtor_ledger(tmp_path / "fourteen", invoices=fourteen)
    (line,) = other_terms(*parts(ledger))
    path = str(ledger.debtors[0].source.path)
    assert line.startswith("5 invoices are due another number of days after their date than payment_term_days (30) ")
    assert f"{path}:" in line and "(F2026-0001: 14 days)" in line and "(F2026-0003: 14 days)" in line
    assert "F2026-0004" not in line and " and 2 more;" in line
    assert line in ledger_notes(ledger, date(2026, 3, 1))
    (one,) = other_terms(*parts(one_debtor_ledger(tmp_path / "one", invoices=fourteen[:1])))
    assert one.startswith("1 invoice is due another number of days")


def parts(ledger):
    return ledger.creditor, ledger.debtors


def test_a_consumer_s_final_notice_that_can_only_go_by_e_mail_is_said_when_it_is_the_next_step(tmp_path):
    """Posted unless they agreed to e-mail: without a postal address the e-mail is all there is, and it
    brings costs only once they agreed to it. Not said before the final notice comes near, nor once recorded."""

    email_only = {"contact.address": MISSING, "contact.email": "jan@example.nl"}
    said = notes_said(tmp_path)

    (line,) = said("due", date(2026, 3, 6), **email_only)
    assert line.endswith(
        ": D-1001: a consumer with no postal address: the final notice can only go by e-mail, and while their file "
        "does not record that they agreed to receive letters by e-mail it brings no collection costs and states none "
        "(it asks for their postal address): none are charged (page, figures, handover); add their postal address, "
        "or record final_notice_by: email with email_agreed: the day they agreed; then the next final notice (by "
        "post, or e-mailed after the consent) states the costs and brings them after its own term"
    )
    assert said("early", date(2026, 2, 20), **email_only) == []  # the dunning letter's term runs
    assert said("agreed", date(2026, 3, 6), **email_only, **{"contact.final_notice_by": "email"}) == []
    assert said("posted", date(2026, 3, 6)) == []  # an address: posted
    assert said("business", date(2026, 3, 6), type="business", **email_only) == []


def test_a_final_notice_posted_abroad_is_said_its_term_counts_the_days_abroad_and_received_is_best(tmp_path):
    """The term counts from receipt after the days set for a letter abroad, later than within the Netherlands;
    the post may take longer still, and costs charged before the true term ended are what a court strikes."""
    abroad = {"contact.address": ["Rue de la Loi 155 boîte 12", "1040 Etterbeek", "België"]}
    said = notes_said(tmp_path, STEPS_SENT_ABROAD)
    letters = list(STEPS_SENT_ABROAD)

    # Said before any final notice exists (the next step), so as what will happen (new1 review, #4).
    (line,) = said("abroad", date(2026, 3, 6), **abroad)
    assert line.endswith(
        ": D-1001: the postal address is abroad (its last line is no Dutch postcode and place): a final notice "
        "posted to it will have its term counted from receipt assumed after 10 PostNL delivery days "
        "(policy.delivery_days_abroad), later "
        "than within the Netherlands; the post may take longer still: the day it arrived is best, recorded as "
        "received: on the final_notice when the debtor tells you, or send it by e-mail if they agreed "
        "(final_notice_by: email); its costs are the Dutch staffel's, and their own country's law may allow less "
        "(Belgium, for one, caps them lower): check what it allows before a letter states them (the dunning letter "
        "names the final notice's), and before the handover"
    )
    # A business is no consumer its country's law protects: the days abroad alone (findings s45-newcomer, 2).
    (line,) = said("business", date(2026, 3, 6), type="business", **abroad)
    assert line.endswith("or send it by e-mail if they agreed (final_notice_by: email)")
    # The dunning letter's term runs, the call is next: its letter named the costs, the days of post are not near.
    (line,) = said("early", date(2026, 2, 20), **abroad)
    assert ": D-1001: a consumer whose own postal address is abroad" in line
    # By e-mail: no post, but the consumer's own country's law still may allow less costs (s45-newcomer, 2).
    (line,) = said("emailed", date(2026, 3, 6), **abroad, **{"contact.final_notice_by": "email"})
    assert line.endswith(
        ": D-1001: a consumer whose postal address is abroad, who gets the final notice by e-mail: its costs are the "
        "Dutch staffel's, and their own country's law may allow less (Belgium, for one, caps them lower): check what "
        "it allows before a letter states them (the dunning letter names the final notice's), and before the handover"
    )
    email = {"contact.final_notice_by": "email"}
    assert said("emailed_business", date(2026, 3, 6), type="business", **abroad, **email) == []
    (line,) = said("emailed_early", date(2026, 2, 20), **abroad, **email)  # the call is next: the costs named
    assert "who gets the final notice by e-mail: its costs are the Dutch staffel's" in line
    emailed = event(date(2026, 3, 6), "final_notice", channel="email", costs=Decimal("187.50"))
    assert len(said("emailed_sent", date(2026, 3, 20), events=[*letters, emailed], **abroad, **email)) == 1
    # Its term over, the handover is next: the costs are still to check before it (s45-review).
    (line,) = said("emailed_over", date(2026, 5, 1), events=[*letters, emailed], **abroad, **email)
    assert "who gets the final notice by e-mail: its costs are the Dutch staffel's" in line
    assert said("dutch", date(2026, 3, 6)) == []  # 3511 AB Utrecht, say
    # Sent: the days said while its term runs, not once the day it arrived is recorded, nor after the term; the
    # costs alone then, as the handover is next (s45-review).
    notice = event(date(2026, 3, 6), "final_notice", channel="letter", costs=Decimal("187.50"))
    assert len(said("sent", date(2026, 3, 20), events=[*letters, notice], **abroad)) == 1
    arrived = {**notice, "received": date(2026, 3, 12)}
    costs_alone = (
        ": D-1001: a consumer whose own postal address is abroad (their letters may go p/a an administrator in the "
        "Netherlands): its costs are the Dutch staffel's, and their own country's law may allow less (Belgium, for "
        "one, caps them lower): check what it allows before a letter states them (the dunning letter names the final notice's), and "
        "before the handover"
    )
    (line,) = said("arrived", date(2026, 3, 13), events=[*letters, arrived], **abroad)
    assert line.endswith(costs_alone), line
    (line,) = said("over", date(2026, 5, 1), events=[*letters, notice], **abroad)
    assert line.endswith(costs_alone), line
    assert said("over_business", date(2026, 5, 1), events=[*letters, notice], type="business", **abroad) == []
    # Posted before the postal norm went to three days: the days it went with, not today's (never fewer than
    # within the Netherlands).
    june = event(date(2027, 6, 28), "final_notice", channel="letter", costs=Decimal("187.50"))
    (line,) = said("norm", date(2027, 7, 5), events=[*letters, june], **abroad, policy={"delivery_days_abroad": 1})
    assert "will have its term counted from receipt assumed after 2 PostNL delivery days" in line


# A reminder and a dunning letter sent: the final notice is the next step from 5 March 2026.
STEPS_SENT = (event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning"))
# The same posted abroad: the dunning letter of Monday 9 February arrives 10 days later than at home, and the final
# notice follows it from 5 March too (claims.timing.step_after_letter).
STEPS_SENT_ABROAD = (event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 9), "dunning"))


def notes_said(tmp_path, sent=STEPS_SENT):
    """`said(folder, day, **changes)`: the notes `check` gives on one dossier with the letters `sent` (unless
    `events` is among the changes) as of `day`."""
    from incasso.claims.notices import claim_notes

    def said(folder, day, **changes):
        ledger = one_debtor_ledger(tmp_path / folder, **{"events": list(sent), **changes})
        return list(claim_notes([assess(ledger, ledger.debtors[0], day)], ledger.creditor))

    return said


def test_a_payment_or_a_letter_dated_after_the_build_s_day_is_said_not_to_count_yet(tmp_path):
    # 2027 typed for 2026: the money paid would be asked again, a dispute would pause nothing.
    typo = [payment(date=date(2027, 2, 20))]
    history = [event(date(2026, 2, 5), "reminder"), event(date(2027, 2, 20), "dispute", reason="Niet geleverd")]
    ledger = one_debtor_ledger(tmp_path, payments=typo, events=history)
    payment_note, dispute_note = ledger_notes(ledger, date(2026, 3, 1))
    assert payment_note.endswith(
        ": the payment of 2027-02-20 is dated after 2026-03-01: it does not count until that day (its page asks "
        "for that money): is the year right?"
    )
    assert dispute_note.endswith(
        ": a dispute on 2027-02-20, after 2026-03-01: it counts from that day on: is the year right?"
    )
    assert ledger_notes(ledger, date(2027, 1, 21)) == ()  # a month ahead: a rebuild of an earlier day, say


def test_a_letter_dated_before_anything_was_due_is_said_to_count_for_nothing(tmp_path):
    # The invoice is dated 5 January and due 4 February: a final notice of 20 January concerns nothing.
    notice = [event(date(2026, 1, 20), "final_notice", channel="letter")]
    (line,) = doubts(tmp_path / "a", events=notice)
    assert line.endswith(
        ": a final_notice on 2026-01-20, on or before the first due date (2026-02-04): it concerns no overdue "
        "invoice and counts for nothing (the steps start from the due date): is the date right?"
    )
    assert doubts(tmp_path / "c", events=[event(date(2026, 2, 5), "final_notice", channel="letter")]) == []


def test_a_payment_naming_no_invoice_dated_before_the_first_invoice_is_doubted(tmp_path):
    (line,) = doubts(tmp_path, payments=[payment(date=date(2025, 2, 20))])
    assert line.endswith(
        ": the payment of 2025-02-20 is dated before the first invoice (2026-01-05): is the year right?"
    )


def test_an_address_written_as_one_text_is_said_at_its_line_without_quoting_it(tmp_path):
    # A note is printed even with -q, and the nightly log that holds it is read by more than staff.
    for n, written in enumerate(["Dorpsstraat 1, 1234 AB Ergens", "Dorpsstraat 1 1234 AB Ergens"]):
        (line,) = doubts(tmp_path / str(n), **{"contact.address": written})
        assert line.endswith(
            ": contact.address is one line, so the letters' window shows it on one line: write it as a list, one "
            "item per line: [street, postcode place]"
        )
        assert "Dorpsstraat" not in line and "Ergens" not in line
        assert not line.startswith(":1:")  # at the address, not the file's first line
    assert doubts(tmp_path / "two", **{"contact.address": ["Dorpsstraat 1", "1234 AB Ergens"]}) == []


def test_an_administrators_address_written_as_one_text_is_said_at_that_address(tmp_path):
    # The letters go p/a the administrator: their address is the one the window shows. Before, the note named
    # contact.address, the debtor's own (written right).
    care_of = {"role": "administrator", "name": "Bewind BV", "address": "Postbus 1, 3500 AA Utrecht"}
    (line,) = doubts(tmp_path, representative=care_of)
    assert line.endswith(": representative.address is one line, so the letters' window shows it on one line: write "
        "it as a list, one item per line: [street, postcode place]")  # fmt: skip


def test_a_plan_out_of_date_order_or_adding_up_to_far_more_than_the_invoices_is_doubted(tmp_path):
    plan = [
        {"due": date(2026, 4, 15), "amount": Decimal("500.00")},
        {"due": date(2026, 3, 15), "amount": Decimal("500.00")},
        {"due": date(2026, 3, 15), "amount": Decimal("5000.00")},  # 500.00 meant
    ]
    order, total = doubts(tmp_path / "a", events=[event(date(2026, 3, 1), "arrangement", installments=plan)])
    assert order.endswith(
        ": the instalments of the payment plan of 2026-03-01 are not in date order, or two fall on one day "
        "(2026-04-15, 2026-03-15, 2026-03-15): is a date written wrong?"
    )
    assert total.endswith(
        ": the instalments of the payment plan of 2026-03-01 add up to 6000.00, more than 2 times the invoices "
        "with their costs (1437.50): is an amount written wrong?"
    )
    sensible = [
        {"due": date(2026, 3, 15), "amount": Decimal("700.00")},
        {"due": date(2026, 4, 15), "amount": Decimal("600.00")},
    ]
    assert doubts(tmp_path / "b", events=[event(date(2026, 3, 1), "arrangement", installments=sensible)]) == []


def test_a_plan_is_doubted_against_the_costs_with_the_vat_the_creditor_charges(tmp_path):
    # 1250.00 and its costs: 187.50, with 21 % VAT 226.87 (policy.costs_vat). Twice that is 2953.74: a plan of
    # 2900.00 covers the claim with its costs as charged, not an amount written wrong.
    plan = [
        {"due": date(2026, 3, 15), "amount": Decimal("1450.00")},
        {"due": date(2026, 4, 15), "amount": Decimal("1450.00")},
    ]
    events = [event(date(2026, 3, 1), "arrangement", installments=plan)]
    assert len(doubts(tmp_path / "off", events=events)) == 1  # more than twice 1437.50 without VAT
    assert doubts(tmp_path / "on", policy={"costs_vat": True}, events=events) == []
    large = [{"due": date(2026, 3, 15), "amount": Decimal("6000.00")}]
    (total,) = doubts(
        tmp_path / "large",
        policy={"costs_vat": True},
        events=[event(date(2026, 3, 1), "arrangement", installments=large)],
    )
    assert total.endswith(
        "more than 2 times the invoices with their costs, VAT included (1476.87): is an amount written wrong?"
    )


def test_a_small_claim_s_plan_with_its_minimum_costs_is_not_doubted(tmp_path):
    # 25.00 and the EUR 40 minimum: three instalments of 22.00 are what is owed, not an amount written wrong.
    small = [invoice(amount=Decimal("25.00"))]
    plan = [{"due": date(2026, 3, 1) + timedelta(days=30 * n), "amount": Decimal("22.00")} for n in range(3)]
    events = [event(date(2026, 2, 20), "arrangement", installments=plan)]
    assert doubts(tmp_path, invoices=small, events=events) == []


def test_a_promise_of_more_than_the_balance_of_its_day_is_said_and_counts_as_a_promise_of_the_whole(tmp_path):
    # 4000.00 typed for 400.00: it was kept only by 4000.00, and its letter named the balance as the sum promised.
    from incasso.claims.notices import claim_notes

    typo = event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("4000.00"))
    ledger = one_debtor_ledger(tmp_path / "typo", events=[event(date(2026, 2, 5), "reminder"), typo])
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    (line,) = claim_notes([claim], ledger.creditor)
    assert line.endswith(
        ": the promise of 2026-02-24 is for amount: 4000.00, more than the whole balance of that day (1250.00): it "
        "counts as a promise of the whole balance, and its page and confirmation say so: is an amount written wrong?"
    )
    assert not line.startswith(f":{claim.pending_promise.event.source.line}:")  # at its amount, not its date
    assert claim.pending_promise.whole_balance and claim.pending_promise.amount == Decimal("1250.00")
    exact = {**typo, "amount": Decimal("1250.00")}
    ledger = one_debtor_ledger(tmp_path / "exact", events=[event(date(2026, 2, 5), "reminder"), exact])
    assert claim_notes([assess(ledger, ledger.debtors[0], date(2026, 2, 24))], ledger.creditor) == ()


def test_a_promise_rounded_up_by_less_than_the_chase_minimum_is_the_whole_without_a_note(tmp_path):
    # 1254.00 for 1250.00: a debtor rounding the balance up meant the whole; no amount was written wrong.
    from incasso.claims.notices import claim_notes

    rounded = event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1254.00"))
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder"), rounded])
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    assert claim_notes([claim], ledger.creditor) == ()
    assert claim.pending_promise.whole_balance and claim.pending_promise.amount == Decimal("1250.00")


def test_a_written_day_long_before_the_notice_went_is_doubted_and_decides_what_it_concerned(tmp_path):
    # 2025 typed for 2026: the letter would have asked for nothing, and its costs gone without a word.
    typo = [event(date(2026, 3, 6), "final_notice", channel="letter", written=date(2025, 3, 2))]
    found = doubts(tmp_path / "typo", events=typo)
    assert any("on or before the first due date" in line for line in found)
    assert any(
        line.endswith(
            "the final notice of 2026-03-06 is written: 2025-03-02, more than a month before it went: what it "
            "asked, and its costs, are counted as on that day: is the date right?"
        )
        for line in found
    )
    days_late = [event(date(2026, 3, 6), "final_notice", channel="letter", written=date(2026, 3, 2))]
    assert doubts(tmp_path / "late", events=days_late) == []


def test_the_note_of_a_notice_after_a_paid_claim_without_costs_is_said_when_it_went_after_its_letter_s_day(tmp_path):
    from incasso.claims.notices import claim_notes

    first = invoice(number="F-1", amount=Decimal("500.00"))
    second = invoice(number="F-2", date=date(2026, 4, 1), due=date(2026, 5, 1), amount=Decimal("300.00"))
    events = [
        event(date(2026, 2, 10), "final_notice", channel="email", costs=Decimal("75.00")),
        event(date(2026, 5, 20), "final_notice", channel="letter", written=date(2026, 5, 18)),
    ]
    paid = [payment(date=date(2026, 2, 15), amount=Decimal("500.00"), invoice="F-1")]
    agreed = {"contact.final_notice_by": "email"}  # the first notice was e-mailed with the consumer's consent
    ledger = one_debtor_ledger(tmp_path, invoices=[first, second], events=events, payments=paid, **agreed)
    (line,) = claim_notes([assess(ledger, ledger.debtors[0], date(2026, 6, 30))], ledger.creditor)
    assert "the final notice of 2026-05-18 follows a claim paid in full but records no `costs`" in line


def test_a_creditor_address_written_as_one_line_is_said_as_a_debtor_s_is(tmp_path):
    # Every page and the letters' sender block showed `Vlampijpstraat 48, 3534 AR Utrecht` on one line, unsaid.
    doc = changed(VALID_CREDITOR, {"address": "Vlampijpstraat 48, 3534 AR Utrecht"})
    root = write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor()])
    ledger = load_ledger(root)
    assert one_line_address(ledger.creditor) == (
        f"{root / 'creditor.yaml'}:{where(doc, 'address')}: address: is one line, so every page and the letters' "
        "sender block show it on one line: write it as a list, one item per line: [street, postcode place]",
    )
    assert one_line_address(ledger.creditor)[0] in ledger_notes(ledger, date(2026, 3, 1))
    assert ledger.skipped == ()  # a debtor file not read is said there; this is no such thing
    assert one_line_address(load_ledger(write_ledger(tmp_path / "lines", debtors=[valid_debtor()])).creditor) == ()


def test_an_open_claim_no_letter_can_reach_is_said_in_the_log(tmp_path):
    # No contact at all, or a phone only: check said "valid" and the build wrote no letter, without a word.
    from incasso.claims.notices import claim_notes

    def said(folder, **changes):
        ledger = one_debtor_ledger(tmp_path / folder, **changes)
        claims = [assess(ledger, ledger.debtors[0], date(2026, 3, 6))]
        return [line for line in claim_notes(claims, ledger.creditor) if "no letter can go" in line]

    phone_only = {"contact": {"phone": "+31 6 12345678"}}
    (line,) = said("phone_only", **phone_only)
    path = str(tmp_path / "phone_only" / "ledger" / "debtors" / "D-1001.yaml")
    assert line == (
        f"{path}:1:1: D-1001: an open claim, but the file has neither contact.address nor contact.email, so no "
        "letter can go to this debtor (the build writes none): add their postal address, or their e-mail "
        "address, under contact:"
    )
    assert said("email_only", contact={"email": "jan@example.nl"}) == []
    assert said("address", contact={"address": ["Dorpsstraat 1", "1234 AB Ergens"]}) == []
    paid = [payment(date=date(2026, 2, 1), amount=Decimal("1250.00"))]
    assert said("paid", payments=paid, **phone_only) == []  # closed: nothing to chase


def test_an_english_debtor_s_invoice_or_credit_note_described_in_one_language_is_said_once_a_debtor(tmp_path):
    # "Glasbewassing oktober" on an English page, and no note, while the desk's role written once got one.
    def said(folder, language, *invoices):
        debtors = [valid_debtor(language=language, invoices=list(invoices))]
        ledger = load_ledger(write_ledger(tmp_path / folder, debtors=debtors))
        return dossier_doubts(ledger.debtors, ledger.creditor)

    credit = {"number": "C2026-0001", "date": date(2026, 1, 20), "amount": Decimal("10.00"), "description": "Korting"}
    dutch = invoice(description="Glasbewassing oktober", credit_notes=[credit])
    (line,) = said("en", "en", dutch)
    assert line.endswith(
        ":5: D-1001 reads English (language: en), but the descriptions of invoice F2026-0001, credit note "
        "C2026-0001 are written in one language: their English page and letters show it as written; write it per "
        "language (description: {nl: ..., en: ...}), unless it reads the same in English"
    )
    assert "Glasbewassing" not in line  # the log names the invoice, not what it is for
    assert said("nl", "nl", dutch) == ()
    both = invoice(description={"nl": "Glasbewassing oktober", "en": "Window cleaning October"})
    assert said("both", "en", both) == ()
    assert said("none", "en", invoice(description=MISSING)) == ()
    (line,) = said("one", "en", invoice(description="Glasbewassing"))
    assert "but the description of invoice F2026-0001 is written in one language" in line
    many = [invoice(number=f"F2026-000{n}", description="Glasbewassing") for n in range(1, 6)]
    (line,) = said("many", "en", *many)
    assert "invoice F2026-0001, invoice F2026-0002, invoice F2026-0003 and 2 more are written" in line


def test_a_reminder_or_dunning_letter_recorded_by_phone_is_valid_and_said_once_a_debtor(tmp_path):
    # Refused, ledgers that recorded reminders by phone stopped building; valid and silent, it counted as a
    # posted letter while no letter went. Said, at the first such event, with what to write instead.
    from incasso.claims.notices import phone_letters

    def said(folder, *events):
        debtors = [valid_debtor(events=list(events))]
        return phone_letters(load_ledger(write_ledger(tmp_path / folder, debtors=debtors)).debtors)

    reminded = event(date(2026, 2, 5), "reminder", channel="phone")
    dunned = event(date(2026, 2, 19), "dunning", channel="phone")
    (line,) = said("both", reminded, dunned)
    assert line.endswith(
        "a `reminder` event recorded with channel: phone (and 1 more in this file) counts as a posted letter (its "
        "days of post; the page says we sent it): if it was a phone call, record it as a `call` event with "
        "`spoke_with`; if a letter went, write its channel (letter, email, portal)"
    )
    assert "D-1001.yaml:" in line
    assert said("letter", event(date(2026, 2, 5), "reminder", channel="letter")) == ()
    assert said("call", event(date(2026, 2, 5), "call", channel="phone", spoke_with="Jan")) == ()


def test_many_final_notices_without_costs_are_named_ten_and_counted_after_that(tmp_path):
    # A ledger kept before incasso: every old notice without costs; 300 lines hid every other note in the log.
    from incasso.claims.notices import NOTES_SHOWN as COSTS_UNKNOWN_SHOWN
    from incasso.claims.notices import claim_notes
    from tests.support.note_scenarios import SCENARIOS

    changes, as_of = SCENARIOS["costs_unknown"]
    debtors = [
        valid_debtor(id=f"D-{n:04d}", invoices=[invoice(number=f"F-{n}")], **changes)
        for n in range(1, COSTS_UNKNOWN_SHOWN + 4)
    ]
    ledger = load_ledger(write_ledger(tmp_path, debtors=debtors))
    said = claim_notes((assess(ledger, d, as_of) for d in ledger.debtors), ledger.creditor)
    named = [line for line in said if "records no `costs`, yet the page charges" in line]
    assert len(named) == COSTS_UNKNOWN_SHOWN and "D-0001.yaml" in named[0]
    assert said[COSTS_UNKNOWN_SHOWN].startswith("and 3 more consumers' final notices record no `costs`")
    few = load_ledger(write_ledger(tmp_path / "few", debtors=debtors[:COSTS_UNKNOWN_SHOWN]))
    assert len(claim_notes((assess(few, d, as_of) for d in few.debtors), few.creditor)) == COSTS_UNKNOWN_SHOWN


def test_a_note_on_thousands_of_dossiers_is_named_ten_times_then_counted(tmp_path):
    # An agency's ledger with 2,500 English debtors whose invoices were described in Dutch wrote 2,500 lines
    # to every night's log, burying the other notes; each dossier's staff page names its own (staff.notes).
    from incasso.claims.notices import NOTES_SHOWN

    def debtor(n, **changes):
        return valid_debtor(id=f"D-{n:04d}", invoices=[invoice(number=f"F-{n}")], **changes)

    english = [debtor(n, language="en") for n in range(1, NOTES_SHOWN + 6)]
    salutations = [debtor(n, **{"contact.salutation": "Ms Kelly"}) for n in range(9000, 9000 + NOTES_SHOWN + 2)]
    ledger = load_ledger(write_ledger(tmp_path, debtors=english + salutations))
    said = dossier_doubts(ledger.debtors, ledger.creditor)
    described = [line for line in said if "reads English (language: en), but the description of" in line]
    greeted = [line for line in said if "contact.salutation starts with 'Ms'" in line]
    assert len(described) == len(greeted) == NOTES_SHOWN
    assert "D-0001.yaml" in described[0] and "D-0010.yaml" in described[-1]
    assert said[-2:] == (
        "and 5 more `description_one_language` notes as the ones above, one on each dossier: each dossier's staff "
        "page says it under 'Let op' ('Points to note' in English)",
        "and 2 more `salutation_other_language` notes as the ones above, one on each dossier: each dossier's staff "
        "page says it under 'Let op' ('Points to note' in English)",
    )
    assert len(said) == 2 * NOTES_SHOWN + 2


def test_the_log_s_doubts_are_those_the_dossiers_found_of_the_same_records(tmp_path, monkeypatch):
    """The log asks the doubts of the ledger's records; a claim assessed of the record itself found them for its
    dossier page already (claim_doubts): not asked again, the same lines. A claim of another record asks afresh."""
    from dataclasses import replace

    from incasso.claims import notices
    from incasso.claims.dossier_notes import dossier_notes

    debtors = [valid_debtor(id=f"D-{n:04d}", language="en", invoices=[invoice(number=f"F-{n}")]) for n in range(1, 5)]
    ledger = load_ledger(write_ledger(tmp_path, debtors=debtors))
    as_of = date(2026, 3, 1)
    claims = [assess(ledger, d, as_of) for d in ledger.debtors[:3]] + [
        assess(ledger, replace(ledger.debtors[3]), as_of)
    ]
    for claim in claims:
        dossier_notes(claim, ledger.creditor)
    expected = dossier_doubts(ledger.debtors, ledger.creditor)
    asked = []

    def counted(debtor, creditor):
        asked.append(debtor.id)
        return doubts_of(debtor, creditor)

    from incasso.claims.dossier_notes import doubts_of

    monkeypatch.setattr(notices, "doubts_of", counted)
    assert len(expected) == 4 and dossier_doubts(ledger.debtors, ledger.creditor, claims) == expected
    assert asked == ["D-0004"]  # its claim's debtor is a copy of the record: asked of the record
    assert ledger_notes(ledger, as_of, claims) == ledger_notes(ledger, as_of)


def _call_notes(tmp_path, policy):
    creditor = changed(VALID_CREDITOR, {"policy": policy}) if policy else VALID_CREDITOR
    ledger = load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor()]))
    return creditor, ledger, [n for n in ledger_notes(ledger, date(2026, 12, 6)) if "policy.call_after_days" in n]


def test_a_call_set_no_earlier_than_the_final_notice_is_said_at_its_line_with_what_the_steps_do(tmp_path):
    """s53: valid, but the call it reads as will never come (claims.escalation.calls_first)."""
    creditor, ledger, notes = _call_notes(tmp_path, {"call_after_days": 21, "final_notice_after_days": 14})
    assert notes == [
        f"{ledger.creditor.source.path}:{where(creditor, 'policy.call_after_days')}: policy.call_after_days is 21 and "
        "final_notice_after_days 14: the call would come no earlier than the final notice, so there is no call step: "
        "the final notice follows the dunning letter after 14 days (as with calls: false), and the dunning letter "
        "asks payment by the eve of the final notice; to call before it, write call_after_days: 13 or less, or "
        "final_notice_after_days: 22 or more; if you never call, write calls: false"
    ]


def test_a_final_notice_set_on_the_default_call_s_day_is_said_at_its_own_line(tmp_path):
    creditor, ledger, notes = _call_notes(tmp_path, {"final_notice_after_days": 7})
    (note,) = notes
    at = f"{ledger.creditor.source.path}:{where(creditor, 'policy.final_notice_after_days')}: "
    assert note.startswith(at + "policy.call_after_days is 7 (the default) and final_notice_after_days 7: ")
    assert note.endswith(
        "write call_after_days: 6 or less, or final_notice_after_days: 8 or more; if you never call, write calls: false"
    )


def test_a_call_before_the_final_notice_or_no_calls_at_all_is_not_said(tmp_path):
    for n, policy in enumerate(({}, {"call_after_days": 13}, {"call_after_days": 21, "calls": False})):
        assert _call_notes(tmp_path / str(n), policy)[2] == [], policy
