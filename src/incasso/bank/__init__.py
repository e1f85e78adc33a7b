"""Bank statements: the creditor's own exports read, and their credits reconciled with the dossiers.

entry (the records), identity (an entry's reference, or a fingerprint when the
bank gave none), camt and mt940_file (one reader per standard), folder
(the ledger's bank/ folder, zips included), matching (which dossier a credit
pays), reconcile (counted once, returns cancelled, payments merged) and books
(the one entry point: the ledger with its bank payments).
"""
