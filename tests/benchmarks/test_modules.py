"""Every module of benchmarks/ still imports: `make bench` and the profiling commands are run by hand, so a
name the build no longer has (a print-file helper renamed, say) would otherwise go unnoticed."""

import importlib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.parametrize("name", sorted(p.stem for p in BENCHMARKS.glob("*.py") if p.stem != "__init__"))
def test_the_benchmark_module_imports(name):
    importlib.import_module(f"benchmarks.{name}")
