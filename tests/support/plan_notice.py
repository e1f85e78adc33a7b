"""The s40 newcomer's E-2001: a plan of three instalments of 500.00 (30 September, 31 October, 30 November 2026)
over two invoices (1240.00 and 260.00) with statutory interest; the first paid, the second missed and reminded of on
1 November, 250.00 of it paid on 12 November. The final notice over the plan is due by then: written on 24
November (`NOTICE`), posted (its last day 10 December). With `notice`, staff recorded it (costs EUR 114.27), and on
30 November 500.00 came, which pays the second instalment and half the third: that third, missed, is reminded of on 4
December (`REMINDED`), while the notice's term still runs; after it, on 20 December (`AFTER`), EUR 40.00 costs are
charged and the plan's last day is behind. With `paid_after=False` those 500.00 never came: the notice, sent over the
October instalment, ran out unpaid, its costs charged, while the plan is still in arrears."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.support.ledgers import event, invoice, one_debtor_ledger, payment, valid_creditor, valid_debtor, write_ledger

NOTICE = date(2026, 11, 24)
REMINDED = date(2026, 12, 4)
AFTER = date(2026, 12, 20)


def plan_notice_ledger(
    tmp_path: Path,
    *,
    notice: bool = False,
    language: str = "en",
    channel: str = "letter",
    costs: str = "114.27",
    paid_after: bool = True,
    more_events: tuple[dict, ...] = (),
    **changes,
):
    """The loaded ledger of E-2001 (see the module), its notice recorded with `notice` (sent as `channel`, stating
    `costs` when posted) and the payment after it with `paid_after`, the debtor's fields changed as `changes` says
    (tests.support.ledgers.changed), and `more_events` after its own."""
    events = [
        event(date(2026, 8, 1), "reminder", channel="email"),
        event(date(2026, 8, 20), "dunning", channel="email"),
        event(date(2026, 8, 28), "call", channel="phone", spoke_with="Liam Walsh"),
        event(
            date(2026, 9, 1),
            "arrangement",
            channel="email",
            installments=[
                {"due": date(2026, 9, 30), "amount": "500.00"},
                {"due": date(2026, 10, 31), "amount": "500.00"},
                {"due": date(2026, 11, 30), "amount": "500.00"},
            ],
        ),
        event(date(2026, 11, 1), "reminder", channel="email"),
    ]
    payments = [payment(date=date(2026, 9, 30), amount="500.00"), payment(date=date(2026, 11, 12), amount="250.00")]
    if notice:
        events.append(
            event(NOTICE, "final_notice", channel=channel, **({"costs": costs} if channel == "letter" else {}))
        )
        payments += [payment(date=date(2026, 11, 30), amount="500.00")] if paid_after else []
    invoices = [
        invoice(number="F2026-0301", date=date(2026, 7, 1), due=date(2026, 7, 31), amount="1240.00"),
        invoice(number="F2026-0315", date=date(2026, 7, 20), due=date(2026, 8, 19), amount="260.00"),
    ]
    return one_debtor_ledger(
        tmp_path,
        interest="statutory",
        invoices=invoices,
        payments=payments,
        events=[*events, *more_events],
        language=language,
        **changes,
    )


# Several missed after the notice (s60): a plan of four instalments of 500.00 (30 September, 31 October, 30 November
# and 4 December 2026) over one invoice of 2000.00; the October one missed, reminded of on 1 November, its final
# notice posted on 24 November (its last day 10 December) and the October instalment paid on the 27th. The November
# and December ones are missed too, in the notice's term: read on 5 December (`SINCE_READ`), their reminder (due on
# 1 December, not recorded) names both. With `part`, 200.00 of the November one came on 3 December.
SINCE_READ = date(2026, 12, 5)
SINCE_PLAN = [
    {"due": date(2026, 9, 30), "amount": "500.00"},
    {"due": date(2026, 10, 31), "amount": "500.00"},
    {"due": date(2026, 11, 30), "amount": "500.00"},
    {"due": date(2026, 12, 4), "amount": "500.00"},
]


def two_missed_since(debtor_id: str = "D-1001", language: str = "nl", *, part: bool = False) -> dict:
    """The debtor of two instalments missed after the final notice over the plan (see above), as `valid_debtor`."""
    paid = [(date(2026, 9, 30), "500.00"), (date(2026, 11, 27), "500.00"), *([(date(2026, 12, 3), "200.00")] * part)]
    return valid_debtor(
        id=debtor_id,
        language=language,
        invoices=[invoice(number=f"F-{debtor_id}", date=date(2026, 7, 1), due=date(2026, 7, 31), amount="2000.00")],
        payments=[payment(date=day, amount=amount) for day, amount in paid],
        events=[
            event(date(2026, 8, 1), "reminder", channel="email"),
            event(date(2026, 8, 20), "dunning", channel="email"),
            event(date(2026, 9, 1), "arrangement", channel="email", installments=SINCE_PLAN),
            event(date(2026, 11, 1), "reminder", channel="email"),
            event(NOTICE, "final_notice", channel="letter", costs="153.37"),
        ],
    )


def two_missed_since_ledger(tmp_path: Path, language: str = "nl", *, part: bool = False):
    """The loaded ledger of `two_missed_since`, with statutory interest."""
    from incasso.ledger.load import load_ledger

    debtor = two_missed_since(language=language, part=part)
    return load_ledger(write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor]))


# A plan of one (s62): 1200.00 over one instalment of 1200.00 on 30 September 2026, missed and reminded of on 1
# October; the final notice over it is due on 15 October (`ONE_NOTICE`). Its letter's opening and, after its term, the
# page's message said "de termijnen ... niet allemaal" of a plan that had one.
ONE_NOTICE = date(2026, 10, 15)


def plan_of_one_ledger(tmp_path: Path, *, language: str = "en", notice_costs: str | None = None, **changes):
    """The loaded ledger of the plan of one (see above), its notice posted on `ONE_NOTICE` stating `notice_costs`
    when given, the debtor's fields changed as `changes` says (tests.support.ledgers.changed)."""
    events = [
        event(date(2026, 7, 2), "reminder", channel="letter"),
        event(date(2026, 7, 16), "dunning", channel="letter"),
        event(
            date(2026, 8, 1),
            "arrangement",
            channel="letter",
            installments=[{"due": date(2026, 9, 30), "amount": "1200.00"}],
        ),
        event(date(2026, 10, 1), "reminder", channel="letter"),
    ]
    if notice_costs is not None:
        events.append(event(ONE_NOTICE, "final_notice", channel="letter", costs=notice_costs))
    invoices = [invoice(number="F2026-0400", date=date(2026, 6, 1), due=date(2026, 7, 1), amount="1200.00")]
    return one_debtor_ledger(tmp_path, invoices=invoices, events=events, language=language, **changes)
