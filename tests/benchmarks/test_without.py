"""benchmarks.without takes out what it says, and only that: its numbers mean what BENCHMARKS.md says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.support.site import AS_OF, DEMO_LEDGER, REPO

_CODE = re.compile(r'<svg role="img"[^>]*class="(qr[^"]*)"[^>]*>.*?</svg>', re.DOTALL)


def _build(tmp_path: Path, *flags: str) -> tuple[Path, Path, str]:
    output, internal = tmp_path / "output", tmp_path / "internal"
    command = [sys.executable, "-m", "benchmarks.without", *flags, "--", "build", "--ledger", str(DEMO_LEDGER)]
    command += ["--as-of", AS_OF.isoformat(), "--output", str(output), "--internal-output", str(internal), "-q"]
    # Run from tmp_path, not the repository (its pelicanconf.py would change the build), as benchmarks.decisions does.
    done = subprocess.run(
        command, cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return output, internal, done.stderr


def _codes(output: Path) -> list[tuple[str, str]]:
    """Every QR code of every statement page: its class and its SVG."""
    pages = sorted((output / "s").glob("*/index.html"))
    assert pages
    return [(m[1], m[0]) for page in pages for m in _CODE.finditer(page.read_text(encoding="utf-8"))]


def test_the_build_untouched_has_both_codes_and_the_dossiers(tmp_path):
    output, internal, said = _build(tmp_path)
    classes = {kind for kind, _ in _codes(output)}
    assert classes == {"qr", "qr qr-link"}
    assert len({svg for _, svg in _codes(output)}) > 2  # a code per debtor
    assert list((internal / "d").glob("*.html"))
    assert re.search(r"\d+\.\d s wall, \d+\.\d s CPU \(this process and its workers\); exit 0", said)


def test_without_the_link_code_the_link_stays_and_nothing_else_goes(tmp_path):
    output, internal, _ = _build(tmp_path, "--no-link-qr")
    codes = _codes(output)
    assert {kind for kind, _ in codes} == {"qr"}
    assert len({svg for _, svg in codes}) == len(codes)  # each page its own EPC code still
    pages = [page.read_text(encoding="utf-8") for page in (output / "s").glob("*/index.html")]
    assert any('href="https://' in page and "qr-link" not in page for page in pages)  # the link itself
    assert list((internal / "d").glob("*.html"))


def test_without_codes_every_page_shows_the_one_code_and_without_dossiers_none_is_written(tmp_path):
    output, internal, _ = _build(tmp_path, "--no-qr", "--no-dossiers")
    codes = _codes(output)
    assert {kind for kind, _ in codes} == {"qr"}
    assert len(codes) > 2 and len({svg for _, svg in codes}) == 1
    assert not list((internal / "d").glob("*.html"))
    assert (internal / "index.html").is_file()  # the rest of the staff output is still written


def _encoded(monkeypatch, patches) -> list[bytes]:
    """What zxing-cpp encodes for the pay details of every demo debtor, with `patches` applied."""
    from incasso.claims.assess import assess
    from incasso.payments import epc
    from incasso.statement import pay
    from tests.support.site import ledger_as_built

    for name in ("qr_code", "qr_svg", "epc_qr"):
        monkeypatch.setattr(pay, name, getattr(pay, name))  # put back after the test, whatever the patches do
    for patch in patches:
        patch()
    encoded: list[bytes] = []
    create = epc.zxingcpp.create_barcode
    monkeypatch.setattr(
        epc.zxingcpp, "create_barcode", lambda data, *a, **k: encoded.append(data) or create(data, *a, **k)
    )
    ledger = ledger_as_built()
    for debtor in ledger.debtors:
        pay.pay_details(assess(ledger, debtor, AS_OF), ledger.creditor, debtor.language)
    return encoded


def test_what_is_taken_out_is_not_encoded_at_all(monkeypatch):
    from benchmarks import without

    as_it_is = _encoded(monkeypatch, [])
    links = [data for data in as_it_is if data.startswith(b"https://")]
    assert len(links) > 2 and len(as_it_is) - len(links) > 2
    without._one_code.cache_clear()
    left = _encoded(monkeypatch, [without.without_link_qr])
    assert not [data for data in left if data.startswith(b"https://")]
    assert len(left) - len(as_it_is) + len(links) <= 1  # every EPC code still, and the one code
    without._one_code.cache_clear()
    assert len(_encoded(monkeypatch, [without.without_qr])) <= 1
