"""The audit's token check: what the operator-precedence slip in `check_tokens` costs.

    python -m benchmarks.audit_tokens

`set(found) & known - {own}` parses as `set(found) & (known - {own})`: binary
minus binds tighter than `&`. So every page first copies the whole set of
known tokens (all debtors') minus its own, and only then intersects it with
the two or three tokens the page holds. The result is the same set as
`(set(found) & known) - {own}`; the cost is a copy of N tokens per page, so
N pages cost N squared. This measures both on the real pattern, per page and
for a whole tree, without changing the audit.
"""

from __future__ import annotations

import sys
import time

from incasso.payments.tokens import TOKEN_PATTERN, statement_token

# A statement page is about 30 kB of text holding its own link twice.
PAGE = (
    "<html><body><a href='../../s/{own}/'>{own}</a>" + "<p>Openstaand bedrag EUR 1.234,56</p>" * 800 + "</body></html>"
)


def per_page_us(work, repeat: int) -> float:
    """Microseconds per call, the best of three runs of `repeat` calls."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            work()
        best = min(best, time.perf_counter() - start)
    return best * 1e6 / repeat


def main() -> int:
    print("debtors | slipped: per page | whole tree | grouped: per page | whole tree | same result")
    for debtors in (1_000, 10_000, 100_000):
        tokens = [statement_token("bench-secret", f"S-{n:06d}") for n in range(debtors)]
        known = set(tokens)
        own = tokens[debtors // 2]
        found = set(TOKEN_PATTERN.findall(PAGE.format(own=own)))
        repeat = max(20, 2_000_000 // debtors)
        slipped = per_page_us(lambda: found & known - {own}, repeat)  # noqa: B023 (called right here)
        grouped = per_page_us(lambda: (found & known) - {own}, repeat)  # noqa: B023
        other = found | {tokens[0]}
        same = (other & known - {own}) == ((other & known) - {own}) == {tokens[0]}
        print(
            f"{debtors:>7,} | {slipped:10.1f} us | {slipped * debtors / 1e6:8.2f} s "
            f"| {grouped:8.2f} us | {grouped * debtors / 1e6:6.3f} s | {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
