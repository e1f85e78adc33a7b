"""The ledger cache in real builds: the second night reads no unchanged file, and builds the same bytes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.support.site import AS_OF, DEMO_LEDGER, build_site


def _tree(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_next_build_takes_every_unchanged_file_from_the_cache_and_builds_the_same_site(tmp_path, capsys):
    first = build_site(tmp_path / "cached", extra=["-q"])
    cache = first.internal / "ledger.cache"
    assert first.exit_code == 0 and stat.S_IMODE(cache.stat().st_mode) == 0o600
    again = build_site(tmp_path / "cached")
    files = len(list((DEMO_LEDGER / "debtors").glob("*.yaml")))
    out = capsys.readouterr().out
    assert (
        f"Ledger cache: {files} of {files} debtor files unchanged since the cache was written, not read again." in out
    )
    # Built twice without the cache too: a second build marks the letters the first wrote (docs/letters.md).
    build_site(tmp_path / "plain", extra=["--no-ledger-cache", "-q"])
    plain = build_site(tmp_path / "plain", extra=["--no-ledger-cache", "-q"])
    assert again.exit_code == plain.exit_code == 0
    assert _tree(again.output) == _tree(plain.output)
    internal, internal_plain = _tree(again.internal), _tree(plain.internal)
    assert internal.pop(cache.relative_to(first.internal))
    # The list of what the build wrote names the cache in one and not the other; the rest is alike.
    cached, listed = (set(tree.pop(Path(".incasso-contents")).decode().split()) for tree in (internal, internal_plain))
    assert cached - listed == {"ledger.cache"} and listed <= cached
    for tree in (internal, internal_plain):  # each compares with its own first build
        del tree[next(p for p in tree if p.name == "changes.md")]
    assert internal == internal_plain
    assert not (plain.internal / "ledger.cache").exists()
    assert not list(again.output.rglob("*.cache"))


def test_a_changed_cache_is_not_used_and_the_build_goes_on(tmp_path, capsys):
    first = build_site(tmp_path, extra=["-q"])
    cache = first.internal / "ledger.cache"
    cache.write_bytes(cache.read_bytes()[:-1] + b"!")
    again = build_site(tmp_path)
    out = capsys.readouterr().out
    assert again.exit_code == 0
    assert f"Ledger cache not used: {cache} is not signed with this build's secret (or was changed since)" in out
    assert "unchanged since the cache was written" not in out
    # the new build wrote a sound cache again
    build_site(tmp_path)
    assert "debtor files unchanged since the cache was written" in capsys.readouterr().out


def test_a_production_secret_signs_the_cache_so_a_build_with_another_cannot_use_it(tmp_path, capsys):
    secret = "nightly-secret-0123456789-abcdefghijklmnop"
    build_site(tmp_path, extra=["-q"], secret=secret)
    capsys.readouterr()
    assert build_site(tmp_path).exit_code == 1  # a demo build after a real one is refused (test_build_safety)
    assert build_site(tmp_path, extra=["--new-secret"], secret=secret[::-1]).exit_code == 0
    assert "Ledger cache not used" in capsys.readouterr().out


def test_check_and_audit_read_the_cache_a_build_left(tmp_path, capsys):
    site = build_site(tmp_path, extra=["-q"])
    capsys.readouterr()
    cache = str(site.internal / "ledger.cache")
    ledger = ["--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat(), "--ledger-cache", cache]
    assert main(["check", *ledger]) == 0
    files = len(list((DEMO_LEDGER / "debtors").glob("*.yaml")))
    assert f"Ledger cache: {files} of {files} debtor files unchanged" in capsys.readouterr().out
    assert main(["audit", str(site.output), *ledger, "--demo"]) == 0
    out = capsys.readouterr().out
    assert "audit passed" in out and f"Ledger cache: {files} of {files} debtor files unchanged" in out
    missing = tmp_path / "none.cache"  # a typo is said, not taken for an empty cache
    assert main(["check", *ledger[:-1], str(missing)]) == 0
    assert f"Ledger cache not used: {missing} does not exist; every debtor file was read." in capsys.readouterr().out


def test_an_audit_without_a_ledger_refuses_a_ledger_cache(tmp_path, capsys):
    site = build_site(tmp_path, extra=["-q"])
    with pytest.raises(SystemExit) as exited:
        main(["audit", str(site.output), "--ledger-cache", str(site.internal / "ledger.cache")])
    assert exited.value.code == 2
    assert "--ledger-cache is read only together with --ledger" in capsys.readouterr().err


def test_a_cache_that_cannot_be_written_is_said_and_the_build_still_publishes(tmp_path, capsys, monkeypatch):
    from incasso.ledger.cache import LedgerCache

    def full_disk(self, path, secret):
        path.write_bytes(b"half a cache")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(LedgerCache, "_write", full_disk)
    site = build_site(tmp_path)
    out = capsys.readouterr().out
    assert site.exit_code == 0 and list(site.output.glob("s/*/index.html"))
    assert not (site.internal / "ledger.cache").exists()  # no half file left for the next build
    assert "Ledger cache not written: " in out and "No space left on device" in out
