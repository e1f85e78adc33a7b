"""`make clean`: remove the built site and what a killed build left, by the build's own rule.

Only folders a build made go: empty, or marked with the build's sentence and holding nothing at their
top that no build wrote (pelican.plugins.incasso.publish.not_ours). Anything else is named and kept.
With internal/ goes the record of the last build's day and secret (build.json). A lock file goes with
its output only, and while clean still holds it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pelican.plugins.incasso.publish import BuildBusy, claimed, in_use, lock_file, not_ours, remove_made

TARGETS = ("output", "internal")


def main(root: Path) -> int:
    kept = 0
    for name in TARGETS:
        target = root / name
        if not target.exists() and not target.is_symlink() and not (root / f".{name}.lock").exists():
            continue
        try:
            # Under the build's own lock: a build writing now keeps its folders (and its lock); what a killed
            # one left is tidied on the way in, as the next build would.
            with claimed(target):
                kept += _clean(root, target)
                _drop_lock(target)
        except BuildBusy as busy:
            kept += 1
            print(f"kept {name}: {busy}")
    return 1 if kept else 0


def _drop_lock(target: Path) -> None:
    """Remove the lock file once its output is gone, while still holding it.

    Never after letting go: a build that locked the file in between would lose it, and the next build
    would make a new one and write beside it. Deleted while held, a build that opened it meanwhile finds it gone
    (publish.claimed checks the file it locked is still the one there) and makes its own. A kept output
    keeps its lock file, as a build leaves it.
    """
    if not target.exists() and not target.is_symlink():
        lock_file(target).unlink(missing_ok=True)


def _clean(root: Path, target: Path) -> int:
    """Remove the output folder if a build made it; 1 when it was kept (said why), else 0."""
    if not target.exists() and not target.is_symlink():
        return 0
    problem = "a link, not a folder" if target.is_symlink() else in_use(target) or not_ours(target)
    if problem is not None:
        print(f"kept {target.relative_to(root)}: {problem}")
        return 1
    remove_made(target)
    print(f"removed {target.relative_to(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path.cwd()))
