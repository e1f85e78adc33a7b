"""A file the night did not change keeps its time: each file of the new public output whose bytes are those of
the previous output's file at the same place gets that file's modification time, just before the swap.

A build writes every file anew. Without this, a file no night changes (the style sheet, the terms, `404.html`),
and every file of a build run again as of the same day (a retry, a second build after a mended ledger), would
carry the time of the latest build. Whatever copies the site by time and size (`rsync -a`, as the README's
hosting table has it, `aws s3 sync`, an FTP mirror) would then copy it again, and a web server would give it a
new Last-Modified and ETag. Bytes decide, never a time: a file with other bytes keeps the time it was written.

A statement page names the day it was built as of, so on a new day every one differs: their folder (one a
debtor, 10,000 of them on a large ledger, about 0.3 s to compare) is compared only when the previous build was
of the same day. Only the public output: it is what is copied to a host night after night. The staff output
is copied into a new folder each night (docs/cli.md, "A nightly job of your own"), where no time counts.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from incasso.audit.tree import TOP_FOLDERS

from .previous import read_record

_BLOCK = 1 << 16
STATEMENTS = TOP_FOLDERS[0]  # s/<token>/index.html
MISSING_PAGE = "index.html"  # s/index.html: the missing page again, so that no server lists s/


def keep_unchanged_times(new: tuple[Path, Path], previous: tuple[Path, Path]) -> int:
    """`new`: this build's public and staff outputs, not yet swapped in; `previous`: the outputs they replace.
    Gives each regular file of the new public output whose bytes equal those of the regular file at the same
    place in the previous one that file's access and modification times; how many got them. Links are left."""
    (output, internal), (previous_output, previous_internal) = new, previous
    if not previous_output.is_dir():  # a first build
        return 0
    tonight, last = read_record(internal)[0], read_record(previous_internal)[0]
    same_day = tonight is not None and last is not None and tonight.as_of == last.as_of
    return _keep_in(str(output), str(previous_output), pages=same_day)


def _keep_in(new: str, previous: str, pages: bool = True) -> int:
    """keep_unchanged_times for one folder and those in it; of the statement pages' folder (s/) its missing page
    alone (s/index.html) unless `pages`. By DirEntry: one status call a file on each side (os.walk, with a path
    made relative for each file, took three times as long)."""
    kept = 0
    with os.scandir(new) as entries:
        for entry in entries:
            before = os.path.join(previous, entry.name)
            if entry.is_dir(follow_symlinks=False):
                if entry.name == STATEMENTS and not pages:  # not even listed: 10,000 folders take 30 ms
                    kept += _kept(os.path.join(entry.path, MISSING_PAGE), os.path.join(before, MISSING_PAGE))
                else:
                    kept += _keep_in(entry.path, before)
            elif entry.is_file(follow_symlinks=False):
                kept += _kept(entry.path, before)
    return kept


def _kept(made: str, before: str) -> int:
    """1 when the file `made` got the times of the file `before`, both regular files of the same bytes; else 0."""
    new, old = _regular(made), _regular(before)
    if new is None or old is None or new.st_size != old.st_size or not _same_bytes(made, before):
        return 0
    os.utime(made, ns=(old.st_atime_ns, old.st_mtime_ns), follow_symlinks=False)
    return 1


def _regular(path: str) -> os.stat_result | None:
    """The file's status when it is a regular file (not a link, not a folder); None otherwise or when missing."""
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return status if stat.S_ISREG(status.st_mode) else None


def _same_bytes(made: str, before: str) -> bool:
    """Whether two files of one size hold the same bytes, read block by block."""
    try:
        with open(made, "rb") as a, open(before, "rb") as b:
            while True:
                block = a.read(_BLOCK)
                if block != b.read(_BLOCK):
                    return False
                if not block:
                    return True
    except OSError:  # unreadable: not known to be the same, so it keeps its new time
        return False
