"""Editable texts copied before a value existed: the words shipped then, read with the value instead.

A creditor's copy of a message or letter text that still holds a sentence word for word as an earlier version
shipped it gets the placeholder that sentence now has ("deze factuur" becomes {this_invoice}); their own words
stay as written. Each table (statements.py, letters/texts.py) lists its texts' sentences, each ending where the
shipped sentence went on, so that a creditor's "factuurdatum" is not taken for "factuur".
"""

from __future__ import annotations

from collections.abc import Iterable


def as_shipped_now(source: str, replacements: Iterable[tuple[str, str]]) -> str:
    """`source` with each sentence as shipped before (the first of a pair) given its value (the second)."""
    for shipped, now in replacements:
        source = source.replace(shipped, now)
    return source


def left_out(*sentences: str) -> tuple[tuple[str, str], ...]:
    """Each sentence as shipped, left out: before the sentence after it (its space with it), after the sentence
    before it (the same), or alone at a paragraph's end."""
    return tuple(
        pair for sentence in sentences for pair in ((sentence + " ", ""), (" " + sentence, ""), (sentence, ""))
    )


# "Misschien is het u ontschoten", as shipped: untrue where the debtor did not forget. Left out of the first
# instalment reminder since a dispute's answer (letters.texts), and of the page's message and the letter's opening
# while a payment the bank took back is told (statement.returned): they paid (`RETURNED_TOLD`).
SLIPPED = left_out(
    "Misschien is het u ontschoten; dat kan gebeuren.",
    "Perhaps it slipped your mind – it happens.",
    "Perhaps they slipped your mind – it happens.",
)
# "Dat kan gebeuren." of a missed instalment, as the plan's messages shipped it: beside an instalment paid and taken
# back by the bank it reads as if the debtor forgot, as "ontschoten" does (above a dispute's answer, statement.view's
# `_answered` forms leave it out for the same reason).
IT_HAPPENS = left_out("Dat kan gebeuren.", "It happens.")
# "Heeft u het net betaald? Dan hoeft u niets te doen.", as shipped in each of its forms: beside a payment the bank
# took back it reads "nothing to do" to someone who did pay, and whose payment came back. Left out, not reworded:
# the returned payment's own lines say what to do (pay again, or contact whoever has the file: statement.returned).
# Where "Zo niet, ..." leaned on it, that question stands alone.
JUST_PAID = (
    (
        "Heeft u het net betaald? Dan hoeft u niets te doen. Zo niet, wilt u het bedrag dan alsnog betalen?",
        "Wilt u het bedrag alsnog betalen?",
    ),
    (
        "Heeft u het net betaald? Dan hoeft u niets te doen. Zo niet, wilt u het bedrag dan betalen?",
        "Wilt u het bedrag betalen?",
    ),
    (
        "If you have just paid, you do not need to do anything. If not, could you still pay the amount?",
        "Could you still pay the amount?",
    ),
    (
        "If you have just paid, you do not need to do anything. If not, could you pay the amount?",
        "Could you pay the amount?",
    ),
    *left_out(
        "Heeft u het net betaald? Dan hoeft u niets te doen.",
        "Heeft u het net betaald, dan hoeft u niets te doen.",
        "Heeft u de termijn net betaald? Dan hoeft u niets te doen.",
        "Heeft u de termijnen net betaald? Dan hoeft u niets te doen.",
        "Heeft u de rest net betaald? Dan hoeft u niets te doen.",
        "If you have just paid, you do not need to do anything.",
        "If you have just paid it, you do not need to do anything.",
        "If you have just paid them, you do not need to do anything.",
        "If you have just paid the rest, you do not need to do anything.",
    ),
)
# "stond uw betaling op tijd op onze rekening, dan hoeft u niets te doen" of a final notice whose term is over, its
# last day not yet in the bank statements (`final_notice_unseen`, `_plan`), as shipped: beside a payment the bank took
# back, the debtor whose payment did reach the account in time, and came back, reads "nothing to do"; and with the
# returned amount still open ("Wilt u opnieuw betalen?" under the payments) it is not true of a payment that counts
# either. Left out, as `JUST_PAID` is: "Hierboven staat wat dat voor u betekent." stands, and above it the costs say
# what was to be paid by when; the returned payment's lines say it does not count, and what to do.
IN_TIME = (
    (
        "Hierboven staat wat dat voor u betekent: stond uw betaling op tijd op onze rekening, dan hoeft u niets te "
        "doen.",
        "Hierboven staat wat dat voor u betekent.",
    ),
    (
        "Above you can see what that means for you: if your payment reached our account in time, you do not need to "
        "do anything.",
        "Above you can see what that means for you.",
    ),
    *left_out("If your payment reached our account in time, you do not need to do anything."),
)
# A settlement's missed instalment, as its reminder's opening shipped it: "nog niet betaald" beside a payment the bank
# took back reads as if nothing came, where often the instalment itself was paid and came back. It says what counts
# instead, true either way, in the reminder's own line's words (letters.words: `settlement_reminder_unpaid_returned`):
# "Voor een termijn van ... hebben wij nog geen betaling van u die meetelt.", without "Volgens onze administratie",
# which made it 22 words (s58).
SETTLEMENT_UNPAID = (
    (
        "Volgens onze administratie is een termijn van onze afspraak over een lager bedrag nog niet betaald.",
        "Voor een termijn van onze afspraak over een lager bedrag hebben wij nog geen betaling van u die meetelt.",
    ),
    (
        "According to our records, an instalment of our agreement on a lower amount has not been paid.",
        "For an instalment of our agreement on a lower amount, we have no payment from you that counts.",
    ),
)
# The same of a plan's missed instalment, as its reminder's three openings shipped it (`installment_reminder`,
# `_several`, `_single`): the line under it says "Voor de termijn van ... hebben wij nog geen betaling van u die
# meetelt" (letters.words: `installment_missed_returned`), and so does the opening now. The `_part` forms say what
# came in.
PLAN_UNPAID = (
    (
        "Volgens onze administratie is een termijn van uw betalingsregeling nog niet betaald.",
        "Volgens onze administratie hebben wij voor een termijn van uw betalingsregeling nog geen betaling van u die "
        "meetelt.",
    ),
    (
        "Volgens onze administratie zijn een paar termijnen van uw betalingsregeling nog niet betaald.",
        "Volgens onze administratie hebben wij voor een paar termijnen van uw betalingsregeling nog geen betaling van "
        "u die meetelt.",
    ),
    (
        "Volgens onze administratie is de termijn van uw betalingsregeling nog niet betaald.",
        "Volgens onze administratie hebben wij voor de termijn van uw betalingsregeling nog geen betaling van u die "
        "meetelt.",
    ),
    (
        "According to our records, an instalment of your payment plan has not been paid.",
        "According to our records, we have no payment from you that counts for an instalment of your payment plan.",
    ),
    (
        "According to our records, some instalments of your payment plan have not been paid.",
        "According to our records, we have no payment from you that counts for some instalments of your payment plan.",
    ),
    (
        "According to our records, the instalment of your payment plan has not been paid.",
        "According to our records, we have no payment from you that counts for the instalment of your payment plan.",
    ),
)
# A final notice over a plan, as its letters and the messages after its term ship the reason for it: "..., maar de
# termijnen zijn niet allemaal op tijd betaald.", "Dat deden wij omdat de termijnen van uw betalingsregeling niet
# allemaal op tijd betaald waren." beside an instalment paid and taken back by the bank read as if the debtor did not
# pay it. It says what counts, as the plan's reminders do (`PLAN_UNPAID`), true whether the
# return came before the notice or after it; and the messages after the notice state it, then what counts, not
# "omdat" (as `RETURNED_TOLD` does of {not_received}).
PLAN_LATE = (
    (  # the letter's "Wij hebben met u een betalingsregeling afgesproken, ...": two sentences (s58: 23 words)
        ", maar de termijnen zijn niet allemaal op tijd betaald.",
        ". Wij hebben niet voor elke termijn op tijd een betaling van u gehad die meetelt.",
    ),
    (
        "maar de termijnen zijn niet allemaal op tijd betaald.",
        "maar wij hebben niet voor elke termijn op tijd een betaling van u gehad die meetelt.",
    ),
    (  # ... the reason a sentence of its own (s58: "..., omdat ..." ran to 24 words with "een laatste bericht in ...")
        "(een sommatie). Dat deden wij omdat de termijnen van uw betalingsregeling niet allemaal op tijd betaald "
        "waren.",
        "(een sommatie). Wij hebben niet voor elke termijn van uw betalingsregeling op tijd een betaling van u gehad "
        "die meetelt.",
    ),
    (  # ... "We agreed a payment plan with you, ...": two sentences (s58: 26 words)
        ", but its instalments have not all been paid on time.",
        ". We did not have a payment from you that counts in time for every one of its instalments.",
    ),
    (
        "but its instalments have not all been paid on time.",
        "but we did not have a payment from you that counts in time for every one of its instalments.",
    ),
    (  # ... the reason a sentence of its own (s58: "..., because ..." ran to 26 words with "a notice to pay in ...")
        '(in Dutch: <i lang="nl">sommatie</i>). We did so because not all instalments of your plan were paid on time.',
        '(in Dutch: <i lang="nl">sommatie</i>). We did not have a payment from you that counts in time for every '
        "instalment of your plan.",
    ),
    # ... the same of a plan of one instalment (s62: the letters' `final_notice_plan_single` openings and the
    # messages' `_single` forms), "de termijn", not "elke termijn" of a plan that had one.
    (
        ", maar de termijn is niet op tijd betaald.",
        ". Wij hebben voor de termijn niet op tijd een betaling van u gehad die meetelt.",
    ),
    (
        "(een sommatie). Dat deden wij omdat de termijn van uw betalingsregeling niet op tijd betaald was.",
        "(een sommatie). Wij hebben voor de termijn van uw betalingsregeling niet op tijd een betaling van u gehad die "
        "meetelt.",
    ),
    (
        ", but its instalment has not been paid on time.",
        ". We did not have a payment from you that counts in time for its instalment.",
    ),
    (
        '(in Dutch: <i lang="nl">sommatie</i>). We did so because the instalment of your plan was not paid on time.',
        '(in Dutch: <i lang="nl">sommatie</i>). We did not have a payment from you that counts in time for the '
        "instalment of your plan.",
    ),
)
# ... and as the messages after the notice shipped them until s58, the reason after a comma; and as the messages in its
# term opened until s61, before "Daarom vraagt {plan_notice} ..." (statements `_SO_THE_NOTICE_ASKS` leaves that opening
# out of a copy as shipped, but a copy whose next sentence is the creditor's own keeps it): a creditor's copy.
PLAN_LATE_BEFORE = (
    (
        "De termijnen van uw betalingsregeling zijn niet allemaal op tijd betaald.",
        "Wij hebben niet voor elke termijn van uw betalingsregeling op tijd een betaling van u gehad die meetelt.",
    ),
    (
        "The instalments of your payment plan have not all been paid on time.",
        "We did not have a payment from you that counts in time for every instalment of your payment plan.",
    ),
    (
        "(een sommatie), omdat de termijnen van uw betalingsregeling niet allemaal op tijd betaald waren.",
        "(een sommatie). Wij hebben niet voor elke termijn van uw betalingsregeling op tijd een betaling van u gehad "
        "die meetelt.",
    ),
    (
        '(in Dutch: <i lang="nl">sommatie</i>), because not all instalments of your plan were paid on time.',
        '(in Dutch: <i lang="nl">sommatie</i>). We did not have a payment from you that counts in time for every '
        "instalment of your plan.",
    ),
)
# A shipped sentence that says after a comma what we have not received ("..., maar wij hebben {not_received}."), as
# shipped: beside a payment the bank took back {not_received} says what counts ("nog niet voor het hele bedrag een
# betaling van u die meetelt"), and the sentence ran to 22-35 words with it (s58: a dunning letter after a reminder
# and a dunning letter per invoice). Two sentences, the same words: what was done or is over, then what counts.
COUNTS_APART = (
    (
        "Wij hebben u eerder {steps_sent} gestuurd, maar wij hebben {not_received}.",
        "Wij hebben u eerder {steps_sent} gestuurd. Wij hebben {not_received}.",
    ),
    (
        "We sent you {steps_sent} earlier, but we have {not_received}.",
        "We sent you {steps_sent} earlier. We have {not_received}.",
    ),
    (
        "Wij hebben u {steps_sent} gestuurd, maar wij hebben {not_received}.",
        "Wij hebben u {steps_sent} gestuurd. Wij hebben {not_received}.",
    ),
    (
        "We have sent you {steps_sent}, but we have {not_received}.",
        "We have sent you {steps_sent}. We have {not_received}.",
    ),
    (
        "U heeft ons toegezegd te betalen, maar volgens onze administratie hebben wij {not_received}.",
        "U heeft ons toegezegd te betalen. Volgens onze administratie hebben wij {not_received}.",
    ),
    (
        "You promised us to pay, but according to our records we have {not_received}.",
        "You promised us to pay. According to our records, we have {not_received}.",
    ),
    (
        "{not_received}; het bedrag staat hieronder, met hoe het is opgebouwd.",
        "{not_received}. Het bedrag staat hieronder, met hoe het is opgebouwd.",
    ),
    ("{not_received}; the amount is below.", "{not_received}. The amount is below."),
    (
        "De betaaltermijn van {this_invoice} is voorbij, maar wij hebben {not_received}.",
        "De betaaltermijn van {this_invoice} is voorbij. Wij hebben {not_received}.",
    ),
    (
        "The payment term of {this_invoice} has ended, but we have {not_received}.",
        "The payment term of {this_invoice} has ended. We have {not_received}.",
    ),
    (
        "De termijn van die sommatie is voorbij en wij hebben {not_received}.",
        "De termijn van die sommatie is voorbij. Wij hebben {not_received}.",
    ),
    (
        "The deadline in that notice has passed and we have {not_received}.",
        "The deadline in that notice has passed. We have {not_received}.",
    ),
    (
        "You have a newer invoice that was not in {the_notice}, and we have {not_received}.",
        "You have a newer invoice that was not in {the_notice}. Also, we have {not_received}.",
    ),
)
# While a payment the bank took back is told: no "ontschoten", no "Dat kan gebeuren" (`IT_HAPPENS`), no "net betaald"
# (`JUST_PAID`) nor "op tijd op onze rekening, dan hoeft u niets te doen" (`IN_TIME`), no "nog niet betaald" of a
# settlement's or a plan's instalment (`SETTLEMENT_UNPAID`, `PLAN_UNPAID`), no "niet allemaal op tijd betaald" of a
# final notice over a plan (`PLAN_LATE`), no sentence that runs long with what counts (`COUNTS_APART`), and the
# messages of a reminder, a dunning letter and a final notice state the letter before what counts, not "Daarom" or
# "omdat" (the return is no reason for a letter that may be older than it); "omdat wij nog geen betaling van u die
# meetelt hebben" read clumsily besides.
# So do those after a broken promise's reminder or dunning letter (`reminder_promise`, `dunning_promise`): the promise,
# the letter after it ("daarna": the page shows them only for a letter after the promise's day), then what counts.
RETURNED_TOLD = (
    *SLIPPED,
    *IT_HAPPENS,
    *JUST_PAID,
    *IN_TIME,
    *SETTLEMENT_UNPAID,
    *PLAN_UNPAID,
    *PLAN_LATE,
    *PLAN_LATE_BEFORE,
    *COUNTS_APART,
    (
        "Wij hebben {not_received}. Daarom hebben wij u een aanmaning gestuurd.",
        "Wij hebben u een aanmaning gestuurd. Wij hebben {not_received}.",
    ),
    (
        'We have {not_received}, so we have sent you a formal reminder (in Dutch: <i lang="nl">aanmaning</i>).',
        'We have sent you a formal reminder (in Dutch: <i lang="nl">aanmaning</i>). We have {not_received}.',
    ),
    (
        "Wij hebben u een herinnering gestuurd, omdat wij {not_received} hebben.",
        "Wij hebben u een herinnering gestuurd. Wij hebben {not_received}.",
    ),
    (
        "We have sent you a reminder, because we have {not_received}.",
        "We have sent you a reminder. We have {not_received}.",
    ),
    ("(een sommatie), omdat wij {not_received} hebben.", "(een sommatie). Wij hebben {not_received}."),
    (
        '(in Dutch: <i lang="nl">sommatie</i>), because we have {not_received}.',
        '(in Dutch: <i lang="nl">sommatie</i>). We have {not_received}.',
    ),
    (  # ... as shipped since the reason is a sentence of its own (s58: 23 words with "a notice to pay in ...")
        '(in Dutch: <i lang="nl">sommatie</i>). We did so because we have {not_received}.',
        '(in Dutch: <i lang="nl">sommatie</i>). We have {not_received}.',
    ),
    (
        "U heeft ons toegezegd te betalen, maar wij hebben {not_received}. Daarom hebben wij u een aanmaning gestuurd.",
        "U heeft ons toegezegd te betalen, en daarna hebben wij u een aanmaning gestuurd. Wij hebben {not_received}.",
    ),
    (
        "U heeft ons toegezegd te betalen, maar wij hebben {not_received}. Daarom hebben wij u een herinnering "
        "gestuurd.",
        "U heeft ons toegezegd te betalen, en daarna hebben wij u een herinnering gestuurd. Wij hebben {not_received}.",
    ),
    (
        "You promised us to pay, but we have {not_received}. So we have sent you a formal reminder (in Dutch: "
        '<i lang="nl">aanmaning</i>).',
        'You promised us to pay, and after that we sent you a formal reminder (in Dutch: <i lang="nl">aanmaning</i>). '
        "We have {not_received}.",
    ),
    (
        "You promised us to pay, but we have {not_received}. So we have sent you a reminder.",
        "You promised us to pay, and after that we sent you a reminder. We have {not_received}.",
    ),
)
# The page's handover message, as shipped: "Wij hebben {not_received}. Daarom hebben wij uw dossier overgedragen".
# A payment to us after the handover (the page says one may pay us directly) that the bank took back is no reason
# for a handover older than it: the page states the handover, then what counts, as the other steps' messages do
# (`RETURNED_TOLD`). The handover letter keeps its "Daarom": written on the day of the handover, any return it tells
# came before it.
HANDED_OVER = (
    (
        "Wij hebben {not_received}. Daarom hebben wij uw dossier overgedragen aan {agency}.",
        "Wij hebben uw dossier overgedragen aan {agency}. Wij hebben {not_received}.",
    ),
    (
        "We have {not_received}. That is why we have handed your file over to {agency}.",
        "We have handed your file over to {agency}. We have {not_received}.",
    ),
)
# The page's plan messages of a missed instalment, as shipped (`plan_missed`, `_several`, `_single`, `_last`,
# `_last_several` and their `_answered` forms): "Een termijn van uw betalingsregeling is niet betaald." stood above the
# instalment paid and taken back by the bank, and above "Voor de termijn van ... hebben wij nog geen betaling van u die
# meetelt" (statement.labels `plan_arrears_returned`): it says what counts, as that line and the instalment's reminder
# (`PLAN_UNPAID`) do. The `_part` forms say what came in.
PLAN_MISSED = (
    (
        "Een termijn van uw betalingsregeling is niet betaald.",
        "Voor een termijn van uw betalingsregeling hebben wij nog geen betaling van u die meetelt.",
    ),
    (
        "Een paar termijnen van uw betalingsregeling zijn niet betaald.",
        "Voor een paar termijnen van uw betalingsregeling hebben wij nog geen betaling van u die meetelt.",
    ),
    (
        "De termijn van uw betalingsregeling is niet betaald.",
        "Voor de termijn van uw betalingsregeling hebben wij nog geen betaling van u die meetelt.",
    ),
    (  # after its last day, two sentences (s58: 22 and 23 words in one)
        "De laatste dag van uw betalingsregeling is voorbij, en een termijn ervan is niet betaald.",
        "De laatste dag van uw betalingsregeling is voorbij. Voor een termijn ervan hebben wij nog geen betaling van u "
        "die meetelt.",
    ),
    (
        "De laatste dag van uw betalingsregeling is voorbij, en een paar termijnen ervan zijn niet betaald.",
        "De laatste dag van uw betalingsregeling is voorbij. Voor een paar termijnen ervan hebben wij nog geen "
        "betaling van u die meetelt.",
    ),
    (
        "An instalment of your payment plan has not been paid.",
        "We have no payment from you that counts for an instalment of your payment plan.",
    ),
    (
        "Some instalments of your payment plan have not been paid.",
        "We have no payment from you that counts for some instalments of your payment plan.",
    ),
    (
        "The instalment of your payment plan has not been paid.",
        "We have no payment from you that counts for the instalment of your payment plan.",
    ),
    (
        "The last day of your payment plan has passed, and an instalment of it has not been paid.",
        "The last day of your payment plan has passed. We have no payment from you that counts for one of its "
        "instalments.",
    ),
    (
        "The last day of your payment plan has passed, and some instalments of it have not been paid.",
        "The last day of your payment plan has passed. We have no payment from you that counts for some of its "
        "instalments.",
    ),
)
# Each page message's sentences while a payment the bank took back is told (statements.Messages).
PAGE_RETURNED_TOLD = (*RETURNED_TOLD, *HANDED_OVER, *PLAN_MISSED)
