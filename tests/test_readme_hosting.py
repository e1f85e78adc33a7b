"""README's own-server configurations answer as the hosts do: 404 for a link that does not exist and for the
statement folder itself, and never a listing of the personal links."""

from __future__ import annotations

import re

from tests.support.site import REPO


def _block(language: str) -> str:
    """The README's code block in `language` that configures a site (nginx's `server {`, Apache's VirtualHost)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"```{language}\n(.*?)```", readme, re.S)
    (found,) = [block for block in blocks if "server {" in block or "<VirtualHost" in block]
    return found


def test_nginx_answers_the_statement_folder_with_404_not_its_index_nor_a_listing():
    config = _block("nginx")
    assert "autoindex off;" in config
    patterns = re.findall(r"location ~ (\S+) \{[^}]*return 404;", config)
    assert any(_folder_only(pattern) for pattern in patterns), patterns


def test_apache_answers_the_statement_folder_with_404_not_its_index_nor_a_listing():
    config = _block("apache")
    assert "Options -Indexes" in config
    patterns = re.findall(r'RedirectMatch 404 "([^"]+)"', config)
    assert any(_folder_only(pattern) for pattern in patterns), patterns


# The statement folder by each name a server answers it with its index file; and what must still be served.
FOLDER = ("/s", "/s/", "/s/index.html")
PAGES = ("/s/abc123/", "/s/abc123/index.html", "/s/index.htmlx", "/sa/", "/", "/404.html")


def _folder_only(pattern: str) -> bool:
    """Whether a server's regular expression (PCRE; Python's re reads these alike) matches the folder by each of its
    names and no page."""
    return all(re.search(pattern, path) for path in FOLDER) and not any(re.search(pattern, p) for p in PAGES)
