"""Publishing an output folder safely: built aside, swapped in whole, one build at a time.

A build writes into temporary folders beside the real ones and replaces the
output only when everything succeeded, so a failed night leaves the previous
site as it was and no page of an earlier build lingers.

A build killed at any moment leaves the previous output or the new one,
never a mix: the swap is one atomic exchange of two folders where the system
offers it (Linux renameat2), else two renames whose gap the next build
repairs. The next build also removes the temporary folders of a killed one;
a lock file beside each output keeps two builds from writing at once, and
an audit from reading an output a build is swapping (`read_claimed`).

A build replaces a folder only when an earlier build made it (it holds the
MARKER file, which every output carries) or when it is empty: a careless
`--output ledger/debtors` is refused, never emptied. The internal output
holds every debtor's data: it is made readable by its owner only.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path

from incasso.audit.tree import CONTENTS, MARKER, MARKER_TEXT, TOP_FOLDERS, kind_of
from incasso.processes import stops_held
from incasso.staff.exports import EXCEL_LINKS
from incasso.staff.overview_page import PAGE_FOLDERS
from incasso.staff.workbook import WORKBOOK_LINKS

from .desktop import left_by_desktop, open_in_office

AT_FDCWD = -100
RENAME_EXCHANGE = 2  # linux/fs.h

PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600
# The staff output's list of every file and folder a build wrote below its top (`record_files`): a scan
# a clerk saved in letters/ is named and kept, not deleted with the folder. Only in the staff output: a
# public one's list would name every statement's link.
FILES = ".incasso-files"
# In a staff output only, never a public one.
STAFF_FILES = ("links.csv", "build.json", "claims.json", EXCEL_LINKS, WORKBOOK_LINKS)
# Every name a build writes at the staff output's top (tests.site.test_build_safety holds a real build to
# it): never taken for someone's, whatever an older or half-written .incasso-contents says.
STAFF_NAMES = frozenset(
    (
        *STAFF_FILES,
        FILES,
        "changes.md",
        "changes.html",
        "confirmations.json",
        "ledger.cache",
        "index.html",
        "search-index.js",
        "d",
        "letters",
        "static",
        *PAGE_FOLDERS,
    )
)


class BuildBusy(Exception):
    """Another build holds the lock on this output, or an audit reads it."""


class OutputBusy(Exception):
    """A build holds the lock on the output an audit would read."""

    def __init__(self, target: Path) -> None:
        super().__init__(f"a build is writing {target}")
        self.target = target


class StoppedAfterSwap(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP came while the outputs were swapped in, and is acted on now that they are:
    the outputs are this build's. A KeyboardInterrupt, so that whatever ends a stopped command ends
    this one; its `after_swap` tells the command line to say the outputs are new."""

    after_swap = True

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _temporary(target: Path, kind: str) -> str:
    return f".{target.name}.{kind}-"


def fresh(target: Path, private: bool = False) -> Path:
    """A new empty folder beside the target (same file system, so a rename can swap them).

    mkdtemp makes it 0700, which a private output keeps; a public one gets the
    umask's mode, so the web server can read it.
    """
    tmp = Path(tempfile.mkdtemp(prefix=_temporary(target, "tmp"), dir=target.parent))
    if not private:
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o777 & ~umask)
    return tmp


def make_below(root: str, relative: str) -> None:
    """Make the folder `relative` (a path inside the output folder `root`) and those between, never `root`: a
    writer late for a build that was stopped and deleted its temporary folders fails (FileNotFoundError),
    rather than make `root` again, unmarked, with what it writes in it (which `tidy` must leave alone)."""
    if not relative:
        return
    folder = os.path.join(root, relative)
    try:
        os.mkdir(folder)
    except FileExistsError:
        return
    except FileNotFoundError:
        parent = os.path.dirname(relative)
        if not parent:
            raise  # `root` itself is gone
        make_below(root, parent)
        with suppress(FileExistsError):
            os.mkdir(folder)


# Deleting an output is waiting for the disk, not work for a core: unlinked one after another, each of the
# 28,000 files of a 10,000-debtor night's two outputs waits for the file system in turn, from several threads
# the waits overlap (on this project's machine, its disk busy with other builds: 75 and 84 s one after
# another, 3.0 and 3.3 s from 8 threads; BENCHMARKS.md, session 40).
_DELETERS = 8


def remove_made(folder: Path) -> None:
    """Delete a folder a build made, its MARKER last: a delete killed half-way leaves a folder still
    marked, which the next build's `tidy` may finish (it deletes nothing unmarked)."""
    if not folder.is_dir() or folder.is_symlink():
        return
    entries = [entry for entry in os.scandir(folder) if entry.name != MARKER]
    _empty_all([Path(entry.path) for entry in entries if entry.is_dir(follow_symlinks=False)])
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


def _empty_all(folders: list[Path]) -> None:
    """Delete what the folders hold, in several threads (the folders themselves stay for the caller)."""
    inside = [entry for folder in folders for entry in _listed(folder)]
    if not inside:
        return
    with ThreadPoolExecutor(min(_DELETERS, len(inside))) as deleters:
        for _ in deleters.map(_delete, inside, chunksize=64):  # an error (an interrupt too) is raised here
            pass


def _listed(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except OSError:  # gone or unreadable: the caller's rmtree says nothing either
        return []


def _delete(entry: os.DirEntry[str]) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path, ignore_errors=True)
    else:
        with suppress(OSError):
            os.unlink(entry.path)


def mark(folder: Path) -> None:
    """Say in the folder that a build made it, so the next build may replace it."""
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def record_contents(folder: Path) -> None:
    """Write down what the build put at the folder's top, just before it goes out: the next build
    replaces the folder only while it holds nothing more (see `foreign`)."""
    names = sorted(entry.name for entry in os.scandir(folder) if entry.name not in (MARKER, CONTENTS))
    path = folder / CONTENTS
    path.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    if stat.S_IMODE(folder.stat().st_mode) == PRIVATE_FOLDER:
        path.chmod(PRIVATE_FILE)


def record_files(folder: Path) -> None:
    """Write down every file and folder below the staff output's top (its top is in CONTENTS)."""
    written = sorted(_below_top(folder))
    path = folder / FILES
    path.write_text("".join(f"{name}\n" for name in written), encoding="utf-8")
    path.chmod(PRIVATE_FILE)


def _below_top(folder: Path, tops: frozenset[str] | None = None) -> Iterator[str]:
    """The relative paths of everything inside the folders at `folder`'s top (of those named `tops`, if
    given), links not followed."""
    for top in os.scandir(folder):
        if not top.is_dir(follow_symlinks=False) or tops is not None and top.name not in tops:
            continue
        for parent, dirs, names in os.walk(top.path):
            relative = os.path.relpath(parent, folder)
            yield from (f"{relative}/{name}" for name in dirs + names)


def _not_written_below(folder: Path) -> list[str]:
    """What a staff output holds below its top that its last build did not write (a scan saved in
    letters/), or nothing when it has no list of what was written (an output from before it)."""
    try:
        written = set((folder / FILES).read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return []
    # Inside the folders a build writes: another folder at the top is named as a whole already. What a desktop
    # left (desktop.py) is no one's work: carried, or refused as open, but not named as someone's.
    below = _below_top(folder, STAFF_NAMES)
    found = {name for name in below if name not in written and not left_by_desktop(folder / name)}
    # A folder that is not written down is named alone, not with everything in it.
    return sorted(name for name in found if not any(parent in found for parent in _parents(name)))


def _parents(name: str) -> Iterator[str]:
    parts = name.split("/")
    return ("/".join(parts[:i]) for i in range(1, len(parts)))


def foreign(folder: Path) -> list[str]:
    """What a folder an earlier build made holds at its top that no build wrote: put there since (a .git
    to deploy from, a CNAME, notes), and lost if the folder were replaced: in a public output what its
    list (CONTENTS) does not name, or, without one (an output from before it), what the audit would
    not take for the site's own; in a staff output what is neither in its list nor one of the names a
    build writes there (a run stopped half-way wrote some before its list), nor what a desktop left (desktop.py)."""
    try:
        written = set((folder / CONTENTS).read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        written = None
    names = sorted(entry.name for entry in os.scandir(folder) if entry.name not in (MARKER, CONTENTS))
    if (folder / "s").is_dir() and not any((folder / name).exists() for name in STAFF_FILES):  # a public one
        return [name for name in names if name not in written] if written is not None else _not_pages(names)
    # A staff output's names are fixed: a run stopped half-way wrote some before its list.
    top = [
        name
        for name in names
        if name not in STAFF_NAMES and (written is None or name not in written) and not left_by_desktop(folder / name)
    ]
    return top + _not_written_below(folder)


def _not_pages(names: list[str]) -> list[str]:
    """The names at a public output's top that the audit would not take for the site's own."""
    return [n for n in names if n.startswith(".") or kind_of(n) is None and n not in TOP_FOLDERS]


def _marked(folder: Path) -> bool:
    """Whether a build marked the folder: its MARKER, a file holding the fixed sentence."""
    marker = folder / MARKER
    if not marker.is_file() or marker.is_symlink():
        return False
    try:
        return marker.read_bytes() == MARKER_TEXT.encode("utf-8")
    except OSError:
        return False


def make_private(folder: Path) -> None:
    """Folders 0700 and files 0600 throughout: a copy that keeps modes stays private too."""
    folder.chmod(PRIVATE_FOLDER)
    for parent, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(parent) / name
            if not path.is_symlink():
                path.chmod(PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def not_ours(folder: Path) -> str | None:
    """Why a build must not replace or write into this folder, or None.

    Missing, empty, or made by an earlier build (it holds MARKER): anything
    else is someone's folder, and a build replaces its output as a whole.
    """
    if not folder.exists() and not folder.is_symlink():
        return None
    if not folder.is_dir():
        return f"{folder} exists and is not a folder"
    if _marked(folder):
        # A lock file (a file open in Office) is no one's to move out, nor this function's to say: `in_use`,
        # which each caller asks first (busy, not refused), scans for it once.
        kept = foreign(folder)
        if not kept:
            return None
        shown = ", ".join(kept[:5]) + (f" and {len(kept) - 5} more" if len(kept) > 5 else "")
        them = "it" if len(kept) == 1 else "them"
        return (
            f"{folder} is an earlier build's output, but holds {shown}, which no build wrote: a build replaces "
            f"the folder as a whole and would delete {them}. Move {them} out, then build again (a deploy that "
            "needs a .git or a CNAME beside the pages copies the output into a folder of its own first)"
        )
    try:
        empty = next(folder.iterdir(), None) is None
    except OSError as error:
        return f"{folder} cannot be read ({error.strerror})"
    if empty:
        return None
    marker = folder / MARKER
    why = f"its {MARKER} is not a build's marker" if marker.exists() else f"it has no {MARKER} file"
    return (
        f"{folder} is not empty and no earlier build made it ({why}): "
        "a build replaces its output folder as a whole, so it takes only an empty folder "
        "or an earlier output; choose another folder"
    )


def in_use(folder: Path) -> str | None:
    """Why an earlier build's output must not be replaced now, a refusal as busy: a file in it is open in Office
    (desktop.open_in_office). None for any other folder: not_ours says what it is."""
    return open_in_office(folder) if _marked(folder) else None


def exchange(a: Path, b: Path) -> bool:
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


def swap(tmp: Path, target: Path) -> Path | None:
    """Put the finished folder in the target's place; return the folder that now holds the previous
    output, for the caller to remove once both outputs are in (deleting a large tree takes seconds,
    and a kill then must not find one output new and the other old), or None when there was none."""
    if not target.exists():
        tmp.rename(target)
        return None
    if exchange(tmp, target):
        return tmp  # after the exchange it holds the previous output
    # Killed between these two renames, the target is missing: _tidy puts the old one back.
    old = Path(tempfile.mkdtemp(prefix=_temporary(target, "old"), dir=target.parent))
    old.rmdir()
    target.rename(old)
    tmp.rename(target)
    return old


def signals_held() -> AbstractContextManager[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait while the outputs are swapped, then raise StoppedAfterSwap.

    A stop between the two swaps would leave tonight's public pages beside last night's staff
    output (its links.csv, its record of the links' secret), or, between an output's two renames,
    no public output at all: the pair goes in whole, or not at all. A signal ignored (SIGHUP under
    `nohup`) stays ignored.
    """
    return stops_held(_stopped_after_swap)


def _stopped_after_swap(signum: int) -> None:
    raise StoppedAfterSwap(signum)


def tidy(target: Path) -> None:
    """Repair what a killed build left: restore a previous output caught mid-swap, drop temp folders.

    Only folders a build made (empty, or holding its MARKER: a build marks its folders before it writes
    in them): one named like them that someone else made is left alone.
    """
    made = [p for p in target.parent.glob(_temporary(target, "old") + "*") if _made(p)]
    olds = sorted(made, key=lambda p: p.stat().st_mtime)
    if not target.exists() and olds:
        olds.pop().rename(target)
    temporary = [p for p in target.parent.glob(_temporary(target, "tmp") + "*") if _made(p)]
    for leftover in [*olds, *temporary]:
        remove_made(leftover)


def _made(folder: Path) -> bool:
    """A leftover of a killed build: a folder it made (empty, or marked before anything was written)."""
    return folder.is_dir() and not folder.is_symlink() and (_marked(folder) or next(folder.iterdir(), None) is None)


def wrong_kind(target: Path, public: bool) -> str | None:
    """Why an earlier build's output must not take the other kind of output: --output and
    --internal-output given the other way round would put the staff's files where the public
    ones were published (and read no record of the last build's secret or day)."""
    if not _marked(target):
        return None
    if public and any((target / name).exists() for name in STAFF_FILES):
        return (
            f"{target} is an earlier build's staff output (it holds {STAFF_FILES[0]}), not a public one: "
            "--output and --internal-output may have been given the other way round"
        )
    if not public and (target / "s").is_dir() and not (target / STAFF_FILES[0]).exists():
        return (
            f"{target} is an earlier build's public output (it holds s/, the statement pages), not the staff "
            "output: --output and --internal-output may have been given the other way round"
        )
    return None


@contextmanager
def claimed(target: Path) -> Iterator[None]:
    """Hold the target's lock for the whole build, after tidying what a killed build left.

    A POSIX record lock (lockf), not flock: it belongs to this process alone.
    A forked page worker holds a copy of every open file (close-on-exec acts on
    exec only), and a copied flock kept the lock while an orphaned worker lived;
    a record lock is not inherited, and goes when this process ends, however.

    The lock file stays beside an output, except after a first build that made
    nothing (a bad ledger, a refusal; no output holds the marker): then it goes,
    with the folders made for it, so that "nothing was built" leaves nothing behind.
    """
    made = _missing(target.parent)
    path = lock_file(target)
    lock, created = _locked(path, target)
    try:
        tidy(target)
        yield
    except BaseException:
        if created and not (target / MARKER).exists() and _same_file(lock, path):
            # Still held, and still ours: a build that opened it meanwhile sees it gone and makes its own.
            path.unlink(missing_ok=True)
            for folder in made:
                _remove_if_empty(folder)
        raise
    finally:
        os.close(lock)  # closing releases the lock; the kernel does the same for a killed build


@contextmanager
def read_claimed(target: Path) -> Iterator[None]:
    """Hold the target's lock shared while an audit reads it: OutputBusy while a build writes it.

    The build's own lock, shared: audits read side by side, and a build is refused (BuildBusy) until
    the last one is done, as an audit is while a build holds it; nobody waits. A record lock, as the
    build's: it goes with the audit's process however that ends, so a killed audit's lock is no more
    stale than a killed build's. The audit makes the lock file only beside a build's output that has
    none (a copied tree), and never removes one: the file stays beside an output, as a build leaves it.
    """
    lock = _read_locked(lock_file(target), target)
    try:
        yield
    finally:
        if lock is not None:
            os.close(lock)


def lock_file(target: Path) -> Path:
    """The lock file beside an output: `.output.lock` beside `output`."""
    return target.parent / f".{target.name}.lock"


def _locked(path: Path, target: Path) -> tuple[int, bool]:
    """The lock file at `path`, opened and locked, and whether this build made it. A lock file taken
    away by a first build that made nothing, after this one opened it, is not the lock: then the
    one at `path` now is (or a new one)."""
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)  # again: a first build that failed may take it away
        try:
            lock, created = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644), True
        except FileNotFoundError:
            continue  # its folder went between the two
        except FileExistsError:
            try:
                lock, created = os.open(path, os.O_RDWR | os.O_CLOEXEC), False
            except FileNotFoundError:
                continue
        if not _took(lock, fcntl.LOCK_EX):
            raise BuildBusy(_busy_with(lock, target)) from None
        if _same_file(lock, path):
            return lock, created
        os.close(lock)


def _busy_with(lock: int, target: Path) -> str:
    """Who holds the lock a build could not take, in the refusal's words; closes `lock`. Audits hold it
    shared, a build alone: when a shared hold is still to be had, only audits hold it."""
    audits_only = _took(lock, fcntl.LOCK_SH)
    os.close(lock)  # and with it the shared hold taken to ask
    if audits_only:
        # `incasso check --internal-output` holds it as an audit does: the lock cannot tell them apart.
        return f"an audit or a check is reading {target}; try again when it is done"
    return f"another build is writing {target}; try again when it is done"


def _took(lock: int, how: int) -> bool:
    """Whether the record lock `how` was taken at once (never waits); `lock` is closed on any other error."""
    try:
        fcntl.lockf(lock, how | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EAGAIN):
            os.close(lock)
            raise
        return False
    return True


def _read_locked(path: Path, target: Path) -> int | None:
    """The lock file at `path`, opened and held shared; None where there is no lock to hold: no lock file
    and no build's output (nothing a build writes), or a folder this user cannot write (a read-only copy:
    no build of this user writes there either)."""
    while True:
        try:
            lock = _opened_to_read(path, target)
        except OSError as error:
            if error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            return None
        if lock is None:
            return None
        if not _took(lock, fcntl.LOCK_SH):
            os.close(lock)
            raise OutputBusy(target)
        if _same_file(lock, path):  # not one a failed first build took away meanwhile
            return lock
        os.close(lock)


def _opened_to_read(path: Path, target: Path) -> int | None:
    """The lock file at `path` opened, made first beside a build's output that has none."""
    while True:
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            if not (target / MARKER).is_file():
                return None
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
        except FileExistsError:
            continue  # a build made it meanwhile: open that one


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _missing(folder: Path) -> list[Path]:
    """The folders of `folder`'s path that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_if_empty(folder: Path) -> None:
    with suppress(OSError):  # something was put in it meanwhile: it stays
        folder.rmdir()


def unsafe_target(target: Path, keep: Mapping[Path, str]) -> str | None:
    """Why replacing this folder would destroy something else (a folder of `keep`, by its name), or None."""
    if target.exists() and not target.is_dir():
        return f"{target} exists and is not a folder"
    if target.is_dir() and os.path.ismount(target):
        # Refused before the work, not at the swap: a mount point cannot be renamed or exchanged.
        return f"{target} is a mount point, which a build cannot swap whole: point the output at a folder inside it"
    for path, name in keep.items():
        if target == path:
            return f"{target} is {name}: an output folder is replaced as a whole on every build"
        if target in path.parents:
            return f"{target} holds {name} ({path}): an output folder is replaced as a whole on every build"
    return not_ours(target)
