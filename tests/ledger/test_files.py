"""Which files a ledger reads: links out of the ledger refused unread, every debtor file read or reported."""

import os
import signal
from contextlib import contextmanager

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import ledger_problems, valid_debtor, write_ledger

SECRET_LINE = "root:x:0:0:the-first-line-of-a-file-outside-the-ledger"


@contextmanager
def at_most(seconds: int):
    """Fail instead of hanging: reading a FIFO without a writer would block forever."""

    def hung(*_):
        raise AssertionError(f"still loading after {seconds} s: the loader blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def good(n: int) -> dict:
    return valid_debtor(id=f"D-{n}", **{"invoices[0].number": f"F{n}"})


def test_a_link_out_of_the_ledger_is_refused_and_its_target_never_shown(tmp_path):
    outside = tmp_path / "passwd"
    outside.write_text(SECRET_LINE + "\n")
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "debtors" / "evil.yaml").symlink_to(outside)
    problems = ledger_problems(root)
    assert problems == [f"{root / 'debtors' / 'evil.yaml'}: is a link to a place outside the ledger: refused, not read"]
    assert not any("root:x" in p or "passwd" in p for p in problems)


def test_a_link_out_of_the_ledger_is_not_opened(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "debtors" / "pipe.yaml").symlink_to(fifo)
    with at_most(10):
        assert ledger_problems(root) == [
            f"{root / 'debtors' / 'pipe.yaml'}: is a link to a place outside the ledger: refused, not read"
        ]


def test_a_creditor_file_linked_from_outside_is_refused(tmp_path):
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(SECRET_LINE + "\n")
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "creditor.yaml").unlink()
    (root / "creditor.yaml").symlink_to(outside)
    assert ledger_problems(root) == [
        f"{root / 'creditor.yaml'}: is a link to a place outside the ledger: refused, not read"
    ]


def test_a_debtors_folder_linked_from_outside_is_refused_and_none_of_it_read(tmp_path):
    elsewhere = write_ledger(tmp_path / "elsewhere", debtors=[good(2)]) / "debtors"
    root = write_ledger(tmp_path / "ledger", debtors=[good(1)])
    os.rename(root / "debtors", tmp_path / "own")
    (root / "debtors").symlink_to(elsewhere)
    assert ledger_problems(root) == [f"{root / 'debtors'}: is a link to a place outside the ledger: refused, not read"]


def test_a_debtors_folder_linked_within_the_ledger_is_read(tmp_path):
    root = write_ledger(tmp_path, debtors=[good(1)])
    os.rename(root / "debtors", root / "2026")
    (root / "debtors").symlink_to(root / "2026")
    assert [d.id for d in load_ledger(root).debtors] == ["D-1"]


def test_a_broken_link_is_reported(tmp_path):
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "debtors" / "gone.yaml").symlink_to(root / "debtors" / "moved-away.yaml")
    assert ledger_problems(root) == [f"{root / 'debtors' / 'gone.yaml'}: is a broken link: its target does not exist"]


def test_a_link_within_the_ledger_is_read(tmp_path):
    root = write_ledger(tmp_path, debtors={"../archive/D-1.yaml": good(1)})
    (root / "debtors" / "D-1.yaml").symlink_to(root / "archive" / "D-1.yaml")
    assert [d.id for d in load_ledger(root).debtors] == ["D-1"]


def test_a_fifo_named_like_a_debtor_file_is_reported_without_blocking(tmp_path):
    root = write_ledger(tmp_path, debtors=[good(1)])
    os.mkfifo(root / "debtors" / "D-2.yaml")
    with at_most(10):
        assert ledger_problems(root) == [
            f"{root / 'debtors' / 'D-2.yaml'}: is a FIFO (named pipe), not a file: not read"
        ]


def test_a_fifo_not_named_like_a_debtor_file_is_a_note_and_never_opened(tmp_path):
    root = write_ledger(tmp_path, debtors=[good(1)])
    folder = root / "debtors"
    os.mkfifo(folder / "notes")
    os.mkfifo(folder / "D-2.txt")  # a file of this name is looked into for a debtor
    with at_most(10):
        ledger = load_ledger(root)
    assert [d.id for d in ledger.debtors] == ["D-1"]
    assert ledger.skipped == (
        f"{folder / 'D-2.txt'}: not read: only files ending in .yaml or .yml are debtor files",
        f"{folder / 'notes'}: not read: only files ending in .yaml or .yml are debtor files",
    )


def test_a_fifo_as_the_creditor_file_is_reported_without_blocking(tmp_path):
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "creditor.yaml").unlink()
    os.mkfifo(root / "creditor.yaml")
    with at_most(10):
        assert ledger_problems(root) == [f"{root / 'creditor.yaml'}: is a FIFO (named pipe), not a file: not read"]


def test_a_folder_as_the_creditor_file_is_reported_not_a_traceback(tmp_path):
    # A folder opens without error, and Python then refuses to read it as a file.
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "creditor.yaml").unlink()
    (root / "creditor.yaml").mkdir()
    assert ledger_problems(root) == [f"{root / 'creditor.yaml'}: is a folder, not a file: not read"]


@pytest.mark.parametrize("name", ["creditor.yml", "Creditor.YAML", "CREDITOR.yaml"])
def test_a_creditor_file_named_otherwise_is_named_in_the_problem(tmp_path, name):
    # Debtor files may end in .yml or .YAML; the creditor's one name is creditor.yaml.
    root = write_ledger(tmp_path, debtors=[good(1)])
    (root / "creditor.yaml").rename(root / name)
    assert ledger_problems(root) == [
        f"{root / 'creditor.yaml'}: is missing: {name} is there, but the creditor file must be named creditor.yaml"
    ]


def test_a_folder_named_like_a_debtor_file_is_reported_and_its_files_still_read(tmp_path):
    root = write_ledger(tmp_path, debtors={"D-1.yaml/D-2.yaml": good(2), "D-3.yaml": good(3)})
    assert ledger_problems(root) == [
        f"{root / 'debtors' / 'D-1.yaml'}: is a folder, yet named like a debtor file: rename it"
    ]
    (root / "debtors" / "D-1.yaml").rename(root / "debtors" / "2026")
    assert sorted(d.id for d in load_ledger(root).debtors) == ["D-2", "D-3"]


@pytest.mark.parametrize("name", ["D-1.YAML", "D-1.Yml", "D-1.yML"])
def test_the_suffix_is_read_in_any_case(tmp_path, name):
    root = write_ledger(tmp_path, debtors={name: good(1)})
    assert [d.id for d in load_ledger(root).debtors] == ["D-1"]


def test_what_is_not_read_is_listed(tmp_path):
    root = write_ledger(
        tmp_path,
        debtors={
            "D-1.yaml": good(1),
            "D-1.yaml.bak": good(1),  # a backup beside its file
            "D-1 - kopie.yml~": good(1),  # a backup of a copy
            "notes.txt": "not a debtor",
            ".D-3.yaml": good(3),
            ".gitkeep": "",
            ".git/config": "[core]",
        },
    )
    os.symlink(root / "debtors" / ".git", root / "debtors" / "linked-folder")
    ledger = load_ledger(root)
    folder = root / "debtors"
    assert [d.id for d in ledger.debtors] == ["D-1"]
    assert ledger.skipped == (
        f"{folder / '.D-3.yaml'}: not read: hidden (its name starts with a dot)",
        f"{folder / 'D-1 - kopie.yml~'}: not read: only files ending in .yaml or .yml are debtor files",
        f"{folder / 'D-1.yaml.bak'}: not read: only files ending in .yaml or .yml are debtor files",
        f"{folder / 'linked-folder'}: not read: a link to a folder is not followed",
        f"{folder / 'notes.txt'}: not read: only files ending in .yaml or .yml are debtor files",
    )


@pytest.mark.parametrize(
    ("name", "ending", "meant"),
    [
        ("D-2.yaml.txt", ".txt", "D-2.yaml (Windows may show it without .txt)"),  # saved by Notepad
        ("D-2.YAML.bak", ".bak", "D-2.YAML"),
        ("2026/D-2.yml~", "~", "D-2.yml"),
    ],
)
def test_a_debtor_file_with_an_extra_ending_and_no_file_beside_it_is_a_problem(tmp_path, name, ending, meant):
    # Not a backup: the debtor's only file. As a note, the build would drop the debtor's page.
    root = write_ledger(tmp_path, debtors={"D-1.yaml": good(1), name: good(2)})
    assert ledger_problems(root) == [
        f"{root / 'debtors' / name}: ends in {ending}, so it is not read and its debtor would be left off the site: "
        f"rename it to {meant}, or move it out of debtors/ if it is no debtor's file"
    ]


@contextmanager
def unreadable(monkeypatch, path):
    """`path` cannot be opened, as after `chmod 000` (which root, running these tests here, ignores)."""
    real_open = os.open

    def refusing(file, flags, *args, **kwargs):
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    path.chmod(0)
    monkeypatch.setattr(os, "open", refusing)
    try:
        yield
    finally:
        path.chmod(0o644)


def test_an_unreadable_file_is_reported_beside_every_other_problem(tmp_path, monkeypatch):
    broken = valid_debtor(id="D-2", type="busines", **{"invoices[0].number": "F2"})
    root = write_ledger(tmp_path, debtors=[good(1), broken])
    locked = root / "debtors" / "D-1.yaml"
    with unreadable(monkeypatch, locked):
        problems = ledger_problems(root)
    assert problems[0] == f"{locked}: cannot be read: Permission denied"
    assert "type: must be one of business, consumer; did you mean 'business'? (got busines)" in problems[1]
    assert len(problems) == 2


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch):
    root = write_ledger(tmp_path, debtors={"2026/D-1.yaml": good(1), "D-2.yaml": good(2)})
    real_scandir = os.scandir

    def refusing(path):
        if os.fspath(path) == os.fspath(root / "debtors" / "2026"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    assert ledger_problems(root) == [f"{root / 'debtors' / '2026'}: cannot be read: Permission denied"]


@pytest.mark.parametrize(
    ("name", "slip", "meant"),
    [
        ("D-2.yaml ", "ends in a space after .yaml", "D-2.yaml"),  # a dialog's trailing space
        ("D-2.yml.", "ends in a dot after .yml", "D-2.yml"),
        ("D-2.ymal", "ends in .ymal, not .yaml", "D-2.yaml"),
        ("D-2.yam", "ends in .yam, not .yaml", "D-2.yaml"),
        ("D-2.yamll", "ends in .yamll, not .yaml", "D-2.yaml"),
        ("D-2.\u0443aml", "ends in .\u0443aml, not .yaml (a letter of it is of another alphabet)", "D-2.yaml"),
    ],
)
def test_a_debtor_file_whose_ending_is_a_slip_is_a_problem_naming_its_right_name(tmp_path, name, slip, meant):
    # Only a note until now: the build published without the debtor, whose personal link then gave a 404.
    root = write_ledger(tmp_path, debtors={"D-1.yaml": good(1), name: good(2)})
    assert ledger_problems(root) == [
        f"{root / 'debtors' / name}: {slip}, so it is not read and its debtor would be left off the site: "
        f"rename it to {meant}, or move it out of debtors/ if it is no debtor's file"
    ]


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("D-2.txt", "D-2.yaml (Windows may show it without .txt)"),  # Notepad's "Text documents"
        ("D-2", "D-2.yaml"),
        ("D-2.json", "D-2.yaml"),
        ("D-2.yaml:Zone.Identifier", "D-2.yaml"),
    ],
)
def test_a_file_holding_a_debtor_under_another_name_is_a_problem(tmp_path, name, meant):
    root = write_ledger(tmp_path, debtors={"D-1.yaml": good(1), name: good(2)})
    assert ledger_problems(root) == [
        f"{root / 'debtors' / name}: holds a debtor (id: D-2), but its name does not end in .yaml or .yml, so it "
        f"is not read and its debtor would be left off the site: rename it to {meant}, or move it out of debtors/ "
        "if it is an old copy"
    ]


def test_a_debtor_in_json_on_one_line_is_seen_too(tmp_path):
    text = '{"id": "D-2", "name": "x", "invoices": []}\n'
    root = write_ledger(tmp_path, debtors={"D-1.yaml": good(1), "export": text})
    assert [line.split(": ", 1)[1][:26] for line in ledger_problems(root)] == ["holds a debtor (id: D-2), "]


def test_a_slip_or_a_debtor_under_another_name_beside_its_debtor_file_is_a_backup_and_a_note(tmp_path):
    root = write_ledger(
        tmp_path,
        debtors={
            "D-1.yaml": good(1),
            "D-1.ymal": good(1),
            "D-1.txt": good(1),
            "README.md": "An example:\n\nid: D-9\ninvoices:\n  - number: F1\n",  # documentation, not a debtor
            "notes.txt": "id: none here\n",
        },
    )
    folder = root / "debtors"
    assert load_ledger(root).skipped == tuple(
        f"{folder / name}: not read: only files ending in .yaml or .yml are debtor files"
        for name in ("D-1.txt", "D-1.ymal", "README.md", "notes.txt")
    )
