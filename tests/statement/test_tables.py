"""What a payment's line on the page says it paid (statement.tables.payment_rows), where it named an invoice
disputed apart that credit notes took all of.

A consumer with F-A (640.00), F-B (1180.00, credited in full by C-1) and, where a test says so, F-C (90.00),
all due 2026-02-04, a reminder sent, F-B (and F-C) disputed apart since 9 February, no interest. The line says
every truth of the invoices the payment named: what is kept for the one still disputed, that the other was
credited, and, when the credit note came after the payment, that the payment counts for the others since.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.statement.tables import payment_rows
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
AS_OF = DUE + days(20)
A = invoice(number="F-A", amount=D("640.00"))
C = invoice(number="F-C", date=date(2026, 1, 20), amount=D("90.00"))
REMINDED = event(DUE + days(1), "reminder", channel="letter")
BEFORE, AFTER = DUE + days(7), DUE + days(10)  # the credit note's day: before the payments, or after them
KEPT_C = payment(date=DUE + days(8), amount=D("90.00"), invoice="F-C")  # all F-C could ask, kept for it


def credited_b(on):
    b = invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00"))
    return {**b, "credit_notes": [{"number": "C-1", "date": on, "amount": D("1180.00")}]}


def rows_of(tmp_path, lang, credited_on, *payments, disputed=("F-B", "F-C")):
    dispute = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=list(disputed))
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[A, credited_b(credited_on), C],
        events=[REMINDED, dispute],
        payments=list(payments),
        language=lang,
    )
    return payment_rows(assess(ledger, ledger.debtors[0], AS_OF), Language(lang))


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", ("u noemde facturen F-B en F-C: factuur F-B hebben wij helemaal gecrediteerd. Voor factuur F-C, die u "
                "betwist, houden wij al apart wat wij daarvoor kunnen vragen. Deze betaling ging daarom naar uw "
                "andere factuur", "factuur F-A: 300,00")),
        ("en", ("you named invoices F-B and F-C: we have credited invoice F-B in full. For invoice F-C, which you "
                "dispute, all we could ask is already kept apart. So this payment went to your other invoice",
                "invoice F-A: 300.00")),
    ],
)  # fmt: skip
def test_a_payment_naming_a_credited_invoice_and_one_all_kept_for_says_both(tmp_path, lang, words):
    """It said "wat die facturen kunnen vragen, houden wij al apart" of F-B too, which asks nothing."""
    both = payment(date=DUE + days(9), amount=D("300.00"), invoices=["F-B", "F-C"])
    _, row = rows_of(tmp_path, lang, BEFORE, KEPT_C, both)
    assert row.applied == words


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", ("u noemde factuur F-B: die hebben wij helemaal gecrediteerd",
                "factuur F-C, die u betwist: 90,00, wat die factuur vraagt als die blijft staan (met eventuele rente "
                "en kosten). Wij houden dit apart voor die factuur tot wij u hebben geantwoord. Wat u meer betaalde, "
                "gaat naar uw andere factuur", "factuur F-A: 210,00")),
        ("en", ("you named invoice F-B, which we have credited in full",
                "invoice F-C, which you dispute: 90.00, what that invoice asks if it stands (with any interest and "
                "costs). We keep this for that invoice until we have answered you. What you paid on top of it goes "
                "to your other invoice", "invoice F-A: 210.00")),
    ],
)  # fmt: skip
def test_what_a_payment_keeps_for_one_invoice_names_that_one_and_says_the_other_was_credited(tmp_path, lang, words):
    """It said "facturen F-B en F-C, die u betwist: 90,00, ... wij houden dit apart voor die facturen": F-B is
    credited in full, what is kept is F-C's."""
    both = payment(date=DUE + days(9), amount=D("300.00"), invoices=["F-B", "F-C"])
    (row,) = rows_of(tmp_path, lang, BEFORE, both)
    assert row.applied == words


PAID_B = payment(date=DUE + days(8), amount=D("300.00"), invoice="F-B")


@pytest.mark.parametrize(
    "lang, before, after",
    [
        ("nl", "u noemde factuur F-B: die hebben wij helemaal gecrediteerd; deze betaling ging daarom naar uw andere "
               "factuur",
               "u noemde factuur F-B: die hebben wij na deze betaling helemaal gecrediteerd; deze betaling telt nu voor "
               "uw andere factuur"),
        ("en", "you named invoice F-B: we have credited it in full, so this payment went to your other invoice",
               "you named invoice F-B: we credited it in full after this payment, so this payment now counts for your "
               "other invoice"),
    ],
)  # fmt: skip
def test_a_credit_note_after_the_payment_is_not_why_it_went_on_that_day(tmp_path, lang, before, after):
    """The figures count a credit note from the invoice's own date (docs/computation.md, Credit notes): dated after
    the payment, the page of the payment's day kept it for F-B, and the line said "ging daarom naar" (went,
    therefore) of a day the credit note did not exist; now the payment counts for F-A."""
    (credited_first,) = rows_of(tmp_path / "before", lang, BEFORE, PAID_B, disputed=("F-B",))
    (credited_later,) = rows_of(tmp_path / "after", lang, AFTER, PAID_B, disputed=("F-B",))
    assert credited_first.applied[0] == before
    assert credited_later.applied[0] == after
    assert credited_later.applied[1:] == credited_first.applied[1:]  # the same money to F-A and F-C


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "u noemde facturen F-B en F-C: factuur F-B hebben wij na deze betaling helemaal gecrediteerd. Voor "
               "factuur F-C, die u betwist, houden wij al apart wat wij daarvoor kunnen vragen. Deze betaling telt "
               "nu voor uw andere factuur"),
        ("en", "you named invoices F-B and F-C: we credited invoice F-B in full after this payment. For invoice F-C, "
               "which you dispute, all we could ask is already kept apart. So this payment now counts for your other "
               "invoice"),
    ],
)  # fmt: skip
def test_credited_after_the_payment_the_line_naming_both_says_it_counts_for_the_other_now(tmp_path, lang, words):
    both = payment(date=DUE + days(9), amount=D("300.00"), invoices=["F-B", "F-C"])
    _, row = rows_of(tmp_path, lang, AFTER, KEPT_C, both)
    assert row.applied[0] == words


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "u noemde factuur F-B: die hebben wij na deze betaling helemaal gecrediteerd"),
        ("en", "you named invoice F-B, which we credited in full after this payment"),
    ],
)
def test_credited_after_the_payment_the_line_keeping_for_the_other_says_when(tmp_path, lang, words):
    both = payment(date=DUE + days(9), amount=D("300.00"), invoices=["F-B", "F-C"])
    (row,) = rows_of(tmp_path, lang, AFTER, both)
    assert row.applied[0] == words


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", ("u noemde factuur F-B: die hebben wij helemaal gecrediteerd",
                "factuur F-C, die u betwist: 50,00; wij houden dit apart voor die factuur tot wij u hebben geantwoord")),
        ("en", ("you named invoice F-B, which we have credited in full",
                "invoice F-C, which you dispute: 50.00; we keep this for that invoice until we have answered you")),
    ],
)  # fmt: skip
def test_a_payment_kept_whole_for_the_one_still_disputed_names_that_one(tmp_path, lang, words):
    """Less than F-C asks: all of it is kept, for F-C alone (F-B asks nothing), and nothing went on."""
    both = payment(date=DUE + days(9), amount=D("50.00"), invoices=["F-B", "F-C"])
    (row,) = rows_of(tmp_path, lang, BEFORE, both)
    assert row.applied == words


# -- one invoice credited before the payment, another after it ---------------------------------------------

D_INVOICE = invoice(number="F-D", date=date(2026, 1, 25), amount=D("60.00"))


def credited_c(on):
    return {**C, "credit_notes": [{"number": "C-2", "date": on, "amount": D("90.00")}]}


def mixed_rows_of(tmp_path, lang, *payments, disputed=("F-B", "F-C")):
    """F-B credited in full before the payments (BEFORE), F-C after them (AFTER); F-D where a test disputes it."""
    dispute = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=list(disputed))
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[A, credited_b(BEFORE), credited_c(AFTER), D_INVOICE],
        events=[REMINDED, dispute],
        payments=list(payments),
        language=lang,
    )
    return payment_rows(assess(ledger, ledger.debtors[0], AS_OF), Language(lang))


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "u noemde facturen F-B en F-C: factuur F-B hebben wij helemaal gecrediteerd en factuur F-C na deze "
               "betaling; deze betaling telt nu voor uw andere factuur"),
        ("en", "you named invoices F-B and F-C: we have credited invoice F-B in full, and invoice F-C in full after "
               "this payment, so this payment now counts for your other invoice"),
    ],
)  # fmt: skip
def test_a_payment_naming_one_credited_before_it_and_one_after_says_which_came_when(tmp_path, lang, words):
    """It said of both "die hebben wij na deze betaling helemaal gecrediteerd": F-B was credited before."""
    both = payment(date=DUE + days(8), amount=D("50.00"), invoices=["F-B", "F-C"])
    (row,) = mixed_rows_of(tmp_path, lang, both)
    assert row.applied[0] == words


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", ("u noemde facturen F-B en F-C: factuur F-B hebben wij helemaal gecrediteerd en factuur F-C na deze "
                "betaling", "factuur F-D, die u betwist: 50,00; wij houden dit apart voor die factuur tot wij u "
                "hebben geantwoord")),
        ("en", ("you named invoices F-B and F-C: we have credited invoice F-B in full, and invoice F-C in full after "
                "this payment", "invoice F-D, which you dispute: 50.00; we keep this for that invoice until we have "
                "answered you")),
    ],
)  # fmt: skip
def test_before_what_is_kept_for_a_third_the_line_says_which_was_credited_when(tmp_path, lang, words):
    three = payment(date=DUE + days(8), amount=D("50.00"), invoices=["F-B", "F-C", "F-D"])
    (row,) = mixed_rows_of(tmp_path, lang, three, disputed=("F-B", "F-C", "F-D"))
    assert row.applied == words


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "u noemde facturen F-B, F-C en F-D: factuur F-B hebben wij helemaal gecrediteerd en factuur F-C na "
               "deze betaling. Voor factuur F-D, die u betwist, houden wij al apart wat wij daarvoor kunnen vragen. "
               "Deze betaling telt nu voor uw andere factuur"),
        ("en", "you named invoices F-B, F-C and F-D: we have credited invoice F-B in full, and invoice F-C in full "
               "after this payment. For invoice F-D, which you dispute, all we could ask is already kept apart. So "
               "this payment now counts for your other invoice"),
    ],
)  # fmt: skip
def test_with_a_third_all_kept_for_the_line_says_which_was_credited_when(tmp_path, lang, words):
    kept_d = payment(date=DUE + days(7), amount=D("60.00"), invoice="F-D")
    three = payment(date=DUE + days(8), amount=D("50.00"), invoices=["F-B", "F-C", "F-D"])
    _, row = mixed_rows_of(tmp_path, lang, kept_d, three, disputed=("F-B", "F-C", "F-D"))
    assert row.applied[0] == words


# -- the costs of a final notice whose term is over, its days not yet in the statements read --------------------------

COSTS_TERM_OVER = {
    # The page's top asks them with the rest (s41): "Geteld in het bedrag bovenaan", not "Nog niet in rekening gebracht".
    "nl": "Geteld in het bedrag bovenaan, omdat de termijn voorbij is. Heeft u onze laatste brief (sommatie) van "
    "1 december 2026 op 3 december 2026 ontvangen? Dan was uw laatste betaaldag 17 december 2026. Had u toen niet EUR\xa0389,18 betaald? Dan zijn er vanaf "
    "18 december 2026 incassokosten van EUR\xa057,75 verschuldigd",
    "en": "Included in the amount at the top, because the deadline has passed. We sent our final notice on 1 December 2026. If it reached you on 3 December 2026, your last day to pay was 17 December 2026. If you had not paid EUR\xa0389.18 by then, collection costs of EUR\xa057.75 are owed from 18 "
    "December 2026",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_of_a_term_over_but_not_yet_read_are_said_in_the_past_as_the_letter_says_them(tmp_path, language):
    """On 18 December, the statements read to 3 December, the page's top said "The deadline in our final notice was
    17 December 2026" and its costs paragraph below "your last day to pay is 17 December 2026 ... we will charge
    collection costs of EUR 57.75 from 18 December" (the newcomer's D-0004, s37). The paragraph says it in the past,
    in the words of the dunning letter written that night (costs_after_term), not yet charged."""
    from incasso.statement.tables import costs_text
    from tests.support.letters import after_the_term

    letter, claim, ledger = after_the_term(tmp_path, language)
    page = costs_text(claim, ledger.creditor, Language(language))
    assert page.startswith(COSTS_TERM_OVER[language])
    # The letter's costs are the page's, the calculation's steps after them, without "not charged yet"; up to the
    # note on the newer invoice, which on the page says the top holds the costs too (s41: not "Dat vragen wij apart").
    higher = {"nl": " Het bedrag bovenaan is hoger.", "en": " The amount at the top is higher."}[language]
    same = page.removeprefix(COSTS_TERM_OVER[language].split(". ")[0] + ". ").split(higher)[0]
    assert letter.costs.startswith(same + higher)
    assert "apart" not in page and "separately" not in page
