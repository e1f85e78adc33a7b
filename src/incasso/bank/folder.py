"""The ledger's bank/ folder: every statement file in it, zips included, read by its standard."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from incasso.bank.camt import read_camt
from incasso.bank.entry import EXPORT_AGAIN, Statement
from incasso.bank.mt940_file import read_mt940
from incasso.ledger.files import outside_problem, read_ledger_file
from incasso.ledger.problems import Problem, Source

BANK_DIR = "bank"
Reader = Callable[[bytes, str], tuple[list[Statement], list[Problem]]]
# Rabobank names its MT940 downloads .swi ("MT940S_20261030_181502.swi"), alone or inside a zip.
READERS: dict[str, Reader] = {
    ".xml": read_camt,
    ".sta": read_mt940,
    ".940": read_mt940,
    ".mt940": read_mt940,
    ".swi": read_mt940,
}
ZIP = ".zip"
# A year of daily statements of a busy account is a few tens of MiB; far more is no bank export
# (a zip bomb, say), and is refused before it is unpacked.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
_KINDS = "camt.053 (.xml, or .xml inside .zip) or MT940 (.sta, .940, .mt940, .swi)"
# Files Windows Explorer writes into a folder it shows (a shared drive): no export, skipped as dot files are.
WINDOWS_FILES = ("desktop.ini", "thumbs.db")


def read_bank_folder(root: Path) -> tuple[list[Statement], list[Problem]] | None:
    """Every statement in `root/bank`, and every problem; None when the ledger has no bank folder."""
    folder = root / BANK_DIR
    if not folder.exists():
        return None
    if not folder.is_dir():
        return [], [Problem(Source(str(folder)), "", "must be a folder of bank statements")]
    outside = outside_problem(Path(os.path.realpath(root)), folder)
    if outside:  # the folder itself a link out of the ledger: none of it is read
        return [], [Problem(Source(str(folder)), "", outside)]
    statements: list[Statement] = []
    problems: list[Problem] = []
    # Links too (is_symlink): one that leaves the ledger, or leads nowhere, is refused unread.
    for path in _in_order(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or _windows_file(path.name):
            continue
        found, trouble = _read_file(root, path)
        statements += found
        problems += trouble
    return statements, problems


# How programs name a second copy of a file beside the first: browsers "nov (1).xml" (older ones "nov(1).xml"),
# Windows "nov - kopie.xml" and "nov - Copy (2).xml", macOS "nov kopie 2.xml", Safari "nov-1.xml", GNOME
# "nov (copy).xml". A copy has no number, or its number, in `number`.
_COPY = re.compile(
    r"(?P<stem>.+?)(?: ?\((?P<n>\d+)\)| - (?:kopie|copy)(?: \((?P<w>\d+)\))?| (?:kopie|copy)(?: (?P<m>\d+))?"
    r"|-(?P<s>\d+)| \((?:another )?copy\))",
    re.IGNORECASE,
)


def _in_order(paths: Iterable[Path]) -> list[Path]:
    """The files by name, each copy right after the file it copies ("nov.xml", "nov (1).xml", "nov (2).xml").
    Where two exports list one booking, the one read first counts: by name alone a copy came first (a space
    or a dash sorts before the dot), and staff read that the original was the copy, skipped."""
    found = set(paths)
    return sorted(found, key=lambda path: _order(path, found))


def _order(path: Path, found: set[Path]) -> tuple:
    """`path`'s place: its original's place, then its copy number and name (a copy of a copy after both)."""
    copy = _COPY.fullmatch(path.stem)
    original = copy and path.with_name(copy["stem"] + path.suffix)
    if not copy or original not in found:
        return (path,)
    number = int(next((n for n in copy.group("n", "w", "m", "s") if n), "1"))
    return (*_order(original, found), (number, path.name))


def _read_file(root: Path, path: Path) -> tuple[list[Statement], list[Problem]]:
    suffix = path.suffix.lower()
    if path.is_symlink() and path.is_dir() and not outside_problem(Path(os.path.realpath(root)), path):
        message = "is a link to a folder, which is not followed: put the statements in bank/ itself, or remove the link"
        return [], [Problem(Source(str(path)), "", message)]
    if suffix != ZIP and suffix not in READERS:
        return [], [Problem(Source(str(path)), "", _not_a_statement(path.name))]
    # Read as the ledger's own files are: never through a link out of the ledger, never
    # blocking on a FIFO, an unreadable file a problem beside the others (incasso.ledger.files).
    data = read_ledger_file(root, path, MAX_FILE_BYTES)
    if isinstance(data, Problem):
        return [], [data]
    if len(data) > MAX_FILE_BYTES:
        return [], [Problem(Source(str(path)), "", f"is larger than {MAX_FILE_BYTES // 2**20} MiB: no bank export is")]
    damaged = _damaged(data, str(path), text=suffix != ZIP)
    if damaged is not None:
        return [], [damaged]
    return _read_zip(path, data) if suffix == ZIP else READERS[suffix](data, str(path))


# Endings browsers give a download until it is complete (Chrome and Edge, Firefox, Safari, others).
_UNFINISHED = (".crdownload", ".part", ".partial", ".download", ".opdownload")


def _not_a_statement(name: str) -> str:
    """Why a file in bank/ is no statement to read, and what to do: said by what it is where its name tells."""
    lower = name.lower()
    if lower.endswith(_UNFINISHED):
        return "is a download that has not finished: wait until it has, or download the statement again"
    if lower.endswith("~"):
        return "is an editor's backup copy (its name ends in ~): delete it, or move it out of bank/"
    return f"is not a bank statement this build reads: export {_KINDS}"


def _damaged(data: bytes, name: str, text: bool = True) -> Problem | None:
    """An export no reader should see: empty, or (`text`: not a zip) saved as UTF-16 by another program
    (Notepad's "Unicode"). Said in plain words, with what to do: a parser's complaint about them says neither."""
    if not data.strip():
        return Problem(Source(name), "", f"is empty ({len(data)} bytes): the download failed; {EXPORT_AGAIN}")
    start = data[:200]
    if text and (start.startswith((b"\xff\xfe", b"\xfe\xff")) or start.count(b"\x00") * 3 > len(start)):
        return Problem(
            Source(name),
            "",
            f'is saved as UTF-16 ("Unicode"), as another program saved it, not as the bank wrote it: {EXPORT_AGAIN}, '
            "and do not open and save it before putting it in bank/ (or save it as UTF-8)",
        )
    return None


def _windows_file(name: str) -> bool:
    return name.lower() in WINDOWS_FILES


def _read_zip(path: Path, data: bytes) -> tuple[list[Statement], list[Problem]]:
    """The statements inside a zip, read in memory (nothing is unpacked to disk)."""
    statements: list[Statement] = []
    problems: list[Problem] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if not m.is_dir() and not _hidden(m.filename)]
            if len(members) > MAX_ZIP_MEMBERS:
                return [], [Problem(Source(str(path)), "", f"holds more than {MAX_ZIP_MEMBERS} files")]
            # The limit holds for the statements of a zip together: many just under it are a bomb too.
            # (A member never unpacks to more than its header says: zipfile stops there, or fails its CRC.)
            read = [m for m in members if PurePosixPath(m.filename).suffix.lower() in READERS]
            if sum(m.file_size for m in read) > MAX_FILE_BYTES:
                too_big = f"unpacks to more than {MAX_FILE_BYTES // 2**20} MiB: no bank export does"
                return [], [Problem(Source(str(path)), "", too_big)]
            for member in members:
                found, trouble = _read_member(archive, member, f"{path}/{member.filename}")
                statements += found
                problems += trouble
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        return [], [
            Problem(
                Source(str(path)),
                "",
                f"is damaged or incomplete, not a whole zip file (an interrupted download?): {EXPORT_AGAIN} ({error})",
            )
        ]
    return statements, problems


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> tuple[list, list[Problem]]:
    suffix = PurePosixPath(member.filename).suffix.lower()
    if suffix not in READERS:
        return [], [Problem(Source(name), "", _not_a_statement(PurePosixPath(member.filename).name))]
    if member.flag_bits & 0x1:
        return [], [Problem(Source(name), "", "is encrypted: export the statements without a password")]
    with archive.open(member) as stream:
        data = stream.read(MAX_FILE_BYTES + 1)  # never read past the limit, whatever the header says
    damaged = _damaged(data, name)
    return ([], [damaged]) if damaged is not None else READERS[suffix](data, name)


def _hidden(name: str) -> bool:
    """Dot files, the __MACOSX folder a Mac adds to every zip it makes, and the files Windows adds to a folder."""
    parts = PurePosixPath(name).parts
    return any(p.startswith((".", "__MACOSX")) and p not in (".", "..") for p in parts) or _windows_file(parts[-1])
