"""What the previous build in the staff output was: its day and which secret made its links (build.json).

The next build reads it before it touches anything, so that a night that went wrong does not
publish: a day earlier than the last build's (a typo in `--as-of`, a clock gone back) would take
back every payment and event since, and links made with another secret (cron without its
INCASSO_SECRET) would break every link already sent and put the debtors' pages under the
demo's public secret. It also tells a build whose record of confirmations went missing
(confirmations.json) from which day on the events may not have been confirmed yet.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from incasso.audit.tree import MARKER
from incasso.ledger.cache import LedgerCache
from incasso.ledger.model import Creditor, Debtor
from incasso.ledger.problems import LedgerError, Problem
from incasso.payments.tokens import DEMO_SECRET, LAST_LINK_VERSION, links_fingerprint, statement_token

BUILD_FILE = "build.json"
BUILD_FORMAT = "incasso-build"
BUILD_VERSION = 1


@dataclass(frozen=True)
class PreviousBuild:
    as_of: date
    links: str  # links_fingerprint of the secret its links were made with
    built: datetime | None = None  # when it was made (the next build's change list heads its list so); None: not said
    creditor: Mapping[str, str | None] | None = None  # whose ledger it was (creditor_record); None: not said


def build_json(as_of: date, secret: str, built: datetime, creditor: Creditor) -> str:
    document = {"format": BUILD_FORMAT, "version": BUILD_VERSION, "as_of": as_of.isoformat()}
    # Fields added in version 1: a build.json without them is read too.
    document.update(built=built.isoformat(), creditor=creditor_record(creditor))
    return json.dumps({**document, "links": links_fingerprint(secret)}, indent=1, sort_keys=True) + "\n"


def creditor_record(creditor: Creditor) -> dict[str, str | None]:
    """Whose ledger a build was of, as build.json records it: the creditor's name, IBAN, KvK number and address."""
    address = ", ".join(creditor.address) or None
    return {"name": creditor.name, "iban": creditor.iban, "kvk": creditor.kvk, "address": address}


def another_creditor(previous: PreviousBuild | None, creditor: Creditor | None) -> bool:
    """Whether the last build was of another creditor's ledger (a trial build of your own after the demo's):
    none of its name, IBAN, KvK number and address is this one's. One of them kept (a new bank and a new name,
    with no KvK number to keep) is the same creditor, whose change list and confirmations go on: taken for
    another, those would be lost; a record that does not say (written before) is the same too."""
    if previous is None or previous.creditor is None or creditor is None:
        return False
    was, now = previous.creditor, creditor_record(creditor)
    return not any(_same_key(was.get(key), now[key]) for key in now)


def _same_key(was: str | None, now: str | None) -> bool:
    """The same name, IBAN or KvK number, written with other spaces or capitals."""
    if not isinstance(was, str) or now is None:
        return False
    return "".join(was.split()).casefold() == "".join(now.split()).casefold()


def previous_build(internal: Path) -> PreviousBuild | None:
    """The record of the build that made the staff output `internal`; None for another folder, or none readable."""
    return read_record(internal)[0]


def read_record(internal: Path) -> tuple[PreviousBuild | None, str | None]:
    """The record of the build that made the staff output `internal`, read once, and why the build.json there
    cannot be read (None: it was read, or there is none). A record there that cannot be read must not pass
    for none: the next build could not check its secret."""
    path = internal / BUILD_FILE
    if not (internal / MARKER).is_file() or not (path.exists() or path.is_symlink()):
        return None, None
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return None, f"{type(error).__name__}: {error}"
    if not isinstance(document, dict) or (document.get("format"), document.get("version")) != (
        BUILD_FORMAT,
        BUILD_VERSION,
    ):
        return None, f"not a {BUILD_FORMAT} record of version {BUILD_VERSION}"
    missing = [key for key in ("as_of", "links") if not isinstance(document.get(key), str)]
    if missing:
        return None, f"it has no {' and no '.join(missing)}"
    try:
        day = date.fromisoformat(document["as_of"])
    except ValueError:
        return None, f"its as_of is not a date (got {document['as_of']!r})"
    return PreviousBuild(day, document["links"], _built(document), _creditor(document)), None


def _creditor(document: dict) -> dict[str, str | None] | None:
    """Whose ledger the build was of; None when its record does not say (or says it garbled)."""
    creditor = document.get("creditor")
    if not isinstance(creditor, dict):
        return None
    return {key: value if isinstance(value, str) else None for key, value in creditor.items()}


def _built(document: dict) -> datetime | None:
    """When the build was made; None when its record does not say (a mangled time must not cost the day
    and the secret the next build checks itself against)."""
    try:
        return datetime.fromisoformat(document["built"])
    except (KeyError, TypeError, ValueError):
        return None


def earlier_day_problem(previous: PreviousBuild | None, as_of: date) -> str | None:
    """Why a build as of `as_of` must not replace the previous one (a demo's gets it as a note): an earlier day."""
    if previous is None or as_of >= previous.as_of:
        return None
    return (
        f"the last build in the staff output was as of {previous.as_of}; a build as of {as_of} leaves out every "
        "payment and event since (paid claims ask for payment again). Check --as-of and the system clock; to "
        "look at an earlier day, build into other folders (--output, --internal-output)"
    )


def same_secret_problem(previous: PreviousBuild | None, secret: str) -> str | None:
    """Why `--new-secret` must not run: the secret is the one the last build used, so no link would change
    and the leaked ones would go out again as new (the new secret set where this build does not read it)."""
    if previous is None or previous.links != links_fingerprint(secret):
        return None
    return (
        "--new-secret, but INCASSO_SECRET is the secret the last build made its links with: no link would "
        "change. Set the new secret where this build reads it (the nightly build's environment), then build again"
    )


def future_day_problem(as_of: date, today: date) -> str | None:
    """Why a build whose links are sent must not be as of a day after today: a year typed wrong (2027 for
    2026) would publish a year of interest and the letters of that day, and refuse every right night after."""
    if as_of <= today:
        return None
    return (
        f"--as-of {as_of} is after today ({today}): a published build states the claims as of a day that has "
        "not come yet. "
        "Check --as-of and the system clock; to look ahead, build without INCASSO_SECRET and --production, into "
        "other folders"
    )


def continuity_problem(
    previous: PreviousBuild | None,
    secret: str,
    new_secret: bool,
    day: tuple[date, date] | None,
    *,
    real: bool,
    asked: str = "--new-secret",
) -> str | None:
    """Why a run must not replace the last build's outputs, `incasso build` and Pelican run by hand alike: a new
    secret asked for (as `asked`) with the demo's, a secret the last build's links were not made with (or, asked
    for a new one, the same), and for a run whose links are sent (`real`) its day (`day`: the run's and today)
    before the last build's or after today."""
    if new_secret and secret == DEMO_SECRET:
        return f"{asked} needs the new secret in INCASSO_SECRET; the demo's is public"
    problem = previous_secret_problem(previous, secret, new_secret)
    if problem or not real or day is None:
        return problem
    as_of, today = day
    return earlier_day_problem(previous, as_of) or future_day_problem(as_of, today)


def previous_secret_problem(previous: PreviousBuild | None, secret: str, new_secret: bool) -> str | None:
    """Why a build with `secret` must not replace the previous one: its links were made with another real
    secret, or with --new-secret (NEW_SECRET) with this very one."""
    return same_secret_problem(previous, secret) if new_secret else secret_changed_problem(previous, secret)


def links_kept_problem(
    outputs: tuple[Path, Path], debtors: Sequence[Debtor], secret: str, new_secret: bool, unreadable: str | None
) -> str | None:
    """With no record of the last build's secret (build.json gone or unreadable), the links the public
    output published or the staff output's claims.json lists stand in: why `secret` would break them."""
    output, internal = outputs
    return published_links_problem(output, debtors, secret, new_secret) or recorded_links_problem(
        internal, debtors, secret, new_secret, unreadable
    )


def published_links_problem(output: Path, debtors: Sequence[Debtor], secret: str, new_secret: bool) -> str | None:
    """When the staff output holds no record of the last build's secret (build.json deleted), the public
    output being replaced stands in: why a secret that gives none of its links must not run (every link
    already sent would break; the demo's links may be replaced, by a first real build), and with
    --new-secret one that gives the same links (the leaked ones would go out as new)."""
    try:
        published = {entry.name for entry in os.scandir(output / "s") if entry.is_dir()}
    except OSError:
        return None
    if not published or not (output / MARKER).is_file():
        return None
    return _links_problem(published, str(output), debtors, secret, new_secret)


# A claim's link in claims.json, as claims_json writes it (one field a line): `"url": "[https://host/]s/<token>/"`.
_URL_LINE = re.compile(r'\s*"url": "(?:[^"]*/)?s/([a-z2-7]{32})/"')
# A claim's own id and link, six spaces in (a claim of the list "claims", two levels down, indent 2).
_CLAIM_ID_LINE = re.compile(r'      "id": "([^"\\]+)",?$')
_CLAIM_URL_LINE = re.compile(r'      "url": "(?:[^"]*/)?s/([a-z2-7]{32})/"')


def recorded_links_problem(
    internal: Path, debtors: Sequence[Debtor], secret: str, new_secret: bool, unreadable: str | None
) -> str | None:
    """When the staff output holds no readable build.json, the links its claims.json lists stand in, as the
    public output does (a fresh CI runner has none): a secret that gives none of them (nor the demo's) is
    refused unless --new-secret. `unreadable`: why the build.json there cannot be read; with no link to
    check against either, the secret cannot be checked at all, and only --new-secret goes ahead."""
    links = _recorded_links(internal)
    if not links:  # none to check by (a claims.json gone, garbled, or of a ledger without a debtor)
        if unreadable is None or new_secret:
            return None
        return (
            f"{internal / BUILD_FILE}, the last build's record of its day and of the secret its personal links were "
            f"made with, cannot be read ({unreadable}), and {internal / 'claims.json'} lists no link to check the "
            "secret against: this build cannot tell whether INCASSO_SECRET is the secret of the links already "
            "sent. Put back the last build's staff output (the nightly: the artifact 'internal' of its last run "
            "that kept one), or, to change the secret on purpose, build with --new-secret and send every debtor "
            "their new link"
        )
    return _links_problem(links, str(internal / "claims.json"), debtors, secret, new_secret)


def renewed_links_note(internal: Path, debtors: Iterable[Debtor], secret: str) -> str | None:
    """For the build's log (ids only): the dossiers whose `link_version` gives a link the last build's claims.json
    does not list, so staff send the new one; None when none does, or with no readable record (a first build)."""
    later = [debtor for debtor in debtors if debtor.link_version != 1]
    recorded = _recorded_links(internal) if later else None
    if not recorded:
        return None
    renewed = [d.id for d in later if statement_token(secret, d.id, d.link_version) not in recorded]
    if not renewed:
        return None
    shown = _first_five(renewed)
    has = "dossier has" if len(renewed) == 1 else "dossiers have"
    return (
        f"{len(renewed)} {has} a new personal link since the last build (link_version): {shown}. The link in every "
        "letter sent to them so far no longer works: send the new one (links.csv)"
    )


def refuse_lowered_links(
    internal: Path, debtors: Iterable[Debtor], secret: str, last: Mapping[str, int] | None
) -> None:
    """LedgerError for each `link_version` lower than the last build's (lowered_link_problems), as every build
    refuses it (`incasso build`, Pelican by hand) and `incasso check --internal-output` says it beforehand; not
    after the demo's build, whose links (made with the demo's secret) were never sent. After a build of another
    creditor's ledger too: a link is made of the secret, the id and its version, not the creditor, so another
    ledger's D-1001 at a lowered version would publish its page at the link that reached someone else."""
    previous = previous_build(internal)
    if previous is not None and demo_before(previous, secret):
        return
    lowered = lowered_link_problems(internal, debtors, secret, last)
    if lowered:
        raise LedgerError(lowered)


def demo_before(previous: PreviousBuild, secret: str) -> bool:
    """Whether the last build was the demo's (its links made with the demo's public secret, never sent) and one
    with `secret` is real."""
    return previous.links == links_fingerprint(DEMO_SECRET) and secret != DEMO_SECRET


def unchecked_links_note(internal: Path, secret: str | None) -> str | None:
    """Why `incasso check --internal-output` could not compare the link versions with the last build's, for
    its log: the links there were made with a secret other than `secret` (INCASSO_SECRET, None when not set),
    so no link is found a debtor's and a lowered version passes unseen. None when the check could compare
    (the build's secret, or a demo's build, whose links were never sent) or there is no record to compare by."""
    previous = previous_build(internal)
    given = secret or DEMO_SECRET
    if previous is None or previous.links in (links_fingerprint(given), links_fingerprint(DEMO_SECRET)):
        return None
    why = (
        "INCASSO_SECRET is not set"
        if not secret
        else "INCASSO_SECRET is not the secret it made its links with (a build with it is refused without --new-secret)"
    )
    return (
        f"link_version not compared with the last build in {internal}: {why}. Run the check with the build's "
        "INCASSO_SECRET in its environment (as the nightly job's check step has it) to find a lowered one"
    )


def kept_link_versions(cache: LedgerCache | None) -> dict[str, int] | None:
    """The link_version of each debtor above 1 as the last build read it, from its ledger cache; None without
    one (or an empty one: another version's), and the links in its claims.json tell them. Read before the
    ledger is: loading it lets the cache's records go."""
    if cache is None or not cache.kept:
        return None
    return {debtor.id: debtor.link_version for debtor in cache.kept.values() if debtor.link_version != 1}


def lowered_link_problems(
    internal: Path, debtors: Iterable[Debtor], secret: str, last: Mapping[str, int] | None
) -> list[Problem]:
    """The dossiers whose `link_version` is lower than at the last build, each a problem at its file (at the
    line when written): the link it replaced, the one that reached someone else, would work again. The last
    build's versions are `last` (those above 1, by id, from its ledger cache), or with no cache (None) those its
    claims.json's links were made with (by `secret`: not to be asked with a new secret, where every link is new)."""
    recorded = _recorded_links_by_id(internal) if last is None else {}
    last = last or {}
    problems = []
    for debtor in debtors:
        was = max(last.get(debtor.id, 1), _later_version(recorded.get(debtor.id), secret, debtor))
        if was > debtor.link_version:
            problems.append(_lowered(debtor, was))
    return problems


def _later_version(token: str | None, secret: str, debtor: Debtor) -> int:
    """The version above the debtor's `link_version` whose link is `token` (their link in the last claims.json);
    0 for none. Only a link that changed is searched: a raised version, or a lowered one, once."""
    if token is None or token == statement_token(secret, debtor.id, debtor.link_version):
        return 0
    later = range(debtor.link_version + 1, LAST_LINK_VERSION + 1)
    return next((version for version in later if statement_token(secret, debtor.id, version) == token), 0)


def _lowered(debtor: Debtor, was: int) -> Problem:
    why = (
        f"lower than at the last build ({was}): the link it replaced, the one that reached someone else, would "
        f"work again; write link_version: {was} (or one higher, a new link to send)"
    )
    if debtor.link_version_source is None:  # taken out: 1 again
        return Problem(debtor.id_source or debtor.source, "link_version", f"is not written (so 1), {why}")
    return Problem(debtor.link_version_source, "link_version", f"is {why}")


def _first_five(said: list[str]) -> str:
    """The first five of a list the log names, and "..." for more: a log line stays a line at 100,000 debtors."""
    return ", ".join(said[:5]) + (", ..." if len(said) > 5 else "")


def _recorded_links(internal: Path) -> set[str] | None:
    """The tokens of the links the last build's claims.json lists, read a line at a time (200 MB at 100,000
    debtors); None when it cannot be read or is not a build's."""
    if not (internal / MARKER).is_file():
        return None
    try:
        with (internal / "claims.json").open(encoding="utf-8") as claims:
            return {found[1] for line in claims if (found := _URL_LINE.match(line))}
    except (OSError, UnicodeDecodeError):
        return None


def _recorded_links_by_id(internal: Path) -> dict[str, str]:
    """Each claim's link token in the last build's claims.json, by debtor id, read a line at a time: a claim's
    own fields are written six spaces in (its id before its url: sorted keys); empty when none can be read."""
    if not (internal / MARKER).is_file():
        return {}
    found: dict[str, str] = {}
    debtor_id = None
    try:
        with (internal / "claims.json").open(encoding="utf-8") as claims:
            for line in claims:
                if (named := _CLAIM_ID_LINE.match(line)) is not None:
                    debtor_id = named[1]
                elif debtor_id is not None and (link := _CLAIM_URL_LINE.match(line)) is not None:
                    found[debtor_id] = link[1]
    except (OSError, UnicodeDecodeError):
        return {}
    return found


def _links_problem(
    published: set[str], where: str, debtors: Sequence[Debtor], secret: str, new_secret: bool
) -> str | None:
    """Why a build must not run whose secret gives none of the links `where` holds (nor the demo's), or with
    --new-secret gives the same ones."""
    same = _any_link(published, debtors, secret)
    if new_secret:
        if not same:
            return None
        return (
            f"--new-secret, but INCASSO_SECRET gives the personal links {where} already has: no link would "
            "change. Set the new secret where this build reads it (the nightly build's environment)"
        )
    if same or _any_link(published, debtors, DEMO_SECRET):
        return None
    if secret == DEMO_SECRET:
        return (
            f"INCASSO_SECRET is not set, but the personal links in {where} were made with a secret (the staff "
            "output holds no readable record of it, build.json): set INCASSO_SECRET as the nightly build has it"
        )
    return (
        f"INCASSO_SECRET gives none of the {len(published)} personal links in {where}, and the staff output "
        "holds no readable record of the secret the last build used (build.json): every link already sent would stop "
        "working. Set the secret they were made with, or, to change it on purpose, build with --new-secret and "
        "send every debtor their new link"
    )


def _any_link(published: set[str], debtors: Sequence[Debtor], secret: str) -> bool:
    """Whether `secret` gives any of the `published` links: each debtor's of this `link_version` or an earlier
    one (raised since the last build), not only the first (a ledger whose every page has a later link)."""
    versions = ((debtor.id, version) for debtor in debtors for version in range(1, debtor.link_version + 1))
    return any(statement_token(secret, debtor_id, version) in published for debtor_id, version in versions)


def secret_changed_problem(previous: PreviousBuild | None, secret: str) -> str | None:
    """Why a build must not replace the previous one's links: they were made with another real secret."""
    if previous is None or previous.links in (links_fingerprint(secret), links_fingerprint(DEMO_SECRET)):
        return None  # the same secret, or a demo before it: no link sent is lost
    if secret.strip() != secret and previous.links == links_fingerprint(secret.strip()):
        return (
            "INCASSO_SECRET starts or ends with a space or a line break (copied with it?); without it, it is the "
            "secret the last build made its links with: remove it (--new-secret would change every link)"
        )
    if secret == DEMO_SECRET:
        return (
            "INCASSO_SECRET is not set, but the last build made its personal links with a secret: this build "
            "would change every link already sent and make the new ones from the demo's public secret. Set "
            "INCASSO_SECRET as the nightly build has it"
        )
    return (
        "INCASSO_SECRET is not the secret the last build made its personal links with: every link already sent "
        "would stop working. Set the same secret, or, to change it on purpose (it leaked), build with --new-secret "
        "and send every debtor their new link"
    )
