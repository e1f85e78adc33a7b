"""The words both staff vocabularies (incasso.staff.words and words_en) hold on purpose: one list, read by the
test of the whole build's English (tests.support.english, which adds the words the statement, the letters and
content/ share; and through it the test of the build's Dutch, tests.support.dutch) and by the test of the change list in each staff language (tests/site/test_changes_language.py).
A new word both staff texts use goes here, once (one under three letters: in SHORT).

Written here, not read from the modules: read, a Dutch word left in words_en would be "shared" by that very slip,
and no list could show it.
"""

from __future__ import annotations

# fmt: off
STAFF = frozenset({
    # Dutch terms the English keeps (minnelijk akkoord, aanmaning, sommatie, wettelijke rente, PostNL)
    "aanmaning", "akkoord", "minnelijk", "nederland", "postcode", "postnl", "rente", "sommatie", "wettelijke",
    # The government's site, named where the debtor checks the interest's percentage (the dossier's rates note).
    "rijksoverheid",
    # names, file kinds and formats, the same in both
    "bank", "bic", "build", "camt", "csv", "demo", "docs", "dossier", "dossiers", "email", "eml", "esc", "excel",
    "export", "iban", "incasso", "json", "ledger", "pdf", "url", "xlsx", "yaml",
    # the ledger's field and event names, in lines to paste in either language
    "abroad", "address", "after", "agreed", "amount", "apart", "aside", "call", "channel", "chase", "claims",
    "code", "commercial", "computation", "contact", "costs", "creditor", "date", "days", "debtors", "delivery",
    "description", "dispute", "due", "dunning", "events", "final", "from", "handover", "invoice", "invoices",
    "language", "later", "letter", "link", "links", "mail", "merge", "minimum", "note", "notice", "numbers", "open",
    "outcome", "over", "partner", "passed", "payments", "phone", "plus", "policy", "post", "postpone", "print",
    "public", "rate", "reason", "received", "refund", "representative", "resolved", "rest", "resume", "salutation",
    "secret", "site", "spoke", "stand", "status", "statutory", "table", "true", "type", "with", "written",
    # The event type `settlement_ended`, named in the Dutch reason a call-off the statements do not reach yet gives.
    "settlement", "ended",
    # The fields of creditor.yaml's bank_returns (`credit: none`, `charges: 2.50`), in a return's lines to paste.
    "credit", "none", "returns", "charges",
    # words both languages write alike, or English a Dutch text quotes
    "art", "business", "end", "had", "let", "lid", "log", "off", "per", "ref", "set", "the", "vat", "visit", "was",
})
# fmt: on
# Words under three letters both staff vocabularies hold on purpose (every word is read, however short:
# tests.support.reading). Not "en", "op", "de", "to" or "on": a Dutch one in an English text, or an English one in a
# Dutch text, is a slip the language tests must show.
# fmt: off
SHORT = frozenset({
    # words both languages write alike: "in", "is"; "of" (Dutch "or"); the "'s" of a Dutch plural (pagina's) and
    # of an English possessive (debtor's); the "e" of e-mail. So an "of" left in the wrong language is never caught
    # by itself. A rule by neighbours does not help (s64, counted over every text a build writes from): flagging a
    # shared word beside a word of the other language only flags what that neighbour flags already (one in all the
    # texts: a template's "if"), and flagging one with no neighbour of its own language flags 59 right uses in the
    # Dutch texts and 281 in the English ("computer of tablet", "per post of per e-mail", "the costs of {amount}").
    "in", "is", "of", "s", "e",
    # the ledger's id and the law's and payments' abbreviations: art. 6:96 BW, a QR code, an RF reference
    "id", "bw", "qr", "rf",
    # file names and sites (changes.md, rijksoverheid.nl), and the units of the envelope's window (pt, mm)
    "md", "nl", "pt", "mm",
    # address lines quoted in the other language: a Dutch "c/o-regel", an English "t.a.v." line
    "c/o", "t.a.v",
})
# fmt: on
