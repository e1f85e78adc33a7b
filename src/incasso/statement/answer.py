"""A dispute's answer, told on the page while another message speaks.

`dispute_resolved` records an answer however it was given (a letter, an e-mail, a call): incasso writes no
answer letter, so the page and the first letter after it are where the debtor reads that we answered
(docs/ledger-format.md). The messages `dispute_answered`, `dunning_answered` and `newer_answered` say so
themselves. Any other message (a final notice's whose costs can still be avoided, above all: the law's term
speaks there) leaves it to these lines, shown under the message until a letter, a new dispute or an agreement
follows the answer (a missed instalment's reminder names it too, and the page keeps the lines beside it): which
invoice it was about, whom to call or mail to hear it again, and, while the answer's term runs, how that term stands
beside the final notice's, so that the day at the top reads as meant.

The days are the core's: the answer's term (claims.escalation.answer_term_end) and the notice's last day (the
costs' day); the page's top day is `steps.payment_deadline`. Nothing is recounted here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.disputes import open_disputes
from incasso.claims.escalation import answer_term_end
from incasso.claims.states import HANDED_OVER, CostsState, PlanState, Stage, Status
from incasso.ledger.model import Creditor, Desk, Event, EventType, Language
from incasso.statement.labels import invoices_named, text
from incasso.statement.tables import first_notice_named

# The messages that name the answer themselves: the page does not say it twice.
ANSWER_MESSAGES = ("dispute_answered", "dunning_answered", "newer_answered")
# What speaks of the answer instead, once it follows it: a letter (the first after the answer names it), a new
# dispute, an agreement (as for the message `dispute_answered`, claims.escalation._AFTER_THE_ANSWER).
_SINCE = (EventType.DISPUTE, EventType.PROMISE, EventType.ARRANGEMENT)
DAY = timedelta(days=1)


def answer_lines(claim: Claim, creditor: Creditor, key: str, pay_by: date | None) -> tuple[str, ...]:
    """The lines under the page's message (`key`) that tell a dispute's answer; () when it says it itself, or
    nothing is left to tell. `pay_by` is the day the top of the page gives."""
    answer = unsaid_answer(claim, creditor, key)
    if answer is None:
        return ()
    lang = claim.debtor.language
    day = fmt.day(answer.date, lang)
    named = answered_words(claim, answer, lang)
    told = text(lang, "answer_named", invoices=named, date=day) if named else text(lang, "answer_whole", date=day)
    lines = [told, answer_again(creditor.contact, lang)]
    if claim.stage in HANDED_OVER:
        return tuple(lines)  # the agency has the next step: our term's "no new letter until" is not the page's to say
    term = _term_line(claim, creditor, answer, pay_by)
    return tuple(lines + ([term] if term else []))


def unsaid_answer(claim: Claim, creditor: Creditor, key: str) -> Event | None:
    """The latest answer to a dispute that the page must tell: nothing followed it that speaks of it (a letter,
    a new dispute, a promise or plan), the message does not name it, and the claim is still ours to chase; or,
    handed over since, while the answer's term runs (`_told_by_the_handover`)."""
    if key in ANSWER_MESSAGES or claim.status not in (Status.ACTIVE, Status.ARRANGEMENT):
        return None
    since = claim.letters_since_the_answer
    answer = claim.answer_still_open  # not one about invoices since paid or credited, beside a newer one
    if answer is None or since is None:
        return None
    if claim.stage in HANDED_OVER:
        if not _told_by_the_handover(claim, creditor, answer, since):
            return None
    elif since and not _told_by_the_instalment_reminder(claim, since):
        return None
    after = claim.events[claim.events.index(answer) + 1 :]
    if any(e.type in _SINCE for e in after) or not _chased_after_the_term(claim, creditor, answer):
        return None
    return answer


def _chased_after_the_term(claim: Claim, creditor: Creditor, answer: Event) -> bool:
    """Whether the claim is chased as the answer's lines say: an active one always; a plan in arrears (a final notice
    over it, say, disputed in its term) only while its next step waits for the answer's term, as an active claim's
    does (a missed instalment's reminder too: claims.escalation.answer_resumes). A step due at once would belie "Tot
    dan sturen wij u geen nieuwe brief"; a plan on schedule asks nothing to be told."""
    if claim.status == Status.ACTIVE:
        return True
    plan, step = claim.plan, claim.next_action
    if plan is None or plan.state != PlanState.IN_ARREARS:
        return False
    return step is None or step.due > answer_term_end(creditor.policy, answer)


def _told_by_the_handover(claim: Claim, creditor: Creditor, answer: Event, since: list[Event]) -> bool:
    """Whether the file went to the agency with no letter between the answer and the handover, and the answer's term
    still runs: the handover notice names the answer (letters.view: handover_answered), and the page keeps saying it
    beside the handover's message, as it did before: when we answered, about what, and whom to ask. Not once the
    legal step is taken (the court's papers speak then), nor after a letter between (it named the answer)."""
    handed = [e.type for e in since] == [EventType.HANDOVER] and claim.stage == Stage.HANDOVER
    return handed and claim.as_of <= answer_term_end(creditor.policy, answer)


def _told_by_the_instalment_reminder(claim: Claim, since: list[Event]) -> bool:
    """Whether the one letter since the answer is a missed instalment's reminder (staff record it as a reminder): it
    opened with the answer (letters.view.INSTALMENT_ANSWERED_OPENINGS), and the page beside it keeps saying it under
    the plan's message, as a reminder's page does in its own message (`dunning_answered`), until a letter after it."""
    return claim.status == Status.ARRANGEMENT and [e.type for e in since] == [EventType.REMINDER]


def answered_words(claim: Claim, answer: Event, lang: Language) -> str | None:
    """The invoices the answer was about, as a sentence names them; None for an answer to a dispute of the
    whole dossier (an answer naming none settles every open dispute: those that named invoices, named)."""
    if answer.invoices:
        return invoices_named(list(answer.invoices), lang)
    disputes = open_disputes(list(claim.events[: claim.events.index(answer)]))
    if disputes.whole is not None or not disputes.by_invoice:
        return None
    return invoices_named([number for number, _ in disputes.by_invoice], lang)


def answer_again(desk: Desk, lang: Language) -> str:
    """Whom to call or mail to hear or read the answer again, as far as the ledger gives the ways."""
    if desk.phone and desk.email:
        return text(lang, "answer_again_both", name=desk.name, phone=desk.phone, email=desk.email)
    if desk.phone:
        return text(lang, "answer_again_phone", name=desk.name, phone=desk.phone)
    if desk.email:
        return text(lang, "answer_again_email", name=desk.name, email=desk.email)
    return text(lang, "answer_again")


def _term_line(claim: Claim, creditor: Creditor, answer: Event, pay_by: date | None) -> str | None:
    """While the answer's term runs: its last day, and how a final notice's term beside it moves the day at the
    top (a longer one: no letter before it ends, so the top gives its last day; a shorter one: its costs come
    first). None once the answer's term is over: the day at the top then has its own reasons on the page."""
    end = answer_term_end(creditor.policy, answer)
    if claim.as_of > end:
        return None
    lang = claim.debtor.language
    t = partial(text, lang)
    day = partial(fmt.day, lang=lang)
    given = creditor.policy.resume_after_dispute_days
    values = dict(days=t("answer_days_one" if given == 1 else "answer_days", n=given), date=day(end))
    costs = claim.costs
    last_day = costs.from_date - DAY if costs.state == CostsState.ANNOUNCED and costs.from_date else None
    if last_day is None or claim.term_unseen is not None or last_day == end:
        return t("answer_term", **values)
    notice = first_notice_named(claim, lang)
    if last_day < end:
        return t("answer_term_sooner", **values, notice=notice, last_day=day(last_day))
    key = "answer_term_longer" if pay_by == last_day else "answer_term_longer_only"
    return t(key, **values, notice=notice, last_day=day(last_day))
