"""What a statement page says around the figures, in Dutch and English (language level B1).

Longer texts that staff may want to rewrite per stage live as Markdown in
content/messages/; these are the fixed words and sentences of the page. A
sentence with a value names it in braces and is filled in by `text()`.
Both languages must have the same keys (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from incasso.ledger.model import Language

NL = {
    # The page as a whole
    "title": "Uw betaaloverzicht – {creditor}",
    "h1": "Uw betaaloverzicht",
    "for_name": "Voor: {name}",
    "demo": "Demo: dit is een voorbeeldpagina met verzonnen gegevens. Betaal niets.",
    "skip": "Direct naar de inhoud",
    "other_language": "English",
    # The summary at the top
    "to_pay": "Te betalen",
    "to_pay_now": "Nu te betalen",
    "next_instalment": "Volgende termijn",
    "open_amount": "Openstaand bedrag",
    "pay_by": "Betaal uiterlijk {date}",
    "pay_asap": "Betaal zo snel mogelijk",
    "total_open": "In totaal staat nog {amount} open.",
    "promise_lead": "U heeft toegezegd {amount} te betalen, uiterlijk {date}. Dank u wel.",
    "promise_whole_lead": "U heeft toegezegd het hele bedrag te betalen, uiterlijk {date}. Vandaag is dat {amount}. "
    "Dank u wel.",
    "promise_whole_lead_interest": "U heeft toegezegd het hele bedrag te betalen, uiterlijk {date}. Vandaag is dat "
    "{amount}; de rente loopt door tot de dag waarop u betaalt. Dank u wel.",
    "kept_lead": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open. "
    "Wilt u dit bedrag {when} betalen?",
    "kept_lead_interest": "Dank u wel dat u zich aan onze afspraak heeft gehouden. Er staat nog {amount} open: "
    "de rente tot de dag waarop u betaalde. Wilt u dit bedrag {when} betalen?",
    "by_date": "uiterlijk {date}",
    "asap": "zo snel mogelijk",
    "not_yet_due": "Nog niet te laat: {amount}, te betalen uiterlijk {date}.",
    "part_due": "Daarvan {amount} uiterlijk {date}.",
    "plan_lead": "Volgende termijn van uw betalingsregeling: {amount}, uiterlijk {date}.",
    "plan_arrears_lead": "Er staat een termijn van uw betalingsregeling open.",
    "dispute_lead": "U bent het niet eens met de factuur. Wij zoeken dit uit. "
    "Zolang dat duurt, zetten wij de incasso stil.",
    "paid_label": "Betaald",
    "paid_lead": "Dank u wel! U heeft alles betaald.",
    "paid_on": "Uw laatste betaling ontvingen wij op {date}.",
    "how_to_pay": "Zo betaalt u",
    "pay_online": "Betaal online",
    # Section headings
    "h_message": "Bericht van {creditor}",
    "h_next": "Wat gebeurt er nu?",
    "h_pay": "Zo betaalt u",
    "h_plan": "Uw betalingsregeling",
    "h_details": "Wat u moet betalen en waarom",
    "h_invoices": "Facturen",
    "h_payments": "Ontvangen betalingen",
    "h_interest": "Rente",
    "h_costs": "Incassokosten",
    "h_total": "Totaal",
    "h_options": "Lukt betalen niet, of klopt er iets niet?",
    "h_ask_plan": "Niet alles in één keer betalen",
    "h_dispute": "Niet eens met de factuur",
    "h_help": "Geldzorgen",
    "h_contact": "Vragen? Neem contact op",
    "h_terms": "Afspraken over betalen",
    "h_creditor": "Wie vraagt de betaling?",
    # How to pay
    "scan": "Scan de QR-code met de app van uw bank. Het bedrag en het betaalkenmerk staan er al in.",
    "same_phone": "Bekijkt u deze pagina op uw telefoon? Neem dan de gegevens hieronder over in uw bank-app.",
    "qr_alt": "QR-code voor een overboeking van {amount} aan {name}, betaalkenmerk {reference}. "
    "Dezelfde gegevens staan hieronder als tekst.",
    "amount": "Bedrag",
    "iban": "IBAN",
    "bic": "BIC",
    "beneficiary": "Naam ontvanger",
    "reference": "Betaalkenmerk",
    "reference_hint": "Vermeld altijd het betaalkenmerk. Dan weten wij dat de betaling van u is.",
    "link_intro": "Liever online betalen? Gebruik de betaallink:",
    "link_qr_alt": "QR-code met de betaallink naar {host}.",
    "link_qr_caption": "Scan om online te betalen",
    "qr_caption": "Scan met uw bank-app",
    "bank_warning": "Let op: wij veranderen ons rekeningnummer nooit per e-mail. "
    "Krijgt u een bericht met een ander rekeningnummer? Betaal dan niet en neem contact met ons op.",
    "bank_warning_phone": "Let op: wij veranderen ons rekeningnummer nooit per e-mail. "
    "Krijgt u een bericht met een ander rekeningnummer? Betaal dan niet en bel ons op {phone}.",
    "copy_label": "Kopieer",
    "copied_label": "Gekopieerd",
    "plan_nothing_due": "Er staat nu geen termijn open. De QR-code is voor uw volgende termijn: "
    "{amount}, uiterlijk {date}.",
    "plan_qr_due": "De QR-code is voor wat u nu moet betalen volgens uw betalingsregeling: {amount}.",
    "promise_qr": "De QR-code is voor het bedrag dat u heeft toegezegd.",
    "promise_qr_whole": "De QR-code is voor het hele bedrag, met de rente tot vandaag.",
    "overdue_qr": "De QR-code is voor het bedrag dat nu te laat is. Facturen waarvan de betaaltermijn nog niet "
    "voorbij is, betaalt u later, uiterlijk op hun eigen datum.",
    "dispute_qr": "Wilt u alleen het deel betalen waarmee u het eens bent? Pas dan het bedrag aan in uw bank-app.",
    # The payment plan
    "plan_caption": "Termijnen van uw betalingsregeling (bedragen in euro)",
    "plan_col_due": "Uiterlijk",
    "plan_col_amount": "Bedrag",
    "plan_col_paid": "Betaald",
    "plan_col_state": "Stand",
    "plan_paid": "Betaald",
    "plan_due": "Vandaag betalen",
    "plan_overdue": "Te laat",
    "plan_upcoming": "Komt nog",
    "plan_summary": "U betaalt in {count} termijnen, samen {amount}.",
    # What you owe and why
    "situation": "Stand op {date}. Betalingen die wij tot en met {paid_until} hebben ontvangen, zijn verwerkt.",
    "invoices_caption": "Facturen (bedragen in euro)",
    "col_invoice": "Factuur",
    "col_amount": "Bedrag",
    "col_paid": "Betaald",
    "col_open": "Open",
    "invoice_date": "factuurdatum {date}",
    "invoice_due": "uiterste betaaldatum {date}",
    "payments_caption": "Ontvangen betalingen (bedragen in euro)",
    "col_date": "Datum",
    "col_applied": "Verwerkt als",
    "applied_principal": "factuur {invoice}: {amount}",
    "applied_interest": "rente {invoice}: {amount}",
    "applied_costs": "incassokosten: {amount}",
    "applied_credit": "te veel betaald: {amount}",
    "interest_statutory_consumer": "Wij rekenen de wettelijke rente (artikel 6:119 Burgerlijk Wetboek) "
    "vanaf de dag na de uiterste betaaldatum.",
    "interest_statutory_business": "Wij rekenen de wettelijke handelsrente (artikel 6:119a Burgerlijk Wetboek) "
    "vanaf de dag na de uiterste betaaldatum.",
    "interest_caption": "Rente per periode (bedragen in euro)",
    "col_period": "Periode",
    "col_rate": "Rente",
    "interest_period": "{start} t/m {end} ({days} dagen) over {base}",
    "interest_summary": "Rente tot nu toe: {total}. Daarvan is {paid} betaald; nog open: {open}.",
    "costs_charged": "Wij rekenen {amount} incassokosten, berekend over {principal} volgens {basis}. "
    "In rekening gebracht op {date}.",
    "costs_announced": "Nog niet in rekening gebracht. Heeft u onze laatste brief (sommatie) van {sent} op "
    "{received} ontvangen? Dan is uw laatste betaaldag {last_day}. Heeft u dan niet {what} "
    "betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}, volgens {basis}. "
    "Betaalt u voor die tijd een deel, dan kunnen de kosten lager worden.",
    "costs_announced_due": "Nog niet in rekening gebracht. Heeft u niet uiterlijk {last_day} {what} betaald? "
    "Dan rekenen wij vanaf {date} incassokosten van {amount}, volgens {basis}.",
    "costs_none": "Wij rekenen nu geen incassokosten.",
    "totals_caption": "Totaal (bedragen in euro)",
    "total_invoices": "Facturen, nog open",
    "total_interest": "Rente, nog open",
    "total_costs": "Incassokosten, nog open",
    "total_credit": "Te veel betaald",
    "total_due": "Totaal te betalen",
    # Options
    "ask_plan_text": "Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan. "
    "Dat kost niets extra. Stuur ons een voorstel: hoeveel u per maand kunt betalen, en vanaf wanneer.",
    "ask_plan_mail": "Mail een voorstel voor een betalingsregeling",
    "h_change_plan": "Uw betalingsregeling aanpassen",
    "change_plan_text": "Lukt het niet om de termijnen te betalen zoals afgesproken? Neem dan contact met ons op, "
    "het liefst voor de volgende termijn. Dan kijken wij samen of wij de regeling kunnen "
    "aanpassen.",
    "change_plan_mail": "Mail ons over het aanpassen van uw regeling",
    "dispute_text": "Klopt de factuur niet, of bent u het ergens niet mee eens? Laat het ons weten. "
    "Zolang wij dat uitzoeken, zetten wij de incasso stil: u krijgt dan geen herinneringen of aanmaningen.",
    "dispute_mail": "Mail ons waarom u het niet eens bent",
    "help_text": "Heeft u geldzorgen? Vraag dan gratis hulp. Hoe eerder, hoe beter.",
    "help_call": "Bel",
    "help_or_visit": "of kijk op",
    "help_note_geldfit": "Gratis en anoniem.",
    "help_note_loket": "Gratis advies over uw rechten.",
    "help_more": "Meer over hulp bij geldzorgen",
    "or_call": "Of bel {name}:",
    # Mail texts
    "mail_subject": "Mijn betaling, betaalkenmerk {reference}",
    "plan_subject": "Voorstel betalingsregeling, betaalkenmerk {reference}",
    "plan_body": "Beste {desk},\n\nIk kan het bedrag van {amount} (betaalkenmerk {reference}) niet in één keer "
    "betalen. Mijn voorstel voor een betalingsregeling:\n\nIk betaal per maand: EUR \n"
    "De eerste keer op: \n\nMet vriendelijke groet,\n\n",
    "change_plan_subject": "Regeling aanpassen, betaalkenmerk {reference}",
    "change_plan_body": "Beste {desk},\n\nIk wil mijn betalingsregeling (betaalkenmerk {reference}) graag "
    "aanpassen. Mijn voorstel:\n\n\nMet vriendelijke groet,\n\n",
    "dispute_subject": "Niet eens met factuur, betaalkenmerk {reference}",
    "dispute_body": "Beste {desk},\n\nIk ben het niet eens met factuur {invoices} (betaalkenmerk {reference}), "
    "omdat:\n\n\nMet vriendelijke groet,\n\n",
    # Contact
    "contact_person": "U kunt terecht bij {name}.",
    "contact_person_role": "U kunt terecht bij {name}, {role}.",
    "phone": "Telefoon",
    "hours": "Bereikbaar",
    "email": "E-mail",
    "mention_reference": "Noem uw betaalkenmerk {reference}, dan kunnen wij u sneller helpen.",
    # Terms and creditor
    "payment_term": "Betaaltermijn: {days} dagen na de factuurdatum.",
    "late_steps": "Betaalt u niet op tijd? Dan sturen wij eerst een herinnering, daarna een aanmaning en "
    "dan een laatste brief (sommatie). Is de termijn van die laatste brief voorbij, "
    "dan rekenen wij incassokosten volgens de wet.",
    "late_interest_consumer": "Vanaf de dag na de uiterste betaaldatum rekenen wij de wettelijke rente.",
    "late_interest_business": "Vanaf de dag na de uiterste betaaldatum rekenen wij de wettelijke handelsrente.",
    "terms_link": "Lees onze algemene voorwaarden over betalen",
    "kvk": "KvK-nummer",
    "vat": "Btw-nummer",
    # What happens next
    "step_reminder": "een betalingsherinnering",
    "step_dunning": "een aanmaning",
    "step_final_notice": "een laatste brief (sommatie)",
    "your_payment": "uw betaling",
    "your_payment_of": "uw betaling van {amount}",
    "what_all": "alles",
    "what_overdue": "het bedrag dat nu te laat is ({amount})",
    "next_by": "Hebben wij {payment} niet uiterlijk {date} ontvangen? Dan sturen wij u {step}.",
    "next_soon": "Hebben wij {payment} niet snel ontvangen? Dan sturen wij u {step}.",
    "next_open": "De uiterste betaaldatum is {date}. Betaalt u op tijd, dan komen er geen kosten bij.",
    "next_final_costs": "In die brief staat hoeveel incassokosten wij rekenen als u daarna nog steeds niet betaalt. "
    "Over de facturen die nu te laat zijn, zijn dat {amount}, op zijn vroegst vanaf {date}.",
    "fourteen": "veertien",
    "final_term": "Onze laatste brief (sommatie) van {sent} geeft u {days} dagen om te betalen: "
    "“binnen {days} dagen na de dag waarop u deze brief heeft ontvangen”. "
    "Heeft u de brief op {received} ontvangen? Dan is uw laatste betaaldag {last_day}.",
    "costs_term": "De incassokosten volgen uit onze eerste sommatie, van {sent}. Heeft u die brief "
    "op {received} ontvangen? Dan is uw laatste betaaldag zonder incassokosten {last_day}.",
    "final_costs": "Heeft u dan niet {what} betaald? Dan rekenen wij vanaf {date} incassokosten van {amount}. "
    "Betaalt u voor die tijd een deel, dan kunnen de kosten lager worden.",
    "costs_from_due": "Heeft u niet uiterlijk {last_day} {what} betaald? Dan rekenen wij vanaf {date} "
    "incassokosten van {amount}.",
    "costs_now": "De termijn van onze laatste brief (sommatie) van {sent} is voorbij. "
    "Daarom rekenen wij {amount} incassokosten.",
    "costs_now_due": "De betaaltermijn is voorbij. Daarom rekenen wij {amount} incassokosten.",
    "next_handover_by": "Hebben wij {payment} niet uiterlijk {date} ontvangen, en heeft u geen afspraak met ons "
    "gemaakt? Dan kunnen wij de vordering overdragen aan een incassobureau.",
    "next_handover_soon": "Hebben wij {payment} niet snel ontvangen, en maakt u geen afspraak met ons? Dan kunnen "
    "wij de vordering overdragen aan een incassobureau.",
    "handover_done": "Wij hebben de vordering overgedragen aan een incassobureau. U kunt het bedrag nog steeds "
    "betalen met de gegevens op deze pagina, of een betalingsregeling met ons afspreken.",
    "legal_done": "Wij hebben juridische stappen gezet, via een deurwaarder of de rechter. Ook nu kunt u nog "
    "betalen of een betalingsregeling met ons afspreken. Neem daarvoor zo snel mogelijk contact met ons op.",
    "interest_runs": "Over het bedrag dat openstaat, loopt de rente door tot u alles heeft betaald.",
    "plan_interest": "Over het bedrag dat openstaat, loopt de rente door zolang u de regeling betaalt. Na uw "
    "laatste termijn kan daarom nog een klein bedrag aan rente openstaan.",
    "small_rest": "Er staat nog maar een klein bedrag open. Daarvoor sturen wij u geen herinneringen. "
    "Wilt u het toch betalen? Dat kan met de gegevens op deze pagina.",
    "promise_next": "Hebben wij uw betaling niet uiterlijk {date} ontvangen? Dan nemen wij contact met u op. "
    "Lukt het niet op tijd? Laat het ons dan voor {date} weten.",
    "plan_next": "Uw volgende termijn is {amount}, uiterlijk {date}. Zolang u de termijnen op tijd betaalt, "
    "sturen wij u geen herinneringen of aanmaningen.",
    "plan_arrears": "De termijn van {date} is nog niet (helemaal) betaald: er staat {amount} open. "
    "Wilt u dit bedrag zo snel mogelijk betalen? Lukt dat niet, neem dan contact met ons op. "
    "Dan kijken wij samen naar de regeling.",
    "dispute_next": "Wij laten u zo snel mogelijk weten wat wij hebben gevonden. Tot die tijd zetten wij de "
    "incasso stil: wij sturen u geen herinneringen of aanmaningen.",
    "dispute_interest": "Over wat u ons verschuldigd bent, loopt de rente in die tijd wel door.",
    "paid_next": "U hoeft niets meer te doen.",
    "credit": "U heeft {amount} te veel betaald. Wij storten dit bedrag terug op de rekening waarvan u heeft betaald. "
    "Wilt u het anders? Bel of mail ons dan.",
}

EN = {
    "title": "Your payment overview – {creditor}",
    "h1": "Your payment overview",
    "for_name": "For: {name}",
    "demo": "Demo: this is a sample page with made-up data. Do not pay anything.",
    "skip": "Skip to content",
    "other_language": "Nederlands",
    "to_pay": "To pay",
    "to_pay_now": "To pay now",
    "next_instalment": "Next instalment",
    "open_amount": "Amount outstanding",
    "pay_by": "Please pay by {date}",
    "pay_asap": "Please pay as soon as possible",
    "total_open": "In total, {amount} is still outstanding.",
    "promise_lead": "You promised to pay {amount} by {date}. Thank you.",
    "promise_whole_lead": "You promised to pay the whole amount by {date}. Today that is {amount}. Thank you.",
    "promise_whole_lead_interest": "You promised to pay the whole amount by {date}. Today that is {amount}; "
    "interest runs until the day you pay. Thank you.",
    "kept_lead": "Thank you for keeping to our agreement. {amount} is still open. Please pay it {when}.",
    "kept_lead_interest": "Thank you for keeping to our agreement. {amount} is still open: the interest up to "
    "the day you paid. Please pay it {when}.",
    "by_date": "by {date}",
    "asap": "as soon as possible",
    "not_yet_due": "Not yet due: {amount}, to pay by {date}.",
    "part_due": "Of this, {amount} by {date}.",
    "plan_lead": "Next instalment of your payment plan: {amount}, by {date}.",
    "plan_arrears_lead": "An instalment of your payment plan is overdue.",
    "dispute_lead": "You do not agree with the invoice. We are looking into it. "
    "Until we have finished, we have put collection on hold.",
    "paid_label": "Paid",
    "paid_lead": "Thank you! You have paid everything.",
    "paid_on": "We received your last payment on {date}.",
    "how_to_pay": "How to pay",
    "pay_online": "Pay online",
    "h_message": "A message from {creditor}",
    "h_next": "What happens next?",
    "h_pay": "How to pay",
    "h_plan": "Your payment plan",
    "h_details": "What you owe and why",
    "h_invoices": "Invoices",
    "h_payments": "Payments received",
    "h_interest": "Interest",
    "h_costs": "Collection costs",
    "h_total": "Total",
    "h_options": "Can't pay, or is something wrong?",
    "h_ask_plan": "Paying in instalments",
    "h_dispute": "If you disagree with the invoice",
    "h_help": "Money worries",
    "h_contact": "Questions? Contact us",
    "h_terms": "Payment terms",
    "h_creditor": "Who is asking for payment?",
    "scan": "Scan the QR code with your banking app. The amount and the payment reference are filled in for you.",
    "same_phone": "Viewing this page on your phone? Copy the details below into your banking app.",
    "qr_alt": "QR code for a transfer of {amount} to {name}, payment reference {reference}. "
    "The same details are shown below as text.",
    "amount": "Amount",
    "iban": "IBAN",
    "bic": "BIC",
    "beneficiary": "Beneficiary name",
    "reference": "Payment reference",
    "reference_hint": "Always include the payment reference, so that we know the payment is yours.",
    "link_intro": "Prefer to pay online? Use the payment link:",
    "link_qr_alt": "QR code with the payment link to {host}.",
    "link_qr_caption": "Scan to pay online",
    "qr_caption": "Scan with your banking app",
    "bank_warning": "Please note: we never change our bank account number by email. "
    "Do you get a message with a different account number? Do not pay, and contact us.",
    "bank_warning_phone": "Please note: we never change our bank account number by email. "
    "Do you get a message with a different account number? Do not pay, and call us on {phone}.",
    "copy_label": "Copy",
    "copied_label": "Copied",
    "plan_nothing_due": "No instalment is due right now. The QR code is for your next instalment: {amount}, by {date}.",
    "plan_qr_due": "The QR code is for what is due now under your payment plan: {amount}.",
    "promise_qr": "The QR code is for the amount you promised to pay.",
    "promise_qr_whole": "The QR code is for the whole amount, with interest up to today.",
    "overdue_qr": "The QR code is for the amount now overdue. Invoices that are not yet due can be paid later, "
    "by their own due date.",
    "dispute_qr": "Would you like to pay only the part you agree with? Change the amount in your banking app.",
    "plan_caption": "Instalments of your payment plan (amounts in euros)",
    "plan_col_due": "Due by",
    "plan_col_amount": "Amount",
    "plan_col_paid": "Paid",
    "plan_col_state": "Status",
    "plan_paid": "Paid",
    "plan_due": "Due today",
    "plan_overdue": "Overdue",
    "plan_upcoming": "Upcoming",
    "plan_summary": "You pay in {count} instalments, {amount} in total.",
    "situation": "Situation on {date}. Payments we received up to and including {paid_until} are included.",
    "invoices_caption": "Invoices (amounts in euros)",
    "col_invoice": "Invoice",
    "col_amount": "Amount",
    "col_paid": "Paid",
    "col_open": "Open",
    "invoice_date": "invoice date {date}",
    "invoice_due": "due date {date}",
    "payments_caption": "Payments received (amounts in euros)",
    "col_date": "Date",
    "col_applied": "Applied to",
    "applied_principal": "invoice {invoice}: {amount}",
    "applied_interest": "interest {invoice}: {amount}",
    "applied_costs": "collection costs: {amount}",
    "applied_credit": "paid too much: {amount}",
    "interest_statutory_consumer": "We charge Dutch statutory interest (wettelijke rente, article 6:119 of the "
    "Dutch Civil Code) from the day after the due date.",
    "interest_statutory_business": "We charge Dutch statutory commercial interest (wettelijke handelsrente, "
    "article 6:119a of the Dutch Civil Code) from the day after the due date.",
    "interest_caption": "Interest per period (amounts in euros)",
    "col_period": "Period",
    "col_rate": "Rate",
    "interest_period": "{start} to {end} ({days} days) on {base}",
    "interest_summary": "Interest so far: {total}. Of this, {paid} has been paid; still open: {open}.",
    "costs_charged": "We charge {amount} in collection costs, calculated on {principal} under {basis}. "
    "Charged on {date}.",
    "costs_announced": "Not charged yet. If you received our final notice of {sent} on {received}, your last "
    "day to pay is {last_day}. If you have not paid {what} by then, we will charge collection "
    "costs of {amount} from {date}, under {basis}. If you pay part of it before then, the "
    "costs may be lower.",
    "costs_announced_due": "Not charged yet. If you have not paid {what} by {last_day}, we will charge "
    "collection costs of {amount} from {date}, under {basis}.",
    "costs_none": "We are not charging collection costs at this time.",
    "totals_caption": "Total (amounts in euros)",
    "total_invoices": "Invoices, still open",
    "total_interest": "Interest, still open",
    "total_costs": "Collection costs, still open",
    "total_credit": "Paid too much",
    "total_due": "Total to pay",
    "ask_plan_text": "Can't pay everything at once? Ask for a payment plan. It costs nothing extra. "
    "Send us a proposal: how much you can pay per month, and from when.",
    "ask_plan_mail": "Email a proposal for a payment plan",
    "h_change_plan": "Changing your payment plan",
    "change_plan_text": "Can you not pay the instalments as agreed? Please contact us, preferably before the "
    "next instalment, and we will see together whether we can change the plan.",
    "change_plan_mail": "Email us about changing your plan",
    "dispute_text": "Is the invoice wrong, or do you disagree with something? Let us know. "
    "While we look into it, we put collection on hold: you will not get reminders or demands.",
    "dispute_mail": "Email us why you disagree",
    "help_text": "Worried about money? Get free help. The sooner, the better.",
    "help_call": "Call",
    "help_or_visit": "or visit",
    "help_note_geldfit": "Free and anonymous.",
    "help_note_loket": "Free advice about your rights.",
    "help_more": "More about help with money worries",
    "or_call": "Or call {name}:",
    "mail_subject": "My payment, payment reference {reference}",
    "plan_subject": "Payment plan proposal, payment reference {reference}",
    "plan_body": "Dear {desk},\n\nI cannot pay the amount of {amount} (payment reference {reference}) all at once. "
    "My proposal for a payment plan:\n\nI will pay per month: EUR \nThe first payment on: \n\n"
    "Kind regards,\n\n",
    "change_plan_subject": "Change my payment plan, payment reference {reference}",
    "change_plan_body": "Dear {desk},\n\nI would like to change my payment plan (payment reference {reference}). "
    "My proposal:\n\n\nKind regards,\n\n",
    "dispute_subject": "I disagree with an invoice, payment reference {reference}",
    "dispute_body": "Dear {desk},\n\nI do not agree with invoice {invoices} (payment reference {reference}), "
    "because:\n\n\nKind regards,\n\n",
    "contact_person": "Your contact is {name}.",
    "contact_person_role": "Your contact is {name}, {role}.",
    "phone": "Phone",
    "hours": "Opening hours",
    "email": "Email",
    "mention_reference": "Please mention your payment reference {reference}, so we can help you faster.",
    "payment_term": "Payment term: {days} days from the invoice date.",
    "late_steps": "If you do not pay on time, we first send a reminder, then a demand for payment, and then a "
    "final notice. Once the term of the final notice has passed, we charge collection costs as "
    "the law allows.",
    "late_interest_consumer": "From the day after the due date we charge Dutch statutory interest.",
    "late_interest_business": "From the day after the due date we charge Dutch statutory commercial interest.",
    "terms_link": "Read our general terms on payment",
    "kvk": "Chamber of Commerce (KvK) number",
    "vat": "VAT number",
    "step_reminder": "a payment reminder",
    "step_dunning": "a demand for payment",
    "step_final_notice": "a final notice",
    "your_payment": "your payment",
    "your_payment_of": "your payment of {amount}",
    "what_all": "everything",
    "what_overdue": "the amount now overdue ({amount})",
    "next_by": "If we have not received {payment} by {date}, we will send you {step}.",
    "next_soon": "If we do not receive {payment} soon, we will send you {step}.",
    "next_open": "The due date is {date}. If you pay on time, there are no extra costs.",
    "next_final_costs": "That letter states the collection costs we will charge if you still do not pay after it. "
    "On the invoices overdue now, they come to {amount}, from {date} at the earliest.",
    "fourteen": "fourteen",
    "final_term": "Our final notice of {sent} gives you {days} days to pay: “within {days} days after the "
    "day on which you received this letter”. If you received the letter on {received}, "
    "your last day to pay is {last_day}.",
    "costs_term": "The collection costs follow from our first final notice, of {sent}. If you received that "
    "letter on {received}, your last day to pay without collection costs is {last_day}.",
    "final_costs": "If you have not paid {what} by then, we will charge collection costs of {amount} "
    "from {date}. If you pay part of it before then, the costs may be lower.",
    "costs_from_due": "If you have not paid {what} by {last_day}, we will charge collection costs of {amount} "
    "from {date}.",
    "costs_now": "The term of our final notice of {sent} has passed. We therefore charge {amount} in collection costs.",
    "costs_now_due": "The payment term has passed. We therefore charge {amount} in collection costs.",
    "next_handover_by": "If we have not received {payment} by {date}, and you have not made an arrangement "
    "with us, we may hand the claim over to a collection agency.",
    "next_handover_soon": "If we do not receive {payment} soon, and you do not make an arrangement with us, "
    "we may hand the claim over to a collection agency.",
    "handover_done": "We have handed the claim over to a collection agency. You can still pay the amount with the "
    "details on this page, or agree a payment plan with us.",
    "legal_done": "We have taken legal steps, through a bailiff or the court. You can still pay, or agree a "
    "payment plan with us. Please contact us as soon as possible.",
    "interest_runs": "Interest keeps running on the amount outstanding until you have paid everything.",
    "plan_interest": "Interest keeps running on the amount outstanding while you pay the plan. So after your "
    "last instalment, a small amount of interest may still be open.",
    "small_rest": "Only a small amount is still open. We will not send you reminders for it. "
    "Would you like to pay it anyway? You can, with the details on this page.",
    "promise_next": "If we have not received your payment by {date}, we will contact you. "
    "If you cannot pay in time, please let us know before {date}.",
    "plan_next": "Your next instalment is {amount}, by {date}. As long as you pay the instalments on time, "
    "we will not send you reminders or demands.",
    "plan_arrears": "The instalment of {date} has not been paid (in full): {amount} is still open. "
    "Please pay this amount as soon as possible. If you cannot, please contact us, "
    "and we will look at the plan together.",
    "dispute_next": "We will let you know what we found as soon as possible. Until then, collection is on "
    "hold: we will not send you reminders or demands.",
    "dispute_interest": "Interest does keep running in the meantime on what you owe.",
    "paid_next": "You do not need to do anything else.",
    "credit": "You paid {amount} too much. We will refund this amount to the account you paid from. "
    "Would you prefer something else? Please call or email us.",
}

LABELS: Mapping[Language, Mapping[str, str]] = MappingProxyType(
    {Language.NL: MappingProxyType(NL), Language.EN: MappingProxyType(EN)}
)

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


def text(lang: Language, key: str, **values: object) -> str:
    """One sentence in `lang`, with its values filled in."""
    return LABELS[lang][key].format(**values)
