"""Web addresses a ledger or a build names: what the pages and staff files may link to.

Two kinds: a creditor's payment URL (`payment_url` in creditor.yaml, see
`incasso.payments.epc.payment_url_problem`) and the public site's address the
personal links start with (`--public-url`). Both must be real web addresses with
a host name, so that no page shows "Pay online (None)" and no link runs script.
"""

from __future__ import annotations

import re
from ipaddress import ip_address
from urllib.parse import SplitResult, urlsplit

# Plain http only for a site on this machine, as when staff preview a build.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
# A host name's label (RFC 1123): letters, digits and hyphens, neither first nor last a hyphen.
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def address_problem(url: str, *, local_http: bool = False) -> str | None:
    """Why `url` is not an https address with a valid host (http too for this machine when
    `local_http`), or None. No user name or password: `https://bank.nl@evil.example/` goes
    to evil.example."""
    if not url.startswith("https://") and not (local_http and url.startswith("http://")):
        return "must start with https://" + (" (http:// only for localhost)" if local_http else "")
    if any(char.isspace() for char in url):
        return "must not hold spaces (write %20)"
    if _BAD_ESCAPE.search(url):
        return "has a % not followed by two hexadecimal digits (write a % itself as %25)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading the port is what checks it
    except ValueError as error:
        return f"is not a valid web address: {error}"
    return _host_problem(parts, local_http)


def _host_problem(parts: SplitResult, local_http: bool) -> str | None:
    if parts.username is not None:
        return "must not hold a user name or password"
    host = parts.hostname
    if not host:
        return "must name a host, like https://betalen.voorbeeld.nl"
    if parts.scheme == "http" and host not in LOCAL_HOSTS:
        return "must start with https:// (http:// only for localhost)"
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return f"has a host name that is not valid ({host})"
    if host in LOCAL_HOSTS or _is_ip(host):
        return None
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return f"has a host name that is not valid ({host}): a name like betalen.voorbeeld.nl"
    return None


def _is_ip(host: str) -> bool:
    try:
        ip_address(host)
    except ValueError:
        return False
    return True


def public_url_problem(url: str) -> str | None:
    """Why `url` cannot be the public site's address before the personal links, or None."""
    problem = address_problem(url, local_http=True)
    if problem:
        return problem
    parts = urlsplit(url)
    if parts.query or parts.fragment:
        return "must be the site's address without ?query or #fragment: the links are added after it"
    return None
