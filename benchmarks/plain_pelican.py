"""The yardstick: plain Pelican writing N trivial one-paragraph Markdown pages, every listing off.

Our build is reported as a ratio to this, measured in the same run on the
same machine, so that a slow or busy machine does not move the goal.
"""

from __future__ import annotations

from pathlib import Path

SETTINGS = """\
# Plain Pelican, as close to the statement site's own settings as a trivial site gets.
SITENAME = "plain"
SITEURL = ""
RELATIVE_URLS = True
PATH = "content"
THEME = "simple"
TIMEZONE = "Europe/Amsterdam"
DEFAULT_LANG = "nl"
DEFAULT_DATE = "fs"
PLUGINS = []  # no namespace plugin (not ours either) is loaded
ARTICLE_PATHS = []
PAGE_PATHS = ["pages"]
PAGE_URL = PAGE_SAVE_AS = "{slug}.html"
DIRECT_TEMPLATES = []
FEED_ALL_ATOM = FEED_ALL_RSS = FEED_ATOM = FEED_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = TAG_FEED_ATOM = TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None
ARCHIVES_SAVE_AS = AUTHORS_SAVE_AS = CATEGORIES_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = CATEGORY_SAVE_AS = TAG_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
PAGINATED_TEMPLATES = {}
DISPLAY_PAGES_ON_MENU = False  # a menu of every page on every page would be a listing, and quadratic
DISPLAY_CATEGORIES_ON_MENU = False
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
"""

PARAGRAPH = (
    "Dit is pagina {n}. Op deze pagina staat een enkele alinea tekst, ongeveer zo lang als de tekst "
    "die een debiteur op een overzicht leest: wat er openstaat, tot wanneer, en hoe te betalen. "
    "Niets meer, zodat alleen Pelican zelf gemeten wordt."
)


def write_site(root: Path, pages: int) -> Path:
    """Write settings and `pages` one-paragraph Markdown pages under root; return the settings file."""
    folder = root / "content" / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(pages):
        (folder / f"p{n:06d}.md").write_text(f"Title: Pagina {n}\n\n{PARAGRAPH.format(n=n)}\n", encoding="utf-8")
    settings = root / "pelicanconf.py"
    settings.write_text(SETTINGS, encoding="utf-8")
    return settings
