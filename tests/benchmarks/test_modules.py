"""Every module of benchmarks/ still imports: `make bench` and the profiling commands are run by hand, so a
name the build no longer has (a print-file helper renamed, say) would otherwise go unnoticed."""

import importlib
import sys
import types
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
# pyproject's bench extra, which only `make bench` installs. The modules use it only while a benchmark runs,
# so a stand-in lets `make test` import them all: it used to skip the four that need psutil, and so never
# looked at the names of ours they import.
BENCH_ONLY = ("psutil",)


@pytest.mark.parametrize("name", sorted(p.stem for p in BENCHMARKS.glob("*.py") if p.stem != "__init__"))
def test_the_benchmark_module_imports(name, monkeypatch):
    missing = [library for library in BENCH_ONLY if _absent(library)]
    if not missing:
        importlib.import_module(f"benchmarks.{name}")
        return
    before = set(sys.modules)
    for library in missing:
        monkeypatch.setitem(sys.modules, library, types.ModuleType(library))
    try:
        importlib.import_module(f"benchmarks.{name}")
    finally:  # no benchmark module holding a stand-in is left for a later test
        for imported in set(sys.modules) - before:
            if imported.partition(".")[0] == "benchmarks":
                del sys.modules[imported]


def _absent(library: str) -> bool:
    try:
        importlib.import_module(library)
    except ModuleNotFoundError:
        return True
    return False
