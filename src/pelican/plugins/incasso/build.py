"""One build of a statement site: validate, run Pelican into fresh folders, then swap them in.

`build_site(request)` refuses before touching anything (a bad ledger, a
production build without a real secret, an output folder that must not be
replaced) and raises; otherwise it returns what was published. It prints
nothing: the command line (`incasso.cli`) says what happened.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import traceback
from collections.abc import Mapping
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path

from incasso.audit.tree import MARKER
from incasso.bank.books import Books
from incasso.bank.continuity import Gap
from incasso.bank.said import set_aside_notes
from incasso.claims.claim import Claim, statement_visible
from incasso.claims.escalation import calls_first
from incasso.claims.notices import claim_notes, claims_rate_notices, ledger_notes
from incasso.clock import CommandClock
from incasso.law.calendar import today
from incasso.law.rates import RateNotice
from incasso.ledger.cache import CACHE_FILE, LedgerCache
from incasso.ledger.collector import held, records_kept
from incasso.ledger.load import read_creditor_alone
from incasso.ledger.model import Policy
from incasso.letters.due import NO_RECORD, FirstSeen
from incasso.payments.tokens import DEMO_SECRET, demo_links_problem, secret_problem
from incasso.processes import in_order
from incasso.staff.changes import Changes, ids_changed_note
from incasso.staff.language import SETTING as STAFF_LANGUAGE
from incasso.staff.language import staff_language_problem
from pelican.plugins.incasso.checks import checked_books, return_address_said
from pelican.plugins.incasso.desktop import Carried, carry
from pelican.plugins.incasso.letters.unprintable import unembedded_notes, unprintable_notes
from pelican.plugins.incasso.page_languages import default_lang_problem
from pelican.plugins.incasso.previous import (
    BUILD_FILE,
    PreviousBuild,
    another_creditor,
    continuity_problem,
    demo_before,
    earlier_day_problem,
    kept_link_versions,
    links_kept_problem,
    read_record,
    refuse_lowered_links,
    renewed_links_note,
)
from pelican.plugins.incasso.publish import (
    BuildBusy,
    claimed,
    fresh,
    in_use,
    remove_made,
    signals_held,
    swap,
    unsafe_target,
    wrong_kind,
)
from pelican.plugins.incasso.settings import (
    BOOKS,
    BUILD,
    CLAIMS,
    CLOCK,
    DEFAULTS,
    INTERNAL_EXTRA,
    SEEN,
    Build,
    BuildRefused,
    StaffTask,
    inside_a_source,
    seen_in,
)
from pelican.plugins.incasso.unchanged import keep_unchanged_times

PACKAGE = Path(__file__).resolve().parent
TERMS_PAGES = "voorwaarden*.md"  # the terms, in each language
LOG_NOTES = "log notes"  # the notes the build's log gives, found beside the pass (its CPU in the summary)
LEFT_BESIDE = (
    "the previous output could not be deleted entirely: {folder} is left beside the outputs (a file in it "
    "cannot be deleted by this user); delete it by hand, the next build tries again"
)

# The samples shipped before their lines were marked for the policy (variants.py) tell a business that costs
# come only after the final notice's term; the current one says what the policy does.
SAMPLE_TERMS_COSTS = (
    "business_costs_from_due is true, but a terms page published is the sample of an earlier incasso, which "
    "tells a business that collection costs come only after the final notice's term, while its statement page "
    "charges them from the day after the due date: publish terms that say so, or copy the current sample's "
    "lines marked <!-- if business_costs_from_due: ... --> into it (docs/settings.md, 'Your own texts')"
)
# The mark of the sample's line for a creditor who charges a business from the due date.
FROM_DUE_MARK = b"<!-- if business_costs_from_due: true -->"
SAMPLE_TERMS_VAT = (
    "costs_vat is true, but a terms page published is the sample of an earlier incasso, which says that no VAT "
    "is charged on the collection costs, while the statement pages and letters charge it: publish terms that say "
    "so, or copy the current sample's lines marked <!-- if costs_vat: ... --> into it (docs/settings.md, 'Your "
    "own texts')"
)
# The mark of the sample's line for a creditor who charges VAT on the collection costs.
VAT_MARK = b"<!-- if costs_vat: true -->"
SAMPLE_TERMS_CALLS = (
    "staff do not call before the final notice (calls is false, or call_after_days is on or after "
    "final_notice_after_days: there is no call step), but a terms page published is the sample of an earlier "
    "incasso, which tells the debtor that we call after the dunning letter: publish terms that do not, or copy the "
    "current sample's lines marked <!-- if calls: ... --> into it (docs/settings.md, 'Your own texts')"
)
# The mark of the sample's line that says staff call after the dunning letter.
CALLS_MARK = b"<!-- if calls: true -->"


LOST_RECORD = (
    "the record of confirmations seen (confirmations.json) was missing or unreadable: the promises, plans "
    "and handovers dated from {since} on are confirmed in today's letters; check that none was confirmed before"
)
OTHER_LEDGER = (
    "the last build in the outputs (as of {as_of}) was of another creditor's ledger ({was}; this one is {now}'s): "
    "nothing but its links was compared with it (a link_version lower than its is refused, as ever), so changes.md "
    "lists no dossier as gone or new, and no letter counts as written before. Give each ledger folders of its own "
    "(--output, --internal-output)"
)
UNREADABLE_RECORD = (
    "{record} could not be read ({why}): the secret was checked against the links the last build published "
    "or listed in claims.json, its day not at all; this build writes a new one"
)
UNLINKED_LETTERS = (
    "{count} written without the link to the debtor's own page: the build had no public address; give it "
    "with --public-url or INCASSO_PUBLIC_URL{secret} before sending them"
)
# What a demo (no real secret) needs besides the address: without it the address is refused (demo_links_problem).
UNLINKED_DEMO = ", with INCASSO_SECRET set to the site's own secret (a demo's letters are never sent),"


class BuildFailed(Exception):
    """Pelican logged errors: the previous output was left as it was."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass(frozen=True)
class BuildRequest:
    ledger: Path
    output: Path
    internal: Path
    as_of: date | None = None
    public_url: str | None = None
    production: bool = False
    settings: Path | None = None
    clock: CommandClock | None = None  # times the phases and shows progress (the command line's)
    ledger_cache: bool = True  # read internal/ledger.cache, write a new one (incasso.ledger.cache)
    new_secret: bool = False  # the secret was changed on purpose: every link changes (previous.py)
    staff_language: str | None = None  # "nl" or "en": the staff output's (None: the settings' STAFF_LANGUAGE)


@dataclass(frozen=True)
class BuildResult:
    output: Path
    internal: Path
    pages: list[Path] = field(default_factory=list)
    changes: Changes | None = None  # written for staff, in their language (STAFF_LANGUAGE), to internal/changes.md
    cache: LedgerCache | None = None  # what the ledger cache spared, or why it was not used
    bank_gaps: tuple[Gap, ...] = ()  # days missing between the bank statements: staff must add them
    bank_until: date | None = None  # the day the pages say payments are processed up to
    rate_notices: tuple[RateNotice, ...] = ()  # what the interest rates behind the open claims call for
    # The terms pages a real (production or secret) build publishes that are still incasso's sample.
    sample_terms: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()  # what else the nightly log must show (an earlier day, a record lost)
    carried: tuple[str, ...] = ()  # the desktop files carried from the previous staff output (desktop.py)
    without_page: int = 0  # dossiers with no public page: written off, or paid longer ago than paid_page_days


class _ErrorLog(logging.Handler):
    """Pelican logs some failures (a bad page, a template error) and carries on: collect them."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def settings_file(request: BuildRequest) -> Path:
    """The settings named, else pelicanconf.py (publishconf.py) here, else the plugin's own."""
    return site_settings(request.settings, request.production)


def site_settings(named: Path | None, production: bool = False) -> Path:
    """The settings `named`, else pelicanconf.py (publishconf.py) here, else the plugin's own."""
    if named:
        return named
    name = "publishconf.py" if production else "pelicanconf.py"
    local = Path(name)
    return local if local.is_file() else PACKAGE / name


def texts_problems(settings: Path) -> list[str]:
    """What a build would refuse in the site's editable texts (content/messages, content/letters: a text
    missing, a value in braces no page or letter fills in; the pages the build reads, content/pages and its
    subfolders: a line's policy mark it cannot read, variants.py, a page in a language the theme does not
    publish, page_languages.py; the site's DEFAULT_LANG), each file named: for `incasso check`, so that a
    text edited in the morning is found then, not by the nightly build that would publish nothing."""
    from pelican.settings import read_settings

    from .letters.texts import LetterTextInvalid, LetterTextMissing, LetterTexts
    from .page_languages import site_problems
    from .statements import MessageInvalid, MessageMissing, Messages
    from .variants import marks_problems

    try:
        site = read_settings(str(settings))
    except Exception as error:  # a settings file is Python: a missing file, a syntax error, a name misspelt
        return [f"{settings}: the settings cannot be read ({type(error).__name__}: {error})"]
    texts = Path(site["PATH"])
    found = site_problems(site, settings) + marks_problems(site)
    for read in (partial(Messages, texts / "messages"), partial(LetterTexts, texts / "letters")):
        try:
            read()
        except (MessageMissing, MessageInvalid, LetterTextMissing, LetterTextInvalid) as error:
            found += str(error).splitlines()
    return list(dict.fromkeys(found))  # a value named on three lines of a text is one problem


def texts_notes(settings: Path) -> list[str]:
    """What the pages the build reads (content/pages and its subfolders) publish as written though a
    placeholder of the policy's days may be meant (variants.py): the notes of `incasso check` and of the
    build, each naming its file and line. The build publishes the page: the creditor mends it."""
    from pelican.settings import read_settings

    from .variants import placeholder_notes

    return placeholder_notes(read_settings(str(settings)))


# The sample terms as each version of incasso shipped them (content/pages/voorwaarden*.md; the sha256 of the text
# with LF line ends and no trailing white space): compared with these, not with the plugin's file, so that terms
# edited where a checkout keeps them (content/ is the plugin's own folder there) are no longer taken for the sample.
# A change to a sample adds its new digest here (tests/cli/test_cli.py fails until it does).
SAMPLE_TERMS_SHIPPED = frozenset(
    {
        # voorwaarden.md
        "40264117e0ae1f9918057bf887bad2e13e267317675ce09f0b593966c59bad48",
        "64de2f2cd01f85cea5877ccb091bc95188724d93465c2b5eb21e070b4c32643f",
        "79d41bf3a099d31ff21a34dddb4ac337c92c5ed79a55e8644a6d5d9ef9feddff",
        "99fdc30c2436199250c591d770812c66a2174b491a64e1233c9b78e0c5f81402",
        "9be45363c19a49ed955341773f50a069c9af7641ad1e8824ea8585d32b2d9ee5",
        "9c43855264c321b9b809f0a8e2289eb843c1b1af0851a97dfaf8c418f7a5f59f",
        "bb37f76e76c412ca28f6bfe4e3381a5a77d99f468e7845ad2c012acbd92f8233",
        "e91845d79df62c4362c9bd0de9b5fce2ca07b603516d5db95863e92e66ed568c",
        "47e0534b00e83e750cf18a86564fa64ba37a004b518205b45de4634e5afa576c",  # EUR as the statements write it (s27)
        "c83e28e247de49bb906b006701cc1dac906b9e152b2cddaaa5bf903f05c5c243",  # a dispute of one invoice (s28)
        "7f4056e62ea385b02901cecb6576a9b08f88f3a8ababae3d65202f8bb1030e6e",  # lines marked for the policy (s30)
        "2919985498b4b5b9191696d633f0e7c769269837353659268d74feb98fc94043",  # the policy's days in braces (s30)
        "87c429e7dcbd2e70eb1cbd28632fd5bc19c57f95c37b6dd6c7335b8a14592e42",  # a complaint's term, per policy (s30)
        "f6a67da92984319aa6d9cb78164688692ea8490ec2a7217ccfddab284444384e",  # no "veertiendagenbrief" (s31)
        "53a20b2e32b1590bc82c0ee7e71e715d89736b0a941b76c709fa3f741d22ebd1",  # a payment naming several invoices (s32)
        "0057276510d5a639fb633d7e49f0a7cf662b5ecb3f93886e4cf463068e2a4f4b",  # VAT on the costs, per policy (s39)
        "663a7fc415c73dc420d584949dbd78b908de0f83c3b13d98d819fa06c77bcac0",  # sentences of at most 21 words (s50)
        "85981c043dc3546de1abdb9f8ff922662966181ad61a388144a71f5fe2f9fa58",  # the call, per policy (s53)
        "ed08c64acde383b1649bbe739b3035baac88e1ebe194d0fb1765c67829ac01fa",  # a note without a phone (s55)
        # voorwaarden.en.md
        "0f14b47467f62dbefaab43903ad341e3051a920761a7eccdd60b0ef9780f128e",
        "98756c0e3ad4d33f5ebd84cb762789063029a637c18bb4c2a828d33730a9de9f",  # "formal reminder" (session 25)
        "11fb1d6eb94c0dd36eb9067bc21acfbd275fe0c616bb2e66c36fa4c3e56b13d3",
        "2a6b8ca78ac66cdeadb7f2cd677f19c1450c3ad3c350dfeb498eafb2a571b0c1",
        "52631ce1f92eadeeac67640d0e15a180eb0242da483c877b99dd1952066e748c",
        "8aa3e3c4f8d17622810008d5c7211aaeb10ad53664b2a75914b6495ad3be5c59",
        "8e86a87ec89d427108f56cfac3c929c0a12d5f9b26cafebc0810aff1f15f866a",
        "b0507ae8089182bd4a1f080fe3cedfc7b6f8921ead3416ba36eb05e68a4b7dbb",
        "bbbad9fccad35abbbf8ff33781ce32ad71076c777f1018d20c6a62c5bf1c4a77",
        "c26832465797717efd54a478a752d826274694a80df6f5ca8a16c7cb163e3e3d",
        "d556ea709d6c9b6305c06620a7a1138dc7892462ceb11a45f0ba77e0864b3d45",
        "de70a62a03838a09fbd3e48edf5dfa35fa77fc9bbb15080b4d39792bad57bcdc",
        "f4d27a314d2f23799348d639bf87517ab3449fcf2bfaf009efa1f56190fcf0fc",
        "f99016d85dc62e8173067c2f6b95930da56e2604157d5c1800297a722aca370a",
        "7e277e71c75cb66bfba04236cd4e041bf152d98cb65712b765090e4a3e882496",  # EUR as the statements write it (s27)
        "8731b16f71ec9ac493c553f82bcd4dd8b062440355b98c2cb687a93059f15747",  # a dispute of one invoice (s28)
        "a3c2d26a77390351ff653f48b0ae13b2edae07bcb65dd7ba034af4766063de1e",  # "deadline" (s29)
        "3c41c236a0bc73fe96e750648d29a204079abd50869bb26cf0cee738f67a9d9e",  # lines marked for the policy (s30)
        "0a79c8faf2588d5ef233bac31e50dfd8c4cbe1a2e8b0d15db7eec9bfdcfc5fa9",  # the policy's days in braces (s30)
        "0a166a9f4e4294c2312a9e336887f615e94a029e221396013f7f50d02939fe37",  # a complaint's term, per policy (s30)
        "5ce8a4880e148eada1d220f8383fbe122339ddc7b13221bfa52cbb7f3eefd055",  # a payment naming several invoices (s32)
        "1b823ee824e4ba717bcec3818e40896c84efed232eaadd2b6ceda09f8c0bff54",  # VAT on the costs, per policy (s39)
        "2b180e9d29e4c708e549afd1e203ab7bc1c2e468892d6d985a733f0c3b232ae4",  # sentences of at most 21 words (s50)
        "12f0e866977e2d2aad23f51c43819a4fbad9c31067e4b5c9b1b0e50c332b0750",  # the call, per policy (s53)
        "dc00f0b29eb64ce3239b63d2e7e49b643fbc210b262651a502353469dd2fbd70",  # a note without a phone (s55)
        "1b0738f871c89fa6fc63ff5d83e61fd83826589351657424c6cbaf0f8fa4500c",  # "the whole overdue amount" (s60)
    }
)


def terms_digest(text: bytes) -> str:
    """A terms page's fingerprint, as SAMPLE_TERMS_SHIPPED holds them: line ends and trailing space aside."""
    return hashlib.sha256(text.replace(b"\r\n", b"\n").rstrip()).hexdigest()


def publishes_sample_terms(settings: Path) -> tuple[str, ...]:
    """The terms pages of the site (Dutch, English) that are a sample shipped with incasso, word for word.

    Its numbers of days are the policy's (variants.py), but its steps and its words are an example: a
    creditor's page links to the terms the debtor agreed to, and interest from the due date rests on them.
    """
    from pelican.settings import read_settings

    pages = Path(read_settings(str(settings))["PATH"]) / "pages"
    return tuple(
        page.name
        for page in sorted(pages.glob(TERMS_PAGES))
        if page.is_file() and terms_digest(page.read_bytes()) in SAMPLE_TERMS_SHIPPED
    )


def _earlier_samples(settings: Path, samples: tuple[str, ...], policy: Policy) -> list[str]:
    """What a sample terms page of an earlier version says against the policy: that costs come after the
    final notice only, that no VAT is charged on them, or that staff call after the dunning letter."""
    said = []
    if policy.business_costs_from_due and _unmarked(settings, samples, FROM_DUE_MARK):
        said.append(SAMPLE_TERMS_COSTS)
    if policy.costs_vat and _unmarked(settings, samples, VAT_MARK):
        said.append(SAMPLE_TERMS_VAT)
    if not calls_first(policy) and _unmarked(settings, samples, CALLS_MARK):
        said.append(SAMPLE_TERMS_CALLS)
    return said


def _unmarked(settings: Path, samples: tuple[str, ...], mark: bytes) -> bool:
    """Whether one of the sample terms pages published has no line with `mark`: an earlier version's, which
    says costs come after the final notice's term only (FROM_DUE_MARK), that no VAT is charged on them
    (VAT_MARK), or that staff call after the dunning letter (CALLS_MARK)."""
    from pelican.settings import read_settings

    pages = Path(read_settings(str(settings))["PATH"]) / "pages"
    return any(mark not in (pages / name).read_bytes() for name in samples)


def pelican_build(settings: Path, override: dict) -> tuple[list[str], Build | None]:
    """Run Pelican once; return the errors it logged (empty when it succeeded) and the run's Build."""
    from pelican.log import console
    from pelican.settings import read_settings

    from pelican import Pelican

    errors = _ErrorLog()
    logging.getLogger().addHandler(errors)
    # Pelican prints its own summary ("Done: Processed ...") on stdout; this module prints nothing
    # (the command line says what was built, and `-q` means quiet). What it logs still goes out.
    was_quiet, console.quiet = console.quiet, True
    try:
        pelican = Pelican(read_settings(str(settings), override=override))
        pelican.run()
    finally:
        console.quiet = was_quiet
        logging.getLogger().removeHandler(errors)
    return errors.messages, pelican.settings.get(BUILD)


def build_site(request: BuildRequest) -> BuildResult:
    """Build and publish; raise LedgerError, BuildRefused, BuildBusy or BuildFailed."""
    # What the build keeps stays frozen out of the collector's reach to its end (records_kept).
    with held():
        return _build_site(request)


def _build_site(request: BuildRequest) -> BuildResult:
    as_of = request.as_of or today()
    clock = request.clock or CommandClock()
    request = replace(request, clock=clock)
    settings = settings_file(request)
    output, internal = _targets(request, settings)
    _check_staff_language(request, settings)
    _check_default_lang(settings)
    _check_public_address(request, settings)
    with ExitStack() as locks:
        # Under the locks, once a build killed half-way is tidied up: what the last build left is read
        # as it left it (its record, its confirmations, its cache), and no other build writes it now.
        locks.enter_context(claimed(output))
        locks.enter_context(claimed(internal))
        previous, unreadable = read_record(internal)
        notices = _continuity(request, as_of, previous)
        # After another creditor's build (your trial after `make site`) or, real, the demo's: the records are of
        # other dossiers (their ids may be yours: D-1001), so it starts as a first build, as in new folders.
        after_demo = previous is not None and (_other_ledger(request, previous, notices) or _demo_before(previous))
        # Refuse a bad ledger or bank file, a claim that breaks a rule of the day and an address no
        # envelope shows, before an output is touched: LedgerError, reported as `incasso check` does.
        with records_kept(for_the_run=True):
            cache = _previous_cache(internal) if request.ledger_cache else None
            last_links = kept_link_versions(cache)  # read before loading the ledger lets the cache's records go
            seen = NO_RECORD if after_demo else _last_record(internal, previous, notices)
            books, claims = checked_books(request.ledger, as_of, seen, phase=clock.phase, cache=cache, spread=in_order)
        if previous is None:
            notices += _links_kept(request, (output, internal), books, unreadable)
        renewed = [] if request.new_secret else _links_renewed(internal, books, claims, last_links, after_demo)
        places = (output, internal, None if after_demo else internal / "claims.json")
        # The log's notes are found with the staff files, beside the pass (no page needs them); said in their place.
        ledger_notices, beside = _beside_staff(cache, books, claims, as_of)
        changes, left, desktop = _build_and_swap(
            replace(request, as_of=as_of), settings, places, (books, claims, seen), beside
        )
        notices += ledger_notices + renewed + _not_carried(internal, desktop)
        notices += [LEFT_BESIDE.format(folder=folder) for folder in left] + _ids_changed(changes)
    pages = sorted(output.glob("s/*/index.html"))
    if not (request.public_url or _read_incasso(settings).get("PUBLIC_URL")):
        notices += _unlinked_letters(internal)
    notices += unembedded_notes(internal / "letters")
    notices += texts_notes(settings)
    sample_terms = publishes_sample_terms(settings)
    notices += _earlier_samples(settings, sample_terms, books.ledger.creditor.policy)
    bank = books.bank
    rates = claims_rate_notices((c for c in claims if not c.closed), books.ledger.creditor, as_of)
    return BuildResult(
        output,
        internal,
        pages,
        changes,
        cache,
        bank.gaps if bank else (),
        bank.payments_until if bank else None,
        rates,
        sample_terms if _real(request) else (),
        tuple(notices),
        carried=tuple(desktop.carried),
        without_page=sum(1 for c in claims if not statement_visible(c, books.ledger.creditor.policy)),
    )


def _beside_staff(
    cache: LedgerCache | None, books: Books, claims: list[Claim], as_of: date
) -> tuple[list[str], tuple[StaffTask, ...]]:
    """What the build does with the staff files (INTERNAL_EXTRA): the ledger cache written for tomorrow's
    build (with the records read tonight), the log's notes found (`_ledger_notices`, into the list returned)."""
    found: list[str] = []
    writes = (("ledger cache", partial(_write_cache, cache)),) if cache is not None else ()
    return found, (*writes, (LOG_NOTES, partial(_find_ledger_notices, found, books, claims, as_of)))


def _find_ledger_notices(found: list[str], books: Books, claims: list[Claim], as_of: date, _internal: Path) -> None:
    """`_ledger_notices` put in `found`: a task of the staff thread."""
    found += _ledger_notices(books, claims, as_of)


def _ledger_notices(books: Books, claims: list[Claim], as_of: date) -> list[str]:
    """What the ledger, its claims and the bank's set-asides give the log to say, all valid input."""
    # A debtor file renamed by mistake (D-1003.yaml.bak) takes its page down: the log must say so.
    notices = [str(skipped) for skipped in books.ledger.skipped]
    notices += ledger_notes(books.ledger, as_of, claims) + claim_notes(
        (c for c in claims if not c.closed), books.ledger.creditor
    )
    notices += unprintable_notes(books.ledger.debtors) + return_address_said(claims, books.ledger.creditor)
    # Money set aside that sets aside less than written, or nothing with no statement in bank/.
    return notices + list(set_aside_notes(books.bank, books.ledger.creditor.set_aside))


def _links_kept(request: BuildRequest, places: tuple[Path, Path], books: Books, unreadable: str | None) -> list[str]:
    """With no record of the last build's secret (build.json gone or unreadable), the links it published
    or listed in claims.json stand in: BuildRefused for a secret that would break them; the note to give."""
    output, internal = places
    problem = links_kept_problem(
        (output, internal), books.ledger.debtors, cache_secret(), request.new_secret, unreadable
    )
    if problem:
        raise BuildRefused(problem)
    return [UNREADABLE_RECORD.format(record=internal / BUILD_FILE, why=unreadable)] if unreadable else []


def _links_renewed(
    internal: Path, books: Books, claims: list[Claim], last: Mapping[str, int] | None, fresh_start: bool
) -> list[str]:
    """The notes for dossiers given a new link (link_version) since the last build: staff send it; only of
    dossiers with a page (a written-off one has no link to send, and claims.json lists none to compare with),
    and none when the build starts fresh (`fresh_start`: after the demo's or another creditor's build).
    LedgerError for those whose link_version went down (`last`: the last build's, by id, from its cache; else
    from claims.json): the link that reached someone else would work again, every night, so it is refused,
    whoever's ledger the last build was of. Not after the demo's (refuse_lowered_links: its links were never
    sent); the caller skips it with a new secret (every link is new, and said so)."""
    refuse_lowered_links(internal, books.ledger.debtors, cache_secret(), last)
    if fresh_start:
        return []
    policy = books.ledger.creditor.policy
    with_page = [c.debtor for c in claims if statement_visible(c, policy)]
    note = renewed_links_note(internal, with_page, cache_secret())
    return [note] if note else []


def _ids_changed(changes: Changes | None) -> list[str]:
    """The note for dossiers whose id changed since the last build: every link sent to them is dead."""
    note = ids_changed_note(changes)
    return [note] if note else []


def _unlinked_letters(internal: Path) -> list[str]:
    """The note for today's letters when the build had no public address to link them to (none or one)."""
    letters = {p.stem for p in (internal / "letters").glob("*.*") if p.suffix in (".pdf", ".eml")}
    count = len({stem for stem in letters if not stem.startswith("print-")})
    if not count:
        return []
    demo = secret_problem(os.environ.get("INCASSO_SECRET")) is not None
    counted = f"{count} letter{'s' if count != 1 else ''}"
    return [UNLINKED_LETTERS.format(count=counted, secret=UNLINKED_DEMO if demo else "")]


def _targets(request: BuildRequest, settings: Path) -> tuple[Path, Path]:
    """The two output folders, refused when replacing them would destroy something else."""
    output, internal = request.output.resolve(), request.internal.resolve()
    ledger = request.ledger.resolve()
    # Each folder's own reason first (the ledger, the home folder, `/`): it names the folder given.
    keep = {
        Path.cwd(): "the current folder",
        Path.home(): "your home folder",
        ledger: "the ledger folder",
        settings.resolve().parent: "the settings' folder",
    }
    sources = _read_sources(settings)
    for target, given in ((output, request.output), (internal, request.internal)):
        # Said here, naming the folder given, before a temporary folder beside it is made (and named).
        if ledger in target.parents:
            raise BuildRefused(
                f"{given} lies inside the ledger folder {request.ledger}, which the build reads: put the outputs "
                "elsewhere"
            )
        problem = inside_a_source(given, sources)
        busy = None if problem else in_use(target)
        if busy:  # a file open now, not a folder to choose again: try again once it is closed (exit 75)
            raise BuildBusy(busy)
        problem = problem or unsafe_target(target, keep)
        if problem:
            raise BuildRefused(problem)
    if internal == output or output in internal.parents or internal in output.parents:
        raise BuildRefused(
            "the internal output and the public output must be separate folders, neither inside the other"
        )
    for target in (output, internal):
        problem = wrong_kind(target, public=target == output)
        if problem:
            raise BuildRefused(problem)
    return output, internal


def _check_staff_language(request: BuildRequest, settings: Path) -> None:
    """Refuse a staff language that is none, before anything is touched (the run would refuse it too, later)."""
    language = request.staff_language
    if language is None:
        try:
            language = _read_incasso(settings).get(STAFF_LANGUAGE, DEFAULTS[STAFF_LANGUAGE])
        except (Exception, SystemExit):  # a settings file that cannot be read here: as _read_sources
            return
    problem = staff_language_problem(language)
    if problem:
        raise BuildRefused(problem)


def _check_public_address(request: BuildRequest, settings: Path) -> None:
    """Refuse a public address for a demo's links (no real secret), before anything is touched: its letters
    would be ready to send, to pages that say not to pay at links anyone can work out. (The run would refuse
    it too, later.) A production build, by --production or by its settings (publishconf.py), is left to the
    production refusal: advice to build a demo instead would be the wrong advice there."""
    if request.production:
        return
    try:
        incasso: dict | None = _read_incasso(settings)
    except (Exception, SystemExit):  # a settings file that cannot be read here: as _read_sources
        incasso = None
    if incasso is not None and incasso.get("PRODUCTION"):
        return
    address: str | None = request.public_url
    undo = "leave out --public-url and unset INCASSO_PUBLIC_URL"
    if not address:
        if incasso is None:
            return
        address = incasso.get("PUBLIC_URL")
        undo = f"take PUBLIC_URL out of INCASSO in {settings}"
    problem = demo_links_problem(os.environ.get("INCASSO_SECRET"), address, undo)
    if problem:
        raise BuildRefused(problem)


def _check_default_lang(settings: Path) -> None:
    """Refuse a DEFAULT_LANG the theme publishes no page in, before anything is touched (the run would too)."""
    from pelican.settings import read_settings

    try:
        language = read_settings(str(settings))["DEFAULT_LANG"]
    except (Exception, SystemExit):  # a settings file that cannot be read here: as _read_sources
        return
    problem = default_lang_problem(language)
    if problem:
        raise BuildRefused(f"{settings}: {problem}")


def _read_sources(settings: Path) -> dict[str, str]:
    """The content and theme folders the settings file names (settings.inside_a_source); none when it
    cannot be read here: publishconf.py without a secret is refused for that below, and any other
    failure is Pelican's to report when it reads the file."""
    from pelican.settings import read_settings

    try:
        read = read_settings(str(settings))
    except (Exception, SystemExit):
        return {}
    return {"content": read["PATH"], "theme": read["THEME"]}


def _real(request: BuildRequest) -> bool:
    """A build whose links are sent: production, or with a secret of its own (else a demo)."""
    return request.production or bool(os.environ.get("INCASSO_SECRET"))


def _continuity(request: BuildRequest, as_of: date, previous: PreviousBuild | None) -> list[str]:
    """Refuse a build that would undo the last one's publication; the notices a demo gets instead."""
    if request.production:
        problem = secret_problem(os.environ.get("INCASSO_SECRET"))
        if problem:
            raise BuildRefused(problem)
    problem = continuity_problem(previous, cache_secret(), request.new_secret, (as_of, today()), real=_real(request))
    if problem:
        raise BuildRefused(problem)
    earlier = earlier_day_problem(previous, as_of)  # only a demo's gets this far with one: said, not refused
    return [earlier] if earlier else []


def cache_secret() -> str:
    """The build's secret, the demo's when there is none: the links' and the ledger cache's key."""
    return os.environ.get("INCASSO_SECRET") or DEMO_SECRET


def _write_cache(cache: LedgerCache, internal: Path) -> None:
    cache.write(internal / CACHE_FILE, cache_secret())


def _last_record(internal: Path, previous: PreviousBuild | None, notices: list[str]) -> FirstSeen:
    """What the last build wrote and saw, and the day it was as of (`previous`: its build.json)."""
    seen = previous_seen(internal)
    if previous is None:
        return seen
    if seen is NO_RECORD:
        # The record went missing: what was dated since the last build's day may be unconfirmed.
        seen = FirstSeen(since=previous.as_of)
        notices.append(LOST_RECORD.format(since=previous.as_of))
    return replace(seen, built=previous.as_of)


def _other_ledger(request: BuildRequest, previous: PreviousBuild, notices: list[str]) -> bool:
    """Whether the last build was of another creditor's ledger (said in `notices`): nothing is compared with it."""
    creditor = read_creditor_alone(request.ledger)
    if not another_creditor(previous, creditor):
        return False
    assert creditor is not None and previous.creditor is not None  # another_creditor's: both known
    notices.append(OTHER_LEDGER.format(was=previous.creditor.get("name"), now=creditor.name, as_of=previous.as_of))
    return True


def _demo_before(previous: PreviousBuild) -> bool:
    """Whether the last build was the demo's (its links made with the demo's public secret) and this one is real."""
    return demo_before(previous, cache_secret())


def previous_seen(internal: Path) -> FirstSeen:
    """The confirmations the last build saw, from the staff output it made (none: NO_RECORD)."""
    return seen_in(internal) if (internal / MARKER).is_file() else NO_RECORD


def _previous_cache(internal: Path) -> LedgerCache:
    """The ledger cache the last build left in the staff output; only from a folder a build made."""
    if not (internal / MARKER).is_file():
        return LedgerCache()
    return LedgerCache.open(internal / CACHE_FILE, cache_secret())


def _build_and_swap(
    request: BuildRequest,
    settings: Path,
    places: tuple[Path, Path, Path | None],
    checked: tuple[Books, list[Claim], FirstSeen],
    beside_staff: tuple[StaffTask, ...],
) -> tuple[Changes | None, list[Path], Carried]:
    """`places`: the two outputs, and the previous claims.json to list the changes from (None: a first build);
    `beside_staff`: what else is done with the staff files (INTERNAL_EXTRA). Returns the changes, the previous
    outputs left beside, and what became of the desktop files in the previous staff output (desktop.carry)."""
    output, internal, previous = places
    tmp_output, tmp_internal = fresh(output), fresh(internal, private=True)
    incasso = {
        "LEDGER": str(request.ledger.resolve()),
        "AS_OF": request.as_of.isoformat() if request.as_of else None,
        "INTERNAL_OUTPUT": str(tmp_internal),
        "PREVIOUS_CLAIMS": str(previous) if previous is not None and previous.is_file() else None,
        "NEW_SECRET": request.new_secret,
    }
    if request.public_url:
        incasso["PUBLIC_URL"] = request.public_url
    if request.staff_language:
        incasso[STAFF_LANGUAGE] = request.staff_language
    build: Build | None = None
    try:
        try:
            base = _read_incasso(settings)
            # The books and claims checked above are the ones built: read and assessed once.
            books, claims, seen = checked
            override = {
                "OUTPUT_PATH": str(tmp_output),
                "INCASSO": {**base, **incasso},
                BOOKS: books,
                CLAIMS: claims,
                SEEN: seen,
                CLOCK: request.clock,
                INTERNAL_EXTRA: beside_staff,
            }
            errors, build = pelican_build(settings, override)
        except SystemExit as refusal:  # a settings file that refuses to run (publishconf.py)
            errors = [str(refusal.code)]
        except Exception as error:
            errors = [_failure(error, output, internal)]
        if errors:
            raise BuildFailed(errors)
        left, desktop = _swap_in((tmp_output, tmp_internal), (output, internal), request.clock)
        return (build.changes if build is not None else None), left, desktop
    finally:
        remove_made(tmp_output)  # after a swap: gone, or the previous output removed above
        remove_made(tmp_internal)


def _swap_in(
    new: tuple[Path, Path], outputs: tuple[Path, Path], clock: CommandClock | None
) -> tuple[list[Path], Carried]:
    """Swap the new outputs in and delete the previous ones: those left beside (a file its owner may not
    delete), and what became of the desktop files in the previous staff output (desktop.carry)."""
    (tmp_output, tmp_internal), (output, internal) = new, outputs
    busy = in_use(internal)  # opened in Office since the build began: the moment that counts is now
    if busy:
        raise BuildBusy(busy)
    desktop = carry(internal, tmp_internal) if internal.is_dir() else Carried()
    keep_unchanged_times(new, outputs)  # what the night did not change is not copied to the host again
    # Public first: a link in the staff's links.csv must never point at a page not yet out. Both go
    # in before either previous output is deleted: a kill in between finds the two of one build.
    # A stop in the deletion waits too: acted on at once, it would say the outputs are the old ones.
    with clock.phase("swap") if clock else nullcontext(), signals_held():
        previous_outputs = [swap(tmp_output, output), swap(tmp_internal, internal)]
        left = []
        for old in previous_outputs:
            if old is not None:
                remove_made(old)
                if old.exists():  # a file its owner may not delete: said, so that it is not left for ever
                    left.append(old)
    return left, desktop


def _not_carried(internal: Path, desktop: Carried) -> list[str]:
    """The notes on the desktop files the new staff output does not hold: deleted with the previous one, so said."""
    notes = []
    if desktop.gone:
        notes.append(
            f"gone with the previous staff output: {_some(internal, desktop.gone)}, left by a desktop (Finder, "
            "Explorer) in a folder tonight's build no longer has"
        )
    if desktop.unread:
        notes.append(
            f"gone with the previous staff output: {_some(internal, desktop.unread)}, left by a desktop (Finder, "
            "Explorer), which this build may not read: not carried (the desktop writes it again when the folder is "
            "next opened)"
        )
    return notes


def _some(internal: Path, paths: list[str]) -> str:
    """The first five paths, in `internal`, and how many more."""
    return ", ".join(str(internal / path) for path in paths[:5]) + (
        f" and {len(paths) - 5} more" if len(paths) > 5 else ""
    )


# A worker that vanished was most often stopped by the system's out-of-memory killer: the traceback alone says
# nothing of that, and an operator would look for a fault in the ledger.
_WORKER_LOST = (
    " (a worker process of the build was stopped from outside, most often by the system for want of memory: "
    "see the system's log (dmesg, journalctl -k); give the machine more memory (BENCHMARKS.md lists the peak by "
    "ledger size), then build again)"
)
_NO_ROOM = "make room on their disk, then build again"
_TOO_LARGE = (
    "a file grew past the largest this process may write (`ulimit -f`, systemd's LimitFSIZE=) or their file "
    "system allows: raise the limit for the build, then build again"
)
# A write that fails so names no file: what to do where the outputs are written. A full disk, a full quota (not
# on Windows), a file past the size limit.
_REMEDY = {errno.ENOSPC: _NO_ROOM, getattr(errno, "EDQUOT", errno.ENOSPC): _NO_ROOM, errno.EFBIG: _TOO_LARGE}


def _failure(error: Exception, output: Path, internal: Path) -> str:
    """What went wrong while Pelican wrote the new outputs. A write that fails for want of room (a full disk,
    a full quota) or past a file size limit names no file: then the folders it was writing beside are named,
    for the operator to make room there (or raise the limit). Only then: a time-out or a broken pipe sent to
    free disk space would send them astray."""
    text = f"{type(error).__name__}: {error}"
    remedy = _REMEDY.get(error.errno) if isinstance(error, OSError) else None
    if remedy:
        text += f" (writing the new outputs beside {output} and {internal}: {remedy})"
    if isinstance(error, BrokenProcessPool):
        text += _WORKER_LOST
    if not isinstance(error, OSError):  # a fault of the build itself: where it came from, chain and all
        text += "\n" + _traceback(error)
    return text


def _traceback(error: Exception) -> str:
    """An exception's traceback as Python prints one the command line lets through (its cause and context too):
    "Type: message" alone (a staff file written in the thread beside the pass) said nothing of where. A file the
    system refuses (OSError) names its file, and is the operator's to fix: said without one."""
    return "".join(traceback.format_exception(error)).rstrip()


def _read_incasso(settings: Path) -> dict:
    from pelican.settings import read_settings

    return dict(read_settings(str(settings)).get("INCASSO") or {})
