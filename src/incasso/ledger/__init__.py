"""The ledger: reading a ledger folder and validating every rule of its format into records."""
