"""What a statement page says around the figures, in Dutch and English (language level B1).

Longer texts that staff may want to rewrite per stage live as Markdown in
content/messages/; these are the fixed words and sentences of the page. A
sentence with a value names it in braces and is filled in by `text()`.
Both languages must have the same keys (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType

from incasso.fmt import sentence, sentence_of, stopped_names
from incasso.ledger.model import Language

NL = {
    # The page as a whole
    "title": "Uw betaaloverzicht – {creditor}",
    "h1": "Uw betaaloverzicht",
    "for_name": "Voor: {name}",
    # One short line (theme base.html): the longer sentence took five lines at 200 % text on a 360 px phone and
    # pushed the amount to pay off the first screen. "Demo" says it is a sample; what matters is not to pay.
    "demo": "Demo: betaal niets.",
    "skip": "Direct naar de inhoud",
    "other_language": "English",
    "back_to_overview": "Terug naar uw overzicht",
    # The summary at the top
    "to_pay": "Te betalen",
    "to_pay_now": "Nu te betalen",
    "next_instalment": "Volgende termijn",
    "next_instalment_single": "Uw termijn",  # a plan of one (tables.instalment_key, counting all)
    "open_amount": "Openstaand bedrag",
    "pay_by": "Betaal uiterlijk {date}",
    "pay_by_today": "Betaal uiterlijk vandaag, {date}",
    "pay_asap": "Betaal zo snel mogelijk",
    # The day a final notice is written after one that brought no costs (demand.notice_restated_today).
    "pay_now_no_costs": "Betaal nu, zonder incassokosten",
    # The opening of the sentence that tells the day's final notice (steps.notice_sending; {we_email} where English
    # says "emailing"): sent now; or, held out of the print file for staff to look or call first
    # (DayLetter.look_first, contact_first), soon, not now.
    "we_send_now": "Wij sturen u nu",
    "we_send_again": "Wij sturen u",
    "we_send_soon": "Wij sturen u binnenkort",
    "we_email_now": "Wij sturen u nu",
    "we_email_soon": "Wij sturen u binnenkort",
    "restated_notice": "{we_send} een nieuwe sommatie. Daarin krijgt u {days} dagen om te betalen.",
    # The day a first one is e-mailed to a consumer who never agreed to it (steps.costless_notice_today).
    "costless_notice_now": "{we_send} een e-mail (sommatie). Daarin krijgt u {days} dagen om te betalen.",
    # After the term of a consumer's notices that bring no costs, with no notice that does to follow (no postal
    # address, no consent to e-mail): the handover is next (steps.costless_term_over). Not "zo snel mogelijk" alone.
    "costless_term_over": "De termijn van onze sommatie liep tot en met {last_day}. Wij rekenen geen incassokosten.",
    "costless_term_over_email": "De termijn van onze sommatie per e-mail liep tot en met {last_day}. Wij rekenen "
    "geen incassokosten.",
    "costless_term_over_portal": "De termijn van onze sommatie in ons klantportaal liep tot en met {last_day}. Wij "
    "rekenen geen incassokosten.",
    # ... e-mailed (or in the portal) to a consumer who had not agreed to it: named as the steps name it ("een e-mail
    # (sommatie)", "een bericht (sommatie) in ons klantportaal"), not as one agreed whose letter overstated the costs.
    "costless_term_over_unagreed_email": "De termijn van onze e-mail (sommatie) liep tot en met {last_day}. Wij "
    "rekenen geen incassokosten.",
    "costless_term_over_unagreed_portal": "De termijn van ons bericht (sommatie) in ons klantportaal liep tot en met "
    "{last_day}. Wij rekenen geen incassokosten.",
    "costless_handover": "Betaalt u niet? Dan kunnen wij uw dossier overdragen aan een incassobureau.",
    "costless_way_out": "Lukt betalen niet? Neem contact met ons op: een betalingsregeling is nog mogelijk.",
    # The day a first final notice is written (steps._first_notice_today): its term and its costs, not "zo snel".
    "pay_in_term": "Betaal binnen {days} dagen na ontvangst van de sommatie",
    "first_notice_now": "{we_send} een sommatie. Daarin krijgt u {days} dagen om te betalen, vanaf de dag "
    "nadat u die heeft ontvangen.",
    "first_notice_costs": "Betaalt u niet binnen die {days} dagen? Dan komen er tot {costs} incassokosten bij.",
    "total_open": "In totaal staat nog {amount} open.",
    "plan_costs_lead": "Heeft u uiterlijk {date} niet {what} betaald? Dan komen er {amount} incassokosten bij. "
    "Uw termijnen alleen houden die niet tegen.",
    # ... with one instalment left to pay (tables.plan_costs_variant).
    "plan_costs_lead_single": "Heeft u uiterlijk {date} niet {what} betaald? Dan komen er {amount} incassokosten "
    "bij. Uw termijn alleen houdt die niet tegen.",
    # The instalments due by that day pay what stops the costs (tables.instalments_stopping_the_costs).
    "plan_costs_lead_one": "Heeft u uiterlijk {date} niet {what} betaald? Dan komen er {amount} incassokosten bij. Uw "
    "termijn tot en met die dag is daarvoor genoeg. Heeft u die uiterlijk {date} betaald? Dan komen er geen "
    "incassokosten bij.",
    "plan_costs_lead_several": "Heeft u uiterlijk {date} niet {what} betaald? Dan komen er {amount} incassokosten "
    "bij. Uw termijnen tot en met die dag zijn daarvoor genoeg. Heeft u die uiterlijk {date} betaald? Dan komen er "
    "geen incassokosten bij.",
    "promise_costs_lead": "Let op: de termijn van {notice} loopt door. Heeft u uiterlijk "
    "{date} niet {what} betaald? Dan komen er {amount} incassokosten bij. Het bedrag dat u toezegde, houdt die "
    "alleen niet tegen.",
    "promise_costs_lead_late": "Let op: de termijn van {notice} loopt tot en met {date}. "
    "Heeft u dan niet {what} betaald? Dan komen er {amount} incassokosten bij, ook als u op de toegezegde dag "
    "alles betaalt.",
    "promise_costs_lead_late_part": "Let op: de termijn van {notice} loopt tot en met {date}. "
    "Heeft u dan niet {what} betaald? Dan komen er {amount} incassokosten bij, ook als u op de toegezegde dag het "
    "toegezegde bedrag betaalt.",
    # Costs from the due date (business_costs_from_due): the due date, not a final notice's term.
    "promise_costs_lead_due": "Let op: de uiterste betaaldatum is {date}. Heeft u dan niet {what} betaald? Dan "
    "komen er {amount} incassokosten bij. Het bedrag dat u toezegde, houdt die alleen niet tegen.",
    "promise_costs_lead_late_due": "Let op: de uiterste betaaldatum is {date}. Heeft u dan niet {what} betaald? "
    "Dan komen er {amount} incassokosten bij, ook als u op de toegezegde dag alles betaalt.",
    "promise_costs_lead_late_part_due": "Let op: de uiterste betaaldatum is {date}. Heeft u dan niet {what} "
    "betaald? Dan komen er {amount} incassokosten bij, ook als u op de toegezegde dag het toegezegde bedrag betaalt.",
    # No thanks here: the message below (promise.md, promise_passed.md) thanks for the promise, said once.
    "promise_lead": "U heeft toegezegd {amount} te betalen, uiterlijk {date}.",
    # A promise of part: kept, how much of the {total} open today it pays, then the step that asks the rest (the
    # step reached: {step}, "wij sturen u een aanmaning") with a plan as the way out, as the promise's confirmation
    # says it (letters.words promise_rest): the step alone read as the threat for not paying.
    "promise_part_lead": "U heeft toegezegd {amount} te betalen, uiterlijk {date}. Zodra u dat heeft "
    "betaald, is {amount} van de {total} betaald. Dan staat er nog {rest} open. Daarvoor is de volgende stap: {step}. "
    "Wilt u die liever in termijnen betalen? {plan_offer}",
    # ... a final notice's term ended before the promise: the file goes to the agency on {day}, kept or not.
    "promise_part_lead_handover": "U heeft toegezegd {amount} te betalen, uiterlijk {date}. Daarna staat "
    "er nog {rest} open; ook dat moet u betalen. Staat er op {day} nog iets open, ook als u de {amount} op tijd "
    "heeft betaald? Dan gaan wij verder met de incasso: {step}.",
    # ... the step reached was due by then: one letter asks the rest first (claims.escalation.asks_the_rest), with
    # the amount of its day, not {rest} (today's: interest moves it by the day); unpaid, the step reached ({step}).
    "promise_part_lead_letter": "U heeft toegezegd {amount} te betalen, uiterlijk {date}. Zodra u dat "
    "heeft betaald, is {amount} van de {total} betaald. Wat er dan nog openstaat, is vandaag {rest}. Daarvoor sturen "
    "wij u na {rest_day} {rest_letter}, met het bedrag op die dag. Betaalt u dat niet op tijd, dan is de volgende "
    "stap: {step}. Wilt u het liever in termijnen betalen? {plan_offer}",
    "promise_part_lead_now": "U heeft toegezegd {amount} te betalen, uiterlijk {date}. Daarna staat er "
    "nog {rest} open.",
    "promise_whole_lead": "U heeft toegezegd het hele bedrag te betalen, uiterlijk {date}. Vandaag is dat {amount}.",
    "promise_whole_lead_interest": "U heeft toegezegd het hele bedrag te betalen, uiterlijk {date}. Vandaag is dat "
    "{amount}; de rente loopt door tot de dag waarop u betaalt.",
    "kept_lead": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open. "
    "Wilt u dit bedrag {when} betalen?",
    "kept_lead_no_ask": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open.",
    # A promise of part of the amount, kept: thanks for that, and the rest is asked as the step reached asks it.
    "kept_part_lead": "Dank u wel: u heeft betaald wat u ons had toegezegd, {promised} uiterlijk {date}. Er staat "
    "nog {amount} open. Wilt u dit bedrag {when} betalen?",
    "kept_part_lead_no_ask": "Dank u wel: u heeft betaald wat u ons had toegezegd, {promised} uiterlijk {date}. Er "
    "staat nog {amount} open.",
    # A plan of part of the amount, completed: thanks for that, and the rest is asked as the step reached asks it.
    "kept_plan_part_lead": "Dank u wel: u heeft alle termijnen van uw betalingsregeling betaald. Er staat nog "
    "{amount} open. Wilt u dit bedrag {when} betalen?",
    "kept_plan_part_lead_no_ask": "Dank u wel: u heeft alle termijnen van uw betalingsregeling betaald. Er staat nog "
    "{amount} open.",
    # ... of a plan of one (tables.instalment_key, counting all): not "alle termijnen".
    "kept_plan_part_lead_single": "Dank u wel: u heeft de termijn van uw betalingsregeling betaald. Er staat nog "
    "{amount} open. Wilt u dit bedrag {when} betalen?",
    "kept_plan_part_lead_no_ask_single": "Dank u wel: u heeft de termijn van uw betalingsregeling betaald. Er staat "
    "nog {amount} open.",
    # A plan agreed with the agency (or the bailiff) since the handover, all its instalments paid: thanks, and who
    # asks what is left (statement.steps.kept_with_handler).
    "kept_plan_handler_lead": "Dank u wel: u heeft alle termijnen van uw betalingsregeling met {handler} betaald. Er "
    "staat nog {amount} open; dat vraagt {handler} u te betalen.",
    # ... a promise made with them since the handover, kept (statement.steps.kept_with_handler).
    "kept_promise_handler_lead": "Dank u wel: u heeft betaald wat u {handler} had toegezegd, {promised} uiterlijk "
    "{date}. Er staat nog {amount} open; dat vraagt {handler} u te betalen.",
    "kept_plan_handler_lead_single": "Dank u wel: u heeft de termijn van uw betalingsregeling met {handler} betaald. "
    "Er staat nog {amount} open; dat vraagt {handler} u te betalen.",
    "kept_lead_interest_no_ask": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} "
    "open. Dat komt door de rente tot de dag waarop u betaalde.",
    "kept_lead_interest": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open. "
    "Dat komt door de rente tot de dag waarop u betaalde. Wilt u dit bedrag {when} betalen?",
    "costs_in_amount": "Daarin zit {costs} aan incassokosten, omdat de betaaltermijn voorbij is. Hoe die zijn "
    "berekend, leest u hieronder bij Incassokosten.",
    "promise_broken_lead": "U had toegezegd uiterlijk {date} te betalen. Die betaling hebben wij niet ontvangen. "
    "Lukt het niet? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
    # ... beside a payment the bank took back (statement.returned): it came, and went back; none counts.
    "promise_broken_lead_returned": "U had toegezegd uiterlijk {date} te betalen. Wij hebben nog geen betaling van u "
    "die meetelt. Lukt het niet? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
    # ... with part of it paid in its window (the promise's `paid`): not "niet (helemaal)", the file knows which.
    "promise_broken_lead_part": "U had toegezegd uiterlijk {date} te betalen. Die betaling hebben wij niet helemaal "
    "ontvangen. Lukt het niet? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
    # ... beside a payment the bank took back: part of what was paid came back, not "niet helemaal ontvangen".
    "promise_broken_lead_part_returned": "U had toegezegd uiterlijk {date} te betalen. Daarvan telt {paid} mee: de "
    "rest staat nog open. Lukt het niet? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
    # ... a promise made to the agency (or the bailiff) since the handover (statement.steps.broken_with_handler):
    # theirs to talk about, and a payment to them may not be in our figures yet.
    "promise_broken_handler_lead": "U had {handler} toegezegd uiterlijk {date} te betalen. Volgens onze administratie "
    "is die betaling niet binnen. Lukt het niet, of heeft u al betaald? Neem dan contact op met {handler}.",
    "promise_broken_handler_lead_part": "U had {handler} toegezegd uiterlijk {date} te betalen. Volgens onze "
    "administratie is die betaling niet helemaal binnen. Lukt het niet, of heeft u al betaald? Neem dan contact op "
    "met {handler}.",
    "kept_lead_costs": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open. Dat komt "
    "door de incassokosten van {costs} en de rente. Volgens de wet gaat een betaling eerst naar de kosten en rente "
    "van een factuur, daarna naar de factuur zelf. Wilt u dit bedrag {when} betalen?",
    "kept_lead_costs_no_ask": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open. "
    "Dat komt door de incassokosten van {costs} en de rente. Volgens de wet gaat een betaling eerst naar de kosten en "
    "rente van een factuur, daarna naar de factuur zelf.",
    "kept_lead_costs_only": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open. Dat "
    "komt door de incassokosten van {costs}. Volgens de wet gaat een betaling eerst naar de kosten van een factuur, "
    "daarna naar de factuur zelf. Wilt u dit bedrag {when} betalen?",
    "kept_lead_costs_only_no_ask": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} "
    "open. Dat komt door de incassokosten van {costs}. Volgens de wet gaat een betaling eerst naar de kosten van een "
    "factuur, daarna naar de factuur zelf.",
    "by_date": "uiterlijk {date}",
    "thanks_part": "Dank u wel voor uw betaling van {amount} op {date}. Het bedrag hierboven is wat u nu nog moet "
    "betalen.",
    # A settlement in instalments: the amount above is one instalment, not all that is left of the agreed sum.
    "thanks_part_accord": "Dank u wel voor uw betaling van {amount} op {date}. Van het afgesproken bedrag staat nog "
    "{left} open. Het bedrag hierboven is de termijn die u nu betaalt.",
    "by_today": "uiterlijk vandaag ({date})",
    # {not_received} in a message or letter text: true whether nothing or part was paid.
    "not_received": "uw betaling nog niet ontvangen",
    "not_received_all": "nog niet het hele bedrag ontvangen",
    # ... after a handover that ended a plan (statement.view.plan_before_handover): behind with part paid, or kept.
    "not_received_plan": "niet alle termijnen van uw betalingsregeling ontvangen",
    "not_received_plan_single": "de termijn van uw betalingsregeling niet helemaal ontvangen",
    "not_received_plan_kept": "alle termijnen van uw betalingsregeling ontvangen, maar nog niet het hele bedrag",
    "not_received_plan_kept_single": "de termijn van uw betalingsregeling ontvangen, maar nog niet het hele bedrag",
    # ... a plan agreed with the agency that had the file before the latest handover: whose plan it was, and what
    # was paid under it (statement.view.agency_of_plan).
    "not_received_agency_plan": "{paid} ontvangen van uw betalingsregeling met {agency}, maar niet alle termijnen",
    "not_received_agency_plan_single": "{paid} ontvangen van uw betalingsregeling met {agency}, maar niet de hele "
    "termijn",
    "not_received_agency_plan_kept": "alle termijnen van uw betalingsregeling met {agency} ontvangen ({paid}), maar "
    "nog niet het hele bedrag",
    "not_received_agency_plan_kept_single": "de termijn van uw betalingsregeling met {agency} ontvangen ({paid}), "
    "maar nog niet het hele bedrag",
    "previous_agency": "het vorige incassobureau",
    # ... while the bank statements read end before the day it is about (steps.days_unseen): not "not received".
    "not_received_unseen": "nog geen betaling van u verwerkt",
    "not_received_all_unseen": "nog niet het hele bedrag verwerkt",
    # ... in a page's message that gives it as the reason of a letter sent before anything was paid
    # (statement.view._not_received_by_the_letter): true of that letter's day, not of today.
    "not_received_in_time": "het bedrag niet op tijd ontvangen",
    # {the_invoice} and {this_invoice} in a message or letter text: the invoices it is about, one or several.
    "the_invoice": "de factuur",
    "the_invoices": "de facturen",
    "this_invoice": "deze factuur",
    "these_invoices": "deze facturen",
    "asap": "zo snel mogelijk",
    # {pay_by} the day a first final notice is written (statement.view._pay_by), as the top says it.
    "within_term": "binnen {days} dagen na ontvangst van onze sommatie",
    # ... e-mailed to a consumer who had not agreed to it (view._pay_by): the English, as the top, no "final notice".
    "within_term_unagreed": "binnen {days} dagen na ontvangst van onze sommatie",
    # An invoice not yet due beside the amount asked: said so that it holds on whatever day a posted
    # letter is read (a due date before the assumed day of receipt is not "later").
    "not_yet_due": "Apart te betalen: {amount}, uiterlijk op de vervaldatum van de factuur, {date}.",
    "part_due": "Daarvan {amount} uiterlijk {date}.",
    "plan_arrears_lead": "Er staat een termijn van uw betalingsregeling open.",
    # A settlement's instalment overdue, at the top of the page: what a miss brings, before the thanks.
    "settlement_missed_lead": "Er staat een termijn van de afspraak open. Betaalt u die niet op tijd? Dan vervalt de "
    "afspraak.",
    # ... more than one: not "een termijn" beside an amount that holds several.
    "settlement_missed_lead_more": "Er staan termijnen van de afspraak open. Betaalt u die niet op tijd? Dan vervalt "
    "de afspraak.",
    # ... by one day, its payment taken back by the bank after it (claims.accord.counted_from): no "termijn".
    "settlement_sum_missed_lead": "Het afgesproken bedrag staat weer open. Betaalt u het niet op tijd? Dan vervalt de "
    "afspraak.",
    # A plan of one (tables.instalment_key, counting all): its instalment, not "een termijn" of several.
    "plan_arrears_lead_single": "De termijn van uw betalingsregeling staat nog open.",
    "plan_arrears_lead_more": "Er staan termijnen van uw betalingsregeling open.",
    # One missed, by its day and amount (s60: "U heeft een termijn ... niet betaald" here, and "De termijn van {date}
    # ... is nog niet betaald" in the step below, said it twice): the top names it once, as it names several
    # (`plan_notice_lead_more`), and the step says what to do (steps._notice_pay).
    "plan_notice_lead": "De termijn van {date} van uw betalingsregeling ({amount}) is nog niet betaald. Daarom vragen "
    "wij nu alles wat te laat is.",
    # ... beside a payment the bank took back (statement.returned): it was paid, and came back; what counts.
    "plan_notice_lead_returned": "Voor de termijn van {date} van uw betalingsregeling ({amount}) hebben wij nog geen "
    "betaling van u die meetelt. Daarom vragen wij nu alles wat te laat is.",
    # ... more than one missed, nothing paid of them ({missed}: steps.missed_named): not "een termijn". That they are
    # open, said once (s59: "U heeft die termijnen ... niet betaald" said it again); then that the amount above is more
    # than they are, as the notice's opening says it ("niet alleen {the_instalment}"). The list, at three missed, takes
    # 16 of the sentence's 21 words: "Deze termijnen staan nog open" is the longest lead-in that fits.
    "plan_notice_lead_more": "Deze termijnen staan nog open: {missed}. Daarom vragen wij nu alles wat te laat is, "
    "niet alleen deze termijnen.",
    # ... of several, the list in a sentence of its own (s58: 32 words with three in it), as the reminder says it
    # (letters.words: `installment_missed_more_returned`).
    "plan_notice_lead_more_returned": "Deze termijnen staan nog open: {missed}. Voor die termijnen van uw "
    "betalingsregeling hebben wij nog geen betaling van u die meetelt. Daarom vragen wij nu alles wat te laat is, "
    "niet alleen deze termijnen.",
    # ... part of the missed instalment(s) paid ({missed}: steps.missed_named): what came, and what is left of them.
    "plan_notice_lead_part": "Van de termijn van {date} van uw betalingsregeling ({amount}) heeft u {paid} betaald. "
    "Er staat nog {left} van open. Daarom vragen wij nu alles wat te laat is.",
    "plan_notice_lead_more_part": "Deze termijnen staan nog open: {missed}. Van die termijnen van uw "
    "betalingsregeling heeft u {paid} betaald. Samen staat er nog {left} van open. Daarom vragen wij nu alles wat "
    "te laat is, niet alleen deze termijnen.",
    # After the missed instalments told apart, before the notice and since (steps._notice_lead): no "Daarom".
    "plan_notice_lead_ask": "Wij vragen nu alles wat te laat is.",
    "paid_label": "Betaald",
    "paid_lead": "Dank u wel! U heeft alles betaald.",
    # A settlement paid in time (claims.accord): the agreed sum, not "alles"; the rest is remitted, not paid.
    "settled_label": "Afgerond",
    "settled_lead": "Dank u wel! U heeft het afgesproken bedrag van {amount} betaald.",
    "paid_on": "Uw laatste betaling ontvingen wij op {date}.",
    "how_to_pay": "Zo betaalt u",
    "pay_online": "Betaal online",
    # Section headings
    "h_message": "Bericht van {creditor}",
    "h_next": "Wat gebeurt er nu?",
    "h_pay": "Zo betaalt u",
    "h_plan": "Uw betalingsregeling",
    "h_details": "Wat u moet betalen en waarom",
    "h_details_paid": "Uw facturen en betalingen",
    "h_invoices": "Facturen",
    "h_payments": "Ontvangen betalingen",
    "h_interest": "Rente",
    "h_costs": "Incassokosten",
    "h_total": "Totaal",
    "h_options": "Lukt betalen niet, of klopt er iets niet?",
    "h_ask_plan": "Niet alles in één keer betalen",
    "h_dispute": "Niet eens met de factuur",
    "h_dispute_many": "Niet eens met een factuur",  # above dispute_text_many (and its handover's and legal's)
    "h_help": "Geldzorgen",
    "h_contact": "Vragen? Neem contact op",
    "h_terms": "Afspraken over betalen",
    "h_creditor": "Wie vraagt de betaling?",
    # How to pay
    "scan": "Bekijkt u deze pagina op een computer of tablet? Scan dan de QR-code met de bank-app op uw "
    "telefoon. Het bedrag en het betalingskenmerk staan er al in.",
    "scan_no_amount": "Bekijkt u deze pagina op een computer of tablet? Scan dan de QR-code met de bank-app op uw "
    "telefoon. Het betalingskenmerk staat er al in; het bedrag vult u zelf in.",
    "transfer": "Maak het bedrag over met uw bank-app. Neem deze gegevens over, of kopieer ze:",
    "transfer_part": "Maak dat deel over met uw bank-app. Neem deze gegevens over, of kopieer ze:",
    "transfer_or": "Of maak het bedrag over met uw bank-app. Neem deze gegevens over, of kopieer ze:",
    "qr_alt": "QR-code voor een overboeking van {amount} aan {name}, {kind} {reference}. "
    "Dezelfde gegevens staan ook als tekst op deze pagina.",
    "qr_alt_no_amount": "QR-code voor een overboeking aan {name}, {kind} {reference}, zonder bedrag: dat "
    "vult u zelf in. Dezelfde gegevens staan ook als tekst op deze pagina.",
    "amount_yours": "het deel waarmee u het eens bent (vult u zelf in)",
    # ... while a settlement's deciding day is not in the statements read (demand.settlement_undecided).
    "amount_yours_undecided": "vult u zelf in (zie bovenaan)",
    "amount": "Bedrag",
    "iban": "IBAN",
    "bic": "BIC",
    "beneficiary": "Naam ontvanger",
    "reference": "Betalingskenmerk",
    # An agency's reference that is no RF reference goes in the transfer's description (pay._agency_payee): named so.
    "reference_text": "Omschrijving",
    "reference_kind": "betalingskenmerk",
    "reference_text_kind": "omschrijving",
    "scan_text": "Bekijkt u deze pagina op een computer of tablet? Scan dan de QR-code met de bank-app op uw "
    "telefoon. Het bedrag en de omschrijving staan er al in.",
    "scan_text_no_amount": "Bekijkt u deze pagina op een computer of tablet? Scan dan de QR-code met de bank-app op "
    "uw telefoon. De omschrijving staat er al in; het bedrag vult u zelf in.",
    "reference_hint": "Vermeld altijd het betalingskenmerk: vul het in bij ‘Betalingskenmerk’ in uw bank-app, of "
    "als dat niet kan bij ‘Omschrijving’. Dan weten wij dat de betaling van u is.",
    "link_intro": "Betaal online, via onze betaalpagina:",
    "link_qr_alt": "QR-code met de betaallink naar {host}.",
    "link_qr_caption": "Scan om online te betalen",
    "qr_caption": "Scan met uw bank-app",
    "bank_warning": "Let op: wij veranderen ons rekeningnummer nooit per e-mail. "
    "Krijgt u een bericht met een ander rekeningnummer? Betaal dan niet en neem contact met ons op.",
    "bank_warning_phone": "Let op: wij veranderen ons rekeningnummer nooit per e-mail. "
    "Krijgt u een bericht met een ander rekeningnummer? Betaal dan niet en bel ons op {phone}.",
    "copy_label": "Kopieer",
    "copied_label": "Gekopieerd",
    "copy_failed_label": "Kopiëren lukte niet; de tekst is geselecteerd, kopieer hem zelf",
    # The next instalment, due before the plan's confirmation arrives: by the day that letter gives (its own words).
    "plan_qr_unread": "Het bedrag om over te maken is uw volgende termijn: {amount}, {when}.",
    "plan_qr_unread_single": "Het bedrag om over te maken is uw termijn: {amount}, {when}.",  # a plan of one
    # ... more than one instalment asked later (claims.demand.instalments_asked_later): not "uw volgende termijn".
    "plan_qr_unread_more": "Het bedrag om over te maken is wat u nu moet betalen volgens uw betalingsregeling: "
    "{amount}, {when}.",
    "plan_nothing_due": "Er staat nu geen termijn open. Het bedrag om over te maken is uw volgende termijn: "
    "{amount}, uiterlijk {date}.",
    "plan_nothing_due_single": "Er staat nu geen termijn open. Het bedrag om over te maken is uw termijn: "
    "{amount}, uiterlijk {date}.",
    "plan_qr_due": "Het bedrag om over te maken is wat u nu moet betalen volgens uw betalingsregeling: {amount}.",
    # What the notice asks, in the words of the top and the letters (s61: "alles wat nu te laat is" and "the whole
    # amount overdue now" read as another amount beside them).
    "plan_qr_notice": "Het bedrag om over te maken is alles wat te laat is, niet alleen {instalment}. Dat vraagt "
    "{notice}.",
    "promise_qr": "Het bedrag om over te maken is het bedrag dat u heeft toegezegd.",
    "promise_qr_whole": "Het bedrag om over te maken is het hele bedrag, met de rente tot vandaag.",
    "promise_qr_whole_no_interest": "Het bedrag om over te maken is het hele bedrag.",
    "overdue_qr": "Het bedrag om over te maken is wat nu te laat is. Facturen waarvan de betaaltermijn nog niet "
    "voorbij is, betaalt u later, uiterlijk op hun eigen datum.",
    "dispute_qr": "Wilt u al iets betalen terwijl wij het uitzoeken? Betaal dan alleen het deel waarmee u het eens "
    "bent. Daarom staat er hieronder en in de QR-code geen bedrag: dat vult u zelf in.",
    # A settlement's deciding day not in the statements read: what is owed is the top's question, not a figure.
    "undecided_qr": "Er staat hieronder en in de QR-code geen bedrag: of u nog iets moet betalen, leest u bovenaan.",
    "undecided_qr_email": "Er staat bij de betaalgegevens geen bedrag: of u nog iets moet betalen, leest u op uw "
    "betaaloverzicht.",
    # ... in a letter, whose box asks it (letters.view._pay_note): the details stand above the note there.
    "undecided_qr_letter": "Er staat bij de betaalgegevens en in de QR-code geen bedrag. Of u nog iets moet betalen, "
    "leest u bovenaan deze brief.",
    "undecided_qr_email_top": "Er staat bij de betaalgegevens geen bedrag. Of u nog iets moet betalen, leest u "
    "bovenaan deze e-mail.",
    # The same where no QR code stands beside the details (an e-mail), which come above it there.
    "dispute_qr_email": "Wilt u al iets betalen terwijl wij het uitzoeken? Betaal dan alleen het deel waarmee u "
    "het eens bent. Daarom staat er bij de betaalgegevens geen bedrag: dat vult u zelf in.",
    # The payment plan
    "plan_caption": "Termijnen van uw betalingsregeling (bedragen in euro)",
    # A plan of one (tables.instalment_key, counting all): its schedule is one instalment.
    "plan_caption_single": "Termijn van uw betalingsregeling (bedragen in euro)",
    # A settlement in instalments (tables.plan_view): its schedule, as a plan's, under its own words.
    "h_settlement_plan": "Uw termijnen voor de afspraak",
    "settlement_plan_caption": "Termijnen van de afspraak (bedragen in euro)",
    "plan_col_due": "Uiterlijk",
    "plan_col_amount": "Bedrag",
    "plan_col_paid": "Betaald",
    # A cell with nothing in it ("—", fmt.BLANK), as a screen reader says it: nothing paid of an invoice or an
    # instalment, an instalment still to come.
    "blank_cell": "geen",
    "blank_not_yet": "nog niet",
    "plan_col_state": "Stand",
    "plan_paid": "Betaald",
    "plan_due": "Vandaag betalen",
    "plan_overdue": "Te laat",
    "plan_unread": "Nu te betalen",  # due before the plan's confirmation arrives: by the day it gives
    "plan_unseen": "Nog niet verwerkt",
    "unseen_yet": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u op tijd betaald? "
    "Dan hoeft u niets te doen.",
    # ... beside a payment the bank took back (statement.returned): that one was paid, and came back; only a
    # payment made again, after the statements read, may be what is not yet seen.
    "unseen_yet_returned": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u daarna op tijd "
    "opnieuw betaald? Dan hoeft u niets te doen.",
    # ... when only the day before today's letter is not read: a payment after the day asked was not "op tijd".
    "unseen_already": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u al betaald? "
    "Dan hoeft u niets te doen.",
    "unseen_already_returned": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u daarna "
    "opnieuw betaald? Dan hoeft u niets te doen.",
    # Beside an amount with costs charged after a term the bank statements read do not reach (steps.costs_unseen_lead).
    "costs_unseen_lead": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u uiterlijk {last_day} "
    "betaald wat {notice} vroeg? Dan rekenen wij de incassokosten niet.",
    "costs_unseen_announced": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u al betaald? "
    "Dan hoeft u niets te doen.",
    "costs_unseen_announced_returned": "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u "
    "daarna opnieuw betaald? Dan hoeft u niets te doen.",
    # A final notice's term over, its days not yet in the statements read (claim.term_unseen): no "pay by" a day gone.
    # A payment counts on the day it is credited (art. 6:114 lid 2 BW): "op onze rekening", not "betaald".
    "term_unseen_lead": "De betaaltermijn van {notice} liep tot en met {last_day}. Stond uw betaling uiterlijk op die "
    "dag op onze rekening? Dan telt die. Wij zien haar zodra de afschriften van onze bank over die dagen binnen zijn. "
    "Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u nog niet betaald? Betaal dan nu het bedrag "
    "hierboven. Omdat de termijn voorbij is, zijn er dan ook {costs} incassokosten verschuldigd. Die vragen wij "
    "apart, zodra de afschriften dat laten zien. Een betaling gaat volgens de wet eerst naar de incassokosten: daarna "
    "staat er dus nog {costs} open.",
    # ... beside a payment the bank took back (statement.returned): a payment counts only if it stayed on the
    # account; the one that came back reached it too, and does not count.
    "term_unseen_lead_returned": "De betaaltermijn van {notice} liep tot en met {last_day}. Stond uw betaling "
    "uiterlijk op die dag op onze rekening, en is die daar gebleven? Dan telt die. Wij zien haar zodra de "
    "afschriften van onze bank over die dagen binnen zijn. Betalingen van na {paid_until} hebben wij nog niet "
    "verwerkt. Heeft u nog niet opnieuw betaald? Betaal dan nu het bedrag hierboven. Omdat de termijn voorbij is, "
    "zijn er dan ook {costs} incassokosten verschuldigd. Die vragen wij apart, zodra de afschriften dat laten zien. "
    "Een betaling gaat volgens de wet eerst naar de incassokosten: daarna staat er dus nog {costs} open.",
    # ... handed over since: the agency asks the costs, not we (the page's top asks them only while ours to chase).
    "term_unseen_lead_handover": "De betaaltermijn van {notice} liep tot en met {last_day}. Stond uw betaling "
    "uiterlijk op die dag op onze rekening? Dan telt die. Wij zien haar zodra de afschriften van onze bank over die "
    "dagen binnen zijn. Betalingen van na {paid_until} hebben wij nog niet verwerkt. Heeft u nog niet betaald? Betaal "
    "dan nu het bedrag hierboven. Omdat de termijn voorbij is, zijn er dan ook {costs} incassokosten verschuldigd. "
    "Die vraagt {agency} u, zodra de afschriften dat laten zien. Een betaling gaat volgens de wet eerst naar de "
    "incassokosten: daarna staat er dus nog {costs} open.",
    "term_unseen_lead_handover_returned": "De betaaltermijn van {notice} liep tot en met {last_day}. Stond uw "
    "betaling uiterlijk op die dag op onze rekening, en is die daar gebleven? Dan telt die. Wij zien haar zodra "
    "de afschriften van onze bank over die dagen binnen zijn. Betalingen van na {paid_until} hebben wij nog niet "
    "verwerkt. Heeft u nog niet opnieuw betaald? Betaal dan nu het bedrag hierboven. Omdat de termijn voorbij is, "
    "zijn er dan ook {costs} incassokosten verschuldigd. Die vraagt {agency} u, zodra de afschriften dat laten "
    "zien. Een betaling gaat volgens de wet eerst naar de incassokosten: daarna staat er dus nog {costs} open.",
    # A promise or plan beside that term, over (claim.term_unseen): what its costs hang on, in the past tense, and
    # the costs owed since the day after it ({owed_from}) if it was not paid, not "komen er ... bij" (still to come).
    "term_unseen_costs_lead": "Let op: de termijn van {notice} liep tot en met {date}. Had u "
    "toen niet {what} betaald? Dan zijn er vanaf {owed_from} incassokosten van {amount} verschuldigd. Betalingen van "
    "na {paid_until} hebben wij nog niet verwerkt.",
    "plan_upcoming": "Komt nog",
    # Still to come by its day, but asked now by the final notice over the plan (claims.demand.asked_in_notice).
    "plan_asked_in_notice": "Gevraagd in de sommatie",
    "plan_summary": "U betaalt in {count} termijnen, samen {amount}.",
    # ... and the schedule's summary says so first: the table's later days are no longer what is asked.
    "plan_summary_notice": "Afgesproken waren {count} termijnen, samen {amount}. Onze sommatie vraagt nu alles wat "
    "te laat is, ook de termijnen die nog zouden komen.",
    "plan_summary_one": "U betaalt {amount} in één termijn.",
    # An instalment falling due by the day given to pay a missed one (steps.also_due): page and letter.
    # An instalment whose day has passed, not yet in the statements read, beside a missed one (steps.also_due): it
    # may be paid, so it is not asked with the missed one, but it is due.
    "installment_unseen": "Uw termijn van {date} ({amount}) was ook al te betalen. Heeft u die nog niet betaald? "
    "Betaal die dan ook.",
    "installment_unseen_more": "Uw termijnen van {dates} (samen {amount}) waren ook al te betalen. Heeft u die nog "
    "niet betaald? Betaal die dan ook.",
    "installment_also_due": "Op {date} is ook uw volgende termijn van {amount} verschuldigd. Samen is dat {total}.",
    # Due before the day asked: "Samen is dat" after "uiterlijk 17 december" read as the whole sum by then.
    "installment_also_due_before": "Uw volgende termijn van {amount} is al eerder verschuldigd, op {date}. Wilt u "
    "alles in één keer betalen? Betaal dan {total} uiterlijk {date}.",
    # Several due by the day asked: the first one's day, which may come before it, and the sum by that day (s44:
    # "Uiterlijk 16 maart zijn ook uw volgende twee termijnen verschuldigd" read as if 16 March would do for both).
    "installment_also_due_more": "Uw volgende {count} termijnen (samen {amount}) zijn verschuldigd: de eerste op "
    "{date}, de laatste op {last}. Wilt u alles in één keer betalen? Betaal dan {total} uiterlijk {date}.",
    "installment_also_due_more_same_day": "Op {date} zijn ook uw volgende {count} termijnen verschuldigd, samen "
    "{amount}. Wilt u alles in één keer betalen? Betaal dan {total} uiterlijk {date}.",
    # What you owe and why
    # Only the payments linked to the debtor are in the figures: a transfer without the reference waits in the bank
    # statements until staff assign it, so "every payment received is processed" would not be true (and which
    # payments wait is nobody else's business: the words are the same whatever the statements hold). On one line
    # of a letter: a long plan confirmation fills its two pages.
    "situation": "Stand op {date}, met de betalingen tot en met {paid_until} die wij aan u konden koppelen.",
    "situation_later": "Stand op {date}, met de betalingen tot en met {paid_until} die wij aan u konden koppelen. De "
    "latere betalingen staan in het overzicht van betalingen.",
    # Under it, on the page (a letter has no room): what a debtor who paid without the reference should know.
    "situation_unlinked": "Een betaling zonder betalingskenmerk verwerken wij soms een paar dagen later. Mist u een "
    "betaling? Neem dan contact met ons op.",
    # ... after a handover, the agency (or the bailiff) reachable: a payment to them is theirs to look up, one to us
    # ours (view._unlinked).
    "situation_unlinked_handler": "Een betaling zonder betalingskenmerk verwerken wij soms een paar dagen later. "
    "Mist u een betaling aan {handler}? Neem dan contact op met hen. Heeft u aan ons betaald? Neem dan contact met "
    "ons op.",
    "invoices_caption": "Facturen (bedragen in euro)",
    "amounts_note": "Bedragen in euro",
    "col_invoice": "Factuur",
    "col_amount": "Bedrag",
    "col_paid": "Betaald",
    # ... once a credit note counts on an invoice shown (tables.paid_column): the row adds up as a reader sums it.
    "col_paid_credited": "Betaald of gecrediteerd",
    "col_open": "Open",
    # A settled claim (a settlement paid in time): what stands is remitted, nothing is open (tables.open_column).
    "col_remitted": "Kwijtgescholden",
    "invoice_date": "factuurdatum {date}",
    "invoice_due": "uiterste betaaldatum {date}",
    # A credit note under its invoice: the amount stays as written, what is paid and open follow the rest.
    "credit_note": "Creditnota {number} van {date}: {amount} minder",
    # The creditor's own words apart, quoted: in our sentence, any description longer than a few words made it long.
    "credit_note_described": "Creditnota {number} van {date}: {amount} minder. Omschrijving: “{description}”",
    "payments_caption": "Ontvangen betalingen (bedragen in euro)",
    "col_date": "Datum",
    "col_applied": "Verdeeld over",
    "applied_principal": "factuur {invoice}: {amount}",
    "applied_interest": "rente {invoice}: {amount}",
    "applied_costs": "incassokosten: {amount}",
    "applied_costs_of": "incassokosten {invoice}: {amount}",
    "applied_credit": "te veel betaald: {amount}",
    "applied_credit_checked": "nog na te kijken: {amount}",
    # Paid for an invoice the debtor disputes: kept for it, not used for the others (art. 6:43 lid 1 BW).
    "applied_disputed": "factuur {invoice}, die u betwist: {amount}; wij houden dit apart voor die factuur tot "
    "wij u hebben geantwoord",
    # Paid for several invoices the debtor disputes: kept for them together (how much is whose is disputed).
    "applied_disputed_many": "facturen {invoice}, die u betwist: {amount}; wij houden dit apart voor die facturen "
    "tot wij u hebben geantwoord",
    # Kept for the disputed invoice(s) up to what they still ask; what was paid on top of that went on.
    "applied_disputed_full": "factuur {invoice}, die u betwist: {amount}, wat die factuur vraagt als die blijft staan "
    "(met eventuele rente en kosten). Wij houden dit apart voor die factuur tot wij u hebben geantwoord. Wat u meer "
    "betaalde, gaat naar {others}",
    # A payment naming a disputed invoice of which all it could ask is kept already: it paid the others.
    "applied_disputed_kept": "u noemde factuur {invoice}, die u betwist: wat die factuur kan vragen, houden wij al "
    "apart. Deze betaling ging daarom naar {others}",
    "applied_disputed_kept_many": "u noemde facturen {invoice}, die u betwist: wat die facturen kunnen vragen, houden "
    "wij al apart. Deze betaling ging daarom naar {others}",
    # ... or credit notes took all of it: nothing is left to keep for it.
    "applied_disputed_credited": "u noemde factuur {invoice}: die hebben wij helemaal gecrediteerd; deze betaling "
    "ging daarom naar {others}",
    "applied_disputed_credited_many": "u noemde facturen {invoice}: die hebben wij helemaal gecrediteerd; deze "
    "betaling ging daarom naar {others}",
    # ... by a credit note dated after the payment: on its day it was kept; counted now, it pays the others.
    "applied_disputed_credited_later": "u noemde factuur {invoice}: die hebben wij na deze betaling helemaal "
    "gecrediteerd; deze betaling telt nu voor {others}",
    "applied_disputed_credited_many_later": "u noemde facturen {invoice}: die hebben wij na deze betaling helemaal "
    "gecrediteerd; deze betaling telt nu voor {others}",
    # ... one (or some) credited in full, all the other(s) could ask kept already: both are why it went on.
    "applied_disputed_kept_credited": "u noemde facturen {invoice}: {credited} hebben wij helemaal gecrediteerd. Voor "
    "{kept}, die u betwist, houden wij al apart wat wij daarvoor kunnen vragen. Deze betaling ging daarom naar "
    "{others}",
    "applied_disputed_kept_credited_later": "u noemde facturen {invoice}: {credited} hebben wij na deze betaling "
    "helemaal gecrediteerd. Voor {kept}, die u betwist, houden wij al apart wat wij daarvoor kunnen vragen. Deze "
    "betaling telt nu voor {others}",
    # Before what a payment keeps for a disputed invoice: the credited one(s) it named too, kept for no longer.
    "applied_named_credited": "u noemde {invoices}: die hebben wij helemaal gecrediteerd",
    "applied_named_credited_later": "u noemde {invoices}: die hebben wij na deze betaling helemaal gecrediteerd",
    # Some credited in full before the payment, some by a credit note dated after it: each said as it came.
    "credited_before_and_after": "{before} hebben wij helemaal gecrediteerd en {after} na deze betaling",
    "applied_named_credited_mixed": "u noemde {invoices}: {credited}",
    "applied_disputed_credited_mixed": "u noemde facturen {invoice}: {credited}; deze betaling telt nu voor {others}",
    "applied_disputed_kept_credited_mixed": "u noemde facturen {invoice}: {credited}. Voor {kept}, die u betwist, "
    "houden wij al apart wat wij daarvoor kunnen vragen. Deze betaling telt nu voor {others}",
    "applied_disputed_many_full": "facturen {invoice}, die u betwist: {amount}, wat die facturen vragen als die "
    "blijven staan (met eventuele rente en kosten). Wij houden dit apart voor die facturen tot wij u hebben "
    "geantwoord. Wat u meer betaalde, gaat naar {others}",
    "allocation_costs": "Volgens de wet gaat een betaling eerst naar de incassokosten, dan naar de rente en daarna "
    "naar de factuur. Dat staat in artikel 6:44 Burgerlijk Wetboek.",
    "allocation_costs_invoices": "Een betaling gaat naar de factuur of facturen die u noemt, en anders eerst naar de "
    "oudste factuur. Dat staat in artikel 6:43 Burgerlijk Wetboek. Binnen een factuur gaat een betaling eerst naar de "
    "incassokosten, dan naar de rente en daarna naar de factuur zelf. Dat staat in artikel 6:44 Burgerlijk Wetboek.",
    "costs_parts": "Verdeeld over de facturen: {parts}.",
    "allocation_interest": "Een betaling gaat volgens de wet eerst naar de rente en daarna naar de factuur "
    "(artikel 6:44 Burgerlijk Wetboek).",
    "interest_statutory_consumer": "Wij rekenen de wettelijke rente (artikel 6:119 Burgerlijk Wetboek) "
    "vanaf de dag na de uiterste betaaldatum.",
    "interest_statutory_business": "Wij rekenen de wettelijke handelsrente (artikel 6:119a Burgerlijk Wetboek) "
    "vanaf de dag na de uiterste betaaldatum.",
    # Under the table: who sets its percentages and where a debtor or their counsellor can check them (rates.csv holds
    # each rate's own source, for staff). The public page of the government, named as text: it outlives a link.
    "interest_source_consumer": "De overheid stelt het percentage vast, zo nodig opnieuw per 1 januari en 1 juli "
    "(artikel 6:120 Burgerlijk Wetboek). U kunt het nakijken op rijksoverheid.nl: zoek op ‘wettelijke rente’.",
    # Art. 6:120 lid 2 BW: the ECB's main refinancing rate on the half year's first day, plus 8 points.
    "interest_source_business": "Het percentage is de herfinancieringsrente van de Europese Centrale Bank op 1 januari "
    "of 1 juli, plus 8 procentpunt. Zo staat het in artikel 6:120 Burgerlijk Wetboek. U kunt het nakijken op "
    "rijksoverheid.nl: zoek op ‘wettelijke rente’.",
    "interest_caption": "Rente per periode (bedragen in euro)",
    "col_period": "Periode",
    "col_rate": "Rente per jaar",
    "interest_period": "{start} t/m {end} ({days} dagen) over {base}",
    "interest_period_one": "{start} t/m {end} (1 dag) over {base}",
    "interest_period_capitalised": ", waarvan {interest} rente van eerdere jaren",
    "interest_compound_consumer": "Na elk vol jaar telt de rente van dat jaar mee bij het bedrag waarover wij rente "
    "rekenen. Dat staat in artikel 6:119 lid 2 Burgerlijk Wetboek.",
    "interest_compound_business": "Na elk vol jaar telt de rente van dat jaar mee bij het bedrag waarover wij rente "
    "rekenen. Dat staat in artikel 6:119a lid 3 Burgerlijk Wetboek.",
    "interest_summary": "Rente tot nu toe: {total}. Daarvan is {paid} betaald; nog open: {open}.",
    "interest_summary_unpaid": "Rente tot nu toe: {total}, nog niet betaald.",
    # Settled (a settlement paid in time): what was not paid of it is remitted, not open.
    # Interest stopped on the settlement's day: "in totaal", not "tot nu toe" (so far), as on a page paid in full.
    "interest_summary_remitted": "Rente in totaal: {total}. Daarvan is {paid} betaald en {open} kwijtgescholden.",
    "interest_summary_all_remitted": "Rente in totaal: {total}, kwijtgescholden.",
    # All of it paid: not "nog open: EUR 0,00", nor, settled, "en EUR 0,00 kwijtgescholden".
    "interest_summary_all_paid": "Rente tot nu toe: {total}, helemaal betaald.",
    "interest_summary_all_paid_closed": "Rente in totaal: {total}, helemaal betaald.",
    "interest_per_day": "Per dag komt er ongeveer {amount} rente bij.",
    # A rate not (yet) checked against the published one: a row marked confirmed: false in the rate table, or a
    # half year past its end, counted at its last rate (law.interest.InterestLine.confirmed). The figures may move.
    "interest_rate_assumed": "{rate} (voorlopig)",
    # One line in a letter (8.5 pt): a longer note cost a shortened letter an invoice row.
    "interest_assumed": "‘Voorlopig’: nog niet vergeleken met het officiële tarief. Wijkt dat af, dan passen wij de "
    "rente aan. U hoeft niets te doen.",
    # Settled: the agreed sum was the whole debt's end; another rate changes nothing the debtor paid or owes.
    "interest_assumed_settled": "‘Voorlopig’: nog niet vergeleken met het officiële tarief. Aan het afgesproken "
    "bedrag verandert dat niets.",
    "costs_charged": "Wij rekenen {amount} incassokosten, berekend over {principal}. Dat staat in {basis}. "
    "In rekening gebracht {when}.",
    "costs_over_asked": "{principal} stond na uw betaling in de termijn nog open van het bedrag uit onze sommatie van "
    "{sent}.",
    # The same when the payment was the invoices' whole amount, and only the notice's interest stayed open.
    "costs_over_interest": "In de termijn van onze sommatie van {sent} betaalde u {paid}. Dat is het hele "
    "factuurbedrag, maar niet alle rente die de sommatie ook vroeg. Een betaling gaat volgens de wet eerst naar de "
    "rente (artikel 6:44 Burgerlijk Wetboek). Daarom bleef {principal} open, en daarover rekenen wij de incassokosten.",
    "costs_charged_stated": "Wij rekenen {amount} incassokosten: het bedrag dat {notice} "
    "noemde. In rekening gebracht {when}.",
    "costs_minimum": "Dat is het wettelijke minimum van {minimum}: de percentages over dit bedrag komen lager uit.",
    # With VAT on the costs the amount stated is more than the minimum: the minimum is said to be without it.
    "costs_minimum_vat": "Zonder btw is dat het wettelijke minimum van {minimum}: de percentages over dit bedrag "
    "komen lager uit.",
    "costs_steps_intro": "Zo berekenen wij de incassokosten:",
    # A band of the scale: on the page "{band}: {amount}", in a letter "{band} = {amount}" (tables.costs_steps).
    "costs_step_only": "{rate} over {part}",
    "costs_step_first": "{rate} over de eerste {part}",
    "costs_step_next": "{rate} over de volgende {part}",
    "costs_steps_sum": "Samen, over {principal}: {amount}",
    "costs_steps_inline": "Zo berekend: {steps}.",
    "costs_steps_inline_sum": "samen {amount}",
    "costs_steps_minimum": "Dat is minder dan het wettelijke minimum. De incassokosten zijn daarom {minimum}.",
    "costs_steps_maximum": "Dat is meer dan het wettelijke maximum. De incassokosten zijn daarom {maximum}.",
    # A creditor that cannot reclaim VAT charges it on the costs, and must say so (policy.costs_vat).
    "costs_vat": "De incassokosten zijn inclusief {rate} btw ({vat}), omdat wij de btw niet kunnen verrekenen.",
    # The costs' amount where a sentence names it away from the costs paragraph, which says why VAT is charged
    # (tables.vat_beside): the VAT in it, or, for an amount a part paid may lower ("ten hoogste"), its rate.
    "costs_amount_vat": "{amount} (inclusief {rate} btw: {vat})",
    "costs_amount_vat_rate": "{amount} (inclusief {rate} btw)",
    "costs_steps_vat": "Plus {rate} btw over {net}: {vat}",
    "costs_steps_with_vat": "Incassokosten met btw: {amount}",
    "costs_steps_inline_vat": "Met {rate} btw over {net} ({vat}) erbij: {amount}.",
    "costs_unseen": "Heeft u uiterlijk {last_day} betaald wat {notice} vroeg, maar na {paid_until}? "
    "Dan hebben wij die betaling nog niet kunnen verwerken, en rekenen wij deze kosten niet.",
    "costs_charged_each": "Wij rekenen {amount} incassokosten: {count} facturen zijn niet op tijd betaald. Voor elke "
    "te laat betaalde factuur geeft de wet ten minste {minimum} (artikel 6:96 lid 4 Burgerlijk Wetboek). In rekening "
    "gebracht {when}.",
    # When the costs were charged: on one day, or in parts (business_costs_from_due: per late invoice).
    "charged_on": "op {date}",
    "charged_parts": "in delen: het eerste op {first}, het laatste op {last}",
    "costs_announced": "Nog niet in rekening gebracht. Heeft u onze laatste brief (sommatie) van {sent} op "
    "{received} ontvangen? Dan is uw laatste betaaldag {last_day}. Heeft u dan niet {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    # The same of a notice a later one followed (sent again): named by its date alone, as "laatste brief"
    # reads as that later one (tables.dated_key).
    "costs_announced_dated": "Nog niet in rekening gebracht. Heeft u onze sommatie van {sent} op "
    "{received} ontvangen? Dan is uw laatste betaaldag {last_day}. Heeft u dan niet {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    "costs_announced_told": "Nog niet in rekening gebracht. U liet ons weten dat onze laatste brief (sommatie) van "
    "{sent} op {received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u dan niet {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    "costs_announced_dated_told": "Nog niet in rekening gebracht. U liet ons weten dat onze sommatie van "
    "{sent} op {received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u dan niet {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    # A final notice sent by e-mail arrives the day it is sent (claims.timing.letter_received): that day is stated,
    # not asked as of a letter; a later one the debtor tells us counts (the notice's `received`), so they may say so.
    "costs_announced_email": "Nog niet in rekening gebracht. Onze sommatie per e-mail van {sent} kwam dezelfde dag "
    "bij u binnen: {received}. Uw laatste betaaldag is dus {last_day}. Heeft u dan niet {what} betaald? Dan rekenen "
    "wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}. Kwam die e-mail later binnen? Laat het ons "
    "weten.",
    "costs_announced_email_told": "Nog niet in rekening gebracht. U liet ons weten dat onze sommatie per e-mail van "
    "{sent} op {received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u dan niet {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    # A final notice sent in the creditor's customer portal (`channel: portal`) arrives the day it is sent too, but it
    # is a message in that portal, no e-mail (tables.channel_variant): named so wherever the e-mail's words name one.
    "costs_announced_portal": "Nog niet in rekening gebracht. Onze sommatie van {sent} in ons klantportaal kwam "
    "dezelfde dag bij u binnen: {received}. Uw laatste betaaldag is dus {last_day}. Heeft u dan niet {what} betaald? "
    "Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}. Kwam dat bericht later binnen? "
    "Laat het ons weten.",
    "costs_announced_portal_told": "Nog niet in rekening gebracht. U liet ons weten dat onze sommatie van {sent} in "
    "ons klantportaal op {received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u dan niet "
    "{what} betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    # A final notice named by how it went (tables.notice_named): "onze sommatie per e-mail" is no "brief".
    "notice_letter": "onze laatste brief (sommatie)",
    "notice_email": "onze sommatie per e-mail",
    "notice_portal": "onze sommatie in ons klantportaal",
    # ... e-mailed (or in the portal) to a consumer who had not agreed to it (notice_named's `debtor`): "een e-mail
    # (sommatie)" as the steps and its own subject name it, no "sommatie per e-mail" as if agreed; in the portal "ons
    # bericht (sommatie)", as the page's message calls it a message ("een bericht in ons klantportaal"), no "onze
    # sommatie in ons klantportaal" as if it were the notice whose term brings the costs.
    "notice_unagreed_email": "onze e-mail (sommatie)",
    "notice_unagreed_portal": "ons bericht (sommatie) in ons klantportaal",
    # The first of two or more, named so in a notice sent again and after it (tables.first_notice_named).
    "first_notice_letter": "onze eerste sommatie",
    "first_notice_email": "onze eerste sommatie per e-mail",
    "first_notice_portal": "onze eerste sommatie in ons klantportaal",
    # The one the costs hang on after a costless one, once a later one went out: named by its date, as neither
    # "laatste" (the later one) nor "eerste" (the costless one) fits (tables.first_notice_named).
    "dated_notice_letter": "onze sommatie van {sent}",
    "dated_notice_email": "onze sommatie van {sent} per e-mail",
    "dated_notice_portal": "onze sommatie van {sent} in ons klantportaal",
    # The same in a page's message (view.MessageValues): {a_notice} in "Wij hebben u {a_notice} gestuurd (een
    # sommatie)", {the_notice} in "het bedrag uit {the_notice}". The English has no commas around "by email" there:
    # a message may go on with a comma of its own ("not in {the_notice}, and ...").
    "a_notice_letter": "een laatste brief",
    "a_notice_email": "een laatste e-mail",
    "a_notice_portal": "een laatste bericht in ons klantportaal",
    # ... e-mailed (or in the portal) to a consumer who had not agreed to it: it brings no costs, one that does may
    # follow (statement.view._a_notice), so no "laatste"; posted, one whose letter stated more costs than the law
    # allows (claims.timing.overstates): the steps send the one that states them right.
    "a_notice_unagreed_email": "een e-mail",
    "a_notice_unagreed_letter": "een brief",
    # {our_notice} in the term of a notice e-mailed or sent in the portal (steps._term_line: "_unagreed" and the form;
    # a posted one's term names it itself): a consumer's sent without consent is no final notice in English (a notice
    # that brings costs may follow); in Dutch "sommatie" says no "laatste", and the e-mail is "Onze e-mail
    # (sommatie)", as the steps name it, where one agreed is "Onze sommatie per e-mail"; in the portal "Ons bericht
    # (sommatie)", where one agreed is "Onze sommatie".
    "our_notice": "Onze laatste brief (sommatie)",
    "our_notice_email": "Onze sommatie per e-mail",
    "our_notice_portal": "Onze sommatie",
    "our_notice_unagreed_email": "Onze e-mail (sommatie)",
    "our_notice_unagreed_portal": "Ons bericht (sommatie)",
    "a_notice_unagreed_portal": "een bericht in ons klantportaal",
    "the_notice_letter": "onze laatste brief (sommatie)",
    "the_notice_email": "onze sommatie per e-mail",
    "the_notice_portal": "onze sommatie in ons klantportaal",
    # ... over a plan, e-mailed (or in the portal) to a consumer who had not agreed to it (tables.plan_notice_named).
    "the_notice_unagreed_email": "onze e-mail (sommatie)",
    # ... written today both ways, a business's that staff send one way or the other (tables.plan_notice_named).
    "the_notice_either": "onze sommatie",
    "the_notice_unagreed_portal": "ons bericht (sommatie) in ons klantportaal",
    # The first of two or more in a message (tables.first_notice_named), as the box names it.
    "first_the_notice_letter": "onze eerste sommatie",
    "first_the_notice_email": "onze eerste sommatie per e-mail",
    "first_the_notice_portal": "onze eerste sommatie in ons klantportaal",
    # Several, none of which asked for a newer invoice (tables.newer_notice_named): no "eerste".
    "the_notices": "onze sommaties",
    "dated_the_notice_letter": "onze sommatie van {sent}",
    "dated_the_notice_email": "onze sommatie van {sent} per e-mail",
    "dated_the_notice_portal": "onze sommatie van {sent} in ons klantportaal",
    # A told day before the one a letter is assumed to arrive never shortens the term (claims.timing).
    "counted_from": "Wij tellen de dagen toch vanaf {assumed}, de dag waarop een brief meestal aankomt. Zo krijgt "
    "u meer tijd.",
    # Before the costs said once the term is over, its days not yet in the statements read (tables.costs_after_term).
    "costs_not_yet": "Nog niet in rekening gebracht.",
    # The costs of a term over, its last days not yet read, asked at the top (demand.term_costs_on_top).
    "costs_on_top": "Geteld in het bedrag bovenaan, omdat de termijn voorbij is.",
    "costs_on_top_made_of_interest": "Dit is {asked} voor uw facturen en de rente, en {costs} incassokosten.",
    "costs_on_top_made_of": "Dit is {asked} voor uw facturen, en {costs} incassokosten.",
    # A payment counts on the day it is credited (art. 6:114 lid 2 BW): "op onze rekening", not "betaald".
    "costs_on_top_why": "De termijn van {notice} liep tot en met {last_day}. Die termijn is voorbij. Daarom staan "
    "de incassokosten erbij. Stond het bedrag uit die sommatie uiterlijk {last_day} op onze rekening? Dan zijn er "
    "geen incassokosten.",
    # ... beside a payment the bank took back (statement.returned): it stood on our account in the term too, and
    # does not count. Only a payment that stayed there stops the costs.
    "costs_on_top_why_returned": "De termijn van {notice} liep tot en met {last_day}. Die termijn is voorbij. "
    "Daarom staan de incassokosten erbij. Stond het bedrag uit die sommatie uiterlijk {last_day} op onze "
    "rekening, en is het daar gebleven? Dan zijn er geen incassokosten.",
    "costs_on_top_unseen": "Wij zien een betaling zodra de afschriften van onze bank over die dagen binnen zijn. "
    "Betalingen van na {paid_until} hebben wij nog niet verwerkt.",
    # While the term runs, under the day to pay by (steps._costs_if_late): "tot", as a part paid lowers them. Short:
    # the box and its buttons fit a phone's first screen; the next steps say the rest.
    "costs_if_late": "Betaalt u te laat? Dan komen er tot {costs} incassokosten bij.",
    "costs_if_late_by": "Betaalt u niet uiterlijk {date}? Dan komen er tot {costs} incassokosten bij.",
    # The costs whose day a dispute's answer set (tables.costs_answer): the answer's term, not the notice's.
    "costs_announced_answer": "Nog niet in rekening gebracht. Na ons antwoord van {answered} op uw bezwaar kunt u "
    "{what} betalen tot en met {last_day}. Heeft u dat dan niet betaald? Dan rekenen wij vanaf {date} incassokosten "
    "van {amount}. Dat staat in {basis}.",
    "costs_answer_term_ended": "Na ons antwoord van {answered} op uw bezwaar kon u {what} betalen tot en met "
    "{last_day}. Had u dat toen niet betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd.",
    "costs_on_top_why_answer": "Na ons antwoord van {answered} op uw bezwaar kon u betalen tot en met {last_day}. Die "
    "termijn is voorbij. Daarom staan de incassokosten erbij. Stond het bedrag uit {notice} uiterlijk {last_day} op "
    "onze rekening? Dan zijn er geen incassokosten.",
    "costs_on_top_why_answer_returned": "Na ons antwoord van {answered} op uw bezwaar kon u betalen tot en met "
    "{last_day}. Die termijn is voorbij. Daarom staan de incassokosten erbij. Stond het bedrag uit {notice} "
    "uiterlijk {last_day} op onze rekening? En is het daar gebleven? Dan zijn er geen incassokosten.",
    "costs_after_answer": "Heeft u niet uiterlijk {last_day}, de laatste dag van de termijn na ons antwoord, {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}.",
    "costs_after_answer_past": "Had u niet uiterlijk {last_day}, de laatste dag van de termijn na ons antwoord, "
    "{what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd.",
    "costs_announced_due": "Nog niet in rekening gebracht. Heeft u niet uiterlijk {last_day} {what} betaald? "
    "Dan rekenen wij vanaf {date} incassokosten van {amount}. Dat staat in {basis}.",
    # The costs a final notice announced, said by a letter that arrives once its term has ended
    # (letters.terms.term_over_on_arrival), and by the page once that term is over, its days not yet in the
    # statements read (claim.term_unseen; tables.costs_after_term): owed, and no part to pay "before then" any more.
    "costs_term_ended": "Heeft u onze laatste brief (sommatie) van {sent} op {received} ontvangen? Dan was uw "
    "laatste betaaldag {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van "
    "{amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_dated": "Heeft u onze sommatie van {sent} op {received} ontvangen? Dan was uw "
    "laatste betaaldag {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van "
    "{amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_first": "Heeft u onze eerste sommatie, van {sent}, op {received} ontvangen? Dan was uw "
    "laatste betaaldag zonder incassokosten {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} "
    "incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    # The same, read on the term's last day itself (an e-mail sent that day, a letter assumed to arrive then): the
    # debtor can still pay that day, so not "was".
    "costs_term_ends_today": "Heeft u onze laatste brief (sommatie) van {sent} op {received} ontvangen? Dan is "
    "{last_day} uw laatste betaaldag. Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} incassokosten "
    "van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_dated": "Heeft u onze sommatie van {sent} op {received} ontvangen? Dan is "
    "{last_day} uw laatste betaaldag. Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} incassokosten "
    "van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_first": "Heeft u onze eerste sommatie, van {sent}, op {received} ontvangen? Dan is "
    "{last_day} uw laatste betaaldag zonder incassokosten. Heeft u op die dag niet {what} betaald? Dan zijn er vanaf "
    "{date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    # The same once the debtor told us the day the notice arrived (the event's `received`): stated, not asked, as the
    # page states it (statement labels `final_term_told`); {counted}: the days still count from the assumed day.
    "costs_term_ended_told": "U liet ons weten dat onze laatste brief (sommatie) van {sent} op {received} aankwam."
    "{counted} Uw laatste betaaldag was dus {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} "
    "incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_dated_told": "U liet ons weten dat onze sommatie van {sent} op {received} aankwam."
    "{counted} Uw laatste betaaldag was dus {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} "
    "incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_first_told": "U liet ons weten dat onze eerste sommatie, van {sent}, op {received} aankwam."
    "{counted} Uw laatste betaaldag zonder incassokosten was dus {last_day}. Had u toen niet {what} betaald? Dan "
    "zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_told": "U liet ons weten dat onze laatste brief (sommatie) van {sent} op {received} "
    "aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u op die dag niet {what} betaald? Dan zijn er "
    "vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_dated_told": "U liet ons weten dat onze sommatie van {sent} op {received} "
    "aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u op die dag niet {what} betaald? Dan zijn er "
    "vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_first_told": "U liet ons weten dat onze eerste sommatie, van {sent}, op {received} "
    "aankwam.{counted} Uw laatste betaaldag zonder incassokosten is dus {last_day}. Heeft u op die dag niet {what} "
    "betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    # A final notice sent by e-mail arrives the day it is sent: named as the page names it ("per e-mail", statement
    # labels final_term_email), its last day stated, not asked about a day of receipt (statement.steps.term_key).
    "costs_term_ended_email": "Uw laatste betaaldag voor onze sommatie per e-mail van {sent} was {last_day}. Had u "
    "toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_first_email": "Uw laatste betaaldag zonder incassokosten voor onze eerste sommatie, per e-mail "
    "van {sent}, was {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} "
    "verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_email": "Uw laatste betaaldag voor onze sommatie per e-mail van {sent} is {last_day}. "
    "Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. "
    "Dat staat in {basis}.",
    "costs_term_ends_today_first_email": "Uw laatste betaaldag zonder incassokosten voor onze eerste sommatie, per "
    "e-mail van {sent}, is {last_day}. Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} "
    "incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_email_told": "U liet ons weten dat onze sommatie per e-mail van {sent} op {received} aankwam."
    "{counted} Uw laatste betaaldag was dus {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} "
    "incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_first_email_told": "U liet ons weten dat onze eerste sommatie, per e-mail van {sent}, op "
    "{received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten was dus {last_day}. Had u toen niet "
    "{what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_email_told": "U liet ons weten dat onze sommatie per e-mail van {sent} op {received} "
    "aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u op die dag niet {what} betaald? Dan zijn er "
    "vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_first_email_told": "U liet ons weten dat onze eerste sommatie, per e-mail van {sent}, op "
    "{received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten is dus {last_day}. Heeft u op die dag "
    "niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    # ... sent in our customer portal: arrives the day it is sent too, but is no e-mail (statement.tables
    # .channel_variant): a message in that portal.
    "costs_term_ended_portal": "Uw laatste betaaldag voor onze sommatie van {sent} in ons klantportaal was "
    "{last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. "
    "Dat staat in {basis}.",
    "costs_term_ended_first_portal": "Uw laatste betaaldag zonder incassokosten voor onze eerste sommatie, van {sent} "
    "in ons klantportaal, was {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van "
    "{amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_portal": "Uw laatste betaaldag voor onze sommatie van {sent} in ons klantportaal is "
    "{last_day}. Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} "
    "verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_first_portal": "Uw laatste betaaldag zonder incassokosten voor onze eerste sommatie, van "
    "{sent} in ons klantportaal, is {last_day}. Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} "
    "incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_portal_told": "U liet ons weten dat onze sommatie van {sent} in ons klantportaal op {received} "
    "aankwam.{counted} Uw laatste betaaldag was dus {last_day}. Had u toen niet {what} betaald? Dan zijn er vanaf "
    "{date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ended_first_portal_told": "U liet ons weten dat onze eerste sommatie, van {sent} in ons klantportaal, "
    "op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten was dus {last_day}. Had u toen niet "
    "{what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_portal_told": "U liet ons weten dat onze sommatie van {sent} in ons klantportaal op "
    "{received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}. Heeft u op die dag niet {what} betaald? Dan "
    "zijn er vanaf {date} incassokosten van {amount} verschuldigd. Dat staat in {basis}.",
    "costs_term_ends_today_first_portal_told": "U liet ons weten dat onze eerste sommatie, van {sent} in ons "
    "klantportaal, op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten is dus {last_day}. "
    "Heeft u op die dag niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} verschuldigd. "
    "Dat staat in {basis}.",
    # The amount above holds the parts paid until {paid_until}: only a later one, in the term, lowers it.
    "part_lowered": "Betaalde u na {paid_until} en uiterlijk {last_day} nog een deel? Die betaling hebben wij nog niet "
    "verwerkt: dan zijn ze lager, berekend over wat er daarna nog openstond.",
    # A final notice's costs that a part paid in its term still lowers (tables.costs_at_most).
    "costs_at_most": "ten hoogste {amount}",
    "costs_none": "Wij rekenen nu geen incassokosten.",
    # The costs a final notice's term brought while the debtor's dispute of all it asked is unanswered.
    "costs_wait_answer": "De incassokosten ({amount}) rekenen wij niet zolang wij uw bezwaar nog niet hebben "
    "beantwoord.",
    "costs_none_owed": "Er zijn geen incassokosten.",
    "costs_earlier": "De {amount} incassokosten die u eerder heeft betaald, horen bij facturen die al betaald zijn. U "
    "vindt ze bij uw betalingen.",
    "totals_caption": "Totaal (bedragen in euro)",
    "total_invoices": "Facturen, nog open",
    "total_interest": "Rente, nog open",
    "total_costs": "Incassokosten, nog open",
    # Settled (a settlement paid in time): each kind's rest is remitted, not open (tables.total_rows).
    "total_invoices_remitted": "Facturen, kwijtgescholden",
    "total_interest_remitted": "Rente, kwijtgescholden",
    "total_costs_remitted": "Incassokosten, kwijtgescholden",
    # Paid: what was paid, and when the last of it came (tables.paid_rows), not "Totaal te betalen 0,00".
    "total_invoices_paid": "Facturen, betaald",
    "total_interest_paid": "Rente, betaald",
    "total_costs_paid": "Incassokosten, betaald",
    "total_paid_on": "Alles betaald op {date}",
    "total_paid_all": "Alles betaald",
    "total_credited": "Gecrediteerd (hoeft u niet te betalen)",
    "total_costs_on_top": "Incassokosten, als u niet op tijd betaalde",
    "total_credit": "Te veel betaald",
    "total_due": "Totaal te betalen",
    # A dispute of the whole dossier: the top asks only the part agreed with, so the total is not "te betalen".
    "total_disputed": "Totaal open, ook wat wij nog uitzoeken",
    "total_open_later": "Totaal open (waarvan {later} later te betalen)",
    "total_open_settlement": "Totaal open (waarvan {remitted} kwijtgescholden als u het afgesproken bedrag betaalt)",
    # ... its one `pay_by` passed while the bank statements read do not reach it (demand.settlement_undecided): the top
    # asks whether it was paid, the message says "zou ... betalen": not "betaalt" of a day gone.
    "total_open_settlement_passed": "Totaal open (waarvan {remitted} kwijtgescholden als u het afgesproken bedrag op "
    "tijd heeft betaald)",
    "total_remitted": "Totaal kwijtgescholden (hoeft u niet te betalen)",
    # An instalment that falls due by the day given to pay what is asked now is not "later", nor is what is
    # asked while not due yet (a next instalment, a part promised): each is named with its day.
    "total_open_due_by": "Totaal open (waarvan {soon} uiterlijk {date} te betalen)",
    "total_open_due_by_later": "Totaal open (waarvan {soon} uiterlijk {date} en {later} later te betalen)",
    # A part promised during a plan beside instalments of it that are overdue: those are due now, not later.
    "total_open_due_by_now": "Totaal open (waarvan {soon} uiterlijk {date} en {now} nu al te betalen)",
    "total_open_due_by_now_later": "Totaal open (waarvan {soon} uiterlijk {date}, {now} nu al en {later} later "
    "te betalen)",
    # A plan's instalment whose day has passed while the statements read do not reach it, not asked beside a missed
    # one (demand.unseen_not_asked): due by its day, not "later" ({date}: the last such day).
    "total_open_unseen": "Totaal open (waarvan {unseen} uiterlijk {date} te betalen was)",
    "total_open_unseen_later": "Totaal open (waarvan {unseen} uiterlijk {date} te betalen was en {later} later te "
    "betalen)",
    # A plan or a promise in a final notice's term: its costs come unless more is paid first, so none of it is "later".
    "total_open_plain": "Totaal open",
    # While the day that decides a settlement is not in the statements read (demand.settlement_undecided,
    # replaced_undecided), the figures are those of the top's "Nee?": the total says so, not "te betalen" or "later".
    "total_if_ended": "Totaal te betalen als de afspraak is beëindigd (zie bovenaan)",
    "total_if_plan": "Totaal open als uw betalingsregeling geldt (zie bovenaan)",
    "total_if_promise": "Totaal open als uw betaalbelofte geldt (zie bovenaan)",
    "total_due_legal": "Totaal aan ons, zonder kosten van rechter en deurwaarder",
    # Options
    "ask_plan_text": "Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan. "
    "Daar rekenen wij geen kosten voor. Stuur ons een voorstel: hoeveel u per maand kunt betalen, en vanaf wanneer.",
    "ask_plan_mail": "Mail een voorstel voor een betalingsregeling",
    # A debtor a counsellor or an administrator acts for (representative:, on the build's day): the proposal comes
    # from them, by role only (statement.options.represented_by); the mail's words fit whichever of them sends it.
    "ask_plan_text_counsellor": "Kunt u niet alles in één keer betalen? Dan is een betalingsregeling mogelijk. Daar "
    "rekenen wij geen kosten voor. Uw schuldhulpverlener kan ons een voorstel sturen: hoeveel u per maand kunt "
    "betalen, en vanaf wanneer.",
    "ask_plan_text_administrator": "Kunt u niet alles in één keer betalen? Dan is een betalingsregeling mogelijk. "
    "Daar rekenen wij geen kosten voor. Uw bewindvoerder kan ons een voorstel sturen: hoeveel u per maand kunt "
    "betalen, en vanaf wanneer.",
    "plan_text_legal_us_counsellor": "Kunt u niet alles in één keer betalen? Ook nu is een betalingsregeling nog "
    "mogelijk. Uw schuldhulpverlener kan ons een voorstel sturen: hoeveel u per maand kunt betalen, en vanaf wanneer.",
    "plan_text_legal_us_administrator": "Kunt u niet alles in één keer betalen? Ook nu is een betalingsregeling nog "
    "mogelijk. Uw bewindvoerder kan ons een voorstel sturen: hoeveel u per maand kunt betalen, en vanaf wanneer.",
    # ... beside a plan to change, or one to agree with the agency or the bailiff, and beside a dispute.
    "plan_for_you_counsellor": "Uw schuldhulpverlener kan dit ook namens u regelen.",
    "plan_for_you_administrator": "Uw bewindvoerder kan dit ook namens u regelen.",
    "dispute_for_you_counsellor": "Uw schuldhulpverlener kan ons ook namens u laten weten wat er niet klopt.",
    "dispute_for_you_administrator": "Uw bewindvoerder kan ons ook namens u laten weten wat er niet klopt.",
    # The way to a plan after "Wilt u die liever in termijnen betalen?" ({plan_offer} in promise_part_lead and the
    # promise's confirmation, letters.words promise_rest), by role while one acts (statement.options.plan_offer) ...
    "plan_offer": "Vraag dan een betalingsregeling aan.",
    "plan_offer_counsellor": "Dan kan uw schuldhulpverlener ons een voorstel sturen voor een betalingsregeling.",
    "plan_offer_administrator": "Dan kan uw bewindvoerder ons een voorstel sturen voor een betalingsregeling.",
    # ... and a page message's {ask_plan} after "Kunt u niet alles in één keer betalen?", written mid-sentence: the
    # message's own full stop ends it, and a sentence's start gives it its capital (fmt.filled_in).
    "ask_plan": "vraag dan een betalingsregeling aan",
    # A settlement's message (view.accord_values): with whom it was agreed, by role only, and how it is paid.
    "agreed_with_counsellor": " met uw schuldhulpverlener",
    "agreed_with_administrator": " met uw bewindvoerder",
    "agreed_by_day": "uiterlijk {date}",
    "agreed_in_instalments": "in {count} termijnen, de laatste uiterlijk {date}",
    "ask_plan_counsellor": "dan kan uw schuldhulpverlener ons een voorstel sturen voor een betalingsregeling",
    "ask_plan_administrator": "dan kan uw bewindvoerder ons een voorstel sturen voor een betalingsregeling",
    # ... and its {way_out} after "Lukt het niet op tijd?" (the settlement's message; options.way_out), by role.
    "way_out": "neem dan contact met ons op, dan zoeken wij samen een oplossing",
    "way_out_counsellor": "dan kan uw schuldhulpverlener contact met ons opnemen",
    "way_out_administrator": "dan kan uw bewindvoerder contact met ons opnemen",
    "way_out_with": "neem dan contact op met {handler}",
    "h_change_plan": "Uw betalingsregeling aanpassen",
    # A running settlement (options.plan_option): no new plan beside it, but a word before its day if it fails.
    "h_change_settlement": "Lukt het afgesproken bedrag niet?",
    "change_settlement_text": "Neem dan contact met ons op, het liefst vóór de afgesproken dag. Dan kijken wij samen "
    "of wij de afspraak kunnen aanpassen.",
    # ... on the agreed day itself (options.settlement_change_key): "vóór de afgesproken dag" is gone by tonight.
    "change_settlement_text_today": "Neem dan contact met ons op, het liefst vandaag nog. Dan kijken wij samen of wij "
    "de afspraak kunnen aanpassen.",
    # ... an instalment already past its day: "vóór de afgesproken dag" is behind them (its last day is said above).
    "change_settlement_text_missed": "Neem dan zo snel mogelijk contact met ons op. Dan kijken wij samen of wij de "
    "afspraak kunnen aanpassen.",
    # ... its one day passed, the bank statements read not reaching it (claims.demand.settlement_undecided): the box
    # asks in the past, and says no change to an agreement that lapsed if it was not paid (the top's "Nee?").
    "h_change_settlement_passed": "Heeft u het afgesproken bedrag niet op tijd kunnen betalen?",
    "change_settlement_text_passed": "Neem dan zo snel mogelijk contact met ons op. Dan kijken wij samen wat er nog "
    "mogelijk is.",
    "change_settlement_mail": "Mail ons over de afspraak",
    "change_plan_text": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan contact met ons op, "
    "het liefst vóór de volgende termijn. Dan kijken wij samen of wij de regeling kunnen "
    "aanpassen.",
    # ... on the day an instalment is due, not paid (options.plan_change_key): "vóór de volgende termijn" is today.
    "change_plan_text_today": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan contact met ons "
    "op, het liefst vandaag nog. Dan kijken wij samen of wij de regeling kunnen aanpassen.",
    # One instalment left to pay (tables.instalment_key): "de termijn"; its day may be past (a missed one), so no
    # "vóór de volgende termijn".
    "change_plan_text_single": "Lukt het niet om de termijn te betalen zoals afgesproken? Neem dan zo snel mogelijk "
    "contact met ons op. Dan kijken wij samen of wij de regeling kunnen aanpassen.",
    # Several left to pay, none of them still to come (options.plan_change_key): no "volgende termijn" is left.
    "change_plan_text_missed": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan zo snel "
    "mogelijk contact met ons op. Dan kijken wij samen of wij de regeling kunnen aanpassen.",
    "change_plan_mail": "Mail ons over het aanpassen van uw regeling",
    # ... while a settlement runs (options.dispute_option): no step to hold back, and its day stands.
    "dispute_text_settlement": "Klopt er iets niet? Laat het ons weten. De afspraak geldt voor alle facturen: de "
    "afgesproken dag blijft staan, tot wij samen iets anders afspreken.",
    "dispute_text": "Klopt de factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
    "Zolang wij dat uitzoeken, wachten wij met de volgende stap: u krijgt dan geen herinneringen of aanmaningen.",
    # With more invoices a dispute names the wrong one: only that one waits, the others stay payable.
    "dispute_text_many": "Klopt een factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
    "Zolang wij dat uitzoeken, wachten wij met de volgende stap voor die factuur. Uw andere facturen blijven "
    "gewoon te betalen.",
    # ... when the others are paid (or credited): only the one looked into could still be asked.
    "dispute_text_many_one_open": "Klopt een factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
    "Zolang wij dat uitzoeken, wachten wij met de volgende stap voor die factuur.",
    "dispute_mail": "Mail ons waarom u het niet eens bent",
    "h_dispute_add": "Meer vertellen over wat niet klopt",
    # Beside an open dispute, the box adds to it and asks about another invoice (options._add_to_dispute): not
    # "Niet eens met een factuur" above "Wilt u ons nog iets laten weten", as if none were open.
    "h_dispute_open": "Uw bezwaar",
    "dispute_add_text": "Wilt u ons nog iets laten weten over wat er niet klopt, zoals foto's, afspraken of "
    "berichten? Mail het ons. Wij nemen het mee in ons antwoord.",
    "dispute_add_text_call": "Wilt u ons nog iets laten weten over wat er niet klopt, zoals foto's, afspraken of "
    "berichten? Neem dan contact met ons op. Wij nemen het mee in ons antwoord.",
    "dispute_add_mail": "Mail ons meer over wat niet klopt",
    # Beside it, while one invoice is disputed apart and another is still chased: dispute that one too.
    "dispute_other_text": "Klopt een andere factuur ook niet? Laat het ons weten. Zolang wij dat uitzoeken, "
    "wachten wij met de volgende stap voor die factuur.",
    "dispute_other_text_handover": "Klopt een andere factuur ook niet? Laat het ons weten. Wij zoeken het uit, "
    "en laten {agency} weten dat u het niet eens bent.",
    "dispute_other_text_legal": "Klopt een andere factuur ook niet? Laat het ons dan zo snel mogelijk weten.",
    "dispute_other_mail": "Mail ons dat een andere factuur niet klopt",
    "help_text_consumer": "Heeft u geldzorgen? Vraag dan gratis hulp, ook bij uw gemeente. Hoe eerder, hoe beter.",
    "help_text_counsellor": "U krijgt hulp van een schuldhulpverlener. Met uw schuldhulpverlener overleggen wij over "
    "deze rekening en over wat u kunt betalen.",
    "help_text_administrator": "Uw bewindvoerder regelt uw geldzaken. Wij sturen onze brieven naar uw "
    "bewindvoerder, en overleggen met hem of haar over deze rekening.",
    "help_text_business": "Gaat het financieel niet goed met uw bedrijf? Vraag dan op tijd hulp. "
    "Hoe eerder, hoe meer er nog kan.",
    "help_call": "Bel",
    "help_or_visit": "of kijk op",
    "help_visit": "Kijk op",
    "help_note_geldfit": "Gratis en anoniem.",
    "help_note_loket": "Gratis advies over uw rechten, online en op een vestiging.",
    "help_note_loket_abroad": "Gratis advies over uw rechten naar Nederlands recht, online.",
    "help_call_cost": "Alleen bellen kost geld: {amount} per minuut.",
    "help_note_geldfit_business": "Gratis en anoniem, ook voor ondernemers en zzp'ers.",
    "help_note_kvk": "Advies voor ondernemers, ook als het financieel moeilijk gaat. Bellen is gratis.",
    "help_note_okb": "Advies en begeleiding door ervaren oud-ondernemers.",
    "help_text_consumer_abroad": "Heeft u geldzorgen? Vraag dan hulp bij schulden waar u woont, hoe eerder hoe "
    "beter. Nederlandse hulplijnen zijn vanuit het buitenland meestal niet te bellen. Bent u het niet eens met "
    "onze rekening? Dan kunnen deze organisaties u helpen:",
    "help_text_business_abroad": "Gaat het financieel niet goed met uw bedrijf? Vraag dan op tijd hulp in het land "
    "van uw bedrijf, bijvoorbeeld bij de Kamer van Koophandel of een adviseur daar. Hoe eerder, hoe meer er nog kan.",
    "help_note_ecc": "Woont u in de EU, Noorwegen of IJsland? Het Europees Consumentencentrum in uw land helpt "
    "gratis als u het niet eens bent met een bedrijf in een ander land.",
    "help_more": "Meer over hulp bij geldzorgen",
    "or_call": "Of bel {name}:",
    # Mail texts
    "mail_subject": "Mijn betaling, betalingskenmerk {reference}",
    # The mails to the agency (or the bailiff) after a handover: their own reference is no "betalingskenmerk" (the
    # page says to write it in 'Omschrijving'), ours is; {ref} is one of these two.
    "reference_ours": "betalingskenmerk {reference}",
    "reference_theirs": "kenmerk {reference}",
    "mail_subject_handler": "Mijn betaling, {ref}",
    "mail_body_handler": "Beste {handler},\n\nIk heb een vraag over de betaling ({ref}):\n\n\n"
    "Met vriendelijke groet,\n\n",
    "plan_subject_handler": "Voorstel betalingsregeling, {ref}",
    "plan_body_handler": "Beste {handler},\n\nIk kan het bedrag van {amount} ({ref}) niet in één keer betalen. Mijn "
    "voorstel voor een betalingsregeling:\n\nIk betaal per maand: EUR \nDe eerste keer op: \n\n"
    "Met vriendelijke groet,\n\n",
    "change_plan_subject_handler": "Regeling aanpassen, {ref}",
    "change_plan_body_handler": "Beste {handler},\n\nIk wil mijn betalingsregeling ({ref}) graag aanpassen. Mijn "
    "voorstel:\n\n\nMet vriendelijke groet,\n\n",
    "plan_subject": "Voorstel betalingsregeling, betalingskenmerk {reference}",
    "plan_body": "Beste {desk},\n\nIk kan het bedrag van {amount} (betalingskenmerk {reference}) niet in één keer "
    "betalen. Mijn voorstel voor een betalingsregeling:\n\nIk betaal per maand: EUR \n"
    "De eerste keer op: \n\nMet vriendelijke groet,\n\n",
    # The mail a counsellor or an administrator may send as well as the debtor: no "Ik kan ... niet betalen".
    "plan_body_represented": "Beste {desk},\n\nEen voorstel voor een betalingsregeling voor het bedrag van {amount} "
    "(betalingskenmerk {reference}):\n\nPer maand: EUR \nDe eerste keer op: \n\nMet vriendelijke groet,\n\n",
    "change_plan_subject": "Regeling aanpassen, betalingskenmerk {reference}",
    "change_settlement_subject": "Onze afspraak, betalingskenmerk {reference}",
    "change_settlement_body": "Beste {desk},\n\nHet afgesproken bedrag (betalingskenmerk {reference}) lukt niet op "
    "tijd. Mijn voorstel:\n\n\nMet vriendelijke groet,\n\n",
    "change_settlement_body_passed": "Beste {desk},\n\nHet afgesproken bedrag (betalingskenmerk {reference}) is "
    "niet op tijd betaald. Mijn voorstel:\n\n\nMet vriendelijke groet,\n\n",
    "change_plan_body": "Beste {desk},\n\nIk wil mijn betalingsregeling (betalingskenmerk {reference}) graag "
    "aanpassen. Mijn voorstel:\n\n\nMet vriendelijke groet,\n\n",
    "dispute_subject": "Niet eens met factuur, betalingskenmerk {reference}",
    "dispute_body": "Beste {desk},\n\nIk ben het niet eens met factuur {invoices} (betalingskenmerk {reference}), "
    "omdat:\n\n\nMet vriendelijke groet,\n\n",
    # Several invoices the debtor may dispute: which one(s) is theirs to say, not ours to fill in for them.
    "dispute_body_choose": "Beste {desk},\n\nIk ben het niet eens met een factuur (betalingskenmerk {reference})."
    "\n\nWelke factuur ({invoices}): \nWaarom: \n\n\nMet vriendelijke groet,\n\n",
    "dispute_add_subject": "Meer over wat niet klopt, betalingskenmerk {reference}",
    "dispute_add_body": "Beste {desk},\n\nOver {invoices} (betalingskenmerk {reference}), waarmee ik het niet "
    "eens ben, wil ik nog dit laten weten:\n\n\nMet vriendelijke groet,\n\n",
    # Contact
    "contact_person": "U kunt terecht bij {name}.",
    "contact_person_role": "U kunt terecht bij {name}, {role}.",
    "phone": "Telefoon",
    "hours": "Bereikbaar",
    "email": "E-mail",
    "mention_reference": "Noem uw betalingskenmerk {reference}, dan kunnen wij u sneller helpen.",
    "mention_our_reference": "Noem ons kenmerk {reference}, dan kunnen wij u sneller helpen.",
    # Terms and creditor
    "payment_term": "Betaaltermijn: {days} dagen na de factuurdatum.",
    "payment_term_each": "Betaaltermijn: tot de uiterste betaaldatum die bij elke factuur staat.",
    "late_steps": "Betaalt u niet op tijd? Dan sturen wij eerst een herinnering, daarna een aanmaning en "
    "dan een laatste brief (sommatie). Is de termijn van die laatste brief voorbij, "
    "dan rekenen wij incassokosten volgens de wet.",
    "late_steps_costs_from_due": "Betaalt u niet op tijd? Dan rekenen wij vanaf de dag na de uiterste betaaldatum "
    "incassokosten volgens de wet. Dat is ten minste {minimum} per te laat betaalde factuur (artikel 6:96 lid 4 BW). "
    "Ook sturen wij een herinnering, daarna een aanmaning en dan een laatste brief (sommatie).",
    "late_interest_consumer": "Vanaf de dag na de uiterste betaaldatum rekenen wij de wettelijke rente.",
    "late_interest_business": "Vanaf de dag na de uiterste betaaldatum rekenen wij de wettelijke handelsrente.",
    "terms_link": "Lees onze algemene voorwaarden over betalen",
    "kvk": "KVK-nummer",
    "vat": "Btw-nummer",
    # What happens next
    "step_reminder": "een betalingsherinnering",
    "step_dunning": "een aanmaning",
    "step_final_notice": "een laatste brief (sommatie)",
    # ... one that goes by e-mail only (`final_notice_by: email`, or no postal address): no "brief".
    "step_final_notice_email": "een sommatie per e-mail",
    # ... e-mailed to a consumer who did not agree to it: no last one (a notice that brings costs may follow).
    "step_final_notice_unagreed": "een e-mail (sommatie)",
    # ... a business's, written both ways, staff sending one (steps.notice_variant): no "brief" that may be an e-mail.
    "step_final_notice_either": "een sommatie, per post of per e-mail",
    "your_payment": "uw betaling",
    "your_payment_of": "uw betaling van {amount}",
    "what_all": "alles",
    "what_asked": "{amount}",
    "what_overdue": "het bedrag dat nu te laat is ({amount})",
    "next_by": "Hebben wij {payment} niet uiterlijk {date} ontvangen? Dan sturen wij u {step}.",
    # While a wait the debtor or their counsellor asked for holds it back (steps.asked_pause): only after it.
    "next_by_paused": "Pas na {date} sturen wij u {step}. Dat doen wij alleen als wij {payment} dan niet hebben "
    "ontvangen.",
    "next_soon": "Ontvangen wij {payment} niet binnenkort? Dan sturen wij u {step}.",
    "final_notice_now": "{we_send} een laatste brief (sommatie). Daarin krijgt u {days} dagen om te betalen, "
    "vanaf de dag nadat u de brief heeft ontvangen. In de brief staat uw laatste betaaldag.",
    "final_notice_now_email": "{we_email} een sommatie per e-mail. Daarin krijgt u {days} dagen om te betalen, "
    "vanaf de dag nadat u de e-mail heeft ontvangen. In de e-mail staat uw laatste betaaldag.",
    "final_notice_now_unagreed": "{we_send} een e-mail (sommatie). Daarin krijgt u {days} dagen om te betalen, "
    "vanaf de dag nadat u de e-mail heeft ontvangen. In de e-mail staat uw laatste betaaldag.",
    "final_notice_now_either": "{we_send} een sommatie, per post of per e-mail. Daarin krijgt u {days} dagen om "
    "te betalen, vanaf de dag nadat u die heeft ontvangen. In de sommatie staat uw laatste betaaldag.",
    "next_open": "De uiterste betaaldatum is {date}. Betaalt u op tijd, dan komen er geen kosten bij.",
    "next_final_costs": "In die brief staat hoeveel incassokosten wij rekenen als u daarna nog steeds niet betaalt. "
    "Over {invoices}, zijn dat {amount}, op zijn vroegst vanaf {date}.",
    "next_final_costs_email": "In die e-mail staat hoeveel incassokosten wij rekenen als u daarna nog steeds niet "
    "betaalt. Over {invoices}, zijn dat {amount}, op zijn vroegst vanaf {date}.",
    "next_final_costs_either": "In die sommatie staat hoeveel incassokosten wij rekenen als u daarna nog steeds niet "
    "betaalt. Over {invoices}, zijn dat {amount}. Dat is op zijn vroegst vanaf {email_date} als u de sommatie per "
    "e-mail krijgt. Komt die per post? Dan op zijn vroegst vanaf {letter_date}.",
    # ... while that notice is held out of the print file (steps.notice_sending): the day it goes is not known, so no
    # date counted from today, but the day the letter itself will give, as the line above says its term.
    "next_final_costs_held": "In die brief staat hoeveel incassokosten wij rekenen als u daarna nog steeds niet "
    "betaalt. Over {invoices}, zijn dat {amount}, vanaf de dag na de laatste betaaldag in die brief.",
    "next_final_costs_email_held": "In die e-mail staat hoeveel incassokosten wij rekenen als u daarna nog steeds "
    "niet betaalt. Over {invoices}, zijn dat {amount}, vanaf de dag na de laatste betaaldag in die e-mail.",
    "next_final_costs_either_held": "In die sommatie staat hoeveel incassokosten wij rekenen als u daarna nog steeds "
    "niet betaalt. Over {invoices}, zijn dat {amount}, vanaf de dag na de laatste betaaldag in die sommatie.",
    "overdue_invoice": "de factuur die nu te laat is",
    "overdue_invoices": "de facturen die nu te laat zijn",
    "fourteen": "veertien",
    "final_term": "Onze laatste brief (sommatie) van {sent} geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze brief heeft ontvangen”. "
    "Heeft u de brief op {received} ontvangen? Dan is uw laatste betaaldag {last_day}.",
    "arrived_later": "Kwam de brief later aan? Laat het ons weten: dan tellen wij de {days} dagen vanaf de dag "
    "nadat hij aankwam.",
    "costs_term": "De incassokosten volgen uit onze eerste sommatie, van {sent}. Heeft u die brief "
    "op {received} ontvangen? Dan is uw laatste betaaldag zonder incassokosten {last_day}.",
    # The debtor told us the day it arrived (the event's `received`): no longer a question.
    "final_term_told": "Onze laatste brief (sommatie) van {sent} geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze brief heeft ontvangen”. U liet ons weten dat de brief op "
    "{received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}.",
    "costs_term_told": "De incassokosten volgen uit onze eerste sommatie, van {sent}. U liet ons weten dat die "
    "brief op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten is dus {last_day}.",
    "final_term_email_told": "{our_notice} van {sent} geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze e-mail heeft ontvangen”. U liet ons weten dat de e-mail op "
    "{received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}.",
    "costs_term_email_told": "De incassokosten volgen uit onze eerste sommatie, per e-mail van {sent}. U liet ons "
    "weten dat die e-mail op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten is dus {last_day}.",
    # A final notice sent by e-mail: quoted as the e-mail words its term (letters.words final_pay_email). It arrives
    # the day it is sent: stated, as the costs paragraph states it (costs_announced_email), not asked; a later day
    # the debtor tells us counts (arrived_later_email).
    "final_term_email": "{our_notice} van {sent} geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze e-mail heeft ontvangen”. "
    "Die e-mail kwam bij u binnen op de dag dat wij hem stuurden: {received}. Uw laatste betaaldag is dus {last_day}.",
    "costs_term_email": "De incassokosten volgen uit onze eerste sommatie, per e-mail van {sent}. Die e-mail kwam "
    "bij u binnen op de dag dat wij hem stuurden: {received}. Uw laatste betaaldag zonder incassokosten is dus "
    "{last_day}.",
    "arrived_later_email": "Kwam de e-mail later binnen? Laat het ons weten: dan tellen wij de {days} dagen vanaf de "
    "dag nadat hij binnenkwam.",
    # ... sent in our customer portal: quoted as the message words its term (letters.words final_pay_portal).
    "final_term_portal": "{our_notice} van {sent} in ons klantportaal geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u dit bericht heeft ontvangen”. "
    "Dat bericht kwam bij u binnen op de dag dat wij het stuurden: {received}. Uw laatste betaaldag is dus {last_day}.",
    "final_term_portal_told": "{our_notice} van {sent} in ons klantportaal geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u dit bericht heeft ontvangen”. U liet ons weten dat het bericht op "
    "{received} aankwam.{counted} Uw laatste betaaldag is dus {last_day}.",
    "costs_term_portal": "De incassokosten volgen uit onze eerste sommatie, van {sent} in ons klantportaal. Dat "
    "bericht kwam bij u binnen op de dag dat wij het stuurden: {received}. Uw laatste betaaldag zonder incassokosten "
    "is dus {last_day}.",
    "costs_term_portal_told": "De incassokosten volgen uit onze eerste sommatie, van {sent} in ons klantportaal. U "
    "liet ons weten dat dat bericht op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten is dus "
    "{last_day}.",
    "arrived_later_portal": "Kwam het bericht later binnen? Laat het ons weten: dan tellen wij de {days} dagen vanaf "
    "de dag nadat het binnenkwam.",
    "final_costs": "Heeft u dan niet {what} betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}.",
    # The same once the term's last day has gone by, read on a later day (steps.term_gone_by): said in the past, the
    # costs owed from the day after it unless paid in it, as the costs paragraph says them (costs_term_ended).
    "final_term_past": "Onze laatste brief (sommatie) van {sent} gaf u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze brief heeft ontvangen”. "
    "Heeft u de brief op {received} ontvangen? Dan was uw laatste betaaldag {last_day}.",
    "final_term_told_past": "Onze laatste brief (sommatie) van {sent} gaf u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze brief heeft ontvangen”. U liet ons weten dat de brief op "
    "{received} aankwam.{counted} Uw laatste betaaldag was dus {last_day}.",
    "final_term_email_past": "{our_notice} van {sent} gaf u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze e-mail heeft ontvangen”. "
    "Die e-mail kwam bij u binnen op de dag dat wij hem stuurden: {received}. Uw laatste betaaldag was dus {last_day}.",
    "final_term_email_told_past": "{our_notice} van {sent} gaf u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze e-mail heeft ontvangen”. U liet ons weten dat de e-mail op "
    "{received} aankwam.{counted} Uw laatste betaaldag was dus {last_day}.",
    "final_term_portal_past": "{our_notice} van {sent} in ons klantportaal gaf u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u dit bericht heeft ontvangen”. "
    "Dat bericht kwam bij u binnen op de dag dat wij het stuurden: {received}. Uw laatste betaaldag was dus "
    "{last_day}.",
    "final_term_portal_told_past": "{our_notice} van {sent} in ons klantportaal gaf u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u dit bericht heeft ontvangen”. U liet ons weten dat het bericht op "
    "{received} aankwam.{counted} Uw laatste betaaldag was dus {last_day}.",
    "costs_term_past": "De incassokosten volgen uit onze eerste sommatie, van {sent}. Heeft u die brief "
    "op {received} ontvangen? Dan was uw laatste betaaldag zonder incassokosten {last_day}.",
    "costs_term_told_past": "De incassokosten volgen uit onze eerste sommatie, van {sent}. U liet ons weten dat die "
    "brief op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten was dus {last_day}.",
    "costs_term_email_past": "De incassokosten volgen uit onze eerste sommatie, per e-mail van {sent}. Die e-mail "
    "kwam bij u binnen op de dag dat wij hem stuurden: {received}. Uw laatste betaaldag zonder incassokosten was dus "
    "{last_day}.",
    "costs_term_email_told_past": "De incassokosten volgen uit onze eerste sommatie, per e-mail van {sent}. U liet "
    "ons weten dat die e-mail op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten was dus "
    "{last_day}.",
    "costs_term_portal_past": "De incassokosten volgen uit onze eerste sommatie, van {sent} in ons klantportaal. Dat "
    "bericht kwam bij u binnen op de dag dat wij het stuurden: {received}. Uw laatste betaaldag zonder incassokosten "
    "was dus {last_day}.",
    "costs_term_portal_told_past": "De incassokosten volgen uit onze eerste sommatie, van {sent} in ons klantportaal. "
    "U liet ons weten dat dat bericht op {received} aankwam.{counted} Uw laatste betaaldag zonder incassokosten was "
    "dus {last_day}.",
    "final_costs_past": "Had u toen niet {what} betaald? Dan zijn er vanaf {date} incassokosten van {amount} "
    "verschuldigd.",
    # Only where it is true: not when the costs are the scale's minimum (law.costs.lowered_by_a_part).
    "part_lowers": "Betaalt u vóór die tijd een deel, dan kunnen de kosten lager worden.",
    # The top holds the costs too (demand.term_costs_on_top): not "iets hoger, omdat de rente doorloopt".
    "costs_asked_note_costs": "{amount} is wat nog openstaat van het bedrag uit onze sommatie van {sent}. Het bedrag "
    "bovenaan is hoger: daarin zitten ook de rente sinds de sommatie en de incassokosten.",
    "costs_asked_note": "{amount} is wat nog openstaat van het bedrag uit onze sommatie van {sent}. Het bedrag "
    "bovenaan is iets hoger, omdat de rente doorloopt. Voor de incassokosten telt alleen het bedrag uit de sommatie.",
    "costs_asked_note_newer": "{amount} is wat nog openstaat van het bedrag uit onze sommatie van {sent}. Het "
    "bedrag bovenaan is hoger: daarin staat ook wat niet in die sommatie stond. Dat vragen wij apart, zonder deze "
    "kosten.",
    # ... and the top holds the costs too (demand.term_costs_on_top): nothing is asked "apart" then.
    "costs_asked_note_newer_costs": "{amount} is wat nog openstaat van het bedrag uit onze sommatie van {sent}. Het "
    "bedrag bovenaan is hoger. Daarin zitten ook de incassokosten, de rente sinds de sommatie en wat niet in die "
    "sommatie stond. De incassokosten rekenen wij alleen over het bedrag uit de sommatie.",
    "costs_from_due": "Heeft u niet uiterlijk {last_day} {what} betaald? Dan rekenen wij vanaf {date} "
    "incassokosten van {amount}.",
    "costs_now": "De termijn van {notice} van {sent} is voorbij. Daarom rekenen wij {amount} incassokosten.",
    "costs_now_due": "De betaaltermijn is voorbij. Daarom rekenen wij {amount} incassokosten.",
    "costs_partly_paid": "Daarvan heeft u {paid} al betaald; nog open: {open}.",
    "costs_partly_remitted": "Daarvan heeft u {paid} betaald; {open} is kwijtgescholden.",  # settled: not open
    "costs_all_paid": "Die heeft u al betaald.",
    "next_handover_by": "Hebben wij uiterlijk {date} {payment} niet ontvangen? En heeft u geen afspraak met ons "
    "gemaakt? Dan kunnen wij uw dossier overdragen aan een incassobureau.",
    # While a wait the debtor or their counsellor asked for holds it back (steps.asked_pause): only after it.
    "next_handover_paused": "Pas na {date} kunnen wij uw dossier overdragen aan een incassobureau. Dat doen wij "
    "alleen als wij {payment} dan niet hebben ontvangen, en er geen afspraak is.",
    # ... with a payment plan running: the plan is the agreement, "geen afspraak" would deny it.
    "next_handover_paused_plan": "Pas na {date} kunnen wij uw dossier overdragen aan een incassobureau. Dat doen wij "
    "alleen als wij {payment} dan niet hebben ontvangen.",
    "next_handover_soon": "Ontvangen wij {payment} niet binnenkort? En maakt u geen afspraak met ons? Dan kunnen wij "
    "uw dossier overdragen aan een incassobureau.",
    # With a payment plan running: the plan is the agreement, "geen afspraak" would deny it.
    "next_handover_by_plan": "Hebben wij {payment} niet uiterlijk {date} ontvangen? Dan kunnen wij uw dossier "
    "overdragen aan een incassobureau.",
    "next_handover_soon_plan": "Ontvangen wij {payment} niet binnenkort? Dan kunnen wij uw dossier overdragen aan "
    "een incassobureau.",
    # A consumer's costs charged are all a handover may bring (steps.costs_are_final): said, with no fear of more.
    "handover_costs_stay": "Ook dan blijven de incassokosten {amount}: een incassobureau mag u niet meer rekenen.",
    # Part of the costs paid (tables.costs_cap): the cap is of the total, and what is left is said beside it.
    "handover_costs_stay_part": "Ook dan zijn de incassokosten in totaal {amount}: een incassobureau mag u niet meer "
    "rekenen. Daarvan heeft u {paid} betaald. Er staat nog {open} open.",
    "handover_costs_stay_paid": "Ook dan zijn de incassokosten in totaal {amount}: een incassobureau mag u niet meer "
    "rekenen. Die heeft u al helemaal betaald.",
    "interest_runs": "Over het bedrag dat openstaat, loopt de rente door tot u alles heeft betaald.",
    # A settlement (steps._settlement_next): what paying the agreed sum in time brings, and what missing it does.
    "settlement_next": "Betaalt u nog {left} uiterlijk {date}? Dan schelden wij de rest van {remitted} kwijt. "
    "Tot die tijd komen er geen rente of kosten bij.",
    # ... what missing it does (steps.settlement_lapse): one sentence, at the page's top and in its letters.
    "settlement_lapses_by": "Betaalt u niet alles op tijd? Dan vervalt de afspraak en vragen wij weer het hele bedrag.",
    "settlement_lapses": "Betaalt u een termijn meer dan {grace} dagen te laat? Dan vervalt de afspraak en vragen "
    "wij weer het hele bedrag.",
    # ... a grace longer than that (its reminder posted abroad, or written late: claims.accord.grace_ends):
    # its last day, as the rule counts it; the page names the next instalment's, the confirmation each one's.
    "settlement_lapses_on": "Betaalt u de termijn van {date} niet uiterlijk {day}? Dan vervalt de afspraak en vragen "
    "wij weer het hele bedrag.",
    "settlement_last_days": "Elke termijn heeft een laatste dag.",
    # ... in the confirmation, whose table of instalments gives each one's (steps.settlement_last_days).
    "settlement_last_days_below": "Elke termijn heeft een laatste dag. Die staat in de tabel met uw termijnen "
    "hieronder.",
    "plan_col_last_day": "Laatste dag",
    # ... and the instalment's own day beside it: "Uiterlijk 15 dec" next to "Laatste dag 13 jan" read as two
    # deadlines (letters.view._plan_table).
    "plan_col_due_day": "Betaaldag",
    "settlement_last_day": "Voor de termijn van {date} is dat {day}.",
    "settlement_lapses_last_day": "Betaalt u een termijn niet uiterlijk op die dag? Dan vervalt de afspraak en vragen "
    "wij weer het hele bedrag.",
    "settled_next": "U hoeft niets meer te doen. De rest, {remitted}, hebben wij kwijtgescholden.",
    # ... its one day passed, the bank statements read not reaching it (claims.accord: not lapsed yet).
    "settlement_unseen": "Wij zien nog niet of u {left} uiterlijk {date} heeft betaald. Heeft u dat gedaan? Dan "
    "schelden wij de rest van {remitted} kwijt. Anders vervalt de afspraak en vragen wij weer het hele bedrag.",
    # ... an instalment of it overdue (steps._settlement_next): the last day that still keeps it, not a day past.
    "settlement_overdue": "De termijn van {date} is nog niet betaald. Betaal die uiterlijk {day}. Anders vervalt de "
    "afspraak en vragen wij weer het hele bedrag.",
    # ... beside a payment the bank took back (statement.returned): not "nog niet betaald", as if none came; what
    # counts, as the settlement's reminder says it (letters.words: `settlement_reminder_unpaid_returned`).
    "settlement_overdue_returned": "Voor de termijn van {date} hebben wij nog geen betaling van u die meetelt. "
    "Betaal de termijn uiterlijk {day}. Anders vervalt de afspraak en vragen wij weer het hele bedrag.",
    # ... by one day ({date}), its payment taken back after it: missed from the return, kept until {day}.
    "settlement_sum_overdue": "Het afgesproken bedrag moest uiterlijk {date} binnen zijn en is nog niet betaald. "
    "Betaal het uiterlijk {day}. Anders vervalt de afspraak en vragen wij weer het hele bedrag.",
    "settlement_sum_overdue_returned": "Het afgesproken bedrag moest uiterlijk {date} binnen zijn. Daarvoor hebben wij "
    "nog geen betaling van u die meetelt. Betaal het uiterlijk {day}. Anders vervalt de afspraak en vragen wij weer "
    "het hele bedrag.",
    # ... missed (steps._lapse_said): why the whole claim is asked again where the agreed sum was asked before.
    "settlement_lapsed_instalment": "De afspraak van {made} is vervallen: de termijn van {date} is niet op tijd "
    "betaald. Daarom vragen wij weer het hele bedrag.",
    "settlement_lapsed_by": "De afspraak van {made} is vervallen: het afgesproken bedrag is niet uiterlijk {date} "
    "betaald. Daarom vragen wij weer het hele bedrag.",
    # ... called off by agreement (settlement_ended): the same, with the day it was.
    "settlement_called_off": "De afspraak van {made} is op {date} in overleg beëindigd. Daarom vragen wij weer het "
    "hele bedrag.",
    # ... on a day the bank statements read do not reach, under the page's top that asks whether the rest was paid by
    # then, with its amount (steps._undecided_summary: said once, there): the whole claim is its "Nee?", not a fact.
    "settlement_called_off_undecided": "De afspraak van {made} is op {date} in overleg beëindigd. Had u de rest van "
    "het afgesproken bedrag toen nog niet betaald (zie bovenaan)? Dan vragen wij weer het hele bedrag.",
    # ... beside any of these when something was paid since it was agreed (steps.lapse_said): not when nothing was.
    "settlement_paid_counts": "Wat u al betaalde, telt mee.",
    # A settlement's deciding day passed while the bank statements read do not reach it (demand.settlement_undecided):
    # the top asks the question only the debtor can answer yet, and says both answers; no amount is asked.
    "undecided_label": "Heeft u uiterlijk {date} nog {left} betaald?",
    # ... beside a payment the bank took back (statement.returned): only a payment made again keeps the agreement.
    "undecided_label_returned": "Heeft u uiterlijk {date} opnieuw {left} betaald?",
    "undecided_called_off_yes": "Ja? Dan geldt de afspraak toch, en hoeft u niets meer te betalen.",
    "undecided_called_off_no": "Nee? Dan is de afspraak beëindigd. Betaal dan zo snel mogelijk het hele bedrag: "
    "{total}.",
    "undecided_yes": "Ja? Dan hoeft u niets meer te betalen. De rest van {remitted} schelden wij kwijt.",
    "undecided_no": "Nee? Dan vervalt de afspraak en vragen wij weer het hele bedrag.",
    "undecided_seen": "Wij zien uw betalingen nu tot en met {seen}. Daarom weten wij het nog niet.",
    # ... under 'Wat gebeurt er nu?', beside that top: only what it does not say.
    "undecided_next": "Tot wij uw betalingen van {date} zien, zetten wij geen volgende stap.",
    # ... on a day the bank statements read do not reach yet: a payment of the rest that day would have kept it.
    "settlement_called_off_unseen": "Wij zien uw betalingen tot en met {seen}. Heeft u uiterlijk {date} de rest van "
    "het afgesproken bedrag betaald ({left})? Dan geldt de afspraak toch. Tot wij uw betalingen van {date} zien, "
    "zetten wij geen volgende stap.",
    # ... replaced by a promise or a plan since (steps._replaced_undecided_summary): the top asks it, under
    # undecided_label; paid that day, the settlement holds and nothing is left to pay, else the new agreement runs.
    "undecided_replaced_yes": "Ja? Dan geldt de afspraak over het lagere bedrag toch, en hoeft u niets meer te "
    "betalen.",
    "undecided_replaced_no_plan": "Nee? Dan geldt uw betalingsregeling: betaal {amount} {when}.",
    "undecided_replaced_no_promise": "Nee? Dan geldt uw betaalbelofte: betaal {amount} {when}.",
    # ... beside a plan agreed since, which replaced it: the plan is based on the whole claim, not the agreed sum.
    "settlement_called_off_plan": "De afspraak van {made} over een lager bedrag is op {date} in overleg beëindigd. "
    "Uw betalingsregeling gaat daarom uit van het hele bedrag, niet van het lagere bedrag van {amount}.",
    "settlement_lapsed_instalment_plan": "De afspraak van {made} over een lager bedrag is vervallen. De termijn van "
    "{date} is niet op tijd betaald. Uw betalingsregeling gaat daarom uit van het hele bedrag, niet van het lagere "
    "bedrag van {amount}.",
    "settlement_lapsed_by_plan": "De afspraak van {made} over een lager bedrag is vervallen. Het afgesproken bedrag "
    "is niet uiterlijk {date} betaald. Uw betalingsregeling gaat daarom uit van het hele bedrag, niet van het lagere "
    "bedrag van {amount}.",
    # ... beside a promise agreed since: the same, for the promise ("de afspraak" alone would be the promise).
    "settlement_called_off_promise": "De afspraak van {made} over een lager bedrag is op {date} in overleg beëindigd. "
    "Uw betaalbelofte gaat daarom uit van het hele bedrag, niet van het lagere bedrag van {amount}.",
    "settlement_lapsed_instalment_promise": "De afspraak van {made} over een lager bedrag is vervallen. De termijn "
    "van {date} is niet op tijd betaald. Uw betaalbelofte gaat daarom uit van het hele bedrag, niet van het lagere "
    "bedrag van {amount}.",
    "settlement_lapsed_by_promise": "De afspraak van {made} over een lager bedrag is vervallen. Het afgesproken "
    "bedrag is niet uiterlijk {date} betaald. Uw betaalbelofte gaat daarom uit van het hele bedrag, niet van het "
    "lagere bedrag van {amount}.",
    # A wait asked for that still stood when a settlement was agreed (steps.wait_replaced): it ends with it.
    "settlement_replaces_wait_debtor": "U vroeg ons eerder om tot en met {day} geen volgende stap te zetten.",
    "settlement_replaces_wait_counsellor": "Uw schuldhulpverlener vroeg ons eerder om tot en met {day} geen volgende "
    "stap te zetten.",
    "settlement_replaces_wait_administrator": "Uw bewindvoerder vroeg ons eerder om tot en met {day} geen volgende "
    "stap te zetten.",
    "settlement_replaces_wait_someone": "Op verzoek zouden wij tot en met {day} geen volgende stap zetten.",
    "settlement_replaces_wait": "Deze afspraak komt daarvoor in de plaats. Eindigt de afspraak voordat alles is "
    "betaald? Dan wachten wij niet tot die dag.",
    # A `postpone` the debtor or their representative asked for (asked_by), by role: the wait granted, its last day.
    "asked_to_wait_someone": "Op verzoek zetten wij tot en met {day} geen volgende stap.",
    # ... while a final notice's term runs: the wait holds our steps back, not the law's term and its costs.
    "asked_to_wait_term": "De termijn van {notice} loopt wel gewoon door, met de incassokosten daarna.",
    "asked_to_wait_debtor": "U heeft ons gevraagd om te wachten. Daarom zetten wij tot en met {day} geen volgende "
    "stap.",
    "asked_to_wait_counsellor": "Uw schuldhulpverlener heeft ons gevraagd om te wachten. Daarom zetten wij tot en "
    "met {day} geen volgende stap.",
    "asked_to_wait_administrator": "Uw bewindvoerder heeft ons gevraagd om te wachten. Daarom zetten wij tot en met "
    "{day} geen volgende stap.",
    # ... beside a promise or a plan on schedule (steps.wait_over_agreement): the wait holds our step after a miss,
    # not the promise or the instalments (a `postpone` never moves them); to pay later, the plan is changed.
    "asked_wait_promise": "Het wachten verandert niets aan uw toezegging om uiterlijk {date} te betalen.",
    "asked_wait_plan": "Het wachten verandert niets aan uw betalingsregeling: de termijnen blijven op de afgesproken "
    "dagen.",
    "asked_wait_plan_single": "Het wachten verandert niets aan uw betalingsregeling: uw termijn blijft op de "
    "afgesproken dag.",
    "asked_wait_plan_missed": "Betaalt u de termijn van {date} niet? Dan sturen wij u daarover pas na {day} een "
    "herinnering.",
    # ... a wait that lasts up to the plan's last instalment ({last}) or beyond: any miss, reminded after it.
    "asked_wait_plan_missed_all": "Betaalt u een termijn niet, ook de laatste van {last}? Dan sturen wij u daarover "
    "pas na {day} een herinnering.",
    "asked_wait_plan_change": "Kunt u in die tijd niet betalen? Neem dan contact met ons op: dan kijken wij samen "
    "of wij de regeling kunnen aanpassen.",
    "asked_wait_plan_change_counsellor": "Kunt u in die tijd niet betalen? Dan kan uw schuldhulpverlener ons vragen "
    "de regeling aan te passen.",
    "asked_wait_plan_change_administrator": "Kunt u in die tijd niet betalen? Dan kan uw bewindvoerder ons vragen de "
    "regeling aan te passen.",
    "interest_runs_notice": "Over het bedrag dat openstaat, loopt de rente door tot u alles heeft betaald. Betaalt u "
    "het gevraagde bedrag op tijd? Dan komen er geen incassokosten bij. De rente van na vandaag kan daarna nog "
    "openstaan.",
    "plan_interest": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Na uw "
    "laatste termijn kan daarom nog een klein bedrag aan rente openstaan.",
    "plan_interest_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Na uw "
    "termijn kan daarom nog een klein bedrag aan rente openstaan.",
    "small_rest": "Voor het kleine bedrag dat nog openstaat, sturen wij u geen herinneringen. "
    "Wilt u het toch betalen? Dat kan met de gegevens op deze pagina.",
    "promise_next": "Hebben wij {amount} niet uiterlijk {date} ontvangen? Dan gaan wij verder met de incasso: "
    "{step}. Lukt het niet op tijd? Laat het ons dan {tell} weten.",
    # ... while a settlement it replaced may still hold (demand.replaced_undecided): the top asks which; as it does.
    "promise_next_undecided": "Geldt uw betaalbelofte (zie bovenaan), en hebben wij {amount} niet uiterlijk {date} "
    "ontvangen? Dan gaan wij verder met de incasso: {step}. Lukt het niet op tijd? Laat het ons dan {tell} weten.",
    # A promise of the whole amount whose balance grew since (the top asks today's): which sum keeps it, why
    # the top is higher, and that the top is what we ask (statement.steps._promise_keeps).
    "promise_keeps": "Ontvangen wij uiterlijk {date} ten minste {amount}? Dan houdt u zich aan uw toezegging. Dat "
    "was het bedrag op de dag dat u die deed, {day}.",
    "promise_keeps_rest": "Ontvangen wij uiterlijk {date} nog ten minste {amount}? Dan houdt u zich aan uw "
    "toezegging. Dat is wat er nog openstaat van de {promised} die u toezegde.",
    "promise_keeps_past": "Heeft u uiterlijk {date} ten minste {amount} betaald? Dan heeft u zich aan uw toezegging "
    "gehouden. Dat was het bedrag op de dag dat u die deed, {day}.",
    "promise_keeps_rest_past": "Heeft u uiterlijk {date} nog ten minste {amount} betaald? Dan heeft u zich aan uw "
    "toezegging gehouden. Dat was wat er nog openstond van de {promised} die u toezegde.",
    # The sum that keeps the promise is named once, in promise_keeps*: after it, only what it is.
    "promise_top_interest": "Het bedrag bovenaan, {top}, vragen wij u te betalen. Dat is {more} meer: de rente sinds "
    "{since}. Betaalt u alleen {only}? Dan staat die rente daarna nog open.",
    "promise_top_more": "Het bedrag bovenaan, {top}, vragen wij u te betalen. Het is hoger: daarin zit ook wat er "
    "sinds {since} bij is gekomen, zoals hieronder staat. Betaalt u alleen {only}? Dan staat het verschil daarna nog "
    "open.",
    "promise_since_that_day": "die dag",
    "promise_since_day": "{day}, de dag van uw toezegging",
    "promise_only": "het bedrag van uw toezegging",
    "promise_only_rest": "de rest van uw toezegging",
    # A promise of the whole amount, with interest running: what keeps it is less than today's amount, and
    # promise_keeps* said which sum, by when, just before. What follows a miss, without saying them again.
    "promise_next_keeps": "Ontvangen wij {only} niet op tijd? Dan gaan wij verder met de incasso: {step}. Lukt "
    "het niet op tijd? Laat het ons dan {tell} weten.",
    # Part of it paid already: what is left of the amount promised.
    "promise_next_rest": "Van de {promised} die u toezegde, staat nog {amount} open. Hebben wij dat niet uiterlijk "
    "{date} ontvangen? Dan gaan wij verder met de incasso: {step}. Lukt het niet op tijd? Laat het ons dan {tell} "
    "weten.",
    # The promised day is past, its payments not yet read (the summary says up to when they are): what then.
    "promise_next_past": "Heeft u {amount} niet uiterlijk {date} betaald? Betaal het dan nu, of laat het ons "
    "vandaag nog weten. Anders gaan wij verder met de incasso: {step}.",
    "promise_next_keeps_past": "Heeft u {only} niet op tijd betaald? Betaal het dan nu, of laat het ons vandaag "
    "nog weten. Anders gaan wij verder met de incasso: {step}.",
    "promise_next_rest_past": "Van de {promised} die u toezegde, stond nog {amount} open. Heeft u dat niet uiterlijk "
    "{date} betaald? Betaal het dan nu, of laat het ons vandaag nog weten. Anders gaan wij verder met de incasso: "
    "{step}.",
    # A promise made to the agency (or the bailiff) since the handover: what follows a miss is theirs to say, and
    # they are the ones to tell (steps._promise_next_with).
    "promise_next_agency": "Lukt het niet om {amount} uiterlijk {date} te betalen? Laat {handler} het dan {tell} "
    "weten. Wat er gebeurt als u niet betaalt, hoort u van hen.",
    "promise_next_agency_past": "Heeft u {amount} niet uiterlijk {date} betaald? Betaal het dan nu, of laat "
    "{handler} het vandaag nog weten. Wat er gebeurt als u niet betaalt, hoort u van hen.",
    "tell_before": "vóór {date}",
    "tell_today": "vandaag nog",
    "tell_soon": "zo snel mogelijk",  # a letter read on the promised day or after it (letters.terms.promise_tell)
    # What a missed promise or instalment leads to (the page and the letters): the step then due.
    "missed_reminder": "wij sturen u een betalingsherinnering",
    "missed_dunning": "wij sturen u een aanmaning",
    "missed_call": "wij bellen u. Daarna sturen wij u een laatste brief (sommatie)",
    "missed_final_notice": "wij sturen u een laatste brief (sommatie)",
    # ... as that notice would come (steps.notice_variant, as `step_final_notice_*`): an e-mail is no "brief".
    "missed_call_email": "wij bellen u. Daarna sturen wij u een sommatie per e-mail",
    "missed_call_unagreed": "wij bellen u. Daarna sturen wij u een e-mail (sommatie)",
    "missed_call_either": "wij bellen u. Daarna sturen wij u een sommatie, per post of per e-mail",
    "missed_final_notice_email": "wij sturen u een sommatie per e-mail",
    "missed_final_notice_unagreed": "wij sturen u een e-mail (sommatie)",
    "missed_final_notice_either": "wij sturen u een sommatie, per post of per e-mail",
    "missed_handover": "wij kunnen uw dossier overdragen aan een incassobureau",
    "missed_check": "wij nemen contact met u op",
    # ... held back by a wait asked for (steps.missed_step_held): only after its last day; a call before what follows.
    "held_step": "{step}, maar pas na {day}",
    "held_call": "wij bellen u, maar pas na {day}. Daarna sturen wij u een laatste brief (sommatie)",
    "held_call_email": "wij bellen u, maar pas na {day}. Daarna sturen wij u een sommatie per e-mail",
    "held_call_unagreed": "wij bellen u, maar pas na {day}. Daarna sturen wij u een e-mail (sommatie)",
    "held_call_either": "wij bellen u, maar pas na {day}. Daarna sturen wij u een sommatie, per post of per e-mail",
    # ... a debtor without a phone number, whom nobody can call: staff send a note in its place, by e-mail when there is
    # an address for it, else by post (claims.escalation.call_in_writing, as staff's `how_*`): no "wij bellen u".
    "missed_write": "wij nemen {how} contact met u op. Daarna sturen wij u een laatste brief (sommatie)",
    "missed_write_email": "wij nemen {how} contact met u op. Daarna sturen wij u een sommatie per e-mail",
    "missed_write_unagreed": "wij nemen {how} contact met u op. Daarna sturen wij u een e-mail (sommatie)",
    "missed_write_either": "wij nemen {how} contact met u op. Daarna sturen wij u een sommatie, per post of per e-mail",
    "held_write": "wij nemen {how} contact met u op, maar pas na {day}. Daarna sturen wij u een laatste brief "
    "(sommatie)",
    "held_write_email": "wij nemen {how} contact met u op, maar pas na {day}. Daarna sturen wij u een sommatie per "
    "e-mail",
    "held_write_unagreed": "wij nemen {how} contact met u op, maar pas na {day}. Daarna sturen wij u een e-mail "
    "(sommatie)",
    "held_write_either": "wij nemen {how} contact met u op, maar pas na {day}. Daarna sturen wij u een sommatie, per "
    "post of per e-mail",
    "note_how_email": "per e-mail",
    "note_how_letter": "per post",
    "plan_next": "Uw volgende termijn is {amount}, uiterlijk {date}. Zolang u de termijnen op tijd betaalt, "
    "sturen wij u geen herinneringen of aanmaningen.",
    # One instalment left to pay (tables.instalment_key): that one, not "de termijnen", nor "volgende" of a plan of one.
    # ... while a settlement it replaced may still hold (demand.replaced_undecided): the top asks which; as it does.
    "plan_next_undecided": "Geldt uw betalingsregeling (zie bovenaan)? Dan is uw volgende termijn {amount}, uiterlijk "
    "{date}. Zolang u de termijnen op tijd betaalt, sturen wij u geen herinneringen of aanmaningen.",
    "plan_next_undecided_single": "Geldt uw betalingsregeling (zie bovenaan)? Dan is uw termijn {amount}, uiterlijk "
    "{date}. Betaalt u die op tijd, dan sturen wij u geen herinneringen of aanmaningen.",
    "plan_next_single": "Uw termijn is {amount}, uiterlijk {date}. Betaalt u die op tijd, dan sturen wij u geen "
    "herinneringen of aanmaningen.",
    # ... in a final notice's term the instalments do not pay what stops its costs (steps._plan_next_key): one thing
    # to do, not "geen herinneringen" beside "Uw termijn alleen houdt die niet tegen".
    "plan_next_notice": "Wilt u geen incassokosten? Betaal dan uiterlijk {last_day} {what}. Uw volgende termijn van "
    "{amount}, uiterlijk {date}, is daarvoor niet genoeg. Betaalt u alleen de termijnen op tijd? Dan sturen wij u "
    "geen herinneringen of aanmaningen, maar komen er wel incassokosten bij.",
    "plan_next_notice_single": "Wilt u geen incassokosten? Betaal dan uiterlijk {last_day} {what}. Uw termijn van "
    "{amount}, uiterlijk {date}, is daarvoor niet genoeg. Betaalt u alleen die termijn op tijd? Dan sturen wij u geen "
    "herinneringen of aanmaningen, maar komen er wel incassokosten bij.",
    # ... its day past, its payments not yet read (steps._plan_next_key): paid, it counts, but alone it is not enough.
    "plan_next_past_notice": "Wilt u geen incassokosten? Betaal dan uiterlijk {last_day} {what}. Uw termijn van "
    "{amount} moest uiterlijk {date} betaald zijn. Heeft u die al betaald? Dan telt die daarbij mee, maar alleen is "
    "hij niet genoeg. Betaalt u alleen de termijnen op tijd, dan sturen wij u geen herinneringen of aanmaningen, maar "
    "komen er wel incassokosten bij.",
    "plan_next_past_notice_single": "Wilt u geen incassokosten? Betaal dan uiterlijk {last_day} {what}. Uw termijn "
    "van {amount} moest uiterlijk {date} betaald zijn. Heeft u die al betaald? Dan telt die daarbij mee, maar alleen "
    "is hij niet genoeg. Betaalt u alleen die termijn, dan sturen wij u geen herinneringen of aanmaningen, maar komen "
    "er wel incassokosten bij.",
    # The instalment's day is past, its payments not yet read: paid in time is fine, not "by" a day gone by.
    "plan_next_past": "Uw termijn van {amount} moest uiterlijk {date} betaald zijn. Heeft u die op tijd betaald? Dan "
    "hoeft u niets te doen. Anders: betaal hem nu, of laat het ons vandaag nog weten. Zolang u de termijnen op tijd "
    "betaalt, sturen wij u geen herinneringen of aanmaningen.",
    "plan_next_past_single": "Uw termijn van {amount} moest uiterlijk {date} betaald zijn. Heeft u die op tijd "
    "betaald? Dan hoeft u niets te doen. Anders: betaal hem nu, of laat het ons vandaag nog weten.",
    # An instalment due before the plan's confirmation arrives (claims.demand.instalment_asked_later): asked
    # as that letter asks it (letters.words "plan_instalment_unread"), by its day, not "uiterlijk" a day gone by.
    # A plan agreed with the agency (or the bailiff) since the handover (steps._plan_lines): we send no letter after a
    # handover at all, and the plan is theirs to watch and to change: not "sturen wij u geen herinneringen".
    # Whom to contact stands above it (the message, the top) and below (the plan's box): not a third time here.
    "plan_next_agency": "Uw volgende termijn is {amount}, uiterlijk {date}. Berichten over deze regeling krijgt u "
    "van {handler}, niet van ons.",
    "plan_next_agency_single": "Uw termijn is {amount}, uiterlijk {date}. Berichten over deze regeling krijgt u "
    "van {handler}, niet van ons.",
    "plan_next_past_agency": "Uw termijn van {amount} moest uiterlijk {date} betaald zijn. Heeft u die op tijd "
    "betaald? Dan hoeft u niets te doen. Anders: betaal hem nu, of laat het {handler} vandaag nog weten. Berichten "
    "over deze regeling krijgt u van {handler}, niet van ons.",
    "plan_next_past_agency_single": "Uw termijn van {amount} moest uiterlijk {date} betaald zijn. Heeft u die op "
    "tijd betaald? Dan hoeft u niets te doen. Anders: betaal hem nu, of laat het {handler} vandaag nog weten.",
    "plan_next_unread": "De afgesproken dag voor {instalment} ({amount}) is {date}. Heeft u die termijn nog niet "
    "betaald? Betaal hem dan {when}. Zolang u de termijnen op tijd betaalt, sturen wij u geen herinneringen of "
    "aanmaningen.",
    "plan_next_unread_single": "De afgesproken dag voor {instalment} ({amount}) is {date}. Heeft u die termijn nog "
    "niet betaald? Betaal hem dan {when}. Dan sturen wij u geen herinneringen of aanmaningen.",
    # ... its day gone by when the page is built (a plan entered late, or its first instalment due at once): said in the
    # past, with why it is not late and by when (claims.demand.late_instalment_day), not "is" a day behind the debtor.
    "plan_next_passed": "De afgesproken dag voor {instalment} ({amount}) was {date}. U krijgt onze bevestiging van de "
    "regeling te laat om op die dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan {when}: dan "
    "betaalt u op tijd. Zolang u de termijnen op tijd betaalt, sturen wij u geen herinneringen of aanmaningen.",
    "plan_next_passed_single": "De afgesproken dag voor {instalment} ({amount}) was {date}. U krijgt onze bevestiging "
    "van de regeling te laat om op die dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan {when}: "
    "dan betaalt u op tijd. Dan sturen wij u geen herinneringen of aanmaningen.",
    # ... more than one such instalment (a plan entered weeks late), each with its day: {instalments}, "termijn 1 op 5
    # februari 2026 en termijn 2 op 5 maart 2026" (the box asks their sum, the table each amount).
    "plan_next_passed_more": "Afgesproken was: {instalments}. U krijgt onze bevestiging van de regeling te "
    "laat om op die dagen te betalen. Heeft u die termijnen nog niet betaald? Betaal ze dan {when}: dan betaalt u op "
    "tijd. Zolang u de termijnen op tijd betaalt, sturen wij u geen herinneringen of aanmaningen.",
    "instalment_on_day": "{instalment} op {date}",
    # {instalment} (steps.instalment_numbered): "termijn 2", or "uw termijn" of a plan of one.
    "instalment_numbered": "termijn {number}",
    "instalment_numbered_single": "uw termijn",
    "plan_notice": "De termijn van {date} van uw betalingsregeling is nog niet betaald. "
    "Daarom hebben wij u {notice} gestuurd.",
    # ... part of it paid: "niet (helemaal)" either way read as if the file did not know which.
    "plan_notice_part": "De termijn van {date} van uw betalingsregeling is nog niet helemaal betaald. "
    "Daarom hebben wij u {notice} gestuurd.",
    # ... more than one missed ({missed}: steps.missed_named), in whole or in part: "open" said once (s59: "Die
    # termijnen ... zijn nog niet betaald" said it again); of a part paid, that part, and that it was not all.
    "plan_notice_more": "Deze termijnen staan nog open: {missed}. Daarom hebben wij u {notice} gestuurd.",
    "plan_notice_more_part": "Deze termijnen staan nog open: {missed}. U heeft er een deel van betaald, maar niet "
    "alles. Daarom hebben wij u {notice} gestuurd.",
    # ... beside a payment the bank took back (statement.returned): the notice, then what counts, not "Daarom": the
    # notice may be older than the return (as the other letters' messages say it: shipped.RETURNED_TOLD).
    "plan_notice_returned": "Wij hebben u {notice} gestuurd. Voor de termijn van {date} van uw betalingsregeling "
    "hebben wij nog geen betaling van u die meetelt.",
    "plan_notice_more_returned": "Wij hebben u {notice} gestuurd. Deze termijnen staan nog open: {missed}. Voor die "
    "termijnen van uw betalingsregeling hebben wij nog geen betaling van u die meetelt.",
    # ... beside those, the instalments due since the notice went out: they did not bring it (steps._plan_notice_line).
    "plan_notice_also": "Ook de termijn van {date} is nog niet betaald.",
    "plan_notice_also_part": "Ook de termijn van {date} is nog niet helemaal betaald.",
    "plan_notice_also_more": "Ook deze termijnen staan open: {missed}.",
    "plan_notice_also_more_part": "Ook deze termijnen staan open: {missed}. U heeft er een deel van betaald, maar niet "
    "alles.",
    "plan_notice_also_returned": "Ook voor de termijn van {date} hebben wij nog geen betaling van u die meetelt.",
    "plan_notice_also_more_returned": "Ook deze termijnen staan open: {missed}. Ook daarvoor hebben wij nog geen "
    "betaling van u die meetelt.",
    # Which instalments are open, as the reminder of a missed instalment names them (letters.terms).
    "plan_arrears": "De termijn van {date} is nog niet betaald: er staat {open} open.",
    # ... beside a payment the bank took back (statement.returned): what counts, as the instalment's reminder
    # says it (letters.words: `installment_missed_returned`), not "nog niet betaald" as if none came.
    "plan_arrears_returned": "Voor de termijn van {date} hebben wij nog geen betaling van u die meetelt: er staat "
    "{open} open.",
    # ... part of it paid ({paid}): what was paid and what is left.
    "plan_arrears_part": "Van de termijn van {date} ({amount}) heeft u {paid} betaald: er staat nog {open} open.",
    # {missed}: each missed instalment with its day and amount (steps.missed_named); then their sum, as their reminder
    # says it (letters.words: `installment_missed_more`), not "Die termijnen zijn nog niet betaald" again (s59).
    "plan_arrears_more": "Deze termijnen staan nog open: {missed}. Samen is dat {open}.",
    "plan_arrears_more_returned": "Deze termijnen staan nog open: {missed}. Voor die termijnen hebben wij nog geen "
    "betaling van u die meetelt. Samen is dat {open}.",
    "plan_arrears_more_part": "Deze termijnen staan nog open: {missed}. Van die termijnen heeft u {paid} betaald: "
    "samen staat er nog {open} open.",
    # What asks what a plan leaves once its instalments are paid ({then} in the plan_rest and plan_interest_rest
    # texts), as the core will count it (claims.assess.claim_if_completed): the reminder of a remainder after a plan
    # of the whole; after a plan of part one letter for the rest first (plan_then_letter: the amount of its day,
    # interest moves it by the day), then the step reached before the plan ({step}); or, when a letter's term still
    # runs then, that step ({step}), or the handover on {day}. plan_then_way_out: beside a text without a way out.
    "plan_then_reminder": "Daarvoor sturen wij u daarna een herinnering.",
    "plan_then_letter": "Daarvoor sturen wij u dan {rest_letter}, met het bedrag op die dag. Betaalt u dat niet op "
    "tijd, dan is de volgende stap: {step}.",
    "plan_then_letter_single": "Daarvoor sturen wij u daarna {rest_letter}, met het bedrag op die dag. Betaalt u dat "
    "niet op tijd, dan is de volgende stap: {step}.",
    # {rest_letter} in these and promise_part_lead_letter (letters.words promise_rest_letter): that one letter as it
    # would come (steps.rest_letter_named): an e-mail is no "brief"; written both ways, staff send one.
    "rest_letter": "een brief",
    "rest_letter_email": "een e-mail",
    "rest_letter_either": "een brief of een e-mail",
    "plan_then_way_out": "Lukt dat niet? Neem dan contact met ons op, dan zoeken wij samen een oplossing.",
    "plan_then_way_out_counsellor": "Lukt dat niet? Dan kan uw schuldhulpverlener contact met ons opnemen.",
    "plan_then_way_out_administrator": "Lukt dat niet? Dan kan uw bewindvoerder contact met ons opnemen.",
    # The interest line's rest after a plan being paid, told kindly (steps._rest_kindly): small when less than the
    # plan's smallest instalment, what comes for it, and how to be done with it at once.
    "plan_rest_small": "Dat is een klein bedrag.",
    "plan_then_reminder_kind": "Daarvoor krijgt u daarna een vriendelijke herinnering, met het precieze bedrag.",
    "plan_then_reminder_kind_small": "Voor dat kleine bedrag krijgt u daarna een vriendelijke herinnering, met het "
    "precieze bedrag.",
    "plan_then_step_kind": "Staat het daarna nog open? Dan vragen wij het u met {letter}.",
    # ... while a wait the debtor or their counsellor asked for outlasts the plan (steps.held_until): that letter
    # comes only after its last day ({day}), not "daarna"; so does the one letter for the rest of a plan of part.
    "plan_then_reminder_held": "Daarvoor sturen wij u na {day} een herinnering.",
    "plan_then_reminder_kind_held": "Daarvoor krijgt u na {day} een vriendelijke herinnering, met het precieze bedrag.",
    "plan_then_reminder_kind_small_held": "Voor dat kleine bedrag krijgt u na {day} een vriendelijke herinnering, met "
    "het precieze bedrag.",
    "plan_then_step_kind_held": "Staat het na {day} nog open? Dan vragen wij het u met {letter}.",
    "plan_then_letter_held": "Daarvoor sturen wij u na {day} {rest_letter}, met het bedrag op die dag. Betaalt u dat "
    "niet op tijd, dan is de volgende stap: {step}.",
    "plan_rest_at_once": "Wilt u er liever meteen vanaf zijn? Tel het dan op bij uw laatste termijn.",
    "plan_rest_at_once_single": "Wilt u er liever meteen vanaf zijn? Tel het dan op bij uw termijn.",
    "plan_rest_at_once_now": "Wilt u er liever meteen vanaf zijn? Betaal het dan nu, samen met wat er van uw "
    "termijnen openstaat.",
    # Beside it, what the instalments leave of today's total (the total's "later"): two leftovers, told apart.
    "plan_rest_today": "Vandaag is dat {today}; de rente tot dan komt erbij.",
    # A plan agreed with the agency (or the bailiff) since the handover: they ask what it leaves, and are the way out.
    "plan_then_handler": "Dat vraagt {handler} u daarna te betalen.",
    "plan_then_way_out_with": "Lukt dat niet? Neem dan contact op met {handler}.",
    # After what a plan leaves ({other} in the plan_rest texts): whom to ask for another arrangement.
    "plan_rest_other": "Wilt u dat anders regelen? Neem dan contact met ons op.",
    "plan_rest_other_counsellor": "Wilt u dat anders regelen? Dan kan uw schuldhulpverlener contact met ons opnemen.",
    "plan_rest_other_administrator": "Wilt u dat anders regelen? Dan kan uw bewindvoerder contact met ons opnemen.",
    "plan_rest_other_with": "Wilt u dat anders regelen? Neem dan contact op met {handler}.",
    "plan_then_step": "Dat vragen wij u daarna: {step}.",
    "plan_then_handover": "Ook dat moet u betalen. Staat er op {day} nog iets open? Dan gaan wij verder met de "
    "incasso: {step}.",
    "plan_rest": "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na uw laatste termijn, "
    "op {date}, naar verwachting nog {amount} open. Daarin zit de rente tot dan. {then} {other}",
    # ... of one instalment left to pay (tables.instalment_key): "Uw termijn dekt", "na die termijn".
    "plan_rest_single": "Uw termijn dekt niet alles. Betaalt u die op tijd? Dan staat er na die termijn, op {date}, "
    "naar verwachting nog {amount} open. Daarin zit de rente tot dan. {then} {other}",
    "plan_interest_rest": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Uw "
    "laatste termijn is op {date}. Betaalt u alle termijnen op tijd? Dan staat er daarna naar verwachting nog "
    "{amount} open. {then}",
    "plan_interest_rest_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. "
    "Betaalt u uw termijn op tijd, dan staat er na die termijn ({date}) naar verwachting nog {amount} open. {then}",
    "plan_interest_rest_missed": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. "
    "Betaalt u de gemiste termijn nu en de andere op tijd? Dan staat er na uw laatste termijn, op {date}, naar "
    "verwachting nog {amount} open. {then}",
    # ... more than one missed (tables.several_missed): "de gemiste termijnen", as plan_arrears_more names them.
    "plan_interest_rest_missed_several": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling "
    "betaalt. Uw laatste termijn is op {date}. Betaalt u de gemiste termijnen nu en de andere op tijd? Dan staat er "
    "daarna naar verwachting nog {amount} open. {then}",
    # ... with one instalment still to come after it (tables.instalment_key, counting upcoming): "de volgende".
    "plan_interest_rest_missed_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling "
    "betaalt. Betaalt u de gemiste termijn nu en de volgende op tijd? Dan staat er na uw laatste termijn, op {date}, "
    "naar verwachting nog {amount} open. {then}",
    "plan_interest_rest_missed_several_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de "
    "regeling betaalt. Uw laatste termijn is op {date}. Betaalt u de gemiste termijnen nu en de volgende op tijd? Dan "
    "staat er daarna naar verwachting nog {amount} open. {then}",
    "plan_interest_rest_now": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. "
    "Betaalt u nu wat er van uw termijnen nog openstaat, dan blijft er naar verwachting {amount} open. {then}",
    "plan_interest_rest_now_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. "
    "Betaalt u nu wat er van uw termijn nog openstaat, dan blijft er naar verwachting {amount} open. {then}",
    "plan_interest_running": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt.",
    "plan_rest_now": "Uw termijnen dekken niet alles. Betaalt u nu wat er van uw termijnen nog openstaat? Dan blijft "
    "er naar verwachting {amount} open. Daarin zit de rente tot nu. {then} {other}",
    "plan_rest_now_single": "Uw termijn dekt niet alles. Betaalt u nu wat er van uw termijn nog openstaat? Dan "
    "blijft er naar verwachting {amount} open. Daarin zit de rente tot nu. {then} {other}",
    # The costs of a final notice whose term ends before the instalments pay what it asks, left beside the rest.
    "plan_rest_no_interest_costs": "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na "
    "uw laatste termijn, op {date}, nog {amount} open. Daarin zitten de incassokosten van {costs}. {then} {other}",
    "plan_rest_no_interest_costs_single": "Uw termijn dekt niet alles. Betaalt u die op tijd? Dan staat er na die "
    "termijn, op {date}, nog {amount} open. Daarin zitten de incassokosten van {costs}. {then} {other}",
    "plan_rest_no_interest": "Uw termijnen dekken niet alles. Na uw laatste termijn, op {date}, staat er nog "
    "{amount} open. {then} {other}",
    "plan_rest_no_interest_single": "Uw termijn dekt niet alles. Na die termijn, op {date}, staat er nog {amount} "
    "open. {then} {other}",
    # Without interest, a plan of all that is open that leaves only such costs (the instalments pay the rest).
    "plan_rest_costs": "Uw termijnen dekken niet alles. Betaalt u ze allemaal op tijd? Dan staat er na uw laatste "
    "termijn, op {date}, nog {amount} aan incassokosten open. {then} {other}",
    "plan_rest_costs_single": "Uw termijn dekt niet alles. Betaalt u die op tijd? Dan staat er na die termijn, op "
    "{date}, nog {amount} aan incassokosten open. {then} {other}",
    # Each of those while a settlement the plan replaced may still hold (demand.replaced_undecided): what the plan
    # leaves is the top's "Nee?", so the figure is said as the top asks it (steps.plan_key), as plan_next_undecided.
    # That the instalments do not cover everything is the plan's own, as agreed: said flat.
    "plan_rest_undecided": "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie bovenaan), en betaalt u "
    "alle termijnen op tijd? Dan staat er na uw laatste termijn, op {date}, naar verwachting nog {amount} open. "
    "Daarin zit de rente tot dan. {then} {other}",
    "plan_rest_undecided_single": "Uw termijn dekt niet alles. Geldt uw betalingsregeling (zie bovenaan), en betaalt u "
    "die termijn op tijd? Dan staat er na die termijn, op {date}, naar verwachting nog {amount} open. Daarin zit de "
    "rente tot dan. {then} {other}",
    "plan_rest_now_undecided": "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie bovenaan), en betaalt "
    "u nu wat er van uw termijnen nog openstaat? Dan blijft er naar verwachting {amount} open. Daarin zit de rente "
    "tot nu. {then} {other}",
    "plan_rest_now_undecided_single": "Uw termijn dekt niet alles. Geldt uw betalingsregeling (zie bovenaan), en "
    "betaalt u nu wat er van uw termijn nog openstaat? Dan blijft er naar verwachting {amount} open. Daarin zit de "
    "rente tot nu. {then} {other}",
    "plan_rest_no_interest_costs_undecided": "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie "
    "bovenaan), en betaalt u alle termijnen op tijd? Dan staat er na uw laatste termijn, op {date}, nog {amount} "
    "open. Daarin zitten de incassokosten van {costs}. {then} {other}",
    "plan_rest_no_interest_costs_undecided_single": "Uw termijn dekt niet alles. Geldt uw betalingsregeling (zie "
    "bovenaan), en betaalt u die termijn op tijd? Dan staat er na die termijn, op {date}, nog {amount} open. Daarin "
    "zitten de incassokosten van {costs}. {then} {other}",
    "plan_rest_no_interest_undecided": "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie bovenaan)? "
    "Dan staat er na uw laatste termijn, op {date}, nog {amount} open. {then} {other}",
    "plan_rest_no_interest_undecided_single": "Uw termijn dekt niet alles. Geldt uw betalingsregeling (zie "
    "bovenaan)? Dan staat er na die termijn, op {date}, nog {amount} open. {then} {other}",
    "plan_rest_costs_undecided": "Uw termijnen dekken niet alles. Geldt uw betalingsregeling (zie bovenaan), en "
    "betaalt u alle termijnen op tijd? Dan staat er na uw laatste termijn, op {date}, nog {amount} aan "
    "incassokosten open. {then} {other}",
    "plan_rest_costs_undecided_single": "Uw termijn dekt niet alles. Geldt uw betalingsregeling (zie bovenaan), en "
    "betaalt u die termijn op tijd? Dan staat er na die termijn, op {date}, nog {amount} aan incassokosten open. "
    "{then} {other}",
    # That interest runs while the debtor pays the plan holds either way: said flat, the figure as the top asks it.
    "plan_interest_rest_undecided": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling "
    "betaalt. Uw laatste termijn is op {date}. Geldt uw betalingsregeling (zie bovenaan), en betaalt u alle "
    "termijnen op tijd? Dan staat er daarna naar verwachting nog {amount} open. {then}",
    "plan_interest_rest_undecided_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling "
    "betaalt. Geldt uw betalingsregeling (zie bovenaan), en betaalt u uw termijn op tijd? Dan staat er na die "
    "termijn ({date}) naar verwachting nog {amount} open. {then}",
    "plan_interest_rest_now_undecided": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling "
    "betaalt. Geldt uw betalingsregeling (zie bovenaan), en betaalt u nu wat er van uw termijnen nog openstaat? Dan "
    "blijft er naar verwachting {amount} open. {then}",
    "plan_interest_rest_now_undecided_single": "Over het bedrag dat openstaat, loopt de rente door zolang u de "
    "regeling betaalt. Geldt uw betalingsregeling (zie bovenaan), en betaalt u nu wat er van uw termijn nog "
    "openstaat? Dan blijft er naar verwachting {amount} open. {then}",
    "plan_more": "Uw termijnen zijn samen meer dan er nu openstaat ({total}). U betaalt nooit meer dan wat "
    "openstaat: heeft u alles betaald, dan vervallen de termijnen die nog over zijn.",
    "plan_more_single": "Uw termijn is meer dan er nu openstaat ({total}). U betaalt nooit meer dan wat openstaat.",
    # ... while a settlement it replaced may still hold (demand.replaced_undecided): what is open then is the top's
    # "Nee?", not a fact; as plan_next_undecided.
    "plan_more_undecided": "Geldt uw betalingsregeling (zie bovenaan)? Dan zijn uw termijnen samen meer dan er nu "
    "openstaat ({total}). U betaalt nooit meer dan wat openstaat: heeft u alles betaald, dan vervallen de termijnen "
    "die nog over zijn.",
    "plan_more_undecided_single": "Geldt uw betalingsregeling (zie bovenaan)? Dan is uw termijn meer dan er nu "
    "openstaat ({total}). U betaalt nooit meer dan wat openstaat.",
    "plan_arrears_pay": "Wilt u dit bedrag {when} betalen? Lukt dat niet, neem dan contact met ons op. "
    "Dan kijken wij samen naar de regeling.",
    "plan_arrears_pay_with": "Wilt u dit bedrag {when} betalen? Lukt dat niet, neem dan contact op met {handler}.",
    # Only while the instalment's reminder is still the next step (not once it is sent).
    # A plan in arrears whose final notice is written today (demand.notice_written_today): the next line says it goes
    # out, not "Daarom hebben wij u ... gestuurd" of a letter still to be posted.
    "plan_notice_today": "De termijn van {date} van uw betalingsregeling is nog niet betaald.",
    "plan_notice_today_part": "De termijn van {date} van uw betalingsregeling is nog niet helemaal betaald.",
    "plan_notice_today_returned": "Voor de termijn van {date} van uw betalingsregeling hebben wij nog geen betaling "
    "van u die meetelt.",
    # More than one missed, the notice written today or sent (steps._notice_pay): the top names them, each with its
    # day and amount (plan_notice_lead_more...), so this line says what to do and by when, not the list again (s59:
    # "Deze termijnen staan nog open: ..." twice, word for word). {when}: steps.by_when, as the top asks it.
    "plan_notice_pay": "Wilt u het hele bedrag van {amount} {when} betalen? Lukt dat niet, neem dan contact met ons "
    "op.",
    # ... missed after the notice over the plan, in its term (demand.notice_before_missed): that instalment, by its day
    # and amount (and what came of it); it did not bring the notice, which still asks everything overdue, as the top
    # says (`plan_notice_lead_since`; s60: this line said "Onze sommatie geldt nog: ..." again).
    "plan_notice_since": "De termijn van {date} van uw betalingsregeling ({amount}) is nog niet betaald.",
    "plan_notice_since_part": "Van de termijn van {date} van uw betalingsregeling ({amount}) heeft u {paid} betaald. "
    "Er staat nog {left} van open.",
    "plan_notice_since_returned": "Voor de termijn van {date} van uw betalingsregeling ({amount}) hebben wij nog geen "
    "betaling van u die meetelt.",
    # ... more than one missed since the notice: each by its day and amount ({missed}: steps.missed_named), then their
    # sum ({open}) or what came of them, as beside several before a notice (`plan_arrears_more`; s60: only the first
    # was named). "Deze termijnen staan nog open" is the longest lead-in that keeps three missed at 21 words.
    "plan_notice_since_more": "Deze termijnen staan nog open: {missed}. Samen is dat {open}.",
    "plan_notice_since_more_part": "Deze termijnen staan nog open: {missed}. Van die termijnen heeft u {paid} betaald: "
    "samen staat er nog {open} open.",
    "plan_notice_since_more_returned": "Deze termijnen staan nog open: {missed}. Voor die termijnen hebben wij nog "
    "geen betaling van u die meetelt. Samen is dat {open}.",
    "plan_notice_lead_since": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook uw termijn.",
    # ... more than one missed since it (s60: "ook uw termijn" of two).
    "plan_notice_lead_since_more": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook uw termijnen.",
    # The rest after a plan's instalments that holds collection costs charged: not "rente" alone, nor "klein".
    "plan_rest_costs_in": "Daarin zitten de incassokosten van {costs}.",
    "plan_reminder_first": "Betaalt u de termijn niet? Dan sturen wij u eerst een herinnering voor deze termijn; "
    "pas als die ook onbetaald blijft, volgen de gewone stappen.",
    # ... while a wait asked for holds that reminder back (steps.asked_pause): only after its last day.
    "plan_reminder_first_held": "Betaalt u de termijn niet? Dan sturen wij u pas na {day} een herinnering voor deze "
    "termijn. Pas als die ook onbetaald blijft, volgen de gewone stappen.",
    # ... more than one missed (tables.several_missed): "de termijnen", as the line above names them.
    "plan_reminder_first_several": "Betaalt u de termijnen niet? Dan sturen wij u eerst een herinnering voor deze "
    "termijnen; pas als die ook onbetaald blijft, volgen de gewone stappen.",
    "plan_reminder_first_held_several": "Betaalt u de termijnen niet? Dan sturen wij u pas na {day} een herinnering "
    "voor deze termijnen. Pas als die ook onbetaald blijft, volgen de gewone stappen.",
    # Counted over all that is open (the ledger does not say which invoice a dispute is about): what a
    # correction takes away takes its interest with it.
    "dispute_interest": "De rente loopt in die tijd door. Passen wij de factuur aan, dan rekenen wij de rente "
    "daarover opnieuw uit.",
    "dispute_interest_many": "De rente loopt in die tijd door. Passen wij de facturen aan, dan rekenen wij de "
    "rente daarover opnieuw uit.",
    "paid_next": "U hoeft niets meer te doen.",
    "credit": "U heeft {amount} te veel betaald. Wij storten dit bedrag terug op de rekening waarvan u heeft betaald. "
    "Wilt u het anders? Bel of mail ons dan.",
    "credit_refunded": "U had {amount} te veel betaald. Dat bedrag hebben wij u op {date} terugbetaald.",
    "credit_refunded_part": "U had te veel betaald. Op {date} hebben wij u {amount} terugbetaald.",
    "credit_rest": "Er staat nog {amount} voor u open. Ook dat storten wij terug op de rekening waarvan u heeft "
    "betaald. Wilt u het anders? Bel of mail ons dan.",
    # A refund the debtor's bank sent back: not paid back; the debtor can say where to.
    "credit_refund_returned": "U had te veel betaald. Op {date} hebben wij u {amount} teruggestort, maar uw bank "
    "stuurde het terug. Laat u ons weten op welke rekening wij het kunnen terugstorten? Bel of mail ons dan.",
    "credit_rest_returned": "Er staat nog {amount} voor u open. Ook dat storten wij terug op de rekening die u ons "
    "noemt.",
    "paid_next_refund_returned": "Wij hebben alleen nog uw rekeningnummer nodig, zie hieronder.",
    # A payment may be counted twice (written by hand and in the bank): nothing promised until it is checked.
    "credit_checking": "Wij kijken uw betalingen nog na. Heeft u meer betaald dan nodig was, dan storten wij het "
    "verschil terug op de rekening waarvan u heeft betaald.",
    "credit_rest_checking": "Wij kijken uw betalingen nog na. Staat er daarna nog iets voor u open, dan storten wij "
    "ook dat terug op de rekening waarvan u heeft betaald.",
    # A dispute leads the page
    "dispute_heading": "U bent het niet eens met de factuur",
    "dispute_since": "Op {date} liet u ons weten dat u het niet eens bent met de factuur.",
    "dispute_pause": "Wij zoeken het nu uit. Zolang dat duurt, sturen wij u geen herinneringen of aanmaningen.",
    "dispute_look": "Wij zoeken het nu uit.",
    "dispute_term_runs": "Let op: de termijn van {notice} loopt wel door. U kunt betalen tot en met {date}. "
    "Betaal vóór het einde van die dag het deel waarmee u het eens bent. Daarover rekenen wij dan geen "
    "incassokosten.",
    # The same once that term is over, its days not yet in the statements read (claim.term_unseen): in the past.
    "dispute_term_ran": "Let op: de termijn van {notice} liep tot en met {date}. Had u het deel waarmee u het eens "
    "bent uiterlijk die dag betaald? Dan rekenen wij daarover geen incassokosten.",
    "dispute_due_runs": "Let op: de uiterste betaaldatum van {amount} blijft {date}. Over wat daarvan daarna nog "
    "openstaat, rekenen wij de incassokosten die de wet geeft. Dat geldt ook voor het deel waarover wij het nog "
    "uitzoeken. Passen wij de factuur aan? Dan rekenen wij de kosten opnieuw uit. Betaal vóór het einde van die dag "
    "het deel waarmee u het eens bent. Daarover rekenen wij dan geen incassokosten.",
    # A dispute that names its invoices (the ledger's `invoices` on a dispute): the page names them too.
    "invoice_one": "factuur {number}",
    "invoice_many": "facturen {numbers}",
    "and": "en",
    "or": "of",
    "dispute_heading_named": "U bent het niet eens met {invoices}",
    "dispute_since_named": "Op {date} liet u ons weten dat u het niet eens bent met {invoices}.",
    "dispute_apart": "U bent het niet eens met {invoices}. Dat zoeken wij eerst uit. Zolang dat duurt, vragen wij "
    "u niet om dat te betalen en sturen wij u daarover geen herinneringen. Het bedrag hierboven is voor "
    "{others}.",
    # ... once credit notes took all of it (the answer is in them), and each credit note on such an invoice
    "dispute_apart_credited": "U bent het niet eens met {invoices}. Wij hebben dat helemaal gecrediteerd: daarvoor "
    "hoeft u niets te betalen. Het bedrag hierboven is voor {others}.",
    # {others} in the texts about invoices disputed apart: the invoices the page asks for instead, one or several.
    "other_invoice": "uw andere factuur",
    "other_invoices": "uw andere facturen",
    "dispute_credit_note": "Op factuur {invoice}: creditnota {number} van {date}, {amount} minder.",
    "dispute_answer_by": "U krijgt uiterlijk {date} antwoord van ons.",
    "dispute_answer_late": "Wij wilden u uiterlijk {date} antwoord geven. Dat is niet gelukt, en dat spijt ons. "
    "U hoort zo snel mogelijk van ons.",
    # A dispute's answer, under a message that does not say it (statement.answer): which invoice, whom to ask to
    # hear it again, and the answer's term beside a final notice's (the day at the top is the later of the two
    # when no letter comes before it; the notice's when its costs come first).
    "answer_named": "Wij hebben uw bezwaar over {invoices} beantwoord op {date}.",
    "answer_whole": "Wij hebben uw bezwaar beantwoord op {date}.",
    "answer_again_both": "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? "
    "Bel {name}: {phone}, of mail naar {email}.",
    "answer_again_phone": "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? "
    "Bel {name}: {phone}.",
    "answer_again_email": "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? "
    "Mail {name}: {email}.",
    "answer_again": "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? Neem dan contact "
    "met ons op.",
    "answer_days": "{n} dagen",
    "answer_days_one": "{n} dag",
    "answer_term": "Vanaf de dag van ons antwoord krijgt u {days} om te betalen, tot en met {date}. Tot dan sturen "
    "wij u geen nieuwe brief.",
    "answer_term_longer": "Vanaf de dag van ons antwoord krijgt u {days} om te betalen, tot en met {date}. De termijn "
    "van {notice} loopt langer, tot en met {last_day}. Tot dan sturen wij u geen nieuwe brief. Daarom vragen wij u "
    "bovenaan deze pagina om uiterlijk {last_day} te betalen.",
    "answer_term_longer_only": "Vanaf de dag van ons antwoord geven wij u "
    "{days} om te betalen, tot en met {date}. De termijn "
    "van {notice} loopt langer, tot en met {last_day}.",
    "answer_term_sooner": "Vanaf de dag van ons antwoord krijgt u {days} om te betalen, tot en met {date}. Tot dan "
    "sturen wij u geen nieuwe brief. Maar de termijn van {notice} loopt eerder af, op {last_day}. Hieronder staat wat "
    "u uiterlijk die dag betaalt om incassokosten te voorkomen.",
    "dispute_part": "Bent u het met een deel van de factuur wel eens? Dat deel kunt u alvast betalen.",
    "dispute_after": "Blijkt de factuur niet te kloppen? Dan passen wij hem aan. Klopt de factuur wel? "
    "Dan leggen wij u uit waarom, en vragen wij u daarna om te betalen.",
    # ... when the dispute names more than one invoice
    "dispute_part_many": "Bent u het met een deel van de facturen wel eens? Dat deel kunt u alvast betalen.",
    "dispute_after_many": "Blijken de facturen niet te kloppen? Dan passen wij ze aan. Kloppen de facturen wel? "
    "Dan leggen wij u uit waarom, en vragen wij u daarna om te betalen.",
    # Who handles the file after a handover or in legal steps
    "an_agency": "een incassobureau",
    # What a final notice over a plan asks beside, in the number missed (tables.missed_instalments_named).
    "the_instalment": "de termijn",
    "the_instalments": "de termijnen",
    "the_agency": "het incassobureau",
    # The agency named just before (view.earlier_agency_named): a noun phrase, right also as a subject ("hen heeft").
    "that_agency": "dat incassobureau",
    "the_bailiff": "de deurwaarder",
    "us": "ons",
    "handover_heading": "Uw dossier ligt nu bij {agency}",
    "handover_heading_unnamed": "Uw dossier ligt nu bij een incassobureau",
    "handover_since": "Op {date} hebben wij uw dossier overgedragen aan {agency}. Zij regelen de betaling nu met u.",
    "handover_call": "Wilt u een betalingsregeling, of heeft u een vraag over de betaling? Neem dan contact op "
    "met {agency}:",
    # ... while a plan agreed with them runs: it is not to be offered again.
    "handover_call_plan": "Heeft u een vraag over uw betalingsregeling of over de betaling? Neem dan contact op "
    "met {agency}:",
    "handover_wait": "U hoort van {agency} hoe u hen kunt bereiken. Wilt u nu al iets afspreken? Bel of mail "
    "dan ons, dan helpen wij u verder.",
    # ... while a plan agreed with them runs, or a promise made to them is open: the debtor reached them.
    "handover_wait_plan": "Heeft u een vraag over uw betalingsregeling of over de betaling? Neem dan contact op met "
    "{agency}. Weet u niet hoe? Bel of mail dan ons, dan helpen wij u verder.",
    "handover_wait_promise": "Heeft u een vraag over uw betaalbelofte of over de betaling? Neem dan contact op met "
    "{agency}. Weet u niet hoe? Bel of mail dan ons, dan helpen wij u verder.",
    "handover_pay_agency": "Betaal voortaan aan {agency}. De gegevens staan hieronder, bij ‘Zo betaalt u’.",
    # Under the amount, where our own steps give the day to pay by: after the handover the agency sets the terms.
    "handover_pay_by": "Tot wanneer u kunt betalen, bepaalt nu {agency}.",
    "handover_pay_us": "U kunt betalen aan {agency}, zoals zij u laten weten, of rechtstreeks aan ons, met de "
    "gegevens hieronder. Betaalt u aan ons? Dan laten wij {agency} weten dat u heeft betaald. Betaal wel maar "
    "één keer.",
    "handover_next": "Betaalt u niet, en maakt u geen afspraak? Dan kan een rechtszaak de volgende stap zijn. "
    "Dat brengt extra kosten mee, en die willen wij u liever besparen.",
    # ... while a plan agreed with them runs: the plan is the agreement, "geen afspraak" would deny it.
    "handover_next_plan": "Betaalt u de termijnen niet, en maakt u geen nieuwe afspraak? Dan kan een rechtszaak de "
    "volgende stap zijn. Dat brengt extra kosten mee, en die willen wij u liever besparen.",
    "handover_next_plan_single": "Betaalt u de termijn niet, en maakt u geen nieuwe afspraak? Dan kan een rechtszaak "
    "de volgende stap zijn. Dat brengt extra kosten mee, en die willen wij u liever besparen.",
    "agency_costs_stay": "De incassokosten blijven {amount}: meer mag {agency} u niet rekenen.",
    "agency_costs_stay_part": "De incassokosten zijn in totaal {amount}: meer mag {agency} u niet rekenen. Daarvan "
    "heeft u {paid} betaald. Er staat nog {open} open.",
    "agency_costs_stay_paid": "De incassokosten zijn in totaal {amount}: meer mag {agency} u niet rekenen. Die heeft "
    "u al helemaal betaald.",
    "legal_heading": "Er loopt een juridische procedure",
    "legal_since": "Op {date} hebben wij juridische stappen gezet om deze vordering te innen, via de rechter of "
    "een deurwaarder.",
    "legal_via": "Dit loopt via {handler}.",
    "legal_via_bailiff": "Dit loopt via de gerechtsdeurwaarder: {handler}.",
    "legal_papers": "Heeft u een dagvaarding of een vonnis gekregen? Dan gelden de data die daarin staan. "
    "Reageer op tijd, ook als u met ons een afspraak maakt.",
    "legal_costs": "Het bedrag hieronder is wat u ons nog moet betalen. Daar kunnen de kosten van de rechter en "
    "de deurwaarder nog bij komen; die staan niet op deze pagina.",
    "legal_call": "Wilt u betalen of een betalingsregeling afspreken? Dat kan ook nu nog. Neem dan zo snel "
    "mogelijk contact op met {handler}. Zij vertellen u welk bedrag u precies moet betalen, en hoe:",
    "legal_call_us": "Wilt u betalen of een betalingsregeling afspreken? Dat kan ook nu nog. Neem dan zo snel "
    "mogelijk contact met ons op. Wij vertellen u welk bedrag u precies moet betalen, en hoe.",
    # ... while a plan agreed since the legal step runs: it is not to be offered again.
    "legal_call_plan": "Heeft u een vraag over uw betalingsregeling of over de betaling? Neem dan contact op met "
    "{handler}. Zij vertellen u welk bedrag u precies moet betalen, en hoe:",
    "legal_call_us_plan": "Heeft u een vraag over uw betalingsregeling of over de betaling? Neem dan contact met ons "
    "op. Wij vertellen u welk bedrag u precies moet betalen, en hoe.",
    "legal_amount_note": "Zonder de kosten van de rechter en de deurwaarder.",
    "legal_next": "Wat er verder gebeurt, hoort u van {handler}.",
    "contact_invoice_question": "Heeft u een vraag over de factuur zelf?",
    "contact_invoice_question_many": "Heeft u een vraag over de facturen zelf?",
    "plan_text_agency": "Kunt u niet alles in één keer betalen? Neem dan contact op met {agency}. Samen spreekt "
    "u een betalingsregeling af.",
    "plan_text_legal_with": "Kunt u niet alles in één keer betalen? Ook nu is een betalingsregeling nog mogelijk. "
    "Neem daarvoor contact op met {handler}.",
    "plan_text_legal_us": "Kunt u niet alles in één keer betalen? Ook nu is een betalingsregeling nog mogelijk. "
    "Stuur ons een voorstel: hoeveel u per maand kunt betalen, en vanaf wanneer.",
    "change_plan_text_with": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan contact op met "
    "{handler}, het liefst vóór de volgende termijn.",
    "change_plan_text_with_today": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan contact op "
    "met {handler}, het liefst vandaag nog.",
    "change_plan_text_with_single": "Lukt het niet om de termijn te betalen zoals afgesproken? Neem dan zo snel "
    "mogelijk contact op met {handler}.",
    "change_plan_text_with_missed": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan zo snel "
    "mogelijk contact op met {handler}.",
    "call_name": "Bel {name}:",
    "mail_name": "Mail {name}",
    "dispute_text_handover": "Klopt de factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
    "Wij zoeken het uit, en laten {agency} weten dat u het niet eens bent.",
    "dispute_text_legal": "Klopt de factuur niet, of bent u het ergens niet mee eens? Laat het ons dan zo snel "
    "mogelijk weten. Loopt er een rechtszaak? Dan kunt u het ook aan de rechter laten weten. Vraag daarover "
    "op tijd advies, bijvoorbeeld bij Het Juridisch Loket of een advocaat.",
    "dispute_text_handover_many": "Klopt een factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
    "Wij zoeken het uit, en laten {agency} weten dat u het niet eens bent.",
    "dispute_text_legal_many": "Klopt een factuur niet, of bent u het ergens niet mee eens? Laat het ons dan zo "
    "snel mogelijk weten. Loopt er een rechtszaak? Dan kunt u het ook aan de rechter laten weten. Vraag daarover "
    "op tijd advies, bijvoorbeeld bij Het Juridisch Loket of een advocaat.",
    "agency_qr": "U betaalt aan {agency}. De QR-code en de betaalgegevens zijn van hun rekening.",
    # An e-mail holds no QR code: it names the details alone (the personal page it links to says agency_qr).
    "agency_qr_email": "U betaalt aan {agency}. De betaalgegevens zijn van hun rekening.",
    "reference_hint_agency": "Vermeld altijd dit kenmerk. Dan weet {agency} dat de betaling van u is.",
    "reference_hint_agency_text": "Vul dit kenmerk in bij ‘Omschrijving’ in uw bank-app, niet bij "
    "‘Betalingskenmerk’. Dan weet {agency} dat de betaling van u is.",
    "bank_warning_agency": "Let op: dit is de rekening van {agency}, niet die van ons. Krijgt u een bericht met "
    "een ander rekeningnummer? Betaal dan niet en neem contact met ons op.",
    "bank_warning_agency_phone": "Let op: dit is de rekening van {agency}, niet die van ons. Krijgt u een "
    "bericht met een ander rekeningnummer? Betaal dan niet en bel ons op {phone}.",
    # A payment the bank took back (statement.returned), under the payments while the claim is open: what came back
    # and when, that it is therefore open, why where the debtor should know it, and what to do. Never blaming.
    "h_returned": "Teruggeboekt door de bank",
    "returned_payment": "Uw betaling van {amount} op {date} is op {returned} door de bank teruggeboekt. Daarom telt "
    "die betaling niet mee en staat dat bedrag nog open.",
    # Paid again in part since it came back (statement.returned): not all of that amount is open.
    "returned_payment_part": "Uw betaling van {amount} op {date} is op {returned} door de bank teruggeboekt. Daarom "
    "telt die betaling niet mee. Wat u daarna betaalde, telt wel.",
    "returned_reason_reversed": "Volgens de bank gebeurde dat op uw verzoek: de automatische incasso is teruggedraaid.",
    "returned_reason_closed": "Volgens de bank is de rekening waarvan u betaalde opgeheven.",
    "returned_reason_blocked": "Volgens de bank is de rekening waarvan u betaalde geblokkeerd.",
    "returned_pay_again": "Wilt u opnieuw betalen?",
    "returned_pay_again_other_account": "Wilt u opnieuw betalen, vanaf een andere rekening?",
    "returned_ask_us": "Denkt u dat dit niet klopt? Neem dan contact met ons op.",
    # ... after a handover: the payment was to us, and the line above the invoices sends a payment to us to us
    # (situation_unlinked_handler): one instruction, not the agency here and us there.
    "returned_ask_us_handed_over": "Denkt u dat dit niet klopt? Neem dan contact met ons op: u betaalde aan ons.",
    # {not_received} once the bank took back what was paid and nothing else counts: not "uw betaling nog niet
    # ontvangen", which tells a debtor who paid that nothing came (statement.view.not_received). Not "because the bank
    # took it back" either: the step the text gives as its reason ("Daarom hebben wij uw dossier overgedragen") may be
    # older than the payment. The line under the payments tells what came back (statement.returned).
    "not_received_returned": "nog geen betaling van u die meetelt",
    # ... and once part was paid that stayed: not "nog niet het hele bedrag ontvangen", which tells a debtor who paid
    # it all, and whose payment came back, that it never came in full.
    "not_received_all_returned": "nog niet voor het hele bedrag een betaling van u die meetelt",
    # ... and after a handover that ended a plan behind (statement.view.plan_before_handover): not "niet alle termijnen
    # van uw betalingsregeling ontvangen", where the instalment that came back was received.
    "not_received_plan_returned": "niet voor elke termijn van uw betalingsregeling een betaling van u die meetelt",
    "not_received_plan_single_returned": "nog niet voor de hele termijn van uw betalingsregeling een betaling van u "
    "die meetelt",
}

EN = {
    "title": "Your payment overview – {creditor}",
    "h1": "Your payment overview",
    "for_name": "For: {name}",
    "demo": "Demo: do not pay.",
    "skip": "Skip to content",
    "other_language": "Nederlands",
    "back_to_overview": "Back to your overview",
    "to_pay": "To pay",
    "to_pay_now": "To pay now",
    "next_instalment": "Next instalment",
    "next_instalment_single": "Your instalment",
    "open_amount": "Amount outstanding",
    "pay_by": "Please pay by {date}",
    "pay_by_today": "Please pay today, {date}",
    "pay_asap": "Please pay as soon as possible",
    "pay_now_no_costs": "Pay now, without collection costs",
    "we_send_now": "We are now sending you",
    "we_send_again": "We are sending you",
    "we_send_soon": "We will shortly send you",
    "we_email_now": "We are now emailing you",
    "we_email_soon": "We will shortly email you",
    "restated_notice": "{we_send} a new final notice. It gives you {days} days to pay.",
    "costless_notice_now": "{we_send} a notice to pay by email. It gives you {days} days to pay.",
    "costless_term_over": "The deadline in our final notice was {last_day}. We charge no collection costs.",
    "costless_term_over_email": "The deadline in our notice to pay by email was {last_day}. We charge no collection "
    "costs.",
    "costless_term_over_unagreed_email": "The deadline in our notice to pay by email was {last_day}. We charge no "
    "collection costs.",
    "costless_term_over_unagreed_portal": "The deadline in our notice to pay in our customer portal was {last_day}. We "
    "charge no collection costs.",
    "costless_term_over_portal": "The deadline in our notice to pay in our customer portal was {last_day}. We charge "
    "no collection costs.",
    "costless_handover": "If you do not pay, we may hand your file over to a collection agency.",
    "costless_way_out": "If you cannot pay, contact us: a payment plan is still possible.",
    "pay_in_term": "Please pay within {days} days of receiving the final notice",
    "first_notice_now": "{we_send} a final notice. It gives you {days} days to pay, from the day after you receive it.",
    "first_notice_costs": "If you do not pay within those {days} days, collection costs of up to {costs} are added.",
    "total_open": "In total, {amount} is still outstanding.",
    "plan_costs_lead": "If you have not paid {what} by {date}, collection costs of {amount} are added. "
    "Your instalments alone do not stop them.",
    "plan_costs_lead_single": "If you have not paid {what} by {date}, collection costs of {amount} are added. "
    "Your instalment alone does not stop them.",
    "plan_costs_lead_one": "If you have not paid {what} by {date}, collection costs of {amount} are added. Your "
    "instalment due by then is enough for that. If you have paid it by {date}, no costs are added.",
    "plan_costs_lead_several": "If you have not paid {what} by {date}, collection costs of {amount} are added. Your "
    "instalments due by then are enough for that. If you have paid them by {date}, no costs are added.",
    "promise_costs_lead": "Please note: the deadline in {notice} still applies. If you have not paid "
    "{what} by {date}, "
    "collection costs of {amount} are added. The amount you promised does not stop them on its own.",
    "promise_costs_lead_late": "Please note: your last day to pay under {notice} is still {date}. If you have not "
    "paid {what} by then, collection costs of {amount} are added. This also applies if you pay everything on the day "
    "you promised.",
    "promise_costs_lead_late_part": "Please note: your last day to pay under {notice} is still {date}. If you have "
    "not paid {what} by then, collection costs of {amount} are added. This also applies if you pay the amount you "
    "promised on the day you promised.",
    "promise_costs_lead_due": "Please note: the due date is {date}. If you have not paid {what} by then, "
    "collection costs of {amount} are added. The amount you promised does not stop them on its own.",
    "promise_costs_lead_late_due": "Please note: the due date is {date}. If you have not paid {what} by then, "
    "collection costs of {amount} are added. This also applies if you pay everything on the day you promised.",
    "promise_costs_lead_late_part_due": "Please note: the due date is {date}. If you have not paid {what} by then, "
    "collection costs of {amount} are added. This also applies if you pay the amount you promised on the day you "
    "promised.",
    "promise_lead": "You promised to pay {amount} by {date}.",
    "promise_part_lead": "You promised to pay {amount} by {date}. Once you have paid it, {amount} of the "
    "{total} is paid. For the {rest} still open then, {step}. Would you rather pay that in instalments? "
    "{plan_offer}",
    "promise_part_lead_handover": "You promised to pay {amount} by {date}. After that, {rest} is still "
    "open; you owe that too. We look at what is still open on {day}. If anything is, {step}. That is so even if "
    "you have paid the {amount} in time.",
    "promise_part_lead_letter": "You promised to pay {amount} by {date}. Once you have paid it, {amount} "
    "of the {total} is paid. The rest is {rest} as of today. For it, we will send you {rest_letter} after "
    "{rest_day}, with the amount on that day. If you do not pay it in time, {step}. Would you rather pay it in "
    "instalments? {plan_offer}",
    "promise_part_lead_now": "You promised to pay {amount} by {date}. After that, {rest} is still open.",
    "promise_whole_lead": "You promised to pay the whole amount by {date}. Today that is {amount}.",
    "promise_whole_lead_interest": "You promised to pay the whole amount by {date}. Today that is {amount}; "
    "interest runs until the day you pay.",
    "kept_lead": "Thank you for keeping to our agreement. {amount} is still open. Please pay it {when}.",
    "kept_lead_no_ask": "Thank you for keeping to our agreement. {amount} is still open.",
    "kept_part_lead": "Thank you: you paid what you promised us, {promised} by {date}. {amount} is still open. "
    "Please pay it {when}.",
    "kept_part_lead_no_ask": "Thank you: you paid what you promised us, {promised} by {date}. {amount} is still open.",
    "kept_plan_part_lead": "Thank you: you paid all the instalments of your payment plan. {amount} is still open. "
    "Please pay it {when}.",
    "kept_plan_part_lead_no_ask": "Thank you: you paid all the instalments of your payment plan. {amount} is still "
    "open.",
    "kept_plan_part_lead_single": "Thank you: you paid the instalment of your payment plan. {amount} is still open. "
    "Please pay it {when}.",
    "kept_plan_part_lead_no_ask_single": "Thank you: you paid the instalment of your payment plan. {amount} is still "
    "open.",
    "kept_plan_handler_lead": "Thank you: you paid all the instalments of your payment plan with {handler}. {amount} "
    "is still open, which {handler} will ask you to pay.",
    "kept_promise_handler_lead": "Thank you: you paid what you promised {handler}, {promised} by {date}. {amount} is "
    "still open, which {handler} will ask you to pay.",
    "kept_plan_handler_lead_single": "Thank you: you paid the instalment of your payment plan with {handler}. "
    "{amount} is still open, which {handler} will ask you to pay.",
    "kept_lead_interest_no_ask": "Thank you for keeping to our agreement. {amount} is still open, because of "
    "the interest up to the day you paid.",
    "kept_lead_interest": "Thank you for keeping to our agreement. {amount} is still open, because of the "
    "interest up to the day you paid. Please pay it {when}.",
    "costs_in_amount": "This includes {costs} of collection costs, because the payment term has passed. How they "
    "are worked out is shown below, under Collection costs.",
    "promise_broken_lead": "You promised to pay by {date}. We have not received that payment. If you "
    "cannot pay, please contact us, and we will look for a solution together.",
    "promise_broken_lead_returned": "You promised to pay by {date}. We have no payment from you that counts. If "
    "you cannot pay, please contact us, and we will look for a solution together.",
    "promise_broken_lead_part": "You promised to pay by {date}. We have not received all of that payment. If you "
    "cannot pay, please contact us, and we will look for a solution together.",
    "promise_broken_lead_part_returned": "You promised to pay by {date}. Of that, {paid} counts: the rest is still "
    "open. If you cannot pay, please contact us, and we will look for a solution together.",
    "promise_broken_handler_lead": "You promised {handler} to pay by {date}. Our records show that payment has not "
    "come in. If you cannot pay, or have paid already, please contact {handler}.",
    "promise_broken_handler_lead_part": "You promised {handler} to pay by {date}. Our records show that not all of "
    "that payment has come in. If you cannot pay, or have paid already, please contact {handler}.",
    "kept_lead_costs": "Thank you for keeping to our agreement. {amount} is still open, because of the collection "
    "costs of {costs} and the interest. By law, a payment goes first to an invoice's costs and interest, then to the "
    "invoice itself. Please pay it {when}.",
    "kept_lead_costs_no_ask": "Thank you for keeping to our agreement. {amount} is still open, because of the "
    "collection costs of {costs} and the interest. By law, a payment goes first to an invoice's costs and interest, "
    "then to the invoice itself.",
    "kept_lead_costs_only": "Thank you for keeping to our agreement. {amount} is still open, because of the "
    "collection costs of {costs}. By law, a payment goes first to an invoice's costs, then to the invoice itself. "
    "Please pay it {when}.",
    "kept_lead_costs_only_no_ask": "Thank you for keeping to our agreement. {amount} is still open, because of the "
    "collection costs of {costs}. By law, a payment goes first to an invoice's costs, then to the invoice itself.",
    "by_date": "by {date}",
    "thanks_part": "Thank you for your payment of {amount} on {date}. The amount above is what is still to pay now.",
    "thanks_part_accord": "Thank you for your payment of {amount} on {date}. You still have {left} of the agreed "
    "amount to pay. The amount above is the instalment to pay now.",
    "by_today": "today ({date})",
    "not_received": "not yet received your payment",
    "not_received_all": "not yet received the whole amount",
    "not_received_plan": "not received all the instalments of your payment plan",
    "not_received_plan_single": "not received all of the instalment of your payment plan",
    "not_received_plan_kept": "received all the instalments of your payment plan, but not yet the whole amount",
    "not_received_plan_kept_single": "received the instalment of your payment plan, but not yet the whole amount",
    "not_received_agency_plan": "received {paid} under your payment plan with {agency}, but not all the instalments",
    "not_received_agency_plan_single": "received {paid} under your payment plan with {agency}, but not all of its "
    "instalment",
    "not_received_agency_plan_kept": "received every instalment of your payment plan with {agency} ({paid}), but not "
    "yet the whole amount",
    "not_received_agency_plan_kept_single": "received the instalment of your payment plan with {agency} ({paid}), but "
    "not yet the whole amount",
    "previous_agency": "the previous collection agency",
    "not_received_unseen": "not yet processed a payment from you",
    "not_received_all_unseen": "not yet processed the whole amount",
    "not_received_in_time": "not received the amount in time",
    "the_invoice": "the invoice",
    "the_invoices": "the invoices",
    "this_invoice": "this invoice",
    "these_invoices": "these invoices",
    "asap": "as soon as possible",
    "within_term": "within {days} days of receiving our final notice",
    "within_term_unagreed": "within {days} days of receiving our notice to pay",
    "not_yet_due": "To pay separately: {amount}, by the invoice's due date, {date}.",
    "part_due": "Of this, {amount} by {date}.",
    "plan_arrears_lead": "An instalment of your payment plan is overdue.",
    "settlement_missed_lead": "An instalment of the agreement is overdue. If you do not pay it on time, the "
    "agreement ends.",
    "settlement_missed_lead_more": "Instalments of the agreement are overdue. If you do not pay them on time, the "
    "agreement ends.",
    "settlement_sum_missed_lead": "The agreed amount is open again. If you do not pay it on time, the agreement ends.",
    "plan_arrears_lead_single": "The instalment of your payment plan is overdue.",
    "plan_arrears_lead_more": "Instalments of your payment plan are overdue.",
    "plan_notice_lead": "The instalment of {date} of your payment plan ({amount}) has not been paid. So we now ask "
    "for the whole overdue amount.",
    "plan_notice_lead_returned": "For the instalment of {date} of your payment plan ({amount}), we have no payment "
    "from you that counts. So we now ask for the whole overdue amount.",
    "plan_notice_lead_more": "These instalments are still open: {missed}. So we now ask for the whole overdue amount, "
    "not only these instalments.",
    "plan_notice_lead_more_returned": "These instalments are still open: {missed}. For these instalments of your "
    "payment plan, we have no payment from you that counts. So we now ask for the whole overdue amount, not "
    "only these instalments.",
    "plan_notice_lead_part": "Of the instalment of {date} of your payment plan ({amount}) you have paid {paid}. "
    "{left} of it is still open. So we now ask for the whole overdue amount.",
    "plan_notice_lead_more_part": "These instalments are still open: {missed}. Of these instalments of your payment "
    "plan you have paid {paid}. {left} is still open in total. So we now ask for the whole overdue amount, "
    "not only these instalments.",
    "plan_notice_lead_ask": "We now ask for the whole overdue amount.",
    "paid_label": "Paid",
    "paid_lead": "Thank you! You have paid everything.",
    "settled_label": "Settled",
    "settled_lead": "Thank you! You have paid the agreed amount of {amount}.",
    "paid_on": "We received your last payment on {date}.",
    "how_to_pay": "How to pay",
    "pay_online": "Pay online",
    "h_message": "A message from {creditor}",
    "h_next": "What happens next?",
    "h_pay": "How to pay",
    "h_plan": "Your payment plan",
    "h_details": "What you owe and why",
    "h_details_paid": "Your invoices and payments",
    "h_invoices": "Invoices",
    "h_payments": "Payments received",
    "h_interest": "Interest",
    "h_costs": "Collection costs",
    "h_total": "Total",
    "h_options": "Can't pay, or is something wrong?",
    "h_ask_plan": "Paying in instalments",
    "h_dispute": "If you disagree with the invoice",
    "h_dispute_many": "If you disagree with an invoice",
    "h_help": "Money worries",
    "h_contact": "Questions? Contact us",
    "h_terms": "Payment terms",
    "h_creditor": "Who is asking for payment?",
    "scan": "If you are viewing this page on a computer or tablet, scan the QR code with your phone's banking "
    "app. The amount and the payment reference are filled in for you.",
    "scan_no_amount": "If you are viewing this page on a computer or tablet, scan the QR code with your phone's "
    "banking app. The payment reference is filled in for you; you fill in the amount.",
    "transfer": "Transfer the amount with your banking app. Type in these details, or copy them:",
    "transfer_part": "Transfer that part with your banking app. Type in these details, or copy them:",
    "transfer_or": "Or transfer the amount with your banking app. Type in these details, or copy them:",
    "qr_alt": "QR code for a transfer of {amount} to {name}, {kind} {reference}. "
    "The same details are also given as text on this page.",
    "qr_alt_no_amount": "QR code for a transfer to {name}, {kind} {reference}, without an amount: you "
    "fill it in. The same details are also given as text on this page.",
    "amount_yours": "the part you agree with (you fill it in)",
    "amount_yours_undecided": "you fill it in (see the top of the page)",
    "amount": "Amount",
    "iban": "IBAN",
    "bic": "BIC",
    "beneficiary": "Beneficiary name",
    "reference": "Payment reference",
    "reference_text": "Description",
    "reference_kind": "payment reference",
    "reference_text_kind": "description",
    "scan_text": "If you are viewing this page on a computer or tablet, scan the QR code with your phone's banking "
    "app. The amount and the description are filled in for you.",
    "scan_text_no_amount": "If you are viewing this page on a computer or tablet, scan the QR code with your "
    "phone's banking app. The description is filled in for you; you fill in the amount.",
    "reference_hint": "Always include the payment reference. Enter it in your banking app's payment reference field "
    "(Betalingskenmerk), or, if you cannot, in the description. That way, we know the payment is yours.",
    "link_intro": "Pay online, on our payment page:",
    "link_qr_alt": "QR code with the payment link to {host}.",
    "link_qr_caption": "Scan to pay online",
    "qr_caption": "Scan with your banking app",
    "bank_warning": "Please note: we never change our bank account number by email. If a message gives a different "
    "account number, do not pay: contact us.",
    "bank_warning_phone": "Please note: we never change our bank account number by email. If a message gives a "
    "different account number, do not pay: call us on {phone}.",
    "copy_label": "Copy",
    "copied_label": "Copied",
    "copy_failed_label": "Could not copy; the text is selected, copy it yourself",
    "plan_qr_unread": "The amount to transfer is your next instalment: {amount}, {when}.",
    "plan_qr_unread_single": "The amount to transfer is your instalment: {amount}, {when}.",
    "plan_qr_unread_more": "The amount to transfer is what is due now under your payment plan: {amount}, {when}.",
    "plan_nothing_due": "No instalment is due right now. The amount to transfer is your next instalment: {amount}, "
    "by {date}.",
    "plan_nothing_due_single": "No instalment is due right now. The amount to transfer is your instalment: {amount}, "
    "by {date}.",
    "plan_qr_due": "The amount to transfer is what is due now under your payment plan: {amount}.",
    "plan_qr_notice": "The amount to transfer is the whole overdue amount, not only {instalment}. "
    "That is what {notice} asks.",
    "promise_qr": "The amount to transfer is the amount you promised to pay.",
    "promise_qr_whole": "The amount to transfer is the whole amount, with interest up to today.",
    "promise_qr_whole_no_interest": "The amount to transfer is the whole amount.",
    "overdue_qr": "The amount to transfer is what is now overdue. Invoices that are not yet due can be paid later, "
    "by their own due date.",
    "undecided_qr": "No amount is filled in below or in the QR code. The top of this page says whether you still "
    "need to pay.",
    "undecided_qr_email": "No amount is given with the payment details: your statement page says whether you still "
    "need to pay.",
    "undecided_qr_letter": "No amount is given with the payment details or in the QR code. The top of this letter "
    "says whether you still need to pay.",
    "undecided_qr_email_top": "No amount is given with the payment details. The top of this email says whether you "
    "still need to pay.",
    "dispute_qr": "If you would like to pay something while we look into it, pay only the part you agree with. "
    "That is why there is no amount below or in the QR code: you fill it in.",
    "dispute_qr_email": "If you would like to pay something while we look into it, pay only the part you agree "
    "with. That is why the payment details hold no amount: you fill it in.",
    "plan_caption": "Instalments of your payment plan (amounts in euros)",
    "plan_caption_single": "Instalment of your payment plan (amounts in euros)",
    "h_settlement_plan": "Your instalments for the settlement",
    "settlement_plan_caption": "Instalments of the settlement (amounts in euros)",
    "plan_col_due": "Due by",
    "plan_col_amount": "Amount",
    "plan_col_paid": "Paid",
    "blank_cell": "none",
    "blank_not_yet": "not yet",
    "plan_col_state": "Status",
    "plan_paid": "Paid",
    "plan_due": "Due today",
    "plan_overdue": "Overdue",
    "plan_unread": "To pay now",
    "plan_unseen": "Not processed yet",
    "unseen_yet": "We have not yet processed payments made after {paid_until}. If you paid in time, you do not "
    "need to do anything.",
    "unseen_yet_returned": "We have not yet processed payments made after {paid_until}. If you paid again in time "
    "after that day, you do not need to do anything.",
    "unseen_already": "We have not yet processed payments made after {paid_until}. If you have already paid, you "
    "do not need to do anything.",
    "unseen_already_returned": "We have not yet processed payments made after {paid_until}. If you paid again "
    "after that day, you do not need to do anything.",
    # A condition said as English says it, not the Dutch "Heeft u ...? Dan ..." as "Did you ...? If so, ..." (s59);
    # the day in a sentence of its own: "If you paid what {notice} asked by {last_day}, ..." ran to 24 words with
    # "our final notice, sent in our customer portal," (and "asked by" read as who asked).
    "costs_unseen_lead": "We have not yet processed payments made after {paid_until}. You had until {last_day} to pay "
    "what {notice} asked. If you paid it by then, we do not charge the collection costs.",
    "costs_unseen_announced": "We have not yet processed payments made after {paid_until}. If you have already "
    "paid, you do not need to do anything.",
    "costs_unseen_announced_returned": "We have not yet processed payments made after {paid_until}. If you paid "
    "again after that day, you do not need to do anything.",
    "term_unseen_lead": "The deadline in {notice} was {last_day}. If your payment reached our account by that day, it "
    "counts. We will see it once our bank's statements of those days are in. We have not yet processed payments made "
    "after {paid_until}. If you have not paid yet, please pay the amount above now. Because the deadline has passed, "
    "collection costs of {costs} are then owed as well. We will ask for them separately, once the statements show it. "
    "By law a payment goes to the collection costs first: {costs} will then still be open.",
    "term_unseen_lead_returned": "The deadline in {notice} was {last_day}. If your payment reached our account by "
    "that day and stayed there, it counts. We will see it once our bank's statements of those days are in. We "
    "have not yet processed payments made after {paid_until}. If you have not paid again yet, please pay the "
    "amount above now. Because the deadline has passed, collection costs of {costs} are then owed as well. We "
    "will ask for them separately, once the statements show it. By law a payment goes to the collection costs "
    "first: {costs} will then still be open.",
    "term_unseen_lead_handover": "The deadline in {notice} was {last_day}. If your payment reached our account by "
    "that day, it counts. We will see it once our bank's statements of those days are in. We have not yet processed "
    "payments made after {paid_until}. If you have not paid yet, please pay the amount above now. Because the "
    "deadline has passed, collection costs of {costs} are then owed as well. You will be asked for them by {agency}, "
    "once the statements show it. By law a payment goes to the collection costs first: {costs} will then still be "
    "open.",
    "term_unseen_lead_handover_returned": "The deadline in {notice} was {last_day}. If your payment reached our "
    "account by that day and stayed there, it counts. We will see it once our bank's statements of those days "
    "are in. We have not yet processed payments made after {paid_until}. If you have not paid again yet, please "
    "pay the amount above now. Because the deadline has passed, collection costs of {costs} are then owed as "
    "well. You will be asked for them by {agency}, once the statements show it. By law a payment goes to the "
    "collection costs first: {costs} will then still be open.",
    "term_unseen_costs_lead": "Please note: the deadline in {notice} was {date}. If you had not paid {what} "
    "by then, collection costs of {amount} are owed from {owed_from}. We have not yet processed payments made after "
    "{paid_until}.",
    "plan_upcoming": "Upcoming",
    "plan_asked_in_notice": "Asked in the final notice",
    "plan_summary": "You pay in {count} instalments, {amount} in total.",
    "plan_summary_notice": "We agreed on {count} instalments, {amount} in total. Our final notice now asks for "
    "the whole amount overdue, including the instalments still to come.",
    "plan_summary_one": "You pay {amount} in one instalment.",
    "installment_unseen": "Your instalment of {date} ({amount}) was due too. If you have not paid it yet, please pay "
    "it as well.",
    "installment_unseen_more": "Your instalments of {dates} ({amount} together) were due too. If you have not paid "
    "them yet, please pay them as well.",
    "installment_also_due": "On {date} your next instalment of {amount} also falls due. Together that is {total}.",
    "installment_also_due_before": "Your next instalment of {amount} falls due before then, on {date}. If you "
    "would rather pay it all at once, pay {total} by {date}.",
    "installment_also_due_more": "Your next {count} instalments ({amount} together) fall due: the first on "
    "{date}, the last on {last}. If you would rather pay it all at once, pay {total} by {date}.",
    "installment_also_due_more_same_day": "On {date} your next {count} instalments, {amount} together, also fall "
    "due. If you would rather pay it all at once, pay {total} by {date}.",
    "situation": "As of {date}, with the payments up to and including {paid_until} that we could link to you.",
    "situation_later": "As of {date}, with the payments up to and including {paid_until} that we could link to you. "
    "The later payments are in the list of payments.",
    "situation_unlinked": "A payment without the payment reference may take us a few days longer. Is a payment of "
    "yours missing? Please contact us.",
    "situation_unlinked_handler": "A payment without the payment reference may take us a few days longer. Is a "
    "payment to {handler} missing? Please contact them. Did you pay us? Please contact us.",
    "invoices_caption": "Invoices (amounts in euros)",
    "amounts_note": "Amounts in euros",
    "col_invoice": "Invoice",
    "col_amount": "Amount",
    "col_paid": "Paid",
    "col_paid_credited": "Paid or credited",
    "col_open": "Open",
    "col_remitted": "Waived",
    "invoice_date": "invoice date {date}",
    "invoice_due": "due date {date}",
    "credit_note": "Credit note {number} of {date}: {amount} deducted",
    "credit_note_described": "Credit note {number} of {date}: {amount} deducted. Description: “{description}”",
    "payments_caption": "Payments received (amounts in euros)",
    "col_date": "Date",
    "col_applied": "Applied to",
    "applied_principal": "invoice {invoice}: {amount}",
    "applied_interest": "interest {invoice}: {amount}",
    "applied_costs": "collection costs: {amount}",
    "applied_costs_of": "collection costs {invoice}: {amount}",
    "applied_credit": "paid too much: {amount}",
    "applied_credit_checked": "still being checked: {amount}",
    "applied_disputed": "invoice {invoice}, which you dispute: {amount}; we keep this for that invoice until we "
    "have answered you",
    "applied_disputed_many": "invoices {invoice}, which you dispute: {amount}; we keep this for those invoices "
    "until we have answered you",
    "applied_disputed_full": "invoice {invoice}, which you dispute: {amount}, what that invoice asks if it stands "
    "(with any interest and costs). We keep this for that invoice until we have answered you. What you paid on top of "
    "it goes to {others}",
    "applied_disputed_kept": "you named invoice {invoice}, which you dispute: what that invoice could ask is already "
    "kept apart. So this payment went to {others}",
    "applied_disputed_kept_many": "you named invoices {invoice}, which you dispute: what those invoices could ask is "
    "already kept apart. So this payment went to {others}",
    "applied_disputed_credited": "you named invoice {invoice}: we have credited it in full, so this payment went "
    "to {others}",
    "applied_disputed_credited_many": "you named invoices {invoice}: we have credited them in full, so this payment "
    "went to {others}",
    "applied_disputed_credited_later": "you named invoice {invoice}: we credited it in full after this payment, so "
    "this payment now counts for {others}",
    "applied_disputed_credited_many_later": "you named invoices {invoice}: we credited them in full after this "
    "payment, so this payment now counts for {others}",
    "applied_disputed_kept_credited": "you named invoices {invoice}: we have credited {credited} in full. For {kept}, "
    "which you dispute, all we could ask is already kept apart. So this payment went to {others}",
    "applied_disputed_kept_credited_later": "you named invoices {invoice}: we credited {credited} in full after this "
    "payment. For {kept}, which you dispute, all we could ask is already kept apart. So this payment now counts for "
    "{others}",
    "applied_named_credited": "you named {invoices}, which we have credited in full",
    "applied_named_credited_later": "you named {invoices}, which we credited in full after this payment",
    "credited_before_and_after": "we have credited {before} in full, and {after} in full after this payment",
    "applied_named_credited_mixed": "you named {invoices}: {credited}",
    "applied_disputed_credited_mixed": "you named invoices {invoice}: {credited}, so this payment now counts for "
    "{others}",
    "applied_disputed_kept_credited_mixed": "you named invoices {invoice}: {credited}. For {kept}, which you dispute, "
    "all we could ask is already kept apart. So this payment now counts for {others}",
    "applied_disputed_many_full": "invoices {invoice}, which you dispute: {amount}, what those invoices ask if they "
    "stand (with any interest and costs). We keep this for those invoices until we have answered you. What you paid "
    "on top of it goes to {others}",
    "allocation_costs": "By law, a payment goes first to the collection costs, then to the interest, and then to the "
    "invoice. This is set out in article 6:44 of the Dutch Civil Code.",
    "allocation_costs_invoices": "A payment goes to the invoice or invoices you name, and otherwise first to the "
    "oldest invoice. This is set out in article 6:43 of the Dutch Civil Code. Within an invoice, a payment goes first "
    "to its collection costs, then to the interest, then to the invoice itself. This is set out in article 6:44 of "
    "the Dutch Civil Code.",
    "costs_parts": "Divided over the invoices: {parts}.",
    "allocation_interest": "By law, a payment goes first to the interest and then to the invoice (article 6:44 of "
    "the Dutch Civil Code).",
    "interest_statutory_consumer": "We charge Dutch statutory interest (wettelijke rente, article 6:119 of the "
    "Dutch Civil Code) from the day after the due date.",
    "interest_statutory_business": "We charge statutory commercial interest (wettelijke handelsrente, article 6:119a "
    "of the Dutch Civil Code) from the day after the due date.",
    "interest_source_consumer": "The government sets the rate and can change it on 1 January or 1 July (Dutch Civil "
    "Code, article 6:120). You can check it on rijksoverheid.nl: search for ‘wettelijke rente’.",
    "interest_source_business": "The rate is the European Central Bank's main refinancing rate on 1 January or 1 July, "
    "plus 8 percentage points. This is set out in article 6:120 of the Dutch Civil Code. You can check it on "
    "rijksoverheid.nl: search for ‘wettelijke rente’.",
    "interest_caption": "Interest per period (amounts in euros)",
    "col_period": "Period",
    "col_rate": "Annual rate",
    "interest_period": "{start} to {end} inclusive ({days} days) on {base}",
    "interest_period_one": "{start} to {end} inclusive (1 day) on {base}",
    "interest_period_capitalised": ", of which {interest} is interest from earlier years",
    "interest_compound_consumer": "After each full year, that year's interest is added to the amount we charge "
    "interest on. This is set out in article 6:119(2) of the Dutch Civil Code.",
    "interest_compound_business": "After each full year, that year's interest is added to the amount we charge "
    "interest on. This is set out in article 6:119a(3) of the Dutch Civil Code.",
    "interest_summary": "Interest so far: {total}. Of this, {paid} has been paid; still open: {open}.",
    "interest_summary_unpaid": "Interest so far: {total}, not yet paid.",
    "interest_summary_remitted": "Total interest: {total}. Of this, {paid} has been paid and {open} waived.",
    "interest_summary_all_remitted": "Total interest: {total}, waived.",
    "interest_summary_all_paid": "Interest so far: {total}, paid in full.",
    "interest_summary_all_paid_closed": "Total interest: {total}, paid in full.",
    "interest_per_day": "Interest adds about {amount} a day.",
    "interest_rate_assumed": "{rate} (provisional)",
    "interest_assumed": "‘Provisional’: not yet checked against the official rate. If that differs, we will adjust "
    "the interest. You need not do anything.",
    "interest_assumed_settled": "‘Provisional’: not yet checked against the official rate. That does not change the "
    "agreed amount.",
    "costs_charged": "We charge {amount} in collection costs, calculated on {principal}. This is set out in {basis}. "
    "Charged {when}.",
    "costs_over_asked": "After your payment within the deadline, {principal} of our final notice of {sent} was still "
    "unpaid.",
    "costs_over_interest": "Before the deadline in our final notice of {sent}, you paid {paid}. That is the full "
    "amount invoiced, but not all the interest the final notice also asked. By law, a payment goes to the interest "
    "first (article 6:44 of the Dutch Civil Code). So {principal} stayed unpaid, and we charge the collection costs on "
    "that.",
    "costs_charged_stated": "We charge {amount} in collection costs: the amount {notice} stated. Charged {when}.",
    "costs_minimum": "That is the legal minimum of {minimum}: the percentages of this amount come to less.",
    "costs_minimum_vat": "Without VAT, that is the legal minimum of {minimum}: the percentages of this amount come "
    "to less.",
    "costs_steps_intro": "How the collection costs are calculated:",
    "costs_step_only": "{rate} of {part}",
    "costs_step_first": "{rate} of the first {part}",
    "costs_step_next": "{rate} of the next {part}",
    "costs_steps_sum": "Together, on {principal}: {amount}",
    "costs_steps_inline": "Calculated as: {steps}.",
    "costs_steps_inline_sum": "together {amount}",
    "costs_steps_minimum": "That is less than the legal minimum, so the collection costs are {minimum}.",
    "costs_steps_maximum": "That is more than the legal maximum, so the collection costs are {maximum}.",
    "costs_vat": "The collection costs include {rate} VAT ({vat}), because we cannot reclaim the VAT.",
    "costs_amount_vat": "{amount} (including {rate} VAT: {vat})",
    "costs_amount_vat_rate": "{amount} (including {rate} VAT)",
    "costs_steps_vat": "Plus {rate} VAT on {net}: {vat}",
    "costs_steps_with_vat": "Collection costs with VAT: {amount}",
    "costs_steps_inline_vat": "With {rate} VAT on {net} ({vat}) added: {amount}.",
    "costs_unseen": "You had until {last_day} to pay what {notice} asked. If you paid it by then, but after "
    "{paid_until}, we have not processed that payment yet. In that case, we do not charge these costs.",
    "costs_charged_each": "We charge {amount} in collection costs: {count} invoices were not paid on time. For each "
    "invoice paid late, the law sets at least {minimum} (article 6:96(4) of the Dutch Civil Code). Charged {when}.",
    "charged_on": "on {date}",
    "charged_parts": "in parts: the first on {first}, the last on {last}",
    "costs_announced": "Not charged yet. We sent our final notice on {sent}. If it reached you on {received}, "
    "your last day to pay is {last_day}. If you have not paid {what} by then, we will charge collection "
    "costs of {amount} from {date}. This is set out in {basis}.",
    "costs_announced_dated": "Not charged yet. We sent our final notice on {sent}. If it reached you on {received}, "
    "your last day to pay is {last_day}. If you have not paid {what} by then, we will charge collection costs of "
    "{amount} from {date}. This is set out in {basis}.",
    "costs_announced_told": "Not charged yet. You told us that our final notice of {sent} arrived on "
    "{received}.{counted} Your last day to pay is therefore {last_day}. If you have not paid {what} by then, we "
    "will charge collection costs of {amount} from {date}. This is set out in {basis}.",
    "costs_announced_dated_told": "Not charged yet. You told us that our final notice of {sent} arrived on "
    "{received}.{counted} Your last day to pay is therefore {last_day}. If you have not paid {what} by then, we "
    "will charge collection costs of {amount} from {date}. This is set out in {basis}.",
    "costs_announced_email": "Not charged yet. Our final notice, emailed on {sent}, reached you on the day we sent "
    "it: {received}. Your last day to pay is therefore {last_day}. If you have not paid {what} by then, we will "
    "charge collection costs of {amount} from {date}. This is set out in {basis}. Did it reach you later? Let us know.",
    "costs_announced_email_told": "Not charged yet. You told us that our final notice, emailed on {sent}, arrived on "
    "{received}.{counted} Your last day to pay is therefore {last_day}. If you have not paid {what} by then, we "
    "will charge collection costs of {amount} from {date}. This is set out in {basis}.",
    "costs_announced_portal": "Not charged yet. Our final notice, sent in our customer portal on {sent}, reached you "
    "the same day: {received}. Your last day to pay is therefore {last_day}. If you have not paid {what} by then, we "
    "will charge collection costs of {amount} from {date}. This is set out in {basis}. Did it reach you later? Let us "
    "know.",
    "costs_announced_portal_told": "Not charged yet. You told us that our final notice, sent in our customer portal "
    "on {sent}, arrived on {received}.{counted} Your last day to pay is therefore {last_day}. If you have not paid "
    "{what} by then, we will charge collection costs of {amount} from {date}. This is set out in {basis}.",
    "notice_letter": "our final notice",
    "notice_email": "our final notice, sent by email,",
    "notice_portal": "our final notice, sent in our customer portal,",
    "notice_unagreed_email": "our notice to pay, sent by email,",
    "notice_unagreed_portal": "our notice to pay, sent in our customer portal,",
    "first_notice_letter": "our first final notice",
    "first_notice_email": "our first final notice, sent by email,",
    "first_notice_portal": "our first final notice, sent in our customer portal,",
    "dated_notice_letter": "our final notice of {sent}",
    "dated_notice_email": "our final notice of {sent}, sent by email,",
    "dated_notice_portal": "our final notice of {sent}, sent in our customer portal,",
    "a_notice_letter": "a final notice",
    "a_notice_email": "a final notice by email",
    "a_notice_portal": "a final notice in our customer portal",
    "a_notice_unagreed_email": "a notice to pay by email",
    "a_notice_unagreed_letter": "a notice to pay",
    "our_notice": "Our final notice",
    "our_notice_email": "Our final notice",
    "our_notice_portal": "Our final notice",
    "our_notice_unagreed_email": "Our notice to pay",
    "our_notice_unagreed_portal": "Our notice to pay",
    "a_notice_unagreed_portal": "a notice to pay in our customer portal",
    "the_notice_letter": "our final notice",
    "the_notice_email": "our emailed final notice",
    "the_notice_portal": "our final notice in our customer portal",
    "the_notice_unagreed_email": "our notice to pay by email",
    "the_notice_either": "our final notice",
    "the_notice_unagreed_portal": "our notice to pay in our customer portal",
    "first_the_notice_letter": "our first final notice",
    "first_the_notice_email": "our first emailed final notice",
    "first_the_notice_portal": "our first final notice in our customer portal",
    "the_notices": "our final notices",
    "dated_the_notice_letter": "our final notice of {sent}",
    "dated_the_notice_email": "our emailed final notice of {sent}",
    "dated_the_notice_portal": "our final notice of {sent} in our customer portal",
    "counted_from": "We still count the days from {assumed}, the day a letter usually arrives. That gives you more "
    "time.",
    "costs_not_yet": "Not charged yet.",
    "costs_on_top": "Included in the amount at the top, because the deadline has passed.",
    "costs_on_top_made_of_interest": "This is {asked} for your invoices and the interest, and {costs} collection "
    "costs.",
    "costs_on_top_made_of": "This is {asked} for your invoices, and {costs} collection costs.",
    "costs_on_top_why": "The deadline in {notice} was {last_day}. That deadline has passed. That is why the "
    "collection costs are added. If the amount of that final notice reached our account by {last_day}, there are no "
    "collection costs.",
    "costs_on_top_why_returned": "The deadline in {notice} was {last_day}. That deadline has passed. That is why "
    "the collection costs are added. If the amount of that final notice reached our account by {last_day} and "
    "stayed there, they are not owed.",
    "costs_on_top_unseen": "We will see a payment once our bank's statements of those days are in. We have not yet "
    "processed payments made after {paid_until}.",
    "costs_if_late": "If you pay late, collection costs of up to {costs} are added.",
    "costs_if_late_by": "If you do not pay by {date}, collection costs of up to {costs} are added.",
    "costs_announced_answer": "Not charged yet. Our answer of {answered} to your dispute gives you until "
    "{last_day} to pay {what}. If you have not paid it by then, we will charge collection costs of {amount} from "
    "{date}. This is set out in {basis}.",
    "costs_answer_term_ended": "Our answer of {answered} to your dispute gave you until {last_day} to pay {what}. "
    "If you had not paid it by then, collection costs of {amount} are owed from {date}.",
    "costs_on_top_why_answer": "After our answer of {answered} to your dispute, the deadline to pay was {last_day}. "
    "That deadline has passed. That is why the collection costs are added. What {notice} asked had to reach our "
    "account in time. If it did, there are no collection costs.",
    "costs_on_top_why_answer_returned": "After our answer of {answered} to your dispute, the deadline to pay was "
    "{last_day}. That deadline has passed. That is why the collection costs are added. What {notice} asked had to "
    "reach our account in time. If it did and stayed there, the costs are not owed.",
    "costs_after_answer": "The deadline after our answer is {last_day}. If you have not paid {what} by then, we will "
    "charge collection costs of {amount} from {date}.",
    "costs_after_answer_past": "The deadline after our answer was {last_day}. If you had not paid {what} by then, "
    "collection costs of {amount} are owed from {date}.",
    "costs_announced_due": "Not charged yet. If {what} is not paid by {last_day}, collection costs of {amount} are "
    "owed from {date}. This is set out in {basis}.",
    "costs_term_ended": "We sent our final notice on {sent}. If it reached you on {received}, your last day to pay was "
    "{last_day}. If you had not paid {what} by then, collection costs of {amount} are owed from {date}. This is set "
    "out in {basis}.",
    "costs_term_ended_dated": "We sent our final notice on {sent}. If it reached you on {received}, your last day to "
    "pay was {last_day}. If you had not paid {what} by then, collection costs of {amount} are owed from {date}. This "
    "is set out in {basis}.",
    "costs_term_ended_first": "We sent our first final notice on {sent}. If it reached you on {received}, your last "
    "day to pay without collection costs was {last_day}. If you had not paid {what} by then, collection costs of "
    "{amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today": "We sent our final notice on {sent}. If it reached you on {received}, your last day to "
    "pay is {last_day}. If you have not paid {what} by then, collection costs of {amount} are owed from {date}. This "
    "is set out in {basis}.",
    "costs_term_ends_today_dated": "We sent our final notice on {sent}. If it reached you on {received}, your last day "
    "to pay is {last_day}. If you have not paid {what} by then, collection costs of {amount} are owed from {date}. "
    "This is set out in {basis}.",
    "costs_term_ends_today_first": "We sent our first final notice on {sent}. If it reached you on {received}, your "
    "last day to pay without collection costs is {last_day}. If you have not paid {what} by then, collection costs of "
    "{amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_told": "You told us our final notice of {sent} reached you on {received}.{counted} Your last "
    "day to pay was therefore {last_day}. If you had not paid {what} by then, collection costs of {amount} are owed "
    "from {date}. This is set out in {basis}.",
    "costs_term_ended_dated_told": "You told us our final notice of {sent} reached you on {received}.{counted} "
    "Your last day to pay was therefore {last_day}. If you had not paid {what} by then, collection costs of {amount} "
    "are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_first_told": "You told us our first final notice, of {sent}, reached you on {received}."
    "{counted} Your last day to pay without collection costs was therefore {last_day}. If you had not paid {what} by "
    "then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_told": "You told us our final notice of {sent} reached you on {received}.{counted} Your "
    "last day to pay is therefore {last_day}. If you have not paid {what} by then, collection costs of {amount} are "
    "owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_dated_told": "You told us our final notice of {sent} reached you on {received}.{counted} "
    "Your last day to pay is therefore {last_day}. If you have not paid {what} by then, collection costs of {amount} "
    "are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_first_told": "You told us our first final notice, of {sent}, reached you on {received}."
    "{counted} Your last day to pay without collection costs is therefore {last_day}. If you have not paid {what} by "
    "then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_email": "Your last day to pay under our final notice, emailed on {sent}, was {last_day}. If "
    "you had not paid {what} by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_first_email": "Our first final notice was emailed on {sent}. Your last day to pay under it "
    "without collection costs was {last_day}. If you had not paid {what} by then, collection costs of {amount} are "
    "owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_email": "Your last day to pay under our final notice, emailed on {sent}, is {last_day}. If "
    "you have not paid {what} by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_first_email": "Our first final notice was emailed on {sent}. Your last day to pay under it "
    "without collection costs is {last_day}. If you have not paid {what} by then, collection costs of {amount} are "
    "owed from {date}. This is set out in {basis}.",
    "costs_term_ended_email_told": "You told us our final notice, emailed on {sent}, reached you on {received}."
    "{counted} Your last day to pay was therefore {last_day}. If you had not paid {what} by then, collection costs "
    "of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_first_email_told": "You told us our first final notice, emailed on {sent}, reached you on "
    "{received}.{counted} Your last day to pay without collection costs was therefore {last_day}. If you had not "
    "paid {what} by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_email_told": "You told us our final notice, emailed on {sent}, reached you on {received}."
    "{counted} Your last day to pay is therefore {last_day}. If you have not paid {what} by then, collection costs "
    "of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_first_email_told": "You told us our first final notice, emailed on {sent}, reached you on "
    "{received}.{counted} Your last day to pay without collection costs is therefore {last_day}. If you have not "
    "paid {what} by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_portal": "Our final notice was sent in our customer portal on {sent}. Your last day to pay "
    "under it was {last_day}. If you had not paid {what} by then, collection costs of {amount} are owed from {date}. "
    "This is set out in {basis}.",
    "costs_term_ended_first_portal": "Our first final notice was sent in our customer portal on {sent}. Your last day "
    "to pay under it without collection costs was {last_day}. If you had not paid {what} by then, collection costs of "
    "{amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_portal": "Our final notice was sent in our customer portal on {sent}. Your last day to pay "
    "under it is {last_day}. If you have not paid {what} by then, collection costs of {amount} are owed from {date}. "
    "This is set out in {basis}.",
    "costs_term_ends_today_first_portal": "Our first final notice was sent in our customer portal on {sent}. Your "
    "last day to pay under it without collection costs is {last_day}. If you have not paid {what} by then, collection "
    "costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_portal_told": "You told us our final notice, sent in our customer portal on {sent}, reached "
    "you on {received}.{counted} Your last day to pay was therefore {last_day}. If you had not paid {what} by then, "
    "collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ended_first_portal_told": "You told us our first final notice of {sent} in our customer portal "
    "reached you on {received}.{counted} Your last day to pay without collection costs was therefore {last_day}. If "
    "you had not paid {what} by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_portal_told": "You told us our final notice, sent in our customer portal on {sent}, "
    "reached you on {received}.{counted} Your last day to pay is therefore {last_day}. If you have not paid {what} "
    "by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "costs_term_ends_today_first_portal_told": "You told us our first final notice of {sent} in our customer portal "
    "reached you on {received}.{counted} Your last day to pay without collection costs is therefore {last_day}. If "
    "you have not paid {what} by then, collection costs of {amount} are owed from {date}. This is set out in {basis}.",
    "part_lowered": "If you paid a further part after {paid_until} and by {last_day}, we have not processed it yet. "
    "The costs are then lower, calculated on what was still unpaid after it.",
    "costs_at_most": "at most {amount}",
    "costs_none": "We are not charging collection costs at this time.",
    "costs_wait_answer": "We do not charge the collection costs ({amount}) while we have not yet answered your "
    "dispute.",
    "costs_none_owed": "There are no collection costs.",
    "costs_earlier": "The {amount} in collection costs you paid before belong to invoices that are paid. You will "
    "find them with your payments.",
    "totals_caption": "Total (amounts in euros)",
    "total_invoices": "Invoices, still open",
    "total_interest": "Interest, still open",
    "total_costs": "Collection costs, still open",
    "total_invoices_remitted": "Invoices, waived",
    "total_interest_remitted": "Interest, waived",
    "total_costs_remitted": "Collection costs, waived",
    "total_invoices_paid": "Invoices, paid",
    "total_interest_paid": "Interest, paid",
    "total_costs_paid": "Collection costs, paid",
    "total_paid_on": "Paid in full on {date}",
    "total_paid_all": "Paid in full",
    "total_credited": "Credited (you do not have to pay this)",
    "total_costs_on_top": "Collection costs, if you did not pay in time",
    "total_credit": "Paid too much",
    "total_due": "Total to pay",
    "total_disputed": "Total outstanding, including what we are looking into",
    "total_open_later": "Total outstanding ({later} of it due later)",
    "total_open_settlement": "Total outstanding ({remitted} of it waived once you pay the agreed amount)",
    "total_open_settlement_passed": "Total outstanding ({remitted} of it waived if you paid the agreed amount in time)",
    "total_remitted": "Total waived (you do not have to pay this)",
    "total_open_due_by": "Total outstanding ({soon} of it due by {date})",
    "total_open_due_by_later": "Total outstanding ({soon} of it due by {date}, {later} later)",
    "total_open_due_by_now": "Total outstanding ({soon} of it due by {date}, {now} due now)",
    "total_open_due_by_now_later": "Total outstanding ({soon} of it due by {date}, {now} due now, {later} later)",
    "total_open_unseen": "Total outstanding ({unseen} of it was due by {date})",
    "total_open_unseen_later": "Total outstanding ({unseen} of it was due by {date}, {later} later)",
    "total_open_plain": "Total outstanding",
    "total_if_ended": "Total to pay if the agreement has ended (see the top)",
    "total_if_plan": "Total outstanding if your payment plan applies (see the top)",
    "total_if_promise": "Total outstanding if your promise to pay applies (see the top)",
    "total_due_legal": "Total owed to us, without court and bailiff costs",
    "ask_plan_text": "Can't pay everything at once? Ask for a payment plan. We charge no fee for it. "
    "Send us a proposal: how much you can pay per month, and from when.",
    "ask_plan_mail": "Email a proposal for a payment plan",
    "ask_plan_text_counsellor": "Can't pay everything at once? A payment plan is possible. We charge no fee for it. "
    "Your debt counsellor can send us a proposal: how much you can pay per month, and from when.",
    "ask_plan_text_administrator": "Can't pay everything at once? A payment plan is possible. We charge no fee for "
    "it. Your administrator can send us a proposal: how much you can pay per month, and from when.",
    "plan_text_legal_us_counsellor": "If you cannot pay everything at once, a payment plan is still possible. Your "
    "debt counsellor can send us a proposal: how much you can pay per month, and from when.",
    "plan_text_legal_us_administrator": "If you cannot pay everything at once, a payment plan is still possible. "
    "Your administrator can send us a proposal: how much you can pay per month, and from when.",
    "plan_for_you_counsellor": "Your debt counsellor can also arrange this for you.",
    "plan_for_you_administrator": "Your administrator can also arrange this for you.",
    "dispute_for_you_counsellor": "Your debt counsellor can also tell us what is wrong, on your behalf.",
    "dispute_for_you_administrator": "Your administrator can also tell us what is wrong, on your behalf.",
    "plan_offer": "Ask us for a payment plan.",
    "plan_offer_counsellor": "Your debt counsellor can send us a proposal for a payment plan.",
    "plan_offer_administrator": "Your administrator can send us a proposal for a payment plan.",
    "ask_plan": "ask us for a payment plan",
    "agreed_with_counsellor": " with your debt counsellor",
    "agreed_with_administrator": " with your administrator (bewindvoerder)",
    "agreed_by_day": "by {date}",
    "agreed_in_instalments": "in {count} instalments, the last by {date}",
    "ask_plan_counsellor": "your debt counsellor can send us a proposal for a payment plan",
    "ask_plan_administrator": "your administrator can send us a proposal for a payment plan",
    "way_out": "please contact us, and we will look for a solution together",
    "way_out_counsellor": "your debt counsellor can contact us",
    "way_out_administrator": "your administrator can contact us",
    "way_out_with": "please contact {handler}",
    "h_change_plan": "Changing your payment plan",
    "h_change_settlement": "Can't pay the agreed amount?",
    "change_settlement_text": "Please contact us, preferably before the agreed day. We will then see together whether "
    "we can change the agreement.",
    "change_settlement_text_today": "Please contact us, preferably today. We will then see together whether we can "
    "change the agreement.",
    "change_settlement_text_missed": "Please contact us as soon as possible. We will then see together whether we can "
    "change the agreement.",
    "h_change_settlement_passed": "Were you unable to pay the agreed amount in time?",
    "change_settlement_text_passed": "Please contact us as soon as possible. We will then see together what is still "
    "possible.",
    "change_settlement_mail": "Email us about the agreement",
    "change_plan_text": "If you cannot pay the instalments as agreed, please contact us, preferably before the next "
    "instalment. We will then see together whether we can change the plan.",
    "change_plan_text_today": "If you cannot pay the instalments as agreed, please contact us, preferably today. We "
    "will then see together whether we can change the plan.",
    "change_plan_text_single": "If you cannot pay the instalment as agreed, please contact us as soon as possible. We "
    "will then see together whether we can change the plan.",
    "change_plan_text_missed": "If you cannot pay the instalments as agreed, please contact us as soon as possible. "
    "We will then see together whether we can change the plan.",
    "change_plan_mail": "Email us about changing your plan",
    "dispute_text_settlement": "Is something wrong? Let us know. The agreement covers all the invoices: what we agreed "
    "stands until we agree otherwise together.",
    "dispute_text": "Is the invoice wrong, or do you disagree with something? Let us know. "
    "While we look into it, we hold off the next step: you will not get reminders or other payment letters.",
    "dispute_text_many": "Is one of the invoices wrong, or do you disagree with something? Let us know. "
    "While we look into it, we hold off the next step for that invoice. Your other invoices remain payable.",
    "dispute_text_many_one_open": "Is one of the invoices wrong, or do you disagree with something? Let us know. "
    "While we look into it, we hold off the next step for that invoice.",
    "dispute_mail": "Email us why you disagree",
    "h_dispute_add": "More about your dispute",
    "h_dispute_open": "Your dispute",
    "dispute_add_text": "Would you like to add something to your dispute, such as photos, agreements or messages? "
    "Email it to us. We will take it into account in our answer.",
    "dispute_add_text_call": "Would you like to add something to your dispute, such as photos, agreements or "
    "messages? Please contact us. We will take it into account in our answer.",
    "dispute_add_mail": "Email us more about your dispute",
    "dispute_other_text": "Is another invoice wrong too? Let us know. While we look into it, we hold off the "
    "next step for that invoice.",
    "dispute_other_text_handover": "Is another invoice wrong too? Let us know. We will look into it, and let "
    "{agency} know that you disagree.",
    "dispute_other_text_legal": "Is another invoice wrong too? Let us know as soon as possible.",
    "dispute_other_mail": "Email us that another invoice is wrong",
    "help_text_consumer": "Worried about money? Free help is available, including from your local council "
    "(gemeente). Most "
    "services work in Dutch: ask whether they can help you in English. The sooner, the better.",
    "help_text_business": "Is your business struggling financially? Get help in time. The sooner you ask, "
    "the more options you will have.",
    "help_text_counsellor": "A debt counsellor is helping you. We discuss this bill, and what you can pay, with your "
    "debt counsellor.",
    "help_text_administrator": "Your administrator (bewindvoerder) manages your money. We send our letters to "
    "your administrator, and discuss this bill with them.",
    "help_call": "Call",
    "help_or_visit": "or visit",
    "help_visit": "Visit",
    "help_note_geldfit": "Free and anonymous.",
    "help_note_loket": "Free advice about your rights, online and at a branch.",
    "help_note_loket_abroad": "Free advice about your rights under Dutch law, online.",
    "help_call_cost": "Calling this number costs {amount} a minute.",
    "help_note_geldfit_business": "Free and anonymous, including for entrepreneurs and the self-employed.",
    "help_note_kvk": "The Dutch Chamber of Commerce advises entrepreneurs, including when money is tight. The "
    "call is free.",
    "help_note_okb": "Advice and coaching by experienced former entrepreneurs.",
    "help_text_consumer_abroad": "Worried about money? Get debt help where you live; the sooner, the better. "
    "Dutch help lines usually cannot be called from abroad. Do you disagree with our invoice? These organisations "
    "can help:",
    "help_text_business_abroad": "Is your business struggling financially? Get help in time in your business's "
    "country, for example from the chamber of commerce or an adviser there. The sooner you ask, the more options you "
    "will have.",
    "help_note_ecc": "Living in the EU, Norway or Iceland? The European Consumer Centre in your country helps "
    "free of charge when you disagree with a business in another country.",
    "help_more": "More about help with money worries",
    "or_call": "Or call {name}:",
    "mail_subject": "My payment, payment reference {reference}",
    "reference_ours": "payment reference {reference}",
    "reference_theirs": "reference {reference}",
    "mail_subject_handler": "My payment, {ref}",
    "mail_body_handler": "Dear {handler},\n\nI have a question about the payment ({ref}):\n\n\nKind regards,\n\n",
    "plan_subject_handler": "Payment plan proposal, {ref}",
    "plan_body_handler": "Dear {handler},\n\nI cannot pay the amount of {amount} ({ref}) all at once. My proposal "
    "for a payment plan:\n\nI will pay per month: EUR \nThe first payment on: \n\nKind regards,\n\n",
    "change_plan_subject_handler": "Change my payment plan, {ref}",
    "change_plan_body_handler": "Dear {handler},\n\nI would like to change my payment plan ({ref}). My proposal:"
    "\n\n\nKind regards,\n\n",
    "plan_subject": "Payment plan proposal, payment reference {reference}",
    "plan_body": "Dear {desk},\n\nI cannot pay the amount of {amount} (payment reference {reference}) all at once. "
    "My proposal for a payment plan:\n\nI will pay per month: EUR \nThe first payment on: \n\n"
    "Kind regards,\n\n",
    "plan_body_represented": "Dear {desk},\n\nA proposal for a payment plan for the amount of {amount} (payment "
    "reference {reference}):\n\nPer month: EUR \nThe first payment on: \n\nKind regards,\n\n",
    "change_plan_subject": "Change my payment plan, payment reference {reference}",
    "change_settlement_subject": "Our agreement, payment reference {reference}",
    "change_settlement_body": "Dear {desk},\n\nI cannot pay the agreed amount (payment reference {reference}) on "
    "time. My proposal:\n\n\nKind regards,\n\n",
    "change_settlement_body_passed": "Dear {desk},\n\nThe agreed amount (payment reference {reference}) was not "
    "paid on time. My proposal:\n\n\nKind regards,\n\n",
    "change_plan_body": "Dear {desk},\n\nI would like to change my payment plan (payment reference {reference}). "
    "My proposal:\n\n\nKind regards,\n\n",
    "dispute_subject": "I disagree with an invoice, payment reference {reference}",
    "dispute_body": "Dear {desk},\n\nI do not agree with invoice {invoices} (payment reference {reference}), "
    "because:\n\n\nKind regards,\n\n",
    "dispute_body_choose": "Dear {desk},\n\nI do not agree with an invoice (payment reference {reference})."
    "\n\nWhich invoice ({invoices}): \nWhy: \n\n\nKind regards,\n\n",
    "dispute_add_subject": "More about my dispute, payment reference {reference}",
    "dispute_add_body": "Dear {desk},\n\nAbout {invoices} (payment reference {reference}), which I dispute, "
    "I would like to add:\n\n\nKind regards,\n\n",
    "contact_person": "Your contact is {name}.",
    "contact_person_role": "Your contact is {name}, {role}.",
    "phone": "Phone",
    "hours": "Available",
    "email": "Email",
    "mention_reference": "Please mention your payment reference {reference}, so we can help you faster.",
    "mention_our_reference": "Please mention our reference {reference}, so we can help you faster.",
    "payment_term": "Payment term: {days} days from the invoice date.",
    "payment_term_each": "Payment term: until the due date shown with each invoice.",
    "late_steps": "If you do not pay on time, we first send a reminder, then a formal reminder, and then a "
    "final notice. Once the deadline in the final notice has passed, we charge collection costs as "
    "the law allows.",
    "late_steps_costs_from_due": "If you pay late, we charge collection costs as the law allows from the day after "
    "the due date. That is at least {minimum} for each invoice paid late (article 6:96(4) of the Dutch Civil Code). "
    "We also send a reminder, then a formal reminder, and then a final notice.",
    "late_interest_consumer": "From the day after the due date we charge Dutch statutory interest.",
    "late_interest_business": "From the day after the due date we charge Dutch statutory commercial interest.",
    "terms_link": "Read our general terms on payment",
    "kvk": "Chamber of Commerce (KVK) number",
    "vat": "VAT number",
    "step_reminder": "a payment reminder",
    "step_dunning": "a formal reminder",
    "step_final_notice": "a final notice",
    "step_final_notice_email": "a final notice by email",
    "step_final_notice_unagreed": "a notice to pay by email",
    "step_final_notice_either": "a final notice, by post or by email",
    "your_payment": "your payment",
    "your_payment_of": "your payment of {amount}",
    "what_all": "everything",
    "what_asked": "{amount}",
    "what_overdue": "the amount now overdue ({amount})",
    "next_by": "If we have not received {payment} by {date}, we will send you {step}.",
    "next_by_paused": "Only after {date} will we send you {step}. We will only do so if we have not received {payment} "
    "by then.",
    "next_soon": "If we do not receive {payment} soon, we will send you {step}.",
    "final_notice_now": "{we_send} a final notice. It gives you {days} days to pay, from the day "
    "after you receive it. The letter states your last day to pay.",
    "final_notice_now_email": "{we_email} a final notice. It gives you {days} days to pay, from the day "
    "after you receive it. The email states your last day to pay.",
    "final_notice_now_unagreed": "{we_send} a notice to pay by email. It gives you {days} days to pay, "
    "from the day after you receive it. The email states your last day to pay.",
    "final_notice_now_either": "{we_send} a final notice, by post or by email. It gives you {days} days "
    "to pay, from the day after you receive it. The notice states your last day to pay.",
    "next_open": "The due date is {date}. If you pay on time, there are no extra costs.",
    "next_final_costs": "That letter will state the collection costs we would charge if you still do not pay "
    "after it. For {invoices}, these would be {amount}, charged no earlier than {date}.",
    "next_final_costs_email": "That email will state the collection costs we would charge if you still do not pay "
    "after it. For {invoices}, these would be {amount}, charged no earlier than {date}.",
    "next_final_costs_either": "That notice will state the collection costs we would charge if you still do not pay "
    "after it. For {invoices}, these would be {amount}. They would start no earlier than {email_date} if the notice "
    "is emailed to you. If it is posted, no earlier than {letter_date}.",
    "next_final_costs_held": "That letter will state the collection costs we would charge if you still do not pay "
    "after it. For {invoices}, these would be {amount}, from the day after the last day to pay in that letter.",
    "next_final_costs_email_held": "That email will state the collection costs we would charge if you still do not "
    "pay after it. For {invoices}, these would be {amount}, from the day after the last day to pay in that email.",
    "next_final_costs_either_held": "That notice will state the collection costs we would charge if you still do not "
    "pay after it. For {invoices}, these would be {amount}, from the day after the last day to pay in that notice.",
    "overdue_invoice": "the invoice that is now overdue",
    "overdue_invoices": "the invoices that are now overdue",
    "fourteen": "fourteen",
    "final_term": "Our final notice of {sent} gives you {days} days to pay: “within {days} days after the "
    "day on which you received this letter”. If you received the letter on {received}, "
    "your last day to pay is {last_day}.",
    "arrived_later": "Did the letter arrive later? Please let us know: we will then count the {days} days from "
    "the day after it arrived.",
    "costs_term": "The collection costs follow from our first final notice, of {sent}. If you received that "
    "letter on {received}, your last day to pay without collection costs is {last_day}.",
    "final_term_told": "Our final notice of {sent} gives you {days} days to pay: “within {days} days after the "
    "day on which you received this letter”. You told us the letter arrived on {received}.{counted} Your last "
    "day to pay is therefore {last_day}.",
    "costs_term_told": "The collection costs follow from our first final notice, of {sent}. You told us that "
    "letter arrived on {received}.{counted} Your last day to pay without collection costs is therefore {last_day}.",
    "final_term_email_told": "{our_notice}, emailed on {sent}, gives you {days} days to pay: “within {days} "
    "days after the day on which you received this email”. You told us the email arrived on {received}.{counted} Your "
    "last day to pay is therefore {last_day}.",
    "costs_term_email_told": "The collection costs follow from our first final notice, emailed on {sent}. You "
    "told us that email arrived on {received}.{counted} Your last day to pay without collection costs is therefore "
    "{last_day}.",
    "final_term_email": "{our_notice}, emailed on {sent}, gives you {days} days to pay: “within {days} days "
    "after the day on which you received this email”. It reached you on the day we sent it: {received}. Your last "
    "day to pay is therefore {last_day}.",
    "costs_term_email": "The collection costs follow from our first final notice, emailed on {sent}. It reached you "
    "on the day we sent it: {received}. Your last day to pay without collection costs is therefore {last_day}.",
    "arrived_later_email": "Did the email reach you later? Please let us know: we will then count the {days} days "
    "from the day after it arrived.",
    "final_term_portal": "{our_notice}, sent in our customer portal on {sent}, gives you {days} days to pay: "
    "“within {days} days after the day on which you received this message”. It reached you on the day we sent it: "
    "{received}. Your last day to pay is therefore {last_day}.",
    "final_term_portal_told": "{our_notice}, sent in our customer portal on {sent}, gives you {days} days to pay: "
    "“within {days} days after the day on which you received this message”. You told us the message arrived on "
    "{received}.{counted} Your last day to pay is therefore {last_day}.",
    "costs_term_portal": "The collection costs follow from our first final notice, sent in our customer portal on "
    "{sent}. It reached you on the day we sent it: {received}. Your last day to pay without collection costs is "
    "therefore {last_day}.",
    "costs_term_portal_told": "The collection costs follow from our first final notice, sent in our customer portal "
    "on {sent}. You told us that message arrived on {received}.{counted} Your last day to pay without collection "
    "costs is therefore {last_day}.",
    "arrived_later_portal": "Did the message reach you later? Please let us know: we will then count the {days} days "
    "from the day after it arrived.",
    "final_costs": "If you have not paid {what} by then, we will charge collection costs from {date}. They amount to "
    "{amount}.",
    "final_term_past": "Our final notice of {sent} gave you {days} days to pay: “within {days} days after the "
    "day on which you received this letter”. If you received the letter on {received}, "
    "your last day to pay was {last_day}.",
    "final_term_told_past": "Our final notice of {sent} gave you {days} days to pay: “within {days} days after the "
    "day on which you received this letter”. You told us the letter arrived on {received}.{counted} Your last "
    "day to pay was therefore {last_day}.",
    "final_term_email_past": "{our_notice}, emailed on {sent}, gave you {days} days to pay: “within {days} days "
    "after the day on which you received this email”. It reached you on the day we sent it: {received}. Your last "
    "day to pay was therefore {last_day}.",
    "final_term_email_told_past": "{our_notice}, emailed on {sent}, gave you {days} days to pay: “within {days} "
    "days after the day on which you received this email”. You told us the email arrived on {received}.{counted} "
    "Your last day to pay was therefore {last_day}.",
    "final_term_portal_past": "{our_notice}, sent in our customer portal on {sent}, gave you {days} days to pay: "
    "“within {days} days after the day on which you received this message”. It reached you on the day we sent it: "
    "{received}. Your last day to pay was therefore {last_day}.",
    "final_term_portal_told_past": "{our_notice}, sent in our customer portal on {sent}, gave you {days} days to "
    "pay: “within {days} days after the day on which you received this message”. You told us the message arrived "
    "on {received}.{counted} Your last day to pay was therefore {last_day}.",
    "costs_term_past": "The collection costs follow from our first final notice, of {sent}. If you received that "
    "letter on {received}, your last day to pay without collection costs was {last_day}.",
    "costs_term_told_past": "The collection costs follow from our first final notice, of {sent}. You told us that "
    "letter arrived on {received}.{counted} Your last day to pay without collection costs was therefore {last_day}.",
    "costs_term_email_past": "The collection costs follow from our first final notice, emailed on {sent}. It reached "
    "you on the day we sent it: {received}. Your last day to pay without collection costs was therefore {last_day}.",
    "costs_term_email_told_past": "The collection costs follow from our first final notice, emailed on {sent}. You "
    "told us that email arrived on {received}.{counted} Your last day to pay without collection costs was therefore "
    "{last_day}.",
    "costs_term_portal_past": "The collection costs follow from our first final notice, sent in our customer portal "
    "on {sent}. It reached you on the day we sent it: {received}. Your last day to pay without collection costs was "
    "therefore {last_day}.",
    "costs_term_portal_told_past": "The collection costs follow from our first final notice, sent in our customer "
    "portal on {sent}. You told us that message arrived on {received}.{counted} Your last day to pay without "
    "collection costs was therefore {last_day}.",
    "final_costs_past": "If you had not paid {what} by then, collection costs are owed from {date}. They amount to "
    "{amount}.",
    "part_lowers": "If you pay part of it before then, the costs may be lower.",
    "costs_asked_note_costs": "{amount} is what is still open of the amount in our final notice of {sent}. The "
    "amount at the top is higher: it also holds the interest since the final notice and the collection costs.",
    "costs_asked_note": "{amount} is what is still open of the amount in our final notice of {sent}. The amount at "
    "the top is a little higher because interest keeps running. For the collection costs, only the final notice's "
    "amount counts.",
    "costs_asked_note_newer": "{amount} is what is still open of the amount in our final notice of {sent}. The "
    "amount at the top is higher: it also holds what was not in that final notice. We ask for that separately, without "
    "these costs.",
    "costs_asked_note_newer_costs": "{amount} is what is still open of the amount in our final notice of {sent}. The "
    "amount at the top is higher. It also holds the collection costs, the interest since the final notice and what "
    "was not in that notice. We charge the collection costs on the final notice's amount only.",
    "costs_from_due": "If {what} is not paid by {last_day}, collection costs of {amount} are owed from {date}.",
    # The notice's date after the deadline, not before it: "set by our final notice on {sent}" read as its last day.
    "costs_now": "The deadline in {notice} has passed; the notice is dated {sent}. We are therefore charging {amount} "
    "in collection costs.",
    "costs_now_due": "The due date has passed. We are therefore charging {amount} in collection costs.",
    "costs_partly_paid": "Of this you have already paid {paid}; still open: {open}.",
    "costs_partly_remitted": "Of this you have paid {paid}; {open} is waived.",
    "costs_all_paid": "You have already paid them.",
    # As the Dutch, a condition and no request: "Hebben wij uiterlijk {date} {payment} niet ontvangen? Dan ..." (s42).
    "next_handover_by": "Unless {payment} reaches us by {date}, we may hand your file to a collection agency. That "
    "will not happen if you have made an arrangement with us.",
    "next_handover_paused": "Only after {date} may we hand your file over to a collection agency. We will only do so "
    "if {payment} has not reached us by then and nothing has been agreed.",
    "next_handover_paused_plan": "Only after {date} may we hand your file over to a collection agency. We will only do "
    "so if {payment} has not reached us by then.",
    "next_handover_soon": "If {payment} does not reach us soon, we may hand your file over to a collection agency. "
    "That will not happen if you make an arrangement with us.",
    "next_handover_by_plan": "Unless {payment} reaches us by {date}, we may hand your file to a collection agency.",
    "next_handover_soon_plan": "If we do not receive {payment} soon, we may hand your file over to a collection "
    "agency.",
    "handover_costs_stay": "Even then the collection costs stay at {amount}: a collection agency may not charge you "
    "more.",
    "handover_costs_stay_part": "Even then the collection costs are {amount} in total: a collection agency may not "
    "charge you more. You have paid {paid} of them. {open} is still open.",
    "handover_costs_stay_paid": "Even then the collection costs are {amount} in total: a collection agency may not "
    "charge you more. You have already paid them in full.",
    "settlement_next": "Please pay the remaining {left} by {date}. We will then waive the rest: {remitted}. Until "
    "then, no interest or costs are added.",
    "settlement_lapses_by": "If you do not pay it all on time, the agreement ends and we ask for the whole amount "
    "again.",
    "settlement_lapses": "If you pay an instalment more than {grace} days late, the agreement ends and we ask for "
    "the whole amount again.",
    "settlement_lapses_on": "The last day for the instalment of {date} is {day}. If you miss it, the agreement ends "
    "and we ask for the whole amount again.",
    "settlement_last_days": "Each instalment has a last day.",
    "settlement_last_days_below": "Each instalment has a last day. You will find it in the table of your "
    "instalments below.",
    "plan_col_last_day": "Last day",
    "plan_col_due_day": "Due date",
    "settlement_last_day": "For the instalment of {date}, that is {day}.",
    "settlement_lapses_last_day": "If you do not pay an instalment by that day, the agreement ends and we ask for the "
    "whole amount again.",
    "settled_next": "You do not need to do anything else. We have waived the rest: {remitted}.",
    "settlement_unseen": "We cannot see yet whether you paid {left} by {date}. If you did, we will waive the rest: "
    "{remitted}. If not, the agreement ends and we will ask for the whole amount again.",
    "settlement_overdue": "The instalment of {date} has not been paid yet. Please pay it by {day}. Otherwise the "
    "agreement ends and we will ask for the whole amount again.",
    "settlement_overdue_returned": "For the instalment of {date}, we have no payment from you that counts. Please "
    "pay it by {day}. Otherwise the agreement ends and we will ask for the whole amount again.",
    "settlement_sum_overdue": "The agreed amount was due by {date} and has not been paid yet. Please pay it by {day}. "
    "Otherwise the agreement ends and we will ask for the whole amount again.",
    "settlement_sum_overdue_returned": "The agreed amount was due by {date}. We have no payment from you for it that "
    "counts. Please pay it by {day}. Otherwise the agreement ends and we will ask for the whole amount again.",
    "settlement_lapsed_instalment": "The agreement of {made} has ended: the instalment of {date} was not paid on time. "
    "We therefore ask for the whole amount again.",
    "settlement_lapsed_by": "The agreement of {made} has ended: the agreed amount was not paid by {date}. We therefore "
    "ask for the whole amount again.",
    "settlement_called_off": "The agreement of {made} was ended by mutual consent on {date}. We therefore ask for the "
    "whole amount again.",
    "settlement_called_off_undecided": "The agreement of {made} was ended by mutual consent on {date}. If you had not "
    "paid the rest by then (see the top), we ask for the whole amount again.",
    "settlement_paid_counts": "Anything you have already paid still counts.",
    "undecided_label": "Did you pay the remaining {left} by {date}?",
    "undecided_label_returned": "Did you pay the remaining {left} again by {date}?",
    "undecided_called_off_yes": "If so, the agreement still stands, and you need not pay anything more.",
    "undecided_called_off_no": "If not, the agreement has ended. Please pay the whole amount as soon as possible: "
    "{total}.",
    "undecided_yes": "If so, you need not pay anything more. We will waive the rest of {remitted}.",
    "undecided_no": "If not, the agreement lapses and we will ask for the whole amount again.",
    "undecided_seen": "We can see your payments up to and including {seen}, so we do not know yet.",
    "undecided_next": "Until we can see your payments of {date}, we will take no further step.",
    "settlement_called_off_unseen": "We can see your payments up to and including {seen}. If you paid the rest of "
    "the agreed amount ({left}) by {date}, the agreement still stands. Until we can see your payments of {date}, "
    "we will take no further step.",
    "undecided_replaced_yes": "If so, the lower amount still applies, and you need not pay anything more.",
    "undecided_replaced_no_plan": "If not, your payment plan applies: please pay {amount} {when}.",
    "undecided_replaced_no_promise": "If not, your promise to pay applies: please pay {amount} {when}.",
    "settlement_called_off_plan": "The agreement of {made} on a lower amount was ended by mutual consent on {date}. "
    "Your payment plan is therefore based on the whole amount, not on the lower amount of {amount}.",
    "settlement_lapsed_instalment_plan": "The agreement of {made} on a lower amount has ended. The instalment of "
    "{date} was not paid on time. Your payment plan is therefore based on the whole amount, not on the lower amount "
    "of {amount}.",
    "settlement_lapsed_by_plan": "The agreement of {made} on a lower amount has ended. The agreed amount was not paid "
    "by {date}. Your payment plan is therefore based on the whole amount, not on the lower amount of {amount}.",
    "settlement_called_off_promise": "The agreement of {made} on a lower amount was ended by mutual consent on "
    "{date}. Your promise to pay is therefore based on the whole amount, not on the lower amount of {amount}.",
    "settlement_lapsed_instalment_promise": "The agreement of {made} on a lower amount has ended. The instalment of "
    "{date} was not paid on time. Your promise to pay is therefore based on the whole amount, not on the lower "
    "amount of {amount}.",
    "settlement_lapsed_by_promise": "The agreement of {made} on a lower amount has ended. The agreed amount was not "
    "paid by {date}. Your promise to pay is therefore based on the whole amount, not on the lower amount of "
    "{amount}.",
    "interest_runs": "Interest keeps running on the amount outstanding until you have paid everything.",
    "settlement_replaces_wait_debtor": "You asked us earlier to take no further step up to and including {day}.",
    "settlement_replaces_wait_counsellor": "Your debt counsellor asked us earlier to take no further step up to and "
    "including {day}.",
    "settlement_replaces_wait_administrator": "Your administrator asked us earlier to take no further step up to and "
    "including {day}.",
    "settlement_replaces_wait_someone": "As asked, we would take no further step up to and including {day}.",
    "settlement_replaces_wait": "This agreement replaces that. If the agreement ends before everything is paid, we "
    "will not wait until that day.",
    "asked_to_wait_someone": "As asked, we will take no further step up to and including {day}.",
    "asked_to_wait_term": "The deadline in {notice} still applies. So do its collection costs if you miss it.",
    "asked_to_wait_debtor": "You asked us to wait. So we will take no further step up to and including {day}.",
    "asked_to_wait_counsellor": "Your debt counsellor asked us to wait. So we will take no further step up to and "
    "including {day}.",
    "asked_to_wait_administrator": "Your administrator (bewindvoerder) asked us to wait. So we will take no further "
    "step up to and including {day}.",
    "asked_wait_promise": "The wait does not change your promise to pay by {date}.",
    "asked_wait_plan": "The wait does not change your payment plan: the instalments stay due on the agreed days.",
    "asked_wait_plan_single": "The wait does not change your payment plan: your instalment stays due on the agreed "
    "day.",
    "asked_wait_plan_missed": "If you miss the instalment of {date}, we will remind you of it only after {day}.",
    "asked_wait_plan_missed_all": "If you miss an instalment, even the last of {last}, we will remind you only after "
    "{day}.",
    "asked_wait_plan_change": "If you cannot pay in that time, please contact us: we will see together whether we can "
    "change the plan.",
    "asked_wait_plan_change_counsellor": "If you cannot pay in that time, your debt counsellor can ask us to change "
    "the plan.",
    "asked_wait_plan_change_administrator": "If you cannot pay in that time, your administrator can ask us to change "
    "the plan.",
    "interest_runs_notice": "Interest keeps running on the amount outstanding until you have paid everything. If "
    "you pay the amount asked in time, no collection costs are added. We may later ask you for the small amount "
    "of interest that runs from today until you pay.",
    "plan_interest": "Interest keeps running on the amount outstanding while you pay the plan. So after your "
    "last instalment, a small amount of interest may still be open.",
    "plan_interest_single": "Interest keeps running on the amount outstanding while you pay the plan. So after your "
    "instalment, a small amount of interest may still be open.",
    "small_rest": "We will not send you reminders for the small amount still open. "
    "Would you like to pay it anyway? You can, with the details on this page.",
    "promise_next": "We need to receive {amount} by {date}. If we do not, {step}. "
    "If you cannot pay in time, please let us know {tell}.",
    "promise_next_undecided": "If your promise to pay applies (see the top), we need to receive {amount} by {date}. "
    "If we do not, {step}. If you cannot pay in time, please let us know {tell}.",
    "promise_keeps": "If we receive at least {amount} by {date}, you have kept your promise. That was the amount on "
    "the day you made it, {day}.",
    "promise_keeps_rest": "If we receive at least another {amount} by {date}, you have kept your promise. That is "
    "what is left of the {promised} you promised.",
    "promise_keeps_past": "If you paid at least {amount} by {date}, you have kept your promise. That was the amount "
    "on the day you made it, {day}.",
    "promise_keeps_rest_past": "If you paid at least another {amount} by {date}, you have kept your promise. That "
    "was what was left of the {promised} you promised.",
    "promise_top_interest": "We ask you to pay the amount at the top, {top}. That is {more} more: the interest since "
    "{since}. If you pay only {only}, that interest is still open afterwards.",
    "promise_top_more": "We ask you to pay the amount at the top, {top}. It is higher: it also holds what has been "
    "added since {since}, as shown below. If you pay only {only}, the difference is still open afterwards.",
    "promise_since_that_day": "that day",
    "promise_since_day": "{day}, the day you made your promise",
    "promise_only": "the amount you promised",
    "promise_only_rest": "what is left of your promise",
    "promise_next_keeps": "We need to receive {only} in time. If we do not, {step}. If you cannot pay in time, "
    "please let us know {tell}.",
    "promise_next_rest": "Of the {promised} you promised, {amount} is still open. We need to receive it by {date}. "
    "If we do not, {step}. If you cannot pay in time, please let us know {tell}.",
    "promise_next_past": "If you did not pay {amount} by {date}, please pay it now, or let us know today. "
    "Otherwise, {step}.",
    "promise_next_keeps_past": "If you did not pay {only} in time, please pay it now, or let us know today. "
    "Otherwise, {step}.",
    "promise_next_rest_past": "Of the {promised} you promised, {amount} was still open. If you did not pay it by "
    "{date}, please pay it now, or let us know today. Otherwise, {step}.",
    "promise_next_agency": "If you cannot pay {amount} by {date}, please let {handler} know {tell}. They will tell "
    "you what happens if you do not pay.",
    "promise_next_agency_past": "If you did not pay {amount} by {date}, please pay it now, or tell {handler} today. "
    "They will tell you what happens if you do not pay.",
    "tell_before": "before {date}",
    "tell_today": "today",
    "tell_soon": "as soon as possible",
    "missed_reminder": "we will send you a payment reminder",
    "missed_dunning": "we will send you a formal reminder",
    "missed_call": "we will call you. Then we will send you a final notice",
    "missed_final_notice": "we will send you a final notice",
    "missed_call_email": "we will call you. Then we will send you a final notice by email",
    "missed_call_unagreed": "we will call you. Then we will send you a notice to pay by email",
    "missed_call_either": "we will call you. Then we will send you a final notice, by post or by email",
    "missed_final_notice_email": "we will send you a final notice by email",
    "missed_final_notice_unagreed": "we will send you a notice to pay by email",
    "missed_final_notice_either": "we will send you a final notice, by post or by email",
    "missed_handover": "we may hand your file over to a collection agency",
    "missed_check": "we will contact you",
    "held_step": "{step}, but only after {day}",
    "held_call": "we will call you, but only after {day}. Then we will send you a final notice",
    "held_call_email": "we will call you, but only after {day}. Then we will send you a final notice by email",
    "held_call_unagreed": "we will call you, but only after {day}. Then we will send you a notice to pay by email",
    "held_call_either": "we will call you, but only after {day}. Then we will send you a final notice, by "
    "post or by email",
    "missed_write": "we will contact you {how}. Then we will send you a final notice",
    "missed_write_email": "we will contact you {how}. Then we will send you a final notice by email",
    "missed_write_unagreed": "we will contact you {how}. Then we will send you a notice to pay by email",
    "missed_write_either": "we will contact you {how}. Then we will send you a final notice, by post or by email",
    "held_write": "we will contact you {how}, but only after {day}. Then we will send you a final notice",
    "held_write_email": "we will contact you {how}, but only after {day}. Then we will send you a final notice by "
    "email",
    "held_write_unagreed": "we will contact you {how}, but only after {day}. Then we will send you a notice to pay by "
    "email",
    "held_write_either": "we will contact you {how}, but only after {day}. Then we will send you a final notice, by "
    "post or by email",
    "note_how_email": "by email",
    "note_how_letter": "by post",
    "plan_next": "Your next instalment is {amount}, by {date}. As long as you pay the instalments on time, "
    "we will not send you reminders or other payment letters.",
    "plan_next_undecided": "If your payment plan applies (see the top of this page), your next instalment is "
    "{amount}, by {date}. As long as you pay the instalments on time, we will not send you reminders or other "
    "payment letters.",
    "plan_next_undecided_single": "If your payment plan applies (see the top of this page), your instalment is "
    "{amount}, by {date}. If you pay it on time, we will not send you reminders or other payment letters.",
    "plan_next_single": "Your instalment is {amount}, by {date}. If you pay it on time, we will not send you "
    "reminders or other payment letters.",
    "plan_next_notice": "To avoid collection costs, pay {what} by {last_day}. Your next instalment of {amount}, due "
    "by {date}, is not enough for that. If you only pay the instalments on time, we send no reminders or other "
    "payment letters, but collection costs are added.",
    "plan_next_notice_single": "To avoid collection costs, pay {what} by {last_day}. Your instalment of {amount}, due "
    "by {date}, is not enough for that. If you only pay that instalment on time, we send no reminders or other "
    "payment letters, but collection costs are added.",
    "plan_next_past_notice": "To avoid collection costs, pay {what} by {last_day}. Your instalment of {amount} was "
    "due by {date}. If you have paid it, it counts towards that, but it is not enough on its own. If you only pay the "
    "instalments on time, we send no reminders or other payment letters, but collection costs are added.",
    "plan_next_past_notice_single": "To avoid collection costs, pay {what} by {last_day}. Your instalment of {amount} "
    "was due by {date}. If you have paid it, it counts towards that, but it is not enough on its own. If you only pay "
    "that instalment, we send no reminders or other payment letters, but collection costs are added.",
    "plan_next_past": "Your instalment of {amount} was due by {date}. If you paid it in time, you do not need to do "
    "anything. If not, please pay it now, or let us know today. As long as you pay the instalments on time, we will "
    "not send you reminders or other payment letters.",
    "plan_next_past_single": "Your instalment of {amount} was due by {date}. If you paid it in time, you do not need "
    "to do anything. If not, please pay it now, or let us know today.",
    "plan_next_agency": "Your next instalment is {amount}, by {date}. You will hear about this plan from {handler}, "
    "not from us.",
    "plan_next_agency_single": "Your instalment is {amount}, by {date}. You will hear about this plan from "
    "{handler}, not from us.",
    "plan_next_past_agency": "Your instalment of {amount} was due by {date}. If you paid it in time, you do not need "
    "to do anything. If not, please pay it now, or let {handler} know today. You will hear about this plan from "
    "{handler}, not from us.",
    "plan_next_past_agency_single": "Your instalment of {amount} was due by {date}. If you paid it in time, you do "
    "not need to do anything. If not, please pay it now, or let {handler} know today.",
    "plan_next_unread": "The agreed day for {instalment} ({amount}) is {date}. If you have not paid it yet, "
    "please pay it {when}. As long as you pay the instalments on time, we will not send you reminders or other "
    "payment letters.",
    "plan_next_unread_single": "The agreed day for {instalment} ({amount}) is {date}. If you have not paid it "
    "yet, please pay it {when}. That way, we will not send you reminders or other payment letters.",
    "plan_next_passed": "The agreed day for {instalment} ({amount}) was {date}. You receive our confirmation of the "
    "plan too late to pay on that day. If you have not paid it yet, please pay it {when}: that is still on time. As "
    "long as you pay the instalments on time, we will not send you reminders or other payment letters.",
    "plan_next_passed_single": "The agreed day for {instalment} ({amount}) was {date}. You receive our confirmation of "
    "the plan too late to pay on that day. If you have not paid it yet, please pay it {when}: that is still on time. "
    "That way, we will not send you reminders or other payment letters.",
    "plan_next_passed_more": "We agreed: {instalments}. You receive our confirmation of the plan too late "
    "to pay on those days. If you have not paid those instalments yet, please pay them {when}: that is still on time. "
    "As long as you pay the instalments on time, we will not send you reminders or other payment letters.",
    "instalment_on_day": "{instalment} on {date}",
    "instalment_numbered": "instalment {number}",
    "instalment_numbered_single": "your instalment",
    "plan_notice": "The instalment of {date} of your payment plan has not been paid. So we have sent you {notice}.",
    "plan_notice_part": "The instalment of {date} of your payment plan has not been paid in full. "
    "So we have sent you {notice}.",
    "plan_notice_more": "These instalments are still open: {missed}. So we have sent you {notice}.",
    "plan_notice_more_part": "These instalments are still open: {missed}. You have paid part of them, but not all. "
    "So we have sent you {notice}.",
    "plan_notice_returned": "We have sent you {notice}. For the instalment of {date} of your payment plan, we have no "
    "payment from you that counts.",
    "plan_notice_more_returned": "We have sent you {notice}. These instalments are still open: {missed}. For these "
    "instalments of your payment plan, we have no payment from you that counts.",
    "plan_notice_also": "The instalment of {date} has not been paid either.",
    "plan_notice_also_part": "The instalment of {date} has not been paid in full either.",
    "plan_notice_also_more": "These instalments are open too: {missed}.",
    "plan_notice_also_more_part": "These instalments are open too: {missed}. You have paid part of them, but not all.",
    "plan_notice_also_returned": "For the instalment of {date}, we have no payment from you that counts either.",
    "plan_notice_also_more_returned": "These instalments are open too: {missed}. We have no payment from you that "
    "counts for these either.",
    "plan_arrears": "The instalment of {date} has not been paid: {open} is open.",
    "plan_arrears_returned": "For the instalment of {date}, we have no payment from you that counts: {open} is open.",
    "plan_arrears_part": "Of the instalment of {date} ({amount}) you have paid {paid}: {open} is still open.",
    "plan_arrears_more": "These instalments are still open: {missed}. In total, that is {open}.",
    "plan_arrears_more_returned": "These instalments are still open: {missed}. For these instalments, we have no "
    "payment from you that counts. In total, that is {open}.",
    "plan_arrears_more_part": "These instalments are still open: {missed}. Of these instalments you have paid "
    "{paid}: {open} is still open in total.",
    "plan_then_reminder": "We will send you a reminder for it after that.",
    "plan_then_letter": "We will then send you {rest_letter} for it, with the amount on that day. If you do not pay "
    "it in time, {step}.",
    "plan_then_letter_single": "We will send you {rest_letter} for it after that, with the amount on that day. If you "
    "do not pay it in time, {step}.",
    "rest_letter": "a letter",
    "rest_letter_email": "an email",
    "rest_letter_either": "a letter or an email",
    "plan_then_way_out": "If you cannot pay it, please contact us and we will find a solution together.",
    "plan_then_way_out_counsellor": "If you cannot pay it, your debt counsellor can contact us.",
    "plan_then_way_out_administrator": "If you cannot pay it, your administrator can contact us.",
    "plan_rest_small": "That is a small amount.",
    "plan_then_reminder_kind": "You will then get a friendly reminder for it, with the exact amount.",
    "plan_then_reminder_kind_small": "For that small amount you will then get a friendly reminder, with the exact "
    "amount.",
    "plan_then_step_kind": "If it is still open after that, we will ask you for it in {letter}.",
    "plan_then_reminder_held": "We will send you a reminder for it after {day}.",
    "plan_then_reminder_kind_held": "You will get a friendly reminder for it after {day}, with the exact amount.",
    "plan_then_reminder_kind_small_held": "For that small amount you will get a friendly reminder after {day}, with "
    "the exact amount.",
    "plan_then_step_kind_held": "If it is still open after {day}, we will ask you for it in {letter}.",
    "plan_then_letter_held": "We will send you {rest_letter} for it after {day}, with the amount on that day. If you "
    "do not pay it in time, {step}.",
    "plan_rest_at_once": "To be done with it at once, add it to your last instalment.",
    "plan_rest_at_once_single": "To be done with it at once, add it to your instalment.",
    "plan_rest_at_once_now": "To be done with it at once, pay it now, together with what is still open of your "
    "instalments.",
    "plan_rest_today": "Today that is {today}; the interest until then comes on top.",
    "plan_then_handler": "After that, {handler} will ask you to pay it.",
    "plan_then_way_out_with": "If you cannot pay it, please contact {handler}.",
    "plan_rest_other": "Would you rather arrange it differently? Please contact us.",
    "plan_rest_other_counsellor": "Would you rather arrange it differently? Your debt counsellor can contact us.",
    "plan_rest_other_administrator": "Would you rather arrange it differently? Your administrator can contact us.",
    "plan_rest_other_with": "Would you rather arrange it differently? Please contact {handler}.",
    "plan_then_step": "We will then ask you for it: {step}.",
    "plan_then_handover": "You owe that too. If anything is still open on {day}, {step}.",
    "plan_rest": "Your instalments do not cover everything. Your last instalment is due on {date}. If you pay them "
    "all on time, about {amount} will still be open after it. That includes the interest until then. {then} {other}",
    "plan_rest_single": "Your instalment does not cover everything. If you pay it on time, about {amount} will still "
    "be open after it, on {date}. That includes the interest until then. {then} {other}",
    "plan_interest_rest": "Interest keeps running on the amount outstanding while you pay the plan. If you pay every "
    "instalment on time, about {amount} will still be open after your last instalment ({date}). {then}",
    "plan_interest_rest_single": "Interest keeps running on the amount outstanding while you pay the plan. If you pay "
    "your instalment on time, about {amount} will still be open after it ({date}). {then}",
    "plan_interest_rest_missed": "Interest keeps running on the amount outstanding while you pay the plan. Your last "
    "instalment is due on {date}. If you pay the missed one now and the others on time, about {amount} will be left "
    "after it. {then}",
    "plan_interest_rest_missed_several": "Interest keeps running on the amount outstanding while you pay the plan. "
    "Your last instalment is due on {date}. If you pay the missed ones now and the others on time, about {amount} "
    "will still be open after it. {then}",
    "plan_interest_rest_missed_single": "Interest keeps running on the amount outstanding while you pay the plan. "
    "Your last instalment is due on {date}. If you pay the missed one now and the next one on time, about {amount} "
    "will be left after it. {then}",
    "plan_interest_rest_missed_several_single": "Interest keeps running on the amount outstanding while you pay the "
    "plan. Your last instalment is due on {date}. If you pay the missed ones now and the next on time, about {amount} "
    "will still be open after it. {then}",
    "plan_interest_rest_now": "Interest keeps running on the amount outstanding while you pay the plan. If you pay "
    "what is still open of your instalments now, about {amount} will remain open. {then}",
    "plan_interest_rest_now_single": "Interest keeps running on the amount outstanding while you pay the plan. If you "
    "pay what is still open of your instalment now, about {amount} will remain open. {then}",
    "plan_interest_running": "Interest keeps running on the amount outstanding while you pay the plan.",
    "plan_rest_now": "Your instalments do not cover everything. If you pay what is still open of them now, about "
    "{amount} will remain open. That includes the interest until now. {then} {other}",
    "plan_rest_now_single": "Your instalment does not cover everything. If you pay what is still open of it now, "
    "about {amount} will remain open. That includes the interest until now. {then} {other}",
    "plan_rest_no_interest_costs": "Your instalments do not cover everything. If you pay them all on time, {amount} "
    "will still be open after your last instalment, on {date}. That includes the collection costs of {costs}. {then} "
    "{other}",
    "plan_rest_no_interest_costs_single": "Your instalment does not cover everything. If you pay it on time, "
    "{amount} will still be open after it, on {date}. That includes the collection costs of {costs}. {then} {other}",
    "plan_rest_no_interest": "Your instalments do not cover everything. After your last instalment, on {date}, "
    "{amount} will still be open. {then} {other}",
    "plan_rest_no_interest_single": "Your instalment does not cover everything. After it, on {date}, {amount} will "
    "still be open. {then} {other}",
    "plan_rest_costs": "Your instalments do not cover everything. Your last instalment is due on {date}. If you pay "
    "them all on time, {amount} in collection costs will still be open after it. {then} {other}",
    "plan_rest_costs_single": "Your instalment does not cover everything. If you pay it on time, {amount} in "
    "collection costs will still be open after it, on {date}. {then} {other}",
    # The condition opens the paragraph, and the figures follow as without it: "If ... and you pay them all on time,
    # about ... will be left" ran to 23 words.
    "plan_rest_undecided": "If your payment plan applies (see the top), your instalments do not cover everything. Your "
    "last instalment is due on {date}. If you pay them all on time, about {amount} will still be open after it. That "
    "includes the interest until then. {then} {other}",
    "plan_rest_undecided_single": "If your payment plan applies (see the top), your instalment does not cover "
    "everything. If you pay it on time, about {amount} will still be open after it, on {date}. That includes the "
    "interest until then. {then} {other}",
    "plan_rest_now_undecided": "If your payment plan applies (see the top), your instalments do not cover everything. "
    "If you pay what is still open of them now, about {amount} will remain open. That includes the interest until "
    "now. {then} {other}",
    "plan_rest_now_undecided_single": "If your payment plan applies (see the top), your instalment does not cover "
    "everything. If you pay what is still open of it now, about {amount} will remain open. That includes the "
    "interest until now. {then} {other}",
    "plan_rest_no_interest_costs_undecided": "If your payment plan applies (see the top), your instalments do not "
    "cover everything. If you pay them all on time, {amount} will still be open after your last instalment, on "
    "{date}. That includes the collection costs of {costs}. {then} {other}",
    "plan_rest_no_interest_costs_undecided_single": "If your payment plan applies (see the top), your instalment does "
    "not cover everything. If you pay it on time, {amount} will still be open after it, on {date}. That includes the "
    "collection costs of {costs}. {then} {other}",
    "plan_rest_no_interest_undecided": "If your payment plan applies (see the top), your instalments do not cover "
    "everything. After your last instalment, on {date}, {amount} will still be open. {then} {other}",
    "plan_rest_no_interest_undecided_single": "If your payment plan applies (see the top), your instalment does not "
    "cover everything. After it, on {date}, {amount} will still be open. {then} {other}",
    "plan_rest_costs_undecided": "If your payment plan applies (see the top), your instalments do not cover "
    "everything. Your last instalment is due on {date}. If you pay them all on time, {amount} in collection costs "
    "will still be open after it. {then} {other}",
    "plan_rest_costs_undecided_single": "If your payment plan applies (see the top), your instalment does not cover "
    "everything. If you pay it on time, {amount} in collection costs will still be open after it, on {date}. {then} "
    "{other}",
    "plan_interest_rest_undecided": "Interest keeps running on the amount outstanding while you pay the plan. If your "
    "payment plan applies (see the top), your last instalment is due on {date}. If you pay every instalment on time, "
    "about {amount} will still be open after it. {then}",
    "plan_interest_rest_undecided_single": "Interest keeps running on the amount outstanding while you pay the plan. "
    "If your payment plan applies (see the top), your instalment is due on {date}. If you pay it on time, about "
    "{amount} will still be open after it. {then}",
    "plan_interest_rest_now_undecided": "Interest keeps running on the amount outstanding while you pay the plan. If "
    "your payment plan applies (see the top), paying what is still open of your instalments now leaves about "
    "{amount}. {then}",
    "plan_interest_rest_now_undecided_single": "Interest keeps running on the amount outstanding while you pay the "
    "plan. If your payment plan applies (see the top), paying what is still open of your instalment now leaves about "
    "{amount}. {then}",
    "plan_more": "Your instalments add up to more than is open now ({total}). You never pay more than what is open. "
    "Once you have paid it all, you do not need to pay the instalments that are left.",
    "plan_more_single": "Your instalment is more than is open now ({total}). You never pay more than what is open.",
    "plan_more_undecided": "If your payment plan applies (see the top), your instalments add up to more than is open "
    "now ({total}). You never pay more than what is open. Once you have paid it all, you do not need to pay the "
    "instalments that are left.",
    "plan_more_undecided_single": "If your payment plan applies (see the top), your instalment is more than is open "
    "now ({total}). You never pay more than what is open.",
    "plan_arrears_pay": "Please pay this amount {when}. If you cannot, please contact us, "
    "and we will look at the plan together.",
    "plan_arrears_pay_with": "Please pay this amount {when}. If you cannot, please contact {handler}.",
    "plan_notice_today": "The instalment of {date} of your payment plan has not been paid.",
    "plan_notice_today_part": "The instalment of {date} of your payment plan has not been paid in full.",
    "plan_notice_today_returned": "For the instalment of {date} of your payment plan, we have no payment from you that "
    "counts.",
    "plan_notice_pay": "Please pay the whole amount of {amount} {when}. If you cannot, please contact us.",
    "plan_notice_since": "The instalment of {date} of your payment plan ({amount}) has not been paid.",
    "plan_notice_since_part": "Of the instalment of {date} of your payment plan ({amount}) you have paid {paid}. "
    "{left} of it is still open.",
    "plan_notice_since_returned": "For the instalment of {date} of your payment plan ({amount}), we have no payment "
    "from you that counts.",
    "plan_notice_since_more": "These instalments are still open: {missed}. In total, that is {open}.",
    "plan_notice_since_more_part": "These instalments are still open: {missed}. Of these instalments you have paid "
    "{paid}: {open} is still open in total.",
    "plan_notice_since_more_returned": "These instalments are still open: {missed}. For these instalments, we have no "
    "payment from you that counts. In total, that is {open}.",
    "plan_notice_lead_since": "Our final notice still applies: it asks for the whole overdue amount, your "
    "instalment included.",
    "plan_notice_lead_since_more": "Our final notice still applies: it asks for the whole overdue amount, your "
    "instalments included.",
    "plan_rest_costs_in": "That includes the collection costs of {costs}.",
    "plan_reminder_first": "If you do not pay the instalment, we will first send you a reminder of it. Only if it "
    "stays unpaid do the usual steps follow.",
    "plan_reminder_first_held": "If you do not pay the instalment, we will send you a reminder of it, but only after "
    "{day}. Only if it stays unpaid do the usual steps follow.",
    "plan_reminder_first_several": "If you do not pay the instalments, we will first send you a reminder of them. "
    "Only if it stays unpaid do the usual steps follow.",
    "plan_reminder_first_held_several": "If you do not pay the instalments, we will send you a reminder of them, but "
    "only after {day}. Only if it stays unpaid do the usual steps follow.",
    "dispute_interest": "Please note that interest continues to run in the meantime. If we correct the invoice, "
    "we work out the "
    "interest on it again.",
    "dispute_interest_many": "Please note that interest continues to run in the meantime. If we correct the "
    "invoices, we work out "
    "the interest on them again.",
    "paid_next": "You do not need to do anything else.",
    "credit": "You paid {amount} too much. We will refund this amount to the account you paid from. "
    "Would you prefer something else? Please call or email us.",
    "credit_refunded": "You had paid {amount} too much. We paid this amount back to you on {date}.",
    "credit_refunded_part": "You had paid too much. On {date} we paid {amount} back to you.",
    "credit_rest": "{amount} is still yours. We will refund that too, to the account you paid from. "
    "Would you prefer something else? Please call or email us.",
    "credit_refund_returned": "You had paid too much. On {date} we paid {amount} back to you, but your bank sent it "
    "back. Please let us know which account we can refund it to: call or email us.",
    "credit_rest_returned": "{amount} is still yours. We will refund that too, to the account you give us.",
    "paid_next_refund_returned": "We only need your account number, see below.",
    "credit_checking": "We are still checking your payments. If you paid more than was needed, we will refund the "
    "difference to the account you paid from.",
    "credit_rest_checking": "We are still checking your payments. If anything is still yours after that, we will "
    "refund it too, to the account you paid from.",
    "dispute_heading": "You disagree with the invoice",
    "dispute_since": "On {date} you told us that you disagree with the invoice.",
    "dispute_pause": "We are looking into it now. Until we have finished, we will not send you reminders or "
    "other payment letters.",
    "dispute_look": "We are looking into it now.",
    "dispute_term_runs": "Please note: the deadline in {notice} still applies. Your last day to pay is {date}. "
    "Pay the part you agree with by the end of that day, and we will charge no collection costs on it.",
    "dispute_term_ran": "Please note: the deadline in {notice} was {date}. If you paid the part you agree with by the "
    "end of that day, we charge no collection costs on it.",
    "dispute_due_runs": "Please note: {amount} is still due on {date}. If any of it is unpaid after that day, we will "
    "charge the statutory collection costs on the unpaid part. That includes the part we are still looking into. If "
    "we correct the invoice, we will recalculate them. Pay the part you agree with by the end of that day, and we "
    "will charge no collection costs on it.",
    "invoice_one": "invoice {number}",
    "invoice_many": "invoices {numbers}",
    "and": "and",
    "or": "or",
    "dispute_heading_named": "You disagree with {invoices}",
    "dispute_since_named": "On {date} you told us that you disagree with {invoices}.",
    "dispute_apart": "You disagree with {invoices}. We are looking into that first. Until we have finished, we do "
    "not ask you to pay it and send you no reminders about it. The amount above is for {others}.",
    "dispute_apart_credited": "You disagree with {invoices}. We have credited all of it: you do not need to pay "
    "anything for it. The amount above is for {others}.",
    "other_invoice": "your other invoice",
    "other_invoices": "your other invoices",
    "dispute_credit_note": "On invoice {invoice}: credit note {number} of {date}, {amount} deducted.",
    "dispute_answer_by": "You will hear from us by {date}.",
    "dispute_answer_late": "We meant to answer you by {date}. We have not been able to, and we apologise. "
    "You will hear from us as soon as possible.",
    "answer_named": "We answered your dispute about {invoices} on {date}.",
    "answer_whole": "We answered your dispute on {date}.",
    "answer_again_both": "Would you like to hear or read our answer again, or do you have a question about it? "
    "Call {name} on {phone}, or email {email}.",
    "answer_again_phone": "Would you like to hear or read our answer again, or do you have a question about it? "
    "Call {name} on {phone}.",
    "answer_again_email": "Would you like to hear or read our answer again, or do you have a question about it? "
    "Email {name} at {email}.",
    "answer_again": "Would you like to hear or read our answer again, or do you have a question about it? Please "
    "contact us.",
    "answer_days": "{n} days",
    "answer_days_one": "{n} day",
    "answer_term": "From the day of our answer, you have {days} to pay, up to and including {date}. We will not send "
    "you a new letter before then.",
    "answer_term_longer": "From the day of our answer, you have {days} to pay, up to and including {date}. The "
    "deadline in {notice} runs longer, until {last_day}. We will not send you a new letter before then. So the top of "
    "this page asks you to pay by {last_day}.",
    "answer_term_longer_only": "From the day of our answer, we give you "
    "{days} to pay, up to and including {date}. The "
    "deadline in {notice} runs longer, until {last_day}.",
    "answer_term_sooner": "From the day of our answer, you have {days} to pay, up to and including {date}. We will "
    "not send you a new letter before then. But the deadline in {notice} ends sooner: {last_day}. Below you can "
    "see what to pay by then to avoid collection costs.",
    "dispute_part": "Do you agree with part of the invoice? You can already pay that part.",
    "dispute_after": "If the invoice turns out to be wrong, we will correct it. If it is right, we will explain "
    "why, and then ask you to pay.",
    "dispute_part_many": "Do you agree with part of the invoices? You can already pay that part.",
    "dispute_after_many": "If the invoices turn out to be wrong, we will correct them. If they are right, we will "
    "explain why, and then ask you to pay.",
    "an_agency": "a collection agency",
    "the_instalment": "the instalment",
    "the_instalments": "the instalments",
    "the_agency": "the collection agency",
    "that_agency": "that collection agency",
    "the_bailiff": "the bailiff",
    "us": "us",
    "handover_heading": "Your file is now with {agency}",
    "handover_heading_unnamed": "Your file is now with a collection agency",
    "handover_since": "On {date} we handed your file over to {agency}. From now on, they will handle the payment "
    "with you.",
    "handover_call": "Would you like a payment plan, or do you have a question about the payment? Please "
    "contact {agency}:",
    "handover_call_plan": "Do you have a question about your payment plan or about the payment? Please contact "
    "{agency}:",
    "handover_wait": "You will hear from {agency} how to reach them. Would you like to arrange something now? "
    "Call or email us, and we will help you.",
    "handover_wait_plan": "Do you have a question about your payment plan or about the payment? Please contact "
    "{agency}. Not sure how to reach them? Call or email us, and we will help you.",
    "handover_wait_promise": "Do you have a question about your promise to pay or about the payment? Please contact "
    "{agency}. Not sure how to reach them? Call or email us, and we will help you.",
    "handover_pay_agency": "From now on, please pay {agency}. The details are below, under ‘How to pay’.",
    "handover_pay_by": "The day to pay by is now set by {agency}.",
    "handover_pay_us": "You can pay {agency}, as they will tell you, or pay us directly, with the details below. "
    "If you pay us, we will let {agency} know that you have paid. Please pay only once.",
    "handover_next": "If you do not pay and make no arrangement, a court case may be the next step. That brings "
    "extra costs, which we would rather spare you.",
    "handover_next_plan": "If you do not pay the instalments and make no new arrangement, a court case may be the "
    "next step. That brings extra costs, which we would rather spare you.",
    "handover_next_plan_single": "If you do not pay the instalment and make no new arrangement, a court case may be "
    "the next step. That brings extra costs, which we would rather spare you.",
    "agency_costs_stay": "The collection costs stay at {amount}: {agency} may not charge you more.",
    "agency_costs_stay_part": "The collection costs are {amount} in total: {agency} may not charge you more. You "
    "have paid {paid} of them. {open} is still open.",
    "agency_costs_stay_paid": "The collection costs are {amount} in total: {agency} may not charge you more. You "
    "have already paid them in full.",
    "legal_heading": "Legal proceedings are under way",
    "legal_since": "On {date} we took legal steps to collect this claim, through the court or a bailiff.",
    "legal_via": "This is handled by {handler}.",
    "legal_via_bailiff": "This is handled by a firm of court bailiffs (gerechtsdeurwaarders): {handler}.",
    "legal_papers": "If you have received a court summons (dagvaarding) or a judgment (vonnis), the dates and "
    "deadlines in it apply. Respond in time, even if you make an arrangement with us.",
    "legal_costs": "The amount below is what you still owe us. The costs of the court and the bailiff may come "
    "on top of it; they are not on this page.",
    "legal_call": "Would you like to pay, or agree a payment plan? That is still possible. Please contact "
    "{handler} as soon as possible. They will tell you exactly how much to pay, and how:",
    "legal_call_us": "Would you like to pay, or agree a payment plan? That is still possible. Please contact us "
    "as soon as possible. We will tell you exactly how much to pay, and how.",
    "legal_call_plan": "Do you have a question about your payment plan or about the payment? Please contact "
    "{handler}. They will tell you exactly how much to pay, and how:",
    "legal_call_us_plan": "Do you have a question about your payment plan or about the payment? Please contact us. "
    "We will tell you exactly how much to pay, and how.",
    "legal_amount_note": "Not including the costs of the court and the bailiff.",
    "legal_next": "You will hear from {handler} what happens next.",
    "contact_invoice_question": "A question about the invoice itself?",
    "contact_invoice_question_many": "A question about the invoices themselves?",
    "plan_text_agency": "If you cannot pay everything at once, please contact {agency}, and agree a payment "
    "plan with them.",
    "plan_text_legal_with": "If you cannot pay everything at once, a payment plan is still possible. Please contact "
    "{handler} about it.",
    "plan_text_legal_us": "If you cannot pay everything at once, a payment plan is still possible. Send us a "
    "proposal: how much you can pay per month, and from when.",
    "change_plan_text_with": "If you cannot pay the instalments as agreed, please contact {handler}, "
    "preferably before the next instalment.",
    "change_plan_text_with_today": "If you cannot pay the instalments as agreed, please contact {handler}, "
    "preferably today.",
    "change_plan_text_with_single": "If you cannot pay the instalment as agreed, please contact {handler} as soon as "
    "possible.",
    "change_plan_text_with_missed": "If you cannot pay the instalments as agreed, please contact {handler} as soon as "
    "possible.",
    "call_name": "Call {name}:",
    "mail_name": "Email {name}",
    "dispute_text_handover": "Is the invoice wrong, or do you disagree with something? Let us know. We will look "
    "into it, and let {agency} know that you disagree.",
    "dispute_text_legal": "Is the invoice wrong, or do you disagree with something? Let us know as soon as "
    "possible. If there is a court case, you can also tell the court. Get advice about this in time, for "
    "example from Het Juridisch Loket (the Dutch Legal Services Counter) or a lawyer.",
    "dispute_text_handover_many": "Is one of the invoices wrong, or do you disagree with something? Let us know. "
    "We will look into it, and let {agency} know that you disagree.",
    "dispute_text_legal_many": "Is one of the invoices wrong, or do you disagree with something? Let us know as "
    "soon as possible. If there is a court case, you can also tell the court. Get advice about this in time, for "
    "example from Het Juridisch Loket (the Dutch Legal Services Counter) or a lawyer.",
    "agency_qr": "You pay {agency}. The QR code and the payment details are for their account.",
    "agency_qr_email": "You pay {agency}. The payment details are for their account.",
    "reference_hint_agency": "Always include this reference, so that {agency} knows the payment is yours.",
    "reference_hint_agency_text": "Enter this reference in your banking app's description field, not as the payment "
    "reference (Betalingskenmerk). That way, {agency} knows the payment is yours.",
    "bank_warning_agency": "Please note: this is the account of {agency}, not ours. If a message gives a different "
    "account number, do not pay: contact us.",
    "bank_warning_agency_phone": "Please note: this is the account of {agency}, not ours. If a message gives a "
    "different account number, do not pay: call us on {phone}.",
    "h_returned": "Returned by the bank",
    "returned_payment": "Your payment of {amount} on {date} was returned by the bank on {returned}. So that payment "
    "does not count, and that amount is still open.",
    "returned_payment_part": "Your payment of {amount} on {date} was returned by the bank on {returned}. So that "
    "payment does not count. What you paid after that does count.",
    "returned_reason_reversed": "According to the bank, this was done at your request: the direct debit was reversed.",
    "returned_reason_closed": "According to the bank, the account you paid from has been closed.",
    "returned_reason_blocked": "According to the bank, the account you paid from is blocked.",
    "returned_pay_again": "Please pay again.",
    "returned_pay_again_other_account": "Please pay again, from another account.",
    "returned_ask_us": "If you think this is not right, please contact us.",
    "returned_ask_us_handed_over": "If you think this is not right, please contact us: it was us you paid.",
    "not_received_returned": "no payment from you that counts",
    "not_received_all_returned": "not yet had payments from you that count for the whole amount",
    "not_received_plan_returned": "not had a payment from you that counts for every instalment of your payment plan",
    "not_received_plan_single_returned": "not yet had payments from you that count for the whole instalment of your "
    "payment plan",
}

LABELS: Mapping[Language, Mapping[str, str]] = MappingProxyType(
    {Language.NL: MappingProxyType(NL), Language.EN: MappingProxyType(EN)}
)

# Dutch words the English texts keep, so that the reader can match them to a Dutch bank app or
# letter: an English page marks them as Dutch (lang="nl"), so that a screen reader says them in
# Dutch (WCAG 3.1.2). The longer first: "wettelijke handelsrente" before "wettelijke rente".
DUTCH_IN_ENGLISH = ("wettelijke handelsrente", "wettelijke rente", "Betalingskenmerk", "gemeente")

# The creditor's public pages, as pelicanconf saves them (PAGE_SAVE_AS / PAGE_LANG_SAVE_AS).
PAGES: Mapping[Language, Mapping[str, str]] = MappingProxyType(
    {
        Language.NL: MappingProxyType({"terms": "voorwaarden.html", "help": "hulp.html"}),
        Language.EN: MappingProxyType({"terms": "voorwaarden-en.html", "help": "hulp-en.html"}),
    }
)


def labels(lang: Language) -> Mapping[str, str]:
    """All fixed words of a page in one language (read-only)."""
    return LABELS[lang]


# Each label with the names in it a full stop follows (`fmt.stopped_names`), found once: `text` looks only at
# their values for a stop of their own, not at every value of every sentence (BENCHMARKS.md, session 46).
_STOPPED: Mapping[Language, Mapping[str, tuple[str, tuple[str, ...]]]] = {
    lang: {key: (label, stopped_names(label)) for key, label in words.items()} for lang, words in LABELS.items()
}


def text(lang: Language, key: str, **values: object) -> str:
    """One sentence in `lang`, with its values filled in (`fmt.sentence`: no full stop twice)."""
    if not values:
        return _without_values(lang, key)
    label, stopped = _STOPPED[lang][key]
    return sentence_of(label, stopped, values)


@cache  # one entry a key and language at most: the labels are fixed
def _without_values(lang: Language, key: str) -> str:
    """A sentence that names no value, as `text` gives it: the same on every page, so made once. Half of the
    seventy-odd sentences a page asks for name none (BENCHMARKS.md, session 42)."""
    return sentence(LABELS[lang][key])


def listed(items: Sequence[str], lang: Language) -> str:
    """Several items as a sentence names them ("F-A, F-B en F-C"); one as it is."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {text(lang, 'and')} {items[-1]}"


def invoices_named(numbers: Sequence[str], lang: Language) -> str:
    """Invoices as a sentence names them: "factuur F-B", or "facturen F-B en F-C"."""
    if len(numbers) == 1:
        return text(lang, "invoice_one", number=numbers[0])
    return text(lang, "invoice_many", numbers=listed(numbers, lang))
