"""The records of a letter's view model: plain strings, placed by a renderer (PDF, e-mail)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from incasso import fmt
from incasso.ledger.model import Language
from incasso.statement.tables import Total


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: tuple[str, ...]
    details: tuple[str, ...]  # phone, e-mail, KVK, VAT and IBAN, each with its label


@dataclass(frozen=True)
class Table:
    caption: str
    columns: tuple[str, ...]
    numeric: tuple[bool, ...]  # per column: figures, aligned right
    rows: tuple[tuple[str, ...], ...]
    more: str = ""  # "{count} more invoices ...": for a renderer that must shorten the table to fit (`more_line`)
    note: str = ""  # said below the table, shortened or not (the payments' allocation rule, the credit notes)
    more_one: str = ""  # the same line for one row left out, in the singular; "" when `more` says it as well
    lang: Language = Language.NL  # the language `more_line` writes its count in
    # Per row, what a cell of fmt.BLANK ("—", nothing paid) in it is read out as: "geen" ("none"), or "nog niet"
    # ("not yet") of an instalment still to come (statement.tables.nothing_paid_word); () where no cell is BLANK.
    blanks: tuple[str, ...] = ()

    def blank(self, row: int) -> str:
        """What a cell of fmt.BLANK in row `row` (from 0) is read out as; "" where the table names no word."""
        return self.blanks[row] if row < len(self.blanks) else ""

    def worded_rows(self) -> tuple[tuple[str, ...], ...]:
        """The rows with each cell of fmt.BLANK as the word it is read out as ("geen", "nog niet"), where the table
        names one: for an e-mail, whose plain text has no way to show "—" and say a word beside it, and whose HTML
        says it as plain text too (a mail program may drop the attributes that would name a dash)."""
        return tuple(
            tuple(self.blank(n) or cell if cell == fmt.BLANK else cell for cell in row)
            for n, row in enumerate(self.rows)
        )

    def more_line(self, count: int) -> str:
        """The line that stands for `count` rows left out: a sentence, its count in words up to twelve
        ("Er staan twee facturen niet in deze brief"), in the singular for one."""
        template = self.more_one if count == 1 and self.more_one else self.more
        return template.format(count=fmt.in_words(count, self.lang))


@dataclass(frozen=True)
class Lead:
    """The top of the letter: how much, by when."""

    label: str
    amount: str | None
    by: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PayBlock:
    fields: tuple[tuple[str, str], ...]  # (label, value): amount, IBAN, BIC, beneficiary, reference
    scan: str
    payload: str  # the EPC QR code's text
    qr_matrix: tuple[bytes, ...]
    note: str | None
    warning: str
    hint: str  # always give the reference, in the description if the bank app refuses it: as the page says
    # The creditor's payment page, where the statement page offers it (statement.pay decides: not in a
    # dispute, not when the agency is paid): (intro, the link's text, its address), for an e-mail to link.
    online: tuple[str, str, str] | None = None
    # The values an e-mail keeps on one line (amount, IBAN, BIC, a short reference): "NL34 RABO 0372 9184"
    # over "65" reads as two numbers. Not the name, nor a reference too long for a phone's line.
    kept_whole: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class LetterView:
    kind: str
    opening: str  # the opening text (content/letters/<lang>/<opening>.md): the kind's, or a variant of it
    form: str  # "letter" (a PDF to post) or "email"
    lang: str
    debtor_id: str
    file_stem: str
    letterhead: Letterhead
    recipient: tuple[str, ...]  # name, attention line, postal address
    email_to: str | None
    email_to_name: str  # whom email_to belongs to: the debtor, or "debtor p/a administrator" (contact.addressee)
    email_from: str | None
    meta: tuple[tuple[str, str], ...]  # (label, value): payment reference, customer number
    place_date: str
    dated: date  # the letter's date, as place_date says it (the PDF's creation date too)
    subject: str
    email_subject: str
    salutation: str
    lead: Lead
    terms: tuple[str, ...]  # the letter's own paragraph: a term, an agreement, a handover
    plan: Table | None
    next_steps: Section
    pay: PayBlock | None
    pay_heading: str
    link_intro: str
    link: str | None
    figures_heading: str
    situation: str
    invoices: Table
    payments: Table | None
    interest: Table | None
    interest_notes: tuple[str, ...]
    costs_heading: str
    costs: str
    totals: tuple[Total, ...]
    credit: str | None
    way_out: Section
    contact: Section
    closing: tuple[str, ...]
    footer: str
    page_of: str  # "Pagina {page} van {pages}": the renderer fills in the numbers
    # The values an opening text may name in braces (TEXT_VALUES), as this letter says them.
    text_values: tuple[tuple[str, str], ...] = ()
    # What an e-mail's sentences never break inside (the references, the phone numbers, the pay block's
    # values): "Noem uw betalingskenmerk RF60 LHAN DOVE" over "R" reads as another reference.
    kept_whole: tuple[str, ...] = ()
    # The phone numbers and e-mail addresses an e-mail's sentences name, each with its tel: or mailto: address: the
    # HTML part links them, as the page does (the plain text part and the PDF name them as they are).
    links: tuple[tuple[str, str], ...] = ()
    # The interest's rate(s) and period in one line, for a letter that leaves the interest table out: what a
    # debtor must be told of interest is its amount, rate and period.
    interest_rates: str = ""
    # Of `interest_notes`, the one that says who sets the rates and where to check them (statement.tables.rate_source):
    # a letter that must shorten to fit leaves it to the page with the tables' other notes, before an invoice row.
    interest_source: str = ""
    # A demo's mark (words "demo"), "" for a letter of a real build: a demo's letters look ready to send, and
    # their links are made with the published demo secret (or one as easily guessed), whatever the address.
    demo: str = ""
    # The letter's own paragraph after an opening text that does not name the agency ({agency}), a site's own: a
    # handover notice's names it there ("Wij hebben uw dossier op ... overgedragen aan ..."); `terms` gives the day
    # alone after one that does, as every shipped text does. () when `terms` reads the same after any opening.
    terms_unnamed: tuple[str, ...] = ()
    # The value (TEXT_VALUES) an opening names that `terms_unnamed` says instead when it does not: the handover's
    # agency; the wait's confirmation's wait granted ({asked_to_wait}: "Uw schuldhulpverlener heeft ons gevraagd ...").
    said_once: str = "agency"
    # Under the payments: each payment of the debtor's the bank took back, then what to do (statement.returned), as
    # the page says it; () without one. Never left out of a shortened letter: it is why the amount is still open.
    returned: tuple[str, ...] = ()

    def read_with(self, named: Collection[str]) -> LetterView:
        """The letter as it reads below an opening text naming `named` in braces (letters.view.TEXT_VALUES): the
        agency, or the wait granted, said once, in the opening or in the letter's own paragraph."""
        if self.terms_unnamed and self.said_once not in named:
            return replace(self, terms=self.terms_unnamed)
        return self
