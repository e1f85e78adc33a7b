"""The letters of a settlement (minnelijk akkoord, claims.accord): its confirmation, and the letter that it was paid.

The confirmation says what was agreed (the sum, of what total, by when or in which instalments), that the rest is
remitted once it is paid in time, what a miss does (the whole claim comes back less what was paid, with interest and
costs as if nothing had been agreed) and how to pay (the page's payment block and QR code: what the page asks). The
settled letter's box gives its figures (the sum paid as agreed, nothing more to pay, the rest remitted), its sentences
what they mean (when and with whom it was agreed, of what was owed, when it was paid, that the rest is never asked).
The reminder of a missed instalment, friendly as a plan's, says which instalment is open and what of it (beside a
payment the bank took back, that none counts: not "nog niet ontvangen"), the last day to pay it before the settlement
lapses, and what a lapse does; it is no step of the claim (nothing to record).
Who agreed is said by role only, as the page says it (statement.view.accord_values).
"""

from __future__ import annotations

from functools import partial

from incasso import fmt
from incasso.claims.accord import Accord
from incasso.claims.claim import Claim
from incasso.ledger.model import Channel, Language, PauseAsker
from incasso.letters.due import LetterKind
from incasso.letters.records import Lead, Section
from incasso.letters.words import text
from incasso.statement import labels
from incasso.statement.options import represented_by, settlement_change_heading, settlement_change_key
from incasso.statement.returned import returned_now
from incasso.statement.steps import settlement_lapse, wait_replaced

# The letters this module writes the own paragraph of.
SETTLEMENT_LETTERS = (LetterKind.SETTLEMENT, LetterKind.SETTLED, LetterKind.SETTLEMENT_REMINDER)


def settlement_terms(claim: Claim, kind: str, form: Channel) -> tuple[str, ...]:
    """The letter's own paragraph: the confirmation's or the settled letter's."""
    accord = claim.accord
    if accord is None:
        raise ValueError(f"a {kind} letter to {claim.debtor.id} without a settlement")
    if kind == LetterKind.SETTLED:
        return _settled(claim, accord)
    if kind == LetterKind.SETTLEMENT_REMINDER:
        return _reminded(claim, accord)
    return _confirmed(claim, accord, form)


def _agreed(claim: Claim, accord: Accord) -> dict[str, str]:
    """What every sentence of the agreement names: the day, with whom (by role), the sum, the total it replaces."""
    lang = claim.debtor.language
    role = represented_by(claim) if accord.event.asked_by == PauseAsker.REPRESENTATIVE else None
    return dict(
        made=fmt.day(accord.event.date, lang),
        who=text(lang, f"settlement_with_{role}" if role is not None else "settlement_with_debtor"),
        amount=fmt.money(accord.amount, lang),
        owed=fmt.money(accord.owed, lang),
        remitted=fmt.money(accord.remitted, lang),
    )


def _confirmed(claim: Claim, accord: Accord, form: Channel) -> tuple[str, ...]:
    lang = claim.debtor.language
    t = partial(text, lang)
    values = _agreed(claim, accord)
    last = fmt.day(accord.last_day, lang)
    lines = [t("settlement_confirm", this=_this(lang, form), **values)]
    if accord.plan is not None:
        lines.append(t("settlement_in_instalments", count=fmt.in_words(len(accord.event.installments), lang)))
    else:
        lines.append(t("settlement_by_day", date=last))
    if accord.paid > 0:
        lines.append(t("settlement_paid_since", paid=fmt.money(accord.paid, lang), left=fmt.money(accord.left, lang)))
    lines.append(t("settlement_remit", **values))
    # The page's sentence; of a longer grace (abroad), each instalment's last day, not only the next one's.
    lines.append(f"{settlement_lapse(accord, lang, every=True)} {t('settlement_missed_whole')}")
    replaced = wait_replaced(claim, lang)  # the wait asked for before it ends with it: said here, once
    return (*lines, replaced) if replaced else tuple(lines)


def _reminded(claim: Claim, accord: Accord) -> tuple[str, ...]:
    """The missed instalment, what of it came in, the last day to pay it, and what a lapse does."""
    lang = claim.debtor.language
    missed = accord.missed
    if missed is None:
        raise ValueError(f"a settlement reminder to {claim.debtor.id} without a missed instalment")
    money = partial(fmt.money, lang=lang)
    values = dict(
        date=fmt.day(missed.installment.due, lang),
        amount=money(missed.installment.amount),
        paid=money(missed.paid),
        left=money(missed.open),
    )
    # The sum by one day, its payment taken back after it (claims.accord.counted_from): no "termijn" to name.
    kind = "settlement_reminder_sum" if accord.missed_sum else "settlement_reminder"
    key = f"{kind}_part" if missed.paid > 0 else f"{kind}_unpaid"
    if key == f"{kind}_unpaid" and returned_now(claim):  # paid, and the bank took it back: it came
        key = f"{kind}_unpaid_returned"
    return (
        text(lang, "settlement_reminder_agreed", **_agreed(claim, accord)),
        text(lang, key, **values),
        text(lang, "settlement_reminder_pay", last_day=fmt.day(accord.pay_by, lang)),
        f"{labels.text(lang, 'settlement_lapses_by')} {text(lang, 'settlement_missed_whole')}",
    )


def _settled(claim: Claim, accord: Accord) -> tuple[str, ...]:
    """When and with whom it was agreed, of what it was owed, when it was paid, and what the remission means: the
    figures the box gives (the sum paid, the rest remitted) are not said again. A lower amount it always is: a
    settlement of the whole claim is refused (claims.checks)."""
    lang = claim.debtor.language
    values = _agreed(claim, accord)
    paid_on = fmt.day(accord.ended_on, lang) if accord.ended_on is not None else ""
    return (text(lang, "settled_confirm", paid_on=paid_on, **values), text(lang, "settled_remitted"))


def settled_lead(claim: Claim) -> Lead:
    """The settled letter's box, at a glance: the agreed sum paid, nothing more to pay, and the rest remitted; the
    letter's own sentences below say when it was agreed, with whom and when it was paid (`_settled`)."""
    accord = claim.accord
    if accord is None:
        raise ValueError(f"a settled letter to {claim.debtor.id} without a settlement")
    lang = claim.debtor.language
    remitted = fmt.money(accord.remitted, lang)
    rest = (text(lang, "settled_box_remitted", remitted=remitted),) if accord.remitted > 0 else ()
    return Lead(text(lang, "settled_box_label"), fmt.money(accord.amount, lang), text(lang, "settled_box_by"), rest)


def _this(lang: Language, form: Channel) -> str:
    return text(lang, "this_email" if form == Channel.EMAIL else "this_letter")


def settlement_way_out(claim: Claim, help_lines: tuple[str, ...]) -> Section:
    """A running settlement's way out: no new payment plan beside it, but a word before its day if it will not work
    (the page's, statement.options._settlement_change, by role); then the help with money worries. The settled letter
    has none: nothing is left to pay (an empty section is not printed)."""
    lang = claim.debtor.language
    if claim.accord is None or claim.accord.settled:
        return Section(text(lang, "h_way_out"), ())
    # An instalment missed, or its day today (the letter is read after it): "zo snel mogelijk".
    change = labels.text(lang, settlement_change_key(claim, read_today=False))
    role = represented_by(claim)
    if role is not None:
        change += " " + labels.text(lang, f"plan_for_you_{role}")
    return Section(labels.text(lang, settlement_change_heading(claim)), (change, *help_lines))
