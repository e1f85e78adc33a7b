"""Every module of benchmarks/ still imports: `make bench` and the profiling commands are run by hand, so a
name the build no longer has (a print-file helper renamed, say) would otherwise go unnoticed."""

import importlib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
OURS = ("benchmarks", "incasso", "pelican", "tests")


@pytest.mark.parametrize("name", sorted(p.stem for p in BENCHMARKS.glob("*.py") if p.stem != "__init__"))
def test_the_benchmark_module_imports(name):
    try:
        importlib.import_module(f"benchmarks.{name}")
    except ModuleNotFoundError as missing:  # a library only `make bench` installs (psutil): not this test's
        if (missing.name or "").split(".")[0] in OURS:
            raise
        pytest.skip(f"needs {missing.name}, which make bench installs")
