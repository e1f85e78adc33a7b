"""The personal link of a statement: unguessable, and stable across builds.

The token is an HMAC of the debtor's id under a secret that is never
published (INCASSO_SECRET): the same secret gives the same link every night,
a new secret gives every debtor a new link (rotation, see README).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

DEMO_SECRET = "demo-secret-for-the-sample-ledger-only-not-for-production"
MIN_SECRET_LENGTH = 32
MIN_DIFFERENT_CHARACTERS = 10
SECRET_MISSING = "INCASSO_SECRET is not set"
MAKE_ONE = 'make one with: python3 -c "import secrets; print(secrets.token_urlsafe(32))"'
TOKEN_BITS = 160  # well above the 128 bits asked for; 32 base32 characters
# A token as it appears in a path or a page: 32 lowercase base32 characters, standing alone.
TOKEN_PATTERN = re.compile(r"(?<![a-z2-7])[a-z2-7]{32}(?![a-z2-7])")


def statement_token(secret: str, debtor_id: str) -> str:
    digest = hmac.new(secret.encode(), f"statement-link:v1:{debtor_id}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[: TOKEN_BITS // 8]).decode().lower()


def links_fingerprint(secret: str) -> str:
    """Which secret made a build's links, as the next build can compare it: never the secret itself,
    nor a token (an HMAC of a fixed text that no debtor id can be)."""
    return hmac.new(secret.encode(), b"links-fingerprint:v1", hashlib.sha256).hexdigest()[:16]


def secret_problem(secret: str | None) -> str | None:
    """Why a secret is unfit for a production build, or None when it is fit.

    A fit secret is generated, not typed: at least 32 characters, at least 10 different
    ones, and not one short part repeated. A random secret of 128 bits or more in hex,
    base32 or base64 passes (a 32-character hex one has fewer than 10 different
    characters about once in 20,000); a placeholder (`xxxx...`, `changeme` four times,
    `0123456789abcdef` twice) does not. The message never repeats the secret.
    """
    if not secret:
        return f"{SECRET_MISSING}: a production build needs the secret its links are derived from"
    if DEMO_SECRET in secret:  # the public one with a few characters added is guessed as quickly
        return "INCASSO_SECRET is the demo secret, or holds it: a production build needs a real one"
    if len(secret) < MIN_SECRET_LENGTH:
        return f"INCASSO_SECRET is shorter than {MIN_SECRET_LENGTH} characters; {MAKE_ONE}"
    if len(set(secret)) < MIN_DIFFERENT_CHARACTERS:
        return f"INCASSO_SECRET has fewer than {MIN_DIFFERENT_CHARACTERS} different characters; {MAKE_ONE}"
    if _repeats_a_short_part(secret):
        return f"INCASSO_SECRET is one short part repeated; {MAKE_ONE}"
    return None


def _repeats_a_short_part(secret: str) -> bool:
    """Whether the secret is its first few characters over and over ("abcabcab...")."""
    return any(secret == (secret[:size] * (len(secret) // size + 1))[: len(secret)] for size in range(1, 17))
