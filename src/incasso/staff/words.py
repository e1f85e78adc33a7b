"""Everything the collection staff read, in Dutch, in one place.

The staff view model (incasso.staff.view and the pages beside it), the
explanations and changes.md take their words from here, or from the other
language's module with the same names, as the build's STAFF_LANGUAGE says
(incasso.staff.language); the templates get the fixed labels (UI, passed in
as `t`) and everything else from the view. Sentences are `str.format`
templates; the values are filled in already formatted (money and dates
through incasso.staff.formats, in the staff's language).
"""

from __future__ import annotations

# The escalation stages, and the statuses a claim can have.
STAGE = {
    "open": "Open",
    "overdue": "Vervallen",
    "reminder": "Herinnering",
    "dunning": "Aanmaning",
    "final_notice": "Sommatie",
    "handover": "Incassobureau",
    "legal": "Gerechtelijk",
}
STAGE_HINT = {
    "open": "nog niet vervallen",
    "overdue": "termijn verstreken, nog niets verstuurd",
    "reminder": "herinnering verstuurd",
    "dunning": "aanmaning verstuurd",
    "final_notice": "sommatie verstuurd",  # its term is the policy's: no "veertiendagenbrief" beside 21 days
    "handover": "overgedragen aan het incassobureau",
    "legal": "gerechtelijke stappen",
}
STATUS = {
    "active": "Loopt",
    "promise": "Betaaltoezegging",
    "arrangement": "Betalingsregeling",
    "dispute": "Geschil",
    "paid": "Betaald",
    "written_off": "Afgeschreven",
    "settlement": "Minnelijk akkoord",
    "settled": "Geschikt (rest kwijtgescholden)",
}
PAUSED = {
    "promise": "Gepauzeerd: betaaltoezegging",
    "arrangement": "Gepauzeerd: regeling op schema",
    "dispute": "Gepauzeerd: geschil",
    "settlement": "Gepauzeerd: minnelijk akkoord",
    # The same, with collection costs owed all the same (overview.paused_key): the pause held the letters back,
    # not a final notice's term.
    "promise_costs": "Gepauzeerd: betaaltoezegging; incassokosten verschuldigd",
    "arrangement_costs": "Gepauzeerd: regeling op schema; incassokosten verschuldigd",
    "dispute_costs": "Gepauzeerd: geschil; incassokosten verschuldigd",
    "settlement_costs": "Gepauzeerd: minnelijk akkoord; incassokosten in het akkoord",
    # A `postpone` holding the next step back (overview.postponed_key): who asked for the wait, by role.
    "postponed": "Gepauzeerd: uitstel",
    "postponed_debtor": "Gepauzeerd: uitstel op verzoek van de debiteur",
    "postponed_counsellor": "Gepauzeerd: uitstel op verzoek van de schuldhulpverlener",
    "postponed_administrator": "Gepauzeerd: uitstel op verzoek van de bewindvoerder",
    "postponed_earlier": "Gepauzeerd: uitstel op verzoek van een eerdere vertegenwoordiger",
}
CLOSED_GROUP = {"paid": "Betaald", "settled": "Geschikt", "written_off": "Afgeschreven"}
# A closed claim's stage on its dossier (paid, settled, written off): closed, with the heaviest step it reached. The
# stage's own name ("Aanmaning") read as a claim still chased there.
STAGE_CLOSED = {
    "open": "Afgerond",
    "overdue": "Afgerond",
    "reminder": "Afgerond na herinnering",
    "dunning": "Afgerond na aanmaning",
    "final_notice": "Afgerond na sommatie",
    "handover": "Afgerond bij het incassobureau",
    "legal": "Afgerond na gerechtelijke stappen",
}

# What staff do next: the chasing steps, and the checks.
ACTION = {
    "reminder": "Herinnering sturen",
    "dunning": "Aanmaning sturen",
    "call": "Bellen",
    # The call step of a debtor without a phone number: what staff can do instead (PHRASE call_instead_*).
    "call_write": "Bericht sturen (geen telefoon)",
    "final_notice": "Sommatie sturen",
    "handover": "Overdragen aan incassobureau",
    "remind_installment": "Herinnering gemiste termijn",
    "check_promise": "Controle: toezegging betaald?",
    "check_installment": "Controle: termijn betaald?",
    "check_settlement": "Controle: akkoord betaald?",
    "review_dispute": "Controle: geschil beantwoorden",
    "refund_credit": "Tegoed terugbetalen",
    "refund_returned": "Opnieuw terugbetalen",
    "pass_on": "Betaling doorgeven",
}

EVENT = {
    "reminder": "Herinnering",
    "dunning": "Aanmaning",
    "call": "Contact",
    "final_notice": "Sommatie",
    "handover": "Overdracht",
    "legal": "Gerechtelijke stappen",
    "promise": "Betaaltoezegging",
    "arrangement": "Betalingsregeling",
    "dispute": "Geschil",
    "dispute_resolved": "Geschil opgelost",
    "written_off": "Afgeschreven",
    "postpone": "Uitstel",
    "settlement": "Minnelijk akkoord",
    "settlement_ended": "Minnelijk akkoord beëindigd",
    "refund": "Tegoed terugbetaald",
    "passed_on": "Betaling doorgegeven",
    "note": "Notitie",
}
CHANNEL = {"email": "e-mail", "letter": "brief", "phone": "telefoon", "visit": "bezoek", "portal": "portaal"}
DEBTOR_TYPE = {"business": "zakelijk", "consumer": "particulier"}
LANGUAGE = {"nl": "Nederlands", "en": "Engels"}
INSTALLMENT_STATE = {
    "paid": "betaald",
    "due": "vandaag",
    "overdue": "te laat",
    "upcoming": "komt nog",
    "unseen": "na de bankafschriften",  # its day is later than the last statement read
}
ALLOCATION = {
    "costs": "incassokosten",
    "interest": "rente",
    "principal": "hoofdsom",
    "credit": "tegoed",
    # A payment naming an invoice while it is disputed stays with it (art. 6:43 lid 1 BW): it pays nothing else.
    "disputed": "apart voor betwiste factuur",
    "disputed_many": "apart voor betwiste facturen",  # one payment naming several disputed invoices
}
BUCKET = {
    "not_due": "Niet vervallen",
    "1-30": "1-30 dagen",
    "31-60": "31-60 dagen",
    "61-90": "61-90 dagen",
    "90+": "Meer dan 90 dagen",
}

FLAG = {
    "possible_payment": "Mogelijke betaling in de bank",
    "payment_returned": "Betaling teruggeboekt",
    "paid_after_write_off": "Betaling na afschrijving",
    "broken_promise": "Toezegging niet nagekomen",
    "settlement_lapsed": "Minnelijk akkoord vervallen",
    "plan_in_arrears": "Regeling achter",
    "awaits_bank": "Wacht op bankafschriften",
    "dispute_too_long": "Geschil te lang open",
    "disputed_invoices": "Factuur betwist",
    "no_contact": "Te lang geen contact",
    "missing_contact": "Contactgegevens onvolledig",
    "passed_on_over": "Meer doorgegeven dan ontvangen",
    "refund_returned": "Terugbetaling teruggekomen",
    "credit": "Tegoed terugbetalen",
    "small_rest": "Klein restant",
    "small_credit": "Klein tegoed",
    "note_before_step": "Let op vóór de volgende stap",
    "part_payment": "Deelbetaling vóór de volgende brief",
    "dossier_note": "Let op in het dossier",
}
FLAG_DETAIL = {
    "possible_payment": "{amount} van {date} (bankboeking {ref}) is nog aan geen dossier gekoppeld en kan van dit "
    "dossier zijn: eerst nakijken en toewijzen (Bankafschriften), dan pas een brief sturen",
    "possible_payment_other_account": "{amount} van {date} (bankboeking {ref}) noemt dit dossier, maar kwam op een "
    "andere rekening dan die in creditor.yaml en telt niet: eerst nakijken (Bankafschriften), dan pas een brief "
    "sturen",
    # The rest of a credit staff booked in part on another dossier, whose text names this one too.
    "possible_payment_rest": "Van bankboeking {ref} van {date} is {paid} op een ander dossier geboekt; de rest, "
    "{amount}, is nog aan geen dossier gekoppeld en de omschrijving noemt dit dossier: eerst nakijken en toewijzen "
    "(Bankafschriften, Na te kijken), dan pas een brief sturen",
    "possible_payment_foreign": "Bankboeking {ref} van {date} noemt dit dossier, maar is geen euro en telt niet: "
    "eerst nakijken (Bankafschriften), dan pas een brief sturen",
    "paid_after_write_off": "{amount} ontvangen na het afschrijven op {date}; het heeft de schuld verlaagd en er is "
    "niets te veel betaald. Heropen de vordering om de rest weer te vragen (haal de written_off uit het "
    "dossierbestand), of laat haar afgeschreven",
    "paid_after_write_off_credit": "{amount} ontvangen na het afschrijven op {date}; het telt mee en wat te veel "
    "is, is tegoed. Heropen de vordering (haal de written_off uit het dossierbestand) of betaal terug wat niet "
    "verschuldigd is",
    "broken_promise": "{amount} toegezegd voor {date}; {paid} ontvangen",
    "settlement_lapsed": "{amount} afgesproken als finale kwijting, te betalen tot en met {date}; {paid} "
    "ontvangen. De hele vordering geldt weer en de stappen gaan door: laat het de schuldhulpverlener (of de "
    "debiteur) weten",
    # ... of a debtor nobody acts for (no `representative:`): no counsellor to tell.
    "settlement_lapsed_debtor": "{amount} afgesproken als finale kwijting, te betalen tot en met {date}; {paid} "
    "ontvangen. De hele vordering geldt weer en de stappen gaan door: laat het de debiteur weten",
    # ... in instalments: the one missed, on its own day, and the grace it had (the lapse came the day after it).
    "settlement_lapsed_instalment": "{amount} afgesproken als finale kwijting, in termijnen; de termijn van {date} "
    "({part}) is niet betaald, ook niet in de {days} dagen erna (tot en met {since}); {paid} ontvangen. De hele "
    "vordering geldt weer en de stappen gaan door: laat het de schuldhulpverlener (of de debiteur) weten",
    "settlement_lapsed_instalment_debtor": "{amount} afgesproken als finale kwijting, in termijnen; de termijn van "
    "{date} ({part}) is niet betaald, ook niet in de {days} dagen erna (tot en met {since}); {paid} ontvangen. De "
    "hele vordering geldt weer en de stappen gaan door: laat het de debiteur weten",
    "plan_in_arrears": "{amount} achterstallig, termijn van {date} niet betaald",
    "plan_in_arrears_part": "{amount} achterstallig, termijn van {date} niet helemaal betaald",
    "plan_in_arrears_more": "{amount} achterstallig over {count} termijnen, de eerste van {date}",
    "awaits_bank_promise": "{amount} toegezegd voor {date}, maar betalingen zijn verwerkt tot en met {seen}: "
    "lees eerst de afschriften van daarna in bank/ in",
    "awaits_bank_settlement_ended": "minnelijk akkoord beëindigd op {date}, maar betalingen zijn verwerkt tot en met "
    "{seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan geen volgende stap: kwam er uiterlijk die dag "
    "nog {amount} binnen, dan geldt het akkoord toch",
    # ... and replaced by a promise or a plan, whose own steps go on (their days are later): no "geen volgende stap".
    "awaits_bank_settlement_replaced": "minnelijk akkoord beëindigd op {date} en vervangen door een nieuwe afspraak, "
    "maar betalingen zijn verwerkt tot en met {seen}: lees eerst de afschriften van daarna in bank/ in. Kwam er "
    "uiterlijk die dag nog {amount} binnen, dan geldt het akkoord toch en vraagt de nieuwe afspraak niets meer",
    "awaits_bank_installment": "termijn van {date} ({amount}), maar betalingen zijn verwerkt tot en met {seen}: "
    "lees eerst de afschriften van daarna in bank/ in",
    # A running settlement's day passed, not read yet (overview._settlement_unseen): why its check waits.
    "awaits_bank_settlement": "minnelijk akkoord: {amount} te betalen uiterlijk {date}, maar betalingen zijn verwerkt "
    "tot en met {seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan is niet te zien of het akkoord is "
    "betaald of vervallen",
    "awaits_bank_settlement_installment": "termijn van {date} ({amount}) van het minnelijk akkoord, maar betalingen "
    "zijn verwerkt tot en met {seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan is niet te zien of "
    "die is betaald",
    "awaits_bank_settlement_sum_grace": "afgesproken bedrag van {date} ({amount} open) van het minnelijk akkoord, "
    "door de bank teruggeboekt, te betalen tot en met {since}, maar betalingen zijn verwerkt tot en met {seen}: lees "
    "eerst de afschriften van daarna in bank/ in. Tot dan vervalt het akkoord niet",
    "awaits_bank_settlement_grace": "gemiste termijn van {date} ({amount} open) van het minnelijk akkoord, te betalen "
    "tot en met {since}, maar betalingen zijn verwerkt tot en met {seen}: lees eerst de afschriften van daarna in "
    "bank/ in. Tot dan vervalt het akkoord niet",
    "awaits_bank_notice": "de termijn van de sommatie liep tot en met {date}, maar betalingen zijn verwerkt tot en "
    "met {seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan geen overdracht en geen kosten "
    "({amount} aangekondigd): een betaling in de termijn voorkomt ze",
    # With VAT on the costs (policy.costs_vat): the amount announced holds it.
    "awaits_bank_notice_vat": "de termijn van de sommatie liep tot en met {date}, maar betalingen zijn verwerkt tot "
    "en met {seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan geen overdracht en geen kosten "
    "({amount} inclusief btw aangekondigd): een betaling in de termijn voorkomt ze",
    # The page asks the costs already, with the rest (claims.demand.term_costs_on_top): whoever pays now is late.
    "awaits_bank_notice_page": "de termijn van de sommatie liep tot en met {date}, maar betalingen zijn verwerkt tot "
    "en met {seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan geen overdracht. De pagina vraagt de "
    "kosten ({amount} aangekondigd) al mee: wie nu betaalt, betaalde niet in de termijn. Een betaling in de termijn "
    "voorkomt ze.",
    "awaits_bank_notice_vat_page": "de termijn van de sommatie liep tot en met {date}, maar betalingen zijn verwerkt "
    "tot en met {seen}: lees eerst de afschriften van daarna in bank/ in. Tot dan geen overdracht. De pagina vraagt "
    "de kosten ({amount} inclusief btw aangekondigd) al mee: wie nu betaalt, betaalde niet in de termijn. Een "
    "betaling in de termijn voorkomt ze.",
    "payment_returned": "{amount} van {date} is op {returned} door de bank teruggeboekt{reason} en telt niet: de "
    "debiteur denkt misschien dat er betaald is. Neem contact op vóór de volgende brief",
    "passed_on_over": "passed_on na de overdracht van {date}: {amount} doorgegeven, maar er kwam {paid} "
    "binnen (met bank_ref). Een tikfout? Dan staat een volgende betaling niet als door te geven in het "
    "werk van vandaag: verbeter het bedrag in het dossierbestand",
    "refund_returned": "de terugbetaling van {amount} op {date} kwam op {returned} terug{reason}: de debiteur heeft "
    "het geld niet. Vraag om een rekening die werkt en betaal opnieuw",
    "dispute_too_long": "geschil open sinds {date} ({days} dagen; maximaal {limit})",
    "disputed_invoices": "betwist sinds {date}: {invoices}. Andere facturen staan niet meer open: het dossier wacht "
    "op het antwoord (dispute_resolved)",
    "disputed_invoices_apart": "betwist sinds {date}: {invoices}. Die staan stil en tellen niet mee in het bedrag, "
    "de brieven en de incassokosten tot het antwoord (dispute_resolved met invoices); de andere facturen lopen door",
    "disputed_invoices_credited": "betwist sinds {date}: {invoices}. Met creditnota's helemaal gecrediteerd: leg "
    "het antwoord vast (dispute_resolved met invoices)",
    # ... and payments named them: nothing is kept for them, the money paid the other invoices (claims.kept).
    "disputed_invoices_credited_paid": "betwist sinds {date}: {invoices}. Met creditnota's helemaal gecrediteerd: "
    "leg het antwoord vast (dispute_resolved met invoices). {paid} van betalingen die ze noemden ging daarom naar "
    "de andere facturen",
    "no_contact": "laatste contact {date} ({days} dagen; maximaal {limit})",
    "no_contact_never": "nog nooit contact, {days} dagen te laat (maximaal {limit})",
    "no_contact_since_pause": "laatste contact {date}; sinds een toezegging, regeling of geschil de stappen niet "
    "meer tegenhoudt ({since}): {days} dagen (maximaal {limit})",
    "no_contact_since_settlement": "laatste contact {date}; sinds een minnelijk akkoord de stappen niet meer "
    "tegenhoudt ({since}): {days} dagen (maximaal {limit})",
    "no_contact_before_due": "geen contact sinds de vervaldatum, {days} dagen te laat; laatste contact {date} "
    "(maximaal {limit})",
    "missing_email_phone": "geen e-mailadres en geen telefoonnummer",
    "missing_everything": "geen adres, e-mailadres of telefoonnummer: geen brief kan weg; zet ten minste een adres "
    "onder contact: in het dossierbestand",
    "missing_letters": "geen adres en geen e-mailadres: geen brief kan weg; zet een adres of e-mailadres onder "
    "contact: in het dossierbestand",
    "missing_email": "geen e-mailadres",
    "missing_phone": "geen telefoonnummer",
    "credit": "{amount} te veel betaald: terugbetalen of verrekenen",
    "credit_doubt": "{amount} te veel betaald? Een betaling in het dossierbestand lijkt ook een bankboeking "
    "(Bank: na te kijken): eerst nakijken, dan pas terugbetalen",
    # A rest below the chase minimum that nothing chases (overview.small_rest): staff decide, once.
    "small_rest": "nog {amount} open, minder dan het minimum om na te lopen ({minimum}, chase_minimum); de laatste "
    "betaling kwam op {date}. Er gaan geen herinneringen meer uit. Beslis: laten staan (de debiteur kan nog "
    "betalen; een postpone tot een datum stilt dit signaal tot dan) of afschrijven (written_off, om te plakken op "
    "de dossierpagina)",
    "small_rest_unpaid": "nog {amount} open, minder dan het minimum om na te lopen ({minimum}, chase_minimum). Er "
    "gaan geen herinneringen uit. Beslis: laten staan (de debiteur kan nog betalen; een postpone tot een datum "
    "stilt dit signaal tot dan) of afschrijven (written_off, om te plakken op de dossierpagina)",
    # A credit below overview.SMALL_CREDIT ({minimum}): no task, the debtor's money all the same.
    "small_credit": "{amount} te veel betaald, minder dan {minimum}: geen taak. Het is geld van de debiteur (hun "
    "pagina zegt dat het terugkomt): terugbetalen zonder haast, of verrekenen met een nieuwe factuur",
    # {notes}: the notes' titles (NOTE_TITLE); {step}: the next step they are about (ACTION, in lower case).
    "note_before_step": "{notes}: lees eerst Let op in het dossier, vóór de volgende stap ({step})",
    "dossier_note": "{notes}: zie Let op in het dossier",
    # A part payment since the last letter ({letter}, EVENT in lower case, of {since}) before the next, due
    # (overview.part_payment); {step}: that step (ACTION, in lower case). _more: {count} payments, {amount} in all.
    # _unwritten: no letter went yet.
    "part_payment": "{amount} betaald op {date}, sinds de {letter} van {since}: eerst bellen of een vriendelijk "
    "bericht sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    "part_payment_more": "{count} betalingen, samen {amount}, de laatste op {date}, sinds de {letter} van {since}: "
    "eerst bellen of een vriendelijk bericht sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    "part_payment_unwritten": "{amount} betaald op {date}, nog vóór een brief: eerst bellen of een vriendelijk "
    "bericht sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    "part_payment_more_unwritten": "{count} betalingen, samen {amount}, de laatste op {date}, nog vóór een brief: "
    "eerst bellen of een vriendelijk bericht sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    # _write: the debtor has no phone number, so no call is offered.
    "part_payment_write": "{amount} betaald op {date}, sinds de {letter} van {since}: eerst een vriendelijk bericht "
    "sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    "part_payment_more_write": "{count} betalingen, samen {amount}, de laatste op {date}, sinds de {letter} van "
    "{since}: eerst een vriendelijk bericht sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    "part_payment_unwritten_write": "{amount} betaald op {date}, nog vóór een brief: eerst een vriendelijk bericht "
    "sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
    "part_payment_more_unwritten_write": "{count} betalingen, samen {amount}, de laatste op {date}, nog vóór een "
    "brief: eerst een vriendelijk bericht sturen? De brief van de volgende stap ({step}) staat klaar; u beslist",
}
# A signal about the step of the day said on its row in today's work, in place of FLAG's name (by FLAG_DETAIL's
# key; {short}: the day, short). Only for the signals that have one: others show their name.
FLAG_BRIEF = {
    "part_payment": "Deelbetaling {amount} op {short} sinds de {letter}: eerst bellen?",
    "part_payment_more": "{count} deelbetalingen, samen {amount}, sinds de {letter}: eerst bellen?",
    "part_payment_unwritten": "Deelbetaling {amount} op {short}, vóór een brief: eerst bellen?",
    "part_payment_more_unwritten": "{count} deelbetalingen, samen {amount}, vóór een brief: eerst bellen?",
    "part_payment_write": "Deelbetaling {amount} op {short} sinds de {letter}: een vriendelijk bericht sturen?",
    "part_payment_more_write": "{count} deelbetalingen, samen {amount}, sinds de {letter}: een vriendelijk bericht "
    "sturen?",
    "part_payment_unwritten_write": "Deelbetaling {amount} op {short}, vóór een brief: een vriendelijk bericht sturen?",
    "part_payment_more_unwritten_write": "{count} deelbetalingen, samen {amount}, vóór een brief: een vriendelijk "
    "bericht sturen?",
}

# A dossier's notes (incasso.claims.dossier_notes): valid, but maybe not what was meant. The build's log says
# them in English; the dossier page lists them under Let op (title, then what it means and what to do), and
# the overview flags the dossier. Dates and amounts come formatted, {type} is the event as the Logboek names it.
NOTE_TITLE = {
    "costs_unstated": "Sommatie zonder kosten na een betaalde vordering",
    "costs_unknown": "Sommatie zonder kosten (costs:) bij een particulier",
    "costs_above_staffel": "Kosten in de sommatie boven de staffel",
    "costs_below_staffel": "Kosten in de sommatie onder de staffel",
    "costs_with_vat": "Kosten in de sommatie met btw",
    "notice_asked_paid": "Sommatie vroeg om geld dat al betaald was",
    "handover_without_notice": "Overgedragen zonder sommatie",
    "handover_unasked_invoice": "Factuur overgedragen zonder eigen sommatie",
    "disputed_credited": "Betwiste factuur helemaal gecrediteerd",
    "notice_by_email_only": "Sommatie kan alleen per e-mail",
    "notice_by_email_unagreed": "Sommatie per e-mail zonder instemming",
    "notice_before_consent": "Sommatie per e-mail vóór de instemming",
    "costs_over_interest": "Incassokosten over alleen rente: overweeg ze kwijt te schelden",
    "notice_abroad": "Sommatie per post naar het buitenland",
    "notice_abroad_email": "Sommatie per e-mail naar een particulier in het buitenland",
    "consumer_abroad": "Particulier in het buitenland: incassokosten",
    "promise_too_large": "Toezegging hoger dan het hele bedrag",
    "invoice_later": "Factuur met een datum na vandaag",
    "payment_ahead": "Betaling met een datum ver na vandaag",
    "credit_note_ahead": "Creditnota met een datum ver na vandaag",
    "event_ahead": "Stap met een datum ver na vandaag",
    "costs_from_due": "Kosten in de sommatie van een bedrijf",
    "payment_before_invoice": "Betaling van vóór de factuur",
    "payment_before_first_invoice": "Betaling van ruim vóór de eerste factuur",
    "letter_before_first_invoice": "Stap van vóór de eerste factuur",
    "letter_before_due": "Stap van vóór de eerste vervaldatum",
    "written_long_before": "Sommatie lang na haar briefdatum verstuurd",
    "posted_on_day_off": "Sommatie gepost op een zondag of feestdag",
    "after_write_off": "Stap na het afschrijven",
    "second_dispute": "Tweede geschil terwijl het eerste openstaat",
    "promise_in_dispute": "Betaaltoezegging tijdens een open geschil",
    "plan_in_dispute": "Betalingsregeling tijdens een open geschil",
    "harder_in_dispute": "Zwaardere stap tijdens een open geschil",
    "same_day_notices": "Twee sommaties op één dag",
    "one_line_address": "Adres op één regel",
    "one_line_address_unsplit": "Adres op één regel",
    "plan_out_of_order": "Termijnen niet op datumvolgorde",
    "plan_too_large": "Regeling vraagt veel meer dan de facturen",
    "salutation_other_language": "Aanhef in een andere taal dan de brieven",
    "description_one_language": "Omschrijving in één taal voor een Engelse lezer",
    "return_address_left_out": "Retouradres past niet boven het adres",
}
# A final notice posted abroad: its days said of every debtor (NOTE_BUSINESS), and to a consumer what the law
# of their own country may allow (_CONSUMER_ABROAD_COSTS), said also when their notice is not posted abroad.
_ABROAD_DAYS = (
    "Het postadres is in het buitenland: een sommatie die daarheen per post gaat, telt haar termijn "
    "vanaf ontvangst na {days} bezorgdagen van PostNL (delivery_days_abroad in het beleid), later dan binnen "
    "Nederland. Een brief naar het buitenland kan nog langer onderweg zijn: de dag waarop hij echt aankwam is het "
    "beste. Vraag de debiteur wanneer de brief aankwam en zet die dag als received: bij de sommatie in het "
    "dossierbestand, of stuur de sommatie per e-mail als de debiteur daarmee heeft ingestemd (final_notice_by: "
    "email)."
)
_CONSUMER_ABROAD_COSTS = (
    "De incassokosten zijn die van de Nederlandse staffel. Het recht van het land van een "
    "particulier kan minder toestaan (België bijvoorbeeld begrenst ze lager): kijk wat het toestaat voordat een "
    "brief ze noemt (de aanmaning noemt al die van de sommatie), en vóór de overdracht."
)

NOTE = {
    "costs_unstated": "De sommatie van {date} volgt op een vordering die helemaal betaald is, maar er staan geen "
    "kosten (costs:) bij: ze brengt geen eigen incassokosten mee. Noemde de brief wel kosten, zet ze dan als "
    "costs: bij deze sommatie in het dossierbestand.",
    "costs_unknown": "Bij de sommatie van {date} staan geen kosten (costs:), maar de pagina rekent deze "
    "particulier er {costs} aan incassokosten op (de staffel). Die zijn alleen verschuldigd als de brief dit bedrag "
    "noemde, met de termijn van 14 dagen (art. 6:96 lid 6 BW). Kijk in de brief: noemde die kosten, zet ze dan als "
    "costs: bij deze sommatie in het dossierbestand; noemde die geen kosten, leg de brief dan vast als aanmaning "
    "(type: dunning).",
    "costs_above_staffel": "Bij de sommatie van {date} staat {costs} aan kosten, meer dan de staffel over haar "
    "facturen geeft ({most} hoogstens). Een particulier is alleen incassokosten verschuldigd na een brief die het "
    "bedrag noemt dat de wet toestaat (art. 6:96 lid 6 BW). Daarom brengt deze sommatie geen incassokosten: de "
    "pagina, de bedragen en de overdracht noemen ze niet. Is het bedrag verkeerd overgenomen, verbeter dan costs: bij "
    "deze sommatie. Anders sturen de stappen na haar termijn een nieuwe sommatie, die het juiste bedrag noemt en de "
    "kosten na haar eigen termijn brengt.",
    "costs_with_vat": "Bij de sommatie van {date} staat {costs} aan kosten: de {most} van de staffel met 21% btw. "
    "Alleen wie de btw niet kan verrekenen, mag die erbij rekenen, en moet dat zeggen. Geldt dat voor u, zet dan "
    "costs_vat: true in het beleid (policy) in creditor.yaml; anders vroeg de brief meer dan de wet toestaat. Tot "
    "dan wordt niet meer dan {most} gerekend.",
    "costs_below_staffel": "Bij de sommatie van {date} staat {costs} aan kosten, minder dan de {staffel} die de "
    "staffel geeft: de incassokosten zijn het bedrag uit de brief. Is het verkeerd overgenomen, verbeter dan "
    "costs: bij deze sommatie.",
    "notice_asked_paid": "Bij de sommatie van {date} staat {costs} aan kosten, meer dan de staffel geeft over wat er "
    "die dag openstond ({open} aan hoofdsom: {most}). Een betaling van vóór de sommatie is pas later in het dossier "
    "gekomen (een betaling zonder of met een verkeerd betalingskenmerk, bijvoorbeeld): de brief vroeg dus om geld "
    "dat al betaald was. Schrijf de debiteur dat de betaling "
    "binnen is en wat er nog openstaat. Er wordt niet meer dan {most} aan incassokosten gerekend; een particulier "
    "kan ook die betwisten, omdat de brief een verkeerd bedrag noemde (meld het bij de overdracht aan het "
    "incassobureau).",
    "handover_without_notice": "De overdracht van {date} volgt niet op een sommatie: de stappen sturen eerst een "
    "sommatie (zonder sommatie is een particulier geen incassokosten verschuldigd). Was de overdracht zo bedoeld, "
    "dan hoeft er niets te gebeuren.",
    "disputed_credited": "Factuur {invoice}, betwist sinds {date}, is met creditnota's helemaal gecrediteerd: leg het "
    "antwoord vast (dispute_resolved met invoices: [{invoice}]). Dan zegt de pagina niet meer dat wij het uitzoeken, "
    "en telt het geschil niet als te lang open.",
    "handover_unasked_invoice": "De overdracht van {date} neemt factuur {invoice} mee (vervallen op {due}), waar "
    "geen sommatie om vroeg: de stappen hadden die eerst een eigen herinnering, aanmaning en sommatie gestuurd (de "
    "brief van het incassobureau vraagt haar ook). Was dat zo bedoeld, dan hoeft er niets te gebeuren.",
    "notice_by_email_only": "Deze particulier heeft geen postadres, alleen een e-mailadres: de sommatie gaat (of ging) "
    "per e-mail. Zolang in het dossierbestand niet staat dat de debiteur heeft ingestemd met brieven per e-mail, "
    "brengt die e-mail geen incassokosten en noemt ze ook geen: ze vraagt om het postadres. De pagina, de bedragen "
    "en de overdracht noemen ze evenmin. Vraag het postadres en zet het onder contact: als address:, of vraag of de "
    "debiteur instemt met brieven per e-mail en zet dan final_notice_by: email en email_agreed: (de dag waarop hij "
    "instemde) onder contact:. De volgende sommatie (per post, of per e-mail na de instemming) noemt de kosten en "
    "brengt ze na haar eigen termijn.",
    "promise_too_large": "De betalingstoezegging van {date} is voor {amount}, meer dan het hele bedrag dat die dag "
    "openstond ({owed}). Ze telt als een toezegging van het hele bedrag; de pagina en de bevestiging zeggen dat ook. "
    "Staat er een bedrag verkeerd? Verbeter het dan in het dossierbestand.",
    "notice_by_email_unagreed": "De sommatie van {date} staat vastgelegd als verstuurd met channel: {channel}, maar "
    "in het dossierbestand staat niet dat deze particulier met e-mail heeft ingestemd (final_notice_by: email). Een "
    "particulier krijgt de sommatie per post, tenzij hij met e-mail instemde. Daarom rekenen wij geen incassokosten: "
    "de pagina, de bedragen en de overdracht noemen ze niet. Ging de brief die de build die dag schreef per post, "
    "zet dan bij deze sommatie channel: letter. Had de debiteur op die dag al ingestemd, zet dan final_notice_by: "
    "email onder contact:, met email_agreed: (de dag waarop hij instemde). Anders sturen de stappen na de termijn "
    "van deze sommatie een sommatie per post; die brengt de kosten na haar eigen termijn.",
    "notice_before_consent": "De sommatie van {date} staat vastgelegd als verstuurd met channel: {channel}, vóór "
    "{agreed}, de dag waarop de debiteur instemde met e-mail (email_agreed). Daarom brengt ze geen incassokosten, ook "
    "niet nu hij heeft ingestemd: de pagina, de bedragen en de overdracht noemen ze niet. Na de termijn van deze "
    "sommatie sturen de stappen een nieuwe sommatie per e-mail; die noemt de kosten en brengt ze na haar eigen "
    "termijn.",
    "costs_over_interest": "De incassokosten van {costs} zijn berekend over alleen rente: {interest}. In de termijn "
    "van de sommatie van {date} betaalde de debiteur {paid}, de hele hoofdsom die de sommatie vroeg, maar niet de "
    "rente erbij. Een betaling gaat eerst naar de rente (art. 6:44 BW), dus bleef {interest} open, en daarover "
    "gelden de kosten. Zo staat het in de wet, maar een rechter kan zulke kosten onredelijk vinden (art. 6:96 lid 5 "
    "BW). Overweeg ze kwijt te schelden. incasso kan de kosten niet apart kwijtschelden: doet u het, laat de "
    "debiteur dan weten wat er zonder de kosten openstaat, en zet, als dat betaald is, een stap type: written_off "
    "(note: incassokosten kwijtgescholden) in het dossierbestand.",
    "notice_abroad": f"{_ABROAD_DAYS} {_CONSUMER_ABROAD_COSTS}",
    "notice_abroad_email": "Het postadres van deze particulier is in het buitenland; de sommatie gaat per e-mail. "
    + _CONSUMER_ABROAD_COSTS,
    "consumer_abroad": "Het eigen postadres van deze particulier is in het buitenland (ook als de brieven p/a een "
    "bewindvoerder in Nederland gaan). " + _CONSUMER_ABROAD_COSTS,
    "invoice_later": "Factuur {number} is gedateerd op {date}, na de dag van deze build ({as_of}), maar telt al "
    "mee: de pagina toont haar. Klopt het jaar? Verbeter anders de datum in het dossierbestand.",
    "payment_ahead": "De betaling van {date} is gedateerd ruim na de dag van deze build ({as_of}): ze telt pas vanaf "
    "die dag mee, dus de pagina en de brieven vragen dat geld nog. Klopt het jaar? Verbeter anders de datum in het "
    "dossierbestand.",
    "credit_note_ahead": "Creditnota {number} van {date} op factuur {invoice} is gedateerd ruim na de dag van deze "
    "build ({as_of}): ze telt pas vanaf die dag mee, dus de pagina en de brieven vragen nog wat ze crediteert. Klopt "
    "het jaar? Verbeter anders de datum in het dossierbestand.",
    "event_ahead": "{type} op {date}, ruim na de dag van deze build ({as_of}): telt pas vanaf die dag mee (een "
    "geschil houdt tot dan niets tegen). Klopt het jaar? Verbeter anders de datum in het dossierbestand.",
    "costs_from_due": "Bij de sommatie van {date} staat {costs} aan kosten, maar met business_costs_from_due volgen "
    "de kosten van een bedrijf de vervaldatums van de facturen, niet de brief: de pagina rekent wat die geven, en "
    "dat kan meer zijn dan de brief noemde. Vergelijk het met de brief voordat u overdraagt.",
    "payment_before_invoice": "De betaling van {date} noemt factuur {invoice}, maar die is van later "
    "({invoice_date}). Klopt het jaar? Verbeter anders de datum in het dossierbestand.",
    "payment_before_first_invoice": "De betaling van {date} is van ruim vóór de eerste factuur ({first}). Klopt "
    "het jaar? Verbeter anders de datum in het dossierbestand.",
    "letter_before_first_invoice": "{type} op {date}, vóór de eerste factuur ({first}). Klopt het jaar? Verbeter "
    "anders de datum in het dossierbestand.",
    "letter_before_due": "{type} op {date}, op of vóór de eerste vervaldatum ({first_due}): die stap gaat over geen "
    "vervallen factuur en telt niet mee (de stappen beginnen bij de vervaldatum; een sommatie brengt dan geen "
    "incassokosten mee). Klopt de datum? Verbeter hem anders in het dossierbestand.",
    "written_long_before": "De sommatie van {date} is gedateerd op {written} (written:), meer dan een maand "
    "voordat ze verstuurd is: wat ze vroeg, en haar kosten, tellen zoals op die dag. Klopt die datum? Verbeter hem "
    "anders in het dossierbestand.",
    "posted_on_day_off": "De sommatie van {date} is per post verstuurd (channel: letter) op een zondag of feestdag: "
    "dan wordt er geen post opgehaald, dus tellen de ontvangst en de termijn vanaf de eerstvolgende dag met post. "
    "Ging de brief nog later op de post? Zet dan die dag als date: en {date} als written:. Anders: verbeter de datum "
    "in het dossierbestand.",
    "after_write_off": "{type} op {date}, na het afschrijven op {written_off}: de vordering blijft afgeschreven "
    "(geen pagina, geen brieven). Wordt ze toch weer nagelopen, haal dan de written_off uit het dossierbestand.",
    "second_dispute": "Een geschil op {date} terwijl dat van {disputed} nog openstaat (geen dispute_resolved "
    "ertussen): de termijn voor het antwoord telt nu vanaf het laatste. Was het eerste al beantwoord, zet dan een "
    "dispute_resolved ertussen.",
    "promise_in_dispute": "Een betaaltoezegging van {date} terwijl het geschil van {disputed} openstaat (geen "
    "dispute_resolved ertussen): de pagina toont het geschil, en de toezegging staat er niet op en wordt niet "
    "schriftelijk bevestigd tot het geschil beantwoord is; een datum die intussen verloopt, telt dan als gemist "
    "(spreek nieuwe data af). Lost de toezegging het geschil op, zet dan een dispute_resolved ervoor.",
    "plan_in_dispute": "Een betalingsregeling van {date} terwijl het geschil van {disputed} openstaat (geen "
    "dispute_resolved ertussen): de pagina toont het geschil, en de regeling staat er niet op en wordt niet "
    "schriftelijk bevestigd tot het geschil beantwoord is; een termijn die intussen verloopt, telt dan als gemist "
    "(spreek nieuwe data af). Lost de regeling het geschil op, zet dan een dispute_resolved ervoor.",
    "harder_in_dispute": "{type} op {date} terwijl het geschil van {disputed} openstaat (geen dispute_resolved "
    "ertussen): een geschil krijgt eerst een antwoord, vóór een zwaardere stap. De pagina toont het geschil, en er "
    "gaat geen brief uit (ook het bericht van overdracht niet) zolang het openstaat. Is het beantwoord, zet dan een "
    "dispute_resolved vóór deze stap in het dossierbestand.",
    "same_day_notices": "Een tweede sommatie op {date} (de eerste staat op regel {first_line}): termijn en kosten "
    "tellen vanaf de brief waarvan de termijn het laatst afloopt. Verstuur een sommatie op één manier, en haal de "
    "andere uit het dossierbestand als die niet is verstuurd.",
    "one_line_address": "Het adres staat op één regel ({address}), dus het venster van de envelop toont het op één "
    "regel. Schrijf het als lijst, één onderdeel per regel: [{lines}].",
    "one_line_address_unsplit": "Het adres staat op één regel ({address}), dus het venster van de envelop toont "
    "het op één regel. Schrijf het als lijst, één onderdeel per regel: [straat en huisnummer, postcode en plaats].",
    "plan_out_of_order": "De termijnen van de betalingsregeling van {date} staan niet op datumvolgorde, of twee "
    "vallen op één dag ({days}); de pagina en de bevestiging noemen ze zoals ze er staan. Staat er een datum "
    "verkeerd? Verbeter hem dan in het dossierbestand.",
    "plan_too_large": "De termijnen van de betalingsregeling van {date} tellen op tot {total}, meer dan {times} keer "
    "de facturen met hun kosten ({owed}); de pagina en de bevestiging noemen ze zoals ze er staan. Staat er een "
    "bedrag verkeerd? Verbeter het dan in het dossierbestand.",
    "salutation_other_language": "De aanhef (contact.salutation) is ‘{salutation}’, met een titel in een andere taal "
    "dan de debiteur leest (language: {language}): de brieven beginnen met ‘{greeting} {salutation}’. Schrijf hem "
    "zoals hij in die taal luidt, bijvoorbeeld ‘{suggestion}’.",
    "description_one_language": "Deze debiteur leest Engels (language: en), maar de omschrijving (description:) staat "
    "in één taal bij {numbers}: de Engelse pagina en brieven tonen haar zoals ze er staat. Schrijf haar per taal, "
    "onder description: als nl: en en:, tenzij ze in het Engels hetzelfde luidt.",
    "return_address_left_out": "De naam en het postadres ({lines} regels) laten in het "
    "venster van de envelop geen ruimte voor het retouradres erboven, in 8,5 pt of groter: de brieven per post "
    "gaan zonder retouradres. Dan kan de post een brief die niet aankomt niet terugsturen, en blijft een sommatie "
    "die nooit aankwam onbekend. Onder het retouradres passen {most} regels van hoogstens {width} mm breed. Maak "
    "{field} in het dossierbestand korter, met minder of kortere regels: ‘Nederland’ onder een Nederlandse "
    "postcode en plaats, een afdeling of een ‘t.a.v.’-regel, de straat naast een postbus of een c/o-regel kan "
    "weg.",
}

# A note's text once the dossier was handed over after the final notice it is about (the note's fact handed_over):
# the steps send no final notice after a handover, so the one that would bring the costs never comes from us.
_NO_NOTICE_AFTER_HANDOVER = (
    "Het dossier is op {handed_over} overgedragen, en na een overdracht sturen de stappen geen sommatie meer: de "
    "kosten kan alleen nog een eigen sommatie van het incassobureau brengen. Laat het incassobureau dat weten."
)
NOTE_HANDED_OVER = {
    "costs_above_staffel": "Bij de sommatie van {date} staat {costs} aan kosten, meer dan de staffel over haar "
    "facturen geeft ({most} hoogstens). Een particulier is alleen incassokosten verschuldigd na een brief die het "
    "bedrag noemt dat de wet toestaat (art. 6:96 lid 6 BW). Daarom brengt deze sommatie geen incassokosten: de "
    "pagina, de bedragen en de overdracht noemen ze niet. Is het bedrag verkeerd overgenomen, verbeter dan costs: bij "
    "deze sommatie. " + _NO_NOTICE_AFTER_HANDOVER,
    "notice_by_email_unagreed": "De sommatie van {date} staat vastgelegd als verstuurd met channel: {channel}, maar "
    "in het dossierbestand staat niet dat deze particulier met e-mail heeft ingestemd (final_notice_by: email). Een "
    "particulier krijgt de sommatie per post, tenzij hij met e-mail instemde. Daarom rekenen wij geen incassokosten: "
    "de pagina, de bedragen en de overdracht noemen ze niet. Ging de brief die de build die dag schreef per post, "
    "zet dan bij deze sommatie channel: letter. Had de debiteur op die dag al ingestemd, zet dan final_notice_by: "
    "email onder contact:, met email_agreed: (de dag waarop hij instemde). " + _NO_NOTICE_AFTER_HANDOVER,
    "notice_before_consent": "De sommatie van {date} staat vastgelegd als verstuurd met channel: {channel}, vóór "
    "{agreed}, de dag waarop de debiteur instemde met e-mail (email_agreed). Daarom brengt ze geen incassokosten, ook "
    "niet nu hij heeft ingestemd: de pagina, de bedragen en de overdracht noemen ze niet. " + _NO_NOTICE_AFTER_HANDOVER,
}

# A note's text for a business debtor where it differs from NOTE's (the note's fact debtor_type; in_business_words):
# a rule of the law that protects only a consumer.
NOTE_BUSINESS = {
    "notice_abroad": _ABROAD_DAYS,
    "costs_above_staffel": "Bij de sommatie van {date} staat {costs} aan kosten, meer dan de staffel over haar "
    "facturen geeft ({most} hoogstens). Er wordt nooit meer dan dat gerekend. Kijk in de brief: stond dit "
    "bedrag erin, dan vroeg die meer dan wij rekenen. Een bedrijf is redelijke incassokosten verschuldigd (art. 6:96 "
    "BW, met de staffel als maatstaf); de bescherming van de staffel (art. 6:96 lid 6 BW) geldt alleen voor een "
    "particulier. Is het bedrag verkeerd overgenomen, verbeter dan costs: bij deze sommatie.",
    "notice_asked_paid": "Bij de sommatie van {date} staat {costs} aan kosten, meer dan de staffel geeft over wat "
    "er die dag openstond ({open} aan hoofdsom: {most}). Een betaling van vóór de sommatie is pas later in het "
    "dossier gekomen (een betaling zonder of met een verkeerd betalingskenmerk, bijvoorbeeld): de brief vroeg dus om "
    "geld dat al betaald was. Schrijf de debiteur dat de betaling binnen is en wat er nog openstaat. Er wordt niet "
    "meer dan {most} aan incassokosten gerekend. Een bedrijf is die wel verschuldigd, ook al noemde de brief een "
    "verkeerd bedrag: de regel dat de brief het juiste bedrag moet noemen (art. 6:96 lid 6 BW) geldt alleen voor "
    "een particulier. Een bedrijf is redelijke incassokosten verschuldigd (art. 6:96 BW, met de staffel als "
    "maatstaf); het beleid rekent ze na de termijn van de sommatie (business_costs_from_due staat uit).",
}

# The notes whose amounts hold the VAT on the costs (the note's fact vat: policy.costs_vat), where NOTE (or
# NOTE_BUSINESS) names the staffel alone: its phrase for that, and the phrase said with the VAT instead.
NOTE_VAT = {
    "costs_unknown": ("(de staffel)", "(de staffel plus {vat} btw)"),
    "costs_above_staffel": (
        "meer dan de staffel over haar facturen geeft ({most} hoogstens).",
        "meer dan de staffel met btw over haar facturen geeft ({most} hoogstens, waarvan {vat} btw).",
    ),
    "costs_below_staffel": ("die de staffel geeft", "die de staffel met btw geeft"),
    "notice_asked_paid": (
        "meer dan de staffel geeft over wat er die dag openstond ({open} aan hoofdsom: {most})",
        "meer dan de staffel met btw geeft over wat er die dag openstond ({open} aan hoofdsom: {most}, waarvan {vat} "
        "btw)",
    ),
    "plan_too_large": (
        "de facturen met hun kosten ({owed})",
        "de facturen met hun incassokosten inclusief btw ({owed})",
    ),
}

# What an agreement does to the escalation (after its fact in WHY); an open dispute pauses it whatever
# the agreement does (claims.assess: the dispute's status comes first).
ESCALATION_UNDER = {
    "promise_pending": "De escalatie wacht tot dan.",
    "promise_broken": "De escalatie loopt weer.",
    "plan_on_schedule": "De escalatie staat stil zolang de termijnen binnenkomen.",
    "plan_on_schedule_single": "De escalatie staat stil zolang die termijn op tijd binnenkomt.",
    "plan_in_arrears": "De escalatie loopt weer.",
    "plan_in_arrears_reminded_first": "De escalatie loopt weer na een herinnering voor de gemiste termijn.",
    "plan_asked_later": "De escalatie staat stil tot dan.",
    "plan_asked_later_more": "De escalatie staat stil tot dan.",
    # After a kept promise or a completed plan of part of the balance (claims.escalation): not friendly first again.
    "kept_part": "Wat openstaat gaat verder vanaf de bereikte stap, niet opnieuw vanaf een herinnering.",
    # ... when the step reached was due by then: one letter for the rest comes first (claims.escalation).
    "kept_part_letter": "Wat openstaat vragen wij eerst met één brief (een herinnering met een eigen termijn); blijft "
    "die onbetaald, dan verder vanaf de bereikte stap, niet opnieuw vanaf een herinnering.",
    # ... when the file is with the agency, or in court: no step of ours follows (the debtor's page says so too).
    "kept_part_handover": "Wat openstaat vraagt het incassobureau, bij wie het dossier ligt; wij sturen er geen brief "
    "meer voor.",
    "kept_part_legal": "Wat openstaat loopt via de deurwaarder of de rechter, bij wie het dossier ligt; wij sturen er "
    "geen brief meer voor.",
    "dispute": "Het geschil gaat voor: zolang dat open is, volgt hier geen stap uit.",
}

# Why a claim is at its stage (one sentence per fact).
WHY = {
    "open": "Nog niet vervallen: de eerste factuur vervalt op {date}.",
    # "hierover": letters about an earlier claim, paid since, may have been sent (claims.assess.stage_of).
    "overdue": "De betaaltermijn verliep op {date} ({days} dagen geleden); er is hierover nog niets verstuurd.",
    "overdue_one": "De betaaltermijn verliep op {date} (gisteren); er is hierover nog niets verstuurd.",
    "sent": "{step} verstuurd op {date}{by}: de zwaarste stap tot nu toe.",
    # ... of a closed claim (paid, settled, written off): no step comes after it.
    "sent_closed": "{step} verstuurd op {date}{by}: de zwaarste stap voor het dossier werd afgerond.",
    "handover": "Overgedragen aan {agency} op {date}{by}.",
    "legal": "Gerechtelijke stappen gestart op {date}{by}.",
    "by": " door {name}",
    "asked": "; gevraagd door {asker}",  # a postpone's asked_by (staff.explain.pause_asker)
    "agency_unknown": "het incassobureau",
    "dispute": "Geschil gemeld op {date}: {reason} De escalatie staat stil tot het geschil is beantwoord.",
    "dispute_no_reason": "Geschil gemeld op {date}. De escalatie staat stil tot het geschil is beantwoord.",
    "promise_pending": "Betaaltoezegging van {made}: {amount} uiterlijk {date}.",
    "settlement": "Minnelijk akkoord van {made}{asked}: {amount} van {owed} als finale kwijting, te betalen "
    "{terms}; {paid} betaald sindsdien, nog {left}. Rente en kosten staan stil sinds {made}; geen volgende stap "
    "zolang het loopt.",
    "settlement_asked": " (op verzoek van {asker})",
    "settlement_by": "uiterlijk {date}",
    "settlement_instalments": "in {count} termijnen, de laatste op {date}",
    "settled": "Geschikt op {date}: het afgesproken bedrag van {amount} (minnelijk akkoord van {made}) is betaald. "
    "{remitted} is kwijtgescholden, niet betaald.",
    "settlement_lapsed": "Minnelijk akkoord van {made} ({amount}) vervallen op {date}: niet op tijd betaald. De "
    "hele vordering geldt weer, met rente en kosten alsof er geen akkoord was.",
    "settlement_ended": "Minnelijk akkoord van {made} ({amount}) in overleg beëindigd op {date}. De hele vordering "
    "geldt weer, met rente en kosten alsof er geen akkoord was.",
    "settlement_ended_unseen": "Afschriften gelezen tot en met {seen}: komt er uiterlijk {date} nog {left} binnen, "
    "dan is het akkoord toch betaald en weigert de volgende build de settlement_ended (haal die dan weg).",
    # ... replaced by a promise or a plan since ({agreement}): paid that day, that asks nothing more.
    "settlement_ended_unseen_replaced": "Afschriften gelezen tot en met {seen}: komt er uiterlijk {date} nog {left} "
    "binnen, dan is het akkoord toch betaald en weigert de volgende build de settlement_ended (haal die dan weg). De "
    "{agreement} van daarna vraagt dan niets meer; de pagina en de bevestiging zeggen de debiteur dat al.",
    "promise_broken": "Toezegging van {made} niet nagekomen: {amount} voor {date} toegezegd, {paid} ontvangen.",
    "plan_on_schedule": "Betalingsregeling van {made}: {paid} van {count} termijnen betaald.",
    "plan_on_schedule_single": "Betalingsregeling van {made}: de ene termijn nog niet betaald.",
    "plan_in_arrears": "Betalingsregeling van {made} loopt achter: {amount} achterstallig.",
    # Its instalments' days came before the plan's confirmation could be read (claims.claim.AskedLater): the letter
    # asks them by a later day, and the plan is not behind before it.
    "plan_asked_later": "Betalingsregeling van {made}: de bevestiging bereikt de debiteur te laat voor de termijn van "
    "{date} ({amount}), en vraagt die uiterlijk {asked}. Tot dan is de regeling niet achter.",
    "plan_asked_later_more": "Betalingsregeling van {made}: de bevestiging bereikt de debiteur te laat voor {count} "
    "termijnen (samen {amount}, de eerste van {date}), en vraagt ze uiterlijk {asked}. Tot dan is de regeling niet "
    "achter.",
    "promise_kept_part": "Toezegging van {made} nagekomen: {amount} uiterlijk {date} betaald, een deel van het bedrag.",
    "plan_completed_part": "Betalingsregeling van {made} nagekomen: alle {count} termijnen betaald, samen {total}, "
    "een deel van het bedrag.",
    # ... of a plan of one instalment: "de ene termijn", not "alle 1 termijnen".
    "plan_completed_part_single": "Betalingsregeling van {made} nagekomen: de ene termijn betaald, {total}, een deel "
    "van het bedrag.",
    "paid": "Volledig betaald op {date}.",
    "paid_unknown": "Volledig betaald.",
    "credited": "Niets meer open: de creditnota's heffen de facturen op, er is niets betaald.",
    "credit": "Er is {amount} te veel betaald: terugbetalen of verrekenen.",
    "refunded": "Tegoed terugbetaald: {amount}, laatst op {date}.",
    "refund_returned": "De terugbetaling van {amount} op {date} is op {returned} teruggekomen van de bank{reason}: "
    "de debiteur heeft dat geld niet.",
    "written_off": "Afgeschreven op {date}.",
}

# What comes next, and why then.
NEXT = {
    "reminder": "{action} {when}: de betaaltermijn van de oudste open factuur {term} op {date}.",
    "reminder_newer": "{action} {when}: de betaaltermijn van de nieuwere factuur {term} op {date}.",
    "newer": "Factuur {number} stond niet in de sommatie van {date}: die krijgt na de termijn daarvan eerst een "
    "eigen herinnering, aanmaning en sommatie. Overdragen pas als de termijn van een sommatie waarin ze staat "
    "voorbij is.",
    "dunning": "{action} {when}: de herinnering ging uit op {date}; het beleid is een aanmaning {days} dagen daarna.",
    "call": "{action} {when}: de aanmaning ging uit op {date}; het beleid is {days} dagen daarna bellen, "
    "vóór de sommatie.",
    "final_notice": "{action} {when}: de aanmaning ging uit op {date}; het beleid is een sommatie {days} dagen daarna.",
    # ... after a wait that held the call back, nobody called since (claims.escalation.uncalled_final_notice).
    "final_notice_after_held_call": "{action} {when}: de aanmaning ging uit op {date}, en het uitstel tot {until} "
    "hield het bellen tegen. Na het uitstel is niet gebeld: het beleid is dan een sommatie {days} dagen daarna.",
    "handover": "{action} {when}: de termijn van de sommatie van {date} {term} af op {end}.",
    # The one letter for what a kept promise or a completed plan of part left (claims.escalation.asks_the_rest).
    "reminder_rest_of_promise": "{action} {when}: de brief voor wat de nagekomen toezegging van een deel overliet "
    "({amount}). Blijft die {days} dagen onbetaald, dan gaat het verder na de bereikte fase ({stage}).",
    "reminder_rest_of_plan": "{action} {when}: de brief voor wat de nagekomen betalingsregeling van een deel "
    "overliet ({amount}). Blijft die {days} dagen onbetaald, dan gaat het verder na de bereikte fase ({stage}).",
    "remind_installment": "{action} sturen {when}: de termijn van {date} ({amount}) is niet (helemaal) betaald. "
    "Eerst een vriendelijke herinnering voor die termijn; de gewone stappen volgen pas daarna.",
    # ... after one staff recorded on the day the bank took back the instalment's payment (explain._crossed).
    "remind_installment_crossed": "De herinnering van {date} kruiste de betaling van die termijn, die de bank "
    "diezelfde dag terugboekte. Deze herinnering zegt dat de betaling is teruggeboekt; daarom gaat zij apart, vanaf "
    "de dag erna.",
    # ... the same, recorded on a day before the return's (the payment booked two or more days late).
    "remind_installment_crossed_later": "De herinnering van {date} kruiste de betaling van die termijn, die de bank "
    "op {returned} terugboekte. Deze herinnering zegt dat de betaling is teruggeboekt; daarom gaat zij apart, vanaf "
    "de dag na die terugboeking.",
    "remind_installment_several": "{action} sturen {when}: {count} termijnen zijn niet (helemaal) betaald, de "
    "eerste van {date}, samen {amount}. Eerst een vriendelijke herinnering voor die termijnen; de gewone stappen "
    "volgen pas daarna.",
    # ... on a day still to come ({when}: WHEN_ON): the debtor may yet pay before it, so said as a condition.
    "remind_installment_later": "{action} sturen {when} als de termijn van {date} ({amount}) dan nog niet "
    "(helemaal) betaald is: eerst een vriendelijke herinnering voor die termijn; de gewone stappen volgen pas daarna.",
    "remind_installment_several_later": "{action} sturen {when} als de {count} termijnen vanaf {date} (samen "
    "{amount}) dan nog niet (helemaal) betaald zijn: eerst een vriendelijke herinnering voor die termijnen; de gewone "
    "stappen volgen pas daarna.",
    # A check is named as the task list names it (ACTION: "Controle: termijn betaald?"), then from when, capitalised
    # after the question (explain._policy_step), and what it checks: one wording in both places.
    "check_promise": "{action} {when}: de betaling was uiterlijk {date} toegezegd.",
    "check_installment": "{action} {when}: de termijn van {amount} vervalt op {date}.",
    # A running settlement (minnelijk akkoord): its pay_by, its next instalment, or a missed one in its grace.
    "check_settlement": "{action} {when}: het afgesproken bedrag van {amount} (minnelijk akkoord) moest uiterlijk "
    "{date} betaald zijn. Niet (helemaal) betaald: dan vervalt het akkoord zodra de afschriften die dag tonen, het "
    "hele bedrag komt terug met rente en kosten en de stappen gaan verder.",
    "check_settlement_installment": "{action} {when}: de termijn van {amount} van het minnelijk akkoord vervalt op "
    "{date}. Niet betaald: een herinnering voor die termijn volgt, en {grace} dagen na die dag vervalt het akkoord.",
    "check_settlement_missed": "{action} {when}: de gemiste termijn van {date} ({amount} open) van het minnelijk "
    "akkoord; {last} is de laatste dag om het akkoord te houden.{reminder} Niet betaald: dan vervalt het akkoord, het "
    "hele bedrag komt terug met rente en kosten en de stappen gaan verder.",
    "check_settlement_missed_reminder": " De herinnering voor die termijn is de brief van {date}.",
    # ... its agreed sum by one day paid in time and taken back by the bank after it: missed from the return.
    "check_settlement_sum": "{action} {when}: het afgesproken bedrag van {amount} (minnelijk akkoord) moest uiterlijk "
    "{date} betaald zijn, en de bank heeft de betaling daarna teruggeboekt; {last} is de laatste dag om het akkoord te "
    "houden.{reminder} Niet betaald: dan vervalt het akkoord, het hele bedrag komt terug met rente en kosten en de "
    "stappen gaan verder.",
    "check_settlement_sum_reminder": " De herinnering voor dat bedrag is de brief van {date}.",
    # The same checks while the bank statements read end before their day (staff.overview.check_unseen): {when}
    # names that day ("Zodra de afschriften tot en met ... zijn ingelezen"), said once, not again after it.
    "check_promise_unseen": "{action} {when}: de betaling was uiterlijk die dag toegezegd.",
    "check_installment_unseen": "{action} {when}: de termijn van {amount} verviel die dag.",
    "check_settlement_unseen": "{action} {when}: het afgesproken bedrag van {amount} (minnelijk akkoord) moest "
    "uiterlijk die dag betaald zijn. Niet (helemaal) betaald: dan vervalt het akkoord, het hele bedrag komt terug met "
    "rente en kosten en de stappen gaan verder.",
    "check_settlement_installment_unseen": "{action} {when}: de termijn van {amount} van het minnelijk akkoord "
    "verviel die dag. Niet betaald: een herinnering voor die termijn volgt, en {grace} dagen na de dag van de termijn "
    "vervalt het akkoord.",
    "check_settlement_sum_unseen": "{action} {when}: dat is de laatste dag om het akkoord te houden, voor het "
    "afgesproken bedrag van {amount} van {date}, waarvan de bank de betaling heeft teruggeboekt.{reminder} Niet "
    "betaald: dan vervalt het akkoord, het hele bedrag komt terug met rente en kosten en de stappen gaan verder.",
    "check_settlement_missed_unseen": "{action} {when}: dat is de laatste dag om het akkoord te houden, voor de "
    "gemiste termijn van {date} ({amount} open).{reminder} Niet betaald: dan vervalt het akkoord, het hele bedrag komt "
    "terug met rente en kosten en de stappen gaan verder.",
    # Named as the task is everywhere (ACTION["review_dispute"]), not in other words.
    "review_dispute": "{action} {when}: een geschil mag niet langer dan {days} dagen openstaan.",
    # A dispute of some invoices (the rest is chased meanwhile), open longer than dispute_max_days.
    "review_invoice_dispute": "{action} {when}: factuur {invoices}, betwist sinds {date}. Een geschil mag niet "
    "langer dan {days} dagen openstaan. De rest van het dossier loopt intussen door.",
    "review_invoice_dispute_many": "{action} {when}: de facturen {invoices}, betwist sinds {date}. Een geschil mag "
    "niet langer dan {days} dagen openstaan. De rest van het dossier loopt intussen door.",
    "handover_none": "Het incassobureau heeft de volgende stap; volg hun rapportage.",
    # Money that reached us after the handover (staff.overview.PassOn): the handover letter promised the debtor
    # we let the agency know, and the agency chases it until it does.
    "pass_on": "{action} aan {agency}, {when}: {amount} kwam na de overdracht van {handed} bij ons binnen "
    "({payments}). Geef het door aan {agency}{contact}{reference}, zoals de overdrachtsbrief de debiteur "
    "belooft: anders vraagt het bureau dat geld nog.",
    # ... money that came in while an earlier agency had the file, not recorded as passed on when the file went to
    # another: still owed to that earlier agency (or to be accounted for with it).
    "pass_on_earlier": "{action} aan {agency}, {when}: {amount} kwam bij ons binnen terwijl {agency} het dossier "
    "had (overdracht van {handed}; {payments}), en staat niet als doorgegeven vastgelegd. Het dossier ligt nu bij "
    "{now} (overdracht van {taken}), maar dit geld hoort bij {agency}: geef het nog door{contact}{reference}, of "
    "spreek met hen af hoe het verrekend wordt. Zonder handover: {handed_iso} telt een passed_on voor {now}: "
    "leg het dus vast met die regel erbij.",
    "legal_none": "De deurwaarder of de rechter heeft de volgende stap; volg de procedure.",
    "refund_credit": "{action} {when}: er is {amount} te veel betaald. Dat is geld van de debiteur: terugbetalen, "
    "of verrekenen met een nieuwe factuur.",
    # A refund that bounced still counts as refunded until staff take it out of the file (ledger-format.md,
    # "Refunding a credit"): then the credit is open again, and refunding it is the usual work.
    "refund_returned": "{action} {when}: de terugbetaling van {amount} op {date} kwam op {returned} terug van de "
    "bank{reason}, dus de debiteur heeft het geld niet. Vraag de debiteur om een rekening die werkt (hun pagina "
    "vraagt er ook om) en betaal het bedrag daarheen.",
    "refund_returned_open": "{action} {when}: de terugbetaling van {amount} op {date} kwam op {returned} terug van "
    "de bank{reason}, dus de debiteur heeft het geld niet. Er staat nog een factuur open: verreken het bedrag "
    "daarmee (haal de refund weg, dan telt het als betaling), of vraag om een rekening die werkt en betaal het "
    "daarheen.",
    "paid_none": "Niets meer te doen.",
    "written_off_none": "Niets meer te doen: de vordering is afgeschreven.",
    "other_none": "Geen stap gepland.",
    # A credit below overview.SMALL_CREDIT: no task (the overview's signal Klein tegoed says it too).
    "small_credit": "Geen taak: er is {amount} te veel betaald, minder dan {minimum}. Het is geld van de debiteur: "
    "terugbetalen zonder haast (leg het vast als refund), of verrekenen met een nieuwe factuur.",
    "small_rest": "Geen stap gepland: er staat nog {amount} open, minder dan het minimum om na te lopen "
    "({minimum}, chase_minimum). De debiteur krijgt er geen herinnering voor. Laten staan, of afschrijven met "
    "een written_off in het dossier.",
    "after_payment": "Later dan het beleid: er kwam op {date} een betaling binnen, en wat daarna openstaat wordt "
    "pas vanaf de dag erna herinnerd.",
    "awaits_call_off": "Wacht op de bankafschriften: het akkoord is op {date} beëindigd, maar de bankafschriften "
    "van die dag zijn nog niet ingelezen. Lees ze in: tot dan gaat er geen brief uit.",
    "awaits_statements": "Wacht op de bankafschriften: de termijn van de sommatie liep tot en met {date}, maar de "
    "bankafschriften van die dagen zijn nog niet ingelezen. Lees ze in: pas dan is te zien of er in de termijn is "
    "betaald.",
    # An instalment due no later than the day the plan's confirmation is assumed to arrive, asked by a day of its own
    # from then (claims.demand.late_instalment_day): a confirmation that comes late does not make the debtor late.
    "plan_letter": "Later dan het beleid: de bevestiging van de regeling wordt aangenomen binnen te zijn op {arrives}, "
    "niet vóór de dag van de termijn. Daarom vraagt zij de termijn uiterlijk {date}, {days} dagen na die dag (zoals "
    "een herinnering: dunning_after_days). De herinnering gaat pas daarna uit: een bevestiging die laat komt, maakt de "
    "debiteur niet te laat.",
    # ... by the next instalment's day, when that comes sooner: both by that day.
    "plan_letter_next": "Later dan het beleid: de bevestiging van de regeling wordt aangenomen binnen te zijn op "
    "{arrives}, niet vóór de dag van de termijn. Daarom vraagt zij de termijn uiterlijk {date}, samen met de volgende "
    "termijn van die dag. De herinnering gaat pas daarna uit: een bevestiging die laat komt, maakt de debiteur niet te "
    "laat.",
    # An instalment the plan's confirmation, arriving on or after its day, asks by a final notice's last day
    # (claims.demand.instalment_day_read).
    "plan_letter_term": "Later dan het beleid: de bevestiging van de regeling wordt aangenomen binnen te zijn op "
    "{arrives}, niet vóór de dag van de termijn. Daarom vraagt zij de termijn uiterlijk {date}, de dag vóór de "
    "aangekondigde incassokosten verschuldigd zijn. De herinnering gaat pas daarna uit.",
    # A final notice after one e-mailed without consent (claims.escalation.notice_that_binds_now).
    "final_notice_again": "{action} {when}: de sommatie van {date} ging per e-mail, zonder dat de debiteur met "
    "e-mail instemde, en brengt daarom geen incassokosten; haar termijn liep af op {end}. Deze sommatie brengt ze "
    "wel, na haar eigen termijn.",
    "final_notice_restated": "{action} {when}: bij de sommatie van {date} stonden meer incassokosten dan de staffel "
    "toestaat, en daarom brengt ze geen incassokosten; haar termijn liep af op {end}. Deze sommatie noemt het juiste "
    "bedrag en brengt ze wel, na haar eigen termijn.",
    # ... a reminder or dunning letter posted abroad: the step waits the days it arrives later (step_after_letter).
    # ... while the policy's call would come no earlier than the final notice (explain._no_call_step).
    "no_call_step": "Geen belstap: het beleid belt {call} dagen na de aanmaning, niet vóór de sommatie ({final} "
    "dagen na de aanmaning); wilt u eerst bellen, zie de melding bij call_after_days in het log van de build.",
    "posted_abroad": "Per post naar het buitenland: de brief van {date} komt naar verwachting op {received} aan, "
    "{days} dagen later dan binnen Nederland. De volgende stap wacht zo veel dagen langer, zodat de debiteur na "
    "ontvangst net zo lang heeft om te betalen als in Nederland.",
    # A missed instalment's reminder held back by a dispute's answer (explain._answer_holds, escalation.answer_resumes).
    "reminder_after_answer": "Later dan het beleid: het geschil is beantwoord op {answered}. Vanaf die dag krijgt de "
    "debiteur {days} dagen om te betalen (resume_after_dispute_days), tot en met {end}; de herinnering gaat pas "
    "daarna uit, zoals elke stap na een antwoord.",
    "resumed": "Later dan het beleid: een toezegging, regeling, geschil of termijnherinnering hield de escalatie "
    "stil tot {date}.",
    # ... a settlement (minnelijk akkoord) that lapsed or was called off on that day (claims.escalation.pause_ended).
    "resumed_settlement": "Later dan het beleid: een minnelijk akkoord hield de escalatie stil tot {date}.",
    "postponed": "Uitgesteld tot {date} (vastgelegd op {made}{by}{asked}): {reason}",
    # A postpone standing while a promise or an instalment is checked (explain._postponed_over_check).
    "postponed_over_check_promise": "Uitgesteld tot {date} (vastgelegd op {made}{by}{asked}): {reason} Dat "
    "verplaatst deze controle niet: alleen de stap na een gemiste toezegging wacht tot {date}.",
    "postponed_over_check_installment": "Uitgesteld tot {date} (vastgelegd op {made}{by}{asked}): {reason} Dat "
    "verplaatst deze controle en de termijnen niet: alleen de herinnering na een gemiste termijn wacht tot {date}.",
    # ... one lasting beyond the promised day or the last instalment: the letter for what is open after it waits too.
    "postponed_over_check_promise_beyond": "Uitgesteld tot {date} (vastgelegd op {made}{by}{asked}): {reason} Dat "
    "verplaatst deze controle niet: alleen de stap na een gemiste toezegging, of de brief voor wat er daarna nog "
    "openstaat, wacht tot {date}.",
    "postponed_over_check_installment_beyond": "Uitgesteld tot {date} (vastgelegd op {made}{by}{asked}): {reason} "
    "Dat verplaatst deze controle en de termijnen niet: alleen de herinnering na een gemiste termijn, of voor wat er "
    "na de laatste termijn nog openstaat, wacht tot {date}.",
}
WHEN_DUE = "sinds {date}"  # the step was due on that day and has not been taken
WHEN_LATER = "vanaf {date}"  # the step may be taken from that day
# A letter, call or handover on a day still to come (explain._UNLESS_PAID): it is taken only if the debtor has not
# paid by then, so said as a condition, not as a step already certain.
WHEN_LATER_UNPAID = "op {date} als er dan nog niet (helemaal) betaald is"
WHEN_ON = "op {date}"  # the day of a step whose text says its condition itself (remind_installment_later)
# A handover waiting for the bank statements of its final notice's term (claims.claim.Action.awaits_statements):
# the day its term sets, and what it still hangs on. Not "vanaf" tomorrow, a day that moves with each build.
WHEN_AWAITS = "sinds {date}, als de afschriften geen betaling in de termijn tonen"
# A step after a settlement called off on a day the statements read do not reach (Action.call_off_unseen).
WHEN_AWAITS_CALL_OFF = "sinds {date}, als de afschriften tonen dat het akkoord niet toch is betaald"
# A check on a day the bank statements read do not reach (staff.overview.check_unseen): it cannot be done yet,
# so it is not late; the overview's row, today's work and the dossier say the same.
WHEN_CHECK_UNSEEN = "zodra de afschriften tot en met {date} zijn ingelezen"
TERM_PASSED = {"reminder": "verliep", "handover": "liep"}
TERM_PASSES = {"reminder": "verloopt", "handover": "loopt"}

LINK = {
    "none_paid": "Geen persoonlijke pagina meer: de betaalde vordering is langer dan {days} dagen afgesloten.",
    "none_written_off": "Geen persoonlijke pagina: afgeschreven vorderingen worden niet getoond.",
    "relative": "Relatief pad: zet het adres van de publieke site ervoor (de build had geen openbaar adres: "
    "--public-url of INCASSO_PUBLIC_URL).",
}

# changes.md: what changed since the previous build.
CHANGES = {
    "title": "Wijzigingen sinds de vorige build",
    "first": "Eerste build: er is geen vorige claims.json om mee te vergelijken.",
    "unreadable": "De vorige claims.json is niet te lezen ({reason}); er is niets vergeleken.",
    "format": "ander formaat of versie",
    "dates": "Vorige build: stand per {previous}. Deze build: stand per {current}.",
    "none": "Geen wijzigingen.",
    "none_else": "Verder geen wijzigingen in de dossiers.",
    "links_renewed": "**Alle persoonlijke links zijn vernieuwd** (een nieuw geheim): de oude links werken niet meer. "
    "Stuur iedere debiteur met een open vordering de nieuwe link (links.csv).",
    # A second build on one day: the first one's list (since the day before) stays below the new one.
    "earlier": "Eerder vandaag",
    # Each of the day's earlier lists under the time of the build that made it: which rebuild listed what.
    "earlier_build": "Build van {time} uur",
    "clock": "{hour}.{minute:02d}",  # the time of day a build was made
    "earlier_build_unknown": "Een eerdere build (tijd niet vastgelegd)",
    # A debtor's id edited in its file: the personal link follows the id, so the letters sent carry a dead one.
    "ids_changed": "Id gewijzigd: de persoonlijke link is nieuw; de oude link in verstuurde brieven werkt niet "
    "meer: stuur de nieuwe (links.csv)",
    "ids_changed_line": "{who}: id gewijzigd, {old} → {new}",
    "renamed": "Andere naam: een ander persoon? Geef die een eigen id, want de persoonlijke link hoort bij het id",
    "due": "Nieuw aan de beurt sinds de vorige build",
    # Credits in the bank statements no dossier was matched to, new since the previous build: until staff
    # assign one, the debtor who paid is chased.
    "bank_credits": "Nieuwe bankbetalingen om te koppelen",
    # The day in bold: changes.html links a line's first word when it is a dossier's id ("12" may be one).
    "bank_credits_line": "**{date}**: {amount}{payer} (bankboeking {ref}){answered}",
    "credit_payer": " van {payer}",
    "credit_rest": "{rest} (rest van {amount})",  # what is left of a credit booked in part
    # The rest of a credit booked in part, more than the previous build had to assign (a part booked taken out).
    "credit_rest_was": "{rest} (rest van {amount}; was {was})",
    # Bank money staff set aside as no debtor's (creditor.yaml's bank_set_aside) since the previous build.
    "bank_set_aside": "Bankgeld van geen debiteur",
    "bank_set_aside_line": "**{date}**: {amount}{payer} (bankboeking {ref}): {reason}",
    "set_aside_part": "{part} (van {amount})",
    # Returns staff answered in creditor.yaml (bank_returns) since the previous build: which payment the bank said it
    # took back, or none, and the charges it named; a dossier's money moved by it says so on its own line.
    "returns_answered": "Terugboekingen beantwoord in creditor.yaml",
    "returns_answered_line": "**{date}**: terugboeking {ref} van {amount}{charges}: {took}{was}. Zo gezet in "
    "creditor.yaml onder {place}: {reason}",
    # {charges}: the charges in its amount and the ones it names booked apart (BANK's `named_charges`, `named_apart`).
    "answered_took": "nam betaling {credit} terug{whose}",
    # ... `credit: none`: none read, nor one a debtor's file keeps of a statement archived (s60: a return may take such
    # one back too, so "van de gelezen afschriften" alone let staff think it might).
    "answered_took_none": "nam geen betaling terug (niet van de gelezen afschriften, niet uit het bestand van een "
    "debiteur)",
    "answered_whose": " ({ids})",
    "answered_was": "; eerder gekoppeld aan betaling {credit}{whose}",
    "answered_was_none": "; eerder aan geen betaling gekoppeld",
    "answered_was_same": "; zo was hij al gekoppeld",
    # After a dossier's payment moved by an answer: taken back as it says, or counting again (it took back another).
    "answered_taken": " (zo gezet in creditor.yaml onder {place})",
    # After a payment (a dossier's, or a bank credit to assign) its return took back at the previous build and no
    # longer does: why ({why}: one of again_*).
    "counts_again": "; telt weer: {why}",
    "again_answered": "terugboeking {ref} nam haar niet terug (creditor.yaml, {place})",
    "again_tied": "terugboeking {ref} is nu gekoppeld aan betaling {credit}",
    "again_none": "terugboeking {ref} boekt nu geen betaling terug",
    "again_gone": "terugboeking {ref} staat niet meer in de ingelezen afschriften",
    # After a stage or status line a return moved: the payment it took back, or the one counting again, and why.
    "status_why": "; {why}",
    "status_taken": "betaling {payment} teruggeboekt door de bank{answered}",
    "status_again": "betaling {payment} telt weer: {why}",
    # ... one staff wrote as taken back in the debtor file (`returned:`): by its bank entry, or by its amount and day.
    "status_written": "betaling {payment} teruggeboekt door de bank (zo geschreven in het dossierbestand)",
    "payment_dated": "van {amount} op {date}",
    # After a payment taken back (payments_returned_line) that staff wrote so in the debtor file: no statement says it.
    "returned_written": " (zo geschreven in het dossierbestand)",
    # New credits of invoices outside the ledger (creditor.yaml's invoice_numbers): one line, no work.
    "outside_one": "1 nieuwe betaling van een factuur buiten incasso ({amount}): telt voor geen dossier. Kijk betaler "
    "en nummer na in het overzicht: ook een debiteur kan een verkeerd nummer noemen.",
    "outside_many": "{count} nieuwe betalingen van facturen buiten incasso ({amount} samen): tellen voor geen "
    "dossier. Kijk betalers en nummers na in het overzicht: ook een debiteur kan een verkeerd nummer noemen.",
    "bank_until": "Bankafschriften nu tot en met {current}.",
    "bank_until_was": "Bankafschriften nu tot en met {current} (was {previous}).",
    "stage": "Andere fase",
    # A handover new since the previous build: the file went to an agency, or on to another.
    "handovers": "Overgedragen aan een incassobureau",
    # Edits in a debtor file that change what is owed: a typo must show the next morning, before the next letter.
    "invoices_changed": "Facturen gewijzigd (bedrag of vervaldatum): een tikfout? Een brief die al verstuurd is, "
    "noemt het oude bedrag",
    "invoices_new": "Facturen toegevoegd aan een bestaand dossier",
    "invoices_gone": "Facturen niet meer in het dossier (verwijderd, of het nummer gewijzigd)",
    "status": "Andere status",
    "payments": "Betalingen ontvangen",
    "payments_returned": "Betalingen teruggeboekt door de bank",
    "payments_gone": "Betalingen niet meer in het dossier (verwijderd of gewijzigd)",
    "credit_notes": "Creditnota's geboekt",
    "credit_notes_gone": "Creditnota's niet meer in het dossier (verwijderd of gewijzigd)",
    "refunds": "Tegoed terugbetaald",
    "kept": "Toezeggingen nagekomen",
    # A promise broken at the previous build that is kept now: a payment on or before its day was booked since
    # (a bank statement read late). Staff may have acted on the broken promise; its signal is gone.
    "kept_late": "Toezeggingen alsnog nagekomen",
    "broken": "Toezeggingen niet nagekomen",
    # A plan on schedule at the previous build that is behind now; one already behind that missed another
    # instalment is listed apart (the overview's signal "Regeling achter" has been on it since).
    "behind": "Regelingen achter geraakt",
    "behind_more": "Nog een termijn niet betaald (regeling was al achter)",
    "caught_up": "Regelingen weer bij (achterstand ingehaald)",
    # A plan agreed and paid off between two builds: neither build had it running, so nothing else shows it.
    "plan_between": "Regeling afgesproken en afbetaald",
    # A dispute that names invoices pauses only those (claims.disputes): staff see it start and end.
    # A settlement (minnelijk akkoord): recorded, paid in time (the rest remitted), or missed (the whole claim back).
    "settlement_started": "Minnelijk akkoord afgesproken",
    "settlement_settled": "Minnelijk akkoord betaald: rest kwijtgescholden",
    "settlement_lapsed": "Minnelijk akkoord vervallen: hele vordering weer open",
    "settlement_ended": "Minnelijk akkoord in overleg beëindigd: hele vordering weer open",
    "disputed": "Factuur betwist",
    "dispute_answered": "Betwisting van een factuur beantwoord",
    # A dispute raised and answered between two builds: the status and the disputed invoices are the same at both.
    "dispute_between": "Geschil geopend en beantwoord",
    # Collection costs that moved: a final notice and a plan's confirmation named the announced amount as the most
    # it would be; costs charged (the day after the term) or no longer charged (a payment in the term booked since).
    "costs_announced": "Aangekondigde incassokosten gewijzigd: een verstuurde brief noemt het oude bedrag",
    "costs_charged": "Incassokosten in rekening gebracht",
    "costs_uncharged": "Incassokosten niet meer in rekening gebracht",
    "new": "Nieuwe dossiers",
    "gone": "Niet meer in het grootboek",
    "renamed_line": "{who}: eerder {old}",
    "due_line": "{who}: {what}",
    "due_step": "{action}, vanaf {date} ({amount} open)",
    # ... its letter held out of the print file until staff have looked, or been in touch (DayLetter.held_first).
    "due_held_look": "eerst nakijken (Mogelijke betaling in de bank): de brief staat niet in het printbestand",
    "due_held_contact": "neem eerst contact op (Betaling teruggeboekt): de brief staat niet in het printbestand",
    "due_credit": "Tegoed terugbetalen: {amount} te veel betaald",
    "due_refund_returned": "Opnieuw terugbetalen: de terugbetaling van {amount} op {date} kwam op {returned} "
    "terug{reason}",
    # Today's work that is no next action (changes._new_tasks): money to pass on, a dispute's answer.
    "due_pass_on": "{action}: {amount}",
    # ... money that came in while an earlier agency had the file: still that agency's.
    "due_pass_on_earlier": "{action}: {amount} (hoort bij de overdracht van {handed}; het dossier ligt nu bij {now})",
    "due_dispute_answer": "{action}: {invoices}, vanaf {date}",
    "due_invoice": "factuur {invoices}",
    "due_invoices": "facturen {invoices}",
    "due_credit_doubt": "Tegoed terugbetalen: {amount} te veel betaald (kijk eerst op het overzicht: het kan een "
    "dubbel geteld bedrag zijn)",
    "handovers_line": "{who}: op {date} naar {agency}{was}",
    "handover_was": " (lag bij {agency})",
    "stage_line": "{who}: {old} → {new}{why}",
    "status_line": "{who}: {old} → {new}{why}",
    "payments_line": "{who}: {amount} op {date}{invoice}{answered}",
    "payments_returned_line": "{who}: {amount} op {date}, teruggeboekt op {returned}{reason}; telt niet{answered}",
    "payments_gone_line": "{who}: {amount} op {date}{invoice}",
    "payment_invoice": " (factuur {number})",
    "payment_invoices": " (facturen {numbers})",
    "invoices_changed_line": "{who}: factuur {number}: {what}",
    "invoices_new_line": "{who}: factuur {number}{details}",
    "invoices_gone_line": "{who}: factuur {number}{details}",
    "invoice_due": "vervalt {date}",
    "amount_edit": "bedrag {old} → {new} ({difference})",
    "more": "{amount} meer",
    "less": "{amount} minder",
    "due_edit": "vervaldatum {old} → {new}",
    "credit_notes_line": "{who}: creditnota {number} van {date}, {amount} (factuur {invoice}){when}",
    "credit_notes_gone_line": "{who}: creditnota {number} van {date}, {amount} (factuur {invoice}){when}",
    # A credit note dated after the build's day: listed when entered, and again when it starts to count.
    "counts_from": "; telt pas vanaf {date}",
    "counts_now": "; telt nu mee",
    # ... on an invoice disputed apart: it counts once the dispute is answered, as its invoice does
    "counts_after_answer": "; telt mee na het antwoord op het geschil",
    "refunds_line": "{who}: {amount} terugbetaald",
    "kept_line": "{who}: {amount} toegezegd voor {date}, betaald",
    "kept_late_line": "{who}: {amount} toegezegd voor {date}, eerder niet nagekomen, nu toch op tijd betaald "
    "({paid} ontvangen)",
    "broken_line": "{who}: {amount} toegezegd voor {date}, {paid} ontvangen",
    "behind_line": "{who}: {missed} {unpaid}",
    "behind_more_line": "{who}: {missed} {unpaid}",
    "caught_up_line": "{who}: {missed} alsnog betaald; de regeling loopt weer volgens afspraak",
    "plan_between_line": "{who}: regeling van {agreed} over {amount}, laatste termijn {last}, helemaal betaald",
    "settlement_started_line": "{who}: {amount} van {owed}, {terms} (afgesproken op {date})",
    "settlement_by": "uiterlijk {last}",
    "settlement_instalments": "in {count} termijnen, de laatste uiterlijk {last}",
    "settlement_settled_line": "{who}: {amount} betaald op {date}, {remitted} kwijtgescholden",
    "settlement_lapsed_line": "{who}: vervallen op {date}, {paid_of}; nu {total} open",
    "settlement_ended_line": "{who}: beëindigd op {date}, {paid_of}; nu {total} open",
    # ... what of its agreed sum was paid (changes._paid_of): nothing paid said as such, not as "EUR 0,00".
    "settlement_paid_of": "{paid} van {amount} betaald",
    "settlement_paid_nothing": "niets betaald van {amount}",
    "disputed_line": "{who}: factuur {invoice}, betwist sinds {since}",
    "dispute_answered_line": "{who}: factuur {invoice} (betwist sinds {since}) telt weer mee",
    "dispute_between_line": "{who}: geschil over {what} geopend op {raised} en beantwoord op {answered}",
    "dispute_whole": "het hele dossier",
    "dispute_invoice": "factuur {number}",
    "dispute_invoices": "facturen {numbers} en {last}",
    "missed_one": "termijn van {day}",
    "missed_many": "termijnen van {days} en {last}",
    "missed_day": "{date} ({amount})",
    "missed_day_part": "{date} ({open} van {amount} open)",  # paid in part: what is still open of it
    "unpaid": "niet betaald",
    "unpaid_part": "niet (helemaal) betaald",
    "costs_announced_line": "{who}: {what}",
    "costs_announced_what": "{amount}, aangekondigd vanaf {date}",
    "costs_moved": "{old} → {new} ({difference})",
    "costs_day_moved": "{old} → {new}",
    "costs_charged_line": "{who}: {amount} verschuldigd vanaf {date}{was}",
    "costs_before_announced": " (aangekondigd: {amount})",
    "costs_before_charged": " (eerder: {amount} verschuldigd vanaf {date})",
    # After an amount of costs that holds VAT (policy.costs_vat).
    "costs_vat": " inclusief btw",
    "costs_uncharged_line": "{who}: eerder {amount} verschuldigd vanaf {date}, nu niet ({why})",
    "costs_uncharged_paid": "een betaling binnen de termijn?",
    "costs_uncharged_notice_gone": "de sommatie staat niet meer als sommatie in het dossier",
    "new_line": "{who}: {stage}, {amount} open",
    "gone_line": "{who}",
}

# Notes on the statutory rate table (incasso.claims.notices.claims_rate_notices); {path} is the rate file.
# The overview shows them folded below one line addressed to whoever maintains the installation.
RATE_NOTICE = {
    "line": "Voor de beheerder van het programma: de tabel met wettelijke rentepercentages moet worden "
    "bijgewerkt. Tot dan kan de berekende rente iets afwijken.",
    "unconfirmed": "Let op: een deel van de gebruikte wettelijke rentepercentages staat in {path} als "
    "'niet bevestigd'. Controleer ze met de gepubliceerde percentages.",
    # {next}: the first half year the table lacks (its 1 January or 1 July).
    "beyond_table": "Let op: na {date} is geen wettelijk rentepercentage bekend. De rente daarna is per halfjaar "
    "berekend met het laatst bekende percentage; debiteuren lezen dat percentage als ‘voorlopig’. Vul in {path} "
    "de regels vanaf {next} aan, per soort (statutory en commercial) en per halfjaar (docs/computation.md, "
    "‘The rate table’). Bij een gelijk percentage verandert geen bedrag; anders alleen de rente vanaf {next}.",
}

# The bank statements (incasso.bank) as the overview's bank section tells them.
BANK = {
    "candidate_shared": "ook andere dossiers vragen dit bedrag rond die dag: geen signaal, de brief gaat",
    "read_from": "{path}, regel {line}",  # the statement file and line a credit was read from
    "heading": "Bankafschriften",
    "to_assign": "Te koppelen betalingen",
    "stamp": "Betalingen verwerkt tot en met {date}: de laatste dag van het laatste ingelezen afschrift van {account}.",
    "stale": "De bankafschriften lopen tot en met {date}; daarna {days} zonder afschrift. Betalingen van na "
    "{date} staan nog niet in de bedragen. Zet de nieuwe afschriften in bank/ en bouw opnieuw voordat u brieven "
    "verstuurt: een brief kan anders gaan naar iemand die al betaald heeft.",
    "stale_gap": "Na {date} ontbreekt een bankafschrift: betalingen van de dagen die het dekt, staan niet in de "
    "bedragen (die uit de latere afschriften wel). Zet het ontbrekende afschrift in bank/ (zie Bankafschriften) en "
    "bouw opnieuw voordat u brieven verstuurt: een brief kan anders gaan naar iemand die al betaald heeft.",
    "stale_one": "1 bankdag",
    "stale_many": "{count} bankdagen",
    # An empty bank/ (before the first export): the normal state, said as such.
    "stamp_none": "Nog geen bankafschriften in bank/: betalingen komen alleen uit de dossiers. Zet de afschriften "
    "van {account} in bank/, dan worden betalingen vanzelf gekoppeld.",
    "stamp_gap": "Betalingen verwerkt tot en met {date}: daarna ontbreken afschriften van {account} (zie Na te "
    "kijken). De pagina's en brieven noemen deze dag tot het ontbrekende afschrift in bank/ staat.",
    "folded": "Dubbel ingelezen boekingen en terugboekingen ({count} regels): elk al verwerkt, niets te doen; een "
    "terugboeking die nog om contact vraagt, staat bij Signalen (Betaling teruggeboekt).",
    "read": "{statements} in {files} ingelezen.",
    # The likeliest dossier's file has no payments: list yet: the lines to paste start with that line.
    "assign_first": "Het dossierbestand van {id} heeft nog geen payments:, dus deze regels beginnen daarmee: plak ze "
    "aan het eind van het bestand, payments: vooraan de regel (zoals events:). Heeft een bestand payments: al, zet "
    "ze daar dan onder zonder die eerste regel.",
    # The file has `payments:` with no payment in it (`payments: []`): the lines, which start with it, replace it.
    "assign_replace": "Het dossierbestand van {id} heeft payments: zonder betalingen erin (regel {line}): vervang "
    "die regel door deze regels, die met payments: beginnen.",
    # A credit whose text names several dossiers ({ids}: "D-1 en D-3"): no one's lines hold the amount.
    "assign_split": "De omschrijving noemt {ids}: vraag na of zoek uit wie welk deel betaalde; het bedrag is niet "
    "aan één van hen gegeven. Zet in het dossierbestand van elk de regels hieronder, met het bedrag van zijn deel "
    "(de delen samen ten hoogste {amount}; wat overblijft, staat daarna bij Na te kijken). Is alles van één, zet "
    "dan alleen bij die het hele bedrag.",
    "split_and": "en",
    # After `amount:` in a part's lines, a YAML comment: the amount as written in the file (2395.00).
    "split_amount": "het deel van {id}: vul in; de delen samen ten hoogste {amount}",
    "assign_written": "Staat al in het dossierbestand van {id}: vervang die betaling door deze regels (met de datum "
    "waarop de bank hem bijschreef); zet er geen tweede bij.",
    "statement_one": "{count} afschrift",
    "statement_many": "{count} afschriften",
    "file_one": "{count} bestand",
    "file_many": "{count} bestanden",
    "matched": "{count} gekoppeld: {how}.",
    "matched_none": "Geen betaling vanzelf gekoppeld.",
    "payment_one": "{count} betaling",
    "payment_many": "{count} betalingen",
    "named": "{payments} toegewezen in een dossier (bank_ref).",
    "skipped": "Overgeslagen: {what}.",
    # Every entry counted once (credits, debits, pending ones): bookings, not payments.
    # Per file it was read from and the file that holds it too: both places, so an overlap can be checked.
    # Which file and line was read twice (skipped) and which is kept (counted): the kept one is the one read first.
    "duplicates_one": "Twee keer ingelezen, één keer geteld: de boeking op regel {original_line} van {original_file} "
    "telt; dezelfde op regel {line} van {file} is overgeslagen.",
    "duplicates_many": "Twee keer ingelezen, elk één keer geteld: {count} boekingen in {original_file} tellen; "
    "dezelfde in {file} zijn overgeslagen ({first}).",
    "duplicates_first": "de eerste op regel {original_line} en op regel {line}",
    "duplicates_first_alike": "de eerste op regel {line} van beide",  # copies of one export: the same line in each
    "duplicates_one_same": "Twee keer in één bestand, één keer geteld: de boeking op regel {original_line} van {file} "
    "telt; dezelfde op regel {line} is overgeslagen.",
    "duplicates_many_same": "Twee keer in één bestand, elk één keer geteld: {count} boekingen in {file} tellen waar "
    "ze het eerst staan; de tweede keer is overgeslagen (de eerste op regel {original_line} en op regel {line}).",
    "returned": "Teruggeboekt{dossier}: {amount} ontvangen op {date}, teruggeboekt op {back}{reason}; telt niet.",
    "returned_dossier": " ({id})",
    # After what a return takes back of a payment, what it debited beyond it (BankEntry.charges).
    "return_charges": " (en {charges} kosten, voor rekening van de schuldeiser: {amount} in totaal)",
    # ... or the charges it names booked apart, not in what it debits (BankEntry.apart).
    "return_charges_apart": " (de {charges} kosten die zij noemt zijn apart geboekt, niet in dit bedrag: voor "
    "rekening van de schuldeiser)",
    # ... or both: charges in what it debits, and more it names booked apart ({apart}).
    "return_charges_both": " (en {charges} kosten, voor rekening van de schuldeiser: {amount} in totaal; de {apart} "
    "kosten die zij daarnaast noemt zijn apart geboekt, niet in dit bedrag: ook voor rekening van de schuldeiser)",
    # After the charges in what a return debits (return_charges, return_charges_untied's {apart}): the ones it names
    # booked apart besides.
    "charges_apart_too": " Daarnaast noemt zij {apart} kosten, apart geboekt (niet in wat zij afschrijft): ook voor "
    "rekening van de schuldeiser.",
    # What a return of more than a payment says of charges (reconcile.RETURN_MORE, `return_more`'s {said}).
    "more_said_nothing": "zegt niets over kosten: kosten van de bank erbij?",
    "more_said_apart": "noemt {charges} kosten, apart geboekt (niet in wat zij afschrijft): toch kosten van de bank "
    "erbij?",
    # Staff's answer on a return (creditor.yaml's bank_returns), after its line under Teruggeboekt; {charges}: what
    # it debited beyond the credit, when it did (`answered_charges`).
    "answered": "{charges} Zo gezet in creditor.yaml onder bank_returns: {reason}",
    "answered_charges": " De {charges} kosten erbij zijn voor rekening van de schuldeiser.",
    # A return staff said took back none of the credits read (`credit: none`).
    # Neither a credit read nor a debtor file's payment whose statement is archived (reconcile's archived credits).
    # {charges}: the charges in its amount and the ones it names booked apart, as the change list's line of the answer
    # says them (`named_charges`, `named_apart`), and a comma after them (`answered_none_charges`); else nothing.
    "answered_none": "Terugboeking {ref} ({amount} op {date}){charges} boekt geen betaling terug, niet uit de "
    "ingelezen afschriften en niet uit het bestand van een debiteur: elke betaling telt. Zo gezet in creditor.yaml "
    "onder bank_returns: {reason}",
    "answered_none_charges": "{charges},",
    # After a return's amount (the change list's line of an answer, `answered_none`): the charges in it, the bank's ...
    "named_charges": ", waarvan {charges} kosten van de bank (voor rekening van de schuldeiser)",
    # ... and the charges it names booked apart, not in its amount (BankEntry.apart, claims.json's charges_apart), as
    # the dossier's bank section says them (`charges_apart_too`).
    "named_apart": ", daarnaast {apart} kosten die zij apart geboekt noemt (niet in dit bedrag; voor rekening van de "
    "schuldeiser)",
    # Where the lines with the bank's answer on a return go in creditor.yaml (staff.return_answers).
    "answer_first": "Plak ze aan het eind van creditor.yaml, bank_returns: vooraan de regel (zoals bank_set_aside:).",
    "answer_under": "Plak ze in creditor.yaml onder bank_returns:, zonder die eerste regel.",
    # YAML comments in those lines ({could}: the credits it may have taken back, `answer_could` each).
    "answer_credit": "de betaling die de bank noemt: {could}; of none",
    "answer_could": "{ref} van {date}{owner}",
    "answer_owner": " ({id})",
    "answer_or": "of",
    "answer_more": "en {count} andere",
    "answer_credit_date": "de dag van die betaling, zoals hierboven; weg bij none",
    # ... a credit of less than the return debits, in `answer_credit`: the charges that would make it the one.
    "answer_could_charges": "{could}, met charges: {charges}",
    "answer_charges": "de kosten die de bank noemt, zoals hierboven; weg als zij geen kosten noemt",
    "answer_reason": "wat de bank zei, en wanneer: vul in",
    "answer_reason_charges": "hoe en wanneer u de kosten boekte: vul in",
    # Bank money staff set aside in creditor.yaml as no debtor's: it counts for no dossier, and stays in sight.
    "set_aside": "Van geen debiteur: {amount} van bankboeking {ref} ({credit} op {date}{payer}), zo gezet in "
    "creditor.yaml onder bank_set_aside: {reason}",
    # The transactions of a batch the bank took back, named in a note on a set-aside (`{taken}`): one, several
    # (each named), or many (the first few named, the rest counted).
    "taken_one": "transactie {ref}",
    "taken_all": "{count} transacties: {refs} en {last}",
    "taken_some": "{count} transacties: {refs} en {more} andere",
    "set_aside_payer": ", van {payer}",
    "assign": "Toewijzen: zet de betaling in het dossierbestand van de debiteur (ledger/debtors/…) onder "
    "payments:, met de bank_ref hieronder (een bestand zonder payments: krijgt die regel erbij, vooraan de "
    "regel). De volgende build telt hem daar, één keer; staat er een factuur in de omschrijving, zet die er als "
    "invoice: bij; staan er meer, zet ze er als invoices: bij (invoices: [F2026-0142, F2026-0143]). Is het geld van "
    "geen debiteur (een vergissing van de betaler, terug te storten), zet het dan in creditor.yaml onder "
    "bank_set_aside, met de reden.",
    "none": "Alle betalingen van de afschriften zijn gekoppeld.",
    "none_outside": "Geen betalingen om te koppelen.",  # beside credits of invoices outside the ledger
    # No dossier found for a credit: the lines start with `payments:`; where they go in whichever file it is.
    "assign_none": "Deze regels beginnen met payments:, voor een dossierbestand dat dat nog niet heeft: plak ze "
    "aan het eind ervan, payments: vooraan de regel (zoals events:). Staat er payments: zonder betalingen erin "
    "(payments: []), vervang die regel erdoor; staan er al betalingen onder payments:, zet ze daaronder zonder die "
    "eerste regel.",
    # A credit from an account that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT): no candidate by it.
    "collecting_account": "Deze rekening betaalde voor {count} dossiers (schuldhulpverlening, bewindvoerder, "
    "betaaldienst of familie): dat zegt niet voor wie deze betaling is.",
    "no_candidates": "geen: zoek op naam of rekening",
    # Credits of invoices outside the ledger (creditor.yaml's invoice_numbers, staff.outside): folded, no work.
    "outside_one": "1 betaling van een factuur buiten incasso ({amount})",
    "outside_many": "{count} betalingen van facturen buiten incasso ({amount} samen)",
    "outside_why": "Geen dossier past bij deze betalingen: niet op kenmerk, factuur, rekening, naam of bedrag. De "
    "omschrijving noemt een eigen factuurnummer dat niet in incasso staat (invoice_numbers in creditor.yaml). Ze "
    "tellen voor geen dossier. Ook een betaling van een debiteur kan hier staan: betaald door een ander (partner, "
    "familie) of van een nieuwe rekening, met een verkeerd of nieuw factuurnummer en niet het bedrag dat openstaat. "
    "Kijk daarom de betalers en nummers na. Is er een van een debiteur, zet die betaling dan met bank_ref in zijn "
    "bestand.",
    # More of them than the overview shows (paging.Limits.outside_rows): the newest there, all on pages of their own.
    "outside_newest": "De nieuwste {shown} van {count} staan hier; alle, de nieuwste eerst, op eigen pagina's:",
    "outside_all": "Alle {count} betalingen van facturen buiten incasso",
    "outside_title": "Betalingen van facturen buiten incasso",
    # One names a ledger's number with two neighbouring digits swapped (OwnInvoices.swapped): a debtor's typo?
    "outside_like": " (lijkt op {number} van {debtor}: cijfers omgewisseld?)",
    "outside_swapped": "; {count} lijkt op een factuur in incasso",
}
MATCH_RULE = {
    "structured_reference": "op gestructureerd kenmerk",
    "text_reference": "op kenmerk in de omschrijving",
    "invoice_number": "op factuurnummer",
}
SKIPPED = {
    "debit": ("{count} afschrijving", "{count} afschrijvingen"),
    "pending": ("{count} nog niet geboekt", "{count} nog niet geboekt"),
    "other_account": ("{count} van een andere rekening", "{count} van andere rekeningen"),
    "other_currency": ("{count} in een andere munt", "{count} in een andere munt"),
    "not_yet": ("{count} geboekt na de peildatum", "{count} geboekt na de peildatum"),
    "returned_debit": (
        "{count} terugboeking van een betaling van ons",
        "{count} terugboekingen van betalingen van ons",
    ),
    "no_money": ("{count} boeking van 0,00", "{count} boekingen van 0,00"),
}
CANDIDATE = {
    "written": "staat al in het dossierbestand zonder bank_ref: vervang die betaling door de regels hiernaast",
    "named": "genoemd in de omschrijving",
    "other_check_digits": "de referentie met andere controlecijfers in de omschrijving",
    "same_account": "deze rekening betaalde eerder voor dit dossier",
    "amount": "zelfde bedrag als in het dossier (te betalen, openstaand, open op een factuur met of zonder rente, of "
    "een toezegging of termijn rond die dag)",
    "name": "naam lijkt op de betaler",
}
BANK_NOTE = {
    "looks_like": "De betaling van {date} ({amount}) in het dossierbestand lijkt bankboeking {ref}, bijgeschreven op "
    "{entry_date}: is het dezelfde, vervang die betaling dan door deze regels (met de datum waarop de bank hem "
    "bijschreef, anders wordt het dossier geweigerd); nu telt hij twee keer.",
    "written_twice": "De betaling van {date} ({amount}) in het dossierbestand heeft geen bank_ref, en een andere "
    "betaling in hetzelfde bestand noemt bankboeking {ref} al: is het dezelfde, haal dan de betaling zonder "
    "bank_ref weg; nu telt hij twee keer.",
    "part_unassigned": "Van bankboeking {ref} ({amount}) is {rest} aan geen dossier toegewezen. Is die rest van geen "
    "debiteur, zet hem dan in creditor.yaml onder bank_set_aside, met de reden.",
    # The rest of a credit booked in part, for another dossier its text names (bank_section._rest_row).
    "part_unassigned_rest": "De rest van bankboeking {ref} ({rest} van {amount}) kan van {id} zijn: de omschrijving "
    "noemt het dossier. Is die rest van {id}, zet dan deze regels onder payments: in het dossierbestand van {id}.",
    "part_unassigned_rest_split": "De rest van bankboeking {ref} ({rest} van {amount}) kan van {id} zijn: de "
    "omschrijving noemt het dossier, en ook {others}. Zet in het dossierbestand van {id} deze regels onder "
    "payments:, met het bedrag van zijn deel (de delen samen ten hoogste {rest}).",
    "named_returned": "De betaling met bank_ref {ref} in het dossierbestand is door de bank teruggeboekt en telt "
    "niet (zie Betalingen). Laat hem staan: zo blijft de terugboeking bij dit dossier.",
    "named_part_returned": "De bank heeft {amount} van bankboeking {bank_ref} teruggeboekt ({taken}); de betaling "
    "met bank_ref {bank_ref} in het dossierbestand telt nog helemaal. Zoek uit wat er bleef en zet dat bedrag in de "
    "betaling.",
    "named_part_taken": "Transactie {ref} ({amount}) van bankboeking {bank_ref} is door de bank teruggeboekt; de "
    "betaling met bank_ref {bank_ref} in het dossierbestand telt daarom {amount} minder (zie Betalingen). Laat hem "
    "staan zoals hij is: zo blijft de terugboeking bij dit dossier.",
    "return_without_credit": "Bankboeking {ref} boekt {amount} terug{charges} van een betaling die in geen ingelezen "
    "afschrift staat, en geen betaling in een dossierbestand noemt er een (met bank_ref, van een weggezet afschrift). "
    "Staat die betaling in een dossierbestand, zet dan de bankboeking ervan erbij als bank_ref (het afschrift noemt "
    "hem) en laat hem staan: dan boekt deze terugboeking hem terug en blijft ze bij dat dossier. (Boekt de bank minder "
    "terug dan er binnenkwam, omdat zij kosten inhield, dan vindt de koppeling de betaling niet: kijk het dan na.)",
    # A return that debited more than the credit it took back, as it says itself (reconcile.RETURN_CHARGES):
    # {rest} the charges, {amount} all it debited.
    "return_charges": "Bankboeking {ref} boekt betaling {other} ({other_amount}) terug en schrijft {amount} af: {rest} "
    "meer, kosten die de bank erbij afschreef (bijvoorbeeld een vergoeding voor de bank van de debiteur), zoals de "
    "boeking zelf zegt.{apart} Die kosten zijn voor rekening van de schuldeiser, niet van de debiteur: boek ze als "
    "eigen kosten. De debiteur is de {other_amount} weer verschuldigd; zijn pagina en brieven noemen alleen die "
    "terugboeking, nooit de kosten. Zijn de kosten geboekt, zet dat dan in creditor.yaml met de regels hieronder: "
    "dan gaat deze melding weg.",
    "return_charges_untied": "Bankboeking {ref} schrijft {amount} af: {other_amount} teruggeboekt van een betaling en "
    "{rest} kosten (voor rekening van de schuldeiser).{apart} Die noemt geen betaler, en meer dan één betaling van "
    "{other_amount} kan de teruggeboekte zijn (de laatste: {other}). Daarom geldt geen van die betalingen als "
    "teruggeboekt: ze tellen allemaal nog mee. Vraag de bank welke het was, en zet haar antwoord in creditor.yaml "
    "met de regels hieronder: bij credit de betaling die zij noemt, of none als het geen van deze was. Dan gaat deze "
    "melding weg.",
    # A return of more than a payment with its end-to-end reference, saying nothing of charges or naming them booked
    # apart (reconcile.RETURN_MORE, {said}: BANK's more_said_*): {rest} the difference, what the bank may say were
    # its charges.
    "return_more": "Bankboeking {ref} schrijft {amount} af, meer dan betaling {other} ({other_amount}, hetzelfde "
    "end-to-end-kenmerk), en {said} Daarom geldt "
    "geen betaling als teruggeboekt: ze tellen allemaal nog mee. Vraag het de bank. Was het die betaling, en waren de "
    "{rest} meer haar kosten, zet haar antwoord dan in creditor.yaml met de regels hieronder, met bij charges die "
    "kosten (voor rekening van de schuldeiser). Dan gaat deze melding weg.",
    "return_less": "Bankboeking {ref} boekt {amount} terug van betaling {other} ({other_amount}, hetzelfde "
    "end-to-end-kenmerk): een terugboeking waarvan de bank kosten inhield? Die betaling telt nu nog helemaal. Vraag "
    'het de bank; is hij teruggeboekt, zet dan in het dossier een betaling met bank_ref: "{other}" en het bedrag '
    "dat overbleef.",
    "dated_booked": "De betaling met bank_ref {ref} staat op {date}, de dag dat de bank hem boekte; de bank schreef "
    "hem bij op {entry_date} (valutadatum), en vanaf die dag telt hij: zet de datum in het dossierbestand op "
    "{entry_date}.",
    "unknown_bank_ref": "De betaling met bank_ref {ref} staat in geen ingelezen afschrift; hij telt zoals geschreven.",
    "gap": "Afschriften ontbreken vanaf {missing_from}: {statement} begint met saldo {opening}, maar het afschrift "
    "ervoor ({previous}) eindigt op {last_day} met {closing}. Betalingen uit die dagen tellen niet mee, en "
    "toezeggingen en termijnen van na {stamp} worden niet beoordeeld. Zet de ontbrekende export in bank/.",
    "twin": "Bankboekingen {other} en {ref} ({amount} op {entry_date}) lijken dezelfde betaling, één keer als camt.053 "
    "en één keer als MT940 ingelezen: beide tellen nu. Kijk het na voordat u iets terugbetaalt, en houd van deze "
    "dagen één formaat in bank/.",
    "twin_once": "Bankboekingen {other} en {ref} ({amount} op {entry_date}) zijn dezelfde betaling (hetzelfde "
    "end-to-end-kenmerk), één keer als camt.053 en één keer als MT940 ingelezen: die telt één keer. Houd van deze "
    "dagen één formaat in bank/.",
    "return_guessed": "Bankboeking {ref} boekt {amount} terug en noemt geen betaler. Die is gekoppeld aan de laatste "
    "betaling van dat bedrag ({other}), maar een andere betaling van dat bedrag kan de teruggeboekte zijn: vraag het "
    "de bank, en zet haar antwoord in creditor.yaml met de regels hieronder: bij credit de betaling die zij noemt, "
    "of none als het geen van deze was. Dan gaat deze melding weg.",
    "foreign_credit": "Bankboeking {ref} van {entry_date} ({foreign}) noemt dit dossier, maar is geen euro: alleen "
    "euro's tellen, dus deze betaling telt niet. Neem contact op met de betaler, of zet het bedrag in euro's zelf "
    'als betaling met bank_ref: "{ref}" in het dossierbestand.',
    "other_account_credit": "Bankboeking {ref} van {entry_date} ({amount}) noemt dit dossier, maar staat op een "
    "andere rekening ({account}) dan die in creditor.yaml (iban), dus deze betaling telt niet. Betaalde de debiteur "
    "naar een oude rekening van de schuldeiser, zet de betaling dan zelf in het dossierbestand; staat de export van "
    "de verkeerde rekening in bank/, zet daar dan de juiste.",
    "refund_returned": "De terugbetaling van {amount} op {date} (refund in het dossierbestand) is op {entry_date} "
    "teruggekomen (bankboeking {ref}{reason}): de debiteur heeft het geld niet. Haal die refund uit het "
    "dossierbestand (het tegoed staat dan weer open) en betaal opnieuw, naar een rekening die werkt. Tot dan zegt "
    "de pagina van de debiteur dat het bedrag terugkwam.",
    "same_reference": "Bankboeking {ref} staat op {entry_date} twee keer in de afschriften, met {other_amount} en "
    "met {amount}: beide tellen nu. Is een van beide een kopie, haal dat bestand dan uit bank/.",
    # Money set aside as no debtor's (creditor.yaml's bank_set_aside) whose bank entry is in no statement read, or
    # came back, whole or in part (bank.said.set_aside_way says which); {where}: "creditor.yaml, regel 12".
    "set_aside_unread": "{place} ({where}) zet {written} van bankboeking {bank_ref} van {date} apart als geld van "
    "geen debiteur, maar bank/ bevat geen afschrift: er is niets apart gezet. Zet het afschrift met die boeking in "
    "bank/.",
    "set_aside_not_found": "{place} ({where}) zet {written} van bankboeking {bank_ref} van {date} apart als geld van "
    "geen debiteur, maar die boeking staat in geen ingelezen afschrift: er is niets apart gezet. Kijk bank_ref en "
    "date na, of zet het afschrift in bank/ (is het afschrift gearchiveerd, haal de regel dan weg).",
    "set_aside_returned": "{place} ({where}) zet {written} van bankboeking {bank_ref} van {date} apart als geld van "
    "geen debiteur, maar de bank heeft die boeking teruggeboekt: er is niets van apart gezet. Haal de regel weg.",
    "set_aside_part_returned": "{place} ({where}) zet {written} van bankboeking {bank_ref} van {date} apart als geld "
    "van geen debiteur; de bank heeft daarvan {amount} teruggeboekt ({taken}). Het telt zoals geschreven: "
    "was het teruggeboekte geld dat geld, zet dan in creditor.yaml wat nog van geen debiteur is.",
    "set_aside_part_returned_less": "{place} ({where}) zet {written} van bankboeking {bank_ref} van {date} apart als "
    "geld van geen debiteur; de bank heeft daarvan {amount} teruggeboekt ({taken}). De boeking bevat nog "
    "{other_amount}, en daarvan telt {rest} als geld van geen debiteur{first}. Zet in creditor.yaml wat nog van geen "
    "debiteur is.",
    # Said in the note above when less counts than the entry still holds.
    "set_aside_first": " (betalingen in dossierbestanden die hem noemen, en regels erboven, gaan voor)",
}

# Why a bank returned a transfer (the SEPA reason code), in the overview's words; another code is shown as is.
RETURN_REASON = {
    "AC01": "rekeningnummer onjuist",
    "AC04": "rekening opgeheven",
    "AC06": "rekening geblokkeerd",
    "AG01": "transactie niet toegestaan op deze rekening",
    "AM04": "onvoldoende saldo",
    "AM05": "dubbele betaling",
    "BE04": "adres van de begunstigde ontbreekt",
    "CUST": "op verzoek van de betaler",
    "DUPL": "dubbele betaling",
    "FOCR": "teruggevraagd door de betaler",
    "FRAD": "fraude",
    "MD06": "terugboeking op verzoek van de betaler",
    "MD07": "rekeninghouder overleden",
    "MS02": "reden niet opgegeven door de klant",
    "MS03": "reden niet opgegeven",
    "RC01": "BIC onjuist",
    "RR04": "regelgeving",
    "TECH": "technische fout",
}

# The letters of the day (incasso.letters), by kind.
LETTER = {
    "reminder": "Herinnering",
    "dunning": "Aanmaning",
    "final_notice": "Sommatie",
    "handover": "Bericht van overdracht",
    "promise": "Bevestiging betaaltoezegging",
    "arrangement": "Bevestiging betalingsregeling",
    "installment_reminder": "Herinnering gemiste termijn",
    "pause": "Bevestiging uitstel",  # a wait the debtor or their counsellor asked for (postpone with asked_by)
    "settlement": "Bevestiging minnelijk akkoord",
    "settled": "Minnelijk akkoord betaald",
    "settlement_reminder": "Herinnering termijn minnelijk akkoord",
    # A settlement by one day whose payment the bank took back: no instalment, the agreed sum (staff.view.SUM_REMINDER).
    "settlement_sum_reminder": "Herinnering afgesproken bedrag minnelijk akkoord",
}

# Short phrases the pages make of a figure and a word.
PHRASE = {
    # An instalment the plan's confirmation asks by a later day than its own (claims.claim.AskedLater): not late.
    "installment_asked_later": "gevraagd uiterlijk {date}",
    # Still to come by its day, but asked now by the final notice over the plan (claims.demand.asked_in_notice).
    "installment_asked_in_notice": "gevraagd in de sommatie",
    # What a settlement's lines and the signals say was paid when nothing was (staff.formats.paid): "EUR 0,00
    # ontvangen" reads as a figure where it means "none".
    "paid_nothing": "niets",
    # The comment beside `written:` in a final notice's lines to copy: the letter's own day stays.
    "record_written": "de datum van de brief: later gepost? verander dan alleen date",
    # After a letter's channel offered (staff.record.written_by): the way this debtor is written to.
    "record_channel_letter": "zo schrijven wij deze debiteur; ging hij per post, zet dan letter",
    "record_channel_email": "zo schrijven wij deze debiteur; ging hij per e-mail, zet dan email",
    "record_intro": "Gedaan? Zet dit {events}, met de datum waarop het gebeurde, en vul in wat leeg is.",
    # The answer to a dispute of some invoices open too long: its dispute_resolved, naming them.
    "record_invoice_dispute": "Geschil beantwoord? Zet dit {events}, met de datum van het antwoord, en schrijf bij "
    "outcome wat u besloot (een creditnota hoort onder de factuur): daarna telt de factuur weer mee.",
    # Where in the debtor's file the lines to paste go (staff.notes.events_place): the end of events:,
    # before the key that follows them (payments:, representative:): pasted at the end of the file, refused.
    "events_place": "onderaan events: in {path}",
    "events_place_before": "onderaan events: in {path}, vóór {key}:",
    # A file without events: the lines start with `events:` (staff.notes.with_events_key).
    "events_place_new": "onderaan {path} (de regel events: staat erbij)",
    "events_place_replace": "in {path} in plaats van de regel events: (regel {line})",
    # One of several payments to pass on (one per handover): what, to whom, for which payments.
    "record_intro_pass_on_each": "{amount} doorgegeven aan {agency} ({payments})? Zet dit {events}, met de datum "
    "waarop u het doorgaf: dan verdwijnt deze taak. Gaf u een deel door, zet dan dat bedrag.",
    "record_intro_pass_on": "Doorgegeven? Zet dit {events}, met de datum waarop u het doorgaf: "
    "dan verdwijnt deze taak. Gaf u een deel door, zet dan dat bedrag.",
    "assign_intro_first": "Is de betaling van {amount} op {date} in de bank van deze debiteur? Plak dit dan aan het "
    "eind van {path}: het bestand heeft nog geen payments:, dus de regels beginnen daarmee, vooraan de regel (zoals "
    "events:).",
    "assign_intro_replace": "Is de betaling van {amount} op {date} in de bank van deze debiteur? Dan: {path} heeft "
    "payments: zonder betalingen erin; vervang daarin de regel payments: (regel {line}) door deze regels, die "
    "ermee beginnen.",
    "assign_intro": "Is de betaling van {amount} op {date} in de bank van deze debiteur? Zet dit dan onder "
    "payments: in {path} (staat hij er al zonder bank_ref, vervang hem dan hierdoor).",
    # An unassigned bank credit the overview suggests for the dossier, on its page: {why} the reasons (CANDIDATE).
    "suggested_credit": "Mogelijk van deze debiteur ({why}): {amount}, bijgeschreven op {date}{payer}{text}, "
    "bankboeking {ref}. Nog aan geen dossier gekoppeld.",
    # The other dossiers the bank section lists for the same credit (staff.view.Suggested.others).
    # The credit's text names this dossier and others (staff.candidates.named_in_text): the lines hold no amount.
    "assign_split": "Alleen het deel van deze debiteur: de omschrijving noemt ook {others}. Vul bij amount het "
    "bedrag van dit deel in (de delen samen ten hoogste {amount}); is alles van deze debiteur, dan het hele bedrag.",
    "suggested_others": "Ook mogelijk van: {others}. Wijs hem toe aan wie hem betaalde.",
    "suggested_payer": ", van {payer}",
    "suggested_text": ", omschrijving: {text}",
    "suggested_written": "staat al in dit dossierbestand zonder bank_ref",
    # On the letters list, a step's letter: the lines that record it once sent (the dossier page's), folded.
    "record_letter_here": "Verstuurd? Zet dit {events}",
    # Before it, of a step's letter held out of the print file (DayLetter.look_first, contact_first): do this first.
    "record_look_first": "Kijk eerst na of de debiteur al betaald heeft (Mogelijke betaling in de bank): de brief "
    "staat daarom niet in het printbestand.",
    "record_contact_first": "Neem eerst contact op met de debiteur en leg dat vast: de bank boekte een betaling "
    "terug (Betaling teruggeboekt), en de debiteur denkt misschien dat er betaald is. De brief staat daarom niet in "
    "het printbestand.",
    "record_intro_letter": "Verstuurd? Zet dit {events}, met de datum waarop hij ging: per e-mail "
    "channel: email, per post channel: letter.",
    "record_intro_by_post": "Verstuurd? Zet dit {events}, met de datum waarop hij per post ging. "
    "De build schreef alleen de brief: een particulier krijgt de sommatie per post, tenzij hij heeft ingestemd met "
    "e-mail (zet dan eerst final_notice_by: email en email_agreed: de dag waarop hij instemde onder contact:, dan "
    "schrijft de volgende build de e-mail).",
    "record_intro_by_email": "Verstuurd? Zet dit {events}, met de datum waarop de e-mail ging. De "
    "build schreef alleen de e-mail (final_notice_by: email, of geen postadres).",
    "record_no_answer": "Niemand bereikt? Leg dan een notitie vast (type: note, channel: phone, note: wat u deed); "
    "het gesprek blijft dan te doen, en de sommatie volgt vanaf {date}.",
    # {channel}: email or letter, as the lines say it (the debtor's e-mail address, else the post).
    "record_no_phone": "Geen telefoonnummer bekend, dus bellen kan niet. Stuur in plaats daarvan een kort "
    "persoonlijk bericht ({how}) en zet dit dan {events}, met de datum waarop het ging en bij note wat u schreef: "
    "dan is deze stap gedaan. Weet u een nummer, zet het onder contact: phone: in {path} en bel. Anders volgt de "
    "sommatie vanaf {date}. Sprak u de debiteur toch, bij een bezoek? Leg dat vast als call met channel: visit "
    "en spoke_with.",
    "how_email": "per e-mail",
    "how_letter": "per post",
    # Under the call step of a debtor without a phone number in today's work: what to do instead.
    "call_instead": "Bellen kan niet: er is geen telefoonnummer. Stuur een kort persoonlijk bericht {how} en leg "
    "het vast als note met channel: {channel}; dan is deze stap gedaan. Vindt u het nummer, zet het onder "
    "contact: phone: en bel.",
    # The contact column of today's work: what there is beside what is missing.
    "no_phone_email": "Geen telefoon: per e-mail",
    "no_phone_post": "Geen telefoon: per post",
    "acting_counsellor": "Schuldhulpverlener: {reach}",
    # Who asked for a postpone (asked_by): staff may see the name; the public page says the role alone.
    "asked_by_debtor": "de debiteur",
    "asked_by_counsellor": "schuldhulpverlener {name}",
    "asked_by_administrator": "bewindvoerder {name}",
    "after_asked_pause": "Na uitstel tot {date}, gevraagd door {asker}",
    "asked_by_earlier": "een eerdere vertegenwoordiger (niet meer in representative:, zie de notities)",
    "acting_administrator": "Bewindvoerder (de brieven gaan p/a de bewindvoerder): {reach}",
    # Who acts for the debtor with the days they act (`since`, `until`): a letter of another day went to the debtor.
    "acting_counsellor_dated": "Schuldhulpverlener {period}: {reach}",
    "acting_administrator_dated": "Bewindvoerder {period} (de brieven gaan p/a de bewindvoerder): {reach}",
    "acted_counsellor_dated": "Was schuldhulpverlener {period}: {reach}",
    "acted_administrator_dated": "Was bewindvoerder {period} (de brieven gingen toen p/a de bewindvoerder; nu weer "
    "naar de debiteur zelf): {reach}",
    "acting_since": "sinds {since}",
    "acting_until": "tot en met {until}",
    "acting_span": "van {since} tot en met {until}",
    "no_email_post": "Geen e-mail: per post, {address}",
    "no_email_address": "Geen e-mail of adres",
    "letter_nowhere": "geen post- of e-mailadres: niet verstuurbaar",
    "letter_unprintable": "per post niet verstuurbaar: geen lettertype van de brief heeft de tekens {chars} uit "
    "naam, adres of factuuromschrijving (zie de melding van de build); schrijf het in het dossier in Latijns schrift",
    "plan_leaves": "De open termijnen dekken niet alles: betaald op tijd staat er na de laatste naar verwachting "
    "nog {amount} open, de rente tot dan inbegrepen. De pagina van de debiteur zegt het zo, en wat daarna volgt: "
    "een herinnering, of na een regeling voor een deel van het bedrag de volgende stap vanaf waar de incasso stond.",
    # Above the dossier's rates: where they come from, and what the debtor reads of them.
    "rate_carried": "niet in het tarievenbestand: het laatste tarief daarin (tot en met {day}), doorgetrokken",
    "rates_note": "Uit {file}. Onder de rentetabel leest de debiteur wie het percentage vaststelt en waar het na te "
    "kijken is (rijksoverheid.nl). Een tarief dat niet bevestigd is, kijkt de beheerder na (docs/computation.md, "
    "‘The rate table’).",
    "plan_leaves_no_interest": "De open termijnen dekken niet alles: na de laatste staat nog {amount} open. De "
    "pagina van de debiteur zegt wat daarna volgt: een herinnering, of na een regeling voor een deel van het bedrag "
    "de volgende stap vanaf waar de incasso stond.",
    "plan_asks_more": "De open termijnen vragen {amount} meer dan er openstaat: de debiteur betaalt nooit meer dan "
    "het totaal (de pagina zegt het zo).",
    # With VAT on the costs (policy.costs_vat): what is open counts them with it.
    "plan_asks_more_vat": "De open termijnen vragen {amount} meer dan er openstaat (met de incassokosten inclusief "
    "btw): de debiteur betaalt nooit meer dan het totaal (de pagina zegt het zo).",
    "letter_recorded": "al vastgelegd ({channel}): niet opnieuw versturen",
    # A promise's or a plan's confirmation that says a wait asked for too (DayLetter.wait_until).
    "letter_wait_too": "bevestigt ook het gevraagde uitstel tot en met {date} (geen aparte brief)",
    "letter_earlier_today": "ook geschreven door een eerdere build van vandaag: verstuurd? Dan niet nog eens "
    "(hij staat ook in de printbestanden van deze build)",
    "letter_ready_since": "klaar sinds {date}, ook in de builds sindsdien: al verstuurd? Leg het dan eerst vast, "
    "en verstuur hem niet nog eens",
    "letter_look_first": "mogelijk al betaald (Mogelijke betaling in de bank): eerst nakijken. De brief staat daarom "
    "niet in het printbestand: blijkt de betaling niet van deze debiteur, print dan deze PDF",
    # A step's letter to a dossier whose payment the bank took back, no contact recorded since: held too.
    "letter_contact_first": "betaling teruggeboekt door de bank (Betaling teruggeboekt): neem eerst contact op met "
    "de debiteur en leg dat vast, want die denkt misschien dat er betaald is. De brief staat daarom niet in het "
    "printbestand: moet hij daarna toch weg, print dan deze PDF, of laat de volgende build hem in het printbestand "
    "zetten",
    # A step's letter to a dossier the bank section lists for a credit by the name alone: not held back.
    "letter_named_credit": "de bankafschriften noemen een betaling die op de naam alleen van deze debiteur kan "
    "zijn (Mogelijk van): kijk die na vóór het versturen: een naam alleen houdt de brief niet tegen",
    "letter_both_forms": "geschreven als PDF (ook in het printbestand) en als e-mail: verstuur hem op één manier en "
    "leg vast welke, anders krijgt de debiteur hem twee keer. Post de postkamer het hele printbestand, verstuur de "
    "e-mail dan niet",
    # ... a confirmation or a handover notice: no record (docs/letters.md), the same advice without "leg vast".
    "letter_both_forms_unrecorded": "geschreven als PDF (ook in het printbestand) en als e-mail: verstuur hem op één "
    "manier, anders krijgt de debiteur hem twee keer. Post de postkamer het hele printbestand, verstuur de e-mail "
    "dan niet",
    # ... a letter held out of the print file until a credit is looked at (letter_look_first says so before it).
    "letter_both_forms_held": "geschreven als PDF en als e-mail: verstuur hem op één manier en leg vast welke, "
    "anders krijgt de debiteur hem twee keer",
    # ... in today's work, whose note says what to do once (UI today_both_forms): the row's own fact alone.
    "letter_both_forms_short": "PDF en e-mail klaar",
    "letter_one_way": "verstuur hem op één manier en leg vast welke: per post komt hij later aan dan per e-mail, "
    "en de termijn telt vanaf de dag na ontvangst. Hij staat daarom niet in het printbestand: post u hem, print "
    "dan deze PDF",
    # ... one held out of the print file for a look or a contact first: the note before it says so, and what to do.
    "letter_one_way_held": "verstuur hem op één manier en leg vast welke: per post komt hij later aan dan per "
    "e-mail, en de termijn telt vanaf de dag na ontvangst",
    # A letter of the day that asks another amount than the debtor's page (a final notice to a plan in arrears).
    "asked_letter": "Gevraagd in de brief van vandaag ({letter})",
    "asked_apart": "De {letter} van vandaag vraagt een ander bedrag dan de pagina van de debiteur. Zodra de "
    "{letter} is vastgelegd, vraagt de pagina hetzelfde.",
    "asked_on_page": "pagina: {amount}",
    # The page asks no amount (claims.demand.amount_asked): why, not the total.
    "asked_on_page_none_dispute": "pagina: geen bedrag (geschil: de debiteur betaalt wat hij niet betwist)",
    "asked_on_page_none_undecided": "pagina: geen bedrag (wacht op bankafschriften: akkoord betaald of niet)",
    "asked_on_page_none_legal": "pagina: geen bedrag (gerechtelijke stappen)",
    "brand": "{creditor} · Incasso",
    "dossier_title": "{name} ({id}) · Dossier",
    "status_on": "{status} {date}",
    "agreed_of": "{amount} van {owed}",  # a settlement's sum against what was owed on its day (UI agreed)
    # Both outcomes of a settlement's deciding day not in the statements read (UI undecided_paid, undecided_not_paid).
    "undecided_nothing": "dan niets meer te betalen",
    # A running settlement's lapse (UI lapse_whole): the whole claim, its interest counted again from its day.
    "lapse_interest": "{total} en de rente sinds {date}",
    "undecided_whole": "{total} te betalen",
    "undecided_lapses": "akkoord vervallen: de hele vordering weer te betalen, met rente en kosten",
    # A closed claim's interest cell (UI interest_closed): what of the interest counted was paid, and what was let go.
    "interest_paid": "{amount} betaald",
    "interest_left_settled": "{amount} kwijtgescholden",
    "interest_left_written_off": "{amount} afgeschreven",
    "interest_left_paid": "{amount} open",
    "waiting_today": "vandaag",
    "waiting_one": "{days} dag",
    "waiting_many": "{days} dagen",
    # Waiting longer than a week: said in words, not by the colour alone (a screen reader hears no red).
    "waiting_statements": "wacht op afschriften t/m {date}",  # a check they do not reach yet: not late
    "waiting_late": "{waiting} (te\u00a0laat)",  # "(te" over "laat)" reads as two words
    "missing": "{what} ontbreekt",
    "stage_option": "{stage} ({count})",
    "allocation": "{amount} {to}",
    "allocation_invoice": "{amount} {to} {invoice}",
    "promised": "{amount} · {date}",
    # The day a build first wrote the event's confirming letter: only that night's letters hold it.
    "confirmed_on": "brief klaargezet op {date} (in de brieven van die build)",
    # A wait asked for, first seen with a promise or plan: said in that one's confirmation (letters.due.waits_carried).
    "confirmed_in": "geen aparte brief: bevestigd in de brief klaargezet op {date} ({letter})",
    # A promise or plan the first build that had the dossier found, dated before its day: no letter, by design.
    "not_confirmed": "geen brief geschreven: al vastgelegd vóór de eerste build met dit dossier ({date}). De build "
    "bevestigt alleen wat daarna wordt vastgelegd; stuur zo nodig zelf een bevestiging.",
    # A handover the first build that had the dossier found, dated before its day: no notice, by design.
    "no_handover_notice": "geen brief geschreven: al vastgelegd vóór de eerste build met dit dossier ({date}). "
    "De build schrijft het bericht van overdracht alleen bij een overdracht die daarna wordt vastgelegd; stuur zo "
    "nodig zelf een bericht van overdracht.",
    "promised_whole": "totaal te betalen",  # a promise without an amount: the whole balance
    "installment": "{amount} op {date}",
    "installments_separator": "; ",
    # Under an invoice on the dossier: its credit notes, also one dated after the build's day (written ahead).
    "credit_note": "Creditnota {number} van {date}: {amount} minder",
    "credit_note_later": "Creditnota {number} van {date}: {amount} minder, telt pas vanaf die dag",
    "credit_note_described": "{line} ({description})",
    # Under an invoice a dispute holds apart: it is in none of the dossier's figures until the answer.
    "disputed_apart_row": "betwist: telt niet mee tot het antwoord (dispute_resolved met invoices)",
    "disputed_credited_row": "betwist en helemaal gecrediteerd: leg het antwoord vast (dispute_resolved met invoices)",
    # ... and what payments naming it keep for it (claims.settlement: up to all it could ask), alone or shared.
    "disputed_kept": "{amount} van betalingen die deze factuur noemden ligt hiervoor apart",
    "disputed_kept_together": "{amount} ligt apart voor deze factuur en {others} samen",
    # ... or, credited in full, that nothing is kept for it: what payments naming it paid went to the others.
    "disputed_passed_on": "{amount} van betalingen die deze factuur noemden ging daarom naar de andere facturen",
    "origin_bank": "bankafschrift ({ref})",
    "origin_named": "dossierbestand, bankboeking {ref}",
    "origin_file": "dossierbestand",
    "origin_account": ", van {account}",
    # Under the payments on the dossier: each the bank took back, with the bank's reason.
    "payment_returned": "{amount} op {date} (bankboeking {ref}{account}): teruggeboekt op {returned}{reason}; telt "
    "niet.",
    # ... one staff wrote in the debtor file as taken back (`returned:`), with the bank entry it names if it does, and
    # where ({where}: "debtors/D-1.yaml, regel 14: payments[0].returned"): no statement read says it.
    "payment_returned_written": "{amount} op {date}{entry}: teruggeboekt op {returned}, zo geschreven in het "
    "dossierbestand ({where}); telt niet.",
    # ... the bank entry it names, with the account that paid it when a statement read holds that entry.
    "payment_returned_entry": " (bankboeking {ref}{account})",
    # ... and the charges its return debited on top (as the bank section's `answered_charges` says them).
    "payment_returned_charges": " De {charges} kosten erbij zijn voor rekening van de schuldeiser.",
    # ... and the charges its return names booked apart, not in what it debited (BankEntry.apart); the overview's bank
    # section says them so after its Teruggeboekt line too (bank_section._returned_line).
    "payment_returned_apart": " De {charges} kosten die de terugboeking apart geboekt noemt (niet in wat zij "
    "afschreef) zijn voor rekening van de schuldeiser.",
    # A day of a payment taken back the bank did not give ("op een onbekende dag"): "—" would read as "geen".
    "unknown_day": "een onbekende dag",
    "record_refund_returned": "Haal deze refund weg onder events: in {path}, met de regels die erbij horen (by:, "
    "note:): tot dan telt hij als terugbetaald. Het tegoed staat dan weer open; leg de nieuwe terugbetaling vast als "
    "een nieuwe refund, met de dag waarop het geld weer uitging.",
    "record_refund_returned_open": "Haal deze refund weg onder events: in {path}, met de regels die erbij horen "
    "(by:, note:): tot dan telt hij als terugbetaald. Daarna telt het bedrag als betaling op wat open staat; betaalt "
    "u het toch terug, leg dat dan vast als een nieuwe refund, met de dag waarop het geld weer uitging.",
    # A rest below the chase minimum (the signal Klein restant): the write-off to paste, and how to leave it.
    "record_small_rest": "Afschrijven? Plak dit {events}: de vordering sluit dan, met de rente van "
    "die dag. Laten staan? Dan hoeft er niets; wilt u het signaal een tijd niet zien, leg dan een postpone vast tot "
    "een datum (met reason: waarom).",
    "record_small_rest_note": "Klein restant onder het minimum om na te lopen afgeschreven",
    # A credit below SMALL_CREDIT (the signal Klein tegoed): no task, the refund to paste once it is paid.
    "record_small_credit": "Terugbetaald? Zet dit {events}, met de datum waarop het geld uitging. Verrekend met "
    "een nieuwe factuur? Dan hoeft er niets: de factuur in het dossierbestand verrekent het tegoed.",
    # Today's work and the dossier on money to pass on to the agency (staff.overview.PassOn).
    "pass_on_to": "Betaling doorgeven aan {agency}",
    "pass_on_agency": "het incassobureau",
    "pass_on_payment": "{amount} op {date}, bankboeking {ref}",
    "pass_on_contact": " ({contact})",
    "pass_on_reference": ", met hun kenmerk {reference}",
    "pass_on_their_reference": "hun kenmerk {reference}",
    "pass_on_earlier": "hoort bij de overdracht van {handed}; het dossier ligt nu bij {now}",
    # Under Let op on the dossier: where the note's value was written, and which next step it is about.
    "note_where": "{path}, regel {line}",
    "note_before": "vóór de volgende stap: {step}",
    "notes_separator": "; ",
    "return_code": "reden {code}",  # a return reason code RETURN_REASON does not name
    "print_title": "Brieven om te versturen, {date}: {letters}",  # the print file's PDF title
    "print_letters": "brief {first} tot en met {last}",
    "print_letters_one": "brief {first}",  # a print file of one letter
    # In the print file's title after its day, when that day no post is collected (law.calendar.posting_day) and the
    # file holds only letters no later build writes again: they go from it, that day.
    "print_posting": "{date}, te posten op {posting}",
    # ... a file that holds steps: the build of the day with post writes them again, dated its day; post those.
    "print_again": "Brieven van {date}, dag zonder post: de build van {posting} schrijft de stappen opnieuw: {letters}",
    "print_again_some": "Brieven van {date}, dag zonder post: post op {posting} alleen {once}; de build van die dag "
    "schrijft de stappen opnieuw: {letters}",
    "print_once_one": "de bevestiging of het bericht van overdracht",
    "print_once_many": "de {count} bevestigingen en berichten van overdracht",
}

# The overview's long lists: the first rows on the overview, all of them on pages per kind.
MORE = {
    "note": "De eerste {shown} van {count} staan hier; alle, per soort:",
    # Today's work: a share of each kind, so a backlog of one kind does not hide the day's letters and calls.
    "shares_today": "Hier staan er {shown} van {count}: van elke soort de eerste, zodat een achterstand van "
    "één soort het andere werk niet verdringt; alle, per soort:",
    # The signals: a share of each kind, so hundreds of plans behind do not hide a broken promise or a credit.
    "shares_flags": "Hier staan er {shown} van {count}: van elke soort de eerste, zodat een veelvoorkomend "
    "signaal de andere niet verdringt; alle, per soort:",
    "group": "Alle {count} dossiers in {group}",
    "title": "{list}: {kind}",
}
# The fields the search finds a dossier by (incasso.staff.search.FIELD_KINDS), as it names them.
SEARCH_FIELD = {
    "id": "dossiernummer",
    "number": "dossiernummer",
    "name": "naam",
    "person": "contactpersoon",
    "email": "e-mailadres",
    "phone": "telefoon",
    "address": "adres",
    "reference": "betalingskenmerk",
    "invoice": "factuurnummer",
    "credit_note": "creditnotanummer",
    "agency": "incassobureau of deurwaarder",
    "account": "rekeningnummer",
    "stage": "fase of status",
    "administrator": "bewindvoerder",
    "counsellor": "schuldhulpverlener",
}

# The language of a holiday's name (law.calendar.holiday_name: Dutch as the `holidays` package names it, English from
# law.tables.HOLIDAY_NAMES_EN).
HOLIDAY_LANGUAGE = "nl"

PAGER = {"label": "Pagina {number} van {count}", "previous": "Vorige", "next": "Volgende", "gap": "…"}

# The pages' fixed words (the templates' `t`).
UI = {
    "title": "Incasso: overzicht voor de afdeling",
    "eml_file": ".eml-bestand",
    "internal": "Intern: niet publiceren",
    "skip": "Direct naar de inhoud",
    "as_of": "Stand per",
    "stale": "Deze pagina staat op {date}, niet op vandaag: is de build van vannacht mislukt of niet gedraaid? "
    "Verstuur geen brieven van deze dag voordat de pagina's van vandaag er zijn; ze kunnen al verstuurd zijn.",
    "open_claims": "Openstaande dossiers",
    "files": "Bestanden van deze build",
    "file_changes": "Wat is veranderd sinds de vorige build",
    "file_links": "Persoonlijke links en adressen, voor een mail merge",
    "file_links_xlsx": "Dezelfde lijst als Excel-werkmap",
    "file_links_excel": "Dezelfde lijst als CSV voor Excel met Nederlandse instellingen",
    "files_excel": "Open in Excel of een ander spreadsheetprogramma het bestand links.xlsx: de bedragen zijn daar "
    "getallen met twee decimalen, wat de instellingen ook zijn. links.csv is voor een mail merge en andere "
    "programma's.",
    "file_claims": "Alle dossiers, voor andere programma's",
    "outstanding": "Openstaand",
    "outstanding_disputed": "daarnaast betwist, apart: {amount}",
    # ... and what payments naming those invoices keep for them until the answer (claims.kept), which the
    # disputed amount (their principal) does not take off.
    "outstanding_disputed_kept": "daarnaast betwist, apart: {amount}; al betaald, ligt apart: {kept}",
    # Under a dossier's amount in the claims table: its invoices disputed apart, as "outstanding_disputed" says
    # them for all dossiers, and what is kept for them.
    "row_disputed": "daarnaast {amount} betwist",
    # Under a settled or written-off dossier's amount, and its group's: what that amount is, since nothing of it is
    # open (a settled claim's rest is let go; the column reads "Openstaand").
    "row_settled": "kwijtgescholden",
    "row_written_off": "afgeschreven",
    # Under a closed dossier's days late: the day they count to, not today (rows.LATE_WHEN).
    "row_late_paid": "bij betaling",
    "row_late_written_off": "bij afschrijven",
    "row_disputed_kept": "daarnaast {amount} betwist; {kept} al betaald, ligt apart",
    "today": "Werk voor vandaag",
    "today_none": "Vandaag staat er niets te doen.",
    # Above today's work on a day no post is counted as collected (law.calendar.posting_day: Monday to Friday, no
    # holiday): which day is the next with post; with letters to post, that they go then, and what follows from it
    # (the rest in docs/letters.md, "Weekends and holidays").
    "no_post": "Vandaag ({day}) telt als dag zonder post: de eerstvolgende dag met post is {posting}.",
    # With letters to post: the steps go from that day's build, which writes them again (letters.due), dated its day.
    "no_post_steps": "De build van die dag schrijft de stappen van vandaag opnieuw, met zijn eigen datum en bedragen: "
    "post die.",
    # ... and the letters only this build writes (no_post_once_one/many): kept, as the next build replaces the folder.
    "no_post_once": "Bewaar {once} en post die dan.",
    "no_post_once_one": "de brief die alleen deze build schrijft (een bevestiging of bericht van overdracht)",
    "no_post_once_many": "de {count} brieven die alleen deze build schrijft (bevestigingen, berichten van overdracht)",
    "no_post_saturday": "zaterdag",
    "no_post_sunday": "zondag",
    "no_post_decree_day": "feestdag bij besluit",  # made equal to a holiday by the Atw's decree: no name of its own
    "today_note": "Oudste eerst; bij dezelfde datum het grootste gevraagde bedrag eerst. Gevraagd: wat de "
    "brief en de pagina van de debiteur nu vragen (een termijn, het achterstallige deel of alles, niet altijd het "
    "hele openstaande bedrag; vraagt de pagina iets anders dan de brief van vandaag, dan staat dat eronder); bij "
    "een tegoed wat terug moet; bij een betaling door te geven aan het incassobureau wat door moet; bij een "
    "betwiste factuur wat daarvan open is (de pagina vraagt het niet).",
    # Above today's work when a row's letter is written in two forms ("PDF en e-mail klaar"): what that asks, once.
    "today_both_forms": "PDF en e-mail klaar: de brief is als PDF en als e-mail geschreven. Verstuur hem op één "
    "manier, anders krijgt de debiteur hem twee keer (meer onder Brieven van vandaag).",
    "letters": "Brieven van vandaag",
    "letters_none": "Vandaag gaan er geen brieven uit.",
    "letters_to_send": "{send} te versturen (van {count})",
    "letters_of_today": "van de {count} van vandaag",  # under the letters card's figure: of the day's letters
    # ... and those held for a look at a credit or a contact first (DayLetter.held_first): not to send yet.
    "letters_held": ", {count} eerst nakijken",
    "letters_to_send_label": "Brieven te versturen",
    "letters_note": "Een brief is klaar om te versturen: de PDF per post (in een vensterenvelop) of het "
    "e-mailbericht (open het .eml-bestand in uw mailprogramma). Leg daarna de stap vast in het dossier, "
    "met het kanaal waarlangs hij ging: de termijn van een sommatie telt vanaf de ontvangst via dat kanaal. "
    "Een stap die niet is vastgelegd, staat morgen opnieuw klaar, met de bedragen en termijnen van morgen. "
    "Een bevestiging (van een toezegging of regeling) en een bericht van overdracht niet: die schrijft alleen "
    "deze build. Verstuur ze vandaag (op een dag zonder post gaan die per post op de eerstvolgende dag met post: "
    "bewaar ze tot dan); ze hoeven niet te worden vastgelegd, want de toezegging, regeling of overdracht staat al "
    "in het dossier.",
    "letters_both_forms": "Een brief met een PDF en een e-mail is op beide manieren geschreven (de PDF staat ook in "
    "het printbestand, tenzij zijn regel zegt van niet): verstuur hem op één manier, anders krijgt de debiteur hem "
    "twee keer; leg bij een herinnering of aanmaning vast welke. Post de postkamer het hele printbestand, verstuur "
    "de e-mails dan niet.",
    "letters_unlinked": "Let op: deze build had geen openbaar adres (--public-url of INCASSO_PUBLIC_URL), dus de "
    "brieven hebben geen link naar de persoonlijke pagina. Bouw opnieuw met dat adres en met uw eigen INCASSO_SECRET "
    "voordat u ze verstuurt.",
    "letters_demo": "Let op: dit is een demo: de build had geen eigen INCASSO_SECRET. Elke brief zegt bovenaan dat hij "
    "een voorbeeld is: verstuur ze niet. Bouw opnieuw met uw eigen INCASSO_SECRET en het openbare adres van uw site "
    "(--public-url of INCASSO_PUBLIC_URL) om brieven te maken die u kunt versturen.",
    "letters_print": "Alle nog te posten brieven in één PDF",
    "letters_print_apart": "(zonder de sommaties die op twee manieren zijn geschreven, {count}: kies per brief de "
    "post of de e-mail, en print die om te posten apart)",
    "letters_print_part": "Brieven voor de post, deel {part} van {parts}: brief {first} tot en met {last} (PDF)",
    "letters_print_part_one": "Brieven voor de post, deel {part} van {parts}: brief {first} (PDF)",
    "letter": "Brief",
    "letter_pdf": "PDF",
    "letter_eml": "E-mail",
    "checks": "controles",
    "steps": "stappen",
    "flags": "Signalen",
    # In a row without signals: a word, not an empty cell a screen reader reads as "blank".
    # A table cell with nothing in it ("—"), as a screen reader names it (macros.blank).
    "blank_cell": "geen",
    # ... of an instalment with nothing paid that is not overdue (fmt.nothing_paid_key), as the page says it.
    "blank_not_yet": "nog niet",
    "flags_cell_none": "geen",
    # Under the Signalen card: signals that are a task today too (a dispute open too long is its review).
    "flags_also_tasks": "waarvan {count} ook als taak bij Werk voor vandaag",
    # Beside today's reviews of disputes and the signals of disputes open too long: why their counts differ (a
    # dispute's answer is due on its dispute_max_days-th day, it is too long open from the day after).
    "reviews_last_day": "{task} telt er {tasks}, {flag} {signals}: "
    "{count} geschillen staan vandaag precies {days} dagen open. Hun antwoord is vandaag nog op tijd; te lang open "
    "(een signaal) zijn ze pas vanaf morgen.",
    "reviews_last_day_one": "{task} telt er {tasks}, {flag} {signals}: "
    "1 geschil staat vandaag precies {days} dagen open. Het antwoord is vandaag nog op tijd; te lang open (een "
    "signaal) is het pas vanaf morgen.",
    "flags_none": "Geen signalen.",
    "ageing": "Ouderdom van het openstaande bedrag",
    "ageing_note": "Per factuur: het open bedrag (hoofdsom en rente) valt in de kolom van de eigen "
    "vervaldatum; incassokosten bij de oudste open factuur waarvoor ze gelden. Betaalde en afgeschreven "
    "dossiers tellen niet mee.",
    "ageing_chart": "Openstaand bedrag per ouderdom, verdeeld over de fasen",
    "claims": "Alle dossiers per fase",
    "claims_note": "Zwaarste fase eerst; binnen een fase de langst verlopen volgende stap eerst, "
    "dan het grootste bedrag.",
    "closed": "Afgesloten",
    "filter": "Zoek een dossier",
    "filter_placeholder": "naam, telefoon, postcode, kenmerk, factuur…",
    "filter_hint": "Op nummer, naam, contactpersoon, e-mail, telefoon (ook 06…), adres, postcode, "
    "betalingskenmerk (RF…), factuur- of creditnotanummer, rekeningnummer (IBAN) waarvan (mogelijk) betaald is, "
    "incassobureau (ook zijn kenmerk), deurwaarder, fase of status. "
    "Spaties en streepjes tellen niet mee; "
    "Esc wist de zoekopdracht, de fase en de sortering.",
    "stage_filter": "Fase",
    "all_stages": "Alle fasen",
    "reset": "Terug naar indeling per fase",
    "shown": "gevonden",
    "found": "Gevonden dossiers",
    # Above the results that hold what was typed in one field ("Oudegracht 73" as a street and number),
    # before those with the words spread over their fields.
    "found_together": "Zoals getypt, in één gegeven",
    # Above the results whose debtor's name holds the one word typed, before those where another field does.
    "found_named": "In de naam van de debiteur",
    # Under a dossier found by another field than its name: which ("Gevonden in: contactpersoon, adres").
    "found_in": "Gevonden in: {fields}",
    "found_none": "Geen dossiers gevonden.",
    "found_none_for": "Geen dossiers gevonden voor ‘{query}’.",
    # Typed: an account that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT), listed by none of them.
    "found_collecting": "Rekening {account} betaalde voor {count} dossiers (schuldhulpverlening, bewindvoerder, "
    "betaaldienst of familie). De zoekopdracht toont ze niet: deze rekening zegt niet voor wie een betaling is. "
    "Zoek op de naam of het kenmerk in de omschrijving van de betaling.",
    "show_more": "Meer tonen",
    "loading": "Zoeken…",
    "pages": "Pagina's",
    "pages_below": "Pagina's, onder de lijst",  # the second pager's landmark: two of one name are one too many
    "kinds": "Per soort",
    "kinds_of": "{list} per soort",  # a list's kinds on the overview, beside another list's
    "sort_hint": "Kies een kolomkop om te sorteren; nog eens voor de omgekeerde volgorde.",
    # Said after the count once a column sorts the results ("16 van 16 gevonden, gesorteerd op Openstaand, aflopend").
    "sorted": "gesorteerd op {column}, {direction}",
    "ascending": "oplopend",
    "descending": "aflopend",
    "stage": "Fase",
    "status": "Status",
    "debtor": "Debiteur",
    "action": "Actie",
    "due_since": "Te doen sinds",
    "claim_one": "dossier",
    "claim_many": "dossiers",
    "contents": "Inhoud",
    "amount": "Bedrag",
    "asked_amount": "Gevraagd",  # today's work: what the page and the step's letter ask (Task.amount)
    "contact": "Contact",
    "count": "Aantal",
    "total": "Totaal",
    "days_overdue": "Dagen te laat",
    "next": "Volgende stap",
    "last_contact": "Laatste contact",
    "never": "nooit",
    "none": "geen",
    "with_agency": "bij het incassobureau",
    "with_court": "bij deurwaarder of rechter",
    "signal": "Signaal",
    "detail": "Toelichting",
    "back": "Terug naar het overzicht",
    "why": "Waarom deze fase",
    "what_next": "Wat nu",
    "notes": "Let op",
    "notes_intro": "De build rekent met het dossierbestand zoals het er staat, maar dit viel op (zijn log zegt het "
    "ook). Per punt: wat het betekent en wat te doen.",
    "link": "Persoonlijke link van de debiteur",
    "reference": "Betalingskenmerk",
    "copy_button": "Kopiëren",
    # The buttons' names for a screen reader's list of buttons: the word shown first (WCAG 2.5.3).
    "copy_record": "Kopiëren: de regels voor het dossier",
    "copy_link": "Kopiëren: de persoonlijke link",
    "of_total": "van",
    "copied": "Gekopieerd",
    # Shown beside the button until the next copy, in words that fit what the box holds.
    "copy_failed_link": "Kopiëren lukte niet: selecteer de link en kopieer hem zelf",
    "copy_failed_lines": "Kopiëren lukte niet: selecteer de regels en kopieer ze zelf",
    "figures": "Bedragen",
    "principal_open": "Hoofdsom open",
    "interest_open": "Rente open",
    "costs_open": "Incassokosten open",
    "costs_open_vat": "Incassokosten open, inclusief btw",  # policy.costs_vat: the VAT is in the amount
    # A settled claim (a settlement paid in time): each kind's rest is remitted, not open.
    "principal_remitted": "Hoofdsom kwijtgescholden",
    "interest_remitted": "Rente kwijtgescholden",
    "costs_remitted": "Incassokosten kwijtgescholden",
    "costs_remitted_vat": "Incassokosten kwijtgescholden, inclusief btw",
    "total_due": "Totaal te betalen",
    "total_remitted": "Kwijtgescholden (niet betaald)",
    # A written-off claim: what stands is written off, not to pay (the figures' rows, the invoices' column).
    "principal_written_off": "Hoofdsom afgeschreven",
    "interest_written_off": "Rente afgeschreven",
    "costs_written_off": "Incassokosten afgeschreven",
    "costs_written_off_vat": "Incassokosten afgeschreven, inclusief btw",
    "total_written_off": "Afgeschreven (niet betaald)",
    # A paid claim: what was paid of each kind and in all, and the day the last of it came ("Totaal te betalen EUR
    # 0,00" said only that nothing is asked); paid off by credit notes alone, what they took off.
    "principal_paid": "Hoofdsom betaald",
    "interest_paid": "Rente betaald",
    "costs_paid": "Incassokosten betaald",
    "costs_paid_vat": "Incassokosten betaald, inclusief btw",
    "total_paid": "Volledig betaald op {date}",
    "total_paid_unknown": "Volledig betaald",
    "total_credited": "Gecrediteerd (niets betaald)",
    # A settlement that holds (running or settled): the agreed sum against what was owed on its day, at the top.
    "agreed": "Afgesproken",
    # A running settlement: what the debtor's page says is left of the agreed sum ("Van het afgesproken bedrag staat
    # nog ... open"), in the total's place; and what its lapse brings back, named as such, never as to pay now.
    "agreed_left": "Van het afgesproken bedrag nog open",
    "lapse_whole": "Vervalt het akkoord, dan weer te betalen",
    # Beside the agreed sum: what is let go once it is paid, as the debtor's page says it ("Dan schelden wij de rest
    # van ... kwijt").
    "remit_when_paid": "Kwijtgescholden na betaling van het afgesproken bedrag",
    # A settlement's deciding day not in the statements read (claims.demand.settlement_undecided): what is to pay
    # hangs on a payment not seen yet, so both outcomes, as the debtor's page asks them, not a plain total.
    "undecided_paid": "Uiterlijk {date} nog {left} betaald",
    "undecided_not_paid": "Anders",
    "asked": "Gevraagd op pagina en brief",
    "asked_page": "Gevraagd op de pagina",
    # What is asked while it is not due yet (claims.demand.asked_by): its day, or a clerk chases it now.
    "asked_by": "{asked}, uiterlijk {date} (nog niet vervallen)",
    "credit": "Tegoed (te veel betaald)",
    "refunded": "Tegoed terugbetaald",
    "refund_returned": "Terugbetaling teruggekomen",
    "costs_earlier": "Incassokosten eerdere vordering (betaald)",
    "costs_announced": "Incassokosten aangekondigd: {amount} vanaf {date}.",
    "costs_announced_vat": "Incassokosten aangekondigd: {amount}, inclusief btw, vanaf {date}.",
    "costs_waiting": "Incassokosten {amount} wachten op ons antwoord op het geschil: beantwoord, dan volgen ze na de "
    "termijn van het antwoord (resume_after_dispute_days), tenzij wat de sommatie vroeg dan betaald is.",
    # Beside it, a final notice's term over but not yet read (claims.demand.term_costs_on_top): what the page asks.
    "costs_on_page": "De termijn van de sommatie liep tot en met {date}, maar betalingen zijn verwerkt tot en met "
    "{seen}. Wie nu betaalt, betaalde niet in de termijn: de pagina, de QR-code en de betaallink vragen daarom "
    "{asked}, met de {amount} incassokosten erbij. Tonen de afschriften een betaling in de termijn, dan vervallen die "
    "kosten.",
    "invoices": "Facturen",
    "number": "Nummer",
    "date": "Datum",
    "due": "Vervaldatum",
    "invoice_amount": "Bedrag",
    "paid": "Betaald",
    "open": "Open",
    "remitted": "Kwijtgescholden",  # the invoices' column once a settlement was paid in time: nothing is open
    "written_off": "Afgeschreven",  # ... once written off
    "interest": "Rente",
    # A closed claim's invoices: the interest counted in all (paid, or let go), not the open interest ("EUR 0,00"
    # once paid), and how late each was when it closed, not today (a closed claim is late no more).
    "interest_closed": "Rente in totaal",
    "late_paid": "Dagen te laat betaald",
    # The rates the dossier's interest is counted at, each with its source in the rate file (law/rates.csv, in English).
    "rates": "Rentetarieven",
    "rate_from": "Vanaf",
    "rate_percent": "Per jaar",
    "rate_confirmed": "Bevestigd",
    "rate_source": "Bron (uit het tarievenbestand)",
    "yes": "ja",
    "no": "nee",
    "late_written_off": "Dagen te laat bij afschrijven",
    "payments": "Betalingen",
    "payments_none": "Nog geen betalingen.",
    "payments_none_counted": "Geen betalingen die meetellen.",
    "payments_returned": "Teruggeboekt door de bank:",
    "for_invoice": "Voor factuur",
    "allocated": "Verdeeld over",
    "plan": "Betalingsregeling",
    "installment": "Termijn",
    "state": "Stand",
    "events": "Logboek",
    "events_none": "Nog niets vastgelegd.",
    "what": "Wat",
    "by": "Door",
    "spoke_with": "Gesproken met",
    "channel": "Via",
    "note": "Toelichting",
    "future": "na de peildatum: telt nog niet mee",
    "acting": "Treedt op voor de debiteur",
    "person": "Contactpersoon",
    "phone": "Telefoon",
    "email": "E-mail",
    "address": "Adres",
    "missing": "ontbreekt",
    "type": "Soort",
    "language": "Taal",
    "reason": "Reden",
    "until": "Tot",
    "settlement_amount": "Afgesproken bedrag",
    "pay_by": "Te betalen tot en met",
    "pause_asked_by": "Gevraagd door",
    "received": "Aangekomen op",
    "sent_to": "Verstuurd aan",
    "written": "Brief gedateerd",
    "notice_costs": "Kosten in de brief",
    "outcome": "Uitkomst",
    "agency": "Incassobureau",
    "promised": "Toegezegd",
    "installments": "Termijnen",
    "confirmed": "Bevestiging",
    "paused": "gepauzeerd",
    "origin": "Herkomst",
    "payer": "Betaler",
    "account": "Rekening",
    "description": "Omschrijving",
    "bank_ref": "bank_ref",
    "invoice_named": "Noemt factuur",  # the creditor's own invoice number a credit outside the ledger names
    "bank_source": "Uit",  # the statement file and line a bank credit was read from
    "candidates": "Mogelijk van",
    "assign_as": "Zo toewijzen",
    # The name of the box with a bank credit's lines, and of its copy button (the word shown first).
    "assign_lines": "Zo toewijzen: bankboeking {ref}",
    "copy_assign": "Kopiëren: de regels voor bankboeking {ref}",
    "split_part": "Deel van {id}: bankboeking {ref}",
    "copy_split": "Kopiëren: de regels voor het deel van {id} van bankboeking {ref}",
    "bank_notes": "Na te kijken",
    "dossier_bank_notes": "Bankafschriften: na te kijken",
    "dossier_suggested": "Bankafschriften: mogelijk van deze debiteur",
}
