"""Everything a build computes, without Pelican: the views of every page and every staff file.

The same calls as the plugin's generators (pelican/plugins/incasso/statements.py,
staff.py and letters/generator.py, up to the letters' PDF and e-mail), in one process, so that a property test can try many ledgers quickly.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.ledger.load import load_ledger
from incasso.letters.due import NO_RECORD, forms, letters_due
from incasso.letters.view import letter_view
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.staff.changes import changes_markdown, compare
from incasso.staff.dossier_page import dossier_page
from incasso.staff.exports import claims_document, claims_json, links_csv, links_excel_csv, links_rows
from incasso.staff.overview_page import overview_page
from incasso.staff.view import staff_book
from incasso.statement.view import statement_view


def build_in_process(root: Path, as_of: date, public_url: str = "https://betalen.example.nl") -> None:
    """Compute every page view and staff file of the ledger in `root` as of `as_of`; raise on any failure."""
    ledger = load_ledger(root)
    claims = [assess(ledger, debtor, as_of) for debtor in ledger.debtors]
    creditor = ledger.creditor
    views = {}
    for claim in claims:
        if statement_visible(claim, creditor.policy):
            views[claim.debtor.id] = statement_view(claim, ledger)
    for claim in claims:  # the day's letters, as pelican/plugins/incasso/letters/generator.py asks for them
        view = views.get(claim.debtor.id)
        for due in letters_due(claim, NO_RECORD):
            for form in forms(claim.debtor, due):
                letter_view(ledger, claim, due, form, link=public_url, pay=view.pay if view else None)
    path = lambda claim: f"s/{statement_token(DEMO_SECRET, claim.debtor.id)}/"
    book = staff_book(claims, creditor, as_of, public_url, path)
    document = claims_document(claims, as_of, creditor.policy, book.link_of)
    claims_json(document)
    links_csv(links_rows(claims, book.link_of))
    links_excel_csv(links_rows(claims, book.link_of))
    changes_markdown(compare(None, document, None))
    overview_page(book)
    for row in book.rows:
        dossier_page(book, row)
