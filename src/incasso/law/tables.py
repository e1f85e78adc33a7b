"""Legal numbers, as data, each with its source: a change in the law is a one-line edit."""

from __future__ import annotations

from datetime import date
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
# A business that pays a commercial claim late owes at least EUR 40 for it, from the
# day after its due date, without a reminder: art. 6:96 lid 4 BW, implementing art. 6
# of the Late Payment Directive 2011/7/EU; per invoice paid late, also when several
# are claimed together (CJEU 20 October 2022, C-585/20, BFF Finance Iberia).
LATE_COMMERCIAL_MINIMUM = Decimal("40")
COST_MAXIMUM = Decimal("6775")  # Besluit art. 2 lid 1: at most EUR 6,775
# VAT on the collection costs, for a creditor that cannot reclaim it (VAT-exempt: a small business under the
# KOR, a medical practice, an association; policy.costs_vat): the staffel is without VAT, and such a creditor
# may add the VAT it cannot reclaim on the collection service it uses (agency, bailiff, lawyer), when it says so
# explicitly (Besluit art. 2 lid 3; domain.md). Added on top
# of the staffel's amount, its minimum and maximum included, rounded down as the staffel is (law.costs).
# The general rate: Wet op de omzetbelasting 1968, art. 9 lid 1 (21 % since 1 January 2019).
COSTS_VAT_RATE = Decimal("0.21")
COST_BASIS = "art. 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten"
COST_BASIS_EN = "article 6:96 of the Dutch Civil Code and the Dutch Decree on extrajudicial collection costs"

# Consumers: the 14-day letter (art. 6:96 lid 6 BW) must give 14 days counted
# from the day after the debtor received it; a shorter term means no costs at all.
CONSUMER_TERM_DAYS = 14

# PostNL delivers letters Tuesday to Saturday (no delivery on Sunday and
# Monday; postnl.nl, "Bezorgdagen") and not on public holidays: a letter's
# assumed arrival counts only these days (law.calendar.is_postal_delivery_day),
# so the assumed day of receipt errs late, never early.
POSTAL_DELIVERY_WEEKDAYS = (1, 2, 3, 4, 5)  # date.weekday(): Monday is 0

# A letter dated on a day no post is collected (a Sunday, a holiday) goes the next day post is: its assumed
# receipt counts from that day (law.calendar.posting_day). Collection is taken as Monday to Friday, erring late:
# a letter of a Saturday would arrive on the same Tuesday or later either way, as no letter is delivered on
# Sunday or Monday.
POSTAL_COLLECTION_WEEKDAYS = (0, 1, 2, 3, 4)

# The Postbesluit's norm for delivering a letter, by the day it was posted (rijksoverheid.nl, "Kabinet zet
# stap met modernisering van de postbezorging", 3 October 2025: "Vanaf 1 juli 2026: brieven moeten binnen 2
# dagen bezorgd worden" and "Vanaf 1 juli 2027: wordt dat dan binnen 3 dagen"; still Tuesday to Saturday;
# before, "een brief moet binnen 24 uur worden bezorgd", rijksoverheid.nl, 30 June 2025). A norm for 95 % of
# letters: one that came later is recorded (`received`). Not confirmed: the cabinet's decision to amend the
# Postbesluit (December 2025) is not checked against its publication in the Staatsblad; assuming more days
# errs late, never early, so a later or smaller change costs no claim its costs.
POSTAL_DELIVERY_NORM = ((date(2026, 7, 1), 2), (date(2027, 7, 1), 3))  # (posted from, delivery days)
POSTAL_DELIVERY_NORM_BEFORE = 1
# A letter is assumed to take the norm's days unless the policy says (`delivery_days`), and never fewer
# than 2: a day's norm was often missed, and the assumed day of receipt errs late, never early.
ASSUMED_DELIVERY_DAYS_AT_LEAST = 2
# A letter posted to an address abroad (policy `delivery_days_abroad`), counted in the same PostNL delivery days.
# Neither the Postbesluit nor PostNL binds itself to a day for international post: the EU's quality standard for
# cross-border letters within the Union is 85 % within 3 working days after posting and 97 % within 5 (Postal
# Directive 97/67/EC, Annex II), and PostNL gives its own indicative delivery times per country (postnl.nl,
# "verzendwijzer"; not checked here). 10 is a choice: twice the EU's 5 days, so that a letter within Europe
# that misses the standard, and most letters outside it, are not assumed received before they arrive; a
# creditor with debtors far away sets more. More days err late, never early: a term counted from too early a
# receipt costs the claim its costs, one counted from too late a day only delays them.
ASSUMED_DELIVERY_DAYS_ABROAD = 10

# Algemene termijnenwet (Stb. 1964, 314), art. 3 lid 1: the generally recognised
# holidays are New Year's Day, Easter Monday and Whit Monday, both Christmas days,
# Ascension Day, the day the King's birthday is celebrated, and 5 May; lid 2 adds
# Good Friday. law.calendar takes them from the `holidays` package (NL), which has
# all of these but gives Liberation Day only every fifth year, as most collective
# agreements do: the Atw names 5 May every year, so it is added for every year.
ATW_EVERY_YEAR = ((5, 5),)  # (month, day): Liberation Day, 5 May

# The holidays' names in English, by their Dutch name as the `holidays` package gives it (its Dutch names are used
# as they are: law.calendar.holiday_name). The package's English names are literal, US-style renderings of a few
# Dutch ones ("Second Day of Christmas" for Tweede Kerstdag); these are the names a reader of English meets for
# them in the Netherlands. Source: Dutch usage in English, which names the two Christmas days as the Dutch do
# (Eerste and Tweede Kerstdag, "Christmas Day" and "Second Christmas Day"; Wikipedia, "Public holidays in the
# Netherlands"); "Boxing Day" is British usage, and no Dutch day. Not a law's words: the Atw itself names "de beide
# Kerstdagen". A holiday missing here (the package renamed one) keeps the package's English name.
HOLIDAY_NAMES_EN = {
    "Nieuwjaarsdag": "New Year's Day",
    "Goede Vrijdag": "Good Friday",
    "Eerste paasdag": "Easter Sunday",
    "Tweede paasdag": "Easter Monday",
    "Koningsdag": "King's Day",
    "Bevrijdingsdag": "Liberation Day",
    "Hemelvaartsdag": "Ascension Day",
    "Eerste Pinksterdag": "Whit Sunday",
    "Tweede Pinksterdag": "Whit Monday",
    "Eerste Kerstdag": "Christmas Day",
    "Tweede Kerstdag": "Second Christmas Day",
}

# Atw art. 3 lid 3: days made equal to a holiday by royal decree, published in
# the Staatscourant, mostly for three years at a time (the Friday after Ascension
# Day, a Friday or Monday between a holiday and a weekend). A term ending on one
# of them runs on as after a holiday. Add the next decree's days when it appears.
# The decree for 2026 to 2028 names only these five days (its title, checked on
# 2026-12-03): no Monday before Liberation Day on Tuesday 5 May 2026 and none
# before King's Day on Tuesday 27 April 2027 (such a Monday is often made
# equal, not this time): a term ending on either day does not run on.
ATW_DECREE_DAYS = (
    # Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024,
    # 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag
    date(2023, 4, 28),
    date(2023, 5, 19),
    date(2024, 5, 10),
    date(2024, 12, 27),
    date(2025, 5, 30),
    # Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027,
    # 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag
    date(2026, 1, 2),
    date(2026, 5, 15),
    date(2027, 5, 7),
    date(2028, 4, 28),
    date(2028, 5, 26),
)


DAYS_IN_YEAR = 365  # day count days/365, as domain.md states
