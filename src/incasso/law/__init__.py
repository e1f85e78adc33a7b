"""The law as data and arithmetic: legal tables, money, the calendar, costs and interest.

Every legal number lives here with its source beside it, so that a change
in the law is a change of data; nothing here knows about ledgers or pages.
"""
