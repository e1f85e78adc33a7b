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

from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

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
