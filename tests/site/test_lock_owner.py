"""Who has a staff file open, read from the lock file Office keeps beside it (pelican.plugins.incasso.lock_owner).

The lock files here are written byte for byte as the programs write them, from the formats' descriptions (the
owner file of Word, Excel and PowerPoint as LibreOffice's svl/source/misc/msodocumentlockfile.cxx takes it
apart and writes it; LibreOffice's own line as svl/source/misc/lockfilecommon.cxx does), not from our reader.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pelican.plugins.incasso.desktop import open_in_office
from pelican.plugins.incasso.lock_owner import Owner, lock_owner

# 4 December 2026, 17:42 in Amsterdam: the evening someone left links.xlsx open.
OPENED = datetime(2026, 12, 4, 17, 42, 9, tzinfo=ZoneInfo("Europe/Amsterdam")).timestamp()


def office_owner_file(user: str, program: str) -> bytes:
    """An owner file `~$NAME` as Word, Excel or PowerPoint writes it: the name's length in one byte, the name
    in the Windows code page (cp1252 in the Netherlands; a letter beyond it as "?"), padding (Word: zeros up to
    byte 54; PowerPoint: one zero, then spaces up to byte 55; Excel: spaces up to byte 55), the length again in
    two bytes (little-endian), the name in UTF-16LE, then padding to 162 bytes (Word: zeros) or 165 (Excel,
    PowerPoint: space and zero, over and over)."""
    assert 1 <= len(user) <= 52  # Office takes no longer name
    data = bytearray([len(user)]) + user.encode("cp1252", errors="replace")
    if program == "Word":
        data += b"\x00" * (54 - len(data))
    else:
        data += b"\x00" if program == "PowerPoint" else b""
        data += b" " * (55 - len(data))
    data += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    size = 162 if program == "Word" else 165
    while len(data) < size:
        data += b"\x00" if program == "Word" else b" \x00"
    return bytes(data[:size])


def libre_lock_line(name: str, user: str = "avries", host: str = "PC-ANNA", opened: str = "04.12.2026 17:42") -> bytes:
    """A `.~lock.NAME#` as LibreOffice writes it: the name of its user settings, the system user, the computer,
    the time opened (DD.MM.YYYY HH:MM) and its profile's address, each ended by a comma, the last by a
    semicolon; a comma, semicolon or backslash in a field escaped with a backslash; UTF-8."""
    fields = [name, user, host, opened, "file:///C:/Users/avries/AppData/Roaming/LibreOffice/4"]
    escaped = [field.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;") for field in fields]
    return (",".join(escaped) + ";").encode("utf-8")


def _lock(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    os.utime(path, (OPENED, OPENED))
    return path


@pytest.mark.parametrize(
    ("lock", "program"),
    [("~$links.xlsx", "Excel"), ("~$D-1001-reminder.docx", "Word"), ("~$deck.pptx", "PowerPoint")],
)
@pytest.mark.parametrize(
    "user",
    [
        "Anna de Vries",
        "Zoë Çelik-Brandsmå",  # letters of the code page: its copy and the UTF-16 one agree
        "Nguyễn Thị Hoà",  # beyond the code page: only the UTF-16 copy has every letter
        "陈静",
        "Jan Pieter van den Bosch tot Rijnsburg (kantoor)",  # 48 letters
        "Wilhelmina Johanna van Oldenbarnevelt-Zuylen de Wit",  # 51
        "J" * 52,  # the longest Office takes
        "A" * 32,  # 32 letters: a length byte that reads as a space, where Excel pads with spaces
        "B",
    ],
)
def test_an_office_owner_file_names_who_has_the_file_open_and_since_when(tmp_path, lock, program, user):
    path = _lock(tmp_path, lock, office_owner_file(user, program))
    assert lock_owner(path) == Owner(user, program, "2026-12-04 17:42 Amsterdam time (UTC+01:00)")


def test_an_owner_files_time_says_its_zone_and_offset_whatever_the_servers_clock(tmp_path, monkeypatch):
    # Said as Amsterdam's without saying so, 17:42 read as 17:42 UTC on a server that runs on UTC: an hour off.
    monkeypatch.setenv("TZ", "UTC")
    path = _lock(tmp_path, "~$links.xlsx", office_owner_file("Anna de Vries", "Excel"))
    assert lock_owner(path) == Owner("Anna de Vries", "Excel", "2026-12-04 17:42 Amsterdam time (UTC+01:00)")
    summer = datetime(2026, 7, 1, 9, 5, tzinfo=ZoneInfo("UTC")).timestamp()  # 11:05 in Amsterdam, UTC+02:00
    os.utime(path, (summer, summer))
    assert lock_owner(path) == Owner("Anna de Vries", "Excel", "2026-07-01 11:05 Amsterdam time (UTC+02:00)")


def test_a_libreoffice_lock_file_names_its_user_and_the_time_it_says(tmp_path):
    os.utime(_lock(tmp_path, ".~lock.links.xlsx#", libre_lock_line("Anna de Vries")), (0, 0))  # its own time counts
    clock = "2026-12-04 17:42 by the clock of PC-ANNA"  # LibreOffice writes the computer's time, not its zone
    assert lock_owner(tmp_path / ".~lock.links.xlsx#") == Owner("Anna de Vries", "LibreOffice", clock)
    # No name in LibreOffice's settings (its default): the system user's; a name with the format's separators.
    _lock(tmp_path, ".~lock.a.xlsx#", libre_lock_line("", user="avries", host="", opened="05.12.2026 08:03"))
    assert lock_owner(tmp_path / ".~lock.a.xlsx#") == Owner(
        "avries", "LibreOffice", "2026-12-05 08:03 by the clock of the computer that opened it"
    )
    _lock(tmp_path, ".~lock.b.xlsx#", libre_lock_line("Vries, Anna; de \\ kantoor"))
    assert lock_owner(tmp_path / ".~lock.b.xlsx#") == Owner("Vries, Anna; de \\ kantoor", "LibreOffice", clock)
    _lock(tmp_path, ".~lock.c.xlsx#", libre_lock_line("Anna", opened="gisteren"))  # a time not in its format
    assert lock_owner(tmp_path / ".~lock.c.xlsx#") == Owner("Anna", "LibreOffice", None)


GARBLED_OWNER_FILES = {
    "empty": b"",
    "short": b"\x05janneke",
    "cut off": office_owner_file("Anna de Vries", "Excel")[:120],
    "zeros": bytes(165),
    "no length": b"\x00" + office_owner_file("Anna de Vries", "Excel")[1:],
    "too long a name": b"\xc8" + office_owner_file("Anna de Vries", "Excel")[1:],
    "a length beyond the file": office_owner_file("Anna", "Word")[:54] + b"\x34\x00" + bytes(106),
    "half a letter": office_owner_file("Anna", "Word")[:56] + b"\x00\xd8" + bytes(104),  # a lone surrogate
    "a control character": office_owner_file("Anna\x07", "Excel"),
    "spaces only": office_owner_file("   ", "Excel"),
}
GARBLED_LIBRE_FILES = {
    "empty": b"",
    "cut off": libre_lock_line("Anna de Vries")[:20],
    "no semicolon": libre_lock_line("Anna de Vries")[:-1],
    "four fields": b"Anna,avries,PC-ANNA,04.12.2026 17:42;",
    "six fields": b"Anna,avries,PC-ANNA,04.12.2026 17:42,file:///x,more;",
    "a wrong escape": b"An\\na,avries,PC-ANNA,04.12.2026 17:42,file:///x;",
    "not UTF-8": libre_lock_line("Zoë").decode("utf-8").encode("latin-1"),
    "no names": libre_lock_line("", user=""),
    "a zip": b"PK\x03\x04" + bytes(200),
}


@pytest.mark.parametrize("data", GARBLED_OWNER_FILES.values(), ids=GARBLED_OWNER_FILES.keys())
def test_an_owner_file_that_names_no_one_readably_names_no_one(tmp_path, data):
    assert lock_owner(_lock(tmp_path, "~$links.xlsx", data)) is None


@pytest.mark.parametrize("data", GARBLED_LIBRE_FILES.values(), ids=GARBLED_LIBRE_FILES.keys())
def test_a_libreoffice_lock_file_that_names_no_one_readably_names_no_one(tmp_path, data):
    assert lock_owner(_lock(tmp_path, ".~lock.links.xlsx#", data)) is None


def test_a_lock_file_that_cannot_be_read_names_no_one_and_is_never_waited_on(tmp_path):
    assert lock_owner(tmp_path / "~$gone.xlsx") is None
    (tmp_path / "~$folder.xlsx").mkdir()
    assert lock_owner(tmp_path / "~$folder.xlsx") is None
    os.mkfifo(tmp_path / "~$pipe.xlsx")  # opened to read, a pipe with no writer would wait for ever
    assert lock_owner(tmp_path / "~$pipe.xlsx") is None
    (tmp_path / "~$link.xlsx").symlink_to(_lock(tmp_path, "elsewhere", office_owner_file("Anna", "Excel")))
    assert lock_owner(tmp_path / "~$link.xlsx") is None  # not a lock file Office wrote
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / ".~lock.s#"))
        assert lock_owner(tmp_path / ".~lock.s#") is None


def test_the_refusal_names_who_has_the_file_open_and_whom_to_ask(tmp_path):
    internal = tmp_path / "internal"
    (internal / "letters").mkdir(parents=True)
    _lock(internal, "~$links.xlsx", office_owner_file("Anna de Vries", "Excel"))
    said = open_in_office(internal)
    assert said == (
        f"{internal} has a file open in Office now: links.xlsx is open in Excel by Anna de Vries since 2026-12-04 "
        "17:42 Amsterdam time (UTC+01:00) (lock file ~$links.xlsx). A build replaces the folder as a whole, and a save then puts the old file "
        "over the new one, or fails. Ask Anna de Vries to close it, then try again (a lock file left by an Office "
        "that stopped, with its file open nowhere, may be deleted)"
    )
    _lock(internal / "letters", ".~lock.print.pdf#", libre_lock_line("Bram Jansen"))
    _lock(internal / "letters", "~$D-1001-reminder.docx", b"")  # names no one: said as ever
    said = open_in_office(internal)
    assert said is not None and said.startswith(
        f"{internal} has files open in Office now: letters/print.pdf is open in LibreOffice by Bram Jansen since "
        "2026-12-04 17:42 by the clock of PC-ANNA (lock file letters/.~lock.print.pdf#); letters/D-1001-reminder.docx "
        "(lock file letters/~$D-1001-reminder.docx); links.xlsx is open in Excel by Anna de Vries since 2026-12-04 "
        "17:42 Amsterdam time (UTC+01:00) (lock file ~$links.xlsx). "
    ), said
    assert "Ask Bram Jansen and Anna de Vries, and whoever has the others open, to close them, then try again" in said


def test_a_refusal_whose_lock_files_name_no_one_is_said_as_before(tmp_path):
    _lock(tmp_path, "~$links.xlsx", b"\x05janneke")
    assert open_in_office(tmp_path) == (
        f"{tmp_path} has a file open in Office now: links.xlsx (~$links.xlsx), by the lock file Office keeps beside "
        "a file open. A build replaces the folder as a whole, and a save then puts the old file over the new one, "
        "or fails. Close it, then try again (a lock file left by an Office that stopped, with its file open "
        "nowhere, may be deleted)"
    )
