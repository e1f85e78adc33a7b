"""Legal numbers, as data, each with its source: a change in the law is a one-line edit."""

from __future__ import annotations

from decimal import Decimal

# Collection costs: Besluit vergoeding voor buitengerechtelijke incassokosten
# (Stb. 2012, 141), art. 2, under art. 6:96 lid 2 sub c BW.
# (upper bound of the band or None for the rest, rate over that band)
COST_BANDS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("2500"), Decimal("0.15")),
    (Decimal("5000"), Decimal("0.10")),
    (Decimal("10000"), Decimal("0.05")),
    (Decimal("200000"), Decimal("0.01")),
    (None, Decimal("0.005")),
)
COST_MINIMUM = Decimal("40")  # Besluit art. 2 lid 1: at least EUR 40
COST_MAXIMUM = Decimal("6775")  # Besluit art. 2 lid 1: at most EUR 6,775
COST_BASIS = "art. 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten"
COST_BASIS_EN = "art. 6:96 of the Dutch Civil Code and the Decree on extrajudicial collection costs"

# Consumers: the 14-day letter (art. 6:96 lid 6 BW) must give 14 days counted
# from the day after the debtor received it; a shorter term means no costs at all.
CONSUMER_TERM_DAYS = 14

# PostNL delivers letters Tuesday to Saturday (no delivery on Sunday and
# Monday; postnl.nl, "Bezorgdagen"): a letter's assumed arrival counts only
# these days, so the assumed day of receipt errs late, never early.
POSTAL_DELIVERY_WEEKDAYS = (1, 2, 3, 4, 5)  # date.weekday(): Monday is 0


DAYS_IN_YEAR = 365  # day count days/365, as domain.md states
