"""Who has a file open, by the lock file Office keeps beside it: whom to ask to close it, and since when.

Microsoft Office writes an "owner file" `~$NAME` when it opens NAME: one byte with the length of the user's
name (at most 52), the name in the computer's 8-bit code page, padding to byte 54 (Word: zeros) or 55 (Excel,
PowerPoint: spaces), there a two-byte length and the name again in UTF-16LE, padding to 162 bytes (Word) or
165 (Excel, PowerPoint). Office keeps no time in it: the file's own modification time is when it was made, as
the file was opened, said in Amsterdam time with its offset from UTC, as build.json states its time: an operator
on a server that runs on UTC reads it right. (LibreOffice's reader of these files,
svl/source/misc/msodocumentlockfile.cxx, writes down the same layout.)

LibreOffice writes `.~lock.NAME#`: one line in UTF-8, five fields each ended by `,` and the last by `;`: the
name from its user settings (empty when none is set), the system user, the computer, the time it opened the
file (`DD.MM.YYYY HH:MM`, the computer's clock, no zone: said as that computer's) and its profile's address;
`\\` escapes a `,`, `;` or `\\` in a field (svl/source/misc/lockfilecommon.cxx).

A lock file that is empty, short, garbled or unreadable names no one: the refusal says the file open and its
lock file, as it does without a name. Only what the format holds is said, never guessed.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from incasso.law.calendar import TIMEZONE

MSO_PREFIX = "~$"
LIBRE_PREFIX = ".~lock."
MSO_SIZE = 162  # Word's owner file; Excel's and PowerPoint's have 3 bytes more
MSO_NAME_LONGEST = 52  # Office takes no longer user name
MSO_WIDE_AT = 54  # where Word's length word and UTF-16LE name start; Excel's and PowerPoint's one byte on
SPACE = 0x20
READ_AT_MOST = 4096  # LibreOffice's line ends in its profile's address: a few hundred bytes at most
LIBRE_FIELDS = 5
LIBRE_TIME = re.compile(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)")

# The program that keeps `~$NAME` beside NAME, by NAME's extension: whom the refusal says it is open in.
MSO_PROGRAMS = {
    **dict.fromkeys(("xlsx", "xlsm", "xlsb", "xls", "csv"), "Excel"),
    **dict.fromkeys(("docx", "docm", "doc", "rtf"), "Word"),
    **dict.fromkeys(("pptx", "pptm", "ppt"), "PowerPoint"),
}


@dataclass(frozen=True, slots=True)
class Owner:
    """Who has a file open, by its lock file."""

    name: str
    program: str  # Excel, Word, PowerPoint, LibreOffice; "Office" for another file of Microsoft's
    # When the file was opened, where the lock file says it, with the clock it was read on: "2026-12-04 17:42
    # Amsterdam time (UTC+01:00)" (Office: the lock file's own time), "2026-12-04 17:42 by the clock of PC-ANNA"
    # (LibreOffice: the time it wrote, by the computer that opened the file).
    since: str | None


def lock_owner(lock: Path) -> Owner | None:
    """Who holds the lock file at `lock` (`~$NAME` or `.~lock.NAME#`), or None when it names no one readably."""
    read = _read(lock)
    if read is None:
        return None
    data, modified = read
    name: str | None
    since: str | None
    if lock.name.startswith(MSO_PREFIX):
        name, since = _mso_name(data), _moment(modified)
        program = MSO_PROGRAMS.get(lock.name.rpartition(".")[2].casefold(), "Office")
    else:
        name, since = _libre_entry(data)
        program = "LibreOffice"
    return Owner(name, program, since) if name else None


def _read(lock: Path) -> tuple[bytes, float] | None:
    """The lock file's first bytes and its modification time; None for anything but a plain file that can be
    read (gone meanwhile, another user's on a share, a folder, a link; a pipe by that name is never waited on)."""
    try:
        held = os.open(lock, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        found = os.fstat(held)
        return (os.read(held, READ_AT_MOST), found.st_mtime) if stat.S_ISREG(found.st_mode) else None
    except OSError:
        return None
    finally:
        os.close(held)


def _mso_name(data: bytes) -> str | None:
    """The user's name in an owner file: its UTF-16LE copy, the one that holds every letter of it."""
    if len(data) < MSO_SIZE or not 1 <= data[0] <= MSO_NAME_LONGEST:
        return None
    at = MSO_WIDE_AT
    # Word pads with zeros up to its length word; Excel and PowerPoint with spaces, so a space where Word's
    # length would be, after a letter or a space, is padding: their length word is one byte on. (A Word name
    # of 32 letters has length 0x20 there too, but zeros before it.)
    if data[at] == SPACE and (data[at - 1] or data[at - 2]):
        at += 1
    length = int.from_bytes(data[at : at + 2], "little")
    wide = data[at + 2 : at + 2 + 2 * length]
    if not 1 <= length <= MSO_NAME_LONGEST or len(wide) < 2 * length:
        return None
    try:
        return _readable(wide.decode("utf-16-le"))
    except UnicodeDecodeError:
        return None


def _libre_entry(data: bytes) -> tuple[str | None, str | None]:
    """The name (its user settings', else the system user's) and the time in a LibreOffice lock file."""
    try:
        fields = _libre_fields(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None, None
    if fields is None:
        return None, None
    found = LIBRE_TIME.fullmatch(fields[3])
    since = None
    if found:  # that computer's clock, in a zone the line does not say
        day, month, year, hour, minute = found.groups()
        computer = _readable(fields[2])
        since = f"{year}-{month}-{day} {hour}:{minute} by the clock of {computer or 'the computer that opened it'}"
    return _readable(fields[0]) or _readable(fields[1]), since


def _libre_fields(line: str) -> list[str] | None:
    """The five fields of the line's first entry, unescaped; None when it is not one."""
    fields, field, escaped = [], [], False
    for char in line:
        if escaped:
            if char not in ",;\\":
                return None
            field.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in ",;":
            fields.append("".join(field))
            field = []
            if char == ";" or len(fields) == LIBRE_FIELDS:
                return fields if char == ";" and len(fields) == LIBRE_FIELDS else None
        else:
            field.append(char)
    return None  # cut short: no `;` after the fifth field


def _readable(name: str) -> str | None:
    """The name as said, or None when it is empty or holds what no name does (control characters)."""
    name = name.strip()
    return name if name and name.isprintable() else None


def _moment(timestamp: float) -> str:
    """A file's time as the refusal says it: in Amsterdam, to the minute, with the zone and its offset from UTC
    (+01:00, +02:00 in summer), so that it reads right on a server whose clock runs on UTC."""
    moment = datetime.fromtimestamp(timestamp, ZoneInfo(TIMEZONE))
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M} Amsterdam time (UTC{offset[:3]}:{offset[3:]})"
