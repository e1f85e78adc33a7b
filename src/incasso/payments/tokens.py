"""The personal link of a statement: unguessable, and stable across builds.

The token is an HMAC of the debtor's id under a secret that is never
published (INCASSO_SECRET): the same secret gives the same link every night,
a new secret gives every debtor a new link (rotation, see README). A debtor
file's `link_version` gives that one debtor a new link (their link reached
someone else), and keeps their id and so their payment reference.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from urllib.parse import urlsplit

from incasso.payments.urls import LOCAL_HOSTS

DEMO_SECRET = "demo-secret-for-the-sample-ledger-only-not-for-production"
MIN_SECRET_LENGTH = 32
MIN_DIFFERENT_CHARACTERS = 10
SECRET_MISSING = "INCASSO_SECRET is not set"
MAKE_ONE = 'make one with: python3 -c "import secrets; print(secrets.token_urlsafe(32))"'
LAST_LINK_VERSION = 999  # the highest `link_version` a debtor file may write
TOKEN_BITS = 160  # well above the 128 bits asked for; 32 base32 characters
# A token as it appears in a path or a page: 32 lowercase base32 characters, standing alone.
TOKEN_PATTERN = re.compile(r"(?<![a-z2-7])[a-z2-7]{32}(?![a-z2-7])")


def statement_token(secret: str, debtor_id: str, link_version: int = 1) -> str:
    # The first link's message is the one every link was made from before link_version: links sent stay.
    # An id holds no ":", so no other debtor's id can give a later version's message.
    message = f"statement-link:v1:{debtor_id}" + (f":{link_version}" if link_version != 1 else "")
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
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


def demo_links_problem(secret: str | None, public_url: str | None, undo: str) -> str | None:
    """Why a build may not put `public_url` before its links with `secret`, or None; `undo` says how the
    address was given can be taken away.

    A secret unfit for production makes a demo: every page says not to pay, and anyone works out every
    link from the published demo secret (or guesses the secret) and a debtor's id. A public address makes
    its letters and links.csv ready to send, pointing there. An address on this machine (`localhost`, a
    preview) sends no one anywhere: a demo may have one. The message never repeats the secret.
    """
    if not public_url or urlsplit(public_url).hostname in LOCAL_HOSTS:
        return None
    problem = secret_problem(secret)
    if problem is None:
        return None
    unfit = re.split(r"[:;]", problem, maxsplit=1)[0]  # "INCASSO_SECRET is not set", "... is shorter than ..."
    published = not secret or DEMO_SECRET in secret
    guessed = "from the published demo secret" if published else "from a secret so easily guessed"
    return (
        f"{unfit}, yet the build was given a public address ({public_url}): its letters and links.csv would send "
        f"debtors to demo pages that say not to pay, at links anyone can work out {guessed}. Set INCASSO_SECRET to "
        f"a secret of your own ({MAKE_ONE}; keep a copy: another secret gives every debtor another link), or build "
        f"a demo without a public address ({undo})"
    )


def _repeats_a_short_part(secret: str) -> bool:
    """Whether the secret is its first few characters over and over ("abcabcab...")."""
    return any(secret == (secret[:size] * (len(secret) // size + 1))[: len(secret)] for size in range(1, 17))
