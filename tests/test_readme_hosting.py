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
    assert re.search(r"location = /s/ \{[^}]*return 404;", config), config


def test_apache_answers_the_statement_folder_with_404_not_its_index_nor_a_listing():
    config = _block("apache")
    assert "Options -Indexes" in config
    assert 'RedirectMatch 404 "^/s/?$"' in config
