"""Claims: what each debtor owes on a date, how far escalation went, and what comes next.

settlement (allocation, interest, costs), agreements (promises, plans),
timing (receipt days, terms, the costs' moment), assess (the whole claim),
escalation (the next step) and demand (the amount asked for now).
"""
