"""The public statement pages: one per debtor, at s/<token>/index.html.

A thin layer: the page's words and figures come from `incasso.statement`;
this module adds the message texts from content/messages/ and writes pages.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from pathlib import Path

import markdown
from markupsafe import Markup
from pelican.generators import Generator
from pelican.writers import Writer

from incasso.claims.claim import Claim, statement_visible
from incasso.claims.states import STAGES
from incasso.ledger.model import LANGUAGES, Creditor, Language
from incasso.statement.labels import LABELS
from incasso.statement.view import OTHER_MESSAGES, STATUS_MESSAGES, StatementView, statement_view

from .settings import current_build

MESSAGE_KEYS = STAGES + STATUS_MESSAGES + OTHER_MESSAGES
PARALLEL_FROM = 64  # pages; below this, starting worker processes costs more than it saves


def statement_views(claims: list[Claim], creditor: Creditor) -> list[StatementView]:
    """The views of many pages, in order; in worker processes when there are many.

    Encoding the QR codes (segno picks the best mask in pure Python) is most of
    a large build. The views are pure values, so workers compute them and this
    process still writes every page through Pelican's writer and its signals.
    """
    workers = os.cpu_count() or 1
    if len(claims) < PARALLEL_FROM or workers < 2:
        return [statement_view(claim, creditor) for claim in claims]
    # Ask for the start method we rely on: fork is cheap and safe here (no threads yet).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        return list(pool.map(statement_view, claims, repeat(creditor), chunksize=8))


def visible_views(build) -> dict:
    """The statement view of every claim with a public page, by debtor id; computed once per build
    (the pages and the letters both read them: the letters take their QR codes from here)."""
    if build.views is None:
        creditor = build.ledger.creditor
        claims = [claim for claim in build.claims if statement_visible(claim, creditor.policy)]
        build.views = {claim.debtor.id: view for claim, view in zip(claims, statement_views(claims, creditor))}
    return build.views


class MessageMissing(Exception):
    """A stage or status has no message text in some language: no page may go out without one."""


class Messages:
    """The editable message texts, content/messages/<lang>/<stage-or-status>.md, as HTML."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        missing = [
            str(self.path(lang, key))
            for lang in LANGUAGES
            for key in MESSAGE_KEYS
            if not self.path(lang, key).is_file()
        ]
        if missing:
            raise MessageMissing(
                "message text missing, every stage and status needs one per language: " + ", ".join(missing)
            )
        # Staff write these files, not debtors: their Markdown is trusted as page content.
        self.html = {
            (lang, key): Markup(markdown.markdown(self.path(lang, key).read_text(encoding="utf-8")))
            for lang in LANGUAGES
            for key in MESSAGE_KEYS
        }

    def path(self, lang: Language, key: str) -> Path:
        return self.folder / lang / f"{key}.md"


class StatementGenerator(Generator):
    def generate_context(self) -> None:
        self.build = current_build(self.settings)
        self.messages = Messages(Path(self.settings["PATH"]) / "messages")
        # The creditor's public identity and the fixed words, for every page's header and footer.
        self.context["CREDITOR"] = self.build.ledger.creditor
        self.context["INCASSO_LABELS"] = LABELS

    def generate_output(self, writer: Writer) -> None:
        build = self.build
        template = self.get_template("statement")
        views = visible_views(build)
        for claim in build.claims:
            view = views.get(claim.debtor.id)
            if view is None:
                continue  # no public page (written off, or paid long ago)
            pay = view.pay
            context = dict(
                self.context,
                view=view,
                demo=build.demo,
                lang=view.lang,
                message=self.messages.html[(view.lang, view.message_key)],
                # segno writes the SVG and escapes its title; nothing from the ledger is markup.
                qr=Markup(pay.qr_svg) if pay else None,
                link_qr=Markup(pay.link_qr_svg) if pay and pay.link_qr_svg else None,
            )
            # Always relative: a page at s/<token>/ must find its assets wherever the site is served.
            writer.write_file(build.path(claim) + "index.html", template, context, relative_urls=True)
