"""The ledger cache: a debtor file whose bytes did not change since the last build is not read again.

Reading and checking a debtor file (YAML, then every rule of the format) costs
about half a millisecond: 5 seconds of a 10,000-debtor build, all before the
pages can start. Night after night most files are the same bytes, so a build
keeps what each file gave, keyed by the BLAKE2 digest of the file's path and
bytes, in its internal output (`ledger.cache`), and the next build takes
those records back instead of reading the files again (BENCHMARKS.md). It keeps
the debtor records only, which the ledger holds anyway: what the rules across
files check is made again from them (`whole_read`).

Never trusted blindly:
- the cache file is signed (HMAC-SHA256, with a key made from the build's
  secret): a file changed by anyone without the secret is not unpickled at all;
- it names the code that wrote it (every source file of the package, Python's
  and the parsing libraries' versions): any other code reads every file again;
- only a file that read without any problem is kept, so a file's problems are
  found, with their lines, on every run; the rules across files (ids, invoice
  numbers) run on every run, over cached and read records alike;
- only ledger records are ever unpickled (the record classes, dates and
  decimals): a demo build signs with the demo secret, which anyone can read, so
  a signature alone would not keep a forged pickle from naming any callable;
- anything wrong with the cache file (missing, short, another format, a bad
  signature, another code, anything but records in it) leaves it unused and
  says why; a cache that cannot be written is said too. Neither fails a run.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import pickle
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, BinaryIO

from incasso.ledger import model
from incasso.ledger.collector import records_kept
from incasso.ledger.model import Debtor
from incasso.ledger.problems import Source

CACHE_FILE = "ledger.cache"
_FORMAT = b"incasso ledger cache 1\n"
_SIGNATURE_BYTES = hashlib.sha256().digest_size
# The libraries whose answers a debtor file's records depend on.
_PARSERS = ("PyYAML", "email-validator", "idna", "schwifty", "python-stdnum")

Key = bytes  # the digest of a debtor file's path as read and of its bytes


def file_key(path: str, data: bytes) -> Key:
    """One digest of the path and the bytes: a file that moved is read again, so every record's
    source names the file where it is now."""
    digest = hashlib.blake2b(path.encode("utf-8", "surrogateescape"), digest_size=20)
    digest.update(b"\0")
    digest.update(data)
    return digest.digest()


@cache
def code_fingerprint() -> bytes:
    """What read the records: every module of this package, Python, and the parsing libraries."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).resolve().parents[1]
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0" + module.read_bytes())
    for name in _PARSERS:
        try:
            digest.update(f"{name} {version(name)}".encode())
        except PackageNotFoundError:
            digest.update(f"{name} -".encode())
    return digest.digest()


def _signing_key(secret: str) -> bytes:
    """A key for this use only, so the cache file says nothing about the secret that signed it."""
    return hmac.new(secret.encode("utf-8"), b"incasso ledger cache", hashlib.sha256).digest()


@dataclass
class LedgerCache:
    """The records kept by the last build (`kept`) and those of this run (`current`), by file and bytes.

    `note` says why a cache file was not used (None when it was, or when there was none to read).
    """

    kept: dict[Key, Debtor] = field(default_factory=dict)
    current: dict[Key, Debtor] = field(default_factory=dict)
    note: str | None = None
    reused: int = 0  # debtor files taken from the cache in this run
    read: int = 0  # debtor files read (and then kept, when they had no problem)
    unwritten: str | None = None  # why `write` wrote no cache

    @classmethod
    def open(cls, path: Path, secret: str) -> LedgerCache:
        """The cache written to `path` by a build with the same secret and code; empty when there is none."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as error:
            return cls(note=f"{path} cannot be read ({error.strerror}); every debtor file was read")
        kept, problem = _unpacked(data, secret)
        if problem:
            return cls(note=f"{path} {problem}; every debtor file was read")
        return cls(kept=kept)

    def get(self, key: Key) -> Debtor | None:
        """What the file with this path and these bytes gave last time; kept for the next run too."""
        found = self.kept.pop(key, None)  # taken over by `current`: the two never both hold it
        if found is not None:
            self.current[key] = found
            self.reused += 1
        return found

    def loaded(self) -> None:
        """Every file is read: what the last build kept and this one did not take is let go."""
        self.kept.clear()

    def keep(self, key: Key, debtor: Debtor) -> None:
        """A file read without any problem: the next run may take its record from here."""
        self.current[key] = debtor
        self.read += 1

    def write(self, path: Path, secret: str) -> None:
        """Write this run's records to `path` (new, private), signed with the secret; when that fails
        (a full disk, say), leave no file and say why in `unwritten`: the next run reads every file."""
        try:
            self._write(path, secret)
        except Exception as error:  # the pages are built: a cache not written only costs time tomorrow
            path.unlink(missing_ok=True)
            self.unwritten = f"{type(error).__name__}: {error}"  # the path: a build's folder not yet swapped in

    def _write(self, path: Path, secret: str) -> None:
        """Record by record, each pickled on its own: one pickle of them all would hold an entry per
        object in its memo and the whole file in memory (about 260 MB at 100,000 debtors)."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file, records_kept():
            file.write(bytes(_SIGNATURE_BYTES))  # filled in at the end
            signed = _SigningWriter(file, hmac.new(_signing_key(secret), digestmod=hashlib.sha256))
            signed.write(_FORMAT + code_fingerprint())
            pickler = pickle.Pickler(signed, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dump(len(self.current))
            for entry in self.current.items():
                pickler.dump(entry)
                pickler.clear_memo()
            file.seek(0)
            file.write(signed.signature.digest())


class _SigningWriter:
    """A file that signs what is written to it."""

    def __init__(self, file: BinaryIO, signature: hmac.HMAC):
        self.file, self.signature = file, signature

    def write(self, data: bytes) -> int:
        self.signature.update(data)
        return self.file.write(data)


def _unpacked(data: bytes, secret: str) -> tuple[dict[Key, Debtor], str | None]:
    """The records in a cache file, or why they cannot be used."""
    # Views, not slices: a slice of a large cache would copy it (90 MB at 100,000 debtors).
    view = memoryview(data)
    signature, body = view[:_SIGNATURE_BYTES], view[_SIGNATURE_BYTES:]
    if body[: len(_FORMAT)] != _FORMAT:
        return {}, "is not a ledger cache of this version"
    expected = hmac.new(_signing_key(secret), body, hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        return {}, "is not signed with this build's secret (or was changed since)"
    start = len(_FORMAT) + len(code_fingerprint())
    if body[len(_FORMAT) : start] != code_fingerprint():
        return {}, "was written by another version of incasso or its libraries"
    try:
        return _records(data, _SIGNATURE_BYTES + start), None
    except Exception as error:  # signed by us, yet unreadable: a bug, but never a reason to fail the build
        return {}, f"cannot be read back ({type(error).__name__})"


def _records(data: bytes, start: int) -> dict[Key, Debtor]:
    stream = io.BytesIO(data)  # shares the bytes, copies nothing
    stream.seek(start)
    with records_kept():
        count = _RecordUnpickler(stream).load()
        records = {}
        for _ in range(count):  # one pickle per record: the writer cleared its memo after each
            key, debtor = _RecordUnpickler(stream).load()
            if not isinstance(key, bytes) or not isinstance(debtor, Debtor):
                raise pickle.UnpicklingError("an entry is not a debtor's record")
            records[key] = debtor
        return records


# What a debtor's record is made of, by the module and name a pickle gives: nothing else is ever unpickled.
_RECORD_CLASSES: dict[tuple[str, str], type] = {
    (model.__name__, cls.__name__): cls
    for cls in (
        Debtor,
        model.DebtorContact,
        model.Representative,
        model.RepresentativeRole,
        model.Invoice,
        model.CreditNote,
        model.Payment,
        model.Event,
        model.Installment,
        model.DebtorType,
        model.Language,
        model.Channel,
        model.EventType,
        model.PauseAsker,
    )
} | {("incasso.ledger.problems", "Source"): Source, ("datetime", "date"): date, ("decimal", "Decimal"): Decimal}


class _RecordUnpickler(pickle.Unpickler):
    """Unpickles ledger records and the values in them, nothing else.

    The signature keeps out a cache written without the build's secret; but a demo build signs with
    the demo secret, which anyone can read, and a pickle may name any callable. So even a cache that
    is signed may only name the record classes, dates and decimals.
    """

    def find_class(self, module: str, name: str) -> Any:
        # Taken from the table, not imported and looked up again: each record is a pickle of its own,
        # which names its classes afresh (a quarter of reading a cache back, BENCHMARKS.md).
        found = _RECORD_CLASSES.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a ledger record")
        return found
