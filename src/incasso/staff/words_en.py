"""Everything the collection staff read, in English, in one place.

The English twin of incasso.staff.words: the same names, the same keys and,
in every template, the same placeholders (tests/staff/test_words_en.py checks
it), so a build whose staff read English takes its words from here instead.
The staff view model (incasso.staff.view and the pages beside it), the
explanations and changes.md take their words from here; the templates get
the fixed labels (UI, passed in as `t`) and everything else from the view.
Sentences are `str.format` templates; the values are filled in already
formatted (money and dates through incasso.fmt).

The words for the steps are the ones the English letters and statement page
use (incasso.letters.words, incasso.statement.labels): a dunning letter
(aanmaning) is a "formal reminder", a sommatie a "final notice". The ledger's
own names (type: dunning, final_notice_by: email, bank_ref) stay as they are:
staff type them into the debtor's file.
"""

from __future__ import annotations

# The escalation stages, and the statuses a claim can have.
STAGE = {
    "open": "Open",
    "overdue": "Overdue",
    "reminder": "Reminder",
    "dunning": "Formal reminder",
    "final_notice": "Final notice",
    "handover": "Collection agency",
    "legal": "Legal action",
}
# The Dutch names beside the English where staff match them against letters and the law.
STAGE_HINT = {
    "open": "not yet due",
    "overdue": "payment term passed, nothing sent yet",
    "reminder": "sent",
    "dunning": "sent (aanmaning)",
    "final_notice": "sent (sommatie)",
    "handover": "handed over to the collection agency",
    "legal": "legal proceedings",
}
STATUS = {
    "active": "Active",
    "promise": "Promise to pay",
    "arrangement": "Payment plan",
    "dispute": "Dispute",
    "paid": "Paid",
    "written_off": "Written off",
    "settlement": "Settlement",
    "settled": "Settled (rest remitted)",
}
PAUSED = {
    "promise": "Paused: promise to pay",
    "arrangement": "Paused: plan on schedule",
    "dispute": "Paused: dispute",
    "settlement": "Paused: settlement",
    # The same, with collection costs owed all the same (overview.paused_key): the pause held the letters back,
    # not a final notice's term.
    "promise_costs": "Paused: promise to pay; collection costs owed",
    "arrangement_costs": "Paused: plan on schedule; collection costs owed",
    "dispute_costs": "Paused: dispute; collection costs owed",
    "settlement_costs": "Paused: settlement; collection costs in it",
    # A `postpone` holding the next step back (overview.postponed_key): who asked for the wait, by role.
    "postponed": "Paused: postponed",
    "postponed_debtor": "Paused: postponed at the debtor's request",
    "postponed_counsellor": "Paused: postponed at the debt counsellor's request",
    "postponed_administrator": "Paused: postponed at the administrator's request",
    "postponed_earlier": "Paused: postponed at an earlier representative's request",
}
CLOSED_GROUP = {"paid": "Paid", "settled": "Settled", "written_off": "Written off"}
STAGE_CLOSED = {
    "open": "Closed",
    "overdue": "Closed",
    "reminder": "Closed after the reminder",
    "dunning": "Closed after the formal reminder",
    "final_notice": "Closed after the final notice",
    "handover": "Closed at the collection agency",
    "legal": "Closed after legal action",
}

# What staff do next: the chasing steps, and the checks.
ACTION = {
    "reminder": "Send reminder",
    "dunning": "Send formal reminder",
    "call": "Call",
    "call_write": "Send a note (no phone)",
    "final_notice": "Send final notice",
    "handover": "Hand over to agency",
    "remind_installment": "Send instalment reminder",
    "check_promise": "Check: promise paid?",
    "check_installment": "Check: instalment paid?",
    "check_settlement": "Check: settlement paid?",
    "review_dispute": "Check: answer dispute",
    "refund_credit": "Refund credit",
    "refund_returned": "Refund again",
    "pass_on": "Pass payment on",
}

EVENT = {
    "reminder": "Reminder",
    "dunning": "Formal reminder",
    "call": "Contact",
    "final_notice": "Final notice",
    "handover": "Handover",
    "legal": "Legal action",
    "promise": "Promise to pay",
    "arrangement": "Payment plan",
    "dispute": "Dispute",
    "dispute_resolved": "Dispute resolved",
    "written_off": "Written off",
    "postpone": "Postponement",
    "settlement": "Settlement",
    "settlement_ended": "Settlement ended",
    "refund": "Credit refunded",
    "passed_on": "Payment passed on",
    "note": "Note",
}
CHANNEL = {"email": "email", "letter": "letter", "phone": "phone", "visit": "visit", "portal": "portal"}
DEBTOR_TYPE = {"business": "Business", "consumer": "Consumer"}
LANGUAGE = {"nl": "Dutch", "en": "English"}
INSTALLMENT_STATE = {
    "paid": "paid",
    "due": "today",
    "overdue": "late",
    "upcoming": "upcoming",
    "unseen": "after the bank statements",  # its day is later than the last statement read
}
ALLOCATION = {
    "costs": "collection costs",
    "interest": "interest",
    "principal": "principal",
    "credit": "credit",
    # A payment naming an invoice while it is disputed stays with it (art. 6:43 lid 1 BW): it pays nothing else.
    "disputed": "held apart for disputed invoice",
    "disputed_many": "held apart for disputed invoices",
}
BUCKET = {
    "not_due": "Not due",
    "1-30": "1-30 days",
    "31-60": "31-60 days",
    "61-90": "61-90 days",
    "90+": "Over 90 days",
}

FLAG = {
    "possible_payment": "Possible payment",
    "payment_returned": "Payment returned by the bank",
    "paid_after_write_off": "Payment after write-off",
    "broken_promise": "Promise not kept",
    "settlement_lapsed": "Settlement lapsed",
    "plan_in_arrears": "Plan in arrears",
    "awaits_bank": "Awaiting statements",
    "dispute_too_long": "Dispute open too long",
    "disputed_invoices": "Invoice disputed",
    "no_contact": "No contact for too long",
    "missing_contact": "Contact details incomplete",
    "passed_on_over": "More passed on than received",
    "refund_returned": "Refund came back",
    "credit": "Refund credit",
    "small_rest": "Small remainder",
    "small_credit": "Small credit",
    "note_before_step": "Check before the next step",
    "part_payment": "Part payment before the next letter",
    "dossier_note": "See notes",
}
FLAG_DETAIL = {
    "possible_payment": "{amount} of {date} (bank entry {ref}) is not linked to any dossier yet and may belong to "
    "this one: check and assign it first (Bank statements), and only then send a letter",
    "possible_payment_other_account": "{amount} of {date} (bank entry {ref}) names this dossier, but came in on "
    "another account than the one in creditor.yaml and does not count: check it first (Bank statements), and only "
    "then send a letter",
    # The rest of a credit staff booked in part on another dossier, whose text names this one too.
    "possible_payment_rest": "Of bank entry {ref} of {date}, {paid} is booked on another dossier; the rest, "
    "{amount}, is not linked to any dossier yet and the description names this dossier: check and assign it first "
    "(Bank statements, To check), only then send a letter",
    "possible_payment_foreign": "Bank entry {ref} of {date} names this dossier, but is not in euros and does not "
    "count: check it first (Bank statements), and only then send a letter",
    "paid_after_write_off": "{amount} received after the write-off on {date}; it has lowered the debt and nothing "
    "was overpaid. Reopen the claim to ask for the rest again (take the written_off out of the debtor's file), or "
    "leave it written off",
    "paid_after_write_off_credit": "{amount} received after the write-off on {date}; it counts, and what is too "
    "much is credit. Reopen the claim (take the written_off out of the debtor's file) or refund what is not owed",
    "broken_promise": "{amount} promised by {date}; {paid} received",
    "settlement_lapsed": "{amount} agreed as full and final, to pay by {date}; {paid} received. The whole claim "
    "counts again and the steps go on: tell the debt counsellor (or the debtor)",
    "settlement_lapsed_debtor": "{amount} agreed as full and final, to pay by {date}; {paid} received. The whole "
    "claim counts again and the steps go on: tell the debtor",
    "settlement_lapsed_instalment": "{amount} agreed as full and final, in instalments; the instalment of {date} "
    "({part}) was not paid, nor in the {days} days after (up to and including {since}); {paid} received. The whole "
    "claim counts again and the steps go on: tell the debt counsellor (or the debtor)",
    "settlement_lapsed_instalment_debtor": "{amount} agreed as full and final, in instalments; the instalment of "
    "{date} ({part}) was not paid, nor in the {days} days after (up to and including {since}); {paid} received. The "
    "whole claim counts again and the steps go on: tell the debtor",
    "plan_in_arrears": "{amount} in arrears, instalment of {date} not paid",
    "plan_in_arrears_part": "{amount} in arrears, instalment of {date} not paid in full",
    "plan_in_arrears_more": "{amount} in arrears over {count} instalments, the first of {date}",
    "awaits_bank_promise": "{amount} promised by {date}, but payments are processed up to and including {seen}: "
    "put the later statements in bank/ and build again first",
    "awaits_bank_settlement_ended": "settlement called off on {date}, but payments are processed up to and including "
    "{seen}: put the later statements in bank/ and build again first. Until then no next step: if {amount} more came "
    "in by that day, the settlement holds after all",
    "awaits_bank_settlement_replaced": "settlement called off on {date} and replaced by a new agreement, but payments "
    "are processed up to and including {seen}: put the later statements in bank/ and build again first. If {amount} "
    "more came in by that day, the settlement holds after all and the new agreement asks nothing more",
    "awaits_bank_installment": "instalment of {date} ({amount}), but payments are processed up to and including "
    "{seen}: put the later statements in bank/ and build again first",
    "awaits_bank_settlement": "settlement: {amount} to pay by {date}, but payments are processed up to and including "
    "{seen}: put the later statements in bank/ and build again first. Until then it cannot be seen whether the "
    "settlement was paid or lapsed",
    "awaits_bank_settlement_installment": "instalment of {date} ({amount}) of the settlement, but payments are "
    "processed up to and including {seen}: put the later statements in bank/ and build again first. Until then it "
    "cannot be seen whether it was paid",
    "awaits_bank_settlement_sum_grace": "agreed sum of {date} ({amount} open) of the settlement, taken back by the "
    "bank, to pay up to and including {since}, but payments are processed up to and including {seen}: put the later "
    "statements in bank/ and build again first. Until then the settlement does not lapse",
    "awaits_bank_settlement_grace": "missed instalment of {date} ({amount} open) of the settlement, to pay up to and "
    "including {since}, but payments are processed up to and including {seen}: put the later statements in bank/ and "
    "build again first. Until then the settlement does not lapse",
    "awaits_bank_notice": "the final notice's payment period ended on {date}, but payments are processed up to and "
    "including {seen}: put the later statements in bank/ and build again first. Until then no handover and no "
    "costs ({amount} announced): a payment within the period prevents them",
    "awaits_bank_notice_vat": "the final notice's payment period ended on {date}, but payments are processed up to "
    "and including {seen}: put the later statements in bank/ and build again first. Until then no handover and no "
    "costs ({amount} including VAT announced): a payment within the period prevents them",
    "awaits_bank_notice_page": "the final notice's payment period ended on {date}, but payments are processed up to "
    "and including {seen}: put the later statements in bank/ and build again first. Until then no handover. The page "
    "already asks the costs ({amount} announced): whoever pays now did not pay in time. A payment within the period "
    "prevents them.",
    "awaits_bank_notice_vat_page": "the final notice's payment period ended on {date}, but payments are processed up "
    "to and including {seen}: put the later statements in bank/ and build again first. Until then no handover. The "
    "page already asks the costs ({amount} including VAT announced): whoever pays now did not pay in time. A payment "
    "within the period prevents them.",
    "payment_returned": "{amount} of {date} was returned by the bank on {returned}{reason} and does not count: the "
    "debtor may think it is paid. Get in touch before the next letter",
    "passed_on_over": "passed_on after the handover of {date}: {amount} passed on, but {paid} came in "
    "(with bank_ref). If that is a typo, a next payment is not shown as one to pass on in today's work: correct "
    "the amount in the debtor's file",
    "refund_returned": "the refund of {amount} on {date} came back on {returned}{reason}: the debtor does not have "
    "the money. Ask for an account that works and refund again",
    "dispute_too_long": "dispute open since {date} ({days} days; at most {limit})",
    "disputed_invoices": "disputed since {date}: {invoices}. No other invoices are still open: the dossier waits "
    "for the answer (dispute_resolved)",
    "disputed_invoices_apart": "disputed since {date}: {invoices}. They are on hold and left out of the amount, "
    "the letters and the collection costs until the answer (dispute_resolved with invoices); the other invoices "
    "carry on",
    "disputed_invoices_credited": "disputed since {date}: {invoices}. Fully credited by credit notes: record "
    "the answer (dispute_resolved with invoices)",
    "disputed_invoices_credited_paid": "disputed since {date}: {invoices}. Fully credited by credit notes: record "
    "the answer (dispute_resolved with invoices). {paid} of payments naming them went to the other invoices instead",
    "no_contact": "last contact {date} ({days} days; at most {limit})",
    "no_contact_never": "never any contact, {days} days overdue (at most {limit})",
    "no_contact_since_pause": "last contact {date}; since a promise, plan or dispute stopped holding the steps back "
    "({since}): {days} days (at most {limit})",
    "no_contact_since_settlement": "last contact {date}; since a settlement stopped holding the steps back "
    "({since}): {days} days (at most {limit})",
    "no_contact_before_due": "no contact since the due date, {days} days overdue; last contact {date} "
    "(at most {limit})",
    "missing_email_phone": "no email address and no phone number",
    "missing_everything": "no address, email address or phone number: no letter can go out; put at least an "
    "address under contact: in the debtor's file",
    "missing_letters": "no address and no email address: no letter can go out; put an address or email address "
    "under contact: in the debtor's file",
    "missing_email": "no email address",
    "missing_phone": "no phone number",
    "credit": "{amount} overpaid: refund it or set it off",
    "credit_doubt": "{amount} overpaid? A payment in the debtor's file looks like a bank entry as well "
    "(Bank statements, To check): check first, and only then refund",
    # A rest below the chase minimum that nothing chases (overview.small_rest): staff decide, once.
    "small_rest": "{amount} still open, less than the minimum to chase ({minimum}, chase_minimum); the last payment "
    "came on {date}. No more reminders go out. Decide: leave it (the debtor may still pay; a postpone until a date "
    "quiets this signal until then) or write it off (written_off, to paste from the dossier page)",
    "small_rest_unpaid": "{amount} still open, less than the minimum to chase ({minimum}, chase_minimum). No "
    "reminders go out. Decide: leave it (the debtor may still pay; a postpone until a date quiets this signal until "
    "then) or write it off (written_off, to paste from the dossier page)",
    # A credit below overview.SMALL_CREDIT ({minimum}): no task, the debtor's money all the same.
    "small_credit": "{amount} overpaid, less than {minimum}: no task. It is the debtor's money (their page says it "
    "comes back): refund it without haste, or set it off against a new invoice",
    # {notes}: the notes' titles (NOTE_TITLE); {step}: the next step they are about (ACTION, in lower case).
    "note_before_step": "{notes}: read Points to note in the dossier first, before the next step ({step})",
    "dossier_note": "{notes}: see Points to note in the dossier",
    # A part payment since the last letter ({letter}, EVENT in lower case, of {since}) before the next, due
    # (overview.part_payment); {step}: that step (ACTION, in lower case). _more: {count} payments, {amount} in all.
    # _unwritten: no letter went yet.
    "part_payment": "{amount} paid on {date}, since the {letter} of {since}: call first, or send a friendly note? "
    "The next step's letter ({step}) is ready; you decide",
    "part_payment_more": "{count} payments, {amount} in all, the latest on {date}, since the {letter} of {since}: "
    "call first, or send a friendly note? The next step's letter ({step}) is ready; you decide",
    "part_payment_unwritten": "{amount} paid on {date}, before any letter: call first, or send a friendly note? "
    "The next step's letter ({step}) is ready; you decide",
    "part_payment_more_unwritten": "{count} payments, {amount} in all, the latest on {date}, before any letter: "
    "call first, or send a friendly note? The next step's letter ({step}) is ready; you decide",
    # _write: the debtor has no phone number, so no call is offered.
    "part_payment_write": "{amount} paid on {date}, since the {letter} of {since}: send a friendly note first? "
    "The next step's letter ({step}) is ready; you decide",
    "part_payment_more_write": "{count} payments, {amount} in all, the latest on {date}, since the {letter} of "
    "{since}: send a friendly note first? The next step's letter ({step}) is ready; you decide",
    "part_payment_unwritten_write": "{amount} paid on {date}, before any letter: send a friendly note first? "
    "The next step's letter ({step}) is ready; you decide",
    "part_payment_more_unwritten_write": "{count} payments, {amount} in all, the latest on {date}, before any "
    "letter: send a friendly note first? The next step's letter ({step}) is ready; you decide",
}
# A signal about the step of the day said on its row in today's work, in place of FLAG's name (by FLAG_DETAIL's
# key; {short}: the day, short). Only for the signals that have one: others show their name.
FLAG_BRIEF = {
    "part_payment": "Part payment of {amount} on {short} since the {letter}: call first?",
    "part_payment_more": "{count} part payments, {amount} in all, since the {letter}: call first?",
    "part_payment_unwritten": "Part payment of {amount} on {short}, before any letter: call first?",
    "part_payment_more_unwritten": "{count} part payments, {amount} in all, before any letter: call first?",
    "part_payment_write": "Part payment of {amount} on {short} since the {letter}: send a friendly note?",
    "part_payment_more_write": "{count} part payments, {amount} in all, since the {letter}: send a friendly note?",
    "part_payment_unwritten_write": "Part payment of {amount} on {short}, before any letter: send a friendly note?",
    "part_payment_more_unwritten_write": "{count} part payments, {amount} in all, before any letter: send a friendly "
    "note?",
}

# A dossier's notes (incasso.claims.dossier_notes): valid, but maybe not what was meant. The build's log says
# them in English; the dossier page lists them under Points to note (title, then what it means and what to do),
# and the overview flags the dossier. Dates and amounts come formatted, {type} is the event as the Log names it.
NOTE_TITLE = {
    "costs_unstated": "Final notice without costs after a paid claim",
    "costs_unknown": "Final notice without costs (costs:) to a consumer",
    "costs_above_staffel": "Costs in the final notice above the statutory scale",
    "costs_below_staffel": "Costs in the final notice below the statutory scale",
    "costs_with_vat": "Costs in the final notice with VAT",
    "notice_asked_paid": "Final notice asked for money already paid",
    "handover_without_notice": "Handed over without a final notice",
    "handover_unasked_invoice": "Invoice handed over without its own final notice",
    "disputed_credited": "Disputed invoice fully credited",
    "notice_by_email_only": "Final notice can only go by email",
    "notice_by_email_unagreed": "Final notice by email without consent",
    "notice_before_consent": "Final notice by email before the consent",
    "costs_over_interest": "Collection costs over interest only: consider waiving them",
    "notice_abroad": "Final notice by post abroad",
    "notice_abroad_email": "Final notice by email to a consumer abroad",
    "consumer_abroad": "Consumer abroad: collection costs",
    "promise_too_large": "Promise for more than the whole amount",
    "invoice_later": "Invoice dated after today",
    "payment_ahead": "Payment dated well after today",
    "credit_note_ahead": "Credit note dated well after today",
    "event_ahead": "Step dated well after today",
    "costs_from_due": "Costs in a business's final notice",
    "payment_before_invoice": "Payment from before the invoice",
    "payment_before_first_invoice": "Payment from well before the first invoice",
    "letter_before_first_invoice": "Step from before the first invoice",
    "letter_before_due": "Step from before the first due date",
    "written_long_before": "Final notice sent long after its letter date",
    "posted_on_day_off": "Final notice posted on a Sunday or public holiday",
    "after_write_off": "Step after the write-off",
    "second_dispute": "Second dispute while the first is open",
    "promise_in_dispute": "Promise to pay during an open dispute",
    "plan_in_dispute": "Payment plan during an open dispute",
    "harder_in_dispute": "More serious step during an open dispute",
    "same_day_notices": "Two final notices on one day",
    "one_line_address": "Address on one line",
    "one_line_address_unsplit": "Address on one line",
    "plan_out_of_order": "Instalments not in date order",
    "plan_too_large": "Plan asks far more than the invoices",
    "salutation_other_language": "Salutation in another language than the letters",
    "description_one_language": "Description in one language for an English reader",
    "return_address_left_out": "Return address does not fit above the address",
}
# A final notice posted abroad: its days said of every debtor (NOTE_BUSINESS), and to a consumer what the law
# of their own country may allow (_CONSUMER_ABROAD_COSTS), said also when their notice is not posted abroad.
_ABROAD_DAYS = (
    "The postal address is abroad: a final notice posted to it counts its payment period from receipt "
    "after {days} PostNL delivery days (delivery_days_abroad in the policy), later than within the Netherlands. A "
    "letter abroad can take longer still: the day it really arrived is best. Ask the debtor when the letter "
    "arrived and put that day as received: on the final notice in the debtor's file, or send the final notice by "
    "email if the debtor has agreed to that (final_notice_by: email)."
)
_CONSUMER_ABROAD_COSTS = (
    "The collection costs are those of the Dutch statutory scale. The law of a consumer's own "
    "country may allow less (Belgium, for one, caps them lower): check what it allows before a letter states "
    "them (the formal reminder already names the final notice's), and before the handover."
)

NOTE = {
    "costs_unstated": "The final notice of {date} follows a claim that has been paid in full, but it has no "
    "costs (costs:): it brings no collection costs of its own. If the letter did name costs, enter them as "
    "costs: on this final notice in the debtor's file.",
    "costs_unknown": "The final notice of {date} has no costs (costs:), but the page charges this consumer "
    "{costs} in collection costs (the statutory scale). They are only owed if the letter named this amount, with "
    "the 14-day period (art. 6:96(6) Dutch Civil Code). Look at the letter: if it named costs, enter them as "
    "costs: on this final notice in the debtor's file; if it named no costs, record the letter as a formal "
    "reminder (type: dunning).",
    "costs_above_staffel": "The final notice of {date} has {costs} in costs, more than the statutory scale gives "
    "on its invoices ({most} at most). A consumer owes collection costs only after a letter that states the amount "
    "the law allows (art. 6:96(6) Dutch Civil Code). So this final notice brings no collection costs: the page, the "
    "amounts and the handover do not name them. If the amount was copied wrongly, correct costs: on this final "
    "notice. Otherwise the steps send a new final notice after its term, which states the right amount and brings "
    "the costs after its own term.",
    "costs_with_vat": "The final notice of {date} has {costs} in costs: the statutory scale's {most} with 21% VAT. "
    "Only a creditor that cannot reclaim VAT may add it, and must say so. If that is you, set costs_vat: true in the "
    "policy in creditor.yaml; otherwise the letter asked more than the law allows. Until then, no more than {most} "
    "is charged.",
    "costs_below_staffel": "The final notice of {date} has {costs} in costs, less than the {staffel} the "
    "statutory scale gives: the collection costs are the amount in the letter. If it was copied wrongly, correct "
    "costs: on this final notice.",
    "notice_asked_paid": "The final notice of {date} has {costs} in costs, more than the statutory scale gives over "
    "what was open on its day ({open} of principal: {most}). A payment from before the final notice reached the "
    "file only later (a payment without its reference, or with a wrong one, say): so the letter asked for money "
    "already paid. Write to the debtor that the payment came in, "
    "and what is still open. No more than {most} in collection costs are charged; a consumer may contest even "
    "those, as the letter stated a wrong amount (mention it when handing over to the collection agency).",
    "handover_without_notice": "The handover of {date} does not follow a final notice: the steps send a final "
    "notice first (without one, a consumer owes no collection costs). If the handover was meant that way, nothing "
    "needs to be done.",
    "disputed_credited": "Invoice {invoice}, disputed since {date}, is fully credited by credit notes: record the "
    "answer (dispute_resolved with invoices: [{invoice}]). Once it is recorded, the page no longer says we are "
    "looking into it, and the dispute no longer counts as open too long.",
    "handover_unasked_invoice": "The handover of {date} includes invoice {invoice} (due on {due}), which no final "
    "notice asked for: the steps would first have sent it a reminder, formal reminder and final notice of its own "
    "(the collection agency's letter asks for it too). If that was meant, nothing needs to be done.",
    "notice_by_email_only": "This consumer has no postal address, only an email address: the final notice goes (or "
    "went) by email. As long as the debtor's file does not say the debtor agreed to letters by email, that email "
    "brings no collection costs and names none: it asks for the postal address. The page, the amounts and the "
    "handover leave them out too. Ask for the postal address and put it under contact: as address:, or ask whether "
    "the debtor agrees to letters by email and then put final_notice_by: email and email_agreed: (the day they "
    "agreed) under contact:. The next final notice (by post, or by email after the consent) names the costs and "
    "brings them after its own term.",
    "promise_too_large": "The promise to pay of {date} is for {amount}, more than the whole amount open that day "
    "({owed}). It counts as a promise of the whole amount; the page and the confirmation say so too. If an amount "
    "is wrong, correct it in the debtor's file.",
    "notice_by_email_unagreed": "The final notice of {date} is recorded as sent with channel: {channel}, but the "
    "debtor's file does not say this consumer agreed to email (final_notice_by: email). A consumer gets the final "
    "notice by post, unless they agreed to email. So we charge no collection costs: the page, the amounts and "
    "the handover leave them out. If the letter the build wrote that day went by post, put channel: letter on this "
    "final notice. If the debtor had agreed by that day, put final_notice_by: email under contact:, with "
    "email_agreed: (the day they agreed). Otherwise the steps send a final notice by post after this one's term; it "
    "brings the costs after its own term.",
    "notice_before_consent": "The final notice of {date} is recorded as sent with channel: {channel}, before {agreed}, "
    "the day the debtor agreed to email (email_agreed). So it brings no collection costs, not even now that they "
    "have agreed: the page, the amounts and the handover leave them out. After this final notice's term the steps "
    "send a new final notice by email; it names the costs and brings them after its own term.",
    "costs_over_interest": "The collection costs of {costs} are calculated over interest only: {interest}. Within the "
    "payment period of the final notice of {date} the debtor paid {paid}, all the principal the final notice asked, "
    "but not the interest with it. A payment goes to interest first (art. 6:44 BW), so {interest} stayed open, and the "
    "costs are over that. That is the law, but a court may find such costs unreasonable (art. 6:96 lid 5 BW). "
    "Consider waiving them. incasso cannot waive the costs alone: if you do, tell the debtor what is open without "
    "them, and once that is paid, put a step type: written_off (note: collection costs waived) in the debtor's file.",
    "notice_abroad": f"{_ABROAD_DAYS} {_CONSUMER_ABROAD_COSTS}",
    "notice_abroad_email": "This consumer's postal address is abroad; the final notice goes by email. "
    + _CONSUMER_ABROAD_COSTS,
    "consumer_abroad": "This consumer's own postal address is abroad (also when their letters go care of an "
    "administrator in the Netherlands). " + _CONSUMER_ABROAD_COSTS,
    "invoice_later": "Invoice {number} is dated {date}, after the day of this build ({as_of}), but already counts: "
    "the page shows it. Is the year right? If not, correct the date in the debtor's file.",
    "payment_ahead": "The payment of {date} is dated well after the day of this build ({as_of}): it only counts "
    "from that day, so the page and the letters still ask for that money. Is the year right? If not, correct the "
    "date in the debtor's file.",
    "credit_note_ahead": "Credit note {number} of {date} on invoice {invoice} is dated well after the day of this "
    "build ({as_of}): it only counts from that day, so the page and the letters still ask for what it credits. Is "
    "the year right? If not, correct the date in the debtor's file.",
    "event_ahead": "{type} on {date}, well after the day of this build ({as_of}): it only counts from that day (a "
    "dispute holds nothing back until then). Is the year right? If not, correct the date in the debtor's file.",
    "costs_from_due": "The final notice of {date} has {costs} in costs, but with business_costs_from_due a "
    "business's costs follow the invoices' due dates, not the letter: the page charges what those give, and that "
    "can be more than the letter named. Compare it with the letter before you hand over.",
    "payment_before_invoice": "The payment of {date} names invoice {invoice}, but that invoice is later "
    "({invoice_date}). Is the year right? If not, correct the date in the debtor's file.",
    "payment_before_first_invoice": "The payment of {date} is from well before the first invoice ({first}). Is "
    "the year right? If not, correct the date in the debtor's file.",
    "letter_before_first_invoice": "{type} on {date}, before the first invoice ({first}). Is the year right? If "
    "not, correct the date in the debtor's file.",
    "letter_before_due": "{type} on {date}, on or before the first due date ({first_due}): that step is about no "
    "overdue invoice and does not count (the steps start at the due date; a final notice then brings no collection "
    "costs). Is the date right? If not, correct it in the debtor's file.",
    "written_long_before": "The final notice of {date} is dated {written} (written:), more than a month before "
    "it was sent: what it asked, and its costs, count as on that day. Is that date right? If not, correct it in "
    "the debtor's file.",
    "posted_on_day_off": "The final notice of {date} was posted (channel: letter) on a Sunday or public holiday: no "
    "post is collected then, so its receipt and term count from the next day post is. Posted later still? Write "
    "that day as date: and {date} as written:. Otherwise, correct the date in the debtor's file.",
    "after_write_off": "{type} on {date}, after the write-off on {written_off}: the claim stays written off "
    "(no page, no letters). If it is being chased again after all, take the written_off out of the debtor's file.",
    "second_dispute": "A dispute on {date} while the one of {disputed} is still open (no dispute_resolved in "
    "between): the time for the answer now counts from the latest. If the first was answered already, put a "
    "dispute_resolved in between.",
    "promise_in_dispute": "A promise to pay of {date} while the dispute of {disputed} is open (no "
    "dispute_resolved in between): the page shows the dispute, and the promise is left off it and not confirmed "
    "in writing until the dispute is answered; a date that passes in the meantime then counts as missed "
    "(agree new dates). If the promise settles the dispute, put a dispute_resolved before it.",
    "plan_in_dispute": "A payment plan of {date} while the dispute of {disputed} is open (no dispute_resolved in "
    "between): the page shows the dispute, and the plan is left off it and not confirmed in writing until the "
    "dispute is answered; an instalment that falls due in the meantime then counts as missed (agree new dates). "
    "If the plan settles the dispute, put a dispute_resolved before it.",
    "harder_in_dispute": "{type} on {date} while the dispute of {disputed} is open (no dispute_resolved in "
    "between): a dispute gets an answer first, before a more serious step. The page shows the dispute, and no letter "
    "goes out (not even the handover notice) while it is open. If it has been answered, put a dispute_resolved "
    "before this step in the debtor's file.",
    "same_day_notices": "A second final notice on {date} (the first is on line {first_line}): the payment period "
    "and costs count from the letter whose period ends last. Send a final notice one way only, and take the other "
    "out of the debtor's file if it was not sent.",
    "one_line_address": "The address is on one line ({address}), so the envelope window shows it on one line. "
    "Write it as a list, one part per line: [{lines}].",
    "one_line_address_unsplit": "The address is on one line ({address}), so the envelope window shows it on one "
    "line. Write it as a list, one part per line: [street and house number, postcode and town].",
    "plan_out_of_order": "The instalments of the payment plan of {date} are not in date order, or two fall on one "
    "day ({days}); the page and the confirmation list them as they are written. If a date is wrong, correct it in "
    "the debtor's file.",
    "plan_too_large": "The instalments of the payment plan of {date} add up to {total}, more than {times} times the "
    "invoices with their costs ({owed}); the page and the confirmation list them as they are written. If an "
    "amount is wrong, correct it in the debtor's file.",
    "salutation_other_language": "The salutation (contact.salutation) is ‘{salutation}’, with a title in another "
    "language than the debtor reads (language: {language}): the letters begin with ‘{greeting} {salutation}’. "
    "Write it as it reads in that language, for example ‘{suggestion}’.",
    "description_one_language": "This debtor reads English, but the description (description:) of {numbers} is "
    "written in one language: their English page and letters show it as written. Write it per language, "
    "under description: as nl: and en:, unless it reads the same in English.",
    "return_address_left_out": "The name and postal address ({lines} lines) leave no room "
    "for the return address above them in the envelope window, in 8.5 pt type or larger: the posted letters go "
    "without a return address. Without it, the post cannot return a letter it cannot deliver, and a final notice "
    "that never arrived stays unknown. Below the return address the window holds {most} lines, each at most {width} mm "
    "wide. Shorten {field} in the debtor's file, in fewer or shorter lines: ‘Nederland’ under a Dutch postcode "
    "and town, a department or ‘t.a.v.’ line, the street beside a PO box, or a c/o line can go.",
}

# A note's text once the dossier was handed over after the final notice it is about (words.NOTE_HANDED_OVER).
_NO_NOTICE_AFTER_HANDOVER = (
    "The file was handed over on {handed_over}, and after a handover the steps send no final notice: only the "
    "collection agency's own final notice can still bring the costs. Let the agency know."
)
NOTE_HANDED_OVER = {
    "costs_above_staffel": "The final notice of {date} has {costs} in costs, more than the statutory scale gives "
    "on its invoices ({most} at most). A consumer owes collection costs only after a letter that states the amount "
    "the law allows (art. 6:96(6) Dutch Civil Code). So this final notice brings no collection costs: the page, the "
    "amounts and the handover do not name them. If the amount was copied wrongly, correct costs: on this final "
    "notice. " + _NO_NOTICE_AFTER_HANDOVER,
    "notice_by_email_unagreed": "The final notice of {date} is recorded as sent with channel: {channel}, but the "
    "debtor's file does not say this consumer agreed to email (final_notice_by: email). A consumer gets the final "
    "notice by post, unless they agreed to email. So we charge no collection costs: the page, the amounts and "
    "the handover leave them out. If the letter the build wrote that day went by post, put channel: letter on this "
    "final notice. If the debtor had agreed by that day, put final_notice_by: email under contact:, with "
    "email_agreed: (the day they agreed). " + _NO_NOTICE_AFTER_HANDOVER,
    "notice_before_consent": "The final notice of {date} is recorded as sent with channel: {channel}, before {agreed}, "
    "the day the debtor agreed to email (email_agreed). So it brings no collection costs, not even now that they "
    "have agreed: the page, the amounts and the handover leave them out. " + _NO_NOTICE_AFTER_HANDOVER,
}

# A note's text for a business debtor where it differs from NOTE's (the note's fact debtor_type): a rule of
# the law that protects only a consumer.
NOTE_BUSINESS = {
    "notice_abroad": _ABROAD_DAYS,
    "costs_above_staffel": "The final notice of {date} has {costs} in costs, more than the statutory scale gives "
    "on its invoices ({most} at most). Never more than that is charged. Look at the letter: if this amount was "
    "in it, it asked more than we charge. A business owes reasonable collection costs (art. 6:96 Dutch Civil Code, "
    "with the statutory scale as the measure); the scale's protection (art. 6:96(6) Dutch Civil Code) is for "
    "consumers only. If the amount was copied wrongly, correct costs: on this final notice.",
    "notice_asked_paid": "The final notice of {date} has {costs} in costs, more than the statutory scale gives "
    "over what was open on its day ({open} of principal: {most}). A payment from before the final notice reached "
    "the file only later (a payment without its reference, or with a wrong one, say): so the letter asked for "
    "money already paid. Write to the debtor that the payment came in, and what is still open. No more than {most} "
    "in collection costs are charged. A business owes them even though the letter stated a wrong amount: the rule "
    "that the letter must state the right amount (art. 6:96(6) Dutch Civil Code) protects consumers only. A "
    "business owes reasonable collection costs (art. 6:96 Dutch Civil Code, with the statutory scale as the "
    "measure); the policy charges them after the final notice's term (business_costs_from_due is off).",
}

# The notes whose amounts hold the VAT on the costs (the note's fact vat: policy.costs_vat), where NOTE (or
# NOTE_BUSINESS) names the scale alone: its phrase for that, and the phrase said with the VAT instead.
NOTE_VAT = {
    "costs_unknown": ("(the statutory scale)", "(the statutory scale plus {vat} VAT)"),
    "costs_above_staffel": (
        "more than the statutory scale gives on its invoices ({most} at most).",
        "more than the statutory scale with its VAT gives on its invoices ({most} at most, {vat} of it VAT).",
    ),
    "costs_below_staffel": ("the statutory scale gives", "the statutory scale with its VAT gives"),
    "notice_asked_paid": (
        "more than the statutory scale gives over what was open on its day ({open} of principal: {most})",
        "more than the statutory scale with its VAT gives over what was open on its day ({open} of principal: "
        "{most}, {vat} of it VAT)",
    ),
    "plan_too_large": (
        "invoices with their costs ({owed})",
        "invoices with their collection costs, VAT included ({owed})",
    ),
}

# What an agreement does to the escalation (after its fact in WHY); an open dispute pauses it whatever
# the agreement does (claims.assess: the dispute's status comes first).
ESCALATION_UNDER = {
    "promise_pending": "The escalation waits until then.",
    "promise_broken": "Chasing has resumed.",
    "plan_on_schedule": "The escalation is on hold as long as the instalments come in.",
    "plan_on_schedule_single": "The escalation is on hold as long as that instalment comes in on time.",
    "plan_in_arrears": "Chasing has resumed.",
    "plan_in_arrears_reminded_first": "Chasing resumes after a reminder for the missed instalment.",
    "plan_asked_later": "The escalation is on hold until then.",
    "plan_asked_later_more": "The escalation is on hold until then.",
    "kept_part": "What is open goes on from the stage reached, not again from a reminder.",
    "kept_part_letter": "What is open is first asked by one letter (a reminder with its own term); if that stays "
    "unpaid, it goes on from the stage reached, not again from a reminder.",
    "kept_part_handover": "What is open is asked by the collection agency, which has the file; we send no letter "
    "for it.",
    "kept_part_legal": "What is open goes through the bailiff or the court, who have the file; we send no letter for "
    "it.",
    "dispute": "The dispute comes first: while it is open, no step follows from this.",
}

# Why a claim is at its stage (one sentence per fact).
WHY = {
    "open": "Not yet due: the first invoice falls due on {date}.",
    # "about this": letters about an earlier claim, paid since, may have been sent (claims.assess.stage_of).
    "overdue": "The payment term ended on {date} ({days} days ago); nothing has been sent about this yet.",
    "overdue_one": "The payment term ended on {date} (yesterday); nothing has been sent about this yet.",
    "sent": "{step} sent on {date}{by}: the most serious step so far.",
    "sent_closed": "{step} sent on {date}{by}: the most serious step before the file was closed.",
    "handover": "Handed over to {agency} on {date}{by}.",
    "legal": "Legal action started on {date}{by}.",
    "by": " by {name}",
    "asked": "; asked for by {asker}",
    "agency_unknown": "the collection agency",
    "dispute": "Dispute raised on {date}: {reason} The escalation is on hold until the dispute is answered.",
    "dispute_no_reason": "Dispute raised on {date}. The escalation is on hold until the dispute is answered.",
    "promise_pending": "Promise to pay of {made}: {amount} by {date} at the latest.",
    "settlement": "Settlement of {made}{asked}: {amount} of {owed} as full and final, to pay {terms}; {paid} paid "
    "since, {left} left. Interest and costs stand still since {made}; no next step while it runs.",
    "settlement_asked": " (asked for by {asker})",
    "settlement_by": "by {date}",
    "settlement_instalments": "in {count} instalments, the last on {date}",
    "settled": "Settled on {date}: the agreed {amount} (settlement of {made}) is paid. {remitted} is remitted, not "
    "paid.",
    "settlement_lapsed": "Settlement of {made} ({amount}) lapsed on {date}: not paid in time. The whole claim "
    "counts again, with interest and costs as if never agreed.",
    "settlement_ended": "Settlement of {made} ({amount}) ended by agreement on {date}. The whole claim counts again, "
    "with interest and costs as if never agreed.",
    "settlement_ended_unseen": "Bank statements read up to and including {seen}: if {left} more came in by {date}, "
    "the settlement was paid after all and the next build refuses the settlement_ended (take it out then).",
    "settlement_ended_unseen_replaced": "Bank statements read up to and including {seen}: if {left} more came in by "
    "{date}, the settlement was paid after all and the next build refuses the settlement_ended (take it out then). "
    "The {agreement} agreed since then asks nothing more; the page and the confirmation tell the debtor so already.",
    "promise_broken": "Promise of {made} not kept: {amount} promised by {date}, {paid} received.",
    "plan_on_schedule": "Payment plan of {made}: {paid} of {count} instalments paid.",
    "plan_on_schedule_single": "Payment plan of {made}: its one instalment not paid yet.",
    "plan_in_arrears": "Payment plan of {made} in arrears: {amount} overdue.",
    "plan_asked_later": "Payment plan of {made}: its confirmation reaches the debtor too late for the instalment of "
    "{date} ({amount}), and asks for it by {asked}. Until then the plan is not in arrears.",
    "plan_asked_later_more": "Payment plan of {made}: its confirmation reaches the debtor too late for {count} "
    "instalments ({amount} together, the first of {date}), and asks for them by {asked}. Until then the plan is not "
    "in arrears.",
    "promise_kept_part": "Promise of {made} kept: {amount} paid by {date}, part of the amount.",
    "plan_completed_part": "Payment plan of {made} kept: all {count} instalments paid, {total} together, part "
    "of the amount.",
    "plan_completed_part_single": "Payment plan of {made} kept: its one instalment paid, {total}, part of the amount.",
    "paid": "Paid in full on {date}.",
    "paid_unknown": "Paid in full.",
    "credited": "Nothing open any more: the credit notes cancel the invoices, nothing has been paid.",
    "credit": "{amount} has been overpaid: refund it or set it off.",
    "refunded": "Credit refunded: {amount}, last on {date}.",
    "refund_returned": "The refund of {amount} on {date} came back from the bank on {returned}{reason}: "
    "the debtor does not have that money.",
    "written_off": "Written off on {date}.",
}

# What comes next, and why then. {when} is WHEN_DUE, WHEN_LATER, WHEN_LATER_UNPAID or WHEN_ON ("due since 3 May",
# "from 3 May", "on 3 May, if not paid (in full) by then").
NEXT = {
    "reminder": "{action}, {when}: the payment term of the oldest open invoice {term} on {date}.",
    "reminder_newer": "{action}, {when}: the payment term of the newer invoice {term} on {date}.",
    "newer": "Invoice {number} was not in the final notice of {date}: after that notice's period ends it first "
    "gets a reminder, formal reminder and final notice of its own. Hand over only once the period of a final "
    "notice that includes it has ended.",
    "dunning": "{action}, {when}: the reminder went out on {date}; the policy is a formal reminder {days} days later.",
    "call": "{action}, {when}: the formal reminder went out on {date}; the policy is to call {days} days later, "
    "before the final notice.",
    "final_notice": "{action}, {when}: the formal reminder went out on {date}; the policy is a final notice {days} "
    "days later.",
    # ... after a wait that held the call back, nobody called since (claims.escalation.uncalled_final_notice).
    "final_notice_after_held_call": "{action}, {when}: the formal reminder went out on {date}, and the wait until "
    "{until} held the call back. Nobody called after the wait: the policy is then a final notice {days} days later.",
    "handover": "{action}, {when}: the payment period of the final notice of {date} {term} on {end}.",
    "reminder_rest_of_promise": "{action}, {when}: the letter for what the kept promise of part left ({amount}). "
    "If it stays unpaid for {days} days, it goes on after the stage reached ({stage}).",
    "reminder_rest_of_plan": "{action}, {when}: the letter for what the completed payment plan of part left "
    "({amount}). If it stays unpaid for {days} days, it goes on after the stage reached ({stage}).",
    "remind_installment": "{action}, {when}: the instalment of {date} ({amount}) has not been paid (in full). "
    "First a friendly reminder for that instalment; the usual steps only follow after it.",
    # ... after one staff recorded on the day the bank took back the instalment's payment (explain._crossed).
    "remind_installment_crossed": "The reminder of {date} crossed that instalment's payment, which the bank returned "
    "that same day. This reminder says the payment was returned, so it goes separately, from the day after.",
    # ... the same, recorded on a day before the return's (the payment booked two or more days late).
    "remind_installment_crossed_later": "The reminder of {date} crossed that instalment's payment, which the bank "
    "returned on {returned}. This reminder says the payment was returned, so it goes separately, from the day after "
    "that return.",
    "remind_installment_several": "{action}, {when}: {count} instalments have not been paid (in full), the first of "
    "{date}, {amount} together. First a friendly reminder for those instalments; the usual steps only follow after it.",
    # ... on a day still to come ({when}: WHEN_ON): the debtor may yet pay before it, so said as a condition.
    "remind_installment_later": "{action} {when} if the instalment of {date} ({amount}) is still not paid (in full) "
    "by then: first a friendly reminder for that instalment; the usual steps only follow after it.",
    "remind_installment_several_later": "{action} {when} if the {count} instalments from {date} ({amount} together) "
    "are still not paid (in full) by then: first a friendly reminder for those instalments; the usual steps only "
    "follow after it.",
    # A check is named as the task list names it (ACTION: "Check: instalment paid?"), then from when, capitalised
    # after the question (explain._policy_step), and what it checks: one wording in both places.
    "check_promise": "{action} {when}: the payment was promised for {date} at the latest.",
    "check_installment": "{action} {when}: the instalment of {amount} is due on {date}.",
    # A running settlement (minnelijk akkoord): its pay_by, its next instalment, or a missed one in its grace.
    "check_settlement": "{action} {when}: the agreed sum of {amount} (settlement) was to be paid by {date}. Not paid "
    "(in full): the settlement lapses once the statements show that day, the whole claim comes back with interest "
    "and costs and the steps go on.",
    "check_settlement_installment": "{action} {when}: the settlement's instalment of {amount} is due on {date}. Not "
    "paid: a reminder for that instalment follows, and {grace} days after that day the settlement lapses.",
    "check_settlement_missed": "{action} {when}: the settlement's missed instalment of {date} ({amount} open); {last} "
    "is the last day that keeps the settlement.{reminder} Not paid: the settlement lapses, the whole claim comes back "
    "with interest and costs and the steps go on.",
    "check_settlement_missed_reminder": " The reminder for that instalment is the letter dated {date}.",
    "check_settlement_sum": "{action} {when}: the agreed sum of {amount} (settlement) was to be paid by {date}, and "
    "the bank took the payment back after it; {last} is the last day that keeps the settlement.{reminder} Not paid: "
    "the settlement lapses, the whole claim comes back with interest and costs and the steps go on.",
    "check_settlement_sum_reminder": " The reminder for that sum is the letter dated {date}.",
    # The same checks while the bank statements read end before their day (staff.overview.check_unseen): {when}
    # names that day, said once, not again after it.
    "check_promise_unseen": "{action} {when}: the payment was promised for that day at the latest.",
    "check_installment_unseen": "{action} {when}: the instalment of {amount} was due that day.",
    "check_settlement_unseen": "{action} {when}: the agreed sum of {amount} (settlement) was to be paid by that day. "
    "Not paid (in full): the settlement lapses, the whole claim comes back with interest and costs and the steps go "
    "on.",
    "check_settlement_installment_unseen": "{action} {when}: the settlement's instalment of {amount} was due that "
    "day. Not paid: a reminder for that instalment follows, and {grace} days after its due date the settlement "
    "lapses.",
    "check_settlement_sum_unseen": "{action} {when}: that is the last day that keeps the settlement, for its agreed "
    "sum of {amount} of {date}, whose payment the bank took back.{reminder} Not paid: the settlement lapses, the whole "
    "claim comes back with interest and costs and the steps go on.",
    "check_settlement_missed_unseen": "{action} {when}: that is the last day that keeps the settlement, for its "
    "missed instalment of {date} ({amount} open).{reminder} Not paid: the settlement lapses, the whole claim comes "
    "back with interest and costs and the steps go on.",
    # Named as the task is everywhere (ACTION["review_dispute"]), not in other words.
    "review_dispute": "{action}, {when}: a dispute may not stay open longer than {days} days.",
    # A dispute of some invoices (the rest is chased meanwhile), open longer than dispute_max_days.
    "review_invoice_dispute": "{action}, {when}: invoice {invoices}, disputed since {date}. A dispute may not stay "
    "open longer than {days} days. The rest of the dossier is chased meanwhile.",
    "review_invoice_dispute_many": "{action}, {when}: invoices {invoices}, disputed since {date}. A dispute may not "
    "stay open longer than {days} days. The rest of the dossier is chased meanwhile.",
    "handover_none": "The collection agency has the next step; follow their reports.",
    "pass_on": "{action} to {agency}, {when}: {amount} reached us after the handover of {handed} ({payments}). "
    "Pass it on to {agency}{contact}{reference}, as the handover letter promises the debtor: otherwise the agency "
    "still asks for that money.",
    "pass_on_earlier": "{action} to {agency}, {when}: {amount} reached us while {agency} had the file (handover "
    "of {handed}; {payments}), and is not recorded as passed on. The file is now with {now} (handover of {taken}), "
    "but this money belongs with {agency}: pass it on still{contact}{reference}, or agree with them how it is "
    "settled. Without handover: {handed_iso} a passed_on counts for {now}: so "
    "record it with that line.",
    "legal_none": "The bailiff or the court has the next step; follow the proceedings.",
    "refund_credit": "{action}, {when}: {amount} has been overpaid. That is the debtor's money: refund it, "
    "or set it off against a new invoice.",
    # A refund that bounced still counts as refunded until staff take it out of the file (ledger-format.md,
    # "Refunding a credit"): then the credit is open again, and refunding it is the usual work.
    "refund_returned": "{action}, {when}: the refund of {amount} on {date} came back from the bank on "
    "{returned}{reason}, so the debtor does not have the money. Ask the debtor for an account that works (their "
    "page asks for one too) and pay the amount to it.",
    "refund_returned_open": "{action}, {when}: the refund of {amount} on {date} came back from the bank on "
    "{returned}{reason}, so the debtor does not have the money. An invoice is still open: set the amount off "
    "against it (take the refund out, and it counts as a payment), or ask for an account that works and pay it "
    "there.",
    "paid_none": "Nothing more to do.",
    "written_off_none": "Nothing more to do: the claim is written off.",
    "other_none": "No step planned.",
    # A credit below overview.SMALL_CREDIT: no task (the overview's signal Small credit says it too).
    "small_credit": "No task: {amount} was overpaid, less than {minimum}. It is the debtor's money: refund it "
    "without haste (record it as a refund), or set it off against a new invoice.",
    "small_rest": "No step planned: {amount} is still open, less than the minimum to chase ({minimum}, "
    "chase_minimum). The debtor gets no reminder for it. Leave it, or write it off with a written_off in the "
    "dossier.",
    "after_payment": "Later than the usual schedule: a payment came in on {date}, and the reminder for what is "
    "still open goes out from the day after.",
    "awaits_call_off": "Waiting for the bank statements: the settlement was called off on {date}, but the bank "
    "statements of that day are not in bank/ yet. Add them and build again: until then no letter goes out.",
    "awaits_statements": "Waiting for the bank statements: the final notice's payment period ended on {date}, but "
    "the bank statements of those days are not in bank/ yet. Add them and build again: only then can you see "
    "whether payment came within the period.",
    # An instalment due no later than the day the plan's confirmation is assumed to arrive, asked by a day of its own
    # from then (claims.demand.late_instalment_day): a confirmation that comes late does not make the debtor late.
    "plan_letter": "Later than the usual schedule: the plan's confirmation is assumed to arrive on {arrives}, not "
    "before the instalment's day. So it asks for the instalment by {date}, {days} days after that day (as a reminder "
    "does: dunning_after_days). The reminder goes out only after that: a confirmation that comes late does not make "
    "the debtor late.",
    # ... by the next instalment's day, when that comes sooner: both by that day.
    "plan_letter_next": "Later than the usual schedule: the plan's confirmation is assumed to arrive on {arrives}, "
    "not before the instalment's day. So it asks for the instalment by {date}, together with the next instalment due "
    "that day. The reminder goes out only after that: a confirmation that comes late does not make the debtor late.",
    # An instalment the plan's confirmation, arriving on or after its day, asks by a final notice's last day
    # (claims.demand.instalment_day_read).
    "plan_letter_term": "Later than the usual schedule: the plan's confirmation is assumed to arrive on {arrives}, "
    "not before the instalment's day. So it asks for the instalment by {date}, the day before the announced "
    "collection costs are owed. The reminder goes out only after that.",
    "final_notice_again": "{action}, {when}: the final notice of {date} went by email without the debtor's consent "
    "to email, so it brings no collection costs; its term ended on {end}. This final notice does bring them, after "
    "its own term.",
    "final_notice_restated": "{action}, {when}: the final notice of {date} stated more collection costs than the "
    "statutory scale allows, so it brings none; its term ended on {end}. This final notice states the right amount "
    "and does bring them, after its own term.",
    # ... while the policy's call would come no earlier than the final notice (explain._no_call_step).
    "no_call_step": "No call step: the policy calls {call} days after the formal reminder, not before the final "
    "notice ({final} days after it); to call first, see the note on call_after_days in the build's log.",
    "posted_abroad": "Posted abroad: the letter of {date} is assumed to arrive on {received}, {days} days later than "
    "within the Netherlands. The next step waits as many days longer, so the debtor has as long to pay after "
    "receiving it as at home.",
    # A missed instalment's reminder held back by a dispute's answer (explain._answer_holds, escalation.answer_resumes).
    "reminder_after_answer": "Later than the usual schedule: the dispute was answered on {answered}. From that day the "
    "debtor has {days} days to pay (resume_after_dispute_days), up to and including {end}; the reminder goes only "
    "after that, as any step after an answer.",
    "resumed": "Later than the usual schedule: a promise, plan, dispute or instalment reminder held chasing back "
    "until {date}.",
    "resumed_settlement": "Later than the usual schedule: a settlement (minnelijk akkoord) held chasing back until "
    "{date}.",
    "postponed": "Postponed until {date} (recorded on {made}{by}{asked}): {reason}",
    "postponed_over_check_promise": "Postponed until {date} (recorded on {made}{by}{asked}): {reason} It does not "
    "move this check: only the step after a missed promise waits until {date}.",
    "postponed_over_check_installment": "Postponed until {date} (recorded on {made}{by}{asked}): {reason} It does not "
    "move this check or the instalments: only the reminder after a missed instalment waits until {date}.",
    "postponed_over_check_promise_beyond": "Postponed until {date} (recorded on {made}{by}{asked}): {reason} It does "
    "not move this check: only the step after a missed promise, or the letter for what is still open after it, waits "
    "until {date}.",
    "postponed_over_check_installment_beyond": "Postponed until {date} (recorded on {made}{by}{asked}): {reason} It "
    "does not move this check or the instalments: only the reminder after a missed instalment, or for what is still "
    "open after the last one, waits until {date}.",
}
WHEN_DUE = "due since {date}"  # the step was due on that day and has not been taken
WHEN_LATER = "from {date}"  # the step may be taken from that day
# A letter, call or handover on a day still to come (explain._UNLESS_PAID): it is taken only if the debtor has not
# paid by then, so said as a condition, not as a step already certain; set off by commas, as NEXT puts {when} after
# the step's name ("Call, on 3 May, if not paid (in full) by then: ...").
WHEN_LATER_UNPAID = "on {date}, if not paid (in full) by then"
WHEN_ON = "on {date}"  # the day of a step whose text says its condition itself (remind_installment_later)
# A handover waiting for the bank statements of its final notice's term (claims.claim.Action.awaits_statements).
WHEN_AWAITS = "due since {date}, if the statements show no payment in the period"
WHEN_AWAITS_CALL_OFF = "due since {date}, if the statements show the settlement was not paid after all"
# A check on a day the bank statements read do not reach (staff.overview.check_unseen): not late.
WHEN_CHECK_UNSEEN = "once the statements up to and including {date} are read in"
# The verb of "the payment term ... {term} on {date}" and "the term of the final notice ... {term} on {end}".
TERM_PASSED = {"reminder": "ended", "handover": "ended"}
TERM_PASSES = {"reminder": "ends", "handover": "ends"}

LINK = {
    "none_paid": "No personal page any more: the paid claim was closed more than {days} days ago.",
    "none_written_off": "No personal page: written-off claims are not shown.",
    "relative": "Relative path: put the address of the public site in front of it (the build had no public address: "
    "--public-url or INCASSO_PUBLIC_URL).",
}

# changes.md: what changed since the previous build.
CHANGES = {
    "title": "Changes since the previous build",
    "first": "First build: there is no previous claims.json to compare with.",
    "unreadable": "The previous claims.json cannot be read ({reason}); nothing was compared.",
    "format": "other format or version",
    "dates": "Previous build: as of {previous}. This build: as of {current}.",
    "none": "No changes.",
    "none_else": "No other changes in the dossiers.",
    "links_renewed": "**All personal links have been renewed** (a new secret): the old links no longer work. "
    "Send every debtor with an open claim the new link (links.csv).",
    # A second build on one day: the first one's list (since the day before) stays below the new one.
    "earlier": "Earlier today",
    # Each of the day's earlier lists under the time of the build that made it: which rebuild listed what.
    "earlier_build": "Build at {time}",
    "clock": "{hour}:{minute:02d}",  # the time of day a build was made
    "earlier_build_unknown": "An earlier build (time not recorded)",
    # A debtor's id edited in its file: the personal link follows the id, so the letters sent carry a dead one.
    "ids_changed": "Id changed: the personal link is new; the old link in letters already sent no longer works: "
    "send the new one (links.csv)",
    "ids_changed_line": "{who}: id changed, {old} → {new}",
    "renamed": "Name changed: a different person? Give them an id of their own, because the personal link belongs "
    "to the id",
    "due": "Newly due since the previous build",
    # Credits in the bank statements no dossier was matched to, new since the previous build: until staff
    # assign one, the debtor who paid is chased.
    "bank_credits": "New bank payments to assign",
    # The day in bold: changes.html links a line's first word when it is a dossier's id ("12" may be one).
    "bank_credits_line": "**{date}**: {amount}{payer} (bank entry {ref}){answered}",
    "credit_payer": " from {payer}",
    "credit_rest": "{rest} (rest of {amount})",  # what is left of a credit booked in part
    # The rest of a credit booked in part, more than the previous build had to assign (a part booked taken out).
    "credit_rest_was": "{rest} (rest of {amount}; was {was})",
    # Bank money staff set aside as no debtor's (creditor.yaml's bank_set_aside) since the previous build.
    "bank_set_aside": "Bank money that is no debtor's",
    "bank_set_aside_line": "**{date}**: {amount}{payer} (bank entry {ref}): {reason}",
    "set_aside_part": "{part} (of {amount})",
    "returns_answered": "Returns answered in creditor.yaml",
    "returns_answered_line": "**{date}**: return {ref} of {amount}{charges}: {took}{was}. So written in "
    "creditor.yaml under {place}: {reason}",
    "answered_took": "took back payment {credit}{whose}",
    "answered_took_none": "took back no payment (none in the statements read, none in a debtor's file)",
    "answered_whose": " ({ids})",
    "answered_was": "; tied before to payment {credit}{whose}",
    "answered_was_none": "; tied before to no payment",
    "answered_was_same": "; tied so before",
    "answered_taken": " (so written in creditor.yaml under {place})",
    # After a payment (a dossier's, or a bank credit to assign) its return took back at the previous build and no
    # longer does: why ({why}: one of again_*).
    "counts_again": "; counts again: {why}",
    "again_answered": "return {ref} did not take it back (creditor.yaml, {place})",
    "again_tied": "return {ref} is now tied to payment {credit}",
    "again_none": "return {ref} takes back no payment now",
    "again_gone": "return {ref} is no longer in the statements read",
    # After a stage or status line a return moved: the payment it took back, or the one counting again, and why.
    "status_why": "; {why}",
    "status_taken": "payment {payment} returned by the bank{answered}",
    "status_again": "payment {payment} counts again: {why}",
    "status_written": "payment {payment} returned by the bank (as written in the dossier file)",
    "payment_dated": "of {amount} on {date}",
    "returned_written": " (as written in the dossier file)",
    # New credits of invoices outside the ledger (creditor.yaml's invoice_numbers): one line, no work.
    "outside_one": "1 new payment of an invoice outside incasso ({amount}): counted for no dossier. Look over its "
    "payer and number in the overview: a debtor too may name a wrong number.",
    "outside_many": "{count} new payments of invoices outside incasso ({amount} in all): counted for no dossier. "
    "Look over their payers and numbers in the overview: a debtor too may name a wrong number.",
    "bank_until": "Bank statements now up to and including {current}.",
    "bank_until_was": "Bank statements now up to and including {current} (was {previous}).",
    "stage": "Stage changed",
    # A handover new since the previous build: the file went to an agency, or on to another.
    "handovers": "Handed over to a collection agency",
    # Edits in a debtor file that change what is owed: a typo must show the next morning, before the next letter.
    "invoices_changed": "Invoices changed (amount or due date): a typo? A letter already sent names the old amount",
    "invoices_new": "Invoices added to an existing dossier",
    "invoices_gone": "Invoices no longer in the dossier (removed, or their number changed)",
    "status": "Status changed",
    "payments": "Payments received",
    "payments_returned": "Payments returned by the bank",
    "payments_gone": "Payments no longer in the dossier (removed or changed)",
    "credit_notes": "Credit notes entered",
    "credit_notes_gone": "Credit notes no longer in the dossier (removed or changed)",
    "refunds": "Credit refunded",
    "kept": "Promises kept",
    # A promise not kept at the previous build that is kept now: a payment on or before its day was booked since
    # (a bank statement read late). Staff may have acted on the broken promise; its signal is gone.
    "kept_late": "Promises kept after all",
    "broken": "Promises not kept",
    # A plan on schedule at the previous build that is behind now; one already behind that missed another
    # instalment is listed apart (the overview's alert "Plan behind" has been on it since).
    "behind": "Plans now in arrears",
    "behind_more": "Another instalment unpaid (plan was already in arrears)",
    "caught_up": "Plans back on schedule (arrears paid)",
    # A plan agreed and paid off between two builds: neither build had it running, so nothing else shows it.
    "plan_between": "Payment plan agreed and paid off",
    # A dispute that names invoices pauses only those (claims.disputes): staff see it start and end.
    # A settlement (minnelijk akkoord): recorded, paid in time (the rest remitted), or missed (the whole claim back).
    "settlement_started": "Settlement agreed (minnelijk akkoord)",
    "settlement_settled": "Settlement paid: the rest remitted",
    "settlement_lapsed": "Settlement lapsed: the whole claim open again",
    "settlement_ended": "Settlement ended by agreement: the whole claim open again",
    "disputed": "Invoice disputed",
    "dispute_answered": "Dispute of an invoice answered",
    # A dispute raised and answered between two builds: the status and the disputed invoices are the same at both.
    "dispute_between": "Dispute raised and answered",
    # Collection costs that moved: a final notice and a plan's confirmation named the announced amount as the most
    # it would be; costs charged (the day after the term) or no longer charged (a payment in the term booked since).
    "costs_announced": "Announced collection costs changed: a letter already sent names the old amount",
    "costs_charged": "Collection costs charged",
    "costs_uncharged": "Collection costs no longer charged",
    "new": "New dossiers",
    "gone": "No longer in the ledger",
    "renamed_line": "{who}: formerly {old}",
    "due_line": "{who}: {what}",
    "due_step": "{action}, from {date} ({amount} open)",
    "due_held_look": "check first (Possible payment in the bank): the letter is not in the print file",
    "due_held_contact": "contact the debtor first (Payment returned by the bank): the letter is not in the print file",
    "due_credit": "Refund credit: {amount} overpaid",
    "due_refund_returned": "Refund again: the refund of {amount} on {date} came back on {returned}{reason}",
    # Today's work that is no next action (changes._new_tasks): money to pass on, a dispute's answer.
    "due_pass_on": "{action}: {amount}",
    # ... money that came in while an earlier agency had the file: still that agency's.
    "due_pass_on_earlier": "{action}: {amount} (belongs to the handover of {handed}; the file is now with {now})",
    "due_dispute_answer": "{action}: {invoices}, from {date}",
    "due_invoice": "invoice {invoices}",
    "due_invoices": "invoices {invoices}",
    "due_credit_doubt": "Refund credit: {amount} overpaid (look at the overview first: it may be an amount "
    "counted twice)",
    "handovers_line": "{who}: on {date} to {agency}{was}",
    "handover_was": " (was with {agency})",
    "stage_line": "{who}: {old} → {new}{why}",
    "status_line": "{who}: {old} → {new}{why}",
    "payments_line": "{who}: {amount} on {date}{invoice}{answered}",
    "payments_returned_line": "{who}: {amount} on {date}, returned on {returned}{reason}; does not count{answered}",
    "payments_gone_line": "{who}: {amount} on {date}{invoice}",
    "payment_invoice": " (invoice {number})",
    "payment_invoices": " (invoices {numbers})",
    "invoices_changed_line": "{who}: invoice {number}: {what}",
    "invoices_new_line": "{who}: invoice {number}{details}",
    "invoices_gone_line": "{who}: invoice {number}{details}",
    "invoice_due": "due {date}",
    "amount_edit": "amount {old} → {new} ({difference})",
    "more": "{amount} more",
    "less": "{amount} less",
    "due_edit": "due date {old} → {new}",
    "credit_notes_line": "{who}: credit note {number} of {date}, {amount} (invoice {invoice}){when}",
    "credit_notes_gone_line": "{who}: credit note {number} of {date}, {amount} (invoice {invoice}){when}",
    # A credit note dated after the build's day: listed when entered, and again when it starts to count.
    "counts_from": "; counts only from {date}",
    "counts_now": "; counts now",
    # ... on an invoice disputed apart: it counts once the dispute is answered, as its invoice does
    "counts_after_answer": "; counts once the dispute is answered",
    "refunds_line": "{who}: {amount} refunded",
    "kept_line": "{who}: {amount} promised by {date}, paid",
    "kept_late_line": "{who}: {amount} promised by {date}, not kept before, now paid in time after all "
    "({paid} received)",
    "broken_line": "{who}: {amount} promised by {date}, {paid} received",
    "behind_line": "{who}: {missed} {unpaid}",
    "behind_more_line": "{who}: {missed} {unpaid}",
    "caught_up_line": "{who}: {missed} paid after all; the plan is on schedule again",
    "plan_between_line": "{who}: plan agreed on {agreed} for {amount}, last instalment {last}, paid in full",
    "settlement_started_line": "{who}: {amount} of {owed}, {terms} (agreed on {date})",
    "settlement_by": "by {last}",
    "settlement_instalments": "in {count} instalments, the last by {last}",
    "settlement_settled_line": "{who}: {amount} paid on {date}, {remitted} remitted",
    "settlement_lapsed_line": "{who}: lapsed on {date}, {paid_of}; now {total} open",
    "settlement_ended_line": "{who}: ended on {date}, {paid_of}; now {total} open",
    # ... what of its agreed sum was paid (changes._paid_of): nothing paid said as such, not as "EUR 0,00".
    "settlement_paid_of": "{paid} of {amount} paid",
    "settlement_paid_nothing": "none of {amount} paid",
    "disputed_line": "{who}: invoice {invoice}, disputed since {since}",
    "dispute_answered_line": "{who}: invoice {invoice} (disputed since {since}) counts again",
    "dispute_between_line": "{who}: dispute about {what} raised on {raised} and answered on {answered}",
    "dispute_whole": "the whole dossier",
    "dispute_invoice": "invoice {number}",
    "dispute_invoices": "invoices {numbers} and {last}",
    "missed_one": "instalment of {day}",
    "missed_many": "instalments of {days} and {last}",
    "missed_day": "{date} ({amount})",
    "missed_day_part": "{date} ({open} of {amount} open)",  # paid in part: what is still open of it
    "unpaid": "not paid",
    "unpaid_part": "not paid (in full)",
    "costs_announced_line": "{who}: {what}",
    "costs_announced_what": "{amount}, announced from {date}",
    "costs_moved": "{old} → {new} ({difference})",
    "costs_day_moved": "{old} → {new}",
    "costs_charged_line": "{who}: {amount} owed from {date}{was}",
    "costs_before_announced": " (announced: {amount})",
    "costs_before_charged": " (before: {amount} owed from {date})",
    "costs_vat": " including VAT",
    "costs_uncharged_line": "{who}: {amount} owed from {date} before, not now ({why})",
    "costs_uncharged_paid": "a payment in the term?",
    "costs_uncharged_notice_gone": "the final notice is no longer in the file as a final notice",
    "new_line": "{who}: {stage}, {amount} open",
    "gone_line": "{who}",
}

# Notes on the statutory rate table (incasso.claims.notices.claims_rate_notices); {path} is the rate file.
# The overview shows them folded below one line addressed to whoever maintains the installation.
RATE_NOTICE = {
    "line": "For whoever maintains the program: the table of statutory interest rates (wettelijke rente) needs "
    "updating. Until then the interest worked out may be slightly off.",
    "unconfirmed": "Please note: some of the statutory interest rates used are marked in {path} as "
    "'not confirmed'. Check them against the published rates.",
    "beyond_table": "Please note: no statutory interest rate is known after {date}. The interest after that is "
    "worked out per half-year at the last known rate; debtors read that rate as ‘provisional’. Add the rows from "
    "{next} on to {path}, one per kind (statutory and commercial) and half-year (docs/computation.md, ‘The rate "
    "table’). At the same rate no amount changes; otherwise only the interest from {next} on.",
}

# The bank statements (incasso.bank) as the overview's bank section tells them.
BANK = {
    "candidate_shared": "other dossiers ask this amount about that day too: no signal, the letter goes",
    "read_from": "{path}, line {line}",  # the statement file and line a credit was read from
    "heading": "Bank statements",
    "to_assign": "Payments to assign",
    "stamp": "Payments processed up to and including {date}: the last day of the last statement imported for "
    "{account}.",
    "stale": "The bank statements run up to and including {date}; then {days} without a statement. Payments after "
    "{date} are not in the amounts yet. Put the new statements in bank/ and build again before you send letters: "
    "otherwise a letter may go to someone who has already paid.",
    "stale_gap": "After {date} a bank statement is missing: payments on the days it covers are not in the amounts "
    "(those from the later statements are). Put the missing statement in bank/ (see Bank statements) and build "
    "again before you send letters: otherwise a letter may go to someone who has already paid.",
    "stale_one": "1 banking day",
    "stale_many": "{count} banking days",
    # An empty bank/ (before the first export): the normal state, said as such.
    "stamp_none": "No bank statements in bank/ yet: payments come only from the dossiers. Put the statements of "
    "{account} in bank/, and payments are linked automatically.",
    "stamp_gap": "Payments processed up to and including {date}: after that, statements for {account} are missing "
    "(see To check). The pages and letters name this day until the missing statement is in bank/.",
    "folded": "Bookings read twice and credits returned ({count} lines): each dealt with already, nothing to do; a "
    "return that still calls for contact is under Signals (Payment returned by the bank).",
    "read": "{statements} imported from {files}.",
    # The likeliest dossier's file has no payments: list yet: the lines to paste start with that line.
    "assign_first": "{id}'s file has no payments: yet, so these lines start with it: paste them at the end of the "
    "file, payments: at the start of a line (as events:). Into a file that has payments: already, put them under it "
    "without that first line.",
    # The file has `payments:` with no payment in it (`payments: []`): the lines, which start with it, replace it.
    "assign_replace": "{id}'s file has payments: with no payment in it (line {line}): replace that line with these "
    "lines, which start with payments:.",
    "assign_split": "The description names {ids}: ask or find out who paid which part; the amount has not been "
    "given to one of them. Put the lines below in each one's debtor file, with the amount of its part (the parts "
    "together at most {amount}; what is left then shows under To check). Is all of it one's, put the whole amount "
    "with that one only.",
    "split_and": "and",
    "split_amount": "the part of {id}: fill in; the parts together at most {amount}",
    "assign_written": "Already in the debtor's file of {id}: replace that payment with these lines (with the date "
    "on which the bank credited it); do not add a second one.",
    "statement_one": "{count} statement",
    "statement_many": "{count} statements",
    "file_one": "{count} file",
    "file_many": "{count} files",
    "matched": "{count} linked: {how}.",
    "matched_none": "No payment linked automatically.",
    "payment_one": "{count} payment",
    "payment_many": "{count} payments",
    "named": "{payments} assigned in a dossier (bank_ref).",
    "skipped": "Skipped: {what}.",
    # Every entry counted once (credits, debits, pending ones): bookings, not payments.
    # Per file it was read from and the file that holds it too: both places, so an overlap can be checked.
    # Which file and line was read twice (skipped) and which is kept (counted): the kept one is the one read first.
    "duplicates_one": "Read twice, counted once: the entry on line {original_line} of {original_file} counts; the "
    "same one on line {line} of {file} was skipped.",
    "duplicates_many": "Read twice, each counted once: {count} entries in {original_file} count; the same ones in "
    "{file} were skipped ({first}).",
    "duplicates_first": "the first on line {original_line} and on line {line}",
    "duplicates_first_alike": "the first on line {line} of both",  # copies of one export: the same line in each
    "duplicates_one_same": "Twice in one file, counted once: the entry on line {original_line} of {file} counts; the "
    "same one on line {line} was skipped.",
    "duplicates_many_same": "Twice in one file, each counted once: {count} entries in {file} count where they stand "
    "first; the second time was skipped (the first on line {original_line} and on line {line}).",
    "returned": "Returned{dossier}: {amount} received on {date}, returned on {back}{reason}; does not count.",
    "returned_dossier": " ({id})",
    # After what a return takes back of a payment, what it debited beyond it (BankEntry.charges).
    "return_charges": " (and {charges} in charges, the creditor's cost: {amount} in all)",
    # ... or the charges it names booked apart, not in what it debits (BankEntry.apart).
    "return_charges_apart": " (the {charges} in charges it names are booked apart, not in this amount: the "
    "creditor's cost)",
    # ... or both: charges in what it debits, and more it names booked apart ({apart}).
    "return_charges_both": " (and {charges} in charges, the creditor's cost: {amount} in all; the {apart} in charges "
    "it names besides are booked apart, not in this amount: the creditor's cost too)",
    # After the charges in what a return debits (return_charges, return_charges_untied's {apart}): the ones it names
    # booked apart besides.
    "charges_apart_too": " Besides, it names {apart} in charges booked apart (not in what it debits): the creditor's "
    "cost too.",
    # What a return of more than a payment says of charges (reconcile.RETURN_MORE, `return_more`'s {said}).
    "more_said_nothing": "says nothing of charges: the bank's charges on top?",
    "more_said_apart": "names {charges} in charges booked apart (not in what it debits): the bank's charges on top "
    "after all?",
    # Staff's answer on a return (creditor.yaml's bank_returns), after its line under Returned; {charges}: what it
    # debited beyond the credit, when it did (`answered_charges`).
    "answered": "{charges} So written in creditor.yaml under bank_returns: {reason}",
    "answered_charges": " The {charges} in charges on top are the creditor's cost.",
    # A return staff said took back none of the credits read (`credit: none`).
    # Neither a credit read nor a debtor file's payment whose statement is archived (reconcile's archived credits).
    "answered_none": "Return {ref} ({amount} on {date}){charges} takes back no payment, none in the statements read "
    "and none in a debtor's file: every payment counts. So written in creditor.yaml under bank_returns: {reason}",
    "answered_none_charges": "{charges},",
    "named_charges": ", of which {charges} bank charges (the creditor's cost)",
    "named_apart": ", besides {apart} in charges it names booked apart (not in this amount; the creditor's cost)",
    # Where the lines with the bank's answer on a return go in creditor.yaml (staff.return_answers).
    "answer_first": "Paste them at the end of creditor.yaml, bank_returns: at the start of the line (as "
    "bank_set_aside:).",
    "answer_under": "Paste them in creditor.yaml under bank_returns:, without that first line.",
    # YAML comments in those lines ({could}: the credits it may have taken back, `answer_could` each).
    "answer_credit": "the payment the bank names: {could}; or none",
    "answer_could": "{ref} of {date}{owner}",
    "answer_owner": " ({id})",
    "answer_or": "or",
    "answer_more": "and {count} more",
    "answer_credit_date": "that payment's day, as above; left out with none",
    # ... a credit of less than the return debits, in `answer_credit`: the charges that would make it the one.
    "answer_could_charges": "{could}, with charges: {charges}",
    "answer_charges": "the charges the bank names, as above; left out if it names none",
    "answer_reason": "what the bank said, and when: fill in",
    "answer_reason_charges": "how and when you booked the charges: fill in",
    # Bank money staff set aside in creditor.yaml as no debtor's: it counts for no dossier, and stays in sight.
    "set_aside": "No debtor's: {amount} of bank entry {ref} ({credit} on {date}{payer}), so set in creditor.yaml "
    "under bank_set_aside: {reason}",
    # The transactions of a batch the bank took back, named in a note on a set-aside (`{taken}`): one, several
    # (each named), or many (the first few named, the rest counted).
    "taken_one": "transaction {ref}",
    "taken_all": "{count} transactions: {refs} and {last}",
    "taken_some": "{count} transactions: {refs} and {more} more",
    "set_aside_payer": ", from {payer}",
    "assign": "To assign: put the payment in the debtor's file (ledger/debtors/…) under payments:, with the "
    "bank_ref below (a file without payments: yet gets that line too, at the start of a line). The next build "
    "counts it there, once; if the description names an invoice, add it as invoice:; if it names several, add "
    "them as invoices: (invoices: [F2026-0142, F2026-0143]). If the money is no debtor's (the payer's mistake, to "
    "be paid back), put it in creditor.yaml under bank_set_aside, with the reason.",
    "none": "All payments in the statements are linked.",
    "none_outside": "No payments to assign.",  # beside credits of invoices outside the ledger
    "assign_none": "These lines start with payments:, for a debtor file that has none yet: paste them at its end, "
    "payments: at the start of a line (as events:). Where it has payments: with no payment in it (payments: []), "
    "replace that line with them; where payments: lists payments already, put them under it without that first "
    "line.",
    # A credit from an account that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT): no candidate by it.
    "collecting_account": "This account paid for {count} dossiers (a debt counsellor, an administrator, a payment "
    "provider or family): that does not say whose this payment is.",
    "no_candidates": "none: search by name or account",
    # Credits of invoices outside the ledger (creditor.yaml's invoice_numbers, staff.outside): folded, no work.
    "outside_one": "1 payment of an invoice outside incasso ({amount})",
    "outside_many": "{count} payments of invoices outside incasso ({amount} in all)",
    "outside_why": "No dossier fits these payments: not by reference, invoice, account, name or amount. The "
    "description names an invoice number of yours that is not in incasso (invoice_numbers in creditor.yaml). They "
    "count for no dossier. A debtor's payment can be among them too: paid by someone else (a partner, family) or "
    "from a new account, with a wrong or new invoice number and not the amount open. So look over the payers and "
    "numbers. Should one be a debtor's, put that payment with bank_ref in their file.",
    # More of them than the overview shows (paging.Limits.outside_rows): the newest there, all on pages of their own.
    "outside_newest": "The newest {shown} of {count} are here; all of them, newest first, on pages of their own:",
    "outside_all": "All {count} payments of invoices outside incasso",
    "outside_title": "Payments of invoices outside incasso",
    # One names a ledger's number with two neighbouring digits swapped (OwnInvoices.swapped): a debtor's typo?
    "outside_like": " (like {number} of {debtor}: digits swapped?)",
    "outside_swapped": "; {count} like an invoice in incasso",
}
MATCH_RULE = {
    "structured_reference": "by structured reference",
    "text_reference": "by reference in the description",
    "invoice_number": "by invoice number",
}
# One and more (SKIPPED[reason][0 if count == 1 else 1]).
SKIPPED = {
    "debit": ("{count} debit", "{count} debits"),
    "pending": ("{count} not yet booked", "{count} not yet booked"),
    "other_account": ("{count} from another account", "{count} from other accounts"),
    "other_currency": ("{count} in another currency", "{count} in other currencies"),
    "not_yet": ("{count} booked after the build's date", "{count} booked after the build's date"),
    "returned_debit": (
        "{count} return of a payment of ours",
        "{count} returns of payments of ours",
    ),
    "no_money": ("{count} entry of 0.00", "{count} entries of 0.00"),
}
CANDIDATE = {
    "written": "already in the debtor's file without bank_ref: replace that payment with the lines beside it",
    "named": "named in the description",
    "other_check_digits": "its reference with other check digits in the description",
    "same_account": "this account paid for this dossier before",
    "amount": "same amount as in the dossier (to pay, outstanding, open on an invoice with or without interest, or "
    "a promise or instalment due about that day)",
    "name": "name resembles the payer's",
}
BANK_NOTE = {
    "looks_like": "The payment of {date} ({amount}) in the debtor's file looks like bank entry {ref}, credited on "
    "{entry_date}: if it is the same, replace that payment with these lines (with the date on which the bank "
    "credited it, or the file is refused); now it counts twice.",
    "written_twice": "The payment of {date} ({amount}) in the debtor's file has no bank_ref, and another payment "
    "in the same file already names bank entry {ref}: if it is the same, take out the payment without "
    "bank_ref; now it counts twice.",
    "part_unassigned": "Of bank entry {ref} ({amount}), {rest} is not assigned to any dossier. If that rest is no "
    "debtor's, put it in creditor.yaml under bank_set_aside, with the reason.",
    # The rest of a credit booked in part, for another dossier its text names (bank_section._rest_row).
    "part_unassigned_rest": "The rest of bank entry {ref} ({rest} of {amount}) may be {id}'s: the description names "
    "the dossier. If it is {id}'s, put these lines under payments: in the dossier file of {id}.",
    "part_unassigned_rest_split": "The rest of bank entry {ref} ({rest} of {amount}) may be {id}'s: the description "
    "names the dossier, and {others} too. Put these lines under payments: in the dossier file of {id}, with the "
    "amount of its part (the parts together at most {rest}).",
    "named_returned": "The payment with bank_ref {ref} in the debtor's file was returned by the bank and does not "
    "count (see Payments). Leave it in: so the return stays with this dossier.",
    "named_part_returned": "The bank took back {amount} of bank entry {bank_ref} ({taken}); the payment with "
    "bank_ref {bank_ref} in the debtor's file still counts whole. Find out what stayed and write that amount in the "
    "payment.",
    "named_part_taken": "Transaction {ref} ({amount}) of bank entry {bank_ref} was returned by the bank; the "
    "payment with bank_ref {bank_ref} in the debtor's file therefore counts {amount} less (see Payments). Leave it "
    "as it is: so the return stays with this dossier.",
    "return_without_credit": "Bank entry {ref} returns {amount}{charges} of a payment that is in no statement read, "
    "and no payment in a debtor's file names one (with bank_ref, from a statement taken out). If that payment is "
    "in a debtor's file, add its bank entry to it as bank_ref (its statement names it) and leave it there: this "
    "return then takes it back and stays with that dossier. (If the bank returns less than came in, because it kept "
    "charges, the matching does not find the payment: check it then.)",
    # A return that debited more than the credit it took back, as it says itself (reconcile.RETURN_CHARGES):
    # {rest} the charges, {amount} all it debited.
    "return_charges": "Bank entry {ref} takes back payment {other} ({other_amount}) and debits {amount}: {rest} "
    "more, charges the bank added (the debtor's bank's compensation, say), as the entry itself says.{apart} Those "
    "charges are the creditor's cost, not the debtor's: book them as your own costs. The debtor owes the "
    "{other_amount} again; their page and letters mention only that return, never the charges. Once the charges are "
    "booked, say so in creditor.yaml with the lines below: this note then goes.",
    "return_charges_untied": "Bank entry {ref} debits {amount}: {other_amount} taken back of a payment and {rest} in "
    "charges (the creditor's cost).{apart} It names no payer, and more than one payment of {other_amount} may be the "
    "one returned (the latest: {other}). So none is taken back: each still counts. Ask the bank which it was, and "
    "write its answer in creditor.yaml with the lines below: under credit the payment it names, or none if it was "
    "none of these. This note then goes.",
    # A return of more than a payment with its end-to-end reference, saying nothing of charges or naming them booked
    # apart (reconcile.RETURN_MORE, {said}: BANK's more_said_*): {rest} the difference, what the bank may say were
    # its charges.
    "return_more": "Bank entry {ref} debits {amount}, more than payment {other} ({other_amount}, the same end-to-end "
    "reference), and {said} So no payment is taken back: "
    "each still counts. Ask the bank. If it was that payment and the {rest} more were its charges, write its answer "
    "in creditor.yaml with the lines below, with those charges under charges (the creditor's cost). This note then "
    "goes.",
    "return_less": "Bank entry {ref} returns {amount} of payment {other} ({other_amount}, the same end-to-end "
    "reference): a return from which the bank kept charges? That payment still counts in full. Ask the bank; if "
    'it was returned, put a payment in the dossier with bank_ref: "{other}" and the amount that was left.',
    "dated_booked": "The payment with bank_ref {ref} is dated {date}, the day the bank booked it; the bank "
    "credited it on {entry_date} (value date), and it counts from that day: set the date in the debtor's file to "
    "{entry_date}.",
    "unknown_bank_ref": "The payment with bank_ref {ref} is in no statement read; it counts as written.",
    "gap": "Statements missing from {missing_from}: {statement} starts with balance {opening}, but the statement "
    "before it ({previous}) ends on {last_day} with {closing}. Payments from those days do not count, and promises "
    "and instalments after {stamp} are not judged. Put the missing export in bank/.",
    "twin": "Bank entries {other} and {ref} ({amount} on {entry_date}) look like the same payment, read in once as "
    "camt.053 and once as MT940: both count now. Check before you refund anything, and keep one format for these "
    "days in bank/.",
    "twin_once": "Bank entries {other} and {ref} ({amount} on {entry_date}) are the same payment (the same "
    "end-to-end reference), read in once as camt.053 and once as MT940: it counts once. Keep one format for these "
    "days in bank/.",
    "return_guessed": "Bank entry {ref} returns {amount} and names no payer. It is matched to the last payment of "
    "that amount ({other}), but another payment of that amount may be the one returned: ask the bank, and write its "
    "answer in creditor.yaml with the lines below: under credit the payment it names, or none if it was none of "
    "these. This note then goes.",
    "foreign_credit": "Bank entry {ref} of {entry_date} ({foreign}) names this dossier, but is not in euros: only "
    "euros count, so this payment does not count. Contact the payer, or enter the amount in euros yourself "
    'as a payment with bank_ref: "{ref}" in the debtor\'s file.',
    "other_account_credit": "Bank entry {ref} of {entry_date} ({amount}) names this dossier, but is on another "
    "account ({account}) than the one in creditor.yaml (iban), so this payment does not count. If the debtor paid "
    "to an old account of the creditor, enter the payment in the debtor's file yourself; if the export of the "
    "wrong account is in bank/, put the right one there.",
    "refund_returned": "The refund of {amount} on {date} (refund in the debtor's file) came back on {entry_date} "
    "(bank entry {ref}{reason}): the debtor does not have the money. Take that refund out of the debtor's file "
    "(the credit is then open again) and refund again, to an account that works. Until then the debtor's page "
    "says the amount came back.",
    "same_reference": "Bank entry {ref} is in the statements twice on {entry_date}, with {other_amount} and "
    "with {amount}: both count now. If one of them is a copy, take that file out of bank/.",
    # Money set aside as no debtor's (creditor.yaml's bank_set_aside) whose bank entry is in no statement read, or
    # came back, whole or in part (bank.said.set_aside_way says which); {where}: "creditor.yaml, line 12".
    "set_aside_unread": "{place} ({where}) sets aside {written} of bank entry {bank_ref} of {date} as no debtor's, "
    "but bank/ holds no statement: nothing is set aside. Put the statement that holds it in bank/.",
    "set_aside_not_found": "{place} ({where}) sets aside {written} of bank entry {bank_ref} of {date} as no debtor's, "
    "but that entry is in no statement read: nothing is set aside. Check bank_ref and date, or put the statement in "
    "bank/ (if the statement is archived, remove the entry).",
    "set_aside_returned": "{place} ({where}) sets aside {written} of bank entry {bank_ref} of {date} as no debtor's, "
    "but the bank took that entry back: nothing of it is set aside. Remove the entry.",
    "set_aside_part_returned": "{place} ({where}) sets aside {written} of bank entry {bank_ref} of {date} as no "
    "debtor's; the bank took back {amount} of it ({taken}). It counts as written: if the money taken back "
    "was that money, write in creditor.yaml what is still no debtor's.",
    "set_aside_part_returned_less": "{place} ({where}) sets aside {written} of bank entry {bank_ref} of {date} as no "
    "debtor's; the bank took back {amount} of it ({taken}). The entry still holds {other_amount}, and "
    "{rest} of that counts as no debtor's{first}. Write in creditor.yaml what is still no debtor's.",
    # Said in the note above when less counts than the entry still holds.
    "set_aside_first": " (payments in the debtors' files naming it, and entries above it, come first)",
}

# Why a bank returned a transfer (the SEPA reason code), in the overview's words; another code is shown as is.
RETURN_REASON = {
    "AC01": "account number incorrect",
    "AC04": "account closed",
    "AC06": "account blocked",
    "AG01": "transaction not allowed on this account",
    "AM04": "insufficient funds",
    "AM05": "duplicate payment",
    "BE04": "beneficiary's address missing",
    "CUST": "at the payer's request",
    "DUPL": "duplicate payment",
    "FOCR": "recalled by the payer",
    "FRAD": "fraud",
    "MD06": "refund at the payer's request",
    "MD07": "account holder deceased",
    "MS02": "reason not given by the customer",
    "MS03": "reason not given",
    "RC01": "BIC incorrect",
    "RR04": "regulatory reason",
    "TECH": "technical error",
}

# The letters of the day (incasso.letters), by kind.
LETTER = {
    "reminder": "Reminder",
    "dunning": "Formal reminder",
    "final_notice": "Final notice",
    "handover": "Handover notice",
    "promise": "Confirmation of promise to pay",
    "arrangement": "Confirmation of payment plan",
    "installment_reminder": "Missed-instalment reminder",
    "pause": "Confirmation of postponement",
    "settlement": "Confirmation of settlement",
    "settled": "Settlement paid",
    "settlement_reminder": "Missed settlement instalment reminder",
    "settlement_sum_reminder": "Reminder of the agreed settlement amount",
}

# Short phrases the pages make of a figure and a word.
PHRASE = {
    "installment_asked_later": "asked by {date}",
    "installment_asked_in_notice": "asked in the final notice",
    # What a settlement's lines and the signals say was paid when nothing was (staff.formats.paid): "EUR 0,00
    # ontvangen" reads as a figure where it means "none".
    "paid_nothing": "nothing",
    # The comment beside `written:` in a final notice's lines to copy: the letter's own day stays.
    "record_written": "the letter's date: if you post it later, change date above, not this",
    # After a letter's channel offered (staff.record.written_by): the way this debtor is written to.
    "record_channel_letter": "how this debtor is written to; if it went by post, put letter",
    "record_channel_email": "how this debtor is written to; if it went by email, put email",
    "record_intro": "Done? Put this {events}, with the date on which it happened, and fill in what is empty.",
    # The answer to a dispute of some invoices open too long: its dispute_resolved, naming them.
    "record_invoice_dispute": "Dispute answered? Put this {events}, with the date of the answer, and write under "
    "outcome what you decided (a credit note goes under the invoice): the invoice counts again then.",
    "events_place": "at the end of events: in {path}",
    "events_place_before": "at the end of events: in {path}, before {key}:",
    # A file without events: the lines start with `events:` (staff.notes.with_events_key).
    "events_place_new": "at the end of {path} (the line events: comes with them)",
    "events_place_replace": "in {path} in place of its line events: (line {line})",
    # One of several payments to pass on (one per handover): what, to whom, for which payments.
    "record_intro_pass_on_each": "{amount} passed on to {agency} ({payments})? Put this {events}, with the date on "
    "which you passed it on: then this task goes. If you passed on part of it, put that amount.",
    "record_intro_pass_on": "Passed on? Put this {events}, with the date on which you passed it "
    "on: then this task goes. If you passed on part of it, put that amount.",
    "assign_intro_first": "If the payment of {amount} on {date} in the bank is from this debtor, paste this at "
    "the end of {path}: the file has no payments: yet, so the lines start with it, at the start of the line (as "
    "events:).",
    "assign_intro_replace": "If the payment of {amount} on {date} in the bank is from this debtor, replace the line "
    "payments: (line {line}) in {path} with these lines, which start with it: the file has payments: with no "
    "payment in it.",
    "assign_intro": "If the payment of {amount} on {date} in the bank is from this debtor, put this under "
    "payments: in {path} (if it is already there without bank_ref, replace it with this).",
    "suggested_credit": "Possibly from this debtor ({why}): {amount}, credited on {date}{payer}{text}, bank entry "
    "{ref}. Not linked to any dossier yet.",
    # The other dossiers the bank section lists for the same credit (staff.view.Suggested.others).
    "assign_split": "Only this debtor's part: the description names {others} too. Fill in the amount of this part "
    "after amount (the parts together at most {amount}); is all of it this debtor's, the whole amount.",
    "suggested_others": "Possibly also from: {others}. Assign it to whoever paid it.",
    "suggested_payer": ", from {payer}",
    "suggested_text": ", description: {text}",
    "suggested_written": "already in this debtor's file without bank_ref",
    # On the letters list, a step's letter: the lines that record it once sent (the dossier page's), folded.
    "record_letter_here": "Sent? Put this {events}",
    "record_look_first": "First check whether the debtor has paid already (Possible payment in the bank): that is "
    "why the letter is not in the print file.",
    "record_contact_first": "Contact the debtor first and record it: the bank took a payment back (Payment returned "
    "by the bank), and the debtor may think they have paid. That is why the letter is not in the print file.",
    "record_intro_letter": "Sent? Put this {events}, with the date on which it went, and "
    "channel: email if it went by email, channel: letter if by post.",
    "record_intro_by_post": "Sent? Put this {events}, with the date on which it went by post. "
    "The build wrote only the letter: a consumer gets the final notice by post, unless they have agreed to "
    "email (then first put final_notice_by: email and email_agreed: the day they agreed under contact:, and the "
    "next build writes the email).",
    "record_intro_by_email": "Sent? Put this {events}, with the date on which the email went. The "
    "build wrote only the email (final_notice_by: email, or no postal address).",
    "record_no_answer": "If you could not reach anyone, record a note (type: note, channel: phone, note: what you "
    "did); the call stays on the list, and the final notice follows from {date}.",
    "record_no_phone": "No phone number known, so calling is not possible. Send a short personal note instead "
    "({how}) and then put this {events}, with the date it went and what you wrote under note: that does this "
    "step. If you know a number, put it under contact: phone: in {path} and call. Otherwise the final notice "
    "follows from {date}. Did you speak to the debtor after all, on a visit? Record that as a call with channel: "
    "visit and spoke_with.",
    "how_email": "by email",
    "how_letter": "by post",
    "call_instead": "Calling is not possible: there is no phone number. Send a short personal note {how} and record "
    "it as a note with channel: {channel}; that does this step. If you find the number, put it under contact: "
    "phone: and call.",
    "no_phone_email": "No phone: by email",
    "no_phone_post": "No phone: by post",
    "acting_counsellor": "Debt counsellor: {reach}",
    "asked_by_debtor": "the debtor",
    "asked_by_counsellor": "debt counsellor {name}",
    "asked_by_administrator": "administrator {name}",
    "after_asked_pause": "After a postponement until {date}, asked for by {asker}",
    "asked_by_earlier": "an earlier representative (no longer in representative:, see the notes)",
    "acting_administrator": "Administrator (the letters go c/o the administrator): {reach}",
    "acting_counsellor_dated": "Debt counsellor {period}: {reach}",
    "acting_administrator_dated": "Administrator {period} (the letters go c/o the administrator): {reach}",
    "acted_counsellor_dated": "Was debt counsellor {period}: {reach}",
    "acted_administrator_dated": "Was administrator {period} (the letters then went c/o the administrator; now to "
    "the debtor again): {reach}",
    "acting_since": "since {since}",
    "acting_until": "up to and including {until}",
    "acting_span": "from {since} up to and including {until}",
    "no_email_post": "No email: by post, {address}",
    "no_email_address": "No email or address",
    "letter_nowhere": "no postal or email address: cannot be sent",
    "letter_unprintable": "cannot be sent by post: no typeface of the letter has the characters {chars} from the "
    "name, address or invoice description (see the build's message); write it in the dossier in Latin script",
    "plan_leaves": "The open instalments do not cover everything: paid on time, {amount} is expected to be still "
    "open after the last one, interest up to then included. The debtor's page says so, and what follows: a "
    "reminder, or, after a plan for part of the amount, the next step from where collection stood.",
    "rate_carried": "not in the rate file: its last rate (to {day}), carried on",
    "rates_note": "From {file}. Under the interest table the debtor reads who sets the rate and where to check it "
    "(rijksoverheid.nl). A rate not confirmed is for the maintainer to check (docs/computation.md, ‘The rate "
    "table’).",
    "plan_leaves_no_interest": "The open instalments do not cover everything: after the last one {amount} is "
    "still open. The debtor's page says what follows: a reminder, or, after a plan for part of the amount, the next "
    "step from where collection stood.",
    "plan_asks_more": "The open instalments ask {amount} more than is open: the debtor never pays more than "
    "the total (the page says so).",
    "plan_asks_more_vat": "The open instalments ask {amount} more than is open (with the collection costs including "
    "VAT): the debtor never pays more than the total (the page says so).",
    "letter_recorded": "already recorded ({channel}): do not send again",
    "letter_wait_too": "also confirms the postponement asked for, up to and including {date} (no letter of its own)",
    "letter_earlier_today": "also written by an earlier build today: if it was sent, do not send it again (it is "
    "also in this build's print files)",
    "letter_ready_since": "first made ready on {date} and in every build since: already sent? Record it, and do "
    "not send it again",
    "letter_look_first": "possibly paid already (Possible payment in the bank): check first. That is why the letter is "
    "not in the print file: if the payment turns out not to be this debtor's, print this PDF",
    "letter_contact_first": "the bank took a payment back (Payment returned by the bank): contact the debtor first "
    "and record it, as they may think they have paid. That is why the letter is not in the print file: if it must "
    "still go after that, print this PDF, or let the next build put it in the print file",
    # A step's letter to a dossier the bank section lists for a credit by the name alone: not held back.
    "letter_named_credit": "the bank statements list a payment that may be this debtor's by the name alone "
    "(Possibly from): look at it before sending: a name alone does not hold the letter back",
    "letter_both_forms": "written as a PDF (also in the print file) and as an email: send it one way only and "
    "record which, or the debtor gets it twice. If the post room posts the whole print file, do not send the "
    "email",
    "letter_both_forms_unrecorded": "written as a PDF (also in the print file) and as an email: send it one way "
    "only, or the debtor gets it twice. If the post room posts the whole print file, do not send the email",
    "letter_both_forms_held": "written as a PDF and as an email: send it one way only and record which, or the "
    "debtor gets it twice",
    "letter_both_forms_short": "PDF and email ready",
    "letter_one_way": "send it one way only and record which: by post it arrives later than by email, and its "
    "payment period counts from the day after receipt. That is why it is not in the print file: if you post it, "
    "print this PDF",
    "letter_one_way_held": "send it one way only and record which: by post it arrives later than by email, and its "
    "payment period counts from the day after receipt",
    # A letter of the day that asks another amount than the debtor's page (a final notice to a plan in arrears).
    "asked_letter": "Asked in today's letter ({letter})",
    "asked_apart": "Today's {letter} asks another amount than the debtor's page. Once the {letter} is recorded, the "
    "page asks the same.",
    "asked_on_page": "page: {amount}",
    # The page asks no amount (claims.demand.amount_asked): why, not the total.
    "asked_on_page_none_dispute": "page: no amount (dispute: the debtor pays what they do not dispute)",
    "asked_on_page_none_undecided": "page: no amount (waiting for bank statements: settlement paid or not)",
    "asked_on_page_none_legal": "page: no amount (legal steps)",
    "brand": "{creditor} · Collections",
    "dossier_title": "{name} ({id}) · Dossier",
    "status_on": "{status} {date}",
    "agreed_of": "{amount} of {owed}",
    "undecided_nothing": "then nothing more to pay",
    "lapse_interest": "{total} and the interest since {date}",
    "undecided_whole": "{total} to pay",
    "undecided_lapses": "settlement lapsed: the whole claim to pay again, with interest and costs",
    "interest_paid": "{amount} paid",
    "interest_left_settled": "{amount} remitted",
    "interest_left_written_off": "{amount} written off",
    "interest_left_paid": "{amount} outstanding",
    "waiting_today": "today",
    "waiting_one": "{days} day",
    "waiting_many": "{days} days",
    # Waiting longer than a week: said in words, not by the colour alone (a screen reader hears no red).
    "waiting_statements": "awaiting statements to {date}",  # a check they do not reach yet: not late
    "waiting_late": "{waiting} (overdue)",  # not "too late": that reads as "the chance has gone"
    "missing": "{what} missing",
    "stage_option": "{stage} ({count})",
    "allocation": "{amount} {to}",
    "allocation_invoice": "{amount} {to} {invoice}",
    "promised": "{amount} · {date}",
    # The day a build first wrote the event's confirming letter: only that night's letters hold it.
    "confirmed_on": "letter made ready on {date} (in that build's letters)",
    "confirmed_in": "no letter of its own: confirmed in the letter made ready on {date} ({letter})",
    "not_confirmed": "no letter written: recorded before the first build with this dossier ({date}). The build "
    "confirms only what is recorded after that; send a confirmation yourself if needed.",
    "no_handover_notice": "no letter written: recorded before the first build with this dossier ({date}). The "
    "build writes the handover notice only for a handover recorded after that; send a handover notice yourself "
    "if needed.",
    "promised_whole": "the full balance",
    "installment": "{amount} on {date}",
    "installments_separator": "; ",
    # Under an invoice on the dossier: its credit notes, also one dated after the build's day (written ahead).
    "credit_note": "Credit note {number} of {date}: {amount} credited",
    "credit_note_later": "Credit note {number} of {date}: {amount} less, counts only from that day",
    "credit_note_described": "{line} ({description})",
    # Under an invoice a dispute holds apart: it is in none of the dossier's figures until the answer.
    "disputed_apart_row": "disputed: left out until the answer (dispute_resolved with invoices)",
    "disputed_credited_row": "disputed and fully credited: record the answer (dispute_resolved with invoices)",
    "disputed_kept": "{amount} of payments naming this invoice is kept for it",
    "disputed_kept_together": "{amount} is kept for this invoice and {others} together",
    "disputed_passed_on": "{amount} of payments naming this invoice went to the other invoices instead",
    "origin_bank": "bank statement ({ref})",
    "origin_named": "debtor's file, bank entry {ref}",
    "origin_file": "debtor's file",
    "origin_account": ", from {account}",
    # Under the payments on the dossier: each the bank took back, with the bank's reason.
    "payment_returned": "{amount} on {date} (bank entry {ref}{account}): returned on {returned}{reason}; does "
    "not count.",
    # ... one staff wrote in the debtor file as taken back (`returned:`), with the bank entry it names if it does.
    "payment_returned_written": "{amount} on {date}{entry}: returned on {returned}, as written in the dossier file "
    "({where}); does not count.",
    "payment_returned_entry": " (bank entry {ref}{account})",
    # ... and the charges its return debited on top (as the bank section's `answered_charges` says them).
    "payment_returned_charges": " The {charges} in charges on top are the creditor's cost.",
    # ... and the charges its return names booked apart, not in what it debited (BankEntry.apart); the overview's bank
    # section says them so after its Teruggeboekt line too (bank_section._returned_line).
    "payment_returned_apart": " The {charges} in charges its return names booked apart (not in what it debited) are "
    "the creditor's cost.",
    "unknown_day": "an unknown day",
    "record_refund_returned": "Take this refund out from under events: in {path}, with the lines that go with it "
    "(by:, note:): until then it counts as refunded. The credit is then open again; record the new refund as a "
    "new refund, with the day on which the money went out again.",
    "record_refund_returned_open": "Take this refund out from under events: in {path}, with the lines that go with "
    "it (by:, note:): until then it counts as refunded. After that the amount counts as a payment towards what is "
    "open; if you refund it after all, record that as a new refund, with the day on which the money went out "
    "again.",
    # A rest below the chase minimum (the signal Small remainder): the write-off to paste, and how to leave it.
    "record_small_rest": "Write it off? Put this {events}: the claim then closes, with the interest "
    "of that day. If you leave it, nothing needs doing; to not see the signal for a while, record a postpone until a "
    "date (with reason: why).",
    "record_small_rest_note": "Small remainder below the minimum to chase written off",
    # A credit below SMALL_CREDIT (the signal Small credit): no task, the refund to paste once it is paid.
    "record_small_credit": "Refunded? Put this {events}, with the date on which the money went out. If it is set "
    "off against a new invoice, nothing is needed: the invoice in the debtor's file sets off the credit.",
    "pass_on_to": "Pass payment on to {agency}",
    "pass_on_agency": "the collection agency",
    "pass_on_payment": "{amount} on {date}, bank entry {ref}",
    "pass_on_contact": " ({contact})",
    "pass_on_reference": ", with their reference {reference}",
    "pass_on_their_reference": "their reference {reference}",
    "pass_on_earlier": "belongs to the handover of {handed}; the file is now with {now}",
    # Under Points to note on the dossier: where the note's value was written, and which next step it is about.
    "note_where": "{path}, line {line}",
    "note_before": "before the next step: {step}",
    "notes_separator": "; ",
    "return_code": "reason {code}",  # a return reason code RETURN_REASON does not name
    "print_title": "Letters to send, {date}: {letters}",  # the print file's PDF title
    "print_letters": "letters {first} to {last} inclusive",
    "print_letters_one": "letter {first}",  # a print file of one letter
    "print_posting": "{date}, to post on {posting}",
    "print_again": "Letters of {date}, a day without post: the build of {posting} writes the steps again: {letters}",
    "print_again_some": "Letters of {date}, a day without post: on {posting} post only {once}; that day's build "
    "writes the steps again: {letters}",
    "print_once_one": "the confirmation or handover notice",
    "print_once_many": "the {count} confirmations and handover notices",
}

# The overview's long lists: the first rows on the overview, all of them on pages per kind.
MORE = {
    "note": "The first {shown} of {count} are here; all of them, by kind:",
    # Today's work: a share of each kind, so a backlog of one kind does not hide the day's letters and calls.
    "shares_today": "Here are {shown} of {count}: the first of each kind, so that a backlog of one kind does "
    "not crowd out the other work; all of them, by kind:",
    # The alerts: a share of each kind, so hundreds of plans behind do not hide a broken promise or a credit.
    "shares_flags": "Here are {shown} of {count}: the first of each kind, so that a common alert does not "
    "crowd out the others; all of them, by kind:",
    "group": "All {count} dossiers at stage {group}",
    "title": "{list}: {kind}",
}
# The fields the search finds a dossier by (incasso.staff.search.FIELD_KINDS), as it names them.
SEARCH_FIELD = {
    "id": "dossier number",
    "number": "dossier number",
    "name": "name",
    "person": "contact person",
    "email": "e-mail address",
    "phone": "phone",
    "address": "address",
    "reference": "payment reference",
    "invoice": "invoice number",
    "credit_note": "credit note number",
    "agency": "collection agency or bailiff",
    "account": "account number",
    "stage": "stage or status",
    "administrator": "administrator",
    "counsellor": "debt counsellor",
}

# English as it is used in the Netherlands: the holidays' names in law.tables.HOLIDAY_NAMES_EN
# (law.calendar.holiday_name).
HOLIDAY_LANGUAGE = "en_NL"

PAGER = {"label": "Page {number} of {count}", "previous": "Previous", "next": "Next", "gap": "…"}

# The pages' fixed words (the templates' `t`).
UI = {
    "title": "Collections: overview for the team",
    "eml_file": ".eml file",
    "internal": "Internal: do not publish",
    "skip": "Skip to content",
    "as_of": "As of",
    "stale": "These pages are for {date}, not today. Did last night's build fail or not run? Do not send that "
    "day's letters until today's pages are built: they may already have gone out.",
    "open_claims": "Open dossiers",
    "files": "Files of this build",
    "file_changes": "What changed since the previous build",
    "file_links": "Personal links and addresses, for a mail merge",
    "file_links_xlsx": "The same list as an Excel workbook",
    "file_links_excel": "The same list as CSV for Excel with Dutch regional settings",
    "files_excel": "In Excel or another spreadsheet program, open the file links.xlsx: its amounts are numbers "
    "with two decimals, whatever the program's settings. links.csv is for a mail merge and other programs.",
    "file_claims": "All dossiers, for other programs",
    "outstanding": "Outstanding",
    "outstanding_disputed": "plus, disputed and held apart: {amount}",
    "outstanding_disputed_kept": "plus, disputed and held apart: {amount}; paid, kept apart: {kept}",
    # Under a dossier's amount in the claims table: its invoices disputed apart, as "outstanding_disputed" says
    # them for all dossiers.
    "row_disputed": "plus {amount} disputed",
    "row_settled": "remitted",
    "row_written_off": "written off",
    "row_late_paid": "when paid",
    "row_late_written_off": "when written off",
    "row_disputed_kept": "plus {amount} disputed; {kept} paid, kept apart",
    "today": "Today's work",
    "today_none": "Nothing to do today.",
    "no_post": "Today ({day}) counts as a day without post: the next day with post is {posting}.",
    "no_post_steps": "That day's build writes today's steps again, with its own date and amounts: post those.",
    "no_post_once": "Keep {once} to post then.",
    "no_post_once_one": "the letter only this build writes (a confirmation or handover notice)",
    "no_post_once_many": "the {count} letters only this build writes (confirmations, handover notices)",
    "no_post_saturday": "Saturday",
    "no_post_sunday": "Sunday",
    "no_post_decree_day": "a holiday by decree",
    "today_note": "Oldest first; on the same date, the largest amount requested first. Requested: what the letter "
    "and the debtor's page ask for now (an instalment, the overdue part or everything, not always the whole "
    "outstanding amount; if the page asks for something other than today's letter, that is shown below it); for a "
    "credit, what has to be refunded; for a payment to pass on to the collection agency, what has to be passed "
    "on; for a disputed invoice, what is open of it (the page does not ask it).",
    # Above today's work when a row's letter is written in two forms ("PDF and email ready"): what that asks, once.
    "today_both_forms": "PDF and email ready: the letter is written as a PDF and as an email. Send it one way only, "
    "or the debtor gets it twice (more under Today's letters).",
    "letters": "Today's letters",
    "letters_none": "No letters go out today.",
    "letters_to_send": "{send} to send (of {count})",
    "letters_of_today": "of today's {count}",  # under the letters card's figure: of the day's letters
    # ... and those held for a look at a credit or a contact first (DayLetter.held_first): not to send yet.
    "letters_held": ", {count} to check first",
    "letters_to_send_label": "Letters to send",
    "letters_note": "A letter is ready to send: the PDF by post (in a window envelope) or the email message (open "
    "the .eml file in your email program). Once it has gone, record the step in the dossier, with the channel it "
    "went by: a final notice's payment period counts from receipt through that channel. A step that is not "
    "recorded is ready again tomorrow, with tomorrow's amounts and dates. Confirmations (of a promise or plan) and "
    "handover notices are different: only this build writes them, so send them today (on a day without post, "
    "post them on the next day with post: keep them until then). They need not be recorded: "
    "the promise, plan or handover is in the dossier already.",
    "letters_both_forms": "A letter with a PDF and an email is written both ways (the PDF is in the print file too, "
    "unless its row says it is not): send it one way only, or the debtor gets it twice; for a reminder or notice, "
    "record which. If the post room posts the whole print file, do not send the emails.",
    "letters_unlinked": "Please note: this build had no public address (--public-url or INCASSO_PUBLIC_URL), so "
    "the letters have no link to the personal page. Build again with that address and your own INCASSO_SECRET "
    "before you send them.",
    "letters_demo": "Please note: this is a demo: the build had no INCASSO_SECRET of your own. Every letter says at "
    "its top that it is a sample: do not send them. Build again with your own INCASSO_SECRET and your site's public "
    "address (--public-url or INCASSO_PUBLIC_URL) to make letters you can send.",
    "letters_print": "All letters still to post in one PDF",
    "letters_print_apart": "(leaves out the final notices written both as PDF and as email, {count}: decide post "
    "or email for each, and print it separately if you post it)",
    "letters_print_part": "Letters for the post, part {part} of {parts}: letters {first} to {last} (PDF)",
    "letters_print_part_one": "Letters for the post, part {part} of {parts}: letter {first} (PDF)",
    "letter": "Letter",
    "letter_pdf": "PDF",
    "letter_eml": "Email",
    "checks": "checks",
    "steps": "steps",
    "flags": "Alerts",
    # In a row without alerts: a word, not an empty cell a screen reader reads as "blank".
    # A table cell with nothing in it ("—"), as a screen reader names it (macros.blank).
    "blank_cell": "none",
    # ... of an instalment with nothing paid that is not overdue (fmt.nothing_paid_key), as the page says it.
    "blank_not_yet": "not yet",
    "flags_cell_none": "none",
    # Under the Alerts card: alerts that are a task today too (a dispute open too long is its review).
    "flags_also_tasks": "of which {count} also a task under Today's work",
    # Beside today's reviews of disputes and the signals of disputes open too long: why their counts differ (a
    # dispute's answer is due on its dispute_max_days-th day, it is too long open from the day after).
    "reviews_last_day": "{task} counts {tasks}, {flag} {signals}: "
    "{count} disputes have been open exactly {days} days today. Their answer is still on time today; they are open "
    "too long (a signal) only from tomorrow.",
    "reviews_last_day_one": "{task} counts {tasks}, {flag} {signals}: "
    "1 dispute has been open exactly {days} days today. Its answer is still on time today; it is open too long (a "
    "signal) only from tomorrow.",
    "flags_none": "No alerts.",
    "ageing": "Age of the outstanding amount",
    "ageing_note": "Per invoice: the open amount (principal and interest) falls in the column of its own due "
    "date; collection costs with the oldest open invoice they apply to. Paid and written-off dossiers are left "
    "out.",
    "ageing_chart": "Outstanding amount by age, split over the stages",
    "claims": "All dossiers by stage",
    "claims_note": "Most serious stage first; within a stage the next step longest overdue first, then the largest "
    "amount.",
    "closed": "Closed",
    "filter": "Find a dossier",
    "filter_placeholder": "name, phone, postcode, reference, invoice…",
    "filter_hint": "By number, name, contact person, email, phone (also 06…), address, postcode, payment reference "
    "(RF…), invoice or credit note number, account number (IBAN) that paid or may have paid, collection agency "
    "(also its reference), bailiff, stage or status. Spaces and hyphens are ignored; "
    "Esc clears the search, the stage and the sorting.",
    "stage_filter": "Stage",
    "all_stages": "All stages",
    "reset": "Back to the view by stage",
    "shown": "found",
    "found": "Dossiers found",
    # Above the results that hold what was typed in one field ("Oudegracht 73" as a street and number),
    # before those with the words spread over their fields.
    "found_together": "As typed, in one field",
    # Above the results whose debtor's name holds the one word typed, before those where another field does.
    "found_named": "In the debtor's name",
    # Under a dossier found by another field than its name: which ("Gevonden in: contactpersoon, adres").
    "found_in": "Found in: {fields}",
    "found_none": "No dossiers found.",
    "found_none_for": "No dossiers found for ‘{query}’.",
    # Typed: an account that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT), listed by none of them.
    "found_collecting": "Account {account} paid for {count} dossiers (a debt counsellor, an administrator, a payment "
    "provider or family). The search does not list them: this account does not say whose a payment is. Search by "
    "the name or the reference in the payment's description.",
    "show_more": "Show more",
    "loading": "Searching…",
    "pages": "Pages",
    "pages_below": "Pages, below the list",
    "kinds": "By kind",
    "kinds_of": "{list} by kind",  # a list's kinds on the overview, beside another list's
    "sort_hint": "Choose a column heading to sort; again for the reverse order.",
    # Said after the count once a column sorts the results ("16 of 16 found, sorted by Outstanding, descending").
    "sorted": "sorted by {column}, {direction}",
    "ascending": "ascending",
    "descending": "descending",
    "stage": "Stage",
    "status": "Status",
    "debtor": "Debtor",
    "action": "Action",
    "due_since": "Due since",
    "claim_one": "dossier",
    "claim_many": "dossiers",
    "contents": "Contents",
    "amount": "Amount",
    "asked_amount": "Requested",
    "contact": "Contact",
    "count": "Dossiers",
    "total": "Total",
    "days_overdue": "Days overdue",
    "next": "Next step",
    "last_contact": "Last contact",
    "never": "never",
    "none": "none",
    "with_agency": "with the collection agency",
    "with_court": "with bailiff or court",
    "signal": "Alert",
    "detail": "Details",
    "back": "Back to the overview",
    "why": "Why this stage",
    "what_next": "What next",
    "notes": "Points to note",
    "notes_intro": "The build works with the debtor's file as it stands, but this stood out (its log says so too). "
    "For each point: what it means and what to do.",
    "link": "Debtor's personal link",
    "reference": "Payment reference",
    "copy_button": "Copy",
    # The buttons' names for a screen reader's list of buttons: the word shown first (WCAG 2.5.3).
    "copy_record": "Copy: the lines for the dossier",
    "copy_link": "Copy: the personal link",
    "of_total": "of",
    "copied": "Copied",
    # Shown beside the button until the next copy, in words that fit what the box holds.
    "copy_failed_link": "Copying did not work: select the link and copy it yourself",
    "copy_failed_lines": "Copying did not work: select the lines and copy them yourself",
    "figures": "Amounts",
    "principal_open": "Principal open",
    "interest_open": "Interest open",
    "costs_open": "Collection costs open",
    "costs_open_vat": "Collection costs open, including VAT",
    "principal_remitted": "Principal remitted",
    "interest_remitted": "Interest remitted",
    "costs_remitted": "Collection costs remitted",
    "costs_remitted_vat": "Collection costs remitted, including VAT",
    "total_due": "Total to pay",
    "total_remitted": "Remitted (not paid)",
    "principal_written_off": "Principal written off",
    "interest_written_off": "Interest written off",
    "costs_written_off": "Collection costs written off",
    "costs_written_off_vat": "Collection costs written off, including VAT",
    "total_written_off": "Written off (not paid)",
    "principal_paid": "Principal paid",
    "interest_paid": "Interest paid",
    "costs_paid": "Collection costs paid",
    "costs_paid_vat": "Collection costs paid, including VAT",
    "total_paid": "Paid in full on {date}",
    "total_paid_unknown": "Paid in full",
    "total_credited": "Credited (nothing paid)",
    "agreed": "Agreed",
    "agreed_left": "Left of the agreed sum",
    "lapse_whole": "If the settlement lapses, to pay again",
    "remit_when_paid": "Remitted once the agreed sum is paid",
    "undecided_paid": "{left} more paid by {date}",
    "undecided_not_paid": "If not",
    "asked": "Requested (page and letter)",
    "asked_page": "Requested on the page",
    # What is asked while it is not due yet (claims.demand.asked_by): its day, or a clerk chases it now.
    "asked_by": "{asked}, by {date} (not due yet)",
    "credit": "Credit (overpaid)",
    "refunded": "Credit refunded",
    "refund_returned": "Refund came back",
    "costs_earlier": "Collection costs of an earlier claim (paid)",
    "costs_announced": "Collection costs announced: {amount} from {date}.",
    "costs_announced_vat": "Collection costs announced: {amount}, including VAT, from {date}.",
    "costs_waiting": "Collection costs of {amount} wait for our answer to the dispute: once answered, they follow "
    "after the answer's term (resume_after_dispute_days), unless what the final notice asked is paid by then.",
    "costs_on_page": "The final notice's deadline was {date}, but payments are processed up to and including {seen}. "
    "Whoever pays now did not pay in time: the page, the QR code and the payment link therefore ask {asked}, the "
    "{amount} collection costs included. If the statements show a payment in time, those costs lapse.",
    "invoices": "Invoices",
    "number": "Number",
    "date": "Date",
    "due": "Due date",
    "invoice_amount": "Amount",
    "paid": "Paid",
    "open": "Open",
    "remitted": "Remitted",
    "written_off": "Written off",
    "interest": "Interest",
    "interest_closed": "Total interest",
    "late_paid": "Days late when paid",
    "rates": "Interest rates",
    "rate_from": "From",
    "rate_percent": "Per year",
    "rate_confirmed": "Confirmed",
    "rate_source": "Source (from the rate file)",
    "yes": "yes",
    "no": "no",
    "late_written_off": "Days late when written off",
    "payments": "Payments",
    "payments_none": "No payments yet.",
    "payments_none_counted": "No payments that count.",
    "payments_returned": "Returned by the bank:",
    "for_invoice": "For invoice",
    "allocated": "Applied to",
    "plan": "Payment plan",
    "installment": "Instalment",
    "state": "Status",
    "events": "Log",
    "events_none": "Nothing recorded yet.",
    "what": "What",
    "by": "By",
    "spoke_with": "Spoke with",
    "channel": "Channel",
    "note": "Note",
    "future": "after the build's date: does not count yet",
    "acting": "Acts for the debtor",
    "person": "Contact person",
    "phone": "Phone",
    "email": "Email",
    "address": "Address",
    "missing": "missing",
    "type": "Type",
    "language": "Language",
    "reason": "Reason",
    "until": "Until",
    "settlement_amount": "Agreed amount",
    "pay_by": "To pay by",
    "pause_asked_by": "Asked for by",
    "received": "Received on",
    "sent_to": "Sent to",
    "written": "Letter dated",
    "notice_costs": "Costs in the letter",
    "outcome": "Outcome",
    "agency": "Collection agency",
    "promised": "Promised",
    "installments": "Instalments",
    "confirmed": "Confirmation",
    "paused": "paused",
    "origin": "Source",
    "payer": "Payer",
    "account": "Account",
    "description": "Description",
    "bank_ref": "bank_ref",
    "invoice_named": "Names invoice",  # the creditor's own invoice number a credit outside the ledger names
    "bank_source": "From",  # the statement file and line a bank credit was read from
    "candidates": "Possibly from",
    "assign_as": "Assign like this",
    # The name of the box with a bank credit's lines, and of its copy button (the word shown first).
    "assign_lines": "Assign like this: bank entry {ref}",
    "copy_assign": "Copy: the lines for bank entry {ref}",
    "split_part": "Part of {id}: bank entry {ref}",
    "copy_split": "Copy: the lines for the part of {id} of bank entry {ref}",
    "bank_notes": "To check",
    "dossier_bank_notes": "Bank statements: to check",
    "dossier_suggested": "Bank statements: possibly from this debtor",
}
