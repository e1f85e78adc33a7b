"""Files the pages load (style sheets, scripts, the staff's search index) named with their content's digest.

Their addresses never change otherwise: a browser, or a phone, that kept last night's copy would use it
beside tonight's page, and a staff page opened over a web server might pair an old staff.js with a new
search index. "staff.js?v=0123456789ab" is another address once the file changed, and the same one while it
did not, so two builds of one ledger on one day still write the same pages. Opened from files a browser
ignores the query; a web server serves the file whatever the query says.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

DIGEST_HEX = 12  # of sha256's 64 hex digits: no two nights' files share them by chance


def versioned(name: str, digest: str) -> str:
    """`name` with the digest (sha256 in hex) of what it holds: "static/staff.js?v=0123456789ab"."""
    return f"{name}?v={digest[:DIGEST_HEX]}"


def file_versioned(name: str, path: Path) -> str:
    """`name` with the digest of the file at `path`, the bytes that are written at `name`."""
    return versioned(name, hashlib.sha256(path.read_bytes()).hexdigest())


def theme_files(static: Path) -> dict[str, str]:
    """Every file below the theme's `static` (Pelican copies them to the public output's theme/ as they are),
    by its path there ("css/site.css"), as the public pages name it."""
    names = sorted(path.relative_to(static).as_posix() for path in static.rglob("*") if path.is_file())
    return {name: file_versioned(name, static / name) for name in names}
