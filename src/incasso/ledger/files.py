"""Which files of a ledger folder are read, and how: nothing outside the ledger, nothing unseen.

Every entry under `debtors/` whose name ends in `.yaml` or `.yml` (in any case)
is either read as a debtor file or reported as a problem: a link that leaves
the ledger (refused unread), a broken link, a folder, a FIFO or a device.
Other entries are not read and are listed as notes, so that a debtor never
disappears without a word (only a regular file is opened to tell: never a FIFO,
a socket or a device); a debtor file's name with an ending after it
(`D-1004.yaml.txt`) and no debtor file of that name beside it is a problem, and so
are a name that is a slip (`D-1004.yaml `, `D-1004.ymal`) and a file that holds a debtor
under another name (`D-1004.txt`).
Hidden entries (a name starting with a dot) are left alone; a hidden file
named like a debtor file gets a note too.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from incasso.ledger.problems import Problem, Source

YAML_SUFFIXES = (".yaml", ".yml")
_COPY = re.compile(r"( - (kopie|copy)( \(\d+\))?| \(\d+\))$", re.IGNORECASE)  # how Windows names a copy


def is_copy_name(name: str) -> bool:
    """Whether a file's name is the one Windows gives a copy (`acme - kopie.yaml`, `acme (2).yaml`)."""
    return _COPY.search(name.rsplit(".", 1)[0]) is not None


_EXTRA_ENDING = re.compile(r"(.+\.ya?ml)(\.[^.]+|~)", re.IGNORECASE)  # D-1004.yaml.txt, D-1004.yml~
_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISDIR, "a folder"),
)


@dataclass
class Found:
    """The debtor files to read, in name order, the problems with entries that cannot be read,
    and notes on the entries left out."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def refuse(self, path: Path, message: str) -> None:
        self.problems.append(Problem(Source(str(path)), "", message))


def is_yaml_name(name: str) -> bool:
    return name.lower().endswith(YAML_SUFFIXES)


def debtor_files(root: Path, folder: Path) -> Found:
    """The debtor files under `folder` (sub-folders included), checked as described above."""
    found = Found()
    if not folder.is_dir():
        if folder.is_file():
            found.refuse(folder, "is a file, not a folder: debtor files go in a folder of this name; rename the file")
        else:
            found.refuse(folder, "is missing: debtor files go in this folder")
        return found
    inside = Path(os.path.realpath(root))
    problem = outside_problem(inside, folder)  # the folder itself a link out of the ledger: none of it is read
    if problem:
        found.refuse(folder, problem)
        return found
    _walk(inside, folder, found)
    found.files.sort()
    return found


def _walk(inside: Path, folder: Path, found: Found) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        found.refuse(folder, f"cannot be read: {error.strerror}")
        return
    names: set[str] = set()  # the entries' names in lower case, made the first time an odd name asks
    for entry in entries:
        path = Path(entry.path)
        named_yaml = is_yaml_name(entry.name)
        if entry.name.startswith("."):
            if named_yaml:
                found.skipped.append(f"{path}: not read: hidden (its name starts with a dot)")
            continue
        if entry.is_dir(follow_symlinks=False):
            if named_yaml:
                found.refuse(path, "is a folder, yet named like a debtor file: rename it")
            _walk(inside, path, found)
        elif entry.is_symlink():
            _link(inside, path, named_yaml, found)
        elif not named_yaml:
            names = names or {e.name.lower() for e in entries}
            # Only a regular file is looked into: opening a FIFO without a writer waits forever.
            problem = _unread_problem(path, names) if entry.is_file(follow_symlinks=False) else None
            if problem:
                found.refuse(path, problem)
            else:
                found.skipped.append(not_a_debtor_file(path))
        elif entry.is_file(follow_symlinks=False):
            found.files.append(path)
        else:
            found.refuse(path, f"is {_kind(os.stat(path, follow_symlinks=False).st_mode)}, not a file: not read")


def _unread_problem(path: Path, names: set[str]) -> str | None:
    """Why a file not named like a debtor file must be read all the same, or None: left unread, its
    debtor would drop off the site (`names`: the folder's names in lower case, to tell a backup)."""
    name = path.name
    meant = _meant_name(name, names)
    if meant:
        return _extra_ending(name, meant)
    slip = _slipped_name(name)
    if slip is not None and not _beside(slip[0], names):
        return (
            f"{slip[1]}, so it is not read and its debtor would be left off the site: "
            f"rename it to {slip[0]}, or move it out of debtors/ if it is no debtor's file"
        )
    debtor = _debtor_written(path)
    renamed = _as_yaml_name(name)
    if debtor is None or _beside(renamed, names):
        return None
    hidden = " (Windows may show it without .txt)" if name.lower().endswith(".txt") else ""
    return (
        f"holds a debtor (id: {debtor}), but its name does not end in .yaml or .yml, so it is not read and its "
        f"debtor would be left off the site: rename it to {renamed}{hidden}, or move it out of debtors/ if it is "
        "an old copy"
    )


def _slipped_name(name: str) -> tuple[str, str] | None:
    """The debtor file's name a slip of the keyboard or of a dialog stands for, and what the slip is:
    a space or a dot after the ending (`D-1004.yaml `, `D-1004.yaml.`), or an ending one letter off
    (`.ymal`, `.yam`, `.yaml` with a Cyrillic у)."""
    trimmed = name.rstrip(" .")
    if trimmed != name and is_yaml_name(trimmed):
        after = "a space" if name[len(trimmed)] == " " else "a dot"
        return trimmed, f"ends in {after} after {trimmed[trimmed.rindex('.') :]}"
    base, dot, ending = trimmed.rpartition(".")
    if dot and base and _one_off_yaml(ending.lower()):
        lookalike = "" if ending.isascii() else " (a letter of it is of another alphabet)"
        return f"{base}.yaml", f"ends in .{ending}, not .yaml{lookalike}"
    return None


def _one_off_yaml(ending: str) -> bool:
    """Whether `ending` is `yaml` with one letter wrong, missing, added or two swapped (not `yml`)."""
    if ending in ("yaml", "yml"):
        return False
    word = "yaml"
    if len(ending) == len(word):
        wrong = [i for i in range(len(word)) if ending[i] != word[i]]
        return len(wrong) == 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1 and ending[wrong[0]] == word[wrong[1]])
    shorter, longer = sorted((ending, word), key=len)
    return len(longer) - len(shorter) == 1 and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


# A debtor file's two fields at the start of a line, as YAML or JSON writes them: read the first 64 KiB.
_DEBTOR_ID = re.compile(r"""^\s*\{?\s*["']?id["']?\s*:\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)""", re.MULTILINE)
_DEBTOR_INVOICES = re.compile(r"""(?:^|[{,])\s*["']?invoices["']?\s*:""", re.MULTILINE)
_DOCUMENTS = (".md", ".markdown", ".rst", ".html", ".htm")  # a README may show a debtor file as an example


def _debtor_written(path: Path) -> str | None:
    """The id of the debtor a file not named like a debtor file holds (`D-1004.txt`, `D-1004`), or None."""
    if path.name.lower().endswith(_DOCUMENTS):
        return None
    try:  # without blocking, should a FIFO have taken the file's place since the folder was listed
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)), "rb") as file:
            text = file.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return None
    found = _DEBTOR_ID.search(text)
    return found.group(1) if found and _DEBTOR_INVOICES.search(text) else None


def _as_yaml_name(name: str) -> str:
    """The name a debtor file saved as `name` gets: up to its .yaml if it has one (`D-1004.yaml:Zone`),
    else without a short ending (`D-1004.txt`, `D-1004.json`) and with .yaml."""
    found = re.search(r"\.ya?ml", name, re.IGNORECASE)
    if found:
        return name[: found.end()]
    trimmed = name.rstrip(" .")
    base, dot, ending = trimmed.rpartition(".")
    return (base if dot and base and len(ending) <= 5 else trimmed) + ".yaml"


def _beside(meant: str, names: set[str]) -> bool:
    """Whether a debtor file of the name `meant` (or a copy of it, `D-1005 - kopie.yaml`) is in `names`."""
    stem = _COPY.sub("", meant.rsplit(".", 1)[0]).lower()
    return any(stem + suffix in names for suffix in YAML_SUFFIXES)


def _meant_name(name: str, names: set[str]) -> str | None:
    """The debtor file's name a file named like one plus an ending (`D-1004.yaml.txt`, as Notepad saves
    it; `D-1004.yaml.bak`, `D-1004.yaml~`) stands for, when no file of that name is beside it (`names`,
    in lower case): then it is the debtor's only file, not a backup, and left unread its debtor would
    drop off the site."""
    extra = _EXTRA_ENDING.fullmatch(name)
    if extra is None:
        return None
    meant = extra.group(1)
    return None if _beside(meant, names) else meant  # a backup of `D-1005 - kopie.yaml` is one of D-1005's


def _extra_ending(name: str, meant: str) -> str:
    ending = name[len(meant) :]
    # Windows Explorer hides the endings it knows, .txt among them: the name looks right there.
    hidden = f" (Windows may show it without {ending})" if ending.lower() == ".txt" else ""
    return (
        f"ends in {ending}, so it is not read and its debtor would be left off the site: "
        f"rename it to {meant}{hidden}, or move it out of debtors/ if it is no debtor's file"
    )


# What a bookkeeping program exports a list of debtors as: put in debtors/ in the hope it is read.
_EXPORTS = (".csv", ".tsv", ".xls", ".xlsx", ".ods")


def not_a_debtor_file(path: Path) -> str:
    """The note on a file in debtors/ not named .yaml or .yml; for an export, that none is imported."""
    said = f"{path}: not read: only files ending in .yaml or .yml are debtor files"
    if path.suffix.lower() in _EXPORTS:
        said += "; incasso imports no export: write each debtor as a .yaml file (docs/ledger-format.md)"
    return said


def _link(inside: Path, path: Path, named_yaml: bool, found: Found) -> None:
    """A symbolic link: refused when it leaves the ledger (its target unread) or leads nowhere."""
    problem = outside_problem(inside, path)
    if problem:
        found.refuse(path, problem)
    elif Path(os.path.realpath(path)).is_dir():
        found.skipped.append(f"{path}: not read: a link to a folder is not followed")
    elif not named_yaml:
        found.skipped.append(not_a_debtor_file(path))
    else:
        found.files.append(path)


def named_otherwise(path: Path) -> str | None:
    """The name of a file beside `path` that only the suffix or the case sets apart from it
    (`creditor.yml`, `Creditor.YAML` beside `creditor.yaml`), or None."""
    stem = path.name.lower().removesuffix(".yaml")
    try:
        names = sorted(os.listdir(path.parent))
    except OSError:
        return None
    return next(
        (name for name in names if name != path.name and name.lower() in (stem + s for s in YAML_SUFFIXES)), None
    )


def outside_problem(inside: Path, path: Path) -> str | None:
    """Why the file at `path` must not be read from the ledger in `inside` (resolved), or None."""
    target = Path(os.path.realpath(path))
    if target != inside and inside not in target.parents:
        return "is a link to a place outside the ledger: refused, not read"
    if not target.exists():
        return "is a broken link: its target does not exist"
    return None


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_ledger_file(root: Path, path: Path, limit: int) -> bytes | Problem:
    """The bytes of a ledger file (at most `limit` + 1, which the parser refuses as too large),
    or the problem that kept it unread.

    A link out of the ledger is refused before it is opened; the file is opened without
    blocking (a FIFO would wait forever for a writer) and read only when it is a regular file.
    """
    source = Source(str(path))
    if os.path.islink(path):
        problem = outside_problem(Path(os.path.realpath(root)), path)
        if problem:
            return Problem(source, "", problem)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return Problem(source, "", "is missing")
    except OSError as error:
        return Problem(source, "", f"cannot be read: {error.strerror}")
    # Asked before `fdopen`, which refuses a folder with an error of its own.
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        return Problem(source, "", f"is {_kind(mode)}, not a file: not read")
    with os.fdopen(fd, "rb") as file:
        try:
            return file.read(limit + 1)
        except OSError as error:
            return Problem(source, "", f"cannot be read: {error.strerror}")
