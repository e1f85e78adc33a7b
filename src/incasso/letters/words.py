"""What a letter says around the figures, in Dutch and English (language level B1).

The opening text of each letter is editable Markdown in content/letters/;
these are the fixed sentences, the ones that carry figures, dates and legal
wording. Sentences already on the statement page are taken from there
(incasso.statement.labels), so a letter and the page use the same words.
Both languages must have the same keys (a test checks it).
"""

from __future__ import annotations

from types import MappingProxyType

from incasso.fmt import sentence

NL = {
    # Subjects, per letter
    "subject_reminder": "Betalingsherinnering",
    "subject_dunning": "Aanmaning",
    "subject_final_notice": "Laatste brief voordat wij kosten rekenen (sommatie)",
    "subject_final_notice_plain": "Laatste brief (sommatie)",  # costs charged already, or none at all
    # E-mailed to a consumer who had not agreed to it (letters.terms.unagreed_notice): one that binds may follow.
    "subject_final_notice_unagreed": "Sommatie",
    # Sent again, read on the first one's last day (letters.terms.last_day_on_arrival): its costs stop if paid that day.
    "subject_final_notice_last_day": "Laatste brief (sommatie): geen incassokosten als u uiterlijk {last_day} betaalt",
    # ... the e-mail of a notice that binds (agreed, or a business's): an e-mail is no "brief" (letters.view._subject).
    "subject_final_notice_email": "Laatste e-mail voordat wij kosten rekenen (sommatie)",
    "subject_final_notice_plain_email": "Laatste e-mail (sommatie)",
    "subject_final_notice_last_day_email": "Laatste e-mail (sommatie): geen incassokosten als u uiterlijk {last_day} "
    "betaalt",
    "subject_handover": "Uw dossier is overgedragen aan een incassobureau",
    # ... to the agency the handover names ({agency}), as the opening below it does (letters.view._subject).
    "subject_handover_named": "Uw dossier is overgedragen aan {agency}",
    "subject_promise": "Bevestiging van uw betaalbelofte",
    "subject_arrangement": "Bevestiging van uw betalingsregeling",
    # The wait asked for, granted (`pause`), with its last day: the counsellor files it by that.
    "subject_pause": "Bevestiging: tot en met {day} geen volgende stap",
    # A promise's or a plan's confirmation that confirms a wait asked for too (due.DueLetter.wait), its last day.
    "subject_promise_wait": "Bevestiging van uw betaalbelofte en van het wachten tot en met {day}",
    "subject_arrangement_wait": "Bevestiging van uw betalingsregeling en van het wachten tot en met {day}",
    "subject_installment_reminder": "Herinnering: een termijn van uw betalingsregeling",
    "subject_installment_reminder_several": "Herinnering: termijnen van uw betalingsregeling",
    "subject_installment_reminder_single": "Herinnering: de termijn van uw betalingsregeling",  # a plan of one
    # A settlement (minnelijk akkoord, letters.settlement): its confirmation, and the letter that it was paid.
    "subject_settlement": "Bevestiging van onze afspraak over een lager bedrag (minnelijk akkoord)",
    # ... paid: what the letter is about, as the confirmation named it; "niets meer te betalen" its box says, once.
    "subject_settled": "Onze afspraak over een lager bedrag (minnelijk akkoord) is afgerond",
    "subject_settlement_reminder": "Herinnering: een termijn van onze afspraak (minnelijk akkoord)",
    "subject_settlement_reminder_sum": "Herinnering: het bedrag van onze afspraak (minnelijk akkoord)",
    "email_subject": "{subject} – betalingskenmerk {reference}",
    # Paid to the agency after a handover: the agency's reference is the payment reference, ours only our own.
    "email_subject_ours": "{subject} – ons kenmerk {reference}",
    # A demo's letter (its links made without a real INCASSO_SECRET), as a demo's page says it (statement.labels):
    # on every page and at the top of the e-mail, and before the e-mail's subject.
    "demo": "Demo: dit is een voorbeeldbrief, niet om te versturen. Betaal niets.",
    "demo_subject": "Demo: {subject}",
    # The letter's head
    "reference": "Betalingskenmerk",
    "our_reference": "Ons kenmerk",
    "dossier": "Klantnummer",
    "regarding": "Betreft",
    "attention": "t.a.v. {person}",
    "salutation": "Geachte {name},",
    "salutation_unknown": "Geachte heer, mevrouw,",
    "closing": "Met vriendelijke groet,",
    "page": "Pagina {page} van {pages}",
    "phone": "Telefoon",
    "email": "E-mail",
    "kvk": "KVK",
    "vat": "Btw",
    "iban": "IBAN",
    # Headings
    "h_next": "Wat gebeurt er nu?",
    "h_pay": "Zo betaalt u",
    "h_figures": "Wat u moet betalen en waarom",
    "h_figures_settled": "Wat u moest betalen en hoe het is afgerond",  # the settled letter: nothing is owed
    "h_plan": "Uw termijnen",
    "h_plan_single": "Uw termijn",  # a plan of one (statement.tables.instalment_key, counting all)
    "h_way_out": "Lukt betalen niet, of klopt er iets niet?",
    "h_contact": "Vragen?",
    # A reminder or dunning letter for an invoice that fell due after the last final notice
    "newer_invoice": "Factuur {number} stond nog niet in onze laatste brief (de sommatie van {date}). Voor die "
    "factuur krijgt u daarom eerst {this}. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
    # ... after a final notice sent by e-mail: no "brief" (statement.tables.notice_named)
    "newer_invoice_email": "Factuur {number} stond nog niet in onze sommatie per e-mail van {date}. Voor die "
    "factuur krijgt u daarom eerst {this}. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
    # ... after a final notice sent in our customer portal: a message there, no e-mail either
    "newer_invoice_portal": "Factuur {number} stond nog niet in onze sommatie van {date} in ons klantportaal. Voor "
    "die factuur krijgt u daarom eerst {this}. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
    # ... e-mailed (or in the portal) to a consumer who had not agreed to it: "een e-mail (sommatie)", as the page
    # names it (statement.tables.notice_named), not as one agreed
    "newer_invoice_unagreed_email": "Factuur {number} stond nog niet in onze e-mail (sommatie) van {date}. Voor die "
    "factuur krijgt u daarom eerst {this}. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
    "newer_invoice_unagreed_portal": "Factuur {number} stond nog niet in ons bericht (sommatie) van {date} in ons "
    "klantportaal. Voor die factuur krijgt u daarom eerst {this}. De andere bedragen staan er ook in, zodat u alles "
    "bij elkaar ziet.",
    # ... for an invoice a dispute held out of that notice, since answered
    "newer_answered": "U was het niet eens met factuur {number}. Daarom stond die niet in onze sommatie van {date}. "
    "Wij hebben uw bezwaar beantwoord. Voor die factuur krijgt u daarom eerst {this}. De andere bedragen staan "
    "er ook in, zodat u alles bij elkaar ziet.",
    # ... in its own letter after the first (its dunning letter, after its reminder: letters.terms._newer_invoice):
    # that reminder was its first, and the last letter before this one, not the notice.
    "newer_invoice_again": "Factuur {number} stond nog niet in onze sommatie van {date}. Voor die factuur kreeg u "
    "daarom eerst {letter_sent} van {sent}, en nu {this}. De andere bedragen staan er ook in, zodat u alles bij "
    "elkaar ziet.",
    "newer_answered_again": "U was het niet eens met factuur {number}. Daarom stond die niet in onze sommatie van "
    "{date}. Wij hebben uw bezwaar beantwoord. Voor die factuur kreeg u daarom eerst {letter_sent} van {sent}, en "
    "nu {this}. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
    # A dunning letter or final notice over an invoice that fell due after the last letter
    # (letters.terms.new_in_letter): the opening names the letters each invoice had; this says why it is in this one.
    "new_in_letter": "Factuur {number} was nog niet te laat toen wij u {letter_sent} van {date} stuurden. Nu wel: "
    "daarom staat die factuur ook in {this}.",
    "new_in_letter_many": "De facturen {numbers} waren nog niet te laat toen wij u {letter_sent} van {date} "
    "stuurden. Nu wel: daarom staan die facturen ook in {this}.",
    # ... of one a dispute held apart from the letters after its due date, answered since (letters.terms.held_apart_by)
    "new_in_letter_answered": "U was het niet eens met factuur {number}. Daarom stond die niet in {letter_sent} van "
    "{date}. Wij hebben uw bezwaar beantwoord: daarom staat die factuur nu ook in {this}.",
    # {asked_again} in a dunning letter's opening (letters.view.asked_again): "opnieuw" of the invoices a letter before
    # it asked, "nu ook" of those it asks for the first time (letters.terms.asked_anew).
    "asked_again": "Daarom vragen wij u opnieuw om te betalen, nu met een nieuwe uiterste datum.",
    "asked_again_new": "Daarom vragen wij u opnieuw om {again} te betalen, en nu ook {new}. Voor alles geldt een "
    "nieuwe uiterste datum.",
    "our_reminder": "onze herinnering",
    "our_dunning": "onze aanmaning",
    "our_final_notice": "onze sommatie",
    # The final notice (sommatie): the statutory 14-day wording, art. 6:96 lid 6 BW
    "final_pay": "Wij vragen u {amount} te betalen binnen {days} dagen na de dag waarop u deze brief heeft ontvangen.",
    "final_pay_email": "Wij vragen u {amount} te betalen binnen {days} dagen na de dag waarop u deze e-mail "
    "heeft ontvangen.",
    # ... sent in our customer portal (the notice's `channel: portal`): a message there, as the page quotes it.
    "final_pay_portal": "Wij vragen u {amount} te betalen binnen {days} dagen na de dag waarop u dit bericht "
    "heeft ontvangen.",
    # Read by someone who holds the letter: it asked in the past tense, as the page does.
    "final_received": "Heeft u deze brief op {received} ontvangen? Dan is uw laatste betaaldag {last_day}.",
    "final_arrives_later": "Kwam de brief later aan? Laat het ons weten: dan tellen wij de {days} dagen vanaf de "
    "dag nadat hij aankwam.",
    "final_received_email": "Heeft u deze e-mail op {received} ontvangen? Dan is uw laatste betaaldag {last_day}.",
    "final_received_portal": "Heeft u dit bericht op {received} ontvangen? Dan is uw laatste betaaldag {last_day}.",
    # A notice after one that stated too much costs (letters.terms._overstated_before): that amount is gone.
    "overstated_before": "In onze vorige sommatie, van {sent}, stond een te hoog bedrag aan incassokosten. Dat "
    "bedrag vervalt.",
    "final_costs": "Heeft u dan niet {what} betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. "
    "Dat bedrag is berekend over {principal}, volgens {basis}.",
    "part_lowers": "Betaalt u binnen deze termijn een deel, dan kunnen de kosten lager worden.",
    "final_lead": "binnen {days} dagen na ontvangst",
    "final_by": "Uiterlijk {last_day} als u deze brief op {received} heeft ontvangen",
    "final_by_email": "Uiterlijk {last_day}",
    "final_by_costs": "Uiterlijk {last_day}, zonder incassokosten",
    "final_costs_short": "Nog niet in rekening gebracht: {amount}, alleen als u niet op tijd betaalt "
    "(zie hierboven). Berekend over {principal}, volgens {basis}.",
    # Costs recorded on the notice below what the staffel gives: its stated amount, no calculation claimed.
    "final_costs_stated": "Heeft u dan niet {what} betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}.",
    "final_costs_short_stated": "Nog niet in rekening gebracht: {amount}, alleen als u niet op tijd betaalt "
    "(zie hierboven).",
    # The handover notice
    "handover_to": "Wij hebben uw dossier op {date} overgedragen aan {agency}.",
    "handover_to_unnamed": "Wij hebben uw dossier op {date} overgedragen aan een incassobureau.",
    "handover_on": "De overdracht was op {date}.",  # after an opening that named the agency
    # Whom to contact after the handover: the page's sentence (labels handover_call), then how.
    "handover_reach": "{call} {ways}.",
    "reach_phone": "telefoon {phone}",
    "reach_email": "e-mail {email}",
    "reach_or": "of",
    # Confirmations; {this} is "deze brief" or, in the e-mail, "deze e-mail" (this_letter, this_email)
    "this_letter": "deze brief",
    "this_email": "deze e-mail",
    # {when_to_call} of the reminders of a missed instalment (terms.when_to_call): "Bel of mail ons dan ...".
    "when_to_call": "het liefst vóór de datum hieronder",
    "when_to_call_soon": "zo snel mogelijk",
    # A final notice's opening names what it is, {this_notice} (letters.terms.this_notice): an e-mail is no "brief".
    "this_notice_letter": "Dit is onze laatste brief (sommatie)",
    "this_notice_email": "Dit is onze laatste e-mail (sommatie)",
    # ... and one e-mailed to a consumer who had not agreed to it: a notice that binds may follow, so no "laatste".
    "this_notice_unagreed": "Wij vragen u nu om te betalen binnen een vaste termijn (sommatie)",
    # A settlement's letters (letters.settlement): with whom it was agreed by role only ({who}), the sum ({amount})
    # instead of the total then ({owed}), by when or in instalments, and what is remitted ({remitted}).
    "settlement_with_debtor": "met u",
    "settlement_with_counsellor": "met uw schuldhulpverlener",
    "settlement_with_administrator": "met uw bewindvoerder",
    "settlement_confirm": "Op {made} hebben wij {who} afgesproken dat u {amount} betaalt in plaats van {owed}. "
    "Met {this} bevestigen wij die afspraak.",
    "settlement_by_day": "U betaalt dat bedrag uiterlijk {date}.",
    "settlement_in_instalments": "U betaalt dat bedrag in {count} termijnen, op de dagen hieronder.",
    "settlement_paid_since": "Daarvan heeft u {paid} al betaald: er staat nog {left} van open.",
    "settlement_remit": "Betaalt u het afgesproken bedrag op tijd? Dan schelden wij de rest kwijt: {remitted}. "
    "Tot die tijd komen er geen rente of kosten bij.",
    # ... after what a miss does (statement.steps.settlement_lapse, the page's sentence): what the whole amount is.
    "settlement_missed_whole": "Wat u al heeft betaald, gaat daarvan af. Er kunnen dan rente en kosten bij komen, "
    "alsof niets was afgesproken.",
    # The settled letter's sentences: what the box's figures mean, not the figures again (the box says what was
    # paid, that nothing more is to pay and what is remitted; what was owed it does not, so they do).
    "settled_confirm": "Op {made} hebben wij {who} een lager bedrag afgesproken, in plaats van {owed}. "
    "Op {paid_on} had u dat bedrag op tijd helemaal betaald. Dank u wel.",
    "settled_remitted": "Zoals afgesproken schelden wij de rest kwijt. Die vragen wij ook later niet meer van u.",
    # The settled letter's box (letters.settlement.settled_lead): the figures at a glance, not its sentences again.
    "settled_box_label": "Betaald zoals afgesproken",
    "settled_box_by": "Niets meer te betalen",
    "settled_box_remitted": "Rest kwijtgescholden: {remitted}",
    # The reminder of a settlement's missed instalment: {date} and {amount} the instalment's, {last} its grace's end.
    "settlement_reminder_agreed": "Op {made} hebben wij {who} afgesproken dat u {amount} betaalt in plaats van {owed}.",
    "settlement_reminder_unpaid": "De termijn van {date} ({amount}) hebben wij nog niet ontvangen.",
    # ... paid and taken back by the bank (statement.returned): it came, so not "nog niet ontvangen" ({not_received}).
    "settlement_reminder_unpaid_returned": "Voor de termijn van {date} ({amount}) hebben wij nog geen betaling van u "
    "die meetelt.",
    "settlement_reminder_part": "Van de termijn van {date} ({amount}) hebben wij {paid} ontvangen, dank u wel. Er "
    "staat nog {left} van open.",
    "settlement_reminder_pay": "Wilt u dat uiterlijk {last_day} betalen? Dan blijft de afspraak gewoon staan.",
    # ... of a settlement by one day ({date}), its payment taken back by the bank after it (claims.accord.counted_from).
    "settlement_reminder_sum_unpaid": "Het afgesproken bedrag ({amount}) moest uiterlijk {date} binnen zijn. Dat "
    "hebben wij nog niet ontvangen.",
    "settlement_reminder_sum_unpaid_returned": "Het afgesproken bedrag ({amount}) moest uiterlijk {date} binnen zijn. "
    "Daarvoor hebben wij nog geen betaling van u die meetelt.",
    "settlement_reminder_sum_part": "Van het afgesproken bedrag ({amount}, uiterlijk {date}) hebben wij {paid} "
    "ontvangen, dank u wel. Er staat nog {left} van open.",
    # No thanks here: the letter's opening (promise.md) thanks for the promise, said once.
    "promise_confirm": "Op {made} heeft u ons toegezegd {amount} te betalen, uiterlijk {date}. "
    "Met {this} bevestigen wij die afspraak.",
    # Part of the promise paid since it was made: what was promised, and what is left of it ({amount}).
    "promise_confirm_rest": "Op {made} heeft u ons toegezegd {promised} te betalen, uiterlijk {date}. Daarvan heeft "
    "u {paid} al betaald: er staat nog {amount} van open. Met {this} bevestigen wij die afspraak.",
    # The reminder after a promise whose day passed (letters.terms.broken_promise): what was promised ({promised}: an
    # amount, or "het hele bedrag (EUR ...)", the balance of its day), what came in ({paid}), what is left ({left}).
    "promise_broken": "Op {made} heeft u ons toegezegd {promised} te betalen, uiterlijk {date}. Die betaling hebben "
    "wij niet ontvangen.",
    # ... beside a payment the bank took back (statement.returned): it came, and went back; none counts.
    "promise_broken_returned": "Op {made} heeft u ons toegezegd {promised} te betalen, uiterlijk {date}. Wij hebben "
    "nog geen betaling van u die meetelt.",
    "promise_broken_part": "Op {made} heeft u ons toegezegd {promised} te betalen, uiterlijk {date}. Daarvan hebben "
    "wij {paid} ontvangen, dank u wel. Er staat nog {left} open.",
    # ... a promise of part: what is left of it ({rest}), then in all ({left}).
    "promise_broken_part_rest": "Op {made} heeft u ons toegezegd {promised} te betalen, uiterlijk {date}. Daarvan "
    "hebben wij {paid} ontvangen, dank u wel: er staat nog {rest} van open. In totaal staat nog {left} open.",
    "promised_whole": "het hele bedrag ({amount})",
    "promise_confirm_whole": "Op {made} heeft u ons toegezegd het hele bedrag te betalen, uiterlijk {date}. "
    "Vandaag is dat {amount}. Met {this} bevestigen wij die afspraak.",
    # After a promise of part, kept: progress first ({amount} of the {total} open today), then the step that asks
    # the rest ({step}: "wij sturen u een aanmaning"), with a plan as the way out; not the step alone, which read as
    # the threat promise_missed makes for not paying. {plan_offer}: "Vraag dan een betalingsregeling aan.", or by role
    # while a counsellor or an administrator acts ("Dan kan uw schuldhulpverlener ons een voorstel sturen ..."), as
    # the page's promise_part_lead (statement.options.plan_offer).
    "promise_rest": "Zodra u dat heeft betaald, is {amount} van de {total} betaald. Dan staat er nog {rest} open. "
    "Daarvoor is de volgende stap: {step}. Wilt u die liever in termijnen betalen? {plan_offer}",
    "promise_rest_now": "Daarna staat er nog {rest} open.",
    # The step reached was due by then: one letter asks the rest first (claims.escalation.asks_the_rest), with the
    # amount of its day ({rest} is the letter's day's: interest moves it by the day); unpaid, {step}.
    "promise_rest_letter": "Zodra u dat heeft betaald, is {amount} van de {total} betaald. Wat er dan nog openstaat, "
    "is op de dag van {this} {rest}. Daarvoor sturen wij u na {rest_day} {rest_letter}, met het bedrag op die dag. "
    "Betaalt u dat niet op tijd? Dan is de volgende stap: {step}. Wilt u het liever in termijnen betalen? "
    "{plan_offer}",
    # Kept or not, the file goes to the agency the day after the promised day ({day}): the rest is owed now.
    "promise_rest_handover": "Daarna staat er nog {rest} open; ook dat moet u betalen. Staat er op {day} nog iets "
    "open, ook als u de {amount} op tijd heeft betaald? Dan gaan wij verder met de incasso: {step}.",
    # Each of those four while a settlement the promise replaced may still hold (claims.demand.replaced_undecided):
    # the rest is the top's "Nee?", asked as the top asks it, with one "Dan" (s51: "...? Dan is ... betaald. Dan
    # staat er nog ... open." said it twice).
    "promise_rest_undecided": "Geldt uw betaalbelofte (zie bovenaan)? Dan staat er na die betaling nog {rest} open. "
    "Daarvoor is de volgende stap: {step}. Wilt u die liever in termijnen betalen? {plan_offer}",
    "promise_rest_now_undecided": "Geldt uw betaalbelofte (zie bovenaan)? Dan staat er na die betaling nog {rest} "
    "open.",
    "promise_rest_letter_undecided": "Geldt uw betaalbelofte (zie bovenaan)? Dan staat er na die betaling nog {rest} "
    "open, gerekend op de dag van {this}. Daarvoor sturen wij u na {rest_day} {rest_letter}, met het bedrag op die "
    "dag. Betaalt u dat niet op tijd? Dan is de volgende stap: {step}. Wilt u het liever in termijnen betalen? "
    "{plan_offer}",
    "promise_rest_handover_undecided": "Geldt uw betaalbelofte (zie bovenaan)? Dan staat er na die betaling nog "
    "{rest} open; ook dat moet u betalen. Staat er op {day} nog iets open, ook als u de {amount} op tijd heeft "
    "betaald? Dan gaan wij verder met de incasso: {step}.",
    "promise_hold": "Tot {date} sturen wij u geen herinneringen of aanmaningen.",
    # After the wait granted, in a promise's or a plan's confirmation that says it too (terms._wait_too).
    "wait_confirmed_too": "Ook dat bevestigen wij met {this}.",
    # ... below an opening that said the wait granted itself ({asked_to_wait} in a site's own text): not "dat".
    "wait_confirmed_named": "Ook het wachten bevestigen wij met {this}.",
    # {tell}: "vóór 6 maart 2026", or "vandaag nog" (statement labels tell_before, tell_today), as the page says it.
    "promise_missed": "Hebben wij {amount} niet uiterlijk {date} ontvangen? Dan gaan wij verder met de "
    "incasso: {step}. Lukt het niet op tijd? Laat het ons dan {tell} weten.",
    # ... while a settlement it replaced may still hold (claims.demand.replaced_undecided): the top asks which.
    "promise_missed_undecided": "Geldt uw betaalbelofte (zie bovenaan), en hebben wij {amount} niet uiterlijk {date} "
    "ontvangen? Dan gaan wij verder met de incasso: {step}. Lukt het niet op tijd? Laat het ons dan {tell} weten.",
    # A missed promise's handover held back by the final notice's term, which ends after the promised day ({day}):
    # nothing comes before that day (the page says it beside the promise), so the letter names it.
    # {notice}: the notice as it went ("onze laatste brief (sommatie)", "onze sommatie per e-mail").
    "missed_handover_after_term": "na {day} kunnen wij uw dossier overdragen aan een incassobureau. Die dag is de "
    "laatste betaaldag van {notice}",
    # A promise of the whole whose balance grew since its day: the sum of that day keeps it (demand.promise_kept_by).
    "promise_missed_least": "Hebben wij uiterlijk {date} niet ten minste {amount} ontvangen? Dan gaan wij verder met "
    "de incasso: {step}. Lukt het niet op tijd? Laat het ons dan {tell} weten.",
    "plan_confirm": "Op {made} hebben wij samen een betalingsregeling afgesproken. Met {this} bevestigen "
    "wij die. U betaalt {count} termijnen, samen {amount}.",
    "plan_confirm_one": "Op {made} hebben wij samen een betalingsregeling afgesproken. Met {this} bevestigen "
    "wij die. U betaalt {amount} in één termijn.",
    # Beside the box's total of a plan's letter read once the final notice's term is over (letters.terms).
    "total_with_costs": "Met de incassokosten van {costs} erbij is dat {total}.",
    # An instalment due no later than the day the plan's letter arrives (letters.terms.instalment_unread).
    "plan_instalment_unread": "De afgesproken dag voor {instalment} ({amount}) is {date}. Heeft u die termijn nog "
    "niet betaald als u {this} krijgt? Betaal hem dan {when}.",
    # ... its day gone by before the letter is written (a plan entered late, or its first instalment due at once): in
    # the past, and that paid by the day asked it is on time (claims.demand.late_instalment_day).
    "plan_instalment_passed": "De afgesproken dag voor {instalment} ({amount}) was {date}. U krijgt {this} te laat "
    "om op die dag te betalen. Heeft u die termijn nog niet betaald? Betaal hem dan {when}: dan betaalt u op tijd.",
    # ... more than one (statement.steps.instalments_on_days): "termijn 1 op 5 februari 2026 en termijn 2 op ...".
    "plan_instalment_passed_more": "Afgesproken was: {instalments}. U krijgt {this} te laat om op die "
    "dagen te betalen. Heeft u die termijnen nog niet betaald? Betaal ze dan {when}: dan betaalt u op tijd.",
    # The payment details' note beside it, by the box's day (letters.terms.unread_instalment_pay_note).
    "plan_hold": "Zolang u de termijnen op tijd betaalt, sturen wij u geen herinneringen of aanmaningen.",
    # One instalment left to pay (statement.tables.instalment_key): that one, not "de termijnen".
    "plan_hold_single": "Betaalt u de termijn op tijd, dan sturen wij u geen herinneringen of aanmaningen.",
    # What a missed instalment leads to; what to do if it cannot be paid is the way out's, said once (letters.view).
    "plan_missed": "Betaalt u een termijn niet op tijd? Dan gaan wij verder met de incasso: {step}.{then}",
    "plan_missed_single": "Betaalt u de termijn niet op tijd? Dan gaan wij verder met de incasso: {step}.{then}",
    # ... while a settlement it replaced may still hold (claims.demand.replaced_undecided): the top asks which.
    "plan_missed_undecided": "Geldt uw betalingsregeling (zie bovenaan), en betaalt u een termijn niet op tijd? Dan "
    "gaan wij verder met de incasso: {step}.{then}",
    "plan_missed_undecided_single": "Geldt uw betalingsregeling (zie bovenaan), en betaalt u de termijn niet op tijd? "
    "Dan gaan wij verder met de incasso: {step}.{then}",
    # What follows the missed instalment's reminder, as the core counts it (letters.terms).
    "plan_then": "Blijft de termijn ook daarna open? Dan is de volgende stap: {step}.",
    "plan_then_final_notice": "Blijft de termijn ook daarna open? Dan vragen wij in onze laatste brief (sommatie) "
    "alles wat dan te laat is, niet alleen de termijn.",
    "plan_then_final_notice_costs": "Blijft de termijn ook daarna open? Dan vragen wij in onze laatste brief "
    "(sommatie) alles wat dan te laat is, niet alleen de termijn. Betaalt u ook na die brief niet, dan komen er "
    "incassokosten bij.",
    # ... as that notice would come (statement.steps.notice_variant): an e-mail is no "brief"; one e-mailed to a
    # consumer who did not agree to it is no last one and brings no costs; a business's goes one way or the other.
    "plan_then_final_notice_email": "Blijft de termijn ook daarna open? Dan vragen wij in onze laatste e-mail "
    "(sommatie) alles wat dan te laat is, niet alleen de termijn.",
    "plan_then_final_notice_costs_email": "Blijft de termijn ook daarna open? Dan vragen wij in onze laatste e-mail "
    "(sommatie) alles wat dan te laat is, niet alleen de termijn. Betaalt u ook na die e-mail niet, dan komen er "
    "incassokosten bij.",
    "plan_then_final_notice_unagreed": "Blijft de termijn ook daarna open? Dan vragen wij u in een e-mail (sommatie) "
    "om alles wat dan te laat is, niet alleen de termijn.",
    "plan_then_final_notice_either": "Blijft de termijn ook daarna open? Dan vragen wij in een sommatie, per post of "
    "per e-mail, alles wat dan te laat is, niet alleen de termijn.",
    "plan_then_final_notice_costs_either": "Blijft de termijn ook daarna open? Dan vragen wij in een sommatie, per "
    "post of per e-mail, alles wat dan te laat is, niet alleen de termijn. Betaalt u ook daarna niet, dan komen er "
    "incassokosten bij.",
    # The reminder of a missed instalment: which one, pay it by when, and what follows if not
    "installment_missed": "Op {made} hebben wij samen een betalingsregeling afgesproken. De termijn van {date} "
    "({amount}) hebben wij nog niet ontvangen.",
    # ... paid and taken back by the bank (statement.returned): it came, so not "nog niet ontvangen" ({not_received}).
    "installment_missed_returned": "Op {made} hebben wij samen een betalingsregeling afgesproken. Voor de termijn "
    "van {date} ({amount}) hebben wij nog geen betaling van u die meetelt.",
    "installment_missed_more_returned": "Op {made} hebben wij samen een betalingsregeling afgesproken. Deze "
    "termijnen staan nog open: {missed}. Voor die termijnen hebben wij nog geen betaling van u die meetelt. Samen is "
    "dat {open}.",
    # ... part of it paid ({paid}, of all missed): what came in and what is left, not "nog niet (helemaal)".
    "installment_missed_part": "Op {made} hebben wij samen een betalingsregeling afgesproken. Van de termijn van "
    "{date} ({amount}) hebben wij {paid} ontvangen, dank u wel. Er staat nog {open} open.",
    # ... more than one, nothing of them received: "open" said once, then their sum, which the next line asks by its
    # day (s59: "Wij hebben er nog niets van ontvangen" said "staan nog open" again); as the page says it
    # (statement.labels: `plan_arrears_more`). "nog niet betaald" is the opening's (letters/*/installment_reminder_*).
    "installment_missed_more": "Op {made} hebben wij samen een betalingsregeling afgesproken. Deze termijnen staan "
    "nog open: {missed}. Samen is dat {open}.",
    "installment_missed_more_part": "Op {made} hebben wij samen een betalingsregeling afgesproken. Deze termijnen "
    "staan nog open: {missed}. Daarvan hebben wij {paid} ontvangen, dank u wel. Samen staat er nog {open} open.",
    # {open} in the ask after a line that just said the sum open (part paid, or more than one missed: letters.terms
    # `_asked`): "dat bedrag", not the figure again ("Samen is dat EUR 800,00. Wilt u EUR 800,00 ..." read it twice).
    # The line of one instalment nothing of which came gives that instalment's own amount: the ask keeps the sum.
    "installment_that_amount": "dat bedrag",
    "installment_pay": "Wilt u {open} uiterlijk {date} betalen? Dan loopt uw regeling gewoon door, en uw volgende "
    "termijnen blijven zoals afgesproken.",
    # One instalment still to come after the missed one (statement.tables.instalment_key, counting upcoming).
    "installment_pay_single": "Wilt u {open} uiterlijk {date} betalen? Dan loopt uw regeling gewoon door, en uw "
    "volgende termijn blijft zoals afgesproken.",
    "installment_pay_asap": "Wilt u {open} zo snel mogelijk betalen? Dan loopt uw regeling gewoon door, en uw "
    "volgende termijnen blijven zoals afgesproken.",
    "installment_pay_asap_single": "Wilt u {open} zo snel mogelijk betalen? Dan loopt uw regeling gewoon door, en "
    "uw volgende termijn blijft zoals afgesproken.",
    # No instalment of the plan is still to come: paying what is open pays the last of them.
    # The final notice's term ended before this letter can be acted on (letters.terms.term_ends_unread): a past
    # condition, and the costs owed since the day after it ({owed_from}), as costs_term_ended says them; not "Dan
    # komen er ... bij", a consequence still to come of what can no longer be done.
    "installment_costs_term_ended": "Let op: de termijn van {notice} liep tot en met {date}. "
    "Had u toen niet {what} betaald? Dan zijn er vanaf {owed_from} incassokosten van {amount} verschuldigd. Uw "
    "termijnen alleen hielden die niet tegen.",
    # ... of a plan with one instalment to pay (letters.terms._term_ended): "Uw termijn", not "Uw termijnen".
    "installment_costs_term_ended_single": "Let op: de termijn van {notice} liep tot en met {date}. "
    "Had u toen niet {what} betaald? Dan zijn er vanaf {owed_from} incassokosten van {amount} verschuldigd. Uw "
    "termijn alleen hield die niet tegen.",
    # The instalments due by that day paid what stops the costs (statement.tables.instalments_stopping_the_costs).
    "installment_costs_term_ended_one": "Let op: de termijn van {notice} liep tot en met {date}. Had u toen niet "
    "{what} betaald? Dan zijn er vanaf {owed_from} incassokosten van {amount} verschuldigd. Uw termijn tot en met "
    "die dag was daarvoor genoeg. Had u die uiterlijk {date} betaald? Dan zijn er geen incassokosten verschuldigd.",
    "installment_costs_term_ended_several": "Let op: de termijn van {notice} liep tot en met {date}. Had u toen niet "
    "{what} betaald? Dan zijn er vanaf {owed_from} incassokosten van {amount} verschuldigd. Uw termijnen tot en met "
    "die dag waren daarvoor genoeg. Had u die uiterlijk {date} betaald? Dan zijn er geen incassokosten "
    "verschuldigd.",
    "promise_costs_term_ended": "Let op: de termijn van {notice} liep tot en met {date}. Had u toen niet {what} "
    "betaald? Dan zijn er vanaf {owed_from} incassokosten van {amount} verschuldigd. Dat geldt ook als u het "
    "toegezegde bedrag op de toegezegde dag betaalt.",
    # The same, read on that last day itself (letters.terms._term_ended).
    "installment_costs_term_ends_today": "Let op: de termijn van {notice} loopt tot en met "
    "{date}. Heeft u dan niet {what} betaald? Dan komen er {amount} incassokosten bij. Uw termijnen alleen houden "
    "die niet tegen.",
    "installment_costs_term_ends_today_single": "Let op: de termijn van {notice} loopt tot en met "
    "{date}. Heeft u dan niet {what} betaald? Dan komen er {amount} incassokosten bij. Uw termijn alleen houdt die "
    "niet tegen.",
    "installment_costs_term_ends_today_one": "Let op: de termijn van {notice} loopt tot en met {date}. Heeft u dan "
    "niet {what} betaald? Dan komen er {amount} incassokosten bij. Uw termijn tot en met die dag is daarvoor "
    "genoeg. Heeft u die uiterlijk {date} betaald? Dan komen er geen incassokosten bij.",
    "installment_costs_term_ends_today_several": "Let op: de termijn van {notice} loopt tot en met {date}. Heeft u "
    "dan niet {what} betaald? Dan komen er {amount} incassokosten bij. Uw termijnen tot en met die dag zijn "
    "daarvoor genoeg. Heeft u die uiterlijk {date} betaald? Dan komen er geen incassokosten bij.",
    "promise_costs_term_ends_today": "Let op: de termijn van {notice} loopt tot en met {date}. Heeft u dan niet "
    "{what} betaald? Dan komen er {amount} incassokosten bij. Dat geldt ook als u het toegezegde bedrag op de "
    "toegezegde dag betaalt.",
    # Read on the term's last day (letters.terms.costs_after_term): a part paid by then still lowers them.
    "part_lowers_unseen": "Betaalde of betaalt u na {paid_until} en uiterlijk {last_day} nog een deel? Dan worden "
    "ze lager: berekend over wat er daarna nog openstaat.",
    "part_lowers_today": "Betaalt u vandaag nog een deel, dan worden ze lager: berekend over wat er daarna nog "
    "openstaat.",
    # A final notice sent again that arrives once the first one's costs are owed (letters.terms.costs_apart): it asks
    # what the page asks, without them, and says so beside the amount, in the specification and by the total.
    "final_costs_apart": "Hier zitten de {amount} incassokosten van onze eerste sommatie niet in. Betaalde u die "
    "sommatie niet op tijd? Dan komen die kosten erbij; die vragen wij apart.",
    "final_costs_short_apart": "Vanaf {date} verschuldigd: {amount}. Dat geldt als u onze eerste sommatie niet op "
    "tijd betaalde (zie hierboven). Niet in het totaal hieronder; die vragen wij apart.",
    # The same, read on the first one's last day itself (letters.terms._read_on_last_day): it can still be paid.
    "final_costs_apart_today": "Hier zitten de {amount} incassokosten van onze eerste sommatie niet in. Heeft u die "
    "sommatie niet uiterlijk {last_day} betaald? Dan komen die kosten erbij; die vragen wij apart.",
    "final_costs_short_apart_today": "Vanaf {date} verschuldigd: {amount}. Dat geldt als u onze eerste sommatie niet "
    "uiterlijk {last_day} heeft betaald (zie hierboven). Niet in het totaal hieronder; die vragen wij apart.",
    "total_due_apart": "Totaal te betalen, zonder incassokosten",
    # A promise or plan agreed in a final notice's term, written once its costs came (letters.terms._costs_came).
    # {notice}: how the final notice went, as the page names it (statement.tables.notice_named).
    "costs_came": "De termijn van {notice} liep tot en met {date}. Daarom zijn er {amount} incassokosten "
    "bijgekomen{open}.",
    "costs_came_open": ", waarvan nog {amount} open",
    "costs_came_total": "Die horen bij wat u nog moet betalen: in totaal {total}.",
    "costs_came_held": "Die zitten in het totaal dat nog openstaat.",
    "installment_pay_last": "Wilt u {open} uiterlijk {date} betalen? Dan heeft u alle termijnen van uw regeling "
    "betaald.",
    "installment_pay_last_asap": "Wilt u {open} zo snel mogelijk betalen? Dan heeft u alle termijnen van uw "
    "regeling betaald.",
    # None to come, but one past its day that the statements read do not reach (demand.unseen_not_asked): paying
    # what is asked pays the plan only if that one was paid; the next line asks it if not (statement.steps.also_due).
    "installment_pay_unseen": "Wilt u {open} uiterlijk {date} betalen?",
    "installment_pay_unseen_asap": "Wilt u {open} zo snel mogelijk betalen?",
    # ... of a plan of one (counting all): not "alle termijnen".
    "installment_pay_last_single": "Wilt u {open} uiterlijk {date} betalen? Dan is uw regeling helemaal betaald.",
    "installment_pay_last_asap_single": "Wilt u {open} zo snel mogelijk betalen? Dan is uw regeling helemaal betaald.",
    # The reminder of an instalment missed after the final notice over the plan, in its term
    # (claims.demand.notice_before_missed): what the notice asks, and what stops its costs; not the instalment alone.
    "installment_pay_notice": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook deze termijn. Wilt u "
    "{asked} uiterlijk {date} betalen? Heeft u uiterlijk {last_day} niet {what} betaald? Dan komen er {amount} "
    "incassokosten bij.",
    # ... read once that notice's term is over (letters.terms.notice_gone_unread): no day of it to pay by; what its
    # costs hang on is said in the past (installment_costs_term_ended).
    "installment_pay_notice_ended": "Wilt u {asked} uiterlijk {date} betalen?",
    "installment_pay_notice_asap": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook deze termijn. Wilt "
    "u {asked} zo snel mogelijk betalen?",
    # ... beside more than one missed since the notice, which the line above names (s60: "ook deze termijn" of two).
    "installment_pay_notice_more": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook deze termijnen. "
    "Wilt u {asked} uiterlijk {date} betalen? Heeft u uiterlijk {last_day} niet {what} betaald? Dan komen er {amount} "
    "incassokosten bij.",
    "installment_pay_notice_asap_more": "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook deze "
    "termijnen. Wilt u {asked} zo snel mogelijk betalen?",
    "installment_next": "Hebben wij {open} niet uiterlijk {date} ontvangen? Dan gaan wij verder met de incasso: "
    "{step}.",
    "installment_next_asap": "Betaalt u {open} niet? Dan gaan wij verder met de incasso: {step}.",
    # Paying, the personal page, the way out
    "scan": "Scan met uw bank-app",
    "amount": "Bedrag",
    "beneficiary": "Naam ontvanger",
    "link": "Uw persoonlijke overzicht, altijd bijgewerkt:",
    "link_email": "Op uw persoonlijke overzicht staat alles ook, met een QR-code om te betalen:",
    "plan_way_out": "Niet alles in één keer betalen? Vraag een betalingsregeling aan; daar rekenen wij geen "
    "kosten voor.",
    # A debtor a counsellor or an administrator acts for (representative:) is not asked to propose a plan as if
    # alone: they can send it, by role only, as the page says (statement.labels ask_plan_text_counsellor).
    "plan_way_out_counsellor": "Niet alles in één keer betalen? Dan is een betalingsregeling mogelijk; daar rekenen "
    "wij geen kosten voor. Uw schuldhulpverlener kan ons een voorstel sturen.",
    "plan_way_out_administrator": "Niet alles in één keer betalen? Dan is een betalingsregeling mogelijk; daar "
    "rekenen wij geen kosten voor. Uw bewindvoerder kan ons een voorstel sturen.",
    "dispute_way_out": "Klopt de factuur niet? Laat het ons weten. Zolang wij dat uitzoeken, sturen wij u geen "
    "nieuwe brieven.",
    # With more invoices a dispute names the wrong one: only that one waits (claims.disputes).
    "dispute_way_out_many": "Klopt een factuur niet? Laat het ons weten. Zolang wij dat uitzoeken, vragen wij die "
    "factuur niet.",
    # Beside an invoice disputed apart (letters.view._dispute_apart): the dispute looked into, named, then whether the
    # invoice asked for is wrong too, or of several another one, in the page's words (labels dispute_other_text).
    "dispute_looking": "Uw bezwaar tegen {disputed} zoeken wij nog uit.",
    "dispute_way_out_other_one": "Klopt {invoice} ook niet? Laat het ons weten. Zolang wij dat uitzoeken, wachten "
    "wij met de volgende stap voor die factuur.",
    "dispute_way_out_other": "Klopt een andere factuur ook niet? Laat het ons weten. Zolang wij dat uitzoeken, "
    "wachten wij met de volgende stap voor die factuur.",
    # Only where a final notice's term runs: in a first reminder it would only worry.
    "dispute_term_runs": "De termijn van {notice} loopt wel door.",
    "dispute_term_runs_here": "De termijn van deze brief loopt wel door.",
    "dispute_term_runs_here_email": "De termijn van deze e-mail loopt wel door.",
    "dispute_term_runs_here_portal": "De termijn van dit bericht loopt wel door.",
    # Beside "vragen wij die factuur niet": the term runs for the others, not for the one looked into.
    "dispute_term_runs_others": "Voor de andere facturen loopt de termijn van {notice} wel door.",
    "dispute_term_runs_here_others": "Voor de andere facturen loopt de termijn van deze brief wel door.",
    "dispute_term_runs_here_email_others": "Voor de andere facturen loopt de termijn van deze e-mail wel door.",
    "dispute_term_runs_here_portal_others": "Voor de andere facturen loopt de termijn van dit bericht wel door.",
    # Written after that term's last day (letters.terms.term_gone_on_arrival): when it ran, not "loopt wel door".
    "dispute_term_ended": "De termijn van {notice} liep tot en met {date}. Een vraag of bezwaar nu verandert dat niet.",
    "dispute_term_ended_others": "Voor de andere facturen liep de termijn van {notice} tot en met {date}. Een "
    "bezwaar nu verandert dat niet.",
    # After the answer to a dispute: not again whether the invoice is right, as if nobody had listened.
    "dispute_way_out_answered": "Heeft u een vraag over ons antwoord op uw bezwaar? Neem dan contact met ons op.",
    "help_way_out_consumer": "Geldzorgen? Vraag gratis hulp, ook bij uw gemeente, hoe eerder hoe beter:",
    "help_way_out_business": "Geldzorgen? Vraag op tijd hulp, hoe eerder hoe meer er nog kan:",
    # A debtor someone acts for: the help they have, by role only, as the page's help box (statement.labels).
    "help_way_out_counsellor": "U krijgt hulp van een schuldhulpverlener. Met uw schuldhulpverlener overleggen wij "
    "over deze rekening en over wat u kunt betalen. Andere hulp:",
    "help_way_out_administrator": "Uw bewindvoerder regelt uw geldzaken. Met uw bewindvoerder overleggen wij over "
    "deze rekening. Andere hulp:",
    "help_way_out_consumer_abroad": "Geldzorgen? Vraag hulp bij schulden waar u woont, hoe eerder hoe beter. "
    "Niet eens met de rekening? Op internet:",
    "help_way_out_business_abroad": "Geldzorgen? Vraag op tijd hulp waar uw bedrijf gevestigd is, bijvoorbeeld bij "
    "de Kamer van Koophandel of een adviseur daar.",
    # {steps_sent} in an opening text: the reminders and dunning letters the dossier records, else the invoices.
    "steps_reminder": "een herinnering",
    "steps_reminders": "{count} herinneringen",
    "steps_dunning": "een aanmaning",
    "steps_dunnings": "{count} aanmaningen",
    "steps_final_notice": "een sommatie",
    "steps_final_notices": "{count} sommaties",
    # ... one e-mailed or put in the portal to a consumer who had not agreed to that (letters.view._step_kind), as the
    # page names it: it brought no costs, and the notice that binds (this letter, or one after it) is "een sommatie".
    "steps_final_notice_unagreed_email": "een e-mail (sommatie)",
    "steps_final_notice_unagreed_emails": "{count} e-mails (sommatie)",
    "steps_final_notice_unagreed_portal": "een bericht (sommatie) in ons klantportaal",
    "steps_final_notice_unagreed_portals": "{count} berichten (sommatie) in ons klantportaal",
    "steps_and": "{first} en {second}",
    "steps_invoice": "onze factuur",
    "steps_invoices": "onze facturen",
    # ... per invoice, where the invoices a letter asks had different steps (letters.view.steps_sent).
    "steps_about": "voor {invoices} {steps}",
    "steps_each": "{earlier}, en {last}",
    # {get_help} in an opening text: a pointer to help that fits where the debtor lives.
    "get_help": "Heeft u geldzorgen? Vraag dan gratis hulp, bijvoorbeeld bij Geldfit.",
    "get_help_counsellor": "Heeft u geldzorgen? Overleg dan met uw schuldhulpverlener.",
    "get_help_administrator": "Heeft u geldzorgen? Overleg dan met uw bewindvoerder.",
    "get_help_consumer_abroad": "Heeft u geldzorgen? Vraag dan hulp bij schulden waar u woont.",
    "get_help_business_abroad": "Heeft u geldzorgen? Vraag dan op tijd hulp in het land waar uw bedrijf gevestigd is.",
    "help_line": "{name}, {phone} ({note}), {site}",
    "help_line_web": "{name} ({note}), {site}",
    # A site whose page is deep inside a large one: on paper its host alone finds nothing.
    "help_line_search": "{name} ({note}): zoek op {site} naar {name}",
    "contact_desk": "Bel of mail {name}, {role}:",
    "contact_desk_plain": "Bel of mail {name}:",
    "contact_hours": "bereikbaar {hours}",
    "mention": "Noem uw betalingskenmerk {reference}.",
    "mention_ours": "Noem ons kenmerk {reference}.",
    "no_costs": "Wij rekenen geen incassokosten.",
    # A final notice e-mailed to a consumer who did not agree to e-mail: of this e-mail only, as one posted may.
    "no_costs_this_email": "Aan deze e-mail verbinden wij geen incassokosten.",
    # After it in a final notice e-mailed to a consumer with no postal address who did not agree to e-mail.
    "no_costs_ask_address": "Wij hebben uw postadres niet. Wilt u het ons laten weten? Antwoord dan op deze e-mail. "
    "Of laat ons weten dat wij u onze brieven per e-mail mogen sturen.",
    # The same of a notice sent in our customer portal (`channel: portal`): "dit bericht" there, no e-mail.
    "no_costs_this_portal": "Aan dit bericht verbinden wij geen incassokosten.",
    "no_costs_ask_address_portal": "Wij hebben uw postadres niet. Wilt u het ons laten weten? Antwoord dan op dit "
    "bericht. Of laat ons weten dat wij u onze brieven per e-mail mogen sturen.",
    # The rows a letter shortened to fit leaves out, {count} in words (records.Table.more_line); `_one`: one row.
    "more_invoices": "Er staan {count} facturen niet in deze brief; u ziet ze op uw persoonlijke overzicht.",
    "more_invoices_one": "Er staat één factuur niet in deze brief; u ziet hem op uw persoonlijke overzicht.",
    "more_payments": "Wij ontvingen {count} betalingen. Hoe wij ze hebben verwerkt, staat op uw "
    "persoonlijke overzicht.",
    "more_payments_one": "Wij ontvingen één betaling. Hoe wij die hebben verwerkt, staat op uw persoonlijke overzicht.",
    "more_interest": "De rente per periode staat op uw persoonlijke overzicht.",
    "interest_rates": "Rente: {rates} per jaar, van {start} t/m {end}.",
    "and": " en ",
    # The same, in a letter without a link to the personal page
    "more_invoices_ask": "Er staan {count} facturen niet in deze brief. Wilt u de hele lijst? Bel of mail ons, dan "
    "sturen wij hem u.",
    "more_invoices_ask_one": "Er staat één factuur niet in deze brief. Wilt u de hele lijst? Bel of mail ons, dan "
    "sturen wij hem u.",
    "more_payments_ask": "Wij ontvingen {count} betalingen. Wilt u weten hoe wij ze hebben verwerkt? "
    "Bel of mail ons voor de hele lijst.",
    "more_payments_ask_one": "Wij ontvingen één betaling. Wilt u weten hoe wij die hebben verwerkt? "
    "Bel of mail ons voor de hele lijst.",
    "more_interest_ask": "Wilt u de rente per periode zien? Bel of mail ons, dan sturen wij u de hele lijst.",
    "col_invoice_date": "Factuurdatum",
    "col_due": "Vervaldatum",
    "invoices_caption": "Facturen (bedragen in euro)",
    # Below the invoices: the credit notes that lower them (the table shows each invoice's amount as written).
    "credit_note_on": "Creditnota {number} van {date} op factuur {invoice}: {amount} minder.",
    # The creditor's own words apart, quoted: in our sentence, any description longer than a few words made it long.
    "credit_note_on_described": "Creditnota {number} van {date} op factuur {invoice}: {amount} minder. "
    "Omschrijving: “{description}”.",
}

EN = {
    "subject_reminder": "Payment reminder",
    "subject_dunning": "Formal reminder (in Dutch: aanmaning)",
    "subject_final_notice": "Final notice before we charge costs (in Dutch: sommatie)",
    "subject_final_notice_plain": "Final notice (in Dutch: sommatie)",
    "subject_final_notice_unagreed": "Notice to pay (in Dutch: sommatie)",
    "subject_final_notice_last_day": "Final notice (in Dutch: sommatie): no collection costs if you pay by {last_day}",
    "subject_final_notice_email": "Final notice before we charge costs (in Dutch: sommatie)",
    "subject_final_notice_plain_email": "Final notice (in Dutch: sommatie)",
    "subject_final_notice_last_day_email": "Final notice (in Dutch: sommatie): no collection costs if you pay by "
    "{last_day}",
    "subject_handover": "Your file has been handed over to a collection agency",
    "subject_handover_named": "Your file has been handed over to {agency}",
    "subject_promise": "Confirmation of your promise to pay",
    "subject_arrangement": "Confirmation of your payment plan",
    "subject_pause": "Confirmation: no further step up to and including {day}",
    "subject_promise_wait": "Confirmation of your promise to pay and of the wait up to and including {day}",
    "subject_arrangement_wait": "Confirmation of your payment plan and of the wait up to and including {day}",
    "subject_installment_reminder": "Reminder: an instalment of your payment plan",
    "subject_installment_reminder_several": "Reminder: instalments of your payment plan",
    "subject_installment_reminder_single": "Reminder: the instalment of your payment plan",
    "subject_settlement": "Confirmation of our agreement on a lower amount (settlement)",
    "subject_settled": "Our agreement on a lower amount (settlement) is complete",
    "subject_settlement_reminder": "Reminder: an instalment of our settlement",
    "subject_settlement_reminder_sum": "Reminder: the amount of our settlement",
    "email_subject": "{subject} – payment reference {reference}",
    "email_subject_ours": "{subject} – our reference {reference}",
    "demo": "Demo: this is a sample letter, not to be sent. Do not pay anything.",
    "demo_subject": "Demo: {subject}",
    "reference": "Payment reference",
    "our_reference": "Our reference",
    "dossier": "Customer number",
    "regarding": "Subject",
    "attention": "Attn. {person}",
    "salutation": "Dear {name},",
    "salutation_unknown": "Dear Sir or Madam,",
    "closing": "Kind regards,",
    "page": "Page {page} of {pages}",
    "phone": "Phone",
    "email": "Email",
    "kvk": "Chamber of Commerce",
    "vat": "VAT",
    "iban": "IBAN",
    "h_next": "What happens next?",
    "h_pay": "How to pay",
    "h_figures": "What you owe and why",
    "h_figures_settled": "What you owed and how it was settled",
    "h_plan": "Your instalments",
    "h_plan_single": "Your instalment",
    "h_way_out": "Can't pay, or is something wrong?",
    "h_contact": "Questions?",
    "newer_invoice": "Invoice {number} was not yet in our last letter (the final notice of {date}). For that "
    "invoice, we are starting with {this}. The other amounts are in it too, so that you see everything together.",
    "newer_invoice_email": "Invoice {number} was not yet in our final notice, emailed on {date}. For that "
    "invoice, we are starting with {this}. The other amounts are in it too, so that you see everything together.",
    "newer_invoice_portal": "Invoice {number} was not yet in our final notice, sent in our customer portal on "
    "{date}. For that invoice, we are starting with {this}. The other amounts are in it too, so that you see "
    "everything together.",
    "newer_invoice_unagreed_email": "Invoice {number} was not yet in our notice to pay, emailed on {date}. For that "
    "invoice, we are starting with {this}. The other amounts are in it too, so that you see everything together.",
    "newer_invoice_unagreed_portal": "Invoice {number} was not yet in our notice to pay, sent in our customer portal "
    "on {date}. For that invoice, we are starting with {this}. The other amounts are in it too, so that you see "
    "everything together.",
    "newer_answered": "You disagreed with invoice {number}, so it was not in our final notice of {date}. We have "
    "answered your dispute. For that invoice, we are starting with {this}. The other amounts are in it too, "
    "so that you see everything together.",
    "newer_invoice_again": "Invoice {number} was not yet in our final notice of {date}. For that invoice, we sent "
    "you {letter_sent} of {sent} first, and now {this}. The other amounts are in it too, so that you see everything "
    "together.",
    "newer_answered_again": "You disagreed with invoice {number}, so it was not in our final notice of {date}. We "
    "have answered your dispute. For that invoice, we sent you {letter_sent} of {sent} first, and now {this}. The "
    "other amounts are in it too, so that you see everything together.",
    "new_in_letter": "Invoice {number} was not yet overdue when we sent you {letter_sent} of {date}. It is now, so "
    "{this} includes it too.",
    "new_in_letter_many": "Invoices {numbers} were not yet overdue when we sent you {letter_sent} of {date}. They "
    "are now, so {this} includes them too.",
    "new_in_letter_answered": "You disagreed with invoice {number}, so it was not in {letter_sent} of {date}. We have "
    "answered your dispute, so {this} includes it now.",
    "asked_again": "So we are asking you again to pay, with a new deadline.",
    "asked_again_new": "So we are asking you again to pay {again}, and now {new} too. All of it has a new deadline.",
    "our_reminder": "our reminder",
    "our_dunning": "our formal reminder",
    "our_final_notice": "our final notice",
    "final_pay": "We ask you to pay {amount} within {days} days after the day on which you received this letter.",
    "final_pay_email": "We ask you to pay {amount} within {days} days after the day on which you received this email.",
    "final_pay_portal": "We ask you to pay {amount} within {days} days after the day on which you received this "
    "message.",
    "final_received": "If you received this letter on {received}, your last day to pay is {last_day}.",
    "final_arrives_later": "If it arrived later, please let us know: we will then count the {days} days from the "
    "day after it arrived.",
    "final_received_email": "If you received this email on {received}, your last day to pay is {last_day}.",
    "final_received_portal": "If you received this message on {received}, your last day to pay is {last_day}.",
    "overstated_before": "Our previous final notice, of {sent}, stated too high an amount of collection costs. "
    "That amount is withdrawn.",
    "final_costs": "Please pay {what} by your last day to pay. If you do not, we will charge collection costs of "
    "{amount} from {date}. This amount is calculated on {principal}. The calculation follows {basis}.",
    "part_lowers": "If you pay part of it by your last day to pay, the costs may be lower.",
    "final_lead": "within {days} days after you received it",
    "final_by": "By {last_day} if you received this letter on {received}",
    "final_by_email": "By {last_day}",
    "final_by_costs": "By {last_day}, without collection costs",
    "final_costs_short": "Not charged yet: {amount}, only if you do not pay in time (see above). "
    "Calculated on {principal}, under {basis}.",
    "final_costs_stated": "Please pay {what} by your last day to pay. If you do not, we will charge collection "
    "costs of {amount} from {date}.",
    "final_costs_short_stated": "Not charged yet: {amount}, only if you do not pay in time (see above).",
    "handover_to": "On {date} we handed your file over to {agency}.",
    "handover_to_unnamed": "On {date} we handed your file over to a collection agency.",
    "handover_on": "The handover was on {date}.",
    "handover_reach": "{call} {ways}.",
    "reach_phone": "phone {phone}",
    "reach_email": "email {email}",
    "reach_or": "or",
    "this_letter": "this letter",
    "this_email": "this email",
    "when_to_call": "preferably before the date below",
    "when_to_call_soon": "as soon as possible",
    "this_notice_letter": "This is our final notice (in Dutch: sommatie)",
    "this_notice_email": "This email is our final notice (in Dutch: sommatie)",
    "this_notice_unagreed": "We now ask you to pay within a set term (in Dutch: sommatie)",
    "settlement_with_debtor": "with you",
    "settlement_with_counsellor": "with your debt counsellor",
    "settlement_with_administrator": "with your administrator (bewindvoerder)",
    "settlement_confirm": "On {made} we agreed {who} that you pay {amount} instead of {owed}. We confirm that "
    "agreement in {this}.",
    "settlement_by_day": "You pay that amount by {date}.",
    "settlement_in_instalments": "You pay that amount in {count} instalments, on the days below.",
    "settlement_paid_since": "You have already paid {paid} of it, so {left} is still to pay.",
    "settlement_remit": "If you pay the agreed amount on time, we will waive the rest: {remitted}. Until then, no "
    "interest or costs are added.",
    "settlement_missed_whole": "What you have paid is taken off it. Interest and costs may then be added, as if "
    "nothing had been agreed.",
    "settled_confirm": "On {made} we agreed {who} on a lower amount, instead of {owed}. By {paid_on} you had paid "
    "that amount in full, on time. Thank you.",
    "settled_remitted": "As agreed, we have waived the rest. We will not ask you for it later either.",
    "settled_box_label": "Paid as agreed",
    "settled_box_by": "Nothing more to pay",
    "settled_box_remitted": "Rest waived: {remitted}",
    "settlement_reminder_agreed": "On {made} we agreed {who} that you pay {amount} instead of {owed}.",
    "settlement_reminder_unpaid": "We have not yet received the instalment of {date} ({amount}).",
    "settlement_reminder_unpaid_returned": "For the instalment of {date} ({amount}), we have no payment from you "
    "that counts.",
    "settlement_reminder_part": "We have received {paid} of the instalment of {date} ({amount}), thank you. {left} "
    "of it is still open.",
    "settlement_reminder_pay": "If you pay it by {last_day}, the agreement stays in place.",
    "settlement_reminder_sum_unpaid": "The agreed amount ({amount}) was due by {date}. We have not received it yet.",
    "settlement_reminder_sum_unpaid_returned": "The agreed amount ({amount}) was due by {date}. We have no payment "
    "from you for it that counts.",
    "settlement_reminder_sum_part": "We have received {paid} of the agreed amount ({amount}, due by {date}), thank "
    "you. {left} of it is still open.",
    "promise_confirm": "On {made} you promised to pay us {amount} by {date}. We confirm that agreement in {this}.",
    "promise_confirm_rest": "On {made} you promised to pay us {promised} by {date}. You have already paid {paid} "
    "of it: {amount} of it is still to pay. We confirm that agreement in {this}.",
    "promise_broken": "On {made} you promised to pay us {promised} by {date}. We have not received that payment.",
    "promise_broken_returned": "On {made} you promised to pay us {promised} by {date}. We have no payment from you "
    "that counts.",
    "promise_broken_part": "On {made} you promised to pay us {promised} by {date}. Of that, we have received {paid}, "
    "thank you. {left} is still open.",
    "promise_broken_part_rest": "On {made} you promised to pay us {promised} by {date}. Of that, we have received "
    "{paid}, thank you: {rest} of it is still open. In total, {left} is still open.",
    "promised_whole": "the whole amount ({amount})",
    "promise_confirm_whole": "On {made} you promised to pay us the whole amount by {date}. Today that is {amount}. "
    "We confirm that agreement in {this}.",
    "promise_rest": "Once you have paid it, {amount} of the {total} is paid, which leaves {rest} open. For that, "
    "{step}. Would you rather pay that in instalments? {plan_offer}",
    "promise_rest_now": "After that, {rest} is still open.",
    "promise_rest_letter": "Once you have paid it, {amount} of the {total} is paid. On the day of {this}, that "
    "leaves {rest} to pay. For it, we will send you {rest_letter} after {rest_day}, with the amount on that day. If "
    "it stays unpaid, {step}. Would you rather pay it in instalments? {plan_offer}",
    "promise_rest_handover": "After that, {rest} is still open; you owe that too. We look at what is still open on "
    "{day}. If anything is, {step}. That is so even if you have paid the {amount} in time.",
    "promise_rest_undecided": "If your promise to pay applies (see the top), {rest} is left after that payment. For "
    "that, {step}. Would you rather pay that in instalments? {plan_offer}",
    "promise_rest_now_undecided": "If your promise to pay applies (see the top), {rest} is left after that payment.",
    "promise_rest_letter_undecided": "If your promise to pay applies (see the top), {rest} is left after that "
    "payment. That is the amount on the day of {this}. For it, we will send you {rest_letter} after {rest_day}, with "
    "the amount on that day. If it stays unpaid, {step}. Would you rather pay it in instalments? {plan_offer}",
    "promise_rest_handover_undecided": "If your promise to pay applies (see the top), {rest} is left after that "
    "payment; you owe that too. We look at what is still open on {day}. If anything is, {step}. That is so even if "
    "you have paid the {amount} in time.",
    "promise_hold": "Until {date} we will not send you reminders or other payment letters.",
    "wait_confirmed_too": "We confirm that in {this} as well.",
    "wait_confirmed_named": "We confirm the wait in {this} as well.",
    "promise_missed": "We need to receive {amount} by {date}. If we do not, {step}. If you cannot pay in time, "
    "please let us know {tell}.",
    "promise_missed_undecided": "If your promise to pay applies (see the top), we need to receive {amount} by "
    "{date}. If we do not, {step}. If you cannot pay in time, please let us know {tell}.",
    "missed_handover_after_term": "a collection agency may take over your file. That will be after {day}, the last "
    "day to pay in {notice}",
    "promise_missed_least": "We need to receive at least {amount} by {date}. If we do not, {step}. If you cannot "
    "pay in time, please let us know {tell}.",
    "plan_confirm": "On {made} we agreed a payment plan together. We confirm it in {this}. You pay "
    "{count} instalments, {amount} in total.",
    "plan_confirm_one": "On {made} we agreed a payment plan together. We confirm it in {this}. You pay "
    "{amount} in one instalment.",
    "total_with_costs": "With the collection costs of {costs} added, that is {total}.",
    "plan_instalment_unread": "The agreed day for {instalment} ({amount}) is {date}. If you have not paid "
    "it yet when you receive {this}, please pay it {when}.",
    "plan_instalment_passed": "The agreed day for {instalment} ({amount}) was {date}. You receive {this} too late to "
    "pay on that day. If you have not paid it yet, please pay it {when}: that is still on time.",
    "plan_instalment_passed_more": "We agreed: {instalments}. You receive {this} too late to pay on those "
    "days. If you have not paid those instalments yet, please pay them {when}: that is still on time.",
    "plan_hold": "As long as you pay the instalments on time, we will not send you reminders or other payment letters.",
    "plan_hold_single": "If you pay the instalment on time, we will not send you reminders or other payment letters.",
    "plan_missed": "If you miss an instalment, {step}.{then}",
    "plan_missed_single": "If you miss the instalment, {step}.{then}",
    "plan_missed_undecided": "If your payment plan applies (see the top) and you miss an instalment, {step}.{then}",
    "plan_missed_undecided_single": "If your payment plan applies (see the top) and you miss the instalment, "
    "{step}.{then}",
    "plan_then": "If it stays unpaid, {step}.",
    "plan_then_final_notice": "If it stays unpaid, our final notice asks for the whole amount overdue by then, not "
    "only the instalment.",
    "plan_then_final_notice_costs": "If it stays unpaid, our final notice asks for the whole amount overdue by "
    "then, not only the instalment. If you still do not pay after that letter, collection costs will be added.",
    "plan_then_final_notice_email": "If it stays unpaid, our final notice by email asks for the whole amount "
    "overdue by then, not only the instalment.",
    "plan_then_final_notice_costs_email": "If it stays unpaid, our final notice by email asks for the whole amount "
    "overdue by then, not only the instalment. If you still do not pay after that email, collection costs will be "
    "added.",
    "plan_then_final_notice_unagreed": "If it stays unpaid, we will email you a notice to pay (in Dutch: sommatie). "
    "It asks for the whole amount overdue by then, not only the instalment.",
    "plan_then_final_notice_either": "If it stays unpaid, we will send you a final notice, by post or by email. It "
    "asks for the whole amount overdue by then, not only the instalment.",
    "plan_then_final_notice_costs_either": "If it stays unpaid, we will send you a final notice, by post or by "
    "email. It asks for the whole amount overdue by then, not only the instalment. If you still do not pay after "
    "that notice, collection costs will be added.",
    "installment_missed": "On {made} we agreed a payment plan together. We have not yet received the instalment "
    "of {date} ({amount}).",
    "installment_missed_returned": "On {made} we agreed a payment plan together. For the instalment of {date} "
    "({amount}), we have no payment from you that counts.",
    "installment_missed_more_returned": "On {made} we agreed a payment plan together. These instalments are still "
    "open: {missed}. For these instalments, we have no payment from you that counts. In total, that is {open}.",
    "installment_missed_part": "On {made} we agreed a payment plan together. Of the instalment of {date} ({amount}) "
    "we have received {paid}, thank you: {open} is still open.",
    "installment_missed_more": "On {made} we agreed a payment plan together. These instalments are still open: "
    "{missed}. In total, that is {open}.",
    "installment_missed_more_part": "On {made} we agreed a payment plan together. These instalments are still open: "
    "{missed}. Of them, we have received {paid}, thank you. {open} is still open in total.",
    "installment_that_amount": "that amount",
    "installment_pay": "Please pay {open} by {date}. Your plan then simply continues, and your next "
    "instalments stay as agreed.",
    "installment_pay_single": "Please pay {open} by {date}. Your plan then simply continues, and your next instalment "
    "stays as agreed.",
    "installment_pay_asap": "Please pay {open} as soon as possible. Your plan then simply continues, and your "
    "next instalments stay as agreed.",
    "installment_pay_asap_single": "Please pay {open} as soon as possible. Your plan then simply continues, and your "
    "next instalment stays as agreed.",
    "installment_costs_term_ended": "Please note: the deadline in {notice} was {date}. If you had not paid {what} by "
    "then, collection costs are owed from {owed_from}. They amount to {amount}. Your instalments alone did not stop "
    "them.",
    "installment_costs_term_ended_single": "Please note: the deadline in {notice} was {date}. If you had not paid "
    "{what} by then, collection costs are owed from {owed_from}. They amount to {amount}. Your instalment alone did "
    "not stop them.",
    "installment_costs_term_ended_one": "Please note: the deadline in {notice} was {date}. If you had not paid {what} "
    "by then, collection costs are owed from {owed_from}. They amount to {amount}. Your instalment due by then was "
    "enough for that. If you had paid it by {date}, no costs are owed.",
    "installment_costs_term_ended_several": "Please note: the deadline in {notice} was {date}. If you had not paid "
    "{what} by then, collection costs are owed from {owed_from}. They amount to {amount}. Your instalments due by then "
    "were enough for that. If you had paid them by {date}, no costs are owed.",
    "promise_costs_term_ended": "Please note: the deadline in {notice} was {date}. If you had not paid {what} by then, "
    "collection costs are owed from {owed_from}. They amount to {amount}. Paying the amount you promised on the day "
    "you promised does not change that.",
    "installment_costs_term_ends_today": "Please note: the deadline in {notice} is {date}. If you have not paid {what} "
    "by then, collection costs are added. They amount to {amount}. Your instalments alone do not stop them.",
    "installment_costs_term_ends_today_single": "Please note: the deadline in {notice} is {date}. If you have not paid "
    "{what} by then, collection costs are added. They amount to {amount}. Your instalment alone does not stop them.",
    "installment_costs_term_ends_today_one": "Please note: the deadline in {notice} is {date}. If you have not paid "
    "{what} by then, collection costs are added. They amount to {amount}. Your instalment due by then is enough for "
    "that. If you have paid it by {date}, no costs are added.",
    "installment_costs_term_ends_today_several": "Please note: the deadline in {notice} is {date}. If you have not "
    "paid {what} by then, collection costs are added. They amount to {amount}. Your instalments due by then are enough "
    "for that. If you have paid them by {date}, no costs are added.",
    "promise_costs_term_ends_today": "Please note: the deadline in {notice} is {date}. If you have not paid {what} by "
    "then, collection costs are added. They amount to {amount}. Paying the amount you promised on the day you promised "
    "does not stop them.",
    "part_lowers_unseen": "If you paid or pay a further part after {paid_until} and by {last_day}, they will be "
    "lower. They are then calculated on what is still unpaid after that.",
    "part_lowers_today": "If you pay a further part today, they will be lower: calculated on what is still unpaid "
    "after that.",
    "final_costs_apart": "This does not include the collection costs of {amount} from our first final notice. If you "
    "did not pay that notice in time, those costs come on top; we will ask for them separately.",
    "final_costs_short_apart": "Owed from {date}: {amount}. That applies if you did not pay our first final notice "
    "in time (see above). Not in the total below; we will ask for them separately.",
    "final_costs_apart_today": "This does not include the collection costs of {amount} from our first final notice. "
    "If you have not paid that notice by {last_day}, those costs come on top. We will ask for them separately.",
    "final_costs_short_apart_today": "Owed from {date}: {amount}. That applies if you have not paid our first final "
    "notice by {last_day} (see above). Not in the total below; we will ask for them separately.",
    "total_due_apart": "Total to pay, without collection costs",
    "costs_came": "The deadline in {notice} was {date}. Collection costs of {amount} have therefore been added{open}.",
    "costs_came_open": ", of which {amount} is still unpaid",
    "costs_came_total": "They are part of what you still owe: {total} in total.",
    "costs_came_held": "They are included in the total still outstanding.",
    "installment_pay_last": "Please pay {open} by {date}. You will then have paid every instalment of your plan.",
    "installment_pay_last_asap": "Please pay {open} as soon as possible. You will then have paid every "
    "instalment of your plan.",
    "installment_pay_unseen": "Please pay {open} by {date}.",
    "installment_pay_unseen_asap": "Please pay {open} as soon as possible.",
    "installment_pay_last_single": "Please pay {open} by {date}. Your plan is then paid in full.",
    "installment_pay_last_asap_single": "Please pay {open} as soon as possible. Your plan is then paid in full.",
    "installment_pay_notice": "Our final notice still applies: it asks for the whole overdue amount, this "
    "instalment included. Please pay {asked} by {date}. If you have not paid {what} by {last_day}, collection "
    "costs are added. They amount to {amount}.",
    "installment_pay_notice_ended": "Please pay {asked} by {date}.",
    "installment_pay_notice_asap": "Our final notice still applies: it asks for the whole overdue amount, this "
    "instalment included. Please pay {asked} as soon as possible.",
    "installment_pay_notice_more": "Our final notice still applies: it asks for the whole overdue amount, these "
    "instalments included. Please pay {asked} by {date}. If you have not paid {what} by {last_day}, collection "
    "costs are added. They amount to {amount}.",
    "installment_pay_notice_asap_more": "Our final notice still applies: it asks for the whole overdue amount, these "
    "instalments included. Please pay {asked} as soon as possible.",
    "installment_next": "If we have not received {open} by {date}, {step}.",
    "installment_next_asap": "If {open} stays unpaid, {step}.",
    "scan": "Scan with your banking app",
    "amount": "Amount",
    "beneficiary": "Beneficiary name",
    "link": "Your personal overview, always up to date:",
    "link_email": "Your personal overview shows everything, with a QR code to pay:",
    "plan_way_out": "Can't pay everything at once? Ask for a payment plan; we charge no fee for it.",
    "plan_way_out_counsellor": "Can't pay everything at once? A payment plan is possible; we charge no fee for it. "
    "Your debt counsellor can send us a proposal.",
    "plan_way_out_administrator": "Can't pay everything at once? A payment plan is possible; we charge no fee for "
    "it. Your administrator can send us a proposal.",
    "dispute_way_out": "Is the invoice wrong? Let us know. While we look into it, we will not send you further "
    "reminders.",
    "dispute_way_out_many": "Is one of the invoices wrong? Let us know. While we look into it, we do not ask you to "
    "pay that invoice.",
    "dispute_looking": "We are still looking into your dispute about {disputed}.",
    "dispute_way_out_other_one": "Is {invoice} wrong too? Let us know. While we look into it, we hold off the next "
    "step for that invoice.",
    "dispute_way_out_other": "Is another invoice wrong too? Let us know. While we look into it, we hold off the next "
    "step for that invoice.",
    "dispute_term_runs": "But the deadline in {notice} still applies.",
    "dispute_term_runs_here": "But the deadline in this letter still applies.",
    "dispute_term_runs_here_email": "But the deadline in this email still applies.",
    "dispute_term_runs_here_portal": "But the deadline in this message still applies.",
    "dispute_term_runs_others": "For the other invoices, the deadline in {notice} still applies.",
    "dispute_term_runs_here_others": "For the other invoices, the deadline in this letter still applies.",
    "dispute_term_runs_here_email_others": "For the other invoices, the deadline in this email still applies.",
    "dispute_term_runs_here_portal_others": "For the other invoices, the deadline in this message still applies.",
    "dispute_term_ended": "But the deadline in {notice} was {date}. A question or a dispute now does not change that.",
    "dispute_term_ended_others": "For the other invoices, the deadline in {notice} was {date}. A dispute now does "
    "not change that.",
    "dispute_way_out_answered": "Do you have a question about our answer to your dispute? Please contact us.",
    "help_way_out_consumer": "Worried about money? Get free help, including from your local council (gemeente), "
    "the sooner the better. Most services work in "
    "Dutch: ask whether they can help you in English.",
    "help_way_out_business": "Worried about money? Get help in time: the sooner you ask, the more options you "
    "will have.",
    "help_way_out_counsellor": "A debt counsellor is helping you. We discuss this bill, and what you can pay, with "
    "your debt counsellor. Other help:",
    "help_way_out_administrator": "Your administrator (bewindvoerder) manages your money. We discuss this bill "
    "with your administrator. Other help:",
    "help_way_out_consumer_abroad": "Worried about money? Get debt help where you live, the sooner the better. "
    "Do you disagree with our invoice? These organisations can help online:",
    "help_way_out_business_abroad": "Worried about money? Get help in time where your business is established, for "
    "example from the chamber of commerce or an adviser there.",
    "steps_reminder": "a reminder",
    "steps_reminders": "{count} reminders",
    "steps_dunning": "a formal reminder",
    "steps_dunnings": "{count} formal reminders",
    "steps_final_notice": "a final notice",
    "steps_final_notices": "{count} final notices",
    "steps_final_notice_unagreed_email": "a notice to pay by email",
    "steps_final_notice_unagreed_emails": "{count} notices to pay by email",
    "steps_final_notice_unagreed_portal": "a notice to pay in our customer portal",
    "steps_final_notice_unagreed_portals": "{count} notices to pay in our customer portal",
    "steps_and": "{first} and {second}",
    "steps_invoice": "our invoice",
    "steps_invoices": "our invoices",
    "steps_about": "{steps} about {invoices}",
    "steps_each": "{earlier}, and {last}",
    "get_help": "Worried about money? Get free help, for example from Geldfit.",
    "get_help_counsellor": "Worried about money? Talk to your debt counsellor.",
    "get_help_administrator": "Worried about money? Talk to your administrator (bewindvoerder).",
    "get_help_consumer_abroad": "Worried about money? Get debt help where you live.",
    "get_help_business_abroad": "Worried about money? Get help in time in the country where your business is "
    "established.",
    "help_line": "{name}, {phone} ({note}), {site}",
    "help_line_web": "{name} ({note}), {site}",
    "help_line_search": "{name} ({note}): search for {name} on {site}",
    "contact_desk": "Call or email {name}, {role}:",
    "contact_desk_plain": "Call or email {name}:",
    "contact_hours": "available {hours}",
    "mention": "Please mention your payment reference {reference}.",
    "mention_ours": "Please mention our reference {reference}.",
    "no_costs": "We do not charge collection costs.",
    "no_costs_this_email": "This email brings no collection costs.",
    "no_costs_ask_address": "We do not have your postal address. Would you let us know it? Just reply to this "
    "email. Or tell us that we may send you our letters by email.",
    "no_costs_this_portal": "This message brings no collection costs.",
    "no_costs_ask_address_portal": "We do not have your postal address. Would you let us know it? Just reply to this "
    "message. Or tell us that we may send you our letters by email.",
    "more_invoices": "This letter leaves out {count} invoices; you can see them on your personal overview.",
    "more_invoices_one": "This letter leaves out one invoice; you can see it on your personal overview.",
    "more_payments": "We received {count} payments. How we applied them is on your personal overview.",
    "more_payments_one": "We received one payment. How we applied it is on your personal overview.",
    "more_interest": "The interest per period is on your personal overview.",
    "interest_rates": "Interest: {rates} a year, from {start} to {end} inclusive.",
    "and": " and ",
    "more_invoices_ask": "This letter leaves out {count} invoices. Would you like the whole list? Call or email us "
    "and we will send it to you.",
    "more_invoices_ask_one": "This letter leaves out one invoice. Would you like the whole list? Call or email us "
    "and we will send it to you.",
    "more_payments_ask": "We received {count} payments. Would you like to know how we applied them? "
    "Call or email us for the whole list.",
    "more_payments_ask_one": "We received one payment. Would you like to know how we applied it? "
    "Call or email us for the whole list.",
    "more_interest_ask": "Would you like to see the interest per period? Call or email us and we will send you "
    "the whole list.",
    "col_invoice_date": "Invoice date",
    "col_due": "Due date",
    "invoices_caption": "Invoices (amounts in euros)",
    "credit_note_on": "Credit note {number} of {date} on invoice {invoice}: {amount} deducted.",
    "credit_note_on_described": "Credit note {number} of {date} on invoice {invoice}: {amount} deducted. "
    "Description: “{description}”.",
}

WORDS = MappingProxyType({"nl": MappingProxyType(NL), "en": MappingProxyType(EN)})


def text(lang: str, key: str, **values) -> str:
    """One sentence of a letter in `lang`, with its values filled in (`fmt.sentence`: no full stop twice)."""
    return sentence(WORDS[lang][key], **values)
