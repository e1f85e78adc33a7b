"""`incasso build`: validate, run Pelican into fresh folders, then swap them in.

The build writes into temporary folders beside the real ones and replaces
the output only when everything succeeded, so a failed night leaves the
previous site as it was and no page of an earlier build lingers.

A build killed at any moment leaves the previous output or the new one,
never a mix: the swap is one atomic exchange of two folders where the system
offers it (Linux renameat2), else two renames whose gap the next build
repairs. The next build also removes the temporary folders of a killed one;
a lock file beside each output keeps two builds from writing at once.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import logging
import os
import shutil
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from pathlib import Path

from incasso.load import load_ledger
from incasso.problems import LedgerError
from incasso.tokens import secret_problem

REPO = Path(__file__).resolve().parents[2]
AT_FDCWD = -100
RENAME_EXCHANGE = 2  # linux/fs.h


class BuildBusy(Exception):
    """Another build holds the lock on this output."""


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


def _temporary(target: Path, kind: str) -> str:
    return f".{target.name}.{kind}-"


def _fresh(target: Path) -> Path:
    """A new empty folder beside the target (same file system, so a rename can swap them)."""
    tmp = Path(tempfile.mkdtemp(prefix=_temporary(target, "tmp"), dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)  # mkdtemp makes it 0700: the web server must read the public tree
    return tmp


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step; False where the system cannot (not Linux, old kernel, odd fs)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError, TypeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap(tmp: Path, target: Path) -> None:
    """Put the finished folder in the target's place; the previous output goes away."""
    if not target.exists():
        tmp.rename(target)
    elif _exchange(tmp, target):
        shutil.rmtree(tmp)  # after the exchange it holds the previous output
    else:
        # Killed between these two renames, the target is missing: _tidy puts the old one back.
        old = Path(tempfile.mkdtemp(prefix=_temporary(target, "old"), dir=target.parent))
        old.rmdir()
        target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)


def _tidy(target: Path) -> None:
    """Repair what a killed build left: restore a previous output caught mid-swap, drop temp folders."""
    olds = sorted(target.parent.glob(_temporary(target, "old") + "*"), key=lambda p: p.stat().st_mtime)
    if not target.exists() and olds:
        olds.pop().rename(target)
    for leftover in [*olds, *target.parent.glob(_temporary(target, "tmp") + "*")]:
        shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def _claimed(target: Path):
    """Hold the target's lock for the whole build, after tidying what a killed build left."""
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = os.open(target.parent / f".{target.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildBusy(f"another build is writing {target}; try again when it is done") from None
        _tidy(target)
        yield
    finally:
        os.close(lock)  # closing releases the lock; the kernel does the same for a killed build


def _unsafe_target(target: Path, keep: list[Path]) -> str | None:
    """Why replacing this folder would destroy something else, or None."""
    if target.exists() and not target.is_dir():
        return f"{target} exists and is not a folder"
    for path in keep:
        if target == path or target in path.parents:
            return f"{target} holds {path}: an output folder is replaced as a whole on every build"
    return None


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
    if internal == output or output in internal.parents or internal in output.parents:
        print("refused: the internal output and the public output must be separate folders, "
              "neither inside the other", file=sys.stderr)
        return 1
    keep = [Path.cwd(), Path(os.path.expanduser("~")), REPO, args.ledger.resolve(), settings_file.resolve()]
    for target in (output, internal):
        problem = _unsafe_target(target, keep)
        if problem:
            print(f"refused: {problem}", file=sys.stderr)
            return 1
    try:
        with ExitStack() as locks:
            locks.enter_context(_claimed(output))
            locks.enter_context(_claimed(internal))
            return _build_and_swap(args, settings_file, output, internal)
    except BuildBusy as busy:
        print(f"refused: {busy}", file=sys.stderr)
        return 1


def _build_and_swap(args, settings_file: Path, output: Path, internal: Path) -> int:
    tmp_output, tmp_internal = _fresh(output), _fresh(internal)
    previous = internal / "claims.json"
    incasso = {
        "LEDGER": str(args.ledger.resolve()),
        "AS_OF": args.as_of.isoformat() if args.as_of else None,
        "INTERNAL_OUTPUT": str(tmp_internal),
        "PREVIOUS_CLAIMS": str(previous) if previous.is_file() else None,
    }
    if getattr(args, "public_url", None):
        incasso["PUBLIC_URL"] = args.public_url
    try:
        try:
            base = _read_incasso(settings_file)
            errors = pelican_build(settings_file, {"OUTPUT_PATH": str(tmp_output),
                                                   "INCASSO": {**base, **incasso}})
        except SystemExit as refusal:  # a settings file that refuses to run (publishconf.py)
            errors = [str(refusal.code)]
        except Exception as error:  # noqa: BLE001 - any failure must leave the old output in place
            errors = [f"{type(error).__name__}: {error}"]
        if errors:
            for message in errors:
                print(f"error: {message}", file=sys.stderr)
            print("the build failed; the previous output was left as it was.", file=sys.stderr)
            return 1
        # Public first: a link in the staff's links.csv must never point at a page not yet out.
        _swap(tmp_output, output)
        _swap(tmp_internal, internal)
    finally:
        shutil.rmtree(tmp_output, ignore_errors=True)  # gone already after a swap
        shutil.rmtree(tmp_internal, ignore_errors=True)
    changes = internal / "changes.md"
    if changes.is_file():
        print(changes.read_text(encoding="utf-8"))
    pages = sorted(output.glob("s/*/index.html"))
    print(f"Statement pages (public): {len(pages)} in {output}/s/<token>/index.html")
    if pages and not args.production:  # a production link in a CI log would be a leak
        print(f"  open one in a browser: {pages[0]}")
    print(f"Staff overview (internal, never publish): {internal}/index.html")
    print(f"Personal links for mail merge: {internal}/links.csv")
    return 0


def _read_incasso(settings_file: Path) -> dict:
    from pelican.settings import read_settings

    return dict(read_settings(str(settings_file)).get("INCASSO") or {})
