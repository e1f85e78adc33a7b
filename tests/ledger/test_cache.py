"""The ledger cache: records of unchanged debtor files come back equal; anything doubtful is read again."""

from __future__ import annotations

import dataclasses
import stat
import typing
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from incasso.ledger import cache as cache_module
from incasso.ledger.cache import LedgerCache
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Debtor
from incasso.ledger.problems import LedgerError
from tests.support.ledgers import debtor_path, invoice, to_yaml, valid_debtor, where, write_ledger
from tests.support.site import DEMO_LEDGER

SECRET = "a-secret-for-the-cache-tests-0123456789"
DEBTORS = {f"D-{n}.yaml": valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F-{n}")]) for n in range(1001, 1005)}


def _written(tmp_path, root, secret: str = SECRET) -> LedgerCache:
    """Load `root` with a new cache, write it, and open it again as the next run would."""
    first = LedgerCache()
    load_ledger(root, first)
    path = tmp_path / "ledger.cache"
    path.unlink(missing_ok=True)
    first.write(path, secret)
    return LedgerCache.open(path, secret)


def test_the_demo_ledger_comes_back_from_the_cache_equal_to_a_reading(tmp_path):
    again = _written(tmp_path, DEMO_LEDGER)
    assert load_ledger(DEMO_LEDGER, again) == load_ledger(DEMO_LEDGER)
    files = len(list((DEMO_LEDGER / "debtors").glob("*.yaml")))
    assert (again.reused, again.read, again.note) == (files, 0, None)


def test_a_first_run_reads_every_file_and_keeps_each(tmp_path):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    fresh = LedgerCache()
    load_ledger(root, fresh)
    assert (fresh.reused, fresh.read, len(fresh.current)) == (0, 4, 4)


def test_a_changed_file_is_read_again_and_its_new_value_counts(tmp_path):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    again = _written(tmp_path, root)
    changed = valid_debtor(id="D-1002", invoices=[invoice(number="F-1002", amount=Decimal("999.99"))])
    (root / "debtors" / "D-1002.yaml").write_text(to_yaml(changed), encoding="utf-8")
    ledger = load_ledger(root, again)
    debtor = next(d for d in ledger.debtors if d.id == "D-1002")
    assert debtor.invoices[0].amount == Decimal("999.99")
    assert (again.reused, again.read) == (3, 1)
    assert ledger == load_ledger(root)


def test_a_file_with_a_problem_is_never_kept_and_its_problem_is_reported_every_time(tmp_path):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    again = _written(tmp_path, root)
    bad = valid_debtor(id="D-1003", invoices=[invoice(number="F-1003", amount="twelve")])
    (root / "debtors" / "D-1003.yaml").write_text(to_yaml(bad), encoding="utf-8")
    for run in (again, LedgerCache()):
        with pytest.raises(LedgerError) as raised:
            load_ledger(root, run)
        assert [p.source.line for p in raised.value.problems] == [int(where(bad, "invoices[0].amount").split(":")[0])]
        assert not any(debtor.id == "D-1003" for debtor in run.current.values())
        assert len(run.current) == 3


def test_the_rules_across_files_run_over_records_from_the_cache(tmp_path):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    again = _written(tmp_path, root)
    twin = valid_debtor(id="D-1001", invoices=[invoice(number="F-2001")])
    (root / "debtors" / "twin.yaml").write_text(to_yaml(twin), encoding="utf-8")
    assert _refused(root, again) == [
        f"{debtor_path(root, 'twin.yaml')}:{where(twin, 'id')}: id: is already used by "
        f"{root / 'debtors' / 'D-1001.yaml'} (got D-1001)"
    ]
    assert again.reused == 4


def test_a_record_from_the_cache_still_knows_where_its_id_is_written(tmp_path):
    kept = {"name": "Jan", **valid_debtor(id="D-1001", invoices=[invoice(number="F-1001")])}
    root = write_ledger(tmp_path, debtors={"kept.yaml": kept})
    again = _written(tmp_path, root)
    # Read before the cached file, and neither named by its id, so the id the cached file repeats is the one reported.
    (root / "debtors" / "A-twin.yaml").write_text(to_yaml(valid_debtor(id="D-1001")), encoding="utf-8")
    assert _refused(root, again) == [
        f"{debtor_path(root, 'kept.yaml')}:{where(kept, 'id')}: id: is already used by "
        f"{root / 'debtors' / 'A-twin.yaml'} (got D-1001)"
    ]
    assert again.reused == 1


def _refused(root, cache) -> list[str]:
    """The problems the ledger at `root`, read with `cache`, is refused for."""
    with pytest.raises(LedgerError) as raised:
        load_ledger(root, cache)
    return [str(p) for p in raised.value.problems]


def test_a_ledger_in_another_place_is_read_again_so_every_problem_names_the_file_where_it_is(tmp_path):
    root = write_ledger(tmp_path / "here", debtors=DEBTORS)
    again = _written(tmp_path, root)
    moved = root.rename(tmp_path / "there")
    ledger = load_ledger(moved, again)
    assert again.reused == 0 and again.kept == {}  # what no file took is let go after loading
    assert all(str(d.source.path).startswith(str(moved)) for d in ledger.debtors)


def test_the_cache_file_is_private(tmp_path):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    _written(tmp_path, root)
    assert stat.S_IMODE((tmp_path / "ledger.cache").stat().st_mode) == 0o600


# -- never trusted blindly: each of these is not used, says why, and every file is read ----------


def _tampered(data: bytes) -> bytes:
    """One byte of the records changed, the signature left as it was."""
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]


@pytest.mark.parametrize(
    ("spoil", "why"),
    [
        (_tampered, "is not signed with this build's secret (or was changed since)"),
        (lambda data: b"", "is not a ledger cache of this version"),
        (lambda data: data[:40], "is not a ledger cache of this version"),
        (lambda data: b"\x80\x05garbage" * 20, "is not a ledger cache of this version"),
    ],
)
def test_a_changed_or_broken_cache_file_is_not_used(tmp_path, spoil, why):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    _written(tmp_path, root)
    path = tmp_path / "ledger.cache"
    path.write_bytes(spoil(path.read_bytes()))
    opened = LedgerCache.open(path, SECRET)
    assert opened.note == f"{path} {why}; every debtor file was read"
    assert load_ledger(root, opened) == load_ledger(root)
    assert (opened.reused, opened.read) == (0, 4)


def test_a_cache_signed_with_another_secret_is_not_used(tmp_path):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    _written(tmp_path, root, secret="another-secret-of-at-least-thirty-two-chars")
    opened = LedgerCache.open(tmp_path / "ledger.cache", SECRET)
    assert "is not signed with this build's secret" in (opened.note or "")
    assert not opened.kept


def test_a_cache_written_by_other_code_is_not_used(tmp_path, monkeypatch):
    root = write_ledger(tmp_path, debtors=DEBTORS)
    _written(tmp_path, root)
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: b"\x00" * 32)
    opened = LedgerCache.open(tmp_path / "ledger.cache", SECRET)
    assert "was written by another version of incasso or its libraries" in (opened.note or "")
    assert not opened.kept


def test_no_cache_file_yet_is_no_note(tmp_path):
    opened = LedgerCache.open(tmp_path / "ledger.cache", SECRET)
    assert (opened.note, opened.kept) == (None, {})


def test_what_the_rules_across_files_check_is_made_again_from_a_record_as_reading_gives_it():
    from incasso.ledger.debtor_file import read_debtor, whole_read
    from incasso.ledger.fields import Reader
    from incasso.ledger.yamlsafe import parse

    for path in sorted((DEMO_LEDGER / "debtors").glob("*.yaml")):
        node, found = parse(path.read_bytes(), str(path))
        read = read_debtor(Reader(), node)
        assert not found and read is not None and read.record is not None
        assert whole_read(read.record) == read


class _Forged:
    """What a forged cache could hold: a pickle that calls a function when it is read."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.makedirs, (str(self.marker),))


def test_a_cache_signed_with_the_public_demo_secret_still_unpickles_nothing_but_records(tmp_path):
    """Anyone can sign with the demo secret: a pickle naming any other callable is refused, not run."""
    import hashlib
    import hmac
    import pickle

    from incasso.payments.tokens import DEMO_SECRET

    marker = tmp_path / "ran"
    body = cache_module._FORMAT + cache_module.code_fingerprint()
    body += pickle.dumps(1) + pickle.dumps((b"k" * 20, _Forged(marker)))
    key = hmac.new(DEMO_SECRET.encode(), b"incasso ledger cache", hashlib.sha256).digest()
    path = tmp_path / "ledger.cache"
    path.write_bytes(hmac.new(key, body, hashlib.sha256).digest() + body)
    opened = LedgerCache.open(path, DEMO_SECRET)
    assert not marker.exists()
    assert opened.note == f"{path} cannot be read back (UnpicklingError); every debtor file was read"
    assert opened.kept == {}


def test_a_wait_and_a_settlement_asked_for_come_back_from_the_cache(tmp_path):
    """`asked_by` is a PauseAsker: a cache holding one could not be read back, and every build read every file."""
    events = [
        {"date": date(2026, 3, 1), "type": "postpone", "until": date(2026, 4, 1), "asked_by": "debtor", "reason": "x"},
        {"date": date(2026, 3, 2), "type": "settlement", "amount": Decimal("600.00"), "pay_by": date(2026, 5, 1)},
    ]
    events[1]["asked_by"] = "debtor"
    root = write_ledger(tmp_path, debtors={"D-1001.yaml": valid_debtor(id="D-1001", events=events)})
    again = _written(tmp_path, root)
    assert (again.note, len(again.kept)) == (None, 1)
    assert load_ledger(root, again) == load_ledger(root)


def _classes_in(hint: Any) -> Iterator[type]:
    """The classes a field's type names, through unions, tuples and optionals."""
    args = typing.get_args(hint)
    if args:
        for arg in args:
            yield from _classes_in(arg)
    elif isinstance(hint, type) and hint not in (type(None), str, int, bool):
        yield hint


def test_every_class_a_debtor_record_holds_may_be_unpickled():
    """Walk the record's dataclasses as the model declares them: a class added to it (an enum for a new field) that
    the unpickler's table lacks makes every cache holding one unreadable."""
    allowed = set(cache_module._RECORD_CLASSES.values())
    seen: set[type] = set()
    todo: list[type] = [Debtor]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        if dataclasses.is_dataclass(cls):
            for hint in typing.get_type_hints(cls).values():
                todo += list(_classes_in(hint))
    assert seen - allowed == set()
