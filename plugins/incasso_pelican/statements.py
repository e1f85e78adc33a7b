"""The public statement pages: one per debtor, at s/<token>/index.html."""
from __future__ import annotations

from pelican.generators import Generator

from incasso.claim import statement_visible

from .settings import prepare


class StatementGenerator(Generator):
    def generate_context(self):
        self.build = prepare(self.settings)

    def generate_output(self, writer):
        build = self.build
        template = self.get_template("statement")
        for claim in build.claims:
            if not statement_visible(claim, build.ledger.creditor.policy):
                continue
            context = dict(self.context, claim=claim, creditor=build.ledger.creditor,
                           demo=build.demo, lang=claim.debtor.language)
            writer.write_file(build.path(claim) + "index.html", template, context,
                              relative_urls=self.settings.get("RELATIVE_URLS"))
