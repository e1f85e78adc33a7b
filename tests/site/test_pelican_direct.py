"""`pelican -s pelicanconf.py` builds the same site, and leaves nothing of an earlier build behind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from tests.support.site import AS_OF, DEMO_LEDGER, REPO


def test_pelican_by_hand_replaces_earlier_pages_and_dossiers(tmp_path):
    output, internal = tmp_path / "output", tmp_path / "internal"
    (output / "s" / "staletoken").mkdir(parents=True)
    (output / "s" / "staletoken" / "index.html").write_text("an earlier build's page", encoding="utf-8")
    (internal / "d").mkdir(parents=True)
    (internal / "d" / "D-0000.html").write_text("a removed debtor's dossier", encoding="utf-8")
    ledger = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, ledger)
    incasso = {"LEDGER": str(ledger), "AS_OF": AS_OF.isoformat(), "INTERNAL_OUTPUT": str(internal)}
    env = {k: v for k, v in os.environ.items() if k != "INCASSO_SECRET"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            "-s",
            str(REPO / "pelicanconf.py"),
            "-o",
            str(output),
            "-e",
            f"INCASSO={json.dumps(incasso)}",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert not (output / "s" / "staletoken").exists()
    assert len(list(output.glob("s/*/index.html"))) == 14
    assert not (internal / "d" / "D-0000.html").exists()
    assert (internal / "d" / "D-1001.html").is_file()
