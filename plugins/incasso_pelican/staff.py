"""The staff overview: written to INTERNAL_OUTPUT, never inside the public output."""
from __future__ import annotations

from pathlib import Path

from pelican.generators import Generator

from incasso.claim import statement_visible
from incasso.exports import links_csv, links_rows

from .settings import prepare


class StaffGenerator(Generator):
    def generate_context(self):
        self.build = prepare(self.settings)

    def generate_output(self, writer):
        build = self.build
        internal = Path(build.settings["INTERNAL_OUTPUT"])
        internal.mkdir(parents=True, exist_ok=True)
        base = build.settings["PUBLIC_URL"].rstrip("/")
        policy = build.ledger.creditor.policy

        def url_of(claim):
            return f"{base}/{build.path(claim)}" if statement_visible(claim, policy) else ""

        (internal / "links.csv").write_text(links_csv(links_rows(build.claims, url_of)), encoding="utf-8")
