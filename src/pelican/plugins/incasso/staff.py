"""The staff overview: written to INTERNAL_OUTPUT only, never inside the public output.

Pelican's writer writes into OUTPUT_PATH, the public site, so this generator
renders with its own Jinja environment (autoescape on) from
theme/templates/internal/, writes its files itself and copies its own CSS and
script from theme/static_internal/ (Pelican copies theme/static to the public
output; nothing of the staff pages may travel with it).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pelican.generators import Generator

from incasso import fmt
from incasso.claims.claim import Claim, is_closed, statement_visible
from incasso.claims.notices import claims_rate_notices
from incasso.law.money import plain
from incasso.law.rates import RATES_KNOWN_UNTIL
from incasso.staff import words as staff_text
from incasso.staff.ageing import BUCKETS, ageing, chart
from incasso.staff.changes import changes_markdown, compare, parse_previous
from incasso.staff.explain import what_next, why_stage
from incasso.staff.exports import claims_document, claims_json, links_csv, links_rows
from incasso.staff.overview import (
    DOSSIER_DIR,
    FLAG_KINDS,
    Flag,
    dossier_path,
    flags,
    personal_link,
    stage_groups,
    todays_work,
)

from .settings import current_build

TEMPLATES = Path("templates") / "internal"
STATIC = "static_internal"
WORDS = SimpleNamespace(**{name: getattr(staff_text, name) for name in dir(staff_text) if name.isupper()})


class StaffOutputRefused(Exception):
    """The internal output would land inside the public output."""


@dataclass(frozen=True)
class Row:
    """A claim with what the staff pages show beside it."""

    claim: Claim
    flags: tuple[Flag, ...]
    dossier: str  # path from the internal root
    link: str  # the personal link, "" when the debtor has no page

    @property
    def id(self) -> str:
        return self.claim.debtor.id


def staff_environment(theme: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(Path(theme) / TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters.update(
        money=fmt.money,
        number=fmt.number,
        day=fmt.day,
        short=fmt.short_day,
        plain=plain,
        iso=lambda d: d.isoformat() if d else "",
    )
    return env


def _check_apart(internal: Path, public: Path) -> None:
    if internal == public or public in internal.parents:
        raise StaffOutputRefused(f"the internal output {internal} lies inside the public output {public}")


class StaffGenerator(Generator):
    def generate_context(self):
        self.build = current_build(self.settings)

    def generate_output(self, writer):
        build = self.build
        internal = Path(build.settings["INTERNAL_OUTPUT"]).resolve()
        _check_apart(internal, Path(self.output_path).resolve())
        creditor = build.ledger.creditor
        policy = creditor.policy

        def url_of(claim):
            if not statement_visible(claim, policy):
                return ""
            return personal_link(build.settings["PUBLIC_URL"], build.path(claim))

        rows = {c.debtor.id: Row(c, flags(c, policy), dossier_path(c.debtor.id), url_of(c)) for c in build.claims}
        document = claims_document(build.claims, build.as_of, policy, url_of)
        previous, problem = self._previous(internal)
        changes = compare(previous, document, problem)
        env = staff_environment(self.theme)
        common = dict(
            t=WORDS, as_of=build.as_of, creditor=creditor, demo=build.demo, relative=not build.settings["PUBLIC_URL"]
        )
        files = {
            "index.html": env.get_template("index.html").render(common, root="", **self._overview(build, rows)),
            "claims.json": claims_json(document),
            "links.csv": links_csv(links_rows(build.claims, url_of)),
            "changes.md": changes_markdown(changes),
        }
        dossier = env.get_template("dossier.html")
        for row in rows.values():
            files[row.dossier] = dossier.render(
                common, root="../", row=row, why=why_stage(row.claim), next=what_next(row.claim, creditor)
            )
        # A dossier page of a debtor no longer in the ledger must not linger (Pelican run by hand
        # writes here in place; `incasso build` always starts from an empty folder).
        shutil.rmtree(internal / DOSSIER_DIR, ignore_errors=True)
        for path, text in sorted(files.items()):
            _write(internal / path, text.encode("utf-8"))
        static = Path(self.theme) / STATIC
        for source in sorted(p for p in static.rglob("*") if p.is_file()):
            _write(internal / "static" / source.relative_to(static), source.read_bytes())

    def _previous(self, internal: Path) -> tuple[dict | None, str | None]:
        """The previous build's claims.json: as the build names it, or (Pelican run by hand) in place."""
        path = self.build.settings.get("PREVIOUS_CLAIMS") or internal / "claims.json"
        if not Path(path).is_file():
            return None, None
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            return None, f"{type(error).__name__}: {error}"
        return parse_previous(text)

    @staticmethod
    def _overview(build, rows: dict[str, Row]) -> dict:
        table = ageing(build.claims)
        groups = stage_groups(build.claims)
        open_rows = [rows[c.debtor.id] for c in build.claims if not is_closed(c)]
        return dict(
            groups=[(g, [rows[c.debtor.id] for c in g.claims]) for g in groups],
            tasks=[(task, rows[task.claim.debtor.id]) for task in todays_work(build.claims, build.as_of)],
            flagged=sorted(
                ((f, r) for r in open_rows for f in r.flags),
                key=lambda fr: (FLAG_KINDS.index(fr[0].kind), -fr[1].claim.total_due, fr[1].id),
            ),
            ageing=table,
            bars=chart(table),
            buckets=BUCKETS,
            open_count=len(open_rows),
            outstanding=table.total,
            rate_notices=claims_rate_notices([c for c in build.claims if not is_closed(c)]),
            rates_known_until=fmt.day(RATES_KNOWN_UNTIL),
        )


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
