"""What one dossier holds that is valid yet may not be what was meant, as records: said once, read twice.

A history that contradicts itself (a letter after the write-off, a payment
dated before its invoice, a second dispute while one is open), a date after
the build's day (a year written wrong, mostly), and what the figures show of
a claim (a final notice's recorded `costs` that the staffel
does not give, a handover no final notice led to, a final notice that can
only go by e-mail or is posted abroad). Each is a DossierNote: its kind, the
debtor, where in their file it was written, and the facts, as values. The
build's log says it in English (`in_english`, for `check` and the nightly
log); the staff pages say it in Dutch, where staff work on the dossier
(incasso.staff.notes). Said, not refused: each may be right.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from incasso.claims.claim import Claim
from incasso.claims.disputes import disputed_apart_when_dated, open_disputes
from incasso.claims.escalation import asked_for, second_notice
from incasso.claims.interest_only import costs_over_interest
from incasso.claims.states import HANDED_OVER, ActionKind, CostsState, Stage
from incasso.claims.timing import binds, brings_costs, capping_notice, delivery_days, notice_term_end
from incasso.law.calendar import is_holiday, posting_day
from incasso.law.costs import collection_costs, cost_calculation
from incasso.law.money import ZERO
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    Channel,
    Creditor,
    Debtor,
    DebtorType,
    Event,
    EventType,
    Language,
    latest,
)
from incasso.ledger.problems import Source


class NoteKind(StrEnum):
    """What a dossier's note is about."""

    # Of the claim's figures (`claim_notes_of`: open claims only, as the steps would have it).
    COSTS_UNSTATED = "costs_unstated"  # a final notice after a paid claim, without `costs`
    COSTS_UNKNOWN = "costs_unknown"  # a consumer's costs charged on a final notice that records no `costs`
    COSTS_ABOVE_STAFFEL = "costs_above_staffel"
    COSTS_BELOW_STAFFEL = "costs_below_staffel"
    COSTS_WITH_VAT = "costs_with_vat"  # the staffel with its VAT recorded, while policy.costs_vat is off
    NOTICE_ASKED_PAID = "notice_asked_paid"  # its costs count a principal a payment dated before it had paid
    HANDOVER_WITHOUT_NOTICE = "handover_without_notice"
    HANDOVER_UNASKED_INVOICE = "handover_unasked_invoice"
    DISPUTED_CREDITED = "disputed_credited"  # an invoice disputed, then credited in full: the answer is unrecorded
    NOTICE_BY_EMAIL_ONLY = "notice_by_email_only"
    NOTICE_ABROAD = "notice_abroad"
    NOTICE_ABROAD_EMAIL = "notice_abroad_email"  # a consumer abroad whose final notice goes by e-mail: its costs
    CONSUMER_ABROAD = "consumer_abroad"  # a consumer abroad, no note above said: the costs their law may not allow
    NOTICE_BY_EMAIL_UNAGREED = "notice_by_email_unagreed"  # a consumer's final notice recorded as e-mailed, unagreed
    NOTICE_BEFORE_CONSENT = "notice_before_consent"  # e-mailed before the day the consumer agreed (email_agreed)
    COSTS_OVER_INTEREST = "costs_over_interest"  # costs over the notice's interest only, its principal paid in time
    PROMISE_TOO_LARGE = "promise_too_large"  # a promise's amount above the whole balance of its day
    # Of dates after the build's day, and a business's costs (`dated_ahead`, `costs_from_due_of`: every dossier).
    INVOICE_LATER = "invoice_later"
    PAYMENT_AHEAD = "payment_ahead"
    CREDIT_NOTE_AHEAD = "credit_note_ahead"
    EVENT_AHEAD = "event_ahead"
    COSTS_FROM_DUE = "costs_from_due"  # costs recorded on a business's final notice under business_costs_from_due
    # Of the history written in the file (`doubts_of`: every dossier).
    PAYMENT_BEFORE_INVOICE = "payment_before_invoice"
    PAYMENT_BEFORE_FIRST_INVOICE = "payment_before_first_invoice"
    LETTER_BEFORE_FIRST_INVOICE = "letter_before_first_invoice"
    LETTER_BEFORE_DUE = "letter_before_due"
    WRITTEN_LONG_BEFORE = "written_long_before"
    POSTED_ON_DAY_OFF = "posted_on_day_off"  # a final notice posted on a Sunday or public holiday, no `written`
    AFTER_WRITE_OFF = "after_write_off"
    SECOND_DISPUTE = "second_dispute"
    PROMISE_IN_DISPUTE = "promise_in_dispute"
    PLAN_IN_DISPUTE = "plan_in_dispute"
    HARDER_IN_DISPUTE = "harder_in_dispute"
    SAME_DAY_NOTICES = "same_day_notices"
    ONE_LINE_ADDRESS = "one_line_address"
    ONE_LINE_ADDRESS_UNSPLIT = "one_line_address_unsplit"  # no comma to split it at
    PLAN_OUT_OF_ORDER = "plan_out_of_order"
    PLAN_TOO_LARGE = "plan_too_large"
    SALUTATION_OTHER_LANGUAGE = "salutation_other_language"  # "Dear mevrouw Raman", "Geachte Ms Kelly"
    DESCRIPTION_ONE_LANGUAGE = "description_one_language"  # "Glasbewassing oktober" on an English page
    # Of the letters as drawn (made by the renderer's check, pelican.plugins.incasso.checks: not here).
    RETURN_ADDRESS_LEFT_OUT = "return_address_left_out"  # the recipient's lines leave the return address no room


# The kinds the letters' renderer makes, measuring what it draws (pelican.plugins.incasso.checks), which this layer
# cannot: `dossier_notes` makes every other kind; the staff book takes these beside them (staff.view.staff_book).
DRAWN_NOTES = frozenset({NoteKind.RETURN_ADDRESS_LEFT_OUT})


# A note's facts: dates, amounts, counts, event types, texts (an invoice number), or a list of them.
NoteValue = date | Decimal | int | EventType | str | tuple[date, ...] | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DossierNote:
    """One note on one dossier: its kind, the debtor's id, where in their file, and its facts by name."""

    kind: NoteKind
    debtor: str
    source: Source
    facts: tuple[tuple[str, NoteValue], ...] = ()

    @property
    def values(self) -> dict[str, NoteValue]:
        return dict(self.facts)


def _note(kind: NoteKind, debtor: Debtor, source: Source, **facts: NoteValue) -> DossierNote:
    return DossierNote(kind, debtor.id, source, tuple(facts.items()))


_IN_DISPUTE = (
    " while the dispute of {disputed} is open (no dispute_resolved between): the page shows the dispute, and the "
    "agreement is not shown or confirmed in writing until the dispute is answered; a date of it that passes "
    "meanwhile counts as missed then (agree new dates); if the agreement settles the dispute, record "
    "dispute_resolved"
)

# What the log says after the note's `file:line:col: `; {debtor} is the debtor's id, the rest its facts.
# The facts a note holds that its English leaves out: the log is read by others than staff (a CI log); the
# staff pages, internal, show them.
NOT_IN_THE_LOG: dict[NoteKind, frozenset[str]] = {
    NoteKind.ONE_LINE_ADDRESS: frozenset({"address", "lines"}),
    NoteKind.ONE_LINE_ADDRESS_UNSPLIT: frozenset({"address"}),
    NoteKind.SALUTATION_OTHER_LANGUAGE: frozenset({"salutation", "suggestion"}),
    NoteKind.DESCRIPTION_ONE_LANGUAGE: frozenset({"numbers"}),  # the log names the first few in `what`
    NoteKind.NOTICE_ASKED_PAID: frozenset({"debtor_type"}),  # staff read who may contest the costs (NOTE_BUSINESS)
    NoteKind.COSTS_ABOVE_STAFFEL: frozenset({"debtor_type"}),  # likewise
    # A consumer's own country's law may allow less costs; one who lives here (home) is told the days alone.
    NoteKind.NOTICE_ABROAD: frozenset({"debtor_type", "home"}),
}
# A final notice posted abroad: its days said of every debtor (ENGLISH_BUSINESS), and to a consumer what the law
# of their own country may allow, said also when their notice is not posted abroad (by e-mail, p/a here).
_ABROAD_DAYS = (
    "{debtor}: the postal address is abroad (its last line is no Dutch postcode and place): a final notice posted "
    "to it will have its term counted from receipt assumed after {days} PostNL delivery days "
    "(policy.delivery_days_abroad), later than within the Netherlands; the post may take longer still: the day it "
    "arrived is best, recorded as received: on the final_notice when the debtor tells you, or send it by e-mail if "
    "they agreed (final_notice_by: email)"
)
_CONSUMER_ABROAD_COSTS = (
    "its costs are the Dutch staffel's, and their own country's law may allow less (Belgium, for one, caps them "
    "lower): check what it allows before a letter states them (the dunning letter names the final notice's), and "
    "before the handover"
)
ENGLISH: dict[NoteKind, str] = {
    NoteKind.COSTS_UNSTATED: "the final notice of {date} follows a claim paid in full but records no `costs`: it "
    "brings no costs of its own; if its letter stated them, write them on its event (costs: ...)",
    NoteKind.COSTS_UNKNOWN: "the final notice of {date} records no `costs`, yet the page charges this consumer "
    "{costs} collection costs on it (the staffel): they are owed only if that letter stated this amount with its "
    "14-day term (art. 6:96 lid 6 BW); look at the letter: if it stated costs, write them on its event (costs: "
    "...); if it stated none, record it as a dunning instead",
    NoteKind.COSTS_ABOVE_STAFFEL: "the final notice of {date} records costs: {costs}, more than the staffel gives "
    "over its invoices ({most} at most): a consumer owes costs only after a letter that states the amount the law "
    "allows (art. 6:96 lid 6 BW), so it brings none: none are charged (page, figures, handover); if the event was "
    "written wrong, correct it; else the steps send a new final notice after its term, which states the right costs "
    "and brings them after its own term",
    NoteKind.COSTS_WITH_VAT: "the final notice of {date} records costs: {costs}, the staffel's {most} with 21 % VAT: "
    "only a creditor that cannot reclaim VAT may add it, and must say so; if that is you, set costs_vat: true in "
    "creditor.yaml's policy (docs/settings.md), else its letter asked more than the law allows; until then no more "
    "than {most} is charged",
    NoteKind.COSTS_BELOW_STAFFEL: "the final notice of {date} records costs: {costs}, less than the {staffel} the "
    "staffel gives: the costs are its letter's amount; if it was written wrong, correct it",
    NoteKind.NOTICE_ASKED_PAID: "the final notice of {date} records costs: {costs}, more than the staffel gives over "
    "what was open on its day ({open} of principal: {most}): a payment dated before it was recorded after its letter "
    "went (one without its reference, say), so the letter asked for money already paid; write to the debtor that "
    "the payment came in, and what is still open; no more than {most} in costs are charged",
    NoteKind.HANDOVER_WITHOUT_NOTICE: "the handover of {date} follows no final notice: the steps send one first "
    "(without it a consumer owes no collection costs); if it was handed over on purpose, nothing needs doing",
    NoteKind.DISPUTED_CREDITED: "invoice {invoice}, disputed since {date}, is credited in full by its credit notes: "
    "record the answer (dispute_resolved with invoices: [{invoice}]), so that its page no longer says it is being "
    "looked into and the dispute is not reported as open too long",
    NoteKind.HANDOVER_UNASKED_INVOICE: "the handover of {date} takes invoice {invoice}, due {due}, that no final "
    "notice asked for: the steps would have sent it its own reminder, dunning letter and final notice first (the "
    "agency's letter asks it too); if it was handed over on purpose, nothing needs doing",
    NoteKind.NOTICE_BY_EMAIL_ONLY: "{debtor}: a consumer with no postal address: the final notice can only go by "
    "e-mail, and while their file does not record that they agreed to receive letters by e-mail it brings no "
    "collection costs and states none (it asks for their postal address): none are charged (page, figures, "
    "handover); add their postal address, or record final_notice_by: email with email_agreed: the day they agreed; "
    "then the next final notice (by post, or e-mailed after the consent) states the costs and brings them after its "
    "own term",
    # Said before any final notice exists too (the next step): so as what will happen, not as done.
    NoteKind.NOTICE_ABROAD: f"{_ABROAD_DAYS}; {_CONSUMER_ABROAD_COSTS}",
    NoteKind.NOTICE_ABROAD_EMAIL: "{debtor}: a consumer whose postal address is abroad, who gets the final notice "
    "by e-mail: " + _CONSUMER_ABROAD_COSTS,
    NoteKind.CONSUMER_ABROAD: "{debtor}: a consumer whose own postal address is abroad (their letters may go p/a "
    "an administrator in the Netherlands): " + _CONSUMER_ABROAD_COSTS,
    NoteKind.NOTICE_BY_EMAIL_UNAGREED: "the final notice of {date} is recorded as sent with channel: {channel} to "
    "a consumer whose file has no final_notice_by: email: a consumer's final notice goes by post unless they agreed to "
    "e-mail, so it brings no collection costs: none are charged (page, figures, handover); if the letter the build "
    "wrote that day went by post, record it as channel: letter; if they had agreed by that day, write "
    "final_notice_by: email under contact, with email_agreed: the day they agreed; else the steps send a final "
    "notice by post after this one's term, which brings the costs after its own term",
    NoteKind.NOTICE_BEFORE_CONSENT: "the final notice of {date} is recorded as sent with channel: {channel} before "
    "the consumer agreed to e-mail (email_agreed: {agreed}): it brings no collection costs, nor does the later "
    "consent make it bind: none are charged (page, figures, handover); the steps send a final notice by e-mail "
    "after this one's term, which states the costs and brings them after its own term",
    NoteKind.COSTS_OVER_INTEREST: "the collection costs of {costs} are counted over {interest} of interest only: "
    "in the term of the final notice of {date} the debtor paid {paid}, all the principal it asked, and a payment "
    "pays interest first (art. 6:44 BW); that is the law, but a court may find such costs unreasonable (art. 6:96 "
    "lid 5 BW): consider waiving them; incasso cannot waive the costs alone: to waive them, tell the debtor what is "
    "open without them and, once that is paid, record a written_off event (note: collection costs waived)",
    NoteKind.PROMISE_TOO_LARGE: "the promise of {date} is for amount: {amount}, more than the whole balance of that "
    "day ({owed}): it counts as a promise of the whole balance, and its page and confirmation say so: is an amount "
    "written wrong?",
    NoteKind.INVOICE_LATER: "invoice {number} is dated {date}, after {as_of}; it counts already (its page shows "
    "it): is the year right?",
    NoteKind.PAYMENT_AHEAD: "the payment of {date} is dated after {as_of}: it does not count until that day (its "
    "page asks for that money): is the year right?",
    NoteKind.CREDIT_NOTE_AHEAD: "credit note {number} of {date} on invoice {invoice} is dated after {as_of}: it "
    "does not count until that day (its page asks for what it credits): is the year right?",
    NoteKind.EVENT_AHEAD: "a {type} on {date}, after {as_of}: it counts from that day on: is the year right?",
    NoteKind.COSTS_FROM_DUE: "the final notice of {date} records costs: {costs}, but with business_costs_from_due "
    "a business's costs follow its invoices' due dates, not a letter: its page charges what they give, which may "
    "be more than that letter stated",
    NoteKind.PAYMENT_BEFORE_INVOICE: "the payment of {date} names invoice {invoice}, dated {invoice_date}, later: "
    "is the year right?",
    NoteKind.PAYMENT_BEFORE_FIRST_INVOICE: "the payment of {date} is dated before the first invoice ({first}): is "
    "the year right?",
    NoteKind.LETTER_BEFORE_FIRST_INVOICE: "a {type} on {date}, before the first invoice ({first}): is the year right?",
    NoteKind.LETTER_BEFORE_DUE: "a {type} on {date}, on or before the first due date ({first_due}): it concerns "
    "no overdue invoice and counts for nothing (the steps start from the due date): is the date right?",
    NoteKind.WRITTEN_LONG_BEFORE: "the final notice of {date} is written: {written}, more than a month before it "
    "went: what it asked, and its costs, are counted as on that day: is the date right?",
    NoteKind.POSTED_ON_DAY_OFF: "the final notice of {date} is posted (channel: letter) on a Sunday or public "
    "holiday: no post is collected then, so its receipt and term count from the next day post is; if it went "
    "later still, write that day as date: and {date} as written:, else correct the date",
    NoteKind.AFTER_WRITE_OFF: "a {type} on {date}, after the claim was written off on {written_off}: it stays "
    "written off (no page, no letters); if it is chased again, remove the write-off",
    NoteKind.SECOND_DISPUTE: "a dispute on {date} while the one of {disputed} is still open (no dispute_resolved "
    "between): the answer is now due counted from this one",
    NoteKind.PROMISE_IN_DISPUTE: "a promise to pay agreed on {date}" + _IN_DISPUTE,
    NoteKind.PLAN_IN_DISPUTE: "a payment plan agreed on {date}" + _IN_DISPUTE,
    NoteKind.HARDER_IN_DISPUTE: "a {type} on {date} while the dispute of {disputed} is open (no dispute_resolved "
    "between): a dispute gets its answer before a harder step; the page shows the dispute, and no letter (the "
    "handover notice neither) goes out while it is open; if it was answered, record dispute_resolved before this "
    "step",
    NoteKind.SAME_DAY_NOTICES: "a second final notice on {date} (the first at line {first_line}): its term and "
    "costs count from the letter whose term ends last; send a final notice one way",
    # Without the address (NOT_IN_THE_LOG).
    # {field}: contact.address, or representative.address when the letters go p/a an administrator.
    NoteKind.ONE_LINE_ADDRESS: "{field} is one line, so the letters' window shows it on one line: write it as a "
    "list, one item per line: [street, postcode place]",
    NoteKind.ONE_LINE_ADDRESS_UNSPLIT: "{field} is one line, so the letters' window shows it on one line: write it "
    "as a list, one item per line: [street, postcode place]",
    NoteKind.PLAN_OUT_OF_ORDER: "the instalments of the payment plan of {date} are not in date order, or two fall "
    "on one day ({days}): is a date written wrong?",
    NoteKind.PLAN_TOO_LARGE: "the instalments of the payment plan of {date} add up to {total}, more than {times} "
    "times the invoices with their costs ({owed}): is an amount written wrong?",
    # The title only: the name after it is the debtor's, which a log (CI) must not hold (NOT_IN_THE_LOG).
    NoteKind.SALUTATION_OTHER_LANGUAGE: "contact.salutation starts with '{title}', a title in another language "
    "than the debtor reads (language: {language}): the letters greet '{greeting} {title} ...'; write '{own}' instead",
    NoteKind.DESCRIPTION_ONE_LANGUAGE: "{debtor} reads English (language: en), but {what} written in one language: "
    "their English page and letters show it as written; write it per language (description: {{nl: ..., en: ...}}), "
    "unless it reads the same in English",
    # 8.5 pt: the letters' RETURN_FLOOR (pelican.plugins.incasso.letters.pdf). No address line (NOT_IN_THE_LOG).
    NoteKind.RETURN_ADDRESS_LEFT_OUT: "{debtor}'s name and postal address ({lines} lines) leave the return address "
    "no room above them in the envelope's window, in 8.5 pt type or larger: their posted letters go without it, so "
    "the post cannot return one it cannot deliver (a final notice never received stays unknown); below it the window "
    "holds {most} lines, each at most {width} mm wide: shorten {field}, in fewer or shorter lines: 'Nederland' under "
    "a Dutch postcode and place, a department or 't.a.v.' line, the street beside a PO box, or a c/o line can go",
}


# The notes whose advice counts on a final notice the steps send, once the dossier was handed over after it (the
# fact handed_over): after a handover they send none.
_NO_NOTICE_AFTER_HANDOVER = (
    "; the file was handed over on {handed_over}, and after a handover the steps send no final notice: only the "
    "agency's own final notice can still bring the costs (tell the agency)"
)
ENGLISH_HANDED_OVER: dict[NoteKind, str] = {
    NoteKind.COSTS_ABOVE_STAFFEL: ENGLISH[NoteKind.COSTS_ABOVE_STAFFEL].split("; else the steps")[0]
    + _NO_NOTICE_AFTER_HANDOVER,
    NoteKind.NOTICE_BY_EMAIL_UNAGREED: ENGLISH[NoteKind.NOTICE_BY_EMAIL_UNAGREED].split("; else the steps")[0]
    + _NO_NOTICE_AFTER_HANDOVER,
    NoteKind.NOTICE_BEFORE_CONSENT: ENGLISH[NoteKind.NOTICE_BEFORE_CONSENT].split("; the steps send")[0]
    + _NO_NOTICE_AFTER_HANDOVER,
}


# A note's English for a business debtor where it differs from ENGLISH's (the fact debtor_type; in_business_words):
# a rule of the law that protects only a consumer. The staffel is charged, whatever its letter said.
ENGLISH_BUSINESS: dict[NoteKind, str] = {
    NoteKind.COSTS_ABOVE_STAFFEL: "the final notice of {date} records costs: {costs}, more than the staffel gives "
    "over its invoices ({most} at most): no more than that is charged; if its letter stated this amount it asked more "
    "than the law allows, else correct the event",
    # A business is no consumer that its own country's law protects: the days abroad alone.
    NoteKind.NOTICE_ABROAD: _ABROAD_DAYS,
}


# The notes whose amounts hold the VAT on the costs (the fact `vat`, the VAT in them: policy.costs_vat), where
# ENGLISH names the staffel alone: its phrase for that (first), said with the VAT (second, `with_vat`).
VAT_ENGLISH: dict[NoteKind, tuple[str, str]] = {
    NoteKind.COSTS_UNKNOWN: ("(the staffel)", "(the staffel plus {vat} VAT)"),
    NoteKind.COSTS_ABOVE_STAFFEL: (
        "more than the staffel gives over its invoices ({most} at most)",
        "more than the staffel with its VAT gives over its invoices ({most} at most, {vat} of it VAT)",
    ),
    NoteKind.COSTS_BELOW_STAFFEL: ("the staffel gives", "the staffel with its VAT gives"),
    NoteKind.NOTICE_ASKED_PAID: (
        "more than the staffel gives over what was open on its day ({open} of principal: {most})",
        "more than the staffel with its VAT gives over what was open on its day ({open} of principal: {most}, "
        "{vat} of it VAT)",
    ),
    NoteKind.PLAN_TOO_LARGE: (
        "the invoices with their costs ({owed})",
        "the invoices with their costs, VAT included ({owed})",
    ),
}


def with_vat(said: str, swap: tuple[str, str] | None) -> str:
    """`said` with its phrase that names the staffel alone (`swap`'s first) said with the VAT on the costs (its
    second), for a note whose amounts hold that VAT; unchanged without a swap. Raises when the phrase is not in it,
    so that a note reworded cannot lose its VAT unnoticed."""
    if swap is None:
        return said
    alone, with_it = swap
    if alone not in said:
        raise ValueError(f"a note no longer says {alone!r}: write its words with the VAT anew")
    return said.replace(alone, with_it)


def in_business_words(note: DossierNote) -> bool:
    """Whether a note is said as of a business (ENGLISH_BUSINESS, the staff's NOTE_BUSINESS): a rule it names
    protects only a consumer, and this debtor is none, or (a final notice posted abroad, `home`) a consumer who
    lives in the Netherlands, whom no other country's law protects."""
    return note.values.get("debtor_type") == DebtorType.BUSINESS or "home" in note.values


def in_english(note: DossierNote) -> str:
    """The note as `check` and the build's log say it: `file:line:col: what` (dates ISO, amounts 1250.00)."""
    values = {name: _english(value) for name, value in note.facts}
    said = ENGLISH_HANDED_OVER.get(note.kind, ENGLISH[note.kind]) if "handed_over" in values else ENGLISH[note.kind]
    if in_business_words(note):
        said = ENGLISH_BUSINESS.get(note.kind, said)
    if "vat" in values:  # an amount with the VAT the creditor charges on the costs: said so, not "the staffel"
        said = with_vat(said, VAT_ENGLISH.get(note.kind))
    return f"{note.source}: {said.format(debtor=note.debtor, **values)}"


def _english(value: NoteValue) -> str:
    return ", ".join(str(item) for item in value) if isinstance(value, tuple) else str(value)


_LETTERS = frozenset({ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE, ActionKind.REMIND_INSTALLMENT})
_PLAN = frozenset({ActionKind.REMIND_INSTALLMENT, ActionKind.CHECK_INSTALLMENT})
_HANDOVER = frozenset({ActionKind.HANDOVER})
# The steps from the first letter that states a consumer's costs on: the dunning letter names those the final
# notice will state (statement.steps.final_notice_forecast), the call comes between, the final notice states
# them, and the handover passes them on.
_COSTS_STATED = frozenset({ActionKind.DUNNING, ActionKind.CALL, ActionKind.FINAL_NOTICE, ActionKind.HANDOVER})

# The next steps a note is about: staff read it before taking them. The final notice's form and costs
# (and, once it went, the handover its term and costs lead to), the costs a handover passes on, what a
# letter asks and the address its window shows, the plan a check or a reminder of an instalment reads.
NOTE_STEPS: dict[NoteKind, frozenset[ActionKind]] = {
    NoteKind.NOTICE_BY_EMAIL_ONLY: frozenset({ActionKind.FINAL_NOTICE, ActionKind.HANDOVER}),
    NoteKind.NOTICE_ABROAD: frozenset({ActionKind.FINAL_NOTICE, ActionKind.HANDOVER}),
    NoteKind.NOTICE_ABROAD_EMAIL: _COSTS_STATED,
    NoteKind.CONSUMER_ABROAD: _COSTS_STATED,
    # The posted notice that binds comes next (claims.escalation), or the handover, which passes no costs on.
    NoteKind.NOTICE_BY_EMAIL_UNAGREED: frozenset({ActionKind.FINAL_NOTICE, ActionKind.HANDOVER}),
    NoteKind.NOTICE_BEFORE_CONSENT: frozenset({ActionKind.FINAL_NOTICE, ActionKind.HANDOVER}),
    NoteKind.COSTS_OVER_INTEREST: _HANDOVER,  # the handover passes the costs on: decide before it
    # A consumer's: the notice that states the right costs comes next (claims.escalation), or the handover.
    NoteKind.COSTS_ABOVE_STAFFEL: frozenset({ActionKind.FINAL_NOTICE, ActionKind.HANDOVER}),
    NoteKind.COSTS_BELOW_STAFFEL: _HANDOVER,
    NoteKind.COSTS_WITH_VAT: _HANDOVER,
    NoteKind.NOTICE_ASKED_PAID: _HANDOVER,
    NoteKind.COSTS_UNSTATED: _HANDOVER,
    NoteKind.COSTS_UNKNOWN: _HANDOVER,
    NoteKind.COSTS_FROM_DUE: _HANDOVER,
    NoteKind.PAYMENT_AHEAD: _LETTERS,  # the letter asks for the money paid
    NoteKind.CREDIT_NOTE_AHEAD: _LETTERS,
    NoteKind.WRITTEN_LONG_BEFORE: _HANDOVER,
    NoteKind.POSTED_ON_DAY_OFF: _HANDOVER,  # its term, which the handover waits for, counts from it
    NoteKind.SAME_DAY_NOTICES: _HANDOVER,
    NoteKind.ONE_LINE_ADDRESS: _LETTERS,
    NoteKind.ONE_LINE_ADDRESS_UNSPLIT: _LETTERS,
    NoteKind.PLAN_OUT_OF_ORDER: _PLAN,
    NoteKind.PLAN_TOO_LARGE: _PLAN,
    NoteKind.PROMISE_TOO_LARGE: frozenset({ActionKind.CHECK_PROMISE}),
    NoteKind.RETURN_ADDRESS_LEFT_OUT: _LETTERS | _HANDOVER,  # every posted letter, the handover's notice too
}


def about_next_step(note: DossierNote, claim: Claim) -> bool:
    """Whether the note is about the claim's next step (NOTE_STEPS), due or not: to read before taking it."""
    action = claim.next_action
    return not claim.closed and action is not None and action.kind in NOTE_STEPS.get(note.kind, ())


def by_next_step(notes: Sequence[DossierNote], claim: Claim) -> tuple[tuple[DossierNote, ...], tuple[DossierNote, ...]]:
    """The notes about the claim's next step (`about_next_step`), then the others, each in their order."""
    before = tuple(note for note in notes if about_next_step(note, claim))
    return before, tuple(note for note in notes if note not in before)


def dossier_notes(claim: Claim, creditor: Creditor) -> tuple[DossierNote, ...]:
    """Every note on the claim's dossier, as the build's log has them: the claim's own while it is open
    (`claim_notes_of`), its dates after the build's day (`dated_ahead`), a business's costs
    (`costs_from_due_of`), then its history's (`doubts_of`)."""
    debtor, as_of = claim.debtor, claim.as_of
    own = () if claim.closed else claim_notes_of(claim, creditor)
    own += dated_ahead(debtor, as_of) + costs_from_due_of(debtor, creditor, as_of)
    return own + claim_doubts(claim, creditor)


# -- the claim's figures ---------------------------------------------------------------------------------


# The question `claim_notes_of` asks: a build that writes its debtors in this process finds the log's notes after
# them (pelican.plugins.incasso.build), so their answers outlive a debtor's files (Claim.forget_answers).
NOTES_ASKED = "dossier notes"


def claim_notes_of(claim: Claim, creditor: Creditor) -> tuple[DossierNote, ...]:
    """What the figures show of a claim's history that may not be what was meant: final notices whose
    recorded `costs` may not say what their letters did, a handover that took an invoice no final notice
    asked for, and a final notice that can only go by e-mail or is posted abroad. Worked out once for the build's
    log (claims.notices.claim_notes) and the staff's overview and dossier page (`dossier_notes`): Claim.answer."""
    return claim.answer((NOTES_ASKED, creditor), lambda: _claim_notes(claim, creditor))


def claim_doubts(claim: Claim, creditor: Creditor) -> tuple[DossierNote, ...]:
    """`doubts_of` the claim's debtor, worked out once for the staff's dossier page and the build's log: the log asks
    them of the ledger's record, which is the claim's debtor itself but for a representative acting otherwise on the
    build's day or invoices disputed apart (claims.notices.dossier_doubts). Kept as the other notes are."""
    costs_vat = creditor.policy.costs_vat  # all that `doubts_of` reads of the creditor
    return claim.answer((NOTES_ASKED, "doubts", costs_vat), lambda: doubts_of(claim.debtor, creditor))


def _claim_notes(claim: Claim, creditor: Creditor) -> tuple[DossierNote, ...]:
    return tuple(
        _costs_notes(claim, creditor)
        + _handover_notes(claim, creditor.policy.chase_minimum)
        + _disputed_credited(claim)
        + _notice_by_email_only(claim)
        + _notice_by_email_unagreed(claim)
        + _notice_before_consent(claim)
        + _costs_over_interest(claim, creditor)
        + _notice_abroad(claim, creditor)
        + _consumer_abroad(claim, creditor)
        + _promise_too_large(claim, creditor)
    )


def _promise_too_large(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    """A promise for more than the whole balance of its day (an amount written wrong, mostly: 4000.00 for
    400.00): it counts as a promise of the whole (claims.agreements.Promise.more_than_owed), as the page and its
    confirmation say; the amount written is said here only. As a plan adding up to far more than the invoices
    is (`_plan_doubts`). Not for a balance rounded up by less than the chase minimum: that was meant as the whole."""
    promise = claim.promise
    if promise is None or not promise.more_than_owed or promise.event.amount is None:
        return []
    if promise.event.amount - promise.amount < creditor.policy.chase_minimum:
        return []
    facts: dict[str, NoteValue] = {"date": promise.event.date, "amount": promise.event.amount}
    source = promise.event.amount_source or promise.event.source
    return [_note(NoteKind.PROMISE_TOO_LARGE, claim.debtor, source, **facts, owed=promise.amount)]


def _disputed_credited(claim: Claim) -> list[DossierNote]:
    """An invoice still disputed whose credit notes took all of it: the credit note is the answer, yet without
    `dispute_resolved` the page says "we are looking into it" and the dispute ages (at the last credit note)."""
    since = dict(open_disputes(claim.events).by_invoice)
    return [
        _note(
            NoteKind.DISPUTED_CREDITED,
            claim.debtor,
            invoice.credit_notes_until(claim.as_of)[-1].source,
            invoice=invoice.number,
            date=since[invoice.number].date,
        )
        for invoice in claim.disputed_credited_in_full
        if invoice.number in since
    ]


def _notice_by_email_unagreed(claim: Claim) -> list[DossierNote]:
    """A consumer's final notice recorded as sent by e-mail (or portal) while their file does not say they
    agreed to it (`final_notice_by: email`) and they have a postal address (without one,
    `_notice_by_email_only` says it): the build wrote only the letter, and an e-mail the consumer never agreed
    to brings no costs (claims.timing.binds: none are charged). Not when the same day's notice went by post too."""
    debtor = claim.debtor
    if not debtor.contact.address or debtor.contact.final_notice_by == Channel.EMAIL:
        return []
    return [
        _note(
            NoteKind.NOTICE_BY_EMAIL_UNAGREED,
            debtor,
            e.source,
            date=e.date,
            channel=str(e.channel),
            **_handed_over_after(claim, e),
        )
        for e in _unbinding_notices(claim)
    ]


def _notice_before_consent(claim: Claim) -> list[DossierNote]:
    """A consumer's final notice e-mailed (or sent in the portal) before the day their file says they agreed
    to e-mail (`email_agreed`): it brings no costs, also now that they agreed (claims.timing.binds)."""
    debtor = claim.debtor
    agreed = debtor.contact.email_agreed
    if debtor.contact.final_notice_by != Channel.EMAIL or agreed is None:
        return []
    return [
        _note(
            NoteKind.NOTICE_BEFORE_CONSENT,
            debtor,
            e.source,
            date=e.date,
            channel=str(e.channel),
            agreed=agreed,
            **_handed_over_after(claim, e),
        )
        for e in _unbinding_notices(claim)
    ]


def _handed_over_after(claim: Claim, notice: Event) -> dict[str, NoteValue]:
    """{"handed_over": day} when the dossier went to an agency after `notice`: the steps then send no final notice
    that brings the costs (claims.escalation), so the note says what is left (ENGLISH_HANDED_OVER)."""
    handover = next((e for e in claim.events if e.type == EventType.HANDOVER and e.date >= notice.date), None)
    return {"handed_over": handover.date} if handover is not None and claim.stage in HANDED_OVER else {}


def _unbinding_notices(claim: Claim) -> list[Event]:
    """A consumer's final notices that bring no costs for the form they went in, unless one of their day did."""
    debtor = claim.debtor
    notices = [e for e in claim.events if e.type == EventType.FINAL_NOTICE]
    binding = {e.date for e in notices if binds(debtor, e)}  # posted that day too: that one brings the costs
    return [e for e in notices if e.date not in binding]


def _costs_over_interest(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    """Costs counted over the interest a final notice asked, its principal paid in its term
    (claims.interest_only): owed by law, but a court may find them unreasonable: staff decide."""
    over = costs_over_interest(claim, creditor)
    notice = next((e for e in claim.final_notices if e.letter_day == over.asked_on), None) if over else None
    if over is None or notice is None:
        return []
    costs = claim.costs.amount
    return [
        _note(
            NoteKind.COSTS_OVER_INTEREST,
            claim.debtor,
            notice.source,
            costs=costs,
            interest=over.interest,
            date=notice.date,
            paid=over.paid,
        )
    ]


def _notice_by_email_only(claim: Claim) -> list[DossierNote]:
    """A consumer's final notice goes by post unless they agreed to e-mail (`final_notice_by: email`); with
    no postal address the e-mail is all there is (Debtor.final_notice_forms), and it brings the costs it states
    only once their consent is recorded (claims.timing.binds). Said once the final notice is the next step or
    was sent: not before."""
    debtor = claim.debtor
    contact = debtor.contact
    if not debtor.is_consumer or contact.address or not contact.email or contact.final_notice_by is not None:
        return []
    step = claim.next_action.kind if claim.next_action is not None else None
    if step != ActionKind.FINAL_NOTICE and claim.stage != Stage.FINAL_NOTICE:
        return []
    return [_note(NoteKind.NOTICE_BY_EMAIL_ONLY, debtor, debtor.source)]


def _notice_abroad(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    """A final notice posted abroad: its term is counted from receipt after `delivery_days_abroad` PostNL
    delivery days (claims.timing.delivery_days), later than within the Netherlands; the post may take longer
    still, and a term counted from too early a receipt costs the claim its costs, so the day it arrived
    (`received`) is best. To a consumer it adds that the costs are the Dutch staffel's, which the law of their
    own country may not allow (ledger-format, "Debtors abroad"). Said while the notice is the next step, or
    posted and its term runs without it."""
    debtor = claim.debtor
    # Only a represented debtor's address can differ by day (Debtor.contact_on): the rest are told apart at once.
    maybe_abroad = debtor.contact.is_abroad or debtor.written_block is not None
    if Channel.LETTER not in debtor.final_notice_forms() or not maybe_abroad:
        return []
    step = claim.next_action.kind if claim.next_action is not None else None
    if step != ActionKind.FINAL_NOTICE and not _posted_term_runs(claim, creditor):
        return []
    # The days of the day it goes (the next step: today), or went (the norm may have changed since), to the
    # address of that day (posted abroad before an administrator here was appointed: abroad still): as its receipt
    # counts them, from the day post is collected (claims.timing.letter_received: a letter of a holiday goes later).
    latest = claim.latest_notice
    posted = posting_day(claim.as_of if step == ActionKind.FINAL_NOTICE or latest is None else latest.date)
    contact = debtor.contact_on(posted)
    if not contact.is_abroad:
        return []
    source = contact.address_source or debtor.source
    days = delivery_days(creditor, debtor, posted)
    # The costs abroad are said by the consumer's own address (their administrator's may be abroad, not theirs).
    home = {} if (debtor.own_contact or debtor.contact).is_abroad else {"home": "the Netherlands"}
    return [_note(NoteKind.NOTICE_ABROAD, debtor, source, days=days, debtor_type=debtor.type, **home)]


def _consumer_abroad(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    """A consumer who lives abroad: the final notice's costs are the Dutch staffel's, which the law of their own
    country may not allow (ledger-format, "Debtors abroad"). Said from the letter that first states them on, due or
    not (`_COSTS_STATED`: the dunning letter, which names them, the call, the final notice, the handover: staff
    check before each), and while the notice's term runs, unless `_notice_abroad` says it with its days: by e-mail
    (`final_notice_by: email`), or as the costs alone (before the final notice, posted p/a their administrator in
    the Netherlands, its receipt recorded, or its term over). One note, whichever of those steps is next."""
    debtor = claim.debtor
    # The consumer's own address, not the administrator's that `contact` holds while they act: the law that may
    # protect a consumer is that of the country they live in, wherever their letters go.
    own = debtor.own_contact or debtor.contact
    if not debtor.is_consumer or not own.is_abroad:
        return []
    step = claim.next_action.kind if claim.next_action is not None else None
    notice = claim.latest_notice
    runs = notice is not None and claim.as_of <= notice_term_end(creditor, debtor, notice)
    if step not in _COSTS_STATED and not runs:
        return []
    source, forms = own.address_source or debtor.source, debtor.final_notice_forms()
    if forms == (Channel.EMAIL,):
        return [_note(NoteKind.NOTICE_ABROAD_EMAIL, debtor, source)]
    if not forms or _notice_abroad(claim, creditor):  # no contact reaches them (said apart), or said with the days
        return []
    return [_note(NoteKind.CONSUMER_ABROAD, debtor, source)]


def _costs_unknown(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    """A consumer's costs that hang on a final notice recording no `costs` (nor does another of its day): a
    consumer owes them only if that letter stated them (art. 6:96 lid 6 BW), and the ledger does not say it
    did. A notice a build wrote states its costs, and the event the staff dossier offers to paste records them:
    one without is a letter written outside incasso (copied in from before, mostly), whose costs are unknown."""
    debtor = claim.debtor
    if not debtor.is_consumer or claim.costs.state == CostsState.NONE:
        return []
    # The costs hang on the first of their episode that binds (an e-mail the consumer never agreed to does not).
    notice = next((e for e in claim.final_notices if brings_costs(creditor, debtor, e)), None)
    if notice is None or capping_notice(claim.events, notice.date) is not None:
        return []
    facts: dict[str, NoteValue] = {"date": notice.date, "costs": claim.costs.amount, **_vat(claim.costs.vat)}
    return [_note(NoteKind.COSTS_UNKNOWN, debtor, notice.source, **facts)]


def _vat(vat: Decimal) -> dict[str, NoteValue]:
    """The fact `vat` of a note whose amount holds the VAT on the costs (policy.costs_vat), none without it: its
    words then name the VAT apart from the staffel (VAT_ENGLISH, staff.words.NOTE_VAT)."""
    return {"vat": vat} if vat > 0 else {}


def _costs_above_staffel(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    """A final notice recording more `costs` than the staffel gives over every invoice it could have asked
    for, whole: never more than the staffel is charged, so either the event was written wrong or its letter
    stated more than the law allows (a consumer's costs may then be contested; a business owes reasonable costs,
    staff.words.NOTE_BUSINESS). Whole is what they asked on the letter's day: less a credit note dated by then, not
    one dated after it (the letter could not know it).
    Not for a business whose costs follow the due dates (at least EUR 40 an invoice: `costs_from_due_stated`
    says it), nor a letter that asked for nothing (`_before_anything_due` says that)."""
    if creditor.policy.business_costs_from_due and claim.debtor.type == DebtorType.BUSINESS:
        return []
    found = []
    for notice in (e for e in claim.events if e.type == EventType.FINAL_NOTICE and e.costs is not None):
        day = notice.letter_day
        apart = disputed_apart_when_dated(claim.debtor, notice)  # the letter asked for the rest only
        asked = sum((i.owed(day) for i in claim.debtor.invoices if i.due < day and i.number not in apart), ZERO)
        allowed = cost_calculation(asked, creditor.policy.costs_vat)  # with the VAT the creditor charges on them
        most = allowed.amount
        if notice.costs is not None and asked > 0 and notice.costs > most:
            facts: dict[str, NoteValue] = {"date": notice.date, "costs": notice.costs, "most": most}
            if notice.costs == collection_costs(asked, vat=True):  # the VAT a creditor may add, unset (finding 7)
                found.append(_note(NoteKind.COSTS_WITH_VAT, claim.debtor, notice.source, **facts))
                continue
            facts.update(_vat(allowed.vat))
            # Whether the staffel's protection is theirs: a consumer's notice brings none (claims.timing.overstates).
            facts["debtor_type"] = claim.debtor.type
            if claim.debtor.is_consumer:
                facts.update(_handed_over_after(claim, notice))
            found.append(_note(NoteKind.COSTS_ABOVE_STAFFEL, claim.debtor, notice.source, **facts))
    return found


def _notice_asked_paid(claim: Claim, creditor: Creditor, noted: set[Source]) -> list[DossierNote]:
    """A final notice recording more `costs` than the staffel gives over what its invoices had open on its
    letter's day, payments dated before it counted, but no more than over them whole: its letter counted a
    payment's money as open, so the payment was recorded after it went (a credit without its reference, assigned
    by staff later), and it asked more than was owed, maybe saying the payment had not come in. The costs charged
    follow what was open (claims.settlement); the debtor should hear that the payment came in. Not beside
    `_costs_above_staffel` (`noted`: already said), nor for a business whose costs follow the due dates."""
    if creditor.policy.business_costs_from_due and claim.debtor.type == DebtorType.BUSINESS:
        return []
    found = []
    settlement = claim.settlement
    for notice in (e for e in claim.events if e.type == EventType.FINAL_NOTICE and e.costs is not None):
        day, apart = notice.letter_day, disputed_apart_when_dated(claim.debtor, notice)
        asked = [b for b in settlement.invoices if b.invoice.due < day and b.number not in apart]
        # What the letter's day saw: a credit note dated after it lowers the costs, but did not make it wrong.
        opened = [b.invoice.owed(day) - (b.owed - settlement.principal_open_on(b, day)) for b in asked]
        # An invoice disputed apart since the letter is out of the settlement, but the letter rightly asked it:
        # counted as open in full that day (a note too few rather than one about a payment that never came).
        counted = {b.number for b in settlement.invoices}
        since = (i for i in claim.debtor.invoices if i.due < day and i.number not in apart | counted)
        open_then = sum((o for o in opened if o > 0), ZERO) + sum((i.owed(day) for i in since), ZERO)
        # What a notice's term charges: the staffel over what was open (claims.timing: no minimum per invoice, that
        # is the costs from the due dates', which have no note here), and what the note tells staff is charged.
        allowed = cost_calculation(open_then, creditor.policy.costs_vat)
        most = allowed.amount
        if notice.source in noted or open_then <= 0 or notice.costs is None or notice.costs <= most:
            continue
        facts: dict[str, NoteValue] = {"date": notice.date, "costs": notice.costs, "open": open_then, "most": most}
        facts.update(_vat(allowed.vat))
        facts["debtor_type"] = claim.debtor.type  # whether the wrong amount lets them contest the costs: a consumer
        found.append(_note(NoteKind.NOTICE_ASKED_PAID, claim.debtor, notice.source, **facts))
    return found


def _posted_term_runs(claim: Claim, creditor: Creditor) -> bool:
    """Whether the latest final notice went by post, its day of arrival unrecorded, and its term runs."""
    notice = claim.latest_notice
    if notice is None or notice.channel not in (None, Channel.LETTER) or notice.received is not None:
        return False
    return claim.as_of <= notice_term_end(creditor, claim.debtor, notice)


def _handover_notes(claim: Claim, minimum: Decimal) -> list[DossierNote]:
    """A handover the steps would not have proposed: after no final notice at all, or taking an overdue
    invoice no final notice before it asked for (due on or after the last one's day, or disputed apart on
    the day one is dated: claims.escalation.asked_for; after a second notice that asked for such an
    invoice, the steps hand all over: claims.escalation). The agency's letter asks it all."""
    handover = latest(claim.events, EventType.HANDOVER)
    if handover is None:
        return []
    asked = [n for n in claim.notices if n.date <= handover.date]
    if not asked:
        return [_note(NoteKind.HANDOVER_WITHOUT_NOTICE, claim.debtor, handover.source, date=handover.date)]
    settlement = claim.settlement
    if second_notice(claim, asked[0], minimum):
        return []  # a second notice asked for a newer invoice: the steps hand all that is overdue over with it
    asked_numbers = frozenset[str]().union(*(asked_for(claim, notice) for notice in asked))
    return [
        _note(
            NoteKind.HANDOVER_UNASKED_INVOICE,
            claim.debtor,
            handover.source,
            date=handover.date,
            invoice=b.number,
            due=b.invoice.due,
        )
        for b in settlement.invoices
        if b.invoice.due < handover.date
        and settlement.principal_open_on(b, handover.date) > 0
        and b.number not in asked_numbers
    ]


def _costs_notes(claim: Claim, creditor: Creditor) -> list[DossierNote]:
    notices = {e.letter_day: e for e in claim.events if e.type == EventType.FINAL_NOTICE}  # as asked_on
    found = [
        _note(NoteKind.COSTS_UNSTATED, claim.debtor, notices[day].source, date=day)
        for day in (c.asked_on for c in claim.settlement.unstated)
        if day is not None and day in notices
    ]
    found += _costs_unknown(claim, creditor)
    found += _costs_above_staffel(claim, creditor)
    found += _notice_asked_paid(claim, creditor, {note.source for note in found})
    staffel = claim.costs.capped_from
    if staffel is not None and claim.final_notices:
        day = claim.final_notices[0].date
        capping = capping_notice(claim.events, day)  # of two notices that day, the one whose costs cap them
        if capping is not None and capping.costs is not None:
            kind = NoteKind.COSTS_BELOW_STAFFEL
            facts: dict[str, NoteValue] = {"date": day, "costs": capping.costs, "staffel": staffel}
            # The staffel's amount as charged without the letter's: with its VAT where that holds it (not where a
            # letter that stated less than the staffel alone announced none: claims.settlement._vat_as_stated).
            with_it = cost_calculation(claim.costs.principal, creditor.policy.costs_vat)
            facts.update(_vat(with_it.vat if staffel == with_it.amount else ZERO))
            found.append(_note(kind, claim.debtor, capping.source, **facts))
    return found


# -- dates after the build's day, and a business's costs --------------------------------------------------

# How far after the build's day a payment or a letter is doubted: a year written wrong puts it months
# ahead, while a build of an earlier day (a rebuild, the demo's day) sees the weeks after it recorded.
AHEAD_DOUBTED = timedelta(days=183)


def dated_ahead(debtor: Debtor, as_of: date) -> tuple[DossierNote, ...]:
    """The dossier's invoices dated after `as_of`, and its payments, credit notes, letters and disputes
    dated half a year after it (the log says each kind for all dossiers in turn: claims.notices)."""
    return (
        invoices_later(debtor, as_of)
        + payments_ahead(debtor, as_of)
        + credit_notes_ahead(debtor, as_of)
        + events_ahead(debtor, as_of)
    )


def invoices_later(debtor: Debtor, as_of: date) -> tuple[DossierNote, ...]:
    """Invoices dated after `as_of`: counted already (unlike payments and events dated later, an invoice
    is what is owed), so a year written wrong (2027 for 2026) would ask for money on a page. Said, not refused:
    an invoice may be issued ahead."""
    return tuple(
        _note(NoteKind.INVOICE_LATER, debtor, i.source, number=i.number, date=i.date, as_of=as_of)
        for i in debtor.invoices
        if i.date > as_of
    )


def payments_ahead(debtor: Debtor, as_of: date) -> tuple[DossierNote, ...]:
    """Payments dated half a year after `as_of`: they do not count yet, so a year written wrong (2027 for
    2026) asks for money paid. Said, not refused: a payment may be entered ahead."""
    return tuple(
        _note(NoteKind.PAYMENT_AHEAD, debtor, p.source, date=p.date, as_of=as_of)
        for p in debtor.payments
        if p.date > as_of + AHEAD_DOUBTED
    )


def credit_notes_ahead(debtor: Debtor, as_of: date) -> tuple[DossierNote, ...]:
    """Credit notes dated half a year after `as_of`: they do not count yet, so the page asks for what they
    credit."""
    return tuple(
        _note(NoteKind.CREDIT_NOTE_AHEAD, debtor, c.source, number=c.number, date=c.date, invoice=i.number, as_of=as_of)
        for i in debtor.invoices
        for c in i.credit_notes
        if c.date > as_of + AHEAD_DOUBTED
    )


def events_ahead(debtor: Debtor, as_of: date) -> tuple[DossierNote, ...]:
    """Letters and disputes dated half a year after `as_of`: they count from that day on, so a dispute
    pauses nothing yet. Said, not refused: an event may be entered ahead (a plan agreed for next week)."""
    return tuple(
        _note(NoteKind.EVENT_AHEAD, debtor, e.source, type=e.type, date=e.date, as_of=as_of)
        for e in debtor.events
        if e.date > as_of + AHEAD_DOUBTED and (e.type in ESCALATION_EVENTS or e.type == EventType.DISPUTE)
    )


def costs_from_due_of(debtor: Debtor, creditor: Creditor, as_of: date) -> tuple[DossierNote, ...]:
    """Under `business_costs_from_due` a business's costs follow its invoices' due dates, whatever a final
    notice stated: `costs` recorded on one (written by hand: the event to paste has none there) may
    promise less than is charged. Said, not refused: the letter may have said the same."""
    if not creditor.policy.business_costs_from_due or debtor.type != DebtorType.BUSINESS:
        return ()
    return tuple(
        _note(NoteKind.COSTS_FROM_DUE, debtor, event.source, date=event.date, costs=event.costs)
        for event in debtor.events_until(as_of)
        if event.type == EventType.FINAL_NOTICE and event.costs is not None
    )


# -- the history written in the file ---------------------------------------------------------------------

# A final notice posted this long after its letter's date: `written` written wrong, mostly (a year).
WRITTEN_DOUBTED = timedelta(days=31)
SUNDAY = 6  # date.weekday()
# A plan's instalments adding up to more than this many times the invoices: an amount written wrong, mostly
# (a plan may ask a little more than the invoices: their interest and costs).
PLAN_TOTAL_DOUBTED = 2


def doubts_of(debtor: Debtor, creditor: Creditor) -> tuple[DossierNote, ...]:
    """Histories that contradict themselves: a letter after the write-off, a payment or a letter dated
    before the invoice it is about (a year written wrong, mostly), a second dispute while one is open; in
    the order of their lines in the debtor's file."""
    found = _payment_doubts(debtor) + _event_doubts(debtor) + _same_day_notices(debtor) + _one_line_address(debtor)
    found += (
        _plan_doubts(debtor, creditor.policy.costs_vat)
        + _salutation_in_another_language(debtor)
        + _one_language_descriptions(debtor)
    )
    return tuple(sorted(found, key=lambda note: (note.source.line, note.source.column)))


def _payment_doubts(debtor: Debtor) -> list[DossierNote]:
    """A payment dated before an invoice it names, or naming none before the dossier's first invoice."""
    dated = {invoice.number: invoice.date for invoice in debtor.invoices}
    first = min(dated.values(), default=None)
    named = [
        _note(NoteKind.PAYMENT_BEFORE_INVOICE, debtor, p.source, date=p.date, invoice=number, invoice_date=day)
        for p in debtor.payments
        for number in p.named
        if (day := dated.get(number)) is not None and p.date < day
    ]
    unnamed = [  # a deposit paid days before the invoice is no typo: a month or more before it is
        _note(NoteKind.PAYMENT_BEFORE_FIRST_INVOICE, debtor, p.source, date=p.date, first=first)
        for p in debtor.payments
        if not p.named and first is not None and p.date < first - WRITTEN_DOUBTED
    ]
    return named + unnamed


def _plan_doubts(debtor: Debtor, vat: bool) -> list[DossierNote]:
    """A payment plan written out of date order (or two instalments on one day), or adding up to far more
    than the invoices with their costs as charged (with the VAT on them where the creditor charges it, `vat`:
    policy.costs_vat): the page and its letter state the plan as written."""
    plans = [e for e in debtor.events if e.type == EventType.ARRANGEMENT]
    if not plans:  # most dossiers: no staffel to work out
        return []
    found: list[DossierNote] = []
    invoices = sum((invoice.amount for invoice in debtor.invoices), ZERO)
    costs = cost_calculation(invoices, vat)
    owed = invoices + costs.amount  # a small claim's costs may be more than its invoices
    # The note names the VAT in `owed` (VAT_ENGLISH): "the staffel" alone is less than what is charged.
    with_vat: dict[str, NoteValue] = {"vat": costs.vat} if costs.vat > 0 else {}
    for plan in plans:
        days = tuple(i.due for i in plan.installments)
        if any(later <= earlier for earlier, later in zip(days, days[1:], strict=False)):
            found.append(_note(NoteKind.PLAN_OUT_OF_ORDER, debtor, plan.source, date=plan.date, days=days))
        total = sum((i.amount for i in plan.installments), ZERO)
        if total > PLAN_TOTAL_DOUBTED * owed:
            facts: dict[str, NoteValue] = {"date": plan.date, "total": total, "times": PLAN_TOTAL_DOUBTED}
            found.append(_note(NoteKind.PLAN_TOO_LARGE, debtor, plan.source, **facts, owed=owed, **with_vat))
    return found


# A salutation's title as the letters of the other language would write it: "mevrouw" in an English letter
# reads as a Dutch word left in ("Dear mevrouw Raman"), "Ms" in a Dutch one as English ("Geachte Ms Kelly").
# Matched as written (a Dutch title also with a capital): "mr." is the Dutch lawyer's title (meester), "Mr" the
# English one. Longest first: "de heer" before "heer".
_DUTCH_TITLES = {"mevrouw": "Ms", "mevr.": "Ms", "mevr": "Ms", "mw.": "Ms", "mw": "Ms", "meneer": "Mr",
                 "de heer": "Mr", "heer": "Mr", "dhr.": "Mr", "dhr": "Mr"}  # fmt: skip
_ENGLISH_TITLES = {"Mr": "de heer", "Mr.": "de heer", "Mrs": "mevrouw", "Mrs.": "mevrouw", "Ms": "mevrouw",
                   "Ms.": "mevrouw", "Miss": "mevrouw"}  # fmt: skip
_TITLES = {
    Language.EN: sorted(
        {**_DUTCH_TITLES, **{title.capitalize(): own for title, own in _DUTCH_TITLES.items()}}.items(),
        key=lambda item: -len(item[0]),
    ),
    Language.NL: sorted(_ENGLISH_TITLES.items(), key=lambda item: -len(item[0])),
}
_GREETING = {Language.EN: "Dear", Language.NL: "Geachte"}


def _salutation_in_another_language(debtor: Debtor) -> list[DossierNote]:
    """A salutation whose title is the other language's: the letters, in the debtor's language, greet with it."""
    salutation = debtor.contact.salutation
    if not salutation:
        return []
    for title, own in _TITLES[debtor.language]:
        if salutation.startswith(title + " "):
            facts: dict[str, NoteValue] = {"title": title, "own": own, "language": str(debtor.language)}
            return [
                _note(
                    NoteKind.SALUTATION_OTHER_LANGUAGE, debtor, debtor.contact.salutation_source or debtor.source,
                    **facts,
                    greeting=_GREETING[debtor.language], salutation=salutation,
                    suggestion=f"{own} {salutation[len(title) + 1 :].strip()}",
                )
            ]  # fmt: skip
    return []


def _one_line_address(debtor: Debtor) -> list[DossierNote]:
    """An address written as one text (the brackets of a list forgotten, or the place left out): the window
    envelope shows it on one line, where the post expects street and postcode with place on lines of their own."""
    address, source = debtor.contact.address, debtor.contact.address_source
    if len(address) != 1 or source is None:
        return []
    # `contact` holds an administrator's address when the letters go to them (ledger.debtor_file.letters_contact).
    care_of = debtor.representative is not None and debtor.representative.receives_letters
    field = "representative.address" if care_of else "contact.address"
    if "," not in address[0]:
        return [_note(NoteKind.ONE_LINE_ADDRESS_UNSPLIT, debtor, source, address=address[0], field=field)]
    lines = tuple(part.strip() for part in address[0].split(","))
    return [_note(NoteKind.ONE_LINE_ADDRESS, debtor, source, address=address[0], lines=lines, field=field)]


def _same_day_notices(debtor: Debtor) -> list[DossierNote]:
    """A final notice recorded twice on one day (by post and by e-mail): the two letters state two
    last days. Counted from the later (claims.timing.notices_a_day), but a term is best stated once."""
    first_of: dict[date, Event] = {}
    found = []
    for notice in (e for e in debtor.events if e.type == EventType.FINAL_NOTICE):
        earlier = first_of.setdefault(notice.date, notice)
        if earlier is not notice:
            kind = NoteKind.SAME_DAY_NOTICES
            found.append(_note(kind, debtor, notice.source, date=notice.date, first_line=earlier.source.line))
    return found


def _event_doubts(debtor: Debtor) -> list[DossierNote]:
    """A letter before the first invoice or before anything was due, a final notice written long before it
    went, and what follows a write-off or comes while a dispute is open."""
    found = []
    first = min((invoice.date for invoice in debtor.invoices), default=None)
    first_due = min((invoice.due for invoice in debtor.invoices), default=None)
    for event in debtor.events:
        letter = event.type in ESCALATION_EVENTS
        if letter and first is not None and event.date < first:
            kind = NoteKind.LETTER_BEFORE_FIRST_INVOICE
            found.append(_note(kind, debtor, event.source, type=event.type, date=event.date, first=first))
        elif letter and first_due is not None and event.letter_day <= first_due:
            found.append(_before_anything_due(debtor, event, first_due))
        if event.written is not None and event.date - event.written > WRITTEN_DOUBTED:
            kind = NoteKind.WRITTEN_LONG_BEFORE
            found.append(_note(kind, debtor, event.source, date=event.date, written=event.written))
        if event.type == EventType.FINAL_NOTICE and _posted_on_day_off(event):
            found.append(_note(NoteKind.POSTED_ON_DAY_OFF, debtor, event.source, date=event.date))
    return found + _after_write_off_or_in_dispute(debtor)


def _posted_on_day_off(event: Event) -> bool:
    """A final notice recorded as posted on a Sunday or public holiday, with no `written` day apart: no post is
    collected then, so it was most likely dated that day and posted on a later one. Its receipt and term count from
    the next day post is collected (claims.timing.letter_received), which is right only if it went that day. Of the
    letters, only its receipt counts."""
    posted = event.channel == Channel.LETTER and event.written is None
    return posted and (event.date.weekday() == SUNDAY or is_holiday(event.date))


def _after_write_off_or_in_dispute(debtor: Debtor) -> list[DossierNote]:
    """A letter or an agreement after the write-off, and a dispute, an agreement or a harder step while a
    dispute is open (once written off, no answer is due)."""
    found = []
    written_off: Event | None = None
    disputed: Event | None = None
    for event in debtor.events:
        agreed = event.type in (EventType.PROMISE, EventType.ARRANGEMENT)
        if written_off is not None and (event.type in ESCALATION_EVENTS or agreed):
            kind = NoteKind.AFTER_WRITE_OFF
            found.append(
                _note(kind, debtor, event.source, type=event.type, date=event.date, written_off=written_off.date)
            )
        if event.type == EventType.WRITTEN_OFF and written_off is None:
            written_off = event
        # A dispute naming invoices pauses those alone: the rest may be agreed on and handed over meanwhile.
        elif event.type == EventType.DISPUTE and not event.invoices:
            if disputed is not None and written_off is None:
                found.append(_note(NoteKind.SECOND_DISPUTE, debtor, event.source, **_while(event, disputed)))
            disputed = event
        elif event.type == EventType.DISPUTE_RESOLVED and not event.invoices:
            disputed = None
        elif agreed and disputed and written_off is None:
            kind = NoteKind.PLAN_IN_DISPUTE if event.type == EventType.ARRANGEMENT else NoteKind.PROMISE_IN_DISPUTE
            found.append(_note(kind, debtor, event.source, **_while(event, disputed)))
        elif event.type in (EventType.HANDOVER, EventType.LEGAL) and disputed and written_off is None:
            # A dispute gets its answer before a harder step (domain: never escalate over a dispute).
            facts = _while(event, disputed)
            found.append(_note(NoteKind.HARDER_IN_DISPUTE, debtor, event.source, type=event.type, **facts))
    return found


def _while(event: Event, disputed: Event) -> dict[str, NoteValue]:
    return {"date": event.date, "disputed": disputed.date}


def _before_anything_due(debtor: Debtor, letter: Event, first_due: date) -> DossierNote:
    """A letter covers the invoices due before its day (docs/computation.md): one dated on or before the
    first due date concerns none, and counts for nothing (a final notice then brings no costs)."""
    kind = NoteKind.LETTER_BEFORE_DUE
    return _note(kind, debtor, letter.source, type=letter.type, date=letter.letter_day, first_due=first_due)


DESCRIPTIONS_SHOWN = 3  # the invoices and credit notes the log's note names; the staff page names them all


def _one_language_descriptions(debtor: Debtor) -> list[DossierNote]:
    """A debtor who reads English whose invoices' or credit notes' `description` is one text: their English
    page and letters list it as written (Dutch, mostly: "Glasbewassing oktober"). One note a debtor, at the
    first such line; without the texts: the log may be shared."""
    if debtor.language != Language.EN:
        return []
    found = sorted(_described_once(debtor), key=lambda item: (item[0].line, item[0].column))
    if not found:
        return []
    named = ", ".join(f"{what} {number}" for _, what, number in found[:DESCRIPTIONS_SHOWN])
    more = f" and {len(found) - DESCRIPTIONS_SHOWN} more" if len(found) > DESCRIPTIONS_SHOWN else ""
    what = f"the description of {named} is" if len(found) == 1 else f"the descriptions of {named}{more} are"
    numbers = tuple(number for _, _, number in found)
    return [_note(NoteKind.DESCRIPTION_ONE_LANGUAGE, debtor, found[0][0], what=what, numbers=numbers)]


def _described_once(debtor: Debtor) -> Iterator[tuple[Source, str, str]]:
    """(where, "invoice" or "credit note", number) of each description written as one text."""
    for invoice in debtor.invoices:
        if invoice.description and invoice.description_en is None:
            yield invoice.source, "invoice", invoice.number
        for note in invoice.credit_notes:
            if note.description and note.description_en is None:
                yield note.source, "credit note", note.number
