"""Where a debtor can get free help with money worries: help lines as data, with their sources.

Not law: which organisations help, and how to reach them, is kept here beside
the page's other words, so that a changed phone number is a one-line edit.
"""

from __future__ import annotations

# Debt help shown on every page (Wki quality rules: tell the debtor where to find help).
DEBT_HELP = (
    {"name": "Geldfit", "phone": "0800-8115", "url": "https://www.geldfit.nl"},
    {"name": "Het Juridisch Loket", "phone": "0900-8020", "url": "https://www.juridischloket.nl"},
)
