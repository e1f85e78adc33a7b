"""Where a debtor can get help with money worries: the help lines as data, each with its source.

Not law: which organisations help, and how to reach them, is kept here, so that
a changed phone number is a one-line edit. The public page's help box shows
them (incasso.statement.help, in the reader's words), and the audit knows their
names and numbers as public words any page may show (incasso.audit.ledger): a
help line staff record as a debtor's counsellor is no third party's data.

A household and a business need different help: Het Juridisch Loket and the
municipal debt help are for people; an entrepreneur is helped by KVK's
advisers and by Ondernemersklankbord. Geldfit takes calls from both.

A debtor who lives abroad is helped where they live: Dutch debt help serves
people and businesses in the Netherlands, and its free (0800) and paid (0900)
numbers are as a rule not reachable from another country. A household abroad
is pointed to the European Consumer Centre of its own country (a dispute with
a Dutch business) and to Het Juridisch Loket's site (Dutch law); a business
abroad to help where it is established. The lines then give sites only.

Every entry names where its name, number and site were checked. An entry
without a phone number had none we could source: the page then gives only
the site.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from incasso.ledger.model import DebtorType


@dataclass(frozen=True)
class HelpSource:
    """One help line as data: `key` names its note in the labels (help_note_<key>)."""

    key: str
    name: str
    phone: str | None
    url: str
    source: str
    per_minute: Decimal | None = None  # what a call costs, for a paid (0900) line: the page says so
    hreflang: str = "nl"  # the language of the site the line links to


GELDFIT = HelpSource(
    "geldfit",
    "Geldfit",
    "0800-8115",
    "https://www.geldfit.nl",
    "domain.md (Wki quality rules): Geldfit 0800-8115, free and anonymous, geldfit.nl",
)
JURIDISCH_LOKET = HelpSource(
    "loket",
    "Het Juridisch Loket",
    "0900-8020",
    "https://www.juridischloket.nl",
    "domain.md (Wki quality rules); juridischloket.nl, 'Onze werkwijze' (over-het-juridisch-loket/werkwijze): "
    "'Onze hulp is gratis', and the phone line 0900-8020 costs EUR 0.25 a minute (a start rate of 4.5 cent "
    "and the caller's own call charges on top, at most EUR 12.50 a call); help in a branch is free",
    per_minute=Decimal("0.25"),
)
GELDFIT_BUSINESS = HelpSource(
    "geldfit_business",
    "Geldfit",
    "0800-8115",
    "https://www.geldfit.nl",
    "nieuws.nl, 'Kabinet spoort ondernemer met geldzorgen aan hulp te zoeken', 14 September 2021: "
    "'Via de website Geldfit.nl en het telefoonnummer 0800-8115 kunnen ondernemers en zelfstandigen "
    "aan de bel trekken'; the entrepreneurs' test (Geldfit Zakelijk) since October 2020 (nu.nl, 2021)",
)
KVK = HelpSource(
    "kvk",
    "KVK (Kamer van Koophandel)",
    "0800-2117",
    "https://www.kvk.nl",
    "kvk.nl press release of 20 March 2020 (the KVK Adviesteam on 0800-2117); Accountancy Vanmorgen, "
    "6 April 2021: Geldfit refers entrepreneurs in financial trouble to the KVK Adviesteam 0800-2117",
)
ONDERNEMERSKLANKBORD = HelpSource(
    "okb",
    "Ondernemersklankbord",
    None,
    "https://www.ondernemersklankbord.nl",
    "nu.nl, 'Mkb'ers in coronaproblemen krijgen gratis coaching', May 2020, and Blik op nieuws, 2020: "
    "a foundation of some 300 former entrepreneurs who coach small businesses in trouble; "
    "ondernemersklankbord.nl. No phone number sourced; the contribution it asks has varied, so the page "
    "does not call it free",
)

ECC_NET = HelpSource(
    "ecc",
    "ECC-Net",
    None,
    "https://commission.europa.eu/live-work-travel-eu/consumer-rights-and-complaints/resolve-your-consumer-"
    "complaint/european-consumer-centres-network-ecc-net_en",
    "European Commission, 'European Consumer Centres Network (ECC-Net)': 'If you live in the EU, Iceland or "
    "Norway, the ECC in your country can explain your rights as a consumer, help you settle a dispute with a "
    "seller based in another EU country', 'You must contact ECC Net in the country where you live'; "
    "eccnederland.nl, 'What does ECC do?': 'if you have a conflict with a Dutch entrepreneur, please contact "
    "the ECC in your own country', and 'Gratis juridische hulp voor consumenten'. Not for businesses",
    hreflang="en",
)

# What a household is shown, and what a business is shown.
DEBT_HELP: dict[DebtorType, tuple[HelpSource, ...]] = {
    DebtorType.CONSUMER: (GELDFIT, JURIDISCH_LOKET),
    DebtorType.BUSINESS: (GELDFIT_BUSINESS, KVK, ONDERNEMERSKLANKBORD),
}
# The same abroad, shown by their sites: Geldfit refers to Dutch municipal help, and ECC-Net and the
# organisations for entrepreneurs abroad have no number that works from every country.
DEBT_HELP_ABROAD: dict[DebtorType, tuple[HelpSource, ...]] = {
    DebtorType.CONSUMER: (ECC_NET, JURIDISCH_LOKET),
    DebtorType.BUSINESS: (),
}


def every_help_line() -> tuple[HelpSource, ...]:
    """Every help line some page may show, each once."""
    shown = (*DEBT_HELP.values(), *DEBT_HELP_ABROAD.values())
    return tuple(dict.fromkeys(line for lines in shown for line in lines))
