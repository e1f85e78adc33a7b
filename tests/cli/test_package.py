"""`pip install .` gives a working `incasso`, away from the checkout.

One wheel is built from the working tree and installed (not editable) into a
fresh virtualenv, once per test session; every test here then runs the
installed commands from a folder outside the checkout, so nothing can come
from the repository by accident: theme, texts and settings are package data.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.site import AS_OF, DEMO_LEDGER, REPO

pytestmark = pytest.mark.install


@dataclass(frozen=True)
class Installed:
    venv: Path
    elsewhere: Path  # an empty folder outside the checkout, to run from

    def run(self, *args: str, cwd: Path | None = None, secret: str | None = None) -> subprocess.CompletedProcess:
        # Nothing of the checkout on the path, and no ambient secret.
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "INCASSO_SECRET", "VIRTUAL_ENV")}
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        if secret:
            env["INCASSO_SECRET"] = secret
        return subprocess.run(
            [str(self.venv / "bin" / args[0]), *args[1:]],
            cwd=cwd or self.elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )


def _checked(command: list[str], cwd: Path) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("package")
    # Build from a copy: setuptools writes build/ and *.egg-info beside the sources.
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    wheels = root / "wheels"
    _checked([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)], root)
    [wheel] = wheels.glob("incasso-*.whl")
    venv = root / "venv"
    # No pip inside (ensurepip is the slowest part): this environment's pip installs into it.
    _checked([sys.executable, "-m", "venv", "--without-pip", str(venv)], root)
    _checked([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", str(wheel)], root)
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    return Installed(venv, elsewhere)


def test_the_package_is_imported_from_the_virtualenv_not_the_checkout(installed):
    done = installed.run(
        "python", "-c", "import incasso, pelican.plugins.incasso as p; print(incasso.__file__); print(p.__file__)"
    )
    assert done.returncode == 0, done.stderr
    for path in done.stdout.split():
        assert Path(path).is_relative_to(installed.venv), path


def test_version(installed):
    done = installed.run("incasso", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"incasso {_project_version()}"


def test_python_m_incasso_help(installed):
    done = installed.run("python", "-m", "incasso", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: incasso")
    assert "INCASSO_SECRET" in done.stdout and "exit codes" in done.stdout


def test_build_from_any_folder(installed):
    ledger = installed.elsewhere / "copy of the ledger"
    shutil.copytree(DEMO_LEDGER, ledger)
    work = installed.elsewhere / "build"
    work.mkdir()
    done = installed.run("incasso", "build", "--ledger", str(ledger), "--as-of", AS_OF.isoformat(), cwd=work)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((work / "output" / "s").glob("*/index.html"))) == 18
    for page in ("index.html", "404.html", "voorwaarden.html", "hulp.html", "robots.txt", "_headers"):
        assert (work / "output" / page).is_file(), page
    assert (work / "internal" / "index.html").is_file()
    assert (work / "internal" / "links.csv").is_file()
    # The theme's assets came along: every statement page links its stylesheet.
    assert list((work / "output" / "theme").rglob("*.css"))


def test_a_production_build_from_any_folder_uses_the_plugins_publishconf(installed):
    ledger = installed.elsewhere / "production ledger"
    shutil.copytree(DEMO_LEDGER, ledger)
    work = installed.elsewhere / "production"
    work.mkdir()
    args = ["incasso", "build", "--production", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]
    refused = installed.run(*args, cwd=work)
    assert refused.returncode == 1
    assert "refused: INCASSO_SECRET is not set" in refused.stderr
    assert not (work / "output").exists()
    done = installed.run(*args, cwd=work, secret="a-production-secret-for-the-package-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((work / "output" / "s").glob("*/index.html"))) == 18


def test_another_pelican_site_uses_the_plugin_by_name(installed):
    site = installed.elsewhere / "site"
    site.mkdir()
    shutil.copytree(DEMO_LEDGER, site / "ledger")
    (site / "pelicanconf.py").write_text(
        "from pelican.plugins.incasso.pelicanconf import *\n\n"
        'PLUGINS = ["incasso"]\n'
        f'INCASSO = {{**INCASSO, "AS_OF": "{AS_OF.isoformat()}"}}\n',
        encoding="utf-8",
    )
    done = installed.run("pelican", "-s", "pelicanconf.py", cwd=site)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((site / "output" / "s").glob("*/index.html"))) == 18
    assert (site / "internal" / "index.html").is_file()
    assert not list((site / "output").rglob("*.yaml"))


def _project_version() -> str:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
