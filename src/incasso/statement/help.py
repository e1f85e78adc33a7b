"""Where a debtor can get help with money worries: help lines as data, each with its source.

Not law: which organisations help, and how to reach them, is kept here beside
the page's other words, so that a changed phone number is a one-line edit.
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
from functools import cache
from urllib.parse import urlsplit

from incasso import fmt
from incasso.contact import tel_link
from incasso.ledger.model import DebtorType, Language, RepresentativeRole
from incasso.statement.labels import labels, text


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


@dataclass(frozen=True)
class HelpLine:
    """One help line as the page shows it."""

    name: str
    note: str
    phone: str | None
    tel: str | None
    site: str
    url: str
    hreflang: str


@dataclass(frozen=True)
class HelpView:
    """The help box: a sentence that fits the reader, the lines, and where to read more."""

    intro: str
    lines: tuple[HelpLine, ...]
    more_link: str
    # Under the intro, ask whether a counsellor or an administrator already acts (the site's text HELP_INVITE):
    # only a household in the Netherlands with none recorded. Those roles are Dutch ones, and a business has neither.
    invite: bool = False


# The site's editable text that asks it (content/messages/<lang>/help_invite.md). Optional: a site whose content/
# was copied before it shows the box as it did, without the question.
HELP_INVITE = "help_invite"


def _note(entry: HelpSource, lang: Language, phone: bool, abroad: bool) -> str:
    """The line's note; a paid phone line says what a call costs, so 'free' never stands beside it alone.
    Abroad a note of its own where the Dutch one offers what only works in the Netherlands (a branch)."""
    own = f"help_note_{entry.key}_abroad"
    note = text(lang, own if abroad and own in labels(lang) else f"help_note_{entry.key}")
    if entry.per_minute is None or not phone:
        return note
    return f"{note} {text(lang, 'help_call_cost', amount=fmt.money(entry.per_minute, lang))}"


def _line(entry: HelpSource, lang: Language, abroad: bool) -> HelpLine:
    """One line; from abroad without its Dutch number, which as a rule cannot be called from there."""
    phone = None if abroad else entry.phone
    return HelpLine(
        entry.name,
        _note(entry, lang, phone is not None, abroad),
        phone,
        tel_link(phone) if phone else None,
        urlsplit(entry.url).netloc.removeprefix("www."),
        entry.url,
        entry.hreflang,
    )


@cache  # the same few boxes for every page and letter (0.8 s of CPU at 10,000 debtors, profiled)
def help_view(
    debtor_type: DebtorType,
    lang: Language,
    help_page: str,
    abroad: bool = False,
    represented_by: RepresentativeRole | None = None,
) -> HelpView:
    """The help that fits a household or a business, in `lang`, living in the Netherlands or `abroad`;
    `help_page` is the help page's file. `represented_by`: the role of whoever acts for the debtor, whom the box
    names by that role alone (a public page carries no third party's name), with the help lines still below."""
    entries = (DEBT_HELP_ABROAD if abroad else DEBT_HELP)[debtor_type]
    lines = tuple(_line(entry, lang, abroad) for entry in entries)
    if represented_by is not None:
        more = help_page + ("#buitenland" if abroad else "#ondernemers" if debtor_type == DebtorType.BUSINESS else "")
        return HelpView(text(lang, f"help_text_{represented_by}"), lines, more)
    # The help page has a part for entrepreneurs and one for abroad; the reader lands on theirs.
    if abroad:
        return HelpView(text(lang, f"help_text_{debtor_type}_abroad"), lines, help_page + "#buitenland")
    business = debtor_type == DebtorType.BUSINESS
    more = help_page + ("#ondernemers" if business else "")
    return HelpView(text(lang, f"help_text_{debtor_type}"), lines, more, invite=not business)
