"""Delete every deployment of the Cloudflare Pages project but tonight's.

Cloudflare Pages keeps each deployment reachable at its own address
(`<id>.<project>.pages.dev`) with every page it held: a paid claim's page
long after its retention, every page of a secret since rotated. Only the
deployment just made may stay. Run after a successful deploy:

    KEEP=<deployment id> CLOUDFLARE_API_TOKEN=... CLOUDFLARE_ACCOUNT_ID=... \\
    CLOUDFLARE_PAGES_PROJECT=... python .github/scripts/prune_deployments.py

It deletes nothing when KEEP is empty or not among the project's
deployments (the deploy went wrong: better an old page than no site). It
prints deployment ids and counts only, and exits 1 if any deletion failed.
The API token needs "Cloudflare Pages: Edit" (the deploy's token has it).
CLOUDFLARE_API, when set, replaces the API's address (the tests run a local one).
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

API = "https://api.cloudflare.com/client/v4"
PER_PAGE = 25


class Pages:
    """The project's deployments through the Cloudflare API (v4, Pages)."""

    def __init__(self, token: str, account: str, project: str, api: str = API) -> None:
        self.token = token
        self.base = f"{api}/accounts/{account}/pages/projects/{project}/deployments"

    def _call(self, method: str, url: str) -> dict:
        request = urllib.request.Request(url, method=method, headers={"Authorization": f"Bearer {self.token}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
        if not answer.get("success"):
            raise RuntimeError(f"{method} failed: {answer.get('errors')}")
        return answer

    def deployments(self) -> Iterator[str]:
        """Every deployment's id, page after page."""
        page = 1
        while True:
            answer = self._call("GET", f"{self.base}?page={page}&per_page={PER_PAGE}")
            yield from (deployment["id"] for deployment in answer["result"])
            info = answer.get("result_info") or {}
            if not answer["result"] or page >= int(info.get("total_pages") or page):
                return
            page += 1

    def delete(self, deployment: str) -> None:
        # force: a deployment that still has an alias (a branch preview address) goes too
        self._call("DELETE", f"{self.base}/{deployment}?force=true")


def prune(pages: Pages, keep: str) -> tuple[list[str], list[str]]:
    """Delete every deployment but `keep`; return (deleted, failed). Nothing when keep is unknown."""
    found = list(pages.deployments())
    if not keep or keep not in found:
        raise SystemExit(f"refused: the deployment to keep ({keep or 'none given'}) is not in the project")
    deleted, failed = [], []
    for deployment in found:
        if deployment == keep:
            continue
        try:
            pages.delete(deployment)
            deleted.append(deployment)
        except (urllib.error.URLError, RuntimeError, OSError) as error:
            print(f"could not delete deployment {deployment}: {error}", file=sys.stderr)
            failed.append(deployment)
    return deleted, failed


def main() -> int:
    env = os.environ
    pages = Pages(
        env["CLOUDFLARE_API_TOKEN"],
        env["CLOUDFLARE_ACCOUNT_ID"],
        env["CLOUDFLARE_PAGES_PROJECT"],
        env.get("CLOUDFLARE_API", API),
    )
    deleted, failed = prune(pages, env.get("KEEP", ""))
    print(f"kept deployment {env['KEEP']}; deleted {len(deleted)} earlier deployments; {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
