"""`incasso audit OUTPUT`: scan a public tree for anything that must not be published.

The audit reads files only (no Pelican, no templates): it is the last gate
before the nightly upload, so it trusts nothing the build says about itself.
Without --ledger it checks the shape of the tree: expected files only, the
privacy meta tags on every page, no external resource, no listing. With
--ledger it also knows every debtor and checks that each page shows one
debtor only, and that no page is left for a closed claim.

Every problem is reported at once, one line `path: problem`. Tokens are
secret links: a line never holds a whole one, so a CI log leaks no page.

scan runs the checks, which live beside it: tree (which files, and those
that are not pages), html (one page) and ledger (against the ledger);
report holds the findings. The command is `incasso.cli.audit`.
"""
