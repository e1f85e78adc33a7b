"""The ledger core: load, validate and compute every claim.

Pure Python with no Pelican or Jinja import, so it can be tested without
building a site; the Pelican plugin (`incasso_pelican`) and the CLI are thin
adapters over it.
"""
