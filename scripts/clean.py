"""`make clean`: remove the built site and what a killed build left, by the build's own rule.

Only folders a build made go: empty, or marked with the build's sentence and holding nothing at their
top that no build wrote (pelican.plugins.incasso.publish.not_ours). Anything else is named and kept.
With internal/ goes the record of the last build's day and secret (build.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pelican.plugins.incasso.publish import not_ours, remove_made

TARGETS = ("output", "internal")


def main(root: Path) -> int:
    kept = 0
    for name in TARGETS:
        for folder in sorted([root / name, *root.glob(f".{name}.tmp-*"), *root.glob(f".{name}.old-*")]):
            if not folder.exists() and not folder.is_symlink():
                continue
            problem = "a link, not a folder" if folder.is_symlink() else not_ours(folder)
            if problem is None:
                remove_made(folder)
                print(f"removed {folder.relative_to(root)}")
            else:
                kept += 1
                print(f"kept {folder.relative_to(root)}: {problem}")
        (root / f".{name}.lock").unlink(missing_ok=True)
    return 1 if kept else 0


if __name__ == "__main__":
    sys.exit(main(Path.cwd()))
