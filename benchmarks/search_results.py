"""What the overview's search finds, search by search, in chromium: to show that a change of the search index's
form (or of staff.js) finds exactly what it found before.

    python -m benchmarks.search_results --internal BEFORE/internal --out before.json
    python -m benchmarks.search_results --internal AFTER/internal --queries-from before.json --out after.json
    python -m benchmarks.search_results --compare before.json after.json

The queries are fixed ones and, from the search index, the fields of 60 of its rows evenly apart (name, id,
phone, address, e-mail, invoice, representative, agency, account, reference, contact, stage), each searched over
all dossiers; the first twelve also on each stage, and four sorted by each column. Of each search it keeps the
count, the note on an account that paid for many, and the HTML of every row drawn (up to 600, by "show more"), as
a hash, and the rows' ids. A second run takes the first one's queries (--queries-from), so both ask the same
whatever their indexes hold. Session 61 (BENCHMARKS.md) searched a 10,000-dossier build so, before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from incasso.staff.search_index import SEARCH_INDEX, read_index
from tests.support.site import CHROMIUM, CHROMIUM_ARGS  # as the browser tests launch it

FIXED = ("d", "de wit", "0612", "S-000123-1", "3511 zh", "jansen", "utrecht", "aanmaning", "sommatie", "betaald",
         "gepauzeerd", "regeling", "herinnering", "loopt", "afgeschreven", "bv", "b.v.", "12", "000123", "nl", "rf",
         "@example", "straat 1", "incasso", "deurwaarder", "bewind", "schuldhulp", "van der", "zzzz-none", "0031 6",
         "+31", "amsterdam 10", "2026", "o'connor", "müller", "ß", "S-0001", "4821")  # fmt: skip
KINDS = "itaefhvbkrps"  # the fields taken from a sampled row, by search.FIELD_KINDS' letter
SAMPLES = 60  # rows sampled from the index
COLUMNS = ("name", "status", "amount", "days", "next", "last", "flags")
SEARCH = """async ([text, stage, sortKey]) => {
  const box = document.getElementById('claims-filter'), count = document.getElementById('claims-count');
  const more = document.getElementById('found-more'), reset = document.getElementById('claims-reset');
  if (!reset.hidden) reset.click();
  document.getElementById('claims-stage').value = stage;
  box.value = text;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  if (sortKey) document.querySelector('#found-table th[data-key=' + sortKey + '] button').click();
  const drawn = ' ' + count.dataset.of + ' ', start = performance.now();
  while (!count.textContent.includes(drawn)) {
    if (performance.now() - start > 60000) throw new Error('no results drawn, the count says: ' + count.textContent);
    await new Promise(done => setTimeout(done, 5));
  }
  for (let n = 0; n < 5 && !more.hidden; n++) more.click();
  const table = document.getElementById('found-table');
  return {count: count.textContent, account: document.getElementById('found-account').textContent,
          html: Array.from(table.tBodies).map(b => b.outerHTML).join(''),
          ids: Array.from(table.querySelectorAll('tr[data-id]')).map(tr => tr.dataset.id)};
}"""


def queries_of(internal: Path) -> list[str]:
    """The fixed queries and the fields of the index's sampled rows, each once."""
    data = read_index((internal / SEARCH_INDEX).read_text(encoding="utf-8"))
    rows, parts = data["rows"], data["parts"]
    queries = list(FIXED)
    for row in rows[:: max(1, len(rows) // SAMPLES)]:
        fields: dict[str, str] = {}
        # (An index before session 63 split its fields by line breaks.)
        for kind, field in zip(parts[row[13]][0], row[11].split(data.get("between", "\n")), strict=True):
            fields.setdefault(kind, field)
        queries += [row[1], row[1].split()[0], *(fields[k] for k in KINDS if k in fields)]
    return [q for q in dict.fromkeys(queries) if q.strip()]


def searches(queries: list[str], stages: list[str]) -> list[tuple[str, str, str]]:
    """(typed, stage, sorted by) of every search."""
    found = [(q, "", "") for q in queries]
    found += [(q, s, "") for q in queries[:12] for s in stages]
    found += [(q, "", c) for q in ("", "d", "utrecht", "0612") for c in COLUMNS]
    return found + [("", s, "amount") for s in stages]


def run(internal: Path, queries: list[str]) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
        page.goto((internal.resolve() / "index.html").as_uri(), wait_until="load", timeout=600_000)
        options = "() => Array.from(document.getElementById('claims-stage').options).map(o => o.value)"
        stages = [s for s in page.evaluate(options) if s]
        for search in searches(queries, stages):
            found = page.evaluate(SEARCH, list(search))
            found["html"] = hashlib.sha256(found["html"].encode()).hexdigest()
            results[json.dumps(search, ensure_ascii=False)] = found
        browser.close()
    return results


def differences(before: dict, after: dict) -> list[str]:
    """The searches whose results differ (or that only one of the two made)."""
    return [search for search in before.keys() | after.keys() if before.get(search) != after.get(search)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.search_results", description=__doc__.split("\n\n")[0])
    p.add_argument("--internal", type=Path, help="the staff output to search (a build's --internal-output)")
    p.add_argument("--out", type=Path, help="where the results go (JSON)")
    p.add_argument("--queries-from", type=Path, help="ask the queries of these results, not the index's own")
    p.add_argument("--compare", type=Path, nargs=2, metavar="RESULTS", help="say which searches differ")
    args = p.parse_args(argv)
    if args.compare:
        before, after = (json.loads(path.read_text(encoding="utf-8"))["results"] for path in args.compare)
        differ = differences(before, after)
        print(f"{len(before)} and {len(after)} searches, {len(differ)} differ")
        for search in sorted(differ)[:20]:
            print(f"  {search}: {before.get(search, {}).get('count')} / {after.get(search, {}).get('count')}")
        return 1 if differ else 0
    if not (args.internal and args.out):
        p.error("give --internal and --out, or --compare")
    if args.queries_from:
        queries = json.loads(args.queries_from.read_text(encoding="utf-8"))["queries"]
    else:
        queries = queries_of(args.internal)
    results = run(args.internal, queries)
    args.out.write_text(json.dumps({"queries": queries, "results": results}, ensure_ascii=False), encoding="utf-8")
    print(f"{len(results)} searches, {sum(len(r['ids']) for r in results.values())} rows drawn")
    return 0


if __name__ == "__main__":
    sys.exit(main())
