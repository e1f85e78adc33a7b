"""incasso: statement pages that get people paid, letters, and a morning overview for staff.

The core is pure Python in subpackages, one idea each, lowest first:
law (legal tables, money, calendar, costs, interest), payments (references,
EPC QR, link tokens), ledger (reading and validating), claims (settlement,
agreements, assessment, escalation, demand), and on top of claims the
public statement (statement), the staff side (staff) and the audit (audit).
The Pelican plugin (`pelican.plugins.incasso`) and the command line
(`incasso.cli`) are thin adapters over it.
"""
