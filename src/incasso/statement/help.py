"""The help box of the public page and the letters: the help lines (incasso.help_lines) in the reader's words.

A debtor abroad is helped where they live: the lines then give sites only, as
Dutch free (0800) and paid (0900) numbers are as a rule not reachable from
another country (incasso.help_lines says which lines, and why).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from incasso import fmt
from incasso.contact import tel_link
from incasso.help_lines import DEBT_HELP, DEBT_HELP_ABROAD, HelpSource
from incasso.ledger.model import DebtorType, Language, RepresentativeRole
from incasso.statement.labels import labels, text


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
