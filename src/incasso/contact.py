"""Links that reach a person: tel: and mailto:, built one way for every page."""

from __future__ import annotations

import re
from urllib.parse import quote


def tel_link(phone: str) -> str:
    """A tel: link: the number's digits and a leading plus only ("+31 30 123 45 67" -> "tel:+31301234567")."""
    return "tel:" + re.sub(r"[^\d+]", "", phone)


def mailto_link(address: str, subject: str | None = None, body: str | None = None) -> str:
    """A mailto: link (RFC 6068) with every part percent-encoded, spaces as %20 as mail clients expect.

    Only the address's `@` stays as it is: a `?`, `&`, `%` or line break in any part is
    encoded, so no part can end early and add a header (`?bcc=`) or another field.
    """
    fields = [f"{name}={quote(value, safe='')}" for name, value in (("subject", subject), ("body", body)) if value]
    return f"mailto:{quote(address, safe='@')}" + ("?" + "&".join(fields) if fields else "")
