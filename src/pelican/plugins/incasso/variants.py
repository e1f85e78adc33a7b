"""The creditor's pages in step with the policy: a line marked for a setting is published only under it,
and a number of days named in braces is written as the policy sets it.

The sample terms tell a business when collection costs come, and that depends on
`business_costs_from_due` in creditor.yaml. So the page holds both lines, each
ending in a mark:

    - Bent u een bedrijf, ... voorbij is. <!-- if business_costs_from_due: false -->
    - Bent u een bedrijf, ... vanaf de dag na ... <!-- if business_costs_from_due: true -->

and the build publishes the one the policy holds for, without its mark (so too whether VAT is charged on
the costs, `costs_vat`, and whether staff call after the dunning letter, `calls`) (docs/settings.md, 'Your own
texts'). The mark is the creditor's to keep, move or delete: a page without marks is published
exactly as written. A mark the build cannot read stops it, naming the file and line, as `incasso
check` does: a line meant for one setting must never go out under the other.

The terms also state the policy's numbers of days (the payment term, the final notice's term), which the
statement pages state too. So the sample writes them as placeholders,

    U betaalt onze factuur binnen **{payment_term_days}** na de factuurdatum.

and the build writes each as a number of days in the page's language ("30 dagen", "1 day"): the terms
and the statement say one term. Only those names are placeholders, and not in code (inline or a fenced
block): any other braces are the creditor's own (`{klant_nummer}`, a URL's `{order_id}`, LaTeX) and are
published as written, as they were before there were placeholders. A name close to a placeholder's
(`{Payment_Term_Days}`, `{payment_term_dayz}`) is published as written too, and `check` and the build
say it in a note: stopping every debtor's page for one word of one page would be the worse harm. A page
in neither nl nor en is refused at its `Lang:` line (page_languages.py), placeholders and all: its
placeholders are left as they are, not a problem of their own. Marks and placeholders are read in Markdown
pages, those Pelican reads (page_languages.page_files: subfolders too); an HTML or reStructuredText page is
published as written, and `check` and the build say so in a note for each mark and placeholder in it.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable
from dataclasses import fields
from functools import partial
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from pelican.readers import MarkdownReader

from incasso.claims.escalation import calls_first
from incasso.ledger.model import Policy

from .page_languages import page_files, page_language
from .settings import BUILD

logger = logging.getLogger(__name__)

# The policy's yes/no settings a line can follow, as creditor.yaml names them.
FOLLOWED = ("business_costs_from_due", "costs_vat", "calls")
# What a mark's name holds for where it is not the setting's value alone: `calls` is true when there is a call
# step, staff calling before the final notice; with a call set on or after the final notice's day there is none
# (claims.escalation.calls_first), and a page must not promise a call that never comes.
MEANING: dict[str, Callable[[Policy], bool]] = {"calls": calls_first}
# A mark ends its line: `<!-- if name: true -->`. A comment that opens so with a setting's kind of name
# (words joined by `_`, or `calls`, the one followed without a `_`, and `call`, its likely slip) is taken for a
# mark, and checked, so that a misspelt one is said rather than published as a hidden comment beside its twin;
# `<!-- if unsure: ask -->` is a comment.
NAME = r"(?P<name>[a-z0-9]+(?:_[a-z0-9]+)+|calls?)"
OPENS = re.compile(rf"<!--\s*if\s+{NAME}\s*:")
MARK = re.compile(rf"\s*<!--\s*if\s+{NAME}\s*:\s*(?P<value>.*?)\s*-->\s*$")
# A mark's comment where it stands, in an HTML page: to its end, or the line's.
COMMENT = re.compile(r"<!--.*?(?:-->|$)")
HTML_AS_WRITTEN = "published as written: marks and placeholders are read in Markdown pages only (.md)"

# The policy's numbers of days a page can state: each one a debtor may hold the creditor to. Not
# delivery_days (by default the postal norm of the day a letter is posted, not one number), nor
# no_contact_days (a flag for staff).
STATED = (
    "payment_term_days",
    "reminder_after_days",
    "dunning_after_days",
    "call_after_days",
    "final_notice_after_days",
    "final_notice_term_days",
    "resume_after_dispute_days",
    "dispute_max_days",
    "paid_page_days",
)
# A number of days as each language writes it: one and more than one (the policy's are at least 1).
DAYS = {"nl": ("dag", "dagen"), "en": ("day", "days")}
# A placeholder is a setting's name in braces: `{payment_term_days}`. Braces that open with a setting's kind
# of name (words joined by `_`, in any case) are looked at, so that one close to a placeholder is noted;
# only a name of STATED, closed on its line, is filled in.
PLACEHOLDER = re.compile(r"\{\s*(?P<name>[a-z0-9]+(?:_[a-z0-9]+)+)(?![a-z0-9_])(?P<rest>\s*[}=]?)", re.IGNORECASE)
# The policy's settings, as creditor.yaml names them: one in braces that is not a number of days is noted.
SETTINGS = frozenset(setting.name for setting in fields(Policy))
# How close a name must be to a placeholder's to be noted as a misspelling of it (difflib's ratio).
CLOSE = 0.85
# Code is published as written: a code span (`...`, its backticks matched), a fenced block (as
# Python-Markdown's fenced_code reads one: ``` or ~~~ at the line's start, to the same fence).
CODE_SPAN = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)")
FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})")


class MarkInvalid(ValueError):
    """A mark or placeholder the build cannot read: the file, the line and why."""


def chosen(lines: list[str], policy: Policy, source: str, default_lang: str) -> list[str]:
    """`lines` of the page at `source` as published under `policy`: each marked line kept (its mark
    taken off) when the setting it names has the value it gives, else left out, and each placeholder
    outside code written as the number of days it names, in the page's language (its `Lang:`, else
    `default_lang`); MarkInvalid for a mark that names no such setting or gives no true or false (checked
    in every line, kept or not)."""
    lang = page_language(lines, default_lang)
    kept = []
    for number, (line, code) in enumerate(zip(lines, in_code(lines), strict=True), 1):
        where = f"{source}:{number}"
        holds = _holds(line, policy, where)
        filled = line if code else _filled(line, policy, lang, where, [])
        if holds is None:
            kept.append(filled)
        elif holds:
            kept.append(MARK.sub("", filled))
    return kept


def marks_problems(site: dict[str, Any]) -> list[str]:
    """Each mark and placeholder the build would refuse in the Markdown pages it reads for the site (its
    settings as Pelican reads them), for `incasso check`."""
    return _read_pages(site)[0]


def placeholder_notes(site: dict[str, Any]) -> list[str]:
    """What the build publishes as written in the pages it reads for the site though a placeholder may be
    meant (a name close to one, a brace left open; a mark or placeholder in an HTML or .rst page): for the notes of
    `incasso check` and the build."""
    return list(dict.fromkeys(_read_pages(site)[1] + _as_written_notes(site)))


def _as_written_notes(site: dict[str, Any]) -> list[str]:
    """Each mark and placeholder in the HTML and reStructuredText pages the build reads: PolicyReader reads
    Markdown only, so such a page goes out as written, both lines of a mark with it."""
    notes = []
    for page in [*page_files(site, "html"), *page_files(site, "rst")]:
        lines = page.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        for number, line in enumerate(lines, 1):
            notes += [f"{page}:{number}: {written}: {HTML_AS_WRITTEN}" for written in _policy_words(line)]
    return notes


def _policy_words(line: str) -> list[str]:
    """The marks (their comments) and the placeholders of the policy's days in `line`, as written."""
    marks = [COMMENT.match(line, opened.start()) for opened in OPENS.finditer(line)]
    days = (found for found in PLACEHOLDER.finditer(line) if found["name"] in STATED and found["rest"].endswith("}"))
    return [mark.group(0).strip() for mark in marks if mark] + [found.group(0).strip() for found in days]


def _read_pages(site: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The Markdown pages read as the build reads them (page_files: the very files, subfolders and all, that
    PolicyReader reads): what it would refuse, and what it notes."""
    problems: list[str] = []
    notes: list[str] = []
    for page in page_files(site, "markdown"):
        # As Pelican opens it: a byte order mark is no text (the first line may be the page's Lang:).
        lines = page.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        lang = page_language(lines, site["DEFAULT_LANG"])
        for number, (line, code) in enumerate(zip(lines, in_code(lines), strict=True), 1):
            where = f"{page}:{number}"
            try:
                _holds(line, Policy(), where)
                if not code:
                    _filled(line, Policy(), lang, where, notes)
            except MarkInvalid as error:
                problems.append(str(error))
    return problems, notes


def in_code(lines: list[str]) -> list[bool]:
    """For each line, whether it is in a fenced code block, its fences too: from a fence at a line's
    start to the same fence alone on a later line (a fence never closed opens no block)."""
    code = [False] * len(lines)
    number = 0
    while number < len(lines):
        closing = _closing(lines, number)
        if closing is None:
            number += 1
            continue
        code[number : closing + 1] = [True] * (closing + 1 - number)
        number = closing + 1
    return code


def _closing(lines: list[str], number: int) -> int | None:
    """The index of the line that closes the fence opened at `number`; None when none is opened or closed."""
    opened = FENCE.match(lines[number])
    if opened is None:
        return None
    return next((end for end in range(number + 1, len(lines)) if lines[end].rstrip(" ") == opened["fence"]), None)


def days_written(days: int, lang: str) -> str:
    """A number of days in `lang` (nl or en): "1 dag", "14 dagen", "1 day", "14 days"."""
    one, more = DAYS[lang]
    return f"{days} {one if days == 1 else more}"


def _filled(line: str, policy: Policy, lang: str, where: str, notes: list[str]) -> str:
    """`line` with each placeholder outside its code spans written as the policy's number of days it names;
    braces published as written that may be a placeholder meant, said in `notes`."""
    fill = partial(_value, policy=policy, lang=lang, where=where, notes=notes)
    parts, at = [], 0
    for span in CODE_SPAN.finditer(line):
        parts += [PLACEHOLDER.sub(fill, line[at : span.start()]), span.group(0)]
        at = span.end()
    return "".join([*parts, PLACEHOLDER.sub(fill, line[at:])])


def _value(found: re.Match[str], policy: Policy, lang: str, where: str, notes: list[str]) -> str:
    name, rest, written = found["name"], found["rest"], found.group(0)
    if rest.endswith("="):  # Markdown's attribute list, `{key_name=value}`: the page's own
        return written
    if name in STATED and rest.endswith("}"):
        if lang not in DAYS:  # the page is refused at its Lang: line (page_languages.py): no second problem here
            return written
        return days_written(getattr(policy, name), lang)
    if why := _near(name):
        notes.append(f"{where}: {written.rstrip()}: published as written: {why}")
    return written


def _near(name: str) -> str | None:
    """Why braces around `name`, not filled in, may be a placeholder meant; None for the page's own."""
    if name in STATED:  # the brace not closed on its line
        return f"a placeholder is the setting's name in braces, on one line: {{{name}}}"
    if close := difflib.get_close_matches(name.lower(), STATED, n=1, cutoff=CLOSE):
        return f"is close to the placeholder {{{close[0]}}}"
    if name in SETTINGS:
        return f"names no number of days a page can state ({', '.join(STATED)})"
    return None


def _holds(line: str, policy: Policy, where: str) -> bool | None:
    """Whether the setting a marked line names has the value it gives; None for a line without a mark."""
    opened = OPENS.search(line)
    if opened is None:
        return None
    mark = MARK.search(line)
    if mark is None:
        raise MarkInvalid(f"{where}: {line[opened.start() :].strip()}: a mark ends its line: <!-- if name: true -->")
    written = mark.group(0).strip()
    if mark["name"] not in FOLLOWED:
        raise MarkInvalid(f"{where}: {written}: names no setting a terms line can follow ({', '.join(FOLLOWED)})")
    if mark["value"] not in ("true", "false"):
        raise MarkInvalid(f"{where}: {written}: must be true or false (got {mark['value']!r})")
    return followed(policy, mark["name"]) == (mark["value"] == "true")


def followed(policy: Policy, name: str) -> bool:
    """What the setting `name` (of FOLLOWED) holds for a marked line under `policy`: its value, or its MEANING."""
    meaning = MEANING.get(name)
    return meaning(policy) if meaning is not None else bool(getattr(policy, name))


class _Lines(Preprocessor):
    def __init__(self, md: Markdown, policy: Policy, source: Callable[[], str], default_lang: str):
        super().__init__(md)
        self.policy = policy
        self.source = source
        self.default_lang = default_lang

    def run(self, lines: list[str]) -> list[str]:
        try:
            return chosen(lines, self.policy, self.source(), self.default_lang)
        except MarkInvalid as error:
            # Pelican logs only "Could not process" for what a reader raises: the build's errors say why.
            logger.error("%s", error)
            raise


class _PolicyLines(Extension):
    def __init__(self, policy: Policy, source: Callable[[], str], default_lang: str):
        super().__init__()
        self.policy = policy
        self.source = source
        self.default_lang = default_lang

    def extendMarkdown(self, md: Markdown) -> None:
        # After the line ends are made one kind (30), before the metadata (27) and any HTML is read (20):
        # the lines are still the file's, one for one, so a mark's line number is the one the editor shows.
        lines = _Lines(md, self.policy, self.source, self.default_lang)
        md.preprocessors.register(lines, "incasso_policy_lines", 29)


class PolicyReader(MarkdownReader):
    """Pelican's Markdown reader, choosing the marked lines and filling in the days by the build's policy."""

    settings: dict[str, Any]

    def __init__(self, settings: dict[str, Any]):
        super().__init__(settings)
        policy = settings[BUILD].ledger.creditor.policy
        markdown = settings["MARKDOWN"]  # as MarkdownReader completed it
        extensions = [
            *markdown["extensions"],
            _PolicyLines(policy, lambda: str(self._source_path), settings["DEFAULT_LANG"]),
        ]
        # Its own copy: the settings Pelican shares with every reader keep their extensions as they were.
        self.settings = {**self.settings, "MARKDOWN": {**markdown, "extensions": extensions}}


def use_policy_reader(readers: Any) -> None:
    """On `readers_init`: Markdown read by PolicyReader (a site that set a reader of its own keeps it)."""
    for extension, reader in list(readers.reader_classes.items()):
        if reader is MarkdownReader:
            readers.reader_classes[extension] = PolicyReader
