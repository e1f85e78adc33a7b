"""What a desktop leaves in a staff output opened on a share, and what a build does with it.

Someone who opens the staff output in Finder or Explorer (on a share, in a synced folder) leaves files no
build wrote: Finder's view settings (.DS_Store) and, on a share that keeps no extended attributes, its
AppleDouble files (._links.xlsx); Explorer's thumbnails (Thumbs.db) and folder settings (desktop.ini). They
are nobody's work, yet not the build's to delete: a build carries each into the new staff output, at its
place, and says so; one whose folder the new output no longer has goes with that folder, said as well.

An Office lock file is another matter: `~$links.xlsx` (Excel, Word) or `.~lock.links.xlsx#` (LibreOffice)
says that someone has links.xlsx open now. Replaced under them, the folder their next save goes to is the
new output: the old workbook over the new one, or a save that fails. So the build is refused as busy
(exit 75, try again later) while one is there, at the start and again just before the swap, said with who
has the file open and since when where the lock file names them (lock_owner.py): whom the operator asks.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from .lock_owner import Owner, lock_owner

# Compared case-blind: Windows writes Thumbs.db, a share may hand it on as THUMBS.DB.
DESKTOP_NAMES = frozenset((".ds_store", "thumbs.db", "desktop.ini"))
APPLE_DOUBLE = "._"  # Finder's file beside each file it touched on a share without extended attributes
OFFICE_LOCK = "~$"  # Microsoft Office: ~$ and the file's name (Word shortens a long one)
LIBRE_LOCK = (".~lock.", "#")  # LibreOffice: .~lock.<name>#
SHOWN = 5  # lock files named in a refusal; the rest counted
PRIVATE_FILE = 0o600  # as publish.PRIVATE_FILE: a carried file is the staff output's, readable by its owner


def desktop_file(name: str) -> bool:
    """Whether a file of this name is one a desktop writes into a folder opened on it."""
    return name.casefold() in DESKTOP_NAMES or name.startswith(APPLE_DOUBLE)


def office_lock(name: str) -> bool:
    """Whether a file of this name is an Office lock file: someone has a file beside it open now."""
    return name.startswith(OFFICE_LOCK) or name.startswith(LIBRE_LOCK[0]) and name.endswith(LIBRE_LOCK[1])


def left_by_desktop(path: Path) -> bool:
    """Whether what is at `path` is neither the build's nor anyone's work: a desktop file (a plain file: a folder
    named ._notes is someone's) or an Office lock file (refused as open before anything else, whatever it is)."""
    return office_lock(path.name) or desktop_file(path.name) and path.is_file() and not path.is_symlink()


def _everything(folder: Path) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """Every entry in `folder` and below, by its path relative to it; links are not followed."""
    pending = [(folder, "")]
    while pending:
        parent, relative = pending.pop()
        try:
            entries = list(os.scandir(parent))
        except OSError:  # gone or unreadable: nothing of it is carried, nor is it open
            continue
        for entry in entries:
            path = f"{relative}{entry.name}"
            yield path, entry
            if entry.is_dir(follow_symlinks=False):
                pending.append((Path(entry.path), f"{path}/"))


def open_in_office(folder: Path) -> str | None:
    """Why a build must not replace `folder` now: the Office lock files in it, each with the file it says is
    open and, where the lock file names them, who has it open and since when (lock_owner); None when there is
    none (or no folder)."""
    locks = sorted(path for path, entry in _everything(folder) if office_lock(entry.name))
    if not locks:
        return None
    owners = {path: lock_owner(folder / path) for path in locks[:SHOWN]}
    more = f" and {len(locks) - SHOWN} more" if len(locks) > SHOWN else ""
    files, them = ("a file", "it") if len(locks) == 1 else ("files", "them")
    named = [owner.name for owner in owners.values() if owner is not None]
    if named:  # who to ask: the night's log says it, so that the operator need not find out
        shown = "; ".join(_open_by(path, owner) for path, owner in owners.items()) + more
        close = f"Ask {_whom(named, len(named) < len(locks))} to close {them}"
    else:
        shown = (
            ", ".join(f"{_opened(path)} ({path})" for path in owners)
            + f"{more}, by the lock file Office keeps beside a file open"
        )
        close = f"Close {them}"
    return (
        f"{folder} has {files} open in Office now: {shown}. A build replaces the folder as a whole, and a save then "
        f"puts the old file over the new one, or fails. {close}, then try again (a lock file left by an Office that "
        "stopped, with its file open nowhere, may be deleted)"
    )


def _open_by(lock: str, owner: Owner | None) -> str:
    """One lock file, said with who has its file open ("links.xlsx is open in Excel by ... since ...")."""
    if owner is None:
        return f"{_opened(lock)} (lock file {lock})"
    since = f" since {owner.since}" if owner.since else ""
    return f"{_opened(lock)} is open in {owner.program} by {owner.name}{since} (lock file {lock})"


def _whom(names: list[str], others: bool) -> str:
    """Who to ask to close the files: each name once, and the others' unnamed holders when there are any."""
    unique = list(dict.fromkeys(names))
    said = ", ".join(unique[:-1]) + f" and {unique[-1]}" if len(unique) > 1 else unique[0]
    return f"{said}, and whoever has the others open," if others else said


def _opened(lock: str) -> str:
    """The file a lock file says is open, by its name: Word shortens a long one's (then said as `...rest`)."""
    folder, _, name = lock.rpartition("/")
    if name.startswith(OFFICE_LOCK):
        opened = name.removeprefix(OFFICE_LOCK)
    else:
        opened = name.removeprefix(LIBRE_LOCK[0]).removesuffix(LIBRE_LOCK[1])
    return f"{folder}/{opened}" if folder else opened


def desktop_files(folder: Path) -> list[str]:
    """The desktop files in `folder` and below (plain files only, not a link by such a name), by their paths."""
    return sorted(
        path for path, entry in _everything(folder) if desktop_file(entry.name) and entry.is_file(follow_symlinks=False)
    )


@dataclass(frozen=True, slots=True)
class Carried:
    """What became of the previous staff output's desktop files, by their paths in it (`carry`)."""

    carried: list[str] = field(default_factory=list)  # copied into the new output, each to its place
    gone: list[str] = field(default_factory=list)  # their folder is not in the new output: they go with the old
    # Those this build may not read (a share's file of another user): they go with the old output too, said with
    # why, rather than stop the night over a file that is nobody's work.
    unread: list[str] = field(default_factory=list)


def carry(previous: Path, new: Path) -> Carried:
    """Copy the previous output's desktop files into the new one, each to its place."""
    done = Carried()
    for path in desktop_files(previous):
        target = new / path
        if not target.parent.is_dir() or target.parent.is_symlink():
            done.gone.append(path)
            continue
        if target.exists() or target.is_symlink():  # the build wrote this name itself: its own stays
            continue
        try:
            shutil.copy2(previous / path, target)
        except OSError as error:
            target.unlink(missing_ok=True)  # a copy begun: no half of it stays
            done.unread.append(f"{path} ({error.strerror or error})")
            continue
        target.chmod(PRIVATE_FILE)
        done.carried.append(path)
    return done


def clear(folder: Path) -> None:
    """Empty a folder that Pelican run by hand writes again in place, but for the desktop files in it (and the
    folders that hold them): `incasso build` carries them, and a run by hand keeps them where they are."""
    if not folder.is_dir() or folder.is_symlink():
        shutil.rmtree(folder, ignore_errors=True)
        return
    for entry in list(os.scandir(folder)):
        if entry.is_dir(follow_symlinks=False):
            clear(Path(entry.path))
            _remove_if_empty(Path(entry.path))
        elif not desktop_file(entry.name) or entry.is_symlink():
            Path(entry.path).unlink(missing_ok=True)


def _remove_if_empty(folder: Path) -> None:
    with suppress(OSError):  # it keeps a desktop file
        folder.rmdir()
