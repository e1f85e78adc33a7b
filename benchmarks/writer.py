"""Pelican's writer against writing the files directly, for pages of a statement page's size.

    python -m benchmarks.writer [--pages 3000]

Four ways to put N rendered pages of about 15 kB on disk, each in its own
folder s/<token>/index.html as the statement pages are, CPU and wall time:

- Pelican's `Writer.write_file` with a Pelican context (the settings copied per
  page, relative URLs worked out, the `content_written` signal sent);
- the same template rendered and written with plain Python;
- rendering alone; writing alone (makedirs + write of the same bytes).

The template is small and synthetic on purpose: this isolates what the
writer adds around rendering. What rendering the real statement template
costs is in the build's profile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment
from pelican.settings import read_settings
from pelican.writers import Writer

from incasso.payments.tokens import statement_token

PLUGIN_SETTINGS = Path(__file__).resolve().parents[1] / "src/pelican/plugins/incasso/pelicanconf.py"
TEMPLATE = (
    "<!doctype html><html lang='{{ lang }}'><head><title>{{ title }}</title>"
    "<link rel='stylesheet' href='{{ SITEURL }}/theme/css/main.css'></head><body>"
    "{% for row in rows %}<tr><td>{{ row.0 }}</td><td>{{ row.1 }}</td><td>{{ row.2 }}</td></tr>{% endfor %}"
    "<p>{{ filler }}</p></body></html>"
)


def timed(label: str, work: Callable[[], None], pages: int) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(
        f"  {label:<46} {cpu * 1000 / pages:6.3f} ms CPU/page  {wall * 1000 / pages:6.3f} ms wall/page"
        f"  ({cpu * 10_000 / pages:5.1f} s CPU per 10,000)"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.writer", description=__doc__.split("\n\n")[0])
    p.add_argument("--pages", type=int, default=3000)
    args = p.parse_args(argv)
    pages = args.pages
    settings = read_settings(str(PLUGIN_SETTINGS))
    context = dict(settings)  # Pelican's generators start from a copy of the settings
    template = Environment(autoescape=True).from_string(TEMPLATE)
    names = [f"s/{statement_token('bench', str(n))}/index.html" for n in range(pages)]
    view = {
        "lang": "nl",
        "title": "Betalingsoverzicht",
        "rows": [(f"F2026-{k:04d}", "12 november 2026", "EUR 1.234,56") for k in range(12)],
        "filler": "Openstaand bedrag en wat u kunt doen. " * 330,
    }
    rendered = template.render(context, **view, SITEURL="../..").encode("utf-8")
    print(f"{pages} pages of {len(rendered) / 1000:.1f} kB; Pelican context of {len(context)} keys")
    root = Path(tempfile.mkdtemp(prefix="incasso-writer-"))
    try:
        writer = Writer(str(root / "pelican"), settings)

        def pelican_writer() -> None:
            for name in names:
                writer.write_file(name, template, context, relative_urls=True, **view)

        def direct() -> None:
            for name in names:
                path = root / "direct" / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(template.render(view, SITEURL="../..").encode("utf-8"))

        def render_only() -> None:
            for _ in names:
                template.render(view, SITEURL="../..")

        def write_only() -> None:
            for name in names:
                path = root / "bytes" / name
                os.makedirs(path.parent, exist_ok=True)
                path.write_bytes(rendered)

        timed("Pelican Writer.write_file (render + write)", pelican_writer, pages)
        timed("render + write directly", direct, pages)
        timed("render only", render_only, pages)
        timed("write only (makedirs + write)", write_only, pages)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
