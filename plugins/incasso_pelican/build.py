"""`incasso build`: validate, run Pelican into fresh folders, then swap them in.

The build writes into temporary folders beside the real ones and replaces
the output only when everything succeeded, so a failed night leaves the
previous site as it was and no page of an earlier build lingers.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from incasso.load import load_ledger
from incasso.problems import LedgerError
from incasso.tokens import secret_problem

REPO = Path(__file__).resolve().parents[2]


class _ErrorLog(logging.Handler):
    """Pelican logs some failures (a bad page, a template error) and carries on: collect them."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def _settings_file(args) -> Path:
    if args.settings:
        return args.settings
    name = "publishconf.py" if args.production else "pelicanconf.py"
    local = Path(name)
    return local if local.is_file() else REPO / name


def _fresh(target: Path) -> Path:
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    return tmp


def _swap(tmp: Path, target: Path) -> None:
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def pelican_build(settings_file: Path, override: dict) -> list[str]:
    """Run Pelican once; return the errors it logged (empty when it succeeded)."""
    from pelican import Pelican
    from pelican.settings import read_settings

    errors = _ErrorLog()
    logging.getLogger().addHandler(errors)
    try:
        settings = read_settings(str(settings_file), override=override)
        Pelican(settings).run()
    finally:
        logging.getLogger().removeHandler(errors)
    return errors.messages


def run_build(args) -> int:
    from incasso.cli import _report

    try:
        load_ledger(args.ledger)  # refuse a bad ledger before anything is touched
    except LedgerError as error:
        return _report(error)
    if args.production:
        problem = secret_problem(os.environ.get("INCASSO_SECRET"))
        if problem:
            print(f"refused: {problem}; nothing was built or published.", file=sys.stderr)
            return 1
    settings_file = _settings_file(args)
    output, internal = args.output.resolve(), args.internal_output.resolve()
    if internal == output or output in internal.parents:
        print("refused: the internal output must not lie inside the public output", file=sys.stderr)
        return 1
    tmp_output, tmp_internal = _fresh(output), _fresh(internal)
    previous = internal / "claims.json"
    incasso = {
        "LEDGER": str(args.ledger.resolve()),
        "AS_OF": args.as_of.isoformat() if args.as_of else None,
        "INTERNAL_OUTPUT": str(tmp_internal),
        "PREVIOUS_CLAIMS": str(previous) if previous.is_file() else None,
    }
    base = _read_incasso(settings_file)
    try:
        errors = pelican_build(settings_file, {"OUTPUT_PATH": str(tmp_output),
                                               "INCASSO": {**base, **incasso}})
    except Exception as error:  # noqa: BLE001 - any failure must leave the old output in place
        errors = [f"{type(error).__name__}: {error}"]
    if errors:
        shutil.rmtree(tmp_output, ignore_errors=True)
        shutil.rmtree(tmp_internal, ignore_errors=True)
        for message in errors:
            print(f"error: {message}", file=sys.stderr)
        print("the build failed; the previous output was left as it was.", file=sys.stderr)
        return 1
    _swap(tmp_output, output)
    _swap(tmp_internal, internal)
    changes = internal / "changes.md"
    if changes.is_file():
        print(changes.read_text(encoding="utf-8"))
    print(f"Statement pages (public): {output}/s/<token>/index.html")
    print(f"Staff overview (internal, never publish): {internal}/index.html")
    print(f"Personal links for mail merge: {internal}/links.csv")
    return 0


def _read_incasso(settings_file: Path) -> dict:
    from pelican.settings import read_settings

    return dict(read_settings(str(settings_file)).get("INCASSO") or {})
