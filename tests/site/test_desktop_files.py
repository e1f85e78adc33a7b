"""A staff output opened on a share: what Finder, Explorer and Office leave in it, and what the next build
does with it (pelican.plugins.incasso.desktop): a desktop's files carried, an open file a busy refusal."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

import pelican.plugins.incasso.build as build_module
from pelican.plugins.incasso.desktop import desktop_file, office_lock, open_in_office
from tests.site.test_build_safety import clean_script, files
from tests.site.test_pelican_direct import pelican
from tests.support.site import PRIVACY_LEDGER, build_site

# What a desktop writes when someone opens the staff output on a share, each with bytes of its own.
LEFT_BY_A_DESKTOP = {
    ".DS_Store": b"\x00\x00\x00\x01Bud1 Finder's view settings",
    "._links.xlsx": b"\x00\x05\x16\x07AppleDouble",
    "d/desktop.ini": b"[.ShellClassInfo]\r\nIconResource=C:\\icons\\dossiers.ico,0\r\n",
    "letters/Thumbs.db": b"\xd0\xcf\x11\xe0 thumbnails",
}
EXCEL_LOCK = "~$links.xlsx"
LIBRE_LOCK = ".~lock.links.xlsx#"


def _leave(internal: Path, left: dict[str, bytes]) -> None:
    for path, data in left.items():
        (internal / path).write_bytes(data)


def test_the_names_a_desktop_leaves_and_no_others():
    for name in (".DS_Store", "Thumbs.db", "THUMBS.DB", "desktop.ini", "Desktop.ini", "._links.xlsx"):
        assert desktop_file(name), name
    for name in ("links.xlsx", "DS_Store", "notes.ini", "thumbs.db.bak", "scan.pdf", EXCEL_LOCK, ".git"):
        assert not desktop_file(name), name
    for name in (EXCEL_LOCK, "~$tters.docx", LIBRE_LOCK):
        assert office_lock(name), name
    for name in ("links.xlsx", ".~lock.links.xlsx", "a~$b.xlsx", ".DS_Store"):
        assert not office_lock(name), name


def test_a_desktops_files_are_carried_into_each_new_staff_output_and_said(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    _leave(site.internal, LEFT_BY_A_DESKTOP)
    before = files(site.internal)
    capsys.readouterr()
    for _ in range(2):  # and the night after: still carried, still said
        assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
        out = capsys.readouterr().out
        carried = ", ".join(sorted(LEFT_BY_A_DESKTOP))
        assert f"Carried into the new staff output as they were: {carried} (in {site.internal}: " in out, out
        after = files(site.internal)
        assert {path: after[path] for path in LEFT_BY_A_DESKTOP} == LEFT_BY_A_DESKTOP  # as they were
        for path in LEFT_BY_A_DESKTOP:
            assert stat.S_IMODE((site.internal / path).stat().st_mode) == 0o600  # private, as the staff output
        assert after.keys() == before.keys()  # nothing else kept, nothing lost
    assert not list(tmp_path.glob(".internal.*-*"))  # no temporary folder left beside


def test_a_desktops_file_in_a_folder_the_new_build_no_longer_has_goes_with_it_and_is_said(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    # A folder the last build wrote (its .incasso-files lists it) and tonight's does not, opened since.
    (site.internal / "letters" / "older").mkdir()
    with (site.internal / ".incasso-files").open("a", encoding="utf-8") as written:
        written.write("letters/older\n")
    (site.internal / "letters" / "older" / ".DS_Store").write_bytes(b"Bud1")
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    out = capsys.readouterr().out
    gone = site.internal / "letters" / "older" / ".DS_Store"
    assert f"note: gone with the previous staff output: {gone}, left by a desktop (Finder, Explorer)" in out, out
    assert not gone.parent.exists()


@pytest.mark.parametrize("lock", [EXCEL_LOCK, LIBRE_LOCK])
def test_a_file_open_in_office_refuses_the_build_as_busy_and_changes_nothing(tmp_path, capsys, lock):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    (site.internal / lock).write_bytes(b"\x05janneke")
    published, staff = files(site.output), files(site.internal)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 75  # busy: try again once it is closed
    err = capsys.readouterr().err
    assert err.startswith(
        f"refused: {site.internal} has a file open in Office now: links.xlsx ({lock}), by the lock file Office "
        "keeps beside a file open. A build replaces the folder as a whole, and a save then puts the old file over "
        "the new one, or fails. Close it, then try again"
    ), err
    assert files(site.output) == published and files(site.internal) == staff
    (site.internal / lock).unlink()  # closed: its lock file goes
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0


def test_a_file_opened_while_the_build_runs_refuses_the_swap_and_publishes_nothing(tmp_path, capsys, monkeypatch):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    published, staff = files(site.output), files(site.internal)
    built = build_module.pelican_build

    def built_then_opened(*args, **kwargs):  # someone opens links.xlsx while the pages are made
        done = built(*args, **kwargs)
        (site.internal / EXCEL_LOCK).write_bytes(b"\x05janneke")
        staff[EXCEL_LOCK] = b"\x05janneke"
        return done

    monkeypatch.setattr(build_module, "pelican_build", built_then_opened)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 75
    assert f"refused: {site.internal} has a file open in Office now: links.xlsx" in capsys.readouterr().err
    assert files(site.output) == published and files(site.internal) == staff
    assert not list(tmp_path.glob(".output.*-*")) and not list(tmp_path.glob(".internal.*-*"))


def test_a_lock_file_is_named_with_the_file_it_says_is_open_wherever_it_is(tmp_path):
    internal = tmp_path / "internal"
    (internal / "letters").mkdir(parents=True)
    assert open_in_office(internal) is None
    (internal / "letters" / "~$D-1001-reminder.docx").write_bytes(b"")
    (internal / EXCEL_LOCK).write_bytes(b"")
    said = open_in_office(internal)
    assert said is not None
    assert said.startswith(
        f"{internal} has files open in Office now: letters/D-1001-reminder.docx (letters/~$D-1001-reminder.docx), "
        f"links.xlsx ({EXCEL_LOCK}), by the lock file Office keeps beside a file open."
    ), said


def test_make_clean_keeps_a_staff_output_with_a_file_open_and_removes_one_a_desktop_opened(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    _leave(site.internal, LEFT_BY_A_DESKTOP)
    (site.internal / EXCEL_LOCK).write_bytes(b"")
    clean = clean_script()
    capsys.readouterr()
    assert clean.main(tmp_path) == 1
    assert f"kept internal: {site.internal} has a file open in Office now" in capsys.readouterr().out
    assert (site.internal / "links.xlsx").is_file()
    (site.internal / EXCEL_LOCK).unlink()
    assert clean.main(tmp_path) == 0  # the build's folder, with what Finder and Explorer wrote into it
    assert not site.internal.exists()


def test_pelican_by_hand_keeps_a_desktops_files_and_is_refused_a_file_open_in_office(tmp_path):
    output, internal = tmp_path / "output", tmp_path / "internal"
    assert pelican(output, internal, PRIVACY_LEDGER).returncode == 0
    _leave(internal, LEFT_BY_A_DESKTOP)
    done = pelican(output, internal, PRIVACY_LEDGER)  # in place: d/ and letters/ written again
    assert done.returncode == 0, done.stderr
    assert {path: (internal / path).read_bytes() for path in LEFT_BY_A_DESKTOP} == LEFT_BY_A_DESKTOP
    (internal / EXCEL_LOCK).write_bytes(b"")
    workbook = (internal / "links.xlsx").read_bytes()
    done = pelican(output, internal, PRIVACY_LEDGER)
    assert done.returncode == 75, done.stdout + done.stderr
    assert f"refused: {internal} has a file open in Office now: links.xlsx ({EXCEL_LOCK})" in done.stderr
    assert done.stderr.rstrip().endswith("; nothing was built or deleted."), done.stderr
    assert (internal / "links.xlsx").read_bytes() == workbook


def test_only_a_desktops_plain_files_in_the_staff_output_are_carried_not_a_folder_by_such_a_name(tmp_path, capsys):
    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    (site.internal / "._notes").mkdir()  # someone's folder, whatever its name: named and kept, never deleted
    (site.internal / "._notes" / "call Jansen.txt").write_text("Tuesday", encoding="utf-8")
    (site.output / ".DS_Store").write_bytes(b"Bud1")  # the public output is published as it is: not carried
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert f"refused: {site.output} is an earlier build's output, but holds .DS_Store, which no build wrote" in err
    (site.output / ".DS_Store").unlink()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 1
    err = capsys.readouterr().err
    assert f"refused: {site.internal} is an earlier build's output, but holds ._notes, which no build wrote" in err
    assert (site.internal / "._notes" / "call Jansen.txt").read_text(encoding="utf-8") == "Tuesday"


def test_a_desktops_file_the_build_may_not_read_goes_with_the_old_output_and_stops_nothing(
    tmp_path, capsys, monkeypatch
):
    # On a share, Finder's .DS_Store may be another user's, and unreadable to the nightly's: the night went on
    # failing over it ("error: [Errno 13] Permission denied: '.../.DS_Store'", exit 1), every night.
    import pelican.plugins.incasso.desktop as desktop

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    _leave(site.internal, LEFT_BY_A_DESKTOP)
    copy = desktop.shutil.copy2

    def unreadable(source, target, *args, **kwargs):  # as root, a mode of 000 is read all the same
        if Path(source).name == ".DS_Store":
            raise PermissionError(13, "Permission denied", str(source))
        return copy(source, target, *args, **kwargs)

    monkeypatch.setattr(desktop.shutil, "copy2", unreadable)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 0
    out = capsys.readouterr().out
    gone = site.internal / ".DS_Store"
    assert f"note: gone with the previous staff output: {gone} (Permission denied), left by a desktop" in out, out
    assert not gone.exists()
    others = {path: data for path, data in LEFT_BY_A_DESKTOP.items() if path != ".DS_Store"}
    assert {path: (site.internal / path).read_bytes() for path in others} == others  # the rest carried


def test_the_build_make_clean_and_pelican_by_hand_name_who_has_a_staff_file_open(tmp_path, capsys):
    # Left open overnight: the night's log says whom to ask, so the operator need not find out who it was.
    from tests.site.test_lock_owner import libre_lock_line, office_owner_file

    site = build_site(tmp_path, ledger=PRIVACY_LEDGER)
    assert site.exit_code == 0
    (site.internal / EXCEL_LOCK).write_bytes(office_owner_file("Anna de Vries", "Excel"))
    published, staff = files(site.output), files(site.internal)
    capsys.readouterr()
    assert build_site(tmp_path, ledger=PRIVACY_LEDGER).exit_code == 75
    err = capsys.readouterr().err
    assert err.startswith(
        f"refused: {site.internal} has a file open in Office now: links.xlsx is open in Excel by Anna de Vries since "
    ), err
    assert "(lock file ~$links.xlsx). A build replaces the folder as a whole" in err
    assert "Ask Anna de Vries to close it, then try again" in err
    assert files(site.output) == published and files(site.internal) == staff
    assert clean_script().main(tmp_path) == 1
    kept = f"kept internal: {site.internal} has a file open in Office now: links.xlsx is open in Excel by Anna de Vries"
    assert kept in capsys.readouterr().out and (site.internal / "links.xlsx").is_file()
    (site.internal / EXCEL_LOCK).unlink()
    (site.internal / LIBRE_LOCK).write_bytes(libre_lock_line("Bram Jansen", opened="04.12.2026 17:42"))
    done = pelican(site.output, site.internal, PRIVACY_LEDGER)
    assert done.returncode == 75, done.stdout + done.stderr
    assert (
        f"refused: {site.internal} has a file open in Office now: links.xlsx is open in LibreOffice by Bram Jansen "
        f"since 2026-12-04 17:42 by the clock of PC-ANNA (lock file {LIBRE_LOCK})."
    ) in done.stderr
