"""Pelican settings of a statement site: `incasso build` uses them when no pelicanconf.py is at hand.

The public output holds only statement pages, their assets and the
creditor's public pages (terms, help); every listing Pelican can make is off.
A site of its own starts from these (`from pelican.plugins.incasso.pelicanconf
import *`) and changes what it needs.
"""

import os

_HERE = os.path.dirname(os.path.abspath(__file__))

SITENAME = "Betaaloverzicht"  # as the statement pages call themselves ("Uw betaaloverzicht")
SITEURL = ""
RELATIVE_URLS = True
PATH = os.path.join(_HERE, "content")  # the default texts, shipped with the plugin
OUTPUT_PATH = "output"
# Pages of earlier builds must never linger (a paid claim's page goes after its
# retention). On `initialized`, before Pelican empties this, the plugin loads the
# ledger and refuses a folder that is not empty and that no build made (no .incasso-output).
DELETE_OUTPUT_DIRECTORY = True
THEME = os.path.join(_HERE, "theme")
TIMEZONE = "Europe/Amsterdam"
DEFAULT_LANG = "nl"
DEFAULT_DATE = "fs"

PLUGINS = ["incasso"]  # pelican.plugins.incasso, by name; so Pelican loads no other installed plugin (a sitemap)

# Ledger data is shown in every template: escape it everywhere.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

# Only the creditor's pages from content/pages; messages and letters are read by the plugin.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS = ["pages"]
IGNORE_FILES = [".#*", "messages", "letters"]
# robots.txt and the host's _headers file go to the output root, nothing else is static.
STATIC_PATHS = ["extra/robots.txt", "extra/_headers"]
EXTRA_PATH_METADATA = {
    "extra/robots.txt": {"path": "robots.txt"},
    "extra/_headers": {"path": "_headers"},
}
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
PAGE_LANG_URL = "{slug}-{lang}.html"
PAGE_LANG_SAVE_AS = "{slug}-{lang}.html"

# No listing of any kind: no feeds, archives, categories, tags, authors, drafts.
DIRECT_TEMPLATES = ["index", "404", "statements"]
# The folder of the statement pages answers as a missing page does: a server that lists a folder
# without an index file (Apache's default, `make serve`) would otherwise list every personal link.
STATEMENTS_SAVE_AS = "s/index.html"
FEED_ALL_ATOM = FEED_ALL_RSS = FEED_ATOM = FEED_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None
ARCHIVES_SAVE_AS = AUTHORS_SAVE_AS = CATEGORIES_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = CATEGORY_SAVE_AS = TAG_SAVE_AS = ""
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
PAGINATED_TEMPLATES: dict[str, int | None] = {}
OUTPUT_SOURCES = False  # never publish the Markdown sources next to the pages
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False
SLUGIFY_SOURCE = "basename"
SUMMARY_MAX_LENGTH = None
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False

INCASSO = {
    "LEDGER": "ledger",
    "AS_OF": None,  # today in Europe/Amsterdam
    "INTERNAL_OUTPUT": "internal",
    "PRODUCTION": False,  # the demo secret is used when INCASSO_SECRET is unset
    "PUBLIC_URL": os.environ.get("INCASSO_PUBLIC_URL", ""),  # prefixes the links in links.csv
}
