"""Read a ledger folder into records, checking every rule of the format.

`load_ledger` either returns a whole, valid `Ledger` or raises `LedgerError`
with every problem of every file, so that nothing is built from a ledger
that is partly wrong. `read_ledger` says what it could read beside the
problems, so that later steps (the bank, the rules of the day) still check the
debtors whose files are sound and report their problems in the same run.
"""

from __future__ import annotations

import filecmp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from incasso.law.rates import rates_file_name, rates_for
from incasso.ledger.cache import Key, LedgerCache, file_key
from incasso.ledger.creditor_file import read_creditor
from incasso.ledger.debtor_file import DebtorRead, InvoiceRead, not_an_own_invoice, read_debtor, whole_read
from incasso.ledger.fields import Reader, Shared
from incasso.ledger.files import debtor_files, is_copy_name, named_otherwise, read_ledger_file
from incasso.ledger.model import Creditor, Debtor, DebtorType, InterestChoice, Ledger
from incasso.ledger.problems import LedgerError, Problem, Source
from incasso.ledger.yamlsafe import MAX_BYTES, Node, above_error, off_stand_in_lines, parse
from incasso.payments.epc import MAX_AMOUNT
from incasso.payments.reference import letters_and_digits, rf_reference

R = TypeVar("R")

CHUNK = 250  # debtor files parsed in one go: about 0.15 s of work, a few hundred kB to hand over
# A debtor file's record (None when it has a problem), else what was read of it, and its problems.
Parsed = tuple[Debtor | None, DebtorRead | None, list[Problem]]
Spread = Callable[
    [Callable[[list[tuple[Path, bytes]]], list[Parsed]], Iterable[list[tuple[Path, bytes]]]], Iterable[list[Parsed]]
]
# Told how many of how many things a step has done (debtor files read): a build shows it on a terminal.
Counted = Callable[[int, int], None]
# A step of reading, timed and shown by whoever runs it (a build's clock): `with phase("load") as counted:`,
# `counted` None when nobody counts.
Phase = Callable[[str], AbstractContextManager[Counted | None]]


@contextmanager
def untimed(name: str) -> Iterator[Counted | None]:
    """A step nobody times or counts (`Phase`)."""
    yield None


@dataclass(frozen=True)
class LedgerRead:
    """A ledger as far as it could be read: every problem of its files, and what later rules may still check.

    `debtors` are the debtors whose files have no problem (the rules across files included), in
    ledger order; `ledger` is them with the creditor, None when the creditor's file has a problem.
    Without problems, `ledger` is the whole ledger.
    """

    ledger: Ledger | None
    debtors: tuple[Debtor, ...]
    problems: tuple[Problem, ...]
    # The creditor as read when its file has a problem but every field it needs came through (a key
    # misspelt, say): enough to reconcile the bank files, so that their problems show in the same run.
    creditor_read: Creditor | None = None
    # The entries of debtors/ not read (a .csv export, a hidden file): said whether or not there are problems.
    skipped: tuple[str, ...] = ()


def load_ledger(root: str | Path, cache: LedgerCache | None = None, spread: Spread = map) -> Ledger:
    """Load and validate the ledger in `root`; raise LedgerError listing all problems.

    With a `cache`, a debtor file whose bytes it knows is not read again (incasso.ledger.cache),
    and every file read without a problem is added to it. `spread` parses the other debtor files,
    a chunk at a time, as `map` does (the command line and the build pass one that shares the
    chunks among worker processes: `incasso.processes.in_order`); the result is the same either way.
    """
    read = read_ledger(root, cache, spread)
    if read.problems or read.ledger is None:
        raise LedgerError(list(read.problems), skipped=read.skipped)
    return read.ledger


def read_ledger(
    root: str | Path, cache: LedgerCache | None = None, spread: Spread = map, progress: Counted | None = None
) -> LedgerRead:
    """Load and validate the ledger in `root`: every problem, and the sound part (`LedgerRead`).

    `cache` and `spread` as for `load_ledger`; `progress` is told how many debtor files are read, as they are.
    """
    root = Path(root)
    problems: list[Problem] = []
    wrong = _not_a_ledger(root)
    if wrong:
        return LedgerRead(None, (), (Problem(Source(str(root)), "", wrong),))
    creditor_path = root / "creditor.yaml"
    other = None if os.path.lexists(creditor_path) else named_otherwise(creditor_path)
    if other:  # `creditor.yml`: debtor files may be named so, the creditor's may not
        message = f"is missing: {other} is there, but the creditor file must be named creditor.yaml"
        problems.append(Problem(Source(str(creditor_path)), "", message))
    creditor = None if other else _read_file(root, creditor_path, read_creditor, problems)
    found = debtor_files(root, root / "debtors")
    problems.extend(found.problems)
    debtors = _read_debtors(root, found.files, problems, cache, spread, progress)
    if cache is not None:
        cache.loaded()
    # The rules across files also read partial records, so every problem shows in one run.
    problems.extend(_across_files(debtors))
    if creditor is not None and creditor.interest == InterestChoice.STATUTORY:
        problems.extend(_interest_known(debtors))
    skipped = tuple(found.skipped)
    if not problems and creditor is not None:
        whole = tuple(_complete(debtor.record) for debtor in debtors)
        return LedgerRead(Ledger(_complete(creditor.record), whole, str(root), skipped), whole, (), skipped=skipped)
    # Nothing later is checked on a file with a problem, lest a value it could not read show up
    # as a problem of its own: the sound part is the files without one.
    troubled = {problem.source.path for problem in problems}
    sound = tuple(d.record for d in debtors if d.record is not None and d.source.path not in troubled)
    record = creditor.record if creditor is not None and str(creditor_path) not in troubled else None
    ledger = Ledger(record, sound, str(root), skipped) if record is not None else None
    read = creditor.record if creditor is not None and record is None else None
    return LedgerRead(ledger, sound, tuple(problems), read, skipped)


def _not_a_ledger(root: Path) -> str | None:
    """Why `root` is no ledger folder, or None; for a file or folder of a ledger (`creditor.yaml`,
    `debtors`) given instead of the ledger itself, which folder to give."""
    if root.is_dir() and (os.path.lexists(root / "creditor.yaml") or os.path.lexists(root / "debtors")):
        return None
    above = next((p for p in root.resolve().parents[:2] if (p / "creditor.yaml").is_file()), None)
    if root.is_dir() and above is None:
        return None  # an empty folder: its missing creditor.yaml and debtors/ say what goes in
    what = "a file" if root.is_file() else "a folder inside the ledger" if root.is_dir() else None
    if what is None:
        return "is not a ledger folder (no such directory): give the folder with creditor.yaml and debtors/"
    instead = f"give {above}, which holds creditor.yaml" if above else "give the folder with creditor.yaml and debtors/"
    return f"is {what}, not the ledger folder: {instead}"


def read_creditor_alone(root: str | Path) -> Creditor | None:
    """The creditor as the ledger's creditor.yaml says, read alone: a build asks whose ledger the last one was
    before it reads the rest. None when it cannot be read or has a problem (reading the ledger says which)."""
    root = Path(root)
    problems: list[Problem] = []
    read = _read_file(root, root / "creditor.yaml", read_creditor, problems)
    return read.record if read is not None and not problems else None


def _read_file(
    root: Path, path: Path, convert: Callable[[Reader, Node], R | None], problems: list[Problem]
) -> R | None:
    """What `convert` read from the file at `path`; None if it is missing, unreadable or not YAML."""
    data = read_ledger_file(root, path, MAX_BYTES)
    if isinstance(data, Problem):
        problems.append(data)
        return None
    return _converted(data, path, convert, problems)


def _read_debtors(
    root: Path,
    paths: list[Path],
    problems: list[Problem],
    cache: LedgerCache | None,
    spread: Spread,
    progress: Counted | None = None,
) -> list[DebtorRead]:
    """Every debtor file as read, in order, its problems added to `problems`: taken from the cache when
    it knows the file's bytes, the others parsed `CHUNK` at a time by `spread`."""
    reads: list[tuple[DebtorRead | None, list[Problem]]] = []
    unparsed: deque[list[tuple[int, Key | None]]] = deque()  # per chunk handed out: its files' places

    def chunks() -> Iterator[list[tuple[Path, bytes]]]:
        chunk: list[tuple[Path, bytes]] = []
        for number, path in enumerate(paths, 1):
            if progress is not None:
                progress(number, len(paths))  # read as the workers take them: at most a few chunks ahead
            data = read_ledger_file(root, path, MAX_BYTES)
            if isinstance(data, Problem):
                reads.append((None, [data]))
                continue
            key = kept = None
            if cache is not None:
                key = file_key(str(path), data)
                kept = cache.get(key)
            if kept is not None:
                reads.append((whole_read(kept), []))
                continue
            if not chunk:
                unparsed.append([])
            unparsed[-1].append((len(reads), key))
            reads.append((None, []))  # its place, filled when its chunk is parsed
            chunk.append((path, data))
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    for parsed in spread(_parse_debtor_files, chunks()):
        for (place, key), (record, read, found) in zip(unparsed.popleft(), parsed, strict=True):
            if record is not None:
                read = whole_read(record)
                if cache is not None and key is not None:
                    cache.keep(key, record)
            reads[place] = (read, found)
    for _, found in reads:
        problems.extend(found)
    return [read for read, _ in reads if read is not None]


def _parse_debtor_files(chunk: list[tuple[Path, bytes]]) -> list[Parsed]:
    """Each debtor file's record when it has no problem (a record pickles quickly: `pickled_by_fields`),
    else what was read of it and its problems."""
    parsed: list[Parsed] = []
    shared = Shared()  # one object per value in the chunk, which is pickled back as one: `Shared`
    for path, data in chunk:
        problems: list[Problem] = []
        read = _converted(data, path, read_debtor, problems, shared)
        if read is not None and read.record is not None and not problems:
            parsed.append((read.record, None, []))
        else:
            parsed.append((None, read, problems))
    return parsed


def _converted(
    data: bytes,
    path: Path,
    convert: Callable[[Reader, Node], R | None],
    problems: list[Problem],
    shared: Shared | None = None,
) -> R | None:
    """What `convert` read from a file's bytes, its problems added to `problems`; the values read as `shared` has
    them (`Shared`)."""
    node, found = parse(data, str(path))
    problems.extend(found)
    if node is None:
        problems.extend(_checked_above_error(data, found, convert))
        return None
    reader = Reader(shared=shared)
    record = convert(reader, node)
    # A line read with a stand-in for a hidden character: its value is not the file's (`amount: 239.00_`).
    problems.extend(off_stand_in_lines(reader.problems, found))
    return record


def _checked_above_error(
    data: bytes, found: list[Problem], convert: Callable[[Reader, Node], R | None]
) -> list[Problem]:
    """The problems of the values above a file's YAML error (`amount: 2.395,00` above a `description: a: b`),
    so that they come in the same run as the error. What is read there goes no further: a field or an entry
    may go on below the error, so no rule asks for what is missing (`Reader.whole`), nor a rule across files."""
    above, problems, line = above_error(data, found)
    if above is None:
        return []
    reader = Reader(whole=False)
    convert(reader, above)
    return [p for p in off_stand_in_lines(problems + reader.problems, found) if p.source.line < line]


def _complete(record: R | None) -> R:
    """A record of a ledger without problems: every field came through."""
    if record is None:
        raise RuntimeError("a ledger record is incomplete, yet no problem was reported")
    return record


def _interest_known(debtors: list[DebtorRead]) -> list[Problem]:
    """Statutory interest needs a rate for every day it runs."""
    problems = []
    for debtor in debtors:
        first = rates_for(debtor.type == DebtorType.CONSUMER)[0].start
        for i, invoice in enumerate(debtor.invoices):
            if invoice is None or invoice.due is None:
                continue
            if invoice.due + timedelta(days=1) < first:
                problems.append(
                    Problem(
                        invoice.source,
                        f"invoices[{i}].due",
                        f"is before the first known statutory interest rate ({first}); "
                        f"add the earlier rates to {rates_file_name()}",
                        str(invoice.due),
                    )
                )
    return problems


# -- rules across files -----------------------------------------------------------


def _across_files(debtors: list[DebtorRead]) -> list[Problem]:
    """Rules across files; a value left None by a problem already reported is skipped.

    Of two files that clash, the one named by its id (`D-1016.yaml`) is taken as the original, so the
    problem is told at the other (`D-1016 - kopie.yaml`, the name Windows gives a copy), whatever the
    order of their names. A file with the same bytes as another is told only that it is a copy."""
    ordered = sorted(debtors, key=_copy_last)
    copies = _copies(ordered)
    others = [debtor for debtor in ordered if debtor.source.path not in copies]
    return (
        list(copies.values())
        + _unique_ids(others)
        + _unique_invoice_numbers(others)
        + _payments_name_own_invoices(others)
        + _one_transfer_pays_all(others)
    )


def _copy_last(debtor: DebtorRead) -> tuple[bool, bool]:
    """The sort key putting first the file named by its id, and last one named as Windows names a copy
    (`acme - kopie.yaml`): of two that clash, the problem is told at the later."""
    return not _named_by_id(debtor), is_copy_name(Path(debtor.source.path).name)


def _named_by_id(debtor: DebtorRead) -> bool:
    stem = Path(debtor.source.path).name.rsplit(".", 1)[0]
    return debtor.id is not None and stem.casefold() == debtor.id.casefold()


def _copies(debtors: list[DebtorRead]) -> dict[str, Problem]:
    """Per file that holds the same bytes as a file before it with the same id: the problem saying so."""
    copies: dict[str, Problem] = {}
    first: dict[str, list[DebtorRead]] = {}
    for debtor in debtors:
        if debtor.id is None:
            continue
        same = first.setdefault(debtor.id, [])
        original = next((o for o in same if _same_bytes(o.source.path, debtor.source.path)), None)
        if original is None:
            same.append(debtor)
            continue
        message = f"is a copy of {original.source.path} (the same text): delete one of the two"
        copies[debtor.source.path] = Problem(Source(debtor.source.path), "", message)
    return copies


def _same_bytes(one: str, other: str) -> bool:
    try:
        return filecmp.cmp(one, other, shallow=False)
    except OSError:  # gone since it was read: the next check says so
        return False


def _unique_ids(debtors: list[DebtorRead]) -> list[Problem]:
    """No two debtors share an id, nor a payment reference (made of the id's letters and digits)."""
    problems = []
    ids: dict[str, DebtorRead] = {}
    references: dict[str, DebtorRead] = {}
    for debtor in debtors:
        if debtor.id is None:
            continue
        if debtor.id in ids:
            problems.append(
                Problem(debtor.id_source, "id", f"is already used by {ids[debtor.id].source.path}", debtor.id)
            )
            continue
        ids[debtor.id] = debtor
        try:
            reference = rf_reference(debtor.id)
        except ValueError:  # too few or too many letters and digits: reported by the id rule
            continue
        if reference in references:
            first = references[reference]
            problems.append(
                Problem(
                    debtor.id_source,
                    "id",
                    f"gives the same payment reference as {first.id} "
                    f"in {first.source.path}; ids must differ in their letters and digits",
                    debtor.id,
                )
            )
        references[reference] = debtor
    return problems


def _unique_invoice_numbers(debtors: list[DebtorRead]) -> list[Problem]:
    """An invoice number is used once in the whole ledger, counting only its letters and digits: a
    bank transfer's text is matched on those, so "F2026/0092" beside "F2026-0092" would let one
    debtor's payment be booked to the other."""
    problems = []
    numbers: dict[str, InvoiceRead] = {}
    for debtor in debtors:
        for i, invoice in enumerate(debtor.invoices):
            if invoice is None or invoice.number is None:
                continue
            key = letters_and_digits(invoice.number) or invoice.number
            if key not in numbers:
                numbers[key] = invoice
                continue
            first = numbers[key]
            same = first.number == invoice.number
            problems.append(
                Problem(
                    invoice.source,
                    f"invoices[{i}].number",
                    f"is already used in {first.source.path}:{first.source.line}"
                    + ("" if same else f" (as {first.number}: numbers must differ in their letters and digits)"),
                    invoice.number,
                )
            )
    return problems


def _payments_name_own_invoices(debtors: list[DebtorRead]) -> list[Problem]:
    """A payment names an invoice of its own debtor, if it names one: written as the invoice is, which the
    message offers when only the writing differs ("f2026-0900"), or says whose invoice it is."""
    owners: dict[str, tuple[DebtorRead, str]] | None = None  # made at the first payment that needs it
    problems = []
    for debtor in debtors:
        own = {invoice.number if invoice else None for invoice in debtor.invoices}
        # None: an invoice or its number was refused, and a payment may well name it.
        if not own or None in own:
            continue
        for i, payment in enumerate(debtor.payments):
            if payment is None or (payment.invoice is None and not payment.invoices):
                continue
            named = [(payment.invoice, payment.source, f"payments[{i}].invoice")] if payment.invoice else []
            named += [(n, at, f"payments[{i}].invoices[{j}]") for j, (n, at) in enumerate(payment.invoices)]
            for written, source, field in named:
                if written in own:
                    continue
                owners = _invoice_owners(debtors) if owners is None else owners
                message = _not_own(debtor, written, owners, own)
                problems.append(Problem(source, field, message, written))
    return problems


def _not_own(debtor: DebtorRead, written: str, owners: dict[str, tuple[DebtorRead, str]], own: set[str | None]) -> str:
    """What to say of an invoice a payment names that is not its debtor's: the number as written, or whose,
    or the one it is near to; then the debtor's numbers, as a dispute naming no invoice of theirs says."""
    owner, number = owners.get(letters_and_digits(written), (None, None))
    hint = ""
    if owner is debtor:
        hint = f" (did you mean '{number}'?)"
    elif owner is not None:
        hint = f" ({number} is an invoice of {owner.id}, in {owner.source.path})"
    return not_an_own_invoice(written, [n for n in own if n is not None], hint)


def _invoice_owners(debtors: list[DebtorRead]) -> dict[str, tuple[DebtorRead, str]]:
    """Each invoice number (its letters and digits) with its debtor and the number as written."""
    return {
        letters_and_digits(invoice.number): (debtor, invoice.number)
        for debtor in debtors
        for invoice in debtor.invoices
        if invoice is not None and invoice.number is not None
    }


def _one_transfer_pays_all(debtors: list[DebtorRead]) -> list[Problem]:
    """A debtor's invoices add up to what one bank transfer, and so one EPC QR code, can ask."""
    problems = []
    for debtor in debtors:
        total = Decimal(0)
        for i, invoice in enumerate(debtor.invoices):
            if invoice is None or invoice.record is None:
                continue
            total += invoice.record.amount
            if total > MAX_AMOUNT:
                problems.append(
                    Problem(
                        invoice.source,
                        f"invoices[{i}].amount",
                        f"brings this debtor's invoices to more than {MAX_AMOUNT}, the most one bank transfer "
                        "(an EPC QR code) can ask; split the claim over more than one dossier",
                        str(total),
                    )
                )
                break
    return problems
