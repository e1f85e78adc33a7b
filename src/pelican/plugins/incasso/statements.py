"""The public statement pages: one per debtor, at s/<token>/index.html.

A thin layer: the page's words and figures come from `incasso.statement`;
this module adds the message texts from content/messages/ and writes pages.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from pathlib import Path

import markdown
from markupsafe import Markup, escape
from pelican.generators import Generator
from pelican.writers import Writer

from incasso.claims.claim import Claim, statement_visible
from incasso.claims.states import STAGES
from incasso.ledger.model import LANGUAGES, Creditor, Language
from incasso.statement.labels import LABELS
from incasso.statement.view import MESSAGE_VALUES, OTHER_MESSAGES, STATUS_MESSAGES, StatementView, statement_view

from .settings import current_build

MESSAGE_KEYS = STAGES + STATUS_MESSAGES + OTHER_MESSAGES
PARALLEL_FROM = 64  # pages; below this, starting worker processes costs more than it saves
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with(parent: int) -> None:
    """Make this worker end when the build process `parent` ends, however it ends.

    A build killed by the OOM killer, `timeout` or SIGKILL runs no clean-up: its
    forked workers would wait for work forever. On Linux the kernel kills them
    with the parent (PR_SET_PDEATHSIG); elsewhere a thread watches the parent.
    The parent may have died before this ran: then the worker goes at once.
    """
    if not (sys.platform.startswith("linux") and _kill_with_parent()):
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _kill_with_parent() -> bool:
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    return prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


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
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=die_with, initargs=(os.getpid(),)) as pool:
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


class MessageInvalid(Exception):
    """A message text names a value the page cannot fill in: no page may go out with "{...}" in it."""


_PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")


class Messages:
    """The editable message texts, content/messages/<lang>/<stage-or-status>.md, as HTML.

    A text may name a value in braces that each page fills in: {pay_by} is "by 3 December 2026"
    (the day before the next step) or "as soon as possible" (see MESSAGE_VALUES).
    """

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
        sources = {
            (lang, key): self.path(lang, key).read_text(encoding="utf-8") for lang in LANGUAGES for key in MESSAGE_KEYS
        }
        unknown = [
            f"{self.path(lang, key)}: {{{name}}} is not a value a page fills in (known: "
            + ", ".join(f"{{{known}}}" for known in MESSAGE_VALUES)
            + ")"
            for (lang, key), source in sources.items()
            for name in _PLACEHOLDER.findall(source)
            if name not in MESSAGE_VALUES
        ]
        if unknown:
            raise MessageInvalid("\n".join(unknown))
        # Staff write these files, not debtors: their Markdown is trusted as page content.
        self.html = {place: markdown.markdown(source) for place, source in sources.items()}

    def path(self, lang: Language, key: str) -> Path:
        return self.folder / lang / f"{key}.md"

    def for_page(self, view: StatementView) -> Markup:
        """The page's message, its values filled in (escaped: they are text)."""
        html = self.html[(view.lang, view.message_key)]
        for name, value in view.message_values.items():
            html = html.replace(f"{{{name}}}", str(escape(value)))
        return Markup(html)


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
                message=self.messages.for_page(view),
                # segno writes the SVG and escapes its title; nothing from the ledger is markup.
                qr=Markup(pay.qr_svg) if pay else None,
                link_qr=Markup(pay.link_qr_svg) if pay and pay.link_qr_svg else None,
            )
            # Always relative: a page at s/<token>/ must find its assets wherever the site is served.
            writer.write_file(build.path(claim) + "index.html", template, context, relative_urls=True)
